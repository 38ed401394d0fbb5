# GPU worker image (also used for the migrate and flower services). libgl1 and libglib2.0-0: OpenCV, which
# PP-OCR (rapidocr-onnxruntime, MMJOBS_OCR_ENGINE=rapidocr|both) imports.
FROM nvidia/cuda:12.8.1-cudnn-runtime-ubuntu24.04

ENV DEBIAN_FRONTEND=noninteractive PIP_NO_CACHE_DIR=1 PYTHONUNBUFFERED=1
RUN apt-get update && apt-get install -y --no-install-recommends \
        python3 python3-venv python3-dev tesseract-ocr tesseract-ocr-eng fonts-dejavu-core \
        libgl1 libglib2.0-0 \
    && rm -rf /var/lib/apt/lists/*

RUN python3 -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# CUDA torch and torchvision (torchvision gives transformers its fast image processors).
RUN pip install torch==2.9.1 torchvision==0.24.1 --index-url https://download.pytorch.org/whl/cu128

WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY workers ./workers
COPY tasks ./tasks
COPY models ./models
COPY migrations ./migrations
RUN pip install .

RUN useradd --create-home mmjobs
USER mmjobs
# Weights come from MMJOBS_CLIP_MODEL / MMJOBS_VLM_MODEL (a hub id, or a folder mounted at /models).
ENV HF_HOME=/home/mmjobs/.cache/huggingface
# glibc keeps freed large buffers (decoded images) in its heap; mapping them separately keeps RSS flat
# (bench/memory.py: +8.2 % after 5,000 jobs by default, -3.6 % with this threshold).
ENV MALLOC_MMAP_THRESHOLD_=131072
CMD ["mmjobs", "worker"]

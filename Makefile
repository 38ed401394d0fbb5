# The two commands from the README: `make demo` and `make test`. Both install what they need first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Debian packages the product and its tests use: OCR, the fonts receipts are drawn with (the receipt evaluation set
# draws with Liberation (both packages), FreeFont and Noto too), OpenCV's libraries for PP-OCR, a browser for Flower's page test.
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng fonts-dejavu-core fonts-liberation fonts-liberation2 fonts-freefont-ttf fonts-noto-core fonts-noto-mono libgl1 libglib2.0-0 chromium

.PHONY: demo test install system-deps services bench clean

$(BIN)/mmjobs: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# torch and torchvision first, from this machine's wheels, so the project's install pulls no other build.
	# torchvision gives transformers its fast image processors and Qwen2-VL its processor.
	$(BIN)/pip install --quiet torch==2.14.1 torchvision==0.29.1
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/mmjobs system-deps

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

services:
	.ci/services.sh

demo: install
	$(BIN)/mmjobs demo

test: install services
	# the one import direction and pyflakes first: either fails in seconds, not after the suite
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	HF_HUB_OFFLINE=1 $(BIN)/pytest

bench: install services
	$(BIN)/pip install --quiet -e ".[test,bench]"
	$(BIN)/python -m bench.run_all $(if $(GPU),--gpu)

clean:
	rm -rf .mmjobs .pytest_cache

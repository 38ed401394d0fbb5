"""Build a tiny CLIP with random weights, saved like a real checkpoint.

Tests and the offline demo load it through the production ``from_pretrained`` path. Its
config carries ``mmjobs_random_weights: true`` so every score it produces is marked as
meaningless and no verdict relies on it.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from workers.engines.clip import RANDOM_WEIGHTS_MARKER

_CORPUS = (
    "a photo of a product on a white background a blurry out of focus photo a sharp photo "
    "a cluttered messy background a person wearing the product in a lifestyle photo "
    "a watermark logo text overlay a very dark underexposed photo a bright well lit photo "
    "saree kurta shoes sneakers watch phone handbag bottle mug chair lamp laptop book toy "
    "cotton silk leather steel red blue green black white gold silver 0 1 2 3 4 5 6 7 8 9"
)


def build_tiny_clip(path: str | Path, *, seed: int = 0, image_size: int = 32, hidden: int = 32,
                    vit_b32: bool = False) -> Path:
    """Save a tiny random CLIP (model, tokenizer, image processor) into ``path`` and return it.

    ``vit_b32=True`` keeps the tiny tokenizer but gives the model ``CLIPConfig()``'s default
    towers — the architecture of openai/clip-vit-base-patch32 (ViT-B/32 at 224 px, 12-layer
    512-wide text encoder) — so benchmarks time the real amount of compute without weights.
    """
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import CLIPConfig, CLIPImageProcessor, CLIPModel, CLIPProcessor, CLIPTokenizer

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)

    # A byte-level BPE trained on a few hundred words, written in CLIP's vocab/merges format.
    bpe = Tokenizer(models.BPE(end_of_word_suffix="</w>"))
    bpe.pre_tokenizer = pre_tokenizers.Whitespace()
    trainer = trainers.BpeTrainer(
        vocab_size=400, special_tokens=["<|startoftext|>", "<|endoftext|>"], end_of_word_suffix="</w>",
        initial_alphabet=list("abcdefghijklmnopqrstuvwxyz0123456789.,-'\"!?()&/:;"),
    )
    bpe.train_from_iterator([_CORPUS] * 4, trainer=trainer)
    with tempfile.TemporaryDirectory() as tmp:
        bpe.model.save(tmp)
        vocab = json.loads((Path(tmp) / "vocab.json").read_text())
        merges_lines = (Path(tmp) / "merges.txt").read_text().splitlines()
    merges = [tuple(line.split()) for line in merges_lines if line and not line.startswith("#")]
    tokenizer = CLIPTokenizer(vocab=vocab, merges=merges)

    text_config = {"vocab_size": len(tokenizer), "max_position_embeddings": 77,
                   "bos_token_id": tokenizer.bos_token_id, "eos_token_id": tokenizer.eos_token_id,
                   "pad_token_id": tokenizer.pad_token_id}
    if vit_b32:
        image_size = 224
        config = CLIPConfig(text_config=text_config, vision_config={"image_size": image_size, "patch_size": 32},
                            projection_dim=512)
    else:
        tiny = {"hidden_size": hidden, "intermediate_size": hidden * 2, "num_hidden_layers": 2,
                "num_attention_heads": 2}
        config = CLIPConfig(text_config={**text_config, **tiny},
                            vision_config={**tiny, "image_size": image_size, "patch_size": 8}, projection_dim=16)
    setattr(config, RANDOM_WEIGHTS_MARKER, True)
    model = CLIPModel(config).eval()
    image_processor = CLIPImageProcessor(size={"shortest_edge": image_size},
                                         crop_size={"height": image_size, "width": image_size})
    processor = CLIPProcessor(image_processor=image_processor, tokenizer=tokenizer)
    model.save_pretrained(path)
    processor.save_pretrained(path)
    return path

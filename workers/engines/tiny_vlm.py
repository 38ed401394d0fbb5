"""Tiny, randomly initialised vision-language models saved to disk for tests and benchmarks.

Each builder writes a complete ``from_pretrained`` folder (model, processor, a tokenizer
trained here with ``tokenizers`` and a chat template), so tests load it through exactly the
production path, ``VLMEngine.load(folder)``. Nothing is downloaded. The weights are random:
outputs are meaningless, only their shape and the pipeline around them are real. The saved
config carries ``mmjobs_random_weights: true`` so a worker can refuse such a model unless
``allow_random`` is set.

Builders:

* ``build_tiny_llava`` — LLaVA-1.5 layout: ``LlavaForConditionalGeneration`` (tiny CLIP vision
  tower + tiny Llama text model), ``LlavaProcessor`` with a fixed-size CLIP image processor.
* ``build_tiny_llava_next`` — LLaVA-NeXT layout (the production default's architecture):
  ``LlavaNextForConditionalGeneration`` with "anyres" image tiling, so images of different
  aspect ratios produce different numbers of patches and image tokens.
* ``build_tiny_qwen2_vl`` — ``Qwen2VLForConditionalGeneration`` + ``Qwen2VLProcessor``
  (dynamic resolution: the number of image tokens follows the image size).
* ``build_small_llava`` — the LLaVA layout at roughly 100M parameters, for a batching benchmark.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RANDOM_WEIGHTS_KEY = "mmjobs_random_weights"

# What the tokenizer learns from: the JSON the extractor writes plus every printable ASCII
# character, so any receipt value can be spelt (the byte-level alphabet covers the rest).
_CORPUS = [
    '{"merchant_name": "Cafe Coffee Day", "amount": "1250.50", "currency": "INR", '
    '"transaction_id": "T2403311234", "date": "2024-03-31", "payment_method": "UPI", "status": "success"}',
    '{"merchant_name": null, "amount": null, "currency": null, "transaction_id": null, '
    '"date": null, "payment_method": "card", "status": "failed"}',
    '{"payment_method": "netbanking", "status": "pending"} {"payment_method": "wallet"} "cash" "other"',
    "Extract the payment receipt fields as JSON. USER: ASSISTANT: system user assistant",
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789",
    " ".join(chr(c) for c in range(33, 127)),
]

_LLAVA_CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}{{ message['content'] if message['content'] is string "
    "else message['content'][0]['text'] }}\n"
    "{% else %}{{ message['role'].upper() + ': ' }}"
    "{% if message['content'] is string %}{{ message['content'] }}{% else %}"
    "{% for item in message['content'] %}"
    "{% if item['type'] == 'image' %}{{ '<image>\n' }}"
    "{% elif item['type'] == 'text' %}{{ item['text'] }}{% endif %}"
    "{% endfor %}{% endif %}"
    "{% if message['role'] == 'assistant' %}{{ eos_token }}{% endif %}{{ '\n' }}"
    "{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}{{ 'ASSISTANT:' }}{% endif %}"
)

_QWEN2_VL_CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{% if loop.first and message['role'] != 'system' %}"
    "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n{% endif %}"
    "<|im_start|>{{ message['role'] }}\n"
    "{% if message['content'] is string %}{{ message['content'] }}<|im_end|>\n{% else %}"
    "{% for content in message['content'] %}"
    "{% if content['type'] == 'image' %}<|vision_start|><|image_pad|><|vision_end|>"
    "{% elif content['type'] == 'text' %}{{ content['text'] }}{% endif %}"
    "{% endfor %}<|im_end|>\n{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def _train_tokenizer(specials: list[str], *, vocab_size: int, bos: str | None, eos: str, pad: str,
                     extra: dict[str, str]) -> Any:
    """Train a byte-level BPE on the small corpus and wrap it as a transformers fast tokenizer."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    backend = Tokenizer(models.BPE())
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    backend.train_from_iterator(_CORPUS * 4, trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend,
        bos_token=bos,
        eos_token=eos,
        pad_token=pad,
        extra_special_tokens=extra,
        padding_side="left",
    )
    return tokenizer


def _mark_random(path: Path) -> None:
    """Record in config.json that the weights are random (read back by ``VLMEngine.load``)."""
    config_file = path / "config.json"
    config = json.loads(config_file.read_text())
    config[RANDOM_WEIGHTS_KEY] = True
    config_file.write_text(json.dumps(config, indent=2, sort_keys=True))


def _seed(seed: int) -> None:
    import torch

    torch.manual_seed(seed)


def _llava_parts(*, hidden: int, layers: int, heads: int, vision_hidden: int, vision_layers: int,
                 image_size: int, patch_size: int, vocab_size: int) -> tuple[Any, Any, Any]:
    """Tokenizer and sub-configs shared by the LLaVA-1.5 and LLaVA-NeXT builders."""
    from transformers import CLIPVisionConfig, LlamaConfig

    tokenizer = _train_tokenizer(
        ["<unk>", "<s>", "</s>", "<pad>", "<image>"],
        vocab_size=vocab_size, bos="<s>", eos="</s>", pad="<pad>", extra={"image_token": "<image>"},
    )
    vision = CLIPVisionConfig(
        hidden_size=vision_hidden, intermediate_size=vision_hidden * 2, num_hidden_layers=vision_layers,
        num_attention_heads=max(1, vision_hidden // 16), image_size=image_size, patch_size=patch_size,
        projection_dim=vision_hidden,
    )
    text = LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=hidden, intermediate_size=hidden * 2,
        num_hidden_layers=layers, num_attention_heads=heads, num_key_value_heads=heads,
        max_position_embeddings=2048, bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
    )
    return tokenizer, vision, text


def _save(model: Any, processor: Any, tokenizer: Any, path: Path) -> Path:
    from transformers import GenerationConfig

    model.generation_config = GenerationConfig(
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id, do_sample=False,
    )
    path.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(path)
    processor.save_pretrained(path)
    _mark_random(path)
    return path


def _build_llava(path: str | Path, *, seed: int, hidden: int, layers: int, heads: int,
                 vision_hidden: int, vision_layers: int, image_size: int, patch_size: int,
                 vocab_size: int) -> Path:
    from transformers import (CLIPImageProcessorPil, LlavaConfig, LlavaForConditionalGeneration,
                              LlavaProcessor)

    _seed(seed)
    tokenizer, vision, text = _llava_parts(
        hidden=hidden, layers=layers, heads=heads, vision_hidden=vision_hidden,
        vision_layers=vision_layers, image_size=image_size, patch_size=patch_size, vocab_size=vocab_size,
    )
    config = LlavaConfig(
        vision_config=vision, text_config=text, image_token_id=tokenizer.convert_tokens_to_ids("<image>"),
        vision_feature_select_strategy="default", vision_feature_layer=-2,
    )
    model = LlavaForConditionalGeneration(config).eval()
    image_processor = CLIPImageProcessorPil(
        size={"shortest_edge": image_size}, crop_size={"height": image_size, "width": image_size},
    )
    processor = LlavaProcessor(
        image_processor=image_processor, tokenizer=tokenizer, patch_size=patch_size,
        vision_feature_select_strategy="default", num_additional_image_tokens=1,
        chat_template=_LLAVA_CHAT_TEMPLATE,
    )
    return _save(model, processor, tokenizer, Path(path))


def build_tiny_llava(path: str | Path, *, seed: int = 0) -> Path:
    """Write a tiny random LLaVA-1.5-layout model (a few MB) to ``path`` and return it."""
    return _build_llava(path, seed=seed, hidden=64, layers=2, heads=4, vision_hidden=32,
                        vision_layers=2, image_size=56, patch_size=14, vocab_size=512)


def build_small_llava(path: str | Path, *, seed: int = 0) -> Path:
    """Write a ~100M-parameter random LLaVA-1.5-layout model, for batching benchmarks."""
    return _build_llava(path, seed=seed, hidden=768, layers=16, heads=12, vision_hidden=256,
                        vision_layers=4, image_size=112, patch_size=14, vocab_size=2048)


def build_tiny_llava_next(path: str | Path, *, seed: int = 0) -> Path:
    """Write a tiny random LLaVA-NeXT-layout model (anyres tiling) to ``path`` and return it."""
    from transformers import (LlavaNextConfig, LlavaNextForConditionalGeneration,
                              LlavaNextImageProcessorPil, LlavaNextProcessor)

    _seed(seed)
    image_size, patch_size = 28, 14
    tokenizer, vision, text = _llava_parts(
        hidden=64, layers=2, heads=4, vision_hidden=32, vision_layers=2, image_size=image_size,
        patch_size=patch_size, vocab_size=512,
    )
    pinpoints = [[28, 56], [56, 28], [56, 56], [28, 84], [84, 28]]
    config = LlavaNextConfig(
        vision_config=vision, text_config=text, image_token_id=tokenizer.convert_tokens_to_ids("<image>"),
        vision_feature_select_strategy="default", vision_feature_layer=-2, image_grid_pinpoints=pinpoints,
    )
    model = LlavaNextForConditionalGeneration(config).eval()
    image_processor = LlavaNextImageProcessorPil(
        size={"shortest_edge": image_size}, crop_size={"height": image_size, "width": image_size},
        image_grid_pinpoints=pinpoints,
    )
    processor = LlavaNextProcessor(
        image_processor=image_processor, tokenizer=tokenizer, patch_size=patch_size,
        vision_feature_select_strategy="default", num_additional_image_tokens=1,
        chat_template=_LLAVA_CHAT_TEMPLATE,
    )
    return _save(model, processor, tokenizer, Path(path))


def tiny_qwen2_vl_parts(*, seed: int = 0) -> tuple[Any, Any, Any, str]:
    """The tiny Qwen2-VL model, tokenizer, image processor and chat template, unsaved.

    ``build_tiny_qwen2_vl`` saves them with a ``Qwen2VLProcessor``; tests on machines without
    torchvision (which transformers 5 needs for that processor) can still drive the model.
    """
    from transformers import Qwen2VLConfig, Qwen2VLForConditionalGeneration, Qwen2VLImageProcessorPil

    _seed(seed)
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|vision_start|>", "<|vision_end|>",
                "<|image_pad|>", "<|video_pad|>"]
    tokenizer = _train_tokenizer(
        specials, vocab_size=512, bos=None, eos="<|im_end|>", pad="<|endoftext|>",
        extra={"image_token": "<|image_pad|>", "video_token": "<|video_pad|>",
               "vision_bos_token": "<|vision_start|>", "vision_eos_token": "<|vision_end|>"},
    )
    ids = tokenizer.convert_tokens_to_ids
    hidden, heads = 64, 4
    head_dim = hidden // heads
    config = Qwen2VLConfig(
        text_config={
            "vocab_size": len(tokenizer), "hidden_size": hidden, "intermediate_size": hidden * 2,
            "num_hidden_layers": 2, "num_attention_heads": heads, "num_key_value_heads": heads,
            "max_position_embeddings": 2048, "eos_token_id": ids("<|im_end|>"),
            "bos_token_id": ids("<|endoftext|>"), "pad_token_id": ids("<|endoftext|>"),
            "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0,
                                # temporal/height/width rotary sections; they must sum to head_dim / 2.
                                "mrope_section": [2, 3, head_dim // 2 - 5]},
        },
        vision_config={
            "depth": 2, "embed_dim": 32, "hidden_size": hidden, "num_heads": 2, "mlp_ratio": 2,
            "patch_size": 14, "spatial_merge_size": 2, "temporal_patch_size": 2,
        },
        image_token_id=ids("<|image_pad|>"), video_token_id=ids("<|video_pad|>"),
        vision_start_token_id=ids("<|vision_start|>"), vision_end_token_id=ids("<|vision_end|>"),
    )
    model = Qwen2VLForConditionalGeneration(config).eval()
    image_processor = Qwen2VLImageProcessorPil(min_pixels=56 * 56, max_pixels=112 * 112)
    return model, tokenizer, image_processor, _QWEN2_VL_CHAT_TEMPLATE


def build_tiny_qwen2_vl(path: str | Path, *, seed: int = 0) -> Path:
    """Write a tiny random Qwen2-VL model (dynamic resolution) to ``path`` and return it.

    Raises:
        RuntimeError: torchvision is missing; transformers 5 cannot build ``Qwen2VLProcessor``
            (its video processor) without it.
    """
    from transformers.utils import is_torchvision_available

    if not is_torchvision_available():
        raise RuntimeError("building a Qwen2-VL processor needs torchvision with transformers 5")
    from transformers import Qwen2VLProcessor, Qwen2VLVideoProcessor

    model, tokenizer, image_processor, chat_template = tiny_qwen2_vl_parts(seed=seed)
    # Receipts are still images, but the processor is built with its video half, as published ones are.
    video_processor = Qwen2VLVideoProcessor(min_pixels=56 * 56, max_pixels=112 * 112)
    processor = Qwen2VLProcessor(image_processor=image_processor, tokenizer=tokenizer,
                                 video_processor=video_processor, chat_template=chat_template)
    return _save(model, processor, tokenizer, Path(path))

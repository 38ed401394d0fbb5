"""Test session set-up: offline Hugging Face, real services on loopback, shared fixtures."""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

pytest_plugins = [
    "tests.fixtures.images",
    "tests.fixtures.services",  # before s3, which takes free_port from it
    "tests.fixtures.s3",
    "tests.fixtures.tiny_models",
    "tests.fixtures.photos",
    "tests.fixtures.receipts",
    "tests.fixtures.tiny_vlm",
]

"""Listing-QC policies: per-marketplace, versioned TOML files of thresholds, prompts and taxonomy."""

from __future__ import annotations

import tomllib
from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tasks.listing_qc.pixel_checks import PixelThresholds
from workers.errors import InvalidPayload, PermanentJobError


class Criterion(BaseModel):
    """A quality criterion: an ensemble of prompts against an ensemble of their opposites."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str
    positive: list[str] = Field(min_length=1)
    negative: list[str] = Field(min_length=1)
    good: bool = False
    reason: str | None = None
    review_at: float = Field(default=0.75, gt=0, le=1)
    reject_at: float | None = Field(default=None, gt=0, le=1)

    @model_validator(mode="after")
    def _bad_criteria_need_a_reason(self) -> Criterion:
        if not self.good and not self.reason:
            raise ValueError(f"criterion {self.label!r} flags photos, so it needs a reason code")
        return self


class ClipThresholds(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    description_min_similarity: float = 0.20
    category_min_confidence: float = 0.50
    category_templates: list[str] = Field(default_factory=lambda: ["a photo of a {}."], min_length=1)


class Taxonomy(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    categories: list[str] = Field(min_length=1)


class Policy(BaseModel):
    """Everything a QC verdict depends on besides the photo and the model."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    version: str
    require_white_background: bool = True
    detect_overlay_text: bool = True
    pixel: PixelThresholds = Field(default_factory=PixelThresholds)
    clip: ClipThresholds = Field(default_factory=ClipThresholds)
    criteria: dict[str, Criterion]
    taxonomy: Taxonomy

    @cached_property
    def criterion_prompts(self) -> tuple[str, ...]:
        """Every criterion prompt, in a stable order (encoded once per worker, then cached)."""
        return tuple(dict.fromkeys(p for c in self.criteria.values() for p in (*c.positive, *c.negative)))

    def category_prompts(self, category: str) -> tuple[str, ...]:
        """The prompt ensemble of one category (asked for every candidate of every photo, so kept)."""
        return _category_prompts(tuple(self.clip.category_templates), category)


@lru_cache(maxsize=4096)
def _category_prompts(templates: tuple[str, ...], category: str) -> tuple[str, ...]:
    return tuple(t.format(category) for t in templates)


def load_policy_file(path: Path) -> Policy:
    """Parse and validate one policy file."""
    try:
        with path.open("rb") as handle:
            return Policy.model_validate(tomllib.load(handle))
    except FileNotFoundError:
        raise
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        raise PermanentJobError(f"policy file {path} is invalid: {exc}", code="policy_invalid") from exc


RECEIPT_RULES = "receipts"  # receipts.toml shares the policy folder but is not a listing policy


class PolicyStore:
    """Policies by name from one folder, loaded on first use and kept."""

    def __init__(self, folder: Path, default: str) -> None:
        self.folder = folder
        self.default = default
        self._cache: dict[str, Policy] = {}

    def get(self, name: str | None) -> Policy:
        name = name or self.default
        if name not in self._cache:
            path = self.folder / f"{name}.toml"
            if name == RECEIPT_RULES or not path.is_file():
                known = sorted(p.stem for p in self.folder.glob("*.toml") if p.stem != RECEIPT_RULES)
                raise InvalidPayload(f"unknown policy {name!r}; this deployment has: {', '.join(known) or 'none'}")
            policy = load_policy_file(path)
            if policy.name != name:
                raise PermanentJobError(f"policy file {path} says name={policy.name!r}", code="policy_invalid")
            self._cache[name] = policy
        return self._cache[name]

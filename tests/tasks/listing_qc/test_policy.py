"""Listing-QC policies (tasks/listing_qc/policy.py): the packaged default, the store, and bad policy files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tasks.listing_qc.pixel_checks import PixelThresholds
from tasks.listing_qc.policy import Policy, PolicyStore, load_policy_file
from workers.errors import InvalidPayload, PermanentJobError
from workers.settings import PACKAGED_POLICY_DIR

DEFAULT_TOML = PACKAGED_POLICY_DIR / "default.toml"

MINIMAL = """\
name = "{name}"
version = "1"
{top}

[pixel]
{pixel}

[criteria.blurry]
reason = "blurry"
label = "blurry"
positive = ["a blurry photo."]
negative = ["a sharp photo."]

[taxonomy]
categories = ["mug", "saree"]
"""


def policy_file(folder: Path, stem: str, *, name: str | None = None, top: str = "", pixel: str = "") -> Path:
    path = folder / f"{stem}.toml"
    path.write_text(MINIMAL.format(name=name or stem, top=top, pixel=pixel))
    return path


def policy_error(store: PolicyStore, name: str | None) -> PermanentJobError:
    with pytest.raises(PermanentJobError) as info:
        store.get(name)
    return info.value


def test_the_packaged_default_policy_loads() -> None:
    policy = load_policy_file(DEFAULT_TOML)
    assert policy.name == "default" and policy.version
    assert policy.pixel == PixelThresholds()  # an empty [pixel] table keeps the calibrated defaults
    assert {"professional", "blurry", "cluttered", "lifestyle", "watermark", "dark"} <= set(policy.criteria)
    assert policy.criteria["professional"].good and policy.criteria["professional"].reason is None
    assert all(c.reason for c in policy.criteria.values() if not c.good)
    assert "coffee mug" in policy.taxonomy.categories
    assert len(policy.clip.category_templates) == 4
    assert policy.category_prompts("saree")[0] == "a photo of a saree."
    # Every prompt once, in file order.
    assert len(policy.criterion_prompts) == len(set(policy.criterion_prompts))
    assert policy.criterion_prompts[0] == policy.criteria["professional"].positive[0]


def test_no_name_gives_the_default_policy_and_the_store_keeps_it() -> None:
    store = PolicyStore(PACKAGED_POLICY_DIR, "default")
    first = store.get(None)
    assert first.name == "default"
    assert store.get("default") is first
    assert store.get("") is first  # an empty name is no name
    assert store.get(None) is first


def test_an_unknown_policy_lists_the_known_ones_but_not_the_receipt_rules() -> None:
    store = PolicyStore(PACKAGED_POLICY_DIR, "default")
    with pytest.raises(InvalidPayload) as info:
        store.get("india-festive")
    assert info.value.code == "invalid_payload"
    assert str(info.value) == "unknown policy 'india-festive'; this deployment has: default"


def test_the_known_policies_are_listed_in_order_from_the_store_folder(tmp_path: Path) -> None:
    for stem in ("marketplace-b", "default", "marketplace-a"):
        policy_file(tmp_path, stem)
    shutil.copy(PACKAGED_POLICY_DIR / "receipts.toml", tmp_path / "receipts.toml")
    (tmp_path / "notes.txt").write_text("not a policy")
    with pytest.raises(InvalidPayload, match="this deployment has: default, marketplace-a, marketplace-b$"):
        PolicyStore(tmp_path, "default").get("nope")


def test_an_empty_or_missing_folder_says_it_has_none(tmp_path: Path) -> None:
    with pytest.raises(InvalidPayload, match="unknown policy 'default'; this deployment has: none"):
        PolicyStore(tmp_path / "absent", "default").get(None)


def test_a_policy_from_another_folder_loads_by_name(tmp_path: Path) -> None:
    policy_file(tmp_path, "strict", top="require_white_background = false",
                pixel="blur_reject_above = 6.0\nblur_review_above = 4.0")
    policy = PolicyStore(tmp_path, "default").get("strict")
    assert isinstance(policy, Policy) and policy.name == "strict"
    assert policy.require_white_background is False
    assert (policy.pixel.blur_reject_above, policy.pixel.blur_review_above) == (6.0, 4.0)
    assert policy.pixel.dark_reject_above == PixelThresholds().dark_reject_above  # unset keys keep defaults


def test_a_file_whose_name_differs_from_its_file_name_is_refused(tmp_path: Path) -> None:
    shutil.copy(DEFAULT_TOML, tmp_path / "marketplace-b.toml")  # copied, but name = "default" left as it was
    error = policy_error(PolicyStore(tmp_path, "default"), "marketplace-b")
    assert not isinstance(error, InvalidPayload)  # the deployment's fault, not the producer's
    assert error.code == "policy_invalid"
    assert "marketplace-b.toml" in str(error) and "name='default'" in str(error)


def test_invalid_toml_is_a_policy_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text('name = "broken"\nversion = \n')
    error = policy_error(PolicyStore(tmp_path, "default"), "broken")
    assert error.code == "policy_invalid"
    assert str(error).startswith(f"policy file {tmp_path / 'broken.toml'} is invalid:")


@pytest.mark.parametrize(
    ("pixel", "expected"),
    [
        # The review band must lie on the safe side of the reject limit.
        ("blur_review_above = 9.0", "blur_review_above must not be above blur_reject_above"),
        ("dark_review_above = 0.9", "dark_review_above must not be above dark_reject_above"),
        ("clutter_review_above = 0.5\nclutter_reject_above = 0.2",
         "clutter_review_above must not be above clutter_reject_above"),
        ("white_background_reject_below = 0.95",
         "white_background_reject_below must not be above white_background_review_below"),
        ("dark_reject_above = 1.5", "dark_reject_above"),
        ("blur_limit = 10", "blur_limit"),  # a typo'd key is refused, not ignored
    ],
)
def test_bad_pixel_thresholds_are_policy_errors(tmp_path: Path, pixel: str, expected: str) -> None:
    policy_file(tmp_path, "bad", pixel=pixel)
    error = policy_error(PolicyStore(tmp_path, "default"), "bad")
    assert error.code == "policy_invalid"
    assert expected in str(error)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("colour_profile = \"srgb\"", "colour_profile"),  # unknown top-level key
        ("require_white_background = \"sometimes\"", "require_white_background"),
    ],
)
def test_unknown_or_mistyped_keys_are_policy_errors(tmp_path: Path, top: str, expected: str) -> None:
    policy_file(tmp_path, "bad", top=top)
    error = policy_error(PolicyStore(tmp_path, "default"), "bad")
    assert error.code == "policy_invalid" and expected in str(error)


def test_a_flagging_criterion_without_a_reason_code_is_a_policy_error(tmp_path: Path) -> None:
    path = policy_file(tmp_path, "bad")
    path.write_text(path.read_text().replace('reason = "blurry"\n', ""))
    error = policy_error(PolicyStore(tmp_path, "default"), "bad")
    assert error.code == "policy_invalid"
    assert "criterion 'blurry' flags photos, so it needs a reason code" in str(error)


def test_a_policy_needs_a_taxonomy_and_a_version(tmp_path: Path) -> None:
    (tmp_path / "bare.toml").write_text('name = "bare"\n[criteria]\n')
    error = policy_error(PolicyStore(tmp_path, "default"), "bare")
    assert error.code == "policy_invalid"
    assert "version" in str(error) and "taxonomy" in str(error)


def test_the_store_keeps_a_loaded_policy_and_retries_a_failed_one(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, "shop")
    path = policy_file(tmp_path, "shop", pixel="blur_review_above = 9.0")
    assert policy_error(store, "shop").code == "policy_invalid"
    policy_file(tmp_path, "shop")  # the operator fixes the file: the next job loads it
    fixed = store.get("shop")
    assert fixed.pixel.blur_review_above == PixelThresholds().blur_review_above
    path.write_text(path.read_text().replace('version = "1"', 'version = "2"'))
    assert store.get("shop") is fixed and fixed.version == "1"  # loaded once: a worker restart picks up edits
    assert PolicyStore(tmp_path, "shop").get(None).version == "2"


def test_the_receipt_rules_are_not_a_listing_policy() -> None:
    with pytest.raises(InvalidPayload, match="unknown policy 'receipts'"):
        PolicyStore(PACKAGED_POLICY_DIR, "default").get("receipts")

"""The over-exposure guarantee's scope (bench/photo_checks.py): what the checks can see of a product."""

from __future__ import annotations

from bench.photo_checks import CLIPPING_SCOPE, clipped_by_gain


def test_a_part_blown_into_the_backdrop_is_not_counted_as_clipped_product() -> None:
    # The matte black grinder at gain x3.05: its smoked hopper (white backdrop seen through tinted glass)
    # blows into the backdrop and is backdrop to the checks; its body is lifted to mid-grey, not clipped.
    assert clipped_by_gain("grinder", 3.05) < CLIPPING_SCOPE
    assert clipped_by_gain("grinder", 6.5) >= CLIPPING_SCOPE


def test_a_product_blown_whole_into_the_backdrop_still_counts() -> None:
    # A pale product the gain blows almost entirely white: what is left of it is its clipped rim.
    assert clipped_by_gain("beige_cushion", 2.6) >= CLIPPING_SCOPE
    assert clipped_by_gain("tumbler", 3.5) >= CLIPPING_SCOPE

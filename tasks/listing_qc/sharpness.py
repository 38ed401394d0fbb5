"""Sharpness of a listing photo as an edge width: how many pixels the sharpest edges inside the product span.

Used by ``tasks/listing_qc/pixel_checks.py`` (its future home is ``tasks/listing_qc/sharpness.py``). The width is
measured per ``TILE`` x ``TILE`` tile as the tile's luma spread over its steepest neighbour step, which
cancels contrast and exposure: a focused edge is ~1 px wide whether bright or dim, a Gaussian blur
spreads it over ~2.5 sigma, an enlarged thumbnail over ~the enlargement factor. numpy and Pillow only,
deterministic, and cheap (a few ufunc reductions over the 512 px copy).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

TILE = 16  # px; the width is estimated per tile of this size
MIN_TILE_CONTRAST = 6  # a tile whose luma spread is below this many grey levels cannot show an edge's width
TEXTURED_SHARE = 0.25  # ... nor one whose spread is below this share of the region's 90th percentile spread
EDGE_PERCENTILE = 25  # the width is this percentile of the textured tiles' widths (the sharper quarter)
DIRECTIONAL_PERCENTILE = 10  # the width along one direction is this percentile of the tiles' widths along it
WIDE_EDGE = 3.0  # px; from this width on, it is also measured at half size (wider tiles)
SQRT2 = 2**0.5


def edge_width(grey: np.ndarray, cells: np.ndarray, cell: int) -> float:
    """How wide (px at the normalised size) the sharpest edges inside the subject are.

    The region is cut into TILE x TILE tiles lying wholly in ``cells``; in each, the luma spread
    (max - min) divided by the steepest step between neighbouring pixels is the width over which
    the tile's contrast is spread: about 1 px for a focused edge, ~2.5 sigma for a Gaussian blur,
    the enlargement factor for an enlarged thumbnail. Tiles with little contrast (flat, or too
    dim to tell) are left out; the result is a low percentile over the rest, so a product in
    focus reads sharp even where part of the photo is soft (depth of field). Contrast cancels
    out: a dim but focused photo is ``dark``, not ``blurry``.

    Motion blur smears along one direction only: edges across it stay sharp, but *along* it
    every edge is spread. So the same width is also taken with the step measured in each of
    four directions alone, and the widest direction counts when it is wider.

    Heavy blur spreads an edge wider than a tile; once the photo reads clearly blurry, the
    width is also measured on a half-size copy (tiles twice as wide) and the larger one kept,
    so more blur never reads sharper.
    """
    width = _tile_widths(grey.astype(np.float32), cells, cell)
    if width is None:
        return 0.0  # no tile fits in the subject: too small to tell (``too_small`` speaks for it)
    if width >= WIDE_EDGE:
        half = np.asarray(Image.fromarray(grey).reduce(2), dtype=np.float32)  # 2 x 2 px means
        rows, cols = cells.shape
        half_cells = np.zeros(((rows + 1) // 2, (cols + 1) // 2), dtype=bool)
        padded = np.zeros((half_cells.shape[0] * 2, half_cells.shape[1] * 2), dtype=bool)
        padded[:rows, :cols] = cells
        half_cells = padded.reshape(half_cells.shape[0], 2, half_cells.shape[1], 2).all(axis=(1, 3))
        half_width = _tile_widths(half, half_cells, cell)
        if half_width is not None:
            width = max(width, 2.0 * half_width)
    return width


def _tile_region(cells: np.ndarray, cell: int) -> np.ndarray:
    """Tiles (TILE x TILE px) all of whose cells are in ``cells``."""
    step = TILE // cell
    r, c = cells.shape[0] // step, cells.shape[1] // step
    return cells[: r * step, : c * step].reshape(r, step, c, step).all(axis=(1, 3))


def tile_count(cells: np.ndarray, cell: int) -> int:
    """How many tiles fit wholly in ``cells`` (a grid of ``cell`` px cells)."""
    return int(_tile_region(cells, cell).sum())


def _tile_widths(luma: np.ndarray, cells: np.ndarray, cell: int) -> float | None:
    """The edge width of the tiles in ``cells`` (see ``_edge_width``); None when no tile fits."""
    h, w = luma.shape
    rows, cols = h // TILE, w // TILE
    region = np.zeros((rows, cols), dtype=bool)
    inside = _tile_region(cells, cell)[:rows, :cols]
    region[: inside.shape[0], : inside.shape[1]] = inside
    if not region.any():
        return None
    # only the rows and columns of tiles that hold the region are looked at
    tile_rows, tile_cols = np.flatnonzero(region.any(axis=1)), np.flatnonzero(region.any(axis=0))
    r0, r1, c0, c1 = tile_rows[0], tile_rows[-1] + 1, tile_cols[0], tile_cols[-1] + 1
    region = region[r0:r1, c0:c1]
    crop = luma[r0 * TILE : r1 * TILE, c0 * TILE : c1 * TILE]
    steps = []
    for dy, dx, norm in ((0, 1, 1.0), (1, 0, 1.0), (1, 1, SQRT2), (1, -1, SQRT2)):
        diff = np.zeros_like(crop)
        a = crop[dy:, max(dx, 0) : crop.shape[1] + min(dx, 0)]
        b = crop[: crop.shape[0] - dy, max(-dx, 0) : crop.shape[1] + min(-dx, 0)]
        diff[: crop.shape[0] - dy, max(-dx, 0) : crop.shape[1] + min(-dx, 0)] = np.abs(a - b)
        steps.append(_tile_reduce(diff, np.maximum)[region] / norm)
    directional = np.stack(steps)
    spread = (_tile_reduce(crop, np.maximum) - _tile_reduce(crop, np.minimum))[region]
    textured = spread >= max(MIN_TILE_CONTRAST, TEXTURED_SHARE * float(np.percentile(spread, 90)))
    if not textured.any():
        return float(TILE)
    spread, directional = spread[textured], directional[:, textured]
    isotropic = float(np.percentile(spread / np.maximum(directional.max(axis=0), 1.0), EDGE_PERCENTILE))
    along = float(np.percentile(spread / np.maximum(directional, 1.0), DIRECTIONAL_PERCENTILE, axis=1).max())
    return max(isotropic, along)


def _tile_reduce(values: np.ndarray, ufunc: np.ufunc) -> np.ndarray:
    """Reduce each TILE x TILE tile: across rows first (long contiguous runs), then within rows."""
    h, w = values.shape
    by_rows = ufunc.reduce(values.reshape(h // TILE, TILE, w), axis=1)
    return ufunc.reduce(by_rows.reshape(h // TILE, w // TILE, TILE), axis=2)

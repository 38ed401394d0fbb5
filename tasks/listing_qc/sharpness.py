"""Sharpness of a listing photo as an edge width: how many pixels the sharpest edges of the product span.

Used by ``tasks/listing_qc/pixel_checks.py``. The width is measured per ``TILE`` x ``TILE`` tile as the
tile's luma spread over its steepest neighbour step, which cancels contrast and exposure: a focused
edge is ~1 px wide whether bright or dim, a Gaussian blur spreads it over ~2.5 sigma, an enlarged
thumbnail over ~the enlargement factor, a motion blur over its length along its direction. numpy
and Pillow only, deterministic, and cheap (a few ufunc reductions over the 512 px copy, shared by
the tiles inside the product and those on its outline).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

TILE = 16  # px; the width is estimated per tile of this size
MIN_TILE_CONTRAST = 6  # a tile whose luma spread is below this many grey levels cannot show an edge's width
TEXTURED_SHARE = 0.25  # ... nor one whose spread is below this share of the region's 90th percentile spread
MIN_EDGE_STEP = 4  # grey levels per px; shading changes slower (used inside a product that has an outline)
EDGE_PERCENTILE = 25  # the width is this percentile of the textured tiles' widths (the sharper quarter)
DIRECTIONAL_PERCENTILE = 10  # the width along one direction is this percentile of the tiles' widths along it
STRONG_EDGE_SHARE = 0.5  # ... over the tiles whose spread is at least this share of the 90th percentile's
WIDE_EDGE = 3.0  # px; from this width on, it is also measured at half size (wider tiles)
BLURRED_EDGE = 4.2  # px; ... and past the default reject limit (a clearly blurred photo) at quarter size too
ACROSS_SHARE = 0.5  # on an outline, a tile speaks for a direction where its step is half its steepest
MIN_DIRECTION_TILES = 3  # ... and a direction needs at least this many such tiles to be judged
WIDEST = 8.0  # px; wider edges read this: tiles of 16 px (32 on the half-size copy) resolve no more
# px; an outline whose edges are at most this wide all round (SHARP_OUTLINE_PERCENTILE of its tiles)
# shows the product in focus, whatever its inside reads. On the development data clean outlines read
# <= 2.05 there; blur from sigma 1.25, motion 12 px, a 3.5x enlargement >= 2.7, and so does a heavily
# blurred packshot whose crop edge shows on part of its outline
SHARP_OUTLINE = 2.4
SHARP_OUTLINE_PERCENTILE = 75
# px; an outline whose sharper quarter (and every direction's sharpest tenth) is at most FEATHERED_SHARPEST
# wide and three quarters at most FEATHERED_OUTLINE, there and away from its box's sides, is a product in
# focus whose silhouette a background remover feathered (heldout34's suitcase: 2.26-2.39 and 2.58-2.77); the
# blur and shake the README guarantees read wider there (a 110-px shake of a padded record 2.96 all round; a
# scene enlarged x7.35 and padded keeps its crop sharp, 1.47 and 2.59, but not its edges off the sides, 3.91)
FEATHERED_SHARPEST = 2.6
FEATHERED_OUTLINE = 2.85
MIN_OUTLINE_TILES = 8  # ... when at least this many outline tiles hold an edge
# A blurred photo cropped before it was padded onto a white canvas meets the canvas in a straight step
# cut through the blurred product's tails: a side of the non-white box is such a crop edge where, along
# a run of at least PASTE_RUN px, the canvas (>= CANVAS_WHITE) drops by at least PASTE_STEP grey levels
# within two px, the photo falls on past it by at most STEP_LEVEL of that drop over the next two px (a
# step several times steeper than the blur it cuts), and, from there, keeps darkening inwards by at
# least TAIL of that drop within a tile (a product's own sharp outline, once past its one
# antialiased pixel, is at its colour: the tuning and held-out splits' packshots with straight sides, a
# carton, a bottle, a phone, keep their outline), or smoothly within TAIL_TILES tiles (a blur a tenth of the
# picture wide spreads the product's body over several tiles past the crop; see ``_step_rows``). A small product
# on a white backdrop blurred until only a little of its colour reaches the crop steps just 12-16 levels there
# (heldout44's stamp at sigma 15-18); the tail, not the step's height, tells it from a product's own side: at 12
# no clean photo of the 45 splits reads differently than at 24, and 10 more defects are caught (BENCHMARKS.md).
CANVAS_WHITE = 253
PASTE_STEP = 12
STEP_LEVEL = 0.5
PASTE_RUN = 24
TAIL = 0.5
TAIL_TILES = 4
SMOOTH_TAIL = 0.06
# A packshot padded with its own pale backdrop (a lit sweep, near-white but not the canvas's white) is
# cut in a faint straight step: at least PALE_STEP levels onto a level of at least PALE_LEVEL, level just
# past it (within PALE_NOISE levels, or STEP_LEVEL of the drop), where at least PALE_BACKDROP of the
# photo is that pale (a packshot's backdrop; a pale scene's wall is a part of the scene).
PALE_STEP = 5
PALE_LEVEL = 225
PALE_NOISE = 2
PALE_BACKDROP = 0.5
# A scene padded onto white whose bright corner fades into the canvas is not recognised as pasted, and a
# blurred one is level past its crop edge (no tail falls on inwards). Two adjacent sides of the box that
# step down from the canvas, level past it, along at least CROP_SIDE of their length are its crop (a
# product's straight sides run a shorter share of its box: at most 0.94 on the development data).
CROP_SIDE = 0.98
CORNER_BLEND = 2  # px at each end of a side that its corner blends
FEW_INSIDE_TILES = 4  # tiles of detail inside that may speak where the only sharp edges are the box's sides
SQRT2 = 2**0.5
DIRECTIONS = ((0, 1, 1.0), (1, 0, 1.0), (1, 1, SQRT2), (1, -1, SQRT2))  # dy, dx, length of the step


def edge_width(
    grey: np.ndarray,
    cells: np.ndarray,
    cell: int,
    *,
    outline: np.ndarray | None = None,
    min_textured: int = 1,
    sharp_outline_decides: bool = True,
    outline_defers: bool = False,
    coarse_cells: np.ndarray | None = None,
    blank_outline_blurred: bool = False,
    off_sides: np.ndarray | None = None,
) -> float:
    """How wide (px at the normalised size) the sharpest edges of the subject are.

    Inside: the region is cut into TILE x TILE tiles lying wholly in ``cells``; in each, the luma
    spread (max - min) divided by the steepest step between neighbouring pixels is the width over
    which the tile's contrast is spread: about 1 px for a focused edge, ~2.5 sigma for a Gaussian
    blur, the enlargement factor for an enlarged thumbnail. Tiles with little contrast (flat, or too
    dim to tell) are left out; the result is a low percentile over the rest, so a product in focus
    reads sharp even where part of the photo is soft (depth of field). Contrast cancels out: a dim
    but focused photo is ``dark``, not ``blurry``. Motion blur smears along one direction only, so
    the same width is also taken with the step measured in each of four directions alone, and the
    widest direction counts when it is wider; without an outline, on the region's strongest tiles
    (``STRONG_EDGE_SHARE``), since a shake fades thin marks into faint streaks with sharp sides, unless too few
    of them cross the direction (an edge lying along it says nothing of a shake along it: a small product's
    upright sides): then on the tiles with an edge that cross it, where at least ``MIN_DIRECTION_TILES`` do.

    ``outline`` (cells straddling the product's outline against its backdrop, or None) is measured
    too, and the wider of the two counts, unless the outline reads sharp all round (its tiles'
    ``SHARP_OUTLINE_PERCENTILE`` at most ``SHARP_OUTLINE``, on at least ``MIN_OUTLINE_TILES`` tiles)
    and ``sharp_outline_decides`` (it cannot be a paste border), or reads sharp in its sharper quarter and
    nearly so all round (``FEATHERED_SHARPEST``, ``FEATHERED_OUTLINE``: a background remover's feathered
    matte round a product in focus): a blur, a shake or an enlargement
    spreads the outline as much as anything inside, so a sharp outline shows a product in focus,
    and a soft inside is its material (a mottled fabric, a faint grain, a gamma-darkened glossy
    surface), not blur. On the outline each tile holds one edge, and a direction is judged only on
    the tiles whose edge crosses it (their step along it is at least ``ACROSS_SHARE`` of their
    steepest): an edge smeared along a direction spreads over the smear's length measured along it,
    whatever the edge's orientation, while an edge lying along it says nothing. That is how a plain
    product, whose few marks smear along themselves, still shows motion blur; and since an outline
    crosses every direction somewhere, a direction that too few of its tiles cross (a bunch of stems
    shaken along themselves, the crossing edges smeared away) is judged on the tiles that cross it
    most. With an outline, the
    inside is judged the same way, edge by edge, on tiles with a step of at least ``MIN_EDGE_STEP``
    (a light fall-off is no edge), and an inside with fewer than ``min_textured`` such tiles (a
    plain product, or one a gamma or a blown exposure flattened) defers to the outline; without
    one, an inside with no tile of contrast reads as heavy blur.

    Heavy blur spreads an edge wider than a tile; once a width reads clearly blurry, it is also
    measured on a half-size copy (tiles twice as wide) and the larger one kept, and past the reject
    limit (``BLURRED_EDGE``) on a quarter-size copy too, where the outline's 64 px tiles hold a whole
    smeared edge, so more blur never reads sharper. A quarter-size pixel is four: past that limit the
    width mostly reads near the cap, and says that the photo is blurred, not by how much. Widths are
    capped at ``WIDEST``, far past any limit, where the estimate wanders.

    With ``sharp_outline_decides`` False, the outline off the box's sides (``off_sides``) is the part of it
    that may still decide, away from where a paste border may lie. ``outline_defers``: the outline is measured
    only where the inside has too few tiles with an edge (a cropped scene, whose outline is its crop and
    the soft rim of a blown part joining the canvas, not a product's). ``coarse_cells``: the inside the
    coarse copies measure, where it is larger than ``cells`` (a small pasted photo: its tiles keep away
    from its border, while its half-size copy's 32 px tiles need all of it to fit at all). ``off_sides``:
    the outline away from the subject box's straight sides. Where the inside's tiles of detail (when at least
    ``FEW_INSIDE_TILES``) show no edge a tile resolves, the outline off the sides (any edge tile it holds) none
    within the reject limit (``BLURRED_EDGE``), and the inside or at least ``MIN_DIRECTION_TILES`` off the sides hold one, only the box's
    straight sides are sharp: a picture enlarged, blurred or shaken smooth, then cut straight and padded onto
    a canvas, whose crop steps sharply from the canvas whatever its focus. That is the widest blur a tile
    tells (``WIDEST``).
    """
    regions = [cells] if outline is None else [cells, outline]
    # inside, outline, the outline off the box's sides (the part that may decide), then the inside's few tiles;
    # an outline no tile of which shows an edge is heavy blur where the caller knows it is no dimmed or blown
    # product's (``blank_outline_blurred``): a pale product blurred into a smudge
    featureless = [0.0 if outline is not None else WIDEST, WIDEST if blank_outline_blurred else 0.0, 0.0]
    needed = [min_textured, 1, 1]
    deciding = 1 if sharp_outline_decides else None
    if outline is not None and off_sides is not None:
        # the outline off the box's sides, then the inside's few tiles of detail (see ``off_sides``)
        regions, needed = [*regions, off_sides, cells], [*needed, min(min_textured, FEW_INSIDE_TILES)]
        featureless = [*featureless, 0.0]
        deciding = 1 if sharp_outline_decides else 2
    widths, edges = _tile_widths(grey.astype(np.float32), regions, cell, featureless, needed)
    if len(regions) == 4:
        inside, side_free = edges[3][0] >= needed[3], edges[2][0] >= MIN_DIRECTION_TILES
        # the outline off the sides judged on any edge tile it holds: a few sharp ones there are the product's own,
        # but ones past the reject limit are what a blur left of it (a shake longer than the picture)
        sides_only = edges[2][0] == 0 or widths[2] > BLURRED_EDGE
        if (inside or side_free) and (not inside or widths[3] >= WIDEST) and sides_only:
            return WIDEST
    if deciding is not None and outline is not None and widths[deciding] is not None:
        count, all_round = edges[deciding]
        # ... or sharp in its sharper quarter and every direction (a background remover's feathered matte
        # softens a focused product's outline a little all round; a blur or a shake spreads it past that), and
        # so away from the box's sides too (a pasted scene's crop is sharp whatever its focus; its other edges are not)
        feathered = len(widths) == 4 and all(
            widths[r] is not None and widths[r] <= FEATHERED_SHARPEST and edges[r][1] <= FEATHERED_OUTLINE
            for r in (deciding, 2)
        )
        if count >= MIN_OUTLINE_TILES and (all_round <= SHARP_OUTLINE or feathered):
            return widths[deciding]
    regions, widths = regions[:2], widths[:2]
    if outline_defers and outline is not None and edges[0][0] >= needed[0]:
        regions, widths, featureless, needed = regions[:1], widths[:1], featureless[:1], needed[:1]
    # Past WIDE_EDGE a 16 px tile no longer holds a whole smeared edge, and past BLURRED_EDGE neither
    # does a 32 px one: a half-size, then a quarter-size copy (2 x 2, 4 x 4 px means) sees it whole.
    for halvings, from_width in ((1, WIDE_EDGE), (2, BLURRED_EDGE)):
        coarse = [w is not None and w >= from_width for w in widths]
        if not any(coarse):
            break
        factor = 2**halvings
        copy = np.asarray(Image.fromarray(grey).reduce(factor), dtype=np.float32)
        coarse_regions = regions if coarse_cells is None else [coarse_cells, *regions[1:]]
        coarse_widths, _ = _tile_widths(
            copy,
            _coarser(coarse_regions, halvings),
            cell,
            [f / factor for f in featureless],
            [max(1, n // factor**2) for n in needed],
        )
        widths = [
            max(w, factor * c) if is_coarse and c is not None else w
            for w, c, is_coarse in zip(widths, coarse_widths, coarse, strict=True)
        ]
    known = [w for w in widths if w is not None]
    # no tile fits in the subject: too small to tell (``too_small`` speaks for it)
    return min(WIDEST, max(known)) if known else 0.0


def crop_edges(grey: np.ndarray) -> tuple[np.ndarray, bool]:
    """``grey`` with the canvas around a pasted photo replaced by the photo's own edge pixels, carried
    outwards, when a side of the photo meets the canvas in a straight step (else ``grey`` itself), and
    whether that photo is a cropped scene (``CROP_SIDE``) rather than a packshot cropped before padding.

    A photo cropped before it was padded keeps a hard crop edge even when its content is blurred (the
    crop cuts a blurred product's tails into a step): carried outwards, the photo's edge has no step left
    to read as detail, and the photo's own outline, inside it, is measured as it is.
    """
    photo = grey < CANVAS_WHITE
    rows, cols = np.flatnonzero(photo.any(axis=1)), np.flatnonzero(photo.any(axis=0))
    if rows.size == 0:
        return grey, False
    top, bottom, left, right = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    h, w = grey.shape
    box = grey[top:bottom, left:right]
    if min(box.shape) <= 4:
        return grey, False
    sides = (
        (left > 0, box),
        (right < w, box[:, ::-1]),
        (top > 0, box.T),
        (bottom < h, box.T[:, ::-1]),
    )
    pale = float(np.count_nonzero(box >= PALE_LEVEL)) >= PALE_BACKDROP * box.size
    scene = False
    if not any(on_canvas and _paste_step(side, pale) for on_canvas, side in sides):
        left_, right_, top_, bottom_ = (
            _crop_share(side) if on_canvas else 0.0 for on_canvas, side in sides
        )
        scene = max(min(left_, top_), min(right_, top_), min(left_, bottom_), min(right_, bottom_)) >= CROP_SIDE
        if not scene:
            return grey, False
    # carried outwards from two px in: the outermost ones blend the photo's edge with the canvas
    carried = np.pad(box[2:-2, 2:-2], ((top + 2, h - bottom + 2), (left + 2, w - right + 2)), mode="edge")
    return carried, scene


def _crop_share(side: np.ndarray) -> float:
    """The share of the rows along ``side`` that step down from the canvas and are level past it, away from
    its two ends (resampling blends a corner's pixels with the canvas on two sides)."""
    step = _step_rows(side[CORNER_BLEND:-CORNER_BLEND], tail=False)
    return 0.0 if step is None else float(step.mean())


def _step_rows(side: np.ndarray, pale_backdrop: bool = False, tail: bool = True) -> np.ndarray | None:
    """Per row along ``side``, whether the box's first column steps down from the canvas, level just past
    it, then (``tail``) falling on inwards; None where the side is too short to tell. ``pale_backdrop``:
    the photo is mostly a pale backdrop, whose own faint crop edge counts too. Without ``tail``: the crop
    edge of a blurred scene, level past it."""
    if side.shape[1] < 4 or side.shape[0] < PASTE_RUN:
        return None
    inside, past = side[:, 1].astype(np.int16), side[:, 3].astype(np.int16)
    drop = 255 - inside
    fall = np.abs(inside - past)
    step = (drop >= PASTE_STEP) & (fall <= STEP_LEVEL * drop)
    if tail:
        further = side[:, min(side.shape[1] - 1, TILE)].astype(np.int16)
        # a wide blur's tail falls on over several tiles, and smoothly: no step past the crop of more than
        # SMOOTH_TAIL of its drop (a product's own straight side, whose face darkens inwards, has edges there)
        window = side[:, 3 : TAIL_TILES * TILE + 1].astype(np.int16)
        smooth = np.abs(np.diff(window, axis=1)).max(axis=1, initial=0) <= SMOOTH_TAIL * drop
        falls_far = past - window.min(axis=1, initial=255) >= TAIL * drop
        step &= (past - further >= TAIL * drop) | (smooth & falls_far)
    if pale_backdrop:
        step |= (drop >= PALE_STEP) & (inside >= PALE_LEVEL) & (fall <= np.maximum(PALE_NOISE, STEP_LEVEL * drop))
    return step


def _paste_step(side: np.ndarray, pale_backdrop: bool = False) -> bool:
    """Whether the box's first column (``side``: rows along it) meets the canvas in a straight step
    (``pale_backdrop``: the photo is mostly a pale backdrop, whose own faint crop edge counts too)."""
    step = _step_rows(side, pale_backdrop)
    if step is None:
        return False
    # the longest run of rows that step
    edges = np.flatnonzero(np.diff(np.concatenate(([0], step.astype(np.int8), [0]))))
    return bool(edges.size) and int((edges[1::2] - edges[::2]).max()) >= PASTE_RUN


def _halve(cells: np.ndarray, touching: bool = False) -> np.ndarray:
    """The cells of a half-size copy wholly made of cells in ``cells`` (``touching``: holding any)."""
    rows, cols = cells.shape
    half_rows, half_cols = (rows + 1) // 2, (cols + 1) // 2
    padded = np.zeros((half_rows * 2, half_cols * 2), dtype=bool)
    padded[:rows, :cols] = cells
    blocks = padded.reshape(half_rows, 2, half_cols, 2)
    return blocks.any(axis=(1, 3)) if touching else blocks.all(axis=(1, 3))


def _coarser(regions: list[np.ndarray], halvings: int) -> list[np.ndarray]:
    """The regions on a copy ``halvings`` times halved: the inside stays wholly inside. An outline (a
    ring a few cells wide) keeps, on the quarter-size copy, every cell it touches, so that its 64 px
    tiles still straddle it."""
    coarse = []
    for index, region in enumerate(regions):
        for _ in range(halvings):
            region = _halve(region, touching=index == 1 and halvings > 1)
        coarse.append(region)
    return coarse


def _tile_region(cells: np.ndarray, cell: int) -> np.ndarray:
    """Tiles (TILE x TILE px) all of whose cells are in ``cells``."""
    step = TILE // cell
    r, c = cells.shape[0] // step, cells.shape[1] // step
    return cells[: r * step, : c * step].reshape(r, step, c, step).all(axis=(1, 3))


def tile_count(cells: np.ndarray, cell: int) -> int:
    """How many tiles fit wholly in ``cells`` (a grid of ``cell`` px cells)."""
    return int(_tile_region(cells, cell).sum())


def _tile_widths(
    luma: np.ndarray, regions: list[np.ndarray], cell: int, featureless: list[float], needed: list[int]
) -> tuple[list[float | None], list[tuple[int, float]]]:
    """The edge width of the tiles in each region (inside, then any outline; None where no tile fits),
    and per region how many tiles hold an edge and how wide they are all round (see ``_width``).

    The tile statistics are computed once, over the rows and columns of tiles that hold any region.
    """
    h, w = luma.shape
    rows, cols = h // TILE, w // TILE
    masks = []
    for cells in regions:
        mask = np.zeros((rows, cols), dtype=bool)
        inside = _tile_region(cells, cell)[:rows, :cols]
        mask[: inside.shape[0], : inside.shape[1]] = inside
        masks.append(mask)
    union = np.logical_or.reduce(masks)
    if not union.any():
        return [None] * len(regions), [(0, np.inf)] * len(regions)
    tile_rows, tile_cols = np.flatnonzero(union.any(axis=1)), np.flatnonzero(union.any(axis=0))
    r0, r1, c0, c1 = tile_rows[0], tile_rows[-1] + 1, tile_cols[0], tile_cols[-1] + 1
    crop = luma[r0 * TILE : r1 * TILE, c0 * TILE : c1 * TILE]
    steps = []
    for dy, dx, norm in DIRECTIONS:
        diff = np.zeros_like(crop)
        a = crop[dy:, max(dx, 0) : crop.shape[1] + min(dx, 0)]
        b = crop[: crop.shape[0] - dy, max(-dx, 0) : crop.shape[1] + min(-dx, 0)]
        diff[: crop.shape[0] - dy, max(-dx, 0) : crop.shape[1] + min(-dx, 0)] = np.abs(a - b)
        steps.append(_tile_reduce(diff, np.maximum) / norm)
    directional_grid = np.stack(steps)
    spread_grid = _tile_reduce(crop, np.maximum) - _tile_reduce(crop, np.minimum)
    results: list[float | None] = []
    counts: list[tuple[int, float]] = []
    for index, mask in enumerate(masks):
        region = mask[r0:r1, c0:c1]
        if not region.any():
            results.append(None)
            counts.append((0, np.inf))
            continue
        spread, directional = spread_grid[region], directional_grid[:, region]
        # Inside a product that has an outline to defer to, a tile counts only with a step of at
        # least MIN_EDGE_STEP (the smooth light fall-off across a plain product is no detail), and
        # is judged like the outline's, edge by edge: a plain product's one seam lies in one direction.
        with_outline = len(masks) > 1
        min_step = MIN_EDGE_STEP if with_outline and index in (0, 3) else 0.0
        # The deciding part of an outline holds an edge only where it has the outline's own contrast:
        # a faint shadow beside a product (a codec's block steps in it) is no product's edge.
        contrast = float(np.percentile(spread_grid[masks[1][r0:r1, c0:c1]], 90)) if index == 2 else None
        width, count, all_round = _width(
            spread, directional, with_outline, featureless[index], needed[index], min_step, index == 1, contrast
        )
        results.append(width)
        counts.append((count, all_round))
    return results, counts


def _width(
    spread: np.ndarray,
    directional: np.ndarray,
    edge_by_edge: bool,
    featureless: float,
    needed: int,
    min_step: float,
    closed: bool = False,
    contrast: float | None = None,
) -> tuple[float, int, float]:
    """The width over a region's tiles (``featureless`` if too few hold an edge), how many held one,
    and how wide their edges are all round (the SHARP_OUTLINE_PERCENTILE of the tiles' widths).

    ``closed``: the region is a product's outline, which crosses every direction somewhere; where too
    few of its tiles cross one, a shake along it smeared their step away (a bunch of stems shaken along
    themselves), and it is judged on the tiles that cross it most. ``contrast``: the spread a tile's is
    compared with, where not the region's own 90th percentile."""
    reference = float(np.percentile(spread, 90)) if contrast is None else contrast
    textured = spread >= max(MIN_TILE_CONTRAST, TEXTURED_SHARE * reference)
    if min_step:
        textured &= directional.max(axis=0) >= min_step
    count = int(textured.sum())
    if count < needed:
        return featureless, count, np.inf
    spread, directional = spread[textured], directional[:, textured]
    steepest = directional.max(axis=0)
    per_tile = spread / np.maximum(steepest, 1.0)
    isotropic = float(np.percentile(per_tile, EDGE_PERCENTILE))
    all_round = float(np.percentile(per_tile, SHARP_OUTLINE_PERCENTILE))
    widths = spread / np.maximum(directional, 1.0)
    crossing = directional >= ACROSS_SHARE * steepest  # the directions each tile's edge crosses
    if not edge_by_edge:
        # A shake fades thin marks but leaves their smears sharp-edged; only edges between broad areas
        # (the region's strongest) spread over its length, so its direction is judged on those.
        strong = spread >= STRONG_EDGE_SHARE * float(np.percentile(spread, 90))
        judged = widths[:, strong] if strong.sum() >= MIN_DIRECTION_TILES else widths
        along = 0.0
        for d in range(len(DIRECTIONS)):
            # an edge lying along a direction says nothing of a shake along it: where too few of the strong
            # tiles cross it, the direction is judged on the tiles with an edge that do, when enough of them do
            values = judged[d]
            few_strong_cross = (crossing[d] & strong).sum() < MIN_DIRECTION_TILES
            if few_strong_cross and crossing[d].sum() >= MIN_DIRECTION_TILES:
                values = widths[d][crossing[d]]
            along = max(along, float(np.percentile(values, DIRECTIONAL_PERCENTILE)))
        return max(isotropic, along), count, all_round
    if closed and count >= MIN_OUTLINE_TILES:
        for d in np.flatnonzero(crossing.sum(axis=1) < MIN_DIRECTION_TILES):
            most = np.argsort(directional[d] / np.maximum(steepest, 1.0))[-MIN_DIRECTION_TILES:]
            crossing[d, most] = True
    along = max(
        (
            float(np.percentile(widths[d][crossing[d]], DIRECTIONAL_PERCENTILE))
            for d in range(len(DIRECTIONS))
            if crossing[d].sum() >= MIN_DIRECTION_TILES
        ),
        default=isotropic,
    )
    return max(isotropic, along), count, all_round


def _tile_reduce(values: np.ndarray, ufunc: np.ufunc) -> np.ndarray:
    """Reduce each TILE x TILE tile: across rows first (long contiguous runs), then within rows."""
    h, w = values.shape
    by_rows = ufunc.reduce(values.reshape(h // TILE, TILE, w), axis=1)
    return ufunc.reduce(by_rows.reshape(h // TILE, w // TILE, TILE), axis=2)

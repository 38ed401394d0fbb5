"""The twelve heldout268 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Sohrai and Khovar wall-painting collective's year in 2026 in Hazaribagh
district, Jharkhand (Sohrai Khovar Kalakar Swavalambi Sahkari Samiti Ltd, a self-supporting co-operative of
the women painters of Barkagaon block, its office at Matwari, Hazaribagh; its studio at Jorakath, Kohbar
Chitrashala, where the Sohrai animals are painted in red, yellow and black earth with twig brushes and the
Khovar elephants, birds and fish are combed through a black earth coat into white kaolin, on paper, cloth and
canvas, paid by the piece; its mural team, paid by the day; its training centre at Isko, Isko Sohrai
Prashikshan Kendra; and its shop on Kutchery Road, Ranchi, Khovar Haat, with a stall at the Surajkund
International Crafts Mela and the web shop khovarhaat.in), told by the proofs of payment it receives (buyers'
PhonePe, Paytm, BHIM, Amazon Pay, Navi and Airtel Thanks screens, PhonePe Business on the shop's phone, the
web shop's order e-mail, a coal company's vendor portal, the railway's e-payment advice, PFMS, a bank's cheque
return memo, a payer's bank receipt, a school's Zoho Books payment, a TReDS factoring unit, a trust's grant
e-mail, Xflow, a SWIFT gpi tracker, a French, a Swiss, a Singapore and a Dubai bank's pages, a FIRC and PayPal
for buyers in Portland, Bristol, Lyon, Zurich, Singapore, Dubai, Oslo and Wellington, its own receipts,
invoices, pass, memo and bill, its card terminals and apps) and those it makes (a paper maker's, a framer's,
an art supplier's, a carton maker's, the post office's, a taxi operator's, a printer's and an earth-colour
dealer's papers, the banks' transfer pages, a Bank Mitra slip and a spreadsheet, its artists', helpers',
driver's, trainer's and trainees' papers and screens, the land rent, municipal taxes, licence, profession tax,
GI fee, TDS, ESIC and the mela's stall fee, the insurers' receipts, its card at a hotel, a pump, an art
supplier and a restaurant, the power, fibre, gas, DTH and water bills, the banks' SMS, lock-screen, in-app and
e-mail alerts). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, the unit lines, salutations, bills, invoices and works
listed, shipments, expenses, tranches, years, heads, periods, months, workshop and mela days, pieces,
kilometres, rates, shares, advances, discounts, charges, fees, GST and TDS lines, rupee values on the wires,
exchange rates, remitters, balances, due, invoice, cheque, letter, certificate and advance days, licence,
enrolment, member, booking, article, consumer, account, policy, proposal, holding, khata, plot, sanction, job,
VC, vendor and employer numbers, TAN, BSR code, CIN, UETR, GSTIN, IFSC, PAN, MID, TID, batch and STAN numbers,
UPI IDs, the payer's own details, the lock screen's other cards, the chats' messages and the spreadsheet's
file name carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page``, ``paper_page`` and ``phone_page`` heldout140's; ``right`` heldout152's; ``gstin`` heldout127's;
``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``Page`` and its messages app
heldout106's; ``sign`` heldout93's; ``num`` heldout82's. ``compose`` is heldout158's (as heldout267's), each
page's rows drawn by ``_render``: heldout14's renderer, then this set's own rows in the lines it leaves for
them (cells at set places: ruled, lined, on zebra stripes, a key column on a tint, a heading filled with the
issuer's colour, ledger columns, bold, fixed-width or in a hand; a hand's fill-ins; sums on tinted strips;
pills; large round marks; logo discs; QR codes; barcodes; signatures; a thumb's impression; steps left to
right and trails top to bottom; Devanagari lines; cards), the sheet it is printed on (a notebook's ruling,
green-bar stationery, a thermal roll's torn edges, a carbon copy), a watermark, a dialog over a dimmed page, a
rectangular stamp and a round seal; a lock screen's notifications, a UPI app's chat with a person and a
spreadsheet's window are drawn from their data. The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageChops, ImageDraw

from bench.receipt_sets import heldout14_render, heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets.heldout14_render import SCALE, load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import (
    AMBER,
    BANK_RANK,
    GREEN,
    MARGIN,
    ORDER_RANK,
    RED,
    TXN_RANK,
    UTR_RANK,
    Page,
)
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, paper, screen
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout127_families import gstin
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}

FULL = "Sohrai Khovar Kalakar Swavalambi Sahkari Samiti Ltd"
SAMITI = "Sohrai Khovar Kalakar Samiti"
SAMITI_CAPS = "SOHRAI KHOVAR KALAKAR SAMITI"
# the registered name as a payer's bank or UPI app cuts it
SAMITI_CUT = "SOHRAI KHOVAR KALAKAR SWAV"
STUDIO = "Kohbar Chitrashala"
KENDRA = "Isko Sohrai Prashikshan Kendra"
SHOP = "Khovar Haat"
SHOP_CAPS = "KHOVAR HAAT"
REGD = "Regd. No. 214/HZB/2014 (Jharkhand Self Supporting Co-operative Societies Act, 1996)"
OFFICE = "Matwari, Hazaribagh, Jharkhand - 825301"
# unit: what it does, its address (Jharkhand's GST state code is 20)
UNITS = {
    "studio": (
        "Sohrai and Khovar paintings on paper, cloth and walls",
        "Jorakath, Block Barkagaon, District Hazaribagh - 825311",
    ),
    "kendra": (
        "Sohrai and Khovar workshops for schools, colleges and companies",
        "Isko, Block Barkagaon, District Hazaribagh - 825311",
    ),
    "shop": ("Sohrai Khovar paintings, murals and gifts", "12, Kutchery Road, Ranchi - 834001"),
}
# the Surajkund International Crafts Mela, Faridabad, 2026: 7 to 22 February
MELA_START = dt.date(2026, 2, 7)
BANKS = [
    "State Bank of India",
    "Bank of India",
    "Jharkhand Rajya Gramin Bank",
    "Union Bank of India",
    "Punjab National Bank",
    "Canara Bank",
    "Indian Bank",
    "UCO Bank",
    "Central Bank of India",
    "Bandhan Bank",
    "ICICI Bank",
    "Axis Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of India": "BKID",
    "Union Bank of India": "UBIN",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Indian Bank": "IDIB",
    "UCO Bank": "UCBA",
    "Central Bank of India": "CBIN",
    "Bandhan Bank": "BDBL",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "IDBI Bank": "IBKL",
    "HDFC Bank": "HDFC",
    "Bank of Baroda": "BARB",
}
# the paintings: name, price (low, high)
PAINTINGS = [
    ("Sohrai - Pashupati and the cattle, paper, 30 x 22 in", 3800, 8200),
    ("Khovar - comb-cut elephants, cloth, 36 x 24 in", 5200, 12500),
    ("Sohrai - peacocks and lotus, handmade paper, 22 x 15 in", 1600, 3400),
    ("Khovar - the marriage chamber, canvas, 48 x 30 in", 9500, 21000),
    ("Sohrai - deer in the forest, paper, 15 x 11 in", 850, 1800),
    ("Khovar - fish and birds, cloth, 24 x 18 in", 2900, 6200),
    ("Sohrai - harvest procession, scroll, 60 x 12 in", 6800, 14500),
    ("Set of 4 coasters, earth colours on wood", 650, 1200),
]
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Bank of India": "BOI",
    "Jharkhand Rajya Gramin Bank": "JRGB",
    "Union Bank of India": "Union Bank",
    "Punjab National Bank": "PNB",
    "Canara Bank": "Canara Bank",
    "Indian Bank": "Indian Bank",
    "UCO Bank": "UCO Bank",
    "Central Bank of India": "Central Bank",
    "Bandhan Bank": "Bandhan Bank",
    "ICICI Bank": "ICICI Bank",
    "Axis Bank": "Axis Bank",
}
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%d-%b-%Y",
    "{d} %b %Y",
    "%d %B %Y",
    "%b {d}, %Y",
    "{d}/{m}/%y",
]


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def move(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the mela's), its UPI / IMPS reference made again for that day."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def phone(rng: random.Random) -> str:
    return f"{rng.choice('6789')}{digits(rng, 9)}"


def hour24(rng: random.Random, seconds: bool = False) -> str:
    return hhmm(rng, twelve=False, seconds=seconds)


def day_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ")) -> str:
    """A day in one of ``pats`` and an hour after it."""
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, zero=rng.random() < 0.5)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def ours(rng: random.Random) -> str:
    return rng.choice([SAMITI, SAMITI_CAPS, FULL])


# ---------------------------------------------------------------- faces


def bold_of(font: str) -> str:
    """The bold face of ``font``'s family (the face itself where the family has none here)."""
    folder, name = font.split("/")
    stem = name[:-4]
    for cand in (
        stem.replace("-Regular", "-Bold"),
        stem.replace("-Italic", "-BoldItalic"),
        stem + "-Bold",
        stem + "Bold",
        stem.replace("Oblique", "BoldOblique"),
    ):
        path = f"{folder}/{cand}.ttf"
        if cand != stem and _exists(path):
            return path
    return font


def _exists(path: str) -> bool:
    try:
        load_font(path, 12)
    except OSError:
        return False
    return True


DEVA = "noto/NotoSansDevanagari-Regular.ttf"
DEVA_BOLD = "noto/NotoSansDevanagari-Bold.ttf"
MONO_FACES = ["dejavu/DejaVuSansMono.ttf", "liberation2/LiberationMono-Regular.ttf", "freefont/FreeMono.ttf"]
PENS = [
    "liberation/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "liberation/LiberationSans-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
]


# ---------------------------------------------------------------- this set's rows


def extra(p: Screen) -> dict:
    return p.style.setdefault(
        "h268",
        {
            "grids": {},
            "scale": {},
            "flags": {},
            "faces": {},
            "pen": {},
            "groups": {},
            "boxes": [],
        },
    )


def grid(
    p: Screen,
    kind: str,
    spec: list[tuple[float, float, str]],
    *,
    flags: tuple[str, ...] = (),
    scale: float = 1.0,
    group: str = "",
    pen: bool | tuple[int, ...] = False,
    face: str | None = None,
    bold: tuple[int, ...] = (),
) -> None:
    """Name a row kind of this page whose cells sit in ``spec``'s spans (from, to, as shares of the room, and
    the cell's alignment: "l", "r" or "c"). ``flags``: "head" (a table's heading: its cells in the label ink,
    a rule under it), "fill" (a heading on a filled bar of the page's accent, its cells white), "soft" (the
    label ink), "ruled" (a line round every cell), "lined" (a hairline under the row), "zebra" (every other
    row of the kind on a tint), "key" (the first cell on a tint, a label column), "vrule" (a line between
    the cells, a ledger's columns). ``bold``: the cells drawn in the face's bold; ``face``: the row in another
    face (a mono on a dot-matrix print); ``pen``: the cells a hand writes; ``scale``: against the body's size;
    the kinds of one ``group`` shrink together where a row would not fit."""
    x = extra(p)
    x["grids"][kind] = [list(cell) for cell in spec]
    x["flags"][kind] = list(flags)
    if face:
        x["faces"][kind] = face
    if bold:
        x.setdefault("bold", {})[kind] = list(bold)
    if scale != 1.0:
        x["scale"][kind] = scale
    mates = [other for other, name in x["groups"].items() if name == (group or kind) and other != kind]
    if mates and scale == 1.0:
        x["scale"][kind] = x["scale"].get(mates[0], 1.0)
    x["groups"][kind] = group or kind
    if pen:
        pen_face(p)
        x["pen"][kind] = list(range(len(spec))) if pen is True else list(pen)


def cell_face(p: Screen, kind: str, n: int):
    """The face of cell ``n`` of ``kind`` and its path."""
    x = extra(p)
    scale = x["scale"].get(kind, 1.0)
    if n in x["pen"].get(kind, []):
        path = x["pen_face"]
        return load_font(path, int(p.style["size"] * 1.05 * scale)), path
    path = x["faces"].get(kind, p.font)
    if n in x.get("bold", {}).get(kind, []):
        path = bold_of(path)
    return load_font(path, int(p.style["size"] * scale)), path


def cells_fit(p: Screen, kind: str, cells: list[str]) -> bool:
    x = extra(p)
    spec = x["grids"][kind]
    room = p.style["width"] - 2 * MARGIN
    flags = x["flags"][kind]
    pad = 14 if ("ruled" in flags or "key" in flags or "fill" in flags) else 10
    for n, (text, (lo, hi, _)) in enumerate(zip(cells, spec)):
        face, path = cell_face(p, kind, n)
        assert glyphs(path, text), (path, text)
        if face.getlength(text) > (hi - lo) * room - pad:
            return False
    return True


def row(p: Screen, kind: str, *cells: str, **facts) -> None:
    """A row of ``kind``'s cells (each checked against its room; the kind's group shrunk a step at a time, to
    three quarters of the body's size at most, where a cell would not fit)."""
    x = extra(p)
    assert len(cells) == len(x["grids"][kind]), (kind, cells)
    group = x["groups"].get(kind, kind)
    while not cells_fit(p, kind, list(cells)) and x["scale"].get(kind, 1.0) > 0.76:
        for other, name in x["groups"].items():
            if name == group:
                x["scale"][other] = round(x["scale"].get(other, 1.0) - 0.04, 2)
    assert cells_fit(p, kind, list(cells)), (p.font, kind, cells)
    raw(p, kind, *cells, **facts)


def raw(p: Screen, kind: str, *texts: str, **facts) -> None:
    """A row of this set's own kind (its texts checked by the helper that drew it up)."""
    p.rows.append((kind, *texts))
    p.tags.append((p.part, facts))


def table(
    p: Screen,
    name: str,
    spec: list[tuple[float, float, str]],
    head: list[str] | None,
    rows: list,
    *,
    head_flags: tuple[str, ...] = ("head",),
    flags: tuple[str, ...] = (),
    bold: tuple[int, ...] = (),
    face: str | None = None,
) -> None:
    """A table: its heading (none where ``head`` is None) and its rows (each its cells and their facts),
    shrunk together to fit; a row whose cells start with "=" is drawn in bold (a total)."""
    grid(p, f"{name}h", spec, flags=head_flags, group=name, bold=tuple(range(len(spec))), face=face)
    grid(p, f"{name}r", spec, flags=flags, group=name, bold=bold, face=face)
    grid(
        p,
        f"{name}t",
        spec,
        flags=tuple(f for f in flags if f != "zebra") + ("top",),
        group=name,
        bold=tuple(range(len(spec))),
        face=face,
    )
    x = extra(p)
    plain = [[c.lstrip("=") for c in cells] for cells, _ in rows]
    for cells in ([head] if head else []) + plain:
        while not cells_fit(p, f"{name}t", cells) and x["scale"].get(f"{name}r", 1.0) > 0.76:
            for kind in (f"{name}h", f"{name}r", f"{name}t"):
                x["scale"][kind] = round(x["scale"].get(kind, 1.0) - 0.04, 2)
    if head:
        row(p, f"{name}h", *head)
    for cells, facts in rows:
        total = bool(cells) and cells[0].startswith("=")
        row(p, f"{name}t" if total else f"{name}r", *[c.lstrip("=") for c in cells], **facts)


def label(p: Screen, text: str, align: str = "l", **facts) -> None:
    """A line small in the label ink (a label over its value), at the left, the centre or the right."""
    kind = {"l": "lab", "c": "labc", "r": "labr"}[align]
    if kind not in extra(p)["grids"]:
        grid(p, kind, [(0.0, 1.0, align)], flags=("soft",), scale=0.8)
    row(p, kind, text, **facts)


def strong(p: Screen, text: str, align: str = "l", scale: float = 1.0, **facts) -> None:
    """A line in the face's bold (at the left, the centre or the right)."""
    kind = f"bold{align}{int(scale * 100)}"
    if kind not in extra(p)["grids"]:
        grid(p, kind, [(0.0, 1.0, align)], scale=scale, bold=(0,))
    x = extra(p)
    face, _ = cell_face(p, kind, 0)
    if face.getlength(text) > p.style["width"] - 2 * MARGIN - 10:
        words = wrap(p, kind, 0, text)
        row(p, kind, words[0], **facts)
        for more in words[1:]:
            row(p, kind, more)
        return
    assert x
    row(p, kind, text, **facts)


def wrap(p: Screen, kind: str, cell: int, text: str, indent: str = "") -> list[str]:
    """``text`` in lines that fit cell ``cell`` of ``kind``, each after ``indent``."""
    spec = extra(p)["grids"][kind][cell]
    face, _ = cell_face(p, kind, cell)
    room = (spec[1] - spec[0]) * (p.style["width"] - 2 * MARGIN) - 16 - face.getlength(indent)
    lines, line = [], ""
    for word in text.split():
        if line and face.getlength(f"{line} {word}") > room:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return [indent + text for text in lines]


def kv(
    p: Screen,
    name: str,
    value: str,
    *,
    at: float = 0.4,
    flags: tuple[str, ...] = ("key", "ruled"),
    tag: str = "kv",
    **facts,
) -> None:
    """A two-column row of a label and its value (on a key column's tint, ruled round, by default); the
    value's words carried to rows under it where they do not fit."""
    kind = f"{tag}{int(at * 100)}"
    if kind not in extra(p)["grids"]:
        grid(p, kind, [(0.0, at, "l"), (at, 1.0, "l")], flags=flags, group=tag)
    lines = wrap(p, kind, 1, value)
    row(p, kind, name, lines[0], **facts)
    for more in lines[1:]:
        row(p, kind, "", more)


def tiles(p: Screen, pairs: list[tuple[str, str, dict]], *, per: int = 2, tag: str = "tl") -> None:
    """Fields ``per`` to a row, each label small over its value (the label row in the label ink)."""
    span = 1.0 / per
    spec = [(i * span, (i + 1) * span, "l") for i in range(per)]
    if f"{tag}l" not in extra(p)["grids"]:
        grid(p, f"{tag}l", spec, flags=("soft",), scale=0.78, group=f"{tag}l")
        grid(p, f"{tag}v", spec, group=f"{tag}v", bold=tuple(range(per)))
    for at in range(0, len(pairs), per):
        chunk = pairs[at : at + per]
        chunk = chunk + [("", "", {})] * (per - len(chunk))
        row(p, f"{tag}l", *[c[0] for c in chunk])
        facts: dict = {}
        for c in chunk:
            for key, value in c[2].items():
                if key == "txn" and "txn" in facts and facts["txn"][0] >= value[0]:
                    continue
                facts[key] = value
        row(p, f"{tag}v", *[c[1] for c in chunk], **facts)


def pen_face(p: Screen) -> str:
    """The face a hand writes the page's blanks in (an italic), chosen once a page."""
    x = extra(p)
    if "pen_face" not in x:
        x["pen_face"] = p.rng.choice(PENS)
        x["pen_ink"] = p.rng.choice([(24, 52, 150), (20, 30, 110), (30, 30, 40), (22, 70, 150)])
    return x["pen_face"]


def hand(p: Screen, text: str, indent: float = 0.0, **facts) -> None:
    """A line written by hand (in the pen's italic and ink) from ``indent`` of the room."""
    kind = f"hand{int(indent * 100)}"
    if kind not in extra(p)["grids"]:
        grid(p, kind, [(indent, 1.0, "l")], pen=True)
    lines = wrap(p, kind, 0, text)
    row(p, kind, lines[0], **facts)
    for more in lines[1:]:
        row(p, kind, more)


def fill(p: Screen, *parts: str, **facts) -> None:
    """A printed form's line filled in by hand: the parts alternate print and hand (the hand's in the pen's
    ink and italic, on a dotted line that runs to the next print or to the right margin)."""
    pen = pen_face(p)
    size = p.style["size"]
    printed, written = load_font(p.font, size), load_font(pen, int(size * 1.08))
    used = 0.0
    for i, part in enumerate(parts):
        if i % 2:
            assert glyphs(pen, part), (pen, part)
            used += written.getlength(part) + 30
        else:
            assert glyphs(p.font, part), (p.font, part)
            used += printed.getlength(part) + 10
    assert used <= p.style["width"] - 2 * MARGIN, (p.font, pen, parts)
    raw(p, "fill", *parts, **facts)


def band(p: Screen, name: str, value: str, **facts) -> None:
    """A full-width strip on a tint: a label at the left, a value (a sum) in bold at the right."""
    face = load_font(p.font, p.style["size"])
    big = load_font(bold_of(p.font), int(p.style["size"] * 1.12))
    assert glyphs(p.font, name) and glyphs(bold_of(p.font), value), (name, value)
    assert face.getlength(name) + big.getlength(value) + 40 <= p.style["width"] - 2 * MARGIN, (name, value)
    extra(p)
    raw(p, "band", name, value, **facts)


def chip(p: Screen, text: str, status: str, align: str = "c") -> None:
    """The outcome in a filled pill of its colour (centred, or at the left)."""
    face = load_font(p.font, int(p.style["size"] * 0.9))
    assert glyphs(p.font, text) and face.getlength(text) + 40 <= p.style["width"] - 2 * MARGIN, text
    raw(p, f"chip{align}", text, status=status)
    extra(p).setdefault("chips", {})[str(len(p.rows) - 1)] = list(TONE[status])
    p.accent(TONE[status])


def icon(p: Screen, shape: str, status: str | None = None) -> None:
    """A large round mark centred over the outcome: a tick, a cross or a clock's hands (three rows high)."""
    extra(p)
    facts = {"status": status} if status else {}
    raw(p, "icon", shape, **facts)
    p.add("gap")
    p.add("gap")


def logo(p: Screen, initials: str, name: str, tint: tuple[int, int, int], **facts) -> None:
    """A disc of the issuer's colour with its initials, its name in bold beside it."""
    big = load_font(bold_of(p.font), int(p.style["size"] * 1.2))
    assert glyphs(bold_of(p.font), name + initials), name
    assert big.getlength(name) + 70 <= p.style["width"] - 2 * MARGIN, name
    extra(p).setdefault("tints", {})[str(len(p.rows))] = list(tint)
    raw(p, "logo", initials, name, **facts)


def qr(p: Screen, align: str = "c", rows_high: int = 4) -> None:
    """A QR code's square (its modules drawn from the page's stream), ``rows_high`` rows high."""
    extra(p)
    raw(p, "qr", align, str(p.rng.randrange(10**9)), str(rows_high))
    for _ in range(rows_high - 1):
        p.add("gap")


def bars(p: Screen, caption: str = "") -> None:
    """A barcode's bars centred, with its caption (no fact) under it."""
    extra(p)
    raw(p, "bars", str(p.rng.randrange(10**9)))
    p.add("gap")
    if caption:
        p.add("small", caption)


def squiggle(p: Screen, align: str = "r") -> None:
    """A signature's stroke in the pen's ink (two rows high)."""
    pen_face(p)
    raw(p, "sig", align, str(p.rng.randrange(10**9)))
    p.add("gap")


def thumb(p: Screen) -> None:
    """A left thumb's impression in violet ink at the right (three rows high)."""
    extra(p)
    raw(p, "thumb", str(p.rng.randrange(10**9)))
    p.add("gap")
    p.add("gap")


def hsteps(p: Screen, steps: list[str], done: int, state: str = "done") -> None:
    """A payment's progress left to right: a dot for each step (the first ``done`` filled, the next in
    ``state``'s colour where it waits or failed), a line between, each step's name under its dot."""
    face = load_font(p.font, int(p.style["size"] * 0.72))
    room = p.style["width"] - 2 * MARGIN
    for text in steps:
        assert glyphs(p.font, text) and face.getlength(text) <= room / len(steps) - 4, text
    extra(p)
    raw(p, "hsteps", "|".join(steps), str(done), state)
    p.add("gap")


def deva(p: Screen, text: str, scale: float = 1.0, boldface: bool = False) -> None:
    """A line in Devanagari, centred (Noto Sans Devanagari)."""
    face_path = DEVA_BOLD if boldface else DEVA
    face = load_font(face_path, int(p.style["size"] * scale))
    assert glyphs(face_path, text.replace(" ", "")), text
    assert face.getlength(text) <= p.style["width"] - 2 * MARGIN, text
    extra(p)
    raw(p, "deva", text, str(scale), "b" if boldface else "")


def box_from(p: Screen) -> int:
    return len(p.rows)


def box_to(p: Screen, start: int, radius: int = 14, tint: bool = False) -> None:
    """A box round the rows added since ``start``: rounded (a card) or square (``radius`` 0); on a tint where
    asked."""
    extra(p)["boxes"].append([start, len(p.rows) - 1, radius, int(tint)])


def rubber(p: Screen, lines: list[str], colour: str = "red") -> None:
    """A rectangular rubber stamp (two rules round its lines) tilted at the foot, room made for it."""
    need = 30 * len(lines) + 80
    for _ in range(int(need / (p.style["size"] * 1.55)) + 1):
        p.add("gap")
    for text in lines:
        assert glyphs(bold_of(p.font), text), (p.font, text)
    extra(p)["stamp"] = {
        "lines": lines,
        "ink": STAMP_INKS[colour],
        "angle": p.rng.uniform(-12, 12),
        "at": p.rng.uniform(0.3, 0.7),
    }


STAMP_INKS = {
    "red": (186, 40, 48, 185),
    "blue": (40, 70, 170, 185),
    "violet": (110, 50, 150, 180),
    "green": (30, 120, 70, 185),
}


def seal(p: Screen, ring: str, middle: list[str], colour: str = "violet") -> None:
    """A round rubber seal (the ring's words round its edge, the middle lines across), at the right of the
    rows added for it."""
    for text in [ring] + middle:
        assert glyphs(bold_of(p.font), text), text
    rows_high = math.ceil(172 / int(p.style["size"] * 1.55))
    for _ in range(rows_high):
        p.add("gap")
    extra(p)["seal"] = {
        "ring": ring,
        "middle": middle,
        "ink": STAMP_INKS[colour],
        "angle": p.rng.uniform(-25, 25),
        "row": len(p.rows) - rows_high,
        "rows": rows_high,
        "x": p.rng.uniform(0.62, 0.78),
    }


def watermark(p: Screen, text: str) -> None:
    """A word large and faint across the page, on the slant."""
    extra(p)["watermark"] = {"text": text, "angle": p.rng.uniform(24, 36)}


def sheet(p: Screen, kind: str) -> None:
    """The paper the page is printed or written on: "ruled" (a notebook's blue lines and red margin),
    "greenbar" (continuous stationery: pale green bands, the tractor holes at its edges), "roll" (a thermal
    roll's torn zigzag edges), "carbon" (a carbon copy's blue on a pink duplicate leaf)."""
    extra(p)["paper"] = kind
    if kind == "carbon":
        p.style.update(
            {
                "paper": (250, 232, 236),
                "ink": (40, 50, 140),
                "label_ink": (70, 80, 160),
                "accent": (40, 50, 140),
            }
        )
        x = extra(p)
        x["pen_face"] = pen_face(p)
        x["pen_ink"] = (40, 50, 140)
    if kind == "ruled":
        p.style.update({"paper": (252, 252, 246), "ink": (40, 40, 60), "label_ink": (70, 70, 90)})


def modal(p: Screen, start: int) -> None:
    """The rows from ``start`` as a dialog over the page, the rest of the page dimmed behind it."""
    extra(p)["modal"] = [start, len(p.rows) - 1]


# ---------------------------------------------------------------- drawing


def tint(style: dict, depth: int = 16, blue: int = 0) -> tuple[int, int, int]:
    """The paper a little darker (a table heading's, a zebra row's or a key column's tint)."""
    r, g, b = style.get("paper", (255, 255, 255))
    return (max(0, r - depth - blue), max(0, g - depth), max(0, b - depth + blue))


def _tops(rows: list[tuple], font: str, style: dict) -> tuple[list[int], list[int]]:
    """Each row's top and height as ``heldout14_render.render`` lays them out."""
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    line = int(size * 1.55)
    pair_face = load_font(font, int(size * SCALE["pair"]))
    tops, heights = [], []
    y = MARGIN
    for r in rows:
        tops.append(y)
        kind = r[0]
        step_h = int(line * SCALE.get(kind, 1.0)) if kind != "pair" else line
        if kind == "pair" and pair_face.getlength(r[1]) + pair_face.getlength(r[2]) + 24 > room:
            step_h *= 2
        heights.append(step_h)
        y += step_h
    return tops, heights


def _underlay(page: Image.Image, font: str, style: dict, tops: list[int], heights: list[int]) -> Image.Image:
    """What lies under the printed text, multiplied in: a green-bar sheet's bands, tinted cards, a
    watermark."""
    x = style["h268"]
    width, size = page.size[0], style.get("size", 22)
    line = int(size * 1.55)
    layer = Image.new("RGB", page.size, (255, 255, 255))
    draw = ImageDraw.Draw(layer)
    if x.get("paper") == "greenbar":
        y = MARGIN - 6
        n = 0
        while y < page.size[1]:
            if n % 2 == 0:
                draw.rectangle((26, y, width - 26, y + 2 * line), fill=(214, 236, 214))
            y += 2 * line
            n += 1
    for start, end, radius, tinted in x["boxes"]:
        if not tinted:
            continue
        y0 = tops[start] - int(size * 0.45)
        y1 = tops[end] + max(heights[end], int(line * 0.9)) + int(size * 0.1)
        draw.rounded_rectangle(
            (MARGIN - 14, y0, width - MARGIN + 14, y1), radius=max(radius, 1), fill=(236, 240, 246)
        )
    mark = x.get("watermark")
    if mark:
        face = load_font(bold_of(font), int(width * 0.16))
        tw = face.getlength(mark["text"])
        text = Image.new("L", (int(tw) + 40, int(width * 0.22)), 0)
        ImageDraw.Draw(text).text((20, 10), mark["text"], font=face, fill=255)
        text = text.rotate(mark["angle"], expand=True, resample=Image.BICUBIC)
        tone = Image.new("RGB", text.size, (228, 228, 232))
        px = (page.size[0] - text.size[0]) // 2
        py = (page.size[1] - text.size[1]) // 2
        layer.paste(tone, (px, py), text)
    return ImageChops.multiply(page, layer)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """``heldout14_render.render``'s page, then this set's rows drawn in the lines it left for them: cells at
    set places (ruled, lined, zebra, key column, filled heading, ledger columns, bold, mono or in a hand),
    a hand's fill-ins, strips, pills, round marks, logos, QR codes, barcodes, signatures, a thumb's
    impression, a progress line, Devanagari lines, cards; the sheet it is printed on (a notebook's ruling, a
    green-bar sheet, a thermal roll's torn edges, a carbon copy), a watermark, a dialog over a dimmed page,
    a rectangular stamp and a round seal."""
    page = heldout14_render.render(rows, font, style)
    x = style.get("h268")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    line = int(size * 1.55)
    tops, heights = _tops(rows, font, style)
    page = _underlay(page, font, style, tops, heights)
    draw = ImageDraw.Draw(page)
    body = load_font(font, size)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_rgb = tuple(style.get("paper", (255, 255, 255)))
    lift = int(size * 0.24)
    if x.get("paper") == "ruled":
        for y in range(MARGIN + line - lift, page.size[1] - 6, line):
            draw.line((0, y, width, y), fill=(150, 180, 222), width=1)
        draw.line((MARGIN - 12, 0, MARGIN - 12, page.size[1]), fill=(222, 110, 110), width=1)
        draw.line((MARGIN - 8, 0, MARGIN - 8, page.size[1]), fill=(222, 110, 110), width=1)
    for start, end, radius, _ in x["boxes"]:
        y0 = tops[start] - int(size * (0.45 if radius else 0.3))
        y1 = tops[end] + max(heights[end], int(line * 0.9)) + int(size * 0.1)
        if radius:
            draw.rounded_rectangle(
                (MARGIN - 14, y0, width - MARGIN + 14, y1), radius=radius, outline=soft, width=2
            )
        else:
            draw.rectangle((MARGIN - 8, y0, width - MARGIN + 8, y1), outline=ink, width=1)
    parity: dict[str, int] = {}
    last_kind = ""
    for i, r in enumerate(rows):
        kind, y = r[0], tops[i]
        spec = x["grids"].get(kind)
        if kind != last_kind:
            parity[kind] = 0
        last_kind = kind
        if spec:
            _cells(draw, x, r, spec, y, style, font, parity)
            parity[kind] = parity.get(kind, 0) + 1
        elif kind == "fill":
            _fill_row(draw, x, r, y, width, size, body, ink, soft)
        elif kind == "band":
            big = load_font(bold_of(font), int(size * 1.12))
            accent = tuple(x.get("brand", style.get("accent", ink)))
            shade = tuple(int(c * 0.12 + p * 0.88) for c, p in zip(accent, paper_rgb))
            draw.rounded_rectangle(
                (MARGIN - 10, y - 2, width - MARGIN + 10, y + line - 2), radius=6, fill=shade
            )
            draw.text((MARGIN + 4, y + lift), r[1], font=body, fill=ink)
            draw.text(
                (width - MARGIN - 4 - draw.textlength(r[2], font=big), y + lift - int(size * 0.08)),
                r[2],
                font=big,
                fill=ink,
            )
        elif kind in ("chipc", "chipl"):
            face = load_font(font, int(size * 0.9))
            w_text = draw.textlength(r[1], font=face)
            colour = tuple(x.get("chips", {}).get(str(i), GREEN))
            x0 = (width - w_text) / 2 - 18 if kind == "chipc" else MARGIN
            draw.rounded_rectangle((x0, y - 3, x0 + w_text + 36, y + int(size * 1.2)), radius=14, fill=colour)
            draw.text((x0 + 18, y), r[1], font=face, fill=(255, 255, 255))
        elif kind == "icon":
            _icon(draw, r[1], width / 2, y + 1.5 * line, 1.15 * line)
        elif kind == "logo":
            colour = tuple(x.get("tints", {}).get(str(i), (60, 60, 70)))
            d = int(line * 1.15)
            draw.ellipse((MARGIN, y - lift - 2, MARGIN + d, y - lift - 2 + d), fill=colour)
            small = load_font(bold_of(font), int(size * (0.8 if len(r[1]) < 3 else 0.62)))
            tw = draw.textlength(r[1], font=small)
            draw.text(
                (MARGIN + (d - tw) / 2, y - lift - 2 + d / 2 - size * 0.45),
                r[1],
                font=small,
                fill=(255, 255, 255),
            )
            big = load_font(bold_of(font), int(size * 1.2))
            draw.text((MARGIN + d + 14, y - lift + 2), r[2], font=big, fill=ink)
        elif kind == "qr":
            _qr(draw, r, y, width, line, ink)
        elif kind == "bars":
            _bars(draw, int(r[1]), y, width, line, ink)
        elif kind == "sig":
            _signature(draw, r, y, width, line, tuple(x.get("pen_ink", (20, 30, 110))))
        elif kind == "thumb":
            _thumb(draw, int(r[1]), width - MARGIN - 60, y + line * 1.4, line)
        elif kind == "hsteps":
            _hsteps(draw, r, y, width, size, font, ink, soft)
        elif kind.startswith("step_"):
            state = kind[5:]
            cx, cy = MARGIN + 10, y + size // 2 + 2
            colour = {"done": GREEN, "wait": AMBER, "todo": soft, "fail": RED}[state]
            if i + 1 < len(rows) and rows[i + 1][0].startswith("step_"):
                draw.line((cx, cy + 9, cx, tops[i + 1] + size // 2 - 7), fill=soft, width=2)
            if state in ("done", "fail"):
                draw.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), fill=colour)
            elif state == "wait":
                draw.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), outline=colour, width=3)
            else:
                draw.ellipse((cx - 7, cy - 7, cx + 7, cy + 7), outline=colour, width=2)
            draw.text((MARGIN + 34, y), r[1], font=body, fill=ink if state != "todo" else soft)
        elif kind == "deva":
            face = load_font(DEVA_BOLD if r[3] else DEVA, int(size * float(r[2])))
            tw = draw.textlength(r[1], font=face)
            draw.text(((width - tw) / 2, y - int(size * 0.25)), r[1], font=face, fill=ink)
    kind_of_paper = x.get("paper")
    if kind_of_paper == "greenbar":
        for yy in range(MARGIN, page.size[1] - 10, 40):
            for cx in (12, width - 12):
                draw.ellipse((cx - 5, yy - 5, cx + 5, yy + 5), fill=(205, 205, 200), outline=(170, 170, 165))
        draw.line((26, 0, 26, page.size[1]), fill=(200, 200, 196), width=1)
        draw.line((width - 26, 0, width - 26, page.size[1]), fill=(200, 200, 196), width=1)
    if x.get("modal"):
        page = _dim(page, tops, heights, x["modal"], width, size)
        draw = ImageDraw.Draw(page)
    if x.get("stamp"):
        page = _rubber(page, font, x["stamp"])
    if x.get("seal"):
        s = x["seal"]
        page = _seal(page, font, s, int(width * s["x"]), tops[s["row"]] + line * s["rows"] // 2)
    if kind_of_paper == "roll":
        page = _torn(page)
    return page


def _cells(draw, x: dict, r: tuple, spec: list, y: int, style: dict, font: str, parity: dict) -> None:
    kind = r[0]
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    line = int(size * 1.55)
    lift = int(size * 0.24)
    flags = x["flags"].get(kind, [])
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    scale = x["scale"].get(kind, 1.0)
    hand = x["pen"].get(kind, [])
    bold = x.get("bold", {}).get(kind, [])
    path = x["faces"].get(kind, font)
    printed = load_font(path, int(size * scale))
    heavy = load_font(bold_of(path), int(size * scale))
    pen = load_font(x["pen_face"], int(size * 1.05 * scale)) if hand else None
    boxed = "ruled" in flags
    head = "head" in flags
    filled = "fill" in flags
    faint = (head and not boxed) or "soft" in flags
    inset = 7 if (boxed or filled or "key" in flags or "vrule" in flags) else 0
    y0, y1 = y - lift, y + line - lift
    if filled:
        brand = tuple(x.get("brand", (60, 64, 80)))
        draw.rectangle((MARGIN, y0, width - MARGIN, y1), fill=brand)
    if "zebra" in flags and parity.get(kind, 0) % 2 == 1:
        draw.rectangle((MARGIN, y0, width - MARGIN, y1), fill=tint(style, 12, 3))
    if "key" in flags:
        lo, hi, _ = spec[0]
        draw.rectangle((MARGIN + lo * room, y0, MARGIN + hi * room, y1), fill=tint(style, 16, 4))
    if "top" in flags:
        draw.line((MARGIN, y0 + 1, width - MARGIN, y0 + 1), fill=ink, width=1)
    for n, (text, (lo, hi, align)) in enumerate(zip(r[1:], spec)):
        face = pen if n in hand else heavy if n in bold else printed
        cell_ink = tuple(x["pen_ink"]) if n in hand else ink
        if filled:
            cell_ink = (255, 255, 255)
        elif faint:
            cell_ink = soft
        left, right_edge = MARGIN + lo * room, MARGIN + hi * room
        if boxed:
            if head:
                draw.rectangle((left, y0, right_edge, y1), fill=tint(style, 18))
            draw.rectangle((left, y0, right_edge, y1), outline=ink, width=1)
        if "vrule" in flags and n > 0:
            draw.line((left, y0, left, y1), fill=soft, width=1)
        pad = inset
        if not inset and align == "r" and n < len(spec) - 1:
            pad = 12
        elif not inset and align == "l" and n > 0:
            pad = 6
        tx = left + pad
        if align == "r":
            tx = right_edge - pad - draw.textlength(text, font=face)
        elif align == "c":
            tx = (left + right_edge) / 2 - draw.textlength(text, font=face) / 2
        draw.text((tx, y - (int(size * 0.08) if n in hand else 0)), text, font=face, fill=cell_ink)
    if head and not boxed and not filled:
        draw.line((MARGIN, y1 - 1, width - MARGIN, y1 - 1), fill=soft, width=1)
    if "lined" in flags:
        draw.line((MARGIN, y1, width - MARGIN, y1), fill=tint(style, 40), width=1)


def _fill_row(draw, x: dict, r: tuple, y: int, width: int, size: int, body, ink, soft) -> None:
    pen = load_font(x["pen_face"], int(size * 1.08))
    pen_ink = tuple(x["pen_ink"])
    cx = MARGIN
    parts = r[1:]
    for n, part in enumerate(parts):
        if n % 2 == 0:
            draw.text((cx, y), part, font=body, fill=ink)
            cx += draw.textlength(part, font=body) + 10
            continue
        span = draw.textlength(part, font=pen) + 30
        end = width - MARGIN if n == len(parts) - 1 else cx + span
        dot_y = y + int(size * 1.12)
        dx = cx
        while dx < end:
            draw.line((dx, dot_y, dx + 3, dot_y), fill=soft, width=1)
            dx += 6
        draw.text((cx + 12, y - int(size * 0.12)), part, font=pen, fill=pen_ink)
        cx = end + 10


def _icon(draw, shape: str, cx: float, cy: float, radius: float) -> None:
    colour = {"tick": GREEN, "cross": RED, "clock": AMBER}[shape]
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=colour)
    white = (255, 255, 255)
    w = max(4, int(radius / 6))
    if shape == "tick":
        draw.line(
            (
                cx - radius * 0.45,
                cy + radius * 0.02,
                cx - radius * 0.12,
                cy + radius * 0.36,
                cx + radius * 0.5,
                cy - radius * 0.34,
            ),
            fill=white,
            width=w,
            joint="curve",
        )
    elif shape == "cross":
        d = radius * 0.38
        draw.line((cx - d, cy - d, cx + d, cy + d), fill=white, width=w)
        draw.line((cx - d, cy + d, cx + d, cy - d), fill=white, width=w)
    else:
        draw.ellipse(
            (cx - radius * 0.62, cy - radius * 0.62, cx + radius * 0.62, cy + radius * 0.62),
            outline=white,
            width=max(3, w - 2),
        )
        draw.line((cx, cy, cx, cy - radius * 0.45), fill=white, width=max(3, w - 2))
        draw.line((cx, cy, cx + radius * 0.32, cy + radius * 0.12), fill=white, width=max(3, w - 2))


def _qr(draw, r: tuple, y: int, width: int, line: int, ink) -> None:
    align, seed, high = r[1], int(r[2]), int(r[3])
    stream = random.Random(seed)
    n = 25
    side = high * line - 12
    cell = side // n
    side = cell * n
    x0 = {"c": (width - side) // 2, "r": width - MARGIN - side, "l": MARGIN}[align]
    y0 = y - 4
    for i in range(n):
        for j in range(n):
            finder = any(
                i in range(a, a + 7) and j in range(b, b + 7) for a, b in ((0, 0), (0, n - 7), (n - 7, 0))
            )
            if finder:
                a = 0 if i < 7 else n - 7
                b = 0 if j < 7 else n - 7
                di, dj = i - a, j - b
                on = di in (0, 6) or dj in (0, 6) or (2 <= di <= 4 and 2 <= dj <= 4)
            else:
                on = stream.random() < 0.48
            if on:
                draw.rectangle(
                    (x0 + j * cell, y0 + i * cell, x0 + (j + 1) * cell - 1, y0 + (i + 1) * cell - 1), fill=ink
                )


def _bars(draw, seed: int, y: int, width: int, line: int, ink) -> None:
    stream = random.Random(seed)
    widths = [stream.choice([1, 1, 2, 2, 3]) for _ in range(70)]
    total = sum(widths) + sum(stream.choice([1, 2, 3]) for _ in widths)
    x = (width - total * 1.6) / 2
    for n, w in enumerate(widths):
        gap = stream.choice([1, 2, 3])
        if n % 2 == 0:
            draw.rectangle((x, y - 2, x + w * 1.6 - 1, y + line * 1.55), fill=ink)
        x += (w + gap) * 1.6


def _signature(draw, r: tuple, y: int, width: int, line: int, ink) -> None:
    stream = random.Random(int(r[2]))
    span = 170
    x0 = width - MARGIN - span - 10 if r[1] == "r" else MARGIN + 10
    points = []
    amp = line * stream.uniform(0.35, 0.55)
    freq = stream.uniform(2.5, 4.5)
    for n in range(60):
        t = n / 59
        xx = x0 + span * t + amp * 0.5 * math.sin(t * freq * 7)
        yy = y + line * 0.9 + amp * math.sin(t * freq * 3.1 + stream.uniform(-0.2, 0.2)) * (1 - 0.4 * t)
        points.append((xx, yy))
    draw.line(points, fill=ink, width=2, joint="curve")
    draw.line((x0 + span * 0.1, y + line * 1.45, x0 + span * 0.95, y + line * 1.3), fill=ink, width=2)


def _thumb(draw, seed: int, cx: float, cy: float, line: int) -> None:
    stream = random.Random(seed)
    ink = (92, 60, 140)
    rx, ry = line * 0.78, line * 1.05
    for n in range(11):
        k = 1 - n * 0.085
        tilt = stream.uniform(-4, 4)
        draw.arc(
            (cx - rx * k + tilt, cy - ry * k, cx + rx * k + tilt, cy + ry * k),
            start=stream.uniform(0, 40),
            end=stream.uniform(300, 350),
            fill=ink,
            width=2,
        )


def _hsteps(draw, r: tuple, y: int, width: int, size: int, font: str, ink, soft) -> None:
    steps = r[1].split("|")
    done, state = int(r[2]), r[3]
    room = width - 2 * MARGIN
    n = len(steps)
    small = load_font(font, int(size * 0.72))
    cy = y + size * 0.45
    xs = [MARGIN + room * (i + 0.5) / n for i in range(n)]
    for i in range(n - 1):
        colour = GREEN if i + 1 < done or (i + 1 == done and state == "done") else soft
        draw.line((xs[i] + 10, cy, xs[i + 1] - 10, cy), fill=colour, width=3)
    for i, (cx, text) in enumerate(zip(xs, steps)):
        if i < done:
            draw.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), fill=GREEN)
        elif i == done and state in ("wait", "fail"):
            colour = AMBER if state == "wait" else RED
            draw.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), outline=colour, width=3)
            draw.ellipse((cx - 4, cy - 4, cx + 4, cy + 4), fill=colour)
        else:
            draw.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), outline=soft, width=2)
        tw = draw.textlength(text, font=small)
        draw.text((cx - tw / 2, cy + 16), text, font=small, fill=ink if i <= done else soft)


def _dim(
    page: Image.Image, tops: list[int], heights: list[int], span: list[int], width: int, size: int
) -> Image.Image:
    start, end = span
    y0 = tops[start] - int(size * 0.9)
    y1 = tops[end] + heights[end] + int(size * 0.6)
    dark = Image.new("RGB", page.size, (0, 0, 0))
    out = Image.blend(page, dark, 0.5)
    card = page.crop((MARGIN - 20, y0, width - MARGIN + 20, y1))
    mask = Image.new("L", card.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, card.size[0] - 1, card.size[1] - 1), radius=18, fill=255)
    out.paste(card, (MARGIN - 20, y0), mask)
    return out


def _torn(page: Image.Image) -> Image.Image:
    """A thermal roll's torn edges: a zigzag cut at the top and the foot, the counter's grey behind."""
    w, h = page.size
    out = Image.new("RGB", (w + 40, h + 40), (96, 98, 104))
    out.paste(page, (20, 20))
    draw = ImageDraw.Draw(out)
    tooth = 14
    for x0 in range(20, w + 20, tooth):
        draw.polygon([(x0, 20), (x0 + tooth, 20), (x0 + tooth / 2, 29)], fill=(96, 98, 104))
        draw.polygon([(x0, h + 20), (x0 + tooth, h + 20), (x0 + tooth / 2, h + 11)], fill=(96, 98, 104))
    return out


def _rubber(image: Image.Image, font: str, stamp: dict) -> Image.Image:
    """A rectangular rubber stamp: two rules round its lines, tilted, a little faded."""
    face = load_font(bold_of(font), 22)
    lines = stamp["lines"]
    w = int(max(face.getlength(text) for text in lines)) + 44
    h = 30 * len(lines) + 26
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    ink = tuple(stamp["ink"])
    draw.rectangle((2, 2, w - 3, h - 3), outline=ink, width=3)
    draw.rectangle((8, 8, w - 9, h - 9), outline=ink, width=1)
    y = 14
    for text in lines:
        draw.text(((w - face.getlength(text)) / 2, y), text, font=face, fill=ink)
        y += 30
    layer = layer.rotate(stamp["angle"], expand=True, resample=Image.BICUBIC)
    out = image.convert("RGBA")
    x = int(out.width * stamp["at"] - layer.width / 2)
    y = out.height - layer.height - 16
    out.alpha_composite(layer, (max(0, min(x, out.width - layer.width)), max(0, y)))
    return out.convert("RGB")


def _seal(image: Image.Image, font: str, seal_: dict, cx: int, cy: int) -> Image.Image:
    """A round seal: two rings, the ring's words set round between them, the middle lines across."""
    r = 78
    size = 2 * r + 8
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    ink = tuple(seal_["ink"])
    c = size / 2
    draw.ellipse((c - r, c - r, c + r, c + r), outline=ink, width=3)
    draw.ellipse((c - r + 24, c - r + 24, c + r - 24, c + r - 24), outline=ink, width=1)
    face = load_font(bold_of(font), 13)
    ring = seal_["ring"]
    n = len(ring)
    arc = min(300.0, n * 9.5)
    for i, ch in enumerate(ring):
        angle = -90 - arc / 2 + arc * (i + 0.5) / n
        glyph = Image.new("RGBA", (20, 20), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((10 - face.getlength(ch) / 2, 2), ch, font=face, fill=ink)
        glyph = glyph.rotate(-angle - 90, resample=Image.BICUBIC)
        gx = c + (r - 12) * math.cos(math.radians(angle)) - 10
        gy = c + (r - 12) * math.sin(math.radians(angle)) - 10
        layer.alpha_composite(glyph, (int(gx), int(gy)))
    mid = load_font(bold_of(font), 14)
    lines = seal_["middle"]
    y = c - len(lines) * 9
    for text in lines:
        draw.text((c - mid.getlength(text) / 2, y), text, font=mid, fill=ink)
        y += 18
    layer = layer.rotate(seal_["angle"], resample=Image.BICUBIC)
    out = image.convert("RGBA")
    x0 = max(0, min(cx - size // 2, out.width - size))
    y0 = max(0, min(cy - size // 2, out.height - size))
    out.alpha_composite(layer, (x0, y0))
    return out.convert("RGB")


def _wrap_text(text: str, face, room: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            if line and face.getlength(f"{line} {word}") > room:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    return lines


def _lockscreen(font: str, style: dict) -> Image.Image:
    """A phone's lock screen: the wallpaper, the clock and the phone's day, then the notification cards
    (an app's round icon and name, how long ago, a title in bold, the message's text), the unlock hint."""
    lk = style["h268"]["lock"]
    w = style["width"]
    face = load_font(font, style["size"])
    heavy = load_font(bold_of(font), style["size"])
    small = load_font(font, 15)
    room = w - 2 * 34 - 40
    cards = []
    for note in lk["notes"]:
        lines = _wrap_text(note["text"], face, room)
        cards.append((note, lines, 60 + 30 + len(lines) * int(style["size"] * 1.4) + 18))
    height = 330 + sum(h + 14 for _, _, h in cards) + 120
    top_rgb, bottom_rgb = (tuple(c) for c in lk["wall"])
    canvas = Image.new("RGB", (w, height), top_rgb)
    draw = ImageDraw.Draw(canvas)
    for yy in range(height):
        t = yy / height
        draw.line((0, yy, w, yy), fill=tuple(int(a + (b - a) * t) for a, b in zip(top_rgb, bottom_rgb)))
    white = (246, 246, 250)
    draw.text((24, 10), lk["net"], font=load_font("dejavu/DejaVuSans-Bold.ttf", 15), fill=white)
    draw.rounded_rectangle((w - 58, 12, w - 24, 26), radius=4, outline=white, width=2)
    clock = load_font(font, 92)
    draw.text(((w - clock.getlength(lk["clock"])) / 2, 70), lk["clock"], font=clock, fill=white)
    day_face = load_font(font, 22)
    draw.text(((w - day_face.getlength(lk["day"])) / 2, 190), lk["day"], font=day_face, fill=white)
    y = 300
    for note, lines, h in cards:
        draw.rounded_rectangle((22, y, w - 22, y + h), radius=22, fill=(246, 246, 248))
        draw.ellipse((40, y + 16, 72, y + 48), fill=tuple(note["tint"]))
        draw.text((48, y + 20), note["app"][0], font=load_font(bold_of(font), 18), fill=(255, 255, 255))
        draw.text(
            (84, y + 22),
            f"{note['app']}  \u00b7  {note['ago']}"
            if glyphs(font, "\u00b7")
            else f"{note['app']}  -  {note['ago']}",
            font=small,
            fill=(96, 98, 108),
        )
        draw.text((40, y + 58), note["title"], font=heavy, fill=(20, 22, 28))
        for n, text in enumerate(lines):
            draw.text((40, y + 90 + n * int(style["size"] * 1.4)), text, font=face, fill=(40, 42, 50))
        y += h + 14
    hint = load_font(font, 17)
    draw.text(
        ((w - hint.getlength("Swipe up to unlock")) / 2, height - 70),
        "Swipe up to unlock",
        font=hint,
        fill=white,
    )
    draw.rounded_rectangle((w // 2 - 60, height - 24, w // 2 + 60, height - 18), radius=3, fill=white)
    return canvas


def _thread(font: str, style: dict) -> Image.Image:
    """A UPI app's chat with one person: the header (back, the avatar, the name, the bank's masked
    account), bubbles of text, and the payment's card (the sum large, the outcome with its tick, the day),
    the Pay / Request bar at the foot."""
    th = style["h268"]["thread"]
    w = style["width"]
    dark = th["dark"]
    wall = (24, 26, 30) if dark else (255, 255, 255)
    ink = (236, 238, 242) if dark else (32, 33, 36)
    soft = (154, 160, 166) if dark else (95, 99, 104)
    card = (48, 50, 56) if dark else (241, 243, 244)
    face = load_font(font, style["size"])
    small = load_font(font, 16)
    big = load_font(font, 46)
    items = th["items"]
    heights = []
    for kind, *_ in items:
        heights.append(230 if kind == "pay" else 60)
    height = 150 + sum(h + 18 for h in heights) + 150
    canvas = Image.new("RGB", (w, height), wall)
    draw = ImageDraw.Draw(canvas)
    draw.text((24, 10), th["clock"], font=load_font("dejavu/DejaVuSans-Bold.ttf", 15), fill=ink)
    draw.line((36, 66, 26, 76, 36, 86), fill=ink, width=3)
    draw.ellipse((52, 52, 100, 100), fill=tuple(th["tint"]))
    draw.text((67, 61), th["name"][0], font=load_font(font, 24), fill=(255, 255, 255))
    draw.text((114, 52), th["name"], font=load_font(font, 23), fill=ink)
    draw.text((114, 82), th["sub"], font=small, fill=soft)
    draw.line((0, 120, w, 120), fill=soft, width=1)
    y = 150
    for (kind, *data), h in zip(items, heights):
        if kind == "pay":
            amount, outcome_text, day_text, note = data
            x0, x1 = (w - 360, w - 24) if th["out"] else (24, 360)
            draw.rounded_rectangle((x0, y, x1, y + h), radius=18, fill=card)
            draw.text((x0 + 20, y + 16), th["caption"], font=small, fill=soft)
            draw.text((x0 + 20, y + 44), amount, font=big, fill=ink)
            draw.text((x0 + 20, y + 112), note, font=small, fill=soft)
            colour = {"success": GREEN, "failed": RED, "pending": AMBER}[th["status"]]
            draw.ellipse((x0 + 20, y + 150, x0 + 38, y + 168), fill=colour)
            draw.text((x0 + 46, y + 148), outcome_text, font=small, fill=ink)
            if day_text:
                draw.text((x0 + 20, y + 184), day_text, font=small, fill=soft)
        else:
            text, out = data
            tw = face.getlength(text)
            x0 = w - 24 - tw - 36 if out else 24
            draw.rounded_rectangle(
                (x0, y, x0 + tw + 36, y + h), radius=20, fill=(26, 115, 232) if out else card
            )
            draw.text((x0 + 18, y + 16), text, font=face, fill=(255, 255, 255) if out else ink)
        y += h + 18
    draw.line((0, height - 100, w, height - 100), fill=soft, width=1)
    for n, text in enumerate(["Pay", "Request"]):
        x0 = 24 + n * 150
        draw.rounded_rectangle(
            (x0, height - 78, x0 + 130, height - 30),
            radius=24,
            fill=(26, 115, 232) if n == 0 else None,
            outline=soft,
        )
        tf = load_font(font, 19)
        draw.text(
            (x0 + (130 - tf.getlength(text)) / 2, height - 66),
            text,
            font=tf,
            fill=(255, 255, 255) if n == 0 else ink,
        )
    draw.rounded_rectangle((330, height - 78, w - 24, height - 30), radius=24, outline=soft)
    draw.text((350, height - 66), "Message...", font=load_font(font, 18), fill=soft)
    return canvas


def _spreadsheet(font: str, style: dict) -> Image.Image:
    """A spreadsheet's window: the menu, the formula bar with the cell's name and content, the column
    letters and row numbers, the grid with its heading row in bold and the data rows, the sheet's tabs."""
    sh = style["h268"]["xls"]
    size = style["size"]
    face = load_font(font, size)
    heavy = load_font(bold_of(font), size)
    rows = sh["rows"]
    cols = len(rows[0])
    widths = [
        max(max(heavy.getlength(r[c]) for r in rows[:1]), max(face.getlength(r[c]) for r in rows[1:])) + 22
        for c in range(cols)
    ]
    gutter = 46
    w = int(gutter + sum(widths) + 40)
    rh = int(size * 1.7)
    top = 130
    n_rows = len(rows) + 6
    height = top + rh * (n_rows + 1) + 60
    grey, line_rgb, ink = (243, 243, 243), (218, 220, 224), (32, 33, 36)
    canvas = Image.new("RGB", (w, height), (255, 255, 255))
    draw = ImageDraw.Draw(canvas)
    menu = load_font(font, 16)
    draw.rectangle((0, 0, w, 36), fill=(249, 251, 253))
    draw.text((14, 9), sh["file"], font=load_font(bold_of(font), 17), fill=ink)
    draw.text(
        (14 + load_font(bold_of(font), 17).getlength(sh["file"]) + 24, 10),
        "File   Edit   View   Insert   Format   Data   Tools",
        font=menu,
        fill=(80, 80, 86),
    )
    draw.rectangle((0, 44, w, 80), fill=(255, 255, 255), outline=line_rgb)
    draw.text((14, 52), sh["cell"], font=menu, fill=ink)
    draw.line((80, 44, 80, 80), fill=line_rgb)
    draw.text((92, 52), "fx", font=load_font(font, 15), fill=(120, 120, 126))
    draw.text((124, 52), sh["formula"], font=menu, fill=ink)
    y0 = top - rh
    draw.rectangle((0, y0, w, y0 + rh), fill=grey)
    x = gutter
    for c in range(cols + 1):
        width_c = widths[c] if c < cols else w - x
        letter = chr(ord("A") + c)
        draw.text((x + width_c / 2 - 5, y0 + 6), letter, font=menu, fill=(90, 90, 96))
        draw.line((x, y0, x, height - 50), fill=line_rgb)
        x += width_c
    for rn in range(n_rows):
        y = top + rn * rh
        draw.rectangle((0, y, gutter, y + rh), fill=grey)
        draw.text((14, y + 6), str(rn + 1), font=menu, fill=(90, 90, 96))
        draw.line((0, y + rh, w, y + rh), fill=line_rgb)
        if rn < len(rows):
            x = gutter
            for c in range(cols):
                text = rows[rn][c]
                f = heavy if rn == 0 else face
                tx = x + 10 if sh["align"][c] == "l" or rn == 0 else x + widths[c] - 10 - f.getlength(text)
                draw.text((tx, y + 5), text, font=f, fill=ink)
                x += widths[c]
    sel = sh["selected"]
    sx = gutter + sum(widths[: sel[1]])
    sy = top + sel[0] * rh
    draw.rectangle((sx, sy, sx + widths[sel[1]], sy + rh), outline=(26, 115, 232), width=2)
    draw.rectangle((0, height - 44, w, height), fill=grey)
    draw.rectangle((60, height - 40, 60 + menu.getlength(sh["tab"]) + 30, height - 6), fill=(255, 255, 255))
    draw.text((75, height - 34), sh["tab"], font=menu, fill=(26, 115, 232))
    return canvas


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout267's), each page's rows drawn by ``_render`` (this set's
    rows over heldout14's renderer) while it is drawn; a lock screen's notifications, a UPI app's chat with
    a person and a spreadsheet's window are drawn from their data."""
    x = style.get("h268") or {}
    if x.get("lock"):
        return _lockscreen(font, style)
    if x.get("thread"):
        return _thread(font, style)
    if x.get("xls"):
        return _spreadsheet(font, style)
    modules = (heldout106_families, heldout118_families, heldout121_families)
    saved = [module.PLAIN for module in modules]
    for module in modules:
        module.PLAIN = _render
    try:
        return compose158(rows, font, style)
    finally:
        for module, plain in zip(modules, saved):
            module.PLAIN = plain


def sms_page(rng: random.Random, font: str, sender: str, text: str, day: dt.date | None) -> Screen:
    """A messages app's thread with one message (heldout106's frame, drawn from the text): the sender id, the
    day divider (Today where the message prints no day), the bubble and its hour."""
    assert glyphs(font, text.replace("\n", " ")), (font, text)
    p = Page(font, rng, "sms", dark=rng.random() < 0.3, size=rng.choice([20, 21, 22]), width=600)
    divider = (
        "Today" if day is None or rng.random() < 0.3 else when(day, rng.choice(["{d} %B %Y", "%a, {d} %b"]))
    )
    p.style["h106"].update(
        {"sender": sender, "divider": divider, "text": text, "time": hhmm(rng, lower=rng.random() < 0.4)}
    )
    return p


def lock_page(rng: random.Random, font: str, notes: list[dict], day: dt.date | None) -> Screen:
    """A lock screen with ``notes`` (drawn by ``_lockscreen``): the phone's day on it is today's, never the
    payment's where the message prints none."""
    for note in notes:
        assert glyphs(font, note["text"] + note["title"] + note["app"] + note["ago"]), note
    p = screen(rng, font, "crop", width=600, size=rng.choice([19, 20]))
    shown = day or dt.date(2026, 12, 1) + dt.timedelta(days=rng.randrange(20))
    walls = [((32, 58, 96), (120, 80, 120)), ((20, 70, 70), (200, 140, 90)), ((40, 40, 60), (80, 120, 160))]
    h, m = rng.randrange(7, 23), rng.randrange(60)
    extra(p)["lock"] = {
        "notes": notes,
        "clock": f"{(h - 1) % 12 + 1}:{m:02d}",
        "day": when(shown, "%A, {d} %B"),
        "wall": [list(c) for c in rng.choice(walls)],
        "net": rng.choice(["Jio 4G", "airtel 5G", "Vi", "BSNL"]),
    }
    return p


def said(p: Screen, status: str, text: str, kind: str = "center") -> None:
    """The outcome in words, in its colour."""
    p.add(kind, text, status=status)
    p.accent(TONE[status])


# ---------------------------------------------------------------- 1. buyers: UPI apps, the web shop


BUYERS = [
    ("Ankita Sahay", "ankita.sahay@ybl"),
    ("Rohit Agarwal", "rohitagarwal91@paytm"),
    ("Sneha Tirkey", "snehatirkey@upi"),
    ("Vikram Jha", "vikramjha@apl"),
    ("Aarushi Mahato", "aarushi.m@navi"),
    ("Debjani Sen", "debjani.sen@airtel"),
    ("Kabir Khanna", "kabirk@ibl"),
    ("Meera Lakra", "meeralakra@axl"),
]
PAYEE_NAMES = [SHOP_CAPS, SHOP, SAMITI_CAPS, SAMITI_CUT]
PAYEE_VPAS = [
    "khovarhaat@ybl",
    "sohraikhovar@sbi",
    "khovarhaat.ranchi@paytm",
    "Q807215436@ybl",
    "sohraisamiti@boi",
    "khovarhaat@axisbank",
]
BUY_NOTES = [
    "Sohrai painting",
    "2 coasters sets",
    "workshop Isko",
    "Khovar elephants",
    "gift",
    "mural advance",
    "peacock painting",
]
# app: its band, its own id's label
BUY_APPS = ["PhonePe", "Paytm", "BHIM", "Amazon Pay", "Navi", "Airtel Thanks", "PhonePe Business", "webshop"]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Ranchi shop, the Samiti or its Kendra: PhonePe's receipt (a purple band with the
    outcome and "<hour> on <day>", a card with the payee's initials in a disc, the sum on a tinted strip,
    a second card of Transfer Details); Paytm's (a navy band, the sum large and in words, the fields two to
    a row, each label small over its value); BHIM's failed payment (a red disc with a cross, then a table
    whose labels sit in a shaded column); Amazon Pay's (a green disc with a tick, a zebra table); Navi's (a
    list of label | value rows ruled by hairlines); Airtel Thanks' pending payment (an amber clock, the
    steps left to right); PhonePe Business's "received" entry on the shop's own phone; the web shop's order
    e-mail (a filled heading over a zebra table of the items, the totals in bold, the Razorpay payment)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=450, high=24000, p_round=0.7)
    app = BUY_APPS[k]
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEE_NAMES)
    vpa = rng.choice(PAYEE_VPAS)
    bank = rng.choice(BANKS[:9])
    who, their_vpa = BUYERS[k]
    note = rng.choice(BUY_NOTES)
    if app == "webshop":
        return web_order(rng, font, j, who)
    if app == "PhonePe Business":
        return business_app(rng, font, j, who, rs)
    p = phone_page(
        rng,
        font,
        k,
        {
            "PhonePe": [""],
            "Paytm": ["", "Payment details"],
            "BHIM": ["Transaction"],
            "Amazon Pay": ["", "Payment details"],
            "Navi": ["UPI payment"],
            "Airtel Thanks": ["Payment status"],
        }[app],
    )
    dark = p.style["h106"]["dark"]
    p.part = "head"
    if app == "PhonePe":
        p.style["band"], p.style["band_ink"] = (95, 37, 159), (255, 255, 255)
        p.add("title", "Transaction Successful", status="success")
        shown = (
            f"{hhmm(rng, lower=True, zero=False)} on {when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y']))}"
        )
        p.add("small", shown, date=j.date)
        p.add("gap")
        p.add("gap")
        p.part = "body"
        start = box_from(p)
        label(p, "Paid to")
        name = fit_name(p, "left", [to, SHOP_CAPS])
        logo(p, "".join(w[0] for w in name.split()[:2]).upper(), name, (95, 37, 159), merchant=name)
        band(p, "Amount", rs(j.amount), amount=j.amount)
        label(p, vpa, method="UPI")
        box_to(p, start)
        p.add("gap")
        start = box_from(p)
        strong(p, "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 16)}"
        label(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        label(p, "Debited from")
        p.pair(
            f"{bank} XXXXXX{digits(rng, 4)}"
            if fits(p, "left", bank + " XXXXXX0000  Rs 00,000.00")
            else f"XXXXXX{digits(rng, 4)}",
            rs(j.amount),
        )
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref))
        box_to(p, start)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Powered by UPI  |  Contact PhonePe Support")
        return p.done()
    if app == "Paytm":
        if not dark:
            p.style["band"], p.style["band_ink"] = (0, 46, 110), (255, 255, 255)
        p.add("title", "paytm")
        p.add("gap")
        if not dark:
            p.add("gap")
        p.part = "body"
        said(p, "success", rng.choice(["Paid Successfully", "Payment Successful"]))
        whole = float(round(j.amount))
        j.amount = whole
        order = digits(rng, 14)
        p.add("big", f"{sign(font, chr(0x20B9), 'Rs.')}{num(whole, 'indian', 0)}", amount=j.amount)
        p.add("small", words_in_rupees(whole))
        p.add("gap")
        name = fit_name(p, "left", [to, SHOP])
        tiles(
            p,
            [
                ("To", name, {"merchant": name}),
                ("From", f"{who.split()[0]} - {SHORT_BANK[bank]} {digits(rng, 4)}", {}),
                (
                    "UPI ID",
                    vpa if fits(p, "left", vpa + vpa) else vpa.split("@")[0] + "@...",
                    {"method": "UPI"},
                ),
                ("UPI Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
                ("Date & Time", day_hour(rng, j.date, ["{d} %b %Y", "%d %b, %Y"], (", ",)), {"date": j.date}),
                ("Order ID", order, {"txn": (ORDER_RANK, order)}),
            ],
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Check Balance  |  Share  |  Pay Again")
        return p.done()
    if app == "BHIM":
        p.add("title", "BHIM")
        p.add("small", "Bharat Interface for Money")
        p.part = "body"
        icon(p, "cross")
        said(p, "failed", rng.choice(["Transaction Failed", "Payment Failed"]))
        p.add("big", rs(j.amount))
        p.add("small", "Your bank did not confirm the debit. If money was deducted it will be")
        p.add("small", "reversed to your account within 5 working days.")
        p.add("gap")
        at = 0.38
        name = fit_name(p, "left", [to, SHOP])
        kv(p, "Payee", name, at=at, merchant=name)
        kv(p, "Payee VPA", vpa, at=at, method="UPI")
        kv(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        kv(p, "UPI Txn ID", j.ref, at=at, txn=(UTR_RANK, j.ref))
        kv(p, "Date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng), at=at, date=j.date)
        kv(p, "Time", hhmm(rng, seconds=True), at=at)
        kv(p, "Remarks", note, at=at)
        kv(p, "Reason", "U30 - debit failed at the remitter bank", at=at)
        p.part = "foot"
        p.add("gap")
        p.add("small", "NPCI  |  BHIM UPI  |  Raise a complaint")
        return p.done()
    if app == "Amazon Pay":
        if not dark:
            p.style["band"], p.style["band_ink"] = (35, 47, 62), (255, 255, 255)
        p.add("title", "amazon pay")
        p.add("gap")
        if not dark:
            p.add("gap")
        p.part = "body"
        icon(p, "tick")
        said(p, "success", rng.choice(["Payment successful", "Paid successfully"]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = fit_name(p, "center", [to, SHOP])
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        apid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        spec = [(0.0, 0.42, "l"), (0.42, 1.0, "r")]
        table(
            p,
            "az",
            spec,
            None,
            [
                (["Amazon Pay UPI", vpa], {"method": "UPI"}),
                (["Paid from", f"{SHORT_BANK[bank]} ..{digits(rng, 4)}"], {}),
                (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Transaction ID", apid], {"txn": (TXN_RANK, apid)}),
                (["Message", note], {}),
            ],
            flags=("zebra",),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Earn up to 2% back on your next payment. T&C apply.")
        return p.done()
    if app == "Navi":
        p.add("title", "Navi")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        said(p, "success", f"{sign(font, chr(0x2713), '')} Paid".strip())
        p.add("gap")
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
        nav = f"NAVI{code(rng, 4, UPPER)}{digits(rng, 12)}"
        name = to if cells_fit_guess(p, 0.64, to) else SHOP
        table(
            p,
            "nv",
            spec,
            None,
            [
                (["To", name], {"merchant": name}),
                (["To UPI ID", vpa], {"method": "UPI"}),
                (
                    [
                        "From",
                        f"{who} ({SHORT_BANK[bank]})"
                        if cells_fit_guess(p, 0.64, f"{who} ({SHORT_BANK[bank]})")
                        else who,
                    ],
                    {},
                ),
                (["UPI reference", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Navi txn ID", nav], {"txn": (TXN_RANK, nav)}),
                (["Paid on", day_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            ],
            flags=("lined",),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Share  |  Report an issue")
        return p.done()
    # Airtel Thanks: the one pending
    if not dark:
        p.style["band"], p.style["band_ink"] = (228, 0, 43), (255, 255, 255)
    p.add("title", "airtel thanks")
    p.add("gap")
    if not dark:
        p.add("gap")
    p.part = "body"
    icon(p, "clock")
    said(p, "pending", rng.choice(["Payment pending", "Payment in progress"]))
    p.add("big", rs(j.amount), amount=j.amount)
    name = fit_name(p, "center", [to, SHOP])
    p.add("center", f"Paying {name}", merchant=name)
    p.add("gap")
    hsteps(p, ["Initiated", "Debited", "Sent to bank", "Credited"], 2, "wait")
    p.add("small", "We are waiting for the payee's bank. Please do not pay again.")
    p.add("gap")
    tiles(
        p,
        [
            ("UPI Ref No", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Started on", when_in(j, ["{d} %b %Y", "%d/%m/%Y"], rng), {"date": j.date}),
            (
                "To UPI ID",
                vpa if fits(p, "left", vpa + vpa) else vpa.split("@")[0] + "@...",
                {"method": "UPI"},
            ),
            (
                "From",
                f"Airtel Payments Bank ..{digits(rng, 4)}"
                if fits(p, "left", f"Airtel Payments Bank ..0000  {vpa}")
                else f"APB ..{digits(rng, 4)}",
                {},
            ),
        ],
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Status will update in 48 hours  |  Help")
    return p.done()


def cells_fit_guess(p: Screen, share: float, text: str) -> bool:
    """Whether ``text`` fits ``share`` of the room in the body's face (a cell's value column)."""
    return load_font(p.font, p.style["size"]).getlength(text) <= share * (p.style["width"] - 2 * MARGIN) - 20


def business_app(rng: random.Random, font: str, j: Job, who: str, rs) -> tuple[list, dict, dict]:
    """PhonePe Business on the shop's phone: the shop on top, the day's collections, the payment received
    in a card (the buyer after "from", the sum, Received, the day and hour); no reference is shown."""
    p = phone_page(rng, font, 6, ["", "Payment details"])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (95, 37, 159), (255, 255, 255)
    p.add("title", "PhonePe Business")
    shop = rng.choice([SHOP, SHOP_CAPS])
    p.add("center", shop, merchant=shop)
    p.add("gap")
    p.part = "body"
    icon(p, "tick")
    said(p, "success", rng.choice(["Received", "Payment received"]))
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"from {who}")
    p.add(
        "small",
        f"{when_in(j, ['{d} %b %Y', '%d %b %Y'], rng)}, {hhmm(rng, lower=True, zero=False)}",
        date=j.date,
    )
    p.add("gap")
    start = box_from(p)
    p.add("pair", "Received via", "UPI", method="UPI")
    p.add("pair", "Settled to", f"{SHORT_BANK[rng.choice(BANKS[:4])]} ..{digits(rng, 4)}")
    p.add("pair", "Speaker", "Announced on SmartSpeaker")
    box_to(p, start, radius=10, tint=True)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Today's collection and settlements are on the Home tab.")
    return p.done()


def web_order(rng: random.Random, font: str, j: Job, who: str) -> tuple[list, dict, dict]:
    """The web shop's order confirmation e-mail: the shop on top, "Thank you for your purchase!", the items
    under a filled heading in a zebra table, Subtotal, Shipping, the Total in bold, then Payment: UPI
    (Razorpay) with its payment id and the day."""
    order = f"#KH{rng.randrange(1040, 1990)}"
    p = mail_page(
        rng,
        font,
        f"{SHOP} <orders@khovarhaat.in>",
        [f"Order {order} confirmed", "Thank you for your order", f"Your {SHOP} order is confirmed"],
    )
    x = extra(p)
    x["brand"] = [142, 58, 32]
    p.part = "head"
    shop = rng.choice([SHOP, SHOP_CAPS])
    top(p, shop, merchant=shop)
    p.add("small", "khovarhaat.in  |  Sohrai and Khovar paintings from Hazaribagh")
    p.add("rule")
    p.part = "body"
    strong(p, f"Order {order}", scale=1.1, txn=(ORDER_RANK, order[1:]))
    p.add(
        "left",
        f"Hi {who.split()[0]}, thank you for your purchase! We are packing your order and will let you "
        "know when it ships.",
    )
    p.add("gap")
    picks = rng.sample(range(len(PAINTINGS)), rng.randrange(1, 4))
    lines = []
    subtotal = 0.0
    for i in picks:
        work, lo, hi = PAINTINGS[i]
        qty = 1 if i != 7 else rng.randrange(1, 3)
        price = float(rng.randrange(lo, hi, 50))
        subtotal += qty * price
        lines.append(([work.split(",")[0], str(qty), num(qty * price)], {}))
    ship = float(rng.choice([0, 99, 149, 199]))
    j.amount = subtotal + ship
    lines.append((["=Subtotal", "", num(subtotal)], {}))
    lines.append((["Shipping", "", "Free" if not ship else num(ship)], {}))
    lines.append((["=Total (INR, GST incl.)", "", num(j.amount)], {"amount": j.amount}))
    table(
        p,
        "ord",
        [(0.0, 0.66, "l"), (0.66, 0.74, "c"), (0.74, 1.0, "r")],
        ["Item", "Qty", "Price"],
        lines,
        head_flags=("fill",),
        flags=("zebra",),
    )
    p.add("gap")
    strong(p, "Payment")
    pay = f"pay_{code(rng, 14, MIXED)}"
    p.add("left", "UPI (Razorpay)", method="UPI")
    p.add("left", f"Payment ID: {pay}", txn=(TXN_RANK, pay))
    p.add(
        "left",
        f"Paid on {when_in(j, ['{d} %B %Y', '%d %b %Y', '%b {d}, %Y'], rng)}",
        date=j.date,
        status="success",
    )
    p.add("gap")
    strong(p, "Shipping to")
    p.add("left", f"{who}, {rng.choice(['Bariatu, Ranchi', 'Salt Lake, Kolkata', 'Saket, New Delhi'])}")
    p.part = "foot"
    p.add("small", f"Questions? Reply to this e-mail or WhatsApp us. {SHOP}, {UNITS['shop'][1]}")
    return p.done()


# ---------------------------------------------------------------- 2. companies', railways', schools' payments


WORKS = [
    "Sohrai mural - Area Office, 3 walls",
    "Sohrai mural - station concourse, Ranchi",
    "Khovar panels - tribal museum gallery",
    "Sohrai mural - hotel banquet foyer",
    "Khovar murals - office lobby and stairwell",
    "Sohrai workshop - Classes 6 to 8, 5 sessions",
    "Sohrai murals - township school walls",
    "Revival of Khovar painting in 4 villages",
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A coal company, the railway, the tribal research institute, a Ranchi hotel, a Kolkata interiors firm, a
    Bokaro school, a power company through TReDS and a Jamshedpur trust paying the Samiti for murals,
    workshops and a grant: a vendor portal's payment page (two panels side by side, the invoices under
    hairlines); the railway's e-payment advice in fixed-width type (LABEL : value lines); PFMS's payment
    status (a filled heading over one row, then a key column), pending; a bank's CHEQUE RETURN MEMO (the
    reasons listed, the one that applies ticked), failed; the payer's bank's transaction receipt (a logo
    disc, the sum on a strip, hairline rows, a QR code); Zoho Books' PAYMENT MADE (the fields bold beside
    their values, the sum on a strip, a Payment for table); a TReDS factoring unit's settlement (the
    discount taken from the invoice, the funded sum); a trust's grant e-mail (a table of the tranches)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=40000, high=380000)
    work = WORKS[k]
    payee = ours(rng)
    if k == 0:
        return vendor_portal(rng, font, j, payee, work)
    if k == 1:
        return railway_advice(rng, font, j, work)
    if k == 2:
        return pfms_status(rng, font, j, payee, work)
    if k == 3:
        return cheque_return(rng, font, j, payee)
    if k == 4:
        return payer_bank_receipt(rng, font, j, payee, work)
    if k == 5:
        return zoho_payment(rng, font, j, work)
    if k == 6:
        return treds_unit(rng, font, j, payee, work)
    return grant_mail(rng, font, j, payee, work)


def vendor_portal(rng, font, j: Job, payee, work) -> tuple[list, dict, dict]:
    """A coal company's vendor portal: Vendor and Payment panels side by side, the invoices paid under
    hairlines (Gross, TDS, GST TDS, Net), Total, a Paid pill."""
    p = browser_page(rng, font, f"vendorportal.ccl.gov.in/vp/payments/{digits(rng, 10)}")
    extra(p)["brand"] = [0, 84, 122]
    p.part = "head"
    logo(p, "CCL", "Central Coalfields Limited", (0, 84, 122))
    p.add("small", "A Mini Ratna subsidiary of Coal India Limited  |  Vendor Payment Portal")
    p.add("rule")
    p.part = "body"
    strong(p, "Payment details")
    grid(p, "sx", [(0.0, 0.14, "l"), (0.14, 0.5, "l"), (0.52, 0.74, "l"), (0.74, 1.0, "l")], bold=(0, 2))
    doc = f"15{digits(rng, 8)}"
    utr = bank_ref(rng, j, "State Bank of India", "NEFT")
    names = wrap(p, "sx", 1, payee)
    row(p, "sx", "Vendor", f"V{digits(rng, 7)}", "Payment doc.", doc, txn=(INVOICE_RANK, doc))
    row(
        p,
        "sx",
        "Name",
        names[0],
        "Cleared on",
        when_in(j, ["%d.%m.%Y", "%d/%m/%Y"], rng),
        merchant=payee,
        date=j.date,
    )
    for more in names[1:]:
        row(p, "sx", "", more, "", "")
    row(p, "sx", "GSTIN", gstin(rng, "20"), "Method", "NEFT", method="netbanking")
    row(p, "sx", "Bank a/c", f"XXXXXXX{digits(rng, 4)}", "Bank", "SBI, Hazaribagh")
    kv(p, "UTR / bank reference", utr, at=0.3, flags=("lined",), txn=(UTR_RANK, utr))
    p.add("gap")
    lines = []
    gross_sum = cut_sum = 0.0
    for n in range(rng.randrange(1, 3)):
        base = float(rng.randrange(60000, 200000, 500))
        gross = round(base * 1.18, 2)
        tds, gtds = round(base * 0.02, 2), round(base * 0.02, 2)
        gross_sum += gross
        cut_sum += tds + gtds
        bill = f"SKS/{fy(j.date)}/{rng.randrange(20, 240):03d}"
        lines.append(([bill, num(gross), num(tds), num(gtds), num(gross - tds - gtds)], {}))
    j.amount = round(gross_sum - cut_sum, 2)
    lines.append((["=Total", num(gross_sum), "", "", num(j.amount)], {"amount": j.amount}))
    table(
        p,
        "inv",
        [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["Invoice", "Gross", "TDS", "GST TDS", "Net paid"],
        lines,
        flags=("lined",),
    )
    p.add("small", f"Work: {work}")
    p.add("gap")
    chip(p, rng.choice(["Paid", "Payment cleared"]), "success", "l")
    p.part = "foot"
    p.add("gap")
    p.add("small", "TDS u/s 194C and GST TDS u/s 51 are shown in Form 26AS and GSTR-2A.")
    return p.done()


def railway_advice(rng, font, j: Job, work) -> tuple[list, dict, dict]:
    """The railway's e-payment advice mailed from its accounts system, in fixed-width type: LABEL : value
    lines (the net credited, the UTR; on the page that prints no day, no payment date: never the CO7 date)."""
    p = mail_page(
        rng,
        font,
        "IPAS e-Payment <epayment-ser@ipas.railnet.gov.in>",
        ["e-Payment Advice - South Eastern Railway, Ranchi Division", "e-Payment advice"],
    )
    mono = rng.choice(MONO_FACES)
    grid(p, "tt", [(0.0, 1.0, "l")], face=mono, scale=0.95)
    p.part = "head"
    top(p, "South Eastern Railway")
    p.add("small", "Office of the Sr. Divisional Finance Manager, Ranchi Division")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Vendor,")
    p.add("left", "The payment below has been made to your bank account through e-payment.", status="success")
    p.add("gap")
    gross = float(rng.randrange(150000, 420000, 1000))
    cut = round(gross / 1.18 * 0.02, 2) * 2
    j.amount = round(gross - cut, 2)
    bill = f"SER/RNC/ENGG/{j.date.year}/{rng.randrange(100, 999):04d}"
    co7 = earlier(rng, j, 3, 12)
    utr = bank_ref(rng, j, "State Bank of India", "NEFT")
    name = rng.choice([SAMITI_CAPS, SAMITI_CUT])
    lines = [
        (f"PAYEE NAME   : {name}", {"merchant": name}),
        (f"PAYEE A/C    : XXXXXXXX{digits(rng, 4)}  IFSC SBIN000{digits(rng, 4)}", {}),
        (f"BILL NO      : {bill}", {}),
        (f"CO7 NO/DATE  : {digits(rng, 7)} / {when(co7, '%d-%m-%Y')}", {}),
        (f"WORK         : {work.split(' - ')[1].upper()}", {}),
        (f"GROSS AMT    : {num(gross):>14}", {}),
        (f"DEDUCTIONS   : {num(cut):>14}  (IT-TDS, GST-TDS)", {}),
        (f"NET PAID     : {num(j.amount):>14}", {"amount": j.amount}),
        ("MODE         : NEFT", {"method": "netbanking"}),
        (f"UTR NO       : {utr}", {"txn": (UTR_RANK, utr)}),
    ]
    if not j.no_day:
        lines.append((f"PAYMENT DATE : {when(j.date, '%d-%m-%Y')}", {"date": j.date}))
    for text, facts in lines:
        row(p, "tt", text, **facts)
    p.add("gap")
    p.add(
        "left",
        "Please do not reply to this mail. For queries contact the Divisional Accounts Office, Ranchi.",
    )
    p.part = "foot"
    p.add("small", "Integrated Payroll and Accounting System (IPAS), Indian Railways")
    return p.done()


def pfms_status(rng, font, j: Job, payee, work) -> tuple[list, dict, dict]:
    """PFMS's payment status page: a filled heading over the one payment's row, then the rest with their
    labels in a shaded column; sent to the bank, its response awaited."""
    p = browser_page(rng, font, "pfms.nic.in/Users/Payments/PaymentStatus.aspx")
    extra(p)["brand"] = [24, 64, 120]
    p.part = "head"
    top(p, "PFMS")
    p.add("small", "Public Financial Management System  |  Controller General of Accounts")
    p.add("center", "Know Your Payments - Payment Status")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.randrange(45000, 160000, 500))
    name = payee if len(payee) < 30 else SAMITI_CAPS
    table(
        p,
        "pf",
        [(0.0, 0.48, "l"), (0.48, 0.72, "r"), (0.72, 1.0, "c")],
        ["Beneficiary name", "Amount", "Bank status"],
        [([name, num(j.amount), "Sent to bank"], {"merchant": name, "amount": j.amount})],
        head_flags=("fill",),
        flags=("ruled",),
    )
    p.add("gap")
    at = 0.36
    pfms = f"JH{code(rng, 4, UPPER)}{digits(rng, 8)}"
    kv(p, "Agency", "Dr. Ram Dayal Munda Tribal Welfare Research Institute, Ranchi", at=at)
    kv(p, "Scheme", "Promotion of tribal art and culture (State plan)", at=at)
    kv(p, "Purpose", work, at=at)
    kv(p, "PFMS Txn ID", pfms, at=at, txn=(TXN_RANK, pfms))
    kv(p, "Sanction No.", f"TRI/{j.date.year}/{rng.randrange(100, 900)}", at=at)
    kv(p, "Payment mode", "e-Payment (NEFT)", at=at, method="netbanking")
    kv(p, "Initiated on", when_in(j, ["%d/%m/%Y", "%d-%b-%Y"], rng), at=at, date=j.date)
    kv(p, "Status", "Payment sent to the bank - response awaited", at=at, status="pending")
    p.add("gap")
    p.add("small", "The credit date and the UTR are shown once the bank confirms the payment.")
    p.part = "foot"
    p.add("small", "PFMS, Office of the Controller General of Accounts, Ministry of Finance")
    return p.done()


CHEQUE_REASONS = [
    "Funds insufficient",
    "Exceeds arrangement",
    "Payment stopped by drawer",
    "Drawer's signature differs",
    "Amount in words and figures differ",
    "Cheque is stale / post-dated",
    "Account closed",
]


def cheque_return(rng, font, j: Job, payee) -> tuple[list, dict, dict]:
    """The collecting bank's CHEQUE RETURN MEMO: the cheque's particulars as a form, the reasons numbered, the
    one that applies ticked, the branch's seal."""
    p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, rng.choice(["Bank of India", "BANK OF INDIA"]))
    p.add("small", "Hazaribagh Main Branch, Annada Chowk, Hazaribagh - 825301")
    strong(p, "CHEQUE RETURN MEMO", "c", 1.1)
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.randrange(30000, 150000, 100))
    memo = f"RM/{j.date.year}/{rng.randrange(100, 999)}"
    grid(p, "cm", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    row(
        p,
        "cm",
        f"Memo No.: {memo}",
        f"Date: {when_in(j, ['%d/%m/%Y', '%d.%m.%Y'], rng)}",
        txn=(INVOICE_RANK, memo),
        date=j.date,
    )
    p.add("gap")
    at = 0.34
    kv(p, "Cheque No.", digits(rng, 6), at=at, flags=("lined",))
    kv(p, "Drawn on", "HDFC Bank, Main Road, Ranchi", at=at, flags=("lined",))
    kv(p, "Drawer", "Hotel Subarnarekha Grand Pvt Ltd", at=at, flags=("lined",))
    kv(p, "Payee", payee, at=at, flags=("lined",), merchant=payee)
    kv(p, "Amount", f"Rs. {num(j.amount)}", at=at, flags=("lined",), amount=j.amount, method="cheque")
    p.add("gap")
    p.add("left", "The cheque above is returned unpaid for the reason marked below:", status="failed")
    mark = sign(font, "\u2714", "X")
    pick = rng.randrange(3)
    grid(p, "rs", [(0.0, 0.08, "c"), (0.08, 0.9, "l"), (0.9, 1.0, "c")], flags=("lined",))
    for n, reason in enumerate(CHEQUE_REASONS):
        row(p, "rs", f"{n + 1:02d}", reason, f"[{mark}]" if n == pick else "[  ]")
    p.add("gap")
    p.add("small", "Cheque return charges of Rs. 250 + GST have been debited to your account.")
    p.part = "foot"
    seal(p, "BANK OF INDIA * HAZARIBAGH MAIN *", ["CLEARING", "DEPT."], "violet")
    return p.done()


def payer_bank_receipt(rng, font, j: Job, payee, work) -> tuple[list, dict, dict]:
    """The payer's bank's transaction receipt (an RTGS from a Kolkata interiors firm): the bank's disc and
    name, the sum on a strip, hairline rows, a QR code to verify it."""
    p = paper_page(rng, font, [680, 720])
    p.style["screen"] = True
    extra(p)["brand"] = [176, 38, 36]
    p.part = "head"
    logo(p, "iB", "ICICI Bank", (176, 38, 36))
    p.add("small", "Corporate Internet Banking  |  Transaction receipt")
    p.add("rule")
    p.part = "body"
    said(p, "success", rng.choice(["Transaction successful", "Your transaction is successful"]))
    rs = money(rng, font, 0.0, marks=("\u20b9", "INR", "Rs."))
    band(p, "Amount", rs(j.amount), amount=j.amount)
    p.add("gap")
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = bank_ref(rng, j, "ICICI Bank", way)
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    name = payee if cells_fit_guess(p, 0.6, payee) else SAMITI
    table(
        p,
        "br",
        spec,
        None,
        [
            (["Transaction type", f"{way} - Third party transfer"], {"method": "netbanking"}),
            (["From", "Lalbazar Interiors LLP - 0012XXXX4419"], {}),
            (["Beneficiary name", name], {"merchant": name}),
            (["Beneficiary account", f"XXXXXXXX{digits(rng, 4)}"], {}),
            (["Beneficiary bank", "State Bank of India, Hazaribagh"], {}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Transaction date", day_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
            (["Remarks", work.split(" - ")[1][:28]], {}),
        ],
        flags=("lined",),
    )
    p.add("gap")
    qr(p, "r", 4)
    p.add("small", "Scan the code to verify this receipt on the bank's site.")
    p.part = "foot"
    p.add("small", "This is a computer-generated receipt and does not need a signature.")
    return p.done()


def zoho_payment(rng, font, j: Job, work) -> tuple[list, dict, dict]:
    """A Bokaro school's PAYMENT MADE from Zoho Books: the school on top, the fields bold at the left with
    their values, the sum on a strip, then a Payment for table of the bills."""
    p = paper_page(rng, font, [720, 760])
    extra(p)["brand"] = [40, 110, 190]
    p.part = "head"
    school = "Steel City Public School"
    top(p, school)
    p.add("small", "Sector 4, Bokaro Steel City, Jharkhand - 827004")
    strong(p, "PAYMENT MADE", "r", 1.2)
    p.add("rule")
    p.part = "body"
    bills = []
    total = 0.0
    for _ in range(rng.randrange(1, 3)):
        value = float(rng.randrange(12000, 48000, 500))
        total += value
        bills.append((f"IPK/{fy(j.date)}/{rng.randrange(10, 120):03d}", earlier(rng, j, 10, 40), value))
    j.amount = total
    kendra = rng.choice([KENDRA, KENDRA.upper()])
    utr = bank_ref(rng, j, "Canara Bank", "NEFT")
    number = str(rng.randrange(40, 400))
    grid(p, "zf", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], bold=(0,))
    for name, value, facts in [
        ("Payment#", number, {"txn": (INVOICE_RANK, number)}),
        ("Payment Date", when_in(j, ["%d/%m/%Y", "%d %b %Y"], rng), {"date": j.date}),
        ("Reference Number", utr, {"txn": (UTR_RANK, utr)}),
        ("Paid To", kendra, {"merchant": kendra}),
        ("Payment Mode", "Bank Transfer", {"method": "netbanking"}),
        ("Paid Through", "Canara Bank - School Fund A/c", {}),
    ]:
        lines = wrap(p, "zf", 1, value)
        row(p, "zf", name, lines[0], **facts)
        for more in lines[1:]:
            row(p, "zf", "", more)
    label(p, "Amount Paid In Words")
    p.add("left", f"Indian {words_in_rupees(j.amount)}")
    p.add("gap")
    band(
        p,
        "Amount Paid",
        f"{sign(font, chr(0x20B9), 'Rs.')}{num(j.amount)}",
        amount=j.amount,
        status="success",
    )
    p.add("gap")
    strong(p, "Payment for")
    table(
        p,
        "zb",
        [(0.0, 0.34, "l"), (0.34, 0.56, "l"), (0.56, 0.78, "r"), (0.78, 1.0, "r")],
        ["Bill Number", "Bill Date", "Bill Amount", "Payment Amount"],
        [([b, when(d, "%d/%m/%Y"), num(v), num(v)], {}) for b, d, v in bills],
        head_flags=("fill",),
        flags=("lined",),
    )
    p.add("small", f"For: {work}")
    p.part = "foot"
    p.add("gap")
    right(p, "Authorized Signature ____________")
    return p.done()


def treds_unit(rng, font, j: Job, payee, work) -> tuple[list, dict, dict]:
    """A TReDS exchange's factoring unit, settled: the invoice accepted by the buyer, discounted by a
    financier, the funded sum credited to the seller."""
    p = browser_page(rng, font, f"app.m1xchange.com/seller/factoring-units/FU{digits(rng, 9)}")
    extra(p)["brand"] = [8, 98, 84]
    p.part = "head"
    top(p, "M1xchange")
    p.add("small", "RBI-authorised TReDS platform  |  Seller view")
    p.add("rule")
    p.part = "body"
    fu = f"FU{j.date:%y}{digits(rng, 8)}"
    strong(p, f"Factoring Unit {fu}", txn=(INVOICE_RANK, fu))
    chip(p, "Funded - amount credited to seller", "success", "l")
    p.add("gap")
    invoice = float(rng.randrange(90000, 380000, 500))
    days = rng.choice([45, 60, 90])
    rate = rng.choice([8.9, 9.25, 9.6, 10.1])
    discount = round(invoice * rate / 100 * days / 365, 2)
    j.amount = round(invoice - discount, 2)
    utr = bank_ref(rng, j, "Axis Bank", "NEFT")
    name = payee if cells_fit_guess(p, 0.6, payee) else SAMITI_CAPS
    at = 0.4
    for name_, value, facts in [
        ("Buyer", "NTPC Ltd - Pakri Barwadih Coal Mining Project", {}),
        ("Seller", name, {"merchant": name}),
        ("Invoice", f"SKS/{fy(j.date)}/{rng.randrange(20, 240):03d} - {work.split(' - ')[0]}", {}),
        ("Invoice amount (net of TDS)", f"Rs. {num(invoice)}", {}),
        ("Tenor", f"{days} days @ {rate}% p.a.", {}),
        ("Discount charged", f"Rs. {num(discount)}", {}),
        ("Funded amount", f"Rs. {num(j.amount)}", {"amount": j.amount}),
        ("Financier", "Axis Bank Ltd", {}),
        ("Funding date", when_in(j, ["%d-%m-%Y", "%d %b %Y"], rng), {"date": j.date}),
        ("Credit to seller", "NEFT to the registered account", {"method": "netbanking"}),
        ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ("Due date (buyer to pay)", when(j.date + dt.timedelta(days=days), "%d-%m-%Y"), {}),
    ]:
        kv(p, name_, value, at=at, flags=("lined",), **facts)
    p.part = "foot"
    p.add("gap")
    p.add(
        "small", "The buyer pays the financier on the due date; no further action is needed from the seller."
    )
    return p.done()


def grant_mail(rng, font, j: Job, payee, work) -> tuple[list, dict, dict]:
    """A trust's e-mail releasing a grant's tranche (the sum and the day in its sentence), a table of the
    tranches (the earlier released on its own day, the last due); no reference."""
    trust = "Chotanagpur Heritage Trust"
    p = mail_page(
        rng,
        font,
        f"{trust} <grants@chotanagpurheritage.org>",
        ["Grant CHT/G/26/07 - second tranche released", "Release of the second tranche"],
    )
    extra(p)["brand"] = [110, 70, 30]
    p.part = "head"
    top(p, trust)
    p.add("small", "Bistupur, Jamshedpur - 831001  |  Grants programme")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir/Madam,")
    p.add("left", f"Grantee: {payee}", merchant=payee)
    p.add("left", f"Project: {work}")
    first = float(rng.randrange(150000, 300000, 5000))
    j.amount = float(rng.randrange(120000, 260000, 5000))
    last = float(rng.randrange(50000, 120000, 5000))
    rs = money(rng, font, 1.0, marks=("Rs.", "\u20b9", "INR"))
    p.add(
        "left",
        f"We are pleased to inform you that the second tranche of {rs(j.amount)} has been released to "
        f"your bank account by NEFT on {when_in(j, ['{d} %B %Y', '%d/%m/%Y', '%d %b %Y'], rng)}.",
        amount=j.amount,
        method="netbanking",
        date=j.date,
        status="success",
    )
    p.add("gap")
    t1 = j.date - dt.timedelta(days=rng.randrange(90, 160))
    table(
        p,
        "tr",
        [(0.0, 0.14, "l"), (0.14, 0.56, "l"), (0.56, 0.76, "r"), (0.76, 1.0, "l")],
        ["Tranche", "Milestone", "Amount", "Status"],
        [
            (
                ["1", "Grant agreement signed", num(first, "indian", 0), f"Released {when(t1, '%d/%m/%y')}"],
                {},
            ),
            (["2", "Training in 4 villages", num(j.amount, "indian", 0), "Released"], {}),
            (["3", "Final report", num(last, "indian", 0), "Due"], {}),
        ],
        head_flags=("fill",),
        flags=("zebra",),
    )
    p.add("gap")
    p.add("left", "Please send the utilisation certificate for the second tranche within 60 days.")
    p.part = "foot"
    p.add("left", "Warm regards,")
    p.add("left", "Programme Officer, Grants")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town and country, currency, sum (low, high)
IMPORTERS = [
    ("Bridgetown Folk Goods Co.", "Portland, Oregon, USA", "USD", 900, 9000),
    ("Avon Street Interiors Ltd", "Bristol, United Kingdom", "GBP", 700, 7000),
    ("Atelier Croix-Rousse SARL", "Lyon, France", "EUR", 800, 8000),
    ("Galerie Niederdorf GmbH", "Zurich, Switzerland", "CHF", 900, 8500),
    ("Tiong Bahru Living Pte Ltd", "Singapore", "SGD", 1200, 11000),
    ("Al Seef Handicrafts Trading LLC", "Dubai, United Arab Emirates", "AED", 3500, 30000),
    ("Grunerlokka Kunst og Design AS", "Oslo, Norway", "NOK", 9000, 90000),
    ("Kiri Tane Design Ltd", "Wellington, New Zealand", "NZD", 600, 5500),
]
FX_RATES = {
    "USD": (86.0, 90.5),
    "GBP": (110.0, 118.0),
    "EUR": (94.0, 99.0),
    "CHF": (98.0, 104.0),
    "SGD": (64.0, 68.0),
    "AED": (23.4, 24.6),
    "NOK": (8.0, 8.6),
    "NZD": (50.0, 54.0),
}


def fx_sum(rng: random.Random, lo: int, hi: int) -> float:
    if rng.random() < 0.5:
        return float(rng.randrange(lo // 10, hi // 10) * 10)
    return round(rng.uniform(lo, hi), 2)


def french(value: float) -> str:
    """A sum the French way: a space between the thousands, a decimal comma (2 340,50)."""
    whole, frac = f"{value:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{' '.join(groups)},{frac}"


def swiss(value: float) -> str:
    """A sum the Swiss way: an apostrophe between the thousands, a decimal point (4'320.00)."""
    return f"{value:,.2f}".replace(",", "'")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers in Portland, Bristol, Lyon, Zurich, Singapore, Dubai, Oslo and Wellington paying for Sohrai
    and Khovar paintings: Xflow's page of a payment on its way (the steps left to right, waiting at the
    conversion), pending; the remitter's bank's SWIFT gpi tracker (the banks the payment passed, the
    charges paid by the sender); a French bank's avis de virement in French (Montant 2 340,00 EUR); a Swiss
    bank's payment confirmation (CHF 4'320.00); DBS IDEAL's telegraphic transfer receipt; Emirates NBD's
    transfer rejected by the beneficiary's bank, failed; Bank of India's FOREIGN INWARD REMITTANCE
    CERTIFICATE (a certificate in prose over a key column, its seal); PayPal's e-mail of money received in
    New Zealand dollars."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0)
    payer, town, cur, lo, hi = IMPORTERS[k]
    j.amount = fx_sum(rng, lo, hi)
    rate = round(rng.uniform(*FX_RATES[cur]), 4)
    inr = round(j.amount * rate, 2)
    me = rng.choice([SAMITI, SAMITI_CAPS, FULL])
    invoice = f"SKS/EXP/{fy(j.date)}/{rng.randrange(3, 60):03d}"
    return [
        xflow,
        gpi_tracker,
        avis_virement,
        swiss_confirmation,
        dbs_receipt,
        enbd_rejected,
        firc,
        paypal_mail,
    ][k](rng, font, j, payer, town, cur, rate, inr, me, invoice)


def xflow(rng, font, j: Job, payer, town, cur, rate, inr, me, invoice) -> tuple[list, dict, dict]:
    """Xflow's payment page: the sum, the steps left to right (sent, received, converting, paid out), then
    hairline rows; the day not printed (started "today", due tomorrow)."""
    p = browser_page(rng, font, f"app.xflowpay.com/receivables/payments/pay_{code(rng, 12, MIXED)}")
    extra(p)["brand"] = [58, 52, 180]
    p.part = "head"
    top(p, "Xflow")
    p.add("small", "Receivables  |  Payments")
    p.add("rule")
    p.part = "body"
    label(p, "Payment from")
    strong(p, payer)
    p.add("small", town)
    p.add("big", f"US$ {j.amount:,.2f}", amount=j.amount, cur=cur)
    said(p, "pending", "In transit - converting to INR")
    p.add("gap")
    hsteps(p, ["Sent by payer", "Received by Xflow", "Converting", "Paid out"], 2, "wait")
    p.add("small", "Expected in your bank account by tomorrow, 6 PM IST.")
    p.add("gap")
    pid = f"PAY-{code(rng, 10, ALNUM)}"
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    table(
        p,
        "xf",
        spec,
        None,
        [
            (["Payment ID", pid], {"txn": (TXN_RANK, pid)}),
            (
                ["Beneficiary", me if cells_fit_guess(p, 0.6, me) else SAMITI],
                {"merchant": me if cells_fit_guess(p, 0.6, me) else SAMITI},
            ),
            (["Payout to", f"State Bank of India ..{digits(rng, 4)}"], {"method": "netbanking"}),
            (["Indicative rate", f"1 USD = {rate:.2f} INR"], {}),
            (["Estimated INR", f"INR {num(inr)}"], {}),
            (["Invoice", invoice], {}),
            (["Started", "Today, " + hhmm(rng, lower=True, zero=False)], {}),
        ],
        flags=("lined",),
    )
    p.part = "foot"
    p.add("small", "The e-FIRA is issued once the money is paid out.")
    return p.done()


def gpi_tracker(rng, font, j: Job, payer, town, cur, rate, inr, me, invoice) -> tuple[list, dict, dict]:
    """The remitter's bank's SWIFT gpi tracker: the sum and the beneficiary, a green tick, the banks the
    payment passed from top to bottom (each its hour), the charges OUR; the UETR printed (no id of this
    set's), the bank's payment reference."""
    p = browser_page(rng, font, "online.lloydsbank.co.uk/personal/a/international/track")
    extra(p)["brand"] = [0, 110, 80]
    p.part = "head"
    logo(p, "LB", "Lloyds Bank", (0, 110, 80))
    p.add("small", "Business Internet Banking  |  Track an international payment")
    p.add("rule")
    p.part = "body"
    show = rng.choice([f"{sign(font, chr(0xA3), 'GBP ')}{j.amount:,.2f}", f"GBP {j.amount:,.2f}"])
    said(p, "success", "Payment credited to the beneficiary")
    p.add("gap")
    at = 0.36
    kv(p, "From", f"{payer}, Bristol", at=at, flags=("lined",))
    kv(p, "Beneficiary", me, at=at, flags=("lined",), merchant=me)
    kv(p, "Beneficiary bank", "State Bank of India, Hazaribagh (SBININBB)", at=at, flags=("lined",))
    kv(p, "Amount", show, at=at, flags=("lined",), amount=j.amount, cur=cur, method="netbanking")
    kv(p, "Charges", "OUR - all charges paid by you", at=at, flags=("lined",))
    kv(
        p,
        "Payment date",
        when_in(j, ["%d %B %Y", "%d/%m/%Y", "{d} %b %Y"], rng),
        at=at,
        flags=("lined",),
        date=j.date,
    )
    ref = f"LBP{j.date:%y%m%d}{digits(rng, 6)}"
    kv(p, "Payment reference", ref, at=at, flags=("lined",), txn=(BANK_RANK, ref))
    kv(
        p,
        "UETR",
        f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-"
        f"{code(rng, 4, HEXA)}-{code(rng, 12, HEXA)}",
        at=at,
        flags=("lined",),
    )
    p.add("gap")
    strong(p, "Where your payment has been")
    hours = sorted(rng.sample(range(8 * 60, 17 * 60), 4))
    for (state, text), minute in zip(
        [
            ("done", "Lloyds Bank plc, London - sent"),
            ("done", "Citibank N.A., London - passed on"),
            ("done", "State Bank of India, Mumbai - received"),
            ("done", "State Bank of India, Hazaribagh - credited"),
        ],
        hours,
    ):
        step_row(p, state, f"{text}  {minute // 60:02d}:{minute % 60:02d}")
    p.part = "foot"
    p.add("gap")
    p.add("small", "Tracking by SWIFT gpi. Times are UK time.")
    return p.done()


def step_row(p: Screen, state: str, text: str, **facts) -> None:
    """A step of a payment's trail: a dot, filled when done, joined to the next by a line."""
    face = load_font(p.font, p.style["size"])
    assert glyphs(p.font, text) and face.getlength(text) + 44 <= p.style["width"] - 2 * MARGIN, text
    extra(p)
    raw(p, f"step_{state}", text, **facts)


def avis_virement(rng, font, j: Job, payer, town, cur, rate, inr, me, invoice) -> tuple[list, dict, dict]:
    """A Lyon buyer's bank's AVIS D'OPERATION in French: Virement international emis, the labels against a
    colon, the sum the French way (2 340,00 EUR), Frais partages."""
    p = paper_page(rng, font, [720, 760])
    p.style["screen"] = True
    p.part = "head"
    top(p, "Banque Rh\u00f4ne-Alpes" if glyphs(font, "\u00f4") else "Banque Rhone-Alpes")
    p.add("small", "Agence Croix-Rousse, 69004 Lyon")
    strong(p, "AVIS D'OP\u00c9RATION" if glyphs(bold_of(font), "\u00c9") else "AVIS D'OPERATION", "c")
    p.add(
        "center",
        "Virement international \u00e9mis" if glyphs(font, "\u00e9") else "Virement international emis",
    )
    p.add("rule")
    p.part = "body"
    e = "\u00e9" if glyphs(font, "\u00e9") else "e"
    p.add("left", f"Donneur d'ordre : {payer}")
    p.add(
        "left",
        "Compte d\u00e9bit\u00e9 : FR76 XXXX XXXX XXXX 4417 12"
        if e == "\u00e9"
        else "Compte debite : FR76 XXXX XXXX XXXX 4417 12",
    )
    p.add("gap")
    at = 0.4
    show = rng.choice([f"{french(j.amount)} EUR", f"{french(j.amount)} {sign(font, chr(0x20AC), 'EUR')}"])
    ref = f"VIR{j.date:%Y%m%d}{digits(rng, 7)}"
    for name, value, facts in [
        (f"Date d'ex{e}cution", when(j.date, "%d/%m/%Y"), {"date": j.date}),
        (f"B{e}n{e}ficiaire", me, {"merchant": me}),
        (f"Banque du b{e}n{e}ficiaire", "State Bank of India, Hazaribagh", {}),
        ("BIC", "SBININBB", {}),
        ("Montant", show, {"amount": j.amount, "cur": cur, "method": "netbanking"}),
        ("Frais", f"partag{e}s (SHA)", {}),
        ("Motif", f"Facture {invoice}", {}),
        (f"R{e}f{e}rence de l'op{e}ration", ref, {"txn": (BANK_RANK, ref)}),
        ("Statut", f"Ex{e}cut{e}", {"status": "success"}),
    ]:
        kv(p, name, value, at=at, flags=("lined",), **facts)
    p.add("gap")
    p.add("small", f"Les fonds sont transmis au correspondant de la banque du b{e}n{e}ficiaire.")
    p.part = "foot"
    p.add(
        "small",
        f"Document {e}tabli le {when(j.date + dt.timedelta(days=1), '%d/%m/%Y')} - Banque Rhone-Alpes SA",
    )
    return p.done()


def swiss_confirmation(
    rng, font, j: Job, payer, town, cur, rate, inr, me, invoice
) -> tuple[list, dict, dict]:
    """A Zurich gallery's e-banking payment confirmation: the sum the Swiss way (CHF 4'320.00), the execution
    date; no reference printed."""
    p = browser_page(rng, font, "ebanking.limmatbank.ch/payments/confirmation")
    extra(p)["brand"] = [200, 20, 40]
    p.part = "head"
    logo(p, "LB", "Limmat Bank", (200, 20, 40))
    p.add("small", "E-Banking  |  Payments  |  Confirmation")
    p.add("rule")
    p.part = "body"
    icon(p, "tick")
    said(p, "success", "Your payment has been executed")
    p.add("big", f"CHF {swiss(j.amount)}", amount=j.amount, cur=cur)
    p.add("gap")
    tiles(
        p,
        [
            ("Debit account", f"CH93 XXXX XXXX {digits(rng, 4)}", {}),
            ("Execution date", when(j.date, "%d.%m.%Y"), {"date": j.date}),
            (
                "Beneficiary",
                me if fits(p, "left", me + me[:8]) else SAMITI,
                {"merchant": me if fits(p, "left", me + me[:8]) else SAMITI},
            ),
            ("Payment type", "International (SWIFT)", {"method": "netbanking"}),
            ("Beneficiary's bank", "State Bank of India", {}),
            ("Charges", "Shared", {}),
        ],
    )
    label(p, "Message to beneficiary")
    p.add("left", f"Invoice {invoice} - 3 Khovar paintings")
    p.part = "foot"
    p.add("gap")
    p.add("small", "Print  |  Save as PDF  |  New payment")
    return p.done()


def dbs_receipt(rng, font, j: Job, payer, town, cur, rate, inr, me, invoice) -> tuple[list, dict, dict]:
    """DBS IDEAL's telegraphic transfer receipt: a filled heading bar per section, the fields in a zebra
    table."""
    p = browser_page(rng, font, "ideal.dbs.com/ideal/transactions/tt/receipt")
    extra(p)["brand"] = [220, 20, 30]
    p.part = "head"
    top(p, "DBS IDEAL")
    p.add("small", "Telegraphic Transfer - Transaction Receipt")
    p.add("rule")
    p.part = "body"
    said(p, "success", "Transaction Completed", "left")
    p.add("gap")
    show = rng.choice([f"SGD {j.amount:,.2f}", f"S${j.amount:,.2f}"])
    spec = [(0.0, 0.42, "l"), (0.42, 1.0, "l")]
    ref = f"TT{j.date:%y%m%d}{digits(rng, 8)}"
    table(
        p,
        "d1",
        spec,
        ["Transfer details", ""],
        [
            (["Transaction reference", ref], {"txn": (BANK_RANK, ref)}),
            (["Customer reference", f"KHOVAR-{rng.randrange(10, 99)}"], {}),
            (["Transaction date", when(j.date, "%d %b %Y")], {"date": j.date}),
            (["Amount", show], {"amount": j.amount, "cur": cur}),
            (["Charges", "SHA"], {}),
        ],
        head_flags=("fill",),
        flags=("zebra",),
    )
    p.add("gap")
    name = me if cells_fit_guess(p, 0.58, me) else SAMITI_CAPS
    table(
        p,
        "d2",
        spec,
        ["Beneficiary", ""],
        [
            (["Name", name], {"merchant": name}),
            (["Account", f"XXXXXXX{digits(rng, 4)}"], {}),
            (["Bank", "STATE BANK OF INDIA"], {}),
            (["SWIFT", "SBININBB"], {"method": "netbanking"}),
            (["Purpose", "Purchase of handicrafts"], {}),
        ],
        head_flags=("fill",),
        flags=("zebra",),
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Debited from {payer} - Current account XXX-X-{digits(rng, 5)}")
    return p.done()


def enbd_rejected(rng, font, j: Job, payer, town, cur, rate, inr, me, invoice) -> tuple[list, dict, dict]:
    """Emirates NBD's business app: the transfer rejected by the beneficiary's bank, the sum returned."""
    p = phone_page(rng, font, 5, ["Transfer details"])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (0, 45, 98), (255, 255, 255)
    p.add("title", "Emirates NBD")
    p.add("gap")
    if not p.style["h106"]["dark"]:
        p.add("gap")
    p.part = "body"
    icon(p, "cross")
    said(p, "failed", "Transfer rejected")
    p.add("big", f"AED {j.amount:,.2f}", amount=j.amount, cur=cur)
    p.add("small", "The beneficiary's bank returned the transfer: the account name does not match.")
    p.add("small", "The amount has been returned to your account.")
    p.add("gap")
    ref = f"ENBD{digits(rng, 12)}"
    name = me if fits(p, "left", me) else SAMITI
    label(p, "Beneficiary")
    p.add("left", name, merchant=name)
    label(p, "Bank")
    p.add("left", "State Bank of India, Hazaribagh, India", method="netbanking")
    label(p, "Reference number")
    p.add("left", ref, txn=(BANK_RANK, ref))
    label(p, "Date")
    p.add("left", when(j.date, "%d %b %Y"), date=j.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Edit and retry  |  Contact us")
    return p.done()


def firc(rng, font, j: Job, payer, town, cur, rate, inr, me, invoice) -> tuple[list, dict, dict]:
    """Bank of India's FOREIGN INWARD REMITTANCE CERTIFICATE: a certificate in prose, a key column of the
    particulars, the day credited (never the certificate's own day), the branch's seal."""
    p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, rng.choice(["Bank of India", "BANK OF INDIA"]))
    p.add("small", "Hazaribagh Main Branch  |  Authorised Dealer Category I")
    strong(p, "FOREIGN INWARD REMITTANCE CERTIFICATE", "c")
    p.add("rule")
    p.part = "body"
    issued = j.date + dt.timedelta(days=rng.randrange(3, 15))
    no = f"BOI/HZB/FIRC/{j.date.year}/{rng.randrange(10, 400):04d}"
    grid(p, "fn", [(0.0, 0.6, "l"), (0.6, 1.0, "r")])
    row(p, "fn", f"FIRC No. {no}", f"Date: {when(issued, '%d/%m/%Y')}", txn=(INVOICE_RANK, no))
    p.add(
        "left",
        f"This is to certify that we have received the foreign currency remittance below for credit to "
        f"the account of our customer {me} and have paid the rupee equivalent to that account.",
        merchant=me,
        status="success",
    )
    p.add("gap")
    inward = f"BKIDIW{j.date:%y}{digits(rng, 7)}"
    at = 0.42
    for name, value, facts in [
        ("Remitter", f"{payer}, {town}", {}),
        ("Remitting bank", "DNB Bank ASA, Oslo", {}),
        ("Amount in foreign currency", f"NOK {j.amount:,.2f}", {"amount": j.amount, "cur": cur}),
        ("Mode", "SWIFT MT103", {"method": "netbanking"}),
        ("Date of credit", when(j.date, "%d/%m/%Y"), {"date": j.date}),
        ("Rate of exchange", f"{rate:.4f}", {}),
        ("Rupee equivalent", f"INR {num(inr)}", {}),
        ("Inward reference", inward, {"txn": (BANK_RANK, inward)}),
        ("Purpose", "P0102 - export of goods (paintings)", {}),
    ]:
        kv(p, name, value, at=at, **facts)
    p.add("gap")
    p.add("left", "For Bank of India")
    p.part = "foot"
    seal(p, "BANK OF INDIA * HAZARIBAGH MAIN BRANCH *", ["FOREX", "CELL"], "violet")
    return p.done()


def paypal_mail(rng, font, j: Job, payer, town, cur, rate, inr, me, invoice) -> tuple[list, dict, dict]:
    """PayPal's e-mail of money received: the sentence with the sum, the details in hairline rows (the fee
    and the net under the sum)."""
    p = mail_page(
        rng, font, "service@intl.paypal.com", [f"You've got money from {payer}", "You received a payment"]
    )
    extra(p)["brand"] = [0, 48, 135]
    p.part = "head"
    top(p, "PayPal")
    p.add("rule")
    p.part = "body"
    show = rng.choice([f"NZ${j.amount:,.2f} NZD", f"NZD {j.amount:,.2f}"])
    p.add("left", f"{payer} sent you {show}.", amount=j.amount, cur=cur, status="success")
    p.add(
        "left",
        "The money is in your PayPal balance. You can withdraw it to your bank account.",
        method="wallet",
    )
    p.add("gap")
    fee = round(j.amount * 0.044 + 0.45, 2)
    tid = f"{digits(rng, 1)}{code(rng, 16, ALNUM)}"
    name = me if cells_fit_guess(p, 0.6, me) else SAMITI
    table(
        p,
        "pp",
        [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
        ["Transaction details", ""],
        [
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Transaction date", when(j.date, rng.choice(["%d %B %Y", "%B {d}, %Y"]))], {"date": j.date}),
            (["Sent to", name], {"merchant": name}),
            (["Amount received", f"NZ${j.amount:,.2f} NZD"], {}),
            (["Fee", f"-NZ${fee:,.2f} NZD"], {}),
            (["Net amount", f"NZ${j.amount - fee:,.2f} NZD"], {}),
            (["Note from sender", f"Invoice {invoice}"], {}),
        ],
        flags=("lined",),
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "PayPal Pte. Ltd. | Please don't reply to this e-mail.")
    return p.done()


# ---------------------------------------------------------------- 4. the Samiti's own bills and receipts


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Samiti's own papers: a receipt written by hand on a ruled notebook's page (the studio on top, the
    Hindi words in Latin letters, no number) with the Samiti's round seal; the Ranchi shop's GST invoice (a
    logo disc, a zebra table, a UPI QR code and a PAID pill); the Kendra's workshop pass (a ticket: a dashed
    tear line, a barcode); a bilingual money receipt for a mural's balance (a Devanagari heading, two
    columns of fields, a PAID watermark); the web shop's checkout with its payment failed in a dialog over
    the dimmed page; a member's share capital receipt filled in by hand, the cheque subject to realisation;
    the Surajkund mela stall's carbon copy of a cash / credit memo filled in by hand; a cash sale bill
    printed in fixed-width type on green-bar continuous stationery."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=900, high=26000, p_round=0.8)
    return [
        notebook_receipt,
        shop_invoice,
        workshop_pass,
        money_receipt,
        failed_checkout,
        share_receipt,
        carbon_memo,
        greenbar_bill,
    ][k](rng, font, j)


HINDI_NUMBERS = {
    1: "ek",
    2: "do",
    3: "teen",
    4: "chaar",
    5: "paanch",
    6: "chhah",
    7: "saat",
    8: "aath",
    9: "nau",
}


def hindi_words(value: int) -> str:
    """A whole sum as a hand writes it in Hindi in Latin letters (thousands and hundreds only)."""
    parts = []
    if value // 1000:
        th = value // 1000
        parts.append(f"{HINDI_NUMBERS.get(th, str(th))} hazaar")
    if value % 1000 // 100:
        parts.append(f"{HINDI_NUMBERS[value % 1000 // 100]} sau")
    if value % 100:
        parts.append(str(value % 100))
    return " ".join(parts) + " rupaye"


def notebook_receipt(rng, font, j: Job) -> tuple[list, dict, dict]:
    """A receipt written by hand on a ruled notebook's page at the studio: the studio on top, the payer, the
    sum in figures and words, "nakad" (cash), the painting, a signature, the Samiti's seal; no number."""
    p = paper_page(rng, font, [640, 680])
    sheet(p, "ruled")
    p.style["size"] = rng.choice([20, 21])
    j.amount = float(rng.randrange(8, 90) * 100)
    buyer = rng.choice(
        [
            "Shri Rakesh Verma, Hazaribagh",
            "Smt. Kiran Soy, Chaibasa",
            "Dr. Amit Sinha, Ranchi",
            "Ms. Anjali Dutta, Dhanbad",
        ]
    )
    work, _, _ = rng.choice(PAINTINGS[:7])
    studio = rng.choice([STUDIO, f"{STUDIO}, Jorakath"])
    p.part = "head"
    hand(p, studio, 0.22, merchant=STUDIO)
    hand(p, "Prapti Rasid (Receipt)", 0.3)
    p.part = "body"
    hand(
        p,
        f"Dinank: {when(j.date, rng.choice(['{d}/{m}/%y', '%d.%m.%Y', '{d}-{m}-%Y']))}".replace(
            "{m}", str(j.date.month)
        ),
        0.55,
        date=j.date,
    )
    hand(p, f"Prapt kiya {buyer} se", status="success")
    hand(
        p,
        f"Rs. {num(j.amount, 'indian', 0)}/- ({hindi_words(int(j.amount))}) nakad",
        amount=j.amount,
        method="cash",
    )
    hand(p, f"{work.split(',')[0]} ke liye.")
    p.add("gap")
    squiggle(p, "r")
    hand(p, "(Sunita Devi, sachiv)", 0.55)
    seal(p, "SOHRAI KHOVAR KALAKAR SAMITI * JORAKATH *", ["KOHBAR", "CHITRASHALA"], "violet")
    return p.done()


def shop_invoice(rng, font, j: Job) -> tuple[list, dict, dict]:
    """The Ranchi shop's GST invoice: a logo disc, the invoice's number and day, a zebra table of the
    paintings, the GST lines, the total in bold, the UPI QR it was paid by and a PAID pill with the UPI
    reference."""
    p = paper_page(rng, font, [720, 760])
    extra(p)["brand"] = [142, 58, 32]
    p.part = "head"
    shop = rng.choice([SHOP, SHOP_CAPS])
    logo(p, "KH", shop, (142, 58, 32), merchant=shop)
    p.add("small", f"A unit of {FULL}")
    p.add("small", f"{UNITS['shop'][1]}  |  GSTIN {gstin(rng, '20')}")
    strong(p, "TAX INVOICE", "c")
    p.add("rule")
    p.part = "body"
    inv = f"KH/{fy(j.date)}/{rng.randrange(100, 990)}"
    grid(p, "ih", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    row(
        p,
        "ih",
        f"Invoice No.: {inv}",
        f"Date: {when_in(j, ['%d/%m/%Y', '%d-%b-%Y'], rng)}",
        txn=(INVOICE_RANK, inv),
        date=j.date,
    )
    p.add(
        "left",
        f"Customer: {rng.choice(['Walk-in customer', 'Ms. Ritika Bhagat, Morabadi', 'Mr. Sanjay Oraon'])}",
    )
    lines = []
    taxable = 0.0
    for i in rng.sample(range(len(PAINTINGS)), rng.randrange(1, 4)):
        work, lo, hi = PAINTINGS[i]
        price = float(rng.randrange(lo, hi, 50))
        taxable += price
        lines.append(([work.split(",")[0], "4420" if i == 7 else "9701", "1", num(price)], {}))
    gst = round(taxable * 0.05, 2)
    j.amount = round(taxable + gst, 2)
    lines.append((["Taxable value", "", "", num(taxable)], {}))
    lines.append((["CGST @ 2.5%", "", "", num(gst / 2)], {}))
    lines.append((["SGST @ 2.5%", "", "", num(gst / 2)], {}))
    lines.append((["=Total", "", "", num(j.amount)], {"amount": j.amount}))
    table(
        p,
        "si",
        [(0.0, 0.6, "l"), (0.6, 0.72, "c"), (0.72, 0.8, "c"), (0.8, 1.0, "r")],
        ["Item", "HSN", "Qty", "Amount"],
        lines,
        head_flags=("fill",),
        flags=("zebra",),
    )
    p.add("small", f"({words_in_rupees(j.amount)})")
    p.add("gap")
    grid(p, "py", [(0.0, 0.7, "l"), (0.7, 1.0, "r")])
    chip(p, "PAID", "success", "l")
    row(p, "py", f"Paid by UPI, Ref. {j.ref}", "", method="UPI", txn=(UTR_RANK, j.ref))
    p.add("gap")
    qr(p, "r", 4)
    p.add("small", "Scan to pay with any UPI app  |  khovarhaat@ybl")
    p.part = "foot"
    p.add("small", "Goods once sold are not taken back. Each painting carries the artist's name on its back.")
    return p.done()


def workshop_pass(rng, font, j: Job) -> tuple[list, dict, dict]:
    """The Kendra's workshop pass: the Kendra on top, the workshop and its (later) day, a dashed tear line,
    the stub with the booking, the sum paid, the UPI reference, the day booked and a barcode."""
    p = paper_page(rng, font, [640, 680])
    p.style["screen"] = True
    extra(p)["brand"] = [150, 60, 20]
    p.part = "head"
    kendra = rng.choice([KENDRA, KENDRA.upper()])
    top(p, kendra, merchant=kendra)
    p.add("small", UNITS["kendra"][1])
    strong(p, "WORKSHOP PASS", "c", 1.1)
    p.add("gap")
    p.part = "body"
    seats = rng.randrange(1, 5)
    fee = float(rng.choice([600, 750, 900, 1200]))
    j.amount = seats * fee
    later = j.date + dt.timedelta(days=rng.randrange(4, 20))
    start = box_from(p)
    strong(
        p,
        rng.choice(
            [
                "Sohrai wall painting - one day",
                "Khovar comb-cut - weekend",
                "Earth colours and brushes - half day",
            ]
        ),
    )
    p.add("left", f"On {when(later, '%A, {d} %B %Y')}, 10 am to 4 pm")
    p.add("left", f"Seats: {seats}  |  Lunch and colours included")
    box_to(p, start, radius=12, tint=True)
    p.add("gap")
    p.add("rule")
    p.add("small", "- - - tear here - - -")
    booking = f"IPK-{j.date:%y%m}-{digits(rng, 4)}"
    tiles(
        p,
        [
            ("Booking", booking, {"txn": (ORDER_RANK, booking)}),
            ("Amount paid", f"Rs. {num(j.amount)}", {"amount": j.amount}),
            ("Paid by", "UPI", {"method": "UPI"}),
            ("UPI Ref", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Booked on", when_in(j, ["%d/%m/%Y", "{d} %b %Y"], rng), {"date": j.date}),
            ("Status", "Confirmed - paid", {"status": "success"}),
        ],
    )
    p.add("gap")
    bars(p, booking)
    p.part = "foot"
    p.add("small", "Show this pass at the Kendra. Wear old clothes: earth colours stain.")
    return p.done()


def money_receipt(rng, font, j: Job) -> tuple[list, dict, dict]:
    """A bilingual money receipt for a mural's balance: the Samiti's Devanagari heading over its English name,
    DHAN PRAPTI RASID / MONEY RECEIPT, the fields in two columns (Receipt No. | Date, the payer, the sum, the
    way and its UTR, towards), PAID across the page."""
    p = paper_page(rng, font, [740, 780])
    watermark(p, "PAID")
    p.part = "head"
    deva(p, "सोहराई खोवर कलाकार स्वावलंबी सहकारी समिति लि.", 1.05, True)
    name = rng.choice([FULL, SAMITI_CAPS])
    shown = fit_name(p, "title", [name, SAMITI_CAPS])
    top(p, shown, merchant=shown)
    p.add("small", f"{OFFICE}  |  Regd. No. 214/HZB/2014")
    strong(p, "DHAN PRAPTI RASID / MONEY RECEIPT", "c")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.randrange(60000, 240000, 500))
    utr = bank_ref(rng, j, "State Bank of India", "RTGS" if j.amount >= 200000 else "NEFT")
    no = str(rng.randrange(110, 990))
    grid(p, "mr", [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.52, 0.68, "l"), (0.68, 1.0, "l")], bold=(0, 2))
    row(
        p,
        "mr",
        "Rasid No.",
        no,
        "Dinank",
        when_in(j, ["%d/%m/%Y", "%d.%m.%Y"], rng),
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    p.add("gap")
    kv(p, "Received from", "Jharkhand Tourism Development Corporation Ltd, Ranchi", at=0.3, flags=("lined",))
    kv(p, "Rupees", words_in_rupees(j.amount), at=0.3, flags=("lined",))
    kv(p, "Mode", "RTGS" if j.amount >= 200000 else "NEFT", at=0.3, flags=("lined",), method="netbanking")
    kv(p, "UTR", utr, at=0.3, flags=("lined",), txn=(UTR_RANK, utr))
    kv(
        p,
        "Towards",
        "Balance for the Sohrai mural at the tourist lodge, Hazaribagh",
        at=0.3,
        flags=("lined",),
    )
    p.add("gap")
    band(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount, status="success")
    p.add("gap")
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], flags=("soft",))
    squiggle(p, "r")
    row(p, "sg", "Received with thanks", "Sachiv / Secretary")
    return p.done()


def failed_checkout(rng, font, j: Job) -> tuple[list, dict, dict]:
    """The web shop's checkout page dimmed behind Razorpay's dialog: Payment failed, the sum, the way tried,
    the payment id, Retry; no day printed."""
    p = browser_page(rng, font, "khovarhaat.in/checkout/payment")
    p.part = "head"
    shop = rng.choice([SHOP, SHOP_CAPS])
    top(p, shop, merchant=shop)
    p.add("small", "Cart  >  Address  >  Payment")
    p.add("rule")
    p.part = "body"
    work, lo, hi = rng.choice(PAINTINGS[:7])
    price = float(rng.randrange(lo, hi, 50))
    ship = float(rng.choice([0, 149]))
    j.amount = price + ship
    p.add("pair", work.split(",")[0], num(price))
    p.add("pair", "Shipping", num(ship) if ship else "Free")
    p.add("pair", "Total (incl. GST)", f"Rs. {num(j.amount)}")
    p.add("gap")
    start = box_from(p)
    strong(p, "Razorpay", "c")
    icon(p, "cross")
    said(p, "failed", "Payment failed")
    p.add("center", f"Rs. {num(j.amount)} could not be charged.", amount=j.amount)
    way = rng.choice(["card", "UPI"])
    p.add(
        "center",
        f"Tried: Debit card {masked(rng, font)}" if way == "card" else "Tried: UPI",
        method=way,
    )
    pay = f"pay_{code(rng, 14, MIXED)}"
    p.add("small", f"Payment ID: {pay}", txn=(TXN_RANK, pay))
    p.add("small", "Your bank declined the payment. No money was taken.")
    p.add("center", "[ Retry payment ]")
    modal(p, start)
    p.add("gap")
    p.add("gap")
    p.part = "foot"
    p.add("small", "Secured by Razorpay")
    return p.done()


def share_receipt(rng, font, j: Job) -> tuple[list, dict, dict]:
    """A member's SHARE CAPITAL RECEIPT filled in by hand: the Samiti on top, No. printed, the blanks written
    in (the member, the shares, the sum, the cheque), SUBJECT TO REALISATION stamped."""
    p = paper_page(rng, font, [720, 760])
    pen_face(p)
    p.part = "head"
    shown = fit_name(p, "title", [FULL, SAMITI])
    top(p, shown, merchant=shown)
    p.add("small", REGD)
    strong(p, "SHARE CAPITAL RECEIPT", "c")
    p.add("rule")
    p.part = "body"
    no = str(rng.randrange(120, 900))
    shares = rng.choice([5, 10, 20, 25])
    j.amount = float(shares * 100 + 10)
    member = rng.choice(["Smt. Basanti Munda", "Smt. Lalita Hansda", "Smt. Chinta Devi", "Smt. Rinki Oraon"])
    grid(p, "sh", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    row(p, "sh", f"No. {no}", "", txn=(INVOICE_RANK, no))
    fill(
        p,
        "Date",
        when(j.date, rng.choice(["%d/%m/%Y", "{d}/%m/%y"])),
        "Member No.",
        f"M-{rng.randrange(40, 400)}",
        date=j.date,
    )
    fill(p, "Received from", member)
    fill(p, "the sum of Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    fill(p, "towards", f"{shares} shares of Rs. 100 each + Rs. 10 entry fee")
    fill(
        p, "by cheque No.", digits(rng, 6), "dated", when(earlier(rng, j, 1, 5), "%d/%m/%y"), method="cheque"
    )
    fill(p, "drawn on", "Jharkhand Rajya Gramin Bank, Barkagaon")
    p.add("gap")
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], flags=("soft",))
    squiggle(p, "r")
    row(p, "sg", "", "Treasurer")
    p.add("gap", status="pending")
    rubber(p, ["CHEQUE RECEIVED", "SUBJECT TO REALISATION"], "red")
    return p.done()


def carbon_memo(rng, font, j: Job) -> tuple[list, dict, dict]:
    """The mela stall's carbon copy of a CASH / CREDIT MEMO: printed, then filled in by hand (the day, the
    buyer, the rows, the total, the card's approval code) all in the carbon's blue, DUPLICATE at the top."""
    p = paper_page(rng, font, [640, 680])
    sheet(p, "carbon")
    move(j, rng, MELA_START + dt.timedelta(days=rng.randrange(16)))
    p.part = "head"
    p.add("right", "DUPLICATE")
    top(p, SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Stall No. 412, Jharkhand Pavilion, Surajkund International Crafts Mela")
    strong(p, "CASH / CREDIT MEMO", "c")
    p.add("rule")
    p.part = "body"
    no = str(rng.randrange(1200, 1900))
    grid(p, "cmh", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    row(p, "cmh", f"No. {no}", "", txn=(INVOICE_RANK, no))
    fill(p, "Date", when(j.date, rng.choice(["{d}/2/26", "%d.02.2026", "{d}-2-26"])), date=j.date)
    fill(
        p,
        "M/s",
        rng.choice(
            ["Mrs. Nandini Kapoor, Gurugram", "Mr. Harish Bhatia, Faridabad", "Ms. Ayesha Khan, Noida"]
        ),
    )
    p.add("gap")
    grid(
        p,
        "cmr",
        [(0.0, 0.1, "c"), (0.1, 0.62, "l"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        flags=("ruled",),
        pen=(0, 1, 2, 3),
        group="cm",
    )
    grid(
        p,
        "cmq",
        [(0.0, 0.1, "c"), (0.1, 0.62, "l"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        flags=("ruled", "head"),
        group="cm",
    )
    row(p, "cmq", "Qty", "Particulars", "Rate", "Amount")
    total = 0
    for i in rng.sample(range(len(PAINTINGS)), rng.randrange(1, 4)):
        work, lo, hi = PAINTINGS[i]
        price = rng.randrange(lo // 100, hi // 100) * 100
        qty = 1 if i != 7 else 2
        total += qty * price
        row(p, "cmr", str(qty), work.split(" - ")[-1].split(",")[0][:24], str(price), str(qty * price))
    j.amount = float(total)
    grid(p, "cmt", [(0.0, 0.62, "r"), (0.62, 1.0, "r")], pen=(1,))
    row(p, "cmt", "Total Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    appr = digits(rng, 6)
    fill(p, "Paid by", f"Card (Visa) - Appr. {appr}", method="card", txn=(APPR_RANK, appr))
    p.add("gap")
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], flags=("soft",))
    row(p, "sg", "E. & O.E.", f"For {SHOP_CAPS}")
    p.add("center", "Thank you - visit us at Kutchery Road, Ranchi", status="success")
    return p.done()


def greenbar_bill(rng, font, j: Job) -> tuple[list, dict, dict]:
    """A cash sale bill printed by the studio's old accounting program on green-bar continuous stationery, in
    fixed-width type: the studio on top, BILL NO. and DATE, the items in columns, the TOTAL, the UPI
    reference."""
    p = paper_page(rng, font, [760, 800])
    sheet(p, "greenbar")
    mono = rng.choice(MONO_FACES)
    grid(p, "gb", [(0.0, 1.0, "l")], face=mono, scale=0.92)
    studio = STUDIO.upper()
    p.part = "head"
    rows_ = [
        (f"{studio:^58}", {"merchant": studio}),
        (f"{'JORAKATH, BARKAGAON, HAZARIBAGH':^58}", {}),
        (f"{'CASH SALE BILL':^58}", {}),
        ("-" * 58, {}),
    ]
    no = f"{rng.randrange(300, 990):05d}"
    rows_.append(
        (f"BILL NO. : {no:<14}DATE : {when(j.date, '%d/%m/%Y')}", {"txn": (INVOICE_RANK, no), "date": j.date})
    )
    rows_.append(
        (f"PARTY    : {rng.choice(['CASH', 'ST. XAVIERS COLLEGE STAFF CLUB', 'R.K. JHA, DHANBAD'])}", {})
    )
    rows_.append(("-" * 58, {}))
    rows_.append((f"{'SL':<3}{'PARTICULARS':<31}{'QTY':>4}{'RATE':>10}{'AMOUNT':>10}", {}))
    total = 0.0
    for n, i in enumerate(rng.sample(range(len(PAINTINGS)), rng.randrange(2, 4)), start=1):
        work, lo, hi = PAINTINGS[i]
        price = float(rng.randrange(lo // 50, hi // 50) * 50)
        qty = rng.choice([1, 1, 2]) if i in (4, 7) else 1
        total += qty * price
        title = work.split(",")[0].split(" - ")[-1].upper()[:30]
        rows_.append((f"{n:<3}{title:<31}{qty:>4}{price:>10.2f}{qty * price:>10.2f}", {}))
    j.amount = total
    rows_.append(("-" * 58, {}))
    rows_.append((f"{'TOTAL':<38}{'':>10}{total:>10.2f}", {"amount": j.amount}))
    rows_.append((f"RS. {words_in_rupees(total)[7:].upper()}"[:58], {}))
    rows_.append(("-" * 58, {}))
    rows_.append((f"PAID BY UPI  REF NO {j.ref}", {"method": "UPI", "txn": (UTR_RANK, j.ref)}))
    rows_.append(("RECEIVED WITH THANKS", {"status": "success"}))
    for n, (text, facts) in enumerate(rows_):
        if n == 4:
            p.part = "body"
        row(p, "gb", text, **facts)
    p.part = "foot"
    p.add("gap")
    row(p, "gb", f"{'':>38}FOR {studio}")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' papers


# supplier, its town, its GST state code
SUPPLIERS = [
    ("Kalpi Hastnirmit Kagaz Udyog", "Station Road, Kalpi, District Jalaun, Uttar Pradesh - 285204", "09"),
    ("Sharma Frame House", "Main Road, Hazaribagh - 825301", "20"),
    ("Rang Mahal Art Suppliers", "College Street, Kolkata - 700073", "19"),
    ("Ranchi Packers and Cartons", "Industrial Area, Kokar, Ranchi - 834001", "20"),
    ("India Post", "Hazaribagh H.O. - 825301", "20"),
    ("Maa Durga Tour and Travels", "Korrah Chowk, Hazaribagh - 825301", "20"),
    ("Chhotanagpur Offset Printers", "Lalpur, Ranchi - 834001", "20"),
    ("Maa Chhinnamastika Minerals", "Rajrappa Road, Ramgarh - 829101", "20"),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """What the Samiti buys and hires: a Kalpi paper maker's invoice with PAID across it (the payment's line
    at its foot); OkCredit's page of a payment to a framer still processing; a Kolkata art supplier's letter
    that a cheque bounced; a carton maker's invoice from Swipe (ledger columns, the paid sum on a strip, a
    green PAID stamp); India Post's Speed Post booking receipt on a thermal roll (no reference); a taxi
    operator's trip bill filled in by hand (the kilometres in a ruled row); a printer's bill (two columns of
    particulars, the job, the round PAID seal); an earth-colour dealer's cash memo with a Devanagari heading
    and its date left blank."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=1200, high=60000, p_round=0.7)
    name, town, state = SUPPLIERS[k]
    return [
        paper_invoice,
        okcredit_page,
        bounce_letter,
        swipe_invoice,
        speed_post,
        trip_bill,
        printer_bill,
        mineral_memo,
    ][k](rng, font, j, name, town, state)


def paper_invoice(rng, font, j: Job, name, town, state) -> tuple[list, dict, dict]:
    """A paper maker's TAX INVOICE with PAID across it: Bill to and the invoice's number and day side by
    side, the sheets under hairlines, IGST, the total, then the payment's line (by NEFT, its UTR, the day
    received)."""
    p = paper_page(rng, font, [740, 780])
    watermark(p, "PAID")
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", town)
    p.add("small", f"GSTIN {gstin(rng, state)}  |  Handmade paper from cotton rag and jute")
    strong(p, "TAX INVOICE", "c")
    p.add("rule")
    p.part = "body"
    day = earlier(rng, j, 6, 25)
    inv = f"KHK/{fy(j.date)}/{rng.randrange(40, 700)}"
    grid(p, "pb", [(0.0, 0.55, "l"), (0.58, 1.0, "l")], bold=(0, 1))
    grid(p, "pv", [(0.0, 0.55, "l"), (0.58, 1.0, "l")])
    row(p, "pb", "Bill to", "Invoice")
    row(p, "pv", SAMITI, f"No. {inv}", txn=(INVOICE_RANK, inv))
    row(p, "pv", "Matwari, Hazaribagh, Jharkhand", f"Date {when(day, '%d/%m/%Y')}")
    row(p, "pv", f"GSTIN {gstin(rng, '20')}", "Place of supply: Jharkhand (20)")
    p.add("gap")
    lines = []
    taxable = 0.0
    for item, lo, hi in rng.sample(
        [
            ("Cotton rag paper 22x30 in, 300 gsm", 38, 60),
            ("Jute paper 20x30 in", 24, 40),
            ("Khadi paper 15x22 in, 210 gsm", 14, 26),
            ("Deckle-edge card 11x15 in", 8, 16),
        ],
        rng.randrange(2, 4),
    ):
        qty = rng.choice([100, 150, 200, 250, 500])
        rate = float(rng.randrange(lo, hi))
        taxable += qty * rate
        lines.append(([item, "4802", str(qty), num(rate), num(qty * rate)], {}))
    igst = round(taxable * 0.12, 2)
    freight = float(rng.choice([650, 900, 1200]))
    j.amount = round(taxable + igst + freight, 2)
    lines.append((["IGST @ 12%", "", "", "", num(igst)], {}))
    lines.append((["Freight (transport to Hazaribagh)", "", "", "", num(freight)], {}))
    lines.append((["=Total", "", "", "", num(j.amount)], {"amount": j.amount}))
    table(
        p,
        "pi",
        [(0.0, 0.46, "l"), (0.46, 0.56, "c"), (0.56, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
        ["Description", "HSN", "Qty", "Rate", "Amount"],
        lines,
        flags=("lined",),
    )
    p.add("small", f"({words_in_rupees(j.amount)})")
    p.add("gap")
    utr = bank_ref(rng, j, "Bank of India", "NEFT")
    p.add(
        "left",
        f"Payment received by NEFT, UTR {utr}, on {when_in(j, ['%d/%m/%Y', '%d-%m-%Y'], rng)}. Thank you.",
        method="netbanking",
        txn=(UTR_RANK, utr),
        date=j.date,
        status="success",
    )
    p.part = "foot"
    p.add("gap")
    right(p, f"for {name}")
    return p.done()


def okcredit_page(rng, font, j: Job, name, town, state) -> tuple[list, dict, dict]:
    """OkCredit's page of a payment to the framer: the framer's disc and name, the balance due before it,
    the sum being paid, an amber Processing pill, then the way, the UPI reference and the day started."""
    p = phone_page(rng, font, 1, ["", "Payment"])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (26, 142, 86), (255, 255, 255)
    p.add("title", "OkCredit")
    p.add("gap")
    if not p.style["h106"]["dark"]:
        p.add("gap")
    p.part = "body"
    logo(p, "SF", name, (26, 142, 86), merchant=name)
    label(p, f"{town.split(' - ')[0]}  |  +91 {phone(rng)[:5]} XXXXX")
    p.add("gap")
    due = float(rng.randrange(int(j.amount) + 1000, int(j.amount) + 12000, 10))
    p.add("pair", "Balance due", f"Rs. {num(due)}")
    j.amount = float(round(j.amount))
    p.add("pair", "You are paying", f"Rs. {num(j.amount)}", amount=j.amount)
    p.add("gap")
    chip(p, "Processing", "pending")
    p.add("small", "Your bank has not confirmed yet. The framer will see the payment once it is done.")
    p.add("gap")
    start = box_from(p)
    p.add("pair", "Paid via", "UPI", method="UPI")
    p.add("pair", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    p.add("pair", "Started", when_in(j, ["{d} %b %Y", "%d/%m/%Y"], rng), date=j.date)
    p.add(
        "pair", "For", rng.choice(["42 frames, teak finish", "Mount board and glass", "Frames for the mela"])
    )
    box_to(p, start, radius=12)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Do not pay again while the payment is processing.")
    return p.done()


def bounce_letter(rng, font, j: Job, name, town, state) -> tuple[list, dict, dict]:
    """An art supplier's letter that the Samiti's cheque came back unpaid: its reference and the letter's
    (later) day, the sentence with the cheque, the sum and the day returned, the charges asked for."""
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", town)
    p.add("small", f"GSTIN {gstin(rng, state)}  |  Acrylics, brushes, varnish and canvas")
    p.add("rule")
    p.part = "body"
    letter = j.date + dt.timedelta(days=rng.randrange(1, 4))
    ref = f"RMA/ACC/{j.date.year}/{rng.randrange(30, 400)}"
    grid(p, "bl", [(0.0, 0.55, "l"), (0.55, 1.0, "r")])
    row(p, "bl", f"Ref: {ref}", f"Date: {when(letter, '%d.%m.%Y')}", txn=(INVOICE_RANK, ref))
    p.add("left", "To,")
    p.add("left", f"The Secretary, {SAMITI}")
    p.add("left", OFFICE)
    strong(p, "Sub: Your cheque returned unpaid")
    p.add("left", "Dear Sir,")
    j.amount = float(rng.randrange(60, 400) * 50)
    cheque_day = earlier(rng, j, 4, 10)
    bills = f"RMA/{fy(j.date)}/{rng.randrange(100, 900)}"
    p.add(
        "left",
        f"Your cheque No. {digits(rng, 6)} dated {when(cheque_day, '%d/%m/%Y')} drawn on Bank of India, "
        f"Hazaribagh, for Rs. {num(j.amount, 'indian', 0)}/- against our bill No. {bills} was "
        f'returned unpaid by our bankers on {when(j.date, "%d/%m/%Y")} with the remark "Funds '
        'insufficient".',
        amount=j.amount,
        method="cheque",
        date=j.date,
        status="failed",
    )
    p.add("left", "Kindly pay the amount with our bank charges of Rs. 300/- by NEFT within seven days.")
    p.add("gap")
    p.add("left", "Yours faithfully,")
    p.add("left", f"for {name}")
    squiggle(p, "l")
    p.add("left", "Accountant")
    return p.done()


def swipe_invoice(rng, font, j: Job, name, town, state) -> tuple[list, dict, dict]:
    """A carton maker's invoice made with Swipe: the seller on top, the invoice's fields bold beside their
    values, the items in ledger columns, the Amount paid on a strip, the UPI reference, a green PAID
    stamp."""
    p = paper_page(rng, font, [720, 760])
    extra(p)["brand"] = [30, 90, 200]
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", f"{town}  |  GSTIN {gstin(rng, state)}")
    strong(p, "TAX INVOICE", "r")
    p.add("small", "ORIGINAL FOR RECIPIENT")
    p.add("rule")
    p.part = "body"
    inv = f"INV-{rng.randrange(120, 990)}"
    grid(p, "sw", [(0.0, 0.25, "l"), (0.25, 0.5, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")], bold=(0, 2))
    row(
        p,
        "sw",
        "Invoice #",
        inv,
        "Invoice date",
        when(j.date, "%d %b %Y"),
        txn=(INVOICE_RANK, inv),
        date=j.date,
    )
    row(p, "sw", "Customer", "Khovar Haat", "Due date", when(j.date + dt.timedelta(days=15), "%d %b %Y"))
    p.add("gap")
    lines = []
    taxable = 0.0
    for item, lo, hi in rng.sample(
        [
            ("5-ply carton 36x26x6 in", 38, 64),
            ("Corner guards (set of 4)", 9, 16),
            ("Bubble roll 1 m x 50 m", 780, 1100),
            ("Tube 40 in, 3 in dia", 45, 70),
        ],
        rng.randrange(2, 4),
    ):
        qty = rng.choice([10, 20, 25, 50, 100]) if hi < 200 else rng.choice([1, 2, 3])
        rate = float(rng.randrange(lo, hi))
        taxable += qty * rate
        lines.append(([item, str(qty), num(rate), num(qty * rate)], {}))
    gst = round(taxable * 0.18, 2)
    j.amount = round(taxable + gst, 2)
    lines.append((["GST @ 18%", "", "", num(gst)], {}))
    lines.append((["=Total", "", "", num(j.amount)], {}))
    table(
        p,
        "sv",
        [(0.0, 0.52, "l"), (0.52, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["Item", "Qty", "Rate", "Amount"],
        lines,
        head_flags=("fill",),
        flags=("vrule", "lined"),
    )
    p.add("gap")
    band(p, "Amount paid", f"{sign(font, chr(0x20B9), 'Rs.')} {num(j.amount)}", amount=j.amount)
    p.add(
        "left",
        f"Received via UPI  |  UPI Ref. {j.ref}  |  {when(j.date, '%d %b %Y')}",
        method="UPI",
        txn=(UTR_RANK, j.ref),
    )
    p.add("small", "Balance due: Rs. 0.00")
    p.part = "foot"
    p.add("gap", status="success")
    rubber(p, ["PAID"], "green")
    return p.done()


def speed_post(rng, font, j: Job, name, town, state) -> tuple[list, dict, dict]:
    """India Post's Speed Post booking receipt on a thermal roll: the post office, the article number (no
    reference of the payment), the weight and the tariff, the total, cash."""
    p = screen(rng, font, width=rng.choice([440, 470]), size=rng.choice([16, 17]))
    paper(p, rng)
    sheet(p, "roll")
    p.part = "head"
    p.add("center", "INDIA POST", merchant="India Post")
    p.add("small", "Hazaribagh H.O. - 825301")
    p.add("small", "SPEED POST BOOKING RECEIPT")
    p.add("rule")
    p.part = "body"
    p.pair("Date", when(j.date, "%d/%m/%Y"), date=j.date)
    p.pair("Time", hour24(rng, True))
    p.pair("Counter", f"SP-{rng.randrange(1, 4)}")
    article = f"E{code(rng, 1, 'FGJKLMPRU')}{digits(rng, 9)}IN"
    p.pair("Article No", article)
    p.pair("To", rng.choice(["NEW DELHI 110001", "KOLKATA 700016", "BENGALURU 560038", "MUMBAI 400001"]))
    weight = rng.randrange(600, 4800)
    p.pair("Weight", f"{weight} g")
    tariff = float(41 + (weight // 500) * 35)
    gst = round(tariff * 0.18, 2)
    j.amount = round(tariff + gst, 0)
    p.pair("Tariff", f"{tariff:.2f}")
    p.pair("GST 18%", f"{gst:.2f}")
    p.add("rule")
    p.pair("TOTAL Rs", f"{j.amount:.2f}", amount=j.amount)
    p.pair("Paid by", "CASH", method="cash")
    p.add("rule")
    p.add("small", "Track on www.indiapost.gov.in", status="success")
    p.add("small", "Thank you for using Speed Post")
    return p.done()


def trip_bill(rng, font, j: Job, name, town, state) -> tuple[list, dict, dict]:
    """A taxi operator's printed trip bill filled in by hand: the day, the vehicle and the trip, the
    kilometres in a ruled row (opening, closing, run), the charges, the total and the UPI reference."""
    p = paper_page(rng, font, [700, 740])
    pen_face(p)
    p.part = "head"
    shown = fit_name(p, "title", [name.upper(), name])
    top(p, shown, merchant=shown)
    p.add("small", f"{town}  |  Bolero, Scorpio, Innova on hire  |  Mob. {phone(rng)}")
    strong(p, "TRIP BILL", "c")
    p.add("rule")
    p.part = "body"
    no = str(rng.randrange(200, 900))
    grid(p, "tb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    row(p, "tb", f"Bill No. {no}", "", txn=(INVOICE_RANK, no))
    fill(
        p,
        "Date",
        when(j.date, rng.choice(["{d}/%m/%y", "%d.%m.%Y"])),
        "Vehicle No.",
        f"JH 02 {code(rng, 2, UPPER)} {digits(rng, 4)}",
        date=j.date,
    )
    fill(
        p,
        "Trip",
        rng.choice(
            [
                "Hazaribagh - Ranchi airport - Hazaribagh",
                "Jorakath - Ranchi - Jorakath",
                "Hazaribagh - Bokaro - Hazaribagh",
            ]
        ),
    )
    p.add("gap")
    opening = rng.randrange(40000, 180000)
    run = rng.randrange(160, 420)
    grid(
        p, "kmh", [(0.0, 0.34, "c"), (0.34, 0.67, "c"), (0.67, 1.0, "c")], flags=("ruled", "head"), group="km"
    )
    grid(
        p,
        "kmr",
        [(0.0, 0.34, "c"), (0.34, 0.67, "c"), (0.67, 1.0, "c")],
        flags=("ruled",),
        pen=True,
        group="km",
    )
    row(p, "kmh", "Opening km", "Closing km", "Total km")
    row(p, "kmr", str(opening), str(opening + run), str(run))
    p.add("gap")
    rate = rng.choice([12, 13, 14])
    allowance = float(rng.choice([200, 300]))
    toll = float(rng.choice([0, 85, 170]))
    j.amount = float(run * rate) + allowance + toll
    grid(p, "tc", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], pen=(1,))
    row(p, "tc", f"{run} km x Rs. {rate}", num(run * rate, "indian", 0))
    row(p, "tc", "Driver allowance", num(allowance, "indian", 0))
    row(p, "tc", "Toll / parking", num(toll, "indian", 0) if toll else "-")
    grid(p, "tt", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], pen=(1,), bold=(0,))
    row(p, "tt", "Total Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    fill(p, "Received by", f"PhonePe - UTR {j.ref}", method="UPI", txn=(UTR_RANK, j.ref), status="success")
    p.add("gap")
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], flags=("soft",))
    squiggle(p, "r")
    row(p, "sg", "Passenger's signature", "Driver / Owner")
    return p.done()


def printer_bill(rng, font, j: Job, name, town, state) -> tuple[list, dict, dict]:
    """A printer's BILL: the printer on top, the Samiti and the bill's fields in two columns, the job's
    particulars under hairlines, the total, the payment's line by NEFT, the round PAID seal."""
    p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", f"{town}  |  GSTIN {gstin(rng, state)}  |  Offset, screen and digital printing")
    strong(p, "BILL", "c", 1.1)
    p.add("rule")
    p.part = "body"
    bill = f"COP/{rng.randrange(1000, 4000)}"
    grid(p, "pt", [(0.0, 0.56, "l"), (0.6, 1.0, "l")])
    row(p, "pt", "M/s Sohrai Khovar Kalakar Samiti", f"Bill No.: {bill}", txn=(INVOICE_RANK, bill))
    row(p, "pt", "Matwari, Hazaribagh", f"Bill date: {when(earlier(rng, j, 3, 20), '%d-%m-%Y')}")
    row(p, "pt", "Order: exhibition catalogue", f"Job No.: J-{rng.randrange(200, 900)}")
    p.add("gap")
    copies = rng.choice([500, 1000, 1500])
    pages = rng.choice([16, 24, 32])
    rate = round(rng.uniform(24, 46), 2)
    lamination = float(rng.choice([1800, 2400, 3200]))
    design = float(rng.choice([3500, 5000]))
    base = round(copies * rate, 2)
    gst = round((base + lamination + design) * 0.18, 2)
    j.amount = round(base + lamination + design + gst, 2)
    table(
        p,
        "pj",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        ["Particulars", "Amount (Rs.)"],
        [
            (
                [f"Catalogue, {pages} pages, A4, art paper 170 gsm, {copies} copies @ {rate:.2f}", num(base)],
                {},
            ),
            (["Matt lamination on cover", num(lamination)], {}),
            (["Design and layout (Sohrai motifs)", num(design)], {}),
            (["GST @ 18%", num(gst)], {}),
            (["=Total", num(j.amount)], {"amount": j.amount}),
        ],
        flags=("lined",),
    )
    p.add("gap")
    utr = bank_ref(rng, j, "Union Bank of India", "NEFT")
    p.add(
        "left",
        f"Received by NEFT on {when_in(j, ['%d-%m-%Y', '%d/%m/%Y'], rng)}, UTR {utr}.",
        method="netbanking",
        date=j.date,
        txn=(UTR_RANK, utr),
        status="success",
    )
    p.part = "foot"
    p.add("left", f"For {name}")
    seal(p, f"{name.upper()} * RANCHI *", ["PAID"], "blue")
    return p.done()


def mineral_memo(rng, font, j: Job, name, town, state) -> tuple[list, dict, dict]:
    """An earth-colour dealer's cash memo: a Devanagari heading over its name in Latin letters, the memo's
    printed number, the blanks and rows written in (kaolin, red and yellow earth, black manganese), the
    Dinank left blank, "nakad" (cash)."""
    p = paper_page(rng, font, [680, 720])
    pen_face(p)
    p.part = "head"
    deva(p, "माँ छिन्नमस्तिका मिनरल्स", 1.25, True)
    top(p, name, merchant=name)
    p.add("small", f"{town}  |  Dudhi mati, geru, pila mati, kali mati")
    strong(p, "CASH MEMO / नकद मेमो".split(" / ")[0], "c")
    p.add("rule")
    p.part = "body"
    no = str(rng.randrange(100, 999))
    grid(p, "mm", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    row(p, "mm", f"No. {no}", "Dinank ..................", txn=(INVOICE_RANK, no))
    fill(p, "Name", f"{SAMITI}, Jorakath")
    grid(
        p,
        "mh",
        [(0.0, 0.56, "l"), (0.56, 0.7, "r"), (0.7, 0.84, "r"), (0.84, 1.0, "r")],
        flags=("ruled", "head"),
        group="mt",
    )
    grid(
        p,
        "mr",
        [(0.0, 0.56, "l"), (0.56, 0.7, "r"), (0.7, 0.84, "r"), (0.84, 1.0, "r")],
        flags=("ruled",),
        pen=True,
        group="mt",
    )
    p.add("gap")
    row(p, "mh", "Particulars", "Kg", "Rate", "Rs.")
    total = 0
    for item, lo, hi in rng.sample(
        [
            ("Dudhi mati (white kaolin)", 18, 30),
            ("Geru (red earth)", 22, 36),
            ("Pila mati (yellow ochre)", 26, 40),
            ("Kali mati (black manganese)", 40, 70),
        ],
        rng.randrange(2, 5),
    ):
        kg = rng.choice([10, 20, 25, 40, 50])
        rate = rng.randrange(lo, hi)
        total += kg * rate
        row(p, "mr", item, str(kg), str(rate), str(kg * rate))
    j.amount = float(total)
    grid(p, "mt", [(0.0, 0.84, "r"), (0.84, 1.0, "r")], pen=(1,), bold=(0,))
    row(p, "mt", "Total", str(total), amount=j.amount)
    fill(p, "Rupees", f"{hindi_words(total)} nakad (cash)", method="cash", status="success")
    p.add("gap")
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], flags=("soft",))
    squiggle(p, "r")
    row(p, "sg", "", f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 6. the Samiti's bank transfers


# payee, what for, sum (low, high)
CONTRACTORS = [
    ("Singh Scaffolding Works", "Scaffolding hire - station mural", 40000, 240000),
    ("Apex Exhibits", "Mela stall fabrication", 60000, 220000),
    ("Sinha and Prasad, Chartered Accountants", "Statutory audit FY 2025-26", 25000, 60000),
    ("Smt. Nirmala Tigga", "Rent - Khovar Haat premises", 18000, 32000),
    ("Jharkhand Roadlines", "Freight - paintings to Faridabad", 15000, 45000),
    ("Pixel Sal Studio", "Web shop upkeep", 8000, 30000),
    ("Lens and Light Photography", "Catalogue photography", 12000, 40000),
    ("Annapurna Caterers", "Sohrai Utsav lunch, 180 plates", 25000, 70000),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Samiti paying its contractors, landlady, auditors, carrier, web studio, photographer and caterer
    from its banks: OnlineSBI's e-receipt (a logo disc, a filled heading over a zebra table); BOI Star
    Connect's screen (a green tick, the sum, the fields two to a row; "Today" for the day); the Jharkhand
    Rajya Gramin Bank's Bank Mitra (customer service point) slip on a thermal roll; Canara Bank's
    transaction receipt (hairline rows, a QR code, the sum on a strip); the bulk payment file's status as a
    spreadsheet; IDBI Bank's payment awaiting its checker (the trail of actions in a table), pending; PNB
    ONE's IMPS that failed (a red cross); Central Bank of India's branch-printed NEFT receipt in
    fixed-width type with the branch's PROCESSED stamp."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(5,))
    who, why, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=low, high=high, p_round=0.6)
    return [
        sbi_ereceipt,
        boi_screen,
        csp_slip,
        canara_receipt,
        bulk_sheet,
        idbi_checker,
        pnb_failed,
        branch_receipt,
    ][k](rng, font, j, who, why)


def sbi_ereceipt(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "corp.onlinesbi.sbi/corp/ereceipt.htm")
    extra(p)["brand"] = [34, 94, 170]
    p.part = "head"
    logo(p, "SBI", "State Bank of India", (34, 94, 170))
    p.add("small", "OnlineSBI Corporate  |  e-Receipt")
    p.add("rule")
    p.part = "body"
    said(p, "success", "Your transaction has been completed successfully.", "left")
    p.add("gap")
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = bank_ref(rng, j, "State Bank of India", way)
    ref = f"I{digits(rng, 9)}"
    name = who if cells_fit_guess(p, 0.58, who) else who.split(",")[0]
    table(
        p,
        "sb",
        [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
        ["Field", "Details"],
        [
            (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
            (["Debit account", f"000000{digits(rng, 5)}XXX - {SAMITI_CAPS[:20]}"[:34]], {}),
            (["Beneficiary name", name], {"merchant": name}),
            (["Beneficiary account", f"XXXXXXXX{digits(rng, 4)}"], {}),
            (["IFSC", f"{rng.choice(['UBIN', 'PUNB', 'CNRB', 'HDFC'])}0{digits(rng, 6)}"], {}),
            (["Amount", f"INR {num(j.amount)}"], {"amount": j.amount}),
            (["Transfer type", way], {"method": "netbanking"}),
            (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
            (["Date", when_in(j, ["%d-%b-%Y", "%d/%m/%Y"], rng) + " " + hour24(rng, True)], {"date": j.date}),
            (["Remarks", why], {}),
        ],
        head_flags=("fill",),
        flags=("zebra",),
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is a system-generated receipt. State Bank of India never asks for your password.")
    return p.done()


def boi_screen(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = phone_page(rng, font, 1, ["Fund transfer", ""])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (242, 116, 33), (255, 255, 255)
    p.add("title", "BOI Star Connect" if fits(p, "title", "BOI Star Connect") else "BOI")
    p.add("gap")
    if not p.style["h106"]["dark"]:
        p.add("gap")
    p.part = "body"
    icon(p, "tick")
    said(p, "success", rng.choice(["Transfer successful", "Transaction successful"]))
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs."))
    p.add("big", rs(j.amount), amount=j.amount)
    name = fit_name(p, "center", [f"to {who}", f"to {who.split(',')[0]}"])
    p.add("center", name, merchant=name[3:])
    p.add("small", f"Today, {hhmm(rng, lower=True, zero=False)}")
    p.add("gap")
    ref = j.ref
    tiles(
        p,
        [
            ("Mode", "IMPS", {"method": "netbanking"}),
            ("IMPS Ref No.", ref, {"txn": (UTR_RANK, ref)}),
            ("From", f"CA XXXX{digits(rng, 4)}", {}),
            ("To", f"XXXX{digits(rng, 4)} ({rng.choice(['SBIN', 'UBIN', 'PUNB'])})", {}),
            ("Remarks", why, {}),
            ("Charges", "Rs. 5.90", {}),
        ],
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Share receipt  |  Add to favourites")
    return p.done()


def csp_slip(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = screen(rng, font, width=rng.choice([440, 470]), size=rng.choice([16, 17]))
    paper(p, rng)
    sheet(p, "roll")
    p.part = "head"
    p.add("center", "JHARKHAND RAJYA GRAMIN BANK")
    p.add("small", "Bank Mitra - Customer Service Point")
    p.add("small", f"CSP Barkagaon-{rng.randrange(1, 6)}  |  Agent: Ramesh Mahto")
    p.add("rule")
    p.part = "body"
    p.add("center", "FUND TRANSFER (IMPS)")
    j.amount = float(rng.randrange(20, 250) * 100)
    p.pair("Date", when(j.date, "%d-%m-%Y"), date=j.date)
    p.pair("Time", hour24(rng, True))
    p.pair(
        "Remitter",
        "SOHRAI KHOVAR KAL.."
        if not fits(p, "pair", "Remitter  SOHRAI KHOVAR KALAKAR SAM")
        else "SOHRAI KHOVAR KALAKAR SAM",
    )
    ben = who.upper()
    if not fits(p, "pair", f"Beneficiary  {ben}   "):
        p.add("left", "Beneficiary")
        p.add("right", ben[:30], merchant=ben[:30])
    else:
        p.pair("Beneficiary", ben, merchant=ben)
    p.pair("Ben A/c", f"XXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{rng.choice(['SBIN', 'BKID', 'UBIN'])}0{digits(rng, 6)}")
    p.pair("Amount", f"{j.amount:.2f}", amount=j.amount)
    p.pair("Charges", "10.00")
    p.pair("Total", f"{j.amount + 10:.2f}")
    p.pair("IMPS Ref No", j.ref, method="netbanking", txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.add("center", "STATUS : SUCCESS", status="success")
    p.add("small", "Customer copy. Keep this slip.")
    p.add("small", "Toll free 1800-890-6070")
    return p.done()


def canara_receipt(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [700, 740])
    p.style["screen"] = True
    extra(p)["brand"] = [0, 114, 188]
    p.part = "head"
    logo(p, "CB", "Canara Bank", (0, 114, 188))
    p.add("small", "Canara ai1 Business  |  Transaction receipt")
    p.add("rule")
    p.part = "body"
    said(p, "success", "Transaction Successful", "left")
    p.add("gap")
    band(p, "Amount", f"Rs. {num(j.amount)}", amount=j.amount)
    p.add("gap")
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = bank_ref(rng, j, "Canara Bank", way)
    name = who if cells_fit_guess(p, 0.6, who) else who.split(",")[0]
    table(
        p,
        "cb",
        [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
        None,
        [
            (["Paid to", name], {"merchant": name}),
            (["Account", f"XXXXXXXXX{digits(rng, 4)}"], {}),
            (["Payment mode", way], {"method": "netbanking"}),
            (["UTR number", utr], {"txn": (UTR_RANK, utr)}),
            (["Debited from", f"Current A/c ..{digits(rng, 4)}"], {}),
            (["Date & time", day_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
            (["Purpose", why], {}),
        ],
        flags=("lined",),
    )
    p.add("gap")
    qr(p, "l", 3)
    p.part = "foot"
    p.add("small", "Scan to verify. Canara Bank will never ask for your PIN or OTP.")
    return p.done()


def bulk_sheet(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    """The bulk payment file's status, downloaded from the bank and opened as a spreadsheet: a heading row
    and the one payment's row (the beneficiary, the account, the sum, the mode, the UTR, the status, the
    value date)."""
    p = screen(rng, font, "crop", width=900, size=rng.choice([15, 16]))
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = bank_ref(rng, j, "ICICI Bank", way)
    name = who.split(",")[0]
    day = when(j.date, rng.choice(["%d-%m-%Y", "%d/%m/%Y"]))
    rows = [
        ["Sr", "Beneficiary name", "Account no.", "IFSC", "Amount", "Mode", "UTR", "Status", "Value date"],
        [
            "1",
            name,
            f"XXXXXX{digits(rng, 4)}",
            f"UTIB0{digits(rng, 6)}",
            f"{j.amount:.2f}",
            way,
            utr,
            "Paid",
            day,
        ],
    ]
    for r_ in rows:
        for text in r_:
            assert glyphs(font, text) and glyphs(bold_of(font), text), text
    extra(p)["xls"] = {
        "rows": rows,
        "align": ["l", "l", "l", "l", "r", "l", "l", "l", "l"],
        "file": f"BULK_STATUS_{j.date:%d%m%Y}_{digits(rng, 4)}.xlsx",
        "cell": "G2",
        "formula": utr,
        "selected": [1, 6],
        "tab": "Status",
    }
    p.add("left", name, merchant=name)
    p.add("left", f"{j.amount:.2f}", amount=j.amount)
    p.add("left", way, method="netbanking")
    p.add("left", utr, txn=(UTR_RANK, utr))
    p.add("left", "Paid", status="success")
    p.add("left", day, date=j.date)
    return p.done()


def idbi_checker(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    """IDBI Bank's corporate page of a payment keyed and waiting for its checker: the payment's fields over
    hairlines, the trail of actions in a table (created by the maker, the checker's approval pending)."""
    p = browser_page(rng, font, "corporate.idbibank.in/corp/pendingAuth.do")
    extra(p)["brand"] = [0, 110, 90]
    p.part = "head"
    logo(p, "IDBI", "IDBI Bank", (0, 110, 90))
    p.add("small", "Corporate Internet Banking  |  Transactions awaiting authorisation")
    p.add("rule")
    p.part = "body"
    chip(p, "Pending authorisation", "pending", "l")
    p.add("small", "The payment is not yet sent to the bank: the second signatory must approve it.")
    p.add("gap")
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    at = 0.36
    kv(p, "Beneficiary", who, at=at, flags=("lined",), merchant=who)
    kv(p, "Amount", f"INR {num(j.amount)}", at=at, flags=("lined",), amount=j.amount)
    kv(p, "Payment type", way, at=at, flags=("lined",), method="netbanking")
    kv(p, "Debit account", f"0{digits(rng, 3)}XXXXXX{digits(rng, 4)}", at=at, flags=("lined",))
    kv(p, "Purpose", why, at=at, flags=("lined",))
    p.add("gap")
    created = when(j.date, "%d/%m/%Y")
    table(
        p,
        "au",
        [(0.0, 0.3, "l"), (0.3, 0.6, "l"), (0.6, 1.0, "l")],
        ["Action", "User", "Date / time"],
        [
            (["Created (maker)", "ANITA.K", f"{created} {hour24(rng)}"], {"date": j.date}),
            (["Approval (checker)", "RAJESH.P", "Pending"], {}),
        ],
        head_flags=("fill",),
        flags=("ruled",),
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Approve  |  Reject  |  Send back to maker")
    return p.done()


def pnb_failed(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = phone_page(rng, font, 6, ["Transaction status"])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (162, 20, 47), (255, 255, 255)
    p.add("title", "PNB ONE")
    p.add("gap")
    if not p.style["h106"]["dark"]:
        p.add("gap")
    p.part = "body"
    icon(p, "cross")
    said(p, "failed", "Transaction Failed")
    j.amount = float(rng.randrange(20, 200) * 100)
    p.add("big", f"Rs. {num(j.amount, 'indian', 0)}", amount=j.amount)
    p.add("small", "Beneficiary bank is not available. The amount, if debited, will be reversed.")
    p.add("gap")
    name = who if fits(p, "left", who) else who.split(",")[0]
    for lab, value, facts in [
        ("Beneficiary", name, {"merchant": name}),
        ("Mode", "IMPS (P2A)", {"method": "netbanking"}),
        ("IMPS Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ("Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"])), {"date": j.date}),
        ("Response code", "M4 - bank not available", {}),
    ]:
        label(p, lab)
        p.add("left", value, **facts)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Retry  |  Raise a complaint")
    return p.done()


def branch_receipt(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    """Central Bank of India's branch print of an NEFT, in fixed-width type: the branch, the transaction
    number, the remitter and the beneficiary, the sum, the UTR, PROCESSED stamped."""
    p = paper_page(rng, font, [720, 760])
    mono = rng.choice(MONO_FACES)
    grid(p, "bm", [(0.0, 1.0, "l")], face=mono, scale=0.92)
    p.part = "head"
    top(p, rng.choice(["Central Bank of India", "CENTRAL BANK OF INDIA"]))
    p.add("small", "Barkagaon Branch, District Hazaribagh")
    p.add("center", "NEFT TRANSACTION - CUSTOMER COPY")
    p.add("rule")
    p.part = "body"
    utr = bank_ref(rng, j, "Central Bank of India", "NEFT")
    name = who.upper()[:30]
    txn_no = f"S{digits(rng, 8)}"
    for text, facts in [
        (f"TRAN ID       : {txn_no}", {"txn": (BANK_RANK, txn_no)}),
        (f"TRAN DATE     : {when(j.date, '%d-%m-%Y')}", {"date": j.date}),
        (f"REMITTER      : {SAMITI_CAPS}", {}),
        (f"A/C NO        : 3{digits(rng, 9)}", {}),
        (f"BENEFICIARY   : {name}", {"merchant": name}),
        (f"BEN A/C NO    : XXXXXXXX{digits(rng, 4)}", {}),
        (f"BEN IFSC      : {rng.choice(['SBIN', 'BKID', 'PUNB'])}0{digits(rng, 6)}", {}),
        (f"AMOUNT (INR)  : {num(j.amount):>14}", {"amount": j.amount, "method": "netbanking"}),
        (f"COMMISSION    : {num(rng.choice([2.5, 5.0, 15.0, 25.0])):>14}", {}),
        (f"UTR NO        : {utr}", {"txn": (UTR_RANK, utr)}),
        (f"NARRATION     : {why.upper()[:32]}", {}),
    ]:
        row(p, "bm", text, **facts)
    p.part = "foot"
    p.add("gap")
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], flags=("soft",))
    row(p, "sg", "Customer's signature", "Authorised official")
    p.add("gap", status="success")
    rubber(p, ["CENTRAL BANK OF INDIA", "BARKAGAON - PROCESSED"], "blue")
    return p.done()


# ---------------------------------------------------------------- 7. artists, trainers, helpers, drivers


# the one paid, what for
WORKERS = [
    ("Phulmani Ganju", "Sohrai mural, Ranchi station - 3 days"),
    ("Somra Bhuiyan", "Helper, scaffolding and priming - 6 days"),
    ("Birsa Tirkey", "Driver, Hazaribagh - Ranchi trips"),
    ("Rekha Toppo", "Trainer, Khovar workshop at a Bokaro school"),
    ("Saraswati Kumari", "Surajkund mela - travel and stay"),
    ("Basanti Munda", "Trainee stipend - Isko batch 4"),
    ("Etwa Oraon", "Earth colour collection - 40 kg"),
    ("Malti Devi Prajapati", "Paintings for the Ranchi shop"),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Samiti paying its artists, helpers, driver, trainer and trainees: a wage entry written by hand on
    a ruled notebook's page, the artist's left thumb's impression for her signature; a printed DEBIT
    VOUCHER filled in by hand; a UPI app's chat with the driver (the payment's card among the messages, no
    reference); the trainer's own invoice with PAID written on it; a TRAVEL ADVANCE SETTLEMENT (the
    balance paid after the advance); a trainee's stipend acknowledgement, the bank's credit awaited; Bandhan
    Bank's IMPS to a colour collector that failed; a bilingual artist's payment slip (a Devanagari heading,
    the fields two to a row)."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=800, high=14000, p_round=0.9)
    who, why = WORKERS[k]
    return [
        thumb_wage,
        debit_voucher,
        driver_thread,
        trainer_invoice,
        advance_settlement,
        stipend_ack,
        bandhan_failed,
        artist_slip,
    ][k](rng, font, j, who, why)


def thumb_wage(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [640, 680])
    sheet(p, "ruled")
    p.style["size"] = rng.choice([20, 21])
    days = 3
    rate = rng.choice([550, 600, 650])
    j.amount = float(days * rate)
    n = rng.randrange(12, 60)
    p.part = "head"
    hand(p, "Mazdoori bhugtan - Sohrai Khovar Kalakar Samiti", 0.05)
    p.part = "body"
    grid(p, "kd", [(0.0, 0.4, "l"), (0.45, 1.0, "l")], pen=True)
    row(p, "kd", f"Kr. {n}", f"Dinank {when(j.date, '{d}/%m/%Y')}", txn=(INVOICE_RANK, str(n)), date=j.date)
    hand(p, f"Naam: {who}, gram Jorakath", merchant=who)
    hand(p, f"Kaam: {why}")
    hand(p, f"{days} din x Rs. {rate} = Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    hand(p, "Nakad diya (paid in cash). Poora mila.", method="cash", status="success")
    p.add("gap")
    grid(p, "th", [(0.0, 0.55, "l"), (0.55, 1.0, "r")], pen=(0,))
    thumb(p)
    row(p, "th", "Diya: Sunita Devi (sachiv)", "")
    grid(p, "tl", [(0.5, 1.0, "r")], flags=("soft",), scale=0.8)
    row(p, "tl", "Angootha nishan (left thumb)")
    return p.done()


def debit_voucher(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [700, 740])
    pen_face(p)
    p.part = "head"
    top(p, fit_name(p, "title", [SAMITI_CAPS, SAMITI]))
    p.add("small", UNITS["studio"][1])
    strong(p, "DEBIT VOUCHER / KHARCH PARCHI", "c")
    p.add("rule")
    p.part = "body"
    no = f"{rng.randrange(100, 900):04d}"
    days = rng.randrange(4, 8)
    rate = rng.choice([400, 450, 500])
    j.amount = float(days * rate)
    grid(p, "dv", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    row(p, "dv", f"Voucher No. {no}", "", txn=(INVOICE_RANK, no))
    fill(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%y"])), date=j.date)
    fill(p, "Paid to", who, merchant=who)
    fill(p, "Account head", "Labour - mural site")
    fill(p, "Particulars", f"{days} days @ Rs. {rate} ({why.split(' - ')[0].lower()})")
    fill(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", "By", "Cash", amount=j.amount, method="cash")
    fill(p, "Rupees", words_in_rupees(j.amount)[7:])
    p.add("gap")
    grid(p, "sg3", [(0.0, 0.33, "l"), (0.33, 0.66, "c"), (0.66, 1.0, "r")], flags=("soft",))
    squiggle(p, "l")
    row(p, "sg3", "Received payment", "Passed by", "Secretary", status="success")
    return p.done()


def driver_thread(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    """A UPI app's chat with the driver: his name and bank on top, a message, the payment's card (Payment to
    <name>, the sum, Paid with its tick, the day), his thanks; no reference on the card."""
    p = screen(rng, font, "crop", width=600, size=rng.choice([19, 20]))
    j.amount = float(rng.randrange(8, 60) * 100)
    shown = f"{sign(font, chr(0x20B9), 'Rs.')}{num(j.amount, 'indian', 0)}"
    day_text = when(j.date, rng.choice(["{d} %b %Y", "%d %b", "{d} %B"]))
    if "%Y" not in day_text and str(j.date.year) not in day_text:
        day_text = when(j.date, "{d} %b %Y")
    items = [
        ("text", rng.choice(["Sir, trip ka paisa bhej dijiye", "Diesel aur 3 din ka bhada"]), False),
        ("pay", shown, "Paid", f"{day_text}, {hhmm(rng, lower=True, zero=False)}", why.split(",")[0]),
        ("text", rng.choice(["Mil gaya, dhanyavaad", "Received sir"]), False),
    ]
    for item in items:
        for text in item[1:]:
            if isinstance(text, str):
                assert glyphs(font, text), text
    extra(p)["thread"] = {
        "name": who,
        "sub": f"Bank of India {sign(font, chr(0x2022), '-')}{sign(font, chr(0x2022), '-')} {digits(rng, 4)}",
        "tint": rng.choice([[25, 118, 210], [56, 142, 60], [123, 31, 162]]),
        "items": [list(item) for item in items],
        "caption": f"Payment to {who.split()[0]}",
        "status": "success",
        "out": True,
        "dark": rng.random() < 0.3,
        "clock": hour24(rng),
    }
    assert glyphs(font, extra(p)["thread"]["sub"] + who)
    p.add("left", who, merchant=who)
    p.add("left", shown, amount=j.amount, method="UPI", status="success")
    p.add("left", day_text, date=j.date)
    return p.done()


def trainer_invoice(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [720, 760])
    pen_face(p)
    p.part = "head"
    strong(p, who, "l", 1.3, merchant=who)
    p.add("left", "Sohrai and Khovar trainer  |  Lohardaga Road, Ranchi - 834010")
    p.add("left", f"PAN XXXXX{digits(rng, 4)}X  |  {phone(rng)}")
    strong(p, "INVOICE", "r", 1.2)
    p.add("rule")
    p.part = "body"
    inv = f"RT/{fy(j.date)}/{rng.randrange(3, 30):02d}"
    grid(p, "ti", [(0.0, 0.55, "l"), (0.55, 1.0, "r")])
    row(p, "ti", "Bill to:", f"Invoice No. {inv}", txn=(INVOICE_RANK, inv))
    row(p, "ti", SAMITI, f"Date: {when(earlier(rng, j, 4, 15), '%d %B %Y')}")
    row(p, "ti", "Matwari, Hazaribagh", "")
    p.add("gap")
    sessions = rng.randrange(4, 9)
    rate = float(rng.choice([1500, 1800, 2000]))
    travel = float(rng.choice([900, 1200, 1600]))
    j.amount = sessions * rate + travel
    table(
        p,
        "tv",
        [(0.0, 0.58, "l"), (0.58, 0.7, "r"), (0.7, 0.84, "r"), (0.84, 1.0, "r")],
        ["Description", "Qty", "Rate", "Amount"],
        [
            (
                [
                    why.split(", ")[1][0].upper() + why.split(", ")[1][1:],
                    str(sessions),
                    num(rate, "indian", 0),
                    num(sessions * rate, "indian", 0),
                ],
                {},
            ),
            (
                [
                    "Travel (bus, Ranchi - Bokaro - Ranchi)",
                    "1",
                    num(travel, "indian", 0),
                    num(travel, "indian", 0),
                ],
                {},
            ),
            (["=Total", "", "", num(j.amount, "indian", 0)], {"amount": j.amount}),
        ],
        flags=("vrule", "lined"),
    )
    p.add(
        "small",
        "Not registered under GST. Please pay to: State Bank of India, Ranchi, A/c XXXXXXX" + digits(rng, 4),
    )
    p.add("gap")
    utr = bank_ref(rng, j, "State Bank of India", "NEFT")
    hand(
        p,
        f"Paid by NEFT on {when(j.date, '{d}/%m/%y')}, UTR {utr} - received, thanks.",
        0.04,
        date=j.date,
        txn=(UTR_RANK, utr),
        method="netbanking",
        status="success",
    )
    squiggle(p, "r")
    right(p, who)
    return p.done()


def advance_settlement(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, fit_name(p, "title", [SAMITI, SAMITI_CAPS]))
    p.add("small", OFFICE)
    strong(p, "TRAVEL ADVANCE SETTLEMENT", "c")
    p.add("rule")
    p.part = "body"
    move(j, rng, MELA_START + dt.timedelta(days=rng.randrange(17, 26)))
    adv_day = MELA_START - dt.timedelta(days=rng.randrange(2, 6))
    form_no = f"TA/{j.date.year}/{rng.randrange(10, 90)}"
    grid(p, "ta", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], bold=(0,))
    row(p, "ta", "Form No.", form_no, txn=(INVOICE_RANK, form_no))
    row(p, "ta", "Artist", who, merchant=who)
    row(p, "ta", "Purpose", "Surajkund International Crafts Mela, stall 412")
    row(
        p,
        "ta",
        "Period",
        f"{when(MELA_START, '%d %b')} to {when(MELA_START + dt.timedelta(days=15), '%d %b %Y')}",
    )
    p.add("gap")
    fare = float(rng.choice([1245, 1390, 1580]))
    local = float(rng.randrange(600, 1400, 10))
    food = float(16 * rng.choice([250, 300]))
    stay = float(rng.choice([0, 1800]))
    spent = fare * 2 + local + food + stay
    advance = float(rng.randrange(3000, int(spent) - 500, 500))
    j.amount = spent - advance
    table(
        p,
        "ts",
        [(0.0, 0.72, "l"), (0.72, 1.0, "r")],
        ["Expense", "Rs."],
        [
            (["Train, Hazaribagh Road - Faridabad and back (sleeper)", num(fare * 2)], {}),
            (["Local travel", num(local)], {}),
            (["Food, 16 days", num(food)], {}),
            (["Stay (dharamshala)", num(stay) if stay else "-"], {}),
            (["=Total expenses", num(spent)], {}),
            ([f"Less: advance paid on {when(adv_day, '%d/%m/%Y')}", num(advance)], {}),
            (["=Balance paid to the artist", num(j.amount)], {"amount": j.amount}),
        ],
        flags=("lined",),
    )
    p.add("gap")
    p.add(
        "left",
        f"Paid by UPI on {when_in(j, ['%d/%m/%Y', '{d} %b %Y'], rng)}, UPI Ref. {j.ref}",
        method="UPI",
        date=j.date,
        txn=(UTR_RANK, j.ref),
        status="success",
    )
    p.add("gap")
    grid(p, "sg3", [(0.0, 0.33, "l"), (0.33, 0.66, "c"), (0.66, 1.0, "r")], flags=("soft",))
    row(p, "sg3", "Artist", "Accountant", "Secretary")
    return p.done()


def stipend_ack(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [740, 780])
    extra(p)["brand"] = [120, 60, 20]
    p.part = "head"
    top(p, fit_name(p, "title", [KENDRA, KENDRA.upper()]))
    p.add("small", UNITS["kendra"][1])
    strong(p, "STIPEND DISBURSEMENT - TRAINEE ACKNOWLEDGEMENT", "c")
    p.add("rule")
    p.part = "body"
    days = rng.randrange(18, 27)
    rate = rng.choice([200, 250])
    j.amount = float(days * rate)
    batch = f"STP-{j.date:%y%m}-{digits(rng, 4)}"
    table(
        p,
        "st",
        [(0.0, 0.34, "l"), (0.34, 0.48, "r"), (0.48, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "c")],
        ["Trainee", "Days", "Rate", "Stipend", "Mode"],
        [
            (
                [who, str(days), str(rate), num(j.amount), "NEFT"],
                {"merchant": who, "amount": j.amount, "method": "netbanking"},
            )
        ],
        head_flags=("fill",),
        flags=("ruled",),
    )
    p.add("gap")
    at = 0.36
    kv(p, "Batch", "Isko batch 4 - Sohrai and Khovar basics", at=at, flags=("lined",))
    kv(p, "Period", f"{j.month()}", at=at, flags=("lined",))
    kv(p, "Payment batch ID", batch, at=at, flags=("lined",), txn=(TXN_RANK, batch))
    kv(p, "Sent to bank on", when_in(j, ["%d/%m/%Y", "%d-%b-%Y"], rng), at=at, flags=("lined",), date=j.date)
    kv(p, "Account", f"Jharkhand Rajya Gramin Bank XXXXXX{digits(rng, 4)}", at=at, flags=("lined",))
    kv(p, "Status", "In process at the bank - credit awaited", at=at, flags=("lined",), status="pending")
    p.add("gap")
    p.add("left", "I acknowledge that my stipend for the month above is being paid to my bank account.")
    p.add("gap")
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], flags=("soft",))
    squiggle(p, "l")
    row(p, "sg", "Signature of trainee", "Kendra in-charge")
    return p.done()


def bandhan_failed(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = phone_page(rng, font, 6, ["Transfer status", ""])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (220, 60, 40), (255, 255, 255)
    p.add("title", "Bandhan Bank")
    p.add("gap")
    if not p.style["h106"]["dark"]:
        p.add("gap")
    p.part = "body"
    icon(p, "cross")
    said(p, "failed", rng.choice(["Transfer failed", "Transaction failed"]))
    j.amount = float(rng.randrange(10, 40) * 100)
    p.add("big", f"{sign(font, chr(0x20B9), 'Rs.')} {num(j.amount)}", amount=j.amount)
    p.add("small", "The beneficiary's account is frozen. No money has left your account.")
    p.add("gap")
    start = box_from(p)
    p.add("pair", "To", who, merchant=who)
    p.add("pair", "Account", f"XXXXXXXX{digits(rng, 4)}")
    p.add("pair", "Via", "IMPS", method="netbanking")
    p.add("pair", "Reference", j.ref, txn=(UTR_RANK, j.ref))
    p.add("pair", "Date", when_in(j, ["%d %b %Y", "%d/%m/%Y"], rng), date=j.date)
    p.add("pair", "Remarks", why.split(" - ")[0])
    box_to(p, start, radius=12, tint=True)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Try again  |  Contact 1800-258-8181")
    return p.done()


def artist_slip(rng, font, j: Job, who, why) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [700, 740])
    p.part = "head"
    deva(p, "कलाकार भुगतान पर्ची", 1.2, True)
    top(p, fit_name(p, "title", [STUDIO, STUDIO.upper()]))
    p.add("small", f"{UNITS['studio'][1]}  |  A unit of {SAMITI}")
    strong(p, "KALAKAR BHUGTAN PARCHI / ARTIST'S PAYMENT SLIP", "c")
    p.add("rule")
    p.part = "body"
    pieces = rng.randrange(3, 9)
    rate = float(rng.choice([900, 1100, 1250, 1400]))
    advance = float(rng.choice([500, 1000, 1500]))
    j.amount = pieces * rate - advance
    slip = f"KP-{rng.randrange(100, 900)}"
    tiles(
        p,
        [
            ("Parchi sankhya / Slip No.", slip, {"txn": (INVOICE_RANK, slip)}),
            ("Kalakar / Artist", who, {"merchant": who}),
            ("Chitra / Paintings", f"{pieces} (Sohrai, paper 22 x 15 in)", {}),
            ("Dar / Rate", f"Rs. {num(rate)} each", {}),
            ("Kul / Total", f"Rs. {num(pieces * rate)}", {}),
            ("Agrim katauti / Advance", f"Rs. {num(advance)}", {}),
        ],
    )
    p.add("gap")
    band(p, "Bhugtan / Paid", f"Rs. {num(j.amount)}", amount=j.amount)
    p.add(
        "left",
        f"UPI Ref. {j.ref}  |  to {who.split()[0].lower()}{digits(rng, 2)}@jrgb"[:60],
        method="UPI",
        txn=(UTR_RANK, j.ref),
        status="success",
    )
    p.add("gap")
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], flags=("soft",))
    squiggle(p, "r")
    row(p, "sg", "Kalakar / Artist", "Sachiv / Secretary")
    return p.done()


# ---------------------------------------------------------------- 8. land rent, taxes, licences, fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Samiti's dues: Jharbhoomi's online lagan (land rent) receipt for the studio's plot (a Devanagari
    heading, the plot's particulars in two columns, the years in a filled-heading table); the Hazaribagh
    Municipal Corporation's holding tax receipt from its counter (the tax heads by year in a ruled table,
    cash); the Ranchi Municipal Corporation's trade licence payment (a key column, a QR code); the
    Commercial Taxes Department's profession tax payment awaiting the bank (an amber pill, a zebra table);
    the Geographical Indications Registry's e-filing fee receipt for artists' authorised-user forms; the
    Income Tax Department's TDS challan receipt (ITNS 281: the particulars in two columns, the breakup A to
    F); ESIC's contribution payment that failed; the Surajkund Mela Authority's e-mail confirming the stall
    on the fee's receipt (no reference)."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=500, high=40000, p_round=0.9)
    return [
        lagan_receipt,
        holding_tax,
        trade_licence,
        profession_tax,
        gi_fee,
        tds_challan,
        esic_failed,
        mela_mail,
    ][k](rng, font, j)


def lagan_receipt(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "jharbhoomi.jharkhand.gov.in/OnlineLagan/Receipt")
    extra(p)["brand"] = [20, 90, 60]
    p.part = "head"
    deva(p, "झारखण्ड सरकार", 1.1, True)
    dept = rng.choice(
        [
            "Revenue, Registration and Land Reforms Department",
            "REVENUE, REGISTRATION AND LAND REFORMS DEPARTMENT",
        ]
    )
    p.add("center", dept, merchant=dept)
    p.add("small", "Government of Jharkhand  |  Jharbhoomi")
    strong(p, "Online Lagan (Land Rent) Payment Receipt", "c")
    p.add("rule")
    p.part = "body"
    rno = f"LR{j.date:%y}{digits(rng, 9)}"
    grid(p, "lg", [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")], bold=(0, 2))
    row(p, "lg", "Receipt No.", rno, "Date", when(j.date, "%d/%m/%Y"), txn=(INVOICE_RANK, rno), date=j.date)
    row(p, "lg", "District", "Hazaribagh", "Anchal", "Barkagaon")
    row(p, "lg", "Mauza", "Jorakath", "Thana No.", str(rng.randrange(80, 300)))
    row(p, "lg", "Khata No.", str(rng.randrange(10, 400)), "Plot No.", f"{rng.randrange(100, 1900)}")
    row(p, "lg", "Area", f"{rng.choice(['0.12', '0.18', '0.25'])} acre", "Raiyat", "S.K.K. Samiti")
    p.add("gap")
    lines = []
    total = 0.0
    this_year = j.date.year if j.date.month >= 4 else j.date.year - 1
    for year in range(this_year - rng.randrange(1, 3), this_year + 1):
        lagan = float(rng.choice([62, 84, 96, 120]))
        cess = round(lagan * 1.45, 2)
        total += lagan + cess
        lines.append(([f"{year}-{(year + 1) % 100:02d}", num(lagan), num(cess), num(lagan + cess)], {}))
    j.amount = round(total, 2)
    lines.append((["=Total", "", "", num(j.amount)], {"amount": j.amount}))
    table(
        p,
        "ly",
        [(0.0, 0.3, "l"), (0.3, 0.52, "r"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
        ["Year", "Lagan", "Cess", "Total (Rs.)"],
        lines,
        head_flags=("fill",),
        flags=("ruled",),
    )
    p.add("gap")
    tid = f"SBIePay{digits(rng, 10)}"
    bref = f"IGA{digits(rng, 9)}"
    grid(p, "lp", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], bold=(0,))
    row(p, "lp", "Payment mode", "Net Banking (SBI ePay)", method="netbanking")
    row(p, "lp", "Transaction ID", tid, txn=(TXN_RANK, tid))
    row(p, "lp", "Bank reference", bref, txn=(BANK_RANK, bref))
    row(p, "lp", "Payment status", "Success", status="success")
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        "This receipt is generated online and needs no signature. Verify at jharbhoomi.jharkhand.gov.in",
    )
    return p.done()


def holding_tax(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    deva(p, "हजारीबाग नगर निगम", 1.15, True)
    name = rng.choice(["Hazaribagh Municipal Corporation", "HAZARIBAGH MUNICIPAL CORPORATION"])
    top(p, name, merchant=name)
    p.add("small", "Revenue Section  |  Collection counter, Town Hall, Hazaribagh")
    strong(p, "HOLDING TAX RECEIPT", "c")
    p.add("rule")
    p.part = "body"
    rno = f"HMC/HT/{rng.randrange(10000, 99999)}"
    grid(p, "hh", [(0.0, 0.55, "l"), (0.55, 1.0, "r")])
    row(
        p,
        "hh",
        f"Receipt No.: {rno}",
        f"Date: {when(j.date, '%d-%m-%Y')}",
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    row(
        p,
        "hh",
        f"Ward No.: {rng.randrange(1, 36)}",
        f"Holding No.: {rng.randrange(100, 999)}/{rng.randrange(1, 9)}",
    )
    p.add("left", f"Owner / occupier: {FULL}")
    p.add("left", "Address: Matwari, Hazaribagh")
    p.add("gap")
    lines = []
    total = 0.0
    fy_start = j.date.year if j.date.month >= 4 else j.date.year - 1
    for n, year in enumerate([fy_start - 1, fy_start]):
        house = float(rng.randrange(900, 2400, 10))
        water = float(rng.choice([360, 480, 600]))
        latrine = float(rng.choice([120, 180, 240]))
        late = round(house * 0.01 * 12, 2) if n == 0 else 0.0
        sub = house + water + latrine + late
        total += sub
        lines.append(
            (
                [
                    f"{year}-{(year + 1) % 100:02d}",
                    num(house),
                    num(water),
                    num(latrine),
                    num(late) if late else "-",
                    num(sub),
                ],
                {},
            )
        )
    j.amount = round(total, 2)
    lines.append((["=Total", "", "", "", "", num(j.amount)], {"amount": j.amount}))
    table(
        p,
        "ht",
        [
            (0.0, 0.17, "l"),
            (0.17, 0.34, "r"),
            (0.34, 0.5, "r"),
            (0.5, 0.66, "r"),
            (0.66, 0.82, "r"),
            (0.82, 1.0, "r"),
        ],
        ["Year", "Holding", "Water", "Latrine", "Penalty", "Total"],
        lines,
        flags=("ruled",),
        head_flags=("ruled", "head"),
    )
    p.add("gap")
    p.add(
        "left",
        f"Received Rs. {num(j.amount)} ({words_in_rupees(j.amount)}) in cash.",
        method="cash",
        status="success",
    )
    p.add("gap")
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], flags=("soft",))
    squiggle(p, "r")
    row(p, "sg", "Computer generated", "Tax Collector")
    return p.done()


def trade_licence(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "smartulb.jharkhand.gov.in/rmc/tradelicence/receipt")
    extra(p)["brand"] = [150, 40, 40]
    p.part = "head"
    name = rng.choice(["Ranchi Municipal Corporation", "RANCHI MUNICIPAL CORPORATION"])
    logo(p, "RMC", name, (150, 40, 40), merchant=name)
    p.add("small", "Trade Licence  |  Renewal  |  Payment receipt")
    p.add("rule")
    p.part = "body"
    said(p, "success", "Payment successful - licence renewed", "left")
    p.add("gap")
    fee = float(rng.choice([1500, 2500, 3000]))
    late = float(rng.choice([0, 0, 300]))
    sign_fee = float(rng.choice([500, 750]))
    j.amount = fee + late + sign_fee
    at = 0.38
    tid = f"RMCTL{digits(rng, 11)}"
    for name_, value, facts in [
        ("Licence No.", f"RMC/TL/{rng.randrange(10000, 99999)}", {}),
        ("Trade name", SHOP, {}),
        ("Owner", FULL, {}),
        ("Premises", UNITS["shop"][1], {}),
        ("Valid up to", when(dt.date(j.date.year + 1, 3, 31), "%d/%m/%Y"), {}),
        ("Licence fee", f"Rs. {num(fee)}", {}),
        ("Signboard fee", f"Rs. {num(sign_fee)}", {}),
        ("Late fee", f"Rs. {num(late)}", {}),
        ("Total paid", f"Rs. {num(j.amount)}", {"amount": j.amount}),
        ("Payment mode", "UPI", {"method": "UPI"}),
        ("UPI Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ("Payment date", when_in(j, ["%d/%m/%Y", "%d-%b-%Y"], rng), {"date": j.date}),
    ]:
        kv(p, name_, value, at=at, **facts)
    p.add("gap")
    qr(p, "r", 4)
    p.part = "foot"
    p.add("small", "Scan the code to verify the licence. Display it at the premises.")
    return p.done()


def profession_tax(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "jharkhandcomtax.gov.in/ptax/epayment/status")
    extra(p)["brand"] = [40, 60, 120]
    p.part = "head"
    name = rng.choice(
        ["Commercial Taxes Department, Jharkhand", "Commercial Taxes Department, Government of Jharkhand"]
    )
    shown = fit_name(p, "title", [name, "Commercial Taxes Department"])
    top(p, shown, merchant=shown)
    p.add("small", "Jharkhand Tax on Professions, Trades, Callings and Employments")
    p.add("center", "e-Payment status")
    p.add("rule")
    p.part = "body"
    chip(p, "Pending - awaiting confirmation from the bank", "pending")
    p.add("small", "Do not pay again. The status is updated within 24 hours.")
    p.add("gap")
    j.amount = 2500.0
    crn = f"PT{j.date:%y}{digits(rng, 10)}"
    table(
        p,
        "pt",
        [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
        ["Particulars", ""],
        [
            (["Enrolment No.", f"PTEC{digits(rng, 8)}"], {}),
            (["Name", SAMITI], {}),
            (["Period", f"FY 20{fy(j.date)}"], {}),
            (["Tax (enrolment, annual)", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
            (["Challan ref. No.", crn], {"txn": (TXN_RANK, crn)}),
            (["Bank", "State Bank of India - Net Banking"], {"method": "netbanking"}),
            (["Initiated on", day_hour(rng, j.date, ["%d/%m/%Y"], (" ",))], {"date": j.date}),
        ],
        head_flags=("fill",),
        flags=("zebra",),
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Commercial Taxes Department, Government of Jharkhand, Ranchi")
    return p.done()


def gi_fee(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = mail_page(
        rng,
        font,
        "ipindia-efiling <noreply@ipindia.gov.in>",
        ["Payment receipt - Geographical Indications e-filing", "e-Filing fee receipt"],
    )
    p.part = "head"
    name = "Geographical Indications Registry"
    top(p, name, merchant=name)
    p.add("small", "Office of the Controller General of Patents, Designs and Trade Marks, Chennai")
    strong(p, "E-FILING FEE RECEIPT", "c")
    p.add("rule")
    p.part = "body"
    artists = rng.randrange(8, 30)
    fee = 100.0
    j.amount = artists * fee
    cbr = f"{rng.randrange(10000, 99999)}"
    grid(p, "gi", [(0.0, 0.25, "l"), (0.25, 0.5, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")], bold=(0, 2))
    row(p, "gi", "CBR No.", cbr, "Date", when(j.date, "%d/%m/%Y"), txn=(INVOICE_RANK, cbr), date=j.date)
    row(p, "gi", "Office", "Chennai", "Agent", "Self")
    p.add("left", f"Received from: {FULL}, Hazaribagh")
    p.add("gap")
    table(
        p,
        "gf",
        [(0.0, 0.5, "l"), (0.5, 0.66, "r"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
        ["Form / purpose", "Count", "Fee", "Amount"],
        [
            (
                [
                    f"GI-3A Authorised user (GI No. {rng.randrange(600, 700)})",
                    str(artists),
                    num(fee),
                    num(j.amount),
                ],
                {},
            ),
            (["=Total", "", "", num(j.amount)], {"amount": j.amount}),
        ],
        flags=("lined",),
    )
    p.add("gap")
    tid = f"IPO{digits(rng, 12)}"
    p.add(
        "left",
        f"Payment: Net Banking, Transaction ID {tid}, status Success",
        method="netbanking",
        txn=(TXN_RANK, tid),
        status="success",
    )
    p.part = "foot"
    p.add("small", "This is a computer-generated receipt. Keep it with your filing.")
    return p.done()


def tds_challan(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/challan")
    p.part = "head"
    name = rng.choice(["Income Tax Department", "INCOME TAX DEPARTMENT"])
    top(p, name, merchant=name)
    p.add("small", "Government of India  |  e-Pay Tax")
    strong(p, "Challan Receipt - ITNS No. 281", "c")
    p.add("rule")
    p.part = "body"
    tds = float(rng.randrange(1500, 30000, 10))
    interest = float(rng.choice([0, 0, 45, 120]))
    j.amount = tds + interest
    brn = f"{digits(rng, 10)}"
    bsr = digits(rng, 7)
    challan = f"{rng.randrange(10000, 99999)}"
    grid(p, "ch", [(0.0, 0.26, "l"), (0.26, 0.5, "l"), (0.52, 0.74, "l"), (0.74, 1.0, "l")], bold=(0, 2))
    row(
        p,
        "ch",
        "TAN",
        f"RCHS{digits(rng, 5)}{code(rng, 1, UPPER)}",
        "Assessment Year",
        f"20{fy(j.date).split('-')[1]}-{int(fy(j.date).split('-')[1]) + 1}",
    )
    row(p, "ch", "Name", "SOHRAI KHOVAR K..", "Financial Year", f"20{fy(j.date)}")
    row(p, "ch", "Major head", "0021", "Minor head", "200")
    row(p, "ch", "Section", "194C", "Mode", "Net Banking", method="netbanking")
    row(p, "ch", "Bank", "Bank of India", "Tender date", when(j.date, "%d/%m/%Y"), date=j.date)
    row(p, "ch", "BRN", brn, "BSR code", bsr, txn=(BANK_RANK, brn))
    row(p, "ch", "Challan No.", challan, "CIN", f"{bsr}{j.date:%d%m%y}{challan}")
    p.add("gap")
    table(
        p,
        "cb",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        ["Breakup of amount", "Rs."],
        [
            (["A  Tax", num(tds)], {}),
            (["B  Surcharge", "0.00"], {}),
            (["C  Cess", "0.00"], {}),
            (["D  Interest", num(interest)], {}),
            (["E  Penalty", "0.00"], {}),
            (["F  Fee under section 234E", "0.00"], {}),
            (["=Total (A+B+C+D+E+F)", num(j.amount)], {"amount": j.amount}),
        ],
        flags=("lined",),
    )
    p.add("small", f"({words_in_rupees(j.amount)})")
    said(p, "success", "Payment successful", "left")
    p.part = "foot"
    p.add("small", "The credit is shown in Form 26AS once the bank reports the challan.")
    return p.done()


def esic_failed(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "gateway.esic.gov.in/EmployerPortal/ChallanStatus")
    p.part = "head"
    name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
    top(p, name, merchant=name)
    p.add("small", "Ministry of Labour and Employment  |  Employer portal")
    p.add("rule")
    p.part = "body"
    icon(p, "cross")
    said(p, "failed", "Transaction failed - payment not received from the bank")
    p.add("small", "The challan remains unpaid. Generate a fresh challan and pay again.")
    p.add("gap")
    staff = rng.randrange(6, 14)
    wages = float(staff * rng.randrange(9000, 14000, 100))
    j.amount = round(wages * 0.04, 0)
    challan = f"{digits(rng, 10)}"
    tiles(
        p,
        [
            ("Employer code", digits(rng, 17), {}),
            ("Contribution period", j.month(), {}),
            ("Employees", str(staff), {}),
            ("Amount", f"Rs. {num(j.amount)}", {"amount": j.amount}),
            ("Challan No.", challan, {"txn": (TXN_RANK, challan)}),
            ("Bank", "Punjab National Bank - Net Banking", {"method": "netbanking"}),
        ],
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Contributions paid after the 15th of the next month carry interest at 12% a year.")
    return p.done()


def mela_mail(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = mail_page(
        rng,
        font,
        "Surajkund Mela Authority <stalls@surajkundmela.gov.in>",
        ["Stall allotment confirmed - Jharkhand pavilion", "Your stall at Surajkund 2026"],
    )
    p.part = "head"
    name = rng.choice(["Surajkund Mela Authority", "SURAJKUND MELA AUTHORITY"])
    top(p, name, merchant=name)
    p.add("small", "Haryana Tourism Corporation Ltd  |  39th Surajkund International Crafts Mela")
    p.add("rule")
    p.part = "body"
    move(j, rng, MELA_START - dt.timedelta(days=rng.randrange(12, 40)))
    j.amount = float(rng.choice([9500, 11800, 14160]))
    p.add("left", f"Dear {SAMITI},")
    p.add(
        "left",
        f"We confirm receipt of the stall participation fee of Rs. {num(j.amount, 'indian', 0)}/- paid by "
        "UPI "
        f"on {when_in(j, ['%d/%m/%Y', '{d} %B %Y'], rng)}.",
        amount=j.amount,
        method="UPI",
        date=j.date,
        status="success",
    )
    p.add(
        "left",
        f"Stall No. 412 in the Jharkhand pavilion is allotted to you for the mela from "
        f"{when(MELA_START, '{d} %B')} to {when(MELA_START + dt.timedelta(days=15), '{d} %B %Y')}.",
    )
    p.add("gap")
    p.add("left", "Please bring this e-mail and an identity card of each artist to the mela office.")
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", "Stall Allotment Cell, Surajkund Mela Authority")
    p.part = "foot"
    p.add("small", "Faridabad, Haryana. This is an automated message.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers


# insurer as printed on top, what is covered, premium before GST (low, high)
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "Bharat Sookshma Udyam Suraksha - Khovar Haat stock and premises",
        2800,
        5600,
    ),
    ("ECGC Ltd", "Small Exporters' Policy - shipments of paintings", 3500, 14000),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "Commercial vehicle package - Bolero pickup JH 02 AX 4471",
        8000,
        16000,
    ),
    ("Bajaj Allianz General Insurance Co. Ltd", "Group health - 14 artists and staff", 38000, 110000),
    ("The Oriental Insurance Co. Ltd", "Marine cargo - export parcels by air", 1800, 7000),
    ("SBI General Insurance Co. Ltd", "Shop and stall floater - Surajkund mela", 1400, 3600),
    ("Niva Bupa Health Insurance Co. Ltd", "Health companion - Sunita Devi, secretary", 11000, 21000),
    ("IFFCO-TOKIO General Insurance Co. Ltd", "Two-wheeler package - JH 02 BK 2209", 800, 1900),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Samiti's premiums: New India Assurance's premium receipt for the shop's policy (two columns of
    particulars, a zebra premium table), the cheque subject to realisation; ECGC's premium acknowledgement
    for the export policy (a table of the month's shipments); ICICI Lombard's app after renewing the
    pickup (a green tick, the fields two to a row; "Today"); Bajaj Allianz's e-mail for the group health
    policy (the sum on a strip, hairline rows); Oriental Insurance's e-payment for a marine cover that
    failed; SBI General's policy schedule for the mela stall with the branch's round seal; Niva Bupa's
    renewal e-mail (the steps left to right, no reference); IFFCO-Tokio's counter receipt in fixed-width
    type, cash."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    insurer, cover, lo, hi = POLICIES[k]
    base = float(rng.randrange(lo, hi))
    gst = round(base * 0.18, 2)
    j.amount = round(base + gst, 2)
    policy = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
    return [
        nia_receipt,
        ecgc_ack,
        lombard_app,
        bajaj_mail,
        oriental_failed,
        sbi_schedule,
        niva_mail,
        iffco_counter,
    ][k](rng, font, j, insurer, cover, base, gst, policy)


def nia_receipt(rng, font, j: Job, insurer, cover, base, gst, policy) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [740, 780])
    extra(p)["brand"] = [10, 60, 130]
    p.part = "head"
    name = fit_name(p, "title", [insurer, insurer.upper(), "New India Assurance"])
    top(p, name, merchant=name)
    p.add("small", "Divisional Office, Main Road, Ranchi  |  A Government of India undertaking")
    strong(p, "PREMIUM RECEIPT", "c")
    p.add("rule")
    p.part = "body"
    rno = f"{rng.randrange(10, 99)}{digits(rng, 8)}"
    grid(p, "nr", [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")], bold=(0, 2))
    row(
        p,
        "nr",
        "Receipt No.",
        rno,
        "Receipt date",
        when(j.date, "%d/%m/%Y"),
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    row(p, "nr", "Proposal", f"P{digits(rng, 7)}", "Policy No.", policy[:12])
    row(
        p,
        "nr",
        "Insured",
        "Khovar Haat",
        "Period",
        f"1 yr from {when(j.date + dt.timedelta(days=1), '%d/%m/%y')}",
    )
    p.add("small", f"Cover: {cover}; stock Rs. 12 lakh, building Rs. 8 lakh")
    p.add("gap")
    table(
        p,
        "np",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        ["Premium", "Rs."],
        [
            (["Fire and allied perils", num(round(base * 0.78, 2))], {}),
            (["Burglary", num(round(base - round(base * 0.78, 2), 2))], {}),
            (["Net premium", num(base)], {}),
            (["CGST @ 9%", num(gst / 2)], {}),
            (["SGST @ 9%", num(gst / 2)], {}),
            (["=Total premium", num(j.amount)], {"amount": j.amount}),
        ],
        head_flags=("fill",),
        flags=("zebra",),
    )
    p.add("gap")
    p.add(
        "left",
        f"Received by cheque No. {digits(rng, 6)} dated {when(earlier(rng, j, 1, 4), '%d/%m/%Y')} drawn on "
        "Bank of India, Hazaribagh.",
        method="cheque",
    )
    p.add("left", "Cover is subject to the realisation of the cheque.", status="pending")
    p.part = "foot"
    p.add("gap")
    right(p, "for The New India Assurance Co. Ltd")
    right(p, "Authorised signatory")
    return p.done()


def ecgc_ack(rng, font, j: Job, insurer, cover, base, gst, policy) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "online.ecgc.in/premium/acknowledgement")
    extra(p)["brand"] = [0, 90, 140]
    p.part = "head"
    name = rng.choice([insurer, "ECGC LTD"])
    logo(p, "ECGC", name, (0, 90, 140), merchant=name)
    p.add("small", "A Government of India enterprise  |  Export credit insurance")
    strong(p, "Premium payment acknowledgement", "c")
    p.add("rule")
    p.part = "body"
    month = j.date.replace(day=1) - dt.timedelta(days=1)
    p.add("left", f"Policy: {cover} - No. {policy[:10]}")
    p.add("left", f"Exporter: {FULL}")
    p.add("gap")
    lines = []
    n = rng.randrange(1, 4)
    shares = [rng.random() + 0.3 for _ in range(n)]
    total = sum(shares)
    left = base
    for i, share in enumerate(shares):
        prem = round(base * share / total, 2) if i < n - 1 else round(left, 2)
        left -= prem
        value = round(prem / 0.0042, 0)
        country = rng.choice(["USA", "France", "Switzerland", "Singapore", "Norway", "New Zealand"])
        lines.append(([f"SB {digits(rng, 7)}", country, num(value), num(prem)], {}))
    lines.append((["GST @ 18%", "", "", num(gst)], {}))
    lines.append((["=Total premium paid", "", "", num(j.amount)], {"amount": j.amount}))
    table(
        p,
        "eg",
        [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
        ["Shipping bill", "Country", "Value (Rs.)", "Premium"],
        lines,
        head_flags=("fill",),
        flags=("lined",),
    )
    p.add("small", f"Shipments declared for {when(month, '%B %Y')}")
    p.add("gap")
    tid = f"ECGC{digits(rng, 11)}"
    bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
    grid(p, "ep", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], bold=(0,))
    row(p, "ep", "Paid through", "Net Banking - Bank of India", method="netbanking")
    row(p, "ep", "Transaction ID", tid, txn=(TXN_RANK, tid))
    row(p, "ep", "Bank reference", bref, txn=(BANK_RANK, bref))
    row(p, "ep", "Paid on", when_in(j, ["%d/%m/%Y", "%d-%b-%Y"], rng), date=j.date)
    row(p, "ep", "Status", "Premium received", status="success")
    p.part = "foot"
    p.add("gap")
    p.add("small", "ECGC Ltd, Express Towers, Nariman Point, Mumbai")
    return p.done()


def lombard_app(rng, font, j: Job, insurer, cover, base, gst, policy) -> tuple[list, dict, dict]:
    p = phone_page(rng, font, 2, ["Renewal", ""])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (176, 66, 30), (255, 255, 255)
    p.add("title", "IL TakeCare")
    p.add("gap")
    if not p.style["h106"]["dark"]:
        p.add("gap")
    p.part = "body"
    name = fit_name(p, "center", [insurer, "ICICI Lombard General Insurance", "ICICI Lombard"])
    p.add("center", name, merchant=name)
    icon(p, "tick")
    said(p, "success", "Payment successful - policy renewed")
    p.add("big", f"{sign(font, chr(0x20B9), 'Rs.')}{num(j.amount)}", amount=j.amount)
    p.add("small", f"Today, {hhmm(rng, lower=True, zero=False)}")
    p.add("gap")
    tid = f"IL{digits(rng, 14)}"
    tiles(
        p,
        [
            ("Policy", cover.split(" - ")[0], {}),
            ("Vehicle", cover.split(" - ")[1], {}),
            ("Paid with", f"Credit card {masked(rng, font)}", {"method": "card"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Premium (incl. GST)", f"Rs. {num(j.amount)}", {}),
            ("Policy No.", policy[:14], {}),
        ],
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Download policy  |  Add to DigiLocker")
    return p.done()


def bajaj_mail(rng, font, j: Job, insurer, cover, base, gst, policy) -> tuple[list, dict, dict]:
    p = mail_page(
        rng,
        font,
        "Bajaj Allianz <customercare@bajajallianz.co.in>",
        ["Premium received - group health policy", "Thank you for your payment"],
    )
    extra(p)["brand"] = [0, 83, 160]
    p.part = "head"
    name = fit_name(p, "title", [insurer, "Bajaj Allianz General Insurance"])
    top(p, name, merchant=name)
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    p.add(
        "left",
        f"Thank you. We have received the premium for your {cover.split(' - ')[0].lower()} policy.",
        status="success",
    )
    p.add("gap")
    band(p, "Premium paid (incl. GST)", f"Rs. {num(j.amount)}", amount=j.amount)
    p.add("gap")
    way = rng.choice(["Net banking", "UPI"])
    tid = f"BA{digits(rng, 13)}"
    rows_ = [
        (["Policy holder", FULL if cells_fit_guess(p, 0.6, FULL) else SAMITI], {}),
        (["Members", cover.split(" - ")[1]], {}),
        (["Net premium", f"Rs. {num(base)}"], {}),
        (["GST @ 18%", f"Rs. {num(gst)}"], {}),
        (["Payment mode", way], {"method": "netbanking" if way == "Net banking" else "UPI"}),
        (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
    ]
    if way == "UPI":
        rows_.append((["UPI Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref)}))
    rows_.append((["Payment date", when_in(j, ["%d-%b-%Y", "%d/%m/%Y"], rng)], {"date": j.date}))
    table(p, "bj", [(0.0, 0.4, "l"), (0.4, 1.0, "r")], None, rows_, flags=("lined",))
    p.part = "foot"
    p.add("gap")
    p.add("small", "The policy schedule with the members' cards is attached. IRDAI Regn. No. 113")
    return p.done()


def oriental_failed(rng, font, j: Job, insurer, cover, base, gst, policy) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "orientalinsurance.org.in/epay/status")
    p.part = "head"
    name = fit_name(p, "title", [insurer, insurer.upper(), "Oriental Insurance"])
    top(p, name, merchant=name)
    p.add("small", "OICL e-Pay  |  Marine cargo declaration premium")
    p.add("rule")
    p.part = "body"
    icon(p, "cross")
    said(p, "failed", "Transaction failed - the bank did not respond")
    p.add("small", "Your account has not been debited. The declaration is saved; pay again to get cover.")
    p.add("gap")
    ref = f"OIC{digits(rng, 12)}"
    at = 0.36
    kv(p, "Declaration", cover.split(" - ")[1].capitalize(), at=at)
    kv(p, "Open policy No.", policy, at=at)
    kv(p, "Premium (incl. GST)", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    kv(p, "Payment option", "Debit card", at=at, method="card")
    kv(p, "Transaction ref.", ref, at=at, txn=(TXN_RANK, ref))
    kv(p, "Attempted on", day_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=at, date=j.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Retry payment  |  Print declaration")
    return p.done()


def sbi_schedule(rng, font, j: Job, insurer, cover, base, gst, policy) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [740, 780])
    move(j, rng, MELA_START - dt.timedelta(days=rng.randrange(2, 10)))
    p.part = "head"
    name = fit_name(p, "title", [insurer, insurer.upper(), "SBI General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Ranchi branch  |  IRDAI Regn. No. 144")
    strong(p, "POLICY SCHEDULE CUM PREMIUM RECEIPT", "c")
    p.add("rule")
    p.part = "body"
    grid(p, "sc", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], bold=(0,))
    end = MELA_START + dt.timedelta(days=16)
    for label_, value, facts in [
        ("Policy No.", policy, {}),
        ("Insured", FULL, {}),
        ("Cover", cover.split(" - ")[0], {}),
        ("Location", "Stall No. 412, Surajkund Mela, Faridabad", {}),
        ("Period", f"{when(MELA_START - dt.timedelta(days=1), '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}", {}),
        ("Sum insured", "Rs. 6,00,000 (paintings and fittings)", {}),
    ]:
        lines = wrap(p, "sc", 1, value)
        row(p, "sc", label_, lines[0], **facts)
        for more in lines[1:]:
            row(p, "sc", "", more)
    p.add("gap")
    strong(p, "Premium receipt")
    rno = f"R{digits(rng, 9)}"
    grid(p, "sr", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], bold=(0,))
    row(p, "sr", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    row(p, "sr", "Receipt date", when(j.date, "%d/%m/%Y"), date=j.date)
    row(p, "sr", "Premium", f"Rs. {num(base)} + GST Rs. {num(gst)} = Rs. {num(j.amount)}", amount=j.amount)
    row(p, "sr", "Paid by", f"UPI, Ref. {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
    p.add("left", "Received with thanks.", status="success")
    p.part = "foot"
    seal(p, "SBI GENERAL INSURANCE * RANCHI *", ["PREMIUM", "RECEIVED"], "blue")
    return p.done()


def niva_mail(rng, font, j: Job, insurer, cover, base, gst, policy) -> tuple[list, dict, dict]:
    p = mail_page(
        rng, font, "Niva Bupa <renewals@nivabupa.com>", ["Your policy is renewed", "Renewal premium received"]
    )
    extra(p)["brand"] = [0, 95, 170]
    p.part = "head"
    name = fit_name(p, "title", [insurer, "Niva Bupa Health Insurance"])
    top(p, name, merchant=name)
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sunita Devi,")
    p.add(
        "left",
        f"We have received your renewal premium of Rs. {num(j.amount)} on "
        f"{when_in(j, ['{d} %B %Y', '%d/%m/%Y'], rng)}. Your policy is renewed for another year.",
        amount=j.amount,
        date=j.date,
        status="success",
    )
    p.add("gap")
    hsteps(p, ["Premium received", "Policy renewed", "Documents e-mailed", "Cards issued"], 3, "done")
    p.add("gap")
    at = 0.36
    kv(p, "Policy No.", policy, at=at, flags=("lined",))
    kv(p, "Plan", cover.split(" - ")[0], at=at, flags=("lined",))
    kv(
        p,
        "Paid by",
        "Auto-debit (UPI AutoPay) from the Samiti's account",
        at=at,
        flags=("lined",),
        method="UPI",
    )
    kv(p, "Sum insured", "Rs. 5,00,000", at=at, flags=("lined",))
    p.part = "foot"
    p.add("gap")
    p.add("small", "Niva Bupa Health Insurance Co. Ltd. IRDAI Regn. No. 145")
    return p.done()


def iffco_counter(rng, font, j: Job, insurer, cover, base, gst, policy) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [720, 760])
    mono = rng.choice(MONO_FACES)
    grid(p, "ic", [(0.0, 1.0, "l")], face=mono, scale=0.95)
    p.part = "head"
    name = fit_name(p, "title", [insurer, "IFFCO-TOKIO General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Hazaribagh Sales Office  |  Counter receipt")
    p.add("rule")
    p.part = "body"
    rno = f"{rng.randrange(10, 99)}-{digits(rng, 8)}"
    lines = [
        (f"RECEIPT NO   : {rno}", {"txn": (INVOICE_RANK, rno)}),
        (f"DATE         : {when(j.date, '%d/%m/%Y')}  {hour24(rng)}", {"date": j.date}),
        ("RECEIVED FROM: SOHRAI KHOVAR KALAKAR SAMITI", {}),
        (f"POLICY       : {cover.split(' - ')[0].upper()}", {}),
        (f"VEHICLE      : {cover.split(' - ')[1]}", {}),
        (f"OD PREMIUM   : {num(round(base * 0.35, 2)):>12}", {}),
        (f"TP PREMIUM   : {num(round(base - round(base * 0.35, 2), 2)):>12}", {}),
        (f"GST 18%      : {num(gst):>12}", {}),
        (f"TOTAL        : {num(j.amount):>12}", {"amount": j.amount}),
        ("MODE         : CASH", {"method": "cash"}),
        ("RECEIVED WITH THANKS", {"status": "success"}),
    ]
    for text, facts in lines:
        row(p, "ic", text, **facts)
    p.part = "foot"
    p.add("gap")
    right(p, "Cashier")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# the counter's name line, its place, the kind of slip, the terminal's brand
COUNTERS = [
    ("KHOVAR HAAT", "KUTCHERY ROAD, RANCHI", "echarge", "RAZORPAY POS"),
    ("KHOVAR HAAT", "SURAJKUND MELA, STALL 412", "plutus", "PINE LABS"),
    ("HOTEL CANARY HILL VIEW", "CANARY HILL ROAD, HAZARIBAGH", "pairs", "INGENICO"),
    ("BARKAGAON HIGHWAY FUELS", "NH-100, BARKAGAON MOR", "fuel", "IOCL"),
    ("KHOVAR HAAT", "KUTCHERY ROAD, RANCHI", "paytm", "PAYTM"),
    ("RANG MAHAL ART SUPPLIERS", "COLLEGE STREET, KOLKATA", "pairs", "BHARATPE"),
    ("DHUSKA CORNER RESTAURANT", "MAIN ROAD, RANCHI", "tap", "WORLDLINE"),
    ("KHOVAR HAAT", "KUTCHERY ROAD, RANCHI", "amex", "AMERICAN EXPRESS"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards at the Ranchi shop and its Surajkund stall, and the Samiti's card at a Hazaribagh
    hotel, a filling station, a Kolkata art supplier and a Ranchi restaurant: Razorpay POS's e-charge slip
    opened from its SMS link (a browser page, hairline rows); Pine Labs' Plutus slip on a thermal roll with
    two fields to a line and its e-receipt QR code; an Ingenico slip of two fields to a line (DECLINED 55 -
    INCORRECT PIN); an Indian Oil pump's slip (PUMP, NOZZLE, PRODUCT, DENSITY, RATE, VOLUME, XTRAREWARDS
    points); Paytm for Business's screen of a card payment on the shop's phone ("Today"); BharatPe's slip
    that timed out; Worldline's tap-and-go slip that prints no reference; American Express's CHARGE SLIP
    (CARD MEMBER, APPROVAL, REF NO)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=700, high=32000)
    name, town, kind, brand = COUNTERS[k]
    if "SURAJKUND" in town:
        move(j, rng, MELA_START + dt.timedelta(days=rng.randrange(16)))
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 5000, 0.8)
    elif kind == "tap":
        j.amount = rupees(rng, 480, 2400, 0.6)
    elif kind == "pairs" and "HOTEL" in name:
        j.amount = rupees(rng, 2400, 9000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    tid, mid = digits(rng, 8), digits(rng, 15)
    inv = f"{rng.randrange(1, 999):06d}"
    batch = f"{rng.randrange(1, 300):06d}"
    if kind == "echarge":
        return echarge(rng, font, j, name, town, scheme, last4, appr, tid, mid)
    if kind == "paytm":
        return paytm_business(rng, font, j, name, scheme, last4, appr)
    p = screen(rng, font, width=rng.choice([440, 470, 500]), size=rng.choice([16, 17]))
    paper(p, rng)
    if kind in ("plutus", "tap"):
        sheet(p, "roll")
    mono_rows(p)
    p.part = "head"
    if kind == "amex":
        p.add("center", "AMERICAN EXPRESS")
        p.add("center", "CHARGE SLIP")
    else:
        p.add("center", brand)
    shown = name if fits(p, "center", name) else name.replace(" RESTAURANT", "")
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.add("rule")
    p.part = "body"
    day = when(j.date, rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d-%b-%y"])).upper()
    two(p, f"DATE:{day}", f"TIME:{hour24(rng, True)}", date=j.date)
    two(p, f"TID:{tid}", f"BATCH:{batch}")
    one(p, f"MID:{mid}")
    if kind == "amex":
        one(p, f"CARD MEMBER: XXXX XXXXXX X{last4[1:]}", method="card")
        one(p, "CARD MEMBER NAME: C. LEFEBVRE")
        two(p, f"APPROVAL:{appr}", f"REF NO:{inv}", txn=(APPR_RANK, appr))
        p.add("rule")
        one(p, "CHARGE")
        one(p, f"TOTAL  INR {j.amount:,.2f}", amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED - CARD MEMBER COPY", status="success")
        p.add("small", "I AGREE TO PAY THE ABOVE TOTAL AMOUNT")
        p.add("small", "ACCORDING TO THE CARD MEMBER AGREEMENT")
        return p.done()
    if kind != "tap":
        two(p, f"INVOICE:{inv}", f"STAN:{digits(rng, 6)}", txn=(INVOICE_RANK, inv))
    p.add("rule")
    one(p, "CONTACTLESS SALE" if kind == "tap" else "SALE")
    two(p, f"{scheme}", f"**** {last4}", method="card")
    two(p, "ENTRY:" + ("TAP" if kind == "tap" else rng.choice(["CHIP", "CHIP"])), "EXP:**/**")
    if kind == "fuel":
        rate = round(rng.uniform(97.5, 103.8), 2)
        two(p, f"PUMP:{rng.randrange(1, 7)}", f"NOZZLE:{rng.randrange(1, 5)}")
        two(p, "PRODUCT:HSD", f"DENSITY:{rng.uniform(825, 845):.1f}")
        two(p, f"RATE:{rate:.2f}", f"VOL(L):{j.amount / rate:.2f}")
    if status == "success" and kind != "tap":
        two(p, f"APPR:{appr}", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
    elif kind != "tap":
        one(p, f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
    p.add("rule")
    one(p, f"AMOUNT  Rs {j.amount:,.2f}", amount=j.amount)
    p.add("rule")
    if kind == "fuel":
        one(p, f"XTRAREWARDS: {int(j.amount // 100) * 3} PTS EARNED")
    word = {
        "success": "PIN VERIFIED OK" if kind != "tap" else "PIN NOT REQUIRED - APPROVED",
        "failed": "DECLINED 55 - INCORRECT PIN",
        "pending": "HOST NOT RESPONDING - TXN NOT COMPLETE. CHECK BEFORE RETRY",
    }[status]
    p.add("center", word, status=status)
    if kind == "plutus":
        qr(p, "c", 3)
        p.add("small", "SCAN FOR E-RECEIPT")
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "-- MERCHANT COPY --"]))
    return p.done()


def mono_rows(p: Screen) -> None:
    """The slip's two kinds of line: one field, or two fields, the second at the right."""
    grid(p, "s1", [(0.0, 1.0, "l")], group="slip")
    grid(p, "s2", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], group="slip")


def one(p: Screen, text: str, **facts) -> None:
    row(p, "s1", text, **facts)


def two(p: Screen, left: str, right_text: str, **facts) -> None:
    row(p, "s2", left, right_text, **facts)


def echarge(rng, font, j: Job, name, town, scheme, last4, appr, tid, mid) -> tuple[list, dict, dict]:
    """Razorpay POS's e-charge slip opened from its SMS link: the shop, the sum, hairline rows."""
    p = browser_page(rng, font, f"rzp.io/e/{code(rng, 8, MIXED)}")
    p.style["width"] = 560
    p.part = "head"
    top(p, "e-Charge Slip")
    p.add("small", "Razorpay POS")
    p.add("rule")
    p.part = "body"
    shop = rng.choice([name, "Khovar Haat"])
    p.add("center", shop, merchant=shop)
    p.add("small", town.title())
    p.add("big", f"Rs {j.amount:,.2f}", amount=j.amount)
    said(p, "success", "Approved")
    p.add("gap")
    table(
        p,
        "ec",
        [(0.0, 0.42, "l"), (0.42, 1.0, "r")],
        None,
        [
            (["Card", f"{scheme} XXXX {last4}"], {"method": "card"}),
            (["Entry mode", "Chip and PIN"], {}),
            (["Auth code", appr], {"txn": (APPR_RANK, appr)}),
            (["RRN", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["TID / MID", f"{tid} / ..{mid[-5:]}"], {}),
            (["Date", f"{when(j.date, '%d %b %Y')}, {hhmm(rng)}"], {"date": j.date}),
        ],
        flags=("lined",),
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "This is an electronic copy of your charge slip.")
    return p.done()


def paytm_business(rng, font, j: Job, name, scheme, last4, appr) -> tuple[list, dict, dict]:
    """Paytm for Business on the shop's phone: a card payment received, "Today" for its day."""
    p = phone_page(rng, font, 4, ["Payment details", ""])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (0, 46, 110), (255, 255, 255)
    p.add("title", "Paytm for Business" if fits(p, "title", "Paytm for Business") else "Paytm Business")
    p.add("gap")
    if not p.style["h106"]["dark"]:
        p.add("gap")
    p.part = "body"
    shop = rng.choice([name, "Khovar Haat"])
    p.add("center", shop, merchant=shop)
    icon(p, "tick")
    said(p, "success", "Card payment received")
    p.add("big", f"{sign(font, chr(0x20B9), 'Rs.')}{num(j.amount)}", amount=j.amount)
    p.add("small", f"Today, {hhmm(rng, lower=True, zero=False)}")
    p.add("gap")
    tiles(
        p,
        [
            ("Card", f"{scheme} {sign(font, chr(0x2022), 'X') * 2}{last4}", {"method": "card"}),
            ("Device", f"Paytm EDC {digits(rng, 4)}", {}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Auth code", appr, {"txn": (APPR_RANK, appr)}),
        ],
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Settles to your bank account by tomorrow morning.")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, fibre, gas, DTH


JBVNL = "Jharkhand Bijli Vitran Nigam Limited"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's, the Kendra's and the shop's bills: JBVNL's online payment receipt (a key column, a QR
    code); JBVNL's cash counter receipt at Barkagaon (a Devanagari heading, two columns); BSNL's Bharat
    Fibre payment that failed (a red cross); Airtel's e-mail for the fibre bill (a zebra table);
    IndianOil ONE's refill booking paid (the steps left to right, "Today"); Freecharge's DTH recharge
    still processing; the Hazaribagh water works' bill with its counterfoil torn off at the bank, the
    bank's PAID stamp (no reference); a Bharat Connect agent's slip on a thermal roll."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=400, high=9000, p_round=0.6)
    return [
        jbvnl_online,
        jbvnl_counter,
        bsnl_failed,
        airtel_mail,
        indane_app,
        freecharge_dth,
        water_counterfoil,
        bconnect_slip,
    ][k](rng, font, j)


def jbvnl_online(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "jbvnl.co.in/WebPayment/PaymentReceipt")
    p.part = "head"
    name = rng.choice([JBVNL, JBVNL.upper(), "JBVNL"])
    shown = fit_name(p, "title", [name, "JBVNL"])
    top(p, shown, merchant=shown)
    p.add("small", "Online bill payment  |  Payment receipt")
    p.add("rule")
    p.part = "body"
    said(p, "success", "Your payment is successful", "left")
    p.add("gap")
    way = rng.choice(["UPI", "Net Banking"])
    rno = f"WEB{j.date:%y%m}{digits(rng, 7)}"
    tid = f"JBV{digits(rng, 12)}"
    at = 0.38
    for name_, value, facts in [
        ("Consumer No.", f"HZBB{digits(rng, 6)}", {}),
        ("Consumer name", "SOHRAI KHOVAR KALAKAR SAMITI", {}),
        ("Sub-division", "Barkagaon", {}),
        ("Bill month", j.month(), {}),
        ("Amount paid", f"Rs. {num(j.amount)}", {"amount": j.amount}),
        ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ("Payment mode", way, {"method": "UPI" if way == "UPI" else "netbanking"}),
        (
            "UPI Ref. No." if way == "UPI" else "Bank Ref. No.",
            j.ref if way == "UPI" else f"{digits(rng, 12)}",
            {},
        ),
        ("Payment date", day_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
    ]:
        if name_ == "UPI Ref. No.":
            facts = {"txn": (UTR_RANK, value)}
        elif name_ == "Bank Ref. No.":
            facts = {"txn": (BANK_RANK, value)}
        kv(p, name_, value, at=at, **facts)
    p.add("gap")
    qr(p, "r", 3)
    p.part = "foot"
    p.add("small", "The payment is shown on your next bill. Helpline 1912.")
    return p.done()


def jbvnl_counter(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [680, 720])
    p.part = "head"
    deva(p, "झारखण्ड बिजली वितरण निगम लिमिटेड", 1.0, True)
    name = rng.choice([JBVNL, JBVNL.upper()])
    shown = fit_name(p, "title", [name, "JBVNL"])
    top(p, shown, merchant=shown)
    p.add("small", "Electric Supply Sub-division, Barkagaon  |  Cash collection counter")
    strong(p, "MONEY RECEIPT", "c")
    p.add("rule")
    p.part = "body"
    mr = f"{rng.randrange(100000, 999999)}"
    j.amount = float(round(j.amount))
    grid(p, "mrc", [(0.0, 0.24, "l"), (0.24, 0.5, "l"), (0.52, 0.74, "l"), (0.74, 1.0, "l")], bold=(0, 2))
    row(p, "mrc", "M.R. No.", mr, "Date", when(j.date, "%d-%m-%Y"), txn=(INVOICE_RANK, mr), date=j.date)
    row(p, "mrc", "Consumer", f"BKG{digits(rng, 5)}", "Category", "NDS-II")
    row(p, "mrc", "Bill month", j.month()[:3] + " " + j.month()[-4:], "Book No.", str(rng.randrange(10, 90)))
    p.add("left", "Name: Kohbar Chitrashala (S.K.K. Samiti), Jorakath")
    p.add("gap")
    arrear = float(rng.choice([0, 0, 120, 340]))
    current = j.amount - arrear
    table(
        p,
        "mb",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        None,
        [
            (["Current demand", num(current)], {}),
            (["Arrear", num(arrear)], {}),
            (["=Amount received (cash)", num(j.amount)], {"amount": j.amount, "method": "cash"}),
        ],
        flags=("lined",),
    )
    p.add("small", f"({words_in_rupees(j.amount)})")
    p.add("gap")
    grid(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], flags=("soft",))
    squiggle(p, "r")
    row(p, "sg", "Received with thanks", "Cashier", status="success")
    return p.done()


def bsnl_failed(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "portal.bsnl.in/myportal/quickpayment/status")
    p.part = "head"
    name = rng.choice(["BSNL", "Bharat Sanchar Nigam Limited"])
    top(p, name, merchant=name)
    p.add("small", "Bharat Fibre  |  Quick bill payment")
    p.add("rule")
    p.part = "body"
    icon(p, "cross")
    said(p, "failed", "Payment failed - your bank declined the transaction")
    p.add("small", "No amount was deducted. If it was, it will be refunded in 5-7 working days.")
    p.add("gap")
    j.amount = rupees(rng, 499, 2400, 0.7)
    order = f"BSNL{j.date:%y%m%d}{digits(rng, 8)}"
    tiles(
        p,
        [
            ("Account / telephone No.", f"0654{digits(rng, 6)}", {}),
            ("Service", "Bharat Fibre (FTTH) - Ranchi", {}),
            ("Amount", f"Rs. {num(j.amount)}", {"amount": j.amount}),
            ("Payment option", "Debit card", {"method": "card"}),
            ("Order ID", order, {"txn": (ORDER_RANK, order)}),
            ("Attempted on", when(j.date, "%d/%m/%Y"), {"date": j.date}),
        ],
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Try again  |  Pay by another method")
    return p.done()


def airtel_mail(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = mail_page(
        rng,
        font,
        "Airtel <noreply@airtel.com>",
        ["Payment received for your Airtel Xstream Fiber", "Thank you for your payment"],
    )
    extra(p)["brand"] = [228, 0, 43]
    p.part = "head"
    name = rng.choice(["Airtel Xstream Fiber", "Bharti Airtel Ltd"])
    top(p, name, merchant=name)
    p.add("rule")
    p.part = "body"
    j.amount = rupees(rng, 699, 3600, 0.8)
    p.add("left", "Hi Khovar Haat,")
    p.add(
        "left",
        f"Thank you for your payment of Rs. {num(j.amount)} towards your Airtel Xstream Fiber account.",
        amount=j.amount,
        status="success",
    )
    p.add("gap")
    way = rng.choice(["UPI", "Credit card"])
    tid = f"AT{digits(rng, 14)}"
    rows_ = [
        (["Account ID", f"{digits(rng, 10)}"], {}),
        (["Plan", "Xstream Fiber 100 Mbps"], {}),
        (["Bill period", j.month()], {}),
        (["Paid via", way], {"method": "UPI" if way == "UPI" else "card"}),
        (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
        (["Payment date", when_in(j, ["%d %b %Y", "%d/%m/%Y"], rng)], {"date": j.date}),
    ]
    table(
        p,
        "am",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        ["Payment details", ""],
        rows_,
        head_flags=("fill",),
        flags=("zebra",),
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Bharti Airtel Ltd. Pay your bills on the Airtel Thanks app.")
    return p.done()


def indane_app(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = phone_page(rng, font, 4, ["Booking details", ""])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (240, 110, 30), (255, 255, 255)
    p.add("title", "IndianOil ONE")
    p.add("gap")
    if not p.style["h106"]["dark"]:
        p.add("gap")
    p.part = "body"
    j.amount = float(rng.choice([1856.50, 1869.00, 1873.50, 1892.00]))
    name = fit_name(p, "center", ["Indian Oil Corporation Ltd (Indane)", "Indane"])
    p.add("small", "Paid to")
    p.add("center", name, merchant=name)
    p.add("big", f"{sign(font, chr(0x20B9), 'Rs.')}{num(j.amount)}", amount=j.amount)
    said(p, "success", "Payment successful")
    p.add("gap")
    hsteps(p, ["Booked", "Paid", "Out for delivery", "Delivered"], 2, "todo")
    p.add("gap")
    oid = f"IOC{digits(rng, 12)}"
    tiles(
        p,
        [
            ("Cylinder", "19 kg commercial", {}),
            ("Booking No.", str(rng.randrange(100000, 999999)), {}),
            ("Paid with", "UPI", {"method": "UPI"}),
            ("UPI Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Order ID", oid, {"txn": (ORDER_RANK, oid)}),
            ("Paid", f"Today, {hhmm(rng, lower=True, zero=False)}", {}),
        ],
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Distributor: Hazaribagh Gas Service. Delivery in 2 days.")
    return p.done()


def freecharge_dth(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = phone_page(rng, font, 5, ["Recharge status", ""])
    p.part = "head"
    p.add("title", "freecharge")
    p.part = "body"
    icon(p, "clock")
    said(p, "pending", rng.choice(["Recharge in progress", "Payment processing"]))
    j.amount = float(rng.choice([349, 420, 499, 580]))
    p.add("big", f"{sign(font, chr(0x20B9), 'Rs.')}{num(j.amount, 'indian', 0)}", amount=j.amount)
    name = rng.choice(["Dish TV", "Dish TV India Ltd"])
    p.add("center", f"DTH recharge - {name}", merchant=name)
    p.add("small", "We are waiting for the operator to confirm. Do not recharge again.")
    p.add("gap")
    fid = f"FC{digits(rng, 16)}"
    spec = [(0.0, 0.42, "l"), (0.42, 1.0, "r")]
    table(
        p,
        "fc",
        spec,
        None,
        [
            (["VC number", f"0{digits(rng, 10)}"], {}),
            (["Paid from", "UPI - Bank of India"], {"method": "UPI"}),
            (["UPI reference", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["Freecharge ID", fid], {"txn": (TXN_RANK, fid)}),
            (["Started on", when_in(j, ["%d %b %Y", "%d/%m/%Y"], rng) + ", " + hhmm(rng)], {"date": j.date}),
        ],
        flags=("lined",),
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Status updates within 2 hours  |  Help")
    return p.done()


def water_counterfoil(rng, font, j: Job) -> tuple[list, dict, dict]:
    """The water works' bill with its counterfoil kept by the bank: the bill's heads, a dashed tear line, the
    counterfoil (consumer, month, the sum paid), the collecting bank's PAID stamp; no reference."""
    p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = rng.choice(["Hazaribagh Municipal Corporation", "HAZARIBAGH MUNICIPAL CORPORATION"])
    top(p, name, merchant=name)
    p.add("small", "Water Works Section  |  Water user charges bill")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([540, 720, 810, 960, 1080]))
    grid(p, "wb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    row(
        p,
        "wb",
        f"Consumer No.: W/{rng.randrange(10, 36)}/{rng.randrange(100, 999)}",
        f"Period: {j.month(3)} - {j.month()}",
    )
    p.add("left", f"Name: {FULL}")
    table(
        p,
        "wh",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        None,
        [
            (["Water user charges (3 months)", num(j.amount - 90)], {}),
            (["Meter rent", "90.00"], {}),
            (["=Amount payable", num(j.amount)], {}),
        ],
        flags=("lined",),
    )
    p.add("small", "Pay at any branch of State Bank of India or Bank of India in Hazaribagh.")
    p.add("gap")
    p.add("small", "- - - - - - - - - - - - cut here - - - - - - - - - - - -")
    strong(p, "COUNTERFOIL (bank's copy)", "c")
    grid(p, "wc", [(0.0, 0.4, "l"), (0.4, 1.0, "l")], bold=(0,))
    row(p, "wc", "Consumer", "W/ as above")
    row(p, "wc", "Received", f"Rs. {num(j.amount)} in cash", amount=j.amount, method="cash")
    row(p, "wc", "Date", when(j.date, "%d.%m.%Y"), date=j.date)
    p.add("gap", status="success")
    rubber(p, ["STATE BANK OF INDIA", "HAZARIBAGH - PAID"], "violet")
    return p.done()


def bconnect_slip(rng, font, j: Job) -> tuple[list, dict, dict]:
    p = screen(rng, font, width=rng.choice([440, 470]), size=rng.choice([16, 17]))
    paper(p, rng)
    sheet(p, "roll")
    p.part = "head"
    p.add("center", "BHARAT CONNECT")
    p.add("small", "Bill payment receipt")
    p.add("small", "Agent: Maa Tara Mobile Centre, Barkagaon")
    p.add("rule")
    p.part = "body"
    name = "JBVNL"
    p.pair("Biller", name, merchant=name)
    p.pair("Consumer No", f"HZBB{digits(rng, 6)}")
    p.pair("Bill month", j.month()[:3].upper() + "-" + j.month()[-2:])
    p.pair("Amount", f"{j.amount:.2f}", amount=j.amount)
    p.pair("Conv. fee", "0.00")
    p.pair("Mode", "CASH", method="cash")
    yday = j.date.timetuple().tm_yday
    bc = f"CC0{rng.randrange(1, 9)}{j.date.year % 10}{yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
    p.add("left", "B-Connect Txn ID")
    p.add("right", bc, txn=(BANK_RANK, bc))
    p.pair("Date", when(j.date, "%d-%m-%Y"), date=j.date)
    p.pair("Time", hour24(rng, True))
    p.add("rule")
    p.add("center", "STATUS: SUCCESSFUL", status="success")
    p.add("small", "Keep this receipt till the payment shows on your bill.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("State Bank of India", "AD-SBIUPI", "SINGH SCAFFOLDIN", "UPI", "sms"),
    ("ICICI Bank", "VM-ICICIT", "RANCHI PACKERS A", "UPI", "sms"),
    ("Union Bank of India", "JM-UNIONB", "MAA DURGA TOUR", "UPI", "sms"),
    ("Indian Bank", "BZ-INDBNK", "SHARMA FRAME HOUSE", "IMPS", "sms"),
    ("Bank of India", "", "RANG MAHAL ART", "UPI", "lock"),
    ("Jharkhand Rajya Gramin Bank", "", "", "IMPS", "lock"),
    ("UCO Bank", "", "LENS AND LIGHT PHOTO", "NEFT", "inbox"),
    ("Canara Bank", "", "ANNAPURNA CATERERS", "NEFT", "mail"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the secretary's and the treasurer's phones and mail: four SMS in a messages
    app in State Bank of India's ("A/C X1234 debited by 500.0 on date 14Mar26 trf to <PAYEE> Refno <ref>"),
    ICICI Bank's ("Acct XX123 debited for Rs x on 14-Mar-26; <PAYEE> credited. UPI:<ref>"), Union Bank's
    (a UPI payment that failed) and Indian Bank's (an IMPS under process, no day) wordings; Bank of India's
    and the Jharkhand Rajya Gramin Bank's on a lock screen (the latter names only the account credited);
    UCO Bank's app's notification inbox (a debit among a login alert and a statement notice, no
    reference); Canara Bank's e-mail alert with its particulars in a zebra table."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=8000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 9000, 0.8)
    if way == "IMPS":
        j.amount = float(rng.randrange(20, 250) * 100)
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    bal = rupees(rng, 40000, 2600000)
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status}
    if to:
        facts["merchant"] = to
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "mail":
        return canara_mail(rng, font, j, to, tail, utr, bal, facts)
    if frame == "inbox":
        return uco_inbox(rng, font, j, to, tail, bal, facts)
    if frame == "lock":
        if bank == "Bank of India":
            text = (
                f"Rs.{num(j.amount)} debited from A/c XX{tail} on {when(j.date, '%d-%m-%Y')} to {to} "
                f"(UPI Ref No {utr}). Avl Bal Rs.{num(bal)} - BOI"
            )
            note = {
                "app": "BOI Star Connect",
                "title": "Debit alert",
                "text": text,
                "ago": "now",
                "tint": [242, 116, 33],
            }
        else:
            text = (
                f"Your a/c no. XXXXXXXX{tail} is debited for Rs.{j.amount:.2f} on {when(j.date, '%d-%m-%Y')} "
                f"and a/c XXXXXX{digits(rng, 4)} credited (IMPS Ref no {utr}). -JRGB"
            )
            note = {
                "app": "Messages",
                "title": "JD-JRGBNK",
                "text": text,
                "ago": rng.choice(["now", "2m ago"]),
                "tint": [30, 110, 200],
            }
        others = [
            {
                "app": "WhatsApp",
                "title": "Sohrai Utsav committee",
                "text": rng.choice(
                    ["Rekha: colours reached Isko, thank you", "Malti: 3 paintings ready for the shop"]
                ),
                "ago": f"{rng.randrange(10, 50)}m ago",
                "tint": [37, 211, 102],
            }
        ]
        p = lock_page(rng, font, [note] + others, j.date)
        p.add("left", text, **facts)
        return p.done()
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    if bank == "State Bank of India":
        j.amount = float(round(j.amount))
        facts["amount"] = j.amount
        text = (
            f"Dear UPI user A/C X{tail} debited by {j.amount:.1f} on date {when(j.date, '%d%b%y')} trf to "
            f"{to} Refno {utr}. If not u? call 1800111109. -SBI"
        )
    elif bank == "ICICI Bank":
        text = (
            f"ICICI Bank Acct XX{tail[1:]} debited for Rs {amt} on {when(j.date, '%d-%b-%y')}; {to} "
            "credited. "
            f"UPI:{utr}. Call 18002662 for dispute. SMS BLOCK {tail[1:]} to 9215676766."
        )
    elif bank == "Union Bank of India":
        text = (
            f"Your UPI txn of Rs {amt} to {to} on {when(j.date, '%d-%m-%Y')} has FAILED. Amount, if debited, "
            f"will be reversed within 5 days. UPI Ref {utr} -Union Bank of India"
        )
    else:
        text = (
            f"Your IMPS request of Rs.{j.amount:.2f} to {to} A/c XXXX{digits(rng, 4)} is under process. IMPS "
            f"Ref No {utr}. The status will be updated shortly. -Indian Bank"
        )
    p = sms_page(rng, font, sender, text, None if j.no_day else j.date)
    p.add("left", text, **facts)
    return p.done()


def uco_inbox(rng, font, j: Job, to, tail, bal, facts) -> tuple[list, dict, dict]:
    """UCO Bank's app's notification inbox: three cards (a login alert, the debit, a statement notice), each
    its hour; the debit names no reference."""
    p = phone_page(rng, font, 6, ["Notifications"])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = (0, 80, 160), (255, 255, 255)
    p.add("title", "UCO mBanking Plus" if fits(p, "title", "UCO mBanking Plus") else "UCO mBanking")
    p.add("gap")
    if not p.style["h106"]["dark"]:
        p.add("gap")
    p.part = "body"
    start = box_from(p)
    label(p, f"Today {hhmm(rng, lower=True, zero=False)}")
    strong(p, "Login alert")
    p.add("left", "You logged in to UCO mBanking Plus on a new device.")
    box_to(p, start, radius=12)
    p.add("gap")
    start = box_from(p)
    label(p, hhmm(rng, lower=True, zero=False))
    strong(p, "Account debited")
    p.add(
        "left",
        f"Rs {num(j.amount)} debited from A/c XX{tail} towards NEFT to {to} on "
        f"{when(j.date, '%d-%m-%Y')}. Avl Bal Rs {num(bal)}.",
        **facts,
    )
    box_to(p, start, radius=12, tint=True)
    p.add("gap")
    start = box_from(p)
    label(p, "Yesterday")
    strong(p, "e-Statement")
    p.add("left", "Your account statement for last month has been sent to your registered e-mail.")
    box_to(p, start, radius=12)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Mark all as read")
    return p.done()


def canara_mail(rng, font, j: Job, to, tail, utr, bal, facts) -> tuple[list, dict, dict]:
    """Canara Bank's e-mail alert: a line, then the debit's particulars in a zebra table."""
    p = mail_page(
        rng,
        font,
        "Canara Bank <canarabank.alerts@canarabank.com>",
        ["Transaction alert - your account has been debited", "Canara Bank - debit alert"],
    )
    extra(p)["brand"] = [0, 114, 188]
    p.part = "head"
    top(p, "Canara Bank")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    p.add(
        "left", "An amount has been debited from your account. The details are below.", status=facts["status"]
    )
    p.add("gap")
    table(
        p,
        "cm",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        ["Transaction alert", ""],
        [
            (["Account", f"XXXXXXXX{tail}"], {}),
            (["Amount debited", f"INR {num(j.amount)}"], {"amount": j.amount}),
            (["Transaction type", "NEFT - outward"], {"method": "netbanking"}),
            (["Beneficiary", to], {"merchant": to}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Date", when(j.date, "%d-%m-%Y")], {"date": j.date}),
            (["Available balance", f"INR {num(bal)}"], {}),
        ],
        head_flags=("fill",),
        flags=("zebra",),
    )
    p.add("gap")
    p.add("left", "If you did not make this transaction, call 1800-1030 at once.")
    p.part = "foot"
    p.add("small", "Canara Bank never asks for your PIN, OTP or password.")
    return p.done()

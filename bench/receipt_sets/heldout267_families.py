"""The twelve heldout267 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Warli painting artists' collective's day in 2026 in Palghar district,
Maharashtra (Dhavleri Warli Chitrakar Sanstha, a public trust of Warli painters of Dahanu and Jawhar talukas;
its studio at Ganjad, Ganjad Chitra Ghar, where the artists paint the tarpa dance, Palghat and the wedding
chowk, the tree of life, the harvest and the fishing creek in rice paste on geru and cow-dung washed cloth and
on handmade paper with chewed bamboo sticks, sold through its store and paid to the artists at 70% of the
sale; its mural team, which paints lobbies, cafeterias, banquet halls and foyers of hotels and offices by
the square foot from scaffolds; its workshop centre at Jawhar, Jawhar Warli Kala Kendra, which teaches
schools and companies; and its store at Kala Ghoda, Fort, Mumbai, Chowk Warli Art Store, which sells to the
city and to visitors, keeps a stall at the Kala Ghoda Arts Festival and runs the web shop chowkwarli.in),
told by the proofs of payment it receives (buyers' Google Pay, slice, CRED, MobiKwik, Kotak 811 and
super.money screens, the web shop's PayU e-mail and Instamojo page, a Bordi resort's payment voucher, a Pune
company's remittance e-mail, the tribal research institute's letter, banks' beneficiary advices for a Juhu
hotel and a wedding planner, a Powai school's cheque letter, a Bengaluru gallery's consignment statement, a
Tarapur company's SAP advice note, a bank's credit advice and advice of return, Wise's e-mails, Skydo's pages
and DGFT's IRM pages for buyers in London, Berlin, New York, Melbourne, Kyoto, Toronto, Stockholm and
Amsterdam, its own bills and receipts, its card terminals and tap to pay phones) and those it makes (a cloth
trader's, a paper maker's, a geru shop's, a framer's, a bamboo works', a carton maker's, a printer's and a
scaffolding hirer's papers and messages, HDFC Bank's, State Bank of India's, Saraswat Bank's and Bank of
Baroda's transfers, its artists', trainer's and assistants' slips, Cashfree payouts, GRAS, the gram
panchayat's, the city's, the Copyright Office's, the nagar parishad's, the Charity Commissioner's, MahaGST's
and the Labour Welfare Board's dues, the insurers' receipts, its card at a hotel, a pump, an art supplies
shop and a restaurant, the power, fibre, phone, DTH, gas and broadband bills, the banks' SMS, WhatsApp and
e-mail alerts). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, the unit lines, salutations, bills, invoices and
artworks listed, sold-on days, periods, weeks and bill months, workshop days, pieces, walls, sizes, areas,
days, rates, shares, advances, cuts, GST and TDS lines, charges, fees, rupee values on the wires, exchange
rates, remitters, balances, due, invoice, pre-auth, cheque and approval days, heads, years, registration,
licence, diary, property, consumer, subscriber, customer, account, policy, cover note, master policy, PTRC,
establishment, IEC, bene, mobile and cheque numbers, vendor codes, GSTIN, IFSC, PAN, MID, TID, batch and
room numbers, EMI tenures and sums, UPI IDs, the payer's own details and the WhatsApp chats' headers and
buttons carry no fact. ``Job`` is heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and
``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page`` and ``phone_page`` heldout140's;
``right`` heldout152's; ``gstin`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and ``place``
heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``Page`` and its messages app heldout106's;
``sign`` heldout93's; ``num`` heldout82's. ``compose`` is heldout158's (as heldout265's), each page's rows
drawn by ``_render``: heldout14's renderer, then this set's own rows in the lines it leaves for them (cells
at set places, ruled round in a boxed table or form; dotted leaders; a hand's fill-ins in an italic in pen
ink on dotted lines; boxed sums; pills; progress steps; a revenue stamp's square; rounded cards and square
frames), then this set's rectangular rubber stamp; a business's WhatsApp chat is drawn from its message by
``_whatsapp``. The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

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
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import gstin
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}

SANSTHA = "Dhavleri Warli Chitrakar Sanstha"
SANSTHA_CAPS = "DHAVLERI WARLI CHITRAKAR SANSTHA"
SHORT = "Dhavleri Warli Sanstha"
STUDIO = "Ganjad Chitra Ghar"
KENDRA = "Jawhar Warli Kala Kendra"
SHOP = "Chowk Warli Art Store"
SHOP_CAPS = "CHOWK WARLI ART STORE"
REGD = "Regd. MAH/1123/2011/Thane  |  Public Trust No. F-2876 (Thane)"
# unit: what it does, its address (Maharashtra's GST state code is 27)
UNITS = {
    "studio": ("Warli paintings on cloth and paper", "Ganjad, Taluka Dahanu, District Palghar - 401602"),
    "kendra": ("Warli workshops for schools and companies", "Kasatwadi, Jawhar, District Palghar - 401603"),
    "shop": ("Warli paintings, murals and workshops", "Rope Walk Lane, Kala Ghoda, Fort, Mumbai - 400001"),
}
# the Kala Ghoda Arts Festival, Mumbai, 2026: 31 January to 8 February
FEST_START = dt.date(2026, 1, 31)
DAY_IN = [
    "%d.%m.%Y",
    "%d/%m/%Y",
    "{d}/{m}/%Y",
    "%d-%b-%Y",
    "{d} %b %Y",
    "%d-%m-%Y",
    "%d %B %Y",
    "%d %b, %Y",
]
BANKS = [
    "HDFC Bank",
    "State Bank of India",
    "Bank of Maharashtra",
    "Saraswat Co-operative Bank",
    "Bank of Baroda",
    "Kotak Mahindra Bank",
    "Canara Bank",
    "IDFC FIRST Bank",
    "Yes Bank",
    "Federal Bank",
    "Punjab National Bank",
    "Axis Bank",
]
IFSC = {
    "HDFC Bank": "HDFC",
    "State Bank of India": "SBIN",
    "Bank of Maharashtra": "MAHB",
    "Saraswat Co-operative Bank": "SRCB",
    "Bank of Baroda": "BARB",
    "Kotak Mahindra Bank": "KKBK",
    "Canara Bank": "CNRB",
    "IDFC FIRST Bank": "IDFB",
    "Yes Bank": "YESB",
    "Federal Bank": "FDRL",
    "Punjab National Bank": "PUNB",
    "Axis Bank": "UTIB",
    "Thane District Central Co-op Bank": "TDCB",
}
# the paintings: name, price (low, high)
PAINTINGS = [
    ("Tarpa dance circle, cloth, 36 x 24 in", 4800, 9500),
    ("Palghat and the wedding chowk, cloth, 30 x 30 in", 6500, 14000),
    ("Tree of life, handmade paper, 22 x 15 in", 1800, 3600),
    ("Harvest at Ganjad, cloth, 48 x 30 in", 9000, 18500),
    ("Village life, paper, 15 x 11 in", 900, 1900),
    ("Fishing in the creek, cloth, 24 x 18 in", 3200, 6400),
    ("Wedding procession, scroll, 60 x 12 in", 7200, 15000),
    ("Framed set of 3 minis, 8 x 8 in", 2100, 4200),
]


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def move(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (a festival's), its UPI / IMPS reference made again for that day."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def ours(rng: random.Random) -> str:
    return rng.choice([SANSTHA, SANSTHA_CAPS, SHORT])


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "HDFC")
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


def day_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " - ", " | ")) -> str:
    """A day in one of ``pats`` and an hour after it."""
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, zero=rng.random() < 0.5)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def slash_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Palghar receipt book writes them: the page's mark and grouping, and on some pages a whole
    sum closed with a slash and a dash (Rs. 1,100/-; a sum with paise keeps them)."""
    rs = money(rng, font, 0.0, marks=marks)
    slashed = rng.random() < 0.5

    def show(value: float) -> str:
        if slashed and value == int(value):
            return f"{rs.mark}{rs.gap}{num(value, rs.grouping, 0)}/-".strip()
        return rs(value)

    return show


# ---------------------------------------------------------------- this set's rows: cells, leaders, pen, boxes


def extra(p: Screen) -> dict:
    return p.style.setdefault(
        "h267",
        {"grids": {}, "ruled": [], "heads": [], "soft": [], "scale": {}, "pen": {}, "boxes": []},
    )


def grid(
    p: Screen,
    kind: str,
    spec: list[tuple[float, float, str]],
    *,
    head: bool = False,
    soft: bool = False,
    ruled: bool = False,
    scale: float = 1.0,
    group: str = "",
    pen: bool | tuple[int, ...] = False,
) -> None:
    """Name a row kind of this page whose cells sit in ``spec``'s spans (from, to, as shares of the room, and
    the cell's alignment in its span: "l", "r" or "c"); a heading's kind is drawn in the label ink and ruled
    under, a soft kind in the label ink, a ruled kind with a line round every cell (a boxed table);
    ``scale`` the cells' size against the body's; the kinds of one ``group`` (a table's heading and rows, a
    boxed form's rows) shrink together where a row would not fit."""
    x = extra(p)
    x["grids"][kind] = [list(cell) for cell in spec]
    for flag, name in ((head, "heads"), (soft, "soft"), (ruled, "ruled")):
        if flag and kind not in x[name]:
            x[name].append(kind)
    if scale != 1.0:
        x["scale"][kind] = scale
    groups = x.setdefault("groups", {})
    mates = [other for other, name in groups.items() if name == (group or kind) and other != kind]
    if mates and scale == 1.0:
        x["scale"][kind] = x["scale"].get(mates[0], 1.0)
    groups[kind] = group or kind
    if pen:
        pen_face(p)
        x["pen"][kind] = list(range(len(spec))) if pen is True else list(pen)


def face_of(p: Screen, kind: str):
    return load_font(p.font, int(p.style["size"] * extra(p)["scale"].get(kind, 1.0)))


def cells_fit(p: Screen, kind: str, cells: list[str]) -> bool:
    x = extra(p)
    spec = x["grids"][kind]
    scale = x["scale"].get(kind, 1.0)
    face = face_of(p, kind)
    hand = x["pen"].get(kind, [])
    pen = load_font(x["pen_face"], int(p.style["size"] * 1.05 * scale)) if hand else None
    room = p.style["width"] - 2 * MARGIN
    pad = 14 if kind in x["ruled"] else 10
    for n, (text, (lo, hi, _)) in enumerate(zip(cells, spec)):
        use = pen if n in hand else face
        if n in hand:
            assert glyphs(x["pen_face"], text), (x["pen_face"], text)
        if use.getlength(text) > (hi - lo) * room - pad:
            return False
    return True


def row(p: Screen, kind: str, *cells: str, **facts) -> None:
    """A row of ``kind``'s cells (every cell checked against its room; the kind's group shrunk a step at a
    time, to three quarters of the body's size at most, where a cell would not fit)."""
    x = extra(p)
    assert len(cells) == len(x["grids"][kind]), (kind, cells)
    group = x.get("groups", {}).get(kind, kind)
    while not cells_fit(p, kind, list(cells)) and x["scale"].get(kind, 1.0) > 0.76:
        for other, name in x["groups"].items():
            if name == group:
                x["scale"][other] = round(x["scale"].get(other, 1.0) - 0.04, 2)
    assert cells_fit(p, kind, list(cells)), (p.font, kind, cells)
    p.add(kind, *cells, **facts)


def table(
    p: Screen,
    name: str,
    spec: list[tuple[float, float, str]],
    head: list[str],
    rows: list,
    *,
    ruled: bool = True,
) -> None:
    """A table: its heading and its rows (each its cells and their facts), shrunk together to fit."""
    grid(p, f"{name}h", spec, head=True, ruled=ruled, group=name)
    grid(p, f"{name}r", spec, ruled=ruled, group=name)
    x = extra(p)
    for cells in [head] + [cells for cells, _ in rows]:
        while not cells_fit(p, f"{name}r", cells) and x["scale"].get(f"{name}r", 1.0) > 0.76:
            for kind in (f"{name}h", f"{name}r"):
                x["scale"][kind] = round(x["scale"].get(kind, 1.0) - 0.04, 2)
    row(p, f"{name}h", *head)
    for cells, facts in rows:
        row(p, f"{name}r", *cells, **facts)


def label(p: Screen, text: str, align: str = "l") -> None:
    """A label small in the label ink (over its value), at the left or centred."""
    kind = {"l": "lab", "c": "labc", "r": "labr"}[align]
    if kind not in extra(p)["grids"]:
        grid(p, kind, [(0.0, 1.0, align)], soft=True, scale=0.8)
    row(p, kind, text)


def lead(p: Screen, name: str, value: str, **facts) -> None:
    """A label at the left and its value at the right with a dotted leader between them; the value on the row
    under, at the right, where both do not fit."""
    extra(p)
    face = load_font(p.font, p.style["size"])
    room = p.style["width"] - 2 * MARGIN
    if face.getlength(name) + face.getlength(value) + 40 <= room:
        p.add("lead", name, value, **facts)
    else:
        assert face.getlength(value) <= room, (p.font, value)
        p.add("lead", name, "")
        p.add("right", value, **facts)


def form(p: Screen, name: str, value: str, *, at: float = 0.36, **facts) -> None:
    """A form's row: the label set to the right of its column, a colon, the value after it at the left of the
    rest (the value's words carried to the next row where they do not fit)."""
    kind = f"form{int(at * 100)}"
    if kind not in extra(p)["grids"]:
        grid(p, kind, [(0.0, at, "r"), (at, at + 0.03, "c"), (at + 0.03, 1.0, "l")])
    lines = wrap(p, kind, 2, value)
    row(p, kind, name, ":", lines[0], **facts)
    for more in lines[1:]:
        row(p, kind, "", "", more)


def wrap(p: Screen, kind: str, cell: int, text: str, indent: str = "") -> list[str]:
    """``text`` in lines that fit cell ``cell`` of ``kind``, each after ``indent``."""
    spec = extra(p)["grids"][kind][cell]
    face = face_of(p, kind)
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


def qrow(p: Screen, *cells: str, split: float = 0.2, **facts) -> None:
    """A boxed form's row: two fields (label, value, label, value) in four ruled cells, or one field across
    (label, value) whose value spans the other three (carried to a row under it where it is too long)."""
    q4 = [(0.0, split, "l"), (split, 0.5, "l"), (0.5, 0.5 + split, "l"), (0.5 + split, 1.0, "l")]
    kind = f"q{len(cells)}_{int(split * 100)}"
    if kind not in extra(p)["grids"]:
        grid(
            p, kind, q4 if len(cells) == 4 else [(0.0, split, "l"), (split, 1.0, "l")], ruled=True, group="q"
        )
    if len(cells) == 2 and not cells_fit(p, kind, list(cells)):
        face = face_of(p, kind)
        room = (1.0 - split) * (p.style["width"] - 2 * MARGIN) - 16
        if face.getlength(cells[1]) > room:
            lines = wrap(p, kind, 1, cells[1])
            row(p, kind, cells[0], lines[0], **facts)
            for more in lines[1:]:
                row(p, kind, "", more)
            return
    row(p, kind, *cells, **facts)


def qhead(p: Screen, text: str) -> None:
    """A boxed form's heading across, shaded."""
    if "qh" not in extra(p)["grids"]:
        grid(p, "qh", [(0.0, 1.0, "l")], head=True, ruled=True, group="q")
    row(p, "qh", text)


def pen_face(p: Screen) -> str:
    """The face a hand fills the page's blanks in (an italic), chosen once a page."""
    x = extra(p)
    if "pen_face" not in x:
        x["pen_face"] = p.rng.choice(PENS)
        x["pen_ink"] = p.rng.choice([(24, 52, 150), (20, 30, 110), (30, 30, 40)])
    return x["pen_face"]


PENS = [
    "freefont/FreeSerifItalic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
]


def fill(p: Screen, *parts: str, **facts) -> None:
    """A printed form's line filled in by hand: the parts alternate print and hand (the hand's in pen ink in
    an italic, on a dotted line that runs to the next print or to the right margin)."""
    pen = pen_face(p)
    size = p.style["size"]
    printed, written = load_font(p.font, size), load_font(pen, int(size * 1.08))
    room = p.style["width"] - 2 * MARGIN
    used = 0.0
    for i, part in enumerate(parts):
        if i % 2:
            assert glyphs(pen, part), (pen, part)
            used += written.getlength(part) + 30
        else:
            used += printed.getlength(part) + 10
    assert used <= room, (p.font, pen, parts)
    p.add("fill", *parts, **facts)


def boxed(p: Screen, text: str, align: str = "l", **facts) -> None:
    """A sum in a ruled box (a receipt book's Rs. [ 4,500/- ])."""
    extra(p)
    p.add(f"box{align}", text, **facts)


def chip(p: Screen, text: str, status: str) -> None:
    """The outcome in a filled pill of its colour, centred."""
    face = load_font(p.font, int(p.style["size"] * 0.9))
    assert face.getlength(text) + 40 <= p.style["width"] - 2 * MARGIN, text
    p.add("chip", text, status=status)
    extra(p).setdefault("chips", {})[str(len(p.rows) - 1)] = list(TONE[status])
    p.accent(TONE[status])


def step(p: Screen, state: str, text: str, **facts) -> None:
    """A step of a payment's progress: a dot (filled when done, ringed while waiting, hollow to come) joined
    to the next step by a line."""
    extra(p)
    face = load_font(p.font, p.style["size"])
    assert face.getlength(text) + 44 <= p.style["width"] - 2 * MARGIN, text
    p.add(f"step_{state}", text, **facts)


def box_from(p: Screen) -> int:
    return len(p.rows)


def box_to(p: Screen, start: int, radius: int = 14) -> None:
    """A box round the rows added since ``start``: rounded (a card on a screen) or square (``radius`` 0, a
    frame round a printed voucher)."""
    extra(p)["boxes"].append([start, len(p.rows) - 1, radius])


def rubber(p: Screen, lines: list[str], colour: str = "red") -> None:
    """A rectangular rubber stamp (two rules round its lines) tilted at the foot, room made for it."""
    need = 30 * len(lines) + 80
    for _ in range(int(need / (p.style["size"] * 1.55)) + 1):
        p.add("gap")
    for text in lines:
        assert glyphs(p.font, text), (p.font, text)
    extra(p)["stamp"] = {
        "lines": lines,
        "ink": {"red": (186, 40, 48, 190), "blue": (40, 70, 170, 190), "green": (30, 120, 70, 190)}[colour],
        "angle": p.rng.uniform(-14, 14),
        "at": (p.rng.uniform(0.25, 0.7), p.rng.uniform(0.86, 0.92)),
    }


def revenue(p: Screen) -> None:
    """A revenue stamp's square at the right, three rows high (a receipt signed over a stamp)."""
    extra(p)
    p.add("revenue", "Revenue", "stamp")
    p.add("gap")
    p.add("gap")


# ---------------------------------------------------------------- drawing


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """``heldout14_render.render``'s page, then this set's rows drawn in the lines it left for them: cells at
    set places (ruled round on a boxed table), dotted leaders, a hand's fill-ins, boxed sums, pills, progress
    steps, a revenue stamp's square and the rounded boxes round cards and panels."""
    page = heldout14_render.render(rows, font, style)
    x = style.get("h267")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    line = int(size * 1.55)
    body = load_font(font, size)
    pair_face = load_font(font, int(size * SCALE["pair"]))
    draw = ImageDraw.Draw(page)
    ink = style.get("ink", (25, 25, 30))
    soft = style.get("label_ink", ink)
    lift = int(size * 0.24)
    tops = []
    heights = []
    y = MARGIN
    for r in rows:
        tops.append(y)
        kind = r[0]
        step_h = int(line * SCALE.get(kind, 1.0)) if kind != "pair" else line
        if kind == "pair" and pair_face.getlength(r[1]) + pair_face.getlength(r[2]) + 24 > room:
            step_h *= 2
        heights.append(step_h)
        y += step_h
    for start, end, radius in x["boxes"]:
        y0 = tops[start] - int(size * (0.55 if radius else 0.3))
        y1 = tops[end] + max(heights[end], int(line * 0.9)) + int(size * 0.1)
        if radius:
            draw.rounded_rectangle(
                (MARGIN - 14, y0, width - MARGIN + 14, y1), radius=radius, outline=soft, width=2
            )
        else:
            draw.rectangle((MARGIN - 8, y0, width - MARGIN + 8, y1), outline=ink, width=1)
    for i, r in enumerate(rows):
        kind, y = r[0], tops[i]
        spec = x["grids"].get(kind)
        if spec:
            printed = load_font(font, int(size * x["scale"].get(kind, 1.0)))
            hand = x["pen"].get(kind, [])
            pen = load_font(x["pen_face"], int(size * 1.05 * x["scale"].get(kind, 1.0))) if hand else None
            is_head = kind in x["heads"]
            boxed_cells = kind in x["ruled"]
            faint = (is_head and not boxed_cells) or kind in x["soft"]
            inset = 7 if boxed_cells else 0
            for n, (text, (lo, hi, align)) in enumerate(zip(r[1:], spec)):
                face = pen if n in hand else printed
                cell_ink = tuple(x["pen_ink"]) if n in hand else ink
                left, right_edge = MARGIN + lo * room, MARGIN + hi * room
                if boxed_cells:
                    draw.rectangle((left, y - lift, right_edge, y + line - lift), outline=ink, width=1)
                    if is_head:
                        draw.rectangle(
                            (left + 1, y - lift + 1, right_edge - 1, y + line - lift - 1), fill=shade(style)
                        )
                tx = left + inset
                if align == "r":
                    tx = right_edge - inset - draw.textlength(text, font=face)
                elif align == "c":
                    tx = (left + right_edge) / 2 - draw.textlength(text, font=face) / 2
                draw.text((tx, y), text, font=face, fill=soft if faint else cell_ink)
            if is_head and not boxed_cells:
                draw.line((MARGIN, y + line - 2, width - MARGIN, y + line - 2), fill=soft, width=1)
        elif kind == "lead":
            name, value = r[1], r[2]
            draw.text((MARGIN, y), name, font=body, fill=soft)
            x0 = MARGIN + draw.textlength(name, font=body) + 8
            x1 = width - MARGIN - (draw.textlength(value, font=body) + 8 if value else 0)
            dot_y = y + int(size * 0.85)
            dx = x0
            while dx < x1 - 2:
                draw.ellipse((dx, dot_y, dx + 2, dot_y + 2), fill=soft)
                dx += 7
            if value:
                draw.text((width - MARGIN - draw.textlength(value, font=body), y), value, font=body, fill=ink)
        elif kind == "fill":
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
        elif kind in ("boxl", "boxr", "boxc"):
            face = load_font(font, int(size * 1.15))
            w_text = draw.textlength(r[1], font=face)
            if kind == "boxl":
                x0 = MARGIN + 4
            elif kind == "boxr":
                x0 = width - MARGIN - w_text - 16
            else:
                x0 = (width - w_text) / 2 - 6
            draw.text((x0 + 8, y - int(size * 0.1)), r[1], font=face, fill=ink)
            draw.rectangle((x0, y - lift - 2, x0 + w_text + 16, y + line - lift + 2), outline=ink, width=2)
        elif kind == "chip":
            face = load_font(font, int(size * 0.9))
            w_text = draw.textlength(r[1], font=face)
            colour = tuple(x.get("chips", {}).get(str(i), GREEN))
            x0 = (width - w_text) / 2 - 18
            draw.rounded_rectangle((x0, y - 3, x0 + w_text + 36, y + int(size * 1.2)), radius=14, fill=colour)
            draw.text((x0 + 18, y), r[1], font=face, fill=(255, 255, 255))
        elif kind.startswith("step_"):
            state = kind[5:]
            cx, cy = MARGIN + 10, y + size // 2 + 2
            colour = {"done": GREEN, "wait": AMBER, "todo": soft, "fail": RED}[state]
            nxt = rows[i + 1][0] if i + 1 < len(rows) else ""
            if nxt.startswith("step_"):
                draw.line((cx, cy + 9, cx, tops[i + 1] + size // 2 - 7), fill=soft, width=2)
            if state in ("done", "fail"):
                draw.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), fill=colour)
            elif state == "wait":
                draw.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), outline=colour, width=3)
                draw.ellipse((cx - 3, cy - 3, cx + 3, cy + 3), fill=colour)
            else:
                draw.ellipse((cx - 7, cy - 7, cx + 7, cy + 7), outline=colour, width=2)
            draw.text((MARGIN + 34, y), r[1], font=body, fill=ink if state != "todo" else soft)
        elif kind == "revenue":
            side = int(line * 2.6)
            x0 = width - MARGIN - side
            draw.rectangle((x0, y, x0 + side, y + side), outline=soft, width=1)
            small = load_font(font, int(size * 0.6))
            for n, text in enumerate(r[1:]):
                tw = draw.textlength(text, font=small)
                draw.text(
                    (x0 + (side - tw) / 2, y + side / 2 - size * 0.7 + n * size * 0.75),
                    text,
                    font=small,
                    fill=soft,
                )
    return page


def shade(style: dict) -> tuple[int, int, int]:
    """A boxed table heading's fill: the paper a little darker."""
    r, g, b = style.get("paper", (255, 255, 255))
    return (max(0, r - 18), max(0, g - 16), max(0, b - 12))


def _rubber(image: Image.Image, font: str, stamp: dict) -> Image.Image:
    """A rectangular rubber stamp: two rules round its lines, tilted, a little faded."""
    bold = font.replace("-Regular", "-Bold").replace("Mono.ttf", "Mono-Bold.ttf")
    try:
        face = load_font(bold, 22)
    except OSError:
        face = load_font(font, 22)
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
    x = int(out.width * stamp["at"][0] - layer.width / 2)
    y = out.height - layer.height - 14 - int(8 * (stamp["at"][1] - 0.86) / 0.06)
    out.alpha_composite(
        layer, (max(0, min(x, out.width - layer.width)), max(0, min(y, out.height - layer.height)))
    )
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


def _whatsapp(font: str, style: dict) -> Image.Image:
    """A business's WhatsApp chat drawn from its message: the header with the business's name and its green
    verified badge, the day's pill, the message's bubble and hour, its quick-reply buttons, the input bar."""
    wa = style["h267"]["wa"]
    dark = wa["dark"]
    w = style["width"]
    wall = (11, 20, 26) if dark else (236, 229, 221)
    bar = (31, 44, 52) if dark else (0, 94, 84)
    bubble = (32, 44, 51) if dark else (255, 255, 255)
    ink = (233, 237, 239) if dark else (17, 27, 33)
    soft = (134, 150, 160) if dark else (102, 119, 129)
    link = (83, 189, 235) if dark else (2, 125, 180)
    face, small = load_font(font, style["size"]), load_font(font, 15)
    lines = _wrap_text(wa["text"], face, w - 2 * 40 - 30)
    step = int(style["size"] * 1.42)
    top = 124
    bubble_h = len(lines) * step + 44
    buttons = wa.get("buttons", [])
    height = top + 64 + bubble_h + 14 + 52 * len(buttons) + 100
    canvas = Image.new("RGB", (w, height), wall)
    draw = ImageDraw.Draw(canvas)
    white = (240, 242, 244)
    draw.rectangle((0, 0, w, top), fill=bar)
    draw.text((24, 8), wa["clock"], font=load_font("dejavu/DejaVuSans-Bold.ttf", 16), fill=white)
    draw.rounded_rectangle((w - 70, 12, w - 36, 26), radius=4, outline=white, width=2)
    draw.line((38, 72, 28, 82, 38, 92), fill=white, width=3)
    draw.ellipse((52, 58, 100, 106), fill=(230, 236, 240))
    draw.text((66, 68), wa["name"][0], font=load_font(font, 24), fill=bar)
    name_face = load_font(font, 23)
    draw.text((116, 56), wa["name"], font=name_face, fill=white)
    bx = 116 + name_face.getlength(wa["name"]) + 10
    draw.ellipse((bx, 60, bx + 20, 80), fill=(37, 211, 102))
    draw.line((bx + 5, 70, bx + 9, 75, bx + 16, 65), fill=(255, 255, 255), width=2)
    draw.text((116, 88), "Business account", font=small, fill=(200, 210, 214))
    y = top + 18
    pill = small.getlength(wa["divider"]) + 28
    draw.rounded_rectangle(
        ((w - pill) / 2, y, (w + pill) / 2, y + 30), radius=8, fill=(24, 34, 40) if dark else white
    )
    draw.text(((w - pill) / 2 + 14, y + 6), wa["divider"], font=small, fill=soft)
    y += 50
    right_edge = 40 + max(face.getlength(text) for text in lines) + 40
    right_edge = max(right_edge, 240)
    draw.rounded_rectangle((24, y, right_edge, y + bubble_h), radius=12, fill=bubble)
    for n, text in enumerate(lines):
        draw.text((40, y + 14 + n * step), text, font=face, fill=ink)
    draw.text(
        (right_edge - small.getlength(wa["time"]) - 14, y + bubble_h - 24), wa["time"], font=small, fill=soft
    )
    y += bubble_h + 8
    for text in buttons:
        draw.rounded_rectangle((24, y, right_edge, y + 44), radius=10, fill=bubble)
        tw = load_font(font, 18).getlength(text)
        draw.text((24 + (right_edge - 24 - tw) / 2, y + 11), text, font=load_font(font, 18), fill=link)
        y += 52
    draw.rounded_rectangle((14, height - 70, w - 84, height - 20), radius=25, fill=bubble)
    draw.text((60, height - 57), "Message", font=load_font(font, 19), fill=soft)
    draw.ellipse((w - 72, height - 72, w - 18, height - 18), fill=(0, 168, 132))
    return canvas


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout265's), each page's rows drawn by ``_render`` (this set's rows
    over heldout14's renderer) while it is drawn; then this set's rectangular rubber stamp; a business's
    WhatsApp chat is drawn from its message."""
    x = style.get("h267") or {}
    if x.get("wa"):
        return _whatsapp(font, style)
    modules = (heldout106_families, heldout118_families, heldout121_families)
    saved = [module.PLAIN for module in modules]
    for module in modules:
        module.PLAIN = _render
    try:
        image = compose158(rows, font, style)
    finally:
        for module, plain in zip(modules, saved):
            module.PLAIN = plain
    if x.get("stamp"):
        image = _rubber(image, font, x["stamp"])
    return image


def sms_page(rng: random.Random, font: str, sender: str, text: str, day: dt.date | None) -> Screen:
    """A messages app's thread with one message (heldout106's frame, drawn from the text): the sender id, the
    day divider (Today where the message prints no day), the bubble and its hour."""
    assert glyphs(font, text.replace("\n", " ")), (font, text)
    p = Page(font, rng, "sms", dark=rng.random() < 0.35, size=rng.choice([20, 21, 22]), width=600)
    divider = (
        "Today" if day is None or rng.random() < 0.35 else when(day, rng.choice(["{d} %B %Y", "%a, {d} %b"]))
    )
    p.style["h106"].update(
        {"sender": sender, "divider": divider, "text": text, "time": hhmm(rng, lower=rng.random() < 0.4)}
    )
    return p


def wa_page(
    rng: random.Random, font: str, name: str, text: str, day: dt.date | None, buttons: list[str]
) -> Screen:
    """A business's WhatsApp chat with one message (drawn by ``_whatsapp`` from the text)."""
    assert glyphs(font, text.replace("\n", " ") + "".join(buttons) + name), (font, text)
    p = Page(font, rng, "crop", dark=False, size=rng.choice([19, 20, 21]), width=620)
    divider = (
        "Today" if day is None or rng.random() < 0.35 else when(day, rng.choice(["{d} %B %Y", "%d/%m/%Y"]))
    )
    hour, minute = rng.randrange(8, 22), rng.randrange(50)
    extra(p)["wa"] = {
        "name": name,
        "divider": divider,
        "text": text,
        "time": f"{(hour - 1) % 12 + 1}:{minute:02d} {'pm' if hour >= 12 else 'am'}",
        "clock": f"{hour:02d}:{minute + rng.randrange(1, 10):02d}",
        "buttons": buttons,
        "dark": rng.random() < 0.3,
    }
    return p


# ---------------------------------------------------------------- 1. buyers: UPI apps, the web shop


BUY_APPS = ["Google Pay", "slice", "PayU", "MobiKwik", "Kotak811", "Instamojo", "super.money", "CRED"]
BUY_LAYOUT = {
    "Google Pay": "card",
    "slice": "leaders",
    "CRED": "leaders",
    "MobiKwik": "stack",
    "Kotak811": "stack",
    "super.money": "tracker",
}
BUY_BANDS = {"MobiKwik": (0, 84, 166), "Kotak811": (220, 30, 40)}
# the payee as the payer's app shows the registered name of the UPI ID
PAYEE_NAMES = [SHOP_CAPS, SHOP, SANSTHA_CAPS, "DHAVLERI WARLI CHITRAKAR S"]
PAYEE_VPAS = [
    "chowkwarli@hdfcbank",
    "dhavleriwarli@sbi",
    "chowkwarliart.62@okicici",
    "Q593014827@ybl",
    "mab.037221004400091@axisbank",
]
BUYERS = [
    ("Aditi Deshmukh", "aditi.d@okhdfcbank"),
    ("Rahul Mehta", "rahulmehta88@oksbi"),
    ("Farzana Shaikh", "farzana.s@ybl"),
    ("Ishaan Kulkarni", "ishaank@okaxis"),
    ("Neha Pawar", "nehapawar@paytm"),
    ("Hiroshi Tanaka", "hiroshi.t@okicici"),
    ("Priya Nair", "priyanair91@ibl"),
    ("Kunal Rane", "kunalrane@kotak"),
]
BUY_NOTES = [
    "Tarpa painting",
    "2 minis, framed",
    "workshop - Ira",
    "Palghat painting",
    "gift for Aai",
    "mural deposit",
    "tree of life",
]
OWN_IDS = {
    "Google Pay": "Google transaction ID",
    "slice": "slice txn ID",
    "CRED": "CRED txn id",
    "MobiKwik": "MobiKwik Txn ID",
    "Kotak811": "Transaction ID",
    "super.money": "super.money txn ID",
}


def own_ref(rng: random.Random, app: str) -> str:
    """The payer's app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return "CICAgO" + code(rng, 14, MIXED)
    if app == "CRED":
        return f"CRED{code(rng, 16, ALNUM)}"
    if app == "slice":
        return f"SLC{digits(rng, 15)}"
    if app == "MobiKwik":
        return f"MK{digits(rng, 16)}"
    if app == "Kotak811":
        return f"KMB{digits(rng, 12)}"
    return f"SM{code(rng, 18, ALNUM)}"


def web_pay(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """PayU's e-mailed transaction receipt (a boxed table of two columns under a Transaction details heading)
    or Instamojo's payment page (a form: each label set to the right of its column, a colon, the value)."""
    rs = money(rng, font, 0.2)
    who, _ = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    j.amount = rupees(rng, 1500, 24000, 0.7)
    day = None if j.no_day else j.date
    if app == "PayU":
        way = rng.choice(["UPI", "UPI", "netbanking"])
        p = mail_page(
            rng,
            font,
            "PayU <noreply@payu.in>",
            [f"Payment successful - {SHOP}", "Your transaction receipt", "Transaction successful"],
        )
        p.part = "head"
        top(p, "PayU")
        p.add("small", "Transaction receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {who.split()[0]},")
        p.add("left", "Thank you for your payment. The details of your transaction are below.")
        grid(p, "tdh", [(0.0, 1.0, "l")], head=True, ruled=True)
        grid(p, "td", [(0.0, 0.42, "l"), (0.42, 1.0, "l")], ruled=True)
        row(p, "tdh", "Transaction details")
        to = rng.choice([SHOP, SHOP_CAPS])
        shown = {"UPI": "UPI", "netbanking": f"Net banking - {rng.choice(BANKS[:6])}"}[way]
        cells: list[tuple[str, str, dict]] = [
            ("Merchant name", to, {"merchant": to}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", shown, {"method": way}),
        ]
        if not j.no_ref:
            payu = digits(rng, 11)
            cells.append(("PayU ID", payu, {"txn": (TXN_RANK, payu)}))
            if way == "UPI":
                cells.append(("Bank reference no.", j.ref, {"txn": (UTR_RANK, j.ref)}))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                cells.append(("Bank reference no.", bref, {"txn": (BANK_RANK, bref)}))
            order = f"CWAS-W-{rng.randrange(10200, 19999)}"
            cells.append(("Merchant txn ID", order, {"txn": (ORDER_RANK, order)}))
        if day:
            cells.append(
                (
                    "Date & time",
                    day_hour(rng, day, ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y"], (" ", ", ")),
                    {"date": day},
                )
            )
        cells.append(("Status", "Success", {"status": "success"}))
        for name, value, facts in cells:
            row(p, "td", name, value, **facts)
        p.add("gap")
        p.add("small", f"For questions about your order, write to {SHOP} at hello@chowkwarli.in.")
        p.part = "foot"
        p.add("small", "PayU Payments Pvt Ltd  |  This is a system-generated e-mail; please do not reply.")
        return p.done()
    link = code(rng, 6, MIXED)
    p = browser_page(rng, font, f"imjo.in/{link}" if not j.no_ref else "www.instamojo.com/@chowkwarli")
    p.part = "head"
    top(p, "instamojo")
    p.add("small", "Payment receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Thank you! Payment received"]})
    p.add("gap")
    to = rng.choice([SHOP, SHOP_CAPS])
    seats = rng.randrange(1, 4)
    later = j.date + dt.timedelta(days=rng.randrange(3, 12))
    j.amount = float(seats * rng.choice([1200, 1500, 1800]))
    form(p, "Paid to", to, merchant=to)
    form(
        p,
        "Purpose",
        f"Warli workshop at Kala Ghoda - {seats} seat{'s' if seats > 1 else ''}, {when(later, '%a {d} %b')}",
    )
    form(p, "Amount", rs(j.amount), amount=j.amount)
    if not j.no_ref:
        mojo = f"MOJO{j.date:%m%d}{code(rng, 1, UPPER)}{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"
        form(p, "Payment ID", mojo, txn=(TXN_RANK, mojo))
    way = rng.choice(["UPI", "UPI", "card"])
    form(p, "Paid via", "UPI" if way == "UPI" else f"Debit card {masked(rng, font)}", method=way)
    if day:
        form(p, "Date", day_hour(rng, day, ["{d} %b %Y", "%d %b %Y", "%b {d}, %Y"], (", ",)), date=day)
    form(p, "Buyer", f"{who} ({phone(rng)[:2]}XXXXXX{digits(rng, 2)})")
    p.add("gap")
    p.add("small", "A copy of this receipt has been sent to your e-mail.")
    p.part = "foot"
    p.add("small", "Instamojo Technologies Pvt Ltd  |  Payments are collected on behalf of the seller.")
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Kala Ghoda store or the Sanstha: five UPI apps in four layouts (Google Pay's card: To
    <payee> over the sum, the outcome and the day, then a rounded box of labels over their values; slice's
    and CRED's receipts of dotted leaders, the label at the left and the value at the right; MobiKwik's and
    Kotak811's centred stack, each label small and centred over its value; super.money's progress steps on
    the one pending) and the web shop's PayU e-mail (a boxed two-column table) and Instamojo page (a form,
    the labels set to the right with a colon); all new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=450, high=26000, p_round=0.7)
    app = BUY_APPS[k]
    if app in ("PayU", "Instamojo"):
        return web_pay(rng, font, k, j, app, status)
    layout = BUY_LAYOUT[app]
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEE_NAMES)
    vpa = rng.choice(PAYEE_VPAS)
    bank = rng.choice(BANKS[:8])
    source = f"{bank} {masked(rng, font)}"
    who, their_vpa = BUYERS[(k + rng.randrange(2)) % len(BUYERS)]
    own = own_ref(rng, app)
    note = rng.choice(BUY_NOTES)
    if layout == "leaders":
        p = screen(
            rng,
            font,
            "phone",
            dark=app == "CRED" or rng.random() < 0.5,
            width=620,
            title=rng.choice(["", "receipt"] if app == "CRED" else ["Payment details", ""]),
            buttons=rng.choice([("share receipt",), ("done",), ()]) if app == "CRED" else ("Share", "Done"),
        )
    else:
        p = phone_page(
            rng, font, k, ["", "Transaction details"] if layout != "tracker" else ["Payment status"]
        )
    p.part = "head"
    if app in BUY_BANDS and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = BUY_BANDS[app], (255, 255, 255)
    p.add("title", {"Kotak811": "Kotak 811"}.get(app, app))
    p.add("gap")
    if p.style.get("band"):
        p.add("gap")
    p.part = "body"
    day_labels = {
        "success": ["Paid on", "Date & time"],
        "pending": ["Started on", "Initiated on"],
        "failed": ["Attempted on", "Date & time"],
    }[status]
    when_text = day_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y", "%d/%m/%Y"], (", ", " | ", " at "))
    if layout == "card":
        name = to if fits(p, "center", f"To {to}") else SHOP
        p.add("center", f"To {name}", merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Completed"]})
        if not j.no_day:
            p.add("small", when_text, date=j.date)
        p.add("gap")
        start = box_from(p)
        p.add("small", rng.choice(["Payment details", ""]) or bank)
        if not j.no_ref:
            label(p, "UPI transaction ID")
            p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        label(p, "To")
        p.add("left", f"{name}" if fits(p, "left", name) else SHOP)
        p.add("left", f"Google Pay {sign(font, chr(0x2022), '-')} {vpa}", method="UPI")
        label(p, "From")
        p.add("left", f"{who} ({bank})" if fits(p, "left", f"{who} ({bank})") else who)
        p.add("left", f"Google Pay {sign(font, chr(0x2022), '-')} {their_vpa}")
        if not j.no_ref:
            label(p, "Google transaction ID")
            p.add("left", own, txn=(TXN_RANK, own))
        box_to(p, start)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Powered by UPI")
    elif layout == "leaders":
        cred = app == "CRED"
        p.add("big", rs(j.amount), amount=j.amount)
        chip(p, "payment successful" if cred else "Payment successful", status)
        p.add("gap")
        words = (
            ["paid to", "to UPI ID", "paid from", "UPI ref no.", OWN_IDS[app], "paid on", "note"]
            if cred
            else ["Paid to", "UPI ID", "Paid from", "UPI Ref. No.", OWN_IDS[app], "Paid on", "Note"]
        )
        lead(p, words[0], to, merchant=to)
        lead(p, words[1], vpa, method="UPI")
        lead(p, words[2], source)
        if not j.no_ref:
            lead(p, words[3], j.ref, txn=(UTR_RANK, j.ref))
            lead(p, words[4], own, txn=(TXN_RANK, own))
        if not j.no_day:
            lead(p, words[5], when_text, date=j.date)
        lead(p, words[6], note)
        p.part = "foot"
        p.add("gap")
        p.add(
            "small", "need help with this payment? talk to us" if cred else "Raise a query  |  Share receipt"
        )
    elif layout == "stack":
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Money sent successfully"],
                "failed": ["Payment failed"],
            },
        )
        if status == "failed":
            p.add("small", "Your bank declined this payment. Any amount debited will be")
            p.add("small", "refunded to your account within 5 working days.")
        p.add("rule")
        for name, value, facts in [
            ("Amount", rs(j.amount), {"amount": j.amount}),
            (rng.choice(["Paid to", "To"]) if status == "success" else "To", to, {"merchant": to}),
            ("UPI ID", vpa, {"method": "UPI"}),
            ("Debited from" if status == "success" else "From", source, {}),
        ]:
            p.add("small", name)
            p.add("center", value, **facts)
        if not j.no_ref:
            p.add("small", "UPI Ref. No.")
            p.add("center", j.ref, txn=(UTR_RANK, j.ref))
            p.add("small", OWN_IDS[app])
            p.add("center", own, txn=(TXN_RANK, own))
        if not j.no_day:
            p.add("small", rng.choice(day_labels))
            p.add("center", when_text, date=j.date)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Need help? Go to Help & Support")
    else:
        outcome_row(p, status, {"pending": ["Payment in progress", "Payment pending"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paying to")
        p.add("center", to, merchant=to)
        p.add("gap")
        hour = hhmm(rng, lower=True, zero=False)
        step(p, "done", f"Payment started at {hour}")
        step(
            p,
            "done",
            f"Money debited from {bank}"
            if fits(p, "left", f"Money debited from {bank}  xx")
            else "Money debited from your bank",
        )
        step(p, "wait", "Waiting for the receiver's bank")
        step(p, "todo", "Money received by the payee")
        p.add("gap")
        p.add("small", "Please do not pay again. We will update you within 48 hours.")
        p.add("rule")
        if not j.no_ref:
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("UPI ID", vpa, method="UPI")
        if not j.no_ref:
            p.pair(OWN_IDS[app], own, txn=(TXN_RANK, own))
        if not j.no_day:
            p.pair(rng.choice(day_labels), when(j.date, rng.choice(["{d} %b %Y", "%d/%m/%Y"])), date=j.date)
        p.part = "foot"
        p.add("small", "Check status  |  Get help")
    return p.done()


# ---------------------------------------------------------------- 2. hotels', offices' and schools' payments


# payer, its address, its mail, the frame
ADVISERS = [
    ("Konkan Coast Resorts Pvt Ltd", "Bordi Beach Road, Bordi, Taluka Dahanu - 401701", "", "voucher"),
    (
        "Northbridge Technologies Pvt Ltd",
        "Hinjewadi Phase 2, Pune - 411057",
        "vendorpayments@northbridgetech.in",
        "remit",
    ),
    ("Tribal Research and Training Institute", "28, Queen's Garden, Pune - 411001", "", "letter"),
    ("Seawinds Hospitality LLP", "Juhu Tara Road, Juhu, Mumbai - 400049", "HDFC Bank", "bank"),
    ("Greenfield International School", "Hiranandani Gardens, Powai, Mumbai - 400076", "", "cheque"),
    ("Kaveri Folk Art Gallery", "12th Main, Indiranagar, Bengaluru - 560038", "", "consign"),
    ("Godavari Specialty Chemicals Ltd", "Plot T-45, MIDC Tarapur, Boisar - 401506", "", "sap"),
    (
        "Ornate Events and Weddings LLP",
        "Veera Desai Road, Andheri West, Mumbai - 400053",
        "Kotak Mahindra Bank",
        "bank",
    ),
]
WORKS = [
    "Warli mural - hotel lobby, 2 walls",
    "Warli mural - cafeteria, Block B",
    "Painting demonstration - Adivasi Kala Mahotsav",
    "Warli mural - banquet hall entrance",
    "Warli workshop - Grade 6, 4 sessions",
    "Paintings sold on consignment",
    "Warli mural - admin building foyer",
    "Warli backdrop - wedding mandap, 3 panels",
]


def bills_for(rng: random.Random, j: Job, n: int, low: int, high: int) -> list[tuple[str, dt.date, float]]:
    """The Sanstha's bills a payer pays: number, day (before the payment), sum with GST."""
    out = []
    for _ in range(n):
        base = float(rng.randrange(low, high, 100))
        out.append(
            (f"DWS/{fy(j.date)}/{rng.randrange(1, 260):03d}", earlier(rng, j, 15, 70), round(base * 1.18, 2))
        )
    return out


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Bordi resort, a Pune IT company, the state's tribal research institute, a Juhu hotel, a Powai school,
    a Bengaluru gallery, a Tarapur chemicals company and a Mumbai wedding planner paying the Sanstha for
    murals, workshops, a demonstration and paintings sold on consignment: in seven frames, each new here:
    the payer's PAYMENT VOUCHER printed from its books (No. beside Dated, a framed table of Particulars |
    Amount with Account:, the Sanstha, Agst Ref, Through:, On Account of:, Bank Transaction Details: and the
    Amount (in words), the payer's PAID stamp); a remittance e-mail (Remittance advice No., Payee, Payment
    method, Payment reference, Payment date, a boxed table of Invoice no. | Invoice date | Invoice amt | TDS |
    Paid with its Total row); a government letter in prose (No. beside Date, To, the Sanstha, Subject, the
    sentence "... has been credited to your bank account ... by ECS vide UTR ... on <day>.", Yours
    faithfully); a bank's beneficiary advice e-mail as a form (labels set to the right with a colon:
    Remitter name, Beneficiary name, Beneficiary account, Amount, Payment type, UTR, Value date / Returned
    on, Status, Remarks); a school's covering letter for a cheque (Ref. beside the day, "We enclose our
    cheque No. ... dated ... for Rs. ..."); a gallery's CONSIGNMENT SALES STATEMENT (Consignor beside
    Statement No., a boxed table of Artwork | Sold on | Price | Gallery 35% | Due, Less: Framing charges,
    Net paid, Paid on beside UTR); an SAP Payment Advice Note (the day in its title, the Sanstha in the
    address block under the payer's return line, Our account number with you, a table of Reference | Doc.
    date | Gross amount | Deduction | Net amount)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    payer, address, mail, frame = ADVISERS[k]
    work = WORKS[k]
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    payee = ours(rng)
    way = "NEFT"
    pbank = rng.choice(BANKS[:6])
    utr = bank_ref(rng, j, pbank, way)
    if frame == "voucher":
        j.amount = float(rng.randrange(36000, 180000, 100))
        return payment_voucher(rng, font, j, payer, address, work, payee, pbank, utr)
    if frame == "remit":
        return remittance_mail(rng, font, j, payer, address, mail, work, payee, rs, utr)
    if frame == "letter":
        return treasury_letter(rng, font, j, payer, address, work, payee, rs, utr)
    if frame == "bank":
        return beneficiary_advice(rng, font, j, status, payer, mail, work, payee, rs, utr)
    if frame == "cheque":
        return cheque_letter(rng, font, j, payer, address, work, payee)
    if frame == "consign":
        return consignment(rng, font, j, payer, address, payee, rs, utr)
    return sap_advice(rng, font, j, payer, address, payee, rs)


def payment_voucher(rng, font, j: Job, payer, address, work, payee, pbank, utr) -> tuple[list, dict, dict]:
    """The payer's PAYMENT VOUCHER printed from its books, framed, with the payer's PAID stamp."""
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, fit_name(p, "title", [payer.upper(), payer]))
    p.add("small", address)
    p.add("center", rng.choice(["Payment Voucher", "PAYMENT VOUCHER"]))
    p.part = "body"
    grid(p, "vno", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    doc = str(rng.randrange(120, 980))
    row(
        p,
        "vno",
        f"No. : {doc}",
        f"Dated : {when_in(j, ['%d-%b-%Y', '{d}-%b-%y', '%d/%m/%Y'], rng)}",
        date=j.date,
        txn=(INVOICE_RANK, doc),
    )
    start = box_from(p)
    grid(p, "vh", [(0.0, 0.72, "l"), (0.72, 1.0, "r")], head=True)
    grid(p, "vr", [(0.0, 0.72, "l"), (0.72, 1.0, "r")])
    row(p, "vh", "Particulars", "Amount")
    amt = num(j.amount)
    row(p, "vr", "Account :", "")
    name = payee if cells_fit(p, "vr", [f"    {payee}", amt]) else SHORT
    row(p, "vr", f"    {name}", amt, merchant=name, amount=j.amount)
    ref = f"DWS/{fy(j.date)}/{rng.randrange(1, 260):03d}"
    row(p, "vr", f"        Agst Ref  {ref}", f"{amt} Dr")
    row(p, "vr", "Through :", "")
    row(p, "vr", f"    {pbank} - CA XXXX{digits(rng, 4)}", "")
    row(p, "vr", "On Account of :", "")
    for part in wrap(p, "vr", 0, f"Being 50% advance for {work}, as per quotation", "    "):
        row(p, "vr", part, "")
    row(p, "vr", "Bank Transaction Details :", "")
    row(p, "vr", f"    NEFT  {utr}", "", method="netbanking", txn=(UTR_RANK, utr))
    row(p, "vr", "Amount (in words) :", "")
    for part in wrap(p, "vr", 0, f"INR {words_in_rupees(j.amount)[7:]}", "    "):
        row(p, "vr", part, "")
    p.add("rule")
    row(p, "vr", "", f"{sign(font, chr(0x20B9), 'Rs.')} {amt}")
    box_to(p, start, radius=0)
    p.add("gap")
    grid(p, "sig", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], soft=True)
    row(p, "sig", "Receiver's Signature :", "Authorised Signatory")
    p.part = "foot"
    p.add("gap", status="success")
    rubber(p, ["PAID", "BY NEFT"], "blue")
    return p.done()


def remittance_mail(rng, font, j: Job, payer, address, mail, work, payee, rs, utr) -> tuple[list, dict, dict]:
    """A company's remittance advice e-mail: the payment's lines, then its invoices in a boxed table."""
    p = mail_page(
        rng,
        font,
        f"{payer.replace(' Pvt Ltd', '')} - Vendor Payments <{mail}>",
        [f"Remittance advice - payment to {SHORT}", "Payment released - remittance advice"],
    )
    p.part = "head"
    top(p, fit_name(p, "title", [payer, payer.replace(" Pvt Ltd", "")]))
    p.add("small", f"{address}  |  Accounts Payable")
    p.add("rule")
    p.part = "body"
    p.add("left", rng.choice(["Dear Supplier,", "Dear Vendor,"]))
    p.add(
        "left",
        "We have released the payment below to your bank account against your invoices.",
        status="success",
    )
    adv = f"RA-{j.date.year}-{digits(rng, 6)}"
    p.add("left", f"Remittance advice No.: {adv}", txn=(INVOICE_RANK, adv))
    p.add("left", f"Payee: {payee}", merchant=payee)
    p.add("left", "Payment method: Electronic funds transfer (NEFT)", method="netbanking")
    p.add("left", f"Payment reference: {utr}", txn=(UTR_RANK, utr))
    if not j.no_day:
        p.add("left", f"Payment date: {when_in(j, ['%d-%b-%Y', '%d/%m/%Y', '{d} %B %Y'], rng)}", date=j.date)
    bills = bills_for(rng, j, rng.randrange(1, 4), 40000, 160000)
    spec = [(0.0, 0.24, "l"), (0.24, 0.42, "l"), (0.42, 0.62, "r"), (0.62, 0.78, "r"), (0.78, 1.0, "r")]
    lines = []
    total = cut = 0.0
    for bill, day, value in bills:
        tds = round(value / 1.18 * 0.02, 2)
        total += value
        cut += tds
        lines.append(([bill, when(day, "%d-%m-%Y"), num(value), num(tds), num(value - tds)], {}))
    j.amount = round(total - cut, 2)
    lines.append((["Total", "", num(total), num(cut), num(j.amount)], {"amount": j.amount}))
    table(p, "i", spec, ["Invoice no.", "Invoice date", "Invoice amt", "TDS", "Paid"], lines)
    p.add("small", "TDS is deducted u/s 194C @ 2% on the value before GST and shown in Form 26AS.")
    p.add("left", f"For: {work}")
    p.part = "foot"
    p.add("left", "Regards,")
    p.add("left", f"Accounts Payable, {payer}")
    p.add("small", "This is a system-generated advice. Please do not reply to this mailbox.")
    return p.done()


def treasury_letter(rng, font, j: Job, payer, address, work, payee, rs, utr) -> tuple[list, dict, dict]:
    """A government institute's letter telling in prose that the bill was paid."""
    p = paper_page(rng, font, [740, 780])
    p.part = "head"
    p.add("small", "Government of Maharashtra  |  Tribal Development Department")
    top(p, fit_name(p, "title", [payer, "Tribal Research & Training Institute"]))
    p.add("small", address)
    p.add("rule")
    p.part = "body"
    grid(p, "lno", [(0.0, 0.6, "l"), (0.6, 1.0, "r")])
    letter_day = j.date + dt.timedelta(days=rng.randrange(2, 8))
    ref = f"TRTI/Exh/{j.date.year}/{rng.randrange(400, 1900)}"
    row(p, "lno", f"No. {ref}", f"Date: {when(letter_day, '%d/%m/%Y')}", txn=(INVOICE_RANK, ref))
    p.add("left", "To,")
    p.add("left", "The Secretary,")
    p.add("left", payee, merchant=payee)
    p.add("left", "Ganjad, Tal. Dahanu, Dist. Palghar - 401602.")
    bill = f"DWS/{fy(j.date)}/{rng.randrange(1, 260):03d}"
    p.add("left", f"Subject: Payment of your bill No. {bill} - {work.split(' - ')[1]}.")
    p.add("left", "Sir/Madam,")
    gross = float(rng.randrange(60000, 240000, 1000))
    tds = float(round(gross / 1.18 * 0.02))
    j.amount = round(gross - tds, 2)
    words = words_in_rupees(j.amount)
    p.add(
        "left",
        f"With reference to the above, the amount of {rs(j.amount)} ({words}), net of TDS of {rs(tds)}, has "
        "been "
        f"credited to your bank account No. XXXXXXX{digits(rng, 4)} by ECS vide UTR {utr} on "
        f"{when_in(j, ['%d/%m/%Y', '%d.%m.%Y', '{d} %B %Y'], rng)}.",
        amount=j.amount,
        txn=(UTR_RANK, utr),
        method="netbanking",
        date=j.date,
        status="success",
    )
    p.add("left", "You are requested to acknowledge the receipt of the amount.")
    p.add("gap")
    right(p, "Yours faithfully,")
    p.add("gap")
    right(p, "Accounts Officer")
    right(p, "Tribal Research & Training Institute, Pune")
    p.part = "foot"
    p.add("small", "Copy to: the Deputy Director (Exhibitions), TRTI, Pune, for information.")
    return p.done()


def beneficiary_advice(
    rng, font, j: Job, status, payer, bank, work, payee, rs, utr
) -> tuple[list, dict, dict]:
    """A bank's advice to the beneficiary of its customer's payment, as a form."""
    host = {"HDFC Bank": "hdfcbank.net", "Kotak Mahindra Bank": "kotak.com"}[bank]
    p = mail_page(
        rng,
        font,
        f"{bank} <beneficiary.advice@{host}>",
        [f"Payment advice from {payer}", f"{payer} has sent you a payment"],
    )
    p.part = "head"
    top(p, bank)
    p.add("small", "Beneficiary payment advice")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Beneficiary,")
    p.add("left", f"Our customer {payer} has initiated the payment below to your account.")
    j.amount = float(rng.randrange(40000, 260000, 500))
    at = 0.34
    form(p, "Remitter name", payer, at=at)
    form(p, "Beneficiary name", payee, at=at, merchant=payee)
    form(
        p,
        "Beneficiary account",
        f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['HDFC', 'SBIN', 'MAHB'])}0{digits(rng, 6)})",
        at=at,
    )
    form(p, "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    form(p, "Payment type", "NEFT", at=at, method="netbanking")
    if not j.no_ref:
        form(p, "UTR", utr, at=at, txn=(UTR_RANK, utr))
    if not j.no_day:
        form(
            p,
            "Value date" if status == "success" else "Returned on",
            when_in(j, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"], rng),
            at=at,
            date=j.date,
        )
    form(
        p,
        "Status",
        {
            "success": "Credited to the beneficiary account",
            "failed": "Returned - the beneficiary name does not match the account",
        }[status],
        at=at,
        status=status,
    )
    form(p, "Remarks", f"Inv {rng.randrange(1, 260):03d} - {work.split(' - ')[1]}", at=at)
    p.add("gap")
    p.add(
        "small",
        "This advice is sent at the request of the remitter. Please contact the remitter for details.",
    )
    p.part = "foot"
    p.add("small", f"{bank} Ltd  |  Never share your OTP, PIN or password with anyone.")
    return p.done()


def cheque_letter(rng, font, j: Job, payer, address, work, payee) -> tuple[list, dict, dict]:
    """A school's covering letter for the cheque it sends."""
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, fit_name(p, "title", [payer, "Greenfield Intl. School"]))
    p.add("small", f"{address}  |  Accounts Department")
    p.add("rule")
    p.part = "body"
    grid(p, "lno", [(0.0, 0.55, "l"), (0.55, 1.0, "r")])
    ref = f"GIS/ACC/{j.date.year}/{rng.randrange(100, 900)}"
    row(
        p,
        "lno",
        f"Ref: {ref}",
        when_in(j, ["{d} %B %Y", "%d/%m/%Y"], rng),
        date=j.date,
        txn=(INVOICE_RANK, ref),
    )
    p.add("left", "To,")
    p.add("left", payee, merchant=payee)
    p.add("left", f"{KENDRA}, Kasatwadi, Jawhar - 401603")
    p.add(
        "left",
        f"Subject: Fees for the {work.split(' - ', 1)[1].replace('Grade', 'Warli workshop for Grade')}",
    )
    p.add("left", "Dear Sir/Madam,")
    students = rng.randrange(28, 90)
    j.amount = float(students * rng.choice([400, 450, 500]))
    cheque_day = j.date - dt.timedelta(days=rng.randrange(1, 4))
    p.add(
        "left",
        f"We enclose our cheque No. {digits(rng, 6)} dated {when(cheque_day, '%d/%m/%Y')} drawn on Bank of "
        f"Baroda, Powai, for Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) for "
        f"{students} students at Rs. {num(j.amount / students, 'indian', 0)}/- each.",
        amount=j.amount,
        method="cheque",
    )
    p.add(
        "left",
        "The cheque is sent by courier today; kindly acknowledge it on realisation.",
        status="pending",
    )
    p.add("gap")
    p.add("left", "Thanking you,")
    p.add("left", "Yours sincerely,")
    p.add("gap")
    p.add("left", "Accounts Officer")
    p.part = "foot"
    p.add("small", "Encl.: Cheque as above")
    return p.done()


def consignment(rng, font, j: Job, payer, address, payee, rs, utr) -> tuple[list, dict, dict]:
    """A gallery's CONSIGNMENT SALES STATEMENT: the works sold, its share, the net paid."""
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, payer)
    p.add("small", address)
    p.add("center", "CONSIGNMENT SALES STATEMENT")
    p.add("rule")
    p.part = "body"
    stmt = f"KFG/CS/{j.date.year}/{rng.randrange(1, 40):02d}"
    month = j.date.replace(day=1) - dt.timedelta(days=1)
    p.add("left", f"Consignor: {payee}", merchant=payee)
    p.add("left", "Ganjad, Taluka Dahanu, District Palghar")
    grid(p, "hd", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    row(p, "hd", f"Statement No.: {stmt}", f"Period: {when(month, '%b %Y')}", txn=(INVOICE_RANK, stmt))
    p.add("gap")
    spec = [(0.0, 0.38, "l"), (0.38, 0.5, "l"), (0.5, 0.64, "r"), (0.64, 0.82, "r"), (0.82, 1.0, "r")]
    due = 0.0
    lines = []
    for i in rng.sample(range(len(PAINTINGS)), rng.randrange(2, 5)):
        work, lo, hi = PAINTINGS[i]
        price = float(rng.randrange(lo, hi, 100))
        share = round(price * 0.35, 2)
        due += price - share
        sold = month - dt.timedelta(days=rng.randrange(0, 27))
        title = work.split(",")[0].replace("and the wedding chowk", "and chowk")
        lines.append(
            ([title, when(sold, "%d/%m/%y"), num(price, "indian", 0), num(share), num(price - share)], {})
        )
    table(p, "c", spec, ["Artwork", "Sold on", "Price", "Gallery 35%", "Due"], lines)
    p.pair("Total due to consignor", rs(round(due, 2)))
    frame_cost = float(rng.choice([0, 0, 850, 1200]))
    if frame_cost:
        p.pair("Less: Framing charges", rs(frame_cost))
    courier = float(rng.choice([0, 450, 600]))
    if courier:
        p.pair("Less: Courier (unsold works returned)", rs(courier))
    j.amount = round(due - frame_cost - courier, 2)
    p.pair("Net paid", rs(j.amount), amount=j.amount)
    p.add("rule")
    p.add("left", f"Paid on: {when_in(j, ['%d-%m-%Y', '%d/%m/%Y'], rng)}", date=j.date, method="netbanking")
    p.add("left", f"UTR: {utr}", txn=(UTR_RANK, utr))
    p.add("left", "Settlement status: Paid by NEFT", status="success")
    p.part = "foot"
    p.add(
        "small",
        "Unsold works stay on consignment till 31 March; prices are inclusive of frames where framed.",
    )
    right(p, f"For {payer}")
    return p.done()


def sap_advice(rng, font, j: Job, payer, address, payee, rs) -> tuple[list, dict, dict]:
    """An SAP Payment Advice Note: the day in its title, the Sanstha in the address block, the documents "
    "paid."""
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, payer)
    p.add("small", address)
    p.add("rule")
    p.part = "body"
    p.add(
        "left",
        f"Payment Advice Note from {when_in(j, ['%d.%m.%Y'], rng)}",
        date=j.date,
    )
    label(p, f"{payer}, {address.split(', ')[0]}, MIDC Tarapur")
    grid(p, "ad", [(0.0, 0.55, "l"), (0.55, 1.0, "r")])
    row(
        p,
        "ad",
        payee if cells_fit(p, "ad", [payee, "x"]) else SHORT,
        "Our account number with you:",
        merchant=payee if cells_fit(p, "ad", [payee, "x"]) else SHORT,
    )
    row(p, "ad", "Ganjad, Taluka Dahanu", f"V{digits(rng, 6)}")
    row(p, "ad", "District Palghar - 401602", "")
    p.add("gap")
    p.add("left", "Dear Sir or Madam,")
    p.add(
        "left",
        f"We have transferred the amount below to your account XXXXXX{digits(rng, 4)} with HDFC Bank by "
        "NEFT.",
        method="netbanking",
        status="success",
    )
    spec = [(0.0, 0.26, "l"), (0.26, 0.42, "l"), (0.42, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
    total = 0.0
    lines = []
    for bill, day, value in bills_for(rng, j, rng.randrange(1, 3), 50000, 180000):
        tds = round(value / 1.18 * 0.02, 2)
        total += value - tds
        lines.append(
            (
                [
                    bill,
                    when(day, "%d.%m.%Y"),
                    num(value, "western"),
                    num(tds, "western"),
                    num(value - tds, "western"),
                ],
                {},
            )
        )
    j.amount = round(total, 2)
    table(
        p,
        "s",
        spec,
        ["Reference", "Doc. date", "Gross amount", "Deduction", "Net amount"],
        lines,
        ruled=False,
    )
    p.add("rule")
    row(p, "sr", "Total", "", "", "INR", num(j.amount, "western"), amount=j.amount)
    p.add("small", "Deduction: TDS u/s 194C @ 2% on the taxable value.")
    p.part = "foot"
    p.add("left", "Yours faithfully,")
    p.add("left", f"{payer}, Finance & Accounts")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, its bank, sum (low, high), the frame
IMPORTERS = [
    (
        "Hoxton Folk Interiors Ltd",
        "Hoxton Street, London, United Kingdom",
        "GBP",
        "Barclays Bank UK PLC",
        900,
        9000,
        "letter",
    ),
    ("Volkskunst Galerie Weiss GmbH", "Kastanienallee, Berlin, Germany", "EUR", "Wise", 800, 8000, "wise"),
    ("Hudson Street Home LLC", "Hudson Street, New York, NY, USA", "USD", "Skydo", 900, 9500, "skydo"),
    (
        "Fitzroy Hand and Made Pty Ltd",
        "Gertrude Street, Fitzroy VIC, Australia",
        "AUD",
        "Westpac",
        1200,
        12000,
        "irm",
    ),
    (
        "Kamogawa Craft Co., Ltd",
        "Sanjo-dori, Nakagyo-ku, Kyoto, Japan",
        "JPY",
        "MUFG Bank",
        120000,
        1200000,
        "irm",
    ),
    ("Queen West Folk Art Inc.", "Queen Street West, Toronto, Canada", "CAD", "Wise", 900, 9000, "wise"),
    ("Sodermalm Konsthantverk AB", "Gotgatan, Stockholm, Sweden", "SEK", "SEB", 9000, 90000, "letter"),
    ("De Jordaan Wonen B.V.", "Westerstraat, Amsterdam, Netherlands", "EUR", "Skydo", 800, 8000, "skydo"),
]
FX_RATES = {
    "GBP": (110.0, 118.0),
    "EUR": (94.0, 99.0),
    "USD": (86.0, 90.5),
    "AUD": (56.0, 60.0),
    "JPY": (0.56, 0.62),
    "CAD": (62.0, 66.0),
    "SEK": (8.2, 9.0),
}
COUNTRIES = {
    "GBP": "United Kingdom",
    "EUR": "Germany",
    "USD": "United States",
    "AUD": "Australia",
    "JPY": "Japan",
    "CAD": "Canada",
    "SEK": "Sweden",
}
FOREX_BANKS = ["State Bank of India", "Bank of Maharashtra", "HDFC Bank", "Saraswat Co-operative Bank"]


def fx_sum(rng: random.Random, cur: str, lo: int, hi: int) -> float:
    if cur == "JPY":
        return float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    if rng.random() < 0.5:
        return float(rng.randrange(lo // 10, hi // 10) * 10)
    return round(rng.uniform(lo, hi), 2)


def fx_text(rng: random.Random, font: str, cur: str, way: str):
    """A foreign sum as this set's pages print it: the code after the sum (Wise: 2,450.00 EUR, 180,000 JPY),
    the sign or the code before it (a bank's letter, Skydo: GBP 2,450.00, A$3,250.00, C$1,850.00, €2,450.00,
    US$2,400.00, ¥240,000 in the yen's sign where the face draws it), yen whole."""
    places = 0 if cur == "JPY" else 2
    if way == "after":
        return lambda value: f"{value:,.{places}f} {cur}"
    marks = {
        "GBP": [sign(font, "\u00a3", "GBP "), "GBP "],
        "EUR": [sign(font, "\u20ac", "EUR "), "EUR "],
        "USD": ["US$", "USD "],
        "AUD": ["A$", "AUD "],
        "JPY": [sign(font, "\u00a5", "JPY "), "JPY "],
        "CAD": ["C$", "CAD "],
        "SEK": ["SEK "],
    }[cur]
    mark = rng.choice(marks)
    return lambda value: f"{mark}{value:,.{places}f}"


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A London, a Berlin, a New York, a Melbourne, a Kyoto, a Toronto, a Stockholm and an Amsterdam shop
    paying for Warli paintings: in four layouts, each new here: a bank's CREDIT ADVICE letter in prose ("We
    advise having credited your account above with INR x being the proceeds of an inward remittance of <sum>
    received by SWIFT from <remitter> ...", or that it "could not be credited ... and has been returned");
    Wise's e-mail (the sum large, "sent by <remitter>", then a card of dotted leaders: Transfer number,
    Recipient, Paid out to, They sent, Exchange rate, Fee, You receive, Date); Skydo's payment page (the
    progress steps, then dotted leaders: Client, Beneficiary, Amount received, Skydo fee, INR settled, FIRA
    No., Payment ID); DGFT's inward remittance (IRM) page as a boxed form, two fields to a row or one across
    (IRM No. | IRM date, Exporter, IEC | Currency, Remittance amount | Remitter, Purpose code | Status)."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7)
    payer, city, cur, pbank, lo, hi, frame = IMPORTERS[k]
    j.amount = fx_sum(rng, cur, lo, hi)
    rate = round(rng.uniform(*FX_RATES[cur]), 4)
    inr = round(j.amount * rate, 2)
    bank = FOREX_BANKS[k % 4]
    me = rng.choice([SANSTHA, SANSTHA_CAPS])
    irm = f"{IFSC[bank]}{j.date:%y}IRM{digits(rng, 7)}"
    if status == "failed":
        irm = f"IW/{IFSC[bank]}/{j.date:%y}/{digits(rng, 6)}"
    if frame == "letter":
        show = fx_text(rng, font, cur, "before")
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, bank.upper() if rng.random() < 0.4 else bank)
        p.add(
            "small",
            rng.choice(["International Banking Branch, Fort, Mumbai", "Forex Cell, Dahanu Road Branch"]),
        )
        p.add(
            "center",
            "CREDIT ADVICE - INWARD REMITTANCE"
            if status == "success"
            else "ADVICE OF RETURN - INWARD REMITTANCE",
        )
        p.add("rule")
        p.part = "body"
        grid(p, "lno", [(0.0, 0.6, "l"), (0.6, 1.0, "r")])
        day_text = when_in(j, ["%d/%m/%Y", "%d.%m.%Y", "%d-%b-%Y"], rng)
        if j.no_ref:
            p.add("right", f"Date: {day_text}", date=j.date)
        else:
            row(p, "lno", f"Our ref.: {irm}", f"Date: {day_text}", date=j.date, txn=(BANK_RANK, irm))
        p.add("left", "To,")
        p.add("left", me, merchant=me)
        p.add("left", "Ganjad, Taluka Dahanu, District Palghar - 401602")
        p.add("left", f"Current account No. XXXXXXX{digits(rng, 4)}")
        p.add("left", "Dear Sir/Madam,")
        if status == "success":
            p.add(
                "left",
                f"We advise having credited your account above with INR {num(inr)} being the proceeds of an "
                "inward "
                f"remittance of {show(j.amount)} received by SWIFT from {payer}, {city.split(', ')[-2]}, "
                "through "
                f"{pbank}, converted at {rate:.4f}.",
                amount=j.amount,
                cur=cur,
                method="netbanking",
                status="success",
            )
            p.add("left", "Purpose code: P0102 - export of goods (Warli paintings on cloth and paper).")
            if not j.no_ref:
                p.add("left", "Please quote our reference above when you apply for the e-BRC.")
        else:
            p.add(
                "left",
                f"We regret to advise that the inward remittance of {show(j.amount)} received by SWIFT from "
                f"{payer}, {city.split(', ')[-2]}, could not be credited to your account as the account "
                "number "
                "does not match the beneficiary's name, and has been returned to the remitting bank.",
                amount=j.amount,
                cur=cur,
                method="netbanking",
                status="failed",
            )
            p.add("left", "Please ask the remitter to send the funds again with your full account details.")
        p.add("gap")
        right(p, "Yours faithfully,")
        right(p, "Manager (Forex)")
        p.part = "foot"
        p.add("small", "This is a computer-generated advice and needs no signature.")
        return p.done()
    if frame == "wise":
        show = fx_text(rng, font, cur, "after")
        fee = round(
            j.amount * rng.uniform(0.004, 0.007) + (0 if cur == "JPY" else 1.5), 0 if cur == "JPY" else 2
        )
        p = mail_page(
            rng,
            font,
            "Wise <noreply@wise.com>",
            [
                f"{payer} sent you money",
                "Your money is on its way to your bank",
                "You've received a transfer",
            ],
        )
        p.part = "head"
        top(p, "Wise")
        p.add("rule")
        p.part = "body"
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("small", f"sent by {payer}")
        outcome_row(p, status, {"success": ["The money should now be in your account", "Transfer complete"]})
        p.add("gap")
        start = box_from(p)
        if not j.no_ref:
            tid = digits(rng, 10)
            lead(p, "Transfer number", f"#{tid}", txn=(TXN_RANK, tid))
        lead(p, "Recipient", me, merchant=me)
        lead(p, "Paid out to", f"{bank} ending {digits(rng, 4)}", method="netbanking")
        lead(p, "They sent", show(j.amount))
        lead(p, "Exchange rate", f"1 {cur} = {rate:.4f} INR")
        lead(p, "Fee (paid by sender)", show(fee))
        lead(p, "You receive", f"{inr:,.2f} INR")
        if not j.no_day:
            lead(p, "Date", when_in(j, ["{d} %B %Y", "%d %b %Y", "%b {d}, %Y"], rng), date=j.date)
        box_to(p, start)
        p.add("gap")
        p.add("small", "Banks in India can take up to one working day to show the money in your account.")
        p.part = "foot"
        p.add("small", "Wise Payments Ltd  |  Need help? wise.com/help")
        return p.done()
    if frame == "skydo":
        show = fx_text(rng, font, cur, "before")
        fee = 29.0 if cur == "USD" else 25.0
        p = browser_page(rng, font, f"app.skydo.com/payments/{code(rng, 10, MIXED)}")
        p.part = "head"
        top(p, "skydo")
        p.add("small", "Payments received")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Settled to your bank account", "Payment settled"],
                "pending": ["Settlement in progress - expected in 1 working day"],
            },
        )
        p.add("gap")
        hour = hhmm(rng, lower=True, zero=False)
        step(p, "done", f"Payment sent by the client at {hour}")
        step(p, "done", f"Received in your {cur} collection account")
        step(p, "done", f"Converted to INR at {rate:.4f}")
        step(
            p,
            "done" if status == "success" else "wait",
            f"{'Settled' if status == 'success' else 'Settling'} to {bank}",
        )
        p.add("gap")
        lead(p, "Client", payer if fits(p, "left", f"Client ... {payer}") else payer.split(" ")[0])
        lead(p, "Beneficiary", me, merchant=me)
        lead(p, "Amount received", show(j.amount), amount=j.amount, cur=cur, method="netbanking")
        lead(p, "Skydo fee", show(fee))
        lead(
            p,
            "INR settled" if status == "success" else "INR to settle",
            f"INR {num(round((j.amount - fee) * rate, 2))}",
        )
        if not j.no_ref:
            fira = f"FIRA-{j.date:%y%m}-{digits(rng, 6)}"
            pid = f"SKY{code(rng, 10, ALNUM)}"
            if status == "success":
                lead(p, "FIRA No.", fira, txn=(INVOICE_RANK, fira))
            lead(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        if not j.no_day:
            lead(p, "Received on", when_in(j, ["{d} %b %Y", "%d/%m/%Y", "%b {d}, %Y"], rng), date=j.date)
        p.part = "foot"
        p.add("small", "The FIRA is issued by our partner bank once the money is settled.")
        return p.done()
    p = browser_page(rng, font, "www.dgft.gov.in/CP/?opt=irm-details")
    p.part = "head"
    top(p, "DGFT")
    p.add("small", "Directorate General of Foreign Trade  |  e-BRC / IRM")
    p.add("center", "Inward Remittance Message (IRM) details")
    p.add("rule")
    p.part = "body"
    qhead(p, "Remittance")
    day_text = when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng)
    if j.no_ref:
        qrow(p, "IRM date", day_text, "Bank", bank.replace("State Bank of India", "SBI"), date=j.date)
    else:
        qrow(p, "IRM No.", irm, "IRM date", day_text, txn=(BANK_RANK, irm), date=j.date)
    qrow(p, "Exporter", me, merchant=me)
    qrow(p, "IEC", f"03{digits(rng, 8)}", "Currency", cur)
    body = f"{j.amount:.0f}" if cur == "JPY" else f"{j.amount:.2f}"
    qrow(p, "FCY amount", body, "Mode", "SWIFT", amount=j.amount, cur=cur, method="netbanking")
    qrow(p, "Remitter", payer)
    qrow(p, "Country", COUNTRIES[cur], "Purpose", "P0102")
    qrow(p, "INR value", num(inr, "plain"), "Status", "Realised", status="success")
    p.add("gap")
    p.add(
        "small", "Link the IRM to your shipping bill to generate the e-BRC. Data as reported by the AD bank."
    )
    p.part = "foot"
    p.add("small", "Directorate General of Foreign Trade, Ministry of Commerce and Industry")
    return p.done()


# ---------------------------------------------------------------- 4. the Sanstha's own bills and receipts


# the party, the way it paid, the kind of paper
SALES = [
    ("Seawinds Hospitality LLP, Juhu, Mumbai", "NEFT", "mural"),
    ("Anjali Vartak, Dahanu Road", "cash", "book"),
    ("Greenfield International School, Powai, Mumbai", "cheque", "supply"),
    ("Ms. Claire Dubois (visitor, Lyon)", "card", "retail"),
    ("Kavya Iyer, Adyar, Chennai", "UPI", "checkout"),
    ("Shri Mahesh Gokhale, Naupada, Thane", "UPI", "donation"),
    ("Weekend workshop, 2 persons", "UPI", "thermal"),
    ("Mr. Arjun Bhalla, Vasant Kunj, New Delhi", "UPI", "webinvoice"),
]
GST_STATES = {"Delhi": "07", "Tamil Nadu": "33"}


def letter_head(
    p: Screen, name: str, unit: str, kind_line: str, *, gst: bool = True, merchant: bool = True
) -> None:
    """The Sanstha's or its unit's name on top of its own paper, the unit's line and address, its GSTIN, the
    paper's kind."""
    rng = p.rng
    what, address = UNITS[unit]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    if name not in (SANSTHA, SANSTHA_CAPS):
        p.add("small", f"A unit of {SANSTHA}")
    p.add("small", f"{what}  |  {address}")
    if gst:
        p.add("small", f"GSTIN: {gstin(rng, '27')}  |  Ph. {phone(rng)}")
    else:
        p.add("small", REGD)
    p.add("center", kind_line)
    p.add("rule")
    p.part = "body"


def gst_rows(p: Screen, rs, taxable: float, rate: int, inter: bool, *, leaders: bool = False) -> float:
    """GST on ``taxable`` at ``rate`` (CGST and SGST halves in Maharashtra, IGST from outside), the total
    rounded to the rupee."""
    put = (lambda name, value: lead(p, name, value)) if leaders else (lambda name, value: p.pair(name, value))
    due = round(taxable * rate / 100, 2)
    if inter:
        put(f"IGST @ {rate}%", rs(due))
        tax = due
    else:
        half = round(due / 2, 2)
        put(f"CGST @ {rate / 2:g}%", rs(half))
        put(f"SGST @ {rate / 2:g}%", rs(half))
        tax = 2 * half
    total = float(round(taxable + tax))
    if abs(total - taxable - tax) >= 0.01:
        put("Round off", f"{total - taxable - tax:+.2f}")
    return total


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sanstha's and its units' own papers: the Sanstha's mural RUNNING ACCOUNT BILL to a Juhu hotel (a
    boxed form of Bill No. | Bill date, Client, Site; a boxed measurement table of Wall | Width (ft) | Height
    (ft) | Area (sq ft) | Rate | Amount; Value of work, GST, Bill total, Less: Advance received (RA bill 1),
    Balance received by NEFT, UTR, Received on); the studio's receipt book page filled in by hand (PAVTI /
    RECEIPT, No. printed, Dinank / Date, Received with thanks from, the sum of Rupees, by cash / cheque,
    towards, the sum boxed); the Kendra's BILL OF SUPPLY to a school (a boxed form, a boxed table of
    Particulars | Students | Rate | Amount, the cheque received subject to realisation); the store's invoice
    to a visitor in dotted leaders (each painting, Taxable value, CGST, SGST, Total, Paid by card, Approval
    code); the web shop's checkout that failed (the cart, Attempted on, the reason, no order placed); the
    Sanstha's DONATION RECEIPT u/s 80G set as a certificate in a frame (No. beside Date, Received with thanks
    from, the donor, the sum boxed, by UPI, UPI ref., the 80G approval dated <another day>); the Kendra's 58
    mm thermal receipt (Rcpt, the seats, UPI, UPI Ref); the web shop's TAX INVOICE (a boxed form of Order No.
    | Order date, Invoice No. | Invoice date, the goods in a boxed table, IGST, a Payment box: Prepaid via
    PayU - UPI, Paid on, PayU ID, Bank ref.); all new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    party, way, kind = SALES[k]
    rs = slash_rs(rng, font, ("Rs.", "\u20b9", "Rs", "INR"))
    if kind == "mural":
        return mural_bill(rng, font, j, party, rs)
    if kind == "book":
        return receipt_book(rng, font, j, party)
    if kind == "supply":
        return bill_of_supply(rng, font, j, party, rs)
    if kind == "retail":
        return retail_invoice(rng, font, j, party)
    if kind == "checkout":
        return failed_checkout(rng, font, j, party)
    if kind == "donation":
        return donation_receipt(rng, font, j, party)
    if kind == "thermal":
        return thermal_receipt(rng, font, j, party)
    return web_invoice(rng, font, j, party)


def mural_bill(rng, font, j: Job, party, rs) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [760, 800])
    me = rng.choice([SANSTHA, SANSTHA_CAPS])
    letter_head(p, me, "studio", "RUNNING ACCOUNT BILL No. 2 (FINAL)")
    bill_day = earlier(rng, j, 4, 20)
    bill = f"DWS/{fy(j.date)}/{rng.randrange(20, 240):03d}"
    qrow(p, "Bill No.", bill, "Bill date", when(bill_day, "%d/%m/%Y"), txn=(INVOICE_RANK, bill))
    qrow(p, "Client", party)
    qrow(p, "Site", "Banquet hall entrance (Warli mural on geru)")
    p.add("gap")
    spec = [
        (0.0, 0.26, "l"),
        (0.26, 0.39, "r"),
        (0.39, 0.52, "r"),
        (0.52, 0.69, "r"),
        (0.69, 0.8, "r"),
        (0.8, 1.0, "r"),
    ]
    rate = float(rng.choice([450, 520, 600, 650]))
    value = 0.0
    lines = []
    for wall in rng.sample(["North wall", "Entrance arch", "Pillars (4)", "Lobby wall", "Corridor"], 2):
        w, h = rng.randrange(8, 22), rng.choice([8, 9, 10, 12])
        area = w * h
        value += area * rate
        lines.append(
            ([wall, f"{w} ft", f"{h} ft", f"{area} sq ft", num(rate, "indian", 0), num(area * rate)], {})
        )
    table(p, "m", spec, ["Wall", "Width", "Height", "Area", "Rate", "Amount"], lines)
    p.pair("Value of work", rs(value))
    total = gst_rows(p, rs, value, 18, False)
    p.pair("Bill total", rs(total))
    advance = float(round(total * 0.5, -2))
    p.pair("Less: Advance received (RA bill 1)", rs(advance))
    j.amount = round(total - advance, 2)
    p.add("rule")
    p.pair("Balance received by NEFT", rs(j.amount), amount=j.amount, method="netbanking")
    ref = bank_ref(rng, j, rng.choice(BANKS[:6]), "NEFT")
    p.pair("UTR", ref, txn=(UTR_RANK, ref))
    p.pair("Received on", when_in(j, DAY_IN[:6], rng), date=j.date)
    p.add("center", "PAID - BALANCE RECEIVED, THANK YOU", status="success")
    p.part = "foot"
    right(p, f"For {SANSTHA}")
    right(p, "Secretary / Treasurer")
    return p.done()


def receipt_book(rng, font, j: Job, party) -> tuple[list, dict, dict]:
    """A printed receipt book's page filled in by hand."""
    p = paper_page(rng, font, [700, 740])
    pen_face(p)
    p.part = "head"
    me = rng.choice([SANSTHA_CAPS, SANSTHA])
    top(p, fit_name(p, "title", [me, SANSTHA_CAPS]), merchant=me)
    p.add("small", f"{STUDIO}, Ganjad, Tal. Dahanu, Dist. Palghar - 401602")
    p.add("small", REGD)
    p.add("center", "PAVTI / RECEIPT")
    p.add("rule")
    p.part = "body"
    grid(p, "rb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    book_no = f"{rng.randrange(100, 999):04d}"
    row(p, "rb", f"No. {book_no}", "", txn=(INVOICE_RANK, book_no))
    if j.no_day:
        fill(p, "Dinank / Date :", "")
    else:
        fill(p, "Dinank / Date :", when_in(j, ["{d}/{m}/%Y", "%d/%m/%y", "{d}.{m}.%Y"], rng), date=j.date)
    work, lo, hi = rng.choice(PAINTINGS[2:5] + PAINTINGS[7:])
    j.amount = float(rng.randrange(lo, hi, 100))
    fill(p, "Received with thanks from Shri/Smt.", party.split(",")[0])
    fill(p, "of", party.split(", ")[1])
    words = words_in_rupees(j.amount).replace("Rupees ", "")
    fill(p, "the sum of Rupees", words)
    fill(p, "by cash / cheque No.", "cash", method="cash")
    fill(p, "towards", work.split(",")[0] + " painting")
    p.add("gap")
    boxed(p, f"Rs. {num(j.amount, 'indian', 0)}/-", "l", amount=j.amount, status="success")
    p.add("gap")
    right(p, f"For {SANSTHA}")
    p.part = "foot"
    p.add("small", "Receipt valid subject to realisation of cheque.")
    return p.done()


def bill_of_supply(rng, font, j: Job, party, rs) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [740, 780])
    me = rng.choice([KENDRA, KENDRA.upper()])
    letter_head(p, me, "kendra", "BILL OF SUPPLY")
    bill = f"JWK/{fy(j.date)}/{rng.randrange(4, 90):03d}"
    qrow(p, "Bill No.", bill, "Date", when_in(j, DAY_IN[:6], rng), txn=(INVOICE_RANK, bill), date=j.date)
    qrow(p, "Bill to", party)
    p.add("gap")
    spec = [(0.0, 0.46, "l"), (0.46, 0.62, "r"), (0.62, 0.78, "r"), (0.78, 1.0, "r")]
    students = rng.randrange(28, 90)
    lines = [("Workshop, Grade 6 (4 days)", rng.choice([350, 400, 450]))]
    lines.append(("Material kit (cloth, geru)", rng.choice([60, 80, 100])))
    total = float(sum(students * each for _, each in lines))
    cells = [
        ([what, str(students), num(each, "indian", 0), num(students * each)], {}) for what, each in lines
    ]
    cells.append((["Total", "", "", num(total)], {}))
    table(p, "b", spec, ["Particulars", "Students", "Rate", "Amount"], cells)
    j.amount = total
    p.add("small", words_in_rupees(total))
    p.add("small", "GST not charged - workshop by a charitable trust; bill of supply.")
    p.add("rule")
    cheque_day = j.date - dt.timedelta(days=rng.randrange(1, 5))
    p.pair("Cheque received for", rs(j.amount), amount=j.amount, method="cheque")
    p.pair("Cheque No. / dt.", f"{digits(rng, 6)} / {when(cheque_day, '%d.%m.%y')}")
    p.pair("Drawn on", "Bank of Baroda, Powai")
    p.add("center", "CHEQUE RECEIVED - SUBJECT TO REALISATION", status="pending")
    p.part = "foot"
    right(p, f"For {KENDRA}")
    right(p, "Co-ordinator")
    return p.done()


def retail_invoice(rng, font, j: Job, party) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [640, 680])
    rs = money(rng, font, 0.0, marks=("Rs.", "\u20b9", "INR"))
    me = rng.choice([SHOP, SHOP_CAPS])
    letter_head(p, me, "shop", "TAX INVOICE")
    grid(p, "hd", [(0.0, 0.55, "l"), (0.55, 1.0, "r")])
    inv = f"CW/{fy(j.date)}/{rng.randrange(300, 2400):04d}"
    row(
        p,
        "hd",
        f"Invoice No. {inv}",
        f"Date: {when_in(j, DAY_IN[:6], rng)}",
        txn=(INVOICE_RANK, inv),
        date=j.date,
    )
    p.add("left", f"Customer: {party}")
    p.add("rule")
    taxable = 0.0
    for i in rng.sample(range(len(PAINTINGS)), rng.randrange(1, 3)):
        work, lo, hi = PAINTINGS[i]
        price = float(rng.randrange(lo, hi, 100))
        taxable += price
        title = (
            work
            if fits(p, "left", work + " ........ 99,999.00")
            else work.split(",")[0] + ", " + work.split(", ")[-1]
        )
        lead(p, title, num(price))
        p.add("small", "HSN 9701  |  hand-painted by the Warli artists of Ganjad")
    p.add("rule")
    lead(p, "Taxable value", rs(taxable))
    total = gst_rows(p, rs, taxable, 12, False, leaders=True)
    j.amount = total
    lead(p, "Total", rs(total))
    lead(
        p, "Paid by card", f"{rng.choice(['VISA', 'MASTERCARD', 'AMEX'])} {masked(rng, font)}", method="card"
    )
    appr = digits(rng, 6)
    lead(p, "Approval code", appr, txn=(APPR_RANK, appr))
    lead(p, "Amount paid", rs(total), amount=j.amount)
    p.add("center", "PAID - THANK YOU, VISIT US AGAIN", status="success")
    p.part = "foot"
    p.add(
        "small", "Each painting comes with a signed certificate of the artist. No exchange on framed works."
    )
    right(p, f"For {SHOP}")
    return p.done()


def failed_checkout(rng, font, j: Job, party) -> tuple[list, dict, dict]:
    rs = money(rng, font, 0.0, marks=("Rs.", "\u20b9", "INR"))
    p = browser_page(rng, font, f"chowkwarli.in/checkouts/{code(rng, 16, HEXA)}/payment")
    p.part = "head"
    me = rng.choice([SHOP, SHOP_CAPS])
    top(p, me, merchant=me)
    p.add("small", "Cart  >  Information  >  Shipping  >  Payment")
    p.add("rule")
    p.part = "body"
    outcome_row(p, "failed", {"failed": ["Your payment could not be processed", "Payment failed"]})
    p.add("small", "Your order has not been placed. Your cart is saved - you can try again.")
    p.add("rule")
    sub = 0.0
    for i in rng.sample(range(len(PAINTINGS)), rng.randrange(1, 3)):
        work, lo, hi = PAINTINGS[i]
        price = float(rng.randrange(lo, hi, 100))
        sub += price
        p.pair(work.split(",")[0] + " x 1", rs(price))
    ship = float(rng.choice([0, 250, 400]))
    p.pair("Subtotal", rs(sub))
    p.pair("Shipping", rs(ship) if ship else "Free")
    j.amount = sub + ship
    p.pair("Total (INR, incl. GST)", rs(j.amount), amount=j.amount)
    p.add("rule")
    p.pair("Payment method", "UPI - PayU", method="UPI")
    p.pair("Attempted on", day_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    p.pair("Reason", "Declined by your bank")
    p.pair("Ship to", party.split(", ")[0])
    p.add("center", "Try again   |   Use another payment method")
    p.part = "foot"
    p.add("small", f"{SHOP}  |  hello@chowkwarli.in  |  Money debited, if any, is refunded in 5-7 days.")
    return p.done()


def donation_receipt(rng, font, j: Job, party) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    me = rng.choice([SANSTHA, SANSTHA_CAPS])
    top(p, fit_name(p, "title", [me, SANSTHA]), merchant=me)
    p.add("small", REGD)
    p.add("small", f"{STUDIO}, Ganjad, Tal. Dahanu, Dist. Palghar - 401602  |  PAN AABTD{digits(rng, 4)}F")
    p.part = "body"
    p.add("gap")
    start = box_from(p)
    p.add("center", "DONATION RECEIPT")
    grid(p, "dn", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    rno = f"80G/{fy(j.date)}/{rng.randrange(10, 400):03d}"
    row(p, "dn", f"No. {rno}", f"Date: {when_in(j, DAY_IN[:6], rng)}", txn=(INVOICE_RANK, rno), date=j.date)
    p.add("gap")
    p.add("center", "Received with thanks from")
    p.add("center", party.split(", ")[0])
    p.add("small", f"{', '.join(party.split(', ')[1:])}  |  PAN XXXXX{digits(rng, 4)}{code(rng, 1, UPPER)}")
    p.add("center", "the sum of")
    p.add("gap")
    j.amount = float(rng.choice([2501, 5001, 11000, 21000, 25000, 51000]))
    boxed(p, f"{sign(font, chr(0x20B9), 'Rs.')} {num(j.amount, 'indian', 0)}/-", "c", amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    p.add("center", "by UPI towards the Warli artists' welfare fund", method="UPI")
    p.add("center", f"UPI ref. {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("gap")
    approval = dt.date(2021, rng.randrange(1, 13), rng.randrange(1, 28))
    p.add(
        "small", "Donations to the Sanstha are eligible for deduction u/s 80G(5) of the Income-tax Act, 1961,"
    )
    p.add(
        "small",
        f"vide approval No. AABTD{digits(rng, 4)}FF2021{digits(rng, 2)} dated {when(approval, '%d-%m-%Y')}.",
    )
    box_to(p, start, radius=0)
    p.add("gap")
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.part = "foot"
    right(p, "Treasurer")
    return p.done()


def thermal_receipt(rng, font, j: Job, party) -> tuple[list, dict, dict]:
    """The Kendra's receipt off a 58 mm thermal printer."""
    p = screen(rng, font, width=rng.choice([400, 420]), size=rng.choice([16, 17]))
    paper(p, rng)
    p.part = "head"
    name = fit_name(p, "center", [KENDRA.upper(), KENDRA, "JAWHAR WARLI KALA KENDRA"])
    p.add("center", name, merchant=name)
    p.add("small", "Kasatwadi, Jawhar 401603")
    p.add("small", f"Ph {phone(rng)}")
    p.add("rule")
    p.part = "body"
    rno = f"{rng.randrange(1, 999):04d}"
    p.pair("Rcpt:", rno, txn=(INVOICE_RANK, rno))
    p.pair("Dt:", when_in(j, ["%d/%m/%y", "%d-%m-%Y"], rng), date=j.date)
    p.add("rule")
    seats = 2
    each = float(rng.choice([800, 900, 1000]))
    p.add("left", "WARLI WORKSHOP (SAT)")
    p.pair(f"  {seats} x {each:.2f}", f"{seats * each:.2f}")
    kit = float(rng.choice([0, 150, 200]))
    if kit:
        p.add("left", "MATERIAL KIT")
        p.pair(f"  {seats} x {kit:.2f}", f"{seats * kit:.2f}")
    j.amount = seats * (each + kit)
    p.add("rule")
    p.pair("TOTAL", f"{j.amount:.2f}")
    p.pair("UPI", f"{j.amount:.2f}", amount=j.amount, method="UPI")
    p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.add("center", "PAID - SEE YOU AT THE KENDRA", status="success")
    p.part = "foot"
    p.add("small", "No GST - charitable trust")
    return p.done()


def web_invoice(rng, font, j: Job, party) -> tuple[list, dict, dict]:
    p = paper_page(rng, font, [760, 800])
    rs = money(rng, font, 0.0, marks=("Rs.", "\u20b9", "INR"))
    me = rng.choice([SHOP, SHOP_CAPS])
    letter_head(p, me, "shop", "TAX INVOICE")
    order = f"CW-{rng.randrange(10200, 19999)}"
    inv = f"CW/{fy(j.date)}/W{rng.randrange(100, 900):03d}"
    ship_day = j.date + dt.timedelta(days=rng.randrange(1, 4))
    qrow(p, "Order No.", order, "Order date", when(j.date, "%d/%m/%Y"), split=0.22)
    qrow(
        p, "Invoice No.", inv, "Invoice date", when(ship_day, "%d/%m/%Y"), split=0.22, txn=(INVOICE_RANK, inv)
    )
    qrow(p, "Bill / Ship to", f"{party}", split=0.22)
    qrow(p, "Place of supply", "Delhi (07)", split=0.22)
    p.add("gap")
    spec = [(0.0, 0.4, "l"), (0.4, 0.52, "l"), (0.52, 0.6, "r"), (0.6, 0.8, "r"), (0.8, 1.0, "r")]
    taxable = 0.0
    lines = []
    for i in rng.sample(range(len(PAINTINGS)), rng.randrange(1, 3)):
        work, lo, hi = PAINTINGS[i]
        price = float(rng.randrange(lo, hi, 100))
        base = round(price / 1.12, 2)
        taxable += base
        lines.append(([work.split(",")[0], "9701", "1", num(base), num(round(price - base, 2))], {}))
    table(p, "w", spec, ["Description", "HSN", "Qty", "Taxable", "IGST 12%"], lines)
    ship = float(rng.choice([0, 250]))
    total = float(round(taxable * 1.12 + ship))
    j.amount = total
    if ship:
        p.pair("Shipping", rs(ship))
    p.pair("Grand total", rs(total))
    p.add("small", words_in_rupees(total))
    p.add("gap")
    start = box_from(p)
    p.add("left", "Payment")
    p.pair("Prepaid via", "PayU - UPI", method="UPI")
    p.pair("Amount received", rs(total), amount=j.amount)
    p.pair("Paid on", when(j.date, rng.choice(["%d/%m/%Y", "%d-%b-%Y"])), date=j.date)
    payu = digits(rng, 11)
    p.pair("PayU ID", payu, txn=(TXN_RANK, payu))
    p.pair("Bank ref. (UPI)", j.ref, txn=(UTR_RANK, j.ref))
    box_to(p, start, radius=0)
    p.add("gap")
    p.add("center", "PREPAID - NOTHING TO PAY ON DELIVERY", status="success")
    p.part = "foot"
    p.add(
        "small",
        "Shipped from Kala Ghoda, Mumbai. Paintings are rolled in a tube; unroll slowly at room temperature.",
    )
    right(p, f"For {SHOP} - Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 5. cloth, paper, geru, frames, brushes


# name, line, address, GST state code, tag, layout, the way paid
SUPPLIERS = [
    (
        "Bhiwandi Cotton Canvas Traders",
        "Cotton canvas, khadi and grey cloth for painting",
        "Kalyan Road, Bhiwandi, District Thane - 421302",
        "27",
        "BCC",
        "tally",
        "NEFT",
    ),
    (
        "Sanganer Handmade Paper Udyog",
        "Handmade cotton rag paper, 150 to 300 gsm",
        "Sanganer, Jaipur - 302029, Rajasthan",
        "08",
        "SHP",
        "ledger",
        "NEFT",
    ),
    (
        "Dahanu Geru and Mati Bhandar",
        "Geru, clay and gum for Warli walls",
        "Irani Road, Dahanu - 401601",
        "27",
        "DGM",
        "memo",
        "cash",
    ),
    (
        "Sai Art Framers",
        "Frames, mounts and canvas stretching",
        "Sitaram Mill Compound, Lower Parel, Mumbai - 400013",
        "27",
        "SAF",
        "challan",
        "cheque",
    ),
    (
        "Vasai Bamboo Works",
        "Bamboo sticks, brushes and trays",
        "Papdy, Vasai West - 401207",
        "27",
        "VBW",
        "whatsapp",
        "UPI",
    ),
    (
        "Ghatkopar Tube and Carton Co.",
        "Mailing tubes, cartons and bubble wrap",
        "LBS Marg, Ghatkopar West, Mumbai - 400086",
        "27",
        "GTC",
        "tally",
        "cheque",
    ),
    (
        "Kala Print Studio",
        "Catalogues, fine art prints and certificates",
        "Wagle Estate, Thane West - 400604",
        "27",
        "KPS",
        "ledger",
        "RTGS",
    ),
    (
        "Palghar Scaffolding Hire",
        "Scaffolding, ladders and platforms on hire",
        "Station Road, Palghar West - 401404",
        "27",
        "PSH",
        "hire",
        "UPI",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLIES = {
    "BCC": [
        ("Cotton canvas, 60 in wide", "5208", "mtr", 140, 260, 5, 40, 160),
        ("Khadi cloth, 44 in", "5208", "mtr", 90, 160, 5, 40, 160),
    ],
    "SHP": [
        ("Handmade paper 22 x 30 in, 300 gsm", "4802", "sheets", 38, 75, 12, 200, 900),
        ("Handmade paper 15 x 22 in, 150 gsm", "4802", "sheets", 16, 34, 12, 300, 1200),
    ],
    "DGM": [
        ("Geru (red ochre)", "", "kg", 40, 70, 0, 10, 40),
        ("Gum arabic", "", "kg", 380, 520, 0, 1, 4),
        ("Cow-dung cakes", "", "bags", 120, 200, 0, 2, 6),
    ],
    "SAF": [
        ("Teak frame with glass, 24 x 18 in", "4414", "nos", 900, 1600, 18, 4, 16),
        ("Canvas stretching, 36 x 24 in", "9988", "nos", 250, 450, 18, 4, 20),
        ("Mount board, double", "4823", "nos", 120, 240, 18, 6, 30),
    ],
    "VBW": [("Bamboo brushes", "", "pcs", 4, 9, 0, 100, 400)],
    "GTC": [
        ("Mailing tube, 3 in x 40 in", "4822", "pcs", 38, 70, 18, 100, 600),
        ("5-ply carton, 40 x 30 x 4 in", "4819", "pcs", 60, 110, 18, 50, 300),
    ],
    "KPS": [
        ("Catalogue, 24 pages, art paper", "4911", "pcs", 60, 95, 18, 1500, 3000),
        ("Certificate of authenticity cards", "4911", "pcs", 6, 14, 18, 1000, 5000),
    ],
    "PSH": [
        ("Scaffolding set, 6 m", "9973", "sets", 250, 400, 18, 1, 4),
        ("Aluminium ladder, 12 ft", "9973", "nos", 80, 150, 18, 1, 3),
    ],
}
SUPPLIER_STAMPS = {
    "BCC": "BHIWANDI COTTON CANVAS",
    "SAF": "SAI ART FRAMERS",
    "GTC": "GHATKOPAR TUBE & CARTON",
    "PSH": "PALGHAR SCAFFOLDING",
}


def supply_lots(rng: random.Random, tag: str) -> list[tuple[str, str, str, int, float, int]]:
    picks = SUPPLIES[tag] if len(SUPPLIES[tag]) < 3 else rng.sample(SUPPLIES[tag], 2)
    lots = []
    for item, hsn, unit, lo, hi, g, qlo, qhi in picks:
        qty = rng.randrange(qlo, qhi + 1, 10 if qhi >= 100 else 1)
        rate = float(rng.randrange(lo, hi))
        lots.append((item, hsn, unit, qty, rate, g))
    return lots


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Bhiwandi cloth trader, a Sanganer handmade paper maker, a Dahanu geru shop, a Lower Parel framer, a
    Vasai bamboo works, a Ghatkopar tube and carton maker, a Thane printer and a Palghar scaffolding hirer
    paid by the Sanstha: in six layouts, each new here: a Tally-style TAX INVOICE in boxes (Tax Invoice over
    the supplier's block, a boxed form of Invoice No. | Dated, Mode/Terms of Payment | Buyer's Order No.,
    Buyer (Bill to), a boxed table of Sl | Description of Goods | HSN/SAC | Quantity | Rate | Amount, the
    GST, Total, Amount Chargeable (in words), then a PAYMENT box: Received by NEFT / Cheque returned unpaid,
    UTR or Cheque No., Received on / Returned on); a supplier's e-mail with its ledger (Statement of account,
    a table of Date | Particulars | Vch Type | Debit | Credit, the payment on the row "By NEFT / RTGS -
    UTR <utr>" in the Credit column, the Closing balance); a geru shop's CASH MEMO filled in by hand (No.
    left blank, Date, M/s, a ruled table of Qty | Particulars | Rate | Amount in the hand, Total, Received
    with thanks); a framer's DELIVERY CHALLAN CUM INVOICE (a boxed form, a boxed table of Sr | Description |
    Qty | Rate | Amount, Received the above goods in good condition, the cheque received subject to
    realisation, the framer's stamp); a bamboo works' WhatsApp message that it received the money; a
    scaffolding HIRE INVOICE as a form (the labels set to the right with a colon) over a boxed table of Item |
    Qty | Days | Rate/day | Amount, Paid by UPI."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4)
    maker, line, addr, state, tag, layout, way = SUPPLIERS[k]
    rs = slash_rs(rng, font, ("Rs.", "\u20b9", "Rs", "INR"))
    inter = state != "27"
    lots = supply_lots(rng, tag)
    taxable = round(sum(qty * rate for _, _, _, qty, rate, _ in lots), 2)
    tax = round(sum(qty * rate * g / 100 for *_, qty, rate, g in lots), 2)
    if not inter:
        tax = 2 * round(tax / 2, 2)
    total = float(round(taxable + tax))
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(12, 990):03d}"
    inv_day = earlier(rng, j, 5, 40)
    name = maker.upper() if rng.random() < 0.3 else maker
    if layout == "whatsapp":
        j.amount = total
        text = (
            f"Namaskar! Received Rs.{num(total, 'indian', 0)}/- from {SHORT} by UPI for "
            f"{lots[0][3]} bamboo brushes. UPI ref {j.ref}. Thank you - {maker}"
        )
        p = wa_page(rng, font, maker, text, None, ["View catalogue", "Order again"])
        p.add(
            "left",
            text,
            merchant=maker,
            amount=j.amount,
            method="UPI",
            txn=(UTR_RANK, j.ref),
            status="success",
        )
        return p.done()
    if layout == "ledger":
        if way == "RTGS" and total < 200000:
            way = "NEFT"
        return supplier_ledger(rng, font, j, maker, line, addr, state, inv, inv_day, total, way)
    p = paper_page(rng, font, [760, 800])
    if layout == "tally":
        p.part = "head"
        p.add("center", "Tax Invoice")
        p.part = "body"
        start = box_from(p)
        shown = fit_name(p, "title", [name, maker])
        top(p, shown, merchant=shown)
        p.add("small", addr)
        p.add("small", f"GSTIN/UIN: {gstin(rng, state)}  |  State Name: Maharashtra, Code: 27")
        box_to(p, start, radius=0)
        p.add("gap")
        qrow(
            p,
            "Invoice No.",
            inv,
            "Dated",
            when(inv_day, rng.choice(["%d-%b-%y", "{d}-%b-%Y"])),
            split=0.22,
            txn=(INVOICE_RANK, inv),
        )
        qrow(p, "Mode/Terms", "30 days", "Buyer's Order", f"DWS/PO/{rng.randrange(10, 99)}", split=0.22)
        qrow(p, "Buyer (Bill to)", f"{SANSTHA}, Ganjad, Dahanu", split=0.22)
        p.add("gap")
        spec = [
            (0.0, 0.06, "l"),
            (0.06, 0.44, "l"),
            (0.44, 0.54, "l"),
            (0.54, 0.68, "r"),
            (0.68, 0.8, "r"),
            (0.8, 1.0, "r"),
        ]
        lines = [
            ([str(n), item, hsn, f"{qty} {unit}", num(rate), num(qty * rate)], {})
            for n, (item, hsn, unit, qty, rate, g) in enumerate(lots, 1)
        ]
        table(p, "t", spec, ["Sl", "Description of Goods", "HSN", "Quantity", "Rate", "Amount"], lines)
        rates = sorted({g for *_, g in lots})
        half = round(tax / 2, 2)
        p.pair(f"CGST @ {rates[0] / 2:g}%", rs(half))
        p.pair(f"SGST @ {rates[0] / 2:g}%", rs(half))
        if abs(total - taxable - tax) >= 0.01:
            p.pair("Round off", f"{total - taxable - tax:+.2f}")
        p.pair("Total", rs(total))
        label(p, "Amount Chargeable (in words)")
        p.add("left", f"INR {words_in_rupees(total)[7:]}")
        j.amount = total
        p.add("gap")
        start = box_from(p)
        p.add("left", "PAYMENT")
        if way == "cheque":
            p.pair("Cheque returned unpaid", rs(total), amount=j.amount, method="cheque")
            cheque_day = earlier(rng, j, 3, 9)
            p.pair("Cheque No. / dt.", f"{digits(rng, 6)} / {when(cheque_day, '%d-%m-%y')}")
            p.pair("Returned on", when_in(j, DAY_IN[:6], rng), date=j.date)
            p.pair("Reason", "Funds insufficient")
            word = "CHEQUE RETURNED - PLEASE PAY BY NEFT WITH BANK CHARGES"
        else:
            p.pair("Received by NEFT", rs(total), amount=j.amount, method="netbanking")
            ref = bank_ref(rng, j, rng.choice(BANKS[:6]), "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
            p.pair("Received on", when_in(j, DAY_IN[:6], rng), date=j.date)
            word = "PAYMENT RECEIVED IN FULL - THANK YOU"
        box_to(p, start, radius=0)
        p.add("gap")
        p.add("center", word, status=status)
        p.part = "foot"
        p.add(
            "small",
            "Declaration: We declare that this invoice shows the actual price of the goods described.",
        )
        right(p, f"for {maker}")
        right(p, "Authorised Signatory")
        p.add("small", "This is a Computer Generated Invoice")
        return p.done()
    p.part = "head"
    shown = fit_name(p, "title", [name, maker])
    top(p, shown, merchant=shown)
    p.add("small", line)
    p.add("small", addr)
    if layout != "memo":
        p.add("small", f"GSTIN: {gstin(rng, state)}  |  Mob. {phone(rng)}")
    else:
        p.add("small", f"Prop. {rng.choice(['Ramesh Dhodi', 'Suresh Vartha'])}  |  Mob. {phone(rng)}")
    p.add(
        "center",
        {"memo": "CASH MEMO", "challan": "DELIVERY CHALLAN CUM INVOICE", "hire": "HIRE INVOICE"}[layout],
    )
    p.add("rule")
    p.part = "body"
    if layout == "memo":
        j.amount = total
        pen_face(p)
        fill(p, "No.", "", "Date", when_in(j, ["{d}/{m}/%y", "{d}/{m}/%Y", "{d}-{m}-%y"], rng), date=j.date)
        fill(p, "M/s", f"{SHORT}, Ganjad")
        p.add("gap")
        spec = [(0.0, 0.14, "c"), (0.14, 0.6, "l"), (0.6, 0.78, "r"), (0.78, 1.0, "r")]
        grid(p, "cmh", spec, head=True, ruled=True, group="cm")
        grid(p, "cmr", spec, ruled=True, group="cm", pen=True)
        row(p, "cmh", "Qty", "Particulars", "Rate", "Amount")
        for item, _, unit, qty, rate, _ in lots:
            row(p, "cmr", f"{qty} {unit}", item, f"{rate:g}", f"{qty * rate:g}/-")
        row(p, "cmr", "", "", "Total", f"{total:g}/-", amount=j.amount)
        p.add("gap")
        fill(p, "Rupees", words_in_rupees(total).replace("Rupees ", ""))
        p.add("left", "Received with thanks in cash.", method="cash", status="success")
        p.part = "foot"
        p.add("small", "E. & O.E.  Goods once sold will not be taken back.")
        right(p, f"For {maker}")
        return p.done()
    if layout == "challan":
        j.amount = total
        challan = f"SAF/{rng.randrange(100, 900)}"
        qrow(
            p,
            "Challan No.",
            challan,
            "Date",
            when_in(j, DAY_IN[:6], rng),
            txn=(INVOICE_RANK, challan),
            date=j.date,
        )
        qrow(p, "To", f"{SHOP}, Kala Ghoda")
        p.add("gap")
        spec = [(0.0, 0.07, "l"), (0.07, 0.55, "l"), (0.55, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")]
        lines = [
            ([str(n), item, str(qty), num(rate), num(qty * rate)], {})
            for n, (item, _, _, qty, rate, _) in enumerate(lots, 1)
        ]
        table(p, "d", spec, ["Sr", "Description", "Qty", "Rate", "Amount"], lines)
        p.pair("Taxable value", rs(taxable))
        p.pair("GST @ 18% (CGST 9% + SGST 9%)", rs(tax))
        p.pair("Total", rs(total))
        p.add("small", "Received the above goods in good condition.")
        grid(p, "sig", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], soft=True)
        row(p, "sig", "Receiver's signature", f"For {maker}")
        p.add("rule")
        cheque_day = j.date - dt.timedelta(days=rng.randrange(0, 3))
        p.pair("Cheque received for", rs(total), amount=j.amount, method="cheque")
        p.pair("Cheque No. / dt.", f"{digits(rng, 6)} / {when(cheque_day, '%d.%m.%Y')}")
        p.pair("Bank", "Saraswat Co-op Bank, Fort")
        p.add("center", "CHEQUE RECEIVED - SUBJECT TO REALISATION", status="pending")
        p.part = "foot"
        rubber(p, [SUPPLIER_STAMPS[tag], "LOWER PAREL", "DELIVERED"], "blue")
        return p.done()
    at = 0.3
    hire = f"PSH/{fy(j.date)}/{rng.randrange(20, 400):03d}"
    form(p, "Invoice No.", hire, at=at, txn=(INVOICE_RANK, hire))
    form(p, "Invoice date", when(inv_day, "%d/%m/%Y"), at=at)
    form(p, "Hirer", f"{SANSTHA}", at=at)
    form(p, "Site", "Godavari Specialty Chemicals, MIDC Tarapur (mural)", at=at)
    start = inv_day - dt.timedelta(days=rng.randrange(10, 20))
    form(p, "Hire period", f"{when(start, '%d/%m')} to {when(inv_day, '%d/%m/%Y')}", at=at)
    p.add("gap")
    spec = [(0.0, 0.4, "l"), (0.4, 0.5, "r"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
    days = (inv_day - start).days
    lines = [
        ([item, str(qty), str(days), num(rate), num(qty * days * rate)], {})
        for item, _, _, qty, rate, _ in lots
    ]
    table(p, "h", spec, ["Item", "Qty", "Days", "Rate/day", "Amount"], lines)
    taxable = sum(qty * days * rate for _, _, _, qty, rate, _ in lots)
    p.pair("Taxable value", rs(taxable))
    total = gst_rows(p, rs, taxable, 18, False)
    p.pair("Total", rs(total))
    deposit = float(rng.choice([0, 2000, 3000]))
    if deposit:
        p.pair("Less: Security deposit adjusted", rs(deposit))
    j.amount = round(total - deposit, 2)
    p.add("rule")
    p.pair("Paid by UPI", rs(j.amount), amount=j.amount, method="UPI")
    p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Payment date", when_in(j, DAY_IN[:6], rng), date=j.date)
    p.add("center", "PAID - THANK YOU", status="success")
    p.part = "foot"
    right(p, f"For {maker}")
    return p.done()


def supplier_ledger(
    rng, font, j: Job, maker, line, addr, state, inv, inv_day, total, way
) -> tuple[list, dict, dict]:
    """A supplier's e-mail: thanks for the payment and its ledger, the payment a credit row."""
    short = maker.split(" ")[0].lower()
    p = mail_page(
        rng,
        font,
        f"{maker} <accounts@{short}{'paper' if 'Paper' in maker else 'print'}.in>",
        ["Payment received - statement of account", "Thank you for your payment"],
    )
    p.part = "head"
    top(p, fit_name(p, "title", [maker, maker.replace(" Udyog", "")]), merchant=maker)
    p.add("small", f"{line}  |  {addr}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir,")
    p.add(
        "left", "Thank you for your payment. We enclose your statement of account with us.", status="success"
    )
    p.add("center", f"Statement of account - {SANSTHA}")
    begin = dt.date(j.date.year if j.date.month >= 4 else j.date.year - 1, 4, 1)
    p.add("small", f"{when(begin, '{d} %b %Y')} to {when(j.date, '{d} %b %Y')}")
    rs = money(rng, font, 0.0, marks=("Rs.", "INR"))
    opening = float(rng.randrange(0, 40000, 100)) if (inv_day - begin).days > 20 else 0.0
    ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
    j.amount = total
    spec = [(0.0, 0.13, "l"), (0.13, 0.57, "l"), (0.57, 0.68, "l"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
    lines = [([when(begin, "%d-%m-%y"), "Opening balance", "", num(opening) if opening else "0.00", ""], {})]
    if opening:
        part = begin + dt.timedelta(days=rng.randrange(1, (inv_day - begin).days))
        lines.append(([when(part, "%d-%m-%y"), f"By {way} - part", "Receipt", "", num(opening)], {}))
    lines.append(([when(inv_day, "%d-%m-%y"), f"To Sales - {inv}", "Sales", num(total), ""], {}))
    lines.append(
        (
            [when(j.date, "%d-%m-%y"), f"By {way} - {ref}", "Receipt", "", num(total)],
            {"date": j.date, "txn": (UTR_RANK, ref), "method": "netbanking", "amount": j.amount},
        )
    )
    table(p, "l", spec, ["Date", "Particulars", "Vch Type", "Debit", "Credit"], lines, ruled=False)
    p.add("rule")
    p.pair("Closing balance", f"{rs(0.0)} (Nil)")
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", f"Accounts, {maker}")
    p.part = "foot"
    p.add("small", "Please confirm the balance within 15 days, failing which it is taken as confirmed.")
    return p.done()


# ---------------------------------------------------------------- 6. contractors: net banking, the branch


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Shree Sai Scaffolding Contractors", "Mural scaffolding and labour - Tarapur", 18000, 65000),
    ("Mrs. Nirmala Shah", "Rent - Kala Ghoda shop, this month", 55000, 90000),
    ("Kulkarni Joshi and Associates", "Audit fee 2025-26 - trust accounts", 25000, 60000),
    ("Pixelwarli Web Studio", "Web shop upkeep - quarterly", 15000, 45000),
    ("Konkan Road Carriers", "Freight - paintings Dahanu to Mumbai", 6000, 24000),
    ("Lightbox Photo Studio", "Catalogue photography - 120 works", 20000, 70000),
    ("Kala Ghoda Stall Fabricators", "Stall at the Kala Ghoda Arts Festival", 40000, 140000),
    ("Jawhar Annapurna Caterers", "Workshop lunches - 3 days, 90 persons", 12000, 40000),
]
XFER_LAYOUT = ["report", "counterfoil", "modal", "mail", "report", "modal", "mail", "counterfoil"]
XFER_BANKS = {
    "report": "HDFC Bank",
    "counterfoil": "State Bank of India",
    "modal": "Saraswat Co-operative Bank",
    "mail": "Bank of Baroda",
}


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sanstha paying its scaffolding contractor, the shop's landlady, its auditors, the web studio, the
    carrier, the photographer, the festival stall fabricator and the Jawhar caterer: in four layouts, each new
    here: HDFC Bank's Transaction status report (a boxed table of one row: Txn date | Beneficiary | Amount
    (INR) | Mode | Status, then UTR No., Host reference No., Debit account, Beneficiary A/c / IFSC, Remarks,
    Initiated by / Authorised by); State Bank of India's NEFT / RTGS application counterfoil filled in by hand
    at the Dahanu Road branch (Date, Remitter's name, Beneficiary's name, Bank and branch, IFSC, Amount (Rs.),
    Rupees, Mode, Cheque No., UTR No.) under the branch's stamp; Saraswat Bank's confirmation box over its
    corporate page (a card of a form: Transaction type, From account, Beneficiary, Amount, Charges, Reference
    No., UTR, Date and time, Status); Bank of Baroda's e-mail that tells the transfer in one sentence ("Your
    fund transfer request No. x of INR y to <payee> (A/c ...) ... has been processed successfully on <day> at
    <hour>. The UTR is <utr>." or that it was returned)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(4,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=low, high=high)
    if k == 6:
        move(j, rng, FEST_START - dt.timedelta(days=rng.randrange(3, 29)))
    layout = XFER_LAYOUT[k]
    bank = XFER_BANKS[layout]
    who = who.upper() if rng.random() < 0.35 else who
    way = neft_way(rng, j.amount) if status != "failed" else "NEFT"
    ben = rng.choice(BANKS[:8])
    ben_ifsc = f"{IFSC[ben]}0{digits(rng, 6)}"
    own = f"XXXXXXX{digits(rng, 4)}"
    theirs = f"XXXXXX{digits(rng, 4)}"
    utr = "" if status == "pending" else bank_ref(rng, j, bank, way)
    rs = money(rng, font, 0.4, marks=("INR", "Rs.", "\u20b9"))
    if layout == "counterfoil":
        j.amount = float(round(j.amount))
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = bank_ref(rng, j, bank, way)
        return counterfoil(rng, font, j, who, ben, ben_ifsc, own, theirs, utr, way)
    if layout == "mail":
        p = mail_page(
            rng,
            font,
            "bob World Business <alerts@bankofbaroda.co.in>",
            {
                "success": ["Fund transfer processed", "Your NEFT request is processed"],
                "failed": ["Fund transfer returned", "Your NEFT request could not be completed"],
            }[status],
        )
        p.part = "head"
        top(p, "Bank of Baroda")
        p.add("small", "bob World Business  |  Corporate internet banking")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        req = digits(rng, 10)
        at = hhmm(rng, twelve=False)
        day = when_in(j, ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y"], rng)
        facts = {
            "merchant": who,
            "amount": j.amount,
            "method": "netbanking",
            "status": status,
            "date": j.date,
        }
        if status == "success":
            text = (
                f"Your fund transfer request No. {req} of INR {num(j.amount)} to {who} (A/c {theirs}, IFSC "
                f"{ben_ifsc}) from your account {own} has been processed successfully on {day} at {at}. "
                f"The UTR is {utr}."
            )
        else:
            text = (
                f"Your fund transfer request No. {req} of INR {num(j.amount)} to {who} (A/c {theirs}, IFSC "
                f"{ben_ifsc}) from your account {own} was returned by the beneficiary's bank on {day}: the "
                f"account is closed. The amount has been credited back to your account. Ref. {utr}."
            )
        facts["txn"] = (UTR_RANK, utr)
        p.add("left", text, **facts)
        p.add("left", f"Mode: {way}  |  Remarks: {note}")
        p.add("gap")
        p.add("left", "If you did not initiate this, please call 1800 5700 at once.")
        p.add("left", "Regards, Bank of Baroda")
        p.part = "foot"
        p.add("small", "This is a system-generated e-mail. Please do not reply.")
        return p.done()
    if layout == "report":
        p = browser_page(rng, font, "netbanking.hdfcbank.com/corp/txn/status-report")
        p.part = "head"
        top(p, "HDFC Bank")
        p.add("small", "NetBanking for business  |  Transaction status report")
        p.add("rule")
        p.part = "body"
        p.add(
            "left",
            f"Corporate: {SANSTHA_CAPS}"
            if fits(p, "left", f"Corporate: {SANSTHA_CAPS}")
            else f"Corporate: {SHORT}",
        )
        p.add("gap")
        spec = [(0.0, 0.18, "l"), (0.18, 0.5, "l"), (0.5, 0.69, "r"), (0.69, 0.8, "l"), (0.8, 1.0, "l")]
        word = {"success": "Success", "pending": "Pending auth."}[status]
        face = load_font(font, int(p.style["size"] * 0.88))
        shown = who
        while face.getlength(shown) > 0.32 * (p.style["width"] - 2 * MARGIN) - 16:
            shown = shown[:-1].rstrip()
        cells = [when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng), shown, num(j.amount), way, word]
        table(
            p,
            "r",
            spec,
            ["Txn date", "Beneficiary", "Amount (INR)", "Mode", "Status"],
            [
                (
                    cells,
                    {
                        "date": j.date,
                        "merchant": shown,
                        "amount": j.amount,
                        "method": "netbanking",
                        "status": status,
                    },
                )
            ],
        )
        p.add("gap")
        if utr:
            p.pair("UTR No.", utr, txn=(UTR_RANK, utr))
        host = f"{rng.choice(['HB', 'NB'])}{digits(rng, 12)}"
        p.pair("Host reference No.", host, txn=(BANK_RANK, host))
        p.pair("Debit account", own)
        p.pair("Beneficiary A/c / IFSC", f"{theirs} / {ben_ifsc}")
        p.pair("Remarks", note if fits(p, "pair", f"Remarks {note}  ") else note.split(" - ")[0])
        p.pair("Initiated by / Authorised by", f"ACCTS01 / {'-' if status == 'pending' else 'SECY01'}")
        if status == "pending":
            p.add("small", "The transaction is awaiting the authoriser's approval and has not been debited.")
        p.part = "foot"
        p.add(
            "small",
            "Report generated by HDFC Bank NetBanking. Subject to realisation at the beneficiary bank.",
        )
        return p.done()
    p = browser_page(rng, font, "cib.saraswatbank.com/corporate/payments/ft-confirm")
    p.part = "head"
    top(p, "Saraswat Bank")
    p.add("small", "Corporate Internet Banking  |  Accounts   Payments   Approvals   Reports")
    p.add("rule")
    p.part = "body"
    p.add("small", "Payments  >  Fund transfer  >  Confirmation")
    p.add("gap")
    start = box_from(p)
    p.add("center", "Transaction confirmation")
    p.add("rule")
    at = 0.36
    form(p, "Transaction type", f"{way} - other bank", at=at, method="netbanking")
    form(p, "From account", f"{own} - {SHORT}", at=at)
    form(p, "Beneficiary", who, at=at, merchant=who)
    form(p, "Amount", rs(j.amount), at=at, amount=j.amount)
    form(p, "Charges", rs({"NEFT": 5.9, "IMPS": 11.8, "RTGS": 29.5}[way]), at=at)
    if not j.no_ref:
        bref = f"SRC{digits(rng, 11)}"
        form(p, "Reference No.", bref, at=at, txn=(BANK_RANK, bref))
    form(p, "UTR", utr, at=at, txn=(UTR_RANK, utr))
    if not j.no_day:
        form(
            p,
            "Date and time",
            f"{when_in(j, ['%d-%m-%Y', '%d/%m/%Y'], rng)} {hhmm(rng, twelve=False, seconds=True)}",
            at=at,
            date=j.date,
        )
    form(p, "Status", "Successful", at=at, status="success")
    p.add("gap")
    p.add("center", "OK          Print          Download")
    box_to(p, start)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Saraswat Co-operative Bank Ltd (Scheduled Bank)")
    return p.done()


def counterfoil(rng, font, j: Job, who, ben, ben_ifsc, own, theirs, utr, way) -> tuple[list, dict, dict]:
    """State Bank of India's NEFT / RTGS application counterfoil filled in by hand, under the branch's "
    "stamp."""
    p = paper_page(rng, font, [720, 760])
    pen_face(p)
    p.part = "head"
    top(p, "STATE BANK OF INDIA")
    p.add("small", "Dahanu Road Branch (Branch code 01234)")
    p.add("center", "NEFT / RTGS APPLICATION - CUSTOMER'S COUNTERFOIL")
    p.add("rule")
    p.part = "body"
    fill(p, "Date", when_in(j, ["{d}/{m}/%Y", "%d/%m/%y", "{d}-{m}-%Y"], rng), date=j.date)
    fill(p, "Remitter's name", SANSTHA)
    fill(p, "Remitter's A/c No.", own)
    fill(p, "Beneficiary's name", who, merchant=who)
    fill(p, "Bank and branch", f"{ben}, Mumbai" if len(ben) < 22 else ben)
    fill(p, "A/c No.", theirs, "IFSC", ben_ifsc)
    fill(p, "Amount (Rs.)", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    words = words_in_rupees(j.amount).replace("Rupees ", "")
    face = load_font(pen_face(p), int(p.style["size"] * 1.08))
    if face.getlength(words) > (p.style["width"] - 2 * MARGIN) * 0.72:
        cut = words.rfind(" ", 0, len(words) // 2 + 8)
        fill(p, "Rupees", words[:cut])
        fill(p, "", words[cut + 1 :])
    else:
        fill(p, "Rupees", words)
    fill(p, "Mode (NEFT / RTGS)", way, method="netbanking")
    fill(p, "Cheque No.", digits(rng, 6))
    if j.no_ref:
        fill(p, "UTR No.", "")
    else:
        fill(p, "UTR No.", utr, txn=(UTR_RANK, utr))
    p.add("gap")
    grid(p, "sig", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], soft=True)
    row(p, "sig", "Signature of the remitter", "Branch seal and signature")
    p.part = "foot"
    p.add("gap", status="success")
    lines = ["STATE BANK OF INDIA", "DAHANU ROAD BR."]
    if not j.no_day:
        lines.append(when(j.date, "%d %b %Y", upper=True))
    lines.append("PROCESSED")
    rubber(p, lines, "blue")
    return p.done()


# ---------------------------------------------------------------- 7. artists, trainers and assistants


# payee, the work, village, frame
WORKERS = [
    ("Sunita Dhangda", "Mural - Konkan Coast Resorts, Bordi", "Ganjad", "mural"),
    ("Sanjay Bhoye", "Workshop trainer", "Jawhar", "honorarium"),
    ("Ramesh Vartha", "Mural assistant", "Kasa", "muster"),
    ("Kamla Wangad", "Paintings for the web shop", "Ganjad", "payout"),
    ("Jayesh Dumada", "Paintings sold at Chowk", "Dhundalwadi", "settlement"),
    ("Sunil Karbat", "Mural - Godavari Specialty Chemicals, Tarapur", "Ganjad", "mural"),
    ("Manisha Bhusara", "Workshop trainer - Northbridge, Pune", "Jawhar", "payout"),
    ("Balu Dhodi", "Paintings sold at the Kala Ghoda Arts Festival", "Chinchale", "settlement"),
]
WORKSHOP_PLACES = [
    "Greenfield International School, Powai",
    "Northbridge Technologies, Hinjewadi",
    "Chowk Warli Art Store, Kala Ghoda",
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sanstha paying its artists for murals by the square foot, a workshop trainer's honorarium, a mural
    assistant's days, artists for paintings sold and by Cashfree payouts: in five layouts, each new here: a
    MURAL WORK - MEASUREMENT AND PAYMENT SHEET (a boxed form of Sheet No. | Paid on, Artist, Site; a boxed
    table of Wall | Size | Area (sq ft) | Rate/sq ft | Amount; Gross, Less: Advance paid at site, Net paid);
    an HONORARIUM RECEIPT the trainer fills in and signs over a revenue stamp (Voucher No. printed; Received
    with thanks from the Sanstha the sum of Rs. ..., towards honorarium for conducting the Warli workshop
    at ..., Name, Date); a MUSTER ROLL CUM WAGE SLIP (Name, Week, a boxed row of the days Mon to Sun marked
    P or A, Days worked x rate, Net wages paid, Paid in cash on); Cashfree's payout page as a boxed form two
    fields to a row (Beneficiary | Bene ID, Transfer ID | Mode, UTR | Requested on, Amount | Status); an
    ARTIST'S SALES SETTLEMENT (Artist, a boxed table of Painting | Sold on | Sale price | Artist's share 70%,
    Less: Cloth and colours advanced, Net paid to artist, Paid by, Paid on)."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 1, low=600, high=16000, p_round=0.9)
    who, work, village, frame = WORKERS[k]
    rs = slash_rs(rng, font, ("Rs.", "\u20b9", "Rs"))
    if frame == "payout":
        return cashfree_payout(rng, font, j, status, who, work)
    if frame == "honorarium":
        return honorarium(rng, font, j, who)
    p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, fit_name(p, "title", [SANSTHA, SANSTHA_CAPS, SHORT]))
    p.add("small", f"{STUDIO}  |  Ganjad, Taluka Dahanu, District Palghar")
    p.add(
        "center",
        {
            "mural": "MURAL WORK - MEASUREMENT AND PAYMENT SHEET",
            "muster": "MUSTER ROLL CUM WAGE SLIP",
            "settlement": "ARTIST'S SALES SETTLEMENT",
        }[frame],
    )
    p.add("rule")
    p.part = "body"
    day_text = when_in(j, DAY_IN[:6], rng)
    if frame == "mural":
        sheet = f"MS/{fy(j.date)}/{rng.randrange(10, 99):03d}"
        qrow(p, "Sheet No.", sheet, "Paid on", day_text, txn=(INVOICE_RANK, sheet), date=j.date)
        qrow(p, "Artist", who, merchant=who)
        qrow(p, "Site", work.split(" - ")[1])
        p.add("gap")
        rate = float(rng.choice([90, 110, 120, 140]))
        gross = 0.0
        lines = []
        for wall in rng.sample(
            ["North wall", "Entrance arch", "Pillars (4)", "Lobby wall", "Corridor", "Foyer"], 2
        ):
            w, h = rng.randrange(6, 18), rng.choice([8, 9, 10])
            gross += w * h * rate
            lines.append(([wall, f"{w} x {h} ft", str(w * h), num(rate, "indian", 0), num(w * h * rate)], {}))
        table(
            p,
            "m",
            [(0.0, 0.3, "l"), (0.3, 0.5, "l"), (0.5, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Wall", "Size", "Sq ft", "Rate", "Amount"],
            lines,
        )
        p.pair("Gross", rs(gross))
        advance = float(rng.choice([0, 2000, 3000, 5000])) if gross > 8000 else 0.0
        if advance:
            p.pair("Less: Advance paid at site", rs(advance))
        j.amount = round(gross - advance, 2)
        p.pair("Net paid", rs(j.amount), amount=j.amount)
        if j.amount > 10000:
            p.pair("Paid by", "UPI", method="UPI")
            p.pair("UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            p.pair("Paid by", "Cash", method="cash")
        p.add("small", words_in_rupees(j.amount))
        p.add("center", "PAID - ENTERED IN THE ARTISTS' REGISTER", status="success")
        p.part = "foot"
        grid(p, "sig", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], soft=True)
        p.add("gap")
        row(p, "sig", "Artist's signature", "Secretary")
        return p.done()
    if frame == "muster":
        start = j.date - dt.timedelta(days=j.date.weekday() + 7)
        p.add("left", f"Name: {who}", merchant=who)
        p.add("left", f"Village: {village}  |  Work: {work}, Konkan Coast Resorts, Bordi")
        p.add("left", f"Week: {when(start, '{d} %b')} to {when(start + dt.timedelta(days=6), '{d} %b %Y')}")
        p.add("gap")
        marks = ["P"] * 6 + ["-"]
        for i in rng.sample(range(6), rng.randrange(0, 3)):
            marks[i] = "A"
        days = marks.count("P")
        spec = [(i / 8, (i + 1) / 8, "c") for i in range(8)]
        table(
            p,
            "d",
            spec,
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Days"],
            [(marks + [str(days)], {})],
        )
        rate = float(rng.choice([550, 600, 650, 700]))
        p.add("gap")
        p.pair("Days worked x rate", f"{days} x {num(rate, 'indian', 0)}")
        gross = days * rate
        p.pair("Wages", rs(gross))
        advance = float(rng.choice([0, 0, 500, 1000]))
        if advance:
            p.pair("Less: Advance (kharchi)", rs(advance))
        j.amount = gross - advance
        p.pair("Net wages paid", rs(j.amount), amount=j.amount)
        p.pair("Paid in cash on", day_text, date=j.date, method="cash")
        p.add("small", words_in_rupees(j.amount))
        p.add("center", "PAID IN CASH - RECEIVED IN FULL", status="success")
        p.part = "foot"
        p.add("gap")
        grid(p, "sig", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], soft=True)
        row(p, "sig", "Thumb / signature of the worker", "Mural team leader")
        return p.done()
    fest = "Festival" in work
    if fest:
        move(j, rng, FEST_START + dt.timedelta(days=rng.randrange(12, 40)))
        day_text = when_in(j, DAY_IN[:6], rng)
    p.add("left", f"Artist: {who}", merchant=who)
    p.add("left", f"Village: {village}  |  Settlement for: {work}")
    p.add("gap")
    share = 0.0
    lines = []
    for i in rng.sample(range(len(PAINTINGS)), rng.randrange(1, 4)):
        title, lo, hi = PAINTINGS[i]
        price = float(rng.randrange(lo, hi, 100))
        cut = round(price * 0.7, 2)
        share += cut
        sold = FEST_START + dt.timedelta(days=rng.randrange(9)) if fest else earlier(rng, j, 6, 40)
        lines.append(
            (
                [
                    title.split(",")[0].replace("and the wedding chowk", "and chowk"),
                    when(sold, "%d/%m/%y"),
                    num(price, "indian", 0),
                    num(cut),
                ],
                {},
            )
        )
    table(
        p,
        "s",
        [(0.0, 0.42, "l"), (0.42, 0.56, "l"), (0.56, 0.74, "r"), (0.74, 1.0, "r")],
        ["Painting", "Sold on", "Sale price", "Artist's share 70%"],
        lines,
    )
    p.pair("Total share", rs(share))
    advanced = float(rng.choice([0, 600, 900, 1200]))
    if advanced:
        p.pair("Less: Cloth and colours advanced", rs(advanced))
    j.amount = round(share - advanced, 2)
    p.pair("Net paid to artist", rs(j.amount), amount=j.amount)
    way = rng.choice(["UPI", "NEFT"])
    p.pair("Paid by", way, method="UPI" if way == "UPI" else "netbanking")
    ref = bank_ref(rng, j, "HDFC Bank", way)
    p.pair("UPI ref." if way == "UPI" else "UTR", ref, txn=(UTR_RANK, ref))
    p.pair("Paid on", day_text, date=j.date)
    p.add("center", "SETTLED - PAID TO THE ARTIST", status="success")
    p.part = "foot"
    p.add(
        "small",
        "The Sanstha keeps 30% of the sale price for the store, framing, the catalogue and the artists' "
        "fund.",
    )
    p.add("gap")
    grid(p, "sig", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], soft=True)
    row(p, "sig", "Artist", "Treasurer")
    return p.done()


def honorarium(rng, font, j: Job, who) -> tuple[list, dict, dict]:
    """An honorarium receipt the trainer fills in and signs over a revenue stamp."""
    p = paper_page(rng, font, [720, 760])
    pen_face(p)
    p.part = "head"
    top(p, fit_name(p, "title", [SANSTHA, SANSTHA_CAPS, SHORT]))
    p.add("small", f"{KENDRA}, Kasatwadi, Jawhar - 401603")
    p.add("center", "HONORARIUM RECEIPT")
    p.add("rule")
    p.part = "body"
    grid(p, "vn", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
    voucher = f"HR/{fy(j.date)}/{rng.randrange(4, 90):03d}"
    row(p, "vn", f"Voucher No. {voucher}", "", txn=(INVOICE_RANK, voucher))
    p.add("left", f"Received with thanks from {SHORT}", status="success")
    j.amount = float(rng.choice([3000, 4500, 5000, 6000, 7500]))
    fill(p, "the sum of Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    words = words_in_rupees(j.amount).replace("Rupees ", "")
    fill(p, "(Rupees", words, ")")
    fill(p, "towards honorarium for conducting the Warli workshop at")
    fill(p, "", rng.choice(WORKSHOP_PLACES))
    fill(p, "Paid by", "cash", method="cash")
    p.add("gap")
    revenue(p)
    fill(p, "Signature", who.split()[0][0] + ". " + who.split()[1])
    fill(p, "Name", who, merchant=who)
    if j.no_day:
        fill(p, "Date", "")
    else:
        fill(p, "Date", when_in(j, ["{d}/{m}/%Y", "%d.%m.%y"], rng), date=j.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Honorarium above Rs. 5,000 is paid over a revenue stamp of Re. 1.")
    return p.done()


def cashfree_payout(rng, font, j: Job, status, who, work) -> tuple[list, dict, dict]:
    """Cashfree's payout page: the status, the sum large, a boxed form two fields to a row."""
    rs = money(rng, font, 0.6)
    j.amount = rupees(rng, 2400, 18000, 0.7)
    tid = f"TRF{j.date:%y%m}{code(rng, 8, ALNUM)}"
    p = browser_page(rng, font, f"merchant.cashfree.com/payouts/transfers/{tid}")
    p.part = "head"
    top(p, "cashfree payments")
    p.add("small", "Payouts  >  Transfers  >  Transfer details")
    p.add("rule")
    p.part = "body"
    chip(
        p,
        {
            "success": "SUCCESS",
            "pending": "PENDING - queued at the beneficiary bank",
            "failed": "FAILED - invalid IFSC",
        }[status],
        status,
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    qrow(p, "Beneficiary", who, merchant=who)
    qrow(p, "Bene ID", f"ART{rng.randrange(100, 999)}", "Mode", "IMPS", method="netbanking")
    qrow(p, "Transfer ID", tid, txn=(TXN_RANK, tid))
    if status == "success":
        qrow(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
    qrow(p, "Account", f"XXXXXX{digits(rng, 4)} / {rng.choice(['SBIN', 'MAHB', 'BKID'])}0{digits(rng, 6)}")
    label_day = {"success": "Processed on", "pending": "Requested on", "failed": "Failed on"}[status]
    qrow(p, label_day, day_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    qrow(p, "Remarks", work)
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        {
            "success": "The beneficiary's bank has confirmed the credit.",
            "pending": "The beneficiary's bank has not confirmed the credit yet. Do not pay again.",
            "failed": "The amount is back in your payouts balance. Correct the IFSC and pay again.",
        }[status],
    )
    return p.done()


# ---------------------------------------------------------------- 8. the state, the panchayat, the councils


FEE_LAYOUT = ["gras", "namuna", "bmc", "copyright", "jawhar", "charity", "mahagst", "mlwb"]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Warli artists' trust, its studio, its Kendra and its Mumbai store: in seven layouts, each
    new here: GRAS's e-challan (CHALLAN MTR Form Number-6 as a boxed form: GRN | Date, Department, Type of
    Payment, Office Name | Location, Year, Name of the Party, a boxed table of Account Head Details | Amount
    In Rs., Total, Amount In Words, then Payment Details: Bank Name, Bank CIN, Payment mode, Payment status)
    for the stamp duty and registration fee of the store's leave and licence; Gram Panchayat Ganjad's tax
    receipt (Namuna No. 10) in Marathi written in Latin letters and filled in by hand (Pavti kr. left blank,
    Dinank, Malmatta kr., Kardatyache nav, a ruled table of Kar (tax) | Rakkam (Rs.) in the hand, Ekun, RAKKAM
    PRAPT); the Brihanmumbai Municipal Corporation's online receipt for the store's signboard licence in
    dotted leaders; the Copyright Office's e-receipt as a centred stack (label small over value) for three
    artistic works, pending; Jawhar Nagar Parishad's printed property tax receipt (Malmatta kar pavti: the
    heads in dotted leaders, Ekun, Rokh, KAR BHARLA - DHANYAVAAD); the Charity Commissioner's contribution
    receipt as a form (labels set to the right with a colon); MahaGST's Professional Tax payment that failed
    as a form; the Maharashtra Labour Welfare Board's contribution receipt as a boxed form."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    layout = FEE_LAYOUT[k]
    rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    payer = rng.choice([SANSTHA, SANSTHA_CAPS])
    year = f"20{fy(j.date)}"
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    meth = way_method(way)
    tid = f"{rng.choice(['TXN', 'PG'])}{digits(rng, 12)}"
    bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
    if layout == "gras":
        p = browser_page(rng, font, "gras.mahakosh.gov.in/echallan/challan-print")
        p.part = "head"
        top(p, "GRAS")
        p.add("small", "Government Receipt Accounting System  |  Government of Maharashtra")
        p.add("center", "CHALLAN  MTR Form Number-6")
        p.add("rule")
        p.part = "body"
        grn = f"MH{digits(rng, 9)}{fy(j.date).replace('-', '20')}E"
        stamp_duty = float(rng.choice([1500, 2400, 3600, 5000]))
        regn = 1000.0
        j.amount = stamp_duty + regn
        dept = rng.choice(["Inspector General Of Registration", "INSPECTOR GENERAL OF REGISTRATION"])
        qrow(p, "GRN", grn, split=0.25, txn=(TXN_RANK, grn))
        qrow(
            p,
            "Date",
            f"{when(j.date, '%d/%m/%Y')}-{hhmm(rng, twelve=False, seconds=True)}",
            split=0.25,
            date=j.date,
        )
        qrow(p, "Department", dept, split=0.25, merchant=dept)
        qrow(p, "Type of Payment", "Stamp Duty and Registration Fee", split=0.25)
        qrow(p, "Office Name", "BOM3_MUMBAI CITY 3", split=0.25)
        qrow(p, "Location", "MUMBAI", split=0.25)
        qrow(p, "Year", f"{year} One Time", split=0.25)
        qrow(p, "Name of Party", payer if fits(p, "left", payer + "xxxxxxxxxxxxxx") else SHORT, split=0.25)
        p.add("gap")
        table(
            p,
            "h",
            [(0.0, 0.72, "l"), (0.72, 1.0, "r")],
            ["Account Head Details", "Amount In Rs."],
            [
                (["0030046401 Stamp Duty", num(stamp_duty)], {}),
                (["0030063301 Registration Fee", num(regn)], {}),
                (["Total", num(j.amount)], {"amount": j.amount}),
            ],
        )
        label(p, "Amount In Words")
        p.add("left", f"{words_in_rupees(j.amount)[7:].replace(' Only', '')} Rupees Only")
        p.add("gap")
        qhead(p, "Payment Details")
        qrow(p, "Bank Name", "STATE BANK OF INDIA", split=0.25)
        cin = f"{digits(rng, 5)}{j.date:%Y%m%d}{digits(rng, 6)}"
        qrow(p, "Bank CIN", cin, split=0.25, txn=(BANK_RANK, cin))
        qrow(p, "Payment mode", "Internet banking", split=0.25, method="netbanking")
        qrow(p, "Status", "Success", split=0.25, status="success")
        p.part = "foot"
        p.add("small", "Print this challan and attach it to the document presented for registration.")
        return p.done()
    if layout == "namuna":
        p = paper_page(rng, font, [720, 760])
        pen_face(p)
        p.part = "head"
        name = rng.choice(["Gram Panchayat Ganjad", "GRAM PANCHAYAT GANJAD"])
        top(p, name, merchant=name)
        p.add("small", "Taluka Dahanu, Jilha Palghar")
        p.add("center", "Namuna No. 10 - Kar va phi vasulichi pavti (tax receipt)")
        p.add("rule")
        p.part = "body"
        fill(
            p,
            "Pavti kr. (receipt No.)",
            "",
            "Dinank",
            when_in(j, ["{d}/{m}/%Y", "{d}/{m}/%y"], rng),
            date=j.date,
        )
        fill(p, "Malmatta kr. (property No.)", f"{rng.randrange(100, 900)}/{rng.randrange(1, 9)}")
        fill(p, "Kardatyache nav (taxpayer)", STUDIO)
        p.add("gap")
        heads = [
            ("Gharpatti (house tax)", float(rng.choice([1200, 1450, 1800]))),
            ("Divabatti kar (street light)", float(rng.choice([100, 150]))),
            ("Arogya kar (health)", float(rng.choice([100, 120]))),
            ("Panipatti (water)", float(rng.choice([600, 720, 900]))),
        ]
        j.amount = sum(value for _, value in heads)
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        grid(p, "gph", spec, head=True, ruled=True, group="gp")
        grid(p, "gpr", spec, ruled=True, group="gp")
        grid(p, "gpw", spec, ruled=True, group="gp", pen=(1,))
        row(p, "gph", f"Kar (tax) {year}", "Rakkam (Rs.)")
        for head, value in heads:
            row(p, "gpw", head, f"{value:g}")
        row(p, "gpw", "Ekun (total)", f"{j.amount:g}/-", amount=j.amount)
        p.add("gap")
        fill(p, "Akshari (in words)", words_in_rupees(j.amount).replace("Rupees ", ""))
        fill(p, "Rokh / dhanadesh (cash / cheque)", "Rokh", method="cash")
        p.add("center", "RAKKAM PRAPT (AMOUNT RECEIVED)", status="success")
        p.part = "foot"
        grid(p, "sig", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], soft=True)
        p.add("gap")
        row(p, "sig", "Vasuli karnara (collector)", "Gramsevak")
        return p.done()
    if layout == "bmc":
        p = browser_page(rng, font, "portal.mcgm.gov.in/irj/portal/anonymous/qlLicPayment/receipt")
        p.part = "head"
        name = rng.choice(["Brihanmumbai Municipal Corporation", "BRIHANMUMBAI MUNICIPAL CORPORATION"])
        top(p, name, merchant=name)
        p.add("small", "License Department  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Licence fee paid"]})
        p.add("gap")
        fee = float(rng.choice([4200, 5600, 7000]))
        late = float(rng.choice([0, 0, 500]))
        j.amount = fee + late
        rno = f"LIC{j.date:%y}{digits(rng, 8)}"
        lead(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        lead(p, "Licence No.", f"A/SKY/{digits(rng, 6)}")
        lead(p, "Licensee", SHOP)
        lead(p, "Premises", "Rope Walk Lane, Kala Ghoda, Fort")
        lead(p, f"Sky sign licence fee {year}", rs(fee))
        if late:
            lead(p, "Late fee", rs(late))
        lead(p, "Amount paid", rs(j.amount), amount=j.amount)
        lead(p, "Payment mode", way, method=meth)
        lead(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        if way == "UPI":
            lead(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            lead(p, "Bank ref. No.", bref, txn=(BANK_RANK, bref))
        lead(p, "Payment date", day_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), date=j.date)
        p.part = "foot"
        p.add("small", "Display the licence at the premises. This is a computer-generated receipt.")
        return p.done()
    if layout == "copyright":
        p = browser_page(rng, font, "copyright.gov.in/frmPaymentStatus.aspx")
        p.part = "head"
        name = rng.choice(["Copyright Office", "COPYRIGHT OFFICE"])
        top(p, name, merchant=name)
        p.add("small", "Department for Promotion of Industry and Internal Trade, Government of India")
        p.add("center", "E-Receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"pending": ["Payment pending - awaiting confirmation from your bank. Do not pay again."]},
        )
        p.add("gap")
        works = 3
        j.amount = float(works * 500)
        for name_, value, facts in [
            ("Applicant", payer, {}),
            ("Diary No.", f"{rng.randrange(10000, 29999)}/{j.date.year}-CO/A", {}),
            ("Works", f"{works} artistic works (Warli paintings) x Rs. 500", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", way, {"method": meth}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Initiated on", day_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (", ",)), {"date": j.date}),
        ]:
            p.add("small", name_)
            p.add("center", value, **facts)
        p.part = "foot"
        p.add("gap")
        p.add(
            "small", "The e-receipt is issued once the bank confirms. Check the status again after 24 hours."
        )
        return p.done()
    if layout == "jawhar":
        p = paper_page(rng, font, [680, 720])
        p.part = "head"
        name = rng.choice(["Jawhar Nagar Parishad", "JAWHAR NAGAR PARISHAD"])
        top(p, name, merchant=name)
        p.add("small", "Jawhar, Jilha Palghar - 401603  |  Kar vibhag (tax department)")
        p.add("center", "Malmatta kar pavti (property tax receipt)")
        p.add("rule")
        p.part = "body"
        rno = f"{rng.randrange(2000, 9000)}"
        grid(p, "hd", [(0.0, 0.5, "l"), (0.5, 1.0, "r")])
        row(
            p,
            "hd",
            f"Pavti kr. {rno}",
            f"Dinank {when_in(j, ['%d/%m/%Y', '%d-%m-%Y'], rng)}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("left", f"Malmatta kr. J/{rng.randrange(1, 9)}/{rng.randrange(100, 999)}  |  {KENDRA}")
        heads = [
            (f"Sampatti kar (property tax) {year}", float(rng.choice([3200, 4100, 5400]))),
            ("Shikshan kar (education cess)", float(rng.choice([400, 520]))),
            ("Vruksh kar (tree cess)", float(rng.choice([60, 80]))),
            ("Swachhata kar (sanitation)", float(rng.choice([300, 360]))),
        ]
        j.amount = sum(value for _, value in heads)
        for head, value in heads:
            lead(p, head, num(value))
        p.add("rule")
        lead(p, "Ekun (total)", rs(j.amount), amount=j.amount)
        lead(p, "Rokh (cash)", rs(j.amount), method="cash")
        p.add("small", words_in_rupees(j.amount))
        p.add("center", "KAR BHARLA - DHANYAVAAD (TAX PAID - THANK YOU)", status="success")
        p.part = "foot"
        right(p, "Kar vasuli lipik (tax clerk)")
        return p.done()
    if layout == "charity":
        p = browser_page(rng, font, "charity.maharashtra.gov.in/en-us/PTAF/receipt")
        p.part = "head"
        name = rng.choice(
            ["Charity Commissioner, Maharashtra", "Office of the Charity Commissioner, Maharashtra State"]
        )
        top(p, name, merchant=name)
        p.add("small", "Public Trust Administration Fund  |  Contribution receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Contribution received", "Payment successful"]})
        j.amount = float(rng.randrange(1800, 9000, 10))
        at = 0.34
        form(p, "Trust", payer, at=at)
        form(p, "Registration No.", "F-2876 (Thane)", at=at)
        form(p, "Financial year", f"20{fy(j.date)}", at=at)
        form(p, "Contribution @ 2%", rs(j.amount), at=at, amount=j.amount)
        form(p, "Payment mode", way, at=at, method=meth)
        form(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        if way == "UPI":
            form(p, "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        else:
            form(p, "Bank ref. No.", bref, at=at, txn=(BANK_RANK, bref))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Contribution on the gross annual income of the trust, u/s 58 of the MPT Act, 1950.")
        return p.done()
    if layout == "mahagst":
        p = browser_page(rng, font, "mahagst.gov.in/en/e-payment/ptrc/status")
        p.part = "head"
        name = rng.choice(["Maharashtra Goods and Services Tax Department", "MahaGST"])
        top(p, name, merchant=name)
        p.add("small", "Government of Maharashtra  |  Profession Tax (PTRC) e-payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            "failed",
            {"failed": ["Payment failed - the bank did not confirm; challan not paid, pay again"]},
        )
        employees = rng.randrange(4, 12)
        j.amount = float(employees * 200)
        at = 0.34
        form(p, "PTRC No.", f"2765{digits(rng, 7)}P", at=at)
        form(p, "Name", payer, at=at)
        form(p, "Period", f"{when(j.date.replace(day=1) - dt.timedelta(days=1), '%b %Y')}", at=at)
        form(p, "Tax (employees x 200)", rs(j.amount), at=at, amount=j.amount)
        form(p, "Payment mode", "Net banking", at=at, method="netbanking")
        form(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        form(p, "Attempted on", day_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=at, date=j.date)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Any amount debited is refunded by your bank within 7 working days.")
        return p.done()
    p = browser_page(rng, font, "public.mlwb.in/public/employer/payment/receipt")
    p.part = "head"
    name = rng.choice(["Maharashtra Labour Welfare Board", "MAHARASHTRA LABOUR WELFARE BOARD"])
    top(p, name, merchant=name)
    p.add("small", "Labour Welfare Fund contribution  |  e-receipt")
    p.add("rule")
    p.part = "body"
    staff = rng.randrange(4, 14)
    j.amount = float(staff * 75 + staff * 25)
    half = (
        f"June {j.date.year}" if 6 <= j.date.month <= 11 else f"December {j.date.year - (j.date.month <= 5)}"
    )
    qrow(p, "Employer", payer)
    qrow(p, "Est. code", f"MLWB{digits(rng, 7)}", "Period", half)
    qrow(p, "Employees", str(staff), "Rate", "Rs. 25 + Rs. 75")
    qrow(p, "Total", rs(j.amount), "Status", "Success", amount=j.amount, status="success")
    qrow(p, "Transaction", tid, txn=(TXN_RANK, tid))
    qrow(p, "Paid by", way, "Paid on", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng), method=meth, date=j.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Employees' share Rs. 25 and employer's share Rs. 75 for each employee, twice a year.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers' receipts


# insurer as printed, its host, the product, the layout, the cover's kind
POLICIES = [
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Shopkeeper's policy - Chowk Warli Art Store",
        "cover",
        "shop",
    ),
    (
        "Life Insurance Corporation of India",
        "licindia.in",
        "Group Gratuity Cash Accumulation Scheme",
        "lic",
        "gratuity",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Marine transit - export parcels of paintings",
        "tracker",
        "marine",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - member artists",
        "leaders",
        "health",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Public liability - workshops at Jawhar",
        "stack",
        "liability",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Fine art floater - Kala Ghoda Arts Festival",
        "whatsapp",
        "fest",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Group personal accident - mural artists",
        "cover",
        "pa",
    ),
    (
        "Generali Central Insurance Co. Ltd",
        "generalicentral.com",
        "Goods carrying vehicle - Eeco van",
        "stack",
        "vehicle",
    ),
]


def premium_rows(rng: random.Random, kind: str) -> list[tuple[str, float]]:
    """The premium's rows before GST."""
    if kind == "shop":
        return [
            ("Fire and allied perils (stock, fittings)", round(rng.uniform(2400, 5200), 2)),
            ("Burglary", round(rng.uniform(600, 1400), 2)),
        ]
    if kind == "gratuity":
        return [
            ("Contribution to the fund", float(rng.randrange(18000, 60000, 100))),
            ("Life cover charges", round(rng.uniform(900, 2400), 2)),
        ]
    if kind == "marine":
        return [("Marine transit (paintings, parcel post)", round(rng.uniform(2800, 7200), 2))]
    if kind == "health":
        members = rng.randrange(18, 40)
        return [(f"Premium ({members} artists)", round(members * rng.uniform(3200, 5200), 2))]
    if kind == "liability":
        return [("Public liability (limit Rs. 25 lakh)", round(rng.uniform(3500, 9000), 2))]
    if kind == "fest":
        return [
            ("Fine art floater (stall stock)", round(rng.uniform(2200, 6400), 2)),
            ("Transit to and from the stall", round(rng.uniform(300, 800), 2)),
        ]
    if kind == "pa":
        persons = rng.randrange(12, 30)
        return [(f"Personal accident ({persons} artists)", round(persons * rng.uniform(180, 320), 2))]
    return [("Own damage", round(rng.uniform(3200, 6800), 2)), ("Third party (goods carrier)", 16049.0)]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sanstha insuring its store, its staff's gratuity, its export parcels, its artists' health, the
    workshops' liability, the stall at the Kala Ghoda Arts Festival, its mural artists against accidents and
    its van: in six layouts, each new here: a printed COVER NOTE CUM PREMIUM RECEIPT as a boxed form (Cover
    note No. | Receipt No., Receipt date | Period, Insured, a boxed table of Particulars | Amount (Rs.) with
    the GST, Total premium, the cheque or the way paid); LIC's renewal premium receipt as a form (the labels
    set to the right with a colon); Go Digit's app with the renewal's progress steps; Star Health's e-mail of
    dotted leaders; HDFC ERGO's and Generali Central's e-mails as a centred stack (label small over value);
    Tata AIG's WhatsApp message that it received the premium."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5)
    ins, host, product, layout, kind = POLICIES[k]
    if kind == "fest":
        move(j, rng, FEST_START - dt.timedelta(days=rng.randrange(5, 30)))
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    rows = premium_rows(rng, kind)
    taxed = round(sum(value for _, value in rows), 2)
    gst = 0.0 if kind == "gratuity" else 2 * round(taxed * 0.09, 2)
    j.amount = round(taxed + gst, 2)
    policy = f"{rng.randrange(1000, 9999)}{digits(rng, 6)}/{rng.randrange(10, 99)}/{j.date.year}"
    way = "Cheque" if status == "pending" else rng.choice(["Net banking", "UPI", "Debit card"])
    name = ins.upper() if rng.random() < 0.25 else ins
    rno = f"{rng.randrange(10, 99)}{digits(rng, 9)}"
    if layout == "whatsapp":
        text = (
            f"Hi {SHORT}, we have received Rs. {num(j.amount)} towards your Tata AIG "
            f"{product.split(' - ')[0]} "
            f"policy {policy} by {way}. Transaction ID {rno}. Your policy is now active. - Tata AIG General "
            "Insurance"
        )
        p = wa_page(rng, font, "Tata AIG General Insurance", text, None, ["Download policy", "Talk to us"])
        p.add(
            "left",
            text,
            merchant="Tata AIG General Insurance",
            amount=j.amount,
            method=way_method(way),
            txn=(TXN_RANK, rno),
            status="success",
        )
        return p.done()
    if layout == "cover":
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", rng.choice(["Divisional Office, Fort, Mumbai", "Branch Office, Dahanu Road"]))
        p.add("center", "COVER NOTE CUM PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        start = j.date + dt.timedelta(days=rng.randrange(1, 4))
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        qrow(p, "Cover note", f"CN{digits(rng, 8)}", "Receipt No.", rno, split=0.2, txn=(INVOICE_RANK, rno))
        qrow(
            p,
            "Receipt date",
            when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng),
            "Period",
            f"{when(start, '%d/%m/%y')}-{when(end, '%d/%m/%y')}",
            split=0.2,
            date=j.date,
        )
        qrow(p, "Insured", SANSTHA, split=0.2)
        qrow(p, "Cover", product, split=0.2)
        p.add("gap")
        lines = [([what, num(value)], {}) for what, value in rows]
        lines += [(["CGST @ 9%", num(gst / 2)], {}), (["SGST @ 9%", num(gst / 2)], {})]
        lines.append((["Total premium", num(j.amount)], {"amount": j.amount}))
        table(p, "p", [(0.0, 0.72, "l"), (0.72, 1.0, "r")], ["Particulars", "Amount (Rs.)"], lines)
        p.add("gap")
        if way == "Cheque":
            p.pair("Paid by", f"Cheque No. {digits(rng, 6)}, Saraswat Bank, Fort", method="cheque")
            word = "COVER HELD SUBJECT TO REALISATION OF THE CHEQUE"
        else:
            p.pair("Paid by", way, method=way_method(way))
            if way == "UPI":
                p.pair("UPI ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            word = "PREMIUM RECEIVED - COVER IN FORCE"
        p.add("center", word, status=status)
        p.part = "foot"
        right(p, "For the Company - Authorised signatory")
        return p.done()
    if layout == "lic":
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, fit_name(p, "title", [name, ins]), merchant=fit_name(p, "title", [name, ins]))
        p.add("small", "Pension and Group Schemes Unit, Mumbai")
        p.add("center", "PREMIUM / CONTRIBUTION RECEIPT")
        p.add("rule")
        p.part = "body"
        at = 0.36
        form(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        form(p, "Receipt date", when_in(j, ["%d/%m/%Y", "%d-%m-%Y"], rng), at=at, date=j.date)
        form(p, "Master policy No.", f"GGCA/{digits(rng, 9)}", at=at)
        form(p, "Name of the employer", SANSTHA, at=at)
        form(p, "Scheme", product, at=at)
        due = j.date.replace(day=1)
        form(p, "Due date", when(due, "%d/%m/%Y"), at=at)
        for what, value in rows:
            form(p, what, rs(value), at=at)
        form(p, "GST", rs(0.0), at=at)
        form(p, "Total amount", rs(j.amount), at=at, amount=j.amount)
        form(
            p,
            "Mode of payment",
            f"{way} - NEFT" if way == "Net banking" else way,
            at=at,
            method=way_method(way),
        )
        if way == "UPI":
            form(p, "UPI ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        p.add("center", "RECEIVED WITH THANKS", status="success")
        p.part = "foot"
        p.add(
            "small", "This receipt is valid subject to realisation of the payment. Keep it for your records."
        )
        return p.done()
    if layout == "tracker":
        p = phone_page(rng, font, k, ["Policy renewal", "Payment"])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", product)
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"failed": ["Payment failed - policy not renewed"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        step(p, "done", "Renewal quote accepted")
        step(p, "fail", "Payment declined by your bank")
        step(p, "todo", "Policy renewed")
        step(p, "todo", "Policy copy sent to your e-mail")
        p.add("gap")
        p.pair("Policy No.", policy if fits(p, "pair", f"Policy No. {policy}  ") else policy.split("/")[0])
        p.pair("Paid using", way, method=way_method(way))
        p.pair("Transaction ID", f"DGT{rno}", txn=(TXN_RANK, f"DGT{rno}"))
        p.pair("Attempted on", day_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.part = "foot"
        p.add("small", "Renew within 30 days to keep your no-claim benefits. Retry payment")
        return p.done()
    sender = {"leaders": "Star Health", "stack": ins.split(" General")[0].replace(" Insurance", "")}[layout]
    p = mail_page(
        rng,
        font,
        f"{sender} <receipts@{host}>",
        [
            "Premium receipt for your policy",
            "Payment received - thank you",
            "Your policy premium is received",
        ],
    )
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", product)
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    p.add("left", "Thank you. We have received the premium for your policy.", status="success")
    bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
    items: list[tuple[str, str, dict]] = [("Policy No.", policy, {}), ("Insured", SHORT, {})]
    if not j.no_ref:
        items.append(("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}))
    items.append(("Premium (incl. GST)", rs(j.amount), {"amount": j.amount}))
    items.append(("Paid by", way, {"method": way_method(way)}))
    if not j.no_ref:
        if way == "UPI":
            items.append(("UPI ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}))
        else:
            items.append(("Bank ref. No.", bref, {"txn": (BANK_RANK, bref)}))
    items.append(
        ("Date of payment", when_in(j, ["{d} %B %Y", "%d/%m/%Y", "%d-%b-%Y"], rng), {"date": j.date})
    )
    if layout == "leaders":
        for name_, value, facts in items:
            lead(p, name_, value, **facts)
        p.add("gap")
        lead(p, "Premium before GST", rs(taxed))
        lead(p, "GST @ 18%", rs(gst))
    else:
        for name_, value, facts in items:
            p.add("small", name_)
            p.add("center", value, **facts)
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        "The premium qualifies under section 80D / 37 as applicable. Keep this e-mail as your receipt.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


COUNTERS = [
    ("CHOWK WARLI ART STORE", "KALA GHODA, FORT, MUMBAI", "emi", "PINE LABS"),
    ("HOTEL SHIRPAMAL RESIDENCY", "STATION ROAD, JAWHAR", "preauth", "HDFC BANK"),
    ("JAWHAR WARLI KALA KENDRA", "KASATWADI, JAWHAR", "tap", "MSWIPE"),
    ("KONKAN SEVA PETROLEUM", "NH-48, CHAROTI NAKA", "fuel", "AXIS BANK"),
    ("CHOWK WARLI ART STORE", "KALA GHODA ARTS FESTIVAL, STALL 14", "sale", "PINE LABS"),
    ("BOMBAY ART SUPPLIES", "KALBADEVI ROAD, MUMBAI", "sale", "SBI PAYMENTS"),
    ("HOTEL SEA BREEZE", "BEACH ROAD, DAHANU", "food", "INNOVITI"),
    ("DHAVLERI WARLI CHITRAKAR SANSTHA", "GANJAD, DAHANU", "tap", "MSWIPE"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the store's terminals (at Kala Ghoda and at its Kala Ghoda Arts Festival stall) and
    on the Kendra's and the Sanstha's phones, and the Sanstha's card at a Jawhar hotel, a filling station at
    Charoti, a Kalbadevi art supplies shop and a Dahanu restaurant: in four layouts, each new here: a paper
    slip of pairs, each label at the left and its value at the right (DATE, TIME, MID, TID, BATCH NO,
    INVOICE NO, CARD, the scheme, APPR CODE, RRN), the total in a ruled box (at the pump the PRODUCT,
    RATE/L and VOLUME(L) over it; at the restaurant the BASE AMT and the TIP); a BANK EMI slip (the TXN
    AMOUNT, then TENURE, INTEREST RATE, EMI AMOUNT and TOTAL PAYABLE WITH INTEREST); a hotel's PRE-AUTH
    COMPLETION slip (PRE-AUTH DATE and PRE-AUTH AMT over the COMPLETION AMT); a phone's tap to pay receipt
    (the sum large, the outcome in a pill, a card of dotted leaders: Merchant, Card, Entry, Auth code, RRN,
    Txn ID, Date & time)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=900, high=42000)
    name, town, kind, brand = COUNTERS[k]
    if "FESTIVAL" in town:
        move(j, rng, FEST_START + dt.timedelta(days=rng.randrange(9)))
    tip = 0.0
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6000, 0.7)
    elif kind == "preauth":
        j.amount = rupees(rng, 3200, 14000, 0.5)
    elif kind == "food":
        tip = float(rng.choice([50, 100, 150]))
        j.amount = round(rupees(rng, 480, 3200, 0.7) + tip, 2)
    elif kind == "emi":
        j.amount = float(rng.randrange(24000, 90000, 100))
    elif kind == "tap":
        j.amount = rupees(rng, 600, 4800, 0.8)
    t = hhmm(rng, twelve=False, seconds=True)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"] if kind != "emi" else ["VISA", "MASTERCARD"])
    last4 = digits(rng, 4)
    appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
    inv = f"{rng.randrange(1, 9999):06d}"
    if kind == "tap":
        p = phone_page(rng, font, k, ["Tap to Pay", "Receipt"])
        p.part = "head"
        p.add("title", "Mswipe Tap to Pay" if fits(p, "title", "Mswipe Tap to Pay") else "Tap to Pay")
        p.add("gap")
        p.part = "body"
        p.add("big", f"Rs {j.amount:,.2f}", amount=j.amount)
        chip(p, "Payment received", "success")
        p.add("gap")
        start = box_from(p)
        lead(
            p,
            "Merchant",
            name if fits(p, "left", f"Merchant ...... {name}") else name.title(),
            merchant=name if fits(p, "left", f"Merchant ...... {name}") else name.title(),
        )
        lead(p, "Card", f"{scheme} {sign(font, chr(0x2022), 'X') * 4} {last4}", method="card")
        lead(p, "Entry", "Contactless (tap)")
        lead(p, "Auth code", appr, txn=(APPR_RANK, appr))
        lead(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        tid = f"MSW{digits(rng, 13)}"
        lead(p, "Txn ID", tid, txn=(TXN_RANK, tid))
        if j.no_day:
            lead(p, "Date & time", f"Today, {hhmm(rng, lower=True, zero=False)}")
        else:
            lead(
                p,
                "Date & time",
                f"{when(j.date, rng.choice(['%d %b %Y', '%d/%m/%Y']))}, {hhmm(rng, zero=False)}",
                date=j.date,
            )
        box_to(p, start)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Send receipt by SMS  |  New payment")
        return p.done()
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    p.add("center", brand)
    shown = (
        name
        if fits(p, "center", name)
        else name.replace("DHAVLERI WARLI CHITRAKAR SANSTHA", "DHAVLERI WARLI SANSTHA")
    )
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.add("rule")
    p.part = "body"
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d %b %y"])).upper()
    p.pair("DATE", day, date=j.date)
    p.pair("TIME", t)
    p.pair("MID", digits(rng, 15) if fits(p, "pair", "MID " + "9" * 15 + "   ") else digits(rng, 12))
    p.pair("TID", digits(rng, 8))
    p.pair("BATCH NO", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        p.pair("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
    p.add("rule")
    heading = {
        "emi": "BANK EMI SALE",
        "preauth": "PRE-AUTH COMPLETION",
        "fuel": "SALE",
        "food": "SALE",
        "sale": "SALE",
    }[kind]
    p.add("center", heading)
    p.pair("CARD", f"XXXX XXXX XXXX {last4}", method="card")
    p.pair(scheme, rng.choice(["CHIP", "CONTACTLESS"]) if j.amount <= 5000 else "CHIP")
    if kind == "emi":
        p.pair("ISSUER", rng.choice(["HDFC BANK", "ICICI BANK", "SBI CARD", "AXIS BANK"]))
    if not j.no_ref and status == "success":
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
    elif not j.no_ref:
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    if kind == "emi":
        months = rng.choice([3, 6, 9, 12])
        rate = rng.choice([13.0, 14.0, 15.0, 16.0])
        r = rate / 1200
        emi = round(j.amount * r * (1 + r) ** months / ((1 + r) ** months - 1), 2)
        p.pair("TXN AMOUNT", f"Rs {j.amount:,.2f}", amount=j.amount)
        p.pair("TENURE", f"{months} MONTHS")
        p.pair("INTEREST RATE", f"{rate:.2f}% P.A.")
        p.pair("EMI AMOUNT", f"Rs {emi:,.2f}")
        p.pair("TOTAL PAYABLE", f"Rs {emi * months:,.2f}")
        p.add("small", "TOTAL PAYABLE INCLUDES INTEREST CHARGED BY THE ISSUER")
    elif kind == "preauth":
        held = float(round(j.amount * rng.uniform(1.2, 1.8), -3))
        p.pair("PRE-AUTH DATE", when(earlier(rng, j, 1, 4), "%d/%m/%Y"))
        p.pair("PRE-AUTH AMT", f"Rs {held:,.2f}")
        p.pair("ROOM NO", str(rng.randrange(101, 320)))
        boxed(p, f"COMPLETION AMT Rs {j.amount:,.2f}", "c", amount=j.amount)
    else:
        if kind == "fuel":
            rate = round(rng.uniform(92.5, 104.5), 2)
            p.pair("PRODUCT", rng.choice(["PETROL", "DIESEL"]))
            p.pair("RATE/L", f"{rate:.2f}")
            p.pair("VOLUME(L)", f"{j.amount / rate:.2f}")
        if kind == "food":
            p.pair("BASE AMT", f"Rs {j.amount - tip:.2f}")
            p.pair("TIP", f"Rs {tip:.2f}")
        boxed(p, f"TOTAL Rs {j.amount:,.2f}", "c", amount=j.amount)
    p.add("gap")
    word = {
        "success": {"emi": "EMI SALE APPROVED", "preauth": "COMPLETION APPROVED"}.get(
            kind, rng.choice(["APPROVED", "TXN APPROVED - PIN VERIFIED"])
        ),
        "pending": "TXN TIMEOUT - CHECK WITH BANK BEFORE RETRY",
        "failed": "DECLINED 51 - INSUFFICIENT FUNDS",
    }[status]
    p.add("center", word, status=status)
    if kind == "preauth" and status == "success":
        p.add("small", "THE BALANCE OF THE PRE-AUTH IS RELEASED")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "** MERCHANT COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, phone, DTH, gas


MSEDCL = "Maharashtra State Electricity Distribution Co. Ltd"
BEST = "Brihanmumbai Electric Supply and Transport Undertaking"
UTILITY = ["msedcl", "best", "gpay", "myjio", "vi", "cred", "hpgas", "hathway"]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's and the Kendra's power from MSEDCL, the store's from BEST, the store's fibre and the
    secretary's postpaid phone, the Kendra's DTH and gas and the store's broadband: in six layouts, each new
    here: MSEDCL's online payment receipt as a boxed table (Consumer No., Billing Unit, Consumer Name, Bill
    Month, Amount Paid, Receipt No., Transaction ID, Bank Ref. No., Payment Date, Payment Mode); BEST's
    payment page, Vi Business's failed-payment e-mail and CRED's bill receipt in dotted leaders; Google Pay's
    Bharat Connect receipt (a card of labels over their values: Biller, Consumer number, Bharat Connect ref.,
    UPI transaction ID); MyJio's receipt as a centred stack; HP Gas's WhatsApp message that the refill is
    paid; Hathway's receipt page as a form (labels set to the right with a colon)."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=300, high=9000, p_round=0.5)
    layout = UTILITY[k]
    low, high = {
        "msedcl": (900, 6500),
        "best": (2500, 14000),
        "gpay": (700, 4200),
        "myjio": (1178, 3538),
        "vi": (399, 1499),
        "cred": (350, 900),
        "hpgas": (830, 905),
        "hathway": (799, 2499),
    }[layout]
    j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.5)
    tid = f"{rng.choice(['TX', 'PG', 'OR'])}{digits(rng, 12)}"
    bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
    bc = f"{code(rng, 2, UPPER)}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
    consumer = f"{rng.choice(['0', '1'])}{digits(rng, 11)}"
    way = rng.choice(["UPI", "Net banking", "Debit card"])
    meth = way_method(way)
    when_text = day_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y"], (" ", ", "))
    bill_month = when(j.date.replace(day=1) - dt.timedelta(days=1), "%b-%Y").upper()
    if layout == "hpgas":
        text = (
            f"Dear Customer, payment of Rs. {j.amount:.2f} received on {when(j.date, '%d-%m-%Y')} for your "
            "HP Gas "
            f"refill booking, consumer No. {digits(rng, 8)} ({KENDRA}). Your cylinder will be delivered "
            "within 2 "
            "days. Please do not pay the delivery person. - HP Gas"
        )
        p = wa_page(rng, font, "HP Gas", text, j.date, ["Book refill", "Track delivery"])
        p.add("left", text, merchant="HP Gas", amount=j.amount, status="success", date=j.date)
        return p.done()
    if layout == "msedcl":
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getViewPayReceipt")
        p.part = "head"
        name = rng.choice([MSEDCL, "MSEDCL", "MAHAVITARAN"])
        top(p, name, merchant=name)
        p.add("small", "Mahavitaran  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Thank you for your payment"]})
        p.add("gap")
        qhead(p, "Receipt details")
        rno = f"{digits(rng, 4)}{j.date:%y}{digits(rng, 6)}"
        qrow(p, "Consumer No.", consumer, split=0.3)
        qrow(p, "Billing Unit", f"{rng.randrange(4500, 4699)} - DAHANU", split=0.3)
        qrow(p, "Consumer Name", f"{SANSTHA_CAPS[:20]}", split=0.3)
        qrow(p, "Bill Month", bill_month, split=0.3)
        qrow(p, "Amount Paid", rs(j.amount), split=0.3, amount=j.amount)
        qrow(p, "Receipt No.", rno, split=0.3, txn=(INVOICE_RANK, rno))
        qrow(p, "Transaction ID", tid, split=0.3, txn=(TXN_RANK, tid))
        if way == "UPI":
            qrow(p, "UPI Ref. No.", j.ref, split=0.3, txn=(UTR_RANK, j.ref))
        else:
            qrow(p, "Bank Ref. No.", bref, split=0.3, txn=(BANK_RANK, bref))
        qrow(p, "Payment Date", when_text, split=0.3, date=j.date)
        qrow(p, "Payment Mode", way, split=0.3, method=meth)
        p.part = "foot"
        p.add("gap")
        p.add("small", "The payment will reflect in your account within 48 hours. Keep this receipt.")
        return p.done()
    if layout in ("best", "vi", "cred"):
        if layout == "cred":
            p = screen(rng, font, "phone", dark=True, width=620, title="", buttons=("done",))
            p.part = "head"
            p.add("title", "CRED")
            p.add("small", "bill payments")
            p.add("gap")
            p.part = "body"
            p.add("big", rs(j.amount), amount=j.amount)
            chip(p, "bill paid", "success")
            p.add("gap")
            biller = rng.choice(["Tata Play", "TATA PLAY"])
            lead(p, "paid to", biller, merchant=biller)
            lead(p, "subscriber id", f"10{digits(rng, 8)}")
            lead(
                p,
                "paid via",
                f"UPI - {rng.choice(BANKS[:6])}"
                if fits(p, "left", "paid via ...... UPI - Saraswat Co-operative Bank")
                else "UPI",
                method="UPI",
            )
            lead(p, "Bharat Connect ref", bc, txn=(BANK_RANK, bc))
            lead(p, "UPI ref no.", j.ref, txn=(UTR_RANK, j.ref))
            lead(p, "paid on", when_text, date=j.date)
            p.part = "foot"
            p.add("gap")
            p.add("small", "powered by Bharat Connect")
            return p.done()
        if layout == "vi":
            p = mail_page(
                rng,
                font,
                "Vi Business <noreply@myvi.in>",
                ["Your payment could not be completed", "Payment failed - Vi Business"],
            )
        else:
            p = browser_page(rng, font, "www.bestundertaking.com/online-bill-payment/status")
        p.part = "head"
        name = {"vi": "Vi Business", "best": rng.choice(["B.E.S.T. Undertaking", BEST])}[layout]
        top(p, name, merchant=name)
        p.add(
            "small", {"vi": "Postpaid bill payment", "best": "Electric supply - online bill payment"}[layout]
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "pending": ["Payment pending - awaiting confirmation from your bank"],
                "failed": ["Payment failed - your bank declined the payment"],
            },
        )
        p.add("gap")
        lead(
            p,
            "Account No." if layout == "best" else "Mobile No.",
            f"{rng.randrange(100, 999)}-{digits(rng, 3)}-{digits(rng, 3)}"
            if layout == "best"
            else f"{phone(rng)[:2]}XXXXXX{digits(rng, 2)}",
        )
        lead(p, "Bill month", bill_month.title())
        lead(p, "Amount", rs(j.amount), amount=j.amount)
        lead(p, "Payment mode", way, method=meth)
        lead(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        lead(p, "Attempted on" if status == "failed" else "Initiated on", when_text, date=j.date)
        p.part = "foot"
        p.add("gap")
        p.add(
            "small",
            {
                "pending": "Do not pay again. The status is updated within 72 hours of the bank's "
                "confirmation.",
                "failed": "Any amount debited is refunded in 5-7 working days. Vodafone Idea Ltd",
            }[status],
        )
        return p.done()
    if layout == "gpay":
        p = phone_page(rng, font, k, ["", "Bill payment"])
        p.part = "head"
        p.add("title", "Google Pay")
        p.add("gap")
        p.part = "body"
        biller = rng.choice(["MSEDCL", MSEDCL, "Mahavitaran - MSEDCL"])
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Bill paid", "Completed"]})
        p.add("small", when_text, date=j.date)
        p.add("gap")
        start = box_from(p)
        label(p, "Biller")
        p.add(
            "left",
            biller if fits(p, "left", biller) else "MSEDCL",
            merchant=biller if fits(p, "left", biller) else "MSEDCL",
        )
        label(p, "Consumer number")
        p.add("left", consumer)
        label(p, "Bharat Connect ref.")
        p.add("left", bc, txn=(BANK_RANK, bc))
        label(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        box_to(p, start)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Bharat Connect")
        return p.done()
    if layout == "myjio":
        p = phone_page(rng, font, k, ["Payment details", "Receipt"])
        p.part = "head"
        p.add("title", "MyJio")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful"]})
        biller = rng.choice(["JioFiber Business", "Jio Fiber"])
        for name_, value, facts in [
            ("Amount paid", rs(j.amount), {"amount": j.amount}),
            ("Paid to", biller, {"merchant": biller}),
            ("Account", f"Fiber {phone(rng)[:2]}XXXXXX{digits(rng, 2)}", {}),
            ("Paid using", way, {"method": meth}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            (
                "Bank ref. No." if way != "UPI" else "UPI Ref. No.",
                bref if way != "UPI" else j.ref,
                {"txn": (BANK_RANK, bref) if way != "UPI" else (UTR_RANK, j.ref)},
            ),
            (
                "Date",
                "Today, " + hhmm(rng, zero=False) if j.no_day else when_text,
                {} if j.no_day else {"date": j.date},
            ),
        ]:
            p.add("small", name_)
            p.add("center", value, **facts)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Download invoice  |  Need help?")
        return p.done()
    p = browser_page(rng, font, "selfcare.hathway.com/payment/receipt")
    p.part = "head"
    name = rng.choice(["Hathway Cable and Datacom Ltd", "Hathway Broadband"])
    top(p, name, merchant=name)
    p.add("small", "Quick pay receipt")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment received - thank you", "Payment successful"]})
    at = 0.36
    form(p, "Customer ID", f"1{digits(rng, 9)}", at=at)
    form(p, "Customer name", SHOP, at=at)
    form(p, "Plan", "Business 300 Mbps - monthly", at=at)
    form(p, "Amount paid", rs(j.amount), at=at, amount=j.amount)
    form(p, "Payment mode", way, at=at, method=meth)
    form(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    if way == "UPI":
        form(p, "UPI ref.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    form(p, "Paid on", when_text, at=at, date=j.date)
    p.part = "foot"
    p.add("gap")
    p.add(
        "small", "Your account is renewed. Restart your router if the internet does not start in 30 minutes."
    )
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS, WhatsApp, e-mail alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("HDFC Bank", "AX-HDFCBK", "SHREE SAI SCAFFOLDING", "UPI", "sms"),
    ("Axis Bank", "VM-AXISBK", "VASAI BAMBOO WORK", "UPI", "sms"),
    ("Canara Bank", "JD-CANBNK", "KONKAN ROAD CARRIERS", "UPI", "sms"),
    ("Saraswat Bank", "", "KULKARNI JOSHI AND ASSOC", "NEFT", "whatsapp"),
    ("Punjab National Bank", "BP-PNBSMS", "", "UPI", "sms"),
    ("Yes Bank", "", "LIGHTBOX PHOTO STUDIO", "NEFT", "mail"),
    ("Federal Bank", "VK-FEDBNK", "BALU DHODI", "UPI", "sms"),
    ("HDFC Bank", "", "SUNITA DHANGDA", "UPI", "mail"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the secretary's and the treasurer's phones and mail: five SMS in a messages app,
    each bank's own wording, all new here (HDFC Bank's lines "Sent Rs.x / From HDFC Bank A/C *1234 / To
    <payee> / On 14/10/26 / Ref <ref>"; Axis Bank's "INR x debited / A/c no. XX1234 / 14-10-26, 16:12:05 /
    UPI/P2M/<ref>/<PAYEE>"; Canara Bank's "An amount of INR x debited from your A/c ... on <day> for UPI txn
    to <payee> has been REVERSED as the transaction failed"; Punjab National Bank's "A/c XX1234 debited INR x
    Dt 14-10-26 thru UPI:<ref>" that names no payee; Federal Bank's "Rs x debited via UPI from your A/c XX1234
    on <day> to <payee>."), Saraswat Bank's WhatsApp alert ("Your A/c XX1234 is debited with INR x towards
    NEFT to <payee>. UTR <utr>."), Yes Bank's e-mail that an NEFT is under process, and HDFC Bank's InstaAlert
    e-mail ("Rs.x has been debited from account **1234 to VPA <vpa> <PAYEE> on <day>. Your UPI transaction
    reference number is <ref>.")."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=8000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 9000, 0.8)
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 40000, 2600000), rng.choice(["indian", "plain"]))
    if j.no_ref or status == "pending":
        utr = ""
    else:
        utr = (
            j.ref
            if way == "UPI"
            else bank_ref(rng, j, bank.replace("Saraswat Bank", "Saraswat Co-operative Bank"), way)
        )
    facts: dict = {"amount": j.amount, "method": method, "status": status}
    if to:
        facts["merchant"] = to
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "mail":
        host = {"Yes Bank": "yesbank.in", "HDFC Bank": "hdfcbank.net"}[bank]
        p = mail_page(
            rng,
            font,
            f"{bank} {'InstaAlerts' if bank == 'HDFC Bank' else 'Alerts'} <alerts@{host}>",
            ["You have done a UPI txn. Check details!", "View: Account update"]
            if bank == "HDFC Bank"
            else ["Your NEFT request is under process", "Fund transfer - status"],
        )
        p.part = "head"
        top(p, bank)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        if bank == "HDFC Bank":
            vpa = f"{to.split()[0].lower()}.{to.split()[-1].lower()}@oksbi"
            text = (
                f"Rs.{amt} has been debited from account **{tail} to VPA {vpa} {to} on "
                f"{when(j.date, '%d-%m-%y')}. Your UPI transaction reference number is {utr}."
            )
            p.add("left", text, **facts)
            p.add(
                "left",
                "If you did not authorize this transaction, please report it immediately by calling "
                "18002586161 or SMS BLOCK UPI to 7308080808.",
            )
        else:
            req = f"YBN{digits(rng, 10)}"
            text = (
                f"Your NEFT request {req} for INR {amt} to {to} from your account XXXXXX{tail} on "
                f"{when(j.date, '%d/%m/%Y')} is under process. The UTR will be shared once the "
                "beneficiary's bank confirms."
            )
            facts["txn"] = (TXN_RANK, req)
            p.add("left", text, **facts)
        p.add("gap")
        p.add("left", f"Warm regards, {bank}")
        p.part = "foot"
        p.add(
            "small", "This is a system-generated e-mail. Never share your OTP, PIN or password with anyone."
        )
        return p.done()
    if bank == "HDFC Bank":
        text = (
            f"Sent Rs.{amt}\nFrom HDFC Bank A/C *{tail}\nTo {to}\nOn {when(j.date, '%d/%m/%y')}\nRef {utr}\n"
            "Not You?\nCall 18002586161/SMS BLOCK UPI to 7308080808"
        )
    elif bank == "Axis Bank":
        text = (
            f"INR {amt} debited\nA/c no. XX{tail}\n{when(j.date, '%d-%m-%y')}, "
            f"{hhmm(rng, twelve=False, seconds=True)}\n"
            f"UPI/P2M/{utr}/{to}\nNot you? SMS BLOCKUPI Cust ID to 919951860002\nAxis Bank"
        )
    elif bank == "Canara Bank":
        text = (
            f"An amount of INR {amt} debited from your A/c XXX{tail} on {when(j.date, '%d/%m/%Y')} for UPI "
            "txn "
            f"to {to} (UPI Ref {utr}) has been REVERSED as the transaction failed. Total Avail.bal INR {bal} "
            "- Canara Bank"
        )
    elif bank == "Punjab National Bank":
        text = (
            f"A/c XX{tail} debited INR {amt} Dt {when(j.date, '%d-%m-%y')} thru UPI:{utr}. Bal INR {bal} CR. "
            "Not you? Fwd this SMS to 9264092640 to block UPI -PNB"
        )
    elif bank == "Federal Bank":
        text = (
            f"Rs {amt} debited via UPI from your A/c XX{tail} on {when(j.date, '%d-%m-%Y')} to {to}. "
            "Not you? Call 18004251199 to block UPI - Federal Bank"
        )
    else:
        text = (
            f"Your A/c XX{tail} is debited with INR {amt} towards NEFT to {to}. UTR {utr}. Avl Bal INR "
            f"{bal}. "
            "- Saraswat Bank"
        )
        p = wa_page(rng, font, "Saraswat Bank", text, None, ["Check balance", "Not you? Block"])
        p.add("left", text, **facts)
        return p.done()
    p = sms_page(rng, font, sender, text, None if j.no_day else j.date)
    p.add("left", text.replace("\n", " "), **facts)
    return p.done()

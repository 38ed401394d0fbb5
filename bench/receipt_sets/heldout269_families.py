"""The twelve heldout269 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an Etikoppaka lacquered wooden toy makers' producer company's year of 2026 in
Anakapalli district, Andhra Pradesh (Varaha Lakka Bommala Producer Company Ltd; its turnery and lacquer
workshop on the Varaha river bund, Ankudu Bommala Shala, where ankudu wood is turned into tops, rattles,
kitchen sets, carts, dolls and trains and coloured on the lathe with sticks of lac; its natural dye lac unit,
Sahaja Rangula Lakka Unit; its shop at Siripuram, Visakhapatnam, Varaha Toy Shoppe, with a Visakha Utsav
stall, the web shop varahatoys.in and corporate gift orders; its export orders), told by the proofs of
payment it receives (buyers' UPI screens and the shop's own app, Razorpay's and Cashfree's pages, retailers',
the handicrafts corporation's, a school's, a bank's, a museum shop's, a distributor's, a hotel's and
RazorpayX's advices, remittances in seven currencies, its own bills, receipts, memo and ticket, its card
terminals) and those it makes (suppliers' invoices, receipts, memos and pages, the banks' apps, YONO
Business and an RTGS form, its workers' slips, vouchers, payslip and receipts, the panchayat's, the GI
Registry's, ESIC's, the Labour Department's, GVMC's, the professional tax portal's, Legal Metrology's and the
Forest Department's dues, the insurers' receipts, its card at a hotel, a pump, a shop and a restaurant, the
power, fibre, gas, water, DTH and AirFiber bills, the banks' SMS and e-mails). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the unit lines, salutations, items, pieces, rates, taxable values, GST, TDS, deductions,
shortages, shipping, round offs, balances, order values, gross amounts, INR equivalents, FX rates, fees,
charges, bases and tips, rates and volumes, earnings and deductions, tax heads, periods, bill months, weeks,
contribution months, invoice, Ack, cheque and licence days, IRNs, Ack, token, assessment, licence, permit,
PTIN, employer, service, consumer, customer, account, policy, cheque and AWB numbers, customer references,
TIDs, MIDs and batches, GSTIN, IFSC, SWIFT codes, UPI IDs, remitters and payers, the Telugu line, QR codes,
barcodes and stamps carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page`` and ``phone_page`` heldout140's; ``right`` heldout152's;
``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``Page`` and its messages app
heldout106's; ``sign`` and ``glyphs`` heldout93's; ``num`` heldout82's; ``row``, ``wrap``, the pen's faces
and the WhatsApp-free ``compose`` after heldout267's. ``compose`` is heldout158's (as heldout267's), each
page's rows drawn by ``_render``: heldout14's renderer, then this set's own rows in the lines it leaves for
them (cells at set places, on a solid band in white, tinted every other row, a shaded label cell, hairlines,
a total's rule and double rule; a tinted outcome band; Telugu and fixed-width lines; a row of tick boxes; a
form's character boxes filled in by hand; a QR code; a barcode; a thumb impression's box), then this set's
round rubber stamp and a thermal roll's zigzag tear. The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout14_render, heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets.heldout14_render import FONT_DIR, SCALE, load_font
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
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
TELUGU = "noto/NotoSansTelugu-Regular.ttf"
MONO = "dejavu/DejaVuSansMono.ttf"

COMPANY = "Varaha Lakka Bommala Producer Company Ltd"
COMPANY_CAPS = "VARAHA LAKKA BOMMALA PRODUCER COMPANY LTD"
SHORT = "Varaha Lakka Bommala PCL"
WORKSHOP = "Ankudu Bommala Shala"
LAC = "Sahaja Rangula Lakka Unit"
SHOP = "Varaha Toy Shoppe"
SHOP_CAPS = "VARAHA TOY SHOPPE"
CIN_NO = "U36401AP2019PTC112457"
GSTIN = "37AAHCV4127K1Z3"
# the units: what each does, its address (Andhra Pradesh's GST state code is 37)
UNITS = {
    "company": (
        "Etikoppaka lacquered wooden toys",
        "Main Road, Etikoppaka, S. Rayavaram Mandal, Anakapalli District - 531060",
    ),
    "workshop": (
        "Turnery and lacquer workshop",
        "Varaha River Bund, Etikoppaka, Anakapalli District - 531060",
    ),
    "lac": ("Natural dye lac sticks", "Bazaar Street, Etikoppaka, Anakapalli District - 531060"),
    "shop": ("Toys, gifts and corporate orders", "9-1-224, CBM Compound, Siripuram, Visakhapatnam - 530003"),
}
# Visakha Utsav, 2026: 9 to 11 January on the RK Beach, Visakhapatnam
UTSAV = dt.date(2026, 1, 9)
BANKS = [
    "State Bank of India",
    "Union Bank of India",
    "Canara Bank",
    "Indian Bank",
    "Bank of Baroda",
    "ICICI Bank",
    "Karur Vysya Bank",
    "Axis Bank",
    "HDFC Bank",
    "Andhra Pradesh Grameena Vikas Bank",
    "The Visakhapatnam Co-operative Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "Indian Bank": "IDIB",
    "Bank of Baroda": "BARB",
    "ICICI Bank": "ICIC",
    "Karur Vysya Bank": "KVBL",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "Andhra Pradesh Grameena Vikas Bank": "APGV",
    "The Visakhapatnam Co-operative Bank": "VCOB",
    "Kotak Mahindra Bank": "KKBK",
}
# the toys: name, HSN, price each (low, high)
TOYS = [
    ("Spinning tops (bongaram), set of 6", "9503", 180, 420),
    ("Kitchen set (vantillu), 14 pcs", "9503", 650, 1450),
    ("Bullock cart (edla bandi)", "9503", 520, 1300),
    ("Baby rattles (gilaka), pair", "9503", 190, 380),
    ("Bangle box (gajula pette)", "4420", 340, 780),
    ("Ganesha in lac red, 6 in", "4420", 420, 950),
    ("Nesting dolls, set of 5", "9503", 540, 1200),
    ("Wedding couple dolls", "4420", 460, 990),
    ("Train with 4 bogies", "9503", 720, 1650),
    ("Stacking rings, 7 colours", "9503", 260, 560),
    ("Chess set, lacquered", "9504", 1400, 3200),
    ("Key chains, assorted, 50 pcs", "4420", 900, 1800),
]
DAYS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y"]


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    return when(j.date, rng.choice(pats))


def move(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (a fair's), its UPI / IMPS reference made again for that day."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def acct(rng: random.Random) -> str:
    return rng.choice(["XXXXXXXX", "xxxxxx", "******", "XX"]) + digits(rng, 4)


def stamp_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ", " at ")) -> str:
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, twelve=rng.random() < 0.6)}"


def pick(p: Screen, kind: str, names: list[str]) -> str:
    """The first of ``names`` that fits a row of ``kind`` on the page (the last where none does)."""
    for name in names:
        if fits(p, kind, name):
            return name
    return names[-1]


def bold_of(font: str) -> str:
    """The bold face of ``font`` where it has one installed."""
    for plain, heavy in (
        ("-Regular", "-Bold"),
        ("Condensed.ttf", "Condensed-Bold.ttf"),
        ("Sans.ttf", "Sans-Bold.ttf"),
        ("Serif.ttf", "Serif-Bold.ttf"),
        ("Mono.ttf", "Mono-Bold.ttf"),
        ("FreeSans.ttf", "FreeSansBold.ttf"),
        ("FreeSerif.ttf", "FreeSerifBold.ttf"),
        ("FreeMono.ttf", "FreeMonoBold.ttf"),
    ):
        if plain in font and Path(FONT_DIR, font.replace(plain, heavy)).is_file():
            return font.replace(plain, heavy)
    return font


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault("h269", {"kinds": {}, "scale": {}, "group": {}, "marks": {}})


def kind(
    p: Screen,
    name: str,
    spec: list[tuple[float, float, str]],
    mode: str = "plain",
    *,
    group: str = "",
    fill: tuple[int, int, int] | None = None,
    bold: tuple[int, ...] = (),
) -> None:
    """Name a row kind of this page whose cells sit in ``spec``'s spans (from, to, as shares of the room, and
    the cell's alignment: "l", "r" or "c"), drawn in ``mode``: plain; soft (the label ink); band (a heading
    on a solid band of ``fill``, its text white); zebra0 / zebra1 (a table's rows, every other one tinted);
    kv (the first cell shaded, a hairline under the row); line (a hairline under the row); total (a rule over
    the last cell and a double rule under it). ``bold`` the cells drawn in the face's bold; the kinds of one
    ``group`` shrink together where a row would not fit."""
    x = ext(p)
    if name in x["kinds"]:
        return
    x["kinds"][name] = {
        "spec": [list(c) for c in spec],
        "mode": mode,
        "fill": list(fill or ()),
        "bold": list(bold),
    }
    g = group or name
    mates = [k for k, v in x["group"].items() if v == g]
    x["group"][name] = g
    x["scale"][name] = x["scale"][mates[0]] if mates else 1.0


def face_for(p: Screen, name: str, cell: int):
    x = ext(p)
    k = x["kinds"][name]
    font = bold_of(p.font) if cell in k["bold"] else p.font
    return font, load_font(font, int(p.style["size"] * x["scale"][name]))


def cells_fit(p: Screen, name: str, cells: list[str]) -> bool:
    x = ext(p)
    room = p.style["width"] - 2 * MARGIN
    for n, (text, (lo, hi, _)) in enumerate(zip(cells, x["kinds"][name]["spec"])):
        font, face = face_for(p, name, n)
        assert glyphs(font, text), (font, text)
        if face.getlength(text) > (hi - lo) * room - 12:
            return False
    return True


def row(p: Screen, name: str, *cells: str, **facts) -> None:
    """A row of ``name``'s cells, its group shrunk a step at a time (to three quarters at most) to fit."""
    x = ext(p)
    assert len(cells) == len(x["kinds"][name]["spec"]), (name, cells)
    g = x["group"][name]
    while not cells_fit(p, name, list(cells)) and x["scale"][name] > 0.76:
        for other, gg in x["group"].items():
            if gg == g:
                x["scale"][other] = round(x["scale"][other] - 0.04, 2)
    assert cells_fit(p, name, list(cells)), (p.font, name, cells)
    p.add(name, *cells, **facts)


def wrap(p: Screen, name: str, cell: int, text: str, indent: str = "") -> list[str]:
    """``text`` in lines that fit cell ``cell`` of ``name``."""
    lo, hi, _ = ext(p)["kinds"][name]["spec"][cell]
    _, face = face_for(p, name, cell)
    room = (hi - lo) * (p.style["width"] - 2 * MARGIN) - 14 - face.getlength(indent)
    lines, line = [], ""
    for word in text.split():
        if line and face.getlength(f"{line} {word}") > room:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return [indent + t for t in lines]


def zebra(
    p: Screen,
    name: str,
    spec: list[tuple[float, float, str]],
    head: list[str],
    rows: list[tuple[list[str], dict]],
    band: tuple[int, int, int],
) -> None:
    """A table whose heading sits on a solid band and whose rows are tinted every other one, no rules."""
    kind(p, f"{name}h", spec, "band", group=name, fill=band, bold=tuple(range(len(spec))))
    kind(p, f"{name}0", spec, "zebra0", group=name)
    kind(p, f"{name}1", spec, "zebra1", group=name)
    x = ext(p)
    for cells in [head] + [c for c, _ in rows]:
        while not cells_fit(p, f"{name}0", cells) and x["scale"][f"{name}0"] > 0.76:
            for k in (f"{name}h", f"{name}0", f"{name}1"):
                x["scale"][k] = round(x["scale"][k] - 0.04, 2)
    row(p, f"{name}h", *head)
    for n, (cells, facts) in enumerate(rows):
        row(p, f"{name}{n % 2}", *cells, **facts)


def kv(p: Screen, name: str, value: str, *, at: float = 0.4, **facts) -> None:
    """A label | value row with the label's cell shaded and a hairline under the row (a portal's details
    table); the value carried to the next row where it is too long."""
    k = f"kv{int(at * 100)}"
    kind(p, k, [(0.0, at, "l"), (at, 1.0, "l")], "kv", group="kv")
    if not cells_fit(p, k, [name, value]):
        lines = wrap(p, k, 1, value)
        if len(lines) > 1:
            row(p, k, name, lines[0], **facts)
            for more in lines[1:]:
                row(p, k, "", more)
            return
    row(p, k, name, value, **facts)


def kvr(p: Screen, name: str, value: str, **facts) -> None:
    """A label at the left and its value set to the right, a hairline under the row (an app's details)."""
    kind(p, "kvr", [(0.0, 0.45, "l"), (0.45, 1.0, "r")], "line", group="kvr")
    if not cells_fit(p, "kvr", [name, value]):
        row(p, "kvr", name, "")
        kind(p, "kvr2", [(0.0, 1.0, "r")], "line", group="kvr")
        row(p, "kvr2", value, **facts)
        return
    row(p, "kvr", name, value, **facts)


def total(p: Screen, name: str, value: str, *, at: float = 0.62, **facts) -> None:
    """A total: its label, its sum with a rule over it and a double rule under it (an account's way)."""
    k = f"tot{int(at * 100)}"
    kind(p, k, [(0.0, at, "r"), (at, 1.0, "r")], "total", bold=(0, 1))
    row(p, k, name, value, **facts)


def cols(
    p: Screen, name: str, spec: list[tuple[float, float, str]], *cells: str, mode: str = "plain", **facts
) -> None:
    kind(p, name, spec, mode)
    row(p, name, *cells, **facts)


def strip(p: Screen, text: str, status: str, **facts) -> None:
    """The outcome on a tinted band across the page, a bar of its colour at the left."""
    assert glyphs(bold_of(p.font), text), text
    scale = 1.0
    while (
        load_font(bold_of(p.font), int(p.style["size"] * scale)).getlength(text) + 50
        > p.style["width"] - 2 * MARGIN
    ):
        scale = round(scale - 0.05, 2)
        assert scale >= 0.75, text
    p.add("strip", text, status=status, **facts)
    ext(p)["marks"][str(len(p.rows) - 1)] = [list(TONE[status]), scale]
    p.accent(TONE[status])


def raw(p: Screen, kind_: str, *texts: str, **facts) -> None:
    """A row added without the page face's checks (its texts drawn in another face, checked by the caller)."""
    ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))


def telugu(p: Screen, text: str) -> None:
    """A line in Telugu script, centred (a title over its English)."""
    face = load_font(TELUGU, int(p.style["size"] * 1.05))
    assert glyphs(TELUGU, text) and face.getlength(text) <= p.style["width"] - 2 * MARGIN, text
    raw(p, "tel", text)


def mono(p: Screen, text: str, **facts) -> None:
    """A line of a plain-text mail in a fixed-width face (its tables drawn with dashes and bars)."""
    face = load_font(MONO, int(p.style["size"] * 0.86))
    assert face.getlength(text) <= p.style["width"] - 2 * MARGIN, (len(text), text)
    raw(p, "mono", text, **facts)


def ticks(p: Screen, options: list[str], chosen: int, **facts) -> None:
    """A printed row of boxes, one for each way (Cash, Cheque, ...), the one used ticked by hand."""
    face = load_font(p.font, p.style["size"])
    need = sum(face.getlength(o) + 52 for o in options)
    assert need <= p.style["width"] - 2 * MARGIN, options
    p.add("ticks", *options, **facts)
    ext(p)["marks"][str(len(p.rows) - 1)] = chosen


def comb(p: Screen, name: str, value: str, **facts) -> None:
    """A bank form's field: its label, then a box for each character, filled in by hand in capitals."""
    pen = pen_face(p)
    face = load_font(p.font, int(p.style["size"] * 0.85))
    cell = int(p.style["size"] * 1.05)
    assert glyphs(pen, value), (pen, value)
    need = face.getlength(name) + 14 + cell * len(value)
    assert need <= p.style["width"] - 2 * MARGIN, (name, value)
    p.add("comb", name, value, **facts)


PENS = [
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
]


def pen_face(p: Screen) -> str:
    x = ext(p)
    if "pen" not in x:
        x["pen"] = p.rng.choice(PENS)
        x["pen_ink"] = list(p.rng.choice([(24, 52, 150), (20, 30, 110), (35, 35, 45)]))
    return x["pen"]


def qr(p: Screen, seed: str, where: str = "r", lines: int = 5) -> None:
    """A QR code's square (modules drawn from ``seed``, three finder squares), ``lines`` rows high."""
    p.add("qr", seed, where)
    ext(p)["marks"][str(len(p.rows) - 1)] = lines
    for _ in range(lines - 1):
        p.add("gap")


def thumb(p: Screen, caption: str) -> None:
    """A square at the right, three rows high, for a worker's left thumb impression (or a signature)."""
    ext(p)
    p.add("thumb", caption)
    p.add("gap")
    p.add("gap")


def bars(p: Screen, seed: str) -> None:
    """A barcode's bars (drawn from ``seed``), two rows high, centred; its number printed by the caller."""
    p.add("bars", seed)
    p.add("gap")


def seal(p: Screen, ring: str, middle: list[str], colour: str = "violet") -> None:
    """A round rubber stamp: ``ring`` set round its rim, ``middle`` across it; tilted, room made at the foot."""
    bold = bold_of(p.font)
    for text in [ring, *middle]:
        assert glyphs(bold, text), (bold, text)
    for _ in range(int(170 / (p.style["size"] * 1.55)) + 1):
        p.add("gap")
    ext(p)["seal"] = {
        "ring": ring,
        "middle": middle,
        "ink": {"violet": [92, 52, 160, 200], "blue": [30, 70, 170, 200], "red": [180, 40, 50, 200]}[colour],
        "angle": p.rng.uniform(-18, 18),
        "at": p.rng.uniform(0.3, 0.72),
    }


def torn(p: Screen) -> None:
    """The page as a thermal roll's tear: its top and foot cut in zigzags over a counter's wood."""
    ext(p)["torn"] = True


# ---------------------------------------------------------------- drawing


def _tint(colour, paper, share: float) -> tuple[int, int, int]:
    return tuple(int(paper[i] + (colour[i] - paper[i]) * share) for i in range(3))


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """``heldout14_render.render``'s page, then this set's rows drawn in the lines it leaves for them: cells at
    set places (on a band, tinted every other row, a shaded label cell, hairlines, a total's rules), a tinted
    outcome band, Telugu and fixed-width lines, a row of tick boxes, a form's character boxes, a QR code and a
    barcode."""
    page = heldout14_render.render(rows, font, style)
    x = style.get("h269")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    line = int(size * 1.55)
    draw = ImageDraw.Draw(page)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    dark = sum(paper_) < 300
    lift = int(size * 0.24)
    tops, heights = [], []
    y = MARGIN
    pair_face = load_font(font, size)
    for r in rows:
        tops.append(y)
        step_h = int(line * SCALE.get(r[0], 1.0)) if r[0] != "pair" else line
        if r[0] == "pair" and pair_face.getlength(r[1]) + pair_face.getlength(r[2]) + 24 > room:
            step_h *= 2
        heights.append(step_h)
        y += step_h
    shade = _tint((0, 0, 0) if not dark else (255, 255, 255), paper_, 0.07)
    for i, r in enumerate(rows):
        name, y = r[0], tops[i]
        k = x["kinds"].get(name)
        top_y, bot_y = y - lift, y + line - lift
        if k:
            scale = x["scale"].get(name, 1.0)
            mode = k["mode"]
            cell_ink = soft if mode == "soft" else ink
            if mode == "band":
                draw.rectangle((MARGIN - 6, top_y, width - MARGIN + 6, bot_y), fill=tuple(k["fill"]))
                cell_ink = (255, 255, 255)
            elif mode == "zebra1":
                draw.rectangle((MARGIN - 6, top_y, width - MARGIN + 6, bot_y), fill=shade)
            elif mode == "kv":
                draw.rectangle((MARGIN, top_y, MARGIN + k["spec"][0][1] * room, bot_y), fill=shade)
                draw.line((MARGIN, bot_y, width - MARGIN, bot_y), fill=_tint(soft, paper_, 0.5), width=1)
            elif mode == "line":
                draw.line((MARGIN, bot_y, width - MARGIN, bot_y), fill=_tint(soft, paper_, 0.45), width=1)
            for n, (text, (lo, hi, align)) in enumerate(zip(r[1:], k["spec"])):
                cell_font = bold_of(font) if n in k["bold"] else font
                face = load_font(cell_font, int(size * scale))
                left, right_edge = MARGIN + lo * room, MARGIN + hi * room
                inset = 6
                tx = left + inset
                if align == "r":
                    tx = right_edge - inset - draw.textlength(text, font=face)
                elif align == "c":
                    tx = (left + right_edge) / 2 - draw.textlength(text, font=face) / 2
                draw.text((tx, y), text, font=face, fill=cell_ink)
                if mode == "total" and n == len(k["spec"]) - 1 and text:
                    draw.line((left + 8, top_y, right_edge, top_y), fill=ink, width=1)
                    draw.line((left + 8, bot_y, right_edge, bot_y), fill=ink, width=1)
                    draw.line((left + 8, bot_y + 3, right_edge, bot_y + 3), fill=ink, width=1)
        elif name == "strip":
            colour, scale = tuple(x["marks"][str(i)][0]), x["marks"][str(i)][1]
            draw.rectangle(
                (MARGIN - 10, top_y - 2, width - MARGIN + 10, bot_y + 2), fill=_tint(colour, paper_, 0.14)
            )
            draw.rectangle((MARGIN - 10, top_y - 2, MARGIN - 4, bot_y + 2), fill=colour)
            face = load_font(bold_of(font), int(size * scale))
            draw.text(((width - draw.textlength(r[1], font=face)) / 2, y), r[1], font=face, fill=colour)
        elif name == "tel":
            face = load_font(TELUGU, int(size * 1.05))
            draw.text(
                ((width - draw.textlength(r[1], font=face)) / 2, y - int(size * 0.2)),
                r[1],
                font=face,
                fill=ink,
            )
        elif name == "mono":
            face = load_font(MONO, int(size * 0.86))
            draw.text((MARGIN, y), r[1], font=face, fill=ink)
        elif name == "ticks":
            face = load_font(font, size)
            chosen = x["marks"][str(i)]
            step_x = room / len(r[1:])
            pen_ink = tuple(x.get("pen_ink", (24, 52, 150)))
            for n, text in enumerate(r[1:]):
                bx = MARGIN + n * step_x
                box = (bx, y + 1, bx + size - 2, y + size - 1)
                draw.rectangle(box, outline=ink, width=1)
                draw.text((bx + size + 8, y), text, font=face, fill=ink)
                if n == chosen:
                    draw.line((bx + 3, y + size * 0.5, bx + size * 0.42, y + size - 4), fill=pen_ink, width=3)
                    draw.line((bx + size * 0.42, y + size - 4, bx + size + 4, y - 6), fill=pen_ink, width=3)
        elif name == "comb":
            face = load_font(font, int(size * 0.85))
            pen = load_font(x["pen"], int(size * 0.95))
            pen_ink = tuple(x["pen_ink"])
            draw.text((MARGIN, y + 2), r[1], font=face, fill=ink)
            cell = int(size * 1.05)
            cx = MARGIN + face.getlength(r[1]) + 14
            for ch in r[2]:
                draw.rectangle((cx, top_y, cx + cell, bot_y), outline=soft, width=1)
                if ch != " ":
                    draw.text(
                        (cx + (cell - draw.textlength(ch, font=pen)) / 2, y - 1), ch, font=pen, fill=pen_ink
                    )
                cx += cell
        elif name == "qr":
            n_lines = x["marks"][str(i)]
            side = int(line * n_lines) - 12
            where = r[2]
            x0 = {"r": width - MARGIN - side, "l": MARGIN, "c": (width - side) // 2}[where]
            _qr(draw, random.Random(r[1]), x0, top_y + 4, side, ink, paper_)
        elif name == "thumb":
            side = int(line * 2.6)
            x0 = width - MARGIN - side
            draw.rectangle((x0, y, x0 + side, y + side), outline=soft, width=1)
            small = load_font(font, int(size * 0.62))
            for n, text in enumerate(r[1].split("|")):
                tw = draw.textlength(text, font=small)
                draw.text(
                    (x0 + (side - tw) / 2, y + side / 2 - size * 0.7 + n * size * 0.75),
                    text,
                    font=small,
                    fill=soft,
                )
        elif name == "bars":
            _bars(draw, random.Random(r[1]), width, top_y + 2, int(line * 1.8), ink)
    return page


def _qr(draw: ImageDraw.ImageDraw, rng: random.Random, x0: int, y0: int, side: int, ink, paper_) -> None:
    n = 29
    cell = side / n
    for a in range(n):
        for b in range(n):
            corner = (a < 8 and b < 8) or (a < 8 and b >= n - 8) or (a >= n - 8 and b < 8)
            if corner or rng.random() >= 0.5:
                continue
            draw.rectangle((x0 + a * cell, y0 + b * cell, x0 + (a + 1) * cell, y0 + (b + 1) * cell), fill=ink)
    for cx, cy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for ring, colour in ((7, ink), (5, paper_), (3, ink)):
            off = (7 - ring) / 2
            draw.rectangle(
                (
                    x0 + (cx + off) * cell,
                    y0 + (cy + off) * cell,
                    x0 + (cx + off + ring) * cell,
                    y0 + (cy + off + ring) * cell,
                ),
                fill=colour,
            )


def _bars(draw: ImageDraw.ImageDraw, rng: random.Random, width: int, y0: int, h: int, ink) -> None:
    widths = [rng.choice([1, 1, 2, 2, 3, 4]) * 2 for _ in range(60)]
    total_w = sum(widths)
    x = (width - total_w) / 2
    for n, w in enumerate(widths):
        if n % 2 == 0:
            draw.rectangle((x, y0, x + w - 1, y0 + h), fill=ink)
        x += w


def _seal(image: Image.Image, font: str, s: dict) -> Image.Image:
    """A round rubber stamp: two rings, its rim's words set round the top, its middle lines across."""
    bold = bold_of(font)
    d = 190
    layer = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    ink = tuple(s["ink"])
    draw.ellipse((3, 3, d - 4, d - 4), outline=ink, width=4)
    draw.ellipse((34, 34, d - 35, d - 35), outline=ink, width=2)
    face = load_font(bold, 17)
    text = s["ring"]
    span = 250.0
    total_w = sum(face.getlength(ch) for ch in text)
    angle = -90 - span / 2
    per = span / max(total_w, 1)
    r = d / 2 - 17
    for ch in text:
        w = face.getlength(ch)
        mid = angle + per * w / 2
        glyph = Image.new("RGBA", (30, 30), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((15 - w / 2, 5), ch, font=face, fill=ink)
        glyph = glyph.rotate(-(mid + 90), resample=Image.BICUBIC)
        gx = d / 2 + r * math.cos(math.radians(mid)) - 15
        gy = d / 2 + r * math.sin(math.radians(mid)) - 15
        layer.alpha_composite(glyph, (int(gx), int(gy)))
        angle += per * w
    small = load_font(bold, 15)
    lines = s["middle"]
    y = d / 2 - 13 * len(lines)
    for text in lines:
        draw.text(((d - small.getlength(text)) / 2, y), text, font=small, fill=ink)
        y += 26
    layer = layer.rotate(s["angle"], resample=Image.BICUBIC)
    out = image.convert("RGBA")
    x0 = int(out.width * s["at"] - d / 2)
    y0 = out.height - d - 12
    out.alpha_composite(layer, (max(0, min(x0, out.width - d)), max(0, y0)))
    return out.convert("RGB")


def _torn(image: Image.Image, rng_seed: str) -> Image.Image:
    """The page cut in zigzags at its top and foot, laid on a counter's dark wood."""
    rng = random.Random(rng_seed)
    pad = 30
    w, h = image.size
    base = Image.new(
        "RGB", (w + 2 * pad, h + 2 * pad), rng.choice([(92, 64, 44), (70, 52, 40), (104, 80, 58)])
    )
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    tooth = 14
    top_pts = [(0, tooth)]
    bot_pts = [(w, h - tooth)]
    for n, xx in enumerate(range(0, w + tooth, tooth)):
        top_pts.append((min(xx, w), 0 if n % 2 else tooth))
    for n, xx in enumerate(range(w, -tooth, -tooth)):
        bot_pts.append((max(xx, 0), h if n % 2 else h - tooth))
    draw.polygon(top_pts + [(w, tooth)] + bot_pts + [(0, h - tooth)], fill=255)
    base.paste(image, (pad, pad), mask)
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout265's), each page's rows drawn by ``_render`` (this set's rows
    over heldout14's renderer) while it is drawn; then this set's round rubber stamp and a roll's torn
    edges."""
    x = style.get("h269") or {}
    modules = (heldout106_families, heldout118_families, heldout121_families)
    saved = [module.PLAIN for module in modules]
    for module in modules:
        module.PLAIN = _render
    try:
        image = compose158(rows, font, style)
    finally:
        for module, plain in zip(modules, saved):
            module.PLAIN = plain
    if x.get("seal"):
        image = _seal(image, font, x["seal"])
    if x.get("torn"):
        image = _torn(image, f"{font}{len(rows)}{rows[0]}")
    return image


def sms_page(rng: random.Random, font: str, sender: str, text: str, day: dt.date | None) -> Screen:
    """A messages app's thread with one message (heldout106's frame, drawn from the text)."""
    assert glyphs(font, text.replace("\n", " ")), (font, text)
    p = Page(font, rng, "sms", dark=rng.random() < 0.35, size=rng.choice([20, 21, 22]), width=600)
    divider = (
        "Today" if day is None or rng.random() < 0.3 else when(day, rng.choice(["{d} %B %Y", "%a, {d} %b"]))
    )
    p.style["h106"].update(
        {"sender": sender, "divider": divider, "text": text, "time": hhmm(rng, lower=rng.random() < 0.4)}
    )
    return p


# ---------------------------------------------------------------- 1. buyers: UPI apps, the web shop


PURPLE, PAYTM_BLUE, NAVI_GREEN = (95, 37, 159), (0, 46, 110), (28, 120, 100)
PAYEE_NAMES = [SHOP_CAPS, SHOP, COMPANY_CAPS, "VARAHA LAKKA BOMMALA PROD"]
PAYEE_VPAS = [
    "varahatoys@sbi",
    "varahatoyshoppe@ybl",
    "Q731620954@ybl",
    "paytmqr5xk2m9hq@paytm",
    "varahalakka.62@okaxis",
]
BUYERS = [
    ("Sravani Kolli", "sravani.k@okhdfcbank"),
    ("Raghav Iyer", "raghaviyer@oksbi"),
    ("Mounika Varma", "mounika.v@ybl"),
    ("Anil Kumar Dadi", "anildadi@axl"),
    ("Deepthi Reddy", "deepthi.r@ibl"),
    ("Joseph Mathew", "josephm@okicici"),
    ("Lakshmi Prasanna", "lprasanna@paytm"),
    ("Harsha Vardhan", "harsha.v@kotak"),
]


def toy_lines(rng: random.Random, n: int) -> list[tuple[str, str, int, float]]:
    """Toys bought: name, HSN, quantity, price each."""
    out = []
    for i in rng.sample(range(len(TOYS)), n):
        name, hsn, lo, hi = TOYS[i]
        out.append((name, hsn, rng.randrange(1, 4), float(rng.randrange(lo, hi, 10))))
    return out


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Visakhapatnam shop or the company: PhonePe's receipt (a purple band, the outcome on a
    tinted band, the payee with its sum at the right under Paid to, a shaded details table: Transaction ID,
    UTR, Debited from); Paytm's (Paid Successfully to over the payee, the sum large, the details as labels
    at the left and values at the right over hairlines: UPI Ref. No., From, To UPI ID); Razorpay's payment
    page (the shop on top, a table on a band with every other row tinted: Payment ID, Amount, Method, Bank
    RRN, Paid on); BHIM's failed transfer; the shop's own PhonePe Business app (the business on top, Payment
    received, "from <buyer>", UTR, Received in); Amazon Pay's (no ids); Navi's pending one; Cashfree's
    receipt e-mail for a web order (a tinted items table, the total under a rule and over a double rule,
    then the payment's shaded table: Payment mode, Bank reference, CF Payment ID, Order ID, Paid on). All new
    here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=350, high=24000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEE_NAMES)
    vpa = rng.choice(PAYEE_VPAS)
    bank = rng.choice(BANKS[:9])
    who, their = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    hour = hhmm(rng, lower=rng.random() < 0.5)
    day = when(j.date, rng.choice(["{d} %b %Y", "%d %b %Y", "%d/%m/%Y", "%d %B %Y"]))
    if k == 2:
        return razorpay_page(rng, font, j, rs, who)
    if k == 7:
        return cashfree_mail(rng, font, j, rs, who)
    p = phone_page(
        rng, font, k, {0: ["Transaction Successful", ""], 4: ["Payments", ""]}.get(k, ["", "Payment details"])
    )
    p.part = "head"
    if k == 0:
        if not p.style["h106"]["dark"]:
            p.style["band"], p.style["band_ink"] = PURPLE, (255, 255, 255)
        p.add("title", "PhonePe")
        p.add("gap")
        p.part = "body"
        strip(p, rng.choice(["Transaction Successful", "Payment Successful"]), status)
        if not j.no_day:
            p.add("small", f"{hour} on {day}", date=j.date)
        p.add("gap")
        p.add("small", "Paid to")
        name = pick(p, "left", [f"{to}    {rs(j.amount)}", f"{SHOP}    {rs(j.amount)}"]).split("    ")[0]
        cols(
            p,
            "payee",
            [(0.0, 0.68, "l"), (0.68, 1.0, "r")],
            name,
            rs(j.amount),
            merchant=name,
            amount=j.amount,
        )
        p.add("small", vpa, method="UPI")
        p.add("gap")
        p.add("left", "Transfer Details")
        own = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        if not j.no_ref:
            kv(p, "Transaction ID", own, txn=(TXN_RANK, own))
            kv(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kv(p, "Debited from", f"{bank.replace(' of India', '')} {acct(rng)}")
        kv(p, "Paid by", who)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Powered by UPI  |  YES BANK")
        return p.done()
    if k == 4:
        p.add("title", "PhonePe Business" if fits(p, "title", "PhonePe Business") else "PhonePe")
        shown = rng.choice([SHOP, SHOP_CAPS])
        p.add("small", f"{shown}  |  Siripuram", merchant=shown)
        p.part = "body"
        p.add("gap")
        strip(p, "Payment received", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"from {who}", method="UPI")
        p.add("gap")
        kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", their)
        kvr(p, "Received in", f"{bank} {acct(rng)}")
        kvr(p, "Date & time", f"{day}, {hour}", date=j.date)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Settled to your bank account instantly")
        return p.done()
    if k == 1:
        p.add("title", "paytm")
        p.part = "body"
        p.add("gap")
        p.add("small", "Paid Successfully to", status=status)
        p.accent(GREEN)
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        if j.amount == int(j.amount):
            p.add("small", words_in_rupees(j.amount))
        p.add("gap")
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "To UPI ID", vpa, method="UPI")
        kvr(p, "From", f"{bank} - {digits(rng, 4)}")
        kvr(p, "Note", rng.choice(["toys", "kitchen set", "gift", "bongaram x2", "diwali order"]))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Check Balance  |  Share  |  Pay Again")
        return p.done()
    words = {
        3: ("BHIM", {"failed": "Transaction Failed"}),
        5: ("amazon pay", {"success": "Payment successful"}),
        6: ("Navi", {"pending": "Payment pending"}),
    }[k]
    if k == 6 and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = NAVI_GREEN, (255, 255, 255)
    p.add("title", words[0])
    p.add("gap")
    p.part = "body"
    strip(p, words[1][status], status)
    if status == "failed":
        p.add("small", "Your bank declined the payment. Money, if debited, will be refunded within 3 days.")
    if status == "pending":
        p.add("small", "Your bank is yet to confirm. Please do not pay again.")
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "To" if status != "success" else "Paid to")
    name = pick(p, "center", [to, SHOP])
    p.add("center", name, merchant=name)
    p.add("gap")
    if not j.no_ref:
        kv(p, "UPI Ref No" if k == 3 else "UPI reference no.", j.ref, txn=(UTR_RANK, j.ref))
    kv(p, "To VPA" if k == 3 else "UPI ID", vpa, method="UPI")
    kv(p, "From", f"{who} ({bank.split(' ')[0]})")
    if not j.no_day:
        kv(p, {3: "Date", 5: "Paid on", 6: "Started on"}[k], f"{day}, {hour}", date=j.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Need help? Contact support")
    return p.done()


def razorpay_page(rng: random.Random, font: str, j: Job, rs, who: str) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, f"rzp.io/rzp/{code(rng, 8, MIXED)}")
    p.part = "head"
    name = rng.choice([SHOP, SHOP_CAPS])
    top(p, name, merchant=name)
    p.add("small", "Payment for your order  |  powered by Razorpay")
    p.add("rule")
    p.part = "body"
    strip(p, "Payment Successful", "success")
    p.add("gap")
    pay_id = f"pay_{code(rng, 14, MIXED)}"
    way = rng.choice(["UPI", "UPI", "card"])
    rows = [
        (["Payment ID", pay_id], {"txn": (TXN_RANK, pay_id)}),
        (["Amount", rs(j.amount)], {"amount": j.amount}),
        (["Method", "UPI" if way == "UPI" else f"Card - Visa {masked(rng, font)}"], {"method": way}),
    ]
    if way == "UPI":
        rows.append((["Bank RRN", j.ref], {"txn": (UTR_RANK, j.ref)}))
    else:
        auth = digits(rng, 6)
        rows.append((["Auth code", auth], {"txn": (APPR_RANK, auth)}))
    rows.append((["Paid on", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}))
    rows.append((["Paid by", f"{who}, +91 {digits(rng, 2)}XXXXXX{digits(rng, 2)}"], {}))
    zebra(p, "rp", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["Payment details", ""], rows, (51, 97, 236))
    p.add("gap")
    p.add("small", "A receipt has been sent to your e-mail. For the order, write to hello@varahatoys.in")
    p.part = "foot"
    p.add("small", "Razorpay Software Pvt Ltd  |  Payments are collected for the merchant.")
    return p.done()


def cashfree_mail(rng: random.Random, font: str, j: Job, rs, who: str) -> tuple[list, dict, dict]:
    p = mail_page(
        rng,
        font,
        "Cashfree Payments <receipts@cashfree.com>",
        [f"Payment receipt from {SHOP}", "Your payment receipt"],
    )
    p.part = "head"
    top(p, "cashfree")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Hi {who.split()[0]},")
    name = rng.choice([SHOP, SHOP_CAPS])
    p.add("left", f"Receipt from {name}", merchant=name)
    p.add("left", "Your payment was successful. Here is what you paid for.", status="success")
    lines = toy_lines(rng, rng.randrange(2, 4))
    rows = []
    sub = 0.0
    for toy, _, qty, price in lines:
        sub += qty * price
        rows.append(([toy, str(qty), num(price), num(qty * price)], {}))
    ship = float(rng.choice([0, 80, 120]))
    j.amount = round(sub + ship, 2)
    zebra(
        p,
        "it",
        [(0.0, 0.56, "l"), (0.56, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["Item", "Qty", "Price", "Amount"],
        rows,
        (0, 112, 96),
    )
    cols(p, "sub", [(0.0, 0.8, "r"), (0.8, 1.0, "r")], "Shipping", num(ship) if ship else "Free")
    total(p, "Total paid", rs(j.amount), at=0.6, amount=j.amount)
    p.add("gap")
    order = f"VTS{rng.randrange(10400, 19999)}"
    cf = digits(rng, 10)
    kv(p, "Payment mode", "UPI", method="UPI")
    if not j.no_ref:
        kv(p, "Bank reference", j.ref, txn=(UTR_RANK, j.ref))
        kv(p, "CF Payment ID", cf, txn=(TXN_RANK, cf))
        kv(p, "Order ID", order, txn=(ORDER_RANK, order))
    kv(p, "Paid on", stamp_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ", " ")), date=j.date)
    p.part = "foot"
    p.add("small", f"This receipt is sent by Cashfree Payments on behalf of {SHOP}.")
    return p.done()


# ---------------------------------------------------------------- 2. retailers', hotels' and institutions' payments


# payer, its town, the frame
PAYERS = [
    ("Kidzcraft Retail Pvt Ltd", "Koramangala, Bengaluru - 560034", "plaintext"),
    (
        "Andhra Pradesh Handicrafts Development Corporation Ltd",
        "Lepakshi Bhavan, Vijayawada - 520010",
        "cfms",
    ),
    ("Sunbeam Montessori House", "Banjara Hills, Hyderabad - 500034", "zoho"),
    ("Coastline Interiors LLP", "MVP Colony, Visakhapatnam - 530017", "icici"),
    ("Kalakshetra Museum Shop", "Thiruvanmiyur, Chennai - 600041", "intimation"),
    ("Kaigal Crafts Distributors", "T. Nagar, Chennai - 600017", "debitnote"),
    ("The Bay Crest Hotel", "Beach Road, Visakhapatnam - 530002", "letter"),
    ("GiftCraft Corporate Solutions LLP", "Baner, Pune - 411045", "razorpayx"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Bengaluru toy chain, the state's handicrafts corporation (Lepakshi), a Hyderabad school, a
    Visakhapatnam interiors firm, a Chennai museum shop, a Chennai distributor, a Visakhapatnam hotel and a
    Pune corporate gifting firm paying the company for toys: a plain-text remittance e-mail with its table
    drawn in dashes and bars in a fixed-width face; the corporation's CFMS bill status page (a shaded table,
    then the bill's stages in a tinted table on a band); Zoho Books' PAYMENT MADE receipt (Payment#, Payment
    Date, Reference Number, Paid To, Payment Mode, the Amount Paid box, the bills paid); ICICI Bank's
    beneficiary e-mail of a returned NEFT (a shaded table); a museum shop's PAYMENT INTIMATION with the way
    ticked in a row of boxes; a distributor's DEBIT NOTE CUM PAYMENT ADVICE (the invoice less its shortage
    and the net under a double rule); a hotel's letter with its round stamp; RazorpayX's payout e-mail. All
    new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=18000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = ours(rng)
    pbank = rng.choice(BANKS[:9])
    way = rng.choice(["NEFT", "NEFT", "RTGS"]) if j.amount > 200000 else "NEFT"
    utr = utr_of(rng, j, pbank, way)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    inv = f"VLB/{fy(j.date)}/{rng.randrange(40, 900):04d}"
    if frame == "plaintext":
        doc = f"2000{digits(rng, 6)}"
        p = mail_page(
            rng,
            font,
            "Kidzcraft AP <ap.payments@kidzcraft.in>",
            [f"Remittance Advice - Payment Document {doc}"],
        )
        p.part = "body"
        p.add("left", "Dear Supplier,")
        p.add("left", "Please find below the details of the payment made to you.", status="success")
        w = 60
        mono(p, "-" * w)
        mono(
            p,
            f"Supplier Name  : {payee if len(payee) <= w - 17 else SHORT}",
            merchant=payee if len(payee) <= w - 17 else SHORT,
        )
        mono(p, f"Payment Doc No : {doc}", txn=(INVOICE_RANK, doc))
        mono(p, f"Payment Date   : {when(j.date, '%d-%b-%Y').upper()}", date=j.date)
        mono(p, f"Payment Method : {way}", method="netbanking")
        mono(p, f"UTR Number     : {utr}", txn=(UTR_RANK, utr))
        mono(p, "-" * w)
        mono(p, "| Invoice No      | Inv Date    |   Gross |  TDS |    Net |")
        mono(p, "-" * w)
        n = rng.randrange(1, 4)
        gross_all = net_all = 0.0
        for _ in range(n):
            gross = float(rng.randrange(9000, 70000))
            tds = round(gross * 0.01, 0)
            gross_all += gross
            net_all += gross - tds
            bill = f"VLB/{fy(j.date)}/{rng.randrange(40, 900):04d}"
            mono(
                p,
                f"| {bill:<15} | {when(earlier(rng, j, 12, 60), '%d-%m-%Y'):<11} |{gross:>8.0f} |{tds:>5.0f} |{gross - tds:>7.0f} |",
            )
        j.amount = net_all
        mono(p, "-" * w)
        mono(
            p,
            f"| {'TOTAL':<15} | {'':<11} |{gross_all:>8.0f} |{gross_all - net_all:>5.0f} |{net_all:>7.0f} |",
            amount=j.amount,
        )
        mono(p, "-" * w)
        p.add("left", "All amounts are in INR. TDS u/s 194Q / 194C as applicable.")
        p.part = "foot"
        p.add("left", "Regards, Accounts Payable - Kidzcraft Retail Pvt Ltd")
        p.add("small", "This is an auto-generated mail from Oracle Fusion. Please do not reply.")
        return p.done()
    if frame == "cfms":
        p = browser_page(rng, font, "cfms.ap.gov.in/bill-status")
        p.part = "head"
        top(
            p,
            "CFMS - Government of Andhra Pradesh"
            if fits(p, "title", "CFMS - Government of Andhra Pradesh")
            else "CFMS",
        )
        p.add("small", "Comprehensive Financial Management System  |  Know your bill status")
        p.add("rule")
        p.part = "body"
        bill_id = f"{j.date:%y}{digits(rng, 8)}"
        token = f"{digits(rng, 6)}"
        kv(p, "Bill ID", bill_id, at=0.34, txn=(INVOICE_RANK, bill_id))
        kv(p, "DDO", "Managing Director, APHDC, Vijayawada", at=0.34)
        kv(p, "Beneficiary", payee, at=0.34, merchant=payee)
        kv(p, "Gross amount", num(j.amount), at=0.34)
        tds = round(j.amount * 0.02, 0)
        net = j.amount - tds
        kv(p, "Deductions", f"{num(tds)} (TDS, GST-TDS)", at=0.34)
        kv(p, "Net amount", num(net), at=0.34, amount=net)
        kv(p, "Token No.", token, at=0.34)
        kv(p, "Payment mode", "e-Kuber (RBI) - credit to bank account", at=0.34, method="netbanking")
        j.amount = net
        p.add("gap")
        stages = [
            ["Bill submitted", "DDO"],
            ["Token generated", "Treasury"],
            ["Bill passed", "PAO"],
            ["Paid", "e-Kuber"],
        ]
        rows = [(cells, {}) for cells in stages[:-1]] + [(stages[-1], {"status": "success"})]
        zebra(p, "st", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], ["Stage", "By"], rows, (12, 84, 140))
        p.add("gap")
        p.add("small", "The amount is credited to the beneficiary's bank account registered in CFMS.")
        p.part = "foot"
        p.add("small", "Finance Department, Government of Andhra Pradesh")
        return p.done()
    if frame == "zoho":
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, payer)
        p.add("small", town)
        p.add("rule")
        p.add("center", "PAYMENTS MADE")
        p.part = "body"
        pay_no = str(rng.randrange(12, 480))
        kv(p, "Payment#", pay_no, at=0.36, txn=(INVOICE_RANK, pay_no))
        kv(p, "Payment Date", when_in(j, ["%d/%m/%Y", "%d %b %Y"], rng), at=0.36, date=j.date)
        kv(p, "Reference Number", utr, at=0.36, txn=(UTR_RANK, utr))
        kv(p, "Paid To", payee, at=0.36, merchant=payee)
        kv(p, "Payment Mode", f"Bank Transfer ({way})", at=0.36, method="netbanking")
        kv(p, "Paid Through", f"{pbank} - Current A/c", at=0.36)
        p.add("gap")
        strip(p, f"Amount Paid    {rs(j.amount)}", "success", amount=j.amount)
        p.add("gap")
        bill_day = earlier(rng, j, 10, 40)
        zebra(
            p,
            "bp",
            [(0.0, 0.3, "l"), (0.3, 0.54, "l"), (0.54, 0.77, "r"), (0.77, 1.0, "r")],
            ["Bill Number", "Bill Date", "Bill Amount", "Payment Amount"],
            [([inv, when(bill_day, "%d/%m/%Y"), num(j.amount), num(j.amount)], {})],
            (60, 60, 70),
        )
        p.part = "foot"
        p.add("gap")
        p.add(
            "small",
            "Toys for the Montessori practical life corner - as per PO SMH/PO/" + str(rng.randrange(10, 99)),
        )
        return p.done()
    if frame == "icici":
        p = mail_page(
            rng,
            font,
            "ICICI Bank <cib.alerts@icicibank.com>",
            [f"Payment returned - {payer}", "Beneficiary credit status"],
        )
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("small", "Corporate Internet Banking - beneficiary payment status")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Beneficiary,")
        p.add("left", f"The payment initiated by our customer {payer} could not be credited to your account.")
        kv(p, "Beneficiary name", payee, at=0.36, merchant=payee)
        kv(p, "Beneficiary A/c", f"{acct(rng)} ({IFSC[pbank]}0{digits(rng, 6)})", at=0.36)
        kv(p, "Amount", f"INR {num(j.amount)}", at=0.36, amount=j.amount)
        kv(p, "Mode", way, at=0.36, method="netbanking")
        kv(p, "UTR", utr, at=0.36, txn=(UTR_RANK, utr))
        kv(p, "Returned on", when_in(j, ["%d-%m-%Y", "%d/%m/%Y"], rng), at=0.36, date=j.date)
        kv(p, "Return reason", "Account closed / transferred (R03)", at=0.36)
        p.add("gap")
        strip(p, "Status: Returned to remitter", "failed")
        p.add("small", "Please share the correct account details with the remitter to receive the payment.")
        p.part = "foot"
        p.add("small", "ICICI Bank Ltd  |  This is a system-generated e-mail.")
        return p.done()
    if frame == "intimation":
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, payer)
        p.add("small", f"Kalakshetra Foundation, {town}")
        p.add("center", "PAYMENT INTIMATION")
        p.add("rule")
        p.part = "body"
        ref = f"KMS/ACC/{rng.randrange(100, 999)}"
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Ref: {ref}",
            f"Date: {when_in(j, ['%d.%m.%Y', '%d/%m/%Y'], rng)}",
            date=j.date,
            txn=(INVOICE_RANK, ref),
        )
        p.add("left", f"To: {payee}", merchant=payee)
        p.add("left", "Etikoppaka, Anakapalli District")
        p.add("left", f"Against your invoice No. {inv} for Etikoppaka toys supplied to the shop.")
        p.add("left", f"Amount: {rs(j.amount)}", amount=j.amount)
        p.add("left", "Mode of payment:")
        ticks(p, ["Cash", "Cheque", "NEFT", "UPI"], 1, method="cheque")
        chq = digits(rng, 6)
        p.add(
            "left",
            f"Cheque No. {chq} drawn on Indian Bank, Adyar, dt. {when(earlier(rng, j, 1, 3), '%d.%m.%Y')}",
        )
        p.add(
            "left",
            "The cheque is sent by registered post; please acknowledge on realisation.",
            status="pending",
        )
        p.add("gap")
        right(p, "for Kalakshetra Museum Shop")
        right(p, "Accounts Officer")
        return p.done()
    if frame == "debitnote":
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, payer)
        p.add("small", f"{town}  |  GSTIN 33AAKFK{digits(rng, 4)}M1Z{rng.randrange(1, 9)}")
        p.add("center", "DEBIT NOTE CUM PAYMENT ADVICE")
        p.add("rule")
        p.part = "body"
        dn = f"KCD/DN/{rng.randrange(10, 99)}"
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {dn}",
            f"Date: {when_in(j, ['%d/%m/%Y', '%d-%b-%Y'], rng)}",
            date=j.date,
            txn=(INVOICE_RANK, dn),
        )
        p.add("left", f"Party: {payee}", merchant=payee)
        gross = round(j.amount / 0.97, 2)
        short = round(gross - j.amount, 2)
        kind(p, "dn", [(0.0, 0.62, "l"), (0.62, 1.0, "r")], "line")
        row(p, "dn", f"Your invoice {inv}", num(gross))
        row(p, "dn", "Less: shortage - 4 kitchen sets broken in transit", f"({num(short)})")
        total(p, f"Net paid by {way}", num(j.amount), at=0.62, amount=j.amount, method="netbanking")
        p.add("gap")
        p.add("left", f"UTR: {utr}", txn=(UTR_RANK, utr))
        p.add("left", "The net amount above has been paid to your bank account.", status="success")
        right(p, "for Kaigal Crafts Distributors")
        return p.done()
    if frame == "letter":
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, payer)
        p.add("small", town)
        p.add("rule")
        p.part = "body"
        p.add("right", when(j.date + dt.timedelta(days=rng.randrange(1, 5)), "%d %B %Y"))
        p.add("left", "To")
        p.add("left", payee, merchant=payee)
        p.add("left", "Etikoppaka - 531060")
        p.add("left", "Sub: Payment for lacquered toy installations in the lobby and the kids' club")
        p.add(
            "left",
            f"We confirm that the amount of {rs(j.amount)} against your invoice {inv} has been paid to your "
            f"account by {way} on {when_in(j, ['%d.%m.%Y', '{d} %B %Y'], rng)}. Kindly acknowledge.",
            amount=j.amount,
            method="netbanking",
            date=j.date,
            status="success",
        )
        p.add("gap")
        p.add("left", "Yours sincerely,")
        p.add("left", "Financial Controller")
        seal(p, "THE BAY CREST HOTEL", ["ACCOUNTS", "VSKP"], "violet")
        return p.done()
    p = mail_page(
        rng, font, "RazorpayX <payouts@razorpay.com>", [f"You have received a payment from {payer}"]
    )
    p.part = "head"
    top(p, "RazorpayX")
    p.add("rule")
    p.part = "body"
    p.add("left", "Hi there,")
    p.add("left", f"{payer} has sent you {rs(j.amount)}.", amount=j.amount, status="success")
    pout = f"pout_{code(rng, 14, MIXED)}"
    way = "IMPS"
    kv(p, "Paid to", payee, at=0.34, merchant=payee)
    kv(p, "Payout ID", pout, at=0.34, txn=(TXN_RANK, pout))
    kv(p, "UTR", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
    kv(p, "Mode", way, at=0.34, method="netbanking")
    kv(p, "Credited to", f"{pbank} {acct(rng)}", at=0.34)
    kv(p, "Date", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
    kv(p, "Purpose", f"Diwali gift hampers - {inv}", at=0.34)
    p.part = "foot"
    p.add("small", "RazorpayX sends this e-mail on behalf of the sender. Razorpay Software Pvt Ltd.")
    return p.done()


# ---------------------------------------------------------------- 3. export orders


# remitter, town, currency, sum (low, high), the frame
IMPORTERS = [
    ("Brooklyn Wooden Toy Co.", "Brooklyn, NY, United States", "USD", 1200, 9000, "firc"),
    ("Kyoto Kodomo Mokko K.K.", "Kyoto, Japan", "JPY", 150000, 1200000, "xflow"),
    ("Little Kampong Pte Ltd", "Tiong Bahru, Singapore", "SGD", 1500, 9000, "tt"),
    ("Atelier Jouets Lumiere SARL", "Lyon, France", "EUR", 900, 7000, "bnp"),
    ("Houten Speelgoed Kamer B.V.", "Utrecht, Netherlands", "EUR", 900, 7000, "xflow"),
    ("Spielwaren Alpenglueck AG", "Lucerne, Switzerland", "CHF", 900, 6500, "return"),
    ("Gumnut Play Pty Ltd", "Fremantle WA, Australia", "AUD", 1200, 9000, "commbank"),
    ("Thimble and Top Ltd", "Bath, United Kingdom", "GBP", 800, 6000, "xero"),
]
FX = {"USD": 88.4, "JPY": 0.59, "SGD": 66.1, "EUR": 97.2, "CHF": 101.5, "AUD": 57.8, "GBP": 114.6}


def fx_show(rng: random.Random, font: str, cur: str):
    """A foreign sum as the page prints it: US dollars, Singapore and Australian dollars and pounds with a
    code or sign before, yen whole, euros the French way (1 234,56 EUR), Swiss francs the Swiss way (CHF
    2'150.00)."""
    if cur == "JPY":
        mark = rng.choice([sign(font, "\u00a5", "JPY "), "JPY "])
        return lambda v: f"{mark}{v:,.0f}"
    if cur == "EUR":
        after = rng.choice([" EUR", " " + sign(font, "\u20ac", "EUR")])
        return lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",") + after
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    mark = rng.choice(
        {
            "USD": ["USD ", "US$"],
            "SGD": ["SGD ", "S$"],
            "AUD": ["AUD ", "A$"],
            "GBP": [sign(font, "\u00a3", "GBP "), "GBP "],
        }[cur]
    )
    return lambda v: f"{mark}{v:,.2f}"


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Brooklyn, a Kyoto, a Singapore, a Lyon, a Utrecht, a Lucerne, a Fremantle and a Bath toy shop paying
    for Etikoppaka toys: State Bank of India's FOREIGN INWARD REMITTANCE CERTIFICATE (a shaded table, the
    branch's round stamp); Xflow's payment page (the sum large, "from <remitter>", a table on a band with every
    other row tinted); DBS Bank's IDEAL e-mail of a telegraphic transfer still processing (a shaded table);
    BNP Paribas's bilingual AVIS D'EXECUTION / EXECUTION NOTICE (Beneficiaire / Beneficiary, Montant / Amount
    the French way); Indian Bank's return of a remittance in Swiss francs; CommBank's app receipt of an
    international money transfer (labels at the left, values at the right over hairlines); Xero's REMITTANCE
    ADVICE with its invoices tinted every other row and the sum under a double rule. All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7)
    payer, city, cur, lo, hi, frame = IMPORTERS[k]
    j.amount = (
        float(rng.randrange(lo // 1000, hi // 1000) * 1000)
        if cur == "JPY"
        else (
            float(rng.randrange(lo // 10, hi // 10) * 10)
            if rng.random() < 0.5
            else round(rng.uniform(lo, hi), 2)
        )
    )
    show = fx_show(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    inr = round(j.amount * rate, 2)
    me = rng.choice([COMPANY, COMPANY_CAPS])
    bank = rng.choice(["State Bank of India", "Union Bank of India", "Indian Bank", "ICICI Bank"])
    inv = f"VLB/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    day = when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "{d} %B %Y"], rng)
    if frame == "firc":
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, "State Bank of India" if rng.random() < 0.6 else "STATE BANK OF INDIA")
        p.add("small", "Overseas Branch, Visakhapatnam  |  Authorised Dealer Category I")
        p.add("center", "FOREIGN INWARD REMITTANCE CERTIFICATE")
        p.add("rule")
        p.part = "body"
        p.add(
            "left",
            "We certify that we have received the remittance below for credit to our customer.",
            status="success",
        )
        kv(p, "Beneficiary", me, at=0.36, merchant=me)
        kv(p, "Remitter", f"{payer}, {city.split(', ')[-1]}", at=0.36)
        kv(p, "Currency and amount", show(j.amount), at=0.36, amount=j.amount, cur=cur)
        kv(p, "Exchange rate", f"{rate:.4f}", at=0.36)
        kv(p, "INR equivalent", num(inr), at=0.36)
        kv(p, "Date of credit", day, at=0.36, date=j.date)
        kv(p, "Mode", "SWIFT MT103", at=0.36, method="netbanking")
        kv(p, "Purpose code", "P0102 - export of goods", at=0.36)
        p.add(
            "small",
            "This certificate is issued for the exporter's records and the realisation of export proceeds.",
        )
        right(p, "Branch Manager")
        seal(p, "STATE BANK OF INDIA", ["OVERSEAS", "BRANCH"], "blue")
        return p.done()
    if frame == "xflow":
        p = browser_page(rng, font, f"app.xflowpay.com/payments/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "Xflow")
        p.add("small", "Receivables  |  Payments")
        p.add("rule")
        p.part = "body"
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("center", f"from {payer}")
        strip(p, rng.choice(["Settled to your bank account", "Payment settled"]), "success")
        p.add("gap")
        pid = f"xfp_{code(rng, 16, LOWER)}"
        rows = [
            (["Payment ID", pid], {"txn": (TXN_RANK, pid)}),
            (["Beneficiary", me], {"merchant": me}),
            (["Amount received", show(j.amount)], {}),
            (["FX rate", f"1 {cur} = {rate:.4f} INR"], {}),
            (["Settled (INR)", f"INR {num(inr - 450)}"], {}),
            (["Settled to", f"{bank} {acct(rng)}"], {"method": "netbanking"}),
            (["Settled on", day], {"date": j.date}),
        ]
        zebra(p, "xf", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], ["Details", ""], rows, (20, 24, 40))
        p.part = "foot"
        p.add("gap")
        p.add("small", "The e-FIRA is issued by our partner bank once the payment is settled.")
        return p.done()
    if frame == "tt":
        p = mail_page(
            rng, font, "DBS IDEAL <ideal.alerts@dbs.com>", ["Telegraphic Transfer - transaction status"]
        )
        p.part = "head"
        top(p, "DBS")
        p.add("small", "DBS IDEAL  |  Telegraphic Transfer")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {payer},")
        p.add("left", "The status of your telegraphic transfer is below.")
        tref = f"TT{j.date:%y%m%d}{digits(rng, 7)}"
        kv(p, "Transaction reference", tref, at=0.38, txn=(BANK_RANK, tref))
        kv(p, "Debit account", f"DBS SGD Current {acct(rng)}", at=0.38)
        kv(p, "Beneficiary name", me, at=0.38, merchant=me)
        kv(p, "Beneficiary bank", f"{bank}, Visakhapatnam", at=0.38)
        kv(p, "Amount", show(j.amount), at=0.38, amount=j.amount, cur=cur, method="netbanking")
        kv(p, "Value date", day, at=0.38, date=j.date)
        kv(p, "Customer reference", inv, at=0.38)
        strip(p, "Processing - awaiting the correspondent bank", "pending")
        p.part = "foot"
        p.add("small", "DBS Bank Ltd, Singapore  |  This is a computer generated message.")
        return p.done()
    if frame == "bnp":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, "BNP PARIBAS")
        p.add("small", "Agence Lyon Bellecour  |  Virement international / International transfer")
        p.add("center", "AVIS D'EXECUTION / EXECUTION NOTICE")
        p.add("rule")
        p.part = "body"
        p.add("left", payer)
        p.add("left", city)
        ref = f"BNPPFR{digits(rng, 10)}"
        if not j.no_ref:
            kv(p, "Reference / Reference", ref, at=0.42, txn=(BANK_RANK, ref))
        kv(p, "Beneficiaire / Beneficiary", me, at=0.42, merchant=me)
        kv(p, "Banque / Bank", f"{bank}, Visakhapatnam", at=0.42)
        kv(p, "Montant / Amount", show(j.amount), at=0.42, amount=j.amount, cur=cur)
        kv(p, "Date d'execution / Date", when(j.date, "%d/%m/%Y"), at=0.42, date=j.date)
        kv(p, "Frais / Charges", "SHA", at=0.42, method="netbanking")
        kv(p, "Motif / Remittance info", f"Facture {inv}", at=0.42)
        strip(p, "Execute / Executed", "success")
        p.part = "foot"
        p.add("small", "BNP Paribas SA  |  Document a conserver / Please keep this notice.")
        return p.done()
    if frame == "return":
        p = mail_page(
            rng, font, "Indian Bank Forex <forex.vskp@indianbank.co.in>", ["Inward remittance returned"]
        )
        p.part = "head"
        top(p, "Indian Bank")
        p.add("small", "Forex Division, Visakhapatnam Main Branch")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            "The inward remittance below could not be credited to your account and has been returned to the remitting bank.",
            status="failed",
        )
        iref = f"IW{j.date:%y}{digits(rng, 8)}"
        kv(p, "Inward ref. No.", iref, at=0.36, txn=(BANK_RANK, iref))
        kv(p, "Beneficiary", me, at=0.36, merchant=me)
        kv(p, "Remitter", payer, at=0.36)
        kv(p, "Amount", show(j.amount), at=0.36, amount=j.amount, cur=cur, method="netbanking")
        kv(p, "Returned on", day, at=0.36, date=j.date)
        kv(p, "Reason", "Beneficiary account number invalid", at=0.36)
        strip(p, "Returned to remitter", "failed")
        p.part = "foot"
        p.add("small", "Indian Bank  |  Please do not reply to this e-mail.")
        return p.done()
    if frame == "commbank":
        p = phone_page(rng, font, k, ["Transfer receipt", ""])
        p.part = "head"
        if not p.style["h106"]["dark"]:
            p.style["band"], p.style["band_ink"] = (255, 204, 0), (20, 20, 20)
        p.add("title", "CommBank")
        p.add("gap")
        p.part = "body"
        strip(p, "Transfer sent", "success")
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("small", "International Money Transfer")
        rcpt = f"N{digits(rng, 9)}"
        kvr(p, "To", pick(p, "left", [me, SHORT]), merchant=pick(p, "left", [me, SHORT]))
        kvr(p, "Bank", bank)
        kvr(p, "SWIFT/BIC", f"{IFSC[bank]}INBB{rng.choice(['XXX', '433', '210'])}", method="netbanking")
        kvr(p, "Fee", "AUD 6.00")
        kvr(p, "Receipt number", rcpt, txn=(TXN_RANK, rcpt))
        kvr(p, "Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), date=j.date)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Money usually arrives in 1-2 business days.")
        return p.done()
    p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, payer)
    p.add("small", city)
    p.add("center", "REMITTANCE ADVICE")
    p.add("rule")
    p.part = "body"
    p.add("left", f"To: {me}", merchant=me)
    bref = f"BARC{digits(rng, 8)}"
    p.add("left", f"Payment reference: {bref}", txn=(BANK_RANK, bref), method="netbanking")
    p.add("left", "Payment made by international bank transfer (SWIFT) to your account.", status="success")
    parts = [round(j.amount * 0.6, 2)]
    parts.append(round(j.amount - parts[0], 2))
    rows = [
        (
            [
                f"INV-{rng.randrange(100, 999)}",
                when(earlier(rng, j, 20, 60), "%d %b %Y"),
                f"PO {rng.randrange(1000, 9999)}",
                f"{v:,.2f}",
            ],
            {},
        )
        for v in parts
    ]
    zebra(
        p,
        "xr",
        [(0.0, 0.28, "l"), (0.28, 0.52, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "r")],
        ["Invoice Number", "Invoice Date", "Reference", "Amount Paid"],
        rows,
        (19, 181, 234),
    )
    total(p, f"Amount Paid {cur}", show(j.amount), at=0.6, amount=j.amount, cur=cur)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Sent from Xero on behalf of Thimble and Top Ltd.")
    return p.done()


# ---------------------------------------------------------------- 4. the company's own bills and receipts


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own papers, each the trade name on top: the Etikoppaka workshop counter's thermal bill
    torn from the roll; an e-invoice to a retail chain with its IRN, Ack No. and signed QR code and the
    payment received by RTGS; a MONEY RECEIPT typed on the letterhead, with the company's round stamp; the web
    shop's order confirmation e-mail (its items tinted every other row, the total under a double rule); an
    ADVANCE RECEIPT for a corporate order with the way ticked in a row of boxes (a cheque); the web shop's
    failed checkout; a workshop visit's ticket with its barcode; the lac unit's CASH / CREDIT MEMO with Cash
    ticked and its number left blank. All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=300, high=9000, p_round=0.8)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    if k == 0:
        p = screen(rng, font, width=rng.choice([440, 470, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        torn(p)
        p.part = "head"
        name = pick(p, "center", [WORKSHOP.upper(), WORKSHOP])
        p.add("center", name, merchant=name)
        p.add("small", "Etikoppaka - 531060  |  Ph 94409 " + digits(rng, 5))
        p.add("small", f"GSTIN {GSTIN}")
        p.add("rule")
        p.part = "body"
        bill = f"EK{rng.randrange(1000, 9999)}"
        cols(
            p,
            "bh",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Bill: {bill}",
            when(j.date, "%d/%m/%y"),
            txn=(INVOICE_RANK, bill),
            date=j.date,
        )
        subtotal = 0.0
        kind(p, "it", [(0.0, 0.62, "l"), (0.62, 1.0, "r")])
        for toy, _, qty, price in toy_lines(rng, rng.randrange(2, 4)):
            row(p, "it", toy.split(",")[0][:24], "")
            row(p, "it", f"  {qty} x {price:.2f}", f"{qty * price:.2f}")
            subtotal += qty * price
        j.amount = round(subtotal * 1.12, 0)
        p.add("rule")
        row(p, "it", "Taxable", f"{subtotal:.2f}")
        row(p, "it", "GST 12%", f"{subtotal * 0.12:.2f}")
        row(p, "it", "Round off", f"{j.amount - subtotal * 1.12:.2f}")
        total(p, "NET", f"{j.amount:.2f}", at=0.55, amount=j.amount)
        p.add("gap")
        p.add("left", f"UPI  RRN {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
        p.add("center", "PAID - THANK YOU, COME AGAIN", status="success")
        p.part = "foot"
        p.add("small", "Toys coloured with natural lac dyes")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [780, 820])
        p.part = "head"
        top(p, COMPANY_CAPS if rng.random() < 0.5 else COMPANY, merchant=None)
        p.tags[-1] = ("head", {"merchant": p.rows[-1][1]})
        p.add("small", f"{UNITS['company'][1]}  |  GSTIN {GSTIN}")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        irn = code(rng, 64, "0123456789abcdef")
        kind(p, "irn", [(0.0, 0.72, "l")])
        row(p, "irn", f"IRN: {irn[:40]}")
        row(p, "irn", f"       {irn[40:]}")
        ack = f"1{digits(rng, 14)}"
        row(p, "irn", f"Ack No.: {ack}")
        row(p, "irn", f"Ack Date: {when(earlier(rng, j, 8, 30), '%d-%m-%Y')}")
        qr(p, irn, "r", 4)
        inv = f"VLB/{fy(j.date)}/{rng.randrange(40, 900):04d}"
        p.add("left", f"Invoice No.: {inv}    Buyer: Kidzcraft Retail Pvt Ltd, Bengaluru")
        lines = toy_lines(rng, 3)
        rows = []
        taxable = 0.0
        for toy, hsn, qty, price in lines:
            qty *= 40
            taxable += qty * price
            rows.append(([toy, hsn, str(qty), num(price), num(qty * price)], {}))
        j.amount = round(taxable * 1.12, 2)
        zebra(
            p,
            "ei",
            [(0.0, 0.46, "l"), (0.46, 0.56, "l"), (0.56, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description", "HSN", "Qty", "Rate", "Taxable"],
            rows,
            (70, 60, 50),
        )
        cols(p, "gst", [(0.0, 0.8, "r"), (0.8, 1.0, "r")], "IGST @ 12%", num(taxable * 0.12))
        total(p, "Invoice value", num(j.amount), at=0.62)
        p.add("gap")
        kv(p, "Payment received", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Mode / UTR", f"RTGS / {utr_of(rng, j, 'ICICI Bank', 'RTGS')}", at=0.36, method="netbanking")
        p.tags[-1] = (p.part, {"method": "netbanking", "txn": (UTR_RANK, p.rows[-1][2].split(" / ")[1])})
        kv(p, "Received on", when_in(j, ["%d-%m-%Y", "%d/%m/%Y"], rng), at=0.36, date=j.date)
        p.add("center", "PAYMENT RECEIVED - THANK YOU", status="success")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        name = rng.choice([COMPANY, COMPANY_CAPS])
        top(p, pick(p, "title", [name, SHORT]), merchant=pick(p, "title", [name, SHORT]))
        p.add("small", UNITS["company"][1])
        p.add("center", "MONEY RECEIPT")
        p.add("rule")
        p.part = "body"
        no = f"MR/{fy(j.date)}/{rng.randrange(10, 400):03d}"
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {no}",
            f"Date: {when_in(j, ['%d.%m.%Y', '%d/%m/%Y'], rng)}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        j.amount = float(rng.randrange(2500, 40000, 50))
        who = rng.choice(
            ["Smt. K. Bhavani, Anakapalli", "Sri P. Venkata Ramana, Tuni", "Vizag Montessori Club"]
        )
        p.add(
            "left",
            f"Received with thanks from {who} the sum of {words_in_rupees(j.amount)} by UPI (Ref. {j.ref}) "
            "towards lacquered toys for the Sankranti bommala koluvu.",
            status="success",
            method="UPI",
            txn=(UTR_RANK, j.ref),
        )
        p.add("gap")
        p.add("left", f"{rs(j.amount)}", amount=j.amount)
        right(p, "For Varaha Lakka Bommala PCL")
        right(p, "Authorised Signatory")
        seal(p, "VARAHA LAKKA BOMMALA PCL", ["ETIKOPPAKA"], "violet")
        return p.done()
    if k in (3, 5):
        p = (
            mail_page(
                rng,
                font,
                f"{SHOP} <orders@varahatoys.in>",
                ["Order #" + str(rng.randrange(1040, 1990)) + " confirmed", "Thank you for your purchase!"],
            )
            if k == 3
            else browser_page(rng, font, "varahatoys.in/checkouts/" + code(rng, 12, LOWER))
        )
        p.part = "head"
        name = rng.choice([SHOP, SHOP_CAPS])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        order = f"#{rng.randrange(1040, 1990)}"
        if k == 3:
            p.add("left", f"Order {order}", txn=(ORDER_RANK, order))
            p.add(
                "left",
                "Thank you for your purchase! We are getting your toys ready to ship.",
                status="success",
            )
        else:
            strip(p, "Your payment could not be processed", "failed")
            p.add("small", "Your order has not been placed. Try again or use another payment method.")
        rows = []
        sub = 0.0
        for toy, _, qty, price in toy_lines(rng, rng.randrange(2, 4)):
            sub += qty * price
            rows.append(([f"{toy} x {qty}", num(qty * price)], {}))
        ship = 0.0 if sub > 1500 else 99.0
        j.amount = round(sub + ship, 2)
        zebra(p, "os", [(0.0, 0.75, "l"), (0.75, 1.0, "r")], ["Order summary", ""], rows, (150, 60, 30))
        cols(p, "sh", [(0.0, 0.75, "r"), (0.75, 1.0, "r")], "Shipping", num(ship) if ship else "Free")
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        if k == 3:
            kv(p, "Payment", "UPI via Razorpay", at=0.34, method="UPI")
            pay = f"pay_{code(rng, 14, MIXED)}"
            kv(p, "Transaction ID", pay, at=0.34, txn=(TXN_RANK, pay))
            kv(p, "Order date", when_in(j, ["%B {d}, %Y", "{d} %b %Y"], rng), at=0.34, date=j.date)
        else:
            kv(p, "Payment method", f"Card {masked(rng, font)}", at=0.34, method="card")
            pay = f"pay_{code(rng, 14, MIXED)}"
            kv(p, "Payment ID", pay, at=0.34, txn=(TXN_RANK, pay))
            p.add("small", "If money was deducted, it will be refunded to your card within 5-7 days.")
        p.part = "foot"
        p.add("small", "varahatoys.in  |  Handmade in Etikoppaka, Andhra Pradesh")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        name = rng.choice([SHOP, SHOP_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {SHORT}  |  {UNITS['shop'][1]}")
        p.add("center", "ADVANCE RECEIPT")
        p.add("rule")
        p.part = "body"
        no = str(rng.randrange(100, 999))
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {no}",
            f"Date: {when_in(j, ['%d/%m/%Y', '%d-%b-%Y'], rng)}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        value = float(rng.randrange(60000, 240000, 1000))
        j.amount = round(value * 0.4, 2)
        kv(p, "Received from", "Coastline Interiors LLP, MVP Colony", at=0.34)
        kv(p, "Order", "600 Etikoppaka gift boxes, corporate Diwali order", at=0.34)
        kv(p, "Order value", rs(value), at=0.34)
        kv(p, "Advance (40%)", rs(j.amount), at=0.34, amount=j.amount)
        p.add("left", "Paid by:")
        ticks(p, ["Cash", "Cheque", "NEFT", "UPI"], 1, method="cheque")
        p.add("left", f"Cheque No. {digits(rng, 6)} on HDFC Bank, Dwaraka Nagar")
        strip(p, "Subject to realisation of the cheque", "pending")
        right(p, "for Varaha Toy Shoppe")
        return p.done()
    if k == 6:
        p = screen(rng, font, width=rng.choice([460, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        p.part = "head"
        name = pick(p, "center", [WORKSHOP.upper(), WORKSHOP])
        p.add("center", name, merchant=name)
        p.add("small", "Toy-turning workshop visit  |  Etikoppaka")
        p.add("rule")
        p.part = "body"
        tick_no = f"TV{j.date:%y}{digits(rng, 5)}"
        heads, each = rng.choice([2, 3, 4, 5]), rng.choice([250, 300])
        j.amount = float(heads * each)
        p.add("left", f"Ticket: {tick_no}", txn=(INVOICE_RANK, tick_no))
        p.add("left", f"Visit date: {when(j.date, '%d %b %Y')}", date=j.date)
        p.add("left", f"Visitors: {heads} x {each}.00 (incl. a lathe demo)")
        total(p, "Paid", rs(j.amount), at=0.5, amount=j.amount)
        appr = digits(rng, 6)
        p.add("left", f"Card {masked(rng, font)}  Appr {appr}", method="card", txn=(APPR_RANK, appr))
        bars(p, tick_no)
        p.add("small", tick_no)
        p.add("center", "PAID - ENJOY THE VISIT", status="success")
        return p.done()
    p = paper_page(rng, font, [680, 720])
    p.part = "head"
    name = rng.choice([LAC, LAC.upper()])
    top(p, pick(p, "title", [name, LAC]), merchant=pick(p, "title", [name, LAC]))
    p.add("small", UNITS["lac"][1])
    p.add("center", "CASH / CREDIT MEMO")
    p.part = "body"
    cols(
        p,
        "no",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        "No. ________",
        f"Date: {when_in(j, ['%d/%m/%Y', '%d.%m.%Y'], rng)}",
        date=j.date,
    )
    p.add("left", "M/s Sri Durga Kondapalli Bommalu, Kondapalli")
    rows = []
    sub = 0.0
    for item, unit, price in rng.sample(
        [
            ("Lac stick, red (kumkum seed)", "kg", 620),
            ("Lac stick, yellow (turmeric)", "kg", 560),
            ("Lac stick, green", "kg", 680),
            ("Lac stick, indigo blue", "kg", 740),
        ],
        2,
    ):
        qty = rng.randrange(2, 9)
        sub += qty * price
        rows.append(([item, f"{qty} {unit}", num(price), num(qty * price)], {}))
    j.amount = round(sub, 2)
    zebra(
        p,
        "lm",
        [(0.0, 0.5, "l"), (0.5, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["Particulars", "Qty", "Rate", "Amount"],
        rows,
        (140, 30, 40),
    )
    total(p, "Total", num(j.amount), at=0.62, amount=j.amount)
    ticks(p, ["Cash", "Credit"], 0, method="cash")
    p.add("center", "RECEIVED WITH THANKS", status="success")
    right(p, "for Sahaja Rangula Lakka Unit")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


# supplier, its town, its GST state code ("" where it has none)
SUPPLIERS = [
    ("Sri Lakshmi Ganapathi Timber Depot", "Narsipatnam Road, Narsipatnam - 531116", "37"),
    ("Bundu Lac Traders", "Main Road, Bundu, District Ranchi, Jharkhand - 835204", "20"),
    ("Neelam Natural Dyes", "Gandhi Road, Kanchipuram - 631501", "33"),
    ("Vizag Corrugated Boxes", "Autonagar, Visakhapatnam - 530012", ""),
    ("Delhivery Ltd", "Dwaraka Nagar, Visakhapatnam - 530016", "37"),
    ("Sri Sai Lathe Works", "NTR Market Road, Anakapalli - 531001", ""),
    ("Sri Lakshmi Ganapathi Timber Depot", "Narsipatnam Road, Narsipatnam - 531116", "37"),
    ("Visakha Hardware and Tools", "Main Road, Gajuwaka, Visakhapatnam - 530026", "37"),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its timber depot, its lac trader in Jharkhand, a Kanchipuram dye maker, a carton maker,
    the courier, the lathe repairer and a hardware shop: a TAX INVOICE with its items tinted every other row,
    the total under a double rule, the payment in a shaded table and the depot's round PAID stamp; myBillBook's
    invoice (Received Amount, Balance, Payment Mode); IndiaMART's order receipt (Pay with IndiaMART); a carton
    maker's DELIVERY NOTE CUM BILL with Cash ticked and its number left blank; the courier's booking receipt
    with the shipment's barcode; a payment link that failed; the depot's receipt of a cheque subject to
    realisation; a hardware shop's thermal bill torn from the roll, paid by card. All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=2000, high=90000)
    name, town, state = SUPPLIERS[k]
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs", "INR"))
    gst = (
        f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.randrange(1, 9)}"
        if state
        else ""
    )
    inv = f"{''.join(w[0] for w in name.split()[:3]).upper()}/{fy(j.date)}/{rng.randrange(10, 800)}"
    day = when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d-%b-%Y"], rng)
    bank = rng.choice(BANKS[:5])
    if k in (0, 6):
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", f"{town}  |  GSTIN {gst}")
        p.add("center", "TAX INVOICE" if k == 0 else "RECEIPT")
        p.add("rule")
        p.part = "body"
        if k == 0:
            cols(
                p,
                "no",
                [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
                f"Invoice No. {inv}",
                f"Date: {when(earlier(rng, j, 3, 20), '%d/%m/%Y')}",
            )
            p.add("left", f"Buyer: {COMPANY}, Etikoppaka")
            rows = []
            taxable = 0.0
            for wood, unit, price in rng.sample(
                [
                    ("Ankudu logs, 6-9 in girth", "cft", 1450),
                    ("Ankudu planks, seasoned", "cft", 1820),
                    ("Ankudu offcuts for tops", "kg", 38),
                ],
                2,
            ):
                qty = rng.randrange(20, 90) if unit == "cft" else rng.randrange(200, 600)
                taxable += qty * price
                rows.append(([wood, "4403", f"{qty} {unit}", num(price), num(qty * price)], {}))
            j.amount = round(taxable * 1.18, 2)
            zebra(
                p,
                "ti",
                [(0.0, 0.42, "l"), (0.42, 0.52, "l"), (0.52, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
                ["Description", "HSN", "Qty", "Rate", "Amount"],
                rows,
                (60, 90, 40),
            )
            cols(p, "g1", [(0.0, 0.8, "r"), (0.8, 1.0, "r")], "CGST @ 9%", num(taxable * 0.09))
            cols(p, "g1", [(0.0, 0.8, "r"), (0.8, 1.0, "r")], "SGST @ 9%", num(taxable * 0.09))
            total(p, "Invoice total", rs(j.amount), at=0.6, amount=j.amount)
            p.add("gap")
            utr = utr_of(rng, j, bank, "NEFT")
            kv(p, "Paid by", f"NEFT from {bank}", at=0.32, method="netbanking")
            kv(p, "UTR", utr, at=0.32, txn=(UTR_RANK, utr))
            kv(p, "Received on", day, at=0.32, date=j.date)
            p.add("center", "PAYMENT RECEIVED IN FULL", status="success")
            seal(p, "S.L.G. TIMBER DEPOT", ["PAID"], "red")
            return p.done()
        no = str(rng.randrange(100, 999))
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {no}",
            f"Date: {day}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        j.amount = float(rng.randrange(40000, 180000, 500))
        p.add("left", f"Received from {COMPANY} a cheque for {rs(j.amount)}", amount=j.amount)
        p.add("left", f"against our invoice {inv} for ankudu logs.")
        ticks(p, ["Cash", "Cheque", "NEFT / RTGS"], 1, method="cheque")
        p.add(
            "left",
            f"Cheque No. {digits(rng, 6)}, {bank}, Etikoppaka, dt. {when(earlier(rng, j, 0, 3), '%d/%m/%Y')}",
        )
        strip(p, "Subject to realisation of the cheque", "pending")
        right(p, f"for {name}")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, f"mybillbook.in/invoice/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, pick(p, "title", [name, name.upper()]), merchant=pick(p, "title", [name, name.upper()]))
        p.add("small", f"{town}  |  GSTIN {gst}")
        p.add("rule")
        p.part = "body"
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date: {when(earlier(rng, j, 2, 9), '%d/%m/%Y')}",
        )
        qty = rng.randrange(40, 160)
        price = float(rng.randrange(380, 520))
        taxable = qty * price
        j.amount = round(taxable * 1.05, 2)
        zebra(
            p,
            "mb",
            [(0.0, 0.5, "l"), (0.5, 0.66, "r"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            [(["Seedlac, kusmi, grade A", f"{qty} kg", num(price), num(taxable)], {})],
            (40, 70, 160),
        )
        cols(p, "g5", [(0.0, 0.8, "r"), (0.8, 1.0, "r")], "IGST 5%", num(taxable * 0.05))
        total(p, "Total Amount", rs(j.amount), at=0.6)
        kvr(p, "Received Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Balance", rs(0))
        kvr(p, "Payment Mode", "UPI", method="UPI")
        kvr(p, "Payment Ref.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Payment Date", day, date=j.date)
        p.add("center", "Fully paid", status="success")
        p.part = "foot"
        p.add("small", "Generated on myBillBook")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "seller.indiamart.com/orders/" + digits(rng, 9))
        p.part = "head"
        top(p, "IndiaMART")
        p.add("small", "Pay with IndiaMART  |  Order receipt")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment successful", "success")
        p.add("left", "Seller")
        p.add("left", name, merchant=name)
        rows = []
        sub = 0.0
        for dye, price in rng.sample(
            [
                ("Indigo cake, natural", 2400),
                ("Annatto (kumkum) seeds", 420),
                ("Turmeric root powder", 310),
                ("Lac dye extract", 1850),
            ],
            2,
        ):
            qty = rng.randrange(3, 20)
            sub += qty * price
            rows.append(([dye, f"{qty} kg", num(qty * price)], {}))
        j.amount = round(sub * 1.05, 2)
        zebra(
            p,
            "im",
            [(0.0, 0.55, "l"), (0.55, 0.72, "r"), (0.72, 1.0, "r")],
            ["Product", "Qty", "Amount"],
            rows,
            (42, 59, 140),
        )
        total(p, "Paid (incl. GST 5%)", rs(j.amount), at=0.6, amount=j.amount)
        oid = digits(rng, 9)
        tid = f"IMPAY{digits(rng, 12)}"
        kv(p, "Order ID", oid, at=0.34, txn=(ORDER_RANK, oid))
        kv(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        kv(p, "Paid via", f"Credit card {masked(rng, font)}", at=0.34, method="card")
        kv(p, "Paid on", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        p.part = "foot"
        p.add("small", "The money is held by IndiaMART and released to the seller on delivery.")
        return p.done()
    if k == 3:
        p = paper_page(rng, font, [680, 720])
        p.part = "head"
        top(p, name.upper(), merchant=name.upper())
        p.add("small", town)
        p.add("center", "DELIVERY NOTE CUM BILL")
        p.part = "body"
        cols(p, "no", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ________", f"Date: {day}", date=j.date)
        p.add("left", f"To: {WORKSHOP}, Etikoppaka")
        rows = []
        sub = 0.0
        for box, price in [("5-ply carton 18x12x10", 46), ("3-ply gift box, printed", 28)]:
            qty = rng.randrange(100, 500, 25)
            sub += qty * price
            rows.append(([box, str(qty), num(price), num(qty * price)], {}))
        j.amount = round(sub, 2)
        zebra(
            p,
            "cb",
            [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.78, "r"), (0.78, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            rows,
            (110, 80, 50),
        )
        total(p, "Total", num(j.amount), at=0.62, amount=j.amount)
        ticks(p, ["Cash", "Credit", "UPI"], 0, method="cash")
        p.add("center", "Received the amount in cash - thank you", status="success")
        right(p, "for Vizag Corrugated Boxes")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [600, 640])
        p.part = "head"
        top(p, "DELHIVERY", merchant="DELHIVERY")
        p.add("small", f"Franchise counter, {town.split(',')[0]}")
        p.add("center", "BOOKING RECEIPT")
        p.add("rule")
        p.part = "body"
        awb = digits(rng, 13)
        bars(p, awb)
        p.add("center", f"AWB {awb}")
        rcpt = f"BR{digits(rng, 8)}"
        kvr(p, "Receipt No.", rcpt, txn=(INVOICE_RANK, rcpt))
        kvr(p, "Booked on", when(j.date, "%d-%m-%Y"), date=j.date)
        kvr(p, "Destination", rng.choice(["Bengaluru 560034", "Pune 411045", "Chennai 600017"]))
        kvr(p, "Weight", f"{rng.randrange(6, 28)}.{rng.randrange(10)} kg (4 boxes)")
        j.amount = rupees(rng, 600, 2600, 0.5)
        kvr(p, "Freight + GST", rs(j.amount), amount=j.amount)
        kvr(p, "Paid by", "UPI", method="UPI")
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "PAID", status="success")
        return p.done()
    if k == 5:
        p = mail_page(
            rng,
            font,
            "Razorpay <no-reply@razorpay.com>",
            [f"Payment failed for {name}", "Your payment could not be completed"],
        )
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Payment link  |  Lathe motor rewinding and belt")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment failed", "failed")
        p.add(
            "left",
            "Your payment could not be completed. If money was debited, it will be refunded in 5-7 working days.",
        )
        j.amount = rupees(rng, 1800, 9000, 0.6)
        kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Payment method", "UPI", at=0.34, method="UPI")
        pay = f"pay_{code(rng, 14, MIXED)}"
        kv(p, "Payment ID", pay, at=0.34, txn=(TXN_RANK, pay))
        kv(p, "Reason", "Declined by the payer's bank", at=0.34)
        p.part = "foot"
        p.add("small", "Powered by Razorpay")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 470, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    torn(p)
    p.part = "head"
    shown = pick(p, "center", [name.upper(), "VISAKHA HARDWARE"])
    p.add("center", shown, merchant=shown)
    p.add("small", "Gajuwaka, Visakhapatnam")
    p.add("rule")
    p.part = "body"
    bill = str(rng.randrange(1000, 9999))
    cols(
        p,
        "bh",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Bill {bill}",
        when(j.date, "%d-%m-%Y"),
        txn=(INVOICE_RANK, bill),
        date=j.date,
    )
    sub = 0.0
    kind(p, "it", [(0.0, 0.64, "l"), (0.64, 1.0, "r")])
    for item, price in rng.sample(
        [
            ("Gouge chisel 3/4 in", 420),
            ("Skew chisel 1 in", 380),
            ("Emery paper, 100 sheets", 650),
            ("Lathe belt B-42", 310),
        ],
        3,
    ):
        qty = rng.randrange(1, 4)
        sub += qty * price
        row(p, "it", f"{item[:22]} x{qty}", f"{qty * price:.2f}")
    j.amount = round(sub * 1.18, 2)
    row(p, "it", "GST 18%", f"{sub * 0.18:.2f}")
    total(p, "TOTAL", f"{j.amount:.2f}", at=0.55, amount=j.amount)
    appr = digits(rng, 6)
    p.add("left", f"CARD XX{digits(rng, 4)}  APPR {appr}", method="card", txn=(APPR_RANK, appr))
    p.add("center", "PAID BY CARD - THANK YOU", status="success")
    return p.done()


# ---------------------------------------------------------------- 6. the company's bank transfers


# bank, the app, the payee, the way, the frame
TRANSFERS = [
    ("Union Bank of India", "Vyom", "Konda Transport Co", "IMPS", "app"),
    ("State Bank of India", "YONO Business", "Sri Venkateswara Electricals", "NEFT", "enquiry"),
    ("Canara Bank", "Canara ai1", "Smt. G. Satyavathi", "NEFT", "app"),
    ("Andhra Pradesh Grameena Vikas Bank", "", "Chandra and Rao Associates", "RTGS", "form"),
    ("ICICI Bank", "InstaBIZ", "Pixel Nest Studio", "NEFT", "app"),
    ("Indian Bank", "IndOASIS", "Visakha Stall Fabricators", "IMPS", "app"),
    ("Bank of Baroda", "bob World", "Etikoppaka Security Services", "NEFT", "app"),
    ("Karur Vysya Bank", "KVB DLite", "Sri Rama Tent House", "IMPS", "app"),
]
APP_TINT = {
    "Vyom": (214, 32, 46),
    "Canara ai1": (0, 114, 188),
    "InstaBIZ": (178, 62, 30),
    "IndOASIS": (30, 70, 150),
    "bob World": (240, 100, 30),
    "KVB DLite": (0, 110, 70),
}


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its carrier, its electrician, the shop's landlady, the auditors, the web studio, the
    Visakha Utsav stall's fabricator, the guards and the tent house from its banks: the banks' apps' results
    (Union Bank's Vyom, Canara ai1, ICICI's InstaBIZ awaiting its approver, Indian Bank's IndOASIS failed, bob
    World, KVB DLite: the outcome on a tinted band, the sum large, labels at the left and values at the right
    over hairlines); YONO Business's transaction enquiry (a table on a band with every other row tinted);
    APGVB's RTGS / NEFT application filled in by hand a character to a box, with the branch's round stamp.
    All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=6000, high=180000)
    bank, app, payee, way, frame = TRANSFERS[k]
    if way == "RTGS":
        j.amount = float(rng.randrange(200000, 480000, 500))
    if "Stall" in payee or "Tent" in payee:
        move(j, rng, UTSAV - dt.timedelta(days=rng.randrange(2, 12)))
    rs = money(rng, font, 0.3)
    utr = utr_of(rng, j, bank, way)
    own = acct(rng)
    ifsc = f"{rng.choice(['SBIN', 'UBIN', 'CNRB', 'HDFC'])}0{digits(rng, 6)}"
    if frame == "form":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, bank)
        p.add("small", "Etikoppaka Branch  |  RTGS / NEFT APPLICATION FORM (CUSTOMER COPY)")
        p.add("rule")
        p.part = "body"
        comb(p, "Date", when(j.date, "%d%m%Y"), date=j.date)
        comb(p, "Amount Rs.", f"{j.amount:.2f}", amount=j.amount)
        ticks(p, ["RTGS", "NEFT"], 0, method="netbanking")
        comb(p, "Beneficiary name", payee.upper()[:26], merchant=payee.upper()[:26])
        comb(p, "A/c No.", digits(rng, 14))
        comb(p, "IFSC", ifsc)
        comb(p, "Remitter", "VARAHA LAKKA BOMMALA PCL")
        p.add("left", "Purpose: statutory audit fee FY 2025-26")
        p.add("rule")
        p.add("small", "FOR BANK USE")
        p.add("left", f"UTR No. {utr}", txn=(UTR_RANK, utr), status="success")
        seal(p, "A.P. GRAMEENA VIKAS BANK", ["ETIKOPPAKA", "PROCESSED"], "blue")
        return p.done()
    if frame == "enquiry":
        p = browser_page(rng, font, "yonobusiness.sbi/transaction-enquiry")
        p.part = "head"
        top(p, "YONO Business")
        p.add("small", "State Bank of India  |  Transaction enquiry")
        p.add("rule")
        p.part = "body"
        ref = f"IR{digits(rng, 9)}"
        rows = [
            (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
            (["Debit account", f"Current {own}"], {}),
            (["Beneficiary", payee], {"merchant": payee}),
            (["Amount (INR)", num(j.amount)], {"amount": j.amount}),
            (["Payment mode", way], {"method": "netbanking"}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Status", "Completed"], {"status": "success"}),
        ]
        zebra(p, "en", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], ["Field", "Details"], rows, (40, 90, 170))
        p.add("gap")
        p.add("small", "Maker: accounts01  |  Checker: director02")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transaction receipt", "Fund transfer"])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = APP_TINT[app], (255, 255, 255)
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": rng.choice(["Transaction successful", "Funds transferred successfully"]),
        "pending": "Sent for approval - pending with the approver",
        "failed": "Transaction failed - beneficiary bank not responding",
    }[status]
    strip(p, words, status)
    p.add("big", rs(j.amount), amount=j.amount)
    kvr(p, "To", payee, merchant=payee)
    kvr(p, "Account", f"{acct(rng)} ({ifsc[:4]})")
    kvr(p, "Mode", way, method="netbanking")
    if not j.no_ref:
        if status == "pending":
            req = f"REQ{digits(rng, 10)}"
            kvr(p, "Request ID", req, txn=(TXN_RANK, req))
        else:
            kvr(p, "IMPS Ref. No." if way == "IMPS" else "UTR", utr, txn=(UTR_RANK, utr))
    kvr(p, "From", f"Current A/c {own}")
    if not j.no_day:
        kvr(
            p, "Date", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y", "%d-%m-%Y"], (", ", " ")), date=j.date
        )
    p.part = "foot"
    p.add("gap")
    p.add("small", f"{bank}  |  Share  |  Save as PDF")
    return p.done()


# ---------------------------------------------------------------- 7. the turners, painters and helpers


WORKERS = [
    ("Pothula Appala Naidu", "turner"),
    ("Gorle Satyanarayana", "turner"),
    ("K. Varalakshmi", "lacquer painter"),
    ("Chintada Ramu", "turner"),
    ("Bonu Suribabu", "helper"),
    ("Malla Devi", "lacquer painter"),
    ("Sri Sunkara Chinna Yerrayya", "master craftsman"),
    ("Dadi Nookaraju", "helper"),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its turners, lacquer painters and helpers: a PIECE RATE WAGE SLIP (the toys turned at
    each rate in a tinted table, the advance less, the net under a double rule); a CASH PAYMENT VOUCHER with
    Cash ticked and a box for the worker's left thumb impression; PhonePe's receipt; RazorpayX Payroll's
    payslip e-mail; Paytm's payment pending; Union Bank's e-mail of a failed salary credit; a master
    craftsman's HONORARIUM RECEIPT typed and signed, its day left blank; BHIM SBI Pay's receipt. All new
    here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1500, high=16000)
    who, role = WORKERS[k]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, COMPANY)
        p.add("center", "PIECE RATE WAGE SLIP")
        p.add("rule")
        p.part = "body"
        slip = f"PW/{j.date:%m}/{rng.randrange(10, 99)}"
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Slip {slip}",
            f"Paid on {when_in(j, ['%d/%m/%Y', '%d.%m.%Y'], rng)}",
            txn=(INVOICE_RANK, slip),
            date=j.date,
        )
        p.add("left", f"Name: {who}", merchant=who)
        p.add("left", f"Work: {role}, week of {when(j.date - dt.timedelta(days=6), '%d %b')}")
        rows = []
        gross = 0.0
        for toy, rate in rng.sample(
            [
                ("Spinning tops", 4),
                ("Rattles", 6),
                ("Kitchen set pieces", 3),
                ("Bullock cart wheels", 9),
                ("Nesting dolls", 22),
            ],
            3,
        ):
            qty = rng.randrange(40, 260)
            gross += qty * rate
            rows.append(([toy, str(qty), f"{rate:.2f}", num(qty * rate)], {}))
        adv = float(rng.choice([0, 500, 1000]))
        j.amount = gross - adv
        zebra(
            p,
            "pw",
            [(0.0, 0.44, "l"), (0.44, 0.6, "r"), (0.6, 0.76, "r"), (0.76, 1.0, "r")],
            ["Piece", "Pieces", "Rate", "Amount"],
            rows,
            (120, 70, 30),
        )
        cols(p, "ad", [(0.0, 0.76, "r"), (0.76, 1.0, "r")], "Less: advance", num(adv))
        total(p, "Net paid", num(j.amount), at=0.6, amount=j.amount)
        p.add("left", f"Paid by UPI, Ref. {j.ref}", method="UPI", txn=(UTR_RANK, j.ref), status="success")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [680, 720])
        p.part = "head"
        top(p, SHORT)
        p.add("center", "CASH PAYMENT VOUCHER")
        p.part = "body"
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            "V. No. ______",
            f"Date: {when_in(j, ['%d/%m/%Y', '%d-%m-%Y'], rng)}",
            date=j.date,
        )
        j.amount = float(rng.randrange(1500, 6000, 50))
        kv(p, "Paid to", who, at=0.3, merchant=who)
        kv(p, "Towards", "Wages for lac colouring, 6 days", at=0.3)
        kv(p, "Amount", rs(j.amount), at=0.3, amount=j.amount)
        ticks(p, ["Cash", "Cheque", "UPI"], 0, method="cash", status="success")
        p.add("gap")
        kind(p, "sg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "soft")
        row(p, "sg", "Passed by", "")
        thumb(p, "Receiver's|L.T.I.")
        return p.done()
    if k == 3:
        p = mail_page(
            rng,
            font,
            "RazorpayX Payroll <payroll@razorpay.com>",
            [f"Your payslip for {when(j.date, '%B %Y')}"],
        )
        p.part = "head"
        top(p, SHORT)
        p.add("small", f"Payslip for {when(j.date, '%B %Y')}")
        p.add("rule")
        p.part = "body"
        kv(p, "Employee", who, at=0.3, merchant=who)
        kv(p, "Designation", role.title(), at=0.3)
        basic = float(rng.randrange(9000, 14000, 100))
        hra = float(rng.randrange(1000, 3000, 100))
        pf = round(basic * 0.12, 0)
        pt = 0.0 if basic + hra < 15000 else 150.0
        j.amount = basic + hra - pf - pt
        zebra(
            p,
            "ps",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.78, "l"), (0.78, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [(["Basic", num(basic), "PF", num(pf)], {}), (["HRA", num(hra), "Prof. tax", num(pt)], {})],
            (60, 80, 120),
        )
        total(p, "Net pay", rs(j.amount), at=0.6, amount=j.amount)
        kv(p, "Paid on", when_in(j, ["%d %b %Y", "%d/%m/%Y"], rng), at=0.3, date=j.date)
        kv(p, "Paid via", "Bank transfer (IMPS)", at=0.3, method="netbanking")
        kv(p, "UTR", j.ref, at=0.3, txn=(UTR_RANK, j.ref))
        p.add("left", "Your salary has been credited to your bank account.", status="success")
        return p.done()
    if k == 5:
        p = mail_page(
            rng, font, "Union Bank of India <cms.alerts@unionbankofindia.bank>", ["Salary credit failed"]
        )
        p.part = "head"
        top(p, "Union Bank of India")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add("left", "The credit below from your bulk payment file could not be made.", status="failed")
        fid = f"BULK{j.date:%y%m}{digits(rng, 5)}"
        kv(p, "File reference", fid, at=0.34, txn=(BANK_RANK, fid))
        kv(p, "Beneficiary", who, at=0.34, merchant=who)
        kv(p, "Amount", f"INR {num(j.amount)}", at=0.34, amount=j.amount)
        kv(p, "Mode", "NEFT", at=0.34, method="netbanking")
        kv(p, "Value date", when_in(j, ["%d-%m-%Y", "%d/%m/%Y"], rng), at=0.34, date=j.date)
        kv(p, "Reason", "Beneficiary account frozen - KYC pending", at=0.34)
        strip(p, "Rejected", "failed")
        p.part = "foot"
        p.add("small", "Union Bank of India  |  Cash Management Services")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        p.add("center", "HONORARIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([6000, 7500, 9000, 12000]))
        p.add(
            "left",
            f"Received from {COMPANY} the sum of {rs(j.amount)} ({words_in_rupees(j.amount)}) by UPI, Ref. {j.ref}, "
            "as honorarium for training twelve young turners in lathe work and lac colouring.",
            amount=j.amount,
            method="UPI",
            txn=(UTR_RANK, j.ref),
            status="success",
        )
        p.add("gap")
        p.add("left", "Place: Etikoppaka")
        p.add("left", "Date: ____________")
        right(p, "Signature: S. C. Yerrayya")
        right(p, f"Name: {who}")
        p.tags[-1] = (p.part, {"merchant": who})
        right(p, "National Award, 2011")
        return p.done()
    layout = {2: ("PhonePe", PURPLE), 4: ("paytm", PAYTM_BLUE), 7: ("BHIM SBI Pay", (20, 80, 160))}[k]
    p = phone_page(rng, font, k, ["", "Payment details"])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = layout[1], (255, 255, 255)
    p.add("title", layout[0])
    p.add("gap")
    p.part = "body"
    strip(
        p,
        {"success": "Payment Successful", "pending": "Payment pending - bank confirmation awaited"}[status],
        status,
    )
    j.amount = rupees(rng, 800, 9000, 0.8)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "Paid to" if status == "success" else "To")
    p.add("center", who, merchant=who)
    vpa = f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@{rng.choice(['ybl', 'paytm', 'sbi', 'axl'])}"
    kvr(p, "UPI ID", vpa, method="UPI")
    kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "From", f"{rng.choice(['SBI', 'Union Bank', 'APGVB'])} {acct(rng)}")
    kvr(p, "Date", stamp_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "Note", rng.choice(["wages", "weekly pay", "colouring wages", "turning - 180 tops"]))
    p.part = "foot"
    p.add("gap")
    p.add("small", "Share  |  Done")
    return p.done()


# ---------------------------------------------------------------- 8. the government's fees and taxes


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's dues: Gram Panchayat Etikoppaka's house tax receipt (its name in Telugu over its English,
    the taxes in a tinted table, Cash ticked); the Geographical Indications Registry's e-receipt for an
    authorised user's application (a shaded table); ESIC's challan payment page; the Labour Department's
    shop registration renewal still pending; GVMC's trade licence receipt with its QR code; the professional
    tax portal's failed payment; the Legal Metrology office's stamping receipt with its round stamp; the
    Forest Department's transit permit fee for ankudu wood. All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=500, high=12000)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", "INR"))
    day = when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "{d} %b %Y"], rng)
    payer = rng.choice([COMPANY, SHORT])
    if k == 0:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        telugu(p, "గ్రామ పంచాయతీ ఎటికొప్పాక")
        name = rng.choice(["GRAM PANCHAYAT ETIKOPPAKA", "Gram Panchayat Etikoppaka"])
        top(p, name, merchant=name)
        p.add("small", "S. Rayavaram Mandal, Anakapalli District  |  Form 36 - Tax receipt")
        p.add("rule")
        p.part = "body"
        no = str(rng.randrange(1000, 9999))
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {no}",
            f"Date: {day}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("left", f"Assessee: {payer}")
        p.add("left", f"Assessment No. {rng.randrange(100, 999)} / Door No. 4-{rng.randrange(10, 200)}")
        heads = [
            ("House tax", rng.randrange(1800, 6000)),
            ("Library cess", rng.randrange(100, 500)),
            ("Water tax", rng.randrange(600, 1200)),
            ("Lighting tax", rng.randrange(100, 300)),
        ]
        j.amount = float(sum(v for _, v in heads))
        zebra(
            p,
            "gp",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            ["Tax", "Amount (Rs.)"],
            [([h, num(v)], {}) for h, v in heads],
            (90, 60, 30),
        )
        total(p, "Total", num(j.amount), at=0.6, amount=j.amount)
        ticks(p, ["Cash", "Cheque", "UPI"], 0, method="cash")
        p.add("center", "TAX RECEIVED", status="success")
        right(p, "Panchayat Secretary")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "ipindiaonline.gov.in/epayment/receipt")
        p.part = "head"
        top(p, "Intellectual Property India")
        name = "Geographical Indications Registry"
        p.add("center", name, merchant=name)
        p.add("small", "Chennai  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        cbr = digits(rng, 6)
        j.amount = float(rng.choice([500, 1000, 2500]))
        kv(p, "CBR No.", cbr, at=0.34, txn=(INVOICE_RANK, cbr))
        kv(p, "Form", "GI-3A - application to register an authorised user", at=0.34)
        kv(p, "GI application", "No. 236 - Etikoppaka Toys", at=0.34)
        kv(p, "Applicant", payer, at=0.34)
        kv(p, "Fee paid", rs(j.amount), at=0.34, amount=j.amount)
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        kv(p, "Bank ref. No.", bref, at=0.34, txn=(BANK_RANK, bref))
        kv(p, "Payment mode", "Net banking - State Bank of India", at=0.34, method="netbanking")
        kv(p, "Date", day, at=0.34, date=j.date)
        strip(p, "Payment successful", "success")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "gateway.esic.gov.in/challan/status")
        p.part = "head"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour and Employment  |  Challan details")
        p.add("rule")
        p.part = "body"
        chal = f"{digits(rng, 10)}{rng.randrange(10, 99)}"
        tid = f"{code(rng, 3, UPPER)}{digits(rng, 11)}"
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        rows = [
            (["Employer code", digits(rng, 17)], {}),
            (["Challan No.", chal], {"txn": (INVOICE_RANK, chal)}),
            (["Contribution month", when(month, "%b %Y")], {}),
            (["Amount paid", num(j.amount)], {"amount": j.amount}),
            (["Transaction No.", tid], {"txn": (TXN_RANK, tid)}),
            (["Transaction date", day], {"date": j.date}),
            (["Bank", "Union Bank of India - Internet banking"], {"method": "netbanking"}),
            (["Status", "Success"], {"status": "success"}),
        ]
        zebra(p, "es", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["Challan", ""], rows, (24, 100, 60))
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "labour.ap.gov.in/shops/renewal")
        p.part = "head"
        name = rng.choice(["Labour Department, Government of Andhra Pradesh", "Labour Department, AP"])
        top(
            p,
            pick(p, "title", [name, "Labour Department, AP"]),
            merchant=pick(p, "title", [name, "Labour Department, AP"]),
        )
        p.add("small", "AP Shops and Establishments Act - renewal of registration")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment pending - awaiting bank confirmation", "pending")
        p.add("small", "Do not pay again. The status will update within 24 hours.")
        j.amount = float(rng.choice([1500, 2500, 3000]))
        kv(p, "Establishment", f"{SHOP}, Siripuram", at=0.34)
        kv(p, "Fee", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Mode", "UPI", at=0.34, method="UPI")
        kv(p, "Initiated on", day, at=0.34, date=j.date)
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        name = rng.choice(["Greater Visakhapatnam Municipal Corporation", "GVMC"])
        top(p, pick(p, "title", [name, "GVMC"]), merchant=pick(p, "title", [name, "GVMC"]))
        p.add("small", "Public Health Section  |  Trade licence fee receipt")
        p.add("rule")
        p.part = "body"
        rcpt = f"TL{j.date:%y}{digits(rng, 7)}"
        p.add("left", f"Receipt No.: {rcpt}", txn=(INVOICE_RANK, rcpt))
        p.add("left", f"Trade: {SHOP}, toys and gifts, Ward 22")
        p.add("left", f"Licence No. TL/{rng.randrange(1000, 9999)}/Z-III")
        p.add("left", f"Amount: {rs(j.amount)}", amount=j.amount)
        p.add("left", f"Paid by UPI, ref. {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
        p.add("left", f"Paid on: {day}", date=j.date)
        qr(p, rcpt, "r", 4)
        p.add("center", "LICENCE FEE RECEIVED - VALID TILL 31-03-2027", status="success")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "apct.gov.in/ptax/payment")
        p.part = "head"
        name = rng.choice(["Commercial Taxes Department, Andhra Pradesh", "AP Commercial Taxes"])
        top(
            p,
            pick(p, "title", [name, "AP Commercial Taxes"]),
            merchant=pick(p, "title", [name, "AP Commercial Taxes"]),
        )
        p.add("small", "Professional Tax - employer payment")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment failed - the bank did not confirm", "failed")
        j.amount = float(rng.randrange(4, 30) * 200)
        kv(p, "PTIN", digits(rng, 11), at=0.34)
        kv(p, "Employees", str(int(j.amount // 200)), at=0.34)
        kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Payment mode", "Debit card", at=0.34, method="card")
        tid = f"PT{digits(rng, 12)}"
        kv(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        p.add("small", "Any amount debited will be refunded by your bank. Please pay again.")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        name = rng.choice(["Legal Metrology Department, Andhra Pradesh", "Legal Metrology, AP"])
        top(
            p,
            pick(p, "title", [name, "Legal Metrology, AP"]),
            merchant=pick(p, "title", [name, "Legal Metrology, AP"]),
        )
        p.add("small", "Office of the Inspector, Anakapalli  |  Verification and stamping")
        p.add("rule")
        p.part = "body"
        no = f"LM/AKP/{rng.randrange(100, 999)}"
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt {no}",
            f"Date: {day}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        j.amount = float(rng.choice([300, 450, 600, 750]))
        p.add("left", f"Received from {payer} towards verification of 2 weighing scales (30 kg).")
        total(
            p, "Fee received in cash", rs(j.amount), at=0.55, amount=j.amount, method="cash", status="success"
        )
        seal(p, "LEGAL METROLOGY", ["ANAKAPALLI"], "violet")
        return p.done()
    p = browser_page(rng, font, "forests.ap.gov.in/epayment")
    p.part = "head"
    name = rng.choice(["Andhra Pradesh Forest Department", "AP Forest Department"])
    top(
        p,
        pick(p, "title", [name, "AP Forest Department"]),
        merchant=pick(p, "title", [name, "AP Forest Department"]),
    )
    p.add("small", "Transit permit fee - forest produce")
    p.add("rule")
    p.part = "body"
    strip(p, "Payment successful", "success")
    tp = f"TP/NSP/{rng.randrange(1000, 9999)}"
    tid = digits(rng, 14)
    kvr(p, "Permit", tp)
    kvr(p, "Produce", f"Ankudu (Wrightia tinctoria), {rng.randrange(20, 80)} cft")
    kvr(p, "Fee", rs(j.amount), amount=j.amount)
    kvr(p, "Paid by", f"Credit card {masked(rng, font)}", method="card")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid on", day, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts: New India Assurance's premium receipt for the workshop (a shaded table, the
    branch's round stamp); Bajaj Allianz's marine cargo e-mail (a tinted table, the premium under a double
    rule); ICICI Lombard's app; Niva Bupa's failed renewal; Oriental Insurance's plain-text e-mail receipt
    in a fixed-width face; SBI General's receipt of a cheque with the way ticked, cover held; Care Health's
    e-mail; ACKO's app. All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=2500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR", "Rs"))
    net = round(j.amount / 1.18, 2)
    gst = round(j.amount - net, 2)
    insured = rng.choice([COMPANY, SHORT])
    day = when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "{d} %b %Y"], rng)
    pol = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
    if k == 0:
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        name = rng.choice(["The New India Assurance Co. Ltd", "THE NEW INDIA ASSURANCE CO. LTD"])
        top(
            p,
            pick(p, "title", [name, "New India Assurance"]),
            merchant=pick(p, "title", [name, "New India Assurance"]),
        )
        p.add("small", "Divisional Office, Anakapalli  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"{digits(rng, 4)}{rng.randrange(100000, 999999)}"
        kv(p, "Receipt No.", rno, at=0.36, txn=(INVOICE_RANK, rno))
        kv(p, "Receipt date", day, at=0.36, date=j.date)
        kv(p, "Insured", insured, at=0.36)
        kv(p, "Product", "Bharat Sookshma Udyam Suraksha", at=0.36)
        kv(p, "Policy No.", pol, at=0.36)
        kv(p, "Premium + GST 18%", f"{num(net)} + {num(gst)}", at=0.36)
        kv(p, "Total received", rs(j.amount), at=0.36, amount=j.amount)
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        kv(p, "Mode", f"NEFT, UTR {utr}", at=0.36, method="netbanking", txn=(UTR_RANK, utr))
        p.add("center", "PREMIUM RECEIVED - POLICY IN FORCE", status="success")
        seal(p, "NEW INDIA ASSURANCE", ["D.O.", "ANAKAPALLI"], "violet")
        return p.done()
    if k in (1, 6):
        name, sender = (
            ("Bajaj Allianz General Insurance Co. Ltd", "Bajaj Allianz <receipts@bajajallianz.co.in>")
            if k == 1
            else ("Care Health Insurance Ltd", "Care Health <renewals@careinsurance.com>")
        )
        p = mail_page(rng, font, sender, ["Premium receipt for your policy", "Payment received - thank you"])
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, name.replace(" Co. Ltd", "").replace(" Ltd", "")]),
            merchant=pick(p, "title", [name, name.replace(" Co. Ltd", "").replace(" Ltd", "")]),
        )
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add("left", "We have received the premium for your policy. Thank you.", status="success")
        item = "Marine cargo - export of wooden toys, open policy" if k == 1 else "Group health - 14 workers"
        zebra(
            p,
            "pr",
            [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
            ["Premium", "Amount"],
            [([item, num(net)], {}), (["GST @ 18%", num(gst)], {})],
            (0, 80, 150) if k == 1 else (0, 120, 90),
        )
        total(p, "Total premium", rs(j.amount), at=0.6, amount=j.amount)
        way = rng.choice(["card", "UPI"])
        tid = f"{'BA' if k == 1 else 'CH'}{digits(rng, 12)}"
        kv(p, "Policy No.", pol, at=0.34)
        kv(p, "Paid by", "Credit card" if way == "card" else "UPI", at=0.34, method=way)
        kv(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        if not j.no_day:
            kv(p, "Date of payment", day, at=0.34, date=j.date)
        p.part = "foot"
        p.add("small", "This is a system-generated e-mail.")
        return p.done()
    if k == 4:
        p = mail_page(
            rng,
            font,
            "Oriental Insurance <noreply@orientalinsurance.co.in>",
            ["Premium Receipt - Motor Policy"],
        )
        p.part = "body"
        w = 56
        name = "THE ORIENTAL INSURANCE CO. LTD"
        mono(p, "=" * w)
        mono(p, f"{name:^{w}}", merchant=name)
        mono(p, f"{'PREMIUM RECEIPT':^{w}}")
        mono(p, "=" * w)
        mono(p, f"Insured       : {insured if len(insured) < 38 else SHORT}")
        mono(p, "Vehicle       : AP 31 TC 4471 (Tata Ace, goods)")
        mono(p, f"Premium       : {num(net):>12}")
        mono(p, f"GST @ 18%     : {num(gst):>12}")
        mono(p, f"Total         : {num(j.amount):>12}", amount=j.amount)
        mono(p, "Mode          : UPI", method="UPI")
        mono(p, f"Receipt date  : {when(j.date, '%d/%m/%Y')}", date=j.date)
        mono(p, "-" * w)
        mono(p, "Received with thanks. Policy in force.", status="success")
        mono(p, "=" * w)
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        name = rng.choice(["SBI General Insurance Co. Ltd", "SBI GENERAL INSURANCE CO. LTD"])
        top(
            p,
            pick(p, "title", [name, "SBI General Insurance"]),
            merchant=pick(p, "title", [name, "SBI General Insurance"]),
        )
        p.add("small", "Branch: Visakhapatnam  |  Premium receipt")
        p.add("rule")
        p.part = "body"
        rno = f"SBIG{digits(rng, 9)}"
        cols(
            p,
            "no",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {day}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("left", f"Received from {insured}")
        p.add("left", "Fire and allied perils - lac stock and dye store, Etikoppaka")
        p.add("left", f"Premium with GST: {rs(j.amount)}", amount=j.amount)
        ticks(p, ["Cash", "Cheque", "Online"], 1, method="cheque")
        p.add(
            "left",
            f"Cheque No. {digits(rng, 6)}, Union Bank of India, dt. {when(earlier(rng, j, 0, 3), '%d/%m/%Y')}",
        )
        strip(p, "Cover held subject to realisation of the cheque", "pending")
        return p.done()
    app, tint, name = {
        2: ("ICICI Lombard", (156, 30, 36), "ICICI Lombard General Insurance Co. Ltd"),
        3: ("Niva Bupa", (20, 60, 140), "Niva Bupa Health Insurance Co. Ltd"),
        7: ("ACKO", (80, 40, 200), "ACKO General Insurance Ltd"),
    }[k]
    p = phone_page(rng, font, k, ["Payment", ""])
    p.part = "head"
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = tint, (255, 255, 255)
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    strip(
        p,
        {"success": "Premium paid - policy issued", "failed": "Payment failed - policy not renewed"}[status],
        status,
    )
    p.add("big", rs(j.amount), amount=j.amount)
    shown = pick(p, "small", [name])
    p.add("small", shown, merchant=shown)
    way = rng.choice(["UPI", "card"])
    kvr(
        p,
        "Plan",
        {2: "Shop insurance - Siripuram", 3: "Health - family floater", 7: "Two-wheeler - AP 31 DK 2290"}[k],
    )
    kvr(p, "Paid via", "UPI" if way == "UPI" else "Debit card", method=way)
    if way == "UPI":
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    else:
        tid = f"{app[:3].upper()}{digits(rng, 11)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Attempted on" if status == "failed" else "Paid on", day, date=j.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Download policy  |  Help")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name, place, terminal, the layout
COUNTERS = [
    ("VARAHA TOY SHOPPE", "SIRIPURAM, VISAKHAPATNAM", "PAYTM EDC", "android"),
    ("VARAHA TOY SHOPPE", "VISAKHA UTSAV, RK BEACH, STALL 31", "BHARATPE SWIPE", "inline"),
    ("ANKUDU BOMMALA SHALA", "ETIKOPPAKA", "RAZORPAY POS", "echarge"),
    ("HOTEL ARAKU VALLEY RESORT", "ARAKU VALLEY", "WORLDLINE", "inline"),
    ("SRI DURGA FUELS", "NH-16, ANAKAPALLI", "PAYTM EDC", "android"),
    ("VIZAG ART AND CRAFT SUPPLIES", "DABA GARDENS, VISAKHAPATNAM", "WORLDLINE", "inline"),
    ("BELLAM RUCHULU RESTAURANT", "MAIN ROAD, ANAKAPALLI", "PAYTM EDC", "android"),
    ("VARAHA TOY SHOPPE", "SIRIPURAM, VISAKHAPATNAM", "RAZORPAY POS", "echarge"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards at the shop, its Visakha Utsav stall and the workshop, and the company's card at an Araku
    hotel, a filling station, an art supplies shop and a restaurant: an Android terminal's print (the
    terminal's band, labels at the left and values at the right over hairlines, the total under a double
    rule, a UPI QR code for the next time); a swipe machine's roll torn off (two fields to a line, DATE:
    beside TIME:, TID: beside MID:, BATCH: beside INV:); Razorpay POS's e-charge slip opened from its SMS (a
    table on a band, every other row tinted). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=600, high=28000)
    name, town, brand, layout = COUNTERS[k]
    if "UTSAV" in town:
        move(j, rng, UTSAV + dt.timedelta(days=rng.randrange(3)))
    tip = 0.0
    if "FUELS" in name:
        j.amount = rupees(rng, 1500, 5000, 0.7)
    if "RESTAURANT" in name:
        tip = float(rng.choice([50, 100]))
        j.amount = round(rupees(rng, 600, 2400, 0.6) + tip, 2)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    words = {
        "success": rng.choice(["APPROVED", "TRANSACTION APPROVED", "APPROVED - PIN VERIFIED"]),
        "failed": "DECLINED - 05 DO NOT HONOUR",
        "pending": "HOST TIMEOUT - DO NOT RETRY, CHECK WITH BANK",
    }[status]
    if layout == "echarge":
        p = browser_page(rng, font, f"rzp.io/cs/{code(rng, 10, MIXED)}")
        p.part = "head"
        top(p, "Charge slip")
        p.add("small", "Razorpay POS  |  e-charge slip")
        p.add("rule")
        p.part = "body"
        shown = rng.choice([name, name.title()])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        p.add("big", f"INR {j.amount:,.2f}", amount=j.amount)
        rows = [
            (["Card", f"{scheme} XXXX {last4}"], {"method": "card"}),
            (["Entry", "Contactless"], {}),
            (["TID / MID", f"{digits(rng, 8)} / {digits(rng, 15)}"], {}),
            (["Invoice", inv], {"txn": (INVOICE_RANK, inv)}),
            (["Auth code", appr], {"txn": (APPR_RANK, appr)}),
            (["RRN", j.ref], {"txn": (UTR_RANK, j.ref)}),
        ]
        if not j.no_day:
            rows.append((["Date", f"{when(j.date, '%d/%m/%Y')} {t}"], {"date": j.date}))
        rows.append((["Status", words.title()], {"status": status}))
        zebra(p, "ec", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], ["Transaction", ""], rows, (20, 40, 90))
        p.part = "foot"
        p.add("small", "This e-charge slip was sent by SMS at the merchant's request.")
        return p.done()
    p = screen(rng, font, width=rng.choice([460, 500, 520]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.part = "head"
    if layout == "android":
        kind(p, "brand", [(0.0, 1.0, "c")], "band", fill=(30, 30, 30), bold=(0,))
        row(p, "brand", brand)
    else:
        torn(p)
        p.add("center", brand)
    shown = pick(p, "center", [name, name.replace(" RESTAURANT", "")])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.add("rule")
    p.part = "body"
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%y"])).upper()
    if layout == "inline":
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "in", spec, f"DATE:{day}", f"TIME:{t}", date=j.date)
        cols(p, "in", spec, f"TID:{digits(rng, 8)}", f"MID:{digits(rng, 10)}")
        if j.no_ref:
            cols(p, "in", spec, f"BATCH:{rng.randrange(1, 999):06d}", "")
        else:
            cols(p, "in", spec, f"BATCH:{rng.randrange(1, 999):06d}", f"INV:{inv}", txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        cols(p, "in", spec, f"{scheme}", "CHIP", method="card")
        p.add("left", f"CARD NO: XXXXXXXXXXXX{last4}")
        if not j.no_ref and status == "success":
            cols(p, "in", spec, f"APPR:{appr}", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        elif not j.no_ref:
            cols(p, "in", spec, "", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        total(p, "AMOUNT RS.", f"{j.amount:,.2f}", at=0.5, amount=j.amount)
    else:
        kvr(p, "Date", day, date=j.date)
        kvr(p, "Time", t)
        kvr(p, "TID", digits(rng, 8))
        kvr(p, "Invoice No.", inv, txn=(INVOICE_RANK, inv))
        kvr(p, "Card", f"{scheme} **** {last4}", method="card")
        kvr(p, "Entry mode", rng.choice(["Tap", "Chip", "Chip & PIN"]))
        if status == "success":
            kvr(p, "Approval code", appr, txn=(APPR_RANK, appr))
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        if tip:
            kvr(p, "Base amount", f"Rs {j.amount - tip:,.2f}")
            kvr(p, "Tip", f"Rs {tip:,.2f}")
        if "FUELS" in name:
            rate = round(rng.uniform(106.5, 111.5), 2)
            kvr(p, "Product", "Diesel" if rng.random() < 0.6 else "Petrol")
            kvr(p, "Rate / Vol", f"{rate:.2f} / {j.amount / rate:.2f} L")
        total(p, "Total", f"Rs {j.amount:,.2f}", at=0.5, amount=j.amount)
    p.add("gap")
    p.add("center", words, status=status)
    if layout == "android":
        qr(p, f"{name}{inv}", "c", 4)
        p.add("small", "Scan to pay by UPI next time")
    p.part = "foot"
    p.add("small", rng.choice(["CUSTOMER COPY", "** CARDHOLDER COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, gas, water, DTH


APEPDCL = "Eastern Power Distribution Company of Andhra Pradesh Ltd"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the shop's bills: APEPDCL's online payment receipt (a shaded table); BSNL Bharat
    Fibre's receipt e-mail (a tinted table, the sum under a double rule); Bharat Gas's cash memo with its
    barcode; PhonePe's failed power bill; GVMC's water charges receipt with its QR code; Airtel Thanks' DTH
    recharge pending; Jio's AirFiber SMS; Amazon Pay's bill receipt. All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=400, high=14000, p_round=0.5)
    rs = money(rng, font, 0.4)
    day = when_in(j, ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "%d-%b-%Y"], rng)
    month = when(j.date.replace(day=1) - dt.timedelta(days=1), "%b %Y")
    if k in (0, 3, 7):
        if k == 0:
            p = browser_page(rng, font, "www.apeasternpower.com/payment/receipt")
            p.part = "head"
            name = rng.choice([APEPDCL, "APEPDCL"])
            top(p, pick(p, "title", [name, "APEPDCL"]), merchant=pick(p, "title", [name, "APEPDCL"]))
            p.add("small", "Online payment receipt")
            p.add("rule")
            p.part = "body"
            kv(p, "Service No.", f"{digits(rng, 5)}{rng.choice(UPPER)}{digits(rng, 7)}", at=0.34)
            kv(p, "Name", SHORT, at=0.34)
            kv(p, "Bill month", month, at=0.34)
            kv(p, "Amount paid", rs(j.amount), at=0.34, amount=j.amount)
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
            kv(p, "Bank ref. No.", bref, at=0.34, txn=(BANK_RANK, bref))
            kv(p, "Payment mode", "Net banking", at=0.34, method="netbanking")
            kv(p, "Payment date", day, at=0.34, date=j.date)
            strip(p, "Payment successful", "success")
            return p.done()
        app, tint = ("PhonePe", PURPLE) if k == 3 else ("amazon pay", (35, 47, 62))
        p = phone_page(rng, font, k, ["", "Bill payment"])
        p.part = "head"
        if not p.style["h106"]["dark"]:
            p.style["band"], p.style["band_ink"] = tint, (255, 255, 255)
        p.add("title", app)
        p.add("gap")
        p.part = "body"
        strip(p, "Bill payment failed" if status == "failed" else "Bill paid successfully", status)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "small", [APEPDCL, "APEPDCL"])
        p.add("small", shown, merchant=shown)
        kvr(p, "Service No.", f"{digits(rng, 5)}{rng.choice(UPPER)}{digits(rng, 7)}")
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        bbps = f"AP0{digits(rng, 3)}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        if status == "success":
            kvr(p, "Bharat Connect ref.", bbps, txn=(BANK_RANK, bbps))
        kvr(p, "Attempted on" if status == "failed" else "Paid on", day, date=j.date)
        p.part = "foot"
        p.add("gap")
        p.add(
            "small",
            "Money, if debited, will be refunded in 3 days." if status == "failed" else "Bharat Connect",
        )
        return p.done()
    if k == 1:
        p = mail_page(
            rng,
            font,
            "BSNL <ebill@bsnl.co.in>",
            ["Payment receipt - Bharat Fibre", "Thank you for your payment"],
        )
        p.part = "head"
        name = rng.choice(["Bharat Sanchar Nigam Ltd", "BSNL"])
        top(p, name, merchant=name)
        p.add("small", "Bharat Fibre (FTTH)  |  Andhra Pradesh Circle")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, we have received your payment. Thank you.", status="success")
        plan = float(rng.choice([499, 599, 799, 999]))
        j.amount = round(plan * 1.18, 2)
        zebra(
            p,
            "bs",
            [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
            ["Charges", "Amount"],
            [([f"Fibre Basic Plus, {month}", num(plan)], {}), (["GST 18%", num(j.amount - plan)], {})],
            (0, 94, 160),
        )
        total(p, "Amount received", rs(j.amount), at=0.6, amount=j.amount)
        kv(p, "Account No.", digits(rng, 10), at=0.34)
        kv(p, "Receipt No.", f"RC{digits(rng, 10)}", at=0.34)
        p.tags[-1] = (p.part, {"txn": (INVOICE_RANK, p.rows[-1][2])})
        kv(p, "Paid by", "UPI", at=0.34, method="UPI")
        kv(p, "UPI Ref", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [660, 700])
        p.part = "head"
        top(p, "Bharat Gas")
        name = rng.choice(["Sri Kanaka Durga Gas Agency", "SRI KANAKA DURGA GAS AGENCY"])
        p.add("center", name, merchant=name)
        p.add("small", "Distributor, BPCL  |  Yelamanchili")
        p.add("center", "CASH MEMO")
        p.add("rule")
        p.part = "body"
        memo = digits(rng, 10)
        bars(p, memo)
        p.add("center", f"Cash memo No. {memo}", txn=(INVOICE_RANK, memo))
        j.amount = round(rng.uniform(1720, 1890), 2)
        kvr(p, "Consumer No.", digits(rng, 6))
        kvr(p, "Cylinder", "19 kg commercial")
        kvr(p, "Delivered on", when(j.date, "%d/%m/%Y"), date=j.date)
        total(p, "Amount received", rs(j.amount), at=0.5, amount=j.amount)
        ticks(p, ["Cash", "Online"], 0, method="cash")
        p.add("center", "Received with thanks", status="success")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        name = rng.choice(["Greater Visakhapatnam Municipal Corporation", "GVMC"])
        top(p, pick(p, "title", [name, "GVMC"]), merchant=pick(p, "title", [name, "GVMC"]))
        p.add("small", "Water Supply Section  |  Water charges receipt")
        p.add("rule")
        p.part = "body"
        rcpt = f"WS{j.date:%y}{digits(rng, 8)}"
        p.add("left", f"Receipt No.: {rcpt}", txn=(INVOICE_RANK, rcpt))
        p.add("left", f"Connection: {digits(rng, 8)}  |  {SHOP}")
        p.add("left", f"Period: {month}")
        p.add("left", f"Amount paid: {rs(j.amount)}", amount=j.amount)
        p.add("left", f"Mode: UPI, ref. {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
        p.add("left", f"Date: {day}", date=j.date)
        qr(p, rcpt, "r", 4)
        p.add("center", "PAID - THANK YOU", status="success")
        return p.done()
    if k == 5:
        p = phone_page(rng, font, k, ["", "Recharge"])
        p.part = "head"
        if not p.style["h106"]["dark"]:
            p.style["band"], p.style["band_ink"] = (225, 0, 40), (255, 255, 255)
        p.add("title", "Airtel Thanks")
        p.add("gap")
        p.part = "body"
        strip(p, "Recharge pending - we are confirming with your bank", "pending")
        j.amount = float(rng.choice([349, 449, 599]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Airtel Digital TV"
        p.add("small", name, merchant=name)
        kvr(p, "Customer ID", digits(rng, 10))
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated on", day, date=j.date)
        return p.done()
    j.amount = float(rng.choice([599, 899, 1199]))
    text = (
        f"Recharge of Rs {j.amount:.0f} for your Jio AirFiber is successful on {when(j.date, '%d-%b-%Y')}. "
        "Your plan is valid for 30 days. For details, visit MyJio. - Jio"
    )
    p = sms_page(rng, font, "JM-JIOINF", text, j.date)
    p.add("left", text, merchant="Jio", amount=j.amount, date=j.date, status="success")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as printed, the way, the frame
ALERTS = [
    ("State Bank of India", "AD-SBIUPI", "KONDA TRANSPORT", "UPI", "sms"),
    ("Union Bank of India", "VM-UBOIIN", "", "UPI", "sms"),
    ("ICICI Bank", "", "PIXEL NEST STUDIO", "UPI", "mail"),
    ("Karur Vysya Bank", "", "SRI RAMA TENT HOUSE", "NEFT", "mail"),
    ("Andhra Pradesh Grameena Vikas Bank", "JK-APGVBK", "CHANDRA AND RAO ASSO", "NEFT", "sms"),
    ("Indian Bank", "BZ-INDBNK", "SRI DURGA FUELS", "UPI", "sms"),
    ("IDFC FIRST Bank", "", "BONU SURIBABU", "IMPS", "mail"),
    ("The Visakhapatnam Co-operative Bank", "VK-VCBANK", "GORLE SATYANARAYANA", "UPI", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts: SMS in State Bank of India's ("Dear UPI user A/C X1234 debited by x on date 14Mar26 trf
    to <payee> Refno <ref>"), Union Bank of India's (no payee), APGVB's, Indian Bank's and the Visakhapatnam
    Co-operative Bank's wordings; ICICI Bank's e-mail of a reversed UPI debit, KVB's of an NEFT accepted and
    IDFC FIRST Bank's of an IMPS, each as a shaded table under its sentence. All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=2000, high=60000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 300, 9000, 0.8)
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 30000, 1900000), rng.choice(["indian", "plain"]))
    utr = (
        ""
        if j.no_ref or status == "pending"
        else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    )
    facts: dict = {"amount": j.amount, "method": method, "status": status}
    if to:
        facts["merchant"] = to
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "mail":
        host = {
            "ICICI Bank": "icicibank.com",
            "Karur Vysya Bank": "kvbmail.com",
            "IDFC FIRST Bank": "idfcfirstbank.com",
        }[bank]
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{host}>",
            ["Transaction alert for your account", "Account update"],
        )
        p.part = "head"
        top(p, bank)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        if status == "failed":
            sentence = f"Your UPI payment of INR {amt} to {to} has failed and the amount debited has been reversed to your account XX{tail}."
        elif status == "pending":
            req = f"KVB{digits(rng, 10)}"
            facts["txn"] = (TXN_RANK, req)
            sentence = f"Your NEFT request {req} for INR {amt} to {to} has been accepted and is being processed. The UTR will be sent once it is credited."
        else:
            sentence = f"INR {amt} has been debited from your account XX{tail} by {way} to {to}."
        p.add("left", sentence, **facts)
        kv(p, "Account", f"XX{tail}", at=0.32)
        kv(p, "Amount", f"INR {amt}", at=0.32)
        kv(p, "Beneficiary", to, at=0.32)
        if utr:
            kv(p, "Reference No." if way == "IMPS" else "UPI Ref", utr, at=0.32)
        if not j.no_day:
            kv(p, "Date", stamp_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=0.32)
        p.add("gap")
        p.add("left", f"Regards, {bank}")
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or CVV with anyone. This is a system-generated e-mail.")
        return p.done()
    if bank == "State Bank of India":
        text = (
            f"Dear UPI user A/C X{tail} debited by {amt} on date {when(j.date, '%d%b%y')} trf to {to} Refno {utr}. "
            "If not u? call 1800111109. -SBI"
        )
    elif bank == "Union Bank of India":
        text = (
            f"A/c *{tail} Debited for Rs:{amt} by Mob Bk ref no {utr} Avl Bal Rs:{bal}. "
            "Never Share OTP/PIN/CVV -Union Bank of India"
        )
    elif bank == "Andhra Pradesh Grameena Vikas Bank":
        text = (
            f"Your A/c XX{tail} is debited with Rs.{amt} on {when(j.date, '%d/%m/%Y')} by NEFT to {to}. "
            f"UTR {utr}. Bal Rs.{bal} -APGVB"
        )
    elif bank == "Indian Bank":
        text = (
            f"Your a/c XXX{tail} debited for INR {amt} on {when(j.date, '%d-%m-%y')} towards UPI to {to}. "
            f"Avl Bal INR {bal}. Not you? Call 180042500000 - Indian Bank"
        )
    else:
        text = (
            f"VCB: Rs {amt} debited from SB A/c {tail} on {when(j.date, '%d.%m.%Y')} to {to} UPI Ref {utr}. "
            "Call 08912565566 if not done by you."
        )
    p = sms_page(rng, font, sender, text, None if j.no_day else j.date)
    p.add("left", text, **facts)
    return p.done()

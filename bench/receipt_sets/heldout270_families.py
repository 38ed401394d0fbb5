"""The twelve heldout270 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Bagh hand-block-print producer company's year of 2026 in Dhar district, Madhya
Pradesh (Baghini Hast Chhapa Producer Company Ltd, of the block printers of Bagh on the Baghini river; its
print house on the river ghat, Nadi Ghat Chhapaghar, where teak blocks print alizarin red and iron black on
harda-treated cotton and which runs block printing workshops; its natural-dye vats by the river, Aal Dhawda
Rang Kund, where the cloth is boiled with aal and dhawda flowers, washed in the river and dried on its sands,
and which dyes other printers' cloth as job work; its showroom on Race Course Road, Indore, Baghini Print
Ghar, with its stitching unit, a stall at Lok Rang in Bhopal and the web shop baghiniprints.in; its export
orders), told by the proofs of payment it receives (buyers' UPI apps, Instamojo's, PayU's and BharatPe's
pages, boutiques', the handicrafts corporation's, the Collectorate's, a hotel's, a retail chain's, a cafe's
and a studio's advices, remittances in eight currencies, its own memo, receipts, bills and e-mails, its card
terminals) and those it makes (suppliers' bills and pages, the banks' pages and a branch counterfoil, its
washers', printers', dyers', tailors' and helpers' cards, slips and screens, its taxes, fees and dues, the
insurers' receipts, its card at a resort, a pump, a restaurant and a store, the power, phone, gas, DTH and
internet bills, the banks' SMS, e-mail and in-app alerts). Every row is added to heldout113's ``Screen`` with
the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the unit lines,
salutations, items, pieces, metres, rates, taxable values, GST, TDS, deductions, round offs, advances, bases
and tips, rates and volumes, earnings, tax heads, periods, weeks, bill months, invoice, bill, due, cheque,
document and workshop days, remitters and payers, INR equivalents, exchange rates, fees and charges, balances,
account, consumer, property, policy, proposal, certificate, registration, establishment, application,
vendor, token, kiosk, subscriber and BP numbers, TAN, IEC, GSTIN, IFSC, BIC, UPI IDs, MIDs, TIDs, batches and
devices, the counterfoil, the stamps, the ribbon, the side band, the border, the revenue stamp, signatures and
the attendance marks carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page`` and ``phone_page`` heldout140's; ``phone_frame``
heldout126's; ``right`` heldout152's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``masked`` and ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen``
heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; ``bold_of`` and ``sms_page``
heldout269's. ``compose`` is heldout158's (as heldout269's), each page's rows drawn by ``_render``:
heldout269's renderer (heldout14's), then this set's own rows in the lines it leaves for them (cells at set places: dot leaders, a form's dotted blanks filled in
by hand, a bill book's red rules with its rupees and paise apart, a table's heavy and light rules, colons in a
column, an accent bar; lines of mixed scripts in Noto's Devanagari and Gujarati faces beside the page's; the
hand's lines; an attendance card's boxes; a revenue stamp; a signature; an oval dater stamp), then the page's
ribbon, block-printed border, side band and counterfoil; then, round the whole, a PDF viewer. The pages'
layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageDraw

from bench.receipt_sets import (
    heldout106_families,
    heldout118_families,
    heldout121_families,
    heldout269_families,
)
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
)
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, paper, screen
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import phone_frame
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import bold_of, sms_page

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
DEVA, DEVA_BOLD = "noto/NotoSansDevanagari-Regular.ttf", "noto/NotoSansDevanagari-Bold.ttf"
GUJ, GUJ_BOLD = "noto/NotoSansGujarati-Regular.ttf", "noto/NotoSansGujarati-Bold.ttf"
# the hand that fills a form, writes a bill or signs: serif italics and a condensed oblique
PENS = [
    "dejavu/DejaVuSerif-Italic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
]
PEN_INKS = [(22, 44, 140), (16, 24, 96), (44, 44, 58)]
# a Bagh print's two colours: alizarin red and iron black, on unbleached cotton
MADDER, IRON, KORA = (160, 38, 32), (40, 34, 32), (246, 240, 226)
RED_RULE, BLUE_RULE = (206, 70, 64), (160, 184, 222)

COMPANY = "Baghini Hast Chhapa Producer Company Ltd"
COMPANY_CAPS = "BAGHINI HAST CHHAPA PRODUCER COMPANY LTD"
SHORT = "Baghini Hast Chhapa PCL"
CUT = "BAGHINI HAST CHHAPA PROD"
PRINTS = "Nadi Ghat Chhapaghar"
PRINTS_CAPS = "NADI GHAT CHHAPAGHAR"
DYES = "Aal Dhawda Rang Kund"
DYES_CAPS = "AAL DHAWDA RANG KUND"
SHOP = "Baghini Print Ghar"
SHOP_CAPS = "BAGHINI PRINT GHAR"
WEB = "baghiniprints.in"
CIN_NO = "U17299MP2018PTC045716"
GSTIN = "23AAJCB6184M1Z7"
# the units: what each does, its address (Madhya Pradesh's GST state code is 23)
UNITS = {
    "company": ("Bagh hand block prints in natural dyes", "Kukshi Road, Bagh, District Dhar (M.P.) - 454221"),
    "prints": ("Hand block printing", "Baghini River Ghat, Bagh, District Dhar (M.P.) - 454221"),
    "dyes": ("Natural dyeing and washing", "Nadi Mohalla, Bagh, District Dhar (M.P.) - 454221"),
    "shop": ("Bagh prints showroom", "Shop 3, Kala Vithika, 22 Race Course Road, Indore - 452003"),
}
# Lok Rang, Bhopal, 2026: 26 to 30 January (the stall's card slip and its bill)
LOK_RANG = dt.date(2026, 1, 26)
BANKS = [
    "State Bank of India",
    "Bank of India",
    "Central Bank of India",
    "Bank of Baroda",
    "Punjab National Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "AU Small Finance Bank",
    "Kotak Mahindra Bank",
    "Madhya Pradesh Gramin Bank",
    "IndusInd Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of India": "BKID",
    "Central Bank of India": "CBIN",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "AU Small Finance Bank": "AUBL",
    "Kotak Mahindra Bank": "KKBK",
    "Madhya Pradesh Gramin Bank": "BKID",
    "IndusInd Bank": "INDB",
}
# the prints: name, HSN, price each (low, high)
GOODS = [
    ("Bagh print saree, cotton, 6.3 m", "5208", 1650, 3200),
    ("Bagh print saree, Maheshwari", "5007", 3800, 7400),
    ("Double bedsheet with 2 covers", "6304", 1450, 2600),
    ("Dupatta, mulmul, aal red", "6214", 650, 1250),
    ("Dress material, 3 pc", "5208", 1200, 2400),
    ("Stole, chanderi, jaali butta", "6214", 850, 1600),
    ("Table cover, 6 seater", "6302", 900, 1700),
    ("Cushion covers, set of 5", "6304", 750, 1400),
    ("Kurta fabric, 2.5 m", "5208", 520, 980),
    ("Dohar, single, mehndi buta", "6304", 1600, 2900),
    ("Running fabric, per m", "5208", 180, 340),
    ("Men's shirt, half sleeve", "6205", 950, 1650),
]
DAYS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d/%m/%y"]


def ordinal(day: dt.date, month: str = "%B") -> str:
    """A day the letter-writer's way: 7th March 2026 (or 7th Mar 2026)."""
    n = day.day
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return when(day, f"{n}{tail} {month} %Y")


def tally_day(day: dt.date) -> str:
    """Tally's way: 7-Mar-2026 (the day without its zero)."""
    return when(day, "{d}-%b-%Y")


def fy_long(day: dt.date) -> str:
    """The Indian financial year of ``day`` as a tax page prints it (2026-27)."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, none on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def move(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (a fair's), its UPI / IMPS reference made again for that day."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def day_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ", " at ")) -> str:
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, twelve=rng.random() < 0.6)}"


def tail4(rng: random.Random) -> str:
    return digits(rng, 4)


def choose(p: Screen, kind: str, names: list[str]) -> str:
    """The first of ``names`` that fits a row of ``kind`` on the page (the last where none does)."""
    for name in names:
        if fits(p, kind, name):
            return name
    return names[-1]


# ---------------------------------------------------------------- this set's rows


def x270(p: Screen) -> dict:
    return p.style.setdefault("h270", {"kinds": {}, "scale": {}, "group": {}, "marks": {}, "post": {}})


def _script(ch: str) -> str:
    if "\u0900" <= ch <= "\u097f":
        return "deva"
    if "\u0a80" <= ch <= "\u0aff":
        return "guj"
    return "lat"


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into runs of one script each (Devanagari, Gujarati, Latin); a space stays with its run."""
    out: list[list[str]] = []
    for ch in text:
        script = out[-1][0] if ch == " " and out else _script(ch)
        if out and out[-1][0] == script:
            out[-1][1] += ch
        else:
            out.append([script, ch])
    return [(s, t) for s, t in out]


def run_path(script: str, latin: str, bold: bool) -> str:
    if script == "deva":
        return DEVA_BOLD if bold else DEVA
    if script == "guj":
        return GUJ_BOLD if bold else GUJ
    return bold_of(latin) if bold else latin


def text_width(text: str, latin: str, size: int, bold: bool = False) -> float:
    return sum(load_font(run_path(s, latin, bold), size).getlength(t) for s, t in runs(text))


def drawable(text: str, latin: str, bold: bool = False) -> bool:
    return all(glyphs(run_path(s, latin, bold), t.strip() or " ") for s, t in runs(text))


def draw_text(
    draw: ImageDraw.ImageDraw, x: float, y: float, text: str, latin: str, size: int, fill, bold: bool = False
) -> None:
    """``text`` from (x, y) as heldout14's renderer places a line, each script's run in its own face on the
    Latin face's baseline."""
    base = y + load_font(bold_of(latin) if bold else latin, size).getmetrics()[0]
    for script, part in runs(text):
        face = load_font(run_path(script, latin, bold), size)
        draw.text((x, base), part, font=face, fill=fill, anchor="ls")
        x += face.getlength(part)


def pen_of(p: Screen) -> str:
    x = x270(p)
    if "pen" not in x:
        x["pen"] = p.rng.choice(PENS)
        x["pen_ink"] = list(p.rng.choice(PEN_INKS))
    return x["pen"]


def grid(
    p: Screen,
    name: str,
    spec: list[tuple[float, float, str]],
    mode: str = "plain",
    *,
    bold: tuple[int, ...] = (),
    pen: tuple[int, ...] = (),
    group: str = "",
    colour: tuple[int, int, int] | None = None,
    tints: dict[int, tuple[int, int, int]] | None = None,
) -> None:
    """Name a row kind of this page whose cells sit in ``spec``'s spans (from, to, as shares of the room, and
    the cell's alignment "l", "r" or "c"), drawn in ``mode``: plain; leader (dots from the label to its value);
    fill (the hand's cells on a dotted line, a printed form filled in); billhead / bill / billtotal (a bill
    book's columns between red rules, Rs. and P. apart); bkhead / bkbody / bklast / bktotal (a table with a
    heavy rule over its heading and under its foot and no other lines); accent (a heading with a bar of
    ``colour`` at its left). ``bold`` the cells in the face's bold, ``pen`` the cells the hand writes,
    ``tints`` the printed cells in another ink (a receipt book's number in red); the
    kinds of one ``group`` shrink together where a row would not fit. A cell's Devanagari or Gujarati runs
    are drawn in Noto's face for that script."""
    x = x270(p)
    if name in x["kinds"]:
        return
    x["kinds"][name] = {
        "spec": [list(c) for c in spec],
        "mode": mode,
        "bold": list(bold),
        "pen": list(pen),
        "colour": list(colour or ()),
        "tints": {str(n): list(c) for n, c in (tints or {}).items()},
    }
    if pen:
        pen_of(p)
    g = group or name
    mates = [k for k, v in x["group"].items() if v == g]
    x["group"][name] = g
    x["scale"][name] = x["scale"][mates[0]] if mates else 1.0


def cell_font(p: Screen, name: str, n: int) -> tuple[str, int, bool]:
    """The Latin face, size and boldness of cell ``n`` of ``name``."""
    x = x270(p)
    k = x["kinds"][name]
    size = int(p.style["size"] * x["scale"][name])
    if n in k["pen"]:
        return x["pen"], int(size * 1.06), False
    return p.font, size, n in k["bold"]


def cells_fit(p: Screen, name: str, cells: list[str]) -> bool:
    x = x270(p)
    k = x["kinds"][name]
    room = p.style["width"] - 2 * MARGIN
    widths = []
    for n, (text, (lo, hi, _)) in enumerate(zip(cells, k["spec"])):
        latin, size, heavy = cell_font(p, name, n)
        widths.append(text_width(text, latin, size, heavy))
        if k["mode"] != "leader" and widths[-1] > (hi - lo) * room - (12 if len(text) > 1 else 2):
            return False
    if k["mode"] == "leader":
        return sum(widths) + 48 <= room
    return True


def gridrow(p: Screen, name: str, *cells: str, **facts) -> None:
    """A row of ``name``'s cells, its group shrunk a step at a time (to 0.72 at most) to fit."""
    x = x270(p)
    k = x["kinds"][name]
    assert len(cells) == len(k["spec"]), (name, cells)
    for n, text in enumerate(cells):
        latin, _, heavy = cell_font(p, name, n)
        assert drawable(text, latin, heavy), (latin, text)
    g = x["group"][name]
    while not cells_fit(p, name, list(cells)) and x["scale"][name] > 0.74:
        for other, gg in x["group"].items():
            if gg == g:
                x["scale"][other] = round(x["scale"][other] - 0.04, 2)
    assert cells_fit(p, name, list(cells)), (p.font, name, cells)
    p.rows.append((name, *cells))
    p.tags.append((p.part, facts))


def special(p: Screen, kind_: str, *texts: str, mark=None, **facts) -> None:
    """A row this set draws itself (its texts checked by the caller), its mark kept by the row's index."""
    x = x270(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    if mark is not None:
        x["marks"][str(len(p.rows) - 1)] = mark


def line(
    p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, align: str = "c", colour=None, **facts
) -> None:
    """A line of mixed scripts (a Devanagari or Gujarati heading over its English, a bilingual label)."""
    size = int(p.style["size"] * scale)
    assert drawable(text, p.font, bold), (p.font, text)
    assert text_width(text, p.font, size, bold) <= p.style["width"] - 2 * MARGIN, text
    special(p, "z_line", text, mark=[scale, bold, align, list(colour or ())], **facts)
    if scale > 1.2:
        p.add("gap")


def hand(p: Screen, text: str, *, indent: float = 0.0, align: str = "l", **facts) -> None:
    """A line the hand writes on the page (a note, a received line, a sum)."""
    pen = pen_of(p)
    size = int(p.style["size"] * 1.06)
    assert drawable(text, pen), (pen, text)
    room = (p.style["width"] - 2 * MARGIN) * (1 - indent)
    face = load_font(pen, size)
    if text_width(text, pen, size) <= room:
        special(p, "z_hand", text, mark=[indent, align], **facts)
        return
    words, cur, first = text.split(), "", True
    for word in words:
        if cur and face.getlength(f"{cur} {word}") > room:
            special(p, "z_hand", cur, mark=[indent, align], **(facts if first else {}))
            cur, first = word, False
        else:
            cur = f"{cur} {word}".strip()
    special(p, "z_hand", cur, mark=[indent, align], **(facts if first else {}))


def leader(p: Screen, label: str, value: str, *, group: str = "ldr", **facts) -> None:
    """A label and its value with a line of dots between them (a printed receipt's or a form's way); the
    value set under its label, dotted from the left, where the two would not share a row."""
    name = f"g_{group}"
    grid(p, name, [(0.0, 1.0, "l"), (0.0, 1.0, "r")], "leader", group=group)
    x = x270(p)
    room = p.style["width"] - 2 * MARGIN
    size = int(p.style["size"] * max(x["scale"][name], 0.78))
    if text_width(label, p.font, size) + text_width(value, p.font, size) + 48 <= room:
        gridrow(p, name, label, value, **facts)
        return
    grid(p, f"{name}_v", [(0.0, 0.12, "l"), (0.12, 1.0, "r")], "leader", group=group)
    grid(p, f"{name}_l", [(0.0, 1.0, "l")], group=group)
    gridrow(p, f"{name}_l", label)
    gridrow(p, f"{name}_v", "", value, **facts)


def fillin(p: Screen, label: str, value: str, *, at: float = 0.34, after: str = "", **facts) -> None:
    """A printed form's label, then its blank on a dotted line with ``value`` written in by hand (and a
    printed word after it on some)."""
    if after:
        grid(
            p,
            f"g_fill{int(at * 100)}a",
            [(0.0, at, "l"), (at, 0.8, "l"), (0.8, 1.0, "l")],
            "fill",
            pen=(1,),
            group="fill",
        )
        gridrow(p, f"g_fill{int(at * 100)}a", label, value, after, **facts)
        return
    grid(p, f"g_fill{int(at * 100)}", [(0.0, at, "l"), (at, 1.0, "l")], "fill", pen=(1,), group="fill")
    gridrow(p, f"g_fill{int(at * 100)}", label, value, **facts)


def book(
    p: Screen,
    name: str,
    spec: list[tuple[float, float, str]],
    head: list[str],
    body: list[tuple[list[str], dict]],
    *,
    foot: tuple[list[str], dict] | None = None,
    pen: tuple[int, ...] = (),
) -> None:
    """A table ruled the book way: a heavy rule over its heading and a light one under it, its rows with no
    lines, a light rule over its total and a heavy one under the table."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    names = {part: f"g_bk{name}{part}" for part in ("h", "b", "l", "t")}
    grid(p, names["h"], spec, "bkhead", group=name, bold=tuple(range(len(spec))))
    grid(p, names["b"], spec, "bkbody", group=name, pen=pen)
    grid(p, names["l"], spec, "bklast", group=name, pen=pen)
    grid(p, names["t"], spec, "bktotal", group=name, bold=tuple(range(len(spec))))
    x = x270(p)
    checks = (
        [(names["h"], head)] + [(names["b"], c) for c, _ in body] + ([(names["t"], foot[0])] if foot else [])
    )
    for kind_, cells in checks:
        while not cells_fit(p, kind_, cells) and x["scale"][kind_] > 0.74:
            for part in names.values():
                x["scale"][part] = round(x["scale"][part] - 0.04, 2)
    gridrow(p, names["h"], *head)
    for n, (cells, facts) in enumerate(body):
        last = n == len(body) - 1 and not foot
        gridrow(p, names["l" if last else "b"], *cells, **facts)
    if foot:
        gridrow(p, names["t"], *foot[0], **foot[1])


def wrap_to(p: Screen, text: str, share: float, indent: str = "") -> list[str]:
    """``text`` in lines that fit a cell ``share`` of the room wide in the page's face, each after
    ``indent``."""
    room = share * (p.style["width"] - 2 * MARGIN) - 16
    size = p.style["size"]
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else indent + word
        if cur and text_width(trial, p.font, size) > room:
            lines.append(cur)
            cur = indent + word
        else:
            cur = trial
    lines.append(cur)
    return lines


def billbook(
    p: Screen,
    spec: list[tuple[float, float, str]],
    head: list[str],
    body: list[list[str]],
    foot: list[str],
    *,
    pen: tuple[int, ...],
    **facts,
) -> None:
    """A bill book's table: its columns between printed red rules, the sums in Rs. and P. columns apart,
    the lines written in by hand; ``facts`` on its total row."""
    grid(p, "g_bbh", spec, "billhead", group="bb", bold=tuple(range(len(spec))))
    grid(p, "g_bb", spec, "bill", group="bb", pen=pen)
    grid(p, "g_bbt", spec, "billtotal", group="bb", pen=tuple(n for n in pen if n > 0))
    gridrow(p, "g_bbh", *head)
    for cells in body:
        gridrow(p, "g_bb", *cells)
    gridrow(p, "g_bbt", *foot, **facts)


def rs_p(value: float, grouping: str = "indian") -> tuple[str, str]:
    """A sum as a bill book writes it: the rupees and the paise in their own columns."""
    whole = int(round(value * 100)) // 100
    return num(float(whole), grouping, 0), f"{int(round(value * 100)) % 100:02d}"


def label_over(p: Screen, label: str, value: str, **facts) -> None:
    """A small label in the label ink at the left, its value under it (an app's details)."""
    line(p, label, scale=0.8, align="l", colour=tuple(p.style["label_ink"]))
    p.add("left", value, **facts)


def accent(p: Screen, text: str, colour: tuple[int, int, int], **facts) -> None:
    """A section's heading in bold with a bar of ``colour`` at its left."""
    grid(p, "g_acc", [(0.0, 1.0, "l")], "accent", bold=(0,), colour=colour)
    gridrow(p, "g_acc", text, **facts)


def cols(p: Screen, name: str, spec: list[tuple[float, float, str]], *cells: str, bold=(), **facts) -> None:
    grid(p, f"g_{name}", spec, bold=bold)
    gridrow(p, f"g_{name}", *cells, **facts)


def colon(p: Screen, label: str, value: str, *, at: float = 0.34, **facts) -> None:
    """A label, a colon set in one column down the page, and the value after it (a counter print's way)."""
    name = f"g_colon{int(at * 100)}"
    grid(p, name, [(0.0, at, "l"), (at, at + 0.05, "c"), (at + 0.05, 1.0, "l")], group="colon")
    x = x270(p)
    if not cells_fit(p, name, [label, ":", value]):
        latin, size, _ = cell_font(p, name, 2)
        room = (1.0 - at - 0.05) * (p.style["width"] - 2 * MARGIN) - 14
        words, cur, out = value.split(), "", []
        for word in words:
            if cur and text_width(f"{cur} {word}", latin, size) > room:
                out.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}".strip()
        out.append(cur)
        if len(out) > 1 and x["scale"][name] >= 0.9:
            gridrow(p, name, label, ":", out[0], **facts)
            for more in out[1:]:
                gridrow(p, name, "", "", more)
            return
    gridrow(p, name, label, ":", value, **facts)


def colon_pick(p: Screen, label: str, names: list[str], at: float = 0.34) -> str:
    """The first of ``names`` that fits a colon row's value on one line (the last where none does)."""
    name = f"g_colon{int(at * 100)}"
    grid(p, name, [(0.0, at, "l"), (at, at + 0.05, "c"), (at + 0.05, 1.0, "l")], group="colon")
    for value in names:
        if cells_fit(p, name, [label, ":", value]):
            return value
    return names[-1]


def days_grid(p: Screen, marks: list[str]) -> None:
    """An attendance card's days: the dates over boxes, each box marked P or A by hand (two rows high)."""
    pen_of(p)
    special(p, "z_days", *marks)
    p.add("gap")


def revenue(p: Screen) -> None:
    """A one-rupee revenue stamp pasted at the right, a signature across it (three rows high)."""
    pen_of(p)
    special(p, "z_rev", mark=p.rng.randrange(10**6))
    p.add("gap")
    p.add("gap")


def signature(p: Screen, align: str = "r") -> None:
    """A signature's stroke in the hand's ink (two rows high)."""
    pen_of(p)
    special(p, "z_sign", mark=[p.rng.randrange(10**6), align])
    p.add("gap")


def dater(p: Screen, head: str, date_text: str, foot: str, colour: str = "violet", **facts) -> None:
    """A bank's oval dater stamp: its name over the day set in a band across it, its branch under; four rows
    high, tilted."""
    bold = bold_of(p.font)
    for text in (head, date_text, foot):
        assert glyphs(bold, text), (bold, text)
    ink = {"violet": [96, 56, 168], "blue": [30, 72, 170], "red": [186, 44, 54]}[colour]
    special(
        p,
        "z_dater",
        head,
        date_text,
        foot,
        mark=[ink, p.rng.uniform(-14, 14), p.rng.uniform(0.55, 0.8)],
        **facts,
    )
    for _ in range(3):
        p.add("gap")


def ribbon(p: Screen, text: str, colour: tuple[int, int, int]) -> None:
    """A ribbon across the page's top right corner (a template's PAID or SENT)."""
    x270(p)["post"]["ribbon"] = [text, list(colour)]


def sidebar(p: Screen, text: str, colour: tuple[int, int, int]) -> None:
    """A band of ``colour`` down the page's left edge with ``text`` set up it (an invoice template's)."""
    x270(p)["post"]["sidebar"] = [text, list(colour)]


def border(p: Screen) -> None:
    """A Bagh block print's border round the page: a row of small butis in alizarin red and iron black."""
    x270(p)["post"]["border"] = p.rng.randrange(4)


def stub(p: Screen, lines: list[str]) -> None:
    """A receipt book's counterfoil at the page's left, past a line of perforations, written in by hand."""
    pen_of(p)
    x270(p)["post"]["stub"] = lines


def clip(p: Screen) -> None:
    """A paper clip over the page's top edge."""
    x270(p)["post"]["clip"] = p.rng.uniform(0.12, 0.3)


def pdf(p: Screen, name: str) -> None:
    """The page as a PDF viewer shows it: a dark toolbar with the file's name, the page count and the zoom,
    the page on a grey ground under it (a screen's photo)."""
    x270(p)["post"]["pdf"] = [name, p.rng.choice(["100%", "125%", "Page fit", "110%"])]
    p.style["screen"] = True


# ---------------------------------------------------------------- drawing


def _tint(colour, paper_, share: float) -> tuple[int, int, int]:
    return tuple(int(paper_[i] + (colour[i] - paper_[i]) * share) for i in range(3))


def _tops(rows: list[tuple], font: str, style: dict) -> list[int]:
    """Where heldout14's renderer sets each row (its y), as heldout269's rows are placed."""
    size = style.get("size", 22)
    room = style.get("width", 620) - 2 * MARGIN
    step = int(size * 1.55)
    face = load_font(font, size)
    tops, y = [], MARGIN
    for r in rows:
        tops.append(y)
        h = int(step * SCALE.get(r[0], 1.0)) if r[0] != "pair" else step
        if r[0] == "pair" and face.getlength(r[1]) + face.getlength(r[2]) + 24 > room:
            h *= 2
        y += h
    return tops


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout269's page (heldout14's renderer and heldout269's rows), then this set's rows in the lines it
    leaves for them: cells at set places (dot leaders, a form's dotted blanks filled in by hand, a bill book's
    red rules, a table's heavy and light rules, an accent bar), lines of mixed scripts, the hand's lines, an
    attendance card's boxes, a revenue stamp, a signature and an oval dater stamp; then the page's ribbon,
    block-printed border, side band and counterfoil."""
    page = heldout269_families._render(rows, font, style)
    x = style.get("h270")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    step = int(size * 1.55)
    draw = ImageDraw.Draw(page)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    pen_ink = tuple(x.get("pen_ink", (22, 44, 140)))
    lift = int(size * 0.24)
    tops = _tops(rows, font, style)
    daters = []
    for i, r in enumerate(rows):
        name, y = r[0], tops[i]
        top_y, bot_y = y - lift, y + step - lift
        k = x["kinds"].get(name)
        if k:
            _cells(draw, x, k, name, r, y, top_y, bot_y, style, font, ink, soft, paper_, pen_ink)
            continue
        mark = x["marks"].get(str(i))
        if name == "z_line":
            scale, heavy, align, colour = mark
            lsize = int(size * scale)
            w = text_width(r[1], font, lsize, heavy)
            tx = {"c": (width - w) / 2, "l": MARGIN, "r": width - MARGIN - w}[align]
            draw_text(draw, tx, y, r[1], font, lsize, tuple(colour) if colour else ink, heavy)
        elif name == "z_hand":
            indent, align = mark
            psize = int(size * 1.06)
            w = text_width(r[1], x["pen"], psize)
            tx = MARGIN + indent * room if align == "l" else width - MARGIN - w
            draw_text(draw, tx, y - 2, r[1], x["pen"], psize, pen_ink)
        elif name == "z_days":
            _days(draw, r[1:], top_y, room, size, step, font, x["pen"], ink, soft, pen_ink)
        elif name == "z_rev":
            _revenue(draw, mark, width, top_y, size, step, font, pen_ink)
        elif name == "z_sign":
            seed, align = mark
            w = size * 6
            x0 = width - MARGIN - w if align == "r" else MARGIN
            _squiggle(draw, random.Random(seed), x0, top_y + step * 0.3, w, step * 1.3, pen_ink)
        elif name == "z_dater":
            daters.append((r[1:], mark, top_y))
    for texts, mark, top_y in daters:
        page = _dater(page, font, texts, mark, top_y, step)
    post = x.get("post", {})
    if "ribbon" in post:
        page = _ribbon(page, font, *post["ribbon"])
    if "border" in post:
        page = _border(page, post["border"], paper_)
    if "sidebar" in post:
        page = _sidebar(page, font, *post["sidebar"])
    if "stub" in post:
        page = _stub(page, font, post["stub"], x["pen"], pen_ink, ink, soft, paper_, size)
    return page


def _cells(
    draw,
    x: dict,
    k: dict,
    name: str,
    r: tuple,
    y: int,
    top_y: int,
    bot_y: int,
    style: dict,
    font: str,
    ink,
    soft,
    paper_,
    pen_ink,
) -> None:
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    mode = k["mode"]
    scale = x["scale"].get(name, 1.0)
    left_edge, right_edge = MARGIN - 6, width - MARGIN + 6
    if mode == "bkhead":
        draw.line((left_edge, top_y, right_edge, top_y), fill=ink, width=2)
        draw.line((left_edge, bot_y, right_edge, bot_y), fill=ink, width=1)
    elif mode == "bklast":
        draw.line((left_edge, bot_y, right_edge, bot_y), fill=ink, width=2)
    elif mode == "bktotal":
        draw.line((left_edge, top_y, right_edge, top_y), fill=ink, width=1)
        draw.line((left_edge, bot_y, right_edge, bot_y), fill=ink, width=2)
    elif mode in ("billhead", "bill", "billtotal"):
        edges = [MARGIN - 6] + [MARGIN + c[0] * room for c in k["spec"][1:]] + [width - MARGIN + 6]
        for ex in edges:
            draw.line((ex, top_y, ex, bot_y), fill=RED_RULE, width=1)
        if mode == "billhead":
            draw.line((left_edge, top_y, right_edge, top_y), fill=RED_RULE, width=1)
            draw.line((left_edge, bot_y - 3, right_edge, bot_y - 3), fill=RED_RULE, width=1)
            draw.line((left_edge, bot_y, right_edge, bot_y), fill=RED_RULE, width=1)
        elif mode == "bill":
            draw.line((left_edge, bot_y, right_edge, bot_y), fill=BLUE_RULE, width=1)
        else:
            draw.line((left_edge, top_y, right_edge, top_y), fill=RED_RULE, width=1)
            draw.line((left_edge, top_y + 3, right_edge, top_y + 3), fill=RED_RULE, width=1)
            draw.line((left_edge, bot_y, right_edge, bot_y), fill=RED_RULE, width=1)
    elif mode == "accent":
        draw.rectangle((MARGIN - 10, top_y + 3, MARGIN - 5, bot_y - 3), fill=tuple(k["colour"]))
    ends = []
    for n, (text, (lo, hi, align)) in enumerate(zip(r[1:], k["spec"])):
        if n in k["pen"]:
            latin, csize, heavy, colour = x["pen"], int(size * scale * 1.06), False, pen_ink
        else:
            latin, csize, heavy = font, int(size * scale), n in k["bold"]
            colour = tuple(k["colour"]) if mode == "accent" else tuple(k["tints"].get(str(n), ink))
        cl, cr = MARGIN + lo * room, MARGIN + hi * room
        w = text_width(text, latin, csize, heavy)
        tx = cl + 6
        if align == "r":
            tx = cr - 6 - w
        elif align == "c":
            tx = (cl + cr) / 2 - w / 2
        if mode == "fill" and n in k["pen"]:
            for dx in range(int(cl), int(cr) - 8, 6):
                draw.point((dx, bot_y - 3), fill=soft)
                draw.point((dx + 1, bot_y - 3), fill=soft)
        if text:
            draw_text(draw, tx, y - (2 if n in k["pen"] else 0), text, latin, csize, colour, heavy)
        ends.append((tx, tx + w))
    if mode == "leader" and len(ends) == 2 and r[1] and r[2]:
        dot_y = y + int(size * scale * 0.78)
        for dx in range(int(ends[0][1]) + 10, int(ends[1][0]) - 8, 7):
            draw.ellipse((dx, dot_y, dx + 2, dot_y + 2), fill=soft)
    if mode == "accent" and ends:
        mid = (top_y + bot_y) // 2
        draw.line((ends[0][1] + 12, mid, width - MARGIN, mid), fill=_tint(tuple(k["colour"]), paper_, 0.35))


def _days(draw, marks, top_y, room, size, step, font, pen, ink, soft, pen_ink) -> None:
    n = len(marks)
    cell = min(room / n, size * 1.9)
    x0 = MARGIN + (room - cell * n) / 2
    small = load_font(font, int(size * 0.62))
    hand_face = load_font(pen, int(size * 0.95))
    box_top, box_bot = top_y + step * 0.62, top_y + step * 1.85
    for d, m in enumerate(marks):
        cx = x0 + d * cell
        label = str(d + 1)
        draw.text((cx + (cell - small.getlength(label)) / 2, top_y + 4), label, font=small, fill=soft)
        draw.rectangle((cx, box_top, cx + cell, box_bot), outline=ink, width=1)
        if m:
            draw.text(
                (cx + (cell - hand_face.getlength(m)) / 2, box_top + (box_bot - box_top) * 0.12),
                m,
                font=hand_face,
                fill=pen_ink,
            )


def _squiggle(draw, rng: random.Random, x0: float, y0: float, w: float, h: float, colour) -> None:
    """A signature's stroke: a tall first letter, a run of small loops leaning right, a line under it."""
    pts = []
    lean = rng.uniform(0.15, 0.35)
    loops = rng.randrange(4, 8)
    steps = 24 * loops
    for s in range(steps + 1):
        t = s / steps
        phase = t * loops * 2 * math.pi
        amp = h * (0.45 if t < 1 / loops else rng.uniform(0.16, 0.26))
        py = y0 + h * 0.55 - math.sin(phase) * amp
        px = x0 + w * 0.85 * t + math.cos(phase) * w * 0.025 + (y0 + h * 0.55 - py) * lean
        pts.append((px, py))
    draw.line(pts, fill=colour, width=2, joint="curve")
    draw.line((x0 + w * 0.05, y0 + h * 0.9, x0 + w, y0 + h * 0.82), fill=colour, width=2)


def _revenue(draw, seed: int, width: int, top_y: int, size: int, step: int, font: str, pen_ink) -> None:
    """A one-rupee revenue stamp: a pale violet rectangle, its edge perforated, INDIA and REVENUE round an
    emblem's ring; a signature across it."""
    rng = random.Random(seed)
    w, h = int(size * 3.6), int(step * 2.7)
    x0, y0 = width - MARGIN - w - int(size * 2), top_y + 4
    fill, line_ink = (224, 206, 228), (120, 70, 130)
    draw.rectangle((x0, y0, x0 + w, y0 + h), fill=fill)
    for px in range(x0, x0 + w + 1, 7):
        for py in (y0, y0 + h):
            draw.ellipse((px - 2, py - 2, px + 2, py + 2), fill=(250, 250, 246))
    for py in range(y0, y0 + h + 1, 7):
        for px in (x0, x0 + w):
            draw.ellipse((px - 2, py - 2, px + 2, py + 2), fill=(250, 250, 246))
    draw.rectangle((x0 + 6, y0 + 6, x0 + w - 6, y0 + h - 6), outline=line_ink, width=1)
    small = load_font(bold_of(font), max(10, int(size * 0.5)))
    for text, fy_ in (("INDIA", 0.1), ("REVENUE", 0.78)):
        draw.text((x0 + (w - small.getlength(text)) / 2, y0 + h * fy_), text, font=small, fill=line_ink)
    cx, cy, rad = x0 + w / 2, y0 + h * 0.5, h * 0.2
    draw.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), outline=line_ink, width=2)
    _squiggle(draw, rng, x0 - size * 1.2, y0 + h * 0.25, w + size * 2.6, h * 0.5, pen_ink)


def _dater(page: Image.Image, font: str, texts, mark, top_y: int, step: int) -> Image.Image:
    """A bank's oval dater stamp laid over the rows kept for it."""
    head, day, foot = texts
    ink_rgb, angle, at = mark
    ink = (*ink_rgb, 205)
    bold = bold_of(font)
    big = load_font(bold, 17)
    small = load_font(bold, 12)
    w = int(max(small.getlength(head) + 90, big.getlength(day) + 60, small.getlength(foot) + 90))
    h = int(step * 3.8)
    layer = Image.new("RGBA", (w + 8, h + 8), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    draw.ellipse((4, 4, w, h), outline=ink, width=3)
    draw.ellipse((10, 10, w - 6, h - 6), outline=ink, width=1)
    mid = (h + 8) / 2
    band = 15
    draw.line((24, mid - band, w - 20, mid - band), fill=ink, width=2)
    draw.line((24, mid + band, w - 20, mid + band), fill=ink, width=2)
    draw.text(((w + 8 - big.getlength(day)) / 2, mid - 10), day, font=big, fill=ink)
    draw.text(((w + 8 - small.getlength(head)) / 2, mid - band - 24), head, font=small, fill=ink)
    draw.text(((w + 8 - small.getlength(foot)) / 2, mid + band + 8), foot, font=small, fill=ink)
    layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
    out = page.convert("RGBA")
    x0 = int(out.width * at - layer.width / 2)
    x0 = max(0, min(x0, out.width - layer.width))
    out.alpha_composite(layer, (x0, max(0, min(top_y, out.height - layer.height))))
    return out.convert("RGB")


def _ribbon(page: Image.Image, font: str, text: str, colour) -> Image.Image:
    """A band across the top right corner with ``text`` along it."""
    out = page.convert("RGBA")
    span = 150
    layer = Image.new("RGBA", (span, span), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    band = 30
    draw.polygon(
        [(span - 118, 0), (span - 118 + band * 1.41, 0), (span, 118 - band * 1.41), (span, 118)],
        fill=(*colour, 235),
    )
    face = load_font(bold_of(font), 15)
    tw = int(face.getlength(text)) + 8
    label = Image.new("RGBA", (tw, 22), (0, 0, 0, 0))
    ImageDraw.Draw(label).text((4, 1), text, font=face, fill=(255, 255, 255, 255))
    label = label.rotate(-45, resample=Image.BICUBIC, expand=True)
    cx, cy = span - 118 / 2 + band * 0.35, 118 / 2 - band * 0.35
    layer.alpha_composite(label, (int(cx - label.width / 2), int(cy - label.height / 2)))
    out.alpha_composite(layer, (out.width - span, 0))
    return out.convert("RGB")


def _buti(draw, cx: float, cy: float, kind: int) -> None:
    """One block-printed motif: a four-petal flower in red round an iron-black eye, or a leaf pair."""
    if kind % 2 == 0:
        for dx, dy in ((0, -4), (4, 0), (0, 4), (-4, 0)):
            draw.ellipse((cx + dx - 3, cy + dy - 3, cx + dx + 3, cy + dy + 3), fill=MADDER)
        draw.ellipse((cx - 1.6, cy - 1.6, cx + 1.6, cy + 1.6), fill=IRON)
    else:
        draw.polygon([(cx - 6, cy), (cx, cy - 5), (cx + 6, cy), (cx, cy + 5)], fill=IRON)
        draw.ellipse((cx - 1.5, cy - 1.5, cx + 1.5, cy + 1.5), fill=MADDER)


def _border(page: Image.Image, seed: int, paper_) -> Image.Image:
    """The page set in a block-printed border: a band of butis, an iron-black rule inside it."""
    pad = 30
    out = Image.new("RGB", (page.width + 2 * pad, page.height + 2 * pad), paper_)
    out.paste(page, (pad, pad))
    draw = ImageDraw.Draw(out)
    w, h = out.size
    gap = 16
    for n, bx in enumerate(range(12, w - 8, gap)):
        _buti(draw, bx, 13, n + seed)
        _buti(draw, bx, h - 13, n + seed + 1)
    for n, by in enumerate(range(12 + gap, h - 12, gap)):
        _buti(draw, 13, by, n + seed)
        _buti(draw, w - 13, by, n + seed + 1)
    draw.rectangle((24, 24, w - 25, h - 25), outline=IRON, width=1)
    draw.rectangle((27, 27, w - 28, h - 28), outline=MADDER, width=1)
    return out


def _sidebar(page: Image.Image, font: str, text: str, colour) -> Image.Image:
    """A band down the page's left edge, ``text`` set up it in white."""
    band = 46
    out = Image.new("RGB", (page.width + band, page.height), tuple(colour))
    out.paste(page, (band, 0))
    face = load_font(bold_of(font), 20)
    tw = int(face.getlength(text)) + 10
    label = Image.new("RGBA", (tw, 30), (0, 0, 0, 0))
    ImageDraw.Draw(label).text((5, 3), text, font=face, fill=(255, 255, 255, 255))
    label = label.rotate(90, expand=True)
    y0 = max(
        8,
        (page.height - label.height) // 2
        if page.height < label.height + 120
        else page.height - label.height - 40,
    )
    rgba = out.convert("RGBA")
    rgba.alpha_composite(label, ((band - label.width) // 2, y0))
    return rgba.convert("RGB")


def _stub(
    page: Image.Image, font: str, lines: list[str], pen: str, pen_ink, ink, soft, paper_, size: int
) -> Image.Image:
    """A receipt book's counterfoil at the left: its printed labels and the hand's entries, then a line of
    perforations where the receipt was torn off."""
    sw = 210
    out = Image.new("RGB", (page.width + sw, page.height), paper_)
    out.paste(page, (sw, 0))
    draw = ImageDraw.Draw(out)
    for py in range(6, page.height - 4, 11):
        draw.ellipse((sw - 3, py, sw + 2, py + 5), fill=(200, 196, 186))
    draw.line((sw - 12, 10, sw - 12, page.height - 10), fill=soft, width=1)
    label_face = load_font(font, int(size * 0.72))
    y = MARGIN
    draw.text((14, y), "COUNTERFOIL", font=load_font(bold_of(font), int(size * 0.76)), fill=ink)
    y += int(size * 1.6)
    for entry in lines:
        label, _, value = entry.partition("|")
        draw.text((14, y), label, font=label_face, fill=soft)
        y += int(size * 1.0)
        vsize = int(size * 0.92)
        while text_width(value, pen, vsize) > sw - 40 and vsize > 11:
            vsize -= 1
        draw_text(draw, 20, y - 2, value, pen, vsize, pen_ink)
        draw.line((18, y + int(size * 1.15), sw - 26, y + int(size * 1.15)), fill=_tint(soft, paper_, 0.5))
        y += int(size * 1.55)
    return out


def _pdf(image: Image.Image, font: str, name: str, zoom: str) -> Image.Image:
    """A PDF viewer's window round the page: a dark toolbar, the page on a grey ground with a shadow."""
    bar, pad = 46, 28
    w, h = image.width + 2 * pad, image.height + bar + 2 * pad
    out = Image.new("RGB", (w, h), (82, 86, 92))
    draw = ImageDraw.Draw(out)
    draw.rectangle((0, 0, w, bar), fill=(50, 54, 60))
    face = load_font(font, 15)
    label = name
    while face.getlength(label) > w * 0.36 and len(label) > 8:
        label = label[:-5] + "..."
    draw.text((16, 14), label, font=face, fill=(235, 235, 235))
    count = "1 / 1"
    draw.text(((w - face.getlength(count)) / 2, 14), count, font=face, fill=(235, 235, 235))
    draw.text((w - 16 - face.getlength(zoom) - 60, 14), zoom, font=face, fill=(235, 235, 235))
    for n in range(3):
        draw.ellipse((w - 40, 12 + n * 8, w - 36, 16 + n * 8), fill=(220, 220, 220))
    draw.rectangle(
        (pad + 5, bar + pad + 5, pad + image.width + 5, bar + pad + image.height + 5), fill=(60, 62, 66)
    )
    out.paste(image, (pad, bar + pad))
    return out


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's), each page's rows drawn by ``_render`` (heldout269's
    rows over heldout14's renderer, then this set's) while it is drawn; then heldout269's round rubber stamp
    and a roll's torn edges where a page asks for them, and this set's PDF viewer."""
    x9 = style.get("h269") or {}
    modules = (heldout106_families, heldout118_families, heldout121_families)
    saved = [module.PLAIN for module in modules]
    for module in modules:
        module.PLAIN = _render
    try:
        image = compose158(rows, font, style)
    finally:
        for module, plain in zip(modules, saved):
            module.PLAIN = plain
    if x9.get("seal"):
        image = heldout269_families._seal(image, font, x9["seal"])
    if x9.get("torn"):
        image = heldout269_families._torn(image, f"{font}{len(rows)}{rows[0]}")
    post = (style.get("h270") or {}).get("post", {})
    if "pdf" in post:
        image = _pdf(image, font, *post["pdf"])
    return image


def verdict(p: Screen, text: str, status: str, *, scale: float = 1.1, tick: bool = True) -> None:
    """The outcome in its colour and bold, a tick before a success where the face has one."""
    mark = sign(bold_of(p.font), "\u2713", "") if tick and status == "success" else ""
    words = f"{mark} {text}".strip()
    if text_width(words, p.font, int(p.style["size"] * scale), True) > p.style["width"] - 2 * MARGIN:
        scale = 0.9
    line(p, words, scale=scale, bold=True, colour=TONE[status], status=status)
    p.accent(TONE[status])


# ---------------------------------------------------------------- 1. buyers: UPI apps, the web shop


PAYEE_NAMES = [SHOP_CAPS, SHOP, CUT, COMPANY_CAPS]
PAYEE_VPAS = [
    "baghiniprintghar@okaxis",
    "baghiniprints@sbi",
    "BHARATPE.9Q0K2M4T8@fbpe",
    "baghini.hcp@icici",
    "paytmqr6h2k9x5b@paytm",
]
BUYERS = [
    ("Ritika Jain", "ritika.jain@okicici"),
    ("Aditya Pandey", "adityap@okhdfcbank"),
    ("Neha Malviya", "nehamalviya@ybl"),
    ("Saurabh Dubey", "saurabhd@axl"),
    ("Farah Qureshi", "farahq@oksbi"),
    ("Pranjal Rathore", "pranjal.r@ibl"),
    ("Megha Patidar", "meghapatidar@kotak"),
    ("Vikas Choudhary", "vikas.c@paytm"),
]
NOTES = ["saree", "bedsheet", "dupatta x2", "Bagh print stole", "gift order", "dress material", "table cover"]


def goods_lines(rng: random.Random, n: int) -> list[tuple[str, str, int, float]]:
    """Prints bought: name, HSN, quantity, price each."""
    out = []
    for i in rng.sample(range(len(GOODS)), n):
        name, hsn, lo, hi = GOODS[i]
        out.append((name, hsn, rng.randrange(1, 4), float(rng.randrange(lo, hi, 10))))
    return out


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Indore showroom, the web shop or the company: Google Pay's receipt (To <payee> over
    its UPI ID, the sum, Completed, the day, then label over value: UPI transaction ID, To, From, Google
    transaction ID); CRED's dark screen (the sum, paid to, the outcome in lower case, dot-leader rows: UPI
    ref no., paid from, paid via, when: just now); Instamojo's receipt e-mail (a table ruled the book way:
    Payment ID, Purpose, Seller, Buyer, Amount paid, Payment method, UPI reference, Date); super.money's
    failed payment; BharatPe on the showroom's phone (the shop under the app, Payment Received under an accent
    bar, the sum large at the left, "Received from <buyer>", a table ruled the book way: Customer UPI ID, UTR /
    RRN, Received on, Settlement, Speaker); ICICI's iMobile Pay (no reference); MobiKwik's pending
    payment; PayU's payment page for a net banking checkout (Merchant, Transaction ID, PayU ID, Bank
    Reference No., Amount, Payment mode, Date in ISO form with its hour). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=350, high=24000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEE_NAMES)
    vpa = rng.choice(PAYEE_VPAS)
    bank = rng.choice(BANKS[:10])
    who, their = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    hour = hhmm(rng, lower=rng.random() < 0.5)
    day = when(j.date, rng.choice(["{d} %b %Y", "%d %b %Y", "%d/%m/%Y", "{d} %B %Y", "%d-%m-%Y"]))
    if k == 2:
        return instamojo_mail(rng, font, j, rs, who)
    if k == 7:
        return payu_page(rng, font, j, rs, who)
    if k == 1:
        p = screen(rng, font, "phone", dark=True, width=620, title="", buttons=("share receipt",))
        phone_frame(p, k)
    else:
        p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    p.part = "head"
    if k == 0:
        p.add("title", "Google Pay")
        p.part = "body"
        p.add("gap")
        name = choose(p, "center", [f"To {to}", f"To {SHOP}"])[3:]
        p.add("center", f"To {name}", merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        verdict(p, "Completed", status)
        p.add("small", f"{day}, {hour}", date=j.date)
        p.add("gap")
        p.add("rule")
        dot = sign(font, chr(0x2022), "|")
        label_over(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        label_over(p, f"To: {name}", f"Google Pay {dot} {vpa}")
        label_over(p, f"From: {who.upper()} ({bank})", f"Google Pay {dot} {their}", method="UPI")
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        label_over(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
        p.part = "foot"
        p.add("gap")
        p.add("small", "POWERED BY UPI")
        return p.done()
    if k == 1:
        p.add("title", "CRED")
        p.part = "body"
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "paid to")
        name = choose(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        verdict(p, "payment successful", status, scale=1.0)
        p.add("gap")
        leader(p, "UPI ref no.", j.ref, txn=(UTR_RANK, j.ref))
        leader(p, "paid from", f"{bank} {sign(font, chr(0x2022), 'x') * 2} {tail4(rng)}")
        leader(p, "paid via", "UPI", method="UPI")
        leader(p, "when", "just now")
        p.part = "foot"
        p.add("gap")
        p.add("small", "no convenience fee. ever.")
        return p.done()
    if k == 4:
        p.add("title", "BharatPe")
        shown = rng.choice([SHOP, SHOP_CAPS])
        p.add("small", f"{shown} - Race Course Road", merchant=shown)
        p.part = "body"
        p.add("gap")
        accent(p, "Payment Received", (0, 132, 118), status="success")
        line(p, rs(j.amount), scale=1.5, bold=True, align="l", amount=j.amount)
        p.add("left", f"Received from {who}", method="UPI")
        rows = [
            (["Customer UPI ID", their], {}),
            (["UTR / RRN", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["Received on", f"{day}, {hour}"], {"date": j.date}),
            (["Settlement", f"Settled to {bank.split(' of ')[0]} XX{tail4(rng)}"], {}),
            (["Speaker", "Announced on BharatPe speaker"], {}),
        ]
        book(p, "bpe", [(0.0, 0.4, "l"), (0.4, 1.0, "l")], ["Transaction details", ""], rows)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Zero MDR on UPI  |  Help")
        return p.done()
    app, tint = {
        3: ("super.money", (30, 30, 30)),
        5: ("iMobile Pay", (174, 56, 38)),
        6: ("MobiKwik", (0, 86, 179)),
    }[k]
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = tint, (255, 255, 255)
    p.add("title", app)
    p.part = "body"
    p.add("gap")
    if p.style.get("band"):
        p.add("gap")
    verdict(
        p,
        {"failed": "Payment failed", "pending": "Payment pending", "success": "Payment Successful"}[status],
        status,
    )
    if status == "failed":
        p.add(
            "small",
            "Your bank could not process this payment. Any amount debited will be refunded in 48 hours.",
        )
    if status == "pending":
        p.add("small", "We are waiting for your bank to confirm. Please do not pay again.")
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "Paid to" if status == "success" else "to")
    name = choose(p, "center", [to, SHOP])
    p.add("center", name, merchant=name)
    p.add("gap")
    if not j.no_ref:
        leader(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    leader(p, "Paid from" if k != 6 else "From", f"{bank.replace(' Bank', '')} XX{tail4(rng)}")
    if k == 5:
        leader(p, "Mode", "UPI", method="UPI")
    else:
        leader(p, "Paid via", "UPI", method="UPI")
    leader(p, {3: "Tried on", 5: "Date & Time", 6: "Started on"}[k], f"{day}, {hour}", date=j.date)
    if k == 5:
        leader(p, "Remarks", rng.choice(NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", {3: "Retry  |  Help", 5: "Share  |  Report an issue", 6: "Check status  |  Help"}[k])
    return p.done()


def instamojo_mail(rng: random.Random, font: str, j: Job, rs, who: str) -> tuple[list, dict, dict]:
    p = mail_page(
        rng,
        font,
        "Instamojo <no-reply@instamojo.com>",
        [f"Payment receipt for your purchase from {SHOP}", "Your payment was successful"],
    )
    p.part = "head"
    top(p, "instamojo")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Hi {who.split()[0]},")
    p.add(
        "left", "Thank you. Your payment was successful and the seller has been informed.", status="success"
    )
    order = f"BPG-{rng.randrange(1800, 4999)}"
    mojo = f"MOJO{j.date:%y%m}{code(rng, 3, ALNUM)}{digits(rng, 8)}"
    rows = [
        (["Payment ID", mojo], {"txn": (TXN_RANK, mojo)}),
        (["Purpose", f"Order {order} - {rng.choice(NOTES)}"], {}),
        (["Seller", SHOP], {"merchant": SHOP}),
        (["Buyer", who], {}),
        (["Amount paid", rs(j.amount)], {"amount": j.amount}),
        (["Payment method", "UPI"], {"method": "UPI"}),
        (["UPI reference", j.ref], {"txn": (UTR_RANK, j.ref)}),
        (["Date", day_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
    ]
    book(p, "im", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["Payment details", ""], rows)
    p.add("gap")
    p.add("small", f"For your order, write to the seller at hello@{WEB}.")
    p.part = "foot"
    p.add("small", "Instamojo Technologies Pvt Ltd, Bengaluru  |  This is an automated e-mail.")
    return p.done()


def payu_page(rng: random.Random, font: str, j: Job, rs, who: str) -> tuple[list, dict, dict]:
    p = browser_page(rng, font, "secure.payu.in/_payment_response")
    p.part = "head"
    top(p, "PayU")
    p.add("small", "Payment response")
    p.add("rule")
    p.part = "body"
    verdict(p, "Payment Successful", "success")
    p.add("center", f"Thank you, {who.split()[0]}. Your order with the merchant is confirmed.")
    p.add("gap")
    txnid = f"BPG{j.date:%y%m}{rng.randrange(10000, 99999)}"
    payu_id = digits(rng, 11)
    bref = code(rng, 10, UPPER + "0123456789")
    nb = rng.choice(["State Bank of India", "HDFC Bank", "Bank of Baroda", "Punjab National Bank"])
    shown = rng.choice([SHOP, SHOP_CAPS])
    leader(p, "Merchant", shown, group="pu", merchant=shown)
    leader(p, "Transaction ID", txnid, group="pu", txn=(TXN_RANK, txnid))
    leader(p, "PayU ID", payu_id, group="pu", txn=(TXN_RANK, payu_id))
    leader(p, "Bank Reference No.", bref, group="pu", txn=(BANK_RANK, bref))
    leader(p, "Amount", rs(j.amount), group="pu", amount=j.amount)
    leader(p, "Payment mode", f"Net Banking - {nb}", group="pu", method="netbanking")
    leader(p, "Date", f"{j.date:%Y-%m-%d} {hhmm(rng, twelve=False, seconds=True)}", group="pu", date=j.date)
    p.add("gap")
    p.add("small", f"You will be taken back to {WEB} in 5 seconds.")
    p.part = "foot"
    p.add("small", "PayU Payments Pvt Ltd  |  Secured by PCI DSS")
    return p.done()


# ---------------------------------------------------------------- 2. boutiques', emporia's, offices' payments


# payer, its town, the frame
PAYERS = [
    ("Chhavi Boutiques Pvt Ltd", "12, Zone II, M.P. Nagar, Bhopal - 462011", "tally"),
    ("M.P. Hastshilp evam Hathkargha Vikas Nigam Ltd", "Mrignayanee, Arera Hills, Bhopal - 462011", "cmp"),
    ("Office of the Collector, Dhar", "Collectorate, Dhar - 454001", "ifmis"),
    ("Kapasiya Lifestyle LLP", "C-Scheme, Jaipur - 302001", "fyn"),
    ("Hotel Malwa Heritage", "A.B. Road, Indore - 452010", "kiosk"),
    ("Tanabana Retail Ltd", "Senapati Bapat Marg, Lower Parel, Mumbai - 400013", "sap"),
    ("Malwa Craft Cafe & Store", "Jahaz Mahal Road, Mandu, Dhar - 454010", "vyapar"),
    ("Studio Kora Design LLP", "Indiranagar, Bengaluru - 560038", "open"),
]


def bills(rng: random.Random, j: Job, n: int, tds: float) -> list[tuple[str, dt.date, float, float]]:
    """The company's bills a payer settles: number, day, gross, deduction; their nets add up to the sum."""
    shares = [rng.uniform(0.6, 1.4) for _ in range(n)]
    gross_all = round(j.amount / (1 - tds), 0)
    out, left = [], gross_all
    for i, share in enumerate(shares):
        gross = left if i == n - 1 else round(gross_all * share / sum(shares), 0)
        left -= gross
        ded = round(gross * tds, 0)
        out.append((f"BHC/{fy(j.date)}/{rng.randrange(40, 900):04d}", earlier(rng, j, 14, 70), gross, ded))
    j.amount = sum(g - d for _, _, g, d in out)
    return out


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Bhopal boutique chain, the state's handicrafts corporation (Mrignayanee), the Dhar Collectorate, a
    Jaipur lifestyle brand, an Indore hotel, a Mumbai retail chain, a Mandu cafe and a Bengaluru design
    studio paying the company: Tally's PAYMENT VOUCHER (No. beside Dated, a table ruled the book way:
    Account, Through, On Account of with its NEFT UTR, Amount (in words)); SBI CMP's vendor payment advice
    e-mail (a Devanagari line, colon-aligned Corporate, Vendor Code, Vendor Name, Payment Ref No, UTR No,
    Value Date, Mode, then its invoices); IFMIS Madhya Pradesh's e-Payment Advice (Treasury, DDO, Bill No. /
    Date, Token No., Beneficiary Name, Gross, Deductions, Net Amount, UTR No., e-Payment Date, Status: Paid);
    Kotak FYN's rejected NEFT (dot-leader rows); HDFC Bank's cheque deposit kiosk slip (CREDIT SUBJECT TO
    REALISATION); SAP's PAYMENT ADVICE NOTE opened in a PDF viewer (the vendor's address block, Payment
    date, Bank reference (UTR), its documents); Vyapar's Payment Out (Paid To, no number); Open's payout
    receipt ("Today"). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=18000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = ours(rng)
    pbank = rng.choice(BANKS[:9])
    way = rng.choice(["NEFT", "NEFT", "RTGS"]) if j.amount > 200000 else "NEFT"
    utr = utr_of(rng, j, pbank, way)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "tally":
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        top(p, payer)
        p.add("small", town)
        p.add("small", "E-Mail : accounts@chhaviboutiques.in")
        p.add("center", "Payment Voucher")
        p.part = "body"
        vno = str(rng.randrange(120, 990))
        cols(
            p,
            "tvh",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. : {vno}",
            f"Dated : {tally_day(j.date)}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        ind = "      "
        bill = f"BHC/{fy(j.date)}/{rng.randrange(40, 900):04d}"
        amt = num(j.amount, rng.choice(["indian", "western"]))
        body = [
            (["Account :", ""], {}),
            ([f"{ind}{payee}", amt], {"merchant": payee, "amount": j.amount}),
            ([f"{ind}{ind}Agst Ref  {bill}", f"{amt} Dr"], {}),
            (["Through :", ""], {}),
            ([f"{ind}{pbank} - {digits(rng, 4)}", ""], {}),
            (["On Account of :", ""], {}),
            ([f"{ind}Being payment made by {way}", ""], {"method": "netbanking", "status": "success"}),
            ([f"{ind}UTR {utr}", ""], {"txn": (UTR_RANK, utr)}),
            (["Amount (in words) :", ""], {}),
        ]
        words = f"INR {words_in_rupees(j.amount).replace(' Rupees', '').replace('Rupees ', '')}"
        body += [([text, ""], {}) for text in wrap_to(p, words, 0.74, ind)]
        book(
            p,
            "tv",
            [(0.0, 0.74, "l"), (0.74, 1.0, "r")],
            ["Particulars", "Amount"],
            body,
            foot=(["", amt], {}),
        )
        p.add("gap")
        cols(p, "tvs", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Receiver's Signature :", "Authorised Signatory")
        return p.done()
    if frame == "cmp":
        p = mail_page(
            rng,
            font,
            "SBI CMP <cmp.alerts@sbi.co.in>",
            [f"Vendor Payment Advice - {payer}", "Payment advice from SBI CMP"],
        )
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", "Cash Management Product  |  Vendor Payment Advice")
        p.add("rule")
        p.part = "body"
        line(p, "मृगनयनी - म.प्र. हस्तशिल्प एवं हाथकरघा विकास निगम", scale=0.9)
        p.add("left", "Dear Vendor,")
        p.add(
            "left",
            f"{payer} (Mrignayanee) has made the payment below to your account through SBI CMP.",
            status="success",
        )
        ref = f"CMP{j.date:%y%m%d}{digits(rng, 5)}"
        colon(p, "Corporate", "M.P. Hastshilp evam Hathkargha Vikas Nigam Ltd, Bhopal", at=0.3)
        colon(p, "Vendor Code", f"MHHVN/V/{rng.randrange(100, 999):04d}", at=0.3)
        name = colon_pick(p, "Vendor Name", [COMPANY_CAPS, SHORT], at=0.3)
        colon(p, "Vendor Name", name, at=0.3, merchant=name)
        colon(p, "Payment Ref No", ref, at=0.3, txn=(TXN_RANK, ref))
        colon(p, "UTR No", utr, at=0.3, txn=(UTR_RANK, utr))
        colon(p, "Value Date", when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])), at=0.3, date=j.date)
        colon(p, "Mode", way, at=0.3, method="netbanking")
        rows = bills(rng, j, rng.randrange(2, 4), 0.02)
        colon(p, "Payment Amount", rs(j.amount), at=0.3, amount=j.amount)
        body = [([b, when(d, "%d.%m.%Y"), num(g), num(t), num(g - t)], {}) for b, d, g, t in rows]
        book(
            p,
            "cm",
            [(0.0, 0.3, "l"), (0.3, 0.48, "l"), (0.48, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
            ["Invoice No", "Invoice Dt", "Amount", "TDS", "Net"],
            body,
            foot=(
                [
                    "Total",
                    "",
                    num(sum(g for _, _, g, _ in rows)),
                    num(sum(t for *_, t in rows)),
                    num(j.amount),
                ],
                {},
            ),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "This is a system generated advice. Please do not reply to this e-mail.")
        return p.done()
    if frame == "ifmis":
        p = browser_page(rng, font, "ifmis.mp.gov.in/ifms/epayment/advice")
        p.part = "head"
        line(p, "मध्यप्रदेश शासन - वित्त विभाग", scale=0.95, bold=True)
        top(p, choose(p, "title", ["IFMIS Madhya Pradesh", "IFMIS"]))
        p.add("small", "Integrated Financial Management Information System")
        p.add("center", "e-Payment Advice")
        p.add("rule")
        p.part = "body"
        gross = round(j.amount / 0.96, 0)
        ded = round(gross * 0.04, 0)
        j.amount = gross - ded
        colon(p, "Treasury", "District Treasury, Dhar", at=0.36)
        colon(p, "DDO", f"Collector, Dhar ({digits(rng, 7)})", at=0.36)
        colon(
            p,
            "Bill No. / Date",
            f"{rng.randrange(100, 999)} / {when(earlier(rng, j, 5, 20), '%d-%m-%Y')}",
            at=0.36,
        )
        colon(p, "Token No.", str(rng.randrange(1000, 9999)), at=0.36)
        name = colon_pick(p, "Beneficiary Name", [payee, COMPANY, SHORT], at=0.36)
        colon(p, "Beneficiary Name", name, at=0.36, merchant=name)
        colon(p, "Bank A/c", f"XXXXXXX{tail4(rng)} - State Bank of India, Bagh", at=0.36)
        colon(p, "Gross Amount", num(gross), at=0.36)
        colon(p, "Deductions", f"{num(ded)} (TDS 2%, GST-TDS 2%)", at=0.36)
        colon(p, "Net Amount", num(j.amount), at=0.36, amount=j.amount)
        colon(p, "Payment Mode", "e-Payment (RBI e-Kuber)", at=0.36, method="netbanking")
        ref = f"RBIN{j.date:%y}{digits(rng, 10)}"
        colon(p, "UTR No.", ref, at=0.36, txn=(UTR_RANK, ref))
        colon(p, "e-Payment Date", when(j.date, "%d-%m-%Y"), at=0.36, date=j.date)
        colon(p, "Status", "Paid", at=0.36, status="success")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Purpose: Bagh print stoles and folders for the district's Gaurav Diwas guests.")
        return p.done()
    if frame == "fyn":
        p = browser_page(rng, font, "fyn.kotak.com/payments/transaction-details")
        p.part = "head"
        top(p, "Kotak Mahindra Bank")
        p.add("small", "FYN  |  Corporate Banking")
        p.add("rule")
        p.part = "body"
        accent(p, "Transaction details", (230, 30, 40))
        verdict(p, "Rejected", "failed")
        p.add(
            "left", "Reason: Beneficiary name does not match the account - returned by the beneficiary bank."
        )
        ref = f"FYN{j.date:%y%m%d}{digits(rng, 8)}"
        leader(p, "Debit account", f"{payer} - XXXX{tail4(rng)}")
        name = choose(p, "left", [payee, SHORT])
        leader(p, "Beneficiary name", name, merchant=name)
        leader(p, "Beneficiary account / IFSC", f"XXXXXXX{tail4(rng)} / SBIN00{digits(rng, 5)}")
        leader(p, "Amount", rs(j.amount), amount=j.amount)
        leader(p, "Payment type", "NEFT", method="netbanking")
        leader(p, "Transaction reference no.", ref, txn=(BANK_RANK, ref))
        leader(p, "Transaction date", when(j.date, "%d/%m/%Y"), date=j.date)
        leader(p, "Initiated by / Authorised by", "ACCOUNTS1 / DIRECTOR")
        p.part = "foot"
        p.add("gap")
        p.add("small", "The amount has been credited back to the debit account.")
        return p.done()
    if frame == "kiosk":
        p = screen(rng, font, width=rng.choice([480, 520]), size=rng.choice([17, 18]))
        paper(p, rng)
        p.part = "head"
        p.add("center", "HDFC BANK")
        p.add("center", "CHEQUE DEPOSIT KIOSK")
        p.add("small", "RACE COURSE ROAD, INDORE")
        p.add("rule")
        p.part = "body"
        cols(
            p,
            "kk",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"DATE : {when(j.date, '%d/%m/%y')}",
            f"TIME : {hhmm(rng, twelve=False, seconds=True)}",
            date=j.date,
        )
        txn = f"{rng.randrange(1, 9999):06d}"
        colon(p, "KIOSK ID", f"IND{rng.randrange(100, 999):04d}", at=0.36)
        colon(p, "TXN NO", txn, at=0.36, txn=(TXN_RANK, txn))
        colon(p, "A/C NO", f"XXXXXXXX{tail4(rng)}", at=0.36)
        colon(p, "A/C NAME", "BAGHINI HAST CHHAPA PRO", at=0.36, merchant="BAGHINI HAST CHHAPA PRO")
        colon(p, "CHQ NO", f"{rng.randrange(1, 999999):06d}", at=0.36)
        colon(p, "CHQ DATE", when(earlier(rng, j, 2, 9), "%d/%m/%y"), at=0.36)
        colon(p, "DRAWEE BANK", "BANK OF BARODA", at=0.36, method="cheque")
        colon(p, "AMOUNT", f"{j.amount:,.2f}", at=0.36, amount=j.amount)
        p.add("rule")
        p.add("center", "*** CHEQUE ACCEPTED ***")
        p.add("center", "CREDIT SUBJECT TO REALISATION", status="pending")
        p.part = "foot"
        p.add("small", "PLEASE RETAIN THIS SLIP")
        return p.done()
    if frame == "sap":
        p = paper_page(rng, font, [760, 800])
        pdf(p, "Payment_Advice_Note.pdf")
        p.part = "head"
        top(p, payer)
        p.add("small", f"Registered office: {town}")
        p.add("center", "PAYMENT ADVICE NOTE")
        p.add("rule")
        p.part = "body"
        doc = f"15000{digits(rng, 5)}"
        cols(
            p,
            "sp",
            [(0.0, 0.5, "l"), (0.5, 1.0, "l")],
            f"Vendor: {rng.randrange(100000, 199999)}",
            f"Payment document: {doc}",
            txn=(INVOICE_RANK, doc),
        )
        name = choose(p, "left", [payee, SHORT])
        cols(
            p,
            "sp",
            [(0.0, 0.5, "l"), (0.5, 1.0, "l")],
            name if len(name) < 30 else SHORT,
            f"Payment date: {when(j.date, '%d.%m.%Y')}",
            merchant=name if len(name) < 30 else SHORT,
            date=j.date,
        )
        cols(
            p,
            "sp",
            [(0.0, 0.5, "l"), (0.5, 1.0, "l")],
            "Kukshi Road, Bagh",
            f"Payment method: {way}",
            method="netbanking",
        )
        cols(
            p,
            "sp",
            [(0.0, 0.5, "l"), (0.5, 1.0, "l")],
            "Dist. Dhar (M.P.) 454221",
            f"Bank reference (UTR): {utr}",
            txn=(UTR_RANK, utr),
        )
        rows = bills(rng, j, rng.randrange(2, 4), 0.001)
        body = [
            (
                [
                    f"51{digits(rng, 8)}",
                    b,
                    when(d, "%d.%m.%Y"),
                    num(g, "western"),
                    num(t, "western"),
                    num(g - t, "western"),
                ],
                {},
            )
            for b, d, g, t in rows
        ]
        book(
            p,
            "sa",
            [
                (0.0, 0.17, "l"),
                (0.17, 0.4, "l"),
                (0.4, 0.55, "l"),
                (0.55, 0.7, "r"),
                (0.7, 0.83, "r"),
                (0.83, 1.0, "r"),
            ],
            ["Document No.", "Your reference", "Doc. date", "Gross", "Deduction", "Net amount"],
            body,
            foot=(
                [
                    "Total INR",
                    "",
                    "",
                    num(sum(g for _, _, g, _ in rows), "western"),
                    num(sum(t for *_, t in rows), "western"),
                    num(j.amount, "western"),
                ],
                {"amount": j.amount, "status": "success"},
            ),
        )
        p.add("gap")
        p.add("small", "Deduction: TDS u/s 194Q at 0.1%. The net amount has been paid to your bank account.")
        return p.done()
    if frame == "vyapar":
        p = paper_page(rng, font, [660, 700])
        p.part = "head"
        top(p, payer)
        p.add("small", f"{town}  |  Ph: 9{digits(rng, 9)}")
        p.add("center", "Payment Out")
        p.add("rule")
        p.part = "body"
        cols(
            p,
            "vy",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            "Paid To:",
            f"Date: {when(j.date, '%d/%m/%Y')}",
            date=j.date,
        )
        name = rng.choice([SHOP_CAPS, SHOP])
        p.add("left", name, merchant=name)
        p.add("small", "Race Course Road, Indore")
        p.add("gap")
        leader(p, "Description", "Bagh print table linen and cushion covers")
        leader(p, "Paid Amount", rs(j.amount), amount=j.amount, status="success")
        p.add("left", f"Amount in words: {words_in_rupees(j.amount)}")
        leader(p, "Payment type", "Bank transfer", method="netbanking")
        p.add("gap")
        right(p, f"For {payer}")
        signature(p)
        right(p, "Authorized Signatory")
        return p.done()
    p = browser_page(rng, font, "app.open.money/payouts")
    p.part = "head"
    top(p, "open")
    p.add("small", "Payouts  |  Studio Kora Design LLP")
    p.add("rule")
    p.part = "body"
    verdict(p, "Payout successful", "success")
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("gap")
    way = "IMPS"
    pid = f"OPNPO{code(rng, 12, ALNUM)}"
    leader(p, "From", f"{payer} - ICICI XX{tail4(rng)}", group="op")
    name = choose(p, "left", [payee, SHORT])
    leader(p, "To", name, group="op", merchant=name)
    leader(p, "Account", f"XXXXXXX{tail4(rng)} - State Bank of India", group="op")
    leader(p, "Mode", way, group="op", method="netbanking")
    leader(p, "UTR", j.ref, group="op", txn=(UTR_RANK, j.ref))
    leader(p, "Payout ID", pid, group="op", txn=(TXN_RANK, pid))
    leader(p, "Purpose", "Vendor payment - Bagh print upholstery", group="op")
    p.part = "foot"
    p.add("gap")
    p.add("small", "Open Financial Technologies Pvt Ltd")
    return p.done()


# ---------------------------------------------------------------- 3. export orders


# remitter, town, currency, sum (low, high), the frame
IMPORTERS = [
    ("Adobe Road Textiles LLC", "Santa Fe, NM, United States", "USD", 1200, 9000, "skydo"),
    ("Maple & Madder Home Inc.", "Toronto, ON, Canada", "CAD", 1500, 9500, "rbc"),
    ("Krapp & Sohn Stoffhandel GmbH", "Hamburg, Germany", "EUR", 900, 7000, "haspa"),
    ("Indigo Hus ApS", "Copenhagen, Denmark", "DKK", 8000, 60000, "danske"),
    ("Thistle & Weave Ltd", "Edinburgh, United Kingdom", "GBP", 800, 6000, "revolut"),
    ("Lotus Loom Trading Co. Ltd", "Sheung Wan, Hong Kong", "HKD", 9000, 70000, "hsbc"),
    ("Saltsjo Textil AB", "Malmo, Sweden", "SEK", 9000, 70000, "bob"),
    ("Hanji Living Co., Ltd", "Seoul, Republic of Korea", "KRW", 1500000, 9000000, "hana"),
]
FX = {
    "USD": 88.6,
    "CAD": 64.2,
    "EUR": 103.4,
    "DKK": 13.85,
    "GBP": 118.3,
    "HKD": 11.38,
    "SEK": 9.42,
    "KRW": 0.0615,
}


def fx_show(rng: random.Random, font: str, cur: str):
    """A foreign sum as the page prints it: US and Canadian dollars, pounds and Hong Kong dollars with a code
    or sign, euros and Danish kroner the German way (2.345,60 EUR), Swedish kronor with a space between the
    thousands and a decimal comma (21 400,00 SEK), won whole."""
    if cur == "KRW":
        mark = rng.choice([sign(font, "\u20a9", "KRW "), "KRW "])
        return lambda v: f"{mark}{v:,.0f}"
    if cur in ("EUR", "DKK"):
        after = {"EUR": [" EUR", " " + sign(font, "\u20ac", "EUR")], "DKK": [" kr.", " DKK"]}[cur]
        tail = rng.choice(after)
        return lambda v: f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".") + tail
    if cur == "SEK":
        return lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",") + " SEK"
    mark = rng.choice(
        {
            "USD": ["USD ", "US$"],
            "CAD": ["CAD ", "C$"],
            "GBP": [sign(font, "\u00a3", "GBP "), "GBP "],
            "HKD": ["HKD ", "HK$"],
        }[cur]
    )
    return lambda v: f"{mark}{v:,.2f}"


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Santa Fe, a Toronto, a Hamburg, a Copenhagen, an Edinburgh, a Hong Kong, a Malmo and a Seoul shop
    paying for Bagh prints: Skydo's payment page (the sum, "from <remitter>", Settlement with Paid to,
    Converted at, You receive, Credited to, Received on; no reference); RBC Royal Bank's international money
    transfer e-mail (Confirmation number, Recipient, Amount sent, Exchange rate, Recipient receives, Transfer
    fee, Date); Hamburger Sparkasse's bilingual Auftragsbestaetigung in a PDF viewer (Empfaenger /
    Beneficiary, Betrag / Amount the German way, Ausfuehrungsdatum, Status In Bearbeitung / In process); Danske
    Bank's app (Transfer completed, DKK the German way); Revolut Business's failed transfer ("Today"); HSBC's
    payment advice e-mail (a table ruled the book way); Bank of Baroda's INWARD REMITTANCE ADVICE with the
    branch's oval dater stamp (SEK); Hana Bank's overseas remittance receipt (won, the day year first, Total
    debited with the charges). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4)
    payer, city, cur, lo, hi, frame = IMPORTERS[k]
    if cur == "KRW":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = fx_show(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    inr = round(j.amount * rate, 2)
    me = rng.choice([COMPANY, COMPANY_CAPS])
    bank = rng.choice(["State Bank of India", "Bank of Baroda", "ICICI Bank", "HDFC Bank"])
    inv = f"BHC/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    if frame == "skydo":
        p = browser_page(rng, font, "app.skydo.com/payments")
        p.part = "head"
        top(p, "skydo")
        p.add("small", "Receive international payments")
        p.add("rule")
        p.part = "body"
        verdict(p, "Payment received", "success")
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("center", f"from {payer}")
        p.add("gap")
        accent(p, "Settlement", (90, 60, 200))
        name = choose(p, "left", [me, SHORT])
        leader(p, "Paid to", name, merchant=name)
        leader(p, "Converted at", f"1 {cur} = INR {rate:.2f}")
        leader(p, "You receive", f"INR {num(inr)}")
        leader(p, "Credited to", f"{bank} XX{tail4(rng)}", method="netbanking")
        leader(p, "Received on", when(j.date, rng.choice(["%b {d}, %Y", "{d} %b %Y"])), date=j.date)
        leader(p, "Invoice", inv)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Your e-FIRA will be available once the bank issues it.")
        return p.done()
    if frame == "rbc":
        p = mail_page(
            rng,
            font,
            "RBC Royal Bank <notifications@rbc.com>",
            ["International Money Transfer confirmation", "Your transfer has been sent"],
        )
        p.part = "head"
        top(p, "RBC Royal Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hello {payer},")
        p.add("left", "Your international money transfer has been sent.", status="success")
        conf = f"IMT{digits(rng, 10)}"
        fee = 15.0
        rows = [
            (["Confirmation number", conf], {"txn": (BANK_RANK, conf)}),
            (["From account", f"RBC Business Account ****{tail4(rng)}"], {}),
            (["Recipient", me], {"merchant": me}),
            (["Recipient bank", f"{bank}, Indore ({IFSC[bank]}INBB)"], {"method": "netbanking"}),
            (["Amount sent", show(j.amount)], {"amount": j.amount, "cur": cur}),
            (["Exchange rate", f"1.00 CAD = {rate:.4f} INR"], {}),
            (["Recipient receives (approx.)", f"INR {num(inr)}"], {}),
            (["Transfer fee", show(fee)], {}),
            (["Date", when(j.date, "%B {d}, %Y")], {"date": j.date}),
        ]
        book(p, "rb", [(0.0, 0.42, "l"), (0.42, 1.0, "l")], ["Transfer details", ""], rows)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Royal Bank of Canada. Please do not reply to this e-mail.")
        return p.done()
    if frame == "haspa":
        p = paper_page(rng, font, [760, 800])
        pdf(p, "Auftragsbestaetigung_Auslandsueberweisung.pdf")
        p.part = "head"
        top(p, "Hamburger Sparkasse")
        p.add("small", "Firmenkunden  |  Ecke Adolphsplatz / Grosser Burstah, 20457 Hamburg")
        p.add("center", "Auftragsbest\u00e4tigung - Auslands\u00fcberweisung")
        p.add("small", "Order confirmation - foreign transfer")
        p.add("rule")
        p.part = "body"
        ref = f"HASPA{j.date:%y%m%d}{digits(rng, 6)}"
        colon(p, "Auftraggeber / Ordering party", payer, at=0.42)
        name = colon_pick(p, "Empf\u00e4nger / Beneficiary", [me, COMPANY, SHORT], at=0.42)
        colon(p, "Empf\u00e4nger / Beneficiary", name, at=0.42, merchant=name)
        colon(p, "Konto / Account", f"XXXXXXXX{tail4(rng)}", at=0.42)
        colon(p, "BIC", f"{IFSC[bank]}INBB{rng.choice(['XXX', '433', '210'])}", at=0.42)
        colon(p, "Betrag / Amount", show(j.amount), at=0.42, amount=j.amount, cur=cur)
        colon(p, "Entgelte / Charges", "SHA - geteilt / shared", at=0.42, method="netbanking")
        colon(p, "Ausf\u00fchrungsdatum / Execution date", when(j.date, "%d.%m.%Y"), at=0.42, date=j.date)
        colon(p, "Verwendungszweck / Remittance info", f"Rechnung {inv}", at=0.42)
        colon(p, "Referenz / Reference", ref, at=0.42, txn=(BANK_RANK, ref))
        colon(p, "Status", "In Bearbeitung / In process", at=0.42, status="pending")
        p.add("gap")
        p.add("small", "Der Auftrag wird ausgef\u00fchrt, sobald die Pr\u00fcfung abgeschlossen ist.")
        p.add("small", "The order will be executed once the checks are complete.")
        return p.done()
    if frame == "danske":
        p = phone_page(rng, font, k, ["Receipt", ""])
        p.part = "head"
        if not p.style["h106"]["dark"]:
            p.style["band"], p.style["band_ink"] = (0, 49, 87), (255, 255, 255)
        p.add("title", "Danske Bank")
        p.add("gap")
        p.add("gap")
        p.part = "body"
        verdict(p, "Transfer completed", "success")
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("small", "International transfer (SWIFT)", method="netbanking")
        p.add("gap")
        ref = f"DB{digits(rng, 12)}"
        name = choose(p, "left", [me, SHORT])
        label_over(p, "To", name, merchant=name)
        label_over(p, "Account", f"{bank}, XXXXXXX{tail4(rng)}")
        label_over(p, "Date", when(j.date, "%d.%m.%Y"), date=j.date)
        label_over(p, "Reference", ref, txn=(BANK_RANK, ref))
        label_over(p, "Message to recipient", f"Invoice {inv}")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Danske Bank A/S  |  Holmens Kanal 2-12, Copenhagen")
        return p.done()
    if frame == "revolut":
        p = phone_page(rng, font, k, ["", "Transfer"])
        p.part = "head"
        p.add("title", "Revolut Business")
        p.part = "body"
        p.add("gap")
        verdict(p, "Transfer failed", "failed")
        p.add(
            "small",
            "The recipient's bank returned this transfer (account name mismatch). "
            "The money is back in your GBP account.",
        )
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = choose(p, "center", [me, SHORT])
        p.add("small", "To")
        p.add("center", name, merchant=name)
        p.add("gap")
        tid = f"{code(rng, 8, LOWER)}-{code(rng, 4, LOWER)}-{code(rng, 4, LOWER)}"
        label_over(p, "Reference", f"Invoice {inv}")
        label_over(p, "Transfer type", "SWIFT", method="netbanking")
        label_over(p, "Fee", show(5.0))
        label_over(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        label_over(p, "Created", f"Today, {hhmm(rng, twelve=False)}")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Revolut Ltd is authorised by the FCA.")
        return p.done()
    if frame == "hsbc":
        p = mail_page(
            rng,
            font,
            "HSBC <payment.advice@hsbc.com.hk>",
            ["Payment advice - Telegraphic transfer", "HSBC payment advice"],
        )
        p.part = "head"
        top(p, "HSBC")
        p.add("small", "The Hongkong and Shanghai Banking Corporation Ltd  |  HSBCnet")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {payer},")
        p.add("left", "Your payment instruction below has been processed.", status="success")
        ref = f"HKH{j.date:%y%m%d}{code(rng, 6, ALNUM)}"
        rows = [
            (["Transaction reference", ref], {"txn": (BANK_RANK, ref)}),
            (["Debit account", f"{payer} 123-{digits(rng, 6)}-838"], {}),
            (["Beneficiary name", me], {"merchant": me}),
            (["Beneficiary bank", f"{bank}, Indore, India"], {}),
            (["Payment amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
            (["Value date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
            (["Payment method", "Telegraphic transfer"], {"method": "netbanking"}),
            (["Charges", "Shared (SHA)"], {}),
            (["Payment details", f"INV {inv}"], {}),
        ]
        book(p, "hs", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], ["Payment details", ""], rows)
        p.part = "foot"
        p.add("gap")
        p.add("small", "This is an automatically generated e-mail from HSBCnet.")
        return p.done()
    if frame == "bob":
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, choose(p, "title", ["Bank of Baroda", "BANK OF BARODA"]))
        p.add("small", "International Business Branch, Indore")
        p.add("center", "INWARD REMITTANCE ADVICE")
        p.add("rule")
        p.part = "body"
        p.add(
            "left",
            "We have credited your account with the proceeds of the remittance below.",
            status="success",
        )
        ref = f"{rng.randrange(1000, 9999)}IWR{j.date:%y}{digits(rng, 6)}"
        name = colon_pick(p, "Beneficiary", [me, COMPANY, SHORT], at=0.34)
        colon(p, "Beneficiary", name, at=0.34, merchant=name)
        colon(p, "Remitter", f"{payer}, {city}", at=0.34)
        colon(p, "Remitting bank", "Skandinaviska Enskilda Banken, Stockholm", at=0.34)
        colon(p, "Foreign currency amount", show(j.amount), at=0.34, amount=j.amount, cur=cur)
        colon(p, "Exchange rate", f"{rate:.4f}", at=0.34)
        colon(p, "INR equivalent", num(inr), at=0.34)
        colon(p, "Our reference", ref, at=0.34, txn=(BANK_RANK, ref))
        day = when(j.date, "%d-%m-%Y")
        colon(p, "Value date", day, at=0.34, date=j.date)
        colon(p, "Mode", "SWIFT MT103", at=0.34, method="netbanking")
        colon(p, "Purpose code", "P0102 - export of goods", at=0.34)
        right(p, "Authorised Signatory")
        dater(p, "BANK OF BARODA", when(j.date, "%d %b %Y").upper(), "IBB INDORE", "blue")
        return p.done()
    p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, "Hana Bank")
    p.add("small", "Gangnam Corporate Banking Centre, Seoul")
    p.add("center", "Overseas Remittance Receipt (Customer copy)")
    p.add("rule")
    p.part = "body"
    ref = f"HN{j.date:%y}{digits(rng, 10)}"
    fee, cable = 10000.0, 8000.0
    leader(p, "Transaction date", when(j.date, rng.choice(["%Y.%m.%d", "%Y-%m-%d"])), date=j.date)
    leader(p, "Reference No.", ref, txn=(BANK_RANK, ref))
    leader(p, "Remitter", payer)
    name = choose(p, "left", [me, SHORT])
    leader(p, "Beneficiary", name, merchant=name)
    leader(p, "Beneficiary bank", "ICICI Bank, Indore (ICICINBBCTS)")
    leader(p, "Remittance amount", show(j.amount), amount=j.amount, cur=cur)
    leader(p, "Commission", show(fee))
    leader(p, "Cable charge", show(cable))
    leader(p, "Total debited", show(j.amount + fee + cable))
    leader(p, "Method", "SWIFT (MT103)", method="netbanking")
    p.add("gap")
    p.add("center", "Your remittance has been sent. Thank you for banking with us.", status="success")
    return p.done()


# ---------------------------------------------------------------- 4. the company's own bills and receipts


def hand_day(day: dt.date, rng: random.Random) -> str:
    """A day as a hand writes it: 12/3/26, 12-3-2026 or 12.3.26 (day first, no zeros)."""
    return rng.choice(
        [
            f"{day.day}/{day.month}/{day.year % 100:02d}",
            f"{day.day}-{day.month}-{day.year}",
            f"{day.day}.{day.month}.{day.year % 100:02d}",
        ]
    )


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own papers, each its trade name on top: the Indore showroom's CASH / CREDIT MEMO from a
    bill book, written in by hand between its red rules with the rupees and paise apart, in a block-printed
    border; a RECEIPT for an export buyer's advance in US dollars with a PAID ribbon; the print house's
    receipt book, its counterfoil still on at the left; the Lok Rang stall's bill from a pocket printer (no
    day); the print house's workshop booking e-mail; the web shop's Shopify checkout that failed; its
    WooCommerce order on hold for a bank transfer; the dye works' job-work bill with Devanagari labels (its
    number left blank). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=600, high=48000)
    rs = money(rng, font, 0.3)
    buyer = rng.choice([b for b, _ in BUYERS])
    if k == 0:
        p = paper_page(rng, font, [680, 720])
        border(p)
        p.part = "head"
        line(p, "बाघिनी प्रिंट घर", scale=1.15, bold=True, colour=MADDER)
        shown = rng.choice([SHOP, SHOP_CAPS])
        top(p, shown, merchant=shown)
        p.add("small", UNITS["shop"][1])
        p.add("small", f"GSTIN {GSTIN}  |  Ph 0731-25{digits(rng, 5)}")
        p.add("center", "CASH / CREDIT MEMO")
        p.part = "body"
        memo = str(rng.randrange(1100, 4999))
        grid(
            p,
            "g_memo",
            [(0.0, 0.08, "l"), (0.08, 0.5, "l"), (0.58, 0.7, "r"), (0.7, 1.0, "l")],
            "fill",
            pen=(3,),
            tints={1: MADDER},
        )
        gridrow(
            p, "g_memo", "No.", memo, "Date", hand_day(j.date, rng), txn=(INVOICE_RANK, memo), date=j.date
        )
        fillin(p, "M/s", buyer, at=0.1)
        lines = goods_lines(rng, rng.randrange(2, 4))
        if rng.random() < 0.6:
            name, hsn, _, price = lines[0]
            lines[0] = ("Running fabric, per m", "5208", rng.choice([3, 5, 7, 9]), price / 8 + 0.5)
        body = []
        for name, _, qty, price in lines:
            r_, p_ = rs_p(qty * price)
            body.append([str(qty), name.split(",")[0], num(price, "indian", 2 if price % 1 else 0), r_, p_])
        j.amount = round(sum(q * pr for _, _, q, pr in lines), 2)
        p.add("gap")
        tr, tp = rs_p(j.amount)
        billbook(
            p,
            [(0.0, 0.1, "c"), (0.1, 0.58, "l"), (0.58, 0.72, "r"), (0.72, 0.9, "r"), (0.9, 1.0, "r")],
            ["Qty", "Particulars", "Rate", "Rs.", "P."],
            body,
            ["", "Total", "", tr, tp],
            pen=(0, 1, 2, 3, 4),
            amount=j.amount,
        )
        hand(p, f"{words_in_rupees(j.amount)}", indent=0.02)
        hand(p, "Received cash with thanks", indent=0.02, method="cash", status="success")
        right(p, f"For {SHOP}")
        signature(p)
        p.add(
            "small",
            "Goods once sold will be exchanged within 7 days with this memo. Colours are natural dyes.",
        )
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [720, 760])
        ribbon(p, "PAID", GREEN)
        p.part = "head"
        shown = rng.choice([COMPANY, COMPANY_CAPS])
        top(p, choose(p, "title", [shown, SHORT]), merchant=choose(p, "title", [shown, SHORT]))
        p.add("small", UNITS["company"][1])
        p.add("small", f"CIN {CIN_NO}  |  IEC 0318{digits(rng, 6)}  |  exports@{WEB}")
        p.add("center", "RECEIPT")
        p.part = "body"
        payer, city = IMPORTERS[0][0], IMPORTERS[0][1]
        j.amount = float(rng.randrange(60, 400) * 10)
        usd = f"US$ {j.amount:,.2f}"
        rno = f"BHC/EXR/{fy(j.date)}/{rng.randrange(1, 99):03d}"
        cols(
            p,
            "rx",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No.: {rno}",
            f"Date: {rng.choice([when(j.date, '%d %B %Y'), ordinal(j.date)])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("gap")
        ref = f"SBIN{j.date:%y}{digits(rng, 4)}IW{digits(rng, 6)}"
        words = f"US Dollars {words_in_rupees(j.amount).replace('Rupees ', '').replace(' Only', '')} only"
        for text in wrap_to(
            p,
            f"Received with thanks from {payer}, {city}, the sum of {usd} ({words}) by "
            f"SWIFT transfer to our account with State Bank of India, Bagh, bank reference "
            f"{ref}, as 30% advance against Proforma Invoice PI/{fy(j.date)}/"
            f"{rng.randrange(10, 60):03d} for Bagh print table linen.",
            1.0,
        ):
            p.add("left", text)
        p.tags[-1] = (p.part, {"status": "success", "method": "netbanking", "txn": (BANK_RANK, ref)})
        p.add("gap")
        grid(p, "g_rxs", [(0.0, 0.45, "l")], "plain", bold=(0,))
        gridrow(p, "g_rxs", usd, amount=j.amount, cur="USD")
        right(p, f"For {SHORT}")
        signature(p)
        right(p, "Director")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [640, 680])
        p.part = "head"
        shown = rng.choice([PRINTS, PRINTS_CAPS])
        top(p, shown, merchant=shown)
        p.add("small", f"A unit of {COMPANY}")
        p.add("small", UNITS["prints"][1])
        p.add("center", "RECEIPT")
        p.part = "body"
        rno = f"{rng.randrange(200, 999):04d}"
        grid(
            p,
            "g_rb",
            [(0.0, 0.1, "l"), (0.1, 0.5, "l"), (0.56, 0.68, "r"), (0.68, 1.0, "l")],
            "fill",
            pen=(3,),
            tints={1: MADDER},
        )
        day = hand_day(j.date, rng)
        gridrow(p, "g_rb", "No.", rno, "Date", day, txn=(INVOICE_RANK, rno), date=j.date)
        j.amount = float(rng.randrange(15, 480) * 100)
        words = words_in_rupees(j.amount).replace("Rupees ", "").replace(" Only", "")
        fillin(p, "Received with thanks from", f"Shri {buyer}", at=0.42)
        fillin(p, "the sum of Rupees", f"{words} only", at=0.3)
        fillin(p, "by UPI / Cash / Cheque", f"UPI Ref. {j.ref}", at=0.36, method="UPI", txn=(UTR_RANK, j.ref))
        fillin(
            p,
            "towards",
            rng.choice(
                [
                    "80 m running fabric, chameli buta",
                    "printing of 40 dupattas",
                    "block printing job work, 120 m",
                ]
            ),
            at=0.16,
        )
        p.add("gap")
        grid(p, "g_rbs", [(0.0, 0.12, "l"), (0.12, 0.5, "l")], "fill", pen=(1,), bold=(0,))
        whole = f"{num(j.amount, 'indian', 0)}/-"
        gridrow(p, "g_rbs", "Rs.", whole, amount=j.amount, status="success")
        right(p, "Authorised signatory")
        signature(p)
        stub(p, [f"No.|{rno}", f"Date|{day}", f"From|{buyer}", f"Rs.|{whole}", "By|UPI"])
        return p.done()
    if k == 3:
        p = screen(rng, font, width=rng.choice([400, 420]), size=rng.choice([16, 17]))
        paper(p, rng)
        p.part = "head"
        p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
        p.add("small", "LOK RANG 2026 - STALL 18")
        p.add("small", "Ravindra Bhawan, Bhopal")
        p.add("small", f"Ph 98270{digits(rng, 5)}")
        p.add("rule")
        p.part = "body"
        bno = str(rng.randrange(11, 180))
        colon(p, "Bill No", bno, at=0.3, txn=(INVOICE_RANK, bno))
        lines = goods_lines(rng, 2)
        body = [
            ([f"{name.split(',')[0]}", str(qty), num(qty * price, "western")], {})
            for name, _, qty, price in lines
        ]
        j.amount = sum(q * pr for _, _, q, pr in lines)
        book(
            p,
            "ls",
            [(0.0, 0.56, "l"), (0.56, 0.72, "r"), (0.72, 1.0, "r")],
            ["Item", "Qty", "Amt"],
            body,
            foot=(["Total", "", num(j.amount, "western")], {"amount": j.amount}),
        )
        colon(p, "Paid", "UPI", at=0.3, method="UPI", status="success")
        colon(p, "UPI Ref", j.ref, at=0.3, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("small", f"Thank you! Shop online at {WEB}")
        p.add("small", "Printed from Vyapar")
        return p.done()
    if k == 4:
        p = mail_page(rng, font, f"{PRINTS} <workshops@{WEB}>", ["Your workshop booking is confirmed"])
        p.part = "head"
        shown = choose(p, "title", [PRINTS, PRINTS_CAPS])
        top(p, shown, merchant=shown)
        p.add("small", "Bagh block printing workshops on the Baghini river")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {buyer.split()[0]},")
        verdict(p, "Booking confirmed", "success", scale=1.0)
        seats = rng.randrange(1, 4)
        j.amount = float(seats * rng.choice([1500, 1800, 2200]))
        workshop = j.date + dt.timedelta(days=rng.randrange(6, 30))
        pay_id = f"pay_{code(rng, 14, MIXED)}"
        booking = f"NGC-{rng.randrange(1000, 9999)}"
        leader(p, "Workshop", "Bagh block printing - one day, natural dyes", group="ws")
        leader(p, "Workshop date", when(workshop, "%a, {d} %b %Y") + ", 10:00 am", group="ws")
        leader(p, "Participants", f"{seats} x Rs {j.amount / seats:,.0f}", group="ws")
        leader(p, "Total paid", rs(j.amount), group="ws", amount=j.amount)
        leader(p, "Payment", f"Card (Visa {masked(rng, font)}) via Razorpay", group="ws", method="card")
        leader(p, "Payment ID", pay_id, group="ws", txn=(TXN_RANK, pay_id))
        leader(p, "Booking ID", booking, group="ws", txn=(ORDER_RANK, booking))
        leader(p, "Booked on", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), group="ws", date=j.date)
        p.add("gap")
        p.add("left", "Please wear old clothes: the aal and the iron black do not wash out.")
        p.part = "foot"
        p.add("small", f"{PRINTS}, {UNITS['prints'][1]}")
        return p.done()
    if k in (5, 6):
        lines = goods_lines(rng, rng.randrange(1, 4))
        sub = sum(q * pr for _, _, q, pr in lines)
        ship = float(rng.choice([0, 99, 149]))
        j.amount = sub + ship
        body = [([f"{name} x {qty}", num(qty * price)], {}) for name, _, qty, price in lines]
        order = str(rng.randrange(1800, 4999))
        if k == 5:
            p = browser_page(rng, font, f"{WEB}/checkouts/cn/{code(rng, 12, LOWER)}")
            p.part = "head"
            shown = rng.choice([SHOP, SHOP_CAPS])
            top(p, shown, merchant=shown)
            p.add("small", "Cart  >  Information  >  Shipping  >  Payment")
            p.add("rule")
            p.part = "body"
            verdict(p, "Your payment couldn't be processed", "failed", scale=1.0)
            p.add("left", "The bank declined the card. Try again or use a different payment method.")
            track = digits(rng, 12)
            leader(p, "Payment", f"Debit card {masked(rng, font)} (CCAvenue)", group="sh", method="card")
            leader(p, "CCAvenue tracking ID", track, group="sh", txn=(TXN_RANK, track))
            leader(
                p,
                "Attempted",
                day_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)),
                group="sh",
                date=j.date,
            )
            book(
                p,
                "sh",
                [(0.0, 0.74, "l"), (0.74, 1.0, "r")],
                ["Order summary", "Rs."],
                body,
                foot=(["Total (incl. GST)", rs(j.amount)], {"amount": j.amount}),
            )
            p.add("small", f"Shipping: {'Free' if not ship else num(ship)}  |  Secure checkout by Shopify")
            return p.done()
        p = mail_page(rng, font, f"{SHOP} <orders@{WEB}>", [f"Your {SHOP} order #{order} is on-hold"])
        p.part = "head"
        shown = choose(p, "title", [SHOP, SHOP_CAPS])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {buyer.split()[0]},")
        p.add(
            "left",
            "Thank you for your order. It's on-hold until we confirm that payment has been received.",
            status="pending",
        )
        accent(
            p,
            f"[Order #{order}] ({when(j.date, '%B {d}, %Y')})",
            (127, 84, 179),
            txn=(ORDER_RANK, order),
            date=j.date,
        )
        body.append((["Shipping", "Free" if not ship else num(ship)], {}))
        book(
            p,
            "wc",
            [(0.0, 0.74, "l"), (0.74, 1.0, "r")],
            ["Product", "Price"],
            body,
            foot=(["Total", rs(j.amount)], {"amount": j.amount}),
        )
        p.add("gap")
        leader(p, "Payment method", "Direct bank transfer (NEFT)", method="netbanking")
        p.add(
            "left",
            f"Our bank details: State Bank of India, Bagh - A/c {digits(rng, 11)}, IFSC SBIN00{digits(rng, 5)}",
        )
        p.add("left", "Please use the order number as the payment reference.")
        p.part = "foot"
        p.add("small", "Baghini Print Ghar - built with WooCommerce")
        return p.done()
    p = paper_page(rng, font, [660, 700])
    p.part = "head"
    line(p, "आल धावड़ा रंग कुंड", scale=1.15, bold=True, colour=MADDER)
    shown = rng.choice([DYES, DYES_CAPS])
    top(p, shown, merchant=shown)
    p.add("small", UNITS["dyes"][1])
    line(p, "रंगाई जॉब वर्क बिल / Dyeing job work bill")
    p.part = "body"
    grid(
        p, "g_jw", [(0.0, 0.16, "l"), (0.16, 0.5, "l"), (0.5, 0.7, "r"), (0.7, 1.0, "l")], "fill", pen=(1, 3)
    )
    gridrow(p, "g_jw", "क्र. / No.", "", "दिनांक / Date", hand_day(j.date, rng), date=j.date)
    printer = rng.choice(["Abdul Rashid Khatri", "Bilal Khatri", "Yusuf Chhipa", "Rafiq Khatri"])
    fillin(p, "नाम / Name", printer, at=0.22)
    body = []
    total_ = 0.0
    for cloth, rate in rng.sample(
        [
            ("Saree, harda + aal", 38.0),
            ("Dupatta, aal bhatti", 22.0),
            ("Running fabric, aal + kasis", 26.0),
            ("Bedsheet, double", 45.0),
        ],
        2,
    ):
        metres = rng.randrange(20, 140)
        total_ += metres * rate
        body.append(([cloth, str(metres), num(rate), num(metres * rate)], {}))
    j.amount = total_
    book(
        p,
        "jw",
        [(0.0, 0.5, "l"), (0.5, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["कपड़ा / Fabric", "मीटर / m", "दर / Rate", "रकम / Amount"],
        body,
        foot=(["योग / Total", "", "", num(j.amount)], {"amount": j.amount}),
    )
    hand(p, "नकद प्राप्त / Received in cash", method="cash", status="success")
    signature(p)
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def items_total(
    rng: random.Random, menu: list[tuple[str, str, int, int, float, float]], n: int, step: float = 0.5
):
    """Lines bought from a supplier: name, HSN, quantity, rate (a multiple of ``step``); and their sum."""
    out = []
    for name, hsn, lo, hi, rlo, rhi in rng.sample(menu, n):
        qty = rng.randrange(lo, hi)
        rate = round(rng.uniform(rlo, rhi) / step) * step
        out.append((name, hsn, qty, rate))
    return out, round(sum(q * r for _, _, q, r in out), 2)


BLOCKS = [
    ("Teak block, rekh (outline) 8x8 in", "", 1, 4, 1800.0, 2800.0),
    ("Teak block, datta (fill) 8x8 in", "", 1, 4, 1500.0, 2400.0),
    ("Kinari (border) block 3x9 in", "", 2, 6, 900.0, 1400.0),
    ("Buti block, chameli 2x2 in", "", 2, 8, 450.0, 750.0),
]
CLOTH = [
    ("Grey cotton cambric 44 in", "5208", 300, 900, 62.0, 78.0),
    ("Mulmul 60s x 60s, 44 in", "5208", 200, 600, 74.0, 96.0),
    ("Cotton voile 54 in", "5208", 150, 500, 88.0, 112.0),
    ("Maheshwari silk-cotton, 46 in", "5007", 60, 180, 310.0, 420.0),
]
DYE_STUFF = [
    ("Alizarin paste 20%, kg", "3204", 20, 80, 690.0, 820.0),
    ("Alum (fitkari) lumps, kg", "2833", 50, 200, 42.0, 58.0),
    ("Harda powder, kg", "1404", 40, 160, 95.0, 130.0),
    ("Kasis (ferrous sulphate), kg", "2833", 25, 90, 48.0, 66.0),
    ("Dhawda flower extract, kg", "3203", 10, 40, 540.0, 680.0),
]
FOREST = [
    ("Dhawda phool (dry)", "", 20, 90, 80.0, 110.0),
    ("Harda (myrobalan)", "", 30, 120, 48.0, 70.0),
    ("Anar chhilka (pomegranate rind)", "", 15, 60, 36.0, 52.0),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its suppliers, each its name on top: a Pethapur block maker's BILL under its
    Gujarati name, written between a bill book's red rules, "Recd. by GPay on <day>, UTR ..." in the hand; a
    Burhanpur cloth trader's Marg TAX INVOICE with a TAX INVOICE band down its left edge and its NEFT
    receipt line; Udaan's failed order payment; Shiprocket's wallet recharge receipt; the forest produce
    co-operative's SALE RECEIPT with Devanagari labels (its Date left blank); Porter's trip waiting for the
    bank; a firewood depot's bill filled in by hand on dotted lines (its No. left blank); a dye dealer's
    Refrens invoice with a PAID ribbon and its payment record. All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=1200, high=90000)
    rs = money(rng, font, 0.3)
    me = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
    if k == 0:
        p = paper_page(rng, font, [660, 700])
        p.part = "head"
        line(p, "શ્રી અંબિકા બ્લોક આર્ટ", scale=1.15, bold=True, colour=(30, 60, 130))
        shown = rng.choice(["Shree Ambica Block Art", "SHREE AMBICA BLOCK ART"])
        top(p, shown, merchant=shown)
        p.add("small", "Wooden printing blocks since 1952  |  Pethapur, Dist. Gandhinagar (Gujarat) - 382610")
        p.add("center", "BILL")
        p.part = "body"
        bno = str(rng.randrange(300, 999))
        billed = earlier(rng, j, 3, 20)
        grid(
            p,
            "g_pb",
            [(0.0, 0.08, "l"), (0.08, 0.5, "l"), (0.58, 0.7, "r"), (0.7, 1.0, "l")],
            "fill",
            pen=(3,),
            tints={1: MADDER},
        )
        gridrow(p, "g_pb", "No.", bno, "Date", hand_day(billed, rng), txn=(INVOICE_RANK, bno))
        fillin(p, "M/s", f"{SHORT}, Bagh", at=0.1)
        p.add("gap")
        lines, j.amount = items_total(rng, BLOCKS, rng.randrange(2, 4), 50.0)
        body = [[str(q), n, num(r, "indian", 0), *rs_p(q * r)] for n, _, q, r in lines]
        billbook(
            p,
            [(0.0, 0.1, "c"), (0.1, 0.6, "l"), (0.6, 0.72, "r"), (0.72, 0.9, "r"), (0.9, 1.0, "r")],
            ["Qty", "Particulars", "Rate", "Rs.", "P."],
            body,
            ["", "Total", "", *rs_p(j.amount)],
            pen=(0, 1, 2, 3, 4),
            amount=j.amount,
        )
        hand(
            p,
            f"Recd. by GPay on {hand_day(j.date, rng)}, UTR {j.ref}",
            date=j.date,
            method="UPI",
            txn=(UTR_RANK, j.ref),
            status="success",
        )
        right(p, "For Shree Ambica Block Art")
        signature(p)
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [720, 760])
        sidebar(p, "TAX INVOICE", (32, 84, 120))
        p.part = "head"
        shown = rng.choice(["Shri Balaji Textiles", "SHRI BALAJI TEXTILES"])
        top(p, shown, merchant=shown)
        p.add("small", "Grey cotton, mulmul and voile  |  Itwara Gate, Burhanpur (M.P.) - 450331")
        p.add(
            "small", f"GSTIN 23AAKFS{digits(rng, 4)}M1Z{rng.randrange(1, 9)}  |  Ph 07325-2{digits(rng, 5)}"
        )
        p.add("rule")
        p.part = "body"
        inv = f"SBT/{fy(j.date)}/{rng.randrange(100, 999)}"
        billed = earlier(rng, j, 4, 25)
        cols(
            p,
            "mg",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Dated: {when(billed, '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {me}, Kukshi Road, Bagh (GSTIN {GSTIN})")
        lines, sub = items_total(rng, CLOTH, rng.randrange(2, 4))
        gst = round(sub * 0.025, 2)
        j.amount = round(sub + 2 * gst, 0)
        off = round(j.amount - sub - 2 * gst, 2)
        body = [([n, h, str(q), num(r), num(q * r)], {}) for n, h, q, r in lines]
        body += [(["CGST @ 2.5%", "", "", "", num(gst)], {}), (["SGST @ 2.5%", "", "", "", num(gst)], {})]
        if off:
            body.append((["Round off", "", "", "", f"{off:+.2f}"], {}))
        book(
            p,
            "mg",
            [(0.0, 0.44, "l"), (0.44, 0.56, "l"), (0.56, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description", "HSN", "Metres", "Rate", "Amount"],
            body,
            foot=(["Invoice Total", "", "", "", num(j.amount)], {"amount": j.amount}),
        )
        p.add("left", f"Amount chargeable (in words): {words_in_rupees(j.amount)}")
        utr = utr_of(rng, j, "Bank of India", "NEFT")
        p.add("gap")
        for n, text in enumerate(
            wrap_to(p, f"Payment received by NEFT on {when(j.date, '%d-%m-%Y')}, UTR {utr}. Thank you.", 1.0)
        ):
            p.add(
                "left",
                text,
                **(
                    {"date": j.date, "txn": (UTR_RANK, utr), "method": "netbanking", "status": "success"}
                    if n == 0
                    else {}
                ),
            )
        p.add("small", "E. & O.E.  |  Subject to Burhanpur jurisdiction  |  Printed from Marg ERP 9+")
        return p.done()
    if k == 2:
        p = phone_page(rng, font, k, ["", "Order payment"])
        p.part = "head"
        if not p.style["h106"]["dark"]:
            p.style["band"], p.style["band_ink"] = (0, 102, 204), (255, 255, 255)
        p.add("title", "udaan")
        p.add("gap")
        p.add("gap")
        p.part = "body"
        verdict(p, "Payment failed", "failed")
        p.add("small", "Your order was not placed. Money, if debited, will be refunded in 5-7 working days.")
        lines, j.amount = items_total(
            rng,
            [
                ("Kraft paper bags 12x16 in, 500 pcs", "", 1, 3, 1850.0, 2300.0),
                ("Tissue paper, ream", "", 2, 6, 420.0, 560.0),
                ("Printed swing tags, 1000 pcs", "", 1, 3, 900.0, 1300.0),
            ],
            2,
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Seller")
        seller = rng.choice(["Siyaganj Packaging House", "SIYAGANJ PACKAGING HOUSE"])
        p.add("center", seller, merchant=seller)
        p.add("gap")
        order = f"UD{j.date:%y%m%d}{digits(rng, 6)}"
        leader(p, "Order ID", order, txn=(ORDER_RANK, order))
        leader(p, "Items", f"{len(lines)} items, {sum(q for _, _, q, _ in lines)} units")
        leader(p, "Paid via", "UPI - PhonePe", method="UPI")
        leader(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        leader(p, "Attempted on", day_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Retry payment  |  Change payment method")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "app.shiprocket.in/billing/recharge-receipt")
        p.part = "head"
        top(p, "Shiprocket", merchant="Shiprocket")
        p.add("small", "Billing  |  Wallet recharge receipt")
        p.add("rule")
        p.part = "body"
        verdict(p, "Recharge successful", "success")
        j.amount = float(rng.choice([2000, 3000, 5000, 7500, 10000]))
        tid = f"SR{digits(rng, 12)}"
        leader(p, "Company", f"{SHOP} (ID {digits(rng, 6)})", group="sr")
        leader(p, "Recharge amount", rs(j.amount), group="sr", amount=j.amount)
        leader(p, "Payment mode", "UPI", group="sr", method="UPI")
        leader(p, "Transaction ID", tid, group="sr", txn=(TXN_RANK, tid))
        leader(p, "UPI RRN", j.ref, group="sr", txn=(UTR_RANK, j.ref))
        leader(p, "Date", day_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), group="sr", date=j.date)
        leader(p, "Wallet balance", rs(j.amount + rupees(rng, 50, 900)), group="sr")
        p.part = "foot"
        p.add("gap")
        p.add("small", "BigFoot Retail Solutions Pvt Ltd, New Delhi  |  GSTIN 07AAFCB5735H1Z1")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [660, 700])
        p.part = "head"
        line(p, "लघु वनोपज सहकारी समिति मर्यादित, बाग", scale=1.05, bold=True)
        shown = choose(
            p,
            "title",
            ["Laghu Vanopaj Sahakari Samiti Maryadit, Bagh", "Laghu Vanopaj Sahakari Samiti, Bagh"],
        )
        top(p, shown, merchant=shown)
        p.add("small", "Primary minor forest produce co-operative  |  District Dhar (M.P.)")
        line(p, "विक्रय रसीद / SALE RECEIPT")
        p.part = "body"
        rno = str(rng.randrange(40, 400))
        grid(
            p,
            "g_lv",
            [(0.0, 0.26, "l"), (0.26, 0.5, "l"), (0.5, 0.72, "r"), (0.72, 1.0, "l")],
            "fill",
            pen=(3,),
            tints={1: MADDER},
        )
        gridrow(p, "g_lv", "रसीद क्र. / No.", rno, "दिनांक / Date", "", txn=(INVOICE_RANK, rno))
        fillin(p, "क्रेता / Buyer", f"{SHORT}, Bagh", at=0.22)
        lines, j.amount = items_total(rng, FOREST, 2)
        body = [([n, str(q), num(r), num(q * r)], {}) for n, _, q, r in lines]
        book(
            p,
            "lv",
            [(0.0, 0.5, "l"), (0.5, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["वनोपज / Produce", "किलो / Kg", "दर / Rate", "रकम / Rs."],
            body,
            pen=(0, 1, 2, 3),
            foot=(["योग / Total", "", "", num(j.amount)], {"amount": j.amount}),
        )
        hand(p, "Received in cash - Rs. " + num(j.amount), method="cash", status="success")
        signature(p)
        right(p, "Prabandhak (Manager)")
        return p.done()
    if k == 5:
        p = phone_page(rng, font, k, ["Trip details", ""])
        p.part = "head"
        p.add("title", "Porter", merchant="Porter")
        p.part = "body"
        p.add("gap")
        verdict(p, "Payment pending", "pending")
        p.add("small", "We are confirming this payment with your bank. It may take up to 30 minutes.")
        fare = float(rng.randrange(2800, 4200, 10))
        toll = float(rng.choice([95, 160, 210]))
        j.amount = fare + toll
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Tata Ace - Siyaganj, Indore to Bagh")
        p.add("gap")
        crn = f"CRN{digits(rng, 10)}"
        leader(p, "Trip fare", rs(fare), group="po")
        leader(p, "Tolls", rs(toll), group="po")
        leader(p, "Paid via", "UPI", group="po", method="UPI")
        leader(p, "UPI Ref", j.ref, group="po", txn=(UTR_RANK, j.ref))
        leader(p, "Booking", crn, group="po", txn=(ORDER_RANK, crn))
        leader(
            p, "Trip on", when(j.date, rng.choice(["%a, {d} %b %Y", "{d} %b %Y"])), group="po", date=j.date
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Porter  |  SmartShift Logistics Solutions Pvt Ltd")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [620, 660])
        p.part = "head"
        shown = rng.choice(["Nimar Lakdi Tal", "NIMAR LAKDI TAL"])
        top(p, shown, merchant=shown)
        p.add("small", "Firewood and timber  |  Kukshi Road, Bagh  |  Ph 94250" + digits(rng, 5))
        p.add("center", "BILL")
        p.part = "body"
        grid(
            p,
            "g_nl",
            [(0.0, 0.1, "l"), (0.1, 0.5, "l"), (0.56, 0.68, "r"), (0.68, 1.0, "l")],
            "fill",
            pen=(1, 3),
        )
        gridrow(p, "g_nl", "No.", "", "Date", hand_day(j.date, rng), date=j.date)
        fillin(p, "Name", "Nadi Ghat Chhapaghar (Baghini)", at=0.16)
        qtl = rng.randrange(8, 30)
        rate = float(rng.choice([600, 650, 700, 720]))
        cart = float(rng.choice([250, 300, 400]))
        j.amount = qtl * rate + cart
        grid(p, "g_nli", [(0.0, 0.72, "l"), (0.72, 1.0, "r")], "fill", pen=(0, 1), group="nli")
        p.add("gap")
        gridrow(
            p, "g_nli", f"Babool firewood for bhatti, {qtl} qtl @ {rate:.0f}", num(qtl * rate, "indian", 0)
        )
        gridrow(p, "g_nli", "Loading and cart to the river ghat", num(cart, "indian", 0))
        grid(p, "g_nlt", [(0.0, 0.72, "r"), (0.72, 1.0, "r")], "fill", pen=(1,), bold=(0,), group="nli")
        gridrow(p, "g_nlt", "Total Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(p, "Paid cash - recd.", method="cash", status="success")
        signature(p)
        return p.done()
    p = paper_page(rng, font, [740, 780])
    ribbon(p, "PAID", GREEN)
    p.part = "head"
    shown = rng.choice(["Natural Dye House", "NATURAL DYE HOUSE"])
    top(p, shown, merchant=shown)
    p.add("small", "Alizarin, alum, natural dyes and mordants  |  Kalupur, Ahmedabad - 380001")
    p.add("small", f"GSTIN 24AAEPN{digits(rng, 4)}K1Z{rng.randrange(1, 9)}")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    inv = f"NDH/{fy(j.date)}/{rng.randrange(100, 999):04d}"
    billed = earlier(rng, j, 6, 25)
    cols(
        p,
        "rf",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice No: {inv}",
        f"Invoice Date: {when(billed, '%d %b %Y')}",
        txn=(INVOICE_RANK, inv),
    )
    cols(
        p,
        "rf",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Billed To: {SHORT}",
        f"Due Date: {when(billed + dt.timedelta(days=30), '%d %b %Y')}",
    )
    lines, sub = items_total(rng, DYE_STUFF, rng.randrange(2, 4))
    igst = round(sub * 0.18, 2)
    j.amount = round(sub + igst, 2)
    body = [([n, h, str(q), num(r), num(q * r)], {}) for n, h, q, r in lines]
    body.append((["IGST @ 18%", "", "", "", num(igst)], {}))
    book(
        p,
        "rf",
        [(0.0, 0.44, "l"), (0.44, 0.56, "l"), (0.56, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
        ["Item", "HSN", "Qty", "Rate", "Amount"],
        body,
        foot=(["Total (INR)", "", "", "", num(j.amount)], {}),
    )
    p.add("gap")
    accent(p, "Payment record", (14, 116, 144))
    utr = utr_of(rng, j, "Bank of India", "NEFT")
    leader(p, "Amount received", rs(j.amount), group="rfp", amount=j.amount, status="success")
    leader(p, "Received on", when(j.date, "%d %b %Y"), group="rfp", date=j.date)
    leader(p, "Payment method", "NEFT", group="rfp", method="netbanking")
    leader(p, "Reference", utr, group="rfp", txn=(UTR_RANK, utr))
    leader(p, "Balance due", rs(0.0), group="rfp")
    p.part = "foot"
    p.add("small", "Made with Refrens.com")
    return p.done()


# ---------------------------------------------------------------- 6. the company's bank transfers


# payee as the bank prints it, what for
VENDORS = [
    ("KUKSHI ROADWAYS", "Freight Bagh to Indore"),
    ("Malwa Tent and Decorators", "Lok Rang stall fabrication"),
    ("S. Jain & Associates", "Audit fee FY 2025-26"),
    ("Rekha Patidar", "Showroom rent"),
    ("Pixel Kaarigar Studio", "Web shop maintenance"),
    ("Narmada Copper Works", "Bhatti vessel repair"),
    ("Vinayak Security Services", "Guards, print house"),
    ("Nimar Solar Systems", "Solar water heater, dye works"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's transfers to its carrier, stall fabricator, auditors, showroom landlady, web studio,
    coppersmith, guards and solar installer: HDFC Bank NetBanking's third party transfer confirmation (a
    table ruled the book way); Axis Bank's open app (each label small over its value); AU Bank's NEFT
    transaction receipt in a PDF viewer (colon rows, the amount in words); Cent Mobile's failed IMPS; the
    Dhar district co-operative bank's NEFT / RTGS counterfoil filled in by hand, its UTR written in by the
    branch under its oval dater stamp; MP Gramin Bank's app, under process (dot leaders); IndusInd's e-mail
    of an INDIE transfer (no reference); Kotak's app ("Today"). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=2500, high=150000)
    to, note = VENDORS[k]
    if "Lok Rang" in note:
        move(j, rng, LOK_RANG - dt.timedelta(days=rng.randrange(3, 20)))
    rs = money(rng, font, 0.3)
    acct = f"XXXXXX{tail4(rng)}"
    if k == 0:
        p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/entry")
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("small", "NetBanking  |  Funds Transfer  >  Third Party Transfer")
        p.add("rule")
        p.part = "body"
        accent(p, "Transaction Confirmation", (0, 76, 143))
        verdict(p, "Your transaction has been processed successfully.", "success", scale=0.95)
        utr = utr_of(rng, j, "HDFC Bank", "NEFT")
        rows = [
            (["From Account", f"{acct} - Current Account"], {}),
            (["Beneficiary Name", to], {"merchant": to}),
            (["Beneficiary Account No.", f"XXXXXXXX{tail4(rng)}"], {}),
            (["IFSC", f"SBIN00{digits(rng, 5)}"], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Transfer Type", "NEFT"], {"method": "netbanking"}),
            (["Transaction Date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
            (["Reference Number", utr], {"txn": (UTR_RANK, utr)}),
            (["Remarks", note], {}),
        ]
        book(p, "hd", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], ["Details", ""], rows)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Please note the reference number for future correspondence.")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [680, 720])
        p.part = "head"
        line(p, "जिला सहकारी केन्द्रीय बैंक मर्यादित, धार", scale=1.0, bold=True)
        top(
            p,
            choose(p, "title", ["Jila Sahakari Kendriya Bank Maryadit, Dhar", "Jila Sahakari Kendriya Bank"]),
        )
        p.add("small", "Branch: Bagh  |  IFSC IBKL0463DCB")
        p.add("center", "NEFT / RTGS APPLICATION - CUSTOMER'S COUNTERFOIL")
        p.part = "body"
        fillin(p, "Date", hand_day(j.date, rng), at=0.32, date=j.date)
        fillin(p, "Remitter", SHORT, at=0.32)
        fillin(p, "Debit A/c No.", digits(rng, 14), at=0.32)
        fillin(p, "Beneficiary name", to, at=0.32, merchant=to)
        fillin(p, "Beneficiary A/c No.", digits(rng, 12), at=0.32)
        fillin(p, "IFSC", f"BKID00{digits(rng, 5)}", at=0.32)
        fillin(p, "Amount Rs.", f"{num(j.amount)}", at=0.32, amount=j.amount)
        fillin(p, "NEFT / RTGS", "NEFT", at=0.32, method="netbanking")
        utr = f"IBKLN{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"
        p.add("gap")
        line(p, "FOR BANK USE", scale=0.85, bold=True, align="l")
        fillin(p, "UTR No.", utr, at=0.32, txn=(UTR_RANK, utr), status="success")
        dater(p, "J.S.K. BANK DHAR", when(j.date, "%d %b %Y").upper(), "BAGH BRANCH", "violet")
        return p.done()
    way = {1: "IMPS", 2: "NEFT", 3: "IMPS", 5: "IMPS", 6: "NEFT", 7: "IMPS"}[k]
    ref = utr_of(rng, j, "AU Small Finance Bank" if k == 2 else "State Bank of India", way)
    day = day_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y", "{d} %B %Y"], (", ", " | "))
    if k == 2:
        p = paper_page(rng, font, [700, 740])
        pdf(p, "AU_Transaction_Receipt.pdf")
        p.part = "head"
        top(p, "AU Small Finance Bank")
        p.add("small", "AU 0101 NetBanking  |  Transaction Receipt")
        p.add("rule")
        p.part = "body"
        colon(p, "Transaction status", "Successful", at=0.36, status="success")
        colon(p, "Debit account", f"{acct} - {SHORT}", at=0.36)
        colon(p, "Beneficiary name", to, at=0.36, merchant=to)
        colon(p, "Beneficiary account", f"XXXXXXX{tail4(rng)} - IFSC SBIN00{digits(rng, 5)}", at=0.36)
        colon(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        colon(p, "Amount in words", words_in_rupees(j.amount), at=0.36)
        colon(p, "Payment mode", way, at=0.36, method="netbanking")
        colon(p, "UTR number", ref, at=0.36, txn=(UTR_RANK, ref))
        colon(p, "Transaction date", day, at=0.36, date=j.date)
        colon(p, "Remarks", note, at=0.36)
        p.add("gap")
        p.add("small", "This is a computer generated receipt and does not need a signature.")
        return p.done()
    if k == 6:
        p = mail_page(
            rng,
            font,
            "IndusInd Bank <transactionalerts@indusind.com>",
            ["Funds transfer confirmation", "Your NEFT request is successful"],
        )
        p.part = "head"
        top(p, "IndusInd Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            "Thank you for banking with us. Your funds transfer through INDIE has been completed.",
            status="success",
        )
        leader(p, "Beneficiary", to, merchant=to)
        leader(p, "Account number", f"XXXXXXX{tail4(rng)}")
        leader(p, "Amount", rs(j.amount), amount=j.amount)
        leader(p, "Mode", way, method="netbanking")
        leader(p, "Date", day, date=j.date)
        leader(p, "Remarks", note)
        p.add("gap")
        p.add("left", "Warm regards, IndusInd Bank")
        p.part = "foot"
        p.add("small", "Never share your card details, OTP or INDIE PIN with anyone.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transfer details", "Receipt"])
    p.part = "head"
    app, tint = {
        1: ("open by Axis Bank", (151, 20, 77)),
        3: ("Cent Mobile", (0, 64, 128)),
        5: ("MPGB mBanking", (0, 122, 70)),
        7: ("Kotak", (237, 28, 36)),
    }[k]
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = tint, (255, 255, 255)
    p.add("title", choose(p, "title", [app, app.split(" by ")[0]]))
    p.add("gap")
    if p.style.get("band"):
        p.add("gap")
    p.part = "body"
    word = {1: "Money sent", 3: "Transaction Failed", 5: "Under process", 7: "Transfer Successful"}[k]
    verdict(p, word, status)
    if status == "failed":
        p.add(
            "small",
            "Beneficiary bank is not available. Please try after some time. No amount has been debited.",
        )
    if status == "pending":
        p.add("small", "Your request is under process. Please check the status after 30 minutes.")
    p.add("big", rs(j.amount), amount=j.amount)
    if k != 5:
        p.add("small", "to")
        p.add("center", choose(p, "center", [to]), merchant=to)
        p.add("gap")
        if k == 3:
            label_over(p, "Transaction ID", ref, txn=(TXN_RANK, ref))
        else:
            label_over(p, "IMPS Ref. No.", ref, txn=(UTR_RANK, ref))
        label_over(
            p,
            "From",
            f"{ {1: 'Axis Bank', 3: 'Central Bank of India', 7: 'Kotak Mahindra Bank'}[k] } XX{tail4(rng)}",
        )
        label_over(p, "Mode", way, method="netbanking")
        if k == 7:
            label_over(p, "When", f"Today, {hhmm(rng)}")
        else:
            label_over(p, "Date & time", day, date=j.date)
        label_over(p, "Remarks", note)
    else:
        leader(p, "Beneficiary", to, merchant=to)
        leader(p, "A/c No.", f"XXXXXXX{tail4(rng)}")
        leader(p, "Mode", way, method="netbanking")
        leader(p, "Reference No.", ref, txn=(TXN_RANK, ref))
        leader(p, "Date", day, date=j.date)
        leader(p, "Purpose", note)
    p.part = "foot"
    p.add("gap")
    p.add("small", {1: "Share receipt", 3: "Retry", 5: "Check status", 7: "Share  |  Repeat"}[k])
    return p.done()


# ---------------------------------------------------------------- 7. printers, dyers, washers, tailors


# name, work, their bank and UPI ID
WORKERS = [
    ("Sukhram Ninama", "Dhulai (river wash), Baghini ghat", "Madhya Pradesh Gramin Bank", "sukhram.n@ibl"),
    ("Shabnam Khatri", "Supervisor, print house", "State Bank of India", "shabnamk@oksbi"),
    ("Mohammed Ismail Khatri", "Block printer", "Bank of India", "ismailkhatri@ybl"),
    ("Kailash Bhilala", "Dyer, bhatti and harda", "State Bank of India", "kailashb@axl"),
    ("Sunita Muwel", "Tailor", "Airtel Payments Bank", "9893{}@airtel"),
    ("Abdul Rashid Khatri", "Master printer (Ustad)", "Central Bank of India", "rashidkhatri@okaxis"),
    ("Dinesh Baghel", "Helper, drying sands", "Federal Bank", "dineshbaghel@fifederal"),
    ("Jamuna Dawar", "Stitching karigar", "Punjab National Bank", "jamunad@ybl"),
]


def fortnight(day: dt.date) -> tuple[dt.date, int]:
    """The half month a wage paid on ``day`` is for: the first half of its month or the second half of the
    one before; its first day and its length."""
    if day.day > 15:
        return day.replace(day=1), 15
    first = (day.replace(day=1) - dt.timedelta(days=1)).replace(day=16)
    nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, (nxt - first).days


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The washers, printers, dyers, tailors and helpers paid: an ATTENDANCE AND WAGE CARD with a box for
    each day of the fortnight marked P or A by hand and the wage worked out in the hand, paid in cash (no
    number); greytHR's payslip in a PDF viewer; slice's UPI payment; a block printer's CHHAPAI HISAB
    (pieces, less the advance, net paid by UPI); Airtel Payments Bank's failed transfer; an ADVANCE RECEIPT
    signed across a one-rupee revenue stamp; Fi's payment in progress; a stitching JOB CARD (its Date left
    blank). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=1500, high=30000)
    name, work, bank, upi = WORKERS[k]
    upi = upi.format(digits(rng, 6))
    rs = money(rng, font, 0.4)
    if k == 0:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        shown = rng.choice([DYES, DYES_CAPS])
        top(p, shown)
        line(p, "हाजिरी एवं मजदूरी कार्ड / ATTENDANCE AND WAGE CARD")
        p.part = "body"
        first, length = fortnight(j.date)
        fillin(p, "नाम / Name", name, at=0.24, merchant=name)
        fillin(p, "काम / Work", work, at=0.24)
        fillin(
            p,
            "अवधि / Period",
            f"{when(first, '{d} %b')} - {when(first + dt.timedelta(days=length - 1), '{d} %b %Y')}",
            at=0.24,
        )
        marks = ["P" if rng.random() < 0.85 else "A" for _ in range(length)]
        p.add("gap")
        days_grid(p, marks)
        rate = float(rng.choice([380, 400, 420, 450]))
        present = marks.count("P")
        j.amount = present * rate
        hand(p, f"{present} din x Rs {rate:.0f} = Rs {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(
            p,
            f"Nakad diya (paid in cash) {hand_day(j.date, rng)}",
            method="cash",
            date=j.date,
            status="success",
        )
        cols(p, "wc", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Mazdoor ke hastakshar", "Munshi")
        signature(p, "l")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [760, 800])
        last = (j.date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        month = when(last, "%B %Y")
        pdf(p, f"Payslip_{when(last, '%b_%Y')}.pdf")
        p.part = "head"
        top(p, COMPANY)
        p.add("small", UNITS["company"][1])
        p.add("center", f"Payslip for the month of {month}")
        p.add("rule")
        p.part = "body"
        two = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
        cols(
            p,
            "ps",
            two,
            f"Employee Name: {name}",
            f"Employee No: BHC{rng.randrange(10, 60):03d}",
            merchant=name,
        )
        cols(p, "ps", two, f"Designation: {work}", f"PAN: XXXXX{digits(rng, 4)}X")
        cols(p, "ps", two, f"Bank: {bank}", f"A/c No: XXXXXX{tail4(rng)}")
        basic = float(rng.randrange(9000, 15000, 100))
        hra = round(basic * 0.4, 0)
        special = float(rng.randrange(1500, 4000, 100))
        pf = round(min(basic, 15000) * 0.12, 0)
        esi = round((basic + hra + special) * 0.0075, 0)
        ptax = 208.0
        earn = basic + hra + special
        ded = pf + esi + ptax
        j.amount = earn - ded
        body = [
            (["Basic", num(basic), "Provident Fund", num(pf)], {}),
            (["HRA", num(hra), "ESI", num(esi)], {}),
            (["Special allowance", num(special), "Professional tax", num(ptax)], {}),
        ]
        book(
            p,
            "ps",
            [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            body,
            foot=(["Total earnings", num(earn), "Total deductions", num(ded)], {}),
        )
        p.add("gap")
        grid(p, "g_np", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], bold=(0, 1))
        gridrow(p, "g_np", "Net Pay", rs(j.amount), amount=j.amount)
        p.add("left", f"({words_in_rupees(j.amount)})")
        utr = utr_of(rng, j, bank, "NEFT")
        p.add(
            "left",
            f"Credited by NEFT on {when(j.date, '%d %b %Y')}, UTR {utr}",
            date=j.date,
            method="netbanking",
            txn=(UTR_RANK, utr),
            status="success",
        )
        p.add("small", "This is a system generated payslip from greytHR and needs no signature.")
        return p.done()
    if k == 3:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        shown = rng.choice([PRINTS, PRINTS_CAPS])
        top(p, shown)
        line(p, "छपाई हिसाब / CHHAPAI HISAB - printing account")
        p.part = "body"
        colon(p, "Karigar", name, at=0.24, merchant=name)
        colon(p, "Saptah / Week", f"Week {j.date.isocalendar()[1]}", at=0.24)
        pieces = [
            ("Saree, 6.3 m, 2 colour", "pc", rng.randrange(4, 14), float(rng.choice([140, 160, 180]))),
            ("Running fabric, buti", "m", rng.randrange(40, 160), float(rng.choice([14, 16, 18]))),
            ("Dupatta, jaal", "pc", rng.randrange(10, 40), float(rng.choice([45, 55, 60]))),
        ]
        body = [([f"{n} ({u})", str(q), num(r), num(q * r)], {}) for n, u, q, r in pieces]
        gross = sum(q * r for *_, q, r in pieces)
        adv = float(rng.choice([500, 1000, 1500]))
        j.amount = gross - adv
        book(
            p,
            "ch",
            [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.78, "r"), (0.78, 1.0, "r")],
            ["Kaam / Work", "Qty", "Rate", "Amount"],
            body,
            foot=(["Total", "", "", num(gross)], {}),
        )
        leader(p, f"Less: advance ({when(earlier(rng, j, 3, 9), '{d} %b')})", f"- {num(adv)}")
        grid(p, "g_chn", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], bold=(0, 1))
        gridrow(p, "g_chn", "Net paid", rs(j.amount), amount=j.amount)
        hand(
            p,
            f"Paid by UPI on {hand_day(j.date, rng)}, Ref. {j.ref}",
            date=j.date,
            method="UPI",
            txn=(UTR_RANK, j.ref),
            status="success",
        )
        signature(p)
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [680, 720])
        p.part = "head"
        top(p, PRINTS)
        p.add("small", f"A unit of {COMPANY}")
        p.add("center", "ADVANCE RECEIPT")
        p.part = "body"
        j.amount = float(rng.choice([5000, 7500, 10000, 12000, 15000, 20000]))
        whole = f"{num(j.amount, 'indian', 0)}/-"
        rno = str(rng.randrange(20, 300))
        grid(
            p,
            "g_ar",
            [(0.0, 0.1, "l"), (0.1, 0.5, "l"), (0.56, 0.68, "r"), (0.68, 1.0, "l")],
            "fill",
            pen=(3,),
            tints={1: MADDER},
        )
        gridrow(p, "g_ar", "No.", rno, "Date", hand_day(j.date, rng), txn=(INVOICE_RANK, rno), date=j.date)
        fillin(p, "Received from", SHORT, at=0.3)
        words = words_in_rupees(j.amount).replace("Rupees ", "").replace(" Only", "")
        fillin(p, "the sum of Rs.", f"{whole} ({words} only)", at=0.3, amount=j.amount)
        fillin(p, "in cash as advance for", "printing 400 m, Hamburg order", at=0.3, method="cash")
        p.add("gap")
        revenue(p)
        fillin(p, "Name", name, at=0.3, merchant=name, status="success")
        p.add("small", "Revenue stamp affixed for receipts above Rs. 5,000.")
        return p.done()
    if k == 7:
        p = paper_page(rng, font, [660, 700])
        p.part = "head"
        top(p, rng.choice([SHOP, SHOP_CAPS]))
        p.add("small", "Stitching unit, Race Course Road, Indore")
        p.add("center", "JOB CARD - SILAI (STITCHING)")
        p.part = "body"
        job = str(rng.randrange(100, 900))
        grid(
            p,
            "g_jc",
            [(0.0, 0.14, "l"), (0.14, 0.5, "l"), (0.56, 0.68, "r"), (0.68, 1.0, "l")],
            "fill",
            pen=(3,),
            tints={1: MADDER},
        )
        gridrow(p, "g_jc", "Job No.", job, "Date", "", txn=(INVOICE_RANK, job))
        fillin(p, "Karigar", name, at=0.16, merchant=name)
        items = [
            ("Kurta, Bagh print cotton", rng.randrange(20, 60), float(rng.choice([50, 55, 60]))),
            ("Cushion cover 16x16 in", rng.randrange(30, 90), float(rng.choice([16, 18, 20]))),
        ]
        body = [([n, str(q), num(r, "indian", 0), num(q * r, "indian", 0)], {}) for n, q, r in items]
        j.amount = sum(q * r for _, q, r in items)
        book(
            p,
            "jc",
            [(0.0, 0.52, "l"), (0.52, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "Pcs", "Rate", "Amount"],
            body,
            pen=(0, 1, 2, 3),
            foot=(["Total", "", "", num(j.amount, "indian", 0)], {"amount": j.amount}),
        )
        hand(p, f"Paid by UPI, Ref. {j.ref}", method="UPI", txn=(UTR_RANK, j.ref), status="success")
        signature(p)
        return p.done()
    p = phone_page(rng, font, k, ["", "Payment details"])
    p.part = "head"
    app, tint = {
        2: ("slice", (60, 30, 120)),
        4: ("Airtel Payments Bank", (228, 0, 18)),
        6: ("Fi", (0, 128, 110)),
    }[k]
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = tint, (255, 255, 255)
    p.add("title", app)
    p.add("gap")
    if p.style.get("band"):
        p.add("gap")
    p.part = "body"
    j.amount = rupees(rng, 800, 9000, 0.8)
    verdict(p, {2: "Paid", 4: "Transfer failed", 6: "Payment in progress"}[k], status)
    if status == "failed":
        p.add(
            "small",
            "The beneficiary account could not be credited. The amount will be reversed within 24 hours.",
        )
    if status == "pending":
        p.add("small", "Waiting for the bank's confirmation. Please don't retry.")
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {name}", merchant=name)
    if k != 4:
        p.add("small", upi, method="UPI")
    p.add("gap")
    if k == 4:
        tid = f"APB{digits(rng, 12)}"
        leader(p, "Account", f"{digits(rng, 4)}XXXX{tail4(rng)} - {bank}")
        leader(p, "Mode", "IMPS", method="netbanking")
        leader(p, "Txn ID", tid, txn=(TXN_RANK, tid))
        leader(p, "Date", day_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", ")), date=j.date)
    else:
        leader(p, "UPI ref", j.ref, txn=(UTR_RANK, j.ref))
        leader(p, "From", "slice account" if k == 2 else "Fi - Federal Bank savings")
        leader(p, "Note", rng.choice(["chhapai 140 m", "week wages", "drying work", "bhatti, 3 days"]))
        leader(p, "Date", day_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)), date=j.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", {2: "Split  |  Share", 4: "Need help?", 6: "Check status"}[k])
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes, fees and dues


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's dues: the Commercial Tax Department's profession tax (vritti kar) e-payment receipt (a
    Devanagari line, a table ruled the book way); Nagar Parishad Bagh's property tax receipt from
    e-Nagarpalika with bilingual colon rows and its tax heads; EPFO's ECR payment confirmation; the Indore
    Municipal Corporation under the Indore 311 app's name; the Transport Department's VAHAN tax receipt for
    the pickup; the Income Tax Department's failed e-Pay Tax; DGFT's e-mail of a fee received (no
    reference); the Pollution Control Board's consent fee waiting for the bank. All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2000, high=40000)
    rs = money(rng, font, 0.3)
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "%d.%m.%Y"]))
    if k == 0:
        p = browser_page(rng, font, "mptax.mp.gov.in/mpvatweb/ptax/challanReceipt")
        p.part = "head"
        line(p, "वाणिज्यिक कर विभाग, मध्यप्रदेश", scale=1.0, bold=True)
        name = choose(p, "title", ["Commercial Tax Department, Madhya Pradesh", "Commercial Tax Department"])
        top(p, name, merchant=name)
        p.add("center", "Profession Tax (Vritti Kar) - e-Payment Receipt")
        p.add("rule")
        p.part = "body"
        j.amount = 2500.0
        challan = f"PT{j.date:%y}{digits(rng, 9)}"
        cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}"
        rows = [
            (["Registration No. (PT)", f"79{digits(rng, 9)}"], {}),
            (["Name", COMPANY], {}),
            (["Tax period", fy_long(j.date)], {}),
            (["Challan No.", challan], {"txn": (TXN_RANK, challan)}),
            (["CIN", cin], {"txn": (BANK_RANK, cin)}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Bank", "State Bank of India - Internet Banking"], {"method": "netbanking"}),
            (["Payment date", day], {"date": j.date}),
            (["Status", "Success"], {"status": "success"}),
        ]
        book(p, "pt", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], ["Payment details", ""], rows)
        p.part = "foot"
        p.add("gap")
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        line(p, "नगर परिषद बाग, जिला धार", scale=1.1, bold=True)
        name = rng.choice(["Nagar Parishad Bagh", "NAGAR PARISHAD BAGH"])
        top(p, name, merchant=name)
        p.add("small", "e-Nagarpalika  |  Urban Development and Housing Department, Madhya Pradesh")
        p.add("center", "PROPERTY TAX RECEIPT")
        p.part = "body"
        rno = f"NPB/{fy(j.date)}/{rng.randrange(1000, 9999)}"
        colon(p, "रसीद क्र. / Receipt No.", rno, at=0.36, txn=(INVOICE_RANK, rno))
        colon(p, "दिनांक / Date", day, at=0.36, date=j.date)
        colon(p, "संपत्ति आईडी / Property ID", f"BGH{digits(rng, 8)}", at=0.36)
        colon(p, "वार्ड / Ward", str(rng.randrange(1, 15)), at=0.36)
        colon(p, "करदाता / Taxpayer", SHORT, at=0.36)
        heads = [
            ("Sampatti kar (property tax)", 0.58),
            ("Samekit kar", 0.17),
            ("Shiksha upkar", 0.15),
            ("Nagariya vikas upkar", 0.10),
        ]
        base = round(rupees(rng, 3000, 20000, 1.0) / 10) * 10
        body = [([h, num(round(base * share))], {}) for h, share in heads]
        j.amount = float(sum(round(base * share) for _, share in heads))
        book(
            p,
            "np",
            [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
            ["मद / Head", "राशि / Rs."],
            body,
            foot=(["योग / Total", num(j.amount)], {"amount": j.amount}),
        )
        p.add("gap")
        colon(p, "भुगतान / Paid by", "Cash", at=0.36, method="cash")
        line(p, "राशि प्राप्त की / Amount received", align="l", status="success")
        right(p, "Cashier")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/paymentReceipt")
        p.part = "head"
        name = choose(p, "title", ["Employees' Provident Fund Organisation", "EPFO"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India")
        p.add("center", "Payment Confirmation Receipt - ECR")
        p.add("rule")
        p.part = "body"
        trrn = f"{rng.choice('34')}{digits(rng, 12)}"
        crn = f"{digits(rng, 15)}"
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        last = j.date.replace(day=1) - dt.timedelta(days=1)
        rows = [
            (["TRRN", trrn], {"txn": (INVOICE_RANK, trrn)}),
            (["CRN", crn], {"txn": (TXN_RANK, crn)}),
            (["Establishment ID", f"MPIND{digits(rng, 7)}000"], {}),
            (["Establishment name", COMPANY_CAPS], {}),
            (["Wage month", when(last, "%B %Y")], {}),
            (["Total amount", rs(j.amount)], {"amount": j.amount}),
            (["Payment mode", "Net banking - State Bank of India"], {"method": "netbanking"}),
            (["Bank transaction ID", bref], {"txn": (BANK_RANK, bref)}),
            (["Payment date", day], {"date": j.date}),
            (["Status", "Payment confirmed"], {"status": "success"}),
        ]
        book(p, "ep", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["ECR payment", ""], rows)
        return p.done()
    if k == 3:
        p = phone_page(rng, font, k, ["", "Receipt"])
        p.part = "head"
        if not p.style["h106"]["dark"]:
            p.style["band"], p.style["band_ink"] = (14, 92, 160), (255, 255, 255)
        p.add("title", "Indore 311")
        name = "Indore Municipal Corporation"
        p.add("small", name, merchant=name)
        p.add("gap")
        p.part = "body"
        verdict(p, "Payment Successful", "success")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Property tax - Baghini Print Ghar, Race Course Road")
        p.add("gap")
        tid = f"IMC{digits(rng, 11)}"
        rno = f"PT{rng.randrange(100000, 999999)}"
        leader(p, "Property ID", f"{digits(rng, 4)}/{digits(rng, 3)}/{rng.randrange(1, 85)}")
        leader(p, "Assessment year", fy_long(j.date))
        leader(p, "Payment mode", "UPI", method="UPI")
        leader(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        leader(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        leader(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Download receipt  |  Share")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/eapplication")
        p.part = "head"
        p.add("small", "Government of Madhya Pradesh")
        name = choose(p, "title", ["Transport Department, Madhya Pradesh", "Transport Department, MP"])
        top(p, name, merchant=name)
        p.add("center", "VAHAN - Tax / Fee e-Receipt")
        p.add("rule")
        p.part = "body"
        tax = float(rng.randrange(5400, 16000, 100))
        fee = float(rng.choice([100, 150, 200]))
        j.amount = tax + fee
        rno = f"MP11{j.date:%y}{digits(rng, 8)}"
        bref = f"{digits(rng, 12)}"
        tno = f"MPT{digits(rng, 11)}"
        colon(p, "Registration No.", f"MP11 G{rng.choice('ABCH')} {rng.randrange(1000, 9999)}", at=0.3)
        colon(p, "Owner", colon_pick(p, "Owner", [COMPANY_CAPS, SHORT], 0.3), at=0.3)
        colon(p, "Receipt No.", rno, at=0.3, txn=(INVOICE_RANK, rno))
        colon(p, "Transaction No.", tno, at=0.3, txn=(TXN_RANK, tno))
        colon(p, "Bank Ref. No.", bref, at=0.3, txn=(BANK_RANK, bref))
        colon(p, "Payment mode", "Debit card (SBI ePay)", at=0.3, method="card")
        colon(p, "Receipt date", day, at=0.3, date=j.date)
        start = dt.date(j.date.year if j.date.month >= 4 else j.date.year - 1, 4, 1)
        period = f"{when(start, '%d-%m-%Y')} to {when(start.replace(year=start.year + 1) - dt.timedelta(days=1), '%d-%m-%Y')}"
        book(
            p,
            "vh",
            [(0.0, 0.4, "l"), (0.4, 0.8, "l"), (0.8, 1.0, "r")],
            ["Particulars", "Period", "Amount"],
            [(["Motor vehicle tax (goods)", period, num(tax)], {}), (["User charge", "", num(fee)], {})],
            foot=(["Total", "", num(j.amount)], {"amount": j.amount, "status": "success"}),
        )
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax")
        p.part = "head"
        top(p, "Income Tax Department", merchant="Income Tax Department")
        p.add("small", "e-Filing  |  e-Pay Tax  |  Payment status")
        p.add("rule")
        p.part = "body"
        verdict(p, "Payment Failed", "failed")
        p.add(
            "left",
            "The bank did not confirm this payment. If your account was debited, the bank will refund it.",
        )
        crn = f"{j.date:%y}{digits(rng, 12)}"
        rows = [
            (["CRN", crn], {"txn": (TXN_RANK, crn)}),
            (["TAN", f"BPLB{digits(rng, 5)}{rng.choice(UPPER)}"], {}),
            (["Assessment Year", fy_long(j.date.replace(year=j.date.year + 1))], {}),
            (["Type of payment", "TDS / TCS payable by taxpayer (200)"], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Payment mode", "Net Banking - Bank of India"], {"method": "netbanking"}),
            (
                ["Payment initiated on", day_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",))],
                {"date": j.date},
            ),
        ]
        book(p, "it", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["Challan details", ""], rows)
        p.add("gap")
        p.add("small", "You may pay again using the same CRN until it expires.")
        return p.done()
    if k == 6:
        p = mail_page(
            rng,
            font,
            "DGFT <dgftedi@nic.in>",
            ["Payment received - IEC modification", "Acknowledgement of payment"],
        )
        p.part = "head"
        name = choose(p, "title", ["Directorate General of Foreign Trade", "DGFT"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Commerce and Industry, Government of India")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([200, 250, 500]))
        p.add("left", "Dear IEC holder,")
        text = (
            f"We have received Rs. {j.amount:.0f}/- towards IEC modification (IEC 0318{digits(rng, 6)}) "
            f"on {when(j.date, '%d-%m-%Y')}, paid by debit card."
        )
        p.add("left", text, amount=j.amount, date=j.date, method="card", status="success")
        p.add("left", "The modified IEC will be sent to the registered e-mail after verification.")
        p.add("gap")
        p.add("left", "Regards, DGFT Helpdesk")
        p.part = "foot"
        p.add("small", "This is a system generated e-mail. Please do not reply.")
        return p.done()
    p = browser_page(rng, font, "xgn.mp.gov.in/XGN/Payment/PaymentStatus")
    p.part = "head"
    line(p, "मध्यप्रदेश प्रदूषण नियंत्रण बोर्ड", scale=1.0, bold=True)
    name = choose(p, "title", ["Madhya Pradesh Pollution Control Board", "M.P. Pollution Control Board"])
    top(p, name, merchant=name)
    p.add("small", "XGN - Consent management")
    p.add("rule")
    p.part = "body"
    accent(p, "Consent to Operate - renewal (Water and Air)", (20, 110, 60))
    tid = f"XGN{j.date:%y%m}{digits(rng, 8)}"
    leader(p, "Unit", f"{DYES}, Bagh", group="xg")
    leader(p, "Application No.", f"{rng.randrange(100000, 999999)}", group="xg")
    leader(p, "Category", "Orange (dyeing, natural)", group="xg")
    leader(p, "Consent fee", rs(j.amount), group="xg", amount=j.amount)
    leader(p, "Payment mode", "Net Banking (SBI)", group="xg", method="netbanking")
    leader(p, "Transaction ID", tid, group="xg", txn=(TXN_RANK, tid))
    leader(p, "Initiated on", day, group="xg", date=j.date)
    verdict(p, "Pending - awaiting confirmation from the bank", "pending", scale=0.95)
    p.part = "foot"
    p.add("small", "Do not pay again. The status is updated within 24 hours.")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's premiums: United India's PREMIUM RECEIPT for the showroom's shopkeeper's policy (dot
    leaders); HDFC ERGO's e-mail of a marine cargo certificate for an export shipment (a table ruled the book
    way); Tata AIG's web page of the pickup's policy issued (no reference); Digit's e-mail of a failed
    two-wheeler renewal (dot leaders); LIC's
    group gratuity contribution receipt in a PDF viewer; National Insurance's counter receipt for the print
    house's fire policy under the branch's oval dater stamp (cash); Star Health's e-mail of a NEFT payment
    under verification (no day); Cholamandalam MS's receipt for a micro enterprise's cover. All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1800, high=60000)
    rs = money(rng, font, 0.3)
    if k == 3:
        j.amount = rupees(rng, 1500, 4500, 0.5)
    net = round(j.amount / 1.18, 2)
    gst = round(net * 0.09, 2)
    j.amount = round(net + 2 * gst, 2)
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "{d} %B %Y"]))
    if k in (0, 5):
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        name = {
            0: ["United India Insurance Company Limited", "UNITED INDIA INSURANCE CO. LTD"],
            5: ["National Insurance Company Ltd", "NATIONAL INSURANCE CO. LTD"],
        }[k]
        shown = choose(p, "title", [rng.choice(name), name[1]])
        top(p, shown, merchant=shown)
        p.add(
            "small",
            {
                0: "Divisional Office II, Indore  |  IRDAI Reg. No. 545",
                5: "Branch Office, Dhar  |  IRDAI Reg. No. 58",
            }[k],
        )
        p.add("center", "PREMIUM RECEIPT" if k == 0 else "CASH RECEIPT - PREMIUM")
        p.add("rule")
        p.part = "body"
        rno = f"{rng.randrange(1000, 9999)}/{j.date:%y}/R/{digits(rng, 6)}"
        policy = {
            0: "Shopkeeper's Insurance Policy - Baghini Print Ghar, Indore",
            5: "Standard Fire and Special Perils - print house, Bagh",
        }[k]
        leader(p, "Receipt No.", rno, group="ir", txn=(INVOICE_RANK, rno))
        leader(p, "Receipt Date", day, group="ir", date=j.date)
        leader(p, "Received from", SHORT, group="ir")
        leader(p, "Policy", policy, group="ir")
        leader(
            p,
            "Policy No.",
            f"{digits(rng, 6)}/{digits(rng, 2)}/{j.date.year + 1}/{digits(rng, 4)}",
            group="ir",
        )
        leader(p, "Premium", num(net), group="ir")
        leader(p, "CGST @ 9%", num(gst), group="ir")
        leader(p, "SGST @ 9%", num(gst), group="ir")
        leader(p, "Total premium", rs(j.amount), group="ir", amount=j.amount)
        if k == 0:
            way = rng.choice(["NEFT", "UPI"])
            ref = utr_of(rng, j, "Bank of India", way)
            leader(p, "Mode", way, group="ir", method="netbanking" if way == "NEFT" else "UPI")
            leader(p, "UTR / Ref.", ref, group="ir", txn=(UTR_RANK, ref))
            p.add("center", "Received with thanks.", status="success")
            right(p, "Authorised Signatory")
            return p.done()
        leader(p, "Mode of payment", "Cash", group="ir", method="cash")
        p.add("center", "Received with thanks.", status="success")
        dater(p, "NATIONAL INSURANCE", when(j.date, "%d %b %Y").upper(), "DHAR B.O.", "red")
        return p.done()
    if k in (1, 6):
        sender = {1: "HDFC ERGO <care@hdfcergo.com>", 6: "Star Health <corporate@starhealth.in>"}[k]
        p = mail_page(
            rng,
            font,
            sender,
            {
                1: ["Marine cargo certificate issued - payment received"],
                6: ["Group health renewal - payment under verification"],
            }[k],
        )
        p.part = "head"
        name = {1: "HDFC ERGO General Insurance Company Ltd", 6: "Star Health and Allied Insurance Co. Ltd"}[
            k
        ]
        shown = choose(p, "title", [name, name.replace(" Company", "").replace(" Co.", "")])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        if k == 1:
            p.add(
                "left",
                "Your marine cargo certificate has been issued and the premium has been received.",
                status="success",
            )
            tid = f"HE{digits(rng, 12)}"
            rows = [
                (["Certificate No.", f"2{digits(rng, 3)}/{digits(rng, 8)}/{rng.randrange(10, 99)}"], {}),
                (["Voyage", "ICD Pithampur to Hamburg by sea"], {}),
                (["Sum insured", f"EUR {rng.randrange(6, 40) * 1000:,}.00"], {}),
                (["Premium (incl. GST 18%)", rs(j.amount)], {"amount": j.amount}),
                (["Payment mode", "Net Banking"], {"method": "netbanking"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment date", day], {"date": j.date}),
            ]
            book(p, "he", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], ["Certificate details", ""], rows)
        else:
            verdict(p, "Payment under verification", "pending", scale=1.0)
            p.add(
                "left",
                "We have noted your NEFT payment for the group health renewal. The policy will be issued "
                "once the amount is received in our account.",
            )
            utr = utr_of(rng, j, "State Bank of India", "NEFT")
            leader(p, "Proposal No.", f"P/{digits(rng, 6)}/01/{j.date.year}/{digits(rng, 6)}")
            leader(p, "Plan", "Star Group Health Insurance - 22 members")
            leader(p, "Premium (incl. GST)", rs(j.amount), amount=j.amount)
            leader(p, "Payment mode", "NEFT", method="netbanking")
            leader(p, "UTR (as given by you)", utr, txn=(UTR_RANK, utr))
        p.part = "foot"
        p.add("gap")
        p.add("small", "This is a system generated e-mail. Please do not reply.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "buy.tataaig.com/commercial-vehicle/payment-success")
        p.part = "head"
        name = choose(p, "title", ["Tata AIG General Insurance Company Ltd", "Tata AIG General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Commercial vehicle insurance  |  Buy online")
        p.add("rule")
        p.part = "body"
        accent(p, "Congratulations! Your policy has been issued.", (0, 51, 102), status="success")
        p.add("left", "The policy document has been sent to your registered e-mail.")
        rows = [
            (["Vehicle", "Tata Intra V30 pickup - MP11 GB 8145"], {}),
            (["Cover", "Package (own damage + third party), 1 year"], {}),
            (["Policy No.", f"62{digits(rng, 8)}/00/000"], {}),
            (["Premium (incl. GST)", rs(j.amount)], {"amount": j.amount}),
            (["Paid via", "UPI (PhonePe)"], {"method": "UPI"}),
            (["Payment date", day], {"date": j.date}),
        ]
        book(p, "ta", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], ["Policy summary", ""], rows)
        p.part = "foot"
        p.add("gap")
        p.add(
            "small",
            "Tata AIG General Insurance Company Ltd, Peninsula Business Park, Mumbai  |  IRDAI Reg. No. 108",
        )
        return p.done()
    if k == 3:
        p = mail_page(
            rng,
            font,
            "Digit Insurance <hello@godigit.com>",
            ["Oops! Your payment didn't go through", "Payment unsuccessful - two-wheeler renewal"],
        )
        p.part = "head"
        name = choose(p, "title", ["Go Digit General Insurance Ltd", "Digit Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", "Hi there,")
        verdict(p, "Payment unsuccessful", "failed", scale=1.0)
        p.add(
            "left",
            "We couldn't renew your two-wheeler policy because the payment failed. If any money was "
            "debited, your bank will return it in 5-7 working days.",
        )
        tid = f"DIG{digits(rng, 12)}"
        leader(p, "Vehicle", "Honda Activa - MP11 MX 2231")
        leader(p, "Premium (incl. GST)", rs(j.amount), amount=j.amount)
        leader(p, "Payment method", "Credit card", method="card")
        leader(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        leader(p, "Attempted on", day, date=j.date)
        p.add("gap")
        p.add("left", "Renew again from the Digit app in two minutes.")
        p.part = "foot"
        p.add("small", "Go Digit General Insurance Ltd, Bengaluru  |  IRDAI Reg. No. 158")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [740, 780])
        pdf(p, "LIC_PGS_Receipt.pdf")
        p.part = "head"
        name = choose(p, "title", ["Life Insurance Corporation of India", "LIC of India"])
        top(p, name, merchant=name)
        p.add("small", "Pension and Group Schemes Unit, Indore")
        p.add("center", "RECEIPT - GROUP GRATUITY CASH ACCUMULATION SCHEME")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(40, 400) * 250)
        rno = f"PGS/{digits(rng, 4)}/{j.date:%y}/{digits(rng, 6)}"
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        colon(p, "Master Policy No.", f"GGCA/{digits(rng, 6)}", at=0.36)
        colon(
            p,
            "Employer / Trust",
            colon_pick(
                p, "Employer / Trust", [f"{SHORT} Employees' Gratuity Trust", f"{SHORT} Gratuity Trust"], 0.36
            ),
            at=0.36,
        )
        colon(p, "Receipt No.", rno, at=0.36, txn=(INVOICE_RANK, rno))
        colon(p, "Receipt date", day, at=0.36, date=j.date)
        colon(p, "Towards", f"Contribution {fy_long(j.date)} and risk premium", at=0.36)
        colon(p, "Amount received", rs(j.amount), at=0.36, amount=j.amount, status="success")
        colon(p, "Mode", "NEFT", at=0.36, method="netbanking")
        colon(p, "UTR", utr, at=0.36, txn=(UTR_RANK, utr))
        p.add("gap")
        p.add("small", "Please quote the master policy number in all correspondence.")
        return p.done()
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    name = choose(
        p, "title", ["Cholamandalam MS General Insurance Company Ltd", "Cholamandalam MS General Insurance"]
    )
    top(p, name, merchant=name)
    p.add("small", "Dare House, Chennai  |  Indore branch")
    p.add("center", "PREMIUM RECEIPT - BHARAT SOOKSHMA UDYAM SURAKSHA")
    p.add("rule")
    p.part = "body"
    rno = f"CH{j.date:%y}{digits(rng, 9)}"
    cols(
        p,
        "cm",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Receipt No: {rno}",
        f"Date: {day}",
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    p.add("left", f"Insured: {SHORT} - dye works, Nadi Mohalla, Bagh")
    book(
        p,
        "cp",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        ["Premium", "Rs."],
        [(["Net premium", num(net)], {}), (["CGST @ 9%", num(gst)], {}), (["SGST @ 9%", num(gst)], {})],
        foot=(["Total premium", num(j.amount)], {"amount": j.amount}),
    )
    p.add("gap")
    p.add(
        "left",
        f"Received by UPI, Ref. {j.ref}. Thank you.",
        method="UPI",
        txn=(UTR_RANK, j.ref),
        status="success",
    )
    right(p, "Authorised Signatory")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name, place, terminal, the layout
COUNTERS = [
    ("BAGHINI PRINT GHAR", "RACE COURSE ROAD, INDORE", "MSWIPE", "colon"),
    ("BAGHINI PRINT GHAR", "LOK RANG 2026, STALL 18, BHOPAL", "MOSAMBEE", "leader"),
    ("MALWA RESORT", "MANDU, DIST. DHAR (M.P.)", "INNOVITI", "colon"),
    ("NADI GHAT CHHAPAGHAR", "BAGH, DIST. DHAR", "PHONEPE POS", "sms"),
    ("SHRI SAI FUELS", "DHAR-KUKSHI ROAD, BAGH", "SBI PAYMENTS", "colon"),
    ("MALWA RASOI RESTAURANT", "SAPNA SANGEETA ROAD, INDORE", "AXIS BANK", "grid"),
    ("INDORE ART & CRAFT STORES", "SIYAGANJ, INDORE", "ICICI MERCHANT SERVICES", "leader"),
    ("BAGHINI PRINT GHAR", "RACE COURSE ROAD, INDORE", "EZETAP", "grid"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards at the showroom, the Lok Rang stall and the print house, and the company's card at a
    Mandu resort, a filling station, an Indore restaurant and an art supplies store: a terminal's roll with
    its labels and values aligned on a column of colons (SALE between asterisks); a roll with dot leaders
    from each label to its value; a roll with its fields three to a row, the labels in bold over their
    values, and its sums in a table ruled the book way (BASE AMOUNT, TIP, TOTAL), a signature's line on the
    showroom's; PhonePe POS's e-charge slip SMS for a card paid at the print house (no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=600, high=28000)
    name, town, brand, layout = COUNTERS[k]
    if "LOK RANG" in town:
        move(j, rng, LOK_RANG + dt.timedelta(days=rng.randrange(5)))
    tip = 0.0
    if "FUELS" in name:
        j.amount = rupees(rng, 1500, 5000, 0.7)
    if "RESTAURANT" in name:
        tip = float(rng.choice([50, 100, 150]))
        j.amount = round(rupees(rng, 600, 2400, 0.6) + tip, 2)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY", "RUPAY DEBIT", "VISA CREDIT"])
    last4 = tail4(rng)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    roc = f"{rng.randrange(1, 9999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    words = {
        "success": rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - PIN VERIFIED", "SALE APPROVED"]),
        "failed": "DECLINED - 51 INSUFFICIENT FUNDS",
        "pending": "HOST NOT REACHABLE - STATUS UNKNOWN. PLEASE CHECK BEFORE RETRY",
    }[status]
    if layout == "sms":
        text = (
            f"Dear Customer, your card XX{last4} was charged INR {j.amount:,.2f} at {name}, Bagh on "
            f"PhonePe POS. Auth code {appr}, RRN {j.ref}. View your e-charge slip: "
            f"https://phon.pe/cs/{code(rng, 8, LOWER)} -PhonePe"
        )
        p = sms_page(rng, font, "VM-PHONPE", text, None)
        p.add(
            "left",
            text,
            merchant=name,
            amount=j.amount,
            method="card",
            txn=(UTR_RANK, j.ref),
            status="success",
        )
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([16, 17]))
    paper(p, rng)
    p.part = "head"
    p.add("center", brand)
    shown = choose(p, "center", [name, name.replace(" RESTAURANT", "").replace(" STORES", "")])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.add("rule")
    p.part = "body"
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d/%m/%y"])).upper()
    mid, tid = digits(rng, 15), digits(rng, 8)
    batch = f"{rng.randrange(1, 999):06d}"
    if layout == "colon":
        colon(p, "DATE", day, at=0.32, date=j.date)
        colon(p, "TIME", t, at=0.32)
        colon(p, "MID", mid, at=0.32)
        colon(p, "TID", tid, at=0.32)
        colon(p, "BATCH NO", batch, at=0.32)
        if not j.no_ref:
            colon(p, "ROC NO", roc, at=0.32, txn=(INVOICE_RANK, roc))
        p.add("center", "**** SALE ****")
        colon(p, "CARD NO", f"XXXX XXXX XXXX {last4}", at=0.32, method="card")
        colon(p, "CARD TYPE", f"{scheme} / {rng.choice(['CHIP', 'CONTACTLESS', 'SWIPE'])}", at=0.32)
        if not j.no_ref and status == "success":
            colon(p, "APPR CODE", appr, at=0.32, txn=(APPR_RANK, appr))
        if not j.no_ref:
            colon(p, "RRN", j.ref, at=0.32, txn=(UTR_RANK, j.ref))
        if "FUELS" in name:
            rate = round(rng.uniform(93.5, 97.5), 2)
            colon(p, "PRODUCT", "DIESEL", at=0.32)
            colon(p, "RATE/LTR", f"{rate:.2f}", at=0.32)
            colon(p, "VOLUME", f"{j.amount / rate:.2f} L", at=0.32)
        p.add("rule")
        grid(p, "g_amt", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], bold=(0, 1))
        gridrow(p, "g_amt", "AMOUNT", f"RS {j.amount:,.2f}", amount=j.amount)
    elif layout == "leader":
        leader(p, "DATE", day, group="sl", date=j.date)
        leader(p, "TIME", t, group="sl")
        leader(p, "MID", mid, group="sl")
        leader(p, "TID", tid, group="sl")
        leader(p, "BATCH", batch, group="sl")
        leader(p, "INVOICE", roc, group="sl", txn=(INVOICE_RANK, roc))
        p.add("center", "SALE")
        leader(p, "CARD", f"{scheme} **** {last4}", group="sl", method="card")
        leader(p, "ENTRY", rng.choice(["CHIP", "TAP", "CHIP+PIN"]), group="sl")
        if status == "success":
            leader(p, "APPR", appr, group="sl", txn=(APPR_RANK, appr))
        leader(p, "RRN", j.ref, group="sl", txn=(UTR_RANK, j.ref))
        p.add("rule")
        grid(p, "g_amt", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], bold=(0, 1))
        gridrow(p, "g_amt", "TOTAL", f"INR {j.amount:,.2f}", amount=j.amount)
    else:
        three = [(0.0, 0.36, "l"), (0.36, 0.68, "l"), (0.68, 1.0, "l")]
        grid(p, "g_g3h", three, bold=(0, 1, 2), group="g3")
        grid(p, "g_g3", three, group="g3")
        gridrow(p, "g_g3h", "DATE", "TIME", "BATCH")
        gridrow(p, "g_g3", day, t[:5], batch, date=j.date)
        gridrow(p, "g_g3h", "TID", "MID", "INVOICE")
        gridrow(p, "g_g3", tid, mid[:8], roc, txn=(INVOICE_RANK, roc))
        gridrow(p, "g_g3h", "CARD", "TYPE", "APPR" if status == "success" else "")
        gridrow(
            p,
            "g_g3",
            f"XX{last4} {rng.choice(['CHIP', 'TAP'])}",
            scheme.split()[0],
            appr if status == "success" else "",
            method="card",
            **({"txn": (APPR_RANK, appr)} if status == "success" else {}),
        )
        colon(p, "RRN", j.ref, at=0.2, txn=(UTR_RANK, j.ref))
        body = [(["BASE AMOUNT", f"{j.amount - tip:,.2f}"], {})]
        if tip:
            body.append((["TIP", f"{tip:,.2f}"], {}))
        book(
            p,
            "sa",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            ["SALE", "RS"],
            body,
            foot=(["TOTAL", f"{j.amount:,.2f}"], {"amount": j.amount}),
        )
    p.add("gap")
    for text in wrap_to(p, words, 1.0):
        p.add("center", text, **({"status": status} if text == wrap_to(p, words, 1.0)[0] else {}))
    if brand == "EZETAP" and status == "success":
        p.add("gap")
        p.add("left", "SIGN: ____________________")
        p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    p.part = "foot"
    p.add("small", rng.choice(["CUSTOMER COPY", "*** CARDHOLDER COPY ***"]))
    return p.done()


# ---------------------------------------------------------------- 11. power, phone, gas, DTH, internet


MPWZ = "M.P. Paschim Kshetra Vidyut Vitaran Co. Ltd"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The print house's, the dye works' and the showroom's bills: the west discom's online payment receipt
    (a Devanagari line, colon rows: IVRS No., Bill Month, Amount Paid, Transaction ID, Bank Ref No.,
    Payment Date); its Bagh cash counter's receipt; Vi's postpaid e-mail (the sum and the day in a
    sentence, a table ruled the book way); HP PAY's gas refill waiting for the bank (Paid to HP Gas); Avantika
    Gas's web payment receipt paid through Bharat Connect; Tata Play's failed recharge; a Bagh broadband operator's receipt filled in
    by hand (no number); MyJio's JioFiber payment ("Today"). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=400, high=16000, p_round=0.5)
    rs = money(rng, font, 0.4)
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "%d-%b-%Y"]))
    month = when(j.date.replace(day=1) - dt.timedelta(days=1), "%b-%Y").upper()
    ivrs = f"N{digits(rng, 10)}"
    if k == 0:
        p = browser_page(rng, font, "portal.mpwin.co.in/payment/receipt")
        p.part = "head"
        line(p, "म.प्र. पश्चिम क्षेत्र विद्युत वितरण कंपनी लिमिटेड, इंदौर", scale=0.95, bold=True)
        name = choose(p, "title", [MPWZ, "MPWZ"])
        top(p, name, merchant=name)
        p.add("center", "Online Bill Payment Receipt")
        p.add("rule")
        p.part = "body"
        tid = f"MPWZ{digits(rng, 12)}"
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        colon(p, "IVRS No.", ivrs, at=0.32)
        colon(p, "Consumer Name", DYES_CAPS if rng.random() < 0.5 else PRINTS_CAPS, at=0.32)
        colon(p, "Circle / DC", "Dhar / Bagh D.C.", at=0.32)
        colon(p, "Bill Month", month, at=0.32)
        colon(p, "Amount Paid", rs(j.amount), at=0.32, amount=j.amount)
        colon(p, "Transaction ID", tid, at=0.32, txn=(TXN_RANK, tid))
        colon(p, "Bank Ref No.", bref, at=0.32, txn=(BANK_RANK, bref))
        colon(p, "Payment Mode", "Net Banking", at=0.32, method="netbanking")
        colon(p, "Payment Date", day, at=0.32, date=j.date)
        colon(p, "Status", "SUCCESS", at=0.32, status="success")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Bijli bill ka bhugtan samay par karein. Helpline 1912.")
        return p.done()
    if k == 1:
        p = screen(rng, font, width=rng.choice([420, 440]), size=rng.choice([16, 17]))
        paper(p, rng)
        p.part = "head"
        name = "M.P.P.K.V.V.CO.LTD INDORE"
        p.add("center", name, merchant=name)
        p.add("small", "O/o JE, BAGH D.C., DIST. DHAR")
        p.add("center", "BILL PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
        cur_bill = round(j.amount - rng.choice([0.0, 0.0, rupees(rng, 100, 900)]), 2)
        colon(p, "RECEIPT NO", rno, at=0.34, txn=(INVOICE_RANK, rno))
        colon(p, "DATE", when(j.date, "%d-%m-%Y"), at=0.34, date=j.date)
        colon(p, "IVRS NO", ivrs, at=0.34)
        colon(p, "NAME", PRINTS_CAPS, at=0.34)
        colon(p, "BILL MONTH", month, at=0.34)
        colon(p, "CURR BILL", num(cur_bill, "plain"), at=0.34)
        colon(p, "ARREAR", num(round(j.amount - cur_bill, 2), "plain"), at=0.34)
        colon(p, "AMT RECD", num(j.amount, "plain"), at=0.34, amount=j.amount)
        colon(p, "MODE", "CASH", at=0.34, method="cash")
        p.add("rule")
        p.add("center", "PAYMENT RECEIVED. THANK YOU", status="success")
        p.add("small", "KEEP THIS RECEIPT TILL THE NEXT BILL")
        return p.done()
    if k == 2:
        p = mail_page(rng, font, "Vi <noreply@myvi.in>", ["Thank you for your payment", "Payment received"])
        p.part = "head"
        name = rng.choice(["Vodafone Idea Ltd", "Vi (Vodafone Idea Ltd)"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([499, 699, 1099, 1398, 2198]))
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"We have received your payment of Rs {j.amount:.0f} for Vi number 98{digits(rng, 2)}XXXX"
            f"{digits(rng, 2)} on {when(j.date, '{d} %b %Y')}.",
            amount=j.amount,
            date=j.date,
            status="success",
        )
        tid = f"VI{digits(rng, 14)}"
        rows = [
            (["Account number", f"1.{digits(rng, 9)}"], {}),
            (
                [
                    "Bill period",
                    f"{when(j.date.replace(day=1), '{d} %b')} - {when(j.date.replace(day=28), '{d} %b %Y')}",
                ],
                {},
            ),
            (["Payment mode", "Credit card"], {"method": "card"}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Amount", f"Rs {j.amount:,.2f}"], {}),
        ]
        book(p, "vi", [(0.0, 0.4, "l"), (0.4, 1.0, "l")], ["Payment details", ""], rows)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Vodafone Idea Limited, Mumbai. This is an auto-generated e-mail.")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "www.avantikagas.com/customer/payment-receipt")
        p.part = "head"
        name = rng.choice(["Avantika Gas Ltd", "AVANTIKA GAS LIMITED"])
        top(p, name, merchant=name)
        p.add("small", "City gas distribution, Indore  |  Piped natural gas")
        p.add("rule")
        p.part = "body"
        accent(p, "Payment Receipt", (0, 110, 80))
        j.amount = rupees(rng, 350, 2800, 0.3)
        bbps = f"AV0{digits(rng, 3)}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        tid = f"AGL{digits(rng, 11)}"
        rows = [
            (["BP number", digits(rng, 10)], {}),
            (["Customer", f"{SHOP}, Race Course Road"], {}),
            (["Bill date", when(j.date - dt.timedelta(days=rng.randrange(8, 20)), "%d.%m.%Y")], {}),
            (["Amount paid", rs(j.amount)], {"amount": j.amount}),
            (["Payment mode", "UPI via Bharat Connect"], {"method": "UPI"}),
            (["Bharat Connect ref.", bbps], {"txn": (BANK_RANK, bbps)}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Paid on", day], {"date": j.date}),
            (["Status", "Successful"], {"status": "success"}),
        ]
        book(p, "av", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], ["Details", ""], rows)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Smell gas? Call the 24x7 emergency line 1800 233 2222.")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [600, 640])
        p.part = "head"
        name = rng.choice(["Nimar Broadband", "NIMAR BROADBAND"])
        top(p, name, merchant=name)
        p.add("small", f"Fibre internet, Bagh  |  Ph 7000{digits(rng, 6)}")
        p.add("center", "RECEIPT")
        p.part = "body"
        j.amount = float(rng.choice([1500, 1770, 2360, 3540]))
        fillin(p, "Date", hand_day(j.date, rng), at=0.3, date=j.date)
        fillin(p, "Received from", PRINTS, at=0.3)
        fillin(p, "Plan", "100 Mbps, 3 months", at=0.3)
        fillin(p, "Amount Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.3, amount=j.amount)
        fillin(p, "Cash / UPI", "Cash", at=0.3, method="cash", status="success")
        signature(p)
        return p.done()
    p = phone_page(rng, font, k, ["", "Payment details"])
    p.part = "head"
    app, tint = {3: ("HP PAY", (0, 70, 150)), 5: ("Tata Play", (225, 0, 112)), 7: ("MyJio", (15, 60, 201))}[k]
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = tint, (255, 255, 255)
    p.add("title", app, **({"merchant": "Tata Play"} if k == 5 else {}))
    p.add("gap")
    if p.style.get("band"):
        p.add("gap")
    p.part = "body"
    word = {3: "Payment pending", 5: "Recharge failed", 7: "Payment successful"}[k]
    verdict(p, word, status)
    if k == 3:
        j.amount = round(rng.uniform(1690, 1880), 2)
        p.add("small", "Your bank has not confirmed the payment yet. The refill will be booked once it does.")
    if k == 5:
        j.amount = float(rng.choice([299, 399, 449, 599]))
        p.add("small", "The card payment did not go through. Any amount debited will be refunded.")
    if k == 7:
        j.amount = float(rng.choice([999, 1178, 1499]))
    p.add("big", rs(j.amount), amount=j.amount)
    if k == 3:
        label_over(p, "Paid to", "HP Gas", merchant="HP Gas")
        order = f"HPB{digits(rng, 10)}"
        leader(p, "Distributor", "Narmada Gas Service, Bagh")
        leader(p, "Consumer No.", digits(rng, 7))
        leader(p, "Booking ref.", order, txn=(ORDER_RANK, order))
        leader(p, "Paid via", "UPI", method="UPI")
        leader(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        leader(p, "Initiated", day, date=j.date)
    elif k == 5:
        p.add("gap")
        order = f"TP{digits(rng, 12)}"
        leader(p, "Subscriber ID", digits(rng, 10))
        leader(p, "Pack", "Hindi Smart Value, 1 month")
        leader(p, "Payment method", f"Debit card {masked(rng, font)}", method="card")
        leader(p, "Order ID", order, txn=(ORDER_RANK, order))
        leader(p, "Attempted", day, date=j.date)
    else:
        label_over(p, "Biller", "Reliance Jio Infocomm Ltd", merchant="Reliance Jio Infocomm Ltd")
        tid = f"BR000{code(rng, 8, ALNUM)}"
        leader(p, "JioFiber account", digits(rng, 10))
        leader(p, "Plan", "JioFiber 999, 30 days")
        leader(p, "Paid via", "UPI", method="UPI")
        leader(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        leader(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        leader(p, "When", f"Today, {hhmm(rng, lower=True)}")
    p.part = "foot"
    p.add("gap")
    p.add("small", {3: "Check status", 5: "Retry", 7: "Download invoice"}[k])
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank sends it, the way, the frame
ALERTS = [
    ("HDFC Bank", "VM-HDFCBK", "KUKSHI ROADWAYS", "UPI", "sms"),
    ("Axis Bank", "AX-AXISBK", "SHRI SAI FUELS", "UPI", "sms"),
    ("Kotak Mahindra Bank", "JD-KOTAKB", "", "UPI", "sms"),
    ("Bank of Baroda", "BZ-BOBTXN", "NARMADA COPPER WOR", "IMPS", "sms"),
    ("Central Bank of India", "", "SHRI BALAJI TEXTILES", "NEFT", "mail"),
    ("Madhya Pradesh Gramin Bank", "VK-MPGBNK", "KAILASH BHILALA", "IMPS", "sms"),
    ("Punjab National Bank", "JM-PNBSMS", "SIYAGANJ PACKAGING", "UPI", "sms"),
    ("AU Small Finance Bank", "", "PIXEL KAARIGAR STUDIO", "NEFT", "inbox"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts: SMS in HDFC Bank's lines ("Sent Rs.x / From HDFC Bank A/C *1234 / To <PAYEE> / On
    dd/mm/yy / Ref <ref>"), Axis Bank's ("INR x debited / A/c no. XX1234 / dd-mm-yy, hh:mm:ss /
    UPI/P2M/<ref>/<PAYEE>"), Kotak's ("Sent Rs.x from Kotak Bank AC X1234 to <UPI ID> on dd-mm-yy.UPI Ref
    <ref>"; no payee), Bank of Baroda's ("Rs.x transferred from A/c ...1234 to:IMPS/<ref>/<PAYEE>. ...
    (dd-mm-yyyy hh:mm:ss)"), MP Gramin Bank's (an IMPS in process) and Punjab National Bank's (no day)
    wordings; Central Bank of India's e-mail of a rejected NEFT; AU Bank's notifications in its app (no
    reference). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=2000, high=60000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 300, 9000, 0.8)
    tail = tail4(rng)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 30000, 1900000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status}
    if to:
        facts["merchant"] = to
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "Central Bank of India <alerts@centralbank.co.in>",
            ["NEFT transaction rejected", "Transaction alert"],
        )
        p.part = "head"
        top(p, "Central Bank of India")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your NEFT transaction of Rs. {amt} to {to} dated {when(j.date, '%d-%m-%Y')} has been "
            f"rejected by the beneficiary bank (account closed). The amount has been credited back to "
            f"your account XX{tail}.",
            **facts,
        )
        rows = [
            (["Account", f"XX{tail}"], {}),
            (["Beneficiary", to], {}),
            (["Amount", f"Rs. {amt}"], {}),
            (["UTR", utr], {}),
            (["Status", "Rejected - returned"], {}),
        ]
        book(p, "cb", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], ["Transaction", ""], rows)
        p.add("gap")
        p.add("left", "Regards, Central Bank of India")
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password with anyone.")
        return p.done()
    if frame == "inbox":
        p = phone_page(rng, font, k, ["Notifications"])
        p.part = "head"
        p.add("title", "AU 0101")
        p.part = "body"
        p.add("gap")
        stamp = f"{when(j.date, '%d %b')}, {hhmm(rng, lower=True)}"
        items = [
            (
                "Transaction alert",
                stamp,
                f"Rs {amt} debited from your A/c XX{tail} on {when(j.date, '%d-%m-%Y')} towards NEFT to {to}.",
                facts,
            ),
            (
                "Login alert",
                f"{when(j.date, '%d %b')}, {hhmm(rng, lower=True)}",
                "You logged in to AU 0101 on a new device. Not you? Call 1800 1200 1200.",
                {},
            ),
            (
                "Fixed deposit",
                f"{when(j.date - dt.timedelta(days=2), '%d %b')}",
                "Earn up to 7.25% p.a. on AU fixed deposits. Open one in 2 minutes.",
                {},
            ),
        ]
        for title, when_, text, fx in items:
            cols(p, "nt", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], title, when_, bold=(0,))
            for n, part in enumerate(wrap_to(p, text, 1.0)):
                p.add("left", part, **(fx if n == 0 else {}))
            p.add("rule")
        return p.done()
    if k == 0:
        text = (
            f"Sent Rs.{amt}\nFrom HDFC Bank A/C *{tail}\nTo {to}\nOn {when(j.date, '%d/%m/%y')}\nRef {utr}\n"
            "Not You?\nCall 18002586161/SMS BLOCK UPI to 7308080808"
        )
    elif k == 1:
        text = (
            f"INR {amt} debited\nA/c no. XX{tail}\n{when(j.date, '%d-%m-%y')}, "
            f"{hhmm(rng, twelve=False, seconds=True)}\nUPI/P2M/{utr}/{to}\n"
            "Not you? SMS BLOCKUPI Cust ID to 919951860002\nAxis Bank"
        )
    elif k == 2:
        vpa = f"nimarbroadband{rng.randrange(10, 99)}@okaxis"
        text = (
            f"Sent Rs.{amt} from Kotak Bank AC X{tail} to {vpa} on {when(j.date, '%d-%m-%y')}.UPI Ref {utr}. "
            "Not you, https://kotak.com/KBANKT/Fraud"
        )
    elif k == 3:
        text = (
            f"Rs.{amt} transferred from A/c ...{tail} to:IMPS/{utr}/{to}. Total Bal:Rs.{bal}CR. Avlbl "
            f"Amt:Rs.{bal}({when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False, seconds=True)}) - Bank of Baroda"
        )
    elif k == 5:
        text = (
            f"Your IMPS transaction of Rs.{amt} to {to} A/c XX{digits(rng, 4)} on {when(j.date, '%d-%m-%y')} "
            f"is in process. Ref No {utr}. Please check the status after 30 minutes. -MPGB"
        )
    else:
        text = (
            f"Your A/c XX{tail} is debited for Rs.{amt} thru UPI to {to}; UPI Ref {utr}. Avl Bal Rs {bal}. "
            "Not you? Call 18001802222 -PNB"
        )
    p = sms_page(rng, font, sender, text, None if j.no_day else j.date)
    p.add("left", text.replace("\n", " "), **facts)
    return p.done()

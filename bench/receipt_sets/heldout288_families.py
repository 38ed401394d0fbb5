"""The twelve heldout288 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kuthampully handloom weavers' co-operative society's year of 2026 in
Thiruvilwamala, Thrissur district, Kerala (Kuthampully Kasavu Handloom Weavers' Co-operative Society Ltd., No.
T.362, the Devanga weavers of Kuthampully on the Gayathri river's bank, who weave on pit and frame looms the
kasavu saree and the set mundu (mundum neriyathum) in unbleached cotton with borders of gold zari, the double
mundu, the kara mundu with its coloured border, the settu saree, the tissue saree and the thorthu; its weaving
centre at Kuthampully, where visitors watch the looms; its showroom on the Thiruvilwamala road, Kuthampully
Kasavu Kendram, with stall 14 at the Onam Kaithari Mela on Thekkinkadu Maidan, Thrissur; the web shop
kuthampullykasavu.in; buyers at home and in the Gulf, Britain, Australia, Sweden, Canada and America), told by
the proofs of payment it receives (buyers' Google Pay, FedMobile, SIB Mirror+, Kotak, MobiKwik, super.money
and iMobile Pay screens and BharatPe for Business on the showroom's phone; Hantex through Zoho Books,
Kerala Kalamandalam's letter, a Kochi hotel through Odoo, a Thrissur bridal boutique through ICICI Bank's
corporate banking, the Directorate of Handloom and Textiles through the Treasury's BIMS, a Bengaluru store
through RazorpayX, a temple festival committee's cash voucher and KTDC through FedCorp; Al Ansari Exchange, Al
Rajhi Bank, QNB, Barclays, CommBank, SEB, RBC and Citibank; its own tax invoice, PayU page, Onam Mela bill
book, WooCommerce mail, the centre's receipt, an advance receipt for a wedding saree, Stripe's checkout and a
credit sale instalment receipt) and those it makes (a Surat zari house, NHDC's yarn depot, Moglix, IndiaMART,
a Balaramapuram dyer's chit, a Coimbatore loom parts dealer, DTDC and a Thrissur press; Kerala Bank, FedNet,
SIBerNet, CSB Bank, Dhanlaxmi Bank, ESAF, Kerala Gramin Bank's mini statement and Canara ai1; its weavers'
wage card, RazorpayX Payroll, Jupiter, Freecharge, a warp sizer's receipt, a typed wage slip, PayZapp and an
Onam bonus receipt; Thiruvilwamala Grama Panchayat, Kerala's e-Treasury, the GST portal, Parivahan, Legal
Metrology, K-SWIFT, the village office and ESIC; eight insurers; cards on its terminals and at a hotel, a
filling station, a restaurant, a yarn mall and on a phone; KSEB, the Kerala Water Authority, Asianet, Vi, HP
Gas, Airtel DTH, Kerala Vision and the Haritha Karma Sena; the banks' SMS, a Malayalam SMS, a mail, a lock
screen and a bank's WhatsApp chat). Every row is added to heldout113's ``Screen`` with the facts it prints and
the truth is read back from the rows the page keeps. Headings, footers, the units' lines, salutations,
Malayalam lines (but a bank's SMS in Malayalam, whose figures and payee carry the facts, a Malayalam label's
value and a Malayalam hand's sums and "received"), items, counts, rates, taxable values, GST, fees, charges,
balances, converted sums, exchange rates, periods, months, years, invoice, delivery, due and validity days,
account, policy, consumer, licence, application, establishment, vehicle and phone numbers, PO, bill and token
numbers, IFSC, UPI IDs of payers, GSTIN, kasavu bands and edges, shuttles, rings, punch holes, tiles, badges,
notices, stamps, signatures and a carbon's blue carry no fact. ``Job`` is heldout167's; ``fy`` heldout202's;
``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``right`` heldout152's; ``place``
heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's; ``screen``
heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees``
heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's
rows (``cols``, ``kvr``, ``zebra``, ``total``, ``sms_page``), heldout271's (``grid``, ``colkv``, ``dots``,
``amtbox``, rounded cards), heldout273's (``hcells``, ``ledger``, ``bubble``), heldout275's (``sig``,
``divider``, ``gutter``), heldout277's ``split``, heldout279's (``phone``, ``band``, ``app_head``, ``pick``,
``clip``, ``at_hour``, ``day_in``) and heldout287's (``sheet_page``, ``write``, ``blank``, ``typed``,
``tile``, ``notice``, ``vlab``, ``tiles2``, ``copyrow``, ``burst``, ``oval``, ``clock``, ``speaker``,
``decor``), written in this set's mix of faces. ``compose`` is heldout287's, each page's rows drawn by
heldout287's ``_render`` and then by this set's own ``_render`` in the lines it leaves for them: Malayalam
lines in Noto Sans and Noto Serif Malayalam shaped by Raqm, as a name over its English, a heading, a greeting,
boxed fields with each label's English and Malayalam at the box's head and the value printed or written in
it, a hand's lines and sums, a bank's SMS; a kasavu band (the saree's gold zari border) as a divider; a
kasavu saree's borders across a page's head and foot; a boat shuttle with its pirn of gold zari as a
letterhead's emblem; an outcome's double ring (a tick, a cross or a clock's hands in it); a file's two punch
holes down the left margin; a carbon copy's blue. The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout277_families as h277
from bench.receipt_sets import heldout287_families as h287
from bench.receipt_sets.heldout14_render import FONT_DIR, load_font
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
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, screen
from bench.receipt_sets.heldout118_families import money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout140_families import browser_page, mail_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import fy
from bench.receipt_sets.heldout269_families import bold_of, cols, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import amtbox, card_close, card_open, colkv, dots, grid
from bench.receipt_sets.heldout273_families import hcells, ledger
from bench.receipt_sets.heldout275_families import gutter, room_of, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, day_in, phone, pick
from bench.receipt_sets.heldout287_families import (
    blank,
    burst,
    clock,
    copyrow,
    decor,
    notice,
    oval,
    sheet_page,
    speaker,
    tile,
    tiles2,
    typed,
    vlab,
    write,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
ML = "noto/NotoSansMalayalam-Regular.ttf"
ML_BOLD = "noto/NotoSansMalayalam-Bold.ttf"
ML_SERIF = "noto/NotoSerifMalayalam-Regular.ttf"
ML_SERIF_BOLD = "noto/NotoSerifMalayalam-Bold.ttf"
# the upright Latin face a Malayalam hand writes its figures and capitals in
HAND_LATIN = "dejavu/DejaVuSerif.ttf"
# a kasavu's gold zari, its darker shade, the unbleached cotton it is woven on, and a kara mundu's colours
ZARI = (201, 160, 62)
ZARI_DARK = (150, 112, 34)
CREAM = (247, 241, 222)
KARA = [(128, 24, 36), (22, 88, 58), (30, 52, 120), (170, 60, 20)]
CARBON = (44, 52, 150)

# ---------------------------------------------------------------- the society

SOC = "Kuthampully Kasavu Handloom Weavers' Co-operative Society Ltd."
SOC_CAPS = SOC.upper()
SOC_SHORT = "Kuthampully Weavers' Co-op Society"
# the registered name as a bank's or an app's field cuts it
CUT = "KUTHAMPULLY KASAVU HANDLOO"
SOC_ML = "കുത്താമ്പുള്ളി കസവ് കൈത്തറി നെയ്ത്ത് സഹകരണ സംഘം"
SHOP = "Kuthampully Kasavu Kendram"
SHOP_CAPS = SHOP.upper()
SHOP_ML = "കുത്താമ്പുള്ളി കസവ് കേന്ദ്രം"
CENTRE = "Kuthampully Handloom Weaving Centre"
CENTRE_ML = "കുത്താമ്പുള്ളി കൈത്തറി നെയ്ത്തു കേന്ദ്രം"
WEB = "kuthampullykasavu.in"
REGD = "Regd. No. T.362"
GSTIN = "32AABAK5172R1ZQ"
OFFICE = "Kuthampully, Thiruvilwamala, Thrissur - 680588, Kerala"
SHOP_AT = "Thiruvilwamala Road, Kuthampully, Thrissur - 680588"
STALL = "Stall 14, Onam Kaithari Mela, Thekkinkadu Maidan, Thrissur"
SECRETARY = "Sri. K. Subramanian"
# the Onam Kaithari Mela on Thekkinkadu Maidan, Thrissur, 14 to 24 August 2026 (stall 14)
MELA = dt.date(2026, 8, 14)
IFSC = {
    "Kerala Bank": "KSBK",
    "Federal Bank": "FDRL",
    "South Indian Bank": "SIBL",
    "CSB Bank": "CSBK",
    "Dhanlaxmi Bank": "DLXB",
    "ESAF Small Finance Bank": "ESMF",
    "Kerala Gramin Bank": "KLGB",
    "Canara Bank": "CNRB",
    "State Bank of India": "SBIN",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Union Bank of India": "UBIN",
}
# the society's weaving: name, HSN, price each (low, high)
WORKS = [
    ("Kasavu saree, plain body, 1 inch zari", "5208", 2200, 4800),
    ("Kasavu saree, tissue, broad zari", "5208", 5200, 11500),
    ("Set mundu (mundum neriyathum)", "5208", 1450, 3600),
    ("Double mundu, kasavu kara", "6211", 650, 1600),
    ("Kara mundu, coloured border", "6211", 380, 850),
    ("Settu saree, temple border", "5208", 2600, 6200),
    ("Kasavu shawl, cotton", "6214", 900, 1900),
    ("Thorthu (towel), set of 3", "6302", 240, 480),
    ("Dhavani set, kasavu", "5208", 1800, 3900),
    ("Stole, kasavu edge", "6214", 550, 1200),
]
CUSTOMERS = [
    "Mrs. Anjali Menon",
    "Mr. Rahul Nair",
    "Ms. Fathima Rasheed",
    "Mr. Jomon Varghese",
    "Mrs. Sreelakshmi Warrier",
    "Dr. Arjun Krishnan",
    "Ms. Deepa Thomas",
]
# the society's weavers, Devanga weavers of Kuthampully and Thiruvilwamala
WEAVERS = [
    "Meenakshi Ammal S.",
    "Lakshmanan K.",
    "Saraswathi R.",
    "Venkitesh P.",
    "Kamakshi N.",
    "Ramesh Babu V.",
    "Shanthi M.",
    "Gopalakrishnan T.",
]
STAFF = ["Anitha K. R.", "Suresh Kumar M.", "Divya P. S."]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The society's weaving sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 5) if lo < 700 else 1 if lo > 2000 else rng.randrange(1, 3)
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 10))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Mela's), its UPI / IMPS reference made again for that day."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_for(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def gstin_of(rng: random.Random, state: str = "32", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def fits_small(p: Screen, text: str) -> bool:
    return load_font(p.font, int(p.style["size"] * 0.8)).getlength(text) <= room_of(p)


def ext(p: Screen) -> dict:
    return p.style.setdefault("h288", {"marks": {}, "edges": None, "holes": False})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


# ---------------------------------------------------------------- Malayalam


def is_ml(ch: str) -> bool:
    return "\u0d00" <= ch <= "\u0d7f"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Malayalam and of other letters: a space or a joiner stays with the run it
    follows."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        t = is_ml(ch)
        if ch in " \u200c\u200d" and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


def mface(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return ML_SERIF_BOLD if bold else ML_SERIF
    return ML_BOLD if bold else ML


# Noto's Malayalam letters run wide and tall beside a Latin face's: set at this share of the size
MSCALE = 0.88


def _face(is_m: bool, latin: str, size: int, bold: bool, serif: bool):
    if is_m:
        return load_font(mface(bold, serif), int(size * MSCALE))
    return load_font(bold_of(latin) if bold else latin, size)


def mwidth(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    return sum(_face(m, latin, size, bold, serif).getlength(part) for m, part in runs(text))


def mok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for m, part in runs(text):
        face = mface(bold, serif) if m else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_m(draw, xy, text: str, latin: str, size: int, fill_, *, bold: bool = False, serif: bool = False):
    """A line of Malayalam and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for m, part in runs(text):
        face = _face(m, latin, size, bold, serif)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def mal(
    p: Screen,
    text: str,
    *,
    scale: float = 1.0,
    bold: bool = False,
    serif: bool = False,
    align: str = "c",
    soft: bool = False,
    **facts,
) -> None:
    """A line in Malayalam (a name over its English, a heading, a greeting, a sentence), its Latin runs and
    figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert mok(text, p.font, bold=bold, serif=serif), text
    assert mwidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t88ml", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def mwrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Malayalam sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and mwidth(f"{line} {word}", p.font, size) > room:
            mal(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    mal(p, line, scale=scale, align="l", **(facts if first else {}))


def mbox(p: Screen, english: str, other: str, value: str, *, pen: bool = False, **facts) -> None:
    """A form's boxed field: a box ruled round across the page, the label's English and its Malayalam small
    at the box's head (a slash between them), the value under them in the box, printed or written by hand
    (``pen``). Two lines high."""
    size = p.style["size"]
    label = f"{english} / {other}"
    assert mok(label, p.font), label
    assert mwidth(label, p.font, int(size * 0.78)) + 20 <= room_of(p), label
    vfont = h287.hand_pen(p) if pen else bold_of(p.font)
    assert glyphs(vfont, value), value
    vface = load_font(vfont, int(size * (1.05 if pen else 0.96)))
    assert vface.getlength(value) + 24 <= room_of(p), (value, vface.getlength(value))
    put(p, "t88mb", label, value, mark_=[pen], **facts)
    p.add("gap")


def mhand(p: Screen, text: str, *, align: str = "l", scale: float = 1.2, figure: str = "", **facts) -> None:
    """A line written by hand in Malayalam: Noto's serif for its letters and an upright Latin face for its
    figures, slanted as a hand slants it, in the page's ink; ``figure`` written at the right end of the line
    (a sum in a chit's column)."""
    h287.hand_pen(p)
    size = int(p.style["size"] * scale)
    assert mok(text + figure, HAND_LATIN, serif=True), text
    need = mwidth(text, HAND_LATIN, size, serif=True) + size * 0.4
    if figure:
        need += mwidth(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t88mh", text, figure, mark_=[align, scale], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def kasavu(p: Screen) -> None:
    """A kasavu band as a divider across the page: a broad band of gold zari between two fine zari lines on
    the cotton's cream, small woven lozenges (the mayilkan, the peacock's eye) along it; one line high."""
    put(p, "t88kv", "", mark_=[p.rng.randrange(3)])


def kasavu_edges(p: Screen) -> None:
    """A kasavu saree's borders across the page's head and foot: the cream ground, a broad band of gold zari
    and a fine line of it inside, a kara's coloured line on some."""
    kara = list(p.rng.choice(KARA)) if p.rng.random() < 0.5 else None
    ext(p)["edges"] = [kara, p.rng.randrange(3)]


def shuttle(p: Screen) -> None:
    """A weaver's boat shuttle as a letterhead's emblem: its wooden body with pointed steel tips, the pirn of
    gold zari in its hollow and the thread running out of its eye; centred, two lines high."""
    put(p, "t88sh", "", mark_=[p.rng.randrange(3)])
    p.add("gap")


def ring(p: Screen, status: str) -> None:
    """The outcome in a double ring: a broad ring in its colour round a tick, a cross or a clock's hands, a
    faint wider ring round it; centred, three lines high."""
    put(p, "t88rg", "", mark_=[status])
    p.add("gap")
    p.add("gap")


def holes(p: Screen) -> None:
    """A file's two punch holes down the page's left margin."""
    ext(p)["holes"] = True


def note(p: Screen, text: str, tone: str = "info", **facts) -> None:
    """heldout287's notice box, a line's gap above it so that its tint clears the row before."""
    p.add("gap")
    notice(p, text, tone, **facts)


def carbon(p: Screen) -> None:
    """A bill book's carbon copy: the print and the hand in a carbon's blue."""
    p.style["ink"] = CARBON
    p.style["label_ink"] = CARBON
    h287.hand_pen(p)
    h271.ext(p)["pen_ink"] = list(CARBON)


# ---------------------------------------------------------------- drawing


def _kasavu_band(draw: ImageDraw.ImageDraw, x0: float, x1: float, y0: float, y1: float, kind_: int) -> None:
    """A kasavu band: fine zari lines at its edges, a broad zari band between, lozenges along it."""
    h = y1 - y0
    draw.rectangle((x0, y0, x1, y1), fill=CREAM)
    draw.line((x0, y0 + 2, x1, y0 + 2), fill=ZARI, width=2)
    draw.line((x0, y1 - 2, x1, y1 - 2), fill=ZARI, width=2)
    draw.rectangle((x0, y0 + h * 0.28, x1, y1 - h * 0.28), fill=ZARI)
    cy = (y0 + y1) / 2
    r = h * 0.16
    step = max(14.0, h * 1.1)
    x = x0 + step / 2
    while x < x1 - r:
        if kind_ == 0:
            draw.polygon([(x - r, cy), (x, cy - r), (x + r, cy), (x, cy + r)], fill=ZARI_DARK)
        elif kind_ == 1:
            draw.ellipse((x - r * 0.7, cy - r * 0.7, x + r * 0.7, cy + r * 0.7), outline=CREAM, width=1)
        else:
            draw.line((x - r, cy + r * 0.6, x, cy - r * 0.6, x + r, cy + r * 0.6), fill=ZARI_DARK, width=1)
        x += step


def _edges(draw: ImageDraw.ImageDraw, w: int, h: int, kara, kind_: int) -> None:
    for y0 in (4, h - 26):
        _kasavu_band(draw, 0, w, y0, y0 + 22, kind_)
        if kara:
            yk = y0 + 22 if y0 < h / 2 else y0 - 3
            draw.line((0, yk + 1, w, yk + 1), fill=tuple(kara), width=2)


def _shuttle(draw: ImageDraw.ImageDraw, cx: float, cy: float, length: float, kind_: int) -> None:
    wood = [(150, 96, 52), (122, 78, 40), (170, 118, 64)][kind_]
    half, hh = length / 2, length * 0.11
    body = [
        (cx - half, cy),
        (cx - half * 0.62, cy - hh),
        (cx + half * 0.62, cy - hh),
        (cx + half, cy),
        (cx + half * 0.62, cy + hh),
        (cx - half * 0.62, cy + hh),
    ]
    draw.polygon(body, fill=wood, outline=(70, 44, 22))
    steel = (160, 164, 170)
    draw.polygon(
        [(cx - half, cy), (cx - half * 0.8, cy - hh * 0.45), (cx - half * 0.8, cy + hh * 0.45)], fill=steel
    )
    draw.polygon(
        [(cx + half, cy), (cx + half * 0.8, cy - hh * 0.45), (cx + half * 0.8, cy + hh * 0.45)], fill=steel
    )
    # the hollow and its pirn wound with gold zari
    draw.rounded_rectangle(
        (cx - half * 0.42, cy - hh * 0.55, cx + half * 0.42, cy + hh * 0.55), 4, fill=(60, 36, 18)
    )
    draw.rounded_rectangle((cx - half * 0.36, cy - hh * 0.4, cx + half * 0.36, cy + hh * 0.4), 3, fill=ZARI)
    for k in range(-5, 6):
        xx = cx + k * half * 0.06
        draw.line((xx, cy - hh * 0.4, xx + 2, cy + hh * 0.4), fill=ZARI_DARK, width=1)
    # the thread out of the eye
    draw.line(
        (cx + half * 0.2, cy + hh, cx + half * 0.5, cy + hh * 2.2, cx + half * 1.1, cy + hh * 2.4),
        fill=ZARI,
        width=2,
    )


def _ring(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, status: str, paper_) -> None:
    colour = TONE[status]
    draw.ellipse(
        (cx - r * 1.3, cy - r * 1.3, cx + r * 1.3, cy + r * 1.3),
        outline=h269._tint(colour, paper_, 0.25),
        width=3,
    )
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=max(4, int(r * 0.16)))
    k = r * 0.42
    if status == "success":
        draw.line(
            (cx - k, cy, cx - k * 0.25, cy + k * 0.75, cx + k, cy - k * 0.7),
            fill=colour,
            width=5,
            joint="curve",
        )
    elif status == "failed":
        draw.line((cx - k, cy - k, cx + k, cy + k), fill=colour, width=5)
        draw.line((cx - k, cy + k, cx + k, cy - k), fill=colour, width=5)
    else:
        draw.line((cx, cy, cx, cy - k * 1.1), fill=colour, width=4)
        draw.line((cx, cy, cx + k * 0.8, cy + k * 0.3), fill=colour, width=4)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout287's ``_render`` (heldout279's and those beneath it), then this set's rows and marks:
    Malayalam lines, boxed fields and hand; a kasavu band, a shuttle, an outcome's double ring; a kasavu
    saree's borders across the head and foot and a file's punch holes."""
    page = h287._render(rows, font, style)
    x = style.get("h288")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", (30, 40, 120)))
    marks = x["marks"]
    w, h = page.size
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t88"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t88ml":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = mwidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_m(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t88mb":
            (by_pen,) = m
            edge = h269._tint(soft, paper_, 0.5)
            draw.rectangle((MARGIN, top_y + 2, width - MARGIN, top_y + 2 * line - 2), outline=edge, width=1)
            draw_m(draw, (MARGIN + 10, top_y + line * 0.1), r[1], font, int(size * 0.78), soft)
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.05))
                draw.text((MARGIN + 14, top_y + line * 0.78), r[2], font=vface, fill=pen_ink)
            else:
                vface = load_font(bold_of(font), int(size * 0.96))
                draw.text((MARGIN + 10, top_y + line * 0.86), r[2], font=vface, fill=ink)
        elif name == "t88mh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = mwidth(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                draw_m(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.16, -0.16 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.32)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t88kv":
            (kind_,) = m
            _kasavu_band(draw, MARGIN, width - MARGIN, top_y + line * 0.14, bot_y - line * 0.14, kind_)
        elif name == "t88sh":
            (kind_,) = m
            _shuttle(draw, width / 2, top_y + line * 0.9, min(room * 0.5, line * 6.5), kind_)
        elif name == "t88rg":
            (status,) = m
            _ring(draw, width / 2, top_y + line * 1.45, line * 1.0, status, paper_)
    if x.get("edges"):
        kara, kind_ = x["edges"]
        _edges(draw, w, h, kara, kind_)
    if x.get("holes"):
        for cy in (h * 0.3, h * 0.3 + 160):
            if cy < h - 30:
                draw.ellipse((5, cy - 10, 25, cy + 10), fill=(70, 70, 74))
                draw.ellipse((7, cy - 8, 23, cy + 8), fill=(200, 200, 204))
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout287's), each page's rows drawn by ``_render`` while it is
    drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for them."""
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
        image = h269._seal(image, font, x9["seal"])
    if x9.get("torn"):
        image = h269._torn(image, f"{font}{len(rows)}{rows[0]}")
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h287.check_faces()
    for face in [ML, ML_BOLD, ML_SERIF, ML_SERIF_BOLD, HAND_LATIN]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout288 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, "KUTHAMPULLY KASAVU KENDRAM"]
VPAS = [
    "kuthampullykasavu@federal",
    "kasavukendram@sib",
    "Q518204967@ybl",
    "kkhwcs362@kscb",
    "bharatpe.9m2k7x4q1@fbpe",
]
BUYERS = [
    ("Anjali Menon", "anjali.menon@okhdfcbank", "HDFC Bank"),
    ("Rahul Nair", "rahulnair@oksbi", "State Bank of India"),
    ("Fathima Rasheed", "fathimar@federal", "Federal Bank"),
    ("Jomon Varghese", "jomonv@sib", "South Indian Bank"),
    ("Sreelakshmi Warrier", "sreelakshmiw@okicici", "ICICI Bank"),
    ("Arjun Krishnan", "arjunk@kotak", "Kotak Mahindra Bank"),
    ("Deepa Thomas", "deepathomas@axl", "Axis Bank"),
    ("Nithin Das", "nithindas@ibl", "Canara Bank"),
]
NOTES = [
    "set mundu for Onam",
    "kasavu saree",
    "double mundu x2",
    "wedding kasavu",
    "Vishu kodi",
    "thorthu set",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Kuthampully Kasavu Kendram or the society: Google Pay's Paid in a double ring ("To" over
    the payee and its UPI ID; UPI transaction ID, Google transaction ID, From on hairline rows; the day and
    hour under the sum); FedMobile's Transaction in progress in a double ring (Beneficiary Name over the
    payee, a warning's notice; each value over its label: UPI Ref. No., Txn. Date, Remitter A/c); SIB
    Mirror+'s Fund Transfer Successful in a double ring (labels against a gutter: Payee, Payee VPA, Amount,
    Transaction Reference, Transferred On, Debit Account); Kotak's Payment failed in a double ring ("to
    <payee>", the reason in a notice; tiles: UPI Ref No, Date); MobiKwik's Payment Successful on its bar under
    a scalloped badge (Paid to over the payee; copyable UPI Ref No and MobiKwik Txn ID; Date & Time);
    super.money's "money sent!" in lower case ("to <payee>", "today, <hour>"; upi ref, from, note on hairline
    rows; no day); iMobile Pay's share card (the sum, "sent to <payee>", "on <day>"; no reference); BharatPe
    for Business on the showroom's phone (the showroom under the app, its speaker's announcement, a double
    ring, Payment Received, "from <buyer>"; BharatPe Txn ID, UPI Ref No, Received at on hairline rows; tiles:
    Settlement, Settles to). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=250, high=28000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS[:4])
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share", "Done"))
        band(p, (26, 115, 232))
        app_head(p, "Google Pay", "UPI")
        ring(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Paid", status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        p.add("rule")
        p.add("small", "To")
        name = pick(p, "left", [to, SHOP])
        p.add("left", name, merchant=name)
        p.add("small", vpa)
        gid = f"CICAgO{code(rng, 10, MIXED)}"
        kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
        kvr(p, "From", f"{bank} {dot * 4}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "UPI Transaction"], dark=False, buttons=("Check Status",))
        band(p, (16, 54, 124))
        app_head(p, "FedMobile", "Federal Bank")
        ring(p, status)
        p.add("center", "Transaction in progress", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Beneficiary Name")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        note(
            p,
            "We are awaiting confirmation from the beneficiary bank. Please do not retry this payment.",
            "warn",
        )
        vlab(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "Txn. Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), bold=False, date=j.date)
        vlab(p, "Remitter A/c", f"XXXXXXXXXX{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction Receipt"], dark=False, buttons=("Share",))
        band(p, (180, 24, 32))
        app_head(p, "SIB Mirror+", "South Indian Bank")
        ring(p, status)
        p.add("center", "Fund Transfer Successful", status=status)
        p.add("gap")
        name = pick(p, "left", [to, SHOP])
        gutter(p, "sg", "Payee", name, at=0.4, merchant=name)
        gutter(p, "sg", "Payee VPA", vpa, at=0.4)
        gutter(p, "sg", "Amount", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "sg", "Transaction Reference", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        gutter(
            p,
            "sg",
            "Transferred On",
            at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)),
            at=0.4,
            date=j.date,
        )
        gutter(p, "sg", "Debit Account", f"XXXX{digits(rng, 4)} (UPI)", at=0.4, method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Try again",))
        band(p, (237, 28, 36))
        app_head(p, "Kotak", "Kotak Mahindra Bank  |  UPI")
        ring(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        note(
            p,
            "Transaction declined by the remitter bank: daily UPI limit exceeded (Z8). No money was debited.",
            "error",
        )
        tiles2(
            p,
            ("UPI Ref No", j.ref),
            ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.add("small", f"Paid from Kotak 811 {dot * 2}{digits(rng, 4)} via UPI", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment Details"], dark=False, buttons=("Share", "Home"))
        band(p, (17, 100, 190))
        app_head(p, "MobiKwik", "UPI")
        burst(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        mid = f"MBK{j.date:%y%m%d}{digits(rng, 9)}"
        copyrow(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        copyrow(p, "MobiKwik Txn ID", mid, txn=(TXN_RANK, mid))
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("done",))
        app_head(p, "super.money", "UPI")
        ring(p, status)
        p.add("center", "money sent!", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"today, {hhmm(rng, lower=True)}")
        p.add("rule")
        kvr(p, "upi ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "from", f"{bank.lower()} {dot * 2} {digits(rng, 4)}", method="UPI")
        kvr(p, "note", rng.choice(NOTES))
        return p.done()
    if k == 6:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = rng.choice([(255, 244, 236), (250, 246, 240)])
        p.part = "head"
        p.add("title", "iMobile Pay")
        p.add("small", "by ICICI Bank")
        p.part = "body"
        ring(p, status)
        p.add("big", rs(j.amount), amount=j.amount, status=status)
        name = pick(p, "center", [f"sent to {to}", f"sent to {SHOP}"])[8:]
        p.add("center", f"sent to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %B %Y', '%d %b %Y']))}", date=j.date)
        p.add("gap")
        p.add("small", "Paid instantly with UPI on iMobile Pay", method="UPI")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (0, 168, 150))
    app_head(p, "BharatPe for Business", "Payments")
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", "Thiruvilwamala Road, Kuthampully")
    p.add("gap")
    speaker(p, f"Speaker: {num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)} rupees received")
    p.add("gap")
    ring(p, status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", "Payment Received", status=status)
    p.add("small", f"from {who} ({their})")
    p.add("rule")
    bid = f"BP{digits(rng, 12)}"
    kvr(p, "BharatPe Txn ID", bid, txn=(TXN_RANK, bid))
    kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    kvr(p, "Received at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    tiles2(p, ("Settlement", "Next day, 9 AM"), ("Settles to", f"Federal Bank XX{digits(rng, 4)}"))
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its place
PAYERS = [
    ("Kerala State Handloom Weavers' Co-operative Society Ltd. (Hantex)", "Thiruvananthapuram - 695001"),
    ("Kerala Kalamandalam", "Cheruthuruthy, Thrissur - 679531"),
    ("Hotel Marine Cove", "Marine Drive, Kochi - 682031"),
    ("Vadhu Bridal Studio", "M.G. Road, Thrissur - 680001"),
    ("Directorate of Handloom and Textiles, Kerala", "Vikas Bhavan, Thiruvananthapuram"),
    ("Nool & Neythu Lifestyle Pvt. Ltd.", "Indiranagar, Bengaluru - 560038"),
    ("Thiruvilwamala Temple Uthsava Committee", "Thiruvilwamala"),
    ("Kerala Tourism Development Corporation Ltd.", "Mascot Square, Thiruvananthapuram"),
]
COMMITTEE_ML = "തിരുവില്വാമല ക്ഷേത്ര ഉത്സവ കമ്മിറ്റി"


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The society's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    out = []
    for part in h277.split(rng, j.amount, n):
        day = j.date - dt.timedelta(days=rng.randrange(8, 50))
        out.append((f"{prefix}/{fy(day)}/{rng.randrange(20, 300):03d}", day, part))
    return out


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Hantex, Kerala Kalamandalam, a Kochi hotel, a Thrissur bridal studio, the Directorate of Handloom and
    Textiles, a Bengaluru lifestyle store, the temple festival committee and KTDC paying the society: Hantex's
    PAYMENT MADE printed from Zoho Books (Payment# beside Payment Date, Paid To, Paid Through, Reference#,
    Amount Paid in a tinted box; a striped table Bill Number | Bill Date | Bill Amount | Payment Amount);
    Kerala Kalamandalam's letter mailed ("Sir, ... an amount of Rs. x/- (...) has been credited to your
    account ... by NEFT, UTR ..., on <day>."); the hotel's Vendor Payment from Odoo (its number large; Vendor,
    Amount, Payment Date, Journal, Bank Reference, Memo labels against a gutter; Posted); ICICI Bank's
    corporate banking Transaction Status with the payment failed (labels against a gutter: Transaction Ref No,
    Beneficiary, Amount, Payment Date, Status Failed, Reason); the Treasury's BIMS e-Payment status for the
    Directorate (a table ruled on every side: Bill No., Token No., e-Payment Advice No., Payee, Net Amount,
    Sent to Bank on, Status "Pending at Bank"); RazorpayX's payout (Payout processed, "Created 3 hours ago";
    Payout ID, UTR, Amount, Beneficiary, Mode on hairline rows; no day); the festival committee's cash PAYMENT
    VOUCHER under its Malayalam name written in by hand (No. left blank; Date, Paid to, Towards, Rs. in a box;
    "പണമായി നൽകി" (paid in cash); Secretary and Received by; no reference); FedCorp's payment advice for KTDC
    with punch holes (Remitter, Debit account; a striped table: Beneficiary | Amount | UTR; Value Date; Mode:
    NEFT, Status: Processed). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=6000, high=240000)
    payer, where = PAYERS[k]
    rs = money(rng, font, 0.4, marks=("Rs.", "Rs.", "INR", "\u20b9"))
    me = rng.choice([SOC, SOC_CAPS])
    if k == 0:
        p = browser_page(
            rng, font, f"books.zoho.in/app/60012{digits(rng, 5)}#/paymentsmade/{digits(rng, 17)}"
        )
        p.part = "head"
        top(p, "Hantex")
        p.add("small", clip(payer, 80))
        p.add("small", where)
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT MADE")
        no = str(rng.randrange(1200, 4800))
        cols(
            p,
            "zh",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Payment# {no}",
            f"Payment Date: {when(j.date, rng.choice(['%d/%m/%Y', '%d %b %Y']))}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        utr = utr_for(rng, j, "Kerala Bank", "NEFT")
        name = pick(p, "left", [me, SOC_SHORT])
        gutter(p, "zg", "Paid To", name, at=0.3, merchant=name)
        gutter(p, "zg", "Paid Through", "Kerala Bank - Current A/c (NEFT)", at=0.3, method="netbanking")
        gutter(p, "zg", "Reference#", utr, at=0.3, txn=(UTR_RANK, utr))
        total(p, "Amount Paid", rs(j.amount), at=0.55, amount=j.amount, status=status)
        bills = bills_of(rng, j, rng.randrange(1, 4), "KKH")
        spec = [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")]
        rows_ = []
        for b, d, v in bills:
            billed = round(v * rng.uniform(1.0, 1.04), 2)
            rows_.append(([b, when(d, "%d/%m/%Y"), num(billed), num(v)], {}))
        zebra(
            p, "zb", spec, ["Bill Number", "Bill Date", "Bill Amount", "Payment Amount"], rows_, (60, 90, 150)
        )
        p.add("small", "Generated by Zoho Books")
        return p.done()
    if k == 1:
        j.amount = float(round(j.amount / 10) * 10)
        p = mail_page(
            rng,
            font,
            "Kerala Kalamandalam <accounts@kalamandalam.ac.in>",
            ["Payment credited", "Intimation of payment"],
        )
        p.part = "head"
        top(p, "KERALA KALAMANDALAM")
        p.add("small", f"Deemed to be University of Art and Culture  |  {where}")
        p.add("rule")
        p.part = "body"
        no = f"KMD/ACC/{rng.randrange(100, 999)}/{fy(j.date)}"
        cols(p, "kh", [(0.0, 0.55, "l"), (0.55, 1.0, "r")], f"No. {no}", f"Dated {when(j.date, '%d.%m.%Y')}")
        p.add("left", "To, The Secretary,")
        name = pick(p, "left", [me, SOC_SHORT])
        p.add("left", name, merchant=name)
        p.add(
            "left",
            "Sub: Payment for kasavu mundu and neriyathu supplied for the Kathakali and Mohiniyattam "
            "costumes",
        )
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        p.add(
            "left",
            f"Sir, against your bills for the costumes, an amount of Rs. {num(j.amount, 'indian', 0)}/- "
            f"({words_in_rupees(j.amount)}) has been credited to your account with Kerala Bank, "
            "Thiruvilwamala, "
            f"by NEFT, UTR {utr}, on {when(j.date, rng.choice(['%d.%m.%Y', '{d} %B %Y']))}.",
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        p.add("left", "Kindly acknowledge the receipt.")
        p.add("gap")
        right(p, "Finance Officer")
        return p.done()
    if k == 2:
        p = browser_page(
            rng, font, f"marinecove.odoo.com/odoo/accounting/payments/{rng.randrange(800, 4000)}"
        )
        p.part = "head"
        top(p, "Hotel Marine Cove")
        p.add("small", f"Accounting / Vendor Payments  |  {where}")
        p.add("rule")
        p.part = "body"
        no = f"PBNK1/{j.date.year}/{rng.randrange(100, 2000):05d}"
        p.add("title", no, txn=(INVOICE_RANK, no))
        p.add("small", "Posted", status=status)
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = pick(p, "left", [me, SOC_SHORT])
        gutter(p, "og", "Vendor", name, at=0.3, merchant=name)
        gutter(p, "og", "Amount", rs(j.amount), at=0.3, amount=j.amount)
        gutter(
            p, "og", "Payment Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=0.3, date=j.date
        )
        gutter(p, "og", "Journal", "Bank - HDFC Current (NEFT)", at=0.3, method="netbanking")
        gutter(p, "og", "Bank Reference", utr, at=0.3, txn=(UTR_RANK, utr))
        inv = f"KKH/{fy(j.date)}/{rng.randrange(20, 300):03d}"
        gutter(p, "og", "Memo", f"{inv} - kasavu uniforms, front office", at=0.3)
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "cib.icicibank.com/corp/BANKAWAY?Action.CorpUser.Init")
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("small", f"Corporate Internet Banking  |  {payer}, {where}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Transaction Status")
        ref = f"CIB{digits(rng, 10)}"
        name = pick(p, "left", [me, SOC_SHORT])
        gutter(p, "ig", "Transaction Ref No", ref, at=0.36, txn=(TXN_RANK, ref))
        gutter(p, "ig", "Beneficiary", name, at=0.36, merchant=name)
        gutter(p, "ig", "Payment Mode", "NEFT", at=0.36, method="netbanking")
        gutter(p, "ig", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "ig", "Payment Date", when(j.date, "%d-%m-%Y"), at=0.36, date=j.date)
        gutter(p, "ig", "Status", "Failed", at=0.36, status=status)
        gutter(
            p, "ig", "Reason", "Beneficiary account number invalid (returned by beneficiary bank)", at=0.36
        )
        note(p, "The amount has been credited back to the debit account.", "error")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "bims.treasury.kerala.gov.in/epayment/status")
        p.part = "head"
        top(p, "Bill Information and Management System")
        p.add("small", "Treasury Department, Government of Kerala")
        p.add("rule")
        p.part = "body"
        p.add("center", "e-Payment Status")
        p.add("small", f"DDO: {payer}")
        epr = f"EP{j.date:%y}{digits(rng, 9)}"
        name = pick(p, "left", [me, SOC_SHORT])
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        grid(
            p,
            "bm",
            spec,
            None,
            [
                (["Bill No.", f"{rng.randrange(10, 400)}/{fy(j.date)}"], {}),
                (["Token No.", str(rng.randrange(1000, 9999))], {}),
                (["e-Payment Advice No.", epr], {"txn": (INVOICE_RANK, epr)}),
                (["Payee", name], {"merchant": name}),
                (["Net Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "e-Payment (NEFT)"], {"method": "netbanking"}),
                (["Sent to Bank on", when(j.date, "%d/%m/%Y")], {"date": j.date}),
                (["Status", "Pending at Bank"], {"status": status}),
            ],
        )
        p.add("small", "UTR will be shown once the bank confirms the credit.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, f"x.razorpay.com/payouts/pout_{code(rng, 14, MIXED)}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"{payer}  |  Payouts")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "Payout processed", status=status)
        p.add("small", "Created 3 hours ago")
        pid = f"pout_{code(rng, 14, MIXED)}"
        utr = utr_for(rng, j, "Kotak Mahindra Bank", "NEFT")
        name = pick(p, "left", [me, SOC_SHORT, CUT])
        kvr(p, "Payout ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Beneficiary", name, merchant=name)
        kvr(p, "Mode", "NEFT", method="netbanking")
        kvr(p, "Purpose", "vendor bills")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(60, 400) * 100)
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 246, 232), (248, 244, 236)])
        p.part = "head"
        mal(p, COMMITTEE_ML, scale=1.05, bold=True)
        top(p, "Thiruvilwamala Temple Uthsava Committee")
        p.add("center", "PAYMENT VOUCHER")
        p.part = "body"
        cols(p, "tv", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), date=j.date)
        name = SOC_SHORT
        blank(p, "Paid to", name, merchant=name)
        blank(p, "Towards", "kasavu mundu for the utsavam")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        mhand(p, "പണമായി നൽകി", method="cash", status=status)
        p.add("gap")
        cols(p, "tvs", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Secretary", "Received by", mode="soft")
        return p.done()
    p = sheet_page(rng, font, [780, 820])
    p.style["paper"] = (255, 255, 255)
    holes(p)
    p.part = "head"
    top(p, "Federal Bank")
    p.add("small", "FedCorp  |  Payment Advice")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Remitter: {payer}, {where}")
    p.add("left", f"Debit account: XXXXXXXX{digits(rng, 4)}  |  File: KTDC_VENDOR_{j.date:%d%m}")
    utr = utr_for(rng, j, "Federal Bank", "NEFT")
    name = CUT
    spec = [(0.0, 0.42, "l"), (0.42, 0.62, "r"), (0.64, 1.0, "l")]
    zebra(
        p,
        "fc",
        spec,
        ["Beneficiary", "Amount", "UTR"],
        [([name, num(j.amount), utr], {"merchant": name, "amount": j.amount, "txn": (UTR_RANK, utr)})],
        (16, 54, 124),
    )
    cols(p, "fcd", [(0.0, 1.0, "l")], f"Value Date: {when(j.date, '%d-%m-%Y')}", date=j.date)
    cols(
        p,
        "fcs",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        "Mode: NEFT",
        "Status: Processed",
        method="netbanking",
        status=status,
    )
    p.add("small", "This is a computer generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


ABROAD = [
    ("Malabar Silks & Textiles LLC", "Karama, Dubai, UAE", "AED", 2000, 30000, "ansari"),
    ("Noor Al Hind Trading Est.", "Riyadh, Saudi Arabia", "SAR", 2000, 30000, "rajhi"),
    ("Onam Kerala Stores W.L.L.", "Doha, Qatar", "QAR", 2000, 30000, "qnb"),
    ("Handloom & Heritage Ltd", "Leicester, United Kingdom", "GBP", 300, 4000, "barclays"),
    ("Keralam Collective Pty Ltd", "Melbourne, Australia", "AUD", 400, 6000, "commbank"),
    ("Vävda Ting AB", "Stockholm, Sweden", "SEK", 3000, 40000, "seb"),
    ("Maple Loom Imports Inc.", "Toronto, Canada", "CAD", 400, 5000, "rbc"),
    ("Kasavu House LLC", "Edison, New Jersey, USA", "USD", 300, 5000, "citi"),
]


def abroad(rng: random.Random, cur: str):
    """A foreign sum as its page prints it: dirhams, riyals, pounds, Australian, Canadian and US dollars
    with their code before or after the sum (the pound, A$, C$ and US$ signs where so printed) in English
    grouping; Swedish kronor the Swedish way (12 450,00 kr or SEK 12 450,00)."""
    if cur == "SEK":
        form = rng.choice(["{v} kr", "SEK {v}"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", " ").replace(".", ","))
    form = rng.choice(
        {
            "AED": ["AED {v}", "{v} AED"],
            "SAR": ["SAR {v}", "{v} SAR"],
            "QAR": ["QAR {v}", "{v} QAR"],
            "GBP": ["\u00a3{v}", "GBP {v}"],
            "AUD": ["A${v}", "AUD {v}", "${v} AUD"],
            "CAD": ["C${v}", "CAD {v}", "${v} CAD"],
            "USD": ["US${v}", "USD {v}", "{v} USD"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Dubai textile shop, a Riyadh trader, a Doha store, a Leicester shop, a Melbourne collective, a
    Stockholm design shop, a Toronto importer and a New Jersey boutique paying for kasavu sarees and set
    mundu: Al Ansari Exchange's remittance receipt in dirhams (CUSTOMER COPY; Transaction No., Date, Sender,
    Beneficiary, Beneficiary Bank, Amount, Charges, Total Paid, Rate, Amount in INR in a table ruled on every
    side; "Status: PAID TO BANK"); Al Rajhi Bank's international transfer in riyals under a ring ("Transfer
    successful", "To <beneficiary>"; tiles: Amount, Date; Purpose; no reference); QNB's Transfer completed in
    riyals (the sum large; each value over its label: Beneficiary, Beneficiary Bank, Value Date, Transaction
    Reference); Barclays' Payment unsuccessful in pounds under a cross's tile (the reason in a notice; Payee,
    Amount, Date, Transaction reference, Payment type on hairline rows); CommBank NetBank's International
    Money Transfer receipt in Australian dollars (labels against a gutter: Receipt number, Transfer date, To,
    Bank, Amount sent, Status Sent); SEB's Betalningen är genomförd in Swedish kronor ("till <beneficiary>",
    "Idag <hour>"; Belopp, Från konto, Verifikationsnummer, Betalningstyp, Meddelande on hairline rows; no
    day); RBC's International Money Transfer in progress in Canadian dollars under an hourglass's tile (a
    notice; Reference #, Recipient, Amount, Date sent on hairline rows); Citibank's Wire Transfer Confirmation
    in US dollars (dot leaders: Confirmation #, Fed Reference, Date, Beneficiary, Beneficiary Bank, Amount,
    Status Completed). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    j.amount = (
        float(rng.randrange(lo // 10, hi // 10) * 10) if rng.random() < 0.5 else round(rng.uniform(lo, hi), 2)
    )
    show = abroad(rng, cur)
    me = rng.choice([SOC, SOC_CAPS])
    bank_line = "Kerala Bank, Thiruvilwamala, India"
    if frame == "ansari":
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "AL ANSARI EXCHANGE")
        p.add("small", "Al Karama Branch, Dubai, UAE  |  Tel 600 546000")
        p.add("center", "REMITTANCE RECEIPT - CUSTOMER COPY")
        p.part = "body"
        tno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
        fee = float(rng.choice([22, 25, 30]))
        rate = round(rng.uniform(22.6, 23.9), 4)
        name = CUT
        grid(
            p,
            "an",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Transaction No.", tno], {"txn": (TXN_RANK, tno)}),
                (["Date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
                (["Sender", payer], {}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary Bank", bank_line], {"method": "netbanking"}),
                (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Charges", show(fee)], {}),
                (["Total Paid", show(j.amount + fee)], {}),
                (["Rate", f"1 AED = {rate} INR"], {}),
                (["Amount in INR", num(round(j.amount * rate, 2))], {}),
            ],
        )
        p.add("center", "Status: PAID TO BANK", status=status)
        p.add("small", "Please keep this receipt. Track your transfer at alansariexchange.com")
        return p.done()
    if frame == "rajhi":
        p = phone(rng, font, k, ["", "International Transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (24, 54, 140))
        app_head(p, "Al Rajhi Bank", "International Transfer")
        ring(p, status)
        p.add("center", "Transfer successful", status=status)
        name = pick(p, "center", [f"To {me}", f"To {SOC_SHORT}"])[3:]
        p.add("center", f"To {name}", merchant=name)
        p.add("small", bank_line, method="netbanking")
        tiles2(
            p,
            ("Amount", show(j.amount)),
            ("Date", when(j.date, "%d %b %Y")),
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
        kvr(p, "Purpose", "Purchase of goods")
        kvr(p, "Fees", show(25.0))
        return p.done()
    if frame == "qnb":
        p = phone(rng, font, k, ["", "Transfer details"], dark=False, buttons=("Done",))
        band(p, (90, 20, 60))
        app_head(p, "QNB Mobile", "Qatar National Bank")
        ring(p, status)
        p.add("center", "Transfer completed", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        ref = f"FT{j.date:%y%m}{digits(rng, 8)}"
        vlab(p, "Beneficiary", vname_of(p, [me, SOC_SHORT, CUT]), merchant=vname_of(p, [me, SOC_SHORT, CUT]))
        vlab(p, "Beneficiary Bank", bank_line, bold=False, method="netbanking")
        vlab(p, "Value Date", when(j.date, "%d/%m/%Y"), bold=False, date=j.date)
        vlab(p, "Transaction Reference", ref, txn=(BANK_RANK, ref))
        return p.done()
    if frame == "barclays":
        p = browser_page(rng, font, "bank.barclays.co.uk/olb/balances/PaymentsInternational")
        p.part = "head"
        top(p, "Barclays")
        p.add("small", f"Online Banking  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "Payment unsuccessful", status=status)
        note(
            p,
            "The recipient's bank returned this payment: the account details do not match. The money has "
            "been returned to your account.",
            "error",
        )
        ref = f"IP{digits(rng, 10)}"
        name = pick(p, "left", [me, SOC_SHORT])
        kvr(p, "Payee", name, merchant=name)
        kvr(p, "Amount", show(j.amount), amount=j.amount, cur=cur)
        kvr(p, "Date", when(j.date, "%d %B %Y"), date=j.date)
        kvr(p, "Transaction reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Payment type", "International (SWIFT)", method="netbanking")
        return p.done()
    if frame == "commbank":
        p = browser_page(rng, font, "www.my.commbank.com.au/netbank/IMT/Receipt.aspx")
        p.part = "head"
        top(p, "CommBank")
        p.add("small", "NetBank  |  International Money Transfer - Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"N{j.date:%d%m}{digits(rng, 6)}"
        name = pick(p, "left", [me, SOC_SHORT])
        gutter(p, "cb", "Receipt number", rno, at=0.36, txn=(BANK_RANK, rno))
        gutter(p, "cb", "Transfer date", when(j.date, "%d/%m/%Y"), at=0.36, date=j.date)
        gutter(p, "cb", "To", name, at=0.36, merchant=name)
        gutter(p, "cb", "Bank", bank_line, at=0.36, method="netbanking")
        gutter(p, "cb", "Amount sent", show(j.amount), at=0.36, amount=j.amount, cur=cur)
        gutter(p, "cb", "Fee", show(30.0), at=0.36)
        gutter(p, "cb", "Status", "Sent", at=0.36, status=status)
        p.add("small", "Commonwealth Bank of Australia ABN 48 123 123 124")
        return p.done()
    if frame == "seb":
        p = phone(rng, font, k, ["", "Betalning"], dark=False, buttons=("Klar",))
        band(p, (0, 110, 60))
        app_head(p, "SEB", "Utlandsbetalning")
        ring(p, status)
        p.add("center", "Betalningen är genomförd", status=status)
        name = pick(p, "center", [f"till {me}", f"till {SOC_SHORT}"])[5:]
        p.add("center", f"till {name}", merchant=name)
        p.add("small", f"Idag {hhmm(rng, twelve=False)}")
        p.add("rule")
        ref = f"SEB{digits(rng, 10)}"
        kvr(p, "Belopp", show(j.amount), amount=j.amount, cur=cur)
        kvr(p, "Från konto", f"5{digits(rng, 3)} {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 2)}")
        kvr(p, "Verifikationsnummer", ref, txn=(BANK_RANK, ref))
        kvr(p, "Betalningstyp", "Utlandsbetalning (SWIFT)", method="netbanking")
        kvr(p, "Meddelande", "Kasavu order 2026")
        return p.done()
    if frame == "rbc":
        p = browser_page(rng, font, "www1.royalbank.com/sgw1/olb/index-en/#/imt/status")
        p.part = "head"
        top(p, "RBC Royal Bank")
        p.add("small", "International Money Transfer")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "In progress", status=status)
        note(p, "Your transfer is being processed. It usually arrives within 1 to 5 business days.", "info")
        ref = f"{digits(rng, 10)}"
        name = pick(p, "left", [me, SOC_SHORT])
        kvr(p, "Reference #", ref, txn=(BANK_RANK, ref))
        kvr(p, "Recipient", name, merchant=name)
        kvr(p, "Recipient's bank", bank_line, method="netbanking")
        kvr(p, "Amount", show(j.amount), amount=j.amount, cur=cur)
        kvr(p, "Date sent", when(j.date, "%B {d}, %Y"), date=j.date)
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, "citi")
    p.add("small", f"Citibank, N.A.  |  {payer}, {city}")
    p.add("rule")
    p.part = "body"
    p.add("center", "Wire Transfer Confirmation")
    conf = f"{j.date:%y%m%d}{digits(rng, 6)}"
    fed = f"{j.date:%Y%m%d}B1Q8{code(rng, 4, UPPER)}{digits(rng, 6)}"
    name = pick(p, "left", [me, SOC_SHORT])
    dots(p, "Confirmation #", conf, txn=(TXN_RANK, conf))
    dots(p, "Fed Reference", fed, txn=(BANK_RANK, fed))
    dots(p, "Date", when(j.date, "%b %d, %Y"), date=j.date)
    dots(p, "Beneficiary", name, merchant=name)
    dots(p, "Beneficiary Bank", "Kerala State Co-op Bank, India", method="netbanking")
    dots(p, "Amount", show(j.amount), bold=True, amount=j.amount, cur=cur)
    dots(p, "Status", "Completed", status=status)
    return p.done()


def vname_of(p: Screen, names: list[str]) -> str:
    """The first of ``names`` that fits a value's line in bold (the last where none does)."""
    face = load_font(bold_of(p.font), p.style["size"])
    return next((n for n in names if face.getlength(n) <= room_of(p)), names[-1])


# ---------------------------------------------------------------- 4. the society's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's own papers, each its unit or itself on top: Kuthampully Kasavu Kendram's TAX INVOICE
    under its Malayalam name and a kasavu band (boxed fields, each label's English and Malayalam at the box's
    head: Invoice No. / ബിൽ നമ്പർ, Date / തീയതി, Customer / ഉപഭോക്താവ്; a striped table with CGST 2.5%, SGST
    2.5% and Total; "Paid by UPI, Ref ..."); PayU's checkout for the web shop with the payment processing in a
    double ring ("Paying to <shop>", a warning's notice; tiles: Amount, Payment mode; PayU ID, Order ID,
    Initiated on on hairline rows); the Onam Mela stall's BILL from its book, a carbon copy in its blue (No.
    left blank, Date and Name written in, Item | Qty | Rate | Amount written in, Total, "Cash received";
    no reference); the web shop's WooCommerce mail ("Thanks for your order", Order number, Date, the pieces,
    Subtotal, Shipping, Total, Payment method "UPI (PhonePe PG) - Paid", Transaction ID); the weaving centre's
    RECEIPT under its Malayalam name for a visitors' loom demonstration with a shuttle on top (boxed fields
    filled in by hand: Receipt No., Date / തീയതി, Name / പേര്, Amount / തുക, For / ആവശ്യം; "GPay Ref ..."
    written in; a Malayalam thanks); an ADVANCE RECEIPT for a wedding saree to be woven, in a kasavu saree's
    borders (Receipt No., Received from, the saree, "Received Rs. x/- as advance by UPI, Ref ...", Delivery
    on; no day); Stripe's checkout for the web shop with the card declined (a notice; Order, Payment ID,
    Amount, Card on hairline rows; Attempted on); the society's INSTALMENT RECEIPT for an Onam credit sale
    to a government employee (dot leaders: Receipt No., Date, Received from, Scheme, Instalment, Amount, Mode
    NEFT, UTR). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=800, high=42000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    bare = who.split(" ", 1)[1]
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        mal(p, SHOP_ML, scale=1.1, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", SHOP_AT)
        p.add("small", f"GSTIN {GSTIN}  |  a unit of {SOC_SHORT}")
        kasavu(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"KKK/{fy(j.date)}/{rng.randrange(100, 999):04d}"
        mbox(p, "Invoice No.", "ബിൽ നമ്പർ", inv, txn=(INVOICE_RANK, inv))
        mbox(p, "Date", "തീയതി", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        mbox(p, "Customer", "ഉപഭോക്താവ്", who)
        items = works(rng, rng.randrange(2, 4), high=3000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        spec = [(0.0, 0.5, "l"), (0.5, 0.6, "c"), (0.6, 0.68, "c"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        rows_ = [
            ([clip(t, 34), hsn, str(q), num(pr, "plain", 0), num(q * pr)], {}) for t, hsn, q, pr in items
        ]
        rows_ += [(["CGST 2.5%", "", "", "", num(gst)], {}), (["SGST 2.5%", "", "", "", num(gst)], {})]
        zebra(p, "ti", spec, ["Description", "HSN", "Qty", "Rate", "Amount"], rows_, (150, 112, 34))
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add(
            "left",
            f"Paid by UPI, Ref {j.ref}. Thank you.",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        mal(p, "നന്ദി, വീണ്ടും വരിക!", scale=0.95, soft=True)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, f"secure.payu.in/{code(rng, 8, LOWER)}/checkout")
        p.part = "head"
        top(p, "PayU")
        p.add("rule")
        p.part = "body"
        name = SHOP
        p.add("center", f"Paying to {name}", merchant=name)
        ring(p, status)
        p.add("center", "Payment processing", status=status)
        note(
            p,
            "Your bank has not confirmed the payment yet. Do not pay again; we will update you within 30 "
            "minutes.",
            "warn",
        )
        tiles2(p, ("Amount", rs(j.amount)), ("Payment mode", "UPI"), amount=j.amount, method="UPI")
        pid = str(rng.randrange(10**10, 10**11))
        tx = f"KKW{rng.randrange(10000, 99999)}"
        kvr(p, "PayU ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Order ID", tx, txn=(ORDER_RANK, tx))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        shift(j, rng, MELA + dt.timedelta(days=rng.randrange(0, 11)))
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(246, 246, 250), (244, 244, 248)])
        carbon(p)
        p.part = "head"
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", STALL if fits_small(p, STALL) else "Stall 14, Onam Kaithari Mela, Thrissur")
        p.add("center", "BILL  (DUPLICATE)")
        p.part = "body"
        cols(p, "mb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", bare)
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "mbh", spec, "Item", "Qty", "Rate", "Amount", mode="soft")
        start = len(p.rows)
        total_ = 0.0
        for text, _, q, pr in works(rng, rng.randrange(2, 4), high=2600):
            hcells(
                p,
                spec,
                clip(text.split(",")[0], 22),
                str(q),
                num(pr, "plain", 0),
                num(q * pr, "indian", 0),
                scale=0.92,
            )
            total_ += q * pr
        j.amount = total_
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", scale=0.92, amount=j.amount)
        ledger(p, start - 1, [0.5, 0.62, 0.8])
        write(p, "Cash received", method="cash", status=status)
        right(p, "for Kuthampully Kasavu Kendram")
        return p.done()
    if k == 3:
        order = str(rng.randrange(3000, 7999))
        p = mail_page(
            rng,
            font,
            f"{SHOP} <orders@{WEB}>",
            [f"Your {SHOP} order has been received!", f"Order #{order} received"],
        )
        p.part = "head"
        name = SHOP
        top(p, name, merchant=name)
        kasavu(p)
        p.part = "body"
        p.add("left", f"Hi {bare.split()[0]},")
        p.add("left", "Thanks for your order. It is being packed at Kuthampully and will be on its way soon.")
        cols(
            p,
            "wo",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Order number: {order}",
            f"Date: {when(j.date, rng.choice(['%B {d}, %Y', '{d} %B %Y']))}",
            txn=(ORDER_RANK, order),
            date=j.date,
        )
        items = works(rng, rng.randrange(1, 3), high=4000)
        ship = float(rng.choice([0, 80, 120]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        for text, _, q, pr in items:
            cols(p, "wi", spec, f"{clip(text, 40)} x {q}", rs(q * pr), mode="line")
        cols(p, "wi", spec, "Subtotal:", rs(sub), mode="line")
        cols(p, "wi", spec, "Shipping:", rs(ship) if ship else "Free shipping", mode="line")
        total(p, "Total:", rs(j.amount), at=0.6, amount=j.amount)
        tid = f"T{j.date:%y%m%d}{digits(rng, 14)}"
        colkv(
            p,
            "wp",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            "Payment method:",
            "UPI (PhonePe PG) - Paid",
            method="UPI",
            status=status,
        )
        colkv(p, "wp", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "Transaction ID:", tid, txn=(TXN_RANK, tid))
        p.add("small", f"{WEB}  |  Woven by hand at Kuthampully since 1972")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([300, 500, 750, 1000, 1500]))
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(252, 249, 238), (250, 248, 240)])
        p.part = "head"
        shuttle(p)
        mal(p, CENTRE_ML, scale=1.0, bold=True)
        name = pick(p, "title", [CENTRE, CENTRE.upper()])
        top(p, name, merchant=name)
        p.add("small", f"Kuthampully, Thiruvilwamala  |  a unit of {SOC_SHORT}")
        mal(p, "രസീത് / RECEIPT", scale=1.0, bold=True)
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        cols(p, "cr", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Receipt No. {no}", "", txn=(INVOICE_RANK, no))
        mbox(p, "Date", "തീയതി", day_in(j, rng, ["{d}/%m/%Y", "%d-%m-%Y"]), pen=True, date=j.date)
        mbox(p, "Name", "പേര്", who, pen=True)
        mbox(p, "Amount", "തുക", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        mbox(
            p,
            "For",
            "ആവശ്യം",
            rng.choice(["loom demonstration, school group", "weaving visit, 1 day"]),
            pen=True,
        )
        blank(p, "Paid by", f"GPay Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("gap")
        sig(p)
        right(p, "for Kuthampully Handloom Weaving Centre")
        mal(p, "സന്ദർശനത്തിന് നന്ദി!", scale=0.95, soft=True)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([2000, 3000, 5000, 7500, 10000]))
        p = sheet_page(rng, font, [680, 720])
        p.style["paper"] = CREAM
        kasavu_edges(p)
        p.part = "head"
        p.add("gap")
        name = pick(p, "title", [SHOP, SHOP_CAPS])
        top(p, name, merchant=name)
        p.add("small", "Thiruvilwamala Road, Kuthampully  |  " + WEB)
        p.add("center", "ADVANCE RECEIPT")
        p.part = "body"
        no = f"ADV-{rng.randrange(100, 999)}"
        colkv(p, "ad", [(0.0, 0.32, "l"), (0.32, 1.0, "l")], "Receipt No.", no, txn=(INVOICE_RANK, no))
        colkv(p, "ad", [(0.0, 0.32, "l"), (0.32, 1.0, "l")], "Received from", who)
        colkv(
            p,
            "ad",
            [(0.0, 0.32, "l"), (0.32, 1.0, "l")],
            "Order",
            "Wedding kasavu saree, tissue, 2 inch zari, woven to order",
        )
        p.add(
            "left",
            f"Received Rs. {num(j.amount, 'indian', 0)}/- as advance by UPI, Ref {j.ref}.",
            amount=j.amount,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        due = j.date + dt.timedelta(days=rng.randrange(40, 90))
        colkv(p, "ad", [(0.0, 0.32, "l"), (0.32, 1.0, "l")], "Delivery on", when(due, "%d %b %Y"))
        p.add("gap")
        right(p, f"for {SHOP}")
        p.add("gap")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, f"checkout.stripe.com/c/pay/cs_live_{code(rng, 16, MIXED)}")
        p.part = "head"
        name = SHOP
        top(p, name, merchant=name)
        p.add("small", "Secure checkout by Stripe")
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "Your card was declined.", status=status)
        note(p, "Your card issuer declined the payment. Try another card or contact your bank.", "error")
        j.amount = rupees(rng, 2500, 16000, 0.3)
        order = f"KK-{rng.randrange(10000, 99999)}"
        pid = f"pi_3{code(rng, 20, MIXED)}"
        kvr(p, "Order", order, txn=(ORDER_RANK, order))
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Card", f"Mastercard ending {digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    p = sheet_page(rng, font, [720, 760])
    p.style["paper"] = rng.choice([(253, 251, 244), (251, 249, 240)])
    p.part = "head"
    mal(p, SOC_ML, scale=0.95, bold=True)
    name = pick(p, "title", [SOC, SOC_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{REGD}  |  {OFFICE}")
    kasavu(p)
    p.add("center", "INSTALMENT RECEIPT")
    p.part = "body"
    j.amount = float(rng.randrange(5, 30) * 100)
    no = f"CS/{fy(j.date)}/{rng.randrange(100, 999)}"
    utr = utr_for(rng, j, "State Bank of India", "NEFT")
    dots(p, "Receipt No.", no, txn=(INVOICE_RANK, no))
    dots(p, "Date", when(j.date, "%d.%m.%Y"), date=j.date)
    dots(
        p,
        "Received from",
        rng.choice(["Sri. Manoj K. (Village Office, Pazhayannur)", "Smt. Bindu P. (GHSS Thiruvilwamala)"]),
    )
    dots(p, "Scheme", "Onam credit sale 2026")
    dots(p, "Instalment", f"{rng.randrange(2, 9)} of 10")
    dots(p, "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", bold=True, amount=j.amount)
    dots(p, "Mode", "NEFT", method="netbanking", status=status)
    dots(p, "UTR", utr, txn=(UTR_RANK, utr))
    p.add("gap")
    sig(p)
    right(p, "Secretary")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its suppliers, each on top of its own paper: SHREE AMBIKA ZARI WORKS' TAX INVOICE
    from Surat (Invoice No. beside its earlier Date; a table ruled on every side with IGST 5% and Total;
    "Payment received by RTGS, UTR ..., on <day>." under it; an oval PAID stamp); NHDC's MONEY RECEIPT from
    its Coimbatore yarn depot (labels against a gutter: Receipt No., Receipt Date, Received from, Towards,
    Amount, Mode, UTR No.); Moglix's order with the payment failed under a cross's tile (Sold by, a notice;
    tiles: Order ID, Transaction ID; Amount, Paid with, Attempted on on hairline rows); IndiaMART's Pay with
    IndiaMART with the payment under verification in a double ring ("Paying to <seller>", a notice; each
    value over its label: Payment ID, UPI Ref No, Amount, Initiated on); a Balaramapuram dyer's chit written
    in a Malayalam hand (its name in Latin letters, Date written in, the yarn dyed with its sums, ആകെ
    (total), "പണമായി കിട്ടി" (received in cash); no reference); SRI MURUGAN LOOM STORES' ESTIMATE CUM BILL
    from Coimbatore (No. printed, its Date left blank, the reeds, healds and shuttles written in, Total,
    "Paid by GPay, Ref ..." written in pen; no day); DTDC's booking receipt from the counter's printer
    (BOOKING RECEIPT, CONSIGNMENT NO, BKG DATE, DEST, WEIGHT, CHARGES, GST 18%, TOTAL, "PAYMENT: UPI -
    SUCCESS", UPI REF); JYOTHI OFFSET PRINTERS' BILL from Thrissur (Bill No. beside its Date, the hang tags
    and carry bags, Total, "Received with thanks by NEFT, UTR ..., on <day>" in pen, its oval stamp). All new
    here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=1500, high=160000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    me = rng.choice([SOC, SOC_SHORT])
    if k == 0:
        p = sheet_page(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "SHREE AMBIKA ZARI WORKS"
        top(p, name, merchant=name)
        p.add("small", "Ring Road, Surat - 395002, Gujarat  |  GSTIN " + gstin_of(rng, "24"))
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SAZ/{fy(j.date)}/{rng.randrange(100, 999)}"
        cols(
            p,
            "zi",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {j.other_day(rng, -40, -6)}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {me}, Thiruvilwamala (GSTIN {GSTIN})")
        goods = [
            ("Half-fine zari, 1G gold, 240 m reel", 380, 620),
            ("Tested zari, gold, 1 kg cone", 5200, 8600),
            ("Tissue zari, 2 ply", 1400, 2600),
        ]
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(goods, rng.randrange(1, 4)):
            q = rng.randrange(2, 30) if lo < 1000 else rng.randrange(1, 6)
            r_ = float(rng.randrange(lo, hi, 10))
            rows_.append(([text, "5605", str(q), num(r_), num(q * r_)], {}))
            taxable += q * r_
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        rows_.append((["IGST 5%", "", "", "", num(gst)], {}))
        grid(
            p,
            "zt",
            [(0.0, 0.46, "l"), (0.46, 0.56, "c"), (0.56, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description", "HSN", "Qty", "Rate", "Amount"],
            rows_,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
        )
        utr = utr_for(rng, j, "Federal Bank", "RTGS")
        p.add(
            "left",
            f"Payment received by RTGS, UTR {utr}, on {when(j.date, '%d-%m-%Y')}.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        oval(p, ["SHREE AMBIKA", "PAID", "ZARI WORKS * SURAT"], "red", at=rng.uniform(0.3, 0.6), rows_=4)
        right(p, "for SHREE AMBIKA ZARI WORKS")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (252, 252, 248)
        p.part = "head"
        name = pick(p, "title", ["National Handloom Development Corporation Ltd.", "NHDC Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Yarn Depot, Avarampalayam, Coimbatore - 641006  |  A Govt. of India Enterprise")
        p.add("center", "MONEY RECEIPT")
        p.part = "body"
        no = f"NHDC/CBE/{fy(j.date)}/{rng.randrange(1000, 9999)}"
        utr = utr_for(rng, j, "Kerala Bank", "NEFT")
        gutter(p, "nh", "Receipt No.", no, at=0.36, txn=(INVOICE_RANK, no))
        gutter(p, "nh", "Receipt Date", when(j.date, "%d/%m/%Y"), at=0.36, date=j.date)
        gutter(p, "nh", "Received from", me, at=0.36)
        gutter(p, "nh", "Towards", "Hank yarn, cotton 80s and 100s, Yarn Supply Scheme", at=0.36)
        gutter(p, "nh", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "nh", "Mode", "NEFT", at=0.36, method="netbanking", status=status)
        gutter(p, "nh", "UTR No.", utr, at=0.36, txn=(UTR_RANK, utr))
        p.add("small", "Received with thanks.")
        right(p, "Depot Manager")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"www.moglix.com/checkout/payment?order={digits(rng, 9)}")
        p.part = "head"
        top(p, "moglix")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "Payment Failed", status=status)
        name = "Sri Lakshmi Textile Machinery"
        p.add("center", f"Sold by: {name}", merchant=name)
        note(
            p,
            "Your bank could not complete the payment. Any amount debited will be refunded in 5 to 7 days.",
            "error",
        )
        j.amount = rupees(rng, 1800, 24000, 0.3)
        oid = f"MSN{digits(rng, 9)}"
        tid = f"TXN{digits(rng, 12)}"
        tiles2(p, ("Order ID", oid), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Paid with", "Net Banking - Federal Bank", method="netbanking")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = browser_page(rng, font, f"paywith.indiamart.com/order/{digits(rng, 10)}")
        p.part = "head"
        top(p, "IndiaMART")
        p.add("small", "Pay with IndiaMART  |  Buyer protection")
        p.add("rule")
        p.part = "body"
        name = "Erode Cotton Yarn Traders"
        p.add("center", f"Paying to {name}", merchant=name)
        ring(p, status)
        p.add("center", "Payment under verification", status=status)
        note(p, "We are confirming this payment with your bank. It may take up to 24 hours.", "warn")
        j.amount = rupees(rng, 4000, 60000, 0.4)
        pid = f"IMPAY{digits(rng, 10)}"
        vlab(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        vlab(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 244, 232)])
        decor(p, "fold")
        p.part = "head"
        name = "Sreedevi Dyeing Works"
        write(p, name, align="c", merchant=name)
        write(p, "Balaramapuram", align="c")
        p.part = "body"
        write(p, f"Date {day_in(j, rng, ['{d}/%m/%y', '%d.%m.%Y'])}", date=j.date)
        lines_ = [("കാവി നിറം", 16), ("ചുവപ്പ് കര", 12), ("പച്ച കര", 8), ("നീല കര", 10)]
        total_ = 0
        for text, rate in rng.sample(lines_, rng.randrange(2, 4)):
            kg = rng.randrange(4, 30)
            v = kg * rate * 10
            mhand(p, f"{text} {kg} kg", figure=str(v), scale=1.1)
            total_ += v
        j.amount = float(total_)
        mhand(p, "ആകെ", figure=f"{total_}/-", scale=1.15, amount=j.amount)
        mhand(p, "പണമായി കിട്ടി", scale=1.1, method="cash", status=status)
        write(p, "- Sreedevi", align="r")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(252, 250, 240), (248, 250, 244)])
        p.part = "head"
        name = "SRI MURUGAN LOOM STORES"
        top(p, name, merchant=name)
        p.add("small", "Oppanakara Street, Coimbatore - 641001  |  Reeds, healds, shuttles, pirns")
        p.add("center", "ESTIMATE CUM BILL")
        p.part = "body"
        no = str(rng.randrange(1000, 9999))
        cols(
            p,
            "mh",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {no}",
            "Date: ..............",
            txn=(INVOICE_RANK, no),
        )
        blank(p, "To", me if len(me) < 40 else SOC_SHORT)
        spec = [(0.0, 0.56, "l"), (0.56, 0.68, "c"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        cols(p, "mhh", spec, "Particulars", "Qty", "Rate", "Amount", mode="soft")
        start = len(p.rows)
        parts = [
            ("Steel reed 80s", 650, 900),
            ("Healds, set", 380, 520),
            ("Boat shuttle", 240, 360),
            ("Pirns, dozen", 90, 140),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(parts, rng.randrange(2, 5)):
            q = rng.randrange(1, 8)
            r_ = rng.randrange(lo, hi, 10)
            hcells(p, spec, text, str(q), str(r_), num(q * r_, "indian", 0), scale=0.92)
            total_ += q * r_
        j.amount = float(total_)
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", scale=0.92, amount=j.amount)
        ledger(p, start - 1, [0.56, 0.68, 0.84])
        write(p, f"Paid by GPay, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        right(p, "for SRI MURUGAN LOOM STORES")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [480, 520])
        p.style["paper"] = (250, 250, 246)
        h269.torn(p)
        p.part = "head"
        name = "DTDC EXPRESS LIMITED"
        typed(p, name, scale=1.0, merchant=name)
        typed(p, "THIRUVILWAMALA FRANCHISEE")
        typed(p, "BOOKING RECEIPT")
        p.part = "body"
        awb = f"D{digits(rng, 9)}"
        chg = float(rng.randrange(90, 900))
        gst = round(chg * 0.18, 2)
        j.amount = round(chg + gst, 2)
        for line_, facts in [
            (f"CONSIGNMENT NO : {awb}", {}),
            (f"BKG DATE       : {when(j.date, '%d/%m/%Y')}", {"date": j.date}),
            (f"DEST           : {rng.choice(['BENGALURU', 'CHENNAI', 'MUMBAI', 'DELHI'])}", {}),
            (f"WEIGHT         : {rng.randrange(1, 9)}.{rng.randrange(10)} KG", {}),
            (f"CHARGES        : {num(chg)}", {}),
            (f"GST 18%        : {num(gst)}", {}),
            (f"TOTAL          : {num(j.amount)}", {"amount": j.amount}),
            ("PAYMENT: UPI - SUCCESS", {"method": "UPI", "status": status}),
            (f"UPI REF        : {j.ref}", {"txn": (UTR_RANK, j.ref)}),
        ]:
            typed(p, line_, **facts)
        typed(p, "THANK YOU. TRACK AT DTDC.IN")
        return p.done()
    p = sheet_page(rng, font, [720, 760])
    p.style["paper"] = (253, 252, 246)
    p.part = "head"
    name = "JYOTHI OFFSET PRINTERS"
    top(p, name, merchant=name)
    p.add("small", "Round South, Thrissur - 680001  |  Ph 0487 2420000")
    p.add("center", "BILL")
    p.part = "body"
    no = str(rng.randrange(200, 2999))
    cols(
        p,
        "jp",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Bill No. {no}",
        f"Date: {j.other_day(rng, -30, -3)}",
        txn=(INVOICE_RANK, no),
    )
    p.add("left", f"To: {me}")
    spec = [(0.0, 0.6, "l"), (0.6, 0.72, "c"), (0.72, 0.86, "r"), (0.86, 1.0, "r")]
    things = [
        ("Hang tags, kasavu print, 2 colour", 2000, 3),
        ("Paper carry bags, printed", 500, 14),
        ("Bill books, duplicate", 20, 180),
    ]
    rows_, total_ = [], 0.0
    for text, q, r_ in rng.sample(things, rng.randrange(1, 4)):
        q2 = q * rng.randrange(1, 4)
        rows_.append(([text, str(q2), num(r_, "plain", 2), num(q2 * r_)], {}))
        total_ += q2 * r_
    j.amount = float(total_)
    grid(
        p,
        "jt",
        spec,
        ["Particulars", "Qty", "Rate", "Amount"],
        rows_,
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    utr = utr_for(rng, j, "Kerala Bank", "NEFT")
    write(
        p,
        f"Received with thanks by NEFT, UTR {utr}, on {when(j.date, '%d/%m/%y')}",
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
        date=j.date,
    )
    oval(p, ["JYOTHI OFFSET", "PRINTERS", "THRISSUR"], "blue", at=rng.uniform(0.3, 0.6), rows_=4)
    return p.done()


# ---------------------------------------------------------------- 6. the society's banks paying its vendors


VENDORS = [
    ("SHREE AMBIKA ZARI WORKS", "Kerala Bank", "NEFT"),
    ("SRI LAKSHMI TEXTILE MACHINERY", "Federal Bank", "IMPS"),
    ("NHDC LTD COIMBATORE", "South Indian Bank", "RTGS"),
    ("ERODE COTTON YARN TRADERS", "CSB Bank", "NEFT"),
    ("JYOTHI OFFSET PRINTERS", "Dhanlaxmi Bank", "NEFT"),
    ("NILA TRANSPORTS", "ESAF Small Finance Bank", "IMPS"),
    ("SREEDEVI DYEING WORKS", "Kerala Gramin Bank", "NEFT"),
    ("PAZHAYANNUR ELECTRICALS", "Canara Bank", "UPI"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's banks paying its zari house, its loom parts dealer, NHDC, a yarn trader, its printer,
    its transporter, its dyer and its electrician: Kerala Bank's internet banking NEFT Acknowledgement under
    its Malayalam name (a table ruled on every side: Transaction Reference No., UTR, Beneficiary Name,
    Beneficiary A/c No., IFSC, Amount, Transaction Date, Status Accepted); FedNet's Transaction Successful in
    a double ring ("to <payee>"; each value over its label: IMPS Ref. No., Date, Debit Account, Remarks);
    SIBerNet's RTGS pending for authorisation under an hourglass's tile (a notice; labels against a gutter:
    Transaction ID, Beneficiary, Amount, Initiated On, Status Pending for Authoriser); CSB Bank's NEFT
    rejected in a double ring (the reason in a notice; Reference No., Beneficiary, Amount, Date on hairline
    rows); Dhanlaxmi Bank's e-Receipt (dot leaders: Transaction Date, Beneficiary, Account, Amount, UTR
    Number, Status Success); ESAF's Transfer Successful under a scalloped badge ("to <payee>", "Today,
    <hour>"; tiles: IMPS Ref No, From; no day); Kerala Gramin Bank's mini statement from its ATM's roll (DATE
    NARRATION DR/CR AMOUNT lines, the NEFT debit to the payee among them, AVL BAL; no reference); Canara
    ai1's Payment successful in a double ring ("Paid to <payee>"; copyable UPI Ref No; tiles: Date & Time,
    From A/c). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=3000, high=180000)
    to, bank, way = VENDORS[k]
    if way in ("IMPS", "UPI"):
        j.amount = rupees(rng, 800, 90000 if way == "IMPS" else 40000, 0.6)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 640000, 0.5)
    rs = money(rng, font, 0.4)
    utr = utr_for(rng, j, bank, way)
    acct = f"XXXXXXXX{digits(rng, 4)}"
    method = "UPI" if way == "UPI" else "netbanking"
    if k == 0:
        p = browser_page(rng, font, "www.keralabank.co.in/ibank/fundtransfer/neft/ack")
        p.part = "head"
        mal(p, "കേരള ബാങ്ക്", scale=1.05, bold=True)
        top(p, "Kerala Bank")
        p.add("small", "The Kerala State Co-operative Bank Ltd.  |  Internet Banking")
        p.add("rule")
        p.part = "body"
        p.add("center", "NEFT Acknowledgement")
        tref = f"KB{digits(rng, 12)}"
        grid(
            p,
            "kb",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            None,
            [
                (["Transaction Reference No.", tref], {"txn": (BANK_RANK, tref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Beneficiary Name", to], {"merchant": to}),
                (["Beneficiary A/c No.", f"XXXXXXX{digits(rng, 4)}"], {}),
                (["IFSC", f"UTIB0{digits(rng, 6)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "method": method}),
                (["Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Status", "Accepted by beneficiary bank"], {"status": status}),
            ],
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction Details"], dark=False, buttons=("Share", "Done"))
        band(p, (16, 54, 124))
        app_head(p, "FedNet", "Federal Bank")
        ring(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("rule")
        vlab(p, "IMPS Ref. No.", utr, txn=(UTR_RANK, utr), method=method)
        vlab(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), bold=False, date=j.date)
        vlab(p, "Debit Account", acct, bold=False)
        vlab(p, "Remarks", "loom parts", bold=False)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "sibernet.southindianbank.com/corp/rtgs/status")
        p.part = "head"
        top(p, "SIBerNet")
        p.add("small", "South Indian Bank  |  Corporate")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "Pending for Authorisation", status=status)
        note(
            p,
            "This RTGS has been created by the maker and is waiting for the authoriser's approval. It will "
            "not be sent until it is approved.",
            "warn",
        )
        tid = f"S{digits(rng, 11)}"
        gutter(p, "sb", "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        gutter(p, "sb", "Beneficiary", to, at=0.36, merchant=to)
        gutter(p, "sb", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "sb", "Mode", "RTGS", at=0.36, method=method)
        gutter(p, "sb", "Initiated On", at_hour(rng, j.date, ["%d-%b-%Y"], (" ",)), at=0.36, date=j.date)
        gutter(p, "sb", "Status", "Pending for Authoriser", at=0.36)
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "netbanking.csb.co.in/BankAwayRetail/neft")
        p.part = "head"
        top(p, "CSB Bank")
        p.add("small", "Net Banking  |  NEFT status")
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "NEFT rejected", status=status)
        note(
            p,
            "Returned by beneficiary bank: account closed. The amount has been credited back to your "
            "account.",
            "error",
        )
        kvr(p, "Reference No.", utr, txn=(UTR_RANK, utr))
        kvr(p, "Beneficiary", to, merchant=to)
        kvr(p, "Amount", rs(j.amount), amount=j.amount, method=method)
        kvr(p, "Date", when(j.date, "%d/%m/%Y"), date=j.date)
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        holes(p)
        p.part = "head"
        top(p, "Dhanlaxmi Bank")
        p.add("small", "Net Banking  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        dots(p, "Transaction Date", when(j.date, "%d-%m-%Y"), date=j.date)
        dots(p, "Beneficiary", to, merchant=to)
        dots(p, "Beneficiary Account", f"XXXXXX{digits(rng, 4)}")
        dots(p, "Amount", rs(j.amount), bold=True, amount=j.amount)
        dots(p, "Mode", "NEFT", method=method)
        dots(p, "UTR Number", utr, txn=(UTR_RANK, utr))
        dots(p, "Status", "Success", status=status)
        p.add("small", "This is a system generated receipt.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Fund Transfer"], dark=False, buttons=("Done",))
        band(p, (0, 120, 110))
        app_head(p, "ESAF Bank", "ESAF Small Finance Bank")
        burst(p, status)
        p.add("center", "Transfer Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("small", f"Today, {hhmm(rng)}")
        tiles2(
            p, ("IMPS Ref No", utr), ("From", f"ESAF XX{digits(rng, 4)}"), txn=(UTR_RANK, utr), method=method
        )
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [540, 560])
        p.style["paper"] = (250, 250, 246)
        h269.torn(p)
        p.part = "head"
        typed(p, "KERALA GRAMIN BANK", scale=1.0)
        typed(p, "THIRUVILWAMALA BR  ATM 01")
        typed(p, "MINI STATEMENT")
        p.part = "body"
        typed(p, f"A/C: XXXXXXX{digits(rng, 4)}")
        typed(p, "DATE     NARRATION          AMOUNT")
        for _ in range(rng.randrange(1, 3)):
            d = j.date - dt.timedelta(days=rng.randrange(2, 20))
            typed(p, f"{when(d, '%d/%m/%y')} CASH DEP   {rupees(rng, 2000, 40000, 1.0):>11.2f} CR")
        typed(
            p,
            f"{when(j.date, '%d/%m/%y')} NEFT/{to[:16]}",
            date=j.date,
            merchant=to[:16].strip(),
            method=method,
            status=status,
        )
        typed(p, f"{'':>20}{j.amount:>11.2f} DR", amount=j.amount)
        typed(p, f"AVL BAL: {rupees(rng, 30000, 400000, 0.0):.2f}")
        typed(p, "THANK YOU FOR BANKING WITH US")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 120, 200))
    app_head(p, "Canara ai1", "Canara Bank  |  UPI")
    ring(p, status)
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"Paid to {to}", merchant=to)
    p.add("rule")
    copyrow(p, "UPI Ref No", utr, txn=(UTR_RANK, utr))
    tiles2(
        p,
        ("Date & Time", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",))),
        ("From A/c", f"XX{digits(rng, 4)}"),
        date=j.date,
        method=method,
    )
    return p.done()


# ---------------------------------------------------------------- 7. weavers and staff


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its weavers, its warp sizer and its staff: a weaver's WAGE CARD (കൂലി കാർഡ്) under
    the society's Malayalam name with a kasavu band (boxed fields filled in by hand, each label's English and
    Malayalam at the box's head: Weaver / നെയ്ത്തുതൊഴിലാളി, Work / ജോലി, Pieces / എണ്ണം, Wage / കൂലി, Date /
    തീയതി; "പണമായി കൈപ്പറ്റി" (received in cash) in a Malayalam hand, her signature; no reference); RazorpayX
    Payroll's payslip for the showroom's staff (tiles: Employee, Designation, Pay period, Paid on; earnings
    and deductions on hairline rows; Net Pay in a total's rules; "Paid by NEFT, UTR ..."); Jupiter's payment
    processing to a weaver under an hourglass's tile (a notice; each value over its label: UPI Ref No,
    Initiated, From); Freecharge's Payment Failed to a weaver in a double ring (the reason in a notice; tiles:
    Transaction ID, Date; UPI Ref No); a warp sizer's receipt written in a Malayalam hand (the pavu (warp)
    sized, its sum, "ജിപേ വഴി കിട്ടി" (received by GPay), Ref and Date in his hand, his name); the society's
    WAGE SLIP typed on a typewriter for the month (Name, Designation, Month, Basic, D.A., Deduction P.F., NET
    PAID, "Paid by NEFT, UTR ..."; no day); PayZapp's Money Sent to a winder under a scalloped badge ("to
    <winder>", "<day>, <hour>"; copyable UPI Ref No; tiles: From, Note); an ONAM BONUS RECEIPT signed by a
    weaver (Receipt No. beside Date:, "I, <weaver>, weaver, have received from the Secretary ... the sum of
    Rs. x/- (...) as Onam bonus for 2026, by NEFT, UTR ...", the weaver's signature). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1500, high=32000, p_round=0.8)
    rs = money(rng, font, 0.7)
    weaver = rng.choice(WEAVERS)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(250, 247, 236), (248, 246, 238)])
        p.part = "head"
        mal(p, SOC_ML, scale=0.92, bold=True)
        top(p, SOC_SHORT)
        kasavu(p)
        mal(p, "കൂലി കാർഡ് / WAGE CARD", scale=1.0, bold=True)
        p.part = "body"
        pieces = rng.randrange(2, 7)
        rate = rng.choice([650, 700, 750, 850])
        j.amount = float(pieces * rate)
        mbox(p, "Weaver", "നെയ്ത്തുതൊഴിലാളി", weaver, pen=True, merchant=weaver)
        mbox(
            p, "Work", "ജോലി", rng.choice(["Set mundu, 1 inch kasavu", "Double mundu, kasavu kara"]), pen=True
        )
        mbox(p, "Pieces", "എണ്ണം", f"{pieces} x Rs. {rate}", pen=True)
        mbox(p, "Wage", "കൂലി", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        mbox(p, "Date", "തീയതി", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), pen=True, date=j.date)
        mhand(p, "പണമായി കൈപ്പറ്റി", method="cash", status=status)
        p.add("gap")
        sig(p)
        right(p, weaver)
        return p.done()
    if k == 1:
        who = rng.choice(STAFF)
        p = browser_page(rng, font, f"payroll.razorpay.com/payslip/{code(rng, 12, LOWER)}")
        p.part = "head"
        top(p, SHOP)
        p.add("small", "Payslip  |  RazorpayX Payroll")
        p.add("rule")
        p.part = "body"
        basic = float(rng.randrange(11000, 19000, 100))
        hra = float(rng.randrange(1500, 3500, 100))
        pf = round(basic * 0.12)
        j.amount = basic + hra - pf
        tiles2(
            p,
            ("Employee", who),
            ("Designation", rng.choice(["Sales Assistant", "Accountant", "Store Keeper"])),
            merchant=who,
        )
        tiles2(p, ("Pay period", j.month(1)), ("Paid on", when(j.date, "%d %b %Y")), date=j.date)
        kvr(p, "Basic", rs(basic))
        kvr(p, "House rent allowance", rs(hra))
        kvr(p, "Provident fund", f"- {rs(pf)}")
        total(p, "Net Pay", rs(j.amount), at=0.55, amount=j.amount)
        utr = utr_for(rng, j, "Federal Bank", "NEFT")
        p.add("left", f"Paid by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (250, 120, 60))
        app_head(p, "Jupiter", "UPI")
        tile(p, status)
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {weaver}", merchant=weaver)
        note(p, "Waiting for the receiver's bank. Don't pay again, we'll update you shortly.", "warn")
        vlab(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        vlab(
            p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), bold=False, date=j.date
        )
        vlab(p, "From", f"Federal Bank {dot * 2}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Retry",))
        band(p, (230, 80, 40))
        app_head(p, "freecharge", "UPI")
        ring(p, status)
        p.add("center", "Payment Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {weaver}", merchant=weaver)
        note(
            p,
            "Beneficiary bank is not responding (U30). Money, if debited, will be refunded in 3 days.",
            "error",
        )
        tid = f"FC{digits(rng, 16)}"
        tiles2(
            p, ("Transaction ID", tid), ("Date", when(j.date, "%d %b %Y")), txn=(TXN_RANK, tid), date=j.date
        )
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(8, 40) * 100)
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 250, 244), (246, 248, 240)])
        decor(p, "squared")
        p.part = "body"
        mhand(p, "രസീത്", align="c", scale=1.3)
        mhand(
            p,
            f"പാവ് ഓടൽ {rng.randrange(6, 20)} പാവ്",
            figure=f"{num(j.amount, 'plain', 0)}/-",
            amount=j.amount,
        )
        mhand(p, "ജിപേ വഴി കിട്ടി", method="UPI", status=status)
        write(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        write(p, f"Date {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}", date=j.date)
        name = "Unnikrishnan K."
        write(p, name, align="r", merchant=name)
        return p.done()
    if k == 5:
        who = rng.choice(STAFF)
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = (252, 251, 246)
        p.part = "head"
        typed(p, SOC_SHORT.upper(), scale=1.0)
        typed(p, "KUTHAMPULLY, THIRUVILWAMALA")
        typed(p, "WAGE SLIP")
        p.part = "body"
        basic = float(rng.randrange(9000, 16000, 100))
        da = float(rng.randrange(1000, 3000, 100))
        pf = round(basic * 0.12)
        j.amount = basic + da - pf
        utr = utr_for(rng, j, "Kerala Bank", "NEFT")
        for line_, facts in [
            (f"NAME        : {who}", {"merchant": who}),
            (f"DESIGNATION : {rng.choice(['CLERK', 'SALESMAN', 'PEON'])}", {}),
            (f"MONTH       : {j.month(0).upper()}", {}),
            (f"BASIC       : {num(basic):>12}", {}),
            (f"D.A.        : {num(da):>12}", {}),
            (f"DEDUCTION PF: {num(pf):>12}", {}),
            (f"NET PAID    : {num(j.amount):>12}", {"amount": j.amount}),
            ("PAID BY NEFT", {"method": "netbanking", "status": status}),
            (f"UTR         : {utr}", {"txn": (UTR_RANK, utr)}),
        ]:
            typed(p, line_, **facts)
        p.add("gap")
        right(p, "Secretary")
        return p.done()
    if k == 6:
        winder = rng.choice(["Parvathy S. (winding)", "Valsala K. (winding)"])
        name = winder.split(" (")[0]
        p = phone(rng, font, k, ["", "Money Sent"], dark=False, buttons=("Share",))
        band(p, (0, 76, 150))
        app_head(p, "PayZapp", "HDFC Bank")
        burst(p, status)
        p.add("center", "Money Sent", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        copyrow(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        tiles2(p, ("From", f"HDFC Bank XX{digits(rng, 4)}"), ("Note", "pirn winding, week"), method="UPI")
        return p.done()
    p = sheet_page(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(252, 250, 242), (250, 248, 240)])
    p.part = "head"
    top(p, SOC_SHORT)
    p.add("small", OFFICE)
    p.add("center", "ONAM BONUS RECEIPT")
    p.part = "body"
    j.amount = float(rng.randrange(20, 90) * 100)
    no = f"OB/{j.date.year}/{rng.randrange(10, 99)}"
    utr = utr_for(rng, j, "Kerala Bank", "NEFT")
    cols(
        p,
        "ob",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Receipt No. {no}",
        f"Date: {when(j.date, '%d/%m/%Y')}",
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    p.add(
        "left",
        f"I, {weaver}, weaver, have received from the Secretary, {SOC}, the sum of Rs. "
        f"{num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) as Onam bonus for 2026, by NEFT, UTR "
        f"{utr}.",
        merchant=weaver,
        amount=j.amount,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
    )
    p.add("gap")
    sig(p)
    right(p, weaver)
    p.add("small", "(signature of the weaver)")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


PANCHAYAT = "Thiruvilwamala Grama Panchayat"
PANCHAYAT_ML = "തിരുവില്വാമല ഗ്രാമ പഞ്ചായത്ത്"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's fees: Thiruvilwamala Grama Panchayat's e-receipt for its trade licence (D&O) fee from the
    panchayat's online portal under its Malayalam name (boxed fields, each label's English and Malayalam at
    the box's head: Receipt No. / രസീത് നമ്പർ, Licence No. / ലൈസൻസ് നമ്പർ, Fee / ഫീസ്, Paid on / തീയതി, UPI
    Ref / യുപിഐ റഫ.; "Fee received"); Kerala's e-Treasury challan for the Registrar of Co-operative Societies'
    audit fee (dot leaders: GRN, Department, Head of Account, Remitter, Amount, Bank, Bank Ref No., Date of
    Payment, Status Success); the Kerala Shops and Commercial Establishments Workers' Welfare Fund Board's
    contribution pending confirmation under an hourglass's tile (a notice; Registration No., Establishment,
    Period, Transaction ID, Amount, Mode, Initiated on labels against a gutter); Parivahan's road tax for the
    society's van failed in a double ring (the reason in a notice; each value over its label: Application No.,
    Transaction ID, Amount, Payment Date; Vehicle No.); Legal Metrology Kerala's verification fee receipt for
    the showroom's scales (a table ruled on every side: Receipt No., Date, Trader, Instruments, Fee, Mode,
    Transaction ID); K-SWIFT's acknowledgement (Application Ref No., Department, Fee paid, Transaction ID,
    Payment status, Clearance due by beside their labels; no day); Thiruvilwamala Village Office's land tax
    receipt written in by hand under its Malayalam heading (No. left blank; Date, Received from, Survey No.,
    Tax written in, Rs. in a box, "പണമായി ലഭിച്ചു" (received in cash) in a Malayalam hand; no reference);
    ESIC's challan (Employer Code, Contribution Period, Challan No., Transaction No., Amount, Challan
    Submitted Date, Status Paid on hairline rows). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=300, high=22000, p_round=0.9)
    rs = money(rng, font, 0.8, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([750, 1000, 1500, 2250]))
        p = browser_page(rng, font, "ilgms.lsgkerala.gov.in/citizen/receipt")
        p.part = "head"
        mal(p, PANCHAYAT_ML, scale=1.05, bold=True)
        name = pick(p, "title", [PANCHAYAT.upper(), PANCHAYAT])
        top(p, name, merchant=name)
        p.add("small", "Local Self Government Department, Kerala  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        no = f"{j.date.year}/{rng.randrange(10000, 99999)}"
        mbox(p, "Receipt No.", "രസീത് നമ്പർ", no, txn=(INVOICE_RANK, no))
        mbox(p, "Licence No.", "ലൈസൻസ് നമ്പർ", f"D&O/{rng.randrange(100, 999)}/{j.date.year}")
        mbox(p, "Fee", "ഫീസ്", rs(j.amount), amount=j.amount)
        mbox(p, "Paid on", "തീയതി", when(j.date, "%d/%m/%Y"), date=j.date)
        mbox(p, "UPI Ref", "യുപിഐ റഫ.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        p.add("center", "Fee received.", status=status)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "etreasury.kerala.gov.in/challan/status")
        p.part = "head"
        top(p, "Kerala e-Treasury")
        p.add("small", "Treasury Department, Government of Kerala  |  e-Challan")
        p.add("rule")
        p.part = "body"
        grn = f"KL{j.date:%y}{digits(rng, 10)}"
        bref = f"IK{digits(rng, 10)}"
        name = "Registrar of Co-operative Societies, Kerala"
        dots(p, "GRN", grn, txn=(TXN_RANK, grn))
        dots(p, "Department", name, merchant=name)
        dots(p, "Head of Account", "0425-00-101-99 (Audit fee)")
        dots(p, "Remitter", SOC_SHORT)
        dots(p, "Amount", rs(j.amount), bold=True, amount=j.amount)
        dots(p, "Bank", "Kerala Bank (Net Banking)", method="netbanking")
        dots(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        dots(p, "Date of Payment", when(j.date, "%d/%m/%Y"), date=j.date)
        dots(p, "Status", "Success", status=status)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "peedika.kerala.gov.in/contribution/status")
        p.part = "head"
        name = "Kerala Shops and Commercial Establishments Workers' Welfare Fund Board"
        top(p, name, merchant=name)
        p.add("small", "Employer's contribution  |  Online payment status")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "Payment status: Pending confirmation", status=status)
        note(
            p,
            "The bank has not yet confirmed this payment. The receipt will be issued once it does. Please "
            "do not pay again.",
            "warn",
        )
        tid = f"KSCE{digits(rng, 11)}"
        gutter(p, "gs", "Registration No.", f"TSR/{rng.randrange(1000, 9999)}/E", at=0.36)
        gutter(p, "gs", "Establishment", SHOP, at=0.36)
        gutter(p, "gs", "Period", f"{j.month(3)} to {j.month(1)}", at=0.36)
        gutter(p, "gs", "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        gutter(p, "gs", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "gs", "Mode", "Net Banking - Federal Bank", at=0.36, method="netbanking")
        gutter(p, "gs", "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/payment")
        p.part = "head"
        top(p, "Parivahan")
        name = "Motor Vehicles Department, Kerala"
        p.add("small", name, merchant=name)
        p.add("small", "Vahan citizen services  |  Road tax")
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "Payment Failed", status=status)
        note(
            p,
            "Transaction declined by the payment gateway. If the amount was debited it will be refunded.",
            "error",
        )
        tid = f"KL{digits(rng, 14)}"
        vlab(p, "Application No.", f"KL{j.date:%y}{digits(rng, 8)}", bold=False)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Payment Date", when(j.date, "%d-%m-%Y"), bold=False, date=j.date)
        kvr(p, "Vehicle No.", f"KL-48-{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}-{digits(rng, 4)}")
        kvr(p, "Mode", "Debit Card", method="card")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([300, 450, 600, 900]))
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Legal Metrology Department, Kerala"
        top(p, name, merchant=name)
        p.add("small", "Office of the Inspector, Pazhayannur Circle  |  e-Receipt")
        p.part = "body"
        no = f"LMD/TSR/{rng.randrange(1000, 9999)}"
        tid = f"LM{digits(rng, 12)}"
        grid(
            p,
            "lm",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Receipt No.", no], {"txn": (INVOICE_RANK, no)}),
                (["Date", when(j.date, "%d.%m.%Y")], {"date": j.date}),
                (["Trader", SHOP], {}),
                (["Instruments", "Weighing scale x 2 (verification)"], {}),
                (["Fee", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "UPI"], {"method": "UPI", "status": status}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            ],
        )
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "kswift.kerala.gov.in/index/acknowledgement")
        p.part = "head"
        top(p, "K-SWIFT")
        p.add("small", "Kerala Single Window Interface for Fast and Transparent Clearance")
        p.add("rule")
        p.part = "body"
        name = "Factories and Boilers Department, Kerala"
        tid = f"KSW{digits(rng, 11)}"
        due = j.date + dt.timedelta(days=rng.randrange(15, 30))
        gutter(p, "ks", "Application Ref No.", f"KSWIFT/{rng.randrange(10000, 99999)}", at=0.4)
        gutter(p, "ks", "Department", name, at=0.4, merchant=name)
        gutter(p, "ks", "Fee paid", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "ks", "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        gutter(p, "ks", "Payment mode", "UPI", at=0.4, method="UPI")
        gutter(p, "ks", "Payment status", "Successful", at=0.4, status=status)
        gutter(p, "ks", "Clearance due by", when(due, "%d/%m/%Y"), at=0.4)
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(12, 120) * 10)
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(244, 242, 228), (246, 244, 232)])
        p.part = "head"
        mal(p, "തിരുവില്വാമല വില്ലേജ് ഓഫീസ്", scale=1.05, bold=True)
        name = "Thiruvilwamala Village Office"
        top(p, name, merchant=name)
        p.add("center", "LAND TAX RECEIPT")
        p.part = "body"
        cols(p, "vo", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), date=j.date)
        blank(p, "Received from", SOC_SHORT)
        blank(p, "Survey No.", f"{rng.randrange(100, 900)}/{rng.randrange(1, 9)}")
        blank(p, "Tax", f"Basic tax {j.date.year - 1}-{j.date.year % 100}")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        mhand(p, "പണമായി ലഭിച്ചു", method="cash", status=status)
        right(p, "Village Officer")
        return p.done()
    p = browser_page(rng, font, "www.esic.gov.in/employer/challan")
    p.part = "head"
    top(p, "ESIC")
    p.add("small", "Employees' State Insurance Corporation  |  Challan")
    p.add("rule")
    p.part = "body"
    name = "Employees' State Insurance Corporation"
    p.add("left", name, merchant=name)
    chno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
    tno = f"ES{digits(rng, 12)}"
    kvr(p, "Employer Code", f"5{digits(rng, 16)}")
    kvr(p, "Contribution Period", j.month(1))
    kvr(p, "Challan No.", chno, txn=(INVOICE_RANK, chno))
    kvr(p, "Transaction No.", tno, txn=(TXN_RANK, tno))
    kvr(p, "Amount", rs(j.amount), amount=j.amount)
    kvr(p, "Mode", "Internet Banking", method="netbanking")
    kvr(p, "Challan Submitted Date", when(j.date, "%d/%m/%Y"), date=j.date)
    kvr(p, "Status", "Paid", status=status)
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's premiums: United India Insurance's PREMIUM RECEIPT for the godown's stock of yarn and
    sarees (a table ruled on every side: Receipt No., Receipt Date, Policy No., Insured, Premium, GST 18%,
    Total Premium, Mode NEFT, UTR; "Received with thanks"); Niva Bupa's payment pending under an hourglass's
    tile ("to <insurer>", a notice; each value over its label: Proposal No., Premium, Transaction ID,
    Initiated on); Bajaj Allianz's mail of a premium received for the shop's policy ("Thank you! We have
    received your premium of Rs. x ..."; Policy No., Receipt No., Date of receipt, Payment mode, UPI Ref No.
    on hairline rows); Tata AIG's payment failed in a double ring (the reason in a notice; tiles: Quote No.,
    Premium; Transaction ID, Payment mode, Attempted on on hairline rows); National Insurance's agent's
    COVER NOTE CUM RECEIPT written in by hand (No. left blank; Date, Received from, Vehicle, Premium Rs. in a
    box, By cash; no reference); Care Health's Policy renewed in a double ring ("paid to <insurer>", "Today,
    <hour>"; each value over its label: Policy No., Transaction ID, Paid via; no day); the Kerala State
    Insurance Department's group insurance receipt for the weavers (labels against a gutter: Receipt No.,
    Date, Scheme, Received from, Amount, Mode, Bank Ref. No.); ACKO's van insurance paid under a scalloped
    badge ("paid to <insurer>", "<day>, <hour>"; copyable UPI Ref No and ACKO Txn ID). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=2000, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    premium = round(j.amount / 1.18, 2)
    gst = round(j.amount - premium, 2)
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["United India Insurance Company Limited", "United India Insurance Co. Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Thrissur Divisional Office, Round North, Thrissur - 680001")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        no = f"1012{digits(rng, 6)}/{j.date.year}"
        utr = utr_for(rng, j, "Kerala Bank", "NEFT")
        grid(
            p,
            "ui",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Receipt No.", no], {"txn": (INVOICE_RANK, no)}),
                (["Receipt Date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
                (["Policy No.", f"1012001126P{digits(rng, 9)}"], {}),
                (["Insured", SOC_SHORT], {}),
                (["Cover", "Standard Fire & Special Perils: stock of yarn and sarees"], {}),
                (["Premium", num(premium)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total Premium", num(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT"], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            ],
        )
        p.add("left", "Received with thanks.", status=status)
        right(p, "Authorised Signatory")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh",))
        band(p, (0, 70, 160))
        app_head(p, "Niva Bupa", "Health Insurance")
        tile(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to Niva Bupa Health Insurance Co. Ltd.", "to Niva Bupa"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "We are yet to receive confirmation from your bank. Your policy will be issued once the payment "
            "is confirmed.",
            "warn",
        )
        tid = f"NB{digits(rng, 14)}"
        vlab(p, "Proposal No.", f"PR{digits(rng, 10)}", bold=False)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 2:
        p = mail_page(
            rng,
            font,
            "Bajaj Allianz <customercare@bajajallianz.co.in>",
            ["Premium received - thank you", "Payment acknowledgement"],
        )
        p.part = "head"
        name = "Bajaj Allianz General Insurance"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {SECRETARY},")
        p.add(
            "left",
            f"Thank you! We have received your premium of Rs. {num(j.amount)} for your shopkeeper's policy.",
            amount=j.amount,
            status=status,
        )
        rno = f"BA{digits(rng, 12)}"
        kvr(p, "Policy No.", f"OG-{j.date.year % 100 + 1}-1801-4001-{digits(rng, 8)}")
        kvr(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        kvr(p, "Date of receipt", when(j.date, "%d-%b-%Y"), date=j.date)
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", "This is an auto-generated mail. Please do not reply.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.tataaig.com/payment/status")
        p.part = "head"
        name = "Tata AIG General Insurance Company Limited"
        top(p, "TATA AIG", merchant="TATA AIG")
        p.add("small", name)
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "Payment failed", status=status)
        note(
            p,
            "Your card issuer declined the payment (insufficient limit). No amount has been charged.",
            "error",
        )
        tiles2(p, ("Quote No.", f"Q{digits(rng, 10)}"), ("Premium", rs(j.amount)), amount=j.amount)
        tid = f"TAIG{digits(rng, 12)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", "Credit Card", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(18, 90) * 100)
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(248, 246, 236), (250, 248, 240)])
        p.part = "head"
        name = "National Insurance Company Ltd."
        top(p, name, merchant=name)
        p.add("small", "Agent: P. K. Rajan, Pazhayannur")
        p.add("center", "COVER NOTE CUM RECEIPT")
        p.part = "body"
        cols(p, "ni", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), date=j.date)
        blank(p, "Received from", SOC_SHORT)
        blank(p, "Vehicle", f"Goods carrier KL-48-{rng.choice('ABCDE')}-{digits(rng, 4)}")
        amtbox(p, "Premium Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blank(p, "By", "cash", method="cash", status=status)
        p.add("gap")
        sig(p)
        right(p, "Agent")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Download policy",))
        band(p, (0, 140, 120))
        app_head(p, "Care Health", "Insurance")
        ring(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["paid to Care Health Insurance Ltd.", "paid to Care Health"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        tid = f"CH{digits(rng, 12)}"
        vlab(p, "Policy No.", digits(rng, 8), bold=False)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (252, 252, 246)
        p.part = "head"
        mal(p, "കേരള സംസ്ഥാന ഇൻഷുറൻസ് വകുപ്പ്", scale=1.0, bold=True)
        name = "Kerala State Insurance Department"
        top(p, name, merchant=name)
        p.add("small", "District Insurance Office, Thrissur")
        p.add("center", "RECEIPT")
        p.part = "body"
        no = f"SID/TSR/{rng.randrange(1000, 9999)}/{j.date.year}"
        bref = f"KB{digits(rng, 10)}"
        gutter(p, "si", "Receipt No.", no, at=0.36, txn=(INVOICE_RANK, no))
        gutter(p, "si", "Date", when(j.date, "%d-%m-%Y"), at=0.36, date=j.date)
        gutter(p, "si", "Scheme", "Group Personal Accident, handloom weavers", at=0.36)
        gutter(p, "si", "Received from", SOC, at=0.36)
        gutter(p, "si", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "si", "Mode", "Net Banking", at=0.36, method="netbanking", status=status)
        gutter(p, "si", "Bank Ref. No.", bref, at=0.36, txn=(BANK_RANK, bref))
        p.add("small", "Received with thanks.")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    band(p, (80, 40, 160))
    app_head(p, "ACKO", "Car & van insurance")
    burst(p, status)
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", ["paid to ACKO General Insurance Ltd.", "paid to ACKO"])[8:]
    p.add("center", f"paid to {name}", merchant=name)
    p.add("small", at_hour(rng, j.date, ["%d %b %Y"], (", ",)), date=j.date)
    aid = f"ACK{digits(rng, 11)}"
    copyrow(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    copyrow(p, "ACKO Txn ID", aid, txn=(TXN_RANK, aid))
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("KUTHAMPULLY KASAVU KENDRAM", "THIRUVILWAMALA ROAD, KUTHAMPULLY", "FEDERAL BANK", "fed"),
    ("KUTHAMPULLY KASAVU KENDRAM - ONAM MELA", "THEKKINKADU MAIDAN, THRISSUR", "SBI", "sbi"),
    ("HOTEL PEARL REGENCY", "M.G. ROAD, THRISSUR", "WORLDLINE", "pending"),
    ("COIMBATORE YARN MALL", "OPPANAKARA ST, COIMBATORE", "MSWIPE", "declined"),
    ("GAYATHRI FUELS (HPCL)", "PAZHAYANNUR, THRISSUR", "PAYTM", "fuel"),
    ("SREE KRISHNA VILAS HOTEL", "CHEMBOTTIL LANE, THRISSUR", "", "bill"),
    ("KOCHI PACKAGING STORES", "BROADWAY, ERNAKULAM", "INNOVITI", "innoviti"),
    ("KUTHAMPULLY KASAVU KENDRAM", "KUTHAMPULLY, THRISSUR", "Razorpay", "tap"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on Kuthampully Kasavu Kendram's terminals and phone and the society's card at a Thrissur hotel, a
    Coimbatore yarn mall, a filling station, a Thrissur restaurant and a Kochi packaging store: Federal Bank's
    slip at the showroom (dot leaders: DATE, TIME, TID, INVOICE, CARD, AUTH CODE, RRN, AMOUNT; SALE APPROVED);
    SBI's slip at the Onam Mela stall in its days (CARD SALE, each field "LABEL: value" on its line: TXN DATE,
    TXN TIME, BATCH/INV, CARD, APPR, RRN, AMT; "APPROVED - THANK YOU"); Worldline's slip at a Thrissur hotel
    with the transaction timed out (TXN TIMED OUT, RESULT UNKNOWN - CHECK BEFORE RETRY); Mswipe's slip at a
    Coimbatore yarn mall DECLINED (51 INSUFFICIENT FUNDS); Paytm's machine's slip at a filling station (FUEL,
    LITRES, RATE, the card, AUTH CODE, RRN, TOTAL AMT, TXN APPROVED); a Thrissur restaurant's BILL with "Paid
    by card" written on it (Date written in, the dishes, Total; no reference); Innoviti's slip at a Kochi
    packaging store (two fields to a line where they pair; SALE, AUTH, RRN, AMOUNT, APPROVED); Razorpay's Tap
    to Pay on the showroom's phone (the showroom under the app, a double ring, Payment accepted, the card
    contactless, the hour alone; RRN, Auth code on hairline rows; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=500, high=26000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "sbi":
        shift(j, rng, MELA + dt.timedelta(days=rng.randrange(0, 11)))
    if layout in ("pending", "declined"):
        j.amount = rupees(rng, 450, 9000, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    if layout == "tap":
        p = phone(rng, font, k, ["", "Tap to Pay"], dark=False, buttons=("New charge",))
        band(p, (12, 40, 96))
        app_head(p, "Razorpay", "Tap to Pay on Android")
        shown = pick(p, "center", [name, SHOP])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        ring(p, status)
        p.add("center", "Payment accepted", status=status)
        p.add(
            "big",
            f"\u20b9{j.amount:,.2f}" if glyphs(font, "\u20b9") else f"Rs.{j.amount:,.2f}",
            amount=j.amount,
        )
        p.add(
            "small",
            f"{scheme} {sign(font, chr(0x2022), '*') * 4} {last4}  contactless  |  {t[:5]}",
            method="card",
        )
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Auth code", appr, txn=(APPR_RANK, appr))
        return p.done()
    if layout == "bill":
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 250, 242), (248, 246, 236)])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Pure vegetarian  |  Chembottil Lane, Thrissur")
        p.add("center", "BILL")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        spec = [(0.0, 0.12, "c"), (0.12, 0.72, "l"), (0.76, 1.0, "r")]
        cols(p, "rbh", spec, "Qty", "Item", "Amount", mode="line")
        start = len(p.rows)
        menu = [
            ("Kerala meals", 120, 160),
            ("Appam, stew", 90, 140),
            ("Ghee roast", 80, 120),
            ("Payasam", 40, 70),
            ("Filter coffee", 25, 40),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(menu, rng.randrange(3, 5)):
            q = rng.randrange(1, 6)
            v = float(q * rng.randrange(lo, hi, 5))
            hcells(p, spec, str(q), text, num(v, "indian", 0))
            total_ += v
        j.amount = total_
        hcells(p, spec, "", "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.12, 0.74])
        write(p, "Paid by card", method="card", status=status)
        return p.done()
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18]))
    p.style.update(
        {
            "screen": False,
            "paper": rng.choice([(250, 248, 240), (246, 244, 236)]),
            "ink": (40, 40, 48),
            "label_ink": (40, 40, 48),
            "accent": (40, 40, 48),
        }
    )
    if rng.random() < 0.6:
        h269.torn(p)
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "fed":
        p.add("center", "SALE")
        for label, value, facts in [
            ("DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("TIME", t, {}),
            ("TID", tid, {}),
            ("INVOICE", inv, {"txn": (INVOICE_RANK, inv)}),
            ("CARD", f"{scheme} **{last4}", {"method": "card"}),
            ("AUTH CODE", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            dots(p, label, value, at=0.42, **facts)
        dots(p, "AMOUNT", amt, at=0.42, bold=True, amount=j.amount)
        p.add("center", "SALE APPROVED", status=status)
        p.add("small", "PIN VERIFIED  |  CUSTOMER COPY")
    elif layout == "sbi":
        p.add("center", "CARD SALE")
        p.add("rule")
        for label, value, facts in [
            ("TXN DATE", when(j.date, "%d-%m-%Y"), {"date": j.date}),
            ("TXN TIME", t[:5], {}),
            ("BATCH/INV", f"{rng.randrange(1, 99):03d}/{inv[-4:]}", {"txn": (INVOICE_RANK, inv[-4:])}),
            ("CARD", f"{scheme} XXXX{last4} CHIP", {"method": "card"}),
            ("APPR", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("AMT", amt, {"amount": j.amount}),
        ]:
            p.add("left", f"{label}: {value}", **facts)
        p.add("rule")
        p.add("center", "APPROVED - THANK YOU", status=status)
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} ************{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN TIMED OUT", status=status)
        p.add("center", "RESULT UNKNOWN - CHECK BEFORE RETRY")
        p.add("small", "CONTACT YOUR BANK IF YOUR ACCOUNT IS DEBITED")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", f"{when(j.date, '%d %b %Y').upper()}", date=j.date)
        p.pair("TIME", t[:5])
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} ...{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 INSUFFICIENT FUNDS")
    elif layout == "fuel":
        rate = round(rng.uniform(94.5, 97.9), 2)
        litres = round(rng.uniform(18, 60), 2)
        j.amount = round(rate * litres, 2)
        amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
        p.add("center", "TXN APPROVED", status=status)
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("FUEL", "DIESEL")
        p.pair("LITRES", f"{litres:.2f}")
        p.pair("RATE", f"{rate:.2f}")
        p.add("left", f"{scheme} XXXX{last4} TAP", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("TOTAL AMT", amt, amount=j.amount)
        p.add("rule")
        p.add("small", "THANK YOU. VISIT AGAIN")
    else:
        h269.kind(p, "iv", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], "plain", group="iv")
        h269.row(p, "iv", f"DT:{when(j.date, '%d/%m/%y')}", f"TM:{t[:5]}", date=j.date)
        h269.row(p, "iv", f"TID:{tid}", f"INV:{inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("center", "SALE")
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AUTH", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "CUSTOMER COPY")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


KSEB = "Kerala State Electricity Board Ltd."
KSEB_ML = "കേരള സംസ്ഥാന വൈദ്യുതി ബോർഡ്"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's bills: KSEB's quick pay receipt under its Malayalam name (boxed fields, each label's
    English and Malayalam at the box's head: Consumer No. / കൺസ്യൂമർ നമ്പർ, Amount / തുക, Date / തീയതി,
    Transaction ID / ഇടപാട് ഐഡി; Bank Ref No., Mode, Status Success on hairline rows); the Kerala Water
    Authority's e-payment pending under an hourglass's tile ("to <biller>", a notice; each value over its
    label: Consumer ID, Amount, Transaction ID, Paid via, Initiated on); Asianet Broadband's payment receipt
    (labels against a gutter: Receipt No., Customer ID, Plan, Amount Paid, Paid On, Payment Mode, Transaction
    ID); Vi's postpaid bill payment failed in a double ring ("to <biller>", the reason in a notice; tiles:
    Amount, Attempted on; Transaction ID); HP Gas' CASH MEMO from its delivery man's book, a carbon copy in
    its blue (Cash Memo No. left blank, Date, Consumer, Refill 14.2 kg, Rs. in a box, "Cash received"; no
    reference); Airtel DTH's Recharge successful under a scalloped badge ("for <biller>", "Just now"; each
    value over its label: Customer ID, Pack, Transaction ID, Paid via; no day); Kerala Vision's receipt in a
    kasavu band's frame (dot leaders: Subscriber ID, Receipt No., Amount, Date, Mode UPI, UPI Ref); the
    panchayat's Haritha Karma Sena user fee receipt from its Haritha Mithram app, its English name under its
    Malayalam (the sum large, Paid; Establishment No., Month, Transaction ID, Paid via, Date on hairline
    rows). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=200, high=9000, p_round=0.6)
    rs = money(rng, font, 0.5)
    if k == 0:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([620, 660]), size=rng.choice([20, 21]))
        p.part = "head"
        mal(p, KSEB_ML, scale=1.0, bold=True)
        name = KSEB
        top(p, name, merchant=name)
        p.add("small", "Quick Pay  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        tid = f"KSEB{digits(rng, 12)}"
        bref = f"{digits(rng, 12)}"
        mbox(p, "Consumer No.", "കൺസ്യൂമർ നമ്പർ", f"115{digits(rng, 10)}")
        mbox(p, "Amount", "തുക", rs(j.amount), amount=j.amount)
        mbox(p, "Date", "തീയതി", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), date=j.date)
        mbox(p, "Transaction ID", "ഇടപാട് ഐഡി", tid, txn=(TXN_RANK, tid))
        kvr(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        kvr(p, "Mode", "Net Banking", method="netbanking")
        kvr(p, "Status", "Success", status=status)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check again",))
        band(p, (0, 110, 180))
        app_head(p, "KWA e-Payment", "Kerala Water Authority")
        tile(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount))
        name = pick(p, "center", ["to Kerala Water Authority", "to KWA"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "We have not received confirmation from your bank. Your bill will be updated once it arrives.",
            "warn",
        )
        tid = f"KWA{digits(rng, 12)}"
        vlab(p, "Consumer ID", f"TSR/{rng.randrange(1000, 9999)}/{rng.randrange(10, 99)}", bold=False)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        vlab(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y"], (", ",)), bold=False, date=j.date)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "selfcare.asianet.co.in/payments/receipt")
        p.part = "head"
        name = "Asianet Broadband"
        top(p, name, merchant=name)
        p.add("small", "Asianet Satellite Communications Pvt. Ltd.  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        rno = f"ASB{digits(rng, 9)}"
        tid = f"{digits(rng, 14)}"
        gutter(p, "as", "Receipt No.", rno, at=0.36, txn=(INVOICE_RANK, rno))
        gutter(p, "as", "Customer ID", f"TSR{digits(rng, 7)}", at=0.36)
        gutter(p, "as", "Plan", "Fibre 150 Mbps, 3 months", at=0.36)
        gutter(p, "as", "Amount Paid", rs(j.amount), at=0.36, amount=j.amount, status=status)
        gutter(p, "as", "Paid On", when(j.date, "%d-%m-%Y"), at=0.36, date=j.date)
        gutter(p, "as", "Payment Mode", "Debit Card", at=0.36, method="card")
        gutter(p, "as", "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Retry",))
        band(p, (230, 0, 60))
        app_head(p, "Vi", "Vodafone Idea  |  Postpaid")
        ring(p, status)
        p.add("center", "Payment failed", status=status)
        name = pick(p, "center", ["to Vodafone Idea Limited", "to Vi"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "Your bank declined the transaction. Any amount deducted will be refunded within 5 days.",
            "error",
        )
        tiles2(
            p,
            ("Amount", rs(j.amount)),
            ("Attempted on", when(j.date, "%d %b %Y")),
            amount=j.amount,
            date=j.date,
        )
        tid = f"VI{digits(rng, 14)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid with", "UPI", method="UPI")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([905, 912, 918.5, 924, 930.5]))
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(244, 244, 250), (246, 246, 248)])
        carbon(p)
        p.part = "head"
        name = "ANUGRAHA HP GAS"
        top(p, name, merchant=name)
        p.add("small", "HP Gas distributor, Pazhayannur  |  Hindustan Petroleum")
        p.add("center", "CASH MEMO")
        p.part = "body"
        cols(p, "hp", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Cash Memo No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), date=j.date)
        blank(p, "Consumer", SOC_SHORT)
        blank(p, "Refill", "14.2 kg, 1 cylinder (commercial)")
        amt = num(j.amount, "indian", 2 if j.amount != int(j.amount) else 0)
        amtbox(p, "Rs.", amt, amount=j.amount)
        write(p, "Cash received", method="cash", status=status)
        right(p, "Delivery man")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        band(p, (220, 0, 30))
        j.amount = float(rng.choice([299, 349, 420, 499, 650, 1199]))
        app_head(p, "Airtel Thanks", "DTH")
        burst(p, status)
        p.add("center", "Recharge successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Airtel Digital TV"
        p.add("center", f"for {name}", merchant=name)
        p.add("small", "Just now")
        tid = f"AT{digits(rng, 14)}"
        vlab(p, "Customer ID", f"30{digits(rng, 8)}", bold=False)
        vlab(p, "Pack", "Malayalam Value Sports, 1 month", bold=False)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = CREAM
        kasavu_edges(p)
        p.part = "head"
        p.add("gap")
        name = "Kerala Vision"
        top(p, name, merchant=name)
        p.add("small", "Cable TV & Broadband  |  Thiruvilwamala operator")
        p.add("center", "RECEIPT")
        p.part = "body"
        rno = f"KV{rng.randrange(10000, 99999)}"
        dots(p, "Subscriber ID", f"KVB{digits(rng, 7)}")
        dots(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        dots(p, "Amount", rs(j.amount), bold=True, amount=j.amount)
        dots(p, "Date", when(j.date, "%d/%m/%Y"), date=j.date)
        dots(p, "Mode", "UPI", method="UPI", status=status)
        dots(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.add("gap")
        return p.done()
    j.amount = float(rng.choice([50, 100, 150, 300, 600]))
    p = phone(rng, font, k, ["", "Receipt"], dark=False, buttons=("Share",))
    band(p, (46, 125, 50))
    app_head(p, "Haritha Mithram", "Suchitwa Mission, Kerala")
    mal(p, "ഹരിത കർമ്മ സേന", scale=1.05, bold=True)
    name = "Haritha Karma Sena"
    p.add("center", name, merchant=name)
    p.add("small", PANCHAYAT)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", "Paid", status=status)
    tid = f"HM{digits(rng, 12)}"
    kvr(p, "Establishment No.", f"TVM/{rng.randrange(100, 999)}")
    kvr(p, "Month", j.month(0))
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid via", "UPI", method="UPI")
    kvr(p, "Date", when(j.date, "%d/%m/%Y"), date=j.date)
    p.add("small", "User fee for collection of non-biodegradable waste")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Kerala Gramin Bank", "AD-KGBANK", "SREEDEVI DYEING WORKS", "UPI", "malayalam"),
    ("Federal Bank", "VM-FEDBNK", "SHREE AMBIKA ZARI WOR", "NEFT", "sms"),
    ("South Indian Bank", "JD-SIBSMS", "NILA TRANSPORTS", "IMPS", "sms"),
    ("CSB Bank", "", "JYOTHI OFFSET PRINTERS", "NEFT", "mail"),
    ("Kerala Bank", "BZ-KSCBNK", "NHDC LTD COIMBATORE", "RTGS", "sms"),
    ("Canara Bank", "", "PAZHAYANNUR ELECTRICALS", "UPI", "lock"),
    ("Dhanlaxmi Bank", "AX-DHANBK", "SRI MURUGAN LOOM STORES", "NEFT", "sms"),
    ("Federal Bank", "", "KUTTIPPURAM TEXTILE AG", "UPI", "chat"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the society's payments: Kerala Gramin Bank's SMS in Malayalam in its messages
    thread under its day divider ("നിങ്ങളുടെ അക്കൗണ്ട് XX1234 ൽ നിന്ന് Rs.x UPI വഴി <PAYEE> ന് <dd-mm-yyyy> ന്
    ഡെബിറ്റ് ചെയ്തു. റഫ. നമ്പർ <ref>. ..."); SMS in Federal Bank's ("Rs x debited from your A/c XX1234 on
    <dd-Mon-yyyy> towards NEFT to <PAYEE>. UTR ... Bal: Rs y -Federal Bank"), South Indian Bank's ("IMPS of
    Rs.x from A/c XX1234 to <PAYEE> on <dd/mm/yy> has FAILED. Ref No ... Amount not debited. -SIB"), Kerala
    Bank's ("Your RTGS of Rs x to <PAYEE> dt <dd-mm-yyyy> is PENDING with the bank. Ref ... Do not
    re-initiate. -Kerala Bank") and Dhanlaxmi Bank's ("Dear Customer, A/c XX1234 is debited by Rs x on
    <dd.mm.yyyy> for NEFT to <PAYEE>. Avl Bal Rs y"; no reference) wordings; CSB Bank's mail ("Your account
    XX1234 has been debited with INR x on <dd-mm-yyyy> towards NEFT transfer to <PAYEE>. UTR: ..."); Canara
    Bank's notification on a phone's lock screen under the hour ("now"; "An amount of INR x has been DEBITED
    to your account XX1234 for UPI to <PAYEE>. UPI Ref ..."; no day); Federal Bank's WhatsApp banking chat
    (the bank's verified name, a day divider, its message in a chat bubble: "Debit alert: Rs.x paid to
    <PAYEE> via UPI on <dd/mm/yyyy>. UPI Ref ..."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 600000, 0.5)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 40000, 900000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_for(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "malayalam":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"നിങ്ങളുടെ അക്കൗണ്ട് XX{tail4} ൽ നിന്ന് Rs.{amt} UPI വഴി {to} ന് {when(j.date, '%d-%m-%Y')} ന് "
            f"ഡെബിറ്റ് ചെയ്തു. റഫ. നമ്പർ {utr}. നിങ്ങൾ അല്ലെങ്കിൽ 1800-425-8844 ൽ വിളിക്കുക. - KGB"
        )
        mwrap(p, text, share=0.94, **facts)
        h273.bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "Federal Bank":
            text = (
                f"Rs {amt} debited from your A/c XX{tail4} on {when(j.date, '%d-%b-%Y')} towards NEFT to "
                f"{to}. "
                f"UTR {utr}. Bal: Rs {bal} -Federal Bank"
            )
        elif bank == "South Indian Bank":
            text = (
                f"IMPS of Rs.{amt} from A/c XX{tail4} to {to} on {when(j.date, '%d/%m/%y')} has FAILED. "
                f"Ref No {utr}. Amount not debited. -SIB"
            )
        elif bank == "Kerala Bank":
            text = (
                f"Your RTGS of Rs {amt} to {to} dt {when(j.date, '%d-%m-%Y')} is PENDING with the bank. "
                f"Ref {utr}. Do not re-initiate. -Kerala Bank"
            )
        else:
            text = (
                f"Dear Customer, A/c XX{tail4} is debited by Rs {amt} on {when(j.date, '%d.%m.%Y')} for "
                "NEFT to "
                f"{to}. Avl Bal Rs {bal} -Dhanlaxmi Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "CSB Bank <alerts@csb.co.in>", ["Debit alert", "Transaction alert - NEFT"])
        p.part = "head"
        top(p, "CSB Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your account XX{tail4} has been debited with INR {amt} on {when(j.date, '%d-%m-%Y')} towards "
            "NEFT "
            f"transfer to {to}. UTR: {utr}.",
            **facts,
        )
        p.add("left", f"Available balance: INR {bal}")
        p.add("gap")
        p.add("left", "If you did not make this transaction, please call 1800 266 9090 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "CSB Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "lock":
        p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([21, 22]))
        p.part = "body"
        p.add("gap")
        clock(p, hhmm(rng, twelve=False))
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Canara ai1 {sign(font, chr(0x2022), '*')} now")
        p.add(
            "left",
            f"An amount of INR {amt} has been DEBITED to your account XX{tail4} for UPI to {to}. UPI Ref "
            f"{utr}.",
            **facts,
        )
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"WhatsApp {sign(font, chr(0x2022), '*')} 8m")
        p.add("left", "Lakshmanan: 4 set mundu ready for the showroom")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Swipe up to unlock")
        return p.done()
    p = phone(rng, font, k, ["Federal Bank"], dark=False, buttons=())
    band(p, (0, 92, 75))
    app_head(p, "Federal Bank", "Verified business account")
    p.part = "body"
    h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])))
    s = len(p.rows)
    p.add(
        "left",
        f"Debit alert: Rs.{amt} paid to {to} via UPI on {when(j.date, '%d/%m/%Y')}. UPI Ref {utr}. Not you? "
        "Reply BLOCK.",
        **facts,
    )
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()

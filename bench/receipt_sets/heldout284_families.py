"""The twelve heldout284 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a sholapith artisans' producer company's year of 2026 in Purba Bardhaman and
Bankura, West Bengal (Bonkapasi Shola Shilpi Producer Company Limited, a producer company of the Malakar
artisans who cut the white pith of the shola plant into topors (a Bengali groom's conical crown), mukuts for
brides and for the Devi, daker saaj (the pith and foil ornaments of the Durga idols), kadam flower balls,
chandmala garlands, framed Durga faces, mayurpankhi boats and wall hangings: its workshop and common facility
centre at Malakar Para, Bonkapasi, Shola Karmashala; its collection centre at Sonamukhi, Bankura; its shop at
Kumartuli, Kolkata, among the idol makers, Shola Ghar; its stall at the Poush Mela, Santiniketan; its buyers,
puja committees at home and abroad, wedding decorators, the state's handicrafts corporation, the web shop
sholaghar.in and Flipkart), told by the proofs of payment it receives (buyers' Tata Neu, Axis Mobile, IDFC
FIRST Bank, JioFinance, Freecharge, Jupiter and IndOASIS screens and Google Pay for Business on the shop's
phone; Manjusha's ERPNext payment entry, a Kolkata puja committee's voucher, IREPS for Eastern Railway,
Kotak's cash management for a heritage hotel, a wedding decorator's IDBI screen, a decor house's myBillBook,
Open and Flipkart; NatWest, Chase, Rabobank, Scotiabank, CommBank, OCBC, First Abu Dhabi Bank and a Doha
forum's mail; its own invoice, cash memo, checkout, order cum advance receipt, WhatsApp order, workshop
ticket, money receipt and roll) and those it makes (a shola stem trader, a zari and foil house, udaan, Moglix,
a box maker, DTDC, Hostinger and a frame maker; Indian Bank's IndNet, HDFC SmartHub Vyapar, Mahamobile, DBS
digibank, OkCredit, Ujjivan, AU 0101 and ICICI Bank's CIB; its artisans' and staff's wage book, payslip,
screens, advance slip, wage envelope and a trainer's receipt; MCA21, Banglarbhumi, the Kolkata Traffic Police,
EPCH, Bankura Zilla Parishad, Legal Metrology, GST and the Hastashilpa Mela; eight insurers; cards on its
three terminals and at a Kolkata hotel, a Bardhaman sweet shop, a Bishnupur emporium and a Katwa paint shop;
CESC, Alliance Broadband, WBSEDCL, HP Gas, Airtel Xstream Fiber, Vi, a drinking water supplier and Tata Play;
the banks' SMS, a Bengali SMS on a feature phone, mails and an app's notifications). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the units' lines, salutations, Bengali lines (but a bank's SMS in Bengali, whose figures
and payee carry the facts, a Bengali label's value and a Bengali hand's sums and "cash received"), items,
crowns, idols' sets, garlands, boxes, foil, counts, rates, taxable values, GST, TDS, fees, surcharges,
deductions, balances, gross sums, earnings, converted sums, periods, months, pay periods, years (Bengali ones
too), event, bill, invoice and delivery days, account, policy, quote, proposal, member, consumer, customer,
subscriber, mobile, khatian, vehicle, consignment and SRN numbers, CIN, GSTIN, Udyam numbers, IFSC, UPI IDs,
QR codes, seals, scribbles, stars, shields, rings, nav bars, topors, lace, borders, punched holes, pushpins,
envelopes' flaps and feature phones carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``right`` heldout152's;
``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``,
``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits``
heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``kv``, ``kvr``, ``zebra``, ``total``, ``strip``,
``ticks``, ``qr``, ``seal``, ``sms_page``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``,
``lab``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``step``, ``revenue``, rounded cards), heldout273's
(``pill``, ``track``, ``hcells``, ``ledger``, ``avatar``, ``bubble``, ``cell_name``), heldout275's (``sicon``,
``sig``, ``divider``, ``gutter``, ``tabs``, ``bigsum``, ``gcard_open``, ``gcard_close``, ``inrow``),
heldout277's ``split`` and heldout279's screen helpers (``phone``, ``band``, ``app_head``, ``two_up``,
``pick``, ``clip``, ``day_in``, ``at_hour``, ``redno``, ``spinner``, ``initials``, ``tail``, ``phone_no``),
written in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout281's),
each page's rows drawn by heldout281's ``_render`` and then by this set's own ``_render`` in the lines it
leaves for them: Bengali lines, column heads, labels over their English and hand in Noto Sans and Noto Serif
Bengali, shaped by Raqm; a shola topor as a letterhead's emblem; a daker saaj divider (a sindoor-red band,
pith-white dots, lace loops of pith with foil dots hanging under it); a daker saaj border (a red band with
foil dots, lace loops on its inner edge and a kadam ball of pith at each corner); a shield with the outcome's
mark; a countdown ring; a rating's five stars; an app's bottom navigation bar; a mail's callout with its
coloured bar; a label in Dutch with its English after a slash; a delivery card's boxes with punched holes;
PAID punched through a bill in holes; a pad's torn gummed head; a wage envelope's flap; and, round the drawn
page, a cork board with a pushpin, a PDF viewer's window and a feature phone's body. The pages' layouts and
wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageChops, ImageDraw

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout277_families as h277
from bench.receipt_sets import heldout279_families as h279
from bench.receipt_sets import heldout281_families as h281
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
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, paper, screen
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import (
    bold_of,
    cols,
    kind,
    kv,
    kvr,
    qr,
    row,
    sms_page,
    strip,
    ticks,
    total,
    zebra,
)
from bench.receipt_sets.heldout271_families import (
    amtbox,
    card_close,
    card_open,
    colkv,
    dots,
    fill,
    grid,
    hand,
    lab,
    tt,
)
from bench.receipt_sets.heldout273_families import (
    avatar,
    bubble,
    hcells,
    ledger,
    pill,
    track,
)
from bench.receipt_sets.heldout275_families import (
    divider,
    gutter,
    room_of,
    sicon,
    sig,
    tabs,
)
from bench.receipt_sets.heldout279_families import (
    app_head,
    at_hour,
    band,
    clip,
    day_in,
    initials,
    phone,
    phone_no,
    pick,
    redno,
    tail,
    two_up,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
BEN = "noto/NotoSansBengali-Regular.ttf"
BEN_BOLD = "noto/NotoSansBengali-Bold.ttf"
BEN_SERIF = "noto/NotoSerifBengali-Regular.ttf"
BEN_SERIF_BOLD = "noto/NotoSerifBengali-Bold.ttf"
# the upright Latin face a Bengali hand writes its figures and capitals in
HAND_LATIN = "noto/NotoSerif-Regular.ttf"
# the hands that write on this set's papers: italics and obliques in another mix than heldout279's to
# heldout281's
PENS = [
    "freefont/FreeSerifItalic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
]
INKS = [(20, 40, 132), (28, 32, 90), (46, 40, 48), (16, 80, 100), (104, 26, 48)]
# the faces a page's fixed-width lines are printed in (a dot-matrix's, a bank printer's, a phone's LCD)
TYPES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
# sindoor red, the crown's pith white, the silver of rangta foil, a zari gold
REDS = [(168, 22, 34), (150, 18, 40), (186, 36, 30), (128, 20, 44)]
PITH = (252, 250, 240)
SILVER = (196, 200, 210)
ZARI = (212, 166, 52)

# ---------------------------------------------------------------- the producer company

COMPANY = "Bonkapasi Shola Shilpi Producer Company Limited"
COMPANY_CAPS = COMPANY.upper()
COMPANY_SHORT = "Bonkapasi Shola Shilpi Producer Co. Ltd."
# the registered name as a bank's or an app's field cuts it
CUT = "BONKAPASI SHOLA SHILPI P"
COMPANY_BN = "বনকাপাশি শোলা শিল্পী প্রোডিউসার কোম্পানি লিমিটেড"
KARMASHALA = "Shola Karmashala"
KARMASHALA_CAPS = KARMASHALA.upper()
KARMASHALA_BN = "শোলা কর্মশালা"
GHAR = "Shola Ghar"
GHAR_CAPS = GHAR.upper()
GHAR_BN = "শোলা ঘর"
WEB = "sholaghar.in"
CIN = "U16299WB2019PTC232614"
GSTIN = "19AAMCB4827R1ZK"
UDYAM = "UDYAM-WB-02-0031846"
OFFICE = "Malakar Para, Bonkapasi, Ketugram, Purba Bardhaman - 713140"
KARMASHALA_AT = "Malakar Para, Bonkapasi, Purba Bardhaman - 713140"
SONAMUKHI_AT = "Sonamukhi collection centre, Bankura - 722207"
GHAR_AT = "14/2 Banamali Sarkar Street, Kumartuli, Kolkata - 700005"
CEO = "Smt. Mousumi Malakar"
CHAIRMAN = "Shri Gopal Malakar"
# the Poush Mela at Santiniketan, 23 to 28 December 2026; the company's stall is No. 112
POUSH = dt.date(2026, 12, 23)
# the Bankura Mela, 10 to 19 January 2026
BANKURA_MELA = dt.date(2026, 1, 10)
IFSC = {
    "Indian Bank": "IDIB",
    "State Bank of India": "SBIN",
    "UCO Bank": "UCBA",
    "Bandhan Bank": "BDBL",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Bank of India": "BKID",
    "Central Bank of India": "CBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "IDFC FIRST Bank": "IDFB",
    "Bank of Maharashtra": "MAHB",
    "DBS Bank India": "DBSS",
    "West Bengal Gramin Bank": "WBGB",
    "AU Small Finance Bank": "AUBL",
    "IDBI Bank": "IBKL",
    "Federal Bank": "FDRL",
    "Ujjivan SFB": "UJVN",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Punjab National Bank": "PNB",
    "Bank of India": "BOI",
    "Central Bank of India": "Central Bank",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Axis Bank": "Axis",
    "Kotak Mahindra Bank": "Kotak",
    "IDFC FIRST Bank": "IDFC FIRST",
}
# the company's sholapith work: name, HSN, price each (low, high)
WORKS = [
    ("Topor, groom's crown, 18 in", "6702", 650, 1600),
    ("Mukut, bride's crown, set of 2", "6702", 450, 1200),
    ("Daker saaj, Durga set (5 idols)", "9505", 6500, 18000),
    ("Shola mukut for the Devi, 16 in", "9505", 1400, 3800),
    ("Kadam phool balls, set of 12", "6702", 240, 560),
    ("Shola Durga face, framed, 10 in", "9505", 900, 2400),
    ("Mayurpankhi boat, 14 in", "9505", 1100, 2600),
    ("Chandmala garland, 5 ft", "6702", 380, 900),
    ("Shola Ganesh, 8 in", "9505", 700, 1600),
    ("Lotus wall hanging, 12 in", "6702", 520, 1300),
]
CUSTOMERS = [
    "Mrs. Sudeshna Roy",
    "Mr. Arindam Ghosh",
    "Ms. Paromita Sen",
    "Dr. Debjit Banerjee",
    "Mrs. Rupa Chatterjee",
    "Mr. Soumik Dutta",
    "Ms. Ishita Mukherjee",
]
# the company's artisans: the Malakars of Bonkapasi and the Sonamukhi centre's
ARTISANS = [
    "Anil Malakar",
    "Sabita Malakar",
    "Gouranga Malakar",
    "Swapna Malakar",
    "Nemai Malakar",
    "Rina Bag",
    "Tapas Mondal",
    "Champa Malakar",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The company's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 5) if lo < 800 else 1 if lo > 2000 else rng.randrange(1, 3)
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 10))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (a fair's, the pujas'), its UPI / IMPS reference made again for that day."""
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


def gstin_of(rng: random.Random, state: str = "19", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def sheet_page(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    hand_pen(p)
    typeface(p)
    return p


def hand_pen(p: Screen) -> str:
    """The page's hand (this set's pens, in heldout271's slot so every filled-in row writes in it)."""
    x = h271.ext(p)
    if "pen" not in x:
        x["pen"] = p.rng.choice(PENS)
    if "pen_ink" not in x:
        x["pen_ink"] = list(p.rng.choice(INKS))
    return x["pen"]


def typeface(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def write(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    hand_pen(p)
    hand(p, text, align=align, **facts)


def blank(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    hand_pen(p)
    fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    typeface(p)
    tt(p, text, scale=scale, **facts)


def ext(p: Screen) -> dict:
    return p.style.setdefault(
        "h284", {"marks": {}, "decor": [], "calls": [], "punch": None, "frame": None, "border": None}
    )


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


# ---------------------------------------------------------------- Bengali


def is_ben(ch: str) -> bool:
    return "\u0980" <= ch <= "\u09ff" or ch in "\u0964\u0965\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Bengali and of other letters (a space stays with the run it follows)."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        t = is_ben(ch)
        if ch == " " and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


def ben_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return BEN_SERIF_BOLD if bold else BEN_SERIF
    return BEN_BOLD if bold else BEN


def bwidth(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    """The width of a line of Bengali and Latin runs: the Bengali in Noto's face at 0.96 of the size."""
    width = 0.0
    for t, part in runs(text):
        face = (
            load_font(ben_face(bold, serif), int(size * 0.96))
            if t
            else load_font(bold_of(latin) if bold else latin, size)
        )
        width += face.getlength(part)
    return width


def bok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for t, part in runs(text):
        face = ben_face(bold, serif) if t else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_ben(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    latin: str,
    size: int,
    fill_,
    *,
    bold: bool = False,
    serif: bool = False,
) -> None:
    """A line of Bengali and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for t, part in runs(text):
        face = load_font(ben_face(bold, serif), int(size * 0.96)) if t else lface
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def bn(
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
    """A line in Bengali (a name over its English, a heading, a thanks), its Latin runs and figures in the
    page's face."""
    size = int(p.style["size"] * scale)
    assert bok(text, p.font, bold=bold, serif=serif), text
    assert bwidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t84bn", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def bn_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Bengali sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and bwidth(f"{line} {word}", p.font, size) > room:
            bn(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    bn(p, line, scale=scale, align="l", **(facts if first else {}))


def blab(
    p: Screen, bengali: str, english: str, value: str, *, at: float = 0.36, pen: bool = True, **facts
) -> None:
    """A form's label in two lines, its Bengali over its English in small letters, and the value at ``at``
    of the room beside them on a dotted line, written by hand (``pen``) or printed. Two lines high."""
    size = p.style["size"]
    assert bok(bengali, p.font) and glyphs(p.font, english), (bengali, english)
    need = max(
        bwidth(bengali, p.font, int(size * 0.9)), load_font(p.font, int(size * 0.72)).getlength(english)
    )
    assert need + 10 <= at * room_of(p), (bengali, english, need, at * room_of(p))
    vfont = hand_pen(p) if pen else p.font
    assert glyphs(vfont, value), value
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert vface.getlength(value) <= (1 - at) * room_of(p) - 12, (value, vface.getlength(value))
    put(p, "t84bl", bengali, english, value, mark_=[at, pen], **facts)
    p.add("gap")


def bhand(p: Screen, text: str, *, align: str = "l", scale: float = 1.15, figure: str = "", **facts) -> None:
    """A line written by hand in Bengali: Noto Serif Bengali and an upright Latin face for its figures,
    slanted as a hand slants it, in the page's ink; ``figure`` written at the right end of the line (a sum
    in a bill's column)."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert bok(text + figure, HAND_LATIN, serif=True), text
    need = bwidth(text, HAND_LATIN, size, serif=True) + size * 0.4
    if figure:
        need += bwidth(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t84bh", text, figure, mark_=[align, scale], **facts)


def bcells(
    p: Screen, spec: list[tuple[float, float, str]], *cells: str, scale: float = 0.86, **facts
) -> None:
    """A row of column heads in Bengali at set places (a wage book's), each in its cell's alignment."""
    size = int(p.style["size"] * scale)
    for text, (lo, hi, _) in zip(cells, spec):
        assert bok(text, p.font, bold=True), text
        assert bwidth(text, p.font, size, bold=True) <= (hi - lo) * room_of(p) - 8, text
    put(p, "t84bc", *cells, mark_=[[list(c) for c in spec], scale], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def topor(p: Screen) -> None:
    """A shola topor (a Bengali groom's conical crown of pith) as a letterhead's emblem: the white cone on a
    tinted disc, its scalloped lace bands and dots, a zari band at its foot and a bud at its tip; centred,
    three lines high."""
    put(p, "t84top", "", mark_=[list(p.rng.choice(REDS)), p.rng.randrange(4, 6)])
    p.add("gap")
    p.add("gap")


def lace(p: Screen) -> None:
    """A divider of daker saaj (the pith lace of a Durga's ornaments): a sindoor-red band with pith-white
    dots along it and lace loops of pith hanging under it, a foil dot in each; one line high."""
    put(p, "t84lace", "", mark_=list(p.rng.choice(REDS)))


def daker_border(p: Screen) -> None:
    """A daker saaj border round the page: a sindoor-red band with silver foil dots along it, pith lace loops
    along its inner edge and a white kadam ball of pith at each corner."""
    ext(p)["border"] = list(p.rng.choice(REDS))


def shield(p: Screen, status: str) -> None:
    """A large shield in the outcome's colour with a tick, a cross or a clock's hands in white (a payment
    app's mark of a secured result), centred, three lines high."""
    put(p, "t84shd", "", mark_=status)
    p.add("gap")
    p.add("gap")


def timer(p: Screen, share: float, text: str) -> None:
    """A waiting app's countdown: a ring in the outcome's amber drawn ``share`` of the way round a pale track,
    ``text`` (the time left) in its middle; centred, three lines high."""
    face = load_font(bold_of(p.font), int(p.style["size"] * 0.9))
    assert glyphs(bold_of(p.font), text) and face.getlength(text) < 70, text
    put(p, "t84tmr", text, mark_=share)
    p.add("gap")
    p.add("gap")


def stars(p: Screen, prompt: str) -> None:
    """An app's request for a rating at the foot: ``prompt`` in small letters over five empty stars."""
    face = load_font(p.font, int(p.style["size"] * 0.8))
    assert glyphs(p.font, prompt) and face.getlength(prompt) <= room_of(p), prompt
    p.add("gap")
    p.add("small", prompt)
    put(p, "t84star", "")


def nav(p: Screen, labels: list[str], on: int) -> None:
    """An app's bottom navigation bar: a hairline, a simple icon over each label, the chosen one in the
    accent's colour; two lines high."""
    face = load_font(p.font, int(p.style["size"] * 0.64))
    for text in labels:
        assert glyphs(p.font, text) and face.getlength(text) <= room_of(p) / len(labels) - 6, text
    p.add("gap")
    put(p, "t84nav", *labels, mark_=on)
    p.add("gap")


def call_open(p: Screen) -> int:
    return len(p.rows)


def call_close(p: Screen, start: int, colour: tuple[int, int, int]) -> None:
    """A callout round the rows from ``start`` to the last added: a pale tint of ``colour`` with a thick bar
    of it down the left edge (a mail's highlighted block)."""
    ext(p)["calls"].append([start, len(p.rows) - 1, list(colour)])
    p.add("gap")


def bilab(p: Screen, native: str, english: str, value: str, *, at: float = 0.5, **facts) -> None:
    """A label in another language in bold, its English after a slash in small letters in the label's ink,
    the value set to the right end of the line, a hairline under it. One line high."""
    size = p.style["size"]
    bold = bold_of(p.font)
    assert glyphs(bold, native) and glyphs(p.font, english + value), (native, english, value)
    need = load_font(bold, int(size * 0.9)).getlength(native) + load_font(p.font, int(size * 0.72)).getlength(
        f" / {english}"
    )
    assert need + 10 <= at * room_of(p), (native, english, need)
    assert load_font(p.font, size).getlength(value) <= (1 - at) * room_of(p) - 8, value
    put(p, "t84dl", native, english, value, **facts)


def punch_card(p: Screen, first: int, punched: list[bool]) -> None:
    """A delivery card's row of numbered boxes from day ``first``, a hole punched through each box whose
    delivery was made; two lines high."""
    assert len(punched) <= 16
    put(p, "t84pc", str(first), mark_=[bool(b) for b in punched])
    p.add("gap")


def punch_paid(p: Screen, at: float = 0.62, rows_: int = 4) -> None:
    """PAID punched through the paper in holes (an accounts office's cancelling punch) at ``at`` of the room,
    over the rows it leaves for it."""
    ext(p)["punch"] = [len(p.rows), at, p.rng.randrange(10**6)]
    for _ in range(rows_):
        p.add("gap")


def decor(p: Screen, what: str) -> None:
    """A mark on the page itself: "gum" (a pad's gummed head torn off, a strip of its red glue and the
    leaf's ragged edge at the top) or "envelope" (a wage envelope's buff paper, its flap's folds across the
    top)."""
    ext(p)["decor"].append([what, p.rng.randrange(10**6)])
    if what == "envelope":
        p.style["paper"] = p.rng.choice([(222, 198, 150), (214, 190, 142), (226, 204, 160)])


def frame_(p: Screen, what: str, label: str = "") -> None:
    """What the page is seen in: "cork" (pinned by a red pushpin to the workshop's cork board), "pdf" (a PDF
    viewer's dark window and toolbar with the file's name ``label``, its page count and zoom) or "lcd" (a
    feature phone's green LCD in its dark body, its soft keys under it)."""
    ext(p)["frame"] = [what, label, p.rng.randrange(10**6)]
    if what == "lcd":
        p.style.update(
            {
                "paper": p.rng.choice([(196, 212, 176), (190, 206, 170), (202, 214, 180)]),
                "ink": (16, 22, 18),
                "label_ink": (30, 40, 32),
                "accent": (16, 22, 18),
            }
        )


# ---------------------------------------------------------------- drawing


def _loop(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, down: bool, edge, white) -> None:
    """A lace loop of pith: a half ring hanging from (cx, cy), a foil dot in it."""
    box = (cx - r, cy - r, cx + r, cy + r)
    draw.pieslice(box, 0 if down else 180, 180 if down else 360, fill=white, outline=edge)
    dy = r * 0.45 if down else -r * 0.45
    draw.ellipse((cx - 1.6, cy + dy - 1.6, cx + 1.6, cy + dy + 1.6), fill=SILVER)


def _kadam(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, edge) -> None:
    """A kadam ball of pith: white spikes round a white ball with a silver heart."""
    for n in range(16):
        a = 2 * math.pi * n / 16
        draw.line(
            (
                cx + math.cos(a) * r * 0.55,
                cy + math.sin(a) * r * 0.55,
                cx + math.cos(a) * r,
                cy + math.sin(a) * r,
            ),
            fill=PITH,
            width=2,
        )
    draw.ellipse((cx - r * 0.6, cy - r * 0.6, cx + r * 0.6, cy + r * 0.6), fill=PITH, outline=edge)
    draw.ellipse((cx - r * 0.22, cy - r * 0.22, cx + r * 0.22, cy + r * 0.22), fill=SILVER)


def _border(draw: ImageDraw.ImageDraw, w: int, h: int, red) -> None:
    edge = (150, 150, 160)
    draw.rectangle((2, 2, w - 3, h - 3), outline=red, width=16)
    draw.rectangle((18, 18, w - 19, h - 19), outline=ZARI, width=2)
    for x in range(30, w - 30, 12):
        for y in (10, h - 11):
            draw.ellipse((x - 1.8, y - 1.8, x + 1.8, y + 1.8), fill=SILVER)
    for y in range(30, h - 30, 12):
        for x in (10, w - 11):
            draw.ellipse((x - 1.8, y - 1.8, x + 1.8, y + 1.8), fill=SILVER)
    for x in range(36, w - 36, 14):
        _loop(draw, x, 20, 5, True, edge, PITH)
        _loop(draw, x, h - 21, 5, False, edge, PITH)
    for cx, cy in ((12, 12), (w - 13, 12), (12, h - 13), (w - 13, h - 13)):
        draw.ellipse((cx - 13, cy - 13, cx + 13, cy + 13), fill=red)
        _kadam(draw, cx, cy, 11, edge)


def _topor(draw: ImageDraw.ImageDraw, cx: float, top_y: float, hgt: float, red, bands: int) -> None:
    """The groom's crown: a tall cone with slightly hollow sides on a pale disc of sindoor red."""
    edge = (140, 128, 110)
    wd = hgt * 0.62
    base = top_y + hgt
    disc = tuple(int(c + (255 - c) * 0.8) for c in red)
    draw.ellipse((cx - hgt * 0.58, top_y + hgt * 0.04, cx + hgt * 0.58, base + hgt * 0.04), fill=disc)
    left, right_ = [], []
    for n in range(21):
        t = n / 20
        y = base - t * hgt * 0.86
        half = (wd / 2) * (1 - t) ** 1.15
        left.append((cx - half, y))
        right_.append((cx + half, y))
    draw.polygon(left + right_[::-1], fill=PITH, outline=edge)
    for b in range(bands):
        t = 0.12 + b * 0.72 / bands
        y = base - t * hgt * 0.86
        half = (wd / 2) * (1 - t) ** 1.15 - 2
        n = max(3, int(half * 2 / 9))
        step_ = half * 2 / n
        for m in range(n):
            x0 = cx - half + m * step_
            draw.arc((x0, y - step_ / 2, x0 + step_, y + step_ / 2), 0, 180, fill=edge, width=1)
            draw.ellipse((x0 + step_ / 2 - 1.3, y - 1.3, x0 + step_ / 2 + 1.3, y + 1.3), fill=SILVER)
    draw.rectangle((cx - wd / 2, base - 5, cx + wd / 2, base + 1), fill=red)
    for x in range(int(cx - wd / 2) + 3, int(cx + wd / 2) - 1, 6):
        draw.ellipse((x - 1.4, base - 3.4, x + 1.4, base - 0.6), fill=ZARI)
    tip = base - hgt * 0.86
    draw.line((cx, tip, cx, top_y + 2), fill=edge, width=2)
    draw.ellipse((cx - 4, top_y, cx + 4, top_y + 8), fill=PITH, outline=edge)


def _shield(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, status: str) -> None:
    colour = TONE[status]
    pts = [
        (cx, cy - r),
        (cx + r * 0.82, cy - r * 0.62),
        (cx + r * 0.74, cy + r * 0.2),
        (cx, cy + r),
        (cx - r * 0.74, cy + r * 0.2),
        (cx - r * 0.82, cy - r * 0.62),
    ]
    draw.polygon(pts, fill=colour)
    white = (255, 255, 255)
    if status == "success":
        draw.line(
            [(cx - r * 0.36, cy), (cx - r * 0.08, cy + r * 0.3), (cx + r * 0.4, cy - r * 0.28)],
            fill=white,
            width=5,
            joint="curve",
        )
    elif status == "failed":
        d = r * 0.3
        draw.line((cx - d, cy - d, cx + d, cy + d), fill=white, width=5)
        draw.line((cx - d, cy + d, cx + d, cy - d), fill=white, width=5)
    else:
        rr = r * 0.42
        draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=white, width=3)
        draw.line((cx, cy, cx, cy - rr * 0.7), fill=white, width=3)
        draw.line((cx, cy, cx + rr * 0.55, cy + rr * 0.1), fill=white, width=3)


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, colour) -> None:
    pts = []
    for n in range(10):
        a = -math.pi / 2 + n * math.pi / 5
        rr = r if n % 2 == 0 else r * 0.45
        pts.append((cx + math.cos(a) * rr, cy + math.sin(a) * rr))
    draw.polygon(pts, outline=colour)
    draw.line(pts + [pts[0]], fill=colour, width=2)


def _icon(draw: ImageDraw.ImageDraw, n: int, cx: float, cy: float, r: float, colour) -> None:
    """A simple icon for a navigation bar's item: a house, a clock's list, a QR square, a person, a grid."""
    kind_ = n % 5
    if kind_ == 0:
        draw.polygon([(cx - r, cy), (cx, cy - r), (cx + r, cy)], outline=colour)
        draw.line([(cx - r, cy), (cx, cy - r), (cx + r, cy)], fill=colour, width=2)
        draw.rectangle((cx - r * 0.7, cy, cx + r * 0.7, cy + r * 0.9), outline=colour, width=2)
    elif kind_ == 1:
        for k in range(3):
            yy = cy - r * 0.6 + k * r * 0.6
            draw.line((cx - r * 0.5, yy, cx + r, yy), fill=colour, width=2)
            draw.ellipse((cx - r - 1.5, yy - 1.5, cx - r + 1.5, yy + 1.5), fill=colour)
    elif kind_ == 2:
        draw.rectangle((cx - r, cy - r, cx + r, cy + r), outline=colour, width=2)
        draw.rectangle((cx - r * 0.5, cy - r * 0.5, cx - r * 0.05, cy - r * 0.05), fill=colour)
        draw.rectangle((cx + r * 0.15, cy + r * 0.15, cx + r * 0.55, cy + r * 0.55), fill=colour)
    elif kind_ == 3:
        draw.ellipse((cx - r * 0.42, cy - r, cx + r * 0.42, cy - r * 0.16), outline=colour, width=2)
        draw.arc((cx - r * 0.9, cy - r * 0.05, cx + r * 0.9, cy + r * 1.6), 180, 360, fill=colour, width=2)
    else:
        for a in (-1, 1):
            for b in (-1, 1):
                x0, y0 = cx + a * r * 0.5, cy + b * r * 0.5
                draw.rectangle(
                    (x0 - r * 0.36, y0 - r * 0.36, x0 + r * 0.36, y0 + r * 0.36), outline=colour, width=2
                )


def _punch(page: Image.Image, x0: float, y0: float, seed: int) -> Image.Image:
    """PAID in holes: the word laid out in a dot grid, each hole dark with a pale rim, tilted a little."""
    srng = random.Random(seed)
    face = load_font("dejavu/DejaVuSans-Bold.ttf", 78)
    mask = Image.new("L", (260, 96), 0)
    ImageDraw.Draw(mask).text((6, 2), "PAID", font=face, fill=255)
    mask = mask.rotate(srng.uniform(-9, 9), resample=Image.BICUBIC, expand=False)
    draw = ImageDraw.Draw(page)
    step_ = 7
    for yy in range(0, mask.height, step_):
        for xx in range(0, mask.width, step_):
            if mask.getpixel((xx, yy)) > 140:
                hx, hy = x0 + xx, y0 + yy
                if hx + 3 >= page.width or hy + 3 >= page.height:
                    continue
                draw.ellipse((hx - 2.8, hy - 2.8, hx + 2.8, hy + 2.8), fill=(236, 232, 222))
                draw.ellipse((hx - 2.2, hy - 2.2, hx + 2.2, hy + 2.2), fill=(58, 52, 48))
    return page


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout281's ``_render`` (heldout279's, 277's, 275's, 273's, 271's, 269's and heldout14's beneath
    it), then this set's rows and marks: Bengali lines, labels and hand, a shola topor, a daker saaj divider,
    a shield, a countdown ring, a rating's stars, a navigation bar, a callout, bilingual labels, a delivery
    card's punched boxes, PAID punched in holes; a daker saaj border, a pad's torn gummed head and a wage
    envelope's flap."""
    page = h281._render(rows, font, style)
    x = style.get("h284")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    accent = tuple(style.get("accent", ink))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", (30, 40, 120)))
    marks = x["marks"]
    w, h = page.size
    kinds_ = {d[0]: d[1] for d in x["decor"]}
    if x["calls"]:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for start, end, colour in x["calls"]:
            y0, y1 = tops[start] - lift - 6, tops[end] + line - lift + 6
            ld.rectangle(
                (MARGIN - 12, y0, width - MARGIN + 8, y1), fill=h269._tint(tuple(colour), (255,) * 3, 0.1)
            )
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for start, end, colour in x["calls"]:
        y0, y1 = tops[start] - lift - 6, tops[end] + line - lift + 6
        draw.rectangle((MARGIN - 12, y0, MARGIN - 7, y1), fill=tuple(colour))
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t84"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t84bn":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = bwidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_ben(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t84bl":
            at, by_pen = m
            draw_ben(draw, (MARGIN, y - size * 0.12), r[1], font, int(size * 0.9), ink)
            draw.text((MARGIN, y + line * 0.74), r[2], font=load_font(font, int(size * 0.72)), fill=soft)
            vx = MARGIN + at * room
            yy = y + 2 * line - lift - 4
            for dx in range(int(vx), int(width - MARGIN), 6):
                draw.point((dx, yy), fill=h269._tint(soft, paper_, 0.7))
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.08))
                draw.text((vx + 4, y + line * 0.4 - size * 0.1), r[3], font=vface, fill=pen_ink)
            else:
                draw.text((vx + 4, y + line * 0.45), r[3], font=load_font(font, size), fill=ink)
        elif name == "t84bh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = bwidth(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.8)
                layer = Image.new("L", (lw, lh), 0)
                draw_ben(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.2, -0.2 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                colour = Image.new("RGB", layer.size, pen_ink)
                page.paste(colour, (int(tx), int(y - lh * 0.34)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t84bc":
            spec, scale = m
            s_ = int(size * scale)
            for text, (lo, hi, align) in zip(r[1:], spec):
                tw = bwidth(text, font, s_, bold=True)
                left, right_edge = MARGIN + lo * room + 6, MARGIN + hi * room - 6
                tx = {"l": left, "r": right_edge - tw, "c": (left + right_edge - tw) / 2}[align]
                draw_ben(draw, (tx, y - 1), text, font, s_, ink, bold=True)
        elif name == "t84top":
            red, bands = m
            _topor(draw, width / 2, top_y + 2, line * 2.7, tuple(red), bands)
        elif name == "t84lace":
            red = tuple(m)
            cy = top_y + line * 0.32
            draw.rectangle((MARGIN, cy - 4, width - MARGIN, cy + 4), fill=red)
            for xx in range(MARGIN + 6, width - MARGIN - 4, 10):
                draw.ellipse((xx - 1.5, cy - 1.5, xx + 1.5, cy + 1.5), fill=PITH)
            for xx in range(MARGIN + 10, width - MARGIN - 8, 16):
                _loop(draw, xx, cy + 4, 6, True, (150, 146, 150), PITH)
        elif name == "t84shd":
            _shield(draw, width / 2, top_y + line * 1.25, line * 1.05, m)
        elif name == "t84tmr":
            share = m
            cx, cy, rr = width / 2, top_y + line * 1.3, line * 1.08
            draw.ellipse(
                (cx - rr, cy - rr, cx + rr, cy + rr), outline=h269._tint(AMBER, paper_, 0.2), width=7
            )
            draw.arc((cx - rr, cy - rr, cx + rr, cy + rr), -90, -90 + 360 * share, fill=AMBER, width=7)
            face = load_font(bold_of(font), int(size * 0.9))
            draw.text((cx, cy), r[1], font=face, fill=ink, anchor="mm")
        elif name == "t84star":
            cy = top_y + line * 0.5
            for n in range(5):
                _star(draw, width / 2 + (n - 2) * line * 1.1, cy, line * 0.38, h269._tint(soft, paper_, 0.8))
        elif name == "t84nav":
            on = m
            labels = r[1:]
            n = len(labels)
            draw.line((0, top_y - line * 0.5, width, top_y - line * 0.5), fill=h269._tint(soft, paper_, 0.3))
            small = load_font(font, int(size * 0.64))
            for k, label in enumerate(labels):
                cx = MARGIN + room * (k + 0.5) / n
                colour = accent if k == on else soft
                _icon(draw, k, cx, top_y + line * 0.2, line * 0.3, colour)
                draw.text((cx, top_y + line * 0.72), label, font=small, fill=colour, anchor="mt")
        elif name == "t84dl":
            bold = load_font(bold_of(font), int(size * 0.9))
            draw.text((MARGIN, y + 1), r[1], font=bold, fill=soft)
            gx = MARGIN + bold.getlength(r[1])
            draw.text((gx, y + size * 0.2), f" / {r[2]}", font=load_font(font, int(size * 0.72)), fill=soft)
            vface = load_font(font, size)
            draw.text((width - MARGIN - vface.getlength(r[3]), y), r[3], font=vface, fill=ink)
            draw.line((MARGIN, bot_y, width - MARGIN, bot_y), fill=h269._tint(soft, paper_, 0.25), width=1)
        elif name == "t84pc":
            first = int(r[1])
            punched = m
            cell = room / 16
            small = load_font(font, int(size * 0.62))
            for n, hole in enumerate(punched):
                bx = MARGIN + n * cell
                draw.rectangle((bx + 2, top_y, bx + cell - 2, top_y + line * 1.6), outline=soft, width=1)
                draw.text((bx + cell / 2, top_y + 3), str(first + n), font=small, fill=soft, anchor="mt")
                if hole:
                    cx, cy = bx + cell / 2, top_y + line * 1.05
                    draw.ellipse((cx - 6, cy - 6, cx + 6, cy + 6), fill=(60, 56, 52))
    if x.get("punch"):
        start, at, seed = x["punch"]
        if start < len(tops):
            page = _punch(page, MARGIN + at * room - 40, tops[start] - lift, seed)
            draw = ImageDraw.Draw(page)
    if x.get("border"):
        _border(draw, w, h, tuple(x["border"]))
    if "gum" in kinds_:
        srng = random.Random(kinds_["gum"])
        edge = [(0, 0)]
        xx = 0
        while xx < w:
            edge.append((xx, srng.uniform(3, 9)))
            xx += srng.uniform(4, 10)
        edge.append((w, srng.uniform(3, 9)))
        edge.append((w, 0))
        draw.polygon(edge, fill=(84, 74, 66))
        glue = (176, 58, 48)
        for px, py in edge[1:-2]:
            if srng.random() < 0.6:
                draw.line((px, py, px + srng.uniform(3, 8), py + srng.uniform(-1, 1)), fill=glue, width=2)
    if "envelope" in kinds_:
        fold = h269._tint((0, 0, 0), paper_, 0.3)
        draw.polygon([(0, 0), (w / 2, 30), (w, 0)], fill=h269._tint((0, 0, 0), paper_, 0.08))
        draw.line([(0, 0), (w / 2, 30), (w, 0)], fill=fold, width=2)
        draw.line([(0, 3), (w / 2, 33), (w, 3)], fill=h269._tint((255, 255, 255), paper_, 0.4), width=1)
    return page


def _framed(image: Image.Image, font: str, f: list) -> Image.Image:
    """The page in what it is seen in: pinned to a cork board, in a PDF viewer or on a feature phone."""
    what, label, seed = f
    srng = random.Random(seed)
    w, h = image.size
    if what == "cork":
        pad = 34
        base = Image.new("RGB", (w + 2 * pad, h + 2 * pad), srng.choice([(190, 146, 98), (176, 132, 86)]))
        bd = ImageDraw.Draw(base)
        for _ in range(int((w + h) * 3)):
            cx, cy = srng.uniform(0, base.width), srng.uniform(0, base.height)
            c = srng.choice([(150, 108, 66), (214, 172, 120), (130, 92, 56), (204, 160, 108)])
            bd.ellipse((cx - 1.2, cy - 1.2, cx + 1.2, cy + 1.2), fill=c)
        shadow = Image.new("RGB", (w, h), (110, 80, 50))
        base.paste(shadow, (pad + 5, pad + 6))
        base.paste(image, (pad, pad))
        px, py = pad + w * srng.uniform(0.44, 0.56), pad + 14
        bd.ellipse((px - 9 + 4, py - 9 + 5, px + 9 + 4, py + 9 + 5), fill=(90, 66, 44))
        red = srng.choice([(206, 30, 40), (40, 90, 190), (30, 140, 70)])
        bd.ellipse((px - 10, py - 10, px + 10, py + 10), fill=red)
        bd.ellipse((px - 5, py - 6, px - 1, py - 2), fill=(255, 255, 255))
        return base
    if what == "pdf":
        pad, bar = 26, 44
        base = Image.new("RGB", (w + 2 * pad, h + 2 * pad + bar), (82, 86, 92))
        bd = ImageDraw.Draw(base)
        bd.rectangle((0, 0, base.width, bar), fill=(50, 54, 58))
        face = load_font("dejavu/DejaVuSans.ttf", 15)
        bd.text((16, bar / 2), label, font=face, fill=(232, 234, 238), anchor="lm")
        bd.text((base.width / 2, bar / 2), "1 / 1", font=face, fill=(232, 234, 238), anchor="mm")
        zoom = srng.choice(["100%", "125%", "90%"])
        bd.text((base.width - 16, bar / 2), zoom, font=face, fill=(232, 234, 238), anchor="rm")
        base.paste(image, (pad, bar + pad))
        return base
    # a feature phone: the LCD in a dark body with its speaker slot, soft keys and a round key
    pad, top_, foot = 40, 70, 120
    body = srng.choice([(38, 40, 46), (24, 26, 30), (60, 40, 36)])
    base = Image.new("RGB", (w + 2 * pad, h + top_ + foot), (214, 210, 202))
    bd = ImageDraw.Draw(base)
    bd.rounded_rectangle((4, 4, base.width - 5, base.height - 5), radius=44, fill=body)
    bd.rounded_rectangle((base.width / 2 - 40, 26, base.width / 2 + 40, 34), radius=4, fill=(12, 12, 14))
    bd.rectangle((pad - 6, top_ - 6, pad + w + 5, top_ + h + 5), fill=(14, 16, 18))
    base.paste(image, (pad, top_))
    face = load_font("dejavu/DejaVuSans.ttf", 16)
    ky = top_ + h + 30
    bd.text((pad + 6, ky), "Options", font=face, fill=(210, 212, 216))
    bd.text((base.width - pad - 6, ky), "Back", font=face, fill=(210, 212, 216), anchor="ra")
    cx = base.width / 2
    bd.ellipse((cx - 30, ky - 6, cx + 30, ky + 54), outline=(120, 122, 128), width=3)
    bd.ellipse((cx - 11, ky + 13, cx + 11, ky + 35), fill=(90, 92, 98))
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout281's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, and the cork board, PDF viewer or feature phone the page is seen in."""
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
    f = (style.get("h284") or {}).get("frame")
    if f:
        image = _framed(image, font, f)
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    for face in [
        BEN,
        BEN_BOLD,
        BEN_SERIF,
        BEN_SERIF_BOLD,
        HAND_LATIN,
        h281.GUJ,
        h281.GUJ_BOLD,
        h281.GUJ_SERIF,
        h281.GUJ_SERIF_BOLD,
        h281.HAND_LATIN,
        h279.KAITHI,
        h277.URDU,
        h275.DEV,
        h275.DEV_BOLD,
        h275.DEV_SERIF,
        h275.DEV_SERIF_BOLD,
        h275.HAND_LATIN,
        *PENS,
        *TYPES,
        "dejavu/DejaVuSans.ttf",
        "dejavu/DejaVuSans-Bold.ttf",
    ]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout284 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [GHAR_CAPS, GHAR, CUT, "SHOLA GHAR KUMARTULI"]
VPAS = [
    "sholaghar@indianbk",
    "sholaghar.kol@okaxis",
    "Q318705246@ybl",
    "bsspcl.katwa@sbi",
    "sholaghar@ibl",
]
BUYERS = [
    ("Sudeshna Roy", "sudeshna.roy@okhdfcbank", "HDFC Bank"),
    ("Arindam Ghosh", "arindamg@oksbi", "State Bank of India"),
    ("Paromita Sen", "paromita.sen@ybl", "Punjab National Bank"),
    ("Debjit Banerjee", "debjitb@axl", "Axis Bank"),
    ("Rupa Chatterjee", "rupa.c@okicici", "ICICI Bank"),
    ("Soumik Dutta", "soumikd@ibl", "Bank of India"),
    ("Ishita Mukherjee", "ishitam@kotak", "Kotak Mahindra Bank"),
    ("Tanmoy Pal", "tanmoypal@oksbi", "Central Bank of India"),
]
NOTES = [
    "topor for Dada's wedding",
    "mukut set x2",
    "daker saaj, Lakshmi",
    "kadam phool x12",
    "framed shola Durga",
    "topor + mukut",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Shola Ghar, the company's shop at Kumartuli, or the company: Tata Neu's Payment
    Successful under a shield ("Paid to" over the payee, its UPI ID; hairline rows: UPI Ref. No., Neu
    transaction ID, Date & time, Paid from, NeuCoins earned; a rating's five stars at its foot); Axis Mobile's
    Money sent successfully with its day as "Yesterday, <hour>" (UPI Reference Number, From account, Remarks,
    each label small over its value; its bottom navigation bar; no day); IDFC FIRST Bank's Transaction failed
    on a tinted band (the reason; a table ruled on every side: Transaction ID, UPI RRN, Payee UPI ID, Date
    & time, Debit account); JioFinance's Paid successfully with the sum large, its paise raised (a
    ruled table: UPI transaction ID, JioFinance reference, Debited from, Date); Freecharge's Payment Pending
    under a countdown ring (dot leaders: Transaction ID, UPI Ref. No., Initiated at, Paid via); Google Pay for
    Business on the shop's phone (the shop under the app, the buyer's initials, "<buyer> paid you", the sum,
    a Received capsule; UPI transaction ID, Google transaction ID, To, Date, each label small over its
    value; its bottom navigation bar); Jupiter's Payment done ("to <payee>", "on <day> at <hour>"; fields two
    to a row: UPI Ref and Paid from, Jupiter Txn ID and Note); Indian Bank's IndOASIS summary ("Payment of
    <sum> to <payee> is successful."; shaded label cells: Payee, Amount, Date, Mode, Remarks, Status; a
    Download receipt button; no reference). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=380, high=34000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share",))
        band(p, (72, 36, 120))
        app_head(p, "tata neu", "UPI")
        shield(p, status)
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, GHAR])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        nid = f"NEU{j.date:%y%m%d}{digits(rng, 10)}"
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Neu transaction ID", nid, txn=(TXN_RANK, nid))
        kvr(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "Paid from", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        kvr(p, "NeuCoins earned", str(rng.randrange(4, 90)))
        stars(p, "How was your payment experience?")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (151, 20, 77))
        app_head(p, "Axis Mobile", "UPI")
        sicon(p, status)
        p.add("center", "Money sent successfully", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Yesterday, {hhmm(rng, lower=True)}")
        p.add("rule")
        for label, value, facts in [
            ("UPI Reference Number", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("From account", f"{sb} XX{digits(rng, 4)}", {"method": "UPI"}),
            ("Remarks", rng.choice(NOTES), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        nav(p, ["Home", "History", "Scan", "Profile", "More"], 1)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry",))
        band(p, (154, 28, 32))
        app_head(p, "IDFC FIRST Bank", "UPI")
        strip(p, "Transaction failed", status)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The payee's bank did not respond (U30). Any amount debited is reversed in 48 hours.")
        p.add("gap")
        tid = f"IDFB{j.date:%y%m%d}{digits(rng, 8)}"
        grid(
            p,
            "id",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["UPI RRN", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Payee UPI ID", vpa], {}),
                (["Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Debit account", f"XXXXXX{digits(rng, 4)}"], {"method": "UPI"}),
            ],
            tint=(244, 226, 226),
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 52, 120))
        app_head(p, "JioFinance", "UPI")
        sicon(p, status)
        p.add("center", "Paid successfully", status=status)
        p.accent(GREEN)
        mark = sign(font, "\u20b9", "Rs.")
        h275.bigsum(p, mark, j.amount, "indian", amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", vpa)
        p.add("gap")
        jid = f"JF{digits(rng, 14)}"
        grid(
            p,
            "jf",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Transaction details", ""],
            [
                (["UPI transaction ID", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["JioFinance reference", jid], {"txn": (TXN_RANK, jid)}),
                (["Debited from", f"{sb} {dot * 2}{digits(rng, 4)}"], {"method": "UPI"}),
                (["Date", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            ],
            tint=(222, 232, 248),
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, (236, 102, 36))
        app_head(p, "freecharge", "UPI")
        timer(p, rng.uniform(0.3, 0.8), f"0:{rng.randrange(12, 59):02d}")
        p.add("center", "Payment Pending", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Your bank has not confirmed the payment yet. Please do not pay again.")
        p.add("gap")
        fid = f"FC{digits(rng, 16)}"
        dots(p, "Transaction ID", fid, at=0.4, txn=(TXN_RANK, fid))
        dots(p, "UPI Ref. No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        dots(p, "Initiated at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        dots(p, "Paid via", f"UPI {dot} {sb}", at=0.4, method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", "Google Pay")
        p.add("small", "for Business")
        p.add("gap")
        p.part = "body"
        name = pick(p, "center", [GHAR_CAPS, GHAR])
        p.add("center", name, merchant=name)
        p.add("small", "Kumartuli, Kolkata")
        p.add("gap")
        avatar(p, initials(who), (66, 133, 244))
        p.add("center", f"{who} paid you")
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "Received", status)
        p.add("rule")
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        for label, value, facts in [
            ("UPI transaction ID", j.ref, {"txn": (UTR_RANK, j.ref), "method": "UPI"}),
            ("Google transaction ID", gid, {"txn": (TXN_RANK, gid)}),
            ("To", f"{GHAR} (Indian Bank {dot * 2}{digits(rng, 4)})", {}),
            ("Date", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), {"date": j.date}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        nav(p, ["Home", "Payments", "QR", "Business"], 1)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Share", "Done"))
        band(p, (244, 84, 56))
        app_head(p, "Jupiter", "UPI")
        sicon(p, status)
        p.add("center", "Payment done!", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (' at ',))}", date=j.date)
        p.add("gap")
        jid = f"JUP{digits(rng, 12)}"
        two_up(
            p,
            "ju1",
            ("UPI Ref", j.ref),
            ("Paid from", f"Jupiter {dot * 2}{digits(rng, 4)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        two_up(p, "ju2", ("Jupiter Txn ID", jid), ("Note", clip(rng.choice(NOTES), 18)), txn=(TXN_RANK, jid))
        return p.done()
    p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=())
    band(p, (0, 70, 140))
    app_head(p, "IndOASIS", "Indian Bank")
    sicon(p, status)
    name = pick(p, "left", [to, GHAR])
    p.add("left", f"Payment of {rs(j.amount)} to {name} is successful.", status=status)
    p.add("gap")
    kv(p, "Payee", name, at=0.34, merchant=name)
    kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
    kv(p, "Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=0.34, date=j.date)
    kv(p, "Mode", "UPI", at=0.34, method="UPI")
    kv(p, "Remarks", rng.choice(NOTES), at=0.34)
    kv(p, "Status", "SUCCESS", at=0.34)
    p.add("gap")
    p.add("center", "Download receipt")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its place, the frame
PAYERS = [
    ("The West Bengal Handicrafts Development Corporation Ltd.", "Kolkata", "erpnext"),
    ("Naktala Nabapally Sarbojanin Durgotsab Committee", "Naktala, Kolkata - 700047", "voucher"),
    ("Eastern Railway, Howrah Division", "Howrah", "ireps"),
    ("Rajbari Heritage Hotels Pvt Ltd", "Park Street, Kolkata", "kotak"),
    ("Shubho Bibaho Events", "Salt Lake, Kolkata", "idbi"),
    ("ALPONA DECOR HOUSE", "Gariahat, Kolkata - 700019", "mybillbook"),
    ("GiftCraft Corporate Solutions Pvt Ltd", "Bengaluru", "open"),
    ("Flipkart", "Bengaluru", "flipkart"),
]
COMMITTEE_BN = "নাকতলা নবপল্লী সর্বজনীন দুর্গোৎসব কমিটি"


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The company's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    out = []
    for part in h277.split(rng, j.amount, n):
        day = j.date - dt.timedelta(days=rng.randrange(8, 50))
        out.append((f"{prefix}/{fy(day)}/{rng.randrange(40, 400)}", day, part))
    return out


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The state's handicrafts corporation (Manjusha), a Kolkata Durga Puja committee, Eastern Railway's
    Howrah Division through IREPS, a Park Street heritage hotel through Kotak's cash management, a wedding
    decorator, a Gariahat decor house, a Bengaluru corporate gifts firm through Open and Flipkart paying the
    company: Manjusha's PAYMENT ENTRY as ERPNext prints it (its number beside the Posting Date, its fields
    four to a row: Payment Type, Mode of Payment, Party Type, Paid From; Party, Paid Amount (INR),
    Cheque/Reference No, Cheque/Reference Date; a table ruled on every side of the invoices paid: Type | Name
    | Grand Total | Allocated, Total Allocated; ERPNext's Remarks "Amount INR x paid to <party> by NEFT ...");
    the puja committee's PAYMENT VOUCHER under its Bengali name and a daker saaj divider (Voucher No. left
    blank; Date, Paid to, On account of, Rupees, By written in; Rs. in a box; no reference); IREPS' bill
    status sent to the bank with its credit awaited (a table ruled on every side: Bill No. | Bill Date | PO
    No. | Bill Amount; shaded label cells: Vendor Name, TDS, Net Payable, Payment Mode, e-Payment Ref. No.,
    Sent to bank on, UTR Awaited, Payment Status); Kotak's CMS payment advice mailed for the hotel (a striped
    table of its details: Beneficiary, Credit account, Amount, Payment mode, UTR No., Value date; a table
    ruled on every side of the invoices: Invoice No. | Invoice Date | Gross | TDS 2% | Net, Total); IDBI GO
    Mobile+'s Transaction Failed under a shield forwarded by the decorator (the reason; IMPS Ref. No.,
    Transaction date, From, Remarks); ALPONA DECOR HOUSE's PAYMENT OUT from myBillBook (its number beside
    Payment Date, Party Name, a ruled table of invoices settled, Total Amount Paid, Payment Mode, Notes "UPI
    ref ..."); Open's payout mail ("<payer> has paid you <sum>.", a callout: Payout ID, UTR, Mode, Beneficiary,
    Account, Processed at); Flipkart Seller Hub's previous payment (its tabs, Seller, a striped table Order
    ID | Product | Sale amount | Fees | Settlement, Bank settlement value, NEFT ID, Settlement period, Status
    Settled; no day). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=9000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([COMPANY, COMPANY_CAPS, COMPANY_SHORT])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    dot = sign(font, "\u2022", "*")
    if frame == "erpnext":
        p = sheet_page(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [payer, "West Bengal Handicrafts Development Corporation"]))
        p.add(
            "small",
            f"Manjusha  |  7 Jawaharlal Nehru Road, Kolkata - 700013  |  GSTIN {gstin_of(rng, kind_='C')}",
        )
        p.add("center", "PAYMENT ENTRY")
        p.add("rule")
        p.part = "body"
        pe = f"ACC-PAY-{j.date.year}-{rng.randrange(100, 2000):05d}"
        day = day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])
        cols(
            p,
            "ep",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            pe,
            f"Posting Date: {day}",
            txn=(INVOICE_RANK, pe),
            date=j.date,
        )
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        spec4 = [(0.0, 0.24, "l"), (0.24, 0.5, "l"), (0.52, 0.76, "l"), (0.76, 1.0, "l")]
        cols(p, "e4", spec4, "Payment Type", "Pay", "Mode of Payment", way, mode="line", method="netbanking")
        cols(p, "e4", spec4, "Party Type", "Supplier", "Paid From", "SBI CA 4411", mode="line")
        spec2 = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        name = h273.cell_name(p, 0.7, [payee, COMPANY_SHORT, CUT], scale=1.0)
        cols(p, "e2", spec2, "Party", name, mode="line", merchant=name)
        cols(p, "e2", spec2, "Paid Amount (INR)", rs(j.amount), mode="line", amount=j.amount)
        cols(p, "e2", spec2, "Cheque/Reference No", utr, mode="line", txn=(UTR_RANK, utr))
        cols(p, "e2", spec2, "Cheque/Reference Date", day, mode="line")
        p.add("gap")
        p.add("left", "Payment References")
        bills = bills_of(rng, j, rng.randrange(1, 4), "BSSPCL")
        grid(
            p,
            "er",
            [(0.0, 0.26, "l"), (0.26, 0.56, "l"), (0.56, 0.78, "r"), (0.78, 1.0, "r")],
            ["Type", "Name", "Grand Total", "Allocated"],
            [(["Purchase Invoice", b, num(v), num(v)], {}) for b, _, v in bills],
            foot=(["Total Allocated", num(j.amount)], {}),
            tint=(232, 236, 242),
        )
        p.add("gap")
        p.add(
            "left",
            f"Remarks: Amount INR {num(j.amount, 'western')} paid to {name} by {way}, transaction reference "
            f"no {utr} dated {day}.",
            status=status,
        )
        p.add("small", "Sholapith decorations for the Manjusha emporia, puja season 2026.")
        return p.done()
    if frame == "voucher":
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(250, 246, 234), (248, 246, 238)])
        p.part = "head"
        bn(p, COMMITTEE_BN, scale=0.95, bold=True)
        top(p, pick(p, "title", [payer, "Naktala Nabapally Sarbojanin"]))
        p.add("small", "Estd. 1959  |  Naktala, Kolkata - 700047")
        lace(p)
        p.add("center", "PAYMENT VOUCHER")
        p.part = "body"
        cols(p, "pv", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Voucher No. ..........", "")
        j.amount = float(rng.randrange(65, 180) * 100)
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        name = COMPANY_SHORT
        blank(p, "Paid to", name, merchant=name, status=status)
        blank(p, "On account of", "Daker saaj for the Pratima (5 idols)")
        blank(p, "Rupees", words_in_rupees(j.amount).replace("Rupees ", ""))
        blank(p, "By", "Cash", method="cash")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        kind(p, "pvs", [(0.0, 0.33, "l"), (0.33, 0.66, "c"), (0.66, 1.0, "r")], "soft")
        row(p, "pvs", "Receiver", "Treasurer", "Secretary")
        return p.done()
    if frame == "ireps":
        p = browser_page(rng, font, "www.ireps.gov.in/epsn/bill/viewBillStatus.do")
        p.part = "head"
        top(p, "IREPS")
        p.add("small", "Indian Railways E-Procurement System  |  Eastern Railway, Howrah Division")
        p.add("rule")
        p.part = "body"
        p.add("left", "Bill status")
        taxable = float(rng.randrange(40000, 180000, 100))
        gross = round(taxable * 1.05, 2)
        tds = round(taxable * 0.02, 2)
        gtds = round(taxable * 0.02, 2)
        j.amount = round(gross - tds - gtds, 2)
        bno = f"ER/HWH/{rng.randrange(1000, 9999)}"
        grid(
            p,
            "ir",
            [(0.0, 0.26, "l"), (0.26, 0.46, "l"), (0.46, 0.74, "l"), (0.74, 1.0, "r")],
            ["Bill No.", "Bill Date", "PO No.", "Bill Amount"],
            [([bno, when(earlier(rng, j, 6, 30), "%d/%m/%Y"), f"01{digits(rng, 8)}", num(gross)], {})],
            tint=(226, 232, 242),
        )
        p.add("gap")
        eref = f"ERHWH{j.date:%y}{digits(rng, 8)}"
        name = h273.cell_name(p, 0.62, [payee, COMPANY_SHORT, CUT], scale=1.0)
        kv(p, "Vendor Name", name, at=0.38, merchant=name)
        kv(p, "TDS (IT 2%, GST 2%)", num(tds + gtds), at=0.38)
        kv(p, "Net Payable", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Payment Mode", "EFT (NEFT)", at=0.38, method="netbanking")
        kv(p, "e-Payment Ref. No.", eref, at=0.38, txn=(TXN_RANK, eref))
        kv(p, "Sent to bank on", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.38, date=j.date)
        kv(p, "UTR", "Awaited", at=0.38)
        kv(p, "Payment Status", "Sent to bank - credit awaited", at=0.38, status=status)
        p.add("small", "Sholapith decorations for the Durga Puja pandal at Howrah station.")
        return p.done()
    if frame == "kotak":
        p = mail_page(
            rng,
            font,
            "Kotak Mahindra Bank <cms.payments@kotak.com>",
            [f"Payment advice - {payer}", "Vendor payment advice"],
        )
        p.part = "head"
        top(p, "Kotak Mahindra Bank")
        p.add("small", "Cash Management Services  |  Payment Advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Vendor,")
        p.add(
            "left",
            f"On the instruction of our client {payer}, the payment below has been credited to your account.",
            status=status,
        )
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "Kotak Mahindra Bank", way)
        name = h273.cell_name(p, 0.62, [payee, COMPANY_SHORT, CUT], scale=1.0)
        zebra(
            p,
            "kt",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Payment details", ""],
            [
                (["Beneficiary", name], {"merchant": name}),
                (["Credit account", f"Indian Bank {tail(rng)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment mode", way], {"method": "netbanking"}),
                (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Value date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
            (0, 46, 104),
        )
        p.add("gap")
        bills = bills_of(rng, j, rng.randrange(1, 3), "BSSPCL")
        rows_ = []
        for b, d, v in bills:
            gross = round(v / 0.98, 2)
            rows_.append(([b, when(d, "%d/%m/%Y"), num(gross), num(gross - v), num(v)], {}))
        grid(
            p,
            "kb",
            [(0.0, 0.28, "l"), (0.28, 0.48, "l"), (0.48, 0.66, "r"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
            ["Invoice No.", "Invoice Date", "Gross", "TDS 2%", "Net"],
            rows_,
            foot=(["Total", num(j.amount)], {}),
            tint=(228, 232, 240),
        )
        p.add("gap")
        p.add("small", "Shola decor for the hotel's courtyard Durga Puja. This is a system generated mail.")
        return p.done()
    if frame == "idbi":
        j.amount = rupees(rng, 12000, 90000, 0.6)
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (0, 128, 96))
        app_head(p, "GO Mobile+", "IDBI Bank")
        shield(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {COMPANY_SHORT}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add(
            "small", "The beneficiary bank rejected the credit (name mismatch). Your account is not debited."
        )
        p.add("rule")
        kvr(p, "IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        kvr(p, "Transaction date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ", ", ")), date=j.date)
        kvr(p, "From", f"Shubho Bibaho Events XX{digits(rng, 4)}")
        kvr(p, "Remarks", f"topor + mukut, {rng.randrange(12, 40)} sets")
        p.add("small", f"Forwarded by Shubho Bibaho Events {dot} Salt Lake")
        return p.done()
    if frame == "mybillbook":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, payer)
        p.add("small", f"Wedding and puja decor  |  {town}  |  GSTIN {gstin_of(rng)}")
        p.add("center", "PAYMENT OUT")
        p.add("rule")
        p.part = "body"
        po = str(rng.randrange(12, 240))
        cols(
            p,
            "mb",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Payment Out No. {po}",
            f"Payment Date: {day_in(j, rng, ['%d/%m/%Y', '%d %b %Y'])}",
            txn=(INVOICE_RANK, po),
            date=j.date,
        )
        p.add("gap")
        j.amount = rupees(rng, 9000, 60000, 0.5)
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        name = h273.cell_name(p, 0.7, [payee, COMPANY_SHORT, CUT], scale=1.0)
        colkv(p, "mp", spec, "Party Name", name, merchant=name)
        colkv(p, "mp", spec, "Party Address", "Shola Ghar, Kumartuli, Kolkata")
        p.add("gap")
        bills = bills_of(rng, j, rng.randrange(1, 3), "SG")
        grid(
            p,
            "mi",
            [(0.0, 0.32, "l"), (0.32, 0.56, "l"), (0.56, 0.78, "r"), (0.78, 1.0, "r")],
            ["Invoice No.", "Invoice Date", "Invoice Amount", "Amount Settled"],
            [([b, when(d, "%d/%m/%Y"), num(v), num(v)], {}) for b, d, v in bills],
            tint=(236, 236, 244),
        )
        total(p, "Total Amount Paid", rs(j.amount), at=0.6, amount=j.amount, status=status)
        colkv(p, "mp", spec, "Payment Mode", "UPI", method="UPI")
        colkv(p, "mp", spec, "Notes", f"UPI ref {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("gap")
        p.add("small", "Generated on myBillBook")
        return p.done()
    if frame == "open":
        j.amount = rupees(rng, 15000, 120000, 0.4)
        p = mail_page(
            rng,
            font,
            "Open <payouts@open.money>",
            [f"Payment received from {payer}", "You have received a payout"],
        )
        p.part = "head"
        top(p, "Open")
        p.add("small", "Business banking  |  Payouts")
        p.add("rule")
        p.part = "body"
        p.add("left", f"{payer} has paid you {rs(j.amount)}.", amount=j.amount, status=status)
        p.add("small", "The payout was processed by IMPS to the bank account below.")
        p.add("gap")
        c = call_open(p)
        pid = f"OPNPO{digits(rng, 11)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        name = h273.cell_name(p, 0.66, [payee, COMPANY_SHORT, CUT], scale=1.0)
        colkv(p, "op", spec, "Payout ID", pid, txn=(TXN_RANK, pid))
        colkv(p, "op", spec, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        colkv(p, "op", spec, "Mode", "IMPS", method="netbanking")
        colkv(p, "op", spec, "Beneficiary", name, merchant=name)
        colkv(p, "op", spec, "Account", f"Indian Bank {tail(rng)}")
        colkv(
            p,
            "op",
            spec,
            "Processed at",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            date=j.date,
        )
        call_close(p, c, (92, 60, 220))
        p.add("small", f"Diwali hampers with shola lotus wall hangings, PO GC/{rng.randrange(100, 900)}.")
        return p.done()
    p = browser_page(rng, font, "seller.flipkart.com/index.html#dashboard/payments/previous")
    p.part = "head"
    top(p, "Flipkart Seller Hub")
    p.add("small", "Payments  |  Previous payments")
    p.add("rule")
    p.part = "body"
    tabs(p, ["Overview", "Previous payments", "Transactions"], 1)
    p.add("gap")
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    name = h273.cell_name(p, 0.7, [COMPANY_CAPS, COMPANY_SHORT.upper(), CUT], scale=1.0)
    colkv(p, "fk", spec, "Seller", name, merchant=name)
    p.add("gap")
    j.amount = rupees(rng, 4000, 36000, 0.1)
    nets = h277.split(rng, j.amount, rng.randrange(2, 5))
    rows_ = []
    for net in nets:
        fee = round(net * 0.16 / 0.84, 2)
        item = rng.choice(["Topor 18 in", "Mukut set", "Kadam balls x12", "Shola Ganesh", "Lotus hanging"])
        rows_.append(([f"OD{digits(rng, 12)}", item, num(net + fee), num(fee), num(net)], {}))
    zebra(
        p,
        "fz",
        [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
        ["Order ID", "Product", "Sale amount", "Fees", "Settlement"],
        rows_,
        (40, 116, 240),
    )
    total(p, "Bank settlement value", rs(j.amount), at=0.6, amount=j.amount)
    utr = utr_for(rng, j, "Axis Bank", "NEFT")
    start = j.date - dt.timedelta(days=rng.randrange(9, 14))
    kv(p, "NEFT ID", utr, at=0.36, txn=(UTR_RANK, utr), method="netbanking")
    kv(
        p,
        "Settlement period",
        f"{when(start, '%d %b %Y')} - {when(start + dt.timedelta(days=6), '%d %b %Y')}",
        at=0.36,
    )
    kv(p, "Status", "Settled", at=0.36, status=status)
    p.add("small", "Settled amounts reach the registered bank account in 1 to 2 working days.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Sarbojanin Durga Puja Samiti (UK)", "London, United Kingdom", "GBP", 300, 3500, "natwest"),
    ("Garden State Durgotsav Inc.", "Edison, New Jersey, USA", "USD", 400, 6000, "chase"),
    ("Stichting Durga Puja Amstelveen", "Amstelveen, Netherlands", "EUR", 300, 4000, "rabo"),
    ("Toronto Bengali Cultural Association", "Toronto, Canada", "CAD", 300, 4500, "scotia"),
    ("Sydney Durgotsav Association Inc.", "Sydney, Australia", "AUD", 300, 5000, "commbank"),
    ("Singapore Bengali Pujo Society", "Singapore", "SGD", 300, 5000, "ocbc"),
    ("Al Noor Decor Trading LLC", "Abu Dhabi, UAE", "AED", 1500, 20000, "fab"),
    ("Doha Bengali Cultural Forum", "Doha, Qatar", "QAR", 1000, 15000, "doha"),
]
FX = {"GBP": 112.8, "USD": 86.4, "EUR": 97.6, "CAD": 62.9, "AUD": 57.2, "SGD": 66.8, "AED": 23.5, "QAR": 23.7}


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: pounds with their sign or code, US dollars with $, US$ or USD,
    euros the Dutch way (dots between the thousands, a decimal comma, EUR or the euro sign before), Canadian,
    Australian and Singapore dollars with their marks or codes, dirhams and riyals with their codes (riyals
    as QR on some); English grouping on the rest."""
    if cur == "EUR":
        mark = rng.choice([sign(font, "\u20ac", "EUR") + " ", "EUR "])
        return lambda v: mark + f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    forms = {
        "GBP": [sign(font, "\u00a3", "GBP ") + "{v}", "GBP {v}"],
        "USD": ["${v}", "US${v}", "USD {v}"],
        "CAD": ["CAD {v}", "${v} CAD"],
        "AUD": ["A${v}", "AUD {v}"],
        "SGD": ["S${v}", "SGD {v}"],
        "AED": ["AED {v}", "{v} AED"],
        "QAR": ["QAR {v}", "QR {v}"],
    }[cur]
    form = rng.choice(forms)
    return lambda v: form.format(v=f"{v:,.2f}")


DUTCH = [
    ("Begunstigde", "Beneficiary"),
    ("Bank begunstigde", "Beneficiary's bank"),
    ("Bedrag", "Amount"),
    ("Uitvoeringsdatum", "Execution date"),
    ("Betaalwijze", "Payment type"),
    ("Kenmerk", "Reference"),
    ("Omschrijving", "Description"),
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Durga Puja committees and a decor house abroad paying for daker saaj, crowns and shola decor: NatWest
    Bankline's payment confirmation in pounds (From and To side by side, then dot leaders: Amount, Payment
    date, Payment type, Payment reference, Your reference, Status Sent); Chase's wire in process in US
    dollars ("to <beneficiary>"; hairline rows: Wire ID, Send on, Type, Recipient bank, Fee (paid by you),
    Memo); Rabobank's executed payment in euros the Dutch way, each label in Dutch with its English after a
    slash (Begunstigde / Beneficiary, Bank begunstigde / Beneficiary's bank, Bedrag / Amount,
    Uitvoeringsdatum / Execution date 17-10-2026, Betaalwijze / Payment type, Kenmerk / Reference,
    Omschrijving / Description) under an "Uitgevoerd / Executed" band; Scotiabank's mail of a transfer that
    could not be completed in Canadian dollars (its sentence, a card: Reference number, Recipient, Amount,
    Date sent, Transfer type, Reason); CommBank's International Money Transfer receipt in Australian dollars
    as a PDF open in a viewer (a table ruled on every side: Receipt number, Date, From account, To,
    Beneficiary bank, Amount sent, Fee, Transfer type, Status); OCBC Business' transfer successful in
    Singapore dollars with "Today, <hour>" (Transaction reference, Beneficiary bank, Transfer type, Purpose;
    no day); First Abu Dhabi Bank's typed copy of its MT103 in dirhams (:20:, :23B:, :32A:, :50K:, :57A:,
    :59: over two lines, :70:, :71A:, its STATUS line); a Doha forum's treasurer's mail in Qatari riyals ("We
    have transferred QAR x to your account ... on <day>", Beneficiary:; no reference). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([COMPANY, COMPANY_CAPS, COMPANY_SHORT])
    inv = f"BSSPCL/EXP/{fy(j.date)}/{rng.randrange(4, 60):03d}"
    bank_line = "Indian Bank, Katwa, India"
    if frame == "natwest":
        p = browser_page(rng, font, "www.bankline.natwest.com/payments/confirmation")
        p.part = "head"
        top(p, "NatWest")
        p.add("small", "Bankline  |  International payment confirmation")
        p.add("rule")
        p.part = "body"
        spec = [(0.0, 0.48, "l"), (0.52, 1.0, "l")]
        kind(p, "nwh", spec, "soft", group="nw", bold=(0, 1))
        kind(p, "nw", spec, "plain", group="nw")
        c = card_open(p)
        row(p, "nwh", "From", "To")
        left = h273.cell_name(p, 0.48, [payer, "Durga Puja Samiti UK"], scale=1.0)
        name = h273.cell_name(p, 0.48, [me, COMPANY_SHORT, CUT], scale=1.0)
        row(p, "nw", left, name, merchant=name)
        row(p, "nw", f"Sort code 60-{digits(rng, 2)}-{digits(rng, 2)}", bank_line)
        row(p, "nw", f"Account ending {digits(rng, 4)}", f"A/c ending {digits(rng, 4)}")
        card_close(p, c)
        p.add("gap")
        ref = f"NWB{j.date:%y%m%d}{digits(rng, 6)}"
        dots(p, "Amount", show(j.amount), at=0.36, bold=True, amount=j.amount, cur=cur)
        dots(p, "Payment date", day_in(j, rng, ["%d %B %Y", "%d/%m/%Y"]), at=0.36, date=j.date)
        dots(p, "Payment type", "International payment (SWIFT)", at=0.36, method="netbanking")
        dots(p, "Payment reference", ref, at=0.36, txn=(BANK_RANK, ref))
        dots(p, "Your reference", clip(f"Daker saaj {inv}", 30), at=0.36)
        dots(p, "Status", "Sent", at=0.36, status=status)
        p.add(
            "small", "National Westminster Bank Plc. Payments to India usually arrive within 2 working days."
        )
        return p.done()
    if frame == "chase":
        p = phone(rng, font, k, ["", "Wire details"], dark=False, buttons=("Done",))
        band(p, (17, 72, 144))
        app_head(p, "Chase", "Wires")
        pill(p, "In process", status)
        p.add("center", "Your wire is being processed", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {COMPANY_SHORT}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "International wires usually arrive within 1 to 2 business days.")
        p.add("rule")
        wid = f"W{digits(rng, 10)}"
        kvr(p, "Wire ID", wid, txn=(BANK_RANK, wid))
        kvr(p, "Send on", day_in(j, rng, ["%b {d}, %Y", "%B {d}, %Y"]), date=j.date)
        kvr(p, "Type", "International wire (SWIFT)", method="netbanking")
        kvr(p, "Recipient bank", "Indian Bank, India")
        kvr(p, "Fee (paid by you)", show(float(rng.choice([40, 45, 50]))))
        kvr(p, "Memo", clip(f"Pujo 2026, {inv}", 26))
        return p.done()
    if frame == "rabo":
        p = browser_page(rng, font, "bankieren.rabobank.nl/betalen/opdracht/details")
        p.part = "head"
        top(p, "Rabobank")
        p.add("small", "Rabo Internetbankieren  |  Betaalopdracht / Payment order")
        p.add("rule")
        p.part = "body"
        strip(p, "Uitgevoerd / Executed", status)
        p.add("gap")
        p.add("left", f"{payer}, {city}")
        p.add("gap")
        at = 0.44
        face = load_font(p.font, p.style["size"])
        name = next(
            (n for n in (me, COMPANY_SHORT, CUT) if face.getlength(n) <= (1 - at) * room_of(p) - 8), CUT
        )
        ref = f"RABO{j.date:%y%m%d}{digits(rng, 6)}"
        values = [
            (name, {"merchant": name}),
            (bank_line, {}),
            (show(j.amount), {"amount": j.amount, "cur": cur}),
            (when(j.date, "%d-%m-%Y"), {"date": j.date}),
            ("Buitenlandse betaling (SWIFT)", {"method": "netbanking"}),
            (ref, {"txn": (BANK_RANK, ref)}),
            (clip(f"Factuur {inv}", 28), {}),
        ]
        for (nl, en), (value, facts) in zip(DUTCH, values):
            bilab(p, nl, en, value, at=at, **facts)
        p.add("gap")
        p.add("small", "Rabobank U.A. Deze bevestiging is automatisch gemaakt.")
        return p.done()
    if frame == "scotia":
        p = mail_page(
            rng,
            font,
            "Scotiabank <alerts@scotiabank.com>",
            [
                "Your international money transfer could not be completed",
                "International money transfer update",
            ],
        )
        p.part = "head"
        top(p, "Scotiabank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Hello,")
        p.add(
            "left",
            "Your international money transfer could not be completed. The recipient's bank returned the "
            "funds; the amount, less any fees charged by other banks, is back in your account.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        ref = f"IMT{digits(rng, 9)}"
        name = h273.cell_name(p, 0.66, [me, COMPANY_SHORT, CUT], scale=1.0)
        colkv(p, "sc", spec, "Reference number", ref, txn=(BANK_RANK, ref))
        colkv(p, "sc", spec, "Recipient", name, merchant=name)
        colkv(p, "sc", spec, "Amount", show(j.amount), amount=j.amount, cur=cur)
        colkv(p, "sc", spec, "Date sent", day_in(j, rng, ["%B {d}, %Y", "%b {d}, %Y"]), date=j.date)
        colkv(p, "sc", spec, "Transfer type", "International Money Transfer (SWIFT)", method="netbanking")
        colkv(p, "sc", spec, "Reason", "Beneficiary name does not match the account")
        card_close(p, c)
        p.add("gap")
        p.add("small", "The Bank of Nova Scotia. Please do not reply to this e-mail.")
        return p.done()
    if frame == "commbank":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        frame_(p, "pdf", f"IMT_Receipt_{digits(rng, 8)}.pdf")
        p.part = "head"
        top(p, "CommBank")
        p.add("small", "Commonwealth Bank of Australia  |  International Money Transfer receipt")
        p.add("rule")
        p.part = "body"
        rno = f"N{digits(rng, 9)}"
        name = h273.cell_name(p, 0.62, [me, COMPANY_SHORT, CUT], scale=1.0)
        grid(
            p,
            "cb",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Transfer details", ""],
            [
                (["Receipt number", rno], {"txn": (BANK_RANK, rno)}),
                (["Date", day_in(j, rng, ["{d} %B %Y", "%d/%m/%Y"])], {"date": j.date}),
                (["From account", f"{clip(payer, 26)} - NetBank Saver"], {}),
                (["To", name], {"merchant": name}),
                (["Beneficiary bank", "Indian Bank, Katwa (IDIBINBBKTW)"], {}),
                (["Amount sent", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Fee", show(float(rng.choice([6, 10])))], {}),
                (["Transfer type", "International Money Transfer (SWIFT)"], {"method": "netbanking"}),
                (["Status", "Sent"], {"status": status}),
            ],
            tint=(255, 236, 150),
        )
        p.add("gap")
        p.add(
            "small", "Commonwealth Bank of Australia ABN 48 123 123 124. Keep this receipt for your records."
        )
        return p.done()
    if frame == "ocbc":
        p = phone(rng, font, k, ["", "Transfer"], dark=rng.random() < 0.3, buttons=("Done",))
        band(p, (226, 24, 54))
        app_head(p, "OCBC Business", "Overseas transfer")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {COMPANY_SHORT}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        ref = f"OCBC{digits(rng, 10)}"
        kvr(p, "Transaction reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Beneficiary bank", "Indian Bank, India")
        kvr(p, "Transfer type", "Telegraphic transfer", method="netbanking")
        kvr(p, "Purpose", "Payment for goods")
        return p.done()
    if frame == "fab":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (252, 252, 250)
        p.part = "body"
        w_ = h271.tt_cols(p)
        typed(p, "FIRST ABU DHABI BANK".center(w_).rstrip())
        typed(p, "SWIFT MESSAGE COPY - MT103".center(w_).rstrip())
        typed(p, "SINGLE CUSTOMER CREDIT TRANSFER".center(w_).rstrip())
        typed(p, "=" * w_)
        ref = f"FAB{j.date:%y%m%d}{digits(rng, 7)}"
        whole, frac = f"{j.amount:.2f}".split(".")
        typed(p, f":20:  {ref}", txn=(BANK_RANK, ref))
        typed(p, ":23B: CRED")
        typed(p, f":32A: {j.date:%y%m%d}{cur}{whole},{frac}", amount=j.amount, cur=cur, date=j.date)
        typed(p, f":50K: /AE07033{digits(rng, 9)}")
        typed(p, f"      {payer.upper()[: w_ - 6]}")
        typed(p, "      ABU DHABI UAE")
        typed(p, ":57A: IDIBINBBXXX")
        typed(p, f":59:  /50{digits(rng, 8)}")
        typed(p, "      BONKAPASI SHOLA SHILPI PRODUCER", merchant=COMPANY_CAPS)
        typed(p, "      COMPANY LIMITED")
        typed(p, f":70:  {clip('INV ' + inv + ' SHOLA DECOR', w_ - 6).upper()}")
        typed(p, ":71A: SHA", method="netbanking")
        typed(p, "=" * w_)
        typed(p, "STATUS: PROCESSED - SENT TO BENEFICIARY BANK", status=status)
        p.add("small", "First Abu Dhabi Bank PJSC. A copy of the message as sent; no signature is needed.")
        return p.done()
    p = mail_page(
        rng,
        font,
        "Doha Bengali Cultural Forum <treasurer@dbcfqatar.org>",
        ["Payment for the daker saaj", "Transfer done - Durga Puja 2026"],
    )
    p.part = "body"
    p.add("left", "Dear Mousumi-di,")
    p.add(
        "left",
        f"We have transferred {show(j.amount)} to your account with Indian Bank on "
        f"{day_in(j, rng, ['{d} %B %Y', '%d/%m/%Y'])} from our account with Commercial Bank of Qatar, for the "
        "daker saaj and the two shola mukuts for our Durga Puja. Kindly confirm when it reaches you.",
        amount=j.amount,
        cur=cur,
        date=j.date,
        method="netbanking",
        status=status,
    )
    p.add("gap")
    name = pick(p, "left", [f"Beneficiary: {me}", f"Beneficiary: {COMPANY_SHORT}", f"Beneficiary: {CUT}"])[
        13:
    ]
    p.add("left", f"Beneficiary: {name}", merchant=name)
    p.add("left", "Bank: Indian Bank, Katwa branch (SWIFT IDIBINBBXXX)")
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", "Partha Sarathi Bose")
    p.add("small", f"Treasurer, {payer}, {city}")
    return p.done()


# ---------------------------------------------------------------- 4. the company's own papers


COMMITTEES = [
    "Behala Uttar Pally Sarbojanin Durgotsab Committee",
    "Dum Dum Park Nabarun Sangha Durgotsab Samiti",
    "Bally Jora Ashwathatala Sarbojanin Puja Committee",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own papers, each its unit or itself on top: Shola Ghar's TAX INVOICE made in Busy under
    a shola topor and its Bengali name (Invoice No. and Date in one row, Party, a table ruled on every side S.N.
    | Description | HSN | Qty | Rate | Amount with CGST 2.5%, SGST 2.5% and Grand Total, the sum in words,
    "Received Rs. x by UPI (Ref. No. ...)"); the Poush Mela stall's CASH MEMO on a pad whose gummed head is
    torn off (No. left blank, Date and Name written in, the pieces written on its ruling, Total, "Paid in
    cash"; no reference); Cashfree Payments' checkout for the web shop with the payment failed (a large
    cross, a ruled table: Order ID, Amount, Payment method, Cashfree reference ID, Date & time, Failure
    reason); a puja committee's ORDER CUM ADVANCE RECEIPT in a daker saaj border under the company's Bengali
    name (Receipt No. beside Date:, a table ruled on every side of the idols' ornaments ordered with its Order
    value, Advance received by NEFT with its UTR and day, Balance on delivery, Delivery by); Shola Ghar's
    WhatsApp Business order with its payment pending (the chat's day divider, the buyer's bubble, the order
    card: the shop, Order #, the pieces, the sum, Payment pending, Pay by UPI); Townscript's e-ticket for a shola
    workshop at the Karmashala (Booking confirmed, Booking ID, Payment ID, Amount paid, Paid via, the
    workshop's own day and a QR code; no day); Shola Ghar's MONEY RECEIPT from its book, its number struck in
    red (Date, Received with thanks from, the sum of Rupees, by UPI, Ref, towards written in; Rs. in a box);
    Shola Ghar's GoFrugal roll (INV, the day and hour, the pieces, TAXABLE, CGST, SGST, NET AMT, PAID: CARD,
    APPR CODE). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=700, high=42000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        topor(p)
        bn(p, GHAR_BN, scale=1.1, bold=True)
        name = pick(p, "title", [GHAR_CAPS, GHAR])
        top(p, name, merchant=name)
        p.add("small", GHAR_AT)
        p.add("small", f"A unit of {COMPANY_SHORT}  |  GSTIN {GSTIN}")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SG/{fy(j.date)}/{rng.randrange(100, 999):04d}"
        spec4 = [(0.0, 0.2, "l"), (0.2, 0.52, "l"), (0.56, 0.72, "l"), (0.72, 1.0, "l")]
        cols(
            p,
            "bi",
            spec4,
            "Invoice No.",
            inv,
            "Date",
            day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]),
            mode="line",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        cols(p, "bi", spec4, "Party", who, "State", "West Bengal (19)", mode="line")
        p.add("gap")
        items = works(rng, rng.randrange(2, 4), high=3800)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "bt",
            [
                (0.0, 0.07, "c"),
                (0.07, 0.52, "l"),
                (0.52, 0.62, "c"),
                (0.62, 0.69, "c"),
                (0.69, 0.84, "r"),
                (0.84, 1.0, "r"),
            ],
            ["S.N.", "Description", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), clip(t, 34), h, str(q), num(pr, "plain", 0), num(q * pr)], {})
                for n, (t, h, q, pr) in enumerate(items)
            ]
            + [(["", "CGST 2.5%", "", "", "", num(gst)], {}), (["", "SGST 2.5%", "", "", "", num(gst)], {})],
            foot=(["Grand Total", num(j.amount)], {"amount": j.amount}),
            tint=(250, 230, 226),
        )
        p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
        p.add("gap")
        p.add(
            "left",
            f"Received Rs. {num(j.amount, 'indian')} by UPI (Ref. No. {j.ref}).",
            status=status,
            method="UPI",
            txn=(UTR_RANK, j.ref),
        )
        right(p, f"for {GHAR}")
        p.add("small", "Every topor and mukut is cut by hand from shola pith by the Malakars of Bonkapasi.")
        return p.done()
    if k == 1:
        shift(j, rng, POUSH + dt.timedelta(days=rng.randrange(0, 6)))
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 246, 214), (232, 244, 228), (252, 240, 226)])
        decor(p, "gum")
        p.part = "head"
        p.add("gap")
        bn(p, GHAR_BN, scale=1.0, bold=True)
        name = GHAR_CAPS
        top(p, name, merchant=name)
        p.add("small", "Poush Mela, Santiniketan  |  Stall No. 112")
        p.add("center", "CASH MEMO")
        p.part = "body"
        cols(p, "pm", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", who)
        start = len(p.rows)
        spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
        total_ = 0.0
        for text, _, q, pr in works(rng, rng.randrange(2, 4), high=1700):
            hcells(p, spec, f"{clip(text, 28)} x {q}", num(q * pr, "indian", 0))
            total_ += q * pr
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        write(p, "Paid in cash. Thank you!", method="cash", status=status)
        right(p, "for Shola Ghar")
        return p.done()
    if k == 2:
        oid = f"order_{digits(rng, 8)}"
        p = browser_page(rng, font, f"payments.cashfree.com/order/#{code(rng, 12, MIXED)}")
        p.part = "head"
        name = GHAR
        top(p, name, merchant=name)
        p.add("small", f"{WEB}  |  Secured by Cashfree Payments")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment Failed", status=status)
        p.add("small", "Your bank declined the payment. If money was debited, it is refunded in 5 to 7 days.")
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=2600)
        j.amount = round(sum(q * pr for _, _, q, pr in items) + rng.choice([0, 99, 149]), 2)
        cf = f"{digits(rng, 10)}"
        grid(
            p,
            "cf",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Order summary", ""],
            [
                (["Order ID", oid], {"txn": (ORDER_RANK, oid)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment method", f"Debit Card (RuPay {masked(rng, font)})"], {"method": "card"}),
                (["Cashfree reference ID", cf], {"txn": (TXN_RANK, cf)}),
                (["Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Failure reason", "Insufficient funds"], {}),
            ],
            tint=(234, 230, 250),
        )
        p.add("center", "Retry payment")
        return p.done()
    if k == 3:
        shift(j, rng, dt.date(2026, 8, 1) + dt.timedelta(days=rng.randrange(0, 50)))
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (253, 250, 242)
        daker_border(p)
        p.part = "head"
        p.add("gap")
        bn(p, COMPANY_BN, scale=0.86, bold=True)
        name = pick(p, "title", [COMPANY, COMPANY_SHORT])
        top(p, name, merchant=name)
        p.add("small", OFFICE)
        p.add("small", f"CIN {CIN}  |  GSTIN {GSTIN}")
        lace(p)
        p.add("center", "ORDER CUM ADVANCE RECEIPT")
        p.part = "body"
        rno = f"BSSPCL/ADV/{fy(j.date)}/{rng.randrange(1, 80):03d}"
        cols(
            p,
            "oa",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {when(j.date, '%d.%m.%Y')}",
            txn=(INVOICE_RANK, rno),
        )
        client = rng.choice(COMMITTEES)
        p.add("left", f"Received from: {client}")
        lines = [
            ("Daker saaj, Durga set (5 idols)", 1, float(rng.randrange(9000, 18000, 500))),
            ("Shola mukut for the Devi, 18 in", 1, float(rng.randrange(2400, 3800, 100))),
            ("Chalchitra border, pith lace, 12 ft", 1, float(rng.randrange(3000, 6000, 100))),
            ("Chandmala garlands, 5 ft", rng.randrange(4, 10), float(rng.randrange(380, 700, 20))),
        ]
        order = sum(q * r for _, q, r in lines)
        grid(
            p,
            "og",
            [(0.0, 0.56, "l"), (0.56, 0.66, "c"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            [([t, str(q), num(r, "plain", 0), num(q * r)], {}) for t, q, r in lines],
            foot=(["Order value", num(order)], {}),
            tint=(250, 226, 222),
        )
        j.amount = float(round(order * rng.choice([0.4, 0.5]) / 100) * 100)
        utr = utr_for(rng, j, "Indian Bank", "NEFT")
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        p.add("gap")
        colkv(
            p,
            "oav",
            spec,
            "Advance received",
            f"Rs. {num(j.amount, 'indian')} by NEFT, UTR {utr}, on {day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])}",
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        colkv(p, "oav", spec, "Balance on delivery", f"Rs. {num(order - j.amount, 'indian')}")
        colkv(
            p, "oav", spec, "Delivery by", when(j.date + dt.timedelta(days=rng.randrange(20, 40)), "%d.%m.%Y")
        )
        p.add("gap")
        sig(p)
        right(p, f"{CEO}, CEO")
        p.add("gap")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (7, 94, 84))
        p.part = "head"
        p.add("title", who.split(" ", 1)[1])
        p.add("small", f"+91 {phone_no(rng)}")
        p.add("gap")
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), date=j.date)
        s_ = len(p.rows)
        p.add("left", f"Please send the {rng.choice(['topor', 'mukut set', 'kadam phool'])}. Paying now.")
        bubble(p, s_, hhmm(rng, lower=True))
        items = works(rng, rng.randrange(1, 3), high=2400)
        j.amount = round(sum(q * pr for _, _, q, pr in items), 2)
        oid = f"SG{rng.randrange(1000, 9999)}"
        g = h275.gcard_open(p)
        name = GHAR
        h275.inrow(p, name, bold=True, merchant=name)
        h275.inrow(p, f"Order #{oid}", txn=(ORDER_RANK, oid))
        for text, _, q, _ in items:
            h275.inrow(p, f"{q} x {clip(text.split(',')[0], 28)}", soft=True)
        h275.inrow(p, rs(j.amount), scale=1.4, bold=True, amount=j.amount)
        h275.inrow(p, "Payment pending", status=status)
        h275.inrow(p, "Pay by UPI", soft=True, method="UPI")
        h275.gcard_close(p, g)
        p.add("gap")
        p.add("small", "This business uses a secure service from Meta to manage this chat.")
        return p.done()
    if k == 5:
        p = mail_page(
            rng,
            font,
            "Townscript <tickets@townscript.com>",
            ["Your booking is confirmed: Sholapith craft workshop", "Your e-ticket"],
        )
        p.part = "head"
        name = KARMASHALA
        top(p, name, merchant=name)
        p.add("small", f"Organised by {KARMASHALA}  |  {KARMASHALA_AT}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Booking confirmed. Payment successful.", status=status)
        p.add("gap")
        seats = rng.randrange(1, 4)
        j.amount = float(seats * rng.choice([600, 750, 900]))
        event = j.date + dt.timedelta(days=rng.randrange(6, 30))
        bid = f"TS{digits(rng, 8)}"
        pid = f"pay_{code(rng, 14, MIXED)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "ts", spec, "Event", "Sholapith craft workshop: cut a kadam flower")
        colkv(p, "ts", spec, "When", f"{when(event, '%a, {d} %b %Y')}, 11:00 AM to 2:00 PM")
        colkv(p, "ts", spec, "Tickets", f"{seats} x General")
        colkv(p, "ts", spec, "Booking ID", bid, txn=(ORDER_RANK, bid))
        colkv(p, "ts", spec, "Payment ID", pid, txn=(TXN_RANK, pid))
        colkv(p, "ts", spec, "Amount paid", rs(j.amount), amount=j.amount)
        colkv(p, "ts", spec, "Paid via", "UPI", method="UPI")
        p.add("gap")
        qr(p, f"ts{bid}", "c", 4)
        p.add("small", "Show this QR code at the Karmashala's gate.")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 246, 236)])
        p.part = "head"
        bn(p, GHAR_BN, scale=1.05, bold=True)
        name = pick(p, "title", [GHAR, GHAR_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{GHAR_AT}  |  Ph. {phone_no(rng)}")
        p.add("center", "MONEY RECEIPT")
        p.part = "body"
        no = f"{rng.randrange(1, 999):04d}"
        redno(p, "No.", no, txn=(INVOICE_RANK, no))
        j.amount = float(rng.randrange(12, 90) * 100)
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "Received with thanks from", who)
        blank(p, "the sum of Rupees", words_in_rupees(j.amount).replace("Rupees ", ""))
        blank(p, "by UPI, Ref", j.ref, method="UPI", status=status, txn=(UTR_RANK, j.ref))
        blank(
            p,
            "towards",
            rng.choice(["topor and mukut, wedding", "daker saaj, Lakshmi", "kadam balls, decor"]),
        )
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        sig(p)
        right(p, f"for {GHAR}")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460]), size=rng.choice([17, 18]))
    paper(p, rng)
    h269.torn(p)
    typeface(p)
    p.part = "head"
    typed(p, f"{GHAR_CAPS:^32}", merchant=GHAR_CAPS)
    typed(p, f"{'KUMARTULI, KOLKATA-700005':^32}")
    typed(p, f"{'GSTIN ' + GSTIN:^32}")
    typed(p, f"{'TAX INVOICE':^32}")
    p.part = "body"
    typed(p, "-" * 32)
    inv = f"SG/K/{rng.randrange(1000, 9999)}"
    typed(p, f"INV: {inv}", txn=(INVOICE_RANK, inv))
    typed(p, f"{when(j.date, '%d/%m/%Y')}  {hhmm(rng, twelve=False)}", date=j.date)
    typed(p, "-" * 32)
    items = works(rng, rng.randrange(1, 4), high=2600)
    sub = 0.0
    for text, _, q, pr in items:
        typed(p, clip(text, 32).upper())
        left = f"  {q} x {num(pr, 'plain', 0)}"
        typed(p, f"{left}{num(q * pr):>{32 - len(left)}}")
        sub += q * pr
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    typed(p, "-" * 32)
    for label, value, facts in [
        ("TAXABLE", num(sub), {}),
        ("CGST 2.5%", num(gst), {}),
        ("SGST 2.5%", num(gst), {}),
        ("NET AMT", num(j.amount), {"amount": j.amount}),
    ]:
        typed(p, f"{label}{value:>{32 - len(label)}}", **facts)
    typed(p, "-" * 32)
    appr = digits(rng, 6)
    typed(p, f"PAID: CARD (VISA XX{digits(rng, 4)})", method="card", status=status)
    typed(p, f"APPR CODE: {appr}", txn=(APPR_RANK, appr))
    typed(p, "-" * 32)
    typed(p, f"{'THANK YOU - VISIT AGAIN':^32}")
    typed(p, f"{'Powered by GoFrugal':^32}")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


SHOLA_BN = "মা তারা শোলা ভাণ্ডার"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's suppliers, each on top of its own paper: MAA TARA SHOLA BHANDAR's bill for shola stems
    under its Bengali name, pinned to the Karmashala's cork board (Date and M/s written in, the bundles
    written by hand in Bengali with their sums on a ruled page with its red margin, মোট (total), "টাকা নগদ
    পেলাম" (received the money in cash) and his Bengali signature; no number, no reference); GUPTA ZARI &
    FOIL HOUSE's TAX INVOICE as Marg ERP prints it (Invoice No. and its earlier Date, Buyer, a table ruled on
    every side with CGST 9%, SGST 9% and Total, "Payment received by NEFT, UTR ..., on <day>.") with PAID
    punched through it in holes; udaan's order with the payment pending (its steps left to right: Order
    placed, Payment, Packed, Shipped; Sold by over the seller; fields two to a row: Order ID and Placed on,
    UPI Ref No. and Paid via); Moglix's checkout with the card declined under a shield (a striped table:
    Order ID, Items, Order total, Payment method, Transaction ID, Attempted on, Reason); KOLKATA CORRUGATORS'
    PAYMENT RECEIPT from Zoho Invoice (Payment Date, Reference Number, Payment Mode, Amount Received In Words
    beside their labels, Bill To, a table ruled on every side of the invoices paid, Amount Received); DTDC's
    booking receipt from the Katwa franchise's printer (CN NO, DEST, PCS and WT, FREIGHT, FUEL SURCHARGE, GST
    18%, TOTAL, PAYMENT: UPI, UPI REF, DATE); Hostinger's invoice with its Paid capsule (Invoice #, the plan
    and the domain, IGST 18%, Total, "Paid with Visa ending ... on <day>", Transaction ID); a frame maker's
    WhatsApp message under the chat's Today ("Received Rs. x by GPay, ref ..."; no day). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=1500, high=80000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    buyer = rng.choice([COMPANY, COMPANY_SHORT])
    if k == 0:
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 238), (248, 246, 234)])
        frame_(p, "cork")
        p.part = "head"
        p.add("gap")
        bn(p, SHOLA_BN, scale=1.25, bold=True)
        name = "MAA TARA SHOLA BHANDAR"
        p.add("center", name, merchant=name)
        p.add("small", "Shola stems from the beels of Purbasthali  |  Katwa Road, Dainhat")
        p.add("rule")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d/%m/%Y"]), date=j.date)
        blank(p, "M/s", "Bonkapasi Shola Shilpi, Malakar Para")
        p.add("gap")
        start = len(p.rows)
        goods = [
            ("শোলা মোটা", 40, 90, 140),
            ("শোলা সরু", 25, 50, 80),
            ("শোলা বাছাই", 10, 160, 220),
        ]
        total_ = 0.0
        for text, n, lo, hi in rng.sample(goods, 2):
            q = n * rng.choice([1, 2])
            rate = rng.randrange(lo, hi, 5)
            v = float(q * rate)
            bhand(p, f"{text} {q} আঁটি x {rate}", figure=num(v, "indian", 0))
            total_ += v
        cart = rng.choice([0, 250, 400])
        if cart:
            bhand(p, "গাড়ি ভাড়া", figure=num(cart, "indian", 0))
        j.amount = total_ + cart
        bhand(p, "মোট", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        p.add("gap")
        bhand(p, "টাকা নগদ পেলাম", method="cash", status=status)
        bhand(p, "হরিপদ দাস", align="r", scale=1.0)
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "GUPTA ZARI & FOIL HOUSE"
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Zari, rangta foil, chumki and glitter  |  Burrabazar, Kolkata - 700007  |  GSTIN {gstin_of(rng)}",
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"GZ/{fy(j.date)}/{rng.randrange(100, 3000)}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "gz",
            spec,
            f"Invoice No. {inv}",
            f"Date: {when(earlier(rng, j, 2, 15), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {buyer}, Bonkapasi")
        p.add("gap")
        lines = [
            ("Rangta foil, silver, 100 sheets", rng.randrange(4, 20), float(rng.choice([340, 380, 420]))),
            ("Zari tinsel, gold, 1 kg", rng.randrange(2, 8), float(rng.choice([1150, 1280, 1400]))),
            ("Chumki sequins, 500 g", rng.randrange(4, 16), float(rng.choice([210, 240, 260]))),
            ("Glitter powder, 1 kg", rng.randrange(2, 6), float(rng.choice([380, 420]))),
        ]
        taxable = sum(q * r for _, q, r in lines)
        gst = round(taxable * 0.09, 2)
        j.amount = float(round(taxable + 2 * gst))
        grid(
            p,
            "gg",
            [(0.0, 0.52, "l"), (0.52, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Particulars", "Qty", "Rate", "Amount"],
            [([t, str(q), num(r, "plain", 0), num(q * r)], {}) for t, q, r in lines]
            + [(["CGST 9%", "", "", num(gst)], {}), (["SGST 9%", "", "", num(gst)], {})],
            foot=(["Total (rounded off)", num(j.amount)], {"amount": j.amount}),
            tint=(246, 236, 210),
        )
        p.add("gap")
        utr = utr_for(rng, j, "Indian Bank", "NEFT")
        p.add(
            "left",
            f"Payment received by NEFT, UTR {utr}, on {day_in(j, rng, ['%d-%m-%Y', '{d} %b %Y'])}.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        punch_paid(p, at=rng.uniform(0.45, 0.62), rows_=4)
        p.add("small", "Marg ERP 9+  |  E. & O.E.  |  Subject to Kolkata jurisdiction")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Check status",))
        band(p, (40, 60, 170))
        app_head(p, "udaan", "Order payment")
        track(p, ["Order placed", "Payment", "Packed", "Shipped"], "dptt")
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        j.amount = rupees(rng, 2500, 22000, 0.4)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Sold by")
        seller = "Shree Balaji Craft Supplies"
        p.add("center", seller, merchant=seller)
        p.add("small", "Bara Bazar, Kolkata")
        p.add("gap")
        oid = f"UD{digits(rng, 11)}"
        two_up(
            p,
            "ud1",
            ("Order ID", oid),
            ("Placed on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(ORDER_RANK, oid),
            date=j.date,
        )
        two_up(p, "ud2", ("UPI Ref No.", j.ref), ("Paid via", "UPI"), txn=(UTR_RANK, j.ref), method="UPI")
        p.add("small", "We are waiting for your bank to confirm. Please do not pay again.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, f"www.moglix.com/checkout/payment?order={digits(rng, 8)}")
        p.part = "head"
        name = "Moglix"
        top(p, name, merchant=name)
        p.add("small", "Tools and workshop supplies  |  Checkout")
        p.add("rule")
        p.part = "body"
        shield(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("small", "Your card was declined. Nothing was charged; try another payment method.")
        p.add("gap")
        oid = f"MOG{digits(rng, 9)}"
        tid = f"MTX{digits(rng, 12)}"
        j.amount = rupees(rng, 1500, 12000, 0.3)
        zebra(
            p,
            "mg",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            ["Payment summary", ""],
            [
                (["Order ID", oid], {"txn": (ORDER_RANK, oid)}),
                (["Items", "Craft knives (12); steel rulers (6); cutting mats (4)"], {}),
                (["Order total", rs(j.amount)], {"amount": j.amount}),
                (["Payment method", f"Credit card (Visa {masked(rng, font)})"], {"method": "card"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Reason", "Declined by the card issuer"], {}),
            ],
            (240, 120, 30),
        )
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "KOLKATA CORRUGATORS"
        top(p, name, merchant=name)
        p.add(
            "small", f"Boxes, crates and bubble wrap  |  Topsia, Kolkata - 700039  |  GSTIN {gstin_of(rng)}"
        )
        p.add("center", "PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "Indian Bank", way)
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(p, "zr", spec, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        colkv(p, "zr", spec, "Reference Number", utr, txn=(UTR_RANK, utr))
        colkv(p, "zr", spec, "Payment Mode", "Bank Transfer", method="netbanking")
        colkv(p, "zr", spec, "Amount Received In Words", words_in_rupees(j.amount))
        p.add("gap")
        p.add("left", f"Bill To: {buyer}")
        p.add("gap")
        invs = []
        for part in h277.split(rng, j.amount, rng.randrange(1, 3)):
            d = earlier(rng, j, 10, 45)
            invs.append(
                ([f"INV-{rng.randrange(100, 999):06d}", when(d, "%d/%m/%Y"), num(part), num(part)], {})
            )
        grid(
            p,
            "zi",
            [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
            ["Invoice Number", "Invoice Date", "Invoice Amount", "Payment Amount"],
            invs,
            tint=(230, 240, 236),
        )
        total(p, "Amount Received", rs(j.amount), at=0.6, amount=j.amount, status=status)
        p.add("gap")
        p.add("small", "Created with Zoho Invoice")
        return p.done()
    if k == 5:
        p = screen(rng, font, width=rng.choice([440, 460]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        name = "DTDC EXPRESS LIMITED"
        typed(p, f"{name:^32}", merchant=name)
        typed(p, f"{'FRANCHISE: KATWA (WB) 713130':^32}")
        typed(p, f"{'BOOKING RECEIPT':^32}")
        p.part = "body"
        typed(p, "-" * 32)
        cn = f"D{digits(rng, 8)}"
        pcs = rng.randrange(1, 4)
        wt = rng.randrange(10, 90) / 10
        freight = float(rng.choice([420, 560, 690, 840, 1120]))
        fuel = round(freight * 0.15, 2)
        gst = round((freight + fuel) * 0.18, 2)
        j.amount = round(freight + fuel + gst, 2)
        typed(p, f"CN NO : {cn}")
        typed(
            p,
            f"DEST  : {rng.choice(['NEW DELHI 110019', 'MUMBAI 400028', 'BENGALURU 560034', 'PUNE 411038'])}",
        )
        typed(p, f"PCS   : {pcs}   WT: {wt:.1f} KG")
        typed(p, "-" * 32)
        for label, value, facts in [
            ("FREIGHT", num(freight), {}),
            ("FUEL SURCHARGE", num(fuel), {}),
            ("GST 18%", num(gst), {}),
            ("TOTAL", num(j.amount), {"amount": j.amount}),
        ]:
            typed(p, f"{label}{value:>{32 - len(label)}}", **facts)
        typed(p, "-" * 32)
        typed(p, "PAYMENT: UPI - RECEIVED", method="UPI", status=status)
        typed(p, f"UPI REF: {j.ref}", txn=(UTR_RANK, j.ref))
        typed(p, f"DATE   : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, "-" * 32)
        typed(p, f"{'TRACK AT DTDC.IN':^32}")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, f"hpanel.hostinger.com/billing/invoices/{digits(rng, 8)}")
        p.part = "head"
        name = "Hostinger"
        top(p, name, merchant=name)
        p.add("small", "Invoice")
        p.add("rule")
        p.part = "body"
        inv = f"HIN-{j.date.year}-{digits(rng, 6)}"
        cols(p, "hs", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], f"Invoice #{inv}", "", txn=(INVOICE_RANK, inv))
        pill(p, "Paid", status, align="l")
        p.add("left", f"Billed to: {buyer}")
        p.add("gap")
        plan = float(rng.choice([2388, 3588, 4788]))
        dom = float(rng.choice([799, 899, 999]))
        igst = round((plan + dom) * 0.18, 2)
        j.amount = round(plan + dom + igst, 2)
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "hi", spec, "Business Web Hosting, 12 months", rs(plan), mode="line")
        cols(p, "hi", spec, f"Domain renewal, {WEB}, 1 year", rs(dom), mode="line")
        cols(p, "hi", spec, "IGST 18%", rs(igst), mode="line")
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Paid with Visa ending {digits(rng, 4)} on {day_in(j, rng, ['%b {d}, %Y', '%d %b %Y'])}.",
            method="card",
            date=j.date,
        )
        tid = f"ch_{code(rng, 20, MIXED)}"
        p.add("left", f"Transaction ID: {tid}", txn=(TXN_RANK, tid))
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    name = "Das Glass & Frames"
    p.add("title", name, merchant=name)
    p.add("small", "Kumartuli, Kolkata")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    frames_ = rng.randrange(6, 24)
    rate = rng.choice([160, 180, 220])
    j.amount = float(frames_ * rate)
    s_ = len(p.rows)
    p.add("left", f"Dada, {frames_} frames for the Durga faces sent. Bill Rs. {num(j.amount, 'indian', 0)}.")
    bubble(p, s_, hhmm(rng, lower=True))
    p.add("gap")
    s_ = len(p.rows)
    p.add(
        "left",
        f"Received Rs. {num(j.amount, 'indian', 0)} by GPay, ref {j.ref}. Thank you!",
        amount=j.amount,
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    bubble(p, s_, hhmm(rng, lower=True))
    p.add("gap")
    p.add("small", "Messages and calls are end-to-end encrypted.")
    return p.done()


# ---------------------------------------------------------------- 6. the company's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("MAA TARA SHOLA BHANDAR", "shola stems, 60 bundles", "indnet"),
    ("GUPTA ZARI AND FOIL HOUSE", "zari and rangta foil", "smarthub"),
    ("KOLKATA CORRUGATORS", "boxes, inv 000412", "maha"),
    ("DAS GLASS AND FRAMES", "frames for Durga faces", "dbs"),
    ("RAJ TRANSPORT CO", "freight Katwa to Kolkata", "okcredit"),
    ("BISWAKARMA TIMBER AND PLY", "display racks, Shola Ghar", "ujjivan"),
    ("PHOTO ANGAN STUDIO", "catalogue photographs", "au"),
    ("SHUBHAM WEB SOLUTIONS", "web shop upkeep, 6 months", "cib"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own banking pages paying its vendors: Indian Bank's IndNet e-receipt of an NEFT, each
    label and its value on either side of a column of colons (Transaction Reference No, UTR No, Debit
    Account, Beneficiary Name, Beneficiary A/c, IFSC, Amount, Transaction Date, Status Successful); HDFC Bank's
    SmartHub Vyapar with an IMPS in process ("to <payee>"; hairline rows: IMPS Ref No, Beneficiary A/c, IFSC,
    Initiated on, Remarks); Bank of Maharashtra's Mahamobile with the transfer failed ("to <payee>", the
    reason; fields two to a row: Reference No. and Mode, Date and Debit A/c); DBS digibank's mail ("Your
    funds transfer of INR x to <PAYEE> has been successful.", a callout: Transaction reference, UTR, Mode,
    Date, From account, Remarks); OkCredit's entry in the transporter's khata ("You paid", the sum; Date,
    Paid by Cash, Note, Due now; no reference); Ujjivan Small Finance Bank's RTGS with its steps down the
    page (Initiated, Sent to RBI, Credited to beneficiary, each with its hour; hairline rows: UTR,
    Beneficiary, Amount, Mode, Date); AU 0101's Transfer successful with "Today, <hour>" (IMPS Ref. No.,
    Debited from, Purpose, each label small over its value; no day); ICICI Bank's Corporate Internet Banking
    transaction status (a Successful capsule, a striped table across the page with one row: Beneficiary |
    Amount | Mode | UTR | Date; Debit account, Remarks). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=3000, high=170000)
    payee, purpose, frame = VENDORS[k]
    low, high = {
        "indnet": (9000, 48000),
        "smarthub": (12000, 60000),
        "maha": (8000, 40000),
        "dbs": (3000, 18000),
        "okcredit": (1500, 9000),
        "ujjivan": (205000, 260000),
        "au": (6000, 30000),
        "cib": (15000, 60000),
    }[frame]
    j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    dot = sign(font, "\u2022", "*")
    if frame == "indnet":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "Indian Bank")
        p.add("small", "IndNet Corporate  |  e-Receipt of NEFT transaction")
        p.add("rule")
        p.part = "body"
        utr = utr_for(rng, j, "Indian Bank", "NEFT")
        tref = f"IB{j.date:%y%m%d}{digits(rng, 8)}"
        spec = [(0.0, 0.34, "l"), (0.34, 0.37, "c"), (0.37, 1.0, "l")]
        for label, value, facts in [
            ("Transaction Reference No", tref, {"txn": (BANK_RANK, tref)}),
            ("UTR No", utr, {"txn": (UTR_RANK, utr), "method": "netbanking"}),
            ("Debit Account", f"XXXXXXXX{digits(rng, 4)} ({CUT})", {}),
            ("Beneficiary Name", payee, {"merchant": payee}),
            ("Beneficiary A/c", f"XXXXXXXX{acct_no[-4:]}", {}),
            ("IFSC", f"UCBA000{digits(rng, 4)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Transaction Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), {"date": j.date}),
            ("Status", "Successful", {"status": status}),
        ]:
            cols(p, "in", spec, label, ":", value, **facts)
        p.add("gap")
        p.add("left", f"Remarks: {purpose}")
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    if frame == "smarthub":
        p = phone(rng, font, k, ["", "Transfer status"], dark=False, buttons=("Refresh",))
        band(p, (0, 74, 154))
        app_head(p, "SmartHub Vyapar", "HDFC Bank")
        sicon(p, status)
        p.add("center", "IMPS in process", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20].rstrip()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "We are confirming the credit with the beneficiary's bank. Please do not retry.")
        p.add("rule")
        kvr(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        kvr(p, "Beneficiary A/c", f"XXXX{acct_no[-4:]}")
        kvr(p, "IFSC", f"PUNB0{digits(rng, 6)}")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Remarks", clip(purpose, 22))
        return p.done()
    if frame == "maha":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Try again",))
        band(p, (30, 84, 160))
        app_head(p, "Mahamobile", "Bank of Maharashtra")
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20].rstrip()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The beneficiary bank is not available (M3). Your account has not been debited.")
        p.add("gap")
        two_up(
            p, "mh1", ("Reference No.", j.ref), ("Mode", "IMPS"), txn=(UTR_RANK, j.ref), method="netbanking"
        )
        two_up(
            p,
            "mh2",
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            ("Debit A/c", f"XXXX{digits(rng, 4)}"),
            date=j.date,
        )
        return p.done()
    if frame == "dbs":
        p = mail_page(
            rng,
            font,
            "DBS Bank <digibank.alerts@dbs.com>",
            ["Funds transfer successful", "Your transfer is done"],
        )
        p.part = "head"
        top(p, "DBS")
        p.add("small", "digibank  |  DBS Bank India Limited")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your funds transfer of INR {num(j.amount, 'indian')} to {payee} has been successful.",
            amount=j.amount,
            merchant=payee,
            status=status,
        )
        p.add("gap")
        utr = utr_for(rng, j, "DBS Bank India", "NEFT")
        tref = f"DBS{digits(rng, 12)}"
        c = call_open(p)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "db", spec, "Transaction reference", tref, txn=(BANK_RANK, tref))
        colkv(p, "db", spec, "UTR", utr, txn=(UTR_RANK, utr))
        colkv(p, "db", spec, "Mode", "NEFT", method="netbanking")
        colkv(p, "db", spec, "Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "db", spec, "From account", f"Current account ending {digits(rng, 4)}")
        colkv(p, "db", spec, "Remarks", purpose)
        call_close(p, c, (220, 0, 30))
        p.add("small", "If you did not make this transfer, call 1860 267 4444 at once.")
        return p.done()
    if frame == "okcredit":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share",))
        band(p, (0, 150, 110))
        app_head(p, "OkCredit", "Supplier khata")
        p.add("small", "Supplier")
        p.add("center", payee, merchant=payee)
        p.add("small", f"+91 {phone_no(rng)[:5]} XXXXX")
        p.add("gap")
        p.add("center", "You paid", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "Paid by", "Cash", method="cash")
        kvr(p, "Note", clip(purpose, 26))
        kvr(p, "Due now", rs(0.0))
        p.add("small", f"Added by Mousumi {dot} synced")
        return p.done()
    if frame == "ujjivan":
        p = phone(rng, font, k, ["", "RTGS"], dark=False, buttons=("Download", "Done"))
        band(p, (0, 96, 100))
        app_head(p, "Ujjivan SFB", "Fund transfer")
        p.add("center", "RTGS successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount))
        hours = sorted(rng.sample(range(10 * 60, 15 * 60), 3))
        for label, mins in zip(["Initiated", "Sent to RBI", "Credited to beneficiary"], hours):
            h271.step(p, label, f"  {mins // 60:02d}:{mins % 60:02d}", "done")
        p.add("gap")
        utr = utr_for(rng, j, "Ujjivan SFB", "RTGS")
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        kvr(p, "Beneficiary", payee, merchant=payee)
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Mode", "RTGS", method="netbanking")
        kvr(p, "Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        return p.done()
    if frame == "au":
        p = phone(rng, font, k, ["", "Transfer"], dark=rng.random() < 0.3, buttons=("Share", "Done"))
        band(p, (104, 36, 120))
        app_head(p, "AU 0101", "AU Small Finance Bank")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20].rstrip()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        for label, value, facts in [
            ("IMPS Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref), "method": "netbanking"}),
            ("Debited from", f"AU Current {dot * 2}{digits(rng, 4)}", {}),
            ("Purpose", clip(purpose, 28), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    p = browser_page(rng, font, "cib.icicibank.com/corp/transactions/status")
    p.part = "head"
    top(p, "ICICI Bank")
    p.add("small", f"Corporate Internet Banking  |  Transaction status  |  {CUT}")
    p.add("rule")
    p.part = "body"
    pill(p, "Successful", status, align="l")
    p.add("gap")
    utr = utr_for(rng, j, "ICICI Bank", "NEFT")
    name = h273.cell_name(p, 0.3, [payee, payee[:20].rstrip()], scale=0.9)
    zebra(
        p,
        "ic",
        [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.48, 0.58, "l"), (0.58, 0.84, "l"), (0.84, 1.0, "l")],
        ["Beneficiary", "Amount", "Mode", "UTR", "Date"],
        [
            (
                [name, num(j.amount), "NEFT", utr, when(j.date, "%d/%m/%y")],
                {
                    "merchant": name,
                    "amount": j.amount,
                    "method": "netbanking",
                    "txn": (UTR_RANK, utr),
                    "date": j.date,
                },
            )
        ],
        (174, 40, 30),
    )
    p.add("gap")
    p.add("left", f"Debit account: XXXXXXXX{digits(rng, 4)}")
    p.add("left", f"Remarks: {purpose}")
    p.add("small", "ICICI Bank Ltd. The beneficiary's bank credits NEFT within two hours on working days.")
    return p.done()


# ---------------------------------------------------------------- 7. the artisans and staff


ARTISANS_BN = {
    "Anil Malakar": "অনিল মালাকার",
    "Sabita Malakar": "সবিতা মালাকার",
    "Gouranga Malakar": "গৌরাঙ্গ মালাকার",
    "Swapna Malakar": "স্বপ্না মালাকার",
    "Nemai Malakar": "নিমাই মালাকার",
    "Rina Bag": "রিনা বাগ",
    "Tapas Mondal": "তাপস মণ্ডল",
    "Champa Malakar": "চম্পা মালাকার",
}
PIECES = [
    ("Topor, 18 in", 40, 60),
    ("Mukut set", 25, 40),
    ("Kadam balls, dozen", 30, 45),
    ("Chandmala, 5 ft", 20, 35),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its artisans and staff: the Karmashala's MAJURI KHATA (wage book) page under its
    Bengali name (Artisan written in; Bengali column heads over their English: তারিখ Date | কাজ Work | সংখ্যা
    Pcs | দর Rate | টাকা Rs.; the week's work written in on its ruling, মোট (total), "টাকা নগদ বুঝে পেলাম"
    (received the money in cash) and her Bengali signature; no number, no reference); Keka's payslip for
    Shola Ghar's assistant (fields two to a row: Employee and Employee No., Designation and Pay period; a
    table ruled on every side Earnings | Amount | Deductions | Amount; Net pay large; a ruled table Paid on |
    Bank | Mode | UTR); Bajaj Finserv's UPI payment to an artisan under a shield ("to <name>", "on <day> at
    <hour>"; UPI Transaction ID, Paid from, Note, each label small over its value); FinoPay's transaction in
    progress under a spinner (dot leaders: UPI Ref No, Fino Txn ID, Initiated on, From); an ADVANCE SLIP
    under its Bengali heading (Slip No. printed; Date, Name, Purpose written in, Rs. in a box, "Paid by UPI,
    Ref ...", the artisan's signature in Bengali); MobiKwik's payment failed on a tinted band (labels set
    right against a gutter: MobiKwik Txn ID, UPI Ref No, Date, From); a WAGES envelope of buff paper with its
    flap (Env. No. printed; Name, Work, Pieces x rate written in, Rs. in a box, "Paid cash"; no day); a master
    trainer's RECEIPT written by hand for his honorarium ("Received Rs. x/- (...) from ... by NEFT, UTR ...,
    on <day>"), signed over a revenue stamp. All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=1200, high=24000, p_round=0.85)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    artisan = ARTISANS[(k + rng.randrange(3)) % len(ARTISANS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(248, 244, 232), (250, 248, 238)])
        p.part = "head"
        bn(p, KARMASHALA_BN, scale=1.1, bold=True)
        top(p, pick(p, "title", [KARMASHALA, KARMASHALA_CAPS]))
        bn(p, "মজুরি খাতা  /  WAGE BOOK", scale=0.9)
        p.add("rule")
        p.part = "body"
        blank(p, "Artisan", artisan, merchant=artisan)
        p.add("gap")
        spec = [(0.0, 0.2, "l"), (0.2, 0.54, "l"), (0.54, 0.66, "c"), (0.66, 0.8, "r"), (0.8, 1.0, "r")]
        bcells(p, spec, "তারিখ", "কাজ", "সংখ্যা", "দর", "টাকা")
        cols(p, "wbh", spec, "Date", "Work", "Pcs", "Rate", "Rs.", mode="soft")
        start = len(p.rows)
        total_ = 0.0
        picked = rng.sample(PIECES, 2)
        for n, (work, lo, hi) in enumerate(picked):
            q = rng.randrange(6, 30)
            rate = rng.randrange(lo, hi, 5)
            v = float(q * rate)
            total_ += v
            facts = {"date": j.date} if n == 0 else {}
            hcells(p, spec, when(j.date, "{d}/%m/%y"), work, str(q), str(rate), num(v, "indian", 0), **facts)
        j.amount = total_
        ledger(p, start, [0.2, 0.54, 0.66, 0.8])
        p.add("gap")
        bhand(p, "মোট", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        bhand(p, "টাকা নগদ বুঝে পেলাম", method="cash", status=status)
        bhand(p, ARTISANS_BN[artisan], align="r", scale=1.0)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "bonkapasishola.keka.com/#/me/payslips")
        p.part = "head"
        top(p, "keka")
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        p.add("small", f"{COMPANY_SHORT}  |  Payslip for {when(month, '%B %Y')}")
        p.add("rule")
        p.part = "body"
        name = rng.choice(["Moumita Das", "Sourav Pal", "Rakhi Saha"])
        two_up(
            p, "kk1", ("Employee", name), ("Employee No.", f"BSS-{rng.randrange(1, 40):03d}"), merchant=name
        )
        two_up(p, "kk2", ("Designation", "Sales assistant, Shola Ghar"), ("Pay period", when(month, "%b %Y")))
        p.add("gap")
        basic = float(rng.randrange(9000, 14000, 500))
        hra = round(basic * 0.2)
        conv = float(rng.choice([800, 1000, 1600]))
        pf = round(basic * 0.12)
        ptax = 110.0 if basic + hra + conv < 15000 else 130.0
        j.amount = basic + hra + conv - pf - ptax
        grid(
            p,
            "kp",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident fund", num(pf)], {}),
                (["HRA", num(hra), "Profession tax", num(ptax)], {}),
                (["Conveyance", num(conv), "", ""], {}),
            ],
            tint=(236, 232, 250),
        )
        p.add("gap")
        p.add("center", "Net pay")
        h275.bigsum(p, sign(font, "\u20b9", "Rs."), j.amount, "indian", amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Indian Bank", "NEFT")
        grid(
            p,
            "kq",
            [(0.0, 0.22, "l"), (0.22, 0.46, "l"), (0.46, 0.58, "l"), (0.58, 1.0, "l")],
            ["Paid on", "Bank", "Mode", "UTR"],
            [
                (
                    [when(j.date, "%d %b %Y"), f"SBI XX{digits(rng, 4)}", "NEFT", utr],
                    {"date": j.date, "method": "netbanking", "txn": (UTR_RANK, utr), "status": status},
                )
            ],
            tint=(236, 236, 236),
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 102, 177))
        app_head(p, "Bajaj Finserv", "UPI")
        shield(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {artisan}", merchant=artisan)
        p.add("small", f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (' at ',))}", date=j.date)
        p.add("rule")
        for label, value, facts in [
            ("UPI Transaction ID", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Paid from", f"Indian Bank {dot * 2}{digits(rng, 4)}", {"method": "UPI"}),
            ("Note", rng.choice(["topor work, 2 weeks", "kadam balls x 40", "puja orders"]), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Check status",))
        band(p, (110, 36, 120))
        app_head(p, "FinoPay", "Fino Payments Bank")
        h279.spinner(p, AMBER)
        p.add("center", "Transaction in progress", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {artisan}", merchant=artisan)
        p.add("small", "Do not retry. We will update the status within 24 hours.")
        p.add("gap")
        fid = f"FINO{digits(rng, 12)}"
        dots(p, "UPI Ref No", j.ref, at=0.4, txn=(UTR_RANK, j.ref), method="UPI")
        dots(p, "Fino Txn ID", fid, at=0.4, txn=(TXN_RANK, fid))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        dots(p, "From", f"Fino A/c XX{digits(rng, 4)}", at=0.4)
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 234)])
        p.part = "head"
        bn(p, "অগ্রিম রসিদ", scale=1.25, bold=True)
        top(p, pick(p, "title", [KARMASHALA, KARMASHALA_CAPS]))
        p.add("center", "ADVANCE SLIP")
        p.add("rule")
        p.part = "body"
        no = str(rng.randrange(10, 99))
        cols(p, "as", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Slip No. {no}", "", txn=(INVOICE_RANK, no))
        j.amount = float(rng.choice([1000, 1500, 2000, 3000, 5000]))
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", artisan, merchant=artisan)
        blank(p, "Purpose", rng.choice(["advance against puja topors", "advance, daughter's wedding"]))
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blank(p, "Paid by UPI, Ref", j.ref, method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("gap")
        bhand(p, ARTISANS_BN[artisan], align="r", scale=1.0)
        right(p, "Artisan's signature")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry",))
        band(p, (20, 90, 200))
        app_head(p, "MobiKwik", "UPI")
        strip(p, "Payment failed", status)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {artisan}", merchant=artisan)
        p.add("small", "Her bank declined the credit (account frozen). Any amount debited is refunded.")
        p.add("gap")
        mid = f"MBK{digits(rng, 12)}"
        for label, value, facts in [
            ("MobiKwik Txn ID", mid, {"txn": (TXN_RANK, mid)}),
            ("UPI Ref No", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
            ("From", f"MobiKwik UPI {dot} Indian Bank", {"method": "UPI"}),
        ]:
            gutter(p, "mk", label, value, at=0.42, **facts)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [640, 680])
        decor(p, "envelope")
        p.part = "head"
        p.add("gap")
        p.add("gap")
        bn(p, KARMASHALA_BN, scale=1.0, bold=True)
        top(p, pick(p, "title", [KARMASHALA_CAPS, KARMASHALA]))
        p.add("center", "WAGES")
        p.part = "body"
        no = str(rng.randrange(1, 60))
        cols(p, "we", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Env. No. {no}", "", txn=(INVOICE_RANK, no))
        (w1, lo1, hi1), (w2, lo2, hi2) = rng.sample(PIECES, 2)
        q1, q2 = rng.randrange(8, 40), rng.randrange(4, 20)
        r1, r2 = rng.randrange(lo1, hi1, 5), rng.randrange(lo2, hi2, 5)
        j.amount = float(q1 * r1 + q2 * r2)
        blank(p, "Name", artisan, merchant=artisan)
        blank(p, "Work", f"{w1.split(',')[0]} {q1}, {w2.split(',')[0]} {q2}")
        blank(p, "Pieces x rate", f"{q1} x {r1} + {q2} x {r2}")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Paid cash", method="cash", status=status)
        p.add("gap")
        return p.done()
    p = sheet_page(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(252, 252, 246), (248, 248, 242)])
    p.part = "body"
    p.add("gap")
    write(p, "RECEIPT", align="c")
    p.add("gap")
    j.amount = float(rng.choice([8000, 10000, 12000, 15000]))
    utr = utr_for(rng, j, "Indian Bank", "NEFT")
    write(
        p,
        f"Received Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount).replace('Rupees ', '')}) "
        f"from {COMPANY_SHORT} as honorarium for the 10-day sholapith training at Sonamukhi, by NEFT, "
        f"UTR {utr}, on {when(j.date, rng.choice(['{d}/%m/%Y', '%d.%m.%Y']))}.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
    )
    p.add("gap")
    name = "Haradhan Malakar"
    h271.revenue(p, name.split()[0])
    write(p, name, align="r", merchant=name)
    right(p, "Master trainer, Bonkapasi")
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


LAND_DEPT = "Land & Land Reforms and Refugee Relief & Rehabilitation Department"
MSME_DEPT = "MSME & Textiles Department, Government of West Bengal"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority as printed: MCA21's payment receipt for the producer
    company's annual return (Company and CIN; a table ruled on every side SRN | Form | Fee type | Amount;
    shaded label cells: Total amount paid, Payment mode, Bank transaction ID, Payment date, Status Payment
    successful); Banglarbhumi's online khajana (land revenue) receipt under the Department's Bengali name (a
    table ruled on every side, two fields to a row: District, Block, Mouza, Khatian No., Raiyat, Year (B.S.),
    Amount, Payment date, GRN, BRN, Mode, Bank; "Khajana received."); the Kolkata Traffic Police's e-challan payment
    failed on a tinted band (shaded label cells: Challan No., Vehicle No., Offence, Amount, Payment mode,
    Transaction ID, Date & time, Reason); the Export Promotion Council for Handicrafts' membership renewal
    pending its bank's confirmation (a capsule; dot leaders: Member ID, Member, Subscription, GST 18%, Amount,
    Payment gateway, Order ID, Initiated on); BANKURA ZILLA PARISHAD's stall rent receipt for the Bankura
    Mela from its book under its Bengali name, each label in Bengali over its English and filled in by hand
    (No. left blank; Date, Name, Stall No., On account of, Amount), "নগদ পাইলাম" (received in cash) by hand
    (no reference); the Directorate of Legal Metrology's e-Receipt for the shop's scales (a table ruled on
    every side Instrument | Capacity | Fee with its Total; e-Receipt No., Trader, Payment mode, UPI Ref. No.,
    Payment date; "Fee received."); the GST portal's PMT-06 payment receipt (a striped table of the tax heads,
    Total challan amount; CPIN, Deposit date, Mode, BRN, CIN beside their labels); the Hastashilpa Mela's
    ALLOTMENT CUM RECEIPT from the MSME & Textiles Department under its Bengali heading (Participant, Craft,
    Stall No., Mela with its days, Stall fee, "Received by UPI, Ref ..."; a round seal; no day). All new
    here."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "www.mca.gov.in/MinistryV3/paymentreceipt.html")
        p.part = "head"
        name = "Ministry of Corporate Affairs"
        top(p, name, merchant=name)
        p.add("small", "MCA21 V3  |  Payment receipt  |  Government of India")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Company: {clip(COMPANY_CAPS, 48)}")
        p.add("left", f"CIN: {CIN}")
        p.add("gap")
        fee = float(rng.choice([300, 400, 500]))
        late = float(rng.choice([0, 0, 600, 1200]))
        j.amount = fee + late
        srn = f"AB{digits(rng, 7)}"
        rows_ = [([srn, "MGT-7", "Normal fee", num(fee)], {})]
        if late:
            rows_.append(([srn, "MGT-7", "Additional fee", num(late)], {}))
        grid(
            p,
            "mc",
            [(0.0, 0.26, "l"), (0.26, 0.46, "l"), (0.46, 0.74, "l"), (0.74, 1.0, "r")],
            ["SRN", "Form", "Fee type", "Amount"],
            rows_,
            tint=(224, 232, 246),
        )
        p.add("gap")
        bt = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        kv(p, "Total amount paid", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Payment mode", "Net banking (Indian Bank)", at=0.38, method="netbanking")
        kv(p, "Bank transaction ID", bt, at=0.38, txn=(BANK_RANK, bt))
        kv(p, "Payment date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.38, date=j.date)
        kv(p, "Status", "Payment successful", at=0.38, status=status)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "banglarbhumi.gov.in/BanglarBhumi/KhajanaReceipt.action")
        p.part = "head"
        bn(p, "ভূমি ও ভূমি সংস্কার দপ্তর, পশ্চিমবঙ্গ সরকার", scale=0.95, bold=True)
        top(p, "Banglarbhumi")
        name = pick(p, "center", [LAND_DEPT, "Land & Land Reforms Department, West Bengal"])
        p.add("center", name, merchant=name)
        p.add("small", "Online Khajana (land revenue) receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([84, 126, 186, 240, 312]))
        grn = f"19{digits(rng, 16)}"
        brn = f"IB{digits(rng, 11)}"
        grid(
            p,
            "bb",
            [(0.0, 0.18, "l"), (0.18, 0.5, "l"), (0.5, 0.68, "l"), (0.68, 1.0, "l")],
            None,
            [
                (["District", "Purba Bardhaman", "Block", "Ketugram-I"], {}),
                (["Mouza", "Bonkapasi (JL 112)", "Khatian No.", str(rng.randrange(800, 2400))], {}),
                (["Raiyat", clip(COMPANY_SHORT, 28), "Year (B.S.)", "1433"], {}),
                (
                    ["Amount", rs(j.amount), "Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"amount": j.amount, "date": j.date},
                ),
                (["GRN", grn, "BRN", brn], {"txn": (BANK_RANK, brn)}),
                (["Mode", "Net Banking", "Bank", "Indian Bank"], {"method": "netbanking"}),
            ],
            tint=(226, 238, 226),
        )
        p.add("gap")
        p.add("left", "Khajana received. This receipt is valid without a signature.", status=status)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "kolkatatrafficpolice.gov.in/echallan/payment/status")
        p.part = "head"
        name = "Kolkata Traffic Police"
        top(p, name, merchant=name)
        p.add("small", "Kolkata Police  |  e-Challan payment")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment Failed", status)
        p.add("gap")
        j.amount = float(rng.choice([500, 1000, 1500]))
        cno = f"KP{j.date:%y}{digits(rng, 9)}"
        tid = f"KTP{digits(rng, 12)}"
        kv(p, "Challan No.", cno, at=0.36, txn=(INVOICE_RANK, cno))
        kv(p, "Vehicle No.", f"WB 41 {code(rng, 1, UPPER)} {rng.randrange(1000, 9999)}", at=0.36)
        kv(p, "Offence", "No parking, Rabindra Sarani", at=0.36)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment mode", f"Debit card (RuPay {masked(rng, font)})", at=0.36, method="card")
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Date & time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.36, date=j.date)
        kv(p, "Reason", "Declined by the card issuer", at=0.36)
        p.add("small", "The challan is still unpaid. Pay again within 60 days.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.epch.in/member/renewal/payment-status")
        p.part = "head"
        name = "Export Promotion Council for Handicrafts"
        top(p, pick(p, "title", [name, "EPCH"]), merchant=pick(p, "title", [name, "EPCH"]))
        p.add("small", "Membership renewal 2026-27  |  Ministry of Textiles, Government of India")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending for confirmation from bank", status, align="l")
        p.add("small", "The renewal shows as paid once the bank confirms it. Please do not pay again.")
        p.add("gap")
        sub = float(rng.choice([7500, 10000]))
        j.amount = round(sub * 1.18, 2)
        oid = f"EPCH{digits(rng, 10)}"
        dots(p, "Member ID", f"EPCH/ER/{digits(rng, 5)}", at=0.34)
        dots(p, "Member", clip(COMPANY_SHORT, 40), at=0.34)
        dots(p, "Subscription", num(sub), at=0.34)
        dots(p, "GST 18%", num(round(sub * 0.18, 2)), at=0.34)
        dots(p, "Amount", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "Payment gateway", "Net banking (Indian Bank)", at=0.34, method="netbanking")
        dots(p, "Order ID", oid, at=0.34, txn=(ORDER_RANK, oid))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.34, date=j.date)
        return p.done()
    if k == 4:
        shift(j, rng, BANKURA_MELA - dt.timedelta(days=rng.randrange(2, 9)))
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 242, 226), (248, 244, 230)])
        p.part = "head"
        bn(p, "বাঁকুড়া জেলা পরিষদ", scale=1.25, bold=True)
        name = "BANKURA ZILLA PARISHAD"
        p.add("center", name, merchant=name)
        p.add("small", "Bankura Mela 2026  |  Mela ground, Bankura")
        bn(p, "রসিদ / RECEIPT", scale=0.95)
        p.add("rule")
        p.part = "body"
        cols(p, "bz", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        j.amount = float(rng.choice([2000, 2500, 3000, 4000]))
        blab(p, "তারিখ", "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), date=j.date)
        blab(p, "নাম", "Name", "Shola Ghar (BSSPCL), Bonkapasi")
        blab(p, "স্টল নং", "Stall No.", f"S-{rng.randrange(10, 60)}")
        blab(p, "বাবদ", "On account of", "Stall rent, 10 days")
        blab(p, "টাকা", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        bhand(p, "নগদ পাইলাম", method="cash", status=status)
        right(p, "Cashier, Mela Committee")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "wblegalmetrology.gov.in/eServices/eReceipt")
        p.part = "head"
        name = "Directorate of Legal Metrology, West Bengal"
        top(
            p,
            pick(p, "title", [name, "Legal Metrology, West Bengal"]),
            merchant=pick(p, "title", [name, "Legal Metrology, West Bengal"]),
        )
        p.add("small", "Verification and stamping of weights and measures  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        lines = [("Electronic weighing scale, Class III", "30 kg", float(rng.choice([200, 250])))]
        if rng.random() < 0.6:
            lines.append(("Electronic weighing scale, Class III", "6 kg", float(rng.choice([120, 150]))))
        lines.append(("Steel measuring tape", "5 m", 40.0))
        j.amount = sum(v for _, _, v in lines)
        grid(
            p,
            "lm",
            [(0.0, 0.6, "l"), (0.6, 0.78, "c"), (0.78, 1.0, "r")],
            ["Instrument", "Capacity", "Fee"],
            [([t, c, num(v)], {}) for t, c, v in lines],
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(236, 232, 220),
        )
        p.add("gap")
        rno = f"LM/KOL/{j.date.year}/{digits(rng, 6)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "lmv", spec, "e-Receipt No.", rno, txn=(INVOICE_RANK, rno))
        colkv(p, "lmv", spec, "Trader", "Shola Ghar, Kumartuli, Kolkata")
        colkv(p, "lmv", spec, "Payment mode", "UPI", method="UPI")
        colkv(p, "lmv", spec, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        colkv(p, "lmv", spec, "Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        p.add("gap")
        p.add("left", "Fee received. Show this receipt with the stamped instruments.", status=status)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "payment.gst.gov.in/payment/auth/receipt")
        p.part = "head"
        name = "Goods and Services Tax"
        top(p, name, merchant=name)
        p.add("small", "Form GST PMT-06  |  Payment Receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", f"GSTIN: {GSTIN}  |  {clip(COMPANY_CAPS, 40)}")
        p.add("gap")
        half = float(rng.randrange(800, 9000))
        j.amount = 2 * half
        zebra(
            p,
            "gs",
            [(0.0, 0.28, "l"), (0.28, 0.46, "r"), (0.46, 0.64, "r"), (0.64, 0.82, "r"), (0.82, 1.0, "r")],
            ["Head", "Tax", "Interest", "Fee", "Total"],
            [
                (["CGST", num(half), "0.00", "0.00", num(half)], {}),
                (["SGST", num(half), "0.00", "0.00", num(half)], {}),
                (["IGST", "0.00", "0.00", "0.00", "0.00"], {}),
            ],
            (30, 80, 150),
        )
        total(p, "Total challan amount", rs(j.amount), at=0.6, amount=j.amount)
        cpin = f"26{digits(rng, 2)}19{digits(rng, 10)}"
        brn = f"{digits(rng, 10)}"
        cin = f"IDIB{j.date:%y}{digits(rng, 10)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "gsv", spec, "CPIN", cpin, txn=(INVOICE_RANK, cpin))
        colkv(p, "gsv", spec, "Deposit date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        colkv(p, "gsv", spec, "Mode", "E-Payment (Net banking, Indian Bank)", method="netbanking")
        colkv(p, "gsv", spec, "BRN", brn, txn=(BANK_RANK, brn))
        colkv(p, "gsv", spec, "CIN", cin, txn=(TXN_RANK, cin))
        p.add("left", "Payment successful.", status=status)
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (253, 252, 246)
    p.part = "head"
    bn(p, "পশ্চিমবঙ্গ হস্তশিল্প মেলা", scale=1.15, bold=True)
    name = pick(p, "center", [MSME_DEPT, "MSME & Textiles Department, West Bengal"])
    p.add("center", name, merchant=name)
    p.add("small", "Paschimbanga Hastashilpa Mela  |  Central Park Mela Ground, Salt Lake, Kolkata")
    p.add("center", "ALLOTMENT CUM RECEIPT")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([5000, 6000, 7500]))
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    colkv(p, "hm", spec, "Participant", COMPANY_SHORT)
    colkv(p, "hm", spec, "Craft", "Sholapith (shola pith carving)")
    colkv(p, "hm", spec, "Stall No.", f"H-{rng.randrange(40, 220)}")
    colkv(p, "hm", spec, "Mela", "1 to 12 December 2026")
    colkv(p, "hm", spec, "Stall fee", rs(j.amount), amount=j.amount)
    p.add("gap")
    p.add(
        "left",
        f"Received by UPI, Ref {j.ref}. Please report at the Mela office a day before.",
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    h269.seal(p, "MSME & T DEPARTMENT * WEST BENGAL *", ["MELA CELL"], "violet")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "to" and "paid to" on an app):
    Reliance General's PREMIUM RECEIPT for the Karmashala's fire policy (a table ruled on every side, two
    fields to a row: Receipt No. and Receipt Date, Policy No. and Product, Received from and Instrument, UTR
    and Premium (incl. GST); "Received with thanks the premium above."); Chola MS' shop policy with its payment
    under verification ("to <insurer>"; Quote No., Payment ID, UPI Ref No., Initiated on, each label small
    over its value); Royal Sundaram's van renewal with the card payment failed under a shield (labels set
    right against a gutter: Quote reference, Premium, Payment mode, Transaction ID, Attempted on, Reason);
    Shriram General's POLICY SCHEDULE CUM PREMIUM RECEIPT for the goods sent to the Poush Mela (a striped
    table: Policy No., Insured, Cover, Period, Premium, GST 18%, Total premium; "Premium received by UPI, UPI
    Ref ... on <day>."); ACKO's Policy purchased capsule with "Today, <hour>" ("paid to <insurer>"; Payment
    ID, Paid via, Policy; no day); Universal Sompo's e-Receipt for the artisans' Group Janata Personal
    Accident policy (a table ruled on every side: Receipt No., Date, Received from, Policy, Lives covered,
    Premium, GST, Total, Mode, Bank reference (UTR); a QR code); Aditya Birla Health's mail of the staff's
    group health premium received ("We have received <sum> on <day> ...", a callout: Policy, Payment ID,
    Paid by); Liberty General's PREMIUM ACKNOWLEDGEMENT written in its agent's book (No. left blank; Date,
    Received from, Policy, Premium Rs., by written in; "Received with thanks"; no reference). All new
    here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=1500, high=70000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        name = "Reliance General Insurance Co. Ltd."
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        shown = pick(p, "title", [name, "Reliance General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Branch: Burdwan  |  IRDAI Reg. No. 103  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"RG{j.date:%y}{digits(rng, 10)}"
        utr = utr_for(rng, j, "Indian Bank", "NEFT")
        grid(
            p,
            "rg",
            [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")],
            None,
            [
                (
                    ["Receipt No.", rno, "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (["Policy No.", f"1401{digits(rng, 8)}", "Product", "Fire (SFSP)"], {}),
                (["Received from", clip(COMPANY_SHORT, 28), "Instrument", "NEFT"], {"method": "netbanking"}),
                (
                    ["UTR", utr, "Premium (incl. GST)", rs(j.amount)],
                    {"txn": (UTR_RANK, utr), "amount": j.amount},
                ),
            ],
            tint=(226, 232, 246),
        )
        p.add("gap")
        p.add("left", "Received with thanks the premium above.", status=status)
        p.add("small", "Risk: stock of shola pith and finished work at the Karmashala, Bonkapasi.")
        return p.done()
    if k == 1:
        name = "Cholamandalam MS General Insurance Co. Ltd."
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (0, 84, 166))
        app_head(p, "Chola MS", "Shop insurance")
        sicon(p, status)
        p.add("center", "Payment under verification", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"to {name}", "to Cholamandalam MS General Insurance"])[3:]
        p.add("center", f"to {shown}", merchant=shown)
        p.add("small", "We will issue the policy once your bank confirms the payment.")
        p.add("rule")
        pid = f"CMS{digits(rng, 12)}"
        for label, value, facts in [
            ("Quote No.", f"Q/{digits(rng, 10)}", {}),
            ("Payment ID", pid, {"txn": (TXN_RANK, pid)}),
            ("UPI Ref No.", j.ref, {"txn": (UTR_RANK, j.ref), "method": "UPI"}),
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 2:
        name = "Royal Sundaram General Insurance Co. Ltd."
        p = browser_page(rng, font, "www.royalsundaram.in/motor/renewal/payment-status")
        p.part = "head"
        shown = pick(p, "title", [name, "Royal Sundaram General Insurance"])
        top(p, shown, merchant=shown)
        p.add(
            "small", f"Commercial vehicle renewal  |  WB 41 {code(rng, 1, UPPER)} {rng.randrange(1000, 9999)}"
        )
        p.add("rule")
        p.part = "body"
        shield(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("gap")
        tid = f"RSG{digits(rng, 12)}"
        for label, value, facts in [
            ("Quote reference", f"QR{digits(rng, 9)}", {}),
            ("Premium", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", f"Credit card {masked(rng, font)}", {"method": "card"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), {"date": j.date}),
            ("Reason", "Card declined (insufficient limit)", {}),
        ]:
            gutter(p, "rs", label, value, at=0.38, **facts)
        p.add("small", "No amount was charged. The policy lapses if it is not renewed by its expiry.")
        return p.done()
    if k == 3:
        shift(j, rng, POUSH - dt.timedelta(days=rng.randrange(3, 9)))
        name = "Shriram General Insurance Co. Ltd."
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        shown = pick(p, "title", [name, "Shriram General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Marine cargo (inland transit)  |  Kolkata office")
        p.add("center", "POLICY SCHEDULE CUM PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        start = POUSH - dt.timedelta(days=2)
        zebra(
            p,
            "sr",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            ["Schedule", ""],
            [
                (["Policy No.", f"SGI/MC/{digits(rng, 8)}"], {}),
                (["Insured", clip(COMPANY_SHORT, 44)], {}),
                (["Cover", "Sholapith goods, Bonkapasi to Santiniketan"], {}),
                (
                    [
                        "Period",
                        f"{when(start, '%d/%m/%Y')} to {when(start + dt.timedelta(days=9), '%d/%m/%Y')}",
                    ],
                    {},
                ),
                (["Premium", num(base)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total premium", rs(j.amount)], {"amount": j.amount}),
            ],
            (0, 100, 60),
        )
        p.add("gap")
        p.add(
            "left",
            f"Premium received by UPI, UPI Ref {j.ref} on {day_in(j, rng, ['%d/%m/%Y', '{d} %b %Y'])}.",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        return p.done()
    if k == 4:
        name = "Acko General Insurance Ltd"
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("View policy",))
        band(p, (80, 30, 160))
        app_head(p, "ACKO", "Business insurance")
        pill(p, "Policy purchased", status)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"paid to {name}", "paid to Acko General Insurance"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"ACK{digits(rng, 13)}"
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "Credit card", method="card")
        kvr(p, "Policy", "Shop and stock, Shola Ghar")
        return p.done()
    if k == 5:
        name = "Universal Sompo General Insurance Co. Ltd."
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        shown = pick(p, "title", [name, "Universal Sompo General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Sponsored by Indian Bank  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"US{digits(rng, 4)}{j.date:%y}{digits(rng, 7)}"
        utr = utr_for(rng, j, "Indian Bank", "NEFT")
        lives = rng.randrange(24, 60)
        base = float(lives * rng.choice([180, 240, 320]))
        gst = round(base * 0.18, 2)
        j.amount = base + gst
        grid(
            p,
            "us",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Received from", clip(COMPANY_SHORT, 44)], {}),
                (["Policy", "Group Janata Personal Accident"], {}),
                (["Lives covered", f"{lives} artisans"], {}),
                (["Premium", num(base)], {}),
                (["GST", num(gst)], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT"], {"method": "netbanking"}),
                (["Bank reference (UTR)", utr], {"txn": (UTR_RANK, utr)}),
            ],
            tint=(232, 236, 246),
        )
        p.add("gap")
        p.add("left", "Premium received with thanks.", status=status)
        qr(p, f"usgi{rno}", "r", 4)
        return p.done()
    if k == 6:
        name = "Aditya Birla Health Insurance Co. Limited"
        p = mail_page(
            rng,
            font,
            "Aditya Birla Health Insurance <care.healthinsurance@adityabirlacapital.com>",
            ["Payment received - Group Health", "Thank you for your payment"],
        )
        p.part = "head"
        shown = pick(p, "title", [name, "Aditya Birla Health Insurance"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"We have received {rs(j.amount)} on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])} towards the Group "
            "Health policy of the company's staff. The policy documents follow.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        c = call_open(p)
        pid = f"ABH{digits(rng, 12)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "ab", spec, "Policy", f"Group Health, {rng.randrange(6, 14)} members")
        colkv(p, "ab", spec, "Payment ID", pid, txn=(TXN_RANK, pid))
        colkv(p, "ab", spec, "Paid by", f"Debit card {masked(rng, font)}", method="card")
        call_close(p, c, (196, 32, 42))
        p.add("small", "Aditya Birla Health Insurance Co. Limited. IRDAI Reg. No. 153.")
        return p.done()
    name = "Liberty General Insurance Ltd."
    p = sheet_page(rng, font, [720, 760])
    p.style["paper"] = rng.choice([(248, 246, 236), (246, 244, 234)])
    p.part = "head"
    shown = pick(p, "title", [name, "Liberty General Insurance"])
    top(p, shown, merchant=shown)
    p.add("small", "Agency: Katwa, Purba Bardhaman")
    p.add("center", "PREMIUM ACKNOWLEDGEMENT")
    p.part = "body"
    cols(p, "lb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
    j.amount = float(rng.randrange(2400, 9800, 1))
    blank(p, "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), date=j.date)
    blank(p, "Received from", COMPANY_SHORT)
    blank(p, "Policy", "Shop insurance, Shola Ghar, renewal")
    blank(p, "Premium Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    blank(p, "by", "Cash", method="cash")
    write(p, "Received with thanks", status=status)
    sig(p)
    right(p, "Agent")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("SHOLA GHAR", "KUMARTULI, KOLKATA", "WORLDLINE", "worldline"),
    ("SHOLA GHAR - POUSH MELA STALL 112", "SANTINIKETAN, BIRBHUM", "mosambee", "mosambee"),
    ("SHOLA KARMASHALA", "BONKAPASI, PURBA BARDHAMAN", "INDIAN BANK", "declined"),
    ("HOTEL GANGA KINARA", "STRAND ROAD, KOLKATA", "IDFC FIRST BANK", "idfc"),
    ("SITABHOG MIHIDANA BHANDAR", "B.C. ROAD, BARDHAMAN", "UNION BANK OF INDIA", "pending"),
    ("BISHNUPUR TERRACOTTA EMPORIUM", "RASMANCHA ROAD, BISHNUPUR", "", "memo"),
    ("MITRA PAINTS & HARDWARE", "STATION ROAD, KATWA", "FEDERAL BANK", "federal"),
    ("SHOLA GHAR", "KUMARTULI, KOLKATA", "BharatPe Swipe", "device"),
]
EMPORIUM_BN = "বিষ্ণুপুর টেরাকোটা এম্পোরিয়াম"


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on Shola Ghar's, the Poush Mela stall's and the Karmashala's terminals and the company's card at a
    Kolkata hotel, a Bardhaman sweet shop, a Bishnupur terracotta emporium and a Katwa paint shop: Worldline's
    slip at Shola Ghar with each label closed by a colon (MERCHANT ID, TERMINAL ID, BATCH NO, INVOICE NO, CARD
    NO, CARD TYPE, ENTRY MODE, APPROVAL CODE, RRN, TOTAL AMT, *** APPROVED ***); Mosambee's slip at the Poush
    Mela stall in its days, each field a line of "Label: value" (Date/Time, MID, TID, Card No, Txn Type, Auth
    Code, RRN, Amount INR, Txn Status: Approved); Indian Bank's slip at the Karmashala DECLINED (RESP CODE 51,
    INSUFFICIENT FUNDS); IDFC FIRST Bank's slip at a Kolkata hotel (DATE, TIME, TID, INV, the card, APPR,
    RRN, GUEST and ROOM, AMOUNT, APPROVED); Union Bank's slip at a Bardhaman sweet shop with its response
    awaited (RESPONSE AWAITED, DO NOT REPEAT TRANSACTION); the Bishnupur emporium's CASH / CARD MEMO under its
    Bengali name (No. left blank, Date written in, the pieces written on its ruling, Total, Card ticked,
    "Paid"; no reference); Federal Bank's slip at a Katwa paint shop (DATE/TIME, MID/TID, BATCH/INV, the card
    CHIP, PIN VERIFIED, APPR CODE, RRN, SALE AMOUNT, TXN APPROVED); BharatPe Swipe's screen on Shola Ghar's
    device with "Today, <hour>" (Payment Successful, the sum; Card, Auth Code, RRN, Txn ID; no day). All new
    here."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=500, high=28000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "mosambee":
        shift(j, rng, POUSH + dt.timedelta(days=rng.randrange(0, 6)))
    if layout in ("pending", "federal", "declined"):
        j.amount = rupees(rng, 380, 8000, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "device":
        p = phone(rng, font, k, ["", "Sale"], dark=False, buttons=("Print", "New sale"))
        band(p, (0, 70, 160))
        app_head(p, "BharatPe Swipe", "Card payment")
        shown = pick(p, "center", [name])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        bid = f"BP{digits(rng, 14)}"
        kvr(p, "Card", f"{scheme} **** {last4}", method="card")
        kvr(p, "Auth Code", appr, txn=(APPR_RANK, appr))
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Txn ID", bid, txn=(TXN_RANK, bid))
        return p.done()
    if layout == "memo":
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 246, 236), (248, 244, 232)])
        j.amount = 0.0
        p.part = "head"
        bn(p, EMPORIUM_BN, scale=1.05, bold=True)
        top(p, name, merchant=name)
        p.add("small", f"Terracotta horses, Baluchari and Dokra  |  {town.title()}")
        p.add("center", "CASH / CARD MEMO")
        p.part = "body"
        cols(p, "em", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        start = len(p.rows)
        spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
        goods = [
            ("Bankura horse, terracotta, 12 in", 650, 1400),
            ("Dokra Ganesh, 6 in", 900, 1800),
            ("Terracotta temple tile, framed", 450, 900),
            ("Manasa chali, terracotta", 380, 800),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(goods, rng.randrange(2, 4)):
            v = float(rng.randrange(lo, hi, 10))
            hcells(p, spec, text, num(v, "indian", 0))
            total_ += v
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        ticks(p, ["Cash", "Card", "UPI"], 1, method="card")
        write(p, "Paid", status=status)
        right(p, "for Bishnupur Terracotta Emporium")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"])).upper()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "worldline":
        p.add("center", "SALE")
        p.add("rule")
        for label, value, facts in [
            ("DATE:", day, {"date": j.date}),
            ("TIME:", t, {}),
            ("MERCHANT ID:", mid[:12], {}),
            ("TERMINAL ID:", tid, {}),
            ("BATCH NO:", batch, {}),
            ("INVOICE NO:", inv, {"txn": (INVOICE_RANK, inv)}),
            ("CARD NO:", f"XXXX XXXX XXXX {last4}", {"method": "card"}),
            ("CARD TYPE:", scheme, {}),
            ("ENTRY MODE:", "CONTACTLESS", {}),
            ("APPROVAL CODE:", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN:", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            p.pair(label, value, **facts)
        p.add("rule")
        p.pair("TOTAL AMT:", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "*** APPROVED ***", status=status)
        p.add("small", "CUSTOMER COPY  |  WORLDLINE")
    elif layout == "mosambee":
        for label, value, facts in [
            ("Date/Time", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", {"date": j.date}),
            ("MID", mid[:12], {}),
            ("TID", tid, {}),
            ("Card No", f"{scheme} XXXX{last4}", {"method": "card"}),
            ("Txn Type", "Sale", {}),
            ("Auth Code", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            p.add("left", f"{label}: {value}", **facts)
        p.add("rule")
        p.add("left", f"Amount INR: {j.amount:,.2f}", amount=j.amount)
        p.add("left", "Txn Status: Approved", status=status)
        p.add("rule")
        p.add("small", "Thank you for visiting the Poush Mela")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXXXX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION DECLINED", status=status)
        p.add("center", "RESP CODE: 51")
        p.add("center", "INSUFFICIENT FUNDS")
        p.add("small", "NO AMOUNT DEBITED")
    elif layout == "idfc":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE: {day}", date=j.date)
        p.add("left", f"TIME: {t}")
        p.add("left", f"TID: {tid}   INV: {inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} ************{last4}", method="card")
        p.add("left", f"APPR: {appr}   RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("left", f"GUEST: ROOM {rng.randrange(101, 520)}, {rng.randrange(1, 4)} NIGHTS")
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGNATURE NOT REQUIRED")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "RESPONSE AWAITED", status=status)
        p.add("center", "DO NOT REPEAT TRANSACTION")
        p.add("small", "CHECK THE STATUS WITH YOUR BANK")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE/TIME: {day} {t[:5]}", date=j.date)
        p.add("left", f"MID/TID: {mid[:10]}/{tid}")
        p.add("left", f"BATCH/INV: {batch[-3:]}/{inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXX{last4} CHIP", method="card")
        p.add("left", "PIN VERIFIED")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("SALE AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "THANK YOU. VISIT AGAIN")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


WBSEDCL = "West Bengal State Electricity Distribution Company Limited"
WBSEDCL_BN = "পশ্চিমবঙ্গ রাজ্য বিদ্যুৎ বণ্টন কোম্পানি লিমিটেড"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shola Ghar's, the Karmashala's and the company's bills: CESC's online payment acknowledgement for the
    shop (a card of dot leaders: Customer ID, Customer name, Bill month, Amount paid, Transaction Reference No.,
    Bank Ref No., Payment date, Payment mode, Status); Alliance Broadband's payment under verification ("to
    <biller>"; hairline rows: Account ID, Plan, Order ID, UPI Ref, Initiated); WBSEDCL's transaction failed
    under its Bengali name (a table ruled on every side: Consumer ID, Consumer name, Amount, Transaction ID,
    Payment mode, Date & Time, Reason); HP Pay's LPG refill paid ("paid to <biller>"; Booking No.,
    Distributor, Transaction ID, UPI Ref No, Paid on); Airtel Xstream Fiber's mail of an AutoPay received ("We
    have received your payment of Rs. x ... on <day>.", Account number, Plan, Payment mode, Transaction ID
    beside their labels); Vi's postpaid bill paid with "Today, <hour>" ("paid to <biller>"; Mobile number,
    Transaction ID, Paid via; a rating's stars; no day); a drinking water supplier's MONTHLY CARD under its
    Bengali name (Customer, Month written in, the month's days in boxes with a hole punched for each jar
    delivered, Jars x rate, Rs. in a box, "Paid cash on <day>"; no reference); Tata Neu's Tata Play recharge
    ("for <biller>"; Bharat Connect Ref. ID, UPI Ref No., Paid on, Paid via, each label small over its
    value). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=300, high=9000)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "Rs"))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = browser_page(rng, font, "www.cesc.co.in/online-payment/acknowledgement")
        p.part = "head"
        name = "CESC Limited"
        top(p, name, merchant=name)
        p.add("small", "RP-Sanjiv Goenka Group  |  Online bill payment acknowledgement")
        p.add("rule")
        p.part = "body"
        j.amount = rupees(rng, 1400, 8600, 0.3)
        tref = f"CES{digits(rng, 11)}"
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        c = card_open(p)
        for label, value, facts in [
            ("Customer ID", digits(rng, 11), {}),
            ("Customer name", "SHOLA GHAR (BSSPCL)", {}),
            ("Bill month", when(month, "%b %Y"), {}),
            ("Amount paid", rs(j.amount), {"amount": j.amount}),
            ("Transaction Reference No.", tref, {"txn": (TXN_RANK, tref)}),
            ("Bank Ref No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), {"date": j.date}),
            ("Payment mode", "Net Banking", {"method": "netbanking"}),
            ("Status", "Success", {"status": status}),
        ]:
            dots(p, label, value, at=0.44, **facts)
        card_close(p, c)
        p.add("gap")
        p.add("small", "The payment shows on the next bill. Keep this acknowledgement till then.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Refresh",))
        band(p, (196, 30, 52))
        app_head(p, "Alliance Broadband", "Pay bill")
        timer(p, rng.uniform(0.2, 0.7), f"{rng.randrange(1, 9)}:{rng.randrange(0, 59):02d}")
        p.add("center", "Payment under verification", status=status)
        p.accent(AMBER)
        j.amount = float(rng.choice([1416, 2124, 2478, 3540]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Alliance Broadband Services Pvt. Ltd."
        shown = pick(p, "center", [f"to {name}", "to Alliance Broadband Services"])[3:]
        p.add("center", f"to {shown}", merchant=shown)
        p.add("small", "Your bank has not confirmed yet. Do not pay again; we will update you.")
        p.add("rule")
        oid = f"ABS{j.date:%y%m%d}{digits(rng, 5)}"
        kvr(p, "Account ID", f"KOL{digits(rng, 7)}")
        kvr(p, "Plan", "100 Mbps, 3 months, Shola Ghar")
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "portal.wbsedcl.in/webdynpro/InstantPayment/status")
        p.part = "head"
        bn(p, WBSEDCL_BN, scale=0.9, bold=True)
        name = pick(p, "center", [WBSEDCL, "WBSEDCL"])
        p.add("center", name, merchant=name)
        p.add("small", "Instant payment  |  Transaction status")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.add("gap")
        j.amount = rupees(rng, 900, 7800, 0.3)
        tid = f"WBS{digits(rng, 12)}"
        grid(
            p,
            "wb",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Consumer ID", digits(rng, 9)], {}),
                (["Consumer name", "SHOLA KARMASHALA (BSSPCL)"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment mode", f"Debit Card {masked(rng, font)}"], {"method": "card"}),
                (["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
                (["Reason", "Payment declined by the bank"], {}),
            ],
            tint=(244, 230, 222),
        )
        p.add("small", "No amount has been adjusted against the bill. Please try again.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Done",))
        band(p, (0, 88, 168))
        app_head(p, "HP Pay", "LPG refill")
        pill(p, "Payment successful", status)
        j.amount = float(rng.choice([1652.5, 1698.0, 1734.5, 868.0, 905.5]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "HP Gas"
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", "19 kg commercial cylinder, Shola Karmashala")
        p.add("rule")
        tid = f"HPP{digits(rng, 12)}"
        bk = digits(rng, 10)
        kvr(p, "Booking No.", bk, txn=(ORDER_RANK, bk))
        kvr(p, "Distributor", "Katwa Gas Service")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = mail_page(
            rng,
            font,
            "Airtel <noreply@airtel.com>",
            ["Payment received for your Airtel Xstream Fiber", "Thank you for your payment"],
        )
        p.part = "head"
        name = "Airtel Xstream Fiber"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([589, 799, 1178, 1599]))
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"We have received your payment of Rs. {num(j.amount, 'indian')} by AutoPay on "
            f"{day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])}. Thank you.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        tid = f"AXF{digits(rng, 12)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "ax", spec, "Account number", f"2000{digits(rng, 8)}")
        cols(p, "ax", spec, "Plan", "Entertainment, 100 Mbps")
        cols(p, "ax", spec, "Payment mode", f"Credit card {masked(rng, font)}", method="card")
        cols(p, "ax", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        p.add("gap")
        p.add("small", "Bharti Airtel Limited. This is an auto-generated mail.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (224, 20, 60))
        app_head(p, "Vi", "Postpaid bill")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([399, 501, 701, 1101]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Vodafone Idea Limited"
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        tid = f"VI{digits(rng, 14)}"
        kvr(p, "Mobile number", f"9{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        stars(p, "Rate your bill payment")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(236, 244, 250), (240, 246, 236)])
        p.part = "head"
        bn(p, "স্বচ্ছ জল", scale=1.25, bold=True)
        name = "SWACHHO JAL DRINKING WATER"
        p.add("center", name, merchant=name)
        p.add("small", "20 litre jars delivered  |  Kumartuli, Kolkata")
        p.add("center", "MONTHLY CARD")
        p.part = "body"
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        blank(p, "Customer", "Shola Ghar, Banamali Sarkar St.")
        blank(p, "Month", when(month, "%B %Y"))
        days = month.day
        holes = [rng.random() < 0.55 for _ in range(days)]
        punch_card(p, 1, holes[:16])
        punch_card(p, 17, holes[16:])
        jars = sum(holes)
        rate = rng.choice([30, 35, 40])
        j.amount = float(jars * rate)
        blank(p, "Jars", f"{jars} x Rs {rate}")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(
            p,
            f"Paid cash on {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}",
            method="cash",
            status=status,
            date=j.date,
        )
        return p.done()
    p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
    band(p, (72, 36, 120))
    app_head(p, "tata neu", "Bill payments")
    sicon(p, status)
    p.add("center", "Recharge successful", status=status)
    p.accent(GREEN)
    j.amount = float(rng.choice([299, 389, 499, 649]))
    p.add("big", rs(j.amount), amount=j.amount)
    name = "Tata Play"
    p.add("center", f"for {name}", merchant=name)
    p.add("small", f"Subscriber ID 10{digits(rng, 8)}")
    p.add("rule")
    bc = f"CC01{j.date:%y}{code(rng, 4, UPPER)}{digits(rng, 8)}"
    for label, value, facts in [
        ("Bharat Connect Ref. ID", bc, {"txn": (BANK_RANK, bc)}),
        ("UPI Ref No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ("Paid on", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), {"date": j.date}),
        ("Paid via", f"UPI {dot} Indian Bank", {"method": "UPI"}),
    ]:
        lab(p, label)
        p.add("left", value, **facts)
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Bandhan Bank", "BP-BDNSMS", "MAA TARA SHOLA BHANDAR", "UPI", "lcd"),
    ("Indian Bank", "VM-INDBNK", "DAS GLASS AND FRAMES", "UPI", "sms"),
    ("UCO Bank", "JD-UCOBNK", "KOLKATA CORRUGATORS", "NEFT", "sms"),
    ("State Bank of India", "", "RAJ TRANSPORT CO", "IMPS", "mail"),
    ("Punjab National Bank", "", "GOURANGA MALAKAR", "IMPS", "inbox"),
    ("Central Bank of India", "AX-CENTBK", "MITRA PAINTS", "UPI", "sms"),
    ("HDFC Bank", "VK-HDFCBK", "GUPTA ZARI AND FOIL", "NEFT", "sms"),
    ("West Bengal Gramin Bank", "", "SHUBHAM WEB SOLUTIONS", "NEFT", "table"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the company's payments: Bandhan Bank's SMS in Bengali on a feature phone's green
    LCD ("আপনার অ্যাকাউন্ট XX1234 থেকে Rs.x UPI মারফত <PAYEE> কে <dd-mm-yyyy> তারিখে ডেবিট করা হয়েছে।
    রেফারেন্স <ref>। ..."; the inbox's count, the sender and the hour over it); SMS in Indian Bank's ("Your
    a/c no. XXXXX1234 is debited for Rs.x on <dd-mm-yyyy> and credited to <PAYEE> (UPI Ref no ...)."), UCO
    Bank's ("NEFT of Rs x to <PAYEE> A/c XX1234 (UTR ...) dated <dd/mm/yyyy> is RETURNED by the beneficiary
    bank ..."), Central Bank of India's under the thread's Today ("Your A/c XX1234 is debited with Rs x for
    UPI/<ref>/<PAYEE>. Avl Bal Rs ..."; no day) and HDFC Bank's ("NEFT of Rs.x from HDFC Bank A/c **1234 to
    <PAYEE> on <dd-mm-yy> is successful. ..."; no reference) wordings; SBI's mail ("... has been debited by Rs x
    on <dd/mm/yy> by IMPS transfer to <PAYEE> (IMPS Ref No ...)."); PNB ONE's notifications inbox with the
    alert on top ("IMPS of Rs x to <PAYEE> is pending with the beneficiary bank. Ref ... Do not retry.", its
    day and hour) over two of the bank's offers; West Bengal Gramin Bank's mail with the debit in a striped
    table (Date | Narration NEFT/<UTR>/<PAYEE> | Debit (INR) | Balance (INR)). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
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
    if frame == "lcd":
        p = sheet_page(rng, font, [460, 480])
        p.style["size"] = rng.choice([21, 22])
        frame_(p, "lcd")
        p.part = "body"
        typed(p, f"Inbox  {rng.randrange(1, 9)}/{rng.randrange(12, 40)}")
        typed(p, f"From: {sender}")
        typed(p, f"{when(j.date, '%d/%m/%y')} {hhmm(rng, twelve=False)}")
        typed(p, "-" * h271.tt_cols(p))
        text = (
            f"আপনার অ্যাকাউন্ট XX{tail4} থেকে Rs.{amt} UPI মারফত {to} কে {when(j.date, '%d-%m-%Y')} "
            f"তারিখে ডেবিট করা হয়েছে। রেফারেন্স {utr}। আপনি না করে থাকলে 18002588181 নম্বরে ফোন করুন। "
            "- Bandhan Bank"
        )
        bn_wrap(p, text, share=1.0, scale=0.95, **facts)
        return p.done()
    if frame == "sms":
        if bank == "Indian Bank":
            text = (
                f"Your a/c no. XXXXX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%m-%Y')} and credited to "
                f"{to} (UPI Ref no {utr}). Not you? Call 18004250000. -Indian Bank"
            )
        elif bank == "UCO Bank":
            text = (
                f"NEFT of Rs {amt} to {to} A/c XX{digits(rng, 4)} (UTR {utr}) dated {when(j.date, '%d/%m/%Y')} is "
                f"RETURNED by the beneficiary bank: account closed. Amount credited back to A/c XX{tail4}. -UCO Bank"
            )
        elif bank == "Central Bank of India":
            text = (
                f"Your A/c XX{tail4} is debited with Rs {amt} for UPI/{utr}/{to}. Avl Bal Rs {bal}. If not done by "
                "you, call 18003030. -Central Bank of India"
            )
        else:
            text = (
                f"NEFT of Rs.{amt} from HDFC Bank A/c **{tail4} to {to} on {when(j.date, '%d-%m-%y')} is "
                "successful. Not you? Call 18002586161."
            )
        p = sms_page(rng, font, sender, text, None if j.no_day else j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "SBI Alerts <donotreply.sbiintouch@alerts.sbi.co.in>",
            ["Transaction alert", "Debit alert - IMPS"],
        )
        p.part = "head"
        top(p, "State Bank of India")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your A/c XXXX{tail4} has been debited by Rs {amt} on {when(j.date, '%d/%m/%y')} by IMPS transfer to "
            f"{to} (IMPS Ref No {utr}).",
            **facts,
        )
        p.add("left", f"Available balance: Rs {bal}")
        p.add("gap")
        p.add("left", "If you have not done this transaction, call 1800 1234 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "State Bank of India. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "inbox":
        p = phone(rng, font, k, ["", "Notifications"], dark=False, buttons=())
        band(p, (162, 20, 47))
        app_head(p, "PNB ONE", "Notifications")
        tabs(p, ["All", "Transactions", "Offers"], 0)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"{when(j.date, '%d-%m-%Y')}  {hhmm(rng)}")
        p.add(
            "left",
            f"IMPS of Rs {amt} to {to} is pending with the beneficiary bank. Ref {utr}. Do not retry; the "
            "status updates in 24 hours.",
            **facts,
        )
        card_close(p, c)
        p.add("gap")
        for offer in [
            "Pre-approved MSME loan up to Rs 5 lakh. Tap to know more.",
            "Update your KYC before 31 March.",
        ]:
            c = card_open(p)
            p.add("small", "PNB ONE")
            p.add("left", offer)
            card_close(p, c, tint=False)
            p.add("gap")
        nav(p, ["Home", "Transfer", "Scan", "Cards", "More"], 0)
        return p.done()
    p = mail_page(
        rng,
        font,
        "West Bengal Gramin Bank <alerts@wbgb.in>",
        ["Debit alert", "Transaction alert - NEFT"],
    )
    p.part = "head"
    top(p, "West Bengal Gramin Bank")
    p.add("small", "Sponsored by Punjab National Bank")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    p.add("left", f"The following debit has been made in your account XXXXXX{tail4}.")
    p.add("gap")
    narr = f"NEFT/{utr}/{to}"
    zebra(
        p,
        "wg",
        [(0.0, 0.16, "l"), (0.16, 0.66, "l"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
        ["Date", "Narration", "Debit (INR)", "Balance (INR)"],
        [([when(j.date, "%d-%m-%y"), narr, num(j.amount), bal], facts)],
        (0, 110, 70),
    )
    p.add("gap")
    p.add("small", "If you have not done this transaction, please call 1800 345 3344.")
    return p.done()

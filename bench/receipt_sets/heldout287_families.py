"""The twelve heldout287 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Bodo handloom weavers' self-help federation's year of 2026 in Kokrajhar,
Bodoland Territorial Region, Assam (Hathorkhi Aronai Weavers' SHG Federation, a federation of the women's
self-help groups of the Bodo weavers of Titaguri, Dotma, Serfanguri and Gossaigaon registered as a society,
who weave on throw-shuttle looms the dokhona (the Bodo woman's wrap, its borders woven with agor, the woven
motifs: pharw megon, the pigeon's eye; hajw agor, the hills), the aronai (the small woven scarf a guest is
honoured with), the jwmgra, gamsa, stoles of eri silk and table linen; its weaving centre and looms at
Titaguri, Hathorkhi Weaving Centre, where visitors also learn at the looms; its shop on J.D. Road, Hathorkhi
Handloom House, with stall 27 at the Handloom Expo at Srimanta Sankaradeva Kalakshetra, Guwahati; the web shop
hathorkhi.in; buyers at home and abroad), told by the proofs of payment it receives (buyers' Amazon Pay, BHIM,
CRED, YONO SBI, Paytm, Vyom and Navi screens and Paytm for Business on the shop's phone; NEDHDC through
TallyPrime, ARTFED's letter, TRIFED, a Guwahati hotel through SAP Business One, a wedding planner through YES
BANK's iris, the Directorate of Handloom and Textiles through FinAssam, a boutique through Vyapar and the Bodo
Sahitya Sabha's voucher; Wise, a Kurashiki gallery's fax, Crédit Agricole, PostFinance, Bangkok Bank, Danske
Bank, KB Kookmin Bank and HSBC's gpi tracker; its own Shopify mail, Instamojo page, tax invoice, Expo cash
memo, Bodo receipt, gift voucher, CCAvenue page and share capital receipt) and those it makes (an eri
spinners' group, a Sualkuchi loom parts shop, Amazon Business, Snapdeal, a Barpeta yarn dealer, India Post,
Canva and a Guwahati packaging house; Assam Gramin Vikash Bank, bob World, Union Bank, DCB Bank, PSB UnIC,
India Post Payments Bank, the Assam Co-operative Apex Bank's passbook and RBL MoBank; its weavers', spinners'
and staff's loom card, payslips, screens, a designer's bill and a spinner's receipt; Kokrajhar Municipal
Board, e-GRAS, the Taxation Department, the Pollution Control Board, Sewa Setu, the Fire and Emergency
Services, Titaguri V.C.D.C. and EPFO; eight insurers; cards on its two terminals and phone and at a hotel, a
dye house, a filling station, a cafe and a silk emporium; APDCL twice, Indane, JioFiber, a village water
committee, Dish TV, BSNL and Excitel; the banks' SMS, an Assamese SMS, a mail, a lock screen and an app's
inbox). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from
the rows the page keeps. Headings, footers, the units' lines, salutations, Bodo and Assamese lines (but a
bank's SMS in Assamese, whose figures and payee carry the facts, a Bodo or Assamese label's value and a Bodo
or Assamese hand's sums and "received"), items, looms, yarn, counts, rates, taxable values, GST, fees,
charges, balances, B/F lines, converted sums, exchange rates, periods, months, wage and pay months, years,
invoice, event, delivery and validity days, expected days, a tracker's legs, account, policy, proposal,
holding, meter, consumer, enrolment, application, establishment, loom, VC, phone and vehicle numbers, PO, bill
and token numbers, IFSC, UPI IDs of payers, GSTIN, UETR, a fax's transmission line, a Soundbox's announcement,
agor emblems, aronai bands, dokhona borders, tiles, badges, notices, stamps, seals, signatures, tea rings,
creases, squared ruling, cloth and dimmed screens carry no fact. ``Job`` is heldout167's; ``fy`` and
``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``right``
heldout152's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs``
heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's;
``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``kvr``, ``zebra``,
``total``, ``sms_page``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``, ``fill``,
``hand``, ``amtbox``, ``tt``, rounded cards), heldout273's (``hcells``, ``ledger``, ``bubble``,
``cell_name``), heldout275's (``sig``, ``divider``, ``gutter``), heldout277's ``split`` and heldout279's
(``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``day_in``, ``phone_no``), written in
this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout285's), each
page's rows drawn by heldout279's ``_render`` and then by this set's own ``_render`` in the lines it leaves
for them: Bodo lines in Noto Sans and Noto Serif Devanagari and Assamese lines in Noto Sans and Noto Serif
Bengali (with Assamese's own ৰ and ৱ), shaped by Raqm, as a name over its English, a heading, a greeting,
ruled cells with each label's English over its Bodo or Assamese, a hand's lines and sums, a bank's SMS; an
agor as a letterhead's emblem (a stepped diamond built of square picks round a pigeon's eye); an aronai as a
divider (its ground, stripes, stepped diamonds and loose fringe); a dokhona's woven borders down a page's long
edges (hills stepped in two colours); an outcome's rounded tile (a tick with sparkles, a cross or an
hourglass); an outcome's scalloped badge; an app's or a portal's notice box with its round icon; values over
their labels; fields in pale tiles two to a row; copyable fields with their copy icon; a lock screen's padlock
and large hour; a Soundbox's loudspeaker line; a fax's transmission line; an oval rubber stamp; a bottom sheet
over a dimmed app; a tea cup's ring; a squared exercise book's ruling; the creases of a page folded in four;
and, after the frame, a dokhona the page lies on. The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout277_families as h277
from bench.receipt_sets import heldout279_families as h279
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
    kvr,
    row,
    sms_page,
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
    tt,
)
from bench.receipt_sets.heldout273_families import (
    hcells,
    ledger,
)
from bench.receipt_sets.heldout275_families import (
    gutter,
    room_of,
    sig,
)
from bench.receipt_sets.heldout279_families import (
    app_head,
    at_hour,
    band,
    clip,
    day_in,
    phone,
    phone_no,
    pick,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
# Bodo is written in Devanagari (as the Bodo Sahitya Sabha writes it), Assamese in the Bengali script with
# its own ৰ and ৱ
DEV = "noto/NotoSansDevanagari-Regular.ttf"
DEV_BOLD = "noto/NotoSansDevanagari-Bold.ttf"
DEV_SERIF = "noto/NotoSerifDevanagari-Regular.ttf"
DEV_SERIF_BOLD = "noto/NotoSerifDevanagari-Bold.ttf"
BEN = "noto/NotoSansBengali-Regular.ttf"
BEN_BOLD = "noto/NotoSansBengali-Bold.ttf"
BEN_SERIF = "noto/NotoSerifBengali-Regular.ttf"
BEN_SERIF_BOLD = "noto/NotoSerifBengali-Bold.ttf"
# the upright Latin face a Bodo or Assamese hand writes its figures and capitals in
HAND_LATIN = "dejavu/DejaVuSerif.ttf"
# the hands that write on this set's papers: italics and obliques in another mix than heldout284's and
# heldout285's
PENS = [
    "liberation/LiberationSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
]
INKS = [(22, 36, 128), (30, 30, 96), (44, 40, 46), (18, 76, 96), (96, 28, 52)]
# the faces a page's fixed-width lines are printed in (a dot-matrix's, a typewriter's, a fax's)
TYPES = [
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoMono-Regular.ttf",
]
# an aronai's colours as the Bodo women weave them: the ground (a deep red, a maroon, a bottle green or a
# mustard yellow) and the agor's (woven motif's) yellow, white, black and green
GROUNDS = [(168, 26, 40), (124, 22, 42), (22, 96, 62), (204, 150, 24)]
AGOR = [(246, 196, 40), (250, 248, 240), (28, 24, 26), (30, 128, 76), (200, 36, 48)]

# ---------------------------------------------------------------- the federation

FED = "Hathorkhi Aronai Weavers' SHG Federation"
FED_CAPS = FED.upper()
FED_SHORT = "Hathorkhi Weavers' Federation"
# the registered name as a bank's or an app's field cuts it
CUT = "HATHORKHI ARONAI WEAVERS"
# the federation's name in Bodo (Devanagari), as its signboard spells it
FED_BRX = "हाथरखि आरनाय वीभार्स फेडारेसन"
CENTRE = "Hathorkhi Weaving Centre"
CENTRE_CAPS = CENTRE.upper()
CENTRE_BRX = "हाथरखि वीभिं सेन्टार"
SHOP = "Hathorkhi Handloom House"
SHOP_CAPS = SHOP.upper()
# the shop's name in Assamese, as its signboard spells it
SHOP_AS = "হাথৰখি হেণ্ডলুম হাউচ"
WEB = "hathorkhi.in"
REGD = "Regd. No. KJR/SR/112 of 2017-18"
GSTIN = "18AAFAH4172M1ZP"
OFFICE = "Hathorkhi Weaving Centre, Titaguri, Kokrajhar - 783370 (BTR, Assam)"
CENTRE_AT = "Titaguri, Kokrajhar - 783370"
SHOP_AT = "J.D. Road, near Kokrajhar Chariali, Kokrajhar - 783370"
STALL = "Stall 27, Handloom Expo, Srimanta Sankaradeva Kalakshetra, Guwahati"
SECRETARY = "Smt. Mwnshri Basumatary"
PRESIDENT = "Smt. Hwmshri Boro"
# the Handloom Expo at Srimanta Sankaradeva Kalakshetra, Guwahati, 20 to 29 November 2026 (stall 27)
EXPO = dt.date(2026, 11, 20)
IFSC = {
    "Assam Gramin Vikash Bank": "AGVB",
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Union Bank of India": "UBIN",
    "Yes Bank": "YESB",
    "Punjab & Sind Bank": "PSIB",
    "India Post Payments Bank": "IPOS",
    "RBL Bank": "RATN",
    "North East Small Finance Bank": "NESF",
    "Assam Co-operative Apex Bank": "ASAB",
    "Airtel Payments Bank": "AIRP",
    "Punjab National Bank": "PUNB",
    "UCO Bank": "UCBA",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
}
SHORT_BANK = {
    "Assam Gramin Vikash Bank": "AGVB",
    "State Bank of India": "SBI",
    "Bank of Baroda": "BoB",
    "Union Bank of India": "Union Bank",
    "Punjab National Bank": "PNB",
    "UCO Bank": "UCO",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Axis Bank": "Axis",
    "Kotak Mahindra Bank": "Kotak",
}
# the federation's weaving: name, HSN, price each (low, high)
WORKS = [
    ("Aronai, cotton, agor motif", "6214", 180, 450),
    ("Aronai, eri silk, pharw megon agor", "6214", 650, 1500),
    ("Dokhona, cotton, with agor border", "5208", 900, 2200),
    ("Dokhona, eri silk, hajw agor", "5007", 3800, 8500),
    ("Jwmgra (shawl), eri silk", "6214", 1800, 4200),
    ("Gamsa (men's wrap), cotton", "6211", 450, 900),
    ("Table runner, agor border", "6302", 550, 1200),
    ("Cushion covers, set of 2, agor", "6304", 480, 950),
    ("Tote bag, dokhona fabric", "4202", 350, 750),
    ("Stole, eri silk, natural dye", "6214", 1200, 2600),
]
CUSTOMERS = [
    "Mrs. Nabanita Sarma",
    "Mr. Rituraj Baruah",
    "Ms. Priyanka Das",
    "Dr. Dhiraj Brahma",
    "Mrs. Manisha Choudhury",
    "Mr. Arif Hussain",
    "Ms. Kabita Basumatary",
]
# the federation's weavers, Bodo women of the villages round Titaguri, Gossaigaon and Dotma
WEAVERS = [
    "Jwngshri Narzary",
    "Rupali Daimary",
    "Anjali Brahma",
    "Bijuli Swargiary",
    "Pramila Mushahary",
    "Dipali Islary",
    "Sunita Goyary",
    "Alaka Ramchiary",
]
STAFF = ["Rajib Boro", "Pinky Wary", "Nayanmoni Hazowary"]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The federation's weaving sold: name, HSN, quantity, price each (dearer ones left out above
    ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 5) if lo < 600 else 1 if lo > 1500 else rng.randrange(1, 3)
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 10))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Expo's), its UPI / IMPS reference made again for that day."""
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


def gstin_of(rng: random.Random, state: str = "18", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def fits_small(p: Screen, text: str) -> bool:
    return load_font(p.font, int(p.style["size"] * 0.8)).getlength(text) <= room_of(p)


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
        "h287",
        {"marks": {}, "decor": [], "ovals": [], "notes": [], "sheet": None, "border": None, "frame": None},
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


# ---------------------------------------------------------------- Bodo (Devanagari) and Assamese


def script_of(ch: str) -> str:
    """ "d" for a Devanagari letter (Bodo), "b" for a Bengali-script one (Assamese), "" for the rest."""
    if "\u0900" <= ch <= "\u097f" and ch not in "\u0964\u0965":
        return "d"
    if "\u0980" <= ch <= "\u09ff":
        return "b"
    return ""


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` in runs of Bodo, of Assamese and of other letters: a space, a danda, a joiner or Bodo's
    apostrophe stays with the run it follows."""
    out: list[tuple[str, str]] = []
    last = "b" if any(script_of(ch) == "b" for ch in text) else "d"
    for ch in text:
        t = script_of(ch)
        if t:
            last = t
        if ch in "\u0964\u0965":
            t = out[-1][0] if out and out[-1][0] else last
        elif ch in " \u200c\u200d'" and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


def nface(script: str, bold: bool = False, serif: bool = False) -> str:
    if script == "d":
        if serif:
            return DEV_SERIF_BOLD if bold else DEV_SERIF
        return DEV_BOLD if bold else DEV
    if serif:
        return BEN_SERIF_BOLD if bold else BEN_SERIF
    return BEN_BOLD if bold else BEN


# Noto's Devanagari and Bengali letters stand taller than a Latin face's: set at these shares of the size
NSCALE = {"d": 0.9, "b": 0.95}


def _face(script: str, latin: str, size: int, bold: bool, serif: bool):
    if script:
        return load_font(nface(script, bold, serif), int(size * NSCALE[script]))
    return load_font(bold_of(latin) if bold else latin, size)


def nwidth(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    """The width of a line of Bodo, Assamese and Latin runs."""
    return sum(_face(t, latin, size, bold, serif).getlength(part) for t, part in runs(text))


def nok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for t, part in runs(text):
        face = nface(t, bold, serif) if t else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_n(
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
    """A line of Bodo, Assamese and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for t, part in runs(text):
        face = _face(t, latin, size, bold, serif)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def native(
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
    """A line in Bodo or Assamese (a name over its English, a heading, a greeting, a sentence), its Latin runs
    and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert nok(text, p.font, bold=bold, serif=serif), text
    assert nwidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t87ln", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def nwrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Bodo or Assamese sentence set left in as many lines as it needs within ``share`` of the room (the
    facts on its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and nwidth(f"{line} {word}", p.font, size) > room:
            native(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    native(p, line, scale=scale, align="l", **(facts if first else {}))


def nbox(
    p: Screen, english: str, other: str, value: str, *, at: float = 0.36, pen: bool = False, **facts
) -> None:
    """A form's row of two cells ruled round: the label's cell shaded, its English over its Bodo or Assamese
    in small letters; the value in the open cell beside it, printed or written by hand (``pen``). Two lines
    high."""
    size = p.style["size"]
    assert nok(other, p.font) and glyphs(p.font, english), (english, other)
    need = max(load_font(p.font, int(size * 0.88)).getlength(english), nwidth(other, p.font, int(size * 0.8)))
    assert need + 16 <= at * room_of(p), (english, other, need, at * room_of(p))
    vfont = hand_pen(p) if pen else p.font
    assert glyphs(vfont, value), value
    vface = load_font(vfont, int(size * (1.1 if pen else 1.0)))
    assert vface.getlength(value) <= (1 - at) * room_of(p) - 16, (value, vface.getlength(value))
    put(p, "t87nb", english, other, value, mark_=[at, pen], **facts)
    p.add("gap")


def nhand(p: Screen, text: str, *, align: str = "l", scale: float = 1.22, figure: str = "", **facts) -> None:
    """A line written by hand in Bodo or Assamese: Noto's serif for its letters and an upright Latin face for
    its figures, slanted as a hand slants it, in the page's ink; ``figure`` written at the right end of the
    line (a sum in a chit's column)."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert nok(text + figure, HAND_LATIN, serif=True), text
    need = nwidth(text, HAND_LATIN, size, serif=True) + size * 0.4
    if figure:
        need += nwidth(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t87nh", text, figure, mark_=[align, scale], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def agor(p: Screen) -> None:
    """An agor (a Bodo weaver's woven motif) as a letterhead's emblem: a stepped diamond built of small square
    picks as a loom builds it, ring within ring in the aronai's colours round a pigeon's eye (pharw megon) at
    its heart, hooks at its four points; centred, three lines high."""
    put(p, "t87agor", "", mark_=[list(p.rng.choice(GROUNDS)), p.rng.randrange(3)])
    p.add("gap")
    p.add("gap")


def aronai(p: Screen) -> None:
    """An aronai as a divider across the page: its ground between two narrow stripes, a row of stepped
    diamonds woven along it, the yarn's fringe hanging loose at both its ends; one line high."""
    put(p, "t87ar", "", mark_=[list(p.rng.choice(GROUNDS)), p.rng.randrange(2)])


def dokhona_border(p: Screen) -> None:
    """A dokhona's woven borders down the page's two long edges: a band of its ground with hill motifs (hajw
    agor) stepped in two colours along it, a thin stripe inside it."""
    ext(p)["border"] = [list(p.rng.choice(GROUNDS)), p.rng.randrange(10**6)]


def tile(p: Screen, status: str) -> None:
    """The outcome as a rounded square tile in a pale tint of its colour with a soft shadow, a tick, a cross
    or an hourglass in its colour inside, small four-pointed sparkles round a success; centred, three lines
    high."""
    put(p, "t87tile", "", mark_=[status, p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def notice(p: Screen, text: str, tone: str = "info", **facts) -> None:
    """An app's or a portal's notice: a tinted rounded box with a round icon (an i, or an ! for a warning) at
    its left and ``text`` beside it in as many lines as it needs (the facts on its first line)."""
    size = int(p.style["size"] * 0.86)
    face = load_font(p.font, size)
    assert glyphs(p.font, text), text
    room = room_of(p) - 60
    lines, line = [], ""
    for word in text.split():
        if line and face.getlength(f"{line} {word}") > room:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    start = len(p.rows)
    for n, t in enumerate(lines):
        put(p, "t87nt", t, **(facts if n == 0 else {}))
    ext(p)["notes"].append([start, len(p.rows) - 1, tone])
    p.add("gap")


def oval(p: Screen, lines: list[str], colour: str = "violet", *, at: float = 0.7, rows_: int = 4) -> None:
    """An oval rubber stamp (an office's or a shop's): two rings and its lines across it, the middle one
    larger; tilted, over the rows it leaves room for."""
    bold = bold_of(p.font)
    for text in lines:
        assert glyphs(bold, text), (bold, text)
    start = len(p.rows)
    rows_ = max(rows_, int((len(lines) * 22 + 90) / (p.style["size"] * 1.55)) + 1)
    for _ in range(rows_):
        p.add("gap")
    ext(p)["ovals"].append(
        {
            "row": start,
            "lines": lines,
            "ink": {
                "violet": [96, 50, 158, 205],
                "blue": [28, 72, 168, 205],
                "red": [186, 40, 52, 205],
                "green": [24, 118, 72, 205],
            }[colour],
            "angle": p.rng.uniform(-14, 14),
            "at": at,
        }
    )


def clock(p: Screen, hour: str) -> None:
    """A phone's lock screen head: a padlock over the hour in large thin figures; four lines high."""
    face = load_font(p.font, int(p.style["size"] * 3.0))
    assert glyphs(p.font, hour) and face.getlength(hour) <= room_of(p), hour
    put(p, "t87clk", hour)
    for _ in range(3):
        p.add("gap")


def speaker(p: Screen, text: str) -> None:
    """A soundbox's announcement as an app shows it: a small loudspeaker with its sound waves at the left and
    the words spoken beside it in the label's ink."""
    face = load_font(p.font, int(p.style["size"] * 0.86))
    assert glyphs(p.font, text) and face.getlength(text) + 44 <= room_of(p), text
    put(p, "t87spk", text)


def faxline(p: Screen, text: str) -> None:
    """A fax machine's transmission line across the top of a faxed page, small and in its own fixed-width
    face, a hairline under it."""
    face = load_font("dejavu/DejaVuSansMono.ttf", int(p.style["size"] * 0.62))
    assert glyphs("dejavu/DejaVuSansMono.ttf", text) and face.getlength(text) <= room_of(p) + 40, text
    put(p, "t87fax", text)


def sheet_open(p: Screen) -> None:
    """An app's bottom sheet from the next row down: the screen above it dimmed, the sheet's rounded top
    edge and its grab handle."""
    ext(p)["sheet"] = len(p.rows)
    p.add("gap")


def decor(p: Screen, what: str) -> None:
    """A mark on the page itself: "tea" (the ring a cup of Assam tea left on it), "squared" (a squared
    exercise book's ruling under the hand) or "fold" (the creases of a page folded in four and opened
    again)."""
    ext(p)["decor"].append([what, p.rng.randrange(10**6)])


def on_cloth(p: Screen) -> None:
    """The page photographed lying on a woven dokhona spread on the table: the cloth's ground and stripes
    and a band of its agor round the page, the page's shadow on it, the page a little askew."""
    ext(p)["frame"] = [list(p.rng.choice(GROUNDS)), p.rng.randrange(10**6)]


def burst(p: Screen, status: str) -> None:
    """The outcome on a scalloped badge (a seal's wavy rim) in its colour, a white tick, cross or clock's
    hands on it; centred, three lines high."""
    put(p, "t87bst", "", mark_=[status, p.rng.randrange(14, 20)])
    p.add("gap")
    p.add("gap")


def vlab(p: Screen, label: str, value: str, *, bold: bool = True, **facts) -> None:
    """A field as an app lays it out value first: the value in (bold) print with its label small in the
    label's ink under it; two lines high."""
    vfont = bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value) and glyphs(p.font, label), (label, value)
    assert load_font(vfont, p.style["size"]).getlength(value) <= room_of(p), value
    put(p, "t87vl", value, label, mark_=[bold], **facts)
    p.add("gap")


def tiles2(p: Screen, left: tuple[str, str], right_: tuple[str, str], **facts) -> None:
    """Two fields side by side, each in a pale rounded tile: its label small at the tile's top, its value
    under it; two lines high (the facts on the pair)."""
    size = p.style["size"]
    half = room_of(p) / 2 - 6
    for label, value in (left, right_):
        assert glyphs(p.font, label + value), (label, value)
        assert load_font(p.font, int(size * 0.74)).getlength(label) <= half - 20, label
        assert load_font(p.font, int(size * 0.92)).getlength(value) <= half - 20, value
    put(p, "t87t2", left[0], left[1], right_[0], right_[1], **facts)
    p.add("gap")


def vname(p: Screen, names: list[str], *, bold: bool = True) -> str:
    """The first of ``names`` that fits a value's line of ``vlab`` (the last where none does)."""
    face = load_font(bold_of(p.font) if bold else p.font, p.style["size"])
    return next((n for n in names if face.getlength(n) <= room_of(p)), names[-1])


def copyrow(p: Screen, label: str, value: str, **facts) -> None:
    """An app's copyable field: its label small, its value under it, a copy icon (two overlapping squares)
    at the right of the value; two lines high."""
    size = p.style["size"]
    assert glyphs(p.font, label + value), (label, value)
    assert load_font(p.font, size).getlength(value) + 40 <= room_of(p), value
    put(p, "t87cp", label, value, **facts)
    p.add("gap")


# ---------------------------------------------------------------- drawing


def _agor(draw: ImageDraw.ImageDraw, cx: float, cy: float, cell: float, ground, kind_: int) -> None:
    """A stepped diamond of square picks on a square of the ground, hooks at its points."""
    n = 13
    c = n // 2
    side = (n + 4) * cell
    x0, y0 = cx - side / 2, cy - side / 2
    draw.rectangle((x0, y0, x0 + side, y0 + side), fill=ground)
    draw.rectangle((x0 + 2, y0 + 2, x0 + side - 2, y0 + side - 2), outline=AGOR[0], width=1)
    rings = [
        [AGOR[2], AGOR[1], AGOR[0], ground, AGOR[1], AGOR[3], AGOR[0]],
        [AGOR[2], AGOR[0], AGOR[1], AGOR[3], ground, AGOR[0], AGOR[1]],
        [AGOR[2], AGOR[1], AGOR[3], AGOR[0], AGOR[1], ground, AGOR[0]],
    ][kind_]
    ox, oy = x0 + 2 * cell, y0 + 2 * cell
    for i in range(n):
        for j in range(n):
            d = abs(i - c) + abs(j - c)
            if d > c:
                continue
            colour = rings[d] if d < len(rings) else AGOR[0]
            if colour == ground:
                continue
            draw.rectangle(
                (ox + j * cell, oy + i * cell, ox + (j + 1) * cell - 1, oy + (i + 1) * cell - 1), fill=colour
            )
    # a hook at each point: one pick out from the tip, then one to the side
    for di, dj, si, sj in ((-1, 0, 0, 1), (1, 0, 0, -1), (0, -1, -1, 0), (0, 1, 1, 0)):
        for step_, (a, b) in enumerate(
            ((c + di * (c + 1), c + dj * (c + 1)), (c + di * (c + 1) + si, c + dj * (c + 1) + sj))
        ):
            _ = step_
            draw.rectangle(
                (ox + b * cell, oy + a * cell, ox + (b + 1) * cell - 1, oy + (a + 1) * cell - 1), fill=AGOR[0]
            )


def _band(draw: ImageDraw.ImageDraw, x0: float, x1: float, y0: float, y1: float, ground, kind_: int) -> None:
    """An aronai across the page: its ground, two stripes, stepped diamonds along it, its fringe at the
    ends."""
    yarn = AGOR[0] if ground != GROUNDS[3] else AGOR[4]
    for x in range(int(x0) - 12, int(x0), 3):
        draw.line((x, y0 + 3, x + 1, y1 - 3), fill=yarn, width=1)
    for x in range(int(x1) + 1, int(x1) + 13, 3):
        draw.line((x, y0 + 3, x - 1, y1 - 3), fill=yarn, width=1)
    draw.rectangle((x0, y0, x1, y1), fill=ground)
    stripe = AGOR[1] if kind_ == 0 else AGOR[3]
    draw.line((x0, y0 + 2, x1, y0 + 2), fill=stripe, width=2)
    draw.line((x0, y1 - 2, x1, y1 - 2), fill=stripe, width=2)
    cell = 2
    mid = (y0 + y1) / 2
    span = 5
    x = x0 + 8
    n = 0
    while x + (2 * span + 1) * cell <= x1 - 6:
        col = yarn if n % 2 == 0 else AGOR[1]
        for i in range(-span, span + 1):
            w_ = span - abs(i)
            for j in range(-w_, w_ + 1):
                if abs(j) == w_ or (i == 0 and j == 0):
                    cx = x + (span + j) * cell
                    cy = mid + i * cell
                    draw.rectangle((cx, cy - cell / 2, cx + cell - 1, cy + cell / 2 - 1), fill=col)
        x += (2 * span + 3) * cell
        n += 1


def _border(draw: ImageDraw.ImageDraw, w: int, h: int, ground, seed: int) -> None:
    """A dokhona's borders down the page's two long edges, with hill motifs stepped in two colours."""
    srng = random.Random(seed)
    colours = srng.sample([AGOR[0], AGOR[1], AGOR[3], AGOR[4]], 2)
    cell = 2
    for x0 in (7, w - 25):
        draw.rectangle((x0, 6, x0 + 18, h - 7), fill=ground)
        draw.line(
            (x0 + (20 if x0 < w / 2 else -3), 6, x0 + (20 if x0 < w / 2 else -3), h - 7), fill=ground, width=1
        )
        y, n = 12, 0
        while y + 16 <= h - 12:
            col = colours[n % 2]
            for k in range(4):
                # a hill: rows of picks narrowing upward, its foot on the band's inner edge
                yy = y + 12 - k * 3
                for j in range(-(3 - k), 4 - k):
                    cx = x0 + 9 + j * cell * 1.2
                    draw.rectangle((cx, yy, cx + cell, yy + cell), fill=col)
            y += 18
            n += 1


def _tile(draw: ImageDraw.ImageDraw, cx: float, cy: float, s: float, status: str, paper_, seed: int) -> None:
    colour = TONE[status]
    draw.rounded_rectangle(
        (cx - s / 2 + 3, cy - s / 2 + 5, cx + s / 2 + 3, cy + s / 2 + 5),
        radius=int(s * 0.26),
        fill=h269._tint((0, 0, 0), paper_, 0.12),
    )
    draw.rounded_rectangle(
        (cx - s / 2, cy - s / 2, cx + s / 2, cy + s / 2),
        radius=int(s * 0.26),
        fill=h269._tint(colour, paper_, 0.14),
        outline=h269._tint(colour, paper_, 0.45),
        width=2,
    )
    k = s * 0.22
    if status == "success":
        draw.line(
            (cx - k, cy, cx - k * 0.2, cy + k * 0.8, cx + k * 1.1, cy - k * 0.85),
            fill=colour,
            width=6,
            joint="curve",
        )
        srng = random.Random(seed)
        for ang_x, ang_y in ((-1, -1), (1, -0.8), (-0.9, 0.9), (1.1, 0.7)):
            px, py = cx + ang_x * s * 0.78, cy + ang_y * s * 0.55
            r = srng.uniform(4, 7)
            star = [
                (px, py - r),
                (px + r * 0.28, py - r * 0.28),
                (px + r, py),
                (px + r * 0.28, py + r * 0.28),
                (px, py + r),
                (px - r * 0.28, py + r * 0.28),
                (px - r, py),
                (px - r * 0.28, py - r * 0.28),
            ]
            draw.polygon(star, fill=h269._tint(colour, paper_, 0.7))
    elif status == "failed":
        draw.line((cx - k, cy - k, cx + k, cy + k), fill=colour, width=6)
        draw.line((cx - k, cy + k, cx + k, cy - k), fill=colour, width=6)
    else:
        t, b = cy - k * 1.2, cy + k * 1.2
        draw.line((cx - k * 0.9, t, cx + k * 0.9, t), fill=colour, width=4)
        draw.line((cx - k * 0.9, b, cx + k * 0.9, b), fill=colour, width=4)
        draw.polygon([(cx - k * 0.7, t + 2), (cx + k * 0.7, t + 2), (cx, cy)], outline=colour, width=3)
        draw.polygon([(cx, cy), (cx + k * 0.7, b - 2), (cx - k * 0.7, b - 2)], fill=colour)


def _oval(page: Image.Image, font: str, s: dict, y0: float, room: int) -> Image.Image:
    """An oval rubber stamp: two rings, its lines across it (the middle one larger), tilted."""
    bold = bold_of(font)
    faces = [load_font(bold, 15), load_font(bold, 19), load_font(bold, 14)]
    lines = s["lines"]
    sizes = [
        faces[1] if n == len(lines) // 2 else faces[0 if n < len(lines) // 2 else 2]
        for n in range(len(lines))
    ]
    tw = max(f.getlength(t) for f, t in zip(sizes, lines))
    ow, oh = int(tw * 1.25 + 40), int(len(lines) * 22 + 36)
    layer = Image.new("RGBA", (ow, oh), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    ink = tuple(s["ink"])
    d.ellipse((2, 2, ow - 3, oh - 3), outline=ink, width=3)
    d.ellipse((8, 7, ow - 9, oh - 8), outline=ink, width=1)
    y = (oh - len(lines) * 22) / 2 + 2
    for f, t in zip(sizes, lines):
        d.text((ow / 2, y + 10), t, font=f, fill=ink, anchor="mm")
        y += 22
    layer = layer.rotate(s["angle"], resample=Image.BICUBIC, expand=True)
    x = int(MARGIN + s["at"] * room - layer.width / 2)
    x = max(4, min(page.width - layer.width - 4, x))
    out = page.convert("RGBA")
    out.alpha_composite(layer, (x, max(0, int(y0))))
    return out.convert("RGB")


def _tea(page: Image.Image, seed: int) -> Image.Image:
    """The ring a cup of tea left: a brown ring, darker on one side, a faint stain inside it."""
    srng = random.Random(seed)
    w, h = page.size
    r = srng.uniform(44, 66)
    cx, cy = srng.uniform(w * 0.55, w - r * 0.6), srng.uniform(h * 0.3, h - r * 0.5)
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    ld.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(250, 242, 228))
    ld.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(206, 170, 120), width=4)
    a = srng.uniform(0, 360)
    ld.arc((cx - r, cy - r, cx + r, cy + r), a, a + 140, fill=(178, 134, 86), width=5)
    ld.arc((cx - r + 3, cy - r + 3, cx + r - 3, cy + r - 3), a + 200, a + 260, fill=(214, 184, 140), width=2)
    layer = layer.filter(ImageFilter.GaussianBlur(1.1))
    return ImageChops.multiply(page, layer)


def _squared(page: Image.Image) -> Image.Image:
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    w, h = page.size
    for x in range(10, w, 19):
        ld.line((x, 0, x, h), fill=(206, 222, 240), width=1)
    for y in range(10, h, 19):
        ld.line((0, y, w, y), fill=(206, 222, 240), width=1)
    return ImageChops.multiply(page, layer)


def _fold(page: Image.Image, seed: int) -> Image.Image:
    """A page folded in four and opened: a crease down the middle and one across, each a dark line with a
    light edge beside it, the quarters a shade apart."""
    srng = random.Random(seed)
    w, h = page.size
    mx, my = int(w * srng.uniform(0.48, 0.52)), int(h * srng.uniform(0.47, 0.53))
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    ld.rectangle((mx, 0, w, my), fill=(246, 246, 244))
    ld.rectangle((0, my, mx, h), fill=(248, 248, 246))
    ld.line((mx, 0, mx, h), fill=(200, 198, 194), width=2)
    ld.line((0, my, w, my), fill=(204, 202, 198), width=2)
    out = ImageChops.multiply(page, layer)
    light = Image.new("L", page.size, 0)
    lt = ImageDraw.Draw(light)
    lt.line((mx + 3, 0, mx + 3, h), fill=120, width=3)
    lt.line((0, my + 3, w, my + 3), fill=110, width=3)
    return Image.composite(Image.new("RGB", page.size, (255, 255, 255)), out, light)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout279's ``_render`` (heldout277's, 275's, 273's, 271's, 269's and heldout14's beneath it), then
    this set's rows and marks: Bodo and Assamese lines, labels and hand; an agor emblem, an aronai divider, an
    outcome's tile, a notice box, a lock screen's hour, a soundbox's line, a fax's transmission line, an oval
    rubber stamp; a bottom sheet over a dimmed screen, a dokhona's borders, a tea cup's ring, squared ruling
    and a page's creases."""
    page = h279._render(rows, font, style)
    x = style.get("h287")
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
    if "squared" in kinds_:
        page = _squared(page)
    if x.get("sheet") is not None and x["sheet"] < len(tops):
        ys = tops[x["sheet"]] - lift
        dim = Image.new("L", page.size, 0)
        ImageDraw.Draw(dim).rectangle((0, 0, w, ys + 20), fill=120)
        page = Image.composite(Image.new("RGB", page.size, (20, 20, 24)), page, dim)
    # under the print: tints multiplied in, so what is drawn stays dark
    cells = [i for i, r in enumerate(rows) if r[0] == "t87nb"]
    if cells or x["notes"]:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for i in cells:
            at = marks[str(i)][0]
            y0 = tops[i] - lift
            ld.rectangle(
                (MARGIN, y0, MARGIN + at * room, y0 + 2 * line), fill=h269._tint(accent, (255,) * 3, 0.1)
            )
        for start, end, tone in x["notes"]:
            colour = (40, 110, 200) if tone == "info" else AMBER if tone == "warn" else RED
            ld.rounded_rectangle(
                (MARGIN - 6, tops[start] - lift - 6, width - MARGIN + 6, tops[end] + line - lift + 6),
                radius=10,
                fill=h269._tint(colour, (255,) * 3, 0.1),
            )
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    if x.get("sheet") is not None and x["sheet"] < len(tops):
        ys = tops[x["sheet"]] - lift
        draw.rounded_rectangle((0, ys, w, ys + line), radius=22, fill=paper_)
        draw.rounded_rectangle(
            (w / 2 - 28, ys + 9, w / 2 + 28, ys + 14), radius=3, fill=h269._tint(soft, paper_, 0.35)
        )
    for start, end, tone in x["notes"]:
        colour = (40, 110, 200) if tone == "info" else AMBER if tone == "warn" else RED
        cy = tops[start] - lift + line / 2
        draw.ellipse((MARGIN + 4, cy - 11, MARGIN + 26, cy + 11), fill=colour)
        mark = "i" if tone == "info" else "!"
        draw.text(
            (MARGIN + 15, cy + 1),
            mark,
            font=load_font(bold_of(font), int(size * 0.8)),
            fill=(255, 255, 255),
            anchor="mm",
        )
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t87"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t87ln":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = nwidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_n(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t87nb":
            at, by_pen = m
            edge = h269._tint(soft, paper_, 0.45)
            x_at = MARGIN + at * room
            draw.rectangle((MARGIN, top_y, width - MARGIN, top_y + 2 * line), outline=edge, width=1)
            draw.line((x_at, top_y, x_at, top_y + 2 * line), fill=edge, width=1)
            draw.text(
                (MARGIN + 8, top_y + line * 0.22), r[1], font=load_font(font, int(size * 0.88)), fill=ink
            )
            draw_n(draw, (MARGIN + 8, top_y + line * 1.02), r[2], font, int(size * 0.8), soft)
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.1))
                draw.text((x_at + 12, top_y + line * 0.55), r[3], font=vface, fill=pen_ink)
            else:
                draw.text((x_at + 10, top_y + line * 0.62), r[3], font=load_font(font, size), fill=ink)
        elif name == "t87nh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = nwidth(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.8)
                layer = Image.new("L", (lw, lh), 0)
                draw_n(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.18, -0.18 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                colour = Image.new("RGB", layer.size, pen_ink)
                page.paste(colour, (int(tx), int(y - lh * 0.32)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t87agor":
            ground, kind_ = m
            _agor(draw, width / 2, top_y + line * 1.5, max(4.0, line * 2.6 / 17), tuple(ground), kind_)
        elif name == "t87ar":
            ground, kind_ = m
            _band(
                draw, MARGIN, width - MARGIN, top_y + line * 0.16, bot_y - line * 0.16, tuple(ground), kind_
            )
        elif name == "t87tile":
            status, seed = m
            _tile(draw, width / 2, top_y + line * 1.45, line * 2.0, status, paper_, seed)
        elif name == "t87nt":
            draw.text((MARGIN + 40, y + size * 0.08), r[1], font=load_font(font, int(size * 0.86)), fill=ink)
        elif name == "t87clk":
            big = load_font(font, int(size * 3.0))
            cy = top_y + line * 2.5
            draw.text((width / 2, cy), r[1], font=big, fill=ink, anchor="mm")
            lx, ly = width / 2, top_y + line * 0.35
            draw.rounded_rectangle((lx - 9, ly + 6, lx + 9, ly + 20), radius=3, fill=ink)
            draw.arc((lx - 6, ly - 2, lx + 6, ly + 12), 180, 360, fill=ink, width=3)
        elif name == "t87spk":
            cy = top_y + line / 2
            sx = MARGIN + 4
            draw.rectangle((sx, cy - 4, sx + 6, cy + 4), fill=accent)
            draw.polygon(
                [(sx + 6, cy - 4), (sx + 14, cy - 10), (sx + 14, cy + 10), (sx + 6, cy + 4)], fill=accent
            )
            for k, rr in enumerate((6, 11)):
                draw.arc((sx + 12 - rr, cy - rr, sx + 12 + rr, cy + rr), -50, 50, fill=accent, width=2)
                _ = k
            draw.text((MARGIN + 40, y + size * 0.08), r[1], font=load_font(font, int(size * 0.86)), fill=soft)
        elif name == "t87bst":
            status, teeth = m
            colour = TONE[status]
            cx, cy, r = width / 2, top_y + line * 1.45, line * 1.05
            pts = []
            for k in range(teeth * 2):
                ang = 3.14159265 * k / teeth
                rr = r if k % 2 == 0 else r * 0.86
                pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
            draw.polygon(pts, fill=colour)
            draw.ellipse(
                (cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7), outline=(255, 255, 255), width=2
            )
            k = r * 0.36
            white = (255, 255, 255)
            if status == "success":
                draw.line(
                    (cx - k, cy, cx - k * 0.25, cy + k * 0.8, cx + k * 1.05, cy - k * 0.8),
                    fill=white,
                    width=5,
                    joint="curve",
                )
            elif status == "failed":
                draw.line((cx - k, cy - k, cx + k, cy + k), fill=white, width=5)
                draw.line((cx - k, cy + k, cx + k, cy - k), fill=white, width=5)
            else:
                draw.line((cx, cy, cx, cy - k * 1.1), fill=white, width=4)
                draw.line((cx, cy, cx + k * 0.8, cy + k * 0.3), fill=white, width=4)
        elif name == "t87vl":
            (bold,) = m
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text((MARGIN, y), r[1], font=vface, fill=ink)
            draw.text((MARGIN, y + line * 0.92), r[2], font=load_font(font, int(size * 0.74)), fill=soft)
        elif name == "t87t2":
            half = room / 2 - 6
            for n_ in range(2):
                tx0 = MARGIN + n_ * (half + 12)
                draw.rounded_rectangle(
                    (tx0, top_y + 3, tx0 + half, top_y + 2 * line - 5),
                    radius=10,
                    fill=h269._tint(accent, paper_, 0.07),
                    outline=h269._tint(accent, paper_, 0.2),
                )
                draw.text(
                    (tx0 + 12, top_y + 8), r[1 + 2 * n_], font=load_font(font, int(size * 0.74)), fill=soft
                )
                draw.text(
                    (tx0 + 12, top_y + line * 0.92),
                    r[2 + 2 * n_],
                    font=load_font(font, int(size * 0.92)),
                    fill=ink,
                )
        elif name == "t87cp":
            draw.text((MARGIN, y - size * 0.05), r[1], font=load_font(font, int(size * 0.76)), fill=soft)
            draw.text((MARGIN, y + line * 0.8), r[2], font=load_font(font, size), fill=ink)
            ix, iy = width - MARGIN - 18, y + line * 0.9
            edge = h269._tint(accent, paper_, 0.8)
            draw.rounded_rectangle((ix, iy, ix + 12, iy + 14), radius=2, outline=edge, width=2)
            draw.rounded_rectangle(
                (ix + 5, iy - 5, ix + 17, iy + 9), radius=2, outline=edge, width=2, fill=paper_
            )
            draw.line(
                (MARGIN, top_y + 2 * line - 2, width - MARGIN, top_y + 2 * line - 2),
                fill=h269._tint(soft, paper_, 0.2),
                width=1,
            )
        elif name == "t87fax":
            face = load_font("dejavu/DejaVuSansMono.ttf", int(size * 0.62))
            draw.text((MARGIN - 20, top_y + line * 0.25), r[1], font=face, fill=h269._tint(ink, paper_, 0.8))
            draw.line(
                (MARGIN - 20, bot_y - 2, width - MARGIN + 20, bot_y - 2),
                fill=h269._tint(ink, paper_, 0.5),
                width=1,
            )
    for s in x["ovals"]:
        if s["row"] < len(tops):
            page = _oval(page, font, s, tops[s["row"]] - lift, room)
            draw = ImageDraw.Draw(page)
    if x.get("border"):
        ground, seed = x["border"]
        _border(draw, w, h, tuple(ground), seed)
    if "tea" in kinds_:
        page = _tea(page, kinds_["tea"])
    if "fold" in kinds_:
        page = _fold(page, kinds_["fold"])
    return page


def _cloth(image: Image.Image, f: list) -> Image.Image:
    """The page lying a little askew on a woven dokhona: the cloth's ground, its stripes and a band of agor
    round the page, the page's shadow."""
    ground, seed = f
    ground = tuple(ground)
    srng = random.Random(seed)
    w, h = image.size
    pad = 48
    base = Image.new("RGB", (w + 2 * pad, h + 2 * pad), ground)
    bd = ImageDraw.Draw(base)
    # the weave: fine lines of a darker shade across and down the cloth
    dark = tuple(max(0, c - 26) for c in ground)
    for y in range(0, base.height, 4):
        bd.line((0, y, base.width, y), fill=dark, width=1)
    for xx in range(0, base.width, 7):
        bd.line((xx, 0, xx, base.height), fill=tuple(max(0, c - 12) for c in ground), width=1)
    colours = [c for c in AGOR if c != ground]
    y = srng.randrange(6, 20)
    while y < base.height:
        col = srng.choice(colours)
        bd.rectangle((0, y, base.width, y + 5), fill=col)
        # a band of small hills along the stripe
        for xx in range(4, base.width, 14):
            bd.polygon([(xx, y + 14), (xx + 5, y + 8), (xx + 10, y + 14)], fill=srng.choice(colours))
        y += srng.randrange(70, 130)
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 5, pad + 7, pad + w + 5, pad + h + 7), fill=130)
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (30, 24, 20)), base, shadow)
    page = image.convert("RGBA").rotate(srng.uniform(-1.8, 1.8), resample=Image.BICUBIC, expand=True)
    base.paste(page, (pad - (page.width - w) // 2, pad - (page.height - h) // 2), page)
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout285's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, and the dokhona a page is photographed lying on."""
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
    f = (style.get("h287") or {}).get("frame")
    if f:
        image = _cloth(image, f)
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    for face in [
        DEV,
        DEV_BOLD,
        DEV_SERIF,
        DEV_SERIF_BOLD,
        BEN,
        BEN_BOLD,
        BEN_SERIF,
        BEN_SERIF_BOLD,
        HAND_LATIN,
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
        "dejavu/DejaVuSansMono.ttf",
    ]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout287 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, "HATHORKHI HANDLOOM KJR"]
VPAS = [
    "hathorkhihandloom@sbi",
    "hathorkhi.kjr@okaxis",
    "Q402186735@ybl",
    "hathorkhiweavers@pnb",
    "paytmqr5f2k9xh3@paytm",
]
BUYERS = [
    ("Nabanita Sarma", "nabanita.s@okhdfcbank", "HDFC Bank"),
    ("Rituraj Baruah", "riturajb@oksbi", "State Bank of India"),
    ("Priyanka Das", "priyankad@ybl", "Punjab National Bank"),
    ("Dhiraj Brahma", "dhirajbrahma@axl", "Axis Bank"),
    ("Manisha Choudhury", "manishac@okicici", "ICICI Bank"),
    ("Arif Hussain", "arifh@ibl", "UCO Bank"),
    ("Kabita Basumatary", "kabitab@oksbi", "State Bank of India"),
    ("Jayanta Kalita", "jkalita@kotak", "Kotak Mahindra Bank"),
]
NOTES = [
    "aronai x4 for guests",
    "dokhona for Maa",
    "eri stole",
    "Bwisagu gifts",
    "jwmgra, wedding",
    "table runners",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Hathorkhi Handloom House or the federation: Amazon Pay's Payment successful under a tile
    with a tick ("Paid to" over the payee and its UPI ID; copyable Bank Reference ID and Amazon Pay
    Transaction ID; tiles: Date, Paid from); BHIM's Transaction Pending under an hourglass's tile ("Paying
    to" over the payee, a warning's notice; each value over its label: UPI Ref ID, Date & Time, Debited from);
    CRED's payment successful in lower case on its dark screen ("paid to <payee>", "<day> · <hour>"; copyable
    UPI transaction ID and CRED txn id, paid from); YONO SBI's Transaction Failed under a cross's tile
    (Beneficiary over the payee, the reason in a notice; tiles: Reference No., Date, Debit Account, Mode);
    Paytm's Paid Successfully under a scalloped badge ("to" over the payee and its UPI ID; each value over its
    label: UPI Reference No., Order ID, Date & Time, From); Union Bank's Vyom with its Payment Successful
    badge ("Paid to <payee>", "Today, <hour>"; tiles: UPI RRN, From; Remarks; no day); Navi UPI's share card
    (the sum, "paid to <payee>", "on <day> at <hour>"; no reference); Paytm for Business on the shop's phone
    (the shop under the app, a Soundbox's announcement, Payment Received, "from <buyer>"; each value over its
    label: UPI Ref. No., Paytm Payment ID; tiles: Received on, Settles to). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=250, high=30000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share receipt",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        aid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        copyrow(p, "Bank Reference ID", j.ref, txn=(UTR_RANK, j.ref))
        copyrow(p, "Amazon Pay Transaction ID", aid, txn=(TXN_RANK, aid))
        tiles2(
            p,
            ("Date", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",))),
            ("Paid from", f"{sb} {dot * 2}{digits(rng, 4)}"),
            date=j.date,
            method="UPI",
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Check status",))
        band(p, (232, 104, 20))
        app_head(p, "BHIM", "Bharat Interface for Money")
        tile(p, status)
        p.add("center", "Transaction Pending", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paying to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        notice(
            p,
            "Your bank has not confirmed this payment yet. Please do not pay again; the status updates "
            "within 48 hours.",
            "warn",
        )
        vlab(p, "UPI Ref ID", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        vlab(p, "Debited from", f"{bank} XXXX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("done",))
        app_head(p, "CRED", "UPI")
        tile(p, status)
        p.add("center", "payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paid to {to}", f"paid to {SHOP}"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add(
            "small",
            at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (f" {sign(font, chr(0xB7), '|')} ",)).lower(),
            date=j.date,
        )
        p.add("rule")
        cid = f"CRED{digits(rng, 14)}"
        copyrow(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        copyrow(p, "cred txn id", cid, txn=(TXN_RANK, cid))
        kvr(p, "paid from", f"{sb} {dot * 2} {digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Retry",))
        band(p, (40, 76, 160))
        app_head(p, "YONO SBI", "UPI")
        tile(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Beneficiary")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        notice(
            p,
            "The beneficiary's bank did not respond (U68). If your account was debited, the amount is "
            "reversed within 48 hours.",
            "error",
        )
        tiles2(
            p,
            ("Reference No.", j.ref),
            ("Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        tiles2(p, ("Debit Account", f"XXXXXXX{digits(rng, 4)}"), ("Mode", "UPI"), method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI Payments")
        burst(p, status)
        p.add("center", "Paid Successfully", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        oid = str(digits(rng, 19))
        vlab(p, "UPI Reference No.", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "Order ID", oid, bold=False, txn=(ORDER_RANK, oid))
        vlab(
            p,
            "Date & Time",
            at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        vlab(p, "From", f"{sb} - {digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Done",))
        band(p, (206, 24, 48))
        app_head(p, "Vyom", "Union Bank of India")
        burst(p, status)
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"Paid to {to}", f"Paid to {SHOP}"])[8:]
        p.add("center", f"Paid to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        tiles2(
            p,
            ("UPI RRN", j.ref),
            ("From", f"Union Bank XX{digits(rng, 4)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        vlab(p, "Remarks", rng.choice(NOTES), bold=False)
        return p.done()
    if k == 6:
        p = screen(rng, font, "crop", dark=True, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.part = "head"
        p.add("title", "navi UPI")
        p.part = "body"
        tile(p, status)
        p.add("big", rs(j.amount), amount=j.amount, status=status)
        name = pick(p, "center", [f"paid to {to}", f"paid to {SHOP}"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (' at ',))}", date=j.date)
        p.add("gap")
        p.add("small", "Paid securely with Navi UPI", method="UPI")
        p.add("small", "Download Navi: Loans, UPI, Insurance")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (0, 46, 110))
    app_head(p, "Paytm for Business", "Payments")
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", "J.D. Road, Kokrajhar")
    p.add("gap")
    speaker(
        p,
        f"Soundbox: Received {num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)} rupees "
        "on Paytm",
    )
    p.add("gap")
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", "Payment Received", status=status)
    p.accent(GREEN)
    p.add("small", f"from {who} ({their})")
    p.add("rule")
    pid = f"{j.date:%Y%m%d}{digits(rng, 9)}"
    vlab(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    vlab(p, "Paytm Payment ID", pid, bold=False, txn=(TXN_RANK, pid))
    tiles2(
        p,
        ("Received on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",))),
        ("Settles to", f"AGVB XX{digits(rng, 4)}"),
        date=j.date,
    )
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its place, the frame
PAYERS = [
    ("North Eastern Handicrafts and Handlooms Development Corporation Ltd.", "Purbashree, Guwahati", "tally"),
    ("The Assam Apex Weavers and Artisans Co-operative Federation Ltd.", "Bamunimaidam, Guwahati", "artfed"),
    ("TRIFED", "Tribes India, New Delhi", "trifed"),
    ("Hotel Luitporia Grand", "G.S. Road, Guwahati - 781005", "sapb1"),
    ("Rongali Weddings & Events", "Zoo Road, Guwahati", "iris"),
    ("Directorate of Handloom and Textiles, Assam", "Guwahati", "finassam"),
    ("Aranyak Boutique", "Ganeshguri, Guwahati - 781006", "vyapar"),
    ("Bodo Sahitya Sabha", "Kokrajhar", "sabha"),
]
# the Bodo Sahitya Sabha's name in Bodo (Bodo Thunlai Afad)
SABHA_BRX = "बर' थुनलाय आफाद"


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The federation's bills one payment settles: number, day (before the payment), sum; they add up to
    it."""
    out = []
    for part in h277.split(rng, j.amount, n):
        day = j.date - dt.timedelta(days=rng.randrange(8, 50))
        out.append((f"{prefix}/{fy(day)}/{rng.randrange(20, 300):03d}", day, part))
    return out


def tt_wrap(p: Screen, text: str, width_: int, **facts) -> None:
    """A typed sentence in as many fixed-width lines as it needs (the facts on its first line)."""
    words_, line, first = text.split(), "", True
    for word in words_:
        if line and len(line) + 1 + len(word) > width_:
            typed(p, line, **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    typed(p, line, **(facts if first else {}))


def tt_field(p: Screen, label: str, value: str, width_: int, **facts) -> None:
    """A typed label and its value, the value carried on to lines of its own under itself where it is too
    long (the facts on its first line)."""
    words_, line, first = value.split(), "", True
    for word in words_:
        if line and len(label) + len(line) + 1 + len(word) > width_:
            typed(p, (label if first else " " * len(label)) + line, **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    typed(p, (label if first else " " * len(label)) + line, **(facts if first else {}))


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The North Eastern Handicrafts and Handlooms Development Corporation (Purbashree), ARTFED, TRIFED, a
    Guwahati hotel, a Guwahati wedding planner, the Directorate of Handloom and Textiles through FinAssam, a
    Guwahati boutique and the Bodo Sahitya Sabha paying the federation: NEDHDC's Payment Voucher printed from
    TallyPrime (No. beside Dated, Particulars | Amount: Account over the party, Agst Ref, Through, Bank
    Transaction Details "NEFT UTR ... dated ...", On Account of, the total under its rule, the sum in words);
    ARTFED's letter typed on a typewriter under its printed head (its No. and Dated, "To, The Secretary,
    <federation>", Sub:, "We have remitted Rs. x/- (...) by NEFT, UTR ..., to your account ... on <day>.");
    TRIFED's Tribes India vendor portal (a notice "Payment processed", each value over its label: Payment
    reference (UTR), Amount paid, Vendor; a striped table PO No. | Item | Qty | Value; Settlement period; no
    day); Hotel Luitporia Grand's OUTGOING PAYMENT from SAP Business One (Doc. No. beside Posting Date,
    Vendor Code and Vendor Name, Bank Transfer with its Transfer Date and Reference, the invoices paid on
    hairline rows, Total Amount Paid); YES BANK iris' Transfer failed under a cross's tile ("to <payee>", the
    reason in a notice; copyable IMPS Reference No.; tiles: Date, From) sent by a wedding planner; FinAssam's
    e-Payment status for the Directorate (labels against a gutter: Treasury, Bill No., Token No., e-Payment
    Advice No., Payee, Amount, Advice sent on, Bank reference Awaited, Status "Sent to bank for credit");
    Aranyak Boutique's Payment Out from Vyapar (Paid To beside Date, Payment Type, Ref No., Description,
    Amount with its words); the Bodo Sahitya Sabha's DEBIT VOUCHER typed under its Bodo name (No. left
    blank; Date, Head of Account, Paid to, Rupees, Rs.; "Paid in cash."; three signatures; no reference).
    All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=8000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([FED, FED_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    dot = sign(font, "\u2022", "*")
    if frame == "tally":
        j.amount = rupees(rng, 30000, 180000, 0.4)
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [payer, "North Eastern Handicrafts & Handlooms Dev. Corp."]))
        p.add("small", f"Purbashree  |  Rajgarh Road, Guwahati - 781003  |  GSTIN {gstin_of(rng, kind_='C')}")
        p.add("center", "Payment Voucher")
        p.part = "body"
        vno = str(rng.randrange(120, 980))
        cols(
            p,
            "tv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No.: {vno}",
            f"Dated: {when(j.date, '{d}-%b-%y')}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        spec = [(0.0, 0.74, "l"), (0.74, 1.0, "r")]
        cols(p, "tvh", spec, "Particulars", "Amount", mode="line")
        cols(p, "tvs", spec, "Account:", "", mode="soft")
        name = h273.cell_name(p, 0.74, [payee, CUT], scale=1.0)
        kind(p, "tvb", spec, "plain", bold=(0, 1))
        row(p, "tvb", name, num(j.amount), merchant=name, amount=j.amount)
        bills = bills_of(rng, j, rng.randrange(1, 3), "HWF")
        for b, _, v in bills:
            cols(p, "tvr", spec, f"    Agst Ref  {b}", f"{num(v)} Cr", mode="soft")
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        cols(p, "tvs", spec, "Through:", "", mode="soft")
        cols(p, "tvp", spec, "State Bank of India - Current A/c", "")
        cols(p, "tvs", spec, "Bank Transaction Details:", "", mode="soft")
        cols(
            p,
            "tvp",
            spec,
            f"{way}  UTR {utr}  dated {when(j.date, '{d}-%b-%y')}",
            "",
            txn=(UTR_RANK, utr),
            method="netbanking",
        )
        cols(p, "tvs", spec, "On Account of:", "", mode="soft")
        colkv(
            p,
            "tvn",
            [(0.0, 0.74, "l")],
            "Being the amount paid by NEFT for aronai and eri stoles supplied to the Purbashree emporia.",
            status=status,
        )
        total(p, "", rs(j.amount), at=0.74)
        p.add("small", f"Amount (in words): INR {words_in_rupees(j.amount).replace('Rupees ', '')}")
        p.add("gap")
        cols(
            p,
            "tvg",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            "Receiver's Signature",
            "Authorised Signatory",
            mode="soft",
        )
        return p.done()
    if frame == "artfed":
        j.amount = float(rng.randrange(25000, 160000, 500))
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(252, 251, 246), (250, 249, 242)])
        p.part = "head"
        top(p, "ARTFED")
        p.add("small", payer)
        p.add("small", "Bamunimaidam, Guwahati - 781021  |  Phone 0361-2550247")
        p.add("rule")
        p.part = "body"
        w_ = h271.tt_cols(p)
        no = f"No. ARTFED/MKT/{fy(j.date)}/{rng.randrange(100, 900)}"
        day = when(j.date, "%d.%m.%Y")
        typed(p, f"{no}{('Dated: ' + day):>{w_ - len(no)}}", date=j.date)
        typed(p, "")
        typed(p, "To,")
        typed(p, "The Secretary,")
        name = payee if len(payee) <= w_ else FED_SHORT
        typed(p, name, merchant=name)
        typed(p, "Titaguri, Kokrajhar - 783370")
        typed(p, "")
        tt_wrap(p, "Sub: Payment against your supply of dokhona and aronai for the Bwisagu sale.", w_)
        typed(p, "")
        typed(p, "Madam,")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        tt_wrap(
            p,
            f"We have remitted Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) by NEFT, "
            f"UTR {utr}, to your account with Assam Gramin Vikash Bank, Titaguri, on {day}, against your "
            "bills of this season. Kindly acknowledge receipt.",
            w_,
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        typed(p, "")
        typed(p, f"{'Yours faithfully,':>{w_}}")
        sig(p)
        typed(p, f"{'Managing Director':>{w_}}")
        return p.done()
    if frame == "trifed":
        j.amount = rupees(rng, 12000, 90000, 0.2)
        p = browser_page(rng, font, "vendor.tribesindia.com/payments/settlements")
        p.part = "head"
        top(p, "Tribes India")
        p.add("small", "TRIFED, Ministry of Tribal Affairs  |  Vendor portal  |  Payments")
        p.add("rule")
        p.part = "body"
        notice(
            p,
            "Payment processed. It reaches your bank account in 2 to 3 working days.",
            "info",
            status=status,
        )
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        name = vname(p, [payee, FED_SHORT], bold=False)
        vlab(p, "Payment reference (UTR)", utr, txn=(UTR_RANK, utr), method="netbanking")
        vlab(p, "Amount paid", rs(j.amount), amount=j.amount)
        vlab(p, "Vendor", name, bold=False, merchant=name)
        nets = h277.split(rng, j.amount, rng.randrange(2, 4))
        lines = []
        for net in nets:
            item = rng.choice(["Aronai, eri silk", "Dokhona, cotton", "Gamsa, cotton", "Eri stole"])
            q = rng.randrange(6, 40)
            lines.append(([f"TI/PO/{rng.randrange(1000, 9999)}", item, str(q), num(net)], {}))
        zebra(
            p,
            "tf",
            [(0.0, 0.28, "l"), (0.28, 0.64, "l"), (0.64, 0.76, "r"), (0.76, 1.0, "r")],
            ["PO No.", "Item", "Qty", "Value"],
            lines,
            (150, 60, 30),
        )
        if j.date.day > 15:
            start, end = j.date.replace(day=1), j.date.replace(day=15)
        else:
            end = j.date.replace(day=1) - dt.timedelta(days=1)
            start = end.replace(day=16)
        p.add("small", f"Settlement period: {when(start, '%d %b %Y')} to {when(end, '%d %b %Y')}")
        return p.done()
    if frame == "sapb1":
        j.amount = rupees(rng, 24000, 150000, 0.3)
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, payer.upper())
        p.add("small", f"{town}  |  GSTIN {gstin_of(rng, kind_='C')}")
        p.add("center", "OUTGOING PAYMENT")
        p.add("rule")
        p.part = "body"
        doc = str(rng.randrange(4000, 9999))
        day = day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"])
        cols(
            p,
            "sp",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Doc. No. {doc}",
            f"Posting Date {day}",
            txn=(INVOICE_RANK, doc),
            date=j.date,
        )
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        name = h273.cell_name(p, 0.7, [payee, CUT], scale=1.0)
        cols(p, "sv", spec, "Vendor Code", f"V{rng.randrange(10000, 99999)}", mode="line")
        cols(p, "sv", spec, "Vendor Name", name, mode="line", merchant=name)
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "HDFC Bank", way)
        cols(
            p, "sv", spec, "Bank Transfer", f"HDFC Bank Current A/c ({way})", mode="line", method="netbanking"
        )
        cols(p, "sv", spec, "Transfer Date", day, mode="line")
        cols(p, "sv", spec, "Reference", utr, mode="line", txn=(UTR_RANK, utr))
        p.add("gap")
        bills = bills_of(rng, j, rng.randrange(1, 3), "HWF")
        spec3 = [(0.0, 0.3, "l"), (0.3, 0.56, "l"), (0.56, 0.78, "r"), (0.78, 1.0, "r")]
        cols(p, "sbh", spec3, "Document", "Date", "Total", "Paid", mode="line")
        for b, d, v in bills:
            cols(p, "sbr", spec3, b, when(d, "%d.%m.%Y"), num(v), num(v), mode="line")
        total(p, "Total Amount Paid", rs(j.amount), at=0.62, amount=j.amount, status=status)
        p.add(
            "small",
            "Aronai for the hotel's welcome, eri silk jwmgra for the suites. Printed from SAP Business One.",
        )
        return p.done()
    if frame == "iris":
        j.amount = rupees(rng, 15000, 95000, 0.5)
        p = phone(rng, font, k, ["", "Transfer details"], dark=False, buttons=("Retry",))
        band(p, (0, 68, 148))
        app_head(p, "iris", "by YES BANK")
        tile(p, status)
        p.add("center", "Transfer failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {FED_SHORT}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        notice(
            p,
            "The beneficiary bank rejected the credit: the account name does not match. No money has left "
            "your account.",
            "error",
        )
        copyrow(p, "IMPS Reference No.", j.ref, txn=(UTR_RANK, j.ref))
        tiles2(
            p,
            ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            ("From", f"YES BANK {dot * 2}{digits(rng, 4)}"),
            date=j.date,
            method="netbanking",
        )
        p.add("small", f"Sent by {payer} {dot} {town}")
        return p.done()
    if frame == "finassam":
        j.amount = float(rng.randrange(20000, 120000, 100))
        p = browser_page(rng, font, "finassam.in/ePayment/BeneficiaryStatus")
        p.part = "head"
        top(p, "FinAssam")
        p.add("small", "Finance Department, Government of Assam  |  e-Payment status")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Drawing office: {payer}")
        p.add("gap")
        adv = f"EPA{j.date:%y}{digits(rng, 9)}"
        name = h273.cell_name(p, 0.58, [payee, CUT], scale=1.0)
        for label, value, facts in [
            ("Treasury", "Dispur Treasury, Guwahati", {}),
            ("Bill No.", f"DHT/{fy(j.date)}/{rng.randrange(100, 999)}", {}),
            ("Token No.", str(rng.randrange(10000, 99999)), {}),
            ("e-Payment Advice No.", adv, {"txn": (INVOICE_RANK, adv)}),
            ("Payee", name, {"merchant": name}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Mode", "e-Payment (NEFT)", {"method": "netbanking"}),
            ("Advice sent on", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Bank reference", "Awaited", {}),
            ("Status", "Sent to bank for credit", {"status": status}),
        ]:
            gutter(p, "fa", label, value, at=0.4, **facts)
        p.add("small", "Purchase of aronai for the state's guests under the handloom promotion scheme.")
        return p.done()
    if frame == "vyapar":
        j.amount = rupees(rng, 8000, 60000, 0.5)
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, payer.upper())
        p.add("small", f"{town}  |  Ph. {phone_no(rng)}")
        p.add("center", "Payment Out")
        p.add("rule")
        p.part = "body"
        spec = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
        name = h273.cell_name(p, 0.6, [f"Paid To: {payee}", f"Paid To: {FED_SHORT}"], scale=1.0)[9:]
        cols(
            p,
            "vy",
            spec,
            f"Paid To: {name}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            merchant=name,
            date=j.date,
        )
        p.add("gap")
        spec2 = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "vk", spec2, "Payment Type", "UPI", method="UPI")
        colkv(p, "vk", spec2, "Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        colkv(p, "vk", spec2, "Description", "Eri stoles and tote bags for the boutique, Bwisagu lot")
        p.add("gap")
        total(p, "Paid Amount", rs(j.amount), at=0.62, amount=j.amount, status=status)
        p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
        p.add("gap")
        right(p, f"For {payer}")
        p.add("small", "Generated by Vyapar")
        return p.done()
    j.amount = float(rng.randrange(3000, 16000, 250))
    p = sheet_page(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(250, 248, 238), (248, 246, 236)])
    p.part = "head"
    native(p, SABHA_BRX, scale=1.25, bold=True)
    top(p, "BODO SAHITYA SABHA")
    p.add("small", "Thunlai Bhawan, Kokrajhar - 783370")
    p.add("rule")
    p.part = "body"
    w_ = h271.tt_cols(p)
    typed(p, f"{'DEBIT VOUCHER':^{w_}}".rstrip())
    typed(p, "")
    typed(p, f"No. .......{'Date: ' + when(j.date, '%d.%m.%Y'):>{w_ - 11}}", date=j.date)
    typed(p, "Head of Account : Felicitation of guests")
    name = FED_SHORT
    typed(p, f"Paid to         : {name}", merchant=name)
    tt_field(p, "Rupees          : ", words_in_rupees(j.amount).replace("Rupees ", ""), w_)
    typed(p, f"Rs.             : {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    typed(p, "For             : 40 aronai for the annual conference")
    typed(p, "")
    typed(p, "Paid in cash.", method="cash", status=status)
    p.add("gap")
    p.add("gap")
    kind(p, "bss", [(0.0, 0.33, "l"), (0.33, 0.66, "c"), (0.66, 1.0, "r")], "soft")
    row(p, "bss", "Receiver", "Treasurer", "General Secretary")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Prairie Loom Collective", "Madison, Wisconsin, USA", "USD", 300, 4000, "wise"),
    ("Kurashiki Textile Gallery Sakura", "Kurashiki, Okayama, Japan", "JPY", 40000, 600000, "fax"),
    ("Atelier Tissage du Rhône", "Lyon, France", "EUR", 300, 4000, "ca"),
    ("Handwerk Zürich GmbH", "Zürich, Switzerland", "CHF", 300, 3500, "postfinance"),
    ("Siam Loom House Co., Ltd.", "Chiang Mai, Thailand", "THB", 8000, 120000, "bualuang"),
    ("Væv og Form ApS", "Aarhus, Denmark", "DKK", 2000, 30000, "danske"),
    ("Seoul Craft Table Co.", "Seoul, Korea", "KRW", 400000, 5000000, "kb"),
    ("Kowloon Heritage Weaves Ltd", "Hong Kong", "HKD", 2000, 30000, "gpi"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars as US$ or with USD before or after; yen and won whole
    with their code or sign; euros the French way (1 250,00 EUR or 1 250,00 €); Swiss francs with an
    apostrophe between the thousands (CHF 1'250.00); baht and Hong Kong dollars with their code or sign and
    English grouping; Danish kroner the Danish way (kr. 18.450,00 or DKK 18.450,00)."""
    if cur == "EUR":
        mark = rng.choice([" " + sign(font, "\u20ac", "EUR"), " EUR"])
        return lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",") + mark
    if cur == "DKK":
        mark = rng.choice(["kr. ", "DKK "])
        return lambda v: mark + f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    if cur in ("JPY", "KRW"):
        mark = rng.choice([f"{cur} ", sign(font, "\u00a5" if cur == "JPY" else "\u20a9", f"{cur} ")])
        return lambda v: f"{mark}{v:,.0f}"
    form = rng.choice(
        {
            "USD": ["US${v}", "USD {v}", "{v} USD"],
            "THB": ["THB {v}", "{v} THB"],
            "HKD": ["HK${v}", "HKD {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Madison weavers' shop, a Kurashiki textile gallery, a Lyon weaving studio, a Zurich crafts shop, a
    Chiang Mai loom house, an Aarhus design shop, a Seoul homeware shop and a Hong Kong textiles house paying
    for aronai, eri stoles and dokhona fabric: Wise's transfer receipt in US dollars ("Your transfer is
    complete"; tiles: You sent, Recipient gets (in rupees); each value over its label: Recipient, Recipient's
    bank; Sent on, Transfer #, Exchange rate, Fee on hairline rows); a Kurashiki gallery's remittance advice
    faxed in yen (the fax's transmission line; "Kurashiki, <day>" at its head, "To: <federation>", "We have
    today remitted JPY x ... through MUFG Bank ..."; no reference); Crédit Agricole's virement international
    in euros the French way ("Votre virement a bien été émis."; tiles: Montant, Date d'exécution; each value
    over its label: Bénéficiaire, Banque du bénéficiaire, Référence de l'opération, Motif; Frais partagés);
    PostFinance's Zahlung ausgeführt in Swiss francs under a tile (tiles: Ausführungsdatum, Spesen; each
    value over its label: Begünstigter, Bank des Begünstigten; a copyable Referenznummer); Bangkok Bank's
    Bualuang mBanking transfer unsuccessful in baht under a cross's tile ("To <beneficiary>", the reason in a
    notice; tiles: Date, Reference no.; Transfer type); Danske Bank's Betaling gennemført in Danish kroner
    ("til <beneficiary>", "I dag kl. <hour>"; Fra konto, Referencenummer, Betalingstype, Tekst on hairline
    rows; no day); KB Kookmin Bank's Outward Remittance Confirmation in won (a table ruled on every side:
    Remittance No., Date of Remittance, Remitter, Beneficiary, Beneficiary Bank, Amount, Charges, Status)
    under its oval stamp; HSBC Hong Kong's SWIFT gpi payment tracker in Hong Kong dollars (a notice "In
    progress"; Payment reference, UETR, Payment date, Amount, Beneficiary beside their labels; a table ruled
    on every side of its legs: Leg | Bank | Status). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur in ("JPY", "KRW"):
        j.amount = float(
            rng.randrange(lo // 10000, hi // 10000) * 10000 + rng.choice([0, 5000]) * (cur == "JPY")
        )
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([FED, FED_CAPS])
    inv = f"HWF/EXP/{fy(j.date)}/{rng.randrange(2, 60):03d}"
    bank_line = "State Bank of India, Kokrajhar, India"
    dot = sign(font, "\u2022", "*")
    if frame == "wise":
        tid = digits(rng, 9)
        p = browser_page(rng, font, f"wise.com/transactions/activities/by-resource/TRANSFER/{tid}")
        p.part = "head"
        top(p, "Wise")
        p.add("small", f"Transfer receipt  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your transfer is complete. The money is in your recipient's account.", status=status)
        p.add("gap")
        rate = round(rng.uniform(84.2, 87.9), 4)
        fee = round(j.amount * 0.0062 + 1.2, 2)
        inr = round((j.amount - fee) * rate, 2)
        tiles2(
            p, ("You sent", show(j.amount)), ("Recipient gets", f"{num(inr)} INR"), amount=j.amount, cur=cur
        )
        name = vname(p, [me, CUT])
        vlab(p, "Recipient", name, merchant=name)
        vlab(
            p,
            "Recipient's bank",
            f"{bank_line} (A/c ending {digits(rng, 4)})",
            bold=False,
            method="netbanking",
        )
        kvr(p, "Sent on", when(j.date, rng.choice(["%B {d}, %Y", "{d} %B %Y"])), date=j.date)
        kvr(p, "Transfer #", tid, txn=(TXN_RANK, tid))
        kvr(p, "Exchange rate", f"1 USD = {rate} INR")
        kvr(p, "Fee", show(fee))
        p.add("small", "Wise US Inc. Keep this receipt for your records.")
        return p.done()
    if frame == "fax":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (250, 250, 248)
        p.part = "head"
        faxline(
            p,
            f"{j.date:%Y/%m/%d} {rng.randrange(9, 18):02d}:{rng.randrange(60):02d}  "
            f"FROM: +81 86 42{digits(rng, 1)} "
            f"{digits(rng, 4)}  KURASHIKI SAKURA  P.001/001",
        )
        p.add("gap")
        top(p, "Kurashiki Textile Gallery Sakura")
        p.add("small", "1-4-8 Honmachi, Kurashiki, Okayama 710-0054, Japan  |  Fax +81 86 422 0000")
        p.add("rule")
        p.part = "body"
        p.add("right", f"Kurashiki, {when(j.date, rng.choice(['{d} %B %Y', '%B {d}, %Y']))}", date=j.date)
        name = pick(p, "left", [f"To: {me}", f"To: {FED_SHORT}"])[4:]
        p.add("left", f"To: {name}", merchant=name)
        p.add("left", "Titaguri, Kokrajhar, Assam, India")
        p.add("gap")
        p.add("center", "REMITTANCE ADVICE")
        p.add(
            "left",
            f"We have today remitted {show(j.amount)} to your account with {bank_line} through MUFG Bank, "
            f"for the eri silk stoles and aronai of your invoice {inv}. All our bank's charges are paid by "
            "us.",
            amount=j.amount,
            cur=cur,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        p.add("left", "With kind regards,")
        sig(p)
        p.add("left", "Yuko Tanaka, Owner")
        return p.done()
    if frame == "ca":
        p = browser_page(
            rng, font, "www.credit-agricole.fr/ca-centrest/particulier/operations/virements.html"
        )
        p.part = "head"
        top(p, "Crédit Agricole")
        p.add("small", "Virement international  |  Confirmation")
        p.add("rule")
        p.part = "body"
        p.add("left", "Votre virement a bien été émis.", status=status)
        p.add("small", f"Compte débité : {payer}, compte courant {dot * 4} {digits(rng, 4)}")
        p.add("gap")
        tiles2(
            p,
            ("Montant", show(j.amount)),
            ("Date d'exécution", when(j.date, "%d/%m/%Y")),
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
        ref = f"VI{j.date:%y%m%d}{digits(rng, 8)}"
        name = vname(p, [me, CUT])
        vlab(p, "Bénéficiaire", name, merchant=name)
        vlab(p, "Banque du bénéficiaire", f"{bank_line} (SBININBB{digits(rng, 3)})", bold=False)
        vlab(p, "Référence de l'opération", ref, bold=False, txn=(BANK_RANK, ref))
        vlab(p, "Motif", clip(f"Facture {inv}", 34), bold=False)
        kvr(p, "Frais", "Partagés (SHA)", method="netbanking")
        p.add("small", "Crédit Agricole Centre-Est. Conservez ce document.")
        return p.done()
    if frame == "postfinance":
        p = phone(rng, font, k, ["", "Zahlung"], dark=False, buttons=("Fertig",))
        band(p, (255, 204, 0), ink=(30, 30, 30))
        app_head(p, "PostFinance", "Auslandszahlung")
        tile(p, status)
        p.add("center", "Zahlung ausgeführt", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("gap")
        tiles2(
            p,
            ("Ausführungsdatum", when(j.date, "%d.%m.%Y")),
            ("Spesen", "Geteilt (SHA)"),
            date=j.date,
            method="netbanking",
        )
        name = vname(p, [me, CUT])
        vlab(p, "Begünstigter", name, merchant=name)
        vlab(p, "Bank des Begünstigten", "State Bank of India, Kokrajhar", bold=False)
        ref = f"PF{digits(rng, 12)}"
        copyrow(p, "Referenznummer", ref, txn=(BANK_RANK, ref))
        return p.done()
    if frame == "bualuang":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Back to home",))
        band(p, (10, 40, 130))
        app_head(p, "Bualuang mBanking", "Bangkok Bank  |  International transfer")
        tile(p, status)
        p.add("center", "Transaction unsuccessful", status=status)
        p.accent(RED)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"To {me}", f"To {CUT}"])[3:]
        p.add("center", f"To {name}", merchant=name)
        p.add("gap")
        notice(
            p,
            "The receiving bank returned the transfer: the account name does not match. The amount is back "
            "in your account.",
            "error",
        )
        ref = f"BBL{j.date:%y%m%d}{digits(rng, 6)}"
        tiles2(
            p,
            ("Date", when(j.date, rng.choice(["{d} %b %Y", "%d/%m/%Y"]))),
            ("Reference no.", ref),
            date=j.date,
            txn=(BANK_RANK, ref),
        )
        kvr(p, "Transfer type", "International (SWIFT)", method="netbanking")
        return p.done()
    if frame == "danske":
        p = phone(rng, font, k, ["", "Betaling"], dark=False, buttons=("Luk",))
        band(p, (0, 50, 90))
        app_head(p, "Danske Bank", "Erhverv")
        burst(p, status)
        p.add("center", "Betaling gennemført", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"til {me}", f"til {CUT}"])[4:]
        p.add("center", f"til {name}", merchant=name)
        p.add("small", f"I dag kl. {hhmm(rng, twelve=False)}")
        p.add("rule")
        ref = f"DB{digits(rng, 12)}"
        kvr(p, "Fra konto", f"Erhvervskonto {digits(rng, 4)}")
        kvr(p, "Referencenummer", ref, txn=(BANK_RANK, ref))
        kvr(p, "Betalingstype", "Udlandsbetaling (SWIFT)", method="netbanking")
        kvr(p, "Tekst", inv)
        return p.done()
    if frame == "kb":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "KB Kookmin Bank")
        p.add("small", "Global Business Center, Seoul  |  SWIFT CZNBKRSE")
        p.add("center", "OUTWARD REMITTANCE CONFIRMATION")
        p.add("rule")
        p.part = "body"
        ref = f"KB{j.date:%y%m%d}OR{digits(rng, 6)}"
        name = h273.cell_name(p, 0.62, [me, CUT], scale=1.0)
        grid(
            p,
            "kb",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Remittance No.", ref], {"txn": (BANK_RANK, ref)}),
                (["Date of Remittance", when(j.date, "%Y-%m-%d")], {"date": j.date}),
                (["Remitter", f"{payer}, {city}"], {}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary Bank", f"{bank_line} (SBININBB)"], {}),
                (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Charges", "OUR (paid by remitter)"], {"method": "netbanking"}),
                (["Status", "Completed"], {"status": status}),
            ],
            tint=(250, 232, 170),
        )
        oval(p, ["KB KOOKMIN BANK", "REMITTANCE", "SEOUL"], "red", at=rng.uniform(0.55, 0.75), rows_=4)
        p.add("small", "This confirmation is issued at the remitter's request and needs no signature.")
        return p.done()
    p = browser_page(rng, font, "www.business.hsbc.com.hk/payments/gpi-tracker")
    p.part = "head"
    top(p, "HSBC")
    p.add("small", f"HSBCnet  |  SWIFT gpi payment tracker  |  {payer}")
    p.add("rule")
    p.part = "body"
    notice(
        p,
        "In progress: your payment is with the beneficiary's bank, which has not yet credited it.",
        "info",
        status=status,
    )
    ref = f"HK{j.date:%y%m%d}{digits(rng, 8)}"
    hexd = "0123456789abcdef"
    uetr = (
        f"{code(rng, 8, hexd)}-{code(rng, 4, hexd)}-4{code(rng, 3, hexd)}-a{code(rng, 3, hexd)}-"
        f"{code(rng, 12, hexd)}"
    )
    name = h273.cell_name(p, 0.66, [me, CUT], scale=1.0)
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    colkv(p, "gp", spec, "Payment reference", ref, txn=(BANK_RANK, ref))
    colkv(p, "gp", spec, "UETR", uetr)
    colkv(p, "gp", spec, "Payment date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), date=j.date)
    colkv(p, "gp", spec, "Amount", show(j.amount), amount=j.amount, cur=cur)
    colkv(p, "gp", spec, "Beneficiary", name, merchant=name)
    colkv(p, "gp", spec, "Payment type", "Telegraphic transfer (SWIFT gpi)", method="netbanking")
    p.add("gap")
    grid(
        p,
        "gl",
        [(0.0, 0.18, "l"), (0.18, 0.68, "l"), (0.68, 1.0, "l")],
        ["Leg", "Bank", "Status"],
        [
            (["1", "HSBC Hong Kong", "Sent"], {}),
            (["2", "HSBC Bank USA, New York", "Passed on"], {}),
            (["3", "State Bank of India, Mumbai", "In progress"], {}),
        ],
        tint=(240, 220, 220),
    )
    return p.done()


# ---------------------------------------------------------------- 4. the federation's own papers


SHGS = [
    ("Jwngshri Mahila SHG", "Dotma"),
    ("Hathorkhi Swrang SHG", "Titaguri"),
    ("Gwjwn Weavers' SHG", "Serfanguri"),
    ("Alayaran Women's SHG", "Gossaigaon"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The federation's own papers, each its unit or itself on top: the web shop's Shopify order confirmation
    mailed under an agor (Order #, Placed on, the pieces on hairline rows, Subtotal, Shipping, Total, Payment
    Razorpay (UPI) Paid, Transaction ID); Instamojo's payment page for a day's weaving workshop at the Centre
    with the payment pending under an hourglass's tile (a warning's notice; each value over its label: Payment
    ID, Amount, Paid via, Initiated on); Hathorkhi Handloom House's TAX INVOICE under its Assamese name and an
    aronai (ruled cells, each label's English over its Assamese: Invoice No., Date, Customer; a table ruled on
    every side with CGST 2.5%, SGST 2.5% and Total; "Payment received by card (Visa ...), approval code ...");
    the Expo stall's CASH MEMO from its pad with a tea cup's ring on it (No. left blank, Date and Name written
    in, Sl. | Particulars | Qty | Rate | Amount ruled down its columns and filled in by hand, Total, the sum
    in words, "Received cash with thanks"; no reference); the Centre's RECEIPT under its Bodo name and an agor
    (ruled cells, each label's English over its Bodo: Date, Name, Amount, For, filled in by hand; "Paid by
    UPI, Ref ..." written in; a Bodo thanks); a GIFT VOUCHER in a dokhona's borders photographed lying on a
    dokhona (its value large, Voucher No., Issued to, "Paid by UPI, Ref ...", Valid till; no day); CCAvenue's
    Transaction Unsuccessful for the web shop under a cross's tile ("Merchant: <shop>", a notice; tiles: Order
    No., CCAvenue Reference No., Amount, Payment mode; Date & time); the federation's SHARE CAPITAL RECEIPT to
    a member group under its Bodo name (Receipt No. beside Date:, "Received from <group> the sum of Rupees ...
    (Rs. x/-) towards n shares ... by NEFT, UTR ..., on <day>.", its oval stamp). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=800, high=42000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        order = f"HH{rng.randrange(2000, 2999)}"
        p = mail_page(
            rng, font, f"{SHOP} <store@{WEB}>", [f"Order #{order} confirmed", "Thank you for your purchase!"]
        )
        p.part = "head"
        agor(p)
        name = SHOP
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {first}, thank you for your purchase!")
        p.add(
            "left",
            "We're getting your order ready to be shipped. We will let you know when it has been sent.",
        )
        p.add("gap")
        cols(
            p,
            "sh",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Order #{order}",
            f"Placed on {when(j.date, rng.choice(['%B {d}, %Y', '{d} %B %Y']))}",
            txn=(ORDER_RANK, order),
            date=j.date,
        )
        items = works(rng, rng.randrange(1, 4), high=2600)
        ship = float(rng.choice([0, 90, 150]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        for text, _, q, pr in items:
            cols(p, "shi", spec, f"{clip(text, 40)} x {q}", rs(q * pr), mode="line")
        cols(p, "shi", spec, "Subtotal", rs(sub), mode="line")
        cols(p, "shi", spec, "Shipping", rs(ship) if ship else "Free", mode="line")
        total(p, "Total", rs(j.amount), at=0.62, amount=j.amount)
        p.add("gap")
        pid = f"pay_{code(rng, 14, MIXED)}"
        colkv(
            p,
            "shp",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            "Payment",
            "Razorpay (UPI) - Paid",
            method="UPI",
            status=status,
        )
        colkv(p, "shp", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], "Transaction ID", pid, txn=(TXN_RANK, pid))
        p.add("small", f"Questions? Reply to this mail or write to care@{WEB}.")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([1200, 1500, 1800, 2400]))
        p = browser_page(rng, font, f"www.instamojo.com/@hathorkhi/l{code(rng, 10, LOWER)}/")
        p.part = "head"
        name = CENTRE
        top(p, name, merchant=name)
        p.add("small", "A day at the looms: weave your own aronai  |  Titaguri, Kokrajhar")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("gap")
        notice(p, "We are waiting for your bank to confirm the payment. Please do not pay again.", "warn")
        mid = f"MOJO{j.date:%y%m}{code(rng, 4, UPPER)}{digits(rng, 5)}"
        vlab(p, "Payment ID", mid, txn=(TXN_RANK, mid))
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        p.add("small", "Payments are processed by Instamojo.")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        native(p, SHOP_AS, scale=1.15, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", SHOP_AT)
        p.add("small", f"GSTIN {GSTIN}  |  a unit of {FED}")
        aronai(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"HHH/{fy(j.date)}/{rng.randrange(100, 999):04d}"
        nbox(p, "Invoice No.", "ইনভইচ নং", inv, at=0.3, txn=(INVOICE_RANK, inv))
        nbox(p, "Date", "তাৰিখ", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.3, date=j.date)
        nbox(p, "Customer", "গ্ৰাহক", who, at=0.3)
        items = works(rng, rng.randrange(2, 4), high=3000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "ti",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.52, "l"),
                (0.52, 0.64, "c"),
                (0.64, 0.72, "c"),
                (0.72, 0.86, "r"),
                (0.86, 1.0, "r"),
            ],
            ["#", "Description", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), clip(t, 34), hsn, str(q), num(pr, "plain", 0), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "CGST 2.5%", "", "", "", num(gst)], {}), (["", "SGST 2.5%", "", "", "", num(gst)], {})],
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(246, 224, 212),
        )
        appr = digits(rng, 6)
        p.add("gap")
        p.add(
            "left",
            f"Payment received by card (Visa XX{digits(rng, 4)}), approval code {appr}. Thank you.",
            method="card",
            status=status,
            txn=(APPR_RANK, appr),
        )
        native(p, "ধন্যবাদ! Every piece is woven by hand in Kokrajhar.", scale=0.9, soft=True)
        return p.done()
    if k == 3:
        shift(j, rng, EXPO + dt.timedelta(days=rng.randrange(0, 10)))
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 250, 240), (250, 247, 236)])
        decor(p, "tea")
        p.part = "head"
        p.add("gap")
        aronai(p)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", STALL if fits_small(p, STALL) else "Stall 27, Handloom Expo, Guwahati")
        p.add("center", "CASH MEMO")
        p.part = "body"
        cols(p, "cm", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", who.split(" ", 1)[1])
        spec = [(0.0, 0.08, "c"), (0.08, 0.56, "l"), (0.56, 0.66, "c"), (0.66, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "cmh", spec, "Sl.", "Particulars", "Qty", "Rate", "Amount", mode="soft")
        start = len(p.rows)
        total_ = 0.0
        for n, (text, _, q, pr) in enumerate(works(rng, rng.randrange(2, 4), high=2200)):
            item = clip(", ".join(text.split(", ")[:2]), 24)
            cells = [str(n + 1), item, str(q), num(pr, "plain", 0), num(q * pr, "indian", 0)]
            hcells(p, spec, *cells, scale=0.92)
            total_ += q * pr
        j.amount = total_
        hcells(p, spec, "", "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", scale=0.92, amount=j.amount)
        ledger(p, start - 1, [0.08, 0.56, 0.66, 0.8])
        write(p, f"Rupees {words_in_rupees(j.amount).replace('Rupees ', '')}")
        write(p, "Received cash with thanks", method="cash", status=status)
        right(p, "- Rupali")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([600, 800, 1000, 1500, 2500]))
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(252, 249, 238), (250, 248, 240)])
        p.part = "head"
        agor(p)
        native(p, CENTRE_BRX, scale=1.1, bold=True)
        name = pick(p, "title", [CENTRE, CENTRE_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{CENTRE_AT}  |  a unit of {FED_SHORT}")
        native(p, "रसिद / RECEIPT", scale=1.0, bold=True)
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        cols(p, "cr", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        nbox(p, "Date", "तारिख", day_in(j, rng, ["{d}/%m/%Y", "%d-%m-%Y"]), pen=True, date=j.date)
        nbox(p, "Name", "मुं", who, pen=True)
        nbox(p, "Amount", "रां", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        nbox(p, "For", "थाखाय", rng.choice(["weaving workshop, 1 day", "loom visit, school group"]), pen=True)
        blank(p, "Paid by", f"UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("gap")
        sig(p)
        right(p, "for Hathorkhi Weaving Centre")
        native(p, "खुलुमबाय! साबायखर।", scale=0.95, soft=True)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([1000, 1500, 2000, 2500, 5000]))
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 248, 236), (248, 246, 240)])
        dokhona_border(p)
        on_cloth(p)
        p.part = "head"
        p.add("gap")
        name = pick(p, "title", [SHOP, SHOP_CAPS])
        top(p, name, merchant=name)
        p.add("small", "J.D. Road, Kokrajhar  |  hathorkhi.in")
        p.add("center", "GIFT VOUCHER")
        p.part = "body"
        p.add("big", f"Rs. {num(j.amount, 'indian', 0)}", amount=j.amount)
        p.add("small", "to spend on anything woven by our weavers")
        p.add("gap")
        gv = f"GV-{rng.randrange(100, 999)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        colkv(p, "gv", spec, "Voucher No.", gv, txn=(INVOICE_RANK, gv))
        colkv(p, "gv", spec, "Issued to", who)
        colkv(
            p,
            "gv",
            spec,
            "Payment",
            f"Paid by UPI, Ref {j.ref}",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        valid = dt.date(j.date.year + 1, 3, 31)
        colkv(p, "gv", spec, "Valid till", when(valid, "%d %b %Y"))
        p.add("gap")
        right(p, f"for {SHOP}")
        p.add("gap")
        return p.done()
    if k == 6:
        cref = digits(rng, 12)
        p = browser_page(
            rng, font, f"secure.ccavenue.com/transaction/transaction.do?command=status&ref={cref}"
        )
        p.part = "head"
        top(p, "CCAvenue")
        p.add("rule")
        p.part = "body"
        name = SHOP
        p.add("left", f"Merchant: {name}", merchant=name)
        tile(p, status)
        p.add("center", "Transaction Unsuccessful", status=status)
        p.add("gap")
        notice(
            p,
            "Your card issuer declined the transaction. If any amount was debited, it will be refunded.",
            "error",
        )
        j.amount = rupees(rng, 900, 9000, 0.3)
        oid = f"HHW{rng.randrange(10000, 99999)}"
        tiles2(p, ("Order No.", oid), ("CCAvenue Reference No.", cref), txn=(TXN_RANK, cref))
        tiles2(p, ("Amount", rs(j.amount)), ("Payment mode", "Credit Card"), amount=j.amount, method="card")
        kvr(p, "Date & time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(253, 251, 244), (251, 249, 240)])
    p.part = "head"
    native(p, FED_BRX, scale=1.0, bold=True)
    name = pick(p, "title", [FED, FED_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{REGD}  |  {OFFICE}")
    aronai(p)
    p.add("center", "SHARE CAPITAL RECEIPT")
    p.part = "body"
    no = f"SC/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    cols(
        p,
        "sc",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Receipt No. {no}",
        f"Date: {when(j.date, '%d.%m.%Y')}",
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    p.add("gap")
    group, village = rng.choice(SHGS)
    shares = rng.randrange(4, 30)
    j.amount = float(shares * 500)
    utr = utr_for(rng, j, "Assam Gramin Vikash Bank", "NEFT")
    p.add(
        "left",
        f"Received from {group}, {village} (member group), the sum of {words_in_rupees(j.amount)} "
        f"(Rs. {num(j.amount, 'indian', 0)}/-) towards {shares} shares of Rs. 500 each, by NEFT, UTR {utr}, "
        "on "
        f"{when(j.date, rng.choice(['%d.%m.%Y', '{d} %B %Y']))}.",
        amount=j.amount,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
    )
    oval(p, ["HATHORKHI", "FEDERATION", "TITAGURI * KOKRAJHAR"], "violet", at=rng.uniform(0.3, 0.5), rows_=4)
    right(p, "Treasurer")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The federation's suppliers, each on top of its own paper: an eri spinners' group's chit written on a
    squared exercise book's page (its name in Latin letters, Date written in, the yarn written in Assamese
    with its sums, মুঠ (total), "নগদ টকা পালোঁ" (received the money in cash); no reference); SUALKUCHI TAANT
    SAMAGRI's invoice made in Refrens (Invoice No # beside its earlier Invoice Date; tiles: Billed By, Billed
    To; a striped table of the reeds, heddles and shuttles with CGST 6% and SGST 6%, Total (INR); "Payment
    Record: Rs. x received via UPI on <day>, UTR ..."); Amazon Business' order with its payment pending under
    a scalloped badge (Sold by over the seller; each value over its label: Order #, Items, Payment method, UPI
    transaction ID, Order date); Snapdeal's checkout with the payment failed under a scalloped badge (Sold
    by:, a notice; Order ID, Transaction ID, Order total, Paid with, Attempted on on hairline rows); A.K. YARN
    CORNER's TAX INVOICE (Invoice No. beside its earlier Date:, Buyer, a table ruled on every side with CGST
    2.5%, SGST 2.5% and Total, "Recd. Rs. x/- by NEFT, UTR ..., on <day>" written in pen, an oval PAID stamp);
    India Post's Speed Post booking receipt from the counter's printer (OFFICE, DATE, ART NO, DEST, WEIGHT,
    TARIFF, GST 18%, TOTAL RS, "PAID BY: QR (UPI) - SUCCESS", UPI REF); Canva's receipt mailed (Receipt
    number, Date paid, Canva Pro for a year, GST 18%, Amount paid, Visa); MAA KAMAKHYA PACKAGING's DELIVERY
    CHALLAN CUM BILL (No. printed, its Date left blank, To, the boxes and bags written in, Total, "Received
    Rs. x/- by GPay, Ref ..." written in pen; no day). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=1500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    buyer = rng.choice([FED, FED_SHORT])
    if k == 0:
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(252, 252, 248), (250, 250, 246)])
        decor(p, "squared")
        p.part = "body"
        p.add("gap")
        name = "Saraswati Eri Spinners"
        write(p, name, merchant=name)
        write(p, "Serfanguri, Kokrajhar")
        write(p, f"Date: {day_in(j, rng, ['{d}/%m/%y', '%d-%m-%Y'])}", date=j.date)
        p.add("gap")
        kg, rate = rng.randrange(2, 9), rng.choice([1800, 2100, 2400])
        nhand(p, f"এৰি সূতা {kg} কেজি x {rate}", figure=num(kg * rate, "indian", 0))
        bundles = rng.choice([0, 4, 6, 10])
        brate = rng.choice([220, 260])
        if bundles:
            nhand(p, f"কপাহী সূতা {bundles} বাণ্ডিল x {brate}", figure=num(bundles * brate, "indian", 0))
        j.amount = float(kg * rate + bundles * brate)
        nhand(p, "মুঠ", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        nhand(p, "নগদ টকা পালোঁ", method="cash", status=status)
        nhand(p, "সৰস্বতী ডাইমাৰী", align="r", scale=1.0)
        p.add("gap")
        return p.done()
    if k == 1:
        inv = f"A{rng.randrange(100, 999):05d}"
        p = browser_page(rng, font, f"www.refrens.com/app/sualkuchi-taant/invoices/{inv}")
        p.part = "head"
        name = "SUALKUCHI TAANT SAMAGRI"
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Loom reeds, heddles and shuttles  |  Sualkuchi, Kamrup - 781103  |  GSTIN {gstin_of(rng)}",
        )
        p.add("rule")
        p.part = "body"
        cols(
            p,
            "rf",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No # {inv}",
            f"Invoice Date {when(earlier(rng, j, 3, 20), '%b %d, %Y')}",
            txn=(INVOICE_RANK, inv),
        )
        tiles2(p, ("Billed By", "Sualkuchi Taant Samagri"), ("Billed To", clip(FED_SHORT, 30)))
        lines = [
            ("Steel reed (sana), 80 count, 48 in", rng.randrange(2, 8), float(rng.choice([850, 920, 980]))),
            ("Wire heddles (bo), bundle of 500", rng.randrange(2, 6), float(rng.choice([640, 700]))),
            ("Throw shuttle (makoa), sal wood", rng.randrange(4, 12), float(rng.choice([240, 280]))),
        ]
        taxable = sum(q * r for _, q, r in lines)
        gst = round(taxable * 0.06, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "rz",
            [(0.0, 0.52, "l"), (0.52, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            [([t, str(q), num(r), num(q * r)], {}) for t, q, r in lines]
            + [(["CGST 6%", "", "", num(gst)], {}), (["SGST 6%", "", "", num(gst)], {})],
            (70, 40, 160),
        )
        total(p, "Total (INR)", rs(j.amount), at=0.56, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Payment Record: {rs(j.amount)} received via UPI on "
            f"{day_in(j, rng, ['%b %d, %Y', '%d %b %Y'])}, "
            f"UTR {j.ref}.",
            method="UPI",
            status=status,
            date=j.date,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Created on Refrens")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Retry payment",))
        band(p, (35, 47, 62))
        app_head(p, "amazon business", "Your orders")
        burst(p, status)
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        j.amount = rupees(rng, 1500, 14000, 0.3)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Sold by")
        name = "Shree Balaji Dyes & Chemicals"
        p.add("center", name, merchant=name)
        p.add("small", "We are waiting for your bank to confirm. Do not pay again.")
        p.add("rule")
        oid = f"40{rng.randrange(2, 8)}-{digits(rng, 7)}-{digits(rng, 7)}"
        vlab(p, "Order #", oid, txn=(ORDER_RANK, oid))
        vlab(p, "Items", "Reactive dyes, 500 g (6); fixer, 1 kg (2)", bold=False)
        vlab(p, "Payment method", "UPI", bold=False, method="UPI")
        vlab(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "Order date", day_in(j, rng, ["%d %B %Y", "{d} %b %Y"]), bold=False, date=j.date)
        return p.done()
    if k == 3:
        oid = f"S{digits(rng, 11)}"
        p = browser_page(rng, font, f"www.snapdeal.com/checkout/payment?order={oid}")
        p.part = "head"
        top(p, "snapdeal")
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        burst(p, status)
        p.add("center", "Payment failed", status=status)
        name = "Guwahati Textile Traders"
        p.add("center", f"Sold by: {name}", merchant=name)
        p.add("gap")
        notice(p, "Your bank declined the payment. Nothing has been charged; your cart is saved.", "error")
        j.amount = rupees(rng, 1200, 9000, 0.3)
        tid = f"SDTXN{digits(rng, 12)}"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Order total", rs(j.amount), amount=j.amount)
        kvr(p, "Paid with", f"Debit card {masked(rng, font)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.add("small", "Items: warping pegs (20), bobbin winder (1), cone holders (12)")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "A.K. YARN CORNER"
        top(p, name, merchant=name)
        p.add(
            "small",
            "Cotton and eri yarn, dyed and grey  |  Station Road, Barpeta Road - 781315  |  "
            f"GSTIN {gstin_of(rng)}",
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"AKY/{fy(j.date)}/{rng.randrange(100, 2000)}"
        cols(
            p,
            "ak",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {when(earlier(rng, j, 2, 16), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {buyer}, Titaguri")
        lines = [
            ("Cotton yarn 2/40s, dyed, kg", rng.randrange(10, 40), float(rng.choice([390, 420, 460]))),
            ("Cotton yarn 2/60s, grey, kg", rng.randrange(5, 25), float(rng.choice([480, 520]))),
            ("Eri silk yarn, hand-spun, kg", rng.randrange(1, 5), float(rng.choice([2300, 2600]))),
        ]
        taxable = sum(q * r for _, q, r in lines)
        gst = round(taxable * 0.025, 2)
        j.amount = float(round(taxable + 2 * gst))
        grid(
            p,
            "ag",
            [(0.0, 0.52, "l"), (0.52, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Particulars", "Qty", "Rate", "Amount"],
            [([t, str(q), num(r, "plain", 0), num(q * r)], {}) for t, q, r in lines]
            + [(["CGST 2.5%", "", "", num(gst)], {}), (["SGST 2.5%", "", "", num(gst)], {})],
            foot=(["Total (rounded)", num(j.amount)], {"amount": j.amount}),
            tint=(236, 236, 214),
        )
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        write(
            p,
            f"Recd. Rs. {num(j.amount, 'indian', 0)}/- by NEFT, UTR {utr}, on "
            f"{day_in(j, rng, ['{d}/%m/%y', '%d.%m.%Y'])}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        oval(p, ["A.K. YARN CORNER", "PAID", "BARPETA ROAD"], "blue", at=rng.uniform(0.5, 0.7), rows_=4)
        right(p, "for A.K. Yarn Corner")
        return p.done()
    if k == 5:
        p = screen(rng, font, width=rng.choice([440, 460]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        name = "INDIA POST"
        typed(p, f"{name:^32}", merchant=name)
        typed(p, f"{'SPEED POST':^32}")
        typed(p, f"{'BOOKING RECEIPT':^32}")
        p.part = "body"
        typed(p, "-" * 32)
        art = f"E{rng.choice('EUW')}{digits(rng, 9)}IN"
        wt = rng.randrange(300, 4800, 50)
        tariff = float(rng.choice([41, 59, 77, 118, 154, 190]) + wt // 500 * 39)
        gst = round(tariff * 0.18, 2)
        j.amount = round(tariff + gst, 2)
        typed(p, "OFFICE : KOKRAJHAR H.O. 783370")
        typed(
            p,
            f"DATE   : {when(j.date, '%d/%m/%Y')} {rng.randrange(9, 17):02d}:{rng.randrange(60):02d}",
            date=j.date,
        )
        typed(p, f"ART NO : {art}")
        typed(
            p, f"DEST   : {rng.choice(['NEW DELHI 110001', 'MUMBAI 400001', 'PUNE 411001', 'JAIPUR 302001'])}"
        )
        typed(p, f"WEIGHT : {wt} GMS")
        typed(p, "-" * 32)
        for label, value, facts in [
            ("TARIFF", num(tariff), {}),
            ("GST 18%", num(gst), {}),
            ("TOTAL RS", num(j.amount), {"amount": j.amount}),
        ]:
            typed(p, f"{label}{value:>{32 - len(label)}}", **facts)
        typed(p, "-" * 32)
        typed(p, "PAID BY: QR (UPI) - SUCCESS", method="UPI", status=status)
        typed(p, f"UPI REF: {j.ref}", txn=(UTR_RANK, j.ref))
        typed(p, "-" * 32)
        typed(p, f"{'TRACK: WWW.INDIAPOST.GOV.IN':^32}")
        return p.done()
    if k == 6:
        p = mail_page(
            rng, font, "Canva <receipts@canva.com>", ["Your Canva receipt", "Receipt for Canva Pro"]
        )
        p.part = "head"
        name = "Canva"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add(
            "left",
            f"Hi {SECRETARY.split()[1]}, thanks for your payment. Here is your receipt.",
            status=status,
        )
        p.add("gap")
        base = float(rng.choice([3999, 4999, 5999]))
        gst = round(base * 0.18, 2)
        j.amount = round(base + gst, 2)
        rno = f"{digits(rng, 4)}-{digits(rng, 4)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "cv", spec, "Receipt number", rno, mode="line", txn=(INVOICE_RANK, rno))
        cols(
            p, "cv", spec, "Date paid", day_in(j, rng, ["%B {d}, %Y", "{d} %B %Y"]), mode="line", date=j.date
        )
        cols(p, "cv", spec, "Payment method", f"Visa - {digits(rng, 4)}", mode="line", method="card")
        p.add("gap")
        spec2 = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "cvi", spec2, "Canva Pro, 1 year (hang tags and posters)", rs(base))
        cols(p, "cvi", spec2, "GST 18%", rs(gst))
        total(p, "Amount paid", rs(j.amount), at=0.6, amount=j.amount)
        p.add("small", "Canva Pty Ltd. Prices in Indian rupees include GST where charged.")
        return p.done()
    p = sheet_page(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(250, 248, 240), (248, 246, 238)])
    p.part = "head"
    name = "MAA KAMAKHYA PACKAGING"
    top(p, name, merchant=name)
    p.add("small", "Gift boxes, tissue and carry bags  |  Fancy Bazar, Guwahati - 781001")
    p.add("center", "DELIVERY CHALLAN CUM BILL")
    p.part = "body"
    no = str(rng.randrange(1000, 4999))
    cols(
        p,
        "mk",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"No. {no}",
        "Date ..................",
        txn=(INVOICE_RANK, no),
    )
    blank(p, "To", "Hathorkhi Handloom House, Kokrajhar")
    start = len(p.rows)
    spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
    goods = [
        ("Gift boxes with window, 100", 1800, 2600),
        ("Tissue paper, 5 reams", 900, 1300),
        ("Kraft carry bags, 500", 2200, 3200),
        ("Hang tag string, 10 rolls", 400, 700),
    ]
    total_ = 0.0
    for text, lo, hi in rng.sample(goods, rng.randrange(2, 4)):
        v = float(rng.randrange(lo, hi, 10))
        hcells(p, spec, text, num(v, "indian", 0))
        total_ += v
    j.amount = total_
    hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.74])
    p.add("gap")
    write(
        p,
        f"Received Rs. {num(j.amount, 'indian', 0)}/- by GPay, Ref {j.ref}",
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    sig(p)
    right(p, "for Maa Kamakhya Packaging")
    return p.done()


# ---------------------------------------------------------------- 6. the federation's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("A K YARN CORNER", "cotton yarn, inv AKY 1570", "agvb"),
    ("SUALKUCHI TAANT SAMAGRI", "reeds and shuttles", "bob"),
    ("KAMRUP COTTON YARN AGENCY", "cotton yarn, 40 bales", "union"),
    ("BTR LOGISTICS", "freight to the Guwahati Expo", "dcb"),
    ("NEXUS WEB STUDIO", "web shop upkeep, 6 months", "psb"),
    ("KOKRAJHAR OFFSET PRINTERS", "hang tags and catalogues", "ippb"),
    ("MAA KAMAKHYA PACKAGING", "gift boxes and bags", "passbook"),
    ("BORO ELECTRICALS", "loom shed wiring", "rbl"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The federation's own banking pages paying its vendors: Assam Gramin Vikash Bank's internet banking
    receipt of an NEFT under its Assamese name (a notice of the transfer processed; tiles: Transaction Ref.
    No., UTR No., Beneficiary, Beneficiary A/c, Amount, Date; Remarks); bob World's Transfer Successful under
    a scalloped badge ("to <payee>"; a copyable IMPS Ref. No.; each value over its label: Debited from, Date &
    time, Remarks); Union Bank's Union Virtual Connect RTGS status (labels against a gutter: Transaction ID,
    UTR, Beneficiary Name, Beneficiary Account, IFSC, Amount, Value Date, Status Settled); DCB Business
    Banking's Transaction under process under an hourglass's tile ("to <payee>", a warning's notice; tiles:
    IMPS Ref No., Initiated; Debit account); PSB UnIC's NEFT failed under a cross's tile ("to <payee>", the
    reason in a notice; each value over its label: Reference No., Date, Mode); India Post Payments Bank's
    Money transferred under a tile ("to <payee>"; IMPS Ref No., Date, From, Remarks on hairline rows); the
    Assam Co-operative Apex Bank's passbook page printed by the branch's passbook printer (DATE | PARTICULARS
    | WITHDRAWAL | DEPOSIT | BALANCE on a ruled page, a B/F line and the NEFT debit to the payee; no
    reference); RBL MoBank's Payment successful under a scalloped badge ("to <payee>", "Today, <hour>";
    copyable UPI Ref No.; tiles: Paid from, Note; no day). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=3000, high=170000)
    payee, purpose, frame = VENDORS[k]
    if frame == "union":
        j.amount = float(rng.randrange(205000, 380000, 100))
    low, high = {
        "agvb": (9000, 48000),
        "bob": (4000, 24000),
        "dcb": (6000, 30000),
        "psb": (12000, 45000),
        "ippb": (3000, 18000),
        "passbook": (2000, 9000),
        "rbl": (800, 9000),
    }.get(frame, (0, 0))
    if high:
        j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    dot = sign(font, "\u2022", "*")
    if frame == "agvb":
        p = browser_page(rng, font, "ibank.agvb.in/corp/neft/receipt")
        p.part = "head"
        native(p, "অসম গ্ৰামীণ বিকাশ বেংক", scale=1.0, bold=True)
        top(p, "Assam Gramin Vikash Bank")
        p.add("small", "Internet Banking  |  NEFT transaction receipt")
        p.add("rule")
        p.part = "body"
        notice(p, "Your NEFT transaction has been processed successfully.", "info", status=status)
        utr = utr_for(rng, j, "Assam Gramin Vikash Bank", "NEFT")
        tref = f"AGV{j.date:%y%m%d}{digits(rng, 7)}" if not j.no_day else f"AGV{digits(rng, 13)}"
        tiles2(p, ("Transaction Ref. No.", tref), ("UTR No.", utr), txn=(UTR_RANK, utr), method="netbanking")
        name = payee
        tiles2(p, ("Beneficiary", name), ("Beneficiary A/c", f"XXXXXXXX{acct_no[-4:]}"), merchant=name)
        tiles2(
            p,
            ("Amount", rs(j.amount)),
            ("Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))),
            amount=j.amount,
            date=j.date,
        )
        kvr(p, "Remarks", clip(purpose, 28))
        p.add("small", "Sponsored by State Bank of India. Quote the UTR for any query.")
        return p.done()
    if frame == "bob":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (240, 100, 30))
        app_head(p, "bob World", "Bank of Baroda")
        burst(p, status)
        p.add("center", "Transfer Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20].rstrip()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        copyrow(p, "IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        vlab(p, "Debited from", f"Current A/c XX{digits(rng, 4)}", bold=False)
        vlab(
            p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date
        )
        vlab(p, "Remarks", clip(purpose, 30), bold=False)
        return p.done()
    if frame == "union":
        p = browser_page(rng, font, "www.unionbankonline.co.in/corp/rtgs/status")
        p.part = "head"
        top(p, "Union Bank of India")
        p.add("small", f"Union Virtual Connect  |  RTGS transaction status  |  {CUT}")
        p.add("rule")
        p.part = "body"
        utr = utr_for(rng, j, "Union Bank of India", "RTGS")
        tid = f"UVC{digits(rng, 11)}"
        name = h273.cell_name(p, 0.55, [payee, payee[:22].rstrip()], scale=1.0)
        for label, value, facts in [
            ("Transaction ID", tid, {"txn": (BANK_RANK, tid)}),
            ("UTR", utr, {"txn": (UTR_RANK, utr), "method": "netbanking"}),
            ("Beneficiary Name", name, {"merchant": name}),
            ("Beneficiary Account", f"XXXXXXXX{acct_no[-4:]}", {}),
            ("IFSC", f"SBIN000{digits(rng, 4)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Value Date", when(j.date, "%d-%b-%Y"), {"date": j.date}),
            ("Status", "Settled", {"status": status}),
        ]:
            gutter(p, "ub", label, value, at=0.4, **facts)
        p.add("small", f"Purpose: {purpose}")
        return p.done()
    if frame == "dcb":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Check status",))
        band(p, (0, 58, 112))
        app_head(p, "DCB Business Banking", "DCB Bank")
        tile(p, status)
        p.add("center", "Transaction under process", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20].rstrip()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        notice(p, "The beneficiary bank has not confirmed the credit yet. Please do not retry.", "warn")
        tiles2(
            p,
            ("IMPS Ref No.", j.ref),
            ("Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
            method="netbanking",
        )
        kvr(p, "Debit account", f"Current {dot * 2}{digits(rng, 4)}")
        return p.done()
    if frame == "psb":
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Back",))
        band(p, (0, 110, 60))
        app_head(p, "PSB UnIC", "Punjab & Sind Bank")
        tile(p, status)
        p.add("center", "NEFT failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20].rstrip()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        notice(
            p,
            "Returned by the beneficiary bank: invalid account number. The amount is credited back.",
            "error",
        )
        ref = f"PSIB{digits(rng, 12)}"
        vlab(p, "Reference No.", ref, txn=(BANK_RANK, ref))
        vlab(p, "Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), bold=False, date=j.date)
        vlab(p, "Mode", "NEFT", bold=False, method="netbanking")
        return p.done()
    if frame == "ippb":
        p = phone(rng, font, k, ["", "Money transfer"], dark=False, buttons=("Done",))
        band(p, (200, 20, 60))
        app_head(p, "IPPB Mobile Banking", "India Post Payments Bank")
        tile(p, status)
        p.add("center", "Money transferred", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20].rstrip()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        kvr(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        kvr(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "From", f"IPPB A/c XX{digits(rng, 4)}")
        kvr(p, "Remarks", clip(purpose, 24))
        return p.done()
    if frame == "passbook":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(246, 248, 242), (248, 246, 238)])
        p.part = "head"
        top(p, "The Assam Co-operative Apex Bank Ltd.")
        p.add(
            "small",
            f"Kokrajhar Branch  |  S.B./Current A/c No. {acct_no[:4]}XXXX{acct_no[-4:]}  |  {FED_SHORT}",
        )
        p.add("rule")
        p.part = "body"
        w_ = h271.tt_cols(p)
        spec = [9, w_ - 9 - 33, 11, 11, 11]
        head = ["DATE", "PARTICULARS", "WITHDRAWAL", "DEPOSIT", "BALANCE"]
        typed(p, "".join(t.ljust(n) if i < 2 else t.rjust(n) for i, (t, n) in enumerate(zip(head, spec))))
        start = len(p.rows)
        bal = rupees(rng, 60000, 400000, 0.2)
        typed(
            p,
            "".join(
                ["".ljust(9), "B/F".ljust(spec[1]), "".rjust(11), "".rjust(11), num(bal, "plain").rjust(11)]
            ),
        )
        particulars = f"NEFT-{payee}"[: spec[1] - 1]
        name = particulars[5:]
        typed(
            p,
            "".join(
                [
                    when(j.date, "%d-%m-%y").ljust(9),
                    particulars.ljust(spec[1]),
                    num(j.amount, "plain").rjust(11),
                    "".rjust(11),
                    num(bal - j.amount, "plain").rjust(11),
                ]
            ),
            date=j.date,
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        for _ in range(4):
            typed(p, "")
        face = load_font(typeface(p), int(p.style["size"] * 0.9))
        room = room_of(p)
        m = face.getlength("M")
        edges = [9, 9 + spec[1], 20 + spec[1], 31 + spec[1]]
        ledger(p, start - 1, [(e - 0.4) * m / room for e in edges])
        p.add("small", "Entries printed by the branch's passbook printer. Please check them at the counter.")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Done",))
    band(p, (34, 40, 110))
    app_head(p, "RBL MoBank", "UPI")
    burst(p, status)
    p.add("center", "Payment successful", status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {payee}", f"to {payee[:20].rstrip()}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("rule")
    copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    tiles2(p, ("Paid from", f"RBL Bank {dot * 2}{digits(rng, 4)}"), ("Note", clip(purpose, 18)), method="UPI")
    return p.done()


# ---------------------------------------------------------------- 7. the weavers and staff


SPINNERS = ["Malati Basumatary", "Rina Swargiary", "Purnima Boro"]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The federation paying its weavers, spinners and staff: a weaver's LOOM CARD at the Centre under its
    Bodo name, photographed lying on a dokhona (Loom No. printed; ruled cells, each label's English over its
    Bodo: Weaver, Work, Rate, Amount, Date, filled in by hand; "नगद रां मोनदों" (received the money in cash)
    in a Bodo hand, her signature; no reference); greytHR's payslip for the shop's staff (tiles: Employee,
    Employee No., Designation, Pay period; earnings and deductions on hairline rows; Net pay; "Paid on <day>
    by NEFT, UTR ..."); Airtel Payments Bank's Payment in progress to a weaver under an hourglass's tile (a
    notice; each value over its label: UPI Ref No., Initiated on, From); Fi's Payment failed to a weaver under
    a cross's tile (the reason in a notice; tiles: UPI Ref No., Date; Fi Txn ID); a textile designer's BILL
    for new agor designs (Bill No. beside Date, To, the work and its fee, "Received with thanks by NEFT, UTR
    ..., on <day>" in pen, her oval stamp); the shop's PAY SLIP printed on a dot-matrix for the month (NAME,
    DESIG., earnings and deductions, NET PAY, "PAID IN CASH", its SLIP NO; no day); Groww's UPI payment to a
    weaver in a bottom sheet over its dimmed app, under a scalloped badge ("to <weaver>", "<day>, <hour>"; a
    copyable UPI Ref No.; tiles: From, Note); a spinner's receipt written in an Assamese hand on a page folded
    in four (ৰচিদ (receipt), what the money was for, "GPay-ৰে পালোঁ" (received by GPay), Ref and Date in her
    hand, her name). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1200, high=24000, p_round=0.85)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    weaver = WEAVERS[(k + rng.randrange(3)) % len(WEAVERS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 246, 232), (248, 244, 230)])
        on_cloth(p)
        p.part = "head"
        native(p, CENTRE_BRX, scale=1.1, bold=True)
        top(p, pick(p, "title", [CENTRE, CENTRE_CAPS]))
        p.add("center", "LOOM CARD")
        aronai(p)
        p.part = "body"
        cols(p, "lc", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Loom No. {rng.randrange(1, 40)}", "")
        work, rate = rng.choice(
            [("Aronai, cotton", 110), ("Aronai, eri silk", 240), ("Dokhona, cotton", 420)]
        )
        pcs = rng.randrange(4, 24)
        j.amount = float(pcs * rate)
        nbox(p, "Weaver", "मुं", weaver, pen=True, merchant=weaver)
        nbox(p, "Work", "खामानि", f"{work}, {pcs} pcs", pen=True)
        nbox(p, "Rate", "दाम", f"Rs {rate} a piece", pen=True)
        nbox(p, "Amount", "रां", f"Rs {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        nbox(p, "Date", "तारिख", day_in(j, rng, ["{d}/%m/%Y", "%d-%m-%y"]), pen=True, date=j.date)
        p.add("gap")
        nhand(p, "नगद रां मोनदों", scale=1.25, method="cash", status=status)
        sig(p)
        right(p, weaver)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "hathorkhi.greythr.com/v3/portal/ess/payslips")
        p.part = "head"
        top(p, "greytHR")
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        p.add("small", f"{FED_SHORT}  |  Payslip for {when(month, '%B %Y')}")
        p.add("rule")
        p.part = "body"
        name = rng.choice(STAFF)
        tiles2(p, ("Employee", name), ("Employee No.", f"HWF{rng.randrange(1, 40):03d}"), merchant=name)
        tiles2(p, ("Designation", "Sales assistant, Handloom House"), ("Pay period", when(month, "%b %Y")))
        basic = float(rng.randrange(8000, 13000, 500))
        hra = round(basic * 0.2)
        conv = float(rng.choice([600, 800, 1000]))
        pf = round(basic * 0.12)
        ptax = 150.0 if basic + hra + conv > 15000 else 0.0
        j.amount = basic + hra + conv - pf - ptax
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        for label, value in [
            ("Basic", basic),
            ("House rent allowance", hra),
            ("Conveyance", conv),
            ("Provident fund (deduction)", -pf),
            ("Professional tax (deduction)", -ptax),
        ]:
            if value:
                cols(p, "gh", spec, label, num(abs(value)) if value > 0 else f"- {num(-value)}", mode="line")
        total(p, "Net pay", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Assam Gramin Vikash Bank", "NEFT")
        p.add(
            "left",
            f"Paid on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}, to AGVB A/c "
            f"XX{digits(rng, 4)}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Refresh",))
        band(p, (220, 0, 30))
        app_head(p, "Airtel Thanks", "Airtel Payments Bank  |  UPI")
        tile(p, status)
        p.add("center", "Payment in progress", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {weaver}", merchant=weaver)
        p.add("gap")
        notice(
            p,
            "Her bank is taking longer than usual. Do not pay again; we will update you in 24 hours.",
            "warn",
        )
        vlab(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        vlab(p, "From", f"Airtel Payments Bank {dot * 2}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Try again",))
        band(p, (0, 150, 120))
        app_head(p, "Fi", "Money  |  UPI")
        tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {weaver}", merchant=weaver)
        p.add("gap")
        notice(
            p, "The receiver's bank declined the credit (U30). Your money has not left your account.", "error"
        )
        fid = f"FI{j.date:%y%m%d}{digits(rng, 10)}"
        tiles2(
            p,
            ("UPI Ref No.", j.ref),
            ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
            method="UPI",
        )
        kvr(p, "Fi Txn ID", fid, txn=(TXN_RANK, fid))
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([12000, 15000, 18000, 24000]))
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Moina Daimary"
        top(p, name, merchant=name)
        p.add(
            "small", f"Textile designer (NIFT Shillong)  |  Bodofa Nwgwr, Kokrajhar  |  Ph. {phone_no(rng)}"
        )
        p.add("center", "BILL")
        p.add("rule")
        p.part = "body"
        bno = f"MD/{j.date.year}/{rng.randrange(4, 40):02d}"
        cols(
            p,
            "md",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Bill No. {bno}",
            f"Date: {when(earlier(rng, j, 2, 10), '%d.%m.%Y')}",
            txn=(INVOICE_RANK, bno),
        )
        p.add("left", f"To: {FED}")
        p.add("gap")
        spec = [(0.0, 0.74, "l"), (0.74, 1.0, "r")]
        n = rng.randrange(6, 14)
        cols(p, "mdw", spec, f"Design of {n} new agor patterns for eri stoles", "", mode="line")
        cols(p, "mdw", spec, "Four days of loom trials with the weavers", "", mode="line")
        total(p, "Fee", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        write(
            p,
            f"Received with thanks by NEFT, UTR {utr}, on {day_in(j, rng, ['{d}/%m/%Y', '%d.%m.%y'])}.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        oval(
            p,
            ["MOINA DAIMARY", "TEXTILE DESIGNER", "KOKRAJHAR"],
            "green",
            at=rng.uniform(0.55, 0.72),
            rows_=4,
        )
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 252, 246), (248, 250, 244)])
        p.part = "body"
        w_ = h271.tt_cols(p)
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        typed(p, f"{SHOP_CAPS:^{w_}}".rstrip())
        typed(p, f"{'J.D. ROAD, KOKRAJHAR':^{w_}}".rstrip())
        typed(p, f"{('PAY SLIP FOR THE MONTH OF ' + when(month, '%B %Y').upper()):^{w_}}".rstrip())
        typed(p, "=" * w_)
        name = rng.choice(STAFF).upper()
        sno = f"{rng.randrange(100, 999):04d}"
        typed(p, f"SLIP NO: {sno}", txn=(INVOICE_RANK, sno))
        typed(p, f"NAME   : {name}", merchant=name)
        typed(p, "DESIG. : SALES ASSISTANT")
        typed(p, "-" * w_)
        basic = float(rng.randrange(7000, 11000, 500))
        da = float(rng.choice([800, 1000, 1200]))
        adv = float(rng.choice([0, 500, 1000]))
        j.amount = basic + da - adv
        half = w_ // 2
        lines = [("BASIC", basic, "ADVANCE", adv), ("D.A.", da, "", 0.0)]
        for a, av, b, bv in lines:
            left = f"{a:<10}{num(av):>{half - 12}}"
            rt = f"{b:<10}{num(bv):>{half - 12}}" if b else ""
            typed(p, f"{left}  {rt}".rstrip())
        typed(p, "-" * w_)
        typed(p, f"{'NET PAY':<12}{num(j.amount):>{w_ - 12}}", amount=j.amount)
        typed(p, "=" * w_)
        typed(p, "PAID IN CASH", method="cash", status=status)
        p.add("gap")
        sig(p)
        right(p, "Employee's signature")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (80, 60, 200))
        app_head(p, "Groww", "UPI")
        sheet_open(p)
        burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {weaver}", merchant=weaver)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("rule")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        tiles2(
            p,
            ("From", f"SBI {dot * 2}{digits(rng, 4)}"),
            ("Note", rng.choice(["aronai, 2 weeks", "jwmgra order", "Expo pieces"])),
            method="UPI",
        )
        return p.done()
    p = sheet_page(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(250, 250, 244), (248, 247, 240)])
    decor(p, "fold")
    p.part = "body"
    p.add("gap")
    nhand(p, "ৰচিদ", align="l", scale=1.5)
    p.add("gap")
    kg, rate = rng.randrange(2, 7), rng.choice([450, 500, 550])
    j.amount = float(kg * rate)
    nhand(p, "হাথৰখি ফেডাৰেচনৰ পৰা এৰি সূতা", scale=1.3)
    p.add("gap")
    nhand(
        p,
        f"কাটি দিয়া বাবদ {kg} কেজি x {rate}",
        scale=1.3,
        figure=f"{num(j.amount, 'indian', 0)}/-",
        amount=j.amount,
    )
    p.add("gap")
    nhand(p, "GPay-ৰে পালোঁ", scale=1.3, method="UPI", status=status)
    p.add("gap")
    write(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
    write(p, when(j.date, rng.choice(["{d}/%m/%Y", "%d-%m-%y"])), date=j.date)
    p.add("gap")
    name = rng.choice(SPINNERS)
    write(p, name, align="r", merchant=name)
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority as printed: Kokrajhar Municipal Board's SIGNBOARD FEE RECEIPT
    under its Assamese name (ruled cells, each label's English over its Assamese: Receipt No., Holding No.,
    Name, Signboard, Fee, Mode, UPI Ref, Date; "Fee received."); e-GRAS Assam's challan for the Registrar of
    Societies (a striped table: GRN, Department, Head of account, Remitter, Amount, Payment mode, Bank
    reference, Payment date, Status); the Taxation Department's professional tax e-payment pending under an
    hourglass's tile (a notice; tiles: Enrolment Certificate No., Period; Transaction ID, Amount, Payment
    mode, Initiated on on hairline rows); the Pollution Control Board, Assam's consent fee failed under a
    cross's tile (the reason in a notice; each value over its label: Application ID, Unit, Consent fee,
    Transaction ID, Payment mode, Date & time); Sewa Setu's acknowledgement for the Labour Welfare Department
    (Application Reference No., Service, Fee paid, Transaction ID, Payment status, Expected delivery beside
    their labels; no day); the Assam Fire and Emergency Services' e-Receipt for the Centre's fire safety
    certificate (tiles: e-Receipt No., Date; each value over its label: Paid by, Fee, UPI Ref No.; "Paid");
    Titaguri V.C.D.C.'s RECEIPT from its book under its Assamese name (No. left blank; Date, Received from, On
    account of written in, Rs. in a box, "নগদ পালোঁ" (received in cash) in an Assamese hand, its oval stamp;
    no reference); EPFO's Payment Confirmation Receipt (Establishment, Wage month, TRRN, CRN, Bank Ref. No.,
    Total amount, Payment date, Bank on hairline rows). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        native(p, "কোকৰাঝাৰ পৌৰসভা", scale=1.3, bold=True)
        name = "KOKRAJHAR MUNICIPAL BOARD"
        p.add("center", name, merchant=name)
        p.add("small", "Municipal Office, Kokrajhar - 783370, Bodoland Territorial Region")
        native(p, "বিজ্ঞাপন কৰ ৰচিদ / SIGNBOARD FEE RECEIPT", scale=0.9)
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([600, 900, 1200, 1500]))
        rno = f"KMB/AD/{fy(j.date)}/{rng.randrange(100, 999)}"
        for en, asm, value, facts in [
            ("Receipt No.", "ৰচিদ নং", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Holding No.", "হ'ল্ডিং নং", f"W4/{rng.randrange(100, 600)}", {}),
            ("Name", "নাম", SHOP, {}),
            ("Signboard", "চাইনবৰ্ড", "Shop sign 8 x 3 ft, one year", {}),
            ("Fee", "মাচুল", rs(j.amount), {"amount": j.amount}),
            ("Mode", "মাধ্যম", "UPI", {"method": "UPI"}),
            ("UPI Ref", "ইউ পি আই নং", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Date", "তাৰিখ", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), {"date": j.date}),
        ]:
            nbox(p, en, asm, value, at=0.3, **facts)
        p.add("left", "Fee received. Display this receipt with the signboard.", status=status)
        right(p, "Revenue Collector")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "egras.assam.gov.in/egras/challan/receipt")
        p.part = "head"
        top(p, "e-GRAS Assam")
        p.add(
            "small",
            "Online Government Receipts Accounting System  |  Finance Department, Government of Assam",
        )
        p.add("rule")
        p.part = "body"
        p.add("left", "Challan receipt")
        j.amount = float(rng.choice([250, 500, 1000, 1500]))
        grn = f"AS{j.date:%y}{digits(rng, 12)}"
        bref = f"SBI{digits(rng, 10)}"
        dept = "Registrar of Societies, Assam"
        name = h273.cell_name(p, 0.62, [dept], scale=1.0)
        zebra(
            p,
            "eg",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Challan details", ""],
            [
                (["GRN", grn], {"txn": (TXN_RANK, grn)}),
                (["Department", name], {"merchant": name}),
                (["Head of account", "0070-60-800 Other receipts"], {}),
                (["Remitter", clip(FED_CAPS, 34)], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment mode", "Net Banking (SBI)"], {"method": "netbanking"}),
                (["Bank reference", bref], {"txn": (BANK_RANK, bref)}),
                (["Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Status", "Success"], {"status": status}),
            ],
            (30, 90, 70),
        )
        p.add("small", "Annual return fee, 2025-26. Keep the GRN for the Registrar's office.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "tax.assam.gov.in/ptax/epayment/status")
        p.part = "head"
        top(p, "Professional Tax, Assam")
        name = "Taxation Department, Government of Assam"
        p.add("small", name, merchant=name)
        p.add("small", "e-Payment of professional tax  |  status")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("gap")
        notice(
            p,
            "Your bank has not confirmed the payment yet. The challan is updated once it does; do not pay "
            "again.",
            "warn",
        )
        j.amount = 2500.0
        tiles2(p, ("Enrolment Certificate No.", f"PTEC/KJR/{digits(rng, 6)}"), ("Period", f"20{fy(j.date)}"))
        tid = f"ASPT{digits(rng, 12)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment mode", "Net Banking (AGVB)", method="netbanking")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "ocmms.pcbassam.org/payment/response")
        p.part = "head"
        name = "Pollution Control Board, Assam"
        top(p, name, merchant=name)
        p.add("small", "Online Consent Management and Monitoring System  |  Payment")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("gap")
        notice(
            p,
            "The transaction was declined by your bank. No fee has been recorded against the application.",
            "error",
        )
        j.amount = float(rng.choice([2000, 3500, 5000]))
        tid = f"PCBA{digits(rng, 11)}"
        vlab(p, "Application ID", f"CTE/KJR/{j.date.year}/{rng.randrange(100, 999)}", bold=False)
        vlab(p, "Unit", "Hathorkhi Weaving Centre (yarn dyeing)", bold=False)
        vlab(p, "Consent fee", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Payment mode", f"Debit card {masked(rng, font)}", bold=False, method="card")
        vlab(
            p, "Date & time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), bold=False, date=j.date
        )
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "sewasetu.assam.gov.in/site/acknowledgement")
        p.part = "head"
        top(p, "Sewa Setu")
        name = "Labour Welfare Department, Government of Assam"
        p.add("center", name, merchant=name)
        p.add("small", "Acknowledgement of application and fee")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([250, 500, 750]))
        tid = f"SS{digits(rng, 14)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(p, "ss", spec, "Application Reference No.", f"RTPS-SHOP/{j.date.year}/{digits(rng, 6)}")
        colkv(p, "ss", spec, "Service", "Registration under the Assam Shops and Establishments Act")
        colkv(p, "ss", spec, "Establishment", SHOP)
        colkv(p, "ss", spec, "Fee paid", rs(j.amount), amount=j.amount)
        colkv(p, "ss", spec, "Payment mode", "UPI", method="UPI")
        colkv(p, "ss", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(p, "ss", spec, "Payment status", "Successful", status=status)
        colkv(p, "ss", spec, "Expected delivery", "within 15 working days")
        p.add("small", "Track your application on Sewa Setu with the Application Reference No.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "fireservice.assam.gov.in/fsc/ereceipt")
        p.part = "head"
        name = "Assam Fire and Emergency Services"
        top(p, name, merchant=name)
        p.add("small", "Fire safety certificate  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1500, 2500, 3500]))
        eno = f"AFES/{fy(j.date)}/{rng.randrange(1000, 9999)}"
        tiles2(
            p,
            ("e-Receipt No.", eno),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            txn=(INVOICE_RANK, eno),
            date=j.date,
        )
        vlab(p, "Paid by", f"{CENTRE}, Titaguri", bold=False)
        vlab(p, "Fee", rs(j.amount), amount=j.amount)
        vlab(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        p.add("left", "Paid. The certificate follows the inspection of the loom shed.", status=status)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(246, 244, 232), (244, 242, 230)])
        p.part = "head"
        native(p, "টিটাগুৰি গাঁও পৰিষদ উন্নয়ন সমিতি", scale=1.05, bold=True)
        name = "TITAGURI V.C.D.C."
        p.add("center", name, merchant=name)
        p.add("small", "Village Council Development Committee  |  Kokrajhar District, BTR")
        native(p, "ৰচিদ / RECEIPT", scale=1.0, bold=True)
        p.part = "body"
        cols(p, "vc", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        j.amount = float(rng.choice([300, 500, 750, 1000]))
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), date=j.date)
        blank(p, "Received from", FED_SHORT)
        blank(p, "On account of", "building permission, loom shed")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        nhand(p, "নগদ পালোঁ", scale=1.2, method="cash", status=status)
        oval(p, ["TITAGURI", "V.C.D.C.", "KOKRAJHAR"], "violet", at=rng.uniform(0.55, 0.75), rows_=4)
        right(p, "Secretary, V.C.D.C.")
        return p.done()
    p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/paymentConfirmation")
    p.part = "head"
    name = "Employees' Provident Fund Organisation"
    top(p, name, merchant=name)
    p.add("small", "Ministry of Labour & Employment, Government of India  |  Payment Confirmation Receipt")
    p.add("rule")
    p.part = "body"
    month = j.date.replace(day=1) - dt.timedelta(days=1)
    j.amount = round(rupees(rng, 3000, 12000, 0.0), 0)
    trrn = f"{digits(rng, 13)}"
    crn = f"{digits(rng, 12)}"
    bref = f"SBIN{digits(rng, 12)}"
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    for label, value, facts in [
        ("Establishment", f"AS/GHY/{digits(rng, 7)}  {clip(FED_CAPS, 30)}", {}),
        ("Wage month", when(month, "%B %Y"), {}),
        ("TRRN", trrn, {"txn": (TXN_RANK, trrn)}),
        ("CRN", crn, {"txn": (INVOICE_RANK, crn)}),
        ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
        ("Total amount", rs(j.amount), {"amount": j.amount}),
        ("Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), {"date": j.date}),
        ("Bank", "State Bank of India (Net Banking)", {"method": "netbanking"}),
        ("Status", "Payment successful", {"status": status}),
    ]:
        cols(p, "ep", spec, label, value, mode="line", **facts)
    p.add("small", "This is a system generated receipt of the challan paid for the wage month above.")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "to" and "paid to" on an app): New
    India Assurance's PREMIUM RECEIPT for the Centre's looms and yarn (dot leaders: Receipt No., Receipt Date,
    Received from, Policy No., Premium, GST 18%, Total, Mode, UTR; "Received with thanks."); Star Health's
    payment awaiting confirmation under an hourglass's tile ("to <insurer>", a notice; each value over its
    label: Proposal No., Premium, Payment ID, UPI Ref No., Initiated on); Digit's shop policy with the payment
    failed under a cross's tile (the reason in a notice; tiles: Policy, Premium; Transaction ID, Payment mode,
    Attempted on); ICICI Lombard's mail of a group health premium ("We have received your premium of Rs. x";
    Policy No., Receipt No., Payment date, Payment mode on hairline rows); SBI General's e-Receipt for the
    weavers' group personal accident policy (a table ruled on every side); HDFC ERGO's Policy renewed under a
    scalloped badge ("paid to <insurer>", "Today, <hour>"; each value over its label: Policy No., Payment ID,
    Paid via; no day); Oriental Insurance's PREMIUM COLLECTION SLIP written in its agent's book (No. left
    blank; Date, Received from, Policy, Premium Rs., By written in; "Received with thanks"; no reference);
    IFFCO-Tokio's CERTIFICATE OF INSURANCE CUM POLICY SCHEDULE for the federation's van (a striped schedule:
    Policy No., Insured, Vehicle, Period of insurance, Premium, GST 18%, Total premium; "Premium received by
    UPI ... on <day>."). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=1500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        name = "The New India Assurance Co. Ltd."
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        shown = pick(p, "title", [name, "New India Assurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Kokrajhar Branch Office  |  IRDAI Reg. No. 190")
        p.add("center", "PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 6)}"
        utr = utr_for(rng, j, "Assam Gramin Vikash Bank", "NEFT")
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Received from", clip(FED, 40), {}),
            ("Policy No.", f"{digits(rng, 6)}11{j.date:%y}{digits(rng, 8)}", {}),
            ("Premium", num(base), {}),
            ("GST 18%", num(gst), {}),
            ("Total", rs(j.amount), {"amount": j.amount}),
            ("Mode", "NEFT", {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            dots(p, label, value, at=0.4, **facts)
        p.add("gap")
        p.add(
            "left",
            "Received with thanks. Fire and special perils: looms, yarn and woven stock.",
            status=status,
        )
        return p.done()
    if k == 1:
        name = "Star Health and Allied Insurance Co. Ltd."
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (0, 84, 160))
        app_head(p, "Star Health", "Family health optima")
        tile(p, status)
        p.add("center", "Payment awaiting confirmation", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"to {name}", "to Star Health and Allied Insurance"])[3:]
        p.add("center", f"to {shown}", merchant=shown)
        p.add("gap")
        notice(p, "We will issue the policy once your bank confirms the payment.", "warn")
        pid = f"SHAI{digits(rng, 12)}"
        vlab(p, "Proposal No.", f"P/{digits(rng, 6)}/01/{j.date.year}/{digits(rng, 6)}", bold=False)
        vlab(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        vlab(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 2:
        name = "Go Digit General Insurance Ltd."
        p = browser_page(rng, font, "www.godigit.com/shop-insurance/payment/status")
        p.part = "head"
        shown = pick(p, "title", [name, "Go Digit General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Bharat Sookshma Udyam Suraksha  |  Payment")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("gap")
        notice(
            p, "Your card could not be charged. The policy is not issued; please try another card.", "error"
        )
        tiles2(p, ("Policy", "Shop and stock, Handloom House"), ("Premium", rs(j.amount)), amount=j.amount)
        tid = f"GDT{digits(rng, 12)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", f"Credit card {masked(rng, font)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        return p.done()
    if k == 3:
        name = "ICICI Lombard General Insurance Company Limited"
        p = mail_page(
            rng,
            font,
            "ICICI Lombard <customersupport@icicilombard.com>",
            ["Premium received - Group Health", "Thank you for your payment"],
        )
        p.part = "head"
        shown = pick(p, "title", [name, "ICICI Lombard General Insurance"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {SECRETARY},")
        p.add(
            "left",
            f"We have received your premium of {rs(j.amount)} for the group health policy of the "
            "federation's "
            "staff. Your policy documents are attached.",
            amount=j.amount,
            status=status,
        )
        p.add("gap")
        rno = f"RCPT{digits(rng, 10)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "il", spec, "Policy No.", f"4128/{digits(rng, 8)}/00/000", mode="line")
        cols(p, "il", spec, "Receipt No.", rno, mode="line", txn=(INVOICE_RANK, rno))
        cols(
            p, "il", spec, "Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), mode="line", date=j.date
        )
        cols(p, "il", spec, "Payment mode", f"Credit card {masked(rng, font)}", mode="line", method="card")
        p.add("gap")
        p.add("small", "ICICI Lombard GIC Ltd. IRDAI Reg. No. 115. Please do not reply to this mail.")
        return p.done()
    if k == 4:
        name = "SBI General Insurance Company Limited"
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        shown = pick(p, "title", [name, "SBI General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "e-Receipt  |  Group Personal Accident")
        p.add("rule")
        p.part = "body"
        lives = rng.randrange(30, 90)
        base = float(lives * rng.choice([150, 210, 280]))
        gst = round(base * 0.18, 2)
        j.amount = base + gst
        rno = f"SBIG{j.date:%y}{digits(rng, 9)}"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        grid(
            p,
            "sg",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Received from", clip(FED, 44)], {}),
                (["Cover", f"Group personal accident, {lives} weavers"], {}),
                (["Premium", num(base)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT"], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            ],
            tint=(226, 236, 250),
        )
        p.add("gap")
        p.add("left", "Premium received with thanks.", status=status)
        return p.done()
    if k == 5:
        name = "HDFC ERGO General Insurance Co. Ltd."
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("View policy",))
        band(p, (200, 16, 46))
        app_head(p, "HDFC ERGO", "Shop insurance renewal")
        burst(p, status)
        p.add("center", "Policy renewed", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"paid to {name}", "paid to HDFC ERGO General Insurance"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"HE{digits(rng, 14)}"
        vlab(p, "Policy No.", f"2999 2044 {digits(rng, 4)} {digits(rng, 4)} 000", bold=False)
        vlab(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 6:
        name = "The Oriental Insurance Company Limited"
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(248, 246, 236), (246, 244, 234)])
        p.part = "head"
        shown = pick(p, "title", [name, "Oriental Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Agency: Kokrajhar  |  Agent's premium collection book")
        p.add("center", "PREMIUM COLLECTION SLIP")
        p.part = "body"
        cols(p, "oi", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        j.amount = float(rng.randrange(1800, 9800, 1))
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), date=j.date)
        blank(p, "Received from", FED_SHORT)
        blank(p, "Policy", "Money in transit, Expo sales")
        blank(p, "Premium Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blank(p, "By", "Cash", method="cash")
        write(p, "Received with thanks", status=status)
        p.add("gap")
        sig(p)
        right(p, "Agent")
        return p.done()
    name = "IFFCO-Tokio General Insurance Co. Ltd."
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(252, 252, 246), (250, 250, 244)])
    p.part = "head"
    shown = pick(p, "title", [name, "IFFCO-Tokio General Insurance"])
    top(p, shown, merchant=shown)
    p.add("small", "Guwahati office  |  Goods carrying vehicle")
    p.add("center", "CERTIFICATE OF INSURANCE CUM POLICY SCHEDULE")
    p.add("rule")
    p.part = "body"
    start = j.date + dt.timedelta(days=1)
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    zebra(
        p,
        "it",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        ["Schedule", ""],
        [
            (["Policy No.", f"M{digits(rng, 9)}"], {}),
            (["Insured", clip(FED, 44)], {}),
            (["Vehicle", f"AS 16 C {rng.randrange(1000, 9999)}, pick-up van"], {}),
            (["Period of insurance", f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}"], {}),
            (["Premium", num(base)], {}),
            (["GST 18%", num(gst)], {}),
            (["Total premium", rs(j.amount)], {"amount": j.amount}),
        ],
        (0, 110, 60),
    )
    p.add("gap")
    p.add(
        "left",
        f"Premium received by UPI (Ref {j.ref}) on {when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))}.",
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    p.add("small", "The cover starts on the day after the premium is received.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("HATHORKHI HANDLOOM HOUSE", "J.D. ROAD, KOKRAJHAR", "PINE LABS", "pine"),
    ("HATHORKHI HANDLOOM HOUSE - EXPO STALL 27", "KALAKSHETRA, GUWAHATI", "Paytm", "paytm"),
    ("HOTEL BRAHMAPUTRA VIEW", "M.G. ROAD, GUWAHATI", "HDFC BANK", "pending"),
    ("SRI GANESH DYE HOUSE", "MAIN ROAD, BONGAIGAON", "ICICI MERCHANT SERVICES", "declined"),
    ("BODOLAND FILLING STATION", "NH-31C, KOKRAJHAR", "AXIS BANK", "fuel"),
    ("CAFE GWDAN", "R.N.B. ROAD, KOKRAJHAR", "", "guest"),
    ("SUALKUCHI SILK EMPORIUM", "SUALKUCHI, KAMRUP", "BANK OF BARODA", "bob"),
    ("HATHORKHI HANDLOOM HOUSE - EXPO STALL 27", "KALAKSHETRA, GUWAHATI", "Airtel Payments Bank", "tap"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on Hathorkhi Handloom House's and its Expo stall's terminals and the federation's card at a
    Guwahati hotel, a Bongaigaon dye house, a Kokrajhar filling station, a Kokrajhar cafe and a Sualkuchi silk
    emporium: Pine Labs' CHARGE SLIP at the shop (two fields to a line: DATE and TIME, MID and TID, BATCH NUM
    and INVOICE NUM; CARD NUM, CARD TYPE, APPR CODE, RRN, BASE AMOUNT, TOTAL, SALE APPROVED, PIN VERIFIED OK);
    Paytm's card machine's slip at the Expo stall in its days (Card Payment, each field a line of "Label:
    value": Date, Time, Txn ID, Card, Auth Code, RRN, Amount, Status: SUCCESS); HDFC Bank's slip at a Guwahati
    hotel with the host not responding (STATUS UNKNOWN, DO NOT RETRY); ICICI Merchant Services' slip at a
    Bongaigaon dye house DECLINED (05 DO NOT HONOUR); Axis Bank's slip at a Kokrajhar filling station
    (PRODUCT, VOLUME, RATE, the card, APPROVAL CODE, RRN, AMOUNT, APPROVED); a Kokrajhar cafe's GUEST CHECK
    from its waiter's pad written by hand (Date written in, Table and Server; Qty | Item | Amount, Total,
    "Paid by card"; no reference); Bank of Baroda's slip at a Sualkuchi silk emporium (SALE, label and value
    on each line, TXN SUCCESSFUL); Airtel Payments Bank's Tap to Pay on the Expo stall's phone (the stall
    under the app, a tile, Payment received, the card contactless, the hour alone; each value over its label:
    Auth Code, RRN; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=500, high=26000)
    name, town, brand, layout = COUNTERS[k]
    if layout in ("paytm", "tap"):
        shift(j, rng, EXPO + dt.timedelta(days=rng.randrange(0, 10)))
    if layout in ("pending", "declined"):
        j.amount = rupees(rng, 450, 9000, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "tap":
        p = phone(rng, font, k, ["", "Tap to Pay"], dark=False, buttons=("New payment",))
        band(p, (220, 0, 30))
        app_head(p, "Airtel Payments Bank", "Tap to Pay on phone")
        shown = pick(p, "center", [name, "HATHORKHI HANDLOOM HOUSE"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        tile(p, status)
        p.add("center", "Payment received", status=status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add(
            "small",
            f"{scheme} {sign(font, chr(0x2022), '*') * 4} {last4}  (contactless)  |  {t[:5]}",
            method="card",
        )
        p.add("rule")
        vlab(p, "Auth Code", appr, txn=(APPR_RANK, appr))
        vlab(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if layout == "guest":
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(248, 250, 240), (250, 248, 236)])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Bodo kitchen, tea and snacks  |  R.N.B. Road, Kokrajhar")
        p.add("center", "GUEST CHECK")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        cols(p, "gcs", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], "Table  6", "Server  Jwngsar", mode="soft")
        spec = [(0.0, 0.12, "c"), (0.12, 0.72, "l"), (0.76, 1.0, "r")]
        cols(p, "gch", spec, "Qty", "Item", "Amount", mode="line")
        start = len(p.rows)
        menu = [
            ("Pork with bamboo shoot", 280, 380),
            ("Narzi (jute leaf) curry, rice", 160, 220),
            ("Onla (rice flour) curry", 150, 210),
            ("Red tea, large pot", 90, 140),
            ("Pitha, plate", 80, 120),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(menu, rng.randrange(3, 5)):
            q = rng.randrange(1, 4)
            v = float(q * rng.randrange(lo, hi, 10))
            hcells(p, spec, str(q), text, num(v, "indian", 0))
            total_ += v
        j.amount = total_
        hcells(p, spec, "", "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.12, 0.74])
        p.add("gap")
        write(p, "Paid by card - thank you!", method="card", status=status)
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pine":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        h269.kind(p, "pl", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], "plain", group="pl")
        h269.row(p, "pl", f"DATE:{when(j.date, '%d/%m/%Y')}", f"TIME:{t}", date=j.date)
        h269.row(p, "pl", f"MID:{mid[:11]}", f"TID:{tid}")
        h269.row(p, "pl", f"BATCH NUM:{batch[-4:]}", f"INVOICE NUM:{inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("center", "SALE")
        p.pair("CARD NUM", f"XXXX XXXX XXXX {last4}", method="card")
        p.pair("CARD TYPE", scheme)
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("BASE AMOUNT", amt)
        p.pair("TOTAL", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "SALE APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK  |  SIGNATURE NOT REQUIRED")
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "paytm":
        ptx = f"{j.date:%Y%m%d}{digits(rng, 11)}"
        p.add("center", "Card Payment")
        p.add("rule")
        for label, value, facts in [
            ("Date", when(j.date, "%d %b %Y"), {"date": j.date}),
            ("Time", t[:5], {}),
            ("Txn ID", ptx, {"txn": (TXN_RANK, ptx)}),
            ("Card", f"{scheme} ****{last4}", {"method": "card"}),
            ("Auth Code", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Amount", amt, {"amount": j.amount}),
            ("Status", "SUCCESS", {"status": status}),
        ]:
            p.add("left", f"{label}: {value}", **facts)
        p.add("rule")
        p.add("small", "Thank you for visiting the Handloom Expo")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXXXXXXXXXX{last4} CHIP", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "HOST NOT RESPONDING", status=status)
        p.add("center", "STATUS UNKNOWN - DO NOT RETRY")
        p.add("small", "CHECK WITH YOUR BANK BEFORE PAYING AGAIN")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE/TIME", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", date=j.date)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} ...{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "05 DO NOT HONOUR")
        p.add("small", "NO AMOUNT HAS BEEN DEBITED")
    elif layout == "fuel":
        rate = round(rng.uniform(88.5, 93.9), 2)
        litres = round(rng.uniform(18, 60), 2)
        j.amount = round(rate * litres, 2)
        amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("PRODUCT", "HSD (DIESEL)")
        p.pair("VOLUME", f"{litres:.2f} L")
        p.pair("RATE", f"{rate:.2f}/L")
        p.pair("VEHICLE", f"AS16C{rng.randrange(1000, 9999)}")
        p.add("left", f"{scheme} XXXX{last4} TAP", method="card")
        p.pair("APPROVAL CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "THANK YOU. DRIVE SAFE")
    else:
        p.add("center", "SALE")
        p.add("rule")
        for label, value, facts in [
            ("DATE", when(j.date, "%d %b %Y").upper(), {"date": j.date}),
            ("TIME", t, {}),
            ("MID", mid[:12], {}),
            ("TID", tid, {}),
            ("BATCH NO", batch, {}),
            ("INVOICE NO", inv, {"txn": (INVOICE_RANK, inv)}),
            ("CARD", f"{scheme} XXXX XXXX XXXX {last4}", {"method": "card"}),
            ("AUTH CODE", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            p.pair(label, value, **facts)
        p.add("rule")
        p.pair("SALE AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN SUCCESSFUL", status=status)
        p.add("small", "CUSTOMER COPY  |  BANK OF BARODA")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


APDCL = "Assam Power Distribution Company Ltd."
APDCL_AS = "অসম শক্তি বিতৰণ কোম্পানী লিমিটেড"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Centre's, the shop's and the federation's bills: APDCL's online bill payment receipt under its
    Assamese name (tiles: Consumer No., Consumer name; each value over its label: Amount paid; Transaction ID,
    Bank reference, Payment date, Mode, Status on hairline rows); APDCL's smart prepaid meter recharge in
    progress under an hourglass's tile ("to <biller>", a notice; each value over its label: Meter No.,
    Recharge amount, UPI Ref No., Initiated on); IndianOil ONE's Indane refill paid in a bottom sheet over its
    dimmed app, under a scalloped badge ("paid to <biller>"; tiles: Booking No., Distributor; a copyable UPI
    Ref No.; Paid on); MyJio's JioFiber bill payment failed under a cross's tile ("to <biller>", the reason in
    a notice; each value over its label: Account, Bill amount, Transaction ID, Payment mode, Attempted on);
    Titaguri's village water and sanitation committee's WATER USER CHARGE RECEIPT under its Assamese name (No.
    left blank; Date, Name, Connection, Months written in; Rs. in a box; "Received cash"; its oval stamp; no
    reference); Dish TV's Recharge successful under a scalloped badge ("for <biller>", "2 min ago"; each value
    over its label: VC No., Pack, Transaction ID, Paid via; no day); BSNL Selfcare's payment receipt (tiles:
    Phone number, Account No.; Amount paid, Payment date, Transaction ID, Bank Ref No., Mode on hairline
    rows); Excitel's mail of a payment received ("We have received Rs. x ..."; Customer ID, Plan, Invoice No.,
    Payment date, Payment mode, Transaction ID beside their labels). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=300, high=9000)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "www.apdcl.org/website/Payment/Receipt")
        p.part = "head"
        native(p, APDCL_AS, scale=0.95, bold=True)
        name = pick(p, "title", [APDCL, "APDCL"])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment receipt  |  Kokrajhar Electrical Division")
        p.add("rule")
        p.part = "body"
        j.amount = rupees(rng, 1200, 8600, 0.3)
        tiles2(p, ("Consumer No.", digits(rng, 12)), ("Consumer name", clip(CENTRE_CAPS, 26)))
        vlab(p, "Amount paid", rs(j.amount), amount=j.amount)
        tid = f"APD{digits(rng, 12)}"
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Bank reference", bref, txn=(BANK_RANK, bref))
        kvr(p, "Payment date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        kvr(p, "Mode", "Net Banking", method="netbanking")
        kvr(p, "Status", "Payment successful", status=status)
        p.add("small", "The payment is adjusted in the next bill. Keep this receipt till then.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Smart prepaid"], dark=False, buttons=("Check status",))
        band(p, (0, 100, 60))
        app_head(p, "APDCL Consumer", "Smart prepaid meter recharge")
        tile(p, status)
        p.add("center", "Recharge in progress", status=status)
        p.accent(AMBER)
        name = pick(p, "center", [f"to {APDCL}", "to APDCL"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        notice(
            p, "Your meter is credited once your bank confirms the payment. Please do not pay again.", "warn"
        )
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        vlab(p, "Meter No.", f"AS{digits(rng, 9)}", bold=False)
        vlab(p, "Recharge amount", rs(j.amount), amount=j.amount)
        vlab(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Track refill",))
        band(p, (236, 110, 30))
        app_head(p, "IndianOil ONE", "Indane LPG refill")
        sheet_open(p)
        burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([912.5, 921.0, 1834.0, 1842.5]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Indane"
        p.add("center", f"paid to {name}", merchant=name)
        p.add("rule")
        bno = digits(rng, 10)
        tiles2(p, ("Booking No.", bno), ("Distributor", "Kokrajhar Gas Service"), txn=(ORDER_RANK, bno))
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Retry",))
        band(p, (14, 52, 160))
        app_head(p, "MyJio", "JioFiber bill")
        tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        name = "JioFiber"
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        notice(p, "Your card was declined by the bank. The bill stays unpaid; please try again.", "error")
        j.amount = float(rng.choice([699, 999, 1178.82, 1498.82]))
        tid = f"JIO{digits(rng, 13)}"
        vlab(p, "Account", f"JioFiber {digits(rng, 10)}", bold=False)
        vlab(p, "Bill amount", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Payment mode", f"Credit card {masked(rng, font)}", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(240, 246, 250), (244, 248, 244)])
        p.part = "head"
        native(p, "গাঁও পানী আৰু অনাময় সমিতি, টিটাগুৰি", scale=1.05, bold=True)
        name = "TITAGURI VILLAGE WATER & SANITATION COMMITTEE"
        p.add("center", name, merchant=name)
        p.add("small", "Jal Jeevan Mission piped water scheme  |  Titaguri, Kokrajhar")
        p.add("center", "WATER USER CHARGE RECEIPT")
        p.part = "body"
        cols(p, "wu", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        months = rng.choice([3, 6])
        rate = rng.choice([60, 80, 100])
        j.amount = float(months * rate)
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", CENTRE)
        blank(p, "Connection", "1 tap, loom shed")
        blank(p, "Months", f"{months} months @ Rs {rate}")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Received cash", method="cash", status=status)
        oval(p, ["V.W.S.C.", "TITAGURI", "JAL JEEVAN MISSION"], "blue", at=rng.uniform(0.55, 0.75), rows_=4)
        right(p, "Treasurer, V.W.S.C.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        band(p, (220, 30, 40))
        app_head(p, "Dish TV", "Recharge")
        burst(p, status)
        p.add("center", "Recharge successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([299, 349, 445, 520]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Dish TV"
        p.add("center", f"for {name}", merchant=name)
        p.add("small", f"{rng.randrange(2, 9)} min ago")
        p.add("rule")
        tid = f"DT{digits(rng, 14)}"
        vlab(p, "VC No.", digits(rng, 11), bold=False)
        vlab(
            p,
            "Pack",
            rng.choice(["Assamese Super Family", "Bodo and Assamese Value", "North East Mega"]),
            bold=False,
        )
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "selfcare.bsnl.co.in/payment/receipt")
        p.part = "head"
        name = "BSNL"
        top(p, name, merchant=name)
        p.add("small", "Bharat Sanchar Nigam Limited  |  Selfcare  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([499, 589, 799, 999])) + rng.choice([0.0, 0.82])
        tiles2(p, ("Phone number", f"03661-{digits(rng, 6)}"), ("Account No.", digits(rng, 10)))
        tid = f"BSNL{digits(rng, 12)}"
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
        kvr(p, "Amount paid", rs(j.amount), amount=j.amount)
        kvr(p, "Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        kvr(p, "Mode", "UPI", method="UPI")
        p.add("gap")
        p.add("left", "Your payment has been received. Thank you.", status=status)
        return p.done()
    p = mail_page(
        rng, font, "Excitel <billing@excitel.com>", ["Payment received - thank you", "Your Excitel payment"]
    )
    p.part = "head"
    name = "Excitel Broadband"
    top(p, name, merchant=name)
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([1766, 2124, 3894, 4248]))
    p.add("left", "Dear Customer,")
    p.add(
        "left",
        f"We have received Rs. {num(j.amount, 'indian')} for your 300 Mbps plan. Thank you for staying with "
        "Excitel.",
        amount=j.amount,
        status=status,
    )
    p.add("gap")
    ino = f"EXC/{fy(j.date)}/{digits(rng, 7)}"
    tid = f"EX{digits(rng, 14)}"
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    colkv(p, "ex", spec, "Customer ID", f"KJR{digits(rng, 7)}")
    colkv(p, "ex", spec, "Plan", "300 Mbps, 6 months (Handloom House)")
    colkv(p, "ex", spec, "Invoice No.", ino, txn=(INVOICE_RANK, ino))
    colkv(p, "ex", spec, "Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
    colkv(p, "ex", spec, "Payment mode", f"Debit card {masked(rng, font)}", method="card")
    colkv(p, "ex", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
    p.add("gap")
    p.add("small", "Excitel Broadband Pvt. Ltd. This is an auto-generated mail.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Assam Gramin Vikash Bank", "AD-AGVBNK", "SARASWATI ERI SPINNERS", "UPI", "assamese"),
    ("Bank of Baroda", "VM-BOBTXN", "A K YARN CORNER", "NEFT", "sms"),
    ("Union Bank of India", "JD-UNIONB", "NEXUS WEB STUDIO", "NEFT", "sms"),
    ("Yes Bank", "", "BTR LOGISTICS", "IMPS", "mail"),
    ("Punjab & Sind Bank", "BZ-PSBANK", "KOKRAJHAR OFFSET PRINTE", "IMPS", "sms"),
    ("India Post Payments Bank", "", "BORO ELECTRICALS", "UPI", "lock"),
    ("Assam Co-operative Apex Bank", "AX-APEXBK", "MAA KAMAKHYA PACKAGING", "NEFT", "sms"),
    ("North East Small Finance Bank", "", "CAFE GWDAN", "UPI", "inbox"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the federation's payments: Assam Gramin Vikash Bank's SMS in Assamese in its
    messages thread under its day divider ("আপোনাৰ একাউণ্ট XX1234 ৰ পৰা Rs.x UPI যোগে <PAYEE> লৈ <dd-mm-yyyy>
    তাৰিখে ডেবিট কৰা হৈছে। ৰেফাৰেন্স <ref>। ..."); SMS in Bank of Baroda's ("Rs.x debited from A/c XX1234 on
    <dd-mm-yy> to <PAYEE> via NEFT. UTR ... Avl Bal Rs.y"), Union Bank's ("Your NEFT of Rs x to <PAYEE> dated
    <dd/mm/yyyy> (UTR ...) has been returned by the beneficiary bank: account does not exist. ..."), Punjab &
    Sind Bank's ("Your IMPS of Rs.x to <PAYEE> on <dd.mm.yy> is under process. Do not reinitiate. Ref No ...")
    and the Assam Co-operative Apex Bank's ("A/c XX1234 debited Rs x on <dd-mm-yy> to <PAYEE> by NEFT. Bal Rs
    y"; no reference) wordings; YES BANK's mail ("INR x has been debited from your account XX1234 on
    <dd-Mon-yy> towards IMPS to <PAYEE>. IMPS Ref No ..."); India Post Payments Bank's notification on a
    phone's lock screen under the hour ("now"; "Rs. x debited from your IPPB a/c XX1234 by UPI to <PAYEE>. UPI
    Ref ..."; no day); North East Small Finance Bank's slice app's inbox (the alert's day and hour over "Rs.x
    paid to <PAYEE> via UPI. UPI Ref ...", a notice of the bank's under it). All new here."""
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
    if frame == "assamese":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"আপোনাৰ একাউণ্ট XX{tail4} ৰ পৰা Rs.{amt} UPI যোগে {to} লৈ {when(j.date, '%d-%m-%Y')} তাৰিখে "
            f"ডেবিট কৰা হৈছে। ৰেফাৰেন্স {utr}। আপুনি কৰা নাই যদি 1800-345-3344 ত ফোন কৰক। - AGVB"
        )
        nwrap(p, text, share=0.94, **facts)
        h273.bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "Bank of Baroda":
            text = (
                f"Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d-%m-%y')} to {to} via NEFT. "
                f"UTR:{utr}. "
                f"Avl Bal Rs.{bal} - Bank of Baroda"
            )
        elif bank == "Union Bank of India":
            text = (
                f"Your NEFT of Rs {amt} to {to} dated {when(j.date, '%d/%m/%Y')} (UTR {utr}) has been "
                "returned by the beneficiary bank: account does not exist. Amount credited back to "
                f"A/c XX{tail4}. -Union Bank"
            )
        elif bank == "Punjab & Sind Bank":
            text = (
                f"Your IMPS of Rs.{amt} to {to} on {when(j.date, '%d.%m.%y')} is under process. Do not "
                f"reinitiate. Ref No {utr}. -PSB"
            )
        else:
            text = (
                f"A/c XX{tail4} debited Rs {amt} on {when(j.date, '%d-%m-%y')} to {to} by NEFT. Bal Rs {bal} "
                "-APEX BANK"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "YES BANK <alerts@yesbank.in>", ["Transaction alert", "Debit alert - IMPS"])
        p.part = "head"
        top(p, "YES BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"INR {amt} has been debited from your account XX{tail4} on {when(j.date, '%d-%b-%y')} towards "
            "IMPS to "
            f"{to}. IMPS Ref No {utr}.",
            **facts,
        )
        p.add("left", f"Available balance: INR {bal}")
        p.add("gap")
        p.add("left", "If you have not made this transaction, call 1800 1200 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "YES BANK Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "lock":
        p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([21, 22]))
        p.part = "body"
        p.add("gap")
        clock(p, hhmm(rng, twelve=False))
        p.add("gap")
        c = card_open(p)
        p.add("small", f"IPPB Mobile {sign(font, chr(0x2022), '*')} now")
        p.add(
            "left", f"Rs. {amt} debited from your IPPB a/c XX{tail4} by UPI to {to}. UPI Ref {utr}.", **facts
        )
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Messages {sign(font, chr(0x2022), '*')} 12m")
        p.add("left", "Jwngsar: Loom shed wiring done, please check")
        card_close(p, c)
        p.add("gap")
        p.add("gap")
        p.add("small", "Swipe up to unlock")
        return p.done()
    p = phone(rng, font, k, ["", "Notifications"], dark=False, buttons=())
    band(p, (0, 110, 150))
    app_head(p, "slice", "North East Small Finance Bank  |  Inbox")
    c = card_open(p)
    p.add("small", f"{when(j.date, '%d %b %Y')}, {hhmm(rng, lower=True)}")
    p.add("left", f"Rs.{amt} paid to {to} via UPI. UPI Ref {utr}. Not you? Call 080-4832-9999.", **facts)
    card_close(p, c)
    p.add("gap")
    notice(p, "Update your KYC before 31 March to keep UPI running without a break.", "info")
    return p.done()

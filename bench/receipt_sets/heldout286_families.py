"""The twelve heldout286 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kavad makers' workshop's year of 2026 in Bassi, Chittorgarh district,
Rajasthan (Shri Vishwakarma Kavad Kala Kendra, a partnership firm of the Jangid (Suthar) families of Bassi who
make the Kavad, the painted wooden shrine of many doors that the Kavadiya Bhats open panel by panel as they
tell the Ram katha, the Krishna lila and the stories of Mewar's heroes and saints, cut from ardu wood and
painted in hirmich red, ramraj yellow, green and indigo over khadiya's white; with the Bewans carried at Jal
Jhulni Ekadashi, Isar-Gangaur pairs, painted toys, Ganesh plaques and chaupar boxes; its workshop in Jangid
Mohalla, the Kavad Karkhana, where schools and visitors also learn the craft; its shop in Chittorgarh, Kavad
Ghar, with stall 57 at the Shilpgram Utsav at Udaipur; the web shop bassikavad.in, Amazon and buyers abroad),
told by the proofs of payment it receives (buyers' PhonePe, Amazon Pay, BHIM in Hindi, slice, CRED, POP and
Navi screens and Paytm for Business on Kavad Ghar's phone; Jawahar Kala Kendra through Rajasthan's Pay
Manager, Amazon's Seller Central, a Delhi crafts foundation's TallyPrime voucher, a Bengaluru studio's
Instagram message, a Udaipur hotel group through Oracle, a Jaipur architects' HDFC ENet payment returned, a
Chittorgarh museum through GeM and Hindustan Zinc through SBI's cash management; Bank of America, Crédit
Agricole, Lloyds, Rakuten Bank, PostFinance, Danske Bank, UOB and Emirates NBD; its own invoice, Shopify page,
Instamojo receipt, Shilpgram bill, Razorpay link, CCAvenue page, certificate and receipt) and those it makes
(a pansari for the earth colours, a hardware store, a Jaipur art store, a saw mill, GoDaddy, Industrybuying, a
transporter and a courier; OnlineSBI, bob World, Vyom, PSB UnIC, HDFC NetBanking, YES BANK, India Post
Payments Bank and a gramin bank's passbook; its artisans' and staff's wage slip, Paytm, Paybooks, WhatsApp, a
Saral PayPack salary slip, an apprentice's stipend receipt, Fi and a Deepawali bonus; e-GRAS, the Nagar
Parishad, e-Mitra, BharatKosh, EPFO, the Pollution Control Board, the West Zone Cultural Centre and the Gram
Panchayat; eight insurers; cards on its terminals and at a hotel, an art supplies shop, a restaurant, a sweet
shop and an emporium; AVVNL, JioFiber, PHED, Dish TV, BSNL, an Indane distributor, RailWire and a cable
operator; the banks' SMS, a Hindi SMS, a mail and a lock screen's notification). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the units' lines, salutations, Hindi and Mahajani lines (but a bank's SMS in Hindi, whose
figures and payee carry the facts, and a Hindi hand's sums, "cash received", "received by PhonePe" and "paid
by card"), items, counts, rates, taxable values, GST, TDS, fees, charges, tips, balances, gross sums, earnings
and deductions, periods, months, years, invoice, event and settlement days, a route's hours, account, policy,
proposal, licence, application, consumer, K, VC, STB, token, voucher, bilty, AWB, TRRN, UETR, bill and
employee numbers, PO and client references, IFSC, UPI IDs, GSTIN, chips, emblems, borders, bands, arches,
starbursts, seals, stamps, signatures, thumb boxes, QR codes, sawdust, a painter's thumb, a bench and a chat's
photo viewer carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page`` and ``paper_page`` heldout140's; ``right`` heldout152's; ``fits`` and ``place`` heldout123's;
``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``paper`` and
``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and
``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's;
heldout269's rows (``cols``, ``kv``, ``kvr``, ``zebra``, ``total``, ``ticks``, ``thumb``, ``qr``, ``seal``,
``sms_page``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``, ``lab``, ``fill``, ``hand``,
``tt``, ``revenue``, rounded cards), heldout273's (``pill``, ``hcells``, ``ledger``, ``avatar``, ``bubble``,
``cell_name``), heldout275's (``sig``, ``divider``, ``gutter``, ``tabs``), heldout277's ``split`` and
heldout279's ``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``day_in``, ``shift``,
``initials``, ``tail``, ``phone_no`` and ``two_up``, written in this set's pens and printers' faces.
``compose`` is heldout158's (as heldout269's to heldout285's), each page's rows drawn by heldout279's
``_render`` and then by this set's own ``_render`` in the lines it leaves for them: Hindi lines, an app's
fields with their labels in Hindi and English side by side, a receipt book's labels in Hindi with their
English after a slash and the values written by hand, a ruled table's label cells holding the Hindi over its
English, and a Hindi hand, in Noto Sans and Noto Serif Devanagari shaped by Raqm; Mahajani lines (the traders'
script of Mewar's bahis) in Noto Sans Mahajani; a Kavad as a letterhead's emblem; a Kavad's painted frame
round a page; a divider of jharokha arches; a band of leheriya; the outcome's mark on a starburst; a mail's
attachment chip; Instagram's bubbles; a SWIFT gpi tracker's stops; a bottom sheet over the dimmed app; sawdust
and shavings; a dog-eared corner; a painter's thumb in hirmich; and, after the frame, the workshop's bench or
a chat's photo viewer. The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random
import unicodedata

from PIL import Image, ImageDraw, ImageFilter

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
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import (
    bold_of,
    cols,
    kv,
    kvr,
    qr,
    seal,
    sms_page,
    thumb,
    ticks,
    total,
    zebra,
)
from bench.receipt_sets.heldout271_families import (
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
    hcells,
    ledger,
    pill,
)
from bench.receipt_sets.heldout275_families import (
    divider,
    gutter,
    room_of,
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
    shift,
    tail,
    two_up,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
DEV = "noto/NotoSansDevanagari-Regular.ttf"
DEV_BOLD = "noto/NotoSansDevanagari-Bold.ttf"
DEV_SERIF = "noto/NotoSerifDevanagari-Regular.ttf"
DEV_SERIF_BOLD = "noto/NotoSerifDevanagari-Bold.ttf"
# the script the Marwari and Mewari traders kept their bahis and hundis in
MAHAJANI = "noto/NotoSansMahajani-Regular.ttf"
# the upright Latin face a Hindi hand writes its figures and capitals in
HAND_LATIN = "liberation2/LiberationSerif-Regular.ttf"
# the hands that write on this set's papers: italics and obliques in another mix than heldout284's and
# heldout285's
PENS = [
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
]
INKS = [(22, 44, 130), (30, 30, 100), (40, 36, 44), (12, 66, 110), (92, 28, 40)]
# the faces a page's fixed-width lines are printed in (a bank's passbook printer, a counter's, a dot-matrix)
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
# a Kavad's colours as Bassi's painters mix them: hirmich (the red ground), the yellow of ramraj earth, a
# leaf green, an indigo, the black of the outlines and khadiya's white
HIRMICH = [(176, 42, 34), (164, 36, 30), (188, 54, 38), (150, 34, 30)]
RAMRAJ = [(236, 184, 40), (228, 172, 34), (240, 196, 66)]
PATTA = [(38, 118, 62), (30, 104, 70), (52, 128, 58)]
NEEL = (34, 62, 140)
KAJAL = (28, 22, 20)
KHADIYA = (250, 246, 236)
# leheriya's dyed waves: the stripes of a Rajasthani turban, in a few of its families of colour
LEHERIYA = [
    [(232, 72, 110), (250, 196, 60), (246, 140, 40)],
    [(38, 150, 96), (250, 214, 70), (232, 96, 60)],
    [(40, 110, 190), (248, 188, 60), (220, 60, 90)],
    [(214, 40, 60), (252, 220, 120), (40, 140, 120)],
]

# ---------------------------------------------------------------- the workshop

FIRM = "Shri Vishwakarma Kavad Kala Kendra"
FIRM_CAPS = FIRM.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "SHRI VISHWAKARMA KAVAD K"
FIRM_SHORT = "Vishwakarma Kavad Kendra"
FIRM_HI = "श्री विश्वकर्मा कावड़ कला केन्द्र"
GHAR = "Kavad Ghar"
GHAR_CAPS = GHAR.upper()
GHAR_HI = "कावड़ घर"
KARKHANA = "Kavad Karkhana"
KARKHANA_HI = "कावड़ कारखाना, बस्सी"
WEB = "bassikavad.in"
GSTIN = "08AAKFV4173M1ZP"
UDYAM = "UDYAM-RJ-09-0031487"
OFFICE = "Jangid Mohalla, Bassi, Dist. Chittorgarh - 312022 (Raj.)"
KARKHANA_AT = "Jangid Mohalla, Bassi - 312022"
GHAR_AT = "Rana Sanga Market, Chittorgarh - 312001"
STALL = "Stall 57, Shilpgram Utsav, Udaipur"
PARTNER = "Shri Ramnarayan Jangid"
# the Shilpgram Utsav of the West Zone Cultural Centre at Havala, Udaipur: 21 to 30 December 2026 (the
# Kendra's stall is number 57)
SHILPGRAM = dt.date(2026, 12, 21)
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Rajasthan Marudhara Gramin Bank": "RMGB",
    "Union Bank of India": "UBIN",
    "Punjab & Sind Bank": "PSIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "YES BANK": "YESB",
    "Kotak Mahindra Bank": "KKBK",
    "AU Small Finance Bank": "AUBL",
    "Punjab National Bank": "PUNB",
    "India Post Payments Bank": "IPOS",
}
# the Kendra's work: name, HSN, price each (low, high)
WORKS = [
    ("Kavad, 8 doors, Ram katha, 12 in", "4420", 3200, 5800),
    ("Kavad, 12 doors, Krishna lila, 18 in", "4420", 7500, 14000),
    ("Mini Kavad, 4 doors, 6 in", "4420", 900, 1600),
    ("Bewan (Jal Jhulni viman), 15 in", "4420", 2600, 4800),
    ("Isar-Gangaur pair, painted wood", "4420", 1800, 3400),
    ("Painted wooden toys, set of 5", "9503", 450, 900),
    ("Kavad key holder, 4 hooks", "4420", 350, 700),
    ("Ganesh plaque, painted wood, 8 in", "4420", 550, 1100),
    ("Chaupar box with its pieces", "9504", 1200, 2400),
    ("Painted photo frame, 8 x 10 in", "4414", 400, 850),
]
CUSTOMERS = [
    "Mrs. Ritu Agarwal",
    "Mr. Vikram Rathore",
    "Ms. Nandini Mehta",
    "Dr. Anil Sharma",
    "Mrs. Shalini Iyer",
    "Mr. Aditya Kulkarni",
    "Ms. Zoya Khan",
]
# the Kendra's artisans, the Jangid (Suthar) carpenters and painters of Bassi and their apprentices
ARTISANS = [
    "Kailash Jangid",
    "Mohan Lal Suthar",
    "Geeta Jangid",
    "Suresh Chandra Jangid",
    "Pushpa Devi",
    "Bhanwar Lal Jangid",
    "Rekha Suthar",
    "Prakash Jangid",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The Kendra's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 4) if lo < 1000 else 1 if lo > 3000 else rng.randrange(1, 3)
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 50))))
    return out


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


def gstin_of(rng: random.Random, state: str = "08", kind_: str = "P") -> str:
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
    return p.style.setdefault("h286", {"marks": {}, "decor": [], "groups": []})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


# ---------------------------------------------------------------- Hindi and Mahajani


def is_dev(ch: str) -> bool:
    return "\u0900" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff" or ch in "\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Devanagari and of other letters (a space stays with the run it follows)."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        t = is_dev(ch)
        if ch == " " and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


def dev_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return DEV_SERIF_BOLD if bold else DEV_SERIF
    return DEV_BOLD if bold else DEV


# Noto's Devanagari stands taller than a Latin face with its headline and its marks: set at this share
DEV_SCALE = 1.0


def hwidth(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    """The width of a line of Devanagari and Latin runs."""
    width = 0.0
    for t, part in runs(text):
        face = (
            load_font(dev_face(bold, serif), int(size * DEV_SCALE))
            if t
            else load_font(bold_of(latin) if bold else latin, size)
        )
        width += face.getlength(part)
    return width


def hok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for t, part in runs(text):
        face = dev_face(bold, serif) if t else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_hi(
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
    """A line of Devanagari and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for t, part in runs(text):
        face = load_font(dev_face(bold, serif), int(size * DEV_SCALE)) if t else lface
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def hline(
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
    """A line in Hindi (Rajasthan's language of papers: a name over its English, a heading, a sentence), its
    Latin runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert hok(text, p.font, bold=bold, serif=serif), text
    assert hwidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t86hi", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def hwrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Hindi sentence set left in as many lines as it needs within ``share`` of the room (the facts on its
    first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and hwidth(f"{line} {word}", p.font, size) > room:
            hline(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    hline(p, line, scale=scale, align="l", **(facts if first else {}))


def hstack(p: Screen, hindi: str, english: str, value: str, *, bold: bool = False, **facts) -> None:
    """An app's field: its label small in the label's ink, the Hindi and its English side by side with a dot
    between, and the value under it at the left; two lines high."""
    size = p.style["size"]
    label = f"{hindi}  \u00b7  {english}" if glyphs(p.font, "\u00b7") else f"{hindi}  |  {english}"
    vfont = bold_of(p.font) if bold else p.font
    assert hok(label, p.font) and glyphs(vfont, value), (label, value)
    assert hwidth(label, p.font, int(size * 0.78)) <= room_of(p), label
    assert load_font(vfont, size).getlength(value) <= room_of(p), value
    put(p, "t86hs", label, value, mark_=[bold], **facts)
    p.add("gap")


def hform(p: Screen, hindi: str, english: str, value: str, **facts) -> None:
    """A receipt book's printed label, its Hindi and its English after a slash, and the value written by hand
    on a dotted line after it."""
    pen = hand_pen(p)
    size = p.style["size"]
    label = f"{hindi} / {english}"
    assert hok(label, p.font) and glyphs(pen, value), (label, value)
    need = hwidth(label, p.font, int(size * 0.92)) + load_font(pen, int(size * 1.05)).getlength(value) + 40
    assert need <= room_of(p), (label, value, need)
    put(p, "t86hf", label, value, **facts)


def hcell(p: Screen, hindi: str, english: str, value: str, *, at: float = 0.42, **facts) -> None:
    """A row of a table ruled on every side: the label's cell holding the Hindi over its English in small
    letters, the value's cell beside it; two lines high."""
    size = p.style["size"]
    assert hok(hindi, p.font) and glyphs(p.font, english + value), (hindi, english, value)
    need = max(
        hwidth(hindi, p.font, int(size * 0.92)), load_font(p.font, int(size * 0.74)).getlength(english)
    )
    assert need + 14 <= at * room_of(p), (hindi, english)
    assert load_font(p.font, size).getlength(value) + 16 <= (1 - at) * room_of(p), value
    put(p, "t86hc", hindi, english, value, mark_=[at], **facts)
    p.add("gap")


def hhand(p: Screen, text: str, *, align: str = "l", scale: float = 1.15, figure: str = "", **facts) -> None:
    """A line written by hand in Hindi: Noto Serif Devanagari and an upright Latin face for its figures,
    slanted as a hand slants it, in the page's ink; ``figure`` written at the right end of the line (a sum in
    a bill's column)."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert hok(text + figure, HAND_LATIN, serif=True), text
    need = hwidth(text, HAND_LATIN, size, serif=True) + size * 0.4
    if figure:
        need += hwidth(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t86hh", text, figure, mark_=[align, scale], **facts)


def to_mahajani(text: str) -> str:
    """Hindi in Devanagari written again in Mahajani, the traders' script that writes its consonants and
    leaves most vowels out: each consonant and initial vowel by its name, vowel signs, the virama and the
    nasal marks dropped; श and ष as स, ड़ as ड़'s own letter; spaces kept; श्री as Mahajani's ligature."""
    text = text.replace("श्री", "\U00011176")
    out = []
    for ch in text:
        if ch in " \U00011176":
            out.append(ch)
            continue
        name = unicodedata.name(ch)
        assert name.startswith("DEVANAGARI "), (ch, name)
        kind_, _, rest = name[len("DEVANAGARI ") :].partition(" ")
        if kind_ in ("VOWEL", "SIGN", "DANDA"):
            continue
        rest = {
            "SHA": "SA",
            "SSA": "SA",
            "DDDHA": "RRA",
            "AA": "A",
            "II": "I",
            "UU": "U",
            "AI": "E",
            "AU": "O",
            "YA": "JA",
            "NGA": "NA",
            "LLA": "LA",
            "RHA": "RRA",
        }.get(rest, rest)
        out.append(unicodedata.lookup(f"MAHAJANI LETTER {rest}"))
    return "".join(out)


MJ_SCALE = 1.25


def mline(p: Screen, hindi: str, *, scale: float = 1.0, align: str = "c") -> None:
    """A line in Mahajani (a trader's invocation or his firm's name at the head of his bill, as Mewar's
    shopkeepers still write them), transliterated from ``hindi``; a line and a quarter high."""
    text = to_mahajani(hindi)
    size = int(p.style["size"] * scale * MJ_SCALE)
    assert glyphs(MAHAJANI, text.replace(" ", "")), hindi
    assert load_font(MAHAJANI, size).getlength(text) <= room_of(p), hindi
    put(p, "t86mj", text, mark_=[scale, align])
    if scale > 1.05:
        p.add("gap")


# ---------------------------------------------------------------- this set's rows and marks


def kavad(p: Screen) -> None:
    """A Kavad as a letterhead's emblem: the painted shrine standing on its base with its two front doors
    swung open, a figure under an arch on each door and on the inner panel, the crown over it and the outlines
    in black; centred, three lines high."""
    put(
        p,
        "t86kav",
        "",
        mark_=[list(p.rng.choice(HIRMICH)), list(p.rng.choice(RAMRAJ)), list(p.rng.choice(PATTA))],
    )
    p.add("gap")
    p.add("gap")


def jharokha(p: Screen) -> None:
    """A divider of jharokha arches across the page: a row of cusped arches in the page's ink standing on a
    rule, a dot of red at each arch's point; one line high."""
    put(p, "t86jh", "", mark_=[list(p.rng.choice(HIRMICH)), p.rng.choice([14, 16, 18])])


def leheriya(p: Screen) -> None:
    """A band of leheriya across the page (the diagonal waves of a tie-dyed Rajasthani turban in three
    colours), a letterhead's or an app's head; one line high."""
    put(p, "t86lh", "", mark_=[[list(c) for c in p.rng.choice(LEHERIYA)], p.rng.choice([7, 9])])


def kborder(p: Screen) -> None:
    """A Kavad's painted frame round the page: a hirmich band between ramraj rules, a chain of green leaves
    along it with white dots, and at each corner a little arched niche."""
    ext(p)["border"] = [list(p.rng.choice(HIRMICH)), list(p.rng.choice(RAMRAJ)), list(p.rng.choice(PATTA))]


def burst(p: Screen, status: str) -> None:
    """The outcome's mark on a starburst of its colour (a tick, a cross or an hourglass in a disc set on a
    pale many-pointed star); centred, three lines high."""
    put(p, "t86bur", "", mark_=[status, p.rng.choice([12, 14, 16]), p.rng.uniform(0, 0.4)])
    p.add("gap")
    p.add("gap")


def sheet(p: Screen) -> None:
    """The app's page from the top to here dimmed, and from the next row on a bottom sheet over it: its
    rounded top and its grab handle (the receipt opened over the screen that made it)."""
    p.add("gap")
    ext(p)["sheet"] = len(p.rows) - 1
    p.add("gap")


def attach(p: Screen, name: str, size_: str) -> None:
    """A mail's attachment: a rounded chip at the left with a red PDF page, the file's name and its size; a
    line and a half high."""
    face = load_font(p.font, int(p.style["size"] * 0.86))
    assert glyphs(p.font, name + size_) and face.getlength(f"{name}  {size_}") + 80 <= room_of(p), name
    p.add("gap")
    put(p, "t86att", name, size_)
    p.add("gap")


def igmsg(p: Screen, text: str, *, mine: bool = False, who: str = "", **facts) -> None:
    """An Instagram direct message: its lines in a rounded bubble (grey at the left for the sender's, in the
    app's violet at the right for the reader's own), the sender's round picture with its ringed edge by the
    last line; the facts on the first line."""
    face = load_font(p.font, int(p.style["size"] * 0.95))
    assert glyphs(p.font, text), text
    room = room_of(p) * 0.74
    lines, line = [], ""
    for word in text.split():
        if line and face.getlength(f"{line} {word}") > room:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    x = ext(p)
    if who:
        assert glyphs(bold_of(p.font), who), who
        x["ig_who"] = who
    g = len(x["groups"])
    x["groups"].append([len(p.rows), len(p.rows) + len(lines) - 1, mine])
    for n, text_ in enumerate(lines):
        put(p, "t86ig", text_, mark_=[g], **(facts if n == 0 else {}))
    p.add("gap")


def hop(p: Screen, title: str, note: str, state: str, *, last: bool = False, **facts) -> None:
    """A stop on a SWIFT gpi tracker's route down the page: a round node (a white tick on green where the bank
    has passed the payment on, a ring in amber where it is now, hollow grey where it has yet to come) joined
    to the next by a dotted line, the bank's name in bold and a note small under it at the right."""
    bold = bold_of(p.font)
    face = load_font(bold, p.style["size"])
    small = load_font(p.font, int(p.style["size"] * 0.76))
    assert glyphs(bold, title) and glyphs(p.font, note), (title, note)
    assert face.getlength(title) + 60 <= room_of(p) and small.getlength(note) + 60 <= room_of(p), title
    put(p, "t86hop", title, note, mark_=[state, last], **facts)
    p.add("gap")


def decor(p: Screen, what: str) -> None:
    """A mark on the page itself: "sawdust" (the workshop's shavings and sawdust fallen on the paper's edges),
    "dogear" (its lower right corner folded over) or "thumb" (a painter's thumb in hirmich red pressed on its
    foot)."""
    ext(p)["decor"].append([what, p.rng.randrange(10**6)])


def frame_(p: Screen, what: str, label: str = "", hour: str = "") -> None:
    """What the page is seen in: "bench" (photographed lying on the workshop's planked bench among wood
    shavings, a carpenter's pencil beside it) or "viewer" (a photo forwarded in a chat and opened full screen:
    black round it, a bar on top with the sender ``label`` and the hour ``hour`` it came)."""
    ext(p)["frame"] = [what, label, hour, p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _figure(
    draw: ImageDraw.ImageDraw, cx: float, base: float, hgt: float, body, skin=(236, 196, 150)
) -> None:
    """A Kavad's painted figure: a round head, a crown's point, a robe widening to the ground, outlined."""
    r = hgt * 0.16
    draw.polygon(
        [
            (cx - hgt * 0.26, base),
            (cx + hgt * 0.26, base),
            (cx + hgt * 0.12, base - hgt * 0.62),
            (cx - hgt * 0.12, base - hgt * 0.62),
        ],
        fill=body,
        outline=KAJAL,
    )
    hy = base - hgt * 0.62 - r
    draw.ellipse((cx - r, hy - r, cx + r, hy + r), fill=skin, outline=KAJAL)
    draw.polygon(
        [(cx - r * 0.8, hy - r * 0.6), (cx, hy - r * 2.1), (cx + r * 0.8, hy - r * 0.6)],
        fill=RAMRAJ[0],
        outline=KAJAL,
    )


def _arch(
    draw: ImageDraw.ImageDraw, x0: float, y0: float, x1: float, y1: float, colour, width: int = 1
) -> None:
    """A cusped arch in the box: its two sides rising from the foot, a pointed top of two arcs meeting at the
    box's top, a small lobe inside at each springing."""
    w = x1 - x0
    spring = y0 + (y1 - y0) * 0.45
    left, right_ = [(x0, y1), (x0, spring)], [(x1, y1), (x1, spring)]
    for k in range(1, 13):
        a = math.radians(60 * k / 12)
        py = spring - (spring - y0) * math.sin(a) / math.sin(math.radians(60))
        left.append((x1 - w * math.cos(a), py))
        right_.append((x0 + w * math.cos(a), py))
    draw.line(left, fill=colour, width=width)
    draw.line(right_, fill=colour, width=width)
    r = max(1.5, w * 0.1)
    draw.arc((x0 - r, spring - r, x0 + r, spring + r), 270, 90, fill=colour, width=width)
    draw.arc((x1 - r, spring - r, x1 + r, spring + r), 90, 270, fill=colour, width=width)


def _kavad(draw: ImageDraw.ImageDraw, cx: float, top_y: float, hgt: float, red, yellow, green) -> None:
    """The shrine: its base, its inner panel in hirmich with a figure under an arch, two doors swung open at
    its sides (each a slanted panel in yellow and green with a figure), its crown."""
    w = hgt * 0.62
    y0, y1 = top_y + hgt * 0.2, top_y + hgt * 0.9
    # the base
    draw.rectangle((cx - w * 0.62, y1, cx + w * 0.62, y1 + hgt * 0.08), fill=red, outline=KAJAL)
    draw.line((cx - w * 0.62, y1 + hgt * 0.04, cx + w * 0.62, y1 + hgt * 0.04), fill=yellow, width=1)
    # the inner panel
    draw.rectangle((cx - w / 2, y0, cx + w / 2, y1), fill=red, outline=KAJAL, width=2)
    draw.rectangle((cx - w / 2 + 3, y0 + 3, cx + w / 2 - 3, y1 - 3), outline=yellow, width=1)
    _arch(draw, cx - w * 0.3, y0 + 8, cx + w * 0.3, y1 - 4, KHADIYA)
    _figure(draw, cx, y1 - 6, (y1 - y0) * 0.62, NEEL)
    # the doors, open: a slanted panel at each side, hinged on the shrine's edge
    for side, colour in ((-1, yellow), (1, green)):
        ex = cx + side * w / 2
        fx = ex + side * w * 0.55
        pts = [(ex, y0), (fx, y0 + hgt * 0.06), (fx, y1 - hgt * 0.06), (ex, y1)]
        draw.polygon(pts, fill=colour, outline=KAJAL)
        draw.line((ex + side * 3, y0 + 6, fx - side * 3, y0 + hgt * 0.06 + 5), fill=red, width=2)
        _figure(draw, (ex + fx) / 2, y1 - hgt * 0.1, (y1 - y0) * 0.5, red)
        for k in range(3):
            yy = y0 + hgt * 0.1 + k * 4
            draw.ellipse(((ex + fx) / 2 - 1.5, yy - 1.5, (ex + fx) / 2 + 1.5, yy + 1.5), fill=KHADIYA)
    # the crown: a pointed roof with a finial
    draw.polygon([(cx - w * 0.58, y0), (cx, top_y + 2), (cx + w * 0.58, y0)], fill=yellow, outline=KAJAL)
    draw.line((cx - w * 0.3, y0 - 3, cx + w * 0.3, y0 - 3), fill=red, width=2)
    draw.ellipse((cx - 3, top_y - 3, cx + 3, top_y + 3), fill=red, outline=KAJAL)


def _leheriya(
    page: Image.Image, x0: float, y0: float, x1: float, y1: float, colours, step_: int, paper_
) -> None:
    """Diagonal waves of dye in turn across the box."""
    draw = ImageDraw.Draw(page)
    hgt = y1 - y0
    n = 0
    x = x0 - hgt
    while x < x1:
        c = tuple(colours[n % len(colours)])
        pts = []
        for k in range(9):
            t = k / 8
            pts.append((x + t * hgt + 2.2 * math.sin(t * math.pi * 2), y1 - t * hgt))
        pts += [(px + step_, py) for px, py in reversed(pts)]
        draw.polygon(pts, fill=c)
        x += step_
        n += 1
    # trim what spilled over the box's ends
    draw.rectangle((0, y0, x0 - 1, y1), fill=paper_)
    draw.rectangle((x1 + 1, y0, page.width, y1), fill=paper_)


def _border(draw: ImageDraw.ImageDraw, w: int, h: int, red, yellow, green) -> None:
    draw.rectangle((3, 3, w - 4, h - 4), outline=red, width=20)
    for d in (4, 21):
        draw.rectangle((d, d, w - 1 - d, h - 1 - d), outline=yellow, width=1)
    # a chain of leaves along the band's middle, a white dot between each pair
    for fixed in (13, h - 14):
        x = 40
        while x + 12 <= w - 40:
            draw.ellipse((x, fixed - 3, x + 10, fixed + 3), fill=green, outline=KAJAL)
            draw.ellipse((x + 11.5, fixed - 1.2, x + 14, fixed + 1.2), fill=KHADIYA)
            x += 16
    for fixed in (13, w - 14):
        y = 40
        while y + 12 <= h - 40:
            draw.ellipse((fixed - 3, y, fixed + 3, y + 10), fill=green, outline=KAJAL)
            draw.ellipse((fixed - 1.2, y + 11.5, fixed + 1.2, y + 14), fill=KHADIYA)
            y += 16
    for cx, cy in ((14, 14), (w - 15, 14), (14, h - 15), (w - 15, h - 15)):
        draw.rectangle((cx - 13, cy - 13, cx + 13, cy + 13), fill=yellow, outline=KAJAL)
        _arch(draw, cx - 8, cy - 10, cx + 8, cy + 10, red, 2)
        draw.ellipse((cx - 2, cy + 2, cx + 2, cy + 6), fill=red)


def _burst(
    draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, status: str, points: int, turn: float, paper_
) -> None:
    colour = TONE[status]
    pale = h269._tint(colour, paper_, 0.16)
    pts = []
    for k in range(points * 2):
        a = turn + math.pi * k / points
        rr = r * (1.0 if k % 2 == 0 else 0.8)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=pale)
    d = r * 0.56
    draw.ellipse((cx - d, cy - d, cx + d, cy + d), fill=colour)
    white = (255, 255, 255)
    k = d * 0.42
    if status == "success":
        draw.line(
            (cx - k, cy, cx - k * 0.25, cy + k * 0.8, cx + k * 1.1, cy - k * 0.8),
            fill=white,
            width=5,
            joint="curve",
        )
    elif status == "failed":
        draw.line((cx - k, cy - k, cx + k, cy + k), fill=white, width=5)
        draw.line((cx - k, cy + k, cx + k, cy - k), fill=white, width=5)
    else:
        # an hourglass: two triangles point to point, its frame's bars
        draw.line((cx - k, cy - k * 1.2, cx + k, cy - k * 1.2), fill=white, width=3)
        draw.line((cx - k, cy + k * 1.2, cx + k, cy + k * 1.2), fill=white, width=3)
        draw.polygon([(cx - k * 0.8, cy - k * 1.1), (cx + k * 0.8, cy - k * 1.1), (cx, cy)], fill=white)
        draw.polygon(
            [(cx - k * 0.5, cy + k * 1.1), (cx + k * 0.5, cy + k * 1.1), (cx, cy + k * 0.35)], fill=white
        )
        draw.line((cx - k * 0.8, cy + k * 1.1, cx, cy), fill=white, width=2)
        draw.line((cx + k * 0.8, cy + k * 1.1, cx, cy), fill=white, width=2)


def _pdf_icon(draw: ImageDraw.ImageDraw, x: float, y: float, s: float) -> None:
    red = (214, 48, 42)
    draw.polygon(
        [(x, y), (x + s * 0.62, y), (x + s * 0.8, y + s * 0.2), (x + s * 0.8, y + s), (x, y + s)],
        fill=(250, 250, 250),
        outline=(150, 150, 156),
    )
    draw.rectangle((x - 3, y + s * 0.5, x + s * 0.62, y + s * 0.8), fill=red)
    face = load_font("dejavu/DejaVuSans-Bold.ttf", max(8, int(s * 0.24)))
    draw.text((x + s * 0.3 - 1, y + s * 0.65), "PDF", font=face, fill=(255, 255, 255), anchor="mm")


def _shavings(draw: ImageDraw.ImageDraw, srng: random.Random, w: int, h: int, n: int, margin: int) -> None:
    """Curls of wood shaving and specks of sawdust, kept to the page's edges (``margin`` wide)."""
    woods = [(214, 170, 112), (200, 152, 96), (226, 188, 132), (186, 138, 84)]
    for _ in range(n):
        edge = srng.randrange(4)
        if edge == 0:
            x, y = srng.uniform(0, margin), srng.uniform(0, h)
        elif edge == 1:
            x, y = srng.uniform(w - margin, w), srng.uniform(0, h)
        elif edge == 2:
            x, y = srng.uniform(0, w), srng.uniform(h - margin * 0.7, h)
        else:
            x, y = srng.uniform(0, w), srng.uniform(0, margin * 0.5)
        c = srng.choice(woods)
        if srng.random() < 0.35:
            r = srng.uniform(4, 9)
            a0 = srng.uniform(0, 360)
            draw.arc((x - r, y - r, x + r, y + r), a0, a0 + srng.uniform(200, 320), fill=c, width=2)
            draw.arc((x - r * 0.6, y - r * 0.6, x + r * 0.6, y + r * 0.6), a0 + 40, a0 + 260, fill=c, width=2)
        else:
            s = srng.uniform(0.8, 2.2)
            draw.ellipse((x - s, y - s * 0.7, x + s, y + s * 0.7), fill=c)


def _thumb(page: Image.Image, seed: int) -> Image.Image:
    """A painter's thumb pressed in hirmich at the foot of the page: ridges in an oval, the paint thin at its
    edges."""
    srng = random.Random(seed)
    w, h = page.size
    cx, cy = w * srng.uniform(0.1, 0.2), h - srng.uniform(26, 40)
    layer = Image.new("L", page.size, 0)
    ld = ImageDraw.Draw(layer)
    for k in range(9):
        rx, ry = 14 - k * 1.4, 19 - k * 1.9
        if rx <= 1:
            break
        ld.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), outline=150 - k * 6, width=1)
    layer = layer.rotate(srng.uniform(-30, 30), center=(cx, cy)).filter(ImageFilter.GaussianBlur(0.6))
    red = Image.new("RGB", page.size, srng.choice(HIRMICH))
    return Image.composite(red, page, layer)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout279's ``_render`` (heldout277's, 275's, 273's, 271's, 269's and heldout14's beneath it), then
    this set's rows and marks: Hindi lines, fields, cells, receipt book labels and hand; Mahajani lines; a
    Kavad emblem, a jharokha divider, a leheriya band, a starburst outcome mark, a mail's attachment chip,
    Instagram bubbles, a gpi tracker's stops; a bottom sheet over the dimmed app, a Kavad's painted frame,
    sawdust, a dog-eared corner and a painter's thumb."""
    page = h279._render(rows, font, style)
    x = style.get("h286")
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
    dark = sum(paper_) < 300
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", (30, 40, 120)))
    marks = x["marks"]
    w, h = page.size
    kinds_ = {d[0]: d[1] for d in x["decor"]}
    # under the print: the leheriya bands and the Instagram bubbles
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        if r[0] == "t86lh":
            colours, step_ = marks[str(i)]
            y = tops[i]
            _leheriya(
                page,
                MARGIN - 8,
                y - lift + line * 0.16,
                width - MARGIN + 8,
                y - lift + line * 0.84,
                colours,
                step_,
                paper_,
            )
    draw = ImageDraw.Draw(page)
    for first, last, mine in x["groups"]:
        face = load_font(font, int(size * 0.95))
        widest = max(face.getlength(rows[i][1]) for i in range(first, last + 1))
        y0, y1 = tops[first] - lift - 6, tops[last] + line - lift + 6
        if mine:
            fill_ = (112, 74, 226) if not dark else (120, 84, 230)
            draw.rounded_rectangle(
                (width - MARGIN - widest - 28, y0, width - MARGIN, y1), radius=20, fill=fill_
            )
        else:
            fill_ = (239, 239, 241) if not dark else (38, 38, 42)
            bx = MARGIN + 40
            draw.rounded_rectangle((bx, y0, bx + widest + 28, y1), radius=20, fill=fill_)
            cy = y1 - 14
            for rr, c in ((14, (214, 41, 118)), (12, (250, 160, 60)), (10, (180, 190, 204))):
                draw.ellipse((MARGIN + 16 - rr, cy - rr, MARGIN + 16 + rr, cy + rr), fill=c)
            face_i = load_font(bold_of(font), 11)
            draw.text((MARGIN + 16, cy), x.get("ig_who", ""), font=face_i, fill=(255, 255, 255), anchor="mm")
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t86"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t86hi":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = hwidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_hi(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t86hs":
            (bold,) = m
            draw_hi(draw, (MARGIN, y - size * 0.02), r[1], font, int(size * 0.78), soft)
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text((MARGIN, y + line * 0.82), r[2], font=vface, fill=ink)
        elif name == "t86hf":
            s = int(size * 0.92)
            draw_hi(draw, (MARGIN, y + 1), r[1], font, s, ink)
            lx = MARGIN + hwidth(r[1], font, s) + 10
            vface = load_font(x1["pen"], int(size * 1.05))
            for xx in range(int(lx), int(width - MARGIN), 5):
                draw.point((xx, y + size * 1.02), fill=h269._tint(soft, paper_, 0.6))
            draw.text((lx + 8, y - size * 0.18), r[2], font=vface, fill=pen_ink)
        elif name == "t86hc":
            (at,) = m
            y0, y1 = top_y, top_y + 2 * line
            edge = h269._tint(soft, paper_, 0.55)
            cut_x = MARGIN + at * room
            draw.rectangle((MARGIN - 6, y0, cut_x, y1), fill=h269._tint(accent, paper_, 0.07))
            draw.rectangle((MARGIN - 6, y0, width - MARGIN + 6, y1), outline=edge, width=1)
            draw.line((cut_x, y0, cut_x, y1), fill=edge, width=1)
            draw_hi(draw, (MARGIN, y - size * 0.04), r[1], font, int(size * 0.92), ink)
            draw.text((MARGIN, y + line * 0.86), r[2], font=load_font(font, int(size * 0.74)), fill=soft)
            draw.text((cut_x + 10, y + line * 0.42), r[3], font=load_font(font, size), fill=ink)
        elif name == "t86hh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = hwidth(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                draw_hi(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.18, -0.18 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                colour = Image.new("RGB", layer.size, pen_ink)
                page.paste(colour, (int(tx), int(y - lh * 0.3)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t86mj":
            scale, align = m
            s = int(size * scale * MJ_SCALE)
            face = load_font(MAHAJANI, s)
            tw = face.getlength(r[1])
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw.text((tx, y - size * 0.2), r[1], font=face, fill=pen_ink if x1.get("pen") else ink)
        elif name == "t86kav":
            red, yellow, green = (tuple(c) for c in m)
            _kavad(draw, width / 2, top_y + 4, line * 2.7, red, yellow, green)
        elif name == "t86jh":
            red, n_ = m
            red = tuple(red)
            y0, y1 = top_y + line * 0.16, bot_y - line * 0.14
            step_ = room / n_
            for k in range(n_):
                ax = MARGIN + k * step_
                _arch(draw, ax + step_ * 0.16, y0, ax + step_ * 0.84, y1, ink)
                draw.ellipse((ax + step_ / 2 - 2, y0 - 2, ax + step_ / 2 + 2, y0 + 2), fill=red)
            draw.line((MARGIN - 6, y1, width - MARGIN + 6, y1), fill=ink, width=1)
            draw.line((MARGIN - 6, y1 + 3, width - MARGIN + 6, y1 + 3), fill=red, width=2)
        elif name == "t86bur":
            status, points, turn = m
            _burst(draw, width / 2, top_y + line * 1.5 + 2, line * 1.45, status, points, turn, paper_)
        elif name == "t86att":
            face = load_font(font, int(size * 0.86))
            small = load_font(font, int(size * 0.7))
            tw = max(face.getlength(r[1]), small.getlength(r[2]))
            y0, y1 = top_y - line * 0.2, top_y + line * 1.3
            draw.rounded_rectangle(
                (MARGIN, y0, MARGIN + tw + 74, y1),
                radius=10,
                outline=h269._tint(soft, paper_, 0.5),
                width=1,
                fill=h269._tint(soft, paper_, 0.06),
            )
            _pdf_icon(draw, MARGIN + 14, y0 + (y1 - y0) * 0.16, (y1 - y0) * 0.68)
            draw.text((MARGIN + 58, y0 + (y1 - y0) * 0.3), r[1], font=face, fill=ink, anchor="lm")
            draw.text((MARGIN + 58, y0 + (y1 - y0) * 0.72), r[2], font=small, fill=soft, anchor="lm")
        elif name == "t86ig":
            (g,) = m
            first, last, mine = x["groups"][g]
            face = load_font(font, int(size * 0.95))
            if mine:
                widest = max(face.getlength(rows[k][1]) for k in range(first, last + 1))
                draw.text((width - MARGIN - widest - 14, y), r[1], font=face, fill=(255, 255, 255))
            else:
                draw.text((MARGIN + 54, y), r[1], font=face, fill=ink)
        elif name == "t86hop":
            state, last = m
            nx, ny = MARGIN + 14, top_y + line * 0.5
            if not last:
                for yy in range(int(ny + 14), int(ny + 2 * line - 10), 6):
                    draw.line((nx, yy, nx, yy + 3), fill=h269._tint(soft, paper_, 0.6), width=2)
            if state == "done":
                draw.ellipse((nx - 11, ny - 11, nx + 11, ny + 11), fill=GREEN)
                draw.line((nx - 5, ny, nx - 1, ny + 4, nx + 6, ny - 4), fill=(255, 255, 255), width=3)
            elif state == "now":
                draw.ellipse((nx - 11, ny - 11, nx + 11, ny + 11), outline=AMBER, width=3)
                draw.ellipse((nx - 4, ny - 4, nx + 4, ny + 4), fill=AMBER)
            else:
                draw.ellipse(
                    (nx - 10, ny - 10, nx + 10, ny + 10), outline=h269._tint(soft, paper_, 0.6), width=2
                )
            draw.text((MARGIN + 40, y), r[1], font=load_font(bold_of(font), size), fill=ink)
            small = load_font(font, int(size * 0.76))
            draw.text((MARGIN + 40, y + line * 0.92), r[2], font=small, fill=soft)
    if x.get("border"):
        red, yellow, green = (tuple(c) for c in x["border"])
        _border(draw, w, h, red, yellow, green)
    if "sheet" in x:
        s_top = tops[x["sheet"]] - lift + line * 0.4
        mask = Image.new("L", page.size, 0)
        md = ImageDraw.Draw(mask)
        md.rectangle((0, 0, w, s_top + 30), fill=120)
        md.rounded_rectangle((0, s_top, w, h + 40), radius=26, fill=0)
        page = Image.composite(Image.new("RGB", page.size, (0, 0, 0)), page, mask)
        draw = ImageDraw.Draw(page)
        grey = h269._tint(soft, paper_, 0.5)
        draw.rounded_rectangle((w / 2 - 30, s_top + 10, w / 2 + 30, s_top + 15), radius=3, fill=grey)
    if "sawdust" in kinds_:
        _shavings(draw, random.Random(kinds_["sawdust"]), w, h, 70, MARGIN - 8)
    if "dogear" in kinds_:
        k = 46
        draw.polygon([(w - k, h), (w, h - k), (w, h)], fill=(120, 118, 112))
        back = tuple(max(0, c - 26) for c in paper_)
        draw.polygon(
            [(w - k, h), (w - k, h - k), (w, h - k)], fill=back, outline=tuple(max(0, c - 60) for c in paper_)
        )
    if "thumb" in kinds_:
        page = _thumb(page, kinds_["thumb"])
    return page


def _framed(image: Image.Image, f: list) -> Image.Image:
    """The page in what it is seen in: on the workshop's bench or in a chat's photo viewer."""
    what, label, hour, seed = f
    srng = random.Random(seed)
    w, h = image.size
    if what == "bench":
        pad = 56
        bw, bh = w + 2 * pad, h + 2 * pad
        bench = Image.new("RGB", (bw, bh), (150, 104, 60))
        bd = ImageDraw.Draw(bench)
        y = 0
        while y < bh:
            plank = srng.randrange(70, 120)
            tone = srng.choice([(156, 108, 62), (142, 96, 54), (166, 118, 70), (136, 92, 52)])
            bd.rectangle((0, y, bw, y + plank), fill=tone)
            for _ in range(14):
                gy = y + srng.uniform(4, plank - 4)
                dark = tuple(max(0, c - srng.randrange(12, 30)) for c in tone)
                pts = [(gx, gy + 2.5 * math.sin(gx / srng.uniform(40, 90))) for gx in range(0, bw + 20, 20)]
                bd.line(pts, fill=dark, width=1)
            bd.line((0, y + plank, bw, y + plank), fill=(84, 56, 32), width=2)
            y += plank
        shadow = Image.new("L", bench.size, 0)
        ImageDraw.Draw(shadow).rectangle((pad + 7, pad + 9, pad + w + 7, pad + h + 9), fill=130)
        shadow = shadow.filter(ImageFilter.GaussianBlur(7))
        bench = Image.composite(Image.new("RGB", bench.size, (60, 40, 24)), bench, shadow)
        angle = srng.uniform(-1.8, 1.8)
        leaf = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
        bench.paste(leaf, (pad - (leaf.width - w) // 2, pad - (leaf.height - h) // 2), leaf)
        bd = ImageDraw.Draw(bench)
        # a carpenter's flat pencil lying along the right edge
        px = bw - pad / 2
        bd.rectangle((px - 6, bh * 0.3, px + 6, bh * 0.72), fill=(200, 40, 40), outline=(90, 20, 20))
        bd.polygon([(px - 6, bh * 0.72), (px + 6, bh * 0.72), (px, bh * 0.76)], fill=(226, 196, 150))
        bd.polygon([(px - 2, bh * 0.745), (px + 2, bh * 0.745), (px, bh * 0.76)], fill=(40, 40, 40))
        _shavings(bd, srng, bw, bh, 160, pad - 6)
        return bench
    # a chat's photo viewer: black, its top bar with the sender and the hour, the photo fitted in the middle
    bar, foot, pad = 64, 56, 14
    base = Image.new("RGB", (w + 2 * pad, h + bar + foot + 2 * pad), (0, 0, 0))
    bd = ImageDraw.Draw(base)
    bd.rectangle((0, 0, base.width, bar), fill=(18, 20, 22))
    face = load_font("dejavu/DejaVuSans.ttf", 17)
    small = load_font("dejavu/DejaVuSans.ttf", 13)
    bd.line((18, bar / 2, 30, bar / 2 - 10), fill=(236, 236, 236), width=3)
    bd.line((18, bar / 2, 30, bar / 2 + 10), fill=(236, 236, 236), width=3)
    bd.line((18, bar / 2, 38, bar / 2), fill=(236, 236, 236), width=3)
    bd.text((54, bar / 2 - 10), label, font=face, fill=(240, 240, 240), anchor="lm")
    bd.text((54, bar / 2 + 12), hour, font=small, fill=(170, 172, 176), anchor="lm")
    for k in range(3):
        bd.ellipse(
            (base.width - 22, bar / 2 - 10 + k * 8, base.width - 18, bar / 2 - 6 + k * 8),
            fill=(230, 230, 230),
        )
    base.paste(image, (pad, bar + pad))
    fy_ = bar + 2 * pad + h
    bd.text((18, fy_ + foot / 2), "Reply", font=face, fill=(230, 230, 230), anchor="lm")
    bd.ellipse(
        (base.width - 48, fy_ + foot / 2 - 14, base.width - 20, fy_ + foot / 2 + 14),
        outline=(220, 220, 220),
        width=2,
    )
    bd.polygon(
        [
            (base.width - 40, fy_ + foot / 2 - 6),
            (base.width - 28, fy_ + foot / 2),
            (base.width - 40, fy_ + foot / 2 + 6),
        ],
        fill=(230, 230, 230),
    )
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout285's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, and the bench or the chat's photo viewer the page is seen in."""
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
    f = (style.get("h286") or {}).get("frame")
    if f:
        image = _framed(image, f)
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    for face in [
        DEV,
        DEV_BOLD,
        DEV_SERIF,
        DEV_SERIF_BOLD,
        MAHAJANI,
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
        "dejavu/DejaVuSans-Bold.ttf",
    ]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout286 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [GHAR_CAPS, GHAR, CUT, "KAVAD GHAR CHITTORGARH"]
VPAS = [
    "kavadghar@sbi",
    "kavadghar.cor@okaxis",
    "Q562041987@ybl",
    "vishwakarmakavad@barodampay",
    "paytmqr6k2m8xq4@paytm",
]
BUYERS = [
    ("Ritu Agarwal", "rituagarwal@okhdfcbank", "HDFC Bank"),
    ("Vikram Rathore", "vikramsr@oksbi", "State Bank of India"),
    ("Nandini Mehta", "nandini.m@ybl", "Bank of Baroda"),
    ("Anil Sharma", "anilsharma61@axl", "Axis Bank"),
    ("Shalini Iyer", "shaliniiyer@okicici", "ICICI Bank"),
    ("Aditya Kulkarni", "adityak@kotak", "Kotak Mahindra Bank"),
    ("Zoya Khan", "zoyak@ibl", "Punjab National Bank"),
    ("Harsh Vardhan Singh", "harshvs@okaxis", "AU Small Finance Bank"),
]
NOTES = [
    "Kavad for Dadi",
    "mini kavad x2",
    "Gangaur pair",
    "Bewan, Jal Jhulni",
    "toys for Aarav",
    "Ram katha kavad",
]
SHORT_BANK = {
    "HDFC Bank": "HDFC Bank",
    "State Bank of India": "SBI",
    "Bank of Baroda": "BoB",
    "Axis Bank": "Axis Bank",
    "ICICI Bank": "ICICI Bank",
    "Kotak Mahindra Bank": "Kotak",
    "Punjab National Bank": "PNB",
    "AU Small Finance Bank": "AU Bank",
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Kavad Ghar (the Kendra's shop at Chittorgarh) or the Kendra: PhonePe's Transaction
    Successful on its band with its hour and day ("Paid to", the payee and the sum on one row, its UPI ID;
    Transfer Details: Transaction ID, Debited from, UTR); Amazon Pay's sentence ("<sum> paid to <payee>", the
    day and hour; fields two to a row: Bank reference ID and Paid using, Amazon Pay txn ID and Note); BHIM in
    Hindi under a starburst's cross (भुगतान असफल over Payment failed, the sum, the bank's reason in Hindi,
    each field's label small in Hindi and English side by side over its value: प्राप्तकर्ता · To, यूपीआई
    संदर्भ संख्या · UPI Ref. No., दिनांक · Date, खाता · Account); slice's Payment successful under a
    starburst's tick ("sent to <payee>"; UPI transaction ID, slice txn ID, Paid from); CRED's dark payment in
    progress under a starburst's hourglass ("to <payee>"; UPI ref. no., initiated at, paying from); POP's
    receipt as a bottom sheet over its dimmed list of payees (Payment successful, the sum, "to <payee>", "Paid
    at <hour>"; UPI Ref No, POP txn ID, Paid via; no day); Navi's receipt shared as an image (the sum, "Paid
    to" over the payee, the day and hour; From, Note; no reference); Paytm for Business on Kavad Ghar's phone
    (the shop under the app, a Payment Received capsule, the sum, "from <buyer>"; fields two to a row: UPI Ref
    No. and Paid via, Order ID and Date & Time). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=400, high=36000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Transaction Successful"], dark=False, buttons=("Share", "Done"))
        band(p, (95, 37, 159))
        p.part = "head"
        p.add("title", "Transaction Successful", status=status)
        p.add(
            "small",
            f"{hhmm(rng, lower=rng.random() < 0.6)} on {when(j.date, rng.choice(['%d %b %Y', '{d} %b %Y']))}",
            date=j.date,
        )
        p.add("gap")
        p.add("gap")
        p.part = "body"
        p.add("left", "Paid to")
        name = pick(p, "left", [to, GHAR])
        p.pair(name, rs(j.amount), merchant=name, amount=j.amount)
        lab(p, vpa)
        p.add("rule")
        p.add("left", "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "Debited from")
        p.pair(f"XXXXXXXX{digits(rng, 4)}", rs(j.amount))
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref), method="UPI")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Powered by UPI  |  YES BANK")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share receipt",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        name = pick(p, "center", [to, GHAR])
        line_ = f"{rs(j.amount)} paid to {name}"
        if fits(p, "center", line_):
            p.add("center", line_, amount=j.amount, merchant=name)
        else:
            p.add("center", f"{rs(j.amount)} paid to", amount=j.amount)
            p.add("center", name, merchant=name)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        aid = f"P02-{digits(rng, 7)}-{digits(rng, 7)}"
        c = card_open(p)
        two_up(
            p,
            "ap1",
            ("Bank reference ID", j.ref),
            ("Paid using", f"{sb} XX{digits(rng, 4)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        two_up(p, "ap2", ("Amazon Pay txn ID", aid), ("Note", rng.choice(NOTES)), txn=(TXN_RANK, aid))
        card_close(p, c)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Try again",))
        band(p, (230, 112, 36))
        app_head(p, "BHIM", "UPI by NPCI")
        burst(p, status)
        hline(p, "भुगतान असफल", scale=1.1, bold=True)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        hwrap(p, "आपके बैंक ने यह भुगतान अस्वीकार कर दिया है। आपके खाते से राशि नहीं कटी है।", scale=0.82)
        p.add("gap")
        name = pick(p, "left", [to, GHAR])
        hstack(p, "प्राप्तकर्ता", "To", name, merchant=name)
        hstack(p, "यूपीआई संदर्भ संख्या", "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        hstack(p, "दिनांक", "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ", ", ")), date=j.date)
        hstack(p, "खाता", "Account", f"{sb} XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (110, 40, 180))
        app_head(p, "slice", "UPI")
        burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"sent to {to}", f"sent to {GHAR}"])[8:]
        p.add("center", f"sent to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " | ")), date=j.date)
        p.add("rule")
        sid = f"SLC{j.date:%y%m%d}{code(rng, 10, ALNUM)}"
        kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "slice txn ID", sid, txn=(TXN_RANK, sid))
        kvr(p, "Paid from", f"slice account {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("check status",))
        app_head(p, "CRED", "pay")
        burst(p, status)
        p.add("center", "payment in progress", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "your bank is yet to confirm. please don't pay again; we'll update you.")
        p.add("rule")
        kvr(p, "UPI ref. no.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "initiated at", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "paying from", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (250, 204, 40), ink=(24, 24, 24))
        app_head(p, "POP", "UPI payments")
        p.add("left", "Recent")
        for contact in rng.sample(["Chittor Milk Booth", "Rohit Bhai", "Sanwariya Tea Stall", "Mummy"], 3):
            p.add("left", contact)
        sheet(p)
        burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Paid at {hhmm(rng, lower=True)}")
        p.add("rule")
        pid = f"POP{digits(rng, 14)}"
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "POP txn ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "RuPay credit card on UPI", method="UPI")
        return p.done()
    if k == 6:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560, 580]))
        p.style["paper"] = rng.choice([(240, 248, 244), (244, 248, 252)])
        p.part = "head"
        p.add("title", "Navi")
        p.add("small", "UPI payment receipt")
        p.part = "body"
        burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, GHAR])
        p.add("center", name, merchant=name)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (" | ", ", ")), date=j.date)
        p.add("rule")
        kvr(p, "From", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        kvr(p, "Note", rng.choice(NOTES))
        p.add("gap")
        p.add("small", "Shared from the Navi app")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=("Share",))
    band(p, (0, 46, 110))
    app_head(p, "Paytm for Business", "Payments")
    name = pick(p, "center", [GHAR_CAPS, GHAR])
    p.add("center", name, merchant=name)
    p.add("small", GHAR_AT)
    p.add("gap")
    pill(p, "Payment Received", status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"from {who}")
    p.add("small", their)
    p.add("gap")
    oid = f"{j.date:%Y%m%d}{digits(rng, 9)}"
    two_up(p, "pb1", ("UPI Ref No.", j.ref), ("Paid via", "UPI"), txn=(UTR_RANK, j.ref), method="UPI")
    two_up(
        p,
        "pb2",
        ("Order ID", oid),
        ("Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        txn=(ORDER_RANK, oid),
        date=j.date,
    )
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its place, the frame
PAYERS = [
    ("Jawahar Kala Kendra", "Jawahar Lal Nehru Marg, Jaipur", "paymanager"),
    ("Amazon Seller Services", "Bengaluru", "amazon"),
    ("Kala Sampada Foundation", "C-14, Qutab Institutional Area, New Delhi - 110016", "tally"),
    ("Neel Kamal Studio", "Indiranagar, Bengaluru", "instagram"),
    ("Aravali Heritage Hotels Pvt. Ltd.", "Lake Palace Road, Udaipur - 313001", "oracle"),
    ("Studio Arth Architects", "C-Scheme, Jaipur", "enet"),
    ("Government Museum, Chittorgarh", "Fort, Chittorgarh", "gem"),
    ("Hindustan Zinc Limited", "Chanderiya Lead Zinc Smelter, Chittorgarh", "cmp"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Jawahar Kala Kendra through Rajasthan's Pay Manager, Amazon's Seller Central, a Delhi crafts
    foundation's TallyPrime voucher, a Bengaluru studio's Instagram message, a Udaipur hotel group's Oracle
    remittance advice, a Jaipur architects' HDFC ENet payment returned, a Chittorgarh museum's GeM order and
    Hindustan Zinc's payment through SBI's cash management, all paying the Kendra: Pay Manager's e-Payment
    Advice under its Hindi heading (DDO, Payee Name and Bank A/c beside their labels, a table ruled on every
    side Gross Amount | TDS (IT) 2% | TDS (GST) 2% | Net Amount, then Token No., Voucher No., e-Payment Date,
    UTR No., Status); Seller Central's Payments Dashboard (its tabs, the Seller, a card: Most recent payment,
    the sum, "Deposited on <day>", "to your bank account ending 1234 (bank transfer)"; the Settlement period
    under it; no reference); TallyPrime's Payment Voucher (No. beside Dated, Particulars | Amount on
    hairlines, Account, the party with its sum, Bank Transaction Details: NEFT, its number and day, Through,
    On Account of, Amount (in words), the total; Receiver's Signature and Authorised Signatory); an Instagram
    chat (the studio's name on top, "Today <hour>" over the bubbles, its message "We have paid Rs. x to
    <payee> by IMPS just now ... Ref ...", the Kendra's reply; no day); Oracle Fusion Payables' REMITTANCE
    ADVICE mailed (its sentence, Payment Number, Payment Date, Payment Method, Supplier, Supplier Site,
    Payment Amount, Bank Reference beside their labels, a table ruled on every side Invoice Number | Invoice
    Date | Amount Paid, a PDF's attachment chip); HDFC Bank ENet's transaction status REJECTED (shaded label
    cells: Transaction Ref No, Debit Account, Beneficiary Name, Beneficiary A/c, Amount, Payment Type, Value
    Date, Status, Reason); GeM's seller dashboard with the payment initiated and awaiting credit (a capsule;
    labels against a gutter: Order ID, Buyer, Seller, Bill ID, Amount, Payment mode, Payment Advice No.,
    Initiated on); SBI's CMP e-Advice mailed on behalf of its client (its sentence, a table ruled on every
    side: Beneficiary Name, Beneficiary Account, Amount (INR), Value Date, Payment Mode, UTR, Client
    Reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=9000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([FIRM, FIRM_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "paymanager":
        gross = float(rng.randrange(30000, 180000, 500))
        tds = round(gross * 0.02, 2)
        gtds = round(gross * 0.02, 2)
        j.amount = round(gross - tds - gtds, 2)
        p = browser_page(rng, font, "paymanager.rajasthan.gov.in/paymanager/ePaymentAdvice")
        p.part = "head"
        hline(p, "राजस्थान सरकार - वित्त (कोष एवं लेखा) विभाग", scale=0.9, bold=True)
        top(p, "Pay Manager")
        p.add("small", "Government of Rajasthan  |  Finance (Treasuries & Accounts) Department")
        p.add("rule")
        p.part = "body"
        hline(p, "ई-भुगतान सूचना / e-Payment Advice", scale=1.0, bold=True, align="l")
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        name = h273.cell_name(p, 0.68, [payee, CUT], scale=1.0)
        colkv(p, "pm", spec, "DDO", f"Director General, {payer}, Jaipur")
        colkv(p, "pm", spec, "Payee Name", name, merchant=name)
        colkv(p, "pm", spec, "Bank A/c", f"State Bank of India, Chittorgarh {tail(rng)}")
        p.add("gap")
        grid(
            p,
            "pmg",
            [(0.0, 0.25, "r"), (0.25, 0.5, "r"), (0.5, 0.75, "r"), (0.75, 1.0, "r")],
            ["Gross Amount", "TDS (IT) 2%", "TDS (GST) 2%", "Net Amount"],
            [([num(gross), num(tds), num(gtds), num(j.amount)], {"amount": j.amount})],
            tint=(236, 228, 210),
        )
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        colkv(p, "pm", spec, "Token No.", str(rng.randrange(1000, 9999)))
        colkv(p, "pm", spec, "Voucher No.", f"{rng.randrange(100, 999)}/{j.date:%m}")
        colkv(p, "pm", spec, "e-Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        colkv(p, "pm", spec, "UTR No.", utr, txn=(UTR_RANK, utr), method="netbanking")
        colkv(p, "pm", spec, "Status", "Paid - credited to the payee's account", status=status)
        p.add("small", "Kavads for the Lokrang festival's crafts bazaar. Treasury: Jaipur (Secretariat).")
        return p.done()
    if frame == "amazon":
        j.amount = rupees(rng, 9000, 90000, 0.0)
        p = browser_page(rng, font, "sellercentral.amazon.in/payments/dashboard/index.html")
        p.part = "head"
        top(p, "amazon seller central")
        p.add("small", "Payments  |  India marketplace  |  Amazon Karigar")
        p.add("rule")
        p.part = "body"
        tabs(p, ["Statement", "Transactions", "Disbursements", "Reports"], 0)
        p.add("gap")
        p.add("left", "Payments Dashboard")
        name = pick(p, "left", [f"Seller: {payee}", f"Seller: {FIRM_SHORT}"])[8:]
        p.add("left", f"Seller: {name}", merchant=name)
        p.add("gap")
        c = card_open(p)
        p.add("small", "Most recent payment")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add(
            "center",
            f"Deposited on {when(j.date, rng.choice(['%d %b %Y', '%b {d}, %Y']))}",
            date=j.date,
            status=status,
        )
        p.add("small", f"to your bank account ending {digits(rng, 4)} (bank transfer)", method="netbanking")
        card_close(p, c)
        p.add("gap")
        start = j.date - dt.timedelta(days=rng.randrange(9, 12))
        end = start + dt.timedelta(days=6)
        p.add("small", f"Settlement period: {when(start, '%d %b %Y')} - {when(end, '%d %b %Y')}")
        p.add("small", "Payments reach your bank 3 to 5 business days after the settlement period closes.")
        return p.done()
    if frame == "tally":
        j.amount = float(rng.randrange(12000, 90000, 500))
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, payer.upper())
        p.add("small", town)
        p.add("center", "Payment Voucher")
        p.part = "body"
        vno = str(rng.randrange(120, 990))
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "tv",
            spec,
            f"No. : {vno}",
            f"Dated : {when(j.date, '%d-%b-%y')}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        spec2 = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "tvh", spec2, "Particulars", "Amount", mode="line")
        cols(p, "tvr", spec2, "Account :", "")
        name = h273.cell_name(p, 0.66, [f"   {payee}", f"   {FIRM_SHORT}"], scale=1.0).strip()
        cols(p, "tvr", spec2, f"   {name}", num(j.amount), merchant=name, amount=j.amount)
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        cols(p, "tvs", spec2, "   Bank Transaction Details:", "")
        cols(
            p,
            "tvs",
            spec2,
            f"   NEFT  {utr}  {when(j.date, '%d-%b-%y')}",
            num(j.amount),
            txn=(UTR_RANK, utr),
            method="netbanking",
        )
        cols(p, "tvr", spec2, "Through :", "")
        cols(p, "tvr", spec2, "   HDFC Bank", "")
        cols(p, "tvr", spec2, "On Account of :", "")
        cols(
            p,
            "tvr",
            spec2,
            f"   {rng.choice(['Kavads', 'Bewans and Kavads'])} for the Nature Bazaar stall",
            "",
        )
        cols(p, "tvr", spec2, "Amount (in words) :", "")
        words = f"   INR {words_in_rupees(j.amount).replace('Rupees ', '')}"
        colkv(p, "tvw", [(0.0, 0.72, "l"), (0.72, 1.0, "r")], clip(words, 60), "")
        total(p, "", rs(j.amount), at=0.72, status=status)
        p.add("gap")
        p.add("gap")
        cols(p, "tvf", spec, "Receiver's Signature :", "Authorised Signatory")
        return p.done()
    if frame == "instagram":
        j.amount = float(rng.randrange(6000, 40000, 500))
        p = phone(rng, font, k, [""], dark=False, buttons=())
        app_head(p, "neelkamal.studio", "Neel Kamal Studio  |  Business chat")
        p.add("small", f"Today {hhmm(rng)}")
        p.add("gap")
        name = payee
        igmsg(
            p,
            f"Hi! We have paid Rs. {num(j.amount, 'indian', 0)} to {name} by IMPS just now for the two Ram "
            f"katha Kavads. Ref {j.ref}.",
            who="NK",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        igmsg(p, "Please confirm once it reaches you, and share the courier's tracking number.")
        igmsg(p, "Received, thank you! Both Kavads go by courier tomorrow.", mine=True)
        p.add("right", "Seen")
        return p.done()
    if frame == "oracle":
        j.amount = rupees(rng, 30000, 220000, 0.3)
        p = mail_page(
            rng,
            font,
            "Aravali Heritage Hotels AP <ap.remittance@aravaliheritage.com>",
            ["Remittance Advice", "Remittance Advice - payment released"],
        )
        p.part = "head"
        top(p, "ARAVALI HERITAGE HOTELS")
        p.add("small", f"{payer}  |  {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "REMITTANCE ADVICE")
        p.add(
            "left",
            "Please find below the details of the payment released to your bank account.",
            status=status,
        )
        p.add("gap")
        pno = str(rng.randrange(10040000, 10099999))
        utr = utr_for(rng, j, "ICICI Bank", "RTGS" if j.amount >= 200000 else "NEFT")
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        name = h273.cell_name(p, 0.66, [payee, CUT], scale=1.0)
        colkv(p, "or", spec, "Payment Number", pno, txn=(INVOICE_RANK, pno))
        colkv(p, "or", spec, "Payment Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]).upper(), date=j.date)
        colkv(p, "or", spec, "Payment Method", "Electronic - NEFT/RTGS", method="netbanking")
        colkv(p, "or", spec, "Supplier", name, merchant=name)
        colkv(p, "or", spec, "Supplier Site", "BASSI")
        colkv(p, "or", spec, "Payment Amount", f"INR {num(j.amount, 'western')}", amount=j.amount)
        colkv(p, "or", spec, "Bank Reference", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        parts = h277.split(rng, j.amount, rng.randrange(1, 4))
        grid(
            p,
            "org",
            [(0.0, 0.4, "l"), (0.4, 0.7, "l"), (0.7, 1.0, "r")],
            ["Invoice Number", "Invoice Date", "Amount Paid"],
            [
                (
                    [
                        f"VKK/{fy(j.date)}/{rng.randrange(20, 240):03d}",
                        when(earlier(rng, j, 12, 50), "%d-%b-%Y").upper(),
                        num(v, "western"),
                    ],
                    {},
                )
                for v in parts
            ],
            tint=(232, 230, 222),
        )
        attach(p, f"Remittance_{pno}.pdf", f"{rng.randrange(38, 96)} KB")
        p.add(
            "small", "Kavads for the guest rooms. Generated by Oracle Fusion Payables; please do not reply."
        )
        return p.done()
    if frame == "enet":
        j.amount = rupees(rng, 15000, 120000, 0.5)
        p = browser_page(rng, font, "enet.hdfcbank.com/corp/transaction/status")
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("small", f"ENet  |  Corporate Internet Banking  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction status")
        p.add("gap")
        tref = f"ENT{j.date:%y%m%d}{digits(rng, 7)}"
        name = h273.cell_name(p, 0.6, [payee, CUT], scale=1.0)
        kv(p, "Transaction Ref No", tref, at=0.36, txn=(BANK_RANK, tref))
        kv(p, "Debit Account", f"{digits(rng, 4)}XXXXXX{digits(rng, 4)}", at=0.36)
        kv(p, "Beneficiary Name", name, at=0.36, merchant=name)
        kv(p, "Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)} (SBI)", at=0.36)
        kv(p, "Amount", f"INR {num(j.amount, 'indian')}", at=0.36, amount=j.amount)
        kv(p, "Payment Type", "NEFT", at=0.36, method="netbanking")
        kv(p, "Value Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.36, date=j.date)
        kv(p, "Status", "REJECTED", at=0.36, status=status)
        kv(p, "Reason", "Returned by beneficiary bank: name mismatch", at=0.36)
        p.add(
            "small",
            "The amount is credited back to the debit account. Correct the beneficiary and pay again.",
        )
        return p.done()
    if frame == "gem":
        j.amount = rupees(rng, 20000, 160000, 0.4)
        p = browser_page(rng, font, "admin-mkp.gem.gov.in/seller/orders/payments")
        p.part = "head"
        top(p, "GeM")
        p.add("small", "Government e Marketplace  |  Seller dashboard  |  Payments")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment initiated - awaiting credit", status, align="l")
        p.add(
            "small",
            "The buyer has released the payment through PFMS; your bank will credit it within 2 working days.",
        )
        p.add("gap")
        oid = f"GEMC-5116877{digits(rng, 8)}"
        padv = f"PA{j.date:%y}{digits(rng, 9)}"
        name = h273.cell_name(p, 0.6, [payee, CUT], scale=1.0)
        for label, value, facts in [
            ("Order ID", oid, {"txn": (ORDER_RANK, oid)}),
            ("Buyer", f"{payer} (Archaeology & Museums)", {}),
            ("Seller", name, {"merchant": name}),
            ("Bill ID", f"BILL-{digits(rng, 7)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", "PFMS (e-payment to bank)", {"method": "netbanking"}),
            ("Payment Advice No.", padv, {"txn": (TXN_RANK, padv)}),
            ("Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), {"date": j.date}),
        ]:
            gutter(p, "gm", label, value, at=0.36, **facts)
        return p.done()
    j.amount = float(rng.randrange(40000, 240000, 1000))
    p = mail_page(
        rng,
        font,
        "SBI CMP e-Advice <cmp.eadvice@sbi.co.in>",
        ["Payment advice on behalf of Hindustan Zinc Limited", "e-Advice: credit to your account"],
    )
    p.part = "head"
    top(p, "State Bank of India")
    p.add("small", "Cash Management Product  |  e-Advice")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir / Madam,")
    p.add(
        "left",
        f"On behalf of our client {payer}, {town}, we have credited the amount below to your account.",
        status=status,
    )
    p.add("gap")
    utr = utr_for(rng, j, "State Bank of India", "RTGS" if j.amount >= 200000 else "NEFT")
    name = h273.cell_name(p, 0.6, [payee, CUT], scale=1.0)
    grid(
        p,
        "cm",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        None,
        [
            (["Beneficiary Name", name], {"merchant": name}),
            (["Beneficiary Account", f"XXXXXXX{digits(rng, 4)}"], {}),
            (["Amount (INR)", num(j.amount)], {"amount": j.amount}),
            (["Value Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
            (["Payment Mode", "RTGS" if j.amount >= 200000 else "NEFT"], {"method": "netbanking"}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Client Reference", f"HZL/CSR/{j.date.year}/{rng.randrange(100, 999)}"], {}),
        ],
        tint=(226, 236, 248),
    )
    p.add("gap")
    p.add(
        "small",
        "Kavads for the smelter's guest house. State Bank of India never asks for your password or OTP.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Folk & Fable Toys LLC", "Santa Fe, New Mexico, USA", "USD", 300, 4000, "boa"),
    ("Atelier Provencal SARL", "Aix-en-Provence, France", "EUR", 400, 5000, "credit_agricole"),
    ("The Story Box Ltd", "Brighton, United Kingdom", "GBP", 300, 3500, "lloyds"),
    ("Mingei Kobo K.K.", "Kyoto, Japan", "JPY", 60000, 600000, "rakuten"),
    ("Weltladen Zurich GmbH", "Zurich, Switzerland", "CHF", 300, 4000, "postfinance"),
    ("Fortaelling ApS", "Aarhus, Denmark", "DKK", 3000, 30000, "danske"),
    ("Little India Arts Pte Ltd", "Singapore", "SGD", 400, 5000, "uob"),
    ("Al Barsha Home Decor LLC", "Dubai, United Arab Emirates", "AED", 1500, 15000, "enbd"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars and pounds with their sign or code, euros the French
    way (2 350,00 EUR or 2 350,00 €), the yen whole (¥428,000 or JPY 428,000), Swiss francs with an apostrophe
    between the thousands (CHF 1'260.50), Danish kroner the Danish way (DKK 23.450,00), Singapore dollars as
    S$ or SGD, dirhams as AED; English grouping elsewhere."""
    if cur == "EUR":
        mark = rng.choice([" " + sign(font, "\u20ac", "EUR"), " EUR"])
        return lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",") + mark
    if cur == "DKK":
        return lambda v: "DKK " + f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    if cur == "CHF":
        return lambda v: f"CHF {v:,.2f}".replace(",", "'")
    if cur == "JPY":
        mark = rng.choice([sign(font, "\u00a5", "JPY "), "JPY "])
        return lambda v: f"{mark}{v:,.0f}"
    form = rng.choice(
        {
            "USD": ["${v}", "USD {v}", "US${v}"],
            "GBP": [sign(font, "\u00a3", "GBP ") + "{v}", "GBP {v}"],
            "SGD": ["S${v}", "SGD {v}"],
            "AED": ["AED {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Santa Fe toy shop, an Aix-en-Provence atelier, a Brighton shop, a Kyoto folk crafts house, a Zurich
    world shop, an Aarhus storytellers' shop, a Singapore arts shop and a Dubai home decor firm paying for
    Kavads, Bewans and painted toys: Bank of America's wire sent in US dollars (its sentence; fields two to a
    row: Confirmation number and Send date, Recipient and Recipient's bank, Amount and Fee, Type and Purpose);
    Crédit Agricole's AVIS D'OPÉRATION in French for a virement international émis in euros the French way
    (Aix-en-Provence, le <later day>, the remitter; Bénéficiaire, Banque du bénéficiaire, Montant, Date
    d'exécution, Référence de l'opération, Frais, Motif in dot leaders); Lloyds Bank's international payment
    still being checked in pounds (a Payment in progress capsule, the sum, "to <beneficiary>", each field's
    label small over its value: Date, Your reference, Lloyds payment ID, Type); Rakuten Bank's overseas
    remittance completed in yen (a table ruled on every side: Remittance No., Remittance date 2026/03/27,
    Remittance amount, Beneficiary, Beneficiary bank, Charges, Purpose); PostFinance's payment rejected in
    Swiss francs, each label in German with its English after a slash on hairline rows (Zahlung abgelehnt /
    Payment rejected; Begünstigter / Beneficiary, Betrag / Amount, Ausführungsdatum / Date, Referenz /
    Reference, Art / Type, Grund / Reason); Danske Bank's SWIFT gpi tracker in Danish kroner (the payment's
    stops down the page: Danske Bank, the correspondent, SBI's Mumbai branch, SBI Chittorgarh credited to the
    beneficiary; UETR, Amount, Beneficiary, Value date; no reference); UOB Infinity's telegraphic transfer
    successful in Singapore dollars ("Today <hour>"; UOB reference, Beneficiary bank, Charges, Purpose; no
    day); Emirates NBD's mail of a telegraphic transfer processed in dirhams (its sentence, a striped table:
    Reference, Beneficiary, Beneficiary bank, Amount, Charges, Transfer date, Mode). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif cur in ("DKK",) or rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([FIRM, FIRM_CAPS])
    inv = f"VKK/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    if frame == "boa":
        p = browser_page(rng, font, "secure.bankofamerica.com/business/wires/confirmation")
        p.part = "head"
        top(p, "Bank of America")
        p.add("small", f"Business Advantage  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your wire transfer has been sent.", status=status)
        p.add("small", "International wires usually arrive in 1 to 2 business days.")
        p.add("gap")
        ref = f"{j.date:%y%m%d}{code(rng, 6, ALNUM)}"
        name = h273.cell_name(p, 0.48, [me, CUT], scale=1.0)
        two_up(
            p,
            "bo1",
            ("Confirmation number", ref),
            ("Send date", when(j.date, "%b {d}, %Y")),
            txn=(BANK_RANK, ref),
            date=j.date,
        )
        two_up(p, "bo2", ("Recipient", name), ("Recipient's bank", "State Bank of India"), merchant=name)
        two_up(p, "bo3", ("Amount", show(j.amount)), ("Fee", show(45.0)), amount=j.amount, cur=cur)
        two_up(
            p,
            "bo4",
            ("Type", "International wire (SWIFT)"),
            ("Purpose", "Goods - handicrafts"),
            method="netbanking",
        )
        p.add("gap")
        p.add("small", f"SWIFT/BIC SBININBB347  |  Invoice {inv}")
        return p.done()
    if frame == "credit_agricole":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "Crédit Agricole" if glyphs(p.font, "é") else "Credit Agricole")
        p.add("small", "Alpes Provence  |  Agence d'Aix-en-Provence Mirabeau")
        p.add("rule")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(1, 4))
        p.add("right", f"Aix-en-Provence, le {later.day:02d}/{later.month:02d}/{later.year}")
        p.add("left", payer.upper())
        p.add("left", "12 cours Mirabeau, 13100 Aix-en-Provence")
        p.add("gap")
        head = "AVIS D'OPÉRATION" if glyphs(p.font, "É") else "AVIS D'OPERATION"
        p.add("center", head)
        p.add(
            "left",
            "Virement international émis" if glyphs(p.font, "é") else "Virement international emis",
            status=status,
        )
        p.add("gap")
        ref = f"VI{j.date:%y%m%d}{digits(rng, 7)}"
        name = me if fits(p, "left", f"Bénéficiaire ........ {me}") else CUT
        for label, value, facts in [
            ("Bénéficiaire", name, {"merchant": name}),
            ("Banque du bénéficiaire", "State Bank of India, Chittorgarh", {}),
            ("Montant", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Date d'exécution", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("Référence de l'opération", ref, {"txn": (BANK_RANK, ref)}),
            ("Frais", "partagés (SHA)", {"method": "netbanking"}),
            ("Motif", clip(f"Facture {inv}", 28), {}),
        ]:
            if not glyphs(p.font, label + value):
                label, value = unicodedata.normalize("NFKD", label), unicodedata.normalize("NFKD", value)
                label = "".join(c for c in label if not unicodedata.combining(c))
                value = "".join(c for c in value if not unicodedata.combining(c))
            dots(p, label, value, at=0.44, **facts)
        p.add("gap")
        p.add(
            "small",
            "Nous vous prions d'agréer nos salutations distinguées."
            if glyphs(p.font, "é")
            else "Nous vous prions d'agreer nos salutations distinguees.",
        )
        return p.done()
    if frame == "lloyds":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 106, 77))
        app_head(p, "Lloyds Bank", "International payment")
        pill(p, "Payment in progress", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "We're checking this payment. It can take up to 24 hours; we'll let you know.")
        p.add("rule")
        ref = f"LBG{digits(rng, 10)}"
        for label, value, facts in [
            ("Date", day_in(j, rng, ["{d} %B %Y", "%d %b %Y"]), {"date": j.date}),
            ("Your reference", clip(f"INV {inv}", 24), {}),
            ("Lloyds payment ID", ref, {"txn": (BANK_RANK, ref)}),
            ("Type", "International payment (SWIFT)", {"method": "netbanking"}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "rakuten":
        p = browser_page(rng, font, "fes.rakuten-bank.co.jp/MS/main/gns?COMMAND=REMIT_RESULT")
        p.part = "head"
        top(p, "Rakuten Bank")
        p.add("small", f"Overseas remittance  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your overseas remittance has been completed.", status=status)
        p.add("gap")
        ref = f"RB{j.date:%y%m%d}{digits(rng, 6)}"
        name = h273.cell_name(p, 0.6, [me, CUT], scale=1.0)
        grid(
            p,
            "rk",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Remittance No.", ref], {"txn": (BANK_RANK, ref)}),
                (["Remittance date", when(j.date, "%Y/%m/%d")], {"date": j.date}),
                (["Remittance amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary bank", "State Bank of India, Chittorgarh"], {}),
                (["Charges", "Remitter pays (OUR)"], {"method": "netbanking"}),
                (["Purpose", "Import of handicrafts"], {}),
            ],
            tint=(246, 226, 226),
        )
        p.add("small", "Please keep this page for your records.")
        return p.done()
    if frame == "postfinance":
        p = browser_page(rng, font, "www.postfinance.ch/ef/secure/payments/status")
        p.part = "head"
        top(p, "PostFinance")
        p.add("small", f"E-Finance  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Zahlung abgelehnt / Payment rejected", status=status)
        p.add(
            "small", "Die Empfängerbank hat die Zahlung zurückgewiesen. / The beneficiary's bank returned it."
        )
        p.add("gap")
        ref = f"PF{digits(rng, 12)}"
        name = h273.cell_name(p, 0.58, [me, CUT], scale=1.0)
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        for label, value, facts in [
            ("Begünstigter / Beneficiary", name, {"merchant": name}),
            ("Betrag / Amount", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Ausführungsdatum / Date", when(j.date, "%d.%m.%Y"), {"date": j.date}),
            ("Referenz / Reference", ref, {"txn": (BANK_RANK, ref)}),
            ("Art / Type", "Auslandzahlung (SWIFT)", {"method": "netbanking"}),
            ("Grund / Reason", "Kontonummer ungültig", {}),
        ]:
            cols(p, "pf", spec, label, value, mode="line", **facts)
        return p.done()
    if frame == "danske":
        p = browser_page(rng, font, "netbank.danskebank.dk/business/payments/gpi-tracker")
        p.part = "head"
        top(p, "Danske Bank")
        p.add("small", f"District  |  Track payment (SWIFT gpi)  |  {payer}")
        p.add("rule")
        p.part = "body"
        name = h273.cell_name(p, 0.64, [me, CUT], scale=1.0)
        uetr = f"{code(rng, 8, HEXL)}-{code(rng, 4, HEXL)}-4{code(rng, 3, HEXL)}-{code(rng, 4, HEXL)}-{code(rng, 12, HEXL)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        colkv(p, "dk", spec, "UETR", uetr)
        colkv(p, "dk", spec, "Amount", show(j.amount), amount=j.amount, cur=cur)
        colkv(p, "dk", spec, "Beneficiary", name, merchant=name)
        colkv(p, "dk", spec, "Value date", when(j.date, "%d.%m.%Y"), date=j.date, method="netbanking")
        p.add("gap")
        h0 = rng.randrange(8, 12)
        hop(p, "Danske Bank, Copenhagen", f"Sent {h0:02d}:{rng.randrange(60):02d} CET", "done")
        hop(p, "Citibank N.A., New York", "Passed on to the next bank", "done")
        hop(p, "State Bank of India, Mumbai", "Passed on to the next bank", "done")
        hop(
            p,
            "State Bank of India, Chittorgarh",
            "Credited to the beneficiary's account",
            "done",
            last=True,
            status=status,
        )
        return p.done()
    if frame == "uob":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (0, 48, 135))
        app_head(p, "UOB Infinity", "Telegraphic Transfer")
        burst(p, status)
        p.add("center", "Transfer successful", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today {hhmm(rng, twelve=False)} SGT")
        p.add("rule")
        ref = f"UOB{digits(rng, 11)}"
        kvr(p, "UOB reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Beneficiary bank", "SBI, Chittorgarh")
        kvr(p, "Charges", "Shared (SHA)", method="netbanking")
        kvr(p, "Purpose", "Trade - goods")
        return p.done()
    p = mail_page(
        rng, font, "Emirates NBD <noreply@emiratesnbd.com>", ["Your Telegraphic Transfer has been processed"]
    )
    p.part = "head"
    top(p, "Emirates NBD")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {payer},")
    p.add(
        "left", "Your Telegraphic Transfer request has been processed. The details are below.", status=status
    )
    p.add("gap")
    ref = f"TT{j.date:%y%m%d}{digits(rng, 7)}"
    name = h273.cell_name(p, 0.6, [me, CUT], scale=1.0)
    zebra(
        p,
        "en",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Transfer details", ""],
        [
            (["Reference", ref], {"txn": (BANK_RANK, ref)}),
            (["Beneficiary", name], {"merchant": name}),
            (["Beneficiary bank", "State Bank of India, India"], {}),
            (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
            (["Charges", show(float(rng.choice([26.25, 52.5, 78.75])))], {}),
            (["Transfer date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
            (["Mode", "Telegraphic Transfer (SWIFT)"], {"method": "netbanking"}),
        ],
        (170, 20, 40),
    )
    p.add("gap")
    p.add("small", "Emirates NBD Bank (P.J.S.C.). This is an automated message; please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 4. the Kendra's own papers


SCHOOLS = [
    ("Mayo College Girls' School", "Ajmer"),
    ("Vidya Bhawan Senior Secondary School", "Udaipur"),
    ("Maharani Gayatri Devi Girls' School", "Jaipur"),
    ("The Scindia School", "Gwalior"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra's own papers, each its shop or itself on top: Kavad Ghar's TAX INVOICE under its Hindi name
    and a leheriya band (Invoice No. beside Date, Buyer and its state, a table ruled on every side S.No. |
    Particulars | HSN | Qty | Rate | Amount with CGST 2.5% and SGST 2.5%, Total; "Received Rs. x by UPI, Ref
    ..."; a Hindi welcome); the web shop's Shopify order status page (Order #n, "Thank you, <name>!", a
    Payment pending capsule, "Order placed: <day>", its lines, Subtotal, Shipping, Total, Payment method);
    Instamojo's payment receipt mailed to a workshop's learner (Payment successful, "Paid to <Kendra>",
    Purpose, Amount, Payment ID, Paid on, Payment method, each label small over its value); the Shilpgram
    stall's BILL written by hand in Hindi (its Mahajani श्री and Hindi name over KAVAD GHAR, Date and Name
    written in, the pieces and their sums in a Hindi hand, योग (total), "नकद प्राप्त" (cash received); no
    number, no reference); Razorpay's payment link receipt (a Payment successful capsule, the Kendra on top,
    Payment for, Amount paid, Razorpay Payment ID, Paid on, Method in dot leaders); CCAvenue's Transaction
    Failed page under a starburst's cross ("Merchant: <shop>"; shaded label cells: Order No., Tracking ID,
    Amount, Payment Mode, Date & Time, Status Message); a CERTIFICATE OF AUTHENTICITY cum receipt in a Kavad's
    painted frame under a Kavad and the Kendra's Hindi name (its sentence of the Kavad's making, "Price
    received in full: Rs. x/- by UPI, Ref ..."; no day); the Kendra's RECEIPT on its letterhead under a
    jharokha divider (No. beside Date, "Received with thanks from <school> the sum of Rupees ... (Rs. x/-) by
    NEFT, UTR ..., on <day>, towards a Kavad making workshop ..."). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=800, high=42000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hline(p, GHAR_HI, scale=1.25, bold=True)
        name = pick(p, "title", [GHAR_CAPS, GHAR])
        top(p, name, merchant=name)
        p.add("small", GHAR_AT)
        p.add("small", f"GSTIN {GSTIN}  |  a unit of {FIRM}")
        leheriya(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"KG/{fy(j.date)}/{rng.randrange(100, 999):04d}"
        cols(
            p,
            "ti",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Buyer: {who}  |  State: 08-Rajasthan")
        items = works(rng, rng.randrange(2, 4), high=6000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "tig",
            [
                (0.0, 0.07, "c"),
                (0.07, 0.54, "l"),
                (0.54, 0.66, "c"),
                (0.66, 0.73, "c"),
                (0.73, 0.86, "r"),
                (0.86, 1.0, "r"),
            ],
            ["S.No.", "Particulars", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), t, hsn, str(q), num(pr, "plain", 0), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "CGST 2.5%", "", "", "", num(gst)], {}), (["", "SGST 2.5%", "", "", "", num(gst)], {})],
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(250, 226, 200),
        )
        p.add("gap")
        p.add(
            "left",
            f"Received {rs(j.amount)} by UPI, Ref {j.ref}. Thank you.",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("gap")
        hline(p, "पधारो म्हारे देस! Every Kavad is made and painted by hand at Bassi.", scale=0.85, soft=True)
        return p.done()
    if k == 1:
        order = str(rng.randrange(1001, 1999))
        p = browser_page(rng, font, f"{WEB}/account/orders/{code(rng, 20, HEXL)}")
        p.part = "head"
        name = GHAR
        top(p, name, merchant=name)
        p.add("small", f"{WEB}  |  Kavads and painted toys from Bassi")
        p.add("rule")
        p.part = "body"
        p.add("small", f"Order #{order}", txn=(ORDER_RANK, order))
        p.add("left", f"Thank you, {who.split(' ', 1)[1].split()[0]}!")
        pill(p, "Payment pending", status, align="l")
        p.add("small", "Your order is confirmed. We are waiting for Razorpay to confirm your UPI payment.")
        p.add("left", f"Order placed: {when(j.date, rng.choice(['{d} %B %Y', '%B {d}, %Y']))}", date=j.date)
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=5200)
        ship = float(rng.choice([0, 150, 250]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.68, "l"), (0.68, 1.0, "r")]
        for text, _, q, pr in items:
            cols(p, "sh", spec, f"{clip(text, 40)} x {q}", rs(q * pr), mode="line")
        cols(p, "sh", spec, "Subtotal", rs(sub), mode="line")
        cols(p, "sh", spec, "Shipping", rs(ship) if ship else "Free", mode="line")
        cols(p, "sht", spec, "Total", rs(j.amount), mode="line", amount=j.amount)
        cols(p, "sh", spec, "Payment method", "Razorpay (UPI)", mode="line", method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([2500, 3000, 3500, 4200]))
        p = mail_page(
            rng,
            font,
            "Instamojo <receipts@instamojo.com>",
            ["Payment receipt from Shri Vishwakarma Kavad Kala Kendra", "Your payment was successful"],
        )
        p.part = "head"
        top(p, "instamojo")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {who.split(' ', 1)[1].split()[0]},")
        p.add("left", "Payment successful. Here is your receipt.", status=status)
        p.add("gap")
        name = FIRM
        pid = f"MOJO{j.date:%y%m}{code(rng, 4, UPPER)}{digits(rng, 5)}"
        for label, value, facts in [
            ("Paid to", name, {"merchant": name}),
            ("Purpose", "Kavad painting workshop at Bassi, 2 days", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment ID", pid, {"txn": (TXN_RANK, pid)}),
            ("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
            ("Payment method", f"Debit card {masked(rng, font)}", {"method": "card"}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        p.add("gap")
        p.add("small", "Questions about the workshop? Reply to the seller at kendra@bassikavad.in.")
        return p.done()
    if k == 3:
        shift(j, rng, SHILPGRAM + dt.timedelta(days=rng.randrange(0, 10)))
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 246, 224), (248, 242, 222)])
        decor(p, "thumb")
        p.part = "head"
        mline(p, "श्री", scale=1.1)
        hline(p, GHAR_HI, scale=1.15, bold=True)
        name = pick(p, "title", [GHAR_CAPS, GHAR])
        top(p, name, merchant=name)
        p.add("small", STALL)
        p.add("center", "BILL")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y", "{d}-%m-%Y"]), date=j.date)
        blank(p, "Name", who.split(" ", 1)[1])
        p.add("gap")
        hindi = [
            ("कावड़ 8 पट", 3200, 5200),
            ("छोटी कावड़ 4 पट", 900, 1500),
            ("ईसर गणगौर जोड़ी", 1800, 3200),
            ("लकड़ी के खिलौने", 450, 850),
            ("गणेश जी", 550, 1000),
        ]
        total_ = 0
        for text, lo, hi in rng.sample(hindi, rng.randrange(2, 4)):
            v = rng.randrange(lo, hi, 50)
            hhand(p, text, figure=num(v, "indian", 0))
            total_ += v
        j.amount = float(total_)
        hhand(p, "योग", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        hhand(p, "नकद प्राप्त", method="cash", status=status)
        right(p, "- Hemant")
        p.add("gap")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(5000, 30000, 500))
        p = browser_page(rng, font, f"pages.razorpay.com/pl_{code(rng, 14, MIXED)}/view")
        p.part = "head"
        name = pick(p, "title", [FIRM, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{KARKHANA_AT}  |  Kavads made to order")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment successful", status)
        p.add("gap")
        pid = f"pay_{code(rng, 14, MIXED)}"
        dots(p, "Payment for", "Kavad, 16 doors, family deities (advance)", at=0.34)
        dots(p, "Amount paid", rs(j.amount), at=0.34, amount=j.amount)
        dots(p, "Razorpay Payment ID", pid, at=0.34, txn=(TXN_RANK, pid))
        dots(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        dots(p, "Method", "UPI", at=0.34, method="UPI")
        p.add("gap")
        p.add("small", "A receipt has been sent to your e-mail. Secured by Razorpay.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "secure.ccavenue.com/transaction/transactionResponse")
        p.part = "head"
        top(p, "CCAvenue")
        p.add("rule")
        p.part = "body"
        name = GHAR
        p.add("left", f"Merchant: {name}", merchant=name)
        burst(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.accent(RED)
        p.add("small", "Your bank could not authorise the payment. No amount has been debited.")
        p.add("gap")
        j.amount = rupees(rng, 900, 16000, 0.3)
        oid = f"KG{rng.randrange(10000, 99999)}"
        trk = digits(rng, 12)
        kv(p, "Order No.", oid, at=0.36, txn=(ORDER_RANK, oid))
        kv(p, "Tracking ID", trk, at=0.36, txn=(TXN_RANK, trk))
        kv(p, "Amount", f"INR {num(j.amount)}", at=0.36, amount=j.amount)
        kv(p, "Payment Mode", "Net Banking (Bank of Baroda)", at=0.36, method="netbanking")
        kv(p, "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.36, date=j.date)
        kv(p, "Status Message", "Transaction declined by bank", at=0.36)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(252, 248, 236), (250, 246, 232)])
        kborder(p)
        p.part = "head"
        p.add("gap")
        kavad(p)
        hline(p, FIRM_HI, scale=1.05, bold=True)
        name = pick(p, "title", [FIRM, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", OFFICE)
        p.add("center", "CERTIFICATE OF AUTHENTICITY")
        p.part = "body"
        p.add("gap")
        item = rng.choice(
            [
                ("Kavad of twelve doors painted with the Krishna lila", 9000, 16000),
                ("Kavad of ten doors painted with the Ram katha", 6500, 12000),
                ("Bewan (viman) for Jal Jhulni Ekadashi", 3000, 5500),
            ]
        )
        j.amount = float(rng.randrange(item[1], item[2], 500))
        maker = rng.choice(ARTISANS)
        p.add(
            "left",
            f"This {item[0]} was made by hand in ardu wood and painted in natural colours by {maker} at "
            "Bassi, Chittorgarh, in the Kavad tradition of the Jangid (Suthar) families of Mewar.",
        )
        p.add("gap")
        p.add(
            "left",
            f"Price received in full: Rs. {num(j.amount, 'indian', 0)}/- by UPI, Ref {j.ref}.",
            amount=j.amount,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("gap")
        sig(p)
        right(p, f"for {FIRM_SHORT}, Partner")
        p.add("gap")
        return p.done()
    school, town = rng.choice(SCHOOLS)
    j.amount = float(rng.randrange(15000, 60000, 500))
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(254, 252, 246), (252, 250, 242)])
    p.part = "head"
    hline(p, FIRM_HI, scale=1.0, bold=True)
    name = pick(p, "title", [FIRM, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{OFFICE}  |  GSTIN {GSTIN}")
    jharokha(p)
    p.add("center", "RECEIPT")
    p.part = "body"
    no = f"{rng.randrange(20, 400):03d}"
    cols(
        p,
        "rc",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"No. {no}",
        f"Date: {when(j.date, '%d.%m.%Y')}",
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    p.add("gap")
    utr = utr_for(rng, j, "State Bank of India", "NEFT")
    p.add(
        "left",
        f"Received with thanks from {school}, {town}, the sum of {words_in_rupees(j.amount)} "
        f"(Rs. {num(j.amount, 'indian', 0)}/-) by NEFT, UTR {utr}, on {when(j.date, '%d.%m.%Y')}, towards a "
        "three-day Kavad making workshop for its students at the Kavad Karkhana, Bassi.",
        amount=j.amount,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
    )
    p.add("gap")
    sig(p)
    right(p, f"for {FIRM_SHORT}, Partner")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra's suppliers, each on top of its own paper: a Chittorgarh pansari's chit for the painters'
    earth colours, photographed and forwarded in a chat (its Mahajani श्री, its Hindi name over GOPAL PANSARI
    BHANDAR, geru, ramraj, khadiya and gond written in Hindi with their sums, कुल (total), "PhonePe से मिले"
    (received by PhonePe), Ref; no day); JAIN HARDWARE STORE's TAX INVOICE made in Vyapar (Invoice No. and
    Invoice Date, Bill To, a striped table of the brass hinges and screws with SGST 9% and CGST 9%, Total; a
    ruled box: Received, Balance, Paid on, Payment Mode, UPI Ref); a Jaipur art store's Dukaan checkout with
    the payment failed (a Payment failed capsule, its lines, Order total; Order ID, Payment method, Attempted
    on in dot leaders); SHRI KRISHNA SAW MILL's bill photographed on the workshop's bench among shavings (No.
    printed; each label in Hindi with its English after a slash and the value written by hand: दिनांक / Date,
    श्रीमान / M/s, विवरण / Particulars, राशि / Amount, भुगतान / Paid by); GoDaddy's receipt mailed (Receipt #,
    Date, Customer #, the domain and the mail plan, IGST 18%, Total, Payment Visa); Industrybuying's order
    with the bank's confirmation awaited (the sum, "Sold by Industrybuying", a capsule; Order ID, Items,
    Payment, Placed on, each label small over its value); SHRI RAM ROADLINES' BILTY filled in by hand (Bilty
    No., Date, From and To, Consignor, Consignee, Packages, Freight, Hamali, Bilty charge, Total; To Pay |
    Paid | TBB with Paid ticked, "Recd. cash"; no reference); Shree Maruti Courier's booking receipt on a torn
    roll (RECEIPT NO, DATE, AWB NO, DEST, WT, CHARGES, GST 18%, TOTAL, PAID BY UPI, UPI REF). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=1500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    buyer = rng.choice([FIRM, FIRM_CAPS])
    if k == 0:
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 244, 232)])
        frame_(
            p,
            "viewer",
            rng.choice(["Gopal Pansari", "Gopal Pansari Bhandar"]),
            f"Today, {hhmm(rng, lower=True)}",
        )
        p.part = "head"
        mline(p, "श्री", scale=1.0)
        hline(p, "गोपाल पंसारी भंडार", scale=1.1, bold=True)
        name = "GOPAL PANSARI BHANDAR"
        p.add("center", name, merchant=name)
        p.add("small", f"Sadar Bazar, Chittorgarh  |  Mob. {phone_no(rng)}")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        colours = [
            ("गेरू", "किलो", rng.randrange(3, 9), rng.choice([40, 45, 50])),
            ("रामरज", "किलो", rng.randrange(2, 6), rng.choice([60, 70, 80])),
            ("खड़िया", "किलो", rng.randrange(4, 10), rng.choice([25, 30])),
            ("गोंद", "किलो", rng.randrange(1, 3), rng.choice([320, 360, 400])),
        ]
        total_ = 0
        for text, unit, n, rate in rng.sample(colours, rng.randrange(3, 5)):
            hhand(p, f"{text} {n} {unit} x {rate}", figure=num(n * rate, "indian", 0))
            total_ += n * rate
        j.amount = float(total_)
        hhand(p, "कुल", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        hhand(p, "PhonePe से मिले", method="UPI", status=status)
        write(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("gap")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "JAIN HARDWARE STORE"
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Brass fittings, hinges, screws and tools  |  Station Road, Chittorgarh  |  GSTIN {gstin_of(rng)}",
        )
        p.add("center", "Tax Invoice")
        p.add("rule")
        p.part = "body"
        inv = str(rng.randrange(120, 980))
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "jh",
            spec,
            f"Invoice No.: {inv}",
            f"Invoice Date: {when(j.date, '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Bill To: {clip(buyer, 40)}, Bassi")
        goods = [
            ("Brass hinge 1.5 in (dozen)", rng.randrange(4, 16), float(rng.choice([180, 210, 240]))),
            ("Brass screw 3/4 in (100)", rng.randrange(2, 8), float(rng.choice([140, 160]))),
            ("Brass kunda latch, small", rng.randrange(10, 40), float(rng.choice([28, 32, 36]))),
            ("Sand paper, 120 grit (sheets)", rng.randrange(20, 60), float(rng.choice([9, 11]))),
        ]
        lines = rng.sample(goods, rng.randrange(2, 5))
        taxable = sum(q * r for _, q, r in lines)
        gst = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "jhz",
            [(0.0, 0.54, "l"), (0.54, 0.66, "r"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
            ["Item name", "Qty", "Price", "Amount"],
            [([t, str(q), num(r), num(q * r)], {}) for t, q, r in lines]
            + [(["SGST@9%", "", "", num(gst)], {}), (["CGST@9%", "", "", num(gst)], {})],
            (40, 90, 160),
        )
        total(p, "Total", rs(j.amount), at=0.56, amount=j.amount)
        p.add("gap")
        grid(
            p,
            "jhp",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Received", rs(j.amount)], {"status": status}),
                (["Balance", rs(0.0)], {}),
                (["Paid on", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Payment Mode", "UPI"], {"method": "UPI"}),
                (["UPI Ref", j.ref], {"txn": (UTR_RANK, j.ref)}),
            ],
            tint=(230, 236, 246),
        )
        p.add("small", "Thanks for doing business with us! Generated in Vyapar.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"mydukaan.io/rangeelaartstore/checkout/{code(rng, 10, LOWER)}")
        p.part = "head"
        name = "Rangeela Art Store"
        top(p, name, merchant=name)
        p.add("small", "Brushes, colours and varnish  |  Johari Bazaar, Jaipur")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment failed", status, align="l")
        p.add(
            "small", "The UPI request timed out before it was approved. Your cart is saved; please try again."
        )
        p.add("gap")
        lines = [
            ("Squirrel hair brushes, set of 6", rng.randrange(2, 6), float(rng.choice([240, 280]))),
            ("Camlin poster colour, 12 shades", rng.randrange(1, 4), float(rng.choice([310, 350]))),
            ("Clear lacquer, 1 litre", rng.randrange(1, 4), float(rng.choice([420, 480]))),
        ]
        j.amount = float(sum(q * r for _, q, r in lines))
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        for t, q, r in lines:
            cols(p, "dk", spec, f"{t} x {q}", rs(q * r))
        total(p, "Order total", rs(j.amount), at=0.56, amount=j.amount)
        p.add("gap")
        oid = f"DK{rng.randrange(10000, 99999)}"
        dots(p, "Order ID", oid, at=0.4, txn=(ORDER_RANK, oid))
        dots(p, "Payment method", "UPI (collect request)", at=0.4, method="UPI")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 246, 232), (248, 244, 230)])
        frame_(p, "bench")
        decor(p, "sawdust")
        p.part = "head"
        hline(p, "श्री कृष्णा सॉ मिल", scale=1.1, bold=True)
        name = "SHRI KRISHNA SAW MILL"
        top(p, name, merchant=name)
        p.add("small", "Nimbahera Road, Chittorgarh  |  Ardu, sheesham and mango wood")
        p.add("center", "BILL")
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        cols(p, "sm", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        cft = rng.randrange(12, 48)
        rate = rng.choice([30, 35, 40])
        j.amount = float(cft * rate + rng.choice([0, 150, 250]))
        hform(p, "दिनांक", "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        hform(p, "श्रीमान", "M/s", "Vishwakarma Kavad, Bassi")
        hform(p, "विवरण", "Particulars", f"Ardu logs sawn, {cft} cft @ {rate}")
        hform(p, "राशि", "Amount", f"Rs {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hform(p, "भुगतान", "Paid by", f"UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("gap")
        sig(p)
        right(p, "for Shri Krishna Saw Mill")
        p.add("gap")
        return p.done()
    if k == 4:
        p = mail_page(
            rng, font, "GoDaddy <receipts@godaddy.com>", ["Your GoDaddy receipt", "Thanks for your order"]
        )
        p.part = "head"
        name = "GoDaddy"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add(
            "left",
            f"Hi {PARTNER.split()[1]}, thanks for your order. Your payment was received.",
            status=status,
        )
        p.add("gap")
        rno = str(rng.randrange(3100000000, 3199999999))
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "gd", spec, "Receipt #", rno, txn=(INVOICE_RANK, rno))
        cols(p, "gd", spec, "Date", when(j.date, rng.choice(["%b {d}, %Y", "%d %b %Y"])), date=j.date)
        cols(p, "gd", spec, "Customer #", digits(rng, 9))
        p.add("gap")
        dom = float(rng.choice([899, 1099, 1299]))
        mail_ = float(rng.choice([1788, 2388, 2988]))
        gst = round((dom + mail_) * 0.18, 2)
        j.amount = round(dom + mail_ + gst, 2)
        spec2 = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "gdi", spec2, f".in Domain renewal, 1 year ({WEB})", rs(dom), mode="line")
        cols(p, "gdi", spec2, "Professional Email, 12 months", rs(mail_), mode="line")
        cols(p, "gdi", spec2, "IGST 18%", rs(gst), mode="line")
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        cols(p, "gd", spec, "Payment", f"Visa ending {digits(rng, 4)}", method="card")
        p.add("small", "GoDaddy India Web Services Pvt. Ltd. Prices include GST.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Need help?",))
        band(p, (250, 120, 30))
        app_head(p, "Industrybuying", "Order details")
        j.amount = rupees(rng, 1500, 14000, 0.3)
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Industrybuying"
        p.add("small", f"Sold by {name}", merchant=name)
        pill(p, "Awaiting confirmation from your bank", status)
        p.add("small", "We will ship as soon as your bank confirms the payment. Please do not pay again.")
        p.add("rule")
        oid = f"IB{digits(rng, 9)}"
        for label, value, facts in [
            ("Order ID", oid, {"txn": (ORDER_RANK, oid)}),
            ("Items", "Wood carving chisels, set of 12; coping saw", {}),
            ("Payment", "Net Banking (State Bank of India)", {"method": "netbanking"}),
            ("Placed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(238, 244, 250), (244, 240, 250)])
        p.part = "head"
        hline(p, "श्री राम रोडलाइन्स", scale=1.1, bold=True)
        name = "SHRI RAM ROADLINES"
        top(p, name, merchant=name)
        p.add("small", f"Fleet owners and transport contractors  |  Chittorgarh  |  Mob. {phone_no(rng)}")
        p.add("center", "BILTY / CONSIGNMENT NOTE")
        p.part = "body"
        bno = str(rng.randrange(2000, 8999))
        cols(p, "bt", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Bilty No. {bno}", "Owner's risk")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "From", "Chittorgarh", after="  To: New Delhi")
        blank(p, "Consignor", "Vishwakarma Kavad, Bassi")
        blank(p, "Consignee", "Kala Sampada Fdn., New Delhi")
        pk = rng.randrange(3, 9)
        blank(p, "Packages", f"{pk} cartons, Kavads (fragile)")
        freight = float(pk * rng.choice([260, 300, 340]))
        hamali = float(pk * 20)
        j.amount = freight + hamali + 50.0
        start = len(p.rows)
        spec = [(0.0, 0.6, "l"), (0.7, 1.0, "r")]
        hcells(p, spec, "Freight", num(freight, "indian", 0))
        hcells(p, spec, "Hamali", num(hamali, "indian", 0))
        hcells(p, spec, "Bilty charge", "50")
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.66])
        p.add("gap")
        ticks(p, ["To Pay", "Paid", "TBB"], 1)
        write(p, "Recd. cash", method="cash", status=status)
        right(p, "Booking clerk")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
    paper(p, rng)
    h269.torn(p)
    typeface(p)
    p.part = "head"
    name = "SHREE MARUTI COURIER"
    p.add("center", name, merchant=name)
    p.add("small", "SERVICE PVT. LTD.  |  FRANCHISE: CHITTORGARH")
    p.part = "body"
    p.add("rule")
    rno = f"{rng.randrange(10, 99)}{digits(rng, 6)}"
    wt = rng.choice(["2.500", "4.000", "6.750", "9.200"])
    base = float(rng.choice([360, 480, 620, 840]))
    gst = round(base * 0.18, 2)
    j.amount = round(base + gst, 2)
    amt = f"{j.amount:.2f}"
    p.pair("RECEIPT NO", rno, txn=(INVOICE_RANK, rno))
    p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
    p.pair("AWB NO", f"{rng.choice('45678')}{digits(rng, 11)}")
    p.pair("DEST", rng.choice(["BENGALURU", "MUMBAI", "KOLKATA", "PUNE"]))
    p.pair("WT (KG)", wt)
    p.pair("CHARGES", f"{base:.2f}")
    p.pair("GST 18%", f"{gst:.2f}")
    p.add("rule")
    p.pair("TOTAL", amt, amount=j.amount)
    p.add("rule")
    p.pair("PAID BY", "UPI", method="UPI", status=status)
    p.pair("UPI REF", j.ref, txn=(UTR_RANK, j.ref))
    p.add("small", "CONTENTS: PAINTED WOODEN KAVAD. THANK YOU")
    return p.done()


# ---------------------------------------------------------------- 6. the Kendra's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("JAIN HARDWARE STORE", "hinges, bill 412", "sbi"),
    ("GOPAL PANSARI BHANDAR", "earth colours", "bob"),
    ("SHRI RAM ROADLINES", "freight to Delhi", "vyom"),
    ("PRINTWELL OFFSET", "catalogue printing", "psb"),
    ("UDAIPUR STALL DECORATORS", "Shilpgram stall 57", "hdfc"),
    ("KAAGAZ PACKAGING", "gift boxes for Kavads", "yes"),
    ("BASSI ELECTRICALS", "workshop wiring", "ippb"),
    ("MEWAR TIMBER MART", "ardu planks", "passbook"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra's own banking pages paying its vendors: OnlineSBI's NEFT e-Receipt in a table ruled on every
    side, each label's cell holding its Hindi over its English (संदर्भ संख्या / Reference No., यूटीआर / UTR,
    नामे खाता / Debit Account, लाभार्थी का नाम / Beneficiary Name, लाभार्थी खाता / Beneficiary Account, राशि /
    Amount, दिनांक / Date, स्थिति / Status); bob World's IMPS paid (the payee's initials, "Paid to" over the
    payee, the sum, Transaction successful; fields two to a row: IMPS Ref No. and Date & Time, From A/c and
    Remarks); Union Bank's Vyom with an NEFT under process under a starburst's hourglass ("to <payee>";
    Transaction Ref. No., Date, Mode, Remarks); Punjab & Sind Bank's PSB UnIC with an IMPS failed under a
    starburst's cross (the reason; Reference No., Mode, Date, From, each label small over its value); HDFC
    Bank NetBanking's RTGS for the Shilpgram stall's decorator (its sentence; dot leaders: Reference Number,
    UTR, Beneficiary, Beneficiary Bank, Amount, Transaction Date, Status); YES BANK's mail ("your NEFT of INR
    x to <PAYEE> has been processed successfully", a table ruled on every side of its details); India Post
    Payments Bank's Transaction successful under a starburst's tick ("Paid to" over the payee, "Today,
    <hour>"; fields two to a row: UPI Ref No and Txn ID, Paid from and Mode; no day); Rajasthan Marudhara
    Gramin Bank's passbook page printed by its passbook printer (the bank, its branch, the account's holder,
    B/F, a credit, the payment's "TO NEFT/<PAYEE>" row with its withdrawal and balance; no reference). All new
    here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=3000, high=170000)
    payee, purpose, frame = VENDORS[k]
    if frame == "hdfc":
        shift(j, rng, SHILPGRAM - dt.timedelta(days=rng.randrange(4, 16)))
        j.amount = float(rng.randrange(205000, 340000, 500))
    low, high = {
        "sbi": (4000, 40000),
        "bob": (1500, 9000),
        "vyom": (3000, 12000),
        "psb": (8000, 45000),
        "yes": (6000, 38000),
        "ippb": (800, 9000),
        "passbook": (12000, 90000),
    }.get(frame, (0, 0))
    if high:
        j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    dot = sign(font, "\u2022", "*")
    if frame == "sbi":
        p = browser_page(rng, font, "retail.onlinesbi.sbi/retail/neftConfirmation.htm")
        p.part = "head"
        hline(p, "भारतीय स्टेट बैंक", scale=0.95, bold=True)
        top(p, "State Bank of India")
        p.add("small", "OnlineSBI  |  Payments / Transfers  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your NEFT transaction has been completed successfully.")
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        ref = f"IR0{code(rng, 4, UPPER)}{digits(rng, 6)}"
        for hindi, english, value, facts in [
            ("संदर्भ संख्या", "Reference No.", ref, {"txn": (BANK_RANK, ref)}),
            ("यूटीआर", "UTR", utr, {"txn": (UTR_RANK, utr), "method": "netbanking"}),
            ("नामे खाता", "Debit Account", f"XXXXXXX{digits(rng, 4)}", {}),
            ("लाभार्थी का नाम", "Beneficiary Name", payee, {"merchant": payee}),
            ("लाभार्थी खाता", "Beneficiary Account", f"XXXXXXXX{acct_no[-4:]}", {}),
            ("राशि", "Amount", rs(j.amount), {"amount": j.amount}),
            ("दिनांक", "Date", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), {"date": j.date}),
            ("स्थिति", "Status", "Completed Successfully", {"status": status}),
        ]:
            hcell(p, hindi, english, value, at=0.4, **facts)
        p.add("small", f"Remarks: {purpose}")
        return p.done()
    if frame == "bob":
        p = phone(rng, font, k, ["", "Fund Transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (240, 100, 34))
        app_head(p, "bob World", "Bank of Baroda")
        avatar(p, initials(payee), (240, 100, 34))
        p.add("small", "Paid to")
        name = pick(p, "center", [payee, payee[:20]])
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"{sign(font, chr(0x2713), '')} Transaction successful".strip(), status=status)
        p.accent(GREEN)
        p.add("gap")
        two_up(
            p,
            "bw1",
            ("IMPS Ref No.", j.ref),
            ("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y"], (" ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
            method="netbanking",
        )
        two_up(p, "bw2", ("From A/c", f"XXXX{digits(rng, 4)}"), ("Remarks", clip(purpose, 20)))
        return p.done()
    if frame == "vyom":
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Check status",))
        band(p, (200, 16, 46))
        app_head(p, "Vyom", "Union Bank of India")
        burst(p, status)
        p.add("center", "Transaction under process", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Please check the status after 2 hours. Do not repeat the transaction.")
        p.add("rule")
        ref = f"UBI{j.date:%y%m%d}{digits(rng, 7)}"
        kvr(p, "Transaction Ref. No.", ref, txn=(BANK_RANK, ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        kvr(p, "Mode", "NEFT", method="netbanking")
        kvr(p, "Remarks", clip(purpose, 24))
        return p.done()
    if frame == "psb":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Retry",))
        band(p, (0, 110, 60))
        app_head(p, "PSB UnIC", "Punjab & Sind Bank")
        burst(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The beneficiary bank is not responding (RC 91). The amount will not be debited.")
        p.add("gap")
        ref = f"PSB{digits(rng, 11)}"
        for label, value, facts in [
            ("Reference No.", ref, {"txn": (BANK_RANK, ref)}),
            ("Mode", "IMPS", {"method": "netbanking"}),
            ("Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), {"date": j.date}),
            ("From", f"Punjab & Sind Bank {dot * 2}{digits(rng, 4)}", {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "hdfc":
        p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/rtgs/confirm")
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("small", "NetBanking  |  Funds Transfer  |  RTGS")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your RTGS transfer has been completed successfully.")
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", "RTGS")
        ref = f"{digits(rng, 10)}"
        for label, value, facts in [
            ("Reference Number", ref, {"txn": (BANK_RANK, ref)}),
            ("UTR", utr, {"txn": (UTR_RANK, utr), "method": "netbanking"}),
            ("Beneficiary", payee, {"merchant": payee}),
            ("Beneficiary Bank", "ICICI Bank, Udaipur", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), {"date": j.date}),
            ("Status", "Success", {"status": status}),
        ]:
            dots(p, label, value, at=0.4, **facts)
        p.add("small", f"Purpose: {purpose}")
        return p.done()
    if frame == "yes":
        p = mail_page(
            rng, font, "YES BANK <alerts@yesbank.in>", ["Funds transfer confirmation", "NEFT processed"]
        )
        p.part = "head"
        top(p, "YES BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        amt = num(j.amount, rng.choice(["indian", "western"]))
        utr = utr_for(rng, j, "YES BANK", "NEFT")
        p.add(
            "left",
            f"Your NEFT of INR {amt} to {payee} has been processed successfully.",
            amount=j.amount,
            merchant=payee,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        grid(
            p,
            "yb",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["Debit Account", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (["Remarks", purpose], {}),
            ],
            tint=(224, 232, 246),
        )
        p.add("gap")
        p.add("small", "YES BANK never asks for your password, OTP or CVV.")
        return p.done()
    if frame == "ippb":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Done"))
        band(p, (150, 30, 60))
        app_head(p, "IPPB Mobile Banking", "India Post Payments Bank")
        burst(p, status)
        p.add("center", "Transaction successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [payee, payee[:20]])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("rule")
        tid = f"IPPB{digits(rng, 12)}"
        two_up(p, "ip1", ("UPI Ref No", j.ref), ("Txn ID", tid), txn=(UTR_RANK, j.ref))
        two_up(p, "ip2", ("Paid from", f"IPPB {dot * 2}{digits(rng, 4)}"), ("Mode", "UPI"), method="UPI")
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = rng.choice([(236, 244, 236), (240, 246, 240)])
    p.part = "body"
    width_ = h271.tt_cols(p)
    typed(p, "RAJASTHAN MARUDHARA GRAMIN BANK".center(width_).rstrip())
    typed(p, "BRANCH: BASSI (CHITTORGARH)".center(width_).rstrip())
    typed(p, f"A/C NO: XXXXXXX{digits(rng, 4)}   {FIRM_CAPS}"[:width_])
    typed(p, "-" * width_)
    head_ = f"{'DATE':<9}{'PARTICULARS':<26}{'WDL':>10}{'DEP':>10}{'BAL':>12}"
    typed(p, head_[:width_])
    typed(p, "-" * width_)
    bal0 = rupees(rng, 60000, 400000, 0.0)
    dep = rupees(rng, 8000, 90000, 0.4)
    d0 = j.date - dt.timedelta(days=rng.randrange(2, 9))
    cut = payee[: min(len(payee), 17)]
    bal1 = round(bal0 + dep, 2)
    bal2 = round(bal1 - j.amount, 2)
    typed(p, f"{when(d0, '%d-%m-%y'):<9}{'B/F':<26}{'':>10}{'':>10}{bal0:>12.2f}"[:width_])
    typed(p, f"{when(d0, '%d-%m-%y'):<9}{'BY CLG/SBI 004517':<26}{'':>10}{dep:>10.2f}{bal1:>12.2f}"[:width_])
    typed(
        p,
        f"{when(j.date, '%d-%m-%y'):<9}{('TO NEFT/' + cut):<26}{j.amount:>10.2f}{'':>10}{bal2:>12.2f}"[
            :width_
        ],
        amount=j.amount,
        merchant=cut,
        date=j.date,
        method="netbanking",
        status=status,
    )
    typed(p, "-" * width_)
    p.add("gap")
    p.add("small", "Printed by the branch's passbook printer. Please check the entries.")
    return p.done()


# ---------------------------------------------------------------- 7. the artisans and staff


STAFF = ["Hemant Jangid", "Pooja Kumawat", "Dinesh Suthar"]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra paying its artisans, apprentices and staff: a WAGE SLIP under the Karkhana's Hindi name,
    मजदूरी पर्ची, each label in Hindi with its English after a slash and the value written by hand (Slip No.
    printed; कारीगर / Artisan, काम / Work, दर / Rate, कुल / Total, भुगतान / Paid by, दिनांक / Date), "रुपये
    प्राप्त किए" (money received) in the artisan's hand and a signature, sawdust at its edges; Paytm's Paid
    Successfully to an artisan (the sum large; To, UPI ID, From, UPI Ref. No., Date & Time); Paybooks' salary
    transfer in progress (a capsule, a striped table Employee | Net salary | Credit status; labels against a
    gutter: Transfer ID, Initiated on, Debit account); WhatsApp's UPI payment failed under a starburst's cross
    ("to <artisan>", the reason; UPI transaction ID, WhatsApp payment ID, Date, Bank); Saral PayPack's Salary
    Slip for the month (Name and Emp. Code, Designation and Days Paid four to a row; a table ruled on every
    side Earnings | Rs. | Deductions | Rs. with its Net Salary; Net Salary (in words); "Credited on <day> to
    State Bank of India A/c ... by NEFT, UTR ...."); an apprentice's STIPEND RECEIPT under the Guru Shishya
    Hastshilp Prashikshan Programme ("I have received Rs. x/- (...) as stipend for <month> from <Kendra> by
    NEFT, UTR ..., on <day>.", signed across a revenue stamp over the apprentice's name); Fi's Money sent
    under a starburst's tick ("to <artisan>", "2h ago"; UPI reference, Fi txn ID, From; no day); a BONUS
    RECEIPT for Deepawali (No. left blank; नाम / Name, राशि / Amount, दिनांक / Date written in, "नकद प्राप्त
    किए" (received in cash) in a Hindi hand, a thumb box; no reference). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=1200, high=24000, p_round=0.85)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    artisan = ARTISANS[(k + rng.randrange(3)) % len(ARTISANS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 246, 234), (248, 246, 236)])
        decor(p, "sawdust")
        p.part = "head"
        hline(p, KARKHANA_HI, scale=1.1, bold=True)
        top(p, pick(p, "title", [f"{KARKHANA}, Bassi", KARKHANA]))
        hline(p, "मजदूरी पर्ची / WAGE SLIP", scale=0.95)
        p.add("rule")
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        cols(p, "ws", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Slip No. {no}", "", txn=(INVOICE_RANK, no))
        work = rng.choice(
            [("Kavad doors painted", 120), ("Toy sets cut and sanded", 60), ("Bewans assembled", 260)]
        )
        pieces = rng.randrange(8, 40)
        j.amount = float(pieces * work[1])
        hform(p, "कारीगर", "Artisan", artisan, merchant=artisan)
        hform(p, "काम", "Work", f"{work[0]}: {pieces}")
        hform(p, "दर", "Rate", f"Rs {work[1]} each")
        hform(p, "कुल", "Total", f"Rs {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hform(p, "भुगतान", "Paid by", f"UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hform(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), date=j.date)
        p.add("gap")
        hhand(p, "रुपये प्राप्त किए", status=status)
        sig(p)
        right(p, "Artisan's signature")
        p.add("gap")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"{sign(font, chr(0x2713), '')} Paid Successfully".strip(), status=status)
        p.accent(GREEN)
        p.add("gap")
        vpa = f"{artisan.split()[0].lower()}{rng.randrange(10, 99)}@ybl"
        kvr(p, "To", artisan, merchant=artisan)
        kvr(p, "UPI ID", vpa)
        kvr(p, "From", f"State Bank of India - {digits(rng, 4)}", method="UPI")
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"app.paybooks.in/payroll/salary-transfer/{digits(rng, 7)}")
        p.part = "head"
        top(p, "Paybooks")
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        p.add("small", f"{FIRM}  |  Salary transfer, {when(month, '%B %Y')}")
        p.add("rule")
        p.part = "body"
        pill(p, "Salary transfer in progress", status, align="l")
        p.add(
            "small",
            "The bank has accepted the batch and is crediting the accounts. This can take a few hours.",
        )
        p.add("gap")
        name = rng.choice(STAFF)
        j.amount = float(rng.randrange(11000, 21000, 50))
        zebra(
            p,
            "pbk",
            [(0.0, 0.4, "l"), (0.4, 0.64, "r"), (0.64, 1.0, "l")],
            ["Employee", "Net salary", "Credit status"],
            [([name, num(j.amount), "In progress"], {"merchant": name, "amount": j.amount})],
            (40, 96, 150),
        )
        p.add("gap")
        ref = f"PBK{j.date:%y%m}{digits(rng, 8)}"
        gutter(p, "pbg", "Transfer ID", ref, at=0.36, txn=(TXN_RANK, ref))
        gutter(
            p,
            "pbg",
            "Initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)),
            at=0.36,
            date=j.date,
        )
        gutter(
            p, "pbg", "Debit account", f"State Bank of India {tail(rng)} (NEFT)", at=0.36, method="netbanking"
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Try again",))
        band(p, (7, 94, 84))
        app_head(p, "WhatsApp", "Payment details")
        burst(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {artisan}", merchant=artisan)
        p.add("small", "Your bank did not respond in time (U69). No money was debited.")
        p.add("rule")
        wid = f"WA{code(rng, 4, UPPER)}{digits(rng, 10)}"
        kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "WhatsApp payment ID", wid, txn=(TXN_RANK, wid))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Bank", f"Bank of Baroda {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, FIRM_CAPS if fits(p, "title", FIRM_CAPS) else FIRM_SHORT.upper())
        p.add("small", OFFICE)
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        p.add("center", f"Salary Slip for the month of {when(month, '%B %Y')}")
        p.add("rule")
        p.part = "body"
        name = rng.choice(STAFF)
        spec = [(0.0, 0.24, "l"), (0.24, 0.5, "l"), (0.5, 0.74, "l"), (0.74, 1.0, "l")]
        cols(p, "sp", spec, "Name", name, "Emp. Code", f"VKK{rng.randrange(1, 40):03d}", merchant=name)
        cols(
            p,
            "sp",
            spec,
            "Designation",
            rng.choice(["Shop asst.", "Accounts", "Packer"]),
            "Days Paid",
            str(rng.choice([30, 31])),
        )
        basic = float(rng.randrange(9000, 15000, 500))
        hra = round(basic * 0.3)
        conv = 1600.0
        pf = round(basic * 0.12)
        j.amount = basic + hra + conv - pf
        grid(
            p,
            "spe",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Rs.", "Deductions", "Rs."],
            [
                (["Basic", num(basic), "Provident Fund", num(pf)], {}),
                (["HRA", num(hra), "", ""], {}),
                (["Conveyance", num(conv), "", ""], {}),
            ],
            foot=(["Net Salary", num(j.amount)], {"amount": j.amount}),
            tint=(240, 236, 224),
        )
        p.add("left", f"Net Salary (in words): {clip(words_in_rupees(j.amount), 70)}")
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        p.add(
            "left",
            f"Credited on {when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))} to State Bank of India A/c "
            f"{tail(rng)} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("small", "This is a computer generated salary slip (Saral PayPack) and needs no signature.")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "STIPEND RECEIPT")
        p.add("small", "Guru Shishya Hastshilp Prashikshan Programme (GSHPP)")
        p.add("small", "Office of the Development Commissioner (Handicrafts)  |  Craft: Kavad making")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        j.amount = float(rng.choice([7500, 9000, 10500]))
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        p.add(
            "left",
            f"I have received Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) as stipend "
            f"for {when(month, '%B %Y')} from {FIRM}, Bassi, the implementing agency, by NEFT, UTR {utr}, on "
            f"{when(j.date, rng.choice(['%d.%m.%Y', '{d} %B %Y']))}.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("left", "Place: Bassi")
        name = rng.choice(["Rekha Kumawat", "Sonu Jangid", "Lalit Suthar"])
        h271.revenue(p, name.split()[0])
        right(p, name)
        p.tags[-1] = (p.tags[-1][0], {"merchant": name})
        right(p, "Shishya (apprentice)")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.4, buttons=("Done",))
        app_head(p, "Fi", "Money")
        burst(p, status)
        p.add("center", "Money sent", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {artisan}", merchant=artisan)
        p.add("small", f"{rng.randrange(2, 6)}h ago")
        p.add("rule")
        fid = f"FI{digits(rng, 14)}"
        kvr(p, "UPI reference", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Fi txn ID", fid, txn=(TXN_RANK, fid))
        kvr(p, "From", f"Federal Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    p = sheet_page(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(252, 244, 226), (250, 240, 222)])
    p.part = "head"
    hline(p, KARKHANA_HI, scale=1.05, bold=True)
    top(p, pick(p, "title", [FIRM_SHORT, KARKHANA]))
    hline(p, "बोनस रसीद / BONUS RECEIPT", scale=0.95)
    p.part = "body"
    cols(p, "br", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "Deepawali")
    # Deepawali falls on 8 November 2026; the bonus is paid in the days before it
    j.date = dt.date(2026, 11, 8) - dt.timedelta(days=rng.randrange(1, 8))
    j.amount = float(rng.choice([1100, 2100, 3100, 5100]))
    hform(p, "नाम", "Name", artisan, merchant=artisan)
    hform(p, "राशि", "Amount", f"Rs {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    hform(p, "दिनांक", "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
    p.add("gap")
    hhand(p, "नकद प्राप्त किए", method="cash", status=status)
    thumb(p, "L.T.I. / sign")
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority: e-GRAS Rajasthan's e-challan for the Forest Department's
    transit pass fee on ardu wood under its Hindi heading (shaded label cells: GRN, Department, Office,
    Purpose, Remitter, Amount, Bank, Bank Reference No., Payment Date, Status); Nagar Parishad Chittorgarh's
    TRADE LICENCE FEE RECEIPT under its Hindi name, in a table ruled on every side whose label cells hold the
    Hindi over its English (रसीद संख्या / Receipt No., अनुज्ञा पत्र संख्या / Licence No., फर्म / Firm, वर्ष /
    Year, शुल्क / Fee, भुगतान माध्यम / Mode, यूपीआई संदर्भ / UPI Ref., दिनांक / Date; "शुल्क प्राप्त हुआ / Fee
    received"; its round seal); an e-Mitra kiosk's receipt for the Labour Department's shop registration
    renewal paid in cash (each label at the left and its value at the right: Kiosk, Transaction ID, Service,
    Department, Amount, Payment mode, Date & Time, Status); Bharatkosh's transaction receipt for a Gandhi
    Shilp Bazaar stall fee (labels against a gutter: Transaction Reference No., Bank Reference No., Depositor,
    Purpose, PAO / DDO, Amount, Payment mode, Transaction Date, Status); EPFO's ECR payment failed under a
    starburst's cross (the sum, "Employees' Provident Fund Organisation"; TRRN, CRN, Wage month, Bank, Date,
    each label small over its value); the Rajasthan State Pollution Control Board's consent fee waiting on the
    bank (a capsule; Application No., Fee, Payment mode, Transaction ID, Initiated on in dot leaders); the
    West Zone Cultural Centre's ALLOTMENT CUM RECEIPT for the Shilpgram Utsav's stall under its Hindi name
    (the stall and the Utsav's days, "Received stall fee of Rs. x/- by UPI, Ref ...."; no day); Gram Panchayat
    Bassi's house tax receipt from its book under its Hindi name and रसीद / RECEIPT (Receipt No. left blank;
    नाम / Name, मद / Head, राशि / Amount, दिनांक / Date written in, "नकद प्राप्त" (received in cash) by hand,
    the Sarpanch's round seal; no reference). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "egras.raj.nic.in/EChallan/ChallanView.aspx")
        p.part = "head"
        hline(p, "राजस्थान सरकार - ई-ग्रास", scale=1.0, bold=True)
        top(p, "e-GRAS Rajasthan")
        p.add("small", "Government Receipt Accounting System  |  e-Challan")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([300, 450, 600, 900]))
        grn = str(rng.randrange(60000000, 69999999))
        bref = f"IK0{code(rng, 3, UPPER)}{digits(rng, 7)}"
        name = "Forest Department, Rajasthan"
        for label, value, facts in [
            ("GRN", grn, {"txn": (TXN_RANK, grn)}),
            ("Department", name, {"merchant": name}),
            ("Office", "Deputy Conservator of Forests, Chittorgarh", {}),
            ("Purpose", "Transit pass fee, ardu wood (2 trolleys)", {}),
            ("Remitter", clip(FIRM, 40), {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Bank", "State Bank of India (Net Banking)", {"method": "netbanking"}),
            ("Bank Reference No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Status", "Successful", {"status": status}),
        ]:
            kv(p, label, value, at=0.34, **facts)
        p.add(
            "small", "Keep this e-challan with the transit pass. Verify it on egras.raj.nic.in with the GRN."
        )
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hline(p, "नगर परिषद, चित्तौड़गढ़", scale=1.3, bold=True)
        name = "NAGAR PARISHAD, CHITTORGARH"
        p.add("center", name, merchant=name)
        p.add("small", "Rajasthan  |  Revenue Section")
        hline(p, "व्यवसाय अनुज्ञा पत्र शुल्क रसीद / TRADE LICENCE FEE RECEIPT", scale=0.88)
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([500, 750, 1000, 1500]))
        rno = f"NPC/TL/{fy(j.date)}/{rng.randrange(1000, 9999)}"
        for hindi, english, value, facts in [
            ("रसीद संख्या", "Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("अनुज्ञा पत्र संख्या", "Licence No.", f"TL/CHT/{digits(rng, 5)}", {}),
            ("फर्म", "Firm", "Kavad Ghar, handicrafts", {}),
            ("वर्ष", "Year", f"20{fy(j.date)}", {}),
            ("शुल्क", "Fee", rs(j.amount), {"amount": j.amount}),
            ("भुगतान माध्यम", "Mode", "UPI", {"method": "UPI"}),
            ("यूपीआई संदर्भ", "UPI Ref.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("दिनांक", "Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), {"date": j.date}),
        ]:
            hcell(p, hindi, english, value, at=0.36, **facts)
        p.add("gap")
        hline(p, "शुल्क प्राप्त हुआ। / Fee received.", scale=1.0, align="l", status=status)
        seal(p, "NAGAR PARISHAD * CHITTORGARH *", ["REVENUE", "SECTION"], "violet")
        return p.done()
    if k == 2:
        p = screen(rng, font, width=rng.choice([560, 600]), size=rng.choice([17, 18]))
        paper(p, rng)
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "e-Mitra")
        p.add("small", "Government of Rajasthan  |  Citizen service receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([250, 500, 750, 1000]))
        tid = f"{j.date:%y}{digits(rng, 10)}"
        name = "Labour Department, Rajasthan"
        p.pair("Kiosk", f"Bassi e-Mitra (K{digits(rng, 8)})")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Service", "Shops registration renewal")
        p.pair("Department", name, merchant=name)
        p.pair("Amount", f"Rs. {num(j.amount)}", amount=j.amount)
        p.pair("Payment mode", "Cash", method="cash")
        p.pair("Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        p.pair("Status", "SUCCESS", status=status)
        p.add("rule")
        p.add(
            "small", "Keep this receipt. Check the status on emitra.rajasthan.gov.in with the transaction ID."
        )
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "bharatkosh.gov.in/NTRPHome/TransactionReceipt")
        p.part = "head"
        top(p, "BharatKosh")
        p.add("small", "Non Tax Receipt Portal  |  Controller General of Accounts, Ministry of Finance")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction receipt")
        p.add("gap")
        j.amount = float(rng.choice([2000, 3000, 4500, 6000]))
        tref = f"{j.date:%d%m%y}{digits(rng, 7)}"
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        name = "Office of the Development Commissioner (Handicrafts)"
        for label, value, facts in [
            ("Transaction Reference No.", tref, {"txn": (TXN_RANK, tref)}),
            ("Bank Reference No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Depositor", clip(FIRM, 40), {}),
            ("Purpose", "Stall fee, Gandhi Shilp Bazaar, Jaipur", {}),
            ("PAO / DDO", name, {"merchant": name}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", "Net Banking (SBI)", {"method": "netbanking"}),
            ("Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Status", "Success", {"status": status}),
        ]:
            gutter(p, "bk", label, value, at=0.4, **facts)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Back",))
        band(p, (22, 64, 140))
        app_head(p, "EPFO", "Employer e-Sewa  |  ECR payment")
        burst(p, status)
        p.add("center", "Payment Failed", status=status)
        p.accent(RED)
        j.amount = rupees(rng, 3000, 16000, 0.0)
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Employees' Provident Fund Organisation"
        p.add("small", name, merchant=name)
        p.add("small", "The bank did not confirm the payment. Pay again with the same TRRN.")
        p.add("gap")
        crn = f"{digits(rng, 13)}"
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        for label, value, facts in [
            ("TRRN", f"{digits(rng, 13)}", {}),
            ("CRN", crn, {"txn": (TXN_RANK, crn)}),
            ("Wage month", when(month, "%B %Y"), {}),
            ("Bank", "State Bank of India (Internet Banking)", {"method": "netbanking"}),
            ("Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), {"date": j.date}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "rpcb.rajasthan.gov.in/consent/payment-status")
        p.part = "head"
        hline(p, "राजस्थान राज्य प्रदूषण नियंत्रण मण्डल", scale=0.95, bold=True)
        name = "Rajasthan State Pollution Control Board"
        if fits(p, "title", name):
            top(p, name, merchant=name)
            p.add("small", "Online Consent Management and Monitoring System  |  Payment status")
        else:
            top(p, "RSPCB")
            p.add("small", name, merchant=name)
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending at bank", status, align="l")
        p.add("small", "Your bank has not confirmed this payment yet. The status is updated within 24 hours.")
        p.add("gap")
        j.amount = float(rng.choice([2000, 2500, 5000]))
        tid = f"RSPCB{j.date:%y%m%d}{digits(rng, 6)}"
        dots(p, "Application No.", f"CTO/{j.date.year}/{digits(rng, 6)}", at=0.38)
        dots(p, "Consent fee", rs(j.amount), at=0.38, amount=j.amount)
        dots(p, "Payment mode", "Net Banking (Bank of Baroda)", at=0.38, method="netbanking")
        dots(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=0.38, date=j.date)
        p.add("small", "Consent to operate: Kavad Karkhana, Bassi (lacquer spraying).")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hline(p, "पश्चिम क्षेत्र सांस्कृतिक केन्द्र, उदयपुर", scale=1.1, bold=True)
        name = "West Zone Cultural Centre, Udaipur"
        top(p, name if fits(p, "title", name) else "West Zone Cultural Centre")
        if not fits(p, "title", name):
            p.tags[-1] = (p.tags[-1][0], {"merchant": "West Zone Cultural Centre"})
        else:
            p.tags[-1] = (p.tags[-1][0], {"merchant": name})
        p.add("small", "Ministry of Culture, Government of India  |  Bagore ki Haveli, Udaipur")
        p.add("center", "ALLOTMENT CUM RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([3000, 4000, 5000]))
        p.add("left", f"Stall No. 57 (crafts)  |  {FIRM}, Bassi")
        p.add(
            "left",
            "Stall No. 57 is allotted to you for the Shilpgram Utsav at Havala, Udaipur, from 21 to 30 "
            "December 2026.",
        )
        p.add(
            "left",
            f"Received stall fee of Rs. {num(j.amount, 'indian', 0)}/- by UPI, Ref {j.ref}.",
            amount=j.amount,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("gap")
        sig(p)
        right(p, "Programme Officer, WZCC")
        return p.done()
    p = sheet_page(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(246, 244, 232), (244, 242, 228)])
    p.part = "head"
    hline(p, "ग्राम पंचायत बस्सी", scale=1.2, bold=True)
    name = "GRAM PANCHAYAT BASSI"
    p.add("center", name, merchant=name)
    p.add("small", "Panchayat Samiti Chittorgarh, Dist. Chittorgarh (Raj.)")
    hline(p, "रसीद / RECEIPT", scale=1.0, bold=True)
    p.part = "body"
    cols(p, "gp", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "Receipt No. ..........", "")
    j.amount = float(rng.choice([360, 480, 620, 850]))
    hform(p, "नाम", "Name", "Vishwakarma Kavad, Jangid Mohalla")
    hform(p, "मद", "Head", f"House tax 20{fy(j.date)}")
    hform(p, "राशि", "Amount", f"Rs {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    hform(p, "दिनांक", "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
    p.add("gap")
    hhand(p, "नकद प्राप्त", method="cash", status=status)
    seal(p, "SARPANCH * GRAM PANCHAYAT BASSI *", ["BASSI", "CHITTORGARH"], "violet")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "to" on an app): New India Assurance's
    PREMIUM RECEIPT for the Karkhana's fire policy typed by a dot-matrix (RECEIPT NO, RECEIPT DATE, RECEIVED
    FROM, POLICY NO, PREMIUM, CGST 9%, SGST 9%, TOTAL, MODE, UTR, each label closed by a colon at one place;
    "RECEIVED WITH THANKS"); ICICI Lombard's payment failed under a starburst's cross (the sum, "Payment to
    <insurer>"; Proposal No., Transaction ID, Payment mode, Attempted on); Star Health's renewal mail ("We
    have received your premium of Rs. x on <day>.", a table ruled on every side: Policy No., Premium, Payment
    ID, Mode; the policy schedule's PDF chip); Digit's Policy purchased under a starburst's tick ("paid to
    <insurer>", "Today, <hour>"; Policy No., Payment ID, Paid via; no day); HDFC ERGO's payment under process
    (a capsule; shaded label cells: Proposal No., Premium, Transaction Ref No., Mode, Initiated on);
    IFFCO-Tokio's agent's receipt book with its corner dog-eared (No. left blank; Date, Received from, Policy,
    Premium Rs. and By written in; "Received with thanks" and the agent's signature; no reference); LIC's
    RENEWAL PREMIUM RECEIPT (labels and values on either side of a colon: Receipt No., Date, Policy No., Plan
    / Term, Premium, GST, Total Amount, Mode, UPI Ref); SBI General's premium receipt for the shop's policy (a
    striped table: Receipt No., Receipt Date, Insured, Policy, Premium (incl. GST), Mode, UPI Ref; "Premium
    received."). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=1500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        name = "The New India Assurance Co. Ltd."
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(250, 250, 246), (246, 248, 250)])
        p.part = "head"
        shown = pick(p, "title", [name, "New India Assurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Divisional Office, Chittorgarh  |  IRDAI Reg. No. 190")
        p.add("rule")
        p.part = "body"
        typed(p, "PREMIUM RECEIPT".center(h271.tt_cols(p)).rstrip())
        rno = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 5)}"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        half = round(gst / 2, 2)
        lines_ = [
            ("RECEIPT NO", rno, {"txn": (INVOICE_RANK, rno)}),
            ("RECEIPT DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("RECEIVED FROM", FIRM_CAPS[:28], {}),
            ("POLICY NO", f"{digits(rng, 6)}11{j.date:%y}{digits(rng, 8)}", {}),
            ("PREMIUM", f"{base:,.2f}", {}),
            ("CGST 9%", f"{half:,.2f}", {}),
            ("SGST 9%", f"{gst - half:,.2f}", {}),
            ("TOTAL", f"{j.amount:,.2f}", {"amount": j.amount}),
            ("MODE", "NEFT", {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]
        for label, value, facts in lines_:
            typed(p, f"{label:<14}: {value}", **facts)
        p.add("gap")
        typed(p, "RECEIVED WITH THANKS.", status=status)
        typed(p, "STANDARD FIRE AND SPECIAL PERILS - KAVAD KARKHANA, BASSI"[: h271.tt_cols(p)])
        return p.done()
    if k == 1:
        name = "ICICI Lombard General Insurance Company Limited"
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (152, 28, 42))
        app_head(p, "IL TakeCare", "ICICI Lombard")
        burst(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"Payment to {name}", "Payment to ICICI Lombard General Insurance"])[11:]
        p.add("center", f"Payment to {shown}", merchant=shown)
        p.add("small", "Your card was declined by the issuing bank. The policy is not issued.")
        p.add("rule")
        tid = f"IL{digits(rng, 14)}"
        kvr(p, "Proposal No.", f"P{digits(rng, 11)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", f"Credit card {masked(rng, font)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        name = "Star Health and Allied Insurance Co. Ltd."
        p = mail_page(
            rng, font, "Star Health <renewals@starhealth.in>", ["Your policy is renewed", "Premium received"]
        )
        p.part = "head"
        shown = pick(p, "title", [name, "Star Health Insurance"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PARTNER.split(' ', 1)[1]},")
        p.add(
            "left",
            f"We have received your premium of {rs(j.amount)} on "
            f"{when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))}. Your Family Health Optima policy is renewed.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        pid = f"SH{digits(rng, 12)}"
        grid(
            p,
            "st",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Policy No.", f"P/181211/01/{j.date.year + 1}/{digits(rng, 6)}"], {}),
                (["Premium", rs(j.amount)], {}),
                (["Payment ID", pid], {"txn": (TXN_RANK, pid)}),
                (["Mode", "UPI"], {"method": "UPI"}),
            ],
            tint=(228, 240, 250),
        )
        attach(p, "Policy_Schedule_Renewal.pdf", f"{rng.randrange(180, 420)} KB")
        p.add("small", "Star Health and Allied Insurance Co. Ltd., Chennai. IRDAI Reg. No. 129.")
        return p.done()
    if k == 3:
        name = "Go Digit General Insurance Ltd"
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("Download policy",))
        band(p, (24, 24, 24))
        app_head(p, "Digit Insurance", "Shop insurance")
        burst(p, status)
        p.add("center", "Policy purchased", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"paid to {name}", "paid to Go Digit General Insurance"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"DGT{digits(rng, 12)}"
        kvr(p, "Policy No.", f"D{digits(rng, 9)}")
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 4:
        name = "HDFC ERGO General Insurance Company Ltd."
        p = browser_page(rng, font, "www.hdfcergo.com/payment/status")
        p.part = "head"
        shown = pick(p, "title", [name, "HDFC ERGO General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Bharat Sookshma Udyam Suraksha  |  Kavad Ghar, Chittorgarh")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment under process", status, align="l")
        p.add("small", "We are waiting for your bank to confirm. The policy is issued once it does.")
        p.add("gap")
        tref = f"HE{j.date:%y%m%d}{digits(rng, 8)}"
        kv(p, "Proposal No.", f"{digits(rng, 4)}{j.date:%y}{digits(rng, 8)}", at=0.38)
        kv(p, "Premium", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Transaction Ref No.", tref, at=0.38, txn=(TXN_RANK, tref))
        kv(p, "Mode", "Net Banking (Punjab National Bank)", at=0.38, method="netbanking")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.38, date=j.date)
        return p.done()
    if k == 5:
        name = "IFFCO-TOKIO GENERAL INSURANCE CO. LTD."
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(246, 248, 240), (250, 248, 240)])
        p.part = "head"
        top(p, name if fits(p, "title", name) else "IFFCO-TOKIO GENERAL INSURANCE")
        p.tags[-1] = (p.tags[-1][0], {"merchant": p.rows[-1][1]})
        p.add(
            "small", "Agent's premium receipt  |  Agent: Mukesh Sharma, Chittorgarh (Licence IRDAI/IA/0417)"
        )
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        cols(p, "if", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        j.amount = float(rng.choice([1850, 2240, 2960, 3480]))
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Received from", "Vishwakarma Kavad Kala Kendra")
        blank(p, "Policy", "Shopkeeper's policy, Kavad Ghar")
        blank(p, "Premium Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blank(p, "By", "Cash", method="cash")
        p.add("gap")
        p.add("left", "Received with thanks.", status=status)
        sig(p)
        right(p, "Agent's signature")
        p.add("gap")
        decor(p, "dogear")
        return p.done()
    if k == 6:
        name = "Life Insurance Corporation of India"
        p = browser_page(rng, font, "ebiz.licindia.in/D2CPM/receipt")
        p.part = "head"
        hline(p, "भारतीय जीवन बीमा निगम", scale=1.0, bold=True)
        shown = pick(p, "title", [name, "LIC of India"])
        top(p, shown, merchant=shown)
        p.add("center", "RENEWAL PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        prem = float(rng.choice([12480, 18620, 24350, 31200]))
        gst_ = round(prem * 0.0225, 2)
        j.amount = round(prem + gst_, 2)
        rno = f"{rng.randrange(100, 999)}{digits(rng, 9)}"
        spec = [(0.0, 0.3, "l"), (0.3, 0.34, "c"), (0.34, 1.0, "l")]
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Policy No.", digits(rng, 9), {}),
            ("Plan / Term", "Jeevan Anand (915) / 21", {}),
            ("Premium", num(prem), {}),
            ("GST", num(gst_), {}),
            ("Total Amount", rs(j.amount), {"amount": j.amount}),
            ("Mode", "UPI", {"method": "UPI", "status": status}),
            ("UPI Ref", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            colkv(p, "li", spec, label, ":", value, **facts)
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    name = "SBI General Insurance Company Limited"
    p = browser_page(rng, font, "www.sbigeneral.in/portal/premium-receipt")
    p.part = "head"
    shown = pick(p, "title", [name, "SBI General Insurance"])
    top(p, shown, merchant=shown)
    p.add("small", "Premium receipt  |  Shop owner's insurance")
    p.add("rule")
    p.part = "body"
    rno = f"RC{j.date:%y}{digits(rng, 9)}"
    zebra(
        p,
        "sg",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Receipt details", ""],
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            (["Insured", clip(FIRM, 40)], {}),
            (["Policy", f"{digits(rng, 7)}-Shop Owners"], {}),
            (["Premium (incl. GST)", rs(j.amount)], {"amount": j.amount}),
            (["Mode", "UPI"], {"method": "UPI"}),
            (["UPI Ref", j.ref], {"txn": (UTR_RANK, j.ref)}),
        ],
        (30, 110, 170),
    )
    p.add("gap")
    p.add("left", "Premium received. Your policy is in force.", status=status)
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("KAVAD GHAR", "RANA SANGA MARKET, CHITTORGARH", "HDFC BANK", "pinelabs"),
    ("KAVAD GHAR - SHILPGRAM STALL 57", "SHILPGRAM, HAVALA, UDAIPUR", "Pine Labs", "plutus"),
    ("HOTEL MEWAR HAVELI", "GANGAUR GHAT, UDAIPUR", "ICICI BANK", "icici"),
    ("KALA SAMAGRI KENDRA", "TRIPOLIA BAZAR, JAIPUR", "AXIS BANK", "pending"),
    ("PADMINI RESTAURANT", "FORT ROAD, CHITTORGARH", "BANK OF BARODA", "bob"),
    ("SHRI GANESH MISHTHAN BHANDAR", "SADAR BAZAR, CHITTORGARH", "", "handbill"),
    ("JAIPUR ART EMPORIUM", "M.I. ROAD, JAIPUR", "YES BANK", "declined"),
    ("KAVAD GHAR", "RANA SANGA MARKET, CHITTORGARH", "Paytm", "paytm"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on Kavad Ghar's and the Shilpgram stall's terminals and the Kendra's card at a Udaipur hotel, a
    Jaipur art supplies shop, a Chittorgarh restaurant, a sweet shop, a Jaipur emporium: HDFC Bank's (Pine
    Labs') charge slip at Kavad Ghar, two fields to a line where they pair (DATE and TIME, MID and TID, BATCH
    NO and INVOICE NO; CARD NUM, CARD TYPE, APPR CODE, RRN, TOTAL AMOUNT, PIN VERIFIED OK, SIGNATURE NOT
    REQUIRED); Pine Labs' Plutus Smart screen on the Shilpgram stall's device in the Utsav's days (the stall
    under the app, a starburst's tick, Transaction Approved, the sum, the hour alone; Card, Approval code,
    RRN, Invoice; no day); ICICI Bank's slip at a Udaipur hotel (DATE, TIME, BILL NO, the card, AUTH CODE,
    RRN, AMOUNT, APPROVED); Axis Bank's slip at a Jaipur art supplies shop with its status unknown (TXN STATUS
    UNKNOWN, PLEASE CHECK WITH YOUR BANK, DO NOT REPEAT); Bank of Baroda's slip at a Chittorgarh restaurant
    (DATE/TIME, MID/TID, BATCH/INV, CARD, AUTH, RRN, BASE AMT, TIP, TOTAL, APPROVED); a sweet shop's bill pad
    under its Hindi name (Bill No. left blank, Date written in, a ruled head Item | Qty | Rate | Amount and
    the sweets written under it, Total, "कार्ड से भुगतान, XX1234" (paid by card) in a Hindi hand; no
    reference); YES BANK's slip at a Jaipur emporium DECLINED (05 DO NOT HONOUR); Paytm's card machine's slip
    at Kavad Ghar (CARD SALE, TID, BATCH and INV three to a line, the card and CONTACTLESS, the day and hour,
    the sum large, APPROVED, APPR, RRN, ORDER ID, a QR code for the e-receipt). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=500, high=26000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "plutus":
        shift(j, rng, SHILPGRAM + dt.timedelta(days=rng.randrange(0, 10)))
    if layout in ("pending", "bob", "declined", "icici"):
        j.amount = rupees(rng, 450, 9000, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, ALNUM)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "plutus":
        p = phone(rng, font, k, ["", "Sale"], dark=False, buttons=("Print charge slip",))
        band(p, (0, 70, 140))
        app_head(p, "Pine Labs", "Plutus Smart  |  Card sale")
        shown = pick(p, "center", [name, "KAVAD GHAR"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        burst(p, status)
        p.add("center", "Transaction Approved", status=status)
        p.accent(GREEN)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("small", t[:5])
        p.add("rule")
        kvr(p, "Card", f"{scheme} XX{last4}", method="card")
        kvr(p, "Approval code", appr, txn=(APPR_RANK, appr))
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Invoice", inv, txn=(INVOICE_RANK, inv))
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if layout != "handbill" and rng.random() < 0.6:
        h269.torn(p)
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    if layout == "handbill":
        p.style["width"] = rng.choice([620, 660])
        p.style["paper"] = rng.choice([(252, 248, 236), (248, 244, 232)])
        hand_pen(p)
        p.part = "head"
        hline(p, "श्री गणेश मिष्ठान भंडार", scale=1.1, bold=True)
        top(p, name, merchant=name)
        p.add("small", "Sweets and namkeen  |  Sadar Bazar, Chittorgarh")
        p.part = "body"
        cols(p, "sw", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Bill No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        spec = [(0.0, 0.5, "l"), (0.5, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        grid(p, "swh", spec, ["Item", "Qty", "Rate", "Amount"], [], tint=(246, 230, 210))
        start = len(p.rows)
        sweets = [
            ("Mawa kachori", "kg", 2, 320, 450),
            ("Ghevar", "kg", 1, 520, 780),
            ("Kaju katli", "kg", 2, 900, 1200),
            ("Gift boxes", "pcs", 20, 30, 45),
        ]
        total_ = 0.0
        for text, unit, q, lo, hi in rng.sample(sweets, rng.randrange(2, 4)):
            rate = rng.randrange(lo, hi, 10)
            hcells(p, spec, text, f"{q} {unit}", str(rate), num(q * rate, "indian", 0))
            total_ += q * rate
        j.amount = float(total_)
        hcells(p, spec, "", "", "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.5, 0.64, 0.8])
        p.add("gap")
        hhand(p, f"कार्ड से भुगतान, XX{last4}", method="card", status=status)
        right(p, "- Ganesh Halwai")
        return p.done()
    p.part = "head"
    if brand:
        p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    two = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
    if layout == "pinelabs":
        p.add("center", "SALE")
        p.add("rule")
        cols(p, "pl", two, f"DATE:{when(j.date, '%d/%m/%y')}", f"TIME:{t}", date=j.date)
        cols(p, "pl", two, f"MID:{mid[:11]}", f"TID:{tid}")
        cols(p, "pl", two, f"BATCH NO:{batch[-4:]}", f"INVOICE NO:{inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"CARD NUM: XXXX XXXX XXXX {last4}", method="card")
        p.add("left", f"CARD TYPE: {scheme} CREDIT")
        cols(p, "pl", two, f"APPR CODE:{appr}", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "PIN VERIFIED OK", status=status)
        p.add("small", "SIGNATURE NOT REQUIRED  |  CUSTOMER COPY")
        p.add("small", "POWERED BY PINE LABS")
    elif layout == "icici":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%b-%Y").upper(), date=j.date)
        p.pair("TIME", t)
        p.pair("BILL NO", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} ************{last4}", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "GUEST COPY  |  ICICI BANK MERCHANT SERVICES")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXX XXXX XXXX {last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN STATUS UNKNOWN", status=status)
        p.add("center", "PLEASE CHECK WITH YOUR BANK")
        p.add("center", "DO NOT REPEAT")
    elif layout == "bob":
        tip = float(rng.choice([0, 0, 50, 100]))
        base_ = round(j.amount - tip, 2)
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE/TIME", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("MID/TID", f"{mid[:9]}/{tid}")
        p.pair("BATCH/INV", f"{batch[-3:]}/{inv}", txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} ...{last4}", method="card")
        p.pair("AUTH", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE AMT", f"{base_:,.2f}")
        p.pair("TIP", f"{tip:,.2f}")
        p.pair("TOTAL", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "THANK YOU. VISIT CHITTORGARH FORT!")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "05 DO NOT HONOUR")
        p.add("small", "NO AMOUNT DEBITED")
    else:
        pto = f"{j.date:%Y%m%d}{digits(rng, 10)}"
        three = [(0.0, 0.34, "l"), (0.34, 0.67, "c"), (0.67, 1.0, "r")]
        p.add("center", "CARD SALE")
        p.add("rule")
        cols(
            p,
            "pt",
            three,
            f"TID {tid}",
            f"BATCH {batch[-3:]}",
            f"INV {inv[-4:]}",
            txn=(INVOICE_RANK, inv[-4:]),
        )
        p.add("left", f"{scheme} DEBIT ****{last4} (CONTACTLESS)", method="card")
        p.add("left", f"{when(j.date, '%d %b %Y').upper()}  {t[:5]}", date=j.date)
        p.add("big", f"INR {j.amount:,.2f}", amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("rule")
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("left", "ORDER ID")
        p.add("right", pto, txn=(ORDER_RANK, pto))
        qr(p, f"paytm{pto}", "c", 4)
        p.add("small", "SCAN FOR YOUR E-RECEIPT  |  PAYTM CARD MACHINE")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


AVVNL = "Ajmer Vidyut Vitran Nigam Ltd."
AVVNL_HI = "अजमेर विद्युत वितरण निगम लिमिटेड"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Karkhana's, Kavad Ghar's and the Kendra's bills: AVVNL's online payment receipt under its Hindi
    name (its sentence; dot leaders: K Number, Bill Month, Amount Paid, Transaction ID, Bank Ref No, Payment
    Date, Payment Mode); MyJio's JioFiber recharge under a starburst's tick ("for JioFiber"; fields two to a
    row: Plan and Validity, Transaction ID and UPI Ref No, Paid via and Date); PHED Rajasthan's water bill
    payment failed (a Payment failed capsule; shaded label cells: Consumer No., Bill amount, Transaction ID,
    Payment mode, Date & time, Reason); Dish TV's recharge successful under a starburst's tick ("paid to
    <biller>", "5 min ago"; VC No., Pack, Order ID, Paid by; no day); BSNL's FTTH bill payment awaiting the
    bank's confirmation (a capsule; labels against a gutter: Account No., Bill amount, Payment Ref No, Mode,
    Initiated on); an Indane distributor's CASH MEMO for a refill delivered (Cash Memo No. beside Date,
    Consumer No., the refill's price and its GST on hairlines, Total, "Paid in cash" by hand, Delivered by);
    RailWire's mail of a broadband payment received (its sentence; Username, Plan, Amount, Transaction ID,
    Payment mode, Date beside their labels); a cable operator's collection slip from its collector's handheld
    printer on a narrow torn roll (DATE, TIME, NAME, STB NO, MONTH, AMOUNT, PAID: CASH, BY; no reference). All
    new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=300, high=9000)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "Rs"))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = browser_page(rng, font, "billing.avvnl.com/ConsumerPortal/PaymentReceipt")
        p.part = "head"
        hline(p, AVVNL_HI, scale=1.0, bold=True)
        name = pick(p, "title", [AVVNL, "AVVNL"])
        top(p, name, merchant=name)
        p.add("small", "Chittorgarh Circle  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", "Thank you! Your payment has been received.", status=status)
        p.add("gap")
        j.amount = rupees(rng, 900, 8400, 0.3)
        tid = f"AV{j.date:%y%m%d}{digits(rng, 8)}"
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        dots(p, "K Number", f"{rng.randrange(110000, 119999)}{digits(rng, 6)}", at=0.38)
        dots(p, "Bill Month", when(month, "%b-%Y"), at=0.38)
        dots(p, "Amount Paid", rs(j.amount), at=0.38, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        dots(p, "Bank Ref No", bref, at=0.38, txn=(BANK_RANK, bref))
        dots(p, "Payment Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.38, date=j.date)
        dots(p, "Payment Mode", f"Debit Card {masked(rng, font)}", at=0.38, method="card")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        band(p, (15, 60, 200))
        app_head(p, "MyJio", "JioFiber")
        burst(p, status)
        p.add("center", "Recharge successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([399, 699, 999, 1499]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "JioFiber"
        p.add("center", f"for {name}", merchant=name)
        p.add("gap")
        tid = f"BR000{code(rng, 6, ALNUM)}{digits(rng, 4)}"
        two_up(p, "mj1", ("Plan", f"{rng.choice(['30', '100', '150'])} Mbps"), ("Validity", "30 days"))
        two_up(p, "mj2", ("Transaction ID", tid), ("UPI Ref No", j.ref), txn=(UTR_RANK, j.ref))
        two_up(
            p,
            "mj3",
            ("Paid via", "UPI"),
            ("Date", at_hour(rng, j.date, ["%d %b %Y"], (", ",))),
            method="UPI",
            date=j.date,
        )
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "phedwater.rajasthan.gov.in/onlinepayment/response")
        p.part = "head"
        hline(p, "जन स्वास्थ्य अभियांत्रिकी विभाग, राजस्थान", scale=0.95, bold=True)
        top(p, "Water bill payment")
        name = "Public Health Engineering Department, Rajasthan"
        p.add("small", name, merchant=name)
        p.add("rule")
        p.part = "body"
        pill(p, "Payment failed", status, align="l")
        p.add("small", "The payment could not be completed. The bill remains unpaid; please try again.")
        p.add("gap")
        j.amount = rupees(rng, 300, 2400, 0.4)
        tid = f"PHD{digits(rng, 12)}"
        kv(p, "Consumer No.", f"CHT/{digits(rng, 6)}", at=0.36)
        kv(p, "Bill amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Payment mode", "Net Banking (Bank of Baroda)", at=0.36, method="netbanking")
        kv(p, "Date & time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.36, date=j.date)
        kv(p, "Reason", "Transaction declined by bank", at=0.36)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        band(p, (230, 30, 40))
        app_head(p, "Dish TV", "Recharge")
        burst(p, status)
        p.add("center", "Recharge successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([299, 351, 429, 520]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Dish TV India Ltd"
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", "5 min ago")
        p.add("rule")
        oid = f"DTV{digits(rng, 11)}"
        kvr(p, "VC No.", digits(rng, 11))
        kvr(p, "Pack", rng.choice(["Super Family Hindi", "Rajasthani Mini", "Hindi Basic HD"]))
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Paid by", f"Debit card {dot * 4} {digits(rng, 4)}", method="card")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "portal.bsnl.in/myportal/quickpayment/status")
        p.part = "head"
        name = "BSNL"
        top(p, name, merchant=name)
        p.add("small", "Bharat Fibre (FTTH)  |  Quick pay")
        p.add("rule")
        p.part = "body"
        pill(p, "Awaiting bank confirmation", status, align="l")
        p.add(
            "small",
            "If the amount is debited, the payment will be updated within 48 hours. Do not pay again.",
        )
        p.add("gap")
        j.amount = float(rng.choice([472, 590, 826, 1180]))
        pref = f"BS{j.date:%y%m%d}{digits(rng, 8)}"
        for label, value, facts in [
            ("Account No.", digits(rng, 10), {}),
            ("Bill amount", rs(j.amount), {"amount": j.amount}),
            ("Payment Ref No", pref, {"txn": (TXN_RANK, pref)}),
            ("Mode", "Net Banking (SBI)", {"method": "netbanking"}),
            ("Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), {"date": j.date}),
        ]:
            gutter(p, "bs", label, value, at=0.36, **facts)
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(240, 246, 252), (246, 244, 250)])
        p.part = "head"
        name = "SHRI SANWARIYA GAS SERVICE"
        top(p, name if fits(p, "title", name) else "SANWARIYA GAS SERVICE")
        p.tags[-1] = (p.tags[-1][0], {"merchant": p.rows[-1][1]})
        p.add("small", "Indane distributor  |  Chittorgarh")
        p.add("center", "CASH MEMO")
        p.part = "body"
        cm = str(rng.randrange(100000, 999999))
        cols(
            p,
            "cm",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Cash Memo No. {cm}",
            f"Date {when(j.date, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, cm),
            date=j.date,
        )
        p.add("left", f"Consumer No. {digits(rng, 6)}  |  Kavad Karkhana, Bassi")
        base_ = float(rng.choice([812.38, 818.10, 823.81]))
        g = round(base_ * 0.05, 2)
        j.amount = round(base_ + g, 2)
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "cmi", spec, "Refill, 14.2 kg", num(base_), mode="line")
        cols(p, "cmi", spec, "GST 5%", num(g), mode="line")
        total(p, "Total", num(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        write(p, "Paid in cash", method="cash", status=status)
        right(p, "Delivered by: Raju")
        return p.done()
    if k == 6:
        p = mail_page(
            rng, font, "RailWire <noreply@railwire.co.in>", ["Payment received", "Thank you for your payment"]
        )
        p.part = "head"
        name = "RailWire"
        top(p, name, merchant=name)
        p.add("small", "Broadband by RailTel Corporation of India Ltd.")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([499, 649, 799, 1049]))
        p.add(
            "left",
            f"Dear subscriber, we have received your payment of {rs(j.amount)}. Thank you.",
            amount=j.amount,
            status=status,
        )
        p.add("gap")
        tid = f"RW{digits(rng, 12)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        cols(p, "rw", spec, "Username", f"rj_bassi_{digits(rng, 5)}")
        cols(p, "rw", spec, "Plan", f"{rng.choice(['40', '60', '100'])} Mbps unlimited, 1 month")
        cols(p, "rw", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        cols(p, "rw", spec, "Payment mode", "UPI", method="UPI")
        cols(p, "rw", spec, "Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
        p.add("gap")
        p.add("small", "Your partner: Bassi Net Services, Chittorgarh.")
        return p.done()
    # a cable operator's collection slip from the handheld Bluetooth printer its collector carries: a narrow
    # roll, its own fixed-width face
    p = screen(rng, font, width=rng.choice([360, 380]), size=rng.choice([16, 17]))
    paper(p, rng)
    p.style["paper"] = rng.choice([(250, 250, 246), (246, 246, 242)])
    h269.torn(p)
    typeface(p)
    p.part = "body"
    width_ = h271.tt_cols(p)
    name = "MEWAR CABLE NETWORK"
    typed(p, name.center(width_).rstrip(), merchant=name)
    typed(p, "BASSI, CHITTORGARH".center(width_).rstrip())
    typed(p, "-" * width_)
    j.amount = float(rng.choice([250, 300, 350]))
    month = j.date.replace(day=1)
    for label, value, facts in [
        ("DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
        ("TIME", hhmm(rng, twelve=False)[:5], {}),
        ("NAME", "VISHWAKARMA KAVAD", {}),
        ("STB NO", digits(rng, 10), {}),
        ("MONTH", when(month, "%b-%Y").upper(), {}),
        ("AMOUNT", f"{j.amount:.2f}", {"amount": j.amount}),
        ("PAID", "CASH", {"method": "cash", "status": status}),
        ("BY", "SOHAN LAL", {}),
    ]:
        typed(p, f"{label:<8}: {value}"[:width_], **facts)
    typed(p, "-" * width_)
    typed(p, "THANK YOU".center(width_).rstrip())
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Rajasthan Marudhara Gramin Bank", "VM-RMGBNK", "MEWAR TIMBER MART", "UPI", "hindi"),
    ("Bank of Baroda", "AD-BOBTXN", "GOPAL PANSARI BHANDA", "IMPS", "sms"),
    ("AU Small Finance Bank", "JM-AUBANK", "SHRI RAM ROADLINES", "IMPS", "sms"),
    ("ICICI Bank", "VK-ICICIT", "JAIN HARDWARE STORE", "UPI", "sms"),
    ("Kotak Mahindra Bank", "BZ-KOTAKB", "PRINTWELL OFFSET", "NEFT", "sms"),
    ("YES BANK", "", "KAAGAZ PACKAGING", "NEFT", "mail"),
    ("Union Bank of India", "", "BASSI ELECTRICALS", "UPI", "lock"),
    ("Punjab National Bank", "JD-PNBSMS", "UDAIPUR STALL DECORA", "NEFT", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the Kendra's payments: Rajasthan Marudhara Gramin Bank's SMS in Hindi in its
    messages thread under its day divider ("आपके खाते XX1234 से रु.x दिनांक <dd-mm-yyyy> को UPI द्वारा <PAYEE>
    को भेजे गए। संदर्भ संख्या <ref>। ..."); SMS in Bank of Baroda's ("Rs.x transferred from A/c ...1234
    to:IMPS/P2A/<ref>/<PAYEE>. Total Bal:Rs.y CR ... (<dd-mm-yyyy hh:mm:ss>) - Bank of Baroda"), AU Small
    Finance Bank's ("Your IMPS of Rs x to <PAYEE> from A/c XX1234 on <dd/mm/yyyy> is under process. Do not
    retry. IMPS Ref ..."), ICICI Bank's ("ICICI Bank Acct XX123 debited for Rs x on <dd-Mon-yy>; <PAYEE>
    credited. UPI:<ref>. ..."), Kotak's ("Your NEFT of Rs.x to <PAYEE> (UTR ...) on <dd/mm/yyyy> has been
    returned by the beneficiary bank. ...") and Punjab National Bank's ("A/c XX1234 debited INR x on
    <dd-mm-yy> thru NEFT to <PAYEE>. UTR:... Bal INR y -PNB") wordings; YES BANK's mail ("Your A/c
    XXXXXXXX1234 has been debited with INR x on <dd-Mon-yyyy> towards NEFT to <PAYEE>."; no reference); Union
    Bank's notification on a phone's lock screen under its clock ("Union Bank of India . 2m ago", "A/c *1234
    Debited for Rs:x via UPI to <PAYEE>. Ref:... -Union Bank of India", a chat's notification under it; no
    day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=2000, high=90000)
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
    if frame == "hindi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"आपके खाते XX{tail4} से रु.{amt} दिनांक {when(j.date, '%d-%m-%Y')} को UPI द्वारा {to} को भेजे गए। "
            f"संदर्भ संख्या {utr}। यदि यह लेनदेन आपने नहीं किया है तो 18001806261 पर संपर्क करें - RMGB"
        )
        hwrap(p, text, share=0.92, **facts)
        h273.bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "Bank of Baroda":
            text = (
                f"Rs.{amt} transferred from A/c ...{tail4} to:IMPS/P2A/{utr}/{to}. Total Bal:Rs.{bal}CR. "
                f"Avlbl Amt:Rs.{bal}({when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False, seconds=True)}) "
                "- Bank of Baroda"
            )
        elif bank == "AU Small Finance Bank":
            text = (
                f"Your IMPS of Rs {amt} to {to} from A/c XX{tail4} on {when(j.date, '%d/%m/%Y')} is under "
                f"process. Do not retry. IMPS Ref {utr}. -AU Bank"
            )
        elif bank == "ICICI Bank":
            text = (
                f"ICICI Bank Acct XX{tail4[1:]} debited for Rs {amt} on {when(j.date, '%d-%b-%y')}; {to} "
                f"credited. UPI:{utr}. Call 18002662 for dispute. SMS BLOCK {tail4[1:]} to 9215676766."
            )
        elif bank == "Kotak Mahindra Bank":
            text = (
                f"Your NEFT of Rs.{amt} to {to} (UTR {utr}) on {when(j.date, '%d/%m/%Y')} has been returned "
                f"by the beneficiary bank. The amount is credited back to A/c XX{tail4}. -Kotak Bank"
            )
        else:
            text = (
                f"A/c XX{tail4} debited INR {amt} on {when(j.date, '%d-%m-%y')} thru NEFT to {to}. "
                f"UTR:{utr}. Bal INR {bal} -PNB"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "YES BANK <transactionalerts@yesbank.in>", ["Debit alert", "Transaction alert"]
        )
        p.part = "head"
        top(p, "YES BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your A/c XXXXXXXX{tail4} has been debited with INR {amt} on {when(j.date, '%d-%b-%Y')} towards "
            f"NEFT to {to}.",
            **facts,
        )
        p.add("left", f"Available balance: INR {bal}")
        p.add("gap")
        p.add("left", "If you have not done this transaction, please call 1800 1200 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "YES BANK Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    p = screen(rng, font, "crop", dark=True, width=rng.choice([580, 600, 620]))
    p.style["paper"] = rng.choice([(18, 24, 40), (30, 22, 34), (14, 30, 30)])
    p.part = "head"
    p.add("gap")
    p.add("big", hhmm(rng, twelve=False))
    p.add("gap")
    p.part = "body"
    c = card_open(p)
    p.add("small", f"Union Bank of India {sign(font, chr(0x2022), '*')} {rng.randrange(1, 9)}m ago")
    p.add(
        "left",
        f"A/c *{tail4} Debited for Rs:{amt} via UPI to {to}. Ref:{utr}. If not you, call 18002082244 "
        "-Union Bank of India",
        **facts,
    )
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("small", f"WhatsApp {sign(font, chr(0x2022), '*')} {rng.randrange(10, 40)}m ago")
    p.add("left", "Hemant: Kavad for the Jaipur order packed")
    card_close(p, c)
    p.add("gap")
    p.add("gap")
    p.add("small", "Swipe up to unlock")
    return p.done()

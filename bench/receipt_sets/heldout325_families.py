"""The twelve heldout325 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Mata ni pachedi painters' firm's year of 2026 in Ahmedabad (Chitara Pachedi
Kala Kendra, in Gujarati ચિતારા પછેડી કલા કેન્દ્ર, a partnership of a Vaghri (Devipujak) family of chitaras
whose makers draw the Mother goddess and her stories on cotton with a bamboo kalam in the iron-black, print
the borders with wooden blocks, paint the alum where the alizarin red will take, boil the cloth and wash it
in the Sabarmati, paid by the pachedi painted, the metre printed and the wash; its showroom at Law Garden,
the Pachedi Mandap; its stall at the GMDC ground's Navratri festival; its web shop on Easebuzz and PhonePe's
gateway and its Etsy shop; the tourism corporation, a Gandhinagar hotel company, a Bengaluru hotel chain, a
temple trust, a Pune gifting firm, a Mumbai interior studio, a Surat textile house and a PSU on GeM at home
and galleries, textile societies, studios and interior houses abroad), told by the proofs of payment it
receives (PhonePe Business, Google Pay set in Gujarati, Amazon Pay, CRED, Freecharge, Jupiter, Vyom and IDFC
FIRST Bank; the tourism corporation's remittance advice, Kotak FYN, NetSuite's bill payment mail, the temple
trust's letter in Gujarati, RazorpayX, a Google Chat space, Canara Bank's corporate banking and GeM; Mercury,
RBC Express, Rabobank, UOB Infinity, Starling, Westpac, Mashreq NEOBiz and Nordea; the Navratri stall's memo
in a Gujarati hand, the Mandap's tax invoice, Easebuzz, Etsy's deposit mail, the advance receipt book,
OkCredit, PhonePe's gateway and the firm's e-invoice) and those it makes (a cotton mill's invoice, a Kalupur
gandhi's chit in a Gujarati hand, a Pethapur block maker's bill book, udaan, Delhivery, Bizongo, a printer's
Zoho invoice and a frame maker's invoice with its QR code; the Kalupur bank, bob World, HDFC Bank, the
Mercantile bank's application filled in by hand, Axis Mobile, FedMobile, AU 0101 and Kotak's net banking; a
maker's wage account and kite-day advance in a Gujarati hand, the printed wage slip, Paytm, Keka's payslip,
JioFinance, BHIM and a WhatsApp chat; AMC's property tax, AMC's Shops and Establishments renewal, GPCB's
consent fee, the GST portal, the Labour Welfare Board, the Navratri committee's letter in Gujarati, the
e-challan portal and AMC's professional tax; eight insurers; cards on the Mandap's and the stall's
terminals, at a thali house through Swiggy Dineout, a hardware store and a fuel station, on Air India
Express, in Axis Bank's SMS and on IDFC FIRST Bank's card app; Torrent Power, Adani Total Gas, JioFiber,
AMC's water counter, Amazon Pay, ACT Fibernet, the dhobi ghat's slip and Bharat BillPay; the banks' SMS,
Baroda Gujarat Gramin Bank's SMS in Gujarati, a heads-up notification, WhatsApp banking, an RCS card and a
mail). Each layout is a function of its own (the family's function picks it by the receipt's place in its
family, ``UPI_LAYOUTS`` to ``ALERT_LAYOUTS``), every row added to heldout113's ``Screen`` with the facts it
prints and the truth read back from the rows the page keeps. Headings, footers, the Gujarati names over or
under their English, the motto, salutations, Gujarati labels (but a boxed field's value, a Gujarati
letter's or SMS' sentence, whose figures and payee carry the facts, and a Gujarati hand's sums, days and
"received" or "paid"), items, pieces, blocks, cloth, dyes, dishes, rates, counts, GST, TDS, fees, charges,
discounts, balances, limits, fares, periods, months (માસ), bill months, bill periods, years, invoice, bill,
due and journey days, account, policy, proposal, application, consumer, service, BP, tenement, PEC,
subscriber, vehicle, contract and employee numbers, PANs, AWBs, IRNs and acknowledgement numbers, card
numbers, GSTIN, IFSC, UPI IDs, an advice's bills, replies, the Mata ni pachedi and its border, the block's
print, the cloth a page lies on, stages, progress bars, notices, tiles, badges, ribbons, stamps' printed
words, seals, revenue stamps, QR codes, barcodes and signatures carry no fact. ``Job`` is heldout167's;
``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's;
``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``paper`` and ``screen``
heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and
``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's;
heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``,
``sms_page``, ``ticks``, ``qr``, ``bars``, ``thumb``, ``seal``, a roll's torn edges), heldout271's
(``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``step``, ``rstamp``,
rounded cards), heldout273's (``ledger``, ``hcells``, ``pill``, ``track``, ``panel``, ``field``,
``avatar``, ``bubble``, ``tick``), heldout275's (``sig``, ``divider``, ``sicon``, ``ribbon``, ``bigsum``,
a chat's payment card), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``at_hour``,
``two_up``, ``redno``, ``spinner``, ``emboss``), heldout287's (``notice``, ``tile``, ``burst``, ``oval``,
``vlab``, ``vname``, ``tiles2``, ``copyrow``, ``speaker``, ``decor``), heldout289's (``chip``, ``steps``,
``revenue``, ``watermark``) and heldout294's (``octa``, ``progress``, ``banner_veil``), written in this
set's pens and printers' faces; heldout320's Gujarati runs (``draw_gu``, ``gu_width``, ``gu_ok``: a line's
Gujarati runs in Noto Sans or Noto Serif Gujarati, its other runs in the page's face). ``compose`` is
heldout158's (as heldout269's to heldout323's), each page's rows drawn by heldout294's ``_render`` (and the
renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for them: Gujarati lines
(``gu``, ``gu_wrap``); a Gujarati hand (``ghand``: Noto Sans Gujarati with an upright DejaVu Sans for its
figures and Latin letters, sheared as a sketch pen leans, a little off its line, a sum at the right end of
its line where it has one); this set's boxed field (``kbox``: the Gujarati label in bold with its English
small under it at the left, the value printed or written in the page's pen in a box ruled in the
alizarin red from a share of the room to the right edge, two lines high); a Mata ni pachedi as a
letterhead's emblem (``mata``: a small panel of the Mother's cloth, its alizarin field in a border of
unbleached cotton ruled in the iron-black with shrine-top teeth along its top, the goddess under her
shrine's arch with her crowned head, her great almond eye, her many arms with the trident and the sword,
her striped skirt, seated on her goat, a devotee with a lamp and a tree at each side, a zigzag band at its
foot); a pachedi's border as a divider (``border``: the unbleached ground between two black rules, a red
band with a chain of cotton dots and a row of black-outlined shrine-top teeth on it); the firm's wooden
block printed as its mark (``block``: a square of the alizarin red, uneven as a hand block prints, a lotus
of eight petals and a ring of dots left in reserve); and, after the frame, the Mata ni pachedi a page is
photographed lying on (``on_pachedi``: the cloth's alizarin field with rows of devotees and trees in
reserve outlined in black, its border of teeth, the page's shadow, the page a little askew). The Pachedi
Mandap shuts on Mondays as Law Garden's craft shops do (``not_monday``). The pages' layouts and wordings
are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout279_families as h279
from bench.receipt_sets import heldout287_families as h287
from bench.receipt_sets import heldout289_families as h289
from bench.receipt_sets import heldout294_families as h294
from bench.receipt_sets.heldout14_render import FONT_DIR, load_font
from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import (
    BANK_RANK,
    MARGIN,
    ORDER_RANK,
    TXN_RANK,
    UTR_RANK,
)
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, paper, screen
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv, grid
from bench.receipt_sets.heldout273_families import ledger, panel, pill
from bench.receipt_sets.heldout275_families import divider, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab
from bench.receipt_sets.heldout320_families import (
    GU,
    GU_BOLD,
    GU_SERIF,
    GU_SERIF_BOLD,
    draw_gu,
    gu_ok,
    gu_width,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# a no-break space: it keeps a sum's Rs. on the line of its figures where a sentence is broken into lines
NBSP = "\u00a0"
# the hands that write on this set's papers (their Latin letters and figures): italics and obliques in
# another mix than heldout322's and heldout323's
PENS = [
    "dejavu/DejaVuSans-Oblique.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
]
INKS = [(22, 38, 120), (30, 28, 36), (12, 56, 104), (70, 24, 80), (120, 22, 30)]
# the faces a page's fixed-width lines are printed in (a terminal's, a counter's roll, a kiosk's printer)
TYPES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# a Gujarati hand: Noto Sans Gujarati for its letters (heldout320 wrote its Gujarati hand in the serif), an
# upright DejaVu Sans for the figures and Latin letters among them, both sheared as a sketch pen leans
HAND_LATIN = "dejavu/DejaVuSans.ttf"
HAND_GROW = 1.08
SCRIPT_FACES = [GU, GU_BOLD, GU_SERIF, GU_SERIF_BOLD, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
AMBER = (214, 140, 20)
# the colours of a Mata ni pachedi: the alizarin red boiled onto the alum mordant, its deeper shade, the
# black the iron and jaggery mordant gives, the unbleached cotton left in reserve, and the yellow some
# painters add
ALIZ = (156, 30, 32)
ALIZ_DEEP = (104, 20, 24)
KAT = (30, 24, 22)
COTTON = (242, 232, 208)
HALDI = (204, 156, 48)

# ---------------------------------------------------------------- the firm

FIRM = "Chitara Pachedi Kala Kendra"
FIRM_MS = "M/s Chitara Pachedi Kala Kendra"
FIRM_CAPS = "CHITARA PACHEDI KALA KENDRA"
# the firm's name in Gujarati ("the Chitara pachedi art centre"; a chitara, a painter, names the Vaghri
# families who paint the Mother's cloth)
FIRM_GU = "ચિતારા પછેડી કલા કેન્દ્ર"
# the firm's name as a bank's beneficiary field cuts it
CUT = "CHITARA PACHEDI KALA KEN"
SHOP = "Pachedi Mandap"
SHOP_CAPS = SHOP.upper()
# મંડપ: the canopy a shrine stands under, which the pachedi makes for the Mother when her devotees set her up
SHOP_GU = "પછેડી મંડપ"
SHOP_AT = "Law Garden, Ellisbridge, Ahmedabad, Gujarat - 380006"
SHED_AT = "Chitara Vas, Vasna, Ahmedabad, Gujarat - 380007"
WEB = "pachedimandap.in"
GSTIN = "24AAVFC6291K1Z8"
UDYAM = "UDYAM-GJ-01-0032914"
# its motto: "the Mother's cloth, the Mother's blessing"
MOTTO = "માતાની પછેડી, માતાના આશીર્વાદ"
PARTNER = "Dineshbhai Chitara"
EXPORTS = "Krupa Chitara"
COUNTER = "Nayna Parmar"
# the makers: they draw the Mother and her stories with a bamboo kalam in the iron-black, print the borders
# with wooden blocks, paint the alum where the red will take, boil the cloth with alizarin and wash it in the
# Sabarmati; paid by the pachedi painted, the metre printed and the wash
MAKERS = [
    "Rameshbhai Chitara",
    "Geetaben Chitara",
    "Sureshbhai Devipujak",
    "Manjuben Chitara",
    "Ashokbhai Chitara",
    "Savitaben Devipujak",
    "Kanubhai Chitara",
    "Leelaben Chitara",
]
# Sharad Navratri, the goddess' nine nights, when the Mandap's stall at the GMDC ground sells most (11 to 19
# October 2026); Uttarayan, when the makers' kite-day advance is paid (14 January 2026)
NAVRATRI, NAVRATRI_DAYS = dt.date(2026, 10, 11), 9
UTTARAYAN = dt.date(2026, 1, 14)
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Baroda Gujarat Gramin Bank": "BARB",
    "The Kalupur Commercial Co-op. Bank": "KCCB",
    "The Ahmedabad Mercantile Co-op. Bank": "AMCB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Union Bank of India": "UBIN",
    "Federal Bank": "FDRL",
    "IDFC FIRST Bank": "IDFB",
    "AU Small Finance Bank": "AUBL",
    "Canara Bank": "CNRB",
}
# the firm's pieces: name, HSN, price each (low, high); GST 5% (made-ups and dupattas of cotton of up to
# Rs. 2,500 a piece, since September 2025)
PIECES = [
    ("Mata ni pachedi, 3 x 5 ft", "6304", 1800, 2500),
    ("Mata ni pachedi, 2 x 3 ft", "6304", 950, 1700),
    ("Meldi Ma panel", "6304", 700, 1400),
    ("Khodiyar Ma panel", "6304", 700, 1400),
    ("Chandarvo (canopy)", "6304", 1600, 2500),
    ("Kalamkari dupatta", "6214", 650, 1200),
    ("Pachedi stole", "6214", 480, 900),
    ("Cushion covers, pair", "6304", 420, 780),
    ("Table runner", "6304", 380, 720),
]
SHORT = {
    "Mata ni pachedi, 3 x 5 ft": "Pachedi 3x5",
    "Mata ni pachedi, 2 x 3 ft": "Pachedi 2x3",
    "Meldi Ma panel": "Meldi Ma panel",
    "Khodiyar Ma panel": "Khodiyar panel",
    "Chandarvo (canopy)": "Chandarvo",
    "Kalamkari dupatta": "Dupatta",
    "Pachedi stole": "Stole",
    "Cushion covers, pair": "Cushion pair",
    "Table runner": "Table runner",
}
# the pieces as a Gujarati hand writes them on a memo or a maker's account
PIECES_GU = {
    "Mata ni pachedi, 3 x 5 ft": "માતાની પછેડી મોટી",
    "Mata ni pachedi, 2 x 3 ft": "માતાની પછેડી નાની",
    "Meldi Ma panel": "મેલડી માનો પટ",
    "Khodiyar Ma panel": "ખોડિયાર માનો પટ",
    "Chandarvo (canopy)": "ચંદરવો",
    "Kalamkari dupatta": "કલમકારી દુપટ્ટો",
    "Pachedi stole": "પછેડી સ્ટોલ",
    "Cushion covers, pair": "ગાદી કવર જોડ",
    "Table runner": "ટેબલ રનર",
}
BUYERS = [
    ("Hetal Patel", "State Bank of India"),
    ("Jignesh Desai", "Bank of Baroda"),
    ("Priyanka Shah", "HDFC Bank"),
    ("Maulik Trivedi", "ICICI Bank"),
    ("Falguni Mehta", "Kotak Mahindra Bank"),
    ("Ronak Joshi", "Axis Bank"),
    ("Anjali Iyer", "Union Bank of India"),
    ("Chirag Parikh", "IDFC FIRST Bank"),
]


def pieces(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's pieces sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(PIECES) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = PIECES[i]
        q = rng.randrange(1, 3) if lo >= 1500 else rng.randrange(1, 5)
        ceiling = max(lo + 20, min(hi_, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (Navratri's), its UPI / card reference made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def not_monday(j: Job, rng: random.Random) -> None:
    """The Pachedi Mandap shuts on Mondays, as Law Garden's craft shops do: a payment it takes over its
    counter on a Monday is moved to the Sunday before, its reference made again for that day."""
    if j.date.weekday() == 0:
        season(j, rng, j.date - dt.timedelta(days=1), 1)


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "BARB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "24", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(12, 640), len(shares))
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 8, 75)
        out.append((f"{prefix}/{fy(day)}/{numbers[i]:03d}", day, v))
    return out


def rupee_of(font: str) -> str:
    """The rupee's sign where the face and its bold draw it, else Rs."""
    return "\u20b9" if glyphs(font, "\u20b9") and glyphs(bold_of(font), "\u20b9") else "Rs."


def masked(font: str, n: int = 2) -> str:
    return sign(font, "\u2022", "*") * n


def initials(name: str) -> str:
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha() and len(w) > 1]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


def fit(p: Screen, names: list[str], share: float, *, scale: float = 1.0, bold: bool = False) -> str:
    """The first of ``names`` that fits ``share`` of the room in the page's face (the last where none
    does)."""
    face = load_font(bold_of(p.font) if bold else p.font, int(p.style["size"] * scale))
    room = room_of(p) * share - 10
    return next((n for n in names if face.getlength(n) <= room), names[-1])


def whole_rs(value: float, grouping: str = "indian") -> str:
    """A sum as a letter writes it: Rs. 68,000/- where it is whole, Rs. 1,48,901.50 where it has paise."""
    if value == int(value):
        return f"Rs. {num(value, grouping, 0)}/-"
    return f"Rs. {num(value, grouping)}"


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


def hours(rng: random.Random, n: int = 2) -> list[str]:
    """``n`` hours of one day in order, a few minutes apart (a message and its replies)."""
    start = rng.randrange(8 * 60, 20 * 60)
    out = []
    for _ in range(n):
        out.append(hour12(start // 60, start % 60, lower=True))
        start += rng.randrange(2, 25)
    return out


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Bank of Baroda": "BOB",
        "HDFC Bank": "HDFC",
        "ICICI Bank": "ICICI",
        "Kotak Mahindra Bank": "Kotak",
        "Axis Bank": "Axis",
        "Union Bank of India": "Union",
        "IDFC FIRST Bank": "IDFC FIRST",
    }.get(bank, bank)


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h325", {"marks": {}, "frame": None})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own rows (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def pen_of(p: Screen) -> str:
    """The page's hand (this set's pens, in heldout271's slot so every filled-in row writes in it)."""
    x = h271.ext(p)
    if "pen" not in x:
        x["pen"] = p.rng.choice(PENS)
    if "pen_ink" not in x:
        x["pen_ink"] = list(p.rng.choice(INKS))
    return x["pen"]


def one_pen(p: Screen) -> None:
    """heldout269's pen slot (its boxed fields, combs and tick boxes write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = pen_of(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


def type_of(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def sheet(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    pen_of(p)
    type_of(p)
    return p


def roll(rng: random.Random, font: str, widths: list[int], sizes: list[int]) -> Screen:
    """A terminal's or a counter's roll: a narrow paper page, its hand and fixed-width face this set's."""
    p = screen(rng, font, width=rng.choice(widths), size=rng.choice(sizes))
    paper(p, rng)
    pen_of(p)
    type_of(p)
    return p


def hand(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    pen_of(p)
    h271.hand(p, text, align=align, **facts)


def filled(p: Screen, label_: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    pen_of(p)
    h271.fill(p, label_, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.88, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    type_of(p)
    h271.tt(p, text, scale=scale, **facts)


def typed_pair(p: Screen, label_: str, value: str, **facts) -> None:
    """A fixed-width line with its label at the left and its value set to the line's right end."""
    cols_ = h271.tt_cols(p)
    typed(p, label_ + value.rjust(max(1, cols_ - len(label_) - 2)), **facts)


def lines_of(
    p: Screen, text: str, scale: float = 1.0, share: float = 0.97, *, bold: bool = False
) -> list[str]:
    """``text`` broken into lines that fit ``share`` of the room in the page's face."""
    face = load_font(bold_of(p.font) if bold else p.font, int(p.style["size"] * scale))
    room = room_of(p) * share
    out, line = [], ""
    for word in text.split():
        if line and face.getlength(f"{line} {word}") > room:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(line)
    return out


def prose(p: Screen, text: str, kind_: str = "left", **facts) -> None:
    """A sentence set in as many lines of ``kind_`` as it needs (the facts on its first line)."""
    scale = 0.8 if kind_ == "small" else 1.0
    for n_, line in enumerate(lines_of(p, text, scale)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lb25", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb25"] = 0.76
    h269.row(p, "lb25", text, **facts)


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


def bar(p: Screen, title: str, sub: str, **facts) -> None:
    """An app's name on its bar with the facts its second line prints (the business named under an app's
    name)."""
    p.part = "head"
    p.add("title", title)
    p.add("small", sub, **facts)
    p.add("gap")
    p.part = "body"


def sum_of(p: Screen, value: float, grouping: str = "indian") -> str:
    return f"{rupee_of(p.font)}{num(value, grouping)}"


def head_of(p: Screen, title: str, sub: str, *, rule: bool = True, **facts) -> None:
    """A page's issuer on top (in the title's size where it fits) and a small line under it."""
    p.part = "head"
    top(p, title, **facts)
    if sub:
        p.add("small", sub)
    if rule:
        p.add("rule")
    p.part = "body"


# ---------------------------------------------------------------- Gujarati on the firm's papers

# heldout320's Gujarati runs (``draw_gu``, ``gu_width``, ``gu_ok``: a line's Gujarati runs in Noto Sans or
# Noto Serif Gujarati, its other runs in the page's face) under this set's rows


def gu(
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
    """A line in Gujarati (a name over its English, a heading, a motto, an app's words, a bank's message),
    its Latin runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert gu_ok(text, p.font, bold=bold, serif=serif), text
    assert gu_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t25gu", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def gu_fits(p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, share: float = 1.0) -> bool:
    return gu_width(text, p.font, int(p.style["size"] * scale), bold=bold) <= share * room_of(p)


def gu_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Gujarati sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split(" "):
        if line and gu_width(f"{line} {word}", p.font, size) > room:
            gu(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    gu(p, line, scale=scale, align="l", **(facts if first else {}))


def ghand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.12, **facts) -> None:
    """A line written by hand in Gujarati: Noto Sans Gujarati for its letters and an upright DejaVu Sans for
    its figures and Latin letters, sheared as a sketch pen leans and a little off its line, in the page's
    ink; ``figure`` written at the right end of the line (a sum in a memo's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert gu_ok(text + figure, HAND_LATIN), text
    need = gu_width(text, HAND_LATIN, size, grow=HAND_GROW) + size * 0.6
    if figure:
        need += gu_width(figure, HAND_LATIN, size, grow=HAND_GROW) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t25gh", text, figure, mark_=[align, scale, p.rng.uniform(-0.8, 0.8)], **facts)


def kbox(
    p: Screen,
    gujarati: str,
    english: str,
    value: str,
    *,
    at: float = 0.38,
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """This set's boxed field: its Gujarati label in bold with its English small under it at the left, the
    value in a box ruled in the pachedi's red from ``at`` of the room to the right edge (written in the
    page's pen where ``pen``, else printed, in bold where ``bold``); two lines high."""
    size = p.style["size"]
    room = room_of(p)
    assert gu_ok(gujarati, p.font, bold=True) and glyphs(p.font, english), (gujarati, english)
    assert gu_width(gujarati, p.font, int(size * 0.86), bold=True) + 12 <= at * room, (gujarati, at)
    assert load_font(p.font, int(size * 0.64)).getlength(english) + 12 <= at * room, (english, at)
    vfont = pen_of(p) if pen else (bold_of(p.font) if bold else p.font)
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert glyphs(vfont, value), (vfont, value)
    assert vface.getlength(value) + 28 <= (1 - at) * room, (value, (1 - at) * room)
    put(p, "t25bx", gujarati, english, value, mark_=[at, pen, bold], **facts)
    p.add("gap")


def kb_fit(p: Screen, values: list[str], *, at: float = 0.38, pen: bool = False) -> str:
    """The first of ``values`` that fits a ``kbox``'s value (the last where none does)."""
    vface = load_font(pen_of(p) if pen else p.font, int(p.style["size"] * (1.08 if pen else 1.0)))
    room = room_of(p)
    return next((v for v in values if vface.getlength(v) + 28 <= (1 - at) * room), values[-1])


# ---------------------------------------------------------------- this set's marks


def mata(p: Screen) -> None:
    """A Mata ni pachedi as a letterhead's emblem: a small panel of the Mother's cloth, its alizarin field in a
    border of unbleached cotton ruled in the iron-black, a row of shrine-top teeth along its top; in the
    middle the goddess under her shrine's arch, her crowned head and great almond eye, her many arms holding
    the trident, the sword and the lotus, her striped skirt, seated on her goat; a devotee with a lamp and a
    tree at each side; a zigzag band at its foot; centred, three lines high."""
    put(p, "t25mt", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-1.5, 1.5)])
    p.add("gap")
    p.add("gap")


def border(p: Screen) -> None:
    """A pachedi's border as a divider across the page: the unbleached ground between two iron-black rules, a
    band of the alizarin red with a chain of cotton dots along it and a row of black-outlined shrine-top
    teeth standing on it; one line high."""
    put(p, "t25bd", "", mark_=[p.rng.randrange(10**6)])


def block(p: Screen) -> None:
    """The firm's own wooden block printed as its mark at the right: a square of the alizarin red, a little
    uneven as a hand block prints, a lotus of eight petals and a ring of dots left in reserve in it; three
    lines high (the rows beside it left empty)."""
    put(p, "t25bk", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-6, 6), p.rng.uniform(0.62, 0.78)])
    p.add("gap")
    p.add("gap")


def on_pachedi(p: Screen) -> None:
    """The page photographed lying on a Mata ni pachedi spread on the workshop's floor: the cloth's alizarin
    field with rows of devotees and trees drawn in black on the cotton left in reserve, its border, the
    page's shadow on it, the page a little askew."""
    ext(p)["frame"] = ["pachedi", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _teeth(d: ImageDraw.ImageDraw, x0: float, x1: float, y_base: float, h: float, fill_, outline) -> None:
    """A row of shrine-top teeth (the kangura of a shrine's parapet) standing on ``y_base``."""
    n = max(3, int((x1 - x0) / (h * 0.9)))
    step = (x1 - x0) / n
    for i in range(n):
        a = x0 + i * step
        d.polygon(
            [(a + step * 0.1, y_base), (a + step * 0.5, y_base - h), (a + step * 0.9, y_base)],
            fill=fill_,
            outline=outline,
        )


def _figure(
    d: ImageDraw.ImageDraw, cx: float, base: float, h: float, line_w: int, lamp: bool = False
) -> None:
    """A devotee as the pachedi draws one: a round head, a triangle of a body in a striped cloth, arms
    raised (holding a lamp where ``lamp``)."""
    r = h * 0.12
    d.ellipse((cx - r, base - h, cx + r, base - h + 2 * r), fill=COTTON, outline=KAT, width=line_w)
    d.polygon(
        [(cx, base - h + 2 * r), (cx - h * 0.26, base), (cx + h * 0.26, base)],
        fill=COTTON,
        outline=KAT,
        width=line_w,
    )
    for k in range(1, 4):
        y = base - h + 2 * r + (h - 2 * r) * k / 4
        half = h * 0.26 * k / 4
        d.line((cx - half, y, cx + half, y), fill=KAT, width=max(1, line_w - 1))
    d.line((cx, base - h * 0.66, cx - h * 0.22, base - h * 0.86), fill=KAT, width=line_w)
    d.line((cx, base - h * 0.66, cx + h * 0.22, base - h * 0.86), fill=KAT, width=line_w)
    if lamp:
        d.ellipse((cx + h * 0.18, base - h * 0.95, cx + h * 0.28, base - h * 0.85), fill=HALDI, outline=KAT)


def _tree(d: ImageDraw.ImageDraw, cx: float, base: float, h: float, line_w: int) -> None:
    """A tree as the pachedi draws one: a trunk and round leaves in pairs up it."""
    d.line((cx, base, cx, base - h), fill=KAT, width=line_w)
    for k in range(4):
        y = base - h * (0.3 + 0.18 * k)
        r = h * (0.12 - 0.02 * k)
        for side in (-1, 1):
            x = cx + side * r * 1.1
            d.ellipse((x - r, y - r * 0.7, x + r, y + r * 0.7), fill=COTTON, outline=KAT, width=1)
    d.ellipse((cx - h * 0.06, base - h - h * 0.06, cx + h * 0.06, base - h + h * 0.06), fill=ALIZ_DEEP)


def _mata_art(H: int, seed: int) -> Image.Image:
    """The emblem drawn ``H`` high as an RGBA image."""
    srng = random.Random(seed)
    W = int(H * 1.7)
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    lw = max(2, H // 70)
    field = srng.choice([ALIZ, (148, 26, 34), (164, 36, 30)])
    # the border of unbleached cotton ruled in black, the alizarin field inside it
    d.rectangle((0, 0, W - 1, H - 1), fill=COTTON, outline=KAT, width=lw)
    b = H * 0.07
    d.rectangle((b, b, W - b, H - b), fill=field, outline=KAT, width=lw)
    for x in np.arange(b * 0.5, W - b * 0.3, b * 0.8):
        d.ellipse((x - b * 0.16, b * 0.34, x + b * 0.16, b * 0.66), fill=field)
        d.ellipse((x - b * 0.16, H - b * 0.66, x + b * 0.16, H - b * 0.34), fill=field)
    _teeth(d, b, W - b, b + H * 0.09, H * 0.08, COTTON, KAT)
    # the zigzag band at the foot
    zy0, zy1 = H - b - H * 0.09, H - b
    d.rectangle((b, zy0, W - b, zy1), fill=COTTON, outline=KAT, width=1)
    n = int((W - 2 * b) / (H * 0.06))
    pts = [(b + (W - 2 * b) * i / n, zy1 - 2 if i % 2 == 0 else zy0 + 2) for i in range(n + 1)]
    d.line(pts, fill=KAT, width=lw)
    cx = W / 2
    # the shrine's arch over the goddess
    ax0, ax1 = cx - H * 0.3, cx + H * 0.3
    ay_top, ay_base = H * 0.2, zy0
    d.rectangle((ax0, ay_top + H * 0.14, ax1, ay_base), outline=COTTON, width=lw + 1)
    d.pieslice((ax0, ay_top, ax1, ay_top + H * 0.3), 180, 360, fill=field, outline=COTTON, width=lw + 1)
    d.ellipse((cx - H * 0.025, ay_top - H * 0.05, cx + H * 0.025, ay_top), fill=HALDI, outline=KAT)
    # the goat she rides
    gy = ay_base - H * 0.06
    d.ellipse((cx - H * 0.2, gy - H * 0.12, cx + H * 0.14, gy), fill=COTTON, outline=KAT, width=lw)
    for lx in (-0.15, -0.08, 0.03, 0.1):
        d.line((cx + H * lx, gy - H * 0.02, cx + H * lx, gy + H * 0.03), fill=KAT, width=lw)
    d.ellipse((cx + H * 0.1, gy - H * 0.19, cx + H * 0.2, gy - H * 0.09), fill=COTTON, outline=KAT, width=lw)
    d.line((cx + H * 0.13, gy - H * 0.18, cx + H * 0.1, gy - H * 0.24), fill=KAT, width=lw)
    d.line((cx + H * 0.17, gy - H * 0.18, cx + H * 0.2, gy - H * 0.24), fill=KAT, width=lw)
    for k in range(4):
        x = cx - H * 0.16 + k * H * 0.07
        d.line((x, gy - H * 0.11, x + H * 0.02, gy - H * 0.01), fill=KAT, width=1)
    # the goddess: her skirt, body, many arms, head, crown and eye
    hy = H * 0.37
    hr = H * 0.065
    sk_top, sk_base = hy + H * 0.2, gy - H * 0.1
    d.polygon(
        [
            (cx - H * 0.05, sk_top),
            (cx + H * 0.05, sk_top),
            (cx + H * 0.15, sk_base),
            (cx - H * 0.15, sk_base),
        ],
        fill=COTTON,
        outline=KAT,
        width=lw,
    )
    for k in range(1, 5):
        y = sk_top + (sk_base - sk_top) * k / 5
        half = H * 0.05 + H * 0.1 * k / 5
        d.line((cx - half, y, cx + half, y), fill=field if k % 2 else KAT, width=lw)
    d.polygon(
        [
            (cx - H * 0.06, hy + hr),
            (cx + H * 0.06, hy + hr),
            (cx + H * 0.05, sk_top),
            (cx - H * 0.05, sk_top),
        ],
        fill=COTTON,
        outline=KAT,
        width=lw,
    )
    arms = srng.choice([3, 4])
    for side in (-1, 1):
        for a in range(arms):
            t = -0.35 + 0.95 * a / max(1, arms - 1)
            ex = cx + side * H * (0.2 - 0.03 * abs(t))
            ey = hy + H * 0.12 - H * 0.2 * t
            sx, sy = cx + side * H * 0.05, hy + hr + H * 0.04
            d.line((sx, sy, ex, ey), fill=KAT, width=lw)
            d.ellipse(
                (ex - H * 0.017, ey - H * 0.017, ex + H * 0.017, ey + H * 0.017), fill=COTTON, outline=KAT
            )
    # the trident at her right, the sword at her left
    tx, ty = cx + H * 0.2, hy + H * 0.12 - H * 0.2 * 0.6
    d.line((tx, ty + H * 0.1, tx, ty - H * 0.1), fill=HALDI, width=lw)
    for dx in (-0.025, 0, 0.025):
        d.line((tx + H * dx, ty - H * 0.1, tx + H * dx, ty - H * 0.14), fill=HALDI, width=lw)
    sx_, sy_ = cx - H * 0.2, hy + H * 0.12 - H * 0.2 * 0.6
    d.line((sx_, sy_ + H * 0.06, sx_ - H * 0.02, sy_ - H * 0.12), fill=COTTON, width=lw + 1)
    d.ellipse((cx - hr, hy - hr, cx + hr, hy + hr), fill=COTTON, outline=KAT, width=lw)
    d.polygon(
        [
            (cx - hr, hy - hr * 0.5),
            (cx - hr * 0.7, hy - hr * 1.9),
            (cx - hr * 0.25, hy - hr * 1.1),
            (cx, hy - hr * 2.2),
            (cx + hr * 0.25, hy - hr * 1.1),
            (cx + hr * 0.7, hy - hr * 1.9),
            (cx + hr, hy - hr * 0.5),
        ],
        fill=HALDI,
        outline=KAT,
    )
    d.ellipse(
        (cx - hr * 0.55, hy - hr * 0.22, cx + hr * 0.35, hy + hr * 0.22), fill=COTTON, outline=KAT, width=lw
    )
    d.ellipse((cx - hr * 0.22, hy - hr * 0.14, cx + hr * 0.06, hy + hr * 0.14), fill=KAT)
    d.ellipse((cx - hr * 0.12, hy - hr * 0.8, cx + hr * 0.12, hy - hr * 0.56), fill=field)
    # a devotee with a lamp and a tree at each side
    for side in (-1, 1):
        fx = cx + side * H * 0.46
        _figure(d, fx, zy0 - H * 0.02, H * 0.34, lw, lamp=True)
        _tree(d, cx + side * H * 0.66, zy0 - H * 0.02, H * 0.46, lw)
    return img


def _mata(page: Image.Image, cx: float, top_y: float, h: float, seed: int, tilt: float) -> None:
    k = 3
    art = _mata_art(int(h * k), seed).rotate(tilt, resample=Image.BICUBIC, expand=True)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    shadow = Image.new("RGBA", small.size, (60, 40, 30, 0))
    shadow.putalpha(small.split()[3].point(lambda v: 60 if v > 0 else 0))
    page.paste(shadow, (int(cx - small.width / 2) + 3, int(top_y) + 3), shadow)
    page.paste(small, (int(cx - small.width / 2), int(top_y)), small)


def _border_art(w: int, h: int, seed: int) -> Image.Image:
    """The border strip ``w`` by ``h``."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    base = np.ones((h, w, 3), dtype=np.float32) * np.array(COTTON, dtype=np.float32)
    base += g.normal(0, 3.0, (h, w, 1))
    img = Image.fromarray(base.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    lw = max(2, h // 14)
    d.rectangle((0, 0, w - 1, lw), fill=KAT)
    d.rectangle((0, h - 1 - lw, w - 1, h - 1), fill=KAT)
    band_top, band_bot = h * 0.58, h - lw * 2.5
    d.rectangle((0, band_top, w, band_bot), fill=ALIZ)
    step = (band_bot - band_top) * 1.3
    x = step / 2
    r = (band_bot - band_top) * 0.2
    my = (band_top + band_bot) / 2
    while x < w:
        d.ellipse((x - r, my - r, x + r, my + r), fill=COTTON)
        x += step
    _teeth(d, 0, w, band_top, h * 0.34, COTTON, KAT)
    return img


def _border(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    art = _border_art(w * k, h * k, seed).resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)))


def _block_art(s: int, seed: int, strength: float) -> Image.Image:
    """The block's print ``s`` square as an RGBA image: the red where the block's face met the cloth, its
    lotus and dots left in reserve, the ink uneven."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    mask = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(mask)
    d.rectangle((0, 0, s - 1, s - 1), fill=255)
    c = s / 2
    e = s * 0.06
    d.rectangle((e, e, s - e, s - e), outline=0, width=max(2, s // 40))
    for n in range(8):
        a = 2 * math.pi * n / 8
        px, py = c + math.cos(a) * s * 0.2, c + math.sin(a) * s * 0.2
        pts = []
        for t in range(12):
            u = 2 * math.pi * t / 12
            rx, ry = s * 0.1, s * 0.045
            x = math.cos(u) * rx
            y = math.sin(u) * ry
            pts.append((px + x * math.cos(a) - y * math.sin(a), py + x * math.sin(a) + y * math.cos(a)))
        d.polygon(pts, fill=0)
    d.ellipse((c - s * 0.07, c - s * 0.07, c + s * 0.07, c + s * 0.07), fill=0)
    d.ellipse((c - s * 0.035, c - s * 0.035, c + s * 0.035, c + s * 0.035), fill=255)
    for n in range(16):
        a = 2 * math.pi * (n + 0.5) / 16
        px, py = c + math.cos(a) * s * 0.36, c + math.sin(a) * s * 0.36
        d.ellipse((px - s * 0.02, py - s * 0.02, px + s * 0.02, py + s * 0.02), fill=0)
    arr = np.asarray(mask, dtype=np.float32) / 255.0
    grain = g.uniform(0.55, 1.0, (s, s))
    blotch = np.asarray(
        Image.fromarray((g.uniform(0, 255, (s // 8 + 1, s // 8 + 1))).astype(np.uint8)).resize(
            (s, s), Image.BILINEAR
        ),
        dtype=np.float32,
    )
    alpha = arr * grain * (0.6 + 0.4 * blotch / 255.0) * strength * 255
    rgba = np.zeros((s, s, 4), dtype=np.uint8)
    rgba[..., :3] = np.array(ALIZ, dtype=np.uint8)
    rgba[..., 3] = alpha.clip(0, 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def _block(
    page: Image.Image, cx: float, cy: float, s: float, seed: int, tilt: float, strength: float
) -> None:
    art = _block_art(int(s), seed, strength).rotate(tilt, resample=Image.BICUBIC, expand=True)
    page.paste(art, (int(cx - art.width / 2), int(cy - art.height / 2)), art)


def _cloth_art(w: int, h: int, seed: int) -> Image.Image:
    """A pachedi spread out ``w`` by ``h``: its alizarin field with the cloth's grain, rows of devotees and
    trees in reserve outlined in black, and its border of teeth along the edges."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    field = np.ones((h, w, 3), dtype=np.float32) * np.array(ALIZ, dtype=np.float32)
    field *= g.uniform(0.92, 1.06, (h, w, 1))
    field[:, ::2] *= 0.97
    img = Image.fromarray(field.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    row_h = srng.choice([70, 80, 90])
    y = row_h + 30
    off = srng.uniform(0, 40)
    while y < h + row_h:
        x = off
        n = 0
        while x < w + 40:
            if n % 3 == 2:
                _tree(d, x, y, row_h * 0.8, 2)
            else:
                _figure(d, x, y, row_h * 0.75, 2, lamp=n % 3 == 0)
            x += row_h * 0.62
            n += 1
        d.line((0, y + 4, w, y + 4), fill=KAT, width=2)
        y += row_h + 12
        off = srng.uniform(0, 40)
    edge = 26
    d.rectangle((0, 0, w, edge), fill=COTTON)
    d.line((0, edge, w, edge), fill=KAT, width=2)
    _teeth(d, 0, w, edge + 18, 16, COTTON, KAT)
    return img.filter(ImageFilter.GaussianBlur(0.6))


def _on_pachedi(image: Image.Image, seed: int) -> Image.Image:
    """The page on the spread pachedi: turned a little with its shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 70
    bw, bh = w + 2 * pad, h + 2 * pad + 20
    base = _cloth_art(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    px, py = (bw - turned.width) // 2 + srng.randrange(-12, 13), (bh - turned.height) // 2 + 10
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 140 if v > 0 else 0), (px + 9, py + 11))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    base = Image.composite(Image.new("RGB", base.size, (40, 10, 10)), base, shadow)
    base.paste(turned, (px, py), turned)
    return base


def _hand_layer(text: str, size: int, line: int) -> Image.Image:
    """A line of a Gujarati hand as a mask: its runs drawn, sheared as a pen leans."""
    tw = gu_width(text, HAND_LATIN, size, grow=HAND_GROW)
    lw, lh = int(tw + size * 1.2), int(line * 1.9)
    layer = Image.new("L", (lw, lh), 0)
    draw_gu(ImageDraw.Draw(layer), (size * 0.3, lh * 0.22), text, HAND_LATIN, size, 255, grow=HAND_GROW)
    return layer.transform(
        (lw, lh), Image.AFFINE, (1, 0.14, -0.14 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
    )


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Gujarati lines and a Gujarati hand, its boxed fields, a Mata
    ni pachedi as an emblem, a pachedi's border as a divider and the firm's block as its mark."""
    page = h294._render(rows, font, style)
    x = style.get("h325")
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
    pen = x1.get("pen", PENS[0])
    pen_ink = tuple(x1.get("pen_ink", INKS[0]))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t25"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t25gu":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = gu_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_gu(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t25gh":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                layer = _hand_layer(text, s, line).rotate(tilt, resample=Image.BICUBIC)
                tw = gu_width(text, HAND_LATIN, s, grow=HAND_GROW)
                if n_ == 0:
                    tx = width - MARGIN - tw - s * 0.5
                    fx = tx
                else:
                    tx = {
                        "c": (width - tw) / 2 - s * 0.3,
                        "l": MARGIN - s * 0.1,
                        "r": (fx if fx is not None else width - MARGIN) - tw - s * 0.9,
                    }[align]
                page.paste(
                    Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - layer.height * 0.3)), layer
                )
            draw = ImageDraw.Draw(page)
        elif name == "t25bx":
            at, is_pen, bold = m
            draw_gu(draw, (MARGIN, y - 2), r[1], font, int(size * 0.86), ink, bold=True)
            sface = load_font(font, int(size * 0.64))
            draw.text((MARGIN, y + line * 0.72), r[2], font=sface, fill=soft)
            bx0, bx1 = MARGIN + at * room, width - MARGIN
            by0, by1 = top_y + line * 0.12, top_y + line * 1.78
            draw.rectangle((bx0, by0, bx1, by1), fill=_tint(ALIZ, paper_, 0.05), outline=ALIZ, width=2)
            draw.line((bx0 + 3, by1 - 3, bx1 - 3, by1 - 3), fill=_tint(ALIZ, paper_, 0.35), width=1)
            base = (by0 + by1) / 2 + size * 0.36
            if is_pen:
                vface = load_font(pen, int(size * 1.08))
                draw.text((bx0 + 12, base), r[3], font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((bx0 + 12, base), r[3], font=vface, fill=ink, anchor="ls")
        elif name == "t25mt":
            seed, tilt = m
            _mata(page, width / 2, top_y + line * 0.06, line * 2.85, seed, tilt)
            draw = ImageDraw.Draw(page)
        elif name == "t25bd":
            (seed,) = m
            _border(page, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.92, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t25bk":
            seed, tilt, strength = m
            s = line * 2.6
            _block(page, width - MARGIN - s * 0.62, top_y + line * 1.5, s, seed, tilt, strength)
            draw = ImageDraw.Draw(page)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout323's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the pachedi a page is photographed lying on."""
    x9 = style.get("h269") or {}
    modules = (heldout106_families, heldout118_families, heldout121_families)
    saved = [module.PLAIN for module in modules]
    for module in modules:
        module.PLAIN = _render
    try:
        image = compose158(rows, font, style)
    finally:
        for module, plain_ in zip(modules, saved):
            module.PLAIN = plain_
    if x9.get("seal"):
        image = h269._seal(image, font, x9["seal"])
    if x9.get("torn"):
        image = h269._torn(image, f"{font}{len(rows)}{rows[0]}")
    f9 = (style.get("h289") or {}).get("frame")
    if f9 and f9[0] == "clip":
        image = h289._clipboard(image, f9[1])
    f = (style.get("h325") or {}).get("frame")
    if f and f[0] == "pachedi":
        image = _on_pachedi(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout325 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Mandap's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM]


def _upi_phonepe_biz(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """PhonePe Business on the Pachedi Mandap's phone: the Mandap under the app's bar; the soundbox's words
    beside its loudspeaker; Payment received in a capsule, the sum, "from <buyer>"; Transaction ID :, UTR :,
    Received on : and Settles to : with colons."""
    not_monday(j, rng)
    p = phone(rng, font, k, ["", "PhonePe Business"], dark=False, buttons=("Share",))
    band(p, (95, 37, 159))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "PhonePe Business", name, merchant=name)
    h287.speaker(p, f"PhonePe par {sum_of(p, j.amount)} malya")
    p.add("gap")
    pill(p, "Payment received", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", f"from {who}")
    p.add("rule")
    tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 14)}"
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    colkv(p, "pb", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
    colkv(p, "pb", spec, "UTR :", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    colkv(
        p,
        "pb",
        spec,
        "Received on :",
        at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
        date=j.date,
    )
    colkv(p, "pb", spec, "Settles to :", f"BOB {masked(p.font)}{digits(rng, 4)}")
    return p.done()


def _upi_gpay_gu(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Google Pay set in Gujarati: a large round tick, "ચુકવણી પૂર્ણ થઈ" (payment completed), the sum,
    "<payee> ને" (to <payee>); this set's boxed fields: UPI વ્યવહાર ID / UPI transaction ID, તારીખ અને સમય
    / Date and time, ખાતામાંથી / From account."""
    p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Share",))
    app_head(p, "Google Pay", "")
    sicon(p, j.status)
    gu(p, "ચુકવણી પૂર્ણ થઈ", scale=1.1, bold=True, status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = next((n for n in [rng.choice(PAYEES), SHOP] if gu_fits(p, f"{n} ને")), SHOP)
    gu(p, f"{name} ને", merchant=name)
    p.add("rule")
    at = 0.4
    kbox(p, "UPI વ્યવહાર ID", "UPI transaction ID", j.ref, at=at, txn=(UTR_RANK, j.ref))
    kbox(
        p,
        "તારીખ અને સમય",
        "Date and time",
        at_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (", ",)),
        at=at,
        date=j.date,
    )
    kbox(
        p,
        "ખાતામાંથી",
        "From account",
        f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}",
        at=at,
        method="UPI",
    )
    return p.done()


def _upi_amazonpay_pending(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Amazon Pay's UPI payment pending: Payment pending, the sum, "to <payee>"; its stages top to bottom
    (Debited from your account, Waiting for the payee's bank, Credited to the payee); a notice; Transaction
    ID, UPI Ref No. and Initiated on at the left and the right."""
    p = phone(rng, font, k, ["", "Amazon Pay"], dark=False, buttons=("Check status",))
    band(p, (35, 47, 62))
    app_head(p, "amazon pay", "UPI")
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    h271.step(p, "Debited from your account", "", "done")
    h271.step(p, "Waiting for the payee's bank", "up to 30 min", "pending")
    h271.step(p, "Credited to the payee", "", "todo")
    boxed(p, "Please don't pay again. We'll update you once the payee's bank confirms.", "warn")
    tid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
    return p.done()


def _upi_cred_dark(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """CRED's UPI payment on its dark screen: a scalloped badge, "payment successful", the sum, "paid to
    <payee>"; UPI reference ID, paid on and paid from in read-only fields."""
    p = phone(rng, font, k, ["", "CRED"], dark=True, buttons=("share receipt",))
    app_head(p, "CRED", "scan & pay")
    h287.burst(p, j.status)
    p.add("center", "payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"paid to {rng.choice(PAYEES)}", f"paid to {SHOP}"])[8:]
    p.add("center", f"paid to {name}", merchant=name)
    p.add("gap")
    h273.field(p, "UPI reference ID", j.ref, txn=(UTR_RANK, j.ref))
    h273.field(p, "paid on", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
    h273.field(p, "paid from", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)} (UPI)", method="UPI")
    return p.done()


def _upi_freecharge_fail(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Freecharge's UPI payment failed under a red ribbon: the sum, "to <payee>", the reason in a notice;
    Transaction ID, Date & Time, Reason and Paid from in a table ruled on every side."""
    p = phone(rng, font, k, ["", "freecharge"], dark=False, buttons=("Retry",))
    band(p, (232, 82, 42))
    app_head(p, "freecharge", "UPI")
    h275.ribbon(p, "PAYMENT FAILED", RED)
    p.add("gap")
    p.add("center", "Your payment could not be completed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(p, "Your bank declined the request. Any amount debited will be refunded within 48 hours.", "error")
    tid = f"FC{j.date:%y%m%d}{digits(rng, 10)}"
    at = 0.38
    gkv(p, "fc", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "fc", "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    gkv(p, "fc", "Reason", "Z9 Insufficient balance", at=at)
    gkv(p, "fc", "Paid from", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _upi_jupiter(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Jupiter's UPI payment with no reference: "Paid" and the sum on a tinted panel, "to <payee>" and the
    day and hour in a rounded card; its Pots round-up note; From at the left and the right."""
    p = phone(rng, font, k, ["", "Jupiter"], dark=False, buttons=("View receipt",))
    band(p, (234, 92, 60))
    app_head(p, "Jupiter", "Payments")
    panel(p, "Paid", sum_of(p, j.amount), (234, 92, 60), amount=j.amount, status=j.status)
    p.add("gap")
    c = card_open(p)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add(
        "small",
        f"{day_as(j, rng, ['{d} %b %Y', '%d %B %Y'])}, {hhmm(rng, lower=True)}",
        date=j.date,
    )
    card_close(p, c)
    p.add("gap")
    kvr(p, "From", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)} via UPI", method="UPI")
    p.add("small", f"{rupee_of(p.font)}{rng.randrange(2, 9)} rounded up to your Pot")
    return p.done()


def _upi_vyom(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Union Bank of India's Vyom: a large round tick, Transaction Successful, the sum; each field in a pale
    tile two to a row: UPI Ref No. and Date, Paid to and From A/c."""
    p = phone(rng, font, k, ["", "Vyom"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 82, 156))
    app_head(p, "Vyom", "Union Bank of India  |  UPI")
    sicon(p, j.status)
    p.add("center", "Transaction Successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tiles2(
        p,
        ("UPI Ref No.", j.ref),
        ("Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    name = h287.vname(p, [rng.choice(PAYEES), SHOP], bold=False)
    tiles2(p, ("Paid to", name), ("From A/c", f"XXXX{digits(rng, 4)}"), merchant=name, method="UPI")
    return p.done()


def _upi_idfc_today(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """IDFC FIRST Bank's UPI payment under "Today, <hour>": the sum large with its paise raised, "Money sent
    to <payee>"; UPI Ref No., To and From in shaded labels; no day."""
    p = phone(rng, font, k, ["", "IDFC FIRST Bank"], dark=False, buttons=("Share",))
    band(p, (156, 29, 39))
    app_head(p, "IDFC FIRST Bank", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h275.bigsum(p, rupee_of(p.font), j.amount, amount=j.amount)
    name = pick(p, "center", [f"Money sent to {rng.choice(PAYEES)}", f"Money sent to {SHOP}"])[14:]
    p.add("center", f"Money sent to {name}", merchant=name, status=j.status)
    p.add("gap")
    at = 0.34
    kv(p, "UPI Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    kv(p, "To", rng.choice(["pachedimandap@barodampay", "chitarapachedi@okaxis"]), at=at)
    kv(p, "From", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


UPI_LAYOUTS = [
    _upi_phonepe_biz,
    _upi_gpay_gu,
    _upi_amazonpay_pending,
    _upi_cred_dark,
    _upi_freecharge_fail,
    _upi_jupiter,
    _upi_vyom,
    _upi_idfc_today,
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Pachedi Mandap or the firm by UPI, one layout a place (``UPI_LAYOUTS``): PhonePe
    Business on the Mandap's phone with its soundbox, Google Pay set in Gujarati, Amazon Pay's payment
    pending with its stages top to bottom, CRED's dark screen, Freecharge's failure, Jupiter's payment with
    no reference, Vyom's tiles and IDFC FIRST Bank's "Today"."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=300, high=18000, p_round=0.7)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    return UPI_LAYOUTS[k](rng, font, k, j, who, bank)


# ---------------------------------------------------------------- 2. buyers' advices


TCGL = "Tourism Corporation of Gujarat Ltd."
TCGL_GU = "ટુરિઝમ કોર્પોરેશન ઓફ ગુજરાત લિમિટેડ"
HOTELS = "Sabarmati Heritage Hotels Pvt. Ltd."
NILAYA = "Nilaya Boutique Stays Pvt. Ltd."
MANDIR = "Shri Meldi Mataji Mandir Trust, Sarkhej"
MANDIR_GU = "શ્રી મેલડી માતાજી મંદિર ટ્રસ્ટ, સરખેજ"
GIFTSMITH = "Giftsmith Solutions Pvt. Ltd."
STUDIO = "Studio Aangan Interiors"
KALANIKETAN = "Kalaniketan Textiles Pvt. Ltd."
ONGC = "Oil and Natural Gas Corporation Ltd., Ahmedabad Asset"


def _adv_tcgl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Tourism Corporation of Gujarat's REMITTANCE ADVICE under its Gujarati name for the pachedi that
    dress its Navratri pavilion: Ref. and Date at the left and the right; "To, M/s <firm>"; its bills in a
    striped table (Bill No. | Bill Date | Taxable | TDS 2% | Net); Net amount remitted in dot leaders; "The
    above has been remitted to your account by NEFT vide UTR ... on <day>."; a blind embossed seal and the
    Deputy Manager (Accounts)' signature."""
    n = rng.randrange(1, 3)
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    gu(p, TCGL_GU, bold=True)
    name = pick(p, "title", [TCGL.upper(), TCGL])
    top(p, name)
    p.add("small", "Block No. 16, 4th Floor, Udyog Bhavan, Sector 11, Gandhinagar - 382011")
    p.add("rule")
    p.part = "body"
    p.add("center", "REMITTANCE ADVICE")
    spec = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
    ref = f"TCGL/FA/{fy(j.date)}/{rng.randrange(100, 990)}"
    cols(p, "tg0", spec, f"Ref.: {ref}", f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}")
    p.add("gap")
    p.add("left", "To,")
    who = fit(p, [FIRM_MS, FIRM], 1.0)
    p.add("left", who, merchant=who.removeprefix("M/s "))
    p.add("left", "Vasna, Ahmedabad - 380007")
    p.add("gap")
    rows_, net_total = [], 0.0
    for bno, bday, _v in bills_for(rng, j, n, "CPK"):
        taxable = float(rng.randrange(40, 180) * 250)
        tds = round(taxable * 0.02, 0)
        net = round(taxable * 1.05 - tds, 2)
        net_total += net
        rows_.append(([bno, when(bday, "%d/%m/%y"), num(taxable), num(tds), num(net)], {}))
    j.amount = round(net_total, 2)
    zebra(
        p,
        "tgt",
        [(0.0, 0.3, "l"), (0.3, 0.46, "c"), (0.46, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["Bill No.", "Bill Date", "Taxable", "TDS 2%", "Net"],
        rows_,
        (120, 40, 40),
    )
    p.add("gap")
    dots(p, "Net amount remitted (Rs.)", num(j.amount), at=0.62, bold=True, amount=j.amount)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "State Bank of India", way)
    prose(
        p,
        f"The above has been remitted to your account by {way} vide UTR {utr} on {when(j.date, '%d.%m.%Y')}.",
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
        date=j.date,
    )
    h279.emboss(p)
    sig(p)
    p.add("right", "Deputy Manager (Accounts)")
    return p.done()


def _adv_kotak_fyn(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Kotak FYN with a Gandhinagar hotel company's RTGS pending its authoriser: Pending authorisation, its
    stages across the page (Created, Verified, Authorised, Sent), a notice; Transaction Ref., Beneficiary,
    Amount, Value Date, Payment Type and Created by at the left and the right."""
    j.amount = rupees(rng, 210000, 480000, 0.6)
    p = browser_page(rng, font, "fyn.kotak.com/payments/pending-authorisation")
    head_of(p, "Kotak FYN", f"Kotak Mahindra Bank  |  {HOTELS}")
    p.add("left", "Pending authorisation", status=j.status)
    h289.steps(p, ["Created", "Verified", "Authorised", "Sent"], 2, j.status)
    boxed(p, "This RTGS is waiting for the authoriser. It will be sent once authorised.", "warn")
    tid = f"FYN{j.date:%y%m%d}{digits(rng, 8)}"
    kvr(p, "Transaction Ref.", tid, txn=(BANK_RANK, tid))
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    kvr(p, "Beneficiary", name, merchant=name)
    kvr(p, "Amount", f"INR {num(j.amount)}", amount=j.amount)
    kvr(p, "Value Date", when(j.date, rng.choice(["%d-%b-%Y", "%d/%m/%Y"])), date=j.date)
    kvr(p, "Payment Type", "RTGS", method="netbanking")
    kvr(p, "Created by", "SHH_ACCTS2")
    return p.done()


def _adv_netsuite(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Bengaluru boutique hotel chain's bill payment mailed from NetSuite: Payment # and Date at the left and
    the right; Paid to; its bills on hairline rows (Bill # | Bill Date | Amount); Total paid with a rule over
    it and a double rule under it; Method and Reference (the UTR)."""
    p = mail_page(
        rng,
        font,
        f"{NILAYA} <ap@nilayastays.in>",
        ["Remittance advice - bill payment", "Payment to your account"],
    )
    head_of(p, NILAYA, "Accounts Payable  |  Indiranagar, Bengaluru - 560038")
    p.add("left", "Bill Payment", status=j.status)
    pno = str(rng.randrange(1200, 9800))
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
    cols(
        p,
        "ns0",
        spec,
        f"Payment #: {pno}",
        f"Date: {day_as(j, rng, ['%d/%m/%Y', '{d} %b %Y'])}",
        date=j.date,
        txn=(INVOICE_RANK, pno),
    )
    who = fit(p, [f"Paid to: {FIRM}", f"Paid to: {FIRM_CAPS}"], 1.0)
    p.add("left", who, merchant=who[9:])
    p.add("gap")
    bspec = [(0.0, 0.42, "l"), (0.42, 0.7, "c"), (0.7, 1.0, "r")]
    cols(p, "nsh", bspec, "Bill #", "Bill Date", "Amount", mode="line")
    for bno, bday, v in bills_for(rng, j, rng.randrange(1, 4), "CPK"):
        cols(p, "nsb", bspec, bno, when(bday, "%d/%m/%Y"), num(v), mode="line")
    total(p, "Total paid", f"INR {num(j.amount)}", amount=j.amount)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "HDFC Bank", way)
    kvr(p, "Method", way, method="netbanking")
    kvr(p, "Reference", utr, txn=(UTR_RANK, utr))
    p.add("small", f"Internal payment no. {pno} is for our records only.")
    return p.done()


def _adv_mandir_letter(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Sarkhej temple trust's letter typed in Gujarati with no reference in the days before Navratri: its
    Gujarati name over its English and a pachedi's border; જા. નં. (outward no.) and તારીખ (date); "પ્રતિ,
    ભાગીદારશ્રી," (To, the partner,) and the firm in English; વિષય (subject); "... ચંદરવા અને માતાની પછેડીના
    Rs. x/- <day> ના રોજ NEFT દ્વારા આપના ખાતામાં જમા કરવામાં આવ્યા છે." (Rs. x/- for the chandarvo and the
    Mata ni pachedi has been deposited in your account by NEFT on <day>); the secretary's signature over
    મંત્રી."""
    season(j, rng, NAVRATRI - dt.timedelta(days=12), 9)
    j.amount = float(rng.randrange(12, 60) * 500)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    gu(p, MANDIR_GU, scale=1.05, bold=True)
    p.add("center", MANDIR)
    border(p)
    p.part = "body"
    day = when(j.date, "%d-%m-%Y")
    gu(p, f"જા. નં.: મેમ/{rng.randrange(20, 90)}/{j.date.year}          તારીખ: {day}", align="l")
    p.add("gap")
    gu(p, "પ્રતિ,", align="l")
    gu(p, "ભાગીદારશ્રી,", align="l")
    who = pick(p, "left", [FIRM_MS, FIRM])
    p.add("left", who, merchant=who.removeprefix("M/s "))
    p.add("left", "Chitara Vas, Vasna, Ahmedabad.")
    p.add("gap")
    gu(p, "વિષય: ચંદરવા અને માતાની પછેડીની ચુકવણી બાબત.", align="l", bold=True)
    gu(p, "સાહેબશ્રી,", align="l")
    gu_wrap(
        p,
        "ઉપરોક્ત વિષય અંગે જણાવવાનું કે નવરાત્રી માટે આપની સંસ્થા પાસેથી બનાવડાવેલ ચંદરવા અને માતાની "
        f"પછેડીના {whole_rs(j.amount).replace(' ', NBSP)} {day} ના રોજ NEFT દ્વારા આપના ખાતામાં જમા કરવામાં "
        "આવ્યા છે.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    gu(p, "આભાર સહ,", align="l")
    p.add("gap")
    sig(p)
    gu(p, "મંત્રી", align="r")
    return p.done()


def _adv_razorpayx(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Pune corporate gifting firm's payout mailed by RazorpayX: Payout processed and its sentence; labels
    small over their values two to a row (Payout ID and Amount, Beneficiary and Mode, UTR and Processed on)."""
    j.amount = float(rng.randrange(30, 240) * 250)
    p = mail_page(
        rng,
        font,
        "RazorpayX <no-reply@razorpay.com>",
        [f"Payout of INR {num(j.amount)} processed", "Payout processed"],
    )
    head_of(p, "RazorpayX", f"Payouts  |  on behalf of {GIFTSMITH}")
    p.add("left", "Payout processed", status=j.status)
    prose(p, f"{GIFTSMITH} has sent you a payout for the Diwali hampers' pachedi stoles.")
    p.add("gap")
    pid = f"pout_{code(rng, 14, MIXED)}"
    two_up(
        p,
        "rx1",
        ("Payout ID", pid),
        ("Amount", f"INR {num(j.amount)}"),
        txn=(TXN_RANK, pid),
        amount=j.amount,
    )
    name = fit(p, [FIRM_CAPS, CUT], 0.48, bold=True)
    two_up(p, "rx2", ("Beneficiary", name), ("Mode", "IMPS"), merchant=name, method="netbanking")
    two_up(
        p,
        "rx3",
        ("UTR", j.ref),
        ("Processed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    p.add("small", "Reach out to the sender for any questions about this payout.")
    return p.done()


def _adv_gchat(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Mumbai interior studio's Google Chat space under its "Today" divider: the writer's initials in a
    round badge, her name and hour; "Paid ₹x to <payee> by IMPS for the two Mata ni pachedi panels for the
    Juhu villa. Ref ..."; a colleague's reply; no day."""
    j.amount = float(rng.randrange(24, 160) * 100)
    p = phone(rng, font, k, ["", "Chat"], dark=False, buttons=())
    band(p, (26, 115, 232))
    app_head(p, "Vendor payments", f"{STUDIO}  |  Space")
    divider(p, "Today")
    p.add("gap")
    first, second = hours(rng, 2)
    h273.avatar(p, "RN", (52, 168, 83))
    p.add("left", f"Rhea Nanavati   {first}")
    name = rng.choice([FIRM, SHOP, FIRM_CAPS])
    prose(
        p,
        f"Paid {rupee_of(p.font)}{num(j.amount, 'indian')} to {name} by IMPS for the two Mata ni pachedi "
        f"panels for the Juhu villa. Ref {j.ref}",
        amount=j.amount,
        merchant=name,
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, j.ref),
    )
    p.add("gap")
    p.add("left", f"Kabir Sheth   {second}")
    prose(p, "Thanks! Hasmukhbhai says they will be couriered from Ahmedabad this week.")
    return p.done()


def _adv_canara_return(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Canara Bank's corporate net banking with a Surat textile house's NEFT returned: a large round cross,
    NEFT returned by the beneficiary bank, the reason in a notice; Transaction Ref No., Beneficiary, Amount,
    Value Date and Return Reason in shaded labels."""
    p = browser_page(rng, font, "netbanking.canarabank.in/corporate/neft/status")
    head_of(p, "Canara Bank", f"Corporate Internet Banking  |  {KALANIKETAN}, Surat")
    sicon(p, j.status)
    p.add("center", "NEFT returned by the beneficiary bank", status=j.status)
    boxed(
        p,
        "The beneficiary's bank could not credit this NEFT and has returned it. The amount has been "
        "credited back to your account.",
        "error",
    )
    ref = f"CNRB{j.date:%y%m%d}{digits(rng, 7)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    at = 0.36
    kv(p, "Transaction Ref No.", ref, at=at, txn=(BANK_RANK, ref))
    kv(p, "Beneficiary", name, at=at, merchant=name)
    kv(p, "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount, method="netbanking")
    kv(p, "Value Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"])), at=at, date=j.date)
    kv(p, "Return Reason", "R01 Account does not exist", at=at)
    return p.done()


def _adv_gem(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """GeM's payment status for a central PSU's order of pachedi for its guest house: the contract's buyer
    and the seller; Payment status in a capsule; a table ruled on every side with a row for the bill
    (Invoice No. | Amount (Rs.) | Paid on | UTR)."""
    j.amount = float(rng.randrange(30, 180) * 420)
    p = browser_page(rng, font, "gem.gov.in/payments/status")
    head_of(p, "GeM", "Government e-Marketplace  |  Payment Status")
    cno = f"GEMC-5116877{digits(rng, 8)}"
    p.add("left", f"Contract No.: {cno}")
    p.add("left", fit(p, [f"Buyer: {ONGC}", "Buyer: ONGC Ltd., Ahmedabad Asset"], 1.0))
    who = fit(p, [f"Seller: {FIRM}", f"Seller: {FIRM_CAPS}"], 1.0)
    p.add("left", who, merchant=who[8:])
    p.add("gap")
    pill(p, "Paid", j.status, align="l")
    p.add("gap")
    ino = f"CPK/{fy(j.date)}/{rng.randrange(100, 640)}"
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    spec = [(0.0, 0.27, "l"), (0.27, 0.47, "r"), (0.47, 0.64, "c"), (0.64, 1.0, "l")]
    grid(
        p,
        "gm",
        spec,
        ["Invoice No.", "Amount (Rs.)", "Paid on", "UTR"],
        [
            (
                [ino, num(j.amount), when(j.date, "%d-%m-%Y"), utr],
                {"amount": j.amount, "date": j.date, "txn": (UTR_RANK, utr), "method": "netbanking"},
            )
        ],
    )
    p.add("small", "Payment made through PFMS by the buyer's paying authority.")
    return p.done()


ADVICE_LAYOUTS = [
    _adv_tcgl,
    _adv_kotak_fyn,
    _adv_netsuite,
    _adv_mandir_letter,
    _adv_razorpayx,
    _adv_gchat,
    _adv_canara_return,
    _adv_gem,
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm, one layout a place (``ADVICE_LAYOUTS``): the tourism
    corporation's remittance advice under its Gujarati name, Kotak FYN's RTGS pending its authoriser, a hotel
    chain's NetSuite bill payment, the temple trust's letter in Gujarati with no reference, RazorpayX' payout
    mail, an interior studio's Google Chat under "Today", Canara Bank's NEFT returned and GeM's payment
    status."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=12000, high=160000, p_round=0.6)
    return ADVICE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Folk Threads Gallery LLC", "Santa Fe, New Mexico, USA", "USD", 600, 7000),
    ("Maple Textile Arts Society", "Toronto, Canada", "CAD", 800, 9000),
    ("Atelier Moeder Aarde B.V.", "Utrecht, Netherlands", "EUR", 600, 6500),
    ("Lion City Folk Crafts Pte. Ltd.", "Singapore", "SGD", 700, 8000),
    ("Brick Lane Textile Studio Ltd.", "London, United Kingdom", "GBP", 400, 5000),
    ("Southern Cross Textile Collective Inc.", "Perth, Australia", "AUD", 900, 9000),
    ("Al Noor Interiors LLC", "Dubai, United Arab Emirates", "AED", 2500, 26000),
    ("Moder Jord Kunst ApS", "Copenhagen, Denmark", "DKK", 4000, 45000),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or US$; Canadian dollars with CAD or C$;
    euros the Dutch way (€ 1.234,56 or EUR 1.234,56); Singapore dollars with SGD or S$; pounds with GBP or
    the pound's sign; Australian dollars with AUD or A$; dirhams with AED; Danish kroner the Danish way
    (DKK 12.345,67 or 12.345,67 kr.)."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    euro = "\u20ac {g}" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "EUR {g}"
    forms = {
        "USD": ["USD {v}", "US${v}"],
        "CAD": ["CAD {v}", "C${v}"],
        "EUR": ["EUR {g}", euro],
        "SGD": ["SGD {v}", "S${v}"],
        "GBP": ["GBP {v}", pound],
        "AUD": ["AUD {v}", "A${v}"],
        "AED": ["AED {v}", "AED {v}"],
        "DKK": ["DKK {g}", "{g} kr."],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(v=english, g=english.replace(",", "#").replace(".", ",").replace("#", "."))

    return show


def _wire_mercury(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Mercury's international wire sent in US dollars: Wire sent in a capsule; Amount :, Recipient :,
    Recipient bank :, Send date : (the day in words, month first), Tracking ID : and Fees : labelled with
    colons in a rounded card."""
    p = browser_page(rng, font, "app.mercury.com/transactions/wire")
    head_of(p, "Mercury", f"{payer}, {town}")
    p.add("left", "International wire")
    pill(p, "Wire sent", j.status, align="l")
    p.add("gap")
    ref = f"MWT{j.date:%y%m%d}{code(rng, 6, ALNUM)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    c = card_open(p)
    colkv(p, "me", spec, "Amount :", show(j.amount), **sum_)
    colkv(p, "me", spec, "Recipient :", name, merchant=name)
    colkv(p, "me", spec, "Recipient bank :", "Bank of Baroda, Ahmedabad")
    colkv(p, "me", spec, "Send date :", when(j.date, rng.choice(["%B {d}, %Y", "%b {d}, %Y"])), date=j.date)
    colkv(p, "me", spec, "Tracking ID :", ref, txn=(BANK_RANK, ref))
    colkv(p, "me", spec, "Fees :", "SHA (shared)", method="netbanking")
    card_close(p, c)
    return p.done()


def _wire_rbc(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """RBC Express' wire payment confirmation in Canadian dollars: Wire Payment Confirmation; Confirmation
    Number, Beneficiary Name, Beneficiary Bank, Payment Amount, Value Date (in words) and Charges in a table
    ruled on every side."""
    p = browser_page(rng, font, "www.rbcexpress.com/wires/confirmation")
    head_of(p, "RBC Express", f"Royal Bank of Canada  |  {payer}, {town}")
    p.add("left", "Wire Payment Confirmation", status=j.status)
    p.add("small", "Your wire payment has been released to the beneficiary bank.")
    p.add("gap")
    ref = f"RBC{digits(rng, 10)}"
    name = h273.cell_name(p, 0.6, [FIRM_CAPS, CUT], scale=1.0)
    at = 0.38
    gkv(p, "rb", "Confirmation Number", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "rb", "Beneficiary Name", name, at=at, merchant=name)
    gkv(p, "rb", "Beneficiary Bank", "BANK OF BARODA, AHMEDABAD", at=at)
    gkv(p, "rb", "Payment Amount", show(j.amount), at=at, **sum_)
    gkv(p, "rb", "Value Date", when(j.date, rng.choice(["%B {d}, %Y", "{d} %B %Y"])), at=at, date=j.date)
    gkv(p, "rb", "Charges", "SHA - shared", at=at, method="netbanking")
    return p.done()


def _wire_rabobank(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Rabobank's business banking with a foreign payment in euros the Dutch way rejected: a red ribbon,
    the reason in a notice; each value over its label: Beneficiary, Amount, Execution date (day first with
    dashes), Reference and Reason."""
    p = browser_page(rng, font, "bankieren.rabobank.nl/zakelijk/betalen/buitenland")
    head_of(p, "Rabobank", f"Business banking  |  {payer}, {town}")
    h275.ribbon(p, "PAYMENT REJECTED", RED)
    p.add("gap")
    p.add("center", "The beneficiary bank has rejected this payment.", status=j.status)
    boxed(
        p,
        "The payment could not be credited (incorrect account number). The amount has been returned to "
        "your account.",
        "error",
    )
    name = h287.vname(p, [FIRM_CAPS, CUT], bold=True)
    ref = f"RABO{j.date:%y%m%d}{digits(rng, 6)}"
    vlab(p, "Beneficiary", name, merchant=name)
    vlab(p, "Amount", show(j.amount), **sum_)
    vlab(p, "Execution date", when(j.date, "%d-%m-%Y"), bold=False, date=j.date)
    vlab(p, "Reference", ref, bold=False, txn=(BANK_RANK, ref), method="netbanking")
    vlab(p, "Reason", "AC01 Incorrect account number", bold=False)
    return p.done()


def _wire_uob(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """UOB Infinity's telegraphic transfer in Singapore dollars: Transaction successful on a tinted band;
    Transaction Reference, Beneficiary, Amount, Value Date and Charges in a striped table under its heading
    band."""
    p = browser_page(rng, font, "infinity.uob.com.sg/transfers/tt/acknowledgement")
    head_of(p, "UOB Infinity", f"{payer}, {town}")
    p.add("left", "Telegraphic Transfer")
    h269.strip(p, "Transaction successful", j.status)
    p.add("gap")
    ref = f"TT{j.date:%y%m%d}{digits(rng, 8)}"
    name = h273.cell_name(p, 0.58, [FIRM_CAPS, CUT])
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "r")]
    rows_ = [
        (["Transaction Reference", ref], {"txn": (BANK_RANK, ref)}),
        (["Beneficiary", name], {"merchant": name}),
        (["Amount", show(j.amount)], dict(sum_)),
        (["Value Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))], {"date": j.date}),
        (["Charges", "SHA (shared)"], {"method": "netbanking"}),
    ]
    zebra(p, "uo", spec, ["Transfer details", ""], rows_, (0, 51, 141))
    return p.done()


def _wire_starling(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Starling Bank's business app with an international payment in pounds under "Today, <hour>": a tick on
    a rounded tile, International payment sent, the sum, "to <payee>"; Reference, Fee and From on hairline
    rows; no day."""
    p = phone(rng, font, k, ["", "Starling"], dark=False, buttons=("Done",))
    band(p, (99, 57, 184))
    app_head(p, "Starling Business", payer)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, j.status)
    p.add("center", "International payment sent", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    ref = f"STB{code(rng, 10, ALNUM)}"
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "r")]
    cols(p, "st", spec, "Reference", ref, mode="line", txn=(BANK_RANK, ref))
    cols(p, "st", spec, "Fee", "GBP 5.50 (SHA)", mode="line", method="netbanking")
    cols(p, "st", spec, "From", f"Business account {masked(p.font)}{digits(rng, 4)}", mode="line")
    return p.done()


def _wire_westpac(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Westpac Corporate Online's international payment in Australian dollars still processing: a spinner,
    Payment processing, a notice; Payment ID :, Payee :, Amount :, Payment date : and Fees : with colons."""
    p = browser_page(rng, font, "corporateonline.westpac.com.au/payments/international")
    head_of(p, "Westpac Corporate Online", f"{payer}, {town}")
    h279.spinner(p, AMBER)
    p.add("center", "Payment processing", status=j.status)
    boxed(p, "Your payment is with our international payments team and has not yet been sent.", "warn")
    ref = f"WBC{digits(rng, 11)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.62)
    spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
    colkv(p, "wp", spec, "Payment ID :", ref, txn=(BANK_RANK, ref))
    colkv(p, "wp", spec, "Payee :", name, merchant=name)
    colkv(p, "wp", spec, "Amount :", show(j.amount), **sum_)
    colkv(p, "wp", spec, "Payment date :", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), date=j.date)
    colkv(p, "wp", spec, "Fees :", "Shared (SHA)", method="netbanking")
    return p.done()


def _wire_mashreq(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Mashreq NEOBiz' international transfer in dirhams: Transfer successful; Reference No., Beneficiary,
    Amount, Transfer Date and Charges in shaded labels."""
    p = browser_page(rng, font, "neobiz.mashreq.com/transfers/international/receipt")
    head_of(p, "Mashreq NEOBiz", f"{payer}, {town}")
    sicon(p, j.status)
    p.add("center", "Transfer successful", status=j.status)
    p.add("gap")
    ref = f"MSQ{j.date:%y%m%d}{digits(rng, 6)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    at = 0.34
    kv(p, "Reference No.", ref, at=at, txn=(BANK_RANK, ref))
    kv(p, "Beneficiary", name, at=at, merchant=name)
    kv(p, "Amount", show(j.amount), at=at, **sum_)
    kv(p, "Transfer Date", when(j.date, rng.choice(["%d/%m/%Y", "%d %b %Y"])), at=at, date=j.date)
    kv(p, "Charges", "SHA", at=at, method="netbanking")
    return p.done()


def _wire_nordea(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Nordea Business' foreign transfer in Danish kroner told in a Danish sentence with no reference, the
    sum the Danish way: Overførsel gennemført (transfer completed) in a rounded card with a tick; "Din
    udenlandske overførsel på <sum> til <payee> er gennemført den <dd.mm.yyyy>." (your foreign transfer of
    <sum> to <payee> was completed on <day>); Fra konto (from account) and Gebyr (charges)."""
    p = browser_page(rng, font, "netbank.nordea.dk/business/payments/foreign")
    head_of(p, "Nordea Business", f"{payer}, {town}")
    p.add("gap")
    c = card_open(p)
    sicon(p, j.status)
    p.add("center", "Overførsel gennemført", status=j.status)
    name = rng.choice([FIRM_CAPS, FIRM])
    prose(
        p,
        f"Din udenlandske overførsel på {show(j.amount)} til {name} er gennemført den "
        f"{when(j.date, '%d.%m.%Y')}.",
        merchant=name,
        date=j.date,
        **sum_,
    )
    card_close(p, c)
    p.add("gap")
    kvr(p, "Fra konto", f"DK{digits(rng, 2)} 2000 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}")
    kvr(p, "Gebyr", "SHA (delt)", method="netbanking")
    return p.done()


WIRE_LAYOUTS = [
    _wire_mercury,
    _wire_rbc,
    _wire_rabobank,
    _wire_uob,
    _wire_starling,
    _wire_westpac,
    _wire_mashreq,
    _wire_nordea,
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Galleries, textile societies, studios and interior houses abroad paying the firm for its pachedi, one
    layout a place (``WIRE_LAYOUTS``): Mercury's wire sent, RBC Express' confirmation, Rabobank's payment
    rejected, UOB Infinity's striped table, Starling's "Today", Westpac's payment processing, Mashreq NEOBiz'
    shaded labels and Nordea's Danish sentence with no reference."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    payer, city, cur, lo, hi_ = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    return WIRE_LAYOUTS[k](rng, font, k, j, payer, city.split(",")[0], show, sum_)


# ---------------------------------------------------------------- 4. the firm's own papers


CUSTOMERS = [
    "Ms. Hetal Patel",
    "Mr. Jignesh Desai",
    "Mrs. Bhavna Trivedi",
    "Mr. Rahul Menon",
    "Ms. Zarna Shah",
    "Dr. Ketan Vyas",
]


def _own_navratri_memo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Pachedi Mandap's stall's CASH MEMO in Navratri's nights at the GMDC ground, photographed lying on a
    Mata ni pachedi: the Mandap's Gujarati name over its English, "નવરાત્રી મહોત્સવ 2026 | GMDC ગ્રાઉન્ડ"
    and "રોકડ મેમો" (cash memo); તારીખ / Date and નામ / Name written in this set's boxed fields; the pieces
    written in a Gujarati hand with their sums, "કુલ" (total); "રોકડા મળ્યા" (received in cash); no
    reference."""
    season(j, rng, NAVRATRI, NAVRATRI_DAYS)
    p = sheet(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(252, 249, 238), (248, 246, 236)])
    p.part = "head"
    gu(p, SHOP_GU, scale=1.05, bold=True)
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    gu(p, "નવરાત્રી મહોત્સવ 2026  |  GMDC ગ્રાઉન્ડ, અમદાવાદ", scale=0.84)
    p.add("rule")
    gu(p, "રોકડ મેમો", bold=True)
    p.part = "body"
    at = 0.3
    kbox(p, "તારીખ", "Date", when(j.date, "%d/%m/%Y"), pen=True, at=at, date=j.date)
    kbox(
        p,
        "નામ",
        "Name",
        kb_fit(p, [rng.choice(CUSTOMERS), "Mr. Rahul Menon"], pen=True, at=at),
        pen=True,
        at=at,
    )
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for item, _hsn, q, price in pieces(rng, rng.randrange(2, 4), high=1800):
        price = float(round(price / 50) * 50)
        v = int(q * price)
        total_ += v
        ghand(p, f"{PIECES_GU[item]} {q} x {int(price)}", figure=str(v))
    j.amount = float(total_)
    ghand(p, "કુલ", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    ghand(p, "રોકડા મળ્યા", method="cash", status=j.status)
    sig(p)
    p.add("right", f"for {SHOP}")
    on_pachedi(p)
    return p.done()


def _own_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Pachedi Mandap's TAX INVOICE under a Mata ni pachedi, its Gujarati name, its English, the motto
    and a pachedi's border: Invoice No. and Date at the left and the right, Buyer; Description | HSN | Qty | Rate |
    Amount on hairline rows; Taxable value, CGST 2.5% and SGST 2.5% in dot leaders; the Invoice Total on a
    tinted panel; "Paid by UPI, UTR ..."; the firm's block printed as its mark; "ફરી પધારજો" (come
    again)."""
    not_monday(j, rng)
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    mata(p)
    gu(p, SHOP_GU, scale=1.05, bold=True)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", f"A unit of {FIRM_MS}  |  {SHOP_AT}")
    p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
    gu(p, MOTTO, scale=0.84, soft=True)
    border(p)
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"PM/{fy(j.date)}/{rng.randrange(40, 990):04d}"
    spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(
        p,
        "oi0",
        spec,
        f"Invoice No.: {ino}",
        f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    p.add("left", f"Buyer: {rng.choice(CUSTOMERS)}  |  Place of Supply: Gujarat (24)")
    p.add("gap")
    ispec = [(0.0, 0.42, "l"), (0.42, 0.54, "c"), (0.54, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
    cols(p, "oih", ispec, "Description", "HSN", "Qty", "Rate", "Amount", mode="line")
    taxable = 0.0
    for item, hsn, q, price in pieces(rng, rng.randrange(2, 5)):
        value = round(q * price, 2)
        taxable += value
        cols(p, "oib", ispec, SHORT[item], hsn, str(q), num(price), num(value), mode="line")
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    at = 0.6
    dots(p, "Taxable value", num(taxable), at=at)
    dots(p, "CGST @ 2.5%", num(gst), at=at)
    dots(p, "SGST @ 2.5%", num(gst), at=at)
    panel(p, "Invoice Total", f"Rs. {num(j.amount)}", ALIZ, amount=j.amount)
    p.add("gap")
    p.add("left", f"Paid by UPI, UTR {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    block(p)
    gu(p, "ફરી પધારજો!  Thank you, visit again!", scale=0.9)
    return p.done()


def _own_easebuzz(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Easebuzz' checkout for the web shop with a credit card payment failed: the Mandap on top; a large
    round cross, Payment failed, the reason in a notice; Txn ID (the shop's order number), Easebuzz ID,
    Amount, Payment mode and Date in shaded labels."""
    j.amount = float(rng.randrange(12, 150) * 100)
    p = browser_page(rng, font, "pay.easebuzz.in/pay/secure")
    p.part = "head"
    name = pick(p, "title", [SHOP, FIRM])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Payments secured by Easebuzz")
    p.add("rule")
    p.part = "body"
    sicon(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    boxed(
        p,
        "The card issuer declined this payment (3-D Secure not completed). You have not been charged.",
        "error",
    )
    tid = f"PM{j.date:%y%m%d}{digits(rng, 5)}"
    ebz = f"E{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
    at = 0.34
    kv(p, "Txn ID", tid, at=at, txn=(ORDER_RANK, tid))
    kv(p, "Easebuzz ID", ebz, at=at, txn=(TXN_RANK, ebz))
    kv(p, "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    kv(
        p,
        "Payment mode",
        f"Credit Card ({rng.choice(['Visa', 'Mastercard', 'RuPay'])})",
        at=at,
        method="card",
    )
    kv(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _own_etsy(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Etsy's deposit mail for the pachedi sold on the firm's Etsy shop: Your deposit is on its way and its
    sentence; Shop name, Deposit amount, Deposit date, Bank account and Reference (UTR) in a table ruled on
    every side."""
    j.amount = rupees(rng, 6000, 90000, 0.2)
    p = mail_page(
        rng,
        font,
        "Etsy <transaction@etsy.com>",
        ["Your deposit is on its way", "Etsy Payments: deposit sent"],
    )
    head_of(p, "Etsy", "Etsy Payments")
    p.add("left", "Your deposit is on its way", status=j.status)
    prose(p, f"Hi {EXPORTS.split()[0]}, we've sent your shop's available funds to your bank account.")
    p.add("gap")
    utr = utr_of(rng, j, "Bank of Baroda", "NEFT")
    at = 0.36
    gkv(p, "et", "Shop name", "PachediMandap", at=at, merchant="PachediMandap")
    gkv(p, "et", "Deposit amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "et", "Deposit date", day_as(j, rng, ["%d %b %Y", "{d} %B %Y"]), at=at, date=j.date)
    gkv(p, "et", "Bank account", f"Bank of Baroda ending in {digits(rng, 4)}", at=at)
    gkv(p, "et", "Reference (UTR)", utr, at=at, txn=(UTR_RANK, utr), method="netbanking")
    p.add("small", "Deposits usually arrive within 1-3 business days.")
    return p.done()


def _own_advance_form(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The firm's printed ADVANCE RECEIPT for a temple's chandarvo, "અગાઉથી રકમની પહોંચ / ADVANCE RECEIPT",
    from its book under its Gujarati name: No. struck in red; તારીખ / Date, કોની પાસેથી / Received from, રકમ /
    Amount, શા માટે / Towards, રીત / Mode and સંદર્ભ / Ref. written in this set's boxed fields; the sum in
    words; a revenue stamp signed across; સ્વીકારનાર / Receiver."""
    j.amount = float(rng.randrange(10, 60) * 500)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    gu(p, FIRM_GU, scale=1.05, bold=True)
    name = pick(p, "title", [FIRM, FIRM_CAPS])
    top(p, name, merchant=name)
    p.add("small", f"{SHED_AT}  |  GSTIN {GSTIN}")
    border(p)
    gu(p, "અગાઉથી રકમની પહોંચ  /  ADVANCE RECEIPT", bold=True)
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(200, 2400))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    at = 0.36
    kbox(p, "તારીખ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), pen=True, at=at, date=j.date)
    payer = kb_fit(p, ["Shri Bahuchar Mata Seva Mandal", "Bahuchar Mata Seva Mandal"], pen=True, at=at)
    kbox(p, "કોની પાસેથી", "Received from", payer, pen=True, at=at)
    kbox(p, "રકમ", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, at=at, amount=j.amount)
    kbox(
        p,
        "શા માટે",
        "Towards",
        kb_fit(p, ["Advance for chandarvo", "Chandarvo advance"], pen=True, at=at),
        pen=True,
        at=at,
    )
    kbox(p, "રીત", "Mode", "NEFT", pen=True, at=at, method="netbanking", status=j.status)
    utr = utr_of(rng, j, "Bank of Baroda", "NEFT")
    kbox(p, "સંદર્ભ", "Ref.", utr, pen=True, at=at, txn=(UTR_RANK, utr))
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h289.revenue(p)
    sig(p)
    gu(p, "સ્વીકારનાર / Receiver", align="r", scale=0.9)
    return p.done()


def _own_okcredit(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """OkCredit on the Pachedi Mandap's phone, a customer's account under its "Today" divider: the Mandap
    under the app's bar, the customer over her number; the entry in a bubble ("Payment received", the sum,
    "via UPI", the hour, its UPI Ref); Balance due at the left and the right; no day."""
    not_monday(j, rng)
    p = phone(rng, font, k, ["", "OkCredit"], dark=False, buttons=("Send reminder",))
    band(p, (0, 128, 96))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "OkCredit", name, merchant=name)
    who = rng.choice(BUYERS)[0]
    p.add("center", who)
    p.add("small", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}")
    divider(p, "Today")
    p.add("gap")
    s = len(p.rows)
    p.add("left", "Payment received", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", f"via UPI  |  UPI Ref {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
    h273.bubble(p, s, hhmm(rng, lower=True))
    p.add("gap")
    kvr(p, "Balance due", f"{rupee_of(p.font)}0")
    return p.done()


def _own_phonepe_pg(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The web shop's order page on PhonePe's payment gateway with the payment awaiting its bank: the Mandap
    on top, Payment pending, the sum, its stages left to right (Initiated, With your bank, Confirmed), a
    notice; labels small over their values two to a row (Order ID and Amount, Transaction ID and Method,
    Initiated on)."""
    j.amount = float(rng.randrange(9, 90) * 100)
    p = browser_page(rng, font, f"{WEB}/checkout/status")
    p.part = "head"
    name = pick(p, "title", [SHOP, FIRM])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Payments by PhonePe PG")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    h273.track(p, ["Initiated", "With your bank", "Confirmed"], "dp-")
    boxed(p, "We are waiting for your bank to confirm. Your order is held for 20 minutes.", "warn")
    oid = f"PM{rng.randrange(100000, 999999)}"
    tid = f"OM{j.date:%y%m%d}{digits(rng, 12)}"
    two_up(p, "pg1", ("Order ID", oid), ("Amount", f"INR {num(j.amount)}"), txn=(ORDER_RANK, oid))
    two_up(p, "pg2", ("Transaction ID", tid), ("Method", "UPI"), txn=(TXN_RANK, tid), method="UPI")
    two_up(
        p,
        "pg3",
        ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        ("", ""),
        date=j.date,
    )
    return p.done()


def _own_einvoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The firm's e-invoice to a hotel company for the pachedi of its lobby: TAX INVOICE (e-Invoice), its
    IRN, Ack No. and Ack Date beside its signed QR code; Invoice No. and its earlier Invoice Date; Sl. |
    Description | HSN | Qty | Rate | Amount in a table ruled on every side with its total; CGST 2.5% and SGST
    2.5% at the left and the right, Invoice Total; "Payment received by NEFT, UTR ... on <day>"."""
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    name = pick(p, "title", [FIRM_CAPS, FIRM])
    top(p, name, merchant=name)
    p.add("small", f"{SHED_AT}  |  GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE (e-Invoice)")
    inv_day = j.date - dt.timedelta(days=rng.randrange(6, 30))
    irn = code(rng, 64, "0123456789abcdef")
    ack = f"1326{digits(rng, 11)}"
    # the IRN and the acknowledgement set in the rows beside the QR code (its gaps)
    qi = len(p.rows)
    h269.qr(p, irn, "r", 5)
    beside = [f"IRN: {irn[:32]}", f"{irn[32:]}", f"Ack No.: {ack}", f"Ack Date: {when(inv_day, '%d-%m-%Y')}"]
    for n_, text in enumerate(beside):
        assert load_font(p.font, p.style["size"]).getlength(text) <= room_of(p) * 0.7, text
        p.rows[qi + 1 + n_] = ("left", text)
    ino = f"CPK/{fy(inv_day)}/{rng.randrange(100, 640)}"
    cols(
        p,
        "ei0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Invoice No.: {ino}",
        f"Invoice Date: {when(inv_day, '%d-%m-%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {HOTELS}, Gandhinagar")
    p.add("gap")
    rows_, taxable = [], 0.0
    for n_, (item, hsn, q, price) in enumerate(pieces(rng, rng.randrange(2, 4))):
        q = q + rng.randrange(2, 6)
        value = round(q * price, 2)
        taxable += value
        rows_.append(([str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value)], {}))
    grid(
        p,
        "eit",
        [
            (0.0, 0.07, "c"),
            (0.07, 0.42, "l"),
            (0.42, 0.54, "c"),
            (0.54, 0.62, "c"),
            (0.62, 0.8, "r"),
            (0.8, 1.0, "r"),
        ],
        ["Sl.", "Description", "HSN", "Qty", "Rate", "Amount"],
        rows_,
        foot=(["Taxable value", num(taxable)], {}),
        tint=(240, 226, 214),
    )
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    kvr(p, "CGST @ 2.5%", num(gst))
    kvr(p, "SGST @ 2.5%", num(gst))
    kvr(p, "Invoice Total (Rs.)", num(j.amount), amount=j.amount)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "HDFC Bank", way)
    prose(
        p,
        f"Payment received by {way}, UTR {utr} on {when(j.date, '%d-%m-%Y')}.",
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
        date=j.date,
    )
    sig(p)
    p.add("right", f"for {FIRM}")
    return p.done()


OWN_LAYOUTS = [
    _own_navratri_memo,
    _own_invoice,
    _own_easebuzz,
    _own_etsy,
    _own_advance_form,
    _own_okcredit,
    _own_phonepe_pg,
    _own_einvoice,
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its Pachedi Mandap or itself on top, one layout a place (``OWN_LAYOUTS``): the
    Navratri stall's cash memo in a Gujarati hand, the Mandap's tax invoice under a Mata ni pachedi,
    Easebuzz' failed card, Etsy's deposit mail, the advance receipt in boxed fields, OkCredit under "Today",
    PhonePe's gateway pending and the firm's e-invoice with its IRN."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1200, high=42000)
    return OWN_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 5. the firm's suppliers


MILL = "SHREE AMBICA COTTON MILLS"
GANDHI = "GANDHI ISMAILBHAI NOORBHAI"
GANDHI_GU = "ગાંધી ઇસ્માઇલભાઈ નૂરભાઈ"
BLOCKS = "PETHAPUR BLOCK ART"
PRINTER = "KALAPI OFFSET PRINTERS"
FRAMES = "NAVRANG FRAME STUDIO"


def _sup_mill(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Narol cotton mill's TAX INVOICE for the grey cotton the pachedi are painted on: Invoice No. and its
    earlier Invoice Date; Quality | HSN | Metres | Rate | Amount on hairline rows; Taxable Value, CGST 2.5%,
    SGST 2.5% and Invoice Total at the left and the right; "Payment received with thanks by RTGS / NEFT,
    UTR ..., on <dd.mm.yyyy>" typed under it; the mill's oval stamp."""
    p = sheet(rng, font, [840, 880])
    head_of(
        p,
        MILL,
        f"Plot 41, Narol Industrial Estate, Ahmedabad - 382405  |  GSTIN {gstin_of(rng)}",
        merchant=MILL,
    )
    p.add("center", "TAX INVOICE")
    ino = f"SACM/{fy(j.date)}/{rng.randrange(300, 4000)}"
    spec0 = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(
        p,
        "ml0",
        spec0,
        f"Invoice No. {ino}",
        f"Invoice Date {j.other_day(rng, -25, -3)}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {FIRM_MS}, Vasna")
    p.add("gap")
    goods = [
        ("Grey cotton, 60s x 60s", "5208", 62, 86),
        ("Mulmul, 44 in", "5208", 48, 70),
        ("Cambric, bleached", "5208", 70, 95),
        ("Khadi cotton, 50 in", "5208", 110, 150),
    ]
    spec = [(0.0, 0.38, "l"), (0.38, 0.5, "c"), (0.5, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
    cols(p, "mlh", spec, "Quality", "HSN", "Metres", "Rate", "Amount", mode="line")
    taxable = 0.0
    for name, hsn, lo, hi_ in rng.sample(goods, rng.randrange(1, 3)):
        m, rate = rng.randrange(60, 400), float(rng.randrange(lo, hi_))
        taxable += m * rate
        cols(p, "mlb", spec, name, hsn, str(m), num(rate), num(m * rate), mode="line")
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    kvr(p, "Taxable Value", num(taxable))
    kvr(p, "CGST @ 2.5%", num(gst))
    kvr(p, "SGST @ 2.5%", num(gst))
    kvr(p, "Invoice Total", f"Rs. {num(j.amount)}", amount=j.amount)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Bank of Baroda", way)
    typed(
        p,
        f"Payment received with thanks by {way}, UTR {utr}, on {when(j.date, '%d.%m.%Y')}",
        scale=0.78,
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
        date=j.date,
    )
    h287.oval(p, ["SHREE AMBICA", "COTTON MILLS", "NAROL"], "blue", at=0.2)
    sig(p)
    p.add("right", "Authorised Signatory")
    return p.done()


def _sup_gandhi(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Kalupur gandhi's (druggist's) chit in a Gujarati hand with no reference: his Gujarati name over his
    English; "તા." (dated) and the day and "શ્રી દિનેશભાઈ ચિતારા" (to Shri Dineshbhai Chitara) written; the
    alum, the dhavdi flowers and the myrobalan with their weights and sums on a ruled page, "કુલ" (total);
    "રોકડા મળ્યા" (received in cash); his signature."""
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(251, 248, 236), (246, 244, 232)])
    p.part = "head"
    gu(p, GANDHI_GU, scale=1.1, bold=True)
    p.add("center", GANDHI, merchant=GANDHI)
    p.add("small", f"Gandhi ni Pol, Kalupur, Ahmedabad  |  Mo. 98250{digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    ghand(p, f"તા. {when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}", date=j.date)
    ghand(p, "શ્રી દિનેશભાઈ ચિતારા, વાસણા")
    p.add("gap")
    start = len(p.rows)
    goods = [("ફટકડી", 50, 80), ("ધાવડીના ફૂલ", 180, 280), ("હરડે", 140, 220), ("મજીઠ", 420, 640)]
    total_ = 0
    for name, lo, hi_ in rng.sample(goods, rng.randrange(2, 4)):
        kg, rate = rng.randrange(3, 25), rng.randrange(lo, hi_, 5)
        total_ += kg * rate
        ghand(p, f"{name} {kg} કિલો x {rate}", figure=str(kg * rate))
    j.amount = float(total_)
    ghand(p, "કુલ", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    ghand(p, "રોકડા મળ્યા", method="cash", status=j.status)
    sig(p)
    return p.done()


def _sup_blocks(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Pethapur block maker's bill from his bill book: his name printed on top; Bill No. struck in red,
    Date and M/s written on dotted lines; the teak blocks (border, outline, filler, the Mother's figure)
    written by hand in its ruled columns, the Total; "Recd. by GPay, Ref ..." written under it."""
    p = sheet(rng, font, [720, 760])
    head_of(p, BLOCKS, "Wooden Printing Blocks  |  Near Ram Mandir, Pethapur, Gandhinagar", merchant=BLOCKS)
    p.add("center", "BILL")
    one_pen(p)
    no_ = str(rng.randrange(100, 999))
    h279.redno(p, "Bill No.", no_, txn=(INVOICE_RANK, no_))
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%y", "%d.%m.%Y"])), date=j.date)
    filled(p, "M/s", "Chitara Pachedi, Vasna")
    spec = [(0.0, 0.5, "l"), (0.5, 0.72, "r"), (0.72, 1.0, "r")]
    p.add("gap")
    start = len(p.rows)
    goods = [
        ("Border block (kangura)", 450, 900),
        ("Outline block, Mata", 1800, 3200),
        ("Filler block (buti)", 250, 500),
        ("Devotee row block", 900, 1600),
    ]
    total_ = 0
    for name, lo, hi_ in rng.sample(goods, 3):
        q, rate = rng.randrange(1, 5), rng.randrange(lo, hi_, 50)
        total_ += q * rate
        h273.hcells(p, spec, name, f"{q} x {rate}", str(q * rate), scale=1.05)
    j.amount = float(total_)
    h273.hcells(p, spec, "Total", "", f"{total_}/-", scale=1.05, amount=j.amount)
    ledger(p, start, [0.5, 0.72])
    p.add("gap")
    hand(p, f"Recd. by GPay, Ref {j.ref}", txn=(UTR_RANK, j.ref), method="UPI", status=j.status)
    sig(p)
    return p.done()


def _sup_udaan(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """udaan's order of natural dyes with its payment failed in an octagon: Payment failed, the reason in a
    notice; Order ID, Sold by, Amount, Payment mode and Attempted on in a striped table."""
    j.amount = rupees(rng, 1500, 12000, 0.3)
    p = phone(rng, font, k, ["", "udaan"], dark=False, buttons=("Retry payment",))
    band(p, (22, 90, 200))
    app_head(p, "udaan", "Business orders")
    h294.octa(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    boxed(p, "Your UPI payment was declined by your bank. The order has not been placed.", "error")
    oid = f"UD{rng.randrange(10**9, 10**10)}"
    seller = rng.choice(["Shree Krishna Natural Dyes", "Amrut Dye Chem"])
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "r")]
    rows_ = [
        (["Order ID", oid], {"txn": (ORDER_RANK, oid)}),
        (["Sold by", seller], {"merchant": seller}),
        (["Amount", sum_of(p, j.amount)], {"amount": j.amount}),
        (["Payment mode", "UPI"], {"method": "UPI"}),
        (["Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
    ]
    zebra(p, "ud", spec, ["Order details", ""], rows_, (22, 90, 200))
    return p.done()


def _sup_delhivery(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Delhivery's app with the export parcel's booking paid: Delhivery Ltd. under the app's bar, a tick on a
    rounded tile, Shipment booked, the sum; a copyable UPI Ref No.; AWB, From, To, Weight, Booked on and Paid
    via at the left and the right."""
    j.amount = rupees(rng, 450, 3800, 0.3)
    p = phone(rng, font, k, ["", "Delhivery"], dark=False, buttons=("Track",))
    band(p, (30, 30, 30))
    bar(p, "Delhivery", "Delhivery Ltd.", merchant="Delhivery Ltd.")
    h287.tile(p, j.status)
    p.add("center", "Shipment booked", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "AWB", digits(rng, 13))
    kvr(p, "From", "Vasna, Ahmedabad")
    kvr(p, "To", rng.choice(["Bengaluru 560038", "Mumbai 400049", "New Delhi 110001"]))
    kvr(p, "Weight", f"{rng.randrange(2, 14)}.{rng.randrange(10)} kg")
    kvr(p, "Booked on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


def _sup_bizongo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bizongo's order of export cartons with its payment awaiting confirmation over a progress bar: a
    notice; Order ID, Sold by, Amount, Payment mode and Placed on in read-only fields."""
    j.amount = rupees(rng, 2500, 16000, 0.3)
    p = browser_page(rng, font, "buyer.bizongo.com/orders/payment-status")
    head_of(p, "bizongo", "Packaging for business")
    p.add("left", "Payment awaiting confirmation", status=j.status)
    h294.progress(p, rng.uniform(0.5, 0.7), j.status)
    boxed(
        p,
        "We are waiting for the bank to confirm your net banking payment. This can take up to 2 hours.",
        "warn",
    )
    oid = f"BZ-{rng.randrange(10**6, 10**7)}"
    seller = rng.choice(["Shreeji Corrugated Boxes", "Umiya Packaging Industries"])
    h273.field(p, "Order ID", oid, txn=(ORDER_RANK, oid))
    h273.field(p, "Sold by", seller, merchant=seller)
    h273.field(p, "Amount", f"INR {num(j.amount)}", amount=j.amount)
    h273.field(p, "Payment mode", "Net Banking - Bank of Baroda", method="netbanking")
    h273.field(p, "Placed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _sup_zoho_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The printer's invoice page from Zoho Invoice paid under "Today, <hour>", PAID printed across it: the
    printer on top, the invoice's number; the hang tags and catalogues on hairline rows, GST 18% and Total;
    Payment received, Mode and Reference at the left and the right; no day."""
    p = browser_page(rng, font, "zinv.zoho.in/portal/invoice")
    head_of(p, PRINTER, "Mirzapur Road, Ahmedabad  |  Invoice via Zoho Invoice", merchant=PRINTER)
    ino = f"INV-{rng.randrange(100, 999):06d}"
    p.add("center", f"Invoice# {ino}", txn=(INVOICE_RANK, ino))
    p.add("gap")
    goods = [("Hang tags (Mata ni pachedi)", 2.0, 3.2), ("Catalogues, A4", 28, 45), ("Care cards", 1.4, 2.4)]
    taxable = 0.0
    spec = [(0.0, 0.5, "l"), (0.5, 0.72, "r"), (0.72, 1.0, "r")]
    for name, lo, hi_ in rng.sample(goods, 2):
        q = rng.randrange(2, 20) * (10 if lo > 10 else 100)
        rate = round(rng.uniform(lo, hi_), 1)
        taxable += q * rate
        cols(p, "zi", spec, name, f"{q} x {rate:.2f}", num(q * rate), mode="line")
    gst = round(taxable * 0.18, 2)
    j.amount = round(taxable + gst, 2)
    cols(p, "zi", spec, "GST 18%", "", num(gst), mode="line")
    cols(p, "zit", spec, "Total", "", f"{rupee_of(p.font)}{num(j.amount)}", mode="line", amount=j.amount)
    p.add("gap")
    kvr(p, "Payment received", f"Today, {hhmm(rng, lower=True)}", status=j.status)
    kvr(p, "Mode", "UPI", method="UPI")
    kvr(p, "Reference", j.ref, txn=(UTR_RANK, j.ref))
    h289.watermark(p, "PAID")
    return p.done()


def _sup_frames(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Relief Road frame maker's invoice with a UPI QR code to pay at its foot: Invoice No. and Date at the
    left and the right; the frames for the pachedi panels in a table ruled on every side with its Total;
    "Scan to pay" and the QR code; "Paid via UPI, Ref ..." written by hand with a check mark."""
    p = sheet(rng, font, [800, 840])
    head_of(p, FRAMES, f"Relief Road, Ahmedabad - 380001  |  GSTIN {gstin_of(rng)}", merchant=FRAMES)
    p.add("center", "INVOICE")
    ino = f"NFS-{rng.randrange(100, 999)}"
    cols(
        p,
        "fr0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice No.: {ino}",
        f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    p.add("left", f"To: {FIRM}")
    p.add("gap")
    goods = [
        ("Teak frame 2 x 3 ft", 1400, 2200),
        ("Teak frame 3 x 5 ft", 2600, 3800),
        ("Glass, 4 mm", 400, 800),
    ]
    rows_, total_ = [], 0
    for name, lo, hi_ in rng.sample(goods, 2):
        q, rate = rng.randrange(1, 6), rng.randrange(lo, hi_, 50)
        total_ += q * rate
        rows_.append(([name, str(q), num(rate), num(q * rate)], {}))
    j.amount = float(total_)
    grid(
        p,
        "frt",
        [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.78, "r"), (0.78, 1.0, "r")],
        ["Item", "Qty", "Rate", "Amount"],
        rows_,
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    p.add("gap")
    p.add("left", "Scan to pay (UPI)")
    h269.qr(p, f"upi://pay?pa=navrangframes@okhdfcbank&am={j.amount}", "l", 4)
    one_pen(p)
    hand(p, f"Paid via UPI, Ref {j.ref}", txn=(UTR_RANK, j.ref), method="UPI", status=j.status)
    h273.tick(p)
    return p.done()


SUPPLIER_LAYOUTS = [
    _sup_mill,
    _sup_gandhi,
    _sup_blocks,
    _sup_udaan,
    _sup_delhivery,
    _sup_bizongo,
    _sup_zoho_invoice,
    _sup_frames,
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper, one layout a place (``SUPPLIER_LAYOUTS``): the
    cotton mill's invoice with its payment typed under it, the Kalupur gandhi's chit in a Gujarati hand, the
    Pethapur block maker's bill book, udaan's failed order, Delhivery's booking, Bizongo's order awaiting
    confirmation, the printer's Zoho invoice paid under "Today" and the frame maker's invoice with its QR
    code."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1500, high=60000)
    return SUPPLIER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 6. the firm paying its suppliers


TAILOR = "Sagar Tailors"
CARTONS = "Shreeji Corrugated Boxes"
CARRIER = "Patel Roadlines"
AMCO = "THE AHMEDABAD MERCANTILE CO-OP. BANK LTD."
AMCO_GU = "ધી અમદાવાદ મર્કન્ટાઇલ કો-ઓપ. બેંક લિ."


def _pay_kalupur(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Kalupur Commercial Co-op. Bank's mobile banking with a NEFT to the Narol cotton mill: a large
    round tick, NEFT initiated successfully, the sum; UTR No., Beneficiary, Account, IFSC, Date and Remarks on
    hairline rows."""
    p = phone(rng, font, k, ["", "Kalupur Bank"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 96, 70))
    app_head(p, "Kalupur Bank", "mBanking  |  NEFT")
    sicon(p, j.status)
    p.add("center", "NEFT initiated successfully", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "The Kalupur Commercial Co-op. Bank", "NEFT")
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "r")]
    name = fit(p, [MILL, "SHREE AMBICA COTTON"], 0.62)
    cols(p, "kc", spec, "UTR No.", utr, mode="line", txn=(UTR_RANK, utr), method="netbanking")
    cols(p, "kc", spec, "Beneficiary", name, mode="line", merchant=name)
    cols(p, "kc", spec, "Account", f"XXXXXXXX{digits(rng, 4)}", mode="line")
    cols(p, "kc", spec, "IFSC", "BARB0NAROLX", mode="line")
    cols(p, "kc", spec, "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), mode="line", date=j.date)
    cols(p, "kc", spec, "Remarks", "grey cotton", mode="line")
    return p.done()


def _pay_bob_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """bob World's IMPS to the printer failed: Transaction Failed on a tinted band, the sum, "to <payee>",
    the reason in a notice; each field in a pale tile two to a row: IMPS Ref No. and Date, To and Reason."""
    p = phone(rng, font, k, ["", "bob World"], dark=False, buttons=("Retry",))
    band(p, (240, 100, 30))
    app_head(p, "bob World", "Bank of Baroda  |  IMPS")
    h269.strip(p, "Transaction Failed", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {PRINTER}", "to KALAPI OFFSET"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "The beneficiary bank is not responding. If your account was debited, it will be reversed.",
        "error",
    )
    tiles2(
        p,
        ("IMPS Ref No.", j.ref),
        ("Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    tiles2(p, ("To", f"A/c XXXX{digits(rng, 4)}"), ("Reason", "Bene bank timeout"), method="netbanking")
    return p.done()


def _pay_hdfc_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC Bank's MobileBanking with an IMPS to the tailor under "Today, <hour>": the sum large with its
    paise raised, "sent to <payee>"; IMPS Ref No :, To A/c : and Remarks : with colons; no day."""
    j.amount = rupees(rng, 1800, 16000, 0.5)
    p = phone(rng, font, k, ["", "HDFC Bank"], dark=False, buttons=("Share",))
    band(p, (0, 76, 143))
    app_head(p, "HDFC Bank", "MobileBanking  |  IMPS")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h275.bigsum(p, rupee_of(p.font), j.amount, amount=j.amount)
    p.add("center", f"sent to {TAILOR}", merchant=TAILOR, status=j.status)
    p.add("rule")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    colkv(p, "hd", spec, "IMPS Ref No :", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
    colkv(p, "hd", spec, "To A/c :", f"XXXXXX{digits(rng, 4)}")
    colkv(p, "hd", spec, "Remarks :", "cushion covers stitching")
    return p.done()


def _pay_amco_form(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Ahmedabad Mercantile Co-op. Bank's RTGS / NEFT application under its Gujarati name, the
    customer's copy filled in by hand: NEFT ticked; Date, Beneficiary, A/c No., IFSC and Amount written in this
    set's boxed fields; the branch's rectangular stamp with its day; "Sent, UTR ..." written under it by its
    clerk."""
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    gu(p, AMCO_GU, bold=True)
    name_ = pick(p, "title", [AMCO, "AHMEDABAD MERCANTILE CO-OP. BANK"])
    top(p, name_)
    p.add("small", "Vasna Branch  |  RTGS / NEFT Application  |  CUSTOMER'S COPY")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    h269.ticks(p, ["RTGS", "NEFT"], 1, method="netbanking")
    p.add("gap")
    at = 0.34
    kbox(p, "તારીખ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), pen=True, at=at, date=j.date)
    who = kb_fit(p, [FRAMES, "Navrang Frames"], pen=True, at=at)
    kbox(p, "લાભાર્થી", "Beneficiary", who, pen=True, at=at, merchant=who)
    kbox(p, "ખાતા નં.", "A/c No.", digits(rng, 14), pen=True, at=at)
    kbox(p, "IFSC", "IFSC", f"HDFC000{digits(rng, 4)}", pen=True, at=at)
    kbox(p, "રકમ રૂ.", "Amount Rs.", num(j.amount), pen=True, at=at, amount=j.amount)
    p.add("gap")
    h271.rstamp(p, ["AMCO BANK LTD.", "VASNA BRANCH", when(j.date, "%d %b %Y").upper()], "violet", at=0.6)
    utr = utr_of(rng, j, "The Ahmedabad Mercantile Co-op. Bank", "NEFT")
    hand(p, f"Sent, UTR {utr}", txn=(UTR_RANK, utr), status=j.status)
    return p.done()


def _pay_axis_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Axis Mobile's NEFT to the carton maker in progress: In progress, the sum, "to <payee>"; its stages top
    to bottom (Debited, Sent to the beneficiary bank, Credited); a notice; Reference No., Initiated on and
    From in shaded labels."""
    p = phone(rng, font, k, ["", "Axis Mobile"], dark=False, buttons=("Done",))
    band(p, (151, 20, 77))
    app_head(p, "Axis Mobile", "Fund transfer  |  NEFT")
    p.add("center", "In progress", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {CARTONS}", merchant=CARTONS)
    p.add("gap")
    h271.step(p, "Debited from your account", "", "done")
    h271.step(p, "Sent to the beneficiary bank", "next batch", "pending")
    h271.step(p, "Credited", "", "todo")
    boxed(
        p,
        "NEFT is settled in half-hourly batches. The beneficiary is usually credited within 2 hours.",
        "info",
    )
    ref = f"AXNF{j.date:%y%m%d}{digits(rng, 7)}"
    at = 0.34
    kv(p, "Reference No.", ref, at=at, txn=(BANK_RANK, ref))
    kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    kv(p, "From", f"Current A/c {masked(p.font)}{digits(rng, 4)}", at=at, method="netbanking")
    return p.done()


def _pay_fedmobile(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Federal Bank's FedMobile with a NEFT to the transporter: the sum on a tinted panel, Transfer
    successful; UTR, Beneficiary, Date and From A/c at the left and the right."""
    p = phone(rng, font, k, ["", "FedMobile"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 68, 136))
    app_head(p, "FedMobile", "Federal Bank  |  NEFT")
    panel(p, "Transfer successful", sum_of(p, j.amount), GREEN, amount=j.amount, status=j.status)
    p.add("gap")
    utr = utr_of(rng, j, "Federal Bank", "NEFT")
    kvr(p, "UTR", utr, txn=(UTR_RANK, utr), method="netbanking")
    kvr(p, "Beneficiary", CARRIER, merchant=CARRIER)
    kvr(p, "Date", day_as(j, rng, ["%d %b %Y", "%d-%m-%Y"]), date=j.date)
    kvr(p, "From A/c", f"XXXX{digits(rng, 4)}")
    p.add("small", "Freight, export consignment to Mundra")
    return p.done()


def _pay_au0101(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """AU 0101's UPI payment to the block maker with no reference: a scalloped badge, Payment sent, the sum,
    "to <payee>", "on <day> at <hour>"; From at the left and the right."""
    p = phone(rng, font, k, ["", "AU 0101"], dark=False, buttons=("Done",))
    band(p, (102, 45, 145))
    app_head(p, "AU 0101", "AU Small Finance Bank  |  UPI")
    h287.burst(p, j.status)
    p.add("center", "Payment sent", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {BLOCKS}", "to PETHAPUR BLOCKS"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add(
        "small",
        f"on {day_as(j, rng, ['{d} %b %Y', '%d %B %Y'])} at {hhmm(rng, lower=True)}",
        date=j.date,
    )
    p.add("rule")
    kvr(p, "From", f"Savings {masked(p.font)}{digits(rng, 4)} (UPI)", method="UPI")
    return p.done()


def _pay_kotak_nb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Kotak's net banking Fund Transfer Acknowledgement for an RTGS or NEFT to the cotton mill: Reference
    No., Beneficiary Name, Account No., Amount, Transfer Date and Mode in dot leaders."""
    j.amount = rupees(rng, 60000, 340000, 0.4)
    p = browser_page(rng, font, "netbanking.kotak.com/knb2/fundtransfer/ack")
    head_of(p, "Kotak Mahindra Bank", "Net Banking  |  Fund Transfer Acknowledgement")
    p.add("left", "Your transfer request has been processed.", status=j.status)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Kotak Mahindra Bank", way)
    at = 0.4
    dots(p, "Reference No.", utr, at=at, txn=(UTR_RANK, utr))
    name = fit(p, [MILL, "SHREE AMBICA COTTON"], 0.55)
    dots(p, "Beneficiary Name", name, at=at, merchant=name)
    dots(p, "Account No.", f"XXXXXXXX{digits(rng, 4)}", at=at)
    dots(p, "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Transfer Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"])), at=at, date=j.date)
    dots(p, "Mode", way, at=at, method="netbanking")
    return p.done()


VENDOR_LAYOUTS = [
    _pay_kalupur,
    _pay_bob_fail,
    _pay_hdfc_today,
    _pay_amco_form,
    _pay_axis_pending,
    _pay_fedmobile,
    _pay_au0101,
    _pay_kotak_nb,
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks, one layout a place (``VENDOR_LAYOUTS``): the Kalupur
    bank's NEFT on hairline rows, bob World's failed IMPS, HDFC Bank's "Today", the Mercantile bank's
    application in boxed fields, Axis Mobile's NEFT in progress, FedMobile's panel, AU 0101's payment with no
    reference and Kotak's acknowledgement in dot leaders."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=1500, high=90000)
    return VENDOR_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 7. the firm paying its makers


# the work a maker is paid for, as a Gujarati hand writes it: the words, the unit, the rate (low, high)
WORK = [
    ("માતાની પછેડી મોટી", "નંગ", 900, 1400),
    ("માતાની પછેડી નાની", "નંગ", 450, 700),
    ("મેલડી માનો પટ", "નંગ", 350, 600),
    ("કલમકારી દુપટ્ટો", "નંગ", 180, 300),
    ("કિનાર છાપકામ", "મીટર", 10, 16),
    ("ધોલાઈ", "તાકા", 35, 60),
]


def _wage_account(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """A maker's wage account under "ચીતરામણ મજૂરી હિસાબ / PAINTING WAGES" (an account of the wages for
    painting): કારીગર / Maker and માસ / Month written in this set's boxed fields; the pachedi painted, the
    border printed and the washing written in a Gujarati hand with their counts, rates and sums, "કુલ";
    "UPI થી ચૂકવ્યા, Ref ..." (paid by UPI) and "તા. <day>" (dated) written under it; the partner's
    signature."""
    p = sheet(rng, font, [720, 760])
    p.part = "head"
    gu(p, FIRM_GU, bold=True)
    p.add("center", FIRM)
    border(p)
    gu(p, "ચીતરામણ મજૂરી હિસાબ  /  PAINTING WAGES", bold=True)
    p.part = "body"
    at = 0.3
    kbox(p, "કારીગર", "Maker", maker, pen=True, at=at, merchant=maker)
    kbox(p, "માસ", "Month", j.month(), pen=True, at=at)
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for words_, unit, lo, hi_ in rng.sample(WORK, 3):
        q = rng.randrange(2, 9) if unit == "નંગ" else rng.randrange(20, 90)
        rate = rng.randrange(lo, hi_ + 1, 5 if hi_ > 100 else 1)
        total_ += q * rate
        ghand(p, f"{words_} {q} {unit} x {rate}", figure=str(q * rate))
    j.amount = float(total_)
    ghand(p, "કુલ", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    ghand(p, f"UPI થી ચૂકવ્યા, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    ghand(p, f"તા. {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    p.add("right", PARTNER)
    return p.done()


def _wage_uttarayan(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """A maker's kite-day advance in a Gujarati hand under "ઉત્તરાયણ ઉપાડ" (Uttarayan advance), in the week
    before Uttarayan: "ઉત્તરાયણ નિમિત્તે રૂ. x/- રોકડા ઉપાડ પેટે મળ્યા છે." (Rs. x/- received in cash as an
    advance for Uttarayan) and "તા. <day>"; her signature and her name written under it; no reference."""
    season(j, rng, UTTARAYAN - dt.timedelta(days=7), 7)
    j.amount = float(rng.choice([1000, 1500, 2000, 2500, 3000]))
    p = sheet(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(250, 249, 240), (247, 245, 234)])
    p.part = "head"
    gu(p, FIRM_GU, scale=0.95, bold=True)
    p.add("small", f"{FIRM}  |  Vasna, Ahmedabad")
    p.add("rule")
    p.part = "body"
    ghand(p, "ઉત્તરાયણ ઉપાડ", align="c", scale=1.2)
    p.add("gap")
    ghand(p, "ઉત્તરાયણ નિમિત્તે", scale=1.1)
    ghand(p, f"રૂ. {num(j.amount, 'indian', 0)}/- રોકડા", scale=1.1, amount=j.amount)
    ghand(p, "ઉપાડ પેટે મળ્યા છે.", scale=1.1, method="cash", status=j.status)
    p.add("gap")
    ghand(p, f"તા. {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    hand(p, maker, align="r", merchant=maker)
    h287.decor(p, "fold")
    return p.done()


def _wage_slip(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """The firm's printed "મજૂરી ચૂકવણી પત્રક / WAGE PAYMENT SLIP" under a Mata ni pachedi and a pachedi's
    border: નામ / Name, કામ / Work, દર / Rate, કુલ મજૂરી / Total wage, રીત / Mode, UTR and તારીખ / Date in
    this set's boxed fields, their values printed; a box for the maker's signature or thumb."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    mata(p)
    gu(p, FIRM_GU, bold=True)
    p.add("center", FIRM)
    border(p)
    gu(p, "મજૂરી ચૂકવણી પત્રક  /  WAGE PAYMENT SLIP", bold=True)
    p.part = "body"
    at = 0.34
    n, rate = rng.randrange(3, 9), rng.randrange(900, 1400, 50)
    j.amount = float(n * rate)
    kbox(p, "નામ", "Name", maker, at=at, merchant=maker)
    kbox(p, "કામ", "Work", f"Mata ni pachedi, 3 x 5 ft: {n} pcs", at=at)
    kbox(p, "દર", "Rate", f"Rs. {rate} per piece", at=at)
    kbox(p, "કુલ મજૂરી", "Total wage", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    kbox(p, "રીત", "Mode", "NEFT", at=at, method="netbanking", status=j.status)
    utr = utr_of(rng, j, "Bank of Baroda", "NEFT")
    kbox(p, "UTR", "UTR", utr, at=at, txn=(UTR_RANK, utr))
    kbox(p, "તારીખ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), at=at, date=j.date)
    h269.thumb(p, "Sign / LTI")
    return p.done()


def _wage_paytm_pending(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """Paytm's UPI payment to a maker pending over a progress bar: Payment pending, the sum, "to <maker>", a
    notice; UPI Ref No :, Initiated on : and From : with colons."""
    p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Check status",))
    band(p, (0, 46, 110))
    app_head(p, "Paytm", "UPI Money Transfer")
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {maker}", merchant=maker)
    h294.progress(p, rng.uniform(0.45, 0.7), j.status)
    boxed(p, "Waiting for confirmation from the receiver's bank. Please don't pay again.", "warn")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    colkv(p, "pt", spec, "UPI Ref No :", j.ref, txn=(UTR_RANK, j.ref))
    colkv(
        p, "pt", spec, "Initiated on :", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
    )
    colkv(p, "pt", spec, "From :", f"BOB {masked(p.font)}{digits(rng, 4)}", method="UPI")
    return p.done()


def _wage_keka(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """Keka's payslip for the Mandap's counter: "Payslip for the month of <month>"; Employee Name, Employee
    ID, Designation and PAN in shaded labels; Earnings | Amount | Deductions | Amount in a table ruled on
    every side; Net Pay in a printed box and its words; "Credited by NEFT on <day>, UTR ..."."""
    p = sheet(rng, font, [840, 880])
    head_of(p, FIRM, f"{SHOP_AT}  |  Payslip by Keka")
    p.add("center", f"Payslip for the month of {j.month()}")
    at = 0.34
    kv(p, "Employee Name", COUNTER, at=at, merchant=COUNTER)
    kv(p, "Employee ID", f"CPK-{rng.randrange(10, 40):03d}", at=at)
    kv(p, "Designation", "Sales Associate, Pachedi Mandap", at=at)
    kv(p, "PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}", at=at)
    p.add("gap")
    basic = float(rng.randrange(90, 140) * 100)
    hra = float(rng.randrange(20, 40) * 100)
    conv = 1600.0
    pf = round(basic * 0.12, 0)
    pt = 200.0
    j.amount = basic + hra + conv - pf - pt
    grid(
        p,
        "kk",
        [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.78, "l"), (0.78, 1.0, "r")],
        ["Earnings", "Amount", "Deductions", "Amount"],
        [
            (["Basic", num(basic), "Provident Fund", num(pf)], {}),
            (["HRA", num(hra), "Professional Tax", num(pt)], {}),
            (["Conveyance", num(conv), "", ""], {}),
        ],
    )
    p.add("gap")
    h271.amtbox(p, "Net Pay  Rs.", num(j.amount), by_hand=False, at=0.3, amount=j.amount)
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    utr = utr_of(rng, j, "Bank of Baroda", "NEFT")
    p.add(
        "left",
        f"Credited by NEFT on {when(j.date, '%d/%m/%Y')}, UTR {utr}",
        date=j.date,
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    p.add("small", "This is a system generated payslip and needs no signature.")
    return p.done()


def _wage_jio_fail(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """JioFinance's UPI payment to a maker failed under a red ribbon: the sum, "to <maker>", the reason in a
    notice; Transaction ID, Date, Reason and From in dot leaders."""
    p = phone(rng, font, k, ["", "JioFinance"], dark=False, buttons=("Try again",))
    band(p, (0, 51, 153))
    app_head(p, "JioFinance", "UPI")
    h275.ribbon(p, "PAYMENT FAILED", RED)
    p.add("gap")
    p.add("center", "Money not sent", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {maker}", merchant=maker)
    boxed(
        p, "The receiver's bank declined the payment. Any amount debited will be returned in 2 days.", "error"
    )
    tid = f"JIO{j.date:%y%m%d}{digits(rng, 10)}"
    at = 0.36
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=at, date=j.date)
    dots(p, "Reason", "Bene bank declined", at=at)
    dots(p, "From", f"BOB {masked(p.font)}{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _wage_bhim_washer(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """BHIM's UPI payment to the washer who washes the boiled cloth in the Sabarmati: the washer's initials in
    a round badge, "Paid to" over his name, the sum, Success; UPI Ref No, Date, From and Note on hairline
    rows."""
    j.amount = float(rng.randrange(8, 60) * 50)
    maker = rng.choice([MAKERS[2], MAKERS[5]])
    p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Share",))
    band(p, (0, 98, 65))
    app_head(p, "BHIM", "UPI")
    h273.avatar(p, initials(maker), (0, 98, 65))
    p.add("small", "Paid to")
    p.add("center", maker, merchant=maker)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", "Success", status=j.status)
    p.add("gap")
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "r")]
    cols(p, "bw", spec, "UPI Ref No", j.ref, mode="line", txn=(UTR_RANK, j.ref))
    cols(
        p,
        "bw",
        spec,
        "Date",
        at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)),
        mode="line",
        date=j.date,
    )
    cols(p, "bw", spec, "From", f"BOB {masked(p.font)}{digits(rng, 4)}", mode="line", method="UPI")
    cols(p, "bw", spec, "Note", f"dhulai {rng.randrange(8, 30)} taka", mode="line")
    return p.done()


def _wage_wa_chat(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """A WhatsApp chat with a maker under "Today": the maker on top; her message in Gujarati "ભાઈ, આ
    અઠવાડિયાની મજૂરી મોકલશો?" (brother, will you send this week's wage?); the partner's payment card with
    "Payment to <maker>", the sum, Paid and the hour, its UPI Ref; her reply "મળી ગયા, આભાર" (received,
    thanks); no day."""
    j.amount = float(rng.randrange(12, 90) * 100)
    p = phone(rng, font, k, [maker.split()[0]], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    p.add("title", maker, merchant=maker)
    p.add("small", "online")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    first, second, third = hours(rng, 3)
    s = len(p.rows)
    gu(p, "ભાઈ, આ અઠવાડિયાની મજૂરી મોકલશો?", align="l")
    h273.bubble(p, s, first)
    p.add("gap")
    c = h275.gcard_open(p)
    h275.inrow(p, f"Payment to {maker.split()[0]}", soft=True)
    h275.inrow(p, sum_of(p, j.amount), scale=1.3, bold=True, amount=j.amount)
    h275.inrow(p, f"Paid  {second}", status=j.status, method="UPI")
    h275.inrow(p, f"UPI Ref {j.ref}", scale=0.8, soft=True, txn=(UTR_RANK, j.ref))
    h275.gcard_close(p, c)
    p.add("gap")
    s = len(p.rows)
    gu(p, "મળી ગયા, આભાર", align="l")
    h273.bubble(p, s, third)
    return p.done()


WAGE_LAYOUTS = [
    _wage_account,
    _wage_uttarayan,
    _wage_slip,
    _wage_paytm_pending,
    _wage_keka,
    _wage_jio_fail,
    _wage_bhim_washer,
    _wage_wa_chat,
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its makers (by the pachedi painted, the metre printed and the wash) and its staff, one
    layout a place (``WAGE_LAYOUTS``): a maker's wage account in a Gujarati hand, an Uttarayan advance in a
    Gujarati hand with no reference, the printed wage slip in boxed fields, Paytm's payment pending,
    Keka's payslip, JioFinance's failure, BHIM's payment to the washer and a WhatsApp chat under "Today"."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=1500, high=16000)
    maker = MAKERS[(k + rng.randrange(2)) % len(MAKERS)]
    return WAGE_LAYOUTS[k](rng, font, k, j, maker)


# ---------------------------------------------------------------- 8. fees, taxes and dues


AMC = "Ahmedabad Municipal Corporation"
AMC_GU = "અમદાવાદ મ્યુનિસિપલ કોર્પોરેશન"
GST_TOP = "Goods and Services Tax"
GPCB = "Gujarat Pollution Control Board"
GLWB = "GUJARAT LABOUR WELFARE BOARD"
SAMITI = "Vibrant Navratri Mahotsav Samiti"
SAMITI_GU = "વાઇબ્રન્ટ નવરાત્રી મહોત્સવ સમિતિ"
TRAFFIC = "Ahmedabad City Traffic Police"


def _fee_amc_property(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Ahmedabad Municipal Corporation's property tax e-receipt for the workshop under its Gujarati name:
    "ચુકવણી સફળ / Payment Successful"; પહોંચ નં. / Receipt No., ટેનામેન્ટ નં. / Tenement No., માલિક /
    Owner, નાણાકીય વર્ષ / Financial Year, રકમ / Amount, રીત / Mode, બેંક સંદર્ભ / Bank Ref. and તારીખ /
    Date in this set's boxed fields."""
    p = browser_page(rng, font, "ahmedabadcity.gov.in/propertytax/receipt")
    p.part = "head"
    gu(p, AMC_GU, bold=True)
    top(p, AMC, merchant=AMC)
    p.add("small", "Property Tax Department  |  e-Receipt")
    p.add("rule")
    p.part = "body"
    gu(p, "ચુકવણી સફળ  /  Payment Successful", bold=True, status=j.status)
    p.add("gap")
    at = 0.4
    rno = f"PT{j.date:%y}{digits(rng, 9)}"
    kbox(p, "પહોંચ નં.", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    kbox(
        p,
        "ટેનામેન્ટ નં.",
        "Tenement No.",
        f"0613-{digits(rng, 2)}-{digits(rng, 4)}-0001-{rng.choice('HGF')}",
        at=at,
    )
    kbox(p, "માલિક", "Owner", kb_fit(p, [FIRM, "Chitara Pachedi Kala Kend."], at=at), at=at)
    kbox(p, "નાણાકીય વર્ષ", "Financial Year", f"20{fy(j.date)}", at=at)
    kbox(p, "રકમ", "Amount", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    kbox(p, "રીત", "Mode", "Net Banking", at=at, method="netbanking")
    ref = f"BOB{j.date:%y%m%d}{digits(rng, 8)}"
    kbox(p, "બેંક સંદર્ભ", "Bank Ref.", ref, at=at, txn=(BANK_RANK, ref))
    kbox(p, "તારીખ", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    return p.done()


def _fee_gumasta(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Mandap's registration under the Shops and Establishments Act renewed on AMC's app under "Today,
    <hour>": Ahmedabad Municipal Corporation under the app's bar, an octagon's tick, Fee paid, the sum; a
    copyable Transaction ID; Application No. and Paid via at the left and the right; Service; no day."""
    j.amount = float(rng.choice([1200, 1500, 2400, 3000]))
    p = phone(rng, font, k, ["", "AMC"], dark=False, buttons=("Download receipt",))
    band(p, (0, 90, 140))
    bar(p, "AMC Seva", AMC, merchant=AMC)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h294.octa(p, j.status)
    p.add("center", "Fee paid", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"AMC{code(rng, 4, UPPER)}{digits(rng, 10)}"
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Application No.", f"SE/{rng.randrange(10, 99)}/{digits(rng, 6)}")
    kvr(p, "Paid via", "UPI", method="UPI")
    p.add("small", "Service: Shops & Establishment registration renewal")
    return p.done()


def _fee_gpcb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Gujarat Pollution Control Board's XGN receipt for the consent fee of the workshop's dye and wash
    unit: e-Payment Receipt; labels small over their values two to a row (Receipt No. and Date, Industry and
    Category, Fee type and Amount, Payment mode and Bank Ref. No.)."""
    j.amount = float(rng.choice([5000, 7500, 10000, 12500]))
    p = browser_page(rng, font, "xgn.gpcb.gov.in/payment/receipt")
    head_of(p, GPCB, "XGN  |  Paryavaran Bhavan, Sector 10-A, Gandhinagar", merchant=GPCB)
    p.add("center", "e-Payment Receipt", status=j.status)
    p.add("gap")
    rno = f"XGN/{j.date.year}/{digits(rng, 6)}"
    two_up(
        p,
        "gp1",
        ("Receipt No.", rno),
        ("Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])),
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    two_up(p, "gp2", ("Industry", "Chitara Pachedi Kala Kendra"), ("Category", "Orange, Small"))
    two_up(p, "gp3", ("Fee type", "CCA renewal"), ("Amount", f"Rs. {num(j.amount)}"), amount=j.amount)
    ref = f"BOB{digits(rng, 12)}"
    two_up(
        p,
        "gp4",
        ("Payment mode", "Net Banking"),
        ("Bank Ref. No.", ref),
        method="netbanking",
        txn=(BANK_RANK, ref),
    )
    return p.done()


def _fee_gst_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The GST portal's challan awaiting the bank's confirmation: Goods and Services Tax on top; its stages
    across the page (Challan created, Paid at bank, Credited to ledger), a notice; CPIN, GSTIN, Amount, Mode
    and Initiated on in a table ruled on every side."""
    p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment")
    head_of(p, GST_TOP, "Government of India  |  Track Payment Status", merchant=GST_TOP)
    p.add("left", "Payment status: Awaiting bank confirmation", status=j.status)
    h289.steps(p, ["Challan created", "Paid at bank", "Credited to ledger"], 1, j.status)
    boxed(p, "Your bank has not yet confirmed this payment. Do not pay this challan again.", "warn")
    cpin = f"{j.date:%y}24{digits(rng, 10)}"
    at = 0.34
    gkv(p, "gs", "CPIN", cpin, at=at, txn=(INVOICE_RANK, cpin))
    gkv(p, "gs", "GSTIN", GSTIN, at=at)
    gkv(p, "gs", "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "gs", "Mode", "Net Banking - Bank of Baroda", at=at, method="netbanking")
    gkv(p, "gs", "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _fee_glwb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Gujarat Labour Welfare Board's receipt for the half-year's welfare fund, early in July or January:
    Receipt No., Establishment, Period, Employees, Employee and Employer Contribution, Total Amount, Payment
    Mode, Bank Ref. No. and Payment Date in a table ruled on every side; its QR code."""
    half = rng.choice([(7, "January - June"), (1, "July - December")])
    year = 2026
    j.date = dt.date(year, half[0], rng.randrange(1, 16))
    staff = rng.randrange(8, 26)
    emp, er = 6 * staff, 12 * staff
    j.amount = float(emp + er)
    p = browser_page(rng, font, "glwb.gujarat.gov.in/lwf/receipt")
    head_of(p, GLWB, "Shramik Bhavan, Ahmedabad  |  Labour Welfare Fund Receipt", merchant=GLWB)
    p.add("gap")
    rno = f"LWF/{year}/{digits(rng, 7)}"
    period = f"{half[1]} {year if half[0] == 7 else year - 1}"
    ref = f"BARB{digits(rng, 12)}"
    at = 0.4
    gkv(p, "lw", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gkv(p, "lw", "Establishment", FIRM, at=at)
    gkv(p, "lw", "Period", period, at=at)
    gkv(p, "lw", "Employees", str(staff), at=at)
    gkv(p, "lw", "Employee Contribution", f"Rs. {num(emp)}", at=at)
    gkv(p, "lw", "Employer Contribution", f"Rs. {num(er)}", at=at)
    gkv(p, "lw", "Total Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "lw", "Payment Mode", "Net Banking", at=at, method="netbanking", status=j.status)
    gkv(p, "lw", "Bank Ref. No.", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "lw", "Payment Date", when(j.date, "%d/%m/%Y"), at=at, date=j.date)
    p.add("gap")
    h269.qr(p, rno, "r", 4)
    return p.done()


def _fee_samiti_letter(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Vibrant Navratri festival committee's stall letter typed in Gujarati in the week before
    Navratri, with no reference: its Gujarati name over its English and a pachedi's border; જા. નં. and
    તારીખ; "પ્રતિ, વ્યવસ્થાપક," (To, the manager,) and the Mandap; વિષય; "... સ્ટોલ ભાડાના રૂ. x/- તા. <day>
    ના રોજ રોકડેથી જમા કરાવેલ છે." (have deposited Rs. x/- of the stall rent in cash on <day>); the
    convener's signature over સંયોજક."""
    season(j, rng, NAVRATRI - dt.timedelta(days=8), 7)
    j.amount = float(rng.choice([6000, 7500, 9000, 12000]))
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    gu(p, SAMITI_GU, scale=1.05, bold=True)
    top(p, SAMITI, merchant=SAMITI)
    p.add("small", "GMDC Ground, Vastrapur, Ahmedabad")
    border(p)
    p.part = "body"
    day = when(j.date, "%d-%m-%Y")
    gu(p, f"જા. નં.: વનમ/{rng.randrange(100, 400)}/{j.date.year}          તારીખ: {day}", align="l")
    p.add("gap")
    gu(p, "પ્રતિ,", align="l")
    gu(p, "વ્યવસ્થાપક,", align="l")
    p.add("left", f"{SHOP}, Law Garden, Ahmedabad.")
    p.add("gap")
    gu(p, f"વિષય: સ્ટોલ નં. C-{rng.randrange(1, 80)} ની ફાળવણી બાબત.", align="l", bold=True)
    gu(p, "સાહેબશ્રી,", align="l")
    gu_wrap(
        p,
        "ઉપરોક્ત વિષય અંગે જણાવવાનું કે નવરાત્રી મહોત્સવ 2026 માં આપને હસ્તકલા વિભાગમાં સ્ટોલ ફાળવવામાં આવેલ "
        f"છે. આપે સ્ટોલ ભાડાના {whole_rs(j.amount).replace(' ', NBSP)} તા. {day} ના રોજ રોકડેથી જમા કરાવેલ છે.",
        amount=j.amount,
        date=j.date,
        method="cash",
        status=j.status,
    )
    gu(p, "આભાર સહ,", align="l")
    p.add("gap")
    sig(p)
    gu(p, "સંયોજક", align="r")
    return p.done()


def _fee_echallan(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The e-challan portal with the workshop tempo's traffic challan payment failed: Ahmedabad City Traffic
    Police under the portal's name, an octagon's cross, Payment failed, a notice; Challan No., Vehicle No.,
    Amount, Transaction ID, Payment mode and Date in shaded labels."""
    j.amount = float(rng.choice([500, 1000, 1500, 2000]))
    p = browser_page(rng, font, "echallan.parivahan.gov.in/index/accused-challan")
    p.part = "head"
    top(p, "e-Challan")
    p.add("small", TRAFFIC, merchant=TRAFFIC)
    p.add("rule")
    p.part = "body"
    h294.octa(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    boxed(p, "The transaction was not completed by your bank. The challan remains unpaid.", "error")
    cno = f"GJ{rng.randrange(1000000000, 9999999999)}{digits(rng, 8)}"
    tid = f"EC{j.date:%y%m%d}{digits(rng, 9)}"
    at = 0.34
    kv(p, "Challan No.", cno, at=at, txn=(INVOICE_RANK, cno))
    kv(p, "Vehicle No.", f"GJ-01-{code(rng, 2, UPPER)}-{digits(rng, 4)}", at=at)
    kv(p, "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Payment mode", "Debit Card", at=at, method="card")
    kv(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _fee_ptax(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Ahmedabad Municipal Corporation's professional tax e-receipt for the firm's enrolment: PROFESSIONAL
    TAX RECEIPT; Receipt No., PEC No., Period, Amount, Payment mode, UPI Ref. and Payment Date at the left and
    the right; the receipt's barcode with its number under it."""
    j.amount = 2400.0
    p = browser_page(rng, font, "ahmedabadcity.gov.in/professionaltax/receipt")
    head_of(p, AMC, "Professional Tax Department", merchant=AMC)
    p.add("center", "PROFESSIONAL TAX RECEIPT", status=j.status)
    p.add("gap")
    rno = f"PTR{j.date:%y%m}{digits(rng, 6)}"
    kvr(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    kvr(p, "PEC No.", f"PEC0{digits(rng, 7)}")
    kvr(p, "Period", f"20{fy(j.date)}")
    kvr(p, "Amount", f"Rs. {num(j.amount)}", amount=j.amount)
    kvr(p, "Payment mode", "UPI", method="UPI")
    kvr(p, "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    p.add("gap")
    h269.bars(p, rno)
    p.add("small", rno)
    return p.done()


FEE_LAYOUTS = [
    _fee_amc_property,
    _fee_gumasta,
    _fee_gpcb,
    _fee_gst_pending,
    _fee_glwb,
    _fee_samiti_letter,
    _fee_echallan,
    _fee_ptax,
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed, one layout a place (``FEE_LAYOUTS``):
    AMC's property tax receipt in boxed fields, the Shops and Establishments renewal under "Today", GPCB's
    consent fee two to a row, the GST challan awaiting the bank, the Labour Welfare Board's ruled receipt,
    the Navratri committee's stall letter in Gujarati with no reference, the e-challan's failure and AMC's
    professional tax receipt with its barcode."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=1500, high=60000)
    return FEE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 9. the insurers


ORIENTAL = "The Oriental Insurance Company Limited"
UNITED = "United India Insurance Company Limited"
RELIANCE = "Reliance General Insurance"
CHOLA = "Cholamandalam MS General Insurance"
GENERALI = "Generali Central Insurance"
SOMPO = "Universal Sompo General Insurance"
LIC = "Life Insurance Corporation of India"
MAGMA = "Magma General Insurance"


def _ins_oriental(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Oriental Insurance Company's PREMIUM RECEIPT for the workshop's fire and stock policy: its
    sentence; Receipt No., Policy No., Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR and Receipt Date at
    the left and the right; the divisional office's rectangular stamp."""
    base = float(rng.randrange(40, 160) * 50)
    gst = round(base * 0.09, 2)
    j.amount = round(base + 2 * gst, 2)
    p = sheet(rng, font, [820, 860])
    name = pick(p, "title", [ORIENTAL, "The Oriental Insurance Co. Ltd."])
    head_of(p, name, "Divisional Office II, Ashram Road, Ahmedabad - 380009", merchant=name)
    p.add("center", "PREMIUM RECEIPT")
    prose(
        p,
        f"Received with thanks from {FIRM_MS} the premium on the Bharat Sookshma Udyam Suraksha policy for "
        "the workshop at Vasna.",
        status=j.status,
    )
    p.add("gap")
    rno = f"{digits(rng, 6)}/{j.date:%y}/{digits(rng, 6)}"
    utr = utr_of(rng, j, "Bank of Baroda", "NEFT")
    kvr(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    kvr(p, "Policy No.", f"1412{digits(rng, 2)}/11/{j.date.year}/{digits(rng, 4)}")
    kvr(p, "Premium", num(base))
    kvr(p, "CGST @ 9%", num(gst))
    kvr(p, "SGST @ 9%", num(gst))
    kvr(p, "Total Premium", f"Rs. {num(j.amount)}", amount=j.amount)
    kvr(p, "Mode", "NEFT", method="netbanking")
    kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
    kvr(p, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    p.add("gap")
    h271.rstamp(
        p, ["ORIENTAL INSURANCE", "D.O. II AHMEDABAD", when(j.date, "%d %b %Y").upper()], "blue", at=0.3
    )
    sig(p)
    p.add("right", "Authorised Signatory")
    return p.done()


def _ins_united_mail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """United India Insurance's mail of the Mandap's shopkeeper's policy renewed: its sentence; labels small
    over their values two to a row (Policy Number and Product, Premium (incl. GST) and Payment Mode, UPI Ref
    No. and Payment Date)."""
    p = mail_page(
        rng,
        font,
        "United India Insurance <noreply@uiic.co.in>",
        ["Your policy has been renewed", "Premium received - policy renewal"],
    )
    head_of(p, UNITED, "Branch Office, C.G. Road, Ahmedabad", merchant=UNITED)
    p.add("left", f"Dear {PARTNER},")
    prose(p, "Thank you. We have received your premium and your policy has been renewed.", status=j.status)
    p.add("gap")
    two_up(
        p,
        "un1",
        ("Policy Number", f"0611004826P{digits(rng, 9)}"),
        ("Product", "Shopkeeper's Policy"),
    )
    two_up(
        p,
        "un2",
        ("Premium (incl. GST)", f"Rs. {num(j.amount)}"),
        ("Payment Mode", "UPI"),
        amount=j.amount,
        method="UPI",
    )
    two_up(
        p,
        "un3",
        ("UPI Ref No.", j.ref),
        ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    p.add("small", "Your policy schedule is attached to this mail.")
    return p.done()


def _ins_reliance_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Reliance General's health renewal for the partner's family failed by card: a large round cross,
    Payment unsuccessful, a notice; Proposal No., Premium, Payment Reference, Card, Attempted on and Reason in
    dot leaders."""
    p = browser_page(rng, font, "www.reliancegeneral.co.in/renewal/payment-status")
    head_of(p, RELIANCE, "Reliance Health Gain  |  Renewal", merchant=RELIANCE)
    sicon(p, j.status)
    p.add("center", "Payment unsuccessful", status=j.status)
    boxed(p, "Your card issuer declined the payment. Your policy has not been renewed yet.", "error")
    ref = f"RGI{j.date:%y%m%d}{digits(rng, 8)}"
    at = 0.38
    dots(p, "Proposal No.", f"PR{digits(rng, 10)}", at=at)
    dots(p, "Premium", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Payment Reference", ref, at=at, txn=(TXN_RANK, ref))
    dots(p, "Card", f"Credit Card XXXX {digits(rng, 4)}", at=at, method="card")
    dots(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    dots(p, "Reason", "Declined by issuer", at=at)
    return p.done()


def _ins_chola(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Cholamandalam MS' motor policy for the workshop's tempo: Payment successful in a capsule, Policy
    issued; Policy No., Vehicle, Premium (incl. GST), Transaction ID, Payment mode and Payment date in shaded
    labels."""
    p = browser_page(rng, font, "www.cholainsurance.com/motor/payment-success")
    head_of(p, CHOLA, "Commercial Vehicle Package Policy", merchant=CHOLA)
    p.add("gap")
    pill(p, "Payment successful", j.status)
    p.add("center", "Your policy has been issued")
    p.add("gap")
    tid = f"CH{j.date:%y%m%d}{digits(rng, 9)}"
    at = 0.36
    kv(p, "Policy No.", f"3379/{digits(rng, 8)}/000/00", at=at)
    kv(p, "Vehicle", f"GJ-01-{code(rng, 2, UPPER)}-{digits(rng, 4)}, Tata Ace", at=at)
    kv(p, "Premium (incl. GST)", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Payment mode", "Net Banking", at=at, method="netbanking")
    kv(p, "Payment date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
    return p.done()


def _ins_generali_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Generali Central's app with the makers' group health cover renewed under "Today, <hour>": Generali
    Central Insurance under the app's bar, a scalloped badge, Premium paid, the sum; Policy No. and
    Transaction ID, Paid via and Members in tiles; no day."""
    p = phone(rng, font, k, ["", "Generali Central"], dark=False, buttons=("View policy",))
    band(p, (196, 22, 28))
    bar(p, "Generali Central", GENERALI, merchant=GENERALI)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, j.status)
    p.add("center", "Premium paid", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"GC{digits(rng, 12)}"
    tiles2(p, ("Policy No.", f"GH{digits(rng, 8)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
    tiles2(p, ("Paid via", "UPI"), ("Members", str(rng.randrange(8, 20))), method="UPI")
    return p.done()


def _ins_sompo_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Universal Sompo's group health premium for the painters under verification: a spinner, Payment under
    verification, a notice; Proposal No. :, Amount :, Transaction ID :, Payment mode : and Initiated on : with
    colons."""
    p = browser_page(rng, font, "www.universalsompo.com/payment/status")
    head_of(p, SOMPO, "Group Health Insurance  |  Payment status", merchant=SOMPO)
    h279.spinner(p, AMBER)
    p.add("center", "Payment under verification", status=j.status)
    boxed(
        p,
        "We have not yet received the bank's confirmation for this NEFT. This can take up to 2 working days.",
        "warn",
    )
    tid = f"USG{j.date:%y%m%d}{digits(rng, 7)}"
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    colkv(p, "us", spec, "Proposal No. :", f"2{digits(rng, 11)}")
    colkv(p, "us", spec, "Amount :", f"Rs. {num(j.amount)}", amount=j.amount)
    colkv(p, "us", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
    colkv(p, "us", spec, "Payment mode :", "NEFT", method="netbanking")
    colkv(
        p, "us", spec, "Initiated on :", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date
    )
    return p.done()


def _ins_lic(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """LIC's premium paid acknowledgement for the partner's policy: Policy No. | Due Date | Premium | Late Fee
    | Total in a table ruled on every side; Transaction ID, Paid by and Paid on at the left and the right."""
    base = float(rng.randrange(60, 360) * 50)
    late = float(rng.choice([0, 0, 45, 90]))
    j.amount = base + late
    p = browser_page(rng, font, "ebiz.licindia.in/D2CPM/premium-receipt")
    head_of(p, LIC, "Premium Paid Acknowledgement", merchant=LIC)
    p.add("left", f"Policy holder: {PARTNER}", status=j.status)
    p.add("gap")
    due = j.date - dt.timedelta(days=rng.randrange(3, 25))
    grid(
        p,
        "lc",
        [(0.0, 0.24, "l"), (0.24, 0.44, "c"), (0.44, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["Policy No.", "Due Date", "Premium", "Late Fee", "Total"],
        [([digits(rng, 9), when(due, "%m/%Y"), num(base), num(late), num(j.amount)], {"amount": j.amount})],
    )
    tid = f"LIC{digits(rng, 12)}"
    p.add("gap")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid by", "UPI", method="UPI")
    kvr(p, "Paid on", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
    return p.done()


def _ins_magma_sms(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Magma General's SMS with no reference: "Dear Customer, we have received Rs.x on <dd-mm-yyyy> towards
    your policy ... by UPI. Thank you. -Magma General Insurance"."""
    text = (
        f"Dear Customer, we have received Rs.{num(j.amount, rng.choice(['indian', 'plain']))} on "
        f"{when(j.date, '%d-%m-%Y')} towards your policy {digits(rng, 10)} (Burglary, Pachedi Mandap) by UPI. "
        "Thank you. -Magma General Insurance"
    )
    p = sms_page(rng, font, "VM-MAGMAG", text, j.date)
    p.add("left", text, amount=j.amount, date=j.date, method="UPI", status=j.status, merchant=MAGMA)
    return p.done()


INSURER_LAYOUTS = [
    _ins_oriental,
    _ins_united_mail,
    _ins_reliance_fail,
    _ins_chola,
    _ins_generali_today,
    _ins_sompo_pending,
    _ins_lic,
    _ins_magma_sms,
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or signing its message, one layout a
    place (``INSURER_LAYOUTS``): Oriental's receipt at the left and the right, United India's mail two to a
    row, Reliance General's failed card, Cholamandalam MS' shaded labels, Generali Central's "Today",
    Universal Sompo's premium under verification, LIC's acknowledgement and Magma General's SMS with no
    reference."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=2000, high=30000)
    return INSURER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("PACHEDI MANDAP", "LAW GARDEN, AHMEDABAD", "AXIS BANK"),
    ("PACHEDI MANDAP - NAVRATRI", "GMDC GROUND, AHMEDABAD", "PhonePe POS"),
    ("Shreeji Thali House", "Law Garden, Ahmedabad", "Swiggy Dineout"),
    ("JAY AMBE HARDWARE", "RELIEF ROAD, AHMEDABAD", "Ezetap"),
    ("Air India Express", "Ahmedabad - Delhi", ""),
    ("VASNA ART MATERIALS", "Ahmedabad", "Axis Bank"),
    ("Gujarat Packaging Mart", "Narol, Ahmedabad", "IDFC FIRST"),
    ("JIO-BP SARKHEJ", "S.G. HIGHWAY, AHMEDABAD", "Pine Labs"),
]


def _card_axis(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Axis Bank's SALE slip at the Pachedi Mandap typed in the terminal's face, two fields to a line: DATE
    and TIME, MID, TID and BATCH, INV and RRN, CARD and its scheme, APPR CODE; AMOUNT; APPROVED, PIN VERIFIED;
    CUSTOMER COPY."""
    not_monday(j, rng)
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"
    typed(p, f"DATE:{when(j.date, '%d/%m/%y')}  TIME:{t}", date=j.date)
    typed(p, f"MID:{digits(rng, 15)}")
    typed(p, f"TID:{digits(rng, 8)}  BATCH:{rng.randrange(1, 999):06d}")
    typed(p, f"INV:{inv}  RRN:{j.ref}", txn=(UTR_RANK, j.ref))
    typed(p, f"CARD:XXXXXXXXXXXX{last4}  {scheme}", method="card")
    typed(p, f"APPR CODE:{appr}", txn=(APPR_RANK, appr))
    p.add("rule")
    typed(p, f"AMOUNT: INR {num(j.amount)}", scale=1.0, amount=j.amount)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "PIN VERIFIED  |  CUSTOMER COPY")
    return p.done()


def _card_phonepe_pos(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """PhonePe's smart POS at the Navratri stall with the card's answer not come: CARD SALE; DATE, TIME, TID,
    TXN ID, CARD and AMOUNT; STATUS : TIMED OUT, RESULT PENDING, DO NOT RETRY."""
    season(j, rng, NAVRATRI, NAVRATRI_DAYS)
    j.amount = float(rng.randrange(8, 60) * 100)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "CARD SALE")
    p.add("rule")
    tid = f"PPOS{j.date:%y%m%d}{digits(rng, 8)}"
    typed(p, f"DATE   : {when(j.date, '%d-%m-%Y')}", date=j.date)
    typed(p, f"TIME   : {t}")
    typed(p, f"TID    : {digits(rng, 8)}")
    typed(p, f"TXN ID : {tid}", txn=(TXN_RANK, tid))
    typed(p, f"CARD   : {scheme} **** {last4}", method="card")
    typed(p, f"AMOUNT : Rs.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    typed(p, "STATUS : TIMED OUT", status=j.status)
    p.add("center", "RESULT PENDING")
    p.add("small", "DO NOT RETRY - CHECK IN THE POS APP")
    return p.done()


def _card_dineout(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Swiggy Dineout's pay-bill screen at a Law Garden thali house, paid by card: the restaurant over its
    town, Bill paid; Bill total, Discount (10%) and Amount paid in dot leaders; Paid by, Transaction ID and
    Paid on at the left and the right."""
    bill = float(rng.randrange(6, 40) * 50)
    disc = round(bill * 0.1, 2)
    j.amount = round(bill - disc, 2)
    p = phone(rng, font, k, ["", "Swiggy Dineout"], dark=False, buttons=("Done",))
    band(p, (252, 128, 25))
    app_head(p, "Dineout", "Pay bill")
    p.add("center", name, merchant=name)
    p.add("small", town)
    pill(p, "Bill paid", j.status)
    p.add("gap")
    at = 0.6
    dots(p, "Bill total", num(bill), at=at)
    dots(p, "Discount (10%)", f"-{num(disc)}", at=at)
    dots(p, "Amount paid", sum_of(p, j.amount), at=at, bold=True, amount=j.amount)
    p.add("gap")
    tid = f"DO{digits(rng, 12)}"
    kvr(p, "Paid by", f"{scheme} Credit Card {last4}", method="card")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _card_ezetap(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Ezetap's slip at a Relief Road hardware store DECLINED, typed in the terminal's face: SALE; DATE and
    TIME, MID, TID, INV NO, the card and AMOUNT; NOT APPROVED with its response code 05 DO NOT HONOUR."""
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"
    typed(p, f"DATE : {when(j.date, '%d %b %Y').upper()}", date=j.date)
    typed(p, f"TIME : {t}")
    typed(p, f"MID  : {digits(rng, 15)}")
    typed(p, f"TID  : {digits(rng, 8)}")
    typed(p, f"INV NO : {inv}", txn=(INVOICE_RANK, inv))
    typed(p, f"{scheme} XXXX XXXX XXXX {last4}", method="card")
    typed(p, f"AMOUNT : INR {num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "NOT APPROVED", status=j.status)
    typed(p, "RESP CODE 05 : DO NOT HONOUR")
    p.add("small", "CONTACT YOUR CARD ISSUER")
    return p.done()


def _card_air_india(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Air India Express' booking mail for the partner's flight to Dilli Haat's crafts fair, paid by credit
    card: Booking confirmed; PNR, Flight, Travel date and Booked on at the left and the right; Base fare,
    Taxes and fees, Convenience fee and Total paid in a striped table; Paid by and Payment reference."""
    p = mail_page(
        rng,
        font,
        "Air India Express <noreply@airindiaexpress.com>",
        ["Your booking is confirmed", "Booking confirmation - Ahmedabad to Delhi"],
    )
    head_of(p, name, "Ahmedabad (AMD) - Delhi (DEL)", merchant=name)
    p.add("left", "Booking confirmed", status=j.status)
    p.add("gap")
    pnr = code(rng, 6, UPPER)
    travel = j.date + dt.timedelta(days=rng.randrange(5, 40))
    kvr(p, "PNR", pnr, txn=(ORDER_RANK, pnr))
    kvr(p, "Flight", f"IX {rng.randrange(1100, 2999)}")
    kvr(p, "Travel date", when(travel, "%d %b %Y"))
    kvr(p, "Booked on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
    base = float(rng.randrange(24, 90) * 100)
    taxes = float(rng.randrange(6, 14) * 100)
    conv = 350.0
    j.amount = base + taxes + conv
    spec = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
    rows_ = [
        (["Base fare", num(base)], {}),
        (["Taxes and fees", num(taxes)], {}),
        (["Convenience fee", num(conv)], {}),
        (["Total paid", f"INR {num(j.amount)}"], {"amount": j.amount}),
    ]
    p.add("gap")
    zebra(p, "ai", spec, ["Fare summary", ""], rows_, (180, 20, 40))
    p.add("gap")
    ref = f"AIX{digits(rng, 12)}"
    kvr(p, "Paid by", f"{scheme} Credit Card ending {last4}", method="card")
    kvr(p, "Payment reference", ref, txn=(TXN_RANK, ref))
    return p.done()


def _card_axis_sms(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Axis Bank's SMS of a spend on the firm's credit card with no reference: "Spent INR x on Axis Bank Card
    XX1234 at <MERCHANT> on <dd-mm-yy>. Avl Lmt INR y. Not you? SMS BLOCK 1234 to 919951860002"."""
    limit = rupees(rng, 40000, 180000, 0.5)
    text = (
        f"Spent INR {num(j.amount, 'western')} on Axis Bank Card XX{last4} at {name.upper()} on "
        f"{when(j.date, '%d-%m-%y')}. Avl Lmt INR {num(limit, 'western')}. Not you? SMS BLOCK {last4} to "
        "919951860002"
    )
    p = sms_page(rng, font, "AX-AXISBK", text, j.date)
    p.add(
        "left",
        text,
        amount=j.amount,
        date=j.date,
        method="card",
        status=j.status,
        merchant=name.upper(),
    )
    return p.done()


def _card_idfc_app(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """IDFC FIRST Bank's credit card app under "Today, <hour>": the merchant over its town, a tick on a
    rounded tile, the sum, Approved; Transaction ID and Card, Reward points and Category in tiles; no day."""
    p = phone(rng, font, k, ["", "IDFC FIRST"], dark=False, buttons=("Done",))
    band(p, (156, 29, 39))
    app_head(p, "IDFC FIRST Bank", "Credit Card")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("center", name, merchant=name)
    p.add("small", town)
    h287.tile(p, j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", "Approved", status=j.status)
    p.add("gap")
    tid = f"{digits(rng, 12)}"
    tiles2(
        p,
        ("Transaction ID", tid),
        ("Card", f"Credit {masked(p.font)}{last4}"),
        txn=(TXN_RANK, tid),
        method="card",
    )
    tiles2(p, ("Reward points", f"+{int(j.amount // 150) * 3}"), ("Category", "Shopping"))
    return p.done()


def _card_jiobp(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Pine Labs' slip at a Jio-bp station on the S.G. Highway for the tempo's diesel, its fields boxed in
    the printer's dashes and bars: DATE, TIME, TID, INVOICE NO, CARD, APPR CODE, RRN; VEHICLE NO, PRODUCT,
    LITRES, RATE, AMOUNT; APPROVED."""
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    cols_ = max(28, min(40, h271.tt_cols(p) - 2))
    inner = cols_ - 4

    def boxline(text: str, **facts) -> None:
        typed(p, f"| {text.ljust(inner)} |", **facts)

    edge = "+" + "-" * (cols_ - 2) + "+"
    inv = f"{rng.randrange(1, 9999):06d}"
    litres = round(rng.uniform(12, 45), 2)
    rate = round(rng.uniform(89.5, 92.5), 2)
    j.amount = round(litres * rate, 2)
    typed(p, edge)
    boxline(f"DATE : {when(j.date, '%d/%m/%Y')}", date=j.date)
    boxline(f"TIME : {t}")
    boxline(f"TID  : {digits(rng, 8)}")
    boxline(f"INVOICE NO : {inv}", txn=(INVOICE_RANK, inv))
    boxline(f"CARD : {scheme} XX{last4}", method="card")
    boxline(f"APPR CODE : {appr}", txn=(APPR_RANK, appr))
    boxline(f"RRN  : {j.ref}", txn=(UTR_RANK, j.ref))
    typed(p, edge)
    boxline(f"VEHICLE NO : GJ01{code(rng, 2, UPPER)}{digits(rng, 4)}")
    boxline("PRODUCT    : HSD (DIESEL)")
    boxline(f"LITRES     : {litres:.2f}")
    boxline(f"RATE       : {rate:.2f}")
    boxline(f"AMOUNT     : Rs.{j.amount:.2f}", amount=j.amount)
    typed(p, edge)
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "THANK YOU, VISIT AGAIN")
    return p.done()


CARD_LAYOUTS = [
    _card_axis,
    _card_phonepe_pos,
    _card_dineout,
    _card_ezetap,
    _card_air_india,
    _card_axis_sms,
    _card_idfc_app,
    _card_jiobp,
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Pachedi Mandap's and the Navratri stall's terminals and the firm's cards elsewhere, one
    layout a place (``CARD_LAYOUTS``): Axis Bank's slip two fields to a line, PhonePe POS' answer not come,
    Swiggy Dineout's pay-bill screen, Ezetap's declined slip, Air India Express' booking mail, Axis Bank's
    card SMS with no reference, IDFC FIRST's card app under "Today" and Pine Labs' fuel slip boxed in dashes
    and bars."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=800, high=30000)
    name, town, brand = COUNTERS[k]
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    return CARD_LAYOUTS[k](rng, font, k, j, name, town, brand, scheme, last4, appr, t)


# ---------------------------------------------------------------- 11. the bills


TORRENT = "Torrent Power Ltd."
TORRENT_GU = "ટોરેન્ટ પાવર લિમિટેડ"
ADANI_GAS = "Adani Total Gas Ltd."
JIO = "Reliance Jio Infocomm Ltd."
ACT = "ACT Fibernet"
GUJGAS = "Gujarat Gas Ltd."
GHAT = "SABARMATI DHOBI GHAT SAMITI"
GHAT_GU = "સાબરમતી ધોબીઘાટ સમિતિ"


def _bill_torrent(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Torrent Power's app with its online payment receipt for the workshop: Torrent Power Ltd. under the
    app's bar and its Gujarati name under it; "ઓનલાઇન ચુકવણી પહોંચ / ONLINE PAYMENT RECEIPT"; સર્વિસ નં. / Service No., ગ્રાહકનું નામ / Consumer Name, બિલ માસ / Bill Month,
    ચૂકવેલ રકમ / Amount Paid, વ્યવહાર નં. / Transaction ID, ચુકવણી તારીખ / Payment Date and રીત / Mode in
    this set's boxed fields."""
    p = phone(rng, font, k, ["", "Torrent Power"], dark=False, buttons=("Download",))
    band(p, (206, 32, 46))
    bar(p, "Torrent Power", TORRENT, merchant=TORRENT)
    gu(p, TORRENT_GU, scale=0.86, soft=True)
    gu(p, "ઓનલાઇન ચુકવણી પહોંચ / ONLINE PAYMENT RECEIPT", scale=0.86, bold=True, status=j.status)
    p.add("gap")
    at = 0.42
    tid = f"TPL{j.date:%y%m%d}{digits(rng, 7)}"
    kbox(p, "સર્વિસ નં.", "Service No.", f"{digits(rng, 7)}", at=at)
    kbox(p, "ગ્રાહકનું નામ", "Consumer Name", kb_fit(p, [FIRM_CAPS, "CHITARA PACHEDI"], at=at), at=at)
    kbox(p, "બિલ માસ", "Bill Month", j.month(), at=at)
    kbox(p, "ચૂકવેલ રકમ", "Amount Paid", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    kbox(p, "વ્યવહાર નં.", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kbox(p, "ચુકવણી તારીખ", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    kbox(p, "રીત", "Mode", "UPI", at=at, method="UPI")
    return p.done()


def _bill_adani_gas(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Adani Total Gas' app with the workshop's piped gas bill paid under "Today, <hour>": Adani Total Gas
    Ltd. under the app's bar, a large round tick, Bill paid, the sum; a copyable Transaction ID; BP No. and
    Paid via at the left and the right; no day."""
    p = phone(rng, font, k, ["", "Adani Total Gas"], dark=False, buttons=("Done",))
    band(p, (0, 84, 160))
    bar(p, "Adani Total Gas", ADANI_GAS, merchant=ADANI_GAS)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Bill paid", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    tid = f"ATG{digits(rng, 13)}"
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "BP No.", f"10000{digits(rng, 5)}")
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


def _bill_jiofiber(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """MyJio with the Mandap's JioFiber recharge pending over a progress bar: Payment pending, the sum, a
    notice; each value over its label: Account No., Plan, Transaction ID, Paid via and Initiated on."""
    j.amount = float(rng.choice([999, 1178, 1499, 2499, 3999]))
    p = phone(rng, font, k, ["", "MyJio"], dark=False, buttons=("Check status",))
    band(p, (15, 60, 201))
    bar(p, "MyJio", "JioFiber", merchant="JioFiber")
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    h294.progress(p, rng.uniform(0.45, 0.7), j.status)
    boxed(p, "We are waiting for confirmation from your bank. Your plan stays active meanwhile.", "warn")
    tid = f"BR0000{code(rng, 6, ALNUM)}"
    vlab(p, "Account No.", f"JF{digits(rng, 10)}", bold=False)
    vlab(p, "Plan", f"{rupee_of(p.font)}{int(j.amount)} - 30 days", bold=False)
    vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    vlab(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
    return p.done()


def _bill_amc_water(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Ahmedabad Municipal Corporation's water and drainage charges receipt typed at the Vasna civic centre's
    counter: its Gujarati name over its English; RECEIPT NO, DATE, TENEMENT NO, NAME, PERIOD, AMOUNT and MODE :
    CASH, each value at the line's right end; the civic centre's round seal."""
    j.amount = float(rng.randrange(6, 40) * 50)
    p = roll(rng, font, [560, 600], [17, 18])
    p.part = "head"
    gu(p, AMC_GU, scale=0.9, bold=True)
    p.add("center", AMC.upper(), merchant=AMC.upper())
    p.add("small", "Civic Centre, Vasna  |  Water & Drainage Charges")
    p.add("rule")
    p.part = "body"
    rno = f"WD{rng.randrange(100000, 999999)}"
    typed_pair(p, "RECEIPT NO", rno, txn=(INVOICE_RANK, rno))
    typed_pair(p, "DATE", when(j.date, "%d/%m/%Y"), date=j.date)
    typed_pair(p, "TENEMENT NO", f"0613-{digits(rng, 2)}-{digits(rng, 4)}")
    typed_pair(p, "NAME", "CHITARA PACHEDI KALA")
    typed_pair(p, "PERIOD", f"{fy(j.date)} (1st half)")
    typed_pair(p, "AMOUNT", f"Rs.{j.amount:.2f}", amount=j.amount)
    typed_pair(p, "MODE", "CASH", method="cash", status=j.status)
    p.add("rule")
    p.add("small", "Received with thanks  |  Cashier")
    h269.seal(p, "AMC CIVIC CENTRE VASNA", ["CASH", when(j.date, "%d %b %y").upper()], "violet")
    return p.done()


def _bill_amazonpay_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Amazon Pay paying Torrent Power's bill failed: a large round cross, Bill payment failed, the biller, the
    sum, the reason in a notice; Transaction ID, Service No., Paid via and Attempted on at the left and the
    right."""
    p = phone(rng, font, k, ["", "Amazon Pay"], dark=False, buttons=("Try again",))
    band(p, (35, 47, 62))
    app_head(p, "amazon pay", "Electricity bill")
    sicon(p, j.status)
    p.add("center", "Bill payment failed", status=j.status)
    p.add("center", TORRENT, merchant=TORRENT)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(
        p,
        "Your bank could not process this payment. If money was debited, it will be refunded in 3-5 days.",
        "error",
    )
    tid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Service No.", digits(rng, 7))
    kvr(p, "Paid via", f"Amazon Pay UPI ({rng.choice(['BOB', 'SBI', 'Kotak'])})", method="UPI")
    kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _bill_act(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ACT Fibernet's payment receipt mail for the workshop's line: its sentence; Account ID, Plan, Bill
    Period, Amount Received, Payment Mode, Transaction Reference and Payment Date in a striped table."""
    j.amount = float(rng.choice([1062, 1298, 1534, 2124]))
    p = mail_page(
        rng,
        font,
        "ACT Fibernet <noreply@actcorp.in>",
        ["Payment received - thank you", "Your ACT payment receipt"],
    )
    head_of(p, ACT, "Atria Convergence Technologies Ltd.  |  Ahmedabad", merchant=ACT)
    p.add("left", "We have received your payment. Thank you!", status=j.status)
    p.add("gap")
    ref = f"ACT{digits(rng, 11)}"
    start = j.date.replace(day=1)
    spec = [(0.0, 0.42, "l"), (0.42, 1.0, "r")]
    rows_ = [
        (["Account ID", str(rng.randrange(10**8, 10**9))], {}),
        (["Plan", "ACT Blaze 200 Mbps"], {}),
        (["Bill Period", f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=27), '%d %b %Y')}"], {}),
        (["Amount Received", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
        (["Payment Mode", "Net Banking"], {"method": "netbanking"}),
        (["Transaction Reference", ref], {"txn": (TXN_RANK, ref)}),
        (["Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
    ]
    zebra(p, "ac", spec, ["Payment details", ""], rows_, (200, 16, 46))
    return p.done()


def _bill_ghat(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Sabarmati dhobi ghat samiti's slip for the month's use of the washing place, written in a Gujarati
    hand on its printed pad: the samiti's Gujarati name over its English; "નામ" (name), "માસ" (month),
    "રૂ. x/- રોકડા મળ્યા" (Rs. x/- received in cash) and "તા. <day>" written; no reference."""
    j.amount = float(rng.choice([300, 400, 500, 600, 750]))
    p = sheet(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(246, 244, 230), (250, 246, 234)])
    p.part = "head"
    gu(p, GHAT_GU, scale=1.05, bold=True)
    p.add("center", GHAT, merchant=GHAT)
    gu(p, "ધોબીઘાટ ઉપયોગ ફી પહોંચ", scale=0.9)
    p.add("rule")
    p.part = "body"
    p.add("gap")
    ghand(p, "નામ: ચિતારા પછેડી, વાસણા")
    ghand(p, f"માસ: {j.month(0)}")
    p.add("gap")
    ghand(p, f"રૂ. {int(j.amount)}/- રોકડા મળ્યા", amount=j.amount, method="cash", status=j.status)
    ghand(p, f"તા. {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    h287.decor(p, "squared")
    return p.done()


def _bill_gujgas_bbps(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Bharat BillPay's receipt in bob World for Gujarat Gas' bill of the dye house's boiling burners: a large
    round tick, Bill payment successful, the sum; Biller, BP No., B-Connect Txn ID, Payment mode and Payment
    date in dot leaders."""
    p = phone(rng, font, k, ["", "Bharat BillPay"], dark=False, buttons=("Share",))
    band(p, (0, 95, 130))
    app_head(p, "Bharat BillPay", "bob World  |  Gas bill")
    sicon(p, j.status)
    p.add("center", "Bill payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("rule")
    tid = f"BB{digits(rng, 4)}{code(rng, 6, UPPER)}{digits(rng, 8)}"
    at = 0.4
    dots(p, "Biller", GUJGAS, at=at, merchant=GUJGAS)
    dots(p, "BP No.", f"1000{digits(rng, 6)}", at=at)
    dots(p, "B-Connect Txn ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Payment mode", "UPI", at=at, method="UPI")
    dots(p, "Payment date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
    return p.done()


BILL_LAYOUTS = [
    _bill_torrent,
    _bill_adani_gas,
    _bill_jiofiber,
    _bill_amc_water,
    _bill_amazonpay_fail,
    _bill_act,
    _bill_ghat,
    _bill_gujgas_bbps,
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the Mandap's bills, one layout a place (``BILL_LAYOUTS``): Torrent Power's receipt
    in boxed fields, Adani Total Gas' "Today", JioFiber's recharge pending, AMC's water counter receipt paid in
    cash, Amazon Pay's failed bill, ACT Fibernet's striped mail, the dhobi ghat's slip in a Gujarati hand
    with no reference and Bharat BillPay's receipt for Gujarat Gas."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=300, high=9000)
    return BILL_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Baroda Gujarat Gramin Bank", "VM-BGGBNK", "SAVITABEN DEVIPUJAK", "UPI"),
    ("Kotak Mahindra Bank", "", "SHREEJI CORRUGATED BOX", "IMPS"),
    ("State Bank of India", "AD-SBIINB", "NAVRANG FRAME STUDIO", "NEFT"),
    ("The Ahmedabad Mercantile Co-op. Bank", "", "KALAPI OFFSET PRINTERS", "IMPS"),
    ("Bank of Baroda", "BP-BOBTXN", "PETHAPUR BLOCK ART", "UPI"),
    ("ICICI Bank", "", "SHREE AMBICA COTTON MIL", "RTGS"),
    ("IDFC FIRST Bank", "", "PATEL ROADLINES", "NEFT"),
    ("Union Bank of India", "VM-UNIONB", "SAGAR TAILORS", "IMPS"),
]


def _alert_bggb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Baroda Gujarat Gramin Bank's SMS in Gujarati in a bubble of the phone's messages thread under its day
    divider: "પ્રિય ગ્રાહક, આપના ખાતા XX1234 માંથી <dd-mm-yyyy> ના રોજ UPI દ્વારા રૂ.x <PAYEE> ને
    ચૂકવવામાં આવ્યા છે. સંદર્ભ નં. ... -BGGB" (dear customer, Rs. x has been paid from your account XX1234 on
    <day> by UPI to <PAYEE>)."""
    p = phone(rng, font, k, ["VM-BGGBNK"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 1")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"પ્રિય ગ્રાહક, આપના ખાતા XX{tail4} માંથી {when(j.date, '%d-%m-%Y')} ના રોજ UPI દ્વારા "
        f"રૂ.{amt} {to} ને ચૂકવવામાં આવ્યા છે. સંદર્ભ નં. {ref} -BGGB"
    )
    gu_wrap(p, text, share=0.8, **facts)
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


def _alert_kotak_headsup(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Kotak's alert as a heads-up notification over the Mandap's WhatsApp Business chats: "Kotak Bank  •
    now", "Debit alert", "Rs.x debited from A/c XX1234 to <PAYEE> via IMPS. IMPS Ref ... -Kotak Bank"; the
    chats under it dimmed; no day."""
    p = phone(rng, font, k, ["", "WhatsApp Business"], dark=False, buttons=())
    p.part = "body"
    s = card_open(p)
    p.add("small", f"Kotak Bank  {sign(font, chr(0x2022), '|')}  now")
    p.add("left", "Debit alert")
    prose(p, f"Rs.{amt} debited from A/c XX{tail4} to {to} via IMPS. IMPS Ref {ref} -Kotak Bank", **facts)
    card_close(p, s)
    p.add("gap")
    h294.banner_veil(p, len(p.rows))
    p.add("title", "WhatsApp Business")
    p.add("small", SHOP)
    p.add("rule")
    for who, msg in rng.sample(
        [
            ("Hetal Patel", "Is the Meldi Ma panel still available?"),
            ("Krupa Chitara", "Etsy order packed, courier at 5."),
            ("Jignesh Desai", "Please share the chandarvo photos."),
            ("Hasmukhbhai", "Cloth back from the wash."),
        ],
        3,
    ):
        p.add("left", who)
        label(p, msg)
    return p.done()


def _alert_sbi(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """State Bank of India's SMS: "Dear Customer, INR x debited from A/c No. XX1234 on <dd-Mon-yy> for NEFT
    to <PAYEE>, UTR .... If not done by you, call 1800111109 -SBI"."""
    text = (
        f"Dear Customer, INR {amt} debited from A/c No. XX{tail4} on {when(j.date, '%d-%b-%y')} for NEFT to "
        f"{to}, UTR {ref}. If not done by you, call 1800111109 -SBI"
    )
    p = sms_page(rng, font, "AD-SBIINB", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_amco_whatsapp(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """The Ahmedabad Mercantile Co-op. Bank's WhatsApp banking chat with a failed IMPS: the bank on top with
    its verified business line; its menu's message and the alert in bubbles: "Your IMPS of Rs.x to <PAYEE>
    on <dd/mm/yyyy> has failed. Amount, if debited, will be reversed in 2 working days. IMPS Ref ..."."""
    p = phone(rng, font, k, ["AMCO Bank"], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    p.add("title", "AMCO Bank")
    p.add("small", "Official business account")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    first, second = hours(rng, 2)
    s = len(p.rows)
    prose(p, "Welcome to AMCO Bank WhatsApp Banking. You will receive your transaction alerts here.")
    h273.bubble(p, s, first)
    p.add("gap")
    s = len(p.rows)
    prose(
        p,
        f"Your IMPS of Rs.{amt} to {to} on {when(j.date, '%d/%m/%Y')} has failed. Amount, if debited, will be "
        f"reversed in 2 working days. IMPS Ref {ref}",
        **facts,
    )
    h273.bubble(p, s, second)
    return p.done()


def _alert_bob(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Bank of Baroda's SMS: "Rs.x transferred from A/c ...1234 to:<PAYEE> on <dd-mm-yyyy>. UPI Ref:....
    Not you? Call 18005700 -BOB"."""
    text = (
        f"Rs.{amt} transferred from A/c ...{tail4} to:{to} on {when(j.date, '%d-%m-%Y')}. UPI Ref:{ref}. "
        "Not you? Call 18005700 -BOB"
    )
    p = sms_page(rng, font, "BP-BOBTXN", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_icici_rcs(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """ICICI Bank's RCS message in the phone's messages app, a rich card from a verified sender: the bank with
    its verified mark; RTGS in process in bold and "Your RTGS of Rs.x to <PAYEE> from A/c XX1234 on
    <dd-Mon-yyyy> is in process. UTR ...." in the card; its suggestion chips (View details, Call us)."""
    p = phone(rng, font, k, ["ICICI Bank"], dark=False, buttons=())
    p.part = "head"
    p.add("title", "ICICI Bank")
    tick = sign(font, "\u2713", "")
    p.add("small", f"{tick} Verified business".strip())
    p.add("gap")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B", "%a, {d} %b"])))
    p.add("gap")
    s = card_open(p)
    h269.kind(p, "rcs", [(0.0, 1.0, "l")], "plain", bold=(0,))
    h269.row(p, "rcs", "RTGS in process")
    prose(
        p,
        f"Your RTGS of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d-%b-%Y')} is in process. "
        f"UTR {ref}.",
        **facts,
    )
    p.add("small", hhmm(rng, lower=True))
    card_close(p, s)
    p.add("gap")
    cols(p, "rc", [(0.0, 0.5, "c"), (0.5, 1.0, "c")], "View details", "Call us", mode="soft")
    return p.done()


def _alert_idfc_mail(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """IDFC FIRST Bank's alert mail with no reference: "Your account XX1234 has been debited."; Amount,
    Date, To and Mode in a table ruled on every side."""
    p = mail_page(
        rng,
        font,
        "IDFC FIRST Bank <transaction.alerts@idfcfirstbank.com>",
        ["Debit alert on your account", "Transaction alert"],
    )
    head_of(p, "IDFC FIRST Bank", "Transaction alert")
    p.add("left", "Dear Customer,")
    p.add("left", f"Your account XX{tail4} has been debited.", status=facts["status"])
    p.add("gap")
    at = 0.3
    gkv(p, "id", "Amount", f"INR {amt}", at=at, amount=facts["amount"])
    gkv(p, "id", "Date", when(j.date, "%d-%m-%Y"), at=at, date=j.date)
    gkv(p, "id", "To", to, at=at, merchant=to)
    gkv(p, "id", "Mode", "NEFT", at=at, method=facts["method"])
    p.part = "foot"
    p.add("gap")
    p.add("small", "Please do not reply to this mail. Never share your OTP or PIN with anyone.")
    return p.done()


def _alert_union(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Union Bank of India's SMS: "A/c *1234 Debited for Rs:x on <dd-mm-yyyy> by IMPS to <PAYEE>, Ref ....
    Not you? Call 1800222244 -Union Bank of India"."""
    text = (
        f"A/c *{tail4} Debited for Rs:{amt} on {when(j.date, '%d-%m-%Y')} by IMPS to {to}, Ref {ref}. "
        "Not you? Call 1800222244 -Union Bank of India"
    )
    p = sms_page(rng, font, "VM-UNIONB", text, j.date)
    p.add("left", text, **facts)
    return p.done()


ALERT_LAYOUTS = [
    _alert_bggb,
    _alert_kotak_headsup,
    _alert_sbi,
    _alert_amco_whatsapp,
    _alert_bob,
    _alert_icici_rcs,
    _alert_idfc_mail,
    _alert_union,
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments, one layout a place (``ALERT_LAYOUTS``): Baroda Gujarat Gramin
    Bank's SMS in Gujarati in a bubble, Kotak's heads-up notification with no day, State Bank of India's SMS,
    the Mercantile bank's WhatsApp banking with a failed IMPS, Bank of Baroda's SMS, ICICI Bank's RCS card of
    an RTGS in process, IDFC FIRST Bank's mail with no reference and Union Bank of India's SMS."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=2000, high=90000)
    bank, _sender, to, way = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 600000, 0.3)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    ref = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if ref:
        facts["txn"] = (UTR_RANK, ref)
    return ALERT_LAYOUTS[k](rng, font, k, j, to, amt, tail4, ref, facts)

"""The twelve heldout315 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a pietra dura (parchinkari) marble-inlay workshop's year of 2026 in Taj Ganj,
Agra (Gulnaqsh Marble Inlay Works, a partnership firm of two brothers whose karigars cut carnelian, lapis,
malachite, jasper, turquoise and mother of pearl into slivers and set them into white Makrana marble as the
Taj Mahal's flowers are set: coasters, plates, jewellery and trinket boxes, vases, elephants, Taj replicas,
chess boards, wall plates and table tops; its showroom on Fatehabad Road, Gulnaqsh Emporium; its stall at the
Taj Mahotsav in Shilpgram; the web shop gulnaqsh.in and its Jaypore store; the Central Cottage Industries
Corporation's Janpath emporium, a home store, a hotel company, an export house, an interiors firm, a studio,
a gifting company and a hotel; galleries, dealers, hotels and importers abroad), told by the proofs of payment
it receives (buyers' Paytm for Business on the emporium's phone, Tata Neu, POP, Kotak811, super.money, BOI
Mobile Omni Neo, mBandhan and IndOASIS; CCIC's advice, NetSuite, PNB's corporate banking, a dot-matrix advice
on continuous stationery, Slack, bob World Business, a mail read in Outlook and BUSY; BNP Paribas, NatWest,
Al Rajhi Bank, TD Bank, UOB, Handelsbanken, Bank of America and Mashreq; its own tax invoice, the Mahotsav
stall's cash memo, PayU, Khatabook, Instamojo, an advance receipt in Hindi and Urdu form lines, Jaypore's
payout mail and a LOGIC ERP roll) and those it makes (a Makrana marble dealer's invoice with a PAID stamp
filled in by hand, a stone slicer's chit in an Urdu hand, IndustryBuying, a Jaipur gem dealer's invoice with
its office box filled in, DTDC, Printo, a hardware shop's WhatsApp Business chat and a crate maker's Refrens
invoice; PNB ONE, IRIS by YES BANK, Amazon Pay, RBL MoBank, iMobile Pay, UCO mBanking Plus, a Bank of Baroda
branch's NEFT receipt and Freecharge; a karigar's piece-work account in a Hindi hand, an Eid advance in an
Urdu hand with its Hijri day, Zoho Payroll, slice, Canara ai1, Airtel Payments Bank, a Paytm chat and a
salary receipt in Hindi and Urdu form lines; Agra Nagar Nigam, Nivesh Mitra, e-GRAS, EPCH, the Taj Mahotsav
Samiti's receipt book, the GST portal, the Labour Department and Legal Metrology; eight insurers; cards on
the emporium's and the stall's terminals, at an Agra hotel and a Delhi tools shop, on IndiGo, on an Agra
restaurant's bill, in ICICI Bank's SMS and on the OneCard app; Torrent Power, ACT Fibernet, HelloBPCL, BSNL,
Agra Jal Sansthan's counter, Torrent Power's SMS, an Urdu newspaper hawker's card and Green Gas' mail; the
banks' SMS, PNB's SMS in Hindi, an SMS under "Today", a mail and a notification in the shade). Every row is
added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page
keeps. Headings, footers, the units' lines, salutations, Hindi, Urdu and Arabic lines (but a bank's SMS in
Hindi, whose figures and payee carry the facts, a form line's value, a Hindi label's value and a hand's sums,
days and "received"), items, pieces, dishes, rates, GST, TDS, fees, charges, tips, exchange rates, balances,
sums insured, periods, months, pay periods, years, bill months, Hijri days, invoice, bill and journey days,
account, policy, proposal, certificate, consumer, connection, registration, application, licence, RCMC,
employee, vehicle, consignment and card numbers, GSTIN, PAN, IFSC, UPI IDs, bills, POs and invoices named on
an advice, other messages, a message's replies, the medallion, the inlay strip, stone slivers, the bow saw,
the marble slab a page lies on, stages, progress bars, notices, tiles, badges, ribbons, stamps' printed
words, seals, the hologram sticker, barcodes and signatures carry no fact. ``Job`` is heldout167's; ``fy``
and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place``
heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's; ``paper`` and
``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm``
and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits``
heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``total``,
``strip``, ``sms_page``, ``bars``, ``seal``, a roll's torn edges), heldout271's (``grid``, ``gkv``,
``dots``, ``colkv``, ``fill``, ``hand``, ``amtbox``, ``tt``, rounded cards, ``rstamp``), heldout273's
(``ledger``, ``pill``, ``track``, ``field``, ``panel``, ``avatar``, ``bubble``), heldout275's (``sig``,
``divider``, ``gutter``, ``sicon``, ``ribbon``, ``greenbar``, a chat's payment card), heldout277's
(``bigsum``, a spiral pad), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``,
``at_hour``, ``two_up``, ``redno``, ``spinner``), heldout287's (``notice``, ``tile``, ``burst``, ``oval``,
``vlab``, ``vname``, ``tiles2``, ``copyrow``, squared paper), heldout289's (``chip``, ``steps``, a
notification shade) and heldout294's (``octa``, ``progress``), written in this set's pens and printers'
faces. ``compose`` is heldout158's (as heldout269's to heldout313's), each page's rows drawn by heldout294's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: Hindi lines, hand and SMS in this set's runs of Noto Sans and Noto Serif Devanagari, their Latin runs
and figures in the page's face (the hand's in an upright FreeSerif, slanted as a pen slants it); Urdu lines
in Noto Nastaliq Urdu and its bold set right to left by Raqm, and an Arabic bank's name in Noto Naskh Arabic;
an Urdu hand (Nastaliq in the page's ink, a little uneven, from the right) with its sums and days written in
Latin figures in a column at the LEFT; form lines in Hindi and Urdu (the Hindi label at the left with its
English small under it, the Urdu label at the right, the value on a dotted line between them, written or
printed); a Hindi label with its English after a slash and its value at the right; a pietra dura medallion
as a letterhead's emblem (an octagon of white Makrana marble with its veins inside a border of black onyx and
a thread of yellow jasper, a flower inlaid stone by stone: an onyx stem, two leaves of banded malachite, a
bloom of carnelian or lapis shaded from its deep heart to its pale edge, a centre flecked with pyrite, two
lapis buds, each stone set apart by a hairline seam); a strip of inlaid marble as a divider (white marble
between two lines of onyx, a malachite creeper in waves with a leaf at each turn, small flowers of
carnelian, lapis and jasper in turn); a PAID rubber stamp with its blanks (Date, Mode, UTR) filled in by
hand, the stamp a little tilted and mottled, the hand upright over it; the emporium's hologram sticker (a
rainbow oval, GENUINE over its line); slivers of lapis, carnelian, malachite and mother of pearl, marble dust
and a karigar's bow saw (kamani) in a page's margins; and, after the frame, the white marble table top a page
is photographed lying on (its veins across the frame, a border of onyx inlaid near its edge with small
flowers along it, an inlaid coaster beside the page, the page's shadow, the page a little askew). The pages'
layouts and wordings are this set's own."""

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
from bench.receipt_sets import heldout277_families as h277
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
from bench.receipt_sets.heldout118_families import money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, dots, gkv, grid, tt
from bench.receipt_sets.heldout273_families import ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout312's and
# heldout313's
PENS = [
    "liberation/LiberationSans-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
]
INKS = [(20, 40, 132), (34, 30, 90), (36, 36, 44), (16, 74, 110), (96, 28, 52)]
# the faces a page's fixed-width lines are printed in (a dot-matrix printer, a bank branch's printer, a
# billing program's roll, a courier's counter)
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
# Noto Sans and Noto Serif Devanagari for Hindi (heldout275's and heldout277's script, drawn here in this
# set's own runs and rows), Noto Nastaliq Urdu for Urdu (heldout277's, here in its regular and its bold, set
# right to left by Raqm), Noto Naskh Arabic for an Arabic bank's name (heldout292's), and the upright Latin
# face a hand writes its figures in
DEV = "noto/NotoSansDevanagari-Regular.ttf"
DEV_BOLD = "noto/NotoSansDevanagari-Bold.ttf"
DEV_SERIF = "noto/NotoSerifDevanagari-Regular.ttf"
DEV_SERIF_BOLD = "noto/NotoSerifDevanagari-Bold.ttf"
URDU = "noto/NotoNastaliqUrdu-Regular.ttf"
URDU_BOLD = "noto/NotoNastaliqUrdu-Bold.ttf"
ARABIC = "noto/NotoNaskhArabic-Bold.ttf"
HAND_LATIN = "freefont/FreeSerif.ttf"
SCRIPT_FACES = [DEV, DEV_BOLD, DEV_SERIF, DEV_SERIF_BOLD, URDU, URDU_BOLD, ARABIC, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
# the stones of pietra dura (parchinkari) as the workshop cuts them and the marble they are set in: Makrana
# marble's white with its grey veins, black onyx (sang-e-sulaimani) for stems and borders, carnelian (aqeeq)
# red, lapis lazuli (lajward) blue with its flecks of pyrite, malachite's banded green, yellow jasper,
# turquoise (firoza) and mother of pearl (seep)
MARBLE = (246, 244, 238)
VEIN = (168, 166, 164)
ONYX = (30, 28, 32)
CARNELIAN = (190, 62, 34)
CARNELIAN_LIGHT = (232, 128, 84)
LAPIS = (28, 48, 136)
LAPIS_LIGHT = (76, 104, 196)
PYRITE = (214, 186, 96)
MALACHITE = (20, 118, 80)
MALACHITE_LIGHT = (78, 176, 120)
JASPER = (212, 156, 36)
TURQUOISE = (46, 166, 166)
PEARL = (238, 232, 230)
STONES = [CARNELIAN, LAPIS, JASPER, TURQUOISE]

# ---------------------------------------------------------------- the workshop

FIRM = "Gulnaqsh Marble Inlay Works"
FIRM_CAPS = FIRM.upper()
FIRM_SHORT = "Gulnaqsh Inlay Works"
FIRM_HI = "गुलनक़्श मार्बल इनले वर्क्स"
FIRM_UR = "گل نقش ماربل انلے ورکس"
# the firm's name as a bank's beneficiary field cuts it
CUT = "GULNAQSH MARBLE INLAY WO"
SHOP = "Gulnaqsh Emporium"
SHOP_CAPS = SHOP.upper()
SHOP_HI = "गुलनक़्श एम्पोरियम"
SHOP_UR = "گل نقش ایمپوریم"
WEB = "gulnaqsh.in"
GSTIN = "09AAKFG5521M1ZP"
PAN = "AAKFG5521M"
UDYAM = "UDYAM-UP-01-0042718"
IRFAN = "Irfan Ahmad Naqqash"
RIZWAN = "Rizwan Ahmad Naqqash"
ACCOUNTANT = "Rajeev Agarwal"
EXPORTS = "Areeba Naqqash"
USTAD = "Ustad Nizamuddin"
KARKHANA_AT = "Gali Kashmiri, Taj Ganj, Agra - 282001"
SHOP_AT = "Fatehabad Road, Taj Ganj, Agra - 282001"
TOWN = "Taj Ganj, Agra - 282001"
BANK_LINE = "Punjab National Bank, Taj Ganj, Agra"
# the Taj Mahotsav at Shilpgram, Agra (18 to 27 February 2026), where the workshop keeps a stall; Ramzan of
# 1447 as the workshop's almanac reckons it (its first day 19 February 2026), in whose last ten days the
# karigars' Eid advances are paid
MAHOTSAV, MAHOTSAV_DAYS = dt.date(2026, 2, 18), 10
RAMZAN_1 = dt.date(2026, 2, 19)
IFSC = {
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Canara Bank": "CNRB",
    "UCO Bank": "UCBA",
    "Yes Bank": "YESB",
    "ICICI Bank": "ICIC",
    "RBL Bank": "RATN",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Indian Bank": "IDIB",
    "Bank of India": "BKID",
    "Union Bank of India": "UBIN",
    "Kotak Mahindra Bank": "KKBK",
    "Indian Overseas Bank": "IOBA",
    "Bank of Maharashtra": "MAHB",
    "Federal Bank": "FDRL",
    "Bandhan Bank": "BDBL",
    "Airtel Payments Bank": "AIRP",
}
# the workshop's inlaid marble sold: name, HSN, price each (low, high); GST 5% on all (HSN 6802, stone inlay
# handicrafts)
WORKS = [
    ("Inlaid marble coaster set (6)", "6802", 650, 1600),
    ("Pietra dura plate, 10 in", "6802", 1400, 3800),
    ("Jewellery box, floral inlay", "6802", 900, 2800),
    ("Taj Mahal replica, 6 in", "6802", 700, 2200),
    ("Inlaid marble elephant, 4 in", "6802", 500, 1500),
    ("Marble vase, lapis inlay", "6802", 1800, 5200),
    ("Chess board 12 in, inlaid", "6802", 3200, 8500),
    ("Wall plate 12 in, mother of pearl", "6802", 2200, 6000),
    ("Trinket box, paisley inlay", "6802", 450, 1200),
]
# the short names a roll and a hand write
SHORT = {
    "Inlaid marble coaster set (6)": "Coaster set",
    "Pietra dura plate, 10 in": "Plate 10 in",
    "Jewellery box, floral inlay": "Jewellery box",
    "Taj Mahal replica, 6 in": "Taj replica",
    "Inlaid marble elephant, 4 in": "Elephant 4 in",
    "Marble vase, lapis inlay": "Vase, lapis",
    "Chess board 12 in, inlaid": "Chess board",
    "Wall plate 12 in, mother of pearl": "Wall plate",
    "Trinket box, paisley inlay": "Trinket box",
}
# the same in the Hindi a stall's hand writes
SHORT_HI = {
    "Inlaid marble coaster set (6)": "कोस्टर सेट",
    "Pietra dura plate, 10 in": "प्लेट 10 इंच",
    "Jewellery box, floral inlay": "ज्वेलरी बॉक्स",
    "Taj Mahal replica, 6 in": "ताज महल",
    "Inlaid marble elephant, 4 in": "हाथी",
    "Marble vase, lapis inlay": "गुलदान",
    "Chess board 12 in, inlaid": "शतरंज",
    "Wall plate 12 in, mother of pearl": "वॉल प्लेट",
    "Trinket box, paisley inlay": "डिब्बी",
}
CUSTOMERS = [
    "Mr. Alok Saxena",
    "Ms. Priyanka Jain",
    "Mrs. Nazia Parveen",
    "Mr. Daniel Brooks",
    "Ms. Kavita Bansal",
    "Dr. Sameer Khan",
    "Mrs. Ritu Goyal",
]
# the workshop's karigars (the inlayers and stone cutters of Taj Ganj who work by the piece) and its people
KARIGARS = [
    "Mohd. Salim",
    "Naseem Ahmad",
    "Ramesh Chand",
    "Shakeel Ahmad",
    "Aftab Alam",
    "Kallu Khan",
    "Munna Lal",
    "Javed Qureshi",
]
STAFF = ["Deepak Sharma", "Mohd. Aslam"]
# the Hijri months as an Urdu hand writes them (Ramzan only is drawn)
RAMZAN_UR = "رمضان"
URDU_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The workshop's inlaid marble sold: name, HSN, quantity, price each (dearer ones left out above
    ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 3) if lo >= 1800 else rng.randrange(1, 5)
        if "coaster" in name or "Trinket" in name or "elephant" in name:
            q = rng.randrange(2, 7)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 2000 else 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Taj Mahotsav's, Ramzan's last days), its UPI / card reference
    made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "PUNB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "09", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The workshop's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(14, 620), len(shares))
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 6, 70)
        out.append((f"{prefix}/{fy(day)}/{numbers[i]:03d}", day, v))
    return out


def rupee_of(font: str) -> str:
    """The rupee's sign where the face and its bold draw it, else Rs."""
    return "\u20b9" if glyphs(font, "\u20b9") and glyphs(bold_of(font), "\u20b9") else "Rs."


def masked(font: str, n: int = 2) -> str:
    return sign(font, "\u2022", "*") * n


def initials(name: str) -> str:
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


def first_of(name: str) -> str:
    """A person's first name as a chat or a notice calls them (past a Mohd.)."""
    words_ = [w for w in name.split() if w not in ("Mohd.", "Md.")]
    return words_[0]


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


def urdu_figures(n: int) -> str:
    """``n`` in the Urdu (extended Arabic-Indic) figures a Hijri day is written in."""
    return "".join(URDU_DIGITS[int(c)] for c in str(n))


def hijri_ramzan(day: dt.date) -> str:
    """``day`` (in Ramzan 1447) as an Urdu hand writes its Hijri day: the day, Ramzan, the year, ھ."""
    n = (day - RAMZAN_1).days + 1
    assert 1 <= n <= 30, day
    return f"{urdu_figures(n)} {RAMZAN_UR} {urdu_figures(1447)}ھ"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h315", {"marks": {}, "decor": [], "frame": None, "stamps": []})


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


def filled(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    pen_of(p)
    h271.fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.88, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    type_of(p)
    tt(p, text, scale=scale, **facts)


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


def note(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line in small letters in the label's ink (a note, a message's hour), in as many lines as it needs
    (the facts on the first)."""
    name = f"nt15{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(lines_of(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lb15", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb15"] = 0.76
    h269.row(p, "lb15", text, **facts)


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


def bar(p: Screen, title: str, sub: str, **facts) -> None:
    """heldout279's ``app_head`` with the facts its second line prints (the company named under an app's
    name)."""
    p.part = "head"
    p.add("title", title)
    p.add("small", sub, **facts)
    p.add("gap")
    p.part = "body"


# ---------------------------------------------------------------- Hindi in Devanagari, Urdu in Nastaliq


def is_hi(ch: str) -> bool:
    """A Devanagari letter, sign, figure or danda (Hindi's script)."""
    return "\u0900" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff"


def hi_runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Devanagari and of other letters: a space or a joiner stays with the run it
    follows."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        d = is_hi(ch)
        if ch in " \u200c\u200d" and out:
            d = out[-1][0]
        if out and out[-1][0] == d:
            out[-1] = (d, out[-1][1] + ch)
        else:
            out.append((d, ch))
    return out


def hi_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return DEV_SERIF_BOLD if bold else DEV_SERIF
    return DEV_BOLD if bold else DEV


# Noto's Devanagari hangs its letters from a headline at about a Latin face's cap height: set at this share of
# the size it stands level with the page's own capitals
HSCALE = 1.06


def _hface(d: bool, latin: str, size: int, bold: bool, serif: bool):
    if d:
        return load_font(hi_face(bold, serif), int(size * HSCALE))
    return load_font(bold_of(latin) if bold else latin, size)


def hi_width(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    """The width of a line of Devanagari and Latin runs."""
    return sum(_hface(d, latin, size, bold, serif).getlength(part) for d, part in hi_runs(text))


def hi_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for d, part in hi_runs(text):
        face = hi_face(bold, serif) if d else (bold_of(latin) if bold else latin)
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
    for d, part in hi_runs(text):
        face = _hface(d, latin, size, bold, serif)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def hi(
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
    """A line in Hindi (a name over its English, a heading, a bank's message), its Latin runs and figures in
    the page's face."""
    size = int(p.style["size"] * scale)
    assert hi_ok(text, p.font, bold=bold, serif=serif), text
    assert hi_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t15hi", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def hi_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Hindi sentence set left in as many lines as it needs within ``share`` of the room (the facts on its
    first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and hi_width(f"{line} {word}", p.font, size) > room:
            hi(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    hi(p, line, scale=scale, align="l", **(facts if first else {}))


def hi_hand(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.18, **facts
) -> None:
    """A line written by hand in Hindi: Noto Serif Devanagari for its letters and an upright FreeSerif for
    its figures, leaning as this set's hands lean, in the page's ink; ``figure`` written at the right end of
    the line (a sum in a memo's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert hi_ok(text + figure, HAND_LATIN, serif=True), text
    need = hi_width(text, HAND_LATIN, size, serif=True) + size * 0.5
    if figure:
        need += hi_width(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t15hh", text, figure, mark_=[align, scale, p.rng.uniform(-0.8, 0.8)], **facts)


def is_ur(ch: str) -> bool:
    """An Arabic-script letter, sign or figure (Urdu's script)."""
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufdff"


def ur_ok(text: str, face: str = URDU) -> bool:
    return glyphs(face, text.replace(" ", ""))


def ur_width(text: str, size: int, face: str = URDU) -> float:
    """The width of an Urdu line set by Raqm (its words set a little apart: Nastaliq's own space is narrow
    beside its joined letters)."""
    return load_font(face, size).getlength(spaced(text))


def spaced(text: str) -> str:
    return text.replace(" ", "  ")


# Nastaliq's letters climb and fall far beyond a Latin face's: at this share of the page's size an Urdu line
# stands as tall as two of its Latin lines
USCALE = 1.1


def urdu(
    p: Screen,
    text: str,
    *,
    scale: float = 1.0,
    bold: bool = False,
    align: str = "c",
    soft: bool = False,
    arabic: bool = False,
    **facts,
) -> None:
    """A line in Urdu (a name or a heading beside its Hindi and its English), in Noto Nastaliq Urdu set right
    to left by Raqm (or, where ``arabic``, a line in Arabic in Noto Naskh Arabic); two lines high."""
    face = ARABIC if arabic else URDU_BOLD if bold else URDU
    size = int(p.style["size"] * scale * USCALE)
    assert ur_ok(text, face), text
    assert ur_width(text, size, face) <= room_of(p), (text, room_of(p))
    put(p, "t15ur", text, mark_=[scale, bold, align, soft, arabic], **facts)
    p.add("gap")


def ur_hand(
    p: Screen, text: str, *, figure: str = "", scale: float = 1.15, align: str = "r", **facts
) -> None:
    """A line written by hand in Urdu, from the right as Urdu is written, in Noto Nastaliq Urdu in the page's
    ink, a little uneven; ``figure`` written in Latin figures in the page's sums column at the LEFT of the
    line (an Urdu account's column, the page read from the right); two lines high."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert ur_ok(text), text
    need = ur_width(text, size) + size * 0.5
    if figure:
        assert glyphs(HAND_LATIN, figure), figure
        need += load_font(HAND_LATIN, int(p.style["size"] * 1.15)).getlength(figure) + size * 2.5
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t15uh", text, figure, mark_=[scale, align, p.rng.uniform(-1.0, 1.0)], **facts)
    p.add("gap")


def hu_line(
    p: Screen,
    hindi: str,
    english: str,
    urdu_: str,
    value: str,
    *,
    pen: bool = True,
    bold: bool = False,
    **facts,
) -> None:
    """This set's form line in Hindi and Urdu: the Hindi label at the left with its English small under it,
    the Urdu label at the right (where Urdu starts), and between them the value on a dotted line (written in
    the page's pen where ``pen``, else printed, in bold where ``bold``); two lines high."""
    size = p.style["size"]
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert hi_ok(hindi, p.font) and glyphs(p.font, english) and ur_ok(urdu_), (hindi, english, urdu_)
    assert glyphs(vfont, value), (vfont, value)
    left = max(hi_width(hindi, p.font, size), load_font(p.font, int(size * 0.66)).getlength(english))
    right_ = ur_width(urdu_, int(size * 1.15))
    need = left + right_ + vface.getlength(value) + 60
    assert need <= room_of(p), (hindi, urdu_, value, need, room_of(p))
    put(p, "t15hu", hindi, english, urdu_, value, mark_=[pen, bold], **facts)
    p.add("gap")


def hu_fit(p: Screen, hindi: str, english: str, urdu_: str, values: list[str], *, pen: bool = True) -> str:
    """The first of ``values`` that fits a ``hu_line`` of these labels (the last where none does)."""
    size = p.style["size"]
    vface = load_font(pen_of(p) if pen else p.font, int(size * (1.08 if pen else 1.0)))
    left = max(hi_width(hindi, p.font, size), load_font(p.font, int(size * 0.66)).getlength(english))
    right_ = ur_width(urdu_, int(size * 1.15))
    return next((v for v in values if left + right_ + vface.getlength(v) + 60 <= room_of(p)), values[-1])


def hi_label(p: Screen, hindi: str, english: str, value: str, *, bold: bool = False, **facts) -> None:
    """A Hindi label with its English after a slash small in the label's ink at the left, the value at the
    right, a hairline under the row (a portal's bilingual details)."""
    size = p.style["size"]
    vfont = bold_of(p.font) if bold else p.font
    assert hi_ok(hindi, p.font) and glyphs(p.font, f" / {english}") and glyphs(vfont, value)
    need = (
        hi_width(hindi, p.font, int(size * 0.92))
        + load_font(p.font, int(size * 0.72)).getlength(f" / {english}")
        + load_font(vfont, size).getlength(value)
        + 30
    )
    assert need <= room_of(p), (hindi, english, value, need)
    put(p, "t15hl", hindi, english, value, mark_=[bold], **facts)


def hl_fit(p: Screen, hindi: str, english: str, values: list[str]) -> str:
    size = p.style["size"]
    head = hi_width(hindi, p.font, int(size * 0.92)) + load_font(p.font, int(size * 0.72)).getlength(
        f" / {english}"
    )
    face = load_font(p.font, size)
    return next((v for v in values if head + face.getlength(v) + 30 <= room_of(p)), values[-1])


# ---------------------------------------------------------------- this set's rows and marks


def medallion(p: Screen) -> None:
    """A pietra dura medallion as a letterhead's emblem: an octagon of white Makrana marble with its grey
    veins, a border of black onyx inlaid round it with a thread of yellow jasper inside, and in its middle a
    flower in the Taj's manner inlaid stone by stone: a stem of black onyx rising from a tuft of leaves,
    two leaves of banded malachite, a five-petalled bloom of carnelian shaded from its deep red heart to its
    pale edges, a centre of lapis with its flecks of pyrite and two buds of lapis at its sides, each stone
    set apart by a hairline seam; centred, three lines high."""
    put(p, "t15md", "", mark_=[p.rng.randrange(10**6), p.rng.choice([0, 1])])
    p.add("gap")
    p.add("gap")


def inlay_band(p: Screen) -> None:
    """A strip of inlaid marble as a divider across the page: white marble with its veins between two lines
    of black onyx, a creeper of malachite running along it in waves with a leaf at each turn, and small
    five-petalled flowers of carnelian, lapis and yellow jasper set into it in turn; one line high."""
    put(p, "t15bd", "", mark_=[p.rng.randrange(10**6)])


def chips(p: Screen) -> None:
    """The workshop's bench in the page's margins: slivers of lapis with their gold flecks, carnelian,
    banded malachite and mother of pearl cut for inlay, a little white marble dust, and a karigar's bow saw
    (a kamani: a bent bamboo bow and its steel wire)."""
    ext(p)["decor"].append(["chips", p.rng.randrange(10**6)])


def on_slab(p: Screen) -> None:
    """The page photographed lying on a white marble table top of the workshop's own: the slab's grey veins
    across the frame, a border of black onyx inlaid near its edge with a creeper of small flowers along it,
    an inlaid coaster beside the page, the page's shadow, the page a little askew."""
    ext(p)["frame"] = ["slab", p.rng.randrange(10**6)]


def paid_stamp(
    p: Screen, lines: list[tuple[str, str, dict]], colour: str = "red", *, status: str = ""
) -> None:
    """A PAID rubber stamp with blanks in it, stamped on a supplier's invoice at the right and filled in by
    the accountant's hand: PAID large over its ruled lines, each line's printed label (Date, Mode, UTR / Ref)
    in the stamp's ink and the value written on it in the page's pen; the stamp a little tilted, the hand
    upright over it; one line for PAID and one for each blank (the facts on the blanks' lines)."""
    pen = pen_of(p)
    size = p.style["size"]
    vface = load_font(pen, int(size * 1.0))
    lface = load_font(bold_of(p.font), int(size * 0.7))
    for lbl, value, _ in lines:
        assert glyphs(bold_of(p.font), lbl) and glyphs(pen, value), (lbl, value)
        assert lface.getlength(lbl) + vface.getlength(value) + 40 <= room_of(p) * 0.62, (lbl, value)
    ink = {"red": [178, 32, 44], "violet": [86, 50, 150], "blue": [28, 64, 160]}[colour]
    start = put(
        p, "t15pd", "PAID", mark_=[ink, p.rng.uniform(-3.0, 3.0)], **({"status": status} if status else {})
    )
    for lbl, value, facts in lines:
        put(p, "t15pl", lbl, value, mark_=[start], **facts)


def holo(p: Screen, text: str) -> None:
    """The emporium's hologram sticker at the right (a rainbow oval with GENUINE over ``text`` raised in it),
    three lines high (the rows beside it left empty)."""
    assert glyphs(bold_of(p.font), "GENUINE " + text), text
    put(p, "t15hg", text, mark_=[p.rng.uniform(-8, 8)])
    p.add("gap")
    p.add("gap")


def scrawl(p: Screen, text: str = "PAID") -> None:
    """A word scrawled large across the page's lower half by hand in the page's ink (a supplier's PAID),
    tilted; drawn over whatever is there."""
    pen_of(p)
    ext(p)["stamps"].append(["scrawl", text, len(p.rows), p.rng.uniform(-16, -8)])


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _smooth(g: np.random.Generator, h: int, w: int, cells: int) -> np.ndarray:
    """A smooth random field ``h`` by ``w`` in 0..1 (a coarse grid of noise brought up bicubically)."""
    ch, cw = max(2, h // cells + 2), max(2, w // cells + 2)
    small = (g.random((ch, cw)) * 255).astype(np.uint8)
    big = Image.fromarray(small, "L").resize((w, h), Image.BICUBIC)
    return np.asarray(big, dtype=np.float32) / 255.0


def _marble(w: int, h: int, seed: int, scale: float = 1.0) -> np.ndarray:
    """White Makrana marble ``w`` by ``h`` (RGB floats): its faint cloud, one or two grey veins wandering
    across it and a few fainter threads."""
    g = np.random.default_rng(seed)
    cells = max(w, h)
    cloud = _smooth(g, h, w, max(6, cells // 6))
    warp = (
        _smooth(g, h, w, max(6, cells // 3)) * 0.6
        + _smooth(g, h, w, max(4, cells // 10)) * 0.3
        + _smooth(g, h, w, max(3, cells // 30)) * 0.1
    )
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    white = np.array(MARBLE, dtype=np.float32)
    grey = white - np.array(VEIN, dtype=np.float32)
    art = np.ones((h, w, 3), dtype=np.float32) * white
    art -= (cloud[..., None] - 0.5) * 9
    for n in range(int(g.integers(2, 5))):
        angle = g.uniform(0.2, 1.4) * (1 if n % 2 == 0 else -1)
        period = g.uniform(0.8, 1.6) * cells if n < 2 else g.uniform(0.25, 0.5) * cells
        freq = 2 * math.pi / period
        s = np.sin(
            (xx * math.cos(angle) + yy * math.sin(angle)) * freq
            + warp * g.uniform(2.0, 3.4)
            + g.uniform(0, 6.3)
        )
        vein = np.exp(-(s**2) / g.uniform(0.0006, 0.0022))
        strength = g.uniform(0.45, 0.75) if n < 2 else g.uniform(0.12, 0.25)
        art -= vein[..., None] * grey * strength
    art += g.normal(0, 1.4, (h, w, 1))
    return art.clip(0, 255)


def _poly_ngon(cx: float, cy: float, r: float, n: int, turn: float = 0.0) -> list[tuple[float, float]]:
    return [
        (cx + r * math.cos(turn + 2 * math.pi * i / n), cy + r * math.sin(turn + 2 * math.pi * i / n))
        for i in range(n)
    ]


def _petal(cx: float, cy: float, length: float, width_: float, angle: float) -> list[tuple[float, float]]:
    """A petal or a leaf as a polygon: from its foot at (cx, cy) out along ``angle``, widest a third of the
    way, pointed at its tip."""
    pts = []
    for t in np.linspace(0, 1, 18):
        half = width_ * math.sin(math.pi * t) ** 0.8 * (1.1 - 0.5 * t)
        pts.append((t * length, half))
    pts += [(t, -w_) for t, w_ in reversed(pts[1:-1])]
    ca, sa = math.cos(angle), math.sin(angle)
    return [(cx + u * ca - v * sa, cy + u * sa + v * ca) for u, v in pts]


def _stone(d: ImageDraw.ImageDraw, pts: list, deep, light, srng: random.Random, seam: int) -> None:
    """A stone cut to ``pts`` and set in: its light edge, its deep heart (the polygon drawn again shrunk
    towards its middle), a hairline seam round it."""
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    d.polygon(pts, fill=tuple(light))
    for share, tone in ((0.72, 0.5), (0.45, 0.9)):
        inner = [(mx + (x - mx) * share, my + (y - my) * share) for x, y in pts]
        d.polygon(inner, fill=_tint(deep, light, tone))
    d.line(pts + [pts[0]], fill=(70, 60, 56), width=seam)


def _flower(
    d: ImageDraw.ImageDraw,
    cx: float,
    cy: float,
    r: float,
    srng: random.Random,
    petal_deep,
    petal_light,
    heart,
    n: int,
    seam: int,
) -> None:
    turn = srng.uniform(0, 6.3)
    for i in range(n):
        a = turn + 2 * math.pi * i / n
        _stone(d, _petal(cx, cy, r, r * 0.42, a), petal_deep, petal_light, srng, seam)
    hr = r * 0.28
    d.ellipse((cx - hr, cy - hr, cx + hr, cy + hr), fill=heart, outline=(70, 60, 56), width=seam)
    for _ in range(4):
        fx, fy = cx + srng.uniform(-hr, hr) * 0.6, cy + srng.uniform(-hr, hr) * 0.6
        d.ellipse((fx - seam, fy - seam, fx + seam, fy + seam), fill=PYRITE)


def _medallion_art(H: int, seed: int, variant: int) -> Image.Image:
    """The medallion drawn ``H`` high and wide as an RGBA image."""
    srng = random.Random(seed)
    W = H
    art = _marble(W, H, srng.randrange(10**6), scale=H / 240)
    img = Image.fromarray(art.astype(np.uint8), "RGB").convert("RGBA")
    mask = Image.new("L", (W, H), 0)
    md = ImageDraw.Draw(mask)
    outer = _poly_ngon(W / 2, H / 2, H * 0.5, 8, math.pi / 8)
    md.polygon(outer, fill=255)
    d = ImageDraw.Draw(img)
    seam = max(1, H // 160)
    inner = _poly_ngon(W / 2, H / 2, H * 0.44, 8, math.pi / 8)
    d.polygon(outer, fill=ONYX)
    d.polygon(inner, fill=JASPER)
    core = _poly_ngon(W / 2, H / 2, H * 0.425, 8, math.pi / 8)
    marble_core = Image.fromarray(_marble(W, H, srng.randrange(10**6), scale=H / 240).astype(np.uint8), "RGB")
    cmask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(cmask).polygon(core, fill=255)
    img.paste(marble_core, (0, 0), cmask)
    d = ImageDraw.Draw(img)
    cx, cy = W / 2, H * 0.4
    foot = H * 0.8
    # the stem: a curve of black onyx from the tuft to the bloom
    stem = [(cx + math.sin(t * 2.2) * H * 0.02, foot - t * (foot - cy)) for t in np.linspace(0, 1, 20)]
    d.line(stem, fill=ONYX, width=max(2, int(H * 0.028)), joint="curve")
    # the leaves: banded malachite, a vein down each
    for side in (-1, 1):
        a = -math.pi / 2 + side * srng.uniform(0.75, 0.95)
        base_y = foot - H * srng.uniform(0.1, 0.16)
        pts = _petal(cx, base_y, H * 0.26, H * 0.075, a)
        d.polygon(pts, fill=MALACHITE_LIGHT)
        for share in (0.8, 0.6, 0.4):
            mx_ = sum(x for x, _ in pts) / len(pts)
            my_ = sum(y for _, y in pts) / len(pts)
            band_ = [(mx_ + (x - mx_) * share, my_ + (y - my_) * share) for x, y in pts]
            d.line(band_ + [band_[0]], fill=_tint(MALACHITE, MALACHITE_LIGHT, 0.9), width=max(1, seam))
        tip = pts[17]
        d.line((cx, base_y, tip[0], tip[1]), fill=_tint(MALACHITE, (0, 0, 0), 0.3), width=seam)
        d.line(pts + [pts[0]], fill=(60, 56, 52), width=seam)
    # the buds: lapis on short stems
    for side in (-1, 1):
        bx, by = cx + side * H * 0.2, cy + H * 0.06
        d.line((cx, cy + H * 0.16, bx, by), fill=ONYX, width=max(1, int(H * 0.016)))
        _stone(
            d, _petal(bx, by, H * 0.09, H * 0.04, -math.pi / 2 + side * 0.5), LAPIS, LAPIS_LIGHT, srng, seam
        )
    if variant == 0:
        _flower(d, cx, cy, H * 0.2, srng, CARNELIAN, CARNELIAN_LIGHT, LAPIS, 5, seam)
    else:
        _flower(d, cx, cy, H * 0.2, srng, LAPIS, LAPIS_LIGHT, JASPER, 6, seam)
    img.putalpha(mask)
    return img


def _medallion(page: Image.Image, cx: float, top_y: float, h: float, seed: int, variant: int) -> None:
    k = 3
    art = _medallion_art(int(h * k), seed, variant)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    alpha = small.split()[3]
    shadow = Image.new("L", page.size, 0)
    shadow.paste(alpha.point(lambda v: 60 if v > 0 else 0), (x0_ + 3, y0_ + 4))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (96, 92, 86)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _band_art(w: int, h: int, seed: int) -> Image.Image:
    """A strip of inlaid marble ``w`` by ``h``: onyx lines along its edges, a malachite creeper in waves with
    a leaf at each turn, small flowers of carnelian, lapis and jasper in turn."""
    srng = random.Random(seed)
    art = _marble(w, h, srng.randrange(10**6), scale=max(0.3, h / 120))
    img = Image.fromarray(art.astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    edge = max(2, int(h * 0.1))
    d.rectangle((0, 0, w, edge), fill=ONYX)
    d.rectangle((0, h - edge, w, h), fill=ONYX)
    cy = h / 2
    period = h * 2.4
    amp = h * 0.16
    seam = max(1, h // 60)
    pts = [(x, cy + amp * math.sin(x / period * 2 * math.pi)) for x in np.linspace(0, w, max(40, int(w / 4)))]
    d.line(pts, fill=MALACHITE, width=max(2, int(h * 0.05)), joint="curve")
    n = int(w / period) + 1
    colours = [(CARNELIAN, CARNELIAN_LIGHT), (LAPIS, LAPIS_LIGHT), (JASPER, (240, 206, 120))]
    for i in range(n):
        fx = period * (i + 0.5)
        fy = cy + amp * math.sin(fx / period * 2 * math.pi)
        lx = period * (i + 0.25)
        ly = cy + amp * math.sin(lx / period * 2 * math.pi)
        d.polygon(
            _petal(lx, ly, h * 0.2, h * 0.07, -math.pi / 2 + srng.uniform(-0.4, 0.4)), fill=MALACHITE_LIGHT
        )
        deep, light = colours[i % 3]
        _flower(d, fx, fy, h * 0.22, srng, deep, light, PYRITE if deep != JASPER else CARNELIAN, 5, seam)
    return img


def _band(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    art = _band_art(w * k, h * k, seed).resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)))


def _sliver(d: ImageDraw.ImageDraw, x: float, y: float, r: float, kind_: str, srng: random.Random) -> None:
    """A sliver of stone cut for inlay, lying in the margin with a soft shadow."""
    n = srng.randrange(4, 7)
    pts = [
        (x + r * srng.uniform(0.6, 1.1) * math.cos(a), y + r * srng.uniform(0.5, 1.0) * math.sin(a))
        for a in sorted(srng.uniform(0, 6.28) for _ in range(n))
    ]
    d.polygon([(px + 2, py + 3) for px, py in pts], fill=(80, 76, 70, 70))
    if kind_ == "lapis":
        d.polygon(pts, fill=LAPIS + (255,))
        for _ in range(5):
            fx, fy = x + srng.uniform(-r, r) * 0.5, y + srng.uniform(-r, r) * 0.4
            d.ellipse((fx - 1, fy - 1, fx + 1, fy + 1), fill=PYRITE + (255,))
    elif kind_ == "carnelian":
        d.polygon(pts, fill=CARNELIAN_LIGHT + (255,))
        inner = [(x + (px - x) * 0.6, y + (py - y) * 0.6) for px, py in pts]
        d.polygon(inner, fill=CARNELIAN + (255,))
    elif kind_ == "malachite":
        d.polygon(pts, fill=MALACHITE_LIGHT + (255,))
        for share in (0.75, 0.5, 0.25):
            ring = [(x + (px - x) * share, y + (py - y) * share) for px, py in pts]
            d.line(ring + [ring[0]], fill=MALACHITE + (255,), width=1)
    else:
        d.polygon(pts, fill=PEARL + (255,))
        inner = [(x + (px - x) * 0.55, y + (py - y) * 0.55) for px, py in pts]
        d.polygon(inner, fill=(214, 226, 238, 255))
        d.line(pts + [pts[0]], fill=(236, 214, 220, 255), width=1)


def _chips(page: Image.Image, seed: int) -> Image.Image:
    """The margins: slivers of stone, marble dust and a bow saw."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(10, MARGIN - 12) if left else srng.uniform(width - MARGIN + 10, width - 10)
        return x, srng.uniform(50, height - 90)

    for kind_ in ["lapis", "carnelian", "malachite", "pearl", srng.choice(["lapis", "carnelian"])]:
        x, y = spot()
        _sliver(d, x, y, srng.uniform(8, 13), kind_, srng)
    for _ in range(40):
        x, y = spot()
        d.ellipse((x, y, x + 1.5, y + 1.5), fill=(228, 226, 220, 200))
    # the kamani: a bamboo bow bent by its wire, down one margin
    left = srng.random() < 0.5
    x = 14 if left else width - 14
    y0 = srng.uniform(60, max(70, height * 0.5))
    length = srng.uniform(110, 150)
    bow = [
        (x + (1 if left else -1) * 10 * math.sin(math.pi * t), y0 + t * length) for t in np.linspace(0, 1, 24)
    ]
    d.line([(px + 2, py + 2) for px, py in bow], fill=(80, 70, 50, 90), width=5)
    d.line(bow, fill=(186, 150, 90, 255), width=4)
    d.line((bow[0][0], bow[0][1], bow[-1][0], bow[-1][1]), fill=(120, 124, 130, 255), width=1)
    return layer.convert("RGB")


def _slab_art(w: int, h: int, seed: int) -> Image.Image:
    """A white marble table top with a border of black onyx inlaid near its edge and small flowers along "
    "it."""
    srng = random.Random(seed)
    art = _marble(w, h, srng.randrange(10**6), scale=3.0)
    img = Image.fromarray(art.astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    inset, bw = 26, 16
    d.rectangle((inset, inset, w - inset, h - inset), outline=ONYX, width=bw)
    d.rectangle(
        (inset + bw + 4, inset + bw + 4, w - inset - bw - 4, h - inset - bw - 4), outline=JASPER, width=2
    )
    colours = [(CARNELIAN, CARNELIAN_LIGHT), (LAPIS, LAPIS_LIGHT)]
    mid = inset + bw / 2
    for i, fx in enumerate(range(inset + 40, w - inset - 20, 90)):
        deep, light = colours[i % 2]
        _flower(d, fx, mid, 7, srng, deep, light, JASPER, 5, 1)
        _flower(d, fx, h - mid, 7, srng, deep, light, JASPER, 5, 1)
    for i, fy_ in enumerate(range(inset + 60, h - inset - 20, 90)):
        deep, light = colours[i % 2]
        _flower(d, mid, fy_, 7, srng, deep, light, JASPER, 5, 1)
        _flower(d, w - mid, fy_, 7, srng, deep, light, JASPER, 5, 1)
    return img


def _on_slab(image: Image.Image, seed: int) -> Image.Image:
    """The page on the slab: turned a little with its shadow, an inlaid coaster beside it."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 86
    bw, bh = w + 2 * pad + 150, h + 2 * pad
    base = _slab_art(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-1.6, 1.6)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 8, (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 120 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (90, 86, 80)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    side = sx + turned.width + 20
    r = 46
    cx, cy = side + r + 6, srng.uniform(bh * 0.2, bh * 0.45)
    coaster = _medallion_art(r * 6, srng.randrange(10**6), srng.choice([0, 1])).resize(
        (r * 2, r * 2), Image.LANCZOS
    )
    cmask = Image.new("L", (r * 2, r * 2), 0)
    ImageDraw.Draw(cmask).ellipse((0, 0, r * 2 - 1, r * 2 - 1), fill=255)
    alpha = Image.fromarray(np.minimum(np.asarray(cmask), np.asarray(coaster.split()[3])))
    sh = Image.new("L", base.size, 0)
    sh.paste(alpha.point(lambda v: 110 if v > 0 else 0), (int(cx - r + 5), int(cy - r + 6)))
    sh = sh.filter(ImageFilter.GaussianBlur(4))
    base = Image.composite(Image.new("RGB", base.size, (90, 86, 80)), base, sh)
    base.paste(coaster.convert("RGB"), (int(cx - r), int(cy - r)), cmask)
    return base


def _holo(
    page: Image.Image, x1: float, top_y: float, line: int, text: str, font: str, tilt: float
) -> Image.Image:
    """The hologram sticker: a rainbow oval, GENUINE over ``text`` in it, tilted."""
    w, h = int(line * 4.6), int(line * 2.5)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    hue = ((xx / w) * 0.9 + (yy / h) * 0.5) % 1.0
    rgb = np.zeros((h, w, 3), dtype=np.float32)
    for i, off in enumerate((0.0, 1 / 3, 2 / 3)):
        rgb[..., i] = 180 + 60 * np.cos(2 * math.pi * (hue - off))
    shine = 1 + 0.12 * np.sin(xx * 0.35 + yy * 0.2)
    rgb = (rgb * shine[..., None]).clip(0, 255)
    img = Image.fromarray(rgb.astype(np.uint8), "RGB").convert("RGBA")
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).ellipse((1, 1, w - 2, h - 2), fill=255)
    d = ImageDraw.Draw(img)
    d.ellipse((4, 4, w - 5, h - 5), outline=(120, 120, 140, 255), width=2)
    big = load_font(bold_of(font), int(line * 0.62))
    small = load_font(bold_of(font), int(line * 0.36))
    for face, t, y in ((big, "GENUINE", h * 0.42), (small, text, h * 0.7)):
        tw = face.getlength(t)
        d.text(((w - tw) / 2 + 1, y + 1), t, font=face, fill=(255, 255, 255, 200), anchor="ls")
        d.text(((w - tw) / 2, y), t, font=face, fill=(70, 70, 96, 255), anchor="ls")
    img.putalpha(mask)
    img = img.rotate(tilt, resample=Image.BICUBIC, expand=True)
    x0 = int(x1 - img.width)
    page.paste(img, (x0, int(top_y)), img)
    return page


def _stamp_box(
    page: Image.Image,
    rows: list[tuple],
    i: int,
    tops: list[int],
    line: int,
    lift: int,
    font: str,
    style: dict,
    marks: dict,
) -> Image.Image:
    """The PAID stamp of rows ``i`` onwards: its frame, PAID and its lines' labels in its ink on a tilted
    layer, then the values written upright over it in the page's pen."""
    ink, tilt = marks[str(i)]
    size = style.get("size", 22)
    width = style.get("width", 620)
    room = width - 2 * MARGIN
    blanks = [n for n in range(i + 1, len(rows)) if rows[n][0] == "t15pl" and marks.get(str(n)) == [i]]
    x0, x1 = width - MARGIN - room * 0.64, width - MARGIN
    y0, y1 = tops[i] - lift, tops[blanks[-1]] - lift + line + 4
    lw, lh = int(x1 - x0), int(y1 - y0)
    layer = Image.new("RGBA", (lw + 20, lh + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    colour = tuple(ink) + (205,)
    d.rectangle((10, 10, lw + 10, lh + 10), outline=colour, width=3)
    d.rectangle((15, 15, lw + 5, lh + 5), outline=colour, width=1)
    big = load_font(bold_of(font), int(size * 1.3))
    tw = big.getlength("PAID")
    d.text((10 + (lw - tw) / 2, 10 + line * 0.9), "PAID", font=big, fill=colour, anchor="ls")
    lface = load_font(bold_of(font), int(size * 0.7))
    for n in blanks:
        ly = tops[n] - lift - y0 + 10
        d.text((22, ly + line * 0.72), rows[n][1], font=lface, fill=colour, anchor="ls")
        lx = 22 + lface.getlength(rows[n][1]) + 8
        d.line((lx, ly + line * 0.78, lw, ly + line * 0.78), fill=colour, width=1)
    g = np.random.default_rng(int(abs(tilt) * 1000) + i)
    a = np.asarray(layer.split()[3], dtype=np.float32)
    a *= g.uniform(0.72, 1.0, a.shape)
    layer.putalpha(Image.fromarray(a.clip(0, 255).astype(np.uint8)))
    layer = layer.rotate(tilt, resample=Image.BICUBIC)
    page.paste(layer, (int(x0 - 10), int(y0 - 10)), layer)
    x1_ = style.get("h271") or {}
    pen = x1_.get("pen", PENS[0])
    pen_ink = tuple(x1_.get("pen_ink", INKS[0]))
    d2 = ImageDraw.Draw(page)
    vface = load_font(pen, int(size * 1.0))
    for n in blanks:
        lx = x0 + 22 + lface.getlength(rows[n][1]) + 14
        d2.text((lx, tops[n] - lift + line * 0.66), rows[n][2], font=vface, fill=pen_ink, anchor="ls")
    return page


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Hindi lines and hand, Urdu lines and hand, Arabic lines,
    form lines in Hindi and Urdu, Hindi labels with their English, a pietra dura medallion, a strip of inlaid
    marble, a PAID stamp filled in by hand, a hologram sticker, a scrawled word, stone slivers and a bow saw
    in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h315")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
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
        if not name.startswith("t15"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t15hi":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = hi_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_hi(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t15hh":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                tw = hi_width(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                draw_hi(ImageDraw.Draw(layer), (4, lh * 0.22), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.2, -0.2 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                ).rotate(tilt, resample=Image.BICUBIC)
                if n_ == 0:
                    tx = width - MARGIN - tw - s * 0.4
                    fx = tx
                else:
                    tx = {
                        "c": (width - tw) / 2,
                        "l": MARGIN + 2,
                        "r": (fx if fx is not None else width - MARGIN) - tw - s * 0.6,
                    }[align]
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.34)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t15ur":
            scale, bold, align, is_soft, arabic = m
            face_name = ARABIC if arabic else URDU_BOLD if bold else URDU
            s = int(size * scale * USCALE)
            face = load_font(face_name, s)
            text = spaced(r[1])
            tw = face.getlength(text)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            base = top_y + line * (1.4 if not arabic else 1.2)
            draw.text((tx, base), text, font=face, fill=soft if is_soft else ink, anchor="ls")
        elif name == "t15uh":
            scale, align, tilt = m
            s = int(size * scale)
            face = load_font(URDU, s)
            text = spaced(r[1])
            tw = face.getlength(text)
            lw, lh = int(tw + s), int(line * 2.6)
            layer = Image.new("L", (lw, lh), 0)
            ImageDraw.Draw(layer).text((s * 0.5, lh * 0.62), text, font=face, fill=255, anchor="ls")
            layer = layer.rotate(tilt, resample=Image.BICUBIC)
            tx = {"r": width - MARGIN - lw + s * 0.3, "c": (width - lw) / 2, "l": MARGIN}[align]
            page.paste(
                Image.new("RGB", layer.size, pen_ink), (int(tx), int(top_y + line * 1.34 - lh * 0.62)), layer
            )
            if r[2]:
                fs = int(size * 1.15)
                fface = load_font(HAND_LATIN, fs)
                fw = fface.getlength(r[2])
                fl = Image.new("L", (int(fw + fs), int(fs * 1.8)), 0)
                ImageDraw.Draw(fl).text((4, fs * 1.25), r[2], font=fface, fill=255, anchor="ls")
                fl = fl.transform(
                    fl.size, Image.AFFINE, (1, 0.2, -0.2 * fl.height * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                page.paste(
                    Image.new("RGB", fl.size, pen_ink),
                    (int(MARGIN + 6), int(top_y + line * 1.3 - fs * 1.25)),
                    fl,
                )
            draw = ImageDraw.Draw(page)
        elif name == "t15hu":
            is_pen, bold = m
            hindi, english, urdu_, value = r[1], r[2], r[3], r[4]
            draw_hi(draw, (MARGIN, y - 2), hindi, font, size, ink)
            sface = load_font(font, int(size * 0.66))
            draw.text((MARGIN, y + line * 0.86), english, font=sface, fill=soft)
            uface = load_font(URDU, int(size * 1.15))
            ut = spaced(urdu_)
            uw = uface.getlength(ut)
            draw.text((width - MARGIN - uw, top_y + line * 1.36), ut, font=uface, fill=ink, anchor="ls")
            left = max(hi_width(hindi, font, size), sface.getlength(english)) + 18
            lx0, lx1 = MARGIN + left, width - MARGIN - uw - 16
            ly = top_y + line * 1.62
            for dx in range(int(lx0), int(lx1), 6):
                draw.line((dx, ly, dx + 2, ly), fill=_tint(soft, paper_, 0.7), width=1)
            if is_pen:
                vface = load_font(pen, int(size * 1.08))
                draw.text((lx0 + 6, ly - 3), value, font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((lx0 + 6, ly - 4), value, font=vface, fill=ink, anchor="ls")
        elif name == "t15hl":
            (bold,) = m
            s = int(size * 0.92)
            draw_hi(draw, (MARGIN, y + 1), r[1], font, s, ink)
            hx = MARGIN + hi_width(r[1], font, s)
            draw.text((hx, y + size * 0.22), f" / {r[2]}", font=load_font(font, int(size * 0.72)), fill=soft)
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text((width - MARGIN - vface.getlength(r[3]), y), r[3], font=vface, fill=ink)
            draw.line(
                (MARGIN, top_y + line - 2, width - MARGIN, top_y + line - 2), fill=_tint(soft, paper_, 0.3)
            )
        elif name == "t15md":
            seed, variant = m
            _medallion(page, width / 2, top_y + line * 0.05, line * 2.85, seed, variant)
            draw = ImageDraw.Draw(page)
        elif name == "t15bd":
            (seed,) = m
            _band(page, MARGIN, width - MARGIN, top_y + line * 0.1, top_y + line * 0.94, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t15pd":
            page = _stamp_box(page, rows, i, tops, line, lift, font, style, marks)
            draw = ImageDraw.Draw(page)
        elif name == "t15hg":
            (tilt,) = m
            page = _holo(page, width - MARGIN, top_y + 2, line, r[1], font, tilt)
            draw = ImageDraw.Draw(page)
    for what in x["stamps"]:
        if what[0] == "scrawl":
            _, text, at, tilt = what
            n_ = min(at, len(rows) - 1)
            face = load_font(pen, int(size * 3.4))
            tw = face.getlength(text)
            layer = Image.new("L", (int(tw + size * 2), int(size * 5)), 0)
            ImageDraw.Draw(layer).text((size, size * 3.8), text, font=face, fill=190, anchor="ls")
            layer = layer.rotate(tilt, resample=Image.BICUBIC, expand=True)
            px = int(width * 0.6 - layer.width / 2)
            py = int(tops[n_] - lift)
            page.paste(Image.new("RGB", layer.size, pen_ink), (px, py), layer)
    for what in x["decor"]:
        if what[0] == "chips":
            page = _chips(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout313's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the marble table top a page is photographed lying on."""
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
    f9 = (style.get("h289") or {}).get("frame")
    if f9 and f9[0] == "clip":
        image = h289._clipboard(image, f9[1])
    f = (style.get("h315") or {}).get("frame")
    if f and f[0] == "slab":
        image = _on_slab(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout315 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the emporium's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM]
VPAS = [
    "gulnaqshemporium@pnb",
    "paytmqr6h2k9d4mx1@paytm",
    "gulnaqsh.inlay@okaxis",
    "Q581203467@ybl",
]
BUYERS = [
    ("Alok Saxena", "Punjab National Bank"),
    ("Priyanka Jain", "HDFC Bank"),
    ("Nazia Parveen", "Canara Bank"),
    ("Daniel Brooks", "ICICI Bank"),
    ("Kavita Bansal", "State Bank of India"),
    ("Sameer Khan", "Bank of India"),
    ("Ritu Goyal", "Kotak Mahindra Bank"),
    ("Harish Mehrotra", "Indian Bank"),
]
NOTES = [
    "inlay coasters",
    "taj replica x2",
    "jewellery box",
    "marble plate",
    "gift for mom",
    "inlay table top",
]


def bank_short(bank: str) -> str:
    return {
        "Punjab National Bank": "PNB",
        "HDFC Bank": "HDFC",
        "Canara Bank": "Canara",
        "ICICI Bank": "ICICI",
        "State Bank of India": "SBI",
        "Bank of India": "BOI",
        "Kotak Mahindra Bank": "Kotak",
        "Indian Bank": "Indian Bank",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Gulnaqsh Emporium or the workshop: Paytm for Business on the emporium's phone (the
    emporium under the app's bar; a large round tick, Payment Received, the sum set large, "from <buyer>";
    UPI Ref. No., Received at, Paid via and Settlement in a table ruled on every side); Tata Neu's UPI payment
    (a tile's tick, Payment Successful, the sum, "Paid to" over the payee, the NeuCoins earned; UPI Reference
    ID, Paid on, Paid from and Note against a gutter); POP's UPI payment on a scalloped badge with no
    reference (Payment done, the sum, "to <payee>", "on <day>, <hour>"; Paid from; POPcoins; "View details");
    Kotak811's money sent in an octagon ("Today, <hour>"; the sum, "to" over the payee; a copyable UPI Ref
    No.; From at the left and the right; no day); super.money's payment processing under a spinner (the sum,
    "to <payee>", its stages left to right, a notice; UPI Ref. No., Initiated at and Debiting in shaded
    labels); Bank of India's BOI Mobile Omni Neo with the payment failed on a tinted band (the sum, "to
    <payee>", the reason in a notice; labels small over their values two to a row: Transaction ID and Date &
    Time, Account and Reason code); Bandhan Bank's mBandhan with the payee's initials in a round badge (Fund
    transfer successful, the sum, "to <payee>"; UPI Ref No. and Date in tiles; Debited from); Indian Bank's
    IndOASIS under a large round tick (Transaction Successful; Payee Name :, Amount :, UPI Ref No :, Date &
    Time :, Remarks : with colons). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 3, low=300, high=28000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    note_ = rng.choice(NOTES)
    if k in (0, 6) and rng.random() < 0.5:
        season(j, rng, MAHOTSAV, MAHOTSAV_DAYS)
    if k == 0:
        p = phone(rng, font, k, ["", "Paytm for Business"], dark=False, buttons=("Share", "Download"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm for Business", "Payments & Settlements")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Fatehabad Road, Agra  |  Soundbox linked")
        p.add("gap")
        sicon(p, status)
        p.add("center", "Payment Received", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("small", f"from {who}")
        p.add("gap")
        at = 0.4
        gkv(p, "pb", "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gkv(
            p,
            "pb",
            "Received at",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        gkv(p, "pb", "Paid via", f"UPI - {sb}", at=at, method="UPI")
        gkv(p, "pb", "Settlement", f"Instant to PNB XX{digits(rng, 4)}", at=at)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Tata Neu"], dark=False, buttons=("Share", "Done"))
        band(p, (92, 36, 136))
        app_head(p, "Tata Neu", "UPI")
        h287.tile(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", f"{rng.randrange(4, 60)} NeuCoins earned on this payment")
        p.add("gap")
        at = 0.44
        gutter(p, "tn", "UPI Reference ID", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gutter(
            p, "tn", "Paid on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date
        )
        gutter(p, "tn", "Paid from", f"{sb} XX{last4}", at=at, method="UPI")
        gutter(p, "tn", "Note", note_, at=at)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "POP"], dark=False, buttons=("Share", "Done"))
        band(p, (255, 214, 10), (20, 20, 20))
        app_head(p, "POP", "UPI payments")
        h287.burst(p, status)
        p.add("center", "Payment done", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (', ',))}", date=j.date)
        p.add("gap")
        kvr(p, "Paid from", f"{sb} {masked(p.font)}{last4}", method="UPI")
        kvr(p, "POPcoins", f"+{rng.randrange(10, 200)}")
        p.add("center", "View details")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Kotak811"], dark=False, buttons=("Done",))
        band(p, (218, 30, 40))
        app_head(p, "Kotak811", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h294.octa(p, status)
        p.add("center", "Money sent", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"811 Savings XX{last4}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "super.money"], dark=False, buttons=("Check status",))
        band(p, (40, 40, 48))
        app_head(p, "super.money", "UPI")
        h279.spinner(p, (226, 160, 40))
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h273.track(p, ["Debited", "With bank", "Received"], "dpt")
        boxed(
            p,
            "The receiver's bank has not confirmed the credit yet. Please do not pay again; we will update "
            "you "
            "within 2 hours.",
            "warn",
        )
        at = 0.42
        kv(p, "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        kv(p, "Initiated at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",)), at=at, date=j.date)
        kv(p, "Debiting", f"{sb} XX{last4}", at=at, method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "BOI Mobile"], dark=False, buttons=("Retry",))
        band(p, (232, 110, 30))
        app_head(p, "BOI Mobile Omni Neo", "Bank of India  |  UPI")
        h269.strip(p, "Transaction Failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "The beneficiary bank did not respond in time. If your account has been debited, the amount will "
            "be reversed within 5 working days.",
            "error",
        )
        tid = f"BOI{j.date:%y%m%d}{digits(rng, 9)}"
        two_up(
            p,
            "bo1",
            ("Transaction ID", tid),
            ("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        p.add("gap")
        two_up(
            p, "bo2", ("Account", f"XXXXXX{last4}"), ("Reason code", "U30 - debit timed out"), method="UPI"
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "mBandhan"], dark=False, buttons=("Share", "Home"))
        band(p, (196, 32, 52))
        app_head(p, "mBandhan", "Bandhan Bank  |  UPI")
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        h273.avatar(p, initials(name), (196, 32, 52))
        p.add("center", "Fund transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        tiles2(
            p,
            ("UPI Ref No.", j.ref),
            ("Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "Debited from", f"Savings XX{last4}", method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "IndOASIS"], dark=False, buttons=("Download", "Done"))
    band(p, (20, 64, 140))
    app_head(p, "IndOASIS", "Indian Bank  |  UPI")
    sicon(p, status)
    p.add("center", "Transaction Successful", status=status)
    p.add("gap")
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
    name = rng.choice([SHOP_CAPS, CUT])
    h271.colkv(p, "io", spec, "Payee Name :", name, merchant=name)
    h271.colkv(p, "io", spec, "Amount :", rs(j.amount), amount=j.amount)
    h271.colkv(p, "io", spec, "UPI Ref No :", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    h271.colkv(
        p, "io", spec, "Date & Time :", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date
    )
    h271.colkv(p, "io", spec, "Remarks :", note_)
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


CCIC = "The Central Cottage Industries Corporation of India Ltd."
CCIC_MID = "Central Cottage Industries Corpn. of India Ltd."
CCIC_HI = "भारतीय केन्द्रीय कुटीर उद्योग निगम लि."
HAVELI = "Haveli Home Living Pvt. Ltd."
RAJPUTANA = "Rajputana Heritage Hotels Ltd."
MUGHAL_EXP = "Mughal Crafts Exports Pvt. Ltd."
DESIGNWALA = "Designwala Hospitality Interiors LLP"
LKO = "Awadh Interiors Studio"
GIFTING = "Gift Tree Corporate Solutions Pvt. Ltd."
SAWAI = "Hotel Sawai Mahal, Jaipur"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the workshop: the Central Cottage Industries Corporation's PAYMENT
    ADVICE under its Hindi name for the inlaid pieces its Janpath emporium bought (Ref. and Date on a line;
    "To," and the workshop; Bill No. | Bill Amt. | TDS (GST) 2% | Net Paid in a table ruled on every side, the
    Total row under its double rule; "Net amount of Rs. x has been credited ... by NEFT / RTGS, UTR ..."; the
    Deputy Manager (Finance)'s signature); a Mumbai home store's Bill Payment mailed from Oracle NetSuite
    (Primary Information: Payee, Date, Account, Amount, Memo with its UTR at the left and the right; Apply:
    Bill | Orig. Amt. | Payment on hairline rows); Punjab National Bank's corporate internet banking with a
    Jaipur hotel company's RTGS awaiting its second approver (a capsule; Level | User | Action | Time in a
    striped table; Transaction Ref., Beneficiary, Amount, Mode, Value Date in dot leaders); a Delhi export
    house's payment advice printed on continuous stationery by its dot-matrix printer (PAYMENT ADVICE, the
    lines typed in its face: ADVICE NO, DATE, PAYEE, the bills, NET PAID, MODE, UTR NO); a Bengaluru
    hospitality interiors firm's Slack channel under its "Today" divider (the writer, bold, and the hour;
    "Paid ₹x to <payee> via NEFT ...", "UTR ..."; a reply; no day); Bank of Baroda's bob World Business with a
    Lucknow studio's NEFT returned on a tinted band (its stages left to right, the reason in a notice;
    Transaction Ref No., Beneficiary, Amount, Value Date, Return Reason against a gutter); a Gurugram gifting
    company's mail read in Outlook ("We have transferred Rs. x to <payee> by NEFT on <day> ..."; PO No. |
    Invoice No. | Amount in a table ruled on every side; no reference); a Jaipur hotel's PAYMENT ADVICE
    printed from BUSY (Voucher No. and Date; Paid to; Particulars | Amount on hairline rows; Amount in a box;
    Mode and UTR No. with colons; a signature). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=12000, high=260000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        hi(p, CCIC_HI, bold=True, scale=0.92)
        top(p, pick(p, "title", [CCIC, CCIC_MID, "CCIC of India Ltd."]))
        p.add("small", "Jawahar Vyapar Bhawan, Janpath, New Delhi - 110001  |  Finance Division")
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        ref = f"CCIC/FIN/VP/{rng.randrange(1200, 9800)}"
        cols(
            p,
            "cc0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Ref. {ref}",
            f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        name = pick(p, "left", [f"M/s {FIRM},", f"M/s {FIRM_SHORT},"])[4:-1]
        p.add("left", f"M/s {name},", merchant=name)
        p.add("left", f"{TOWN}.")
        prose(
            p, "Sub: Payment against your bills for inlaid marble articles supplied to our Janpath emporium."
        )
        lines = []
        bills = bills_for(rng, j, rng.randrange(1, 4), "GMI")
        nets = []
        for no_, _day, v in bills:
            taxable = round(v / 1.05, 2)
            tds = round(taxable * 0.02, 2)
            net = round(v - tds, 2)
            nets.append(net)
            lines.append(([no_, num(v), num(tds), num(net)], {}))
        j.amount = round(sum(nets), 2)
        grid(
            p,
            "ccg",
            [(0.0, 0.34, "l"), (0.34, 0.56, "r"), (0.56, 0.78, "r"), (0.78, 1.0, "r")],
            ["Bill No.", "Bill Amt.", "TDS (GST) 2%", "Net Paid"],
            lines,
            foot=(["Total", num(j.amount)], {}),
        )
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        prose(
            p,
            f"Net amount of Rs. {num(j.amount, 'indian')} has been credited to your account with {BANK_LINE} "
            f"by {way}, UTR {utr}. TDS under Section 51 of the CGST Act will be reflected in your GSTR-2A.",
            amount=j.amount,
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Deputy Manager (Finance)")
        return p.done()
    if k == 1:
        doc = f"BILLPMT{rng.randrange(1200, 9800)}"
        p = mail_page(
            rng,
            font,
            "Haveli Home Accounts <ap@havelihome.in>",
            [f"Bill Payment #{doc}", "Payment notification from Haveli Home"],
        )
        p.part = "head"
        top(p, pick(p, "title", [HAVELI, "Haveli Home"]))
        p.add("small", "Kala Ghoda, Mumbai  |  Bill Payment")
        p.add("rule")
        p.part = "body"
        prose(p, "Dear Partner, a payment has been made to you against the bills below. Details follow.")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        p.add("left", f"Bill Payment #{doc}", txn=(INVOICE_RANK, doc))
        label(p, "Primary Information")
        payee = rng.choice([FIRM, FIRM_SHORT])
        kvr(p, "Payee", payee, merchant=payee)
        kvr(p, "Date", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), date=j.date)
        kvr(p, "Account", f"HDFC Bank Current - {digits(rng, 4)}", method="netbanking")
        kvr(p, "Amount", rs(j.amount), amount=j.amount, status=status)
        kvr(p, "Memo", f"{way} UTR {utr}", txn=(UTR_RANK, utr))
        label(p, "Apply")
        spec = [(0.0, 0.44, "l"), (0.44, 0.72, "r"), (0.72, 1.0, "r")]
        cols(p, "nsh", spec, "Bill", "Orig. Amt.", "Payment", mode="line")
        for no_, _day, v in bills_for(rng, j, rng.randrange(1, 4), "GMI"):
            cols(p, "nsl", spec, no_, num(v), num(v), mode="line")
        p.add("small", "This message was sent from Oracle NetSuite. Please do not reply.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "corporate.pnbibanking.in/CorporateBanking/approvals/pending")
        p.part = "head"
        top(p, "Punjab National Bank")
        p.add("small", f"Corporate Internet Banking  |  {RAJPUTANA}")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Fund Transfer  -  {neft_or_rtgs(j.amount)}")
        pill(p, "Awaiting approval (Level 2)", status, align="l")
        p.add("gap")
        hour = rng.randrange(10, 16)
        zebra(
            p,
            "pna",
            [(0.0, 0.16, "l"), (0.16, 0.48, "l"), (0.48, 0.78, "l"), (0.78, 1.0, "r")],
            ["Level", "User", "Action", "Time"],
            [
                (["Maker", "rhh.accounts", "Initiated", f"{hour:02d}:{rng.randrange(60):02d}"], {}),
                (["1", "r.mathur", "Approved", f"{hour + 1:02d}:{rng.randrange(60):02d}"], {}),
                (["2", "a.singh", "Pending", "-"], {}),
            ],
            (150, 20, 40),
        )
        p.add("gap")
        ref = f"PNBC{digits(rng, 10)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Transaction Ref.", ref, at=0.42, txn=(BANK_RANK, ref))
        dots(p, "Beneficiary", name, at=0.3, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Mode", neft_or_rtgs(j.amount), at=0.4, method="netbanking")
        dots(p, "Value Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.4, date=j.date)
        return p.done()
    if k == 3:
        p = sheet(rng, font, [820, 860])
        h275.greenbar(p)
        p.part = "head"
        typed(p, MUGHAL_EXP.upper(), scale=1.0)
        typed(p, "PLOT 14, OKHLA INDL. AREA PH-II, NEW DELHI-110020")
        typed(p, "-" * 40)
        typed(p, "PAYMENT ADVICE", scale=1.0)
        p.part = "body"
        adv = f"PA/{fy(j.date)}/{rng.randrange(100, 990)}"
        typed(p, f"ADVICE NO : {adv}")
        typed(p, f"DATE      : {when(j.date, '%d/%m/%Y')}", date=j.date)
        payee = clip(FIRM_CAPS, 28)
        typed(p, f"PAYEE     : {payee}", merchant=payee)
        typed(p, "-" * 40)
        typed(p, "BILL NO            BILL DATE        AMOUNT")
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "GMI"):
            typed(p, f"{no_:<18} {when(day, '%d/%m/%y'):<10} {v:>12,.2f}")
        typed(p, "-" * 40)
        typed(p, f"NET PAID  : {j.amount:,.2f}", amount=j.amount, status=status)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Axis Bank", way)
        typed(p, f"MODE      : {way}", method="netbanking")
        typed(p, f"UTR NO    : {utr}", txn=(UTR_RANK, utr))
        typed(p, "-" * 40)
        typed(p, "THIS IS A COMPUTER GENERATED ADVICE.")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(60, 900) * 250)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["paper"] = (252, 250, 252)
        p.part = "head"
        h269.kind(p, "sl0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["sl0"] = 1.1
        h269.row(p, "sl0", "# vendor-payments")
        p.add("small", f"Slack  |  {DESIGNWALA}, Bengaluru  |  14 members")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 18)
        h269.kind(p, "sl1", [(0.0, 0.55, "l"), (0.55, 1.0, "l")], "plain", bold=(0,))
        h269.row(p, "sl1", "Meghna Rao", hour12(hour, rng.randrange(60)))
        name = pick(p, "left", [FIRM, FIRM_SHORT])
        utr = utr_of(rng, j, "ICICI Bank", "NEFT")
        prose(
            p,
            f"Paid {rupee_of(p.font)}{num(j.amount, 'indian', 0)} to {name} via NEFT for the inlaid wall "
            "plates "
            "and coasters for the hotel lobby.",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
        note(p, "2 replies  |  Last reply today")
        p.add("gap")
        h269.row(p, "sl1", "Karthik S", hour12(hour + 1, rng.randrange(60)))
        p.add("left", f"Thanks, I've mailed {EXPORTS.split()[0]} in Agra.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "bobworld.bankofbaroda.co.in/business/payments/status")
        p.part = "head"
        top(p, "bob World Business")
        p.add("small", f"Bank of Baroda  |  {LKO}, Lucknow")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "NEFT returned", status)
        h273.track(p, ["Initiated", "Sent", "Returned"], "ddf")
        boxed(
            p,
            "The beneficiary's bank returned this NEFT: the account is a dormant account. The amount has "
            "been "
            "credited back to your account.",
            "error",
        )
        tref = f"BARBN{digits(rng, 11)}"
        name = rng.choice([FIRM_CAPS, CUT])
        at = 0.4
        gutter(p, "bb", "Transaction Ref No.", tref, at=at, txn=(BANK_RANK, tref))
        gutter(p, "bb", "Beneficiary", clip(name, 26), at=at, merchant=clip(name, 26))
        gutter(p, "bb", "Amount", rs(j.amount), at=at, amount=j.amount, method="netbanking")
        gutter(p, "bb", "Value Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
        gutter(p, "bb", "Return Reason", "R18 - account dormant", at=at)
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(30, 240) * 500)
        p = browser_page(rng, font, "outlook.office.com/mail/inbox/id/AAQkAGU2")
        p.part = "head"
        p.add("title", "Payment for the marble gift boxes")
        p.add("small", f"Accounts - Gift Tree <accounts@gifttree.co.in>  |  To: {EXPORTS}")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {EXPORTS.split()[0]},")
        name = rng.choice([FIRM, FIRM_SHORT])
        prose(
            p,
            f"We have transferred Rs. {num(j.amount, 'indian', 0)} to {name} by NEFT on "
            f"{when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))} against the order below. Kindly confirm "
            "on "
            "receipt.",
            amount=j.amount,
            merchant=name,
            date=j.date,
            method="netbanking",
            status=status,
        )
        grid(
            p,
            "gt",
            [(0.0, 0.34, "l"), (0.34, 0.68, "l"), (0.68, 1.0, "r")],
            ["PO No.", "Invoice No.", "Amount"],
            [([f"GT/PO/{digits(rng, 4)}", f"GMI/{fy(j.date)}/{rng.randrange(100, 900)}", num(j.amount)], {})],
        )
        p.add("left", "Regards,")
        p.add("left", "Nitin Arora, Accounts")
        p.add("small", f"{GIFTING}, Sector 44, Gurugram")
        return p.done()
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    top(p, pick(p, "title", [SAWAI, "Hotel Sawai Mahal"]))
    p.add("small", "M.I. Road, Jaipur - 302001  |  GSTIN " + gstin_of(rng, "08", "C"))
    p.add("rule")
    p.add("center", "PAYMENT ADVICE")
    p.part = "body"
    vno = f"PV/{rng.randrange(100, 990)}"
    spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(
        p,
        "bz0",
        spec,
        f"Voucher No. {vno}",
        f"Date {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
        date=j.date,
        txn=(INVOICE_RANK, vno),
    )
    name = pick(p, "left", [f"Paid to: {FIRM}", f"Paid to: {FIRM_SHORT}"])[9:]
    p.add("left", f"Paid to: {name}", merchant=name)
    spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
    cols(p, "bzh", spec2, "Particulars", "Amount", mode="line")
    for no_, day, v in bills_for(rng, j, rng.randrange(1, 3), "GMI"):
        cols(p, "bzl", spec2, f"Bill {no_} dt. {when(day, '%d/%m/%Y')}", num(v), mode="line")
    h271.amtbox(p, "Amount Rs.", num(j.amount, "indian"), by_hand=False, at=0.4, amount=j.amount)
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "ICICI Bank", way)
    spec3 = [(0.0, 0.24, "l"), (0.24, 1.0, "l")]
    h271.colkv(p, "bzm", spec3, "Mode :", way, method="netbanking", status=status)
    h271.colkv(p, "bzm", spec3, "UTR No. :", utr, txn=(UTR_RANK, utr))
    p.add("gap")
    sig(p)
    p.add("right", "Accounts Officer")
    p.add("small", "Printed from BUSY")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Galerie Marbre & Lumière SARL", "Paris, France", "EUR", 900, 12000, "bnp"),
    ("Kensington Antiques & Interiors Ltd", "London, United Kingdom", "GBP", 800, 9000, "natwest"),
    ("Dar Al Fann Interiors Co.", "Riyadh, Saudi Arabia", "SAR", 4000, 48000, "alrajhi"),
    ("Maple & Marble Decor Inc.", "Toronto, Canada", "CAD", 1200, 14000, "td"),
    ("Raffles Row Hospitality Pte Ltd", "Singapore", "SGD", 1500, 16000, "uob"),
    ("Form & Sten Design AB", "Stockholm, Sweden", "SEK", 10000, 120000, "handelsbanken"),
    ("Lone Star Stone & Tile LLC", "Dallas, Texas, USA", "USD", 1200, 15000, "bofa"),
    ("Palm Crescent Villas Interiors LLC", "Dubai, UAE", "AED", 4000, 50000, "mashreq"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: euros the French way (7 650,00 € or EUR 7 650,00); pounds with GBP
    or the pound's sign; Saudi riyals with SAR before or after; Canadian dollars with CAD or C$; Singapore
    dollars with SGD or S$; Swedish kronor the Swedish way (48 250,00 kr or SEK 48 250,00); US dollars with
    USD or $; UAE dirhams with AED before or after."""
    euro = "{n} \u20ac" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "EUR {n}"
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    forms = {
        "EUR": ["EUR {n}", euro],
        "GBP": ["GBP {v}", pound],
        "SAR": ["SAR {v}", "{v} SAR"],
        "CAD": ["CAD {v}", "C${v}"],
        "SGD": ["SGD {v}", "S${v}"],
        "SEK": ["SEK {n}", "{n} kr"],
        "USD": ["USD {v}", "${v}"],
        "AED": ["AED {v}", "{v} AED"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(v=english, n=english.replace(",", " ").replace(".", ","))

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Galleries, antique dealers, interiors houses, hotels and importers abroad paying the workshop for its
    inlaid table tops, plates, boxes and panels: BNP Paribas' Net Entreprises with an international transfer
    executed in euros the French way (Exécuté / Executed; each label's French and its English after a slash
    against a gutter: Référence / Reference, Bénéficiaire / Beneficiary, Montant / Amount, Date d'exécution /
    Execution date, Frais / Charges); NatWest's Bankline app with a payment sent in pounds ("Today, <hour>"; a
    scalloped badge, Payment sent, the sum, "to <payee>"; labels small over their values two to a row: Payment
    reference and Charges; Paying from; no day); Al Rajhi Bank's business banking under its Arabic name with
    an international transfer completed in riyals (Transfer Reference, Beneficiary Name, Amount, Transfer
    Date, Charges Type in dot leaders); TD Bank's Web Business with a wire returned in Canadian dollars under
    a red ribbon (the reason in a notice; Wire Reference, Beneficiary, Amount, Date Sent, Charges, Return
    Reason in a table ruled on every side); UOB Infinity's telegraphic transfer in Singapore dollars told in a
    sentence with no reference (a large round tick; "Your telegraphic transfer of <sum> to <payee> was
    completed on <day>."; Charges and From account at the left and the right); Handelsbanken's payment in
    Swedish kronor the Swedish way, its day in the ISO form (each label's Swedish and its English after a
    slash small over its value, two to a row: Mottagare / Beneficiary and Belopp / Amount, Betalningsdag /
    Payment date and Referens / Reference, Avgift / Charges and Status); Bank of America's CashPro with a wire
    pending approval in US dollars, the day month first (a capsule, its stages across the page, a notice; Wire
    ID:, Beneficiary:, Amount:, Value Date:, Charges: with colons); Mashreq NeoBiz' transfer receipt in UAE
    dirhams (Transfer successful; Transaction Reference, Beneficiary Name, Beneficiary Bank, Amount, Transfer
    Date, Charges in a table ruled on every side). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, city, cur, lo, hi_, frame = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "bnp":
        p = browser_page(rng, font, "netentreprises.bnpparibas.net/virements/international/detail")
        p.part = "head"
        top(p, "BNP Paribas")
        p.add("small", f"Net Entreprises  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Virement international / International transfer")
        p.add("left", "Ex\u00e9cut\u00e9 / Executed", status=status)
        p.add("gap")
        ref = f"VI{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([me, CUT])
        at = 0.5
        gutter(p, "bp", "R\u00e9f\u00e9rence / Reference", ref, at=at, txn=(BANK_RANK, ref))
        gutter(p, "bp", "B\u00e9n\u00e9ficiaire / Beneficiary", name, at=at, merchant=name)
        gutter(p, "bp", "Montant / Amount", show(j.amount), at=at, **sum_)
        gutter(
            p, "bp", "Date d'ex\u00e9cution / Execution date", when(j.date, "%d/%m/%Y"), at=at, date=j.date
        )
        gutter(p, "bp", "Frais / Charges", "SHA - partag\u00e9s", at=at, method="netbanking")
        return p.done()
    if frame == "natwest":
        p = phone(rng, font, k, ["", "Bankline"], dark=False, buttons=("Done",))
        band(p, (66, 36, 130))
        app_head(p, "NatWest Bankline", "International payments")
        p.add("small", f"Today, {hhmm(rng, twelve=False)}")
        h287.burst(p, status)
        p.add("center", "Payment sent", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"NWB{digits(rng, 10)}"
        two_up(
            p,
            "nw1",
            ("Payment reference", ref),
            ("Charges", "Shared (SHA)"),
            txn=(BANK_RANK, ref),
            method="netbanking",
        )
        p.add("gap")
        kvr(p, "Paying from", f"Business Current {masked(p.font, 4)}{digits(rng, 4)}")
        p.add("small", f"{payer}  |  {town}")
        return p.done()
    if frame == "alrajhi":
        p = browser_page(rng, font, "business.alrajhibank.com.sa/transfers/international/details")
        p.part = "head"
        urdu(p, "\u0645\u0635\u0631\u0641 \u0627\u0644\u0631\u0627\u062c\u062d\u064a", scale=1.2, arabic=True)
        top(p, "Al Rajhi Bank")
        p.add("small", f"Al Rajhi Business  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International Transfer  -  Completed", status=status)
        p.add("gap")
        ref = f"ARB{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([me, CUT])
        dots(p, "Transfer Reference", ref, at=0.42, txn=(BANK_RANK, ref))
        dots(p, "Beneficiary Name", name, at=0.36, merchant=name)
        dots(p, "Amount", show(j.amount), at=0.4, bold=True, **sum_)
        dots(p, "Transfer Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), at=0.4, date=j.date)
        dots(p, "Charges Type", "SHA (shared)", at=0.4, method="netbanking")
        p.add("small", "Purpose: import of inlaid marble furniture tops")
        return p.done()
    if frame == "td":
        p = browser_page(rng, font, "webbusiness.td.com/wires/outgoing/detail")
        p.part = "head"
        top(p, "TD Bank")
        p.add("small", f"TD Web Business Banking  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        h275.ribbon(p, "WIRE RETURNED", (186, 36, 44))
        p.add("gap")
        p.add("center", "International wire returned", status=status)
        boxed(
            p,
            "The beneficiary's bank returned this wire: the beneficiary account number is invalid. The "
            "funds, "
            "less charges, have been credited back to your account.",
            "error",
        )
        ref = f"TDW{digits(rng, 11)}"
        name = rng.choice([me, CUT])
        grid(
            p,
            "tdg",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Wire Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Beneficiary", name], {"merchant": name}),
                (["Amount", show(j.amount)], sum_),
                (["Date Sent", when(j.date, rng.choice(["{d} %b %Y", "%Y-%m-%d"]))], {"date": j.date}),
                (["Charges", "SHA (shared)"], {"method": "netbanking"}),
                (["Return Reason", "AC01 - incorrect account number"], {}),
            ],
        )
        return p.done()
    if frame == "uob":
        p = browser_page(rng, font, "infinity.uob.com.sg/payments/tt/status")
        p.part = "head"
        top(p, "UOB Infinity")
        p.add("small", f"United Overseas Bank  |  {payer}")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Telegraphic transfer successful", status=status)
        p.add("gap")
        name = rng.choice([me, FIRM_SHORT])
        prose(
            p,
            f"Your telegraphic transfer of {show(j.amount)} to {name} was completed on "
            f"{when(j.date, rng.choice(['{d} %B %Y', '%d/%m/%Y']))}.",
            merchant=name,
            date=j.date,
            **sum_,
        )
        p.add("gap")
        kvr(p, "Charges", "SHA (shared)", method="netbanking")
        kvr(p, "From account", f"UOB Business Account {masked(p.font)}{digits(rng, 4)}")
        return p.done()
    if frame == "handelsbanken":
        p = browser_page(rng, font, "secure.handelsbanken.se/foretag/betalningar/utland")
        p.part = "head"
        top(p, "Handelsbanken")
        p.add("small", f"Handelsbanken Företag  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Utlandsbetalning / Foreign payment")
        p.add("gap")
        ref = f"SHB{digits(rng, 10)}"
        name = rng.choice([FIRM_SHORT.upper(), CUT])
        two_up(
            p,
            "sh1",
            ("Mottagare / Beneficiary", name),
            ("Belopp / Amount", show(j.amount)),
            merchant=name,
            **sum_,
        )
        p.add("gap")
        two_up(
            p,
            "sh2",
            ("Betalningsdag / Payment date", when(j.date, "%Y-%m-%d")),
            ("Referens / Reference", ref),
            date=j.date,
            txn=(BANK_RANK, ref),
        )
        p.add("gap")
        two_up(
            p,
            "sh3",
            ("Avgift / Charges", "SHA - delad"),
            ("Status", "Genomförd / Completed"),
            method="netbanking",
            status=status,
        )
        return p.done()
    if frame == "bofa":
        p = browser_page(rng, font, "cashpro.bankofamerica.com/payments/wires/approvals")
        p.part = "head"
        top(p, "Bank of America")
        p.add("small", f"CashPro  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International wire")
        chip(p, "Pending approval", status)
        h289.steps(p, ["Created", "Approved", "Released", "Paid"], 1, status)
        boxed(p, "This wire needs one more approver before it is released to the beneficiary's bank.", "warn")
        ref = f"CP{digits(rng, 12)}"
        name = rng.choice([me, CUT])
        spec = [(0.0, 0.28, "l"), (0.28, 1.0, "l")]
        h271.colkv(p, "ba", spec, "Wire ID:", ref, txn=(BANK_RANK, ref))
        h271.colkv(p, "ba", spec, "Beneficiary:", name, merchant=name)
        h271.colkv(p, "ba", spec, "Amount:", show(j.amount), **sum_)
        h271.colkv(
            p, "ba", spec, "Value Date:", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"])), date=j.date
        )
        h271.colkv(p, "ba", spec, "Charges:", "Shared (SHA)", method="netbanking")
        return p.done()
    p = browser_page(rng, font, "neobiz.mashreq.com/transfers/receipt")
    p.part = "head"
    top(p, "Mashreq NeoBiz")
    p.add("small", f"Mashreq Bank  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("center", "Transfer successful", status=status)
    p.add("gap")
    ref = f"MSQ{j.date:%y%m%d}{digits(rng, 7)}"
    name = rng.choice([me, CUT])
    grid(
        p,
        "msq",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        None,
        [
            (["Transaction Reference", ref], {"txn": (BANK_RANK, ref)}),
            (["Beneficiary Name", name], {"merchant": name}),
            (["Beneficiary Bank", "PUNJAB NATIONAL BANK, AGRA"], {}),
            (["Amount", show(j.amount)], sum_),
            (["Transfer Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"]))], {"date": j.date}),
            (["Charges", "SHA"], {"method": "netbanking"}),
        ],
    )
    return p.done()


# ---------------------------------------------------------------- 4. the workshop's own papers


LUCKNOW = ("Mr. Alok Saxena", "Gomti Nagar, Lucknow, Uttar Pradesh", "Uttar Pradesh (09)")
PATRONS = [
    ("Hotel Mumtaz Residency, Agra", "Hotel Mumtaz"),
    ("St. Peter's College, Agra", "St. Peter's College"),
    ("Agra Heritage Walks Pvt. Ltd.", "Agra Heritage Walks"),
    ("Dr. Sameer Khan, Civil Lines, Agra", "Dr. Sameer Khan"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's own papers, its emporium or itself on top: Gulnaqsh Emporium's TAX INVOICE under a
    pietra dura medallion, its Hindi and Urdu names and a strip of inlaid marble, to a Lucknow buyer (Invoice
    No. and Date, Buyer and Place of Supply at the left and the right; # | Item | HSN | Qty | Rate | Amount in
    a table ruled on every side; Taxable Value, CGST 2.5%, SGST 2.5% in dot leaders, Invoice Total under a
    rule and a double rule; the sum in words; "Payment received by UPI, RRN ..."; its hologram sticker;
    slivers of stone and a bow saw in its margins); the Taj Mahotsav stall's CASH MEMO in the Mahotsav's days,
    photographed lying on a marble table top (the emporium's Hindi and Urdu names over its English, "ताज
    महोत्सव, शिल्पग्राम" (Taj Mahotsav, Shilpgram), "नकद मेमो" (cash memo); Date and Name in form lines in
    Hindi and Urdu; the pieces written in a Hindi hand on ruled lines with their sums, "कुल" (total), "नकद
    प्राप्त" (cash received); no reference); PayU's checkout for the web shop with the payment pending (the
    shop on top, the sum, a spinner, a notice; Transaction ID, Order ID, Payment mode, Date & Time in a table
    ruled on every side); Khatabook on the emporium's phone ("Today, <hour>"; the emporium under the app; You
    got and the sum on a tinted panel, "from <customer>"; Payment mode, UPI Ref and Balance at the left and
    the right; no day); Instamojo's payment link for a hotel's order with a card payment failed under a large
    round cross (the shop on top, the reason in a notice; Payment ID, Amount, Method and Attempted on in
    shaded labels); the workshop's ADVANCE RECEIPT for a commissioned piece (No. struck in red; its fields in
    form lines in Hindi and Urdu written in: दिनांक / Date / تاریخ, प्राप्त किया / Received from / وصول کیا,
    राशि / Amount / رقم, बाबत / Towards / بابت, माध्यम / Mode / ذریعہ, संदर्भ सं. / UPI Ref / حوالہ نمبر; the
    sum in words; the firm's round seal and a partner's signature); Jaypore's payout mail for the emporium's
    orders (Payout processed, its sentence; Seller, Payout ID, UTR, Payout amount, Credited to, Payout date,
    Orders, Commission & fees in a striped table); the emporium's bill from LOGIC ERP on a three-inch roll
    (BILL NO and DATE; the pieces, SUB TOTAL, CGST 2.5%, SGST 2.5%, NET AMOUNT typed in the printer's face;
    PAYMODE : UPI and its RRN). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=1500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [880, 920])
        p.part = "head"
        medallion(p)
        hi(p, SHOP_HI, bold=True, scale=1.05)
        urdu(p, SHOP_UR, scale=1.05)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}")
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}  |  {WEB}")
        inlay_band(p)
        p.part = "body"
        p.add("center", "TAX INVOICE")
        ino = f"GE/{fy(j.date)}/{rng.randrange(80, 1600):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        who, where, pos = LUCKNOW
        cols(
            p,
            "ti0",
            spec,
            f"Invoice No.: {ino}",
            f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, ino),
            date=j.date,
        )
        cols(p, "ti0", spec, f"Buyer: {who}", f"Place of Supply: {pos}")
        p.add("left", where)
        lines, taxable = [], 0.0
        for n_, (item, hsn, q, price) in enumerate(works(rng, rng.randrange(2, 5))):
            value = round(q * price, 2)
            taxable += value
            lines.append(([str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value)], {}))
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "tig",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.4, "l"),
                (0.4, 0.52, "c"),
                (0.52, 0.6, "c"),
                (0.6, 0.8, "r"),
                (0.8, 1.0, "r"),
            ],
            ["#", "Item", "HSN", "Qty", "Rate", "Amount"],
            lines,
        )
        dots(p, "Taxable Value", num(taxable), at=0.6)
        dots(p, "CGST 2.5%", num(gst), at=0.6)
        dots(p, "SGST 2.5%", num(gst), at=0.6)
        total(p, "Invoice Total", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add(
            "left",
            f"Payment received by UPI, RRN {j.ref}",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        holo(p, "HANDMADE IN AGRA")
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        chips(p)
        return p.done()
    if k == 1:
        season(j, rng, MAHOTSAV, MAHOTSAV_DAYS)
        p = sheet(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 247, 236), (246, 244, 232)])
        p.part = "head"
        hi(p, SHOP_HI, bold=True, scale=1.1)
        urdu(p, SHOP_UR, scale=0.95)
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        hi(p, "ताज महोत्सव, शिल्पग्राम, आगरा", scale=0.82, soft=True)
        p.add("rule")
        hi(p, "नकद मेमो", bold=True)
        p.part = "body"
        buyer = rng.choice(CUSTOMERS).split(". ")[-1]
        day_ = when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"]))
        hu_line(p, "दिनांक", "Date", "تاریخ", day_, date=j.date)
        hu_line(p, "नाम", "Name", "نام", hu_fit(p, "नाम", "Name", "نام", [buyer, buyer.split()[0]]))
        start = len(p.rows)
        p.add("gap")
        total_ = 0
        for item, _hsn, q, price in works(rng, rng.randrange(2, 4), high=3000):
            price = float(round(price / 50) * 50)
            v = int(q * price)
            total_ += v
            hi_hand(p, f"{SHORT_HI[item]} {q} x {int(price)}", figure=str(v))
        j.amount = float(total_)
        hi_hand(p, "कुल", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76], margin=None)
        p.add("gap")
        hi_hand(p, "नकद प्राप्त", method="cash", status=status)
        sig(p)
        hi(p, "गुलनक़्श एम्पोरियम की ओर से", align="r", scale=0.85)
        on_slab(p)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "secure.payu.in/_payment/status")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by PayU")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, (226, 160, 40))
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        boxed(
            p,
            "We are waiting for your bank to confirm this payment. Please do not pay again; your order will "
            "be "
            "confirmed by e-mail once the bank replies.",
            "warn",
        )
        pid = str(rng.randrange(20000000000, 29999999999))
        oid = f"GQ{j.date:%y%m%d}{digits(rng, 4)}"
        at = 0.38
        gkv(p, "pu", "Transaction ID", pid, at=at, txn=(TXN_RANK, pid))
        gkv(p, "pu", "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
        gkv(p, "pu", "Payment mode", "Net Banking - PNB", at=at, method="netbanking")
        gkv(
            p, "pu", "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=at, date=j.date
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Khatabook"], dark=False, buttons=("Share receipt",))
        band(p, (24, 96, 200))
        app_head(p, "Khatabook", "Customer payment")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        h273.panel(p, "You got", rs(j.amount), (30, 140, 80), amount=j.amount, status=status)
        who = rng.choice(["Hotel Mumtaz", "Nazia Parveen", "Taj Curio Corner"])
        p.add("center", f"from {who}")
        p.add("gap")
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Balance", f"{rupee_of(p.font)}0 (settled)")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(60, 320) * 50)
        p = browser_page(rng, font, "www.instamojo.com/@gulnaqsh/payment/status")
        p.part = "head"
        name = pick(p, "title", [SHOP, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", "Payment link  |  Order: inlaid lobby plates for a hotel")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card issuer declined this payment (3-D Secure authentication failed). You have not been "
            "charged.",
            "error",
        )
        pid = f"MOJO{j.date:%y%m}{code(rng, 10, UPPER + '0123456789')}"
        at = 0.36
        kv(p, "Payment ID", pid, at=at, txn=(TXN_RANK, pid))
        kv(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        kv(p, "Method", f"Mastercard Credit XX{digits(rng, 4)}", at=at, method="card")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(10, 90) * 1000)
        p = sheet(rng, font, [840, 880])
        p.style["paper"] = rng.choice([(250, 246, 234), (246, 246, 238)])
        p.part = "head"
        hi(p, FIRM_HI, bold=True)
        urdu(p, FIRM_UR, scale=0.95)
        name = pick(p, "title", [FIRM, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{KARKHANA_AT}  |  GSTIN {GSTIN}")
        p.add("rule")
        p.add("center", "ADVANCE RECEIPT")
        p.part = "body"
        one_pen(p)
        no_ = str(rng.randrange(120, 1600))
        h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
        p.add("gap")
        patron, _short = rng.choice(PATRONS)
        day_ = when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"]))
        hu_line(p, "दिनांक", "Date", "تاریخ", day_, date=j.date)
        hu_line(
            p,
            "प्राप्त किया",
            "Received from",
            "وصول کیا",
            hu_fit(p, "प्राप्त किया", "Received from", "وصول کیا", [patron, _short]),
        )
        hu_line(p, "राशि", "Amount", "رقم", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hu_line(
            p,
            "बाबत",
            "Towards",
            "بابت",
            hu_fit(p, "बाबत", "Towards", "بابت", ["advance, inlaid table top", "advance, inlay panel"]),
        )
        hu_line(p, "माध्यम", "Mode", "ذریعہ", "UPI", method="UPI", status=status)
        hu_line(p, "संदर्भ सं.", "UPI Ref", "حوالہ نمبر", j.ref, txn=(UTR_RANK, j.ref))
        prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
        h269.seal(p, "GULNAQSH MARBLE INLAY WORKS", ["TAJ GANJ", "AGRA"], "violet")
        sig(p)
        p.add("right", "Partner")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 12000, 160000, 0.1)
        p = mail_page(
            rng,
            font,
            "Jaypore Seller Payments <sellerpayments@jaypore.com>",
            ["Your payout has been processed", "Jaypore: payout credited to your bank account"],
        )
        p.part = "head"
        top(p, "JAYPORE")
        p.add("small", "Seller Hub  |  Payouts")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payout processed", status=status)
        store = rng.choice([SHOP, "Gulnaqsh Inlay"])
        prose(
            p,
            f"Dear {store}, your payout for the orders delivered in the last cycle has been credited to your "
            "registered bank account.",
        )
        pid = f"JP-PO-{digits(rng, 8)}"
        utr = utr_of(rng, j, "HDFC Bank", "NEFT")
        zebra(
            p,
            "jp",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Payout summary", ""],
            [
                (["Seller", store], {"merchant": store}),
                (["Payout ID", pid], {"txn": (TXN_RANK, pid)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Payout amount", rs(j.amount)], {"amount": j.amount}),
                (["Credited to", f"Punjab National Bank XX{digits(rng, 4)}"], {"method": "netbanking"}),
                (["Payout date", day_as(j, rng, ["%d %b %Y", "{d} %B %Y"])], {"date": j.date}),
                (["Orders", str(rng.randrange(3, 30))], {}),
                (["Commission & fees", num(round(j.amount * rng.uniform(0.12, 0.2), 2))], {}),
            ],
            (160, 40, 60),
        )
        p.add("small", "Jaypore E-commerce Pvt. Ltd.  |  This is an automated mail.")
        return p.done()
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Fatehabad Road, Taj Ganj, Agra")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    bno = f"GE{rng.randrange(1200, 9800)}"
    typed(p, f"BILL NO : {bno}", txn=(INVOICE_RANK, bno))
    typed(p, f"DATE    : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    p.add("rule")
    sub = 0.0
    cols_ = h271.tt_cols(p)
    for item, _hsn, q, price in works(rng, rng.randrange(2, 4), high=4000):
        typed(p, SHORT[item].upper())
        left = f"  {q} x {price:.2f}"
        right_ = f"{q * price:.2f}"
        typed(p, left + right_.rjust(max(1, cols_ - len(left) - 2)))
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    for lbl, v in (("SUB TOTAL", sub), ("CGST 2.5%", gst), ("SGST 2.5%", gst)):
        typed(p, lbl + f"{v:.2f}".rjust(max(1, cols_ - len(lbl) - 2)))
    typed(p, "NET AMOUNT" + f"{j.amount:.2f}".rjust(max(1, cols_ - 12)), amount=j.amount)
    p.add("rule")
    typed(p, "PAYMODE : UPI", method="UPI", status=status)
    typed(p, f"RRN     : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Thank you! Visit again  |  LOGIC ERP")
    return p.done()


# ---------------------------------------------------------------- 5. the workshop's suppliers


MARBLE_DEALER = "SHREE GANESH MARBLE SUPPLIERS"
SLICER = "Abdul Wahid"
INDUSTRY_SELLER = "Khan Abrasives & Tools"
GEM_DEALER = "JOHARI GEMS & MINERALS"
DTDC = "DTDC"
PRINTO = "Printo"
HARDWARE = "Agra Hardware & Tools"
PACKER = "TAJ WOOD CRATE WORKS"
MARBLES = [
    ("Makrana white marble block (Albeta)", "2515", 5200, 7800),
    ("Makrana marble slab 18 mm, Adanga", "2515", 3600, 5400),
    ("Makrana marble slab 25 mm, Dungri", "2515", 3000, 4600),
    ("Black marble slab 18 mm (Bhainslana)", "2515", 2200, 3400),
]
GEMS = [
    ("Lapis lazuli slices, 3 mm", "7103", 2400, 4200),
    ("Carnelian slices, 3 mm", "7103", 900, 1600),
    ("Malachite slices, 3 mm", "7103", 1800, 3200),
    ("Mother of pearl sheets", "7103", 1200, 2200),
    ("Turquoise slices, 2 mm", "7103", 2600, 4400),
    ("Yellow jasper slices, 3 mm", "7103", 700, 1300),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's suppliers, each on top of its own paper: a Makrana marble dealer's TAX INVOICE for
    blocks and slabs (Invoice No. beside its earlier Date; Description | HSN | Sq. ft. | Rate | Amount on
    hairline rows; IGST 5% and Total in dot leaders) with the workshop's PAID stamp on it at the right, its
    blanks filled in by the accountant's hand (Date, Mode, UTR); a Taj Ganj stone slicer's chit in an Urdu
    hand (his name in Latin letters at its head; "تاریخ" (date) and the day written at the left; "عقیق" /
    carnelian, "لاجورد" / lapis and "سیپ" / mother of pearl slices by the piece with their sums in the column
    at the LEFT, the page read from the right, "کل" (total), "نقد وصول پایا" (received cash); no reference);
    IndustryBuying's order of carborundum, emery and diamond blades with the payment pending (a progress bar,
    a notice; Order ID, Sold by, Amount, Payment, Ordered on in a striped table); a Jaipur gem dealer's TAX
    INVOICE for stone slices (Invoice No. and its earlier Date; # | Description | HSN | Kg | Rate | Amount in
    a table ruled on every side; IGST 3% and Total; its box "For office use - payment received" filled in by
    its clerk's hand: "By IMPS, Ref ...", "on <day>"; its oval RECEIVED stamp); DTDC's booking receipt from
    its Agra franchise counter (a barcode; Consignment No. and Date, Origin and Destination, Pieces and
    Weight, Freight and Fuel surcharge, GST 18% and Total, Paid by and UPI Ref two pairs to a row in a table
    ruled on every side); Printo's checkout for certificates of authenticity and gift cards with the card
    payment failed under a tile's cross (the reason in a notice; Order No., Items, Amount, Card, Attempted on
    at the left and the right); an Agra hardware shop's WhatsApp Business chat under its "Today" divider (the
    shop with its verified tick on top; its order card: Order #, the items, Total; its message "Payment
    received, thank you" with the sum, UPI and its Ref; no day); an Agra crate maker's TAX INVOICE from
    Refrens (Invoice # and its earlier Invoice Date; Item | Qty | Rate | Amount in a striped table; CGST 9%,
    SGST 9% and Total in dot leaders; Payment Received on a tinted panel; Paid via:, Reference: and Payment
    Date: with colons; Balance Due). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=2000, high=160000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        top(p, MARBLE_DEALER, merchant=MARBLE_DEALER)
        p.add("small", "Makrana marble blocks and slabs  |  Station Road, Makrana, Rajasthan - 341505")
        p.add("small", f"GSTIN {gstin_of(rng, '08', 'P')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"SGM/{fy(j.date)}/{rng.randrange(100, 2400)}"
        inv_day = earlier(rng, j, 6, 24)
        cols(
            p,
            "md0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM}, {TOWN}")
        spec = [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.68, "r"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        cols(p, "mdh", spec, "Description", "HSN", "Sq. ft.", "Rate", "Amount", mode="line")
        taxable = 0.0
        for name, hsn, lo, hi_ in rng.sample(MARBLES, rng.randrange(1, 4)):
            sq = rng.randrange(8, 60)
            rate = float(rng.randrange(lo // 10, hi_ // 10) * 10) / 10
            v = round(sq * rate, 2)
            taxable += v
            cols(p, "mdl", spec, name, hsn, str(sq), num(rate), num(v), mode="line")
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        dots(p, "IGST 5%", num(gst), at=0.6)
        dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Punjab National Bank", way)
        paid_stamp(
            p,
            [
                ("Date", when(j.date, rng.choice(["%d/%m/%y", "{d}.%m.%Y"])), {"date": j.date}),
                ("Mode", way, {"method": "netbanking", "status": status}),
                ("UTR", utr, {"txn": (UTR_RANK, utr)}),
            ],
            rng.choice(["red", "violet"]),
        )
        p.add("gap")
        return p.done()
    if k == 1:
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 240), (244, 242, 232)])
        h287.decor(p, "squared")
        p.part = "head"
        p.add("gap")
        hand(p, f"{SLICER}  -  stone cutting, Nai ki Mandi", merchant=SLICER)
        p.part = "body"
        ur_hand(p, "تاریخ", figure=when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])), date=j.date)
        ur_hand(p, "بنام گل نقش")
        total_ = 0
        for word, lo, hi_ in rng.sample(
            [("عقیق کی سلیں", 25, 40), ("لاجورد کی سلیں", 60, 90), ("سیپ کی سلیں", 30, 50)],
            rng.randrange(2, 4),
        ):
            n_ = rng.randrange(20, 90)
            rate = rng.randrange(lo, hi_)
            total_ += n_ * rate
            ur_hand(p, f"{word} {n_} عدد", figure=str(n_ * rate))
        j.amount = float(total_)
        ur_hand(p, "کل", figure=f"{total_}/-", amount=j.amount)
        ur_hand(p, "نقد وصول پایا  -  عبدالواحد", method="cash", status=status)
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 2500, 26000, 0.2)
        p = browser_page(rng, font, "www.industrybuying.com/account/orders/detail")
        p.part = "head"
        top(p, "IndustryBuying")
        p.add("small", "Order details  |  Abrasives & cutting tools")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment pending", status=status)
        h294.progress(p, rng.uniform(0.3, 0.5), status)
        boxed(
            p,
            "Your bank has not confirmed this payment yet. We will ship your order once it is confirmed; if "
            "it "
            "fails, any amount debited will be refunded in 5-7 days.",
            "warn",
        )
        oid = f"IB{j.date:%y}{digits(rng, 8)}"
        zebra(
            p,
            "ib",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Order summary", ""],
            [
                (["Order ID", oid], {"txn": (ORDER_RANK, oid)}),
                (["Sold by", INDUSTRY_SELLER], {"merchant": INDUSTRY_SELLER}),
                (["Items", "Carborundum powder, emery, diamond blades"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment", "Net Banking (PNB)"], {"method": "netbanking"}),
                (["Ordered on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
            (240, 120, 30),
        )
        return p.done()
    if k == 3:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        top(p, GEM_DEALER, merchant=GEM_DEALER)
        p.add("small", "Semi-precious stones for inlay  |  Haldiyon ka Rasta, Johari Bazaar, Jaipur - 302003")
        p.add("small", f"GSTIN {gstin_of(rng, '08', 'F')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"JGM/{rng.randrange(400, 3800)}"
        inv_day = earlier(rng, j, 4, 20)
        cols(
            p,
            "gd0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(inv_day, '%d-%m-%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM}, Agra (UP)")
        lines, taxable = [], 0.0
        for n_, (name, hsn, lo, hi_) in enumerate(rng.sample(GEMS, rng.randrange(2, 5))):
            kg = rng.randrange(2, 16) / 2
            rate = float(rng.randrange(lo // 10, hi_ // 10) * 10)
            v = round(kg * rate, 2)
            taxable += v
            lines.append(([str(n_ + 1), name, hsn, f"{kg:.1f}", num(rate), num(v)], {}))
        gst = round(taxable * 0.03, 2)
        j.amount = round(taxable + gst, 2)
        grid(
            p,
            "gdg",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.46, "l"),
                (0.46, 0.56, "c"),
                (0.56, 0.64, "r"),
                (0.64, 0.82, "r"),
                (0.82, 1.0, "r"),
            ],
            ["#", "Description", "HSN", "Kg", "Rate", "Amount"],
            lines,
        )
        dots(p, "IGST 3%", num(gst), at=0.6)
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        label(p, "For office use  -  payment received")
        hand(p, f"By IMPS, Ref {j.ref}", method="netbanking", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - Pawan", date=j.date)
        h287.oval(p, ["JOHARI GEMS", "RECEIVED", "JAIPUR"], "blue", at=0.7, rows_=3)
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(180, 2600))
        p = sheet(rng, font, [760, 800])
        p.part = "head"
        top(p, DTDC, merchant=DTDC)
        p.add("small", "DTDC Express Ltd.  |  Franchise: Taj Ganj, Agra (AGR-TG)")
        p.add("small", "BOOKING RECEIPT")
        p.add("rule")
        p.part = "body"
        cn = f"{rng.choice('DVZ')}{digits(rng, 8)}"
        h269.bars(p, cn)
        p.add("center", cn)
        freight = round(j.amount / 1.18 * rng.uniform(0.8, 0.9), 2)
        fuel = round(j.amount / 1.18 - freight, 2)
        gst = round(j.amount - freight - fuel, 2)
        grid(
            p,
            "dt",
            [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")],
            None,
            [
                (["Consignment No.", cn, "Date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
                (
                    [
                        "Origin",
                        "AGRA",
                        "Destination",
                        rng.choice(["MUMBAI", "BENGALURU", "JAIPUR", "KOLKATA"]),
                    ],
                    {},
                ),
                (
                    [
                        "Pieces",
                        str(rng.randrange(1, 4)),
                        "Weight",
                        f"{rng.randrange(2, 40)}.{rng.randrange(10)} kg",
                    ],
                    {},
                ),
                (["Freight", num(freight), "Fuel surcharge", num(fuel)], {}),
                (["GST 18%", num(gst), "Total", num(j.amount)], {"amount": j.amount}),
                (
                    ["Paid by", "UPI", "UPI Ref", j.ref],
                    {"method": "UPI", "status": status, "txn": (UTR_RANK, j.ref)},
                ),
            ],
        )
        p.add("small", "Track at dtdc.in  |  Subject to the terms overleaf")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 1800, 16000, 0.3)
        p = browser_page(rng, font, "printo.in/checkout/payment")
        p.part = "head"
        top(p, PRINTO, merchant=PRINTO)
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your bank declined this card payment (card not enabled for online use). Your order has not been "
            "placed and you have not been charged.",
            "error",
        )
        oid = f"PRT{digits(rng, 8)}"
        kvr(p, "Order No.", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Items", "Authenticity cards x 500, gift cards")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Card", f"Visa Debit XX{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", f"{HARDWARE} {sign(p.font, chr(0x2714), '')}".strip(), merchant=HARDWARE)
        p.add("small", "Business account")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        s_ = len(p.rows)
        hour, minute = rng.randrange(9, 17), rng.randrange(0, 40)
        oid = str(rng.randrange(1200, 9800))
        p.add("left", f"Order #{oid}")
        lines = rng.sample(
            [
                ("Araldite 1.8 kg", 1450),
                ("Diamond file set", 680),
                ("Hacksaw blades (10)", 240),
                ("Emery paper (50)", 600),
                ("Bow saw wire (20 m)", 320),
                ("Safety goggles", 180),
            ],
            rng.randrange(2, 4),
        )
        total_ = 0
        for item, price in lines:
            q = rng.randrange(1, 4)
            total_ += q * price
            note(p, f"{item} x{q}  {rupee_of(p.font)}{q * price}")
        j.amount = float(total_)
        p.add("left", f"Total {rupee_of(p.font)}{num(j.amount, 'indian', 0)}")
        h273.bubble(p, s_, hour12(hour, minute, lower=True))
        p.add("gap")
        s2 = len(p.rows)
        prose(
            p,
            f"Payment received, thank you! {rupee_of(p.font)}{num(j.amount, 'indian', 0)} by UPI, Ref "
            f"{j.ref}.",
            amount=j.amount,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        h273.bubble(p, s2, hour12(hour + rng.randrange(1, 4), rng.randrange(0, 60), lower=True))
        return p.done()
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, PACKER, merchant=PACKER)
    p.add("small", "Wooden crates and export packing  |  Sikandra, Agra - 282007")
    p.add("small", f"GSTIN {gstin_of(rng, '09', 'P')}")
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    ino = f"TWC-{rng.randrange(100, 2200):05d}"
    cols(
        p,
        "pk0",
        [(0.0, 0.56, "l"), (0.56, 1.0, "r")],
        f"Invoice # {ino}",
        f"Invoice Date {when(earlier(rng, j, 3, 18), '%d %b %Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Bill To: {FIRM}")
    lines, taxable = [], 0.0
    for item, lo, hi_ in rng.sample(
        [
            ("Plywood crate, made to size", 650, 1400),
            ("Pinewood crate, export", 900, 1800),
            ("Foam sheet 25 mm", 140, 260),
            ("Bubble wrap roll", 380, 620),
            ("Corner guards (100)", 220, 360),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(2, 20)
        rate = float(rng.randrange(lo, hi_, 10))
        v = round(q * rate, 2)
        taxable += v
        lines.append(([item, str(q), num(rate), num(v)], {}))
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    zebra(
        p,
        "pkz",
        [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        ["Item", "Qty", "Rate", "Amount"],
        lines,
        (60, 70, 120),
    )
    dots(p, "CGST 9%", num(gst), at=0.6)
    dots(p, "SGST 9%", num(gst), at=0.6)
    dots(p, "Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
    h273.panel(p, "Payment Received", rs(j.amount), (40, 130, 110))
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    h271.colkv(p, "pkm", spec, "Paid via:", "IMPS", method="netbanking", status=status)
    h271.colkv(p, "pkm", spec, "Reference:", j.ref, txn=(UTR_RANK, j.ref))
    h271.colkv(p, "pkm", spec, "Payment Date:", when(j.date, "%d %b %Y"), date=j.date)
    dots(p, "Balance Due", f"{rupee_of(p.font)}0.00", at=0.6)
    p.add("small", "Invoice created with Refrens")
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (MARBLE_DEALER, "State Bank of India", "RTGS", 200000, 600000),
    (GEM_DEALER, "ICICI Bank", "NEFT", 20000, 160000),
    (SLICER.upper(), "Punjab National Bank", "UPI", 900, 9000),
    ("SHIVAM EXPRESS (DTDC)", "Bank of Baroda", "NEFT", 3000, 30000),
    (PACKER, "Canara Bank", "IMPS", 4000, 40000),
    (HARDWARE.upper(), "HDFC Bank", "IMPS", 1500, 18000),
    ("KHAN EMERY & ABRASIVES", "Union Bank of India", "NEFT", 5000, 60000),
    ("NOOR FRAME MAKERS", "Punjab National Bank", "UPI", 600, 9000),
]
BRANCH_BOB = "Bank of Baroda, Taj Ganj Branch, Agra"


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop paying its suppliers from its banks: Punjab National Bank's PNB ONE with an RTGS to the
    Makrana marble dealer (a tile's tick, Transaction Successful, the sum; Beneficiary, Account, IFSC, UTR,
    Date, Remarks in a table ruled on every side); Yes Bank's IRIS with a NEFT to the Jaipur gem dealer
    (Transfer successful in a capsule, the sum; each value over its label: Beneficiary, UTR, Date, Debited
    from); Amazon Pay's UPI payment to the stone slicer ("Today, <hour>"; a large round tick, Payment
    Successful, the sum, "to <payee>"; a copyable UPI Reference ID; Paid from; no day); RBL Bank's MoBank
    with a NEFT to the DTDC franchise in process (a capsule, its stages across the page, a notice; labels
    small over their values two to a row: Beneficiary and Amount, UTR and Initiated on); ICICI Bank's iMobile
    Pay with an IMPS to the crate maker on a scalloped badge (Beneficiary, IMPS Ref No., Date each in a
    read-only field's box); UCO Bank's mBanking Plus with an IMPS to the hardware shop failed on a tinted
    band (the sum, the reason in a notice; To :, Amount :, Transaction ID :, Date : with colons); Bank of
    Baroda's NEFT customer's receipt printed at its Taj Ganj branch counter in its printer's face (NEFT
    TRANSACTION RECEIPT, the lines typed: DATE, REMITTER, BENEFICIARY, A/C NO, IFSC, AMOUNT, COMMISSION, UTR
    NO, STATUS : SENT; the branch's rectangular stamp with its day); Freecharge's UPI payment to a frame
    maker with no reference (the payee's initials in a round badge, "Paid ₹x to <payee>", Successful, the day
    and hour; Paid from). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=3000, high=140000)
    to, bank_to, way, low, high = PAYEES_OUT[k]
    j.amount = rupees(rng, low, high, 0.7 if way == "UPI" else 0.4)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, ["", "PNB ONE"], dark=False, buttons=("Share", "Home"))
        band(p, (160, 20, 50))
        app_head(p, "PNB ONE", "Punjab National Bank  |  RTGS")
        h287.tile(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        utr = utr_of(rng, j, "Punjab National Bank", way)
        at = 0.34
        name = clip(to, 24)
        gkv(p, "po", "Beneficiary", name, at=at, merchant=name)
        gkv(p, "po", "Account", f"XXXXXXXX{digits(rng, 4)}", at=at)
        gkv(p, "po", "IFSC", f"{IFSC[bank_to]}0{digits(rng, 6)}", at=at)
        gkv(p, "po", "UTR", utr, at=at, txn=(UTR_RANK, utr), method=method)
        gkv(p, "po", "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
        gkv(p, "po", "Remarks", "marble blocks", at=at)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "IRIS by YES BANK"], dark=False, buttons=("Download", "Share"))
        band(p, (0, 60, 130))
        app_head(p, "IRIS by YES BANK", "Fund transfer  |  NEFT")
        pill(p, "Transfer successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        utr = utr_of(rng, j, "Yes Bank", way)
        name = h287.vname(p, [to, clip(to, 20)])
        vlab(p, "Beneficiary", name, merchant=name)
        vlab(p, "UTR", utr, bold=False, txn=(UTR_RANK, utr))
        vlab(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "Debited from", f"Current A/c XXXX{own4}", bold=False, method=method)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "amazon pay"], dark=False, buttons=("Share", "Done"))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("gap")
        copyrow(p, "UPI Reference ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid from", f"PNB {masked(p.font)}{own4}", method=method)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "RBL MoBank"], dark=False, buttons=("Refresh",))
        band(p, (30, 40, 120))
        app_head(p, "RBL MoBank", "RBL Bank  |  NEFT")
        chip(p, "In process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        h289.steps(p, ["Initiated", "Sent", "Credited"], 1, status)
        boxed(
            p,
            "Your NEFT has been sent to the beneficiary's bank and is awaiting credit. Please do not send it "
            "again.",
            "warn",
        )
        utr = utr_of(rng, j, "RBL Bank", way)
        name = clip(to, 22)
        two_up(p, "rb1", ("Beneficiary", name), ("Amount", rs(j.amount)), merchant=name)
        p.add("gap")
        two_up(
            p,
            "rb2",
            ("UTR", utr),
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            txn=(UTR_RANK, utr),
            date=j.date,
            method=method,
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "iMobile Pay"], dark=False, buttons=("Share", "Home"))
        band(p, (174, 40, 30))
        app_head(p, "iMobile Pay", "ICICI Bank  |  IMPS")
        h287.burst(p, status)
        p.add("center", "IMPS transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h273.field(p, "Beneficiary", to, merchant=to)
        h273.field(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method=method)
        h273.field(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "UCO mBanking Plus"], dark=False, buttons=("Retry",))
        band(p, (10, 70, 150))
        app_head(p, "UCO mBanking Plus", "UCO Bank  |  IMPS")
        h269.strip(p, "Transaction failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        boxed(
            p,
            "The beneficiary bank is not reachable right now. Your account has not been debited; please try "
            "after some time.",
            "error",
        )
        tid = f"UCO{j.date:%y%m%d}{digits(rng, 7)}"
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        name = clip(to, 22)
        h271.colkv(p, "uc", spec, "To :", name, merchant=name)
        h271.colkv(p, "uc", spec, "Amount :", rs(j.amount))
        h271.colkv(p, "uc", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid), method=method)
        h271.colkv(
            p, "uc", spec, "Date :", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date
        )
        return p.done()
    if k == 6:
        p = roll(rng, font, [560, 600], [17, 18])
        p.part = "head"
        p.add("center", "BANK OF BARODA")
        typed(p, "TAJ GANJ BRANCH, AGRA (IFSC BARB0TAJGAN)")
        p.add("rule")
        p.part = "body"
        typed(p, "NEFT TRANSACTION RECEIPT", scale=0.95)
        typed(p, "(CUSTOMER COPY)")
        utr = utr_of(rng, j, "Bank of Baroda", way)
        typed(
            p,
            f"DATE        : {when(j.date, '%d/%m/%Y')} {rng.randrange(10, 16):02d}:{rng.randrange(60):02d}",
            date=j.date,
        )
        typed(p, f"REMITTER    : {clip(FIRM_CAPS, 22)}")
        typed(p, f"BENEFICIARY : {to}", merchant=to)
        typed(p, f"A/C NO      : {digits(rng, 14)}")
        typed(p, f"IFSC        : {IFSC[bank_to]}0{digits(rng, 6)}")
        typed(p, f"AMOUNT      : {j.amount:,.2f}", amount=j.amount)
        typed(p, "COMMISSION  : 5.90")
        typed(p, f"UTR NO      : {utr}", txn=(UTR_RANK, utr), method=method)
        typed(p, "STATUS      : SENT", status=status)
        h271.rstamp(
            p,
            ["BANK OF BARODA", when(j.date, "%d %b %Y").upper(), "TAJ GANJ, AGRA"],
            "violet",
            at=0.62,
            rows_=3,
        )
        return p.done()
    p = phone(rng, font, k, ["", "Freecharge"], dark=False, buttons=("Share", "Done"))
    band(p, (240, 100, 40))
    app_head(p, "freecharge", "UPI")
    h273.avatar(p, initials(to), (240, 100, 40))
    p.add("center", f"Paid {rupee_of(p.font)}{num(j.amount, 'indian')} to", amount=j.amount)
    p.add("center", to, merchant=to)
    p.add("center", "Successful", status=status, method=method)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
    p.add("gap")
    kvr(p, "Paid from", f"PNB {masked(p.font)}{own4}")
    p.add("small", "frames for the wall plates")
    return p.done()


# ---------------------------------------------------------------- 7. paying the karigars and the staff


PIECES_DONE = [
    ("फूल जड़ाई", 30, 60),
    ("कोस्टर", 45, 80),
    ("प्लेट किनारा", 140, 260),
    ("डिब्बी ढक्कन", 60, 110),
    ("टेबल टॉप बेल", 900, 1600),
    ("हाथी जड़ाई", 50, 90),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop paying its karigars (the inlayers and stone cutters of Taj Ganj who work by the piece)
    and its staff: a karigar's piece-work account under its Hindi heading "पच्चीकारी मज़दूरी हिसाब" (inlay
    wage account) (कारीगर / Karigar / کاریگر and माह / Month / مہینہ in form lines in Hindi and Urdu, written
    in; the pieces he inlaid written in a Hindi hand with their counts, rates and sums on ruled lines, "कुल"
    (total); "Paid by UPI, Ref ..." and "on <day>" written under it; slivers of stone and a bow saw in its
    margins); a karigar's Eid advance receipt in an Urdu hand under the workshop's Urdu and Hindi names ("عید
    پیشگی رسید" (Eid advance receipt); "آج بتاریخ <Hijri day>" (today, on <the day in Ramzan 1447>), "مطابق"
    (corresponding to) with the day written at the left, "عید کی پیشگی کے طور پر" (as the Eid advance), "روپے
    نقد وصول پائے" (received in cash) with the sum written at the left), his signature and his name written
    under it in English; a witness; no reference); Zoho Payroll's payslip for the emporium's salesman
    (Employee Name, Employee ID, Designation and Pay Period, labels small over their values two to a row;
    Earnings | Amount | Deductions | Amount in a striped table; Net Pay on a tinted panel and its words; "Paid
    on <day> via NEFT, UTR ..."); slice's UPI payment to a karigar processing (a capsule, the sum, "to
    <payee>", its stages left to right, a notice; each value over its label: UPI Ref No., Started on, From);
    Canara Bank's ai1 with an IMPS to the emporium's helper under a large round tick (Transfer successful,
    the sum, "to <payee>"; IMPS Ref No., Date, From A/c, Remarks in dot leaders); Airtel Payments Bank's
    payment to a karigar failed under a tile's cross (the sum, "to <payee>", the reason in a notice;
    Transaction ID, Attempted on and Paid from against a gutter); Paytm's chat with a karigar under its
    "Today" divider (the karigar on top; a payment card at the right: "Paid to <first name>", the sum,
    "Payment successful" and the hour, the UPI Ref No.; his reply; no day); the helper's SALARY RECEIPT under
    the workshop's Hindi and Urdu names "वेतन रसीद" / "تنخواہ کی رسید" (Voucher No. struck in red; दिनांक /
    Date / تاریخ, नाम / Name / نام, माह / Month / مہینہ, राशि / Amount / رقم, माध्यम / Mode / ذریعہ and संदर्भ
    सं. / UPI Ref / حوالہ نمبر in form lines in Hindi and Urdu, written in; the sum in words; his signature).
    All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1200, high=18000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    worker = KARIGARS[(k + rng.randrange(3)) % len(KARIGARS)]
    if k == 0:
        p = sheet(rng, font, [780, 820])
        p.style["paper"] = rng.choice([(246, 242, 226), (242, 238, 222)])
        p.part = "head"
        hi(p, FIRM_HI, bold=True, scale=0.95)
        p.add("center", FIRM)
        hi(p, "पच्चीकारी मज़दूरी हिसाब", bold=True, scale=1.05)
        p.add("center", "INLAY WAGE ACCOUNT")
        p.add("rule")
        p.part = "body"
        month = when(j.date - dt.timedelta(days=rng.randrange(3, 12)), "%B %Y")
        hu_line(p, "कारीगर", "Karigar", "کاریگر", worker, merchant=worker)
        hu_line(p, "माह", "Month", "مہینہ", month)
        start = len(p.rows)
        p.add("gap")
        total_ = 0
        for item, lo, hi_ in rng.sample(PIECES_DONE, rng.randrange(2, 4)):
            pcs = rng.randrange(1, 4) if hi_ > 800 else rng.randrange(6, 40)
            rate = rng.randrange(lo, hi_, 5)
            total_ += pcs * rate
            hi_hand(p, f"{item} {pcs} नग x {rate}", figure=str(pcs * rate))
        j.amount = float(total_)
        hi_hand(p, "कुल", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76])
        p.add("gap")
        hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - R. Agarwal", date=j.date)
        chips(p)
        return p.done()
    if k == 1:
        season(j, rng, RAMZAN_1 + dt.timedelta(days=19), 10)
        j.amount = float(rng.randrange(4, 20) * 500)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
        p.part = "head"
        urdu(p, FIRM_UR, bold=True, scale=1.05)
        hi(p, FIRM_HI, scale=0.9)
        p.add("center", "Taj Ganj, Agra")
        p.add("rule")
        urdu(p, "عید پیشگی رسید", bold=True, scale=1.1)
        p.part = "body"
        ur_hand(p, f"آج بتاریخ {hijri_ramzan(j.date)}")
        ur_hand(p, "مطابق", figure=when(j.date, rng.choice(["%d/%m/%Y", "{d}/%m/%Y"])), date=j.date)
        ur_hand(p, "عید کی پیشگی کے طور پر")
        ur_hand(
            p,
            "روپے نقد وصول پائے",
            figure=f"Rs. {int(j.amount)}/-",
            amount=j.amount,
            method="cash",
            status=status,
        )
        p.add("gap")
        sig(p)
        hand(p, worker, align="r", merchant=worker)
        p.add("gap")
        hi(p, f"गवाह: {STAFF[1]}", align="l", scale=0.85)
        return p.done()
    if k == 2:
        who = STAFF[0]
        basic = float(rng.randrange(90, 150) * 100)
        hra = round(basic * 0.2, 0)
        conv = float(rng.randrange(8, 18) * 100)
        pf = round(basic * 0.12, 0)
        esi = round((basic + hra + conv) * 0.0075, 0)
        gross = basic + hra + conv
        j.amount = round(gross - pf - esi, 2)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_SHORT]))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        two_up(
            p, "zp1", ("Employee Name", who), ("Employee ID", f"GE-{rng.randrange(10, 40):03d}"), merchant=who
        )
        p.add("gap")
        two_up(p, "zp2", ("Designation", "Showroom Salesman"), ("Pay Period", j.month(1)))
        p.add("gap")
        zebra(
            p,
            "zps",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "EPF", num(pf)], {}),
                (["HRA", num(hra), "ESI", num(esi)], {}),
                (["Conveyance", num(conv), "", ""], {}),
                (["Gross Earnings", num(gross), "Total Deductions", num(pf + esi)], {}),
            ],
            (40, 110, 170),
        )
        h273.panel(p, "Net Pay", rs(j.amount), (40, 110, 170), amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only", "small")
        utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
        prose(
            p,
            f"Paid on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} via NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This payslip was generated by Zoho Payroll and needs no signature.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "slice"], dark=False, buttons=("Check status",))
        band(p, (108, 40, 180))
        app_head(p, "slice", "UPI")
        chip(p, "Processing", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        h273.track(p, ["Sent", "Bank", "Received"], "dpt")
        boxed(
            p,
            f"{first_of(worker)}'s bank is yet to confirm this payment. It usually completes in a few "
            "minutes; please do not pay again.",
            "warn",
        )
        vlab(p, "UPI Ref No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(
            p, "Started on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",)), bold=False, date=j.date
        )
        vlab(p, "From", f"slice savings {masked(p.font)}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 4:
        who = STAFF[1]
        p = phone(rng, font, k, ["", "Canara ai1"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 120, 190))
        app_head(p, "Canara ai1", "Canara Bank  |  IMPS")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {who}", merchant=who)
        p.add("gap")
        dots(p, "IMPS Ref No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        dots(p, "Date", day_as(j, rng, ["%d %b %Y", "%d-%m-%Y"]), at=0.4, date=j.date)
        dots(p, "From A/c", f"XXXXXX{digits(rng, 4)}", at=0.4, method="netbanking")
        dots(p, "Remarks", "salary advance", at=0.4)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Retry",))
        band(p, (220, 20, 40))
        app_head(p, "Airtel Payments Bank", "UPI")
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            f"{first_of(worker)}'s bank declined the credit. If money was debited, it will be refunded to "
            "your account within 3 working days.",
            "error",
        )
        tid = f"APB{j.date:%y%m%d}{digits(rng, 8)}"
        at = 0.42
        gutter(p, "ap", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        gutter(
            p,
            "ap",
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",)),
            at=at,
            date=j.date,
        )
        gutter(p, "ap", "Paid from", f"Airtel Payments Bank XX{digits(rng, 4)}", at=at, method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", worker, merchant=worker)
        p.add("small", "Paytm chat")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        divider(p, "Today")
        p.add("gap")
        c = h275.gcard_open(p)
        h275.inrow(p, f"Paid to {first_of(worker)}", soft=True)
        h275.inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        h275.inrow(p, f"Payment successful  {hhmm(rng, lower=True)}", soft=True, status=status, method="UPI")
        h275.inrow(p, f"UPI Ref No. {j.ref}", scale=0.72, soft=True, txn=(UTR_RANK, j.ref))
        h275.gcard_close(p, c)
        p.add("gap")
        note(p, "Shukriya bhai, mil gaya.", align="l")
        return p.done()
    who = STAFF[1]
    j.amount = float(rng.randrange(80, 150) * 100)
    p = sheet(rng, font, [820, 860])
    p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 236)])
    p.part = "head"
    hi(p, FIRM_HI, bold=True)
    urdu(p, FIRM_UR, scale=0.92)
    p.add("center", FIRM)
    hi(p, "वेतन रसीद", bold=True, scale=1.0)
    urdu(p, "تنخواہ کی رسید", scale=0.95)
    p.add("center", "SALARY RECEIPT")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    vno = str(rng.randrange(40, 400))
    h279.redno(p, "Voucher No.", vno, txn=(INVOICE_RANK, vno))
    p.add("gap")
    hu_line(p, "दिनांक", "Date", "تاریخ", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
    hu_line(p, "नाम", "Name", "نام", who, merchant=who)
    hu_line(p, "माह", "Month", "مہینہ", j.month(1))
    hu_line(p, "राशि", "Amount", "رقم", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    hu_line(p, "माध्यम", "Mode", "ذریعہ", "UPI", method="UPI", status=status)
    hu_line(p, "संदर्भ सं.", "UPI Ref", "حوالہ نمبر", j.ref, txn=(UTR_RANK, j.ref))
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    p.add("gap")
    sig(p)
    p.add("right", "Received by")
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


AGRA_NN = "Agra Nagar Nigam"
AGRA_NN_HI = "आगरा नगर निगम"
AGRA_NN_UR = "آگرہ نگر نگم"
UPPCB = "U.P. Pollution Control Board"
ROF = "Registrar of Firms, Societies and Chits, U.P."
EPCH = "Export Promotion Council for Handicrafts"
TMS = "TAJ MAHOTSAV SAMITI, AGRA"
TMS_HI = "ताज महोत्सव समिति, आगरा"
GST_TOP = "Goods and Services Tax"
LABOUR = "Labour Department, Uttar Pradesh"
LABOUR_HI = "श्रम विभाग, उत्तर प्रदेश"
METROLOGY = "Legal Metrology Department, Uttar Pradesh"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's fees, taxes and dues, the authority paid as printed: Agra Nagar Nigam's trade licence
    e-receipt for the emporium under its Hindi and Urdu names (भुगतान सफल / Payment Successful; each label in
    Hindi with its English after a slash at the left and the value at the right, a hairline under each:
    रसीद संख्या / Receipt No., लाइसेंस संख्या / Licence No., व्यापारी / Trader, वर्ष / Year, राशि / Amount,
    माध्यम / Mode, यूपीआई संदर्भ / UPI Ref, दिनांक / Date); Nivesh Mitra's app with the U.P. Pollution Control
    Board's consent fee for the workshop in the Taj Trapezium Zone paid ("Today, <hour>"; the board under the
    app's bar, a scalloped badge, Fee paid, the sum; Application No. and Transaction ID in tiles; Paid via; no
    day); e-GRAS Uttar Pradesh's e-challan for the Registrar of Firms' fee pending at the bank (a capsule, a
    progress bar, a notice; GRN, Department, Head of Account, Amount, Mode, Initiated on in dot leaders); the
    Export Promotion Council for Handicrafts' membership renewal receipt (Payment received; Receipt No.:,
    Member:, RCMC No.:, Period:, Fee:, GST 18%:, Total:, Mode:, UTR:, Date: with colons); the Taj Mahotsav
    Samiti's stall allotment receipt from its book under its Hindi name (No. left blank; Date, Received from
    and Stall No. written in; Rs. in a box; "Recd. in cash"; its oval stamp; no reference); the GST portal's
    challan payment failed on a tinted band (the reason in a notice; CPIN, GSTIN, Amount, Bank, Mode,
    Attempted on against a gutter); the Labour Department's Shops & Establishments renewal fee receipt under
    its Hindi name (Payment Successful; Registration No., Establishment, Fee, Late fee, Total, Receipt No.,
    Transaction ID, Mode, Payment Date in a striped table); the Legal Metrology Department's verification fee
    for the emporium's scale (Receipt No., Instrument, Fee, Transaction ID, Mode, Date in a table ruled on
    every side). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=500, high=40000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([1500, 2000, 2500, 3000, 4000]))
        p = browser_page(rng, font, "nagarnigamagra.com/tradelicence/e-receipt")
        p.part = "head"
        hi(p, AGRA_NN_HI, bold=True, scale=1.1)
        urdu(p, AGRA_NN_UR, scale=1.0)
        name = pick(p, "title", [AGRA_NN, AGRA_NN.upper()])
        top(p, name, merchant=name)
        p.add("small", "Trade Licence e-Receipt  |  Taj Ganj Zone")
        p.add("rule")
        p.part = "body"
        hi(p, "भुगतान सफल / Payment Successful", status=status)
        rno = f"ANN/TL/{j.date:%y}/{digits(rng, 5)}"
        hi_label(p, "रसीद संख्या", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        hi_label(p, "लाइसेंस संख्या", "Licence No.", f"TL/TG/{rng.randrange(100, 900)}/2019")
        hi_label(p, "व्यापारी", "Trader", hl_fit(p, "व्यापारी", "Trader", [SHOP, "Gulnaqsh"]))
        hi_label(p, "वर्ष", "Year", f"20{fy(j.date)}")
        hi_label(p, "राशि", "Amount", rs(j.amount), bold=True, amount=j.amount)
        hi_label(p, "माध्यम", "Mode", "UPI", method="UPI")
        hi_label(p, "यूपीआई संदर्भ", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        hi_label(p, "दिनांक", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([5000, 7500, 10000, 12500]))
        p = phone(rng, font, k, ["", "Nivesh Mitra"], dark=False, buttons=("Download receipt",))
        band(p, (16, 90, 150))
        bar(p, "Nivesh Mitra", UPPCB, merchant=UPPCB)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Fee paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Consent to Operate (renewal)  |  Taj Trapezium Zone")
        p.add("gap")
        tid = f"NMUP{digits(rng, 11)}"
        tiles2(p, ("Application No.", f"UPPCB{digits(rng, 7)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "Net Banking", method="netbanking")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([150, 250, 500, 750]))
        p = browser_page(rng, font, "egras.up.nic.in/challan/status")
        p.part = "head"
        top(p, "e-GRAS, Uttar Pradesh")
        p.add("small", "Government Receipt Accounting System  |  Online challan")
        p.add("rule")
        p.part = "body"
        chip(p, "Pending at bank", status)
        p.add("gap")
        h294.progress(p, 0.5, status)
        boxed(
            p,
            "The bank has not yet confirmed this challan's payment. Check again after some time before "
            "paying "
            "again.",
            "warn",
        )
        grn = f"{j.date:%y}{digits(rng, 12)}"
        dept = rng.choice([ROF, "Registrar of Firms, U.P."])
        dots(p, "GRN", grn, at=0.3, txn=(TXN_RANK, grn))
        dots(p, "Department", dept, at=0.24, merchant=dept)
        dots(p, "Head of Account", "0030-03-103 Registration fees", at=0.3)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Mode", "Net Banking (PNB)", at=0.36, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        fee = float(rng.choice([5000, 10000, 15000]))
        gst = round(fee * 0.18, 2)
        j.amount = fee + gst
        p = browser_page(rng, font, "www.epch.in/member/payment/receipt")
        p.part = "head"
        name = pick(p, "title", [EPCH, "EPCH"])
        top(p, name, merchant=name)
        p.add("small", "Membership renewal  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment received", status=status)
        p.add("gap")
        rno = f"EPCH/{fy(j.date)}/{digits(rng, 5)}"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Punjab National Bank", way)
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        h271.colkv(p, "ep", spec, "Receipt No.:", rno, txn=(INVOICE_RANK, rno))
        h271.colkv(p, "ep", spec, "Member:", FIRM)
        h271.colkv(p, "ep", spec, "RCMC No.:", f"EPCH/RCMC/{digits(rng, 6)}")
        h271.colkv(p, "ep", spec, "Period:", f"20{fy(j.date)}")
        h271.colkv(p, "ep", spec, "Fee:", num(fee))
        h271.colkv(p, "ep", spec, "GST 18%:", num(gst))
        h271.colkv(p, "ep", spec, "Total:", rs(j.amount), amount=j.amount)
        h271.colkv(p, "ep", spec, "Mode:", way, method="netbanking")
        h271.colkv(p, "ep", spec, "UTR:", utr, txn=(UTR_RANK, utr))
        h271.colkv(p, "ep", spec, "Date:", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        return p.done()
    if k == 4:
        season(j, rng, MAHOTSAV - dt.timedelta(days=8), 7)
        j.amount = float(rng.choice([6000, 7500, 9000, 12000]))
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(244, 240, 222), (240, 238, 224)])
        p.part = "head"
        hi(p, TMS_HI, bold=True)
        top(p, TMS, merchant=TMS)
        p.add("small", "Shilpgram, Eastern Gate, Taj Mahal, Agra  |  Stall allotment receipt")
        p.add("rule")
        p.part = "body"
        one_pen(p)
        p.add("left", "No. ..............")
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
        filled(p, "Received from", SHOP)
        filled(p, "Stall No.", f"C-{rng.randrange(1, 80)}  (Craft)")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(p, "Recd. in cash", method="cash", status=status)
        h287.oval(p, ["TAJ MAHOTSAV", "SAMITI", "AGRA"], "violet", at=0.32, rows_=3)
        sig(p)
        p.add("right", "Cashier")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(20, 480) * 100)
        p = browser_page(rng, font, "payment.gst.gov.in/payment/paymentstatus")
        p.part = "head"
        name = GST_TOP
        top(p, name, merchant=name)
        p.add("small", "Government of India, States and Union Territories  |  Payment status")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        boxed(
            p,
            "The bank did not confirm the payment before the session expired. The challan is still valid; "
            "you "
            "may pay it again with the same CPIN before it expires.",
            "error",
        )
        cpin = f"{j.date:%y}{j.date.month:02d}09{digits(rng, 10)}"
        at = 0.4
        gutter(p, "gs", "CPIN", cpin, at=at, txn=(INVOICE_RANK, cpin))
        gutter(p, "gs", "GSTIN", GSTIN, at=at)
        gutter(p, "gs", "Amount", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "gs", "Bank", "Punjab National Bank", at=at)
        gutter(p, "gs", "Mode", "Net Banking", at=at, method="netbanking")
        gutter(
            p,
            "gs",
            "Attempted on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 6:
        fee = float(rng.choice([500, 1000, 1500]))
        late = float(rng.choice([0, 100, 250]))
        j.amount = fee + late
        p = browser_page(rng, font, "uplabour.gov.in/shops/renewal/receipt")
        p.part = "head"
        hi(p, LABOUR_HI, bold=True)
        name = pick(p, "title", [LABOUR, "Labour Department, U.P."])
        top(p, name, merchant=name)
        p.add("small", "U.P. Dookan Aur Vanijya Adhishthan Adhiniyam  |  Renewal fee")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"SE/AGR/{j.date:%y}/{digits(rng, 6)}"
        tid = f"UPL{digits(rng, 12)}"
        zebra(
            p,
            "lb",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Receipt", ""],
            [
                (["Registration No.", f"UPSA{digits(rng, 8)}"], {}),
                (["Establishment", SHOP], {}),
                (["Fee", num(fee)], {}),
                (["Late fee", num(late)], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Mode", "UPI"], {"method": "UPI"}),
                (["Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            ],
            (120, 60, 30),
        )
        return p.done()
    j.amount = float(rng.choice([200, 300, 450, 600]))
    p = browser_page(rng, font, "lmup.gov.in/verification/payment/receipt")
    p.part = "head"
    name = pick(p, "title", [METROLOGY, "Legal Metrology, Uttar Pradesh"])
    top(p, name, merchant=name)
    p.add("small", "Verification and stamping fee  |  Agra")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=status)
    p.add("gap")
    rno = f"LM/AGR/{digits(rng, 6)}"
    tid = f"LMUP{digits(rng, 10)}"
    grid(
        p,
        "lm",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        None,
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Trader", SHOP], {}),
            (["Instrument", "Electronic weighing scale, 30 kg"], {}),
            (["Fee", rs(j.amount)], {"amount": j.amount}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Mode", "Debit Card"], {"method": "card"}),
            (["Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
        ],
    )
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


BAJAJ = "Bajaj General Insurance Ltd."
ROYAL = "Royal Sundaram General Insurance Co. Ltd."
LIC = "Life Insurance Corporation of India"
KOTAK_GI = "KOTAK GENERAL INSURANCE"


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's premiums, the insurer on top, under its app's bar or signing its message: Bajaj
    General's PREMIUM RECEIPT for the karkhana's Bharat Sookshma Udyam Suraksha policy (its sentence
    "Received with thanks from ... the sum of Rs. x by NEFT ..."; Receipt No., Receipt Date, Policy No., Sum
    Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR in dot leaders; a signature); Tata AIG's
    app with the pickup's motor policy renewed ("Today, <hour>"; the insurer under the app's bar, a tile's
    tick, Policy renewed, the sum; a copyable Payment ID; Policy No. and Paid via at the left and the right;
    no day); Star Health's app with the family's health renewal under verification (the insurer under the
    app's bar, a spinner, a notice; Proposal No., Premium, Transaction ID, Paid via, Initiated on in shaded
    labels); National Insurance's portal with the emporium's shopkeeper's renewal failed by card on a tinted
    band (the reason in a notice; labels small over their values two to a row: Policy No. and Premium,
    Transaction ID and Card, Attempted on and Reason); Niva Bupa's WhatsApp message under its verified name
    ("Dear Irfan, we have received your premium of ₹x for policy no. ... on <dd-mm-yyyy> via UPI. Your policy
    is renewed. - Team Niva Bupa"; no reference); Royal Sundaram's marine cargo certificate for the Dubai
    consignment (its sentence; Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total Premium, Paid
    via, Transaction ID, Payment Date in a striped table); LIC's premium paid acknowledgement mail (its
    sentence; Policy No., Receipt No., Transaction ID, Premium, Mode, Date in a table ruled on every side);
    Kotak General's shopkeeper's policy receipt typed on its Agra branch's printer (RECEIPT NO, POLICY NO,
    INSURED, PERIOD, PREMIUM, GST 18%, TOTAL, DATE; PAYMENT : UPI and its REF). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=1500, high=42000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    pol = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
    if k == 0:
        si = float(rng.randrange(10, 50) * 100000)
        net = round(si * rng.uniform(0.0006, 0.0012), 0)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        ins = pick(p, "title", [BAJAJ, "Bajaj General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Agra Branch, Sanjay Place  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Punjab National Bank", way)
        prose(
            p,
            f"Received with thanks from {FIRM}, {TOWN}, the sum of {rs(j.amount)} by {way} towards the "
            "premium "
            "of the Bharat Sookshma Udyam Suraksha policy for its karkhana.",
            status=status,
            method="netbanking",
        )
        p.add("gap")
        rno = f"{j.date:%y}{digits(rng, 10)}"
        at = 0.5
        dots(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        dots(p, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
        dots(p, "Policy No.", pol, at=at)
        dots(p, "Sum Insured", num(si), at=at)
        dots(p, "Net Premium", num(net), at=at)
        dots(p, "CGST 9%", num(gst), at=at)
        dots(p, "SGST 9%", num(gst), at=at)
        dots(p, "Total Premium", rs(j.amount), at=at, bold=True, amount=j.amount)
        dots(p, "Mode", way, at=at)
        dots(p, "UTR", utr, at=at, txn=(UTR_RANK, utr))
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 9000, 26000, 0.3)
        p = phone(rng, font, k, ["", "Tata AIG"], dark=False, buttons=("View policy",))
        band(p, (0, 70, 140))
        bar(
            p,
            "Tata AIG",
            "Tata AIG General Insurance Co. Ltd.",
            merchant="Tata AIG General Insurance Co. Ltd.",
        )
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add(
            "small",
            f"Motor  |  Mahindra Bolero Pik-Up UP80 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}",
        )
        pid = f"TAG{digits(rng, 12)}"
        copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Policy No.", digits(rng, 10))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Star Health"], dark=False, buttons=("Refresh",))
        band(p, (0, 96, 170))
        bar(
            p,
            "Star Health",
            "Star Health and Allied Insurance Co. Ltd.",
            merchant="Star Health and Allied Insurance Co. Ltd.",
        )
        h279.spinner(p, (226, 160, 40))
        p.add("center", "Payment under verification", status=status)
        boxed(
            p,
            "We are confirming your premium with your bank. Your cover continues meanwhile; please do not "
            "pay again.",
            "warn",
        )
        tid = f"SHA{j.date:%y%m%d}{digits(rng, 7)}"
        at = 0.4
        kv(p, "Proposal No.", f"P/{digits(rng, 6)}/01/2027/{digits(rng, 6)}", at=at)
        kv(p, "Premium", rs(j.amount), at=at, amount=j.amount)
        kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        kv(p, "Paid via", "Net Banking", at=at, method="netbanking")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 1800, 6000, 0.3)
        p = browser_page(rng, font, "nic.co.in/customer/renewal/payment")
        p.part = "head"
        ins = pick(p, "title", ["National Insurance Company Ltd.", "National Insurance Co. Ltd."])
        top(p, ins, merchant=ins)
        p.add("small", "Policy renewal  |  Shopkeeper's Policy")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "Your card was declined by the issuing bank (insufficient limit). Your policy is not renewed.",
            "error",
        )
        tid = f"NIC{digits(rng, 12)}"
        two_up(
            p,
            "ni1",
            ("Policy No.", f"{digits(rng, 6)}/48/26/{digits(rng, 8)}"),
            ("Premium", rs(j.amount)),
            amount=j.amount,
        )
        p.add("gap")
        two_up(
            p,
            "ni2",
            ("Transaction ID", tid),
            ("Card", f"RuPay Credit XX{digits(rng, 4)}"),
            txn=(TXN_RANK, tid),
            method="card",
        )
        p.add("gap")
        two_up(
            p,
            "ni3",
            ("Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",))),
            ("Reason", "Declined by issuer"),
            date=j.date,
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(40, 400) * 50)
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", f"Niva Bupa {sign(p.font, chr(0x2714), '')}".strip())
        p.add("small", "Official business account")
        p.add("rule")
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        prose(
            p,
            f"Dear {IRFAN.split()[0]}, we have received your premium of {rupee_of(p.font)}"
            f"{num(j.amount, 'indian')} for policy no. {digits(rng, 8)} on {when(j.date, '%d-%m-%Y')} via "
            "UPI. "
            "Your policy is renewed.",
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
        )
        p.add("left", "- Team Niva Bupa", merchant="Niva Bupa")
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if k == 5:
        sum_ins = float(rng.randrange(6, 30) * 100000)
        prem = round(sum_ins * rng.uniform(0.0012, 0.002), 0)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = browser_page(rng, font, "www.royalsundaram.in/marine/certificate")
        p.part = "head"
        ins = pick(p, "title", [ROYAL, "Royal Sundaram General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Marine Cargo Open Policy (Export)  |  Certificate of Insurance")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            "The premium for the certificate below has been received; the inlaid table tops are covered from "
            "the "
            "workshop at Agra to the buyer's store in Dubai.",
            status=status,
        )
        p.add("gap")
        tid = f"RSGI{digits(rng, 11)}"
        zebra(
            p,
            "rs",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Certificate", ""],
            [
                (["Certificate No.", f"MC/{digits(rng, 7)}/{j.date:%y}"], {}),
                (["Voyage", "Agra - Nhava Sheva - Jebel Ali"], {}),
                (["Sum Insured", num(sum_ins)], {}),
                (["Premium", num(prem)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Paid via", "Net Banking"], {"method": "netbanking"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
            ],
            (20, 90, 60),
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(40, 600) * 50)
        p = mail_page(
            rng,
            font,
            "LIC of India <noreply@licindia.com>",
            ["Premium paid acknowledgement", "Acknowledgement of your premium"],
        )
        p.part = "head"
        ins = pick(p, "title", [LIC, "LIC of India"])
        top(p, ins, merchant=ins)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear {IRFAN}, we acknowledge with thanks the receipt of your premium as below.",
            status=status,
        )
        p.add("gap")
        rno = f"{digits(rng, 3)}{j.date:%y}{digits(rng, 6)}"
        tid = f"LIC{digits(rng, 11)}"
        grid(
            p,
            "lc",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Policy No.", digits(rng, 9)], {}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Premium", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "UPI"], {"method": "UPI"}),
                (["Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            ],
        )
        p.add("small", "This is a system-generated mail; the e-receipt is attached.")
        return p.done()
    prem = float(rng.randrange(30, 140) * 50)
    gst = round(prem * 0.18, 2)
    j.amount = round(prem + gst, 2)
    p = roll(rng, font, [560, 600], [17, 18])
    p.part = "head"
    ins = pick(p, "center", [KOTAK_GI, "KOTAK GENERAL INS."])
    p.add("center", ins, merchant=ins)
    typed(p, "BRANCH: AGRA (SANJAY PLACE)")
    p.add("rule")
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT")
    rno = f"{digits(rng, 4)}{j.date:%y}{digits(rng, 5)}"
    typed(p, f"RECEIPT NO : {rno}", txn=(INVOICE_RANK, rno))
    typed(p, f"POLICY NO  : {digits(rng, 11)}")
    typed(p, f"INSURED    : {clip(SHOP_CAPS, 24)}")
    typed(p, "PERIOD     : 1 YEAR")
    typed(p, f"PREMIUM    : {prem:>10.2f}")
    typed(p, f"GST 18%    : {gst:>10.2f}")
    typed(p, f"TOTAL      : {j.amount:>10.2f}", amount=j.amount)
    typed(p, f"DATE       : {when(j.date, '%d/%m/%Y')}", date=j.date)
    p.add("rule")
    typed(p, "PAYMENT    : UPI", method="UPI", status=status)
    typed(p, f"REF        : {j.ref}", txn=(UTR_RANK, j.ref))
    typed(p, "SUBJECT TO REALISATION AND POLICY TERMS.")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("GULNAQSH EMPORIUM", "FATEHABAD ROAD, AGRA", "AXIS BANK", "axis"),
    ("GULNAQSH EMPORIUM - MAHOTSAV", "SHILPGRAM, AGRA", "innoviti", "innoviti"),
    ("HOTEL AGRA MAHAL", "TAJ EAST GATE ROAD, AGRA", "FEDERAL BANK", "federal"),
    ("DELHI TOOLS CORPORATION", "CHAWRI BAZAR, DELHI", "CANARA BANK", "declined"),
    ("IndiGo", "Agra - Mumbai", "", "airline"),
    ("PINCH OF SPICE", "Fatehabad Road, Agra", "", "restaurant"),
    ("AGRA OFFICE POINT", "AGRA", "ICICI Bank", "sms"),
    ("SANJAY PLACE STATIONERS", "AGRA", "OneCard", "cardapp"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the emporium's and the Mahotsav stall's terminals and the workshop's cards elsewhere: Axis
    Bank's SALE slip at the emporium (DATE and TIME, MID and TID, BATCH NO and INVOICE NO at the left and the
    right; the card and how it was read; APPR CODE and RRN; the sum set large; APPROVED, CUSTOMER COPY);
    Innoviti's terminal at the Mahotsav stall in the Mahotsav's days with the sale awaiting the bank's
    response (SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; RESPONSE AWAITED, DO NOT RETRY, STATUS WILL BE
    UPDATED); Federal Bank's slip at an Agra hotel with a tip (SALE; DATE, TIME, TID, INV NO, CARD, APPR CODE,
    RRN; BASE, TIP and TOTAL; APPROVED, SIGNATURE NOT REQUIRED); Canara Bank's slip at a Delhi tools shop
    DECLINED (54 EXPIRED CARD); IndiGo's booking for the Agra - Mumbai flight to a crafts fair (PNR and
    Booking status over the flight's line; Passenger, Date of travel; Fare, Taxes & fees, Total paid, Paid
    with, Payment ID, Booked on in dot leaders); an Agra restaurant's bill settled by card (Bill No., Date,
    Covers; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Total; "Paid: Card", the card and its Approval Code;
    billed on Restroworks); ICICI Bank's SMS of a spend on the workshop's card ("INR x spent using ICICI Bank
    Card XX1234 on <dd-Mon-yy> on <MERCHANT>. Avl Limit: INR y ..."; no reference); the OneCard app with a
    spend at a stationery shop ("Today, <hour>"; the merchant over its town, the sum, Approved in a capsule;
    Card and Transaction ID in tiles; Category; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=800, high=38000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "innoviti":
        season(j, rng, MAHOTSAV, MAHOTSAV_DAYS)
    if layout in ("declined", "federal", "sms", "cardapp"):
        j.amount = rupees(rng, 1200, 22000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        text = (
            f"INR {num(j.amount, 'western')} spent using ICICI Bank Card XX{last4} on "
            f"{when(j.date, '%d-%b-%y')} "
            f"on {name}. Avl Limit: INR {num(rupees(rng, 40000, 300000, 0.0), 'western')}. If not you, call "
            "1800 2662 / SMS BLOCK 6868 to 9215676766."
        )
        p = sms_page(rng, font, "AX-ICICIT", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "OneCard"], dark=True, buttons=("Need help?",))
        app_head(p, "OneCard", "Transaction details")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        pill(p, "Approved", status)
        p.add("gap")
        ref = f"{digits(rng, 12)}"
        tiles2(
            p,
            ("Card", f"{masked(p.font)}{last4}"),
            ("Transaction ID", ref),
            txn=(TXN_RANK, ref),
            method="card",
        )
        kvr(p, "Category", "Stationery & office")
        return p.done()
    if layout == "airline":
        base = float(rng.randrange(38, 120) * 100)
        tax = float(rng.randrange(6, 18) * 100) + 62.0
        j.amount = base + tax
        p = browser_page(rng, font, "www.goindigo.in/booking/itinerary")
        p.part = "head"
        p.add("title", name, merchant=name)
        p.add("small", "Your itinerary")
        p.add("rule")
        p.part = "body"
        pnr = code(rng, 6, UPPER)
        journey = j.date + dt.timedelta(days=rng.randrange(6, 40))
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "ig0", spec, f"PNR {pnr}", "Booking Confirmed", txn=(ORDER_RANK, pnr), status=status)
        p.add("center", f"6E {rng.randrange(100, 990)}   AGR - BOM   {hhmm(rng, twelve=False)}")
        cols(p, "ig1", spec, f"Passenger: Mr {IRFAN}", f"Date of travel: {when(journey, '%d %b %Y')}")
        p.add("gap")
        pid = f"IGP{digits(rng, 12)}"
        at = 0.45
        dots(p, "Fare", num(base), at=at)
        dots(p, "Taxes & fees", num(tax), at=at)
        dots(p, "Total paid", f"INR {num(j.amount)}", at=at, bold=True, amount=j.amount)
        dots(p, "Paid with", f"{scheme.title()} Credit Card XX{last4}", at=at, method="card")
        dots(p, "Payment ID", pid, at=at, txn=(TXN_RANK, pid))
        dots(p, "Booked on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=at, date=j.date)
        return p.done()
    p = roll(rng, font, [440, 470, 500], [17, 18])
    if rng.random() < 0.5:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    if layout == "restaurant":
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", f"Mughlai kitchen  |  {town}")
        p.add("small", f"GSTIN {gstin_of(rng, '09', 'P')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = f"{rng.randrange(1200, 9999)}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        p.pair("Covers", str(rng.randrange(2, 8)))
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Mutton korma", 420),
                ("Dal makhani", 280),
                ("Paneer tikka", 320),
                ("Butter naan", 60),
                ("Jeera rice", 180),
                ("Agra petha (box)", 150),
                ("Shahi tukda", 160),
            ],
            rng.randrange(3, 6),
        ):
            q = rng.randrange(1, 4)
            p.pair(f"{dish} x{q}", f"{q * price:.2f}")
            food += q * price
        gst = round(food * 0.025, 2)
        j.amount = round(food + 2 * gst, 2)
        p.add("rule")
        p.pair("Sub Total", f"{food:.2f}")
        p.pair("CGST 2.5%", f"{gst:.2f}")
        p.pair("SGST 2.5%", f"{gst:.2f}")
        p.pair("Total", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("left", "Paid: Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Approval Code {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Billed on Restroworks")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "axis":
        p.add("center", "SALE")
        p.add("rule")
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "ax0", spec, f"DATE:{when(j.date, '%d/%m/%y')}", f"TIME:{t}", date=j.date)
        cols(p, "ax0", spec, f"MID:{mid[:10]}", f"TID:{tid}")
        cols(p, "ax0", spec, f"BATCH NO:{batch[-4:]}", f"INVOICE NO:{inv[-6:]}", txn=(INVOICE_RANK, inv[-6:]))
        p.add("left", f"{scheme}  CHIP", method="card")
        p.add("left", f"XXXX XXXX XXXX {last4}")
        cols(p, "ax0", spec, f"APPR CODE:{appr}", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("big", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "innoviti":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "RESPONSE AWAITED", status=status)
        p.add("small", "DO NOT RETRY THIS CARD")
        p.add("small", "STATUS WILL BE UPDATED BY SMS")
    elif layout == "federal":
        tip = float(rng.choice([50, 100, 150, 200, 300]))
        base = round(j.amount - tip, 2)
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE", fmt(base))
        p.pair("TIP", fmt(tip))
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGNATURE NOT REQUIRED")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("small", "54 EXPIRED CARD")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


TORRENT = "Torrent Power Ltd. - Agra"
TORRENT_HI = "टोरेंट पावर लिमिटेड - आगरा"
JAL = "AGRA JAL SANSTHAN"
JAL_HI = "आगरा जल संस्थान"
HAWKER = "Anwar News Agency"
GREEN_GAS = "Green Gas Ltd."


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's and the emporium's bills: Torrent Power's online payment receipt for the karkhana under
    its Hindi name (Payment Successful; in a rounded card, Service No., Consumer Name, Bill Month, Amount
    Paid, Receipt No., Transaction ID, Payment Date and Mode in dot leaders); ACT Fibernet's app with the
    emporium's broadband paid ("Today, <hour>"; the company under the app's bar, a scalloped badge, Payment
    successful, the sum; Account ID and Transaction ID in tiles; Paid via; no day); HelloBPCL's refill
    payment pending (the company under the app's bar, a capsule, a progress bar, a notice; labels small over
    their values two to a row: Consumer No. and Distributor, Amount and Paid via, Order ID and Initiated on);
    BSNL Selfcare's landline bill payment failed by card in an octagon (the company under the app's bar, the
    reason in a notice; each value over its label: Account No., Amount, Transaction ID, Paid via, Attempted
    on); Agra Jal Sansthan's water charges receipt from its counter's printer under its Hindi name (RECEIPT
    NO, CONNECTION NO, NAME, PERIOD, AMOUNT, DATE typed in its face; PAID IN CASH; its rectangular stamp
    with the day); Torrent Power's SMS of a payment received ("Dear Consumer, payment of Rs.x against
    Service No. ... received on <dd-mm-yyyy> through UPI. Receipt No ... - Torrent Power"); an Urdu
    newspaper hawker's monthly card in an Urdu hand on a spiral pad's page (the agency's name in Latin
    letters on top; "ماہ" (month) and its month written at the left; the daily and the monthly with their
    sums at the LEFT, "کل" (total), "نقد وصول پایا" (received cash) and the day written at the left; no
    reference); Green Gas' PNG bill payment receipt mail (its sentence; BP No., Receipt No., Transaction ID,
    Amount, Payment mode, Payment date in a table ruled on every side). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=400, high=16000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = rupees(rng, 1800, 14000, 0.4)
        p = browser_page(rng, font, "connect.torrentpower.com/agra/quickpay/receipt")
        p.part = "head"
        hi(p, TORRENT_HI, bold=True)
        name = pick(p, "title", [TORRENT, "Torrent Power Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Online payment receipt  |  Agra")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        c = card_open(p)
        rno = f"AG{j.date:%y%m}{digits(rng, 7)}"
        tid = f"TPL{digits(rng, 12)}"
        at = 0.46
        dots(p, "Service No.", f"{digits(rng, 9)}", at=at)
        dots(p, "Consumer Name", FIRM_SHORT.upper(), at=0.36)
        dots(p, "Bill Month", j.month(1), at=at)
        dots(p, "Amount Paid", rs(j.amount), at=at, bold=True, amount=j.amount)
        dots(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        dots(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        dots(p, "Mode", "Net Banking", at=at, method="netbanking")
        card_close(p, c)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([1179.82, 1415.82, 2359.82, 999.0, 1299.0]))
        p = phone(rng, font, k, ["", "ACT Fibernet"], dark=False, buttons=("Done",))
        band(p, (230, 30, 60))
        bar(
            p,
            "ACT Fibernet",
            "Atria Convergence Technologies Ltd.",
            merchant="Atria Convergence Technologies Ltd.",
        )
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "ACT Fibernet  |  Gulnaqsh Emporium, Agra")
        tid = f"{digits(rng, 14)}"
        tiles2(p, ("Account ID", f"1{digits(rng, 8)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([853.5, 868.0, 872.5, 889.0]))
        p = phone(rng, font, k, ["", "HelloBPCL"], dark=False, buttons=("Refresh",))
        band(p, (0, 90, 170))
        bar(p, "HelloBPCL", "Bharat Petroleum Corporation Ltd.", merchant="Bharat Petroleum Corporation Ltd.")
        chip(p, "Payment pending", status)
        h294.progress(p, 0.45, status)
        boxed(
            p,
            "We have not received a confirmation from your bank yet. Your refill will be delivered once the "
            "payment is confirmed.",
            "warn",
        )
        oid = f"BPCL{digits(rng, 10)}"
        two_up(p, "bp1", ("Consumer No.", digits(rng, 8)), ("Distributor", "Taj Gas Service"))
        p.add("gap")
        two_up(p, "bp2", ("Amount", rs(j.amount)), ("Paid via", "UPI"), amount=j.amount, method="UPI")
        p.add("gap")
        two_up(
            p,
            "bp3",
            ("Order ID", oid),
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(ORDER_RANK, oid),
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 600, 2400, 0.6)
        p = phone(rng, font, k, ["", "BSNL Selfcare"], dark=False, buttons=("Try again",))
        band(p, (0, 110, 180))
        bar(p, "BSNL Selfcare", "Bharat Sanchar Nigam Ltd.", merchant="Bharat Sanchar Nigam Ltd.")
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card's bank declined this payment. Your bill is still due; no amount has been charged.",
            "error",
        )
        tid = f"BSNL{digits(rng, 12)}"
        vlab(p, "Account No.", f"90{digits(rng, 8)}", bold=False)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", f"Debit Card XX{digits(rng, 4)}", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([360, 480, 540, 720, 960]))
        p = roll(rng, font, [560, 600], [17, 18])
        p.part = "head"
        hi(p, JAL_HI, bold=True)
        p.add("center", JAL, merchant=JAL)
        typed(p, "TAJ GANJ CASH COUNTER")
        p.add("rule")
        p.part = "body"
        typed(p, "WATER CHARGES RECEIPT", scale=0.95)
        rno = f"{rng.randrange(100000, 999999)}"
        first_ = j.date.replace(day=1)
        period = (
            f"{when(first_ - dt.timedelta(days=80), '%b')}-{when(first_ - dt.timedelta(days=1), '%b %Y')}"
        )
        typed(p, f"RECEIPT NO    : {rno}", txn=(INVOICE_RANK, rno))
        typed(p, f"CONNECTION NO : TG/{digits(rng, 5)}")
        typed(p, f"NAME          : {clip(FIRM_CAPS, 20)}")
        typed(p, f"PERIOD        : {period.upper()}")
        typed(p, f"AMOUNT        : {j.amount:.2f}", amount=j.amount)
        typed(p, f"DATE          : {when(j.date, '%d/%m/%Y')}", date=j.date)
        p.add("rule")
        typed(p, "PAID IN CASH", method="cash", status=status)
        h271.rstamp(
            p, ["AGRA JAL SANSTHAN", when(j.date, "%d %b %Y").upper(), "TAJ GANJ"], "blue", at=0.62, rows_=3
        )
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 1500, 12000, 0.5)
        rno = f"AG{j.date:%y%m}{digits(rng, 7)}"
        text = (
            f"Dear Consumer, payment of Rs.{num(j.amount, 'plain')} against Service No. {digits(rng, 9)} "
            "received "
            f"on {when(j.date, '%d-%m-%Y')} through UPI. Receipt No {rno}. Thank you. - Torrent Power"
        )
        p = sms_page(rng, font, "VM-TORPWR", text, j.date)
        p.add(
            "left",
            text,
            merchant="Torrent Power",
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
            txn=(INVOICE_RANK, rno),
        )
        return p.done()
    if k == 6:
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 246, 226), (240, 244, 232)])
        h277.spiral(p)
        p.part = "head"
        p.add("gap")
        top(p, HAWKER, merchant=HAWKER)
        p.add("small", "Urdu and Hindi papers  |  Taj Ganj, Agra")
        p.add("gap")
        p.part = "body"
        month_ = j.date.replace(day=1) - dt.timedelta(days=1)
        ur_hand(p, "ماہ", figure=when(month_, "%b %Y"))
        daily = rng.choice([150, 180, 210])
        hindi_ = rng.choice([120, 150])
        monthly = rng.choice([40, 50, 60])
        ur_hand(p, "روزنامہ انقلاب", figure=str(daily))
        ur_hand(p, "روزنامہ ہندی", figure=str(hindi_))
        ur_hand(p, "ماہنامہ", figure=str(monthly))
        total_ = daily + hindi_ + monthly
        j.amount = float(total_)
        ur_hand(p, "کل", figure=f"{total_}/-", amount=j.amount)
        ur_hand(
            p,
            "نقد وصول پایا",
            figure=when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])),
            date=j.date,
            method="cash",
            status=status,
        )
        return p.done()
    j.amount = rupees(rng, 600, 3200, 0.4)
    p = mail_page(
        rng,
        font,
        "Green Gas Ltd <billing@greengas.co.in>",
        ["Payment receipt for your PNG account", "Thank you for your payment"],
    )
    p.part = "head"
    name = pick(p, "title", [GREEN_GAS, "Green Gas Limited"])
    top(p, name, merchant=name)
    p.add("small", "A joint venture of IOCL and GAIL  |  Agra")
    p.add("rule")
    p.part = "body"
    prose(
        p,
        f"Dear Customer, we have received your payment of {rs(j.amount)} for your PNG connection at Taj "
        "Ganj. "
        "Thank you.",
        status=status,
    )
    p.add("gap")
    rno = f"GGL{j.date:%y%m}{digits(rng, 6)}"
    tid = f"{digits(rng, 14)}"
    grid(
        p,
        "gg",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        None,
        [
            (["BP No.", f"100{digits(rng, 7)}"], {}),
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Payment mode", "UPI"], {"method": "UPI"}),
            (["Payment date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
        ],
    )
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Punjab National Bank", "VM-PNBSMS", "ABDUL WAHID", "UPI", "hindi"),
    ("Indian Overseas Bank", "AD-IOBCHN", "JOHARI GEMS AND MINERAL", "NEFT", "sms"),
    ("Bank of Maharashtra", "VK-MAHABK", "TAJ WOOD CRATE WORKS", "NEFT", "sms"),
    ("Kotak Mahindra Bank", "JM-KOTAKB", "AGRA HARDWARE AND TOOLS", "IMPS", "sms"),
    ("Bank of Baroda", "BP-BOBTXN", "SHIVAM EXPRESS DTDC", "IMPS", "thread"),
    ("Union Bank of India", "AX-UNIONB", "NOOR FRAME MAKERS", "UPI", "sms"),
    ("Federal Bank", "", "KHAN EMERY AND ABRASIVES", "NEFT", "mail"),
    ("Canara Bank", "", "SHREE GANESH MARBLE SUPP", "RTGS", "shade"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the workshop's payments: Punjab National Bank's SMS in Hindi in a bubble of the
    phone's messages thread under its day divider ("प्रिय ग्राहक, आपके खाते XX1234 से दिनांक <dd-mm-yyyy> को
    UPI द्वारा <PAYEE> को रु. x भेजे गए। संदर्भ सं. ...। -PNB" (Dear customer, Rs. x has been sent from your
    account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in Indian Overseas Bank's ("Your a/c
    no. XX1234 is debited for Rs.x on <dd-Mon-yyyy> towards NEFT to <PAYEE>. UTR .... -IOB"), Bank of
    Maharashtra's ("NEFT of Rs.x to <PAYEE> from A/c XX1234 on <dd/mm/yyyy> is in process. UTR .... -Bank of
    Maharashtra"), Kotak Mahindra Bank's ("Your IMPS of Rs.x to <PAYEE> on <dd-mm-yy> has FAILED. Amount, if
    debited, will be reversed to a/c XX1234 within 2 working days. Ref .... -Kotak Bank") and Union Bank of
    India's ("A/c *1234 Debited for Rs:x on <dd-mm-yyyy> by UPI to <PAYEE>. Avl Bal Rs:y -Union Bank of
    India"; no reference) wordings; Bank of Baroda's SMS in the phone's thread under its "Today" divider
    ("Rs.x transferred from A/c ...1234 to <PAYEE> via IMPS. Ref No .... Not you? Call 18005700 -Bank of
    Baroda"; no day); Federal Bank's mail of a debit ("Rs.x has been debited from your account XX1234 to
    <PAYEE> on <dd/mm/yyyy> through NEFT. UTR: ..."); Canara Bank's notification in the phone's pulled-down
    shade under its quick settings ("Canara ai1 . <n>m"; "Rs.x debited from A/c XX1234 on <dd-mm-yy> for RTGS
    to <PAYEE>. UTR ..."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 600000, 0.3)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 30000, 800000), rng.choice(["indian", "plain"]))
    ref = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if ref:
        facts["txn"] = (UTR_RANK, ref)
    if frame == "sms":
        if bank == "Indian Overseas Bank":
            text = (
                f"Your a/c no. XX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%b-%Y')} towards NEFT "
                "to "
                f"{to}. UTR {ref}. -IOB"
            )
        elif bank == "Bank of Maharashtra":
            text = (
                f"NEFT of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d/%m/%Y')} is in process. "
                "UTR "
                f"{ref}. -Bank of Maharashtra"
            )
        elif bank == "Kotak Mahindra Bank":
            text = (
                f"Your IMPS of Rs.{amt} to {to} on {when(j.date, '%d-%m-%y')} has FAILED. Amount, if "
                "debited, "
                f"will be reversed to a/c XX{tail4} within 2 working days. Ref {ref}. -Kotak Bank"
            )
        else:
            text = (
                f"A/c *{tail4} Debited for Rs:{amt} on {when(j.date, '%d-%m-%Y')} by UPI to {to}. Avl Bal "
                f"Rs:{bal} -Union Bank of India"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "hindi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"प्रिय ग्राहक, आपके खाते XX{tail4} से दिनांक {when(j.date, '%d-%m-%Y')} को UPI द्वारा {to} को "
            "रु. "
            f"{amt} भेजे गए। संदर्भ सं. {ref}। -PNB"
        )
        hi_wrap(p, text, share=0.86, scale=0.94, **facts)
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "thread":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 2")
        divider(p, "Today")
        p.add("gap")
        s_ = len(p.rows)
        prose(
            p,
            f"Rs.{amt} transferred from A/c ...{tail4} to {to} via IMPS. Ref No {ref}. Not you? Call "
            "18005700 "
            "-Bank of Baroda",
            **facts,
        )
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "Federal Bank Alerts <alerts@federalbank.co.in>",
            ["Debit alert on your Federal Bank account", "Transaction alert: NEFT"],
        )
        p.part = "head"
        top(p, "Federal Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(
            p,
            f"Rs.{amt} has been debited from your account XX{tail4} to {to} on {when(j.date, '%d/%m/%Y')} "
            "through "
            f"NEFT. UTR: {ref}.",
            **facts,
        )
        p.add("gap")
        prose(p, "If this transaction was not done by you, please call 1800 425 1199 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "The Federal Bank Ltd. This is an auto-generated mail; please do not reply.")
        return p.done()
    p = phone(rng, font, k, [""], dark=True, buttons=())
    h289.shade_pull(p)
    p.part = "body"
    p.add("small", f"{when(j.date, '%a, {d} %b')}  |  Notifications")
    p.add("gap")
    c = card_open(p)
    p.add("left", f"Canara ai1  {chr(0xB7) if glyphs(p.font, chr(0xB7)) else '-'}  {rng.randrange(2, 40)}m")
    prose(
        p,
        f"Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d-%m-%y')} for RTGS to {to}. UTR {ref}.",
        **facts,
    )
    card_close(p, c)
    p.add("gap")
    p.add("small", "Clear all")
    return p.done()

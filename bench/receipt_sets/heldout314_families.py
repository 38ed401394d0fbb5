"""The twelve heldout314 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Paithani weavers' firm's year of 2026 in Yeola, Nashik district, Maharashtra
(Ambekar Paithani Vinkar Udyog, a partnership of the Ambekar brothers, whose karagir weave pure silk Paithanis
with zari borders and pallus in the tapestry weave on their own looms in Yeola's weavers' lanes and round
Babhulgaon: sarees with a muniya border, a bangdi mor pallu or a kadiyal border, nine-yard nauvaris, dupattas,
stoles, blouse pieces and phetas; its showroom on the Nagar-Manmad road, Mor Paithani Dalan; its stall at the
Bhimthadi Jatra in Pune; the web shop morpaithani.in and its Flipkart store; the Maharashtra State Handlooms
Corporation's purchases, saree stores, studios, boutiques, e-retailers, hotels and wedding families; saree
houses and Marathi shops abroad), told by the proofs of payment it receives (Paytm for Business on the Dalan's
phone, PhonePe set in Marathi, Freecharge, iMobile Pay, slice, a Google Pay chat, AU 0101 and Bajaj Finserv;
the Corporation's intimation, a Tally voucher, ICICI Bank's CIB, a Slack channel, Axis Bank's neo, a NetSuite
payment, a WhatsApp message and Invoicemart; Bank of America, NatWest, Mashreq, DBS, TD, ASB, MCB and BNP
Paribas; its own tax invoice, the jatra stall's cash memo, Instamojo, PayU, Vyapar, Flipkart Seller Hub,
Khatabook and its receipt book) and those it makes (a silk twister's stamped invoice, a zari works' receipt,
Amazon Business, a dyer's bill in a Marathi hand, a carpenter's bill, a studio's Refrens invoice, Printo and
DTDC; mahaMobile Plus, IRIS, IndusMobile, Amazon Pay, PNB ONE, the Nashik District Central Co-operative Bank's
NEFT application, a Paytm share in a chat and Saraswat Bank; a weaver's wage account in a Marathi hand, Zoho
Payroll, Paytm, a Diwali advance in a Marathi hand, Canara ai1, Google Pay, super.money and PagarBook; Yeola
Municipal Council, GRAS, the Silk Mark Organisation of India, Aaple Sarkar, MahaTraffic, the jatra's stall fee
book, the GST portal and the Labour Welfare Board; eight insurers; cards on Worldline, Mswipe and Pine Labs
terminals, in ICICI Bank's SMS, on a POSist bill, at a hardware shop, on MSRTC and on OneCard; MSEDCL, MyJio,
BSNL Selfcare, HelloBPCL, a gram panchayat's receipt book, Tata Play's SMS, a newspaper agency's bill in a
Marathi hand and Hostinger; the banks' SMS, a Marathi SMS, a mail, a notification in the shade and a WhatsApp
banking message). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, the Dalan's and the firm's Marathi lines, salutations,
Marathi labels (but a bank's SMS in Marathi, whose figures and payee carry the facts, a Marathi ledger row's
or blank's value and a Marathi hand's sums, days and "received"), items, pieces, dishes, rates, GST, fees,
charges, tips, exchange rates, balances, limits, sums insured, periods, months, pay periods, years, bill
months, invoice, bill, due and journey days, account, policy, property, consumer, subscriber, application,
authorised user, vehicle, consignment and card numbers, a letter's reference number, GSTIN, PAN, IFSC, UPI
IDs, bills named on an advice, other messages and notifications, a message's reactions and replies, the
peacock, the border, the bobbins and threads, the saree a page lies on, stages, progress bars, spinners,
notices, tiles, badges, ribbons, tags, stamps, seals, watermarks, tick boxes' other options and signatures
carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page``
and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's;
``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and
``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``,
``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``ticks``, ``comb``, ``seal``, a roll's torn edges),
heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``rstamp``,
rounded cards), heldout273's (``hcells``, ``ledger``, ``pill``, ``track``, ``field``, ``panel``, ``avatar``,
``bubble``, ``watermark``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``ribbon``, a chat's
payment card), heldout277's (``bigsum``, ``silk_tag``), heldout279's (``phone``, ``band``, ``app_head``,
``pick``, ``clip``, ``at_hour``, ``two_up``, ``redno``, ``spinner``, a staple), heldout287's (``notice``,
``tile``, ``burst``, ``oval``, ``speaker``, ``vlab``, ``vname``, ``tiles2``, ``copyrow``), heldout289's
(``chip``, ``steps``, ``shade_pull``), heldout294's (``octa``, ``progress``) and heldout313's (``prose``,
``note``, ``label``, ``boxed``, ``bar`` and its runs of Devanagari and Latin: ``draw_ne``, ``ne_width``,
``ne_ok``), written in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to
heldout313's), each page's rows drawn by heldout313's ``_render`` (and the renderers beneath it) and then by
this set's own ``_render`` in the lines it leaves for them: Marathi lines in Noto Serif Devanagari (or Noto
Sans where told), their Latin runs and figures in the page's face; a Marathi hand in Noto Sans Devanagari with
its figures and Latin words in an upright FreeSans, sheared as a ball pen leans and a little off its line;
bilingual ledger rows (three ruled columns: the Marathi label, its English small in the label's ink, the value
printed or written by hand on a pale tint of the page's silk, a thin bar of that silk at the row's left, rows
one under another sharing their rules); bilingual blanks (the Marathi label over its English small at the
left, the value written by hand on a dotted line at the right); a Paithani's peacock as a letterhead's emblem
(a bangdi mor: the peacock in a bangle of zari on a roundel of silk, its crest of three beads, its neck and
body inlaid with meena silk, its wing scalloped, its tail sweeping down with eyes of the second meena, the
zari's weft showing as fine lines, a soft shadow); a Paithani's border as a divider (gold zari, narali teeth
of the silk along each edge, an asavali vine with flowers and leaves in its middle); bobbins of dyed silk, a
spool of zari and loose threads in a page's margins; and, after the frame, the Paithani a page is photographed
lying on (its silk shot in two colours with a sheen, gold buttis in rows, a broad zari border along its foot,
a spool of zari and a bobbin beside the page, the page's shadow, the page a little askew). The pages' layouts
and wordings are this set's own."""

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
from bench.receipt_sets import heldout313_families as h313
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
from bench.receipt_sets.heldout271_families import card_close, card_open, dots, gkv, grid
from bench.receipt_sets.heldout273_families import hcells, ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
# the hands that write on this set's papers: italics and obliques in another mix than heldout312's and
# heldout313's
PENS = [
    "liberation/LiberationSans-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
]
INKS = [(24, 40, 132), (34, 30, 90), (36, 36, 44), (18, 72, 110), (100, 26, 60)]
# the faces a page's fixed-width lines are printed in (a courier's counter, a bank's passbook printer, a
# slip's terminal, a billing program's roll)
TYPES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
# Noto Sans and Noto Serif Devanagari for Marathi (heldout313's runs of Devanagari and Latin, drawn here in
# this set's own rows), and the upright Latin face a Marathi hand writes its figures in
DEV = "noto/NotoSansDevanagari-Regular.ttf"
DEV_BOLD = "noto/NotoSansDevanagari-Bold.ttf"
DEV_SERIF = "noto/NotoSerifDevanagari-Regular.ttf"
DEV_SERIF_BOLD = "noto/NotoSerifDevanagari-Bold.ttf"
HAND_LATIN = "freefont/FreeSans.ttf"
MARATHI_FACES = [DEV, DEV_BOLD, DEV_SERIF, DEV_SERIF_BOLD, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
# a Paithani's silks (kusumbi purple, raghu parrot green, morpankhi peacock blue, the black of a kali
# chandrakala, a turmeric yellow, a rani pink, a vermilion red) and its zari (silver gilt: the gold, its
# light and its shade)
KUSUMBI = (118, 22, 88)
RAGHU = (52, 136, 58)
MORPANKHI = (0, 96, 112)
CHANDRAKALA = (32, 26, 34)
PIVLA = (228, 172, 32)
RANI = (206, 40, 112)
LAL = (178, 26, 40)
SILKS = [KUSUMBI, RAGHU, MORPANKHI, CHANDRAKALA, RANI, LAL]
GOLD = (214, 170, 70)
GOLD_LIGHT = (248, 218, 130)
GOLD_DARK = (146, 104, 36)
# a peacock's palettes: the silk ground of its roundel, its body's meena (the coloured silk inlaid in the
# zari), the meena of its wing and tail's eyes
PEACOCKS = [
    (KUSUMBI, (20, 112, 88), (216, 52, 110)),
    (CHANDRAKALA, (30, 110, 170), (206, 40, 60)),
    (RAGHU, (120, 24, 90), (236, 170, 40)),
    (MORPANKHI, (208, 40, 100), (250, 200, 60)),
    (LAL, (24, 100, 70), (40, 70, 160)),
]

# ---------------------------------------------------------------- the firm

FIRM = "Ambekar Paithani Vinkar Udyog"
FIRM_CAPS = FIRM.upper()
FIRM_MR = "आंबेकर पैठणी विणकर उद्योग"
# the firm's name as a bank's beneficiary field cuts it
CUT = "AMBEKAR PAITHANI VINKAR UD"
SHOP = "Mor Paithani Dalan"
SHOP_CAPS = SHOP.upper()
SHOP_MR = "मोर पैठणी दालन"
WEB = "morpaithani.in"
GSTIN = "27AAKFA3814Q1ZC"
PAN = "AAKFA3814Q"
UDYAM = "UDYAM-MH-20-0041873"
PARTNER = "Dattatray Ambekar"
PARTNER2 = "Vasant Ambekar"
SUNANDA = "Sunanda Ambekar"
ROHIT = "Rohit Ambekar"
ACCOUNTANT = "Prakash Gaikwad"
SALES = "Manisha Pawar"
HELPER = "Ganesh Shinde"
ADDRESS = "Paithani Galli, Yeola, Dist. Nashik - 423401"
SHOP_AT = "Vinchur Chaufuli, Nagar-Manmad Road, Yeola - 423401"
TOWN = "Yeola, Dist. Nashik - 423401"
SHED = "Babhulgaon, Tal. Yeola"
BANK_LINE = "Bank of Maharashtra, Yeola"
# the Bhimthadi Jatra at Pune, where the firm keeps a stall (20 to 24 December 2026); Diwali (Lakshmi
# Pujan on 8 November 2026), before which the weavers' Diwali advances (ucchal) are paid
JATRA, JATRA_DAYS = dt.date(2026, 12, 20), 5
DIWALI = dt.date(2026, 11, 8)
IFSC = {
    "Bank of Maharashtra": "MAHB",
    "The Nashik District Central Co-operative Bank": "MSCI",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Yes Bank": "YESB",
    "Canara Bank": "CNRB",
    "Saraswat Bank": "SRCB",
    "Kotak Mahindra Bank": "KKBK",
    "Bank of Baroda": "BARB",
    "Indian Overseas Bank": "IOBA",
    "Union Bank of India": "UBIN",
    "Karnataka Bank": "KARB",
    "AU Small Finance Bank": "AUBL",
}
# the firm's work sold: name, HSN, price each (low, high); silk fabric at 5% whatever its price, a stole
# within Rs. 2,500 at 5%
WORKS = [
    ("Paithani saree, single muniya border", "5007", 9500, 18000),
    ("Paithani saree, bangdi mor pallu", "5007", 16000, 42000),
    ("Paithani saree, kadiyal border", "5007", 22000, 65000),
    ("Nauvari Paithani, nine-yard", "5007", 28000, 75000),
    ("Paithani dupatta, asavali", "5007", 4500, 9500),
    ("Paithani stole, lotus butti", "6214", 1800, 2500),
    ("Paithani blouse piece", "5007", 900, 2200),
    ("Paithani pheta (turban cloth)", "5007", 1200, 2400),
]
# the short names a roll, a bill book and a hand write
SHORT = {
    "Paithani saree, single muniya border": "Saree, muniya",
    "Paithani saree, bangdi mor pallu": "Saree, bangdi mor",
    "Paithani saree, kadiyal border": "Saree, kadiyal",
    "Nauvari Paithani, nine-yard": "Nauvari Paithani",
    "Paithani dupatta, asavali": "Dupatta, asavali",
    "Paithani stole, lotus butti": "Stole, lotus",
    "Paithani blouse piece": "Blouse piece",
    "Paithani pheta (turban cloth)": "Pheta",
}
# the same in the Marathi a stall's hand writes
SHORT_MR = {
    "Paithani saree, single muniya border": "मुनिया साडी",
    "Paithani saree, bangdi mor pallu": "बांगडी मोर साडी",
    "Paithani saree, kadiyal border": "कडियाल साडी",
    "Nauvari Paithani, nine-yard": "नऊवारी",
    "Paithani dupatta, asavali": "दुपट्टा",
    "Paithani stole, lotus butti": "स्टोल",
    "Paithani blouse piece": "ब्लाउज पीस",
    "Paithani pheta (turban cloth)": "फेटा",
}
CUSTOMERS = [
    "Mrs. Vaishali Deshmukh",
    "Mr. Aniket Kulkarni",
    "Dr. Shubhangi Patil",
    "Mrs. Rupali Joshi",
    "Mr. Sandeep Thakare",
    "Ms. Prajakta Gokhale",
    "Mrs. Meera Iyer",
]
# the firm's weavers (karagir who weave its Paithanis on their own looms at home, in Yeola's weavers'
# lanes and round Babhulgaon), and its people at the Dalan
WEAVERS = [
    "Sopan Kshirsagar",
    "Rekha Bhandare",
    "Sanjay Dhokane",
    "Anita Khairnar",
    "Balu Ronge",
    "Savita Lonari",
    "Nitin Pardeshi",
    "Mangal Jadhav",
]
STAFF = [SALES, HELPER]
# the months as a Marathi hand and a Marathi screen write them
MR_MONTHS = [
    "जानेवारी",
    "फेब्रुवारी",
    "मार्च",
    "एप्रिल",
    "मे",
    "जून",
    "जुलै",
    "ऑगस्ट",
    "सप्टेंबर",
    "ऑक्टोबर",
    "नोव्हेंबर",
    "डिसेंबर",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = 1 if lo >= 9000 else rng.randrange(1, 4)
        ceiling = max(lo + 100, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 50 if hi < 10000 else 500))))
    return out


def in_days(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the jatra's, the days before Diwali), its UPI / card reference made
    again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "MAHB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "27", kind_: str = "P") -> str:
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
    numbers = rng.sample(range(21, 640), len(shares))
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 8, 75)
        out.append((f"{prefix}/{fy(day)}/{numbers[i]:03d}", day, v))
    return out


def rupee_of(font: str) -> str:
    return h313.rupee_of(font)


def masked(font: str, n: int = 2) -> str:
    return sign(font, "\u2022", "*") * n


def initials(name: str) -> str:
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


def mr_day(day: dt.date) -> str:
    """A day with its month's Marathi name (12 मार्च 2026), as a screen set in Marathi prints it."""
    return f"{day.day} {MR_MONTHS[day.month - 1]} {day.year}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h314", {"marks": {}, "decor": [], "frame": None, "silk": list(KUSUMBI)})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own rows (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def silk(p: Screen, colour: tuple[int, int, int] | None = None) -> tuple[int, int, int]:
    """The page's own silk colour (its rows' bars and bands): chosen once."""
    x = ext(p)
    if colour is not None:
        x["silk"] = list(colour)
    elif "silk_set" not in x:
        x["silk"] = list(p.rng.choice([KUSUMBI, RAGHU, MORPANKHI, RANI, LAL]))
    x["silk_set"] = True
    return tuple(x["silk"])


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
    h271.tt(p, text, scale=scale, **facts)


def prose(p: Screen, text: str, kind_: str = "left", **facts) -> None:
    h313.prose(p, text, kind_, **facts)


def note(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    h313.note(p, text, align=align, **facts)


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    h313.boxed(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    h313.chip(p, text, status)


def bar(p: Screen, title: str, sub: str, **facts) -> None:
    """heldout279's ``app_head`` with the facts its second line prints (the company named under an app's
    name)."""
    h313.bar(p, title, sub, **facts)


# ---------------------------------------------------------------- Marathi in Devanagari (this set's rows)


def mr_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    return h313.ne_ok(text, latin, bold=bold, serif=serif)


def mr_width(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    return h313.ne_width(text, latin, size, bold=bold, serif=serif)


def mr(
    p: Screen,
    text: str,
    *,
    scale: float = 1.0,
    bold: bool = False,
    serif: bool = True,
    align: str = "c",
    soft: bool = False,
    **facts,
) -> None:
    """A line in Marathi (a name over its English, a heading, an app's words, a bank's message), in Noto Serif
    Devanagari unless told (Noto Sans), its Latin runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert mr_ok(text, p.font, bold=bold, serif=serif), text
    assert mr_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t14mr", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def mr_wrap(
    p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, serif: bool = False, **facts
) -> None:
    """A Marathi sentence set left in as many lines as it needs within ``share`` of the room (the facts on its
    first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and mr_width(f"{line} {word}", p.font, size, serif=serif) > room:
            mr(p, line, scale=scale, serif=serif, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    mr(p, line, scale=scale, serif=serif, align="l", **(facts if first else {}))


def mr_fit(p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, serif: bool = True) -> bool:
    size = int(p.style["size"] * scale)
    return mr_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p)


def mr_hand(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.18, **facts
) -> None:
    """A line written by hand in Marathi: Noto Sans Devanagari for its letters and an upright FreeSans for its
    figures and Latin words, leaning as a ball pen leans and a little off its line, in the page's ink;
    ``figure`` written at the right end of the line (a sum in a bill's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert mr_ok(text + figure, HAND_LATIN), text
    need = mr_width(text, HAND_LATIN, size) + size * 0.6
    if figure:
        need += mr_width(figure, HAND_LATIN, size) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(
        p,
        "t14mh",
        text,
        figure,
        mark_=[align, scale, p.rng.uniform(-1.2, 1.2), p.rng.uniform(0.2, 0.28)],
        **facts,
    )


def mr_cols(p: Screen, first: float, second: float) -> None:
    """Where this page's bilingual ledger rows put their English label and their value (shares of the
    room)."""
    ext(p)["cols"] = [first, second]


def mr_row(
    p: Screen, marathi: str, english: str, value: str, *, pen: bool = False, bold: bool = False, **facts
) -> None:
    """This set's bilingual ledger row: three ruled columns, the Marathi label, its English small in the
    label's ink, and the value (printed, in bold where ``bold``, or written by hand where ``pen``), a thin bar
    of the page's silk at the row's left; rows one under another share their rules."""
    size = p.style["size"]
    a1, a2 = ext(p).get("cols", [0.3, 0.54])
    room = room_of(p)
    silk(p)
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    assert mr_ok(marathi, p.font) and glyphs(p.font, english) and glyphs(vfont, value), (
        marathi,
        english,
        value,
    )
    assert mr_width(marathi, p.font, int(size * 0.9)) + 14 <= a1 * room, (marathi, a1 * room)
    assert load_font(p.font, int(size * 0.74)).getlength(english) + 14 <= (a2 - a1) * room, english
    assert vface.getlength(value) + 14 <= (1 - a2) * room, (value, (1 - a2) * room)
    put(p, "t14mk", marathi, english, value, mark_=[a1, a2, pen, bold], **facts)


def row_fit(p: Screen, values: list[str], *, pen: bool = False, bold: bool = False) -> str:
    """The first of ``values`` that fits a value's column of ``mr_row`` (the last where none does)."""
    size = p.style["size"]
    a2 = ext(p).get("cols", [0.3, 0.54])[1]
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    return next((v for v in values if vface.getlength(v) + 14 <= (1 - a2) * room_of(p)), values[-1])


def mr_fill(p: Screen, marathi: str, english: str, value: str, *, at: float = 0.32, **facts) -> None:
    """This set's bilingual blank: the Marathi label with its English small under it at the left, and the
    value written by hand on a dotted line from ``at`` of the room to its right edge; two lines high."""
    size = p.style["size"]
    room = room_of(p)
    pen = pen_of(p)
    assert mr_ok(marathi, p.font) and glyphs(p.font, english) and glyphs(pen, value), (marathi, english)
    head = max(mr_width(marathi, p.font, size), load_font(p.font, int(size * 0.7)).getlength(english))
    assert head + 10 <= at * room, (marathi, english, at * room)
    assert load_font(pen, int(size * 1.08)).getlength(value) + 20 <= (1 - at) * room, value
    put(p, "t14mf", marathi, english, value, mark_=[at], **facts)
    p.add("gap")


# ---------------------------------------------------------------- this set's rows and marks


def peacock(p: Screen) -> None:
    """A Paithani's peacock as a letterhead's emblem: a bangdi mor, the peacock standing in a bangle, woven in
    zari on a roundel of silk: the bangle's gold ring beaded with light, the bird in profile facing left with
    its crest of three beads, its neck and body inlaid with coloured silk (meena) and lined in gold, its wing
    scalloped, its long tail sweeping down behind it with eyes of the second meena, the zari's weft showing as
    fine lines; centred, three lines high."""
    put(p, "t14pk", "", mark_=[p.rng.randrange(len(PEACOCKS)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def kinar(p: Screen) -> None:
    """A Paithani's border (kinar) as a divider across the page: a band of gold zari, a row of narali (the
    coconut's pointed teeth) in the silk along each edge, and in its middle an asavali, a flowering vine in
    waves with a flower of rani pink at each turn and a leaf between; one line high."""
    put(p, "t14kn", "", mark_=[p.rng.randrange(len(PEACOCKS)), p.rng.randrange(10**6)])


def spools(p: Screen) -> None:
    """The loom's corner in the page's margins: small bobbins (kandi) wound with dyed silk, a spool of zari,
    loose threads of silk curling in pink, green and gold."""
    ext(p)["decor"].append(["spools", p.rng.randrange(10**6)])


def on_saree(p: Screen) -> None:
    """The page photographed lying on a Paithani: its silk shot in two colours with a sheen across it, gold
    buttis in rows, a broad zari border along its edge, a spool of zari beside the page, the page's shadow,
    the page a little askew."""
    ext(p)["frame"] = ["saree", p.rng.randrange(len(PEACOCKS)), p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _zari(rgb: np.ndarray, mask: np.ndarray, yy: np.ndarray, xx: np.ndarray, scale: float) -> None:
    """Gold zari where ``mask`` is set: the gold lit along its weft (fine lines across) and a little along the
    warp, darker in the grain."""
    weft = 0.82 + 0.2 * np.sin(yy * (2.4 / scale)) ** 2
    warp = 0.95 + 0.05 * np.sin(xx * (1.3 / scale))
    g = np.array(GOLD, dtype=np.float32)
    rgb[mask] = (g[None, None, :] * (weft * warp)[..., None])[mask]


def _poly(d: ImageDraw.ImageDraw, pts, fill, outline=None, width: int = 1) -> None:
    d.polygon([(float(x), float(y)) for x, y in pts], fill=fill)
    if outline is not None:
        d.line(
            [(float(x), float(y)) for x, y in pts] + [(float(pts[0][0]), float(pts[0][1]))],
            fill=outline,
            width=width,
            joint="curve",
        )


def _peacock_art(H: int, pal_i: int, seed: int) -> Image.Image:
    """The bangdi mor drawn ``H`` square as an RGBA image: the roundel, the bangle, the peacock."""
    srng = random.Random(seed)
    ground, meena, eye = (tuple(c) for c in PEACOCKS[pal_i])
    img = Image.new("RGBA", (H, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = H / 2
    R = H * 0.48
    lw = max(2, H // 90)
    # the bangle: a gold ring, beads of light round it, the silk roundel inside
    d.ellipse((c - R, c - R, c + R, c + R), fill=GOLD_DARK + (255,))
    d.ellipse((c - R * 0.96, c - R * 0.96, c + R * 0.96, c + R * 0.96), fill=GOLD + (255,))
    d.ellipse((c - R * 0.8, c - R * 0.8, c + R * 0.8, c + R * 0.8), fill=GOLD_DARK + (255,))
    d.ellipse((c - R * 0.77, c - R * 0.77, c + R * 0.77, c + R * 0.77), fill=ground + (255,))
    beads = 28
    for n in range(beads):
        a = 2 * math.pi * n / beads + srng.uniform(-0.01, 0.01)
        bx, by = c + math.cos(a) * R * 0.88, c + math.sin(a) * R * 0.88
        br = R * 0.045
        d.ellipse((bx - br, by - br, bx + br, by + br), fill=GOLD_LIGHT + (255,))
        d.ellipse((bx - br * 0.4, by - br * 0.4, bx + br * 0.4, by + br * 0.4), fill=meena + (255,))
    r = R * 0.77

    def at(u: float, v: float) -> tuple[float, float]:
        return c + u * r, c + v * r

    # the tail: a long plume sweeping down and to the right behind the body, its feathers lined in gold
    def bez(p0, p1, p2, n: int = 16) -> list[tuple[float, float]]:
        out = []
        for k_ in range(n + 1):
            t = k_ / n
            u = (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t**2 * p2[0]
            v = (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t**2 * p2[1]
            out.append(at(u, v))
        return out

    tail = bez((0.12, -0.02), (0.7, 0.02), (0.8, 0.56)) + bez((0.8, 0.56), (0.45, 0.72), (0.16, 0.34))[1:]
    _poly(d, tail, GOLD + (255,), GOLD_DARK + (255,), lw)
    for t in (0.25, 0.45, 0.65):
        x0, y0 = at(0.14 + t * 0.1, 0.1 + t * 0.2)
        x1, y1 = at(0.4 + t * 0.38, 0.18 + t * 0.5)
        d.line((x0, y0, x1, y1), fill=GOLD_DARK + (255,), width=lw)
    for u, v, s in ((0.5, 0.22, 0.07), (0.64, 0.42, 0.075), (0.44, 0.48, 0.065), (0.3, 0.3, 0.055)):
        ex, ey = at(u, v)
        er = s * r
        d.ellipse((ex - er, ey - er * 1.2, ex + er, ey + er * 1.2), fill=meena + (255,))
        d.ellipse((ex - er * 0.55, ey - er * 0.7, ex + er * 0.55, ey + er * 0.7), fill=eye + (255,))
        d.ellipse((ex - er * 0.2, ey - er * 0.25, ex + er * 0.2, ey + er * 0.25), fill=GOLD_LIGHT + (255,))
    # the legs and feet
    for u in (-0.02, 0.1):
        x0, y0 = at(u, 0.3)
        x1, y1 = at(u - 0.02, 0.56)
        d.line((x0, y0, x1, y1), fill=GOLD_DARK + (255,), width=lw + 1)
        d.line((x1, y1, x1 - r * 0.07, y1 + r * 0.03), fill=GOLD_DARK + (255,), width=lw)
        d.line((x1, y1, x1 + r * 0.05, y1 + r * 0.04), fill=GOLD_DARK + (255,), width=lw)
    # the body: a teardrop turned a little up to the left, in the meena, lined in gold
    body = []
    for n in range(40):
        a = 2 * math.pi * n / 40
        u = 0.3 * math.cos(a) * (1 + 0.25 * math.cos(a))
        v = 0.19 * math.sin(a)
        rot = -0.35
        body.append(
            at(0.04 + u * math.cos(rot) - v * math.sin(rot), 0.14 + u * math.sin(rot) + v * math.cos(rot))
        )
    _poly(d, body, meena + (255,), GOLD + (255,), lw + 1)
    # the wing: a scalloped leaf on the body in gold with the second meena inside
    wing = [at(-0.04, 0.06), at(0.12, -0.02), at(0.28, 0.06), at(0.22, 0.18), at(0.06, 0.2)]
    _poly(d, wing, GOLD + (255,), GOLD_DARK + (255,), lw)
    for n in range(3):
        wx, wy = at(0.04 + n * 0.08, 0.12 - n * 0.012)
        wr = r * 0.04
        d.ellipse((wx - wr, wy - wr, wx + wr, wy + wr), fill=eye + (255,))
    # the neck: a curve up to the head, thick at the body and thin under the head
    left_, right_ = [], []
    for n in range(12):
        t = n / 11
        u = -0.16 - 0.2 * t + 0.08 * math.sin(t * math.pi)
        v = 0.02 - 0.5 * t
        w = 0.075 - 0.035 * t
        left_.append(at(u - w, v))
        right_.append(at(u + w, v))
    neck = left_ + right_[::-1]
    _poly(d, neck, meena + (255,), GOLD + (255,), lw)
    hx, hy = at(-0.36, -0.5)
    hr = r * 0.075
    d.ellipse((hx - hr, hy - hr, hx + hr, hy + hr), fill=meena + (255,), outline=GOLD + (255,), width=lw)
    d.polygon(
        [(hx - hr * 0.8, hy - hr * 0.3), (hx - hr * 2.0, hy + hr * 0.1), (hx - hr * 0.8, hy + hr * 0.4)],
        fill=GOLD_DARK + (255,),
    )
    d.ellipse((hx - hr * 0.35, hy - hr * 0.35, hx + hr * 0.05, hy + hr * 0.05), fill=GOLD_LIGHT + (255,))
    # the crest: three stalks fanning up from the head, a bead on each
    for du in (-0.1, 0.0, 0.1):
        tx, ty = at(-0.36 + du, -0.74)
        d.line((hx, hy - hr, tx, ty), fill=GOLD + (255,), width=lw)
        br = r * 0.03
        d.ellipse((tx - br, ty - br, tx + br, ty + br), fill=GOLD_LIGHT + (255,))
    # a lotus bud under the bird's feet
    lx, ly = at(0.05, 0.62)
    for n in (-1, 0, 1):
        d.ellipse(
            (lx + n * r * 0.06 - r * 0.05, ly - r * 0.05, lx + n * r * 0.06 + r * 0.05, ly + r * 0.05),
            fill=eye + (255,),
        )
    # the zari's weft over the gold and the silk: fine lines across the whole roundel
    arr = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:H].astype(np.float32)
    weft = 0.86 + 0.16 * np.sin(yy * (2.6 * 3 / max(H / 30, 3))) ** 2
    warp = 0.96 + 0.04 * np.sin(xx * 1.1)
    arr[..., :3] *= (weft * warp)[..., None]
    arr[..., :3] = arr[..., :3].clip(0, 255)
    return Image.fromarray(arr.astype(np.uint8), "RGBA")


def _peacock(page: Image.Image, cx: float, top_y: float, h: float, pal_i: int, seed: int) -> None:
    """The emblem: the roundel drawn three times over and brought down, a soft shadow under it."""
    k = 3
    art = _peacock_art(int(h * k), pal_i, seed)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    alpha = small.split()[3]
    shadow = Image.new("L", page.size, 0)
    shadow.paste(alpha.point(lambda v: 60 if v > 0 else 0), (x0_ + 3, y0_ + 4))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (80, 64, 60)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _kinar_art(w: int, h: int, pal_i: int, seed: int) -> np.ndarray:
    """A Paithani's border ``w`` by ``h`` (RGB floats): gold zari, narali teeth in the silk along each edge,
    an asavali vine in its middle."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    ground, meena, eye = (np.array(c, dtype=np.float32) for c in PEACOCKS[pal_i])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    rgb = np.zeros((h, w, 3), dtype=np.float32)
    scale = max(1.0, h / 30)
    _zari(rgb, np.ones((h, w), dtype=bool), yy, xx, scale)
    # the silk's edge lines and the narali: teeth of the silk pointing into the gold from each edge
    edge = h * 0.09
    tooth_w, tooth_h = h * 0.34, h * 0.2
    phase = (xx % tooth_w) / tooth_w
    tri = np.abs(phase - 0.5) * 2
    top_t = (yy >= edge) & (yy - edge <= tooth_h * (1 - tri))
    bot_t = (h - 1 - yy >= edge) & (h - 1 - yy - edge <= tooth_h * (1 - tri))
    rgb[(yy < edge) | (h - 1 - yy < edge)] = ground
    rgb[top_t | bot_t] = ground * 0.95
    line_ = (np.abs(yy - edge * 0.5) < max(1.0, h * 0.015)) | (
        np.abs(h - 1 - yy - edge * 0.5) < max(1.0, h * 0.015)
    )
    rgb[line_] = eye
    # the asavali: a vine in waves through the middle, a leaf and a flower at each turn
    cy = h / 2
    amp = h * 0.13
    period = h * 1.3
    wave = cy + amp * np.sin(xx * 2 * np.pi / period)
    vine = np.abs(yy - wave) < max(1.2, h * 0.03)
    rgb[vine] = meena
    for n in range(int(w / (period / 2)) + 2):
        fx = n * period / 2 + period / 4
        fy = cy + amp * math.sin(fx * 2 * math.pi / period)
        rr = h * 0.11
        dist = np.sqrt((xx - fx) ** 2 + (yy - fy) ** 2)
        ang = np.arctan2(yy - fy, xx - fx)
        petals = dist < rr * (0.75 + 0.35 * np.cos(ang * 5))
        rgb[petals] = eye
        rgb[dist < rr * 0.35] = np.array(GOLD_LIGHT, dtype=np.float32)
        lx = fx + period / 4
        ly = cy + amp * math.sin(lx * 2 * math.pi / period) - (amp * 0.9 if n % 2 else -amp * 0.9)
        leaf = ((xx - lx) / (h * 0.12)) ** 2 + ((yy - ly) / (h * 0.06)) ** 2 < 1
        rgb[leaf] = meena * 1.1
    rgb += g.normal(0, 3, (h, w, 1))
    return rgb.clip(0, 255)


def _kinar(page: Image.Image, x0: float, x1: float, y0: float, y1: float, pal_i: int, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    art = _kinar_art(w * k, h * k, pal_i, seed)
    img = Image.fromarray(art.astype(np.uint8), "RGB").resize((w, h), Image.LANCZOS)
    page.paste(img, (int(x0), int(y0)))


def _thread(d: ImageDraw.ImageDraw, x: float, y: float, length: float, colour, srng) -> None:
    """A loose thread of silk: a fine curling line with its sheen, its end frayed."""
    pts = []
    amp = srng.uniform(2.0, 4.0)
    phase = srng.uniform(0, 6.3)
    turn = srng.uniform(-0.25, 0.25)
    for t in range(50):
        s = t / 49 * length
        a = math.pi / 2 + turn * (s / length) ** 1.5
        off = amp * math.sin(phase + s / 9.0)
        pts.append((x + math.cos(a) * s - math.sin(a) * off, y + math.sin(a) * s + math.cos(a) * off))
    d.line([(px + 1, py + 1) for px, py in pts], fill=(90, 80, 70, 60), width=3, joint="curve")
    d.line(pts, fill=tuple(colour) + (255,), width=2, joint="curve")
    d.line(pts[::3], fill=_tint((255, 255, 255), colour, 0.55) + (200,), width=1)


def _bobbin(d: ImageDraw.ImageDraw, x: float, y: float, length: float, colour, zari: bool) -> None:
    """A small bobbin (kandi) standing in the margin: its wooden ends and the silk (or the zari) wound on it,
    the winding's lines across it."""
    w = length * 0.34
    d.rectangle((x - w * 0.62 + 2, y + 3, x + w * 0.62 + 2, y + length + 3), fill=(80, 70, 60, 70))
    d.rounded_rectangle((x - w * 0.62, y, x + w * 0.62, y + length * 0.1), radius=3, fill=(170, 120, 70, 255))
    d.rounded_rectangle(
        (x - w * 0.62, y + length * 0.9, x + w * 0.62, y + length), radius=3, fill=(170, 120, 70, 255)
    )
    body = GOLD if zari else tuple(colour)
    d.rectangle((x - w / 2, y + length * 0.1, x + w / 2, y + length * 0.9), fill=tuple(body) + (255,))
    light = _tint((255, 255, 255), body, 0.45)
    dark = _tint((0, 0, 0), body, 0.3)
    steps = int(length / 4)
    for n in range(steps):
        yy = y + length * 0.1 + (length * 0.8) * n / steps
        d.line((x - w / 2, yy, x + w / 2, yy + 2), fill=(dark if n % 2 else light) + (255,), width=1)
    d.line((x - w / 2 + 2, y + length * 0.12, x - w / 2 + 2, y + length * 0.88), fill=light + (255,), width=2)


def _spools(page: Image.Image, seed: int) -> Image.Image:
    """The margins: bobbins of dyed silk and a spool of zari, loose threads of silk."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(10, MARGIN - 12) if left else srng.uniform(width - MARGIN + 10, width - 10)
        return x, srng.uniform(50, height - 120)

    for _ in range(srng.randrange(3, 6)):
        x, y = spot()
        _thread(d, x, y, srng.uniform(40, 80), srng.choice([RANI, RAGHU, PIVLA, MORPANKHI, GOLD]), srng)
    for n in range(2):
        x, y = spot()
        x = 16 if x < width / 2 else width - 17
        _bobbin(d, x, y, srng.uniform(36, 48), srng.choice([RANI, RAGHU, KUSUMBI, MORPANKHI]), zari=n == 1)
    return layer.convert("RGB")


def _saree_art(w: int, h: int, pal_i: int, seed: int) -> Image.Image:
    """A length of Paithani: its silk shot in two colours (warp and weft) with a sheen across it, gold buttis
    in rows, a broad zari border along its foot."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    ground, meena, eye = (np.array(c, dtype=np.float32) for c in PEACOCKS[pal_i])
    second = np.array(srng.choice([RAGHU, KUSUMBI, MORPANKHI, RANI, PIVLA]), dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # the shot silk: the weft's colour showing through the warp's as the light moves across it
    t = 0.5 + 0.5 * np.sin((xx * 0.7 + yy) / (w * 0.35) + srng.uniform(0, 6.3))
    rgb = ground[None, None, :] * (1 - 0.28 * t[..., None]) + second[None, None, :] * (0.28 * t[..., None])
    sheen = np.exp(-((((xx - yy * 0.6) - w * srng.uniform(0.2, 0.7)) / (w * 0.18)) ** 2))
    rgb = rgb * (0.88 + 0.22 * sheen[..., None]) + 60 * sheen[..., None] * 0.3
    rgb *= (0.96 + 0.04 * np.sin(yy * 2.1))[..., None]
    # the buttis: small gold coins of zari with a silk heart, in rows set in turn
    step_ = 64
    for row_ in range(int(h / step_) + 1):
        for col in range(int(w / step_) + 2):
            bx = col * step_ + (step_ / 2 if row_ % 2 else 0)
            by = row_ * step_ + 24
            dist = np.sqrt((xx - bx) ** 2 + ((yy - by) * 1.2) ** 2)
            rgb[dist < 7] = np.array(GOLD, dtype=np.float32)
            rgb[dist < 2.5] = eye
    # the border along the foot: the kinar's zari, its teeth and vine
    bh = int(min(150, h * 0.22))
    band_ = _kinar_art(w, bh, pal_i, srng.randrange(10**6))
    rgb[h - bh :] = band_
    rgb[h - bh - 8 : h - bh] = ground * 0.7
    rgb += g.normal(0, 4, (h, w, 1))
    return Image.fromarray(rgb.clip(0, 255).astype(np.uint8), "RGB")


def _on_saree(image: Image.Image, pal_i: int, seed: int) -> Image.Image:
    """The page on the Paithani: turned a little with its shadow, a spool of zari and a bobbin of silk beside
    it."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad + 150, h + 2 * pad
    base = _saree_art(bw, bh, pal_i, srng.randrange(10**6))
    angle = srng.uniform(-2.0, 2.0)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 10, (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 150 if v > 0 else 0), (sx + 9, sy + 11))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (24, 14, 20)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    layer = base.convert("RGBA")
    d = ImageDraw.Draw(layer)
    side = sx + turned.width + 30
    _bobbin(d, side + 40, srng.uniform(bh * 0.12, bh * 0.3), 110, GOLD, zari=True)
    _bobbin(
        d, side + 50, srng.uniform(bh * 0.45, bh * 0.6), 84, srng.choice([RANI, RAGHU, PIVLA]), zari=False
    )
    _thread(d, side + 20, srng.uniform(bh * 0.3, bh * 0.4), 90, GOLD_LIGHT, srng)
    return layer.convert("RGB")


def _ledger_row(
    draw,
    r: tuple,
    m: list,
    y: float,
    top_y: float,
    line: int,
    font: str,
    style: dict,
    first: bool,
    last: bool,
) -> None:
    """This set's bilingual ledger row: its rules, its silk bar, its three columns."""
    size = style.get("size", 22)
    width = style.get("width", 620)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    x1 = style.get("h271") or {}
    silk_ = tuple((style.get("h314") or {}).get("silk", KUSUMBI))
    a1, a2, pen, bold = m
    room = width - 2 * MARGIN
    y0, y1_ = top_y + 1, top_y + line + 1
    rule = _tint(soft, paper_, 0.5)
    if first:
        draw.line((MARGIN - 6, y0, width - MARGIN + 4, y0), fill=rule, width=1)
    draw.line(
        (MARGIN - 6, y1_, width - MARGIN + 4, y1_),
        fill=rule if not last else _tint(soft, paper_, 0.8),
        width=1,
    )
    for a in (a1, a2):
        xa = MARGIN + a * room
        draw.line((xa, y0, xa, y1_), fill=rule, width=1)
    draw.rectangle((MARGIN - 8, y0 + 1, MARGIN - 4, y1_ - 1), fill=silk_)
    draw.rectangle(
        (MARGIN + a2 * room + 1, y0 + 1, width - MARGIN + 3, y1_ - 1), fill=_tint(silk_, paper_, 0.05)
    )
    h313.draw_ne(draw, (MARGIN + 4, y - size * 0.08), r[1], font, int(size * 0.9), ink)
    small = load_font(font, int(size * 0.74))
    draw.text((MARGIN + a1 * room + 8, y + size * 0.12), r[2], font=small, fill=soft)
    vx = MARGIN + a2 * room + 8
    if pen:
        vface = load_font(x1.get("pen", PENS[0]), int(size * 1.06))
        draw.text((vx, y - size * 0.1), r[3], font=vface, fill=tuple(x1.get("pen_ink", INKS[0])))
    else:
        vface = load_font(bold_of(font) if bold else font, size)
        draw.text((vx, y), r[3], font=vface, fill=ink)


def _blank(draw, r: tuple, m: list, y: float, line: int, font: str, style: dict) -> None:
    """This set's bilingual blank: the Marathi over its English, the value written on a dotted line."""
    size = style.get("size", 22)
    width = style.get("width", 620)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    x1 = style.get("h271") or {}
    (at,) = m
    room = width - 2 * MARGIN
    h313.draw_ne(draw, (MARGIN, y - size * 0.1), r[1], font, size, ink)
    draw.text((MARGIN, y + line * 0.74), r[2], font=load_font(font, int(size * 0.7)), fill=soft)
    x0 = MARGIN + at * room
    base = y + line * 1.02
    for xx in range(int(x0), int(width - MARGIN), 6):
        draw.line((xx, base, xx + 2, base), fill=soft, width=1)
    pen = x1.get("pen", PENS[0])
    face = load_font(pen, int(size * 1.08))
    draw.text(
        (x0 + 10, base - face.getmetrics()[0] - 2), r[3], font=face, fill=tuple(x1.get("pen_ink", INKS[0]))
    )


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout313's ``_render`` (heldout294's and the renderers beneath it), then this set's rows and marks:
    Marathi lines and hand, bilingual ledger rows and blanks, a peacock as an emblem, a Paithani's border as a
    divider, bobbins and threads of silk in the margins."""
    page = h313._render(rows, font, style)
    x = style.get("h314")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", INKS[0]))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t14"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t14mr":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = h313.ne_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            h313.draw_ne(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t14mh":
            align, scale, tilt, shear = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                tw = h313.ne_width(text, HAND_LATIN, s)
                lw, lh = int(tw + s * 1.2), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                h313.draw_ne(ImageDraw.Draw(layer), (s * 0.5, lh * 0.22), text, HAND_LATIN, s, 255)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, shear, -shear * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                ).rotate(tilt, resample=Image.BICUBIC)
                if n_ == 0:
                    tx = width - MARGIN - tw - s * 0.9
                    fx = tx
                else:
                    tx = {
                        "c": (width - tw) / 2 - s * 0.5,
                        "l": MARGIN - s * 0.3,
                        "r": (fx if fx is not None else width - MARGIN) - tw - s * 1.1,
                    }[align]
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.32)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t14mk":
            first = i == 0 or rows[i - 1][0] != "t14mk"
            last = i == len(rows) - 1 or rows[i + 1][0] != "t14mk"
            _ledger_row(draw, r, m, y, top_y, line, font, style, first, last)
        elif name == "t14mf":
            _blank(draw, r, m, y, line, font, style)
        elif name == "t14pk":
            pal_i, seed = m
            _peacock(page, width / 2, top_y + line * 0.05, line * 2.9, pal_i, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t14kn":
            pal_i, seed = m
            _kinar(page, MARGIN, width - MARGIN, top_y + line * 0.1, top_y + line * 0.95, pal_i, seed)
            draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "spools":
            page = _spools(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout313's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the Paithani a page is photographed lying on."""
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
    f = (style.get("h314") or {}).get("frame")
    if f and f[0] == "saree":
        image = _on_saree(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h313.check_faces()
    for face in [*PENS, *TYPES, *MARATHI_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout314 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Dalan's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, "MOR PAITHANI DALAN YEOLA"]
BUYERS = [
    ("Vaishali Deshmukh", "Bank of Maharashtra"),
    ("Aniket Kulkarni", "HDFC Bank"),
    ("Shubhangi Patil", "State Bank of India"),
    ("Rupali Joshi", "Saraswat Bank"),
    ("Sandeep Thakare", "ICICI Bank"),
    ("Prajakta Gokhale", "Kotak Mahindra Bank"),
    ("Meera Iyer", "Axis Bank"),
    ("Kiran Wagh", "The Nashik District Central Co-operative Bank"),
]
NOTES = [
    "paithani saree",
    "2 dupattas",
    "nauvari for wedding",
    "blouse pieces",
    "muniya saree",
    "gift for aai",
]


def bank_short(bank: str) -> str:
    return {
        "Bank of Maharashtra": "BoM",
        "HDFC Bank": "HDFC",
        "State Bank of India": "SBI",
        "Saraswat Bank": "Saraswat",
        "ICICI Bank": "ICICI",
        "Kotak Mahindra Bank": "Kotak",
        "Axis Bank": "Axis",
        "The Nashik District Central Co-operative Bank": "NDCC Bank",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Mor Paithani Dalan or the firm: Paytm for Business on the Dalan's phone (the Dalan under
    the app's bar; its soundbox's words, "Received Rs. x on Paytm"; the sum set large, Payment received, "from
    <buyer>"; UPI Ref. No., Received on, Mode and Settlement against a gutter); PhonePe set in Marathi ("आज,
    <hour>" (today); a large round tick, "पेमेंट यशस्वी झाले" (payment successful), the sum, "प्राप्तकर्ता"
    (recipient) over the payee; "व्यवहार तपशील" (transaction details) in bilingual ledger rows: UPI संदर्भ
    क्र. · UPI Ref No., खात्यातून · From A/c, टीप · Note; no day); Freecharge's UPI payment on a scalloped
    badge (Payment Successful, the sum, "Paid to" over the payee; UPI Transaction ID, Date & Time, Paid from
    in shaded labels); ICICI Bank's iMobile Pay with the payment in progress (a capsule, the sum, "to
    <payee>", a progress bar, a notice; UPI Ref No.:, Initiated on:, From: with colons); slice's UPI payment
    on its dark screen (a tile's tick, Payment successful, the sum, "to <payee>"; each value over its label:
    UPI transaction ID, Paid on, Paid from); Google Pay's payment in the buyer's chat with the Dalan (the
    Dalan on top with its UPI ID, the payment's card at the right: "You paid", the sum, "Paid · <day>", the
    buyer's note; no reference); AU Small Finance Bank's AU 0101 with the payment failed on a tinted band (the
    sum, "to <payee>", the reason in a notice; Transaction ID, UPI Ref No., Attempted on, Account against a
    gutter); Bajaj Finserv's Bajaj Pay UPI (the payee's initials in a round badge, Payment successful, the
    sum, "Paid to" over the payee; a copyable UPI Ref No.; Date, Paid via in a table ruled on every side). All
    new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=900, high=68000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    note_ = rng.choice(NOTES)
    if k == 0:
        p = phone(rng, font, k, ["", "Paytm for Business"], dark=False, buttons=("Share", "All payments"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm for Business", "Payments")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Vinchur Chaufuli, Yeola")
        h287.speaker(p, f"Received {rupee_of(p.font)}{num(j.amount, 'indian')} on Paytm")
        p.add("gap")
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", "Payment received", status=status)
        p.add("small", f"from {who}")
        p.add("gap")
        at = 0.4
        gutter(p, "pb", "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gutter(
            p,
            "pb",
            "Received on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        gutter(p, "pb", "Mode", f"UPI ({sb})", at=at, method="UPI")
        gutter(p, "pb", "Settlement", f"Instant, BoM XX{digits(rng, 4)}", at=at)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=())
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "")
        sicon(p, status)
        mr(p, "पेमेंट यशस्वी झाले", bold=True, serif=False, scale=1.05, status=status)
        mr(p, f"आज, {hour12(rng.randrange(9, 21), rng.randrange(60))}", serif=False, scale=0.8, soft=True)
        p.add("big", rs(j.amount), amount=j.amount)
        mr(p, "प्राप्तकर्ता", serif=False, scale=0.8, soft=True)
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        mr(p, "व्यवहार तपशील", serif=False, bold=True, align="l")
        mr_cols(p, 0.34, 0.56)
        mr_row(p, "UPI संदर्भ क्र.", "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        mr_row(p, "खात्यातून", "From A/c", row_fit(p, [f"{sb} XX{last4}", f"XX{last4}"]), method="UPI")
        mr_row(p, "टीप", "Note", row_fit(p, [note_, note_.split()[0]]))
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "freecharge"], dark=False, buttons=("Share", "Done"))
        band(p, (236, 96, 40))
        app_head(p, "freecharge", "UPI")
        h287.burst(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        at = 0.42
        kv(p, "UPI Transaction ID", j.ref, at=at, txn=(UTR_RANK, j.ref))
        kv(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=at, date=j.date)
        kv(p, "Paid from", f"{sb} XX{last4}", at=at, method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "iMobile Pay"], dark=False, buttons=("Refresh",))
        band(p, (174, 40, 30))
        app_head(p, "iMobile Pay", "ICICI Bank  |  UPI")
        pill(p, "Payment in progress", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        h294.progress(p, rng.uniform(0.45, 0.7), status)
        boxed(
            p,
            "Your bank has debited the amount and is waiting for the payee's bank to confirm. This usually "
            "takes a few minutes; please do not pay again.",
            "warn",
        )
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        h271.colkv(p, "im", spec, "UPI Ref No.:", j.ref, txn=(UTR_RANK, j.ref))
        h271.colkv(
            p,
            "im",
            spec,
            "Initiated on:",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)),
            date=j.date,
        )
        h271.colkv(p, "im", spec, "From:", f"ICICI Bank XX{last4}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "slice"], dark=True, buttons=("Done",))
        app_head(p, "slice", "UPI")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        vlab(p, "UPI transaction ID", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "Paid from", f"slice savings {masked(p.font)}{last4}", bold=False, method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        name = pick(p, "title", [SHOP, SHOP_CAPS])
        p.add("title", name, merchant=name)
        p.add("small", "morpaithani@mahb  |  Google Pay")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        c = h275.gcard_open(p)
        h275.inrow(p, "You paid", soft=True)
        h275.inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        day_ = when(j.date, rng.choice(["{d} %b %Y", "%d %b %Y"]))
        h275.inrow(
            p,
            f"{sign(p.font, chr(0x2713), '')} Paid {sign(p.font, chr(0xB7), '|')} {day_}".strip(),
            soft=True,
            status=status,
            method="UPI",
            date=j.date,
        )
        h275.inrow(p, note_, scale=0.8, soft=True)
        h275.gcard_close(p, c)
        p.add("gap")
        note(p, "Pay  |  Request  |  Message", align="c")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "AU 0101"], dark=False, buttons=("Try again",))
        band(p, (100, 40, 130))
        app_head(p, "AU 0101", "AU Small Finance Bank  |  UPI")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "The transaction was declined because the UPI PIN entered was incorrect. No money has been "
            "debited from your account.",
            "error",
        )
        tid = f"AU{j.date:%y%m%d}{digits(rng, 10)}"
        at = 0.42
        gutter(p, "au", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        gutter(p, "au", "UPI Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gutter(
            p,
            "au",
            "Attempted on",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)),
            at=at,
            date=j.date,
        )
        gutter(p, "au", "Account", f"Savings XX{last4}", at=at, method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "Bajaj Finserv"], dark=False, buttons=("Share",))
    band(p, (0, 84, 164))
    app_head(p, "Bajaj Finserv", "Bajaj Pay UPI")
    name = pick(p, "center", [to, SHOP])
    h273.avatar(p, initials(name), (0, 84, 164))
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "Paid to")
    p.add("center", name, merchant=name)
    p.add("gap")
    copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    gkv(p, "bj", "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
    gkv(p, "bj", "Paid via", f"Bajaj Pay UPI, {sb} XX{last4}", at=0.34, method="UPI")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


MSHC = "Maharashtra State Handlooms Corporation Ltd."
MSHC_MID = "Maharashtra State Handlooms Corpn. Ltd."
MSHC_MR = "महाराष्ट्र राज्य हातमाग महामंडळ मर्यादित"
VASTRA = "VASTRAKALA SAREES"
REVATI = "Studio Revati Pvt. Ltd."
KALAKARI = "Kalakari Home LLP"
SUTRAA = "Sutraa Boutique"
WEAVETALES = "Weavetales Retail Pvt. Ltd."
SAHYADRI = "Sahyadri Hotels & Resorts Ltd."


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: the Maharashtra State Handlooms Corporation's PAYMENT
    INTIMATION for its showrooms' purchases under its Marathi name (Ref. No. and Date on a line; "To, The
    Managing Partner," and the firm; Sub:; Bill No. | Bill Date | Amount in a striped table, Total under a
    rule and a double rule; "We have remitted Rs. x/- ... by NEFT / RTGS, UTR ..."; its round seal; the
    Accounts Officer's signature); a Pune saree store's Payment Voucher printed from Tally Prime (No. and
    Dated on a line; Particulars | Amount on hairline rows with the firm's account; Through:; Bank Transaction
    Details: Transfer Mode:, UTR / Inst. No.:, Inst. Date: with colons; the total and its words; the
    Receiver's Signature and the Authorised Signatory); ICICI Bank's Corporate Internet Banking with a Mumbai
    studio's payment pending for approval (its stages left to right with a node for each, a notice;
    Transaction Ref. No.:, Beneficiary Name:, Amount:, Payment Mode:, Value Date:, Created by: with colons); a
    Mumbai home label's Slack channel under its "Today" divider (the writer, bold, and the hour; "Paid Rs. x
    to <payee> via NEFT for PO ...", "UTR ..."; its reactions and replies; another message; no day); Axis
    Bank's neo for Corporates with a Hyderabad boutique's NEFT returned in an octagon (the reason in a notice;
    Transaction Reference, Beneficiary, Amount, Payment Date, Mode, Return reason each in a read-only field's
    box); a Bengaluru e-retailer's Bill Payment mailed from NetSuite (its sentence; Bill Payment #:, Payee:,
    Date:, Account:, Memo: with colons; Bill # | Date Due | Orig. Amt. | Payment on hairline rows, Total
    Payment under a rule and a double rule); a Nashik wedding family's WhatsApp message under "Today" ("I have
    sent Rs. x to <payee> by Google Pay on <day> ..."; the Dalan's reply; no reference); Invoicemart's
    factoring unit funded for a hotel company's invoices (Funds credited in a capsule; Factoring Unit No.,
    Buyer, Seller, Financier, Invoice Amount, Discount charges, Net Amount Credited, Mode, UTR, Funded on in a
    table ruled on every side). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=18000, high=420000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        j.amount = float(round(j.amount))
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        mr(p, MSHC_MR, bold=True, scale=0.95)
        top(p, pick(p, "title", [MSHC, MSHC_MID, "MSHC Ltd."]))
        p.add("small", "Umred Road, Nagpur - 440009  |  Marketing Division")
        p.add("rule")
        p.add("center", "PAYMENT INTIMATION")
        p.part = "body"
        ref = f"MSHC/Mktg/Accts/{rng.randrange(120, 980)}/{j.date.year}"
        cols(
            p,
            "ms0",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Ref. No. {ref}",
            f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Managing Partner,")
        name = pick(p, "left", [f"M/s {FIRM},", f"{FIRM},"])[:-1]
        shown = name.removeprefix("M/s ")
        p.add("left", f"{name},", merchant=shown)
        p.add("left", f"{TOWN}.")
        prose(
            p,
            "Sub: Payment against your bills for Paithani sarees supplied to our Mumbai and Pune showrooms.",
        )
        lines = [
            ([no_, when(day, "%d/%m/%Y"), num(v)], {})
            for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "APVU")
        ]
        zebra(
            p,
            "msz",
            [(0.0, 0.44, "l"), (0.44, 0.72, "l"), (0.72, 1.0, "r")],
            ["Bill No.", "Bill Date", "Amount"],
            lines,
            KUSUMBI,
        )
        total(p, "Total", num(j.amount), at=0.6)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Bank of Maharashtra", way)
        prose(
            p,
            f"We have remitted Rs. {num(j.amount, 'indian', 0)}/- to your account with {BANK_LINE} by {way}, "
            f"UTR {utr}. Kindly acknowledge.",
            amount=j.amount,
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        h269.seal(p, "MAHARASHTRA STATE HANDLOOMS CORPN. LTD.", ["ACCOUNTS", "NAGPUR"], "violet")
        sig(p)
        p.add("right", "Accounts Officer")
        return p.done()
    if k == 1:
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, VASTRA)
        p.add("small", f"1184 Laxmi Road, Pune - 411002  |  GSTIN {gstin_of(rng, '27', 'P')}")
        p.add("rule")
        p.add("center", "Payment Voucher")
        p.part = "body"
        vno = str(rng.randrange(120, 980))
        cols(
            p,
            "tv0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No.: {vno}",
            f"Dated: {when(j.date, '%d-%b-%y')}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "tvh", spec, "Particulars", "Amount", mode="line")
        p.add("left", "Account :")
        name = rng.choice([FIRM, FIRM_CAPS])
        h269.kind(p, "tvb", spec, "plain", bold=(0,))
        h269.row(p, "tvb", f"   {name}", num(j.amount), merchant=name)
        p.add("left", "Through :")
        p.add("left", "   HDFC Bank - Current A/c")
        p.add("left", "Bank Transaction Details :")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        bspec = [(0.05, 0.4, "l"), (0.4, 1.0, "l")]
        h271.colkv(p, "tvt", bspec, "Transfer Mode:", way, method="netbanking", status=status)
        h271.colkv(p, "tvt", bspec, "UTR / Inst. No.:", utr, txn=(UTR_RANK, utr))
        h271.colkv(p, "tvt", bspec, "Inst. Date:", when(j.date, "%d-%b-%y"))
        total(p, "", f"{rupee_of(p.font)} {num(j.amount)}", at=0.6, amount=j.amount)
        prose(p, f"Amount (in words): Indian Rupees {spelt(j.amount)} Only", "small")
        p.add("gap")
        cols(p, "tvs", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Receiver's Signature:", "Authorised Signatory")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "cib.icicibank.com/corp/BANKAWAY?fldRequestId=RRPAY")
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("small", f"Corporate Internet Banking  |  {REVATI}, Mumbai")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        p.add("left", f"{way} payment  -  Pending for approval", status=status)
        h273.track(p, ["Created", "Verified", "Approved", "Released"], "ddpt")
        boxed(
            p,
            "This payment has been created and verified. It will be released to the beneficiary's bank once "
            "the approver approves it.",
            "warn",
        )
        ref = f"RTP{digits(rng, 10)}"
        name = rng.choice([FIRM, CUT])
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "ic", spec, "Transaction Ref. No.:", ref, txn=(BANK_RANK, ref))
        h271.colkv(p, "ic", spec, "Beneficiary Name:", name, merchant=name)
        h271.colkv(p, "ic", spec, "Amount:", rs(j.amount), amount=j.amount)
        h271.colkv(p, "ic", spec, "Payment Mode:", way, method="netbanking")
        h271.colkv(p, "ic", spec, "Value Date:", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        h271.colkv(p, "ic", spec, "Created by:", "revati.accounts")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(40, 400) * 250)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["paper"] = (252, 251, 253)
        p.part = "head"
        h269.kind(p, "sl0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["sl0"] = 1.1
        h269.row(p, "sl0", "# vendor-payments")
        p.add("small", f"Slack  |  {KALAKARI}, Mumbai  |  14 members")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 17)
        h269.kind(p, "sl1", [(0.0, 0.55, "l"), (0.55, 1.0, "l")], "plain", bold=(0,))
        h269.row(p, "sl1", "Kavya Rao", hour12(hour, rng.randrange(60)))
        name = pick(p, "left", [FIRM, SHOP])
        utr = utr_of(rng, j, "Kotak Mahindra Bank", "NEFT")
        po = rng.randrange(3000, 5000)
        prose(
            p,
            f"Paid {rs(j.amount)} to {name} via NEFT for PO {po} (Paithani dupattas and stoles for the "
            "festive collection).",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
        note(p, f"{sign(p.font, chr(0x2713), '+')} 3    {sign(p.font, chr(0x2191), '^')} 1    2 replies")
        p.add("gap")
        h269.row(p, "sl1", "Farhan Shaikh", hour12(hour + 1, rng.randrange(60)))
        p.add("left", f"Thanks Kavya, I have told {ROHIT.split()[0]} at Yeola.")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "neo.axisbank.co.in/corporate/payments/transaction-status")
        p.part = "head"
        top(p, "Axis Bank")
        p.add("small", f"neo for Corporates  |  {SUTRAA}, Banjara Hills, Hyderabad")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "NEFT returned", status=status)
        boxed(
            p,
            "The beneficiary bank returned this credit (account number and beneficiary name do not match). "
            "The amount has been credited back to your account.",
            "error",
        )
        ref = f"AXNF{digits(rng, 12)}"
        name = rng.choice([FIRM_CAPS, CUT])
        h273.field(p, "Transaction Reference", ref, txn=(BANK_RANK, ref))
        h273.field(p, "Beneficiary", name, merchant=name)
        h273.field(p, "Amount", rs(j.amount), amount=j.amount)
        h273.field(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        h273.field(p, "Mode", "NEFT", method="netbanking")
        h273.field(p, "Return reason", "R03 - account number does not match")
        return p.done()
    if k == 5:
        bp = f"BP-{j.date.year}-{rng.randrange(200, 900):04d}"
        p = mail_page(
            rng,
            font,
            "Weavetales Accounts Payable <ap@weavetales.in>",
            [f"Bill Payment {bp}", "Remittance advice from Weavetales"],
        )
        p.part = "head"
        top(p, pick(p, "title", [WEAVETALES, "Weavetales"]))
        p.add("small", "Koramangala, Bengaluru  |  Remittance Advice")
        p.add("rule")
        p.part = "body"
        prose(p, "Hello, please find below the details of our payment against your bills.")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        name = rng.choice([FIRM, FIRM_CAPS])
        spec = [(0.0, 0.26, "l"), (0.26, 1.0, "l")]
        h271.colkv(p, "ns", spec, "Bill Payment #:", bp, txn=(INVOICE_RANK, bp))
        h271.colkv(p, "ns", spec, "Payee:", name, merchant=name)
        h271.colkv(p, "ns", spec, "Date:", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), date=j.date)
        h271.colkv(p, "ns", spec, "Account:", "1010 HDFC Bank - Current")
        h271.colkv(
            p,
            "ns",
            spec,
            "Memo:",
            f"{way} UTR {utr}",
            txn=(UTR_RANK, utr),
            method="netbanking",
            status=status,
        )
        bspec = [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")]
        cols(p, "nsh", bspec, "Bill #", "Date Due", "Orig. Amt.", "Payment", mode="line")
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "APVU"):
            cols(
                p,
                "nsl",
                bspec,
                no_,
                when(day + dt.timedelta(days=30), "%d/%m/%Y"),
                num(v),
                num(v),
                mode="line",
            )
        total(p, "Total Payment", rs(j.amount), at=0.6, amount=j.amount)
        p.add("small", "Sent from Oracle NetSuite")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(30, 160) * 500)
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", "Deshmukh Kaka (Nashik)")
        p.add("small", "online")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        divider(p, "Today")
        p.add("gap")
        s_ = len(p.rows)
        name = rng.choice([SHOP, FIRM])
        prose(
            p,
            f"Namaskar. I have sent Rs. {num(j.amount, 'indian', 0)} to {name} by Google Pay on "
            f"{when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))} for the bride's nauvari and her mother's "
            "saree. Please confirm.",
            amount=j.amount,
            merchant=name,
            date=j.date,
            method="UPI",
            status=status,
        )
        h273.bubble(p, s_, hour12(rng.randrange(9, 13), rng.randrange(60), lower=True))
        s2 = len(p.rows)
        p.add("left", "Received, thank you Kaka. We will send the sarees on Monday.")
        h273.bubble(p, s2, hour12(rng.randrange(13, 19), rng.randrange(60), lower=True))
        return p.done()
    p = browser_page(rng, font, "www.invoicemart.com/msme/factoring-units/detail")
    p.part = "head"
    top(p, "Invoicemart")
    p.add("small", "A.TReDS Ltd.  |  MSME seller  |  Factoring unit")
    p.add("rule")
    p.part = "body"
    chip(p, "Funds credited", status)
    p.add("gap")
    inv = round(j.amount / (1 - rng.uniform(0.006, 0.014)), 2)
    disc = round(inv - j.amount, 2)
    fu = f"FU{j.date:%y%m}{digits(rng, 7)}"
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Bank of Baroda", way)
    name = rng.choice([FIRM, FIRM_CAPS])
    grid(
        p,
        "tr",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        None,
        [
            (["Factoring Unit No.", fu], {"txn": (INVOICE_RANK, fu)}),
            (["Buyer", SAHYADRI], {}),
            (["Seller", name], {"merchant": name}),
            (["Financier", "Bank of Baroda"], {}),
            (["Invoice Amount", num(inv)], {}),
            (["Discount charges", num(disc)], {}),
            (["Net Amount Credited", rs(j.amount)], {"amount": j.amount}),
            (["Mode", way], {"method": "netbanking"}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Funded on", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
        ],
    )
    p.add("small", "The buyer will pay the financier the invoice amount on its due date.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Swarali Sarees LLC", "Edison, New Jersey, USA", "USD", 1500, 16000, "bofa"),
    ("Harrow Silk House Ltd", "Harrow, London, UK", "GBP", 1200, 12000, "natwest"),
    ("Paithani Corner Trading LLC", "Karama, Dubai, UAE", "AED", 5000, 60000, "mashreq"),
    ("Saree Sutra Pte Ltd", "Little India, Singapore", "SGD", 1500, 15000, "dbs"),
    ("Maple Handloom Inc.", "Brampton, Ontario, Canada", "CAD", 1500, 15000, "td"),
    ("Kiwi Saree Studio Ltd", "Auckland, New Zealand", "NZD", 1500, 16000, "asb"),
    ("Maison Maratha Ltee", "Port Louis, Mauritius", "MUR", 60000, 600000, "mcb"),
    ("Maison du Sari SARL", "Paris, France", "EUR", 1000, 10000, "bnp"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or $; pounds with GBP or the pound's sign; UAE
    dirhams with AED; Singapore dollars with SGD or S$; Canadian dollars with CAD or C$; New Zealand dollars
    with NZD or NZ$; Mauritian rupees with MUR only; euros the French way (7 650,00) with EUR or the euro's
    sign after."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    euro = "{f} \u20ac" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "{f} EUR"
    forms = {
        "USD": ["USD {v}", "${v}"],
        "GBP": ["GBP {v}", pound],
        "AED": ["AED {v}"],
        "SGD": ["SGD {v}", "S${v}"],
        "CAD": ["CAD {v}", "C${v}"],
        "NZD": ["NZD {v}", "NZ${v}"],
        "MUR": ["MUR {v}"],
        "EUR": ["{f} EUR", euro],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(v=english, f=english.replace(",", " ").replace(".", ","))

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Saree houses and Marathi shops abroad paying the firm for its Paithanis: Bank of America's CashPro with
    a wire completed in US dollars, the day month first (Wire Reference:, Value Date:, Beneficiary Name:,
    Beneficiary Bank:, Amount:, Charges: with colons); NatWest's Bankline with an international payment sent
    in pounds (Payment sent in a capsule; Payment reference, Beneficiary, Amount, Payment date, Charges
    against a gutter); Mashreq's NEO BIZ with a transfer in UAE dirhams pending authorisation (a spinner, a
    notice; Transaction reference, Beneficiary name, Amount, Transfer date, Charges in shaded labels); DBS
    IDEAL's telegraphic transfer completed in Singapore dollars (a large round tick; its sentence with the
    sum, the payee and the day; Transfer type, Exchange rate and Fee at the left and the right; no reference);
    TD Business Banking's wire sent in Canadian dollars, the day year first (Reference #, Payee, Amount, Date,
    Fees in a striped table); ASB's FastNet Business with an international payment in New Zealand dollars
    returned under a red ribbon (the reason in a notice; each value over its label: Reference, Beneficiary,
    Amount, Payment date, Charges, Reason); MCB's Juice app with a transfer sent in Mauritian rupees ("Today,
    <hour>"; a tile's tick, the sum, "to <payee>"; a copyable Reference; Type and Fee at the left and the
    right; no day); BNP Paribas' business banking with a transfer executed in euros the French way (each
    label's French and its English after a slash in a table ruled on every side: Référence / Reference,
    Bénéficiaire / Beneficiary, Montant / Amount, Date d'exécution / Execution date, Frais / Charges). All new
    here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "MUR":
        j.amount = float(rng.randrange(lo // 100, hi // 100) * 100)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "bofa":
        p = browser_page(rng, font, "cashpro.bankofamerica.com/payments/wires/detail")
        p.part = "head"
        top(p, "Bank of America")
        p.add("small", f"CashPro  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Wire Transfer  -  Completed", status=status)
        p.add("gap")
        ref = f"BOFA{j.date:%m%d}{digits(rng, 8)}"
        name = rng.choice([me, CUT])
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        h271.colkv(p, "ba", spec, "Wire Reference:", ref, txn=(BANK_RANK, ref))
        h271.colkv(
            p, "ba", spec, "Value Date:", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"])), date=j.date
        )
        h271.colkv(p, "ba", spec, "Beneficiary Name:", name, merchant=name)
        h271.colkv(p, "ba", spec, "Beneficiary Bank:", "BANK OF MAHARASHTRA, YEOLA")
        h271.colkv(p, "ba", spec, "Amount:", show(j.amount), **sum_)
        h271.colkv(p, "ba", spec, "Charges:", "SHA (shared)", method="netbanking")
        p.add("small", "Purpose: import of handwoven silk sarees")
        return p.done()
    if frame == "natwest":
        p = browser_page(rng, font, "www.bankline.natwest.com/payments/international/view")
        p.part = "head"
        top(p, "NatWest")
        p.add("small", f"Bankline  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International payment")
        chip(p, "Payment sent", status)
        p.add("gap")
        ref = f"NWB{digits(rng, 9)}"
        name = rng.choice([me, CUT])
        at = 0.38
        gutter(p, "nw", "Payment reference", ref, at=at, txn=(BANK_RANK, ref))
        gutter(p, "nw", "Beneficiary", name, at=at, merchant=name)
        gutter(p, "nw", "Amount", show(j.amount), at=at, **sum_)
        gutter(
            p, "nw", "Payment date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %B %Y"])), at=at, date=j.date
        )
        gutter(p, "nw", "Charges", "Shared (SHA)", at=at, method="netbanking")
        return p.done()
    if frame == "mashreq":
        p = browser_page(rng, font, "neobiz.mashreq.com/transfers/international/pending")
        p.part = "head"
        top(p, "Mashreq")
        p.add("small", f"NEO BIZ  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("center", "International transfer")
        h279.spinner(p, (214, 140, 20))
        p.add("center", "Pending authorisation", status=status)
        boxed(
            p,
            "This transfer is waiting for the second signatory's authorisation. It will be sent to the "
            "beneficiary's bank once it is authorised.",
            "warn",
        )
        ref = f"MSQ{digits(rng, 10)}"
        name = rng.choice([me, CUT])
        at = 0.38
        kv(p, "Transaction reference", ref, at=at, txn=(BANK_RANK, ref))
        kv(p, "Beneficiary name", name, at=at, merchant=name)
        kv(p, "Amount", show(j.amount), at=at, **sum_)
        kv(p, "Transfer date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), at=at, date=j.date)
        kv(p, "Charges", "SHA", at=at, method="netbanking")
        return p.done()
    if frame == "dbs":
        p = browser_page(rng, font, "ideal.dbs.com/transfers/telegraphic/status")
        p.part = "head"
        top(p, "DBS IDEAL")
        p.add("small", f"{payer}, {town}")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Telegraphic transfer completed", status=status)
        p.add("gap")
        name = rng.choice([me, FIRM])
        prose(
            p,
            f"Your telegraphic transfer of {show(j.amount)} to {name} was completed on "
            f"{when(j.date, rng.choice(['{d} %B %Y', '%d/%m/%Y']))}.",
            merchant=name,
            date=j.date,
            **sum_,
        )
        p.add("gap")
        kvr(p, "Transfer type", "TT (SHA)", method="netbanking")
        kvr(p, "Exchange rate", f"1 SGD = {rng.uniform(64.5, 69.5):.4f} INR")
        kvr(p, "Fee", "SGD 20.00")
        return p.done()
    if frame == "td":
        p = browser_page(rng, font, "businessbanking.td.com/wires/outgoing/detail")
        p.part = "head"
        top(p, "TD Business Banking")
        p.add("small", f"{payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Wire payment  -  Status: Sent", status=status)
        p.add("gap")
        ref = f"TD{digits(rng, 11)}"
        name = rng.choice([me, CUT])
        zebra(
            p,
            "td",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            ["Wire details", ""],
            [
                (["Reference #", ref], {"txn": (BANK_RANK, ref)}),
                (["Payee", name], {"merchant": name}),
                (["Amount", show(j.amount)], sum_),
                (["Date", when(j.date, "%Y-%m-%d")], {"date": j.date}),
                (["Fees", "Shared (SHA)"], {"method": "netbanking"}),
            ],
            (0, 130, 60),
        )
        return p.done()
    if frame == "asb":
        p = browser_page(rng, font, "fastnetbusiness.asb.co.nz/payments/international/returned")
        p.part = "head"
        top(p, "ASB")
        p.add("small", f"FastNet Business  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        h275.ribbon(p, "PAYMENT RETURNED", (186, 36, 44))
        p.add("gap")
        p.add("center", "International payment returned", status=status)
        boxed(
            p,
            "The beneficiary's bank could not apply this payment (the account name does not match). The "
            "amount, less charges, has been returned to your account.",
            "error",
        )
        ref = f"ASB{digits(rng, 10)}"
        name = h287.vname(p, [me, CUT])
        vlab(p, "Reference", ref, bold=False, txn=(BANK_RANK, ref))
        vlab(p, "Beneficiary", name, merchant=name)
        vlab(p, "Amount", show(j.amount), **sum_)
        vlab(p, "Payment date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), bold=False, date=j.date)
        vlab(p, "Charges", "SHA", bold=False, method="netbanking")
        vlab(p, "Reason", "Account name mismatch", bold=False)
        return p.done()
    if frame == "mcb":
        p = phone(rng, font, k, ["", "Juice"], dark=False, buttons=("Done",))
        band(p, (200, 16, 46))
        app_head(p, "Juice", "MCB  |  International transfer")
        p.add("small", f"Today, {hhmm(rng, twelve=False)}")
        h287.tile(p, status)
        p.add("center", "Transfer sent", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"MCB{digits(rng, 11)}"
        copyrow(p, "Reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Type", "SWIFT (SHA)", method="netbanking")
        kvr(p, "Fee", "MUR 800.00")
        p.add("small", f"{payer}  |  {town}")
        return p.done()
    p = browser_page(rng, font, "entreprises.bnpparibas.fr/virements/international/detail")
    p.part = "head"
    top(p, "BNP Paribas")
    p.add("small", f"Banque en ligne Entreprises  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Virement international / International transfer")
    p.add("left", "Ex\u00e9cut\u00e9 / Executed", status=status)
    p.add("gap")
    ref = f"{digits(rng, 4)}-{digits(rng, 6)}-{digits(rng, 2)}"
    name = rng.choice([FIRM_CAPS, CUT])
    grid(
        p,
        "bn",
        [(0.0, 0.46, "l"), (0.46, 1.0, "l")],
        None,
        [
            (["R\u00e9f\u00e9rence / Reference", ref], {"txn": (BANK_RANK, ref)}),
            (["B\u00e9n\u00e9ficiaire / Beneficiary", name], {"merchant": name}),
            (["Montant / Amount", show(j.amount)], sum_),
            (["Date d'ex\u00e9cution / Execution date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
            (["Frais / Charges", "SHA - partag\u00e9s"], {"method": "netbanking"}),
        ],
    )
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


BUYER_HOMES = [
    ("Mrs. Rupali Joshi", "Dadar West, Mumbai", "Maharashtra (27)", True),
    ("Dr. Shubhangi Patil", "Kothrud, Pune", "Maharashtra (27)", True),
    ("Mrs. Meera Iyer", "Jayanagar, Bengaluru", "Karnataka (29)", False),
    ("Mr. Aniket Kulkarni", "Dharampeth, Nagpur", "Maharashtra (27)", True),
    ("Ms. Prajakta Gokhale", "Vastrapur, Ahmedabad", "Gujarat (24)", False),
]
COLOURS_MR = ["कुसुंबी", "पोपटी", "मोरपंखी", "काळी", "पिवळी", "राणी"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its Dalan or itself on top: Mor Paithani Dalan's TAX INVOICE under a peacock,
    its Marathi name and a Paithani's border, "कर बीजक" (tax invoice) over TAX INVOICE (Invoice No.: and
    Date:, Buyer: and Place of Supply: two pairs to a row; Sr. | Description | HSN | Qty | Rate | Amount in a
    table ruled on every side; Taxable Value and CGST 2.5% and SGST 2.5% or IGST 5% in dot leaders, Grand
    Total under a rule and a double rule; the sum in words; "Received by UPI, UTR ..."; the Silk Mark's label;
    bobbins of silk in its margins); the Bhimthadi Jatra stall's cash memo in the jatra's days, photographed
    lying on a Paithani (its Marathi name over its English, "भीमथडी जत्रा, पुणे" (Bhimthadi Jatra, Pune), "रोख
    मेमो" (cash memo); दिनांक · Date and नाव · Name written on bilingual blanks; the pieces written in a
    Marathi hand on ruled lines with their sums, "एकूण" (total), "रोख मिळाले" (received cash); no reference);
    Instamojo's payment page for the web shop (the Dalan on top, a scalloped badge, Payment successful, the
    sum; Payment ID and Paid via in tiles; Buyer and Date at the left and the right); PayU's checkout with a
    card payment failed under a large round cross (the shop on top, the reason in a notice; Transaction ID,
    Order ID, Amount, Payment mode, Attempted on in shaded labels); Vyapar's Payment Receipt shared from the
    Dalan's phone (Receipt No.: and Date:, Received From:, Payment Type: and Ref. No.: with colons; Amount
    Received on a tinted panel; the amount in words); Flipkart Seller Hub's settlement in progress (a capsule,
    its stages across the page with a dot for each, a notice; Settlement ID and Amount, Seller and Bank
    account, Initiated on and Orders, labels small over their values two to a row); Khatabook's entry on the
    Dalan's phone ("Today, <hour>"; the Dalan under the app's bar, the customer's initials in a round badge,
    "You got" and the sum in a rounded card, the UPI Ref; Balance; no day); the Dalan's RECEIPT (पावती) from
    its book (No. struck in red; दिनांक · Date, यांच्याकडून मिळाले · Received from, करिता · Towards and संदर्भ
    क्र. · UPI Ref written on bilingual blanks; Cash, UPI and Cheque in tick boxes, UPI ticked; Rs. in a box;
    a signature). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=4000, high=140000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        peacock(p)
        mr(p, SHOP_MR, bold=True, scale=1.05)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}")
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
        kinar(p)
        p.part = "body"
        mr(p, "कर बीजक", bold=True, scale=0.95)
        p.add("center", "TAX INVOICE")
        ino = f"MPD/{fy(j.date)}/{rng.randrange(60, 1900):04d}"
        who, where, pos, local = rng.choice(BUYER_HOMES)
        spec = [(0.0, 0.17, "l"), (0.17, 0.55, "l"), (0.57, 0.77, "l"), (0.77, 1.0, "l")]
        h271.colkv(
            p,
            "ti0",
            spec,
            "Invoice No.:",
            ino,
            "Date:",
            day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]),
            txn=(INVOICE_RANK, ino),
            date=j.date,
        )
        h271.colkv(p, "ti0", spec, "Buyer:", who, "Place of Supply:", pos.split(" (")[0])
        p.add("left", where)
        lines, taxable = [], 0.0
        for n_, (item, hsn, q, price) in enumerate(works(rng, rng.randrange(1, 4))):
            value = round(q * price, 2)
            taxable += value
            lines.append(([str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value)], {}))
        grid(
            p,
            "tig",
            [
                (0.0, 0.07, "c"),
                (0.07, 0.4, "l"),
                (0.4, 0.52, "c"),
                (0.52, 0.6, "c"),
                (0.6, 0.8, "r"),
                (0.8, 1.0, "r"),
            ],
            ["Sr.", "Description", "HSN", "Qty", "Rate", "Amount"],
            lines,
        )
        dots(p, "Taxable Value", num(taxable), at=0.6)
        if local:
            gst = round(taxable * 0.025, 2)
            dots(p, "CGST 2.5%", num(gst), at=0.6)
            dots(p, "SGST 2.5%", num(gst), at=0.6)
            j.amount = round(taxable + 2 * gst, 2)
        else:
            gst = round(taxable * 0.05, 2)
            dots(p, "IGST 5%", num(gst), at=0.6)
            j.amount = round(taxable + gst, 2)
        total(p, "Grand Total", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add("left", f"Received by UPI, UTR {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        h277.silk_tag(p, f"SM{digits(rng, 2)} {digits(rng, 7)}")
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        spools(p)
        return p.done()
    if k == 1:
        in_days(j, rng, JATRA, JATRA_DAYS)
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 247, 236), (247, 244, 230)])
        p.part = "head"
        mr(p, SHOP_MR, bold=True, scale=1.15)
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        mr(p, f"भीमथडी जत्रा, पुणे  ·  स्टॉल क्र. {rng.randrange(40, 260)}", scale=0.8, soft=True)
        p.add("rule")
        mr(p, "रोख मेमो", bold=True)
        p.part = "body"
        buyer = rng.choice(CUSTOMERS).split(". ")[-1]
        day_ = when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"]))
        mr_fill(p, "दिनांक", "Date", day_, at=0.26, date=j.date)
        mr_fill(p, "नाव", "Name", buyer, at=0.26)
        start = len(p.rows)
        total_ = 0
        for item, _hsn, q, price in works(rng, rng.randrange(2, 4), high=9500):
            price = float(round(price / 100) * 100)
            v = int(q * price)
            total_ += v
            mr_hand(p, f"{SHORT_MR[item]} {q} नग @ {int(price)}", figure=str(v))
        j.amount = float(total_)
        mr_hand(p, "एकूण", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76], margin=None)
        p.add("gap")
        mr_hand(p, "रोख मिळाले", method="cash", status=status)
        sig(p)
        mr(p, "मोर पैठणी दालन करिता", align="r", scale=0.85)
        on_saree(p)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "www.instamojo.com/@morpaithani/payment/status")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by Instamojo")
        p.add("rule")
        p.part = "body"
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        pid = f"MOJO{j.date:%m%d}{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 4, ALNUM)}"
        tiles2(p, ("Payment ID", pid), ("Paid via", "UPI"), txn=(TXN_RANK, pid), method="UPI")
        kvr(p, "Buyer", rng.choice(CUSTOMERS).split(". ")[-1])
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.add("small", "A confirmation has been sent to your e-mail.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "secure.payu.in/_payment/response")
        p.part = "head"
        name = pick(p, "title", [SHOP, FIRM])
        top(p, name, merchant=name)
        p.add("small", f"{WEB}  |  Secured by PayU")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card issuer declined this transaction (3-D Secure authentication was not completed). No "
            "amount has been charged to your card.",
            "error",
        )
        tid = f"{digits(rng, 11)}"
        oid = f"MPD{j.date:%y%m%d}{digits(rng, 4)}"
        at = 0.38
        kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        kv(p, "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
        kv(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        kv(p, "Payment mode", f"Credit Card XX{digits(rng, 4)}", at=at, method="card")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
        return p.done()
    if k == 4:
        p = sheet(rng, font, [780, 820])
        p.part = "head"
        name = pick(p, "title", [SHOP, SHOP_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{SHOP_AT}  |  Ph. 98{digits(rng, 8)}")
        p.add("rule")
        p.add("center", "Payment Receipt")
        p.part = "body"
        rno = str(rng.randrange(12, 480))
        who = rng.choice(CUSTOMERS).split(". ")[-1]
        spec = [(0.0, 0.26, "l"), (0.26, 0.56, "l"), (0.58, 0.74, "l"), (0.74, 1.0, "l")]
        h271.colkv(
            p,
            "vy",
            spec,
            "Receipt No.:",
            rno,
            "Date:",
            day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]),
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        h271.colkv(p, "vy", spec, "Received From:", who, "", "")
        h271.colkv(
            p,
            "vy",
            spec,
            "Payment Type:",
            "UPI",
            "Ref. No.:",
            j.ref,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        h273.panel(p, "Amount Received", rs(j.amount), silk(p), amount=j.amount)
        prose(p, f"Received Amount in Words: Rupees {spelt(j.amount)} only", "small")
        p.add("left", "Description: advance for wedding Paithanis")
        p.add("gap")
        sig(p)
        p.add("right", "Authorized Signatory")
        p.add("small", "Generated with Vyapar")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "seller.flipkart.com/index.html#dashboard/payments/settlements")
        p.part = "head"
        top(p, "Flipkart Seller Hub")
        p.add("small", "Payments  |  Settlement details")
        p.add("rule")
        p.part = "body"
        pill(p, "Settlement in progress", status, align="l")
        p.add("gap")
        h289.steps(p, ["Orders delivered", "Settlement created", "Sent to bank", "Credited"], 2, status)
        boxed(
            p,
            "This settlement has been sent to your bank account and is awaiting credit. It is usually "
            "credited within two working days.",
            "info",
        )
        sid = f"NFT-{digits(rng, 12)}"
        store = rng.choice([SHOP, "Mor Paithani Yeola"])
        two_up(
            p, "fk1", ("Settlement ID", sid), ("Amount", rs(j.amount)), txn=(TXN_RANK, sid), amount=j.amount
        )
        p.add("gap")
        two_up(
            p,
            "fk2",
            ("Seller", store),
            ("Bank account", f"BoM XX{digits(rng, 4)}"),
            merchant=store,
            method="netbanking",
        )
        p.add("gap")
        two_up(
            p,
            "fk3",
            ("Initiated on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            ("Orders", str(rng.randrange(3, 30))),
            date=j.date,
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Khatabook"], dark=False, buttons=("Share", "Send reminder"))
        band(p, (28, 79, 163))
        bar(p, "Khatabook", SHOP, merchant=SHOP)
        who = rng.choice(CUSTOMERS).split(". ")[-1]
        h273.avatar(p, initials(who), (28, 79, 163))
        p.add("center", who)
        p.add("small", "Customer")
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", "You got", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Online payment (UPI)  |  UPI Ref {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
        card_close(p, c)
        p.add("gap")
        kvr(p, "Balance", f"{rupee_of(p.font)}0 (settled)")
        return p.done()
    j.amount = float(rng.randrange(10, 160) * 500)
    p = sheet(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(250, 246, 234), (246, 244, 236)])
    p.part = "head"
    mr(p, SHOP_MR, bold=True, scale=1.05)
    name = pick(p, "title", [SHOP, SHOP_CAPS])
    top(p, name, merchant=name)
    p.add("small", f"{SHOP_AT}")
    p.add("rule")
    mr(p, "पावती", bold=True, scale=1.1)
    p.add("center", "RECEIPT")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(120, 2400))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    who = rng.choice(CUSTOMERS)
    mr_fill(p, "दिनांक", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
    mr_fill(p, "यांच्याकडून मिळाले", "Received from", who)
    mr_fill(p, "करिता", "Towards", rng.choice(["advance, nauvari Paithani", "balance, 2 Paithani sarees"]))
    h269.ticks(p, ["Cash", "UPI", "Cheque"], 1, method="UPI", status=status)
    p.add("gap")
    mr_fill(p, "संदर्भ क्र.", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    sig(p)
    p.add("right", f"for {SHOP}")
    return p.done()


# ---------------------------------------------------------------- 5. the firm's suppliers


TWISTER = "SRI RAMALINGA SILK TWISTERS"
ZARI = "SHREE AMBICA ZARI WORKS"
DYER = "NOOR SILK DYEING WORKS"
DYER_MR = "नूर सिल्क डाईंग वर्क्स"
CARPENTER = "OMKAR SUTAR KAAM"
STUDIO = "SHUTTER STUDIO"
AMZ_SELLER = "Shree Sai Enterprises"
SILKS_BOUGHT = [
    ("Mulberry silk, 2-ply twisted (warp)", "5006", 4900, 6200),
    ("Mulberry silk, 3-ply twisted (weft)", "5006", 4700, 5900),
    ("Mulberry silk, organzine 20/22", "5006", 5200, 6600),
    ("Mulberry silk, tram 2-ply", "5006", 4500, 5600),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Bengaluru silk twister's TAX INVOICE for twisted
    mulberry silk (Invoice No. beside its earlier Date; Description | HSN | Kg | Rate/Kg | Amount on hairline
    rows; IGST 5% and Total in dot leaders) with the accountant's PAID stamp on it and his hand under it
    ("Paid by NEFT / RTGS on <day>", "UTR ..."); a Surat zari works' RECEIPT for the firm's payment (Receipt
    No. and Date on a line; its sentence "Received with thanks from ... by NEFT, UTR ..."; Invoice No. |
    Invoice Date | Amount in a table ruled on every side with its Total); Amazon Business' order of a steam
    press and a cutting table with the payment pending (its stages left to right with a node for each, a
    notice; Order #, Order placed, Sold by, Items, Order total, Payment method in dot leaders); a Yeola silk
    dyer's bill in a Marathi hand under its Marathi name ("दि." (date) and the day; "रेशीम रंगाई" (silk
    dyeing) of each colour by the kilo with its sum, "एकूण" (total), "GPay ने मिळाले, Ref ..." (received by
    GPay)); a Yeola carpenter's BILL for loom parts, stapled (Date and M/s written in; Particulars | Nos. |
    Rate | Amount written in ruled columns, Total; "Recd. cash with thanks" in the hand; no reference); a
    Nashik photo studio's invoice from Refrens under a PAID watermark (Invoice No: and Invoice Date:, Billed
    To: and Place of Supply: two pairs to a row; Item | SAC | Qty | Rate | Amount in a table ruled on every
    side; Sub Total, CGST 9%, SGST 9% in dot leaders, Total (INR) under a rule and a double rule; "Payment
    received on <day> via UPI (Ref ...)"); Printo's checkout for hang tags and visiting cards with the card
    declined under a tile's cross (the reason in a notice; Order No. and Amount, Items and Card, Attempted on
    and Deliver to, labels small over their values two to a row); DTDC's app with a parcel booked and paid
    ("Today, <hour>"; DTDC Express Ltd. under the app's bar, a large round tick, Payment successful, the sum;
    Consignment No. and Transaction ID in tiles; From, To and Weight at the left and the right; no day). All
    new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=2000, high=180000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        top(p, TWISTER, merchant=TWISTER)
        p.add("small", "Twisted mulberry silk yarn  |  Chickpet, Bengaluru - 560053")
        p.add("small", f"GSTIN {gstin_of(rng, '29', 'P')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"SRST/{fy(j.date)}/{rng.randrange(140, 1900)}"
        inv_day = earlier(rng, j, 6, 25)
        cols(
            p,
            "tw0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM}, {TOWN}")
        spec = [(0.0, 0.46, "l"), (0.46, 0.57, "c"), (0.57, 0.67, "r"), (0.67, 0.82, "r"), (0.82, 1.0, "r")]
        cols(p, "twh", spec, "Description", "HSN", "Kg", "Rate/Kg", "Amount", mode="line")
        taxable = 0.0
        for name, hsn, lo, hi in rng.sample(SILKS_BOUGHT, rng.randrange(1, 4)):
            kg = rng.randrange(4, 24) / 2
            rate = float(rng.randrange(lo, hi, 50))
            v = round(kg * rate, 2)
            taxable += v
            cols(p, "twl", spec, name, hsn, f"{kg:.1f}", num(rate), num(v), mode="line")
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        dots(p, "IGST 5%", num(gst), at=0.6)
        dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Bank of Maharashtra", way)
        one_pen(p)
        p.add("gap")
        h271.rstamp(
            p, ["PAID", when(j.date, "%d %b %Y").upper(), ACCOUNTANT.upper()], "green", at=0.72, rows_=3
        )
        hand(
            p,
            f"Paid by {way} on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}",
            date=j.date,
            method="netbanking",
            status=status,
        )
        hand(p, f"UTR {utr}", txn=(UTR_RANK, utr))
        return p.done()
    if k == 1:
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, ZARI, merchant=ZARI)
        p.add("small", "Tested zari and pure zari threads  |  Ring Road, Surat - 395002")
        p.add("small", f"GSTIN {gstin_of(rng, '24', 'P')}")
        p.add("rule")
        p.add("center", "RECEIPT")
        p.part = "body"
        rno = f"SAZ/R/{rng.randrange(40, 900)}"
        cols(
            p,
            "zr0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Bank of Maharashtra", way)
        prose(
            p,
            f"Received with thanks from M/s {FIRM}, Yeola the sum of Rupees {spelt(j.amount)} only by {way}, "
            f"UTR {utr}, against our invoices below.",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        lines = [
            ([no_, when(day, "%d/%m/%Y"), num(v)], {})
            for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "SAZ")
        ]
        grid(
            p,
            "zrg",
            [(0.0, 0.4, "l"), (0.4, 0.7, "l"), (0.7, 1.0, "r")],
            ["Invoice No.", "Invoice Date", "Amount"],
            lines,
            foot=(["Total", rs(j.amount)], {"amount": j.amount}),
        )
        p.add("gap")
        sig(p)
        p.add("right", f"for {ZARI.title()}")
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 2400, 16000, 0.3)
        p = browser_page(rng, font, "www.amazon.in/gp/your-account/order-details")
        p.part = "head"
        top(p, "amazon business")
        p.add("small", "Order details")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment pending", status=status)
        h273.track(p, ["Ordered", "Payment", "Shipped", "Delivered"], "dptt")
        boxed(
            p,
            "We are waiting for your bank to confirm the payment. Your order will be shipped once it is "
            "confirmed; if the payment fails, any amount debited will be refunded.",
            "warn",
        )
        oid = f"40{digits(rng, 1)}-{digits(rng, 7)}-{digits(rng, 7)}"
        dots(p, "Order #", oid, at=0.36, txn=(ORDER_RANK, oid))
        dots(p, "Order placed", day_as(j, rng, ["{d} %B %Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        dots(p, "Sold by", AMZ_SELLER, at=0.36, merchant=AMZ_SELLER)
        dots(p, "Items", "Steam press iron, cutting table", at=0.3)
        dots(p, "Order total", rs(j.amount), at=0.44, amount=j.amount)
        dots(p, "Payment method", "Net Banking (BoM)", at=0.4, method="netbanking")
        return p.done()
    if k == 3:
        p = sheet(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 248, 238), (244, 244, 236)])
        p.part = "head"
        mr(p, DYER_MR, bold=True, scale=1.05)
        top(p, DYER, merchant=DYER)
        p.add("small", "Silk yarn dyeing  |  Bazar Road, Yeola")
        p.add("rule")
        mr(p, "बिल", bold=True)
        p.part = "body"
        mr_hand(p, f"दि. {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}", date=j.date)
        mr_hand(p, "आंबेकर पैठणी विणकर उद्योग यांना")
        start = len(p.rows)
        total_ = 0
        for colour in rng.sample(COLOURS_MR, rng.randrange(2, 4)):
            kg = rng.randrange(3, 14)
            rate = rng.randrange(380, 660, 10)
            total_ += kg * rate
            mr_hand(p, f"रेशीम रंगाई ({colour}) {kg} किलो @ {rate}", figure=str(kg * rate))
        j.amount = float(total_)
        mr_hand(p, "एकूण", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76])
        p.add("gap")
        mr_hand(p, f"GPay ने मिळाले, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 4:
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 242, 228), (242, 240, 226)])
        h279.decor(p, "staple")
        p.part = "head"
        top(p, CARPENTER, merchant=CARPENTER)
        p.add("small", "Handlooms, shuttles and loom repairs  |  Patel Colony, Yeola")
        p.add("rule")
        p.add("center", "BILL")
        p.part = "body"
        one_pen(p)
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%y", "{d}.%m.%Y"])), date=j.date)
        filled(p, "M/s", "Ambekar Paithani")
        spec = [(0.0, 0.48, "l"), (0.48, 0.6, "r"), (0.6, 0.78, "r"), (0.78, 1.0, "r")]
        cols(p, "cph", spec, "Particulars", "Nos.", "Rate", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi, most in rng.sample(
            [
                ("Dhota (shuttle), shisham", 280, 420, 6),
                ("Kandi bobbins, set of 50", 350, 520, 3),
                ("Pavdi (treadle) repair", 150, 260, 4),
                ("Fani (reed) fitting", 400, 650, 2),
                ("Loom beam, sal wood", 1800, 2600, 2),
            ],
            rng.randrange(2, 4),
        ):
            n_ = rng.randrange(1, most + 1)
            rate = rng.randrange(lo, hi, 10)
            total_ += n_ * rate
            hcells(p, spec, item, str(n_), str(rate), str(n_ * rate))
        j.amount = float(total_)
        hcells(p, spec, "", "", "Total", f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.48, 0.6, 0.78])
        p.add("gap")
        hand(p, "Recd. cash with thanks", method="cash", status=status)
        sig(p)
        p.add("right", "Omkar Sutar")
        return p.done()
    if k == 5:
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        top(p, STUDIO, merchant=STUDIO)
        p.add("small", "Product and catalogue photography  |  College Road, Nashik - 422005")
        p.add("small", f"GSTIN {gstin_of(rng, '27', 'P')}")
        p.add("rule")
        p.add("center", "Invoice")
        p.part = "body"
        ino = f"SS-{j.date.year}-{rng.randrange(30, 400):03d}"
        spec = [(0.0, 0.18, "l"), (0.18, 0.52, "l"), (0.54, 0.76, "l"), (0.76, 1.0, "l")]
        h271.colkv(
            p,
            "st0",
            spec,
            "Invoice No:",
            ino,
            "Invoice Date:",
            when(earlier(rng, j, 4, 20), "%d/%m/%Y"),
            txn=(INVOICE_RANK, ino),
        )
        h271.colkv(p, "st0", spec, "Billed To:", "Ambekar Paithani", "Place of Supply:", "Maharashtra")
        sarees = rng.randrange(20, 60)
        days_ = rng.randrange(1, 3)
        images = rng.randrange(60, 200)
        rows_ = [
            ("Catalogue shoot, per saree", "9983", sarees, 350.0),
            ("Model and studio, per day", "9983", days_, 6500.0),
            ("Retouching, per image", "9983", images, 40.0),
        ]
        lines, sub = [], 0.0
        for item, sac, q, rate in rows_:
            lines.append(([item, sac, str(q), num(rate), num(q * rate)], {}))
            sub += q * rate
        grid(
            p,
            "stg",
            [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.66, "c"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
            ["Item", "SAC", "Qty", "Rate", "Amount"],
            lines,
        )
        gst = round(sub * 0.09, 2)
        j.amount = round(sub + 2 * gst, 2)
        dots(p, "Sub Total", num(sub), at=0.6)
        dots(p, "CGST 9%", num(gst), at=0.6)
        dots(p, "SGST 9%", num(gst), at=0.6)
        total(p, "Total (INR)", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        prose(
            p,
            f"Payment received on {day_as(j, rng, ['%d/%m/%Y', '{d} %b %Y'])} via UPI (Ref {j.ref}). "
            "Thank you!",
            date=j.date,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        h273.watermark(p, "PAID", (30, 140, 80))
        p.add("small", "Made with Refrens")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 1800, 12000, 0.3)
        p = browser_page(rng, font, "printo.in/checkout/payment")
        p.part = "head"
        top(p, "printo", merchant="printo")
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card was declined by the issuing bank (online transaction limit exceeded). Your order has "
            "not been placed and no money has been taken.",
            "error",
        )
        oid = f"PR{digits(rng, 8)}"
        two_up(p, "po1", ("Order No.", oid), ("Amount", rs(j.amount)), txn=(ORDER_RANK, oid), amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "po2",
            ("Items", "Hang tags, visiting cards"),
            ("Card", f"Visa Debit XX{digits(rng, 4)}"),
            method="card",
        )
        p.add("gap")
        two_up(
            p,
            "po3",
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            ("Deliver to", "Yeola 423401"),
            date=j.date,
        )
        return p.done()
    j.amount = float(rng.randrange(180, 1400))
    p = phone(rng, font, k, ["", "DTDC"], dark=False, buttons=("Track shipment",))
    band(p, (210, 30, 40))
    bar(p, "DTDC", "DTDC Express Ltd.", merchant="DTDC Express Ltd.")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, status)
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "Shipment booked  |  paid by UPI", method="UPI")
    p.add("gap")
    cn = f"{rng.choice('DZV')}{digits(rng, 9)}"
    tid = f"DTDC{digits(rng, 12)}"
    tiles2(p, ("Consignment No.", cn), ("Transaction ID", tid), txn=(TXN_RANK, tid))
    kvr(p, "From", "Yeola (423401)")
    kvr(p, "To", rng.choice(["Pune (411030)", "Mumbai (400028)", "Bengaluru (560011)", "Nagpur (440010)"]))
    kvr(p, "Weight", f"{rng.randrange(5, 60) / 10:.1f} kg")
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (ZARI, "Bank of Baroda", "IMPS", 20000, 180000),
    (TWISTER, "Karnataka Bank", "NEFT", 40000, 190000),
    (CARPENTER, "Bank of Maharashtra", "IMPS", 2000, 30000),
    (DYER, "Union Bank of India", "UPI", 1500, 25000),
    (STUDIO, "Saraswat Bank", "NEFT", 12000, 80000),
    ("NASHIK PRINT HOUSE", "Kotak Mahindra Bank", "NEFT", 3000, 40000),
    ("SHREE MARUTI COURIER YEOLA", "Bank of Maharashtra", "UPI", 300, 4000),
    ("SHREE SAMARTH PACKAGING", "Saraswat Bank", "IMPS", 3000, 30000),
]
NDCC = "The Nashik District Central Co-operative Bank Ltd."
NDCC_MR = "नाशिक जिल्हा मध्यवर्ती सहकारी बँक मर्यादित"


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Bank of Maharashtra's mahaMobile Plus with an IMPS to the
    zari works under a large round tick (IMPS Successful, the sum; Beneficiary Name, Beneficiary A/c, IMPS Ref
    No (RRN), Date & Time, Remarks in a table ruled on every side); Yes Bank's IRIS with a NEFT to the silk
    twister failed in an octagon (the sum, the reason in a notice; Beneficiary and Amount, Reference No. and
    Date, Mode and Reason, labels small over their values two to a row); IndusInd Bank's IndusMobile with an
    IMPS to the carpenter on a scalloped badge (Transfer successful, the sum; Paid to, IMPS Ref. No., Date,
    From, Remarks in dot leaders); Amazon Pay's UPI payment to the dyer ("Today, <hour>"; a tile's tick,
    Payment successful, the sum, "Paid to" over the payee; a copyable UPI Reference ID; Paid from; no day);
    Punjab National Bank's PNB ONE with a NEFT to the photo studio in process (a capsule, the sum, its stages
    left to right with a node for each, a notice; UTR No., Beneficiary, Amount, Initiated on, Debit A/c in
    shaded labels); the Nashik District Central Co-operative Bank's NEFT / RTGS application, the customer's
    copy filled in by hand under its Marathi name (NEFT ticked in its boxes; दिनांक · Date, रक्कम रु. · Amount
    Rs. and पाठविणाऱ्याचे नाव · Remitter written on bilingual blanks; the Beneficiary's name, account and IFSC
    written a letter to a box; "Sent, UTR ..." written by its clerk, the bank's round seal with its day under
    it); Paytm's payment to the courier shared as text into their WhatsApp chat under "Today" ("I have paid
    Rs. x to <payee> on <day> using Paytm UPI."; the courier's reply; no reference); Saraswat Bank's mobile
    banking with an IMPS to the packaging house under a green ribbon (Funds transferred, the sum; Beneficiary,
    Account, IMPS Ref No., Transaction Date, Remarks against a gutter). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=3000, high=140000)
    to, bank_to, way, low, high = PAYEES_OUT[k]
    j.amount = rupees(rng, low, high, 0.7 if way == "UPI" else 0.4)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, ["", "mahaMobile Plus"], dark=False, buttons=("Share", "Home"))
        band(p, (20, 70, 150))
        app_head(p, "mahaMobile Plus", "Bank of Maharashtra  |  IMPS")
        sicon(p, status)
        p.add("center", "IMPS Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = to if len(to) <= 26 else clip(to, 26)
        grid(
            p,
            "mm",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            None,
            [
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (["IMPS Ref No (RRN)", j.ref], {"txn": (UTR_RANK, j.ref), "method": method}),
                (["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
                (["Remarks", "zari bobbins"], {}),
            ],
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "IRIS"], dark=False, buttons=("Retry",))
        band(p, (0, 82, 160))
        app_head(p, "IRIS by YES BANK", "NEFT")
        h294.octa(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.add("big", rs(j.amount))
        boxed(
            p,
            "The beneficiary bank is not accepting NEFT credits right now. Your account has not been "
            "debited; please try again after some time.",
            "error",
        )
        ref = f"YESN{digits(rng, 11)}"
        name = clip(to, 22)
        two_up(p, "ir1", ("Beneficiary", name), ("Amount", rs(j.amount)), merchant=name, amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "ir2",
            ("Reference No.", ref),
            ("Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            txn=(BANK_RANK, ref),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "ir3", ("Mode", "NEFT"), ("Reason", "Bank not responding"), method=method)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "IndusMobile"], dark=False, buttons=("Share", "Done"))
        band(p, (120, 30, 40))
        app_head(p, "IndusMobile", "IndusInd Bank  |  IMPS")
        h287.burst(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        dots(p, "Paid to", to, at=0.3, merchant=to)
        dots(p, "IMPS Ref. No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref), method=method)
        dots(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.3, date=j.date)
        dots(p, "From", f"IndusInd XX{own4}", at=0.4)
        dots(p, "Remarks", "shuttles, loom repair", at=0.34)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Amazon Pay"], dark=False, buttons=("Done",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", to, merchant=to)
        p.add("gap")
        copyrow(p, "UPI Reference ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid from", f"BoM XX{own4}", method=method)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "PNB ONE"], dark=False, buttons=("Refresh",))
        band(p, (150, 24, 52))
        app_head(p, "PNB ONE", "Punjab National Bank  |  NEFT")
        pill(p, "In Process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        h273.track(p, ["Initiated", "Sent to RBI", "Credited"], "dpt")
        boxed(
            p,
            "Your NEFT has been sent and is waiting for the beneficiary bank's credit confirmation. Please "
            "do not send it again.",
            "warn",
        )
        utr = utr_of(rng, j, "Punjab National Bank", way)
        at = 0.36
        kv(p, "UTR No.", utr, at=at, txn=(UTR_RANK, utr))
        kv(p, "Beneficiary", to, at=at, merchant=to)
        kv(p, "Amount", rs(j.amount), at=at)
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
        kv(p, "Debit A/c", f"CA XXXX{own4}", at=at, method=method)
        return p.done()
    if k == 5:
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        mr(p, NDCC_MR, bold=True)
        top(p, pick(p, "title", [NDCC, "The Nashik Dist. Central Co-op. Bank Ltd.", "NDCC Bank"]))
        p.add("small", "Yeola Branch  |  NEFT / RTGS Application (Customer's copy)")
        mr(p, "एनईएफटी / आरटीजीएस अर्ज", scale=0.9, soft=True)
        p.add("rule")
        p.part = "body"
        one_pen(p)
        h269.ticks(p, ["NEFT", "RTGS"], 0, method=method)
        p.add("gap")
        day_ = when(j.date, rng.choice(["%d/%m/%Y", "{d}-%m-%Y"]))
        mr_fill(p, "दिनांक", "Date", day_, at=0.34, date=j.date)
        mr_fill(p, "रक्कम रु.", "Amount Rs.", f"{num(j.amount, 'indian')}", at=0.34, amount=j.amount)
        mr_fill(p, "पाठविणाऱ्याचे नाव", "Remitter", "Ambekar Paithani Vinkar Udyog", at=0.34)
        h269.comb(p, "Beneficiary", to, merchant=to)
        h269.comb(p, "A/c No.", digits(rng, 14))
        h269.comb(p, "IFSC", f"{IFSC[bank_to]}0{digits(rng, 6)}")
        utr = utr_of(rng, j, "The Nashik District Central Co-operative Bank", way)
        p.add("gap")
        hand(p, f"Sent, UTR {utr}", status=status, txn=(UTR_RANK, utr))
        h269.seal(
            p,
            "THE NASHIK DIST. CENTRAL CO-OP. BANK LTD.",
            ["YEOLA BRANCH", when(j.date, "%d %b %Y").upper(), "NEFT SENT"],
            "violet",
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", "Shree Maruti Courier Yeola")
        p.add("small", "Business account")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        divider(p, "Today")
        p.add("gap")
        s_ = len(p.rows)
        prose(
            p,
            f"I have paid {rupee_of(p.font)}{num(j.amount, 'indian')} to {to} on "
            f"{when(j.date, rng.choice(['{d} %b %Y', '%d/%m/%Y']))} using Paytm UPI.",
            amount=j.amount,
            merchant=to,
            date=j.date,
            method=method,
            status=status,
        )
        p.add("small", "Sent via Paytm  |  paytm.me/pay")
        h273.bubble(p, s_, hour12(rng.randrange(10, 14), rng.randrange(60), lower=True))
        s2 = len(p.rows)
        p.add("left", "Received, parcels will go by tonight's van.")
        h273.bubble(p, s2, hour12(rng.randrange(14, 19), rng.randrange(60), lower=True))
        return p.done()
    p = phone(rng, font, k, ["", "Saraswat Bank"], dark=False, buttons=("Share", "Done"))
    band(p, (190, 30, 45))
    app_head(p, "Saraswat Bank", "Mobile Banking  |  IMPS")
    h275.ribbon(p, "TRANSFER SUCCESSFUL", (24, 130, 70))
    p.add("gap")
    p.add("center", "Funds transferred", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    at = 0.42
    gutter(p, "sw", "Beneficiary", to, at=at, merchant=to)
    gutter(p, "sw", "Account", f"XXXXXX{digits(rng, 4)}", at=at)
    gutter(p, "sw", "IMPS Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref), method=method)
    gutter(p, "sw", "Transaction Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=at, date=j.date)
    gutter(p, "sw", "Remarks", "Paithani boxes", at=at)
    return p.done()


# ---------------------------------------------------------------- 7. paying the weavers and the staff


PIECES_WOVEN = [
    ("मुनिया साडी", 6500, 9500, 1),
    ("बांगडी मोर साडी", 9000, 14000, 1),
    ("दुपट्टा", 1800, 2800, 3),
    ("ब्लाउज पीस", 350, 600, 4),
    ("स्टोल", 700, 1100, 3),
    ("फेटा", 500, 800, 3),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its weavers (karagir of Yeola who weave its Paithanis at home on their own looms) and
    its staff: a weaver's wage account under its Marathi heading "विणकर मजुरी हिशेब" (weaver's wage account)
    (विणकर · Weaver and महिना · Month written in bilingual ledger rows; the pieces woven written in a Marathi
    hand with their counts, rates and sums on ruled lines, "एकूण" (total); "Paid by UPI, Ref ..." and "on
    <day>" written under it; bobbins of silk in its margins); Zoho Payroll's payslip for the Dalan's
    saleswoman (Employee Name:, Employee ID:, Pay Period:, Pay Date: with colons two pairs to a row; Earnings
    | Amount | Deductions | Amount on hairline rows; Total Net Payable on a tinted panel and its words; "Paid
    by bank transfer (NEFT), UTR ..."); Paytm's UPI payment to a weaver processing under a spinner (the sum,
    "to <payee>", a notice; UPI Ref No. and Started at in tiles; From); a weaver's Diwali advance receipt
    under a Paithani's border, written in a Marathi hand ("दिवाळी उचल पावती" (Diwali advance receipt); "आज दि.
    <day> रोजी" (today, on <day>), "दिवाळी उचल म्हणून" (as the Diwali advance), "रु. x/- रोख मिळाले."
    (received Rs. x in cash)), his or her signature and name written under it in English; a witness; no
    reference); Canara Bank's Canara ai1 with an IMPS to the Dalan's helper under a large round tick (Fund
    transfer successful, the sum, "to <payee>"; each value over its label: IMPS Reference No., Transaction
    Date, Debit Account, Remarks); Google Pay's payment to a weaver failed under a large round cross (the sum,
    "To <payee>", the reason in a notice; UPI transaction ID and Date, From and Google transaction ID, labels
    small over their values two to a row); super.money's UPI payment to a weaver ("Today, <hour>"; a scalloped
    badge, Payment successful, the sum, "paid to" over the payee; a copyable UPI Ref. No.; Debited from; no
    day); PagarBook's salary payment to the helper (the Dalan under the app's bar, the helper's initials in a
    round badge and his name; Payment added and the sum in a rounded card; Paid on, Mode, UPI Ref and Balance
    at the left and the right). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=1500, high=28000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    worker = WEAVERS[(k + rng.randrange(3)) % len(WEAVERS)]
    if k == 0:
        p = sheet(rng, font, [780, 820])
        p.style["paper"] = rng.choice([(246, 242, 226), (242, 238, 222)])
        p.part = "head"
        mr(p, FIRM_MR, bold=True, scale=0.95)
        p.add("center", FIRM)
        mr(p, "विणकर मजुरी हिशेब", bold=True, scale=1.05)
        p.add("center", "WEAVER'S WAGE ACCOUNT")
        p.add("rule")
        p.part = "body"
        month = when(j.date - dt.timedelta(days=rng.randrange(3, 12)), "%B %Y")
        mr_cols(p, 0.26, 0.46)
        mr_row(p, "विणकर", "Weaver", worker, pen=True, merchant=worker)
        mr_row(p, "महिना", "Month", month, pen=True)
        p.add("gap")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi, most in rng.sample(PIECES_WOVEN, rng.randrange(2, 4)):
            pcs = rng.randrange(1, most + 1)
            rate = rng.randrange(lo, hi, 50)
            total_ += pcs * rate
            mr_hand(p, f"{item} {pcs} नग @ {rate}", figure=str(pcs * rate))
        j.amount = float(total_)
        mr_hand(p, "एकूण", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76])
        p.add("gap")
        hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - P. Gaikwad", date=j.date)
        spools(p)
        return p.done()
    if k == 1:
        who = SALES
        basic = float(rng.randrange(90, 130) * 100)
        hra = round(basic * 0.2, 0)
        conv = float(rng.randrange(8, 16) * 100)
        incentive = float(rng.randrange(0, 30) * 100)
        advance = float(rng.choice([0, 500, 1000, 1500]))
        gross = basic + hra + conv + incentive
        j.amount = round(gross - advance, 2)
        month = j.month(1)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_CAPS]))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for the month of {month}")
        p.part = "body"
        h313.label(p, "EMPLOYEE SUMMARY")
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.52, 0.7, "l"), (0.7, 1.0, "l")]
        h271.colkv(
            p,
            "zp",
            spec,
            "Employee Name:",
            who,
            "Employee ID:",
            f"MPD-{rng.randrange(2, 12):02d}",
            merchant=who,
        )
        h271.colkv(
            p,
            "zp",
            spec,
            "Pay Period:",
            month,
            "Pay Date:",
            day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]),
            date=j.date,
        )
        p.add("gap")
        espec = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.54, 0.8, "l"), (0.8, 1.0, "r")]
        cols(p, "zph", espec, "EARNINGS", "AMOUNT", "DEDUCTIONS", "AMOUNT", mode="line")
        cols(p, "zpl", espec, "Basic", num(basic), "Advance recovery", num(advance), mode="line")
        cols(p, "zpl", espec, "House Rent Allowance", num(hra), "", "", mode="line")
        cols(p, "zpl", espec, "Conveyance", num(conv), "", "", mode="line")
        cols(p, "zpl", espec, "Sales incentive", num(incentive), "", "", mode="line")
        cols(p, "zpl", espec, "Gross Earnings", num(gross), "Total Deductions", num(advance), mode="line")
        h273.panel(p, "Total Net Payable", rs(j.amount), silk(p), amount=j.amount)
        prose(p, f"Amount in words: Indian Rupee {spelt(j.amount)} Only", "small")
        utr = utr_of(rng, j, "Bank of Maharashtra", "NEFT")
        p.add(
            "left",
            f"Paid by bank transfer (NEFT), UTR {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "-- This is a system-generated payslip. Powered by Zoho Payroll --")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Check status",))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI Money Transfer")
        h279.spinner(p, (214, 140, 20))
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            f"{worker.split()[0]}'s bank has not confirmed the credit yet. We will update you in a few "
            "minutes; please do not pay again.",
            "warn",
        )
        tiles2(
            p,
            ("UPI Ref No.", j.ref),
            ("Started at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "From", f"BoM {masked(p.font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        in_days(j, rng, DIWALI - dt.timedelta(days=10), 10)
        j.amount = float(rng.randrange(4, 21) * 500)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 244, 234)])
        p.part = "head"
        kinar(p)
        mr(p, FIRM_MR, bold=True, scale=0.92)
        p.add("center", "Yeola, Dist. Nashik")
        p.add("rule")
        mr(p, "दिवाळी उचल पावती", bold=True, scale=1.05)
        p.add("gap")
        p.part = "body"
        mr_hand(p, f"आज दि. {when(j.date, '%d/%m/%Y')} रोजी", date=j.date)
        mr_hand(p, "दिवाळी उचल म्हणून")
        mr_hand(p, f"रु. {int(j.amount)}/- रोख मिळाले.", amount=j.amount, method="cash", status=status)
        p.add("gap")
        sig(p)
        hand(p, worker, align="r", merchant=worker)
        p.add("gap")
        mr(p, f"साक्षीदार: {ACCOUNTANT}", align="l", scale=0.85, serif=False)
        return p.done()
    if k == 4:
        who = HELPER
        p = phone(rng, font, k, ["", "Canara ai1"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 102, 178))
        app_head(p, "Canara ai1", "Canara Bank  |  IMPS")
        sicon(p, status)
        p.add("center", "Fund transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {who}", merchant=who)
        p.add("gap")
        vlab(p, "IMPS Reference No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(
            p,
            "Transaction Date",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)),
            bold=False,
            date=j.date,
        )
        vlab(p, "Debit Account", f"XXXXXXXX{digits(rng, 4)}", bold=False, method="netbanking")
        vlab(p, "Remarks", "salary advance", bold=False)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Try again",))
        app_head(p, "Google Pay", "")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"To {worker}", merchant=worker)
        boxed(
            p,
            f"{worker.split()[0]}'s bank is not reachable right now. If any money was debited, it will be "
            "refunded to your account within 3 working days.",
            "error",
        )
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        two_up(
            p,
            "gp1",
            ("UPI transaction ID", j.ref),
            ("Date", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.add("gap")
        two_up(
            p,
            "gp2",
            ("From", f"BoM {masked(p.font, 4)}{digits(rng, 4)}"),
            ("Google transaction ID", gid),
            method="UPI",
            txn=(TXN_RANK, gid),
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "super.money"], dark=False, buttons=("Done",))
        band(p, (44, 44, 52))
        app_head(p, "super.money", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "paid to")
        p.add("center", worker, merchant=worker)
        p.add("gap")
        copyrow(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Debited from", f"BoM {masked(p.font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    who = HELPER
    j.amount = float(rng.randrange(80, 140) * 100)
    p = phone(rng, font, k, ["", "PagarBook"], dark=False, buttons=("Share slip",))
    band(p, (232, 96, 36))
    app_head(p, "PagarBook", SHOP)
    h273.avatar(p, initials(who), (232, 96, 36))
    p.add("center", who, merchant=who)
    p.add("small", "Helper  |  Monthly salary")
    p.add("gap")
    c = card_open(p)
    p.add("center", "Payment added", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", f"Salary for {j.month(1)}")
    card_close(p, c)
    p.add("gap")
    kvr(p, "Paid on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
    kvr(p, "Mode", "UPI", method="UPI")
    kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Balance", f"{rupee_of(p.font)}0")
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


YMC = "Yeola Municipal Council"
YMC_MR = "येवला नगरपरिषद"
GST_DEPT = "Goods and Services Tax Department, Maharashtra"
SMOI = "Silk Mark Organisation of India"
LABOUR = "Labour Department, Government of Maharashtra"
ADT = "Agricultural Development Trust, Baramati"
ADT_MR = "कृषि विकास प्रतिष्ठान, बारामती"
MLWB = "Maharashtra Labour Welfare Board"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed: Yeola Municipal Council's property tax
    e-receipt for the Dalan under its Marathi name (Payment Successful; bilingual ledger rows: पावती क्र. ·
    Receipt No., मालमत्ता क्र. · Property No., मालकाचे नाव · Owner, आर्थिक वर्ष · Year, रक्कम · Amount, भरणा
    पद्धत · Mode, संदर्भ क्र. · UPI Ref, दिनांक · Date); GRAS' e-challan for the firm's profession tax paid
    (Payment Successful; GRN, Department, Type of Payment, Office, Period, Amount, Bank CIN, Bank, Payment
    Mode, Date of Payment in a table ruled on every side); the Silk Mark Organisation of India's label
    purchase failed on a tinted band (the reason in a notice; Order No., Authorised User No., Labels, Amount,
    Payment gateway, Attempted on in dot leaders); Aaple Sarkar's payment receipt for the Dalan's shops and
    establishments fee under its Marathi name (Application ID, Department, Establishment, Service, Fee,
    Payment Mode, Transaction ID, Bank Reference No., Status, Date in a striped table); the MahaTraffic app
    with the pickup's challan paid ("Today, <hour>"; the Maharashtra Traffic Police under the app's bar, a
    scalloped badge, Challan paid, the sum, the offence; Vehicle No. and Transaction ID in tiles; Paid via; no
    day); the Bhimthadi Jatra's stall fee receipt from its organisers' book under their Marathi name (No. left
    blank; Date, Received from and Stall No. written in; Rs. in a box; "Recd. in cash"; its oval stamp; no
    reference); the GST portal's challan pending with the bank (a capsule, a progress bar, a notice; CPIN,
    GSTIN, Amount, Mode, Bank, Payment initiated on in dot leaders); the Maharashtra Labour Welfare Board's
    contribution receipt (Payment successful; Receipt No.:, Establishment:, Period:, Employees:, Employee
    share:, Employer share:, Total:, Transaction ID:, Mode:, Date: with colons). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=500, high=40000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.randrange(40, 260) * 50)
        p = browser_page(rng, font, "yeolamc.maharashtra.gov.in/propertytax/e-receipt")
        p.part = "head"
        mr(p, YMC_MR, bold=True, scale=1.1)
        name = pick(p, "title", [YMC, YMC.upper()])
        top(p, name, merchant=name)
        mr(p, "मालमत्ता कर पावती", scale=0.9)
        p.add("small", "Property Tax e-Receipt  |  Yeola, Dist. Nashik")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"YMC/PT/{j.date:%y}/{digits(rng, 5)}"
        mr_cols(p, 0.3, 0.5)
        mr_row(p, "पावती क्र.", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        mr_row(p, "मालमत्ता क्र.", "Property No.", f"YMC/W{rng.randrange(1, 12)}/{digits(rng, 4)}")
        mr_row(p, "मालकाचे नाव", "Owner", row_fit(p, [FIRM, "Ambekar Paithani"]))
        mr_row(p, "आर्थिक वर्ष", "Year", f"20{fy(j.date)}")
        mr_row(p, "रक्कम", "Amount", rs(j.amount), bold=True, amount=j.amount)
        mr_row(p, "भरणा पद्धत", "Mode", "UPI", method="UPI")
        mr_row(p, "संदर्भ क्र.", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        mr_row(p, "दिनांक", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        return p.done()
    if k == 1:
        j.amount = 2500.0
        p = browser_page(rng, font, "gras.mahakosh.gov.in/echallan/challan-view")
        p.part = "head"
        top(p, "GRAS")
        p.add("small", "Government Receipt Accounting System, Government of Maharashtra  |  e-Challan")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        grn = f"MH0{digits(rng, 11)}{j.date.year % 100}{code(rng, 1, 'PM')}"
        cin = f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"
        dept = rng.choice([GST_DEPT, "GST Department, Maharashtra"])
        start = (
            j.date.replace(month=4, day=1)
            if j.date.month >= 4
            else j.date.replace(year=j.date.year - 1, month=4, day=1)
        )
        end_ = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        grid(
            p,
            "gr",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["GRN", grn], {"txn": (TXN_RANK, grn)}),
                (["Department", dept], {"merchant": dept}),
                (["Type of Payment", "Profession Tax - PTEC"], {}),
                (["Office", "Nashik"], {}),
                (
                    [
                        "Period",
                        f"{when(start, '%d/%m/%Y')} to {when(end_, '%d/%m/%Y')}",
                    ],
                    {},
                ),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank CIN", cin], {"txn": (BANK_RANK, cin)}),
                (["Bank", "Bank of Maharashtra"], {}),
                (["Payment Mode", "Net Banking"], {"method": "netbanking"}),
                (["Date of Payment", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 2:
        labels = rng.choice([1000, 2000, 3000, 5000])
        j.amount = round(labels * 1.8 * 1.18, 2)
        p = browser_page(rng, font, "www.silkmarkindia.com/labels/order/payment-status")
        p.part = "head"
        top(p, SMOI, merchant=SMOI)
        p.add("small", "Central Silk Board, Ministry of Textiles  |  Silk Mark labels")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        boxed(
            p,
            "The payment could not be completed: your bank did not confirm the transaction. No labels have "
            "been allotted; please pay again.",
            "error",
        )
        oid = f"SMOI/LB/{j.date:%y}{digits(rng, 5)}"
        dots(p, "Order No.", oid, at=0.4, txn=(ORDER_RANK, oid))
        dots(p, "Authorised User No.", f"SMOI/AU/MH/{digits(rng, 4)}", at=0.46)
        dots(p, "Labels", f"{labels:,} labels", at=0.4)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Payment gateway", "SBI ePay - Net Banking", at=0.36, method="netbanking")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.4, date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([1100, 2200, 3500]))
        p = browser_page(rng, font, "aaplesarkar.mahaonline.gov.in/en/Payment/Receipt")
        p.part = "head"
        mr(p, "आपले सरकार", bold=True, scale=1.1)
        top(p, "Aaple Sarkar")
        p.add("small", "Government of Maharashtra  |  Payment Receipt")
        p.add("rule")
        p.part = "body"
        tid = f"MH{digits(rng, 14)}"
        bref = f"{digits(rng, 12)}"
        dept = rng.choice([LABOUR, "Labour Department, Maharashtra"])
        zebra(
            p,
            "as",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Payment details", ""],
            [
                (["Application ID", f"SEA/{j.date:%y}/{digits(rng, 7)}"], {}),
                (["Department", dept], {"merchant": dept}),
                (["Establishment", SHOP], {}),
                (["Service", "Shops and Establishments registration"], {}),
                (["Fee", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", "UPI"], {"method": "UPI"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Bank Reference No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Status", "Success"], {"status": status}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
            ],
            (230, 110, 30),
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = phone(rng, font, k, ["", "MahaTraffic"], dark=False, buttons=("Download receipt",))
        band(p, (16, 64, 140))
        bar(p, "MahaTraffic", "Maharashtra Traffic Police", merchant="Maharashtra Traffic Police")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Challan paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "No seat belt  |  Dwarka Circle, Nashik")
        p.add("gap")
        tid = f"MTP{digits(rng, 12)}"
        vehicle = f"MH-15-{code(rng, 2, UPPER)}-{rng.randrange(1000, 9999)}"
        tiles2(p, ("Vehicle No.", vehicle), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 5:
        j.date = JATRA - dt.timedelta(days=rng.randrange(10, 30))
        j.amount = float(rng.choice([6000, 7500, 9000, 12000]))
        p = sheet(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(244, 240, 222), (240, 238, 226)])
        p.part = "head"
        mr(p, ADT_MR, bold=True)
        name = pick(p, "title", [ADT, "Agricultural Development Trust"])
        top(p, name, merchant=name)
        p.add("small", "Bhimthadi Jatra 2026, Pune  |  Stall fee receipt")
        p.add("rule")
        p.part = "body"
        one_pen(p)
        p.add("left", "No. ..............")
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
        filled(p, "Received from", SHOP)
        filled(p, "Stall No.", f"{rng.choice('ABCD')}-{rng.randrange(10, 260)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(p, "Recd. in cash", method="cash", status=status)
        h287.oval(p, ["BHIMTHADI JATRA", "STALL FEE", "BARAMATI"], "blue", at=0.3, rows_=3)
        sig(p)
        p.add("right", "Treasurer")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 3000, 40000, 0.2)
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment")
        p.part = "head"
        top(p, "Goods and Services Tax", merchant="Goods and Services Tax")
        p.add("small", "Payments  |  Track payment status")
        p.add("rule")
        p.part = "body"
        chip(p, "Pending with bank", status)
        p.add("gap")
        h294.progress(p, 0.5, status)
        boxed(
            p,
            "The bank has not yet confirmed this challan's payment. The status will be updated once the bank "
            "reports it; please do not pay it again.",
            "warn",
        )
        cpin = f"{j.date:%y}{j.date:%m}27{digits(rng, 8)}"
        dots(p, "CPIN", cpin, at=0.3, txn=(INVOICE_RANK, cpin))
        dots(p, "GSTIN", GSTIN, at=0.3)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Mode", "Net Banking", at=0.4, method="netbanking")
        dots(p, "Bank", "Bank of Maharashtra", at=0.36)
        dots(
            p,
            "Payment initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)),
            at=0.44,
            date=j.date,
        )
        return p.done()
    n_ = rng.randrange(5, 16)
    j.amount = float(n_ * 100)
    p = browser_page(rng, font, "public.mlwb.maharashtra.gov.in/contribution/e-receipt")
    p.part = "head"
    name = pick(p, "title", [MLWB, "Maharashtra Labour Welfare Board, Mumbai"])
    top(p, name, merchant=name)
    p.add("small", "Labour Welfare Fund contribution  |  e-Receipt")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment successful", status=status)
    p.add("gap")
    rno = f"LWF/{j.date:%y}/{digits(rng, 7)}"
    tid = f"LWF{digits(rng, 12)}"
    # the contribution for a half year is paid in the months after it
    half = f"July to December {j.date.year - 1}" if j.date.month <= 6 else f"January to June {j.date.year}"
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    h271.colkv(p, "lw", spec, "Receipt No.:", rno, txn=(INVOICE_RANK, rno))
    h271.colkv(p, "lw", spec, "Establishment:", FIRM)
    h271.colkv(p, "lw", spec, "Period:", half)
    h271.colkv(p, "lw", spec, "Employees:", str(n_))
    h271.colkv(p, "lw", spec, "Employee share:", num(n_ * 25.0))
    h271.colkv(p, "lw", spec, "Employer share:", num(n_ * 75.0))
    h271.colkv(p, "lw", spec, "Total:", rs(j.amount), amount=j.amount)
    h271.colkv(p, "lw", spec, "Transaction ID:", tid, txn=(TXN_RANK, tid))
    h271.colkv(p, "lw", spec, "Mode:", "Net Banking", method="netbanking")
    h271.colkv(p, "lw", spec, "Date:", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


BAJAJ = "Bajaj General Insurance Ltd."
TATA_AIG = "Tata AIG General Insurance Company Ltd."
LIC = "Life Insurance Corporation of India"
NATIONAL = "National Insurance Co. Ltd."


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or signing its SMS: Bajaj General's
    PREMIUM RECEIPT for the looms' shed's Bharat Sookshma Udyam Suraksha policy (its sentence "Received with
    thanks from ... by NEFT"; Receipt No., Receipt Date, Policy No., Sum Insured, Premium, CGST 9%, SGST 9%,
    Total Premium, Mode and UTR in a striped table; a signature); Star Health's app with the family's health
    renewal under process (the insurer under the app's bar, a spinner, the sum, a notice; Policy No.,
    Transaction ID, Paid via, Initiated on in dot leaders); Tata AIG's mail of the Dalan's shop policy renewed
    (its sentence; Receipt No., Policy No., Premium, GST 18%, Total Premium, Mode, UPI Ref, Date against a
    gutter); Digit's app with the pickup's motor renewal failed by card in an octagon (the insurer under the
    app's bar, the reason in a notice; each value over its label: Policy No., Vehicle, Premium, Payment ID,
    Card, Attempted on); LIC's RENEWAL PREMIUM RECEIPT for the managing partner's policy (Receipt No., Date,
    Policy No., Life Assured, Plan, Premium, Total Amount, Mode of payment, UPI Ref No., Next due date in a
    table ruled on every side); Niva Bupa's app with a health premium paid ("Today, <hour>"; the insurer under
    the app's bar, a scalloped badge, Premium paid, the sum; a copyable Transaction ID; Policy No. and Paid
    via; no day); National Insurance's agent's premium deposit receipt from his book for the weavers' accident
    cover (Date, Received from and Towards written in; Rs. in a box; "Recd. in cash"; no reference); Royal
    Sundaram's SMS of the Dalan's stock policy premium received ("Dear Customer, we have received Rs.x towards
    policy no. ... through UPI (Ref ...) on <dd/mm/yyyy>. -Royal Sundaram"). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=1500, high=48000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    pol = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}"
    if k == 0:
        si = float(rng.randrange(15, 80) * 100000)
        net = round(si * rng.uniform(0.0006, 0.0011), 0)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        ins = pick(p, "title", [BAJAJ, "Bajaj General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Nashik Branch, Old Agra Road  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Bank of Maharashtra", way)
        prose(
            p,
            f"Received with thanks from {FIRM}, {TOWN}, the premium of the Bharat Sookshma Udyam Suraksha "
            f"policy for its looms' shed at {SHED} by {way}.",
            status=status,
            method="netbanking",
        )
        p.add("gap")
        rno = f"BGI{j.date:%y}{digits(rng, 9)}"
        zebra(
            p,
            "bj",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Premium details", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Policy No.", pol], {}),
                (["Sum Insured", num(si)], {}),
                (["Premium", num(net)], {}),
                (["CGST 9%", num(gst)], {}),
                (["SGST 9%", num(gst)], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Mode", way], {}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            ],
            (0, 82, 150),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Star Health"], dark=False, buttons=("Refresh",))
        band(p, (0, 84, 150))
        bar(
            p,
            "Star Health",
            "Star Health and Allied Insurance Co. Ltd.",
            merchant="Star Health and Allied Insurance Co. Ltd.",
        )
        h279.spinner(p, (214, 140, 20))
        p.add("center", "Payment under process", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Family Health Optima  |  {SUNANDA} + 3")
        boxed(
            p,
            "We are waiting for your bank to confirm this renewal premium. Your cover continues meanwhile; "
            "please do not pay again.",
            "warn",
        )
        tid = f"SHA{j.date:%y%m%d}{digits(rng, 8)}"
        dots(p, "Policy No.", f"P/151100/01/{j.date.year + 1}/{digits(rng, 6)}", at=0.3)
        dots(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        dots(p, "Paid via", "Net Banking", at=0.4, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        return p.done()
    if k == 2:
        prem = float(rng.randrange(20, 140) * 50)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = mail_page(
            rng,
            font,
            "Tata AIG <customersupport@tataaig.com>",
            ["Premium receipt: Business Guard policy renewed", "Your policy has been renewed"],
        )
        p.part = "head"
        ins = pick(p, "title", [TATA_AIG, "Tata AIG General Insurance"])
        top(p, ins, merchant=ins)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear Customer, we have received your premium, and the Business Guard (shop) policy for {SHOP} "
            "is renewed for one more year.",
            status=status,
        )
        p.add("gap")
        rno = f"TA{j.date:%y}{digits(rng, 10)}"
        at = 0.4
        gutter(p, "ta", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        gutter(p, "ta", "Policy No.", f"{digits(rng, 10)}/00", at=at)
        gutter(p, "ta", "Premium", num(prem), at=at)
        gutter(p, "ta", "GST 18%", num(gst), at=at)
        gutter(p, "ta", "Total Premium", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "ta", "Mode", "UPI", at=at, method="UPI")
        gutter(p, "ta", "UPI Ref", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gutter(p, "ta", "Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 9000, 22000, 0.3)
        p = phone(rng, font, k, ["", "Digit Insurance"], dark=False, buttons=("Try again",))
        band(p, (255, 204, 40), (20, 20, 20))
        bar(
            p,
            "Digit Insurance",
            "Go Digit General Insurance Ltd.",
            merchant="Go Digit General Insurance Ltd.",
        )
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card's bank declined the payment (OTP was not verified). Your policy has not been renewed "
            "yet; please try again.",
            "error",
        )
        pid = f"DGT{digits(rng, 12)}"
        vlab(p, "Policy No.", f"D{digits(rng, 9)}", bold=False)
        vlab(p, "Vehicle", f"MH-15-{code(rng, 2, UPPER)}-{rng.randrange(1000, 9999)} (pickup)", bold=False)
        vlab(p, "Premium", rs(j.amount), amount=j.amount)
        vlab(p, "Payment ID", pid, bold=False, txn=(TXN_RANK, pid))
        vlab(p, "Card", f"Mastercard XX{digits(rng, 4)}", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(60, 400) * 50) + rng.choice([0.0, 25.0])
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        name = pick(p, "title", [LIC, "LIC of India"])
        top(p, name, merchant=name)
        p.add("small", "Branch Office Yeola (Code 95F)  |  Nashik Division")
        p.add("rule")
        p.add("center", "RENEWAL PREMIUM RECEIPT")
        p.part = "body"
        rno = f"{digits(rng, 3)}{j.date:%y}{digits(rng, 7)}"
        due = j.date.replace(year=j.date.year + 1) if not (j.date.month == 2 and j.date.day == 29) else j.date
        grid(
            p,
            "lic",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Policy No.", digits(rng, 9)], {}),
                (["Life Assured", PARTNER], {}),
                (["Plan", "Jeevan Labh (936)"], {}),
                (["Premium", num(j.amount)], {}),
                (["Total Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode of payment", "UPI"], {"method": "UPI", "status": status}),
                (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Next due date", when(due, "%m/%Y")], {}),
            ],
        )
        p.add("small", "This is a computer-generated receipt and needs no signature.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Niva Bupa"], dark=False, buttons=("View policy",))
        band(p, (0, 60, 140))
        bar(
            p,
            "Niva Bupa",
            "Niva Bupa Health Insurance Co. Ltd.",
            merchant="Niva Bupa Health Insurance Co. Ltd.",
        )
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Premium paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "ReAssure 2.0  |  renewed for one year")
        tid = f"NB{digits(rng, 13)}"
        copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Policy No.", digits(rng, 11))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([6, 8, 10, 12]) * rng.choice([250, 300, 350]))
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 244, 232), (242, 242, 234)])
        p.part = "head"
        name = pick(p, "title", [NATIONAL, "National Insurance Company Limited"])
        top(p, name, merchant=name)
        p.add("small", "Agent's premium deposit receipt  |  Nashik Division")
        p.add("rule")
        p.part = "body"
        one_pen(p)
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
        filled(p, "Received from", FIRM)
        filled(p, "Towards", "Janata accident cover, weavers")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(p, "Recd. in cash", method="cash", status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Agent")
        return p.done()
    text = (
        f"Dear Customer, we have received Rs.{num(j.amount, 'indian')} towards policy no. {digits(rng, 8)}/"
        f"{j.date.year} through UPI (Ref {j.ref}) on {when(j.date, '%d/%m/%Y')}. Thank you. -Royal Sundaram"
    )
    p = sms_page(rng, font, "VM-RSGICL", text, j.date)
    p.add(
        "left",
        text,
        merchant="Royal Sundaram",
        amount=j.amount,
        date=j.date,
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("MOR PAITHANI DALAN", "VINCHUR CHAUFULI, YEOLA", "WORLDLINE", "worldline"),
    ("HOTEL SHREYAS", "APTE ROAD, PUNE", "mswipe", "tip"),
    ("NASHIK PACKING MART", "NASHIK", "ICICI Bank", "sms"),
    ("SAHYADRI MISAL HOUSE", "College Road, Nashik", "", "restaurant"),
    ("SHREE GANESH HARDWARE", "MAIN ROAD, YEOLA", "AXIS BANK", "declined"),
    ("MSRTC", "Nashik - Pune", "", "bus"),
    ("MOR PAITHANI DALAN - BHIMTHADI STALL", "BHIMTHADI JATRA, PUNE", "Pine Labs", "timeout"),
    ("OFFICE CHOICE STATIONERS", "NASHIK", "OneCard", "cardapp"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Dalan's and the jatra stall's terminals and the firm's cards elsewhere: Worldline's charge
    slip at the Dalan with two fields to a typed line (DATE: and TIME:, MID: and TID:, BATCH: and INV:, CARD:
    and its CHIP, EXP: and the scheme, AUTH: and RRN:; SALE AMOUNT; APPROVED, SIGNATURE NOT REQUIRED);
    Mswipe's slip at a Pune hotel with a tip (SALE; TXN DATE, TXN TIME, TERMINAL ID, CARD NO, APPROVAL CODE,
    RRN NO, BILL NO at the left and the right; BASE AMOUNT, TIP AMOUNT and TOTAL AMOUNT; TRANSACTION
    APPROVED); ICICI Bank's SMS of a spend on the firm's credit card ("INR x spent using ICICI Bank Card
    XX1234 on <dd-Mon-yy> on <MERCHANT>. Avl Limit: INR y ..."; no reference); a Nashik misal house's bill
    from POSist settled by card (Bill No., Date, Table, Steward; the dishes; Sub Total, CGST 2.5%, SGST 2.5%,
    Grand Total; "Paid by: Card", the card and its Approval No.); Axis Bank's slip at a Yeola hardware shop
    DECLINED (91 ISSUER OR SWITCH INOPERATIVE); MSRTC's e-ticket for the Shivneri from Nashik to Pune paid by
    debit card (Booking confirmed; Ticket No., Service, Route, Date of journey, Seats, Fare, Reservation
    charges, Total, Paid by, Transaction ID, Booked on in shaded labels); Pine Labs' terminal at the Bhimthadi
    Jatra stall in the jatra's days with its answer timed out (SALE; DATE, TIME, TID, BATCH NO, INVOICE NO,
    CARD, AMOUNT; RESPONSE TIMEOUT, TRANSACTION STATUS UNKNOWN, PLEASE VERIFY BEFORE RETRY); the OneCard app
    with a spend at a stationer on its dark screen ("Today, <hour>"; the merchant's line and its town, the
    sum, Transaction successful; Card and Transaction ID in tiles; Category and Reward points; no day). All
    new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=900, high=42000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "timeout":
        in_days(j, rng, JATRA, JATRA_DAYS)
    if layout in ("declined", "tip", "sms", "cardapp"):
        j.amount = rupees(rng, 1200, 16000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        limit = num(rupees(rng, 40000, 300000, 0.0), "indian")
        text = (
            f"INR {num(j.amount, 'western')} spent using ICICI Bank Card XX{last4} on "
            f"{when(j.date, '%d-%b-%y')} on {name}. Avl Limit: INR {limit}. If not you, call 1800 1080 or "
            f"SMS BLOCK {last4} to 9215676766."
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
        p.add("center", "Transaction successful", status=status)
        p.add("gap")
        ref = f"{digits(rng, 12)}"
        tiles2(
            p,
            ("Card", f"{masked(p.font)}{last4}"),
            ("Transaction ID", ref),
            txn=(TXN_RANK, ref),
            method="card",
        )
        kvr(p, "Category", "Stationery")
        kvr(p, "Reward points", f"+{int(j.amount // 50)}")
        return p.done()
    if layout == "bus":
        fare = float(rng.randrange(46, 72) * 10)
        seats = rng.randrange(1, 4)
        res = 30.0 * seats
        j.amount = fare * seats + res
        p = phone(rng, font, k, ["", "MSRTC Bus Reservation"], dark=False, buttons=("Download ticket",))
        band(p, (200, 40, 30))
        p.part = "head"
        p.add("title", name, merchant=name)
        p.add("small", "Maharashtra State Road Transport Corporation")
        p.add("gap")
        p.part = "body"
        p.add("center", "Booking confirmed", status=status)
        p.add("gap")
        tno = f"MSR{digits(rng, 9)}"
        pid = f"{digits(rng, 16)}"
        journey = j.date + dt.timedelta(days=rng.randrange(2, 20))
        at = 0.42
        kv(p, "Ticket No.", tno, at=at, txn=(ORDER_RANK, tno))
        kv(p, "Service", "Shivneri (AC)", at=at)
        kv(p, "Route", town, at=at)
        kv(p, "Date of journey", when(journey, "%d/%m/%Y"), at=at)
        kv(p, "Seats", f"{seats}", at=at)
        kv(p, "Fare", num(fare * seats), at=at)
        kv(p, "Reservation charges", num(res), at=at)
        kv(p, "Total", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
        kv(p, "Paid by", f"Debit Card XX{last4}", at=at, method="card")
        kv(p, "Transaction ID", pid, at=at, txn=(TXN_RANK, pid))
        kv(p, "Booked on", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
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
        p.add("small", f"Misal, thalipeeth and more  |  {town}")
        p.add("small", f"GSTIN {gstin_of(rng, '27', 'P')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = f"{rng.randrange(1200, 9999)}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        p.pair("Table", f"T{rng.randrange(1, 24)}")
        p.pair("Steward", rng.choice(["Sachin", "Vikas", "Anil", "Rahul"]))
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Misal pav", 110),
                ("Thalipeeth", 140),
                ("Sabudana vada", 90),
                ("Kothimbir vadi", 120),
                ("Puran poli", 80),
                ("Solkadhi", 60),
                ("Masala chaas", 50),
                ("Pithla bhakri", 150),
            ],
            rng.randrange(3, 6),
        ):
            q = rng.randrange(1, 5)
            p.pair(f"{dish} x{q}", f"{q * price:.2f}")
            food += q * price
        gst = round(food * 0.025, 2)
        j.amount = round(food + 2 * gst, 2)
        p.add("rule")
        p.pair("Sub Total", f"{food:.2f}")
        p.pair("CGST 2.5%", f"{gst:.2f}")
        p.pair("SGST 2.5%", f"{gst:.2f}")
        p.pair("Grand Total", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("left", "Paid by: Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Approval No. {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you, visit again!  |  POSist")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "worldline":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE:{when(j.date, '%d/%m/%Y')}  TIME:{t}", date=j.date)
        p.add("left", f"MID:{mid[:12]}  TID:{tid}")
        p.add("left", f"BATCH:{batch[-4:]}  INV:{inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"CARD:XXXX XXXX XXXX {last4}  CHIP", method="card")
        p.add("left", f"EXP:XX/XX  {scheme}")
        p.add("left", f"AUTH:{appr}  RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("SALE AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGNATURE NOT REQUIRED")
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "tip":
        tip = float(rng.choice([100, 150, 200, 250, 300, 500]))
        base = round(j.amount - tip, 2)
        p.add("center", "SALE")
        p.add("rule")
        p.pair("TXN DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TXN TIME", t)
        p.pair("TERMINAL ID", tid)
        p.pair("CARD NO", f"{scheme[:4]} XX{last4}", method="card")
        p.pair("APPROVAL CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN NO", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("BILL NO", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.add("rule")
        p.pair("BASE AMOUNT", fmt(base))
        p.pair("TIP AMOUNT", fmt(tip))
        p.pair("TOTAL AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "TRANSACTION APPROVED", status=status)
    elif layout == "timeout":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("BATCH NO", batch[-6:])
        p.pair("INVOICE NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "RESPONSE TIMEOUT", status=status)
        p.add("small", "TRANSACTION STATUS UNKNOWN")
        p.add("small", "PLEASE VERIFY BEFORE RETRY")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("small", "91 ISSUER OR SWITCH INOPERATIVE")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


MSEDCL = "Maharashtra State Electricity Distribution Co. Ltd."
MSEDCL_MR = "महाराष्ट्र राज्य विद्युत वितरण कंपनी मर्यादित"
GP = "GRAM PANCHAYAT BABHULGAON"
GP_MR = "ग्रामपंचायत बाभुळगाव"
NEWS = "SAI NEWSPAPER AGENCY"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The looms' shed's and the Dalan's bills: MSEDCL's online bill payment receipt for the shed under its
    Marathi name (Payment Successful; bilingual ledger rows: ग्राहक क्रमांक · Consumer No., बिल महिना · Bill
    Month, ग्राहकाचे नाव · Consumer Name, रक्कम · Amount, पावती क्रमांक · Receipt No., व्यवहार क्रमांक ·
    Transaction ID, भरणा दिनांक · Payment Date, भरणा पद्धत · Mode); MyJio with the Dalan's JioFiber bill paid
    ("Today, <hour>"; Reliance Jio under the app's bar, a tile's tick, Payment successful, the sum;
    Transaction ID and Paid via, JioFiber number and Plan, labels small over their values two to a row; no
    day); BSNL Selfcare's bill payment failed by card on a tinted band (Bharat Sanchar Nigam under the app's
    bar, the sum, the reason in a notice; Account No., Amount, Transaction ID, Paid via, Attempted on against
    a gutter); HelloBPCL with a Bharatgas refill paid under a large round tick (Bharat Petroleum under the
    app's bar, the sum; each value over its label: Order No., Transaction ID, Distributor, Paid via, Paid on);
    Babhulgaon Gram Panchayat's water tax receipt for the shed from its book under its Marathi name
    ("पाणीपट्टी पावती" (water tax receipt); दिनांक · Date, नाव · Name, कालावधी · Period and रक्कम · Amount
    written on bilingual blanks; "Recd. in cash"; its oval stamp; no reference); Tata Play's SMS of the
    Dalan's recharge ("Recharge of Rs.x for Tata Play Subscriber ID ... paid via UPI is successful on
    <dd-mm-yyyy>. Txn ID .... Next recharge due on <day>. -Tata Play"); a Yeola newspaper agency's monthly
    bill in a Marathi hand (the agency on top; the month written in Marathi, the papers by the day with their
    sums, "एकूण" (total), "PhonePe ने मिळाले, Ref ..." (received by PhonePe) and "दि." (date) and the day);
    Hostinger's hosting renewal for the web shop processing (Payment processing, a progress bar, a notice;
    Invoice:, Service:, Amount:, Payment method:, Transaction ID:, Initiated: with colons). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=400, high=26000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = rupees(rng, 2400, 26000, 0.3)
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getPayReceipt")
        p.part = "head"
        mr(p, MSEDCL_MR, bold=True, scale=0.95)
        name = pick(p, "title", [MSEDCL, "MSEDCL"])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment receipt  |  Yeola Sub-Division")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"{j.date:%y%m}{digits(rng, 8)}"
        tid = f"MSE{digits(rng, 12)}"
        mr_cols(p, 0.32, 0.55)
        mr_row(p, "ग्राहक क्रमांक", "Consumer No.", digits(rng, 12))
        mr_row(p, "बिल महिना", "Bill Month", j.month(1))
        mr_row(
            p,
            "ग्राहकाचे नाव",
            "Consumer Name",
            row_fit(p, [FIRM_CAPS, "AMBEKAR PAITHANI VINKAR", "AMBEKAR PAITHANI"]),
        )
        mr_row(p, "रक्कम", "Amount", rs(j.amount), bold=True, amount=j.amount)
        mr_row(p, "पावती क्रमांक", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        mr_row(p, "व्यवहार क्रमांक", "Transaction ID", tid, txn=(TXN_RANK, tid))
        mr_row(p, "भरणा दिनांक", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        mr_row(p, "भरणा पद्धत", "Mode", "Net Banking", method="netbanking")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([999.0, 1178.82, 1499.0, 1768.82]))
        p = phone(rng, font, k, ["", "MyJio"], dark=False, buttons=("Done",))
        band(p, (14, 60, 170))
        bar(p, "MyJio", "Reliance Jio Infocomm Ltd.", merchant="Reliance Jio Infocomm Ltd.")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"JioFiber  |  {SHOP}")
        tid = f"BR000{code(rng, 10, ALNUM)}"
        two_up(p, "jf1", ("Transaction ID", tid), ("Paid via", "UPI"), txn=(TXN_RANK, tid), method="UPI")
        p.add("gap")
        two_up(p, "jf2", ("JioFiber number", f"+91 {digits(rng, 10)}"), ("Plan", "Rs. 999 plan"))
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 600, 2400, 0.5)
        p = phone(rng, font, k, ["", "BSNL Selfcare"], dark=False, buttons=("Try again",))
        band(p, (0, 100, 180))
        bar(p, "BSNL Selfcare", "Bharat Sanchar Nigam Ltd.", merchant="Bharat Sanchar Nigam Ltd.")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount))
        boxed(
            p,
            "Your card's bank declined this payment. Your bill is still due; no amount has been charged.",
            "error",
        )
        tid = f"BSNL{digits(rng, 12)}"
        at = 0.42
        gutter(p, "bs", "Account No.", digits(rng, 10), at=at)
        gutter(p, "bs", "Amount", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "bs", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        gutter(p, "bs", "Paid via", f"Debit Card XX{digits(rng, 4)}", at=at, method="card")
        gutter(
            p,
            "bs",
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([1712.5, 1768.0, 1805.5, 1691.0]))
        p = phone(rng, font, k, ["", "HelloBPCL"], dark=False, buttons=("Track order",))
        band(p, (0, 82, 155))
        bar(p, "HelloBPCL", "Bharat Petroleum Corporation Ltd.", merchant="Bharat Petroleum Corporation Ltd.")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Bharatgas 19 kg refill  |  the looms' shed")
        oid = f"BG{digits(rng, 10)}"
        tid = f"{digits(rng, 14)}"
        vlab(p, "Order No.", oid, bold=False, txn=(ORDER_RANK, oid))
        vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
        vlab(p, "Distributor", "Yeola Gas Agency", bold=False)
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        vlab(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([600, 900, 1200, 1500, 1800]))
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(244, 242, 226), (240, 240, 230)])
        p.part = "head"
        mr(p, GP_MR, bold=True, scale=1.1)
        top(p, GP, merchant=GP)
        p.add("small", "Tal. Yeola, Dist. Nashik")
        mr(p, "पाणीपट्टी पावती", bold=True, scale=0.95)
        p.add("rule")
        p.part = "body"
        one_pen(p)
        start = j.date.year if j.date.month >= 4 else j.date.year - 1
        mr_fill(p, "दिनांक", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
        mr_fill(p, "नाव", "Name", "Ambekar Paithani, shed")
        mr_fill(p, "कालावधी", "Period", f"{start}-{(start + 1) % 100:02d}")
        mr_fill(p, "रक्कम", "Amount", f"Rs. {int(j.amount)}/-", amount=j.amount)
        hand(p, "Recd. in cash", method="cash", status=status)
        h287.oval(p, ["GRAM PANCHAYAT", "BABHULGAON", "TAL. YEOLA"], "violet", at=0.3, rows_=3)
        sig(p)
        p.add("right", "Gramsevak")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([349, 420, 499, 560, 649]))
        tid = f"{digits(rng, 10)}"
        due = j.date + dt.timedelta(days=30)
        text = (
            f"Recharge of Rs.{num(j.amount, 'plain', 2)} for Tata Play Subscriber ID 10{digits(rng, 8)} paid "
            f"via UPI is successful on {when(j.date, '%d-%m-%Y')}. Txn ID {tid}. Next recharge due on "
            f"{when(due, '{d} %b')}. -Tata Play"
        )
        p = sms_page(rng, font, "VM-TTPLAY", text, j.date)
        p.add(
            "left",
            text,
            merchant="Tata Play",
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
            txn=(TXN_RANK, tid),
        )
        return p.done()
    if k == 6:
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 248, 236), (246, 246, 238)])
        p.part = "head"
        top(p, NEWS, merchant=NEWS)
        p.add("small", "Lokmat, Sakal, Deshdoot  |  Main Road, Yeola")
        p.add("rule")
        p.part = "body"
        month_ = j.date.replace(day=1) - dt.timedelta(days=1)
        mr_hand(p, f"{MR_MONTHS[month_.month - 1]} {month_.year} बिल  -  मोर पैठणी दालन")
        start = len(p.rows)
        days_ = (j.date.replace(day=1) - month_.replace(day=1)).days
        total_ = 0
        for paper_, rate in rng.sample([("लोकमत", 6), ("सकाळ", 6), ("देशदूत", 5), ("Times of India", 8)], 2):
            total_ += days_ * rate
            mr_hand(p, f"{paper_} {days_} दिवस @ {rate}", figure=str(days_ * rate))
        weekly = rng.choice([0, 40, 60])
        if weekly:
            mr_hand(p, "साप्ताहिक", figure=str(weekly))
            total_ += weekly
        j.amount = float(total_)
        mr_hand(p, "एकूण", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.74])
        p.add("gap")
        mr_hand(p, f"PhonePe ने मिळाले, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        mr_hand(p, f"दि. {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}", date=j.date)
        return p.done()
    j.amount = round(rng.choice([2399.0, 3599.0, 4799.0]) * 1.18, 2)
    p = browser_page(rng, font, "hpanel.hostinger.com/billing/payments")
    p.part = "head"
    top(p, "Hostinger", merchant="Hostinger")
    p.add("small", "Billing  |  Invoices and payments")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment processing", status=status)
    h294.progress(p, rng.uniform(0.35, 0.6), status)
    boxed(
        p,
        "We are waiting for your bank to confirm this UPI payment. Your hosting stays active meanwhile; the "
        "invoice will be marked paid once the payment is confirmed.",
        "warn",
    )
    ino = f"HIN-{j.date.year}-{digits(rng, 7)}"
    tid = f"ch_{code(rng, 16, MIXED)}"
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    h271.colkv(p, "hs", spec, "Invoice:", ino, txn=(INVOICE_RANK, ino))
    h271.colkv(p, "hs", spec, "Service:", f"Business Web Hosting, 12 months ({WEB})")
    h271.colkv(p, "hs", spec, "Amount:", rs(j.amount), amount=j.amount)
    h271.colkv(p, "hs", spec, "Payment method:", "UPI", method="UPI")
    h271.colkv(p, "hs", spec, "Transaction ID:", tid, txn=(TXN_RANK, tid))
    h271.colkv(
        p, "hs", spec, "Initiated:", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
    )
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    (
        "The Nashik District Central Co-operative Bank",
        "AX-NDCCBK",
        "SHREE AMBICA ZARI WORKS",
        "UPI",
        "marathi",
    ),
    ("Bank of Maharashtra", "VM-MAHABK", "NOOR SILK DYEING", "UPI", "sms"),
    ("Canara Bank", "AD-CANBNK", "SRI RAMALINGA SILK TWIS", "NEFT", "sms"),
    ("Punjab National Bank", "JD-PNBSMS", "SHUTTER STUDIO", "NEFT", "sms"),
    ("Saraswat Bank", "", "NASHIK PRINT HOUSE", "NEFT", "mail"),
    ("Yes Bank", "VM-YESBNK", "SHREE SAMARTH PACKAGING", "IMPS", "sms"),
    ("Kotak Mahindra Bank", "", "OMKAR SUTAR KAAM", "IMPS", "shade"),
    ("Indian Overseas Bank", "", "SHREE MARUTI COURIER", "IMPS", "whatsapp"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: the Nashik District Central Co-operative Bank's SMS in
    Marathi in a bubble of the phone's messages thread under its day divider ("प्रिय ग्राहक, आपल्या खाते क्र.
    XX1234 मधून दि. <dd-mm-yyyy> रोजी UPI द्वारे <PAYEE> यांना रु. x पाठवले आहेत. संदर्भ क्र. .... -NDCC Bank"
    (Dear customer, Rs. x have been sent from your account No. XX1234 on <day> by UPI to <PAYEE>; reference
    No. ...)); SMS in Bank of Maharashtra's ("Your A/c XX1234 debited by Rs.x on <dd-mm-yyyy> for
    UPI/<ref>/<PAYEE>. Avl Bal Rs.y. ... -Bank of Maharashtra"), Canara Bank's ("An amount of INR x has been
    DEBITED to your account XXX123 on <dd/mm/yyyy> towards NEFT to <PAYEE>. Total Avail.bal INR y. - Canara
    Bank"; no reference), Punjab National Bank's ("NEFT of Rs x to <PAYEE> initiated on <dd.mm.yyyy> from A/c
    XX1234 is in process. UTR .... -PNB") and Yes Bank's ("IMPS of INR x to <PAYEE> from A/c XX1234 on
    <dd-Mon-yy> has failed. Amount, if debited, will be reversed. RRN .... -YES BANK") wordings; Saraswat
    Bank's mail of a debit ("... your account XXXX1234 has been debited with INR x on <dd-mm-yyyy> towards
    NEFT to <PAYEE> (UTR ...)."); Kotak Mahindra Bank's notification in the phone's pulled-down shade ("Kotak
    Bank · now", Account debited, "Rs.x debited from a/c XX1234 via IMPS to <PAYEE>. IMPS Ref ..."; another
    notification under it; no day); Indian Overseas Bank's WhatsApp banking message ("Your a/c no. XXXXX12345
    is debited for Rs.x on <dd/mm/yy> by IMPS to <PAYEE>. IMPS Ref No .... -IOB" in a bubble under the bank's
    verified name). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 30000, 900000), rng.choice(["indian", "plain"]))
    ref = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if ref:
        facts["txn"] = (UTR_RANK, ref)
    if frame == "sms":
        if bank == "Bank of Maharashtra":
            text = (
                f"Your A/c XX{tail4} debited by Rs.{amt} on {when(j.date, '%d-%m-%Y')} for UPI/{ref}/{to}. "
                f"Avl Bal Rs.{bal}. Not you? Call 1800-233-4526 -Bank of Maharashtra"
            )
        elif bank == "Canara Bank":
            text = (
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail4[1:]} on "
                f"{when(j.date, '%d/%m/%Y')} towards NEFT to {to}. Total Avail.bal INR {bal}. - Canara Bank"
            )
        elif bank == "Punjab National Bank":
            text = (
                f"NEFT of Rs {amt} to {to} initiated on {when(j.date, '%d.%m.%Y')} from A/c XX{tail4} is in "
                f"process. UTR {ref}. -PNB"
            )
        else:
            text = (
                f"IMPS of INR {amt} to {to} from A/c XX{tail4} on {when(j.date, '%d-%b-%y')} has failed. "
                f"Amount, if debited, will be reversed. RRN {ref}. -YES BANK"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "marathi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"प्रिय ग्राहक, आपल्या खाते क्र. XX{tail4} मधून दि. {when(j.date, '%d-%m-%Y')} रोजी UPI द्वारे "
            f"{to} यांना रु. {amt} पाठवले आहेत. संदर्भ क्र. {ref}. -NDCC Bank"
        )
        mr_wrap(p, text, share=0.88, scale=0.92, **facts)
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "Saraswat Bank <alerts@saraswatbank.com>",
            ["Transaction alert: NEFT debit", "Debit alert for your Saraswat Bank account"],
        )
        p.part = "head"
        top(p, "Saraswat Bank")
        p.add("small", "Saraswat Co-operative Bank Ltd.")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(
            p,
            f"This is to inform you that your account XXXX{tail4} has been debited with INR {amt} on "
            f"{when(j.date, '%d-%m-%Y')} towards NEFT to {to} (UTR {ref}).",
            **facts,
        )
        p.add("gap")
        prose(p, "If you have not done this transaction, please call 1800 229 999 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "This is a system-generated mail; please do not reply.")
        return p.done()
    if frame == "shade":
        p = phone(rng, font, k, [""], dark=True, buttons=())
        p.part = "head"
        h289.shade_pull(p)
        p.add("small", p.style["h106"]["clock"])
        p.part = "body"
        p.add("gap")
        c = card_open(p)
        note(p, f"Kotak Bank  {sign(p.font, chr(0xB7), '|')}  now")
        h269.kind(p, "ks", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.row(p, "ks", "Account debited")
        prose(
            p,
            f"Rs.{amt} debited from a/c XX{tail4} via IMPS to {to}. IMPS Ref {ref}. Not you? Call "
            "18602662666",
            **facts,
        )
        card_close(p, c)
        p.add("gap")
        c2 = card_open(p)
        note(p, f"WhatsApp  {sign(p.font, chr(0xB7), '|')}  12m")
        p.add("left", "Rohit: 3 new messages")
        card_close(p, c2)
        p.add("gap")
        note(p, "Manage    |    Clear all", align="c")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    p.add("title", f"Indian Overseas Bank {sign(p.font, chr(0x2714), '')}".strip())
    p.add("small", "Official business account")
    p.add("rule")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s_ = len(p.rows)
    prose(
        p,
        f"Your a/c no. XXXXX{digits(rng, 5)} is debited for Rs.{amt} on {when(j.date, '%d/%m/%y')} by IMPS "
        f"to {to}. IMPS Ref No {ref}. -IOB",
        **facts,
    )
    h273.bubble(p, s_, hour12(rng.randrange(9, 19), rng.randrange(60), lower=True))
    p.add("gap")
    note(p, "Reply MENU to see more options", align="c")
    return p.done()

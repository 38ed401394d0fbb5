"""The twelve heldout313 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Lepcha weavers' co-operative's year of 2026 in Dzongu, North Sikkim (Dzongu
Mayel Lyang Weavers' Co-operative Society Ltd., whose members, Lepcha women of the villages of Dzongu, weave
cotton and wool on backstrap looms into shoulder bags, totes, thokro-dum stoles, shawls, runners, cushion
covers, mufflers and wall hangings, and whose cane workers plait the domed sumok thyaktuk hat; its shop in the
Old Bazaar at Mangan, Mayel Lyang Loom House; its stall at the Mangan Music Festival; the web shop
mayellyangweaves.in and its Amazon Karigar store; SIMFED's, NEHHDC's and TRIFED's purchases, a hotel company,
a design store, a studio, a home store and a hotel's owner; craft shops, galleries and importers abroad), told
by the proofs of payment it receives (buyers' PhonePe Business on the Loom House's phone, Google Pay, Paytm,
CRED, YONO SBI, PayZapp, Vyom and Axis Mobile; SIMFED's advice, Odoo, the State Bank of India's Corporate
Internet Banking, NEHHDC's letter, Microsoft Teams, HDFC Bank's ENet, a mail in the Gmail app and the
Government e-Marketplace; MUFG Bank, PostFinance, ABN AMRO, Shinhan Bank, Bendigo Bank, Hang Seng Bank, Wells
Fargo and Nordea; its own tax invoice, the festival stall's cash memo, CCAvenue, myBillBook, a Razorpay
payment page, a receipt in bilingual form cells, Amazon Seller Central and a GoFrugal roll) and those it makes
(a cane cutter's chit in a Nepali hand, a yarn dealer's invoice with a sticky note, Moglix, a dyer's carbon
copy, India Post, Vistaprint, a carpenter's corrected bill and a packaging house's Zoho invoice; YONO
Business, Cent Mobile, BHIM, HDFC Bank's MobileBanking, GO Mobile+, FedMobile, the Sikkim State Co-operative
Bank's NEFT / RTGS application and a Google Pay picture shared; a weaver's wage account, greytHR, a Tendong
Lho Rum Faat advance in a Nepali hand, Navi, IDFC FIRST Bank, PhonePe, WhatsApp and a salary voucher; Mangan
Nagar Panchayat, the e-Transit Pass, the Sikkim e-challan, the Textiles Committee, a Gram Panchayat Unit's
receipt book, e-Pay Tax, the Directorate of Handicrafts & Handloom's receipt book and the Commercial Taxes
Division; eight insurers; cards on the Loom House's and the stall's terminals, at a Gangtok hotel and a
Siliguri hardware shop, on SpiceJet, on a Gangtok restaurant's Petpooja bill, in HDFC Bank's SMS and on the
SBI Card app; the Energy & Power Department, Airtel Thanks, DishTV, Vi, the Water Security & PHE Department's
receipt book, IndianOil's SMS, a milkman's card in a Nepali hand and a broadband company's mail; the banks'
SMS, a Nepali SMS, an RCS message, a mail and an SMS forwarded into a WhatsApp group). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the units' lines, salutations, Nepali lines (but a bank's SMS in Nepali, whose figures and
payee carry the facts, a Nepali form cell's or label's value and a Nepali hand's sums, days and "received"),
items, pieces, dishes, rates, GST, fees, charges, tips, exchange rates, balances, sums insured, periods,
months, pay periods, years, bill months, invoice, bill and journey days, account, policy, proposal,
certificate, consumer, VC, registration, application, licence, permit, employee, vehicle, article and card
numbers, a letter's file number, GSTIN, PAN, TAN, IFSC, SWIFT/BIC codes, UPI IDs, bills named on an advice,
other messages, a message's reactions and replies, the cane hat, the woven band, yarn, shuttles and cane, the
cloth a page lies on, stages, progress bars, notices, tiles, badges, ribbons, tags, stamps, sticky notes,
revenue stamps, tick boxes' other options, barcodes, passing messages and signatures carry no fact. ``Job`` is
heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page``
heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``,
``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits``
heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``,
``sms_page``, ``bars``, ``ticks``, ``comb``, a roll's torn edges), heldout271's (``grid``, ``gkv``, ``dots``,
``colkv``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``step``, ``rstamp``, rounded cards), heldout273's
(``hcells``, ``ledger``, ``pill``, ``field``, ``panel``, ``avatar``, ``bubble``), heldout275's (``sig``,
``divider``, ``gutter``, ``sicon``, ``ribbon``, ``sticky``, ``strike``, ``toast``, a chat's payment card),
heldout277's (``bigsum``, ``sheet``, ``clip_``, a spiral pad), heldout279's (``phone``, ``band``,
``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, ``redno``, a ticket's card, ``hangtag``, squared
paper and a staple), heldout287's (``notice``, ``tile``, ``burst``, ``oval``, ``vlab``, ``vname``, ``tiles2``,
``copyrow``), heldout289's (``chip``, ``steps``, ``carbon``, ``revenue``) and heldout294's (``octa``,
``progress``, ``fwd``), written in this set's pens and printers' faces. ``compose`` is heldout158's (as
heldout269's to heldout311's), each page's rows drawn by heldout294's ``_render`` (and the renderers beneath
it) and then by this set's own ``_render`` in the lines it leaves for them: Nepali lines, hand and SMS in this
set's runs of Noto Sans and Noto Serif Devanagari, their Latin runs and figures in the page's face (the hand's
in an upright FreeSerif, slanted as a pen slants it); bilingual form cells two to a row (each ruled on every
side, its Nepali and English small in a tinted strip at its top, its value printed or written under them);
bilingual labels of two lines (the Nepali over its English small at the left, the value at the right, every
other one on a pale band, a hairline under each); a Lepcha cane hat as a letterhead's emblem (its domed crown
plaited of split cane in a twill whose strips run up to the left and to the right in turn, lit at its left, a
band of blackened cane with a red thread round its foot, the broad brim of slats bound at its rim, a knot at
its top, a soft shadow under it); a band of backstrap weaving as a divider (warp stripes along it, a row of
stepped lozenges picked up in supplementary weft in its middle, the weave's grain); loose ends of yarn, a
bamboo shuttle wound with red and a slip of split cane in a page's margins; and, after the frame, the length
of Lepcha handwoven cloth a page is photographed lying on (its warp stripes across the frame, a band of
lozenges every so often, a ball of red yarn and a shuttle beside the page, the page's shadow, the page a
little askew). The pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets.heldout273_families import hcells, ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout310's and
# heldout311's
PENS = [
    "dejavu/DejaVuSerif-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "liberation/LiberationSerif-Italic.ttf",
]
INKS = [(22, 36, 128), (30, 28, 84), (40, 40, 46), (14, 68, 104), (92, 24, 48)]
# the faces a page's fixed-width lines are printed in (a post office's counter, a branch's printer, a cover
# note, a billing program's roll)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# Noto Sans and Noto Serif Devanagari for Nepali (heldout272's and heldout275's script, drawn here in this
# set's own runs and rows), and the upright Latin face a Nepali hand writes its figures in
DEV = "noto/NotoSansDevanagari-Regular.ttf"
DEV_BOLD = "noto/NotoSansDevanagari-Bold.ttf"
DEV_SERIF = "noto/NotoSerifDevanagari-Regular.ttf"
DEV_SERIF_BOLD = "noto/NotoSerifDevanagari-Bold.ttf"
HAND_LATIN = "freefont/FreeSerif.ttf"
NEPALI_FACES = [DEV, DEV_BOLD, DEV_SERIF, DEV_SERIF_BOLD, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
# the cotton the weavers weave on their backstrap looms (a madder red, a near black, an undyed white, a
# turmeric yellow, a leaf green, an indigo) and the split cane of the hats (from a pale straw to a honey
# brown, and the cane dyed black for a hat's band)
YARN_RED = (172, 30, 40)
YARN_BLACK = (34, 30, 32)
YARN_WHITE = (238, 232, 214)
YARN_YELLOW = (230, 176, 38)
YARN_GREEN = (34, 114, 72)
YARN_BLUE = (38, 64, 132)
YARNS = [YARN_RED, YARN_BLACK, YARN_WHITE, YARN_YELLOW, YARN_GREEN, YARN_BLUE]
CANE = [(206, 164, 98), (190, 144, 80), (216, 180, 116), (178, 130, 70)]
CANE_DARK = (58, 40, 28)

# ---------------------------------------------------------------- the co-operative

FIRM = "Dzongu Mayel Lyang Weavers' Co-operative Society Ltd."
FIRM_CAPS = FIRM.upper()
FIRM_SHORT = "Mayel Lyang Weavers' Co-op"
FIRM_MID = "Mayel Lyang Weavers' Co-op. Society"
FIRM_NE = "जोङ्गु मायल ल्याङ तान बुनाइ सहकारी संस्था लि."
# the society's name as a bank's beneficiary field cuts it
CUT = "DZONGU MAYEL LYANG WEAVE"
SHOP = "Mayel Lyang Loom House"
SHOP_CAPS = SHOP.upper()
SHOP_NE = "मायल ल्याङ तान घर"
WEB = "mayellyangweaves.in"
REGD = "Regd. No. 214/RCS/NSD/2009"
GSTIN = "11AAAAD6145M1ZQ"
PAN = "AAAAD6145M"
UDYAM = "UDYAM-SK-02-0003176"
PRESIDENT = "Pema Ongmu Lepcha"
SECRETARY = "Sonam Tshering Lepcha"
ACCOUNTANT = "Bikram Chettri"
EXPORTS = "Nimkit Lepcha"
MASTER = "Ang Doma Lepcha"
CANE_MASTER = "Tashi Namgyal Lepcha"
ADDRESS = "Lingthem, Upper Dzongu, Mangan, North Sikkim - 737116"
TOWN = "Dzongu, Mangan - 737116"
SHOP_AT = "Old Bazaar, Mangan, North Sikkim - 737116"
BANK_LINE = "State Bank of India, Mangan"
BIC = "SBININBB"
# the Mangan Music Festival, where the society keeps a stall (11 to 13 December 2026); Tendong Lho Rum Faat
# (8 August 2026), the Lepchas' prayer to Mount Tendong, before which the weavers' festival advances are paid
FEST, FEST_DAYS = dt.date(2026, 12, 11), 3
TENDONG = dt.date(2026, 8, 8)
IFSC = {
    "State Bank of India": "SBIN",
    "The Sikkim State Co-operative Bank": "SISC",
    "Central Bank of India": "CBIN",
    "UCO Bank": "UCBA",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "IDBI Bank": "IBKL",
    "Union Bank of India": "UBIN",
    "Punjab National Bank": "PUNB",
    "ICICI Bank": "ICIC",
    "Bank of India": "BKID",
    "Kotak Mahindra Bank": "KKBK",
    "Yes Bank": "YESB",
    "Indian Bank": "IDIB",
    "IDFC FIRST Bank": "IDFB",
    "Bank of Baroda": "BARB",
}
# the society's work sold: name, HSN, price each (low, high); every piece within Rs. 2,500, GST 5%
WORKS = [
    ("Lepcha shoulder bag, handwoven", "6307", 650, 1600),
    ("Lepcha tote bag, lined", "6307", 900, 2200),
    ("Thokro-dum stole", "6214", 950, 2300),
    ("Handwoven shawl, diamond weft", "6214", 1600, 2500),
    ("Table runner, backstrap woven", "6304", 700, 1800),
    ("Cushion cover pair, woven", "6304", 600, 1400),
    ("Woollen muffler, handwoven", "6214", 650, 1500),
    ("Cane hat (sumok thyaktuk)", "6504", 1200, 2500),
    ("Wall hanging, Lepcha motifs", "6304", 1100, 2400),
]
# the short names a roll, a bill book and a hand write
SHORT = {
    "Lepcha shoulder bag, handwoven": "Shoulder bag",
    "Lepcha tote bag, lined": "Tote bag",
    "Thokro-dum stole": "Thokro-dum stole",
    "Handwoven shawl, diamond weft": "Shawl, diamond",
    "Table runner, backstrap woven": "Table runner",
    "Cushion cover pair, woven": "Cushion covers",
    "Woollen muffler, handwoven": "Muffler",
    "Cane hat (sumok thyaktuk)": "Cane hat",
    "Wall hanging, Lepcha motifs": "Wall hanging",
}
# the same in the Nepali a stall's hand writes
SHORT_NE = {
    "Lepcha shoulder bag, handwoven": "झोला",
    "Lepcha tote bag, lined": "ठूलो झोला",
    "Thokro-dum stole": "स्टोल",
    "Handwoven shawl, diamond weft": "सल",
    "Table runner, backstrap woven": "टेबल रनर",
    "Cushion cover pair, woven": "कुसन खोल",
    "Woollen muffler, handwoven": "मफलर",
    "Cane hat (sumok thyaktuk)": "बेतको टोपी",
    "Wall hanging, Lepcha motifs": "भित्ते कपडा",
}
CUSTOMERS = [
    "Mr. Anup Pradhan",
    "Ms. Roshni Rai",
    "Dr. Karma Bhutia",
    "Mrs. Sunita Gurung",
    "Mr. Arindam Sen",
    "Ms. Pooja Sharma",
    "Mr. Tenzing Wangchuk",
]
# the society's weavers (Lepcha women of the villages of Dzongu who weave at home on their backstrap looms),
# its cane workers and its people at the Loom House
WEAVERS = [
    "Dawa Lhamu Lepcha",
    "Karma Ongkit Lepcha",
    "Rinchen Doma Lepcha",
    "Chumkit Lepcha",
    "Lhakit Lepcha",
    "Yangchen Lepcha",
    "Mingma Doma Lepcha",
    "Ongmit Lepcha",
]
CANE_WORKERS = ["Ugen Palzor Lepcha", "Dorjee Lepcha", "Karchung Lepcha"]
STAFF = ["Sangay Lepcha", "Rupa Rai"]
# the months as a Nepali hand writes them
NE_MONTHS = [
    "जनवरी",
    "फेब्रुअरी",
    "मार्च",
    "अप्रिल",
    "मे",
    "जुन",
    "जुलाई",
    "अगस्ट",
    "सेप्टेम्बर",
    "अक्टोबर",
    "नोभेम्बर",
    "डिसेम्बर",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The society's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 3) if lo >= 1200 else rng.randrange(1, 5)
        if "Cushion" in name or "muffler" in name:
            q = rng.randrange(2, 7)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 2000 else 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the festival's, the days before Tendong Lho Rum Faat), its UPI /
    card reference made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "11", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The society's bills one payment settles: number, day (before the payment), sum; they add up to it."""
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


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h313", {"marks": {}, "decor": [], "frame": None})


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
    name = f"nt13{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(lines_of(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lb13", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb13"] = 0.76
    h269.row(p, "lb13", text, **facts)


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


# ---------------------------------------------------------------- Nepali in Devanagari (this set's rows)


def is_ne(ch: str) -> bool:
    """A Devanagari letter, sign, figure or danda (Nepali's script)."""
    return "\u0900" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff"


def ne_runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Devanagari and of other letters: a space or a joiner stays with the run it
    follows."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        d = is_ne(ch)
        if ch in " \u200c\u200d" and out:
            d = out[-1][0]
        if out and out[-1][0] == d:
            out[-1] = (d, out[-1][1] + ch)
        else:
            out.append((d, ch))
    return out


def ne_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return DEV_SERIF_BOLD if bold else DEV_SERIF
    return DEV_BOLD if bold else DEV


# Noto's Devanagari hangs its letters from a headline at about a Latin face's cap height: set at this share of
# the size it stands level with the page's own capitals
NSCALE = 1.08


def _nface(d: bool, latin: str, size: int, bold: bool, serif: bool):
    if d:
        return load_font(ne_face(bold, serif), int(size * NSCALE))
    return load_font(bold_of(latin) if bold else latin, size)


def ne_width(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    """The width of a line of Devanagari and Latin runs."""
    return sum(_nface(d, latin, size, bold, serif).getlength(part) for d, part in ne_runs(text))


def ne_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for d, part in ne_runs(text):
        face = ne_face(bold, serif) if d else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_ne(
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
    for d, part in ne_runs(text):
        face = _nface(d, latin, size, bold, serif)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def ne(
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
    """A line in Nepali (a name over its English, a heading, a bank's message), its Latin runs and figures in
    the page's face."""
    size = int(p.style["size"] * scale)
    assert ne_ok(text, p.font, bold=bold, serif=serif), text
    assert ne_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t13ne", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def ne_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Nepali sentence set left in as many lines as it needs within ``share`` of the room (the facts on its
    first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and ne_width(f"{line} {word}", p.font, size) > room:
            ne(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    ne(p, line, scale=scale, align="l", **(facts if first else {}))


def ne_hand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.2, **facts) -> None:
    """A line written by hand in Nepali: Noto Serif Devanagari for its letters and an upright FreeSerif for
    its figures, leaning as this set's hands lean, in the page's ink; ``figure`` written at the right end of
    the line (a sum in a chit's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert ne_ok(text + figure, HAND_LATIN, serif=True), text
    need = ne_width(text, HAND_LATIN, size, serif=True) + size * 0.5
    if figure:
        need += ne_width(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t13nh", text, figure, mark_=[align, scale, p.rng.uniform(-0.8, 0.8)], **facts)


def ne_cells(
    p: Screen,
    left: tuple[str, str, str],
    right_: tuple[str, str, str] | None = None,
    *,
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """This set's bilingual form cells, two to a row (one across the row where ``right_`` is None): each
    cell ruled on every side, its label small in a tinted strip at its top (the Nepali, a middle dot, its
    English in the label's ink), its value under it (printed, in bold where ``bold``, or written in the page's
    pen where ``pen``); cells one under another share their rules. Two lines high."""
    size = p.style["size"]
    cells = [left] + ([right_] if right_ else [])
    each = room_of(p) / len(cells)
    small = load_font(p.font, int(size * 0.72))
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    for other, english, value in cells:
        assert ne_ok(other, p.font) and glyphs(p.font, f" \u00b7 {english}"), (other, english)
        need = ne_width(other, p.font, int(size * 0.8)) + small.getlength(f"  \u00b7  {english}")
        assert need + 16 <= each, (other, english, need, each)
        assert glyphs(vfont, value) and vface.getlength(value) + 18 <= each, (value, each)
    texts = [t for c in cells for t in c]
    put(p, "t13nc", *texts, mark_=[len(cells), pen, bold], **facts)
    p.add("gap")


def ne_fit(p: Screen, values: list[str], *, halves: int = 2, pen: bool = False, bold: bool = False) -> str:
    """The first of ``values`` that fits a cell of ``ne_cells`` (one of ``halves`` to the row), the last where
    none does."""
    size = p.style["size"]
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    each = room_of(p) / halves
    return next((v for v in values if vface.getlength(v) + 18 <= each), values[-1])


def ne_stack(
    p: Screen, other: str, english: str, value: str, *, pen: bool = False, bold: bool = False, **facts
) -> None:
    """This set's bilingual label of two lines: the Nepali over its English small in the label's ink at the
    left, the value set to the right between them (printed, in bold where ``bold``, or written by hand where
    ``pen``), every other such row on a pale band and a hairline under each. Two lines high."""
    size = p.style["size"]
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    assert ne_ok(other, p.font) and glyphs(p.font, english) and glyphs(vfont, value), (other, english, value)
    head = max(
        ne_width(other, p.font, int(size * 0.92)), load_font(p.font, int(size * 0.7)).getlength(english)
    )
    need = head + vface.getlength(value) + 36
    assert need <= room_of(p), (other, english, value, need, room_of(p))
    x = ext(p)
    x["stack"] = x.get("stack", -1) + 1
    put(p, "t13ns", other, english, value, mark_=[pen, bold, x["stack"] % 2], **facts)
    p.add("gap")


def stack_fit(p: Screen, other: str, english: str, values: list[str], *, bold: bool = False) -> str:
    """The first of ``values`` that fits an ``ne_stack`` row of ``other`` and ``english`` (the last where none
    does)."""
    size = p.style["size"]
    vface = load_font(bold_of(p.font) if bold else p.font, size)
    head = max(
        ne_width(other, p.font, int(size * 0.92)), load_font(p.font, int(size * 0.7)).getlength(english)
    )
    return next((v for v in values if head + vface.getlength(v) + 36 <= room_of(p)), values[-1])


# ---------------------------------------------------------------- this set's rows and marks


def hat(p: Screen) -> None:
    """A Lepcha cane hat (sumok thyaktuk) as a letterhead's emblem, seen from a little above its brim: the
    domed crown plaited of split cane in a twill whose strips run up to the left and to the right in turn,
    lit at its left and dark at its right, a band of cane dyed black round its foot with a thread of red over
    it, the broad flat brim of cane slats bound at its rim, a knot at the crown's top and a soft shadow under
    the brim; centred, three lines high."""
    put(p, "t13hat", "", mark_=[p.rng.randrange(len(CANE)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def weave(p: Screen) -> None:
    """A band of backstrap weaving as a divider across the page: its warp stripes running along it (black,
    madder red, undyed white, a thread of yellow and green at each edge) and, in its middle on a white
    ground, a row of stepped lozenges in red and black picked up in supplementary weft, each with a dot at
    its heart; the weave's grain showing; one line high."""
    put(p, "t13wv", "", mark_=[p.rng.randrange(10**6)])


def yarn(p: Screen) -> None:
    """The loom's corner in the page's margins: loose ends of cotton yarn curling in red, black, white and
    yellow, a bamboo shuttle stick wound with red yarn, a slip of split cane."""
    ext(p)["decor"].append(["yarn", p.rng.randrange(10**6)])


def on_cloth(p: Screen) -> None:
    """The page photographed lying on a length of Lepcha handwoven cloth: its warp stripes across the frame
    in red, black, white, green and yellow, a band of supplementary-weft lozenges every so often, a ball of
    red yarn and a bamboo shuttle beside the page, the page's shadow, the page a little askew."""
    ext(p)["frame"] = ["cloth", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _hat_art(H: int, cane_i: int, seed: int) -> Image.Image:
    """The hat drawn ``H`` high (1.7 times as wide) as an RGBA image, at the size it is given."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    W = int(H * 1.7)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cane = np.array(CANE[cane_i], dtype=np.float32)
    cx = W / 2
    # the brim: an ellipse seen from a little above, its slats running out from the crown, its rim bound
    by_, ba, bb = H * 0.7, W * 0.47, H * 0.2
    ex, ey = (xx - cx) / ba, (yy - by_) / bb
    rr = np.sqrt(ex**2 + ey**2)
    brim = rr <= 1.0
    theta = np.arctan2(ey, ex)
    slat = 0.86 + 0.14 * np.cos(theta * 64) ** 2
    ring = 0.92 + 0.08 * np.cos(rr * 40)
    brim_light = 0.82 + 0.22 * (1 - ey.clip(-1, 1)) / 2 - 0.1 * ex.clip(-1, 1)
    brim_rgb = cane[None, None, :] * (slat * ring * brim_light)[..., None]
    rim = (rr > 0.9) & brim
    brim_rgb[rim] = np.array(CANE_DARK, dtype=np.float32) * 1.4
    # the crown: a dome from its foot (a little behind the brim's middle) to its top
    base_y, top_y = H * 0.68, H * 0.06
    hw0 = W * 0.25
    t = ((base_y - yy) / (base_y - top_y)).clip(0, 1)
    hw = hw0 * np.sqrt((1 - t**2.4).clip(0, 1)) + 1e-3
    nx = (xx - cx) / hw
    crown = (yy >= top_y) & (yy <= base_y) & (np.abs(nx) <= 1.0)
    s = max(3.0, H * 0.07)
    u = ((xx - cx) + (yy - top_y) * 0.85) / s
    v = ((xx - cx) - (yy - top_y) * 0.85) / s
    # the twill: strips up to the left and up to the right in turn, two over and two under
    pick_ = (np.floor(u) + np.floor(v / 2)) % 2 == 0
    strip = np.where(pick_, 0.8 + 0.2 * np.sin((u % 1) * np.pi), 0.72 + 0.2 * np.sin((v % 1) * np.pi))
    light = 0.62 + 0.42 * np.sqrt((1 - nx**2).clip(0, 1)) - 0.16 * nx.clip(-1, 1)
    crown_rgb = cane[None, None, :] * (strip * light)[..., None]
    # the band of black cane round the crown's foot, a red thread over it
    band_ = crown & (yy > base_y - H * 0.14) & (yy <= base_y - H * 0.02)
    dark = np.array(CANE_DARK, dtype=np.float32)[None, None, :] * (0.7 + 0.45 * light[..., None])
    stitch = 0.85 + 0.15 * np.cos((xx - cx) / max(2.0, H * 0.025) * np.pi) ** 2
    crown_rgb[band_] = (dark * stitch[..., None])[band_]
    red_ = crown & (np.abs(yy - (base_y - H * 0.15)) <= max(1.0, H * 0.012))
    crown_rgb[red_] = np.array(YARN_RED, dtype=np.float32) * 1.05
    rgb = np.zeros((H, W, 3), dtype=np.float32)
    alpha = np.zeros((H, W), dtype=np.float32)
    rgb[brim] = brim_rgb[brim]
    alpha[brim] = 255
    rgb[crown] = crown_rgb[crown]
    alpha[crown] = 255
    rgb += g.normal(0, 4, (H, W, 1))
    art = np.dstack([rgb.clip(0, 255), alpha]).astype(np.uint8)
    img = Image.fromarray(art, "RGBA")
    d = ImageDraw.Draw(img)
    kr = H * 0.045
    d.ellipse((cx - kr, top_y - kr * 1.2, cx + kr, top_y + kr * 0.8), fill=CANE_DARK + (255,))
    d.line(
        (cx, top_y - kr * 1.1, cx + kr * 0.6, top_y - kr * 2.3), fill=YARN_RED + (255,), width=max(1, H // 60)
    )
    return img


def _hat(page: Image.Image, cx: float, top_y: float, h: float, cane_i: int, seed: int) -> None:
    """The emblem: the hat drawn three times over and brought down, a soft shadow under its brim."""
    k = 3
    art = _hat_art(int(h * k), cane_i, seed)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    alpha = small.split()[3]
    shadow = Image.new("L", page.size, 0)
    shadow.paste(alpha.point(lambda v: 70 if v > 0 else 0), (x0_ + 4, y0_ + 6))
    shadow = shadow.filter(ImageFilter.GaussianBlur(4))
    page.paste(Image.composite(Image.new("RGB", page.size, (90, 78, 60)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _weave_art(w: int, h: int, seed: int) -> np.ndarray:
    """A band of backstrap weaving ``w`` by ``h`` (RGB floats): warp stripes along it, a row of stepped
    lozenges in its middle, the weave's grain."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    art = np.zeros((h, w, 3), dtype=np.float32)
    # the stripes from one edge to the middle, mirrored to the other edge (shares of the half height)
    edge = [
        (0.06, YARN_BLACK),
        (0.05, srng.choice([YARN_YELLOW, YARN_GREEN])),
        (0.05, YARN_BLACK),
        (0.16, YARN_RED),
        (0.04, YARN_WHITE),
        (0.04, YARN_BLACK),
    ]
    used = sum(s for s, _ in edge)
    rows_ = np.zeros(h, dtype=np.int32)
    colours = [YARN_WHITE] + [c for _, c in edge]
    for y in range(h):
        f = min(y, h - 1 - y) / (h / 2)
        acc, idx = 0.0, 0
        for n, (share, _c) in enumerate(edge):
            acc += share * 2
            if f < acc:
                idx = n + 1
                break
        rows_[y] = idx
    for y in range(h):
        art[y, :, :] = colours[rows_[y]]
    # the motif row: stepped lozenges in red and black on the white middle
    mid0, mid1 = int(h * used), int(h * (1 - used))
    mh = max(4, mid1 - mid0)
    cy = (mid0 + mid1) / 2
    r = mh * 0.42
    step_ = max(1.0, r / 4)
    xs = np.arange(w, dtype=np.float32)[None, :]
    ys = np.arange(h, dtype=np.float32)[:, None]
    period = r * 2.6
    n_ = np.floor(xs / period)
    cxs = n_ * period + period / 2
    dd = np.floor(np.abs(xs - cxs) / step_) * step_ + np.floor(np.abs(ys - cy) / step_) * step_
    inside = (dd <= r) & (ys >= mid0) & (ys <= mid1)
    ringed = inside & (dd > r * 0.55)
    heart = inside & (dd <= r * 0.2)
    alt = (n_ % 2 == 0) & np.ones_like(ys, dtype=bool)
    red = np.array(YARN_RED, dtype=np.float32)
    black = np.array(YARN_BLACK, dtype=np.float32)
    art[ringed & alt] = red
    art[ringed & ~alt] = black
    art[heart] = np.array(srng.choice([YARN_YELLOW, YARN_GREEN]), dtype=np.float32)
    # the grain: warp threads along, weft picks across
    grain = 1 + 0.07 * np.sin(ys * 2.4) + 0.05 * np.sin(xs * 1.9) * np.sin(ys * 1.3)
    art = art * grain[..., None] + g.normal(0, 4, (h, w, 1))
    return art.clip(0, 255)


def _weave(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    art = _weave_art(w * k, h * k, seed)
    img = Image.fromarray(art.astype(np.uint8), "RGB").resize((w, h), Image.LANCZOS)
    page.paste(img, (int(x0), int(y0)))


def _curl(d: ImageDraw.ImageDraw, x: float, y: float, length: float, colour, srng) -> None:
    """A loose end of yarn: a wavy curling line with a soft shadow, its end frayed."""
    pts, sh = [], []
    amp = srng.uniform(2.0, 5.0)
    phase = srng.uniform(0, 6.3)
    turn = srng.uniform(-0.9, 0.9)
    for t in range(44):
        s = t / 43 * length
        a = math.pi / 2 + turn * (s / length) ** 2
        off = amp * math.sin(phase + s / 7.0)
        px = x + math.cos(a) * s - math.sin(a) * off
        py = y + math.sin(a) * s + math.cos(a) * off
        pts.append((px, py))
        sh.append((px + 1.5, py + 1.5))
    d.line(sh, fill=(90, 80, 70, 70), width=4, joint="curve")
    d.line(pts, fill=tuple(colour) + (255,), width=3, joint="curve")
    ex, ey = pts[-1]
    for _ in range(3):
        d.line(
            (ex, ey, ex + srng.uniform(-4, 4), ey + srng.uniform(2, 6)), fill=tuple(colour) + (255,), width=1
        )


def _shuttle(d: ImageDraw.ImageDraw, x: float, y: float, length: float, angle: float, wound) -> None:
    """A bamboo stick shuttle: the stick with its nodes, yarn wound round its middle in a spindle's shape."""
    ca, sa = math.cos(angle), math.sin(angle)
    ex, ey = x + ca * length, y + sa * length
    d.line((x + 2, y + 2, ex + 2, ey + 2), fill=(80, 70, 50, 90), width=6)
    d.line((x, y, ex, ey), fill=(196, 168, 104, 255), width=5)
    d.line((x, y, ex, ey), fill=(222, 198, 140, 255), width=1)
    for t in (0.18, 0.82):
        nx_, ny_ = x + ca * length * t, y + sa * length * t
        d.line((nx_ - sa * 3, ny_ + ca * 3, nx_ + sa * 3, ny_ - ca * 3), fill=(130, 100, 60, 255), width=2)
    for n in range(9):
        t = 0.32 + n * 0.045
        fat = 7 * math.sin(math.pi * (n + 1) / 10)
        mx, my = x + ca * length * t, y + sa * length * t
        d.line(
            (mx - sa * fat, my + ca * fat, mx + sa * fat, my - ca * fat),
            fill=tuple(wound) + (255,),
            width=3,
        )


def _yarn(page: Image.Image, seed: int) -> Image.Image:
    """The margins: loose ends of yarn, a bamboo shuttle wound with red, a slip of split cane."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(8, MARGIN - 12) if left else srng.uniform(width - MARGIN + 10, width - 10)
        return x, srng.uniform(40, height - 100)

    for _ in range(srng.randrange(3, 6)):
        x, y = spot()
        _curl(
            d, x, y, srng.uniform(34, 70), srng.choice([YARN_RED, YARN_BLACK, YARN_WHITE, YARN_YELLOW]), srng
        )
    x, y = spot()
    x = 14 if x < width / 2 else width - 15
    _shuttle(d, x, y, srng.uniform(60, 84), math.pi / 2 + srng.uniform(-0.08, 0.08), YARN_RED)
    x, y = spot()
    d.line((x, y, x + srng.uniform(-4, 4), y + srng.uniform(40, 70)), fill=CANE[1] + (255,), width=3)
    return layer.convert("RGB")


def _cloth_art(w: int, h: int, seed: int) -> Image.Image:
    """A length of Lepcha handwoven cloth: warp stripes across the frame, a band of stepped lozenges every
    so often, the weave's grain."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    art = np.zeros((h, w, 3), dtype=np.float32)
    palette = [YARN_RED, YARN_RED, YARN_BLACK, YARN_WHITE, YARN_GREEN, YARN_YELLOW, YARN_BLUE]
    y = 0
    while y < h:
        if srng.random() < 0.18:
            bh = srng.randrange(46, 70)
            band_ = _weave_art(w, bh, srng.randrange(10**6))
            art[y : y + bh] = band_[: max(0, min(bh, h - y))]
            y += bh
            continue
        sh_ = srng.choice([6, 10, 16, 26, 40])
        art[y : y + sh_] = np.array(srng.choice(palette), dtype=np.float32)
        y += sh_
    ys = np.arange(h, dtype=np.float32)[:, None]
    xs = np.arange(w, dtype=np.float32)[None, :]
    grain = 1 + 0.08 * np.sin(ys * 2.2) + 0.05 * np.sin(xs * 2.6) * np.sin(ys * 0.9)
    art = art * grain[..., None] + g.normal(0, 5, (h, w, 1))
    return Image.fromarray(art.clip(0, 255).astype(np.uint8), "RGB")


def _on_cloth(image: Image.Image, seed: int) -> Image.Image:
    """The page on the cloth: turned a little with its shadow, a ball of red yarn and a bamboo shuttle
    beside it."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad + 150, h + 2 * pad
    base = _cloth_art(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 10, (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 150 if v > 0 else 0), (sx + 9, sy + 11))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (30, 20, 18)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    layer = base.convert("RGBA")
    d = ImageDraw.Draw(layer)
    side = sx + turned.width + 24
    bx, by_ = side + 50, srng.uniform(bh * 0.18, bh * 0.4)
    r = 40
    d.ellipse((bx - r + 6, by_ - r + 8, bx + r + 6, by_ + r + 8), fill=(40, 24, 20, 150))
    d.ellipse((bx - r, by_ - r, bx + r, by_ + r), fill=YARN_RED + (255,))
    for n in range(14):
        a0 = srng.uniform(0, 360)
        rr_ = srng.uniform(r * 0.3, r * 0.98)
        d.arc(
            (bx - rr_, by_ - rr_ * srng.uniform(0.5, 1.0), bx + rr_, by_ + rr_ * srng.uniform(0.5, 1.0)),
            a0,
            a0 + srng.uniform(80, 200),
            fill=_tint((255, 210, 200), YARN_RED, 0.35) + (255,),
            width=2,
        )
    _curl(d, bx - r * 0.2, by_ + r * 0.8, 70, YARN_RED, srng)
    _shuttle(
        d, side + 14, srng.uniform(bh * 0.55, bh * 0.72), 110, 0.35 + srng.uniform(-0.2, 0.2), YARN_BLACK
    )
    return layer.convert("RGB")


def _cells(draw, r: tuple, m: list, y: float, top_y: float, line: int, font: str, style: dict) -> None:
    """This set's bilingual form cells: each ruled on every side, its label in a tinted strip at its top,
    its value under it."""
    size = style.get("size", 22)
    width = style.get("width", 620)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    x1 = style.get("h271") or {}
    n_, pen, bold = m
    room = width - 2 * MARGIN
    each = room / n_
    y0, y1 = top_y + 1, top_y + 2 * line
    rule = _tint(soft, paper_, 0.6)
    small = load_font(font, int(size * 0.72))
    for c in range(n_):
        other, english, value = r[1 + 3 * c : 4 + 3 * c]
        cx0 = MARGIN + c * each
        cx1 = cx0 + each
        draw.rectangle((cx0 + 1, y0 + 1, cx1 - 1, y0 + line * 0.86), fill=_tint(soft, paper_, 0.08))
        draw.rectangle((cx0, y0, cx1, y1), outline=rule, width=1)
        draw_ne(draw, (cx0 + 8, y - size * 0.12), other, font, int(size * 0.8), ink)
        hx = cx0 + 8 + ne_width(other, font, int(size * 0.8))
        draw.text((hx, y + size * 0.06), f"  \u00b7  {english}", font=small, fill=soft)
        vy = y + line * 0.98
        if pen:
            vface = load_font(x1.get("pen", PENS[0]), int(size * 1.06))
            draw.text((cx0 + 10, vy - size * 0.14), value, font=vface, fill=tuple(x1.get("pen_ink", INKS[0])))
        else:
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text((cx0 + 10, vy), value, font=vface, fill=ink)


def _stack(draw, r: tuple, m: list, y: float, top_y: float, line: int, font: str, style: dict) -> None:
    """This set's bilingual label of two lines: the Nepali over its English at the left, the value at the
    right between them, a pale band on every other row, a hairline under it."""
    size = style.get("size", 22)
    width = style.get("width", 620)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    x1 = style.get("h271") or {}
    pen, bold, shade = m
    y1 = top_y + 2 * line
    if shade:
        draw.rectangle((MARGIN - 6, top_y + 1, width - MARGIN + 6, y1 - 2), fill=_tint(soft, paper_, 0.07))
    draw_ne(draw, (MARGIN, y - size * 0.14), r[1], font, int(size * 0.92), ink)
    draw.text((MARGIN, y + line * 0.76), r[2], font=load_font(font, int(size * 0.7)), fill=soft)
    if pen:
        vface = load_font(x1.get("pen", PENS[0]), int(size * 1.06))
        vink = tuple(x1.get("pen_ink", INKS[0]))
        dy = -size * 0.14
    else:
        vface = load_font(bold_of(font) if bold else font, size)
        vink = ink
        dy = 0
    vx = width - MARGIN - vface.getlength(r[3])
    draw.text((vx, y + line * 0.42 + dy), r[3], font=vface, fill=vink)
    draw.line((MARGIN - 6, y1 - 2, width - MARGIN + 6, y1 - 2), fill=_tint(soft, paper_, 0.35), width=1)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Nepali lines and hand, bilingual form cells and stacked
    labels, a cane hat as an emblem, a band of backstrap weaving as a divider, yarn and a shuttle in the
    margins."""
    page = h294._render(rows, font, style)
    x = style.get("h313")
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
        if not name.startswith("t13"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t13ne":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = ne_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_ne(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t13nh":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                tw = ne_width(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                draw_ne(ImageDraw.Draw(layer), (4, lh * 0.22), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.18, -0.18 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
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
        elif name == "t13nc":
            _cells(draw, r, m, y, top_y, line, font, style)
        elif name == "t13ns":
            _stack(draw, r, m, y, top_y, line, font, style)
        elif name == "t13hat":
            cane_i, seed = m
            _hat(page, width / 2, top_y + line * 0.02, line * 2.9, cane_i, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t13wv":
            (seed,) = m
            _weave(page, MARGIN, width - MARGIN, top_y + line * 0.08, top_y + line * 0.96, seed)
            draw = ImageDraw.Draw(page)
    _ = soft
    for what in x["decor"]:
        if what[0] == "yarn":
            page = _yarn(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout311's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the Lepcha cloth a page is photographed lying on."""
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
    f = (style.get("h313") or {}).get("frame")
    if f and f[0] == "cloth":
        image = _on_cloth(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *NEPALI_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout313 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Loom House's app


PAYEES = [SHOP_CAPS, SHOP, CUT, "MAYEL LYANG LOOM HOUSE"]
VPAS = [
    "mayellyangloom@sbi",
    "Q736104582@ybl",
    "mayellyang.weaves@oksbi",
    "paytmqr5x8k2m4wq@paytm",
    "loomhouse.mangan@axl",
]
BUYERS = [
    ("Anup Pradhan", "State Bank of India"),
    ("Roshni Rai", "Central Bank of India"),
    ("Karma Bhutia", "HDFC Bank"),
    ("Sunita Gurung", "The Sikkim State Co-operative Bank"),
    ("Arindam Sen", "ICICI Bank"),
    ("Pooja Sharma", "Axis Bank"),
    ("Tenzing Wangchuk", "UCO Bank"),
    ("Diki Bhutia", "Union Bank of India"),
]
NOTES = ["lepcha bag", "2 stoles", "cane hat", "runner + cushions", "shawl for mom", "festival shopping"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Central Bank of India": "Central Bank",
        "HDFC Bank": "HDFC",
        "The Sikkim State Co-operative Bank": "SISCO Bank",
        "ICICI Bank": "ICICI",
        "Axis Bank": "Axis",
        "UCO Bank": "UCO",
        "Union Bank of India": "Union Bank",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Mayel Lyang Loom House or the society: PhonePe Business on the Loom House's phone (the
    Loom House under the app's bar; a ticket's card with a notch at each side: Received, the sum set large,
    "from <buyer>", then under its tear UTR, Received on, Payment mode and Settles to at the left and the
    right); Google Pay's payment completed with its details in a bottom sheet over the dimmed screen ("To
    <payee>", the sum, Completed and the day; Transaction details: UPI transaction ID, Google transaction ID,
    From and To at the left and the right); Paytm's payment with its details folded away (a large round tick,
    Paid Successfully, the sum, "to" over the payee, the day; Paid from; Transaction details "Show"; no
    reference); CRED's UPI payment on its dark screen ("Today, <hour>"; a tile's tick, payment successful, the
    sum, "paid to" over the payee; a copyable UTR; paid via; no day); YONO SBI's UPI payment pending (a
    capsule, the sum, "to <payee>", its stages top to bottom; UPI Ref No., Date and From in a table ruled on
    every side); HDFC Bank's PayZapp with the payment failed under a large round cross (the sum, "to <payee>",
    the reason in a notice; Transaction ID:, Date:, Account: with colons; a passing message at the foot);
    Union Bank of India's Vyom on a scalloped badge (Transaction Successful; a rounded card of labels small
    over their values two to a row: Paid to and Amount, UPI Ref No. and Date & Time, Debit A/c and Remarks);
    Axis Bank's Axis Mobile in an octagon (Payment Successful, the sum, "Paid to" over the payee; UPI
    Reference No., Transaction Date, Paid from and Remarks in dot leaders). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 3, low=250, high=26000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    note_ = rng.choice(NOTES)
    if k in (0, 2) and rng.random() < 0.5:
        season(j, rng, FEST, FEST_DAYS)
    if k == 0:
        p = phone(rng, font, k, ["", "PhonePe Business"], dark=False, buttons=("Share", "Home"))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe Business", "Payments")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Old Bazaar, Mangan")
        t = h279.ticket_open(p)
        p.add("center", "Received", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"from {who}")
        tear = h279.ticket_tear(p)
        kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Received on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Payment mode", f"UPI ({sb})", method="UPI")
        kvr(p, "Settles to", f"SBI XX{digits(rng, 4)}")
        h279.ticket_close(p, t, tear)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=())
        app_head(p, "Google Pay", "")
        name = pick(p, "center", [f"To {to}", f"To {SHOP}"])[3:]
        p.add("center", f"To {name}", merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"{sign(p.font, chr(0x2713), '')} Completed".strip(), status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        h277.sheet(p)
        p.add("left", "Transaction details")
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
        kvr(p, "From", f"{sb} {masked(p.font, 4)}{last4}", method="UPI")
        kvr(p, "To", rng.choice([VPAS[0], VPAS[2]]))
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI Money Transfer")
        sicon(p, status)
        p.add("center", "Paid Successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        kvr(p, "Paid from", f"{sb} {masked(p.font)}{last4}", method="UPI")
        kvr(p, "Transaction details", "Show")
        p.add("small", "Get up to 2% cashback on your next scan & pay")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "CRED"], dark=True, buttons=("done",))
        app_head(p, "CRED", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        copyrow(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "paid via", f"CRED UPI  |  {sb} {masked(p.font)}{last4}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "YONO SBI"], dark=False, buttons=("Check status",))
        band(p, (40, 128, 196))
        app_head(p, "YONO SBI", "UPI")
        pill(p, "Transaction pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h271.step(p, "Debited", "from your SBI account", "done")
        h271.step(p, "Awaiting credit", "payee's bank yet to confirm", "now")
        h271.step(p, "Completed", "you will be notified", "todo")
        p.add("gap")
        gkv(p, "yo", "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        gkv(p, "yo", "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        gkv(p, "yo", "From", f"SBI XXXXXX{last4}", method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "PayZapp"], dark=False, buttons=("Retry",))
        band(p, (0, 72, 140))
        app_head(p, "PayZapp", "HDFC Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "The payee's bank did not respond in time. Any amount debited will be reversed to your account "
            "within 48 hours.",
            "error",
        )
        tid = f"PZ{j.date:%y%m%d}{digits(rng, 10)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        h271.colkv(p, "pz", spec, "Transaction ID:", tid, txn=(TXN_RANK, tid))
        h271.colkv(
            p, "pz", spec, "Date:", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",)), date=j.date
        )
        h271.colkv(p, "pz", spec, "Account:", f"HDFC Bank XX{last4}", method="UPI")
        h275.toast(p, "Try again with another account")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Vyom"], dark=False, buttons=("Share", "Done"))
        band(p, (200, 30, 50))
        app_head(p, "Vyom", "Union Bank of India  |  UPI")
        h287.burst(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("gap")
        c = card_open(p)
        name = rng.choice([SHOP, SHOP_CAPS])
        two_up(p, "vy1", ("Paid to", name), ("Amount", rs(j.amount)), merchant=name, amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "vy2",
            ("UPI Ref No.", j.ref),
            ("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "vy3", ("Debit A/c", f"XXXX{last4}"), ("Remarks", note_), method="UPI")
        card_close(p, c)
        return p.done()
    p = phone(rng, font, k, ["", "Axis Mobile"], dark=False, buttons=("Share", "Home"))
    band(p, (150, 20, 70))
    app_head(p, "Axis Mobile", "Axis Bank  |  UPI")
    h294.octa(p, status)
    p.add("center", "Payment Successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "Paid to")
    name = pick(p, "center", [to, SHOP])
    p.add("center", name, merchant=name)
    p.add("gap")
    dots(p, "UPI Reference No.", j.ref, at=0.46, txn=(UTR_RANK, j.ref))
    dots(p, "Transaction Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
    dots(p, "Paid from", f"{sb} {masked(p.font)}{last4}", at=0.4, method="UPI")
    dots(p, "Remarks", note_, at=0.4)
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


SIMFED = "Sikkim State Co-operative Supply & Marketing Federation Ltd."
SIMFED_MID = "Sikkim State Co-op. Supply & Marketing Fedn."
SIMFED_NE = "सिक्किम राज्य सहकारी आपूर्ति तथा बजार महासंघ लि."
KAARU = "Kaarukriti Design Store LLP"
KBH = "Kanchenjunga Boutique Hotels Pvt. Ltd."
NEHHDC = "North Eastern Handicrafts and Handlooms Development Corporation Ltd."
NEHHDC_SHORT = "NEHHDC Ltd."
NEEL = "Studio Neel & Khadi"
WEFT = "Weft & Warp Home Pvt. Ltd."
TRIFED = "TRIFED, Ministry of Tribal Affairs"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the society: SIMFED's PAYMENT ADVICE for its emporium's purchases
    under its Nepali name (Memo No. and Dated on a line; "To, The Secretary," and the society; Sub:; Bill No.
    | Bill Date | Amount on hairline rows, Total under a rule and a double rule; "The amount of Rs. x/- ...
    has been credited ... by NEFT / RTGS, UTR ..."; its rectangular stamp with the day; the Manager
    (Accounts)' signature); a Bengaluru design store's Vendor Payment mailed from Odoo (its sentence; Amount
    Paid on a tinted panel; Payment:, Vendor:, Journal:, Method:, Memo: and Date: with colons; Bill | Bill
    Date | Amount in a striped table); State Bank of India's Corporate Internet Banking with a Gangtok hotel
    company's NEFT pending the authoriser (a capsule, its stages across the page with a dot for each, a
    notice; Reference No., Beneficiary, Amount, Payment Mode, Value Date, Maker in a table ruled on every
    side); NEHHDC's letter releasing the payment for its Purbashree emporia, a paper clip at its top (No. and
    Date on a line; "To, The Secretary," and the society; Sub:; "... has been released today to your account
    ... by NEFT vide UTR ..."; Yours faithfully and a signature); a Kolkata studio's Microsoft Teams channel
    under its "Today" divider (the writer, bold, and the hour; "Paid Rs. x to <payee> by NEFT for the ...",
    "UTR ..."; a reaction and a reply; no day); HDFC Bank's ENet with a Mumbai home store's NEFT returned
    under a red ribbon (the reason in a notice; labels small over their values two to a row: Transaction
    Reference and Transaction Date, Beneficiary and Amount, Payment Type and Return Reason); a Gangtok hotel
    owner's mail read in the Gmail app (the subject, the sender and the hour; "I have transferred Rs. x to
    <payee> by IMPS on <day> ..."; no reference); the Government e-Marketplace's payment status for TRIFED's
    order (Payment released in a capsule; Contract No., Buyer Organisation, Seller, Amount Paid, Payment Mode,
    UTR No., Payment Date in a table ruled on every side). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=9000, high=240000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        j.amount = float(round(j.amount))
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        ne(p, SIMFED_NE, bold=True, scale=0.9)
        top(p, pick(p, "title", [SIMFED, SIMFED_MID, "SIMFED"]))
        p.add("small", "SIMFED Complex, Tadong, Gangtok - 737102  |  Marketing Division")
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        memo = f"SIMFED/Mktg/Accts/{rng.randrange(140, 980)}"
        cols(
            p,
            "sf0",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Memo No. {memo}",
            f"Dated: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [f"{FIRM},", f"{FIRM_MID},"])[:-1]
        p.add("left", f"{name},", merchant=name)
        p.add("left", f"{TOWN}.")
        prose(
            p,
            "Sub: Payment against your bills for handloom bags, stoles and cane hats supplied to the "
            "emporium.",
        )
        spec = [(0.0, 0.46, "l"), (0.46, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "sfh", spec, "Bill No.", "Bill Date", "Amount", mode="line")
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "DMW"):
            cols(p, "sfl", spec, no_, when(day, "%d.%m.%Y"), num(v), mode="line")
        total(p, "Total", num(j.amount), at=0.6)
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        prose(
            p,
            f"The amount of Rs. {num(j.amount, 'indian', 0)}/- has been credited to your account with "
            f"{BANK_LINE} by {way}, UTR {utr}.",
            amount=j.amount,
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        h271.rstamp(p, ["SIMFED LTD.", when(j.date, "%d %b %Y").upper(), "ACCOUNTS, GANGTOK"], "blue", at=0.3)
        sig(p)
        p.add("right", "Manager (Accounts)")
        return p.done()
    if k == 1:
        doc = f"PBNK1/{j.date.year}/{rng.randrange(40, 400):04d}"
        p = mail_page(
            rng,
            font,
            "Kaarukriti Accounts <accounts@kaarukriti.in>",
            [f"Vendor Payment {doc}", "Payment made to you"],
        )
        p.part = "head"
        top(p, pick(p, "title", [KAARU, "Kaarukriti"]))
        p.add("small", "Indiranagar, Bengaluru  |  Vendor Payment")
        p.add("rule")
        p.part = "body"
        prose(p, "Dear Sir / Madam, please find below the details of our payment against your bills.")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        h273.panel(p, "Amount Paid", rs(j.amount), (120, 60, 140), amount=j.amount)
        payee = rng.choice([FIRM, FIRM_SHORT])
        spec = [(0.0, 0.26, "l"), (0.26, 1.0, "l")]
        h271.colkv(p, "od", spec, "Payment:", doc, txn=(INVOICE_RANK, doc))
        h271.colkv(p, "od", spec, "Vendor:", payee, merchant=payee)
        h271.colkv(p, "od", spec, "Journal:", "Bank (HDFC Bank)")
        h271.colkv(p, "od", spec, "Method:", way, method="netbanking", status=status)
        h271.colkv(p, "od", spec, "Memo:", f"UTR {utr}", txn=(UTR_RANK, utr))
        h271.colkv(p, "od", spec, "Date:", day_as(j, rng, ["%d/%m/%Y", "%b {d}, %Y"]), date=j.date)
        lines = [
            ([no_, when(day, "%d/%m/%Y"), num(v)], {})
            for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "DMW")
        ]
        zebra(
            p,
            "odz",
            [(0.0, 0.44, "l"), (0.44, 0.72, "l"), (0.72, 1.0, "r")],
            ["Bill", "Bill Date", "Amount"],
            lines,
            (113, 75, 128),
        )
        p.add("small", "Sent by Odoo")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "corp.onlinesbi.sbi/corporate/payments/pending-authorisation")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", f"Corporate Internet Banking  |  {KBH}, Gangtok")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Payment  -  {neft_or_rtgs(j.amount)}")
        chip(p, "Pending for authorisation", status)
        h289.steps(p, ["Entered", "Authorised", "Sent", "Credited"], 1, status)
        boxed(
            p,
            "This transaction has been entered by the maker and is waiting for the authoriser. It will be "
            "sent to the beneficiary's bank once it is authorised.",
            "warn",
        )
        ref = f"IK0{digits(rng, 9)}"
        name = rng.choice([FIRM_MID.upper(), CUT])
        at = 0.36
        gkv(p, "cb", "Reference No.", ref, at=at, txn=(BANK_RANK, ref))
        gkv(p, "cb", "Beneficiary", name, at=at, merchant=name)
        gkv(p, "cb", "Amount", rs(j.amount), at=at, amount=j.amount)
        gkv(p, "cb", "Payment Mode", neft_or_rtgs(j.amount), at=at, method="netbanking")
        gkv(p, "cb", "Value Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
        gkv(p, "cb", "Maker", "kbh.accounts1", at=at)
        return p.done()
    if k == 3:
        j.amount = float(round(j.amount))
        p = sheet(rng, font, [780, 820])
        h277.clip_(p)
        p.part = "head"
        top(p, pick(p, "title", [NEHHDC, NEHHDC_SHORT]))
        p.add("small", "(A Government of India Enterprise)  |  Purbashree, Guwahati - 781005")
        p.add("rule")
        p.part = "body"
        no_ = f"NEHHDC/Mktg/Pay/{rng.randrange(120, 900)}"
        cols(
            p,
            "ne0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"No. {no_}",
            f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [f"{FIRM},", f"{FIRM_MID},"])[:-1]
        p.add("left", f"{name},", merchant=name)
        p.add("left", f"{TOWN}.")
        prose(p, "Sub: Release of payment for handloom products supplied to Purbashree emporia.")
        p.add("left", "Madam / Sir,")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "UCO Bank", way)
        prose(
            p,
            f"An amount of Rs. {num(j.amount, 'indian', 0)}/- (Rupees {spelt(j.amount)} only) against your "
            f"bills for the Lepcha bags and shawls has been released today to your account with {BANK_LINE} "
            f"by {way} vide UTR {utr}.",
            amount=j.amount,
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        p.add("left", "Kindly acknowledge the receipt.")
        p.add("left", "Yours faithfully,")
        sig(p)
        p.add("right", "Chief Manager (Finance)")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(30, 400) * 100)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["paper"] = (250, 250, 252)
        p.part = "head"
        h269.kind(p, "tm0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["tm0"] = 1.1
        h269.row(p, "tm0", "Finance - Vendor payments")
        p.add("small", f"Microsoft Teams  |  {NEEL}, Kolkata  |  9 members")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 18)
        h269.kind(p, "tm1", [(0.0, 0.6, "l"), (0.6, 1.0, "l")], "plain", bold=(0,))
        h269.row(p, "tm1", "Ria Dasgupta", hour12(hour, rng.randrange(60)))
        name = pick(p, "left", [SHOP, FIRM_SHORT])
        utr = utr_of(rng, j, "Axis Bank", "NEFT")
        prose(
            p,
            f"Paid Rs. {num(j.amount, 'indian', 0)} to {name} by NEFT for the 40 Lepcha shoulder bags and "
            "the table runners.",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
        note(p, "Like 2  |  1 reply")
        p.add("gap")
        h269.row(p, "tm1", "Sayan Ghosh", hour12(hour + 1, rng.randrange(60)))
        p.add("left", f"Thanks Ria, I'll tell {EXPORTS.split()[0]} at Dzongu.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "enet.hdfcbank.com/corp/transaction/enquiry")
        p.part = "head"
        top(p, "HDFC Bank ENet")
        p.add("small", f"{WEFT}, Mumbai  |  Transaction enquiry")
        p.add("rule")
        p.part = "body"
        h275.ribbon(p, "NEFT RETURNED", (186, 36, 44))
        p.add("gap")
        p.add("center", "Transaction returned by beneficiary bank", status=status)
        boxed(
            p,
            "The beneficiary bank returned this credit: the account number does not match the beneficiary's "
            "name. The amount has been credited back to your account.",
            "error",
        )
        tref = f"HDFCN{digits(rng, 11)}"
        name = rng.choice([FIRM_CAPS[:30], CUT])
        two_up(
            p,
            "hd1",
            ("Transaction Reference", tref),
            ("Transaction Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            txn=(BANK_RANK, tref),
            date=j.date,
        )
        p.add("gap")
        two_up(
            p,
            "hd2",
            ("Beneficiary", clip(name, 24)),
            ("Amount", rs(j.amount)),
            merchant=clip(name, 24),
            amount=j.amount,
        )
        p.add("gap")
        two_up(
            p, "hd3", ("Payment Type", "NEFT"), ("Return Reason", "R03 - name mismatch"), method="netbanking"
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(24, 160) * 250)
        p = phone(rng, font, k, ["", "Gmail"], dark=False, buttons=("Reply", "Forward"))
        p.part = "head"
        p.add("title", "Payment for the cushion covers")
        p.add("small", "Inbox")
        p.add("rule")
        p.part = "body"
        h273.avatar(p, "KB", (30, 110, 180))
        p.add("center", "Karma Bhutia")
        p.add("small", f"to me  |  {hhmm(rng, lower=True)}")
        p.add("gap")
        p.add("left", f"Hi {EXPORTS.split()[0]},")
        name = rng.choice([FIRM_SHORT, SHOP])
        prose(
            p,
            f"I have transferred Rs. {num(j.amount, 'indian', 0)} to {name} by IMPS on "
            f"{when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))} for the 20 cushion covers and 6 runners "
            "for the hotel. Please check and confirm.",
            amount=j.amount,
            merchant=name,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("left", "Regards, Karma")
        p.add("small", "Hotel Mayalmu Residency, Tadong, Gangtok")
        return p.done()
    p = browser_page(rng, font, "mkp.gem.gov.in/payments/status")
    p.part = "head"
    top(p, "GeM")
    p.add("small", "Government e-Marketplace  |  Payment status")
    p.add("rule")
    p.part = "body"
    chip(p, "Payment released", status)
    p.add("gap")
    contract = f"GEMC-5116877{digits(rng, 8)}"
    name = rng.choice([FIRM, FIRM_MID])
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    grid(
        p,
        "gem",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        None,
        [
            (["Contract No.", contract], {"txn": (ORDER_RANK, contract)}),
            (["Buyer Organisation", TRIFED], {}),
            (["Seller", name], {"merchant": name}),
            (["Amount Paid", rs(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "PFMS - NEFT"], {"method": "netbanking"}),
            (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
            (["Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
        ],
    )
    p.add("small", "Payment made through PFMS against the Consignee Receipt and Acceptance Certificate.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Mingei Kobo Aoyama K.K.", "Tokyo, Japan", "JPY", 180000, 1500000, "mufg"),
    ("Himal Fairtrade GmbH", "Basel, Switzerland", "CHF", 1200, 12000, "postfinance"),
    ("De Weefkamer Amsterdam B.V.", "Amsterdam, Netherlands", "EUR", 900, 9000, "abnamro"),
    ("Hanji & Hemp Craft Co., Ltd.", "Seoul, Korea", "KRW", 1500000, 14000000, "shinhan"),
    ("Fitzroy Handloom Collective Pty Ltd", "Melbourne, Australia", "AUD", 1500, 14000, "bendigo"),
    ("Himalayan Threads Ltd", "Sheung Wan, Hong Kong", "HKD", 8000, 80000, "hangseng"),
    ("Santa Fe Folk Textiles LLC", "Santa Fe, New Mexico, USA", "USD", 1200, 11000, "wells"),
    ("Vev og Vott AS", "Oslo, Norway", "NOK", 10000, 100000, "nordea"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: yen whole with JPY or the yen's sign; Swiss francs with an
    apostrophe between the thousands and CHF before or after; euros the Dutch way (5.400,00) with EUR or the
    euro's sign before; won whole with KRW or the won's sign; Australian dollars with AUD or A$; Hong Kong
    dollars with HKD or HK$; US dollars with USD or $; Norwegian kroner with a space between the thousands
    and a decimal comma, NOK before or after."""
    yen = "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}"
    won = "\u20a9{w}" if glyphs(font, "\u20a9") and glyphs(bold_of(font), "\u20a9") else "KRW {w}"
    euro = "\u20ac {d}" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "EUR {d}"
    forms = {
        "JPY": ["JPY {w}", yen],
        "CHF": ["CHF {s}", "{s} CHF"],
        "EUR": ["EUR {d}", euro],
        "KRW": ["KRW {w}", won],
        "AUD": ["AUD {v}", "A${v}"],
        "HKD": ["HKD {v}", "HK${v}"],
        "USD": ["USD {v}", "${v}"],
        "NOK": ["NOK {n}", "{n} NOK"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(
            v=english,
            w=f"{int(round(v)):,}",
            s=english.replace(",", "'"),
            d=english.replace(",", "_").replace(".", ",").replace("_", "."),
            n=english.replace(",", " ").replace(".", ","),
        )

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Craft shops, fair trade shops, galleries and textile importers abroad paying the society for its bags,
    shawls, runners and cane hats: MUFG Bank's BizSTATION with an overseas remittance completed in yen
    (Transaction No., Remittance Date, Beneficiary, Beneficiary Bank, Remittance Amount, Charges in a table
    ruled on every side); PostFinance's app with a payment executed in Swiss francs ("Today, <hour>"; a tile's
    tick, the sum, "to <payee>"; a copyable Order reference; Type and Fee at the left and the right; no day);
    ABN AMRO's Internet Bankieren Zakelijk with a foreign payment executed in euros the Dutch way (each
    label's Dutch and its English after a slash in a striped table: Referentie / Reference, Begunstigde /
    Beneficiary, Bedrag / Amount, Uitvoerdatum / Execution date, Kosten / Charges); Shinhan Bank's Bizbank
    with an overseas remittance in won returned in an octagon (the reason in a notice; labels small over their
    values two to a row: Remittance No. and Remittance date, Beneficiary and Amount, Charges and Return
    reason); Bendigo Bank's app with an international payment sent in Australian dollars (a scalloped badge;
    its sentence with the sum, the payee and the day; Payment type, Exchange rate and Fee at the left and the
    right; no reference); Hang Seng Bank's Business e-Banking with a telegraphic transfer completed in Hong
    Kong dollars (Reference No., Beneficiary, Amount, Value Date and Charges each in a read-only field's box);
    Wells Fargo's Commercial Electronic Office with a wire pending approval in US dollars, the day month first
    (a capsule, its stages top to bottom, a notice; Wire ID, Beneficiary, Amount, Value date, Fees in dot
    leaders); Nordea Business with a payment sent in Norwegian kroner (each label's Norwegian and its English
    after a slash in shaded labels: Referanse / Reference, Mottaker / Beneficiary, Beløp / Amount, Dato /
    Date, Gebyr / Charges). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur in ("JPY", "KRW"):
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "mufg":
        p = browser_page(rng, font, "bizstation.bk.mufg.jp/global/remittance/inquiry/detail")
        p.part = "head"
        top(p, "MUFG Bank")
        p.add("small", f"BizSTATION  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Overseas Remittance  -  Completed", status=status)
        p.add("gap")
        ref = f"GR{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([me, CUT])
        grid(
            p,
            "mu",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Transaction No.", ref], {"txn": (BANK_RANK, ref)}),
                (["Remittance Date", when(j.date, rng.choice(["%Y-%m-%d", "{d} %b %Y"]))], {"date": j.date}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary Bank", "STATE BANK OF INDIA, MANGAN"], {}),
                (["Remittance Amount", show(j.amount)], sum_),
                (["Charges", "SHA (shared)"], {"method": "netbanking"}),
            ],
        )
        p.add("small", "Purpose: import of handwoven cotton bags and shawls")
        return p.done()
    if frame == "postfinance":
        p = phone(rng, font, k, ["", "PostFinance"], dark=False, buttons=("Done",))
        band(p, (255, 204, 0), (20, 20, 20))
        app_head(p, "PostFinance", "Payments abroad")
        p.add("small", f"Today, {hhmm(rng, twelve=False)}")
        h287.tile(p, status)
        p.add("center", "Payment executed", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"PF{digits(rng, 12)}"
        copyrow(p, "Order reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Type", "SWIFT payment (SHA)", method="netbanking")
        kvr(p, "Fee", "CHF 15.00")
        p.add("small", f"{payer}  |  {town}")
        return p.done()
    if frame == "abnamro":
        p = browser_page(rng, font, "www.abnamro.nl/internetbankieren/zakelijk/betalingen/buitenland")
        p.part = "head"
        top(p, "ABN AMRO")
        p.add("small", f"Internet Bankieren Zakelijk  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Buitenlandse betaling / Foreign payment")
        p.add("left", "Uitgevoerd / Executed", status=status)
        p.add("gap")
        ref = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
        name = rng.choice([FIRM_MID.upper(), CUT])
        zebra(
            p,
            "ab",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Betaling / Payment", ""],
            [
                (["Referentie / Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Begunstigde / Beneficiary", name], {"merchant": name}),
                (["Bedrag / Amount", show(j.amount)], sum_),
                (["Uitvoerdatum / Execution date", when(j.date, "%d-%m-%Y")], {"date": j.date}),
                (["Kosten / Charges", "SHA - gedeeld"], {"method": "netbanking"}),
            ],
            (0, 120, 110),
        )
        return p.done()
    if frame == "shinhan":
        p = browser_page(rng, font, "bizbank.shinhan.com/global/remittance/status")
        p.part = "head"
        top(p, "Shinhan Bank")
        p.add("small", f"Shinhan Bizbank  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Overseas remittance returned", status=status)
        boxed(
            p,
            "The beneficiary's bank returned this remittance: the beneficiary's name does not match the "
            "account. The amount, less charges, has been credited back.",
            "error",
        )
        ref = f"OR{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_SHORT, CUT])
        two_up(
            p,
            "sh1",
            ("Remittance No.", ref),
            ("Remittance date", when(j.date, rng.choice(["%Y-%m-%d", "{d} %b %Y"]))),
            txn=(BANK_RANK, ref),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "sh2", ("Beneficiary", name), ("Amount", show(j.amount)), merchant=name, **sum_)
        p.add("gap")
        two_up(p, "sh3", ("Charges", "SHA"), ("Return reason", "Name mismatch"), method="netbanking")
        return p.done()
    if frame == "bendigo":
        p = phone(rng, font, k, ["", "Bendigo Bank"], dark=False, buttons=("Done",))
        band(p, (150, 16, 58))
        app_head(p, "Bendigo Bank", "International payment")
        h287.burst(p, status)
        p.add("center", "Payment sent", status=status)
        p.add("gap")
        name = rng.choice([me, FIRM_SHORT])
        prose(
            p,
            f"Your international payment of {show(j.amount)} to {name} was sent on "
            f"{when(j.date, rng.choice(['{d} %B %Y', '%d/%m/%Y']))}.",
            merchant=name,
            date=j.date,
            **sum_,
        )
        p.add("gap")
        kvr(p, "Payment type", "SWIFT (shared)", method="netbanking")
        kvr(p, "Exchange rate", f"1 AUD = {rng.uniform(54.5, 58.5):.4f} INR")
        kvr(p, "Fee", "AUD 22.00")
        p.add("small", f"{payer}  |  {town}")
        return p.done()
    if frame == "hangseng":
        p = browser_page(rng, font, "bib.hangseng.com/business/payments/tt/enquiry")
        p.part = "head"
        top(p, "Hang Seng Bank")
        p.add("small", f"Business e-Banking  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Telegraphic Transfer  -  Completed", status=status)
        ref = f"TT{j.date:%y%m%d}{digits(rng, 5)}"
        name = rng.choice([me, CUT])
        h273.field(p, "Reference No.", ref, txn=(BANK_RANK, ref))
        h273.field(
            p, "Beneficiary", name if len(name) <= 44 else CUT, merchant=name if len(name) <= 44 else CUT
        )
        h273.field(p, "Amount", show(j.amount), **sum_)
        h273.field(p, "Value Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), date=j.date)
        h273.field(p, "Charges", "SHA", method="netbanking")
        return p.done()
    if frame == "wells":
        p = browser_page(rng, font, "wellsoffice.wellsfargo.com/ceoportal/wires/detail")
        p.part = "head"
        top(p, "Wells Fargo")
        p.add("small", f"Commercial Electronic Office  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International wire")
        pill(p, "Pending approval", status, align="l")
        p.add("gap")
        h271.step(p, "Created", "by the wire initiator", "done")
        h271.step(p, "Approval", "waiting for a second approver", "now")
        h271.step(p, "Sent", "to the beneficiary's bank", "todo")
        boxed(p, "This wire will be released once a second user approves it.", "warn")
        ref = f"WF{digits(rng, 10)}"
        name = rng.choice([me, CUT])
        dots(p, "Wire ID", ref, at=0.36, txn=(BANK_RANK, ref))
        dots(p, "Beneficiary", name, at=0.3, merchant=name)
        dots(p, "Amount", show(j.amount), at=0.4, bold=True, **sum_)
        dots(p, "Value date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"])), at=0.4, date=j.date)
        dots(p, "Fees", "Shared (SHA)", at=0.4, method="netbanking")
        return p.done()
    p = browser_page(rng, font, "corporate.nordea.no/payments/international/details")
    p.part = "head"
    top(p, "Nordea")
    p.add("small", f"Nordea Business  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Betaling sendt / Payment sent", status=status)
    p.add("gap")
    ref = f"NDEA{digits(rng, 10)}"
    name = rng.choice([FIRM_SHORT.upper(), CUT])
    at = 0.44
    kv(p, "Referanse / Reference", ref, at=at, txn=(BANK_RANK, ref))
    kv(p, "Mottaker / Beneficiary", name, at=at, merchant=name)
    kv(p, "Bel\u00f8p / Amount", show(j.amount), at=at, **sum_)
    kv(p, "Dato / Date", when(j.date, "%d.%m.%Y"), at=at, date=j.date)
    kv(p, "Gebyr / Charges", "SHA - delt", at=at, method="netbanking")
    return p.done()


# ---------------------------------------------------------------- 4. the society's own papers


GANGTOK = ("Mr. Anup Pradhan", "Development Area, Gangtok, Sikkim", "Sikkim (11)")
PATRONS = [
    ("Holy Cross School, Tadong", "Holy Cross School"),
    ("Hotel Mayalmu Residency, Gangtok", "Hotel Mayalmu"),
    ("Lepcha Youth Association, Mangan", "Lepcha Youth Assn."),
    ("Sikkim Manipal Institute, Majitar", "SMIT Majitar"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's own papers, its Loom House or itself on top: Mayel Lyang Loom House's TAX INVOICE under a
    cane hat, its Nepali name and a band of backstrap weaving, to a Gangtok buyer (Invoice No. and Date, Buyer
    and Place of Supply at the left and the right; Item | HSN | Qty | Rate | Amount in a striped table;
    Taxable Value, CGST 2.5%, SGST 2.5% in dot leaders, Invoice Total under a rule and a double rule; the sum
    in words; "Paid by UPI, Ref ..."; the Craftmark's hang tag; yarn and a shuttle in its margins); the Mangan
    Music Festival stall's cash memo in the festival's days, photographed lying on a Lepcha cloth (its Nepali
    name over its English, "नगद मेमो" (cash memo); मिति · Date and नाम · Name written in form cells; the
    pieces written in a Nepali hand on ruled lines with their sums, "जम्मा" (total), "नगद पाएँ" (received
    cash); no reference); CCAvenue's checkout for the web shop with the payment pending (the shop on top, the
    sum, its stages top to bottom, a notice; Order No., CCAvenue Reference No., Payment Option and Date & Time
    in dot leaders); myBillBook's Payment In on the Loom House's phone ("Today, <hour>"; the Loom House under
    the app; Payment received, the sum; Payment In No., Party, Payment Mode and UPI Ref at the left and the
    right; Party balance; no day); Razorpay's payment page for a hotel's bulk order with a card payment failed
    under a tile's cross (the shop on top, the reason in a notice; Payment ID and Amount in tiles; Method and
    Attempted on); the society's RECEIPT (रसिद) for a school's, a hotel's or an association's advance (No.
    struck in red; its fields in bilingual form cells two to a row, written in: मिति · Date and रकम · Amount,
    बाट प्राप्त · Received from, बापत · Towards, तरिका · Mode and सन्दर्भ नं. · UPI Ref; the sum in words; a
    revenue stamp signed across by the Secretary); Amazon Seller Central's mail of a payment sent for the Loom
    House's Amazon Karigar orders (Payment sent, its sentence; Seller, Settlement ID, Amount, Sent to, Sent
    on, Orders, Fees deducted at the left and the right); the Loom House's bill from GoFrugal on a three-inch
    roll (Bill No. and Date; the pieces, Sub Total, CGST 2.5%, SGST 2.5%, Bill Amount typed in the printer's
    face; Tender: UPI and its UPI Ref). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=1200, high=48000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        hat(p)
        ne(p, SHOP_NE, bold=True, scale=1.05)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}")
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}  |  {WEB}")
        weave(p)
        p.part = "body"
        p.add("center", "TAX INVOICE")
        ino = f"MLH/{fy(j.date)}/{rng.randrange(80, 1400):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        who, where, pos = GANGTOK
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
        for item, hsn, q, price in works(rng, rng.randrange(2, 5)):
            value = round(q * price, 2)
            taxable += value
            lines.append(([SHORT[item], hsn, str(q), num(price), num(value)], {}))
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "tiz",
            [(0.0, 0.38, "l"), (0.38, 0.52, "c"), (0.52, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "HSN", "Qty", "Rate", "Amount"],
            lines,
            (150, 28, 40),
        )
        dots(p, "Taxable Value", num(taxable), at=0.6)
        dots(p, "CGST 2.5%", num(gst), at=0.6)
        dots(p, "SGST 2.5%", num(gst), at=0.6)
        total(p, "Invoice Total", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add("left", f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        h279.hangtag(p, f"CM/SK/{digits(rng, 4)}")
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        yarn(p)
        return p.done()
    if k == 1:
        season(j, rng, FEST, FEST_DAYS)
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 247, 236), (246, 244, 232)])
        p.part = "head"
        ne(p, SHOP_NE, bold=True, scale=1.15)
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        ne(p, "मङ्गन सङ्गीत महोत्सव, मङ्गन", scale=0.8, soft=True)
        p.add("rule")
        ne(p, "नगद मेमो", bold=True)
        p.part = "body"
        buyer = rng.choice(CUSTOMERS).split(". ")[-1]
        ne_cells(
            p,
            ("मिति", "Date", when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"]))),
            ("नाम", "Name", ne_fit(p, [buyer, buyer.split()[0]], pen=True)),
            pen=True,
            date=j.date,
        )
        p.add("gap")
        start = len(p.rows)
        total_ = 0
        for item, _hsn, q, price in works(rng, rng.randrange(2, 4)):
            price = float(round(price / 50) * 50)
            v = int(q * price)
            total_ += v
            ne_hand(p, f"{SHORT_NE[item]} {q} @ {int(price)}", figure=str(v))
        j.amount = float(total_)
        ne_hand(p, "जम्मा", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78], margin=None)
        p.add("gap")
        ne_hand(p, "नगद पाएँ", method="cash", status=status)
        sig(p)
        ne(p, "मायल ल्याङ तान घरको तर्फबाट", align="r", scale=0.85)
        on_cloth(p)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "secure.ccavenue.com/transaction/transaction.do")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by CCAvenue")
        p.add("rule")
        p.part = "body"
        p.add("center", "Transaction pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h271.step(p, "Order placed", "your order is reserved", "done")
        h271.step(p, "Bank confirmation", "awaited from your bank", "now")
        h271.step(p, "Order confirmed", "by e-mail once paid", "todo")
        boxed(
            p,
            "Your bank has not yet confirmed this payment. Please do not pay again; we will confirm your "
            "order by e-mail as soon as the bank replies.",
            "warn",
        )
        oid = f"MLW{j.date:%y%m%d}{digits(rng, 4)}"
        cca = str(rng.randrange(112000000000, 119999999999))
        dots(p, "Order No.", oid, at=0.44, txn=(ORDER_RANK, oid))
        dots(p, "CCAvenue Reference No.", cca, at=0.5, txn=(TXN_RANK, cca))
        dots(p, "Payment Option", "Net Banking - SBI", at=0.44, method="netbanking")
        dots(p, "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.44, date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "myBillBook"], dark=False, buttons=("Share receipt",))
        band(p, (34, 88, 196))
        app_head(p, "myBillBook", "Payment In")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        c = card_open(p)
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        card_close(p, c)
        p.add("gap")
        pin = str(rng.randrange(40, 900))
        kvr(p, "Payment In No.", pin, txn=(INVOICE_RANK, pin))
        kvr(p, "Party", rng.choice(["Hotel Mayalmu", "Roshni Rai", "Tashi Gift Corner"]))
        kvr(p, "Payment Mode", "UPI", method="UPI")
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Party balance", f"{rupee_of(p.font)}0")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(40, 220) * 50)
        p = browser_page(rng, font, "pages.razorpay.com/pl_mayellyang/view")
        p.part = "head"
        name = pick(p, "title", [SHOP, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", "Payment page  |  Bulk order: runners and cushion covers")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card's bank declined this payment (authentication failed). No money has been taken from "
            "your card.",
            "error",
        )
        pid = f"pay_{code(rng, 14, MIXED)}"
        tiles2(p, ("Payment ID", pid), ("Amount", rs(j.amount)), txn=(TXN_RANK, pid), amount=j.amount)
        kvr(p, "Method", f"Visa Debit Card XX{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(10, 60) * 1000)
        p = sheet(rng, font, [820, 860])
        p.style["paper"] = rng.choice([(250, 246, 234), (246, 246, 238)])
        p.part = "head"
        ne(p, FIRM_NE, bold=True)
        name = pick(p, "title", [FIRM, FIRM_MID])
        top(p, name, merchant=name)
        p.add("small", f"{REGD}  |  {ADDRESS}")
        p.add("rule")
        ne(p, "रसिद", bold=True, scale=1.1)
        p.add("center", "RECEIPT")
        p.part = "body"
        one_pen(p)
        no_ = str(rng.randrange(120, 1600))
        h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
        patron, _short = rng.choice(PATRONS)
        ne_cells(
            p,
            ("मिति", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"]))),
            ("रकम", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-"),
            pen=True,
            date=j.date,
            amount=j.amount,
        )
        ne_cells(p, ("बाट प्राप्त", "Received from", patron), pen=True)
        ne_cells(p, ("बापत", "Towards", "advance, order of Lepcha bags and stoles"), pen=True)
        ne_cells(
            p,
            ("तरिका", "Mode", "UPI"),
            ("सन्दर्भ नं.", "UPI Ref", j.ref),
            pen=True,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
        h289.revenue(p)
        sig(p)
        p.add("right", "Secretary")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 9000, 120000, 0.1)
        p = mail_page(
            rng,
            font,
            "Amazon Seller Central <seller-notification@amazon.in>",
            ["Your payment is on its way", "Amazon.in: payment sent to your bank account"],
        )
        p.part = "head"
        top(p, "amazon seller central")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment sent", status=status)
        store = rng.choice([SHOP, "Mayel Lyang Weaves"])
        prose(
            p,
            f"Hello {store}, we have sent {rs(j.amount)} to your bank account for your Amazon Karigar "
            "orders. It may take up to 3 business days to show in your account.",
        )
        p.add("gap")
        sid = f"{digits(rng, 11)}"
        kvr(p, "Seller", store, merchant=store)
        kvr(p, "Settlement ID", sid, txn=(TXN_RANK, sid))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Sent to", f"State Bank of India XX{digits(rng, 4)}", method="netbanking")
        kvr(p, "Sent on", day_as(j, rng, ["%d %b %Y", "{d} %B %Y"]), date=j.date)
        kvr(p, "Orders", str(rng.randrange(4, 26)))
        kvr(p, "Fees deducted", num(round(j.amount * rng.uniform(0.06, 0.1), 2)))
        p.add("small", "Amazon Seller Services Pvt. Ltd.  |  Please do not reply to this e-mail.")
        return p.done()
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Old Bazaar, Mangan, North Sikkim")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    bno = f"MLH{rng.randrange(1200, 9800)}"
    typed(p, f"BILL NO : {bno}", txn=(INVOICE_RANK, bno))
    typed(p, f"DATE    : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    p.add("rule")
    sub = 0.0
    cols_ = h271.tt_cols(p)
    for item, _hsn, q, price in works(rng, rng.randrange(2, 4)):
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
    typed(p, "BILL AMOUNT" + f"{j.amount:.2f}".rjust(max(1, cols_ - 13)), amount=j.amount)
    p.add("rule")
    typed(p, "TENDER : UPI", method="UPI", status=status)
    typed(p, f"UPI REF: {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Thank you! Come again  |  GoFrugal RetailEasy")
    return p.done()


# ---------------------------------------------------------------- 5. the society's suppliers


CANE_CUTTER = "Phurba Lepcha"
YARN_DEALER = "SILIGURI YARN EMPORIUM"
MOGLIX_SELLER = "Sri Balaji Tools & Hardware"
DYER = "HIMALAYAN NATURAL DYE HOUSE"
VISTAPRINT = "Vistaprint"
CARPENTER = "NORBU CARPENTRY WORKS"
PACKING = "SILIGURI PACK & PRINT"
COTTONS = [
    ("Cotton yarn 2/40s, madder red", "5205", 420, 520),
    ("Cotton yarn 2/40s, black", "5205", 400, 480),
    ("Cotton yarn 2/40s, bleached white", "5205", 360, 440),
    ("Cotton yarn 2/40s, golden yellow", "5205", 420, 520),
    ("Cotton yarn 2/40s, leaf green", "5205", 430, 530),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's suppliers, each on top of its own paper: a Hee-Gyathang cane cutter's chit in a Nepali
    hand on squared paper (his name in Latin letters at its head; "मिति" (date) and the day; "बेत" (cane) by
    the bundle, "बाँस" (bamboo) by the piece and "ढुवानी" (carriage) with their sums, "जम्मा" (total), "नगद
    पाएँ" (received cash); no reference); a Siliguri yarn dealer's TAX INVOICE for dyed cotton yarn (Invoice
    No. beside its earlier Date; Description | HSN | Kg | Rate | Amount on hairline rows; IGST 5% and Total in
    dot leaders) with a yellow sticky note pressed on it in the accountant's hand ("Paid by NEFT", "on <day>",
    "UTR ..."); Moglix's order of reed hooks and scissors with the payment pending (a progress bar, a notice;
    labels small over their values two to a row: Order ID and Ordered on, Sold by and Amount, Items and
    Payment); a Kalimpong natural dyer's BILL from his book as its carbon copy (No. struck in red; Date and
    M/s written in; Particulars | Kg | Rate | Amount written in ruled columns, Total; "Recd. by UPI, Ref ..."
    in the hand); India Post's Speed Post booking receipt from the Mangan post office's counter on a torn roll
    (ARTICLE NO and its barcode, BOOKED, DEST, WEIGHT, TARIFF, GST 18%, TOTAL, PAID BY, UPI REF typed in its
    printer's face); Vistaprint's checkout for woven labels and hang tags with the card payment failed in an
    octagon (the reason in a notice; Order No., Items, Amount, Card, Attempted on in shaded labels); a Mangan
    carpenter's BILL for loom parts, stapled, its Date left blank (M/s written in; Particulars | Nos. | Rate |
    Amount written in ruled columns; its Total struck through and the lower sum written after it with his
    initials; "Paid by GPay, Ref ..." in the hand; no day); a Siliguri packaging house's TAX INVOICE from Zoho
    Invoice (Invoice# and its earlier Invoice Date; # | Item | Qty | Rate | Amount in a table ruled on every
    side; Sub Total and IGST 18% in dot leaders, Total under a rule and a double rule; Payment Made on a
    tinted panel; Payment Mode:, Reference# and Payment Date with colons; Balance Due). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=2000, high=110000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 250, 244), (246, 247, 240)])
        h279.decor(p, "squares")
        p.part = "head"
        p.add("gap")
        hand(p, f"{CANE_CUTTER}  -  bet, bans, Hee-Gyathang", merchant=CANE_CUTTER)
        p.part = "body"
        ne_hand(p, f"मिति {when(j.date, rng.choice(['{d}/%m/%y', '%d/%m/%Y']))}", date=j.date)
        ne_hand(p, "मायल ल्याङ तान घरलाई")
        start = len(p.rows)
        n_b, r_b = rng.randrange(6, 30), rng.choice([140, 160, 180, 200])
        n_p, r_p = rng.randrange(4, 16), rng.choice([90, 110, 120])
        carriage = rng.choice([300, 400, 500, 600])
        ne_hand(p, f"बेत {n_b} मुठा @ {r_b}", figure=str(n_b * r_b))
        ne_hand(p, f"बाँस {n_p} वटा @ {r_p}", figure=str(n_p * r_p))
        ne_hand(p, "ढुवानी", figure=str(carriage))
        total_ = n_b * r_b + n_p * r_p + carriage
        j.amount = float(total_)
        ne_hand(p, "जम्मा", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78])
        p.add("gap")
        ne_hand(p, "नगद पाएँ  -  फुर्बा", method="cash", status=status)
        return p.done()
    if k == 1:
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        top(p, YARN_DEALER, merchant=YARN_DEALER)
        p.add("small", "Dyed and mercerised cotton yarn  |  Mahabirsthan, Siliguri - 734001")
        p.add("small", f"GSTIN {gstin_of(rng, '19', 'P')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"SYE/{rng.randrange(1100, 6800)}"
        inv_day = earlier(rng, j, 8, 30)
        cols(
            p,
            "yd0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM_MID}, {TOWN}")
        spec = [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.68, "r"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        cols(p, "ydh", spec, "Description", "HSN", "Kg", "Rate", "Amount", mode="line")
        taxable = 0.0
        for name, hsn, lo, hi in rng.sample(COTTONS, rng.randrange(2, 5)):
            kg = rng.randrange(4, 30) / 2
            rate = float(rng.randrange(lo, hi, 5))
            v = round(kg * rate, 2)
            taxable += v
            cols(p, "ydl", spec, name, hsn, f"{kg:.1f}", num(rate), num(v), mode="line")
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        dots(p, "IGST 5%", num(gst), at=0.6)
        dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        h275.sticky(
            p,
            [
                (f"Paid by {way}", {"method": "netbanking", "status": status}),
                (f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}", {"date": j.date}),
                (f"UTR {utr}", {"txn": (UTR_RANK, utr)}),
                ("- B. Chettri", {}),
            ],
        )
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 1800, 14000, 0.2)
        p = browser_page(rng, font, "www.moglix.com/orders/detail")
        p.part = "head"
        top(p, "moglix")
        p.add("small", "Moglix Business  |  Order details")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment pending", status=status)
        h294.progress(p, rng.uniform(0.3, 0.5), status)
        boxed(
            p,
            "We have not received a confirmation from your bank yet. Your order will be processed once the "
            "payment is confirmed; if it fails, any amount debited will be refunded.",
            "warn",
        )
        oid = f"MSNO{digits(rng, 9)}"
        two_up(
            p,
            "mg1",
            ("Order ID", oid),
            ("Ordered on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(ORDER_RANK, oid),
            date=j.date,
        )
        p.add("gap")
        two_up(
            p,
            "mg2",
            ("Sold by", MOGLIX_SELLER),
            ("Amount", rs(j.amount)),
            merchant=MOGLIX_SELLER,
            amount=j.amount,
        )
        p.add("gap")
        two_up(
            p, "mg3", ("Items", "Reed hooks, scissors"), ("Payment", "Net Banking (SBI)"), method="netbanking"
        )
        return p.done()
    if k == 3:
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(248, 248, 242), (244, 244, 238)])
        h289.carbon(p)
        p.part = "head"
        top(p, DYER, merchant=DYER)
        p.add("small", "Natural dyeing of cotton and wool yarn  |  10th Mile, Kalimpong - 734301")
        p.add("rule")
        p.add("center", "BILL")
        p.part = "body"
        one_pen(p)
        bno = str(rng.randrange(200, 990))
        h279.redno(p, "No.", bno, txn=(INVOICE_RANK, bno))
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%y", "{d}.%m.%Y"])), date=j.date)
        filled(p, "M/s", FIRM_SHORT)
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "dyh", spec, "Particulars", "Kg", "Rate", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi in rng.sample(
            [
                ("Majito (madder) red", 420, 560),
                ("Walnut brown", 300, 420),
                ("Indigo blue", 480, 640),
                ("Marigold yellow", 280, 380),
            ],
            rng.randrange(2, 4),
        ):
            kg = rng.randrange(3, 16)
            rate = rng.randrange(lo, hi, 10)
            total_ += kg * rate
            hcells(p, spec, item, str(kg), str(rate), str(kg * rate))
        j.amount = float(total_)
        hcells(p, spec, "", "", "Total", f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.5, 0.62, 0.8])
        p.add("gap")
        hand(p, f"Recd. by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        p.add("right", f"for {DYER}")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(90, 2600))
        p = roll(rng, font, [450, 480], [17, 18])
        h269.torn(p)
        p.part = "head"
        p.add("center", "INDIA POST", merchant="INDIA POST")
        typed(p, "MANGAN S.O. (737116)")
        typed(p, "SPEED POST BOOKING RECEIPT")
        p.add("rule")
        p.part = "body"
        article = f"E{rng.choice('KLMW')}{digits(rng, 9)}IN"
        h269.bars(p, article)
        typed(p, f"ARTICLE NO: {article}")
        typed(p, f"BOOKED  : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, f"DEST    : {rng.choice(['GANGTOK', 'NEW DELHI', 'BENGALURU', 'KOLKATA', 'MUMBAI'])}")
        typed(p, f"WEIGHT  : {rng.randrange(250, 9000)} GMS")
        tariff = round(j.amount / 1.18, 2)
        gst = round(j.amount - tariff, 2)
        typed(p, f"TARIFF  : {tariff:>9.2f}")
        typed(p, f"GST 18% : {gst:>9.2f}")
        p.add("rule")
        typed(p, f"TOTAL   : {j.amount:>9.2f}", amount=j.amount)
        typed(p, "PAID BY : UPI", method="UPI", status=status)
        typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        typed(p, "TRACK: WWW.INDIAPOST.GOV.IN")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 1600, 14000, 0.3)
        p = browser_page(rng, font, "www.vistaprint.in/checkout/payment")
        p.part = "head"
        top(p, VISTAPRINT, merchant=VISTAPRINT)
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your bank declined this card payment (international and online use not enabled). Your order "
            "has not been placed and no money has been taken.",
            "error",
        )
        oid = f"VP{digits(rng, 9)}"
        at = 0.36
        kv(p, "Order No.", oid, at=at, txn=(ORDER_RANK, oid))
        kv(p, "Items", "Woven labels x 500, hang tags x 1000", at=at)
        kv(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        kv(p, "Card", f"RuPay Debit XX{digits(rng, 4)}", at=at, method="card")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        return p.done()
    if k == 6:
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 242, 228), (242, 240, 226)])
        h279.decor(p, "staple")
        p.part = "head"
        top(p, CARPENTER, merchant=CARPENTER)
        p.add("small", "Looms, beaters and bamboo work  |  Mangan Bazaar, North Sikkim")
        p.add("rule")
        p.add("center", "BILL")
        p.part = "body"
        one_pen(p)
        filled(p, "Date", "")
        filled(p, "M/s", FIRM_SHORT)
        spec = [(0.0, 0.48, "l"), (0.48, 0.6, "r"), (0.6, 0.78, "r"), (0.78, 1.0, "r")]
        cols(p, "cph", spec, "Particulars", "Nos.", "Rate", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi in rng.sample(
            [
                ("Beater (sword), walnut", 450, 700),
                ("Heddle sticks, set", 180, 300),
                ("Backstrap with belt", 350, 550),
                ("Warp beam, bamboo", 220, 380),
                ("Shed stick", 90, 160),
            ],
            rng.randrange(2, 4),
        ):
            n_ = rng.randrange(2, 8)
            rate = rng.randrange(lo, hi, 10)
            total_ += n_ * rate
            hcells(p, spec, item, str(n_), str(rate), str(n_ * rate))
        ledger(p, start, [0.48, 0.6, 0.78])
        j.amount = float(total_ - rng.choice([100, 150, 200, 250]))
        h275.strike(
            p,
            "Total",
            f"{total_}/-",
            f"{int(j.amount)}/-",
            "N.B.",
            at=0.5,
            amount=j.amount,
        )
        p.add("gap")
        hand(p, f"Paid by GPay, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        p.add("right", "Norbu Bhutia")
        return p.done()
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, PACKING, merchant=PACKING)
    p.add("small", "Corrugated boxes, tissue and tape  |  Sevoke Road, Siliguri - 734001")
    p.add("small", f"GSTIN {gstin_of(rng, '19', 'F')}")
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    ino = f"INV-{rng.randrange(300, 4800):06d}"
    cols(
        p,
        "pk0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"Invoice# {ino}",
        f"Invoice Date {when(earlier(rng, j, 4, 20), '%d/%m/%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Bill To: {FIRM_MID}")
    lines, taxable = [], 0.0
    for n_, (item, lo, hi) in enumerate(
        rng.sample(
            [
                ("3-ply box 12x10x4 in", 16, 26),
                ("5-ply carton 20x16x12 in", 54, 80),
                ("Tissue paper, ream", 180, 260),
                ("Brown tape 48 mm", 26, 38),
                ("Printed gift box", 38, 60),
            ],
            rng.randrange(2, 4),
        )
    ):
        q = rng.randrange(40, 300) if hi < 100 else rng.randrange(3, 12)
        rate = float(rng.randrange(lo, hi))
        v = round(q * rate, 2)
        taxable += v
        lines.append(([str(n_ + 1), item, str(q), num(rate), num(v)], {}))
    gst = round(taxable * 0.18, 2)
    j.amount = round(taxable + gst, 2)
    grid(
        p,
        "pkg",
        [(0.0, 0.06, "c"), (0.06, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        ["#", "Item", "Qty", "Rate", "Amount"],
        lines,
    )
    dots(p, "Sub Total", num(taxable), at=0.6)
    dots(p, "IGST 18%", num(gst), at=0.6)
    total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
    h273.panel(p, "Payment Made", rs(j.amount), (30, 140, 90))
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    h271.colkv(p, "pkm", spec, "Payment Mode:", "IMPS", method="netbanking", status=status)
    h271.colkv(p, "pkm", spec, "Reference#:", j.ref, txn=(UTR_RANK, j.ref))
    h271.colkv(p, "pkm", spec, "Payment Date:", when(j.date, "%d/%m/%Y"), date=j.date)
    dots(p, "Balance Due", f"{rupee_of(p.font)}0.00", at=0.6)
    p.add("small", "Generated with Zoho Invoice")
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (YARN_DEALER, "Central Bank of India", "IMPS", 20000, 140000),
    (PACKING, "Axis Bank", "NEFT", 6000, 48000),
    (CANE_CUTTER.upper(), "State Bank of India", "UPI", 900, 9000),
    (DYER, "Punjab National Bank", "NEFT", 4000, 36000),
    (CARPENTER, "The Sikkim State Co-operative Bank", "IMPS", 1500, 14000),
    ("HIMALI PRINTERS", "Bank of India", "IMPS", 1500, 18000),
    ("TEESTA TRANSPORT SERVICE", "UCO Bank", "NEFT", 3000, 30000),
    ("PEMZANG TAILORS", "State Bank of India", "UPI", 600, 8000),
]
SISCO = "The Sikkim State Co-operative Bank Ltd."
SISCO_NE = "सिक्किम राज्य सहकारी बैंक लि."


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its suppliers from its banks: State Bank of India's YONO Business with an IMPS to
    the yarn dealer under a green ribbon (Funds transferred successfully, the sum; each value over its label:
    Beneficiary, IMPS Ref No., Date, Debit A/c); Central Bank of India's Cent Mobile with a NEFT to the
    packaging house under a tile's tick (Transaction Successful, the sum; Beneficiary, IFSC, UTR, Date,
    Remarks in dot leaders); BHIM with a UPI payment to the cane cutter ("Today, <hour>"; a tile's tick,
    Transaction Successful, the sum, "Paid to" over the payee; a copyable UPI Ref No.; Debited from; no day);
    HDFC Bank's MobileBanking with a NEFT to the Kalimpong dyer in process (a capsule, a progress bar, a
    notice; Beneficiary, Amount, UTR and Initiated on against a gutter); IDBI Bank's GO Mobile+ with an IMPS
    to the carpenter under a large round tick (IMPS successful, the sum; Beneficiary, IMPS Ref No. and Date
    each in a read-only field's box); Federal Bank's FedMobile with an IMPS to a Gangtok printer failed on a
    tinted band (the sum, the reason in a notice; To, Amount, Reference No., Date, Account in shaded labels);
    the Sikkim State Co-operative Bank's NEFT / RTGS application, the customer's copy filled in by hand under
    its Nepali name (NEFT ticked in its boxes; Date and Amount on dotted lines; the Beneficiary's name,
    account and IFSC written a letter to a box; the bank's rectangular stamp with its day; "Sent, UTR ..."
    written by its clerk); Google Pay's payment to a tailor shared as a picture (the payee's initials in a
    round badge, "Paid to <payee>", the sum, Completed and the day and hour; no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=3000, high=140000)
    to, bank_to, way, low, high = PAYEES_OUT[k]
    j.amount = rupees(rng, low, high, 0.7 if way == "UPI" else 0.4)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, ["", "YONO Business"], dark=False, buttons=("Share", "Home"))
        band(p, (28, 110, 190))
        app_head(p, "YONO Business", "State Bank of India  |  IMPS")
        h275.ribbon(p, "IMPS SUCCESSFUL", (24, 130, 70))
        p.add("gap")
        p.add("center", "Funds transferred successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = h287.vname(p, [to, clip(to, 20)])
        vlab(p, "Beneficiary", name, merchant=name)
        vlab(p, "IMPS Ref No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "Debit A/c", f"CA XXXXXXX{own4}", bold=False, method=method)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Cent Mobile"], dark=False, buttons=("Download", "Share"))
        band(p, (180, 34, 40))
        app_head(p, "Cent Mobile", "Central Bank of India  |  NEFT")
        h287.tile(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        utr = utr_of(rng, j, "Central Bank of India", way)
        dots(p, "Beneficiary", to, at=0.32, merchant=to)
        dots(p, "IFSC", f"{IFSC[bank_to]}000{digits(rng, 4)}", at=0.36)
        dots(p, "UTR", utr, at=0.22, txn=(UTR_RANK, utr), method=method)
        dots(p, "Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=0.4, date=j.date)
        dots(p, "Remarks", "cartons and tape", at=0.36)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Share", "Done"))
        band(p, (232, 112, 32))
        app_head(p, "BHIM", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", to, merchant=to)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Debited from", f"SBI XXXX{own4}", method=method)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "HDFC Bank"], dark=False, buttons=("Refresh",))
        band(p, (0, 72, 140))
        app_head(p, "MobileBanking", "HDFC Bank  |  NEFT")
        pill(p, "In process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        h294.progress(p, rng.uniform(0.5, 0.7), status)
        boxed(
            p,
            "Your NEFT has been sent; the beneficiary bank is yet to confirm the credit. Please do not send "
            "it again.",
            "warn",
        )
        utr = utr_of(rng, j, "HDFC Bank", way)
        at = 0.38
        gutter(p, "hb", "Beneficiary", clip(to, 22), at=at, merchant=clip(to, 22))
        gutter(p, "hb", "Amount", rs(j.amount), at=at)
        gutter(p, "hb", "UTR", utr, at=at, txn=(UTR_RANK, utr), method=method)
        gutter(
            p,
            "hb",
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "GO Mobile+"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 118, 98))
        app_head(p, "GO Mobile+", "IDBI Bank  |  IMPS")
        sicon(p, status)
        p.add("center", "IMPS successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h273.field(p, "Beneficiary", to, merchant=to)
        h273.field(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method=method)
        h273.field(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "FedMobile"], dark=False, buttons=("Retry",))
        band(p, (12, 56, 132))
        app_head(p, "FedMobile", "Federal Bank  |  IMPS")
        h269.strip(p, "Transfer failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        boxed(
            p,
            "The beneficiary bank is not responding right now. Your account has not been debited; please "
            "try again later.",
            "error",
        )
        rno = f"FED{j.date:%y%m%d}{digits(rng, 6)}"
        at = 0.38
        kv(p, "To", to, at=at, merchant=to)
        kv(p, "Amount", rs(j.amount), at=at)
        kv(p, "Reference No.", rno, at=at, txn=(TXN_RANK, rno))
        kv(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=at, date=j.date)
        kv(p, "Account", f"SB XX{own4}", at=at, method=method)
        return p.done()
    if k == 6:
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        ne(p, SISCO_NE, bold=True)
        top(p, pick(p, "title", [SISCO, "SISCO Bank"]))
        p.add("small", "Mangan Branch, North Sikkim  |  NEFT / RTGS Application (Customer's copy)")
        p.add("rule")
        p.part = "body"
        one_pen(p)
        h269.ticks(p, ["NEFT", "RTGS"], 0, method=method)
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}-%m-%Y"])), date=j.date)
        filled(p, "Amount Rs.", f"{num(j.amount, 'indian')}", amount=j.amount)
        filled(p, "Remitter", FIRM_SHORT)
        h269.comb(p, "Beneficiary", to, merchant=to)
        h269.comb(p, "A/c No.", digits(rng, 14))
        h269.comb(p, "IFSC", f"{IFSC[bank_to]}0{digits(rng, 6)}")
        utr = utr_of(rng, j, "The Sikkim State Co-operative Bank", way)
        h271.rstamp(
            p,
            ["SISCO BANK", "MANGAN BRANCH", when(j.date, "%d %b %Y").upper(), "NEFT SENT"],
            "violet",
            at=0.72,
            rows_=3,
        )
        hand(p, f"Sent, UTR {utr}", status=status, txn=(UTR_RANK, utr))
        return p.done()
    p = phone(rng, font, k, ["", "WhatsApp"], dark=False, buttons=())
    p.part = "head"
    p.add("title", "Google Pay")
    p.add("small", "Shared payment")
    p.add("rule")
    p.part = "body"
    c = card_open(p)
    h273.avatar(p, initials(to), (40, 110, 200))
    p.add("center", f"Paid to {to}", merchant=to)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"{sign(p.font, chr(0x2713), '')} Completed".strip(), status=status, method=method)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
    card_close(p, c)
    p.add("gap")
    p.add("small", "Shared from Google Pay  |  stitching of 40 bags")
    return p.done()


# ---------------------------------------------------------------- 7. paying the weavers and the staff


PIECES_DONE = [
    ("झोला", 260, 380),
    ("स्टोल", 420, 640),
    ("सल", 900, 1400),
    ("टेबल रनर", 300, 520),
    ("कुसन खोल", 180, 300),
    ("मफलर", 240, 380),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its weavers (Lepcha women of Dzongu who weave its cloth at home on their backstrap
    looms) and its staff: a weaver's wage account under its Nepali heading "बुनकरको ज्याला हिसाब" (weaver's
    wage account) (बुनकर · Weaver and महिना · Month written in form cells; the pieces she wove written in a
    Nepali hand with their counts, rates and sums on ruled lines, "जम्मा" (total); "Paid by UPI, Ref ..." and
    "on <day>" written under it; yarn and a shuttle in its margins); greytHR's payslip for the Loom House's
    salesman (Employee Name:, Employee No.:, Designation:, Pay Period: with colons two to a row; Earnings |
    Amount | Deductions | Amount in a table ruled on every side; Net Pay under a rule and a double rule with
    its words; "Paid on <day> by NEFT, UTR ..."); a weaver's Tendong Lho Rum Faat advance receipt under a band
    of backstrap weaving, written in a Nepali hand ("टेन्दोङ ल्हो रुम फात पेश्की रसिद" (Tendong Lho Rum Faat
    advance receipt); "आज मिति <day> मा" (today, on <day>), "रु. x/- नगद पाएँ।" (received Rs. x in cash)), her
    signature and her name written under it in English; a witness; no reference); Navi's UPI payment to a
    weaver pending (a capsule, the sum, "to <payee>", its stages across the page with a dot for each, a
    notice; UPI Ref No. and Started on in tiles; From); IDFC FIRST Bank's app with an IMPS to the Loom House's
    helper under a large round tick (IMPS transfer successful, the sum, "to <payee>"; IMPS Ref No., Date and
    From against a gutter); PhonePe's payment to a weaver failed in an octagon (the sum, "to <payee>", the
    reason in a notice; a copyable Transaction ID; Tried on and Debited from, labels small over their values
    two to a row; UTR at the left and the right); WhatsApp's payment to a weaver in their chat under its
    "Today" divider (a payment card at the right: "Payment to <payee>", the sum, "Paid" and the hour, the UPI
    transaction ID; no day); the helper's SALARY PAYMENT VOUCHER under its Nepali heading "तलब भुक्तानी भौचर"
    (its fields in bilingual form cells two to a row, written in: मिति · Date and भौचर नं. · Voucher No., नाम
    · Name, महिना · Month and रकम · Amount, तरिका · Mode and सन्दर्भ नं. · UPI Ref; the sum in words; her
    signature). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1200, high=16000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    worker = WEAVERS[(k + rng.randrange(3)) % len(WEAVERS)]
    if k == 0:
        p = sheet(rng, font, [780, 820])
        p.style["paper"] = rng.choice([(246, 242, 226), (242, 238, 220)])
        p.part = "head"
        ne(p, FIRM_NE, bold=True, scale=0.95)
        p.add("center", FIRM_SHORT)
        ne(p, "बुनकरको ज्याला हिसाब", bold=True, scale=1.05)
        p.add("center", "WEAVER'S WAGE ACCOUNT")
        p.add("rule")
        p.part = "body"
        month = when(j.date - dt.timedelta(days=rng.randrange(3, 12)), "%B %Y")
        ne_cells(p, ("बुनकर", "Weaver", worker), ("महिना", "Month", month), pen=True, merchant=worker)
        p.add("gap")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi in rng.sample(PIECES_DONE, rng.randrange(2, 4)):
            pcs = rng.randrange(1, 4) if hi > 1000 else rng.randrange(2, 9)
            rate = rng.randrange(lo, hi, 10)
            total_ += pcs * rate
            ne_hand(p, f"{item} {pcs} थान @ {rate}", figure=str(pcs * rate))
        j.amount = float(total_)
        ne_hand(p, "जम्मा", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78])
        p.add("gap")
        hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - B. Chettri", date=j.date)
        yarn(p)
        return p.done()
    if k == 1:
        who = STAFF[0]
        basic = float(rng.randrange(90, 140) * 100)
        hra = round(basic * 0.2, 0)
        conv = float(rng.randrange(6, 16) * 100)
        pf = round(basic * 0.12, 0)
        ptax = float(rng.choice([125, 150, 200]))
        gross = basic + hra + conv
        j.amount = round(gross - pf - ptax, 2)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_MID, FIRM_SHORT]))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for {j.month(1)}")
        p.part = "body"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")]
        h271.colkv(
            p,
            "gh",
            spec,
            "Employee Name:",
            who,
            "Employee No.:",
            f"MLW{rng.randrange(10, 40):03d}",
            merchant=who,
        )
        h271.colkv(p, "gh", spec, "Designation:", "Salesman", "Pay Period:", j.month(1))
        p.add("gap")
        grid(
            p,
            "gs",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident Fund", num(pf)], {}),
                (["HRA", num(hra), "Profession Tax", num(ptax)], {}),
                (["Conveyance", num(conv), "", ""], {}),
                (["Gross Earnings", num(gross), "Total Deductions", num(pf + ptax)], {}),
            ],
        )
        total(p, "Net Pay", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only", "small")
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        prose(
            p,
            f"Paid on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a computer-generated payslip from greytHR and needs no signature.")
        return p.done()
    if k == 2:
        season(j, rng, TENDONG - dt.timedelta(days=10), 9)
        j.amount = float(rng.randrange(4, 16) * 500)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
        p.part = "head"
        weave(p)
        ne(p, FIRM_NE, bold=True, scale=0.92)
        p.add("center", "Lingthem, Upper Dzongu")
        p.add("rule")
        ne(p, "टेन्दोङ ल्हो रुम फात पेश्की रसिद", bold=True, scale=1.05)
        p.add("gap")
        p.part = "body"
        ne_hand(p, f"आज मिति {when(j.date, '%d/%m/%Y')} मा", date=j.date)
        ne_hand(p, "टेन्दोङ ल्हो रुम फात पेश्की बापत")
        ne_hand(p, f"रु. {int(j.amount)}/- नगद पाएँ।", amount=j.amount, method="cash", status=status)
        p.add("gap")
        sig(p)
        hand(p, worker, align="r", merchant=worker)
        p.add("gap")
        ne(p, f"साक्षी: {STAFF[0]}", align="l", scale=0.85)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Navi"], dark=False, buttons=("Check status",))
        band(p, (28, 120, 100))
        app_head(p, "Navi", "UPI")
        chip(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        h289.steps(p, ["Sent", "Bank", "Received"], 1, status)
        boxed(
            p,
            f"{worker.split()[0]}'s bank has not confirmed the credit yet. It usually settles in a few "
            "minutes; please do not pay again.",
            "warn",
        )
        tiles2(
            p,
            ("UPI Ref No.", j.ref),
            ("Started on", at_hour(rng, j.date, ["%d/%m/%y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "From", f"SBI {masked(p.font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        who = STAFF[1]
        p = phone(rng, font, k, ["", "IDFC FIRST Bank"], dark=False, buttons=("Share", "Home"))
        band(p, (150, 28, 40))
        app_head(p, "IDFC FIRST Bank", "IMPS")
        sicon(p, status)
        p.add("center", "IMPS transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {who}", merchant=who)
        p.add("gap")
        at = 0.4
        gutter(p, "idf", "IMPS Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gutter(p, "idf", "Date", day_as(j, rng, ["%d %b %Y", "%d-%m-%Y"]), at=at, date=j.date)
        gutter(p, "idf", "From", f"Savings XX{digits(rng, 4)}", at=at, method="netbanking")
        gutter(p, "idf", "Remarks", "salary advance", at=at)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Retry",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "UPI")
        h294.octa(p, status)
        p.add("center", "Payment Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            f"{worker.split()[0]}'s bank declined the credit. Any amount debited will be refunded to your "
            "account within 3 working days.",
            "error",
        )
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 13)}"
        copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        two_up(
            p,
            "pp1",
            ("Tried on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            ("Debited from", f"SBI XX{digits(rng, 4)}"),
            date=j.date,
            method="UPI",
        )
        p.add("gap")
        kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", worker, merchant=worker)
        p.add("small", "online")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        divider(p, "Today")
        p.add("gap")
        c = h275.gcard_open(p)
        h275.inrow(p, f"Payment to {worker.split()[0]}", soft=True)
        h275.inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        h275.inrow(p, f"Paid  {hhmm(rng, lower=True)}", soft=True, status=status, method="UPI")
        h275.inrow(p, f"UPI txn ID {j.ref}", scale=0.72, soft=True, txn=(UTR_RANK, j.ref))
        h275.gcard_close(p, c)
        p.add("gap")
        note(p, "Thank you! Got it.", align="l")
        return p.done()
    who = STAFF[1]
    j.amount = float(rng.randrange(70, 130) * 100)
    p = sheet(rng, font, [800, 840])
    p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 236)])
    p.part = "head"
    ne(p, SHOP_NE, bold=True, scale=1.05)
    p.add("center", SHOP)
    ne(p, "तलब भुक्तानी भौचर", bold=True)
    p.add("center", "SALARY PAYMENT VOUCHER")
    p.add("rule")
    p.part = "body"
    vno = str(rng.randrange(40, 400))
    ne_cells(
        p,
        ("मिति", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"]))),
        ("भौचर नं.", "Voucher No.", vno),
        pen=True,
        date=j.date,
        txn=(INVOICE_RANK, vno),
    )
    ne_cells(p, ("नाम", "Name", who), pen=True, merchant=who)
    ne_cells(
        p,
        ("महिना", "Month", j.month(1)),
        ("रकम", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-"),
        pen=True,
        amount=j.amount,
    )
    ne_cells(
        p,
        ("तरिका", "Mode", "UPI"),
        ("सन्दर्भ नं.", "UPI Ref", j.ref),
        pen=True,
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    p.add("gap")
    sig(p)
    p.add("right", "Received by")
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


MANGAN_NP = "Mangan Nagar Panchayat"
MANGAN_NP_NE = "मङ्गन नगर पञ्चायत"
FOREST = "Forest & Environment Department, Sikkim"
COOP_DEPT = "Co-operation Department, Government of Sikkim"
TEXCOM = "Textiles Committee"
GPU = "LINGTHEM-LINGDEM GRAM PANCHAYAT UNIT"
GPU_NE = "लिङथेम-लिङदेम ग्राम पञ्चायत इकाइ"
ITD = "Income Tax Department"
DHH = "Directorate of Handicrafts & Handloom, Government of Sikkim"
DHH_NE = "हस्तकला तथा हाते तान निर्देशनालय, सिक्किम सरकार"
CTD = "Commercial Taxes Division, Finance Department, Sikkim"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's fees, taxes and dues, the authority paid as printed: Mangan Nagar Panchayat's trade
    licence renewal e-receipt for the Loom House under its Nepali name (Payment Successful; each field a
    bilingual label of two lines, its Nepali over its English with the value at the right, every other one on
    a pale band: रसिद नं. Receipt No., इजाजत नं. Licence No., व्यापारीको नाम Name of trader, वर्ष Year, रकम
    Amount, भुक्तानी तरिका Mode, सन्दर्भ नं. UPI Ref, मिति Date); the Forest & Environment Department's
    e-Transit Pass app with the cane's transit fee paid ("Today, <hour>"; the department under the app's bar,
    a scalloped badge, Fee paid, the sum, the pass's cane; Permit No. and Transaction ID in tiles; Paid via;
    no day); the Sikkim treasury's e-challan for the society's audit fee pending at the bank (a capsule, a
    progress bar, a notice; Challan No., Department, Head of Account, Amount, Mode, Initiated on in dot
    leaders); the Textiles Committee's India Handloom Brand registration fee receipt (Payment received;
    Receipt No., Application No., Applicant, Product, Fee, GST 18%, Total, Mode, UTR, Date in a table ruled on
    every side); the Lingthem-Lingdem Gram Panchayat Unit's house tax receipt from its book under its Nepali
    name (No. left blank; मिति · Date, नाम · Name and बापत · Towards written in form cells; Rs. in a box;
    "Recd. in cash"; its oval stamp; no reference); the Income Tax Department's e-Pay Tax for the TDS challan
    failed on a tinted band (the reason in a notice; CRN, TAN, Amount, Payment Mode, Bank, Attempted on in dot
    leaders); the Directorate of Handicrafts & Handloom's stall fee receipt for the Mangan Music Festival from
    its book under its Nepali name (No. struck in red; Date, Received from and Stall No. written in; Rs. in a
    box; Cash, UPI and DD in tick boxes, UPI ticked; UPI Ref written in; its rectangular stamp with the day);
    the Commercial Taxes Division's profession tax e-payment acknowledgement (Payment successful; Registration
    No., Name, Period, Amount, Bank, CIN, Payment date, Mode against a gutter). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=500, high=40000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([1500, 2000, 2500, 3000, 3500]))
        p = browser_page(rng, font, "udd.sikkim.gov.in/tradelicence/renewal/e-receipt")
        p.part = "head"
        ne(p, MANGAN_NP_NE, bold=True, scale=1.1)
        name = pick(p, "title", [MANGAN_NP, MANGAN_NP.upper()])
        top(p, name, merchant=name)
        ne(p, "व्यापार इजाजत नवीकरण रसिद", scale=0.9)
        p.add("small", "Trade Licence Renewal e-Receipt  |  Urban Development Department, Sikkim")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"MNP/TL/{j.date:%y}/{digits(rng, 5)}"
        ne_stack(p, "रसिद नं.", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        ne_stack(p, "इजाजत नं.", "Licence No.", f"TL/MNP/{rng.randrange(100, 900)}/2014")
        ne_stack(
            p,
            "व्यापारीको नाम",
            "Name of trader",
            stack_fit(p, "व्यापारीको नाम", "Name of trader", [SHOP, "Mayel Lyang"]),
        )
        ne_stack(p, "वर्ष", "Year", f"20{fy(j.date)}")
        ne_stack(p, "रकम", "Amount", rs(j.amount), bold=True, amount=j.amount)
        ne_stack(p, "भुक्तानी तरिका", "Mode", "UPI", method="UPI")
        ne_stack(p, "सन्दर्भ नं.", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        ne_stack(p, "मिति", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        return p.done()
    if k == 1:
        bundles = rng.randrange(20, 80)
        j.amount = float(bundles * rng.choice([10, 15, 20]))
        p = phone(rng, font, k, ["", "e-Transit Pass"], dark=False, buttons=("Download pass",))
        band(p, (30, 110, 60))
        bar(p, "e-Transit Pass", FOREST, merchant=FOREST)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Fee paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Transit of {bundles} bundles of cane, Dzongu - Mangan")
        p.add("gap")
        tid = f"FEWMD{digits(rng, 10)}"
        tiles2(p, ("Permit No.", f"TP/NS/{digits(rng, 5)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([1000, 1500, 2500, 3000]))
        p = browser_page(rng, font, "sikkimfinance.gov.in/echallan/status")
        p.part = "head"
        top(p, "e-Challan, Government of Sikkim")
        p.add("small", "Finance Department  |  Online payment of government receipts")
        p.add("rule")
        p.part = "body"
        chip(p, "Pending at bank", status)
        p.add("gap")
        h294.progress(p, 0.55, status)
        boxed(
            p,
            "The bank has not yet confirmed this challan's payment. Please check again later before paying "
            "again.",
            "warn",
        )
        cno = f"SKEC{j.date:%y}{digits(rng, 9)}"
        dept = rng.choice([COOP_DEPT, "Co-operation Department, Sikkim"])
        dots(p, "Challan No.", cno, at=0.36, txn=(TXN_RANK, cno))
        dots(p, "Department", dept, at=0.26, merchant=dept)
        dots(p, "Head of Account", "0425-00-101 Audit fees", at=0.3)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Mode", "Net Banking (SBI)", at=0.36, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        fee = float(rng.choice([1000, 2000, 3000]))
        gst = round(fee * 0.18, 2)
        j.amount = fee + gst
        p = browser_page(rng, font, "www.indiahandloombrand.gov.in/payment/receipt")
        p.part = "head"
        name = pick(p, "title", [TEXCOM, "Textiles Committee, Ministry of Textiles"])
        top(p, name, merchant=name)
        p.add("small", "India Handloom Brand  |  Registration fee receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment received", status=status)
        rno = f"TC/IHB/{j.date:%y}/{digits(rng, 6)}"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        grid(
            p,
            "ihb",
            [(0.0, 0.32, "l"), (0.32, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Application No.", f"IHB/{digits(rng, 6)}"], {}),
                (["Applicant", FIRM_MID], {}),
                (["Product", "Handwoven cotton bags and stoles"], {}),
                (["Fee", num(fee)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Mode", way], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([300, 450, 600, 750, 900]))
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(244, 240, 222), (240, 238, 224)])
        p.part = "head"
        ne(p, GPU_NE, bold=True)
        top(p, GPU, merchant=GPU)
        p.add("small", "Upper Dzongu, Mangan District, North Sikkim")
        ne(p, "घर कर रसिद", bold=True, scale=0.95)
        p.add("rule")
        p.part = "body"
        p.add("left", "No. ..............")
        ne_cells(
            p, ("मिति", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d.%m.%y"]))), pen=True, date=j.date
        )
        ne_cells(p, ("नाम", "Name", FIRM_MID), pen=True)
        ne_cells(p, ("बापत", "Towards", f"house tax 20{fy(j.date)}, weaving shed"), pen=True)
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(p, "Recd. in cash", method="cash", status=status)
        h287.oval(p, ["LINGTHEM-LINGDEM", "GRAM PANCHAYAT UNIT", "DZONGU"], "violet", at=0.3, rows_=3)
        sig(p)
        p.add("right", "Panchayat Secretary")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(12, 160) * 100)
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/payment")
        p.part = "head"
        top(p, ITD, merchant=ITD)
        p.add("small", "e-Pay Tax  |  Challan No./ITNS 281 (TDS/TCS)")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        boxed(
            p,
            "Your bank could not complete the payment (session timed out at the bank). The challan is saved; "
            "you may pay it again with the same CRN.",
            "error",
        )
        crn = f"{j.date:%y}{digits(rng, 12)}"
        dots(p, "CRN", crn, at=0.3, txn=(INVOICE_RANK, crn))
        dots(p, "TAN", f"CALD0{digits(rng, 4)}{rng.choice(UPPER)}", at=0.3)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Payment Mode", "Net Banking", at=0.4, method="netbanking")
        dots(p, "Bank", "State Bank of India", at=0.36)
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 6:
        season(j, rng, FEST - dt.timedelta(days=6), 6)
        j.amount = float(rng.choice([1500, 2000, 2500, 3000]))
        p = sheet(rng, font, [780, 820])
        p.style["paper"] = rng.choice([(246, 242, 230), (242, 240, 228)])
        p.part = "head"
        ne(p, DHH_NE, bold=True, scale=0.92)
        name = pick(p, "title", [DHH, "Directorate of Handicrafts & Handloom"])
        top(p, name, merchant=name)
        p.add("small", "Stall fee receipt  |  Mangan Music Festival, Mangan")
        p.add("rule")
        p.part = "body"
        one_pen(p)
        no_ = str(rng.randrange(100, 990))
        h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
        p.add("left", "Received with thanks", status=status)
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
        filled(p, "Received from", SHOP)
        filled(p, "Stall No.", f"H-{rng.randrange(1, 40)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        h269.ticks(p, ["Cash", "UPI", "DD"], 1, method="UPI")
        filled(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        h271.rstamp(
            p, ["DHH, GANGTOK", when(j.date, "%d %b %Y").upper(), "STALL FEE"], "blue", at=0.3, rows_=3
        )
        sig(p)
        p.add("right", "Assistant Director")
        return p.done()
    j.amount = float(rng.choice([1250, 1800, 2500]))
    p = browser_page(rng, font, "sikkimtax.gov.in/professiontax/e-payment/acknowledgement")
    p.part = "head"
    name = pick(p, "title", [CTD, "Commercial Taxes Division, Sikkim"])
    top(p, name, merchant=name)
    p.add("small", "Sikkim Tax on Professions, Trades, Callings and Employments  |  e-Payment")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment successful", status=status)
    p.add("gap")
    cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}"
    at = 0.36
    gutter(p, "pt", "Registration No.", f"PT/NS/{digits(rng, 5)}", at=at)
    gutter(p, "pt", "Name", FIRM_MID, at=at)
    gutter(p, "pt", "Period", f"20{fy(j.date)}", at=at)
    gutter(p, "pt", "Amount", rs(j.amount), at=at, amount=j.amount)
    gutter(p, "pt", "Bank", "State Bank of India", at=at)
    gutter(p, "pt", "CIN", cin, at=at, txn=(BANK_RANK, cin))
    gutter(p, "pt", "Payment date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    gutter(p, "pt", "Mode", "Net Banking", at=at, method="netbanking")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


IFFCO = "IFFCO-Tokio General Insurance Co. Ltd."
GENERALI = "Generali Central Insurance Company Ltd."
MAGMA = "Magma General Insurance Ltd."
NIA = "THE NEW INDIA ASSURANCE CO. LTD."


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's premiums, the insurer on top, under its app's bar or signing its SMS: IFFCO-Tokio's
    PREMIUM RECEIPT for the weaving shed's fire policy (its sentence "Received with thanks from ... the sum of
    Rs. x by NEFT ..."; Receipt No. and Receipt Date, Policy No. and Sum Insured, Premium and CGST 9%, SGST 9%
    and Total Premium, Mode and UTR two pairs to a row in a table ruled on every side; a signature); SBI
    General's app with the Loom House's shopkeeper's policy renewed ("Today, <hour>"; the insurer under the
    app's bar, a tile's tick, Policy renewed, the sum; a copyable Payment Ref; Policy No. and Paid via; no
    day); Care Health's app with the staff's health renewal under verification (the insurer under the app's
    bar, a capsule, its stages across the page with a dot for each, a notice; Proposal No. and Transaction ID
    in tiles; Premium, Paid via and Initiated on); HDFC ERGO's app with the Loom House's scooter's motor
    renewal failed by card under a large round cross (the insurer under the app's bar, the reason in a notice;
    Policy No., Vehicle, Premium, Payment ID, Card, Attempted on against a gutter); Generali Central's marine
    cargo certificate for the Tokyo consignment (its sentence; Certificate No.:, Voyage:, Sum Insured:,
    Premium:, GST 18%:, Total Premium:, Payment:, Transaction ID:, Payment Date: with colons); SBI Life's SMS
    of a renewal premium received ("Dear Customer, we have received Rs.x towards renewal premium of policy no.
    ... on <dd/mm/yyyy> through Net Banking. - SBI Life"; no reference); Magma General's premium receipt mail
    for the Loom House's stock (its sentence; Receipt No., Policy No., Premium, GST 18%, Total, Mode, UPI Ref,
    Date in shaded labels); The New India Assurance's cover note for the pickup typed on its Gangtok branch's
    printer with the premium received in cash (COVER NOTE NO, VEHICLE NO, PERIOD, OD PREMIUM, TP PREMIUM, GST
    18%, TOTAL, DATE; PREMIUM RECEIVED IN CASH). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=1200, high=38000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    pol = f"{digits(rng, 5)}/{digits(rng, 2)}/{j.date.year + 1}/{digits(rng, 5)}"
    if k == 0:
        si = float(rng.randrange(6, 30) * 100000)
        net = round(si * rng.uniform(0.0008, 0.0015), 0)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        ins = pick(p, "title", [IFFCO, "IFFCO-Tokio General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Gangtok Branch, M.G. Marg  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        prose(
            p,
            f"Received with thanks from {FIRM}, {TOWN}, the sum of {rs(j.amount)} by {way} towards the "
            "premium of the Standard Fire and Special Perils policy for its weaving shed below.",
            status=status,
            method="netbanking",
        )
        p.add("gap")
        rno = f"{digits(rng, 4)}{j.date:%y}{digits(rng, 7)}"
        grid(
            p,
            "if",
            [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")],
            None,
            [
                (
                    ["Receipt No.", rno, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (["Policy No.", pol, "Sum Insured", num(si)], {}),
                (["Premium", num(net), "CGST 9%", num(gst)], {}),
                (["SGST 9%", num(gst), "Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Mode", way, "UTR", utr], {"txn": (UTR_RANK, utr)}),
            ],
        )
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 1400, 5200, 0.5)
        p = phone(rng, font, k, ["", "SBI General"], dark=False, buttons=("View policy",))
        band(p, (0, 90, 170))
        bar(
            p,
            "SBI General",
            "SBI General Insurance Company Ltd.",
            merchant="SBI General Insurance Company Ltd.",
        )
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Shopkeeper's policy  |  {SHOP}")
        ref = f"SBIG{digits(rng, 11)}"
        copyrow(p, "Payment Ref", ref, txn=(TXN_RANK, ref))
        kvr(p, "Policy No.", digits(rng, 12))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Care Health"], dark=False, buttons=("Refresh",))
        band(p, (0, 120, 110))
        bar(p, "Care Health", "Care Health Insurance Ltd.", merchant="Care Health Insurance Ltd.")
        chip(p, "Payment under verification", status)
        h289.steps(p, ["Paid", "Verified", "Renewed"], 1, status)
        boxed(
            p,
            "We are waiting for your bank to confirm this premium. Your cover continues meanwhile; please "
            "do not pay again.",
            "warn",
        )
        tid = f"CHI{j.date:%y%m%d}{digits(rng, 7)}"
        tiles2(p, ("Proposal No.", f"CP{digits(rng, 8)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Premium", rs(j.amount), amount=j.amount)
        kvr(p, "Paid via", "Net Banking", method="netbanking")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 1400, 3200, 0.3)
        p = phone(rng, font, k, ["", "HDFC ERGO"], dark=False, buttons=("Try again",))
        band(p, (200, 30, 40))
        bar(p, "HDFC ERGO", "HDFC ERGO General Insurance", merchant="HDFC ERGO General Insurance")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card's bank declined the payment (OTP not entered in time). Your policy has not been "
            "renewed.",
            "error",
        )
        pid = f"HEG{digits(rng, 12)}"
        at = 0.4
        gutter(p, "he", "Policy No.", digits(rng, 13), at=at)
        gutter(p, "he", "Vehicle", f"SK-04-J-{rng.randrange(1000, 9999)} (scooter)", at=at)
        gutter(p, "he", "Premium", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "he", "Payment ID", pid, at=at, txn=(TXN_RANK, pid))
        gutter(p, "he", "Card", f"Visa XX{digits(rng, 4)}", at=at, method="card")
        gutter(
            p,
            "he",
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 4:
        sum_ins = float(rng.randrange(4, 20) * 100000)
        prem = round(sum_ins * rng.uniform(0.0012, 0.002), 0)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = browser_page(rng, font, "www.generalicentral.com/marine/certificate/view")
        p.part = "head"
        ins = pick(p, "title", [GENERALI, "Generali Central Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Marine Cargo (Export) Open Policy  |  Certificate of Insurance")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            "The premium for the certificate below has been received; the consignment is covered from the "
            "society's store at Mangan to the buyer's warehouse.",
            status=status,
        )
        p.add("gap")
        tid = f"GCI{digits(rng, 11)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        h271.colkv(p, "gc", spec, "Certificate No.:", f"MOC/{digits(rng, 6)}/{j.date:%y}")
        h271.colkv(p, "gc", spec, "Voyage:", "Mangan - Kolkata Port - Tokyo (Yokohama)")
        h271.colkv(p, "gc", spec, "Sum Insured:", num(sum_ins))
        h271.colkv(p, "gc", spec, "Premium:", num(prem))
        h271.colkv(p, "gc", spec, "GST 18%:", num(gst))
        h271.colkv(p, "gc", spec, "Total Premium:", rs(j.amount), amount=j.amount)
        h271.colkv(p, "gc", spec, "Payment:", "Net Banking", method="netbanking")
        h271.colkv(p, "gc", spec, "Transaction ID:", tid, txn=(TXN_RANK, tid))
        h271.colkv(p, "gc", spec, "Payment Date:", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(40, 400) * 50)
        text = (
            f"Dear Customer, we have received Rs.{num(j.amount, 'indian')} towards renewal premium of policy "
            f"no. {digits(rng, 11)} on {when(j.date, '%d/%m/%Y')} through Net Banking. Thank you. - SBI Life"
        )
        p = sms_page(rng, font, "VM-SBILIF", text, j.date)
        p.add(
            "left",
            text,
            merchant="SBI Life",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        return p.done()
    if k == 6:
        prem = float(rng.randrange(20, 120) * 50)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = mail_page(
            rng,
            font,
            "Magma General <customercare@magmainsurance.com>",
            ["Premium receipt: Stock insurance", "Your premium receipt"],
        )
        p.part = "head"
        ins = pick(p, "title", [MAGMA, "Magma General Insurance"])
        top(p, ins, merchant=ins)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear {SHOP}, thank you: we have received your premium for the stock policy of your shop at "
            "Mangan.",
            status=status,
        )
        p.add("gap")
        rno = f"MG{j.date:%y}{digits(rng, 10)}"
        at = 0.34
        kv(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        kv(p, "Policy No.", f"{digits(rng, 4)}/{digits(rng, 8)}", at=at)
        kv(p, "Premium", num(prem), at=at)
        kv(p, "GST 18%", num(gst), at=at)
        kv(p, "Total", rs(j.amount), at=at, amount=j.amount)
        kv(p, "Mode", "UPI", at=at, method="UPI")
        kv(p, "UPI Ref", j.ref, at=at, txn=(UTR_RANK, j.ref))
        kv(p, "Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
        return p.done()
    od = float(rng.randrange(10, 40) * 50)
    tp = float(rng.choice([3139, 3416, 4102]))
    gst = round((od + tp) * 0.18, 2)
    j.amount = round(od + tp + gst, 2)
    p = roll(rng, font, [560, 600], [17, 18])
    p.part = "head"
    ins = pick(p, "center", [NIA, "NEW INDIA ASSURANCE"])
    p.add("center", ins, merchant=ins)
    typed(p, "BRANCH: GANGTOK (M.G. MARG)")
    p.add("rule")
    p.part = "body"
    p.add("center", "COVER NOTE")
    cn = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 4)}"
    typed(p, f"COVER NOTE NO : {cn}", txn=(INVOICE_RANK, cn))
    typed(p, f"INSURED    : {CUT}")
    typed(p, f"VEHICLE NO : SK-04-P-{rng.randrange(1000, 9999)}")
    typed(p, "VEHICLE    : PICKUP (GOODS)")
    typed(p, f"PERIOD     : 1 YEAR FROM {when(j.date, '%d/%m/%Y')}")
    typed(p, f"OD PREMIUM : {od:>10.2f}")
    typed(p, f"TP PREMIUM : {tp:>10.2f}")
    typed(p, f"GST 18%    : {gst:>10.2f}")
    typed(p, f"TOTAL      : {j.amount:>10.2f}", amount=j.amount)
    typed(p, f"DATE       : {when(j.date, '%d/%m/%Y')}", date=j.date)
    p.add("rule")
    typed(p, "PREMIUM RECEIVED IN CASH", method="cash", status=status)
    typed(p, "SUBJECT TO TERMS OF THE POLICY.")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("MAYEL LYANG LOOM HOUSE", "OLD BAZAAR, MANGAN", "Razorpay POS", "ezetap"),
    ("MAYEL LYANG LOOM HOUSE - MMF STALL", "MANGAN MUSIC FESTIVAL", "Paytm", "paytm"),
    ("HOTEL YANGTHANG RESIDENCY", "M.G. MARG, GANGTOK", "STATE BANK OF INDIA", "sbi"),
    ("SHREE GANESH HARDWARE", "HILL CART ROAD, SILIGURI", "HDFC BANK", "declined"),
    ("SpiceJet", "Bagdogra - Delhi", "", "airline"),
    ("TASTE OF TIBET", "M.G. Marg, Gangtok", "", "restaurant"),
    ("KHANGCHENDZONGA ELECTRONICS", "GANGTOK", "HDFC Bank", "sms"),
    ("SEVOKE ROAD OFFICE MART", "SILIGURI", "SBI Card", "cardapp"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Loom House's and the festival stall's terminals and the society's cards elsewhere:
    Razorpay POS's charge slip at the Loom House typed in its printer's face with each label padded to a
    column of dots (DATE, TIME, MID, TID, BATCH, INVOICE, CARD, CARD TYPE, APPR CODE, RRN; AMOUNT; APPROVED,
    CUSTOMER COPY); Paytm's card machine at the Mangan Music Festival stall in the festival's days with its
    status pending (SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; TXN TIMED OUT, STATUS PENDING, DO NOT
    RETRY); State Bank of India's slip at a Gangtok hotel with a tip (SALE; DATE, TIME, TID, CARD, AUTH CODE,
    RRN, INVOICE at the left and the right; BASE AMT, TIP and TOTAL; APPROVED, PIN VERIFIED); HDFC Bank's slip
    at a Siliguri hardware shop DECLINED (55 INCORRECT PIN); SpiceJet's booking for the Bagdogra - Delhi
    flight to a crafts bazaar in a ticket's card with a notch at each side (Booking confirmed; PNR, Flight,
    Date of travel and Passenger over its tear, then Base fare, Taxes & fees, Total paid, Paid by, Payment ID,
    Booked on at the left and the right); a Gangtok restaurant's bill from Petpooja settled by card (Bill No.,
    Date, Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Settled: Card", the card and its
    Appr. code); HDFC Bank's SMS of a spend on the society's card ("Spent Rs.x On HDFC Bank Card 1234 At
    <MERCHANT> On <dd-mm-yy> ..."; no reference); the SBI Card app with a spend at an office supplies shop
    ("Today, <hour>"; the merchant's line and its town, the sum, Transaction approved; Card and Reference No.
    in tiles; Category; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=800, high=36000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "paytm":
        season(j, rng, FEST, FEST_DAYS)
    if layout in ("declined", "sbi", "sms", "cardapp"):
        j.amount = rupees(rng, 1200, 22000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        text = (
            f"Spent Rs.{num(j.amount, 'plain')} On HDFC Bank Card {last4} At {name} On "
            f"{when(j.date, '%d-%m-%y')}. Not You? Call 18002586161 or SMS BLOCK CC {last4} to 7308080808"
        )
        p = sms_page(rng, font, "AD-HDFCBK", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "SBI Card"], dark=False, buttons=("Raise a dispute",))
        band(p, (20, 70, 160))
        app_head(p, "SBI Card", "Transaction details")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Transaction approved", status=status)
        p.add("gap")
        ref = f"{digits(rng, 12)}"
        tiles2(
            p,
            ("Card", f"{masked(p.font)}{last4}"),
            ("Reference No.", ref),
            txn=(TXN_RANK, ref),
            method="card",
        )
        kvr(p, "Category", "Office supplies")
        return p.done()
    if layout == "airline":
        base = float(rng.randrange(42, 110) * 100)
        tax = float(rng.randrange(6, 18) * 100) + 38.0
        j.amount = base + tax
        p = phone(rng, font, k, ["", "SpiceJet"], dark=False, buttons=("Web check-in",))
        band(p, (200, 24, 30))
        p.part = "head"
        p.add("title", name, merchant=name)
        p.add("small", "Booking confirmation")
        p.add("gap")
        p.part = "body"
        t_ = h279.ticket_open(p)
        p.add("center", "Booking confirmed", status=status)
        pnr = code(rng, 6, UPPER)
        journey = j.date + dt.timedelta(days=rng.randrange(6, 40))
        kvr(p, "PNR", pnr, txn=(ORDER_RANK, pnr))
        kvr(p, "Flight", f"SG {rng.randrange(100, 990)}  IXB - DEL")
        kvr(p, "Date of travel", when(journey, "%d %b %Y"))
        kvr(p, "Passenger", f"Ms {EXPORTS}")
        tear = h279.ticket_tear(p)
        pid = f"SGP{digits(rng, 12)}"
        kvr(p, "Base fare", num(base))
        kvr(p, "Taxes & fees", num(tax))
        kvr(p, "Total paid", f"INR {num(j.amount)}", amount=j.amount)
        kvr(p, "Paid by", f"{scheme.title()} Credit Card XX{last4}", method="card")
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Booked on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        h279.ticket_close(p, t_, tear)
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
        p.add("small", f"Tibetan and Sikkimese kitchen  |  {town}")
        p.add("small", f"GSTIN {gstin_of(rng, '11', 'P')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = f"{rng.randrange(1200, 9999)}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        p.pair("Table", f"T{rng.randrange(1, 18)}")
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Pork momo (8)", 220),
                ("Thukpa, chicken", 240),
                ("Gya thuk", 260),
                ("Sha phaley", 180),
                ("Gundruk soup", 120),
                ("Phagshapa", 320),
                ("Butter tea", 60),
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
        p.pair("Grand Total", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("left", "Settled: Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Appr. code {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Billing by Petpooja")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "ezetap":
        p.add("center", "CHARGE SLIP")
        p.add("rule")

        def padded(lbl: str, value: str, **facts) -> None:
            typed(p, f"{lbl} {'.' * max(1, 10 - len(lbl))} {value}", **facts)

        padded("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        padded("TIME", t)
        padded("MID", mid[:12])
        padded("TID", tid)
        padded("BATCH", batch[-4:])
        padded("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        padded("CARD", f"XXXX XXXX XXXX {last4}", method="card")
        padded("CARD TYPE", scheme)
        padded("APPR CODE", appr, txn=(APPR_RANK, appr))
        padded("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "paytm":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TXN TIMED OUT", status=status)
        p.add("small", "STATUS PENDING - DO NOT RETRY")
        p.add("small", "YOU WILL GET AN SMS ONCE CONFIRMED")
    elif layout == "sbi":
        tip = float(rng.choice([50, 100, 150, 200, 300]))
        base = round(j.amount - tip, 2)
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.add("rule")
        p.pair("BASE AMT", fmt(base))
        p.pair("TIP", fmt(tip))
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("small", "55 INCORRECT PIN")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


POWER = "Energy & Power Department, Government of Sikkim"
POWER_NE = "ऊर्जा तथा विद्युत विभाग, सिक्किम सरकार"
WSPHED = "Water Security & PHE Department, Sikkim"
WSPHED_NE = "जल सुरक्षा तथा जन स्वास्थ्य इन्जिनियरिङ विभाग"
MILKMAN = "JIGME DAIRY"
FIBRE = "Himalayan Fibernet Pvt. Ltd."


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The weaving shed's and the Loom House's bills: the Energy & Power Department's online bill payment
    receipt for the shed under its Nepali name (Payment Successful; its fields in bilingual form cells two to
    a row: उपभोक्ता नं. · Consumer No. and बिल महिना · Bill Month, उपभोक्ताको नाम · Consumer Name, रकम ·
    Amount and रसिद नं. · Receipt No., कारोबार आईडी · Transaction ID and भुक्तानी मिति · Payment Date, तरिका ·
    Mode); Airtel Thanks with the Loom House's Xstream Fiber bill paid ("Today, <hour>"; the company under the
    app's bar, a scalloped badge, Bill paid, the sum; Account and Transaction ID in tiles; Paid via; no day);
    DishTV's recharge for the shed's television pending (the company under the app's bar, a capsule, a
    progress bar, a notice; VC No., Pack, Order ID, Amount, Paid via, Initiated on in shaded labels); Vi's
    postpaid bill payment failed by card under a tile's cross (the company under the app's bar, the reason in
    a notice; each value over its label: Mobile No., Amount, Transaction ID, Paid via, Attempted on); the
    Water Security & PHE Department's water charges receipt from its Mangan office's book under its Nepali
    name (No. struck in red; each field a bilingual label of two lines, its Nepali over its English with the
    value at the right: उपभोक्ता नं. Consumer No., नाम Name, अवधि Period, रकम Amount, मिति Date; "Recd. in
    cash" in the hand; its rectangular stamp with the day); IndianOil's SMS of an Indane refill's payment
    received ("Dear Customer, your Indane refill (booking no. ...) is paid: Rs.x received by UPI on
    <dd-mm-yyyy>. Txn ID .... It will be delivered soon. -IndianOil"); a Mangan milkman's monthly card in a
    Nepali hand on a spiral pad's page (the dairy on top; "महिना" (month) written in; the litres with their
    rate and sum, "जम्मा" (total), "नगद पाएँ" (received cash) and the day; no reference); a Gangtok broadband
    company's receipt mail (its sentence; Account No., Receipt No., Transaction ID, Amount, Payment mode,
    Payment date in a table ruled on every side). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=400, high=16000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = rupees(rng, 900, 9000, 0.5)
        p = browser_page(rng, font, "power.sikkim.gov.in/billpayment/receipt")
        p.part = "head"
        ne(p, POWER_NE, bold=True)
        name = pick(p, "title", [POWER, "Energy & Power Department, Sikkim"])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment receipt  |  Mangan Electrical Section")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        rno = f"EPD{j.date:%y%m}{digits(rng, 6)}"
        tid = f"SKP{digits(rng, 12)}"
        ne_cells(
            p,
            ("उपभोक्ता नं.", "Consumer No.", f"NS/MGN/{digits(rng, 5)}"),
            ("बिल महिना", "Bill Month", j.month(1)),
        )
        ne_cells(p, ("उपभोक्ताको नाम", "Consumer Name", ne_fit(p, [FIRM_MID, FIRM_SHORT], halves=1)))
        ne_cells(
            p,
            ("रकम", "Amount", rs(j.amount)),
            ("रसिद नं.", "Receipt No.", rno),
            bold=True,
            amount=j.amount,
            txn=(INVOICE_RANK, rno),
        )
        ne_cells(
            p,
            ("कारोबार आईडी", "Transaction ID", tid),
            ("भुक्तानी मिति", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        ne_cells(p, ("तरिका", "Mode", "Net Banking"), method="netbanking")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([589, 799, 999, 1178.82, 1414.82]))
        p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Done",))
        band(p, (220, 20, 40))
        bar(p, "Airtel Thanks", "Bharti Airtel Ltd.", merchant="Bharti Airtel Ltd.")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Bill paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Xstream Fiber  |  Mayel Lyang Loom House")
        tid = f"{digits(rng, 14)}"
        tiles2(p, ("Account", f"0359{digits(rng, 6)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([270, 349, 420, 510]))
        p = phone(rng, font, k, ["", "DishTV"], dark=False, buttons=("Refresh",))
        band(p, (230, 80, 20))
        bar(p, "DishTV", "Dish TV India Ltd.", merchant="Dish TV India Ltd.")
        chip(p, "Recharge pending", status)
        h294.progress(p, 0.5, status)
        boxed(
            p,
            "Your payment has not been confirmed yet. Your channels will continue; the recharge will be "
            "added as soon as the bank confirms it.",
            "warn",
        )
        oid = f"DTV{digits(rng, 10)}"
        at = 0.34
        kv(p, "VC No.", digits(rng, 11), at=at)
        kv(p, "Pack", "Family HD Pack", at=at)
        kv(p, "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
        kv(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        kv(p, "Paid via", "UPI", at=at, method="UPI")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 399, 1600, 0.6)
        p = phone(rng, font, k, ["", "Vi"], dark=False, buttons=("Try again",))
        band(p, (230, 30, 60))
        bar(p, "Vi", "Vodafone Idea Ltd.", merchant="Vodafone Idea Ltd.")
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card's bank declined this payment. Your bill is still due; no amount has been charged.",
            "error",
        )
        tid = f"VI{digits(rng, 12)}"
        vlab(p, "Mobile No.", f"94340{digits(rng, 5)}", bold=False)
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
        j.amount = float(rng.choice([180, 240, 300, 360, 480, 600]))
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(244, 244, 236), (240, 242, 234)])
        p.part = "head"
        ne(p, WSPHED_NE, bold=True, scale=0.92)
        name = pick(p, "title", [WSPHED, "WS & PHE Department, Sikkim"])
        top(p, name, merchant=name)
        p.add("small", "Water charges receipt  |  Mangan Division")
        p.add("rule")
        p.part = "body"
        one_pen(p)
        no_ = str(rng.randrange(1200, 9900))
        h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
        ne_stack(p, "उपभोक्ता नं.", "Consumer No.", f"WS/MGN/{digits(rng, 4)}", pen=True)
        ne_stack(p, "नाम", "Name", FIRM_SHORT, pen=True)
        first_ = j.date.replace(day=1)
        period = (
            f"{when(first_ - dt.timedelta(days=80), '%b')} - {when(first_ - dt.timedelta(days=1), '%b %Y')}"
        )
        ne_stack(p, "अवधि", "Period", period, pen=True)
        ne_stack(p, "रकम", "Amount", f"Rs. {int(j.amount)}/-", pen=True, amount=j.amount)
        ne_stack(
            p, "मिति", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), pen=True, date=j.date
        )
        hand(p, "Recd. in cash", method="cash", status=status)
        h271.rstamp(p, ["WS & PHED", "MANGAN", when(j.date, "%d %b %Y").upper()], "violet", at=0.66, rows_=3)
        sig(p)
        p.add("right", "Assistant Engineer")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([955.5, 968.0, 972.5, 985.0]))
        tid = f"{digits(rng, 12)}"
        text = (
            f"Dear Customer, your Indane refill (booking no. {digits(rng, 7)}) is paid: "
            f"Rs.{num(j.amount, 'plain')} received by UPI on {when(j.date, '%d-%m-%Y')}. Txn ID {tid}. It "
            "will be delivered soon. -IndianOil"
        )
        p = sms_page(rng, font, "VM-INDANE", text, j.date)
        p.add(
            "left",
            text,
            merchant="IndianOil",
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
            txn=(TXN_RANK, tid),
        )
        return p.done()
    if k == 6:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 246, 226), (240, 244, 232)])
        h277.spiral(p)
        p.part = "head"
        p.add("gap")
        top(p, MILKMAN, merchant=MILKMAN)
        p.add("small", "Fresh milk  |  Mangan Bazaar")
        p.add("gap")
        p.part = "body"
        month_ = j.date.replace(day=1) - dt.timedelta(days=1)
        ne_hand(p, f"महिना  {NE_MONTHS[month_.month - 1]} {month_.year}")
        start = len(p.rows)
        litres = rng.randrange(40, 95)
        rate = rng.choice([56, 60, 64])
        tea = rng.randrange(2, 6)
        ne_hand(p, f"दूध {litres} लिटर @ {rate}", figure=str(litres * rate))
        ne_hand(p, f"दही {tea} किलो @ 120", figure=str(tea * 120))
        total_ = litres * rate + tea * 120
        j.amount = float(total_)
        ne_hand(p, "जम्मा", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76])
        p.add("gap")
        ne_hand(
            p,
            f"नगद पाएँ  {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}",
            date=j.date,
            method="cash",
            status=status,
        )
        return p.done()
    j.amount = float(rng.choice([708.0, 944.0, 1180.0, 1416.0]))
    p = mail_page(
        rng,
        font,
        "Himalayan Fibernet <billing@himalayanfibernet.in>",
        ["Payment receipt for your broadband account", "Thank you for your payment"],
    )
    p.part = "head"
    name = pick(p, "title", [FIBRE, "Himalayan Fibernet"])
    top(p, name, merchant=name)
    p.add("rule")
    p.part = "body"
    prose(
        p,
        f"Dear Customer, we have received your payment of {rs(j.amount)} for your broadband account at "
        "Mangan. Thank you for staying connected.",
        status=status,
    )
    p.add("gap")
    rno = f"HF{j.date:%y%m}{digits(rng, 6)}"
    tid = f"{digits(rng, 14)}"
    grid(
        p,
        "hf",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        None,
        [
            (["Account No.", f"MGN{digits(rng, 7)}"], {}),
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
    ("The Sikkim State Co-operative Bank", "AX-SISCOB", "PHURBA LEPCHA", "UPI", "nepali"),
    ("State Bank of India", "VM-SBIUPI", "SILIGURI YARN EMPORIUM", "UPI", "sms"),
    ("Bank of Baroda", "VM-BOBTXN", "HIMALI PRINTERS", "NEFT", "sms"),
    ("UCO Bank", "JD-UCOBNK", "NORBU CARPENTRY WORKS", "IMPS", "sms"),
    ("Axis Bank", "", "TEESTA TRANSPORT SERV", "IMPS", "rcs"),
    ("Central Bank of India", "AD-CBoIND", "HIMALAYAN NATURAL DYE", "NEFT", "sms"),
    ("HDFC Bank", "", "SILIGURI PACK AND PRINT", "NEFT", "mail"),
    ("IDBI Bank", "", "PEMZANG TAILORS", "UPI", "forward"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the society's payments: the Sikkim State Co-operative Bank's SMS in Nepali in a
    bubble of the phone's messages thread under its day divider ("प्रिय ग्राहक, तपाईंको खाता XX1234 बाट
    <dd-mm-yyyy> मा UPI मार्फत <PAYEE> लाई रु. x पठाइएको छ। सन्दर्भ नं. ...। -SISCO Bank" (Dear customer, Rs.
    x has been sent from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in State
    Bank of India's ("Dear UPI user A/C X1234 debited by x on date <ddMonyy> trf to <PAYEE> Refno .... If not
    u? call 1800111109. -SBI"), Bank of Baroda's ("Your NEFT of Rs.x to <PAYEE> initiated on <dd-mm-yyyy> is
    under process and will be credited to the beneficiary shortly. UTR .... -Bank of Baroda"), UCO Bank's
    ("IMPS Txn of INR x from A/c XX1234 to <PAYEE> on <dd-Mon-yy> could not be completed. Amount debited, if
    any, will be refunded. Ref .... -UCO Bank") and Central Bank of India's ("Rs.x debited from A/c XX1234 on
    <dd-mm-yy> for NEFT to <PAYEE>. Clr Bal Rs.y CR. -Central Bank of India"; no reference) wordings; Axis
    Bank's rich message in the phone's messages app (the bank's name with its verified tick, the "Today"
    divider, a rounded card: "INR x debited from A/c no. XX1234 for IMPS to <PAYEE>. IMPS Ref: ...", its two
    buttons; no day); HDFC Bank's mail of a debit ("Rs.x has been debited from account **1234 to <PAYEE> on
    <dd-mm-yy> towards NEFT. Your UTR is ..."); IDBI Bank's SMS forwarded by the accountant into the society's
    WhatsApp group (a Forwarded mark over it in a bubble, his name and the hour: "Rs.x debited from A/c XX1234
    on <dd-Mon-yy> to <PAYEE> via UPI. UPI Ref .... -IDBI Bank"). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if k == 1:
        j.amount = float(round(j.amount))
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
        if bank == "State Bank of India":
            text = (
                f"Dear UPI user A/C X{tail4} debited by {j.amount:.1f} on date {when(j.date, '%d%b%y')} trf "
                f"to {to} Refno {ref}. If not u? call 1800111109. -SBI"
            )
        elif bank == "Bank of Baroda":
            text = (
                f"Your NEFT of Rs.{amt} to {to} initiated on {when(j.date, '%d-%m-%Y')} is under process and "
                f"will be credited to the beneficiary shortly. UTR {ref}. -Bank of Baroda"
            )
        elif bank == "UCO Bank":
            text = (
                f"IMPS Txn of INR {amt} from A/c XX{tail4} to {to} on {when(j.date, '%d-%b-%y')} could not "
                f"be completed. Amount debited, if any, will be refunded. Ref {ref}. -UCO Bank"
            )
        else:
            text = (
                f"Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d-%m-%y')} for NEFT to {to}. Clr "
                f"Bal Rs.{bal} CR. -Central Bank of India"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "nepali":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"प्रिय ग्राहक, तपाईंको खाता XX{tail4} बाट {when(j.date, '%d-%m-%Y')} मा UPI मार्फत {to} लाई "
            f"रु. {amt} पठाइएको छ। सन्दर्भ नं. {ref}। -SISCO Bank"
        )
        ne_wrap(p, text, share=0.88, scale=0.92, **facts)
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "rcs":
        p = phone(rng, font, k, ["", "Messages"], dark=False, buttons=())
        p.part = "head"
        p.add("title", f"Axis Bank {sign(p.font, chr(0x2714), '')}".strip())
        p.add("small", "Verified business")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        c = card_open(p)
        p.add("left", "Transaction alert")
        prose(p, f"INR {amt} debited from A/c no. XX{tail4} for IMPS to {to}. IMPS Ref: {ref}.", **facts)
        note(p, hhmm(rng, lower=True))
        card_close(p, c)
        p.add("gap")
        h269.kind(p, "rc", [(0.0, 0.49, "c"), (0.51, 1.0, "c")], "zebra1", group="rc")
        h269.row(p, "rc", "View statement", "Not you? Block")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
            ["You have done a NEFT transaction", "Account update for your HDFC Bank A/c"],
        )
        p.part = "head"
        top(p, "HDFC Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(
            p,
            f"Rs.{amt} has been debited from account **{tail4} to {to} on {when(j.date, '%d-%m-%y')} towards "
            f"NEFT. Your UTR is {ref}.",
            **facts,
        )
        p.add("gap")
        prose(p, "If you did not make this transaction, please call 1800 202 6161 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "HDFC Bank Ltd. This is a system-generated alert; please do not reply.")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    p.add("title", "Mayel Lyang Accounts")
    p.add("small", f"{ACCOUNTANT.split()[0]}, {SECRETARY.split()[0]}, {EXPORTS.split()[0]}, You")
    p.add("rule")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    hour, minute = rng.randrange(9, 17), rng.randrange(0, 50)
    s_ = len(p.rows)
    p.add("small", f"~ {ACCOUNTANT}")
    h294.fwd(p)
    prose(
        p,
        f"Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d-%b-%y')} to {to} via UPI. UPI Ref "
        f"{ref}. -IDBI Bank",
        **facts,
    )
    h273.bubble(p, s_, hour12(hour, minute, lower=True))
    p.add("gap")
    s2 = len(p.rows)
    p.add("left", "Pemzang's bill, paid.")
    h273.bubble(p, s2, hour12(hour, minute + rng.randrange(2, 9), lower=True))
    return p.done()

"""The twelve heldout307 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Lucknow chikankari house's year of 2026 (Nazakat Chikan Kaarigari LLP, whose
karkhana in Phoolwali Gali, Chowk, block prints its designs in fugitive blue on cut mul, georgette and
chanderi and sends the pieces out to the women who embroider them at home in the villages round Lucknow, in
white thread in tepchi, bakhiya, phanda, murri and jaali, into kurtas, sarees, dupattas and anarkalis; its
showroom in Janpath Market, Hazratganj, Nazakat Chikan House; its stall at the Lucknow Mahotsav; the web shop
nazakatchikan.in, Dukaan and Amazon; the U.P. Export Corporation's, hotels', labels', companies' and
boutiques' orders; boutiques and bridal shops abroad), told by the proofs of payment it receives (buyers'
PhonePe Business on the showroom's phone, Airtel Thanks, PayZapp, Paytm set in Hindi, Bajaj Finserv, PhonePe,
BHIM and Google Pay; the U.P. Export Corporation's advice, Dynamics 365, Zoho Books, ICICI Bank's Corporate
Internet Banking, YONO Business, Slack, a boutique's letter and Cashfree Payouts; Barclays, TD, Wells Fargo,
FAB, Deutsche Bank, Al Rajhi Bank, DBS and ANZ; its own tax invoice, the Mahotsav stall's cash memo, Razorpay,
WooCommerce, Amazon Seller Central, CCAvenue, Dukaan and an advance receipt) and those it makes (a Surat
mill's invoice, a block printer's chit in a Hindi hand, Delhivery, Moglix, a thread house's collection
receipt, Vistaprint, a dhobi's account and a block maker's bill under its Urdu name; Baroda U.P. Bank, HDFC
Bank, Kotak Biz, the Lucknow District Co-operative Bank's form, YES BUSINESS, Vyom, BOI Mobile Omni Neo and
Cent Mobile; a karigar's job card, greytHR, Amazon Pay, Navi, an Eid advance receipt signed by a thumb,
iMobile Pay, a WhatsApp chat and a wage envelope; Lucknow Nagar Nigam, a Jan Seva Kendra, the Income Tax
Department, the Legal Metrology Department, the Lucknow Development Authority, e-Nagar Sewa UP, Nagar
Panchayat Kakori and GRAS; eight insurers; cards on the showroom's and the stall's terminals, at a Delhi hotel
and a filling station, on Air India Express, in HDFC Bank's SMS, on Scapia's app and on a restaurant's
Petpooja bill; MVVNL, Tata Play, Green Gas, the Jal Kal Vibhag, Airtel Thanks, IndianOil ONE, MVVNL's SMS and
a newspaper hawker's card; the banks' SMS, a Hindi SMS, a mail, WhatsApp banking and a notification shade).
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, the units' lines, salutations, Hindi and Urdu lines (but a bank's SMS
in Hindi, whose figures and payee carry the facts, a Hindi labelled field's value, a Hindi app's day and
outcome and a Hindi hand's sums, days and "received"), items, pieces, lots, stitches, rates, GST, TDS, fees,
charges, balances, sums insured, periods, months, tax and assessment years, bill months, weeks, settlement
periods, invoice, bill, posting and journey days, account, policy, certificate, consumer, connection,
subscriber, BP, application, allotment, property, licence, employee, vehicle, mobile and card numbers, AWB
numbers, CSC IDs, heads of account, PAN, GSTIN, LLPIN, IFSC, SWIFT/BIC codes, UPI IDs, bills named on an
advice, a letter or a receipt, other messages and notifications, a soundbox's announcement, buti, bel, thread
ends, the printed mul a page lies on and the block beside it, stages, progress bars, notices, tiles, badges,
stamps, a hang tag, a paper clip, a spiral, QR codes, barcodes, ticks, thumb impressions and signatures carry
no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and
``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money``
heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs``
heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's;
``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``,
``kvr``, ``total``, ``strip``, ``sms_page``, ``comb``, ``ticks``, ``bars``, ``qr``, a roll's torn edges),
heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``lab``, ``fill``, ``fill2``, ``perf``, ``hand``,
``amtbox``, ``tt``, ``rstamp``, rounded cards), heldout273's (``hcells``, ``ledger``, ``panel``, ``pill``,
``track``, ``field``, ``tick``, ``avatar``, ``bubble``), heldout275's (Hindi lines, labels and hand: ``dev``,
``dlab``, ``dhand``, and ``sig``, ``divider``, ``gutter``, ``sicon``), heldout277's (``bigsum``, ``urdu``,
``clip_``, ``spiral``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``,
``two_up``, ``spinner``, ``redno``, ``hangtag``), heldout287's (``notice``, ``tile``, ``burst``, ``oval``,
``vlab``, ``vname``, ``tiles2``, ``copyrow``, ``speaker``), heldout289's (``chip``, ``shade_pull``) and
heldout294's (``octa``, ``progress``), written in this set's pens and printers' faces. ``compose`` is
heldout158's (as heldout269's to heldout305's), each page's rows drawn by heldout294's ``_render`` (and the
renderers beneath it, heldout275's Hindi rows and heldout277's Urdu lines among them) and then by this set's
own ``_render`` in the lines it leaves for them: a receipt's label in bold Hindi with its English after a
slash, a colon and the value; a chikan buti in its embroidery hoop as a letterhead's emblem (a paisley in
white tepchi and bakhiya on pastel mul, phanda and murri, its vine's end still printed in blue); a strip of
chikan work as a divider (a bel in tepchi with bakhiya leaves and phanda flowers, its last stretch only
printed); a left thumb's impression in black ink in its box with its Hindi caption; snipped threads, mukaish,
a needle and spots of the printer's blue in a page's margins; and, after the frame, the length of
block-printed mul a page is photographed lying on (rows of paisleys printed in blue, a few worked in white, a
carved sheesham block beside the page, the page's shadow, the page a little askew). The pages' layouts and
wordings are this set's own."""

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
    AMBER,
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
from bench.receipt_sets.heldout273_families import field, hcells, ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout304's and
# heldout305's
PENS = [
    "noto/NotoSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "liberation/LiberationSans-Italic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
]
INKS = [(24, 34, 124), (36, 30, 88), (34, 38, 44), (16, 64, 110), (96, 26, 52)]
# the faces a page's fixed-width lines are printed in (a courier's roll, a collection agent's printer, a
# typewriter)
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# heldout275's Devanagari faces (Noto Sans and Noto Serif Devanagari) and heldout277's Noto Nastaliq Urdu
HINDI_FACES = [h275.DEV, h275.DEV_BOLD, h275.DEV_SERIF, h275.DEV_SERIF_BOLD, h277.URDU]
# the mul cotton, georgette and chanderi grounds chikan is worked on (powder blue, blush, mint, lilac,
# pistachio, peach) and the white of its thread
GROUNDS = [
    (184, 206, 232),
    (236, 194, 196),
    (186, 220, 202),
    (210, 196, 232),
    (210, 226, 180),
    (238, 208, 176),
]
THREAD = (252, 252, 246)
# the fugitive blue (neel and gum) the designs are block printed in before they are worked
NEEL = (88, 116, 186)

# ---------------------------------------------------------------- the firm

FIRM = "Nazakat Chikan Kaarigari LLP"
FIRM_CAPS = FIRM.upper()
FIRM_HI = "नज़ाकत चिकन कारीगरी एलएलपी"
FIRM_UR = "نزاکت چکن کاریگری"
# the firm's name as a bank's beneficiary field cuts it
CUT = "NAZAKAT CHIKAN KAARIGAR"
SHOP = "Nazakat Chikan House"
SHOP_CAPS = SHOP.upper()
SHOP_HI = "नज़ाकत चिकन हाउस"
SHOP_UR = "نزاکت چکن ہاؤس"
KARKHANA = "Nazakat Karkhana"
WEB = "nazakatchikan.in"
GSTIN = "09AAWFN6183J1Z4"
PAN = "AAWFN6183J"
LLPIN = "AAZ-4417"
UDYAM = "UDYAM-UP-43-0058216"
PARTNER = "Shamim Ahmad Siddiqui"
PARTNER2 = "Nuzhat Siddiqui"
SON = "Faraz Siddiqui"
ADDRESS = "32, Phoolwali Gali, Chowk, Lucknow - 226003"
TOWN = "Chowk, Lucknow - 226003"
SHOP_AT = "G-14, Janpath Market, Hazratganj, Lucknow - 226001"
BANK_LINE = "HDFC Bank, Hazratganj, Lucknow"
BIC = "HDFCINBB"
# Eid al-Fitr (20 March 2026), before which the karigars' advances are paid and the showroom's rush comes;
# the Lucknow Mahotsav at Smriti Upvan, where the firm keeps stall 114 (25 November to 5 December 2026)
EID = dt.date(2026, 3, 20)
MAHOTSAV, MAHOTSAV_DAYS = dt.date(2026, 11, 25), 11
IFSC = {
    "HDFC Bank": "HDFC",
    "Baroda U.P. Bank": "BARB",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "Bank of India": "BKID",
    "Central Bank of India": "CBIN",
    "Indian Bank": "IDIB",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Yes Bank": "YESB",
    "IDFC FIRST Bank": "IDFB",
    "The Lucknow District Co-operative Bank": "UPCB",
    "Citibank": "CITI",
}
# the firm's work sold: name, HSN, price each (low, high); a garment's GST is 5% up to Rs. 2,500 a piece and
# 18% above it, fabric's and a saree's 5%
WORKS = [
    ("Chikan kurta, cotton mul, tepchi and phanda", "6204", 1150, 2450),
    ("Chikan kurta, georgette, full jaal", "6204", 3800, 9800),
    ("Chikan saree, georgette, bakhiya and murri", "5407", 6500, 24000),
    ("Chikan saree, chanderi, keel kangan", "5007", 9500, 28000),
    ("Chikan dupatta, mul cotton", "6214", 850, 2200),
    ("Chikan anarkali, georgette, mukaish", "6204", 7800, 18500),
    ("Men's chikan kurta, cotton", "6211", 1600, 2450),
    ("Chikan palazzo set, rayon", "6204", 1450, 2450),
    ("Chikan table linen set, 6 napkins", "6302", 900, 2200),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Chikan kurta, cotton mul, tepchi and phanda": "Kurta mul",
    "Chikan kurta, georgette, full jaal": "Kurta georgette jaal",
    "Chikan saree, georgette, bakhiya and murri": "Saree georgette",
    "Chikan saree, chanderi, keel kangan": "Saree chanderi",
    "Chikan dupatta, mul cotton": "Dupatta mul",
    "Chikan anarkali, georgette, mukaish": "Anarkali mukaish",
    "Men's chikan kurta, cotton": "Gents kurta",
    "Chikan palazzo set, rayon": "Palazzo set",
    "Chikan table linen set, 6 napkins": "Table linen set",
}
# the same in the Hindi a stall's hand writes
SHORT_HI = {
    "Chikan kurta, cotton mul, tepchi and phanda": "कुर्ता मलमल",
    "Chikan kurta, georgette, full jaal": "कुर्ता जॉर्जेट",
    "Chikan saree, georgette, bakhiya and murri": "साड़ी जॉर्जेट",
    "Chikan saree, chanderi, keel kangan": "साड़ी चंदेरी",
    "Chikan dupatta, mul cotton": "दुपट्टा",
    "Chikan anarkali, georgette, mukaish": "अनारकली",
    "Men's chikan kurta, cotton": "जेंट्स कुर्ता",
    "Chikan palazzo set, rayon": "प्लाज़ो सेट",
    "Chikan table linen set, 6 napkins": "टेबल सेट",
}
CUSTOMERS = [
    "Mrs. Shabnam Rizvi",
    "Ms. Ananya Tandon",
    "Mr. Rakesh Agarwal",
    "Dr. Sadia Naqvi",
    "Mrs. Meenu Kapoor",
    "Mr. Ashutosh Bajpai",
    "Ms. Priyanka Saxena",
]
# the embroiderers (women working at home in Kakori, Malihabad and Chinhat) and the karkhana's men: the block
# printer, the cutting master and the finisher; the showroom's staff
KARIGARS = [
    "Shabana Bano",
    "Rukhsana Khatoon",
    "Kamla Devi",
    "Nasreen Fatima",
    "Sunita Rawat",
    "Shahnaz Parveen",
    "Guddi Devi",
    "Afsana Begum",
]
CENTRES = ["Kakori", "Malihabad", "Chinhat", "Bakshi Ka Talab", "Mohanlalganj"]
PRINTER = "Mohd. Irfan"
CUTTER = "Salim Ansari"
STAFF = ["Vivek Mishra", "Heena Khan"]
# the months as an app set in Hindi prints them
HI_MONTHS = [
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
]


def gst_rate(hsn: str, price: float) -> float:
    """A garment's GST (5% up to Rs. 2,500 a piece, 18% above it); fabric's, a saree's and linen's 5%."""
    if hsn in ("6204", "6211", "6214") and price > 2500:
        return 18.0
    return 5.0


def pieces(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's chikan sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 3) if lo >= 6000 else rng.randrange(1, 6)
        if "dupatta" in name or "kurta, cotton" in name:
            q = rng.randrange(2, 9)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 3000 else 50))))
    return out


def move(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Mahotsav's, the days before Eid), its UPI / card reference made
    again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "HDFC")
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


def hi_day(day: dt.date) -> str:
    """A day as an app set in Hindi prints it: the day's figures, the month's Hindi name, the year."""
    return f"{day.day} {HI_MONTHS[day.month - 1]} {day.year}"


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(21, 740), len(shares))
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


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h307", {"marks": {}, "decor": [], "frame": None})


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


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lb07", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb07"] = 0.76
    h269.row(p, "lb07", text, **facts)


def note(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line in small letters in the label's ink (a note, a message's hour), in as many lines as it needs
    (the facts on the first)."""
    name = f"nt07{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(lines_of(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


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


# ---------------------------------------------------------------- Hindi and Urdu (heldout275's and heldout277's)


def hindi(p: Screen, text: str, **kw) -> None:
    """heldout275's Hindi line (a name over its English, a heading, an app's words, a bank's SMS), its Latin
    runs and figures in the page's face."""
    h275.dev(p, text, **kw)


def hindi_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Hindi sentence set left in as many lines as it needs within ``share`` of the room (the facts on its
    first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and h275.mixed_width(f"{line} {word}", p.font, size) > room:
            hindi(p, line, scale=scale, align="l", **(facts if first else {}))
            first, line = False, word
        else:
            line = f"{line} {word}".strip()
    hindi(p, line, scale=scale, align="l", **(facts if first else {}))


def hindi_hand(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.15, **facts
) -> None:
    """heldout275's Hindi hand (Noto Serif Devanagari slanted as a pen slants it, its figures upright), in this
    set's pens' inks; ``figure`` written at the right end of the line."""
    pen_of(p)
    h275.dhand(p, text, align=align, scale=scale, figure=figure, **facts)


def hindi_label(
    p: Screen, hi: str, en: str, value: str, *, at: float = 0.42, pen: bool = False, **facts
) -> None:
    """heldout275's label of two lines, its Hindi over its English, the value beside them (printed, in bold
    where ``bold``, or written by hand in this set's pen)."""
    if pen:
        pen_of(p)
    h275.dlab(p, hi, en, value, at=at, pen=pen, **facts)


def urdu(p: Screen, text: str, **kw) -> None:
    """heldout277's Urdu line in Noto Nastaliq Urdu, set right to left (a name beside its Hindi)."""
    h277.urdu(p, text, **kw)


def hilab(p: Screen, hi: str, en: str, value: str, *, at: float = 0.46, bold: bool = False, **facts) -> None:
    """This set's bilingual label of one line: the Hindi in bold and its English after a slash in the label's
    ink, a colon at ``at`` of the room, the value after it (a Lucknow office's receipt)."""
    size = p.style["size"]
    head = f"{hi} / {en}"
    assert h275.mixed_ok(head, p.font), head
    need = h275.mixed_width(hi, p.font, int(size * 0.9), bold=True) + load_font(
        p.font, int(size * 0.76)
    ).getlength(f" / {en}")
    assert need + 14 <= at * room_of(p), (head, need, at * room_of(p))
    vfont = bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value), value
    assert load_font(vfont, size).getlength(value) + 14 <= (1 - at) * room_of(p), value
    put(p, "t07hl", hi, en, value, mark_=[at, bold], **facts)


def hsms(p: Screen, text: str, *, share: float = 0.92, scale: float = 0.92, **facts) -> None:
    """A bank's SMS in Hindi set left in lines of heldout275's Hindi (the facts on its first line)."""
    hindi_wrap(p, text, share=share, scale=scale, **facts)


# ---------------------------------------------------------------- this set's rows and marks


def buti(p: Screen) -> None:
    """A chikan buti in its wooden embroidery hoop as a letterhead's emblem: a round of pastel mul held in the
    hoop's two rings under its brass screw, a paisley (keri) on it outlined in white tepchi (running stitch)
    and filled with bakhiya (shadow work, the thread's herringbone showing through the cloth as a paler
    shade), a vine of murri (rice-grain knots) and phanda (round knots) beside it, and the end of the vine
    still in its printed fugitive blue, not yet worked; centred, three lines high."""
    put(p, "t07bt", "", mark_=[p.rng.randrange(len(GROUNDS)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def bel(p: Screen) -> None:
    """A strip of chikan work as a divider across the page: a band of pastel mul with a bel (a running vine)
    in white tepchi along it, bakhiya leaves paired on it and phanda flowers of five knots between them, the
    band's last stretch still only printed in blue; one line high."""
    put(p, "t07bl", "", mark_=[p.rng.randrange(len(GROUNDS)), p.rng.randrange(10**6)])


def threads(p: Screen) -> None:
    """Snipped ends of white and pastel thread, a curl of mukaish (flattened silver wire), a needle with its
    thread and spots of the printer's blue in the page's margins (the karkhana's table)."""
    ext(p)["decor"].append(["threads", p.rng.randrange(10**6)])


def thumb_mark(p: Screen, caption_: str) -> None:
    """A left thumb's impression in a stamp pad's black ink (a whorl of ridges, heavier at one side where
    the thumb was rolled) in a ruled box at the right, its caption in Hindi under it; four lines high (the
    rows beside it left empty)."""
    assert h275.mixed_ok(caption_, p.font), caption_
    put(p, "t07th", caption_, mark_=[p.rng.randrange(10**6), p.rng.uniform(-24, 24)])
    for _ in range(3):
        p.add("gap")


def on_muslin(p: Screen) -> None:
    """The page photographed lying on a length of mul printed for the embroiderers: rows of paisleys and a
    vine border block printed in fugitive blue on the white cloth, a few of them already worked over in
    white, the cloth's fine weave, a carved sheesham printing block (its blue-stained face down, its knob
    up) beside the page, the page's shadow, the page a little askew."""
    ext(p)["frame"] = ["muslin", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _keri(
    cx: float, cy: float, size: float, angle: float, bend: float, n: int = 90
) -> list[tuple[float, float]]:
    """A paisley's outline (a teardrop whose tip sweeps over and curls to one side), ``size`` tall, turned by
    ``angle``; ``bend`` below zero curls it the other way."""
    pts = []
    a = math.radians(angle)
    for i in range(n):
        t = i / n * math.tau
        x = math.sin(t) * abs(math.sin(t / 2)) ** 1.3 * 0.7
        y = -math.cos(t)
        share = (1 - (y + 1) / 2) ** 4
        x += bend * share
        y += 0.25 * share
        xr, yr = x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)
        pts.append((cx + xr * size / 2, cy + yr * size / 2))
    return pts


def _tepchi(
    d: ImageDraw.ImageDraw,
    pts: list[tuple[float, float]],
    colour,
    width: int,
    dash: float,
    gap: float,
    closed: bool = True,
) -> None:
    """Running stitch along a path: short dashes of thread with gaps between them."""
    path = pts + [pts[0]] if closed else pts
    left, on = dash, True
    for (x0, y0), (x1, y1) in zip(path, path[1:]):
        seg = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while pos < seg:
            step = min(left, seg - pos)
            a = pos / seg if seg else 0
            b = (pos + step) / seg if seg else 0
            if on:
                d.line(
                    (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a, x0 + (x1 - x0) * b, y0 + (y1 - y0) * b),
                    fill=colour,
                    width=width,
                )
            pos += step
            left -= step
            if left <= 1e-6:
                on = not on
                left = dash if on else gap


def _leaf(cx: float, cy: float, length: float, angle: float, n: int = 24) -> list[tuple[float, float]]:
    """A leaf's outline (two arcs meeting at its tip and its stalk), ``length`` long, turned by ``angle``."""
    pts = []
    for i in range(n):
        t = i / n * math.tau
        x, y = math.cos(t) * length / 2, math.sin(t) * length / 2 * 0.36 * (1 - 0.5 * math.cos(t) ** 2)
        a = math.radians(angle)
        pts.append((cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)))
    return pts


def _shadow_fill(layer: Image.Image, pts, ground, share: float = 0.42) -> None:
    """Bakhiya: the shape filled a paler shade of the ground (the herringbone worked behind the cloth showing
    through it), a few of its criss-crossing threads faintly seen."""
    d = ImageDraw.Draw(layer)
    d.polygon(pts, fill=_tint((255, 255, 255), ground, share) + (255,))
    xs, ys = [q[0] for q in pts], [q[1] for q in pts]
    mask = Image.new("L", layer.size, 0)
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    lines = Image.new("RGBA", layer.size, (0, 0, 0, 0))
    ld = ImageDraw.Draw(lines)
    tone = _tint((255, 255, 255), ground, share + 0.2) + (200,)
    span = max(max(xs) - min(xs), max(ys) - min(ys))
    step = max(3.0, span / 9)
    x = min(xs) - span
    while x < max(xs) + span:
        ld.line((x, min(ys), x + span, max(ys)), fill=tone, width=1)
        ld.line((x + span, min(ys), x, max(ys)), fill=tone, width=1)
        x += step
    layer.paste(lines, (0, 0), Image.composite(lines, Image.new("RGBA", layer.size, (0, 0, 0, 0)), mask))


def _knot(d: ImageDraw.ImageDraw, x: float, y: float, r: float, colour) -> None:
    """A phanda: a round knot of thread with its shadow."""
    d.ellipse((x - r + r * 0.3, y - r + r * 0.35, x + r + r * 0.3, y + r + r * 0.35), fill=(0, 0, 0, 40))
    d.ellipse((x - r, y - r, x + r, y + r), fill=colour + (255,))
    d.ellipse((x - r * 0.45, y - r * 0.55, x - r * 0.05, y - r * 0.15), fill=(255, 255, 255, 255))


def _grain(d: ImageDraw.ImageDraw, x: float, y: float, r: float, angle: float, colour) -> None:
    """A murri: a rice grain of knotted thread, ``angle`` along the vine."""
    a = math.radians(angle)
    pts = []
    for i in range(12):
        t = i / 12 * math.tau
        px, py = math.cos(t) * r * 1.5, math.sin(t) * r * 0.7
        pts.append((x + px * math.cos(a) - py * math.sin(a), y + px * math.sin(a) + py * math.cos(a)))
    d.polygon([(q[0] + r * 0.3, q[1] + r * 0.3) for q in pts], fill=(0, 0, 0, 36))
    d.polygon(pts, fill=colour + (255,))


def _weave(rgb: np.ndarray, seed: int, strength: float = 6.0) -> np.ndarray:
    """A fine cloth's weave: faint threads across and down."""
    g = np.random.default_rng(seed)
    h, w = rgb.shape[:2]
    rows_ = g.normal(0, strength, (h, 1, 1))
    cols_ = g.normal(0, strength * 0.8, (1, w, 1))
    return np.clip(rgb + rows_ + cols_, 0, 255)


def _buti(page: Image.Image, cx: float, top_y: float, h: float, ground_i: int, seed: int) -> None:
    """The emblem: the hoop's two wooden rings and brass screw round a disc of mul, the paisley worked on it in
    tepchi and bakhiya, a vine of murri and phanda with its end still printed in blue; drawn three times over
    and brought down, a soft shadow under the hoop."""
    srng = random.Random(seed)
    ground = GROUNDS[ground_i]
    k = 3
    S = int(h * k)
    art = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    c = S / 2
    ro, ri = S * 0.49, S * 0.42
    # the cloth
    cloth = np.full((S, S, 3), ground, dtype=np.float32)
    cloth = _weave(cloth, srng.randrange(10**6), 2.2)
    yy, xx = np.mgrid[0:S, 0:S].astype(np.float32)
    glow = 1.0 + 0.06 * np.exp(-(((xx - S * 0.4) ** 2 + (yy - S * 0.38) ** 2) / (S * 0.3) ** 2))
    cloth = np.clip(cloth * glow[..., None], 0, 255)
    disc = Image.fromarray(cloth.astype(np.uint8), "RGB").convert("RGBA")
    mask = Image.new("L", (S, S), 0)
    ImageDraw.Draw(mask).ellipse((c - ri, c - ri, c + ri, c + ri), fill=255)
    art.paste(disc, (0, 0), mask)
    # the work: the paisley in the disc's left half, the vine rising in its right half
    work = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    side = srng.choice([-1, 1])
    size = ri * 1.25
    kx, ky = c - side * ri * 0.2, c + ri * 0.08
    tilt = side * srng.uniform(10, 22)
    outline = _keri(kx, ky, size, tilt, side * 0.9)
    inner = _keri(kx - side * size * 0.04, ky + size * 0.1, size * 0.55, tilt, side * 0.7)
    _shadow_fill(work, inner, ground, 0.55)
    d = ImageDraw.Draw(work)
    _tepchi(d, outline, THREAD + (255,), max(3, int(k * 1.5)), k * 3.6, k * 2.0)
    _tepchi(d, inner, THREAD + (255,), max(2, int(k)), k * 2.6, k * 1.6)
    # phanda knots round the paisley's belly, a murri in its heart
    for i in range(6, len(outline) - 6, 7):
        px, py = outline[i]
        vx, vy = px - kx, py - ky
        norm = math.hypot(vx, vy) or 1
        _knot(d, px + vx / norm * k * 5, py + vy / norm * k * 5, k * 1.7, THREAD)
    _grain(d, kx - side * size * 0.04, ky + size * 0.14, k * 2.2, 90 + tilt, THREAD)
    # the vine: worked in tepchi with bakhiya leaves and murri, its end only printed in blue
    vine = []
    for i in range(40):
        t = i / 39
        vine.append(
            (
                c + side * (ri * 0.32 + t * ri * 0.28 + math.sin(t * 6.0) * ri * 0.07),
                c + ri * 0.7 - t * ri * 1.35,
            )
        )
    worked = int(len(vine) * srng.uniform(0.6, 0.72))
    _tepchi(d, vine[:worked], THREAD + (255,), max(2, int(k * 1.2)), k * 2.8, k * 1.8, closed=False)
    for n_, i in enumerate(range(3, worked - 1, 6)):
        (ax, ay), (bx, by) = vine[i], vine[i + 1]
        ang = math.degrees(math.atan2(by - ay, bx - ax))
        turn = 1 if n_ % 2 else -1
        leaf = _leaf(ax + turn * k * 8, ay + k * 2, k * 15, ang + turn * 50)
        _shadow_fill(work, leaf, ground, 0.55)
        d = ImageDraw.Draw(work)
        _tepchi(d, leaf, THREAD + (255,), max(1, int(k * 0.8)), k * 1.8, k * 1.2)
        _grain(d, ax - turn * k * 6, ay - k * 3, k * 1.8, ang - turn * 35, THREAD)
    for i in range(worked, len(vine) - 1, 2):
        (ax, ay), (bx, by) = vine[i], vine[i + 1]
        d.line((ax, ay, bx, by), fill=NEEL + (235,), width=max(2, int(k * 0.9)))
    lx, ly = vine[-1]
    leaf = _leaf(lx - side * k * 8, ly + k * 4, k * 14, side * 130)
    d.line(leaf + [leaf[0]], fill=NEEL + (235,), width=max(1, int(k * 0.8)))
    for n_ in range(5):
        a = n_ * math.tau / 5
        px, py = lx + math.cos(a) * k * 4, ly - k * 2 + math.sin(a) * k * 4
        d.ellipse((px - k * 1.3, py - k * 1.3, px + k * 1.3, py + k * 1.3), outline=NEEL + (235,), width=k)
    art.alpha_composite(Image.composite(work, Image.new("RGBA", (S, S), (0, 0, 0, 0)), mask))
    # the hoop: the inner ring, the outer ring over it, the screw at the top
    d = ImageDraw.Draw(art)
    wood, dark = srng.choice([((206, 164, 108), (150, 108, 62)), ((190, 140, 86), (132, 92, 50))])
    d.ellipse(
        (c - ri - k * 2, c - ri - k * 2, c + ri + k * 2, c + ri + k * 2), outline=dark + (255,), width=k * 2
    )
    d.ellipse((c - ro, c - ro, c + ro, c + ro), outline=dark + (255,), width=int(k * 1.5))
    d.ellipse(
        (c - ro + k * 1.5, c - ro + k * 1.5, c + ro - k * 1.5, c + ro - k * 1.5),
        outline=wood + (255,),
        width=int(ro - ri - k * 3),
    )
    d.arc(
        (c - ro + k * 3, c - ro + k * 3, c + ro - k * 3, c + ro - k * 3),
        200,
        290,
        fill=_tint((255, 255, 255), wood, 0.45) + (255,),
        width=k * 2,
    )
    bw_, bh_ = S * 0.1, S * 0.07
    d.rectangle(
        (c - bw_ / 2, c - ro - bh_ * 0.6, c + bw_ / 2, c - ro + bh_ * 0.5),
        fill=(186, 152, 64, 255),
        outline=(120, 94, 30, 255),
        width=k,
    )
    d.rectangle(
        (c - bw_ * 0.9, c - ro - bh_ * 0.25, c + bw_ * 0.9, c - ro + bh_ * 0.1),
        fill=(208, 178, 92, 255),
        outline=(120, 94, 30, 255),
        width=k,
    )
    small = art.resize((int(S / k), int(S / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    shadow = Image.new("L", page.size, 0)
    ImageDraw.Draw(shadow).ellipse(
        (
            x0_ + small.width * 0.08,
            y0_ + small.height * 0.1,
            x0_ + small.width * 1.0,
            y0_ + small.height * 1.02,
        ),
        fill=60,
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(4))
    page.paste(Image.composite(Image.new("RGB", page.size, (96, 88, 80)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _bel(page: Image.Image, x0: float, x1: float, y0: float, y1: float, ground_i: int, seed: int) -> None:
    """The divider: a band of mul, a vine in tepchi along it with bakhiya leaves paired on it and phanda
    flowers between them, its last stretch printed in blue and not yet worked; its edges a little frayed."""
    srng = random.Random(seed)
    ground = GROUNDS[ground_i]
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    W, H = w * k, h * k
    cloth = _weave(np.full((H, W, 3), ground, dtype=np.float32), srng.randrange(10**6), 2.2)
    art = Image.fromarray(cloth.astype(np.uint8), "RGB").convert("RGBA")
    d = ImageDraw.Draw(art)
    # the frayed edges: loose threads along the top and foot
    for yy in (0, H - 1):
        for xx in range(0, W, 4):
            if srng.random() < 0.35:
                d.line(
                    (
                        xx,
                        yy,
                        xx + srng.uniform(-2, 2),
                        yy + (srng.uniform(2, 6) if yy == 0 else -srng.uniform(2, 6)),
                    ),
                    fill=_tint((255, 255, 255), ground, 0.3) + (255,),
                    width=1,
                )
    mid, amp = H / 2, H * 0.18
    period = H * srng.choice([2.4, 2.8, 3.2])
    pts = [(xx, mid + amp * math.sin(xx / period * math.tau)) for xx in range(0, W + 1, 3)]
    stop = int(len(pts) * srng.uniform(0.78, 0.88))
    _tepchi(d, pts[:stop], THREAD + (255,), max(2, k), k * 3.0, k * 2.0, closed=False)
    for i in range(stop, len(pts) - 1, 2):
        d.line((*pts[i], *pts[i + 1]), fill=NEEL + (235,), width=k)
    n = 0
    xx = period / 4
    while xx < W - period / 4:
        yy = mid + amp * math.sin(xx / period * math.tau)
        done = xx < pts[stop][0]
        for s_ in (-1, 1):
            leaf = _leaf(xx + k * 4, yy + s_ * H * 0.2, H * 0.34, s_ * 35)
            if done:
                _shadow_fill(art, leaf, ground, 0.5)
            else:
                _tepchi(ImageDraw.Draw(art), leaf, NEEL + (235,), max(1, k - 1), k * 1.5, k * 1.0)
        d = ImageDraw.Draw(art)
        fx = xx + period / 4
        fy = mid + amp * math.sin(fx / period * math.tau) + (H * 0.22 if n % 2 else -H * 0.22)
        for m in range(5):
            a = m * math.tau / 5 + 0.3
            px, py = fx + math.cos(a) * H * 0.1, fy + math.sin(a) * H * 0.1
            if done:
                _knot(d, px, py, H * 0.05, THREAD)
            else:
                d.ellipse(
                    (px - H * 0.04, py - H * 0.04, px + H * 0.04, py + H * 0.04),
                    outline=NEEL + (235,),
                    width=max(1, k - 1),
                )
        xx += period / 2
        n += 1
    small = art.resize((w, h), Image.LANCZOS).convert("RGB")
    page.paste(small, (int(x0), int(y0)))


def _curl(d: ImageDraw.ImageDraw, x: float, y: float, length: float, seed: int, colour, edge) -> None:
    """A snipped thread lying in loose curls."""
    srng = random.Random(seed)
    pts = []
    a = srng.uniform(0, math.tau)
    turn = srng.uniform(-0.5, 0.5)
    for i in range(24):
        pts.append((x, y))
        a += turn + math.sin(i * 0.7) * 0.35
        x += math.cos(a) * length / 24
        y += math.sin(a) * length / 24
    d.line(pts, fill=edge, width=3)
    d.line(pts, fill=colour, width=1)


def _threads(page: Image.Image, seed: int) -> Image.Image:
    """The margins: thread ends in curls, a curl of mukaish, a needle with its thread, spots of the blue."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    spots = Image.new("RGBA", page.size, (0, 0, 0, 0))
    sd = ImageDraw.Draw(spots)
    d = ImageDraw.Draw(layer)

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(8, MARGIN - 12) if left else srng.uniform(width - MARGIN + 12, width - 8)
        return x, srng.uniform(30, height - 30)

    for _ in range(srng.randrange(3, 6)):
        x, y = spot()
        colour = srng.choice([THREAD, THREAD, (244, 200, 206), (206, 226, 244), (226, 240, 206)])
        _curl(d, x, y, srng.uniform(26, 40), srng.randrange(10**6), colour, (176, 176, 180))
    x, y = spot()
    pts = [(x + math.sin(i * 1.3) * 3, y + i * 2.2) for i in range(10)]
    d.line(pts, fill=(120, 120, 128), width=3)
    d.line(pts, fill=(214, 214, 222), width=1)
    x, y = spot()
    length = srng.uniform(36, 46)
    d.line((x, y, x + 2, y + length), fill=(110, 110, 118), width=2)
    d.line((x - 0.5, y + 2, x + 1.5, y + length - 4), fill=(206, 206, 214), width=1)
    d.ellipse((x - 1.6, y + 2, x + 1.8, y + 8), outline=(90, 90, 96))
    _curl(d, x + 1, y + 5, srng.uniform(30, 44), srng.randrange(10**6), THREAD, (170, 170, 176))
    for _ in range(srng.randrange(2, 4)):
        x, y = spot()
        r = srng.uniform(2.5, 5.0)
        for _ in range(srng.randrange(2, 4)):
            ox, oy = srng.uniform(-r, r), srng.uniform(-r, r)
            sd.ellipse((x + ox - r, y + oy - r, x + ox + r, y + oy + r), fill=NEEL + (90,))
    layer.alpha_composite(spots.filter(ImageFilter.GaussianBlur(0.8)))
    return layer.convert("RGB")


def _thumb(page: Image.Image, x0: float, y0: float, side: float, seed: int, angle: float) -> None:
    """The impression: a whorl of ridges (a spiral round a core, loops opening towards the tip), heavier at
    one side where the thumb was rolled, in a stamp pad's black ink."""
    srng = random.Random(seed)
    w, h = int(side * 0.6), int(side * 0.8)
    W, H = w * 3, h * 3
    layer = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(layer)
    cx, cy = W / 2, H * 0.55
    wob = [srng.uniform(0, math.tau) for _ in range(3)]
    pts = []
    t = 0.0
    while True:
        r = 3 + t * 2.3
        if r > W * 0.6:
            break
        r += 1.8 * math.sin(t * 3 + wob[0]) + 1.2 * math.sin(t * 5 + wob[1])
        pts.append((cx + math.cos(t) * r, cy + math.sin(t) * r * 1.3))
        t += 0.06
    for (ax, ay), (bx, by) in zip(pts, pts[1:]):
        if srng.random() < 0.05:
            continue
        d.line((ax, ay, bx, by), fill=srng.randrange(190, 250), width=5)
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).ellipse((cx - W * 0.46, cy - H * 0.52, cx + W * 0.46, cy + H * 0.42), fill=255)
    heavy = Image.linear_gradient("L").rotate(90 if srng.random() < 0.5 else -90).resize((W, H))
    heavy = heavy.point(lambda v: 150 + v * 105 // 255)
    layer = Image.composite(layer, Image.new("L", (W, H), 0), mask.filter(ImageFilter.GaussianBlur(8)))
    layer = Image.composite(layer, Image.new("L", (W, H), 0), heavy)
    layer = layer.rotate(angle, resample=Image.BICUBIC).resize((w, h), Image.LANCZOS)
    layer = layer.filter(ImageFilter.GaussianBlur(0.6))
    ink = Image.new("RGB", layer.size, (34, 34, 40))
    page.paste(ink, (int(x0 + (side - w) / 2), int(y0 + (side - h) / 2)), layer)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: a Hindi label with its English after a slash, a chikan buti
    in its hoop as an emblem, a strip of chikan work as a divider, a thumb's impression, thread ends in the
    margins."""
    page = h294._render(rows, font, style)
    x = style.get("h307")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t07"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t07hl":
            at, bold = m
            h275.draw_mixed(draw, (MARGIN, y), r[1], font, int(size * 0.9), ink, bold=True)
            hx = MARGIN + h275.mixed_width(r[1], font, int(size * 0.9), bold=True)
            small = load_font(font, int(size * 0.76))
            draw.text((hx, y + size * 0.12), f" / {r[2]}", font=small, fill=soft)
            cx = MARGIN + at * room
            face = load_font(font, size)
            draw.text((cx - 10, y), ":", font=face, fill=soft)
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text((cx + 4, y), r[3], font=vface, fill=ink)
        elif name == "t07bt":
            ground_i, seed = m
            _buti(page, width / 2, top_y + line * 0.06, line * 2.85, ground_i, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t07bl":
            ground_i, seed = m
            _bel(page, MARGIN, width - MARGIN, top_y + line * 0.14, top_y + line * 0.92, ground_i, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t07th":
            seed, angle = m
            side = line * 3.0
            bx0, by0 = width - MARGIN - side, top_y + 2
            draw.rectangle((bx0, by0, bx0 + side, by0 + side), outline=soft, width=1)
            _thumb(page, bx0, by0, side, seed, angle)
            draw = ImageDraw.Draw(page)
            s_ = int(size * 0.7)
            tw = h275.mixed_width(r[1], font, s_)
            h275.draw_mixed(draw, (bx0 + (side - tw) / 2, by0 + side + 3), r[1], font, s_, soft)
    for what in x["decor"]:
        if what[0] == "threads":
            page = _threads(page, what[1])
    return page


def _block(base: Image.Image, x: float, y: float, w: float, h: float, angle: float, seed: int) -> None:
    """A carved sheesham printing block lying face down beside the page: its dark wood and grain, a bevel,
    the blue of the last printing round its foot, its turned knob on top."""
    srng = random.Random(seed)
    W, H = int(w), int(h)
    blk = Image.new("RGBA", (W + 20, H + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(blk)
    wood = (98, 58, 34)
    d.rounded_rectangle(
        (10, 10, 10 + W, 10 + H), radius=6, fill=wood + (255,), outline=(60, 34, 20, 255), width=2
    )
    for k in range(18):
        gy = 14 + k * (H - 8) / 18 + srng.uniform(-2, 2)
        d.line(
            (14, gy, 6 + W, gy + srng.uniform(-3, 3)), fill=_tint((150, 100, 64), wood, 0.5) + (255,), width=1
        )
    d.line((12, 12, 8 + W, 12), fill=_tint((190, 140, 100), wood, 0.5) + (255,), width=2)
    d.line((12, 12, 12, 8 + H), fill=_tint((190, 140, 100), wood, 0.4) + (255,), width=2)
    for xx in range(14, 8 + W, 5):
        d.line((xx, 6 + H, xx + srng.uniform(-2, 2), 10 + H), fill=NEEL + (200,), width=2)
    kx, ky, kr = 10 + W / 2, 10 + H / 2, min(W, H) * 0.22
    d.ellipse((kx - kr + 3, ky - kr + 4, kx + kr + 3, ky + kr + 4), fill=(30, 18, 10, 160))
    d.ellipse(
        (kx - kr, ky - kr, kx + kr, ky + kr), fill=(128, 80, 46, 255), outline=(60, 34, 20, 255), width=2
    )
    d.ellipse((kx - kr * 0.55, ky - kr * 0.6, kx - kr * 0.05, ky - kr * 0.15), fill=(176, 124, 80, 255))
    turned = blk.rotate(angle, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 130 if v > 0 else 0), (int(x) + 7, int(y) + 8))
    shadow = shadow.filter(ImageFilter.GaussianBlur(5))
    base.paste(Image.composite(Image.new("RGB", base.size, (60, 56, 60)), base, shadow))
    base.paste(turned, (int(x), int(y)), turned)


def _muslin(image: Image.Image, seed: int) -> Image.Image:
    """The page on printed mul: the white cloth's weave, rows of paisleys and a vine border block printed in
    blue (each impression a little uneven, a few worked over in white), the printing block beside the page,
    the page's shadow, the page askew."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 96
    bw, bh = w + 2 * pad + 60, h + 2 * pad
    cloth = _weave(np.full((bh, bw, 3), (244, 243, 238), dtype=np.float32), srng.randrange(10**6), 1.8)
    base = Image.fromarray(cloth.astype(np.uint8), "RGB")
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    step_x, step_y = srng.choice([(110, 124), (124, 136)])
    row_ = 0
    for cy in range(40, bh + step_y, step_y):
        off = (step_x / 2) * (row_ % 2)
        for cx in range(int(20 + off), bw + step_x, step_x):
            worked = srng.random() < 0.18
            ang = srng.uniform(-12, 12) + (180 if row_ % 2 else 0)
            pts = _keri(cx, cy, 58, ang, 0.45)
            if worked:
                _tepchi(d, [(q[0] + 1, q[1] + 1.5) for q in pts], (120, 120, 126, 120), 3, 6, 4)
                _tepchi(d, pts, THREAD + (255,), 3, 6, 4)
            else:
                alpha = srng.randrange(120, 200)
                d.line(pts + [pts[0]], fill=NEEL + (alpha,), width=2)
                inner = _keri(cx, cy + 3, 32, ang, 0.4, 40)
                for q in inner[::3]:
                    d.ellipse((q[0] - 1.4, q[1] - 1.4, q[0] + 1.4, q[1] + 1.4), fill=NEEL + (alpha,))
        row_ += 1
    for yy in (14, bh - 22):
        pts = [(xx, yy + 5 * math.sin(xx / 18)) for xx in range(0, bw, 3)]
        d.line(pts, fill=NEEL + (170,), width=2)
        for xx in range(9, bw, 28):
            for s_ in (-1, 1):
                lf = _leaf(xx, yy + 5 * math.sin(xx / 18) + s_ * 7, 14, s_ * 40, 14)
                d.line(lf + [lf[0]], fill=NEEL + (170,), width=1)
    base = Image.alpha_composite(base.convert("RGBA"), layer).convert("RGB")
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 10, (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 130 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (70, 72, 80)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    _block(
        base, sx + turned.width + 4, srng.uniform(bh * 0.12, bh * 0.5), 118, 92, srng.uniform(-14, 14), seed
    )
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout305's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the printed mul a page lies on."""
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
    f = (style.get("h307") or {}).get("frame")
    if f and f[0] == "muslin":
        image = _muslin(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h275.check_faces()
    for face in [*PENS, *TYPES, *HINDI_FACES, h275.HAND_LATIN]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout307 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "NAZAKAT CHIKAN HOUSE LUCKNOW"]
VPAS = [
    "nazakatchikan@hdfcbank",
    "Q739104562@ybl",
    "nazakat.chikan@okhdfcbank",
    "nazakatchikanhouse@paytm",
    "nazakatkaarigari@okicici",
]
BUYERS = [
    ("Shabnam Rizvi", "State Bank of India"),
    ("Ananya Tandon", "HDFC Bank"),
    ("Rakesh Agarwal", "Punjab National Bank"),
    ("Sadia Naqvi", "ICICI Bank"),
    ("Meenu Kapoor", "Axis Bank"),
    ("Ashutosh Bajpai", "Bank of Baroda"),
    ("Priyanka Saxena", "Kotak Mahindra Bank"),
    ("Iqbal Hasan", "Union Bank of India"),
]
NOTES = ["chikan kurta", "eid shopping", "georgette saree", "dupatta x3", "anarkali order", "mahotsav"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Punjab National Bank": "PNB",
        "ICICI Bank": "ICICI",
        "HDFC Bank": "HDFC",
        "Axis Bank": "Axis",
        "Bank of Baroda": "BoB",
        "Kotak Mahindra Bank": "Kotak",
        "Union Bank of India": "Union Bank",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Nazakat Chikan House or the firm: PhonePe Business on the showroom's phone (the showroom
    under the app's bar, a large round tick, Payment Received, the sum set large, "from <buyer>"; UPI Ref. No.,
    Date & Time and Paid via in shaded labels; the SmartSpeaker's announcement); Airtel Thanks' UPI payment
    under an octagon's tick ("Today, <hour>"; the sum, "Paid to" over the payee; UPI Ref. No. and Paid from
    two to a row, labels small over their values; no day); PayZapp's payment failed under a large round
    cross (the sum, "to <payee>", the reason in a notice; each label small over its value: Transaction ID,
    Attempted on, Pay from); Paytm set in Hindi (a large round tick, "भुगतान सफल" (payment successful), the
    sum, "प्राप्तकर्ता" (recipient) over the payee and its UPI ID, the day with its month's Hindi name and the
    hour; "UPI संदर्भ संख्या" (UPI reference number) over its value, "<bank> खाते ••1234 से भुगतान किया" (paid
    from <bank> account ••1234)); Bajaj Finserv's Bajaj Pay UPI payment (Payment successful, the sum in a
    tinted panel, "Paid to" over the payee, "on <day> at <hour>", From; no reference); PhonePe's Transaction
    Successful (its hour on its day under the outcome; Paid to and the sum on a line, the payee's UPI ID;
    Transfer Details: Transaction ID, Debited from, UTR); BHIM's transaction pending under a spinner (the sum,
    "to <payee>", its stages left to right, a notice; each label small over its value: UPI Transaction ID,
    Initiated on, Account); Google Pay's Completed (the payee's initials in a round badge, "To <payee>" and its
    UPI ID, the sum, a large round tick, the day and hour; UPI transaction ID, To, From, Google transaction ID
    each label over its value). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=700, high=48000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    if k in (0, 3) and rng.random() < 0.5:
        move(j, rng, EID - dt.timedelta(days=24), 24)
    if k == 0:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "PhonePe Business"], dark=False, buttons=("Share",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe Business", "Payments")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Janpath Market, Hazratganj, Lucknow")
        p.add("gap")
        sicon(p, status)
        p.add("center", "Payment Received", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"from {who}")
        p.add("gap")
        kv(p, "UPI Ref. No.", j.ref, at=0.38, txn=(UTR_RANK, j.ref))
        kv(
            p,
            "Date & Time",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ", " | ")),
            at=0.38,
            date=j.date,
        )
        kv(p, "Paid via", f"UPI  |  {sb}", at=0.38, method="UPI")
        p.add("gap")
        h287.speaker(p, f"Received {num(j.amount, 'plain', 0)} rupees on PhonePe")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Share", "Done"))
        band(p, (222, 12, 28))
        app_head(p, "airtel thanks", "UPI  |  Airtel Payments Bank")
        h294.octa(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        p.add("gap")
        two_up(
            p,
            "at",
            ("UPI Ref. No.", j.ref),
            ("Paid from", f"{sb} XX{last4}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        p.add("gap")
        note(p, "Pay your bills and recharges on Airtel Thanks and win rewards.", align="c")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "PayZapp"], dark=False, buttons=("Retry", "Home"))
        band(p, (0, 70, 140))
        app_head(p, "PayZapp", "HDFC Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Payment Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "The payment could not be completed: the bank's server did not respond in time. If money was "
            "debited, it will be credited back in 3 to 5 working days.",
            "error",
        )
        tid = f"PZ{j.date:%y%m%d}{digits(rng, 10)}"
        h271.lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        h271.lab(p, "Attempted on")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ", " at ")), date=j.date)
        h271.lab(p, "Pay from")
        p.add("left", f"{sb} Savings {masked(p.font)}{last4}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Share",))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI")
        sicon(p, status)
        hindi(p, "भुगतान सफल", bold=True, scale=1.1, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        hindi(p, "प्राप्तकर्ता", soft=True, scale=0.86)
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        hindi(p, f"{hi_day(j.date)}, {hhmm(rng, lower=True)}", soft=True, scale=0.86, date=j.date)
        p.add("rule")
        hindi(p, "UPI संदर्भ संख्या", soft=True, scale=0.84, align="l")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        hindi(p, f"{sb} खाते {masked(p.font)}{last4} से भुगतान किया", scale=0.9, align="l", method="UPI")
        p.add("gap")
        hindi(p, "रसीद साझा करें", soft=True, scale=0.86)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Bajaj Finserv"], dark=False, buttons=("Done",))
        band(p, (0, 98, 168))
        app_head(p, "Bajaj Finserv", "Bajaj Pay UPI")
        p.add("center", "Payment successful", status=status)
        h273.panel(p, "Amount", rs(j.amount), (0, 98, 168), amount=j.amount)
        p.add("gap")
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add(
            "small", f"on {when(j.date, rng.choice(['{d} %b %Y', '%d/%m/%Y']))} at {hhmm(rng)}", date=j.date
        )
        p.add("gap")
        kvr(p, "From", f"{sb} {masked(p.font)}{last4}", method="UPI")
        kvr(p, "Note", rng.choice(NOTES))
        note(p, f"You earned {rng.randrange(5, 90)} Bajaj Coins on this payment.", align="c")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transaction Details"], dark=False, buttons=("Share",))
        band(p, (95, 37, 159))
        p.part = "head"
        p.add("center", "Transaction Successful", status=status)
        p.add(
            "small",
            f"{hhmm(rng, lower=True)} on {when(j.date, rng.choice(['%d %b %Y', '{d} %b %Y']))}",
            date=j.date,
        )
        p.add("gap")
        p.part = "body"
        p.add("left", "Paid to")
        name = pick(p, "left", [to, SHOP])
        p.pair(name, rs(j.amount), merchant=name, amount=j.amount)
        p.add("small", vpa)
        p.add("rule")
        p.add("left", "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        label(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        label(p, "Debited from")
        p.pair(f"XXXXXX{last4}", rs(j.amount), method="UPI")
        label(p, "UTR")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Powered by UPI  |  YES BANK")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Check status",))
        band(p, (20, 84, 150))
        app_head(p, "BHIM", "Bharat Interface for Money")
        h279.spinner(p, AMBER)
        p.add("center", "Transaction Pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h273.track(p, ["Initiated", "Debited", "Credited"], "dpt")
        boxed(
            p,
            "We are waiting for the payee's bank to confirm. Please do not pay again; the status will be "
            "updated within 48 hours.",
            "warn",
        )
        h271.lab(p, "UPI Transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        h271.lab(p, "Initiated on")
        p.add("left", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ", ", ")), date=j.date)
        h271.lab(p, "Account")
        p.add("left", f"{sb} XXXX{last4}", method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Share screenshot",))
    app_head(p, "Google Pay", "")
    name = pick(p, "center", [f"To {to}", f"To {SHOP}"])[3:]
    h273.avatar(p, initials(name), rng.choice([(26, 115, 232), (52, 168, 83), (234, 67, 53), (251, 140, 0)]))
    p.add("center", f"To {name}", merchant=name)
    p.add("small", vpa)
    p.add("big", rs(j.amount), amount=j.amount)
    sicon(p, status)
    p.add("center", "Completed", status=status)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
    p.add("rule")
    gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    label(p, "UPI transaction ID")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    label(p, "To")
    p.add("left", clip(name, 30))
    label(p, "From")
    p.add("left", f"{who} ({sb})", method="UPI")
    label(p, "Google transaction ID")
    p.add("left", gid, txn=(TXN_RANK, gid))
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


UPEC = "U.P. Export Corporation Ltd."
UPEC_HI = "उत्तर प्रदेश निर्यात निगम लिमिटेड"
AWADH_HOTELS = "Awadh Heritage Hotels Pvt. Ltd."
NOOR = "Studio Noor Couture Pvt. Ltd."
NOIDA_IT = "Tessaract Softworks India Pvt. Ltd."
RANGREZ = "Rangrez Bridal Studio"
KORA = "Kora Collective"
BHOPAL = "Zari & Mul Boutique"
LOOMS = "Indie Looms Marketplace Pvt. Ltd."


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: the U.P. Export Corporation's (its Gangotri emporia's)
    PAYMENT ADVICE under its Hindi name (its heading "भुगतान सूचना" (payment advice) in Hindi over its English;
    Letter No. and Date on a line; To, M/s the firm; Sub:; Bill No. | Bill Date | Gross | TDS-GST 2% | Net in
    a table ruled on every side, Net paid its total row; "... has been credited to your account ... through
    NEFT vide UTR No. ..."; the Finance Controller's signature); a Lucknow hotel group's Vendor Remittance
    Advice mailed from Microsoft Dynamics 365 Business Central (Vendor No. and Vendor Name, Payment Date and
    Payment Method, Document No. and Bank Reference two pairs to a row with colons; Vendor Invoice No. |
    Posting Date | Amount on hairline rows; Total Payment under a double rule); a Delhi couture label's Payment
    Made mail from Zoho Books (the sum in a tinted panel, "Paid to" over the payee; Payment #, Payment Date,
    Paid Through, Payment Mode, Reference# against a gutter; Bill# | Bill Date | Bill Amount | Payment in a
    striped table); ICICI Bank's Corporate Internet Banking with a Noida IT firm's NEFT pending the checker's
    authorisation (a capsule at the left, its stages left to right, a notice; Transaction Reference,
    Beneficiary, Amount, Payment Mode, Value Date, Debit Account in a table ruled on every side); SBI's YONO
    Business with a Kanpur bridal studio's RTGS rejected under an octagon's cross (the reason in a notice;
    Reference No., Beneficiary Name, Amount, Mode, Transaction Date, Reason in dot leaders); a Bengaluru
    brand's Slack channel under a "Today" divider (the writer's name, bold, and the hour; "Released Rs. x to
    <payee> via NEFT for PO ...", "UTR ..."; a reaction; no day); a Bhopal boutique's PAYMENT INTIMATION letter
    (Date; To, M/s the firm; "We have today remitted Rs. x/- ... by NEFT ..."; Particulars | Amount in a table
    ruled on every side; Mode of payment; the proprietor's signature; no reference); Cashfree Payouts with a
    crafts marketplace's transfer successful (a SUCCESS capsule; Transfer ID and UTR in tiles; Beneficiary,
    Amount, Transfer Mode, Processed on, Remarks against a gutter). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=15000, high=320000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet(rng, font, [780, 820])
        p.part = "head"
        hindi(p, UPEC_HI, bold=True, scale=1.05)
        top(p, pick(p, "title", [UPEC, "U.P. Export Corpn. Ltd."]))
        p.add("small", "Gangotri Emporia  |  Vipin Khand, Gomti Nagar, Lucknow - 226010")
        p.add("rule")
        hindi(p, "भुगतान सूचना", bold=True)
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        rows_, net_total = [], 0.0
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "NCK"):
            tds = round(v * 0.02, 2)
            net = round(v - tds, 2)
            net_total += net
            rows_.append(([no_, when(day, "%d.%m.%Y"), num(v), num(tds), num(net)], {}))
        j.amount = round(net_total, 2)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Punjab National Bank", way)
        ref = f"UPEC/Fin/CH/{rng.randrange(120, 980)}/{fy(j.date)}"
        cols(
            p,
            "ue0",
            [(0.0, 0.64, "l"), (0.64, 1.0, "r")],
            f"Letter No. {ref}",
            f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        name = rng.choice([FIRM, FIRM_CAPS])
        p.add("left", f"M/s {name},", merchant=name)
        p.add("left", f"{ADDRESS}.")
        p.add("gap")
        prose(p, "Sub: Payment against chikan garments supplied to Gangotri emporia.")
        p.add("gap")
        grid(
            p,
            "ue",
            [(0.0, 0.26, "l"), (0.26, 0.44, "c"), (0.44, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Bill No.", "Bill Date", "Gross", "TDS-GST 2%", "Net"],
            rows_,
            foot=(["Net paid", num(j.amount)], {"amount": j.amount}),
        )
        prose(
            p,
            f"The net amount of {rs(j.amount)} has been credited to your account with {BANK_LINE} through "
            f"{way} vide UTR No. {utr}.",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Finance Controller")
        return p.done()
    if k == 1:
        p = mail_page(
            rng,
            font,
            "Awadh Heritage Hotels - Payables <payables@awadhheritage.in>",
            ["Vendor Remittance Advice", "Remittance advice - Nazakat Chikan"],
        )
        p.part = "head"
        top(p, pick(p, "title", [AWADH_HOTELS, "Awadh Heritage Hotels"]))
        p.add("small", "Kaiserbagh, Lucknow  |  Remittance Advice")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Axis Bank", way)
        doc = f"PMT-{j.date:%y}-{rng.randrange(1000, 9999)}"
        vendor = rng.choice([FIRM_CAPS, CUT])
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.52, 0.74, "l"), (0.74, 1.0, "l")]
        h271.colkv(
            p,
            "dy1",
            spec,
            "Vendor No. :",
            f"V{rng.randrange(10000, 99999)}",
            "Doc. No. :",
            doc,
            txn=(INVOICE_RANK, doc),
        )
        h271.colkv(p, "dy2", [(0.0, 0.22, "l"), (0.22, 1.0, "l")], "Vendor :", vendor, merchant=vendor)
        h271.colkv(
            p,
            "dy1",
            spec,
            "Pay Date :",
            day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]),
            "Method :",
            way,
            date=j.date,
            method="netbanking",
        )
        h271.colkv(
            p, "dy2", [(0.0, 0.22, "l"), (0.22, 1.0, "l")], "Bank Ref. :", f"{utr} (UTR)", txn=(UTR_RANK, utr)
        )
        p.add("gap")
        spec = [(0.0, 0.38, "l"), (0.38, 0.66, "c"), (0.66, 1.0, "r")]
        cols(p, "dyh", spec, "Vendor Invoice No.", "Posting Date", "Amount", mode="line")
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "NCK"):
            cols(p, "dyl", spec, no_, when(day, "%d-%m-%Y"), num(v), mode="line")
        total(p, "Total Payment", num(j.amount), at=0.6, amount=j.amount, status=status)
        p.add("small", "Microsoft Dynamics 365 Business Central  |  This advice is system generated.")
        return p.done()
    if k == 2:
        p = mail_page(
            rng,
            font,
            "Studio Noor Couture <accounts@studionoor.in>",
            ["Payment Made - Studio Noor Couture", "Payment made against your bills"],
        )
        p.part = "head"
        top(p, pick(p, "title", [NOOR, "Studio Noor Couture"]))
        p.add("small", "Shahpur Jat, New Delhi - 110049")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT MADE", status=status)
        h273.panel(p, "Amount Paid", rs(j.amount), (30, 140, 110), amount=j.amount)
        p.add("gap")
        p.add("small", "Paid to")
        name = pick(p, "center", [FIRM, FIRM_CAPS])
        p.add("center", name, merchant=name)
        p.add("gap")
        pno = f"PM-{rng.randrange(120, 999):05d}"
        gutter(p, "zb", "Payment #", pno, at=0.4, txn=(INVOICE_RANK, pno))
        gutter(p, "zb", "Payment Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        gutter(p, "zb", "Paid Through", "HDFC Bank Current A/c", at=0.4)
        gutter(p, "zb", "Payment Mode", "IMPS", at=0.4, method="netbanking")
        gutter(p, "zb", "Reference#", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        p.add("gap")
        zebra(
            p,
            "zbz",
            [(0.0, 0.32, "l"), (0.32, 0.56, "l"), (0.56, 0.78, "r"), (0.78, 1.0, "r")],
            ["Bill#", "Bill Date", "Bill Amount", "Payment"],
            [
                ([no_, when(day, "%d %b %Y"), num(v), num(v)], {})
                for no_, day, v in bills_for(rng, j, rng.randrange(1, 3), "NCK")
            ],
            (20, 120, 96),
        )
        p.add("small", "Sent from Zoho Books")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "cib.icicibank.com/corp/payments/transaction-status")
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("small", f"Corporate Internet Banking  |  {NOIDA_IT}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction status  -  NEFT")
        pill(p, "Pending Authorisation", status, align="l")
        p.add("gap")
        h273.track(p, ["Created", "Checker", "Sent to bank", "Credited"], "dptt")
        boxed(
            p,
            "This payment has been created and is waiting for the checker's authorisation. It will be sent "
            "to the bank once it is authorised.",
            "warn",
        )
        tref = f"ICI{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        gkv(p, "ic", "Transaction Reference", tref, at=0.4, txn=(BANK_RANK, tref))
        gkv(p, "ic", "Beneficiary", name, at=0.4, merchant=name)
        gkv(p, "ic", "Amount", rs(j.amount), at=0.4, amount=j.amount)
        gkv(p, "ic", "Payment Mode", "NEFT", at=0.4, method="netbanking")
        gkv(p, "ic", "Value Date", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        gkv(p, "ic", "Debit Account", f"XXXXXXXX{digits(rng, 4)}", at=0.4)
        p.add("small", "Diwali gifting order: 240 chikan stoles")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 206000, 410000, 0.6)
        p = browser_page(rng, font, "yonobusiness.sbi/payments/rtgs/status")
        p.part = "head"
        top(p, "YONO Business")
        p.add("small", f"State Bank of India  |  {RANGREZ}, Kanpur")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Transaction Rejected", status=status)
        boxed(
            p,
            "The RTGS was rejected by the beneficiary bank: the account number and the name do not match. "
            "The amount has been credited back to your account.",
            "error",
        )
        rno = f"SBIR{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Reference No.", rno, at=0.4, txn=(BANK_RANK, rno))
        dots(p, "Beneficiary Name", name, at=0.4, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Mode", "RTGS", at=0.4, method="netbanking")
        dots(p, "Transaction Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.4, date=j.date)
        dots(p, "Reason", "AC06 - name mismatch", at=0.4)
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(30, 600) * 100)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        h269.kind(p, "sk0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["sk0"] = 1.1
        h269.row(p, "sk0", "# accounts-payable")
        p.add("small", f"Slack  |  {KORA}  |  14 members")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 19)
        h269.kind(p, "sk1", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], "plain", bold=(0,))
        h269.row(
            p,
            "sk1",
            "Divya Menon",
            f"{(hour - 1) % 12 + 1}:{rng.randrange(0, 59):02d} {'PM' if hour >= 12 else 'AM'}",
        )
        name = pick(p, "left", [SHOP, FIRM])
        prose(
            p,
            f"Released Rs. {num(j.amount, 'indian', 0)} to {name} via NEFT for PO KC-{rng.randrange(1100, 2900)} "
            "(60 chikan kurtas for the spring edit).",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        utr = utr_of(rng, j, "Kotak Mahindra Bank", "NEFT")
        p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
        note(p, "2 replies  |  seen by 6")
        p.add("gap")
        h269.row(
            p,
            "sk1",
            "Rohan K",
            f"{hour % 12 + 1}:{rng.randrange(0, 59):02d} {'PM' if hour + 1 >= 12 else 'AM'}",
        )
        p.add("left", "Thanks Divya, I have let Faraz know.")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(40, 500) * 250)
        p = sheet(rng, font, [760, 800])
        p.part = "head"
        top(p, BHOPAL)
        p.add("small", "Designer chikan and zari wear  |  New Market, Bhopal - 462003")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT INTIMATION")
        p.add("right", f"Date: {day_as(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}", date=j.date)
        p.add("left", "To,")
        name = rng.choice([FIRM, FIRM_CAPS])
        p.add("left", f"M/s {name},", merchant=name)
        p.add("left", f"{TOWN}.")
        p.add("left", f"Kind attn: Mr. {PARTNER}")
        p.add("gap")
        bills = bills_for(rng, j, rng.randrange(1, 3), "NCK")
        prose(
            p,
            f"Dear Sir, we have today remitted Rs. {num(j.amount, 'indian', 0)}/- (Rupees {spelt(j.amount)} "
            "only) by NEFT to your account against the bills below. Kindly acknowledge.",
            amount=j.amount,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        grid(
            p,
            "bp",
            [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
            ["Particulars", "Amount"],
            [([f"Bill No. {no_} dated {when(day, '%d.%m.%Y')}", num(v)], {}) for no_, day, v in bills],
            foot=(["Total", num(j.amount)], {}),
        )
        p.add("left", "Mode of payment: NEFT")
        p.add("gap")
        sig(p)
        p.add("right", "Proprietor")
        return p.done()
    p = browser_page(rng, font, "payouts.cashfree.com/transfers/detail")
    p.part = "head"
    top(p, "Cashfree Payments")
    p.add("small", f"Payouts  |  {LOOMS}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Transfer details")
    chip(p, "SUCCESS", status)
    p.add("gap")
    tr = f"TRF{j.date:%y%m%d}{code(rng, 6, ALNUM)}"
    utr = utr_of(rng, j, "Yes Bank", "IMPS")
    tiles2(p, ("Transfer ID", tr), ("UTR", utr), txn=(UTR_RANK, utr))
    name = rng.choice([FIRM_CAPS, CUT])
    gutter(p, "cf", "Beneficiary", name, at=0.38, merchant=name)
    gutter(p, "cf", "Amount", rs(j.amount), at=0.38, amount=j.amount)
    gutter(p, "cf", "Transfer Mode", "IMPS", at=0.38, method="netbanking")
    gutter(
        p, "cf", "Processed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date
    )
    gutter(p, "cf", "Remarks", "Seller settlement - chikan orders", at=0.38)
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Southall Silk & Chikan Ltd", "Southall, London, United Kingdom", "GBP", 1800, 14000, "barclays"),
    ("Brampton Bridal Boutique Inc.", "Brampton, Ontario, Canada", "CAD", 2500, 18000, "td"),
    ("Hillcroft Desi Couture LLC", "Houston, Texas, USA", "USD", 1800, 15000, "wells"),
    ("Meena Bazaar Fashions LLC", "Dubai, United Arab Emirates", "AED", 6000, 52000, "fab"),
    ("Lakshmi Mode GmbH", "Frankfurt am Main, Germany", "EUR", 1600, 13000, "deutsche"),
    ("Al Noor Ladies Tailoring Est.", "Riyadh, Saudi Arabia", "SAR", 6000, 48000, "alrajhi"),
    ("Tekka Chikan House Pte Ltd", "Little India, Singapore", "SGD", 2000, 16000, "dbs"),
    ("Sandringham Saree Centre Ltd", "Auckland, New Zealand", "NZD", 2000, 16000, "anz"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: pounds with their sign or GBP; Canadian dollars with CAD before or
    after or C$; US dollars with USD or $; dirhams with AED; euros the German way (12.450,00 EUR or EUR
    12.450,00); Saudi riyals with SAR before or after; Singapore dollars with S$ or SGD; New Zealand dollars
    with NZD or NZ$."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    forms = {
        "GBP": [pound, "GBP {v}"],
        "CAD": ["CAD {v}", "${v} CAD", "C${v}"],
        "USD": ["USD {v}", "${v}"],
        "AED": ["AED {v}"],
        "EUR": ["{g} EUR", "EUR {g}"],
        "SAR": ["SAR {v}", "{v} SAR"],
        "SGD": ["S${v}", "SGD {v}"],
        "NZD": ["NZD {v}", "NZ${v}"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        german = english.replace(",", "_").replace(".", ",").replace("_", ".")
        return form.format(v=english, g=german)

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Boutiques and bridal shops abroad paying the firm for chikan kurtas, sarees and anarkalis: Barclays
    Business's international payment sent in pounds (its sentence; Payment reference, Date sent, Payee, Payee
    bank, SWIFT/BIC, Amount, Charges in shaded labels); TD's Web Business Banking with a wire pending the
    second approver in Canadian dollars (a capsule, a notice; Wire reference, Payee, Amount, Value date,
    Charges with colons); Wells Fargo's Commercial Electronic Office with an international wire completed in US
    dollars, the day month first (Status, Wire reference number, Send date, Beneficiary, Beneficiary bank,
    SWIFT, Amount, Fee type in a striped table); FAB Mobile with a transfer successful in dirhams under a large
    round tick ("Today, <hour>"; the sum, "to <payee>"; a copyable Reference number; Transfer type and Charges
    at the left and the right; no day); Deutsche Bank's online banking with a foreign transfer returned in euros
    the German way (Zurückgewiesen / Returned on a tinted band, the reason in a notice; each label in German and
    English: Empfänger / Beneficiary, Betrag / Amount, Buchungsdatum / Booking date, Referenz / Reference,
    Grund / Reason, against a gutter); Al Rajhi Bank's app with an international transfer sent in riyals (a
    scalloped badge's tick, its sentence "Your transfer of SAR x to <payee> was sent on <day>."; Beneficiary
    bank, Country, Fees, Purpose at the left and the right; no reference); DBS IDEAL's telegraphic transfer in
    Singapore dollars (Status: Successful; Transaction Reference, Value Date, Beneficiary, Beneficiary Bank,
    Amount, Charges in dot leaders); ANZ Transactive's international payment processed in New Zealand dollars,
    the day as an ISO date (a Processed capsule; Payment ID, Processed date, Payee, Payee bank, Amount,
    Charges in a table ruled on every side). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "barclays":
        p = browser_page(rng, font, "business.barclays.co.uk/olb/payments/international/confirmation")
        p.part = "head"
        top(p, "Barclays")
        p.add("small", f"Barclays Business  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment sent", status=status)
        prose(
            p,
            f"Your international payment to {clip(me, 32)} has been sent. It usually arrives in 1 to 2 "
            "working days.",
        )
        p.add("gap")
        ref = f"BBP{digits(rng, 3)}{code(rng, 4, UPPER)}{digits(rng, 5)}"
        name = rng.choice([me, CUT])
        kv(p, "Payment reference", ref, at=0.36, txn=(BANK_RANK, ref))
        kv(p, "Date sent", when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), at=0.36, date=j.date)
        kv(p, "Payee", name, at=0.36, merchant=name)
        kv(p, "Payee bank", "HDFC Bank Ltd, Lucknow", at=0.36)
        kv(p, "SWIFT/BIC", BIC, at=0.36)
        kv(p, "Amount", show(j.amount), at=0.36, **sum_)
        kv(p, "Charges", "Shared (SHA)", at=0.36, method="netbanking")
        return p.done()
    if frame == "td":
        p = browser_page(rng, font, "www.businessbanking.td.com/wires/pending")
        p.part = "head"
        top(p, "TD Web Business Banking")
        p.add("small", f"TD Canada Trust  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Outgoing wire payment")
        pill(p, "Pending approval", status, align="l")
        boxed(
            p,
            "This wire needs a second approver before it is released to the bank. Wires approved before "
            "3:00 p.m. ET are sent the same day.",
            "warn",
        )
        wref = f"TDW{digits(rng, 10)}"
        name = rng.choice([FIRM_CAPS, CUT])
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        h271.colkv(p, "td", spec, "Wire reference:", wref, txn=(BANK_RANK, wref))
        h271.colkv(p, "td", spec, "Payee:", name, merchant=name)
        h271.colkv(p, "td", spec, "Amount:", show(j.amount), **sum_)
        h271.colkv(
            p, "td", spec, "Value date:", when(j.date, rng.choice(["%b {d}, %Y", "{d} %b %Y"])), date=j.date
        )
        h271.colkv(p, "td", spec, "Charges:", "Shared (SHA)", method="netbanking")
        return p.done()
    if frame == "wells":
        p = browser_page(rng, font, "wellsoffice.wellsfargo.com/wires/detail")
        p.part = "head"
        top(p, "WELLS FARGO")
        p.add("small", f"Commercial Electronic Office  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International Wire Details")
        p.add("gap")
        wno = f"{j.date:%Y%m%d}{code(rng, 4, UPPER)}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        zebra(
            p,
            "wf",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Field", "Detail"],
            [
                (["Status", "Completed"], {"status": status}),
                (["Wire reference number", wno], {"txn": (BANK_RANK, wno)}),
                (["Send date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"]))], {"date": j.date}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary bank", "HDFC BANK LTD, LUCKNOW"], {}),
                (["SWIFT", BIC], {}),
                (["Amount", show(j.amount)], sum_),
                (["Fee type", "SHA - shared"], {"method": "netbanking"}),
            ],
            (180, 20, 30),
        )
        return p.done()
    if frame == "fab":
        p = phone(rng, font, k, ["", "Transfers"], dark=False, buttons=("Done",))
        band(p, (0, 38, 84))
        app_head(p, "FAB Mobile", "First Abu Dhabi Bank")
        p.add("small", f"Today, {hhmm(rng)}")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"FT{digits(rng, 4)}{code(rng, 5, ALNUM)}"
        copyrow(p, "Reference number", ref, txn=(BANK_RANK, ref))
        kvr(p, "Transfer type", "International (SWIFT)", method="netbanking")
        kvr(p, "Charges", "Shared")
        p.add("small", f"{payer}  |  Karama, Dubai")
        return p.done()
    if frame == "deutsche":
        p = browser_page(rng, font, "meine.deutsche-bank.de/banking/auslandszahlungen")
        p.part = "head"
        top(p, "Deutsche Bank")
        p.add("small", f"Online-Banking  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Auslandsüberweisung / Foreign transfer" if glyphs(p.font, "ü") else "Foreign transfer")
        h269.strip(p, "Zurückgewiesen / Returned" if glyphs(bold_of(p.font), "ü") else "Returned", status)
        boxed(
            p,
            "The beneficiary's bank returned the transfer: the account number is not valid. The amount, less "
            "charges, has been credited back to your account.",
            "error",
        )
        ref = f"DB{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([FIRM_CAPS, CUT])
        de = glyphs(p.font, "äü")
        gutter(p, "db", "Empfänger / Beneficiary" if de else "Beneficiary", name, at=0.42, merchant=name)
        gutter(p, "db", "Betrag / Amount" if de else "Amount", show(j.amount), at=0.42, **sum_)
        gutter(
            p,
            "db",
            "Buchungsdatum / Booking date" if de else "Booking date",
            when(j.date, "%d.%m.%Y"),
            at=0.42,
            date=j.date,
        )
        gutter(p, "db", "Referenz / Reference" if de else "Reference", ref, at=0.42, txn=(BANK_RANK, ref))
        gutter(p, "db", "Entgelt / Charges" if de else "Charges", "SHA", at=0.42, method="netbanking")
        gutter(p, "db", "Grund / Reason" if de else "Reason", "AC01 - invalid account", at=0.42)
        return p.done()
    if frame == "alrajhi":
        p = phone(rng, font, k, ["", "Transfers"], dark=False, buttons=("Done",))
        band(p, (0, 60, 150))
        app_head(p, "Al Rajhi Bank", "International transfer")
        h287.burst(p, status)
        p.add("center", "Transfer sent", status=status)
        name = rng.choice([me, CUT])
        prose(
            p,
            f"Your transfer of {show(j.amount)} to {name} was sent on "
            f"{when(j.date, rng.choice(['{d} %B %Y', '%d/%m/%Y']))}.",
            "center",
            **sum_,
            merchant=name,
            date=j.date,
            method="netbanking",
        )
        p.add("gap")
        kvr(p, "Beneficiary bank", "HDFC Bank, Lucknow")
        kvr(p, "Country", "India")
        kvr(p, "Fees", "SAR 15.00")
        kvr(p, "Purpose", "Goods purchase")
        return p.done()
    if frame == "dbs":
        p = browser_page(rng, font, "ideal.dbs.com/transactions/telegraphic-transfer")
        p.part = "head"
        top(p, "DBS IDEAL")
        p.add("small", f"DBS Bank Ltd  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Telegraphic Transfer - Transaction Details")
        p.add("center", "Status: Successful", status=status)
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Transaction Reference", ref, at=0.4, txn=(BANK_RANK, ref))
        dots(p, "Value Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), at=0.4, date=j.date)
        dots(p, "Beneficiary", name, at=0.4, merchant=name)
        dots(p, "Beneficiary Bank", "HDFC Bank Ltd", at=0.4)
        dots(p, "Amount", show(j.amount), at=0.4, bold=True, **sum_)
        dots(p, "Charges", "SHA", at=0.4, method="netbanking")
        return p.done()
    p = browser_page(rng, font, "transactive.anz.com/payments/international/view")
    p.part = "head"
    top(p, "ANZ Transactive")
    p.add("small", f"ANZ Bank New Zealand  |  {payer}")
    p.add("rule")
    p.part = "body"
    p.add("left", "International payment")
    pill(p, "Processed", status, align="l")
    p.add("gap")
    pid = f"ANZ{digits(rng, 11)}"
    name = rng.choice([FIRM_CAPS, CUT])
    gkv(p, "anz", "Payment ID", pid, at=0.36, txn=(BANK_RANK, pid))
    gkv(p, "anz", "Processed date", when(j.date, "%Y-%m-%d"), at=0.36, date=j.date)
    gkv(p, "anz", "Payee", name, at=0.36, merchant=name)
    gkv(p, "anz", "Payee bank", "HDFC BANK LTD, LUCKNOW, INDIA", at=0.36)
    gkv(p, "anz", "Amount", show(j.amount), at=0.36, **sum_)
    gkv(p, "anz", "Charges", "Shared (SHA)", at=0.36, method="netbanking")
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


GURGAON = ("Mrs. Ritu Malhotra", "DLF Phase 4, Gurugram, Haryana", "Haryana (06)")
BRIDES = ["Ms. Alvina Zaidi", "Ms. Shreya Awasthi", "Ms. Mahira Khan", "Ms. Ishita Srivastava"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its showroom or itself on top: Nazakat Chikan House's TAX INVOICE under a chikan
    buti in its hoop, its Hindi and Urdu names and a strip of chikan work, to a Gurugram buyer (Invoice No.
    and Invoice Date on a line; Billed to and Place of Supply; # | Item | HSN | Qty | Rate | GST | Amount in a
    table ruled on every side, each line's GST at its own rate (5% on a garment up to Rs. 2,500 a piece and on
    a saree, 18% on a garment above it); Taxable Value, IGST @ 5%, IGST @ 18%, Invoice Total in dot leaders;
    the sum in words; "Received by UPI, Ref ..."; the Craftmark's hang tag; thread ends in its margins); the
    Lucknow Mahotsav stall's CASH MEMO in the Mahotsav's days, photographed lying on printed mul (its Hindi
    name over its English, "कैश मेमो" (cash memo); दिनांक / Date and नाम / Name written in; the pieces written
    in a Hindi hand on ruled lines with their sums, "कुल" (total), "नकद प्राप्त" (cash received); no
    reference); Razorpay's checkout for the web shop with the payment processing under a spinner (the shop on
    top, the sum, a notice; Payment ID, Order ID, Method, Initiated on with colons); WooCommerce's order mail
    for the web shop ("Thank you. Your order has been received."; Order number, Date, Payment method; the
    pieces on hairline rows, Subtotal, Shipping, Total; Payment status, Transaction ID); Amazon Seller
    Central's disbursement to the showroom (Seller; a Disbursed capsule; Settlement period, Orders, Amazon
    fees, Net disbursed, Disbursement date, Trace ID (UTR), Bank account in a striped table); CCAvenue's
    hosted page with a buyer's card declined (the shop on top, a large round cross, Transaction Failed, the
    reason in a notice; Order No., Tracking ID, Amount, Payment Mode, Date in shaded labels); the Dukaan app
    with an order paid ("Today, <hour>"; the showroom under the app, Order #, the pieces, Total, a Paid
    capsule, UPI and its Payment ID; no day); the showroom's ADVANCE RECEIPT for a bridal anarkali with its
    counterfoil and perforation (its Hindi heading "अग्रिम रसीद" (advance receipt); No. struck in red; Date,
    Received with thanks from, the sum of Rupees, towards, by UPI and UPI Ref written in across the counterfoil
    and the receipt). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        buti(p)
        hindi(p, SHOP_HI, bold=True, scale=1.05)
        urdu(p, SHOP_UR, scale=0.9)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}  |  {WEB}")
        bel(p)
        p.part = "body"
        p.add("center", "TAX INVOICE")
        ino = f"NCH/{fy(j.date)}/{rng.randrange(180, 2400):04d}"
        cols(
            p,
            "ti0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {ino}",
            f"Invoice Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, ino),
            date=j.date,
        )
        who, where, pos = GURGAON
        p.add("left", f"Billed to: {who}, {where}")
        p.add("left", f"Place of Supply: {pos}")
        lines, taxable, tax5, tax18 = [], 0.0, 0.0, 0.0
        for n_, (item, hsn, q, price) in enumerate(pieces(rng, rng.randrange(2, 5)), 1):
            rate = gst_rate(hsn, price)
            value = round(q * price, 2)
            taxable += value
            if rate == 5.0:
                tax5 += round(value * 0.05, 2)
            else:
                tax18 += round(value * 0.18, 2)
            lines.append(([str(n_), SHORT[item], hsn, str(q), num(price), f"{rate:.0f}%", num(value)], {}))
        j.amount = round(taxable + tax5 + tax18, 2)
        grid(
            p,
            "tig",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.4, "l"),
                (0.4, 0.5, "c"),
                (0.5, 0.57, "c"),
                (0.57, 0.73, "r"),
                (0.73, 0.82, "c"),
                (0.82, 1.0, "r"),
            ],
            ["#", "Item", "HSN", "Qty", "Rate", "GST", "Amount"],
            lines,
        )
        dots(p, "Taxable Value", num(taxable), at=0.6)
        if tax5:
            dots(p, "IGST @ 5%", num(tax5), at=0.6)
        if tax18:
            dots(p, "IGST @ 18%", num(tax18), at=0.6)
        dots(p, "Invoice Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add("gap")
        p.add("left", "Received by UPI", method="UPI", status=status)
        p.add("left", f"UPI Ref: {j.ref}", txn=(UTR_RANK, j.ref))
        h279.hangtag(p, f"CM/CHK/{rng.randrange(10000, 99999)}")
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        threads(p)
        return p.done()
    if k == 1:
        move(j, rng, MAHOTSAV, MAHOTSAV_DAYS)
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 247, 236), (246, 244, 232)])
        p.part = "head"
        hindi(p, SHOP_HI, bold=True, scale=1.15)
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        hindi(p, "स्टॉल नं. 114, लखनऊ महोत्सव, स्मृति उपवन", scale=0.8, soft=True)
        p.add("rule")
        hindi(p, "कैश मेमो", bold=True)
        p.part = "body"
        hindi_label(
            p,
            "दिनांक",
            "Date",
            when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])),
            at=0.3,
            pen=True,
            date=j.date,
        )
        buyer = rng.choice(CUSTOMERS)
        hindi_label(p, "नाम", "Name", buyer.split(". ")[-1], at=0.3, pen=True)
        start = len(p.rows)
        total_ = 0
        for item, _hsn, q, price in pieces(rng, rng.randrange(2, 4), 6000):
            price = float(round(price / 50) * 50)
            v = int(q * price)
            total_ += v
            hindi_hand(p, f"{SHORT_HI[item]} {q} नग @ {int(price)}", figure=str(v))
        j.amount = float(total_)
        hindi_hand(p, "कुल", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.8], margin=None)
        p.add("gap")
        hindi_hand(p, "नकद प्राप्त", align="l", method="cash", status=status)
        sig(p)
        hindi(p, "कृते नज़ाकत चिकन हाउस", align="r", scale=0.85)
        on_muslin(p)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"{WEB}/checkout/razorpay")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by Razorpay")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Processing your payment", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        boxed(
            p,
            "We are waiting for your bank's confirmation. Please do not close this window or pay again; your "
            "order will be confirmed as soon as the bank responds.",
            "warn",
        )
        pay = f"pay_{code(rng, 14, MIXED)}"
        order = f"order_{code(rng, 14, MIXED)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        h271.colkv(p, "rz", spec, "Payment ID:", pay, txn=(TXN_RANK, pay))
        h271.colkv(p, "rz", spec, "Order ID:", order, txn=(ORDER_RANK, order))
        h271.colkv(p, "rz", spec, "Method:", "UPI (collect request)", method="UPI")
        h271.colkv(
            p,
            "rz",
            spec,
            "Initiated on:",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            date=j.date,
        )
        return p.done()
    if k == 3:
        p = mail_page(
            rng,
            font,
            f"Nazakat Chikan House <orders@{WEB}>",
            ["Your Nazakat Chikan House order has been received!", "Order received"],
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", WEB)
        p.add("rule")
        p.part = "body"
        p.add("left", "Thank you. Your order has been received.")
        ono = str(rng.randrange(3100, 9800))
        spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
        h271.colkv(p, "wc", spec, "Order number:", f"#{ono}", txn=(ORDER_RANK, ono))
        h271.colkv(p, "wc", spec, "Date:", day_as(j, rng, ["%B {d}, %Y", "{d} %B %Y"]), date=j.date)
        h271.colkv(p, "wc", spec, "Payment method:", "UPI (PhonePe PG)", method="UPI")
        p.add("gap")
        sub = 0.0
        spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "wch", spec2, "Product", "Total", mode="line")
        for item, _hsn, q, price in pieces(rng, rng.randrange(1, 4), 9000):
            v = round(q * price, 2)
            sub += v
            cols(p, "wcl", spec2, f"{SHORT[item]} x {q}", num(v), mode="line")
        ship = 0.0 if sub > 3000 else 150.0
        j.amount = round(sub + ship, 2)
        cols(p, "wcl", spec2, "Subtotal:", num(sub), mode="line")
        cols(p, "wcl", spec2, "Shipping:", "Free shipping" if not ship else num(ship), mode="line")
        cols(p, "wct", spec2, "Total:", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 13)}"
        p.add("left", "Payment status: Paid", status=status)
        p.add("left", f"Transaction ID: {tid}", txn=(TXN_RANK, tid))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "sellercentral.amazon.in/payments/disburse/details")
        p.part = "head"
        top(p, "amazon seller central")
        p.add("small", "Payments  |  Disbursement details")
        p.add("rule")
        p.part = "body"
        seller = rng.choice([SHOP, SHOP_CAPS])
        gutter(p, "am", "Seller", seller, at=0.3, merchant=seller)
        chip(p, "Disbursed", status)
        p.add("gap")
        gross = round(j.amount / 0.84, 2)
        fees = round(gross - j.amount, 2)
        start = j.date - dt.timedelta(days=rng.randrange(8, 15))
        utr = utr_of(rng, j, "Citibank", "NEFT")
        zebra(
            p,
            "amz",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Summary", ""],
            [
                (
                    [
                        "Settlement period",
                        f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=6), '%d %b %Y')}",
                    ],
                    {},
                ),
                (["Orders", str(rng.randrange(6, 40))], {}),
                (["Amazon fees", num(fees)], {}),
                (["Net disbursed", rs(j.amount)], {"amount": j.amount}),
                (["Disbursement date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Trace ID (UTR)", utr], {"txn": (UTR_RANK, utr), "method": "netbanking"}),
                (["Bank account", f"HDFC Bank ****{digits(rng, 4)}"], {}),
            ],
            (35, 47, 62),
        )
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "secure.ccavenue.com/transaction/response")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by CCAvenue")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        boxed(
            p,
            "Your card was declined by the issuing bank (insufficient limit). No amount has been charged.",
            "error",
        )
        ono = f"NCH{rng.randrange(100000, 999999)}"
        track = str(rng.randrange(110000000000, 119999999999))
        kv(p, "Order No.", ono, at=0.36, txn=(ORDER_RANK, ono))
        kv(p, "Tracking ID", track, at=0.36, txn=(TXN_RANK, track))
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(
            p,
            "Payment Mode",
            f"Credit Card ({rng.choice(['VISA', 'MasterCard', 'Amex'])})",
            at=0.36,
            method="card",
        )
        kv(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Share invoice",))
        band(p, (20, 110, 230))
        app_head(p, "Dukaan", "Your online store")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        ono = str(rng.randrange(10400, 99900))
        kvr(p, "Order", f"#{ono}", txn=(ORDER_RANK, ono))
        sub = 0.0
        for item, _hsn, q, price in pieces(rng, rng.randrange(1, 3), 6000):
            v = round(q * price, 2)
            sub += v
            kvr(p, f"{SHORT[item]} x{q}", num(v))
        j.amount = round(sub, 2)
        kvr(p, "Total", rs(j.amount), amount=j.amount)
        p.add("gap")
        chip(p, "Paid", status)
        pid = f"DKN{digits(rng, 12)}"
        kvr(p, "Payment", "UPI", method="UPI")
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        return p.done()
    j.amount = float(rng.randrange(20, 160) * 500)
    value = j.amount * rng.choice([3, 4, 5])
    p = sheet(rng, font, [820, 860])
    p.style["paper"] = rng.choice([(250, 246, 232), (244, 246, 236)])
    p.part = "head"
    hindi(p, SHOP_HI, bold=True)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", SHOP_AT)
    p.add("rule")
    hindi(p, "अग्रिम रसीद", bold=True, scale=0.95)
    p.add("center", "ADVANCE RECEIPT")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(1200, 4800))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    at = 0.3
    c0 = len(p.rows)
    bride = rng.choice(BRIDES)
    d = when(j.date, "%d/%m/%Y")
    h271.fill2(p, ("Date", d), ("Date", d), at, date=j.date)
    h271.fill2(p, ("Name", bride.split()[-1]), ("Received with thanks from", bride), at)
    h271.fill2(
        p,
        ("Rs.", f"{num(j.amount, 'indian', 0)}/-"),
        ("the sum of Rupees", f"{spelt(j.amount)} only"),
        at,
        amount=j.amount,
    )
    h271.fill2(p, ("For", "Anarkali"), ("towards", f"bridal anarkali, value {num(value, 'indian', 0)}"), at)
    h271.fill2(p, ("By", "UPI"), ("by cash / cheque / UPI", "UPI"), at, method="UPI", status=status)
    h271.fill2(p, ("Ref", j.ref[-6:]), ("UPI Ref", j.ref), at, txn=(UTR_RANK, j.ref))
    h271.perf(p, c0, at + 0.015)
    p.add("gap")
    sig(p)
    p.add("right", f"for {SHOP}")
    return p.done()


# ---------------------------------------------------------------- 5. the firm's suppliers


MILL = "SHREE AMBIKA SYNTHETICS"
MILL_AT = "Plot 42, Ring Road, Surat, Gujarat - 395002"
THREAD_HOUSE = "HAJI ABDUL RAUF & SONS"
MOGLIX_SELLER = "Jai Ambe Garment Machines"
BLOCKS = "USTAD NASEEM BLOCK MAKERS"
BLOCKS_UR = "استاد نسیم بلاک میکرز"
DHOBI = "Ramesh Kanaujia"
FABRICS = [
    ("Georgette 60 GSM, RFD, 44 in", "5407", 92, 138),
    ("Pure georgette, RFD, 44 in", "5407", 210, 320),
    ("Cotton mul 60x60, RFD, 44 in", "5208", 64, 96),
    ("Chanderi silk-cotton, RFD, 44 in", "5007", 260, 390),
    ("Rayon slub, RFD, 56 in", "5516", 88, 124),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Surat mill's TAX INVOICE for ready-for-dyeing
    georgette and mul (Invoice No. beside its earlier Date; Consignee; Description | HSN | Metres | Rate |
    Amount on hairline rows, IGST 5%, Total; a steel paper clip at its top) with the accountant's "Paid NEFT,
    UTR ..." and "on <day>" written under it and his tick; the block printer's chit in a Hindi hand,
    photographed lying on printed mul (his name in Latin letters at its head; "दिनांक" (date) and the day,
    "नज़ाकत कारखाने के लिए" (for the Nazakat karkhana); the kurtas, dupattas and sarees printed with their
    counts, rates and sums and the blue and gum, "कुल" (total), "नकद प्राप्त किया" (received in cash); no
    reference); Delhivery's booking receipt from an Aminabad franchise on a torn roll (AWB NO and its barcode,
    DATE, ORIGIN, DEST, PCS, WT, FREIGHT, FUEL SURCHARGE, GST 18%, TOTAL, PAID BY, UPI REF typed in its
    printer's face); Moglix's order of a steam iron and machine needles with the payment pending in an
    octagon's three dots (a notice; Order ID and Placed on, Sold by and Amount, Payment and Status two to a
    row, labels small over their values); a Nakhas thread house's COLLECTION RECEIPT printed by its collection
    agent's pocket printer (Rcpt No., Date, Recd from, Against bills, Amount, Mode, UPI Ref, Collected by
    typed); Vistaprint's checkout for printed hang tags and carry bags with the card declined on a tinted band
    (the reason in a notice; Order No., Items, Amount, Payment method, Attempted on in dot leaders); the dhobi's
    washing account in a Hindi hand (his name in Latin letters at its head; "तारीख" (date) left as dots; the
    kurtas and sarees washed and starched with their sums, "कुल" (total), "UPI से मिला" (received by UPI) and
    its Ref; no day); a Farrukhabad block maker's BILL under its Urdu name (No. printed; Date and M/s written
    in; the carved blocks written in ruled columns, Total; "Paid by IMPS, Ref ..." in the hand). All new
    here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=3000, high=140000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        top(p, MILL, merchant=MILL)
        p.add("small", MILL_AT)
        p.add("small", f"GSTIN {gstin_of(rng, '24', 'F')}  |  Manufacturers of grey and RFD fabric")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"SAS/{fy(j.date)}/{rng.randrange(1400, 6800)}"
        inv_day = earlier(rng, j, 12, 40)
        cols(
            p,
            "ml0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(inv_day, '%d.%m.%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Consignee: {FIRM}, {TOWN}")
        spec = [(0.0, 0.44, "l"), (0.44, 0.55, "c"), (0.55, 0.67, "r"), (0.67, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "mlh", spec, "Description", "HSN", "Metres", "Rate", "Amount", mode="line")
        taxable = 0.0
        for name, hsn, lo, hi in rng.sample(FABRICS, rng.randrange(2, 4)):
            metres = rng.randrange(12, 90) * 10
            rate = float(rng.randrange(lo, hi))
            v = round(metres * rate, 2)
            taxable += v
            cols(p, "mll", spec, name, hsn, str(metres), num(rate), num(v), mode="line")
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        dots(p, "Taxable value", num(taxable), at=0.6)
        dots(p, "IGST 5%", num(gst), at=0.6)
        dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
        h277.clip_(p)
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        hand(p, f"Paid {way}, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        h273.tick(p)
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '%d.%m.%Y', '{d}/%m/%Y']))}  - A.R.", date=j.date)
        return p.done()
    if k == 1:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 234)])
        p.part = "head"
        hand(p, f"{PRINTER}  -  chhapai", merchant=PRINTER)
        p.part = "body"
        hindi_hand(p, f"दिनांक {when(j.date, rng.choice(['{d}/%m/%y', '%d/%m/%Y']))}", date=j.date)
        hindi_hand(p, "नज़ाकत कारखाने के लिए")
        start = len(p.rows)
        total_ = 0
        for text, q, rate in rng.sample(
            [
                ("कुर्ते", rng.randrange(20, 90), rng.choice([15, 18, 20])),
                ("दुपट्टे", rng.randrange(10, 60), rng.choice([10, 12])),
                ("साड़ी", rng.randrange(4, 16), rng.choice([40, 45, 50])),
                ("अनारकली", rng.randrange(4, 14), rng.choice([55, 60])),
            ],
            rng.randrange(2, 4),
        ):
            v = q * rate
            total_ += v
            hindi_hand(p, f"{text} {q} नग छपाई @ {rate}", figure=str(v))
        gum = rng.choice([120, 150, 180])
        total_ += gum
        hindi_hand(p, "नील और गोंद", figure=str(gum))
        j.amount = float(total_)
        hindi_hand(p, "कुल", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78])
        p.add("gap")
        hindi_hand(p, "नकद प्राप्त किया  -  इरफ़ान", method="cash", status=status)
        on_muslin(p)
        return p.done()
    if k == 2:
        j.amount = float(rng.randrange(380, 2600))
        p = roll(rng, font, [440, 470], [17, 18])
        h269.torn(p)
        p.part = "head"
        p.add("center", "DELHIVERY", merchant="DELHIVERY")
        typed(p, "FRANCHISE: AMINABAD, LUCKNOW")
        p.add("rule")
        p.part = "body"
        awb = str(rng.randrange(1400000000000, 1499999999999))
        h269.bars(p, awb)
        typed(p, f"AWB NO : {awb}")
        typed(p, f"DATE   : {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, "ORIGIN : LUCKNOW (LKO)")
        typed(
            p,
            f"DEST   : {rng.choice(['MUMBAI (BOM)', 'BENGALURU (BLR)', 'HYDERABAD (HYD)', 'JAIPUR (JAI)'])}",
        )
        typed(p, f"PCS    : {rng.randrange(1, 6)}   WT : {rng.randrange(2, 24)}.{rng.randrange(0, 9)} KG")
        base = round(j.amount / 1.18 / 1.12, 2)
        fuel = round(base * 0.12, 2)
        gst = round(j.amount - base - fuel, 2)
        typed(p, f"FREIGHT        : {base:>9.2f}")
        typed(p, f"FUEL SURCHARGE : {fuel:>9.2f}")
        typed(p, f"GST 18%        : {gst:>9.2f}")
        p.add("rule")
        typed(p, f"TOTAL          : {j.amount:>9.2f}", amount=j.amount)
        typed(p, "PAID BY        : UPI", method="UPI", status=status)
        typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        typed(p, "TRACK AT DELHIVERY.COM")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.moglix.com/order/details")
        p.part = "head"
        top(p, "moglix")
        p.add("small", "Order details")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Payment pending", status=status)
        boxed(
            p,
            "We have not yet received the payment confirmation from your bank. Your order will be processed "
            "once it arrives; if the payment fails, any amount debited will be refunded.",
            "warn",
        )
        oid = f"MOG{j.date:%y%m}{digits(rng, 7)}"
        two_up(
            p,
            "mg1",
            ("Order ID", oid),
            ("Placed on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
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
        two_up(p, "mg3", ("Payment", "Net Banking"), ("Items", "Steam iron, needles"), method="netbanking")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 4000, 38000, 0.6)
        p = roll(rng, font, [430, 460], [17, 18])
        p.part = "head"
        p.add("center", THREAD_HOUSE, merchant=THREAD_HOUSE)
        typed(p, "THREADS, NEEDLES & MUKAISH")
        typed(p, "NAKHAS, LUCKNOW  PH 0522-2256XXX")
        p.add("rule")
        p.part = "body"
        p.add("center", "COLLECTION RECEIPT")
        rno = f"CR/{j.date:%y}/{rng.randrange(100, 999):04d}"
        typed(p, f"Rcpt No : {rno}", txn=(INVOICE_RANK, rno))
        typed(p, f"Date    : {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, "Recd from: NAZAKAT CHIKAN")
        typed(p, f"Against : B-{rng.randrange(100, 999)}, B-{rng.randrange(100, 999)}")
        typed(p, f"Amount  : Rs.{j.amount:.2f}", amount=j.amount)
        typed(p, "Mode    : UPI", method="UPI", status=status)
        typed(p, f"UPI Ref : {j.ref}", txn=(UTR_RANK, j.ref))
        typed(p, f"Balance : Rs.{rupees(rng, 0, 9000, 0.8):.2f}")
        p.add("rule")
        typed(p, "Collected by: ASLAM")
        typed(p, "Thank you. Printed on MPOS-58")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 3200, 26000, 0.3)
        p = browser_page(rng, font, "www.vistaprint.in/checkout/payment")
        p.part = "head"
        top(p, "VistaPrint", merchant="VistaPrint")
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "Your card issuer declined the payment (do not honour). Please try another card or pay by UPI.",
            "error",
        )
        ono = f"VP{digits(rng, 9)}"
        dots(p, "Order No.", ono, at=0.4, txn=(ORDER_RANK, ono))
        dots(p, "Items", "Hang tags x 1000, carry bags x 500", at=0.3)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Payment method", f"Visa Credit Card XX{digits(rng, 4)}", at=0.4, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        return p.done()
    if k == 6:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 246, 236), (244, 243, 232)])
        p.part = "head"
        h277.spiral(p)
        hand(p, f"{DHOBI}  -  dhobi, Daliganj ghat", merchant=DHOBI)
        p.part = "body"
        hindi_hand(p, "तारीख ..........")
        start = len(p.rows)
        total_ = 0
        for text, q, rate in rng.sample(
            [
                ("कुर्ते धुलाई", rng.randrange(30, 120), rng.choice([6, 8])),
                ("साड़ी धुलाई", rng.randrange(6, 30), rng.choice([20, 25])),
                ("दुपट्टे धुलाई", rng.randrange(20, 80), rng.choice([4, 5])),
            ],
            2,
        ):
            v = q * rate
            total_ += v
            hindi_hand(p, f"{text} {q} नग @ {rate}", figure=str(v))
        starch = rng.choice([60, 90, 120])
        total_ += starch
        hindi_hand(p, "कलफ़ (माड़)", figure=str(starch))
        j.amount = float(total_)
        hindi_hand(p, "कुल", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78])
        p.add("gap")
        hindi_hand(p, "UPI से मिला", method="UPI", status=status)
        hindi_hand(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        return p.done()
    p = sheet(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(250, 246, 232), (246, 242, 226)])
    p.part = "head"
    urdu(p, BLOCKS_UR, scale=1.1)
    top(p, BLOCKS, merchant=BLOCKS)
    p.add("small", "Sheesham wood printing blocks  |  Chhapatti, Farrukhabad (U.P.)")
    p.add("rule")
    p.part = "body"
    no_ = str(rng.randrange(300, 990))
    p.add("left", f"BILL        No. {no_}", txn=(INVOICE_RANK, no_))
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d.%m.%y"])), date=j.date)
    filled(p, "M/s", "Nazakat Chikan, Lucknow")
    spec = [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
    cols(p, "blh", spec, "Block", "Nos.", "Rate", "Rs.", mode="line")
    start = len(p.rows)
    total_ = 0
    for text, lo, hi in rng.sample(
        [
            ("Keri buti 4x6 in", 450, 700),
            ("Bel border 2x9 in", 600, 900),
            ("Jaal 8x8 in", 1200, 1800),
            ("Phool buti 3x3 in", 250, 400),
            ("Gala (neck) 6x8 in", 900, 1400),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(2, 9)
        rate = rng.randrange(lo, hi, 50)
        total_ += q * rate
        hcells(p, spec, text, str(q), str(rate), str(q * rate))
    j.amount = float(total_)
    hcells(p, spec, "", "", "Total", f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.5, 0.62, 0.8])
    p.add("gap")
    hand(p, f"Paid by IMPS, Ref {j.ref}", method="netbanking", status=status, txn=(UTR_RANK, j.ref))
    sig(p)
    p.add("right", "for Ustad Naseem")
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (THREAD_HOUSE, "Punjab National Bank", "IMPS"),
    (MILL, "Bank of Baroda", "NEFT"),
    (BLOCKS, "State Bank of India", "IMPS"),
    ("SILVER LINE MUKAISH WORKS", "Canara Bank", "NEFT"),
    ("MODERN EMBROIDERY THREADS PVT LTD", "Axis Bank", "NEFT"),
    ("SURAT GEORGETTE HOUSE", "ICICI Bank", "NEFT"),
    (PRINTER, "Indian Bank", "UPI"),
    ("AWADH PACKERS", "Union Bank of India", "NEFT"),
]
LDCB = "The Lucknow District Co-operative Bank Ltd."
LDCB_HI = "दि लखनऊ डिस्ट्रिक्ट को-ऑपरेटिव बैंक लि."
BUPB_HI = "बड़ौदा यू.पी. बैंक"


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Baroda U.P. Bank's app with an IMPS to the thread house,
    its outcome and its labels in Hindi over their English (a large round tick, "अंतरण सफल" (transfer
    successful) over Transfer successful; लाभार्थी / Beneficiary, राशि / Amount, IMPS संदर्भ / IMPS Ref,
    दिनांक / Date, each Hindi over its English beside the value); HDFC Bank's NetBanking with a NEFT or RTGS to
    the Surat mill (its sentence "Your transaction has been processed successfully."; Reference Number (UTR),
    Beneficiary, Amount, Transaction Date, Payment Mode, Remarks in a table ruled on every side); Kotak's Kotak
    Biz with an IMPS to the block maker under a scalloped badge (the sum, "to <payee>"; IMPS Ref No. and Date in
    tiles; From and Remarks at the left and the right); the Lucknow District Co-operative Bank's NEFT / RTGS
    form filled in by hand under its Hindi name (each label Hindi over English, the value written in: दिनांक /
    Date, लाभार्थी का नाम / Beneficiary name, राशि / Amount; the account number and IFSC a box to each
    character; NEFT and RTGS in boxes, the one used ticked; the branch's rectangular PROCESSED stamp; the UTR
    written in by the branch); YES BANK's YES BUSINESS with a NEFT in process under a spinner (its stages left
    to right, a notice; Beneficiary, Amount, UTR, Initiated on, Debit account each in a read-only field's
    box); Union Bank of India's Vyom with a NEFT failed on a scalloped badge's cross (the reason in a notice;
    each value over its label: Beneficiary, Amount, Reference No., Date, Reason); Bank of India's BOI Mobile
    Omni Neo with a UPI payment to the block printer ("Today, <hour>"; a large round tick, the sum, "to
    <payee>"; a copyable UPI Ref No.; From; no day); Central Bank of India's Cent Mobile receipt shared as an
    image ("<sum> sent to <payee>", "on <day> via NEFT"; From and Purpose; a QR code to verify; no
    reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=4000, high=160000)
    to, bank_to, way = PAYEES_OUT[k]
    if way == "UPI":
        j.amount = rupees(rng, 600, 9000, 0.7)
    if to == BLOCKS:
        j.amount = rupees(rng, 6000, 48000, 0.6)
    if way == "NEFT" and k == 1:
        way = neft_or_rtgs(j.amount)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    acno = digits(rng, rng.choice([12, 14]))
    ifsc = f"{IFSC.get(bank_to, 'SBIN')}0{digits(rng, 6)}"
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, ["", "Fund Transfer"], dark=False, buttons=("Share", "Home"))
        band(p, (238, 110, 40))
        app_head(p, "Baroda U.P. Bank", "Mobile Banking")
        hindi(p, BUPB_HI, scale=0.9, soft=True)
        sicon(p, status)
        hindi(p, "अंतरण सफल", bold=True, scale=1.05, status=status)
        p.add("center", "Transfer successful")
        p.add("gap")
        name = clip(to, 26)
        hindi_label(p, "लाभार्थी", "Beneficiary", name, at=0.34, merchant=name)
        hindi_label(p, "राशि", "Amount", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        hindi_label(p, "IMPS संदर्भ", "IMPS Ref", j.ref, at=0.34, txn=(UTR_RANK, j.ref), method=method)
        hindi_label(
            p, "दिनांक", "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.34, date=j.date
        )
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/fundstransfer/confirm")
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("small", f"NetBanking  |  {FIRM}")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Funds Transfer - {way}")
        prose(p, "Your transaction has been processed successfully.", status=status)
        p.add("gap")
        utr = utr_of(rng, j, "HDFC Bank", way)
        grid(
            p,
            "hd",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Reference Number (UTR)", utr], {"txn": (UTR_RANK, utr)}),
                (["Beneficiary", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
                (["Payment Mode", way], {"method": method}),
                (["Remarks", "georgette and mul, Surat"], {}),
            ],
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Kotak Biz"], dark=False, buttons=("Share receipt",))
        band(p, (220, 30, 50))
        app_head(p, "Kotak Biz", "Kotak Mahindra Bank")
        h287.burst(p, status)
        p.add("center", "IMPS transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {clip(to, 20)}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        tiles2(
            p,
            ("IMPS Ref No.", j.ref),
            ("Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "From", f"Current A/c XX{own4}", method=method)
        kvr(p, "Remarks", "printing blocks")
        return p.done()
    if k == 3:
        p = sheet(rng, font, [820, 860])
        one_pen(p)
        p.part = "head"
        hindi(p, LDCB_HI, bold=True)
        top(p, pick(p, "title", [LDCB, "Lucknow District Co-op. Bank"]))
        p.add("small", "Chowk Branch, Lucknow  |  NEFT / RTGS Application")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Remitter: {FIRM}   A/c {digits(rng, 11)}")
        hindi_label(
            p,
            "दिनांक",
            "Date",
            when(j.date, rng.choice(["%d/%m/%Y", "%d.%m.%Y"])),
            at=0.34,
            pen=True,
            date=j.date,
        )
        name = clip(to, 24)
        hindi_label(p, "लाभार्थी का नाम", "Beneficiary name", name, at=0.34, pen=True, merchant=name)
        h269.comb(p, "A/c No.", acno)
        h269.comb(p, "IFSC", ifsc)
        hindi_label(p, "राशि", "Amount", f"{num(j.amount, 'indian')}/-", at=0.34, pen=True, amount=j.amount)
        way = neft_or_rtgs(j.amount)
        h269.ticks(p, ["NEFT", "RTGS"], 0 if way == "NEFT" else 1, method=method)
        p.add("gap")
        sig(p)
        p.add("right", "Signature of remitter")
        p.add("rule")
        p.add("small", "FOR BRANCH USE")
        h271.rstamp(
            p, ["LDCB CHOWK", when(j.date, "%d %b %Y").upper(), "PROCESSED"], "violet", at=0.72, rows_=3
        )
        p.add("gap")
        utr = utr_of(rng, j, "The Lucknow District Co-operative Bank", way)
        filled(p, "UTR No. (for bank's use)", utr, txn=(UTR_RANK, utr), status=status)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "YES BUSINESS"], dark=False, buttons=("Refresh",))
        band(p, (0, 56, 140))
        app_head(p, "YES BUSINESS", "YES BANK")
        h279.spinner(p, AMBER)
        p.add("center", "NEFT in process", status=status)
        h273.track(p, ["Debited", "Sent", "Credited"], "dpt")
        boxed(
            p,
            "The beneficiary bank is yet to confirm the credit. NEFT batches settle every half hour.",
            "warn",
        )
        utr = utr_of(rng, j, "Yes Bank", "NEFT")
        name = clip(to, 30)
        field(p, "Beneficiary", name, merchant=name)
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "UTR", utr, txn=(UTR_RANK, utr))
        field(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        field(p, "Debit account", f"XXXXXXXX{own4}", method=method)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Vyom"], dark=False, buttons=("Try again",))
        band(p, (200, 30, 40))
        app_head(p, "Vyom", "Union Bank of India")
        h287.burst(p, status)
        p.add("center", "Transaction Failed", status=status)
        boxed(
            p,
            "NEFT could not be processed: the beneficiary account is frozen. The amount has not been debited.",
            "error",
        )
        rno = f"UBIN{j.date:%y%m%d}{digits(rng, 6)}"
        name = h287.vname(p, [to, clip(to, 22)])
        vlab(p, "Beneficiary", name, merchant=name)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Reference No.", rno, bold=False, txn=(BANK_RANK, rno))
        vlab(p, "Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), bold=False, date=j.date, method=method)
        vlab(p, "Reason", "Account frozen", bold=False)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "BOI Mobile"], dark=rng.random() < 0.5, buttons=("Done",))
        band(p, (0, 80, 160))
        app_head(p, "BOI Mobile Omni Neo", "Bank of India  |  UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"Savings XX{own4}", method=method)
        return p.done()
    p = phone(rng, font, k, ["", "Share"], dark=False, buttons=("Share",))
    band(p, (200, 30, 40))
    app_head(p, "Cent Mobile", "Central Bank of India")
    p.add("center", "Transaction receipt")
    c = card_open(p)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"sent to {to}", f"sent to {clip(to, 18)}"])[8:]
    p.add("center", f"sent to {name}", merchant=name, status=status)
    p.add("small", f"on {day_as(j, rng, ['{d} %b %Y', '%d/%m/%Y'])} via NEFT", date=j.date, method=method)
    p.add("gap")
    kvr(p, "From", f"Current A/c XX{own4}")
    kvr(p, "Purpose", "cartons and tissue")
    card_close(p, c)
    p.add("gap")
    h269.qr(p, f"cent{j.amount}{to}", "c", 4)
    p.add("small", "Scan to verify this receipt")
    return p.done()


# ---------------------------------------------------------------- 7. paying the karigars and the staff


STITCHES = ["tepchi", "bakhiya", "phanda", "murri", "jaali", "keel kangan", "hool"]
ITEMS_WORKED = [
    ("Kurta", 90, 260),
    ("Dupatta", 60, 180),
    ("Saree", 450, 1400),
    ("Anarkali", 600, 1600),
    ("Palazzo set", 80, 220),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its karigars (the women who embroider at home in the villages round Lucknow) and its
    staff: a karigar's JOB CARD under its Hindi heading "कारीगर जॉब कार्ड" (karigar's job card) (Karigar and
    Centre written in; Lot | Item | Stitch | Pcs | Rate | Amount written in ruled columns, Total; "Paid by UPI,
    Ref ..." and "on <day>" written under it; thread ends in its margins); greytHR's payslip for the
    showroom's salesman (Employee Name, Employee Code, Designation, Location and Bank in a table ruled on every
    side, two pairs to a row; Earnings | Amount | Deductions | Amount ruled likewise; Net Pay in a tinted
    panel and its words; "Paid on <day> by NEFT, UTR ..."); Amazon Pay's UPI payment to a karigar (a large
    round tick, Payment successful, the sum, "Paid to" over the karigar; UPI Ref No., Date & time and Paid
    from in shaded labels); Navi's UPI payment to a karigar in progress (the sum, "to <payee>", a progress bar,
    a notice; each label small over its value: UPI Ref No., Started on, From); a karigar's Eid advance
    receipt, "पेशगी रसीद" (advance receipt), under the firm's Hindi and Urdu names, written in a Hindi hand
    ("मैंने आज दिनांक <day> को ईद की पेशगी" (I today, on <day>, as the Eid advance), "रु. x/- नकद प्राप्त
    किए" (received Rs. x in cash)), her left thumb's impression in black ink in a box captioned "बाएँ अँगूठे
    का निशान" (left thumb's mark), her name written under it in English, a witness's signature; no reference);
    iMobile Pay's UPI payment to a karigar failed under a tile's cross (the reason in a notice; Transaction ID,
    Attempted on, Paid from in shaded labels); WhatsApp's chat with the cutting master under a "Today" divider
    (a payment bubble: the sum, Paid to, Completed, UPI Ref; his reply; no day); the karkhana's WAGE ENVELOPE
    on brown paper (its Hindi heading "मज़दूरी"; No. struck in red; Name, Week ending, Pieces, Wages, Less
    advance, Net paid written in; "Paid in cash on <day>" and the finisher's initials). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=1200, high=16000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    karigar = KARIGARS[(k + rng.randrange(3)) % len(KARIGARS)]
    centre = rng.choice(CENTRES)
    if k == 0:
        p = sheet(rng, font, [780, 820])
        p.style["paper"] = rng.choice([(246, 240, 222), (240, 236, 216)])
        p.part = "head"
        hindi(p, FIRM_HI, bold=True, scale=0.95)
        p.add("center", FIRM)
        hindi(p, "कारीगर जॉब कार्ड", bold=True)
        p.add("center", "KARIGAR JOB CARD")
        p.add("rule")
        p.part = "body"
        filled(p, "Karigar", karigar, merchant=karigar)
        filled(p, "Centre", centre)
        p.add("small", f"Issued by {PARTNER2}, {KARKHANA}")
        spec = [
            (0.0, 0.12, "l"),
            (0.12, 0.32, "l"),
            (0.32, 0.54, "l"),
            (0.54, 0.64, "r"),
            (0.64, 0.8, "r"),
            (0.8, 1.0, "r"),
        ]
        cols(p, "jch", spec, "Lot", "Item", "Stitch", "Pcs", "Rate", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi in rng.sample(ITEMS_WORKED, rng.randrange(2, 4)):
            pcs = rng.randrange(2, 14) if lo < 400 else rng.randrange(1, 4)
            rate = rng.randrange(lo, hi, 10)
            total_ += pcs * rate
            hcells(
                p,
                spec,
                f"{rng.randrange(11, 99)}",
                item,
                rng.choice(STITCHES),
                str(pcs),
                str(rate),
                str(pcs * rate),
            )
        j.amount = float(total_)
        hcells(p, spec, "", "", "", "", "Total", f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.12, 0.32, 0.54, 0.64, 0.8])
        p.add("gap")
        hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}", date=j.date)
        threads(p)
        return p.done()
    if k == 1:
        who = STAFF[0]
        basic = float(rng.randrange(90, 140) * 100)
        hra = round(basic * 0.4, 0)
        conv = 1600.0
        incentive = float(rng.randrange(5, 60) * 100)
        pf = round(basic * 0.12, 0)
        esi = round((basic + hra + conv + incentive) * 0.0075, 0)
        gross = basic + hra + conv + incentive
        j.amount = round(gross - pf - esi, 2)
        month = j.month(1)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, FIRM)
        p.add("small", f"{ADDRESS}  |  greytHR")
        p.add("rule")
        p.add("center", f"Payslip for the month of {month}")
        p.part = "body"
        spec = [(0.0, 0.24, "l"), (0.24, 0.5, "l"), (0.5, 0.74, "l"), (0.74, 1.0, "l")]
        grid(
            p,
            "gh",
            spec,
            None,
            [
                (
                    ["Employee Name", who, "Employee Code", f"NCK{rng.randrange(10, 99):03d}"],
                    {"merchant": who},
                ),
                (["Designation", "Sales Executive", "Location", "Hazratganj"], {}),
                (["Bank", "HDFC Bank", "A/c No.", f"XXXXXX{digits(rng, 4)}"], {}),
            ],
        )
        p.add("gap")
        grid(
            p,
            "ge",
            spec,
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "PF", num(pf)], {}),
                (["HRA", num(hra), "ESI", num(esi)], {}),
                (["Conveyance", num(conv), "", ""], {}),
                (["Sales incentive", num(incentive), "", ""], {}),
                (["Gross Earnings", num(gross), "Total Deductions", num(pf + esi)], {}),
            ],
        )
        h273.panel(p, "Net Pay", rs(j.amount), (40, 110, 170), amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only", "small")
        utr = utr_of(rng, j, "HDFC Bank", "NEFT")
        prose(
            p,
            f"Paid on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a system generated payslip from greytHR.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Amazon Pay"], dark=False, buttons=("Done",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", karigar, merchant=karigar)
        p.add("gap")
        kv(p, "UPI Ref No.", j.ref, at=0.38, txn=(UTR_RANK, j.ref))
        kv(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date)
        kv(p, "Paid from", f"HDFC Bank XX{digits(rng, 4)}", at=0.38, method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Navi"], dark=False, buttons=("Check status",))
        band(p, (30, 170, 150))
        app_head(p, "Navi", "UPI payment")
        p.add("center", "Payment in progress", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {karigar}", merchant=karigar)
        h294.progress(p, rng.uniform(0.45, 0.7), status)
        boxed(
            p, f"Waiting for {karigar.split()[0]}'s bank to confirm. This can take up to 30 minutes.", "warn"
        )
        h271.lab(p, "UPI Ref No.")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        h271.lab(p, "Started on")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        h271.lab(p, "From")
        p.add("left", f"Baroda U.P. Bank XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        move(j, rng, EID - dt.timedelta(days=12), 11)
        j.amount = float(rng.randrange(6, 20) * 500)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 240), (244, 244, 236)])
        p.part = "head"
        hindi(p, FIRM_HI, bold=True)
        urdu(p, FIRM_UR, scale=0.85)
        p.add("center", f"{KARKHANA}, {TOWN}")
        p.add("rule")
        hindi(p, "पेशगी रसीद", bold=True, scale=1.1)
        p.part = "body"
        hindi_hand(p, f"मैंने आज दिनांक {when(j.date, '%d/%m/%Y')} को ईद की पेशगी", date=j.date)
        hindi_hand(
            p, f"के रूप में रु. {int(j.amount)}/- नकद प्राप्त किए।", amount=j.amount, method="cash", status=status
        )
        p.add("gap")
        thumb_mark(p, "बाएँ अँगूठे का निशान")
        hand(p, karigar, align="r", merchant=karigar)
        p.add("gap")
        sig(p)
        hindi(p, f"गवाह: {STAFF[1]}", align="r", scale=0.85)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "iMobile Pay"], dark=False, buttons=("Retry",))
        band(p, (174, 40, 46))
        app_head(p, "iMobile Pay", "ICICI Bank  |  UPI")
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {karigar}", merchant=karigar)
        boxed(p, "The beneficiary's bank is not reachable right now. No amount has been debited.", "error")
        tid = f"IMP{j.date:%y%m%d}{digits(rng, 9)}"
        kv(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date)
        kv(p, "Paid from", f"ICICI Bank XX{digits(rng, 4)}", at=0.38, method="UPI")
        return p.done()
    if k == 6:
        who = CUTTER
        p = phone(rng, font, k, [f"{who}"], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Cutting master  |  WhatsApp")
        divider(p, "Today")
        p.add("gap")
        s_ = len(p.rows)
        p.add("small", "Payment")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("left", f"Paid to {who}", merchant=who)
        p.add("left", "Completed", status=status, method="UPI")
        p.add("small", f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref))
        hour, minute = rng.randrange(9, 20), rng.randrange(0, 50)
        h273.bubble(p, s_, f"{(hour - 1) % 12 + 1}:{minute:02d} {'pm' if hour >= 12 else 'am'}")
        s_ = len(p.rows)
        p.add("left", "Mil gaye bhai, shukriya.")
        later = minute + rng.randrange(2, 9)
        h273.bubble(p, s_, f"{(hour - 1) % 12 + 1}:{later:02d} {'pm' if hour >= 12 else 'am'}")
        return p.done()
    j.amount = float(rng.randrange(12, 70) * 100)
    p = sheet(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(214, 186, 146), (206, 178, 138)])
    p.style["ink"] = (46, 34, 26)
    p.part = "head"
    hindi(p, "मज़दूरी", bold=True, scale=1.2)
    p.add("center", "WAGE ENVELOPE")
    p.add("small", f"{KARKHANA}, {TOWN}")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(400, 2900))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    who = rng.choice(["Zubair Ahmad", "Raju Yadav", "Shakeel Qureshi", CUTTER])
    week_end = j.date - dt.timedelta(days=rng.randrange(1, 3))
    advance = float(rng.randrange(0, 6) * 200)
    pcs = rng.randrange(60, 260)
    filled(p, "Name", who, merchant=who)
    filled(p, "Week ending", when(week_end, "%d/%m/%Y"))
    filled(p, "Pieces finished", str(pcs))
    filled(p, "Wages Rs.", num(j.amount + advance, "indian", 0))
    filled(p, "Less advance Rs.", num(advance, "indian", 0))
    filled(p, "Net paid Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    p.add("gap")
    hand(
        p,
        f"Paid in cash on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - S.A.",
        method="cash",
        status=status,
        date=j.date,
    )
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


LNN = "Lucknow Nagar Nigam"
LNN_HI = "लखनऊ नगर निगम"
LDA = "Lucknow Development Authority"
LDA_HI = "लखनऊ विकास प्राधिकरण"
KAKORI_HI = "नगर पंचायत काकोरी"
KAKORI = "NAGAR PANCHAYAT KAKORI"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed: Lucknow Nagar Nigam's house tax e-receipt
    for the karkhana under its Hindi name ("गृहकर ऑनलाइन भुगतान रसीद" (house tax online payment receipt);
    each label in bold Hindi with its English after a slash, a colon and the value: रसीद संख्या / Receipt No.,
    भवन संख्या / Property ID, स्वामी / Owner, वार्ड / Ward, कर वर्ष / Tax Year, जमा राशि / Amount, लेन-देन
    संख्या / Transaction No., भुगतान तिथि / Payment Date, भुगतान माध्यम / Payment Mode); a Jan Seva Kendra's
    roll for the showroom's registration renewal with the Labour Department (CSC ID, DEPARTMENT, SERVICE, APPL
    NO, GOVT FEE, SERVICE CHG, TOTAL, MODE, UPI REF, TXN ID, DATE typed in its printer's face); the Income Tax
    Department's e-Pay Tax with the firm's advance tax pending the bank's confirmation (a capsule, its stages
    left to right, a notice; CRN, PAN, Assessment Year, Type of payment, Amount, Payment mode, Bank, Initiated
    on in a table ruled on every side); the Legal Metrology Department's packer registration fee failed under
    a large round cross (the reason in a notice; Application No., Fee, Transaction ID, Mode, Attempted on in
    shaded labels); the Lucknow Development Authority's e-receipt of the karkhana plot's lease rent under its
    Hindi name (Receipt No., Allotment No., Payment Head, Amount, Bank Ref. No., Payment Date, Mode in a
    striped table); e-Nagar Sewa UP's app with the showroom's trade licence fee paid to Lucknow Nagar Nigam
    ("Today, <hour>"; a scalloped badge, Fee paid, the sum; Licence No. and Transaction ID two to a row, labels
    small over their values; "Paid via UPI"; no day); Nagar Panchayat Kakori's receipt from its book for the
    hall the karigars' centre meets in under its Hindi name (No. left blank; Date, Received from and Towards
    written in; Rs. in a box; "Recd. in cash"; its oval stamp; no reference); the U.P. treasury's GRAS
    e-challan for the Labour Department's fee (GRN, Department, Treasury, Head of Account, Remitter, Amount,
    Bank, Mode, Bank CIN, Payment Date, Status on hairline rows). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = rupees(rng, 4200, 38000, 0.6)
        p = browser_page(rng, font, "lmc.up.nic.in/housetax/receipt")
        p.part = "head"
        hindi(p, LNN_HI, bold=True, scale=1.1)
        name = pick(p, "title", [LNN, "LUCKNOW NAGAR NIGAM"])
        top(p, name, merchant=name)
        hindi(p, "गृहकर ऑनलाइन भुगतान रसीद", scale=0.9)
        p.add("small", "House Tax Online Payment Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"LNN/HT/{j.date:%y}/{digits(rng, 7)}"
        tno = f"LNN{j.date:%y%m%d}{digits(rng, 8)}"
        at = 0.5
        hilab(p, "रसीद संख्या", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        hilab(p, "भवन संख्या", "Property ID", f"{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/CHK", at=at)
        hilab(p, "स्वामी", "Owner", clip(FIRM, 24), at=at)
        hilab(p, "वार्ड", "Ward", rng.choice(["Chowk", "Raja Bazar", "Saadatganj"]), at=at)
        hilab(p, "कर वर्ष", "Tax Year", f"20{fy(j.date)}", at=at)
        hilab(p, "जमा राशि", "Amount", rs(j.amount), at=at, bold=True, amount=j.amount)
        hilab(p, "लेन-देन संख्या", "Transaction No.", tno, at=at, txn=(TXN_RANK, tno))
        hilab(p, "भुगतान तिथि", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        hilab(p, "भुगतान माध्यम", "Payment Mode", "Net Banking", at=at, method="netbanking")
        return p.done()
    if k == 1:
        p = roll(rng, font, [440, 470], [17, 18])
        h269.torn(p)
        p.part = "head"
        p.add("center", "JAN SEVA KENDRA")
        typed(p, f"CSC ID: {digits(rng, 12)}")
        typed(p, "HAZRATGANJ, LUCKNOW")
        p.add("rule")
        p.part = "body"
        fee = float(rng.choice([300, 500, 750]))
        charge = 30.0
        j.amount = fee + charge
        dept = "LABOUR DEPARTMENT U.P."
        typed(p, f"DEPARTMENT: {dept}", merchant=dept)
        typed(p, "SERVICE : SHOP REGN RENEWAL")
        typed(p, f"APPL NO : UPSE{digits(rng, 10)}")
        typed(p, f"GOVT FEE   : {fee:>8.2f}")
        typed(p, f"SERVICE CHG: {charge:>8.2f}")
        typed(p, f"TOTAL      : {j.amount:>8.2f}", amount=j.amount)
        typed(p, "MODE    : UPI", method="UPI", status=status)
        typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
        tid = f"JSK{digits(rng, 10)}"
        typed(p, f"TXN ID  : {tid}", txn=(TXN_RANK, tid))
        typed(p, f"DATE    : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        p.add("rule")
        typed(p, "KEEP THIS RECEIPT FOR REFERENCE")
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 40000, 240000, 0.7)
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/payment-history")
        p.part = "head"
        top(p, "Income Tax Department", merchant="Income Tax Department")
        p.add("small", "e-Filing  |  e-Pay Tax  |  Government of India")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending", status, align="l")
        p.add("gap")
        h273.track(p, ["Challan created", "Sent to bank", "Bank confirmed"], "dpt")
        boxed(
            p,
            "Your bank has not yet confirmed this payment. Please do not pay again; the status will be "
            "updated once the bank confirms.",
            "warn",
        )
        crn = f"{j.date:%y}{digits(rng, 12)}"
        ay = f"{j.date.year + (1 if j.date.month >= 4 else 0)}-{(j.date.year + (2 if j.date.month >= 4 else 1)) % 100:02d}"
        gkv(p, "it", "CRN", crn, at=0.4, txn=(INVOICE_RANK, crn))
        gkv(p, "it", "PAN", PAN, at=0.4)
        gkv(p, "it", "Assessment Year", ay, at=0.4)
        gkv(p, "it", "Type of payment", "Advance Tax (100)", at=0.4)
        gkv(p, "it", "Amount", rs(j.amount), at=0.4, amount=j.amount)
        gkv(p, "it", "Payment mode", "Net Banking", at=0.4, method="netbanking")
        gkv(p, "it", "Bank", "HDFC Bank", at=0.4)
        gkv(
            p,
            "it",
            "Initiated on",
            at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)),
            at=0.4,
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([500, 1000, 2000]))
        p = browser_page(rng, font, "lmup.gov.in/online/payment/status")
        p.part = "head"
        dept = pick(p, "title", ["Legal Metrology Department, U.P.", "Legal Metrology, U.P."])
        top(p, dept, merchant=dept)
        p.add("small", "Registration of packers under the Legal Metrology (Packaged Commodities) Rules")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment Failed", status=status)
        boxed(
            p,
            "The payment gateway did not receive a response from your card's bank. Any amount debited will "
            "be refunded within 7 working days.",
            "error",
        )
        tid = f"LMUP{j.date:%y%m%d}{digits(rng, 6)}"
        kv(p, "Application No.", f"LM/PKR/{rng.randrange(1000, 9999)}/{j.date:%Y}", at=0.38)
        kv(p, "Fee", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        kv(p, "Mode", "Debit Card", at=0.38, method="card")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.38, date=j.date)
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 6000, 48000, 0.7)
        p = browser_page(rng, font, "ldaonline.in/payment/e-receipt")
        p.part = "head"
        hindi(p, LDA_HI, bold=True, scale=1.05)
        name = pick(p, "title", [LDA, "L.D.A., Lucknow"])
        top(p, name, merchant=name)
        p.add("small", "Pradhikaran Bhawan, Vipin Khand, Gomti Nagar, Lucknow")
        p.add("rule")
        p.part = "body"
        p.add("center", "e-Receipt", status=status)
        rno = f"LDA/ER/{j.date:%Y}/{digits(rng, 6)}"
        bref = f"HDFC{digits(rng, 10)}"
        zebra(
            p,
            "lda",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Particulars", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Allotment No.", f"LDA/CHK/IND/{rng.randrange(100, 999)}"], {}),
                (["Allottee", clip(FIRM, 30)], {}),
                (["Payment Head", f"Lease rent {fy(j.date)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Mode", "Net Banking"], {"method": "netbanking"}),
            ],
            (150, 40, 40),
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([1500, 2500, 3500, 5000]))
        p = phone(rng, font, k, ["", "e-Nagar Sewa UP"], dark=False, buttons=("Download receipt",))
        band(p, (20, 100, 60))
        app_head(p, "e-Nagar Sewa UP", "Urban Local Bodies, Uttar Pradesh")
        name = pick(p, "center", [LNN, "LUCKNOW NAGAR NIGAM"])
        p.add("center", name, merchant=name)
        p.add("small", f"Trade licence renewal  |  Today, {hhmm(rng)}")
        h287.burst(p, status)
        p.add("center", "Fee paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"ENS{digits(rng, 12)}"
        two_up(
            p,
            "en",
            ("Licence No.", f"LNN/TL/{rng.randrange(10000, 99999)}"),
            ("Transaction ID", tid),
            txn=(TXN_RANK, tid),
        )
        p.add("gap")
        p.add("small", "Paid via UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([600, 800, 1000, 1200, 1500]))
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(248, 240, 222), (242, 238, 220)])
        p.part = "head"
        hindi(p, KAKORI_HI, bold=True, scale=1.1)
        top(p, KAKORI, merchant=KAKORI)
        p.add("small", "Kakori, Lucknow  |  Receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", "No. ..............")
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d.%m.%y"])), date=j.date)
        filled(p, "Received from", "Nazakat Chikan (Kakori centre)")
        filled(p, "Towards", f"hall rent, karigar centre, {when(j.date, '%b %Y')}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(p, "Recd. in cash", method="cash", status=status)
        h287.oval(p, ["NAGAR PANCHAYAT", "KAKORI", "LUCKNOW"], "violet", at=0.22, rows_=3)
        sig(p)
        p.add("right", "Tax Collector")
        return p.done()
    j.amount = float(rng.choice([1000, 2500, 5000, 7500, 10000]))
    p = browser_page(rng, font, "egras.up.gov.in/Echallan/ChallanView")
    p.part = "head"
    top(p, "GRAS Uttar Pradesh")
    p.add("small", "Government Receipt Accounting System  |  e-Challan")
    p.add("rule")
    p.part = "body"
    grn = f"{j.date:%y}{digits(rng, 12)}"
    cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}"
    dept = rng.choice(["Labour Department, U.P.", "LABOUR DEPARTMENT"])
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    for lbl, value, facts in [
        ("GRN", grn, {"txn": (TXN_RANK, grn)}),
        ("Department", dept, {"merchant": dept}),
        ("Treasury", "Lucknow (Collectorate)", {}),
        ("Head of Account", "0230-00-106-01", {}),
        ("Remitter", clip(FIRM, 30), {}),
        ("Amount", rs(j.amount), {"amount": j.amount}),
        ("Bank", "State Bank of India", {}),
        ("Mode", "Net Banking", {"method": "netbanking"}),
        ("Bank CIN", cin, {"txn": (BANK_RANK, cin)}),
        ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
        ("Status", "Success", {"status": status}),
    ]:
        cols(p, "gr", spec, lbl, value, mode="line", **facts)
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or signing its SMS: SBI General's PREMIUM
    RECEIPT for the karkhana's Bharat Sookshma Udyam Suraksha policy (Receipt No., Receipt Date, Policy No.,
    Insured, Risk Location, Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR in dot
    leaders); HDFC ERGO's premium receipt for the showroom's shopkeeper's policy (its sentence "Received with
    thanks from ... Rs. x by UPI ..."; Receipt No., Receipt Date, Policy No., Premium, GST 18%, Total, UPI Ref.
    against a gutter; a signature); Care Health's app with the staff's group health renewal failed by card
    under an octagon's cross (the insurer under the app, the reason in a notice; Policy No. and Premium,
    Payment ID and Card, Attempted on two to a row, labels small over their values); Acko's app with the
    delivery scooter's policy renewed ("Today, <hour>"; a tile's tick, Policy renewed, the sum; Policy No. and
    Transaction ID in tiles; "Paid via UPI"; no day); Axis Max Life's term premium under process under a
    spinner (a notice; Policy Number, Premium, Transaction ID, Payment Mode, Initiated on in dot leaders);
    IFFCO-Tokio's marine cargo certificate page for the London consignment (its sentence; Certificate No.,
    Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment, Transaction ID, Payment Date in a table ruled
    on every side); SBI Life's SMS of a premium received ("Dear Customer, premium of Rs.x for Policy No. ...
    received on <dd/mm/yyyy> through UPI AutoPay. Thank you. -SBI Life"; no reference); Future Generali's
    PREMIUM RECEIPT for the karigars' group personal accident policy (Persons | Sum Insured each | Rate |
    Premium on hairline rows, GST 18%, Total; "Received by NEFT, UTR ..."). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1500, high=42000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    pol = f"{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(10, 99)}/000"
    if k == 0:
        net = float(rng.randrange(30, 260) * 50)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet(rng, font, [780, 820])
        p.part = "head"
        ins = pick(p, "title", ["SBI General Insurance Company Limited", "SBI General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Lucknow Branch  |  IRDAI Reg. No. 144")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        rno = f"SBIG{j.date:%y}{digits(rng, 9)}"
        dots(p, "Receipt No.", rno, at=0.4, txn=(INVOICE_RANK, rno))
        dots(p, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.4, date=j.date)
        dots(p, "Policy No.", pol, at=0.4)
        dots(p, "Insured", clip(FIRM, 34), at=0.4)
        dots(p, "Risk Location", "Phoolwali Gali, Chowk, Lucknow", at=0.3)
        dots(p, "Sum Insured", num(float(rng.randrange(20, 90) * 100000)), at=0.4)
        dots(p, "Net Premium", num(net), at=0.4)
        dots(p, "CGST 9%", num(gst), at=0.4)
        dots(p, "SGST 9%", num(gst), at=0.4)
        dots(p, "Total Premium", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Mode", way, at=0.4, method="netbanking", status=status)
        dots(p, "UTR", utr, at=0.4, txn=(UTR_RANK, utr))
        return p.done()
    if k == 1:
        prem = float(rng.randrange(20, 120) * 50)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = sheet(rng, font, [760, 800])
        p.part = "head"
        ins = pick(p, "title", ["HDFC ERGO General Insurance Company Ltd.", "HDFC ERGO General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Shopkeeper's Insurance Policy  |  Premium Receipt")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Received with thanks from {SHOP}, {SHOP_AT}, the sum of {rs(j.amount)} by UPI towards the premium "
            "of the policy below.",
            status=status,
            method="UPI",
        )
        p.add("gap")
        rno = f"R{j.date:%y%m}{digits(rng, 9)}"
        gutter(p, "he", "Receipt No.", rno, at=0.38, txn=(INVOICE_RANK, rno))
        gutter(p, "he", "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), at=0.38, date=j.date)
        gutter(p, "he", "Policy No.", pol, at=0.38)
        gutter(p, "he", "Premium", num(prem), at=0.38)
        gutter(p, "he", "GST 18%", num(gst), at=0.38)
        gutter(p, "he", "Total", rs(j.amount), at=0.38, amount=j.amount)
        gutter(p, "he", "UPI Ref.", j.ref, at=0.38, txn=(UTR_RANK, j.ref))
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Care Health"], dark=False, buttons=("Try again",))
        band(p, (0, 120, 90))
        bar(p, "Care Health", "Care Health Insurance", merchant="Care Health Insurance")
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(p, "Your card was declined: the transaction limit on the card has been exceeded.", "error")
        pid = f"CHI{digits(rng, 12)}"
        two_up(p, "ch1", ("Policy No.", f"{digits(rng, 8)}"), ("Premium", rs(j.amount)), amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "ch2",
            ("Payment ID", pid),
            ("Card", f"Visa XX{digits(rng, 4)}"),
            txn=(TXN_RANK, pid),
            method="card",
        )
        p.add("gap")
        two_up(
            p,
            "ch3",
            ("Attempted on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            ("Plan", "Group Care 360"),
            date=j.date,
        )
        p.add("gap")
        p.add("small", "Group health cover for the showroom's staff")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 1100, 3400, 0.6)
        p = phone(rng, font, k, ["", "ACKO"], dark=False, buttons=("View policy",))
        band(p, (80, 40, 170))
        bar(p, "ACKO", "Acko General Insurance", merchant="Acko General Insurance")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Two-wheeler policy  |  UP32 ER 4417")
        tid = f"ACK{digits(rng, 10)}"
        tiles2(p, ("Policy No.", f"DBTW{digits(rng, 9)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        p.add("small", "Paid via UPI", method="UPI")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "www.axismaxlife.com/customer/payment-status")
        p.part = "head"
        ins = pick(p, "title", ["Axis Max Life Insurance", "Axis Max Life"])
        top(p, ins, merchant=ins)
        p.add("small", "Renewal premium payment")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Payment under process", status=status)
        boxed(
            p,
            "We are waiting for your bank to confirm the payment. Your policy stays in force meanwhile.",
            "warn",
        )
        tid = f"AML{j.date:%y%m%d}{digits(rng, 7)}"
        dots(p, "Policy Number", digits(rng, 9), at=0.4)
        dots(p, "Premium", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        dots(p, "Payment Mode", "Net Banking", at=0.4, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.4, date=j.date)
        return p.done()
    if k == 5:
        sum_ins = float(rng.randrange(8, 40) * 100000)
        prem = round(sum_ins * rng.uniform(0.0011, 0.0019), 0)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = browser_page(rng, font, "www.iffcotokio.co.in/marine/certificate")
        p.part = "head"
        ins = pick(p, "title", ["IFFCO-Tokio General Insurance Co. Ltd.", "IFFCO-Tokio"])
        top(p, ins, merchant=ins)
        p.add("small", "Marine Cargo Open Policy  |  Certificate of Insurance")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            "The premium for the certificate below has been received and the consignment is covered.",
            status=status,
        )
        p.add("gap")
        tid = f"ITG{digits(rng, 11)}"
        cert = f"MC/{digits(rng, 6)}/{j.date:%y}"
        grid(
            p,
            "if",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Certificate No.", cert], {}),
                (["Voyage", "Lucknow - Delhi - London Heathrow"], {}),
                (["Sum Insured", num(sum_ins)], {}),
                (["Premium", num(prem)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Payment", "Net Banking"], {"method": "netbanking"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(40, 400) * 50)
        text = (
            f"Dear Customer, premium of Rs.{num(j.amount, 'indian')} for Policy No. {digits(rng, 10)} received on "
            f"{when(j.date, '%d/%m/%Y')} through UPI AutoPay. Thank you. -SBI Life"
        )
        p = sms_page(rng, font, "VM-SBILIF", text, j.date)
        p.add("left", text, merchant="SBI Life", amount=j.amount, date=j.date, method="UPI", status=status)
        return p.done()
    persons = rng.randrange(24, 70)
    rate = float(rng.choice([120, 150, 180]))
    prem = persons * rate
    gst = round(prem * 0.18, 2)
    j.amount = round(prem + gst, 2)
    p = sheet(rng, font, [780, 820])
    p.part = "head"
    ins = pick(p, "title", ["Future Generali India Insurance Co. Ltd.", "Future Generali"])
    top(p, ins, merchant=ins)
    p.add("small", "Group Personal Accident Policy  |  Premium Receipt")
    p.add("rule")
    p.part = "body"
    rno = f"FG{j.date:%y}{digits(rng, 8)}"
    cols(
        p,
        "fg0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Receipt No. {rno}",
        f"Date {day_as(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    p.add("left", f"Insured: {FIRM} (karigars of its centres)")
    spec = [(0.0, 0.3, "l"), (0.3, 0.58, "r"), (0.58, 0.78, "r"), (0.78, 1.0, "r")]
    cols(p, "fgh", spec, "Persons", "Sum Insured each", "Rate", "Premium", mode="line")
    cols(p, "fgl", spec, str(persons), num(200000.0), num(rate), num(prem), mode="line")
    dots(p, "GST 18%", num(gst), at=0.6)
    dots(p, "Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
    utr = utr_of(rng, j, "HDFC Bank", "NEFT")
    p.add("gap")
    p.add("left", f"Received by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("NAZAKAT CHIKAN HOUSE", "HAZRATGANJ, LUCKNOW", "KOTAK MAHINDRA BANK", "razorpay"),
    ("NAZAKAT CHIKAN - MAHOTSAV", "SMRITI UPVAN, LUCKNOW", "BHARATPE", "bharatpe"),
    ("HOTEL JANPATH REGENCY", "CONNAUGHT PLACE, NEW DELHI", "ICICI BANK", "icici"),
    ("SHUKLA FUELS", "KAPOORTHALA, LUCKNOW", "CANARA BANK", "declined"),
    ("Air India Express", "Lucknow - Mumbai", "", "airline"),
    ("AMINABAD ELECTRICALS", "LUCKNOW", "HDFC Bank", "sms"),
    ("CROMA PHOENIX PALASSIO", "LUCKNOW", "Scapia", "cardapp"),
    ("NAWABI ZAIKA", "Aminabad, Lucknow", "", "restaurant"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's and the Mahotsav stall's terminals and the firm's cards elsewhere: Razorpay
    POS's SALE slip on Kotak's terminal at Nazakat Chikan House (Date and Time, MID and TID, Batch and Invoice
    each two to a line with colons; the card and its entry; Appr Code, RRN; AMOUNT; TXN SUCCESSFUL, PIN
    VERIFIED); BharatPe's swipe machine at the Mahotsav stall in the Mahotsav's days with the bank's answer
    unknown (CARD SALE; DATE, TIME, TID, INV, CARD, AMOUNT; TXN STATUS : UNKNOWN, PLEASE CHECK WITH BANK
    BEFORE RETRY); ICICI Bank's slip at a Delhi hotel (SALE; DATE, TIME, MID, TID, BATCH, INVOICE, CARD,
    EXP, AUTH CODE, RRN; TOTAL; APPROVED, MERCHANT COPY); Canara Bank's slip at a Lucknow filling station
    DECLINED (RESP CODE 51, INSUFFICIENT FUNDS); Air India Express' booking for the Lucknow - Mumbai flight to
    a buyer paid by card (Payment successful; PNR, Passenger, Flight, Date of journey, Base fare, Taxes and
    fees, Total paid, Card, Transaction ID, Paid on in a striped table); HDFC Bank's SMS of a spend on the
    firm's credit card ("Spent Rs.x On HDFC Bank Card 1234 At <MERCHANT> On <yyyy-mm-dd>:<hh:mm:ss> ..."; no
    reference); Scapia's app with a spend at an electronics store ("Today, <hour>"; the merchant's line and its
    town, the sum, Approved; Card and Reference No. two to a row, labels small over their values; Category and
    Scapia coins; no day); an Aminabad restaurant's bill from Petpooja settled by card (Bill No., Date, Table;
    the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Paid by Card", the card and its Appr). All new
    here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=900, high=42000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "bharatpe":
        move(j, rng, MAHOTSAV, MAHOTSAV_DAYS)
    if layout in ("declined", "icici", "sms", "cardapp"):
        j.amount = rupees(rng, 1200, 16000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        limit = num(rupees(rng, 40000, 420000), "western")
        text = (
            f"Spent Rs.{num(j.amount, 'plain')} On HDFC Bank Card {last4} At {name} On "
            f"{when(j.date, '%Y-%m-%d')}:{t}.Not You? To Block+Reissue Call 18002586161/SMS BLOCK CC {last4} to "
            f"7308080808 Avl Lmt Rs.{limit}"
        )
        p = sms_page(rng, font, "VM-HDFCBK", text, j.date)
        hour, minute = int(t[:2]), t[3:5]
        p.style["h106"]["time"] = f"{(hour - 1) % 12 + 1:02d}:{minute} {'pm' if hour >= 12 else 'am'}"
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction"], dark=rng.random() < 0.5, buttons=("Report an issue",))
        app_head(p, "Scapia", "Federal Bank credit card")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Approved", status=status)
        p.add("gap")
        ref = f"{digits(rng, 6)}{code(rng, 4, UPPER)}{digits(rng, 4)}"
        two_up(
            p,
            "sc",
            ("Card", f"Scapia {masked(p.font)}{last4}"),
            ("Reference No.", ref),
            txn=(TXN_RANK, ref),
            method="card",
        )
        p.add("gap")
        kvr(p, "Category", "Electronics")
        kvr(p, "Scapia coins", f"+{int(j.amount // 20)}")
        return p.done()
    if layout == "airline":
        base = float(rng.randrange(38, 96) * 100)
        tax = float(rng.randrange(6, 16) * 100) + 49.0
        j.amount = base + tax
        p = browser_page(rng, font, "www.airindiaexpress.com/manage-booking/receipt")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Booking receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment successful", status=status)
        pnr = code(rng, 6, UPPER)
        tref = f"AIX{digits(rng, 11)}"
        journey = j.date + dt.timedelta(days=rng.randrange(4, 30))
        zebra(
            p,
            "ix",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Booking", ""],
            [
                (["PNR", pnr], {"txn": (ORDER_RANK, pnr)}),
                (["Passenger", f"Mr {SON}"], {}),
                (["Flight", "IX 1142  LKO - BOM"], {}),
                (["Date of journey", when(journey, "%d %b %Y")], {}),
                (["Base fare", num(base)], {}),
                (["Taxes and fees", num(tax)], {}),
                (["Total paid", f"INR {num(j.amount)}"], {"amount": j.amount}),
                (["Card", f"{scheme} Credit Card XX{last4}"], {"method": "card"}),
                (["Transaction ID", tref], {"txn": (TXN_RANK, tref)}),
                (["Paid on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
            (200, 30, 40),
        )
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
        p.add("small", f"Awadhi cuisine  |  {town}")
        p.add("small", f"GSTIN {gstin_of(rng, '09', 'F')}")
        p.part = "body"
        p.add("center", "BILL")
        p.add("rule")
        bno = str(rng.randrange(2100, 9999))
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("Table", f"{rng.randrange(1, 30)}")
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Galouti kebab", 320),
                ("Sheermal", 60),
                ("Mutton biryani", 380),
                ("Nihari", 340),
                ("Kakori kebab", 360),
                ("Shahi tukda", 160),
                ("Kulfi falooda", 140),
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
        p.add("left", "Paid by Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Appr {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Powered by Petpooja")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    if layout == "razorpay":
        p.add("small", "Razorpay POS")
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
    if layout == "razorpay":
        p.add("center", "SALE")
        p.add("rule")
        cols(p, "rp", spec, f"Date: {when(j.date, '%d/%m/%Y')}", f"Time: {t[:5]}", date=j.date)
        cols(p, "rp", spec, f"MID: {mid[:10]}", f"TID: {tid}")
        cols(p, "rp", spec, f"Batch: {batch[-4:]}", f"Invoice: {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"Card: {scheme} XXXX{last4}", method="card")
        p.add("left", "Entry: CHIP")
        p.add("left", f"Appr Code: {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "TXN SUCCESSFUL", status=status)
        p.add("small", "PIN VERIFIED. NO SIGNATURE REQUIRED")
    elif layout == "bharatpe":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INV", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} **{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TXN STATUS : UNKNOWN", status=status)
        p.add("small", "PLEASE CHECK WITH BANK BEFORE RETRY")
    elif layout == "icici":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d %b %y").upper(), date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("BATCH", batch[-4:])
        p.pair("INVOICE", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} ************{last4}", method="card")
        p.pair("EXP", "**/**")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "*** MERCHANT COPY ***")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "RESP CODE 51")
        p.add("small", "INSUFFICIENT FUNDS")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


MVVNL = "Madhyanchal Vidyut Vitran Nigam Ltd."
MVVNL_HI = "मध्यांचल विद्युत वितरण निगम लिमिटेड"
JALKAL = "Jal Kal Vibhag, Lucknow"
JALKAL_HI = "जलकल विभाग, लखनऊ नगर निगम"
HAWKER = "Sharma News Agency"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's and the showroom's bills: MVVNL's online bill payment receipt for the karkhana under its
    Hindi name (Payment Successful; each label Hindi over English beside the value: खाता संख्या / Account No.,
    उपभोक्ता / Consumer, बिल माह / Bill Month, जमा राशि / Amount Paid, रसीद संख्या / Receipt No., लेन-देन आईडी
    / Transaction ID, भुगतान तिथि / Payment Date, माध्यम / Mode); Tata Play's recharge for the showroom's
    television (the company under the app's bar, a large round tick, Recharge successful, the sum; Subscriber
    ID and Transaction ID two to a row, labels small over their values; Recharged on, Paid via); Green Gas'
    piped gas bill payment for the karkhana's steam boiler pending under a spinner (a notice; BP No., Bill
    Amount, Transaction ID, Payment Mode, Initiated on against a gutter); the Jal Kal Vibhag's water and sewer
    charges e-receipt under its Hindi name (each label in bold Hindi with its English after a slash, a colon and
    the value: संयोजन संख्या / Connection No., उपभोक्ता / Consumer, अवधि / Period, राशि / Amount, रसीद संख्या /
    Receipt No., भुगतान तिथि / Payment Date, माध्यम / Mode); Airtel Thanks with the showroom's postpaid bill
    failed under an octagon's cross (Bharti Airtel under the app's bar, the reason in a notice; Mobile No., Bill
    amount, Order ID, Payment mode, Attempted on each in a read-only field's box); IndianOil ONE with a
    commercial cylinder for the boiler booked and paid ("Today, <hour>"; "for Indane", a scalloped badge, the
    sum; Booking No. and Distributor in tiles; UPI Ref and Paid via at the left and the right; no day); MVVNL's
    SMS of a payment received ("Dear Consumer, Rs.x received against A/c No. ... on <dd-mm-yyyy> via UPI.
    Receipt No. ... -MVVNL"); the newspaper hawker's monthly bill card in a Hindi hand (the agency on top; माह
    (month) written in; the papers with their days and rates and sums, "कुल" (total), "नकद मिला" (received in
    cash) and the day; no reference). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=400, high=28000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "www.uppclonline.com/payment/receipt")
        p.part = "head"
        hindi(p, MVVNL_HI, bold=True)
        name = pick(p, "title", [MVVNL, "MVVNL"])
        top(p, name, merchant=name)
        p.add("small", "UPPCL  |  Online Bill Payment Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        rno = f"MV{j.date:%y%m}{digits(rng, 8)}"
        tid = f"UPPCL{digits(rng, 12)}"
        at = 0.42
        hindi_label(p, "खाता संख्या", "Account No.", digits(rng, 10), at=at)
        hindi_label(p, "उपभोक्ता", "Consumer", clip(FIRM, 28), at=at)
        hindi_label(p, "बिल माह", "Bill Month", j.month(1), at=at)
        hindi_label(p, "जमा राशि", "Amount Paid", rs(j.amount), at=at, bold=True, amount=j.amount)
        hindi_label(p, "रसीद संख्या", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        hindi_label(p, "लेन-देन आईडी", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        hindi_label(
            p, "भुगतान तिथि", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date
        )
        hindi_label(p, "माध्यम", "Mode", "Net Banking", at=at, method="netbanking")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([349, 449, 599, 799, 1199, 1499]))
        p = phone(rng, font, k, ["", "Tata Play"], dark=False, buttons=("Done",))
        band(p, (230, 0, 126))
        bar(p, "Tata Play", "Tata Play Ltd.", merchant="Tata Play Ltd.")
        sicon(p, status)
        p.add("center", "Recharge successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"TPR{digits(rng, 12)}"
        two_up(p, "tp", ("Subscriber ID", digits(rng, 10)), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        p.add("gap")
        kvr(p, "Recharged on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "www.greengas.co.in/quick-pay/status")
        p.part = "head"
        name = pick(p, "title", ["Green Gas Limited", "Green Gas Ltd."])
        top(p, name, merchant=name)
        p.add("small", "A joint venture of IOCL and GAIL  |  Lucknow")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        boxed(
            p,
            "We have not received the confirmation from your bank yet. The bill will be updated once the bank "
            "confirms; please do not pay again.",
            "warn",
        )
        tid = f"GGL{digits(rng, 12)}"
        gutter(p, "gg", "BP No.", digits(rng, 10), at=0.4)
        gutter(p, "gg", "Bill Amount", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "gg", "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        gutter(p, "gg", "Payment Mode", "Net Banking", at=0.4, method="netbanking")
        gutter(
            p,
            "gg",
            "Initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)),
            at=0.4,
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 800, 9000, 0.7)
        p = browser_page(rng, font, "jalkal.lmc.up.nic.in/receipt")
        p.part = "head"
        hindi(p, JALKAL_HI, bold=True)
        name = pick(p, "title", [JALKAL, "Jal Kal Vibhag"])
        top(p, name, merchant=name)
        p.add("small", "Water and sewer charges  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment received", status=status)
        rno = f"JK/{j.date:%y}/{digits(rng, 7)}"
        at = 0.5
        hilab(p, "संयोजन संख्या", "Connection No.", f"W{digits(rng, 8)}", at=at)
        hilab(p, "उपभोक्ता", "Consumer", clip(FIRM, 22), at=at)
        hilab(p, "अवधि", "Period", f"20{fy(j.date)}", at=at)
        hilab(p, "राशि", "Amount", rs(j.amount), at=at, bold=True, amount=j.amount)
        hilab(p, "रसीद संख्या", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        hilab(p, "भुगतान तिथि", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        hilab(p, "माध्यम", "Mode", "UPI", at=at, method="UPI")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 600, 4200, 0.5)
        p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Retry payment",))
        band(p, (222, 12, 28))
        bar(p, "airtel thanks", "Bharti Airtel Ltd.", merchant="Bharti Airtel Ltd.")
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(p, "Your card's bank declined the payment. Your bill is still due; please pay again.", "error")
        oid = f"AT{digits(rng, 12)}"
        field(p, "Mobile No.", f"98{digits(rng, 8)}")
        field(p, "Bill amount", rs(j.amount), amount=j.amount)
        field(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        field(p, "Payment mode", f"Credit card XX{digits(rng, 4)}", method="card")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([1668.5, 1712.0, 1749.5, 1806.0, 1835.5]))
        p = phone(rng, font, k, ["", "IndianOil ONE"], dark=False, buttons=("Track delivery",))
        band(p, (240, 110, 30))
        app_head(p, "IndianOil ONE", "LPG refill  |  Commercial 19 kg")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", "for Indane", merchant="Indane")
        h287.burst(p, status)
        p.add("center", "Refill booked and paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        bno = f"{digits(rng, 10)}"
        tiles2(p, ("Booking No.", bno), ("Distributor", "Awadh Gas Service"), txn=(ORDER_RANK, bno))
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        rno = f"MV{digits(rng, 10)}"
        text = (
            f"Dear Consumer, Rs.{num(j.amount, 'indian')} received against A/c No. {digits(rng, 10)} on "
            f"{when(j.date, '%d-%m-%Y')} via UPI. Receipt No. {rno}. -MVVNL"
        )
        p = sms_page(rng, font, "VM-MVVNLS", text, j.date)
        p.add(
            "left",
            text,
            merchant="MVVNL",
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
            txn=(INVOICE_RANK, rno),
        )
        return p.done()
    p = sheet(rng, font, [560, 600])
    p.style["paper"] = rng.choice([(250, 246, 226), (238, 244, 232)])
    p.part = "head"
    top(p, HAWKER, merchant=HAWKER)
    p.add("small", "Newspapers and magazines  |  Hazratganj, Lucknow")
    p.add("rule")
    p.part = "body"
    month_ = j.date.replace(day=1) - dt.timedelta(days=1)
    hindi_hand(p, f"माह  {HI_MONTHS[month_.month - 1]} {month_.year}")
    start = len(p.rows)
    days = (j.date.replace(day=1) - month_.replace(day=1)).days
    total_ = 0
    for paper_, rate in rng.sample(
        [("दैनिक जागरण", 6), ("Times of India", 7), ("हिन्दुस्तान", 6), ("Amar Ujala", 6), ("Inquilab", 5)], 3
    ):
        v = days * rate
        total_ += v
        hindi_hand(p, f"{paper_} {days} x {rate}", figure=str(v))
    j.amount = float(total_)
    hindi_hand(p, "कुल", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.76])
    p.add("gap")
    hindi_hand(
        p,
        f"नकद मिला  {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}",
        date=j.date,
        method="cash",
        status=status,
    )
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Baroda U.P. Bank", "BX-BUPBNK", "HAJI ABDUL RAUF AND SO", "UPI", "hindi"),
    ("State Bank of India", "VM-SBIUPI", "MOHD IRFAN", "UPI", "sms"),
    ("Kotak Mahindra Bank", "AX-KOTAKB", "USTAD NASEEM BLOCK MA", "IMPS", "sms"),
    ("Bank of Baroda", "VK-BOBTXN", "SHREE AMBIKA SYNTHETI", "RTGS", "sms"),
    ("ICICI Bank", "", "SILVER LINE MUKAISH W", "NEFT", "mail"),
    ("HDFC Bank", "", "AWADH PACKERS", "IMPS", "whatsapp"),
    ("Union Bank of India", "BZ-UNIONB", "RAMESH KANAUJIA", "NEFT", "sms"),
    ("Indian Bank", "", "DELHIVERY LIMITED", "UPI", "shade"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: Baroda U.P. Bank's SMS in Hindi in a bubble of the phone's
    messages thread under its day divider ("प्रिय ग्राहक, आपके खाते XX1234 से दिनांक <dd-mm-yyyy> को UPI द्वारा
    <PAYEE> को रु. x का भुगतान किया गया है। संदर्भ सं. ... -बड़ौदा यूपी बैंक" (Dear customer, Rs. x has been paid
    from your account XX1234 on <day> by UPI to <PAYEE>; reference no. ...)); SMS in SBI's ("Dear UPI user A/C
    X1234 debited by x on date <ddMonyy> trf to <PAYEE> Refno ... If not u? call 1800111109. -SBI"), Kotak's
    ("IMPS of Rs.x from Kotak Bank A/c XX1234 to <PAYEE> on <dd-mm-yy> has failed. Ref No ... Amount
    debited, if any, will be refunded. -Kotak Bank"), Bank of Baroda's ("Your RTGS request of Rs.x to <PAYEE>
    dated <dd/mm/yyyy> is pending with the bank. UTR ... -Bank of Baroda") and Union Bank of India's ("A/c
    *1234 Debited for Rs:x on <dd-mm-yyyy> by NEFT to <PAYEE> Avl Bal Rs:y -Union Bank of India"; no
    reference) wordings; ICICI Bank's mail ("INR x has been debited from your Account XX1234 on <dd-Mon-yy>
    towards NEFT to <PAYEE>. UTR: ..."); HDFC Bank's WhatsApp banking under a "Today" divider ("Rs.x debited
    from A/c **1234 to <PAYEE> via IMPS. IMPS Ref ..."; no day); Indian Bank's notification in the phone's
    pulled-down notification shade ("Rs.x debited from A/c XX1234 on <dd/mm/yy> by UPI to <PAYEE>. UPI Ref
    ..." under an older notification). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 205000, 480000, 0.6)
    if to == "RAMESH KANAUJIA":
        j.amount = rupees(rng, 700, 5200, 0.8)
    # SBI's UPI alert prints the sum with one decimal where its paise allow (500.0, 1234.5, 1234.56)
    sbi_sum = f"{j.amount:.1f}" if round(j.amount, 1) == j.amount else f"{j.amount:.2f}"
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
                f"Dear UPI user A/C X{tail4} debited by {sbi_sum} on date "
                f"{when(j.date, '%d%b%y')} trf to {to} Refno {ref}. If not u? call 1800111109. -SBI"
            )
        elif bank == "Kotak Mahindra Bank":
            text = (
                f"IMPS of Rs.{amt} from Kotak Bank A/c XX{tail4} to {to} on {when(j.date, '%d-%m-%y')} has "
                f"failed. Ref No {ref}. Amount debited, if any, will be refunded. -Kotak Bank"
            )
        elif bank == "Bank of Baroda":
            text = (
                f"Your RTGS request of Rs.{amt} to {to} dated {when(j.date, '%d/%m/%Y')} is pending with the bank. "
                f"UTR {ref}. -Bank of Baroda"
            )
        else:
            text = (
                f"A/c *{tail4} Debited for Rs:{amt} on {when(j.date, '%d-%m-%Y')} by NEFT to {to} Avl Bal "
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
            f"प्रिय ग्राहक, आपके खाते XX{tail4} से दिनांक {when(j.date, '%d-%m-%Y')} को UPI द्वारा {to} को रु. "
            f"{amt} का भुगतान किया गया है। संदर्भ सं. {ref}. -बड़ौदा यूपी बैंक"
        )
        hsms(p, text, **facts)
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "ICICI Bank <alerts@icicibank.com>",
            ["Transaction alert for your ICICI Bank account", "Debit alert: NEFT"],
        )
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(
            p,
            f"INR {amt} has been debited from your Account XX{tail4} on {when(j.date, '%d-%b-%y')} towards NEFT to "
            f"{to}. UTR: {ref}.",
            **facts,
        )
        p.add("gap")
        prose(p, "If you have not done this transaction, please call 1800 1080 or SMS BLOCK to 9215676766.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "ICICI Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "whatsapp":
        p = phone(rng, font, k, ["HDFC Bank"], dark=False, buttons=())
        p.part = "body"
        p.add("small", "WhatsApp Banking  |  verified business")
        divider(p, "Today")
        p.add("gap")
        s_ = len(p.rows)
        prose(p, f"Rs.{amt} debited from A/c **{tail4} to {to} via IMPS. IMPS Ref {ref}.", **facts)
        p.add("left", "Not you? Reply BLOCK.")
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "body"
    h289.shade_pull(p)
    p.add("gap")
    c = card_open(p)
    p.add("small", f"Indian Bank {sign(font, chr(0x2022), '*')} now")
    prose(
        p,
        f"Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d/%m/%y')} by UPI to {to}. UPI Ref {ref}.",
        **facts,
    )
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("small", f"Messages {sign(font, chr(0x2022), '*')} 14m")
    p.add("left", "Heena: 12 kurtas packed for the Mumbai order")
    card_close(p, c)
    p.add("gap")
    p.add("small", "Manage notifications")
    return p.done()

"""The twelve heldout311 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Phulkari embroidery women's collective's year of 2026 in Patiala (Sanjh
Phulkari Mahila Sahkari Sabha Ltd., a women's co-operative society whose members, the women of Tripuri, Sanaur
and the villages round Patiala, darn hand-spun khaddar from the back in untwisted silk floss (pat) into baghs,
phulkari dupattas with chope borders, thirma odhnis, sainchi-style shawls, stoles, kurtis and made-ups; its
shop in Adalat Bazaar, Sanjh Phulkari Ghar; its stall at the Teeyan fair at Sheesh Mahal; the web shop
sanjhphulkari.in and an Etsy shop; the state's Phulkari emporia, boutiques, a couture label, a wedding house,
a marketplace, a hotel group, an apparel brand and a knitwear exporter; Punjabi tailoring houses and bridal
boutiques abroad), told by the proofs of payment it receives (buyers' BharatPe for Business on the Ghar's
phone, Jupiter, BHIM set in Punjabi, PSB UnIC, Amazon Pay, IndusMobile, a WhatsApp chat and Fi; PSIEC's
advice, a forwarded WhatsApp message, SAP Business One, Kotak FYN, RazorpayX, ICICI Bank's Corporate Internet
Banking, Google Chat and a faxed letter; Lloyds Bank, RBC Royal Bank, Chase, Westpac, ANZ goMoney, Emirates
NBD, Intesa Sanpaolo and OCBC; its own tax invoice, the Teeyan stall's cash bill, Cashfree, OkCredit, Paytm
Payment Gateway, a receipt across its counterfoil, Etsy's deposit and a Marg roll) and those it makes (a silk
yarn dealer's invoice, udaan, a weaver's bill and a dyer's chit in a Punjabi hand, a block maker's bill,
Trackon, PrintStop and a carton maker's Marg invoice; Punjab Gramin Bank's app, IOB Mobile, PhonePe, AU 0101,
mPay Delight+, the Patiala Central Co-operative Bank, iMobile Pay and Airtel Payments Bank; a piece-work
account, Keka, a Lohri advance in a Punjabi hand, MobiKwik, bob World, Google Pay, Paytm and an attendance and
wage card; the Municipal Corporation Patiala, eSewa Punjab, IFMS Punjab, the Registrar of Co-operative
Societies, the Department of Tourism & Cultural Affairs' receipt book, EPCH, the Trade Marks Registry and the
Department of Taxation; eight insurers; cards on the Ghar's and the stall's terminals, at an Amritsar hotel
and a Patiala sewing machine shop, on Air India, on a restaurant's DotPe bill, in Axis Bank's SMS and on IDFC
FIRST Bank's app; PSPCL, BSNL Selfcare, Fastway, HP Gas, Connect Broadband, MyJio, PSPCL's SMS and a news
agency's bill in a Punjabi hand; the banks' SMS, a Punjabi SMS, a notification in the pulled-down shade, a
mail and a WhatsApp banking message). Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, the units' lines, salutations,
Punjabi lines (but a bank's SMS in Punjabi, whose figures and payee carry the facts, a Punjabi labelled
field's value, a Punjabi app's day and outcome and a Punjabi hand's sums, days and "received"), items, pieces,
dishes, rates, GST, TDS, fees, charges, exchange rates, balances, sums insured, periods, months, pay periods,
financial and audit years, bill months, invoice, bill and journey days, account, policy, certificate,
consumer, member, registration, property, landline, STB, application, employee, vehicle, AWB and card numbers,
GSTIN, PAN, IFSC, SWIFT/BIC codes, UPI IDs, bills named on an advice, a message or a letter, a fax line, a
soundbox's words, other messages and notifications, the baghs, borders, floss, needles and skeins, the bagh a
page lies on, stages, progress bars, notices, tiles, badges, tabs, stamps, rings, watermarks, QR codes,
barcodes, a thumb's box, ticks and signatures carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top``
heldout122's; ``outcome`` heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's;
``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's;
``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``,
``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``bars``, ``qr``,
``thumb``, a roll's torn edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``fill2``,
``perf``, ``hand``, ``amtbox``, ``tt``, rounded cards), heldout273's (``hcells``, ``ledger``, ``pill``,
``track``, ``avatar``, ``ring``, ``watermark``, ``bubble``), heldout275's (``sig``, ``divider``, ``gutter``,
``sicon``, ``tabs``), heldout277's (``bigsum``, ``days_grid``), heldout279's (``phone``, ``band``,
``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, ``spinner``, ``redno``, ``wave``), heldout287's
(``notice``, ``tile``, ``burst``, ``oval``, ``vlab``, ``vname``, ``tiles2``, ``copyrow``, ``speaker``,
``faxline``, a page's folds), heldout289's (``chip``, ``spiral``, ``shade_pull``) and heldout294's (``octa``,
``progress``, ``fwd``), written in this set's pens and printers' faces. ``compose`` is heldout158's (as
heldout269's to heldout309's), each page's rows drawn by heldout294's ``_render`` (and the renderers beneath
it) and then by this set's own ``_render`` in the lines it leaves for them: a WhatsApp chat's bubbles (pale
green at the right, grey at the left) and the lines inside them; Punjabi lines, sentences and hand in Noto
Sans and Serif Gurmukhi, their Latin runs and figures in the page's face (the hand's in an upright DejaVu
Serif, slanted as a pen slants it); a label in Punjabi with its English after a slash, its value at the right
and a hairline under it; a bagh as a letterhead's emblem (a panel of khaddar under nested lozenges of satin
darning, each ring's strokes across or down in turn, half lozenges at its edges, stepped triangles along its
top and foot); a phulkari's border as a divider (stepped triangles along both edges of a strip of khaddar, a
chain of lozenges between them); strands of pat, a threaded needle and a skein in a page's margins; and, after
the frame, the bagh a page is photographed lying on (a lattice of golden lozenges darned across and down in
turn over the khaddar, a skein of floss and a needle beside the page, the page's shadow, the page a little
askew). The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

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
from bench.receipt_sets.heldout273_families import hcells, ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
GREEN = (30, 150, 80)
RED = (200, 40, 40)
# the hands that write on this set's papers: italics and obliques in another mix than heldout308's and
# heldout309's
PENS = [
    "noto/NotoSerif-Italic.ttf",
    "liberation/LiberationSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
]
INKS = [(24, 38, 124), (28, 30, 90), (42, 40, 48), (16, 72, 100), (104, 28, 48)]
# the faces a page's fixed-width lines are printed in (a courier's roll, a branch's printer, a cover note)
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# Noto Sans and Noto Serif Gurmukhi for Punjabi (no earlier set draws the script), and the upright Latin
# face a Gurmukhi hand writes its figures in (heldout287's and heldout289's for their hands)
GUR = "noto/NotoSansGurmukhi-Regular.ttf"
GUR_BOLD = "noto/NotoSansGurmukhi-Bold.ttf"
GUR_SERIF = "noto/NotoSerifGurmukhi-Regular.ttf"
GUR_SERIF_BOLD = "noto/NotoSerifGurmukhi-Bold.ttf"
HAND_LATIN = "dejavu/DejaVuSerif.ttf"
GURMUKHI_FACES = [GUR, GUR_BOLD, GUR_SERIF, GUR_SERIF_BOLD, HAND_LATIN]
# the khaddar a phulkari is darned on (a madder red, a deep maroon, a rust brown, an indigo black) and the
# colours of its pat (untwisted silk floss): golden yellow, a deeper gold, orange, white, magenta, green
KHADDAR = [
    (150, 30, 34),
    (112, 22, 36),
    (142, 66, 38),
    (44, 38, 58),
]
GOLD = (236, 178, 40)
DEEP_GOLD = (214, 142, 26)
ORANGE = (232, 112, 30)
CREAM = (242, 232, 206)
MAGENTA = (192, 40, 112)
LEAF = (58, 132, 72)
FLOSS = [GOLD, DEEP_GOLD, ORANGE, CREAM, MAGENTA, LEAF]

# ---------------------------------------------------------------- the collective

FIRM = "Sanjh Phulkari Mahila Sahkari Sabha Ltd."
FIRM_CAPS = FIRM.upper()
FIRM_SHORT = "Sanjh Phulkari Mahila Sabha"
FIRM_PA = "ਸਾਂਝ ਫੁਲਕਾਰੀ ਮਹਿਲਾ ਸਹਿਕਾਰੀ ਸਭਾ ਲਿ."
# the society's name as a bank's beneficiary field cuts it
CUT = "SANJH PHULKARI MAHILA SA"
SHOP = "Sanjh Phulkari Ghar"
SHOP_CAPS = SHOP.upper()
SHOP_PA = "ਸਾਂਝ ਫੁਲਕਾਰੀ ਘਰ"
WEB = "sanjhphulkari.in"
REGD = "Regd. No. 1147/PTA of 2011"
GSTIN = "03AAAAS7243N1ZK"
PAN = "AAAAS7243N"
UDYAM = "UDYAM-PB-17-0031842"
PRESIDENT = "Gurmeet Kaur Sandhu"
SECRETARY = "Harpreet Kaur Grewal"
EXPORTS = "Simran Kaur Sandhu"
ACCOUNTANT = "Manjit Kaur Bajwa"
MASTER = "Bibi Charanjit Kaur"
ADDRESS = "Gali No. 4, Tripuri Town, Patiala, Punjab - 147004"
TOWN = "Tripuri, Patiala - 147004"
SHOP_AT = "Adalat Bazaar, near Qila Mubarak, Patiala - 147001"
BANK_LINE = "Punjab & Sind Bank, Adalat Bazaar, Patiala"
BIC = "PSIBINBB"
# Lohri (13 January 2026), before which the embroiderers' advances are paid; the Teeyan fair at Patiala,
# where the Sabha keeps a stall (10 to 16 August 2026)
LOHRI = dt.date(2026, 1, 13)
TEEYAN, TEEYAN_DAYS = dt.date(2026, 8, 10), 7
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab & Sind Bank": "PSIB",
    "Punjab National Bank": "PUNB",
    "Punjab Gramin Bank": "PUNG",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Bank of Baroda": "BARB",
    "Canara Bank": "CNRB",
    "Indian Overseas Bank": "IOBA",
    "AU Small Finance Bank": "AUBL",
    "The Jammu & Kashmir Bank": "JAKA",
    "The Patiala Central Co-operative Bank": "PCCB",
    "IndusInd Bank": "INDB",
    "Union Bank of India": "UBIN",
    "Yes Bank": "YESB",
    "IDFC FIRST Bank": "IDFB",
}
# the pieces sold: name, HSN, price each (low, high)
WORKS = [
    ("Bagh, fully darned, 2.5 m", "6214", 18000, 52000),
    ("Phulkari dupatta, chope border", "6214", 2600, 7800),
    ("Phulkari dupatta, chiffon", "6214", 1200, 2400),
    ("Thirma odhni, white khaddar", "6214", 6000, 16000),
    ("Sainchi-style shawl", "6214", 9000, 26000),
    ("Phulkari stole", "6214", 850, 2200),
    ("Phulkari kurti", "6211", 1400, 2500),
    ("Cushion cover pair, phulkari", "6304", 700, 1600),
    ("Table runner, phulkari", "6304", 900, 2300),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Bagh, fully darned, 2.5 m": "Bagh, full darn",
    "Phulkari dupatta, chope border": "Dupatta, chope",
    "Phulkari dupatta, chiffon": "Dupatta, chiffon",
    "Thirma odhni, white khaddar": "Thirma odhni",
    "Sainchi-style shawl": "Sainchi shawl",
    "Phulkari stole": "Phulkari stole",
    "Phulkari kurti": "Phulkari kurti",
    "Cushion cover pair, phulkari": "Cushion covers",
    "Table runner, phulkari": "Table runner",
}
# the same in the Punjabi a stall's hand writes
SHORT_PA = {
    "Bagh, fully darned, 2.5 m": "ਬਾਗ਼",
    "Phulkari dupatta, chope border": "ਚੋਪ ਦੁਪੱਟਾ",
    "Phulkari dupatta, chiffon": "ਸ਼ਿਫ਼ੋਨ ਦੁਪੱਟਾ",
    "Thirma odhni, white khaddar": "ਥਿਰਮਾ",
    "Sainchi-style shawl": "ਸੈਂਚੀ ਸ਼ਾਲ",
    "Phulkari stole": "ਸਟੋਲ",
    "Phulkari kurti": "ਕੁੜਤੀ",
    "Cushion cover pair, phulkari": "ਗੱਦੀ ਗਲਾਫ਼",
    "Table runner, phulkari": "ਮੇਜ਼ਪੋਸ਼",
}
CUSTOMERS = [
    "Mrs. Rupinder Kaur Dhillon",
    "Ms. Navjot Kaur",
    "Dr. Harleen Sidhu",
    "Mrs. Sunita Bansal",
    "Mr. Amarjit Singh Virk",
    "Ms. Gurleen Chahal",
    "Mrs. Kiran Arora",
]
# the women of Tripuri, Sanaur and the villages round Patiala who darn the pieces, and the Ghar's staff
EMBROIDERERS = [
    "Jasvir Kaur",
    "Paramjit Kaur",
    "Sukhwinder Kaur",
    "Balwinder Kaur",
    "Rajwant Kaur",
    "Kulwant Kaur",
    "Manpreet Kaur",
    "Amandeep Kaur",
]
STAFF = ["Navneet Kaur", "Gurdeep Singh"]
# the months as an app set in Punjabi prints them
PA_MONTHS = [
    "ਜਨਵਰੀ",
    "ਫ਼ਰਵਰੀ",
    "ਮਾਰਚ",
    "ਅਪ੍ਰੈਲ",
    "ਮਈ",
    "ਜੂਨ",
    "ਜੁਲਾਈ",
    "ਅਗਸਤ",
    "ਸਤੰਬਰ",
    "ਅਕਤੂਬਰ",
    "ਨਵੰਬਰ",
    "ਦਸੰਬਰ",
]


def gst_rate(price: float) -> float:
    """A piece's GST: 5% up to Rs. 2,500 a piece, 18% above it (a dupatta, a shawl, a kurti, a made-up)."""
    return 18.0 if price > 2500 else 5.0


def pieces(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The Sabha's pieces sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = 1 if lo >= 6000 else rng.randrange(1, 4)
        if "Cushion" in name or "stole" in name:
            q = rng.randrange(2, 6)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 3000 else 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Teeyan fair's, the days before Lohri), its UPI / card reference
    made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "PSIB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "03", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def pa_day(day: dt.date) -> str:
    """A day as an app set in Punjabi prints it: the day's figures, the month's Punjabi name, the year."""
    return f"{day.day} {PA_MONTHS[day.month - 1]} {day.year}"


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The Sabha's bills one payment settles: number, day (before the payment), sum; they add up to it."""
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


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h311", {"marks": {}, "decor": [], "chats": [], "frame": None})


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
    name = f"nt11{align}"
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


# ---------------------------------------------------------------- Punjabi in Gurmukhi (this set's rows)


def is_pa(ch: str) -> bool:
    """A Gurmukhi letter, sign or figure, or the danda Punjabi closes a sentence with."""
    return "\u0a00" <= ch <= "\u0a7f" or ch in "\u0964\u0965"


def pa_runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Gurmukhi and of other letters: a space or a joiner stays with the run it
    follows."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        g = is_pa(ch)
        if ch in " \u200c\u200d" and out:
            g = out[-1][0]
        if out and out[-1][0] == g:
            out[-1] = (g, out[-1][1] + ch)
        else:
            out.append((g, ch))
    return out


def pa_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return GUR_SERIF_BOLD if bold else GUR_SERIF
    return GUR_BOLD if bold else GUR


# Noto's Gurmukhi letters hang from a headline a little over a Latin face's x-height: set at this share of the
# size
PSCALE = 0.96


def _pface(g: bool, latin: str, size: int, bold: bool, serif: bool):
    if g:
        return load_font(pa_face(bold, serif), int(size * PSCALE))
    return load_font(bold_of(latin) if bold else latin, size)


def pa_width(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    """The width of a line of Gurmukhi and Latin runs."""
    return sum(_pface(g, latin, size, bold, serif).getlength(part) for g, part in pa_runs(text))


def pa_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for g, part in pa_runs(text):
        face = pa_face(bold, serif) if g else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_pa(
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
    """A line of Gurmukhi and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for g, part in pa_runs(text):
        face = _pface(g, latin, size, bold, serif)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def pa(
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
    """A line in Punjabi (a name over its English, a heading, an app's words), its Latin runs and figures in
    the page's face."""
    size = int(p.style["size"] * scale)
    assert pa_ok(text, p.font, bold=bold, serif=serif), text
    assert pa_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t11pa", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def pa_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Punjabi sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and pa_width(f"{line} {word}", p.font, size) > room:
            pa(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    pa(p, line, scale=scale, align="l", **(facts if first else {}))


def pa_hand(p: Screen, text: str, *, align: str = "l", scale: float = 1.2, figure: str = "", **facts) -> None:
    """A line written by hand in Punjabi: Noto Serif Gurmukhi for its letters and an upright Latin face for
    its figures, slanted as a pen slants it, in the page's ink; ``figure`` written at the right end of the
    line (a sum in a chit's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert pa_ok(text + figure, HAND_LATIN, serif=True), text
    need = pa_width(text, HAND_LATIN, size, serif=True) + size * 0.4
    if figure:
        need += pa_width(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t11ph", text, figure, mark_=[align, scale], **facts)


def pa_lab(
    p: Screen, other: str, english: str, value: str, *, pen: bool = False, bold: bool = False, **facts
) -> None:
    """This set's bilingual label of one line: the Punjabi in the page's ink, its English after a slash small
    in the label's ink, and the value set to the right (printed, in bold where ``bold``, or written by hand
    where ``pen``), a hairline under the row."""
    size = p.style["size"]
    assert pa_ok(other, p.font) and glyphs(p.font, f" / {english}"), (other, english)
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value), value
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    head = pa_width(other, p.font, int(size * 0.94)) + load_font(p.font, int(size * 0.72)).getlength(
        f"  /  {english}"
    )
    need = head + vface.getlength(value) + 30
    assert need <= room_of(p), (other, english, value, need, room_of(p))
    put(p, "t11pl", other, english, value, mark_=[pen, bold], **facts)


def pa_fit(p: Screen, other: str, english: str, values: list[str], *, bold: bool = False) -> str:
    """The first of ``values`` that fits a ``pa_lab`` row of ``other`` and ``english`` (the last where none
    does)."""
    size = p.style["size"]
    head = pa_width(other, p.font, int(size * 0.94)) + load_font(p.font, int(size * 0.72)).getlength(
        f"  /  {english}"
    )
    vface = load_font(bold_of(p.font) if bold else p.font, size)
    return next((v for v in values if head + vface.getlength(v) + 30 <= room_of(p)), values[-1])


# ---------------------------------------------------------------- this set's rows and marks


def bagh(p: Screen) -> None:
    """A bagh as a letterhead's emblem: a panel of hand-spun khaddar (its coarse weave showing) darned from
    the back in untwisted silk floss (pat) so thick the ground hardly shows: a great lozenge of nested
    lozenges, the satin strokes of each ring running across in one and down in the next so the same golden
    floss shines in two tones, half lozenges at the panel's edges, a row of small stepped triangles along its
    top and foot; centred, three lines high."""
    put(p, "t11bg", "", mark_=[p.rng.randrange(len(KHADDAR)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def chope(p: Screen) -> None:
    """A phulkari's border as a divider across the page: a strip of khaddar with a row of stepped triangles
    (kangura) darned in gold along each edge and a chain of small lozenges between them in gold and magenta
    in turn, each darned in straight satin strokes; one line high."""
    put(p, "t11ch", "", mark_=[p.rng.randrange(len(KHADDAR)), p.rng.randrange(10**6)])


def floss(p: Screen) -> None:
    """The embroiderer's table in the page's margins: loose strands of pat in gold, magenta, green and white,
    a needle threaded with a length of it, a small twisted skein."""
    ext(p)["decor"].append(["floss", p.rng.randrange(10**6)])


def on_bagh(p: Screen) -> None:
    """The page photographed lying on a bagh spread on the floor: the khaddar all but hidden under a lattice
    of golden lozenges darned in pat (each lozenge's strokes across or down in turn, so the lattice
    shimmers), a skein of floss and a needle with its thread beside the page, the page's shadow, the page a
    little askew."""
    ext(p)["frame"] = ["bagh", p.rng.randrange(len(KHADDAR)), p.rng.randrange(10**6)]


def wa_open(p: Screen) -> int:
    return len(p.rows)


def wa_text(
    p: Screen,
    text: str,
    mine: bool,
    *,
    scale: float = 1.0,
    bold: bool = False,
    soft: bool = False,
    share: float = 0.66,
    **facts,
) -> None:
    """A chat message's text inside its bubble: set at the right (``mine``) or at the left, in as many lines
    as the bubble holds (the facts on the first); a line set large is given a second line's room."""
    font = bold_of(p.font) if bold else p.font
    assert glyphs(font, text), text
    face = load_font(font, int(p.style["size"] * scale))
    room = room_of(p) * share
    out, line = [], ""
    for word in text.split():
        if line and face.getlength(f"{line} {word}") > room:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(line)
    for n_, t in enumerate(out):
        put(p, "t11wl", t, mark_=[scale, bold, soft, mine], **(facts if n_ == 0 else {}))
        if scale > 1.3:
            p.add("gap")


def wa_close(p: Screen, start: int, mine: bool) -> None:
    """A chat bubble round the rows from ``start`` to the last added: a pale green one at the right (the
    phone's owner's) or a pale grey one at the left, rounded; the rows inside it this set's chat lines."""
    ext(p)["chats"].append([start, len(p.rows) - 1, mine])
    p.add("gap")


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _khaddar(w: int, h: int, ground, seed: int) -> np.ndarray:
    """Hand-spun khaddar: the ground's colour, its uneven threads (slubs) across and down, its coarse
    weave."""
    g = np.random.default_rng(seed)
    base = np.full((h, w, 3), ground, dtype=np.float32)
    rows_ = g.normal(0, 9, (h, 1)) * np.ones((1, w))
    cols_ = g.normal(0, 9, (1, w)) * np.ones((h, 1))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    weave = 6.0 * np.sin(xx * 2.1) * np.sin(yy * 2.1)
    fine = g.normal(0, 4, (h, w))
    return np.clip(base + (0.5 * rows_ + 0.5 * cols_ + weave + fine)[..., None], 0, 255)


def _satin(shape: tuple[int, int], colour, across: bool, period: float, seed: int) -> np.ndarray:
    """A patch of satin darning in ``colour``: its strokes across (or down), each a little lit along its
    middle, the floss shining brighter where the strokes lie across."""
    h, w = shape
    g = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = yy if across else xx
    stroke = 0.82 + 0.18 * np.cos(2 * np.pi * t / period) ** 2
    sheen = 1.08 if across else 0.9
    jitter = g.normal(0, 0.025, (h, w))
    shade = np.clip(stroke * sheen + jitter, 0.5, 1.25)
    return np.clip(np.array(colour, dtype=np.float32)[None, None, :] * shade[..., None], 0, 255)


def _bagh_art(H: int, ground_i: int, seed: int) -> Image.Image:
    """The emblem drawn ``H`` high (a panel 1.9 times as wide), at three times the size it is set at."""
    srng = random.Random(seed)
    k = 3
    h, w = H * k, int(H * 1.9) * k
    ground = KHADDAR[ground_i]
    art = _khaddar(w, h, ground, srng.randrange(10**6))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    period = max(3.0, k * 1.6)
    across = _satin((h, w), GOLD, True, period, srng.randrange(10**6))
    down = _satin((h, w), GOLD, False, period, srng.randrange(10**6))
    accents = [ORANGE, CREAM, MAGENTA, LEAF]
    accent = accents[srng.randrange(len(accents))]
    acc_across = _satin((h, w), accent, True, period, srng.randrange(10**6))
    edge = h * 0.14
    cx, cy = w / 2, h / 2
    a, b = w * 0.3, (h - 2 * edge) * 0.5
    d = np.abs(xx - cx) / a + np.abs(yy - cy) / b
    cuts = [1.0, 0.8, 0.6, 0.4, 0.2, 0.0]
    gap = 0.035
    for n in range(5):
        hi, lo = cuts[n], cuts[n + 1]
        ring = (d <= hi - gap) & (d > lo + (gap if n < 4 else 0))
        if n == 2:
            patch = acc_across
        else:
            patch = across if n % 2 == 0 else down
        art[ring] = patch[ring]
    # half lozenges at the panel's left and right edges, their strokes down
    for ex in (0.0, float(w)):
        d2 = np.abs(xx - ex) / (a * 0.62) + np.abs(yy - cy) / (b * 0.62)
        half = d2 <= 1.0 - gap
        inner = d2 <= 0.5
        art[half & ~inner] = down[half & ~inner]
        art[inner] = across[inner]
    # the rows of stepped triangles along the top and the foot
    tri_w = edge * 1.4
    for top_row in (True, False):
        for n in range(int(w / tri_w) + 1):
            x0 = n * tri_w
            u = (xx - x0) / tri_w
            if top_row:
                v = yy / (edge * 0.9)
            else:
                v = (h - 1 - yy) / (edge * 0.9)
            inside = (u >= 0.06) & (u <= 0.94) & (v >= 0.08) & (v <= 1.0 - np.abs(u - 0.5) * 2 + 0.0)
            art[inside] = across[inside] if n % 2 == 0 else down[inside]
    img = Image.fromarray(art.astype(np.uint8), "RGB")
    return img.resize((w // k, h // k), Image.LANCZOS)


def _emblem(page: Image.Image, cx: float, top_y: float, H: float, ground_i: int, seed: int) -> None:
    """The bagh panel set on the page, a thin dark edge round it and a soft shadow under it."""
    art = _bagh_art(int(H), ground_i, seed)
    x0, y0 = int(cx - art.width / 2), int(top_y)
    shadow = Image.new("L", page.size, 0)
    ImageDraw.Draw(shadow).rectangle((x0 + 4, y0 + 5, x0 + art.width + 4, y0 + art.height + 5), fill=80)
    shadow = shadow.filter(ImageFilter.GaussianBlur(4))
    page.paste(Image.composite(Image.new("RGB", page.size, (80, 70, 60)), page, shadow))
    page.paste(art, (x0, y0))
    ImageDraw.Draw(page).rectangle(
        (x0, y0, x0 + art.width - 1, y0 + art.height - 1), outline=(60, 20, 24), width=1
    )


def _chope(page: Image.Image, x0: float, x1: float, y0: float, y1: float, ground_i: int, seed: int) -> None:
    """The divider: a strip of khaddar, stepped triangles darned along both edges, a chain of lozenges."""
    srng = random.Random(seed)
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    W, H = w * k, h * k
    art = _khaddar(W, H, KHADDAR[ground_i], srng.randrange(10**6))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    period = max(3.0, k * 1.4)
    across = _satin((H, W), GOLD, True, period, srng.randrange(10**6))
    down = _satin((H, W), DEEP_GOLD, False, period, srng.randrange(10**6))
    other = _satin((H, W), srng.choice([MAGENTA, CREAM, ORANGE]), True, period, srng.randrange(10**6))
    tri = H * 0.3
    for top_row in (True, False):
        n = 0
        x = 0.0
        while x < W:
            u = (xx - x) / tri
            v = (yy / (tri * 0.9)) if top_row else ((H - 1 - yy) / (tri * 0.9))
            inside = (u >= 0.08) & (u <= 0.92) & (v >= 0.05) & (v <= 1.0 - np.abs(u - 0.5) * 2)
            art[inside] = down[inside]
            x += tri
            n += 1
    cy = H / 2
    r = H * 0.17
    x = r * 1.5
    n = 0
    while x < W - r:
        d = np.abs(xx - x) / r + np.abs(yy - cy) / r
        inside = d <= 1.0
        art[inside] = (across if n % 2 == 0 else other)[inside]
        x += r * 2.6
        n += 1
    img = Image.fromarray(art.astype(np.uint8), "RGB").resize((w, h), Image.LANCZOS)
    page.paste(img, (int(x0), int(y0)))


def _strand(d: ImageDraw.ImageDraw, x: float, y: float, length: float, angle: float, colour, srng) -> None:
    """A loose strand of floss: a soft wavy line with a faint shadow under it."""
    pts, sh = [], []
    amp = srng.uniform(1.5, 3.5)
    phase = srng.uniform(0, 6.3)
    for t in range(40):
        s = t / 39 * length
        off = amp * math.sin(phase + s / 9.0)
        px = x + math.cos(angle) * s - math.sin(angle) * off
        py = y + math.sin(angle) * s + math.cos(angle) * off
        pts.append((px, py))
        sh.append((px + 1.5, py + 1.5))
    d.line(sh, fill=(90, 80, 70, 70), width=3, joint="curve")
    d.line(pts, fill=tuple(colour) + (255,), width=2, joint="curve")


def _needle(
    d: ImageDraw.ImageDraw, x: float, y: float, length: float, angle: float, thread, drift: float = 3.2
) -> None:
    """A steel needle with its eye, a length of floss through the eye (drifting ``drift`` to the side a
    step)."""
    ex, ey = x + math.cos(angle) * length, y + math.sin(angle) * length
    d.line((x + 1, y + 1, ex + 1, ey + 1), fill=(80, 80, 84, 90), width=3)
    d.line((x, y, ex, ey), fill=(168, 170, 176, 255), width=2)
    d.line(
        (x, y, x + math.cos(angle) * length * 0.3, y + math.sin(angle) * length * 0.3),
        fill=(220, 222, 228, 255),
    )
    d.ellipse((x - 2, y - 2, x + 2, y + 2), outline=(110, 110, 116, 255))
    tail = [(x, y)]
    for t in range(1, 16):
        tail.append((x - t * drift + 3 * math.sin(t / 2.0), y + t * (1.5 if drift > 1 else 3.2)))
    d.line(tail, fill=tuple(thread) + (255,), width=2, joint="curve")


def _skein(d: ImageDraw.ImageDraw, x: float, y: float, r: float, colour) -> None:
    """A small skein of floss: loops of it lying over one another, a twist at its middle."""
    for n in range(7):
        o = (n - 3) * r * 0.15
        d.ellipse(
            (x - r + o, y - r * 0.42 + o * 0.3, x + r + o, y + r * 0.42 + o * 0.3),
            outline=tuple(colour) + (255,),
            width=2,
        )
    d.ellipse(
        (x - r * 0.2, y - r * 0.3, x + r * 0.2, y + r * 0.3), fill=_tint((60, 40, 20), colour, 0.3) + (255,)
    )


def _floss(page: Image.Image, seed: int) -> Image.Image:
    """The margins: strands of pat, a threaded needle, a small skein."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(10, MARGIN - 14) if left else srng.uniform(width - MARGIN + 12, width - 12)
        return x, srng.uniform(40, height - 90)

    for _ in range(srng.randrange(3, 6)):
        x, y = spot()
        _strand(
            d, x, y, srng.uniform(36, 64), math.pi / 2 + srng.uniform(-0.1, 0.1), srng.choice(FLOSS), srng
        )
    x, y = spot()
    _needle(d, x, y, srng.uniform(34, 44), math.pi / 2 + srng.uniform(-0.06, 0.06), srng.choice(FLOSS), 0.3)
    x, y = spot()
    x = 15 if x < width / 2 else width - 16
    _skein(d, x, y, 7, srng.choice([GOLD, MAGENTA, ORANGE]))
    return layer.convert("RGB")


def _bagh_cloth(w: int, h: int, ground_i: int, seed: int) -> Image.Image:
    """A bagh spread out: khaddar under a lattice of darned lozenges, each one's strokes across or down in
    turn."""
    srng = random.Random(seed)
    art = _khaddar(w, h, KHADDAR[ground_i], srng.randrange(10**6))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    s = srng.choice([46.0, 54.0, 62.0])
    u = (xx + yy) / s
    v = (xx - yy) / s
    fu, fv = u - np.floor(u), v - np.floor(v)
    parity = (np.floor(u) + np.floor(v)) % 2
    gap = 0.07
    inside = (fu > gap) & (fu < 1 - gap) & (fv > gap) & (fv < 1 - gap)
    across = _satin((h, w), GOLD, True, 2.2, srng.randrange(10**6))
    down = _satin((h, w), DEEP_GOLD, False, 2.2, srng.randrange(10**6))
    art[inside & (parity == 0)] = across[inside & (parity == 0)]
    art[inside & (parity == 1)] = down[inside & (parity == 1)]
    # a small lozenge of another colour at every fourth crossing
    mid = (np.abs(fu - 0.5) + np.abs(fv - 0.5)) < 0.16
    every = ((np.floor(u) % 2) == 0) & ((np.floor(v) % 2) == 0)
    accent = _satin((h, w), srng.choice([MAGENTA, CREAM, LEAF]), True, 2.2, srng.randrange(10**6))
    art[mid & every] = accent[mid & every]
    return Image.fromarray(art.astype(np.uint8), "RGB")


def _on_bagh(image: Image.Image, ground_i: int, seed: int) -> Image.Image:
    """The page on a bagh: the cloth round it, the page turned a little with its shadow, a skein of floss
    and a threaded needle beside it."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad + 140, h + 2 * pad
    cloth = _bagh_cloth(bw, bh, ground_i, srng.randrange(10**6))
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 8, (bh - turned.height) // 2
    shadow = Image.new("L", cloth.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 150 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    cloth = Image.composite(Image.new("RGB", cloth.size, (40, 20, 16)), cloth, shadow)
    cloth.paste(turned, (sx, sy), turned)
    layer = cloth.convert("RGBA")
    d = ImageDraw.Draw(layer)
    side = sx + turned.width + 20
    _skein(d, side + 50, srng.uniform(bh * 0.2, bh * 0.45), 34, srng.choice([MAGENTA, CREAM, ORANGE]))
    _needle(d, side + 20, srng.uniform(bh * 0.55, bh * 0.75), 70, -0.6 + srng.uniform(-0.2, 0.2), GOLD)
    return layer.convert("RGB")


def _pa_lab(
    draw: ImageDraw.ImageDraw, r: tuple, m: list, y: float, top_y: float, font: str, style: dict
) -> None:
    """This set's bilingual label: the Punjabi, its English after a slash, the value at the right, a
    hairline under the row."""
    size = style.get("size", 22)
    width = style.get("width", 620)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    line = int(size * 1.55)
    pen, bold = m
    s_ = int(size * 0.94)
    draw_pa(draw, (MARGIN, y), r[1], font, s_, ink)
    hx = MARGIN + pa_width(r[1], font, s_)
    small = load_font(font, int(size * 0.72))
    draw.text((hx, y + size * 0.22), f"  /  {r[2]}", font=small, fill=soft)
    if pen:
        x = style.get("h271", {})
        vface = load_font(x.get("pen", PENS[0]), int(size * 1.08))
        vink = tuple(x.get("pen_ink", INKS[0]))
        dy = -size * 0.22
    else:
        vface = load_font(bold_of(font) if bold else font, size)
        vink = ink
        dy = 0
    vx = width - MARGIN - vface.getlength(r[3])
    draw.text((vx, y + dy), r[3], font=vface, fill=vink)
    draw.line(
        (MARGIN, top_y + line - 2, width - MARGIN, top_y + line - 2), fill=_tint(soft, paper_, 0.35), width=1
    )


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: chat bubbles and their lines, Punjabi lines, labels and
    hand, a bagh as an emblem, a phulkari's border as a divider, floss and a needle in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h311")
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
    if x["chats"]:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for start, end, mine in x["chats"]:
            wide = 0.0
            for i in range(start, end + 1):
                r = rows[i]
                if r[0] == "t11wl":
                    scale, bold, _soft, _mine = marks[str(i)]
                    face = load_font(bold_of(font) if bold else font, int(size * scale))
                    wide = max(wide, face.getlength(r[1]))
                elif r[0] == "t94fw":
                    wide = max(wide, load_font(font, int(size * 0.78)).getlength(r[1]) + size * 1.3)
            y0 = tops[start] - lift - 8
            y1 = tops[end] + line - lift + 6
            if mine:
                box = (width - MARGIN - wide - 18, y0, width - MARGIN + 14, y1)
                fill_ = (214, 246, 196)
            else:
                box = (MARGIN - 14, y0, MARGIN + wide + 18, y1)
                fill_ = (236, 236, 232)
            ld.rounded_rectangle(box, radius=16, fill=fill_)
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t11"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t11pa":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = pa_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_pa(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t11pl":
            _pa_lab(draw, r, m, y, top_y, font, style)
        elif name == "t11ph":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = pa_width(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.8)
                layer = Image.new("L", (lw, lh), 0)
                draw_pa(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.16, -0.16 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                colour = Image.new("RGB", layer.size, pen_ink)
                page.paste(colour, (int(tx), int(y - lh * 0.32)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t11wl":
            scale, bold, is_soft, mine = m
            face = load_font(bold_of(font) if bold else font, int(size * scale))
            tw = face.getlength(r[1])
            tx = width - MARGIN - tw if mine else MARGIN
            draw.text((tx, y), r[1], font=face, fill=soft if is_soft else ink)
        elif name == "t11bg":
            ground_i, seed = m
            _emblem(page, width / 2, top_y + line * 0.04, line * 2.9, ground_i, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t11ch":
            ground_i, seed = m
            _chope(page, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.9, ground_i, seed)
            draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "floss":
            page = _floss(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout309's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, and the bagh a page is photographed lying on."""
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
    f = (style.get("h311") or {}).get("frame")
    if f and f[0] == "bagh":
        image = _on_bagh(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *GURMUKHI_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout311 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Ghar's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, "SANJH PHULKARI GHAR PATIALA"]
VPAS = [
    "sanjhphulkari@psb",
    "sanjhphulkarighar@okhdfcbank",
    "Q482915736@ybl",
    "bharatpe.9006172534@fbpe",
    "sanjh.phulkari@pnb",
]
BUYERS = [
    ("Rupinder Kaur Dhillon", "State Bank of India"),
    ("Navjot Kaur", "Punjab National Bank"),
    ("Harleen Sidhu", "HDFC Bank"),
    ("Sunita Bansal", "ICICI Bank"),
    ("Amarjit Singh Virk", "Punjab & Sind Bank"),
    ("Gurleen Chahal", "Axis Bank"),
    ("Kiran Arora", "Kotak Mahindra Bank"),
    ("Mandeep Gill", "IndusInd Bank"),
]
NOTES = [
    "phulkari dupatta",
    "bagh for shagun",
    "2 stoles",
    "chope dupatta",
    "kurti and dupatta",
    "wedding bagh",
]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Punjab National Bank": "PNB",
        "HDFC Bank": "HDFC",
        "ICICI Bank": "ICICI",
        "Punjab & Sind Bank": "PSB",
        "Axis Bank": "Axis",
        "Kotak Mahindra Bank": "Kotak",
        "IndusInd Bank": "IndusInd",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Sanjh Phulkari Ghar or the Sabha: BharatPe for Business on the Ghar's phone (the Ghar
    under the app's bar, its soundbox's announcement, a large round tick, Payment received, the sum set large,
    "from <buyer>"; UPI Ref No., Received at, Paid via and Settlement against a gutter); Jupiter's money sent
    ("Today, <hour>"; a tile's tick, Money sent and the sum on a pale top with a wavy edge; To, UPI Ref. No.,
    From and Note with colons; no day); BHIM set in Punjabi (an octagon's tick, "ਭੁਗਤਾਨ ਸਫਲ ਰਿਹਾ" (payment
    successful), the day with its month's Punjabi name and the hour, the sum, "ਪ੍ਰਾਪਤਕਰਤਾ" (recipient) over
    the payee and its UPI ID; "ਲੈਣ-ਦੇਣ ਦੇ ਵੇਰਵੇ" (transaction details): each label in Punjabi with its English
    after a slash and the value at the right, a hairline under each: "ਯੂਪੀਆਈ ਹਵਾਲਾ ਨੰ." (UPI Ref No.), "ਖਾਤੇ
    ਵਿੱਚੋਂ" (From A/c), "ਟਿੱਪਣੀ" (Note)); Punjab & Sind Bank's PSB UnIC with Transaction Successful under a
    large round tick (the sum; Paid to, UPI Ref No., Date & Time, Debit A/c, Remarks in a table ruled on every
    side); Amazon Pay's UPI payment failed on a tinted band (the sum, "to <payee>", the reason in a notice;
    Transaction ID and Attempted on, Bank and Mode, labels small over their values two to a row); IndusInd
    Bank's IndusMobile under its tabs (Payment successful in a capsule, the sum, "Paid to" over the payee; UPI
    Ref No., Date, From and Note at the left and the right); WhatsApp's chat with the Ghar with a payment
    pending in a green bubble (the Ghar on top, the day's divider, the bubble: "Payment to <payee>", the sum
    set large, "Pending" and the hour; a note under it; no reference); Fi's money sent on a scalloped badge
    (the sum; To, UPI Ref No., Sent on and From in shaded labels). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=700, high=48000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    note_ = rng.choice(NOTES)
    if k in (0, 2) and rng.random() < 0.5:
        season(j, rng, TEEYAN, TEEYAN_DAYS)
    if k == 0:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "BharatPe"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 148, 136))
        app_head(p, "BharatPe for Business", "Payments")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Adalat Bazaar, Patiala")
        h287.speaker(p, f"Received {num(j.amount, 'indian', 0)} rupees on BharatPe")
        sicon(p, status)
        p.add("center", "Payment received", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"from {who}")
        p.add("gap")
        gutter(p, "bp", "UPI Ref No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        gutter(
            p,
            "bp",
            "Received at",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.4,
            date=j.date,
        )
        gutter(p, "bp", "Paid via", f"UPI ({sb})", at=0.4, method="UPI")
        gutter(p, "bp", "Settlement", "next working day", at=0.4)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Jupiter"], dark=False, buttons=("Done",))
        app_head(p, "Jupiter", "Money  |  UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Money sent", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h279.wave(p, (255, 226, 196))
        p.add("gap")
        name = clip(rng.choice([to, SHOP]), 26)
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        h271.colkv(p, "jp", spec, "To:", name, merchant=name)
        h271.colkv(p, "jp", spec, "UPI Ref. No.:", j.ref, txn=(UTR_RANK, j.ref))
        h271.colkv(p, "jp", spec, "From:", f"Jupiter Pro {masked(p.font)}{last4}", method="UPI")
        h271.colkv(p, "jp", spec, "Note:", note_)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Share",))
        band(p, (232, 110, 36))
        app_head(p, "BHIM", "UPI")
        h294.octa(p, status)
        pa(p, "ਭੁਗਤਾਨ ਸਫਲ ਰਿਹਾ", bold=True, scale=1.1, status=status)
        pa(p, f"{pa_day(j.date)}, {hhmm(rng, lower=True)}", soft=True, scale=0.84, date=j.date)
        p.add("big", rs(j.amount), amount=j.amount)
        pa(p, "ਪ੍ਰਾਪਤਕਰਤਾ", soft=True, scale=0.86, align="l")
        name = pick(p, "left", [to, SHOP])
        p.add("left", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        pa(p, "ਲੈਣ-ਦੇਣ ਦੇ ਵੇਰਵੇ", bold=True, align="l")
        pa_lab(p, "ਯੂਪੀਆਈ ਹਵਾਲਾ ਨੰ.", "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        pa_lab(p, "ਖਾਤੇ ਵਿੱਚੋਂ", "From A/c", f"{sb} XX{last4}", method="UPI")
        pa_lab(p, "ਟਿੱਪਣੀ", "Note", note_)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "PSB UnIC"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 112, 64))
        app_head(p, "PSB UnIC", "Punjab & Sind Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = clip(rng.choice([to, SHOP]), 24)
        at = 0.38
        gkv(p, "ps", "Paid to", name, at=at, merchant=name)
        gkv(p, "ps", "UPI Ref No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gkv(
            p, "ps", "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date
        )
        gkv(p, "ps", "Debit A/c", f"XXXXXX{last4}", at=at, method="UPI")
        gkv(p, "ps", "Remarks", note_, at=at)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Amazon Pay"], dark=False, buttons=("Retry payment",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "Your bank declined this payment (daily UPI limit reached). If any amount was debited, it "
            "will be "
            "refunded within 3 to 5 working days.",
            "error",
        )
        tid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        two_up(
            p,
            "az1",
            ("Transaction ID", tid),
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "az2", ("Bank", f"{sb} XX{last4}"), ("Mode", "UPI"), method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "IndusMobile"], dark=False, buttons=("Share", "Done"))
        band(p, (132, 26, 40))
        app_head(p, "IndusMobile", "IndusInd Bank  |  UPI")
        h275.tabs(p, ["Receipt", "Details", "Help"], 0)
        p.add("gap")
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "From", f"{sb} XX{last4}", method="UPI")
        kvr(p, "Note", note_)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        name = pick(p, "title", [SHOP, SHOP_CAPS])
        p.add("title", name, merchant=name)
        p.add("small", "Business account")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b %Y"])), date=j.date)
        p.add("gap")
        s_ = wa_open(p)
        head = f"Payment to {name}"
        wa_text(p, head if len(head) <= 30 else "Payment to", True, scale=0.8, soft=True)
        wa_text(p, rs(j.amount), True, scale=1.6, bold=True, amount=j.amount)
        wa_text(p, f"Pending  {hhmm(rng, lower=True)}", True, soft=True, status=status, method="UPI")
        wa_close(p, s_, True)
        note(
            p,
            "Your bank is taking longer than usual to confirm this payment. Don't pay again: WhatsApp will "
            "update it here.",
            align="c",
        )
        return p.done()
    p = phone(rng, font, k, ["", "Fi"], dark=False, buttons=("Done",))
    band(p, (0, 150, 122))
    app_head(p, "Fi", "Federal Bank  |  UPI")
    h287.burst(p, status)
    p.add("center", "Money sent", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    name = clip(rng.choice([to, SHOP]), 24)
    kv(p, "To", name, at=0.36, merchant=name)
    kv(p, "UPI Ref No.", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
    kv(p, "Sent on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
    kv(p, "From", f"Fi Federal {masked(p.font)}{last4}", at=0.36, method="UPI")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


PSIEC = "Punjab Small Industries & Export Corporation Ltd."
PSIEC_SHORT = "Punjab Small Industries & Export Corpn."
PSIEC_PA = "ਪੰਜਾਬ ਸਮਾਲ ਇੰਡਸਟਰੀਜ਼ ਐਂਡ ਐਕਸਪੋਰਟ ਕਾਰਪੋਰੇਸ਼ਨ ਲਿ."
BOUTIQUE = "Rangla Boutique Chd"
NOOR = "House of Noor Couture Pvt. Ltd."
WEDDINGS = "Grewal Weddings & Events LLP"
KHAAT = "Kaarigar Haat Online Pvt. Ltd."
HOTEL = "Golden Courtyard Hotels Pvt. Ltd."
KESAR = "Kesar & Kikar Apparel LLP"
KNITS = "MALHOTRA KNIT EXPORTS"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the Sabha: the Punjab Small Industries & Export Corporation's PAYMENT
    ADVICE for its Phulkari emporia under its Punjabi name (Ref. No. and Date on a line; "To, The Secretary,"
    and the Sabha; Sub:; Bill No. | Bill Date | Gross | TDS-GST 2% | Net in a table ruled on every side, Net
    amount paid its total row; "The net amount has been remitted ... through NEFT vide UTR ..."; its oval
    stamp; the Manager (Accounts)' signature); a Chandigarh boutique's WhatsApp chat with a forwarded message
    in a grey bubble ("Paid Rs. x to <payee> by NEFT on <day> against bill ..."; the Ghar's reply in a green
    bubble; no reference); a Delhi designer label's Payment Advice mailed from SAP Business One (its sentence;
    Document No., Posting Date, Vendor, Payment Means and Reference against a gutter; Invoice | Date | Amount
    on hairline rows; Total under a rule and a double rule); Kotak FYN with a Ludhiana wedding house's NEFT
    awaiting approval (a capsule, a progress bar, a notice; Payment ID and Value Date, Beneficiary and Amount,
    Mode and UTR, labels small over their values two to a row); RazorpayX's payout mail for a Bengaluru craft
    marketplace (Payout processed, its sentence; Beneficiary, Amount, Mode, Payout ID, UTR, Processed on,
    Purpose at the left and the right); ICICI Bank's Corporate Internet Banking with an Amritsar hotel's NEFT
    rejected on a tinted band (the reason in a notice; Transaction Reference, Beneficiary Name, Amount,
    Transaction Date, Payment Mode, Rejection Reason in dot leaders); a Mumbai fashion brand's Google Chat
    space under a "Today" divider (the writer's name, bold, and the hour; "Payment done: Rs. x to <payee> via
    IMPS ...", "IMPS ref no ..."; a reply; no day); a Ludhiana knitwear exporter's letter as it came off the
    fax (the fax's transmission line across its top; Date; "To, The Secretary," and the Sabha; Sub:; "We have
    today remitted Rs. x/- ... by NEFT vide UTR ..."; Yours faithfully and a signature). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=12000, high=280000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        pa(p, PSIEC_PA, bold=True, scale=0.92)
        top(p, pick(p, "title", [PSIEC, PSIEC_SHORT]))
        p.add("small", "Phulkari - Punjab Government Emporium  |  Udyog Bhawan, Sector 17, Chandigarh")
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        ref = f"PSIEC/Emp/Accts/{rng.randrange(110, 990)}"
        cols(
            p,
            "ps0",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Ref. No. {ref}",
            f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = rng.choice([FIRM, FIRM_CAPS])
        p.add("left", f"{name},", merchant=name)
        p.add("left", f"{TOWN}.")
        prose(
            p,
            "Sub: Payment against your bills for phulkari dupattas and baghs supplied to the Phulkari "
            "emporia.",
        )
        spec = [(0.0, 0.3, "l"), (0.3, 0.47, "c"), (0.47, 0.64, "r"), (0.64, 0.82, "r"), (0.82, 1.0, "r")]
        lines, net_total = [], 0.0
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "SPMS"):
            tds = round(v * 0.02, 2)
            net = round(v - tds, 2)
            net_total += net
            lines.append(([no_, when(day, "%d.%m.%y"), num(v), num(tds), num(net)], {}))
        j.amount = round(net_total, 2)
        grid(
            p,
            "pst",
            spec,
            ["Bill No.", "Bill Date", "Gross", "TDS-GST 2%", "Net"],
            lines,
            foot=(["Net amount paid", num(j.amount)], {"amount": j.amount}),
        )
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        prose(
            p,
            f"The net amount has been remitted to your account with {BANK_LINE} through {way} vide UTR "
            f"{utr}.",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        h287.oval(p, ["P.S.I.E.C. LTD.", "ACCOUNTS", "CHANDIGARH"], "violet", at=0.28, rows_=3)
        sig(p)
        p.add("right", "Manager (Accounts)")
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(24, 180) * 500)
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", BOUTIQUE)
        p.add("small", "online")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        divider(p, "Today")
        p.add("gap")
        name = rng.choice([SHOP, FIRM_SHORT])
        bill = f"SPG/{fy(j.date)}/{rng.randrange(100, 990)}"
        s_ = wa_open(p)
        h294.fwd(p)
        wa_text(
            p,
            f"Paid Rs. {num(j.amount, 'indian', 0)} to {name} by NEFT on {when(j.date, '%d-%m-%Y')} against "
            f"bill {bill}, for the chope dupattas.",
            False,
            share=0.7,
            merchant=name,
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        wa_text(p, hhmm(rng, lower=True), False, scale=0.7, soft=True)
        wa_close(p, s_, False)
        s_ = wa_open(p)
        wa_text(p, "Thank you ji! Will confirm once it reflects.", True, share=0.7)
        wa_text(p, hhmm(rng, lower=True), True, scale=0.7, soft=True)
        wa_close(p, s_, True)
        return p.done()
    if k == 2:
        p = mail_page(
            rng,
            font,
            "House of Noor - Accounts <payables@houseofnoor.in>",
            ["Payment Advice - House of Noor Couture", "Remittance advice: outgoing payment"],
        )
        p.part = "head"
        top(p, pick(p, "title", [NOOR, "House of Noor Couture"]))
        p.add("small", "Okhla Phase III, New Delhi  |  Outgoing Payment")
        p.add("rule")
        p.part = "body"
        prose(p, "Dear Sir / Madam, please find below the details of the payment we have made to you.")
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        doc = str(rng.randrange(20100, 29900))
        payee = rng.choice([FIRM, FIRM_SHORT])
        at = 0.34
        gutter(p, "sap", "Document No.", doc, at=at, txn=(INVOICE_RANK, doc))
        gutter(p, "sap", "Posting Date", day_as(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), at=at, date=j.date)
        gutter(p, "sap", "Vendor", payee, at=at, merchant=payee)
        gutter(p, "sap", "Payment Means", f"Bank Transfer - {way}", at=at, method="netbanking", status=status)
        gutter(p, "sap", "Reference", f"UTR {utr}", at=at, txn=(UTR_RANK, utr))
        p.add("gap")
        spec = [(0.0, 0.42, "l"), (0.42, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "sph", spec, "Invoice", "Date", "Amount", mode="line")
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "SPMS"):
            cols(p, "spl", spec, no_, when(day, "%d.%m.%Y"), num(v), mode="line")
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add("small", "This advice is generated from SAP Business One. Please do not reply to this mail.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "fyn.kotak.com/payments/approvals/detail")
        p.part = "head"
        top(p, "Kotak FYN")
        p.add("small", f"Kotak Mahindra Bank  |  {WEDDINGS}, Ludhiana")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment  -  NEFT")
        pill(p, "Awaiting approval", status, align="l")
        p.add("gap")
        h294.progress(p, 0.5, status)
        boxed(
            p,
            "This payment has been created and is waiting for the second approver. It will be sent to the "
            "beneficiary's bank once it is approved.",
            "warn",
        )
        pid = f"KFYN{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        two_up(
            p,
            "kf1",
            ("Payment ID", pid),
            ("Value Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(BANK_RANK, pid),
            date=j.date,
        )
        p.add("gap")
        two_up(
            p,
            "kf2",
            ("Beneficiary", clip(name, 24)),
            ("Amount", rs(j.amount)),
            merchant=clip(name, 24),
            amount=j.amount,
        )
        p.add("gap")
        two_up(p, "kf3", ("Mode", "NEFT"), ("UTR", "Not generated yet"), method="netbanking")
        return p.done()
    if k == 4:
        p = mail_page(
            rng,
            font,
            "RazorpayX <payouts@razorpay.com>",
            ["Payout processed: Kaarigar Haat", "You have received a payout"],
        )
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts on behalf of {KHAAT}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payout processed", status=status)
        prose(
            p,
            f"{KHAAT} has sent you a payout of {rs(j.amount)}. It has been credited to your bank account "
            "ending "
            f"{digits(rng, 4)}.",
        )
        p.add("gap")
        name = rng.choice([FIRM, SHOP])
        pout = f"pout_{code(rng, 14, MIXED)}"
        kvr(p, "Beneficiary", name, merchant=name)
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Mode", "IMPS", method="netbanking")
        kvr(p, "Payout ID", pout, txn=(TXN_RANK, pout))
        kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Processed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Purpose", "Vendor bill")
        p.add("small", "RazorpayX  |  Razorpay Software Pvt. Ltd.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "cib.icicibank.com/corp/neft/transaction-status")
        p.part = "head"
        top(p, pick(p, "title", ["ICICI Bank Corporate Internet Banking", "ICICI Bank CIB"]))
        p.add("small", f"{HOTEL}, Amritsar  |  Transaction status")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "NEFT rejected", status)
        boxed(
            p,
            "The beneficiary bank rejected this credit: the account number and the name do not match. The "
            "amount "
            "has been reversed to your account.",
            "error",
        )
        tref = f"ICN{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Transaction Reference", tref, at=0.44, txn=(BANK_RANK, tref))
        dots(p, "Beneficiary Name", name, at=0.36, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.44, bold=True, amount=j.amount)
        dots(p, "Transaction Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=0.44, date=j.date)
        dots(p, "Payment Mode", "NEFT", at=0.44, method="netbanking")
        dots(p, "Rejection Reason", "R05 - name mismatch", at=0.44)
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(24, 400) * 100)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        h269.kind(p, "gc0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["gc0"] = 1.1
        h269.row(p, "gc0", "Finance & Vendors")
        p.add("small", f"Google Chat  |  {KESAR}  |  7 members")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 18)
        h269.kind(p, "gc1", [(0.0, 0.55, "l"), (0.55, 1.0, "l")], "plain", bold=(0,))
        h269.row(p, "gc1", "Ritika Mehra", hour12(hour, rng.randrange(60)))
        name = pick(p, "left", [SHOP, FIRM_SHORT])
        prose(
            p,
            f"Payment done: Rs. {num(j.amount, 'indian', 0)} to {name} via IMPS for the phulkari capsule "
            f"(PO {rng.randrange(4100, 4990)}).",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"IMPS ref no {j.ref}", txn=(UTR_RANK, j.ref))
        note(p, "2 replies  |  Last reply 5 min")
        p.add("gap")
        h269.row(p, "gc1", "Aditya S", hour12(hour + 1, rng.randrange(60)))
        p.add("left", f"Great, I'll let {EXPORTS.split()[0]} know.")
        return p.done()
    j.amount = float(round(j.amount))
    p = sheet(rng, font, [760, 800])
    p.part = "head"
    h287.faxline(
        p,
        f"{when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}  FROM: MALHOTRA KNIT EXP  +91 161 250XXXX  "
        "P.001/001",
    )
    top(p, KNITS)
    p.add("small", "Manufacturers & Exporters of Knitwear  |  Focal Point, Ludhiana - 141010")
    p.add("rule")
    p.part = "body"
    p.add("right", f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}", date=j.date)
    p.add("left", "To,")
    p.add("left", "The Secretary,")
    name = rng.choice([FIRM, FIRM_CAPS])
    p.add("left", f"{name},", merchant=name)
    p.add("left", f"{TOWN}.")
    p.add("left", "Sub: Payment against your invoice for phulkari stoles.")
    p.add("left", "Dear Madam,")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Punjab National Bank", way)
    inv = f"SPMS/{fy(j.date)}/{rng.randrange(100, 700)}"
    prose(
        p,
        f"We have today remitted Rs. {num(j.amount, 'indian', 0)}/- (Rupees {spelt(j.amount)} only) to "
        "your account "
        f"with {BANK_LINE} by {way} vide UTR {utr}, in full settlement of your invoice No. {inv}.",
        amount=j.amount,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
    )
    p.add("left", "Kindly acknowledge the receipt.")
    p.add("left", "Yours faithfully,")
    p.add("left", f"for {KNITS}")
    sig(p)
    p.add("right", "Authorised Signatory")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Southall Suits & Fabrics Ltd", "Southall, London, UK", "GBP", 900, 9000, "lloyds"),
    ("Punjab Di Virasat Boutique Inc.", "Brampton, Ontario, Canada", "CAD", 1500, 14000, "rbc"),
    ("Yuba Heritage Textiles LLC", "Yuba City, California, USA", "USD", 1200, 11000, "chase"),
    ("Craigieburn Phulkari House Pty Ltd", "Melbourne, Australia", "AUD", 1500, 14000, "westpac"),
    ("Papatoetoe Bridal Emporium Ltd", "Auckland, New Zealand", "NZD", 1500, 15000, "anz"),
    ("Meena Bazar Textiles LLC", "Dubai, UAE", "AED", 4000, 38000, "enbd"),
    ("Sartoria Punjab di Novellara S.r.l.", "Novellara, Italy", "EUR", 900, 9000, "intesa"),
    ("Serangoon Silk House Pte Ltd", "Singapore", "SGD", 1500, 14000, "ocbc"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: pounds with the pound's sign or GBP; Canadian dollars with CAD or
    C$; US dollars with USD or $; Australian dollars with AUD or A$; New Zealand dollars with NZD or NZ$;
    dirhams with AED before or after; euros the Italian way (1.570,00) with EUR before or after; Singapore
    dollars with SGD or S$."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    forms = {
        "GBP": ["GBP {v}", pound],
        "CAD": ["CAD {v}", "C${v}"],
        "USD": ["USD {v}", "${v}"],
        "AUD": ["AUD {v}", "A${v}"],
        "NZD": ["NZD {v}", "NZ${v}"],
        "AED": ["AED {v}", "{v} AED"],
        "EUR": ["EUR {i}", "{i} EUR"],
        "SGD": ["SGD {v}", "S${v}"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(v=english, i=english.replace(",", "_").replace(".", ",").replace("_", "."))

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Punjabi tailoring houses, bridal boutiques and textile shops abroad paying the Sabha for its baghs,
    dupattas and shawls: Lloyds Bank's Commercial Banking with an international payment sent in pounds
    (Payment sent; Payment reference, Date sent, Beneficiary, Beneficiary bank, BIC, Amount, Charges with
    colons); RBC Royal Bank's international money transfer completed in Canadian dollars (Reference number,
    Date as an ISO day, Beneficiary, Beneficiary bank, Amount, Fee type in a table ruled on every side);
    Chase's wire returned in US dollars on a tinted band, the day month first (the reason in a notice; Wire
    reference, Recipient, Amount, Send date, Return reason against a gutter); Westpac's Corporate Online with
    a payment completed in Australian dollars (Payment reference, Beneficiary, Beneficiary bank, Amount, Value
    date, Fees in a striped table); ANZ goMoney's international payment sent in New Zealand dollars (a tile's
    tick, the sum, "to <payee>", "on <day>"; Fee, Exchange rate and Type at the left and the right; no
    reference); Emirates NBD's Business Online with a telegraphic transfer processed in dirhams (Reference
    No., Beneficiary, Amount, Value Date, Charges in dot leaders); Intesa Sanpaolo's foreign transfer in
    progress in euros the Italian way (an In lavorazione / In progress capsule, a notice; each label's Italian
    and its English after a slash in shaded labels: Riferimento / Reference, Beneficiario / Beneficiary,
    Importo / Amount, Data esecuzione / Execution date, Spese / Charges); OCBC's Business app with a transfer
    sent in Singapore dollars ("Today, <hour>"; a large round tick, the sum, "to <payee>"; a copyable
    Transaction reference; Type and Fee at the left and the right; no day). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "lloyds":
        p = browser_page(rng, font, "www.lloydsbank.com/business/commercial-banking/payments/international")
        p.part = "head"
        top(p, "Lloyds Bank")
        p.add("small", f"Commercial Banking  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International payment - Payment sent", status=status)
        p.add("gap")
        ref = f"LBP{j.date:%y%m%d}{code(rng, 6, ALNUM)}"
        name = rng.choice([me, CUT])
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "lb", spec, "Payment reference:", ref, txn=(BANK_RANK, ref))
        h271.colkv(
            p, "lb", spec, "Date sent:", when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), date=j.date
        )
        h271.colkv(p, "lb", spec, "Beneficiary:", name, merchant=name)
        h271.colkv(p, "lb", spec, "Beneficiary bank:", "Punjab & Sind Bank, Patiala, India")
        h271.colkv(p, "lb", spec, "BIC:", BIC)
        h271.colkv(p, "lb", spec, "Amount:", show(j.amount), **sum_)
        h271.colkv(p, "lb", spec, "Charges:", "Shared (SHA)", method="netbanking")
        p.add("small", "The payment has been sent to the beneficiary's bank.")
        return p.done()
    if frame == "rbc":
        p = browser_page(rng, font, "www1.royalbank.com/cgi-bin/rbaccess/international-money-transfer")
        p.part = "head"
        top(p, "RBC Royal Bank")
        p.add("small", f"Online Banking for Business  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International Money Transfer - Completed", status=status)
        p.add("gap")
        ref = f"IMT{digits(rng, 10)}"
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "rb",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Reference number", ref], {"txn": (BANK_RANK, ref)}),
                (["Date", when(j.date, "%Y-%m-%d")], {"date": j.date}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary bank", "PUNJAB AND SIND BANK, INDIA"], {}),
                (["Amount", show(j.amount)], sum_),
                (["Fee type", "Shared (SHA)"], {"method": "netbanking"}),
            ],
        )
        p.add("small", "Purpose: payment for handmade textiles (phulkari)")
        return p.done()
    if frame == "chase":
        p = browser_page(rng, font, "secure.chase.com/web/auth/dashboard#/wires/activity")
        p.part = "head"
        top(p, "Chase")
        p.add("small", f"Chase for Business  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International wire")
        h269.strip(p, "Returned", status)
        boxed(
            p,
            "The recipient's bank returned this wire: the account could not be credited. The funds, less any "
            "fees, have been returned to your account.",
            "error",
        )
        ref = f"WT{j.date:%m%d}{digits(rng, 8)}"
        name = rng.choice([me, CUT])
        at = 0.36
        gutter(p, "ch", "Wire reference", ref, at=at, txn=(BANK_RANK, ref))
        gutter(p, "ch", "Recipient", name, at=at, merchant=name)
        gutter(p, "ch", "Amount", show(j.amount), at=at, **sum_)
        gutter(p, "ch", "Send date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"])), at=at, date=j.date)
        gutter(p, "ch", "Return reason", "Account closed", at=at, method="netbanking")
        return p.done()
    if frame == "westpac":
        p = browser_page(rng, font, "corporateonline.westpac.com.au/payments/international/details")
        p.part = "head"
        top(p, "Westpac")
        p.add("small", f"Corporate Online  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment completed", status=status)
        p.add("gap")
        ref = f"WBC{digits(rng, 9)}"
        name = rng.choice([me, CUT])
        zebra(
            p,
            "wp",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["International payment", ""],
            [
                (["Payment reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary bank", "Punjab & Sind Bank, Patiala"], {}),
                (["Amount", show(j.amount)], sum_),
                (["Value date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"]))], {"date": j.date}),
                (["Fees", "Shared (SHA)"], {"method": "netbanking"}),
            ],
            (216, 16, 46),
        )
        return p.done()
    if frame == "anz":
        p = phone(rng, font, k, ["", "ANZ goMoney"], dark=False, buttons=("Done",))
        band(p, (0, 65, 125))
        app_head(p, "ANZ goMoney", "International payment")
        h287.tile(p, status)
        p.add("center", "Payment sent", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %b %Y', '%d/%m/%Y']))}", date=j.date)
        p.add("gap")
        kvr(p, "Fee", "NZD 25.00")
        kvr(p, "Exchange rate", f"1 NZD = {rng.uniform(48.5, 52.5):.4f} INR")
        kvr(p, "Type", "International (SHA)", method="netbanking")
        p.add("small", f"{payer}  |  {town}")
        return p.done()
    if frame == "enbd":
        p = browser_page(rng, font, "businessonline.emiratesnbd.com/payments/tt/status")
        p.part = "head"
        top(p, "Emirates NBD")
        p.add("small", f"Business Online  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Telegraphic Transfer - Processed", status=status)
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([me, CUT])
        dots(p, "Reference No.", ref, at=0.4, txn=(BANK_RANK, ref))
        dots(p, "Beneficiary", name, at=0.3, merchant=name)
        dots(p, "Amount", show(j.amount), at=0.4, bold=True, **sum_)
        dots(p, "Value Date", when(j.date, rng.choice(["%d-%b-%Y", "%d/%m/%Y"])), at=0.4, date=j.date)
        dots(p, "Charges", "SHA - shared", at=0.4, method="netbanking")
        return p.done()
    if frame == "intesa":
        p = browser_page(rng, font, "www.intesasanpaolo.com/business/pagamenti/bonifico-estero/dettaglio")
        p.part = "head"
        top(p, "Intesa Sanpaolo")
        p.add("small", f"Internet Banking Imprese  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Bonifico estero / Foreign transfer")
        chip(p, "In lavorazione / In progress", status)
        boxed(
            p,
            "The transfer has been accepted and is being processed; it will be sent to the beneficiary's "
            "bank "
            "on the execution date.",
            "warn",
        )
        ref = f"{digits(rng, 11)}"
        name = rng.choice([FIRM_CAPS, CUT])
        at = 0.44
        kv(p, "Riferimento / Reference", ref, at=at, txn=(BANK_RANK, ref))
        kv(p, "Beneficiario / Beneficiary", name, at=at, merchant=name)
        kv(p, "Importo / Amount", show(j.amount), at=at, **sum_)
        kv(p, "Data esecuzione / Execution date", when(j.date, "%d/%m/%Y"), at=at, date=j.date)
        kv(p, "Spese / Charges", "SHA - condivise", at=at, method="netbanking")
        return p.done()
    p = phone(rng, font, k, ["", "OCBC Business"], dark=False, buttons=("Done",))
    band(p, (210, 30, 40))
    app_head(p, "OCBC Business", "Overseas transfer")
    p.add("small", f"Today, {hhmm(rng)}")
    sicon(p, status)
    p.add("center", "Transfer successful", status=status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    ref = f"OB{digits(rng, 12)}"
    copyrow(p, "Transaction reference", ref, txn=(BANK_RANK, ref))
    kvr(p, "Type", "SWIFT (SHA)", method="netbanking")
    kvr(p, "Fee", "SGD 20.00")
    p.add("small", f"{payer}  |  {town}")
    return p.done()


# ---------------------------------------------------------------- 4. the Sabha's own papers


LUDHIANA = ("Mrs. Rupinder Kaur Dhillon", "Sarabha Nagar, Ludhiana, Punjab", "Punjab (03)")
COMMITTEES = [
    ("Gurdwara Sahib Committee, Model Town", "Gurdwara Cttee"),
    ("Govt. Mohindra College Bhangra Team", "Mohindra Coll."),
    ("Punjabi University Youth Welfare Dept.", "Punjabi Univ."),
    ("Giddha Club, Khalsa College Patiala", "Giddha Club"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sabha's own papers, its Ghar or itself on top: Sanjh Phulkari Ghar's TAX INVOICE under a bagh, its
    Punjabi name and a phulkari's border, to a Ludhiana buyer (Invoice No. and Date, Buyer and Place of Supply
    at the left and the right; # | Item | HSN | Qty | Rate | Amount in a table ruled on every side; Taxable
    Value, CGST 2.5%, SGST 2.5% in dot leaders, Invoice Total under a rule and a double rule; the sum in
    words; "Paid by UPI, Ref ..."; its UPI QR code; floss and a needle in its margins); the Teeyan fair
    stall's cash bill in the fair's days, photographed lying on a bagh (its Punjabi name over its English,
    "ਨਕਦ ਬਿੱਲ" (cash bill); ਮਿਤੀ / Date and ਨਾਮ / Name written in; the pieces written in a Punjabi hand on
    ruled lines with their sums, "ਕੁੱਲ" (total), "ਨਕਦ ਮਿਲੇ" (cash received); no reference); Cashfree's
    checkout for the web shop with the payment pending (the shop on top, the sum, its stages left to right, a
    notice; Order ID, Cashfree Ref, Payment mode, Initiated on against a gutter); OkCredit on the Ghar's phone
    with a customer's payment ("Today, <hour>"; the Ghar under the app; the customer's card: Payment received,
    the sum, Online payment (UPI), UPI Ref; Due now; no day); Paytm Payment Gateway's page for the web shop
    with a card payment failed under a large round cross (the shop on top, the reason in a notice; Order ID
    and Amount, Txn ID and Attempted on in tiles; Payment method); the Sabha's RECEIPT for a college's or a
    committee's advance across its counterfoil (No. struck in red; the counterfoil's Date, From, Rs., For and
    By and the receipt's Date, Received from, Rupees, Towards and "by UPI, Ref" printed, the values written in
    by hand, the perforation between the halves; the sum in words; the Secretary's signature); Etsy's deposit
    mail (Deposit sent, its sentence; Shop, Deposit ID, Amount, Deposited to, Sent on, Orders included, Fees
    deducted at the left and the right); the Ghar's bill from Marg's billing on a three-inch roll (Bill No.,
    Date; the pieces, Sub Total, CGST 2.5%, SGST 2.5%, Net Amount; "Paid: UPI" and its Ref). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=1800, high=64000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        bagh(p)
        pa(p, SHOP_PA, bold=True, scale=1.05)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}  |  {WEB}")
        chope(p)
        p.part = "body"
        p.add("center", "TAX INVOICE")
        ino = f"SPG/{fy(j.date)}/{rng.randrange(120, 1900):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        who, where, pos = LUDHIANA
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
        for n_, (item, hsn, q, price) in enumerate(pieces(rng, rng.randrange(2, 5), 2500)):
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
                (0.06, 0.44, "l"),
                (0.44, 0.56, "c"),
                (0.56, 0.64, "c"),
                (0.64, 0.82, "r"),
                (0.82, 1.0, "r"),
            ],
            ["#", "Item", "HSN", "Qty", "Rate", "Amount"],
            lines,
        )
        dots(p, "Taxable Value", num(taxable), at=0.6)
        dots(p, "CGST 2.5%", num(gst), at=0.6)
        dots(p, "SGST 2.5%", num(gst), at=0.6)
        total(p, "Invoice Total", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add("left", f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("small", f"Scan to pay: UPI ID {VPAS[0]}")
        h269.qr(p, f"upi://pay?pa={VPAS[0]}&tn={ino}", "r", 4)
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        floss(p)
        return p.done()
    if k == 1:
        season(j, rng, TEEYAN, TEEYAN_DAYS)
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 247, 236), (246, 244, 232)])
        p.part = "head"
        pa(p, SHOP_PA, bold=True, scale=1.15)
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        pa(p, "ਤੀਆਂ ਦਾ ਮੇਲਾ, ਸ਼ੀਸ਼ ਮਹਿਲ, ਪਟਿਆਲਾ", scale=0.8, soft=True)
        p.add("rule")
        pa(p, "ਨਕਦ ਬਿੱਲ", bold=True)
        p.part = "body"
        pa_lab(p, "ਮਿਤੀ", "Date", when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])), pen=True, date=j.date)
        buyer = rng.choice(CUSTOMERS)
        pa_lab(p, "ਨਾਮ", "Name", buyer.split(". ")[-1], pen=True)
        p.add("gap")
        start = len(p.rows)
        total_ = 0
        for item, _hsn, q, price in pieces(rng, rng.randrange(2, 4), 9000):
            price = float(round(price / 50) * 50)
            v = int(q * price)
            total_ += v
            pa_hand(p, f"{SHORT_PA[item]} {q} @ {int(price)}", figure=str(v))
        j.amount = float(total_)
        pa_hand(p, "ਕੁੱਲ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78], margin=None)
        p.add("gap")
        pa_hand(p, "ਨਕਦ ਮਿਲੇ", method="cash", status=status)
        sig(p)
        pa(p, "ਸਾਂਝ ਫੁਲਕਾਰੀ ਘਰ ਵੱਲੋਂ", align="r", scale=0.85)
        on_bagh(p)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "payments.cashfree.com/order/#/status")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by Cashfree Payments")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h273.track(p, ["Order placed", "Bank", "Confirmed"], "dpt")
        boxed(
            p,
            "We are waiting for your bank to confirm this payment. Please do not pay again; your order "
            "will be "
            "confirmed by e-mail as soon as the bank replies.",
            "warn",
        )
        oid = f"SPG{j.date:%y%m%d}{digits(rng, 4)}"
        cf = str(rng.randrange(2100000000, 2999999999))
        at = 0.38
        gutter(p, "cf", "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
        gutter(p, "cf", "Cashfree Ref", cf, at=at, txn=(TXN_RANK, cf))
        gutter(p, "cf", "Payment mode", "Net Banking", at=at, method="netbanking")
        gutter(
            p,
            "cf",
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "OkCredit"], dark=False, buttons=("Send reminder",))
        band(p, (0, 134, 90))
        app_head(p, "OkCredit", "Digital udhaar khata")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        c = card_open(p)
        p.add("left", rng.choice(CUSTOMERS))
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Online payment (UPI)", method="UPI")
        p.add("small", f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref))
        card_close(p, c)
        p.add("gap")
        kvr(p, "Due now", "Nil")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(36, 180) * 50)
        p = browser_page(rng, font, "securegw.paytm.in/theia/processTransaction")
        p.part = "head"
        name = pick(p, "title", [SHOP, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", "Paytm Payment Gateway  |  Order for a wedding bagh")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card issuer declined this payment (3D Secure authentication failed). You have not been "
            "charged.",
            "error",
        )
        oid = f"SPG{digits(rng, 9)}"
        tid = f"2026{digits(rng, 16)}"
        tiles2(p, ("Order ID", oid), ("Amount", rs(j.amount)), txn=(ORDER_RANK, oid), amount=j.amount)
        tiles2(
            p,
            ("Txn ID", tid),
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        kvr(p, "Payment method", f"Debit Card (RuPay) XX{digits(rng, 4)}", method="card")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(10, 90) * 1000)
        p = sheet(rng, font, [820, 860])
        p.style["paper"] = rng.choice([(250, 246, 232), (246, 246, 236)])
        p.part = "head"
        pa(p, FIRM_PA, bold=True)
        name = pick(p, "title", [FIRM, FIRM_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{REGD}  |  {ADDRESS}")
        p.add("rule")
        p.add("center", "RECEIPT")
        p.part = "body"
        one_pen(p)
        no_ = str(rng.randrange(200, 1800))
        h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
        committee, short_c = rng.choice(COMMITTEES)
        start = len(p.rows)
        at = 0.3
        d1, d2 = when(j.date, "%d/%m/%y"), when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"]))
        h271.fill2(p, ("Date", d1), ("Date", d2), at, date=j.date)
        h271.fill2(p, ("From", short_c), ("Received from", clip(committee, 34)), at)
        h271.fill2(
            p,
            ("Rs.", f"{int(j.amount)}/-"),
            ("Rupees", f"{num(j.amount, 'indian', 0)}/-"),
            at,
            amount=j.amount,
        )
        h271.fill2(p, ("For", "advance"), ("Towards", "advance, phulkari order"), at)
        h271.fill2(
            p,
            ("By", "UPI"),
            ("by UPI, Ref", j.ref),
            at,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        h271.perf(p, start, at)
        prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
        p.add("gap")
        sig(p)
        p.add("right", "Secretary")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 12000, 160000, 0.1)
        p = mail_page(
            rng,
            font,
            "Etsy <transaction@etsy.com>",
            ["Your Etsy deposit is on its way", "Etsy Payments: deposit sent"],
        )
        p.part = "head"
        top(p, "Etsy")
        p.add("rule")
        p.part = "body"
        p.add("left", "Deposit sent", status=status)
        prose(
            p,
            f"Hi {EXPORTS.split()[0]}, your Etsy Payments deposit of {rs(j.amount)} has been sent to your "
            "bank "
            "account. It may take up to 3 business days to show.",
        )
        p.add("gap")
        did = f"{digits(rng, 10)}"
        kvr(p, "Shop", SHOP, merchant=SHOP)
        kvr(p, "Deposit ID", did, txn=(TXN_RANK, did))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Deposited to", f"Punjab & Sind Bank XX{digits(rng, 4)}", method="netbanking")
        kvr(p, "Sent on", day_as(j, rng, ["%d %b %Y", "%B {d}, %Y"]), date=j.date)
        kvr(p, "Orders included", str(rng.randrange(3, 18)))
        kvr(p, "Fees deducted", num(round(j.amount * rng.uniform(0.08, 0.11), 2)))
        p.add("small", "Etsy Ireland UC  |  This is an automated message.")
        return p.done()
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Adalat Bazaar, Patiala")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    bno = f"A{rng.randrange(1200, 9800)}"
    p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    p.add("rule")
    sub = 0.0
    for item, _hsn, q, price in pieces(rng, rng.randrange(2, 4), 2500):
        p.add("left", SHORT[item])
        p.pair(f"  {q} x {price:.2f}", f"{q * price:.2f}")
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    p.pair("Sub Total", f"{sub:.2f}")
    p.pair("CGST 2.5%", f"{gst:.2f}")
    p.pair("SGST 2.5%", f"{gst:.2f}")
    p.pair("Net Amount", rs(j.amount), amount=j.amount)
    p.add("rule")
    p.add("left", "Paid: UPI", method="UPI", status=status)
    p.add("left", f"UPI Ref: {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Thank you! Visit again  |  Marg ERP 9+")
    return p.done()


# ---------------------------------------------------------------- 5. the Sabha's suppliers


SILK = "BEDI SILK YARN TRADERS"
UDAAN_SELLER = "Madhav Threads & Notions"
WEAVER = "Sardara Singh"
DYER = "Rafiq Rangrez"
BLOCKS = "BALDEV SINGH & SONS"
COURIER = "TRACKON COURIERS PVT. LTD."
PRINTSTOP = "PrintStop"
CARTONS = "RAJPURA CORRUGATORS"
FLOSSES = [
    ("Pat, golden yellow (tilla shade)", "5006", 4200, 5600),
    ("Pat, deep orange", "5006", 4200, 5600),
    ("Pat, white", "5006", 4000, 5200),
    ("Pat, magenta", "5006", 4300, 5800),
    ("Pat, bottle green", "5006", 4300, 5800),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sabha's suppliers, each on top of its own paper: an Amritsar silk yarn dealer's TAX INVOICE for pat
    in its shades (Invoice No. beside its earlier Date; Description | HSN | Kg | Rate | Amount on hairline
    rows; CGST 2.5%, SGST 2.5% and Total in dot leaders) with the accountant's ring round its Total and "Paid
    NEFT, UTR ..." and "on <day>" written under it; udaan's order of needles and threads with the payment
    pending (its stages left to right, a notice; Order ID, Seller, Items, Amount, Payment, Ordered on in
    shaded labels); a Samana weaver's bill for khaddar in a Punjabi hand on a spiral notebook's page (his name
    in Latin letters at its head; "ਮਿਤੀ" (date) and the day; the red and maroon khaddar by the metre and ਭਾੜਾ
    (freight) with their sums, "ਕੁੱਲ" (total), "GPay ਰਾਹੀਂ ਮਿਲੇ" (received by GPay) and its Ref); a Sanaur
    dyer's chit in a Punjabi hand on a page folded in four (his name; the day; ਦੁਪੱਟੇ ਰੰਗਾਈ and ਖੱਦਰ ਰੰਗਾਈ
    (dupattas and khaddar dyed) with their sums, "ਕੁੱਲ" (total), "ਨਕਦ ਮਿਲੇ" (cash received); no reference); a
    Tripuri block maker's BILL from his printed book (No. struck in red; Date: left blank; M/s written in;
    Particulars | Nos. | Rate | Amount written in ruled columns, Total; "Pd. by UPI, Ref ..." in the hand; no
    day); Trackon Couriers' booking receipt from its Patiala counter on a torn roll (AWB NO and its barcode,
    DATE, ORIGIN, DEST, PCS, WT, FREIGHT, FUEL SURCH, GST 18%, NET AMT, PAY MODE, UPI TXN typed in its
    printer's face); PrintStop's checkout for hang tags with the card declined on a tinted band (the reason in
    a notice; Order No., Items, Amount, Payment method, Attempted on in a table ruled on every side); a
    Rajpura carton maker's TAX INVOICE from Marg under a PAID watermark (Invoice No. and its earlier Date;
    Item | Qty | Rate | Amount in a striped table; CGST 9%, SGST 9%, Total in dot leaders; "Payment received:
    IMPS, Ref ..." and "Received on <day>"). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=2500, high=120000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        top(p, SILK, merchant=SILK)
        p.add(
            "small", "Pat (untwisted silk floss) and silk threads  |  Katra Jaimal Singh, Amritsar - 143006"
        )
        p.add("small", f"GSTIN {gstin_of(rng, '03', 'P')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"BSY/{rng.randrange(1100, 5800)}"
        inv_day = earlier(rng, j, 8, 30)
        cols(
            p,
            "fl0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM}, {TOWN}")
        spec = [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.68, "r"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        cols(p, "flh", spec, "Description", "HSN", "Kg", "Rate", "Amount", mode="line")
        taxable = 0.0
        for name, hsn, lo, hi in rng.sample(FLOSSES, rng.randrange(2, 4)):
            kg = rng.randrange(2, 16) / 2
            rate = float(rng.randrange(lo, hi, 10))
            v = round(kg * rate, 2)
            taxable += v
            cols(p, "fll", spec, name, hsn, f"{kg:.1f}", num(rate), num(v), mode="line")
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        dots(p, "CGST 2.5%", num(gst), at=0.6)
        dots(p, "SGST 2.5%", num(gst), at=0.6)
        dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
        h273.ring(p)
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Punjab & Sind Bank", way)
        hand(p, f"Paid {way}, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - M. K. Bajwa", date=j.date)
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 1800, 16000, 0.2)
        p = browser_page(rng, font, "udaan.com/orders/details")
        p.part = "head"
        top(p, "udaan")
        p.add("small", "Business orders  |  Order details")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment pending", status=status)
        h273.track(p, ["Ordered", "Payment", "Dispatched", "Delivered"], "dptt")
        boxed(
            p,
            "Your bank has not confirmed the payment yet. The order will be dispatched once it is confirmed; "
            "if it fails, any amount debited is refunded.",
            "warn",
        )
        oid = f"ODR{digits(rng, 10)}"
        kv(p, "Order ID", oid, at=0.34, txn=(ORDER_RANK, oid))
        kv(p, "Seller", UDAAN_SELLER, at=0.34, merchant=UDAAN_SELLER)
        kv(p, "Items", "Crewel needles No. 7 x 50 pkt, cotton tacking thread x 40", at=0.34)
        kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Payment", "Net Banking (PSB)", at=0.34, method="netbanking")
        kv(p, "Ordered on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.34, date=j.date)
        return p.done()
    if k == 2:
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 250, 244), (246, 247, 240)])
        h289.spiral(p)
        p.part = "head"
        p.add("gap")
        hand(p, f"{WEAVER}  -  khaddar, Samana", merchant=WEAVER)
        p.part = "body"
        pa_hand(p, f"ਮਿਤੀ {when(j.date, rng.choice(['{d}/%m/%y', '%d/%m/%Y']))}", date=j.date)
        pa_hand(p, "ਸਾਂਝ ਫੁਲਕਾਰੀ ਸਭਾ ਲਈ")
        start = len(p.rows)
        total_ = 0
        for text, m, rate in rng.sample(
            [
                ("ਲਾਲ ਖੱਦਰ", rng.randrange(30, 120), rng.choice([95, 110, 120])),
                ("ਮਰੂਨ ਖੱਦਰ", rng.randrange(20, 80), rng.choice([105, 115, 125])),
                ("ਚਿੱਟਾ ਖੱਦਰ", rng.randrange(10, 40), rng.choice([90, 100])),
            ],
            2,
        ):
            v = m * rate
            total_ += v
            pa_hand(p, f"{text} {m} ਮੀਟਰ @ {rate}", figure=str(v))
        freight = rng.choice([300, 400, 500])
        total_ += freight
        pa_hand(p, "ਭਾੜਾ", figure=str(freight))
        j.amount = float(total_)
        pa_hand(p, "ਕੁੱਲ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78])
        p.add("gap")
        pa_hand(p, "GPay ਰਾਹੀਂ ਮਿਲੇ", method="UPI", status=status)
        pa_hand(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 3:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 246, 236), (244, 243, 232)])
        h287.decor(p, "fold")
        p.part = "head"
        hand(p, f"{DYER}  -  rangrez, Sanaur", merchant=DYER)
        p.part = "body"
        pa_hand(p, f"ਮਿਤੀ {when(j.date, rng.choice(['{d}/%m/%y', '%d/%m/%Y']))}", date=j.date)
        start = len(p.rows)
        n_d = rng.randrange(10, 40)
        r_d = rng.choice([60, 70, 80])
        m_k = rng.randrange(20, 90)
        r_k = rng.choice([18, 20, 25])
        pa_hand(p, f"ਦੁਪੱਟੇ ਰੰਗਾਈ {n_d} @ {r_d}", figure=str(n_d * r_d))
        pa_hand(p, f"ਖੱਦਰ ਰੰਗਾਈ {m_k} ਮੀਟਰ @ {r_k}", figure=str(m_k * r_k))
        total_ = n_d * r_d + m_k * r_k
        j.amount = float(total_)
        pa_hand(p, "ਕੁੱਲ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78])
        p.add("gap")
        pa_hand(p, "ਨਕਦ ਮਿਲੇ  -  ਰਫ਼ੀਕ", method="cash", status=status)
        return p.done()
    if k == 4:
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 242, 228), (242, 240, 226)])
        p.part = "head"
        top(p, BLOCKS, merchant=BLOCKS)
        p.add("small", "Wooden printing blocks (thappe) for phulkari designs  |  Tripuri, Patiala")
        p.add("rule")
        p.add("center", "BILL")
        p.part = "body"
        one_pen(p)
        bno = str(rng.randrange(300, 990))
        h279.redno(p, "No.", bno, txn=(INVOICE_RANK, bno))
        filled(p, "Date", "")
        filled(p, "M/s", FIRM_SHORT)
        spec = [(0.0, 0.46, "l"), (0.46, 0.6, "r"), (0.6, 0.78, "r"), (0.78, 1.0, "r")]
        cols(p, "bkh", spec, "Particulars", "Nos.", "Rate", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi in rng.sample(
            [
                ("Bagh block, large", 900, 1400),
                ("Border block", 300, 500),
                ("Buti block", 180, 320),
                ("Chope block", 400, 700),
            ],
            rng.randrange(2, 4),
        ):
            n_ = rng.randrange(1, 5)
            rate = rng.randrange(lo, hi, 10)
            total_ += n_ * rate
            hcells(p, spec, item, str(n_), str(rate), str(n_ * rate))
        j.amount = float(total_)
        hcells(p, spec, "", "", "Total", f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.46, 0.6, 0.78])
        p.add("gap")
        hand(p, f"Pd. by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        p.add("right", f"for {BLOCKS}")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(380, 2900))
        p = roll(rng, font, [450, 480], [17, 18])
        h269.torn(p)
        p.part = "head"
        name = pick(p, "center", [COURIER, "TRACKON COURIERS"])
        p.add("center", name, merchant=name)
        typed(p, "BOOKING: PATIALA (LEELA BHAWAN)")
        p.add("rule")
        p.part = "body"
        awb = f"{rng.choice('12')}{digits(rng, 10)}"
        h269.bars(p, awb)
        typed(p, f"AWB NO : {awb}")
        typed(p, f"DATE   : {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, "ORIGIN : PATIALA")
        typed(p, f"DEST   : {rng.choice(['MUMBAI', 'BENGALURU', 'NEW DELHI', 'CHENNAI'])}")
        typed(p, f"PCS : {rng.randrange(1, 5)}   WT : {rng.randrange(2, 24)}.{rng.randrange(0, 9)} KG")
        base = round(j.amount / 1.18 / 1.12, 2)
        fuel = round(base * 0.12, 2)
        gst = round(j.amount - base - fuel, 2)
        typed(p, f"FREIGHT     : {base:>9.2f}")
        typed(p, f"FUEL SURCH  : {fuel:>9.2f}")
        typed(p, f"GST 18%     : {gst:>9.2f}")
        p.add("rule")
        typed(p, f"NET AMT     : {j.amount:>9.2f}", amount=j.amount)
        typed(p, "PAY MODE    : UPI", method="UPI", status=status)
        typed(p, f"UPI TXN : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        typed(p, "TRACK: WWW.TRACKON.IN")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 2200, 16000, 0.3)
        p = browser_page(rng, font, "www.printstop.co.in/checkout/payment")
        p.part = "head"
        top(p, PRINTSTOP, merchant=PRINTSTOP)
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment declined", status)
        boxed(
            p,
            "Your bank declined this card payment (card not enabled for online use). Your order has not been "
            "placed.",
            "error",
        )
        oid = f"PS{digits(rng, 9)}"
        at = 0.36
        gkv(p, "pst", "Order No.", oid, at=at, txn=(ORDER_RANK, oid))
        gkv(p, "pst", "Items", "Hang tags x 1000, thank-you cards x 500", at=at)
        gkv(p, "pst", "Amount", rs(j.amount), at=at, amount=j.amount)
        gkv(p, "pst", "Payment method", f"Credit Card XX{digits(rng, 4)}", at=at, method="card")
        gkv(
            p,
            "pst",
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, CARTONS, merchant=CARTONS)
    p.add("small", "Corrugated boxes and packing material  |  Industrial Area, Rajpura - 140401")
    p.add("small", f"GSTIN {gstin_of(rng, '03', 'F')}")
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    ino = f"RC/{fy(j.date)}/{rng.randrange(200, 2400)}"
    cols(
        p,
        "rc0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Date {when(earlier(rng, j, 5, 24), '%d-%m-%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {FIRM}")
    lines, taxable = [], 0.0
    for item, lo, hi in rng.sample(
        [
            ("3-ply box 14x10x4 in", 18, 28),
            ("5-ply carton 24x18x12 in", 58, 84),
            ("Gift box with lid, printed", 42, 66),
            ("Butter paper sheets (100)", 120, 180),
            ("BOPP tape 48 mm", 28, 40),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(50, 400) if hi < 100 else rng.randrange(4, 20)
        rate = float(rng.randrange(lo, hi))
        v = round(q * rate, 2)
        taxable += v
        lines.append(([item, str(q), num(rate), num(v)], {}))
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    zebra(
        p,
        "rcz",
        [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        ["Item", "Qty", "Rate", "Amount"],
        lines,
        (60, 90, 140),
    )
    dots(p, "CGST 9%", num(gst), at=0.6)
    dots(p, "SGST 9%", num(gst), at=0.6)
    dots(p, "Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
    p.add("gap")
    p.add(
        "left",
        f"Payment received: IMPS, Ref {j.ref}",
        method="netbanking",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    p.add("left", f"Received on {when(j.date, '%d-%m-%Y')}", date=j.date)
    p.add("small", "Printed from Marg ERP 9+")
    h273.watermark(p, "PAID", (30, 140, 70), alpha=40)
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (SILK, "Punjab National Bank", "IMPS", 20000, 150000),
    (CARTONS, "HDFC Bank", "NEFT", 5000, 40000),
    (DYER, "Punjab & Sind Bank", "UPI", 900, 9000),
    (WEAVER, "State Bank of India", "NEFT", 8000, 60000),
    (BLOCKS, "Punjab & Sind Bank", "IMPS", 1500, 12000),
    ("BHUPINDER TAILORS", "Punjab Gramin Bank", "NEFT", 3000, 30000),
    ("TRACKON COURIERS PVT LTD", "ICICI Bank", "UPI", 900, 9000),
    ("GURU NANAK LACE HOUSE", "Union Bank of India", "UPI", 900, 14000),
]
PGB = "Punjab Gramin Bank"
PGB_PA = "ਪੰਜਾਬ ਗ੍ਰਾਮੀਣ ਬੈਂਕ"
PCCB = "The Patiala Central Co-operative Bank Ltd."


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sabha paying its suppliers from its banks: Punjab Gramin Bank's app with an IMPS to the silk yarn
    dealer under its Punjabi name (a large round tick, "ਟ੍ਰਾਂਸਫਰ ਸਫਲ ਰਿਹਾ" (transfer successful) over Transfer
    successful; the sum; each label in Punjabi with its English after a slash and the value at the right, a
    hairline under each: ਲਾਭਪਾਤਰੀ / Beneficiary, IMPS ਹਵਾਲਾ ਨੰ. / IMPS Ref No., ਮਿਤੀ / Date, ਖਾਤਾ / From A/c);
    Indian Overseas Bank's IOB Mobile with a NEFT to the carton maker failed under a large round cross (the
    reason in a notice; each value over its label: Beneficiary, Amount, Reference No., Date, Mode); PhonePe's
    payment to the dyer ("Today, <hour>"; the payee's initials in a round badge, Payment Successful, the sum,
    "Paid to" over the payee; a copyable UPI Transaction ID; Debited from; no day); AU Small Finance Bank's AU
    0101 with a NEFT to the Samana weaver (Transfer Successful; Beneficiary, Amount, UTR, Transaction Date,
    Remarks against a gutter); J&K Bank's mPay Delight+ with an IMPS to the block maker on a scalloped badge
    (the sum, "to <payee>"; each value over its label: IMPS Ref No., Date, Debit account); the Patiala Central
    Co-operative Bank's internet banking with a NEFT to the tailor in process under a spinner (a notice;
    Beneficiary, Amount, UTR, Initiated on in dot leaders); ICICI Bank's iMobile Pay with a UPI payment to the
    courier under a tile's tick (the sum, "to <payee>"; UPI Ref No. and Date in tiles; From); Airtel Payments
    Bank's app with a UPI payment to the lace seller in a rounded card ("<sum> sent to <payee>", "on <day> at
    <hour>"; From and Note; no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=3000, high=150000)
    to, bank_to, way, low, high = PAYEES_OUT[k]
    j.amount = rupees(rng, low, high, 0.7 if way == "UPI" else 0.4)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, ["", "PGB mBanking"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 120, 70))
        app_head(p, "PGB mBanking", PGB)
        pa(p, PGB_PA, scale=0.88, soft=True)
        sicon(p, status)
        pa(p, "ਟ੍ਰਾਂਸਫਰ ਸਫਲ ਰਿਹਾ", bold=True, scale=1.05, status=status)
        p.add("center", "Transfer successful")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pa_fit(p, "ਲਾਭਪਾਤਰੀ", "Beneficiary", [to, clip(to, 20)])
        pa_lab(p, "ਲਾਭਪਾਤਰੀ", "Beneficiary", name, merchant=name)
        pa_lab(p, "IMPS ਹਵਾਲਾ ਨੰ.", "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        pa_lab(p, "ਮਿਤੀ", "Date", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
        pa_lab(p, "ਖਾਤਾ", "From A/c", f"SB XX{own4}", method=method)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "IOB Mobile"], dark=False, buttons=("Retry",))
        band(p, (0, 84, 164))
        app_head(p, "IOB Mobile", "Indian Overseas Bank  |  NEFT")
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        boxed(
            p,
            "The transfer could not be completed: the beneficiary's account is inoperative. No amount has "
            "been "
            "debited.",
            "error",
        )
        rno = f"IOBN{j.date:%y%m%d}{digits(rng, 6)}"
        name = h287.vname(p, [to, clip(to, 22)])
        vlab(p, "Beneficiary", name, merchant=name)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Reference No.", rno, bold=False, txn=(BANK_RANK, rno))
        vlab(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "Mode", "NEFT", bold=False, method=method)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share", "Done"))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h273.avatar(p, initials(to), (95, 37, 159))
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", to, merchant=to)
        p.add("gap")
        copyrow(p, "UPI Transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Debited from", f"PSB XX{own4}", method=method)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "AU 0101"], dark=False, buttons=("Download", "Share"))
        band(p, (108, 36, 120))
        app_head(p, "AU 0101", "AU Small Finance Bank  |  Fund transfer")
        h287.tile(p, status)
        p.add("center", "Transfer Successful", status=status)
        p.add("gap")
        utr = utr_of(rng, j, "AU Small Finance Bank", way)
        at = 0.4
        gutter(p, "au", "Beneficiary", to, at=at, merchant=to)
        gutter(p, "au", "Amount", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "au", "UTR", utr, at=at, txn=(UTR_RANK, utr), method=method)
        gutter(p, "au", "Transaction Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=at, date=j.date)
        gutter(p, "au", "Remarks", "red khaddar", at=at)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "mPay Delight+"], dark=False, buttons=("Share receipt",))
        band(p, (176, 30, 40))
        app_head(p, "mPay Delight+", "J&K Bank  |  IMPS")
        h287.burst(p, status)
        p.add("center", "IMPS successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {clip(to, 18)}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        vlab(p, "IMPS Ref No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), bold=False, date=j.date)
        vlab(p, "Debit account", f"CA XXXXXXX{own4}", bold=False, method=method)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "ibank.pccbpatiala.in/neft/transaction-status")
        p.part = "head"
        top(p, pick(p, "title", [PCCB, "Patiala Central Co-op. Bank"]))
        p.add("small", "Internet Banking  |  NEFT status")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "NEFT in process", status=status)
        boxed(
            p,
            "The amount has been debited and sent in the NEFT batch; the beneficiary bank has not yet "
            "confirmed "
            "the credit. Please do not send it again.",
            "warn",
        )
        utr = utr_of(rng, j, "The Patiala Central Co-operative Bank", way)
        dots(p, "Beneficiary", to, at=0.36, merchant=to)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "UTR", utr, at=0.36, txn=(UTR_RANK, utr), method=method)
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (", ",)), at=0.4, date=j.date)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "iMobile Pay"], dark=False, buttons=("Share", "Done"))
        band(p, (178, 70, 34))
        app_head(p, "iMobile Pay", "ICICI Bank  |  UPI")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {clip(to, 18)}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        tiles2(
            p,
            ("UPI Ref No.", j.ref),
            ("Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "From", f"Current A/c XX{own4}", method=method)
        return p.done()
    p = phone(rng, font, k, ["", "Airtel Payments Bank"], dark=False, buttons=("Share",))
    band(p, (220, 20, 40))
    app_head(p, "Airtel Payments Bank", "UPI")
    p.add("gap")
    c = card_open(p)
    sicon(p, status)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"sent to {to}", f"sent to {clip(to, 18)}"])[8:]
    p.add("center", f"sent to {name}", merchant=name, status=status)
    p.add(
        "small",
        f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d/%m/%Y'], (' at ',))}",
        date=j.date,
        method=method,
    )
    card_close(p, c)
    p.add("gap")
    kvr(p, "From", f"Savings A/c XX{own4}")
    kvr(p, "Note", "gota lace, 40 m")
    return p.done()


# ---------------------------------------------------------------- 7. paying the embroiderers and the staff


PIECES_DONE = [
    ("Bagh, full darn", 2400, 4200),
    ("Chope border", 900, 1600),
    ("Dupatta, buti", 450, 800),
    ("Stole, border", 220, 400),
    ("Kurti yoke", 300, 520),
    ("Cushion pair", 180, 320),
]
WORKS_DONE = ["darning", "border", "buti", "finishing"]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sabha paying its embroiderers (the women of Tripuri, Sanaur and the villages round Patiala who darn
    its pieces at home) and its staff: an embroiderer's piece-work account under its Punjabi heading "ਕਢਾਈ ਦਾ
    ਹਿਸਾਬ" (embroidery account) (Embroiderer and Month written in; Piece | Work | Pcs | Rate | Amount written
    in ruled columns, Total; "Paid by UPI, Ref ..." and "on <day>" written under it; floss and a needle in its
    margins); Keka's payslip for the Ghar's sales assistant (Employee Name, Employee No., Designation, Pay
    Period two pairs to a row in a table ruled on every side; Earnings | Amount | Deductions | Amount on
    hairline rows; Net Salary under a rule and a double rule with its words; "Credited on <day> by NEFT, UTR
    ..."); an embroiderer's Lohri advance receipt written in a Punjabi hand under a phulkari's border ("ਲੋਹੜੀ
    ਦੀ ਪੇਸ਼ਗੀ" (Lohri advance); "ਅੱਜ <day> ਨੂੰ ਲੋਹੜੀ ਦੀ ਪੇਸ਼ਗੀ ਵਜੋਂ" (today, on <day>, as the Lohri advance),
    "ਰੁਪਏ x/- ਨਕਦ ਮਿਲੇ।" (received Rs. x in cash)), her left thumb's impression in its box and her name
    written under it in English; a witness; no reference); MobiKwik's payment to an embroiderer pending under
    a tile's hourglass (the sum, "to <payee>", a notice; UPI Ref No., Started on, Paid from in dot leaders);
    Bank of Baroda's bob World with an IMPS to an embroiderer (Transfer successful, the sum, "to <payee>";
    IMPS Ref No. and Date in tiles; From); Google Pay's payment to an embroiderer failed in an octagon (the
    sum, "To <payee>", the reason in a notice; UPI transaction ID, Tried on, From in shaded labels); Paytm's
    payment to an embroiderer ("Today, <hour>"; a scalloped badge, Paid successfully, the sum, "to" over the
    payee; a copyable UPI Ref No.; From and Message; no day); the Ghar's helper's attendance and wage card
    under its Punjabi heading "ਹਾਜ਼ਰੀ ਤੇ ਦਿਹਾੜੀ ਕਾਰਡ" (attendance and wage card) (Name and Month written in;
    the month's days in two rows of boxes, a tick for each day worked and A for each day absent; Days worked,
    Rate per day and Total written in; "Paid by UPI, Ref ..." and "on <day>"). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1200, high=18000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    worker = EMBROIDERERS[(k + rng.randrange(3)) % len(EMBROIDERERS)]
    if k == 0:
        p = sheet(rng, font, [780, 820])
        p.style["paper"] = rng.choice([(246, 240, 222), (240, 236, 216)])
        p.part = "head"
        pa(p, FIRM_PA, bold=True, scale=0.95)
        p.add("center", FIRM_SHORT)
        pa(p, "ਕਢਾਈ ਦਾ ਹਿਸਾਬ", bold=True)
        p.add("center", "EMBROIDERY ACCOUNT")
        p.add("rule")
        p.part = "body"
        filled(p, "Embroiderer", worker, merchant=worker)
        filled(p, "Month", when(j.date - dt.timedelta(days=rng.randrange(3, 12)), "%B %Y"))
        spec = [(0.0, 0.3, "l"), (0.3, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "eah", spec, "Piece", "Work", "Pcs", "Rate", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi in rng.sample(PIECES_DONE, rng.randrange(2, 4)):
            pcs = rng.randrange(1, 3) if hi > 2000 else rng.randrange(2, 9)
            rate = rng.randrange(lo, hi, 10)
            total_ += pcs * rate
            hcells(p, spec, item, rng.choice(WORKS_DONE), str(pcs), str(rate), str(pcs * rate))
        j.amount = float(total_)
        hcells(p, spec, "", "", "", "Total", f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.3, 0.5, 0.62, 0.8])
        p.add("gap")
        hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - M. K. Bajwa", date=j.date)
        floss(p)
        return p.done()
    if k == 1:
        who = STAFF[0]
        basic = float(rng.randrange(90, 140) * 100)
        hra = round(basic * 0.25, 0)
        conv = float(rng.randrange(8, 20) * 100)
        pf = round(basic * 0.12, 0)
        esi = round((basic + hra + conv) * 0.0075, 0)
        gross = basic + hra + conv
        j.amount = round(gross - pf - esi, 2)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_SHORT]))
        p.add("small", f"{ADDRESS}  |  Keka HR")
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        grid(
            p,
            "kk",
            [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")],
            None,
            [
                (
                    ["Employee Name", who, "Employee No.", f"SPG-{rng.randrange(10, 40):03d}"],
                    {"merchant": who},
                ),
                (["Designation", "Sales Assistant", "Pay Period", j.month(1)], {}),
            ],
        )
        p.add("gap")
        spec = [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")]
        cols(p, "ksh", spec, "Earnings", "Amount", "Deductions", "Amount", mode="line")
        cols(p, "ksl", spec, "Basic", num(basic), "PF", num(pf), mode="line")
        cols(p, "ksl", spec, "HRA", num(hra), "ESI", num(esi), mode="line")
        cols(p, "ksl", spec, "Conveyance", num(conv), "", "", mode="line")
        cols(p, "ksl", spec, "Gross Earnings", num(gross), "Total Deductions", num(pf + esi), mode="line")
        total(p, "Net Salary", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only", "small")
        utr = utr_of(rng, j, "Punjab & Sind Bank", "NEFT")
        prose(
            p,
            f"Credited on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a system generated payslip from Keka and needs no signature.")
        return p.done()
    if k == 2:
        season(j, rng, LOHRI - dt.timedelta(days=12), 11)
        j.amount = float(rng.randrange(4, 16) * 500)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
        p.part = "head"
        chope(p)
        pa(p, FIRM_PA, bold=True)
        p.add("center", "Tripuri, Patiala")
        p.add("rule")
        pa(p, "ਲੋਹੜੀ ਦੀ ਪੇਸ਼ਗੀ", bold=True, scale=1.1)
        p.part = "body"
        pa_hand(p, f"ਅੱਜ {when(j.date, '%d/%m/%Y')} ਨੂੰ ਲੋਹੜੀ ਦੀ ਪੇਸ਼ਗੀ ਵਜੋਂ", date=j.date)
        pa_hand(p, f"ਰੁਪਏ {int(j.amount)}/- ਨਕਦ ਮਿਲੇ।", amount=j.amount, method="cash", status=status)
        p.add("gap")
        h269.thumb(p, "L.T.I.")
        hand(p, worker, align="r", merchant=worker)
        p.add("gap")
        pa(p, f"ਗਵਾਹ: {STAFF[0]}", align="l", scale=0.85)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "MobiKwik"], dark=False, buttons=("Check status",))
        band(p, (34, 60, 170))
        app_head(p, "MobiKwik", "UPI")
        h287.tile(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            f"{worker.split()[0]}'s bank has not confirmed the credit yet. It usually settles within a "
            "few hours; "
            "please do not pay again.",
            "warn",
        )
        dots(p, "UPI Ref No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        dots(p, "Started on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        dots(p, "Paid from", f"PSB {masked(p.font)}{digits(rng, 4)}", at=0.36, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "bob World"], dark=False, buttons=("Share", "Home"))
        band(p, (238, 104, 34))
        app_head(p, "bob World", "Bank of Baroda  |  IMPS")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        tiles2(
            p,
            ("IMPS Ref No.", j.ref),
            ("Date", day_as(j, rng, ["%d %b %Y", "%d-%m-%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "From", f"SB XX{digits(rng, 4)}", method="netbanking")
        kvr(p, "Remarks", rng.choice(["bagh darning", "chope work", "dupatta buti"]))
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Try again",))
        app_head(p, "Google Pay", "")
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"To {worker}", merchant=worker)
        boxed(
            p,
            f"{worker.split()[0]}'s bank server did not respond. Any money debited will be returned to your "
            "account within 3 working days.",
            "error",
        )
        kv(p, "UPI transaction ID", j.ref, at=0.44, txn=(UTR_RANK, j.ref))
        kv(p, "Tried on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), at=0.44, date=j.date)
        kv(p, "From", f"Punjab & Sind Bank {masked(p.font)}{digits(rng, 4)}", at=0.44, method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI Money Transfer")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "to")
        p.add("center", worker, merchant=worker)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"PSB XX{digits(rng, 4)}", method="UPI")
        kvr(p, "Message", rng.choice(["kadhai payment", "bagh work", "dupatta border"]))
        return p.done()
    who = STAFF[1]
    month_ = (j.date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    n_days = ((month_ + dt.timedelta(days=32)).replace(day=1) - month_).days
    marks_ = ["v" if rng.random() > 0.1 else "A" for _ in range(n_days)]
    for d_ in range(n_days):
        if (month_ + dt.timedelta(days=d_)).weekday() == 6:
            marks_[d_] = ""
    worked = sum(1 for m_ in marks_ if m_ == "v")
    rate = rng.choice([450, 500, 550])
    j.amount = float(worked * rate)
    p = sheet(rng, font, [820, 860])
    p.style["paper"] = rng.choice([(248, 246, 236), (244, 244, 234)])
    p.part = "head"
    pa(p, SHOP_PA, bold=True)
    p.add("center", SHOP)
    pa(p, "ਹਾਜ਼ਰੀ ਤੇ ਦਿਹਾੜੀ ਕਾਰਡ", bold=True)
    p.add("center", "ATTENDANCE AND WAGE CARD")
    p.add("rule")
    p.part = "body"
    filled(p, "Name", who, merchant=who)
    filled(p, "Month", when(month_, "%B %Y"))
    pen_of(p)
    h277.days_grid(p, 1, marks_[:16])
    h277.days_grid(p, 17, marks_[16:])
    p.add("gap")
    filled(p, "Days worked", str(worked))
    filled(p, "Rate per day", f"Rs. {rate}")
    filled(p, "Total", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    p.add("gap")
    hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
    hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - H. K. Grewal", date=j.date)
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


MCP = "Municipal Corporation Patiala"
MCP_PA = "ਨਗਰ ਨਿਗਮ ਪਟਿਆਲਾ"
LABOUR_PB = "Department of Labour, Punjab"
INDUSTRIES_PB = "Department of Industries & Commerce, Punjab"
RCS = "Registrar of Co-operative Societies, Punjab"
TOURISM_PB = "Department of Tourism & Cultural Affairs, Punjab"
TOURISM_PA = "ਸੈਰ ਸਪਾਟਾ ਅਤੇ ਸੱਭਿਆਚਾਰਕ ਮਾਮਲੇ ਵਿਭਾਗ, ਪੰਜਾਬ"
EPCH = "Export Promotion Council for Handicrafts"
TMR = "Trade Marks Registry"
TAXATION_PB = "Department of Taxation, Punjab"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sabha's fees, taxes and dues, the authority paid as printed: the Municipal Corporation Patiala's
    property tax e-receipt for the Ghar under its Punjabi name (Payment Successful; each label in Punjabi with
    its English after a slash and the value at the right, a hairline under each: ਰਸੀਦ ਨੰ. / Receipt No.,
    ਪ੍ਰਾਪਰਟੀ ਆਈਡੀ / Property ID, ਨਾਮ / Name, ਵਿੱਤੀ ਸਾਲ / Financial Year, ਰਕਮ / Amount, ਭੁਗਤਾਨ ਢੰਗ / Mode,
    ਹਵਾਲਾ ਨੰ. / UPI Ref, ਮਿਤੀ / Date); eSewa Punjab's app with the Ghar's shops and establishments renewal fee
    paid ("Today, <hour>"; a scalloped badge, Fee paid, the sum, "to" over the department; Application No. and
    Transaction ID in tiles; Paid via; no day); IFMS Punjab's e-Receipt challan pending at the bank (a
    capsule, a progress bar, a notice; Challan No., Department, Treasury, Amount, Mode, Initiated on against a
    gutter); the Registrar of Co-operative Societies' audit fee receipt (Payment received; Receipt No.,
    Society, Regd. No., Audit year, Amount, Mode, UTR, Date in a table ruled on every side); the Department of
    Tourism & Cultural Affairs' stall fee receipt at the Teeyan fair from its book under its Punjabi name (No.
    left blank; Date, Stall No. and Received from written in; Rs. in a box; "Recd. in cash"; its oval stamp;
    no reference); the Export Promotion Council for Handicrafts' membership fee e-receipt mail (its sentence;
    Receipt No., Member ID, Period, Fee, GST 18%, Total, Mode, UTR, Date at the left and the right); the Trade
    Marks Registry's e-filing fee for the Sabha's mark failed by card on a tinted band (the reason in a
    notice; Payment Ref. No., Amount, Mode, Attempted on, Bank response in dot leaders); the Department of
    Taxation's Punjab State Development Tax acknowledgement (Payment successful; Registration No., Name,
    Period, Amount, Bank, CIN, Payment date, Mode with colons). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = rupees(rng, 1800, 14000, 0.6)
        p = browser_page(rng, font, "mcpatiala.gov.in/propertytax/e-receipt")
        p.part = "head"
        pa(p, MCP_PA, bold=True, scale=1.1)
        name = pick(p, "title", [MCP, MCP.upper()])
        top(p, name, merchant=name)
        pa(p, "ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਦੀ ਰਸੀਦ", scale=0.9)
        p.add("small", "Property Tax e-Receipt  |  Zone B, Adalat Bazaar")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"MCP/PT/{j.date:%y}/{digits(rng, 6)}"
        pa_lab(p, "ਰਸੀਦ ਨੰ.", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        pa_lab(p, "ਪ੍ਰਾਪਰਟੀ ਆਈਡੀ", "Property ID", f"PTA-B-{digits(rng, 5)}")
        pa_lab(p, "ਨਾਮ", "Name", pa_fit(p, "ਨਾਮ", "Name", [FIRM, FIRM_SHORT]))
        pa_lab(p, "ਵਿੱਤੀ ਸਾਲ", "Financial Year", f"20{fy(j.date)}")
        pa_lab(p, "ਰਕਮ", "Amount", rs(j.amount), bold=True, amount=j.amount)
        pa_lab(p, "ਭੁਗਤਾਨ ਢੰਗ", "Mode", "UPI", method="UPI")
        pa_lab(p, "ਹਵਾਲਾ ਨੰ.", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        pa_lab(p, "ਮਿਤੀ", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([500, 1000, 1500]))
        p = phone(rng, font, k, ["", "eSewa Punjab"], dark=False, buttons=("Download receipt",))
        band(p, (0, 96, 150))
        app_head(p, "eSewa Punjab", "Sewa Kendra services")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Fee paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "to")
        dept = pick(p, "center", [LABOUR_PB, "Labour Department, Punjab"])
        p.add("center", dept, merchant=dept)
        p.add("small", "Shops & Establishments registration renewal")
        tid = f"PSK{digits(rng, 11)}"
        tiles2(
            p, ("Application No.", f"SE/PTA/{digits(rng, 6)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid)
        )
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([1000, 2000, 2500, 5000]))
        p = browser_page(rng, font, "ifms.punjab.gov.in/eReceipt/challan/status")
        p.part = "head"
        top(p, "IFMS Punjab")
        p.add("small", "e-Receipt  |  Department of Finance, Government of Punjab")
        p.add("rule")
        p.part = "body"
        chip(p, "Pending at bank", status)
        p.add("gap")
        h294.progress(p, 0.6, status)
        boxed(
            p,
            "The bank has not yet confirmed this challan's payment. Please check again later before making "
            "another payment.",
            "warn",
        )
        cno = f"PB{j.date:%y}{digits(rng, 10)}"
        dept = rng.choice([INDUSTRIES_PB, "Industries & Commerce Department"])
        at = 0.36
        gutter(p, "if", "Challan No.", cno, at=at, txn=(TXN_RANK, cno))
        gutter(p, "if", "Department", dept, at=at, merchant=dept)
        gutter(p, "if", "Treasury", "District Treasury, Patiala", at=at)
        gutter(p, "if", "Amount", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "if", "Mode", "Net Banking (PSB)", at=at, method="netbanking")
        gutter(
            p,
            "if",
            "Initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 2400, 16000, 0.6)
        p = browser_page(rng, font, "rcs.punjab.gov.in/auditfee/receipt")
        p.part = "head"
        name = pick(p, "title", [RCS, "RCS, Punjab"])
        top(p, name, merchant=name)
        p.add("small", "Audit fee receipt  |  Punjab Co-operative Societies Act, 1961")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment received", status=status)
        rno = f"RCS/AF/{digits(rng, 7)}"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Punjab & Sind Bank", way)
        grid(
            p,
            "rcs",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Society", FIRM], {}),
                (["Regd. No.", REGD.removeprefix("Regd. No. ")], {}),
                (["Audit year", f"20{fy(earlier(rng, j, 200, 320))}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode", way], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 4:
        season(j, rng, TEEYAN - dt.timedelta(days=6), 7)
        j.amount = float(rng.choice([2000, 2500, 3000, 3500]))
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(244, 238, 220), (240, 236, 222)])
        p.part = "head"
        pa(p, TOURISM_PA, bold=True)
        name = pick(p, "title", [TOURISM_PB, "Punjab Tourism"])
        top(p, name, merchant=name)
        pa(p, "ਤੀਆਂ ਦਾ ਮੇਲਾ  -  ਸਟਾਲ ਫ਼ੀਸ ਦੀ ਰਸੀਦ", scale=0.9)
        p.add("small", "Stall Fee Receipt  |  Teeyan da Mela, Sheesh Mahal, Patiala")
        p.add("rule")
        p.part = "body"
        p.add("left", "No. ..............")
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d.%m.%y"])), date=j.date)
        filled(p, "Stall No.", f"C-{rng.randrange(1, 60)}")
        filled(p, "Received from", SHOP)
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(p, "Recd. in cash", method="cash", status=status)
        h287.oval(p, ["PUNJAB TOURISM", "TEEYAN DA MELA", "PATIALA"], "violet", at=0.24, rows_=3)
        sig(p)
        p.add("right", "Tourist Information Officer")
        return p.done()
    if k == 5:
        fee = float(rng.choice([5000, 7500, 10000]))
        gst = round(fee * 0.18, 2)
        j.amount = fee + gst
        p = mail_page(
            rng,
            font,
            "EPCH <membership@epch.com>",
            ["Membership fee receipt", "e-Receipt: membership renewal"],
        )
        p.part = "head"
        name = pick(p, "title", [EPCH, "EPCH"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Textiles, Government of India  |  New Delhi")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            "Dear Member, we acknowledge with thanks the receipt of your membership fee for "
            f"{20}{fy(j.date)}. "
            "Details are given below.",
            status=status,
        )
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Punjab & Sind Bank", way)
        rno = f"EPCH/MEM/{j.date:%y}/{digits(rng, 6)}"
        kvr(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        kvr(p, "Member ID", f"EPCH/PB/{digits(rng, 5)}")
        kvr(p, "Period", f"20{fy(j.date)}")
        kvr(p, "Fee", num(fee))
        kvr(p, "GST 18%", num(gst))
        kvr(p, "Total", rs(j.amount), amount=j.amount)
        kvr(p, "Mode", way, method="netbanking")
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        kvr(p, "Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([4500, 9000]))
        p = browser_page(rng, font, "ipindiaonline.gov.in/trademarkefiling/payment/status")
        p.part = "head"
        name = pick(p, "title", [TMR, "Office of the CGPDTM"])
        top(p, name, merchant=name)
        p.add("small", "e-Filing  |  TM-A application for the mark SANJH PHULKARI")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "The payment gateway did not receive an authorisation from your card's bank. Your application "
            "has "
            "been saved as a draft; no fee has been taken.",
            "error",
        )
        pref = f"TMP{digits(rng, 12)}"
        dots(p, "Payment Ref. No.", pref, at=0.4, txn=(TXN_RANK, pref))
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Mode", "Debit Card", at=0.4, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.4, date=j.date)
        dots(p, "Bank response", "Declined by issuer", at=0.4)
        return p.done()
    j.amount = float(rng.choice([1200, 2400]))
    p = browser_page(rng, font, "taxationpunjab.gov.in/psdt/payment/acknowledgement")
    p.part = "head"
    name = pick(p, "title", [TAXATION_PB, "Taxation Department, Punjab"])
    top(p, name, merchant=name)
    p.add("small", "Punjab State Development Tax (PSDT)  |  e-Payment acknowledgement")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment successful", status=status)
    p.add("gap")
    cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}"
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    h271.colkv(p, "tx", spec, "Registration No.:", f"PSDT-PTA-{digits(rng, 6)}")
    h271.colkv(p, "tx", spec, "Name:", FIRM)
    h271.colkv(p, "tx", spec, "Period:", f"20{fy(j.date)}")
    h271.colkv(p, "tx", spec, "Amount:", rs(j.amount), amount=j.amount)
    h271.colkv(p, "tx", spec, "Bank:", "Punjab & Sind Bank")
    h271.colkv(p, "tx", spec, "CIN:", cin, txn=(BANK_RANK, cin))
    h271.colkv(p, "tx", spec, "Payment date:", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
    h271.colkv(p, "tx", spec, "Mode:", "Net Banking", method="netbanking")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


ORIENTAL = "The Oriental Insurance Company Limited"
CHOLA = "Cholamandalam MS General Insurance Co. Ltd."
RELIANCE = "Reliance General Insurance Company Limited"
SOMPO = "UNIVERSAL SOMPO GENERAL INSURANCE CO. LTD."


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sabha's premiums, the insurer on top, under its app's bar or signing its SMS: Zuno's app with the
    Ghar's scooter's policy renewed ("Today, <hour>"; the insurer under the app's bar, a tile's tick, Policy
    renewed, the sum; Policy No. and Transaction ID in tiles; "Paid via UPI"; no day); The Oriental Insurance
    Company's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy (its sentence "Received
    with thanks from ... the sum of Rs. x by NEFT ..."; Receipt No., Receipt Date, Policy No., Sum Insured,
    Net Premium, CGST 9%, SGST 9%, Total Premium, UTR on hairline rows; a signature); Chola MS's marine cargo
    certificate for the Southall consignment (its sentence; Certificate No., Voyage, Sum Insured, Premium, GST
    18%, Total Premium, Payment, Transaction ID, Payment Date in a striped table); ManipalCigna's health
    renewal failed by card in an octagon (the insurer under the app's bar, the reason in a notice; Policy No.,
    Premium, Payment ID, Card, Attempted on in a table ruled on every side); Canara HSBC Life's SMS of a
    renewal premium received ("Dear Customer, renewal premium of Rs.x for policy no. ... received on
    <dd/mm/yyyy> via Net Banking. Txn Ref ... -Canara HSBC Life"); Kotak Life's premium under process under a
    spinner (the insurer under the app's bar, a notice; Policy No. and Premium, Transaction ID and Initiated
    on, Paid via and Frequency, labels small over their values two to a row); Reliance General's receipt mail
    for the Ghar's shopkeeper's policy (its sentence; Receipt No., Policy No., Premium, GST 18%, Total, Mode,
    UPI Ref, Date against a gutter); Universal Sompo's cover note for the e-rickshaw typed on its branch's
    printer with the premium received in cash (POLICY NO, VEHICLE NO, PERIOD, OD PREMIUM, TP PREMIUM, GST 18%,
    TOTAL, DATE; PREMIUM RECEIVED IN CASH; no reference). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=1500, high=42000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    pol = f"{digits(rng, 6)}/{digits(rng, 2)}/{j.date.year + 1}/{digits(rng, 4)}"
    if k == 0:
        j.amount = rupees(rng, 900, 2600, 0.6)
        p = phone(rng, font, k, ["", "Zuno"], dark=False, buttons=("View policy",))
        band(p, (214, 40, 110))
        bar(p, "Zuno", "Zuno General Insurance Ltd.", merchant="Zuno General Insurance Ltd.")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Two-wheeler  |  PB-11-DK-{rng.randrange(1000, 9999)}")
        tid = f"ZN{digits(rng, 12)}"
        tiles2(p, ("Policy No.", f"{digits(rng, 10)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        p.add("small", "Paid via UPI", method="UPI")
        return p.done()
    if k == 1:
        si = float(rng.randrange(8, 40) * 100000)
        net = round(si * rng.uniform(0.0009, 0.0016), 0)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        ins = pick(p, "title", [ORIENTAL, "The Oriental Insurance Co. Ltd."])
        top(p, ins, merchant=ins)
        p.add("small", "Divisional Office, The Mall, Patiala  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Punjab & Sind Bank", way)
        prose(
            p,
            f"Received with thanks from {FIRM}, {TOWN}, the sum of {rs(j.amount)} by {way} towards the "
            "premium of the Bharat Sookshma Udyam Suraksha policy below.",
            status=status,
            method="netbanking",
        )
        p.add("gap")
        rno = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 6)}"
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        for lbl, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Policy No.", pol, {}),
            ("Sum Insured", num(si), {}),
            ("Net Premium", num(net), {}),
            ("CGST 9%", num(gst), {}),
            ("SGST 9%", num(gst), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            cols(p, "or", spec, lbl, value, mode="line", **facts)
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 2:
        sum_ins = float(rng.randrange(4, 20) * 100000)
        prem = round(sum_ins * rng.uniform(0.0012, 0.002), 0)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = browser_page(rng, font, "www.cholainsurance.com/marine/certificate/view")
        p.part = "head"
        ins = pick(p, "title", [CHOLA, "Chola MS General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Marine Cargo (Export) Open Policy  |  Certificate of Insurance")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            "The premium for the certificate below has been received and the consignment is covered from "
            "warehouse to warehouse.",
            status=status,
        )
        p.add("gap")
        tid = f"CMS{digits(rng, 11)}"
        zebra(
            p,
            "cm",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Certificate", ""],
            [
                (["Certificate No.", f"MC/{digits(rng, 6)}/{j.date:%y}"], {}),
                (["Voyage", "Patiala - ICD Tughlakabad - London Heathrow"], {}),
                (["Sum Insured", num(sum_ins)], {}),
                (["Premium", num(prem)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Payment", "Net Banking"], {"method": "netbanking"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
            ],
            (0, 84, 120),
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "ManipalCigna"], dark=False, buttons=("Try again",))
        band(p, (0, 110, 150))
        bar(p, "ManipalCigna", "ManipalCigna Health Insurance", merchant="ManipalCigna Health Insurance")
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card's bank declined the payment (incorrect OTP). Your policy has not been renewed yet.",
            "error",
        )
        pid = f"MCHI{digits(rng, 11)}"
        at = 0.4
        gkv(p, "mc", "Policy No.", f"{digits(rng, 11)}", at=at)
        gkv(p, "mc", "Premium", rs(j.amount), at=at, amount=j.amount)
        gkv(p, "mc", "Payment ID", pid, at=at, txn=(TXN_RANK, pid))
        gkv(p, "mc", "Card", f"RuPay XX{digits(rng, 4)}", at=at, method="card")
        gkv(
            p,
            "mc",
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(40, 400) * 50)
        ref = f"CHL{digits(rng, 10)}"
        text = (
            f"Dear Customer, renewal premium of Rs.{num(j.amount, 'indian')} for policy no. "
            f"{digits(rng, 10)} "
            f"received on {when(j.date, '%d/%m/%Y')} via Net Banking. Txn Ref {ref}. -Canara HSBC Life"
        )
        p = sms_page(rng, font, "VM-CHLIFE", text, j.date)
        p.add(
            "left",
            text,
            merchant="Canara HSBC Life",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(TXN_RANK, ref),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Kotak Life"], dark=False, buttons=("Refresh",))
        band(p, (220, 38, 48))
        bar(p, "Kotak Life", "Kotak Mahindra Life Insurance", merchant="Kotak Mahindra Life Insurance")
        h279.spinner(p, AMBER)
        p.add("center", "Payment under process", status=status)
        boxed(
            p,
            "We are waiting for your bank to confirm this premium. Your cover continues meanwhile; please "
            "do not "
            "pay again.",
            "warn",
        )
        tid = f"KLI{j.date:%y%m%d}{digits(rng, 7)}"
        two_up(p, "kl1", ("Policy No.", digits(rng, 8)), ("Premium", rs(j.amount)), amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "kl2",
            ("Transaction ID", tid),
            ("Initiated on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "kl3", ("Paid via", "Net Banking"), ("Frequency", "Annual"), method="netbanking")
        return p.done()
    if k == 6:
        prem = float(rng.randrange(20, 110) * 50)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = mail_page(
            rng,
            font,
            "Reliance General <rgicl.services@relianceada.com>",
            ["Premium receipt: Shopkeeper's Insurance", "Your premium receipt"],
        )
        p.part = "head"
        ins = pick(p, "title", [RELIANCE, "Reliance General Insurance"])
        top(p, ins, merchant=ins)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear {SHOP}, thank you: we have received your premium for the Shopkeeper's policy below.",
            status=status,
        )
        p.add("gap")
        rno = f"RG{j.date:%y}{digits(rng, 10)}"
        at = 0.36
        gutter(p, "rg", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        gutter(p, "rg", "Policy No.", f"{digits(rng, 16)}", at=at)
        gutter(p, "rg", "Premium", num(prem), at=at)
        gutter(p, "rg", "GST 18%", num(gst), at=at)
        gutter(p, "rg", "Total", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "rg", "Mode", "UPI", at=at, method="UPI")
        gutter(p, "rg", "UPI Ref", j.ref, at=at, txn=(UTR_RANK, j.ref))
        gutter(p, "rg", "Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
        return p.done()
    od = float(rng.randrange(8, 30) * 50)
    tp = float(rng.choice([1539, 1750, 2120]))
    gst = round((od + tp) * 0.18, 2)
    j.amount = round(od + tp + gst, 2)
    p = roll(rng, font, [560, 600], [17, 18])
    p.part = "head"
    ins = pick(p, "center", [SOMPO, "UNIVERSAL SOMPO GENERAL INS."])
    p.add("center", ins, merchant=ins)
    typed(p, "BRANCH: PATIALA (LOWER MALL)")
    p.add("rule")
    p.part = "body"
    p.add("center", "COVER NOTE")
    typed(p, f"POLICY NO  : {digits(rng, 4)}/{digits(rng, 8)}/00/000")
    typed(p, f"INSURED    : {CUT}")
    typed(p, f"VEHICLE NO : PB-11-EH-{rng.randrange(1000, 9999)}")
    typed(p, "VEHICLE    : E-RICKSHAW (GOODS)")
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
    ("SANJH PHULKARI GHAR", "ADALAT BAZAAR, PATIALA", "Pine Labs", "pine"),
    ("HOTEL SARAGARHI RESIDENCY", "NEAR HALL GATE, AMRITSAR", "KOTAK BANK", "kotak"),
    ("SANJH PHULKARI GHAR - TEEYAN", "SHEESH MAHAL, PATIALA", "MSWIPE", "mswipe"),
    ("Air India", "Chandigarh - Mumbai", "", "airline"),
    ("USHA SILAI CENTRE", "BHUPINDRA ROAD, PATIALA", "STATE BANK OF INDIA", "declined"),
    ("PUNJABI VIRSA RASOI", "Leela Bhawan, Patiala", "", "restaurant"),
    ("SINGH SEWING MACHINES", "LUDHIANA", "Axis Bank", "sms"),
    ("BHATIA ELECTRONICS", "PATIALA", "IDFC FIRST", "cardapp"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Ghar's and the Teeyan stall's terminals and the Sabha's cards elsewhere: Pine Labs' SALE
    slip at Sanjh Phulkari Ghar in its printer's face (DATE and TIME, MID and TID, BATCH and INV two to a
    line; CARD, the scheme and the way the card was read, APPR CODE, RRN; AMOUNT; APPROVED, CUSTOMER COPY);
    Kotak's slip at an Amritsar hotel (SALE; DATE and TIME, CARD NO, EXP, AUTH CODE, RRN at the left and the
    right; TOTAL AMOUNT; APPROVED); Mswipe's terminal at the Teeyan stall in the fair's days with the
    transaction's status unknown (CARD SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; TXN STATUS UNKNOWN,
    PLEASE CHECK WITH BANK BEFORE RETRY); Air India's booking receipt for the Chandigarh - Mumbai flight to a
    crafts fair paid by card (Booking confirmed, Payment received; PNR, Passenger, Flight, Date of journey,
    Base fare, Taxes & fees, Total, Paid by, Payment reference, Paid on in a striped table); State Bank of
    India's slip at a Patiala sewing machine shop DECLINED (51 INSUFFICIENT FUNDS); a Patiala restaurant's
    bill from DotPe settled by card (Bill No., Date, Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand
    Total; "Payment: Card", the card and its Auth); Axis Bank's SMS of a spend on the Sabha's card ("Spent INR
    x on Axis Bank Card no. XX1234 at <MERCHANT> on <dd-mm-yy> ..."; no reference); IDFC FIRST Bank's credit
    card app with a spend at an electronics shop ("Today, <hour>"; the merchant's line and its town, the sum,
    Successful; Card and Reference No. in tiles; Category; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=900, high=42000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "mswipe":
        season(j, rng, TEEYAN, TEEYAN_DAYS)
    if layout in ("declined", "kotak", "sms", "cardapp"):
        j.amount = rupees(rng, 1200, 24000, 0.5)
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
            f"Spent INR {num(j.amount, 'western')} on Axis Bank Card no. XX{last4} at {name} on "
            f"{when(j.date, '%d-%m-%y')} {t} IST. Avl Limit: INR "
            f"{num(rupees(rng, 40000, 190000), 'western')}. "
            "Not you? SMS BLOCK to 919951860002. - Axis Bank"
        )
        p = sms_page(rng, font, "AX-AXISBK", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Need help?",))
        band(p, (150, 30, 40))
        app_head(p, "IDFC FIRST Bank", "Credit Card")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Successful", status=status)
        p.add("gap")
        ref = f"{digits(rng, 12)}"
        tiles2(
            p,
            ("Card", f"{masked(p.font)}{last4}"),
            ("Reference No.", ref),
            txn=(TXN_RANK, ref),
            method="card",
        )
        kvr(p, "Category", "Electronics")
        return p.done()
    if layout == "airline":
        base = float(rng.randrange(38, 96) * 100)
        tax = float(rng.randrange(6, 16) * 100) + 42.0
        j.amount = base + tax
        p = browser_page(rng, font, "www.airindia.com/in/en/manage/booking-receipt")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Booking receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Booking confirmed")
        p.add("small", "Payment received", status=status)
        pnr = code(rng, 6, UPPER)
        pref = f"AIP{digits(rng, 12)}"
        journey = j.date + dt.timedelta(days=rng.randrange(5, 40))
        zebra(
            p,
            "ai",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Receipt", ""],
            [
                (["PNR", pnr], {"txn": (ORDER_RANK, pnr)}),
                (["Passenger", f"Ms {EXPORTS}"], {}),
                (["Flight", f"AI {rng.randrange(400, 2900)}  IXC - BOM"], {}),
                (["Date of journey", when(journey, "%d %b %Y")], {}),
                (["Base fare", num(base)], {}),
                (["Taxes & fees", num(tax)], {}),
                (["Total", f"INR {num(j.amount)}"], {"amount": j.amount}),
                (["Paid by", f"{scheme} Credit Card XX{last4}"], {"method": "card"}),
                (["Payment reference", pref], {"txn": (TXN_RANK, pref)}),
                (["Paid on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
            (200, 20, 40),
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
        p.add("small", f"Punjabi thali and tandoor  |  {town}")
        p.add("small", f"GSTIN {gstin_of(rng, '03', 'P')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = f"{rng.randrange(1200, 9999)}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        p.pair("Table", f"T{rng.randrange(1, 24)}")
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Sarson da saag", 260),
                ("Makki di roti", 60),
                ("Amritsari kulcha", 140),
                ("Dal makhani", 280),
                ("Lassi, sweet", 90),
                ("Paneer tikka", 320),
                ("Kheer", 120),
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
        p.add("left", "Payment: Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Auth {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Powered by DotPe")
        return p.done()
    p.part = "head"
    if layout == "pine":
        p.add("center", "Pine Labs")
    else:
        p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pine":
        p.add("center", "SALE")
        p.add("rule")
        typed(p, f"DATE: {when(j.date, '%d/%m/%Y')}   TIME: {t}", date=j.date)
        typed(p, f"MID: {mid[:11]}   TID: {tid}")
        typed(p, f"BATCH: {batch[-4:]}   INV: {inv[-6:]}", txn=(INVOICE_RANK, inv[-6:]))
        typed(p, f"CARD: XXXX XXXX XXXX {last4}", method="card")
        typed(p, f"{scheme}   {rng.choice(['CONTACTLESS', 'CHIP'])}")
        typed(p, f"APPR CODE: {appr}", txn=(APPR_RANK, appr))
        typed(p, f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "kotak":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("CARD NO", f"{scheme} XX{last4}", method="card")
        p.pair("EXP", "**/**")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.add("rule")
        p.pair("TOTAL AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    elif layout == "mswipe":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TXN STATUS UNKNOWN", status=status)
        p.add("small", "PLEASE CHECK WITH BANK BEFORE RETRY")
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
        p.add("center", "TXN DECLINED", status=status)
        p.add("small", "51 INSUFFICIENT FUNDS")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


PSPCL = "Punjab State Power Corporation Limited"
PSPCL_PA = "ਪੰਜਾਬ ਸਟੇਟ ਪਾਵਰ ਕਾਰਪੋਰੇਸ਼ਨ ਲਿਮਿਟਿਡ"
NEWS_AGENT = "GURU KIRPA NEWS AGENCY"
PAPERS = [("ਅਜੀਤ", 6), ("ਜੱਗ ਬਾਣੀ", 5), ("ਪੰਜਾਬੀ ਟ੍ਰਿਬਿਊਨ", 6), ("The Tribune", 8), ("Dainik Bhaskar", 6)]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the Ghar's bills: PSPCL's online bill payment receipt for the workshop under its
    Punjabi name (Payment Successful; each label in Punjabi with its English after a slash and the value at
    the right, a hairline under each: ਖਾਤਾ ਨੰ. / Account No., ਖਪਤਕਾਰ ਦਾ ਨਾਮ / Consumer Name, ਬਿੱਲ ਦਾ ਮਹੀਨਾ /
    Bill Month, ਅਦਾ ਕੀਤੀ ਰਕਮ / Amount Paid, ਰਸੀਦ ਨੰ. / Receipt No., ਲੈਣ-ਦੇਣ ਆਈਡੀ / Transaction ID, ਅਦਾਇਗੀ ਮਿਤੀ
    / Payment Date, ਢੰਗ / Mode); BSNL Selfcare's landline bill paid ("Today, <hour>"; the company under the
    app's bar, a large round tick, Bill paid, the sum; Landline No. and Transaction ID in tiles; Paid via; no
    day); Fastway's cable recharge for the Ghar in an octagon (the company under the app's bar, Recharge
    successful, the sum; STB No., Pack, Transaction ID, Paid via, Paid on in dot leaders); HP Gas's refill
    payment pending under a spinner (the company under the app's bar, a notice; Consumer No., Distributor,
    Booking No., Amount, Paid via, Initiated on in shaded labels); Connect Broadband's receipt mail (its
    sentence; Account No., Receipt No., Transaction ID, Amount, Payment mode, Payment date in a table ruled on
    every side); MyJio's recharge failed by card under a large round cross (the company under the app's bar,
    the reason in a notice; each value over its label: Mobile No., Plan, Amount, Transaction ID, Paid via,
    Attempted on); PSPCL's SMS of a payment received ("Dear Consumer, payment of Rs.x against A/c No. ...
    received on <dd-mm-yyyy> through UPI, Txn ID .... Thank you. -PSPCL"); a news agency's monthly bill in a
    Punjabi hand (the agency on top; ਮਹੀਨਾ (month) written in; the Punjabi and English dailies with their
    days, rates and sums, "ਕੁੱਲ" (total), "ਨਕਦ ਮਿਲੇ" (cash received) and the day; no reference). All new here.
    """
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=400, high=18000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = rupees(rng, 2400, 22000, 0.5)
        p = browser_page(rng, font, "pspcl.in/billpayment/receipt")
        p.part = "head"
        pa(p, PSPCL_PA, bold=True)
        name = pick(p, "title", [PSPCL, "PSPCL"])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment receipt  |  Tripuri Sub-Division, Patiala")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"{digits(rng, 4)}{j.date:%y%m}{digits(rng, 6)}"
        tid = f"PSPCL{digits(rng, 12)}"
        pa_lab(p, "ਖਾਤਾ ਨੰ.", "Account No.", f"3002{digits(rng, 6)}")
        pa_lab(p, "ਖਪਤਕਾਰ ਦਾ ਨਾਮ", "Consumer Name", pa_fit(p, "ਖਪਤਕਾਰ ਦਾ ਨਾਮ", "Consumer Name", [FIRM, CUT]))
        pa_lab(p, "ਬਿੱਲ ਦਾ ਮਹੀਨਾ", "Bill Month", j.month(1))
        pa_lab(p, "ਅਦਾ ਕੀਤੀ ਰਕਮ", "Amount Paid", rs(j.amount), bold=True, amount=j.amount)
        pa_lab(p, "ਰਸੀਦ ਨੰ.", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        pa_lab(p, "ਲੈਣ-ਦੇਣ ਆਈਡੀ", "Transaction ID", tid, txn=(TXN_RANK, tid))
        pa_lab(p, "ਅਦਾਇਗੀ ਮਿਤੀ", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        pa_lab(p, "ਢੰਗ", "Mode", "Net Banking", method="netbanking")
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 480, 1800, 0.6)
        p = phone(rng, font, k, ["", "BSNL Selfcare"], dark=False, buttons=("Done",))
        band(p, (20, 86, 170))
        bar(p, "BSNL Selfcare", "Bharat Sanchar Nigam Ltd.", merchant="Bharat Sanchar Nigam Ltd.")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Bill paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"BSNL{digits(rng, 12)}"
        tiles2(p, ("Landline No.", f"0175-22{digits(rng, 5)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([330, 399, 460, 540, 650]))
        p = phone(rng, font, k, ["", "Fastway"], dark=False, buttons=("Done",))
        band(p, (230, 90, 20))
        bar(p, "Fastway", "Fastway Transmissions Pvt. Ltd.", merchant="Fastway Transmissions Pvt. Ltd.")
        h294.octa(p, status)
        p.add("center", "Recharge successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"FW{digits(rng, 12)}"
        dots(p, "STB No.", digits(rng, 12), at=0.36)
        dots(p, "Pack", "Punjabi Value Pack", at=0.36)
        dots(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        dots(p, "Paid via", "UPI", at=0.36, method="UPI")
        dots(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([1768.5, 1794.0, 1812.5, 1836.0]))
        p = phone(rng, font, k, ["", "HP Gas"], dark=False, buttons=("Refresh",))
        band(p, (0, 76, 150))
        bar(p, "HP Gas", "Hindustan Petroleum Corpn. Ltd.", merchant="Hindustan Petroleum Corpn. Ltd.")
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        boxed(
            p,
            "Your bank has not confirmed the payment yet. Your refill booking is held; please do not pay "
            "again.",
            "warn",
        )
        bk = f"HP{digits(rng, 10)}"
        at = 0.36
        kv(p, "Consumer No.", digits(rng, 7), at=at)
        kv(p, "Distributor", "Tripuri HP Gas Service", at=at)
        kv(p, "Booking No.", bk, at=at, txn=(ORDER_RANK, bk))
        kv(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        kv(p, "Paid via", "UPI", at=at, method="UPI")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([708.0, 944.0, 1179.82, 1416.0]))
        p = mail_page(
            rng,
            font,
            "Connect Broadband <billing@connectbroadband.in>",
            ["Payment receipt for your Connect Broadband account", "Thank you for your payment"],
        )
        p.part = "head"
        name = pick(p, "title", ["Connect Broadband", "Quadrant Televentures Ltd."])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear Customer, we have received your payment of {rs(j.amount)} for your Connect Broadband "
            "account. Thank you for staying connected.",
            status=status,
        )
        p.add("gap")
        rno = f"CB{j.date:%y%m}{digits(rng, 7)}"
        tid = f"{digits(rng, 14)}"
        grid(
            p,
            "cb",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Account No.", f"PTA{digits(rng, 8)}"], {}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment mode", "UPI"], {"method": "UPI"}),
                (["Payment date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([349, 449, 629, 859, 1199]))
        p = phone(rng, font, k, ["", "MyJio"], dark=False, buttons=("Try again",))
        band(p, (14, 58, 150))
        bar(p, "MyJio", "Reliance Jio Infocomm Ltd.", merchant="Reliance Jio Infocomm Ltd.")
        sicon(p, status)
        p.add("center", "Recharge failed", status=status)
        boxed(
            p,
            "Your card's bank did not approve this payment. Your current plan continues; no amount has been "
            "charged.",
            "error",
        )
        tid = f"JIO{digits(rng, 12)}"
        vlab(p, "Mobile No.", f"98{digits(rng, 8)}", bold=False)
        vlab(p, "Plan", f"{rupee_of(p.font)}{int(j.amount)} - 84 days", bold=False)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", f"Credit Card XX{digits(rng, 4)}", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 900, 9000, 0.5)
        tid = f"{digits(rng, 12)}"
        text = (
            f"Dear Consumer, payment of Rs.{num(j.amount, 'indian')} against A/c No. 3002{digits(rng, 6)} "
            f"received on {when(j.date, '%d-%m-%Y')} through UPI, Txn ID {tid}. Thank you. -PSPCL"
        )
        p = sms_page(rng, font, "VM-PSPCLB", text, j.date)
        p.add(
            "left",
            text,
            merchant="PSPCL",
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
            txn=(TXN_RANK, tid),
        )
        return p.done()
    p = sheet(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(250, 246, 226), (240, 244, 232)])
    p.part = "head"
    top(p, NEWS_AGENT, merchant=NEWS_AGENT)
    p.add("small", "Newspapers and magazines  |  Tripuri, Patiala")
    p.add("rule")
    p.part = "body"
    month_ = j.date.replace(day=1) - dt.timedelta(days=1)
    pa_hand(p, f"ਮਹੀਨਾ  {PA_MONTHS[month_.month - 1]} {month_.year}")
    start = len(p.rows)
    days = month_.day
    total_ = 0
    for paper_, rate in rng.sample(PAPERS, 3):
        v = days * rate
        total_ += v
        pa_hand(p, f"{paper_} {days} x {rate}", figure=str(v))
    j.amount = float(total_)
    pa_hand(p, "ਕੁੱਲ", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.76])
    p.add("gap")
    pa_hand(
        p,
        f"ਨਕਦ ਮਿਲੇ  {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}",
        date=j.date,
        method="cash",
        status=status,
    )
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Punjab Gramin Bank", "AX-PGBANK", "BEDI SILK YARN TRADERS", "UPI", "punjabi"),
    ("State Bank of India", "VM-SBIINB", "RAJPURA CORRUGATORS", "IMPS", "sms"),
    ("HDFC Bank", "VK-HDFCBK", "TRACKON COURIERS PVT L", "NEFT", "sms"),
    ("Punjab & Sind Bank", "", "SARDARA SINGH", "UPI", "shade"),
    ("ICICI Bank", "", "BALDEV SINGH AND SONS", "IMPS", "mail"),
    ("Canara Bank", "JD-CANBNK", "GURU NANAK LACE HOUSE", "NEFT", "sms"),
    ("Punjab National Bank", "", "BHUPINDER TAILORS", "IMPS", "whatsapp"),
    ("The Patiala Central Co-operative Bank", "AD-PCCBNK", "RAFIQ RANGREZ", "NEFT", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the Sabha's payments: Punjab Gramin Bank's SMS in Punjabi in a bubble of the
    phone's messages thread under its day divider ("ਪਿਆਰੇ ਗਾਹਕ, ਤੁਹਾਡੇ ਖਾਤੇ XX1234 ਵਿੱਚੋਂ <dd-mm-yyyy> ਨੂੰ UPI
    ਰਾਹੀਂ <PAYEE> ਨੂੰ ਰੁ. x ਦਾ ਭੁਗਤਾਨ ਕੀਤਾ ਗਿਆ ਹੈ। ਹਵਾਲਾ ਨੰ. ...। -PGB" (Dear customer, Rs. x has been paid
    from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in State Bank of India's
    ("IMPS of Rs x to <PAYEE> from A/c XX1234 on <dd/mm/yyyy> successful. Ref No ... -SBI"), HDFC Bank's
    ("NEFT of Rs x from A/c **1234 to <PAYEE> on <dd-mm-yyyy> has been rejected by the beneficiary bank:
    invalid account. UTR ... -HDFC Bank"), Canara Bank's ("An amount of INR x has been DEBITED to your account
    XXX1234 on <dd/mm/yyyy> towards NEFT to <PAYEE>. Total Avail.bal INR y. - Canara Bank"; no reference) and
    the Patiala Central Co-operative Bank's ("PCCB: Your NEFT of Rs.x to <PAYEE> dated <dd.mm.yyyy> is pending
    for credit confirmation. UTR ...") wordings; Punjab & Sind Bank's notification in the phone's shade pulled
    down over its quick settings ("PSB UnIC . now"; "Rs.x debited from A/c XX1234 to <PAYEE> via UPI. UPI Ref
    ..."; no day); ICICI Bank's mail of a debit ("Your ICICI Bank Account XX1234 has been debited with INR x
    on <dd-Mon-yy> towards IMPS to <PAYEE>. The IMPS reference number is ..."); Punjab National Bank's
    WhatsApp banking message in a grey bubble ("Dear Customer, your A/c XX1234 is debited with INR x on
    <dd-mm-yyyy> for IMPS to <PAYEE>. IMPS Ref: ... -PNB"). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
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
                f"IMPS of Rs {amt} to {to} from A/c XX{tail4} on {when(j.date, '%d/%m/%Y')} successful. "
                "Ref No "
                f"{ref}. Not you? Call 1800 1234. -SBI"
            )
        elif bank == "HDFC Bank":
            text = (
                f"NEFT of Rs {amt} from A/c **{tail4} to {to} on {when(j.date, '%d-%m-%Y')} has been "
                "rejected by "
                f"the beneficiary bank: invalid account. UTR {ref}. Amount will be credited back. -HDFC Bank"
            )
        elif bank == "Canara Bank":
            text = (
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail4} on "
                f"{when(j.date, '%d/%m/%Y')} towards NEFT to {to}. Total Avail.bal INR {bal}. - Canara Bank"
            )
        else:
            text = (
                f"PCCB: Your NEFT of Rs.{amt} to {to} dated {when(j.date, '%d.%m.%Y')} is pending for credit "
                f"confirmation. UTR {ref}. Please do not re-send. -PCCB"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "punjabi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"ਪਿਆਰੇ ਗਾਹਕ, ਤੁਹਾਡੇ ਖਾਤੇ XX{tail4} ਵਿੱਚੋਂ {when(j.date, '%d-%m-%Y')} ਨੂੰ UPI ਰਾਹੀਂ {to} ਨੂੰ "
            f"ਰੁ. {amt} ਦਾ ਭੁਗਤਾਨ ਕੀਤਾ ਗਿਆ ਹੈ। ਹਵਾਲਾ ਨੰ. {ref}। -PGB"
        )
        pa_wrap(p, text, share=0.9, scale=0.92, **facts)
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "shade":
        p = phone(rng, font, k, [""], dark=True, buttons=())
        p.part = "body"
        h289.shade_pull(p)
        p.add("gap")
        c = card_open(p)
        note(p, "PSB UnIC  .  now")
        prose(p, f"Rs.{amt} debited from A/c XX{tail4} to {to} via UPI. UPI Ref {ref}.", **facts)
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        note(p, "WhatsApp  .  12m")
        p.add("left", "Simran: order photos sent")
        card_close(p, c)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "ICICI Bank <customercare@icicibank.com>",
            ["Transaction alert for your ICICI Bank Account", "Debit alert: IMPS"],
        )
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(
            p,
            f"Your ICICI Bank Account XX{tail4} has been debited with INR {amt} on "
            f"{when(j.date, '%d-%b-%y')} "
            f"towards IMPS to {to}. The IMPS reference number is {ref}.",
            **facts,
        )
        p.add("gap")
        prose(p, "If you have not done this transaction, please call 1800 1080 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "ICICI Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    p.add("title", "PNB")
    p.add("small", "Official WhatsApp banking")
    p.add("rule")
    p.part = "body"
    p.add("gap")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s_ = wa_open(p)
    wa_text(p, "Hi", True)
    wa_text(p, hhmm(rng, lower=True), True, scale=0.7, soft=True)
    wa_close(p, s_, True)
    s_ = wa_open(p)
    wa_text(
        p,
        f"Dear Customer, your A/c XX{tail4} is debited with INR {amt} on {when(j.date, '%d-%m-%Y')} for "
        "IMPS to "
        f"{to}. IMPS Ref: {ref}. -PNB",
        False,
        share=0.72,
        **facts,
    )
    wa_text(p, hhmm(rng, lower=True), False, scale=0.7, soft=True)
    wa_close(p, s_, False)
    return p.done()

"""The twelve heldout324 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Gollabhama sari weaver's firm's year of 2026 in Siddipet, Telangana (Enugula
Gollabhama Handlooms, in Telugu ఎనుగుల గొల్లభామ హ్యాండ్లూమ్స్, Enugula Ramulu's proprietary firm, whose
weavers lay the Gollabhama, the milkmaid with a pot on her head, into cotton, silk-cotton and silk saris in
an extra weft pick by pick at their pit looms, paid by the sari woven, the thrift fund's eight per cent kept
from the wage; its showroom on Medak Road, the Gollabhama Kuteeram; its stall at the Telangana Handloom Expo
on Necklace Road, Hyderabad; its web shop on Cashfree and Easebuzz, its Dukaan store and its Flipkart Samarth
listing; TESCO, Titan's Taneira, GeM, a Chennai silk house, a Hyderabad hotel company, a Bengaluru retailer,
a Banjara Hills boutique and the Siddipet temple at home and saree houses and boutiques abroad), told by the
proofs of payment it receives (PhonePe Business, CRED, Google Pay set in Telugu, Amazon Pay, Paytm, Telangana
Grameena Bank, JioFinance and slice; a Telegram group, TESCO's advice, Kotak FYN, Titan's SAP Business Network
mail, a Busy voucher, IDFC FIRST Bank's corporate banking, the temple's letter in Telugu and GeM; CashPro,
Emirates NBD, RBC Express, DBS IDEAL, ANZ Transactive, Revolut Business, Lloyds and Danske Bank; the
Kuteeram's tax invoice, Cashfree, the firm's receipt book, Dukaan, Flipkart's settlement mail, Easebuzz, the
Expo memo in a Telugu hand and a Ginesys roll) and those it makes (NHDC's yarn invoice, a Surat zari dealer,
a Sircilla dyer's bill in a Telugu hand, a graph designer's Zoho Invoice receipt, udaan, Delhivery One, a
printer's Razorpay page and Moglix; IOB Mobile, the apex co-operative bank's application, HDFC Bank
NetBanking, Cent Mobile, InstaBIZ, a PhonePe chat, Canara ai1 and IDBI GO Mobile+; a Bonalu advance and a
wage book in a Telugu hand, Google Pay, a WhatsApp chat, Paytm, RazorpayX Payroll, IndusMobile and a typed
wage acknowledgement; the municipality's property tax, T App Folio, ESIC, the professional tax, SBI Collect,
the Expo's stall receipt, IP India and the Transport Department; eight insurers; cards on the Kuteeram's and
the Expo stall's terminals, at a restaurant and a hotel, on TGSRTC and Air India Express, in Axis Bank's SMS
and on the Scapia app; TGSPDCL, a water can card in a Telugu hand, BSNL, MeeSeva, MyJio, IndianOil ONE, ACT
Fibernet and PhonePe's Bharat BillPay; the banks' SMS, Telangana Grameena Bank's SMS in Telugu, the
notification shade, a mail and WhatsApp banking). Each layout is a function of its own (the family's
function picks it by the receipt's place in its family, ``UPI_LAYOUTS`` to ``ALERT_LAYOUTS``), every row
added to heldout113's ``Screen`` with the facts it prints and the truth read back from the rows the page
keeps. Headings, footers, the Telugu names over their English, the motto, salutations, Telugu labels (but a
tag's value, a Telugu letter's or SMS' sentence, whose figures and payee carry the facts, a Telugu app's
outcome and payee, and a Telugu hand's sums, days and "received"), items, saris, yarn, zari, dyes, dishes,
rates, counts, GST, TDS, TCS, the thrift fund, fees, charges, shipping, balances, limits, fares, periods,
half years, months, bill months, contribution periods, validities, invoice, bill, journey and travel days,
account, policy, proposal, application, assessment, service, consumer, employer, PTIN, vehicle, loom and
employee numbers, AWBs, GSTIN, PAN, IFSC, UPI IDs, card numbers, bills settled, replies, stages, progress
bars, notices, tiles, badges, ribbons, stamps' printed words, seals, revenue stamps, signatures, the
Gollabhamas and the loom a page lies on carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top``
heldout122's; ``outcome`` heldout119's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's;
``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``,
``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``ticks``, ``qr``, ``thumb``,
``seal``, a roll's torn edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``hand``,
``amtbox``, ``tt``, ``step``, ``rstamp``, rounded cards), heldout273's (``ledger``, ``pill``, ``track``,
``panel``, ``field``, ``bubble``, ``cell_name``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``,
``ribbon``, ``tabs``, a chat's payment card), heldout279's (``phone``, ``band``, ``app_head``, ``pick``,
``at_hour``, ``two_up``, ``spinner``, ``redno``, ``decor``), heldout287's (``notice``, ``tile``, ``burst``,
``oval``, ``vlab``, ``vname``, ``tiles2``, ``copyrow``), heldout289's (``chip``, ``steps``, ``revenue``,
``shade_pull``) and heldout294's (``octa``, ``progress``, and its Telugu runs: ``draw_t``, ``twidth``,
``tok``, a line's Telugu runs in Noto Sans or Noto Serif Telugu at 0.92 of the size, its other runs in the
page's face), written in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to
heldout323's), each page's rows drawn by heldout294's ``_render`` (and the renderers beneath it) and then by
this set's own ``_render`` in the lines it leaves for them: Telugu lines (``tel``, ``tel_wrap``); a Telugu
hand (``thand``: Noto Sans Telugu with an upright DejaVu Sans for its figures and Latin letters, leaning as a
ball pen leans, a little off its line, a sum at the right end of its line where it has one; heldout294 wrote
its Telugu hand in the serif); this set's bilingual tag (``tag``: the label in a capsule outlined in the
border's maroon on a pale pink, its Telugu in bold maroon and its English small after a slash, the value
printed in bold or written in the page's pen at the line's right end, a faint maroon hairline under it, one
line high); a Gollabhama as a letterhead's emblem (``gollabhama``: a patch of the sari, its ground between two
borders of temple teeth, the milkmaid with a pot on her head and a small one in her hand between two smaller
ones, square pick by square pick as a weaver's graph lays her in, each pick a float of weft with two thread
lines across it); a Gollabhama border as a divider (``procession``: a row of small milkmaids between two
stripes of the border's colour, two lines high); and, after the frame, the loom a page is photographed lying
across (``on_loom``: the warp's threads running up to the reed's wooden batten, the sari woven so far across
the foot with a row of its Gollabhamas, the page's shadow, the page a little askew). The Gollabhama Kuteeram
shuts on Wednesdays, Siddipet's market day (``not_wednesday``). The pages' layouts and wordings are this
set's own."""

from __future__ import annotations

import datetime as dt
import random

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
from bench.receipt_sets.heldout273_families import field, ledger, panel, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab
from bench.receipt_sets.heldout294_families import (
    TELUGU,
    TELUGU_BOLD,
    TELUGU_SERIF,
    TELUGU_SERIF_BOLD,
    draw_t,
    tok,
    twidth,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers (their Latin letters and figures): italics and obliques in
# another mix than heldout322's and heldout323's
PENS = [
    "dejavu/DejaVuSans-Oblique.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
]
INKS = [(26, 40, 120), (36, 34, 40), (10, 64, 96), (70, 24, 84), (20, 52, 140)]
# the faces a page's fixed-width lines are printed in (a terminal's, a counter's roll, a typed receipt)
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# a Telugu hand: Noto Sans Telugu for its letters (heldout294 wrote its Telugu hand in the serif), an upright
# DejaVu Sans for the figures and Latin letters among them, both leaning as a ball pen leans
HAND_TE = TELUGU
HAND_LATIN = "dejavu/DejaVuSans.ttf"
SCRIPT_FACES = [TELUGU, TELUGU_BOLD, TELUGU_SERIF, TELUGU_SERIF_BOLD, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
AMBER = (214, 140, 20)
# the colours of a Gollabhama sari: its grounds (a mango yellow, a parrot green, a rani pink, an indigo, a
# cream), the figure's extra weft (white, a deep maroon, a mustard, a black) and its border's maroon
MAROON = (122, 22, 40)
MAROON_PALE = (250, 236, 232)
CREAM = (246, 238, 220)
PALETTES = [
    {"ground": (226, 168, 40), "figure": (122, 22, 40), "accent": (250, 246, 236), "border": (122, 22, 40)},
    {"ground": (52, 132, 70), "figure": (250, 246, 236), "accent": (234, 184, 48), "border": (150, 30, 60)},
    {"ground": (196, 34, 98), "figure": (250, 238, 196), "accent": (40, 100, 60), "border": (40, 28, 60)},
    {"ground": (38, 52, 112), "figure": (246, 236, 214), "accent": (220, 60, 60), "border": (196, 150, 40)},
    {"ground": (240, 230, 206), "figure": (128, 24, 40), "accent": (40, 40, 40), "border": (128, 24, 40)},
]
# the Gollabhama as a weaver's graph draws her, row by row: the pot on her head, her raised hand holding
# it, her head, her shoulders and the small pot in her other hand, the flared skirt and its pleats, her feet
FIGURE = [
    "....###....",
    "...#####...",
    "..#######..",
    "...#####...",
    "..#.###....",
    "..#.###....",
    "..#..#.....",
    "...#####...",
    "....###.#..",
    "....###..#.",
    "...#####.##",
    "..#######.#",
    ".#########.",
    "###########",
    "#.#.#.#.#.#",
    "...#...#...",
]

# ---------------------------------------------------------------- the firm

FIRM = "Enugula Gollabhama Handlooms"
FIRM_MS = "M/s Enugula Gollabhama Handlooms"
FIRM_CAPS = "ENUGULA GOLLABHAMA HANDLOOMS"
# the firm's name in Telugu (హ్యాండ్లూమ్స్: handlooms, as the firm writes it)
FIRM_TE = "ఎనుగుల గొల్లభామ హ్యాండ్లూమ్స్"
# the firm's name as a bank's beneficiary field cuts it
CUT = "ENUGULA GOLLABHAMA HANDL"
SHOP = "Gollabhama Kuteeram"
SHOP_CAPS = SHOP.upper()
# కుటీరం: a cottage, as a handloom house's showroom is often called
SHOP_TE = "గొల్లభామ కుటీరం"
SHOP_AT = "Medak Road, near Old Bus Stand, Siddipet - 502103"
SHED_AT = "Padmashali Colony, Siddipet, Telangana - 502103"
TOWN = "Siddipet, Telangana"
WEB = "gollabhama.in"
GSTIN = "36AXQPE7314K1Z6"
PAN = "AXQPE7314K"
UDYAM = "UDYAM-TS-27-0039184"
# its motto: "handloom, our heritage"
MOTTO = "చేనేత మన వారసత్వం"
PROP = "Enugula Ramulu"
PROP_TE = "ఎనుగుల రాములు"
SON = "Enugula Naveen Kumar"
DESIGNER = "Enugula Sravani"
ACCOUNTANT = "Kandukuri Praveen"
COUNTER = "Bandari Swathi"
HELPER = "Mohd. Sadiq"
BANK_LINE = "State Bank of India, Siddipet Branch"
# the weavers: they weave the Gollabhama at pit looms in their houses, the figure laid in by hand in an
# extra weft, pick by pick, as the jamdani is; paid by the sari woven
WEAVERS = [
    "Rapolu Bhaskar",
    "Chilka Lakshmi",
    "Gaddam Narsaiah",
    "Bollabathini Sujatha",
    "Kurma Srinivas",
    "Mergoju Padma",
    "Yelagandula Ramesh",
    "Thummala Kavitha",
]
WEAVERS_TE = {
    "Rapolu Bhaskar": "రాపోలు భాస్కర్",
    "Chilka Lakshmi": "చిల్కా లక్ష్మి",
    "Gaddam Narsaiah": "గడ్డం నర్సయ్య",
    "Bollabathini Sujatha": "బొల్లబత్తిని సుజాత",
    "Kurma Srinivas": "కూర్మ శ్రీనివాస్",
    "Mergoju Padma": "మెర్గోజు పద్మ",
    "Yelagandula Ramesh": "ఎలగందుల రమేష్",
    "Thummala Kavitha": "తుమ్మల కవిత",
}
# National Handloom Day (7 August), when the Telangana Handloom Expo at People's Plaza, Necklace Road,
# Hyderabad opens (7 to 16 August 2026); Bonalu, when the weavers take an advance (Ashadham's Sundays, July
# 2026)
EXPO, EXPO_DAYS = dt.date(2026, 8, 7), 10
BONALU, BONALU_DAYS = dt.date(2026, 7, 5), 24
IFSC = {
    "State Bank of India": "SBIN",
    "Telangana Grameena Bank": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "Kotak Mahindra Bank": "KKBK",
    "Indian Overseas Bank": "IOBA",
    "Central Bank of India": "CBIN",
    "IDBI Bank": "IBKL",
    "Bank of Baroda": "BARB",
    "Indian Bank": "IDIB",
    "IDFC FIRST Bank": "IDFB",
    "Telangana State Co-operative Apex Bank": "TSAB",
    "IndusInd Bank": "INDB",
}
# the firm's saris and the rest it weaves: name, HSN, price each (low, high); GST 5% on cotton and silk
# fabrics and saris (HSN 5208 and 5007), and on made-ups of up to Rs. 2,500 a piece, since September 2025
SARIS = [
    ("Gollabhama cotton saree", "5208", 2800, 6400),
    ("Gollabhama silk-cotton saree", "5007", 5600, 11800),
    ("Gollabhama pure silk saree", "5007", 12400, 26800),
    ("Gollabhama dupatta", "5208", 1150, 2350),
    ("Gollabhama stole", "5208", 640, 1180),
    ("Gollabhama dress material", "5208", 1650, 2900),
    ("Table runner, Gollabhama", "6302", 780, 1450),
    ("Cushion covers (set of 5)", "6304", 1200, 2300),
]
SHORT = {
    "Gollabhama cotton saree": "GB cotton saree",
    "Gollabhama silk-cotton saree": "GB silk-cotton saree",
    "Gollabhama pure silk saree": "GB pure silk saree",
    "Gollabhama dupatta": "GB dupatta",
    "Gollabhama stole": "GB stole",
    "Gollabhama dress material": "GB dress material",
    "Table runner, Gollabhama": "GB table runner",
    "Cushion covers (set of 5)": "Cushion covers x5",
}
# the saris in Telugu as a hand writes them on a memo or a weaver's account
SARIS_TE = {
    "Gollabhama cotton saree": "నూలు చీర",
    "Gollabhama silk-cotton saree": "సీకో చీర",
    "Gollabhama pure silk saree": "పట్టు చీర",
    "Gollabhama dupatta": "దుపట్టా",
    "Gollabhama stole": "స్టోల్",
    "Gollabhama dress material": "డ్రెస్ మెటీరియల్",
    "Table runner, Gollabhama": "టేబుల్ రన్నర్",
    "Cushion covers (set of 5)": "కుషన్ కవర్లు",
}
BUYERS = [
    ("Sowmya Reddy", "State Bank of India"),
    ("Karthik Goud", "Telangana Grameena Bank"),
    ("Harini Rao", "HDFC Bank"),
    ("Mohammed Imran", "ICICI Bank"),
    ("Divya Kulkarni", "Axis Bank"),
    ("Srikanth Yadav", "Union Bank of India"),
    ("Anusha Chary", "Canara Bank"),
    ("Pranav Sharma", "Kotak Mahindra Bank"),
]


def saris(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's saris and made-ups sold: name, HSN, quantity, price each (dearer ones left out above
    ``high``)."""
    pool = [i for i, w in enumerate(SARIS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = SARIS[i]
        q = 1 if lo >= 5000 else rng.randrange(1, 4)
        ceiling = max(lo + 20, min(hi_, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Expo's, Bonalu's), its UPI / card reference made again for that
    day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def not_wednesday(j: Job, rng: random.Random) -> None:
    """The Gollabhama Kuteeram shuts on Wednesdays, Siddipet's weekly market day, when the family is at the
    yarn and dye shops: a payment it takes over its counter on a Wednesday is moved to the Tuesday before,
    its reference made again for that day."""
    if j.date.weekday() == 2:
        season(j, rng, j.date - dt.timedelta(days=1), 1)


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


def gstin_of(rng: random.Random, state: str = "36", kind_: str = "P") -> str:
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
    numbers = rng.sample(range(14, 720), len(shares))
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 9, 80)
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
        "Telangana Grameena Bank": "TGB",
        "HDFC Bank": "HDFC",
        "ICICI Bank": "ICICI",
        "Axis Bank": "Axis",
        "Union Bank of India": "Union",
        "Canara Bank": "Canara",
        "Kotak Mahindra Bank": "Kotak",
    }.get(bank, bank)


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h324", {"marks": {}, "frame": None})


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
    type_of(p)
    h271.ext(p).setdefault("tt_scale", 0.88)
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
    h269.kind(p, "lb24", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb24"] = 0.76
    h269.row(p, "lb24", text, **facts)


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


def clipped(text: str, n: int) -> str:
    """``text`` cut to at most ``n`` characters, as a bank's field or an SMS cuts a name."""
    return text[:n].rstrip()


# ---------------------------------------------------------------- Telugu on the firm's papers

# heldout294's Telugu runs (``draw_t``, ``twidth``, ``tok``: a line's Telugu runs in Noto Sans or Noto Serif
# Telugu at 0.92 of the size, its other runs in the page's face) under this set's rows


def tel(
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
    """A line in Telugu (a name over its English, a heading, a motto, an app's words, a bank's message), its
    Latin runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert tok(text, p.font, bold=bold, serif=serif), (p.font, text)
    assert twidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t24te", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def te_fits(p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, share: float = 1.0) -> bool:
    return twidth(text, p.font, int(p.style["size"] * scale), bold=bold) <= share * room_of(p)


def tel_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Telugu sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and twidth(f"{line} {word}", p.font, size) > room:
            tel(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    tel(p, line, scale=scale, align="l", **(facts if first else {}))


def thand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.12, **facts) -> None:
    """A line written by hand in Telugu: Noto Sans Telugu for its letters and an upright DejaVu Sans for its
    figures and Latin letters, leaning as a ball pen leans and a little off its line, in the page's ink;
    ``figure`` written at the right end of the line (a sum in a memo's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert tok(text + figure, HAND_LATIN), text
    need = twidth(text, HAND_LATIN, size) + size * 0.7
    if figure:
        need += twidth(figure, HAND_LATIN, size) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t24th", text, figure, mark_=[align, scale, p.rng.uniform(-0.7, 0.7)], **facts)


def thand_fits(p: Screen, text: str, scale: float = 1.12) -> bool:
    size = int(p.style["size"] * scale)
    return twidth(text, HAND_LATIN, size) + size * 0.7 <= room_of(p)


def _tag_need(p: Screen, telugu: str, english: str) -> float:
    size = p.style["size"]
    return (
        twidth(telugu, p.font, int(size * 0.84), bold=True)
        + load_font(p.font, int(size * 0.6)).getlength(f" / {english}")
        + 24
    )


def tag(p: Screen, telugu: str, english: str, value: str, *, pen: bool = False, **facts) -> None:
    """This set's bilingual field: the label in a capsule outlined in the border's maroon on a pale pink, its
    Telugu in bold maroon and its English small after a slash; the value set to the line's right end, in the
    page's bold print or written in its pen where ``pen``; one line high, a faint hairline under it."""
    size = p.style["size"]
    vfont = pen_of(p) if pen else bold_of(p.font)
    vface = load_font(vfont, int(size * (1.06 if pen else 0.96)))
    assert tok(telugu, p.font, bold=True) and glyphs(p.font, english) and glyphs(vfont, value), (
        telugu,
        english,
        value,
    )
    need = _tag_need(p, telugu, english) + vface.getlength(value) + 18
    assert need <= room_of(p), (telugu, english, value, need, room_of(p))
    put(p, "t24tg", telugu, english, value, mark_=[pen], **facts)


def tag_fit(p: Screen, telugu: str, english: str, values: list[str], *, pen: bool = False) -> str:
    """The first of ``values`` that fits a ``tag``'s value (the last where none does)."""
    size = p.style["size"]
    vface = load_font(pen_of(p) if pen else bold_of(p.font), int(size * (1.06 if pen else 0.96)))
    room = room_of(p) - _tag_need(p, telugu, english) - 18
    return next((v for v in values if vface.getlength(v) <= room), values[-1])


# ---------------------------------------------------------------- this set's marks


def gollabhama(p: Screen) -> None:
    """A Gollabhama as a letterhead's emblem: a patch of the sari woven in the figure's extra weft, the
    milkmaid with a pot on her head and another in her hand between two smaller ones, square pick by square
    pick as the weaver's graph lays her in, on the patch's ground between two borders of temple teeth;
    centred, three lines high."""
    put(p, "t24gb", "", mark_=[p.rng.randrange(len(PALETTES)), p.rng.randrange(10**6), p.rng.uniform(-2, 2)])
    p.add("gap")
    p.add("gap")


def procession(p: Screen) -> None:
    """A Gollabhama border as a divider across the page: a row of small milkmaids woven in the figure's weft
    between two stripes of the border's colour; two lines high."""
    put(p, "t24bd", "", mark_=[p.rng.randrange(len(PALETTES)), p.rng.randrange(10**6)])
    p.add("gap")


def on_loom(p: Screen) -> None:
    """The page photographed lying across a pit loom's warp in a weaver's house: the warp's threads running
    up the picture to the reed's wooden batten, the sari woven so far under them with a row of its
    Gollabhamas, the page's shadow on the threads, the page a little askew."""
    ext(p)["frame"] = ["loom", p.rng.randrange(len(PALETTES)), p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _figure(
    draw: ImageDraw.ImageDraw, x0: float, y0: float, cell: float, colour, srng: random.Random
) -> None:
    """The Gollabhama at ``x0``, ``y0`` in squares of ``cell``: each pick a float of weft a little uneven,
    two thread lines across it."""
    for r, line in enumerate(FIGURE):
        for c, ch in enumerate(line):
            if ch != "#":
                continue
            jx, jy = srng.uniform(-0.08, 0.08) * cell, srng.uniform(-0.06, 0.06) * cell
            x, y = x0 + c * cell + jx, y0 + r * cell + jy
            draw.rectangle((x, y, x + cell * 0.96, y + cell * 0.92), fill=colour)
            if cell >= 4:
                shade = _tint((0, 0, 0), colour, 0.82)
                for t in (0.33, 0.7):
                    draw.line((x, y + cell * t, x + cell * 0.96, y + cell * t), fill=shade, width=1)


def _teeth(draw: ImageDraw.ImageDraw, x0: float, x1: float, y: float, h: float, colour, up: bool) -> None:
    """A row of small triangles (a border's temple teeth) from ``x0`` to ``x1`` standing on ``y``."""
    step = h * 1.2
    x = x0
    while x + step <= x1 + 0.5:
        tip = y - h if up else y + h
        draw.polygon([(x, y), (x + step, y), (x + step / 2, tip)], fill=colour)
        x += step


def _emblem_art(H: int, pal_i: int, seed: int) -> Image.Image:
    """The emblem's patch ``H`` high as an RGBA image."""
    srng = random.Random(seed)
    pal = PALETTES[pal_i]
    W = int(H * 2.3)
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W - 1, H - 1), fill=pal["ground"])
    for y in range(0, H, 3):
        d.line((0, y, W, y), fill=_tint((0, 0, 0), pal["ground"], 0.93), width=1)
    bh = H * 0.14
    d.rectangle((0, 0, W, bh), fill=pal["border"])
    d.rectangle((0, H - bh, W, H), fill=pal["border"])
    _teeth(d, 2, W - 2, bh, bh * 0.6, pal["accent"], up=False)
    _teeth(d, 2, W - 2, H - bh, bh * 0.6, pal["accent"], up=True)
    inner = H - 2 * bh - bh * 1.3
    big = inner / len(FIGURE)
    small = big * 0.68
    cx = W / 2
    top_ = bh + bh * 0.65
    _figure(d, cx - big * 5.5, top_, big, pal["figure"], srng)
    for side in (-1, 1):
        fx = cx + side * W * 0.3 - small * 5.5
        _figure(d, fx, top_ + (big - small) * len(FIGURE), small, pal["figure"], srng)
    for side in (-1, 1):
        x = cx + side * W * 0.15
        for k in range(3):
            y = top_ + inner * (0.25 + 0.25 * k)
            r = max(1.5, big * 0.35)
            d.ellipse((x - r, y - r, x + r, y + r), fill=pal["accent"])
    return img


def _emblem(page: Image.Image, cx: float, top_y: float, h: float, pal_i: int, seed: int, tilt: float) -> None:
    art = _emblem_art(int(h), pal_i, seed).rotate(tilt, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("RGBA", art.size, (0, 0, 0, 0))
    shadow.paste((60, 50, 40, 70), (0, 0), art.split()[3])
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    x, y = int(cx - art.width / 2), int(top_y)
    page.paste(shadow, (x + 3, y + 4), shadow)
    page.paste(art, (x, y), art)


def _border_art(w: int, h: int, pal_i: int, seed: int) -> Image.Image:
    """The divider's band ``w`` by ``h``: the ground, a stripe of the border's colour along each edge and
    the milkmaids in a row between them."""
    srng = random.Random(seed)
    pal = PALETTES[pal_i]
    img = Image.new("RGB", (w, h), pal["ground"])
    d = ImageDraw.Draw(img)
    s = max(2, int(h * 0.13))
    d.rectangle((0, 0, w, s), fill=pal["border"])
    d.rectangle((0, h - s, w, h), fill=pal["border"])
    cell = (h - 2 * s - 2) / len(FIGURE)
    fw = cell * len(FIGURE[0])
    gap = fw * 0.9
    x = (w - (int((w - gap) / (fw + gap)) * (fw + gap) - gap)) / 2
    while x + fw <= w - 2:
        _figure(d, x, s + 1, cell, pal["figure"], srng)
        x += fw + gap
    return img


def _procession(page: Image.Image, x0: float, x1: float, y0: float, y1: float, pal_i: int, seed: int) -> None:
    page.paste(_border_art(int(x1 - x0), int(y1 - y0), pal_i, seed), (int(x0), int(y0)))


def _loom_art(w: int, h: int, pal_i: int, seed: int) -> Image.Image:
    """A pit loom seen from the weaver's seat: the reed's wooden batten across the top, the warp's threads
    running down from it, the sari woven so far across the foot with a row of its Gollabhamas."""
    srng = random.Random(seed)
    pal = PALETTES[pal_i]
    img = Image.new("RGB", (w, h), _tint((0, 0, 0), pal["ground"], 0.55))
    d = ImageDraw.Draw(img)
    x = 0.0
    while x < w:
        c = _tint((255, 255, 255), pal["ground"], srng.uniform(0.7, 0.95))
        d.line((x, 0, x + srng.uniform(-2, 2), h), fill=c, width=srng.choice([1, 2]))
        x += srng.uniform(2.6, 3.6)
    beam = int(h * 0.07)
    for y in range(beam):
        shade = 0.55 + 0.45 * (1 - abs(y - beam * 0.4) / beam)
        d.line((0, y, w, y), fill=tuple(int(v * shade) for v in (150, 98, 52)))
    woven = int(h * 0.78)
    d.rectangle((0, woven, w, h), fill=pal["ground"])
    for y in range(woven, h, 3):
        d.line((0, y, w, y), fill=_tint((0, 0, 0), pal["ground"], 0.9), width=1)
    band_h = max(30, int((h - woven) * 0.4))
    img.paste(_border_art(w, band_h, pal_i, seed), (0, woven + int((h - woven) * 0.3)))
    return img


def _on_loom(image: Image.Image, pal_i: int, seed: int) -> Image.Image:
    srng = random.Random(seed)
    pad = int(0.1 * max(image.size))
    w, h = image.width + 2 * pad, image.height + 2 * pad
    back = _loom_art(w, h, pal_i, seed)
    tilt = srng.uniform(-2.2, 2.2)
    page = image.convert("RGBA").rotate(tilt, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("RGBA", page.size, (0, 0, 0, 0))
    shadow.paste((20, 14, 10, 120), (0, 0), page.split()[3])
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    x, y = (w - page.width) // 2, (h - page.height) // 2
    back.paste(shadow, (x + 7, y + 9), shadow)
    back.paste(page, (x, y), page)
    return back


def _hand_layer(text: str, size: int, line: int) -> Image.Image:
    """A line of a Telugu hand as a mask: its runs drawn, leaning as a pen leans."""
    tw = twidth(text, HAND_LATIN, size)
    lw, lh = int(tw + size * 1.2), int(line * 2.0)
    layer = Image.new("L", (lw, lh), 0)
    draw_t(ImageDraw.Draw(layer), (size * 0.3, lh * 0.2), text, HAND_LATIN, size, 255)
    return layer.transform((lw, lh), Image.AFFINE, (1, 0.2, -0.2 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Telugu lines and a Telugu hand, its bilingual tags, a
    Gollabhama as an emblem and a row of them as a divider."""
    page = h294._render(rows, font, style)
    x = style.get("h324")
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
        if not name.startswith("t24"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t24te":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = twidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_t(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t24th":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                layer = _hand_layer(text, s, line).rotate(tilt, resample=Image.BICUBIC)
                tw = twidth(text, HAND_LATIN, s)
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
        elif name == "t24tg":
            (is_pen,) = m
            telugu, english, value = r[1], r[2], r[3]
            ts = int(size * 0.84)
            tw = twidth(telugu, font, ts, bold=True)
            eface = load_font(font, int(size * 0.6))
            ew = eface.getlength(f" / {english}")
            y0, y1 = top_y + line * 0.04, top_y + line * 0.92
            draw.rounded_rectangle(
                (MARGIN, y0, MARGIN + tw + ew + 20, y1),
                radius=int((y1 - y0) / 2),
                fill=_tint(MAROON_PALE, paper_, 1.0),
                outline=MAROON,
                width=2,
            )
            base = (y0 + y1) / 2 + ts * 0.28
            asc = load_font(bold_of(font), ts).getmetrics()[0]
            draw_t(draw, (MARGIN + 10, base - asc), telugu, font, ts, MAROON, bold=True)
            draw.text((MARGIN + 10 + tw, base), f" / {english}", font=eface, fill=soft, anchor="ls")
            if is_pen:
                vface = load_font(pen, int(size * 1.06))
                vw = vface.getlength(value)
                draw.text(
                    (width - MARGIN - vw, top_y + line * 0.8), value, font=vface, fill=pen_ink, anchor="ls"
                )
            else:
                vface = load_font(bold_of(font), int(size * 0.96))
                vw = vface.getlength(value)
                draw.text((width - MARGIN - vw, top_y + line * 0.8), value, font=vface, fill=ink, anchor="ls")
            hy = top_y + line * 0.97
            draw.line((MARGIN, hy, width - MARGIN, hy), fill=_tint(MAROON, paper_, 0.22), width=1)
        elif name == "t24gb":
            pal_i, seed, tilt = m
            _emblem(page, width / 2, top_y + line * 0.1, line * 2.75, pal_i, seed, tilt)
            draw = ImageDraw.Draw(page)
        elif name == "t24bd":
            pal_i, seed = m
            _procession(page, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 1.66, pal_i, seed)
            draw = ImageDraw.Draw(page)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout323's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the loom a page is photographed lying across."""
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
    f = (style.get("h324") or {}).get("frame")
    if f and f[0] == "loom":
        image = _on_loom(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout324 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Kuteeram's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM]
VPAS = [
    "gollabhamakuteeram@sbi",
    "enugulahandlooms@ybl",
    "kuteeram.sdpt@okaxis",
    "Q318824107@ybl",
]
NOTES = ["Saree", "Gollabhama saree", "Pattu saree", "Dupatta x2", "Saree balance"]


def _upi_phonepe_biz(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """PhonePe Business on the Gollabhama Kuteeram's phone: the Kuteeram under the app's bar, a scalloped
    badge's tick, Payment Received, the sum, "from <buyer>"; UTR and Received on, Paid by and Settlement in
    tiles two to a row."""
    not_wednesday(j, rng)
    p = phone(rng, font, k, ["", "PhonePe Business"], dark=False, buttons=("Share", "Done"))
    band(p, (95, 37, 159))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "PhonePe Business", name, merchant=name)
    h287.burst(p, j.status)
    p.add("center", "Payment Received", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", f"from {who}")
    p.add("gap")
    tiles2(
        p,
        ("UTR", j.ref),
        ("Received on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    tiles2(
        p,
        ("Paid by", fit(p, [who, who.split()[0]], 0.4, scale=0.92)),
        ("Settlement", f"Instant {masked(p.font)}{digits(rng, 4)}"),
        method="UPI",
    )
    p.add("small", "Ask the customer to show this screen only if the soundbox is off.")
    return p.done()


def _upi_cred(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """CRED's UPI payment with no reference on its dark screen: a large round tick, payment successful, the
    sum, "paid securely to" over the payee; Date & time, Paid from and CRED coins in a rounded card."""
    p = phone(rng, font, k, ["", "CRED"], dark=True, buttons=("done",))
    app_head(p, "CRED", "pay via UPI")
    sicon(p, j.status)
    p.add("center", "payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", "paid securely to")
    name = pick(p, "center", [rng.choice(PAYEES), SHOP])
    p.add("center", name, merchant=name)
    p.add("gap")
    c = card_open(p)
    kvr(p, "date & time", at_hour(rng, j.date, ["{d} %b %Y", "%d %b '%y"], (", ", " at ")), date=j.date)
    kvr(p, "paid from", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}", method="UPI")
    kvr(p, "CRED coins", f"+{rng.randrange(20, 400)}")
    card_close(p, c)
    return p.done()


def _upi_gpay_te(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Google Pay set in Telugu: a large round tick, "చెల్లింపు విజయవంతమైంది" (payment successful), the sum,
    "<payee> కు చెల్లించారు" (paid to <payee>), the day and hour; this set's tags: UPI లావాదేవీ ID / UPI
    transaction ID, ఎవరికి / To (the UPI ID), ఖాతా నుండి / From."""
    p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Share",))
    app_head(p, "Google Pay", "UPI")
    sicon(p, j.status)
    tel(p, "చెల్లింపు విజయవంతమైంది", scale=1.08, bold=True, status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = next((n for n in [rng.choice(PAYEES), SHOP] if te_fits(p, f"{n} కు చెల్లించారు")), SHOP)
    tel(p, f"{name} కు చెల్లించారు", merchant=name)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    p.add("rule")
    tag(p, "UPI లావాదేవీ ID", "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    tag(p, "ఎవరికి", "To", tag_fit(p, "ఎవరికి", "To", [rng.choice(VPAS), VPAS[3]]))
    tag(p, "ఖాతా నుండి", "From", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}", method="UPI")
    return p.done()


def _upi_amazon_fail(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Amazon Pay's UPI payment failed: a scalloped badge's cross, Payment failed, the sum, "to <payee>",
    the reason in a notice; Transaction ID, UPI reference no., Date and Paid from in a table
    ruled on every side."""
    p = phone(rng, font, k, ["", "Amazon Pay"], dark=False, buttons=("Try again",))
    band(p, (35, 47, 62))
    app_head(p, "amazon pay", "UPI")
    h287.burst(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "Your bank declined this payment. Any amount deducted will be refunded in 3-5 business days.",
        "error",
    )
    aid = f"P01-{digits(rng, 7)}-{digits(rng, 7)}"
    at = 0.44
    gkv(p, "az", "Transaction ID", aid, at=at, txn=(TXN_RANK, aid))
    gkv(p, "az", "UPI reference no.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gkv(p, "az", "Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=at, date=j.date)
    gkv(p, "az", "Paid from", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _upi_paytm_today(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Paytm's UPI payment under "Today, <hour>": a Paid Successfully capsule, the sum, "to <payee>"; UPI Ref
    No, From and Note in shaded labels; no day."""
    p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 46, 110))
    app_head(p, "Paytm", "Payment history")
    pill(p, "Paid Successfully", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("gap")
    kv(p, "UPI Ref No", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
    kv(p, "From", f"{bank_short(bank)} - {digits(rng, 4)}", at=0.34, method="UPI")
    kv(p, "Note", rng.choice(NOTES), at=0.34)
    return p.done()


def _upi_tgb(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Telangana Grameena Bank's mobile banking with a UPI payment: a large round tick, Transaction
    Successful, the sum, "to <payee>"; UPI Ref No, Date, Debited A/c and Remarks against a gutter."""
    p = phone(rng, font, k, ["", "TGB Mobile"], dark=False, buttons=("Share", "Home"))
    band(p, (0, 110, 70))
    app_head(p, "TGB Mobile", "Telangana Grameena Bank  |  UPI")
    sicon(p, j.status)
    p.add("center", "Transaction Successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    at = 0.4
    gutter(p, "tg", "UPI Ref No", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gutter(p, "tg", "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    gutter(p, "tg", "Debited A/c", f"XXXXXXX{digits(rng, 4)}", at=at, method="UPI")
    gutter(p, "tg", "Remarks", rng.choice(NOTES), at=at)
    return p.done()


def _upi_jio_pending(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """JioFinance's UPI payment in progress: Initiated, Debited and Credited left to right, Payment in
    progress, the sum, "to <payee>", a notice; UPI Reference, Started and Paying from at the left and the
    right."""
    p = phone(rng, font, k, ["", "JioFinance"], dark=False, buttons=("Check status",))
    band(p, (14, 40, 120))
    app_head(p, "JioFinance", "UPI")
    p.add("gap")
    h273.track(p, ["Initiated", "Debited", "Credited"], "ddp")
    p.add("center", "Payment in progress", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(p, "The receiver's bank has not confirmed yet. Please don't pay again; we'll notify you.", "warn")
    kvr(p, "UPI Reference", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Started", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "Paying from", f"{bank_short(bank)} XX{digits(rng, 4)}", method="UPI")
    return p.done()


def _upi_slice(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """slice's UPI payment: a tick on a rounded tile, Payment successful, the sum, "to <payee>"; UPI
    transaction ID, Date & time and Paid from in read-only fields."""
    p = phone(rng, font, k, ["", "slice"], dark=False, buttons=("Share",))
    band(p, (104, 36, 196))
    app_head(p, "slice", "UPI")
    h287.tile(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    field(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    field(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ", " at ")), date=j.date)
    field(p, "Paid from", f"slice UPI {masked(p.font)}{digits(rng, 4)}", method="UPI")
    return p.done()


UPI_LAYOUTS = [
    _upi_phonepe_biz,
    _upi_cred,
    _upi_gpay_te,
    _upi_amazon_fail,
    _upi_paytm_today,
    _upi_tgb,
    _upi_jio_pending,
    _upi_slice,
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Gollabhama Kuteeram or the firm by UPI, one layout a place (``UPI_LAYOUTS``):
    PhonePe Business on the Kuteeram's phone, CRED's payment with no reference, Google Pay set in Telugu,
    Amazon Pay's failure, Paytm's "Today", Telangana Grameena Bank's against a gutter, JioFinance's payment
    in progress and slice's read-only fields."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=350, high=24000, p_round=0.7)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    return UPI_LAYOUTS[k](rng, font, k, j, who, bank)


# ---------------------------------------------------------------- 2. buyers' advices


TESCO = "Telangana State Handloom Weavers' Co-operative Society Ltd."
TESCO_SHORT = "TESCO, Hyderabad"
TESCO_TE = "తెలంగాణ రాష్ట్ర చేనేత సహకార సంఘం లిమిటెడ్"
AAVARAN = "Aavaran Boutique, Banjara Hills"
DECCAN_RETAIL = "Deccan Weaves Retail Pvt. Ltd."
TITAN = "Titan Company Limited"
KAMAKSHI = "Sri Kamakshi Silks"
GOLCONDA = "Golconda Heritage Hotels Pvt. Ltd."
TEMPLE = "Sri Venkateswara Swamy Devasthanam, Siddipet"
TEMPLE_TE = "శ్రీ వేంకటేశ్వర స్వామి దేవస్థానం, సిద్దిపేట"
TGTDC = "Telangana State Tourism Development Corporation Ltd."


def _adv_telegram(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Banjara Hills boutique's Telegram group with the firm under its "Today" divider: the buyer's
    message in a bubble, "Sent ₹x to <payee> by IMPS for the 12 cotton Gollabhamas. Ref ..."; the firm's
    reply in a bubble of its own; no day."""
    j.amount = float(rng.randrange(12, 60) * 500)
    p = phone(rng, font, k, ["", "Telegram"], dark=False, buttons=())
    band(p, (42, 130, 196))
    app_head(p, "Aavaran x Gollabhama", "group  |  4 members")
    divider(p, "Today")
    p.add("gap")
    first, second = hours(rng, 2)
    s = len(p.rows)
    label(p, "Meghana Reddy (Aavaran)")
    name = rng.choice([FIRM, SHOP, FIRM_CAPS])
    prose(
        p,
        f"Sent {rupee_of(p.font)}{num(j.amount, 'indian')} to {name} by IMPS for the 12 cotton Gollabhamas "
        f"and 6 dupattas. Ref {j.ref}",
        amount=j.amount,
        merchant=name,
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, j.ref),
    )
    h273.bubble(p, s, first)
    p.add("gap")
    s = len(p.rows)
    label(p, SON)
    prose(p, "Received, thank you madam. The parcel goes by Delhivery on Monday.")
    h273.bubble(p, s, second)
    return p.done()


def _adv_tesco(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """TESCO's PAYMENT ADVICE under its Telugu name: Ref. and Date at the left and the right; "To, The
    Proprietor," and the firm; Bill No. | Bill Date | Value | TDS 2% | Net in a striped table; Net amount
    remitted on a tinted panel; Mode : and UTR : with colons; its round seal and the Deputy Manager's
    signature."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    tel(p, TESCO_TE, bold=True)
    name_ = pick(p, "title", [TESCO, "T.S. Handloom Weavers' Co-op. Society Ltd."])
    top(p, name_)
    p.add("small", "Chenetha Bhavan, Nampally, Hyderabad - 500001  |  Marketing Division")
    p.add("rule")
    p.part = "body"
    p.add("center", "PAYMENT ADVICE")
    spec = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
    cols(
        p,
        "te0",
        spec,
        f"Ref. TESCO/MKT/{fy(j.date)}/{rng.randrange(100, 990)}",
        f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d-%m-%Y'])}",
        date=j.date,
    )
    p.add("gap")
    p.add("left", "To,")
    p.add("left", "The Proprietor,")
    who = pick(p, "left", [FIRM_MS, FIRM])
    p.add("left", who, merchant=who.removeprefix("M/s "))
    p.add("left", "Siddipet.")
    p.add("gap")
    bills = bills_for(rng, j, rng.randrange(2, 4), "EGH")
    rows_, net_total = [], 0.0
    for bno, bday, v in bills:
        value = round(v / 0.98, 0)
        tds = round(value - v, 2)
        net_total += v
        rows_.append(([bno, when(bday, "%d.%m.%y"), num(value), num(tds), num(v)], {}))
    zebra(
        p,
        "tb",
        [(0.0, 0.32, "l"), (0.32, 0.5, "c"), (0.5, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
        ["Bill No.", "Bill Date", "Value", "TDS 2%", "Net"],
        rows_,
        (122, 22, 40),
    )
    panel(p, "Net amount remitted (Rs.)", num(j.amount), (250, 226, 200), amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "State Bank of India", neft_or_rtgs(j.amount))
    spec2 = [(0.0, 0.2, "l"), (0.2, 1.0, "l")]
    colkv(p, "te1", spec2, "Mode :", neft_or_rtgs(j.amount), method="netbanking", status=j.status)
    colkv(p, "te1", spec2, "UTR :", utr, txn=(UTR_RANK, utr))
    h269.seal(p, "T.S. HANDLOOM WEAVERS CO-OP SOCIETY", ["TESCO", "HYDERABAD"], "blue")
    sig(p)
    p.add("right", "Deputy Manager (Marketing)")
    return p.done()


def _adv_kotak_returned(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Kotak FYN with a Bengaluru saree retailer's NEFT returned: an octagon's cross, NEFT returned, the
    reason in a notice; labels small over their values two to a row: Transaction reference and Amount,
    Beneficiary and Value date, Return reason and Debit account."""
    p = browser_page(rng, font, "fyn.kotak.com/payments/transactions/details")
    p.part = "head"
    top(p, "Kotak FYN")
    p.add("small", f"Kotak Mahindra Bank  |  {DECCAN_RETAIL}, Bengaluru")
    p.add("rule")
    p.part = "body"
    h294.octa(p, j.status)
    p.add("center", "NEFT returned by the beneficiary bank", status=j.status)
    boxed(
        p,
        "The amount has been credited back to your account. Check the beneficiary's details and pay again.",
        "error",
    )
    ref = f"KFYN{j.date:%y%m%d}{digits(rng, 6)}"
    two_up(
        p,
        "kf1",
        ("Transaction reference", ref),
        ("Amount", f"INR {num(j.amount)}"),
        txn=(BANK_RANK, ref),
        amount=j.amount,
    )
    name = fit(p, [FIRM_CAPS, CUT], 0.48, bold=True)
    two_up(
        p,
        "kf2",
        ("Beneficiary", name),
        ("Value date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        merchant=name,
        date=j.date,
    )
    two_up(
        p,
        "kf3",
        ("Return reason", "Account closed"),
        ("Debit account", f"XXXX{digits(rng, 4)} (NEFT)"),
        method="netbanking",
    )
    return p.done()


def _adv_titan(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Titan Company's remittance advice for Taneira mailed from SAP Business Network: its sentence; Payment
    Number, Payment Date, Payment Method, Bank Reference and Amount Paid in shaded labels; Invoice | Date |
    Gross | TDS 194Q | Paid in a table ruled on every side."""
    p = mail_page(
        rng,
        font,
        "Titan Company Limited <noreply@ansmtp.ariba.com>",
        ["Remittance advice from Titan Company Limited", "Payment remittance - Taneira"],
    )
    p.part = "head"
    top(p, TITAN)
    p.add("small", "Taneira  |  SAP Business Network remittance advice")
    p.add("rule")
    p.part = "body"
    who = fit(p, [FIRM_CAPS, CUT], 0.6)
    prose(p, f"Dear {who}, we have released the payment below against your invoices for Taneira.")
    p.add("gap")
    pno = f"20{digits(rng, 8)}"
    utr = utr_of(rng, j, "HDFC Bank", "NEFT")
    at = 0.34
    kv(p, "Vendor", who, at=at, merchant=who)
    kv(p, "Payment Number", pno, at=at, txn=(INVOICE_RANK, pno))
    kv(p, "Payment Date", day_as(j, rng, ["%d.%m.%Y", "%d %b %Y"]), at=at, date=j.date)
    kv(p, "Payment Method", "NEFT", at=at, method="netbanking")
    kv(p, "Bank Reference", utr, at=at, txn=(UTR_RANK, utr))
    kv(p, "Amount Paid", f"INR {num(j.amount)}", at=at, amount=j.amount, status=j.status)
    p.add("gap")
    rows_ = []
    for bno, bday, v in bills_for(rng, j, rng.randrange(1, 3), "EGH"):
        gross = round(v / 0.999, 2)
        rows_.append(([bno, when(bday, "%d.%m.%Y"), num(gross), num(round(gross - v, 2)), num(v)], {}))
    grid(
        p,
        "tt",
        [(0.0, 0.3, "l"), (0.3, 0.48, "c"), (0.48, 0.66, "r"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
        ["Invoice", "Date", "Gross", "TDS 194Q", "Paid"],
        rows_,
    )
    p.add("gap")
    p.add("small", "This is a system-generated remittance advice. Please do not reply to this mail.")
    return p.done()


def _adv_busy(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Chennai silk house's PAYMENT VOUCHER printed from Busy: Vch No. and Date at the left and the right;
    Account (the firm), By (its bank) and Narration ("Paid by NEFT, UTR ...") on hairline rows; the Amount
    under a total's rule and double rule; Prepared by, Checked by and Authorised Signatory."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, KAMAKSHI)
    p.add(
        "small",
        f"54, Usman Road, T. Nagar, Chennai - 600017  |  GSTIN 33{code(rng, 5, UPPER)}{digits(rng, 4)}"
        f"R1Z{rng.choice(ALNUM)}",
    )
    p.add("rule")
    p.part = "body"
    p.add("center", "PAYMENT VOUCHER")
    vno = f"PV/{rng.randrange(100, 990)}"
    cols(
        p,
        "bs0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Vch No.: {vno}",
        f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, vno),
        date=j.date,
    )
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Indian Bank", way)
    spec = [(0.0, 0.24, "l"), (0.24, 1.0, "l")]
    name = fit(p, [FIRM_MS, FIRM], 0.74)
    cols(p, "bs1", spec, "Account", name, mode="line", merchant=name.removeprefix("M/s "))
    cols(p, "bs1", spec, "By", "Indian Bank C/A 6142", mode="line")
    cols(
        p,
        "bs1",
        spec,
        "Narration",
        f"Paid by {way}, UTR {utr}",
        mode="line",
        txn=(UTR_RANK, utr),
        method="netbanking",
    )
    cols(p, "bs1", spec, "", "against Gollabhama silk sarees (Deepavali stock)", mode="line")
    total(p, "Amount (Rs.)", num(j.amount), amount=j.amount, status=j.status)
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    p.add("gap")
    cols(
        p,
        "bs2",
        [(0.0, 0.33, "l"), (0.33, 0.66, "c"), (0.66, 1.0, "r")],
        "Prepared by",
        "Checked by",
        "Authorised Signatory",
        mode="soft",
    )
    return p.done()


def _adv_idfc_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IDFC FIRST Bank's corporate banking with a Hyderabad hotel company's RTGS awaiting its authoriser:
    Created, Verified, Authorised and Sent to RBI top to bottom; Transaction Ref, Beneficiary, Amount,
    Payment Date and Mode at the left and the right."""
    j.amount = rupees(rng, 205000, 380000, 0.6)
    p = browser_page(rng, font, "cib.idfcfirstbank.com/payments/pending-authorisation")
    p.part = "head"
    top(p, "IDFC FIRST Bank Corporate Banking")
    p.add("small", f"{GOLCONDA}  |  Payments")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment pending authorisation", status=j.status)
    h271.step(p, "Created", "by maker GHH_ACCTS1", "done")
    h271.step(p, "Verified", "by checker", "done")
    h271.step(p, "Authorised", "awaiting authoriser", "now")
    h271.step(p, "Sent to RBI", "", "todo")
    p.add("gap")
    ref = f"IDFB{j.date:%y%m%d}{digits(rng, 6)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    kvr(p, "Transaction Ref", ref, txn=(BANK_RANK, ref))
    kvr(p, "Beneficiary", name, merchant=name)
    kvr(p, "Amount", f"INR {num(j.amount)}", amount=j.amount)
    kvr(p, "Payment Date", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
    kvr(p, "Mode", "RTGS", method="netbanking")
    return p.done()


def _adv_temple(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Siddipet Venkateswara temple's letter typed in Telugu with no reference: its Telugu name over its
    English; రి.నెం. (ref. no.) and తేది (date); "గౌరవనీయులైన యజమాని గారికి," (to the respected
    proprietor) and the firm in English; విషయం (subject); "... గొల్లభామ పట్టు చీరల ధర రూ. x/- ను <day> తేదీన
    NEFT ద్వారా మీ ఖాతాలో జమ చేయడమైనది." (the price of the Gollabhama silk saris, Rs. x/-, has been
    credited to your account by NEFT on <day>); the Executive Officer's signature over కార్యనిర్వహణాధికారి."""
    j.amount = float(rng.randrange(16, 90) * 1000)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    tel(p, TEMPLE_TE, scale=1.05, bold=True)
    p.add("center", TEMPLE)
    tel(p, "బ్రహ్మోత్సవాలు 2026", scale=0.86, soft=True)
    procession(p)
    p.part = "body"
    day = when(j.date, "%d-%m-%Y")
    tel(p, f"రి.నెం. శ్రీవేదే/{rng.randrange(20, 90)}/{j.date.year}          తేది: {day}", align="l")
    p.add("gap")
    tel(p, "గౌరవనీయులైన యజమాని గారికి,", align="l")
    who = pick(p, "left", [FIRM_MS, FIRM])
    p.add("left", who, merchant=who.removeprefix("M/s "))
    p.add("left", "Padmashali Colony, Siddipet.")
    p.add("gap")
    tel(p, "విషయం: గొల్లభామ పట్టు చీరల ధర చెల్లింపు గురించి.", align="l", bold=True)
    tel(p, "అయ్యా,", align="l")
    tel_wrap(
        p,
        "పై విషయానికి సంబంధించి, బ్రహ్మోత్సవాల కోసం మీ నుండి కొన్న గొల్లభామ పట్టు చీరల ధర "
        f"రూ. {num(j.amount, 'indian', 0)}/- ను {day} తేదీన NEFT ద్వారా మీ ఖాతాలో జమ చేయడమైనది.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    tel(p, "ధన్యవాదాలతో,", align="l")
    p.add("gap")
    sig(p)
    tel(p, "కార్యనిర్వహణాధికారి", align="r")
    return p.done()


def _adv_gem(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Government e-Marketplace's payment details for the tourism corporation's order of Gollabhama
    table runners and stoles for its hotels: Seller, GeM Contract No., Bill No., Buyer, Amount Paid, Payment
    Date, UTR No. and Payment Status in a striped table."""
    p = browser_page(rng, font, "mkp.gem.gov.in/orders/payment-details")
    p.part = "head"
    top(p, "GeM  |  Government e-Marketplace")
    p.add("small", "Order > Payment details")
    p.add("rule")
    p.part = "body"
    contract = f"GEMC-5116877{digits(rng, 8)}"
    bill = f"EGH/GEM/{rng.randrange(10, 99)}"
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    name = h273.cell_name(p, 0.58, [FIRM_CAPS, CUT])
    buyer = h273.cell_name(p, 0.58, [TGTDC, "T.S. Tourism Dev. Corpn. Ltd."])
    rows_ = [
        (["Seller", name], {"merchant": name}),
        (["GeM Contract No.", contract], {"txn": (ORDER_RANK, contract)}),
        (["Bill No.", bill], {}),
        (["Buyer", buyer], {}),
        (["Amount Paid (Rs.)", num(j.amount)], {"amount": j.amount}),
        (["Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
        (["UTR No.", utr], {"txn": (UTR_RANK, utr), "method": "netbanking"}),
        (["Payment Status", "Payment Done"], {"status": j.status}),
    ]
    zebra(p, "gm", [(0.0, 0.4, "l"), (0.4, 1.0, "l")], ["Payment details", ""], rows_, (36, 60, 120))
    p.add("gap")
    p.add("small", "Payments through PFMS to the seller's bank account registered on GeM.")
    return p.done()


ADVICE_LAYOUTS = [
    _adv_telegram,
    _adv_tesco,
    _adv_kotak_returned,
    _adv_titan,
    _adv_busy,
    _adv_idfc_pending,
    _adv_temple,
    _adv_gem,
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm, one layout a place (``ADVICE_LAYOUTS``): a boutique's
    Telegram group under "Today", TESCO's advice under its Telugu name, Kotak FYN's NEFT returned, Titan's
    remittance mail from SAP Business Network, a Chennai silk house's Busy voucher, IDFC FIRST Bank's RTGS
    awaiting its authoriser, the temple's letter in Telugu with no reference and GeM's payment details."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=14000, high=180000, p_round=0.6)
    return ADVICE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Deccan Heritage Weaves LLC", "Edison, New Jersey, USA", "USD", 700, 9000),
    ("Zari House Trading LLC", "Dubai, UAE", "AED", 2500, 30000),
    ("Maple Loom Boutique Inc.", "Toronto, Canada", "CAD", 800, 9000),
    ("Lion City Sarees Pte. Ltd.", "Singapore", "SGD", 800, 9000),
    ("Kiwi Threads Ltd.", "Auckland, New Zealand", "NZD", 900, 9000),
    ("Atelier Sari Paris SARL", "Paris, France", "EUR", 600, 7000),
    ("Handloom & Co. Ltd.", "Leicester, United Kingdom", "GBP", 500, 6000),
    ("Vaev Indigo ApS", "Copenhagen, Denmark", "DKK", 4000, 45000),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or US$; dirhams with AED before or after;
    Canadian dollars with CAD or C$; Singapore dollars with SGD or S$; New Zealand dollars with NZD or NZ$;
    euros the French way (2 450,00 EUR or 2 450,00 €, a space between the thousands and a comma before the
    cents); pounds with GBP or the pound's sign; Danish kroner the Danish way (DKK 12.450,00 or 12.450,00
    DKK)."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    euro = "{f} \u20ac" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "{f} EUR"
    forms = {
        "USD": ["USD {v}", "US${v}"],
        "AED": ["AED {v}", "{v} AED"],
        "CAD": ["CAD {v}", "C${v}"],
        "SGD": ["SGD {v}", "S${v}"],
        "NZD": ["NZD {v}", "NZ${v}"],
        "EUR": ["{f} EUR", euro],
        "GBP": ["GBP {v}", pound],
        "DKK": ["DKK {g}", "{g} DKK"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(
            v=english,
            f=english.replace(",", " ").replace(".", ","),
            g=english.replace(",", "#").replace(".", ",").replace("#", "."),
        )

    return show


def _wire_bofa(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Bank of America's CashPro with an international wire in US dollars: Payment Details under a Completed
    capsule; Payment ID, Beneficiary, Beneficiary Bank, Amount, Value Date (month first or in words) and
    Charges in read-only fields."""
    p = browser_page(rng, font, "cashproonline.bankofamerica.com/payments/detail")
    p.part = "head"
    top(p, "CashPro")
    p.add("small", f"Bank of America  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payment Details")
    pill(p, "Completed", j.status, align="l")
    p.add("gap")
    ref = f"BOFA{j.date:%y%m%d}{digits(rng, 7)}"
    field(p, "Payment ID", ref, txn=(BANK_RANK, ref))
    field(p, "Beneficiary", FIRM_CAPS, merchant=FIRM_CAPS)
    field(p, "Beneficiary Bank", "STATE BANK OF INDIA, SIDDIPET")
    field(p, "Amount", show(j.amount), **sum_)
    field(p, "Value Date", when(j.date, rng.choice(["%m/%d/%Y", "%B {d}, %Y"])), date=j.date)
    field(p, "Charges", "SHA - shared", method="netbanking")
    return p.done()


def _wire_enbd(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Emirates NBD's businessONLINE with a telegraphic transfer in dirhams: a large round tick, Transfer
    successful, the sum; Reference No. :, Beneficiary :, Beneficiary Bank :, Transfer Date : and Charges :
    labelled with colons in a rounded card."""
    p = browser_page(rng, font, "businessonline.emiratesnbd.com/transfers/receipt")
    p.part = "head"
    top(p, "Emirates NBD businessONLINE")
    p.add("small", f"{payer}, {town}")
    p.add("rule")
    p.part = "body"
    sicon(p, j.status)
    p.add("center", "Transfer successful", status=j.status)
    p.add("big", show(j.amount), **sum_)
    p.add("gap")
    ref = f"TT{j.date:%y%m%d}{digits(rng, 8)}"
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    c = card_open(p)
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    colkv(p, "en", spec, "Reference No. :", ref, txn=(BANK_RANK, ref))
    colkv(p, "en", spec, "Beneficiary :", name, merchant=name)
    colkv(p, "en", spec, "Beneficiary Bank :", "State Bank of India, Siddipet")
    colkv(p, "en", spec, "Transfer Date :", when(j.date, rng.choice(["%d/%m/%Y", "%d %b %Y"])), date=j.date)
    colkv(p, "en", spec, "Charges :", "SHA (shared)", method="netbanking")
    card_close(p, c)
    return p.done()


def _wire_rbc_pending(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """RBC Express with a wire in Canadian dollars in progress: Submitted, Approved, Sent and Credited across
    the page, Wire in progress, a notice; Wire Reference, Beneficiary, Amount, Requested Date and Fees in a
    table ruled on every side."""
    p = browser_page(rng, font, "www.rbcexpress.com/wires/status")
    p.part = "head"
    top(p, "RBC Express")
    p.add("small", f"Royal Bank of Canada  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    h289.steps(p, ["Submitted", "Approved", "Sent", "Credited"], 2, j.status)
    p.add("center", "Wire in progress", status=j.status)
    boxed(p, "Your wire has been approved and is queued for release to the beneficiary's bank.", "warn")
    ref = f"RBCW{j.date:%y%m%d}{digits(rng, 6)}"
    name = h273.cell_name(p, 0.58, [FIRM_CAPS, CUT])
    at = 0.38
    gkv(p, "rb", "Wire Reference", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "rb", "Beneficiary", name, at=at, merchant=name)
    gkv(p, "rb", "Amount", show(j.amount), at=at, **sum_)
    gkv(p, "rb", "Requested Date", when(j.date, rng.choice(["%Y-%m-%d", "%B {d}, %Y"])), at=at, date=j.date)
    gkv(p, "rb", "Fees", "Shared (SHA)", at=at, method="netbanking")
    return p.done()


def _wire_dbs(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """DBS IDEAL's payment notification mailed in plain text for a telegraphic transfer in Singapore dollars,
    with no reference: its sentence; Status, Debit Account, Beneficiary, Beneficiary Bank, Amount, Value Date
    and Charges typed with colons in the mail's fixed-width face."""
    p = mail_page(
        rng,
        font,
        "DBS IDEAL <ideal.notification@dbs.com>",
        ["DBS IDEAL: Telegraphic Transfer completed", "Payment notification - Telegraphic Transfer"],
    )
    p.part = "head"
    top(p, "DBS IDEAL")
    p.add("small", f"{payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(p, "The following telegraphic transfer has been processed from your account.")
    p.add("gap")
    h269.mono(p, "Status           : Completed", status=j.status)
    h269.mono(p, f"Debit Account    : 072-{digits(rng, 6)}-{digits(rng, 1)}")
    h269.mono(p, f"Beneficiary      : {FIRM_CAPS}", merchant=FIRM_CAPS)
    h269.mono(p, "Beneficiary Bank : STATE BANK OF INDIA, SIDDIPET")
    h269.mono(p, f"Amount           : {show(j.amount)}", **sum_)
    h269.mono(p, f"Value Date       : {when(j.date, rng.choice(['%d %b %Y', '%d/%m/%Y']))}", date=j.date)
    h269.mono(p, "Charges          : SHA (shared)", method="netbanking")
    p.add("gap")
    p.add("small", "This is a computer-generated notification. Please do not reply to this mail.")
    return p.done()


def _wire_anz(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """ANZ Transactive with an international payment in New Zealand dollars: Payment sent; Payment
    reference, Payee, Payee bank, Amount, Payment date and Charges in a table ruled on every side."""
    p = browser_page(rng, font, "transactive.anz.com/payments/international/view")
    p.part = "head"
    top(p, "ANZ Transactive - Global")
    p.add("small", f"ANZ Bank New Zealand  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "International payment - Payment sent", status=j.status)
    p.add("gap")
    ref = f"ANZ{j.date:%y%m%d}{code(rng, 6, ALNUM)}"
    name = h273.cell_name(p, 0.6, [FIRM_CAPS, CUT])
    at = 0.36
    gkv(p, "an", "Payment reference", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "an", "Payee", name, at=at, merchant=name)
    gkv(p, "an", "Payee bank", "State Bank of India, Siddipet", at=at)
    gkv(p, "an", "Amount", show(j.amount), at=at, **sum_)
    gkv(p, "an", "Payment date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %B %Y"])), at=at, date=j.date)
    gkv(p, "an", "Charges", "Shared", at=at, method="netbanking")
    return p.done()


def _wire_revolut(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Revolut Business with a transfer in euros the French way under "Today, <hour>": a tick on a rounded
    tile, the sum, "to <payee>", Completed; Reference and Fee, From and Purpose in tiles two to a row; no
    day."""
    p = phone(rng, font, k, ["", "Revolut Business"], dark=False, buttons=("Share",))
    app_head(p, "Revolut Business", payer)
    h287.tile(p, j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"Completed  |  Today, {hhmm(rng, twelve=False)}", status=j.status)
    p.add("gap")
    ref = f"R{code(rng, 9, ALNUM)}"
    tiles2(p, ("Reference", ref), ("Fee", show(rng.choice([3.0, 5.0, 7.0]))), txn=(BANK_RANK, ref))
    tiles2(p, ("From", "EUR Main account"), ("Purpose", "SWIFT - saris"), method="netbanking")
    return p.done()


def _wire_lloyds_fail(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Lloyds Bank's Commercial Banking with an international payment in pounds rejected: Payment rejected
    on a tinted band, the reason in a notice; Payment reference, Beneficiary, Amount, Payment date, Reason
    and Charges at the left and the right."""
    p = browser_page(rng, font, "www.commercialbanking.lloydsbank.com/payments/international/history")
    p.part = "head"
    top(p, "Lloyds Bank Commercial Banking")
    p.add("small", f"{payer}, {town}")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Payment rejected", j.status)
    boxed(
        p,
        "The beneficiary bank rejected this payment: the IFSC does not match the account. The funds "
        "have been returned.",
        "error",
    )
    ref = f"LBCB{digits(rng, 10)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.52)
    kvr(p, "Payment reference", ref, txn=(BANK_RANK, ref))
    kvr(p, "Beneficiary", name, merchant=name)
    kvr(p, "Amount", show(j.amount), **sum_)
    kvr(p, "Payment date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %B %Y"])), date=j.date)
    kvr(p, "Reason", "Invalid bank code")
    kvr(p, "Charges", "Shared (SHA)", method="netbanking")
    return p.done()


def _wire_danske(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Danske Bank's District with a foreign payment in Danish kroner the Danish way: Udført / Executed;
    Reference, Beneficiary, Amount, Execution date (day first with points) and Charges in a striped table."""
    p = browser_page(rng, font, "district.danskebank.dk/payments/foreign/receipt")
    p.part = "head"
    top(p, "Danske Bank District")
    p.add("small", f"{payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Udf\u00f8rt / Executed" if glyphs(font, "\u00f8") else "Executed", status=j.status)
    p.add("gap")
    ref = f"DB{j.date:%y%m%d}{digits(rng, 8)}"
    name = h273.cell_name(p, 0.58, [FIRM_CAPS, CUT])
    rows_ = [
        (["Reference", ref], {"txn": (BANK_RANK, ref)}),
        (["Beneficiary", name], {"merchant": name}),
        (["Amount", show(j.amount)], sum_),
        (["Execution date", when(j.date, "%d.%m.%Y")], {"date": j.date}),
        (["Charges", "SHA - shared"], {"method": "netbanking"}),
    ]
    zebra(p, "dk", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], ["Foreign payment", ""], rows_, (0, 52, 94))
    return p.done()


WIRE_LAYOUTS = [
    _wire_bofa,
    _wire_enbd,
    _wire_rbc_pending,
    _wire_dbs,
    _wire_anz,
    _wire_revolut,
    _wire_lloyds_fail,
    _wire_danske,
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Saree houses, boutiques and interior shops abroad paying the firm for its Gollabhamas, one layout a
    place (``WIRE_LAYOUTS``): CashPro's wire on hairline rows, Emirates NBD's transfer with colons, RBC
    Express' wire in progress, DBS IDEAL's transfer with no reference, ANZ Transactive's ruled table,
    Revolut Business' "Today", Lloyds' payment rejected and Danske Bank's striped table."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
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
    "Mrs. Lavanya Reddy",
    "Ms. Sahithi Rao",
    "Mr. Venkat Goud",
    "Mrs. Padmaja Sharma",
    "Dr. Rajitha Kumari",
    "Ms. Tejaswini Chary",
]
# a hand's short form of a buyer's name on a memo
CUSTOMERS_TE = ["లావణ్య రెడ్డి", "సాహితి", "వెంకట్ గౌడ్", "పద్మజ", "రజిత"]


def _own_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Gollabhama Kuteeram's TAX INVOICE under a Gollabhama, its Telugu name and its English: Invoice
    No. and Date at the left and the right, Customer and Place of Supply; Sl. | Item | HSN | Qty | Rate |
    Amount in a striped table; Taxable value, CGST 2.5% and SGST 2.5% at the left and the right; the
    Invoice Total under a total's rule and double rule; its words; "Paid by UPI, UTR ..."; the motto."""
    not_wednesday(j, rng)
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    gollabhama(p)
    tel(p, SHOP_TE, scale=1.05, bold=True)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", f"Prop. {FIRM}  |  {SHOP_AT}")
    p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"GK/{fy(j.date)}/{rng.randrange(60, 1990):04d}"
    spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(
        p,
        "oi0",
        spec,
        f"Invoice No.: {ino}",
        f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    cols(p, "oi0", spec, f"Customer: {rng.choice(CUSTOMERS)}", "Place of Supply: Telangana (36)")
    p.add("gap")
    taxable = 0.0
    rows_ = []
    for n_, (item, hsn, q, price) in enumerate(saris(rng, rng.randrange(2, 4), high=13000)):
        value = round(q * price, 2)
        taxable += value
        rows_.append(([str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value)], {}))
    zebra(
        p,
        "oit",
        [
            (0.0, 0.07, "c"),
            (0.07, 0.44, "l"),
            (0.44, 0.56, "c"),
            (0.56, 0.64, "c"),
            (0.64, 0.82, "r"),
            (0.82, 1.0, "r"),
        ],
        ["Sl.", "Item", "HSN", "Qty", "Rate", "Amount"],
        rows_,
        MAROON,
    )
    p.add("gap")
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    kvr(p, "Taxable value", num(taxable))
    kvr(p, "CGST @ 2.5%", num(gst))
    kvr(p, "SGST @ 2.5%", num(gst))
    total(p, "Invoice Total (Rs.)", num(j.amount), amount=j.amount)
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    p.add("left", f"Paid by UPI, UTR {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    tel(p, f"{MOTTO}  |  Handwoven in Siddipet", scale=0.86, soft=True)
    sig(p)
    p.add("right", f"for {SHOP}")
    return p.done()


def _own_cashfree(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Cashfree's checkout for the web shop with the payment pending: the Kuteeram on top, Payment pending,
    the sum; Order placed, Awaiting your bank and Order confirmed top to bottom; a notice; Order ID,
    Payment ID, Payment method and Date in shaded labels."""
    j.amount = float(rng.randrange(28, 160) * 100)
    p = browser_page(rng, font, "payments.cashfree.com/order/status")
    p.part = "head"
    name = pick(p, "title", [SHOP, FIRM])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Secured by Cashfree Payments")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    h271.step(p, "Order placed", "your saris are held for you", "done")
    h271.step(p, "Awaiting your bank", "the UPI payment is not yet confirmed", "now")
    h271.step(p, "Order confirmed", "", "todo")
    boxed(
        p,
        "Please do not close this page or pay again; if the payment fails, any amount debited is refunded in "
        "5-7 working days.",
        "warn",
    )
    oid = f"GB{rng.randrange(10000, 99999)}"
    pid = f"CF{j.date:%y%m%d}{digits(rng, 9)}"
    at = 0.36
    kv(p, "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
    kv(p, "Payment ID", pid, at=at, txn=(TXN_RANK, pid))
    kv(p, "Payment method", "UPI", at=at, method="UPI")
    kv(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _own_receipt(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The firm's RECEIPT from its book for a wedding order's advance, "రశీదు / RECEIPT" under its Telugu
    name: No. struck in red; this set's tags written in: తేది / Date, ఎవరి నుండి / Received from, దేనికి /
    Towards, విధానం / Mode (UPI) and రిఫరెన్స్ / Ref. No.; the sum written in a box beside Rs.; its words; a
    revenue stamp signed across; స్వీకర్త / Receiver."""
    j.amount = float(rng.randrange(10, 80) * 500)
    p = sheet(rng, font, [800, 840])
    p.style["paper"] = rng.choice([(250, 248, 240), (247, 245, 236)])
    p.part = "head"
    tel(p, FIRM_TE, scale=1.05, bold=True)
    name = pick(p, "title", [FIRM, FIRM_CAPS])
    top(p, name, merchant=name)
    p.add("small", f"{SHED_AT}  |  GSTIN {GSTIN}")
    p.add("rule")
    tel(p, "రశీదు  /  RECEIPT", bold=True)
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(300, 2900))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    tag(p, "తేది", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), pen=True, date=j.date)
    p.add("gap")
    payer = tag_fit(
        p,
        "ఎవరి నుండి",
        "Received from",
        ["Mrs. Sirisha Kalyan (wedding order)", "Mrs. Sirisha Kalyan"],
        pen=True,
    )
    tag(p, "ఎవరి నుండి", "Received from", payer, pen=True)
    p.add("gap")
    towards = tag_fit(p, "దేనికి", "Towards", ["Advance for 14 pattu sarees", "Saree advance"], pen=True)
    tag(p, "దేనికి", "Towards", towards, pen=True)
    p.add("gap")
    tag(p, "విధానం", "Mode", "UPI", pen=True, method="UPI", status=j.status)
    p.add("gap")
    tag(p, "రిఫరెన్స్", "Ref. No.", j.ref, pen=True, txn=(UTR_RANK, j.ref))
    p.add("gap")
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.0, amount=j.amount)
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h289.revenue(p)
    sig(p)
    tel(p, "స్వీకర్త / Receiver", align="r", scale=0.9)
    return p.done()


def _own_dukaan(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Dukaan's seller app on the Kuteeram's phone with a web order paid under its "Today" divider: the
    Kuteeram under the app's bar; Orders and Payments tabs with Payments chosen; the order's number, a Paid
    capsule, the sum, "Paid online via UPI", the payment's id and the hour in a rounded card; no day."""
    j.amount = float(rng.randrange(25, 140) * 100)
    p = phone(rng, font, k, ["", "Dukaan"], dark=False, buttons=())
    band(p, (20, 96, 220))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "Dukaan", name, merchant=name)
    h275.tabs(p, ["Orders", "Payments", "Customers"], 1)
    p.add("gap")
    divider(p, "Today")
    p.add("gap")
    c = card_open(p)
    oid = f"GK{rng.randrange(1000, 9999)}"
    p.add("left", f"Order #{oid}  |  {rng.choice(CUSTOMERS).split('. ')[1]}", txn=(ORDER_RANK, oid))
    pill(p, "Paid", j.status, align="l")
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("left", "Paid online via UPI", method="UPI")
    pid = f"pay_{code(rng, 14, MIXED)}"
    p.add("small", f"Payment ID {pid}  |  {hhmm(rng, lower=True)}", txn=(TXN_RANK, pid))
    card_close(p, c)
    p.add("gap")
    p.add("small", "Settled to your bank account in T+1 working day.")
    return p.done()


def _own_flipkart(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Flipkart Seller Hub's settlement mail for the saris sold under Flipkart Samarth: its sentence; Seller
    name, Settlement ref (UTR), Settlement date, Orders settled, Sale amount, Shipping fee, TCS and Net
    settlement in dot leaders."""
    sale = float(rng.randrange(120, 700) * 50)
    ship = round(rng.uniform(300, 1800), 2)
    tcs = round(sale / 1.05 * 0.005, 2)
    j.amount = round(sale - ship - tcs, 2)
    p = mail_page(
        rng,
        font,
        "Flipkart Seller Hub <noreply@flipkart.com>",
        ["Your payment has been settled", "Settlement processed - Flipkart Samarth"],
    )
    p.part = "head"
    top(p, "Flipkart Seller Hub")
    p.add("small", "Flipkart Samarth  |  Payments")
    p.add("rule")
    p.part = "body"
    prose(p, "Hello, your settlement for the orders below has been sent to your registered bank account.")
    p.add("gap")
    utr = utr_of(rng, j, "Axis Bank", "NEFT")
    at = 0.46
    name = fit(p, [FIRM_CAPS, FIRM], 0.56)
    dots(p, "Seller name", name, at=at, merchant=name)
    dots(p, "Settlement ref (UTR)", utr, at=at, txn=(UTR_RANK, utr), method="netbanking")
    dots(p, "Settlement date", day_as(j, rng, ["%d %b %Y", "%d-%m-%Y"]), at=at, date=j.date)
    dots(p, "Orders settled", str(rng.randrange(2, 9)), at=at)
    dots(p, "Sale amount", num(sale), at=at)
    dots(p, "Shipping fee", f"- {num(ship)}", at=at)
    dots(p, "TCS (0.5%)", f"- {num(tcs)}", at=at)
    dots(p, "Net settlement", num(j.amount), at=at, bold=True, amount=j.amount, status=j.status)
    p.add("gap")
    p.add("small", "Commission waived under Flipkart Samarth for artisans and weavers.")
    return p.done()


def _own_easebuzz_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Easebuzz' checkout with a credit card failed: the firm on top, an octagon's cross, Transaction
    failed, the reason in a notice; Easebuzz Txn ID :, Order ID :, Amount :, Payment mode : and Date : with
    colons."""
    j.amount = float(rng.randrange(30, 200) * 100)
    p = browser_page(rng, font, "pay.easebuzz.in/transaction/response")
    p.part = "head"
    name = pick(p, "title", [FIRM, FIRM_CAPS])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Payments by Easebuzz")
    p.add("rule")
    p.part = "body"
    h294.octa(p, j.status)
    p.add("center", "Transaction failed", status=j.status)
    boxed(
        p,
        "Your card issuer declined the payment (3-D Secure authentication failed). No amount was debited.",
        "error",
    )
    eid = f"E{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
    oid = f"GBW{rng.randrange(100000, 999999)}"
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
    colkv(p, "eb", spec, "Easebuzz Txn ID :", eid, txn=(TXN_RANK, eid))
    colkv(p, "eb", spec, "Order ID :", oid, txn=(ORDER_RANK, oid))
    colkv(p, "eb", spec, "Amount :", f"INR {num(j.amount)}", amount=j.amount)
    colkv(p, "eb", spec, "Payment mode :", f"Credit Card (XXXX {digits(rng, 4)})", method="card")
    colkv(p, "eb", spec, "Date :", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
    return p.done()


def _own_expo_memo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Kuteeram's stall's CASH MEMO in the Telangana Handloom Expo's days, photographed lying across a
    loom's warp: the Kuteeram's Telugu name over its English, "తెలంగాణ చేనేత ఎక్స్‌పో 2026 | నెక్లెస్ రోడ్"
    and "క్యాష్ మెమో" (cash memo); this set's tags తేది / Date and పేరు / Name written in; the saris written
    in a Telugu hand with their sums at the right of a ruled page, "మొత్తం" (total); "నగదు ముట్టింది" (cash
    received); no reference."""
    season(j, rng, EXPO, EXPO_DAYS)
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(252, 249, 238), (248, 246, 236)])
    p.part = "head"
    tel(p, SHOP_TE, scale=1.05, bold=True)
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    tel(p, "తెలంగాణ చేనేత ఎక్స్‌పో 2026  |  నెక్లెస్ రోడ్", scale=0.84)
    p.add("rule")
    tel(p, "క్యాష్ మెమో", bold=True)
    p.part = "body"
    tag(p, "తేది", "Date", when(j.date, "%d/%m/%Y"), pen=True, date=j.date)
    tag(
        p,
        "పేరు",
        "Name",
        tag_fit(p, "పేరు", "Name", [rng.choice(CUSTOMERS), "Ms. Sahithi Rao"], pen=True),
        pen=True,
    )
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for item, _hsn, q, price in saris(rng, rng.randrange(2, 4), high=9000):
        price = float(round(price / 50) * 50)
        v = int(q * price)
        total_ += v
        thand(p, f"{SARIS_TE[item]} {q} x {int(price)}", figure=str(v))
    j.amount = float(total_)
    thand(p, "మొత్తం", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    thand(p, "నగదు ముట్టింది", method="cash", status=j.status)
    sig(p)
    p.add("right", f"for {SHOP}")
    on_loom(p)
    return p.done()


def _own_ginesys(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Kuteeram's bill from its Ginesys POS on a torn three-inch roll: BILL NO, DATE, COUNTER; the
    saris, GROSS, DISC 10% (the Kuteeram's handloom week offer), CGST 2.5% and SGST 2.5% (inside) and NET
    AMOUNT typed in the printer's face; TENDER : UPI and its RRN."""
    not_wednesday(j, rng)
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    name = pick(p, "center", [SHOP_CAPS, "GOLLABHAMA KUTEERAM SDPT"])
    p.add("center", name, merchant=name)
    p.add("small", "MEDAK ROAD, SIDDIPET")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    bno = f"SDP{rng.randrange(10000, 99999)}"
    typed(p, f"BILL NO : {bno}", txn=(INVOICE_RANK, bno))
    typed(p, f"DATE    : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    typed(p, f"COUNTER : 01  CASHIER : {COUNTER.split()[1].upper()}")
    p.add("rule")
    gross = 0.0
    for item, _hsn, q, price in saris(rng, rng.randrange(1, 4), high=12000):
        typed_pair(p, f"{SHORT[item][:18]} x{q}", f"{q * price:.2f}")
        gross += q * price
    disc = round(gross * 0.1, 2)
    j.amount = round(gross - disc, 2)
    gst = round(j.amount / 1.05 * 0.025, 2)
    p.add("rule")
    typed_pair(p, "GROSS", f"{gross:.2f}")
    typed_pair(p, "DISC 10%", f"-{disc:.2f}")
    typed_pair(p, "CGST 2.5% (INCL)", f"{gst:.2f}")
    typed_pair(p, "SGST 2.5% (INCL)", f"{gst:.2f}")
    typed_pair(p, "NET AMOUNT", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, "TENDER : UPI", method="UPI", status=j.status)
    typed(p, f"RRN    : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "NO EXCHANGE ON SILK SAREES. THANK YOU!")
    h269.torn(p)
    return p.done()


OWN_LAYOUTS = [
    _own_invoice,
    _own_cashfree,
    _own_receipt,
    _own_dukaan,
    _own_flipkart,
    _own_easebuzz_fail,
    _own_expo_memo,
    _own_ginesys,
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, one layout a place (``OWN_LAYOUTS``): the Kuteeram's tax invoice under a
    Gollabhama, Cashfree's pending checkout, the firm's receipt book in this set's tags, Dukaan's "Today",
    Flipkart's settlement mail, Easebuzz' failed card, the Expo memo in a Telugu hand lying on a loom with
    no reference and the Ginesys roll."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2500, high=40000, p_round=0.6)
    return OWN_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 5. the firm's suppliers


NHDC = "National Handloom Development Corporation Ltd."
ZARI = "SHREE AMBICA ZARI WORKS"
DYER = "BHAVANI DYEING WORKS"
DYER_TE = "భవాని డైయింగ్ వర్క్స్, సిరిసిల్ల"
GRAPH = "Vishnu Graph Designs"
LOOMPARTS = "KAVERI LOOM ACCESSORIES"
PRINTER = "SIDDIPET OFFSET & PACKAGING"
MACHINERY = "LAXMI TEXTILE MACHINERY STORES"
TAILOR = "Sree Fashion Tailors"
CARPENTER = "Vadla Narsimha Chary"
TRANSPORT = "Sri Durga Transport"


def _sup_nhdc(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """NHDC's TAX INVOICE for cotton hank yarn under the Yarn Supply Scheme from its Hyderabad depot:
    Invoice No. and its earlier Date; Count | HSN | Kg | Rate | Amount in a table ruled on every side with
    its Taxable value; CGST 2.5%, SGST 2.5% and Total at the left and the right; the depot's rectangular
    PAYMENT RECEIVED stamp with its day and "Recd. by NEFT on <dd/mm/yy>, UTR ..." written under it by its
    clerk."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    name = pick(p, "title", [NHDC, "NHDC Ltd."])
    top(p, name, merchant=name)
    p.add("small", "(A Govt. of India Undertaking)  |  Yarn Depot, Kushaiguda, Hyderabad - 500062")
    p.add("small", f"GSTIN 36AAACN{digits(rng, 4)}D1Z{rng.choice(ALNUM)}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE (Yarn Supply Scheme)")
    ino = f"NHDC/HYD/{fy(j.date)}/{rng.randrange(1000, 9999)}"
    spec = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
    cols(
        p,
        "nh0",
        spec,
        f"Invoice No.: {ino}",
        f"Date: {when(earlier(rng, j, 6, 30), '%d.%m.%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    cols(p, "nh0", spec, f"Buyer: {FIRM_MS}", "State: Telangana (36)")
    p.add("gap")
    counts = [
        ("60s cotton hank, bleached", 520, 610),
        ("80s cotton hank, combed", 640, 760),
        ("100s cotton hank", 780, 900),
        ("2/80s cotton, mercerised", 820, 960),
    ]
    rows_, taxable = [], 0.0
    for label_, lo, hi_ in rng.sample(counts, rng.randrange(2, 4)):
        kg, rate = rng.randrange(20, 90), float(rng.randrange(lo, hi_))
        v = kg * rate
        taxable += v
        rows_.append(([label_, "5205", str(kg), num(rate), num(v)], {}))
    grid(
        p,
        "nht",
        [(0.0, 0.42, "l"), (0.42, 0.54, "c"), (0.54, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
        ["Count", "HSN", "Kg", "Rate", "Amount"],
        rows_,
        foot=(["Taxable value", num(taxable)], {}),
    )
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    kvr(p, "CGST 2.5%", num(gst))
    kvr(p, "SGST 2.5%", num(gst))
    kvr(p, "Total (Rs.)", num(j.amount), amount=j.amount)
    p.add("gap")
    one_pen(p)
    h271.rstamp(
        p, ["NHDC LTD. HYDERABAD", "PAYMENT RECEIVED", when(j.date, "%d %b %Y").upper()], "violet", at=0.6
    )
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    hand(p, f"Recd. by NEFT on {when(j.date, '%d/%m/%y')}", method="netbanking", status=j.status, date=j.date)
    hand(p, f"UTR {utr}", txn=(UTR_RANK, utr))
    return p.done()


def _sup_zari(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Surat zari dealer's TAX INVOICE: Invoice No. and its earlier Date; the zari on hairline rows with
    their sums; IGST 5% and Invoice Total; PAYMENT DETAILS with labels small over their values two to a
    row: Paid on and Mode, Reference and Amount received."""
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    top(p, ZARI, merchant=ZARI)
    p.add("small", f"Ring Road, Surat, Gujarat - 395002  |  GSTIN {gstin_of(rng, '24', 'F')}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"SAZ/{rng.randrange(100, 999)}/{fy(j.date)}"
    cols(
        p,
        "zr0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"Invoice No.: {ino}",
        f"Date: {when(earlier(rng, j, 5, 25), '%d/%m/%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Bill to: {FIRM}, Siddipet (36)")
    p.add("gap")
    spec = [(0.0, 0.56, "l"), (0.56, 0.76, "r"), (0.76, 1.0, "r")]
    cols(p, "zr1", spec, "Item", "Qty", "Amount", mode="soft")
    items = [
        ("Half-fine zari, gold, 2 ply", "marc", 340, 420),
        ("Tested zari, silver, 1 ply", "marc", 210, 280),
        ("Zari kasab, antique gold", "kg", 1800, 2400),
    ]
    taxable = 0.0
    for label_, unit, lo, hi_ in rng.sample(items, rng.randrange(2, 4)):
        q, rate = rng.randrange(6, 40), float(rng.randrange(lo, hi_))
        taxable += q * rate
        cols(p, "zr1", spec, label_, f"{q} {unit}", num(q * rate), mode="line")
    igst = round(taxable * 0.05, 2)
    j.amount = round(taxable + igst, 2)
    cols(p, "zr1", spec, "IGST 5%", "", num(igst), mode="line")
    cols(p, "zr1", spec, "Invoice Total", "", num(j.amount), mode="line", amount=j.amount)
    p.add("gap")
    p.add("left", "PAYMENT DETAILS")
    two_up(
        p,
        "zr2",
        ("Paid on", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])),
        ("Mode", "IMPS"),
        date=j.date,
        method="netbanking",
    )
    two_up(
        p,
        "zr3",
        ("Reference", j.ref),
        ("Amount received", f"Rs. {num(j.amount)}"),
        txn=(UTR_RANK, j.ref),
        status=j.status,
    )
    return p.done()


def _sup_dyer(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Sircilla dyer's bill in a Telugu hand with no reference on squared paper: his Telugu name over his
    English; "తేది" (date) and the day and "శ్రీ ఎనుగుల రాములు గారికి, సిద్దిపేట" (to Sri Enugula Ramulu,
    Siddipet) written; the yarn dyed and its rates written with their sums, "మొత్తం" (total); "నగదు
    ముట్టింది" (cash received)."""
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(251, 249, 240), (247, 246, 236)])
    p.part = "head"
    tel(p, DYER_TE, scale=1.05, bold=True)
    p.add("center", f"{DYER}, SIRCILLA", merchant=f"{DYER}, SIRCILLA")
    p.add("small", f"Nehru Nagar, Sircilla  |  Cell 98480{digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    thand(p, f"తేది: {when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}", date=j.date)
    thand(p, "శ్రీ ఎనుగుల రాములు గారికి, సిద్దిపేట")
    p.add("gap")
    cotton, rate_c = rng.randrange(20, 60), rng.choice([110, 120, 130, 140])
    silk, rate_s = rng.randrange(3, 10), rng.choice([380, 420, 460])
    thand(p, f"నూలు అద్దకం {cotton} కిలో x {rate_c}", figure=str(cotton * rate_c))
    thand(p, f"పట్టు అద్దకం {silk} కిలో x {rate_s}", figure=str(silk * rate_s))
    total_ = cotton * rate_c + silk * rate_s
    j.amount = float(total_)
    thand(p, "మొత్తం", figure=f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    p.add("gap")
    thand(p, "నగదు ముట్టింది", method="cash", status=j.status)
    sig(p)
    h279.decor(p, "squares")
    return p.done()


def _sup_zoho(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Sircilla graph designer's PAYMENT RECEIPT from Zoho Invoice for the Gollabhama's graphs and punched
    cards: Payment Date :, Reference Number :, Payment Mode : and Amount Received In Words : with colons;
    the Amount Received printed in a box; Invoice Number | Invoice Date | Invoice Amount | Payment Amount in
    a table ruled on every side."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [GRAPH, GRAPH.upper()])
    top(p, name, merchant=name)
    p.add("small", "Jacquard graphs & card punching  |  Gandhi Chowk, Sircilla - 505301")
    p.add("rule")
    p.part = "body"
    p.add("center", "PAYMENT RECEIPT")
    utr = utr_of(rng, j, "Union Bank of India", "NEFT")
    spec = [(0.0, 0.42, "l"), (0.42, 1.0, "l")]
    colkv(p, "zo", spec, "Payment Date :", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
    colkv(p, "zo", spec, "Reference Number :", utr, txn=(UTR_RANK, utr))
    colkv(p, "zo", spec, "Payment Mode :", "Bank Transfer (NEFT)", method="netbanking", status=j.status)
    colkv(p, "zo", spec, "Amount Received In Words :", f"Indian Rupee {spelt(j.amount)} Only")
    p.add("gap")
    h271.amtbox(p, "Amount Received  Rs.", num(j.amount), by_hand=False, at=0.3, amount=j.amount)
    p.add("left", f"Received From: {FIRM}")
    p.add("gap")
    inv = f"INV-{rng.randrange(100, 999):06d}"
    grid(
        p,
        "zt",
        [(0.0, 0.3, "l"), (0.3, 0.52, "c"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
        ["Invoice Number", "Invoice Date", "Invoice Amount", "Payment Amount"],
        [
            (
                [inv, when(earlier(rng, j, 3, 20), "%d/%m/%Y"), num(j.amount), num(j.amount)],
                {"txn": (INVOICE_RANK, inv)},
            )
        ],
    )
    return p.done()


def _sup_udaan_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """udaan's order of shuttles, reeds and healds with its UPI payment failed: a large round cross, Payment
    failed, the sum, the reason in a notice; Order ID, Seller, Payment mode, Transaction ID and Attempted on
    in dot leaders."""
    p = phone(rng, font, k, ["", "udaan"], dark=False, buttons=("Retry payment",))
    band(p, (58, 70, 196))
    app_head(p, "udaan", "Order payment")
    sicon(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(
        p, "Your bank could not process this UPI payment. The order is saved; retry within 24 hours.", "error"
    )
    oid = f"UD{rng.randrange(10**9, 10**10)}"
    tid = f"UDNTXN{digits(rng, 10)}"
    at = 0.42
    dots(p, "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
    name = fit(p, [LOOMPARTS, "KAVERI LOOM ACC."], 0.58)
    dots(p, "Seller", name, at=at, merchant=name)
    dots(p, "Payment mode", "UPI", at=at, method="UPI")
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _sup_delhivery(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Delhivery One's booking of a parcel of saris to a boutique, paid by UPI: Shipment booked and
    paid; labels small over their values two to a row: AWB and Booked on, From and To, Weight and Freight,
    GST 18% and Total; "Paid by UPI, UPI Ref ..." under them."""
    j.amount = 0.0
    p = browser_page(rng, font, "one.delhivery.com/shipments/booking/receipt")
    p.part = "head"
    name = pick(p, "title", ["Delhivery Limited", "Delhivery"])
    top(p, name, merchant=name)
    p.add("small", "Delhivery One  |  Shipment booking receipt")
    p.add("rule")
    p.part = "body"
    p.add("left", "Shipment booked and paid", status=j.status)
    p.add("gap")
    awb = digits(rng, 13)
    two_up(
        p,
        "dl1",
        ("AWB", awb),
        ("Booked on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        date=j.date,
    )
    two_up(
        p,
        "dl2",
        ("From", "Siddipet, TG 502103"),
        ("To", rng.choice(["Pune, MH 411004", "Kolkata, WB 700019", "Jaipur, RJ 302001"])),
    )
    freight = float(rng.randrange(180, 1400))
    gst = round(freight * 0.18, 2)
    j.amount = round(freight + gst, 2)
    two_up(
        p,
        "dl3",
        ("Weight", f"{rng.randrange(1, 12)}.{rng.randrange(10)} kg"),
        ("Freight", f"Rs. {num(freight)}"),
    )
    two_up(p, "dl4", ("GST 18%", f"Rs. {num(gst)}"), ("Total", f"Rs. {num(j.amount)}"), amount=j.amount)
    p.add("gap")
    p.add("left", f"Paid by UPI, UPI Ref {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
    return p.done()


def _sup_razorpay_page(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Siddipet printer's Razorpay payment page for saree bags and hang tags, paid under "Today, <hour>":
    the printer on top, a tick on a rounded tile, Payment successful, the sum; a copyable Payment ID; Method
    and For at the left and the right; no day."""
    p = phone(rng, font, k, ["", "Razorpay"], dark=False, buttons=("Done",))
    p.part = "head"
    name = pick(p, "title", [PRINTER, "SIDDIPET OFFSET"])
    top(p, name, merchant=name)
    p.add("small", "pages.razorpay.com  |  Secured by Razorpay")
    p.add("rule")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", f"Paid Today, {hhmm(rng, lower=True)}")
    p.add("gap")
    pid = f"pay_{code(rng, 14, MIXED)}"
    copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
    kvr(p, "Method", "UPI", method="UPI")
    kvr(p, "For", "saree bags & hang tags")
    return p.done()


def _sup_moglix_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Moglix's order of a jacquard's spares with its payment pending over a progress bar: Order placed,
    payment confirmation pending, the sum, a notice; Order ID :, Sold by :, Payment mode : and Placed on : at
    the left and the right."""
    p = browser_page(rng, font, "www.moglix.com/orders/details")
    p.part = "head"
    top(p, "moglix")
    p.add("small", "Order details")
    p.add("rule")
    p.part = "body"
    p.add("center", "Order placed, payment confirmation pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    h294.progress(p, rng.uniform(0.35, 0.6), j.status)
    boxed(
        p,
        "We are waiting for your bank to confirm the UPI payment. The order ships once it is confirmed.",
        "warn",
    )
    oid = f"MOG{rng.randrange(10**8, 10**9)}"
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
    cols(p, "mg", spec, "Order ID :", oid, txn=(ORDER_RANK, oid))
    name = fit(p, [MACHINERY, "LAXMI TEXTILE MACHINERY"], 0.58)
    cols(p, "mg", spec, "Sold by :", name, merchant=name)
    cols(p, "mg", spec, "Payment mode :", "UPI", method="UPI")
    cols(p, "mg", spec, "Placed on :", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
    return p.done()


SUPPLIER_LAYOUTS = [
    _sup_nhdc,
    _sup_zari,
    _sup_dyer,
    _sup_zoho,
    _sup_udaan_fail,
    _sup_delhivery,
    _sup_razorpay_page,
    _sup_moglix_pending,
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper, one layout a place (``SUPPLIER_LAYOUTS``): NHDC's
    yarn invoice with its PAYMENT RECEIVED stamp, the Surat zari dealer's invoice with its payment details
    two to a row, the Sircilla dyer's bill in a Telugu hand with no reference, the graph designer's Zoho
    Invoice receipt, udaan's failed order, Delhivery One's booking, the printer's Razorpay page under
    "Today" and Moglix's pending order."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=1500, high=60000)
    return SUPPLIER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 6. the firm paying its suppliers


TSCAB = "THE TELANGANA STATE CO-OPERATIVE APEX BANK LTD."
TSCAB_TE = "తెలంగాణ రాష్ట్ర సహకార అపెక్స్ బ్యాంకు లిమిటెడ్"


def _pay_iob_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Indian Overseas Bank's IOB Mobile with an NEFT to the Surat zari dealer failed: Transaction Failed on
    a tinted band, the sum, the reason in a notice; Reference No, Beneficiary, Date, Reason and Debit A/c
    against a gutter."""
    p = phone(rng, font, k, ["", "IOB Mobile"], dark=False, buttons=("Retry",))
    band(p, (0, 70, 150))
    app_head(p, "IOB Mobile", "Indian Overseas Bank  |  NEFT")
    h269.strip(p, "Transaction Failed", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(p, "The beneficiary's IFSC is not enabled for NEFT. Your account has not been debited.", "error")
    ref = f"IOB{j.date:%y%m%d}{digits(rng, 7)}"
    name = fit(p, [ZARI, "SHREE AMBICA ZARI"], 0.52)
    at = 0.42
    gutter(p, "io", "Reference No", ref, at=at, txn=(BANK_RANK, ref))
    gutter(p, "io", "Beneficiary", name, at=at, merchant=name)
    gutter(p, "io", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    gutter(p, "io", "Reason", "IFSC not NEFT enabled", at=at)
    gutter(p, "io", "Debit A/c", f"XXXXXX{digits(rng, 4)}", at=at, method="netbanking")
    return p.done()


def _pay_tscab(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Telangana State Co-operative Apex Bank's RTGS / NEFT application under its Telugu name, the
    customer's copy filled in by hand in this set's tags: NEFT ticked; తేది / Date, లబ్ధిదారు / Beneficiary,
    ఖాతా నం. / A/c No., బ్యాంకు కోడ్ / IFSC, మొత్తం / Amount and పంపేవారు / Remitter written in; the
    branch's rectangular stamp with its day; "Sent, UTR ..." written under it by its clerk."""
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    tel(p, TSCAB_TE, bold=True)
    name_ = pick(p, "title", [TSCAB, "T.S. CO-OP. APEX BANK LTD."])
    top(p, name_)
    p.add("small", "Siddipet Branch  |  RTGS / NEFT Application  |  CUSTOMER'S COPY")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    h269.ticks(p, ["RTGS", "NEFT"], 1, method="netbanking")
    p.add("gap")
    tag(p, "తేది", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), pen=True, date=j.date)
    who = rng.choice([CARPENTER, TRANSPORT])
    tag(p, "లబ్ధిదారు", "Beneficiary", who, pen=True, merchant=who)
    tag(p, "ఖాతా నం.", "A/c No.", digits(rng, 14), pen=True)
    tag(p, "బ్యాంకు కోడ్", "IFSC", f"SBIN00{digits(rng, 5)}", pen=True)
    tag(p, "మొత్తం", "Amount (Rs.)", f"{num(j.amount)}", pen=True, amount=j.amount)
    tag(p, "పంపేవారు", "Remitter", FIRM, pen=True)
    p.add("gap")
    h271.rstamp(
        p, ["T.S. CO-OP APEX BANK", "SIDDIPET BRANCH", when(j.date, "%d %b %Y").upper()], "violet", at=0.62
    )
    utr = utr_of(rng, j, "Telangana State Co-operative Apex Bank", "NEFT")
    hand(p, f"Sent, UTR {utr}", txn=(UTR_RANK, utr), status=j.status)
    return p.done()


def _pay_hdfc_netbanking(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC Bank's NetBanking with an IMPS to the graph designer confirmed: Funds Transfer - Confirmation,
    its sentence; Reference Number, Beneficiary Name, Beneficiary Account, Amount, Transaction Date and
    Transfer Mode in a striped table."""
    p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/fundstransfer/confirm")
    p.part = "head"
    top(p, "HDFC Bank NetBanking")
    p.add("small", f"{FIRM_CAPS}  |  Current Account")
    p.add("rule")
    p.part = "body"
    p.add("left", "Funds Transfer - Confirmation")
    prose(p, "Your transaction has been processed successfully.", status=j.status)
    p.add("gap")
    name = h273.cell_name(p, 0.58, [GRAPH.upper(), "VISHNU GRAPH"])
    rows_ = [
        (["Reference Number", j.ref], {"txn": (UTR_RANK, j.ref)}),
        (["Beneficiary Name", name], {"merchant": name}),
        (["Beneficiary Account", f"XXXXXXXX{digits(rng, 4)}"], {}),
        (["Amount", f"INR {num(j.amount)}"], {"amount": j.amount}),
        (["Transaction Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
        (["Transfer Mode", "IMPS"], {"method": "netbanking"}),
    ]
    zebra(p, "hd", [(0.0, 0.4, "l"), (0.4, 1.0, "l")], ["Transaction details", ""], rows_, (0, 76, 143))
    return p.done()


def _pay_cent_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Central Bank of India's Cent Mobile with an IMPS to the tailor under process: a spinner, Transaction
    under process, the sum, "to <payee>", a notice; IMPS Reference, Initiated, Debit account and Purpose
    on hairline rows."""
    p = phone(rng, font, k, ["", "Cent Mobile"], dark=False, buttons=("Check status",))
    band(p, (196, 30, 40))
    app_head(p, "Cent Mobile", "Central Bank of India  |  IMPS")
    h279.spinner(p, AMBER)
    p.add("center", "Transaction under process", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {TAILOR}", "to SREE FASHION"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p, "The beneficiary bank has not responded yet. The status will be updated within 24 hours.", "warn"
    )
    spec = [(0.0, 0.42, "l"), (0.42, 1.0, "r")]
    cols(p, "ct", spec, "IMPS Reference", j.ref, mode="line", txn=(UTR_RANK, j.ref))
    cols(
        p,
        "ct",
        spec,
        "Initiated",
        at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)),
        mode="line",
        date=j.date,
    )
    cols(p, "ct", spec, "Debit account", f"XXXXXX{digits(rng, 4)}", mode="line", method="netbanking")
    cols(p, "ct", spec, "Purpose", "blouse stitching", mode="line")
    return p.done()


def _pay_instabiz(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ICICI Bank's InstaBIZ with an RTGS to NHDC for a season's yarn: a Success capsule, the sum; a copyable
    UTR; labels small over their values two to a row: Beneficiary and Account, Date and Mode."""
    j.amount = rupees(rng, 210000, 460000, 0.5)
    p = phone(rng, font, k, ["", "InstaBIZ"], dark=False, buttons=("Share", "Done"))
    band(p, (176, 60, 20))
    app_head(p, "InstaBIZ", "ICICI Bank  |  Fund transfer")
    pill(p, "Success", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "ICICI Bank", "RTGS")
    copyrow(p, "UTR", utr, txn=(UTR_RANK, utr))
    p.add("gap")
    name = fit(p, ["NHDC LTD", "NHDC"], 0.46, bold=True)
    two_up(p, "ib2", ("Beneficiary", name), ("Account", f"XXXXXX{digits(rng, 4)}"), merchant=name)
    two_up(
        p,
        "ib3",
        ("Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
        ("Mode", "RTGS"),
        date=j.date,
        method="netbanking",
    )
    return p.done()


def _pay_phonepe_chat(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """PhonePe's chat with the Sircilla dyer under its day divider: the dyer on top; his message in Telugu
    "అన్నా, రంగు బిల్లు పంపించాను" (brother, I have sent the dyeing bill); the firm's payment card with the
    sum, "Paid" and the hour and no reference; his reply "ముట్టింది, థాంక్స్" (received, thanks)."""
    j.amount = float(rng.randrange(40, 240) * 50)
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (95, 37, 159))
    p.part = "head"
    who = rng.choice(["Bhavani Dyeing Sircilla", "BHAVANI DYEING WORKS"])
    p.add("title", who, merchant=who)
    p.add("small", f"+91 98480 {digits(rng, 5)}")
    p.add("gap")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y"])), date=j.date)
    p.add("gap")
    first, second, third = hours(rng, 3)
    s = len(p.rows)
    tel(p, "అన్నా, రంగు బిల్లు పంపించాను", align="l")
    h273.bubble(p, s, first)
    p.add("gap")
    c = h275.gcard_open(p)
    h275.inrow(p, sum_of(p, j.amount), scale=1.3, bold=True, amount=j.amount, method="UPI")
    tick = sign(p.font, "\u2713", "")
    h275.inrow(p, f"{tick} Paid  |  {second}".strip(), soft=True, status=j.status)
    h275.inrow(p, "for dyeing, March lot" if j.date.month == 3 else "for dyeing", scale=0.86, soft=True)
    h275.gcard_close(p, c)
    p.add("gap")
    s = len(p.rows)
    tel(p, "ముట్టింది, థాంక్స్", align="l")
    h273.bubble(p, s, third)
    return p.done()


def _pay_canara(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Canara Bank's ai1 with an NEFT to the Siddipet printer: a large round tick, Transaction Successful,
    the sum; UTR Number, Beneficiary, Account, Date and Mode in read-only fields."""
    p = phone(rng, font, k, ["", "Canara ai1"], dark=False, buttons=("Share",))
    band(p, (0, 120, 190))
    app_head(p, "Canara ai1", "Canara Bank  |  Fund transfer")
    sicon(p, j.status)
    p.add("center", "Transaction Successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "Canara Bank", "NEFT")
    field(p, "UTR Number", utr, txn=(UTR_RANK, utr))
    field(p, "Beneficiary", PRINTER, merchant=PRINTER)
    field(p, "Account", f"XXXXXX{digits(rng, 4)}")
    field(p, "Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
    field(p, "Mode", "NEFT", method="netbanking")
    return p.done()


def _pay_idbi_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IDBI Bank's GO Mobile+ with an IMPS to the transporter under "Today, <hour>": a tick on a rounded
    tile, Money transferred, the sum, "to <payee>"; labels small over their values two to a row: IMPS Ref
    and Debited from, Beneficiary bank and Remarks; no day."""
    p = phone(rng, font, k, ["", "GO Mobile+"], dark=False, buttons=("Share",))
    band(p, (0, 104, 96))
    app_head(p, "IDBI GO Mobile+", "IMPS")
    h287.tile(p, j.status)
    p.add("center", "Money transferred", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {TRANSPORT}", "to SRI DURGA TRANSPORT"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("gap")
    two_up(
        p,
        "id1",
        ("IMPS Ref", j.ref),
        ("Debited from", f"XXXX{digits(rng, 4)}"),
        txn=(UTR_RANK, j.ref),
        method="netbanking",
    )
    two_up(p, "id2", ("Beneficiary bank", "SBI, Siddipet"), ("Remarks", "saree bales"))
    return p.done()


VENDOR_LAYOUTS = [
    _pay_iob_fail,
    _pay_tscab,
    _pay_hdfc_netbanking,
    _pay_cent_pending,
    _pay_instabiz,
    _pay_phonepe_chat,
    _pay_canara,
    _pay_idbi_today,
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks, one layout a place (``VENDOR_LAYOUTS``): IOB Mobile's
    failed NEFT, the apex co-operative bank's application in this set's tags, HDFC Bank NetBanking's
    confirmation, Cent Mobile's IMPS under process, InstaBIZ' RTGS, PhonePe's chat with the dyer with no
    reference, Canara ai1's dot leaders and IDBI GO Mobile+'s "Today"."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(0,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=2500, high=90000)
    return VENDOR_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 7. the firm paying its weavers and staff


# the wages for a sari woven, by its kind (low, high): the Gollabhama laid in by hand pick by pick
WAGES = [
    ("Gollabhama cotton saree", 1800, 2600),
    ("Gollabhama silk-cotton saree", 3000, 4200),
    ("Gollabhama pure silk saree", 5400, 7400),
    ("Gollabhama dupatta", 600, 900),
]


def _wage_bonalu(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """A weaver's advance for Bonalu in a Telugu hand with no reference, under "బోనాల అడ్వాన్స్" (Bonalu
    advance) printed on the firm's slip: "నేను ఎనుగుల గొల్లభామ హ్యాండ్లూమ్స్ వారి నుండి / బోనాల పండుగ కోసం /
    రూ. x/- నగదు అడ్వాన్స్ తీసుకున్నాను." (I have taken Rs. x/- in cash as an advance from Enugula Gollabhama
    Handlooms for the Bonalu festival) and "తేది: <day>" written; a revenue stamp signed across, the weaver's
    name written under it in Latin letters."""
    season(j, rng, BONALU, BONALU_DAYS)
    j.amount = float(rng.randrange(6, 24) * 500)
    p = sheet(rng, font, [700, 740])
    p.part = "head"
    tel(p, FIRM_TE, bold=True)
    p.add("center", FIRM)
    p.add("rule")
    tel(p, "బోనాల అడ్వాన్స్", scale=1.05, bold=True)
    p.part = "body"
    thand(p, "నేను ఎనుగుల గొల్లభామ హ్యాండ్లూమ్స్ వారి నుండి")
    thand(p, "బోనాల పండుగ కోసం")
    thand(p, f"రూ. {num(j.amount, 'indian', 0)}/- నగదు అడ్వాన్స్", amount=j.amount)
    thand(p, "తీసుకున్నాను.", method="cash", status=j.status)
    p.add("gap")
    thand(p, f"తేది: {when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}", date=j.date)
    h289.revenue(p)
    sig(p)
    hand(p, weaver, align="r", merchant=weaver)
    return p.done()


def _wage_gpay_fail(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """Google Pay's payment to a weaver failed: a large round cross, Payment failed, the sum, "To <weaver>",
    the reason in a notice; UPI transaction ID, Date, To and From at the left and the right."""
    p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Try again",))
    app_head(p, "Google Pay", "UPI")
    sicon(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"To {weaver}", merchant=weaver)
    boxed(
        p,
        "The recipient's bank is not available right now. Money debited, if any, will be refunded.",
        "error",
    )
    kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Date", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "To", f"{weaver.split()[1].lower()}{rng.randrange(10, 99)}@oksbi")
    kvr(p, "From", f"SBI {masked(p.font)}{digits(rng, 4)}", method="UPI")
    return p.done()


def _wage_whatsapp(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """WhatsApp's chat with a weaver under its "Today" divider: the weaver on top; the weaver's message in
    Telugu "అన్నా, ఈ వారం కూలి పంపండి" (brother, please send this week's wage); the firm's WhatsApp payment
    card ("Payment to", the sum, Paid with its tick and the hour, its UPI Ref); the weaver's reply
    "వచ్చింది అన్నా" (it has come, brother); no day."""
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    p.add("title", weaver, merchant=weaver)
    p.add("small", "online")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    first, second, third = hours(rng, 3)
    s = len(p.rows)
    tel(p, "అన్నా, ఈ వారం కూలి పంపండి", align="l")
    h273.bubble(p, s, first)
    p.add("gap")
    c = h275.gcard_open(p)
    h275.inrow(p, "Payment to", scale=0.86, soft=True)
    h275.inrow(p, sum_of(p, j.amount), scale=1.3, bold=True, amount=j.amount, method="UPI")
    tick = sign(p.font, "\u2713", "")
    h275.inrow(p, f"{tick} Paid  {second}".strip(), soft=True, status=j.status)
    h275.inrow(p, f"UPI Ref {j.ref}", scale=0.86, soft=True, txn=(UTR_RANK, j.ref))
    h275.gcard_close(p, c)
    p.add("gap")
    s = len(p.rows)
    tel(p, "వచ్చింది అన్నా", align="l")
    h273.bubble(p, s, third)
    return p.done()


def _wage_book(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """A weaver's page in the firm's wage book, "కూలి పుస్తకం / WAGE BOOK": కార్మికుని పేరు / Weaver and నెల
    / Month in this set's tags written in; the saris woven, their wages and sums written in a Telugu hand,
    "నేతన్నకు చేయూత 8%" (the thrift fund's eight per cent kept), "నికరం" (net); "UPI ద్వారా చెల్లించాము,
    Ref ..." (paid by UPI) and "తేది <day>" written under it."""
    p = sheet(rng, font, [720, 760])
    p.style["paper"] = rng.choice([(250, 249, 241), (246, 245, 236)])
    p.part = "head"
    tel(p, FIRM_TE, bold=True)
    tel(p, "కూలి పుస్తకం  /  WAGE BOOK", bold=True)
    p.add("rule")
    p.part = "body"
    tag(p, "కార్మికుని పేరు", "Weaver", weaver, pen=True, merchant=weaver)
    tag(p, "నెల", "Month", when(j.date - dt.timedelta(days=20), "%B %Y"), pen=True)
    p.add("gap")
    start = len(p.rows)
    gross = 0
    names = {
        "Gollabhama cotton saree": "నూలు చీర",
        "Gollabhama silk-cotton saree": "సీకో చీర",
        "Gollabhama pure silk saree": "పట్టు చీర",
        "Gollabhama dupatta": "దుపట్టా",
    }
    for item, lo, hi_ in rng.sample(WAGES, 2):
        n = rng.randrange(1, 5)
        rate = rng.randrange(lo, hi_, 50)
        gross += n * rate
        thand(p, f"{names[item]} {n} x {rate}", figure=str(n * rate))
    thrift = round(gross * 0.08)
    net = gross - thrift
    j.amount = float(net)
    thand(p, "నేతన్నకు చేయూత 8%", figure=f"-{thrift}")
    thand(p, "నికరం", figure=f"{num(net, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    thand(p, f"UPI ద్వారా చెల్లించాము, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    thand(p, f"తేది {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    return p.done()


def _wage_paytm_pending(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """Paytm's payment to a weaver pending over a progress bar: Payment pending, the sum, "to <weaver>", a
    notice; UPI Ref No, Initiated on, From and Note in a striped table."""
    p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Refresh",))
    band(p, (0, 46, 110))
    app_head(p, "Paytm", "UPI")
    p.add("gap")
    p.add("center", "Payment pending", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {weaver}", merchant=weaver)
    h294.progress(p, rng.uniform(0.4, 0.7), j.status)
    boxed(p, "Waiting for confirmation from the receiver's bank. Do not retry this payment.", "warn")
    rows_ = [
        (["UPI Ref No", j.ref], {"txn": (UTR_RANK, j.ref)}),
        (["Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))], {"date": j.date}),
        (["From", f"SBI - {digits(rng, 4)}"], {"method": "UPI"}),
        (["Note", "weekly wage"], {}),
    ]
    zebra(p, "wp", [(0.0, 0.4, "l"), (0.4, 1.0, "r")], ["Payment details", ""], rows_, (0, 46, 110))
    return p.done()


def _wage_razorpayx(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """RazorpayX Payroll's payslip for the Kuteeram's counter: "Payslip for <month>"; Employee, Employee ID,
    Designation and Days paid two to a row; Earnings | Amount and Deductions | Amount in a table ruled on
    every side; the Net Pay printed in a box; "Paid on <day> by bank transfer, UTR ..."."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, FIRM)
    p.add("small", f"{SHED_AT}  |  Payroll by RazorpayX")
    p.add("rule")
    p.part = "body"
    month = when(j.date.replace(day=1) - dt.timedelta(days=1), "%B %Y")
    p.add("center", f"Payslip for {month}")
    two_up(
        p, "rx1", ("Employee", COUNTER), ("Employee ID", f"EGH{rng.randrange(10, 40):03d}"), merchant=COUNTER
    )
    two_up(p, "rx2", ("Designation", "Counter Sales"), ("Days paid", str(rng.randrange(24, 31))))
    p.add("gap")
    basic = float(rng.randrange(90, 130) * 100)
    hra = float(rng.randrange(20, 40) * 100)
    conv = 1200.0
    gross = basic + hra + conv
    pt = 0.0 if gross <= 15000 else 150.0 if gross <= 20000 else 200.0
    pf = round(basic * 0.12)
    j.amount = round(basic + hra + conv - pt - pf, 2)
    spec = [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")]
    grid(
        p,
        "rxt",
        spec,
        ["Earnings", "Amount", "Deductions", "Amount"],
        [
            (["Basic", num(basic), "Provident Fund", num(pf)], {}),
            (["HRA", num(hra), "Professional Tax", num(pt)], {}),
            (["Conveyance", num(conv), "", ""], {}),
        ],
    )
    p.add("gap")
    h271.amtbox(p, "Net Pay  Rs.", num(j.amount), by_hand=False, at=0.3, amount=j.amount)
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    prose(
        p,
        f"Paid on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by bank transfer, UTR {utr}",
        date=j.date,
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, utr),
    )
    return p.done()


def _wage_indusind(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """IndusInd Bank's IndusMobile with the helper's salary sent by IMPS: a large round tick, Money sent,
    the sum, "to <helper>"; IMPS Ref, Date, From and Purpose in dot leaders."""
    j.amount = float(rng.randrange(90, 160) * 100)
    p = phone(rng, font, k, ["", "IndusMobile"], dark=False, buttons=("Share",))
    band(p, (128, 26, 40))
    app_head(p, "IndusMobile", "IndusInd Bank  |  IMPS")
    sicon(p, j.status)
    p.add("center", "Money sent", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", f"to {HELPER}", merchant=HELPER)
    p.add("rule")
    at = 0.36
    dots(p, "IMPS Ref", j.ref, at=at, txn=(UTR_RANK, j.ref))
    dots(p, "Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=at, date=j.date)
    dots(p, "From", f"XXXX{digits(rng, 4)}", at=at, method="netbanking")
    dots(p, "Purpose", "Salary", at=at)
    return p.done()


def _wage_ack(rng: random.Random, font: str, k: int, j: Job, weaver: str) -> tuple:
    """The firm's typed WAGE ACKNOWLEDGEMENT for a weaver's saris under a row of Gollabhamas: Name, Loom
    No. and Date; Particulars | Pcs | Rate | Amount in a table ruled on every side with the Gross wage; Less
    thrift fund 8% and Net paid at the left and the right; "Paid by NEFT, UTR ..."; a box for the weaver's
    signature or thumb."""
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    tel(p, FIRM_TE, bold=True)
    top(p, FIRM)
    procession(p)
    p.add("center", "WAGE ACKNOWLEDGEMENT")
    p.part = "body"
    spec = [(0.0, 0.62, "l"), (0.62, 1.0, "r")]
    cols(p, "wa0", spec, f"Name: {weaver}", f"Loom No. {rng.randrange(1, 40):02d}", merchant=weaver)
    cols(
        p,
        "wa0",
        spec,
        "Padmashali Colony, Siddipet",
        f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
        date=j.date,
    )
    p.add("gap")
    rows_, gross = [], 0
    for item, lo, hi_ in rng.sample(WAGES, 2):
        n, rate = rng.randrange(1, 4), rng.randrange(lo, hi_, 50)
        gross += n * rate
        rows_.append(([item, str(n), num(rate), num(n * rate)], {}))
    grid(
        p,
        "wat",
        [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        ["Particulars", "Pcs", "Rate", "Amount"],
        rows_,
        foot=(["Gross wage", num(gross)], {}),
    )
    thrift = round(gross * 0.08)
    j.amount = float(gross - thrift)
    kvr(p, "Less: thrift fund (Nethanna ku Cheyutha) 8%", num(thrift))
    kvr(p, "Net paid", num(j.amount), amount=j.amount)
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    p.add("left", f"Paid by NEFT, UTR {utr}", method="netbanking", status=j.status, txn=(UTR_RANK, utr))
    p.add("gap")
    h269.thumb(p, "Signature / LTI")
    return p.done()


WAGE_LAYOUTS = [
    _wage_bonalu,
    _wage_gpay_fail,
    _wage_whatsapp,
    _wage_book,
    _wage_paytm_pending,
    _wage_razorpayx,
    _wage_indusind,
    _wage_ack,
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its weavers (by the sari woven) and its staff, one layout a place (``WAGE_LAYOUTS``):
    a Bonalu advance in a Telugu hand with no reference, Google Pay's failed payment, a WhatsApp chat under
    "Today", the wage book in a Telugu hand, Paytm's pending payment, RazorpayX Payroll's payslip,
    IndusMobile's IMPS to the helper and the typed wage acknowledgement."""
    k = place("worker_pay")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 2, low=3000, high=26000, p_round=0.8)
    weaver = WEAVERS[(k + rng.randrange(3)) % len(WEAVERS)]
    return WAGE_LAYOUTS[k](rng, font, k, j, weaver)


# ---------------------------------------------------------------- 8. fees, taxes and dues


SDP_MUNI = "Siddipet Municipality"
SDP_MUNI_TE = "సిద్దిపేట పురపాలక సంఘం"
HANDLOOMS_TG = "Office of the Commissioner of Handlooms & Textiles, Telangana"
HANDLOOMS_TG_TE = "చేనేత మరియు జౌళి శాఖ, తెలంగాణ"
ESIC = "Employees' State Insurance Corporation"
TEXTILES_COMMITTEE = "TEXTILES COMMITTEE"
IPINDIA = "Office of the Controller General of Patents, Designs & Trade Marks"
TG_TRANSPORT = "Transport Department, Government of Telangana"


def _fee_property_tax(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Siddipet Municipality's property tax e-receipt from the CDMA portal under its Telugu name: Payment
    Successful; this set's tags: రశీదు సంఖ్య / Receipt No., అసెస్‌మెంట్ నం. / Assessment No., యజమాని /
    Owner, అర్ధ సంవత్సరం / Half year, మొత్తం / Amount, విధానం / Mode, బ్యాంకు రిఫరెన్స్ / Bank Ref. and
    చెల్లించిన తేది / Paid on; its QR code."""
    j.amount = rupees(rng, 2400, 16000, 0.7)
    p = browser_page(rng, font, "cdma.telangana.gov.in/ptis/receipt")
    p.part = "head"
    tel(p, SDP_MUNI_TE, bold=True)
    name = pick(p, "title", [SDP_MUNI, SDP_MUNI.upper()])
    top(p, name, merchant=name)
    p.add("small", "CDMA Telangana  |  Property Tax e-Receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    p.add("gap")
    rno = f"PT/{fy(j.date)}/{rng.randrange(10000, 99999)}"
    tag(p, "రశీదు సంఖ్య", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    tag(p, "అసెస్‌మెంట్ నం.", "Assessment No.", f"1092{digits(rng, 6)}")
    tag(p, "యజమాని", "Owner", PROP)
    half = "Apr-Sep" if j.date.month in (4, 5, 6, 7, 8, 9) else "Oct-Mar"
    tag(p, "అర్ధ సంవత్సరం", "Half year", f"{fy(j.date)} ({half})")
    tag(p, "మొత్తం", "Amount", f"Rs. {num(j.amount)}", amount=j.amount)
    tag(p, "విధానం", "Mode", "UPI", method="UPI")
    tag(p, "బ్యాంకు రిఫరెన్స్", "Bank Ref.", j.ref, txn=(UTR_RANK, j.ref))
    tag(p, "చెల్లించిన తేది", "Paid on", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    p.add("gap")
    h269.qr(p, f"cdma-ptis-{rno}", "r", 4)
    return p.done()


def _fee_tapp(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """T App Folio with the Kuteeram's shop registration renewal paid under "Today, <hour>": the Labour
    Department, Telangana under the app's bar, a scalloped badge's tick, Fee paid, the sum; Transaction ID
    and Service, Paid via and Application in tiles two to a row; no day."""
    j.amount = float(rng.choice([500, 750, 1000, 1500]))
    p = phone(rng, font, k, ["", "T App Folio"], dark=False, buttons=("Download receipt",))
    band(p, (0, 96, 120))
    dept = rng.choice(["Labour Department, Telangana", "Labour Department, Govt. of Telangana"])
    bar(p, "T App Folio", dept, merchant=dept)
    h287.burst(p, j.status)
    p.add("center", "Fee paid", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("gap")
    tid = f"TAF{digits(rng, 12)}"
    tiles2(p, ("Transaction ID", tid), ("Service", "Shops & Est. renewal"), txn=(TXN_RANK, tid))
    tiles2(p, ("Paid via", "UPI"), ("Application", f"SE{digits(rng, 8)}"), method="UPI")
    return p.done()


def _fee_esic(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ESIC's e-challan receipt for the weavers' and staff's contribution: a Paid capsule; Challan No.,
    Employer Code, Contribution Period, Amount Paid, Transaction No., Bank and Payment Date in shaded
    labels."""
    j.amount = rupees(rng, 900, 6400, 0.3)
    p = browser_page(rng, font, "www.esic.gov.in/EmployerPortal/ChallanReceipt")
    p.part = "head"
    name = pick(p, "title", [ESIC, "ESIC"])
    top(p, name, merchant=name)
    p.add("small", "Ministry of Labour & Employment, Government of India  |  e-Challan")
    p.add("rule")
    p.part = "body"
    p.add("left", "Challan receipt")
    pill(p, "Paid", j.status, align="l")
    p.add("gap")
    cno = f"{rng.randrange(10**12, 10**13)}"
    tno = f"SBI{digits(rng, 10)}"
    at = 0.38
    kv(p, "Challan No.", cno, at=at, txn=(INVOICE_RANK, cno))
    kv(p, "Employer Code", f"5200{digits(rng, 13)}", at=at)
    period = j.date.replace(day=1) - dt.timedelta(days=1)
    kv(p, "Contribution Period", when(period, "%B %Y"), at=at)
    kv(p, "Amount Paid (Rs.)", num(j.amount), at=at, amount=j.amount)
    kv(p, "Transaction No.", tno, at=at, txn=(BANK_RANK, tno))
    kv(p, "Bank", "State Bank of India (Net Banking)", at=at, method="netbanking")
    kv(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    return p.done()


def _fee_ptax_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Telangana's Commercial Taxes portal with the firm's professional tax payment awaiting the bank: a
    spinner, Awaiting bank confirmation, a notice; Challan ID, PTIN, Period, Amount, Bank and Initiated on
    in a table ruled on every side."""
    j.amount = float(rng.choice([2500, 2500, 4400, 5000]))
    p = browser_page(rng, font, "www.tgct.gov.in/ptax/epayment/status")
    p.part = "head"
    name = pick(p, "title", ["Commercial Taxes Department, Telangana", "Commercial Taxes, Telangana"])
    top(p, name, merchant=name)
    p.add("small", "Profession Tax e-Payment")
    p.add("rule")
    p.part = "body"
    h279.spinner(p, AMBER)
    p.add("center", "Awaiting bank confirmation", status=j.status)
    boxed(
        p,
        "We have not received the bank's confirmation yet. Do not pay again; the challan updates within 2 "
        "working days.",
        "warn",
    )
    cid = f"PT{j.date:%y%m%d}{digits(rng, 6)}"
    at = 0.34
    gkv(p, "pt", "Challan ID", cid, at=at, txn=(INVOICE_RANK, cid))
    gkv(p, "pt", "PTIN", f"36{digits(rng, 9)}", at=at)
    gkv(p, "pt", "Period", f"{fy(j.date)} (annual)", at=at)
    gkv(p, "pt", "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "pt", "Bank", "State Bank of India - Net Banking", at=at, method="netbanking")
    gkv(p, "pt", "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _fee_sbi_collect(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """SBI Collect's e-receipt for the India Handloom Brand registration fee paid to the Textiles Committee:
    State Bank Collect; labels small over their values two to a row: SB Collect Reference and Status,
    Institution and Category, Amount and Transaction Date, Payment Mode and Name."""
    j.amount = float(rng.choice([1180, 2360, 590]))
    p = browser_page(rng, font, "onlinesbi.sbi/sbicollect/payments/receipt")
    p.part = "head"
    top(p, "State Bank Collect")
    p.add("small", "e-Receipt")
    p.add("rule")
    p.part = "body"
    ref = f"DU{digits(rng, 8)}{code(rng, 2, UPPER)}"
    two_up(
        p, "sc1", ("SB Collect Reference", ref), ("Status", "Success"), txn=(BANK_RANK, ref), status=j.status
    )
    two_up(
        p,
        "sc2",
        ("Institution", TEXTILES_COMMITTEE),
        ("Category", "Handloom Brand regn."),
        merchant=TEXTILES_COMMITTEE,
    )
    two_up(
        p,
        "sc3",
        ("Amount", f"INR {num(j.amount)}"),
        ("Transaction Date", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])),
        amount=j.amount,
        date=j.date,
    )
    two_up(p, "sc4", ("Payment Mode", "Net Banking"), ("Name", "ENUGULA GOLLABHAMA"), method="netbanking")
    return p.done()


def _fee_expo_stall(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Handlooms and Textiles Department's receipt for the Kuteeram's stall at the Telangana Handloom
    Expo, from its book under its Telugu name, filled in by hand with no number and no reference: Received
    from, the sum of Rupees, towards Stall No. and its rent, by Cash and Date on dotted lines; Rs. written
    in a box; its oval stamp."""
    season(j, rng, EXPO - dt.timedelta(days=6), 5)
    j.amount = float(rng.choice([15000, 18000, 20000, 24000]))
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    tel(p, HANDLOOMS_TG_TE, bold=True)
    name = pick(p, "center", [HANDLOOMS_TG, "Commissioner of Handlooms & Textiles, Telangana"])
    p.add("center", name, merchant=name)
    p.add("small", "Telangana Handloom Expo 2026  |  People's Plaza, Necklace Road, Hyderabad")
    p.add("rule")
    p.add("center", "RECEIPT")
    p.part = "body"
    one_pen(p)
    filled(p, "Received from", SHOP)
    filled(p, "the sum of Rupees", f"{spelt(j.amount)} only")
    filled(p, "towards", f"rent of Stall No. {rng.randrange(20, 180)}, {EXPO_DAYS} days")
    filled(p, "by", "Cash", method="cash", status=j.status)
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])), date=j.date)
    p.add("gap")
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    h287.oval(p, ["H & T DEPT.", "HANDLOOM EXPO", "HYDERABAD"], "blue", at=0.16)
    sig(p)
    p.add("right", "Assistant Director (Handlooms)")
    return p.done()


def _fee_ipindia(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IP India's e-receipt for the Kuteeram's trade mark application: the Controller General's office on
    top; CBR No. :, Date :, Applicant :, Payment Mode : and Bank Ref. No. : with colons; Form | Application
    No. | Mark | Fee in a table ruled on every side with its Total."""
    j.amount = 4500.0
    p = browser_page(rng, font, "ipindiaonline.gov.in/eregister/eReceipt")
    p.part = "head"
    top(p, "Intellectual Property India")
    name = pick(p, "small", [IPINDIA, "Office of the CGPDTM"])
    p.add("small", name, merchant=name)
    p.add("rule")
    p.part = "body"
    p.add("center", "e-Receipt (Trade Marks)")
    cbr = str(rng.randrange(100000, 999999))
    bref = f"SBIEP{digits(rng, 10)}"
    spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
    colkv(p, "ip", spec, "CBR No. :", cbr, txn=(INVOICE_RANK, cbr))
    colkv(p, "ip", spec, "Date :", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    colkv(p, "ip", spec, "Applicant :", FIRM)
    colkv(p, "ip", spec, "Payment Mode :", "Net Banking (SBI)", method="netbanking", status=j.status)
    colkv(p, "ip", spec, "Bank Ref. No. :", bref, txn=(BANK_RANK, bref))
    p.add("gap")
    grid(
        p,
        "ipt",
        [(0.0, 0.16, "l"), (0.16, 0.42, "l"), (0.42, 0.8, "l"), (0.8, 1.0, "r")],
        ["Form", "Application No.", "Mark", "Fee (Rs.)"],
        [(["TM-A", str(rng.randrange(6000000, 7999999)), "GOLLABHAMA KUTEERAM", num(j.amount)], {})],
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    return p.done()


def _fee_transport_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Telangana Transport Department's online payment of the goods autorickshaw's quarterly tax failed:
    TRANSACTION FAILED on a red ribbon, the reason in a notice; Application No., Vehicle No., Tax Period,
    Amount, Transaction No. and Date in dot leaders."""
    j.amount = float(rng.choice([1140, 1380, 1620]))
    p = browser_page(rng, font, "transport.telangana.gov.in/onlinepayment/status")
    p.part = "head"
    top(p, "Transport Department")
    name = pick(p, "small", [TG_TRANSPORT, "Transport Dept., Govt. of Telangana"])
    p.add("small", name, merchant=name)
    p.add("rule")
    p.part = "body"
    h275.ribbon(p, "TRANSACTION FAILED", RED)
    p.add("center", "Quarterly tax payment could not be completed.", status=j.status)
    boxed(
        p,
        "The bank did not confirm the debit. If your account was debited, it will be reversed in 7 days.",
        "error",
    )
    tno = f"TGTD{j.date:%y%m%d}{digits(rng, 6)}"
    at = 0.44
    dots(p, "Application No.", f"TG{digits(rng, 10)}", at=at)
    dots(p, "Vehicle No.", f"TG 36 T {rng.randrange(1000, 9999)}", at=at)
    dots(p, "Tax Period", f"Q{(j.date.month - 1) // 3 + 1} {j.date.year}", at=at)
    dots(p, "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Transaction No.", tno, at=at, txn=(TXN_RANK, tno))
    dots(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    dots(p, "Paid via", "Net Banking", at=at, method="netbanking")
    return p.done()


FEE_LAYOUTS = [
    _fee_property_tax,
    _fee_tapp,
    _fee_esic,
    _fee_ptax_pending,
    _fee_sbi_collect,
    _fee_expo_stall,
    _fee_ipindia,
    _fee_transport_fail,
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed, one layout a place (``FEE_LAYOUTS``):
    the municipality's property tax receipt in this set's tags, T App Folio's "Today", ESIC's challan,
    the professional tax awaiting the bank, SBI Collect's receipt for the Textiles Committee, the Expo's
    stall receipt filled in by hand with no reference, IP India's trade mark receipt and the Transport
    Department's failed quarterly tax."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=800, high=20000)
    return FEE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 9. insurers


STAR = "Star Health and Allied Insurance Co. Ltd."
ORIENTAL = "The Oriental Insurance Company Ltd."
FUTURE = "Future Generali India Insurance Co. Ltd."
GALAXY = "Galaxy Health Insurance Co. Ltd."
IFFCO = "IFFCO-TOKIO General Insurance Co. Ltd."
SBIG = "SBI General Insurance Co. Ltd."
CHOLA = "Cholamandalam MS General Insurance Co. Ltd."


def _ins_star_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Star Health's app with the proprietor's family floater renewed under "Today, <hour>": Star Health
    under the app's bar, a scalloped badge's tick, Policy renewed, the sum; Policy No., Transaction ID,
    Members and Paid via in shaded labels; no day (an individual's health cover, no GST since September
    2025)."""
    j.amount = float(rng.randrange(180, 520) * 100)
    p = phone(rng, font, k, ["", "Star Health"], dark=False, buttons=("Download policy",))
    band(p, (0, 82, 160))
    name = pick(p, "small", [STAR, "Star Health Insurance"])
    bar(p, "Star Health", name, merchant=name)
    h287.burst(p, j.status)
    p.add("center", "Policy renewed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("gap")
    tid = f"SHTXN{digits(rng, 12)}"
    at = 0.38
    kv(p, "Policy No.", f"P/171115/01/{j.date.year + 1}/{digits(rng, 6)}", at=at)
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Members", "4 (Family Floater)", at=at)
    kv(p, "Paid via", "UPI", at=at, method="UPI")
    return p.done()


def _ins_oriental(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Oriental Insurance Company's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha
    policy: Receipt No., Policy No., Insured, Instrument, UTR and Receipt Date in shaded labels; Premium,
    CGST 9%, SGST 9% in a table ruled on every side with its Total; its round seal."""
    base = float(rng.randrange(40, 160) * 50)
    gst = round(base * 0.09, 2)
    j.amount = round(base + 2 * gst, 2)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [ORIENTAL, "Oriental Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Divisional Office, Karimnagar  |  (A Government of India Undertaking)")
    p.add("rule")
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT")
    rno = f"{rng.randrange(100000, 999999)}/{fy(j.date)}"
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    at = 0.34
    kv(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    kv(p, "Policy No.", f"441602/11/{j.date.year + 1}/{rng.randrange(100, 999)}", at=at)
    kv(p, "Insured", FIRM, at=at)
    kv(p, "Instrument", "NEFT", at=at, method="netbanking", status=j.status)
    kv(p, "UTR", utr, at=at, txn=(UTR_RANK, utr))
    kv(p, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    p.add("gap")
    grid(
        p,
        "or",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        ["Description", "Amount (Rs.)"],
        [
            (["Premium (Bharat Sookshma Udyam Suraksha)", num(base)], {}),
            (["CGST 9%", num(gst)], {}),
            (["SGST 9%", num(gst)], {}),
        ],
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    h269.seal(p, "THE ORIENTAL INSURANCE CO. LTD.", ["D.O.", "KARIMNAGAR"], "blue")
    return p.done()


def _ins_future(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Future Generali's receipt for the Kuteeram's shopkeeper's policy: its sentence; Receipt No., Receipt
    Date, Policy No., Product, Premium (incl. GST), Payment Mode, UPI Ref. and Paid by on hairline rows."""
    j.amount = rupees(rng, 2800, 14000, 0.4)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [FUTURE, "Future Generali"])
    top(p, name, merchant=name)
    p.add("small", "Receipt  |  customer.care@futuregenerali.in")
    p.add("rule")
    p.part = "body"
    prose(p, f"Received with thanks from {SHOP} the premium for the policy below.", status=j.status)
    p.add("gap")
    rno = f"R{digits(rng, 10)}"
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
    cols(p, "fg", spec, "Receipt No.", rno, mode="line", txn=(INVOICE_RANK, rno))
    cols(p, "fg", spec, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), mode="line", date=j.date)
    cols(p, "fg", spec, "Policy No.", f"S{digits(rng, 9)}", mode="line")
    cols(p, "fg", spec, "Product", "Shopkeeper's Package", mode="line")
    cols(p, "fg", spec, "Premium (incl. GST)", f"Rs. {num(j.amount)}", mode="line", amount=j.amount)
    cols(p, "fg", spec, "Payment Mode", "UPI", mode="line", method="UPI")
    cols(p, "fg", spec, "UPI Ref.", j.ref, mode="line", txn=(UTR_RANK, j.ref))
    cols(p, "fg", spec, "Paid by", PROP, mode="line")
    return p.done()


def _ins_galaxy_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Galaxy Health's renewal of the weavers' group health cover failed by card: Payment failed on a tinted
    band, the sum, the reason in a notice; Proposal No., Payment Ref., Card and Attempted on in dot
    leaders."""
    j.amount = rupees(rng, 18000, 64000, 0.5)
    p = browser_page(rng, font, "www.galaxyhealth.com/renewal/payment/status")
    p.part = "head"
    name = pick(p, "title", [GALAXY, "Galaxy Health Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Group health renewal")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Payment failed", j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(
        p,
        "Your card was declined by the issuing bank (insufficient limit). Try another card or net banking.",
        "error",
    )
    pref = f"GHI{digits(rng, 11)}"
    at = 0.4
    dots(p, "Proposal No.", f"GHP{digits(rng, 8)}", at=at)
    dots(p, "Payment Ref.", pref, at=at, txn=(TXN_RANK, pref))
    dots(p, "Card", f"Credit card XX{digits(rng, 4)}", at=at, method="card")
    dots(p, "Attempted on", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
    return p.done()


def _ins_lic_sms(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """LIC's SMS of the proprietor's premium with no reference: "Dear Customer, we have received premium of
    Rs.x on <dd/mm/yyyy> against Policy No ... through UPI. Thank you. -LIC of India"."""
    j.amount = rupees(rng, 4000, 36000, 0.5)
    text = (
        f"Dear Customer, we have received premium of Rs.{num(j.amount, 'plain')} on "
        f"{when(j.date, '%d/%m/%Y')} "
        f"against Policy No {rng.randrange(600000000, 699999999)} through UPI. Thank you. -LIC of India"
    )
    p = sms_page(rng, font, "VM-LICIND", text, j.date)
    p.add(
        "left",
        text,
        amount=j.amount,
        date=j.date,
        merchant="LIC of India",
        method="UPI",
        status=j.status,
    )
    return p.done()


def _ins_iffco(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IFFCO-TOKIO's receipt for the goods autorickshaw's motor policy: Receipt No., Policy No., Vehicle No.,
    Premium (incl. GST), Payment Mode, UPI Ref. and Receipt Date in dot leaders."""
    j.amount = rupees(rng, 3200, 9800, 0.4)
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    name = pick(p, "title", [IFFCO, "IFFCO-TOKIO"])
    top(p, name, merchant=name)
    p.add("small", "Motor Insurance  |  Premium Receipt")
    p.add("rule")
    p.part = "body"
    rno = f"IT{digits(rng, 10)}"
    at = 0.44
    dots(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    dots(p, "Policy No.", f"M{digits(rng, 8)}", at=at)
    dots(p, "Vehicle No.", f"TG 36 T {rng.randrange(1000, 9999)}", at=at)
    dots(p, "Premium (incl. GST)", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Payment Mode", "UPI", at=at, method="UPI", status=j.status)
    dots(p, "UPI Ref.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    dots(p, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    return p.done()


def _ins_sbig_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """SBI General's renewal of the stock policy with its payment awaiting the bank over a progress bar:
    Payment awaited, the sum, a notice; Proposal No. :, Transaction ID :, Payment mode : and Initiated on :
    with colons."""
    j.amount = rupees(rng, 5200, 26000, 0.4)
    p = browser_page(rng, font, "www.sbigeneral.in/renewal/payment-status")
    p.part = "head"
    name = pick(p, "title", [SBIG, "SBI General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Renewal payment")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment awaited from your bank", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    h294.progress(p, rng.uniform(0.5, 0.7), j.status)
    boxed(
        p,
        "Your policy will be issued once the bank confirms the payment. This may take up to 2 hours.",
        "warn",
    )
    tid = f"SBIG{digits(rng, 12)}"
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
    colkv(p, "sg", spec, "Proposal No. :", f"PR{digits(rng, 9)}")
    colkv(p, "sg", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
    colkv(p, "sg", spec, "Payment mode :", "Net Banking", method="netbanking")
    colkv(
        p, "sg", spec, "Initiated on :", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date
    )
    return p.done()


def _ins_chola(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Cholamandalam MS' PREMIUM RECEIPT for the weavers' group personal accident cover: Receipt No. and
    Date at the left and the right; Description | Amount in a striped table: Premium, CGST 9%, SGST 9%,
    Total; Mode NEFT and its UTR."""
    base = float(rng.randrange(30, 120) * 100)
    gst = round(base * 0.09, 2)
    j.amount = round(base + 2 * gst, 2)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [CHOLA, "Chola MS General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Group Personal Accident  |  Premium Receipt")
    p.add("rule")
    p.part = "body"
    rno = f"CH/{fy(j.date)}/{rng.randrange(10000, 99999)}"
    cols(
        p,
        "cm0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"Receipt No.: {rno}",
        f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    p.add("left", f"Insured: {FIRM} ({rng.randrange(18, 40)} weavers)")
    p.add("gap")
    rows_ = [
        (["Premium", num(base)], {}),
        (["CGST 9%", num(gst)], {}),
        (["SGST 9%", num(gst)], {}),
        (["Total", num(j.amount)], {"amount": j.amount}),
    ]
    zebra(p, "cmt", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], ["Description", "Amount (Rs.)"], rows_, (20, 90, 60))
    p.add("gap")
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    p.add("left", f"Mode: NEFT    UTR: {utr}", method="netbanking", status=j.status, txn=(UTR_RANK, utr))
    return p.done()


INSURER_LAYOUTS = [
    _ins_star_today,
    _ins_oriental,
    _ins_future,
    _ins_galaxy_fail,
    _ins_lic_sms,
    _ins_iffco,
    _ins_sbig_pending,
    _ins_chola,
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or signing its message, one layout a place
    (``INSURER_LAYOUTS``): Star Health's "Today", Oriental's premium receipt with its seal, Future Generali's
    receipt two to a row, Galaxy Health's failed card, LIC's SMS with no reference, IFFCO-TOKIO's motor
    receipt, SBI General's payment awaited and Cholamandalam MS' striped receipt."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=2000, high=40000)
    return INSURER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("GOLLABHAMA KUTEERAM", "MEDAK ROAD, SIDDIPET", "HDFC BANK"),
    ("Deccan Spice Family Restaurant", "Karimnagar Road, Siddipet", ""),
    ("GOLLABHAMA KUTEERAM - EXPO", "PEOPLE'S PLAZA, HYDERABAD", "PhonePe Smart POS"),
    ("Sri Sai Hardware & Paints", "Siddipet", "Scapia"),
    ("TGSRTC", "Siddipet - Hyderabad (JBS)", ""),
    ("GOLCONDA FABRICS HYD", "Hyderabad", "Axis Bank"),
    ("HOTEL KAKATIYA GRAND", "ABIDS, HYDERABAD", "STATE BANK OF INDIA"),
    ("Air India Express", "Hyderabad - New Delhi", ""),
]


def _card_hdfc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """HDFC Bank's terminal at the Gollabhama Kuteeram, typed in the terminal's face two fields to a line:
    SALE; DATE and TIME, MID and TID, BATCH and INV, CARD and its entry, APPR and RRN; TOTAL at the line's
    right end; APPROVED, CUSTOMER COPY."""
    not_wednesday(j, rng)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"

    def two(left: str, right: str, **facts) -> None:
        typed(p, f"{left:<17} {right}", **facts)

    two(f"DATE:{when(j.date, '%d/%m/%Y')}", f"TIME:{t}", date=j.date)
    two(f"MID:{digits(rng, 10)}", f"TID:{digits(rng, 8)}")
    two(f"BATCH:{rng.randrange(1, 999):06d}", f"INV:{inv}", txn=(INVOICE_RANK, inv))
    short = {"MASTERCARD": "MC"}.get(scheme, scheme)
    two(f"CARD:{short} XX{last4}", rng.choice(["CHIP", "CONTACTLESS"]), method="card")
    two(f"APPR:{appr}", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
    p.add("rule")
    typed_pair(p, "TOTAL", f"Rs.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "PIN VERIFIED  |  CUSTOMER COPY")
    return p.done()


def _card_petpooja(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """A Siddipet family restaurant's bill from Petpooja after a day at the looms: Bill No., Table and Date;
    the Telangana dishes; Sub Total, CGST 2.5%, SGST 2.5% and Grand Total; "Payment: Card", its card and its
    Approval Code."""
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.add("small", f"GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    bno = f"{rng.randrange(1000, 9999)}"
    typed(p, f"Bill No: {bno}   Table: {rng.randrange(1, 24)}", txn=(INVOICE_RANK, bno))
    typed(p, f"Date: {when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
    p.add("rule")
    dishes = [
        ("Natu kodi pulusu", 320, 420),
        ("Sarva pindi", 90, 140),
        ("Mutton biryani", 340, 420),
        ("Gongura chicken", 290, 360),
        ("Bagara rice", 140, 190),
        ("Double ka meetha", 90, 140),
    ]
    sub = 0.0
    for dish, lo, hi_ in rng.sample(dishes, rng.randrange(3, 5)):
        q, price = rng.randrange(1, 4), float(rng.randrange(lo, hi_, 10))
        typed_pair(p, f"{dish} x{q}", f"{q * price:.2f}")
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    typed_pair(p, "Sub Total", f"{sub:.2f}")
    typed_pair(p, "CGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "SGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "Grand Total", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, f"Payment: Card ({scheme} XX{last4})", method="card", status=j.status)
    typed(p, f"Approval Code: {appr}", txn=(APPR_RANK, appr))
    p.add("small", "Thank you, visit again!  |  Powered by Petpooja")
    return p.done()


def _card_phonepe_pos(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """PhonePe's Smart POS at the Kuteeram's Expo stall in the Expo's days with the host's answer not come,
    typed in the terminal's face: CARD SALE; DATE, TIME, TID, TXN REF, CARD and AMOUNT; STATUS : PENDING and
    DO NOT RETRY - CHECK PHONEPE BUSINESS APP."""
    season(j, rng, EXPO, EXPO_DAYS)
    j.amount = rupees(rng, 2400, 16000, 0.7)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    p.add("center", "CARD SALE")
    p.add("rule")
    tref = f"PPP{digits(rng, 12)}"
    typed(p, f"DATE    : {when(j.date, '%d-%m-%Y')}", date=j.date)
    typed(p, f"TIME    : {t}")
    typed(p, f"TID     : {digits(rng, 8)}")
    typed(p, f"TXN REF : {tref}", txn=(TXN_RANK, tref))
    typed(p, f"CARD    : {scheme} **** {last4}", method="card")
    typed(p, f"AMOUNT  : INR {num(j.amount)}", amount=j.amount)
    p.add("rule")
    typed(p, "STATUS  : PENDING", status=j.status)
    p.add("small", "DO NOT RETRY - CHECK PHONEPE BUSINESS APP")
    return p.done()


def _card_scapia(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """The Scapia card app with a spend at a Siddipet hardware store under "Today, <hour>": the merchant over
    its town, the sum, Successful; each value over its label: Transaction ID, Card, Scapia coins; no day."""
    p = phone(rng, font, k, ["", "Scapia"], dark=False, buttons=("Done",))
    band(p, (16, 60, 56))
    app_head(p, "Scapia", "Transaction details")
    p.add("center", name, merchant=name)
    p.add("small", f"{town}  |  Today, {hhmm(rng, lower=True)}")
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("center", "Successful", status=j.status)
    p.add("gap")
    tid = f"SCP{digits(rng, 13)}"
    vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    vlab(p, "Card", f"Scapia Federal Bank card {masked(p.font)}{last4}", bold=False, method="card")
    vlab(p, "Scapia coins", f"+{rng.randrange(20, 600)}", bold=False)
    return p.done()


def _card_tgsrtc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """TGSRTC's e-ticket for the Rajadhani to Hyderabad bought by debit card: Ticket No., Service, Date of
    Journey, Booking Date, From, To and Seats in a table ruled on every side; Fare, Reservation charges and
    Total in dot leaders; Payment and Transaction ID."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Telangana State Road Transport Corporation  |  e-Ticket")
    p.add("rule")
    p.part = "body"
    tno = f"T{digits(rng, 10)}"
    journey = j.date + dt.timedelta(days=rng.randrange(2, 20))
    seats = rng.randrange(1, 4)
    at = 0.36
    gkv(p, "ts", "Ticket No.", tno, at=at, txn=(ORDER_RANK, tno))
    gkv(p, "ts", "Service", "RAJADHANI AC - SDPT-JBS", at=at)
    gkv(p, "ts", "Date of Journey", when(journey, "%d-%m-%Y"), at=at)
    gkv(p, "ts", "Booking Date", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", at=at, date=j.date)
    gkv(p, "ts", "From / To", "SIDDIPET / JUBILEE BUS STN", at=at)
    gkv(p, "ts", "Seats", str(seats), at=at)
    p.add("gap")
    fare = float(rng.choice([190, 210, 230])) * seats
    res = 30.0 * seats
    j.amount = fare + res
    at2 = 0.56
    dots(p, "Fare", num(fare), at=at2)
    dots(p, "Reservation charges", num(res), at=at2)
    dots(p, "Total", num(j.amount), at=at2, bold=True, amount=j.amount)
    p.add("gap")
    tid = digits(rng, 12)
    p.add("left", f"Payment: Debit Card ({scheme} XX{last4})", method="card", status=j.status)
    p.add("left", f"Transaction ID: {tid}", txn=(TXN_RANK, tid))
    return p.done()


def _card_axis_sms(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Axis Bank's SMS of a spend on the firm's credit card, with no reference: "INR x spent on Axis Bank
    Card XX1234 on <dd-mm-yy> at <MERCHANT>. Avl Lmt INR y. Not you? SMS BLOCK 1234 to 919951860002"."""
    limit = round(rng.uniform(50000, 300000), 2)
    amt = num(j.amount, rng.choice(["plain", "western"]))
    text = (
        f"INR {amt} spent on Axis Bank Card XX{last4} on {when(j.date, '%d-%m-%y')} at {name}. "
        f"Avl Lmt INR {num(limit, 'plain')}. Not you? SMS BLOCK {last4} to 919951860002"
    )
    p = sms_page(rng, font, "AX-AXISBK", text, j.date)
    p.add("left", text, amount=j.amount, date=j.date, merchant=name, method="card", status=j.status)
    return p.done()


def _card_sbi_declined(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """State Bank of India's terminal at a Hyderabad hotel with the card declined, typed in
    the terminal's face, each label padded with dots to its colon: DATE, TIME, TID, INVOICE NO, CARD NO,
    AMOUNT; NOT APPROVED, RESP : 05 DO NOT HONOUR."""
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 9999):06d}"

    def line(label_: str, value: str, **facts) -> None:
        typed(p, f"{label_:.<12}: {value}", **facts)

    line("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
    line("TIME", t)
    line("TID", digits(rng, 8))
    line("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
    line("CARD NO", f"{scheme} XXXX XXXX XXXX {last4}", method="card")
    line("AMOUNT", f"INR {num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "NOT APPROVED", status=j.status)
    typed(p, "RESP : 05 DO NOT HONOUR")
    p.add("small", "PLEASE CONTACT YOUR CARD ISSUER")
    return p.done()


def _card_air_india_express(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Air India Express' booking confirmation for the proprietor's son's flight to Delhi for a handloom
    fair, paid by credit card: PNR and Booking date, Flight and Date of travel, From and To two to a row;
    Base fare, Taxes and fees and Total in a table ruled on every side; Paid by and Payment reference."""
    p = browser_page(rng, font, "www.airindiaexpress.com/manage/booking/confirmation")
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Booking confirmation")
    p.add("rule")
    p.part = "body"
    pnr = code(rng, 6, UPPER)
    two_up(
        p,
        "ax1",
        ("PNR", pnr),
        ("Booking date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
        txn=(ORDER_RANK, pnr),
        date=j.date,
    )
    travel = j.date + dt.timedelta(days=rng.randrange(5, 45))
    two_up(
        p, "ax2", ("Flight", f"IX {rng.randrange(1000, 2999)}"), ("Date of travel", when(travel, "%d %b %Y"))
    )
    two_up(p, "ax3", ("From", "Hyderabad (HYD)"), ("To", "Delhi (DEL)"))
    p.add("gap")
    base = float(rng.randrange(3200, 6400))
    taxes = float(rng.randrange(700, 1200))
    j.amount = base + taxes
    grid(
        p,
        "axf",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        ["Fare summary", "INR"],
        [(["Base fare", num(base)], {}), (["Taxes and fees", num(taxes)], {})],
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    pref = f"AIX{digits(rng, 11)}"
    p.add("gap")
    p.add("left", f"Paid by: Credit Card ({scheme} XX{last4})", method="card", status=j.status)
    p.add("left", f"Payment reference: {pref}", txn=(TXN_RANK, pref))
    return p.done()


CARD_LAYOUTS = [
    _card_hdfc,
    _card_petpooja,
    _card_phonepe_pos,
    _card_scapia,
    _card_tgsrtc,
    _card_axis_sms,
    _card_sbi_declined,
    _card_air_india_express,
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Gollabhama Kuteeram's and the Expo stall's terminals and the firm's cards elsewhere, one
    layout a place (``CARD_LAYOUTS``): HDFC Bank's slip with its values at the lines' right ends, a
    restaurant's Petpooja bill, PhonePe Smart POS' answer not come, the Scapia app under "Today", TGSRTC's
    e-ticket, Axis Bank's card SMS with no reference, State Bank of India's declined slip and Air India
    Express' booking."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=800, high=30000)
    name, town, brand = COUNTERS[k]
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    return CARD_LAYOUTS[k](rng, font, k, j, name, town, brand, scheme, last4, appr, t)


# ---------------------------------------------------------------- 11. the bills


TGSPDCL = "Telangana Southern Power Distribution Company Ltd."
TGSPDCL_TE = "తెలంగాణ దక్షిణ ప్రాంత విద్యుత్ పంపిణీ సంస్థ"
WATERCAN = "SRI GANGA MINERAL WATER"
WATERCAN_TE = "శ్రీ గంగా మినరల్ వాటర్"
BSNL = "Bharat Sanchar Nigam Ltd."
JIO = "Reliance Jio Infocomm Ltd."
IOCL = "Indian Oil Corporation Ltd."
ACT = "Atria Convergence Technologies Ltd."


def _bill_tgspdcl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """TGSPDCL's online payment receipt for the workshop's meter under its Telugu name: Payment Receipt;
    Receipt No., Unique Service No., Name, ERO, Bill Month, Amount Paid, Transaction ID, Payment Date and
    Mode in a table ruled on every side."""
    p = browser_page(rng, font, "www.tgsouthernpower.org/paybillonline/receipt")
    p.part = "head"
    tel(p, TGSPDCL_TE, bold=True)
    name = pick(p, "title", [TGSPDCL, "TGSPDCL"])
    top(p, name, merchant=name)
    p.add("small", "Online Payment Receipt")
    p.add("rule")
    p.part = "body"
    rno = f"R{digits(rng, 11)}"
    tid = f"TGSP{digits(rng, 12)}"
    bm = j.date.replace(day=1) - dt.timedelta(days=1)
    at = 0.36
    gkv(p, "sp", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gkv(p, "sp", "Unique Service No.", digits(rng, 9), at=at)
    gkv(p, "sp", "Name", FIRM_CAPS, at=at)
    gkv(p, "sp", "ERO", "SIDDIPET", at=at)
    gkv(p, "sp", "Bill Month", when(bm, "%b-%Y").upper(), at=at)
    gkv(p, "sp", "Amount Paid", f"Rs. {num(j.amount)}", at=at, amount=j.amount, status=j.status)
    gkv(p, "sp", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "sp", "Payment Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    gkv(p, "sp", "Mode", "UPI", at=at, method="UPI")
    return p.done()


def _bill_watercan(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The drinking water supplier's monthly card for the workshop in a Telugu hand with no reference: his
    Telugu name over his English; నెల / Month in this set's tag written in; the cans and their rate written
    with the sum, "మొత్తం" (total); "నగదు ముట్టింది" (cash received) and "తేది <day>"."""
    p = sheet(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(240, 246, 250), (246, 246, 238)])
    p.part = "head"
    tel(p, WATERCAN_TE, scale=1.05, bold=True)
    p.add("center", WATERCAN, merchant=WATERCAN)
    p.add("small", f"20 L cans  |  Cell 97040{digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    month = j.date.replace(day=1) - dt.timedelta(days=1)
    tag(p, "నెల", "Month", when(month, "%B %Y"), pen=True)
    p.add("gap")
    cans, rate = rng.randrange(18, 46), rng.choice([25, 30, 35])
    j.amount = float(cans * rate)
    thand(p, f"క్యాన్లు {cans} x {rate}", figure=str(cans * rate))
    thand(p, "మొత్తం", figure=f"{cans * rate}/-", amount=j.amount)
    p.add("gap")
    thand(p, "నగదు ముట్టింది", method="cash", status=j.status)
    thand(p, f"తేది {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    return p.done()


def _bill_bsnl_fail(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """BSNL Selfcare with the Bharat Fibre bill payment failed: a cross on a rounded tile, Payment failed,
    the sum, the reason in a notice; Account No., Transaction ID, Payment mode and Attempted on in a striped
    table."""
    j.amount = rupees(rng, 499, 1999, 0.6)
    p = phone(rng, font, k, ["", "BSNL Selfcare"], dark=False, buttons=("Pay again",))
    band(p, (0, 90, 160))
    name = pick(p, "small", [BSNL, "BSNL"])
    bar(p, "BSNL Selfcare", name, merchant=name)
    h287.tile(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(p, "The transaction was declined by your bank. Your bill remains unpaid.", "error")
    tid = f"BSNL{digits(rng, 12)}"
    rows_ = [
        (["Account No.", digits(rng, 10)], {}),
        (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
        (["Payment mode", "Net Banking"], {"method": "netbanking"}),
        (["Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
    ]
    zebra(p, "bs", [(0.0, 0.42, "l"), (0.42, 1.0, "l")], ["Transaction details", ""], rows_, (0, 90, 160))
    return p.done()


def _bill_meeseva(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A MeeSeva counter's roll for the Kuteeram's water charges to Siddipet Municipality, typed in its
    printer's face: MEESEVA; TRANSACTION ID, DATE, DEPARTMENT, SERVICE, CONSUMER NO, NAME, PERIOD, AMOUNT and
    MODE : CASH; its round seal."""
    j.amount = float(rng.randrange(30, 180) * 10)
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", "MEESEVA")
    p.add("small", "Government of Telangana  |  Siddipet Centre 3")
    p.add("rule")
    p.part = "body"
    tid = f"MS{digits(rng, 12)}"
    typed(p, f"TRANSACTION ID : {tid}", txn=(TXN_RANK, tid))
    typed(p, f"DATE : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    dept = "SIDDIPET MUNICIPALITY"
    typed(p, f"DEPARTMENT : {dept}", merchant=dept)
    typed(p, "SERVICE : WATER CHARGES")
    typed(p, f"CONSUMER NO : W{digits(rng, 7)}")
    typed(p, f"NAME : {SHOP_CAPS}")
    typed(p, f"PERIOD : {when(j.date.replace(day=1) - dt.timedelta(days=1), '%b %Y').upper()}")
    p.add("rule")
    typed(p, f"AMOUNT : Rs.{num(j.amount)}", amount=j.amount)
    typed(p, "MODE : CASH", method="cash", status=j.status)
    h269.seal(p, "MEESEVA SIDDIPET", ["CENTRE 3"], "violet")
    return p.done()


def _bill_jio_today(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """MyJio with the Kuteeram's JioFiber plan recharged under "Today, <hour>": Reliance Jio Infocomm
    under the app's bar, a tick on a rounded tile, Recharge successful, the sum; Transaction ID, Plan,
    Validity and Paid via in shaded labels; no day."""
    j.amount = float(rng.choice([599, 699, 999, 1499, 1799]) * rng.choice([1, 1, 3]))
    p = phone(rng, font, k, ["", "MyJio"], dark=False, buttons=("Done",))
    band(p, (15, 60, 201))
    name = pick(p, "small", [JIO, "Jio Platforms"])
    bar(p, "MyJio", name, merchant=name)
    h287.tile(p, j.status)
    p.add("center", "Recharge successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("gap")
    tid = f"BR000{code(rng, 9, ALNUM)}"
    at = 0.36
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Plan", "JioFiber 100 Mbps", at=at)
    kv(p, "Validity", "30 days" if j.amount < 1500 else "90 days", at=at)
    kv(p, "Paid via", "UPI", at=at, method="UPI")
    return p.done()


def _bill_indane(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IndianOil ONE with the workshop's Indane refill paid: Indian Oil under the app's bar, a large round
    tick, Payment successful, the sum; labels small over their values two to a row: Booking No. and
    Consumer No., Transaction ID and Paid on, Paid via and Distributor."""
    j.amount = float(rng.choice([1768.5, 1803.0, 1836.5, 855.5, 870.0]))
    p = phone(rng, font, k, ["", "IndianOil ONE"], dark=False, buttons=("Track delivery",))
    band(p, (240, 100, 20))
    name = pick(p, "small", [IOCL, "IndianOil"])
    bar(p, "IndianOil ONE", name, merchant=name)
    sicon(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    bno = digits(rng, 8)
    tid = f"IOC{digits(rng, 13)}"
    two_up(p, "io1", ("Booking No.", bno), ("Consumer No.", digits(rng, 6)), txn=(ORDER_RANK, bno))
    two_up(
        p,
        "io2",
        ("Transaction ID", tid),
        ("Paid on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        txn=(TXN_RANK, tid),
        date=j.date,
    )
    two_up(p, "io3", ("Paid via", "UPI"), ("Distributor", "Sai Indane, Siddipet"), method="UPI")
    return p.done()


def _bill_act_pending(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """ACT Fibernet's renewal payment for the Kuteeram's line in process: Initiated, Bank and Renewed left to
    right, Payment in process, the sum, a notice; Account ID, Transaction ID, Payment mode and Initiated on in
    shaded labels."""
    j.amount = rupees(rng, 900, 3600, 0.6)
    p = browser_page(rng, font, "selfcare.actcorp.in/payments/status")
    p.part = "head"
    name = pick(p, "title", ["ACT Fibernet", ACT])
    top(p, name, merchant=name)
    p.add("small", "Atria Convergence Technologies Ltd.  |  Hyderabad")
    p.add("rule")
    p.part = "body"
    h273.track(p, ["Initiated", "Bank", "Renewed"], "dpt")
    p.add("center", "Payment in process", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    boxed(
        p,
        "We are waiting for your bank's confirmation. Your plan renews automatically once it arrives.",
        "warn",
    )
    tid = f"ACT{digits(rng, 12)}"
    at = 0.36
    kv(p, "Account ID", f"HYD{digits(rng, 7)}", at=at)
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Payment mode", "Debit Card", at=at, method="card")
    kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _bill_phonepe_bbps(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """PhonePe's Bharat BillPay receipt for the Kuteeram's TGSPDCL meter: a large round tick, Bill paid, the
    sum; each value over its label: Biller, Service No., Bharat BillPay Transaction ID, UTR, Paid on."""
    p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share",))
    band(p, (95, 37, 159))
    app_head(p, "PhonePe", "Bharat BillPay")
    sicon(p, j.status)
    p.add("center", "Bill paid", status=j.status)
    p.add("big", sum_of(p, j.amount), amount=j.amount)
    p.add("gap")
    biller = h287.vname(p, [TGSPDCL, "TGSPDCL"])
    bbps = f"PP0{code(rng, 11, ALNUM)}"
    vlab(p, "Biller", biller, merchant=biller)
    vlab(p, "Service No.", digits(rng, 9), bold=False)
    vlab(p, "Bharat BillPay Transaction ID", bbps, txn=(TXN_RANK, bbps))
    vlab(p, "UTR", j.ref, bold=False, txn=(UTR_RANK, j.ref), method="UPI")
    vlab(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
    return p.done()


BILL_LAYOUTS = [
    _bill_tgspdcl,
    _bill_watercan,
    _bill_bsnl_fail,
    _bill_meeseva,
    _bill_jio_today,
    _bill_indane,
    _bill_act_pending,
    _bill_phonepe_bbps,
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the Gollabhama Kuteeram's bills, one layout a place (``BILL_LAYOUTS``): TGSPDCL's
    receipt under its Telugu name, the water can card in a Telugu hand with no reference, BSNL's failed
    bill, MeeSeva's roll for the water charges, MyJio's "Today", IndianOil ONE's refill, ACT Fibernet's
    renewal in process and PhonePe's Bharat BillPay receipt."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=400, high=12000)
    return BILL_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Telangana Grameena Bank", "VM-TGBANK", "RAPOLU BHASKAR", "UPI"),
    ("State Bank of India", "AD-SBIINB", "NHDC LTD", "NEFT"),
    ("HDFC Bank", "", "SHREE AMBICA ZARI WORKS", "IMPS"),
    ("Union Bank of India", "VK-UNIONB", "VISHNU GRAPH DESIGNS", "NEFT"),
    ("Bank of Baroda", "BP-BOBTXN", "SIDDIPET OFFSET & PACK", "UPI"),
    ("Canara Bank", "CP-CANBNK", "SREE FASHION TAILORS", "IMPS"),
    ("Indian Bank", "", "SRI DURGA TRANSPORT", "NEFT"),
    ("Axis Bank", "", "KAVERI LOOM ACCESSORIES", "UPI"),
]


def _alert_tgb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Telangana Grameena Bank's SMS in Telugu in a bubble of the phone's messages thread under its day
    divider: "TGB: మీ ఖాతా XX1234 నుండి రూ. x <dd-mm-yyyy> న <PAYEE> కు UPI ద్వారా బదిలీ అయింది. UPI Ref ...."
    (Rs. x has been transferred from your account XX1234 on <day> to <PAYEE> by UPI)."""
    p = phone(rng, font, k, ["VM-TGBANK"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 1")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"TGB: మీ ఖాతా XX{tail4} నుండి రూ. {amt} {when(j.date, '%d-%m-%Y')} న {to} కు UPI ద్వారా "
        f"బదిలీ అయింది. UPI Ref {ref}"
    )
    tel_wrap(p, text, share=0.8, **facts)
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


def _alert_sbi(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """State Bank of India's SMS: "Dear Customer, your A/c X1234 has been debited by Rs.x on <dd-Mon-yy>
    towards NEFT to <PAYEE>. UTR .... If not done by you, call 1800111109 -SBI"."""
    text = (
        f"Dear Customer, your A/c X{tail4} has been debited by Rs.{amt} on {when(j.date, '%d%b%y')} towards "
        "NEFT "
        f"to {to}. UTR {ref}. If not done by you, call 1800111109 -SBI"
    )
    p = sms_page(rng, font, "AD-SBIINB", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_shade(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """HDFC Bank's alert in the phone's notification shade pulled down over its quick toggles: "HDFC Bank  .
    <n>m": "Rs.x sent via IMPS to <PAYEE> from A/c **1234. IMPS Ref .... -HDFC Bank", between a WhatsApp
    message and the weather's card; no day."""
    p = phone(rng, font, k, [""], dark=True, buttons=())
    p.part = "body"
    h289.shade_pull(p)
    p.add("gap")
    c = card_open(p)
    label(p, f"WhatsApp  .  {rng.randrange(12, 50)}m")
    p.add("left", f"{SON}: bales reached Hyderabad")
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    label(p, f"HDFC Bank  .  {rng.randrange(1, 9)}m")
    prose(p, f"Rs.{amt} sent via IMPS to {to} from A/c **{tail4}. IMPS Ref {ref} -HDFC Bank", **facts)
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    label(p, "Weather  .  now")
    p.add(
        "left",
        f"Siddipet  {rng.randrange(24, 38)}\u00b0C  Partly cloudy"
        if glyphs(font, "\u00b0")
        else "Siddipet  31 C",
    )
    card_close(p, c)
    return p.done()


def _alert_union_pending(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Union Bank of India's SMS of an NEFT pending: "NEFT of Rs.x from A/c XX1234 to <PAYEE> on <dd/mm/yyyy>
    is pending with the beneficiary bank. UTR .... -Union Bank of India"."""
    text = (
        f"NEFT of Rs.{amt} from A/c XX{tail4} to {to} on {when(j.date, '%d/%m/%Y')} is pending with the "
        f"beneficiary bank. UTR {ref}. -Union Bank of India"
    )
    p = sms_page(rng, font, "VK-UNIONB", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_bob(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Bank of Baroda's SMS: "Rs.x Dr. from A/C XXXX1234 and Cr. to <PAYEE> on <dd-mm-yy>. UPI Ref:....
    AvlBal:Rs.y -Bank of Baroda" (never its balance)."""
    bal = round(rng.uniform(20000, 240000), 2)
    text = (
        f"Rs.{amt} Dr. from A/C XXXX{tail4} and Cr. to {to} on {when(j.date, '%d-%m-%y')}. UPI Ref:{ref}. "
        f"AvlBal:Rs.{num(bal, 'plain')} -Bank of Baroda"
    )
    p = sms_page(rng, font, "BP-BOBTXN", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_canara_fail(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Canara Bank's SMS of an IMPS that failed: "IMPS transaction of Rs.x to <PAYEE> from A/c XX1234 on
    <dd/mm/yy> has failed. Amount if debited will be reversed. IMPS Ref .... -Canara Bank"."""
    text = (
        f"IMPS transaction of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d/%m/%y')} has failed. "
        f"Amount if debited will be reversed. IMPS Ref {ref} -Canara Bank"
    )
    p = sms_page(rng, font, "CP-CANBNK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_indian_bank(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Indian Bank's transaction alert mail with no reference: "Your A/c XX1234 has been debited with INR x
    on <dd-Mon-yyyy> towards NEFT to <PAYEE>."; its notice of how to report a fraud."""
    p = mail_page(
        rng,
        font,
        "Indian Bank <alerts@indianbank.co.in>",
        ["Transaction alert from Indian Bank", "Debit alert: NEFT"],
    )
    p.part = "head"
    top(p, "INDIAN BANK")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        f"Your A/c XX{tail4} has been debited with INR {amt} on {when(j.date, '%d-%b-%Y')} towards NEFT to "
        f"{to}.",
        **facts,
    )
    p.add("gap")
    prose(
        p,
        "If you did not make this transaction, report it at once on 1800 425 00000 or at cybercrime.gov.in.",
    )
    p.part = "foot"
    p.add("gap")
    p.add("small", "Indian Bank. Your own bank. This is an auto-generated mail; please do not reply.")
    return p.done()


def _alert_axis_whatsapp(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Axis Bank's WhatsApp banking chat with a debit alert under its day divider: the bank on top with its
    verified mark; "Dear Customer, INR x has been debited from A/c XX1234 on <dd-mm-yyyy> towards UPI to
    <PAYEE>. UPI Ref ...." in a bubble; the menu's reply buttons under it."""
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    p.add("title", "Axis Bank")
    p.add("small", "Official business account")
    p.add("gap")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])))
    p.add("gap")
    s = len(p.rows)
    prose(
        p,
        f"Dear Customer, INR {amt} has been debited from A/c XX{tail4} on {when(j.date, '%d-%m-%Y')} towards "
        "UPI "
        f"to {to}. UPI Ref {ref}.",
        **facts,
    )
    h273.bubble(p, s, hhmm(rng, lower=True))
    p.add("gap")
    c = card_open(p)
    p.add("center", "Check balance")
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("center", "Block UPI")
    card_close(p, c)
    return p.done()


ALERT_LAYOUTS = [
    _alert_tgb,
    _alert_sbi,
    _alert_shade,
    _alert_union_pending,
    _alert_bob,
    _alert_canara_fail,
    _alert_indian_bank,
    _alert_axis_whatsapp,
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments, one layout a place (``ALERT_LAYOUTS``): Telangana Grameena
    Bank's SMS in Telugu in a bubble, State Bank of India's SMS, HDFC Bank's alert in the pulled-down shade
    with no day, Union Bank's NEFT pending, Bank of Baroda's SMS, Canara Bank's failed IMPS, Indian Bank's
    mail with no reference and Axis Bank's WhatsApp banking."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=2000, high=90000)
    bank, _sender, to, way = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
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

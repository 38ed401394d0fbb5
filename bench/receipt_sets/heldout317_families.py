"""The twelve heldout317 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Narayanpet handloom sari weavers' co-operative's year of 2026 in
Narayanpet, Telangana (Sri Markandeya Handloom Weavers' Co-operative Production & Sales Society Ltd., whose
member weavers weave Narayanpet sarees at pit looms in their own houses: the checked body, the contrasting
border with its temple teeth (kota kommulu) and the pallu's bands, in silk, cotton and silk-cotton,
nine-yard sarees and dupattas; its showroom Markandeya Chenetha Sarees on the Main Road; its stall at the
Numaish in Nampally, Hyderabad; the web shop narayanpetsarees.in and its GoCoop store; TGCO's Bathukamma
saree indents, Fabindia, a temple, saree shops, boutiques and retailers at home and saree houses abroad),
told by the proofs of payment it receives (buyers' BharatPe for Business on the showroom's phone, BHIM set
in Telugu, Jupiter, IDFC FIRST Bank, Groww, SIB Mirror+, KBL Mobile Plus and Kiwi; TGCO's advice under its
Telugu name, Fabindia's SAP remittance, a temple's letter, a Marg ERP voucher, FedCorp, Google Chat, Kotak
FYN and a plain-text mail; Emirates NBD, Chase, Westpac, HSBCnet, Maybank2u Biz, OCBC Velocity, RBC Express
and SBM Bank; the showroom's tax invoice with the handloom rebate, the Numaish stall's cash bill in a
Telugu hand lying on folded sarees, Easebuzz, OkCredit, GoCoop, Paytm Payment Gateway, an advance receipt
in bilingual form boxes with a swatch stapled to it and a Ginesys roll) and those it makes (NHDC's yarn
invoice with its advance printed on it, a dyer's bill in a Telugu hand, udaan, the Karnataka Silk Marketing
Board's invoice, Canva Print, Shree Maruti Courier's roll, a jacquard card puncher's bill with its Date
left blank and a box maker's Swipe invoice; Vyom, YONO Business, a PhonePe chat, Equitas, FedMobile, CUB
All in One, Airtel Thanks and InstaBIZ; a weaving wage slip with its Thrift Fund share, a Bathukamma
advance in a Telugu hand with its almanac day, Keka, PhonePe, bob World, Fi, Navi and a salary voucher in
bilingual form boxes; Narayanpet Municipality, the Chief Electrical Inspector, EPFO, the Fire Services, the
Exhibition Society's receipt book, MeeSeva, mParivahan and the Cyber Treasury; eight insurers; cards on the
showroom's and the stall's terminals, at a Hyderabad hotel and the loom spares shop, on IRCTC, on a
Secunderabad restaurant's bill, in Axis Bank's SMS and on the Uni Card app; TGSPDCL, Hathway, HP Pay, Sun
Direct, a MeeSeva centre's roll, TGSPDCL's SMS, a water supplier's card in a Telugu hand and Excitel; the
banks' SMS, the DCCB's SMS in Telugu, an SMS under "Today", a mail and a heads-up notification). Every row
is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the
page keeps. Headings, footers, the units' lines, salutations, Telugu lines (but a bank's SMS in Telugu,
whose figures and payee carry the facts, a form box's value, a Telugu status line and a hand's sums, days
and "received"), items, sarees, designs, lots, rates, GST, TDS, rebates, Thrift Fund shares, rejected
sarees, fees, charges, commissions, cashback, exchange rates, balances, sums insured, periods, months, wage
months, pay periods, years, bill months, almanac days, invoice, bill and journey days, account, policy,
licence, application, certificate, consumer, connection, USC, smart card, vehicle, establishment, AWB and
card numbers, GSTIN, PAN, IFSC, UPI IDs, bills and invoices named on an advice, other messages, a message's
replies, the emblem, the Narayanpet border, the stapled swatch, the folded sarees a page lies on, stages,
progress bars, notices, tiles, badges, ribbons, stamps' printed words, seals, revenue stamps, barcodes and
signatures carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's;
``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``,
``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``bars``, ``mono``, a roll's torn
edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``hand``, ``fill2``, ``perf``, ``step``,
``slipline``, ``tt``, rounded cards), heldout273's (``ledger``, ``pill``, ``field``, ``hcells``, ``tick``,
``padded``, ``bubble``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``ribbon``, ``folds``,
``holes``, a chat's payment card), heldout277's (a spiral pad), heldout279's (``phone``, ``band``,
``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, ``spinner``, a ticket's card), heldout287's
(``notice``, ``tile``, ``burst``, ``oval``, ``vlab``, ``tiles2``), heldout289's (``chip``, ``steps``, a
revenue stamp) and heldout294's (``octa``, ``progress``, a heads-up notification's veil, its Telugu runs),
written in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to
heldout315's), each page's rows drawn by heldout294's ``_render`` (and the renderers beneath it) and then
by this set's own ``_render`` in the lines it leaves for them: Telugu lines in heldout294's runs of Noto
Sans and Noto Serif Telugu, their Latin runs and figures in the page's face; a Telugu ball-pen hand (Noto
Sans Telugu a little larger than print, its figures and Latin words in an upright DejaVu Sans Condensed,
the line leaning as the pen leans and each run a pixel or two off the line, in the page's ink) with its
sums at the right of the line; bilingual form boxes (each field in a ruled box, its English label small at
the box's top left and its Telugu label small at the top right, the value under them printed or written in
the page's pen; one or two boxes to a row, boxes on rows one under another sharing their rules); the
society's emblem as a letterhead's (a roundel of a Narayanpet sari: its checked body inside a ring of the
contrasting border, the temple teeth thrown inward from the ring, a thread of zari at either edge, and
across the body a fly shuttle of wood with its steel tips and a pirn of coloured yarn in its hollow); a
Narayanpet border as a divider (a strip of the checked body, the border's band with a row of stepped temple
teeth rising into the body, two threads of zari and a line of zari dots); a swatch of a saree stapled to a
page (the checked body with a strip of its border, its cut edges frayed, a steel staple, its shadow); and,
after the frame, the showroom's counter a page is photographed lying on (a folded Narayanpet sari under the
page with its border along its edges and its pallu's bands across one end, two more folded beside it, on
the counter's glass; the page's shadow, the page a little askew). The pages' layouts and wordings are this
set's own."""

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
from bench.receipt_sets.heldout287_families import notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout314's and
# heldout315's
PENS = [
    "freefont/FreeSerifItalic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "liberation/LiberationSans-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
]
INKS = [(26, 44, 140), (40, 34, 96), (30, 30, 36), (20, 84, 120), (110, 30, 44)]
# the faces a page's fixed-width lines are printed in (a bank branch's printer, a MeeSeva counter, a billing
# program's roll, a yarn depot's invoice)
TYPES = [
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# Noto Sans and Noto Serif Telugu (heldout294's and heldout312's faces, shaped by Raqm) for the Telugu lines,
# boxes, SMS and hand, and the upright Latin face a Telugu hand writes its figures and Latin words in (sheared
# with the hand)
TE, TE_BOLD = h294.TELUGU, h294.TELUGU_BOLD
TE_SERIF, TE_SERIF_BOLD = h294.TELUGU_SERIF, h294.TELUGU_SERIF_BOLD
HAND_LATIN = "dejavu/DejaVuSansCondensed.ttf"
SCRIPT_FACES = [TE, TE_BOLD, TE_SERIF, TE_SERIF_BOLD, HAND_LATIN]
# a Narayanpet sari's colours: the body (its small checks woven in a second colour), the contrasting border,
# the temple teeth (kota kommulu) the border throws into the body, and the zari's gold; four of the
# co-operative's combinations
ZARI = (206, 168, 74)
PALETTES = [
    # mustard body with maroon checks, maroon border, mustard teeth
    {"body": (214, 164, 44), "check": (140, 36, 40), "border": (128, 22, 38), "teeth": (226, 180, 62)},
    # parrot green body with red checks, red border, green teeth
    {"body": (76, 150, 70), "check": (186, 40, 36), "border": (176, 28, 34), "teeth": (94, 170, 84)},
    # maroon body with mustard checks, bottle green border, maroon teeth
    {"body": (126, 26, 44), "check": (208, 150, 48), "border": (24, 96, 62), "teeth": (150, 34, 52)},
    # peacock blue body with pink checks, rani pink border, blue teeth
    {"body": (24, 92, 128), "check": (208, 70, 128), "border": (196, 40, 110), "teeth": (40, 112, 150)},
]
WOOD = (148, 96, 52)
WOOD_DARK = (92, 56, 28)
STEEL = (176, 180, 186)

# ---------------------------------------------------------------- the society

FIRM = "Sri Markandeya Handloom Weavers' Co-op. Society Ltd."
FIRM_SHORT = "Sri Markandeya Handloom Weavers' Society"
FIRM_CAPS = "SRI MARKANDEYA HANDLOOM WEAVERS CO-OP SOCIETY LTD"
FIRM_TE = "శ్రీ మార్కండేయ చేనేత సహకార ఉత్పత్తి మరియు అమ్మకాల సంఘం లి."
FIRM_TE_SHORT = "శ్రీ మార్కండేయ చేనేత సహకార సంఘం లి."
# the society's name as a bank's beneficiary field cuts it, and as its bank abroad is told it (a SWIFT
# message's line of 35)
CUT = "SRI MARKANDEYA HANDLOOM W"
WIRE_NAME = "SRI MARKANDEYA HLW COOP SOCIETY LTD"
SHOP = "Markandeya Chenetha Sarees"
SHOP_SHORT = "Markandeya Chenetha"
SHOP_CAPS = SHOP.upper()
SHOP_TE = "మార్కండేయ చేనేత చీరలు"
WEB = "narayanpetsarees.in"
GSTIN = "36AAAAS7318K1ZM"
PAN = "AAAAS7318K"
REGD = "Regd. No. 482/MBNR"
PRESIDENT = "Vangari Narsimhulu"
MANAGER = "Kondi Venkatesham"
ACCOUNTANT = "Pulla Ramesh"
SOCIETY_AT = "Weavers' Colony, Narayanpet, Telangana - 509210"
SHOP_AT = "Main Road, near Bus Stand, Narayanpet - 509210"
TOWN = "Narayanpet - 509210"
BANK_LINE = "State Bank of India, Narayanpet"
DCCB = "The Mahabubnagar District Central Co-operative Bank Ltd."
# the Numaish (the All India Industrial Exhibition at Nampally, Hyderabad, 1 January to 15 February 2026),
# where the society keeps a stall; Ashwayuja of Parabhava (2026-27) as the society's almanac reckons it (its
# first day, Shuddha Padyami, on 11 October 2026; Vijayadashami on 20 October), in whose first nine days the
# weavers' Bathukamma advances are paid
NUMAISH, NUMAISH_DAYS = dt.date(2026, 1, 1), 46
PADYAMI = dt.date(2026, 10, 11)
TITHIS = ["పాడ్యమి", "విదియ", "తదియ", "చవితి", "పంచమి", "షష్ఠి", "సప్తమి", "అష్టమి", "నవమి", "దశమి"]
IFSC = {
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Bank of Baroda": "BARB",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Karnataka Bank": "KARB",
    "Indian Bank": "IDIB",
    "Bank of India": "BKID",
    "IDBI Bank": "IBKL",
    "IndusInd Bank": "INDB",
    "Central Bank of India": "CBIN",
    "Federal Bank": "FDRL",
    "City Union Bank": "CIUB",
    "Equitas Small Finance Bank": "ESFB",
    "IDFC FIRST Bank": "IDFB",
    "South Indian Bank": "SIBL",
    "Telangana Grameena Bank": "TGBX",
    DCCB: "TSAB",
}
# the society's saris sold: name, HSN, price each (low, high); GST 5% on all (woven silk or cotton fabric,
# HSN 5007 and 5208, whatever the price; the dupatta HSN 6214 within Rs. 2,500)
WORKS = [
    ("Narayanpet silk saree, temple border", "5007", 4800, 12500),
    ("Narayanpet cotton saree, checks", "5208", 1150, 2400),
    ("Narayanpet silk-cotton saree", "5208", 2200, 4200),
    ("Nine-yard Narayanpet silk saree", "5007", 5600, 9800),
    ("Narayanpet cotton dupatta", "6214", 650, 1400),
]
SHORT = {
    "Narayanpet silk saree, temple border": "Silk saree",
    "Narayanpet cotton saree, checks": "Cotton saree",
    "Narayanpet silk-cotton saree": "Sico saree",
    "Nine-yard Narayanpet silk saree": "Nine-yard saree",
    "Narayanpet cotton dupatta": "Dupatta",
}
# the same as a Telugu hand writes them
SHORT_TE = {
    "Narayanpet silk saree, temple border": "పట్టు చీర",
    "Narayanpet cotton saree, checks": "కాటన్ చీర",
    "Narayanpet silk-cotton saree": "సీకో చీర",
    "Nine-yard Narayanpet silk saree": "తొమ్మిది గజాల చీర",
    "Narayanpet cotton dupatta": "దుపట్టా",
}
# the society's weavers (its members, each at a pit loom in his or her own house) and its staff
WEAVERS = [
    "Mamidala Yadagiri",
    "Adepu Lakshmi",
    "Rapolu Anasuya",
    "Konda Balraj",
    "Vemula Pochamma",
    "Jella Shankar",
    "Bollam Saroja",
    "Pittala Mallesham",
]
WEAVERS_TE = {
    "Mamidala Yadagiri": "మామిడాల యాదగిరి",
    "Adepu Lakshmi": "ఆడెపు లక్ష్మి",
    "Rapolu Anasuya": "రాపోలు అనసూయ",
    "Konda Balraj": "కొండ బాలరాజ్",
    "Vemula Pochamma": "వేముల పోచమ్మ",
    "Jella Shankar": "జెల్ల శంకర్",
    "Bollam Saroja": "బొల్లం సరోజ",
    "Pittala Mallesham": "పిట్టల మల్లేశం",
}
SALES = "Gunda Swathi"
HELPER = "Bogam Ravi"
BUYERS = [
    ("Sravani Reddy", "State Bank of India"),
    ("Mahesh Goud", "Union Bank of India"),
    ("Padmavathi Rao", "Canara Bank"),
    ("Anil Kulkarni", "Karnataka Bank"),
    ("Rukmini Deshpande", "HDFC Bank"),
    ("Srinivas Chary", "ICICI Bank"),
    ("Lalitha Naidu", "Axis Bank"),
    ("Venkat Ramana", "Bank of Baroda"),
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The society's saris sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 3) if lo >= 4000 else rng.randrange(1, 5)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Numaish's, Ashwayuja's first days), its UPI / card reference
    made again for that day."""
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


def gstin_of(rng: random.Random, state: str = "36", kind_: str = "P") -> str:
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


def given(name: str) -> str:
    """A Telugu name's given name (the house name comes first)."""
    return name.split()[-1]


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


def tithi_of(day: dt.date) -> str:
    """``day`` (in Ashwayuja's bright half of Parabhava) as the society's almanac names it."""
    n = (day - PADYAMI).days
    assert 0 <= n < len(TITHIS), day
    return f"ఆశ్వయుజ శుద్ధ {TITHIS[n]}"


TE_MONTHS = [
    "జనవరి",
    "ఫిబ్రవరి",
    "మార్చి",
    "ఏప్రిల్",
    "మే",
    "జూన్",
    "జూలై",
    "ఆగస్టు",
    "సెప్టెంబర్",
    "అక్టోబర్",
    "నవంబర్",
    "డిసెంబర్",
]


def te_day(day: dt.date) -> str:
    """``day`` with its month's Telugu name (18 మార్చి 2026)."""
    return f"{day.day} {TE_MONTHS[day.month - 1]} {day.year}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h317", {"marks": {}, "decor": [], "frame": None})


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
    name = f"nt17{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(lines_of(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lb17", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb17"] = 0.76
    h269.row(p, "lb17", text, **facts)


def barcode(p: Screen, seed: str) -> None:
    """heldout269's barcode, its page's rows made known to heldout269's renderer first."""
    h269.ext(p)
    h269.bars(p, seed)


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


# ---------------------------------------------------------------- Telugu (heldout294's runs, this set's rows)


def te_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    return h294.tok(text, latin, bold=bold, serif=serif)


def te_width(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    return h294.twidth(text, latin, size, bold=bold, serif=serif)


def te(
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
    """A line in Telugu (a name over its English, a heading, a bank's message), its Latin runs and figures in
    the page's face: heldout294's runs in Noto Sans or Serif Telugu, drawn by this set's ``_render``."""
    size = int(p.style["size"] * scale)
    assert te_ok(text, p.font, bold=bold, serif=serif), (p.font, text)
    assert te_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t17te", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def te_fits(p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, serif: bool = False) -> bool:
    return te_width(text, p.font, int(p.style["size"] * scale), bold=bold, serif=serif) <= room_of(p)


def te_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Telugu sentence set left in as many lines as it needs within ``share`` of the room (the facts on its
    first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and te_width(f"{line} {word}", p.font, size) > room:
            te(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    te(p, line, scale=scale, align="l", **(facts if first else {}))


# a Telugu ball-pen hand stands a little taller than Noto's print beside a Latin face, and leans
HAND_BOOST = 1.12
HAND_SHEAR = 0.22


def _hand_face(t: bool, size: int):
    if t:
        return load_font(TE, int(size * h294.TSCALE * HAND_BOOST))
    return load_font(HAND_LATIN, size)


def hand_width(text: str, size: int) -> float:
    """The width of a line of this set's Telugu hand: heldout294's runs, the Telugu in Noto Sans Telugu set
    ``HAND_BOOST`` larger, the figures and Latin words in an upright DejaVu Sans Condensed."""
    return sum(_hand_face(t, size).getlength(part) for t, part in h294.runs(text))


def _draw_hand(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, srng) -> None:
    """A line of the hand on one baseline in white on a mask, each run a pixel or two off the line."""
    x0, y0 = xy
    base = y0 + load_font(HAND_LATIN, size).getmetrics()[0]
    for t, part in h294.runs(text):
        face = _hand_face(t, size)
        draw.text((x0, base + srng.uniform(-1.6, 1.6)), part, font=face, fill=255, anchor="ls")
        x0 += face.getlength(part)


def te_hand(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.16, **facts
) -> None:
    """A line written by hand in Telugu with a ball pen: Noto Sans Telugu for its letters and an upright
    DejaVu Sans Condensed for its figures and Latin words, the whole line leaning as the pen leans and each
    run a little off the line, in the page's ink; ``figure`` written at the right end of the line (a sum in a
    bill's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert te_ok(text + figure, HAND_LATIN), text
    need = hand_width(text, size) + size * 0.6
    if figure:
        need += hand_width(figure, size) + size * 1.5
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(
        p,
        "t17th",
        text,
        figure,
        mark_=[align, scale, p.rng.uniform(-0.9, 0.9), p.rng.randrange(10**6)],
        **facts,
    )


def _box_need(p: Screen, english: str, telugu: str, value: str, pen: bool, bold: bool) -> float:
    size = p.style["size"]
    small = load_font(p.font, int(size * 0.6))
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    head = small.getlength(english) + te_width(telugu, p.font, int(size * 0.66)) + 26
    return max(head, vface.getlength(value) + 22)


def tbox(
    p: Screen,
    left: tuple[str, str, str],
    right_: tuple[str, str, str] | None = None,
    *,
    split: float = 0.5,
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """This set's bilingual form boxes: one field (or two side by side, the first ``split`` of the room
    wide) in a ruled box, its English label small at the box's top left, its Telugu label small at the top
    right, the value under them (printed, in bold where ``bold``, or written in the page's pen where
    ``pen``); boxes on rows one under another share their rules; two lines high (the facts on the row)."""
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    room = room_of(p)
    fields = [left] if right_ is None else [left, right_]
    shares = [1.0] if right_ is None else [split, 1.0 - split]
    for (english, telugu, value), share in zip(fields, shares):
        assert glyphs(p.font, english) and te_ok(telugu, p.font) and glyphs(vfont, value), (english, value)
        need = _box_need(p, english, telugu, value, pen, bold)
        assert need <= share * room, (english, telugu, value, need, share * room)
    texts = [*left, *(right_ or ("", "", ""))]
    put(p, "t17bx", *texts, mark_=[split if right_ else 1.0, pen, bold], **facts)
    p.add("gap")


def box_fit(
    p: Screen, english: str, telugu: str, values: list[str], share: float = 1.0, pen: bool = False
) -> str:
    """The first of ``values`` that fits a ``tbox`` field ``share`` of the room wide (the last where none
    does)."""
    room = room_of(p) * share
    return next(
        (v for v in values if _box_need(p, english, telugu, v, pen, False) <= room),
        values[-1],
    )


# ---------------------------------------------------------------- this set's rows and marks


def emblem(p: Screen) -> None:
    """The society's emblem as a letterhead's: a roundel of a Narayanpet sari, its checked body inside a ring
    of the contrasting border with the temple teeth (kota kommulu) thrown inward from it and a thread of zari
    at either edge, and across the body a weaver's wooden fly shuttle with its steel tips and a pirn of
    coloured yarn in its hollow; centred, three lines high."""
    put(p, "t17em", "", mark_=[p.rng.randrange(len(PALETTES)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def kommu(p: Screen) -> None:
    """A Narayanpet border as a divider across the page: a strip of the checked body, the border's band
    under it with a row of temple teeth rising into the body, two threads of zari and a line of small zari
    dots (rudraksha) along the band; one line high."""
    put(p, "t17kb", "", mark_=[p.rng.randrange(len(PALETTES)), p.rng.randrange(10**6)])


def swatch(p: Screen) -> None:
    """A swatch of the sari an order is for, stapled to the page at the right: the checked body, a strip of
    its border with the temple teeth along one edge, its cut edges frayed, a steel staple through its
    corner; four lines high (the rows beside it left empty)."""
    put(p, "t17sw", "", mark_=[p.rng.randrange(len(PALETTES)), p.rng.randrange(10**6), p.rng.uniform(-7, 7)])
    p.add("gap")
    p.add("gap")
    p.add("gap")


def on_stack(p: Screen) -> None:
    """The page photographed lying on the showroom's counter on a folded Narayanpet sari, two more folded
    beside it: each fold's checked body, its border along the edges with the temple teeth and the pallu's
    bands at one end, on the counter's glass; the page's shadow, the page a little askew."""
    ext(p)["frame"] = ["stack", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _cloth(w: int, h: int, pal: dict, seed: int, pitch: float = 9.0) -> Image.Image:
    """A Narayanpet sari's body ``w`` by ``h``: its ground, small checks woven in the second colour every
    ``pitch`` pixels each way, a faint grain of the threads."""
    g = np.random.default_rng(seed)
    body = np.array(pal["body"], dtype=np.float32)
    chk = np.array(pal["check"], dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    px = max(4.0, pitch)
    lines_x = (np.mod(xx, px) < px * 0.2).astype(np.float32)
    lines_y = (np.mod(yy, px) < px * 0.2).astype(np.float32)
    mix = np.clip(lines_x * 0.6 + lines_y * 0.6, 0, 1)[..., None]
    art = body * (1 - mix) + chk * mix
    grain = (np.sin(xx * 2.6) * 0.5 + np.sin(yy * 2.9) * 0.5)[..., None] * 5
    art = art + grain + g.normal(0, 3, (h, w, 1))
    return Image.fromarray(art.clip(0, 255).astype(np.uint8), "RGB")


def _teeth(
    d: ImageDraw.ImageDraw, x0: float, x1: float, base: float, height: float, fill_, up: bool = True
) -> None:
    """A row of temple teeth (kota kommulu) between ``x0`` and ``x1`` standing on ``base``."""
    wdt = max(6.0, height * 0.9)
    n = max(1, int((x1 - x0) // wdt))
    wdt = (x1 - x0) / n
    sgn = -1 if up else 1
    for i in range(n):
        a = x0 + i * wdt
        # a stepped temple tooth: a wide base step, a narrower step and the point
        d.polygon(
            [
                (a + wdt * 0.05, base),
                (a + wdt * 0.05, base + sgn * height * 0.28),
                (a + wdt * 0.22, base + sgn * height * 0.28),
                (a + wdt * 0.5, base + sgn * height),
                (a + wdt * 0.78, base + sgn * height * 0.28),
                (a + wdt * 0.95, base + sgn * height * 0.28),
                (a + wdt * 0.95, base),
            ],
            fill=fill_,
        )


def _border_strip(w: int, h: int, pal: dict, seed: int) -> Image.Image:
    """A strip of the sari's border ``w`` by ``h`` (its body side at the top): the band with its teeth
    rising into the body, its zari threads and dots."""
    srng = random.Random(seed)
    img = _cloth(w, h, pal, srng.randrange(10**6), pitch=max(5.0, h * 0.22))
    d = ImageDraw.Draw(img)
    band_top = h * 0.42
    d.rectangle((0, band_top, w, h), fill=pal["border"])
    _teeth(d, 0, w, band_top + 1, h * 0.3, pal["border"], up=True)
    _teeth(d, 0, w, band_top + h * 0.12, h * 0.16, ZARI, up=True)
    d.line((0, band_top + h * 0.16, w, band_top + h * 0.16), fill=ZARI, width=max(1, int(h * 0.04)))
    d.line((0, h - h * 0.12, w, h - h * 0.12), fill=ZARI, width=max(1, int(h * 0.05)))
    r = max(1.2, h * 0.045)
    for x in np.arange(r * 3, w, r * 5.2):
        cy = band_top + (h - band_top) * 0.55
        d.ellipse((x - r, cy - r, x + r, cy + r), fill=ZARI)
    return img


def _shuttle(d: ImageDraw.ImageDraw, cx: float, cy: float, length: float, angle: float, yarn) -> None:
    """A fly shuttle: a boat of wood tapering to steel tips, its hollow with a pirn of yarn in it."""
    ca, sa = math.cos(angle), math.sin(angle)

    def at(u: float, v: float) -> tuple[float, float]:
        return cx + u * ca - v * sa, cy + u * sa + v * ca

    half, girth = length / 2, length * 0.11
    body = [
        at(u * half, girth * math.sqrt(max(0.0, 1 - u * u)) * (1 if side else -1))
        for side in (True, False)
        for u in (np.linspace(-0.86, 0.86, 18) if side else np.linspace(0.86, -0.86, 18))
    ]
    d.polygon(body, fill=WOOD, outline=WOOD_DARK)
    for s in (-1, 1):
        d.polygon(
            [at(s * half * 0.84, girth * 0.42), at(s * half, 0), at(s * half * 0.84, -girth * 0.42)],
            fill=STEEL,
        )
    hollow = [
        at(-half * 0.42, girth * 0.45),
        at(half * 0.42, girth * 0.45),
        at(half * 0.42, -girth * 0.45),
        at(-half * 0.42, -girth * 0.45),
    ]
    d.polygon(hollow, fill=WOOD_DARK)
    pirn = [
        at(-half * 0.36, girth * 0.32),
        at(half * 0.36, girth * 0.32),
        at(half * 0.36, -girth * 0.32),
        at(-half * 0.36, -girth * 0.32),
    ]
    d.polygon(pirn, fill=yarn)
    for u in np.linspace(-0.32, 0.32, 9):
        d.line(
            [at(half * u, girth * 0.3), at(half * u, -girth * 0.3)],
            fill=_tint(yarn, (0, 0, 0), 0.25),
            width=1,
        )


def _emblem_art(H: int, pal_i: int, seed: int) -> Image.Image:
    pal = PALETTES[pal_i]
    srng = random.Random(seed)
    art = Image.new("RGBA", (H, H), (0, 0, 0, 0))
    body = _cloth(H, H, pal, srng.randrange(10**6), pitch=H / 14)
    mask = Image.new("L", (H, H), 0)
    ImageDraw.Draw(mask).ellipse((2, 2, H - 3, H - 3), fill=255)
    art.paste(body, (0, 0), mask)
    d = ImageDraw.Draw(art)
    ring = H * 0.14
    d.ellipse((2, 2, H - 3, H - 3), outline=pal["border"], width=int(ring))
    d.ellipse((2, 2, H - 3, H - 3), outline=ZARI, width=max(2, int(H * 0.018)))
    inner = ring + 2
    d.ellipse((inner, inner, H - inner, H - inner), outline=ZARI, width=max(1, int(H * 0.012)))
    # the temple teeth thrown inward from the ring, all round it
    c = H / 2
    r_out, r_in = c - inner + 1, c - inner - H * 0.09
    n = 26
    for i in range(n):
        a0 = 2 * math.pi * i / n
        a1 = 2 * math.pi * (i + 1) / n
        am = (a0 + a1) / 2
        d.polygon(
            [
                (c + r_out * math.cos(a0 + 0.03), c + r_out * math.sin(a0 + 0.03)),
                (c + r_in * math.cos(am), c + r_in * math.sin(am)),
                (c + r_out * math.cos(a1 - 0.03), c + r_out * math.sin(a1 - 0.03)),
            ],
            fill=pal["border"],
        )
    yarn = srng.choice([(200, 40, 40), (230, 190, 60), (40, 120, 80), (250, 250, 250)])
    if yarn == pal["body"]:
        yarn = (250, 250, 250)
    _shuttle(d, c, c, H * 0.62, srng.uniform(-0.7, -0.45), yarn)
    return art


def _emblem(page: Image.Image, cx: float, top_y: float, h: float, pal_i: int, seed: int) -> None:
    H = int(h)
    big = _emblem_art(H * 3, pal_i, seed).resize((H, H), Image.LANCZOS)
    page.paste(big, (int(cx - H / 2), int(top_y)), big)


def _kommu(page: Image.Image, x0: float, x1: float, y0: float, y1: float, pal_i: int, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    strip = _border_strip(w * 2, h * 2, PALETTES[pal_i], seed).resize((w, h), Image.LANCZOS)
    page.paste(strip, (int(x0), int(y0)))


def _swatch(
    page: Image.Image, x1: float, top_y: float, line: int, pal_i: int, seed: int, tilt: float
) -> Image.Image:
    """The stapled swatch at the right: cloth with its border strip, frayed edges, a staple, a shadow."""
    srng = random.Random(seed)
    pal = PALETTES[pal_i]
    w, h = int(line * 3.4), int(line * 2.5)
    cloth = _cloth(w, h, pal, srng.randrange(10**6), pitch=line * 0.32).convert("RGBA")
    strip = _border_strip(w, int(h * 0.42), pal, srng.randrange(10**6))
    cloth.paste(strip, (0, h - strip.height))
    d = ImageDraw.Draw(cloth)
    # frayed threads along the cut edges (the right and the top)
    for x in range(0, w, 3):
        n = srng.uniform(2, 6)
        d.line(
            (x, 0, x + srng.uniform(-1, 1), n),
            fill=_tint(pal["body"], (255, 255, 255), 0.3) + (255,),
            width=1,
        )
    for y in range(0, h, 3):
        n = srng.uniform(2, 6)
        d.line(
            (w - 1, y, w - 1 - n, y + srng.uniform(-1, 1)),
            fill=_tint(pal["check"], (255, 255, 255), 0.2) + (255,),
        )
    layer = Image.new("RGBA", (w + 30, h + 30), (0, 0, 0, 0))
    sh = Image.new("L", layer.size, 0)
    ImageDraw.Draw(sh).rectangle((14, 16, w + 14, h + 16), fill=90)
    sh = sh.filter(ImageFilter.GaussianBlur(4))
    layer.paste(Image.new("RGBA", layer.size, (40, 34, 30, 255)), (0, 0), sh)
    layer.paste(cloth, (10, 10), cloth)
    ld = ImageDraw.Draw(layer)
    # the staple through its top left corner
    sx, sy = 22, 22
    ld.line((sx, sy + 10, sx + 16, sy), fill=(150, 154, 160, 255), width=3)
    ld.line((sx + 1, sy + 11, sx + 17, sy + 1), fill=(220, 224, 228, 255), width=1)
    layer = layer.rotate(tilt, resample=Image.BICUBIC, expand=True)
    page.paste(layer, (int(x1 - layer.width + 8), int(top_y - 6)), layer)
    return page


def _folded(w: int, h: int, pal: dict, seed: int, pallu: bool) -> Image.Image:
    """A sari folded for the shelf, seen from above: its checked body, its border along the long edges with
    the teeth thrown inward, the pallu's bands across one end, a soft crease down the middle."""
    srng = random.Random(seed)
    img = _cloth(w, h, pal, srng.randrange(10**6), pitch=srng.uniform(10, 16))
    d = ImageDraw.Draw(img)
    bw = max(18, int(h * 0.14))
    d.rectangle((0, 0, w, bw), fill=pal["border"])
    d.rectangle((0, h - bw, w, h), fill=pal["border"])
    _teeth(d, 0, w, bw, bw * 0.55, pal["border"], up=False)
    _teeth(d, 0, w, h - bw, bw * 0.55, pal["border"], up=True)
    for y in (bw * 0.3, h - bw * 0.3):
        d.line((0, y, w, y), fill=ZARI, width=2)
    if pallu:
        x = w * 0.8
        for n in range(7):
            colour = [pal["border"], (244, 240, 226), ZARI][n % 3]
            d.rectangle((x + n * w * 0.028, bw, x + (n + 1) * w * 0.028, h - bw), fill=colour)
    arr = np.asarray(img, dtype=np.float32)
    yy = np.arange(h, dtype=np.float32)[:, None, None]
    crease = 1 - 0.12 * np.exp(-(((yy - h / 2) / (h * 0.05)) ** 2))
    return Image.fromarray((arr * crease).clip(0, 255).astype(np.uint8), "RGB")


def _on_stack(image: Image.Image, seed: int) -> Image.Image:
    """The page on a folded sari on the counter's glass, two more folded beside it, turned a little with
    its shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 70
    bw, bh = w + 2 * pad + 170, h + 2 * pad
    g = np.random.default_rng(srng.randrange(10**6))
    glass = np.ones((bh, bw, 3), dtype=np.float32) * np.array([206, 218, 212], dtype=np.float32)
    glass += g.normal(0, 2.5, (bh, bw, 1))
    base = Image.fromarray(glass.clip(0, 255).astype(np.uint8), "RGB")
    order = srng.sample(range(len(PALETTES)), 3)
    under = _folded(w + pad, h + pad, PALETTES[order[0]], srng.randrange(10**6), pallu=True)
    ux, uy = pad // 2 - 10, pad // 2
    side_w = 200
    for n, pal_i in enumerate(order[1:]):
        other = _folded(side_w, int(bh * 0.42), PALETTES[pal_i], srng.randrange(10**6), pallu=n == 0)
        other = other.rotate(90, expand=True)
        ox, oy = bw - other.width - 6 + n * 8, int(n * bh * 0.48) + 10
        sh = Image.new("L", base.size, 0)
        sh.paste(255, (ox + 6, oy + 8, ox + other.width + 6, oy + other.height + 8))
        sh = sh.filter(ImageFilter.GaussianBlur(6)).point(lambda v: v * 0.45)
        base = Image.composite(Image.new("RGB", base.size, (70, 74, 72)), base, sh)
        base.paste(other, (ox, oy))
    sh = Image.new("L", base.size, 0)
    sh.paste(255, (ux + 6, uy + 8, ux + under.width + 6, uy + under.height + 8))
    sh = sh.filter(ImageFilter.GaussianBlur(7)).point(lambda v: v * 0.5)
    base = Image.composite(Image.new("RGB", base.size, (70, 74, 72)), base, sh)
    base.paste(under, (ux, uy))
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 6, (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 130 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (60, 52, 46)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    return base


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Telugu lines, a Telugu ball-pen hand, bilingual form boxes,
    the society's emblem, a Narayanpet border and a stapled swatch."""
    page = h294._render(rows, font, style)
    x = style.get("h317")
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
        if not name.startswith("t17"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t17te":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = te_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            h294.draw_t(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t17th":
            align, scale, tilt, seed = m
            s = int(size * scale)
            srng = random.Random(seed)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                tw = hand_width(text, s)
                lw, lh = int(tw + s * 1.2), int(line * 2.0)
                layer = Image.new("L", (lw, lh), 0)
                _draw_hand(ImageDraw.Draw(layer), (4, lh * 0.24), text, s, srng)
                layer = layer.transform(
                    (lw, lh),
                    Image.AFFINE,
                    (1, HAND_SHEAR, -HAND_SHEAR * lh * 0.6, 0, 1, 0),
                    resample=Image.BICUBIC,
                ).rotate(tilt, resample=Image.BICUBIC)
                if n_ == 0:
                    tx = width - MARGIN - tw - s * 0.5
                    fx = tx
                else:
                    tx = {
                        "c": (width - tw) / 2,
                        "l": MARGIN + 2,
                        "r": (fx if fx is not None else width - MARGIN) - tw - s * 0.7,
                    }[align]
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.36)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t17bx":
            split, is_pen, bold = m
            fields = [(r[1], r[2], r[3])]
            if r[4] or r[6]:
                fields.append((r[4], r[5], r[6]))
            edges = (
                [MARGIN, MARGIN + room * split, width - MARGIN]
                if len(fields) == 2
                else [MARGIN, width - MARGIN]
            )
            y0, y1 = top_y, top_y + 2 * line
            rule = _tint(soft, paper_, 0.55)
            small = load_font(font, int(size * 0.6))
            vface = load_font(
                pen if is_pen else bold_of(font) if bold else font, int(size * (1.06 if is_pen else 1.0))
            )
            for (english, telugu, value), bx0, bx1 in zip(fields, edges, edges[1:]):
                draw.rectangle((bx0, y0, bx1, y1), outline=rule, width=1)
                draw.text((bx0 + 7, y0 + 4), english, font=small, fill=soft)
                tw = te_width(telugu, font, int(size * 0.66))
                h294.draw_t(draw, (bx1 - tw - 7, y0 + 2), telugu, font, int(size * 0.66), soft)
                draw.text(
                    (bx0 + 10, y0 + line * 1.58),
                    value,
                    font=vface,
                    fill=pen_ink if is_pen else ink,
                    anchor="ls",
                )
        elif name == "t17em":
            pal_i, seed = m
            _emblem(page, width / 2, top_y + line * 0.05, line * 2.85, pal_i, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t17kb":
            pal_i, seed = m
            _kommu(page, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.92, pal_i, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t17sw":
            pal_i, seed, tilt = m
            page = _swatch(page, width - MARGIN, top_y + 2, line, pal_i, seed, tilt)
            draw = ImageDraw.Draw(page)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout315's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the folded saris on the showroom's counter a page is photographed
    lying on."""
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
    f = (style.get("h317") or {}).get("frame")
    if f and f[0] == "stack":
        image = _on_stack(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout317 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's app


PAYEES = [SHOP_CAPS, SHOP, CUT, SHOP_SHORT]
NOTES = [
    "pattu saree",
    "narayanpet saree",
    "sarees for pelli",
    "2 cotton sarees",
    "dupatta",
    "saree + blouse",
]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Union Bank of India": "Union Bank",
        "Canara Bank": "Canara",
        "Karnataka Bank": "KBL",
        "HDFC Bank": "HDFC",
        "ICICI Bank": "ICICI",
        "Axis Bank": "Axis",
        "Bank of Baroda": "BOB",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Markandeya Chenetha Sarees or the society: BharatPe for Business on the showroom's phone
    (the showroom under the app's bar; a ticket's card: Payment received, the sum, "from <buyer>", its tear,
    then UPI Ref. No., Received on, Paid via and Settles to in dot leaders); BHIM set in Telugu (a large round
    tick, "చెల్లింపు విజయవంతమైంది" (payment successful), the sum, "వీరికి చెల్లించారు" (paid to) over the
    payee; each Telugu label small over its value: "UPI లావాదేవీ ID" (UPI transaction ID), "తేదీ & సమయం" (date
    and time, the month in Telugu), "ఈ ఖాతా నుండి" (from this account)); Jupiter's money sent with no
    reference (a capsule, the sum, "to <payee>", "on <day> at <hour>"; From and Category at the left and the
    right; "Paid via UPI"); IDFC FIRST Bank's payment in progress with its stages top to bottom (the sum, "to
    <payee>", a notice; UPI transaction ref., Started at and Debit account in dot leaders); Groww's payment
    under "Today, <hour>" (a large round tick, Paid successfully, the sum, "to <payee>"; UPI Ref ID, Paid from
    and Note in a striped table; no day); South Indian Bank's SIB Mirror+ on a scalloped badge (Payment
    successful, the sum; labels small over their values two to a row: Paid to and Account, UPI Reference No.
    and Date & Time); Karnataka Bank's KBL Mobile Plus with the payment failed under a red ribbon (the sum,
    the reason in a notice; Transaction ID, Payee, Amount, Date, Reason in a table ruled on every side);
    Kiwi's payment made with its RuPay credit card on UPI (a tile's tick, Payment successful, the sum, "to
    <payee>"; UPI Ref No, Paid using, Date & time, Cashback in shaded labels). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=650, high=26000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    note_ = rng.choice(NOTES)
    if k == 0:
        p = phone(rng, font, k, ["", "BharatPe"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 150, 136))
        name = pick(p, "small", [SHOP, SHOP_CAPS])
        bar(p, "BharatPe for Business", name, merchant=name)
        c = h279.ticket_open(p)
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"from {who}")
        tear = h279.ticket_tear(p)
        at = 0.46
        dots(p, "UPI Ref. No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        dots(p, "Received on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        dots(p, "Paid via", f"UPI - {sb}", at=at, method="UPI")
        dots(p, "Settles to", f"SBI XX{digits(rng, 4)}", at=at)
        h279.ticket_close(p, c, tear)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Share",))
        band(p, (0, 98, 65))
        app_head(p, "BHIM", "UPI")
        sicon(p, status)
        te(p, "చెల్లింపు విజయవంతమైంది", bold=True, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        te(p, "వీరికి చెల్లించారు", scale=0.8, soft=True)
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        te(p, "UPI లావాదేవీ ID", scale=0.78, align="l", soft=True)
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        te(p, "తేదీ & సమయం", scale=0.78, align="l", soft=True)
        te(p, f"{te_day(j.date)}, {hhmm(rng)}", align="l", date=j.date)
        te(p, "ఈ ఖాతా నుండి", scale=0.78, align="l", soft=True)
        p.add("left", f"{bank} XX{last4}", method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Jupiter"], dark=False, buttons=("Share receipt",))
        band(p, (240, 110, 60))
        app_head(p, "Jupiter", "Payments")
        pill(p, "Money sent", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add(
            "small",
            f"on {when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y']))} at {hhmm(rng, lower=True)}",
            date=j.date,
        )
        p.add("gap")
        kvr(p, "From", f"Jupiter Savings {masked(p.font)}{last4}", method="UPI")
        kvr(p, "Category", "Shopping")
        p.add("small", "Paid via UPI  |  Federal Bank")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "IDFC FIRST"], dark=False, buttons=("Check status",))
        band(p, (156, 30, 36))
        app_head(p, "IDFC FIRST Bank", "UPI")
        p.add("center", "Payment in progress", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h271.step(p, "Debited", "from your account", "done")
        h271.step(p, "Sent to the payee's bank", "awaiting confirmation", "now")
        h271.step(p, "Credited", "to the payee", "todo")
        boxed(
            p, "The payee's bank has not confirmed yet. Please do not pay again; we will update you.", "warn"
        )
        at = 0.44
        dots(p, "UPI transaction ref.", j.ref, at=at, txn=(UTR_RANK, j.ref))
        dots(p, "Started at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        dots(p, "Debit account", f"Savings XX{last4}", at=at, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Groww"], dark=False, buttons=("Done",))
        band(p, (0, 140, 120))
        app_head(p, "Groww", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        zebra(
            p,
            "gw",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            ["Details", ""],
            [
                (["UPI Ref ID", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Paid from", f"{sb} {masked(p.font)}{last4}"], {"method": "UPI"}),
                (["Note", note_], {}),
            ],
            (0, 140, 120),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "SIB Mirror+"], dark=False, buttons=("Share", "Home"))
        band(p, (170, 30, 50))
        app_head(p, "SIB Mirror+", "South Indian Bank  |  UPI")
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = rng.choice([SHOP_SHORT, SHOP_SHORT.upper()])
        two_up(p, "sb1", ("Paid to", name), ("Account", f"SB XXXX{last4}"), merchant=name, method="UPI")
        p.add("gap")
        two_up(
            p,
            "sb2",
            ("UPI Reference No.", j.ref),
            ("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "KBL Mobile Plus"], dark=False, buttons=("Retry",))
        band(p, (150, 20, 60))
        app_head(p, "KBL Mobile Plus", "Karnataka Bank  |  UPI")
        h275.ribbon(p, "PAYMENT FAILED", (190, 36, 44))
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        boxed(
            p,
            "Your UPI PIN was entered incorrectly. No money has been debited; please try again with the "
            "correct PIN.",
            "error",
        )
        tid = f"KBL{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([to, SHOP_CAPS])
        grid(
            p,
            "kb",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid), "status": status}),
                (["Payee", name], {"merchant": name}),
                (["Amount", rs(j.amount)], {"method": "UPI"}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
                (["Reason", "Z6 - incorrect UPI PIN"], {}),
            ],
        )
        return p.done()
    p = phone(rng, font, k, ["", "Kiwi"], dark=False, buttons=("Share", "Done"))
    band(p, (30, 30, 40))
    app_head(p, "kiwi", "Credit on UPI")
    h287.tile(p, status)
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    at = 0.4
    kv(p, "UPI Ref No", j.ref, at=at, txn=(UTR_RANK, j.ref))
    kv(p, "Paid using", f"Kiwi RuPay Credit Card XX{last4}", at=at, method="UPI")
    kv(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    kv(p, "Cashback", f"{rupee_of(p.font)}{max(1, int(j.amount * 0.015))} credited")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


TGCO = "Telangana State Handloom Weavers' Co-operative Society Ltd."
TGCO_SHORT = "TGCO (Telangana State Handloom Weavers' Co-op. Society)"
TGCO_TE = "తెలంగాణ రాష్ట్ర చేనేత కార్మికుల సహకార సంఘం లి."
FABINDIA = "Fabindia Ltd."
TEMPLE = "Sri Vasavi Kanyaka Parameswari Devasthanam"
SAI_PATTU = "Sri Sai Pattu Vastralayam"
IKAT_HOUSE = "Ikat Loom House LLP"
WEAVESMITH = "Weavesmith Retail Pvt. Ltd."
DAKSHIN = "Dakshin Handloom House Pvt. Ltd."
KAMAKSHI = "Kanchi Kamakshi Silks"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the society: TGCO's PAYMENT ADVICE under its Telugu name for the
    Bathukamma sarees it indented (Lr. No. and Date on a line; "To, The Secretary," and the society; Sub:;
    each indent's sarees, rate and rejects on a line of its own; Value of sarees supplied, Less: sarees
    rejected at inspection and Less: TDS under GST 2% in dot leaders, Net amount remitted under a rule and a
    double rule; "The net amount of Rs. x has been remitted ... by NEFT / RTGS vide UTR ..."; the Deputy
    Manager (Accounts)' signature); Fabindia's remittance on SAP Business Network in a browser (Payment
    Document, Vendor, Payment Date, Payment Method, UTR at the left and the right; Invoice | Invoice Date |
    Amount | TDS 194Q | Paid in a table ruled on every side, Total paid under it); a Secunderabad temple's
    letter, typed and folded ("To, The Secretary," and the society; "... an amount of Rs. x has been paid to
    <payee> by NEFT on <day> ..."; no reference); a Hyderabad saree shop's PAYMENT VOUCHER printed from Marg
    ERP (Voucher No. and Date at the right; Paid to:; Being ...; Mode and UTR on a line; Amount under a rule
    and a double rule; its words; Prepared by | Checked by | Authorised by across the foot); Federal Bank's
    FedCorp with a Bengaluru firm's NEFT returned on a scalloped badge's cross (the reason in a notice;
    Transaction Ref., Beneficiary, Amount, Value Date, Return Reason in a table ruled on every side); a
    Bengaluru retailer's Google Chat space under its "Today" divider (the writer, bold, and the hour; "Paid ₹x
    to <payee> via NEFT ...", "UTR ..."; a reply; no day); Kotak FYN with a Chennai firm's NEFT or RTGS
    pending with its checker (a capsule; its approvals top to bottom; Transaction Ref., Beneficiary, Amount,
    Mode, Value Date in dot leaders); a Chennai silk house's payment advice mailed as plain text (its lines
    and its table in a fixed-width face: Payee, Payment Date, Mode, UTR, the invoices, NET PAID). All new
    here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=15000, high=190000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        season(j, rng, dt.date(2026, 7, 1), 184)
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        te(p, TGCO_TE, bold=True, scale=0.94)
        top(p, pick(p, "title", [TGCO, TGCO_SHORT, "TGCO, Hyderabad"]))
        p.add("small", "Chenetha Bhavan, Nampally, Hyderabad - 500001  |  Accounts Section")
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        lr = f"TGCO/ACC/BTK/{rng.randrange(140, 980)}/{fy(j.date)}"
        cols(
            p,
            "tg0",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Lr. No. {lr}",
            f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [FIRM, FIRM_SHORT])
        p.add("left", name, merchant=name)
        p.add("left", f"{TOWN}.")
        prose(p, "Sub: Payment for the Bathukamma sarees supplied against our indents - regarding.")
        gross = 0.0
        rejected = 0.0
        for _ in range(rng.randrange(1, 4)):
            n_ = rng.randrange(300, 1400)
            bad = rng.randrange(0, max(1, n_ // 40))
            rate = float(rng.choice([365, 380, 395, 410, 425]))
            gross += n_ * rate
            rejected += bad * rate
            p.add(
                "left",
                f"Indent BTK/{j.date:%Y}/{rng.randrange(100, 400)}: {n_} sarees @ Rs. {int(rate)}, "
                f"{bad} rejected",
            )
        accepted = gross - rejected
        tds = round(accepted / 1.05 * 0.02, 2)
        j.amount = round(accepted - tds, 2)
        at = 0.62
        dots(p, "Value of sarees supplied", num(gross), at=at)
        dots(p, "Less: sarees rejected at inspection", num(rejected), at=at)
        dots(p, "Less: TDS under GST 2%", num(tds), at=at)
        total(p, "Net amount remitted", num(j.amount), at=at, amount=j.amount)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        prose(
            p,
            f"The net amount of Rs. {num(j.amount, 'indian')} has been remitted to your account with the "
            f"DCCB, Narayanpet by {way} vide UTR {utr}. Please acknowledge.",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Deputy Manager (Accounts)")
        return p.done()
    if k == 1:
        doc = f"15000{digits(rng, 5)}"
        p = browser_page(rng, font, "service.ariba.com/Supplier.aw/remittance/detail")
        p.part = "head"
        top(p, "SAP Business Network")
        p.add("small", f"Remittance Advice  |  Customer: {FABINDIA}, New Delhi")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Remittance {doc}", status=status)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        name = rng.choice([FIRM_CAPS, FIRM])
        kvr(p, "Payment Document", doc, txn=(INVOICE_RANK, doc))
        kvr(p, "Vendor", clip(name, 44), merchant=clip(name, 44))
        kvr(p, "Payment Date", day_as(j, rng, ["%d.%m.%Y", "%d %b %Y"]), date=j.date)
        kvr(p, "Payment Method", way, method="netbanking")
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        lines = []
        net_all = 0.0
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "SMS"):
            tds = round(v * 0.001, 2)
            gross = round(v + tds, 2)
            net_all += v
            lines.append(([no_, when(day, "%d.%m.%Y"), num(gross), num(tds), num(v)], {}))
        grid(
            p,
            "fb",
            [(0.0, 0.28, "l"), (0.28, 0.46, "l"), (0.46, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
            ["Invoice", "Invoice Date", "Amount", "TDS 194Q", "Paid"],
            lines,
            foot=(["Total paid", num(net_all)], {"amount": j.amount}),
        )
        return p.done()
    if k == 2:
        season(j, rng, dt.date(2026, 10, 1), 50)
        p = sheet(rng, font, [800, 840])
        h275.folds(p)
        p.part = "head"
        top(p, pick(p, "title", [TEMPLE, "Sri Vasavi Kanyaka Parameswari Temple"]))
        p.add("small", "Endowments Dept. regd.  |  Rashtrapati Road, Secunderabad - 500003")
        p.add("rule")
        p.part = "body"
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [FIRM, FIRM_SHORT])
        p.add("left", name)
        p.add("left", f"{TOWN}.")
        p.add("gap")
        p.add("left", "Sir,")
        prose(
            p,
            f"We are happy to inform you that an amount of Rs. {num(j.amount, 'indian')} has been paid to "
            f"{name} by NEFT on {when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))} towards the Narayanpet "
            "silk sarees supplied for Ammavari alankaram during the Navaratri festival.",
            amount=j.amount,
            merchant=name,
            date=j.date,
            method="netbanking",
            status=status,
        )
        prose(p, "We thank the weavers of your society for the fine work.")
        p.add("gap")
        p.add("right", "Yours faithfully,")
        p.add("gap")
        sig(p)
        p.add("right", "Executive Officer")
        return p.done()
    if k == 3:
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        top(p, pick(p, "title", [SAI_PATTU, "Sri Sai Pattu"]))
        p.add("small", "Silk & handloom sarees  |  Sultan Bazar, Hyderabad - 500095")
        p.add("small", f"GSTIN {gstin_of(rng, '36', 'F')}")
        p.add("rule")
        p.add("center", "PAYMENT VOUCHER")
        p.part = "body"
        vno = f"PV-{rng.randrange(100, 2400)}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "mg0", spec, "", f"Voucher No. {vno}", txn=(INVOICE_RANK, vno))
        cols(p, "mg0", spec, "", f"Date {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}", date=j.date)
        name = pick(p, "left", [f"Paid to: {FIRM}", f"Paid to: {FIRM_SHORT}"])[9:]
        p.add("left", f"Paid to: {name}", merchant=name)
        bills = bills_for(rng, j, rng.randrange(1, 3), "SMS")
        prose(p, "Being the amount paid against bills " + ", ".join(b[0] for b in bills) + ".")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Axis Bank", way)
        p.add("left", f"Mode: {way}    UTR: {utr}", method="netbanking", txn=(UTR_RANK, utr), status=status)
        total(p, "Amount", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only", "small")
        p.add("gap")
        p.add("gap")
        cols(
            p,
            "mgs",
            [(0.0, 0.33, "c"), (0.33, 0.66, "c"), (0.66, 1.0, "c")],
            "Prepared by",
            "Checked by",
            "Authorised by",
            mode="soft",
        )
        p.add("small", "Printed from Marg ERP 9+")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "fedcorp.federalbank.co.in/corporate/payments/neft/status")
        p.part = "head"
        top(p, "Federal Bank FedCorp")
        p.add("small", f"Corporate Internet Banking  |  {IKAT_HOUSE}, Bengaluru")
        p.add("rule")
        p.part = "body"
        h287.burst(p, status)
        p.add("center", "NEFT returned by the beneficiary's bank", status=status)
        boxed(
            p,
            "The beneficiary's bank returned this NEFT: the beneficiary account number is invalid. The "
            "amount has been credited back to your account.",
            "error",
        )
        tref = f"FDRLN{digits(rng, 11)}"
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "fd",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Transaction Ref.", tref], {"txn": (BANK_RANK, tref)}),
                (["Beneficiary", clip(name, 34)], {"merchant": clip(name, 34)}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "method": "netbanking"}),
                (["Value Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Return Reason", "AC03 - invalid account number"], {}),
            ],
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(40, 600) * 250)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["paper"] = (250, 251, 253)
        p.part = "head"
        h269.kind(p, "gc0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["gc0"] = 1.08
        h269.row(p, "gc0", "Payables - Handloom Vendors")
        p.add("small", f"Google Chat  |  Space  |  {WEAVESMITH}, Bengaluru")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 17)
        h269.kind(p, "gc1", [(0.0, 0.6, "l"), (0.6, 1.0, "l")], "plain", bold=(0,))
        h269.row(p, "gc1", "Deepa Nair", hour12(hour, rng.randrange(60)))
        name = pick(p, "left", [FIRM, FIRM_SHORT])
        utr = utr_of(rng, j, "ICICI Bank", "NEFT")
        prose(
            p,
            f"Paid {rupee_of(p.font)}{num(j.amount, 'indian', 0)} to {name} via NEFT for the Narayanpet "
            "cotton sarees (PO of last month).",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
        p.add("gap")
        h269.row(p, "gc1", "Arjun Rao", hour12(hour + 1, rng.randrange(60)))
        p.add("left", "Thanks Deepa. I'll let their manager know.")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "fyn.kotak.com/corporate/payments/authorisation")
        p.part = "head"
        top(p, "Kotak FYN")
        p.add("small", f"Kotak Mahindra Bank  |  {DAKSHIN}, Chennai")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        p.add("left", f"Outward {way}")
        pill(p, "Pending with checker", status, align="l")
        p.add("gap")
        hour = rng.randrange(10, 16)
        h271.step(p, "Created by maker", f"s.venkat  {hour:02d}:{rng.randrange(60):02d}", "done")
        h271.step(p, "Checker approval", "awaiting r.iyer", "now")
        h271.step(p, "Released to RBI", "after approval", "todo")
        p.add("gap")
        ref = f"KKBKH{digits(rng, 10)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Transaction Ref.", ref, at=0.42, txn=(BANK_RANK, ref))
        dots(p, "Beneficiary", clip(name, 30), at=0.3, merchant=clip(name, 30))
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Mode", way, at=0.4, method="netbanking")
        dots(p, "Value Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.4, date=j.date)
        return p.done()
    p = mail_page(
        rng,
        font,
        f"Accounts - {KAMAKSHI} <accounts@kanchikamakshi.in>",
        ["Payment advice - Narayanpet sarees", "Remittance details"],
    )
    p.part = "body"
    p.add("left", "Dear Sir,")
    p.add("left", "Please find below the details of our payment.", status=status)
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Indian Bank", way)
    w = 56
    payee = clip(FIRM_CAPS, w - 17)
    h269.mono(p, "-" * w)
    h269.mono(p, f"Payee          : {payee}", merchant=payee)
    h269.mono(p, f"Payment Date   : {when(j.date, '%d-%m-%Y')}", date=j.date)
    h269.mono(p, f"Mode           : {way}", method="netbanking")
    h269.mono(p, f"UTR            : {utr}", txn=(UTR_RANK, utr))
    h269.mono(p, "-" * w)
    h269.mono(p, f"{'INVOICE NO':<20} {'INV DATE':<12} {'AMOUNT':>14}")
    for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "SMS"):
        h269.mono(p, f"{no_:<20} {when(day, '%d-%m-%Y'):<12} {v:>14,.2f}")
    h269.mono(p, "-" * w)
    h269.mono(p, f"{'NET PAID':<33} {j.amount:>14,.2f}", amount=j.amount)
    h269.mono(p, "-" * w)
    p.add("left", "Regards,")
    p.add("left", f"Accounts Dept., {KAMAKSHI}, T. Nagar, Chennai")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Gulf Telugu Silks Trading LLC", "Karama, Dubai, UAE", "AED", 4000, 46000, "enbd"),
    ("Irving Saree Palace LLC", "Irving, Texas, USA", "USD", 1400, 16000, "chase"),
    ("Harris Park Sarees Pty Ltd", "Harris Park, Sydney, Australia", "AUD", 1500, 18000, "westpac"),
    ("East Ham Silk House Ltd", "East Ham, London, United Kingdom", "GBP", 900, 9500, "hsbc"),
    (
        "Brickfields Sari Emporium Sdn Bhd",
        "Brickfields, Kuala Lumpur, Malaysia",
        "MYR",
        4000,
        42000,
        "maybank",
    ),
    ("Serangoon Handloom Pte Ltd", "Little India, Singapore", "SGD", 1500, 15000, "ocbc"),
    ("Brampton Telugu Bazaar Inc.", "Brampton, Ontario, Canada", "CAD", 1500, 17000, "rbc"),
    ("Port Louis Telugu Sari Centre Ltd", "Port Louis, Mauritius", "MUR", 40000, 520000, "sbm"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: UAE dirhams with AED before or after; US dollars with USD, $ or
    US$; Australian dollars with AUD or A$; pounds with GBP or the pound's sign; ringgit with MYR or RM;
    Singapore dollars with SGD or S$; Canadian dollars with CAD or C$; Mauritian rupees with MUR only; all
    grouped the English way."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    forms = {
        "AED": ["AED {v}", "{v} AED"],
        "USD": ["USD {v}", "${v}", "US${v}"],
        "AUD": ["AUD {v}", "A${v}"],
        "GBP": ["GBP {v}", pound],
        "MYR": ["MYR {v}", "RM {v}"],
        "SGD": ["SGD {v}", "S${v}"],
        "CAD": ["CAD {v}", "C${v}"],
        "MUR": ["MUR {v}"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        return form.format(v=f"{v:,.2f}")

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Saree shops and houses abroad paying the society for Narayanpet sarees: Emirates NBD's Business Online
    with a telegraphic transfer processed in dirhams (Processed; TT Reference, Beneficiary Name, Beneficiary
    Bank, Transfer Amount, Value Date, Charges Option in shaded labels); Chase Connect with a wire pending
    approval in US dollars, the day month first (a capsule; Beneficiary at the left and the right; labels
    small over their values two to a row: Wire ID and Amount, Send date and Fees; a notice); Westpac's app
    with an international payment sent in Australian dollars ("Today, <hour>"; an octagon's tick, Payment
    sent, the sum, "to <payee>"; Payment reference and Fee in tiles; From account; no day); HSBCnet with a
    payment completed in pounds (each label small over its value in a read-only box: Payment reference,
    Beneficiary, Amount, Execution date, Charges); Maybank2u Biz with a foreign telegraphic transfer in
    ringgit and no reference (Transaction Successful on a tinted band; Beneficiary, Amount, Date, From
    account, Charges in a table ruled on every side); OCBC Velocity with a payment rejected in Singapore
    dollars in an octagon (the reason in a notice; Payment ID, Beneficiary, Amount, Date, Charges, Reason in
    dot leaders); RBC Express with a wire sent in Canadian dollars (Wire sent; Beneficiary, Amount, Wire
    reference, Date sent, Charges at the left and the right, the day in words month first or in the ISO form);
    SBM Bank's TRANSFER CONFIRMATION in Mauritian rupees (its sentence; Our reference, Beneficiary name,
    Beneficiary bank, Amount, Value date, Charges in dot leaders). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2)
    payer, city, cur, lo, hi_, frame = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([WIRE_NAME, FIRM_CAPS])
    town = city.split(",")[-2].strip() if city.count(",") >= 2 else city.split(",")[0]
    if frame == "enbd":
        p = browser_page(rng, font, "businessonline.emiratesnbd.com/payments/telegraphic-transfer/view")
        p.part = "head"
        top(p, "Emirates NBD")
        p.add("small", f"Business Online  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Telegraphic Transfer  -  Processed", status=status)
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([me, CUT]) if me == WIRE_NAME else rng.choice([WIRE_NAME, CUT])
        at = 0.34
        kv(p, "TT Reference", ref, at=at, txn=(BANK_RANK, ref))
        kv(p, "Beneficiary Name", name, at=at, merchant=name)
        kv(p, "Beneficiary Bank", "STATE BANK OF INDIA, NARAYANPET", at=at)
        kv(p, "Transfer Amount", show(j.amount), at=at, **sum_)
        kv(p, "Value Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), at=at, date=j.date)
        kv(p, "Charges Option", "SHA - shared", at=at, method="netbanking")
        return p.done()
    if frame == "chase":
        p = browser_page(rng, font, "connect.chase.com/payments/wires/pending")
        p.part = "head"
        top(p, "Chase Connect")
        p.add("small", f"JPMorgan Chase Bank, N.A.  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International wire")
        chip(p, "Pending approval", status)
        p.add("gap")
        ref = f"W{digits(rng, 11)}"
        name = rng.choice([me, CUT]) if me == WIRE_NAME else rng.choice([WIRE_NAME, CUT])
        kvr(p, "Beneficiary", name, merchant=name)
        p.add("gap")
        two_up(p, "ch1", ("Wire ID", ref), ("Amount", show(j.amount)), txn=(BANK_RANK, ref), **sum_)
        p.add("gap")
        two_up(
            p,
            "ch2",
            ("Send date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"]))),
            ("Fees", "Shared (SHA)"),
            date=j.date,
            method="netbanking",
        )
        boxed(
            p, "A second approver must release this wire before it is sent to the beneficiary's bank.", "warn"
        )
        return p.done()
    if frame == "westpac":
        p = phone(rng, font, k, ["", "Westpac"], dark=False, buttons=("Done",))
        band(p, (218, 16, 40))
        app_head(p, "Westpac", "International payments")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h294.octa(p, status)
        p.add("center", "Payment sent", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"WBC{digits(rng, 9)}"
        tiles2(p, ("Payment reference", ref), ("Fee", "Shared"), txn=(BANK_RANK, ref), method="netbanking")
        p.add("gap")
        kvr(p, "From account", f"Business One {masked(p.font, 3)}{digits(rng, 3)}")
        p.add("small", f"{payer}  |  {town}")
        return p.done()
    if frame == "hsbc":
        p = browser_page(rng, font, "www.hsbcnet.com/payments/international/summary")
        p.part = "head"
        top(p, "HSBCnet")
        p.add("small", f"HSBC UK Bank plc  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International payment  -  Completed", status=status)
        ref = f"HSBC{digits(rng, 10)}"
        name = rng.choice([me, CUT])
        h273.field(p, "Payment reference", ref, txn=(BANK_RANK, ref))
        h273.field(p, "Beneficiary", name, merchant=name)
        h273.field(p, "Amount", show(j.amount), **sum_)
        h273.field(p, "Execution date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), date=j.date)
        h273.field(p, "Charges", "Shared (SHA)", method="netbanking")
        return p.done()
    if frame == "maybank":
        p = browser_page(rng, font, "www.maybank2u.com.my/biz/transfer/ftt/acknowledgement")
        p.part = "head"
        top(p, "Maybank2u Biz")
        p.add("small", f"Foreign Telegraphic Transfer  |  {payer}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Transaction Successful", status)
        p.add("gap")
        name = rng.choice([me, CUT])
        at = 0.34
        gkv(p, "mb", "Beneficiary", name, at=at, merchant=name)
        gkv(p, "mb", "Amount", show(j.amount), at=at, **sum_)
        gkv(p, "mb", "Date", when(j.date, rng.choice(["{d} %b %Y", "%d/%m/%Y"])), at=at, date=j.date)
        gkv(p, "mb", "From account", f"Maybank Current Account {masked(p.font, 3)}{digits(rng, 4)}", at=at)
        gkv(p, "mb", "Charges", "Shared (SHA)", at=at, method="netbanking")
        return p.done()
    if frame == "ocbc":
        p = browser_page(rng, font, "velocity.ocbc.com/payments/overseas/detail")
        p.part = "head"
        top(p, "OCBC Velocity")
        p.add("small", f"OCBC Bank  |  {payer}")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Payment rejected", status=status)
        boxed(
            p,
            "The beneficiary bank rejected this payment: the beneficiary name does not match the account. "
            "The funds, less charges, will be returned to your account.",
            "error",
        )
        ref = f"OCBC{j.date:%y%m%d}{digits(rng, 5)}"
        name = rng.choice([WIRE_NAME, CUT])
        at = 0.4
        dots(p, "Payment ID", ref, at=at, txn=(BANK_RANK, ref))
        dots(p, "Beneficiary", name, at=0.3, merchant=name)
        dots(p, "Amount", show(j.amount), at=at, bold=True, **sum_)
        dots(p, "Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), at=at, date=j.date)
        dots(p, "Charges", "SHA", at=at, method="netbanking")
        dots(p, "Reason", "Name mismatch", at=at)
        return p.done()
    if frame == "rbc":
        p = browser_page(rng, font, "www.rbcexpress.com/wires/outgoing/confirmation")
        p.part = "head"
        top(p, "RBC Express")
        p.add("small", f"Royal Bank of Canada  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Wire sent", status=status)
        p.add("gap")
        ref = f"RBC{digits(rng, 10)}"
        name = rng.choice([me, CUT])
        kvr(p, "Beneficiary", name, merchant=name)
        kvr(p, "Amount", show(j.amount), **sum_)
        kvr(p, "Wire reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Date sent", when(j.date, rng.choice(["%b {d}, %Y", "%Y-%m-%d"])), date=j.date)
        kvr(p, "Charges", "Shared (SHA)", method="netbanking")
        return p.done()
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, "SBM Bank (Mauritius) Ltd")
    p.add("small", "SBM Tower, 1 Queen Elizabeth II Avenue, Port Louis")
    p.add("rule")
    p.add("center", "TRANSFER CONFIRMATION")
    p.part = "body"
    prose(p, f"We confirm that the transfer below has been executed on behalf of {payer}.", status=status)
    p.add("gap")
    ref = f"SBMFT{digits(rng, 9)}"
    name = rng.choice([WIRE_NAME, CUT])
    at = 0.42
    dots(p, "Our reference", ref, at=at, txn=(BANK_RANK, ref))
    dots(p, "Beneficiary name", name, at=0.3, merchant=name)
    dots(p, "Beneficiary bank", "State Bank of India, Narayanpet", at=0.3)
    dots(p, "Amount", show(j.amount), at=at, bold=True, **sum_)
    dots(p, "Value date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %B %Y"])), at=at, date=j.date)
    dots(p, "Charges", "SHA (shared)", at=at, method="netbanking")
    p.add("small", "This is a computer-generated confirmation and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 4. the society's own papers


CUSTOMERS = [
    ("Smt. Sravani Reddy", "Kukatpally, Hyderabad"),
    ("Smt. Padmavathi Rao", "Mahabubnagar"),
    ("Sri Anil Kulkarni", "Raichur, Karnataka"),
    ("Smt. Lalitha Naidu", "Secunderabad"),
    ("Dr. Rukmini Deshpande", "Solapur, Maharashtra"),
]
WEDDING = [
    ("Smt. Kavitha Goud", "Jadcherla"),
    ("Sri Raghavendra Rao", "Kodangal"),
    ("Smt. Manjula Shetty", "Gulbarga"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's own papers, its showroom or itself on top: Markandeya Chenetha Sarees' TAX INVOICE under
    the society's emblem, its Telugu name and a Narayanpet border (Bill No. and Date at the left and the
    right; Customer; Item | HSN | Qty | MRP | Value on hairline rows; Total MRP and Less: Govt. of Telangana
    handloom rebate 20% in dot leaders, Net Amount under a rule and a double rule, the GST it includes in a
    note; "Received by UPI, RRN ..."); the Numaish stall's cash bill in a Telugu hand, photographed lying on
    folded sarees on the showroom's counter (the showroom's Telugu name over its English, "నుమాయిష్ 2026,
    నాంపల్లి, హైదరాబాద్" (Numaish 2026, Nampally, Hyderabad), "నగదు బిల్లు" (cash bill); Date and Name in
    bilingual form boxes filled in by hand; the sarees written in a Telugu hand with their sums at the right,
    "మొత్తం" (total), "నగదు ముట్టింది" (cash received); no reference); Easebuzz's checkout for the web shop
    with the payment pending (the shop on top, Payment pending, the sum, its stages across the page, a notice;
    Easebuzz Txn ID, Merchant order, Paying by, Started in a table ruled on every side); OkCredit on the
    showroom's phone ("Today, <hour>"; the showroom under the app's bar; a rounded card: Payment received in a
    capsule, the sum, "from <customer>", Mode and UPI Ref in tiles, Due now; no day); GoCoop's payout mail for
    the showroom's orders (Payout processed; its sentence; Seller, Payout ID, UTR, Orders, Gross sales, GoCoop
    commission, Net payout, Credited on in dot leaders in a rounded card); Paytm Payment Gateway's checkout
    with a card payment failed on a tinted band (the shop on top, the reason in a notice; Order ID:, Txn ID:,
    Amount:, Card:, Attempted: with colons); the society's ADVANCE RECEIPT for a wedding order under its
    Telugu name, "అడ్వాన్సు రశీదు / ADVANCE RECEIPT" (its fields in bilingual form boxes: Receipt No. and Date
    printed, Received from, Amount and Mode, Towards and UPI Ref written in; the sum in words; a swatch of the
    saree ordered stapled to it; the Manager's signature); the showroom's bill from Ginesys POS on a
    three-inch roll (BILL NO and DATE; the sarees, TOTAL MRP, REBATE 20%, NET AMOUNT typed in the printer's
    face; TENDER : CARD, APPR CODE and RRN). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=1200, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        emblem(p)
        te(p, SHOP_TE, bold=True, scale=1.05)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}")
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
        kommu(p)
        p.part = "body"
        p.add("center", "TAX INVOICE")
        bno = f"MCS/{fy(j.date)}/{rng.randrange(80, 2600):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        cols(
            p,
            "ti0",
            spec,
            f"Bill No.: {bno}",
            f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, bno),
            date=j.date,
        )
        who, where = rng.choice(CUSTOMERS)
        p.add("left", f"Customer: {who}, {where}")
        spec2 = [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.66, "c"), (0.66, 0.83, "r"), (0.83, 1.0, "r")]
        cols(p, "tih", spec2, "Item", "HSN", "Qty", "MRP", "Value", mode="line")
        mrp = 0.0
        for item, hsn, q, price in works(rng, rng.randrange(2, 4), high=9000):
            mrp += q * price
            cols(p, "til", spec2, SHORT[item], hsn, str(q), num(price), num(q * price), mode="line")
        rebate = round(mrp * 0.2, 2)
        j.amount = round(mrp - rebate, 2)
        gst = round(j.amount - j.amount / 1.05, 2)
        at = 0.6
        dots(p, "Total MRP", num(mrp), at=at)
        dots(p, "Less: Govt. of Telangana handloom rebate 20%", num(rebate), at=at)
        total(p, "Net Amount", rs(j.amount), at=at, amount=j.amount)
        note(p, f"Net amount includes CGST 2.5% Rs. {num(gst / 2)} and SGST 2.5% Rs. {num(gst / 2)}.")
        p.add("left", f"Received by UPI, RRN {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        return p.done()
    if k == 1:
        season(j, rng, NUMAISH, NUMAISH_DAYS)
        p = sheet(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 247, 236), (246, 244, 230)])
        p.part = "head"
        te(p, SHOP_TE, bold=True, scale=1.1)
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        te(p, "నుమాయిష్ 2026, నాంపల్లి, హైదరాబాద్  |  స్టాల్ నం. 214", scale=0.8, soft=True)
        p.add("rule")
        te(p, "నగదు బిల్లు", bold=True)
        p.part = "body"
        who = rng.choice(CUSTOMERS)[0].split(". ")[-1]
        day_ = when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"]))
        tbox(
            p,
            ("Date", "తేదీ", day_),
            ("Name", "పేరు", box_fit(p, "Name", "పేరు", [who, who.split()[0]], 0.5, True)),
            pen=True,
            date=j.date,
        )
        start = len(p.rows)
        p.add("gap")
        total_ = 0
        for item, _hsn, q, price in works(rng, rng.randrange(2, 4), high=4500):
            price = float(round(price / 50) * 50)
            v = int(q * price)
            total_ += v
            te_hand(p, f"{SHORT_TE[item]} {q} x {int(price)}", figure=str(v))
        j.amount = float(total_)
        te_hand(p, "మొత్తం", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.74], margin=None)
        p.add("gap")
        te_hand(p, "నగదు ముట్టింది", method="cash", status=status)
        sig(p)
        te(p, "మార్కండేయ చేనేత తరపున", align="r", scale=0.85)
        on_stack(p)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "pay.easebuzz.in/pay/status")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by Easebuzz")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h289.steps(p, ["Order placed", "Bank", "Confirmed"], 1, status)
        boxed(
            p,
            "Your bank has not confirmed the payment yet. Please do not pay again; your order will be "
            "confirmed by e-mail as soon as the bank replies.",
            "warn",
        )
        tid = f"E{j.date:%y%m%d}{code(rng, 8, UPPER + '0123456789')}"
        oid = f"NPS{j.date:%y%m}{digits(rng, 5)}"
        at = 0.36
        gkv(p, "eb", "Easebuzz Txn ID", tid, at=at, txn=(TXN_RANK, tid))
        gkv(p, "eb", "Merchant order", oid, at=at, txn=(ORDER_RANK, oid))
        gkv(p, "eb", "Paying by", "Net Banking - SBI", at=at, method="netbanking")
        gkv(p, "eb", "Started", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "OkCredit"], dark=False, buttons=("Share",))
        band(p, (30, 120, 90))
        name = pick(p, "small", [SHOP, SHOP_CAPS])
        bar(p, "OkCredit", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        c = card_open(p)
        pill(p, "Payment received", status)
        p.add("big", rs(j.amount), amount=j.amount)
        who = rng.choice(["Padmavathi Rao", "Sri Lakshmi Textiles", "Anil Kulkarni", "Kavitha Goud"])
        p.add("center", f"from {who}")
        tiles2(p, ("Mode", "UPI"), ("UPI Ref", j.ref), method="UPI", txn=(UTR_RANK, j.ref))
        p.add("small", f"Due now {rupee_of(p.font)}0  |  all settled")
        card_close(p, c)
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 9000, 120000, 0.1)
        p = mail_page(
            rng,
            font,
            "GoCoop Seller Payments <payments@gocoop.com>",
            ["Your GoCoop payout has been processed", "Payout credited - GoCoop"],
        )
        p.part = "head"
        top(p, "GoCoop")
        p.add("small", "The marketplace for weavers and artisans  |  Payouts")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payout processed", status=status)
        store = rng.choice([SHOP, SHOP_SHORT])
        prose(
            p,
            f"Dear {store}, your payout for the orders delivered this cycle has been credited to your bank.",
        )
        pid = f"GC-PO-{digits(rng, 7)}"
        utr = utr_of(rng, j, "Axis Bank", "NEFT")
        fee = round(j.amount * rng.uniform(0.1, 0.16), 2)
        p.add("gap")
        c = card_open(p)
        at = 0.5
        dots(p, "Seller", store, at=0.3, merchant=store)
        dots(p, "Payout ID", pid, at=at, txn=(TXN_RANK, pid))
        dots(p, "UTR", utr, at=at, txn=(UTR_RANK, utr))
        dots(p, "Orders", str(rng.randrange(3, 24)), at=at)
        dots(p, "Gross sales", num(j.amount + fee), at=at)
        dots(p, "GoCoop commission", num(fee), at=at)
        dots(p, "Net payout", rs(j.amount), at=at, bold=True, amount=j.amount, method="netbanking")
        dots(p, "Credited on", day_as(j, rng, ["%d %b %Y", "{d} %B %Y"]), at=at, date=j.date)
        card_close(p, c)
        p.add("small", "GoCoop Solutions & Services Pvt. Ltd.  |  This is an automated mail.")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(24, 240) * 50)
        p = browser_page(rng, font, "securegw.paytm.in/theia/processTransaction")
        p.part = "head"
        name = pick(p, "title", [SHOP, SHOP_SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{WEB}  |  Secured by Paytm Payment Gateway")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "Your card issuer declined this payment (OTP not verified). No amount has been charged; you "
            "may try again.",
            "error",
        )
        oid = f"NPS{j.date:%y%m}{digits(rng, 5)}"
        tid = f"2026{digits(rng, 16)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        h271.colkv(p, "pg", spec, "Order ID:", oid, txn=(ORDER_RANK, oid))
        h271.colkv(p, "pg", spec, "Txn ID:", tid, txn=(TXN_RANK, tid))
        h271.colkv(p, "pg", spec, "Amount:", rs(j.amount), amount=j.amount)
        h271.colkv(p, "pg", spec, "Card:", f"Visa Credit XX{digits(rng, 4)}", method="card")
        h271.colkv(
            p, "pg", spec, "Attempted:", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(10, 80) * 1000)
        p = sheet(rng, font, [840, 880])
        p.style["paper"] = rng.choice([(250, 246, 234), (246, 246, 238)])
        p.part = "head"
        te(p, FIRM_TE if te_fits(p, FIRM_TE, bold=True) else FIRM_TE_SHORT, bold=True)
        name = pick(p, "title", [FIRM, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{SOCIETY_AT}  |  {REGD}")
        p.add("rule")
        te(p, "అడ్వాన్సు రశీదు  /  ADVANCE RECEIPT", bold=True)
        p.part = "body"
        rno = f"AR/{fy(j.date)}/{rng.randrange(20, 400):03d}"
        day_ = when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"]))
        tbox(p, ("Receipt No.", "రశీదు సంఖ్య", rno), ("Date", "తేదీ", day_), txn=(INVOICE_RANK, rno), date=j.date)
        who, where = rng.choice(WEDDING)
        tbox(p, ("Received from", "చెల్లించినవారు", f"{who}, {where}"), pen=True)
        tbox(
            p,
            ("Amount", "మొత్తం (రూ.)", f"Rs. {num(j.amount, 'indian', 0)}/-"),
            ("Mode", "చెల్లింపు విధానం", "UPI"),
            pen=True,
            amount=j.amount,
            method="UPI",
            status=status,
        )
        n_ = rng.randrange(4, 12)
        tbox(p, ("Towards", "వివరాలు", f"Advance for {n_} wedding silk sarees"), pen=True)
        tbox(p, ("UPI Ref", "UPI రిఫరెన్స్", j.ref), pen=True, txn=(UTR_RANK, j.ref))
        prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
        swatch(p)
        sig(p)
        p.add("right", f"{MANAGER}, Manager")
        return p.done()
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Main Road, Narayanpet")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    bno = f"MC{rng.randrange(1200, 9800)}"
    typed(p, f"BILL NO : {bno}", txn=(INVOICE_RANK, bno))
    typed(p, f"DATE    : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    p.add("rule")
    mrp = 0.0
    cols_ = h271.tt_cols(p)
    for item, _hsn, q, price in works(rng, rng.randrange(1, 4), high=7000):
        typed(p, SHORT[item].upper())
        left = f"  {q} x {price:.2f}"
        right_ = f"{q * price:.2f}"
        typed(p, left + right_.rjust(max(1, cols_ - len(left) - 2)))
        mrp += q * price
    rebate = round(mrp * 0.2, 2)
    j.amount = round(mrp - rebate, 2)
    p.add("rule")
    for lbl, v in (("TOTAL MRP", mrp), ("REBATE 20%", rebate)):
        typed(p, lbl + f"{v:.2f}".rjust(max(1, cols_ - len(lbl) - 2)))
    typed(p, "NET AMOUNT" + f"{j.amount:.2f}".rjust(max(1, cols_ - 12)), amount=j.amount)
    p.add("rule")
    appr = digits(rng, 6)
    typed(p, f"TENDER : CARD  XX{digits(rng, 4)}", method="card", status=status)
    typed(p, f"APPR CODE : {appr}", txn=(APPR_RANK, appr))
    typed(p, f"RRN : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Handloom - weave the nation  |  Ginesys POS")
    return p.done()


# ---------------------------------------------------------------- 5. the society's suppliers


NHDC = "National Handloom Development Corporation Ltd."
DYER = "Sri Ranga Dyeing Works"
DYER_TE = "శ్రీ రంగా అద్దకం పనులు"
UDAAN_SELLER = "Sri Venkateswara Dyes & Chemicals"
KSMB = "Karnataka Silk Marketing Board Ltd."
CANVA = "Canva Print"
MARUTI = "SHREE MARUTI COURIER SERVICE"
JACQUARD = "SRI SAI JACQUARD DESIGNS"
BOXES = "Deccan Box Industries"
YARNS = [
    ("Cotton hank yarn 2/80s, bleached", "5205", 1850, 2300),
    ("Cotton hank yarn 2/100s, mercerised", "5205", 2400, 2950),
    ("Cotton hank yarn 60s, grey", "5205", 1500, 1900),
]
SILKS = [
    ("Raw silk, bivoltine 20/22 D", "5002", 5200, 6400),
    ("Raw silk, cross-breed 20/22 D", "5002", 4200, 5100),
    ("Twisted silk, 2 ply warp", "5006", 5600, 6900),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's suppliers, each on top of its own paper: NHDC's TAX INVOICE for hank yarn from its yarn
    depot under the Yarn Supply Scheme (Invoice No. and its later Date; Description | HSN | Bundles | Rate |
    Amount on hairline rows; CGST 2.5%, SGST 2.5% and Total in dot leaders; "Advance received vide <way> UTR
    ... dated <day>" printed under it; the accountant's tick and "Entd." in his hand); a Narayanpet dyer's
    job-work bill in a Telugu hand on his printed bill pad (his Telugu name over his name in Latin letters on
    top; "తేదీ" (date) and the day; "శ్రీ మార్కండేయ సంఘం వారికి" (to the Sri Markandeya society); the silk and
    the cotton yarn dyed, by colour and kilo, with their sums at the right, "మొత్తం" (total), "నగదు ముట్టింది"
    (cash received); no reference); udaan's order of dyeing chemicals with the payment pending (a progress
    bar, a notice; Order #, Seller, Products, Order value, Payment method, Placed on at the left and the
    right); the Karnataka Silk Marketing Board's TAX INVOICE for raw silk lots (Invoice No. and its earlier
    Date; Lot No. | Description | HSN | Kg | Rate | Amount in a striped table; IGST 5% and Total; Payment
    details: Mode:, UTR:, Received on: with colons); Canva Print's checkout for hang tags with the card
    payment failed in an octagon (the reason in a notice; Order reference, Products, Total, Payment method,
    Tried at against a gutter); Shree Maruti Courier's booking receipt from its Narayanpet branch typed on its
    roll (a barcode; AWB NO, DATE, FROM, TO, WEIGHT, CHARGES, GST 18%, TOTAL; PAID BY UPI and its UPI TXN NO);
    a Dharmavaram jacquard card puncher's BILL with its Date left blank (Bill No.; Particulars | Sets | Amount
    on hairline rows, IGST 5% and Total in dot leaders; "Recd. by UPI, Ref ..." written under it; no day); a
    Hyderabad box maker's TAX INVOICE made with Swipe (Invoice # and its earlier Invoice Date; Item | Qty |
    Rate | Amount in a table ruled on every side; CGST 9%, SGST 9%, Total in dot leaders; PAID in a capsule;
    Payment mode, Transaction ref. and Received on at the left and the right; Balance due). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=2000, high=180000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        top(p, pick(p, "title", [NHDC, "NHDC Ltd."]), merchant=pick(p, "title", [NHDC, "NHDC Ltd."]))
        p.add("small", "A Govt. of India Enterprise  |  Yarn Depot, Hyderabad Regional Office")
        p.add("small", f"GSTIN {gstin_of(rng, '36', 'C')}")
        p.add("rule")
        p.add("center", "TAX INVOICE  (Yarn Supply Scheme)")
        p.part = "body"
        ino = f"NHDC/HYD/{fy(j.date)}/{rng.randrange(1000, 9800)}"
        inv_day = j.date + dt.timedelta(days=rng.randrange(1, 6))
        cols(
            p,
            "nh0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM}, {TOWN}")
        spec = [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.68, "r"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        cols(p, "nhh", spec, "Description", "HSN", "Bundles", "Rate", "Amount", mode="line")
        taxable = 0.0
        for name, hsn, lo, hi_ in rng.sample(YARNS, rng.randrange(1, 3)):
            q = rng.randrange(10, 60)
            rate = float(rng.randrange(lo, hi_, 5))
            v = round(q * rate, 2)
            taxable += v
            cols(p, "nhl", spec, name, hsn, str(q), num(rate), num(v), mode="line")
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        at = 0.6
        dots(p, "CGST 2.5%", num(gst), at=at)
        dots(p, "SGST 2.5%", num(gst), at=at)
        dots(p, "Total", num(j.amount), at=at, bold=True, amount=j.amount)
        h273.tick(p)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, DCCB, way)
        prose(
            p,
            f"Advance received vide {way} UTR {utr} dated {when(j.date, '%d/%m/%Y')}.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        hand(p, f"Entd. {ACCOUNTANT.split()[-1][0]}.{ACCOUNTANT.split()[0][0]}.", align="r")
        p.add(
            "small", "Yarn is supplied at mill gate price; the freight is borne under the Yarn Supply Scheme."
        )
        return p.done()
    if k == 1:
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(248, 244, 228), (244, 240, 226)])
        p.part = "head"
        te(p, DYER_TE, bold=True, scale=1.05)
        p.add("center", DYER.upper(), merchant=DYER.upper())
        p.add("small", "Silk & cotton yarn dyeing  |  Gandhi Nagar, Narayanpet")
        p.add("rule")
        p.part = "body"
        te_hand(p, f"తేదీ {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}", date=j.date)
        te_hand(p, "శ్రీ మార్కండేయ సంఘం వారికి")
        start = len(p.rows)
        total_ = 0
        for word, lo, hi_ in rng.sample(
            [
                ("పట్టు దారం ఎరుపు", 340, 420),
                ("పట్టు దారం ఆకుపచ్చ", 340, 420),
                ("నూలు దారం పసుపు", 110, 150),
                ("నూలు దారం మెరూన్", 120, 160),
            ],
            rng.randrange(2, 4),
        ):
            kg = rng.randrange(4, 30)
            rate = rng.randrange(lo, hi_, 5)
            total_ += kg * rate
            te_hand(p, f"{word} {kg} కిలో x {rate}", figure=str(kg * rate))
        j.amount = float(total_)
        te_hand(p, "మొత్తం", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.74], margin=None)
        p.add("gap")
        te_hand(p, "నగదు ముట్టింది", method="cash", status=status)
        sig(p)
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 3000, 36000, 0.2)
        p = browser_page(rng, font, "udaan.com/orders/detail")
        p.part = "head"
        top(p, "udaan")
        p.add("small", "Order details  |  Dyes & chemicals")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment pending", status=status)
        h294.progress(p, rng.uniform(0.35, 0.55), status)
        boxed(
            p,
            "We are waiting for your bank to confirm the payment. The order will be dispatched once it is "
            "confirmed; any amount debited on a failure is refunded in 5-7 days.",
            "warn",
        )
        oid = f"UD{j.date:%y%m}{digits(rng, 8)}"
        kvr(p, "Order #", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Seller", UDAAN_SELLER, merchant=UDAAN_SELLER)
        kvr(p, "Products", "Sodium hydrosulphite, caustic soda")
        kvr(p, "Order value", rs(j.amount), amount=j.amount)
        kvr(p, "Payment method", "Net Banking (SBI)", method="netbanking")
        kvr(p, "Placed on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        return p.done()
    if k == 3:
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        name = pick(p, "title", [KSMB, "KSMB Ltd."])
        top(p, name, merchant=name)
        p.add("small", "A Govt. of Karnataka Undertaking  |  Raw Silk Exchange, Ramanagara - 562159")
        p.add("small", f"GSTIN {gstin_of(rng, '29', 'C')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"KSMB/RSE/{rng.randrange(1000, 9800)}"
        cols(
            p,
            "ks0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(earlier(rng, j, 1, 6), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM}, Narayanpet (Telangana)")
        lines, taxable = [], 0.0
        for name_, hsn, lo, hi_ in rng.sample(SILKS, rng.randrange(1, 4)):
            kg = rng.randrange(6, 40) / 2
            rate = float(rng.randrange(lo // 10, hi_ // 10) * 10)
            v = round(kg * rate, 2)
            taxable += v
            lines.append(([f"L-{rng.randrange(100, 999)}", name_, hsn, f"{kg:.1f}", num(rate), num(v)], {}))
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        zebra(
            p,
            "ksz",
            [
                (0.0, 0.1, "l"),
                (0.1, 0.48, "l"),
                (0.48, 0.58, "c"),
                (0.58, 0.66, "r"),
                (0.66, 0.82, "r"),
                (0.82, 1.0, "r"),
            ],
            ["Lot No.", "Description", "HSN", "Kg", "Rate", "Amount"],
            lines,
            (90, 50, 120),
        )
        dots(p, "IGST 5%", num(gst), at=0.6)
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        label(p, "Payment details")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        spec = [(0.0, 0.26, "l"), (0.26, 1.0, "l")]
        h271.colkv(p, "ksp", spec, "Mode:", way, method="netbanking", status=status)
        h271.colkv(p, "ksp", spec, "UTR:", utr, txn=(UTR_RANK, utr))
        h271.colkv(p, "ksp", spec, "Received on:", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 1500, 14000, 0.3)
        p = browser_page(rng, font, "www.canva.com/print/checkout")
        p.part = "head"
        top(p, CANVA, merchant=CANVA)
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your bank declined this card payment (international use not enabled). Your order has not been "
            "placed.",
            "error",
        )
        oid = f"CP-{digits(rng, 9)}"
        at = 0.4
        gutter(p, "cv", "Order reference", oid, at=at, txn=(ORDER_RANK, oid))
        gutter(p, "cv", "Products", "Hang tags x 1000, visiting cards", at=at)
        gutter(p, "cv", "Total", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "cv", "Payment method", f"Mastercard Debit XX{digits(rng, 4)}", at=at, method="card")
        gutter(
            p, "cv", "Tried at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(120, 1600))
        p = roll(rng, font, [500, 540], [17, 18])
        p.part = "head"
        p.add("center", MARUTI, merchant=MARUTI)
        p.add("small", "Narayanpet Branch  |  BOOKING RECEIPT")
        p.add("rule")
        p.part = "body"
        awb = f"{rng.randrange(1, 9)}{digits(rng, 9)}"
        barcode(p, awb)
        p.add("center", awb)
        charges = round(j.amount / 1.18, 2)
        gst = round(j.amount - charges, 2)
        typed(p, f"AWB NO   : {awb}")
        typed(p, f"DATE     : {when(j.date, '%d-%m-%Y')}", date=j.date)
        typed(p, "FROM     : NARAYANPET")
        typed(p, f"TO       : {rng.choice(['HYDERABAD', 'BENGALURU', 'CHENNAI', 'PUNE', 'VIJAYAWADA'])}")
        typed(p, f"WEIGHT   : {rng.randrange(1, 30)}.{rng.randrange(10)} KG")
        typed(p, f"CHARGES  : {charges:.2f}")
        typed(p, f"GST 18%  : {gst:.2f}")
        typed(p, f"TOTAL    : {j.amount:.2f}", amount=j.amount)
        p.add("rule")
        typed(p, "PAID BY UPI", method="UPI", status=status)
        typed(p, f"UPI TXN NO : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("small", "Thank you  |  shreemaruti.com")
        return p.done()
    if k == 6:
        p = sheet(rng, font, [780, 820])
        p.part = "head"
        top(p, JACQUARD, merchant=JACQUARD)
        p.add("small", "Jacquard designs & card punching  |  Kothapeta, Dharmavaram (A.P.) - 515671")
        p.add("small", f"GSTIN {gstin_of(rng, '37', 'P')}")
        p.add("rule")
        p.add("center", "BILL")
        p.part = "body"
        bno = str(rng.randrange(100, 900))
        cols(
            p,
            "jq0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Bill No. {bno}",
            "Date: ..............",
            txn=(INVOICE_RANK, bno),
        )
        p.add("left", f"To: {FIRM}, Narayanpet")
        spec = [(0.0, 0.62, "l"), (0.62, 0.76, "r"), (0.76, 1.0, "r")]
        cols(p, "jqh", spec, "Particulars", "Sets", "Amount", mode="line")
        taxable = 0.0
        for item, lo, hi_ in rng.sample(
            [
                ("Temple border design, punched", 1800, 3200),
                ("Pallu design (rudraksha), punched", 2600, 4800),
                ("Body butta design, punched", 1400, 2600),
                ("Card lacing and repair", 600, 1200),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(1, 4)
            v = float(q * rng.randrange(lo, hi_, 50))
            taxable += v
            cols(p, "jql", spec, item, str(q), num(v), mode="line")
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        dots(p, "IGST 5%", num(gst), at=0.62)
        dots(p, "Total", rs(j.amount), at=0.62, bold=True, amount=j.amount)
        p.add("gap")
        hand(p, f"Recd. by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        p.add("right", f"for {JACQUARD}")
        return p.done()
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    name = pick(p, "title", [BOXES.upper(), BOXES])
    top(p, name, merchant=name)
    p.add("small", "Saree boxes and gift packing  |  Kattedan Industrial Area, Hyderabad - 500077")
    p.add("small", f"GSTIN {gstin_of(rng, '36', 'P')}")
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    ino = f"DBI-{rng.randrange(100, 2200):04d}"
    cols(
        p,
        "bx0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice # {ino}",
        f"Invoice Date {when(earlier(rng, j, 2, 15), '%d %b %Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Bill To: {FIRM}")
    lines, taxable = [], 0.0
    for item, lo, hi_ in rng.sample(
        [
            ("Saree box, printed lid", 28, 46),
            ("Silk saree box, velvet lined", 85, 140),
            ("Tissue paper ream", 240, 380),
            ("Carry bag, non-woven", 9, 16),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(50, 600) if hi_ < 200 else rng.randrange(2, 12)
        rate = float(rng.randrange(lo, hi_))
        v = round(q * rate, 2)
        taxable += v
        lines.append(([item, str(q), num(rate), num(v)], {}))
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    grid(
        p,
        "bxg",
        [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        ["Item", "Qty", "Rate", "Amount"],
        lines,
    )
    at = 0.6
    dots(p, "CGST 9%", num(gst), at=at)
    dots(p, "SGST 9%", num(gst), at=at)
    dots(p, "Total", rs(j.amount), at=at, bold=True, amount=j.amount)
    pill(p, "PAID", status)
    kvr(p, "Payment mode", "UPI", method="UPI")
    kvr(p, "Transaction ref.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Received on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
    dots(p, "Balance due", f"{rupee_of(p.font)}0.00", at=at)
    p.add("small", "Invoice made with Swipe")
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    ("NATIONAL HANDLOOM DEV CORP LTD", "Canara Bank", "RTGS", 200000, 520000),
    ("SRI VENKATESWARA DYES AND CHEMI", "HDFC Bank", "NEFT", 12000, 90000),
    ("Boini Ranga Swamy", "Telangana Grameena Bank", "UPI", 2000, 18000),
    ("KARNATAKA SILK MARKETING BOARD", "Canara Bank", "NEFT", 60000, 190000),
    ("SHREE MARUTI COURIER SERVICE", "Axis Bank", "IMPS", 1500, 14000),
    ("DECCAN BOX INDUSTRIES", "ICICI Bank", "IMPS", 8000, 60000),
    ("SRI SAI JACQUARD DESIGNS", "Bank of Baroda", "UPI", 3000, 16000),
    ("NARAYANPET LOOM SPARES", "State Bank of India", "IMPS", 2500, 24000),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its suppliers from its banks: Union Bank of India's Vyom with an RTGS to NHDC under
    a large round tick (Transfer successful, the sum, "Paid to" over the payee; UTR No., Date & Time, From
    A/c, Remarks in shaded labels); SBI's YONO Business with a NEFT to the dyes dealer authorised and sent (a
    capsule, the sum; Beneficiary, Account, IFSC, UTR, Date, Authorised by in a striped table); PhonePe's chat
    with the dyer and no reference (the dyer on top; a payment card at the right: "Paid", the sum, "Payment
    successful", "Paid on <day>"; his reply); Equitas Small Finance Bank's NEFT to the Silk Marketing Board in
    progress over a progress bar (a capsule, the sum, a notice; Payee, UTR No., Sent on, From in a table ruled
    on every side); FedMobile's IMPS to the courier (a tile's tick, IMPS successful, the sum, "to <payee>";
    IMPS Ref No. and Date in tiles; From and Remarks at the left and the right); City Union Bank's CUB All in
    One with an IMPS to the box maker failed on a tinted band (the sum, the reason in a notice; Beneficiary,
    Amount, Reference No., Date, Reason in dot leaders); Airtel Thanks' UPI payment to the jacquard puncher
    ("Today, <hour>"; a scalloped badge, Paid, the sum, "to <payee>"; labels small over their values: UPI Ref
    No. and Paid from; no day); ICICI Bank's InstaBIZ with an IMPS to the loom spares shop under a large round
    tick (Beneficiary and Account, IMPS Ref No. and Date in tiles; Purpose). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=2000, high=90000)
    to, bank_to, way, low, high = PAYEES_OUT[k]
    j.amount = rupees(rng, low, high, 0.7 if way == "UPI" else 0.4)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, ["", "Vyom"], dark=False, buttons=("Share", "Home"))
        band(p, (210, 30, 40))
        app_head(p, "Vyom", "Union Bank of India  |  RTGS")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", to, merchant=to)
        p.add("gap")
        utr = utr_of(rng, j, "Union Bank of India", way)
        at = 0.36
        kv(p, "UTR No.", utr, at=at, txn=(UTR_RANK, utr), method=method)
        kv(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
        kv(p, "From A/c", f"CA XXXXXXXX{own4}", at=at)
        kv(p, "Remarks", "hank yarn, YSS", at=at)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "yonobusiness.sbi/payments/neft/confirmation")
        p.part = "head"
        top(p, "YONO Business")
        p.add("small", f"State Bank of India  |  {clip(FIRM_CAPS, 40)}")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Fund transfer  -  {way}")
        pill(p, "Authorised and sent", status, align="l")
        p.add("big", rs(j.amount), amount=j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        zebra(
            p,
            "yb",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            ["Transaction details", ""],
            [
                (["Beneficiary", to], {"merchant": to}),
                (["Account", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (["IFSC", f"{IFSC[bank_to]}0{digits(rng, 6)}"], {}),
                (["UTR", utr], {"txn": (UTR_RANK, utr), "method": method}),
                (["Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Authorised by", f"{PRESIDENT.split()[-1].upper()} (Level 2)"], {}),
            ],
            (40, 60, 150),
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", to, merchant=to)
        p.add("small", "PhonePe  |  Dyer, Narayanpet")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        c = h275.gcard_open(p)
        h275.inrow(p, "Paid", soft=True)
        h275.inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        h275.inrow(p, "Payment successful", soft=True, status=status, method="UPI")
        h275.inrow(
            p,
            f"Paid on {when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y']))}",
            scale=0.78,
            soft=True,
            date=j.date,
        )
        h275.gcard_close(p, c)
        p.add("gap")
        note(p, "Andindi anna, dhanyavadalu. Next lot Monday.", align="l")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Equitas"], dark=False, buttons=("Refresh",))
        band(p, (230, 120, 30))
        app_head(p, "Equitas Mobile Banking", "Equitas Small Finance Bank  |  NEFT")
        pill(p, "In progress", status)
        p.add("big", rs(j.amount), amount=j.amount)
        h294.progress(p, 0.5, status)
        boxed(p, "Your NEFT is with the beneficiary's bank for credit. Please do not send it again.", "warn")
        utr = utr_of(rng, j, "Equitas Small Finance Bank", way)
        name = "KSMB RAW SILK EXCHANGE"
        at = 0.32
        gkv(p, "eq", "Payee", name, at=at, merchant=name)
        gkv(p, "eq", "UTR No.", utr, at=at, txn=(UTR_RANK, utr), method=method)
        gkv(p, "eq", "Sent on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
        gkv(p, "eq", "From", f"Current A/c XX{own4}", at=at)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "FedMobile"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 70, 140))
        app_head(p, "FedMobile", "Federal Bank  |  IMPS")
        h287.tile(p, status)
        p.add("center", "IMPS successful", status=status)
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
        p.add("gap")
        kvr(p, "From", f"Current A/c XX{own4}", method=method)
        kvr(p, "Remarks", "parcels to Hyderabad")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "CUB All in One"], dark=False, buttons=("Try again",))
        band(p, (20, 60, 120))
        app_head(p, "CUB All in One", "City Union Bank  |  IMPS")
        h269.strip(p, "Transaction failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        boxed(
            p,
            "The beneficiary's bank is not responding. Your account has not been debited; please try again "
            "after some time.",
            "error",
        )
        ref = f"CUB{j.date:%y%m%d}{digits(rng, 6)}"
        name = clip(to, 24)
        at = 0.4
        dots(p, "Beneficiary", name, at=0.3, merchant=name)
        dots(p, "Amount", rs(j.amount), at=at)
        dots(p, "Reference No.", ref, at=at, txn=(TXN_RANK, ref), method=method)
        dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=at, date=j.date)
        dots(p, "Reason", "Beneficiary bank down", at=at)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Share", "Done"))
        band(p, (220, 20, 40))
        app_head(p, "Airtel Thanks", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("gap")
        two_up(
            p,
            "at",
            ("UPI Ref No.", j.ref),
            ("Paid from", f"SBI {masked(p.font)}{own4}"),
            txn=(UTR_RANK, j.ref),
            method=method,
        )
        return p.done()
    p = browser_page(rng, font, "instabiz.icicibank.com/payments/imps/receipt")
    p.part = "head"
    top(p, "ICICI Bank InstaBIZ")
    p.add("small", f"IMPS fund transfer  |  {clip(FIRM_CAPS, 40)}")
    p.add("rule")
    p.part = "body"
    sicon(p, status)
    p.add("center", "Transaction successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    tiles2(p, ("Beneficiary", to), ("Account", f"XXXXXXXX{digits(rng, 4)}"), merchant=to)
    p.add("gap")
    tiles2(
        p,
        ("IMPS Ref No.", j.ref),
        ("Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",))),
        txn=(UTR_RANK, j.ref),
        method=method,
        date=j.date,
    )
    p.add("gap")
    kvr(p, "Purpose", "reeds and healds")
    return p.done()


# ---------------------------------------------------------------- 7. paying the weavers and the staff


DESIGNS = [
    ("Silk saree, temple border", 2600, 4200),
    ("Silk saree, rudraksha pallu", 3000, 4600),
    ("Sico saree", 1500, 2200),
    ("Cotton saree, checks", 900, 1400),
    ("Nine-yard silk saree", 3800, 5200),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its weavers (its members, each at a pit loom in his or her own house, paid a wage
    for each saree woven) and its staff: a weaver's WEAVING WAGE SLIP under the society's Telugu name ("నేత
    కూలి చీటీ / WEAVING WAGE SLIP"; Slip No. and Date, Weaver and Loom No. in bilingual form boxes filled in
    by the clerk's hand; Design | Sarees | Wage | Amount, the sarees woven written in by hand on ruled lines;
    Gross wage and Less: Thrift Fund (Nethanna ku Cheyutha) 8% in dot leaders, Net paid under a rule and a
    double rule; Mode and UTR in boxes written in); a weaver's Bathukamma advance in a Telugu hand under the
    society's Telugu name ("బతుకమ్మ పండుగ అడ్వాన్సు రశీదు" (Bathukamma festival advance receipt); the
    almanac's year and day, "శ్రీ పరాభవ నామ సంవత్సర" (in the year Parabhava) and "ఆశ్వయుజ శుద్ధ <tithi>"
    (Ashwayuja's bright <tithi>); "తేదీ" (date) with the day written at the right; "బతుకమ్మ పండుగ అడ్వాన్సుగా"
    (as the Bathukamma festival advance), "నగదు ముట్టింది" (cash received) with the sum written at the right),
    her or his signature with the name written under it in English, a witness; no reference); Keka's payslip
    for the showroom's saleswoman (Employee Name, Employee No., Designation, Days paid in a table ruled on
    every side; Earnings | Amount | Deductions | Amount in another, Professional Tax among them; Net Pay under
    a rule and a double rule and its words; "Paid on <day> by NEFT, UTR ..."); PhonePe's payment to a weaver
    pending under a clock's disc (the sum, "to <payee>", a notice; Transaction ID, Debited from and Initiated
    in a table ruled on every side); Bank of Baroda's bob World with an IMPS to the showroom's helper (a
    capsule, the sum, "to <payee>"; labels small over their values two to a row: IMPS Ref. No. and Date, From
    and Remarks); Fi's UPI payment to a weaver failed under a large round cross (the sum, "to <payee>", the
    reason in a notice; Transaction ID, Attempted on and Account at the left and the right); Navi's UPI
    payment to a weaver under "Today, <hour>" (a large round tick, Paid, the sum, "to <payee>"; each value
    over its label: UPI Ref No., From; no day); the helper's SALARY VOUCHER paid in cash ("జీతం ఓచరు / SALARY
    VOUCHER"; Voucher No. and Date, Paid to, Month and Amount, Mode in bilingual form boxes written in; the
    sum in words; a revenue stamp signed across). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1500, high=18000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    worker = WEAVERS[(k + rng.randrange(3)) % len(WEAVERS)]
    if k == 0:
        p = sheet(rng, font, [800, 840])
        p.style["paper"] = rng.choice([(248, 240, 232), (242, 238, 226)])
        p.part = "head"
        te(p, FIRM_TE_SHORT, bold=True)
        p.add("center", FIRM)
        te(p, "నేత కూలి చీటీ  /  WEAVING WAGE SLIP", bold=True)
        p.add("rule")
        p.part = "body"
        sno = str(rng.randrange(100, 2400))
        tbox(
            p,
            ("Slip No.", "చీటీ సంఖ్య", sno),
            ("Date", "తేదీ", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"]))),
            pen=True,
            date=j.date,
            txn=(INVOICE_RANK, sno),
        )
        name = box_fit(p, "Weaver", "నేత కార్మికుడు", [worker, given(worker)], 0.64, True)
        tbox(
            p,
            ("Weaver", "నేత కార్మికుడు", name),
            ("Loom No.", "మగ్గం సంఖ్య", f"NP-{rng.randrange(10, 240)}"),
            split=0.64,
            pen=True,
            merchant=name,
        )
        spec = [(0.0, 0.5, "l"), (0.5, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "wwh", spec, "Design", "Sarees", "Wage", "Amount", mode="soft")
        start = len(p.rows)
        gross = 0
        for design, lo, hi_ in rng.sample(DESIGNS, rng.randrange(1, 3)):
            n_ = rng.randrange(1, 5)
            wage = rng.randrange(lo, hi_, 50)
            gross += n_ * wage
            h273.hcells(p, spec, design, str(n_), str(wage), str(n_ * wage))
        ledger(p, start, [0.5, 0.64, 0.8])
        thrift = round(gross * 0.08, 0)
        j.amount = float(gross - thrift)
        at = 0.62
        dots(p, "Gross wage", num(gross), at=at)
        dots(p, "Less: Thrift Fund (Nethanna ku Cheyutha) 8%", num(thrift), at=at)
        total(p, "Net paid", rs(j.amount), at=at, amount=j.amount)
        p.add("gap")
        utr = utr_of(rng, j, DCCB, "NEFT")
        tbox(
            p,
            ("Mode", "విధానం", "NEFT"),
            ("UTR", "UTR సంఖ్య", utr),
            split=0.36,
            pen=True,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        return p.done()
    if k == 1:
        season(j, rng, PADYAMI, 9)
        j.amount = float(rng.randrange(4, 20) * 500)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 244, 234)])
        p.part = "head"
        te(p, FIRM_TE_SHORT, bold=True, scale=1.02)
        p.add("center", f"{FIRM_SHORT}, Narayanpet")
        p.add("rule")
        te(p, "బతుకమ్మ పండుగ అడ్వాన్సు రశీదు", bold=True, scale=1.1)
        p.add("gap")
        p.part = "body"
        te_hand(p, "శ్రీ పరాభవ నామ సంవత్సర")
        te_hand(p, tithi_of(j.date))
        te_hand(p, "తేదీ", figure=when(j.date, rng.choice(["%d/%m/%Y", "{d}/%m/%Y"])), date=j.date)
        te_hand(p, "బతుకమ్మ పండుగ అడ్వాన్సుగా")
        te_hand(
            p,
            "నగదు ముట్టింది",
            figure=f"Rs. {int(j.amount)}/-",
            amount=j.amount,
            method="cash",
            status=status,
        )
        p.add("gap")
        sig(p)
        hand(p, worker, align="r", merchant=worker)
        p.add("gap")
        te(
            p,
            f"సాక్షి: {WEAVERS_TE[WEAVERS[(WEAVERS.index(worker) + 3) % len(WEAVERS)]]}",
            align="l",
            scale=0.85,
        )
        return p.done()
    if k == 2:
        who = SALES
        basic = float(rng.randrange(90, 140) * 100)
        hra = round(basic * 0.25, 0)
        conv = float(rng.randrange(8, 16) * 100)
        gross = basic + hra + conv
        pf = round(basic * 0.12, 0)
        esi = round(gross * 0.0075, 0)
        ptax = 150.0 if gross <= 20000 else 200.0
        j.amount = round(gross - pf - esi - ptax, 2)
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_SHORT]))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for {j.month(1)}")
        p.part = "body"
        grid(
            p,
            "kk1",
            [(0.0, 0.26, "l"), (0.26, 0.5, "l"), (0.5, 0.74, "l"), (0.74, 1.0, "l")],
            None,
            [
                (
                    ["Employee Name", who, "Employee No.", f"MCS-{rng.randrange(3, 30):03d}"],
                    {"merchant": who},
                ),
                (["Designation", "Saleswoman", "Days paid", str(rng.randrange(26, 31))], {}),
            ],
        )
        p.add("gap")
        grid(
            p,
            "kk2",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident Fund", num(pf)], {}),
                (["HRA", num(hra), "ESI", num(esi)], {}),
                (["Conveyance", num(conv), "Professional Tax", num(ptax)], {}),
                (["Gross", num(gross), "Total deductions", num(pf + esi + ptax)], {}),
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
        p.add("small", "Generated by Keka HR. This is a system-generated payslip.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Check status",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "Payment status")
        sicon(p, status)
        p.add("center", "Payment Pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            f"{given(worker)}'s bank has not confirmed the credit yet. Please wait; do not pay again.",
            "warn",
        )
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 14)}"
        grid(
            p,
            "pp",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Debited from", f"XXXXXX{digits(rng, 4)}"], {"method": "UPI"}),
                (["Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 4:
        who = HELPER
        p = phone(rng, font, k, ["", "bob World"], dark=False, buttons=("Share", "Home"))
        band(p, (240, 100, 30))
        app_head(p, "bob World", "Bank of Baroda  |  IMPS")
        pill(p, "Transfer successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {who}", merchant=who)
        p.add("gap")
        two_up(
            p,
            "bw1",
            ("IMPS Ref. No.", j.ref),
            ("Date", day_as(j, rng, ["%d %b %Y", "%d-%m-%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.add("gap")
        two_up(
            p,
            "bw2",
            ("From", f"Current XX{digits(rng, 4)}"),
            ("Remarks", "salary advance"),
            method="netbanking",
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Fi"], dark=False, buttons=("Retry",))
        band(p, (0, 148, 120))
        app_head(p, "Fi", "UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            f"{given(worker)}'s bank declined the credit. Any amount debited will be refunded to your account "
            "within 48 hours.",
            "error",
        )
        tid = f"FI{j.date:%y%m%d}{code(rng, 10, UPPER + '0123456789')}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",)), date=j.date)
        kvr(p, "Account", f"Federal Bank XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Navi"], dark=False, buttons=("Done",))
        band(p, (20, 48, 120))
        app_head(p, "Navi", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        vlab(p, "UPI Ref No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(p, "From", f"DCCB Savings {masked(p.font)}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    who = HELPER
    j.amount = float(rng.randrange(80, 140) * 100)
    p = sheet(rng, font, [820, 860])
    p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 236)])
    p.part = "head"
    te(p, FIRM_TE_SHORT, bold=True)
    p.add("center", FIRM)
    te(p, "జీతం ఓచరు  /  SALARY VOUCHER", bold=True)
    p.add("rule")
    p.part = "body"
    vno = str(rng.randrange(40, 400))
    tbox(
        p,
        ("Voucher No.", "ఓచరు సంఖ్య", vno),
        ("Date", "తేదీ", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"]))),
        pen=True,
        txn=(INVOICE_RANK, vno),
        date=j.date,
    )
    tbox(p, ("Paid to", "పేరు", who), pen=True, merchant=who)
    tbox(
        p,
        ("Month", "నెల", j.month(1)),
        ("Amount", "మొత్తం (రూ.)", f"Rs. {num(j.amount, 'indian', 0)}/-"),
        pen=True,
        amount=j.amount,
    )
    tbox(p, ("Mode", "విధానం", "Cash"), pen=True, method="cash", status=status)
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h289.revenue(p)
    sig(p)
    p.add("right", "Received by")
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


MUNICIPALITY = "Narayanpet Municipality"
MUNICIPALITY_TE = "నారాయణపేట పురపాలక సంఘం"
ELECTRICAL = "Chief Electrical Inspector to Government, Telangana"
EPFO = "Employees' Provident Fund Organisation"
FIRE = "Telangana State Disaster Response & Fire Services Department"
EXHIBITION = "ALL INDIA INDUSTRIAL EXHIBITION SOCIETY"
LABOUR_TG = "Labour Department, Telangana"
TRANSPORT = "Transport Department, Telangana"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's fees, taxes and dues, the authority paid as printed: Narayanpet Municipality's trade
    licence e-receipt for the showroom under its Telugu name ("చెల్లింపు విజయవంతం / Payment Successful"; its
    fields in bilingual form boxes, printed: Receipt No. and Date, Licence No. and Year, Trade name, Amount
    and Mode, UPI Ref); the Chief Electrical Inspector's fee for the showroom's generator (Paid in a capsule;
    Application No., Applicant, Installation, Fee, Transaction ID, Bank Ref. No., Mode, Date against a
    gutter); EPFO's ECR challan awaiting the bank's confirmation under a spinner (a notice; TRRN :,
    Establishment ID :, Wage month :, Amount :, Bank :, Initiated on : with colons); the Fire Services
    Department's NOC renewal fee (a large round tick, Payment received; Application No. and Receipt No.,
    Amount and Mode, Transaction ID and Date in tiles); the All India Industrial Exhibition Society's stall
    rent receipt from its book for the Numaish, across its counterfoil and its receipt (its No. left blank;
    Date, Received from, Stall No. and the sum written in; "Cash"; its oval stamp; the cashier's signature; no
    reference); MeeSeva's payment for the Labour Department's shop renewal failed on a tinted band (the reason
    in a notice; MeeSeva Txn ID, Service, Department, Amount, Card, Attempted on in shaded labels);
    mParivahan's quarterly tax for the society's goods auto ("Today, <hour>"; the Transport Department under
    the app's bar, a large round tick, Tax paid, the sum; Vehicle No., Transaction ID and Paid via in shaded
    labels; no day); the Telangana Cyber Treasury's e-challan for the co-operative audit fee (Payment
    successful; Challan No., Department, Head of Account, Remitter, Amount, Bank Ref. No., Mode, Date of
    payment in dot leaders in a rounded card). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=500, high=40000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([1800, 2400, 3000, 3600, 4500]))
        p = browser_page(rng, font, "cdma.telangana.gov.in/tradelicence/receipt")
        p.part = "head"
        te(p, MUNICIPALITY_TE, bold=True, scale=1.1)
        name = pick(p, "title", [MUNICIPALITY, MUNICIPALITY.upper()])
        top(p, name, merchant=name)
        p.add("small", "Commissioner & Director of Municipal Administration, Telangana  |  Trade Licence")
        p.add("rule")
        p.part = "body"
        te(p, "చెల్లింపు విజయవంతం  /  Payment Successful", bold=True, status=status)
        rno = f"NPT/TL/{j.date:%y}/{digits(rng, 5)}"
        tbox(
            p,
            ("Receipt No.", "రశీదు సంఖ్య", rno),
            ("Date", "తేదీ", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])),
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        tbox(
            p,
            ("Licence No.", "లైసెన్సు సంఖ్య", f"TL/{rng.randrange(100, 900)}/2021"),
            ("Year", "సంవత్సరం", f"20{fy(j.date)}"),
        )
        tbox(p, ("Trade name", "వ్యాపారం పేరు", SHOP))
        tbox(
            p,
            ("Amount", "మొత్తం (రూ.)", rs(j.amount)),
            ("Mode", "విధానం", "UPI"),
            bold=True,
            amount=j.amount,
            method="UPI",
        )
        tbox(p, ("UPI Ref", "UPI రిఫరెన్స్", j.ref), txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([1500, 2000, 3000, 4000]))
        p = browser_page(rng, font, "ceig.telangana.gov.in/online/payment/receipt")
        p.part = "head"
        name = pick(p, "title", [ELECTRICAL, "Chief Electrical Inspector, Telangana"])
        top(p, name, merchant=name)
        p.add("small", "Energy Department, Government of Telangana  |  Online fee payment")
        p.add("rule")
        p.part = "body"
        pill(p, "Paid", status)
        p.add("gap")
        tid = f"CEIG{digits(rng, 11)}"
        bref = f"SBI{digits(rng, 9)}"
        at = 0.4
        gutter(p, "ce", "Application No.", f"CEIG/MBNR/{digits(rng, 6)}", at=at)
        gutter(p, "ce", "Applicant", FIRM_SHORT, at=at)
        gutter(p, "ce", "Installation", "DG set 62.5 kVA, showroom", at=at)
        gutter(p, "ce", "Fee", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "ce", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        gutter(p, "ce", "Bank Ref. No.", bref, at=at, txn=(BANK_RANK, bref))
        gutter(p, "ce", "Mode", "Net Banking", at=at, method="netbanking")
        gutter(p, "ce", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 6000, 42000, 0.0)
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/challan/status")
        p.part = "head"
        name = pick(p, "title", [EPFO, "EPFO"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Govt. of India  |  ECR challan")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, (226, 160, 40))
        p.add("center", "Payment confirmation awaited from bank", status=status)
        boxed(
            p,
            "Your bank has not yet confirmed this challan. Check its status after some time before paying "
            "again; the TRRN stays valid.",
            "warn",
        )
        trrn = f"{rng.randrange(3, 5)}{j.date:%y%m}{digits(rng, 8)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "ep", spec, "TRRN :", trrn, txn=(INVOICE_RANK, trrn))
        h271.colkv(p, "ep", spec, "Establishment ID :", f"APHYD{digits(rng, 7)}000")
        h271.colkv(p, "ep", spec, "Wage month :", j.month(1))
        h271.colkv(p, "ep", spec, "Amount :", rs(j.amount), amount=j.amount)
        h271.colkv(p, "ep", spec, "Bank :", "State Bank of India (Net Banking)", method="netbanking")
        h271.colkv(
            p,
            "ep",
            spec,
            "Initiated on :",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)),
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([2500, 3500, 5000, 6500]))
        p = browser_page(rng, font, "fire.telangana.gov.in/noc/renewal/receipt")
        p.part = "head"
        name = pick(p, "title", [FIRE, "Telangana Fire Services Department"])
        top(p, name, merchant=name)
        p.add("small", "Fire NOC renewal  |  Narayanpet Fire Station")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment received", status=status)
        p.add("gap")
        tid = f"TSFIRE{digits(rng, 10)}"
        rno = f"FS/NPT/{j.date:%y}/{digits(rng, 4)}"
        tiles2(p, ("Application No.", f"NOC{digits(rng, 8)}"), ("Receipt No.", rno), txn=(INVOICE_RANK, rno))
        p.add("gap")
        tiles2(p, ("Amount", rs(j.amount)), ("Mode", "UPI"), amount=j.amount, method="UPI")
        p.add("gap")
        tiles2(
            p,
            ("Transaction ID", tid),
            ("Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        return p.done()
    if k == 4:
        season(j, rng, NUMAISH, 7)
        j.amount = float(rng.choice([18000, 22500, 27000, 31500]))
        p = sheet(rng, font, [800, 840])
        p.style["paper"] = rng.choice([(246, 242, 224), (242, 240, 226)])
        one_pen(p)
        at = 0.3
        p.part = "head"
        c0 = len(p.rows)
        h269.kind(p, "ex0", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "plain", bold=(0, 1))
        h269.row(p, "ex0", "COUNTERFOIL", EXHIBITION, merchant=EXHIBITION)
        cols(p, "ex1", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "", "Exhibition Grounds, Nampally, Hyderabad")
        cols(p, "ex1", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "", "85th Numaish  |  STALL RENT RECEIPT")
        p.part = "body"
        cols(
            p,
            "ex2",
            [(0.0, at, "l"), (at + 0.03, 0.72, "l"), (0.72, 1.0, "r")],
            "No. .......",
            "",
            "No. .......",
        )
        d = when(j.date, rng.choice(["%d/%m/%y", "%d-%m-%Y"]))
        whole = f"{num(j.amount, 'indian', 0)}/-"
        stall = f"H-{rng.randrange(100, 400)}"
        h271.fill2(p, ("Date", d), ("Date", d), at, date=j.date)
        h271.fill2(p, ("From", "Markandeya"), ("Received from", SHOP), at)
        h271.fill2(p, ("Stall", stall), ("Stall No.", f"{stall} (handloom)"), at)
        h271.fill2(p, ("Rs.", whole), ("the sum of Rs.", whole), at, amount=j.amount)
        h271.fill2(p, ("By", "Cash"), ("by cash / D.D.", "Cash"), at, method="cash", status=status)
        h271.perf(p, c0, at + 0.015)
        h287.oval(p, ["AIIE SOCIETY", "RECEIVED", "NAMPALLY"], "violet", at=0.56, rows_=3)
        sig(p)
        p.add("right", "Cashier")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([1200, 1500, 2250, 3000]))
        p = browser_page(rng, font, "ts.meeseva.telangana.gov.in/payment/response")
        p.part = "head"
        top(p, "MeeSeva")
        p.add("small", "Government of Telangana  |  Online payment")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "Your card was declined by the issuing bank. The service request has not been submitted; no "
            "amount has been charged.",
            "error",
        )
        tid = f"MS{j.date:%y%m%d}{digits(rng, 8)}"
        at = 0.38
        kv(p, "MeeSeva Txn ID", tid, at=at, txn=(TXN_RANK, tid))
        kv(p, "Service", "Shops & Establishments renewal", at=at)
        kv(p, "Department", LABOUR_TG, at=at, merchant=LABOUR_TG)
        kv(p, "Amount", rs(j.amount), at=at, amount=j.amount)
        kv(p, "Card", f"RuPay Debit XX{digits(rng, 4)}", at=at, method="card")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=at, date=j.date)
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([1340, 1560, 1890, 2120]))
        p = phone(rng, font, k, ["", "mParivahan"], dark=False, buttons=("Download receipt",))
        band(p, (20, 70, 140))
        bar(p, "mParivahan", TRANSPORT, merchant=TRANSPORT)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Tax paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Quarterly tax  |  Goods carrier (three-wheeler)")
        p.add("gap")
        tid = f"TGTR{digits(rng, 12)}"
        at = 0.4
        kv(p, "Vehicle No.", f"TS 32 T {rng.randrange(1000, 9999)}", at=at)
        kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        kv(p, "Paid via", "UPI", at=at, method="UPI")
        return p.done()
    j.amount = float(rng.choice([4500, 6000, 7500, 9000, 12000]))
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    top(p, "Telangana Cyber Treasury")
    p.add("small", "Directorate of Treasuries & Accounts  |  e-Challan  (Remitter's copy)")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment successful", status=status)
    p.add("gap")
    cno = f"{j.date:%y}{digits(rng, 10)}"
    bref = f"IK{digits(rng, 10)}"
    dept = "Registrar of Co-operative Societies, Telangana"
    c = card_open(p)
    at = 0.4
    dots(p, "Challan No.", cno, at=at, txn=(INVOICE_RANK, cno))
    dots(p, "Department", dept, at=0.26, merchant=dept)
    dots(p, "Head of Account", "0425-00-101 Audit fees", at=0.3)
    dots(p, "Remitter", FIRM_SHORT, at=0.26)
    dots(p, "Amount", rs(j.amount), at=at, bold=True, amount=j.amount)
    dots(p, "Bank Ref. No.", bref, at=at, txn=(BANK_RANK, bref))
    dots(p, "Mode", "Net Banking (SBI)", at=at, method="netbanking")
    dots(p, "Date of payment", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    card_close(p, c)
    p.add("gap")
    p.add("small", "Generated by the Integrated Financial Management System, Telangana.")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


NEW_INDIA = "The New India Assurance Co. Ltd."
UNITED = "United India Insurance Co. Ltd."
LOMBARD = "ICICI Lombard General Insurance Co. Ltd."
CHOLA = "Cholamandalam MS General Insurance Co. Ltd."
MANIPAL = "ManipalCigna Health Insurance Co. Ltd."
RELIANCE = "Reliance General Insurance"
SOMPO = "Universal Sompo General Insurance Co. Ltd."
SHRIRAM = "SHRIRAM GENERAL INSURANCE"


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's premiums, the insurer on top, under its app's bar or signing its message: The New India
    Assurance's PREMIUM RECEIPT for the fire policy on the yarn and saree stock in the godown (labels with
    colons two to a row: Receipt No. and Receipt Date, Policy No. and Period, Sum Insured and Premium, GST 18%
    and Total, Mode and UTR; a signature); United India's shopkeeper's policy mail for the showroom (its
    sentence; Policy No., Premium, GST 18%, Total, Receipt No., Paid on, Mode at the left and the right);
    ICICI Lombard's IL TakeCare with the marine transit cover for a Bathukamma consignment ("Today, <hour>";
    the insurer under the app's bar, a tile's tick, Policy issued, the sum; Certificate No. and Payment ID in
    tiles; Voyage and Paid via at the left and the right; no day); Cholamandalam MS' motor renewal for the
    goods auto failed by card under a large round cross (the reason in a notice; Policy number, Amount,
    Payment ref., Card used, Tried on, Failure reason in a table ruled on every side); ManipalCigna's health
    renewal for the manager's family under process over a progress bar (a capsule, a notice; labels small over
    their values two to a row: Policy No. and Premium, GST and Paid via, Transaction ID and Initiated on);
    Reliance General's SMS of the weavers' group accident premium received ("Dear Customer, premium of Rs.x
    for policy ... received on <dd/mm/yyyy> via NEFT. Ref .... Thank you. - Reliance General Insurance");
    Universal Sompo's letter acknowledging the weavers' group health premium, punched for its file ("To, The
    President," and the society; "... we have received Rs. x by NEFT on <day> ..."; no reference); Shriram
    General's receipt for the goods auto's cover typed on its agent's roll (RECEIPT NO, POLICY NO, VEHICLE, OD
    PREMIUM, TP PREMIUM, GST 18%, TOTAL, DATE; PAID BY UPI and its UPI REF). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=1500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        si = float(rng.randrange(20, 120) * 100000)
        prem = round(si * rng.uniform(0.0005, 0.0009), 0)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = sheet(rng, font, [860, 900])
        p.part = "head"
        ins = pick(p, "title", [NEW_INDIA, "The New India Assurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Divisional Office, Mahabubnagar  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")]
        rno = f"{rng.randrange(61, 69)}{j.date:%y}{digits(rng, 8)}"
        h271.colkv(
            p,
            "na",
            spec,
            "Receipt No.:",
            rno,
            "Receipt Date:",
            day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]),
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        h271.colkv(p, "na", spec, "Policy No.:", f"6113{digits(rng, 6)}", "Period:", "1 year")
        h271.colkv(p, "na", spec, "Sum Insured:", num(si, "indian", 0), "Premium:", num(prem))
        h271.colkv(p, "na", spec, "GST 18%:", num(gst), "Total:", num(j.amount), amount=j.amount)
        h271.colkv(
            p, "na", spec, "Mode:", way, "UTR:", utr, method="netbanking", status=status, txn=(UTR_RANK, utr)
        )
        p.add(
            "small", "Standard Fire & Special Perils  |  Stock of yarn and sarees, society godown, Narayanpet"
        )
        p.add("gap")
        sig(p)
        p.add("right", "For Divisional Manager")
        return p.done()
    if k == 1:
        prem = float(rng.randrange(30, 160) * 50)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = mail_page(
            rng,
            font,
            "United India Insurance <noreply@uiic.co.in>",
            ["Premium receipt - Shopkeeper's Policy", "Your policy is renewed"],
        )
        p.part = "head"
        ins = pick(p, "title", [UNITED, "United India Insurance"])
        top(p, ins, merchant=ins)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear Customer, thank you for renewing the Shopkeeper's Policy for {SHOP}, Narayanpet. We have "
            "received your premium as below.",
            status=status,
        )
        p.add("gap")
        rno = f"UIIC{j.date:%y}{digits(rng, 9)}"
        kvr(p, "Policy No.", f"0510{digits(rng, 2)}/48/26/{digits(rng, 8)}")
        kvr(p, "Premium", num(prem))
        kvr(p, "GST 18%", num(gst))
        kvr(p, "Total", rs(j.amount), amount=j.amount)
        kvr(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        kvr(p, "Paid on", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        kvr(p, "Mode", "UPI", method="UPI")
        p.add("small", "This is a system-generated mail; the policy schedule is attached.")
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 1800, 9000, 0.3)
        p = phone(rng, font, k, ["", "IL TakeCare"], dark=False, buttons=("View certificate",))
        band(p, (180, 30, 40))
        bar(p, "IL TakeCare", LOMBARD, merchant=LOMBARD)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Policy issued", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Marine transit (inland)  |  Bathukamma sarees")
        p.add("gap")
        pid = f"ILPAY{digits(rng, 11)}"
        tiles2(p, ("Certificate No.", f"MIC/{digits(rng, 7)}"), ("Payment ID", pid), txn=(TXN_RANK, pid))
        p.add("gap")
        kvr(p, "Voyage", "Narayanpet - Hyderabad")
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 5200, 14000, 0.3)
        p = browser_page(rng, font, "www.cholainsurance.com/motor/renew/payment-status")
        p.part = "head"
        ins = pick(p, "title", [CHOLA, "Chola MS General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Motor renewal  |  Goods carrying vehicle")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment unsuccessful", status=status)
        boxed(
            p,
            "Your bank declined the card payment (card expired). Your policy has not been renewed.",
            "error",
        )
        tid = f"CHOLA{digits(rng, 12)}"
        at = 0.36
        gkv(p, "cm", "Policy number", f"3379/{digits(rng, 8)}/000/00", at=at)
        gkv(p, "cm", "Amount", rs(j.amount), at=at, amount=j.amount)
        gkv(p, "cm", "Payment ref.", tid, at=at, txn=(TXN_RANK, tid))
        gkv(p, "cm", "Card used", f"Visa Debit XX{digits(rng, 4)}", at=at, method="card")
        gkv(p, "cm", "Tried on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=at, date=j.date)
        gkv(p, "cm", "Failure reason", "Card expired", at=at)
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 14000, 38000, 0.3)
        p = phone(rng, font, k, ["", "ManipalCigna"], dark=False, buttons=("Refresh",))
        band(p, (0, 100, 160))
        bar(p, "ManipalCigna", MANIPAL, merchant=MANIPAL)
        chip(p, "Renewal under process", status)
        h294.progress(p, 0.6, status)
        boxed(p, "We are confirming your payment with your bank. Your cover continues meanwhile.", "warn")
        tid = f"MCHI{j.date:%y%m%d}{digits(rng, 7)}"
        two_up(
            p, "mc1", ("Policy No.", f"PROHLR{digits(rng, 9)}"), ("Premium", rs(j.amount)), amount=j.amount
        )
        p.add("gap")
        two_up(p, "mc2", ("GST", "Nil (exempt)"), ("Paid via", "Net Banking"), method="netbanking")
        p.add("gap")
        two_up(
            p,
            "mc3",
            ("Transaction ID", tid),
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 6000, 40000, 0.2)
        ref = f"RGI{digits(rng, 10)}"
        text = (
            f"Dear Customer, premium of Rs.{num(j.amount, 'plain')} for policy {digits(rng, 12)} received on "
            f"{when(j.date, '%d/%m/%Y')} via NEFT. Ref {ref}. Thank you. - Reliance General Insurance"
        )
        p = sms_page(rng, font, "VM-RELGEN", text, j.date)
        p.add(
            "left",
            text,
            merchant=RELIANCE,
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(TXN_RANK, ref),
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(60, 400) * 250)
        p = sheet(rng, font, [800, 840])
        h275.holes(p)
        p.part = "head"
        ins = pick(p, "title", [SOMPO, "Universal Sompo General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Hyderabad Regional Office, Banjara Hills")
        p.add("rule")
        p.part = "body"
        p.add("left", "To,")
        p.add("left", "The President,")
        p.add("left", f"{FIRM}, {TOWN}")
        p.add("gap")
        p.add("left", "Sub: Group health policy for the weavers of the society - premium.")
        prose(
            p,
            f"We acknowledge with thanks that we have received Rs. {num(j.amount, 'indian')} by NEFT on "
            f"{when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))} towards the premium of the group health "
            "policy covering the member weavers of your society and their families.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        prose(p, "The policy schedule and the members' cards will follow.")
        p.add("gap")
        sig(p)
        p.add("right", "Branch Manager")
        return p.done()
    od = float(rng.randrange(18, 60) * 50)
    tp = float(rng.choice([3140, 4492]))
    gst = round((od + tp) * 0.18, 2)
    j.amount = round(od + tp + gst, 2)
    p = roll(rng, font, [540, 580], [17, 18])
    p.part = "head"
    ins = pick(p, "center", [SHRIRAM, "SHRIRAM GENERAL INS."])
    p.add("center", ins, merchant=ins)
    typed(p, "AGENT: NARAYANPET (MBNR)")
    p.add("rule")
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT")
    rno = f"{digits(rng, 3)}{j.date:%y}{digits(rng, 7)}"
    typed(p, f"RECEIPT NO : {rno}", txn=(INVOICE_RANK, rno))
    typed(p, f"POLICY NO  : 101{digits(rng, 9)}")
    typed(p, f"VEHICLE    : TS 32 T {rng.randrange(1000, 9999)}")
    typed(p, f"OD PREMIUM : {od:>10.2f}")
    typed(p, f"TP PREMIUM : {tp:>10.2f}")
    typed(p, f"GST 18%    : {gst:>10.2f}")
    typed(p, f"TOTAL      : {j.amount:>10.2f}", amount=j.amount)
    typed(p, f"DATE       : {when(j.date, '%d-%m-%Y')}", date=j.date)
    p.add("rule")
    typed(p, "PAID BY UPI", method="UPI", status=status)
    typed(p, f"UPI REF    : {j.ref}", txn=(UTR_RANK, j.ref))
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("MARKANDEYA CHENETHA SAREES", "MAIN ROAD, NARAYANPET", "HDFC BANK", "hdfc"),
    ("MARKANDEYA CHENETHA - NUMAISH", "STALL 214, NAMPALLY, HYD", "mosambee", "mosambee"),
    ("HOTEL SITARA GRAND", "STATION ROAD, NAMPALLY, HYDERABAD", "IDFC FIRST BANK", "idfc"),
    ("NARAYANPET LOOM SPARES", "GANDHI CHOWK, NARAYANPET", "STATE BANK OF INDIA", "declined"),
    ("IRCTC", "Indian Railway Catering and Tourism Corporation", "", "rail"),
    ("Charminar Spice House", "SD Road, Secunderabad", "", "restaurant"),
    ("SRI KRISHNA STATIONERS", "", "", "sms"),
    ("Kalanidhi Art Supplies", "Abids, Hyderabad", "", "cardapp"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's and the Numaish stall's terminals and the society's card elsewhere: HDFC Bank's
    SALE slip at the showroom (each label padded to a column and a colon: DATE, TIME, MID, TID, BATCH,
    INVOICE, CARD, TYPE, AUTH, RRN; SALE AMT set large; APPROVED, PIN VERIFIED OK, CUSTOMER COPY); Mosambee's
    terminal at the Numaish stall in the Numaish's days with the sale's status unknown (CARD SALE; DATE, TIME,
    TID, INVOICE, CARD, AMOUNT each in dot leaders; TXN STATUS UNKNOWN, PLEASE CHECK WITH BANK BEFORE RETRY);
    IDFC FIRST Bank's slip at a Hyderabad hotel (SALE; DATE :, TIME :, TID :, INV :, CARD :, AUTH CODE :, RRN
    :, AMOUNT : typed in the roll's printer's face; APPROVED); State Bank of India's slip at the loom spares
    shop DECLINED (SALE; DATE | TIME | TID and INVOICE | CARD | AMOUNT small over their values in three
    columns; 51 INSUFFICIENT FUNDS); IRCTC's e-ticket for the Kacheguda - Yesvantpur Vande Bharat to a buyers'
    meet (Booking confirmed; PNR, Train, Date of journey, Fare, Convenience fee, Total, Paid by, Transaction
    ID, Booked on in a table ruled on every side); a Secunderabad restaurant's bill from DotPe settled by card
    (Bill No., Date, Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Settled: Card", the
    card and its Auth Code); Axis Bank's SMS of a spend on the society's card, its lines one under another
    ("Spent / Card no. XX1234 / INR x / <dd-mm-yy> <hh:mm:ss> IST / <MERCHANT> / Avl Limit: INR y ..."; no
    reference); the Uni Card app with a spend at an art supplies shop ("Today, <hour>"; the merchant over its
    town, the sum, Successful; each value over its label: Card, Transaction ID, Category; no day). All new
    here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=800, high=38000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "mosambee":
        season(j, rng, NUMAISH, NUMAISH_DAYS)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        j.amount = rupees(rng, 300, 6000, 0.5)
        text = (
            f"Spent\nCard no. XX{last4}\nINR {j.amount:.2f}\n{when(j.date, '%d-%m-%y')} {t} IST\n{name}\n"
            f"Avl Limit: INR {rupees(rng, 40000, 300000, 0.0):.2f}\nNot you? SMS BLOCK {last4} to "
            "919951860002\nAxis Bank"
        )
        p = sms_page(rng, font, "AX-AXISBK", text, j.date)
        p.add(
            "left",
            text.replace("\n", " "),
            merchant=name,
            amount=j.amount,
            method="card",
            status=status,
            date=j.date,
        )
        return p.done()
    if layout == "cardapp":
        j.amount = rupees(rng, 400, 9000, 0.4)
        p = phone(rng, font, k, ["", "Uni"], dark=True, buttons=("Need help?",))
        app_head(p, "uni", "Card transaction")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", town)
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Successful", status=status)
        p.add("gap")
        ref = digits(rng, 12)
        vlab(p, "Card", f"Uni Card {masked(p.font)}{last4}", bold=False, method="card")
        vlab(p, "Transaction ID", ref, bold=False, txn=(TXN_RANK, ref))
        vlab(p, "Category", "Shopping", bold=False)
        return p.done()
    if layout == "rail":
        base = float(rng.choice([1045, 1110, 1215, 2080, 2230]))
        conv = 35.4
        j.amount = round(base * rng.randrange(1, 4) + conv, 2)
        p = browser_page(rng, font, "www.irctc.co.in/nget/booking/ticket")
        p.part = "head"
        p.add("title", name, merchant=name)
        p.add("small", "Electronic Reservation Slip (ERS)")
        p.add("rule")
        p.part = "body"
        p.add("center", "Booking confirmed", status=status)
        pnr = digits(rng, 10)
        journey = j.date + dt.timedelta(days=rng.randrange(3, 40))
        tid = f"10000{digits(rng, 7)}"
        grid(
            p,
            "ir",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["PNR", pnr], {"txn": (ORDER_RANK, pnr)}),
                (["Train", "20703 KCG YPR VANDE BHARAT"], {}),
                (["Date of journey", when(journey, "%d-%b-%Y")], {}),
                (["Fare", num(round(j.amount - conv, 2))], {}),
                (["Convenience fee", num(conv)], {}),
                (["Total", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
                (["Paid by", f"{scheme.title()} Credit Card XX{last4}"], {"method": "card"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Booked on", when(j.date, rng.choice(["%d-%b-%Y", "%d/%m/%Y"]))], {"date": j.date}),
            ],
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
        p.add("small", town)
        p.add("small", f"GSTIN {gstin_of(rng, '36', 'P')}")
        p.part = "body"
        p.add("rule")
        bno = str(rng.randrange(1200, 9999))
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("Table", f"T{rng.randrange(1, 30)}")
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Chicken biryani", 380),
                ("Mutton biryani", 460),
                ("Veg biryani", 290),
                ("Double ka meetha", 140),
                ("Mirchi ka salan", 120),
                ("Rumali roti", 40),
                ("Qubani ka meetha", 160),
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
        p.add("left", f"{scheme} XX{last4}  Auth Code {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Powered by DotPe")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "hdfc":
        p.add("center", "SALE")
        p.add("rule")
        slip = h271.slipline
        slip(p, "DATE", when(j.date, "%d/%m/%y"), date=j.date)
        slip(p, "TIME", t)
        slip(p, "MID", mid[:10])
        slip(p, "TID", tid)
        slip(p, "BATCH", batch)
        slip(p, "INVOICE", inv, txn=(INVOICE_RANK, inv))
        slip(p, "CARD", f"XXXX XXXX XXXX {last4}")
        slip(p, "TYPE", f"{scheme} CHIP", method="card")
        slip(p, "AUTH", appr, txn=(APPR_RANK, appr))
        slip(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("center", "SALE AMT")
        p.add("big", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK")
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "mosambee":
        p.add("center", "CARD SALE")
        p.add("rule")
        pad = h273.padded
        pad(p, "DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        pad(p, "TIME", t[:5])
        pad(p, "TID", tid)
        pad(p, "INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        pad(p, "CARD", f"{scheme} XX{last4}", method="card")
        pad(p, "AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TXN STATUS UNKNOWN", status=status)
        p.add("small", "PLEASE CHECK WITH BANK")
        p.add("small", "BEFORE RETRY")
    elif layout == "idfc":
        p.add("center", "SALE")
        p.add("rule")
        typed(p, f"DATE      : {when(j.date, '%d-%m-%Y')}", date=j.date)
        typed(p, f"TIME      : {t}")
        typed(p, f"TID       : {tid}")
        typed(p, f"INV       : {inv[-6:]}", txn=(INVOICE_RANK, inv[-6:]))
        typed(p, f"CARD      : {scheme} XX{last4}", method="card")
        typed(p, f"AUTH CODE : {appr}", txn=(APPR_RANK, appr))
        typed(p, f"RRN       : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        typed(p, f"AMOUNT    : {fmt(j.amount)}", scale=1.0, amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "THANK YOU, VISIT AGAIN")
    else:
        p.add("center", "SALE")
        p.add("rule")
        spec = [(0.0, 0.38, "l"), (0.38, 0.68, "l"), (0.68, 1.0, "r")]
        cols(p, "sbh", spec, "DATE", "TIME", "TID", mode="soft")
        cols(p, "sbv", spec, when(j.date, "%d/%m/%y"), t[:5], tid, date=j.date)
        cols(p, "sbh2", spec, "INVOICE", "CARD", "AMOUNT", mode="soft")
        cols(
            p,
            "sbv2",
            spec,
            inv[-6:],
            f"{'MC' if scheme == 'MASTERCARD' else scheme} XX{last4}",
            fmt(j.amount),
            txn=(INVOICE_RANK, inv[-6:]),
            method="card",
            amount=j.amount,
        )
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("small", "51 INSUFFICIENT FUNDS")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


TGSPDCL = "Southern Power Distribution Company of Telangana Ltd."
TGSPDCL_SHORT = "TGSPDCL"
TGSPDCL_TE = "తెలంగాణ దక్షిణ ప్రాంత విద్యుత్ పంపిణీ సంస్థ లి."
HATHWAY = "Hathway Cable & Datacom Ltd."
HPCL = "Hindustan Petroleum Corporation Ltd."
SUN_DIRECT = "Sun Direct TV Pvt. Ltd."
WATER_CAN = "SRI LAKSHMI MINERAL WATER"
EXCITEL = "Excitel Broadband"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's, the godown's and the showroom's bills: TGSPDCL's online payment receipt for the showroom
    under its Telugu name (Payment Successful; its fields in bilingual form boxes, printed: USC No. and Bill
    Month, Consumer Name, Amount Paid and Mode, Receipt No. and Transaction ID, Payment Date); Hathway's app
    with the showroom's broadband paid ("Today, <hour>"; the company under the app's bar, a scalloped badge,
    Payment successful, the sum; Account No., Transaction ID and Paid via in shaded labels; no day); HP Pay
    with the godown's refill payment awaiting confirmation under a spinner (a notice; Consumer No.,
    Distributor, Amount, Paid via, Order ID, Initiated on in a striped table); Sun Direct's recharge for the
    showroom's television failed under a tile's cross (the reason in a notice; Smart Card No., Amount,
    Transaction ID, Card, Attempted on at the left and the right); the MeeSeva centre's receipt for the
    municipality's water charges typed on its roll (MEESEVA, the centre; CITIZEN RECEIPT; SERVICE, DEPARTMENT,
    CONNECTION, PERIOD, AMOUNT, TXN ID, RECEIPT NO, DATE; PAID BY CASH); TGSPDCL's SMS of a payment received
    ("Dear Consumer, Rs.x received towards USC ... on <dd-mm-yyyy> through UPI. Txn ID .... Thank you -
    TGSPDCL"); a mineral water supplier's monthly card in a Telugu hand on a spiral pad's page (his name in
    Latin letters on top; "నెల" (month) with its month at the right; the twenty-litre cans at their rate with
    the sum at the right, "మొత్తం" (total), "నగదు ముట్టింది" (cash received) with the day at the right; no
    reference); Excitel's payment receipt mail (its sentence; Account ID, Plan, Amount, Transaction ID,
    Payment mode, Paid on in dot leaders). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=400, high=16000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = rupees(rng, 1400, 12000, 0.3)
        p = browser_page(rng, font, "www.tgsouthernpower.org/quickpay/receipt")
        p.part = "head"
        te(p, TGSPDCL_TE, bold=True)
        name = pick(p, "title", [TGSPDCL, TGSPDCL_SHORT])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment receipt  |  Narayanpet section")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        rno = f"{j.date:%y%m}{digits(rng, 8)}"
        tid = f"TGS{digits(rng, 12)}"
        tbox(p, ("USC No.", "సర్వీసు సంఖ్య", digits(rng, 9)), ("Bill Month", "బిల్లు నెల", j.month(1)))
        tbox(p, ("Consumer Name", "వినియోగదారుని పేరు", clip(FIRM_CAPS, 36)))
        tbox(
            p,
            ("Amount Paid", "చెల్లించిన మొత్తం", rs(j.amount)),
            ("Mode", "విధానం", "Net Banking"),
            bold=True,
            amount=j.amount,
            method="netbanking",
        )
        tbox(p, ("Receipt No.", "రశీదు సంఖ్య", rno), ("Transaction ID", "లావాదేవీ సంఖ్య", tid), txn=(TXN_RANK, tid))
        tbox(p, ("Payment Date", "చెల్లింపు తేదీ", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])), date=j.date)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([708.0, 826.0, 1062.0, 1179.0]))
        p = phone(rng, font, k, ["", "Hathway"], dark=False, buttons=("Done",))
        band(p, (0, 120, 190))
        bar(p, "Hathway", HATHWAY, merchant=HATHWAY)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Broadband  |  {SHOP}, Narayanpet")
        p.add("gap")
        tid = digits(rng, 14)
        at = 0.4
        kv(p, "Account No.", f"HW{digits(rng, 8)}", at=at)
        kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        kv(p, "Paid via", "UPI", at=at, method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([856.0, 871.5, 889.0, 905.5]))
        p = phone(rng, font, k, ["", "HP Pay"], dark=False, buttons=("Refresh",))
        band(p, (0, 80, 150))
        bar(p, "HP Pay", HPCL, merchant=HPCL)
        h279.spinner(p, (226, 160, 40))
        p.add("center", "Payment awaiting confirmation", status=status)
        boxed(
            p, "Your bank has not confirmed the payment yet. The refill will be booked once it does.", "warn"
        )
        oid = f"HP{digits(rng, 12)}"
        zebra(
            p,
            "hp",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Refill booking", ""],
            [
                (["Consumer No.", digits(rng, 8)], {}),
                (["Distributor", "Sri Sai HP Gas, Narayanpet"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Paid via", "UPI"], {"method": "UPI"}),
                (["Order ID", oid], {"txn": (ORDER_RANK, oid)}),
                (["Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))], {"date": j.date}),
            ],
            (0, 80, 150),
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([299.0, 349.0, 449.0, 560.0]))
        p = phone(rng, font, k, ["", "Sun Direct"], dark=False, buttons=("Try again",))
        band(p, (240, 120, 20))
        bar(p, "Sun Direct", SUN_DIRECT, merchant=SUN_DIRECT)
        h287.tile(p, status)
        p.add("center", "Recharge failed", status=status)
        boxed(
            p,
            "Your bank declined the card payment. Your pack has not been renewed; nothing was charged.",
            "error",
        )
        tid = f"SD{j.date:%y%m%d}{digits(rng, 8)}"
        kvr(p, "Smart Card No.", digits(rng, 11))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Card", f"RuPay Debit XX{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([300, 450, 600, 900, 1200]))
        p = roll(rng, font, [560, 600], [17, 18])
        p.part = "head"
        p.add("center", "MEESEVA")
        typed(p, "CENTRE: NARAYANPET-02 (MAIN ROAD)")
        p.add("rule")
        p.part = "body"
        typed(p, "CITIZEN RECEIPT", scale=0.95)
        tid = f"MS{j.date:%y%m%d}{digits(rng, 6)}"
        rno = f"NPT{digits(rng, 7)}"
        first_ = j.date.replace(day=1)
        period = (
            f"{when(first_ - dt.timedelta(days=80), '%b')}-{when(first_ - dt.timedelta(days=1), '%b %Y')}"
        )
        typed(p, "SERVICE    : WATER TAP CHARGES")
        typed(p, f"DEPARTMENT : {MUNICIPALITY.upper()}", merchant=MUNICIPALITY.upper())
        typed(p, f"CONNECTION : WT/{digits(rng, 5)}")
        typed(p, f"PERIOD     : {period.upper()}")
        typed(p, f"AMOUNT     : {j.amount:.2f}", amount=j.amount)
        typed(p, f"TXN ID     : {tid}", txn=(TXN_RANK, tid))
        typed(p, f"RECEIPT NO : {rno}", txn=(INVOICE_RANK, rno))
        typed(p, f"DATE       : {when(j.date, '%d/%m/%Y')}", date=j.date)
        p.add("rule")
        typed(p, "PAID BY CASH", method="cash", status=status)
        p.add("small", "Government of Telangana  |  MeeSeva")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 1200, 9000, 0.5)
        tid = f"TGS{digits(rng, 12)}"
        text = (
            f"Dear Consumer, Rs.{num(j.amount, 'plain')} received towards USC {digits(rng, 9)} on "
            f"{when(j.date, '%d-%m-%Y')} through UPI. Txn ID {tid}. Thank you - TGSPDCL"
        )
        p = sms_page(rng, font, "VM-TGSPDC", text, j.date)
        p.add(
            "left",
            text,
            merchant=TGSPDCL_SHORT,
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
            txn=(TXN_RANK, tid),
        )
        return p.done()
    if k == 6:
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 246, 226), (240, 244, 232)])
        h277.spiral(p)
        p.part = "head"
        p.add("gap")
        top(p, WATER_CAN, merchant=WATER_CAN)
        p.add("small", "20 litre cans  |  Narayanpet")
        p.add("gap")
        p.part = "body"
        month_ = j.date.replace(day=1) - dt.timedelta(days=1)
        te_hand(p, "నెల", figure=when(month_, "%b %Y"))
        cans = rng.randrange(20, 60)
        rate = rng.choice([20, 25, 30])
        total_ = cans * rate
        te_hand(p, f"20 లీటర్ల క్యాన్లు {cans} x {rate}", figure=str(total_))
        j.amount = float(total_)
        te_hand(p, "మొత్తం", figure=f"{total_}/-", amount=j.amount)
        te_hand(
            p,
            "నగదు ముట్టింది",
            figure=when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])),
            date=j.date,
            method="cash",
            status=status,
        )
        p.add("gap")
        sig(p)
        return p.done()
    j.amount = float(rng.choice([589.0, 699.0, 824.82, 943.82]))
    p = mail_page(
        rng,
        font,
        "Excitel Broadband <billing@excitel.com>",
        ["Payment received - thank you", "Your Excitel payment receipt"],
    )
    p.part = "head"
    top(p, EXCITEL, merchant=EXCITEL)
    p.add("small", "Excitel Broadband Pvt. Ltd.  |  Hyderabad")
    p.add("rule")
    p.part = "body"
    prose(
        p,
        f"Hi, we have received your payment of {rs(j.amount)} for the society's connection. Thank you!",
        status=status,
    )
    p.add("gap")
    tid = f"EXC{digits(rng, 11)}"
    at = 0.5
    dots(p, "Account ID", f"EXC{digits(rng, 7)}", at=at)
    dots(p, "Plan", "200 Mbps, 3 months", at=at)
    dots(p, "Amount", rs(j.amount), at=at, bold=True, amount=j.amount)
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Payment mode", "UPI", at=at, method="UPI")
    dots(p, "Paid on", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    (DCCB, "VM-MDCCBK", "SRI VENKATESWARA DYES", "NEFT", "telugu"),
    ("State Bank of India", "AD-SBIINB", "BOINI RANGA SWAMY", "IMPS", "sms"),
    ("Karnataka Bank", "VK-KBLBNK", "KARNATAKA SILK MKTG BOARD", "NEFT", "sms"),
    ("IDBI Bank", "JM-IDBIBK", "DECCAN BOX INDUSTRIES", "UPI", "sms"),
    ("ICICI Bank", "AX-ICICIB", "SHREE MARUTI COURIER", "UPI", "thread"),
    ("Bank of India", "BP-BOIIND", "SRI SAI JACQUARD DESIGNS", "UPI", "sms"),
    ("IndusInd Bank", "", "NATIONAL HANDLOOM DEV CORP", "RTGS", "mail"),
    ("Central Bank of India", "", "NARAYANPET LOOM SPARES", "IMPS", "banner"),
]
NOTES_LIST = [
    ("Temple border silk", "14 looms"),
    ("Rudraksha pallu", "9 looms"),
    ("Cotton checks", "22 looms"),
    ("Nine-yard silk", "6 looms"),
    ("Sico, Bathukamma", "31 looms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the society's payments: the Mahabubnagar DCCB's SMS in Telugu in a bubble of the
    phone's messages thread under its day divider ("ప్రియమైన ఖాతాదారులకు, మీ ఖాతా XX1234 నుండి <dd-mm-yyyy> న
    NEFT ద్వారా రూ. x <PAYEE> కు బదిలీ చేయబడింది. UTR .... - MDCCB" (Dear customer, Rs. x has been transferred
    from your account XX1234 on <day> by NEFT to <PAYEE>)); SMS in State Bank of India's ("Your A/C XXXXX1234
    Debited INR x on <dd/mm/yy> -Transferred to <PAYEE> by IMPS. IMPS Ref No .... Avl Bal INR y -SBI"),
    Karnataka Bank's ("Dear Customer, NEFT UTR ... for Rs.x from your A/c XX1234 dated <dd-mm-yyyy> to <PAYEE>
    is awaiting credit confirmation from the beneficiary bank. - Karnataka Bank"), IDBI Bank's ("IDBI Bank:
    Your UPI payment of Rs x to <PAYEE> could not be processed on <dd/mm/yy>. Any debit will be auto-reversed
    in T+1 days. UPI Ref ....") and Bank of India's ("BOI - Rs.x withdrawn from your A/c XX1234 on <dd-mm-yy>
    via UPI to <PAYEE>. Available balance Rs.y."; no reference) wordings; ICICI Bank's SMS in the phone's
    thread under its "Today" divider ("ICICI Bank Acct XX123 debited for Rs x; <PAYEE> credited. UPI:.... Call
    18002662 for dispute. ..."; no day); IndusInd Bank's alert mail (its sentence; Account, Transaction,
    Amount, Beneficiary, Date, UTR in a table ruled on every side); Central Bank of India's heads-up
    notification over the phone's notes app, dimmed under it ("Cent Mobile . <n>m", Debit alert, "Rs.x debited
    from A/c XX1234 on <dd-mm-yyyy> by IMPS to <PAYEE>. IMPS Ref .... -Central Bank of India"). All new here."""
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
        if bank == "State Bank of India":
            text = (
                f"Your A/C XXXXX{tail4} Debited INR {amt} on {when(j.date, '%d/%m/%y')} -Transferred to {to} by "
                f"IMPS. IMPS Ref No {ref}. Avl Bal INR {bal} -SBI"
            )
        elif bank == "Karnataka Bank":
            text = (
                f"Dear Customer, NEFT UTR {ref} for Rs.{amt} from your A/c XX{tail4} dated "
                f"{when(j.date, '%d-%m-%Y')} to {to} is awaiting credit confirmation from the beneficiary "
                "bank. - Karnataka Bank"
            )
        elif bank == "IDBI Bank":
            text = (
                f"IDBI Bank: Your UPI payment of Rs {amt} to {to} could not be processed on "
                f"{when(j.date, '%d/%m/%y')}. Any debit will be auto-reversed in T+1 days. UPI Ref {ref}."
            )
        else:
            text = (
                f"BOI - Rs.{amt} withdrawn from your A/c XX{tail4} on {when(j.date, '%d-%m-%y')} via UPI to {to}. "
                f"Available balance Rs.{bal}."
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "telugu":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"ప్రియమైన ఖాతాదారులకు, మీ ఖాతా XX{tail4} నుండి {when(j.date, '%d-%m-%Y')} న NEFT ద్వారా రూ. {amt} "
            f"{to} కు బదిలీ చేయబడింది. UTR {ref}. - MDCCB"
        )
        te_wrap(p, text, share=0.84, scale=0.94, **facts)
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
            f"ICICI Bank Acct XX{tail4[1:]} debited for Rs {amt}; {to} credited. UPI:{ref}. Call 18002662 for "
            "dispute. SMS BLOCK to 9215676766.",
            **facts,
        )
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "IndusInd Bank Alerts <transactionalerts@indusind.com>",
            ["Debit alert: RTGS from your account", "IndusInd Bank - transaction alert"],
        )
        p.part = "head"
        top(p, "IndusInd Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(p, "The following transaction has taken place in your account.", status=status)
        p.add("gap")
        grid(
            p,
            "ii",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Account", f"XXXXXXXX{tail4}"], {}),
                (["Transaction", "RTGS debit"], {"method": method}),
                (["Amount", f"INR {amt}"], {"amount": j.amount}),
                (["Beneficiary", to], {"merchant": to}),
                (["Date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
                (["UTR", ref], {"txn": (UTR_RANK, ref)}),
            ],
        )
        p.add("gap")
        prose(p, "If you did not make this transaction, please call 1860 267 7777 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "IndusInd Bank Ltd. This is a system-generated mail; please do not reply.")
        return p.done()
    p = phone(rng, font, k, ["", "Notes"], dark=False, buttons=())
    p.part = "body"
    s = card_open(p)
    p.add("small", f"Cent Mobile  {sign(font, chr(0x2022), '|')}  {rng.randrange(2, 40)}m")
    p.add("left", "Debit alert")
    prose(
        p,
        f"Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d-%m-%Y')} by IMPS to {to}. IMPS Ref {ref}. "
        "-Central Bank of India",
        **facts,
    )
    card_close(p, s)
    p.add("gap")
    h294.banner_veil(p, len(p.rows))
    p.add("title", "Looms this month")
    p.add("small", "Notes  |  edited yesterday")
    p.add("rule")
    for item, n_ in rng.sample(NOTES_LIST, 3):
        p.pair(item, n_)
    p.add("gap")
    p.add("small", "Indent for TGCO: 2,400 Bathukamma sarees")
    return p.done()

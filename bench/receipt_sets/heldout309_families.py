"""The twelve heldout309 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Majuli satra's mask-making workshop's year of 2026 (Kamalpur Satra Mukha
Shilpa Kendra, the society of the mask makers of Sri Sri Kamalpur Satra at Garamur, Majuli, whose bhakats and
the young men and women of the villages round the satra split bamboo into the frame (kath) of a Samaguri mask,
lay clay-soaked cotton cloth over it, coat it in clay and cow dung, burnish it and paint it in hengul, haital,
chalk and lampblack into the faces of Garuda, Narasimha, Hanuman, Ravana and the rest for the satras' bhaona
theatre, for the Raas and for homes and collectors; its sales room at the satra's gate, Kamalpur Mukha Ghar;
its stall at the Raas Mahotsav at Garamur; the web shop kamalpurmukha.in; a state cultural society's, hotels',
brands', theatre troupes', schools' and bhaona committees' orders; galleries, museums' shops and carnival mask
ateliers abroad), told by the proofs of payment it receives (buyers' Paytm for Business on the Mukha Ghar's
phone, Tata Neu, PhonePe set in Assamese, CRED, mBandhan, super.money, a Google Pay thread and Kotak; the
Sankaradeva Kalakshetra's advice, Oracle NetSuite, IDFC FIRST Bank's corporate banking, myBillBook, a school's
letter by hand, OnlineSBI Corporate, PNB's corporate banking and Zoho Cliq; SMBC, NAB Connect, Basler
Kantonalbank, Shinhan's SOL Global, Handelsbanken, Maybank2u Biz, Bank of America and UniCredit; its own tax
invoice, the Raas stall's cash memo, PayU, Shopify, Razorpay's settlement, Instamojo, Khatabook and a money
receipt in Assamese labels) and those it makes (a cloth store's invoice, a bamboo seller's chit in an Assamese
hand, Printo, DTDC, a paint shop's Vyapar bill, Amazon.in, a potter's chit and a packaging house's Tally
invoice; AGVB Mobile, UCO mBanking Plus, IPPB, Canara ai1, IndOASIS, HDFC Bank, the Assam Co-operative Apex
Bank and FedMobile; a work account, Zoho Payroll, Google Pay, a Bohag Bihu advance receipt in an Assamese
hand, Paytm, YONO SBI, BHIM and slice; the Gaon Panchayat, e-GRAS Assam, the Inland Water Transport's ferry,
Paytm's professional tax, the Department of Tourism, the Income Tax Department, the Revenue Circle's receipt
book and the GI Registry; eight insurers; cards on the Mukha Ghar's and the stall's terminals, at a Guwahati
hotel and a Jorhat tools shop, on IndiGo, in SBI Card's SMS, on OneCard's app and on a Garamur kitchen's
Posist bill; APDCL, Airtel, d2h, RailWire, an Indane distributor's cash memo, Vi, PHED and a news agency's
bill in an Assamese hand; the banks' SMS, an Assamese SMS, an app's inbox, a mail and a feature phone). Every
row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the
page keeps. Headings, footers, the units' lines, salutations, Assamese lines (but a bank's SMS in Assamese,
whose figures and payee carry the facts, an Assamese labelled field's value, an Assamese app's day and outcome
and an Assamese hand's sums, days and "received"), items, masks, stages, pieces, rates, GST, TDS, fees,
charges, balances, sums insured, periods, months, pay periods, tax and financial years, bill months, invoice,
bill, due and journey days, account, policy, certificate, consumer, connection, subscriber, VC, enrolment,
licence, application, employee, vehicle, mobile, dag and patta, consignment and card numbers, TAN, PAN, GSTIN,
IFSC, SWIFT/BIC codes, UPI IDs, bills named on an advice or a receipt, other messages and notifications,
masks, bamboo armature, gamosa, clay, cloth and paint in the margins, the dhari a page lies on and the bowl of
hengul beside it, a feature phone's body, stages, progress bars, notices, tiles, badges, stamps, seals,
barcodes, ticks and signatures carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's;
``outcome`` heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen``
heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``,
``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``bars``, ``seal``, a roll's torn
edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``hand``, ``amtbox``, ``tt``,
``step``, ``rstamp``, rounded cards), heldout273's (``hcells``, ``ledger``, ``pill``, ``track``, ``field``,
``bubble``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, a Google Pay thread's payment card),
heldout277's (``bigsum``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``,
``two_up``, ``spinner``, ``redno``), heldout287's (Bengali-script lines, sentences, hand and a form's ruled
cells, here for Assamese, ``notice``, ``tile``, ``burst``, ``oval``, ``vlab``, ``vname``, ``tiles2``,
``copyrow``, a squared exercise book's page), heldout289's (``chip``, ``steps``) and heldout294's (``octa``),
written in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout307's),
each page's rows drawn by heldout294's ``_render`` (and the renderers beneath it, heldout287's Bengali-script
rows among them) and then by this set's own ``_render`` in the lines it leaves for them: a label in Assamese
with its English in brackets, dot leaders and its value at the right; a Samaguri mask as a letterhead's emblem
(a Garuda's green face and yellow beak, a Narasimha's yellow face in its red mane or a Hanuman's red face, its
round eyes ringed in red, its tiered crown); a strip of the mask's bamboo armature as a divider (split-bamboo
rails, splints crossing in diamonds, jute at each crossing); a strip of gamosa as a divider (two red lines
along each edge, a phul and a stepped tree in turn between them); flakes of clay, strips of cloth, a bamboo
sliver, a brush and dabs of hengul and haital in a page's margins; and, after the frame, the dhari a page is
photographed lying on (a bamboo mat in twill, a clay bowl of hengul and a brush beside the page, the page's
shadow, the page a little askew) and the feature phone a bank's SMS is read on (its dark body, earpiece, soft
keys, navigation key and keypad). The pages' layouts and wordings are this set's own."""

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
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout306's and
# heldout307's
PENS = [
    "freefont/FreeSerifItalic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
]
INKS = [(20, 40, 120), (30, 32, 84), (40, 40, 46), (14, 70, 98), (110, 30, 44)]
# the faces a page's fixed-width lines are printed in (a courier's roll, a ferry ghat's ticket machine, a
# collection agent's printer)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
# heldout287's Bengali-script faces, here for Assamese (with its own ৰ and ৱ), and its upright Latin face for
# an Assamese hand's figures
ASSAMESE_FACES = [h287.BEN, h287.BEN_BOLD, h287.BEN_SERIF, h287.BEN_SERIF_BOLD, h287.HAND_LATIN]
# the colours a Samaguri mask is painted in: hengul (vermilion), haital (orpiment yellow), khori (chalk
# white), lampblack, the leaf green of a Garuda's face, and the clay's own grey under them
HENGUL = (200, 48, 34)
HAITAL = (230, 180, 40)
KHORI = (246, 242, 230)
KAJAL = (30, 28, 30)
LEAF = (52, 124, 76)
CLAY = (152, 134, 116)
BAMBOO = (214, 182, 120)
# a gamosa's white cotton and the red its border and motifs are woven in
GAMOSA_RED = (178, 30, 38)

# ---------------------------------------------------------------- the workshop

FIRM = "Kamalpur Satra Mukha Shilpa Kendra"
FIRM_CAPS = FIRM.upper()
FIRM_AS = "কমলপুৰ সত্ৰ মুখা শিল্প কেন্দ্ৰ"
# the workshop's name as a bank's beneficiary field cuts it
CUT = "KAMALPUR SATRA MUKHA SHI"
SHOP = "Kamalpur Mukha Ghar"
SHOP_CAPS = SHOP.upper()
SHOP_AS = "কমলপুৰ মুখা ঘৰ"
SATRA = "Sri Sri Kamalpur Satra"
SATRA_AS = "শ্ৰীশ্ৰী কমলপুৰ সত্ৰ"
WEB = "kamalpurmukha.in"
REGD = "Regd. No. RS/MJL/243/H/19 of 2014-15"
GSTIN = "18AABAK4826M1ZQ"
PAN = "AABAK4826M"
UDYAM = "UDYAM-AS-29-0007316"
GURU = "Kamalakanta Goswami"
DAUGHTER = "Pallabi Goswami"
SECRETARY = "Prasanta Saikia"
ADDRESS = "Kamalpur Satra, Garamur, Majuli, Assam - 785104"
TOWN = "Garamur, Majuli - 785104"
SHOP_AT = "Satra Gate, Kamalabari - Garamur Road, Majuli - 785104"
BANK_LINE = "State Bank of India, Garamur"
BIC = "SBININBB"
# Bohag Bihu (14 April 2026), before which the artisans' advances are paid; the Raas Mahotsav at Garamur,
# where the Kendra keeps its stall by the satra's namghar (23 to 27 November 2026)
BIHU = dt.date(2026, 4, 14)
RAAS, RAAS_DAYS = dt.date(2026, 11, 23), 5
IFSC = {
    "State Bank of India": "SBIN",
    "Assam Gramin Vikash Bank": "AGVB",
    "UCO Bank": "UCBA",
    "Bandhan Bank": "BDBL",
    "Punjab National Bank": "PUNB",
    "Bank of Baroda": "BARB",
    "Canara Bank": "CNRB",
    "Central Bank of India": "CBIN",
    "Indian Bank": "IDIB",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "IDBI Bank": "IBKL",
    "Union Bank of India": "UBIN",
    "The Assam Co-operative Apex Bank": "ASBL",
    "Citibank": "CITI",
    "Yes Bank": "YESB",
}
# the masks sold: name, HSN, price each (low, high); GST 5% on every one (handcrafted masks of bamboo, clay
# and cloth)
WORKS = [
    ("Garuda mukha, face mask", "4602", 3400, 9200),
    ("Narasimha lotokoi mukha, moving jaw", "4602", 6500, 15500),
    ("Hanuman mukha, face mask", "4602", 2800, 7400),
    ("Ravana cho mukha, ten heads", "4602", 42000, 118000),
    ("Bakasura cho mukha, full body", "4602", 26000, 58000),
    ("Wall mask, small (Garuda / Hanuman)", "4602", 650, 1800),
    ("Kaliya naag mukha", "4602", 8000, 18000),
    ("Surpanakha mukha, face mask", "4602", 3000, 7800),
    ("Jatayu mukha, face mask", "4602", 5200, 12400),
    ("Miniature mask set of three", "4602", 1200, 2600),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Garuda mukha, face mask": "Garuda mukha",
    "Narasimha lotokoi mukha, moving jaw": "Narasimha lotokoi",
    "Hanuman mukha, face mask": "Hanuman mukha",
    "Ravana cho mukha, ten heads": "Ravana cho mukha",
    "Bakasura cho mukha, full body": "Bakasura cho mukha",
    "Wall mask, small (Garuda / Hanuman)": "Wall mask small",
    "Kaliya naag mukha": "Kaliya naag",
    "Surpanakha mukha, face mask": "Surpanakha mukha",
    "Jatayu mukha, face mask": "Jatayu mukha",
    "Miniature mask set of three": "Mini mask set",
}
# the same in the Assamese a stall's hand writes
SHORT_AS = {
    "Garuda mukha, face mask": "গৰুড় মুখা",
    "Narasimha lotokoi mukha, moving jaw": "নৰসিংহ মুখা",
    "Hanuman mukha, face mask": "হনুমান মুখা",
    "Ravana cho mukha, ten heads": "ৰাৱণ মুখা",
    "Bakasura cho mukha, full body": "বকাসুৰ মুখা",
    "Wall mask, small (Garuda / Hanuman)": "সৰু দেৱাল মুখা",
    "Kaliya naag mukha": "কালিয় নাগ",
    "Surpanakha mukha, face mask": "শূৰ্পণখা মুখা",
    "Jatayu mukha, face mask": "জটায়ু মুখা",
    "Miniature mask set of three": "সৰু মুখা ছেট",
}
CUSTOMERS = [
    "Mr. Anupam Baruah",
    "Ms. Trishna Gogoi",
    "Dr. Rituraj Phukan",
    "Mrs. Kabita Sarma",
    "Mr. Debajit Hazarika",
    "Ms. Ishani Dutta",
    "Mr. Arup Chetia",
]
# the Kendra's mask makers (bhakats of the satra and young men and women of the Mising and Assamese villages
# round it) and its people at the counter
ARTISANS = [
    "Dipen Saikia",
    "Bitupan Pegu",
    "Rupjyoti Bora",
    "Hiranya Kutum",
    "Junmoni Doley",
    "Manash Payeng",
    "Lakhyajit Das",
    "Ritumoni Taid",
]
STAFF = ["Nabajyoti Bora", "Moromi Hazarika"]
# the months as an app set in Assamese prints them
AS_MONTHS = [
    "জানুৱাৰী",
    "ফেব্ৰুৱাৰী",
    "মাৰ্চ",
    "এপ্ৰিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগষ্ট",
    "ছেপ্তেম্বৰ",
    "অক্টোবৰ",
    "নৱেম্বৰ",
    "ডিচেম্বৰ",
]


def masks(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The Kendra's masks sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = 1 if lo >= 20000 else rng.randrange(1, 3) if lo >= 5000 else rng.randrange(1, 5)
        if lo < 2000:
            q = rng.randrange(2, 8)
        ceiling = max(lo + 100, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Raas', the days before Bihu), its UPI / card reference made
    again for that day."""
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


def gstin_of(rng: random.Random, state: str = "18", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def as_day(day: dt.date) -> str:
    """A day as an app set in Assamese prints it: the day's figures, the month's Assamese name, the year."""
    return f"{day.day} {AS_MONTHS[day.month - 1]} {day.year}"


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The Kendra's bills one payment settles: number, day (before the payment), sum; they add up to it."""
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
    return p.style.setdefault("h309", {"marks": {}, "decor": [], "frame": None})


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
    h269.kind(p, "lb09", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb09"] = 0.76
    h269.row(p, "lb09", text, **facts)


def note(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line in small letters in the label's ink (a note, a message's hour), in as many lines as it needs
    (the facts on the first)."""
    name = f"nt09{align}"
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


# ---------------------------------------------------------------- Assamese (heldout287's Bengali-script rows)


def assamese(p: Screen, text: str, **kw) -> None:
    """heldout287's native line in the Bengali script, here for Assamese (a name over its English, a heading,
    an app's words), its Latin runs and figures in the page's face."""
    h287.native(p, text, **kw)


def as_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """heldout287's Assamese sentence set left in as many lines as it needs (the facts on its first line)."""
    h287.nwrap(p, text, share=share, scale=scale, **facts)


def as_hand(p: Screen, text: str, *, align: str = "l", scale: float = 1.2, figure: str = "", **facts) -> None:
    """heldout287's Assamese hand (Noto Serif Bengali slanted as a pen slants it, its figures in an upright
    DejaVu Serif), in this set's pens' inks; ``figure`` written at the right end of the line."""
    pen_of(p)
    h287.nhand(p, text, align=align, scale=scale, figure=figure, **facts)


def as_box(p: Screen, english: str, other: str, value: str, *, at: float = 0.36, pen: bool = False, **facts):
    """heldout287's form row of two ruled cells (the label's English over its Assamese in a shaded cell, the
    value printed or written in beside it)."""
    if pen:
        pen_of(p)
    h287.nbox(p, english, other, value, at=at, pen=pen, **facts)


def as_dots(
    p: Screen, other: str, english: str, value: str, *, pen: bool = False, bold: bool = False, **facts
) -> None:
    """This set's bilingual label of one line: the Assamese, its English in brackets after it in the label's
    ink, dot leaders, and the value set to the right (printed, in bold where ``bold``, or written by hand in
    the page's pen where ``pen``)."""
    size = p.style["size"]
    head = f"{other} ({english})"
    assert h287.nok(head, p.font), head
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value), value
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    need = h287.nwidth(head, p.font, int(size * 0.92)) + vface.getlength(value) + 40
    assert need <= room_of(p), (head, value, need, room_of(p))
    put(p, "t09ld", other, english, value, mark_=[pen, bold], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def mukha(p: Screen, kind_: str | None = None) -> None:
    """A Samaguri mask as a letterhead's emblem: a face of clay over a bamboo frame painted in hengul,
    haital, khori and lampblack (a Garuda's green face and yellow hooked beak, a Narasimha's yellow face in a
    flame of red mane with its fangs, or a Hanuman's red face with its white brow), great round eyes ringed in
    red, brows in black, a tiered crown (mukut) with a row of white dots, flared ears, a soft shadow under it;
    centred, three lines high."""
    kind_ = kind_ or p.rng.choice(["garuda", "narasimha", "hanuman"])
    put(p, "t09mk", "", mark_=[kind_, p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def kath(p: Screen) -> None:
    """A strip of the mask's bamboo armature (kath) as a divider across the page: two split-bamboo rails,
    splints crossing between them in diamonds, each crossing bound with a twist of jute, the splints' nodes
    and their darker edges; one line high."""
    put(p, "t09kt", "", mark_=[p.rng.randrange(10**6)])


def gamosa(p: Screen) -> None:
    """A strip of gamosa as a divider across the page: the white cotton's weave, two red lines along each
    edge, and between them a row of red woven motifs (an eight-petalled phul and a stepped tree in turn),
    each motif built of square picks; one line high."""
    put(p, "t09gm", "", mark_=[p.rng.randrange(10**6)])


def workbench(p: Screen) -> None:
    """Flakes of dried clay, strips of cotton cloth, a bamboo sliver, a brush and dabs of hengul and haital
    in the page's margins (the mask makers' floor)."""
    ext(p)["decor"].append(["bench", p.rng.randrange(10**6)])


def on_dhari(p: Screen) -> None:
    """The page photographed lying on a dhari (a bamboo mat woven in twill of split bamboo strips): its
    strips' sheen and their stepped diagonals, a clay bowl of ground hengul and a brush beside the page, the
    page's shadow, the page a little askew."""
    ext(p)["frame"] = ["dhari", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _grain(rgb: np.ndarray, seed: int, strength: float) -> np.ndarray:
    """Clay's or paper's mottle: soft noise over the colour."""
    g = np.random.default_rng(seed)
    h, w = rgb.shape[:2]
    small = g.normal(0, strength, (max(2, h // 6), max(2, w // 6)))
    noise = np.array(Image.fromarray(small.astype(np.float32)).resize((w, h), Image.BILINEAR))
    fine = g.normal(0, strength * 0.35, (h, w))
    return np.clip(rgb + (noise + fine)[..., None], 0, 255)


def _mask_art(kind_: str, seed: int, S: int) -> Image.Image:
    """The mask drawn on an ``S`` square (three times the size it is set at), transparent round it."""
    srng = random.Random(seed)
    art = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(art)
    c = S / 2
    fy_, rx, ry = S * 0.6, S * 0.25, S * 0.29
    face = {"garuda": LEAF, "narasimha": (226, 160, 50), "hanuman": HENGUL}[kind_]
    crown = {"garuda": HENGUL, "narasimha": HENGUL, "hanuman": HAITAL}[kind_]
    trim = {"garuda": HAITAL, "narasimha": HAITAL, "hanuman": HENGUL}[kind_]
    edge = (40, 30, 26, 255)
    # the flared ears (or a Narasimha's mane) behind the face
    if kind_ == "narasimha":
        n = 15
        for i in range(n):
            a = math.radians(160 + i * (220 / (n - 1)))
            r0, r1 = S * 0.24, S * 0.4 + srng.uniform(-S * 0.02, S * 0.02)
            tip = (c + math.cos(a) * r1, fy_ + math.sin(a) * r1 * 1.05)
            lft = (c + math.cos(a - 0.2) * r0, fy_ + math.sin(a - 0.2) * r0)
            rgt = (c + math.cos(a + 0.2) * r0, fy_ + math.sin(a + 0.2) * r0)
            d.polygon([lft, tip, rgt], fill=(HENGUL if i % 2 else HAITAL) + (255,), outline=edge)
    else:
        for s_ in (-1, 1):
            base_x = c + s_ * rx * 0.92
            pts = [
                (base_x, fy_ - ry * 0.35),
                (base_x + s_ * S * 0.16, fy_ - ry * 0.55),
                (base_x + s_ * S * 0.2, fy_ - ry * 0.05),
                (base_x + s_ * S * 0.14, fy_ + ry * 0.35),
                (base_x, fy_ + ry * 0.2),
            ]
            d.polygon(pts, fill=crown + (255,), outline=edge, width=max(2, S // 160))
            inner = [(base_x + (x - base_x) * 0.6, fy_ + (y - fy_) * 0.8) for x, y in pts]
            d.polygon(inner, fill=trim + (255,))
    # the face: its clay coloured and mottled, lit at the brow, dark at the rim
    box = (c - rx, fy_ - ry, c + rx, fy_ + ry)
    mask = Image.new("L", (S, S), 0)
    ImageDraw.Draw(mask).ellipse(box, fill=255)
    skin = _grain(np.full((S, S, 3), face, dtype=np.float32), srng.randrange(10**6), 7.0)
    yy, xx = np.mgrid[0:S, 0:S].astype(np.float32)
    light = 1.12 - 0.32 * (((xx - c + rx * 0.25) / rx) ** 2 + ((yy - fy_ + ry * 0.3) / ry) ** 2) ** 0.5
    skin = np.clip(skin * np.clip(light, 0.7, 1.18)[..., None], 0, 255)
    art.paste(Image.fromarray(skin.astype(np.uint8), "RGB"), (0, 0), mask)
    d = ImageDraw.Draw(art)
    d.ellipse(box, outline=edge, width=max(3, S // 110))
    w_ = max(3, S // 90)
    # the crown: a band of white dots on its base, a tier over it, a spire
    by0, by1 = fy_ - ry * 1.02, fy_ - ry * 0.72
    d.rounded_rectangle(
        (c - rx * 1.02, by0, c + rx * 1.02, by1), radius=S // 40, fill=trim + (255,), outline=edge
    )
    for i in range(9):
        x = c - rx * 0.86 + i * rx * 0.215
        r = S * 0.012
        d.ellipse((x - r, (by0 + by1) / 2 - r, x + r, (by0 + by1) / 2 + r), fill=KHORI + (255,))
    t0 = by0 - S * 0.15
    tier = [(c - rx * 0.9, by0), (c - rx * 0.55, t0), (c + rx * 0.55, t0), (c + rx * 0.9, by0)]
    d.polygon(tier, fill=crown + (255,), outline=edge)
    for s_ in (-1, 0, 1):
        px = c + s_ * rx * 0.45
        d.polygon(
            [(px - rx * 0.14, by0 - S * 0.01), (px, t0 + S * 0.02), (px + rx * 0.14, by0 - S * 0.01)],
            fill=trim + (255,),
        )
    spire = [(c - rx * 0.4, t0), (c, t0 - S * 0.13), (c + rx * 0.4, t0)]
    d.polygon(spire, fill=trim + (255,), outline=edge)
    d.ellipse((c - S * 0.02, t0 - S * 0.16, c + S * 0.02, t0 - S * 0.12), fill=HENGUL + (255,), outline=edge)
    # the brows, the eyes ringed in red, a tilak
    ey = fy_ - ry * 0.18
    for s_ in (-1, 1):
        ex = c + s_ * rx * 0.42
        if kind_ == "narasimha":
            d.line(
                (ex - s_ * rx * 0.35, ey - ry * 0.42, ex + s_ * rx * 0.3, ey - ry * 0.25),
                fill=KAJAL,
                width=w_ * 2,
            )
        else:
            d.arc(
                (ex - rx * 0.36, ey - ry * 0.42, ex + rx * 0.36, ey + ry * 0.12),
                200,
                340,
                fill=KHORI if kind_ == "hanuman" else KAJAL,
                width=w_ * 2,
            )
        r0 = rx * 0.24
        d.ellipse((ex - r0, ey - r0, ex + r0, ey + r0), fill=HENGUL + (255,), outline=edge)
        r1 = r0 * 0.76
        d.ellipse((ex - r1, ey - r1, ex + r1, ey + r1), fill=KHORI + (255,))
        r2 = r0 * 0.38
        off = srng.uniform(-r0 * 0.12, r0 * 0.12)
        d.ellipse((ex - r2 + off, ey - r2, ex + r2 + off, ey + r2), fill=KAJAL + (255,))
        d.ellipse(
            (ex - r2 * 0.3 + off, ey - r2 * 0.7, ex + r2 * 0.1 + off, ey - r2 * 0.3), fill=KHORI + (255,)
        )
    if kind_ != "narasimha":
        d.line((c, fy_ - ry * 0.7, c, fy_ - ry * 0.42), fill=KHORI + (255,), width=w_ * 2)
        d.line((c, fy_ - ry * 0.66, c, fy_ - ry * 0.46), fill=HENGUL + (255,), width=w_)
    # the beak, the fanged mouth or the muzzle
    if kind_ == "garuda":
        beak = [
            (c - rx * 0.22, fy_ - ry * 0.05),
            (c + rx * 0.22, fy_ - ry * 0.05),
            (c + rx * 0.3, fy_ + ry * 0.45),
            (c + rx * 0.08, fy_ + ry * 0.92),
            (c - rx * 0.1, fy_ + ry * 0.7),
            (c - rx * 0.3, fy_ + ry * 0.42),
        ]
        d.polygon(beak, fill=HAITAL + (255,), outline=edge, width=w_)
        d.line((c - rx * 0.26, fy_ + ry * 0.48, c + rx * 0.24, fy_ + ry * 0.5), fill=edge, width=w_)
        d.ellipse((c - rx * 0.1, fy_ + ry * 0.12, c - rx * 0.02, fy_ + ry * 0.2), fill=KAJAL + (255,))
        d.ellipse((c + rx * 0.02, fy_ + ry * 0.12, c + rx * 0.1, fy_ + ry * 0.2), fill=KAJAL + (255,))
    elif kind_ == "narasimha":
        d.ellipse(
            (c - rx * 0.2, fy_ + ry * 0.02, c + rx * 0.2, fy_ + ry * 0.3), fill=HENGUL + (255,), outline=edge
        )
        mouth = (c - rx * 0.5, fy_ + ry * 0.36, c + rx * 0.5, fy_ + ry * 0.82)
        d.chord(mouth, 0, 180, fill=(120, 20, 24, 255), outline=edge, width=w_)
        for s_ in (-1, 1):
            fx = c + s_ * rx * 0.3
            d.polygon(
                [(fx - rx * 0.07, fy_ + ry * 0.58), (fx, fy_ + ry * 0.8), (fx + rx * 0.07, fy_ + ry * 0.58)],
                fill=KHORI + (255,),
            )
        d.line(
            (c - rx * 0.45, fy_ + ry * 0.59, c + rx * 0.45, fy_ + ry * 0.59), fill=KHORI + (255,), width=w_
        )
    else:
        d.ellipse(
            (c - rx * 0.5, fy_ + ry * 0.08, c + rx * 0.5, fy_ + ry * 0.86),
            fill=_tint(KHORI, HENGUL, 0.75) + (255,),
            outline=edge,
            width=w_,
        )
        d.arc(
            (c - rx * 0.32, fy_ + ry * 0.3, c + rx * 0.32, fy_ + ry * 0.66), 20, 160, fill=KAJAL, width=w_ * 2
        )
        d.ellipse((c - rx * 0.1, fy_ + ry * 0.16, c + rx * 0.1, fy_ + ry * 0.3), fill=KAJAL + (255,))
    return art


def _mukha(page: Image.Image, cx: float, top_y: float, h: float, kind_: str, seed: int) -> None:
    """The emblem: the mask drawn three times over and brought down, a soft shadow under it."""
    k = 3
    S = int(h * k)
    art = _mask_art(kind_, seed, S)
    small = art.resize((int(S / k), int(S / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    alpha = small.split()[3]
    shadow = Image.new("L", page.size, 0)
    shadow.paste(alpha.point(lambda v: 70 if v > 0 else 0), (x0_ + 4, y0_ + 5))
    shadow = shadow.filter(ImageFilter.GaussianBlur(4))
    page.paste(Image.composite(Image.new("RGB", page.size, (90, 80, 70)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _splint(
    d: ImageDraw.ImageDraw, a: tuple[float, float], b: tuple[float, float], w: float, shade: float
) -> None:
    """A split bamboo strip from ``a`` to ``b``: its face, its darker edges, a lit line along it."""
    col = _tint((120, 86, 40), BAMBOO, shade)
    d.line((*a, *b), fill=(120, 88, 44, 255), width=int(w + 4))
    d.line((*a, *b), fill=col + (255,), width=int(w))
    ang = math.atan2(b[1] - a[1], b[0] - a[0])
    ox, oy = -math.sin(ang) * w * 0.22, math.cos(ang) * w * 0.22
    d.line(
        (a[0] - ox, a[1] - oy, b[0] - ox, b[1] - oy), fill=_tint((255, 250, 230), col, 0.45) + (255,), width=2
    )


def _kath(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    """The divider: two split-bamboo rails, splints crossing between them in diamonds, each crossing bound
    with jute, the rails' nodes."""
    srng = random.Random(seed)
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    W, H = w * k, h * k
    art = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(art)
    rail = H * 0.17
    top_, foot = rail * 0.7, H - rail * 0.7
    step = (foot - top_) * srng.choice([1.0, 1.2, 1.4])
    sw = rail * 0.8
    x = -step
    while x < W + step:
        _splint(d, (x, top_), (x + step, foot), sw, srng.uniform(0.05, 0.3))
        x += step
    x = -step
    while x < W + step:
        _splint(d, (x + step, top_), (x, foot), sw, srng.uniform(0.05, 0.3))
        x += step
    for yy in (top_, foot):
        _splint(d, (0, yy), (W, yy), rail, 0.12)
        for nx in range(int(srng.uniform(20, 90)), W, int(srng.uniform(160, 260))):
            d.line((nx, yy - rail / 2, nx, yy + rail / 2), fill=(110, 78, 36, 255), width=4)
            d.line(
                (nx + 3, yy - rail / 2, nx + 3, yy + rail / 2),
                fill=_tint((255,) * 3, BAMBOO, 0.4) + (255,),
                width=2,
            )
    jute = (126, 98, 58, 255)
    x = -step
    while x < W + step:
        for cx_, cy_ in ((x + step / 2, (top_ + foot) / 2), (x, top_), (x, foot)):
            r = rail * 0.55
            for t in range(3):
                o = (t - 1) * r * 0.35
                d.line((cx_ - r + o, cy_ - r, cx_ + r + o, cy_ + r), fill=jute, width=3)
                d.line((cx_ + r + o, cy_ - r, cx_ - r + o, cy_ + r), fill=jute, width=3)
        x += step
    small = art.resize((w, h), Image.LANCZOS)
    page.paste(small, (int(x0), int(y0)), small)


PHUL = ["...#...", "..###..", ".#.#.#.", "#######", ".#.#.#.", "..###..", "...#..."]
TREE = ["...#...", "..###..", ".#####.", "..###..", ".#####.", "#######", "...#...", "...#..."]


def _gamosa(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    """The divider: the gamosa's white cotton, two red lines along each edge, and a row of woven motifs
    between them, a phul and a stepped tree in turn, built of square picks."""
    srng = random.Random(seed)
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    cloth = _grain(np.full((h, w, 3), (246, 243, 234), dtype=np.float32), srng.randrange(10**6), 2.0)
    band_ = Image.fromarray(cloth.astype(np.uint8), "RGB")
    d = ImageDraw.Draw(band_)
    red = GAMOSA_RED
    for yy, t in (
        (h * 0.06, max(2, h // 9)),
        (h * 0.2, 1),
        (h * 0.8, 1),
        (h * 0.94 - max(2, h // 9), max(2, h // 9)),
    ):
        d.rectangle((0, yy, w, yy + t), fill=red)
    cell = max(1.6, h * 0.062)
    n = 0
    x = cell * 4
    while x < w - cell * 8:
        motif = PHUL if n % 2 == 0 else TREE
        oy = (h - len(motif) * cell) / 2
        for r_, line in enumerate(motif):
            for c_, ch in enumerate(line):
                if ch == "#":
                    d.rectangle(
                        (
                            x + c_ * cell,
                            oy + r_ * cell,
                            x + (c_ + 1) * cell - 0.6,
                            oy + (r_ + 1) * cell - 0.6,
                        ),
                        fill=red,
                    )
        x += cell * 11
        n += 1
    page.paste(band_, (int(x0), int(y0)))


def _bench(page: Image.Image, seed: int) -> Image.Image:
    """The margins: flakes of dried clay, strips of cotton cloth, a bamboo sliver, a brush, dabs of hengul and
    haital."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(6, MARGIN - 10) if left else srng.uniform(width - MARGIN + 10, width - 6)
        return x, srng.uniform(30, height - 30)

    for _ in range(srng.randrange(4, 8)):
        x, y = spot()
        r = srng.uniform(2.5, 6.0)
        pts = [
            (x + math.cos(a) * r * srng.uniform(0.6, 1.3), y + math.sin(a) * r * srng.uniform(0.6, 1.3))
            for a in [i * math.tau / 7 for i in range(7)]
        ]
        d.polygon([(px + 1, py + 1) for px, py in pts], fill=(80, 70, 60, 90))
        d.polygon(pts, fill=_tint((255, 255, 255), CLAY, srng.uniform(0.0, 0.3)) + (255,))
    for _ in range(srng.randrange(1, 3)):
        x, y = spot()
        length = srng.uniform(30, 56)
        a = srng.uniform(-0.4, 0.4) + math.pi / 2
        ex, ey = x + math.cos(a) * length, y + math.sin(a) * length
        d.line((x + 1, y + 1, ex + 1, ey + 1), fill=(150, 144, 130, 160), width=6)
        d.line((x, y, ex, ey), fill=(238, 232, 216, 255), width=5)
        for t in range(4):
            d.line(
                (ex, ey, ex + srng.uniform(-4, 4), ey + srng.uniform(2, 6)),
                fill=(220, 214, 198, 255),
                width=1,
            )
    x, y = spot()
    d.line((x, y, x + srng.uniform(-3, 3), y + srng.uniform(40, 60)), fill=(176, 138, 76, 255), width=3)
    x, y = spot()
    d.line((x, y, x + 2, y + 44), fill=(96, 60, 34, 255), width=3)
    d.polygon([(x - 3, y + 44), (x + 5, y + 44), (x + 3, y + 56), (x - 1, y + 56)], fill=(60, 50, 44, 255))
    d.ellipse((x - 1, y + 52, x + 3, y + 58), fill=HENGUL + (255,))
    spots = Image.new("RGBA", page.size, (0, 0, 0, 0))
    sd = ImageDraw.Draw(spots)
    for colour in (HENGUL, HAITAL, HENGUL):
        x, y = spot()
        r = srng.uniform(2.5, 5.0)
        for _ in range(srng.randrange(2, 4)):
            ox, oy = srng.uniform(-r, r), srng.uniform(-r, r)
            sd.ellipse((x + ox - r, y + oy - r, x + ox + r, y + oy + r), fill=colour + (150,))
    layer.alpha_composite(spots.filter(ImageFilter.GaussianBlur(0.7)))
    return layer.convert("RGB")


def _as_dots(
    page: Image.Image, draw: ImageDraw.ImageDraw, r: tuple, m: list, y: float, font: str, style: dict
) -> None:
    """This set's bilingual label: the Assamese and its English in brackets, dot leaders, the value at the
    right."""
    size = style.get("size", 22)
    width = style.get("width", 620)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    pen, bold = m
    s_ = int(size * 0.92)
    h287.draw_n(draw, (MARGIN, y + 1), r[1], font, s_, ink, bold=True)
    hx = MARGIN + h287.nwidth(r[1], font, s_, bold=True)
    small = load_font(font, int(size * 0.74))
    draw.text((hx, y + size * 0.18), f" ({r[2]})", font=small, fill=soft)
    hx += small.getlength(f" ({r[2]})")
    if pen:
        x = style.get("h271", {})
        vname = x.get("pen", PENS[0])
        vink = tuple(x.get("pen_ink", INKS[0]))
        vface = load_font(vname, int(size * 1.08))
        dy = -size * 0.12
    else:
        vname = bold_of(font) if bold else font
        vink = ink
        vface = load_font(vname, size)
        dy = 0
    vw = vface.getlength(r[3])
    vx = width - MARGIN - vw
    dx = hx + 8
    while dx < vx - 10:
        draw.ellipse((dx, y + size * 0.92, dx + 1.6, y + size * 0.92 + 1.6), fill=soft)
        dx += 6
    draw.text((vx, y + dy), r[3], font=vface, fill=vink)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: an Assamese label with its English in brackets and dot
    leaders, a Samaguri mask as an emblem, a strip of the mask's bamboo armature and a strip of gamosa as
    dividers, clay, cloth and paint in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h309")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t09"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t09ld":
            _as_dots(page, draw, r, m, y, font, style)
        elif name == "t09mk":
            kind_, seed = m
            _mukha(page, width / 2, top_y + line * 0.02, line * 2.95, kind_, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t09kt":
            (seed,) = m
            _kath(page, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.92, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t09gm":
            (seed,) = m
            _gamosa(page, MARGIN, width - MARGIN, top_y + line * 0.1, top_y + line * 0.94, seed)
            draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "bench":
            page = _bench(page, what[1])
    return page


def _dhari(image: Image.Image, seed: int) -> Image.Image:
    """The page on a dhari: a bamboo mat woven in twill (each strip two over two under, the diagonals
    stepped), the strips' sheen, a clay bowl of hengul with a brush across it, the page's shadow, the page askew."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 90
    bw, bh = w + 2 * pad + 150, h + 2 * pad
    s = srng.choice([14, 16, 18])
    base = np.zeros((bh, bw, 3), dtype=np.float32)
    tone = np.array(srng.choice([(206, 170, 108), (196, 158, 98), (214, 182, 124)]), dtype=np.float32)
    g = np.random.default_rng(srng.randrange(10**6))
    rows_, cols_ = bh // s + 1, bw // s + 1
    strip_h = g.normal(0, 10, rows_)
    strip_v = g.normal(0, 10, cols_)
    for r_ in range(rows_):
        for c_ in range(cols_):
            over = ((r_ + c_) // 2) % 2 == 0
            shade = (strip_h[r_] + 8) if over else (strip_v[c_] - 8)
            y0, x0 = r_ * s, c_ * s
            cell = np.clip(tone + shade, 0, 255)
            base[y0 : y0 + s, x0 : x0 + s] = cell
            if over:
                base[y0 : y0 + 1, x0 : x0 + s] *= 0.7
                base[y0 + s // 2 : y0 + s // 2 + 1, x0 : x0 + s] *= 1.06
            else:
                base[y0 : y0 + s, x0 : x0 + 1] *= 0.7
                base[y0 : y0 + s, x0 + s // 2 : x0 + s // 2 + 1] *= 1.06
    base = np.clip(base + g.normal(0, 3, base.shape), 0, 255)
    mat = Image.fromarray(base.astype(np.uint8), "RGB")
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 10, (bh - turned.height) // 2
    shadow = Image.new("L", mat.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 140 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    mat = Image.composite(Image.new("RGB", mat.size, (60, 48, 34)), mat, shadow)
    mat.paste(turned, (sx, sy), turned)
    # the bowl of hengul and the brush, beside the page
    d = ImageDraw.Draw(mat)
    rr = 52
    bx = sx + turned.width + rr + srng.uniform(12, 30)
    by = srng.uniform(bh * 0.15, bh * 0.55)
    d.ellipse((bx - rr + 6, by - rr * 0.6 + 10, bx + rr + 6, by + rr * 0.6 + 10), fill=(70, 54, 38))
    d.ellipse(
        (bx - rr, by - rr * 0.6, bx + rr, by + rr * 0.6), fill=(156, 92, 58), outline=(96, 56, 34), width=3
    )
    d.ellipse((bx - rr * 0.78, by - rr * 0.42, bx + rr * 0.78, by + rr * 0.42), fill=(120, 30, 22))
    d.ellipse((bx - rr * 0.7, by - rr * 0.36, bx + rr * 0.66, by + rr * 0.34), fill=HENGUL)
    d.line((bx - rr * 1.2, by + rr * 0.9, bx + rr * 0.6, by - rr * 0.2), fill=(110, 70, 40), width=6)
    d.line((bx + rr * 0.6, by - rr * 0.2, bx + rr * 0.9, by - rr * 0.38), fill=(50, 42, 38), width=9)
    return mat


def _feature(image: Image.Image, seed: int) -> Image.Image:
    """The screen in a feature phone: its dark plastic body round a small screen, the earpiece's slot over
    it, two soft keys and a round navigation key under it, then the keypad's four rows of three keys with
    their figures, on a table."""
    srng = random.Random(seed)
    w, h = image.size
    bez, keys_h = 34, int(w * 1.15)
    bw, bh = w + 2 * bez, h + bez * 3 + keys_h
    table = srng.choice([(196, 170, 136), (210, 204, 196), (150, 118, 86)])
    base = Image.new("RGB", (bw + 160, bh + 160), table)
    d = ImageDraw.Draw(base)
    x0, y0 = 80, 80
    body = srng.choice([(36, 38, 44), (24, 30, 46), (70, 20, 24)])
    d.rounded_rectangle((x0 + 8, y0 + 10, x0 + bw + 8, y0 + bh + 10), radius=60, fill=(60, 50, 40))
    d.rounded_rectangle((x0, y0, x0 + bw, y0 + bh), radius=60, fill=body)
    d.rounded_rectangle((x0 + bw / 2 - 40, y0 + 12, x0 + bw / 2 + 40, y0 + 20), radius=4, fill=(12, 12, 14))
    d.rectangle(
        (x0 + bez - 4, y0 + bez * 1.5 - 4, x0 + bez + w + 4, y0 + bez * 1.5 + h + 4), fill=(10, 10, 12)
    )
    base.paste(image, (int(x0 + bez), int(y0 + bez * 1.5)))
    ky = y0 + bez * 1.5 + h + bez * 0.8
    key = _tint((255, 255, 255), body, 0.18)
    face = load_font("dejavu/DejaVuSans-Bold.ttf", 26)
    d.rounded_rectangle((x0 + bez, ky, x0 + bez + w * 0.28, ky + 44), radius=14, fill=key)
    d.rounded_rectangle((x0 + bez + w * 0.72, ky, x0 + bez + w, ky + 44), radius=14, fill=key)
    cx, cy, r = x0 + bw / 2, ky + 40, 46
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=key)
    d.ellipse(
        (cx - r * 0.45, cy - r * 0.45, cx + r * 0.45, cy + r * 0.45), fill=_tint((255, 255, 255), body, 0.3)
    )
    top_ = ky + 110
    kw, kh = w / 3 - 14, (keys_h - 140) / 4 - 12
    labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"]
    for n, t in enumerate(labels):
        r_, c_ = divmod(n, 3)
        kx = x0 + bez + c_ * (kw + 21)
        kyy = top_ + r_ * (kh + 12)
        d.rounded_rectangle((kx, kyy, kx + kw, kyy + kh), radius=16, fill=key)
        d.text((kx + kw / 2, kyy + kh / 2), t, font=face, fill=(230, 230, 232), anchor="mm")
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout307's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the dhari a page lies on."""
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
    f = (style.get("h309") or {}).get("frame")
    if f and f[0] == "dhari":
        image = _dhari(image, f[1])
    if f and f[0] == "feature":
        image = _feature(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *ASSAMESE_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout309 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the workshop's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "KAMALPUR MUKHA GHAR MAJULI"]
VPAS = [
    "kamalpurmukha@sbi",
    "paytmqr6kq2mz8tw@paytm",
    "kamalpur.mukha@okaxis",
    "mukhaghar.majuli@ybl",
    "kamalpursatramukha@okicici",
]
BUYERS = [
    ("Anupam Baruah", "State Bank of India"),
    ("Trishna Gogoi", "Assam Gramin Vikash Bank"),
    ("Rituraj Phukan", "HDFC Bank"),
    ("Kabita Sarma", "UCO Bank"),
    ("Debajit Hazarika", "Bandhan Bank"),
    ("Ishani Dutta", "Axis Bank"),
    ("Arup Chetia", "Punjab National Bank"),
    ("Sneha Kalita", "Kotak Mahindra Bank"),
]
NOTES = ["garuda mask", "bhaona masks", "wall mask", "raas masks", "mask for school play", "gift mask"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Assam Gramin Vikash Bank": "AGVB",
        "HDFC Bank": "HDFC",
        "UCO Bank": "UCO",
        "Bandhan Bank": "Bandhan",
        "Axis Bank": "Axis",
        "Punjab National Bank": "PNB",
        "Kotak Mahindra Bank": "Kotak",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Kamalpur Mukha Ghar or the Kendra: Paytm for Business on the Mukha Ghar's phone (the
    Mukha Ghar under the app's bar, a tile's tick, Payment Received, the sum set large, "from <buyer>"; UPI
    Ref. No. and Received on two to a row, labels small over their values; Settles to and Paid via at the left
    and the right); Tata Neu's NeuPay UPI payment on a scalloped badge ("Paid to" over the payee, "Today,
    <hour>"; a copyable UPI Reference ID; Paid using; no day); PhonePe set in Assamese (a large round tick,
    "লেনদেন সফল হ'ল" (transaction successful), the day with its month's Assamese name and the hour, "প্ৰাপক"
    (recipient) over the payee and the sum on its line, the payee's UPI ID; "লেনদেনৰ বিৱৰণ" (transaction
    details): "লেনদেন আইডি" (transaction ID), "ডেবিট কৰা হৈছে" (debited), UTR); CRED's payment processing on
    its dark screen under a spinner (the sum, "to <payee>", its stages across the page with a dot for each, a
    notice; each value over its label: UPI Ref No, started at, paying from); Bandhan Bank's mBandhan with
    Transaction Successful under a large round tick (the sum; Paid to, UPI Ref No., Date & Time, From A/c,
    Remarks in a striped table); super.money's payment failed under a tile's cross (the sum, "to <payee>", the
    reason in a notice; Transaction ID, Attempted on, Bank account in dot leaders); Google Pay's thread with
    the Mukha Ghar (the payee on top and its UPI ID, the day's divider, a payment card at the right: "Payment
    to <payee>", the sum, "Paid" and the hour, a note; no reference); Kotak's app with Payment successful in a
    capsule (the sum, "Paid to" over the payee; UPI Ref No., Date, From A/c, Remarks in dot leaders). All new
    here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=650, high=46000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    if k in (0, 2) and rng.random() < 0.5:
        season(j, rng, RAAS, RAAS_DAYS)
    if k == 0:
        p = phone(rng, font, k, ["", "Paytm for Business"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 186, 242))
        app_head(p, "Paytm for Business", "Payments")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Satra Gate, Garamur, Majuli")
        h287.tile(p, status)
        p.add("center", "Payment Received", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"from {who}")
        p.add("gap")
        two_up(
            p,
            "pb",
            ("UPI Ref. No.", j.ref),
            ("Received on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.add("gap")
        kvr(p, "Settles to", f"SBI XX{digits(rng, 4)}")
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Tata Neu"], dark=False, buttons=("Done",))
        band(p, (84, 28, 148))
        app_head(p, "Tata Neu", "NeuPay UPI")
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        p.add("gap")
        copyrow(p, "UPI Reference ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid using", f"{sb} UPI XX{last4}", method="UPI")
        note(p, f"You earned {rng.randrange(4, 60)} NeuCoins on this payment.", align="c")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "UPI")
        sicon(p, status)
        assamese(p, "লেনদেন সফল হ'ল", bold=True, scale=1.1, status=status)
        assamese(p, f"{as_day(j.date)}, {hhmm(rng, lower=True)}", soft=True, scale=0.84, date=j.date)
        p.add("gap")
        assamese(p, "প্ৰাপক", soft=True, scale=0.86, align="l")
        name = pick(p, "left", [to, SHOP])
        p.pair(name, rs(j.amount), merchant=name, amount=j.amount)
        p.add("small", vpa)
        p.add("rule")
        assamese(p, "লেনদেনৰ বিৱৰণ", bold=True, align="l")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        assamese(p, "লেনদেন আইডি", soft=True, scale=0.84, align="l")
        p.add("left", tid, txn=(TXN_RANK, tid))
        assamese(p, "ডেবিট কৰা হৈছে", soft=True, scale=0.84, align="l")
        p.pair(f"XXXXXX{last4}", rs(j.amount), method="UPI")
        label(p, "UTR")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "CRED"], dark=True, buttons=("refresh status",))
        app_head(p, "CRED", "UPI")
        h279.spinner(p, AMBER)
        p.add("center", "payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h289.steps(p, ["initiated", "debited", "credited"], 1, status)
        boxed(
            p,
            "your bank has not confirmed the credit yet. do not pay again: the status updates within 48 "
            "hours.",
            "warn",
        )
        vlab(p, "UPI Ref No", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(
            p,
            "started at",
            at_hour(
                rng,
                j.date,
                ["%d %b %Y", "{d} %b %Y"],
                (", ", " \u00b7 ") if glyphs(p.font, "\u00b7") else (", ",),
            ),
            bold=False,
            date=j.date,
        )
        vlab(p, "paying from", f"{sb} {masked(p.font)}{last4}", bold=False, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "mBandhan"], dark=False, buttons=("Share receipt",))
        band(p, (196, 36, 48))
        app_head(p, "mBandhan", "Bandhan Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = clip(rng.choice([to, SHOP]), 26)
        zebra(
            p,
            "bd",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Details", ""],
            [
                (["Paid to", name], {"merchant": name}),
                (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))], {"date": j.date}),
                (["From A/c", f"XXXX{last4}"], {"method": "UPI"}),
                (["Remarks", rng.choice(NOTES)], {}),
            ],
            (196, 36, 48),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "super.money"], dark=False, buttons=("Try again",))
        band(p, (28, 28, 34))
        app_head(p, "super.money", "UPI  |  super.money")
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "The payment could not be completed: your bank declined it. Any amount debited will be refunded "
            "in "
            "5 working days.",
            "error",
        )
        tid = f"SM{j.date:%y%m%d}{code(rng, 10, ALNUM)}"
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        dots(p, "Bank account", f"{sb} XX{last4}", at=0.36, method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=False, buttons=("Pay", "Request"))
        p.part = "head"
        name = pick(p, "title", [to, SHOP])
        p.add("title", name, merchant=name)
        p.add("small", f"UPI ID: {vpa}", method="UPI")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b %Y"])), date=j.date)
        p.add("gap")
        s_ = h275.gcard_open(p)
        small = load_font(p.font, int(p.style["size"] * 0.86))
        head = f"Payment to {name}"
        if small.getlength(head) <= 0.7 * room_of(p) - 40:
            h275.inrow(p, head, scale=0.86, soft=True)
        else:
            h275.inrow(p, "Payment to", scale=0.86, soft=True)
            h275.inrow(p, clip(name, 18), scale=0.86, soft=True)
        h275.inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        tick_ = sign(p.font, "\u2713", "")
        h275.inrow(p, f"{tick_} Paid  {hhmm(rng, lower=True)}".strip(), status=status)
        h275.inrow(p, rng.choice(NOTES), scale=0.86, soft=True)
        h275.gcard_close(p, s_)
        p.add("gap")
        return p.done()
    p = phone(rng, font, k, ["", "Kotak"], dark=False, buttons=("Share", "Done"))
    band(p, (236, 40, 52))
    app_head(p, "Kotak", "Kotak Mahindra Bank  |  UPI")
    pill(p, "Payment successful", status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", "Paid to")
    name = pick(p, "center", [to, SHOP])
    p.add("center", name, merchant=name)
    p.add("gap")
    dots(p, "UPI Ref No.", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
    dots(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ", " ")), at=0.36, date=j.date)
    dots(p, "From A/c", f"{sb} XX{last4}", at=0.36, method="UPI")
    dots(p, "Remarks", rng.choice(NOTES), at=0.36)
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


SSKS = "Srimanta Sankaradeva Kalakshetra Society"
SSKS_AS = "শ্ৰীমন্ত শংকৰদেৱ কলাক্ষেত্ৰ সমিতি"
HOTELS = "Brahmaputra Heritage Hotels Pvt. Ltd."
EKAA = "Ekaa Craft Collective Pvt. Ltd."
DECOR = "Terracotta & Tin Home Pvt. Ltd."
SCHOOL = "Bahona Vidyapith"
REPERTORY = "Rangmandal Repertory Trust"
CAFE = "Pine & Plum Cafes Pvt. Ltd."
FESTIVAL = "Pune Rangbhoomi Foundation"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the Kendra: the Srimanta Sankaradeva Kalakshetra Society's PAYMENT
    ADVICE for its museum's masks under its Assamese name (Memo No. and Dated on a line; "To, The Secretary,"
    and the Kendra; Sub:; Bill No. | Bill Date | Amount | TDS-GST 2% | Net on hairline rows; Net paid in a
    printed box; "The net amount has been credited ... by NEFT, UTR ..."; its round seal; the Accounts
    Officer's signature); a Guwahati hotel group's Bill Payment mailed from Oracle NetSuite (Payment #, Date,
    Payee, Account, Memo with the UTR with colons; Bill # | Date Due | Orig. Amt. | Payment in a striped
    table; Total under a double rule); IDFC FIRST Bank's corporate banking with a Bengaluru craft
    marketplace's NEFT sent to RBI and not yet credited (an In progress capsule, its stages left to right, a
    notice; Transaction Ref. No., Beneficiary, Amount, Mode, Value Date, UTR awaited in shaded labels); a
    Kolkata decor brand's Payment Out from myBillBook (the sum set large, "Paid to" over the payee; Payment
    No., Payment Date, Payment Mode, Reference / UTR, Settled against at the left and the right); a Jorhat
    school's letter written by its principal's hand on its printed letterhead (Date; "To, The Secretary," and
    the Kendra; Sub:; "we have sent Rs. x/- ... by NEFT today ..."; no reference); a Delhi theatre repertory's
    e-Receipt from OnlineSBI Corporate (Transaction Status: Completed Successfully; Reference No., UTR,
    Beneficiary Name, Amount, Value Date, Mode with colons); a Shillong cafe group's NEFT returned on PNB
    Corporate Internet Banking on a tinted band (the reason in a notice; Transaction ID, Beneficiary, Amount,
    Date, Return reason in a table ruled on every side); a Pune theatre foundation's Zoho Cliq channel under a
    "Today" divider (the writer's name, bold, and the hour; "Paid Rs. x to <payee> by IMPS for the Bhaona
    masks", "IMPS ref ..."; a reply; no day). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=12000, high=290000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        assamese(p, SSKS_AS, bold=True, scale=1.05)
        top(p, pick(p, "title", [SSKS, "Sankaradeva Kalakshetra Society"]))
        p.add("small", "Panjabari, Guwahati - 781037  |  Museum and Crafts Gallery")
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        rows_, net_total = [], 0.0
        bills = bills_for(rng, j, rng.randrange(1, 4), "KMSK")
        spec = [(0.0, 0.28, "l"), (0.28, 0.46, "c"), (0.46, 0.64, "r"), (0.64, 0.82, "r"), (0.82, 1.0, "r")]
        memo = f"SSKS/Acctt/{rng.randrange(110, 990)}/{fy(j.date)}"
        cols(
            p,
            "sk0",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Memo No. {memo}",
            f"Dated {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = rng.choice([FIRM, FIRM_CAPS])
        p.add("left", f"{name},", merchant=name)
        p.add("left", f"{TOWN}.")
        prose(
            p, "Sub: Payment against the Samaguri masks supplied for the Kalakshetra museum's bhaona gallery."
        )
        cols(p, "skh", spec, "Bill No.", "Bill Date", "Amount", "TDS-GST 2%", "Net", mode="line")
        for no_, day, v in bills:
            tds = round(v * 0.02, 2)
            net = round(v - tds, 2)
            net_total += net
            rows_.append((no_, day, v, tds, net))
        j.amount = round(net_total, 2)
        for no_, day, v, tds, net in rows_:
            cols(p, "skl", spec, no_, when(day, "%d.%m.%y"), num(v), num(tds), num(net), mode="line")
        p.add("gap")
        h271.amtbox(p, "Net paid Rs.", num(j.amount), by_hand=False, at=0.3, amount=j.amount)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "UCO Bank", way)
        prose(
            p,
            f"The net amount has been credited to your account with {BANK_LINE} by {way}, UTR {utr}.",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        h269.seal(p, "SRIMANTA SANKARADEVA KALAKSHETRA", ["ACCOUNTS", "GUWAHATI"], "violet")
        sig(p)
        p.add("right", "Accounts Officer")
        return p.done()
    if k == 1:
        p = mail_page(
            rng,
            font,
            "Brahmaputra Heritage Hotels - Accounts <ap@bhhotels.in>",
            ["Bill Payment - Brahmaputra Heritage Hotels", "Payment advice: bill payment"],
        )
        p.part = "head"
        top(p, pick(p, "title", [HOTELS, "Brahmaputra Heritage Hotels"]))
        p.add("small", "M.G. Road, Uzan Bazar, Guwahati  |  Bill Payment")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        pno = f"BP{rng.randrange(10000, 99999)}"
        payee = rng.choice([FIRM, FIRM_CAPS])
        spec = [(0.0, 0.22, "l"), (0.22, 1.0, "l")]
        h271.colkv(p, "ns", spec, "Payment #:", pno, txn=(INVOICE_RANK, pno))
        h271.colkv(p, "ns", spec, "Date:", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        h271.colkv(p, "ns", spec, "Payee:", payee, merchant=payee)
        h271.colkv(p, "ns", spec, "Account:", "HDFC Bank - Current A/c")
        h271.colkv(p, "ns", spec, "Memo:", f"{way} UTR {utr}", txn=(UTR_RANK, utr), method="netbanking")
        p.add("gap")
        zebra(
            p,
            "nsz",
            [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
            ["Bill #", "Date Due", "Orig. Amt.", "Payment"],
            [
                ([no_, when(day + dt.timedelta(days=30), "%d/%m/%Y"), num(v), num(v)], {})
                for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "KMSK")
            ],
            (36, 66, 110),
        )
        total(p, "Total", num(j.amount), at=0.6, amount=j.amount, status=status)
        p.add("small", "Generated by Oracle NetSuite  |  Please do not reply to this mail.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "corporate.idfcfirstbank.com/payments/transaction-details")
        p.part = "head"
        top(p, "IDFC FIRST Bank")
        p.add("small", f"Corporate Banking  |  {EKAA}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment details  -  NEFT")
        pill(p, "In progress", status, align="l")
        p.add("gap")
        h273.track(p, ["Created", "Approved", "Sent to RBI", "Credited"], "ddpt")
        boxed(
            p,
            "This NEFT has been sent to RBI and is awaiting the beneficiary bank's credit confirmation. The "
            "UTR "
            "will show here once it is credited.",
            "warn",
        )
        tref = f"IDF{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([FIRM_CAPS, CUT])
        kv(p, "Transaction Ref. No.", tref, at=0.4, txn=(BANK_RANK, tref))
        kv(p, "Beneficiary", name, at=0.4, merchant=name)
        kv(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
        kv(p, "Mode", "NEFT", at=0.4, method="netbanking")
        kv(p, "Value Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        kv(p, "UTR", "Awaited", at=0.4)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment Out"], dark=False, buttons=("Share", "Print"))
        band(p, (20, 96, 200))
        app_head(p, "myBillBook", DECOR)
        p.add("center", "PAYMENT OUT", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [FIRM, FIRM_CAPS, CUT])
        p.add("center", name, merchant=name)
        p.add("gap")
        pno = str(rng.randrange(40, 400))
        kvr(p, "Payment No.", pno, txn=(INVOICE_RANK, pno))
        kvr(p, "Payment Date", day_as(j, rng, ["%d %b %Y", "%d-%m-%Y"]), date=j.date)
        kvr(p, "Payment Mode", "Bank Transfer (IMPS)", method="netbanking")
        kvr(p, "Reference / UTR", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Settled against", f"Purchase {rng.randrange(100, 999)}")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(12, 96) * 500)
        p = sheet(rng, font, [700, 740])
        p.part = "head"
        top(p, SCHOOL)
        p.add("small", "(Recognised by SEBA)  |  Bahona, Jorhat - 785101")
        p.add("small", "Phone 0376-23XXXXX  |  bahonavidyapith@gmail.com")
        p.add("rule")
        p.part = "body"
        hand(p, f"Date: {day_as(j, rng, ['%d/%m/%Y', '{d}.%m.%Y'])}", align="r", date=j.date)
        hand(p, "To,")
        hand(p, "The Secretary,")
        name = rng.choice([FIRM, FIRM_CAPS])
        hand(p, f"{name},", merchant=name)
        hand(p, "Kamalpur Satra, Majuli.")
        hand(p, "Sub: Payment for masks for our annual day bhaona.")
        hand(p, "Respected Sir,")
        hand(
            p,
            f"We have sent Rs. {num(j.amount, 'indian', 0)}/- (Rupees {spelt(j.amount)} only) to your "
            "account "
            "by NEFT today for the masks (Garuda, Hanuman and Ravana). Kindly acknowledge.",
            amount=j.amount,
            method="netbanking",
            status=status,
        )
        hand(p, "Thanking you,", align="r")
        sig(p)
        p.add("right", "Principal")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "corp.onlinesbi.sbi/corporate/e-receipt")
        p.part = "head"
        top(p, "OnlineSBI Corporate")
        p.add("small", f"State Bank of India  |  {REPERTORY}, New Delhi")
        p.add("rule")
        p.part = "body"
        p.add("center", "e-Receipt")
        p.add("left", "Transaction Status: Completed Successfully", status=status)
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        rno = f"IR{digits(rng, 9)}"
        name = rng.choice([FIRM_CAPS, CUT])
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "sb", spec, "Reference No. :", rno, txn=(BANK_RANK, rno))
        h271.colkv(p, "sb", spec, "UTR :", utr, txn=(UTR_RANK, utr))
        h271.colkv(p, "sb", spec, "Beneficiary Name :", name, merchant=name)
        h271.colkv(p, "sb", spec, "Amount :", rs(j.amount), amount=j.amount)
        h271.colkv(p, "sb", spec, "Value Date :", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        h271.colkv(p, "sb", spec, "Mode :", way, method="netbanking")
        p.add("small", "Remarks: 18 masks for Bhaona repertory tour")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "corporate.pnbibanking.in/fundstransfer/status")
        p.part = "head"
        top(p, "PNB Corporate Internet Banking")
        p.add("small", f"Punjab National Bank  |  {CAFE}, Shillong")
        p.add("rule")
        p.part = "body"
        p.add("left", "NEFT transaction status")
        h269.strip(p, "Returned", status)
        boxed(
            p,
            "The beneficiary bank returned this NEFT: the beneficiary's name does not match the account. The "
            "amount has been credited back to your account.",
            "error",
        )
        tid = f"PNB{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        gkv(p, "pn", "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        gkv(p, "pn", "Beneficiary", name, at=0.38, merchant=name)
        gkv(p, "pn", "Amount", rs(j.amount), at=0.38, amount=j.amount)
        gkv(
            p,
            "pn",
            "Date",
            day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]),
            at=0.38,
            date=j.date,
            method="netbanking",
        )
        gkv(p, "pn", "Return reason", "R03 - name mismatch", at=0.38)
        return p.done()
    j.amount = float(rng.randrange(24, 400) * 100)
    p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    h269.kind(p, "zc0", [(0.0, 1.0, "l")], "plain", bold=(0,))
    h269.ext(p)["scale"]["zc0"] = 1.1
    h269.row(p, "zc0", "# finance-ops")
    p.add("small", f"Zoho Cliq  |  {FESTIVAL}  |  9 members")
    p.add("rule")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    hour = rng.randrange(10, 18)
    h269.kind(p, "zc1", [(0.0, 0.55, "l"), (0.55, 1.0, "l")], "plain", bold=(0,))
    h269.row(
        p,
        "zc1",
        "Meenal Kulkarni",
        f"{(hour - 1) % 12 + 1}:{rng.randrange(0, 59):02d} {'PM' if hour >= 12 else 'AM'}",
    )
    name = pick(p, "left", [SHOP, FIRM])
    prose(
        p,
        f"Paid Rs. {num(j.amount, 'indian', 0)} to {name} by IMPS for the Bhaona masks (festival opening "
        "night).",
        amount=j.amount,
        merchant=name,
        method="netbanking",
        status=status,
    )
    p.add("left", f"IMPS ref {j.ref}", txn=(UTR_RANK, j.ref))
    note(p, "1 reply  |  seen by 5")
    p.add("gap")
    h269.row(
        p, "zc1", "Omkar D", f"{hour % 12 + 1}:{rng.randrange(0, 59):02d} {'PM' if hour + 1 >= 12 else 'AM'}"
    )
    p.add("left", f"Thanks, I have mailed {DAUGHTER.split()[0]} the screenshot.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Kyoto Mingei-do Co., Ltd.", "Kyoto, Japan", "JPY", 380000, 2400000, "smbc"),
    ("Mask & Myth Museum Shop Pty Ltd", "Melbourne, Australia", "AUD", 2400, 18000, "nab"),
    ("Larven-Atelier Basel GmbH", "Basel, Switzerland", "CHF", 2200, 16000, "bkb"),
    ("Hahoe Mask Museum Shop", "Andong, Korea", "KRW", 3000000, 21000000, "shinhan"),
    ("Folkkonst Butik AB", "Stockholm, Sweden", "SEK", 24000, 160000, "handelsbanken"),
    ("Rumah Topeng Sdn. Bhd.", "Kuala Lumpur, Malaysia", "MYR", 4000, 32000, "maybank"),
    ("Santa Fe Folk Art Collective LLC", "Santa Fe, New Mexico, USA", "USD", 1800, 14000, "bofa"),
    ("Atelier Maschere Ca' del Sol S.r.l.", "Venezia, Italy", "EUR", 1500, 12000, "unicredit"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: yen whole with JPY or the yen's sign; Australian dollars with AUD
    or A$; Swiss francs with apostrophes between the thousands and CHF before or after; won whole with KRW or
    the won's sign; kronor the Swedish way (a space between the thousands, a decimal comma) with SEK before or
    after; ringgit with RM or MYR; US dollars with USD or $; euros the Italian way (1.570,00) with EUR before
    or after."""
    yen = "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}"
    won = "\u20a9{w}" if glyphs(font, "\u20a9") and glyphs(bold_of(font), "\u20a9") else "KRW {w}"
    forms = {
        "JPY": ["JPY {w}", yen],
        "AUD": ["AUD {v}", "A${v}"],
        "CHF": ["CHF {c}", "{c} CHF"],
        "KRW": ["KRW {w}", won],
        "SEK": ["{s} SEK", "SEK {s}"],
        "MYR": ["RM {v}", "MYR {v}"],
        "USD": ["USD {v}", "${v}"],
        "EUR": ["EUR {i}", "{i} EUR"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(
            v=english,
            w=f"{v:,.0f}",
            c=english.replace(",", "'"),
            s=english.replace(",", " ").replace(".", ","),
            i=english.replace(",", "_").replace(".", ",").replace("_", "."),
        )

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Folk-art galleries, mask museums' shops and carnival mask ateliers abroad paying the Kendra for its
    masks: SMBC's overseas remittance completed in yen (Transaction No. and Remittance Date, Remitter and
    Beneficiary, Beneficiary Bank and SWIFT, Remittance Amount and Charges two pairs to a row in a table ruled
    on every side); NAB Connect's international payment held for review in Australian dollars (a Held for
    review capsule, a notice; Payment ID, Payee, Amount, Payment date, Charges against a gutter); Basler
    Kantonalbank's e-banking with a payment executed in Swiss francs with apostrophes (Zahlung ausgeführt /
    Payment executed; each label's German and its English after a slash in dot leaders: Auftragsnummer / Order
    no., Begünstigter / Beneficiary, Betrag / Amount, Ausführungsdatum / Execution date, Spesen / Charges);
    Shinhan Bank's SOL Global with an overseas remittance sent in won ("Today, <hour>"; a tile's tick, the
    sum, "to <payee>"; a copyable Remittance No.; Fee and Type at the left and the right; no day);
    Handelsbanken's payment rejected in kronor the Swedish way on a tinted band (the reason in a notice; each
    value over its label: Mottagare / Recipient, Belopp / Amount, Datum / Date, Referens / Reference);
    Maybank2u Biz's telegraphic transfer successful in ringgit (its sentence; Beneficiary, Beneficiary Bank,
    Amount, Date, Purpose at the left and the right; no reference); Bank of America's CashPro with an
    international wire completed in US dollars, the day month first (Status, Payment reference, Value date,
    Beneficiary, Beneficiary bank, Amount, Charges on hairline rows); UniCredit's bonifico estero eseguito in
    euros the Italian way (an Eseguito / Executed capsule; each label's Italian and its English after a slash
    in a table ruled on every side: CRO / Reference, Ordinante / Ordering party, Beneficiario / Beneficiary,
    Importo / Amount, Data valuta / Value date, Spese / Charges). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
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
    if frame == "smbc":
        p = browser_page(rng, font, "direct.smbc.co.jp/gaikoku/remittance/detail?lang=en")
        p.part = "head"
        top(p, "SMBC")
        p.add("small", f"Sumitomo Mitsui Banking Corporation  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Overseas Remittance - Completed", status=status)
        p.add("gap")
        tno = f"OR{j.date:%y%m%d}{digits(rng, 6)}"
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")]
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "sm",
            spec,
            None,
            [
                (
                    ["Transaction No.", tno, "Remittance Date", when(j.date, "%Y/%m/%d")],
                    {"txn": (BANK_RANK, tno), "date": j.date},
                ),
                (["Remitter", clip(payer, 22), "Beneficiary", name], {"merchant": name}),
                (["Beneficiary Bank", "State Bank of India", "SWIFT", BIC], {}),
                (["Remittance Amount", show(j.amount), "Charges", "SHA"], {**sum_, "method": "netbanking"}),
            ],
        )
        p.add("small", "Purpose of remittance: purchase of handicrafts (Samaguri masks)")
        return p.done()
    if frame == "nab":
        p = browser_page(rng, font, "nabconnect.nab.com.au/payments/international/view")
        p.part = "head"
        top(p, "NAB Connect")
        p.add("small", f"National Australia Bank  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International payment")
        pill(p, "Held for review", status, align="l")
        boxed(
            p,
            "This payment is being reviewed before it is sent. We may contact you for more details; it will "
            "be "
            "released once the review is complete.",
            "warn",
        )
        pid = f"IP{digits(rng, 10)}"
        name = rng.choice([me, CUT])
        gutter(p, "nb", "Payment ID", pid, at=0.36, txn=(BANK_RANK, pid))
        gutter(p, "nb", "Payee", name, at=0.36, merchant=name)
        gutter(p, "nb", "Amount", show(j.amount), at=0.36, **sum_)
        gutter(
            p, "nb", "Payment date", when(j.date, rng.choice(["{d} %b %Y", "%d/%m/%Y"])), at=0.36, date=j.date
        )
        gutter(p, "nb", "Charges", "Shared (SHA)", at=0.36, method="netbanking")
        return p.done()
    if frame == "bkb":
        p = browser_page(rng, font, "ebanking.bkb.ch/zahlungen/auftrag/details")
        p.part = "head"
        top(p, "Basler Kantonalbank")
        p.add("small", f"E-Banking  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        de = glyphs(p.font, "äü") and glyphs(bold_of(p.font), "äü")
        p.add("left", "Zahlung ausgeführt / Payment executed" if de else "Payment executed", status=status)
        p.add("gap")
        ono = f"{digits(rng, 4)}-{digits(rng, 6)}-{digits(rng, 2)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Auftragsnummer / Order no.", ono, at=0.5, txn=(BANK_RANK, ono))
        dots(p, "Begünstigter / Beneficiary" if de else "Beneficiary", name, at=0.42, merchant=name)
        dots(p, "Betrag / Amount", show(j.amount), at=0.5, bold=True, **sum_)
        dots(
            p,
            "Ausführungsdatum / Execution date" if de else "Execution date",
            when(j.date, "%d.%m.%Y"),
            at=0.6,
            date=j.date,
        )
        dots(p, "Spesen / Charges", "SHA - geteilt", at=0.5, method="netbanking")
        return p.done()
    if frame == "shinhan":
        p = phone(rng, font, k, ["", "SOL Global"], dark=False, buttons=("Done",))
        band(p, (0, 70, 160))
        app_head(p, "SOL Global", "Shinhan Bank  |  Overseas remittance")
        p.add("small", f"Today, {hhmm(rng)}")
        h287.tile(p, status)
        p.add("center", "Remittance sent", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        rno = f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 6)}"
        copyrow(p, "Remittance No.", rno, txn=(BANK_RANK, rno))
        kvr(p, "Fee", "KRW 15,000" if "KRW" in show(1.0) else "\u20a915,000")
        kvr(p, "Type", "SWIFT (SHA)", method="netbanking")
        p.add("small", f"{payer}  |  {town}")
        return p.done()
    if frame == "handelsbanken":
        p = browser_page(rng, font, "secure.handelsbanken.se/bb/seok/betalningar/utland")
        p.part = "head"
        top(p, "Handelsbanken")
        p.add("small", f"Företag  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        sv = glyphs(p.font, "åä") and glyphs(bold_of(p.font), "åä")
        p.add("left", "Utlandsbetalning / International payment")
        h269.strip(p, "Betalningen avvisades / Payment rejected" if sv else "Payment rejected", status)
        boxed(
            p,
            "The payment was rejected by the receiving bank: the account number could not be matched. The "
            "amount "
            "has been returned to your account.",
            "error",
        )
        ref = f"HB{j.date:%y%m%d}{digits(rng, 6)}"
        name = h287.vname(p, [me, CUT])
        vlab(p, "Mottagare / Recipient", name, merchant=name)
        vlab(p, "Belopp / Amount", show(j.amount), **sum_)
        vlab(p, "Datum / Date", when(j.date, "%Y-%m-%d"), bold=False, date=j.date)
        vlab(p, "Referens / Reference", ref, bold=False, txn=(BANK_RANK, ref), method="netbanking")
        return p.done()
    if frame == "maybank":
        p = browser_page(rng, font, "m2u.maybank2u.com.my/biz/ftt/acknowledgement")
        p.part = "head"
        top(p, "Maybank2u Biz")
        p.add("small", f"Malayan Banking Berhad  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Foreign Telegraphic Transfer - Successful", status=status)
        name = rng.choice([me, CUT])
        prose(
            p,
            f"Your telegraphic transfer of {show(j.amount)} to {name} has been sent on "
            f"{when(j.date, rng.choice(['{d} %b %Y', '%d/%m/%Y']))}.",
            **sum_,
            merchant=name,
            date=j.date,
            method="netbanking",
        )
        p.add("gap")
        kvr(p, "Beneficiary", clip(name, 26))
        kvr(p, "Beneficiary Bank", "State Bank of India, Garamur")
        kvr(p, "Amount", show(j.amount))
        kvr(p, "Purpose", "Purchase of goods")
        kvr(p, "Charges", "Shared")
        return p.done()
    if frame == "bofa":
        p = browser_page(rng, font, "cashproonline.bankofamerica.com/payments/wire/detail")
        p.part = "head"
        top(p, "Bank of America")
        p.add("small", f"CashPro  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International wire details")
        ref = f"BOFA{j.date:%m%d}{code(rng, 3, UPPER)}{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        for lbl, value, facts in [
            ("Status", "Completed", {"status": status}),
            ("Payment reference", ref, {"txn": (BANK_RANK, ref)}),
            ("Value date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"])), {"date": j.date}),
            ("Beneficiary", name, {"merchant": name}),
            ("Beneficiary bank", "STATE BANK OF INDIA, GARAMUR, INDIA", {}),
            ("Amount", show(j.amount), sum_),
            ("Charges", "SHA", {"method": "netbanking"}),
        ]:
            cols(p, "ba", spec, lbl, value, mode="line", **facts)
        return p.done()
    p = browser_page(rng, font, "www.unicredit.it/banking/bonifici/esteri/esito")
    p.part = "head"
    top(p, "UniCredit")
    p.add("small", f"Banca online Business  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Bonifico estero / Foreign transfer")
    chip(p, "Eseguito / Executed", status)
    p.add("gap")
    cro = f"{digits(rng, 11)}"
    name = rng.choice([FIRM_CAPS, CUT])
    at = 0.36
    grid(
        p,
        "uc",
        [(0.0, at, "l"), (at, 1.0, "l")],
        None,
        [
            (["CRO / Reference", cro], {"txn": (BANK_RANK, cro)}),
            (["Ordinante / Ordering party", clip(payer, 30)], {}),
            (["Beneficiario / Beneficiary", name], {"merchant": name}),
            (["Importo / Amount", show(j.amount)], sum_),
            (["Data valuta / Value date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
            (["Spese / Charges", "SHA - condivise"], {"method": "netbanking"}),
        ],
    )
    return p.done()


# ---------------------------------------------------------------- 4. the Kendra's own papers


JORHAT = ("Mr. Pranab Kr. Borthakur", "Na-Ali, Jorhat, Assam", "Assam (18)")
COMMITTEES = [
    "Bongaon Bhaona Samiti",
    "Dhakuakhana Sarbajanin Bhaona Samiti",
    "Lakhimpur Raas Utsav Committee",
    "Sivasagar Natya Sangha",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra's own papers, its Mukha Ghar or itself on top: Kamalpur Mukha Ghar's TAX INVOICE under a
    Garuda's mask, its Assamese name and a strip of bamboo armature, to a Jorhat buyer (Invoice No. and Date,
    Buyer and Place of Supply at the left and the right; Item | HSN | Qty | Rate | Amount in a striped table;
    Taxable Value, CGST 2.5%, SGST 2.5%, Invoice Total in dot leaders; the sum in words; "Paid by UPI at the
    counter, Ref ..."; clay, cloth and paint in its margins); the Raas Mahotsav stall's CASH MEMO in the Raas'
    days, photographed lying on a dhari (its Assamese name over its English, "নগদ মেমো" (cash memo); তাৰিখ
    (Date) and নাম (Name) written in on dot leaders; the masks written in an Assamese hand on ruled lines with
    their sums, "মুঠ" (total), "নগদ পালোঁ" (received cash); no reference); PayU's checkout for the web shop
    with the payment pending (the shop on top, the sum, its stages left to right, a notice; PayU ID, Txn ID,
    Mode, Initiated on in dot leaders); Shopify's order confirmation mailed for the web shop (Order #, Placed
    on; the masks on hairline rows, Subtotal, Shipping, Total; Payment: Razorpay (UPI), Paid; Transaction ID);
    Razorpay's settlement mail to the web shop (Settlement processed; its sentence "Rs. x has been settled to
    your bank account ending ..."; Merchant, Settlement ID, UTR, Amount settled, Settled on, Payments
    included, Fees (incl. GST) at the left and the right); Instamojo's payment link for a commissioned Ravana
    mask with a card payment failed under a tile's cross (the shop on top, the reason in a notice; Payment ID,
    Amount, Payment method, Attempted on in shaded labels); Khatabook on the Mukha Ghar's phone with a payment
    received ("Today, <hour>"; the Mukha Ghar under the app, a customer's entry: Payment received, the sum,
    "via UPI", UPI Ref; no day); the Kendra's MONEY RECEIPT (ধনৰ ৰচিদ) for a bhaona committee's advance (No.
    struck in red; each label in Assamese with its English in brackets, dot leaders and the value written in:
    তাৰিখ (Date), গ্ৰহণ কৰা হ'ল (Received from), টকা (Rupees), বাবদ (Towards), মাধ্যম (Mode), UPI Ref; a strip
    of gamosa; the Secretary's signature). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=2400, high=86000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        mukha(p, "garuda")
        assamese(p, SHOP_AS, bold=True, scale=1.05)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}  |  {WEB}")
        kath(p)
        p.part = "body"
        p.add("center", "TAX INVOICE")
        ino = f"KMG/{fy(j.date)}/{rng.randrange(120, 1900):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        who, where, pos = JORHAT
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
        for item, hsn, q, price in masks(rng, rng.randrange(2, 5), 20000):
            value = round(q * price, 2)
            taxable += value
            lines.append(([SHORT[item], hsn, str(q), num(price), num(value)], {}))
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "tiz",
            [(0.0, 0.42, "l"), (0.42, 0.54, "c"), (0.54, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "HSN", "Qty", "Rate", "Amount"],
            lines,
            (150, 40, 30),
        )
        dots(p, "Taxable Value", num(taxable), at=0.6)
        dots(p, "CGST 2.5%", num(gst), at=0.6)
        dots(p, "SGST 2.5%", num(gst), at=0.6)
        dots(p, "Invoice Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add("gap")
        p.add(
            "left",
            f"Paid by UPI at the counter, Ref {j.ref}",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        workbench(p)
        return p.done()
    if k == 1:
        season(j, rng, RAAS, RAAS_DAYS)
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 247, 236), (246, 244, 232)])
        p.part = "head"
        assamese(p, SHOP_AS, bold=True, scale=1.15)
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        assamese(p, "ৰাস মহোৎসৱ, গড়মূৰ, মাজুলী", scale=0.8, soft=True)
        p.add("rule")
        assamese(p, "নগদ মেমো", bold=True)
        p.part = "body"
        as_dots(p, "তাৰিখ", "Date", when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])), pen=True, date=j.date)
        buyer = rng.choice(CUSTOMERS)
        as_dots(p, "নাম", "Name", buyer.split(". ")[-1], pen=True)
        p.add("gap")
        start = len(p.rows)
        total_ = 0
        for item, _hsn, q, price in masks(rng, rng.randrange(2, 4), 7500):
            price = float(round(price / 50) * 50)
            v = int(q * price)
            total_ += v
            as_hand(p, f"{SHORT_AS[item]} {q} টা @ {int(price)}", figure=str(v))
        j.amount = float(total_)
        as_hand(p, "মুঠ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78], margin=None)
        p.add("gap")
        as_hand(p, "নগদ পালোঁ", method="cash", status=status)
        sig(p)
        assamese(p, "কমলপুৰ মুখা ঘৰৰ হৈ", align="r", scale=0.85)
        on_dhari(p)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "secure.payu.in/checkout/status")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by PayU")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h273.track(p, ["Order placed", "Paid from bank", "Confirmed"], "dpt")
        boxed(
            p,
            "Your bank has not yet told us whether the payment went through. Please do not pay again; we "
            "will "
            "e-mail you as soon as it is confirmed.",
            "warn",
        )
        payu = str(rng.randrange(20000000000, 29999999999))
        txn = f"KMG{j.date:%y%m%d}{digits(rng, 5)}"
        dots(p, "PayU ID", payu, at=0.36, txn=(TXN_RANK, payu))
        dots(p, "Txn ID", txn, at=0.36, txn=(ORDER_RANK, txn))
        dots(p, "Mode", "Net Banking", at=0.36, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        ono = f"KMG{rng.randrange(1010, 2900)}"
        p = mail_page(
            rng,
            font,
            f"Kamalpur Mukha Ghar <store@{WEB}>",
            [f"Order #{ono} confirmed", "Thank you for your purchase!"],
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Samaguri masks from Majuli")
        p.add("rule")
        p.part = "body"
        p.add("left", "Thank you for your purchase!")
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        h271.colkv(p, "sh", spec, "Order #", ono, txn=(ORDER_RANK, ono))
        h271.colkv(p, "sh", spec, "Placed on", day_as(j, rng, ["%B {d}, %Y", "{d} %b %Y"]), date=j.date)
        p.add("gap")
        spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        sub = 0.0
        for item, _hsn, q, price in masks(rng, rng.randrange(1, 4), 9500):
            v = round(q * price, 2)
            sub += v
            cols(p, "shl", spec2, f"{SHORT[item]} x {q}", num(v), mode="line")
        ship = 0.0 if sub > 5000 else 250.0
        j.amount = round(sub + ship, 2)
        cols(p, "shl", spec2, "Subtotal", num(sub), mode="line")
        cols(p, "shl", spec2, "Shipping", "Free" if not ship else num(ship), mode="line")
        cols(p, "sht", spec2, "Total", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"pay_{code(rng, 14, MIXED)}"
        p.add("left", "Payment: Razorpay (UPI)  -  Paid", method="UPI", status=status)
        p.add("left", f"Transaction ID: {tid}", txn=(TXN_RANK, tid))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 9000, 140000, 0.2)
        p = mail_page(
            rng,
            font,
            "Razorpay <no-reply@razorpay.com>",
            ["Settlement processed", "Your settlement is on its way"],
        )
        p.part = "head"
        top(p, "Razorpay")
        p.add("rule")
        p.part = "body"
        p.add("left", "Settlement processed", status=status)
        prose(
            p,
            f"{rs(j.amount)} has been settled to your bank account ending {digits(rng, 4)}. It should "
            "reflect in "
            "your account within a few hours.",
        )
        p.add("gap")
        setl = f"setl_{code(rng, 14, MIXED)}"
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        name = rng.choice([SHOP, FIRM])
        kvr(p, "Merchant", name, merchant=name)
        kvr(p, "Settlement ID", setl, txn=(TXN_RANK, setl))
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr), method="netbanking")
        kvr(p, "Amount settled", rs(j.amount), amount=j.amount)
        kvr(p, "Settled on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "Payments included", str(rng.randrange(3, 24)))
        kvr(p, "Fees (incl. GST)", num(round(j.amount * rng.uniform(0.02, 0.03), 2)))
        p.add("small", f"{WEB}  |  Razorpay Software Pvt. Ltd.")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(84, 236) * 500)
        p = browser_page(rng, font, "www.instamojo.com/@kamalpurmukha/payment")
        p.part = "head"
        name = pick(p, "title", [FIRM, SHOP])
        top(p, name, merchant=name)
        p.add("small", "Commissioned Ravana cho mukha (ten heads)  |  Payment link")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card was declined by its bank (transaction limit exceeded). You have not been charged.",
            "error",
        )
        pid = f"MOJO{j.date:%m%d}{code(rng, 4, UPPER)}{digits(rng, 5)}"
        kv(p, "Payment ID", pid, at=0.36, txn=(TXN_RANK, pid))
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(
            p,
            "Payment method",
            f"Credit Card ({rng.choice(['VISA', 'MasterCard', 'RuPay'])})",
            at=0.36,
            method="card",
        )
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Khatabook"], dark=False, buttons=("Send reminder",))
        band(p, (0, 102, 204))
        app_head(p, "Khatabook", "Digital bahi khata")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        c = card_open(p)
        p.add("left", rng.choice(CUSTOMERS))
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "via UPI", method="UPI")
        p.add("small", f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref))
        card_close(p, c)
        p.add("gap")
        kvr(p, "Balance due", "Nil")
        return p.done()
    j.amount = float(rng.randrange(10, 90) * 1000)
    p = sheet(rng, font, [800, 840])
    p.style["paper"] = rng.choice([(250, 246, 232), (246, 246, 236)])
    p.part = "head"
    assamese(p, FIRM_AS, bold=True)
    name = pick(p, "title", [FIRM, FIRM_CAPS])
    top(p, name, merchant=name)
    p.add("small", f"{REGD}  |  {ADDRESS}")
    p.add("rule")
    assamese(p, "ধনৰ ৰচিদ", bold=True, scale=1.05)
    p.add("center", "MONEY RECEIPT")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(200, 1800))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    committee = rng.choice(COMMITTEES)
    as_dots(p, "তাৰিখ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), pen=True, date=j.date)
    as_dots(p, "গ্ৰহণ কৰা হ'ল", "Received from", committee, pen=True)
    as_dots(p, "টকা", "Rupees", f"{num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
    as_dots(p, "বাবদ", "Towards", "advance, bhaona masks", pen=True)
    as_dots(p, "মাধ্যম", "Mode", "UPI", pen=True, method="UPI", status=status)
    as_dots(p, "ৰেফাৰেন্স", "UPI Ref", j.ref, pen=True, txn=(UTR_RANK, j.ref))
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    gamosa(p)
    p.add("gap")
    sig(p)
    p.add("right", "Secretary")
    return p.done()


# ---------------------------------------------------------------- 5. the Kendra's suppliers


CLOTH_STORE = "MAA KAMAKHYA BASTRALAYA"
BAMBOO_MAN = "Dilip Kutum"
PAINT_SHOP = "RAJ PAINTS & HARDWARE"
POTTER = "Dulal Kumar"
PACKERS = "BRAHMAPUTRA PACKAGING INDUSTRIES"
AMAZON_SELLER = "Rangoli Art Supplies"
CLOTHS = [
    ("Markin cotton cloth, 36 in", "5208", 42, 64),
    ("Mull cloth (gauze), 40 in", "5208", 28, 44),
    ("Poplin, white, 44 in", "5208", 58, 86),
    ("Jute hessian, 40 in", "5310", 48, 72),
]
PAINTS = [
    ("Enamel paint 500 ml, signal red", 240, 320),
    ("Enamel paint 500 ml, golden yellow", 240, 320),
    ("Poster colour set, 12 shades", 180, 260),
    ("Fevicol SH 1 kg", 380, 460),
    ("Flat brushes, set of 6", 150, 240),
    ("Chalk powder (khori) 5 kg", 160, 220),
    ("Lamp black 250 g", 90, 140),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra's suppliers, each on top of its own paper: a Jorhat cloth store's TAX INVOICE for markin and
    mull (Invoice No. and Date; Description | HSN | Metres | Rate | Amount in a table ruled on every side,
    CGST 2.5%, SGST 2.5% and Total under it) with the accountant's rectangular PAID stamp and "by NEFT, UTR
    ..." written under it; a bamboo seller's chit in an Assamese hand on a squared exercise book's page (his
    name in Latin letters at its head; "তাৰিখ" (date) and the day; জাতি বাঁহ and ভলুকা বাঁহ (the two bamboos)
    by the pole and গাড়ী ভাড়া (cart hire) with their sums, "মুঠ" (total), "নগদ পালোঁ" (received cash); no
    reference); Printo's checkout for printed mask tags and leaflets with the card declined under an octagon's
    cross (the reason in a notice; Order ID, Items, Amount, Payment method, Attempted on each in a read-only
    field's box); DTDC's booking receipt from a Jorhat franchise on a torn roll (CONSIGNMENT NO and its
    barcode, DATE, FROM, TO, PCS, WT, FREIGHT, FOV, GST 18%, TOTAL, PAID BY, UPI REF typed in its printer's
    face); a Garamur paint and hardware shop's bill printed from Vyapar on a three-inch roll (Bill No., Date;
    the paints, chalk, lamp black and brushes with Qty, Rate and Amount; Total; Received: UPI and its Ref);
    Amazon.in's order of art colours with the payment pending (its stages across the page with a dot for each,
    a notice; Order ID, Sold by, Amount, Payment method, Ordered on in shaded labels); a Salmora potter's chit
    in an Assamese hand (his name in Latin letters; "তাৰিখ" (date) left as dots; কুমাৰ মাটি (potter's clay) by
    the boat load and নাও ভাড়া (boat hire) with their sums, "মুঠ" (total), "PhonePe-ৰে পালোঁ" (received by
    PhonePe) and its Ref; no day); a Guwahati packaging house's TAX INVOICE printed from Tally (Invoice No.
    beside its earlier Dated; the cartons and bubble wrap on hairline rows, CGST 9% and SGST 9%, Total;
    "Payment Details: IMPS, Ref ..., on <day>" typed under it). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=2500, high=120000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [820, 860])
        p.part = "head"
        top(p, CLOTH_STORE, merchant=CLOTH_STORE)
        p.add("small", "Cloth merchants  |  A.T. Road, Chowk Bazar, Jorhat - 785001")
        p.add("small", f"GSTIN {gstin_of(rng, '18', 'P')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"MKB/{rng.randrange(1100, 5800)}"
        inv_day = earlier(rng, j, 8, 30)
        cols(
            p,
            "cl0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM}, {TOWN}")
        spec = [(0.0, 0.4, "l"), (0.4, 0.52, "c"), (0.52, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")]
        lines, taxable = [], 0.0
        for name, hsn, lo, hi in rng.sample(CLOTHS, rng.randrange(2, 4)):
            metres = rng.randrange(8, 60) * 10
            rate = float(rng.randrange(lo, hi))
            v = round(metres * rate, 2)
            taxable += v
            lines.append(([name, hsn, str(metres), num(rate), num(v)], {}))
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(p, "clg", spec, ["Description", "HSN", "Metres", "Rate", "Amount"], lines)
        dots(p, "CGST 2.5%", num(gst), at=0.6)
        dots(p, "SGST 2.5%", num(gst), at=0.6)
        dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
        p.add("gap")
        h271.rstamp(
            p, ["KAMALPUR SATRA MUKHA", "PAID", when(j.date, "%d %b %Y").upper()], "blue", at=0.7, rows_=4
        )
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        hand(p, f"by {way}, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - P.S.", date=j.date)
        return p.done()
    if k == 1:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 249, 242), (246, 246, 238)])
        h287.decor(p, "squared")
        p.part = "head"
        hand(p, f"{BAMBOO_MAN}  -  bah, Kamalabari", merchant=BAMBOO_MAN)
        p.part = "body"
        as_hand(p, f"তাৰিখ {when(j.date, rng.choice(['{d}/%m/%y', '%d/%m/%Y']))}", date=j.date)
        as_hand(p, "মুখা শিল্প কেন্দ্ৰলৈ")
        start = len(p.rows)
        total_ = 0
        for text, q, rate in rng.sample(
            [
                ("জাতি বাঁহ", rng.randrange(10, 40), rng.choice([110, 120, 140])),
                ("ভলুকা বাঁহ", rng.randrange(6, 24), rng.choice([150, 170, 180])),
                ("বেত", rng.randrange(4, 12), rng.choice([60, 80])),
            ],
            2,
        ):
            v = q * rate
            total_ += v
            as_hand(p, f"{text} {q} ডাল @ {rate}", figure=str(v))
        cart = rng.choice([200, 250, 300])
        total_ += cart
        as_hand(p, "গাড়ী ভাড়া", figure=str(cart))
        j.amount = float(total_)
        as_hand(p, "মুঠ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78])
        p.add("gap")
        as_hand(p, "নগদ পালোঁ  -  দিলীপ", method="cash", status=status)
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 2400, 18000, 0.3)
        p = browser_page(rng, font, "printo.in/checkout/payment")
        p.part = "head"
        top(p, "Printo", merchant="Printo")
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Payment declined", status=status)
        boxed(
            p,
            "Your bank declined this card payment (insufficient funds). Your order has not been placed.",
            "error",
        )
        oid = f"PRT{digits(rng, 8)}"
        field(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        field(p, "Items", "Mask tags x 500, leaflets x 1000")
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Payment method", f"Debit Card XX{digits(rng, 4)}", method="card")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(420, 3200))
        p = roll(rng, font, [440, 470], [17, 18])
        h269.torn(p)
        p.part = "head"
        p.add("center", "DTDC", merchant="DTDC")
        typed(p, "FRANCHISE: GAR-ALI, JORHAT")
        p.add("rule")
        p.part = "body"
        cno = f"{rng.choice('DZ')}{digits(rng, 8)}"
        h269.bars(p, cno)
        typed(p, f"CONSIGNMENT NO: {cno}")
        typed(p, f"DATE  : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, "FROM  : JORHAT (JRH)")
        typed(p, f"TO    : {rng.choice(['DELHI (DEL)', 'KOLKATA (CCU)', 'MUMBAI (BOM)', 'CHENNAI (MAA)'])}")
        typed(p, f"PCS   : {rng.randrange(1, 5)}   WT : {rng.randrange(3, 30)}.{rng.randrange(0, 9)} KG")
        base = round(j.amount / 1.18 / 1.02, 2)
        fov = round(base * 0.02, 2)
        gst = round(j.amount - base - fov, 2)
        typed(p, f"FREIGHT     : {base:>9.2f}")
        typed(p, f"FOV         : {fov:>9.2f}")
        typed(p, f"GST 18%     : {gst:>9.2f}")
        p.add("rule")
        typed(p, f"TOTAL       : {j.amount:>9.2f}", amount=j.amount)
        typed(p, "PAID BY     : UPI", method="UPI", status=status)
        typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        typed(p, "TRACK: WWW.DTDC.IN")
        return p.done()
    if k == 4:
        p = roll(rng, font, [460, 490], [17, 18])
        p.part = "head"
        p.add("center", PAINT_SHOP, merchant=PAINT_SHOP)
        p.add("small", "Garamur Chariali, Majuli")
        p.add("small", f"GSTIN {gstin_of(rng, '18', 'P')}")
        p.add("rule")
        p.part = "body"
        bno = str(rng.randrange(200, 3900))
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", when(j.date, "%d/%m/%Y"), date=j.date)
        p.add("rule")
        total_ = 0.0
        for item, lo, hi in rng.sample(PAINTS, rng.randrange(3, 6)):
            q = rng.randrange(1, 6)
            rate = float(rng.randrange(lo, hi, 5))
            total_ += q * rate
            p.add("left", item)
            p.pair(f"  {q} x {rate:.2f}", f"{q * rate:.2f}")
        j.amount = round(total_, 2)
        p.add("rule")
        p.pair("Total", rs(j.amount), amount=j.amount)
        p.add("left", "Received: UPI", method="UPI", status=status)
        p.add("left", f"Ref: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("small", "Thank you! Generated by Vyapar")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 1800, 14000, 0.2)
        p = browser_page(rng, font, "www.amazon.in/gp/your-account/order-details")
        p.part = "head"
        top(p, "amazon.in")
        p.add("small", "Your Orders  |  Order Details")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment pending", status=status)
        h289.steps(p, ["Ordered", "Payment", "Shipped", "Delivered"], 1, status)
        boxed(
            p,
            "We are waiting for your bank to confirm the payment. The order will ship once it is confirmed; "
            "if "
            "it is not, any amount debited will be refunded.",
            "warn",
        )
        oid = f"40{rng.randrange(1, 9)}-{digits(rng, 7)}-{digits(rng, 7)}"
        kv(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        kv(p, "Sold by", AMAZON_SELLER, at=0.36, merchant=AMAZON_SELLER)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment method", "Net Banking (SBI)", at=0.36, method="netbanking")
        kv(p, "Ordered on", day_as(j, rng, ["%d %B %Y", "{d} %b %Y"]), at=0.36, date=j.date)
        return p.done()
    if k == 6:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 246, 236), (244, 243, 232)])
        p.part = "head"
        hand(p, f"{POTTER}  -  kumar, Salmora", merchant=POTTER)
        p.part = "body"
        as_hand(p, "তাৰিখ ..........")
        start = len(p.rows)
        total_ = 0
        loads = rng.randrange(1, 4)
        rate = rng.choice([1800, 2200, 2500])
        total_ += loads * rate
        as_hand(p, f"কুমাৰ মাটি {loads} নাও @ {rate}", figure=str(loads * rate))
        boat = rng.choice([400, 500, 600])
        total_ += boat
        as_hand(p, "নাও ভাড়া", figure=str(boat))
        j.amount = float(total_)
        as_hand(p, "মুঠ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78])
        p.add("gap")
        as_hand(p, "PhonePe-ৰে পালোঁ", method="UPI", status=status)
        as_hand(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        return p.done()
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    top(p, PACKERS, merchant=PACKERS)
    p.add("small", "Corrugated boxes and packing material  |  Bamunimaidam, Guwahati - 781021")
    p.add("small", f"GSTIN {gstin_of(rng, '18', 'F')}")
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    ino = f"BPI/{fy(j.date)}/{rng.randrange(200, 2400)}"
    cols(
        p,
        "pk0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Dated {when(earlier(rng, j, 6, 25), '%d-%b-%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {FIRM}")
    spec = [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
    cols(p, "pkh", spec, "Particulars", "Qty", "Rate", "Amount", mode="line")
    taxable = 0.0
    for item, lo, hi in rng.sample(
        [
            ("5-ply carton 24x18x18 in", 62, 88),
            ("5-ply carton 36x24x24 in", 120, 168),
            ("Bubble wrap roll 1 m x 50 m", 640, 820),
            ("Honeycomb paper roll", 480, 620),
            ("BOPP tape 72 mm", 42, 58),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(10, 120) if hi < 200 else rng.randrange(2, 10)
        rate = float(rng.randrange(lo, hi))
        v = round(q * rate, 2)
        taxable += v
        cols(p, "pkl", spec, item, str(q), num(rate), num(v), mode="line")
    gst = round(taxable * 0.09, 2)
    j.amount = round(taxable + 2 * gst, 2)
    dots(p, "CGST 9%", num(gst), at=0.6)
    dots(p, "SGST 9%", num(gst), at=0.6)
    dots(p, "Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
    p.add("gap")
    typed(
        p, f"Payment Details: IMPS, Ref {j.ref},", method="netbanking", status=status, txn=(UTR_RANK, j.ref)
    )
    typed(p, f"on {when(j.date, '%d-%b-%Y')}", date=j.date)
    p.add("small", "Printed from TallyPrime")
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (PAINT_SHOP, "State Bank of India", "IMPS"),
    (CLOTH_STORE, "Punjab National Bank", "NEFT"),
    (BAMBOO_MAN, "Assam Gramin Vikash Bank", "UPI"),
    (PACKERS, "HDFC Bank", "NEFT"),
    ("JORHAT TOOLS CORNER", "Axis Bank", "IMPS"),
    (POTTER, "UCO Bank", "UPI"),
    ("NORTH EAST ART PRINTERS", "Bank of Baroda", "NEFT"),
    ("MAJULI TRANSPORT CO.", "State Bank of India", "IMPS"),
]
AGVB = "Assam Gramin Vikash Bank"
AGVB_AS = "অসম গ্ৰামীণ বিকাশ বেংক"
APEX = "The Assam Co-operative Apex Bank Ltd."


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra paying its suppliers from its banks: Assam Gramin Vikash Bank's app with an IMPS to the
    paint shop under its Assamese name (a large round tick, "স্থানান্তৰ সফল হ'ল" (transfer successful) over
    Transfer successful; the sum; each field in a form's two ruled cells, its English over its Assamese:
    Beneficiary / হিতাধিকাৰী, IMPS Ref / আইএমপিএছ নং, Date / তাৰিখ, From / একাউণ্ট); UCO Bank's UCO mBanking
    Plus with a NEFT to the Jorhat cloth store (Transaction Successful; Beneficiary, Amount, UTR, Transaction
    Date, Remarks in a striped table); India Post Payments Bank's app with a UPI payment to the bamboo seller
    in a rounded card ("<sum> sent to <payee>", "on <day>"; From; no reference); Canara Bank's Canara ai1 with
    a NEFT to the packaging house failed under an octagon's cross (the reason in a notice; Beneficiary,
    Amount, Reference No., Date, Reason at the left and the right); Indian Bank's IndOASIS with an IMPS to a
    Jorhat tools shop on a scalloped badge (the sum, "to <payee>"; IMPS Ref No. and Date in tiles; Remarks);
    HDFC Bank's app with a UPI payment to the Salmora potter ("Today, <hour>"; a tile's tick, the sum, "Paid
    to" over the payee; a copyable UPI Ref No.; From; no day); the Assam Co-operative Apex Bank's internet
    banking with a NEFT to a Guwahati printer in process (an In process capsule; its stages top to bottom, a
    notice; Beneficiary, Amount, UTR, Initiated on against a gutter); Federal Bank's FedMobile with an IMPS to
    the transporter successful (the sum; Beneficiary and IMPS Ref, Date and Debit A/c, labels small over their
    values two to a row). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=3000, high=150000)
    to, bank_to, way = PAYEES_OUT[k]
    if way == "UPI":
        j.amount = rupees(rng, 900, 14000, 0.7)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, ["", "AGVB Mobile"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 112, 74))
        app_head(p, "AGVB Mobile", "Assam Gramin Vikash Bank")
        assamese(p, AGVB_AS, scale=0.88, soft=True)
        sicon(p, status)
        assamese(p, "স্থানান্তৰ সফল হ'ল", bold=True, scale=1.05, status=status)
        p.add("center", "Transfer successful")
        p.add("big", rs(j.amount), amount=j.amount)
        name = clip(to, 22)
        as_box(p, "Beneficiary", "হিতাধিকাৰী", name, at=0.38, merchant=name)
        as_box(p, "IMPS Ref", "আইএমপিএছ নং", j.ref, at=0.38, txn=(UTR_RANK, j.ref))
        as_box(
            p, "Date", "তাৰিখ", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.38, date=j.date
        )
        as_box(p, "From", "একাউণ্ট", f"SB XX{own4}", at=0.38, method=method)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "UCO mBanking Plus"], dark=False, buttons=("Download", "Share"))
        band(p, (0, 84, 166))
        app_head(p, "UCO mBanking Plus", "UCO Bank  |  Fund Transfer")
        sicon(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("gap")
        utr = utr_of(rng, j, "UCO Bank", way)
        zebra(
            p,
            "uc",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["NEFT", ""],
            [
                (["Beneficiary", clip(to, 24)], {"merchant": clip(to, 24)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["UTR", utr], {"txn": (UTR_RANK, utr), "method": method}),
                (["Transaction Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["Remarks", "markin cloth"], {}),
            ],
            (0, 84, 166),
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "IPPB Mobile Banking"], dark=False, buttons=("Share",))
        band(p, (140, 20, 60))
        app_head(p, "IPPB", "India Post Payments Bank  |  UPI")
        p.add("gap")
        c = card_open(p)
        sicon(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"sent to {to}", f"sent to {clip(to, 18)}"])[8:]
        p.add("center", f"sent to {name}", merchant=name, status=status)
        p.add("small", f"on {day_as(j, rng, ['{d} %b %Y', '%d/%m/%Y'])}", date=j.date, method=method)
        card_close(p, c)
        p.add("gap")
        kvr(p, "From", f"IPPB Savings XX{own4}")
        kvr(p, "Note", "bamboo, Kamalabari")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Canara ai1"], dark=False, buttons=("Retry",))
        band(p, (0, 118, 190))
        app_head(p, "Canara ai1", "Canara Bank")
        h294.octa(p, status)
        p.add("center", "NEFT failed", status=status)
        boxed(
            p,
            "The transfer could not be sent: the beneficiary's IFSC is not enabled for NEFT. No amount was "
            "debited.",
            "error",
        )
        rno = f"CNRB{j.date:%y%m%d}{digits(rng, 7)}"
        kvr(p, "Beneficiary", clip(to, 24), merchant=clip(to, 24))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Reference No.", rno, txn=(BANK_RANK, rno), method=method)
        kvr(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        kvr(p, "Reason", "IFSC not NEFT enabled")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "IndOASIS"], dark=False, buttons=("Share receipt",))
        band(p, (20, 50, 130))
        app_head(p, "IndOASIS", "Indian Bank")
        h287.burst(p, status)
        p.add("center", "IMPS transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {clip(to, 18)}"])[3:]
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
        kvr(p, "Remarks", "chisels and knives")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "HDFC Bank"], dark=False, buttons=("Done",))
        band(p, (0, 76, 143))
        app_head(p, "HDFC Bank", "MobileBanking  |  UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", to, merchant=to)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"Current A/c XX{own4}", method=method)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "www.apexbankassam.com/ibank/neft/status")
        p.part = "head"
        top(p, pick(p, "title", [APEX, "Assam Co-operative Apex Bank"]))
        p.add("small", "Internet Banking  |  NEFT status")
        p.add("rule")
        p.part = "body"
        chip(p, "In process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        h271.step(p, "Debited", "from your account", "done")
        h271.step(p, "Sent to RBI", "NEFT batch", "done")
        h271.step(p, "Credit confirmation", "awaited", "pending")
        boxed(
            p,
            "The beneficiary bank has not confirmed the credit yet. Please do not initiate the transfer "
            "again.",
            "warn",
        )
        utr = utr_of(rng, j, "The Assam Co-operative Apex Bank", "NEFT")
        gutter(p, "ax", "Beneficiary", to, at=0.34, merchant=to)
        gutter(p, "ax", "UTR", utr, at=0.34, txn=(UTR_RANK, utr), method=method)
        gutter(
            p,
            "ax",
            "Initiated on",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (", ",)),
            at=0.34,
            date=j.date,
        )
        return p.done()
    p = phone(rng, font, k, ["", "FedMobile"], dark=False, buttons=("Share",))
    band(p, (0, 60, 130))
    app_head(p, "FedMobile", "Federal Bank  |  IMPS")
    sicon(p, status)
    p.add("center", "Transfer successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    two_up(
        p,
        "fm1",
        ("Beneficiary", clip(to, 20)),
        ("IMPS Ref", j.ref),
        merchant=clip(to, 20),
        txn=(UTR_RANK, j.ref),
    )
    p.add("gap")
    two_up(
        p,
        "fm2",
        ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
        ("Debit A/c", f"XX{own4}"),
        date=j.date,
        method=method,
    )
    p.add("gap")
    p.add("small", "Remarks: freight, masks to Jorhat")
    return p.done()


# ---------------------------------------------------------------- 7. paying the mask makers and the staff


MASKS_MADE = [
    ("Garuda face", 600, 900),
    ("Hanuman face", 500, 800),
    ("Wall mask", 120, 200),
    ("Narasimha jaw", 900, 1400),
    ("Cho mukha frame", 2400, 4200),
    ("Mini mask set", 180, 300),
]
STAGES = ["kath", "mati", "kapor", "rong"]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra paying its mask makers (bhakats of the satra and young men and women of the villages round
    it) and its staff: a mask maker's work account under its Assamese heading "কামৰ হিচাপ" (work account)
    (Artisan and Month written in; Mask | Stage | Pcs | Rate | Amount written in ruled columns, Total; "Paid
    by UPI, Ref ..." and "on <day>" written under it; clay, cloth and paint in its margins); Zoho Payroll's
    payslip for the Mukha Ghar's salesman (Employee Name, Employee ID, Designation, Pay Period two pairs to a
    row with colons; Earnings | Amount | Deductions | Amount in a striped table; Net Pay under a rule and a
    double rule with its words; "Paid on <day> via NEFT, UTR ..."); Google Pay's payment to a mask maker
    processing under a spinner (the sum, "to <payee>", a notice; UPI transaction ID, Started, From in dot
    leaders); a mask maker's Bohag Bihu advance receipt under a strip of gamosa, written in an Assamese hand
    ("বিহুৰ অগ্ৰিম" (Bihu advance); "আজি <day> তাৰিখে বহাগ বিহুৰ অগ্ৰিম হিচাপে" (today, on <day>, as the Bohag
    Bihu advance), "টকা x/- নগদ পালোঁ।" (received Rs. x in cash)), his signature and his name written under it
    in English; no reference); Paytm's money sent to a mask maker (a large round tick, "<sum> sent to
    <payee>"; UPI Ref No., Date & Time, From at the left and the right); YONO SBI's quick transfer to a mask
    maker (Transaction Successful; each value over its label: Beneficiary, Amount, IMPS Ref, Date, Account);
    BHIM's payment to a mask maker failed under a tile's cross (the reason in a notice; Transaction ID,
    Attempted on, Account in shaded labels); slice's UPI payment to a mask maker ("Today, <hour>"; a scalloped
    badge, the sum, "paid to <payee>"; a copyable UPI ref; From; no day). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=1200, high=18000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    worker = ARTISANS[(k + rng.randrange(3)) % len(ARTISANS)]
    if k == 0:
        p = sheet(rng, font, [780, 820])
        p.style["paper"] = rng.choice([(246, 240, 222), (240, 236, 216)])
        p.part = "head"
        assamese(p, FIRM_AS, bold=True, scale=0.95)
        p.add("center", FIRM)
        assamese(p, "কামৰ হিচাপ", bold=True)
        p.add("center", "WORK ACCOUNT")
        p.add("rule")
        p.part = "body"
        filled(p, "Artisan", worker, merchant=worker)
        filled(p, "Month", when(j.date - dt.timedelta(days=rng.randrange(3, 12)), "%B %Y"))
        spec = [(0.0, 0.3, "l"), (0.3, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "wah", spec, "Mask", "Stage", "Pcs", "Rate", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for item, lo, hi in rng.sample(MASKS_MADE, rng.randrange(2, 4)):
            pcs = rng.randrange(2, 12) if hi < 1000 else rng.randrange(1, 3)
            rate = rng.randrange(lo, hi, 10)
            total_ += pcs * rate
            hcells(p, spec, item, rng.choice(STAGES), str(pcs), str(rate), str(pcs * rate))
        j.amount = float(total_)
        hcells(p, spec, "", "", "", "Total", f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.3, 0.5, 0.62, 0.8])
        p.add("gap")
        hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - P. Saikia", date=j.date)
        workbench(p)
        return p.done()
    if k == 1:
        who = STAFF[0]
        basic = float(rng.randrange(80, 130) * 100)
        hra = round(basic * 0.3, 0)
        special = float(rng.randrange(10, 40) * 100)
        pf = round(basic * 0.12, 0)
        ptax = 208.0
        gross = basic + hra + special
        j.amount = round(gross - pf - ptax, 2)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, FIRM)
        p.add("small", f"{ADDRESS}  |  Zoho Payroll")
        p.add("rule")
        p.add("center", f"Payslip for {j.month(1)}")
        p.part = "body"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")]
        h271.colkv(
            p,
            "zp",
            spec,
            "Employee Name :",
            who,
            "Employee ID :",
            f"KSM-{rng.randrange(10, 40):03d}",
            merchant=who,
        )
        h271.colkv(p, "zp", spec, "Designation :", "Sales Assistant", "Pay Period :", j.month(1))
        p.add("gap")
        zebra(
            p,
            "zpz",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "EPF", num(pf)], {}),
                (["HRA", num(hra), "Professional Tax", num(ptax)], {}),
                (["Special Allowance", num(special), "", ""], {}),
                (["Gross Earnings", num(gross), "Total Deductions", num(pf + ptax)], {}),
            ],
            (30, 110, 90),
        )
        total(p, "Net Pay", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only", "small")
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        prose(
            p,
            f"Paid on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} via NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a computer generated payslip from Zoho Payroll.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Done",))
        app_head(p, "Google Pay", "")
        h279.spinner(p, AMBER)
        p.add("center", "Processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            f"Your bank is taking longer than usual. We'll let you know when {worker.split()[0]} receives "
            "the money.",
            "warn",
        )
        dots(p, "UPI transaction ID", j.ref, at=0.44, txn=(UTR_RANK, j.ref))
        dots(p, "Started", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), at=0.36, date=j.date)
        dots(p, "From", f"State Bank of India {masked(p.font)}{digits(rng, 4)}", at=0.3, method="UPI")
        return p.done()
    if k == 3:
        season(j, rng, BIHU - dt.timedelta(days=12), 11)
        j.amount = float(rng.randrange(4, 16) * 500)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
        p.part = "head"
        gamosa(p)
        assamese(p, FIRM_AS, bold=True)
        p.add("center", f"{SATRA}, Majuli")
        p.add("rule")
        assamese(p, "বিহুৰ অগ্ৰিম", bold=True, scale=1.1)
        p.part = "body"
        as_hand(p, f"আজি {when(j.date, '%d/%m/%Y')} তাৰিখে বহাগ বিহুৰ", date=j.date)
        as_hand(
            p, f"অগ্ৰিম হিচাপে টকা {int(j.amount)}/- নগদ পালোঁ।", amount=j.amount, method="cash", status=status
        )
        p.add("gap")
        p.add("gap")
        sig(p)
        hand(p, worker, align="r", merchant=worker)
        p.add("gap")
        assamese(p, f"সাক্ষী: {STAFF[1]}", align="l", scale=0.85)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI Money Transfer")
        sicon(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"sent to {worker}", merchant=worker, status=status)
        p.add("gap")
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "From", f"SBI XX{digits(rng, 4)}", method="UPI")
        kvr(p, "Message", rng.choice(["mask work", "haat bonus", "raas masks", "cho mukha frame"]))
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "YONO SBI"], dark=False, buttons=("Share", "Home"))
        band(p, (40, 30, 110))
        app_head(p, "YONO SBI", "Quick Transfer  |  IMPS")
        sicon(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("gap")
        vlab(p, "Beneficiary", worker, merchant=worker)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "IMPS Ref", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(p, "Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), bold=False, date=j.date)
        vlab(p, "Account", f"XXXXXXX{digits(rng, 4)}", bold=False, method="netbanking")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Retry",))
        band(p, (20, 84, 150))
        app_head(p, "BHIM", "Bharat Interface for Money")
        h287.tile(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p, "The receiver's bank did not respond. Your money is safe; no amount has been debited.", "error"
        )
        tid = f"BHM{j.date:%y%m%d}{digits(rng, 9)}"
        kv(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.38, date=j.date)
        kv(p, "Account", f"AGVB XX{digits(rng, 4)}", at=0.38, method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "slice"], dark=False, buttons=("Done",))
    band(p, (96, 40, 200))
    app_head(p, "slice", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, status)
    p.add("center", "payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"paid to {worker}", merchant=worker)
    p.add("gap")
    copyrow(p, "UPI ref", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "From", f"slice savings XX{digits(rng, 4)}", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


GP = "Kamalabari Gaon Panchayat"
GP_AS = "কমলাবাৰী গাঁও পঞ্চায়ত"
IWT = "Directorate of Inland Water Transport, Assam"
CIRCLE_AS = "মাজুলী ৰাজহ চক্ৰ"
CIRCLE = "MAJULI REVENUE CIRCLE"
GI = "Geographical Indications Registry"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra's fees, taxes and dues, the authority paid as printed: Kamalabari Gaon Panchayat's trade
    licence e-receipt under its Assamese name (each label in Assamese with its English in brackets, dot
    leaders and the value: ৰচিদ নং (Receipt No.), অনুজ্ঞাপত্ৰ নং (Licence No.), নাম (Name), বছৰ (Year), টকা
    (Amount), মাধ্যম (Mode), ৰেফাৰেন্স (UPI Ref), তাৰিখ (Date)); e-GRAS Assam's challan for the Directorate of
    Cultural Affairs' registration fee pending with the bank (a capsule, its stages across the page with a dot
    for each, a notice; GRN, Department, Treasury, Amount, Mode, Initiated on in a table ruled on every side);
    the Inland Water Transport's ferry ticket from Kamalabari ghat to Neamati ghat for the pickup carrying
    masks, printed by the ghat's ticket machine (TICKET NO, DATE, FROM, TO, VEHICLE, PASSENGERS, VEHICLE FARE,
    PASSENGER FARE, TOTAL, MODE, UPI REF typed in its printer's face); Paytm's Assam professional tax paid
    ("Today, <hour>"; the department under "Paid to", a large round tick, the sum; Enrolment No. and Order ID
    two to a row, labels small over their values; no day); the Department of Tourism's stall booking for the
    Majuli Festival failed by card on a tinted band (the reason in a notice; Booking No., Stall, Amount,
    Transaction ID, Mode, Attempted on in dot leaders); the Income Tax Department's challan receipt of the
    Kendra's TDS (TAN, Name, Nature of Payment, Amount, CRN, Bank, Bank Reference Number, Date of Deposit on
    hairline rows); the Majuli Revenue Circle's land revenue receipt from its book under its Assamese name
    "খাজানাৰ ৰচিদ" (land revenue receipt) (No. left blank; Date, Received from, Dag and Patta written in; Rs.
    in a box; "Recd. in cash"; its oval stamp; no reference); the Geographical Indications Registry's
    e-receipt of the Kendra's authorised user fee for the Majuli masks (Payment successful; CBR No.,
    Application No., Fee, Transaction ID, Payment Date, Mode in a striped table). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([500, 750, 1000, 1500, 2000]))
        p = browser_page(rng, font, "gp.assam.gov.in/kamalabari/tradelicence/receipt")
        p.part = "head"
        assamese(p, GP_AS, bold=True, scale=1.1)
        name = pick(p, "title", [GP, GP.upper()])
        top(p, name, merchant=name)
        assamese(p, "ব্যৱসায় অনুজ্ঞাপত্ৰৰ মাচুলৰ ৰচিদ", scale=0.9)
        p.add("small", "Trade Licence Fee Receipt  |  Majuli Development Block")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"KGP/TL/{j.date:%y}/{digits(rng, 5)}"
        as_dots(p, "ৰচিদ নং", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        as_dots(p, "অনুজ্ঞাপত্ৰ নং", "Licence No.", f"TL/{rng.randrange(100, 999)}/{fy(j.date)}")
        as_dots(p, "নাম", "Name", clip(FIRM, 30))
        as_dots(p, "বছৰ", "Year", f"20{fy(j.date)}")
        as_dots(p, "টকা", "Amount", rs(j.amount), bold=True, amount=j.amount)
        as_dots(p, "মাধ্যম", "Mode", "UPI", method="UPI")
        as_dots(p, "ৰেফাৰেন্স", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        as_dots(p, "তাৰিখ", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([1000, 2000, 2500, 5000]))
        p = browser_page(rng, font, "egras.assam.gov.in/challan/status")
        p.part = "head"
        top(p, "e-GRAS Assam")
        p.add("small", "Government Receipt Accounting System  |  Finance Department, Assam")
        p.add("rule")
        p.part = "body"
        pill(p, "Pending with bank", status, align="l")
        p.add("gap")
        h289.steps(p, ["Challan created", "Sent to bank", "Bank confirmed"], 1, status)
        boxed(
            p,
            "The bank has not yet confirmed this payment. Please check again after some time before paying "
            "again.",
            "warn",
        )
        grn = f"AS{digits(rng, 11)}"
        dept = rng.choice(["Directorate of Cultural Affairs, Assam", "Cultural Affairs Department"])
        gkv(p, "eg", "GRN", grn, at=0.34, txn=(TXN_RANK, grn))
        gkv(p, "eg", "Department", dept, at=0.34, merchant=dept)
        gkv(p, "eg", "Treasury", "Majuli Treasury", at=0.34)
        gkv(p, "eg", "Amount", rs(j.amount), at=0.34, amount=j.amount)
        gkv(p, "eg", "Mode", "Net Banking (SBI)", at=0.34, method="netbanking")
        gkv(
            p,
            "eg",
            "Initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)),
            at=0.34,
            date=j.date,
        )
        return p.done()
    if k == 2:
        pax = rng.randrange(2, 6)
        vfare, pfare = float(rng.choice([750, 900, 1050])), float(rng.choice([20, 25]))
        j.amount = vfare + pax * pfare
        p = roll(rng, font, [440, 470], [17, 18])
        h269.torn(p)
        p.part = "head"
        name = pick(p, "center", ["INLAND WATER TRANSPORT, ASSAM", "I.W.T. ASSAM"])
        p.add("center", name, merchant=name)
        typed(p, "KAMALABARI GHAT, MAJULI")
        p.add("rule")
        p.part = "body"
        tno = f"KMB{digits(rng, 8)}"
        typed(p, f"TICKET NO : {tno}", txn=(ORDER_RANK, tno))
        typed(p, f"DATE : {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, "FROM : KAMALABARI GHAT")
        typed(p, "TO   : NEAMATI GHAT")
        typed(p, f"VEHICLE : PICKUP AS-29-C-{rng.randrange(1000, 9999)}")
        typed(p, f"PASSENGERS : {pax}")
        typed(p, f"VEHICLE FARE   : {vfare:>8.2f}")
        typed(p, f"PASSENGER FARE : {pax * pfare:>8.2f}")
        p.add("rule")
        typed(p, f"TOTAL          : {j.amount:>8.2f}", amount=j.amount)
        typed(p, "MODE : UPI", method="UPI", status=status)
        typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        typed(p, "HAPPY JOURNEY. KEEP TICKET TILL EXIT")
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([1250, 2500]))
        p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "Bill Payments  |  Professional Tax")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("small", "Paid to")
        dept = pick(p, "center", ["Professional Tax Department, Assam", "Professional Tax, Assam"])
        p.add("center", dept, merchant=dept)
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        oid = str(rng.randrange(20000000000, 29999999999))
        two_up(p, "pt", ("Enrolment No.", f"PTE{digits(rng, 9)}"), ("Order ID", oid), txn=(ORDER_RANK, oid))
        p.add("gap")
        p.add("small", "Paid via UPI", method="UPI")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([3000, 4500, 6000]))
        p = browser_page(rng, font, "tourism.assam.gov.in/majulifestival/stall-booking")
        p.part = "head"
        dept = pick(p, "title", ["Department of Tourism, Assam", "Assam Tourism"])
        top(p, dept, merchant=dept)
        p.add("small", "Majuli Festival  |  Craft stall booking")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "The payment gateway did not get a response from your card's bank. Any amount debited will be "
            "refunded.",
            "error",
        )
        bno = f"MF{j.date:%y}{digits(rng, 5)}"
        tid = f"ATD{digits(rng, 11)}"
        dots(p, "Booking No.", bno, at=0.36, txn=(ORDER_RANK, bno))
        dots(p, "Stall", f"Crafts C-{rng.randrange(1, 40)}", at=0.36)
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Mode", "Credit Card", at=0.36, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 2000, 36000, 0.5)
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/challan-receipt")
        p.part = "head"
        top(p, "Income Tax Department", merchant="Income Tax Department")
        p.add("small", "Challan Receipt  |  ITNS 281 (TDS / TCS)")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment successful", status=status)
        crn = f"{j.date:%y}{digits(rng, 12)}"
        brn = f"IK{digits(rng, 10)}"
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        for lbl, value, facts in [
            ("TAN", f"SHLK{digits(rng, 5)}{rng.choice(UPPER)}", {}),
            ("Name", clip(FIRM_CAPS, 30), {}),
            ("Nature of Payment", "194C - Payment to contractors", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("CRN", crn, {"txn": (INVOICE_RANK, crn)}),
            ("Bank", "State Bank of India", {}),
            ("Bank Reference Number", brn, {"txn": (BANK_RANK, brn), "method": "netbanking"}),
            ("Date of Deposit", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), {"date": j.date}),
        ]:
            cols(p, "itc", spec, lbl, value, mode="line", **facts)
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([140, 260, 380, 520, 760]))
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(244, 238, 220), (240, 236, 222)])
        p.part = "head"
        assamese(p, CIRCLE_AS, bold=True, scale=1.1)
        top(p, CIRCLE, merchant=CIRCLE)
        assamese(p, "খাজানাৰ ৰচিদ", bold=True)
        p.add("small", "Land Revenue Receipt  |  Garamur, Majuli")
        p.add("rule")
        p.part = "body"
        p.add("left", "No. ..............")
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d.%m.%y"])), date=j.date)
        filled(p, "Received from", "Kamalpur Satra (Mukha Shilpa Kendra)")
        filled(p, "Dag / Patta", f"{rng.randrange(100, 999)} / {rng.randrange(10, 99)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hand(p, "Recd. in cash", method="cash", status=status)
        h287.oval(p, ["REVENUE CIRCLE", "MAJULI", "ASSAM"], "violet", at=0.24, rows_=3)
        sig(p)
        p.add("right", "Lot Mandal")
        return p.done()
    j.amount = float(rng.choice([500, 1000, 1500]))
    p = browser_page(rng, font, "ipindiaonline.gov.in/gi/ereceipt")
    p.part = "head"
    name = pick(p, "title", [GI, "GI Registry, Chennai"])
    top(p, name, merchant=name)
    p.add("small", "Office of the CGPDTM  |  Authorised user application: Majuli Mask (GI No. 805)")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment successful", status=status)
    cbr = str(rng.randrange(10000, 99999))
    tid = f"IPO{digits(rng, 12)}"
    zebra(
        p,
        "gi",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["e-Receipt", ""],
        [
            (["CBR No.", cbr], {"txn": (INVOICE_RANK, cbr)}),
            (["Application No.", f"AU/{rng.randrange(1000, 9999)}/{j.date:%Y}"], {}),
            (["Fee", rs(j.amount)], {"amount": j.amount}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            (["Mode", "Net Banking"], {"method": "netbanking"}),
        ],
        (30, 80, 140),
    )
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra's premiums, the insurer on top, under its app's bar or signing its SMS: LIC's PREMIUM
    RECEIPT for the mask makers' group term cover printed on its branch's printer (RECEIPT NO, DATE, POLICY
    NO, NAME, PLAN, PREMIUM, GST 18%, TOTAL, MODE, UTR typed in its printer's face); Bajaj General's premium
    receipt for the workshop's Bharat Sookshma Udyam Suraksha policy (its sentence "Received with thanks from
    ... Rs. x by NEFT ..."; Receipt No., Receipt Date, Policy No., Net Premium, GST 18%, Total Premium, UTR in
    a table ruled on every side; a signature); Tata AIG's renewal of the pickup's motor policy failed by card
    on a tinted band (the insurer under the app's bar, the reason in a notice; Policy No., Premium, Payment
    ID, Card, Attempted on in dot leaders); Niva Bupa's health renewal under process under a spinner (the
    insurer under the app's bar, its stages across the page with a dot for each, a notice; each value over its
    label: Policy No., Premium, Transaction ID, Paid via, Initiated on); Kotak General's app with the
    e-rickshaw's policy renewed ("Today, <hour>"; a scalloped badge, Policy renewed, the sum; Policy No. and
    Payment Ref in tiles; "Paid via UPI"; no day); National Insurance's marine cargo certificate for the Kyoto
    consignment (its sentence; Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment,
    Transaction ID, Payment Date against a gutter); Tata AIA Life's SMS of a premium received ("Dear Customer,
    we have received your premium of Rs.x for Policy No. ... on <dd-Mon-yyyy> by Net Banking. Thank you. -
    Tata AIA Life"; no reference); Royal Sundaram's premium receipt mailed for the Mukha Ghar's shop policy
    (its sentence; Receipt No., Policy No., Premium, GST 18%, Total, Mode, UPI Ref, Date at the left and the
    right). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=1500, high=42000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    pol = f"{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(10, 99)}/000"
    if k == 0:
        lives = rng.randrange(8, 24)
        prem = float(lives * rng.choice([420, 480, 560]))
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = roll(rng, font, [560, 600], [17, 18])
        p.part = "head"
        ins = pick(p, "center", ["LIFE INSURANCE CORPORATION OF INDIA", "LIC OF INDIA"])
        p.add("center", ins, merchant=ins)
        typed(p, "BRANCH: JORHAT (CODE 51A)")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        rno = f"{digits(rng, 3)}{j.date:%y}{digits(rng, 7)}"
        typed(p, f"RECEIPT NO : {rno}", txn=(INVOICE_RANK, rno))
        typed(p, f"DATE       : {when(j.date, '%d/%m/%Y')}", date=j.date)
        typed(p, f"POLICY NO  : GT{digits(rng, 8)}")
        typed(p, "NAME       : KAMALPUR SATRA MUKHA SH")
        typed(p, f"PLAN       : GROUP TERM ({lives} LIVES)")
        typed(p, f"PREMIUM    : {prem:>10.2f}")
        typed(p, f"GST 18%    : {gst:>10.2f}")
        typed(p, f"TOTAL      : {j.amount:>10.2f}", amount=j.amount)
        typed(p, f"MODE       : {way}", method="netbanking", status=status)
        typed(p, f"UTR  : {utr}", txn=(UTR_RANK, utr))
        p.add("rule")
        typed(p, "SUBJECT TO REALISATION. THANK YOU.")
        return p.done()
    if k == 1:
        net = float(rng.randrange(30, 220) * 50)
        gst = round(net * 0.18, 2)
        j.amount = round(net + gst, 2)
        p = sheet(rng, font, [780, 820])
        p.part = "head"
        ins = pick(p, "title", ["Bajaj General Insurance Limited", "Bajaj General Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Jorhat Branch  |  Premium Receipt")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        prose(
            p,
            f"Received with thanks from {FIRM}, {TOWN}, the sum of {rs(j.amount)} by {way} towards the "
            "premium of "
            "the Bharat Sookshma Udyam Suraksha policy below.",
            status=status,
            method="netbanking",
        )
        p.add("gap")
        rno = f"BGR{j.date:%y%m}{digits(rng, 8)}"
        grid(
            p,
            "bj",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Policy No.", pol], {}),
                (["Net Premium", num(net)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            ],
        )
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 2:
        net = float(rng.randrange(40, 160) * 50)
        j.amount = round(net * 1.18, 2)
        p = phone(rng, font, k, ["", "Tata AIG"], dark=False, buttons=("Try again",))
        band(p, (0, 70, 130))
        bar(p, "Tata AIG", "Tata AIG General Insurance", merchant="Tata AIG General Insurance")
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "Your card issuer declined the payment (incorrect OTP). Your policy has not been renewed yet.",
            "error",
        )
        pid = f"TAG{digits(rng, 12)}"
        dots(p, "Policy No.", f"{digits(rng, 10)}", at=0.36)
        dots(p, "Premium", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Payment ID", pid, at=0.36, txn=(TXN_RANK, pid))
        dots(p, "Card", f"Visa XX{digits(rng, 4)}", at=0.36, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        p.add("small", "Pickup AS-29-C  |  Comprehensive")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Niva Bupa"], dark=False, buttons=("Refresh",))
        band(p, (0, 96, 170))
        bar(p, "Niva Bupa", "Niva Bupa Health Insurance", merchant="Niva Bupa Health Insurance")
        h279.spinner(p, AMBER)
        p.add("center", "Payment under process", status=status)
        h289.steps(p, ["Paid", "Bank confirmation", "Renewed"], 1, status)
        boxed(
            p, "We are waiting for your bank to confirm the payment. Your cover continues meanwhile.", "warn"
        )
        tid = f"NB{j.date:%y%m%d}{digits(rng, 8)}"
        vlab(p, "Policy No.", digits(rng, 11), bold=False)
        vlab(p, "Premium", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "Net Banking", bold=False, method="netbanking")
        vlab(p, "Initiated on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), bold=False, date=j.date)
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 1400, 4200, 0.6)
        p = phone(rng, font, k, ["", "Kotak General"], dark=False, buttons=("View policy",))
        band(p, (230, 40, 50))
        bar(p, "Kotak General", "Kotak General Insurance", merchant="Kotak General Insurance")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "E-rickshaw  |  AS-29-E-" + str(rng.randrange(1000, 9999)))
        ref = f"KGI{digits(rng, 10)}"
        tiles2(p, ("Policy No.", f"MTR{digits(rng, 9)}"), ("Payment Ref", ref), txn=(TXN_RANK, ref))
        p.add("small", "Paid via UPI", method="UPI")
        return p.done()
    if k == 5:
        sum_ins = float(rng.randrange(6, 30) * 100000)
        prem = round(sum_ins * rng.uniform(0.0012, 0.002), 0)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = browser_page(rng, font, "nationalinsurance.nic.co.in/marine/certificate")
        p.part = "head"
        ins = pick(p, "title", ["National Insurance Company Limited", "National Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Marine Cargo (Export) Open Policy  |  Certificate of Insurance")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            "The premium for the certificate below has been received and the consignment is covered.",
            status=status,
        )
        p.add("gap")
        tid = f"NIC{digits(rng, 11)}"
        at = 0.36
        gutter(p, "ni", "Certificate No.", f"MC/{digits(rng, 6)}/{j.date:%y}", at=at)
        gutter(p, "ni", "Voyage", "Majuli - Guwahati - Kolkata - Osaka", at=at)
        gutter(p, "ni", "Sum Insured", num(sum_ins), at=at)
        gutter(p, "ni", "Premium", num(prem), at=at)
        gutter(p, "ni", "GST 18%", num(gst), at=at)
        gutter(p, "ni", "Total Premium", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "ni", "Payment", "Net Banking", at=at, method="netbanking")
        gutter(p, "ni", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        gutter(p, "ni", "Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=at, date=j.date)
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(40, 400) * 50)
        text = (
            f"Dear Customer, we have received your premium of Rs.{num(j.amount, 'indian')} for Policy No. "
            f"U{digits(rng, 9)} on {when(j.date, '%d-%b-%Y')} by Net Banking. Thank you. - Tata AIA Life"
        )
        p = sms_page(rng, font, "VM-TATAIA", text, j.date)
        p.add(
            "left",
            text,
            merchant="Tata AIA Life",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        return p.done()
    prem = float(rng.randrange(20, 110) * 50)
    gst = round(prem * 0.18, 2)
    j.amount = round(prem + gst, 2)
    p = mail_page(
        rng,
        font,
        "Royal Sundaram <care@royalsundaram.in>",
        ["Premium receipt for your Shop Insurance policy", "Your premium receipt"],
    )
    p.part = "head"
    ins = pick(
        p, "title", ["Royal Sundaram General Insurance Co. Limited", "Royal Sundaram General Insurance"]
    )
    top(p, ins, merchant=ins)
    p.add("rule")
    p.part = "body"
    prose(
        p,
        f"Dear {SHOP}, we have received your premium for the Shop Insurance policy below. Thank you.",
        status=status,
    )
    p.add("gap")
    rno = f"RS{j.date:%y}{digits(rng, 9)}"
    kvr(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    kvr(p, "Policy No.", f"VSI{digits(rng, 10)}")
    kvr(p, "Premium", num(prem))
    kvr(p, "GST 18%", num(gst))
    kvr(p, "Total", rs(j.amount), amount=j.amount)
    kvr(p, "Mode", "UPI", method="UPI")
    kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("KAMALPUR MUKHA GHAR", "GARAMUR, MAJULI", "PAYTM", "paytm"),
    ("KAMALPUR MUKHA GHAR - RAAS", "GARAMUR, MAJULI", "MOSAMBEE", "mosambee"),
    ("HOTEL LUIT REGENCY", "PALTAN BAZAR, GUWAHATI", "HDFC BANK", "hdfc"),
    ("JORHAT TOOLS CORNER", "A.T. ROAD, JORHAT", "AXIS BANK", "declined"),
    ("IndiGo", "Jorhat - Delhi", "", "airline"),
    ("BARUAH ELECTRONICS", "JORHAT", "SBI Card", "sms"),
    ("CROMA GS ROAD", "GUWAHATI", "OneCard", "cardapp"),
    ("PARAMPARA ASSAMESE KITCHEN", "Garamur, Majuli", "", "restaurant"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Mukha Ghar's and the Raas stall's terminals and the Kendra's cards elsewhere: Paytm's card
    machine's SALE slip at Kamalpur Mukha Ghar (DATE, TIME, MID, TID, BATCH NO, INVOICE NO, CARD, APPR CODE,
    RRN at the left and the right; AMOUNT; APPROVED, CUSTOMER COPY); Mosambee's terminal at the Raas stall in
    the Raas' days with the host's answer awaited (CARD SALE; DATE, TIME, TID, INV, CARD, AMT; STATUS AWAITED
    FROM HOST, DO NOT RETRY THIS CARD FOR 30 MIN); HDFC Bank's slip at a Guwahati hotel (SALE; DATE and TIME,
    MID and TID, BATCH and INVOICE each two to a line; CARD, AUTH CODE, RRN; TOTAL; APPROVED); Axis Bank's
    slip at a Jorhat tools shop DECLINED (05 DO NOT HONOUR); IndiGo's booking for the Jorhat - Delhi flight to
    a crafts fair paid by card (Booking confirmed, Payment successful; PNR, Passenger, Flight, Date of travel,
    Fare, Taxes and fees, Total, Card, Payment ID, Paid on in a table ruled on every side); SBI Card's SMS of
    a spend ("Rs.x spent on your SBI Credit Card ending 1234 at <MERCHANT> on <dd/mm/yy>. ..."; no reference);
    OneCard's app with a spend at an electronics store ("Today, <hour>"; the merchant's line and its town, the
    sum, Successful; Card and Txn ID in tiles; Category; no day); a Garamur Assamese kitchen's bill from
    Posist settled by card (Bill No., Date, Covers; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total;
    "Settled: Card", the card and its Auth). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=900, high=42000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "mosambee":
        season(j, rng, RAAS, RAAS_DAYS)
    if layout in ("declined", "hdfc", "sms", "cardapp"):
        j.amount = rupees(rng, 1200, 18000, 0.5)
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
            f"Rs.{num(j.amount, 'indian')} spent on your SBI Credit Card ending {last4} at {name} on "
            f"{when(j.date, '%d/%m/%y')}. Trxn. not done by you? Report at https://sbicard.com/Dispute"
        )
        p = sms_page(rng, font, "AD-SBICRD", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction"], dark=rng.random() < 0.5, buttons=("Need help?",))
        app_head(p, "OneCard", "Metal credit card")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Successful", status=status)
        p.add("gap")
        ref = f"OC{digits(rng, 10)}"
        tiles2(p, ("Card", f"{masked(p.font)}{last4}"), ("Txn ID", ref), txn=(TXN_RANK, ref), method="card")
        kvr(p, "Category", "Electronics")
        return p.done()
    if layout == "airline":
        base = float(rng.randrange(42, 110) * 100)
        tax = float(rng.randrange(6, 18) * 100) + 36.0
        j.amount = base + tax
        p = browser_page(rng, font, "www.goindigo.in/booking/itinerary")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Itinerary and receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Booking confirmed")
        p.add("small", "Payment successful", status=status)
        pnr = code(rng, 6, UPPER)
        pid = f"IGP{digits(rng, 12)}"
        journey = j.date + dt.timedelta(days=rng.randrange(5, 40))
        grid(
            p,
            "ig",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["PNR", pnr], {"txn": (ORDER_RANK, pnr)}),
                (["Passenger", f"Ms {DAUGHTER}"], {}),
                (["Flight", "6E 2174  JRH - DEL"], {}),
                (["Date of travel", when(journey, "%d %b %Y")], {}),
                (["Fare", num(base)], {}),
                (["Taxes and fees", num(tax)], {}),
                (["Total", f"INR {num(j.amount)}"], {"amount": j.amount}),
                (["Card", f"{scheme} Credit Card XX{last4}"], {"method": "card"}),
                (["Payment ID", pid], {"txn": (TXN_RANK, pid)}),
                (["Paid on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
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
        p.add("small", f"Assamese thali and fish  |  {town}")
        p.add("small", f"GSTIN {gstin_of(rng, '18', 'P')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = str(rng.randrange(1200, 9999))
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", date=j.date)
        p.pair("Covers", str(rng.randrange(2, 9)))
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Assamese veg thali", 280),
                ("Masor tenga", 320),
                ("Duck with ash gourd", 420),
                ("Pitika platter", 180),
                ("Khar", 160),
                ("Pork with bamboo shoot", 380),
                ("Pitha, til", 120),
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
        p.add("left", f"{scheme} XX{last4}  Auth {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Powered by Posist")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
    if layout == "paytm":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("BATCH NO", batch[-4:])
        p.pair("INVOICE NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XXXX XXXX XXXX {last4}", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "mosambee":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INV", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} **{last4}", method="card")
        p.pair("AMT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "STATUS AWAITED FROM HOST", status=status)
        p.add("small", "DO NOT RETRY THIS CARD FOR 30 MIN")
    elif layout == "hdfc":
        p.add("center", "SALE")
        p.add("rule")
        cols(p, "hd", spec, f"DATE: {when(j.date, '%d %b %y').upper()}", f"TIME: {t[:5]}", date=j.date)
        cols(p, "hd", spec, f"MID: {mid[:10]}", f"TID: {tid}")
        cols(p, "hd", spec, f"BATCH: {batch[-4:]}", f"INVOICE: {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"CARD: {scheme} ************{last4}", method="card")
        p.add("left", f"AUTH CODE: {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGNATURE NOT REQUIRED")
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
        p.add("center", "TXN DECLINED", status=status)
        p.add("center", "05 DO NOT HONOUR")
        p.add("small", "PLEASE CONTACT YOUR CARD ISSUER")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


APDCL = "Assam Power Distribution Company Ltd."
APDCL_AS = "অসম শক্তি বিতৰণ কোম্পানী লিমিটেড"
PHED = "Public Health Engineering Department, Assam"
PHED_AS = "জনস্বাস্থ্য কাৰিকৰী বিভাগ, অসম"
NEWS_AGENCY = "Luit News Agency"
PAPERS = [("অসমীয়া প্ৰতিদিন", 6), ("The Assam Tribune", 7), ("নিয়মীয়া বাৰ্তা", 5), ("আমাৰ অসম", 5)]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the Mukha Ghar's bills: APDCL's online payment receipt for the workshop under its
    Assamese name (Payment Successful; each field in a form's two ruled cells, its English over its Assamese:
    Consumer No. / গ্ৰাহক নং, Consumer Name / গ্ৰাহকৰ নাম, Bill Month / বিলৰ মাহ, Amount Paid / পৰিশোধ কৰা ধন,
    Receipt No. / ৰচিদ নং, Transaction ID / লেনদেন আইডি, Payment Date / পৰিশোধৰ তাৰিখ, Mode / মাধ্যম);
    Airtel's mail of a payment received for the Mukha Ghar's Xstream Fiber (its sentence; Account ID, Amount,
    Transaction ID, Payment date, Mode against a gutter); d2h's recharge for the Mukha Ghar's television
    pending under a spinner (the company under the app's bar, a notice; VC No., Amount, Order ID, Paid via,
    Initiated on in shaded labels); RailWire's broadband renewal failed by card under an octagon's cross (the
    reason in a notice; User ID, Plan, Amount, Transaction ID, Attempted on each in a read-only field's box);
    the Indane distributor's CASH MEMO for the workshop's commercial cylinder printed by its billing system
    (CASH MEMO NO, DATE, CONSUMER NO, CYL, BASE PRICE, GST 18%, DELIVERY, TOTAL, MODE, UPI REF typed in its
    printer's face); Vi's app with the Mukha Ghar's postpaid bill paid ("Today, <hour>"; Vodafone Idea under
    the app's bar, a tile's tick, the sum; Mobile No. and Transaction ID in tiles; Paid via; no day); PHED
    Assam's water user charge e-receipt under its Assamese name (each label in Assamese with its English in
    brackets, dot leaders and the value: গ্ৰাহক নং (Consumer No.), সময়সীমা (Period), টকা (Amount), ৰচিদ নং
    (Receipt No.), তাৰিখ (Date), মাধ্যম (Mode)); a news agency's monthly bill in an Assamese hand (the agency
    on top; মাহ (month) written in; the Assamese and English dailies with their days, rates and sums, "মুঠ"
    (total), "নগদ পালোঁ" (received cash) and the day; no reference). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=400, high=26000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "www.apdcl.org/website/Payment/Receipt")
        p.part = "head"
        assamese(p, APDCL_AS, bold=True)
        name = pick(p, "title", [APDCL, "APDCL"])
        top(p, name, merchant=name)
        p.add("small", "Online Bill Payment Receipt  |  Majuli Electrical Sub-Division")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        rno = f"APD{j.date:%y%m}{digits(rng, 8)}"
        tid = f"APDCL{digits(rng, 12)}"
        at = 0.4
        as_box(p, "Consumer No.", "গ্ৰাহক নং", digits(rng, 12), at=at)
        as_box(p, "Consumer Name", "গ্ৰাহকৰ নাম", clip(FIRM_CAPS, 26), at=at)
        as_box(p, "Bill Month", "বিলৰ মাহ", j.month(1), at=at)
        as_box(p, "Amount Paid", "পৰিশোধ কৰা ধন", rs(j.amount), at=at, amount=j.amount)
        as_box(p, "Receipt No.", "ৰচিদ নং", rno, at=at, txn=(INVOICE_RANK, rno))
        as_box(p, "Transaction ID", "লেনদেন আইডি", tid, at=at, txn=(TXN_RANK, tid))
        as_box(
            p, "Payment Date", "পৰিশোধৰ তাৰিখ", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date
        )
        as_box(p, "Mode", "মাধ্যম", "Net Banking", at=at, method="netbanking")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([706.82, 942.82, 1178.82, 1414.82, 2358.82]))
        p = mail_page(
            rng,
            font,
            "Airtel <noreply@airtel.com>",
            ["Payment received for your Airtel Xstream Fiber", "Thank you for your payment"],
        )
        p.part = "head"
        name = pick(p, "title", ["Bharti Airtel Ltd.", "Airtel"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear Customer, we have received your payment of {rs(j.amount)} for your Airtel Xstream Fiber "
            "account. Thank you.",
            status=status,
            amount=j.amount,
        )
        p.add("gap")
        tid = f"AX{digits(rng, 14)}"
        gutter(p, "ax", "Account ID", f"2{digits(rng, 9)}", at=0.38)
        gutter(p, "ax", "Amount", rs(j.amount), at=0.38)
        gutter(p, "ax", "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        gutter(p, "ax", "Payment date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.38, date=j.date)
        gutter(p, "ax", "Mode", "UPI", at=0.38, method="UPI")
        p.add("small", "Bharti Airtel Limited  |  Please do not reply to this mail.")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([349, 449, 549, 699, 899]))
        p = phone(rng, font, k, ["", "d2h"], dark=False, buttons=("Refresh",))
        band(p, (214, 24, 44))
        bar(p, "d2h", "Dish TV India Ltd. (d2h)", merchant="Dish TV India Ltd. (d2h)")
        h279.spinner(p, AMBER)
        p.add("center", "Recharge pending", status=status)
        boxed(
            p,
            "We have not received your bank's confirmation yet. Your channels will stay on; please do not "
            "pay again.",
            "warn",
        )
        oid = f"D2H{digits(rng, 11)}"
        kv(p, "VC No.", digits(rng, 11), at=0.38)
        kv(p, "Amount", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Order ID", oid, at=0.38, txn=(ORDER_RANK, oid))
        kv(p, "Paid via", "UPI", at=0.38, method="UPI")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([2124, 3540, 4248, 7080]))
        p = browser_page(rng, font, "selfcare.railwire.co.in/renew/payment")
        p.part = "head"
        name = pick(p, "title", ["RailWire (RailTel Corporation of India Ltd.)", "RailWire"])
        top(p, name, merchant=name)
        p.add("small", "Broadband renewal  |  Majuli")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card payment was not authorised by the issuing bank. Your plan has not been renewed.",
            "error",
        )
        tid = f"RW{digits(rng, 12)}"
        field(p, "User ID", f"as.majuli.{rng.randrange(100, 999)}")
        field(p, "Plan", "RW 100 Mbps, 6 months")
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid), method="card")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        base = float(rng.choice([1542.5, 1588.0, 1610.5, 1655.0]))
        gst = round(base * 0.18, 2)
        delivery = float(rng.choice([0, 30, 40]))
        j.amount = round(base + gst + delivery, 2)
        p = roll(rng, font, [480, 510], [17, 18])
        p.part = "head"
        name = pick(p, "center", ["INDANE - MAJULI GAS SERVICE", "MAJULI GAS SERVICE"])
        p.add("center", name, merchant=name)
        typed(p, "INDIANOIL DISTRIBUTOR, GARAMUR")
        p.add("rule")
        p.part = "body"
        p.add("center", "CASH MEMO")
        cm = f"{digits(rng, 7)}"
        typed(p, f"CASH MEMO NO: {cm}", txn=(INVOICE_RANK, cm))
        typed(p, f"DATE  : {when(j.date, '%d/%m/%Y')}", date=j.date)
        typed(p, f"CONSUMER NO: {digits(rng, 6)}")
        typed(p, "CYL   : 19 KG COMMERCIAL x 1")
        typed(p, f"BASE PRICE : {base:>9.2f}")
        typed(p, f"GST 18%    : {gst:>9.2f}")
        typed(p, f"DELIVERY   : {delivery:>9.2f}")
        p.add("rule")
        typed(p, f"TOTAL      : {j.amount:>9.2f}", amount=j.amount)
        typed(p, "MODE  : UPI", method="UPI", status=status)
        typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 400, 2600, 0.6)
        p = phone(rng, font, k, ["", "Vi"], dark=False, buttons=("Done",))
        band(p, (220, 30, 90))
        bar(p, "Vi", "Vodafone Idea Ltd.", merchant="Vodafone Idea Ltd.")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Bill paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"VI{digits(rng, 12)}"
        tiles2(p, ("Mobile No.", f"94{digits(rng, 8)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([360, 480, 600, 720, 900]))
        p = browser_page(rng, font, "phed.assam.gov.in/watercharge/receipt")
        p.part = "head"
        assamese(p, PHED_AS, bold=True)
        name = pick(p, "title", [PHED, "PHED, Assam"])
        top(p, name, merchant=name)
        p.add("small", "Water user charge  |  Garamur Piped Water Supply Scheme")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment received", status=status)
        rno = f"PHED/{j.date:%y}/{digits(rng, 6)}"
        as_dots(p, "গ্ৰাহক নং", "Consumer No.", f"GWS{digits(rng, 6)}")
        as_dots(p, "সময়সীমা", "Period", f"20{fy(j.date)}")
        as_dots(p, "টকা", "Amount", rs(j.amount), bold=True, amount=j.amount)
        as_dots(p, "ৰচিদ নং", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        as_dots(p, "তাৰিখ", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        as_dots(p, "মাধ্যম", "Mode", "Net Banking", method="netbanking")
        return p.done()
    p = sheet(rng, font, [580, 620])
    p.style["paper"] = rng.choice([(250, 246, 226), (240, 244, 232)])
    p.part = "head"
    top(p, NEWS_AGENCY, merchant=NEWS_AGENCY)
    p.add("small", "Newspapers and magazines  |  Garamur, Majuli")
    p.add("rule")
    p.part = "body"
    month_ = j.date.replace(day=1) - dt.timedelta(days=1)
    as_hand(p, f"মাহ  {AS_MONTHS[month_.month - 1]} {month_.year}")
    start = len(p.rows)
    days = month_.day
    total_ = 0
    for paper_, rate in rng.sample(PAPERS, 3):
        v = days * rate
        total_ += v
        as_hand(p, f"{paper_} {days} x {rate}", figure=str(v))
    j.amount = float(total_)
    as_hand(p, "মুঠ", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.76])
    p.add("gap")
    as_hand(
        p,
        f"নগদ পালোঁ  {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}",
        date=j.date,
        method="cash",
        status=status,
    )
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Assam Gramin Vikash Bank", "AX-AGVBNK", "RAJ PAINTS & HARDWARE", "UPI", "assamese"),
    ("UCO Bank", "VM-UCOBNK", "MAA KAMAKHYA BASTRALAY", "NEFT", "sms"),
    ("State Bank of India", "VM-SBIINB", "BRAHMAPUTRA PACKAGING I", "IMPS", "sms"),
    ("Bandhan Bank", "", "DULAL KUMAR", "UPI", "inbox"),
    ("Punjab National Bank", "BZ-PNBSMS", "NORTH EAST ART PRINTERS", "NEFT", "sms"),
    ("Axis Bank", "", "JORHAT TOOLS CORNER", "IMPS", "mail"),
    ("Indian Bank", "VM-INDBNK", "MAJULI TRANSPORT CO", "IMPS", "sms"),
    ("The Assam Co-operative Apex Bank", "AD-APEXBK", "DILIP KUTUM", "UPI", "feature"),
]


def feature_phone(p: Screen) -> None:
    """The screen read on a feature phone: the small screen in the phone's dark plastic body, its earpiece
    over it, the soft keys, the round navigation key and the keypad's twelve keys under it, on a table."""
    ext(p)["frame"] = ["feature", p.rng.randrange(10**6)]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the Kendra's payments: Assam Gramin Vikash Bank's SMS in Assamese in a bubble of
    the phone's messages thread under its day divider ("প্ৰিয় গ্ৰাহক, আপোনাৰ খাতা XX1234ৰ পৰা <dd/mm/yyyy>
    তাৰিখে UPI যোগে <PAYEE> লৈ টকা x পৰিশোধ কৰা হৈছে। ৰেফাৰেন্স নং ...। -AGVB" (Dear customer, Rs. x has been
    paid from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in UCO Bank's ("A/c
    XX1234 debited for Rs x on <dd-Mon-yyyy> by NEFT to <PAYEE>. Avl Bal Rs y. -UCO Bank"; no reference),
    SBI's ("Dear Customer, Rs.x transferred from A/c ...1234 to <PAYEE> on <dd/mm/yy> by IMPS. Ref No ...
    -SBI"), PNB's ("Your NEFT of Rs x to <PAYEE> dated <dd/mm/yyyy> has been returned: beneficiary account
    closed. UTR ... -PNB") and Indian Bank's ("Your IMPS txn of Rs.x to <PAYEE> on <dd.mm.yy> is under
    process. Ref ... Please do not reinitiate. -Indian Bank") wordings; Bandhan Bank's mBandhan inbox under
    its "Today" heading ("Rs.x debited from A/c XX1234 to <PAYEE> via UPI. UPI Ref ..."; no day); Axis Bank's
    mail ("Rs. x has been debited from your A/c no. XX1234 on <dd-mm-yyyy> towards IMPS to <PAYEE>. IMPS Ref:
    ..."); the Assam Co-operative Apex Bank's SMS read on a feature phone (the sender on the screen's bar, "Rs
    x Dr from A/c XX1234 on <dd-mm-yy> UPI/<PAYEE>/<ref>. -Apex Bank", Options and Back over the soft keys).
    All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=2000, high=90000)
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
        if bank == "UCO Bank":
            text = (
                f"A/c XX{tail4} debited for Rs {amt} on {when(j.date, '%d-%b-%Y')} by NEFT to {to}. Avl Bal "
                f"Rs {bal}. -UCO Bank"
            )
        elif bank == "State Bank of India":
            text = (
                f"Dear Customer, Rs.{amt} transferred from A/c ...{tail4} to {to} on "
                f"{when(j.date, '%d/%m/%y')} "
                f"by IMPS. Ref No {ref}. If not done by you, call 1800111109. -SBI"
            )
        elif bank == "Punjab National Bank":
            text = (
                f"Your NEFT of Rs {amt} to {to} dated {when(j.date, '%d/%m/%Y')} has been returned: "
                "beneficiary "
                f"account closed. UTR {ref}. Amount credited back to your a/c. -PNB"
            )
        else:
            text = (
                f"Your IMPS txn of Rs.{amt} to {to} on {when(j.date, '%d.%m.%y')} is under process. Ref "
                f"{ref}. "
                "Please do not reinitiate. -Indian Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "assamese":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"প্ৰিয় গ্ৰাহক, আপোনাৰ খাতা XX{tail4}ৰ পৰা {when(j.date, '%d/%m/%Y')} তাৰিখে UPI যোগে {to} লৈ "
            f"টকা {amt} পৰিশোধ কৰা হৈছে। ৰেফাৰেন্স নং {ref}। -AGVB"
        )
        as_wrap(p, text, share=0.9, scale=0.92, **facts)
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "inbox":
        p = phone(rng, font, k, ["", "Notifications"], dark=False, buttons=())
        band(p, (196, 36, 48))
        app_head(p, "mBandhan", "Inbox")
        p.add("left", "Today")
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Transaction alert  |  {hhmm(rng, lower=True)}")
        prose(p, f"Rs.{amt} debited from A/c XX{tail4} to {to} via UPI. UPI Ref {ref}.", **facts)
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", "Offers  |  yesterday")
        p.add("left", "Pre-approved loan for your business: check your offer.")
        card_close(p, c)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "Axis Bank Alerts <alerts@axisbank.com>",
            ["Debit alert: IMPS", "Transaction alert for your Axis Bank account"],
        )
        p.part = "head"
        top(p, "AXIS BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(
            p,
            f"Rs. {amt} has been debited from your A/c no. XX{tail4} on {when(j.date, '%d-%m-%Y')} towards "
            "IMPS to "
            f"{to}. IMPS Ref: {ref}.",
            **facts,
        )
        p.add("gap")
        prose(p, "If this transaction was not done by you, call 1860 419 5555 to block your account.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Axis Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    p = screen(rng, font, width=rng.choice([360, 380]), size=rng.choice([17, 18]))
    p.style["paper"] = rng.choice([(214, 226, 214), (222, 228, 232), (236, 236, 226)])
    p.style["ink"] = (20, 24, 20)
    p.style["label_ink"] = (60, 66, 60)
    p.part = "head"
    p.add("left", sender)
    p.add("rule")
    p.part = "body"
    text = (
        f"Rs {amt} Dr from A/c XX{tail4} on {when(j.date, '%d-%m-%y')} UPI/{to}/{ref}. Not you? Call "
        "18003453030. -Apex Bank"
    )
    prose(p, text, **facts)
    p.add("gap")
    cols(p, "fp", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Options", "Back")
    feature_phone(p)
    return p.done()

"""The twelve heldout321 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kathputli string-puppet makers' and puppeteers' co-operative's year of 2026
in Jaipur, Rajasthan (Dhola Maru Kathputli Kalakar Sahakari Samiti Ltd., in Hindi ढोला मारू कठपुतली कलाकार
सहकारी समिति लि., whose members carve the puppets' heads and hands from mango wood, paint, dress and string
them, and play them in the shows the samiti is booked for, paid by the puppet made and the show played; its
counter in Chaura Rasta, Dhola Maru Kathputli Ghar; its stall at Lokrang in the Jawahar Kala Kendra; its web
shop and its iTokri store; RAJSICO, the Kendra through Pay Manager, hotel, wedding and events companies, a
school society and a government school at home and theatres, festivals, hotels and resorts abroad), told by
the proofs of payment it receives (BHIM Vyapar, Paytm set in Hindi, Kiwi, Airtel Thanks, Tata Neu, FedMobile,
IndOASIS and WhatsApp; RAJSICO's advice, Pay Manager, HDFC Bank ENet, a Teams channel, YES CONNECT, Zoho
Books, a school's letter in Hindi and Odoo; Wells Fargo, Société Générale, Barclays, RBC, Emirates NBD, SEB,
ANZ and Bangkok Bank; its tax invoice, its Lokrang memo in a Hindi hand, its receipt book, CCAvenue, Khatabook
set in Hindi, iTokri, Razorpay and a GoFrugal roll) and those it makes (a timber merchant's and a ghungroo
maker's bills in a Hindi hand, a gota merchant's Vyapar invoice, IndiaMART, a paint dealer's BUSY invoice,
India Post, Porter and Moglix; AU 0101, IDBI GO Mobile+, PSB UnIC, a co-operative bank's application filled in
by hand, super.money, KVB DLite, DBS digibank and Amazon Pay; a show-fee account and a Holi advance in a Hindi
hand, greytHR, JioFinance, IDFC FIRST Bank, a PhonePe chat, YONO Lite SBI and a salary voucher in Hindi and
English; the heritage corporation, e-Mitra, RajCop, e-Pay Tax, JDA, EPFO, the Kendra's stall letter and
e-GRAS; eight insurers; cards on the Ghar's and the stall's terminals, at a gota shop and a hardware shop, on
Akasa Air, on a restaurant's bill, in Kotak's SMS and on the SBI Card app; JVVNL, Excitel, the P.H.E.D.,
Rajasthan State Gas, a dairy's milk account in a Hindi hand, Jio, Freecharge and Bijli Mitra; the banks' SMS,
Rajasthan Gramin Bank's SMS in Hindi, a notification in the pulled-down shade, a mail and a WhatsApp banking
message). Each layout is a function of its own (the family's function picks it by the receipt's place in its
family, ``UPI_LAYOUTS`` to ``ALERT_LAYOUTS``), every row added to heldout113's ``Screen`` with the facts it
prints and the truth read back from the rows the page keeps. Headings, footers, the Hindi names over their
English, the motto, salutations, Hindi labels (but a bilingual cell's, an app detail's and a voucher line's
value, a Hindi app's or letter's or SMS' sentence, whose figures and payee carry the facts, and a Hindi hand's
sums, days and "received"), items, puppets, wood, bells, dishes, rates, counts, shows, GST, TDS, fees,
charges, commissions, balances, limits, sums insured, periods, months (माह), pay periods, wage months, years,
bill months, validities, invoice, bill and journey days, account, policy, proposal, consumer, K, BP, meter,
registration, licence, property, establishment, employee, vehicle and card numbers, article numbers, GSTIN,
PAN, TAN, IFSC, UPI IDs, bills named on an advice, replies, the kathputlis, the leheriya, the strings and
ghungroo, the odhni a page lies on, stages, progress bars, notices, tiles, badges, ribbons, stamps' printed
words, seals, revenue stamps and signatures carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top``
heldout122's; ``outcome`` heldout119's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's;
``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``,
``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``seal``, ``ticks``, a roll's torn
edges), heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``hand``, ``amtbox``, ``tt``, ``step``,
``revenue``, rounded cards), heldout273's (``ledger``, ``hcells``, ``pill``, ``track``, ``panel``, ``avatar``,
``bubble``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``ribbon``, a chat's payment card),
heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``at_hour``, ``two_up``, ``redno``, ``spinner``, a
ticket's card), heldout287's (``notice``, ``tile``, ``burst``, ``oval``, ``vlab``, ``tiles2``, ``copyrow``),
heldout289's (``chip``, ``steps``, ``shade_pull``) and heldout294's (``octa``, ``progress``), written in this
set's pens and printers' faces; heldout315's Devanagari runs (``draw_hi``, ``hi_width``, ``hi_ok``: a line's
Devanagari in Noto Sans or Noto Serif Devanagari, its other runs in the page's face). ``compose`` is
heldout158's (as heldout269's to heldout319's), each page's rows drawn by heldout294's ``_render`` (and the
renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for them: Hindi lines
(``hi``, ``hi_wrap``); a Hindi hand (``hand_hi``: Noto Sans Devanagari with an upright FreeSans for its
figures and Latin letters, sheared as a ball pen leans, a little off its line, a sum at the right end of its
line where it has one); this set's bilingual cell row (``cell``: the label's Hindi in bold over its English
small in a pale marigold cell at the left, the value printed or written in the page's pen in the cell to its
right, both ruled round, two lines high); an app's or a portal's detail set in Hindi (``hi_row``); a voucher's
dotted line in Hindi and English (``dotline``); a pair of kathputlis as a letterhead's emblem (``kathputli``:
a raja in his turban with its plume and his curled moustache and a rani under her odhni, their white faces
with large almond eyes, arched brows and red lips, their flared ghaghras banded with gota in place of legs,
their arms and heads hanging by strings from one wooden control; a little tilted, with a soft shadow); a strip
of leheriya as a divider (``leheriya``: diagonal stripes of saffron, pink, marigold, green and cream in waves,
a thread of gota along each edge); a control's loose strings down one margin and a cord of brass ghungroo
bells down the other (``strings``); and, after the frame, the bandhani odhni a page is photographed lying on
(``on_bandhani``: its red ground with the folds of the cloth, rings of tied and dyed dots, a green border with
its own dots, the page's shadow, the page a little askew). The Kathputli Ghar keeps Sunday as Chaura Rasta's
shops do (``weekday_only``). The pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv
from bench.receipt_sets.heldout273_families import ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab
from bench.receipt_sets.heldout315_families import (
    DEV,
    DEV_BOLD,
    DEV_SERIF,
    DEV_SERIF_BOLD,
    draw_hi,
    hi_ok,
    hi_width,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers (their Latin letters and figures): italics and obliques in
# another mix than heldout318's and heldout319's
PENS = [
    "liberation2/LiberationSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
]
INKS = [(24, 40, 130), (34, 34, 44), (20, 66, 118), (46, 30, 104), (120, 28, 36)]
# the faces a page's fixed-width lines are printed in (a terminal's, a counter's roll, a kiosk's printer)
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# a Hindi hand: Noto Sans Devanagari for its letters (heldout315 wrote its Hindi hand in the serif), an
# upright FreeSans for the figures and Latin letters among them, both sheared as a ball pen leans
HAND_DEV = DEV
HAND_LATIN = "freefont/FreeSans.ttf"
SCRIPT_FACES = [DEV, DEV_BOLD, DEV_SERIF, DEV_SERIF_BOLD, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
AMBER = (214, 140, 20)
# the colours of a kathputli as the samiti's makers paint and dress it: the white of its face, its black
# eyes and brows, the red of its lips and its ghaghra, saffron and pink turbans, gota's gold, the wood
SAFFRON = (236, 120, 24)
PINK = (222, 50, 120)
LEAF = (30, 130, 70)
MARIGOLD = (246, 178, 30)
MAROON = (140, 22, 36)
KUMKUM = (196, 24, 40)
GOTA = (212, 170, 60)
FACE = (250, 238, 218)
WOOD = (150, 98, 52)
WOOD_DARK = (96, 60, 30)
INDIGO = (40, 50, 120)

# ---------------------------------------------------------------- the samiti

FIRM = "Dhola Maru Kathputli Kalakar Sahakari Samiti Ltd."
FIRM_MID = "Dhola Maru Kathputli Kalakar Sah. Samiti Ltd."
FIRM_SHORT = "Dhola Maru Kathputli Samiti"
FIRM_CAPS = "DHOLA MARU KATHPUTLI KALAKAR SAHAKARI SAMITI LTD."
# the samiti's name in Hindi (ढोला मारू: Rajasthan's lovers of the ballad the puppeteers play)
FIRM_HI = "ढोला मारू कठपुतली कलाकार सहकारी समिति लि."
# the samiti's name as a bank's beneficiary field cuts it
CUT = "DHOLA MARU KATHPUTLI KAL"
SHOP = "Dhola Maru Kathputli Ghar"
SHOP_CAPS = SHOP.upper()
SHOP_HI = "ढोला मारू कठपुतली घर"
SHOP_AT = "Chaura Rasta, Jaipur, Rajasthan - 302003"
SHED_AT = "Kalakar Colony, Jhotwara, Jaipur - 302012"
TOWN = "Jaipur, Rajasthan"
WEB = "dholamarukathputli.in"
GSTIN = "08AAAAD6318H1ZQ"
PAN = "AAAAD6318H"
REGD = "Regd. No. 2117/JPR/2004"
# its motto: "a story in every thread"
MOTTO = "हर धागे में एक कहानी"
PRESIDENT = "Govind Ram Bhat"
SECRETARY = "Mohan Lal Bhat"
ACCOUNTANT = "Sunita Sharma"
COUNTER = "Kavita Bhat"
EXPORTS = "Aakash Bhat"
HELPER = "Raju Nayak"
BANK_LINE = "Punjab National Bank, Chaura Rasta, Jaipur"
# the samiti's members: makers who carve, paint and dress the puppets and puppeteers who play them, paid by
# the puppet made and by the show played
MAKERS = [
    "Gopal Bhat",
    "Shankar Lal Bhat",
    "Bhanwari Devi",
    "Kishan Bhat",
    "Laxmi Bhat",
    "Hemraj Bhat",
    "Sita Devi Bhat",
    "Ramprasad Bhat",
]
# Lokrang, Jawahar Kala Kendra's festival of folk arts (12 to 21 October 2026), where the samiti keeps a stall
# and plays; the Holi advance paid in the week before Holi (Dhulandi, 4 March 2026)
LOKRANG, LOKRANG_DAYS = dt.date(2026, 10, 12), 10
HOLI, HOLI_DAYS = dt.date(2026, 2, 25), 7
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Rajasthan Gramin Bank": "RMGB",
    "Jaipur Central Co-operative Bank": "JCCB",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "AU Small Finance Bank": "AUBL",
    "IDBI Bank": "IBKL",
    "RBL Bank": "RATN",
    "Kotak Mahindra Bank": "KKBK",
    "Federal Bank": "FDRL",
    "Punjab & Sind Bank": "PSIB",
    "Karur Vysya Bank": "KVBL",
    "DBS Bank India": "DBSS",
    "Indian Bank": "IDIB",
    "Canara Bank": "CNRB",
    "IDFC FIRST Bank": "IDFB",
    "Axis Bank": "UTIB",
}
# the samiti's puppets and shows sold: name, HSN (a show's SAC), price each (low, high); GST 5% on the
# puppets (HSN 9503, toys and puppets, since September 2025), none on a show (a folk artist's performance
# within Rs. 1,50,000 is exempt)
PUPPETS = [
    ("Amar Singh Rathore set (5 puppets)", "9503", 5200, 9800),
    ("Dhola-Maru pair", "9503", 1800, 3600),
    ("Raja-Rani pair", "9503", 1400, 2800),
    ("Ghudsawar (horse rider)", "9503", 1200, 2400),
    ("Nartaki (dancer)", "9503", 650, 1400),
    ("Sapera (snake charmer)", "9503", 700, 1500),
    ("Anarkali", "9503", 800, 1600),
    ("Mini kathputli pair", "9503", 250, 600),
]
SHORT = {
    "Amar Singh Rathore set (5 puppets)": "Amar Singh set",
    "Dhola-Maru pair": "Dhola-Maru pair",
    "Raja-Rani pair": "Raja-Rani pair",
    "Ghudsawar (horse rider)": "Ghudsawar",
    "Nartaki (dancer)": "Nartaki",
    "Sapera (snake charmer)": "Sapera",
    "Anarkali": "Anarkali",
    "Mini kathputli pair": "Mini pair",
}
# the puppets in Hindi as a hand writes them on a memo or a maker's account
PUPPETS_HI = {
    "Amar Singh Rathore set (5 puppets)": "अमर सिंह सेट",
    "Dhola-Maru pair": "ढोला-मारू जोड़ी",
    "Raja-Rani pair": "राजा-रानी जोड़ी",
    "Ghudsawar (horse rider)": "घुड़सवार",
    "Nartaki (dancer)": "नर्तकी",
    "Sapera (snake charmer)": "सपेरा",
    "Anarkali": "अनारकली",
    "Mini kathputli pair": "छोटी जोड़ी",
}
BUYERS = [
    ("Neha Agarwal", "State Bank of India"),
    ("Rakesh Meena", "Bank of Baroda"),
    ("Priya Shekhawat", "HDFC Bank"),
    ("Anil Khandelwal", "ICICI Bank"),
    ("Deepika Rathore", "Punjab National Bank"),
    ("Sanjay Saini", "AU Small Finance Bank"),
    ("Meera Vyas", "Kotak Mahindra Bank"),
    ("Tarun Jain", "Axis Bank"),
]


def puppets(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The samiti's puppets sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(PUPPETS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = PUPPETS[i]
        q = 1 if lo >= 5000 else rng.randrange(1, 5)
        ceiling = max(lo + 50, min(hi_, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 50))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (Lokrang's, the week before Holi), its UPI / card reference made
    again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def weekday_only(j: Job, rng: random.Random) -> None:
    """The Kathputli Ghar keeps Sunday as Chaura Rasta's shops do: a payment it takes over its counter on a
    Sunday is moved to the Saturday before, its reference made again for that day."""
    if j.date.weekday() == 6:
        season(j, rng, j.date - dt.timedelta(days=1), 1)


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


def gstin_of(rng: random.Random, state: str = "08", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The samiti's bills one payment settles: number, day (before the payment), sum; they add up to it."""
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
        "Punjab National Bank": "PNB",
        "Bank of Baroda": "BoB",
        "HDFC Bank": "HDFC",
        "ICICI Bank": "ICICI",
        "AU Small Finance Bank": "AU Bank",
        "Kotak Mahindra Bank": "Kotak",
        "Axis Bank": "Axis",
    }.get(bank, bank)


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h321", {"marks": {}, "decor": [], "frame": None})


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
    h271.tt(p, text, scale=scale, **facts)


def typed_pair(p: Screen, label: str, value: str, **facts) -> None:
    """A fixed-width line with its label at the left and its value set to the line's right end."""
    cols_ = h271.tt_cols(p)
    typed(p, label + value.rjust(max(1, cols_ - len(label) - 2)), **facts)


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
    h269.kind(p, "lb21", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb21"] = 0.76
    h269.row(p, "lb21", text, **facts)


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


def handcols(p: Screen, spec: list[tuple[float, float, str]], *cells: str, **facts) -> None:
    """A row of a hand-written account: heldout273's cells written by hand at set places, in the page's
    pen."""
    pen_of(p)
    h273.hcells(p, spec, *cells, scale=1.12, **facts)


# ---------------------------------------------------------------- Hindi on the samiti's papers

# Noto's Devanagari hangs its letters from a headline at about a Latin face's cap height (heldout315's runs:
# ``draw_hi``, ``hi_width`` and ``hi_ok`` set the Devanagari runs of a line in Noto Sans or Noto Serif
# Devanagari and its other runs in the page's face)


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
    """A line in Hindi (a name over its English, a heading, a motto, a bank's message), its Latin runs and
    figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert hi_ok(text, p.font, bold=bold, serif=serif), text
    assert hi_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t21hi", text, mark_=[scale, bold, serif, align, soft], **facts)
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


def hand_hi(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.16, **facts
) -> None:
    """A line written by hand in Hindi: Noto Sans Devanagari for its letters and an upright FreeSans for its
    figures and Latin letters, sheared as a ball pen leans and a little off its line, in the page's ink;
    ``figure`` written at the right end of the line (a sum in a memo's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert hi_ok(text + figure, HAND_LATIN), text
    need = hi_width(text, HAND_LATIN, size) + size * 0.6
    if figure:
        need += hi_width(figure, HAND_LATIN, size) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t21hh", text, figure, mark_=[align, scale, p.rng.uniform(-0.9, 0.9)], **facts)


def cell(
    p: Screen, hindi: str, english: str, value: str, *, pen: bool = False, at: float = 0.38, **facts
) -> None:
    """This set's bilingual cell row: the label's Hindi in bold over its English small in a pale marigold
    cell at the left, the value (written in the page's pen where ``pen``, else printed) in the cell to its
    right, both cells ruled round; two lines high, one row's cells meeting the next's."""
    size = p.style["size"]
    vfont = pen_of(p) if pen else p.font
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert hi_ok(hindi, p.font, bold=True) and glyphs(p.font, english) and glyphs(vfont, value), (
        hindi,
        value,
    )
    room = room_of(p)
    assert hi_width(hindi, p.font, int(size * 0.9), bold=True) + 16 <= at * room, (hindi, at)
    assert load_font(p.font, int(size * 0.64)).getlength(english) + 16 <= at * room, (english, at)
    assert vface.getlength(value) + 24 <= (1 - at) * room, (value, (1 - at) * room)
    put(p, "t21cl", hindi, english, value, mark_=[pen, at], **facts)
    p.add("gap")


def cell_fit(p: Screen, values: list[str], *, pen: bool = False, at: float = 0.38) -> str:
    """The first of ``values`` that fits a ``cell``'s value (the last where none does)."""
    vface = load_font(pen_of(p) if pen else p.font, int(p.style["size"] * (1.08 if pen else 1.0)))
    room = room_of(p)
    return next((v for v in values if vface.getlength(v) + 24 <= (1 - at) * room), values[-1])


def dotline(p: Screen, hindi: str, english: str, value: str, **facts) -> None:
    """A voucher's printed line in Hindi and English: the Hindi label with its English small after a slash,
    then the value written in the page's pen on a dotted line to the right edge; a line clear under it."""
    size = p.style["size"]
    pen = pen_of(p)
    assert hi_ok(hindi, p.font) and glyphs(p.font, english) and glyphs(pen, value), (hindi, value)
    need = (
        hi_width(hindi, p.font, size)
        + load_font(p.font, int(size * 0.7)).getlength(f" / {english}")
        + load_font(pen, int(size * 1.08)).getlength(value)
        + 40
    )
    assert need <= room_of(p), (hindi, english, value, need)
    put(p, "t21dt", hindi, english, value, **facts)
    p.add("gap")


def hi_row(p: Screen, hindi: str, english: str, value: str, *, bold: bool = False, **facts) -> None:
    """An app's or a portal's detail set in Hindi: the Hindi label with its English small after it at the
    left, the value at the right, on one line (no rule)."""
    size = p.style["size"]
    vfont = bold_of(p.font) if bold else p.font
    assert hi_ok(hindi, p.font) and glyphs(p.font, english) and glyphs(vfont, value), (hindi, value)
    need = (
        hi_width(hindi, p.font, int(size * 0.94))
        + load_font(p.font, int(size * 0.7)).getlength(f"  {english}")
        + load_font(vfont, size).getlength(value)
        + 24
    )
    assert need <= room_of(p), (hindi, english, value, need)
    put(p, "t21hr", hindi, english, value, mark_=[bold], **facts)


def hr_fit(p: Screen, hindi: str, english: str, values: list[str]) -> str:
    size = p.style["size"]
    head = hi_width(hindi, p.font, int(size * 0.94)) + load_font(p.font, int(size * 0.7)).getlength(
        f"  {english}"
    )
    face = load_font(p.font, size)
    return next((v for v in values if head + face.getlength(v) + 24 <= room_of(p)), values[-1])


# ---------------------------------------------------------------- this set's marks


def kathputli(p: Screen) -> None:
    """A pair of kathputlis as a letterhead's emblem: a raja in his saffron or pink turban with its plume
    and his curled moustache and a rani under her red odhni, each with the large almond eyes, arched brows
    and red lips the makers paint on a white face, a short torso, arms hanging from their strings and the
    long flared ghaghra with its bands of gota in place of legs, both hanging by their strings from one
    wooden control; centred, three lines high."""
    put(p, "t21kp", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-3.0, 3.0)])
    p.add("gap")
    p.add("gap")


def leheriya(p: Screen) -> None:
    """A strip of leheriya (Rajasthan's wave-dyed cloth) as a divider across the page: diagonal stripes of
    saffron, pink, marigold and green running in waves, a thread of gota along each edge; one line high."""
    put(p, "t21lh", "", mark_=[p.rng.randrange(10**6)])


def strings(p: Screen) -> None:
    """A puppet maker's bench in the page's margins: a wooden control (the puppet's kaath) with its loose
    strings hanging down one margin, a string of brass ghungroo bells in the other."""
    ext(p)["decor"].append(["strings", p.rng.randrange(10**6)])


def on_bandhani(p: Screen) -> None:
    """The page photographed lying on a bandhani odhni spread on the table: its red ground tied and dyed in
    rings of small white and yellow dots, a green border with its own dots along one edge, the page's
    shadow, the page a little askew."""
    ext(p)["frame"] = ["bandhani", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _puppet(d: ImageDraw.ImageDraw, cx: float, H: float, W: float, raja: bool, srng: random.Random) -> tuple:
    """One kathputli drawn round ``cx``: its head, turban or odhni, torso, arms and ghaghra; the points its
    strings are tied at (the head's top and its two hands)."""
    line_w = max(1, int(H / 120))
    head_y, rh = H * 0.33, H * 0.085
    neck_y = head_y + rh
    waist_y = H * 0.56
    foot_y = H * 0.95
    # the ghaghra: a long flared skirt in place of legs, bands of gota across it, its hem scalloped
    skirt = KUMKUM if raja else srng.choice([MAROON, PINK, INDIGO])
    top_w, foot_w = W * 0.07, W * 0.2
    d.polygon(
        [(cx - top_w, waist_y), (cx + top_w, waist_y), (cx + foot_w, foot_y), (cx - foot_w, foot_y)],
        fill=skirt,
    )
    for share in (0.35, 0.7, 0.93):
        y = waist_y + (foot_y - waist_y) * share
        half = top_w + (foot_w - top_w) * share
        d.line((cx - half, y, cx + half, y), fill=GOTA, width=max(2, int(H / 50)))
    n = 9
    for i in range(n):
        x0 = cx - foot_w + 2 * foot_w * i / n
        d.pieslice((x0, foot_y - H * 0.02, x0 + 2 * foot_w / n, foot_y + H * 0.02), 0, 180, fill=skirt)
    # the torso: an angrakha for the raja, a choli for the rani
    torso = srng.choice([(250, 250, 244), LEAF, MARIGOLD]) if raja else srng.choice([LEAF, MARIGOLD, PINK])
    d.rounded_rectangle(
        (cx - W * 0.065, neck_y, cx + W * 0.065, waist_y + H * 0.01),
        radius=int(W * 0.02),
        fill=torso,
        outline=WOOD_DARK,
        width=line_w,
    )
    d.line((cx - W * 0.065, waist_y, cx + W * 0.065, waist_y), fill=GOTA, width=max(2, int(H / 60)))
    # the arms hanging from the shoulders to the hands on their strings
    hands = []
    for side in (-1, 1):
        sx, sy = cx + side * W * 0.065, neck_y + H * 0.03
        hx, hy = cx + side * W * srng.uniform(0.12, 0.16), neck_y + H * srng.uniform(0.08, 0.16)
        d.line((sx, sy, hx, hy), fill=torso, width=max(3, int(W * 0.028)))
        d.line((sx, sy, hx, hy), fill=WOOD_DARK, width=1)
        r = W * 0.016
        d.ellipse((hx - r, hy - r, hx + r, hy + r), fill=FACE, outline=WOOD_DARK, width=line_w)
        hands.append((hx, hy - r))
    # the odhni falls behind the rani's head to her shoulders
    if not raja:
        veil = srng.choice([PINK, KUMKUM, SAFFRON])
        d.polygon(
            [
                (cx - rh * 1.35, head_y - rh * 0.4),
                (cx + rh * 1.35, head_y - rh * 0.4),
                (cx + W * 0.09, neck_y + H * 0.1),
                (cx - W * 0.09, neck_y + H * 0.1),
            ],
            fill=veil,
        )
        d.ellipse((cx - rh * 1.3, head_y - rh * 1.35, cx + rh * 1.3, head_y + rh * 0.6), fill=veil)
    # the face: white, its large almond eyes, arched brows, red lips
    d.ellipse(
        (cx - rh * 0.85, head_y - rh, cx + rh * 0.85, head_y + rh), fill=FACE, outline=WOOD_DARK, width=line_w
    )
    for side in (-1, 1):
        ex = cx + side * rh * 0.38
        d.ellipse(
            (ex - rh * 0.3, head_y - rh * 0.2, ex + rh * 0.3, head_y + rh * 0.06),
            fill=(255, 255, 255),
            outline=(20, 20, 20),
            width=line_w,
        )
        d.ellipse((ex - rh * 0.11, head_y - rh * 0.17, ex + rh * 0.11, head_y + rh * 0.04), fill=(20, 20, 20))
        d.arc(
            (ex - rh * 0.34, head_y - rh * 0.55, ex + rh * 0.34, head_y - rh * 0.1),
            200,
            340,
            fill=(20, 20, 20),
            width=line_w,
        )
    d.ellipse((cx - rh * 0.2, head_y + rh * 0.5, cx + rh * 0.2, head_y + rh * 0.68), fill=KUMKUM)
    if raja:
        # the moustache curled up at its ends, the turban with its plume
        for side in (-1, 1):
            d.arc(
                (
                    cx + (side - 1) * rh * 0.3,
                    head_y + rh * 0.2,
                    cx + (side + 1) * rh * 0.3,
                    head_y + rh * 0.6,
                ),
                20 if side < 0 else 200,
                160 if side < 0 else 340,
                fill=(20, 20, 20),
                width=max(2, line_w * 2),
            )
        turban = srng.choice([SAFFRON, PINK, MARIGOLD])
        d.ellipse(
            (cx - rh * 1.05, head_y - rh * 1.5, cx + rh * 1.05, head_y - rh * 0.35),
            fill=turban,
            outline=_tint(turban, (0, 0, 0), 0.7),
            width=line_w,
        )
        for k in range(3):
            y = head_y - rh * (1.25 - 0.3 * k)
            d.arc(
                (cx - rh, y - rh * 0.2, cx + rh, y + rh * 0.2),
                200,
                340,
                fill=_tint(turban, (0, 0, 0), 0.75),
                width=line_w,
            )
        d.line(
            (cx + rh * 0.5, head_y - rh * 1.4, cx + rh * 0.9, head_y - rh * 2.0), fill=GOTA, width=line_w * 2
        )
        d.ellipse((cx + rh * 0.75, head_y - rh * 2.15, cx + rh * 1.05, head_y - rh * 1.85), fill=LEAF)
        tie = (cx, head_y - rh * 1.5)
    else:
        d.ellipse((cx - rh * 0.1, head_y - rh * 0.95, cx + rh * 0.1, head_y - rh * 0.75), fill=KUMKUM)
        tie = (cx, head_y - rh * 1.35)
    return tie, hands


def _kathputli_art(H: int, seed: int) -> Image.Image:
    """The pair of kathputlis drawn ``H`` high as an RGBA image."""
    srng = random.Random(seed)
    W = int(H * 1.3)
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    bar_y = H * 0.05
    ties = []
    for cx, raja in ((W * 0.3, True), (W * 0.7, False)):
        ties.append(_puppet(d, cx, H, W, raja, srng))
    # the control: one wooden bar the strings hang from
    d.rounded_rectangle(
        (W * 0.1, bar_y - H * 0.02, W * 0.9, bar_y + H * 0.02),
        radius=int(H * 0.02),
        fill=WOOD,
        outline=WOOD_DARK,
        width=max(1, H // 150),
    )
    string = (110, 104, 96, 255)
    for tie, hands in ties:
        for x, y in [tie, *hands]:
            d.line((x + (W * 0.5 - x) * 0.15, bar_y, x, y), fill=string, width=max(1, H // 200))
    return img


def _kathputli(page: Image.Image, cx: float, top_y: float, h: float, seed: int, tilt: float) -> None:
    k = 3
    art = _kathputli_art(int(h * k), seed).rotate(tilt, resample=Image.BICUBIC, expand=True)
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    alpha = small.split()[3]
    shadow = Image.new("L", page.size, 0)
    shadow.paste(alpha.point(lambda v: 60 if v > 40 else 0), (x0_ + 3, y0_ + 4))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (110, 104, 96)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _leheriya_art(w: int, h: int, seed: int) -> Image.Image:
    """The leheriya strip ``w`` by ``h``: diagonal stripes in waves, a thread of gota along each edge."""
    srng = random.Random(seed)
    palette = [SAFFRON, PINK, MARIGOLD, LEAF, (250, 240, 220)]
    turn = srng.randrange(len(palette))
    colours = np.array([palette[(i + turn) % len(palette)] for i in range(len(palette))], dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    period = max(6.0, h * 0.32)
    v = (xx + yy * 1.1 + np.sin(yy / max(1.0, h) * 6.3 + srng.uniform(0, 6.3)) * h * 0.12) / period
    idx = np.floor(v).astype(int) % len(palette)
    art = colours[idx]
    # the dye's soft edge between stripes
    edge = np.abs(v - np.round(v)) < 0.08
    art[edge] = art[edge] * 0.82 + 255 * 0.18
    g = np.random.default_rng(srng.randrange(10**6))
    art += g.normal(0, 3.0, (h, w, 1))
    img = Image.fromarray(art.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    rim = max(2, int(h * 0.1))
    d.rectangle((0, 0, w, rim), fill=GOTA)
    d.rectangle((0, h - rim - 1, w, h), fill=GOTA)
    return img


def _leheriya(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 2
    art = _leheriya_art(w * k, h * k, seed).resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)))


def _strings(page: Image.Image, seed: int) -> Image.Image:
    """The margins: a wooden control with its loose strings down one, a string of ghungroo bells in the
    other."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)
    left = srng.random() < 0.5
    x = 16 if left else width - 16
    y0 = srng.uniform(50, max(60, height * 0.25))
    # the control: a short bar of wood across the margin's width, tilted, its strings hanging from it
    half = min(MARGIN * 0.42, 22)
    tilt = srng.uniform(-0.25, 0.25)
    a = (x - half, y0 - half * tilt)
    b = (x + half, y0 + half * tilt)
    d.line((a[0] + 2, a[1] + 3, b[0] + 2, b[1] + 3), fill=(70, 60, 50, 90), width=7)
    d.line((a, b), fill=WOOD + (255,), width=6)
    d.line((a[0], a[1] - 2, b[0], b[1] - 2), fill=(196, 150, 96, 255), width=1)
    for n in range(4):
        sx = a[0] + (b[0] - a[0]) * (0.1 + 0.27 * n)
        sy = a[1] + (b[1] - a[1]) * (0.1 + 0.27 * n)
        length = srng.uniform(height * 0.15, height * 0.4)
        pts = []
        for t in np.linspace(0, 1, 20):
            pts.append((sx + math.sin(t * 4 + n) * srng.uniform(1, 4) * t * 3, sy + t * length))
        d.line(pts, fill=(120, 112, 100, 255), width=1)
    # the ghungroo: small brass bells on a cord down the other margin
    gx = width - 16 if left else 16
    gy = srng.uniform(height * 0.45, max(height * 0.46, height - 200))
    d.line((gx, gy, gx + srng.uniform(-4, 4), gy + 150), fill=MAROON + (255,), width=2)
    for n in range(8):
        by = gy + 8 + n * 17
        bx = gx + srng.uniform(-2, 2)
        d.ellipse((bx - 6, by - 6, bx + 6, by + 6), fill=(196, 156, 60, 255), outline=(120, 90, 30, 255))
        d.ellipse((bx - 3, by - 4, bx + 1, by - 1), fill=(240, 214, 140, 255))
        d.line((bx - 3, by + 2, bx + 3, by + 2), fill=(70, 50, 20, 255), width=2)
    return layer.convert("RGB")


def _bandhani_art(w: int, h: int, seed: int) -> Image.Image:
    """A bandhani odhni ``w`` by ``h``: its red ground with the faint folds of the cloth, rings of tied and
    dyed dots (white with a yellow or red heart), a green border with dots along its foot, over the table's
    wood at the edge."""
    srng = random.Random(seed)
    g = np.random.default_rng(srng.randrange(10**6))
    ground = np.array(srng.choice([(178, 24, 42), (150, 20, 52), (190, 40, 30)]), dtype=np.float32)
    art = np.ones((h, w, 3), dtype=np.float32) * ground
    xx = np.arange(w, dtype=np.float32)[None, :]
    yy = np.arange(h, dtype=np.float32)[:, None]
    fold = np.sin(xx * 0.018 + yy * 0.006 + g.uniform(0, 6)) * 10 + np.sin(yy * 0.011) * 6
    art += fold[..., None]
    art += g.normal(0, 3.5, (h, w, 1))
    img = Image.fromarray(art.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    border_at = int(h * srng.uniform(0.84, 0.9))
    d.rectangle((0, border_at, w, h), fill=(24, 110, 60))
    step = 34
    for gy in range(10, border_at - 10, step):
        for gx in range((gy // step % 2) * step // 2, w, step):
            # a ring of dots round a larger one: the knots the dyer tied
            jx, jy = gx + srng.uniform(-2, 2), gy + srng.uniform(-2, 2)
            heart = srng.choice([(246, 200, 40), (250, 250, 240)])
            d.ellipse((jx - 3, jy - 3, jx + 3, jy + 3), fill=(250, 246, 236))
            d.ellipse((jx - 1, jy - 1, jx + 1, jy + 1), fill=heart)
            for n in range(6):
                a = n * math.pi / 3
                dx, dy = jx + 8 * math.cos(a), jy + 8 * math.sin(a)
                d.ellipse((dx - 2, dy - 2, dx + 2, dy + 2), fill=(244, 236, 220))
    for gx in range(8, w, 16):
        d.ellipse((gx - 2, border_at + 12, gx + 2, border_at + 16), fill=(250, 240, 200))
        d.ellipse((gx + 6, border_at + 26, gx + 10, border_at + 30), fill=(246, 200, 40))
    return img


def _on_bandhani(image: Image.Image, seed: int) -> Image.Image:
    """The page on the odhni: turned a little with its shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 76
    bw, bh = w + 2 * pad, h + 2 * pad + 50
    base = _bandhani_art(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-1.7, 1.7)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = (bw - turned.width) // 2, pad - 10
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 140 if v > 0 else 0), (sx + 9, sy + 11))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    base = Image.composite(Image.new("RGB", base.size, (26, 8, 10)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    return base


def _hand_layer(text: str, size: int, line: int) -> Image.Image:
    """A line of a Hindi hand as a mask: its runs drawn, sheared as a ball pen leans."""
    tw = hi_width(text, HAND_LATIN, size)
    lw, lh = int(tw + size * 1.2), int(line * 1.9)
    layer = Image.new("L", (lw, lh), 0)
    draw_hi(ImageDraw.Draw(layer), (size * 0.3, lh * 0.22), text, HAND_LATIN, size, 255)
    return layer.transform(
        (lw, lh), Image.AFFINE, (1, 0.18, -0.18 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
    )


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Hindi lines and a Hindi hand, its bilingual cells and its
    details set in Hindi, a pair of kathputlis as an emblem, a strip of leheriya as a divider, a control's
    strings and ghungroo bells in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h321")
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
        if not name.startswith("t21"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t21hi":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = hi_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_hi(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t21hh":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                layer = _hand_layer(text, s, line).rotate(tilt, resample=Image.BICUBIC)
                tw = hi_width(text, HAND_LATIN, s)
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
                    Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - layer.height * 0.34)), layer
                )
            draw = ImageDraw.Draw(page)
        elif name == "t21cl":
            is_pen, at = m
            hindi, english, value = r[1], r[2], r[3]
            x0, xm, x1_ = MARGIN, MARGIN + at * room, width - MARGIN
            y0, y1 = top_y + 1, top_y + line * 2 - 1
            edge = _tint(soft, paper_, 0.55)
            draw.rectangle((x0, y0, xm, y1), fill=_tint(MARIGOLD, paper_, 0.14), outline=edge, width=1)
            draw.rectangle((xm, y0, x1_, y1), outline=edge, width=1)
            draw_hi(draw, (x0 + 8, y0 + line * 0.12), hindi, font, int(size * 0.9), ink, bold=True)
            draw.text((x0 + 8, y0 + line * 1.08), english, font=load_font(font, int(size * 0.64)), fill=soft)
            if is_pen:
                vface = load_font(pen, int(size * 1.08))
                draw.text((xm + 12, y0 + line * 1.32), value, font=vface, fill=pen_ink, anchor="ls")
            else:
                vface = load_font(font, size)
                draw.text((xm + 12, y0 + line * 1.28), value, font=vface, fill=ink, anchor="ls")
        elif name == "t21dt":
            draw_hi(draw, (MARGIN, y), r[1], font, size, ink)
            hx = MARGIN + hi_width(r[1], font, size)
            sface = load_font(font, int(size * 0.7))
            draw.text((hx, y + size * 0.26), f" / {r[2]}", font=sface, fill=soft)
            lx0 = hx + sface.getlength(f" / {r[2]}") + 10
            ly = top_y + line * 0.98
            for dx in range(int(lx0), int(width - MARGIN), 5):
                draw.line((dx, ly, dx + 1, ly), fill=_tint(soft, paper_, 0.75), width=1)
            vface = load_font(pen, int(size * 1.08))
            draw.text((lx0 + 8, ly - 3), r[3], font=vface, fill=pen_ink, anchor="ls")
        elif name == "t21hr":
            (bold,) = m
            s = int(size * 0.94)
            draw_hi(draw, (MARGIN, y), r[1], font, s, soft)
            hx = MARGIN + hi_width(r[1], font, s)
            draw.text((hx, y + size * 0.24), f"  {r[2]}", font=load_font(font, int(size * 0.7)), fill=soft)
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text((width - MARGIN - vface.getlength(r[3]), y), r[3], font=vface, fill=ink)
        elif name == "t21kp":
            seed, tilt = m
            _kathputli(page, width / 2, top_y + line * 0.02, line * 2.9, seed, tilt)
            draw = ImageDraw.Draw(page)
        elif name == "t21lh":
            (seed,) = m
            _leheriya(page, MARGIN, width - MARGIN, top_y + line * 0.2, top_y + line * 0.84, seed)
            draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "strings":
            page = _strings(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout319's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the bandhani odhni a page is photographed lying on."""
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
    f = (style.get("h321") or {}).get("frame")
    if f and f[0] == "bandhani":
        image = _on_bandhani(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout321 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the Ghar's app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_SHORT]
VPAS = [
    "dholamarughar@pnb",
    "bhimvyapar.9414207731@upi",
    "kathputlighar.jaipur@okhdfcbank",
    "Q480317265@ybl",
]


def _upi_vyapar(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """BHIM Vyapar on the Kathputli Ghar's phone: the Ghar under the app's bar, an octagon's tick, Money
    received, the sum, "from <buyer>"; RRN, Received on, Payer VPA and Settled to set against a gutter."""
    if rng.random() < 0.35:
        season(j, rng, LOKRANG, LOKRANG_DAYS)
    else:
        weekday_only(j, rng)
    p = phone(rng, font, k, ["", "BHIM Vyapar"], dark=False, buttons=("Share receipt",))
    band(p, (0, 104, 56))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "BHIM Vyapar", name, merchant=name)
    h294.octa(p, j.status)
    p.add("center", "Money received", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("small", f"from {who}")
    p.add("gap")
    at = 0.4
    gutter(p, "bv", "RRN", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gutter(
        p, "bv", "Received on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), at=at, date=j.date
    )
    gutter(
        p,
        "bv",
        "Payer VPA",
        f"{who.split()[0].lower()}{rng.randrange(10, 99)}@ok{bank_short(bank).lower()[:4]}",
        at=at,
        method="UPI",
    )
    gutter(p, "bv", "Settled to", f"PNB XXXX{digits(rng, 4)}", at=at)
    return p.done()


def _upi_paytm_hi(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Paytm set in Hindi: a large round tick, "भुगतान सफल" (payment successful), the sum, "<payee> को"
    (to <payee>); each detail's Hindi label with its English small after it at the left and its value at the
    right: UPI संदर्भ संख्या · UPI Ref No., दिनांक व समय · Date & time, किस खाते से · From account, टिप्पणी ·
    Note."""
    p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Share",))
    band(p, (0, 46, 110))
    app_head(p, "Paytm", "UPI")
    sicon(p, j.status)
    hi(p, "भुगतान सफल", scale=1.1, bold=True, status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = rng.choice([SHOP_CAPS, CUT, SHOP])
    hi(p, f"{name} को", merchant=name)
    p.add("gap")
    p.add("rule")
    hi(p, "लेन-देन का विवरण", align="l", bold=True)
    hi_row(p, "UPI संदर्भ संख्या", "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    day = hr_fit(p, "दिनांक व समय", "Date & time", [at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",))])
    hi_row(p, "दिनांक व समय", "Date & time", day, date=j.date)
    hi_row(p, "किस खाते से", "From account", f"{bank_short(bank)} - {digits(rng, 4)}", method="UPI")
    hi_row(p, "टिप्पणी", "Note", rng.choice(["Kathputli", "Puppet pair", "Gift"]))
    return p.done()


def _upi_kiwi(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Kiwi's payment by a RuPay credit card on UPI still processing: a spinner, Processing payment, the sum,
    "to <payee>", its stages left to right, a notice; Reference No. and Started at labelled with colons at the
    left and the right."""
    p = phone(rng, font, k, ["", "kiwi"], dark=False, buttons=("Check status",))
    band(p, (26, 26, 60))
    app_head(p, "kiwi", "Credit on UPI")
    h279.spinner(p, AMBER)
    p.add("center", "Processing payment", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    h273.track(p, ["Paid", "Bank confirms", "Done"], "dp-")
    boxed(
        p,
        "Your card was charged and we are waiting for the merchant's bank. This can take up to 2 hours.",
        "warn",
    )
    cols(p, "kw", [(0.0, 0.45, "l"), (0.45, 1.0, "r")], "Reference No. :", j.ref, txn=(UTR_RANK, j.ref))
    cols(
        p,
        "kw",
        [(0.0, 0.45, "l"), (0.45, 1.0, "r")],
        "Started at :",
        at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%y"], (", ",)),
        date=j.date,
    )
    cols(
        p,
        "kw",
        [(0.0, 0.45, "l"), (0.45, 1.0, "r")],
        "Card :",
        f"RuPay Credit {masked(p.font)}{digits(rng, 4)}",
        method="UPI",
    )
    return p.done()


def _upi_airtel(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Airtel Thanks' UPI payment from an Airtel Payments Bank account under "Today, <hour>": a scalloped
    badge, Payment successful, the sum, "to <payee>"; UPI Ref. No. and Paid from in tiles; no day."""
    p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Share", "Done"))
    band(p, (228, 0, 43))
    app_head(p, "airtel thanks", "Airtel Payments Bank UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    tiles2(
        p,
        ("UPI Ref. No.", j.ref),
        ("Paid from", f"Airtel Bank {digits(rng, 4)}"),
        txn=(UTR_RANK, j.ref),
        method="UPI",
    )
    p.add("gap")
    p.add("small", "You earned 2 Airtel rewards on this payment")
    return p.done()


def _upi_neu(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Tata Neu's UPI payment with no reference: a large round tick, Paid, the sum; each value over its label:
    Paid to, Date & time, Paid via; NeuCoins earned."""
    p = phone(rng, font, k, ["", "Tata Neu"], dark=False, buttons=("Done",))
    band(p, (86, 28, 140))
    app_head(p, "Tata Neu", "UPI")
    sicon(p, j.status)
    p.add("center", "Paid", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("gap")
    name = fit(p, [rng.choice(PAYEES), SHOP], 0.95, bold=True)
    vlab(p, "Paid to", name, merchant=name)
    vlab(p, "Date & time", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), bold=False, date=j.date)
    vlab(p, "Paid via", f"HDFC Bank UPI {masked(p.font)}{digits(rng, 4)}", bold=False, method="UPI")
    p.add("small", f"{rng.randrange(3, 40)} NeuCoins earned")
    return p.done()


def _upi_fedmobile(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Federal Bank's FedMobile with the payment on a tinted band: Payment Successful; the sum; Paid To :,
    UPI Ref No :, Date :, From A/c : and Remarks : with colons."""
    p = phone(rng, font, k, ["", "FedMobile"], dark=False, buttons=("Share", "Home"))
    band(p, (0, 60, 130))
    app_head(p, "FedMobile", "Federal Bank")
    h269.strip(p, "Payment Successful", j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("gap")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    name = fit(p, [rng.choice(PAYEES), CUT], 0.62)
    colkv(p, "fm", spec, "Paid To :", name, merchant=name)
    colkv(p, "fm", spec, "UPI Ref No :", j.ref, txn=(UTR_RANK, j.ref))
    colkv(p, "fm", spec, "Date :", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
    colkv(p, "fm", spec, "From A/c :", f"XXXXXXXX{digits(rng, 4)}", method="UPI")
    colkv(p, "fm", spec, "Remarks :", rng.choice(["kathputli", "puppets", "show booking"]))
    return p.done()


def _upi_indoasis(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """Indian Bank's IndOASIS with the UPI payment failed under a red ribbon: the sum, "to <payee>", the
    reason in a notice; Transaction ID, Date, Reason and Debit A/c in dot leaders."""
    p = phone(rng, font, k, ["", "IndOASIS"], dark=False, buttons=("Retry",))
    band(p, (20, 64, 140))
    app_head(p, "IndOASIS", "Indian Bank  |  UPI")
    h275.ribbon(p, "TRANSACTION FAILED", RED)
    p.add("center", "Payment could not be completed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "Transaction declined by the remitter bank: daily UPI limit exceeded. No amount has been debited.",
        "error",
    )
    tid = f"IDIB{j.date:%y%m%d}{digits(rng, 8)}"
    at = 0.42
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    dots(p, "Reason", "Limit exceeded (U30)", at=at)
    dots(p, "Debit A/c", f"XXXX{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _upi_whatsapp(rng: random.Random, font: str, k: int, j: Job, who: str, bank: str) -> tuple:
    """WhatsApp's payment details page: the payee's initials in a round badge, "Payment to <payee>", the sum
    large, Completed with its tick, the day and hour; UPI transaction ID, To, From and Bank at the left and
    the right under a rule."""
    p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=())
    band(p, (7, 94, 84))
    app_head(p, "WhatsApp", "Payment details")
    name = rng.choice([SHOP, SHOP_CAPS])
    h273.avatar(p, initials(name), (37, 211, 102))
    shown = pick(p, "center", [f"Payment to {name}", f"Payment to {SHOP}"])
    p.add("center", shown, merchant=shown[11:])
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} Completed".strip(), status=j.status)
    p.add("small", at_hour(rng, j.date, ["{d} %B %Y", "%d %b %Y"], (" at ", ", ")), date=j.date)
    p.add("rule")
    kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "To", rng.choice(VPAS[:3]))
    kvr(p, "From", f"{who}", method="UPI")
    kvr(p, "Bank", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}")
    return p.done()


UPI_LAYOUTS = [
    _upi_vyapar,
    _upi_paytm_hi,
    _upi_kiwi,
    _upi_airtel,
    _upi_neu,
    _upi_fedmobile,
    _upi_indoasis,
    _upi_whatsapp,
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Kathputli Ghar or the samiti by UPI, one layout a place (``UPI_LAYOUTS``): BHIM
    Vyapar on the Ghar's phone, Paytm set in Hindi, Kiwi's payment processing, Airtel Thanks' "Today", Tata
    Neu's payment with no reference, FedMobile's tinted band, IndOASIS' failure and WhatsApp's payment
    details."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=400, high=22000, p_round=0.7)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    return UPI_LAYOUTS[k](rng, font, k, j, who, bank)


# ---------------------------------------------------------------- 2. buyers' advices


RAJSICO = "Rajasthan Small Industries Corporation Ltd."
RAJSICO_HI = "राजस्थान लघु उद्योग निगम लि."
JKK = "Jawahar Kala Kendra, Jaipur"
LAKE_HOTELS = "Pichola Lake Hotels Pvt. Ltd."
MEWAR_EVENTS = "Mewar Weddings & Events"
ARAVALI = "Aravali Heritage School Society"
HAVELI = "Haveli Dharampura Hotels Pvt. Ltd."
SCHOOL_HI = "राजकीय उच्च माध्यमिक विद्यालय, सांगानेर, जयपुर"
KALAKRITI = "Kalakriti Events & Experiences Pvt. Ltd."


def _adv_rajsico(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """RAJSICO's PAYMENT ADVICE under its Hindi name for the puppets its Rajasthali emporiums bought:
    "भुगतान सूचना / PAYMENT ADVICE"; its No. and Date on a line; "To, The Secretary," and the samiti; Bill No.
    | Bill Date | Gross | TDS 2% | Net in a striped table with the Net total under it; "The net amount of Rs.
    x has been credited to your account ... by NEFT / RTGS vide UTR ..."; the Chief Accounts Officer's
    signature over the corporation's round seal."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    hi(p, RAJSICO_HI, scale=1.05, bold=True)
    name = pick(p, "title", [RAJSICO.upper(), RAJSICO])
    top(p, name)
    p.add("small", "RAJASTHALI  |  Udyog Bhawan, Tilak Marg, Jaipur - 302005")
    p.add("rule")
    p.part = "body"
    hi(p, "भुगतान सूचना / PAYMENT ADVICE", bold=True)
    ref = f"No. RSIC/F&A/PA/{fy(j.date)}/{rng.randrange(100, 990)}"
    cols(
        p,
        "rj0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        ref,
        f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
        date=j.date,
    )
    p.add("gap")
    p.add("left", "To,")
    p.add("left", "The Secretary,")
    who = pick(p, "left", [FIRM, FIRM_MID])
    p.add("left", who, merchant=who)
    p.add("left", "Chaura Rasta, Jaipur.")
    p.add("gap")
    rows_ = []
    net_total = 0.0
    for bno, bday, gross in bills_for(rng, j, rng.randrange(2, 4), "DMK"):
        tds = round(gross / 1.05 * 0.02, 0)
        net = round(gross - tds, 2)
        net_total += net
        rows_.append(([bno, when(bday, "%d.%m.%Y"), num(gross), num(tds), num(net)], {}))
    j.amount = round(net_total, 2)
    zebra(
        p,
        "rjt",
        [(0.0, 0.27, "l"), (0.27, 0.47, "c"), (0.47, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")],
        ["Bill No.", "Bill Date", "Gross", "TDS 2%", "Net"],
        rows_,
        (150, 60, 20),
    )
    total(p, "Net paid", num(j.amount), at=0.66, amount=j.amount)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Punjab National Bank", way)
    prose(
        p,
        f"The net amount of {whole_rs(j.amount)} has been credited to your account no. "
        f"XXXXXXXX{digits(rng, 4)} "
        f"with {BANK_LINE} by {way} vide UTR {utr}. TDS under GST has been deducted at 2% of the "
        "taxable value.",
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=j.status,
    )
    h269.seal(p, "RAJASTHAN SMALL INDUSTRIES CORPN. *", ["JAIPUR"], "blue")
    sig(p)
    p.add("right", "Chief Accounts Officer")
    return p.done()


def _adv_paymanager(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Rajasthan's Pay Manager with the Jawahar Kala Kendra's payment of the samiti's show fee: Payee Wise
    Payment Detail in this set's bilingual cells (विभाग / Department, बिल संख्या / Bill No., वाउचर संख्या /
    Voucher No., प्राप्तकर्ता / Payee, शुद्ध राशि / Net Amount, भुगतान तिथि / Payment Date, यूटीआर / UTR,
    स्थिति / Status)."""
    j.amount = float(rng.randrange(12, 120) * 1000)
    p = browser_page(rng, font, "paymanager.rajasthan.gov.in/payee/paymentdetail")
    p.part = "head"
    top(p, "Pay Manager")
    hi(p, "वित्त विभाग, राजस्थान सरकार", scale=0.9, soft=True)
    p.add("small", "Finance Department, Government of Rajasthan")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payee Wise Payment Detail")
    p.add("gap")
    at = 0.36
    cell(p, "विभाग", "Department", cell_fit(p, [JKK, "Jawahar Kala Kendra"], at=at), at=at)
    cell(p, "बिल संख्या", "Bill No.", f"{rng.randrange(100, 999)}/{j.date.year}", at=at)
    vno = f"{rng.randrange(10, 99)}{digits(rng, 6)}"
    cell(p, "वाउचर संख्या", "Voucher No.", vno, at=at, txn=(INVOICE_RANK, vno))
    name = cell_fit(p, [FIRM_CAPS, CUT], at=at)
    cell(p, "प्राप्तकर्ता", "Payee", name, at=at, merchant=name)
    cell(p, "शुद्ध राशि", "Net Amount", f"{num(j.amount)}", at=at, amount=j.amount)
    cell(
        p,
        "भुगतान तिथि",
        "Payment Date",
        when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])),
        at=at,
        date=j.date,
    )
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    cell(p, "यूटीआर", "UTR", utr, at=at, txn=(UTR_RANK, utr), method="netbanking")
    cell(p, "स्थिति", "Status", "Paid", at=at, status=j.status)
    p.add("small", "Lokrang show fee paid by e-payment (NEFT) through the Treasury, Jaipur (City).")
    return p.done()


def _adv_enet(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """HDFC Bank's ENet with an Udaipur hotel company's RTGS or NEFT pending its authoriser: a capsule, its
    stages across the page, a notice; Transaction Ref, Beneficiary, Amount, Payment type, Value date and
    Created by in shaded labels."""
    j.amount = rupees(rng, 60000, 340000, 0.6)
    p = browser_page(rng, font, "enet.hdfcbank.com/corp/transactions/pending")
    p.part = "head"
    top(p, "HDFC Bank ENet")
    p.add("small", f"Corporate Internet Banking  |  {LAKE_HOTELS}, Udaipur")
    p.add("rule")
    p.part = "body"
    chip(p, "Pending authorisation", j.status)
    h289.steps(p, ["Created", "Authoriser", "Sent to bank"], 1, j.status)
    boxed(
        p,
        "This transaction needs one more authoriser before it is released to the beneficiary's bank.",
        "warn",
    )
    ref = f"ENT{j.date:%y%m%d}{digits(rng, 7)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.52)
    at = 0.44
    kv(p, "Transaction Ref", ref, at=at, txn=(BANK_RANK, ref))
    kv(p, "Beneficiary", name, at=at, merchant=name)
    kv(p, "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    kv(p, "Payment type", neft_or_rtgs(j.amount), at=at, method="netbanking")
    kv(p, "Value date", when(j.date, rng.choice(["%d-%b-%Y", "%d/%m/%Y"])), at=at, date=j.date)
    kv(p, "Created by", "ACCTS_MAKER2", at=at)
    return p.done()


def _adv_teams(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A wedding company's Microsoft Teams channel under its "Today" divider: the writer's initials in a
    round badge, her name in bold and the hour; "Paid ₹x to <payee> by IMPS for the puppet show at the
    sangeet. Ref ..."; a colleague's reply; no day."""
    p = phone(rng, font, k, ["", "Teams"], dark=False, buttons=())
    band(p, (70, 72, 160))
    app_head(p, "Microsoft Teams", f"{MEWAR_EVENTS}  |  accounts-payable")
    divider(p, "Today")
    p.add("gap")
    first, second = hours(rng, 2)
    h273.avatar(p, "RS", (98, 100, 167))
    p.add("left", f"Ritu Sisodia   {first}")
    name = rng.choice([FIRM_SHORT, SHOP, "Dhola Maru Kathputli"])
    rs = rupee_of(p.font)
    prose(
        p,
        f"Paid {rs}{num(j.amount, 'indian')} to {name} by IMPS for the kathputli show at the "
        "Jagmandir sangeet. "
        f"Ref {j.ref}",
        amount=j.amount,
        merchant=name,
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, j.ref),
    )
    p.add("gap")
    p.add("left", f"Karan Chundawat   {second}")
    prose(p, "Thanks, closing the vendor ticket. Their troupe reaches Udaipur by the morning train.")
    return p.done()


def _adv_yes(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """YES CONNECT with an Ajmer school society's NEFT returned on a tinted band: the reason in a notice;
    each value over its label: Transaction Reference, Beneficiary, Amount, Value Date, Return Reason."""
    j.amount = rupees(rng, 15000, 90000, 0.6)
    p = browser_page(rng, font, "yesconnect.yesbank.in/payments/neft/status")
    p.part = "head"
    top(p, "YES CONNECT")
    p.add("small", f"YES BANK Corporate Banking  |  {ARAVALI}, Ajmer")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "NEFT RETURNED", j.status)
    boxed(
        p,
        "The beneficiary bank returned this payment: beneficiary name does not match the account. The "
        "amount has been credited back to your account.",
        "error",
    )
    ref = f"YBCN{j.date:%y%m%d}{digits(rng, 6)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.9, bold=True)
    vlab(p, "Transaction Reference", ref, bold=False, txn=(BANK_RANK, ref))
    vlab(p, "Beneficiary", name, merchant=name)
    vlab(p, "Amount", f"INR {num(j.amount)}", amount=j.amount, method="netbanking")
    vlab(p, "Value Date", when(j.date, rng.choice(["%d/%m/%Y", "%d %b %Y"])), bold=False, date=j.date)
    vlab(p, "Return Reason", "R03 - Name mismatch", bold=False)
    return p.done()


def _adv_zoho(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Delhi hotel company's Payment Made from Zoho Books mailed to the samiti: Payment Made and its
    number; Payment Date, Reference#, Paid Through and Payment Mode at the left and the right; Paid To; the
    Amount Paid on a tinted panel; Bill# | Bill Date | Bill Amount | Payment in a table ruled on every
    side."""
    p = mail_page(rng, font, f"{HAVELI} <accounts@havelidharampura.com>", ["Payment Made", "Payment advice"])
    p.part = "head"
    top(p, HAVELI)
    p.add("small", "Chandni Chowk, Delhi - 110006")
    p.add("rule")
    p.part = "body"
    pno = f"PM-{rng.randrange(100, 999):05d}"
    p.add("center", "PAYMENT MADE")
    p.add("small", f"Payment# {pno}", txn=(INVOICE_RANK, pno))
    p.add("gap")
    utr = utr_of(rng, j, "ICICI Bank", neft_or_rtgs(j.amount))
    kvr(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
    kvr(p, "Reference#", utr, txn=(UTR_RANK, utr))
    kvr(p, "Paid Through", "ICICI Current A/c")
    kvr(p, "Payment Mode", neft_or_rtgs(j.amount), method="netbanking", status=j.status)
    p.add("gap")
    name = fit(p, [FIRM, FIRM_MID], 0.8)
    p.add("left", f"Paid To  {name}", merchant=name)
    h273.panel(p, "Amount Paid", f"{rupee_of(p.font)}{num(j.amount)}", (60, 140, 90), amount=j.amount)
    p.add("gap")
    rows_ = [
        ([bno, when(bday, "%d/%m/%Y"), num(v), num(v)], {})
        for bno, bday, v in bills_for(rng, j, rng.randrange(1, 3), "DMK")
    ]
    h271.grid(
        p,
        "zb",
        [(0.0, 0.3, "l"), (0.3, 0.52, "c"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
        ["Bill#", "Bill Date", "Bill Amount", "Payment"],
        rows_,
    )
    return p.done()


def _adv_school(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A government school's letter typed in Hindi with no reference: the school's name; पत्रांक (letter no.)
    and दिनांक (date) on a line; "सेवा में, सचिव," (To, the Secretary) and the samiti in English; विषय
    (subject); "... प्रदर्शन का शुल्क रु. x/- दिनांक <day> को NEFT द्वारा आपके खाते में जमा करा दिया गया है।"
    (the fee of Rs. x/- for the show has been deposited in your account by NEFT on <day>); the principal's
    signature over प्रधानाचार्य (principal)."""
    j.amount = float(rng.randrange(6, 30) * 500)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    hi(p, "कार्यालय प्रधानाचार्य", scale=0.92)
    hi(p, SCHOOL_HI, scale=1.05, bold=True)
    p.add("rule")
    p.part = "body"
    day = when(j.date, "%d.%m.%Y")
    hi(p, f"पत्रांक: रा.उ.मा.वि./सां./{rng.randrange(100, 900)}/{j.date.year}      दिनांक: {day}", align="l")
    p.add("gap")
    hi(p, "सेवा में,", align="l")
    hi(p, "सचिव,", align="l")
    who = pick(p, "left", [FIRM, FIRM_MID])
    p.add("left", who, merchant=who)
    p.add("left", "Chaura Rasta, Jaipur.")
    p.add("gap")
    hi(p, "विषय: कठपुतली प्रदर्शन शुल्क के भुगतान बाबत।", align="l", bold=True)
    hi(p, "महोदय,", align="l")
    hi_wrap(
        p,
        "उपरोक्त विषयान्तर्गत निवेदन है कि विद्यालय के वार्षिकोत्सव पर आपकी समिति द्वारा दिए गए कठपुतली "
        "प्रदर्शन का "
        f"शुल्क {whole_rs(j.amount)} दिनांक {day} को NEFT द्वारा आपके खाते में जमा करा दिया गया है।",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    hi_wrap(p, "कृपया प्राप्ति की रसीद विद्यालय को भिजवाने का श्रम करें।")
    p.add("gap")
    sig(p)
    hi(p, "प्रधानाचार्य", align="r")
    return p.done()


def _adv_odoo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Mumbai events company's Payment Receipt printed from Odoo: its number as the heading; labels small
    over their values two to a row (Payment Date and Payment Method, Vendor and Amount, Memo); Invoice Date |
    Invoice Number | Original Amount | Amount Paid in a striped table."""
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    top(p, KALAKRITI)
    p.add("small", "Lower Parel, Mumbai - 400013  |  GSTIN 27" + code(rng, 5, UPPER) + "3318K1Z2")
    p.add("rule")
    p.part = "body"
    pno = f"PBNK1/{j.date.year}/{rng.randrange(1, 900):05d}"
    p.add("title", f"Payment Receipt: {pno}", txn=(INVOICE_RANK, pno))
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    two_up(
        p,
        "od1",
        ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])),
        ("Payment Method", f"Bank ({way})"),
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    name = fit(p, [FIRM_SHORT, SHOP], 0.48, bold=True)
    two_up(
        p,
        "od2",
        ("Vendor", name),
        ("Amount", f"{rupee_of(p.font)} {num(j.amount)}"),
        merchant=name,
        amount=j.amount,
    )
    utr = utr_of(rng, j, "Kotak Mahindra Bank", way)
    label(p, "Memo")
    p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
    p.add("gap")
    rows_ = [
        ([when(bday, "%d/%m/%Y"), bno, num(v), num(v)], {})
        for bno, bday, v in bills_for(rng, j, rng.randrange(1, 3), "DMK")
    ]
    zebra(
        p,
        "odt",
        [(0.0, 0.24, "l"), (0.24, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
        ["Invoice Date", "Invoice Number", "Original", "Amount Paid"],
        rows_,
        (113, 75, 102),
    )
    return p.done()


ADVICE_LAYOUTS = [
    _adv_rajsico,
    _adv_paymanager,
    _adv_enet,
    _adv_teams,
    _adv_yes,
    _adv_zoho,
    _adv_school,
    _adv_odoo,
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the samiti, one layout a place (``ADVICE_LAYOUTS``): RAJSICO's
    advice under its Hindi name, Pay Manager's payee detail in bilingual cells, HDFC Bank ENet's RTGS pending
    its authoriser, a wedding company's Teams channel under "Today", YES CONNECT's NEFT returned, a hotel's
    Zoho Books Payment Made, a school's letter in Hindi with no reference and an events company's Odoo
    receipt."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=15000, high=180000, p_round=0.6)
    return ADVICE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Peachtree Marionette Theatre Inc.", "Atlanta, Georgia, USA", "USD", 800, 9000),
    ("Compagnie Fil et Bois", "Charleville-Mézières, France", "EUR", 700, 8000),
    ("Norwich Marionette Trust", "Norwich, United Kingdom", "GBP", 600, 7000),
    ("Théâtre des Petites Mains", "Montréal, Canada", "CAD", 900, 11000),
    ("Desert Rose Hotels LLC", "Dubai, UAE", "AED", 3000, 30000),
    ("Dockteatern Stockholm AB", "Stockholm, Sweden", "SEK", 8000, 90000),
    ("Kiwi String Theatre Trust", "Wellington, New Zealand", "NZD", 1000, 12000),
    ("Siam Heritage Resorts Co., Ltd.", "Bangkok, Thailand", "THB", 25000, 280000),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or $; euros the French way (4 250,00 EUR or
    4 250,00 €, a space between the thousands and a comma before the cents); pounds with GBP or the pound's
    sign; Canadian dollars with CAD or C$; dirhams with AED; Swedish kronor the Swedish way (SEK 42 500,00);
    New Zealand dollars with NZD or NZ$; baht with THB after or before."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    euro = "{f} \u20ac" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "{f} EUR"
    forms = {
        "USD": ["USD {v}", "${v}"],
        "EUR": ["{f} EUR", euro],
        "GBP": ["GBP {v}", pound],
        "CAD": ["CAD {v}", "C${v}"],
        "AED": ["AED {v}", "{v} AED"],
        "SEK": ["SEK {f}", "{f} SEK"],
        "NZD": ["NZD {v}", "NZ${v}"],
        "THB": ["THB {v}", "{v} THB"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(v=english, f=english.replace(",", " ").replace(".", ","))

    return show


def _wire_wells(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Wells Fargo's Commercial Electronic Office with an international wire sent in US dollars: Wire
    confirmation; Status, Wire reference, Beneficiary, Beneficiary bank, Amount, Value date (the day month
    first) and Charges set against a gutter."""
    p = browser_page(rng, font, "wellsoffice.wellsfargo.com/ceoportal/wires/confirmation")
    p.part = "head"
    top(p, "WELLS FARGO")
    p.add("small", f"Commercial Electronic Office  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "International wire - confirmation")
    p.add("gap")
    ref = f"WF{j.date:%y%m%d}{digits(rng, 8)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.56)
    at = 0.36
    gutter(p, "wf", "Status", "Sent", at=at, status=j.status)
    gutter(p, "wf", "Wire reference", ref, at=at, txn=(BANK_RANK, ref))
    gutter(p, "wf", "Beneficiary", name, at=at, merchant=name)
    gutter(p, "wf", "Beneficiary bank", "PUNJAB NATIONAL BANK, JAIPUR", at=at)
    gutter(p, "wf", "Amount", show(j.amount), at=at, **sum_)
    gutter(p, "wf", "Value date", when(j.date, rng.choice(["%m/%d/%Y", "%B {d}, %Y"])), at=at, date=j.date)
    gutter(p, "wf", "Charges", "SHA (shared)", at=at, method="netbanking")
    return p.done()


def _wire_socgen(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Société Générale's Sogecash Net with an international transfer executed in euros the French way:
    Virement international exécuté / International transfer executed; each label's French and its English
    after a slash in a table ruled on every side: Bénéficiaire / Beneficiary, Montant / Amount, Date
    d'exécution / Execution date, Référence / Reference, Frais / Charges."""
    p = browser_page(rng, font, "entreprises.societegenerale.fr/sogecashnet/virements/detail")
    p.part = "head"
    top(p, "SOCIETE GENERALE")
    p.add("small", f"Sogecash Net  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Virement international exécuté / International transfer executed", status=j.status)
    p.add("gap")
    ref = f"SG{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.5)
    at = 0.46
    gkv(p, "sg", "Bénéficiaire / Beneficiary", name, at=at, merchant=name)
    gkv(p, "sg", "Montant / Amount", show(j.amount), at=at, **sum_)
    gkv(p, "sg", "Date d'exécution / Execution date", when(j.date, "%d/%m/%Y"), at=at, date=j.date)
    gkv(p, "sg", "Référence / Reference", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "sg", "Frais / Charges", "SHA (partagés)", at=at, method="netbanking")
    return p.done()


def _wire_barclays(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Barclays' iPortal with an international payment in pounds returned under an octagon's cross: the sum,
    "to <payee>", the reason in a notice; labels small over their values two to a row: Payment reference and
    Payment date, Charges and Reason."""
    p = browser_page(rng, font, "iportal.barclays.com/payments/international/status")
    p.part = "head"
    top(p, "Barclays")
    p.add("small", f"iPortal  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    h294.octa(p, j.status)
    p.add("center", "Payment returned", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_SHORT}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "The beneficiary's bank could not apply this payment (account number invalid). The funds, less the "
        "charges of the banks involved, have been returned to your account.",
        "error",
    )
    ref = f"BRC{digits(rng, 10)}"
    two_up(
        p,
        "bc1",
        ("Payment reference", ref),
        ("Payment date", when(j.date, "%d/%m/%Y")),
        txn=(BANK_RANK, ref),
        date=j.date,
    )
    two_up(p, "bc2", ("Charges", "Shared (SHA)"), ("Reason", "Invalid account"), method="netbanking")
    return p.done()


def _wire_rbc(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """RBC Royal Bank's Express with an international wire in Canadian dollars: Wire payment completed;
    Confirmation number, Payee, Payee's bank, Amount, Date processed and Charges in a striped table."""
    p = browser_page(rng, font, "www1.royalbank.com/cgi-bin/rbaccess/express/wires/receipt")
    p.part = "head"
    top(p, "RBC Royal Bank")
    p.add("small", f"RBC Express  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Wire payment completed", status=j.status)
    p.add("gap")
    ref = f"RBC{digits(rng, 9)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.6)
    zebra(
        p,
        "rb",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Payment details", ""],
        [
            (["Confirmation number", ref], {"txn": (BANK_RANK, ref)}),
            (["Payee", name], {"merchant": name}),
            (["Payee's bank", "Punjab National Bank, Jaipur"], {}),
            (["Amount", show(j.amount)], sum_),
            (["Date processed", when(j.date, rng.choice(["%Y-%m-%d", "%b {d}, %Y"]))], {"date": j.date}),
            (["Charges", "Shared"], {"method": "netbanking"}),
        ],
        (0, 81, 165),
    )
    return p.done()


def _wire_enbd(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Emirates NBD's business app with a transfer in dirhams told in a sentence with no reference: a tile's
    tick, Transfer successful in a rounded card; "Your international transfer of <sum> to <payee> was
    completed on <day>."; From account and Charges at the left and the right."""
    p = phone(rng, font, k, ["", "ENBD Business"], dark=False, buttons=("Done",))
    band(p, (0, 45, 98))
    app_head(p, "Emirates NBD", "Business Online")
    c = card_open(p)
    h287.tile(p, j.status)
    p.add("center", "Transfer successful", status=j.status)
    card_close(p, c)
    p.add("gap")
    name = rng.choice([FIRM_SHORT, FIRM_MID])
    prose(
        p,
        f"Your international transfer of {show(j.amount)} to {name} was completed on "
        f"{when(j.date, rng.choice(['{d} %B %Y', '%d %b %Y']))}.",
        merchant=name,
        date=j.date,
        **sum_,
    )
    p.add("gap")
    kvr(p, "From account", f"AED Current {masked(p.font, 4)}{digits(rng, 4)}")
    kvr(p, "Charges", "Shared", method="netbanking")
    p.add("small", payer)
    return p.done()


def _wire_seb(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """SEB's Företag internet bank with a foreign payment in kronor the Swedish way: Betalning genomförd
    (payment executed); each label in Swedish with its English in brackets in shaded labels: Mottagare
    (Beneficiary), Belopp (Amount), Betalningsdag (Payment date), Referens (Reference), Avgifter
    (Charges)."""
    p = browser_page(rng, font, "foretag.seb.se/betalningar/utland/kvitto")
    p.part = "head"
    top(p, "SEB")
    p.add("small", f"Företag  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Betalning genomförd", status=j.status)
    p.add("gap")
    ref = f"SEB{j.date:%y%m%d}{digits(rng, 7)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.52)
    at = 0.44
    kv(p, "Mottagare (Beneficiary)", name, at=at, merchant=name)
    kv(p, "Belopp (Amount)", show(j.amount), at=at, **sum_)
    kv(p, "Betalningsdag (Payment date)", when(j.date, "%Y-%m-%d"), at=at, date=j.date)
    kv(p, "Referens (Reference)", ref, at=at, txn=(BANK_RANK, ref))
    kv(p, "Avgifter (Charges)", "SHA (delade)", at=at, method="netbanking")
    return p.done()


def _wire_anz(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """ANZ Transactive with an international payment in New Zealand dollars pending: a capsule, its stages
    top to bottom; Payment ID:, Beneficiary:, Amount:, Requested date: and Charges: with colons."""
    p = browser_page(rng, font, "transactive.anz.com/payments/international/pending")
    p.part = "head"
    top(p, "ANZ Transactive")
    p.add("small", f"Global  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "International payment")
    pill(p, "Pending", j.status)
    p.add("gap")
    h271.step(p, "Submitted", "by the payer", "done")
    h271.step(p, "Sanctions screening", "in progress", j.status)
    h271.step(p, "Released to beneficiary bank", "", "todo")
    p.add("gap")
    ref = f"ANZ{j.date:%y%m%d}{digits(rng, 6)}"
    name = fit(p, [FIRM_CAPS, CUT], 0.66)
    spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
    colkv(p, "an", spec, "Payment ID:", ref, txn=(BANK_RANK, ref))
    colkv(p, "an", spec, "Beneficiary:", name, merchant=name)
    colkv(p, "an", spec, "Amount:", show(j.amount), **sum_)
    colkv(p, "an", spec, "Requested date:", when(j.date, "%d/%m/%Y"), date=j.date)
    colkv(p, "an", spec, "Charges:", "SHA", method="netbanking")
    return p.done()


def _wire_bbl(rng, font, k, j, payer, town, show, sum_) -> tuple:
    """Bangkok Bank's Business app with an overseas transfer in baht under "Today, <hour>": a scalloped
    badge, Transfer sent, the sum, "to <payee>"; Reference and Fee in tiles; From account; no day."""
    p = phone(rng, font, k, ["", "Bangkok Bank Biz"], dark=False, buttons=("Share",))
    band(p, (0, 40, 140))
    app_head(p, "Bangkok Bank", "Business iBanking")
    p.add("small", f"Today, {hhmm(rng, twelve=False)}")
    h287.burst(p, j.status)
    p.add("center", "Transfer sent", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {FIRM_SHORT}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    ref = f"BBL{digits(rng, 10)}"
    tiles2(p, ("Reference", ref), ("Fee", "SHA (shared)"), txn=(BANK_RANK, ref), method="netbanking")
    p.add("gap")
    kvr(p, "From account", f"Current {masked(p.font, 4)}{digits(rng, 4)}")
    p.add("small", payer)
    return p.done()


WIRE_LAYOUTS = [
    _wire_wells,
    _wire_socgen,
    _wire_barclays,
    _wire_rbc,
    _wire_enbd,
    _wire_seb,
    _wire_anz,
    _wire_bbl,
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Puppet theatres, festivals, hotels and resorts abroad paying the samiti for its puppets and its
    troupe's shows, one layout a place (``WIRE_LAYOUTS``): Wells Fargo's wire sent, Société Générale's
    transfer in French and English, Barclays' payment returned, RBC's striped receipt, Emirates NBD's sentence
    with no reference, SEB's Swedish labels, ANZ's payment pending and Bangkok Bank's "Today"."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7)
    payer, city, cur, lo, hi_ = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    return WIRE_LAYOUTS[k](rng, font, k, j, payer, city.split(",")[0], show, sum_)


# ---------------------------------------------------------------- 4. the samiti's own papers


CUSTOMERS = [
    "Ms. Ananya Bhargava",
    "Mr. Vikram Singh Naruka",
    "Mrs. Rekha Goyal",
    "Mr. Daniel Moreau",
    "Ms. Pooja Kothari",
    "Mr. Harish Joshi",
]
# a hand's short form of a buyer's name on a memo
CUSTOMERS_HI = ["अनन्या जी", "विक्रम सिंह जी", "रेखा गोयल", "पूजा कोठारी", "हरीश जोशी"]


def _own_invoice(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Kathputli Ghar's TAX INVOICE under a pair of kathputlis, its Hindi name and a strip of leheriya:
    Invoice No. and Date, Billed to and Place of Supply at the left and the right; # | Item | HSN | Qty | Rate
    | Amount in a striped table; Taxable Value, CGST 2.5% and SGST 2.5% in dot leaders, the Grand Total on a
    tinted panel; the sum in words; "Paid via UPI - UTR ..."; a control's strings and ghungroo bells in its
    margins."""
    weekday_only(j, rng)
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    kathputli(p)
    hi(p, SHOP_HI, bold=True)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", f"A unit of {FIRM}")
    p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
    leheriya(p)
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"DMG/{fy(j.date)}/{rng.randrange(40, 900):04d}"
    spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(
        p,
        "oi0",
        spec,
        f"Invoice No. {ino}",
        f"Date {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    cols(p, "oi0", spec, f"Billed to: {rng.choice(CUSTOMERS)}", "Place of Supply: Rajasthan (08)")
    p.add("gap")
    taxable = 0.0
    rows_ = []
    for n_, (item, hsn, q, price) in enumerate(puppets(rng, rng.randrange(2, 5))):
        value = round(q * price, 2)
        taxable += value
        rows_.append(([str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value)], {}))
    zebra(
        p,
        "oit",
        [
            (0.0, 0.06, "c"),
            (0.06, 0.42, "l"),
            (0.42, 0.54, "c"),
            (0.54, 0.62, "c"),
            (0.62, 0.8, "r"),
            (0.8, 1.0, "r"),
        ],
        ["#", "Item", "HSN", "Qty", "Rate", "Amount"],
        rows_,
        (176, 60, 24),
    )
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    at = 0.55
    dots(p, "Taxable Value", num(taxable), at=at)
    dots(p, "CGST 2.5%", num(gst), at=at)
    dots(p, "SGST 2.5%", num(gst), at=at)
    h273.panel(p, "Grand Total", f"{rupee_of(p.font)} {num(j.amount)}", (176, 60, 24), amount=j.amount)
    prose(p, f"Rupees {spelt(j.amount)} only", "small")
    p.add("left", f"Paid via UPI  -  UTR {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    hi(p, "पधारो म्हारे देस!  Thank you!", scale=0.9)
    sig(p)
    p.add("right", f"for {SHOP}")
    strings(p)
    return p.done()


def _own_lokrang(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Lokrang stall's CASH MEMO in the festival's days, photographed lying on a bandhani odhni: the
    Ghar's Hindi name over its English, "लोकरंग 2026 | जवाहर कला केंद्र, जयपुर" and "कैश मेमो" (cash memo);
    दिनांक / Date (a Hindi weekday before the day) and नाम / Name in bilingual cells written in; the puppets
    written in a Hindi hand on ruled lines with their sums at the right, "कुल" (total); "नकद प्राप्त किए"
    (received in cash); no reference."""
    season(j, rng, LOKRANG, LOKRANG_DAYS)
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(250, 247, 236), (248, 245, 234)])
    p.part = "head"
    hi(p, SHOP_HI, bold=True)
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    hi(p, "लोकरंग 2026  |  जवाहर कला केंद्र, जयपुर", scale=0.82)
    p.add("rule")
    hi(p, "कैश मेमो", bold=True)
    p.part = "body"
    at = 0.3
    cell(p, "दिनांक", "Date", when(j.date, "%d.%m.%Y"), pen=True, at=at, date=j.date)
    cell(
        p,
        "नाम",
        "Name",
        cell_fit(p, [rng.choice(CUSTOMERS), "Mr. Harish Joshi"], pen=True, at=at),
        pen=True,
        at=at,
    )
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for item, _hsn, q, price in puppets(rng, rng.randrange(2, 4), high=2000):
        price = float(round(price / 50) * 50)
        v = int(q * price)
        total_ += v
        hand_hi(p, f"{PUPPETS_HI[item]} {q} x {int(price)}", figure=str(v))
    j.amount = float(total_)
    hand_hi(p, "कुल", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    hand_hi(p, "नकद प्राप्त किए", method="cash", status=j.status)
    sig(p)
    p.add("right", f"for {SHOP}")
    on_bandhani(p)
    return p.done()


def _own_rasid(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The samiti's RECEIPT for a show booking's advance, "रसीद / RECEIPT", from its book under its Hindi
    name: No. struck in red; दिनांक / Date, प्राप्त किया / Received from, राशि / Amount, किस हेतु / Towards,
    भुगतान माध्यम / Mode and संदर्भ सं. / UPI Ref in this set's bilingual cells written in; the sum in words;
    a revenue stamp signed across; the secretary's signature over प्राप्तकर्ता (receiver)."""
    j.amount = float(rng.randrange(4, 50) * 500)
    p = sheet(rng, font, [800, 840])
    p.style["paper"] = rng.choice([(250, 247, 240), (246, 246, 238)])
    p.part = "head"
    hi(p, FIRM_HI, bold=True)
    name = pick(p, "title", [FIRM, FIRM_MID, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{SHED_AT}  |  {REGD}")
    p.add("rule")
    hi(p, "रसीद  /  RECEIPT", bold=True)
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(300, 2800))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    at = 0.36
    cell(p, "दिनांक", "Date", when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])), pen=True, at=at, date=j.date)
    payer = cell_fit(p, ["Rajasthan Heritage Weddings", "Heritage Weddings"], pen=True, at=at)
    cell(p, "प्राप्त किया", "Received from", payer, pen=True, at=at)
    cell(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, at=at, amount=j.amount)
    cell(
        p,
        "किस हेतु",
        "Towards",
        cell_fit(p, ["Show booking (advance)", "Show advance"], pen=True, at=at),
        pen=True,
        at=at,
    )
    cell(p, "भुगतान माध्यम", "Mode", "UPI", pen=True, at=at, method="UPI", status=j.status)
    cell(p, "संदर्भ सं.", "UPI Ref", j.ref, pen=True, at=at, txn=(UTR_RANK, j.ref))
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h271.revenue(p, "MLB")
    sig(p)
    hi(p, "प्राप्तकर्ता / Receiver", align="r", scale=0.9)
    return p.done()


def _own_ccavenue(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """CCAvenue's status page for the web shop with a card payment failed under a large round cross: the
    Ghar on top, the reason in a notice; Order No., Tracking ID, Amount, Payment Mode and Date & Time in a
    table ruled on every side."""
    j.amount = float(rng.randrange(8, 160) * 100)
    p = browser_page(rng, font, "secure.ccavenue.com/transaction/status")
    p.part = "head"
    name = pick(p, "title", [SHOP, FIRM_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Payments powered by CCAvenue")
    p.add("rule")
    p.part = "body"
    sicon(p, j.status)
    p.add("center", "Transaction Failure", status=j.status)
    boxed(
        p,
        "Your card issuer declined this payment (3-D Secure authentication failed). No amount has been "
        "charged; please try another card or UPI.",
        "error",
    )
    oid = f"DMK{rng.randrange(100000, 999999)}"
    tid = str(rng.randrange(110000000000, 119999999999))
    at = 0.36
    gkv(p, "cc", "Order No.", oid, at=at, txn=(ORDER_RANK, oid))
    gkv(p, "cc", "Tracking ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "cc", "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "cc", "Payment Mode", f"Credit Card - Visa XX{digits(rng, 4)}", at=at, method="card")
    gkv(p, "cc", "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _own_khatabook(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Khatabook set in Hindi on the Ghar's phone: the Ghar under the app's bar, the customer, "आज, <hour>"
    (today), "भुगतान मिला" (payment received) and the sum in a rounded card, "UPI से" (by UPI); details set
    in Hindi: UPI संदर्भ · UPI Ref, बकाया · Balance due; no day."""
    weekday_only(j, rng)
    p = phone(rng, font, k, ["", "Khatabook"], dark=False, buttons=("Share",))
    band(p, (36, 90, 200))
    name = rng.choice([SHOP, SHOP_CAPS])
    bar(p, "Khatabook", name, merchant=name)
    who = rng.choice(CUSTOMERS)
    p.add("center", who)
    hi(p, f"आज, {hhmm(rng, lower=True)}", scale=0.82, soft=True)
    c = card_open(p)
    hi(p, "भुगतान मिला", bold=True, status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    hi(p, "UPI से", scale=0.9, method="UPI")
    card_close(p, c)
    p.add("gap")
    hi_row(p, "UPI संदर्भ", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    hi_row(p, "बकाया", "Balance due", f"{rupee_of(p.font)}0")
    return p.done()


def _own_itokri(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """iTokri's payout mail for the samiti's puppets sold on it: its sentence; Seller, Payout ID, Orders,
    Commission, Net payout, UTR and Paid on on hairline rows."""
    p = mail_page(
        rng,
        font,
        "iTokri Seller Payouts <payouts@itokri.com>",
        ["Your payout has been processed", "iTokri: payout processed"],
    )
    p.part = "head"
    top(p, "iTokri")
    p.add("small", "Seller payouts  |  Handmade, from the makers")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payout processed", status=j.status)
    prose(p, "Namaste! The payout for your orders delivered last week has been sent to your bank account.")
    p.add("gap")
    name = fit(p, [FIRM_MID, FIRM_SHORT], 0.6)
    utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "r")]
    cols(p, "it", spec, "Seller", name, mode="line", merchant=name)
    cols(p, "it", spec, "Payout ID", f"ITK-PO-{rng.randrange(10000, 99999)}", mode="line")
    cols(p, "it", spec, "Orders", str(rng.randrange(3, 19)), mode="line")
    cols(p, "it", spec, "Commission (incl. GST)", num(round(j.amount * 0.22, 2)), mode="line")
    cols(p, "it", spec, "Net payout", f"Rs. {num(j.amount)}", mode="line", amount=j.amount)
    cols(p, "it", spec, "UTR", utr, mode="line", txn=(UTR_RANK, utr), method="netbanking")
    cols(p, "it", spec, "Paid on", day_as(j, rng, ["%d %b %Y", "%d-%m-%Y"]), mode="line", date=j.date)
    p.add("small", "Questions? Write to sellers@itokri.com")
    return p.done()


def _own_razorpay(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Razorpay's payment page for a puppet-making workshop's seats with the payment processing under a
    spinner: the samiti on top, Payment processing, the sum, a notice; labels small over their values two to a
    row: Payment ID and Order ID, Method and Started."""
    j.amount = float(rng.randrange(2, 24) * 750)
    p = browser_page(rng, font, "pages.razorpay.com/kathputli-workshop")
    p.part = "head"
    name = pick(p, "title", [FIRM_SHORT, SHOP])
    top(p, name, merchant=name)
    p.add("small", "Weekend kathputli-making workshop  |  Powered by Razorpay")
    p.add("rule")
    p.part = "body"
    h279.spinner(p, AMBER)
    p.add("center", "Payment processing", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    boxed(
        p,
        "We are waiting for your bank to confirm. Please do not pay again; if the payment fails, any "
        "amount debited is refunded in 5-7 working days.",
        "warn",
    )
    pid = f"pay_{code(rng, 14, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789')}"
    oid = f"order_{code(rng, 14, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789')}"
    two_up(p, "rz1", ("Payment ID", pid), ("Order ID", oid), txn=(TXN_RANK, pid))
    two_up(
        p,
        "rz2",
        ("Method", "Netbanking - HDFC"),
        ("Started", at_hour(rng, j.date, ["%d %b %Y"], (", ",))),
        method="netbanking",
        date=j.date,
    )
    return p.done()


def _own_gofrugal(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Ghar's bill from GoFrugal on a three-inch roll torn off its printer: BILL NO and DATE; the
    puppets, SUB TOTAL, CGST 2.5%, SGST 2.5%, GRAND TOTAL typed in the printer's face; PAID BY : UPI and its
    UPI RRN."""
    weekday_only(j, rng)
    p = roll(rng, font, [470, 500], [17, 18])
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Chaura Rasta, Jaipur")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    bno = f"B{rng.randrange(10000, 99999)}"
    typed(p, f"BILL NO : {bno}", txn=(INVOICE_RANK, bno))
    typed(p, f"DATE : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    typed(p, f"BILLED BY : {COUNTER.split()[0].upper()}")
    p.add("rule")
    sub = 0.0
    for item, _hsn, q, price in puppets(rng, rng.randrange(2, 4), high=3000):
        typed(p, SHORT[item].upper())
        typed_pair(p, f"  {q} x {price:.2f}", f"{q * price:.2f}")
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    typed_pair(p, "SUB TOTAL", f"{sub:.2f}")
    typed_pair(p, "CGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "SGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "GRAND TOTAL", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, "PAID BY : UPI", method="UPI", status=j.status)
    typed(p, f"UPI RRN : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Thank you! Visit again  |  GoFrugal POS")
    h269.torn(p)
    return p.done()


OWN_LAYOUTS = [
    _own_invoice,
    _own_lokrang,
    _own_rasid,
    _own_ccavenue,
    _own_khatabook,
    _own_itokri,
    _own_razorpay,
    _own_gofrugal,
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The samiti's own papers, its Kathputli Ghar or itself on top, one layout a place (``OWN_LAYOUTS``):
    the Ghar's tax invoice, the Lokrang stall's cash memo in a Hindi hand, the samiti's receipt book,
    CCAvenue's failed card, Khatabook in Hindi under "आज", iTokri's payout mail, Razorpay's workshop payment
    processing and the Ghar's GoFrugal roll."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1200, high=48000)
    return OWN_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 5. the samiti's suppliers


TIMBER = "MAHADEV TIMBER MART"
TIMBER_HI = "महादेव टिम्बर मार्ट"
GOTA_SHOP = "SHRI RAM GOTA BHANDAR"
PAINTS = "CHANDPOLE PAINT STORES"
GHUNGROO = "BHANWAR LAL GHUNGROO WALE"
GHUNGROO_HI = "भंवर लाल घुंघरू वाले"


def _sup_timber(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Jhotwara timber merchant's kachcha bill for the mango wood the makers carve heads and hands from, a
    page of his bill pad filled in by hand: his Hindi name over his English printed at its head, "लकड़ी एवं
    चिराई" (wood and sawing); "दिनांक" (date) and the day written; the wood, its sawing and the cart written
    in a Hindi hand with their sums on ruled lines, "कुल" (total); "नकद प्राप्त" (received in cash); his
    signature; no reference."""
    p = sheet(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(246, 240, 222), (244, 238, 226)])
    p.part = "head"
    hi(p, "॥ श्री गणेशाय नमः ॥", scale=0.78, soft=True)
    hi(p, TIMBER_HI, scale=1.02, bold=True)
    p.add("center", TIMBER, merchant=TIMBER)
    hi(p, "लकड़ी एवं चिराई  |  झोटवाड़ा औद्योगिक क्षेत्र, जयपुर", scale=0.78)
    p.add("small", "Mob. 94140 " + digits(rng, 5))
    p.add("rule")
    p.part = "body"
    hand_hi(p, f"दिनांक  {when(j.date, rng.choice(['%d/%m/%y', '%d.%m.%Y']))}", date=j.date)
    hand_hi(p, f"श्रीमान  {SECRETARY.split()[0]} जी भाट")
    p.add("gap")
    start = len(p.rows)
    cft = rng.randrange(3, 12)
    rate = rng.choice([850, 900, 950, 1000])
    lines = [
        ("आम की लकड़ी", f"{cft} घनफुट x {rate}", cft * rate),
        ("चिराई", "", rng.randrange(3, 9) * 100),
        ("गाड़ी भाड़ा", "", rng.choice([300, 400, 500])),
    ]
    total_ = 0
    for what, how, v in lines:
        total_ += v
        hand_hi(p, f"{what} {how}".strip(), figure=str(v))
    j.amount = float(total_)
    hand_hi(p, "कुल", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    hand_hi(p, "नकद प्राप्त", method="cash", status=j.status)
    sig(p)
    return p.done()


def _sup_gota(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Kishanpole Bazar gota and fabric merchant's TAX INVOICE from Vyapar for the puppets' ghaghras:
    Invoice No. and its earlier Invoice Date; Item | HSN | Qty | Rate | Amount on hairline rows; Sub Total,
    CGST 2.5%, SGST 2.5% and Total set right; Payment Details in a box: Mode, Ref. No., Received on, Received
    and Balance 0.00."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, GOTA_SHOP, merchant=GOTA_SHOP)
    p.add("small", "Gota, Kinari, Bandhani & Leheriya Fabrics  |  Kishanpole Bazar, Jaipur - 302001")
    p.add("small", f"GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"SRG/{rng.randrange(100, 999)}"
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
    cols(
        p,
        "gt0",
        spec,
        f"Invoice No. {ino}",
        f"Invoice Date {when(earlier(rng, j, 0, 6), '%d/%m/%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    cols(p, "gt0", spec, f"Bill To: {FIRM_SHORT}", "Jaipur (08)")
    p.add("gap")
    ispec = [(0.0, 0.42, "l"), (0.42, 0.55, "c"), (0.55, 0.67, "c"), (0.67, 0.83, "r"), (0.83, 1.0, "r")]
    cols(p, "gth", ispec, "Item", "HSN", "Qty", "Rate", "Amount", mode="line")
    sub = 0.0
    for item, hsn, unit, lo, hi_ in rng.sample(
        [
            ("Gota patti (golden)", "5808", "m", 18, 40),
            ("Bandhani cotton", "5208", "m", 90, 180),
            ("Leheriya georgette", "5407", "m", 120, 260),
            ("Kinari lace", "5808", "m", 12, 30),
            ("Velvet (maroon)", "6001", "m", 160, 320),
        ],
        3,
    ):
        q = rng.randrange(10, 60)
        rate = float(rng.randrange(lo, hi_))
        sub += q * rate
        cols(p, "gtr", ispec, item, hsn, f"{q} {unit}", num(rate), num(q * rate), mode="line")
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    tspec = [(0.0, 0.78, "r"), (0.78, 1.0, "r")]
    cols(p, "gtt", tspec, "Sub Total", num(sub))
    cols(p, "gtt", tspec, "CGST 2.5%", num(gst))
    cols(p, "gtt", tspec, "SGST 2.5%", num(gst))
    cols(p, "gtt", tspec, "Total", num(j.amount), amount=j.amount)
    p.add("gap")
    c = card_open(p)
    p.add("left", "Payment Details")
    kvr(p, "Mode", "UPI", method="UPI", status=j.status)
    kvr(p, "Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Received on", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    kvr(p, "Received", f"{rupee_of(p.font)} {num(j.amount)}")
    kvr(p, "Balance", "0.00")
    card_close(p, c)
    return p.done()


def _sup_indiamart(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IndiaMART's order of acrylic paints and lacquer with the payment pending over a progress bar: the
    order's seller under its bar, Payment under process, the sum, a notice; Order ID, Seller, Paid via and
    Placed on in dot leaders."""
    j.amount = rupees(rng, 1800, 16000, 0.5)
    p = phone(rng, font, k, ["", "IndiaMART"], dark=False, buttons=("Track order",))
    band(p, (44, 50, 140))
    app_head(p, "IndiaMART", "Pay with IndiaMART")
    h294.progress(p, rng.uniform(0.35, 0.6), j.status)
    p.add("center", "Payment under process", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    boxed(
        p,
        "Your bank has not confirmed this payment yet. The seller ships once it is confirmed, usually "
        "within 4 hours.",
        "warn",
    )
    oid = f"IM{rng.randrange(10**9, 10**10)}"
    seller = fit(p, ["Colour Craft Enterprises, Ajmer", "Colour Craft Enterprises"], 0.58)
    at = 0.38
    dots(p, "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
    dots(p, "Seller", seller, at=at, merchant=seller)
    dots(p, "Paid via", "UPI", at=at, method="UPI")
    dots(p, "Placed on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def _sup_busy(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Chandpole paint dealer's TAX INVOICE printed from BUSY for the puppets' paints: Invoice No. and its
    earlier Date at the left and the right; S.N. | Description | Qty | Rate | Amount in a table ruled on
    every side with its total; CGST 9% and SGST 9% in dot leaders; "Recd. Rs. x by UPI (Ref. ...) on <day>"
    typed under it."""
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    top(p, PAINTS, merchant=PAINTS)
    p.add("small", "Asian Paints & Fevicryl dealers  |  Chandpole Bazar, Jaipur - 302001")
    p.add("small", f"GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"CPS/{fy(j.date)}/{rng.randrange(100, 2000)}"
    cols(
        p,
        "bs0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Date {when(earlier(rng, j, 0, 4), '%d-%m-%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    rows_ = []
    sub = 0.0
    for n_, (what, lo, hi_) in enumerate(
        rng.sample(
            [
                ("Fevicryl acrylic, 500 ml", 180, 260),
                ("Lacquer, clear, 1 L", 320, 420),
                ("Enamel (red), 1 L", 280, 360),
                ("Poster white, 500 ml", 140, 210),
                ("Brushes, set of 12", 160, 240),
            ],
            3,
        )
    ):
        q = rng.randrange(2, 12)
        rate = float(rng.randrange(lo, hi_))
        sub += q * rate
        rows_.append(([str(n_ + 1), what, str(q), num(rate), num(q * rate)], {}))
    gst = round(sub * 0.09, 2)
    j.amount = round(sub + 2 * gst, 2)
    h271.grid(
        p,
        "bst",
        [(0.0, 0.07, "c"), (0.07, 0.52, "l"), (0.52, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
        ["S.N.", "Description", "Qty", "Rate", "Amount"],
        rows_,
        foot=(["Taxable", num(sub)], {}),
    )
    at = 0.5
    dots(p, "CGST 9%", num(gst), at=at)
    dots(p, "SGST 9%", num(gst), at=at)
    dots(p, "Invoice Total", num(j.amount), at=at, bold=True, amount=j.amount)
    p.add("gap")
    typed(
        p,
        f"Recd. Rs.{num(j.amount)} by UPI (Ref. {j.ref}) on {when(j.date, '%d-%m-%Y')}",
        scale=0.8,
        txn=(UTR_RANK, j.ref),
        date=j.date,
        method="UPI",
        status=j.status,
    )
    sig(p)
    p.add("right", f"for {PAINTS}")
    return p.done()


def _sup_indiapost(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """India Post's counter receipt for a Speed Post parcel of puppets, printed at Jaipur GPO in the
    counter's face: INDIA POST and the office; Article No. (the consignment's number), Booked on with its
    hour, To, Weight, Tariff, GST and Amount; Payment : UPI and its UPI Ref."""
    j.amount = float(rng.randrange(8, 40) * 10 + rng.choice([0, 5]))
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", "INDIA POST", merchant="INDIA POST")
    p.add("small", "Jaipur G.P.O. - 302001  |  Counter 4")
    p.add("rule")
    p.part = "body"
    p.add("center", "SPEED POST - BOOKING RECEIPT")
    art = f"EJ{digits(rng, 9)}IN"
    typed(p, f"Article No : {art}")
    typed(p, f"Booked on  : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    typed(p, f"To         : {rng.choice(['Pune 411001', 'Kochi 682011', 'Guwahati 781001', 'Delhi 110016'])}")
    typed(p, f"Weight     : {rng.randrange(400, 4800)} g")
    tariff = round(j.amount / 1.18, 2)
    typed_pair(p, "Tariff", f"{tariff:.2f}")
    typed_pair(p, "GST 18%", f"{j.amount - tariff:.2f}")
    typed_pair(p, "Amount Rs.", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, "Payment : UPI", method="UPI", status=j.status)
    typed(p, f"UPI Ref : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Track your article at indiapost.gov.in")
    return p.done()


def _sup_porter(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Porter's booking of a mini truck to carry the troupe's stage and puppets to a show, its payment failed
    on a tinted band: the reason in a notice; Booking ID, Vehicle, Amount, Paid via, Attempted at and Reason
    at the left and the right."""
    j.amount = float(rng.randrange(60, 320) * 10)
    p = phone(rng, font, k, ["", "Porter"], dark=False, buttons=("Retry payment",))
    band(p, (18, 80, 200))
    p.part = "head"
    p.add("title", "Porter", merchant="Porter")
    p.add("small", "Trucks & bikes for goods")
    p.add("gap")
    p.part = "body"
    h269.strip(p, "Payment failed", j.status)
    boxed(
        p,
        "We could not collect the booking amount; UPI request expired before it was approved. Your "
        "booking is on hold.",
        "error",
    )
    bid = f"CRN{rng.randrange(10**9, 10**10)}"
    kvr(p, "Booking ID", bid, txn=(ORDER_RANK, bid))
    kvr(p, "Vehicle", "Tata Ace - Jhotwara to JKK")
    kvr(p, "Amount", f"{rupee_of(p.font)}{num(j.amount)}", amount=j.amount)
    kvr(p, "Paid via", "UPI", method="UPI")
    kvr(p, "Attempted at", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "Reason", "Request expired")
    return p.done()


def _sup_moglix(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Moglix's order of carving chisels and a coping saw paid under "Today, <hour>": a tile's tick, Order
    placed, the sum; each value over its label: Order ID, Sold by, Paid via, Transaction ID; no day."""
    j.amount = rupees(rng, 900, 9000, 0.4)
    p = phone(rng, font, k, ["", "Moglix"], dark=False, buttons=("View order",))
    band(p, (220, 60, 40))
    app_head(p, "moglix", "Business")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, j.status)
    p.add("center", "Order placed and paid", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("gap")
    oid = f"MSN{rng.randrange(10**7, 10**8)}"
    tid = f"MGX{digits(rng, 12)}"
    seller = fit(p, ["Shree Tools & Hardware, Jaipur", "Shree Tools & Hardware"], 0.95, bold=True)
    vlab(p, "Order ID", oid, bold=False, txn=(ORDER_RANK, oid))
    vlab(p, "Sold by", seller, merchant=seller)
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
    return p.done()


def _sup_ghungroo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """A Jodhpur ghungroo maker's bill for the bells on the dancers' ankles, printed at its head and written
    in a Hindi hand: his Hindi name over his English; "दिनांक" (date) and the day; the bells written with
    their sums on ruled lines, "कुल" (total); "UPI से प्राप्त, Ref ..." (received by UPI) written under it;
    his signature."""
    p = sheet(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(250, 246, 232), (247, 244, 236)])
    p.part = "head"
    hi(p, GHUNGROO_HI, scale=1.02, bold=True)
    p.add("center", GHUNGROO, merchant=GHUNGROO)
    p.add("small", "Pital ke ghungroo  |  Sojati Gate, Jodhpur")
    p.add("rule")
    p.part = "body"
    hand_hi(p, f"दिनांक  {when(j.date, rng.choice(['%d/%m/%Y', '%d.%m.%y']))}", date=j.date)
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for what, lo, hi_ in rng.sample(
        [("घुंघरू पीतल (दर्जन)", 120, 220), ("बड़े घुंघरू (दर्जन)", 240, 380), ("घुंघरू पट्टा जोड़ी", 300, 520)], 2
    ):
        q = rng.randrange(2, 12)
        rate = rng.randrange(lo, hi_, 10)
        total_ += q * rate
        hand_hi(p, f"{what} {q} x {rate}", figure=str(q * rate))
    j.amount = float(total_)
    hand_hi(p, "कुल", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    hand_hi(p, f"UPI से प्राप्त, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    sig(p)
    return p.done()


SUPPLIER_LAYOUTS = [
    _sup_timber,
    _sup_gota,
    _sup_indiamart,
    _sup_busy,
    _sup_indiapost,
    _sup_porter,
    _sup_moglix,
    _sup_ghungroo,
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The samiti's suppliers, each on top of its own paper, one layout a place (``SUPPLIER_LAYOUTS``): the
    timber merchant's bill in a Hindi hand, the gota merchant's Vyapar invoice with its payment details,
    IndiaMART's pending order, the paint dealer's BUSY invoice, India Post's Speed Post receipt, Porter's
    failed booking, Moglix's order under "Today" and the ghungroo maker's bill in a Hindi hand."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=2000, high=60000)
    return SUPPLIER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 6. the samiti paying its suppliers


TAILOR = "Salim Costume Tailors"
CARPENTER = "Vishwakarma Furniture Works"
SOUND = "Jaipur Sound & Lights"
THREADS = "Ramganj Thread House"
PRINTERS = "Chhapai Ghar Printers"
JCCB = "THE JAIPUR CENTRAL CO-OPERATIVE BANK LTD."
JCCB_HI = "दी जयपुर सेन्ट्रल को-ऑपरेटिव बैंक लि."


def _pay_au(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """AU Small Finance Bank's AU 0101 with an IMPS to the timber merchant: a large round tick, IMPS
    successful, the sum, "to <payee>"; labels small over their values two to a row: IMPS Ref No. and Date,
    Beneficiary A/c and IFSC, From and Remarks."""
    p = phone(rng, font, k, ["", "AU 0101"], dark=False, buttons=("Share", "Done"))
    band(p, (96, 36, 112))
    app_head(p, "AU 0101", "AU Small Finance Bank")
    sicon(p, j.status)
    p.add("center", "IMPS successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {TIMBER}", "to MAHADEV TIMBER"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    two_up(
        p,
        "au1",
        ("IMPS Ref No.", j.ref),
        ("Date", at_hour(rng, j.date, ["%d %b %Y"], (", ",))),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    two_up(
        p, "au2", ("Beneficiary A/c", f"XXXX{digits(rng, 4)}"), ("IFSC", "BARB0JHOTWA"), method="netbanking"
    )
    two_up(p, "au3", ("From", f"AU Current {digits(rng, 4)}"), ("Remarks", "mango wood"))
    return p.done()


def _pay_idbi(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IDBI Bank's GO Mobile+ with a NEFT to the gota merchant: Transaction successful in a capsule; UTR
    Number, Beneficiary, Amount, Transfer Date, Debit Account and Purpose in a striped table."""
    p = phone(rng, font, k, ["", "IDBI GO Mobile+"], dark=False, buttons=("Download",))
    band(p, (0, 110, 90))
    app_head(p, "GO Mobile+", "IDBI Bank  |  NEFT")
    pill(p, "Transaction successful", j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("gap")
    utr = utr_of(rng, j, "IDBI Bank", "NEFT")
    name = fit(p, [GOTA_SHOP, "SHRI RAM GOTA"], 0.56)
    zebra(
        p,
        "id",
        [(0.0, 0.4, "l"), (0.4, 1.0, "r")],
        ["Transfer details", ""],
        [
            (["UTR Number", utr], {"txn": (UTR_RANK, utr)}),
            (["Beneficiary", name], {"merchant": name}),
            (["Transfer Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
            (["Mode", "NEFT"], {"method": "netbanking"}),
            (["Debit Account", f"XXXXXXXX{digits(rng, 4)}"], {}),
            (["Purpose", "Gota and fabric"], {}),
        ],
        (0, 110, 90),
    )
    return p.done()


def _pay_psb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Punjab & Sind Bank's PSB UnIC with a UPI payment to the costume tailor failed on a scalloped badge:
    the sum, "to <payee>", the reason in a notice; a copyable Transaction ID; Date and From at the left and
    the right."""
    j.amount = rupees(rng, 1500, 18000, 0.7)
    p = phone(rng, font, k, ["", "PSB UnIC"], dark=False, buttons=("Try again",))
    band(p, (0, 120, 70))
    app_head(p, "PSB UnIC", "Punjab & Sind Bank  |  UPI")
    h287.burst(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {TAILOR}", "to SALIM TAILORS"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(p, "The beneficiary's bank is not reachable right now. No money has left your account.", "error")
    tid = f"PSB{j.date:%y%m%d}{digits(rng, 9)}"
    copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (", ",)), date=j.date)
    kvr(p, "From", f"PSB {masked(p.font)}{digits(rng, 4)}", method="UPI")
    return p.done()


def _pay_jccb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Jaipur Central Co-operative Bank's NEFT / RTGS application under its Hindi name, the customer's
    copy filled in by hand: NEFT ticked in its boxes; दिनांक / Date, लाभार्थी / Beneficiary, खाता सं. / A/c
    No., IFSC and राशि / Amount in this set's bilingual cells written in; "Sent, UTR ..." written by its clerk
    under the branch's oval stamp."""
    j.amount = float(rng.randrange(8, 80) * 1000)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    hi(p, JCCB_HI, bold=True)
    name = pick(p, "title", [JCCB, "JAIPUR CENTRAL CO-OP. BANK"])
    top(p, name)
    p.add("small", "Jhotwara Branch, Jaipur")
    p.add("rule")
    p.add("center", "NEFT / RTGS APPLICATION  (Customer's copy)")
    p.part = "body"
    one_pen(p)
    h269.ticks(p, ["NEFT", "RTGS"], 0, method="netbanking")
    p.add("gap")
    at = 0.36
    cell(p, "दिनांक", "Date", when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])), pen=True, at=at, date=j.date)
    who = cell_fit(p, [CARPENTER, "Vishwakarma Furniture"], pen=True, at=at)
    cell(p, "लाभार्थी", "Beneficiary", who, pen=True, at=at, merchant=who)
    cell(p, "खाता सं.", "A/c No.", digits(rng, 14), pen=True, at=at)
    cell(p, "IFSC", "Bank code", f"SBIN00{digits(rng, 5)}", pen=True, at=at)
    cell(p, "राशि", "Amount Rs.", f"{num(j.amount, 'indian', 0)}/-", pen=True, at=at, amount=j.amount)
    cell(
        p,
        "भेजने वाला",
        "Remitter",
        cell_fit(p, [FIRM_SHORT, "Dhola Maru Samiti"], pen=True, at=at),
        pen=True,
        at=at,
    )
    p.add("gap")
    utr = utr_of(rng, j, "Jaipur Central Co-operative Bank", "NEFT")
    hand(p, f"Sent, UTR {utr}", status=j.status, txn=(UTR_RANK, utr))
    h287.oval(p, ["JCCB LTD.", when(j.date, "%d-%m-%Y"), "JHOTWARA"], "violet", at=0.7)
    return p.done()


def _pay_super(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """super.money's UPI payment to the sound and lights hire under "Today, <hour>": a large round tick,
    Paid, the sum, "to <payee>"; a copyable UPI Ref. No.; Paid from at the left and the right; no day."""
    j.amount = rupees(rng, 2500, 24000, 0.6)
    p = phone(rng, font, k, ["", "super.money"], dark=False, buttons=("Done",))
    band(p, (250, 210, 40), ink=(20, 20, 20))
    app_head(p, "super.money", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Paid", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", [f"to {SOUND}", "to JAIPUR SOUND"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    copyrow(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Paid from", f"SBI {masked(p.font)}{digits(rng, 4)}", method="UPI")
    p.add("small", f"{rng.randrange(5, 60)} super.coins earned")
    return p.done()


def _pay_kvb(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Karur Vysya Bank's DLite with a NEFT to the Ajmer paint maker in process under a spinner: the sum,
    "to <payee>", its stages across the page, a notice; UTR, Initiated on, Debit A/c set against a gutter."""
    p = phone(rng, font, k, ["", "KVB DLite"], dark=False, buttons=("Refresh",))
    band(p, (0, 96, 60))
    app_head(p, "DLite", "Karur Vysya Bank  |  NEFT")
    h279.spinner(p, AMBER)
    p.add("center", "In process", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    name = pick(p, "center", ["to Colour Craft Enterprises", "to Colour Craft"])[3:]
    p.add("center", f"to {name}", merchant=name)
    h289.steps(p, ["Debited", "With RBI", "Credited"], 1, j.status)
    boxed(
        p,
        "NEFT is settled in half-hourly batches; the beneficiary's bank will credit it in the next batch.",
        "warn",
    )
    utr = utr_of(rng, j, "Karur Vysya Bank", "NEFT")
    at = 0.4
    gutter(p, "kv", "UTR", utr, at=at, txn=(UTR_RANK, utr))
    gutter(p, "kv", "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y"], (" ",)), at=at, date=j.date)
    gutter(p, "kv", "Debit A/c", f"XXXX{digits(rng, 4)}", at=at, method="netbanking")
    return p.done()


def _pay_dbs(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """DBS digibank's IMPS to the Ramganj thread house: the payee's initials in a round badge, Transfer
    successful, the sum; Payee, Reference No., Date, Mode and From in a table ruled on every side."""
    j.amount = rupees(rng, 1500, 30000, 0.6)
    p = phone(rng, font, k, ["", "digibank"], dark=False, buttons=("Share",))
    band(p, (218, 30, 40))
    app_head(p, "digibank", "DBS Bank India")
    h273.avatar(p, "RT", (218, 30, 40))
    p.add("center", "Transfer successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("gap")
    at = 0.38
    name = fit(p, [THREADS, "Ramganj Thread"], 0.6)
    gkv(p, "db", "Payee", name, at=at, merchant=name)
    gkv(p, "db", "Reference No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gkv(p, "db", "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    gkv(p, "db", "Mode", "IMPS", at=at, method="netbanking")
    gkv(p, "db", "From", f"Current {masked(p.font)}{digits(rng, 4)}", at=at)
    return p.done()


def _pay_amazon(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Amazon Pay's UPI payment to the poster printer with no reference: a capsule, Payment successful, the
    sum, "Paid to" over the payee, "on <day>, <hour>"; Paid using and Cashback at the left and the right."""
    j.amount = rupees(rng, 600, 9000, 0.6)
    p = phone(rng, font, k, ["", "Amazon Pay"], dark=False, buttons=("Done",))
    band(p, (35, 47, 62))
    app_head(p, "amazon pay", "UPI")
    pill(p, "Payment successful", j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    label(p, "Paid to")
    name = rng.choice([PRINTERS, PRINTERS.upper()])
    p.add("left", name, merchant=name)
    p.add("small", f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (', ',))}", date=j.date)
    p.add("gap")
    kvr(p, "Paid using", f"Amazon Pay UPI - PNB {digits(rng, 4)}", method="UPI")
    kvr(p, "Cashback", f"{rupee_of(p.font)}{rng.randrange(2, 25)}")
    return p.done()


VENDOR_LAYOUTS = [
    _pay_au,
    _pay_idbi,
    _pay_psb,
    _pay_jccb,
    _pay_super,
    _pay_kvb,
    _pay_dbs,
    _pay_amazon,
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The samiti paying its suppliers from its banks, one layout a place (``VENDOR_LAYOUTS``): AU 0101's
    IMPS, IDBI GO Mobile+'s striped NEFT, PSB UnIC's failed UPI, the Jaipur Central Co-operative Bank's
    application filled in by hand, super.money's "Today", KVB DLite's NEFT in process, DBS digibank's IMPS
    and Amazon Pay's payment with no reference."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=3000, high=110000)
    return VENDOR_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 7. the samiti paying its makers and staff


# where the samiti's puppeteers played in a month, as a hand writes them on a show-fee account
VENUES_HI = ["जवाहर कला केंद्र", "आमेर महल", "चोखी ढाणी", "होटल रामबाग", "सिटी पैलेस", "बिड़ला सभागार"]


def _wage_showfee(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """A puppeteer's show-fee account under its Hindi heading "खेल मेहनताना हिसाब" (an account of the fees for
    shows played) over its English: कलाकार / Puppeteer and माह / Month in this set's bilingual cells written
    in; the shows written in a Hindi hand, the venue, the shows and the rate with their sums on ruled lines,
    "कुल" (total); "UPI से दिया, Ref ..." (paid by UPI) and "दिनांक <day>" written under it; a control's
    strings and ghungroo bells in its margins."""
    p = sheet(rng, font, [720, 760])
    p.part = "head"
    hi(p, FIRM_HI, scale=0.9)
    hi(p, "खेल मेहनताना हिसाब", scale=1.1, bold=True)
    p.add("small", "SHOW FEE ACCOUNT  |  PUPPETEERS")
    p.add("rule")
    p.part = "body"
    at = 0.34
    cell(p, "कलाकार", "Puppeteer", maker, pen=True, at=at, merchant=maker)
    month = (j.date.replace(day=1) - dt.timedelta(days=1)).strftime("%B %Y")
    cell(p, "माह", "Month", month, pen=True, at=at)
    p.add("gap")
    start = len(p.rows)
    total_ = 0
    for venue in rng.sample(VENUES_HI, rng.randrange(2, 4)):
        n = rng.randrange(1, 5)
        rate = rng.choice([800, 1000, 1200, 1500])
        total_ += n * rate
        hand_hi(p, f"{venue} {n} खेल x {rate}", figure=str(n * rate))
    j.amount = float(total_)
    hand_hi(p, "कुल", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.72])
    p.add("gap")
    hand_hi(p, f"UPI से दिया, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    hand_hi(p, f"दिनांक {when(j.date, '%d/%m/%Y')}", date=j.date)
    sig(p)
    strings(p)
    return p.done()


def _wage_greythr(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """greytHR's payslip for the Kathputli Ghar's counter: "Payslip for the month of <month>"; Name,
    Employee No., Designation, Bank and PAN in two columns; Earnings | Amount | Deductions | Amount on
    hairline rows; Net Pay in a box and its words; "Net pay credited by NEFT on <day> | UTR ..." on a tinted
    band."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, FIRM_CAPS)
    p.add("small", f"{SHOP}  |  {SHOP_AT}")
    p.add("rule")
    p.part = "body"
    month = (j.date.replace(day=1) - dt.timedelta(days=1)).strftime("%B %Y")
    p.add("center", f"Payslip for the month of {month}")
    p.add("gap")
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
    name = COUNTER
    cols(p, "gh0", spec, f"Name: {name}", f"Employee No.: DMG{rng.randrange(10, 99)}", merchant=name)
    cols(p, "gh0", spec, "Designation: Sales Associate", "Bank: PNB XXXX" + digits(rng, 4))
    p.add("gap")
    basic = float(rng.randrange(90, 160) * 100)
    hra = round(basic * 0.4, 0)
    conv = 1600.0
    pf = round(basic * 0.12, 0)
    esi = round((basic + hra + conv) * 0.0075, 0)
    gross = basic + hra + conv
    j.amount = gross - pf - esi
    espec = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")]
    cols(p, "ghh", espec, "Earnings", "Amount", "Deductions", "Amount", mode="line")
    cols(p, "ghr", espec, "Basic", num(basic), "PF", num(pf), mode="line")
    cols(p, "ghr", espec, "HRA", num(hra), "ESI", num(esi), mode="line")
    cols(p, "ghr", espec, "Conveyance", num(conv), "", "", mode="line")
    cols(p, "ghr", espec, "Gross Earnings", num(gross), "Total Deductions", num(pf + esi), mode="line")
    p.add("gap")
    h271.amtbox(p, "Net Pay Rs.", num(j.amount), by_hand=False, at=0.3, amount=j.amount)
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
    p.add("gap")
    h269.strip(p, "Net pay credited", j.status)
    prose(
        p,
        f"Credited by NEFT on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])}  |  UTR {utr}",
        "small",
        date=j.date,
        method="netbanking",
        txn=(UTR_RANK, utr),
    )
    p.add("small", "This is a computer-generated payslip from greytHR; no signature is required.")
    return p.done()


def _wage_holi(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """A maker's Holi advance receipt in a Hindi hand under the samiti's Hindi name, "होली पेशगी" (Holi
    advance): "मैंने होली त्योहार हेतु रु. x/- नकद पेशगी प्राप्त की।" (I have received Rs. x/- in cash as an
    advance for the Holi festival) and "दिनांक <day>" written; a revenue stamp signed across, the maker's name
    written under it in Latin letters; no reference."""
    season(j, rng, HOLI, HOLI_DAYS)
    j.amount = float(rng.randrange(4, 21) * 500)
    p = sheet(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(248, 244, 232), (246, 246, 238)])
    p.part = "head"
    hi(p, FIRM_HI, bold=True)
    p.add("small", SHED_AT)
    p.add("rule")
    hi(p, "होली पेशगी", scale=1.1, bold=True)
    p.part = "body"
    p.add("gap")
    amt = f"रु. {num(j.amount, 'indian', 0)}/-"
    first = f"मैंने होली त्योहार हेतु {amt} नकद"
    hand_hi(p, first, amount=j.amount, method="cash")
    hand_hi(p, "पेशगी प्राप्त की।", status=j.status)
    p.add("gap")
    hand_hi(p, f"दिनांक {when(j.date, rng.choice(['%d/%m/%Y', '%d.%m.%y']))}", date=j.date)
    h271.revenue(p, maker.split()[0])
    hand(p, maker, align="r", merchant=maker)
    return p.done()


def _wage_jio(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """JioFinance's UPI payment to a maker in a ticket's card: a large round tick, Payment successful, the
    sum, "to <maker>"; past the ticket's tear, UPI Ref No., Paid on, From and Note at the left and the
    right."""
    p = phone(rng, font, k, ["", "JioFinance"], dark=False, buttons=("Share",))
    band(p, (8, 52, 140))
    app_head(p, "JioFinance", "UPI")
    s = h279.ticket_open(p)
    sicon(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {maker}", merchant=maker)
    t = h279.ticket_tear(p)
    kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Paid on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "From", f"Jio Payments Bank {digits(rng, 4)}", method="UPI")
    kvr(p, "Note", rng.choice(["heads carved", "puppets painted", "costumes"]))
    h279.ticket_close(p, s, t)
    return p.done()


def _wage_idfc(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """IDFC FIRST Bank's app with a UPI payment to a maker failed in an octagon: the sum, "to <maker>", the
    reason in a notice; labels small over their values two to a row: Transaction ID and Date, From and
    Reason."""
    p = phone(rng, font, k, ["", "IDFC FIRST"], dark=False, buttons=("Retry",))
    band(p, (156, 30, 46))
    app_head(p, "IDFC FIRST Bank", "UPI")
    h294.octa(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {maker}", merchant=maker)
    boxed(
        p,
        "The payee's bank declined this payment. Any amount debited will be reversed within 3 working days.",
        "error",
    )
    tid = f"IDFB{j.date:%y%m%d}{digits(rng, 8)}"
    two_up(
        p,
        "if1",
        ("Transaction ID", tid),
        ("Date", when(j.date, "%d %b %Y")),
        txn=(TXN_RANK, tid),
        date=j.date,
    )
    two_up(p, "if2", ("From", f"Savings {digits(rng, 4)}"), ("Reason", "Declined by bank"), method="UPI")
    return p.done()


def _wage_phonepe_chat(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """PhonePe's chat with a maker under its "Today" divider: the maker on top with her number; the
    secretary's payment card (Paid, the sum, its tick and the hour) at the right; her reply in Hindi "मिल गया,
    धन्यवाद" (received, thank you); no day."""
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (95, 37, 159))
    p.part = "head"
    p.add("title", maker, merchant=maker)
    p.add("small", f"+91 9{digits(rng, 4)} {digits(rng, 5)}")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    first, second = hours(rng, 2)
    c = h275.gcard_open(p)
    p.add("right", "Paid", status=j.status)
    p.add("right", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount, method="UPI")
    p.add("right", f"UPI Ref: {j.ref}", txn=(UTR_RANK, j.ref))
    tick = sign(p.font, "\u2713", "")
    p.add("right", f"{tick} {first}".strip())
    h275.gcard_close(p, c)
    p.add("gap")
    s = len(p.rows)
    hi(p, "मिल गया, धन्यवाद", align="l")
    h273.bubble(p, s, second)
    return p.done()


def _wage_yono_lite(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """YONO Lite SBI's UPI payment to a maker pending over a progress bar: Payment pending, the sum, "to
    <maker>", a notice; Reference No., Initiated on and From account in dot leaders."""
    p = phone(rng, font, k, ["", "YONO Lite SBI"], dark=False, buttons=("Check status",))
    band(p, (34, 100, 180))
    app_head(p, "YONO Lite SBI", "UPI")
    h294.progress(p, rng.uniform(0.4, 0.7), j.status)
    p.add("center", "Payment pending", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {maker}", merchant=maker)
    boxed(
        p,
        "Awaiting confirmation from the beneficiary's bank. Please check the status after some time.",
        "warn",
    )
    at = 0.44
    dots(p, "Reference No.", j.ref, at=at, txn=(UTR_RANK, j.ref))
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y"], (" ",)), at=at, date=j.date)
    dots(p, "From account", f"XXXXXXX{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def _wage_voucher(rng: random.Random, font: str, k: int, j: Job, maker: str) -> tuple:
    """The helper's salary voucher, "वेतन भुगतान वाउचर / SALARY VOUCHER": Voucher No. struck in red; नाम /
    Name, माह / Month, राशि / Amount, माध्यम / Mode, संदर्भ सं. / UPI Ref and दिनांक / Date printed with their
    values written on dotted lines; the sum in words; a revenue stamp signed across over प्राप्तकर्ता
    (received by)."""
    j.amount = float(rng.randrange(18, 34) * 500)
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    hi(p, FIRM_HI, bold=True)
    p.add("center", FIRM)
    p.add("small", SHED_AT)
    p.add("rule")
    hi(p, "वेतन भुगतान वाउचर  /  SALARY VOUCHER", bold=True)
    p.part = "body"
    no_ = str(rng.randrange(100, 900))
    h279.redno(p, "Voucher No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    dotline(p, "नाम", "Name", HELPER, merchant=HELPER)
    month = (j.date.replace(day=1) - dt.timedelta(days=1)).strftime("%B %Y")
    dotline(p, "माह", "Month", month)
    dotline(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    dotline(p, "माध्यम", "Mode", "UPI", method="UPI", status=j.status)
    dotline(p, "संदर्भ सं.", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    dotline(p, "दिनांक", "Date", when(j.date, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])), date=j.date)
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h271.revenue(p, HELPER.split()[0])
    hi(p, "प्राप्तकर्ता / Received by", align="r", scale=0.9)
    return p.done()


WAGE_LAYOUTS = [
    _wage_showfee,
    _wage_greythr,
    _wage_holi,
    _wage_jio,
    _wage_idfc,
    _wage_phonepe_chat,
    _wage_yono_lite,
    _wage_voucher,
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The samiti paying its makers and puppeteers (paid by the puppet made and the show played) and its
    staff, one layout a place (``WAGE_LAYOUTS``): a puppeteer's show-fee account in a Hindi hand, greytHR's
    payslip, a Holi advance in a Hindi hand, JioFinance's ticket, IDFC FIRST Bank's failure, PhonePe's chat
    under "Today", YONO Lite's payment pending and the helper's salary voucher in Hindi and English."""
    k = place("worker_pay")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=1500, high=16000)
    maker = MAKERS[(k + rng.randrange(2)) % len(MAKERS)]
    return WAGE_LAYOUTS[k](rng, font, k, j, maker)


# ---------------------------------------------------------------- 8. the samiti's fees, taxes and dues


JMCH = "Jaipur Municipal Corporation Heritage"
JMCH_HI = "नगर निगम जयपुर हेरिटेज"
LABOUR = "LABOUR DEPARTMENT, RAJASTHAN"
JDA = "JAIPUR DEVELOPMENT AUTHORITY"
JDA_HI = "जयपुर विकास प्राधिकरण"
JKK_HI = "जवाहर कला केंद्र, जयपुर"


def _fee_jmch(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Jaipur Municipal Corporation Heritage's trade licence e-receipt for the Kathputli Ghar under its Hindi
    name: भुगतान सफल / Payment Successful; each detail's Hindi label with its English small after it at the
    left and its value at the right: रसीद संख्या · Receipt No., लाइसेंस संख्या · Licence No., फर्म · Firm,
    वित्तीय वर्ष · Financial Year, राशि · Amount, भुगतान माध्यम · Mode, बैंक संदर्भ · Bank Ref No., भुगतान
    तिथि · Payment Date."""
    j.amount = float(rng.randrange(20, 140) * 50)
    p = browser_page(rng, font, "jaipurmcheritage.org/tradelicence/receipt")
    p.part = "head"
    hi(p, JMCH_HI, scale=1.08, bold=True)
    top(p, JMCH, merchant=JMCH)
    p.add("small", "Trade Licence  |  Online payment receipt")
    p.add("rule")
    p.part = "body"
    hi(p, "भुगतान सफल / Payment Successful", bold=True, status=j.status)
    p.add("gap")
    rno = f"JMCH/TL/{j.date.year}/{rng.randrange(10000, 99999)}"
    hi_row(p, "रसीद संख्या", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    hi_row(p, "लाइसेंस संख्या", "Licence No.", f"TL/HRT/{rng.randrange(1000, 9999)}")
    hi_row(p, "फर्म", "Firm", hr_fit(p, "फर्म", "Firm", [SHOP, "Kathputli Ghar"]))
    hi_row(p, "वित्तीय वर्ष", "Financial Year", f"20{fy(j.date)}")
    hi_row(p, "राशि", "Amount", f"Rs. {num(j.amount)}", bold=True, amount=j.amount)
    hi_row(p, "भुगतान माध्यम", "Mode", "UPI", method="UPI")
    ref = j.ref
    hi_row(p, "बैंक संदर्भ", "Bank Ref No.", ref, txn=(UTR_RANK, ref))
    hi_row(p, "भुगतान तिथि", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    return p.done()


def _fee_emitra(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """An e-Mitra kiosk's receipt for the Ghar's Shops & Establishments renewal, printed in the kiosk's face:
    e-MITRA and the kiosk; Receipt No, Date, Department (the authority paid), Service, Applicant; Fee,
    e-Mitra charge and Total; Payment : CASH; Transaction ID."""
    fee = float(rng.randrange(2, 12) * 250)
    charge = float(rng.choice([30, 40, 50]))
    j.amount = fee + charge
    p = roll(rng, font, [520, 560], [17, 18])
    p.part = "head"
    p.add("center", "e-MITRA")
    p.add("small", "Government of Rajasthan  |  Kiosk K-302012-0418, Jhotwara")
    p.add("rule")
    p.part = "body"
    rno = f"{rng.randrange(10**7, 10**8)}"
    typed(p, f"Receipt No : {rno}", txn=(INVOICE_RANK, rno))
    typed(p, f"Date       : {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    typed(p, f"Department : {LABOUR}", merchant=LABOUR)
    typed(p, "Service    : Shops & Estt. Renewal")
    typed(p, "Applicant  : DHOLA MARU KATHPUTLI GHAR")
    p.add("rule")
    typed_pair(p, "Fee", f"{fee:.2f}")
    typed_pair(p, "e-Mitra charge", f"{charge:.2f}")
    typed_pair(p, "Total", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, "Payment : CASH", method="cash", status=j.status)
    tid = f"{rng.randrange(10**9, 10**10)}{digits(rng, 4)}"
    typed(p, f"Transaction ID : {tid}", txn=(TXN_RANK, tid))
    p.add("small", "Keep this receipt. Track at emitra.rajasthan.gov.in")
    return p.done()


def _fee_rajcop(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The RajCop Citizen app with an e-challan of the troupe's tempo paid under "Today, <hour>": Rajasthan
    Police under the app's bar, a scalloped badge, Challan paid, the sum; Challan No., Vehicle No.,
    Transaction ID and Paid via in a table ruled on every side; no day."""
    j.amount = float(rng.choice([500, 1000, 1500, 2000, 5000]))
    p = phone(rng, font, k, ["", "RajCop Citizen"], dark=False, buttons=("Download receipt",))
    band(p, (20, 40, 100))
    bar(p, "RajCop Citizen", "Rajasthan Police", merchant="Rajasthan Police")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, j.status)
    p.add("center", "Challan paid", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian', 0)}", amount=j.amount)
    p.add("gap")
    cno = f"RJ{rng.randrange(10**13, 10**14)}"
    tid = f"RJP{digits(rng, 12)}"
    at = 0.4
    gkv(p, "rc", "Challan No.", cno, at=at, txn=(INVOICE_RANK, cno))
    gkv(p, "rc", "Vehicle No.", f"RJ14 GB {rng.randrange(1000, 9999)}", at=at)
    gkv(p, "rc", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "rc", "Paid via", "UPI", at=at, method="UPI")
    return p.done()


def _fee_epay(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Income Tax e-filing portal's e-Pay Tax with the samiti's TDS challan failed under a red ribbon: the
    reason in a notice; CRN, TAN, Type of Payment, Amount, Payment Mode and Attempted on in dot leaders."""
    p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/payment-status")
    p.part = "head"
    top(p, "Income Tax Department", merchant="Income Tax Department")
    p.add("small", "Government of India  |  e-Pay Tax")
    p.add("rule")
    p.part = "body"
    h275.ribbon(p, "PAYMENT FAILED", RED)
    p.add("center", "Challan payment could not be completed", status=j.status)
    boxed(
        p,
        "The bank did not confirm the payment. If your account was debited, the amount will be credited "
        "back by the bank; you may pay again against the same CRN.",
        "error",
    )
    crn = f"26{rng.randrange(10**9, 10**10)}"
    at = 0.42
    dots(p, "CRN", crn, at=at, txn=(INVOICE_RANK, crn))
    dots(p, "TAN", f"JPRD{digits(rng, 5)}E", at=at)
    dots(p, "Type of Payment", "TDS/TCS (200)", at=at)
    dots(p, "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    dots(p, "Payment Mode", "Net Banking - PNB", at=at, method="netbanking")
    dots(p, "Attempted on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def _fee_jda(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Jaipur Development Authority's urban development tax receipt for the samiti's shed under its
    Hindi name, "नगरीय विकास कर रसीद / UD TAX RECEIPT": Receipt No., Property ID, Assessment Year, Amount,
    Payment Mode, Bank Ref. No. and Payment Date in a table ruled on every side; its round seal."""
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    hi(p, JDA_HI, scale=1.05, bold=True)
    top(p, JDA, merchant=JDA)
    p.add("small", "Ram Kishore Vyas Bhawan, Indira Circle, Jaipur")
    p.add("rule")
    hi(p, "नगरीय विकास कर रसीद  /  UD TAX RECEIPT", bold=True)
    p.part = "body"
    p.add("gap")
    rno = f"JDA/UDT/{rng.randrange(100000, 999999)}"
    ref = f"PUNB{digits(rng, 10)}"
    at = 0.36
    gkv(p, "jd", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gkv(p, "jd", "Property ID", f"JDA-JHT-{rng.randrange(10000, 99999)}", at=at)
    gkv(p, "jd", "Assessment Year", f"20{fy(j.date)}", at=at)
    gkv(p, "jd", "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "jd", "Payment Mode", "Net Banking", at=at, method="netbanking", status=j.status)
    gkv(p, "jd", "Bank Ref. No.", ref, at=at, txn=(BANK_RANK, ref))
    gkv(p, "jd", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    p.add("small", "Computer generated receipt; valid without signature.")
    h269.seal(p, "JAIPUR DEVELOPMENT AUTHORITY *", ["REVENUE"], "violet")
    return p.done()


def _fee_epfo(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The EPFO employer portal with the ECR challan's payment awaiting the bank's confirmation: a capsule,
    its stages top to bottom, a notice; TRRN:, Establishment ID:, Wage Month:, Total Amount:, Bank: and
    Initiated on: with colons."""
    p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/payment/status")
    p.part = "head"
    top(p, "Employees' Provident Fund Organisation", merchant="Employees' Provident Fund Organisation")
    p.add("small", "Unified Portal for Employers")
    p.add("rule")
    p.part = "body"
    pill(p, "Status awaited from bank", j.status)
    p.add("gap")
    h271.step(p, "Challan generated", "ECR uploaded", "done")
    h271.step(p, "Payment at bank", "awaiting confirmation", j.status)
    h271.step(p, "Receipt", "", "todo")
    p.add("gap")
    trrn = f"{rng.randrange(10**12, 10**13)}"
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
    colkv(p, "ep", spec, "TRRN:", trrn, txn=(INVOICE_RANK, trrn))
    colkv(p, "ep", spec, "Establishment ID:", f"RJRAJ{rng.randrange(10**6, 10**7)}000")
    month = (j.date.replace(day=1) - dt.timedelta(days=1)).strftime("%b-%Y").upper()
    colkv(p, "ep", spec, "Wage Month:", month)
    colkv(p, "ep", spec, "Total Amount:", f"Rs. {num(j.amount)}", amount=j.amount)
    colkv(p, "ep", spec, "Bank:", "Punjab National Bank (Net Banking)", method="netbanking")
    colkv(p, "ep", spec, "Initiated on:", at_hour(rng, j.date, ["%d-%m-%Y"], (" ",)), date=j.date)
    return p.done()


def _fee_jkk(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Jawahar Kala Kendra's Lokrang stall allotment letter typed in Hindi with no reference: its Hindi
    name over its English; "लोकरंग 2026 - स्टॉल आवंटन" (stall allotment); "सेवा में, सचिव," and the samiti in
    English; "... स्टॉल शुल्क रु. x/- दिनांक <day> को नकद जमा करा दिया गया है।" (the stall fee of Rs. x/- was
    paid in cash on <day>); the programme officer's signature."""
    season(j, rng, LOKRANG - dt.timedelta(days=9), 7)
    j.amount = float(rng.choice([2500, 3000, 3500, 4000, 5000]))
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    hi(p, JKK_HI, scale=1.05, bold=True)
    top(p, "JAWAHAR KALA KENDRA", merchant="JAWAHAR KALA KENDRA")
    p.add("small", "2, Jawahar Lal Nehru Marg, Jaipur - 302004")
    p.add("rule")
    hi(p, "लोकरंग 2026  -  स्टॉल आवंटन", bold=True)
    p.part = "body"
    p.add("gap")
    hi(p, "सेवा में,", align="l")
    hi(p, "सचिव,", align="l")
    who = pick(p, "left", [FIRM, FIRM_MID])
    p.add("left", who)
    p.add("gap")
    day = when(j.date, "%d.%m.%Y")
    stall = rng.randrange(12, 80)
    hi_wrap(
        p,
        f"लोकरंग 2026 में आपकी समिति को शिल्पग्राम में स्टॉल संख्या {stall} आवंटित की गई है। आपके द्वारा "
        "स्टॉल शुल्क "
        f"{whole_rs(j.amount)} दिनांक {day} को नकद जमा करा दिया गया है।",
        amount=j.amount,
        date=j.date,
        method="cash",
        status=j.status,
    )
    hi_wrap(p, "कृपया मेले के दौरान यह पत्र स्टॉल पर रखें।")
    p.add("gap")
    sig(p)
    hi(p, "कार्यक्रम अधिकारी", align="r")
    return p.done()


def _fee_egras(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """e-GRAS Rajasthan's e-challan for the stamp duty on the shed's lease: GRN and Payment Status: Success
    in a capsule; labels small over their values two to a row: Department and Office, Purpose and Amount,
    Bank and Bank Ref. No., Payment Date and Remitter."""
    j.amount = float(rng.randrange(10, 120) * 100)
    p = browser_page(rng, font, "egras.raj.nic.in/challanview")
    p.part = "head"
    top(p, "e-GRAS")
    p.add("small", "Government Receipt Accounting System, Government of Rajasthan")
    p.add("rule")
    p.part = "body"
    grn = f"{rng.randrange(10**7, 10**8)}"
    p.add("left", f"GRN: {grn}", txn=(INVOICE_RANK, grn))
    pill(p, "Payment Status: Success", j.status, align="l")
    p.add("gap")
    dept = "Registration & Stamps Dept."
    two_up(p, "eg1", ("Department", dept), ("Office", "Sub Registrar, Jaipur-VI"), merchant=dept)
    two_up(
        p, "eg2", ("Purpose", "Stamp duty - lease deed"), ("Amount", f"Rs. {num(j.amount)}"), amount=j.amount
    )
    ref = f"{rng.randrange(10**9, 10**10)}{digits(rng, 2)}"
    two_up(
        p,
        "eg3",
        ("Bank", "PNB Net Banking"),
        ("Bank Ref. No.", ref),
        method="netbanking",
        txn=(BANK_RANK, ref),
    )
    two_up(
        p,
        "eg4",
        ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])),
        ("Remitter", "DHOLA MARU SAMITI"),
        date=j.date,
    )
    return p.done()


FEE_LAYOUTS = [
    _fee_jmch,
    _fee_emitra,
    _fee_rajcop,
    _fee_epay,
    _fee_jda,
    _fee_epfo,
    _fee_jkk,
    _fee_egras,
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The samiti's fees, taxes and dues, the authority paid as printed, one layout a place (``FEE_LAYOUTS``):
    the heritage corporation's trade licence receipt set in Hindi, an e-Mitra kiosk's receipt, RajCop's
    challan paid under "Today", e-Pay Tax's failed TDS challan, JDA's UD tax receipt, EPFO's challan
    awaiting the bank, JKK's Lokrang stall letter in Hindi with no reference and e-GRAS' stamp duty
    challan."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=1000, high=24000)
    return FEE_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 9. the samiti's premiums


IFFCO = "IFFCO-TOKIO General Insurance Co. Ltd."
GENERALI = "Generali Central Insurance Company Limited"
KOTAK_GI = "Kotak Mahindra General Insurance Company Ltd."
MAGMA = "Magma General Insurance Limited"


def _ins_iffco(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """IFFCO-TOKIO's PREMIUM RECEIPT for the Kathputli Ghar's shopkeeper's policy: its sentence "Received
    with thanks from ... the sum of Rs. x towards premium ..."; Receipt No. and Receipt Date, Policy No. and
    Product, Premium and GST 18%, Total Premium and Mode, Instrument Ref. set two pairs to a row on hairline
    rows."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    top(p, IFFCO, merchant=IFFCO)
    p.add("small", "Jaipur Branch, Ashok Marg, C-Scheme, Jaipur  |  IRDAI Reg. No. 106")
    p.add("rule")
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT")
    premium = round(j.amount / 1.18, 2)
    gst = round(j.amount - premium, 2)
    prose(
        p,
        f"Received with thanks from {FIRM_MID} the sum of Rs. {num(j.amount)} towards premium of the "
        "policy below by UPI.",
        status=j.status,
    )
    p.add("gap")
    rno = f"RJ{j.date:%y}{rng.randrange(10**8, 10**9)}"
    spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.52, 0.7, "l"), (0.7, 1.0, "l")]
    cols(
        p,
        "if",
        spec,
        "Receipt No.",
        rno,
        "Receipt Date",
        day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]),
        mode="line",
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    cols(
        p,
        "if",
        spec,
        "Policy No.",
        f"48{rng.randrange(10**6, 10**7)}",
        "Product",
        "Shopkeeper's Pkg.",
        mode="line",
    )
    cols(p, "if", spec, "Premium", num(premium), "GST 18%", num(gst), mode="line")
    cols(
        p,
        "if",
        spec,
        "Total Premium",
        num(j.amount),
        "Mode",
        "UPI",
        mode="line",
        amount=j.amount,
        method="UPI",
    )
    cols(p, "if", spec, "Instrument Ref.", j.ref, "", "", mode="line", txn=(UTR_RANK, j.ref))
    p.add("gap")
    sig(p)
    p.add("right", "Authorised Signatory")
    return p.done()


def _ins_generali(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Generali Central's Premium Receipt cum Tax Invoice for the shed's Bharat Sookshma Udyam Suraksha
    fire policy: Receipt No., Policy No., Insured, Sum Insured, Premium, CGST 9%, SGST 9%, Total Premium,
    Payment Mode, UTR and Payment Date in dot leaders."""
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, GENERALI, merchant=GENERALI)
    p.add("small", "(formerly Future Generali India Insurance)  |  Jaipur")
    p.add("rule")
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT CUM TAX INVOICE")
    p.add("small", "Bharat Sookshma Udyam Suraksha  |  Kathputli workshop, Jhotwara")
    p.add("gap")
    premium = round(j.amount / 1.18, 2)
    gst = round((j.amount - premium) / 2, 2)
    j.amount = round(premium + 2 * gst, 2)
    rno = f"FGR{rng.randrange(10**8, 10**9)}"
    utr = utr_of(rng, j, "Punjab National Bank", "NEFT")
    at = 0.45
    dots(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    dots(p, "Policy No.", f"SU{rng.randrange(10**7, 10**8)}", at=at)
    dots(p, "Insured", fit(p, [FIRM_SHORT, "Dhola Maru Samiti"], 0.5), at=at)
    dots(p, "Sum Insured", f"Rs. {num(float(rng.randrange(8, 40) * 100000), 'indian', 0)}", at=at)
    dots(p, "Premium", num(premium), at=at)
    dots(p, "CGST 9%", num(gst), at=at)
    dots(p, "SGST 9%", num(gst), at=at)
    dots(p, "Total Premium", num(j.amount), at=at, bold=True, amount=j.amount)
    dots(p, "Payment Mode", "NEFT", at=at, method="netbanking", status=j.status)
    dots(p, "UTR", utr, at=at, txn=(UTR_RANK, utr))
    dots(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=at, date=j.date)
    return p.done()


def _ins_acko(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Acko's app with the secretary's health renewal failed by card under a large round cross: the sum,
    the reason in a notice; Policy No. and Payment ID in tiles; Card and Attempted on at the left and the
    right."""
    p = phone(rng, font, k, ["", "ACKO"], dark=False, buttons=("Pay again",))
    band(p, (82, 40, 200))
    bar(p, "ACKO", "ACKO General Insurance", merchant="ACKO General Insurance")
    sicon(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    boxed(
        p,
        "Your card was declined by the issuing bank. Your policy is still active until its expiry; "
        "renew before then to keep your benefits.",
        "error",
    )
    pid = f"pay_{code(rng, 12, ALNUM)}"
    tiles2(p, ("Policy No.", f"HLT{rng.randrange(10**7, 10**8)}"), ("Payment ID", pid), txn=(TXN_RANK, pid))
    p.add("gap")
    kvr(p, "Card", f"Visa Credit {masked(p.font)}{digits(rng, 4)}", method="card")
    kvr(p, "Attempted on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def _ins_kotak(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Kotak General's mail of the troupe's tempo's motor policy issued: its sentence "We have received your
    payment of ₹x ..."; Policy Number, Vehicle, Premium (incl. GST), Transaction ID, Payment Mode and
    Payment Date set against a gutter."""
    p = mail_page(
        rng,
        font,
        "Kotak General Insurance <policy@kotakgeneral.com>",
        ["Your motor policy is issued", "Policy issued: Private Goods Carrying Vehicle"],
    )
    p.part = "head"
    top(p, KOTAK_GI, merchant=KOTAK_GI)
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        f"We have received your payment of {rupee_of(p.font)}{num(j.amount)} and your policy is issued. "
        "Please find your policy schedule attached.",
        status=j.status,
    )
    p.add("gap")
    tid = f"KGI{j.date:%y%m%d}{digits(rng, 7)}"
    at = 0.42
    gutter(p, "kg", "Policy Number", f"{rng.randrange(10**9, 10**10)}", at=at)
    gutter(p, "kg", "Vehicle", f"RJ14 GB {rng.randrange(1000, 9999)} (Tata Ace)", at=at)
    gutter(p, "kg", "Premium (incl. GST)", f"{rupee_of(p.font)}{num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "kg", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gutter(p, "kg", "Payment Mode", "Net Banking", at=at, method="netbanking")
    gutter(p, "kg", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=at, date=j.date)
    p.part = "foot"
    p.add("small", "Kotak Mahindra General Insurance Company Ltd. IRDAI Reg. No. 152")
    return p.done()


def _ins_liberty(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Liberty General's SMS of a premium received, with no reference: "Dear Customer, premium of Rs.x
    received on <dd/mm/yyyy> via Net Banking for policy ... Thank you. - Liberty General Insurance"."""
    pol = f"20{rng.randrange(10**8, 10**9)}"
    text = (
        f"Dear Customer, premium of Rs.{num(j.amount)} received on {when(j.date, '%d/%m/%Y')} via "
        "Net Banking "
        f"for policy {pol} (Marine Transit). Thank you. - Liberty General Insurance"
    )
    p = sms_page(rng, font, "VM-LIBRTY", text, j.date)
    p.add(
        "left",
        text,
        merchant="Liberty General Insurance",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    return p.done()


def _ins_magma(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Magma General's payment receipt for the troupe's group personal accident cover: Payment received in a
    capsule; each value over its label: Receipt No., Policy No., Premium (incl. GST 18%), Transaction ID,
    Paid via and Payment date."""
    p = browser_page(rng, font, "www.magmainsurance.com/customer/payment/receipt")
    p.part = "head"
    top(p, MAGMA, merchant=MAGMA)
    p.add("small", "Group Personal Accident  |  Payment receipt")
    p.add("rule")
    p.part = "body"
    chip(p, "Payment received", j.status)
    p.add("gap")
    rno = f"MGR{rng.randrange(10**7, 10**8)}"
    tid = f"{rng.randrange(10**11, 10**12)}"
    vlab(p, "Receipt No.", rno, bold=False, txn=(INVOICE_RANK, rno))
    vlab(p, "Policy No.", f"GPA/{rng.randrange(10**5, 10**6)}/{j.date.year}", bold=False)
    vlab(p, "Premium (incl. GST 18%)", f"Rs. {num(j.amount)}", amount=j.amount)
    vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    vlab(p, "Payment date", day_as(j, rng, ["%d/%m/%Y", "{d} %B %Y"]), bold=False, date=j.date)
    return p.done()


def _ins_zuno(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Zuno's app with the Kathputli Ghar's burglary cover renewed under "Today, <hour>": the insurer under
    the app's bar, an octagon's tick, Policy renewed, the sum; a copyable Payment ID; Policy No. and Paid via
    at the left and the right; no day."""
    p = phone(rng, font, k, ["", "Zuno"], dark=False, buttons=("View policy",))
    band(p, (240, 90, 40))
    bar(p, "zuno", "Zuno General Insurance", merchant="Zuno General Insurance")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h294.octa(p, j.status)
    p.add("center", "Policy renewed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    pid = f"ZN{digits(rng, 12)}"
    copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
    kvr(p, "Policy No.", f"ZBG{rng.randrange(10**7, 10**8)}")
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


def _ins_abhi(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Aditya Birla Health Insurance's portal with the makers' group health renewal under verification: a
    capsule, its stages across the page, a notice; Proposal No., Premium, Transaction ID, Paid via and
    Initiated on in shaded labels."""
    p = browser_page(rng, font, "www.adityabirlacapital.com/healthinsurance/renewal/status")
    p.part = "head"
    top(p, "Aditya Birla Health Insurance", merchant="Aditya Birla Health Insurance")
    p.add("small", "Activ Health  |  Group renewal")
    p.add("rule")
    p.part = "body"
    chip(p, "Payment under verification", j.status)
    h289.steps(p, ["Paid", "Verifying", "Renewed"], 1, j.status)
    boxed(
        p,
        "We are confirming your payment with the bank; your renewal will be issued within 24 hours.",
        "warn",
    )
    tid = f"ABH{digits(rng, 11)}"
    at = 0.42
    kv(p, "Proposal No.", f"PROP{rng.randrange(10**7, 10**8)}", at=at)
    kv(p, "Premium", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Paid via", "Net Banking", at=at, method="netbanking")
    kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), at=at, date=j.date)
    return p.done()


INSURER_LAYOUTS = [
    _ins_iffco,
    _ins_generali,
    _ins_acko,
    _ins_kotak,
    _ins_liberty,
    _ins_magma,
    _ins_zuno,
    _ins_abhi,
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The samiti's premiums, the insurer on top, under its app's bar or signing its message, one layout a
    place (``INSURER_LAYOUTS``): IFFCO-TOKIO's receipt two pairs to a row, Generali Central's fire receipt in
    dot leaders, Acko's failed card, Kotak General's mail, Liberty General's SMS with no reference, Magma's
    values over their labels, Zuno's "Today" and Aditya Birla Health's verification."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=1800, high=32000)
    return INSURER_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("DHOLA MARU KATHPUTLI GHAR", "CHAURA RASTA, JAIPUR", "HDFC BANK"),
    ("DHOLA MARU KATHPUTLI GHAR - LOKRANG", "JKK, JAIPUR", "Paytm"),
    ("LAXMI TEXTILES & GOTA", "JOHARI BAZAR, JAIPUR", "Pine Labs"),
    ("Akasa Air", "Jaipur - Mumbai", ""),
    ("SHEKHAWATI HARDWARE", "SANGANERI GATE, JAIPUR", "BharatPe"),
    ("THE BAATI KITCHEN", "MI Road, Jaipur", ""),
    ("RAJ FUELS", "JHOTWARA", "Kotak Mahindra Bank"),
    ("JAIPUR MUSIC HOUSE", "Jaipur", "SBI Card"),
]


def _card_hdfc(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """HDFC Bank's SALE slip at the Kathputli Ghar typed in the terminal's face, two fields to a line:
    DATE / TIME, MID / TID, BATCH / INV, the card and how it was read, APPR CODE / RRN, AMOUNT; APPROVED,
    PIN VERIFIED, CUSTOMER COPY."""
    weekday_only(j, rng)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 999):06d}"
    typed(p, f"DATE:{when(j.date, '%d/%m/%y')}  TIME:{t}", date=j.date)
    typed(p, f"MID:{digits(rng, 10)}  TID:{digits(rng, 8)}")
    typed(p, f"BATCH:{rng.randrange(1, 999):06d}  INV:{inv}", txn=(INVOICE_RANK, inv))
    typed(p, f"{scheme}  XXXX{last4}  CHIP", method="card")
    typed(p, f"APPR:{appr}  RRN:{j.ref}", txn=(UTR_RANK, j.ref))
    p.add("rule")
    typed(p, f"AMOUNT  Rs.{num(j.amount)}", scale=1.0, amount=j.amount)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "PIN VERIFIED")
    p.add("small", "CUSTOMER COPY")
    return p.done()


def _card_paytm(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Paytm's card machine at the Lokrang stall in the festival's days with the sale's answer not come,
    typed in the terminal's face: CARD SALE; DATE, TID, ORDER ID, CARD and AMOUNT; STATUS : PENDING and
    DO NOT RETRY - CHECK IN PAYTM FOR BUSINESS."""
    season(j, rng, LOKRANG, LOKRANG_DAYS)
    j.amount = rupees(rng, 1200, 16000, 0.6)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    p.add("center", "CARD SALE")
    p.add("rule")
    oid = f"{rng.randrange(10**11, 10**12)}"
    typed(p, f"DATE {when(j.date, '%d-%b-%Y')} {t[:5]}", date=j.date)
    typed(p, f"TID {digits(rng, 8)}")
    typed(p, f"ORDER ID {oid}", txn=(ORDER_RANK, oid))
    typed(p, f"CARD {scheme} ****{last4}", method="card")
    typed(p, f"AMOUNT Rs.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    typed(p, "STATUS : PENDING", status=j.status)
    p.add("small", "DO NOT RETRY - CHECK IN PAYTM FOR BUSINESS")
    return p.done()


def _card_pine(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Pine Labs' slip at a Johari Bazar gota and fabric shop typed in the terminal's face, each label and
    its value at the two ends of its line: DATE, TIME, TID, BILL NO, CARD, CARD TYPE, APPR CODE, RRN, TOTAL;
    APPROVED, SIGN NOT REQUIRED."""
    j.amount = rupees(rng, 1500, 26000, 0.5)
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("rule")
    bill = f"{rng.randrange(1, 9999):04d}"
    typed_pair(p, "DATE", when(j.date, "%d/%m/%Y"), date=j.date)
    typed_pair(p, "TIME", t)
    typed_pair(p, "TID", digits(rng, 8))
    typed_pair(p, "BILL NO", bill, txn=(INVOICE_RANK, bill))
    typed_pair(p, "CARD", f"XXXXXXXXXXXX{last4}")
    typed_pair(p, "CARD TYPE", f"{scheme} CREDIT", method="card")
    typed_pair(p, "APPR CODE", appr, txn=(APPR_RANK, appr))
    typed_pair(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    typed_pair(p, "TOTAL", f"Rs.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "SIGN NOT REQUIRED")
    return p.done()


def _card_akasa(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Akasa Air's booking for the troupe's flight from Jaipur to Mumbai for a show: Booking confirmed in a
    capsule; labels small over their values two to a row (PNR and Travel date, Passengers and Booking date);
    Base fare, Taxes & fees and Total paid set right; Payment method and Payment reference at the left and
    the right."""
    j.amount = rupees(rng, 9000, 42000, 0.4)
    p = browser_page(rng, font, "www.akasaair.com/booking/confirmation")
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Booking confirmation")
    p.add("rule")
    p.part = "body"
    chip(p, "Booking confirmed", j.status)
    p.add("gap")
    pnr = code(rng, 6, UPPER)
    travel = j.date + dt.timedelta(days=rng.randrange(5, 40))
    two_up(p, "ak1", ("PNR", pnr), ("Travel date", when(travel, "%d %b %Y")), txn=(ORDER_RANK, pnr))
    two_up(
        p,
        "ak2",
        ("Passengers", f"{rng.randrange(3, 7)} Adults"),
        ("Booking date", when(j.date, "%d %b %Y")),
        date=j.date,
    )
    p.add("small", "QP 1406  Jaipur (JAI) - Mumbai (BOM)")
    base = round(j.amount * 0.82, 2)
    tspec = [(0.0, 0.7, "r"), (0.7, 1.0, "r")]
    cols(p, "akt", tspec, "Base fare", num(base))
    cols(p, "akt", tspec, "Taxes & fees", num(round(j.amount - base, 2)))
    cols(p, "akt", tspec, "Total paid", f"INR {num(j.amount)}", amount=j.amount)
    p.add("gap")
    ref = f"AKS{digits(rng, 11)}"
    kvr(p, "Payment method", f"Credit Card {masked(p.font)}{last4}", method="card")
    kvr(p, "Payment reference", ref, txn=(TXN_RANK, ref))
    return p.done()


def _card_bharatpe(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """BharatPe's swipe machine at a Sanganeri Gate hardware shop DECLINED (05 DO NOT HONOUR), typed in the
    terminal's face: SALE; DATE / TIME, TID, INV NO, CARD and AMT; TXN DECLINED and its reason."""
    j.amount = rupees(rng, 900, 14000, 0.5)
    p = roll(rng, font, [440, 480], [17, 18])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    inv = f"{rng.randrange(1, 999):06d}"
    typed(p, f"DATE/TIME : {when(j.date, '%d.%m.%Y')} {t[:5]}", date=j.date)
    typed(p, f"TID       : {digits(rng, 8)}")
    typed(p, f"INV NO    : {inv}", txn=(INVOICE_RANK, inv))
    typed(p, f"CARD      : {scheme} XX{last4}", method="card")
    typed(p, f"AMT       : Rs.{num(j.amount)}", amount=j.amount)
    p.add("rule")
    p.add("center", "TXN DECLINED", status=j.status)
    p.add("small", "05 DO NOT HONOUR")
    p.add("small", "PLEASE CONTACT YOUR BANK")
    return p.done()


def _card_baati(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """A MI Road restaurant's bill from DotPe settled by card after a show: Bill No., Table and Date; the
    Rajasthani dishes (dal baati churma, gatte ki sabzi, ker sangri, bajre ki roti, lassi); Sub Total, CGST
    2.5%, SGST 2.5% and Grand Total; "Settled: CARD", the card and its approval code."""
    p = roll(rng, font, [480, 520], [17, 18])
    p.part = "head"
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.add("small", f"GSTIN {gstin_of(rng)}")
    p.add("rule")
    p.part = "body"
    bno = f"{rng.randrange(1000, 9999)}"
    typed(p, f"Bill No: {bno}   Table: {rng.randrange(1, 24)}", txn=(INVOICE_RANK, bno))
    typed(p, f"Date: {when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
    p.add("rule")
    sub = 0.0
    for dish, lo, hi_ in rng.sample(
        [
            ("Dal Baati Churma", 320, 420),
            ("Gatte ki Sabzi", 260, 340),
            ("Ker Sangri", 280, 360),
            ("Bajre ki Roti", 60, 90),
            ("Masala Chaas", 70, 110),
            ("Lassi", 90, 140),
        ],
        4,
    ):
        q = rng.randrange(1, 6)
        rate = float(rng.randrange(lo, hi_, 10))
        sub += q * rate
        typed_pair(p, f"{dish} x{q}", f"{q * rate:.2f}")
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    typed_pair(p, "Sub Total", f"{sub:.2f}")
    typed_pair(p, "CGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "SGST 2.5%", f"{gst:.2f}")
    typed_pair(p, "Grand Total", f"{j.amount:.2f}", amount=j.amount)
    p.add("rule")
    typed(p, f"Settled: CARD ({scheme} {last4})", method="card", status=j.status)
    typed(p, f"Approval Code: {appr}", txn=(APPR_RANK, appr))
    p.add("small", "Powered by DotPe")
    return p.done()


def _card_kotak_sms(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """Kotak Mahindra Bank's SMS of a spend on the samiti's credit card, with no reference: "INR x spent on
    Kotak Credit Card x1234 on <dd-Mon-yy> at <MERCHANT>. Avl limit: INR y. Not you? Call 18602662666"."""
    j.amount = rupees(rng, 500, 6000, 0.3)
    limit = rupees(rng, 40000, 180000, 0.2)
    text = (
        f"INR {num(j.amount)} spent on Kotak Credit Card x{last4} on {when(j.date, '%d-%b-%y')} at {name}. "
        f"Avl limit: INR {num(limit)}. Not you? Call 18602662666"
    )
    p = sms_page(rng, font, "AX-KOTAKB", text, j.date)
    p.add("left", text, merchant=name, amount=j.amount, date=j.date, method="card", status=j.status)
    return p.done()


def _card_sbicard(rng, font, k, j, name, town, brand, scheme, last4, appr, t) -> tuple:
    """The SBI Card app with a spend at a Jaipur music shop (harmoniums and dholaks for the troupe) under
    "Today, <hour>": the merchant over its town, the sum, Approved in a capsule; Card, Transaction ID and
    Category in tiles and at the left and the right; no day."""
    p = phone(rng, font, k, ["", "SBI Card"], dark=False, buttons=("Report issue",))
    band(p, (0, 84, 150))
    app_head(p, "SBI Card", "Transactions")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("center", name, merchant=name)
    p.add("small", town)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    pill(p, "Approved", j.status)
    p.add("gap")
    tid = digits(rng, 12)
    tiles2(
        p,
        ("Card", f"SimplySAVE {masked(p.font)}{last4}"),
        ("Transaction ID", tid),
        txn=(TXN_RANK, tid),
        method="card",
    )
    p.add("gap")
    kvr(p, "Category", "Shopping")
    return p.done()


CARD_LAYOUTS = [
    _card_hdfc,
    _card_paytm,
    _card_pine,
    _card_akasa,
    _card_bharatpe,
    _card_baati,
    _card_kotak_sms,
    _card_sbicard,
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the Kathputli Ghar's and the Lokrang stall's terminals and the samiti's cards elsewhere, one
    layout a place (``CARD_LAYOUTS``): HDFC Bank's slip two fields to a line, Paytm's card machine pending,
    Pine Labs' slip, Akasa Air's booking, BharatPe's declined slip, a restaurant's DotPe bill, Kotak's card
    SMS with no reference and the SBI Card app under "Today"."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=800, high=36000)
    name, town, brand = COUNTERS[k]
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    t = f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    return CARD_LAYOUTS[k](rng, font, k, j, name, town, brand, scheme, last4, appr, t)


# ---------------------------------------------------------------- 11. the bills


JVVNL = "Jaipur Vidyut Vitran Nigam Ltd."
JVVNL_HI = "जयपुर विद्युत वितरण निगम लिमिटेड"
PHED = "PUBLIC HEALTH ENGINEERING DEPARTMENT"
PHED_HI = "जन स्वास्थ्य अभियांत्रिकी विभाग, राजस्थान"
RSGL = "Rajasthan State Gas Limited"
DAIRY = "SHRI KRISHNA DAIRY"


def _bill_jvvnl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """JVVNL's online payment receipt for the workshop's electricity under its Hindi name, "ऑनलाइन भुगतान
    रसीद / ONLINE PAYMENT RECEIPT": K Number, Consumer Name, Bill Month, Amount Paid, Receipt No.,
    Transaction ID, Payment Date and Mode in a table ruled on every side."""
    p = browser_page(rng, font, "billing.jvvnl.org/payment/receipt")
    p.part = "head"
    hi(p, JVVNL_HI, scale=1.05, bold=True)
    top(p, JVVNL, merchant=JVVNL)
    p.add("small", "Government of Rajasthan undertaking")
    p.add("rule")
    p.part = "body"
    hi(p, "ऑनलाइन भुगतान रसीद  /  ONLINE PAYMENT RECEIPT", bold=True, status=j.status)
    p.add("gap")
    rno = f"JV{rng.randrange(10**9, 10**10)}"
    tid = f"{rng.randrange(10**11, 10**12)}"
    month = (j.date.replace(day=1) - dt.timedelta(days=1)).strftime("%b-%Y").upper()
    at = 0.36
    gkv(p, "jv", "K Number", f"2101{rng.randrange(10**7, 10**8)}", at=at)
    gkv(p, "jv", "Consumer Name", fit(p, [FIRM_SHORT.upper(), "DHOLA MARU SAMITI"], 0.6), at=at)
    gkv(p, "jv", "Bill Month", month, at=at)
    gkv(p, "jv", "Amount Paid", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gkv(p, "jv", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    gkv(p, "jv", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gkv(p, "jv", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    gkv(p, "jv", "Mode", "Net Banking", at=at, method="netbanking")
    return p.done()


def _bill_excitel(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Excitel's app with the Kathputli Ghar's broadband renewed under "Today, <hour>": the company under the
    app's bar, a large round tick, Payment successful, the sum; labels small over their values two to a row:
    Transaction ID and Plan, Paid via and Validity; no day."""
    j.amount = float(rng.choice([499, 599, 699, 1797, 2394]))
    p = phone(rng, font, k, ["", "Excitel"], dark=False, buttons=("Done",))
    band(p, (230, 30, 70))
    bar(p, "Excitel", "Excitel Broadband Pvt. Ltd.", merchant="Excitel Broadband Pvt. Ltd.")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Payment successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian', 0)}", amount=j.amount)
    p.add("gap")
    tid = f"EXC{digits(rng, 12)}"
    two_up(p, "ex1", ("Transaction ID", tid), ("Plan", "300 Mbps"), txn=(TXN_RANK, tid))
    two_up(p, "ex2", ("Paid via", "UPI"), ("Validity", f"{rng.choice([30, 90])} days"), method="UPI")
    return p.done()


def _bill_phed(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The Public Health Engineering Department's water bill receipt from its counter in Jhotwara under its
    Hindi name, "जल बिल भुगतान रसीद" (water bill payment receipt), printed in the counter's face: RECEIPT NO,
    DATE, CONSUMER NO, NAME, BILL PERIOD, AMOUNT, MODE : CASH; the counter clerk's oval stamp."""
    j.amount = float(rng.randrange(30, 240) * 10)
    p = roll(rng, font, [520, 560], [17, 18])
    p.part = "head"
    hi(p, PHED_HI, scale=0.92, bold=True)
    p.add("center", PHED, merchant=PHED)
    p.add("small", "Sub Division Jhotwara, Jaipur")
    hi(p, "जल बिल भुगतान रसीद", bold=True)
    p.add("rule")
    p.part = "body"
    rno = f"{rng.randrange(10**6, 10**7)}"
    typed(p, f"RECEIPT NO  : {rno}", txn=(INVOICE_RANK, rno))
    typed(p, f"DATE        : {when(j.date, '%d/%m/%Y')}", date=j.date)
    typed(p, f"CONSUMER NO : JHT/{rng.randrange(1000, 9999)}")
    typed(p, "NAME        : DHOLA MARU KATHPUTLI")
    start = (j.date.replace(day=1) - dt.timedelta(days=62)).strftime("%m/%y")
    end = (j.date.replace(day=1) - dt.timedelta(days=1)).strftime("%m/%y")
    typed(p, f"BILL PERIOD : {start} - {end}")
    typed(p, f"AMOUNT      : Rs.{j.amount:.2f}", amount=j.amount)
    typed(p, "MODE        : CASH", method="cash", status=j.status)
    p.add("gap")
    h287.oval(p, ["P.H.E.D.", "JHOTWARA", "CASH COUNTER"], "blue", at=0.62, rows_=3)
    return p.done()


def _bill_rsgl(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Rajasthan State Gas' portal with the Kathputli Ghar's piped gas bill payment pending over a progress
    bar: Payment pending, the sum, a notice; labels small over their values two to a row: BP Number and
    Order ID, Paid via and Initiated on."""
    j.amount = rupees(rng, 300, 2400, 0.3)
    p = browser_page(rng, font, "rsgl.co.in/pay-bill/status")
    p.part = "head"
    top(p, RSGL, merchant=RSGL)
    p.add("small", "Piped Natural Gas  |  Quick pay")
    p.add("rule")
    p.part = "body"
    h294.progress(p, rng.uniform(0.45, 0.7), j.status)
    p.add("center", "Payment pending", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    boxed(
        p,
        "We have not received a confirmation from the payment gateway yet. Please check again after 30 "
        "minutes before paying again.",
        "warn",
    )
    oid = f"RSGL{rng.randrange(10**9, 10**10)}"
    two_up(
        p, "rs1", ("BP Number", f"{rng.randrange(10**9, 10**10)}"), ("Order ID", oid), txn=(ORDER_RANK, oid)
    )
    two_up(
        p,
        "rs2",
        ("Paid via", "UPI"),
        ("Initiated on", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",))),
        method="UPI",
        date=j.date,
    )
    return p.done()


def _bill_dairy(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """The dairy's monthly milk account for the workshop's tea in a Hindi hand on a page of its pocket book,
    its name stamped at the head: "दूध का हिसाब" (the milk account) and the month written; the litres, the
    rate and the curd with their sums, "कुल" (total); "नकद प्राप्त" (received in cash) and "दिनांक <day>"
    written under it; no reference."""
    p = sheet(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(248, 246, 236), (244, 242, 230)])
    p.part = "head"
    p.add("center", DAIRY, merchant=DAIRY)
    p.add("small", "Jhotwara, Jaipur  |  Mob. 98290 " + digits(rng, 5))
    p.add("rule")
    p.part = "body"
    month = (j.date.replace(day=1) - dt.timedelta(days=1)).strftime("%B")
    hand_hi(p, f"दूध का हिसाब - {month}")
    p.add("gap")
    start = len(p.rows)
    litres = rng.randrange(30, 70)
    rate = rng.choice([54, 56, 58, 60])
    curd = rng.randrange(2, 8)
    total_ = litres * rate + curd * 80
    hand_hi(p, f"दूध {litres} लीटर x {rate}", figure=str(litres * rate))
    hand_hi(p, f"दही {curd} किलो x 80", figure=str(curd * 80))
    j.amount = float(total_)
    hand_hi(p, "कुल", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.7])
    p.add("gap")
    hand_hi(p, "नकद प्राप्त", method="cash", status=j.status)
    hand_hi(p, f"दिनांक {when(j.date, rng.choice(['%d/%m/%y', '%d.%m.%Y']))}", date=j.date)
    sig(p)
    return p.done()


def _bill_jio(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Jio's payment receipt mail for the workshop's JioFiber: its sentence; Receipt No. :, Account No. :,
    Amount :, Payment Mode :, Transaction Ref. No. : and Payment Date : with colons."""
    j.amount = float(rng.choice([399, 599, 899, 999, 1499])) * rng.choice([1, 3])
    j.amount = round(j.amount * 1.18, 2)
    p = mail_page(
        rng,
        font,
        "JioFiber <jiofiber@jio.com>",
        ["Payment received for your JioFiber", "Thank you for your payment"],
    )
    p.part = "head"
    top(p, "Reliance Jio Infocomm Ltd.", merchant="Reliance Jio Infocomm Ltd.")
    p.add("small", "JioFiber")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        "We have received your payment for your JioFiber connection. Thank you for choosing Jio.",
        status=j.status,
    )
    p.add("gap")
    rno = f"JFR{rng.randrange(10**9, 10**10)}"
    ref = f"{rng.randrange(10**11, 10**12)}"
    spec = [(0.0, 0.42, "l"), (0.42, 1.0, "l")]
    colkv(p, "jf", spec, "Receipt No. :", rno, txn=(INVOICE_RANK, rno))
    colkv(p, "jf", spec, "Account No. :", f"{rng.randrange(10**9, 10**10)}")
    colkv(p, "jf", spec, "Amount :", f"Rs. {num(j.amount)}", amount=j.amount)
    colkv(p, "jf", spec, "Payment Mode :", "Debit Card", method="card")
    colkv(p, "jf", spec, "Transaction Ref. No. :", ref, txn=(TXN_RANK, ref))
    colkv(p, "jf", spec, "Payment Date :", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
    return p.done()


def _bill_freecharge(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """Freecharge's electricity bill payment to JVVNL failed on a tinted band: the biller, the sum, the
    reason in a notice; Transaction ID, K Number, Paid via and Attempted on in a striped table."""
    p = phone(rng, font, k, ["", "Freecharge"], dark=False, buttons=("Retry",))
    band(p, (240, 100, 40))
    app_head(p, "freecharge", "Bill payments")
    h269.strip(p, "Payment failed", j.status)
    name = pick(p, "center", [JVVNL, "JVVNL"])
    p.add("center", name, merchant=name)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    boxed(
        p,
        "The biller did not confirm this payment. Any amount debited will be refunded to the source in 3-5 "
        "days.",
        "error",
    )
    tid = f"FC{digits(rng, 14)}"
    zebra(
        p,
        "fc",
        [(0.0, 0.42, "l"), (0.42, 1.0, "r")],
        ["Details", ""],
        [
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["K Number", f"2101{rng.randrange(10**7, 10**8)}"], {}),
            (["Paid via", "UPI"], {"method": "UPI"}),
            (["Attempted on", at_hour(rng, j.date, ["{d} %b %Y"], (", ",))], {"date": j.date}),
        ],
        (240, 100, 40),
    )
    return p.done()


def _bill_bijlimitra(rng: random.Random, font: str, k: int, j: Job) -> tuple:
    """JVVNL's Bijli Mitra app with the Kathputli Ghar's prepaid smart meter recharged: a scalloped badge,
    Recharge successful, the sum; each value over its label: Meter No., Transaction ID, Paid via, Date & time;
    a balance line."""
    j.amount = float(rng.randrange(5, 60) * 100)
    p = phone(rng, font, k, ["", "Bijli Mitra"], dark=False, buttons=("Share",))
    band(p, (0, 90, 160))
    bar(p, "Bijli Mitra", JVVNL, merchant=JVVNL)
    h287.burst(p, j.status)
    p.add("center", "Recharge successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("gap")
    tid = f"BM{j.date:%y%m%d}{digits(rng, 8)}"
    vlab(p, "Meter No.", f"SM{rng.randrange(10**7, 10**8)}", bold=False)
    vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
    vlab(p, "Paid via", "UPI", bold=False, method="UPI")
    vlab(p, "Date & time", at_hour(rng, j.date, ["%d/%m/%Y", "{d} %b %Y"], (", ",)), bold=False, date=j.date)
    p.add("small", "Balance will reflect on the meter within 15 minutes")
    return p.done()


BILL_LAYOUTS = [
    _bill_jvvnl,
    _bill_excitel,
    _bill_phed,
    _bill_rsgl,
    _bill_dairy,
    _bill_jio,
    _bill_freecharge,
    _bill_bijlimitra,
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the Kathputli Ghar's bills, one layout a place (``BILL_LAYOUTS``): JVVNL's receipt
    under its Hindi name, Excitel's "Today", PHED's counter receipt, Rajasthan State Gas' pending payment, the
    dairy's milk account in a Hindi hand, Jio's mail, Freecharge's failure and Bijli Mitra's recharge."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=300, high=9000)
    return BILL_LAYOUTS[k](rng, font, k, j)


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Rajasthan Gramin Bank", "VM-RGBANK", "BHANWARI DEVI", "UPI"),
    ("State Bank of India", "AD-SBIINB", "SHRI RAM GOTA BHANDAR", "NEFT"),
    ("Bank of Baroda", "BZ-BOBTXN", "CHANDPOLE PAINT STORES", "UPI"),
    ("AU Small Finance Bank", "", "MAHADEV TIMBER MART", "IMPS"),
    ("Jaipur Central Co-operative Bank", "VM-JCCBNK", "VISHWAKARMA FURNITURE", "IMPS"),
    ("RBL Bank", "JM-RBLBNK", "COLOUR CRAFT ENTERPRISES", "NEFT"),
    ("HDFC Bank", "", "LAXMI TEXTILES AND GOTA", "RTGS"),
    ("Canara Bank", "", "RAMGANJ THREAD HOUSE", "UPI"),
]


def _alert_rgb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Rajasthan Gramin Bank's SMS in Hindi in a bubble of the phone's messages thread under its day
    divider: "प्रिय ग्राहक, आपके खाते XX1234 से दिनांक <dd-mm-yyyy> को UPI द्वारा रु.x <PAYEE> को भेजे गए। Ref
    No .... -RGB" (Dear customer, Rs. x was sent from your account XX1234 on <day> by UPI to <PAYEE>)."""
    p = phone(rng, font, k, ["VM-RGBANK"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 1")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"प्रिय ग्राहक, आपके खाते XX{tail4} से दिनांक {when(j.date, '%d-%m-%Y')} को UPI द्वारा "
        f"रु.{amt} {to} को "
        f"भेजे गए। Ref No {ref} -RGB"
    )
    size = p.style["size"]
    room = room_of(p) * 0.8
    line, first = "", True
    for word in text.split():
        if line and hi_width(f"{line} {word}", p.font, size) > room:
            hi(p, line, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    hi(p, line, align="l", **(facts if first else {}))
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


def _alert_sbi(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """State Bank of India's SMS: "Dear Customer, your A/c XXXXX1234 is debited by Rs.x on <dd-Mon-yy> by
    NEFT to <PAYEE>. UTR .... If not done by you, call 1800111109 -SBI"."""
    text = (
        f"Dear Customer, your A/c XXXXX{tail4} is debited by Rs.{amt} on {when(j.date, '%d-%b-%y')} "
        "by NEFT to "
        f"{to}. UTR {ref}. If not done by you, call 1800111109 -SBI"
    )
    p = sms_page(rng, font, "AD-SBIINB", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_bob(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Bank of Baroda's SMS of a UPI payment that failed: "Rs.x transfer from A/c ...1234 to <PAYEE> via UPI
    on <dd-mm-yy> has failed. Amount, if debited, will be reversed. UPI Ref .... -Bank of Baroda"."""
    text = (
        f"Rs.{amt} transfer from A/c ...{tail4} to {to} via UPI on {when(j.date, '%d-%m-%y')} has failed. "
        f"Amount, if debited, will be reversed. UPI Ref {ref} -Bank of Baroda"
    )
    p = sms_page(rng, font, "BZ-BOBTXN", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_au(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """AU Small Finance Bank's notification in the phone's pulled-down shade under its quick-setting toggles:
    "AU 0101 · now"; "Rs.x debited from A/c XX1234 via IMPS to <PAYEE>. IMPS Ref .... -AU Bank"; a weather
    card under it; no day."""
    p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([20, 21]))
    p.style["paper"] = rng.choice([(26, 28, 34), (30, 28, 36)])
    p.part = "body"
    cols(
        p,
        "sh0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        hhmm(rng, twelve=False),
        f"{rng.randrange(20, 99)}%",
        mode="soft",
    )
    h289.shade_pull(p)
    p.add("gap")
    c = card_open(p)
    dot = sign(font, "\u2022", "|")
    cols(p, "sh1", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], f"AU 0101  {dot}  AU Bank", "now", mode="soft")
    prose(p, f"Rs.{amt} debited from A/c XX{tail4} via IMPS to {to}. IMPS Ref {ref} -AU Bank", **facts)
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    cols(p, "sh2", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "Weather  |  Jaipur", "now", mode="soft")
    p.add("left", f"{rng.randrange(18, 41)}° Sunny, light winds")
    card_close(p, c)
    return p.done()


def _alert_jccb(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """The Jaipur Central Co-operative Bank's SMS: "Dear Member, A/c XX1234 debited Rs.x on <dd/mm/yyyy> by
    IMPS to <PAYEE>. IMPS Ref .... -JCCB"."""
    text = (
        f"Dear Member, A/c XX{tail4} debited Rs.{amt} on {when(j.date, '%d/%m/%Y')} by IMPS to "
        f"{to}. IMPS Ref "
        f"{ref} -JCCB"
    )
    p = sms_page(rng, font, "VM-JCCBNK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_rbl(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """RBL Bank's SMS of a NEFT being processed: "Your NEFT of Rs.x from A/c XX1234 to <PAYEE> dated
    <dd.mm.yyyy> is being processed. UTR .... -RBL Bank"."""
    text = (
        f"Your NEFT of Rs.{amt} from A/c XX{tail4} to {to} dated {when(j.date, '%d.%m.%Y')} is being "
        "processed. "
        f"UTR {ref} -RBL Bank"
    )
    p = sms_page(rng, font, "JM-RBLBNK", text, j.date)
    p.add("left", text, **facts)
    return p.done()


def _alert_hdfc(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """HDFC Bank's InstaAlert mail of an RTGS debit with no reference: "Rs.x has been debited from account
    **1234 to <PAYEE> via RTGS on <dd-mm-yyyy>."."""
    p = mail_page(
        rng,
        font,
        "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
        ["View: Account update for your HDFC Bank A/c", "InstaAlert: RTGS debit"],
    )
    p.part = "head"
    top(p, "HDFC BANK")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        f"Rs.{amt} has been debited from account **{tail4} to {to} via RTGS on {when(j.date, '%d-%m-%Y')}.",
        **facts,
    )
    p.add("gap")
    prose(p, "If you did not authorise this transaction, please call us on 1800 202 6161 immediately.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "HDFC Bank Ltd. This is a system generated mail; please do not reply.")
    return p.done()


def _alert_canara(rng, font, k, j, to, amt, tail4, ref, facts) -> tuple:
    """Canara Bank's WhatsApp banking message under its day divider: the bank with its verified name on top;
    "Dear Customer, INR x debited from A/c XX1234 towards UPI to <PAYEE> on <dd/mm/yyyy>. UPI Ref ....
    -Canara Bank"."""
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    p.add("title", "Canara Bank")
    p.add("small", "Official WhatsApp banking")
    p.add("rule")
    p.part = "body"
    p.add("gap")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"Dear Customer, INR {amt} debited from A/c XX{tail4} towards UPI to {to} on "
        f"{when(j.date, '%d/%m/%Y')}. "
        f"UPI Ref {ref} -Canara Bank"
    )
    for n_, line in enumerate(lines_of(p, text, share=0.84)):
        p.add("left", line, **(facts if n_ == 0 else {}))
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()


ALERT_LAYOUTS = [
    _alert_rgb,
    _alert_sbi,
    _alert_bob,
    _alert_au,
    _alert_jccb,
    _alert_rbl,
    _alert_hdfc,
    _alert_canara,
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the samiti's payments, one layout a place (``ALERT_LAYOUTS``): Rajasthan Gramin
    Bank's SMS in Hindi in a bubble, State Bank of India's SMS, Bank of Baroda's failed UPI, AU Bank's
    notification in the pulled-down shade with no day, the Jaipur Central Co-operative Bank's SMS, RBL Bank's
    NEFT being processed, HDFC Bank's InstaAlert mail with no reference and Canara Bank's WhatsApp banking
    message."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2000, high=90000)
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

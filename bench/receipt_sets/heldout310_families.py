"""The twelve heldout310 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a sabai grass craft producer company's year of 2026 in Mayurbhanj, Odisha
(Simlipal Sabai Craft Producer Company Limited, owned by the women of the self-help groups of the villages
round Bangiriposi, Santal, Kolha, Bhumija and Bathudi, who twist the dried blades of sabai grass into rope,
coil it and wrap each coil to the one under it with a stitch of split grass, some of it dyed, into baskets
with lids, bread baskets, laundry baskets, fruit trays, lampshades and peacock wall hangings, plait it into
floor mats, table mats and coasters and sew it over cotton into tote bags, at its common facility centre at
Kendumundi; its shop on Station Road, Baripada, Sabai Kutir; its stall at the Toshali National Crafts Mela in
Bhubaneswar; the web shop simlipalsabai.in; ORMAS's, hotels', stores', a gifting firm's and a design studio's
orders; home stores, fair trade shops and basket importers abroad), told by the proofs of payment it receives
(buyers' BharatPe for Business on Sabai Kutir's phone, BHIM set in Odia, Amazon Pay, Navi, iMobile Pay,
Jupiter, a WhatsApp chat and IOB Mobile; ORMAS's advice, SAP Business One, Kotak FYN, Marg ERP, Google Chat,
RazorpayX, ICICI Bank's corporate banking and a plain mail; HSBCnet, Commerzbank, Danske Bank, BNZ, OCBC
Velocity, RBC Express, Emirates NBD and Chase; its own tax invoice, the Mela stall's cash memo, Cashfree, Wix,
Flipkart's settlement, Paytm Payment Gateway, OkCredit and a money receipt in an Odia table) and those it
makes (a grass trader's bill in an Odia hand, a dye house's invoice pasted in the register, Blue Dart, udaan,
Flipkart, a tailoring store's estimate, a packaging house's Swipe invoice and a hardware store's dot-matrix
memo; OGB Mobile with its Odia labels, IOB Connect, FinoPay, InstaBIZ, the Mayurbhanj Central Co-operative
Bank's NEFT application, AU 0101, Bank of India's internet banking and IndusMobile; a coiler's wage account in
an Odia hand, Keka's payslip, MobiKwik, a Makar Sankranti advance receipt in an Odia hand, PhonePe, Kotak811,
Google Pay and Airtel Thanks; SUJOG's trade licence receipt in an Odia table, the Odisha Treasury's e-challan,
EPFO, a haat toll ticket, MCA21, the Tahasil's rent receipt, the Labour Directorate and Parivahan's e-Challan;
eight insurers; cards on Sabai Kutir's and the stall's terminals, at a Bhubaneswar hotel and a Balasore
hardware shop, on IRCTC, in Axis Bank's SMS, on Uni's app and on a Baripada restaurant's Torqus bill; TPNODL,
BSNL, Tata Play, HP Pay, a water jar supplier's card in an Odia hand, MyJio, PHEO and a Bharatgas cash memo;
the banks' SMS, an Odia SMS, a smartwatch, an app's inbox and a mail). Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, the units' lines, salutations, Odia lines (but a bank's SMS in Odia, whose figures and payee carry
the facts, an Odia app's day and outcome, an Odia table row's value and an Odia hand's sums, days and
"received"), items, baskets, mats, pieces, rates, GST, fees, charges, balances, sums insured, periods, months,
wage and bill months, invoice, bill, due and journey days, account, policy, certificate, consumer, subscriber,
application, licence, khata, plot, employee, vehicle, mobile, AWB and card numbers, TRRN's wage month, GSTIN,
PAN, IFSC, SWIFT/BIC codes, UPI IDs, bills named on an advice, other messages and notifications, baskets,
plaits, wisps of grass and twine, the mat a page lies on, the register a bill is pasted in and its tape, a
watch's case, stages, progress bars, notices, tiles, badges, stamps, seals, barcodes, ticks, thumb impressions
and signatures carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign``
and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``,
``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``seal``, ``bars``, ``thumb``, a roll's torn edges),
heldout271's (``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``fill2``, ``perf``, ``hand``, ``amtbox``,
``tt``, ``step``, ``rstamp``, ``slipline``, rounded cards), heldout273's (``hcells``, ``ledger``, ``pill``,
``track``, ``field``, ``bubble``, ``tick``, ``panel``, ``watermark``), heldout275's (``sig``, ``divider``,
``gutter``, ``sicon``, a chat's payment card, continuous stationery), heldout277's (``bigsum``, a spiral pad),
heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, ``spinner``,
``redno``), heldout287's (``notice``, ``tile``, ``burst``, ``oval``, ``vlab``, ``vname``, ``tiles2``,
``copyrow``), heldout289's (``chip``, ``steps``), heldout293's (Odia runs in Noto Sans Oriya shaped by Raqm, a
smartwatch) and heldout294's (``octa``, ``progress``), written in this set's pens and printers' faces.
``compose`` is heldout158's (as heldout269's to heldout309's), each page's rows drawn by heldout294's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: Odia lines, an Odia hand and an Odia SMS in heldout293's runs; a bilingual table's rows (the label in
Odia, its English small, the value printed or written, every cell ruled); a coiled sabai basket as a
letterhead's emblem (its coils from a narrow foot to a wide belly, each lit along its middle, the wrapping
stitches slanting across them, a band of dyed coils, a domed lid and its knob); a three-strand plait of sabai
grass as a divider (lens-shaped turns in a herringbone, a dyed turn every few); a thumb's impression inked
over heldout269's box; wisps of grass, snippets of dyed twine and a loose coil in a page's margins; and, after
the frame, the sabai floor mat a page is photographed lying on (rows of plaited rope sewn side by side, a dyed
row every few, a coiled coaster beside the page), the purchase register a bill is pasted into with clear tape
across its corners, or heldout293's smartwatch a bank's SMS is shown on. The pages' layouts and wordings are
this set's own."""

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
from bench.receipt_sets import heldout293_families as h293
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
# the hands that write on this set's papers: italics and obliques in another mix than heldout308's and
# heldout309's
PENS = [
    "liberation/LiberationSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
]
INKS = [(24, 34, 132), (34, 30, 90), (44, 42, 50), (10, 76, 92), (96, 28, 52)]
# the faces a page's fixed-width lines are printed in (a courier's counter, a bank's printer, a billing
# system's roll, a dot-matrix printer)
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# heldout293's Odia face (Noto Sans Oriya, regular and bold, shaped by Raqm) and the upright Latin face an
# Odia hand writes its figures in here
ODIA, ODIA_BOLD = h293.ODIA, h293.ODIA_BOLD
HAND_LATIN = "liberation2/LiberationSans-Regular.ttf"
ODIA_FACES = [ODIA, ODIA_BOLD, HAND_LATIN]
# heldout293 sets Noto Sans Oriya at 0.9 of a line's size; this set's printed Odia stands a little taller
OD_BOOST = 1.12
# sabai grass: the straw of the dried blades from a pale gold to a honey brown, its green where it is fresh,
# and the colours the coilers dye a share of it in (a magenta, a leaf green, a turmeric yellow, a maroon)
STRAW = [(222, 196, 128), (210, 178, 104), (232, 210, 150), (196, 160, 92)]
FRESH = (150, 160, 84)
DYES = [(182, 34, 104), (34, 122, 72), (226, 170, 30), (128, 30, 44)]
STITCH = (122, 92, 46)

# ---------------------------------------------------------------- the producer company

FIRM = "Simlipal Sabai Craft Producer Company Limited"
FIRM_SHORT = "Simlipal Sabai Craft Producer Co. Ltd."
FIRM_CAPS = FIRM.upper()
FIRM_OD = "ଶିମିଳିପାଳ ସାବେଇ କାରୁଶିଳ୍ପ ଉତ୍ପାଦକ କମ୍ପାନୀ"
# the company's name as a bank's beneficiary field cuts it
CUT = "SIMLIPAL SABAI CRAFT PRO"
SHOP = "Sabai Kutir"
SHOP_CAPS = SHOP.upper()
SHOP_OD = "ସାବେଇ କୁଟୀର"
WEB = "simlipalsabai.in"
GSTIN = "21AAPCS4816K1ZV"
PAN = "AAPCS4816K"
UDYAM = "UDYAM-OD-19-0031847"
CEO = "Malati Marandi"
CHAIR = "Phulmani Tudu"
ACCOUNTANT = "Debasish Mohanta"
EXPORTS = "Ritika Panda"
ADDRESS = "Common Facility Centre, Kendumundi, Bangiriposi, Mayurbhanj, Odisha - 757032"
TOWN = "Bangiriposi, Mayurbhanj - 757032"
SHOP_AT = "Station Road, Baripada, Mayurbhanj - 757001"
BANK_LINE = "Bank of India, Baripada"
BIC = "BKIDINBBBBP"
# the Toshali National Crafts Mela at Bhubaneswar, where the company keeps a stall (1 to 10 December 2026);
# Makar Sankranti (14 January 2026), before which the coilers' festival advances are paid
MELA, MELA_DAYS = dt.date(2026, 12, 1), 6
MAKAR = dt.date(2026, 1, 14)
IFSC = {
    "Bank of India": "BKID",
    "State Bank of India": "SBIN",
    "Odisha Grameen Bank": "ODGB",
    "UCO Bank": "UCBA",
    "Punjab National Bank": "PUNB",
    "Indian Overseas Bank": "IOBA",
    "Canara Bank": "CNRB",
    "Central Bank of India": "CBIN",
    "Union Bank of India": "UBIN",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "IndusInd Bank": "INDB",
    "AU Small Finance Bank": "AUBL",
    "The Mayurbhanj Central Co-operative Bank": "MCCB",
    "Bank of Baroda": "BARB",
    "Yes Bank": "YESB",
}
# the company's work sold: name, HSN (4602 basketwork, 4601 mats and matting of plaiting materials), price
# each (low, high); GST 5% on every one
WORKS = [
    ("Coiled sabai basket with lid, 10 in", "4602", 450, 950),
    ("Round bread basket, dyed rim", "4602", 260, 520),
    ("Laundry basket with lid, 18 in", "4602", 1400, 2600),
    ("Sabai floor mat, 4 x 6 ft", "4601", 1800, 3600),
    ("Table mat set of six", "4601", 480, 900),
    ("Coaster set of six", "4601", 180, 360),
    ("Tote bag, cotton lined", "4602", 650, 1400),
    ("Oval fruit tray", "4602", 320, 700),
    ("Peacock wall hanging", "4602", 550, 1500),
    ("Pen stand and tray set", "4602", 220, 420),
    ("Coiled lampshade", "4602", 900, 1900),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Coiled sabai basket with lid, 10 in": "Lid basket 10in",
    "Round bread basket, dyed rim": "Bread basket",
    "Laundry basket with lid, 18 in": "Laundry basket",
    "Sabai floor mat, 4 x 6 ft": "Floor mat 4x6",
    "Table mat set of six": "Table mats (6)",
    "Coaster set of six": "Coasters (6)",
    "Tote bag, cotton lined": "Tote bag",
    "Oval fruit tray": "Fruit tray",
    "Peacock wall hanging": "Wall peacock",
    "Pen stand and tray set": "Pen stand set",
    "Coiled lampshade": "Lampshade",
}
# the same in the Odia a stall's hand writes
SHORT_OD = {
    "Coiled sabai basket with lid, 10 in": "ଢାଙ୍କୁଣି ଟୋକେଇ",
    "Round bread basket, dyed rim": "ରୁଟି ଟୋକେଇ",
    "Laundry basket with lid, 18 in": "ବଡ଼ ଟୋକେଇ",
    "Sabai floor mat, 4 x 6 ft": "ସାବେଇ ମସିଣା",
    "Table mat set of six": "ଟେବୁଲ ମ୍ୟାଟ",
    "Coaster set of six": "କୋଷ୍ଟର",
    "Tote bag, cotton lined": "ସାବେଇ ବ୍ୟାଗ",
    "Oval fruit tray": "ଫଳ ଡାଲା",
    "Peacock wall hanging": "କାନ୍ଥ ମୟୂର",
    "Pen stand and tray set": "କଲମ ଷ୍ଟାଣ୍ଡ",
    "Coiled lampshade": "ଲ୍ୟାମ୍ପସେଡ୍",
}
CUSTOMERS = [
    "Mr. Subhransu Mohapatra",
    "Ms. Ananya Dash",
    "Dr. Pradipta Kumar Nayak",
    "Mrs. Sasmita Patnaik",
    "Mr. Bikash Ranjan Das",
    "Ms. Lopamudra Mishra",
    "Mr. Jagannath Jena",
]
# the company's coilers and weavers (women of its self-help groups, Santal, Kolha, Bhumija and Bathudi, of the
# villages round Bangiriposi) and its people at Sabai Kutir's counter
ARTISANS = [
    "Sumitra Hansdah",
    "Basanti Murmu",
    "Jamuna Tudu",
    "Saraswati Soren",
    "Champa Marandi",
    "Lakhimani Hembram",
    "Padmini Naik",
    "Sukurmani Baskey",
]
STAFF = ["Rashmita Behera", "Ajit Kumar Sahu"]
SHGS = [
    "Maa Kichakeswari Mahila SHG",
    "Jaher Ayo Mahila SHG",
    "Sidho Kanhu Mahila SHG",
    "Maa Ambika Mahila SHG",
]
# the months as an app set in Odia prints them
OD_MONTHS = [
    "ଜାନୁଆରୀ",
    "ଫେବୃଆରୀ",
    "ମାର୍ଚ୍ଚ",
    "ଅପ୍ରେଲ",
    "ମେ",
    "ଜୁନ",
    "ଜୁଲାଇ",
    "ଅଗଷ୍ଟ",
    "ସେପ୍ଟେମ୍ବର",
    "ଅକ୍ଟୋବର",
    "ନଭେମ୍ବର",
    "ଡିସେମ୍ବର",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The company's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 3) if lo >= 1400 else rng.randrange(2, 7) if lo >= 400 else rng.randrange(3, 12)
        ceiling = max(lo + 20, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Mela's, the days before Makar Sankranti), its UPI / card
    reference made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "BKID")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "21", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def od_day(day: dt.date) -> str:
    """A day as an app set in Odia prints it: the day's figures, the month's Odia name, the year."""
    return f"{day.day} {OD_MONTHS[day.month - 1]} {day.year}"


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The company's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(31, 860), len(shares))
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


def hour12(hour: int, minute: int) -> str:
    """An hour on a twelve-hour clock (a chat message's)."""
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h310", {"marks": {}, "decor": [], "frame": None})


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
    h269.kind(p, "lb10", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb10"] = 0.76
    h269.row(p, "lb10", text, **facts)


def note(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line in small letters in the label's ink (a note, a message's hour), in as many lines as it needs
    (the facts on the first)."""
    name = f"nt10{align}"
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


# ---------------------------------------------------------------- Odia (heldout293's runs, this set's rows)


def odia(
    p: Screen,
    text: str,
    *,
    scale: float = 1.0,
    bold: bool = False,
    align: str = "c",
    soft: bool = False,
    **facts,
) -> None:
    """A line in Odia (a name over its English, a heading, an app's words, a label), its Latin runs and
    figures in the page's face: heldout293's runs in Noto Sans Oriya, drawn by this set's ``_render``."""
    size = int(p.style["size"] * scale * OD_BOOST)
    assert h293.ook(text, p.font, bold=bold), (p.font, text)
    assert h293.owidth(text, p.font, size, bold=bold) <= room_of(p), (text, room_of(p))
    put(p, "t10ol", text, mark_=[scale, bold, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def od_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """An Odia sentence set left in as many lines as it needs (the facts on its first line)."""
    size = int(p.style["size"] * scale * OD_BOOST)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and h293.owidth(f"{line} {word}", p.font, size) > room:
            odia(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    odia(p, line, scale=scale, align="l", **(facts if first else {}))


def od_hand(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.25, **facts
) -> None:
    """A line written by hand in Odia: Noto Sans Oriya for its letters and an upright Latin face for its
    figures, leaning as this set's hands lean, in the page's ink; ``figure`` written at the right end of the
    line (a sum in a bill's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert h293.ook(text + figure, HAND_LATIN), text
    need = h293.owidth(text, HAND_LATIN, size) + size * 0.6
    if figure:
        need += h293.owidth(figure, HAND_LATIN, size) + size * 1.4
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t10oh", text, figure, mark_=[align, scale, p.rng.uniform(-1.0, 1.0)], **facts)


def od_row(
    p: Screen,
    other: str,
    english: str,
    value: str,
    *,
    at: tuple[float, float] = (0.3, 0.56),
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """This set's bilingual table row: three cells ruled on every side across the page, the label in Odia in
    the first (shaded), its English small in the label's ink in the second, the value in the third (printed,
    in bold where ``bold``, or written in the page's pen where ``pen``); rows one under another share their
    rules."""
    size = p.style["size"]
    room = room_of(p)
    assert h293.ook(other, p.font), other
    assert h293.owidth(other, p.font, int(size * 0.9 * OD_BOOST)) + 16 <= at[0] * room, (other, at)
    small = load_font(p.font, int(size * 0.74))
    assert glyphs(p.font, english) and small.getlength(english) + 14 <= (at[1] - at[0]) * room, (english, at)
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value), value
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    assert vface.getlength(value) + 16 <= (1 - at[1]) * room, (value, at)
    put(p, "t10tr", other, english, value, mark_=[at[0], at[1], pen, bold], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def basket(p: Screen) -> None:
    """A coiled sabai basket as a letterhead's emblem, seen from the side: its coils of grass stacked from a
    narrow foot to a wide belly and in again to the rim, each coil a rounded roll lit at its middle and dark
    at its ends, the wrapping stitches slanting across it, two or three coils of dyed grass in a band, the
    domed lid in smaller coils with a knob, a soft shadow under it; centred, three lines high."""
    put(p, "t10bk", "", mark_=[p.rng.randrange(len(DYES)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def plait(p: Screen) -> None:
    """A three-strand plait of sabai grass as a divider across the page: the strands' lens-shaped turns
    leaning up and down in a herringbone, each lit along its middle with darker edges, every few turns a
    strand of dyed grass; one line high."""
    put(p, "t10pl", "", mark_=[p.rng.randrange(len(DYES)), p.rng.randrange(10**6)])


def fibres(p: Screen) -> None:
    """Wisps of sabai grass, a few blades curling, snippets of dyed twine and a loose coil in a page's margins
    (the coilers' floor)."""
    ext(p)["decor"].append(["fibres", p.rng.randrange(10**6)])


def on_mat(p: Screen) -> None:
    """The page photographed lying on a sabai floor mat: rows of plaited sabai rope sewn side by side, a row
    of dyed rope every few, a coiled coaster beside the page, the page's shadow, the page a little askew."""
    ext(p)["frame"] = ["mat", p.rng.randrange(10**6)]


def taped(p: Screen) -> None:
    """The page pasted into the purchase register with clear tape: the register's ruled page round it (faint
    blue lines, a red margin), the page a little askew, a strip of yellowed tape across two or four of its
    corners."""
    ext(p)["frame"] = ["register", p.rng.randrange(10**6)]


def thumbprint(p: Screen) -> None:
    """heldout269's box for a thumb's impression, inked by this set: a loop's ridges pressed in a stamp pad's
    blue-black, arcs opening to one side round a narrow core, broken where the pad ran dry."""
    h269.thumb(p, "Left thumb|impression")
    ext(p).setdefault("prints", []).append([len(p.rows) - 3, p.rng.randrange(10**6)])


def on_watch(p: Screen) -> None:
    """heldout293's smartwatch: the screen shown in a watch's rounded screen, its bezel, crown and strap."""
    ext(p)["frame"] = ["watch", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _roll_strip(w: int, h: int, colour, seed: int, stitch_gap: float) -> Image.Image:
    """One coil of grass as an RGBA strip: a rounded roll lit along its middle and dark at its ends and its
    top and foot, the wrapping stitches slanting across it."""
    g = np.random.default_rng(seed)
    ys = np.linspace(-1.0, 1.0, h, dtype=np.float32)[:, None]
    xs = np.linspace(-1.0, 1.0, w, dtype=np.float32)[None, :]
    round_y = np.sqrt(np.clip(1.0 - ys**2, 0.0, 1.0))
    round_x = np.sqrt(np.clip(1.0 - xs**2, 0.0, 1.0)) ** 0.5
    light = 0.55 + 0.55 * round_y * (0.55 + 0.45 * round_x)
    base = np.array(colour, dtype=np.float32)[None, None, :] * light[..., None]
    streak = g.normal(0, 9, (h, 1)).astype(np.float32)
    rgb = np.clip(base + streak[..., None] * 0.5 + g.normal(0, 3, (h, w, 1)), 0, 255).astype(np.uint8)
    strip = Image.fromarray(rgb, "RGB").convert("RGBA")
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=h // 2, fill=255)
    strip.putalpha(mask)
    d = ImageDraw.Draw(strip)
    dark = _tint(STITCH, colour, 0.75)
    x = stitch_gap * float(g.uniform(0.2, 0.9))
    while x < w - h * 0.4:
        if x > h * 0.3:
            d.line((x, 1, x + h * 0.45, h - 2), fill=dark + (255,), width=max(2, h // 6))
            d.line(
                (x + 2, 1, x + h * 0.45 + 2, h - 2),
                fill=_tint((255, 246, 210), colour, 0.5) + (255,),
                width=1,
            )
        x += stitch_gap
    return strip


def _basket_art(dye_i: int, seed: int, H: int) -> Image.Image:
    """The basket drawn ``H`` high (three times the size it is set at), transparent round it."""
    srng = random.Random(seed)
    W = int(H * 1.25)
    art = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    straw = srng.choice(STRAW)
    dye = DYES[dye_i]
    coil = max(8, int(H * 0.062))
    cx = W / 2
    body_h = H * 0.62
    foot_y = H * 0.97
    n_body = int(body_h / (coil * 0.86))
    band_at = srng.sample(range(2, n_body - 2), 1)[0]
    band = {band_at, band_at + 1} if srng.random() < 0.6 else {band_at, band_at + 1, band_at + 2}
    rows_: list[tuple[float, float, tuple]] = []
    for i in range(n_body):
        t = i / max(1, n_body - 1)
        # a narrow foot, the belly at two fifths, the rim drawn in a little
        half = W * (
            0.26 + 0.18 * math.sin(min(1.0, t * 1.25) * math.pi * 0.62) - 0.04 * max(0.0, t - 0.8) * 5
        )
        y = foot_y - coil - i * coil * 0.86
        colour = dye if i in band else _tint(straw, (255, 255, 255), srng.uniform(0.9, 1.0))
        rows_.append((y, half, colour))
    rim_y = rows_[-1][0]
    # the lid: a dome of smaller coils over the rim, its knob
    n_lid = 5
    lid_half0 = rows_[-1][1] * 1.04
    for i in range(n_lid):
        half = lid_half0 * math.cos((i / n_lid) * math.pi / 2.15)
        y = rim_y - coil * 0.95 - i * coil * 0.78
        colour = dye if i == 1 else _tint(straw, (255, 255, 255), srng.uniform(0.9, 1.0))
        rows_.append((y, max(half, coil * 1.4), colour))
    for n_, (y, half, colour) in enumerate(rows_):
        w = int(half * 2)
        strip = _roll_strip(w, coil, colour, srng.randrange(10**6), coil * srng.uniform(1.1, 1.4))
        art.alpha_composite(strip, (int(cx - half), int(y)))
    ky = rows_[-1][0] - coil * 0.9
    kr = coil * 0.9
    d = ImageDraw.Draw(art)
    d.ellipse((cx - kr, ky - kr * 0.2, cx + kr, ky + kr * 1.6), fill=_tint(STITCH, straw, 0.35) + (255,))
    d.ellipse(
        (cx - kr * 0.55, ky + kr * 0.1, cx + kr * 0.3, ky + kr * 0.7),
        fill=_tint((255, 250, 220), straw, 0.4) + (255,),
    )
    # the join of lid and rim
    d.line(
        (cx - lid_half0 * 0.98, rim_y - 1, cx + lid_half0 * 0.98, rim_y - 1),
        fill=(80, 60, 30, 140),
        width=max(2, coil // 5),
    )
    return art


def _basket(page: Image.Image, cx: float, top_y: float, h: float, dye_i: int, seed: int) -> None:
    """The emblem: the basket drawn three times over and brought down, a soft shadow under it."""
    k = 3
    art = _basket_art(dye_i, seed, int(h * k))
    small = art.resize((int(art.width / k), int(art.height / k)), Image.LANCZOS)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    alpha = small.split()[3]
    shadow = Image.new("L", page.size, 0)
    shadow.paste(alpha.point(lambda v: 60 if v > 0 else 0), (x0_ + 5, y0_ + 4))
    shadow = shadow.filter(ImageFilter.GaussianBlur(4))
    page.paste(Image.composite(Image.new("RGB", page.size, (96, 84, 64)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _lens(
    d: ImageDraw.ImageDraw, cx: float, cy: float, length: float, fat: float, angle: float, colour
) -> None:
    """One turn of a plait's strand: a lens drawn along ``angle``, its edge dark and a lit line along it."""
    pts = []
    for i in range(25):
        t = -1 + 2 * i / 24
        pts.append((t * length / 2, fat / 2 * (1 - t * t)))
    for i in range(24, -1, -1):
        t = -1 + 2 * i / 24
        pts.append((t * length / 2, -fat / 2 * (1 - t * t)))
    ca, sa = math.cos(angle), math.sin(angle)
    poly = [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]
    d.polygon(poly, fill=colour + (255,), outline=_tint(STITCH, colour, 0.8) + (255,))
    hx, hy = length * 0.36, fat * 0.08
    d.line(
        (cx - hx * ca + hy * sa, cy - hx * sa - hy * ca, cx + hx * ca + hy * sa, cy + hx * sa - hy * ca),
        fill=_tint((255, 250, 226), colour, 0.5) + (255,),
        width=2,
    )


def _plait_art(w: int, h: int, dye_i: int, seed: int, straw=None, dyed: bool = True) -> Image.Image:
    """A plait ``w`` by ``h`` as an RGBA strip (drawn at the size given), a turn of dyed grass every few where
    ``dyed``."""
    srng = random.Random(seed)
    art = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(art)
    straw = straw or srng.choice(STRAW)
    dye = DYES[dye_i]
    step = h * 0.36
    length, fat = h * 0.96, h * 0.46
    every = srng.choice([5, 6, 7])
    x, n = -step, 0
    while x < w + step:
        up = n % 2 == 0
        colour = dye if dyed and n % every == 0 else _tint(straw, (255, 255, 255), srng.uniform(0.86, 1.0))
        cy = h / 2 + (-1 if up else 1) * h * 0.14
        _lens(d, x, cy, length, fat, math.radians(-42 if up else 42), colour)
        x += step
        n += 1
    return art


def _plait(page: Image.Image, x0: float, x1: float, y0: float, y1: float, dye_i: int, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    art = _plait_art(w * k, h * k, dye_i, seed)
    small = art.resize((w, h), Image.LANCZOS)
    page.paste(small, (int(x0), int(y0)), small)


def _curve(d: ImageDraw.ImageDraw, pts: list[tuple[float, float]], colour, width: int) -> None:
    """A quadratic curve through three points (a blade of grass, a twine's snippet)."""
    (ax, ay), (bx, by), (cx, cy) = pts
    line = []
    for i in range(21):
        t = i / 20
        line.append(
            (
                (1 - t) ** 2 * ax + 2 * (1 - t) * t * bx + t * t * cx,
                (1 - t) ** 2 * ay + 2 * (1 - t) * t * by + t * t * cy,
            )
        )
    d.line(line, fill=colour, width=width, joint="curve")


def _fibres(page: Image.Image, seed: int) -> Image.Image:
    """The margins: wisps of sabai grass, blades curling, snippets of dyed twine, a loose coil."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(5, MARGIN - 8) if left else srng.uniform(width - MARGIN + 8, width - 5)
        return x, srng.uniform(24, height - 60)

    for _ in range(srng.randrange(3, 6)):
        x, y = spot()
        straw = srng.choice(STRAW + [FRESH])
        length = srng.uniform(40, 90)
        bend = srng.uniform(-14, 14)
        end = (x + srng.uniform(-10, 10), y + length)
        _curve(
            d,
            [(x + 1, y + 1), (x + bend + 1, y + length / 2), (end[0] + 1, end[1] + 1)],
            (120, 110, 90, 90),
            3,
        )
        _curve(d, [(x, y), (x + bend, y + length / 2), end], straw + (255,), 2)
    for _ in range(srng.randrange(1, 3)):
        x, y = spot()
        dye = srng.choice(DYES)
        length = srng.uniform(24, 44)
        _curve(
            d,
            [(x, y), (x + srng.uniform(-12, 12), y + length / 2), (x + srng.uniform(-6, 6), y + length)],
            dye + (255,),
            3,
        )
    if srng.random() < 0.7:
        x, y = spot()
        straw = srng.choice(STRAW)
        pts = []
        for i in range(60):
            a = i * 0.42
            r = 1.5 + i * 0.16
            pts.append((x + math.cos(a) * r, y + math.sin(a) * r))
        d.line(pts, fill=_tint(STITCH, straw, 0.5) + (255,), width=4, joint="curve")
        d.line(pts, fill=straw + (255,), width=2, joint="curve")
    return layer.convert("RGB")


def _od_line(draw, x: float, y: float, text: str, font: str, size: int, fill_, bold: bool = False) -> None:
    h293.draw_o(draw, (x, y), text, font, size, fill_, bold=bold)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Odia lines and an Odia hand in heldout293's runs, a bilingual
    table's rows, a coiled sabai basket as an emblem, a plait of sabai grass as a divider, wisps of grass and
    twine in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h310")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", INKS[0]))
    marks = x["marks"]
    room = width - 2 * MARGIN
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t10"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t10ol":
            scale, bold, align, is_soft = m
            s = int(size * scale * OD_BOOST)
            tw = h293.owidth(r[1], font, s, bold=bold)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            _od_line(draw, tx, y - 1, r[1], font, s, soft if is_soft else ink, bold)
        elif name == "t10oh":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                tw = h293.owidth(text, HAND_LATIN, s)
                lw, lh = int(tw + s), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                _od_line(ImageDraw.Draw(layer), 4, lh * 0.2, text, HAND_LATIN, s, 255)
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
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.32)), layer)
                draw = ImageDraw.Draw(page)
        elif name == "t10tr":
            a0, a1, by_pen, bold = m
            xa, xb = MARGIN + a0 * room, MARGIN + a1 * room
            box = (MARGIN, top_y + 1, width - MARGIN, top_y + line)
            draw.rectangle((MARGIN + 1, top_y + 2, xa - 1, top_y + line - 1), fill=_tint(soft, paper_, 0.1))
            rule = _tint(soft, paper_, 0.7)
            draw.rectangle(box, outline=rule, width=1)
            draw.line((xa, box[1], xa, box[3]), fill=rule, width=1)
            draw.line((xb, box[1], xb, box[3]), fill=rule, width=1)
            _od_line(draw, MARGIN + 8, y - 1, r[1], font, int(size * 0.9 * OD_BOOST), ink)
            small = load_font(font, int(size * 0.74))
            draw.text((xa + 7, y + size * 0.16), r[2], font=small, fill=soft)
            if by_pen:
                vface = load_font(x1.get("pen", PENS[0]), int(size * 1.06))
                draw.text((xb + 9, y - size * 0.1), r[3], font=vface, fill=pen_ink)
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((xb + 9, y), r[3], font=vface, fill=ink)
        elif name == "t10bk":
            dye_i, seed = m
            _basket(page, width / 2, top_y + line * 0.04, line * 2.9, dye_i, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t10pl":
            dye_i, seed = m
            _plait(page, MARGIN, width - MARGIN, top_y + line * 0.14, top_y + line * 0.9, dye_i, seed)
            draw = ImageDraw.Draw(page)
    for i, seed in x.get("prints", []):
        _thumb(draw, width - MARGIN - line * 1.3, tops[i] + line * 1.2, line, paper_, seed)
    for what in x["decor"]:
        if what[0] == "fibres":
            page = _fibres(page, what[1])
    return page


def _thumb(draw: ImageDraw.ImageDraw, cx: float, cy: float, line: float, paper_, seed: int) -> None:
    """A thumb's impression: a loop's ridges (arcs round a narrow core opening to one side) in a stamp pad's
    blue-black, fading and broken where the pad ran dry."""
    srng = random.Random(seed)
    ink = (44, 50, 110)
    tilt = srng.uniform(-0.3, 0.3)
    side = srng.choice([-1, 1])
    for n_ in range(1, 11):
        rx, ry = line * 0.058 * n_, line * 0.082 * n_
        pts_all = []
        for a in range(0, 330, 5):
            t = math.radians(a + (90 if side > 0 else -90) + 15)
            ex, ey = rx * math.cos(t), ry * math.sin(t)
            if a > 180:
                ex += side * (a - 180) / 150 * line * 0.022 * n_
            pts_all.append(
                (
                    cx + ex * math.cos(tilt) - ey * math.sin(tilt),
                    cy + ex * math.sin(tilt) + ey * math.cos(tilt),
                )
            )
        for q in range(len(pts_all) - 1):
            if srng.random() < 0.22:
                continue
            fade = 0.35 + 0.55 * srng.random()
            draw.line(pts_all[q] + pts_all[q + 1], fill=_tint(ink, paper_, fade), width=2)


def _mat(image: Image.Image, seed: int) -> Image.Image:
    """The page on a sabai floor mat: rows of plaited rope sewn side by side (a dyed row every few), a coiled
    coaster beside the page, the page's shadow, the page askew."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad + 150, h + 2 * pad
    straw = srng.choice(STRAW)
    mat = Image.new("RGBA", (bw, bh), _tint((60, 50, 30), straw, 0.75) + (255,))
    rh = srng.choice([26, 30, 34])
    every = srng.choice([5, 6, 7])
    dye_i = srng.randrange(len(DYES))
    strips = {}
    for n_, y in enumerate(range(-rh // 2, bh, rh - 5)):
        dyed = n_ % every == every - 1
        key = (dyed, n_ % 3)
        if key not in strips:
            colour = DYES[dye_i] if dyed else _tint(straw, (255, 255, 255), srng.uniform(0.88, 1.0))
            strips[key] = _plait_art(bw, rh, 0, srng.randrange(10**6), straw=colour, dyed=False)
        mat.alpha_composite(strips[key], (int((n_ % 2) * rh * 0.2), y))
    g = np.random.default_rng(srng.randrange(10**6))
    arr = np.asarray(mat.convert("RGB"), dtype=np.float32)
    arr = np.clip(arr * (1 + g.normal(0, 0.03, (bh, 1, 1))), 0, 255)
    base = Image.fromarray(arr.astype(np.uint8), "RGB")
    angle = srng.uniform(-1.6, 1.6)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 10, (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 150 if v > 0 else 0), (sx + 9, sy + 11))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (58, 44, 26)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    # a coiled coaster beside the page: a disc of coils round its middle, a ring of dye
    d = ImageDraw.Draw(base)
    rr = 58
    cx = sx + turned.width + rr + srng.uniform(8, 22)
    cy = srng.uniform(bh * 0.2, bh * 0.7)
    d.ellipse((cx - rr + 6, cy - rr + 8, cx + rr + 6, cy + rr + 8), fill=(70, 56, 34))
    ring_dye = srng.choice([2, 3, 5])
    for n_, r in enumerate(range(rr, 4, -6)):
        colour = DYES[dye_i] if n_ == ring_dye else _tint(straw, (255, 255, 255), 0.9 + 0.1 * (n_ % 2))
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour, outline=_tint(STITCH, colour, 0.7), width=2)
    for a in range(0, 360, 15):
        t = math.radians(a)
        d.line(
            (cx + math.cos(t) * 8, cy + math.sin(t) * 8, cx + math.cos(t) * rr, cy + math.sin(t) * rr),
            fill=_tint(STITCH, straw, 0.55),
            width=1,
        )
    return base


def _register(image: Image.Image, seed: int) -> Image.Image:
    """The page pasted into the purchase register: the register's page (faint blue lines, a red margin) round
    it, the page askew, clear tape yellowed a little across its corners."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 64
    bw, bh = w + 2 * pad + 40, h + 2 * pad
    base = Image.new("RGB", (bw, bh), srng.choice([(246, 244, 236), (242, 242, 234), (248, 246, 238)]))
    d = ImageDraw.Draw(base)
    for y in range(40, bh, 30):
        d.line((0, y, bw, y), fill=(176, 196, 222), width=1)
    mx = 46
    d.line((mx, 0, mx, bh), fill=(214, 110, 110), width=2)
    d.line((mx + 4, 0, mx + 4, bh), fill=(214, 110, 110), width=1)
    angle = srng.uniform(-1.4, 1.4)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad + 20, (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 70 if v > 0 else 0), (sx + 3, sy + 4))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    base = Image.composite(Image.new("RGB", base.size, (120, 116, 104)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    corners = [
        (sx, sy),
        (sx + turned.width, sy),
        (sx, sy + turned.height),
        (sx + turned.width, sy + turned.height),
    ]
    chosen = (
        corners if srng.random() < 0.5 else [corners[0], corners[3]] if srng.random() < 0.5 else corners[:2]
    )
    for cx, cy in chosen:
        tw, th = srng.uniform(90, 130), srng.uniform(26, 34)
        left = cx < sx + turned.width / 2
        upper = cy < sy + turned.height / 2
        a = math.radians(45 if left == upper else -45) + srng.uniform(-0.15, 0.15)
        ca, sa = math.cos(a), math.sin(a)
        pts = [(-tw / 2, -th / 2), (tw / 2, -th / 2), (tw / 2, th / 2), (-tw / 2, th / 2)]
        poly = [(cx + px * ca - py * sa, cy + px * sa + py * ca) for px, py in pts]
        strip = Image.new("RGBA", base.size, (0, 0, 0, 0))
        sd = ImageDraw.Draw(strip)
        sd.polygon(poly, fill=(244, 232, 178, 104), outline=(226, 214, 160, 170))
        layer.alpha_composite(strip)
    out = base.convert("RGBA")
    out.alpha_composite(layer)
    return out.convert("RGB")


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout309's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the sabai mat a page lies on, the register it is pasted into or
    heldout293's smartwatch a screen is shown in."""
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
    f = (style.get("h310") or {}).get("frame")
    if f and f[0] == "mat":
        image = _mat(image, f[1])
    elif f and f[0] == "register":
        image = _register(image, f[1])
    elif f and f[0] == "watch":
        image = h293._watch(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h293.check_faces()
    for face in [*PENS, *TYPES, *ODIA_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout310 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, "SABAI KUTIR BARIPADA", FIRM_SHORT]
VPAS = [
    "sabaikutir@boi",
    "bharatpe.9047316288@yesbankltd",
    "sabaikutir.baripada@okaxis",
    "simlipalsabai@ybl",
    "sabaikutir@okicici",
]
BUYERS = [
    ("Subhransu Mohapatra", "State Bank of India"),
    ("Ananya Dash", "Odisha Grameen Bank"),
    ("Pradipta Kumar Nayak", "ICICI Bank"),
    ("Sasmita Patnaik", "UCO Bank"),
    ("Bikash Ranjan Das", "Indian Overseas Bank"),
    ("Lopamudra Mishra", "Axis Bank"),
    ("Jagannath Jena", "Bank of India"),
    ("Itishree Sahoo", "Canara Bank"),
]
NOTES = ["lid basket", "coasters", "floor mat", "mela baskets", "gift hamper baskets", "tote bags"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Odisha Grameen Bank": "OGB",
        "ICICI Bank": "ICICI",
        "UCO Bank": "UCO",
        "Indian Overseas Bank": "IOB",
        "Axis Bank": "Axis",
        "Bank of India": "BOI",
        "Canara Bank": "Canara",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Sabai Kutir or the company: BharatPe for Business on Sabai Kutir's phone (the shop under
    the app's bar, a rounded card with a large round tick, Payment received, the sum set large, "from
    <buyer>"; UTR:, Date:, Settled to:, Mode: with colons); BHIM set in Odia (a scalloped badge, "ପୈଠ ସଫଳ
    ହେଲା" (payment successful), the sum, "ପ୍ରାପକ" (recipient) over the payee and its UPI ID, the day with its
    month's Odia name and the hour; each label in Odia over its value: "UPI ରେଫରେନ୍ସ ନଂ" (UPI reference No.),
    "ଡେବିଟ ଖାତା" (debit account), "ମନ୍ତବ୍ୟ" (remarks)); Amazon Pay's UPI payment pending under a spinner (the
    sum, "to <payee>", a progress bar, a notice; UPI transaction ID, Initiated, Paying from each in a
    read-only field's box); Navi's UPI payment ("Today at <hour>"; a large round tick, Paid successfully, the
    sum, "to" over the payee; UPI Ref No. and Paid from in tiles; no day); ICICI Bank's iMobile Pay with
    Payment successful in a capsule (the sum; Paid to, UPI Ref. No., Date, Account, Note in a table ruled on
    every side); Jupiter's payment failed on a tinted band (the sum, "to <payee>", the reason in a notice;
    Transaction ID, Attempted on, Paying from against a gutter); a WhatsApp chat with Sabai Kutir (the shop on
    top and "Business account", the day's divider, the shop's message in a bubble, a payment card at the
    right: "Payment to <payee>", the sum, "Paid" and the hour, "UPI | <bank>", a note; no reference); Indian
    Overseas Bank's IOB Mobile with Transaction Successful under a tile's tick (each value over its label:
    Paid to, Amount, UPI Ref No, Date & Time, Debited from). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=180, high=24000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    if k in (0, 4) and rng.random() < 0.5:
        season(j, rng, MELA, MELA_DAYS)
    if k == 0:
        p = phone(rng, font, k, ["", "BharatPe"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 150, 136))
        app_head(p, "BharatPe", "for Business")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Station Road, Baripada")
        p.add("gap")
        c = card_open(p)
        sicon(p, status)
        p.add("center", "Payment received", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"from {who}")
        card_close(p, c)
        p.add("gap")
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        h271.colkv(p, "bp", spec, "UTR:", j.ref, txn=(UTR_RANK, j.ref))
        h271.colkv(
            p, "bp", spec, "Date:", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ", " ")), date=j.date
        )
        h271.colkv(p, "bp", spec, "Settled to:", f"BOI A/c XX{digits(rng, 4)}")
        h271.colkv(p, "bp", spec, "Mode:", "UPI", method="UPI")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=("Share",))
        band(p, (232, 112, 32))
        app_head(p, "BHIM", "UPI")
        h287.burst(p, status)
        odia(p, "ପୈଠ ସଫଳ ହେଲା", bold=True, scale=1.1, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        odia(p, "ପ୍ରାପକ", soft=True, scale=0.92)
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa, method="UPI")
        odia(p, f"{od_day(j.date)}, {hhmm(rng, lower=True)}", soft=True, scale=0.84, date=j.date)
        p.add("rule")
        odia(p, "UPI ରେଫରେନ୍ସ ନଂ", soft=True, scale=0.9, align="l")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        odia(p, "ଡେବିଟ ଖାତା", soft=True, scale=0.9, align="l")
        p.add("left", f"{sb} XXXX{last4}")
        odia(p, "ମନ୍ତବ୍ୟ", soft=True, scale=0.9, align="l")
        p.add("left", rng.choice(NOTES))
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Amazon Pay"], dark=False, buttons=("Check status",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        h294.progress(p, rng.uniform(0.55, 0.75), status)
        boxed(
            p,
            "Your bank is yet to confirm this payment. Please don't pay again; we will update the status in "
            "a few minutes.",
            "warn",
        )
        field(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        field(p, "Paying from", f"{sb} Bank A/c {masked(p.font)}{last4}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Navi"], dark=False, buttons=("Done",))
        band(p, (28, 120, 100))
        app_head(p, "Navi", "UPI")
        p.add("small", f"Today at {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        tiles2(
            p,
            ("UPI Ref No.", j.ref),
            ("Paid from", f"{sb} {masked(p.font)}{last4}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "iMobile Pay"], dark=False, buttons=("Share", "Done"))
        band(p, (176, 60, 20))
        app_head(p, "iMobile Pay", "ICICI Bank  |  UPI")
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = rng.choice([t for t in PAYEES if len(t) <= 24])
        grid(
            p,
            "im",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Paid to", name], {"merchant": name}),
                (["UPI Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Account", f"ICICI XX{last4}"], {"method": "UPI"}),
                (["Note", rng.choice(NOTES)], {}),
            ],
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Jupiter"], dark=False, buttons=("Retry",))
        band(p, (232, 96, 64))
        app_head(p, "Jupiter", "UPI payments")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "The payment did not go through: the receiver's bank is not responding. If money left your "
            "account, it will come back in 3 to 5 days.",
            "error",
        )
        tid = f"JUP{j.date:%y%m%d}{code(rng, 9, ALNUM)}"
        gutter(p, "jp", "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        gutter(
            p,
            "jp",
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.4,
            date=j.date,
        )
        gutter(p, "jp", "Paying from", f"Federal Bank XX{last4}", at=0.4, method="UPI")
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
        h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), date=j.date)
        p.add("gap")
        s_ = len(p.rows)
        p.add("left", "Namaskar! Your baskets are packed.")
        p.add("left", f"Total {rs(j.amount)}, pay here on WhatsApp.")
        h273.bubble(p, s_, hhmm(rng, lower=True))
        p.add("gap")
        c = h275.gcard_open(p)
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
        h275.inrow(p, f"UPI  |  {sb} {masked(p.font)}{last4}", scale=0.86, soft=True, method="UPI")
        h275.inrow(p, "for the baskets, thank you", scale=0.86, soft=True)
        h275.gcard_close(p, c)
        p.add("gap")
        return p.done()
    p = phone(rng, font, k, ["", "IOB Mobile"], dark=False, buttons=("Share", "Done"))
    band(p, (0, 86, 150))
    app_head(p, "IOB Mobile", "Indian Overseas Bank  |  UPI")
    h287.tile(p, status)
    p.add("center", "Transaction Successful", status=status)
    p.add("gap")
    name = h287.vname(p, [to, SHOP])
    vlab(p, "Paid to", name, merchant=name)
    vlab(p, "Amount", rs(j.amount), amount=j.amount)
    vlab(p, "UPI Ref No", j.ref, bold=False, txn=(UTR_RANK, j.ref))
    vlab(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), bold=False, date=j.date)
    vlab(p, "Debited from", f"IOB SB XXXX{last4}", bold=False, method="UPI")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


ORMAS = "Odisha Rural Development and Marketing Society"
ORMAS_OD = "ଓଡ଼ିଶା ଗ୍ରାମ୍ୟ ଉନ୍ନୟନ ଓ ବିପଣନ ସମିତି"
HOTELS = "Kalinga Heritage Hotels Pvt. Ltd."
KOLKATA = "Jharokha Home Stores Pvt. Ltd."
STORE = "Earthen Loom Living LLP"
GIFTS = "Kalakriti Corporate Gifts LLP"
TERRA = "Terra Nativa Retail Pvt. Ltd."
STUDIO = "Mitti Studio Collective"
MUMBAI_STORE = "Palm & Reed Sustainable Living"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the company: ORMAS's PAYMENT ADVICE for its Adivasi Mela and Sisira
    Saras purchases under its Odia name (Letter No. and Dated on a line; "To, The Chief Executive Officer,"
    and the company; Sub:; Sl. | Bill No. | Bill Date | Amount in a table ruled on every side with its Total
    under a double rule; "The above amount of Rs. x/- ... has been released ... by NEFT / RTGS, UTR ..."; its
    round seal; the Deputy General Manager's signature); a Bhubaneswar hotel group's Outgoing Payment mailed
    from SAP Business One (Document No., Posting Date, Vendor Name, Transfer Date, Transfer Reference, Means
    of Payment in shaded labels; A/P Invoice | Vendor Ref. | Date | Amount in a striped table; Total Paid
    under a double rule); Kotak Mahindra Bank's Kotak FYN with a Kolkata store's NEFT pending the checker's
    authorisation (a capsule, its stages left to right, a notice; Transaction Ref. and Amount, Beneficiary and
    Mode, Value Date and Initiated by, labels small over their values two to a row); a Kolkata store's PAYMENT
    VOUCHER printed from Marg ERP (Voucher No. and Date; Paid to, Debit, Credit, Amount, Mode, UTR, Narration
    in a table ruled on every side; the sum in words; Prepared by, Checked by, Authorised Signatory); a
    Bengaluru studio's Google Chat space under its day's divider (the writer, bold, and the hour; "Paid Rs. x
    to <payee> by NEFT for the Diwali hamper baskets", "UTR to follow"; a reply; no reference); RazorpayX with
    a Hyderabad gifting firm's payout processed (a capsule, the sum; Payout ID, Contact, Fund account, Mode,
    UTR, Processed on at the left and the right); ICICI Bank's Corporate Internet Banking with a Mumbai
    store's NEFT failed under an octagon's cross (the reason in a notice; Transaction ID, Beneficiary, Amount,
    Payment Date, Failure reason in dot leaders); a Mumbai store's plain mail ("We have transferred Rs. x/-
    today to <payee> by NEFT, UTR ..."; an e-mail's hour and no day). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=9000, high=260000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        odia(p, ORMAS_OD, bold=True, scale=1.0)
        top(p, pick(p, "title", [ORMAS, "ORMAS, Bhubaneswar"]))
        p.add("small", "(Panchayati Raj & Drinking Water Department, Govt. of Odisha)  |  Bhubaneswar")
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        letter = f"ORMAS/Mktg/{rng.randrange(210, 980)}/{fy(j.date)}"
        cols(
            p,
            "or0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Letter No. {letter}",
            f"Dated {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Chief Executive Officer,")
        name = rng.choice([FIRM, FIRM_SHORT])
        p.add("left", f"{name},", merchant=name)
        p.add("left", f"{TOWN}.")
        prose(
            p,
            "Sub: Release of payment for sabai grass products supplied for the Adivasi Mela and Sisira "
            "Saras.",
        )
        bills = bills_for(rng, j, rng.randrange(2, 4), "SSCPC")
        grid(
            p,
            "orm",
            [(0.0, 0.1, "c"), (0.1, 0.46, "l"), (0.46, 0.7, "c"), (0.7, 1.0, "r")],
            ["Sl.", "Bill No.", "Bill Date", "Amount"],
            [
                ([str(n_ + 1), no_, when(day, "%d.%m.%Y"), num(v)], {})
                for n_, (no_, day, v) in enumerate(bills)
            ],
            foot=(["Total", num(j.amount)], {}),
        )
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        prose(
            p,
            f"The above amount of Rs. {num(j.amount, 'indian')}/- (Rupees {spelt(j.amount)} only) has been "
            f"released to your account with {BANK_LINE} by {way}, UTR {utr}.",
            amount=j.amount,
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Deputy General Manager (Marketing)")
        h269.seal(p, "ORMAS BHUBANESWAR", ["MARKETING", "WING"], "blue")
        return p.done()
    if k == 1:
        p = mail_page(
            rng,
            font,
            "Kalinga Heritage Hotels - Finance <finance@kalingaheritage.in>",
            ["Outgoing Payment - Remittance Advice", "Payment remittance from Kalinga Heritage Hotels"],
        )
        p.part = "head"
        top(p, pick(p, "title", [HOTELS, "Kalinga Heritage Hotels"]))
        p.add("small", "Janpath, Bhubaneswar  |  Outgoing Payment")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        dno = str(rng.randrange(240100, 249900))
        name = rng.choice([FIRM_SHORT, CUT])
        pday = day_as(j, rng, ["%d.%m.%Y", "%d/%m/%Y"])
        kv(p, "Document No.", dno, at=0.38, txn=(INVOICE_RANK, dno))
        kv(p, "Posting Date", pday, at=0.38)
        kv(p, "Vendor Name", name, at=0.38, merchant=name)
        kv(p, "Transfer Date", pday, at=0.38, date=j.date)
        kv(p, "Transfer Reference", utr, at=0.38, txn=(UTR_RANK, utr))
        kv(p, "Means of Payment", f"Bank Transfer ({way})", at=0.38, method="netbanking")
        p.add("gap")
        zebra(
            p,
            "sap",
            [(0.0, 0.26, "l"), (0.26, 0.54, "l"), (0.54, 0.76, "l"), (0.76, 1.0, "r")],
            ["A/P Invoice", "Vendor Ref.", "Date", "Amount"],
            [
                ([str(rng.randrange(81000, 89999)), no_, when(day, "%d.%m.%Y"), num(v)], {})
                for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "SSCPC")
            ],
            (20, 70, 120),
        )
        total(p, "Total Paid", num(j.amount), at=0.6, amount=j.amount, status=status)
        p.add("small", "Sent from SAP Business One  |  This is a system generated advice.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "fyn.kotak.com/payments/transactions/pending")
        p.part = "head"
        top(p, "Kotak FYN")
        p.add("small", f"Kotak Mahindra Bank  |  {KOLKATA}, Kolkata")
        p.add("rule")
        p.part = "body"
        p.add("left", "Single payment  -  NEFT")
        pill(p, "Pending authorisation", status, align="l")
        p.add("gap")
        h273.track(p, ["Initiated", "Checker", "Released", "Credited"], "dptt")
        boxed(
            p,
            "This payment is waiting for the checker's approval. It will be sent to the beneficiary's bank "
            "once it is authorised.",
            "warn",
        )
        tref = f"KFYN{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        if load_font(bold_of(p.font), p.style["size"]).getlength(name) > 0.48 * room_of(p):
            name = CUT
        two_up(
            p,
            "kf1",
            ("Transaction Ref.", tref),
            ("Amount", rs(j.amount)),
            txn=(BANK_RANK, tref),
            amount=j.amount,
        )
        p.add("gap")
        two_up(p, "kf2", ("Beneficiary", name), ("Mode", "NEFT"), merchant=name, method="netbanking")
        p.add("gap")
        two_up(
            p,
            "kf3",
            ("Value Date", day_as(j, rng, ["%d %b %Y", "%d-%m-%Y"])),
            ("Initiated by", "Maker - S. Ghosh"),
            date=j.date,
        )
        return p.done()
    if k == 3:
        p = sheet(rng, font, [760, 800])
        p.part = "head"
        top(p, pick(p, "title", [KOLKATA, "Jharokha Home Stores"]))
        p.add("small", "Gariahat Road, Kolkata - 700019  |  GSTIN " + gstin_of(rng, "19", "C"))
        p.add("rule")
        p.add("center", "PAYMENT VOUCHER")
        p.part = "body"
        vno = f"PV/{fy(j.date)}/{rng.randrange(120, 990)}"
        cols(
            p,
            "mg0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Voucher No.: {vno}",
            f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        name = rng.choice([FIRM_CAPS, FIRM_SHORT])
        at = 0.26
        gkv(p, "mg", "Paid to", name, at=at, merchant=name)
        gkv(p, "mg", "Debit", "Purchase - Handicrafts (Sabai)", at=at)
        gkv(p, "mg", "Credit", "HDFC Bank C/A 50200XXXX", at=at)
        gkv(p, "mg", "Amount", rs(j.amount), at=at, amount=j.amount)
        gkv(p, "mg", "Mode", way, at=at, method="netbanking", status=status)
        gkv(p, "mg", "UTR", utr, at=at, txn=(UTR_RANK, utr))
        gkv(p, "mg", "Narration", "Being payment against sabai baskets and mats", at=at)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add("gap")
        cols(
            p,
            "mgs",
            [(0.0, 0.33, "l"), (0.33, 0.66, "c"), (0.66, 1.0, "r")],
            "Prepared by",
            "Checked by",
            "Authorised Signatory",
        )
        p.add("small", "Marg ERP 9+")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(30, 300) * 100)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        h269.kind(p, "gc0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["gc0"] = 1.1
        h269.row(p, "gc0", "Vendor payments")
        p.add("small", f"Google Chat  |  {STUDIO}, Bengaluru  |  7 members")
        p.add("rule")
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%A, {d} %B %Y"])), date=j.date)
        p.add("gap")
        h269.kind(p, "gc1", [(0.0, 0.6, "l"), (0.6, 1.0, "l")], "plain", bold=(0,))
        hour, minute = rng.randrange(9, 18), rng.randrange(0, 50)
        h269.row(p, "gc1", "Kavya Reddy", hour12(hour, minute))
        name = pick(p, "left", [FIRM_SHORT, SHOP])
        prose(
            p,
            f"Paid Rs. {num(j.amount, 'indian', 0)} to {name} by NEFT for the Diwali hamper baskets "
            "(120 bread baskets).",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", "UTR to follow once the bank sends it.")
        p.add("gap")
        h269.row(p, "gc1", "Arjun Menon", hour12(hour + 1, rng.randrange(0, 60)))
        p.add("left", "Noted, I'll tell Ritika at Simlipal.")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 14000, 180000, 0.5)
        p = browser_page(rng, font, "x.razorpay.com/payouts")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts  |  {GIFTS}, Hyderabad")
        p.add("rule")
        p.part = "body"
        chip(p, "Processed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        way = "NEFT" if j.amount < 200000 else "RTGS"
        utr = utr_of(rng, j, "Yes Bank", way)
        pout = f"pout_{code(rng, 14, MIXED)}"
        name = rng.choice([FIRM_SHORT, CUT])
        kvr(p, "Payout ID", pout, txn=(TXN_RANK, pout))
        kvr(p, "Contact", name, merchant=name)
        kvr(p, "Fund account", f"Bank of India XXXX{digits(rng, 4)}")
        kvr(p, "Mode", way, method="netbanking")
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        kvr(p, "Processed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "cib.icicibank.com/corp/transaction/status")
        p.part = "head"
        top(p, "ICICI Bank Corporate Internet Banking")
        p.add("small", f"{TERRA}, Mumbai  |  Transaction status")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Transaction failed", status=status)
        boxed(
            p,
            "The NEFT was rejected by the beneficiary bank: invalid account number. The amount has been "
            "reversed to your account.",
            "error",
        )
        tid = f"ICIB{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        dots(p, "Beneficiary", name, at=0.3, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.38, bold=True, amount=j.amount)
        dots(
            p,
            "Payment Date",
            day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]),
            at=0.38,
            date=j.date,
            method="netbanking",
        )
        dots(p, "Failure reason", "Invalid account", at=0.38)
        return p.done()
    j.amount = float(rng.randrange(40, 600) * 100)
    p = mail_page(
        rng,
        font,
        f"Accounts - {MUMBAI_STORE} <accounts@palmandreed.in>",
        ["Payment for PO 2026/118", "Re: Invoice and payment"],
    )
    p.part = "body"
    p.add("left", f"Dear {EXPORTS.split()[0]},")
    p.add("gap")
    name = pick(p, "left", [FIRM, FIRM_SHORT])
    prose(
        p,
        f"We have transferred Rs. {num(j.amount, 'indian', 0)}/- today to {name} by NEFT against your "
        "invoice for the laundry baskets and floor mats.",
        amount=j.amount,
        merchant=name,
        method="netbanking",
        status=status,
    )
    utr = utr_of(rng, j, "Axis Bank", "NEFT")
    p.add("left", f"UTR: {utr}", txn=(UTR_RANK, utr))
    p.add("gap")
    prose(p, "Kindly confirm receipt and share the dispatch details.")
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", "Neha Kapadia")
    p.add("small", f"Accounts, {MUMBAI_STORE}, Bandra West, Mumbai")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Hearth & Weave Ltd", "London, United Kingdom", "GBP", 1800, 14000, "hsbc"),
    ("Korbmacherei Nord GmbH", "Hamburg, Germany", "EUR", 1600, 12000, "commerzbank"),
    ("Flet & Fiber ApS", "Copenhagen, Denmark", "DKK", 12000, 90000, "danske"),
    ("Harakeke House Ltd", "Auckland, New Zealand", "NZD", 2400, 18000, "bnz"),
    ("Rattan & Reed Pte. Ltd.", "Singapore", "SGD", 2200, 16000, "ocbc"),
    ("Northern Basket Co. Inc.", "Toronto, Canada", "CAD", 2000, 15000, "rbc"),
    ("Al Khoos Home Trading LLC", "Dubai, UAE", "AED", 6000, 48000, "enbd"),
    ("Willamette Fair Trade Goods LLC", "Portland, Oregon, USA", "USD", 1500, 12000, "chase"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: pounds with GBP or the pound's sign; euros the German way
    (1.234,56 EUR or EUR 1.234,56); Danish kroner the Danish way (9.550,00 DKK, DKK 9.550,00 or kr. 9.550,00);
    New Zealand dollars with NZD or NZ$; Singapore dollars with SGD or S$; Canadian dollars with CAD before or
    after or C$; dirhams with AED before the sum; US dollars with USD or $."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    forms = {
        "GBP": ["GBP {v}", pound],
        "EUR": ["{e} EUR", "EUR {e}"],
        "DKK": ["{e} DKK", "DKK {e}", "kr. {e}"],
        "NZD": ["NZD {v}", "NZ${v}"],
        "SGD": ["SGD {v}", "S${v}"],
        "CAD": ["CAD {v}", "{v} CAD", "C${v}"],
        "AED": ["AED {v}"],
        "USD": ["USD {v}", "${v}"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(v=english, e=english.replace(",", "_").replace(".", ",").replace("_", "."))

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Home stores, fair trade shops and basket importers abroad paying the company for its baskets, mats and
    bags: HSBCnet's international payment completed in pounds (Payment status, Payment reference, Ordering
    customer, Beneficiary, Beneficiary bank, Amount, Value date, Charges with colons); Commerzbank's
    Firmenkunden portal with a foreign transfer in process in euros the German way (In Bearbeitung / In
    process in a capsule, a notice; each label's German with its English in brackets in shaded labels:
    Auftragsnummer (Order no.), Empfänger (Beneficiary), Betrag (Amount), Ausführungsdatum (Execution date),
    Entgelt (Charges)); Danske Bank's District with a payment completed in kroner the Danish way (Betaling
    gennemført / Payment completed; each label's Danish and its English after a slash in a table ruled on
    every side: Referencenr. / Reference no., Modtager / Beneficiary, Beløb / Amount, Dato / Date, Gebyr /
    Charges); BNZ's app with an international payment sent in New Zealand dollars ("Today, <hour>"; a tile's
    tick, the sum, "to <payee>"; a copyable Payment reference; Fee and Type at the left and the right; no
    day); OCBC Velocity's telegraphic transfer rejected in Singapore dollars under an octagon's cross (the
    reason in a notice; Transaction reference, Beneficiary, Amount, Value date each in a read-only field's
    box); RBC Express's wire sent in Canadian dollars (its sentence with the day in words; Beneficiary,
    Beneficiary bank, Amount, Purpose, Charges at the left and the right; no reference); Emirates NBD's
    smartBUSINESS with a telegraphic transfer executed in dirhams (Status and Channel, Reference and Value
    date, Beneficiary and Amount, Charges and Beneficiary bank, labels small over their values two to a row);
    Chase's international wire completed in US dollars, the day month first (Status, Wire reference, Send
    date, Beneficiary, Amount, Fees in a striped table). All new here."""
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
    me = rng.choice([FIRM_SHORT, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "hsbc":
        p = browser_page(rng, font, "www.hsbcnet.com/payments/international/details")
        p.part = "head"
        top(p, "HSBCnet")
        p.add("small", f"HSBC UK Bank plc  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International payment details")
        p.add("gap")
        ref = f"HUK{j.date:%y%m%d}{code(rng, 4, UPPER)}{digits(rng, 4)}"
        name = rng.choice([FIRM_CAPS, CUT])
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "hs", spec, "Payment status:", "Completed", status=status)
        h271.colkv(p, "hs", spec, "Payment reference:", ref, txn=(BANK_RANK, ref))
        h271.colkv(p, "hs", spec, "Ordering customer:", payer)
        h271.colkv(p, "hs", spec, "Beneficiary:", name, merchant=name)
        h271.colkv(p, "hs", spec, "Beneficiary bank:", f"BANK OF INDIA, BARIPADA ({BIC})")
        h271.colkv(p, "hs", spec, "Amount:", show(j.amount), **sum_)
        h271.colkv(
            p, "hs", spec, "Value date:", when(j.date, rng.choice(["{d} %b %Y", "%d/%m/%Y"])), date=j.date
        )
        h271.colkv(p, "hs", spec, "Charges:", "Shared (SHA)", method="netbanking")
        return p.done()
    if frame == "commerzbank":
        p = browser_page(rng, font, "firmenkunden.commerzbank.de/zahlungsverkehr/auslandsauftrag")
        p.part = "head"
        top(p, "Commerzbank")
        p.add("small", f"Firmenkunden-Portal  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        de = glyphs(p.font, "äüÄ") and glyphs(bold_of(p.font), "äüÄ")
        p.add("left", "Auslandsüberweisung / Foreign transfer" if de else "Foreign transfer")
        pill(p, "In Bearbeitung / In process", status, align="l")
        boxed(
            p,
            "This transfer has been released and is being processed by the bank. It will be sent to the "
            "beneficiary's bank on the execution date.",
            "warn",
        )
        ono = f"{rng.randrange(1, 9)}{digits(rng, 11)}"
        name = rng.choice([FIRM_CAPS, CUT])
        if load_font(p.font, p.style["size"]).getlength(name) > 0.6 * room_of(p):
            name = CUT
        at = 0.48
        kv(p, "Auftragsnummer (Order no.)", ono, at=at, txn=(BANK_RANK, ono))
        kv(p, "Empfänger (Beneficiary)" if de else "Beneficiary", name, at=at, merchant=name)
        kv(p, "Betrag (Amount)", show(j.amount), at=at, **sum_)
        kv(
            p,
            "Ausführungsdatum (Execution date)" if de else "Execution date",
            when(j.date, "%d.%m.%Y"),
            at=at,
            date=j.date,
        )
        kv(p, "Entgelt (Charges)", "SHA - geteilt", at=at, method="netbanking")
        return p.done()
    if frame == "danske":
        p = browser_page(rng, font, "district.danskebank.dk/payments/international/receipt")
        p.part = "head"
        top(p, "Danske Bank")
        p.add("small", f"District  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        da = glyphs(p.font, "øæå") and glyphs(bold_of(p.font), "øæå")
        p.add("left", "Betaling gennemført / Payment completed" if da else "Payment completed", status=status)
        p.add("gap")
        ref = f"DB{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        at = 0.4
        gkv(p, "dk", "Referencenr. / Reference no.", ref, at=at, txn=(BANK_RANK, ref))
        gkv(p, "dk", "Modtager / Beneficiary", name, at=at, merchant=name)
        gkv(p, "dk", "Beløb / Amount" if da else "Amount", show(j.amount), at=at, **sum_)
        gkv(p, "dk", "Dato / Date", when(j.date, rng.choice(["%d.%m.%Y", "%d-%m-%Y"])), at=at, date=j.date)
        gkv(p, "dk", "Gebyr / Charges", "SHA - delt", at=at, method="netbanking")
        return p.done()
    if frame == "bnz":
        p = phone(rng, font, k, ["", "BNZ"], dark=False, buttons=("Done",))
        band(p, (0, 46, 110))
        app_head(p, "BNZ", "Bank of New Zealand  |  International")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "International payment sent", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"IP{digits(rng, 4)}-{digits(rng, 6)}"
        copyrow(p, "Payment reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Fee", "NZD 25.00")
        kvr(p, "Type", "SWIFT (SHA)", method="netbanking")
        p.add("small", f"{payer}  |  {town}")
        return p.done()
    if frame == "ocbc":
        p = browser_page(rng, font, "velocity.ocbc.com/transfers/telegraphic/status")
        p.part = "head"
        top(p, "OCBC Velocity")
        p.add("small", f"OCBC Bank  |  {payer}")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Telegraphic transfer rejected", status=status)
        boxed(
            p,
            "The receiving bank returned this transfer: the beneficiary name does not match the account. "
            "The funds, less charges, will be credited back to your account.",
            "error",
        )
        ref = f"TT{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        if load_font(p.font, p.style["size"]).getlength(name) + 28 > room_of(p):
            name = CUT
        field(p, "Transaction reference", ref, txn=(BANK_RANK, ref))
        field(p, "Beneficiary", name, merchant=name)
        field(p, "Amount", show(j.amount), **sum_)
        field(
            p,
            "Value date",
            when(j.date, rng.choice(["{d} %b %Y", "%d/%m/%Y"])),
            date=j.date,
            method="netbanking",
        )
        return p.done()
    if frame == "rbc":
        p = browser_page(rng, font, "www.rbcexpress.com/payments/wires/confirmation")
        p.part = "head"
        top(p, "RBC Express")
        p.add("small", f"Royal Bank of Canada  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Wire payment sent", status=status)
        name = rng.choice([FIRM_SHORT, CUT])
        prose(
            p,
            f"Your wire payment of {show(j.amount)} to {name} was sent on "
            f"{when(j.date, rng.choice(['%B {d}, %Y', '{d} %B %Y']))}.",
            **sum_,
            merchant=name,
            date=j.date,
            method="netbanking",
        )
        p.add("gap")
        kvr(p, "Beneficiary", name)
        kvr(p, "Beneficiary bank", "Bank of India, Baripada")
        kvr(p, "Amount", show(j.amount))
        kvr(p, "Purpose", "Purchase of handicrafts")
        kvr(p, "Charges", "Shared")
        return p.done()
    if frame == "enbd":
        p = browser_page(rng, font, "smartbusiness.emiratesnbd.com/transfers/tt/details")
        p.part = "head"
        top(p, "Emirates NBD")
        p.add("small", f"smartBUSINESS  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Telegraphic transfer")
        p.add("gap")
        ref = f"ENBD{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        if load_font(bold_of(p.font), p.style["size"]).getlength(name) > 0.48 * room_of(p):
            name = CUT
        two_up(
            p, "en0", ("Status", "Executed"), ("Channel", "SWIFT (SHA)"), status=status, method="netbanking"
        )
        p.add("gap")
        two_up(
            p,
            "en1",
            ("Reference", ref),
            ("Value date", when(j.date, rng.choice(["%d-%b-%Y", "%d/%m/%Y"]))),
            txn=(BANK_RANK, ref),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "en2", ("Beneficiary", name), ("Amount", show(j.amount)), merchant=name, **sum_)
        p.add("gap")
        two_up(p, "en3", ("Charges", "AED 45.00"), ("Beneficiary bank", "Bank of India"))
        return p.done()
    p = browser_page(rng, font, "secure.chase.com/web/auth/dashboard#/wire/activity")
    p.part = "head"
    top(p, "Chase")
    p.add("small", f"Chase for Business  |  {payer}")
    p.add("rule")
    p.part = "body"
    p.add("left", "International wire details")
    ref = f"{code(rng, 3, UPPER)}{j.date:%m%d}{digits(rng, 8)}"
    name = rng.choice([FIRM_CAPS, CUT])
    zebra(
        p,
        "ch",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        ["Wire", ""],
        [
            (["Status", "Completed"], {"status": status}),
            (["Wire reference", ref], {"txn": (BANK_RANK, ref)}),
            (["Send date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"]))], {"date": j.date}),
            (["Beneficiary", name], {"merchant": name}),
            (["Amount", show(j.amount)], sum_),
            (["Fees", "USD 40.00 (shared)"], {"method": "netbanking"}),
        ],
        (17, 64, 120),
    )
    return p.done()


# ---------------------------------------------------------------- 4. the company's own papers


CUTTACK = ("M/s Kalinga Kala Bhandar", "Choudhury Bazar, Cuttack, Odisha", "Odisha (21)")


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own papers, Sabai Kutir or itself on top: Sabai Kutir's TAX INVOICE under a coiled sabai
    basket, its Odia name and a plait of sabai grass, to a Cuttack buyer (Invoice No. and Date, Buyer and
    Place of Supply at the left and the right; Description | HSN | Qty | Rate | Amount in a table ruled on
    every side; Taxable Value, CGST 2.5%, SGST 2.5%, Invoice Total in dot leaders; the sum in words; "Paid by
    UPI, Ref ..."; wisps of grass and twine in its margins); the Toshali Mela stall's CASH MEMO in the Mela's
    days, photographed lying on a sabai mat (its Odia name over its English, "ନଗଦ ମେମୋ" (cash memo); "ତାରିଖ"
    (date) and "ନାମ" (name) written in an Odia hand; the baskets written on ruled lines with their sums, "ମୋଟ"
    (total), "ନଗଦ ପାଇଲି" (received cash); no reference); Cashfree's checkout for the web shop with the payment
    pending (the shop on top, the sum, its stages across the page with a dot for each, a notice; Order ID, CF
    Payment ID, Mode, Initiated on in dot leaders); Wix's order confirmation mailed for the web shop (Order
    number, Order date; the baskets on hairline rows, Subtotal, Delivery, Total; Payment: UPI, Paid;
    Transaction ID); Flipkart's settlement mail to the company as a seller (Payment settled; its sentence;
    Seller name, Settlement ref, NEFT UTR, Amount, Settled on, Orders at the left and the right); Paytm
    Payment Gateway's page for a bulk order of coasters with a card payment failed under a tile's cross (the
    shop on top, the reason in a notice; Order ID, Transaction ID, Amount, Payment mode, Attempted on in
    shaded labels); OkCredit on Sabai Kutir's phone with a payment received ("Today, <hour>"; the shop under
    the app, a customer's card: Payment received, the sum, "via UPI", UPI Ref; no day); the company's MONEY
    RECEIPT (ଟଙ୍କା ପ୍ରାପ୍ତି ରସିଦ) for a self-help group federation's advance (No. struck in red; each field a
    row of a table ruled on every side, its Odia, its English and the value written in: ତାରିଖ (Date), ଠାରୁ
    ପ୍ରାପ୍ତ (Received from), ଟଙ୍କା (Rupees), ବାବଦ (Towards), ମାଧ୍ୟମ (Mode), UPI ରେଫରେନ୍ସ (UPI Ref); a plait of
    sabai grass; the CEO's signature). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1200, high=62000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        basket(p)
        odia(p, SHOP_OD, bold=True, scale=1.05)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}  |  {WEB}")
        plait(p)
        p.part = "body"
        p.add("center", "TAX INVOICE")
        ino = f"SK/{fy(j.date)}/{rng.randrange(140, 2200):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        who, where, pos = CUTTACK
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
        grid(
            p,
            "tig",
            [(0.0, 0.4, "l"), (0.4, 0.53, "c"), (0.53, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description", "HSN", "Qty", "Rate", "Amount"],
            lines,
        )
        dots(p, "Taxable Value", num(taxable), at=0.6)
        dots(p, "CGST 2.5%", num(gst), at=0.6)
        dots(p, "SGST 2.5%", num(gst), at=0.6)
        dots(p, "Invoice Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add("gap")
        p.add("left", f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        fibres(p)
        return p.done()
    if k == 1:
        season(j, rng, MELA, MELA_DAYS)
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 247, 236), (246, 244, 232)])
        p.part = "head"
        odia(p, SHOP_OD, bold=True, scale=1.15)
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        odia(p, "ତୋଷାଳି ଜାତୀୟ କାରୁକଳା ମେଳା, ଭୁବନେଶ୍ୱର", scale=0.8, soft=True)
        p.add("rule")
        odia(p, "ନଗଦ ମେମୋ", bold=True)
        p.part = "body"
        od_hand(p, f"ତାରିଖ {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}", date=j.date)
        od_hand(p, f"ନାମ {rng.choice(CUSTOMERS).split('. ')[-1]}")
        start = len(p.rows)
        total_ = 0
        for item, _hsn, q, price in works(rng, rng.randrange(2, 4), 1500):
            price = float(round(price / 10) * 10)
            v = int(q * price)
            total_ += v
            od_hand(p, f"{SHORT_OD[item]} {q} ଟି @ {int(price)}", figure=str(v))
        j.amount = float(total_)
        od_hand(p, "ମୋଟ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78], margin=None)
        p.add("gap")
        od_hand(p, "ନଗଦ ପାଇଲି", method="cash", status=status)
        sig(p)
        odia(p, "ସାବେଇ କୁଟୀର ପକ୍ଷରୁ", align="r", scale=0.85)
        on_mat(p)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "payments.cashfree.com/order/status")
        p.part = "head"
        name = pick(p, "title", [SHOP, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{WEB}  |  Secured by Cashfree Payments")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h289.steps(p, ["Order placed", "Bank approval", "Confirmed"], 1, status)
        boxed(
            p,
            "We are waiting for your bank to confirm this payment. Please do not retry; your order will be "
            "confirmed by e-mail.",
            "warn",
        )
        oid = f"SSC{j.date:%y%m%d}{digits(rng, 4)}"
        cfid = str(rng.randrange(3000000000, 3999999999))
        dots(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        dots(p, "CF Payment ID", cfid, at=0.36, txn=(TXN_RANK, cfid))
        dots(p, "Mode", "Net Banking", at=0.36, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        ono = str(rng.randrange(10020, 10990))
        p = mail_page(
            rng,
            font,
            f"Sabai Kutir <orders@{WEB}>",
            [f"Order #{ono} confirmed", "Thanks for your order!"],
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Sabai grass crafts from Mayurbhanj")
        p.add("rule")
        p.part = "body"
        p.add("left", "Thanks for your order! We're getting it ready.")
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        h271.colkv(p, "wx", spec, "Order number", f"#{ono}", txn=(ORDER_RANK, f"#{ono}"))
        h271.colkv(p, "wx", spec, "Order date", day_as(j, rng, ["%b {d}, %Y", "{d} %B %Y"]), date=j.date)
        p.add("gap")
        spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        sub = 0.0
        for item, _hsn, q, price in works(rng, rng.randrange(1, 4), 1500):
            v = round(q * price, 2)
            sub += v
            cols(p, "wxl", spec2, f"{SHORT[item]} x {q}", num(v), mode="line")
        ship = 0.0 if sub > 2500 else 120.0
        j.amount = round(sub + ship, 2)
        cols(p, "wxl", spec2, "Subtotal", num(sub), mode="line")
        cols(p, "wxl", spec2, "Delivery", "Free" if not ship else num(ship), mode="line")
        cols(p, "wxt", spec2, "Total", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"wix_{code(rng, 12, LOWER)}"
        p.add("left", "Payment: UPI  -  Paid", method="UPI", status=status)
        p.add("left", f"Transaction ID: {tid}", txn=(TXN_RANK, tid))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 8000, 120000, 0.2)
        p = mail_page(
            rng,
            font,
            "Flipkart Seller Hub <noreply@flipkart.com>",
            ["Payment settled to your bank account", "Your Flipkart settlement"],
        )
        p.part = "head"
        top(p, "Flipkart Seller Hub")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment settled", status=status)
        prose(
            p,
            f"We have settled {rs(j.amount)} for your delivered orders to your bank account ending "
            f"{digits(rng, 4)}.",
        )
        p.add("gap")
        sref = f"FKS{j.date:%y%m}{digits(rng, 8)}"
        utr = utr_of(rng, j, "HDFC Bank", "NEFT")
        name = rng.choice([FIRM_SHORT, FIRM_CAPS])
        if load_font(p.font, p.style["size"]).getlength(name) > 0.6 * room_of(p):
            name = FIRM_SHORT
        kvr(p, "Seller name", name, merchant=name)
        kvr(p, "Settlement ref", sref, txn=(TXN_RANK, sref))
        kvr(p, "NEFT UTR", utr, txn=(UTR_RANK, utr), method="netbanking")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Settled on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "Orders", str(rng.randrange(6, 48)))
        p.add("small", "Flipkart Internet Pvt. Ltd.  |  Please do not reply to this mail.")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(30, 160) * 120)
        p = browser_page(rng, font, "securegw.paytm.in/theia/processTransaction")
        p.part = "head"
        name = pick(p, "title", [FIRM_SHORT, SHOP])
        top(p, name, merchant=name)
        p.add("small", "Bulk order: coasters with the buyer's logo  |  Paytm Payment Gateway")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Transaction failed", status=status)
        boxed(
            p,
            "Your card was declined by the issuing bank (3D Secure authentication failed). No money has "
            "been deducted.",
            "error",
        )
        oid = f"SK{j.date:%y%m%d}{digits(rng, 5)}"
        tid = f"2026{j.date:%m%d}{digits(rng, 14)}"
        kv(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(
            p,
            "Payment mode",
            f"Debit Card ({rng.choice(['VISA', 'MasterCard', 'RuPay'])})",
            at=0.36,
            method="card",
        )
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "OkCredit"], dark=False, buttons=("Share", "Send reminder"))
        band(p, (0, 140, 90))
        app_head(p, "OkCredit", "Digital udhaar khata")
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
        kvr(p, "Balance due", rs(0.0) if rng.random() < 0.5 else "Nil")
        return p.done()
    j.amount = float(rng.randrange(10, 80) * 1000)
    p = sheet(rng, font, [800, 840])
    p.style["paper"] = rng.choice([(250, 246, 232), (246, 246, 236)])
    p.part = "head"
    odia(p, FIRM_OD, bold=True)
    name = pick(p, "title", [FIRM_SHORT, FIRM_CAPS])
    top(p, name, merchant=name)
    p.add("small", f"GSTIN {GSTIN}  |  {ADDRESS}")
    p.add("rule")
    odia(p, "ଟଙ୍କା ପ୍ରାପ୍ତି ରସିଦ", bold=True, scale=1.05)
    p.add("center", "MONEY RECEIPT")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(300, 2400))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    shg = rng.choice(
        ["Bangiriposi Mahila SHG Federation", "Kuliana Block Mahila Sangha", "Udala Mahila Federation"]
    )
    at = (0.28, 0.5)
    od_row(
        p, "ତାରିଖ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), at=at, pen=True, date=j.date
    )
    od_row(p, "ଠାରୁ ପ୍ରାପ୍ତ", "Received from", shg, at=at, pen=True)
    od_row(p, "ଟଙ୍କା", "Rupees", f"{num(j.amount, 'indian', 0)}/-", at=at, pen=True, amount=j.amount)
    od_row(p, "ବାବଦ", "Towards", "advance, mela baskets", at=at, pen=True)
    od_row(p, "ମାଧ୍ୟମ", "Mode", "UPI", at=at, pen=True, method="UPI", status=status)
    od_row(p, "UPI ରେଫରେନ୍ସ", "UPI Ref", j.ref, at=at, pen=True, txn=(UTR_RANK, j.ref))
    p.add("gap")
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    plait(p)
    p.add("gap")
    sig(p)
    p.add("right", "Chief Executive Officer")
    return p.done()


# ---------------------------------------------------------------- 5. the company's suppliers


GRASS_MAN = "Kanhu Charan Mahanta"
DYE_HOUSE = "BANERJEE DYE-CHEM"
TAILOR_STORE = "MAA TARINI TAILORING MATERIALS"
PACKERS = "UTKAL PACKAGING INDUSTRIES"
HARDWARE = "JASHIPUR HARDWARE STORES"
FLIPKART_SELLER = "Shree Krishna Sewing Mart"
DYES_SOLD = [
    ("Acid dye, rhodamine (magenta) 500 g", "3204", 620, 840),
    ("Direct dye, leaf green 500 g", "3204", 540, 760),
    ("Acid dye, tartrazine yellow 500 g", "3204", 480, 690),
    ("Acid dye, maroon 500 g", "3204", 560, 780),
    ("Dye fixer 1 kg", "3809", 260, 380),
]
HARDWARE_SOLD = [
    ("BODKIN NEEDLE (PKT 25)", 60, 90),
    ("SCISSORS 8 IN", 140, 220),
    ("CUTTER KNIFE", 45, 80),
    ("COTTON THREAD CONE", 110, 160),
    ("MEASURING TAPE 5M", 90, 140),
    ("FEVICOL 1 KG", 380, 460),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's suppliers, each on top of its own paper: a Jashipur sabai grass trader's bill in an Odia
    hand on a bill pad's ruled page (his name in Latin letters at its head; "ତାରିଖ" (date) and the day; "ସାବେଇ
    ଘାସ" (sabai grass) by the quintal, "ବନ୍ଧା ଦଉଡ଼ି" (binding rope) and "ଗାଡ଼ି ଭଡ଼ା" (lorry hire) with their
    sums, "ମୋଟ" (total), "ନଗଦ ପାଇଲି" (received cash); no reference); a Kolkata dye house's TAX INVOICE for
    acid dyes pasted into the purchase register with clear tape (Invoice No. beside its earlier Date;
    Description | HSN | Qty | Rate | Amount on hairline rows, IGST 18% and Total; the accountant's "Paid by
    NEFT, UTR ..." and "on <day>" written under it and his tick); Blue Dart's counter receipt on a torn roll
    (AWB NO and its barcode, DATE, ORIGIN, DEST, PCS, WT, FREIGHT, FUEL SURCHG, GST 18%, TOTAL, PAID BY, UPI
    REF typed in its printer's face); udaan's checkout for jute twine with the payment failed under a tile's
    cross (the reason in a notice; Order ID, Seller, Amount, Payment ID, Paid with, Attempted on against a
    gutter); Flipkart's order of bodkin needles and zips with the payment pending (its stages top to bottom, a
    notice; Order ID, Sold by, Amount, Payment method, Ordered on in shaded labels); a Baripada tailoring
    materials shop's ESTIMATE with its Date left as dots (the lining cloth, zips and tape written in columns,
    Total; "Paid by PhonePe, Ref ..." written under it; no day); a Balasore packaging house's TAX INVOICE from
    Swipe under a PAID watermark (Invoice No. and Invoice Date; the cartons on hairline rows, CGST 9%, SGST
    9%, Total; "Payment received: UPI, Ref ..., on <day>"); a Jashipur hardware store's cash memo printed on a
    dot-matrix printer on continuous stationery (MEMO NO and DATE; the needles, scissors, thread and glue with
    QTY, RATE and AMOUNT; TOTAL; PAID: CASH). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1800, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 249, 240), (244, 244, 236)])
        p.part = "head"
        hand(p, f"{GRASS_MAN}  -  sabai ghas, Jashipur", merchant=GRASS_MAN)
        p.part = "body"
        od_hand(p, f"ତାରିଖ {when(j.date, rng.choice(['{d}/%m/%y', '%d/%m/%Y']))}", date=j.date)
        od_hand(p, "ଶିମିଳିପାଳ ସାବେଇ କମ୍ପାନୀକୁ")
        start = len(p.rows)
        quintals = rng.randrange(3, 12)
        rate = rng.choice([2200, 2400, 2600, 2800])
        total_ = quintals * rate
        od_hand(p, f"ସାବେଇ ଘାସ {quintals} କୁଇଣ୍ଟାଲ @ {rate}", figure=str(quintals * rate))
        if rng.random() < 0.6:
            rope = rng.choice([150, 200, 250])
            total_ += rope
            od_hand(p, "ବନ୍ଧା ଦଉଡ଼ି", figure=str(rope))
        lorry = rng.choice([600, 800, 1000])
        total_ += lorry
        od_hand(p, "ଗାଡ଼ି ଭଡ଼ା", figure=str(lorry))
        j.amount = float(total_)
        od_hand(p, "ମୋଟ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76])
        p.add("gap")
        od_hand(p, "ନଗଦ ପାଇଲି  -  କାହ୍ନୁ", method="cash", status=status)
        return p.done()
    if k == 1:
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, DYE_HOUSE, merchant=DYE_HOUSE)
        p.add("small", "Dyes and chemicals  |  Canning Street, Kolkata - 700001")
        p.add("small", f"GSTIN {gstin_of(rng, '19', 'P')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"BDC/{rng.randrange(1200, 6800)}/{fy(j.date)}"
        cols(
            p,
            "dy0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(earlier(rng, j, 6, 28), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM_SHORT}, {TOWN}")
        spec = [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.68, "r"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        cols(p, "dyh", spec, "Description", "HSN", "Qty", "Rate", "Amount", mode="line")
        taxable = 0.0
        for name, hsn, lo, hi in rng.sample(DYES_SOLD, rng.randrange(2, 5)):
            q = rng.randrange(2, 12)
            rate = float(rng.randrange(lo, hi, 5))
            v = round(q * rate, 2)
            taxable += v
            cols(p, "dyl", spec, name, hsn, str(q), num(rate), num(v), mode="line")
        gst = round(taxable * 0.18, 2)
        j.amount = round(taxable + gst, 2)
        dots(p, "Taxable value", num(taxable), at=0.6)
        dots(p, "IGST 18%", num(gst), at=0.6)
        dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
        h273.tick(p)
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Bank of India", way)
        hand(p, f"Paid by {way}, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - D. Mohanta", date=j.date)
        taped(p)
        return p.done()
    if k == 2:
        j.amount = float(rng.randrange(380, 2800))
        p = roll(rng, font, [440, 470], [17, 18])
        h269.torn(p)
        p.part = "head"
        name = pick(p, "center", ["BLUE DART EXPRESS LTD", "BLUE DART"])
        p.add("center", name, merchant=name)
        typed(p, "COUNTER: BARIPADA (BPD)")
        p.add("rule")
        p.part = "body"
        awb = f"{rng.choice('5678')}{digits(rng, 10)}"
        h269.bars(p, awb)
        typed(p, f"AWB NO : {awb}")
        typed(p, f"DATE   : {when(j.date, '%d-%b-%Y').upper()} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, "ORIGIN : BARIPADA")
        typed(p, f"DEST   : {rng.choice(['MUMBAI', 'BENGALURU', 'NEW DELHI', 'HYDERABAD'])}")
        typed(p, f"PCS : {rng.randrange(1, 6)}  WT : {rng.randrange(2, 26)}.{rng.randrange(0, 9)} KG")
        base = round(j.amount / 1.18 / 1.12, 2)
        fuel = round(base * 0.12, 2)
        gst = round(j.amount - base - fuel, 2)
        typed(p, f"FREIGHT      : {base:>9.2f}")
        typed(p, f"FUEL SURCHG  : {fuel:>9.2f}")
        typed(p, f"GST 18%      : {gst:>9.2f}")
        p.add("rule")
        typed(p, f"TOTAL        : {j.amount:>9.2f}", amount=j.amount)
        typed(p, "PAID BY      : UPI", method="UPI", status=status)
        typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        typed(p, "TRACK AT BLUEDART.COM")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 2400, 16000, 0.3)
        p = browser_page(rng, font, "udaan.com/checkout/payment/status")
        p.part = "head"
        top(p, "udaan")
        p.add("small", "B2B marketplace  |  Checkout")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your bank did not authorise this payment (daily limit reached). The order has not been placed; "
            "no money was taken.",
            "error",
        )
        oid = f"UD{digits(rng, 10)}"
        pid = f"upay_{code(rng, 12, LOWER)}"
        seller = "BALASORE JUTE TWINE"
        at = 0.36
        gutter(p, "ud", "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
        gutter(p, "ud", "Seller", seller, at=at, merchant=seller)
        gutter(p, "ud", "Amount", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "ud", "Payment ID", pid, at=at, txn=(TXN_RANK, pid))
        gutter(p, "ud", "Paid with", "Net Banking (BOI)", at=at, method="netbanking")
        gutter(
            p,
            "ud",
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 1400, 9000, 0.2)
        p = browser_page(rng, font, "www.flipkart.com/account/orders/details")
        p.part = "head"
        top(p, "Flipkart")
        p.add("small", "My Orders  |  Order details")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment pending", status=status)
        h271.step(p, "Order placed", "we have your order", "done")
        h271.step(p, "Payment", "awaiting your bank's confirmation", "now")
        h271.step(p, "Shipped", "after the payment is confirmed", "todo")
        boxed(
            p,
            "We have not received a confirmation from your bank yet. If the payment fails, any amount "
            "debited will be refunded within 7 days.",
            "warn",
        )
        oid = f"OD{digits(rng, 18)}"
        kv(p, "Order ID", oid, at=0.34, txn=(ORDER_RANK, oid))
        kv(p, "Sold by", FLIPKART_SELLER, at=0.34, merchant=FLIPKART_SELLER)
        kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Payment method", "Net Banking (BOI)", at=0.34, method="netbanking")
        kv(p, "Ordered on", day_as(j, rng, ["%d %B %Y", "{d} %b %Y"]), at=0.34, date=j.date)
        return p.done()
    if k == 5:
        p = sheet(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(248, 246, 234), (244, 242, 230)])
        p.part = "head"
        top(p, TAILOR_STORE, merchant=TAILOR_STORE)
        p.add("small", "Lining cloth, zips, buttons and threads  |  Bhanjpur, Baripada")
        p.add("rule")
        p.add("center", "ESTIMATE")
        p.part = "body"
        p.add("left", "Date: ....................")
        spec = [(0.0, 0.48, "l"), (0.48, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "tsh", spec, "Item", "Qty", "Rate", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for item, unit, lo, hi in rng.sample(
            [
                ("Cotton lining (mtr)", "m", 55, 85),
                ("Zip 12 in", "pc", 8, 14),
                ("Cotton tape roll", "roll", 40, 70),
                ("Canvas (mtr)", "m", 110, 160),
                ("Magnetic button", "pc", 6, 10),
            ],
            rng.randrange(2, 5),
        ):
            q = rng.randrange(20, 120) if unit in ("pc", "m") else rng.randrange(2, 12)
            rate = rng.randrange(lo, hi)
            total_ += q * rate
            hcells(p, spec, item, str(q), str(rate), str(q * rate))
        j.amount = float(total_)
        hcells(p, spec, "", "", "Total", f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.48, 0.62, 0.8])
        p.add("gap")
        hand(p, f"Paid by PhonePe, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 6:
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, PACKERS, merchant=PACKERS)
        p.add("small", "Corrugated boxes and packing  |  Industrial Estate, Balasore - 756019")
        p.add("small", f"GSTIN {gstin_of(rng, '21', 'F')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"INV-{rng.randrange(260, 2900)}"
        cols(
            p,
            "sw0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No.: {ino}",
            f"Invoice Date: {when(earlier(rng, j, 3, 20), '%d %b %Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Bill To: {FIRM_SHORT}")
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "swh", spec, "Item", "Qty", "Rate", "Amount", mode="line")
        taxable = 0.0
        for item, lo, hi in rng.sample(
            [
                ("3-ply carton 16x12x10 in", 28, 42),
                ("5-ply carton 24x18x18 in", 64, 90),
                ("Kraft paper roll", 420, 560),
                ("Bubble wrap 1 m x 50 m", 620, 800),
                ("Printed tape 48 mm", 38, 52),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(20, 200) if hi < 100 else rng.randrange(2, 10)
            rate = float(rng.randrange(lo, hi))
            v = round(q * rate, 2)
            taxable += v
            cols(p, "swl", spec, item, str(q), num(rate), num(v), mode="line")
        gst = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst, 2)
        dots(p, "CGST 9%", num(gst), at=0.6)
        dots(p, "SGST 9%", num(gst), at=0.6)
        dots(p, "Total", rs(j.amount), at=0.6, bold=True, amount=j.amount)
        p.add("gap")
        prose(
            p,
            f"Payment received: UPI, Ref {j.ref}, on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])}",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.add("small", "Generated with Swipe")
        h273.watermark(p, "PAID", (30, 150, 80))
        return p.done()
    p = sheet(rng, font, [720, 760])
    h275.greenbar(p)
    p.part = "head"
    top(p, HARDWARE, merchant=HARDWARE)
    typed(p, "MAIN ROAD, JASHIPUR, MAYURBHANJ")
    p.add("rule")
    p.part = "body"
    typed(p, "CASH MEMO")
    mno = str(rng.randrange(1200, 8900))
    typed(p, f"MEMO NO : {mno}      DATE : {when(j.date, '%d/%m/%Y')}", txn=(INVOICE_RANK, mno), date=j.date)
    typed(p, "-" * 44)
    typed(p, f"{'ITEM':<22}{'QTY':>4}{'RATE':>8}{'AMOUNT':>10}")
    total_ = 0.0
    for item, lo, hi in rng.sample(HARDWARE_SOLD, rng.randrange(3, 6)):
        q = rng.randrange(1, 10)
        rate = float(rng.randrange(lo, hi, 5))
        total_ += q * rate
        typed(p, f"{item:<22}{q:>4}{rate:>8.2f}{q * rate:>10.2f}")
    j.amount = round(total_, 2)
    typed(p, "-" * 44)
    typed(p, f"{'TOTAL':<34}{j.amount:>10.2f}", amount=j.amount)
    typed(p, "PAID : CASH", method="cash", status=status)
    typed(p, "GOODS ONCE SOLD WILL NOT BE TAKEN BACK")
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (DYE_HOUSE, "Axis Bank", "IMPS"),
    (PACKERS, "State Bank of India", "NEFT"),
    (GRASS_MAN, "Odisha Grameen Bank", "UPI"),
    ("BALASORE JUTE TWINE", "UCO Bank", "IMPS"),
    (TAILOR_STORE, "Bank of India", "NEFT"),
    ("Gopal Chandra Sahu", "State Bank of India", "UPI"),
    ("BARIPADA OFFSET PRINTERS", "Canara Bank", "NEFT"),
    ("SIMILIPAL ROADWAYS", "Punjab National Bank", "IMPS"),
]
OGB = "Odisha Grameen Bank"
OGB_OD = "ଓଡ଼ିଶା ଗ୍ରାମୀଣ ବ୍ୟାଙ୍କ"
MCCB = "The Mayurbhanj Central Co-operative Bank Ltd."
MCCB_OD = "ମୟୂରଭଞ୍ଜ କେନ୍ଦ୍ରୀୟ ସମବାୟ ବ୍ୟାଙ୍କ"


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its suppliers from its banks: Odisha Grameen Bank's app with an IMPS to the dye
    house (its Odia name, a large round tick, "ସ୍ଥାନାନ୍ତର ସଫଳ ହେଲା" (transfer successful) over Transfer
    successful; the sum; each label in Odia with its English after a slash, small, over its value: ହିତାଧିକାରୀ
    / Beneficiary, IMPS ରେଫରେନ୍ସ / IMPS Ref, ତାରିଖ / Date, ଖାତା / From account); Indian Overseas Bank's IOB
    Connect with a NEFT to the packaging house (Fund Transfer Acknowledgement; Transaction Reference No., UTR
    No., Beneficiary Name, Amount, Transaction Date, Mode, Status with colons); Fino Payments Bank's app with
    a UPI payment to the grass trader in a rounded card ("<sum> sent to <payee>", "on <day>"; From; no
    reference); ICICI Bank's InstaBIZ with an IMPS to the twine seller failed under a tile's cross (the reason
    in a notice; Beneficiary, Amount, Transaction ID, Date, Reason at the left and the right); the Mayurbhanj
    Central Co-operative Bank's NEFT application, the customer's copy filled in by hand (its Odia name; Date,
    Remitter, A/c No., Beneficiary, Beneficiary A/c, IFSC, Amount Rs. on dotted lines; the bank's rectangular
    NEFT SENT stamp with its day; "Sent, UTR ..." written by its clerk); AU Small Finance Bank's AU 0101 with
    a UPI payment to a rope maker ("Today, <hour>"; a scalloped badge, the sum, "Paid to" over the payee; a
    copyable UPI Ref No.; From; no day); Bank of India's internet banking with a NEFT to a Baripada printer
    under process (a capsule, a progress bar, a notice; Reference No., Beneficiary, Amount, Mode, Initiated on
    in a table ruled on every side); IndusInd Bank's IndusMobile with an IMPS to the transporter successful (a
    large round tick; Beneficiary, Amount, IMPS Ref No., Date, Debit A/c in a striped table). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=2500, high=140000)
    to, bank_to, way = PAYEES_OUT[k]
    if way == "UPI":
        j.amount = rupees(rng, 600, 16000, 0.7)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, ["", "OGB Mobile"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 104, 70))
        app_head(p, "OGB Mobile", OGB)
        odia(p, OGB_OD, scale=0.88, soft=True)
        sicon(p, status)
        odia(p, "ସ୍ଥାନାନ୍ତର ସଫଳ ହେଲା", bold=True, scale=1.05, status=status)
        p.add("center", "Transfer successful")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        name = clip(to, 24)
        odia(p, "ହିତାଧିକାରୀ / Beneficiary", soft=True, scale=0.8, align="l")
        p.add("left", name, merchant=name)
        odia(p, "IMPS ରେଫରେନ୍ସ / IMPS Ref", soft=True, scale=0.8, align="l")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        odia(p, "ତାରିଖ / Date", soft=True, scale=0.8, align="l")
        p.add("left", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        odia(p, "ଖାତା / From account", soft=True, scale=0.8, align="l")
        p.add("left", f"SB XXXX{own4}", method=method)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "www.iobnet.co.in/iobconnect/fundtransfer/ack")
        p.part = "head"
        top(p, "IOB Connect")
        p.add("small", "Indian Overseas Bank  |  Corporate Internet Banking")
        p.add("rule")
        p.part = "body"
        p.add("center", "Fund Transfer Acknowledgement")
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Indian Overseas Bank", way)
        tref = f"IOB{digits(rng, 10)}"
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        h271.colkv(p, "io", spec, "Transaction Reference No :", tref, txn=(BANK_RANK, tref))
        h271.colkv(p, "io", spec, "UTR No :", utr, txn=(UTR_RANK, utr))
        h271.colkv(p, "io", spec, "Beneficiary Name :", to, merchant=to)
        h271.colkv(p, "io", spec, "Amount :", rs(j.amount), amount=j.amount)
        h271.colkv(p, "io", spec, "Transaction Date :", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        h271.colkv(p, "io", spec, "Mode :", way, method=method)
        h271.colkv(p, "io", spec, "Status :", "Success", status=status)
        p.add("small", "Remarks: cartons and bubble wrap")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "FinoPay"], dark=False, buttons=("Share",))
        band(p, (120, 32, 110))
        app_head(p, "FinoPay", "Fino Payments Bank  |  UPI")
        p.add("gap")
        c = card_open(p)
        sicon(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"sent to {to}", f"sent to {clip(to, 18)}"])[8:]
        p.add("center", f"sent to {name}", merchant=name, status=status)
        p.add("small", f"on {day_as(j, rng, ['{d} %b %Y', '%d/%m/%Y'])}", date=j.date, method=method)
        card_close(p, c)
        p.add("gap")
        kvr(p, "From", f"Fino Current A/c XX{own4}")
        kvr(p, "Note", "sabai ghas, Jashipur")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "InstaBIZ"], dark=False, buttons=("Retry",))
        band(p, (176, 60, 20))
        app_head(p, "InstaBIZ", "ICICI Bank  |  IMPS")
        h287.tile(p, status)
        p.add("center", "IMPS failed", status=status)
        boxed(
            p,
            "The beneficiary bank is not available right now. No amount has been debited; please try "
            "after some time.",
            "error",
        )
        tid = f"IB{j.date:%y%m%d}{digits(rng, 9)}"
        kvr(p, "Beneficiary", clip(to, 24), merchant=clip(to, 24))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid), method=method)
        kvr(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        kvr(p, "Reason", "Beneficiary bank offline")
        return p.done()
    if k == 4:
        p = sheet(rng, font, [760, 800])
        p.part = "head"
        odia(p, MCCB_OD, bold=True)
        top(p, pick(p, "title", [MCCB, "Mayurbhanj Central Co-op Bank"]))
        p.add("small", "Baripada Main Branch  |  IFSC MCCB0000001")
        p.add("rule")
        p.add("center", "NEFT / RTGS APPLICATION  -  CUSTOMER'S COPY")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "The Mayurbhanj Central Co-operative Bank", way)
        filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), date=j.date)
        filled(p, "Remitter", FIRM_SHORT)
        filled(p, "A/c No.", f"10{digits(rng, 10)}")
        filled(p, "Beneficiary", to, merchant=to)
        filled(p, "Beneficiary A/c", f"{digits(rng, 4)}{digits(rng, 8)}")
        filled(p, "IFSC", f"BKID000{digits(rng, 4)}")
        filled(p, "Amount Rs.", f"{num(j.amount, 'indian')}", amount=j.amount)
        filled(p, "Mode", way, method=method)
        p.add("gap")
        h271.rstamp(
            p, ["MAYURBHANJ CO-OP BANK", "NEFT SENT", when(j.date, "%d %b %Y").upper()], "blue", at=0.62
        )
        hand(p, f"Sent, UTR {utr}", status=status, txn=(UTR_RANK, utr))
        sig(p)
        p.add("right", "Dealing Assistant")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "AU 0101"], dark=False, buttons=("Done",))
        band(p, (110, 40, 120))
        app_head(p, "AU 0101", "AU Small Finance Bank  |  UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", to, merchant=to)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"AU Current A/c XX{own4}", method=method)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "starconnectcbs.bankofindia.com/BANKAWAY/neft/status")
        p.part = "head"
        top(p, "Bank of India")
        p.add("small", "Internet Banking (Corporate)  |  NEFT status")
        p.add("rule")
        p.part = "body"
        chip(p, "Under process", status)
        h294.progress(p, rng.uniform(0.5, 0.7), status)
        boxed(
            p,
            "The NEFT has been sent and the credit to the beneficiary is yet to be confirmed. Please check "
            "the status later before paying again.",
            "warn",
        )
        rno = f"BOI{j.date:%y%m%d}{digits(rng, 6)}"
        at = 0.34
        gkv(p, "bo", "Reference No.", rno, at=at, txn=(BANK_RANK, rno))
        gkv(p, "bo", "Beneficiary", to, at=at, merchant=to)
        gkv(p, "bo", "Amount", rs(j.amount), at=at, amount=j.amount)
        gkv(p, "bo", "Mode", "NEFT", at=at, method=method)
        gkv(
            p,
            "bo",
            "Initiated on",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (", ",)),
            at=at,
            date=j.date,
        )
        return p.done()
    p = phone(rng, font, k, ["", "IndusMobile"], dark=False, buttons=("Share",))
    band(p, (140, 20, 40))
    app_head(p, "IndusMobile", "IndusInd Bank  |  IMPS")
    sicon(p, status)
    p.add("center", "IMPS transfer successful", status=status)
    p.add("gap")
    name = clip(to, 24)
    zebra(
        p,
        "in",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["Details", ""],
        [
            (["Beneficiary", name], {"merchant": name}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["IMPS Ref No.", j.ref], {"txn": (UTR_RANK, j.ref), "method": method}),
            (["Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
            (["Debit A/c", f"XXXXXXXX{own4}"], {}),
        ],
        (140, 20, 40),
    )
    p.add("small", "Remarks: freight, baskets to Kolkata")
    return p.done()


# ---------------------------------------------------------------- 7. paying the coilers and the staff


PIECES = [
    ("Coiled sabai basket with lid, 10 in", 90, 140),
    ("Round bread basket, dyed rim", 45, 70),
    ("Coaster set of six", 30, 50),
    ("Sabai floor mat, 4 x 6 ft", 350, 600),
    ("Tote bag, cotton lined", 120, 180),
    ("Oval fruit tray", 60, 90),
    ("Peacock wall hanging", 110, 160),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its coilers (women of its self-help groups in the villages round Bangiriposi) and
    its staff: a coiler's wage account under its Odia heading "କାରିଗର ମଜୁରି ହିସାବ" (artisan's wage account)
    (Artisan and Month written in; the baskets, mats and bags she coiled written in an Odia hand with their
    pieces, rates and sums, "ମୋଟ" (total); "Paid by UPI, Ref ..." and "on <day>" written under it; wisps of
    grass and twine in its margins); Keka's payslip for Sabai Kutir's saleswoman (Employee Name, Employee No.,
    Designation, Pay Period in a table ruled on every side two pairs to a row; Earnings | Amount | Deductions
    | Amount on hairline rows; Net Pay on a tinted panel; "Paid on <day> by NEFT, UTR ..."); MobiKwik's UPI
    payment to a coiler processing (a spinner, the sum, "to <payee>", its stages top to bottom, a notice; UPI
    Ref No. and Started, From and Note, labels small over their values two to a row); a coiler's Makar
    Sankranti advance receipt under a plait of sabai grass, written in an Odia hand ("ମକର ପର୍ବ ଅଗ୍ରିମ ରସିଦ"
    (Makar festival advance receipt); "ଆଜି ତା <day> ରିଖରେ ମକର ପର୍ବ ଅଗ୍ରିମ ବାବଦକୁ" (today, on <day>, towards
    the Makar festival advance), "ଟଙ୍କା x/- ନଗଦ ପାଇଲି।" (received Rs. x in cash)), her left thumb's impression
    and her name written under it in English; no reference); PhonePe's payment to a coiler (Transaction
    Successful, the day and hour; "Paid to" over the payee and the sum on its line; Transaction ID, Debited
    from, UTR); Kotak Mahindra Bank's Kotak811 with an IMPS to the workshop's supervisor (Transfer successful,
    the sum; To:, IMPS Ref:, Date:, From A/c: with colons); Google Pay's payment to a coiler failed under a
    large round cross (the sum, "to <payee>", the reason in a notice; a copyable Google transaction ID;
    Attempted and From in dot leaders); Airtel Thanks' UPI payment to a coiler ("Today, <hour>"; a tile's
    tick, the sum, "paid to <payee>"; UPI Ref No. and From in tiles; no day). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=900, high=14000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    worker = ARTISANS[(k + rng.randrange(3)) % len(ARTISANS)]
    if k == 0:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(246, 240, 222), (242, 238, 220)])
        p.part = "head"
        odia(p, FIRM_OD, bold=True, scale=0.95)
        p.add("center", FIRM_SHORT)
        odia(p, "କାରିଗର ମଜୁରି ହିସାବ", bold=True)
        p.add("center", "ARTISAN'S WAGE ACCOUNT")
        p.add("rule")
        p.part = "body"
        filled(p, "Artisan", worker, merchant=worker)
        filled(p, "Month", when(j.date - dt.timedelta(days=rng.randrange(3, 12)), "%B %Y"))
        start = len(p.rows)
        total_ = 0
        for item, lo, hi in rng.sample(PIECES, rng.randrange(2, 4)):
            pcs = rng.randrange(1, 4) if lo >= 300 else rng.randrange(4, 20)
            rate = rng.randrange(lo, hi, 5)
            total_ += pcs * rate
            od_hand(p, f"{SHORT_OD[item]} {pcs} ଟି @ {rate}", figure=str(pcs * rate))
        j.amount = float(total_)
        od_hand(p, "ମୋଟ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76])
        p.add("gap")
        hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - D. Mohanta", date=j.date)
        fibres(p)
        return p.done()
    if k == 1:
        who = STAFF[0]
        basic = float(rng.randrange(90, 140) * 100)
        hra = round(basic * 0.2, 0)
        conv = float(rng.randrange(8, 20) * 100)
        pf = round(basic * 0.12, 0)
        esi = round((basic + hra + conv) * 0.0075, 0)
        gross = basic + hra + conv
        j.amount = round(gross - pf - esi, 2)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, pick(p, "title", [FIRM_SHORT, FIRM]))
        p.add("small", f"{ADDRESS}")
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")]
        grid(
            p,
            "kk",
            spec,
            None,
            [
                (
                    ["Employee Name", who, "Employee No.", f"SSC-{rng.randrange(10, 60):03d}"],
                    {"merchant": who},
                ),
                (["Designation", "Sales Associate", "Pay Period", j.month(1)], {}),
            ],
        )
        p.add("gap")
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.54, 0.8, "l"), (0.8, 1.0, "r")]
        cols(p, "kkh", spec2, "Earnings", "Amount", "Deductions", "Amount", mode="line")
        cols(p, "kkl", spec2, "Basic", num(basic), "PF", num(pf), mode="line")
        cols(p, "kkl", spec2, "HRA", num(hra), "ESI", num(esi), mode="line")
        cols(p, "kkl", spec2, "Conveyance", num(conv), "", "", mode="line")
        cols(p, "kkl", spec2, "Gross Earnings", num(gross), "Total Deductions", num(pf + esi), mode="line")
        h273.panel(p, "Net Pay", rs(j.amount), (40, 120, 200), amount=j.amount)
        p.add("gap")
        prose(p, f"Rupees {spelt(j.amount)} only", "small")
        utr = utr_of(rng, j, "Bank of India", "NEFT")
        prose(
            p,
            f"Paid on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a system generated payslip from Keka.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "MobiKwik"], dark=False, buttons=("Done",))
        band(p, (24, 90, 200))
        app_head(p, "MobiKwik", "UPI")
        h279.spinner(p, AMBER)
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        h271.step(p, "Debited", "from your bank account", "done")
        h271.step(p, "Sent", "to the receiver's bank", "now")
        h271.step(p, "Received", "awaiting confirmation", "todo")
        boxed(p, "This can take up to 48 hours. Please don't pay again; we'll notify you.", "warn")
        two_up(
            p,
            "mk1",
            ("UPI Ref No.", j.ref),
            ("Started", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "mk2", ("From", f"BOI XX{digits(rng, 4)}"), ("Note", "coiling wages"), method="UPI")
        return p.done()
    if k == 3:
        season(j, rng, MAKAR - dt.timedelta(days=12), 11)
        j.amount = float(rng.randrange(4, 16) * 250)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 244, 234)])
        p.part = "head"
        plait(p)
        odia(p, FIRM_OD, bold=True, scale=0.95)
        p.add("center", TOWN)
        p.add("rule")
        odia(p, "ମକର ପର୍ବ ଅଗ୍ରିମ ରସିଦ", bold=True, scale=1.1)
        p.part = "body"
        od_hand(p, f"ଆଜି ତା {when(j.date, '%d/%m/%Y')} ରିଖରେ ମକର ପର୍ବ", date=j.date)
        od_hand(p, "ଅଗ୍ରିମ ବାବଦକୁ")
        od_hand(p, f"ଟଙ୍କା {int(j.amount)}/- ନଗଦ ପାଇଲି।", amount=j.amount, method="cash", status=status)
        p.add("gap")
        thumbprint(p)
        hand(p, worker, align="r", merchant=worker)
        p.add("gap")
        odia(p, f"ସାକ୍ଷୀ: {STAFF[1]}", align="l", scale=0.95)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share",))
        band(p, (95, 37, 159))
        p.part = "outcome"
        p.add("title", "Transaction Successful", status=status)
        p.add(
            "center", f"{hhmm(rng, lower=True)} on {day_as(j, rng, ['{d} %b %Y', '%d %b %Y'])}", date=j.date
        )
        p.part = "body"
        p.add("gap")
        p.add("left", "Paid to")
        p.pair(worker, rs(j.amount), merchant=worker, amount=j.amount)
        p.add("small", f"{rng.choice(['9', '8', '7'])}{digits(rng, 9)}@ybl", method="UPI")
        p.add("rule")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        p.add("left", "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        p.add("left", "Debited from")
        p.pair(f"XXXXXX{digits(rng, 4)}", rs(j.amount))
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref))
        p.part = "foot"
        p.add("gap")
        p.add("small", "PhonePe  |  Powered by UPI")
        return p.done()
    if k == 5:
        who = rng.choice(["Bimala Tudu", "Sanjukta Murmu"])
        j.amount = rupees(rng, 6000, 24000, 0.6)
        p = phone(rng, font, k, ["", "Kotak811"], dark=False, buttons=("Share", "Done"))
        band(p, (236, 40, 52))
        app_head(p, "Kotak811", "Kotak Mahindra Bank  |  IMPS")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        h271.colkv(p, "k8", spec, "To:", who, merchant=who)
        h271.colkv(p, "k8", spec, "IMPS Ref:", j.ref, txn=(UTR_RANK, j.ref))
        h271.colkv(
            p, "k8", spec, "Date:", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
        )
        h271.colkv(p, "k8", spec, "From A/c:", f"XXXX{digits(rng, 4)}", method="netbanking")
        p.add("small", "Remark: supervisor salary and field visits")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Try again",))
        app_head(p, "Google Pay", "")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            f"{worker.split()[0]}'s bank could not be reached. Any money debited will be refunded within 3 "
            "working days.",
            "error",
        )
        tid = f"CICAgO{code(rng, 12, MIXED)}"
        copyrow(p, "Google transaction ID", tid, txn=(TXN_RANK, tid))
        dots(p, "Attempted", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), at=0.36, date=j.date)
        dots(p, "From", f"Bank of India {masked(p.font)}{digits(rng, 4)}", at=0.3, method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "Airtel Thanks"], dark=False, buttons=("Done",))
    band(p, (226, 30, 40))
    app_head(p, "Airtel Thanks", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, status)
    p.add("center", "payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"paid to {worker}", merchant=worker)
    p.add("gap")
    tiles2(
        p, ("UPI Ref No.", j.ref), ("From", f"APB XX{digits(rng, 4)}"), txn=(UTR_RANK, j.ref), method="UPI"
    )
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


MUNICIPALITY = "Baripada Municipality"
MUNICIPALITY_OD = "ବାରିପଦା ପୌରପାଳିକା"
GP = "BANGIRIPOSI GRAM PANCHAYAT"
GP_OD = "ବାଙ୍ଗିରିପୋଷି ଗ୍ରାମ ପଞ୍ଚାୟତ"
TAHASIL = "TAHASIL OFFICE, BANGIRIPOSI"
TAHASIL_OD = "ତହସିଲ କାର୍ଯ୍ୟାଳୟ, ବାଙ୍ଗିରିପୋଷି"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's fees, taxes and dues, the authority paid as printed: Baripada Municipality's trade
    licence e-receipt from SUJOG under its Odia name (each field a row of a table ruled on every side, its
    Odia, its English and the value: ରସିଦ ନଂ (Receipt No.), ଅନୁଜ୍ଞାପତ୍ର ନଂ (Licence No.), ବ୍ୟବସାୟୀଙ୍କ ନାମ
    (Name of trader), ବର୍ଷ (Year), ଦେୟ ରାଶି (Amount), ପୈଠ ମାଧ୍ୟମ (Mode), UPI ରେଫରେନ୍ସ (UPI Ref), ତାରିଖ
    (Date)); the Odisha Treasury's e-challan for the profession tax pending with the bank (a capsule, its
    stages left to right, a notice; Challan Ref ID, Department, Head of Account, Amount, Bank, Initiated on in
    a table ruled on every side); EPFO's ECR payment failed under a large round cross (the establishment, the
    reason in a notice; TRRN, Wage month, Amount, Transaction ID, Mode, Attempted on at the left and the
    right); Bangiriposi Gram Panchayat's weekly haat toll ticket from its book (its Odia name over its
    English, No. struck in red, Rs. in a printed box, "Received in cash", the stall written in; the
    collector's signature; no day); the Ministry of Corporate Affairs' payment receipt for the producer
    company's annual return (Payment successful; SRN, Service, Company, Amount, Payment mode, Bank reference,
    Transaction date in a striped table); the Bangiriposi Tahasil's land rent receipt from its book across its
    counterfoil (its Odia name, "ଖଜଣା ରସିଦ" (rent receipt); No. left blank; Date, Received from, Khata / Plot
    and Rs. written on the counterfoil and the receipt; "Recd. in cash"; its oval stamp; no reference); the
    Labour Directorate's registration renewal under the Odisha Shops and Commercial Establishments Act paid
    through SBI ePay (Payment Successful; Application No., Establishment, Amount, SBI ePay Ref. No., Mode,
    Payment Date in shaded labels); the Parivahan e-Challan paid by card for the pickup (Payment successful;
    "Paid to" over the department; Challan No., Vehicle No., Offence, Amount, Mode, Transaction ID, Payment
    Date in dot leaders). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=500, high=40000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([600, 900, 1200, 1500, 2400]))
        p = browser_page(rng, font, "sujog.odisha.gov.in/tradelicence/receipt")
        p.part = "head"
        odia(p, MUNICIPALITY_OD, bold=True, scale=1.1)
        name = pick(p, "title", [MUNICIPALITY, MUNICIPALITY.upper()])
        top(p, name, merchant=name)
        odia(p, "ବ୍ୟବସାୟ ଅନୁଜ୍ଞାପତ୍ର ଦେୟ ରସିଦ", scale=0.9)
        p.add("small", "Trade Licence Fee Receipt  |  SUJOG, Housing & Urban Development Department")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"BPM/TL/{j.date:%y}/{digits(rng, 5)}"
        at = (0.3, 0.56)
        od_row(p, "ରସିଦ ନଂ", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        od_row(p, "ଅନୁଜ୍ଞାପତ୍ର ନଂ", "Licence No.", f"TL/BPM/{rng.randrange(100, 999)}/{fy(j.date)}", at=at)
        od_row(p, "ବ୍ୟବସାୟୀଙ୍କ ନାମ", "Name of trader", SHOP, at=at)
        od_row(p, "ବର୍ଷ", "Year", f"20{fy(j.date)}", at=at)
        od_row(p, "ଦେୟ ରାଶି", "Amount", rs(j.amount), at=at, bold=True, amount=j.amount)
        od_row(p, "ପୈଠ ମାଧ୍ୟମ", "Mode", "UPI", at=at, method="UPI")
        od_row(p, "UPI ରେଫରେନ୍ସ", "UPI Ref", j.ref, at=at, txn=(UTR_RANK, j.ref))
        od_row(p, "ତାରିଖ", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([1500, 2500]))
        p = browser_page(rng, font, "www.odishatreasury.gov.in/echallan/status")
        p.part = "head"
        top(p, "Odisha Treasury")
        p.add("small", "e-Challan  |  Integrated Financial Management System, Finance Department")
        p.add("rule")
        p.part = "body"
        pill(p, "Pending at bank", status, align="l")
        p.add("gap")
        h273.track(p, ["Challan created", "Sent to bank", "Bank confirmed"], "dpt")
        boxed(
            p,
            "The bank has not yet confirmed this payment to the treasury. Please check the status again "
            "before paying again.",
            "warn",
        )
        cref = f"{j.date:%y}{digits(rng, 12)}"
        dept = rng.choice(["Commercial Tax & GST Department, Odisha", "CT & GST Department, Odisha"])
        gkv(p, "ot", "Challan Ref ID", cref, at=0.34, txn=(TXN_RANK, cref))
        gkv(p, "ot", "Department", dept, at=0.34, merchant=dept)
        gkv(p, "ot", "Head of Account", "0028-00-107 (Profession Tax)", at=0.34)
        gkv(p, "ot", "Amount", rs(j.amount), at=0.34, amount=j.amount)
        gkv(p, "ot", "Bank", "State Bank of India (Net Banking)", at=0.34, method="netbanking")
        gkv(
            p,
            "ot",
            "Initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)),
            at=0.34,
            date=j.date,
        )
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 6000, 38000, 0.4)
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/payment/status")
        p.part = "head"
        name = pick(p, "title", ["Employees' Provident Fund Organisation", "EPFO"])
        top(p, name, merchant=name)
        p.add("small", f"Unified Portal for Employers  |  {FIRM_SHORT.upper()}")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "The bank did not confirm the payment for this ECR. The challan remains unpaid; please pay it "
            "again before the due date.",
            "error",
        )
        trrn = f"{rng.randrange(1, 5)}{j.date:%y}{digits(rng, 10)}"
        tid = f"EPF{digits(rng, 11)}"
        kvr(p, "TRRN", trrn, txn=(INVOICE_RANK, trrn))
        kvr(p, "Wage month", j.month(1))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Mode", "Net Banking (Bank of India)", method="netbanking")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([20, 30, 40, 50]))
        p = sheet(rng, font, [460, 500])
        p.style["paper"] = rng.choice([(250, 232, 232), (236, 240, 250), (246, 244, 222)])
        p.part = "head"
        odia(p, GP_OD, bold=True)
        name = pick(p, "center", [GP, "BANGIRIPOSI G.P."])
        p.add("center", name, merchant=name)
        odia(p, "ସାପ୍ତାହିକ ହାଟ ଟୋଲ ଟିକଟ", scale=0.9)
        p.add("small", "WEEKLY HAAT TOLL TICKET")
        p.add("rule")
        p.part = "body"
        no_ = f"{rng.randrange(1, 99999):05d}"
        h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
        h271.amtbox(p, "Rs.", f"{int(j.amount)}/-", by_hand=False, amount=j.amount)
        p.add("center", "Received in cash", method="cash", status=status)
        filled(p, "Stall", "sabai baskets")
        p.add("gap")
        sig(p)
        p.add("right", "Collector")
        p.add("small", "Not transferable. Valid for one haat day.")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([200, 300, 400, 600, 1200]))
        p = browser_page(rng, font, "www.mca.gov.in/content/mca/global/en/application-history.html")
        p.part = "head"
        name = pick(p, "title", ["Ministry of Corporate Affairs", "MCA, Government of India"])
        top(p, name, merchant=name)
        p.add("small", "MCA21 V3  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment successful", status=status)
        srn = f"{rng.choice('ABFN')}{digits(rng, 8)}"
        bref = f"SBIN{digits(rng, 12)}"
        zebra(
            p,
            "mca",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Receipt", ""],
            [
                (["SRN", srn], {"txn": (INVOICE_RANK, srn)}),
                (["Service", "Form MGT-7 (annual return)"], {}),
                (["Company", FIRM_SHORT.upper()], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment mode", "Net Banking"], {"method": "netbanking"}),
                (["Bank reference", bref], {"txn": (BANK_RANK, bref)}),
                (["Transaction date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            ],
            (30, 60, 120),
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([84, 126, 168, 210, 252]))
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(244, 238, 220), (240, 236, 222)])
        p.part = "head"
        odia(p, TAHASIL_OD, bold=True, scale=1.05)
        top(p, TAHASIL, merchant=TAHASIL)
        odia(p, "ଖଜଣା ରସିଦ", bold=True)
        p.add("small", "Land Rent Receipt  |  Mouza Kendumundi  |  Mayurbhanj")
        p.add("rule")
        p.part = "body"
        start = len(p.rows)
        at = 0.36
        p.add("left", "No. ..........")
        day = when(j.date, rng.choice(["%d/%m/%y", "{d}.%m.%Y"]))
        h271.fill2(p, ("Date", day), ("Date", day), at, date=j.date)
        h271.fill2(p, ("From", "SSCPC Ltd"), ("Received from", "Simlipal Sabai Craft P.C."), at)
        khata = str(rng.randrange(100, 999))
        h271.fill2(p, ("Khata", khata), ("Khata / Plot", f"{khata} / {rng.randrange(600, 2400)}"), at)
        h271.fill2(p, ("Rs.", f"{int(j.amount)}/-"), ("Rs.", f"{int(j.amount)}/-"), at, amount=j.amount)
        h271.perf(p, start, at)
        p.add("gap")
        hand(p, "Recd. in cash", method="cash", status=status)
        h287.oval(p, ["TAHASIL OFFICE", "BANGIRIPOSI", "MAYURBHANJ"], "violet", at=0.62, rows_=3)
        sig(p)
        p.add("right", "Revenue Inspector")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = browser_page(rng, font, "labour.odisha.gov.in/osce/payment/receipt")
        p.part = "head"
        name = pick(p, "title", ["Labour Directorate, Odisha", "Labour & ESI Department, Odisha"])
        top(p, name, merchant=name)
        p.add("small", "Odisha Shops and Commercial Establishments Act  |  Renewal of registration")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        sref = f"CPA{digits(rng, 10)}"
        kv(p, "Application No.", f"OSCE/MBJ/{j.date:%Y}/{digits(rng, 5)}", at=0.36)
        kv(p, "Establishment", SHOP, at=0.36)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "SBI ePay Ref. No.", sref, at=0.36, txn=(BANK_RANK, sref))
        kv(p, "Mode", "UPI", at=0.36, method="UPI")
        kv(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.36, date=j.date)
        return p.done()
    j.amount = float(rng.choice([500, 1000, 2000]))
    p = browser_page(rng, font, "echallan.parivahan.gov.in/index/accused-challan")
    p.part = "head"
    top(p, "e-Challan")
    p.add("small", "Ministry of Road Transport & Highways  |  Parivahan")
    p.add("rule")
    p.part = "body"
    h287.tile(p, status)
    p.add("center", "Payment successful", status=status)
    p.add("small", "Paid to")
    dept = pick(p, "center", ["Commerce & Transport Department, Odisha", "Transport Department, Odisha"])
    p.add("center", dept, merchant=dept)
    p.add("gap")
    cno = f"OD{digits(rng, 16)}"
    tid = f"PRV{digits(rng, 12)}"
    dots(p, "Challan No.", cno, at=0.34, txn=(INVOICE_RANK, cno))
    dots(p, "Vehicle No.", f"OD11{rng.choice(UPPER)}{rng.choice(UPPER)}{rng.randrange(1000, 9999)}", at=0.34)
    dots(p, "Offence", "Overloading (goods vehicle)", at=0.34)
    dots(p, "Amount", rs(j.amount), at=0.34, bold=True, amount=j.amount)
    dots(p, "Mode", "Debit Card", at=0.34, method="card")
    dots(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
    dots(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.34, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's premiums, the insurer on top, under its app's bar or signing its SMS: United India
    Insurance's PREMIUM RECEIPT for the common facility centre's Bharat Sookshma Udyam Suraksha policy (its
    sentence "Received with thanks from ... the sum of Rs. x by NEFT ..."; Receipt No., Receipt Date, Policy
    No., Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR on hairline rows; a signature); Oriental
    Insurance's portal with the shop's policy renewal under verification (a progress bar, a notice; Policy No.
    and Premium, Transaction ID and Paid via, Initiated on and Status, labels small over their values two to a
    row); ICICI Lombard's app with the pickup's motor renewal failed by card under a large round cross (the
    insurer under the app's bar, the reason in a notice; Policy No., Premium, Payment ID, Card, Attempted on
    against a gutter); Aditya Birla Health Insurance's app with the staff's health policy renewed ("Today,
    <hour>"; a scalloped badge, Policy renewed, the sum; Policy No. and Payment Ref in tiles; "Paid via UPI";
    no day); Cholamandalam MS's marine cargo certificate for the Auckland consignment (its sentence;
    Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment, Transaction ID, Payment
    Date in dot leaders); PNB MetLife's SMS of a premium received ("Dear Customer, premium of Rs.x for policy
    no. ... received on <dd/mm/yyyy> via NetBanking. ... - PNB MetLife"; no reference); Reliance General's
    premium receipt mailed for the e-rickshaw's policy (its sentence; Receipt No., Policy No., Premium, GST
    18%, Total, Mode, UPI Ref, Date in a striped table); Shriram General's policy schedule cum receipt for the
    shop's burglary cover (Receipt No. and Receipt Date, Policy No. and Period, Premium and GST 18%, Total and
    Mode, UTR and Branch two pairs to a row in a table ruled on every side). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=1500, high=38000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    pol = f"{digits(rng, 4)}{digits(rng, 2)}/{digits(rng, 2)}/{j.date:%y}/{digits(rng, 8)}"
    if k == 0:
        net = float(rng.randrange(40, 260) * 50)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet(rng, font, [780, 820])
        p.part = "head"
        ins = pick(p, "title", ["United India Insurance Company Limited", "United India Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Divisional Office, Baripada  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Bank of India", way)
        prose(
            p,
            f"Received with thanks from {FIRM_SHORT}, {TOWN}, the sum of Rs. {num(j.amount, 'indian')} "
            f"by {way} "
            "towards the premium of the Bharat Sookshma Udyam Suraksha policy below.",
            status=status,
            method="netbanking",
        )
        p.add("gap")
        rno = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 6)}"
        spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
        for lbl, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Policy No.", pol, {}),
            ("Premium", num(net), {}),
            ("CGST 9%", num(gst), {}),
            ("SGST 9%", num(gst), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
            ("Mode", way, {}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            cols(p, "uii", spec, lbl, value, mode="line", **facts)
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 1:
        net = float(rng.randrange(30, 160) * 50)
        j.amount = round(net * 1.18, 2)
        p = browser_page(rng, font, "orientalinsurance.org.in/customer/payment/status")
        p.part = "head"
        ins = pick(p, "title", ["The Oriental Insurance Company Ltd.", "Oriental Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Customer portal  |  Policy renewal  |  Shopkeeper's policy")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment under verification", status=status)
        h294.progress(p, rng.uniform(0.45, 0.7), status)
        boxed(
            p,
            "We are waiting for the bank to confirm your payment. The renewed policy will be mailed once it "
            "is confirmed.",
            "warn",
        )
        tid = f"OIC{j.date:%y%m%d}{digits(rng, 7)}"
        two_up(p, "oi1", ("Policy No.", f"3414{digits(rng, 8)}"), ("Premium", rs(j.amount)), amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "oi2",
            ("Transaction ID", tid),
            ("Paid via", "Net Banking"),
            txn=(TXN_RANK, tid),
            method="netbanking",
        )
        p.add("gap")
        two_up(
            p,
            "oi3",
            ("Initiated on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            ("Status", "Pending"),
            date=j.date,
        )
        return p.done()
    if k == 2:
        net = float(rng.randrange(40, 160) * 50)
        j.amount = round(net * 1.18, 2)
        p = phone(rng, font, k, ["", "IL TakeCare"], dark=False, buttons=("Try again",))
        band(p, (160, 30, 40))
        bar(p, "IL TakeCare", "ICICI Lombard General Insurance", merchant="ICICI Lombard General Insurance")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p, "Your card was declined by the bank (card expired). Your policy has not been renewed.", "error"
        )
        pid = f"ILPAY{digits(rng, 11)}"
        at = 0.4
        gutter(p, "il", "Policy No.", f"3001/{digits(rng, 8)}/{digits(rng, 2)}/000", at=at)
        gutter(p, "il", "Premium", rs(j.amount), at=at, amount=j.amount)
        gutter(p, "il", "Payment ID", pid, at=at, txn=(TXN_RANK, pid))
        gutter(p, "il", "Card", f"RuPay XX{digits(rng, 4)}", at=at, method="card")
        gutter(
            p,
            "il",
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=at,
            date=j.date,
        )
        p.add("small", "Pickup OD-11  |  Comprehensive")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 5200, 21000, 0.5)
        p = phone(rng, font, k, ["", "Activ Health"], dark=False, buttons=("View policy",))
        band(p, (190, 30, 50))
        bar(p, "Activ Health", "Aditya Birla Health Insurance", merchant="Aditya Birla Health Insurance")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Group health  |  staff of Sabai Kutir")
        ref = f"ABH{digits(rng, 10)}"
        tiles2(p, ("Policy No.", f"GHI-{digits(rng, 8)}"), ("Payment Ref", ref), txn=(TXN_RANK, ref))
        p.add("small", "Paid via UPI", method="UPI")
        return p.done()
    if k == 4:
        sum_ins = float(rng.randrange(4, 24) * 100000)
        prem = round(sum_ins * rng.uniform(0.0012, 0.002), 0)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = browser_page(rng, font, "www.cholainsurance.com/marine/certificate/download")
        p.part = "head"
        ins = pick(p, "title", ["Cholamandalam MS General Insurance Co. Ltd.", "Cholamandalam MS"])
        top(p, ins, merchant=ins)
        p.add("small", "Marine Cargo (Export) Open Cover  |  Certificate of Insurance")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            "The premium for this certificate has been received and the consignment below is held covered.",
            status=status,
        )
        p.add("gap")
        tid = f"CHL{digits(rng, 11)}"
        at = 0.34
        dots(p, "Certificate No.", f"MOC/{digits(rng, 6)}/{j.date:%y}", at=at)
        dots(p, "Voyage", "Baripada - Kolkata - Auckland", at=at)
        dots(p, "Sum Insured", num(sum_ins), at=at)
        dots(p, "Premium", num(prem), at=at)
        dots(p, "GST 18%", num(gst), at=at)
        dots(p, "Total Premium", rs(j.amount), at=at, bold=True, amount=j.amount)
        dots(p, "Payment", "Net Banking", at=at, method="netbanking")
        dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        dots(p, "Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=at, date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(40, 300) * 50)
        text = (
            f"Dear Customer, premium of Rs.{num(j.amount, 'indian')} for policy no. {digits(rng, 8)} "
            "received "
            f"on {when(j.date, '%d/%m/%Y')} via NetBanking. Thank you for choosing us. - PNB MetLife"
        )
        p = sms_page(rng, font, "VM-PNBMET", text, j.date)
        p.add(
            "left",
            text,
            merchant="PNB MetLife",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        return p.done()
    if k == 6:
        prem = float(rng.randrange(16, 80) * 50)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = mail_page(
            rng,
            font,
            "Reliance General Insurance <services@reliancegeneral.co.in>",
            ["Premium receipt for your Motor policy", "Your premium receipt"],
        )
        p.part = "head"
        ins = pick(p, "title", ["Reliance General Insurance Company Limited", "Reliance General Insurance"])
        top(p, ins, merchant=ins)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear {SHOP}, we have received your premium for the e-rickshaw's Motor policy below. Thank you.",
            status=status,
        )
        p.add("gap")
        rno = f"RGR{j.date:%y}{digits(rng, 9)}"
        zebra(
            p,
            "rg",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Receipt", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Policy No.", f"9203{digits(rng, 12)}"], {}),
                (["Premium", num(prem)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "UPI"], {"method": "UPI"}),
                (["UPI Ref", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
            ],
            (0, 84, 150),
        )
        return p.done()
    prem = float(rng.randrange(20, 120) * 50)
    gst = round(prem * 0.18, 2)
    j.amount = round(prem + gst, 2)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    ins = pick(p, "title", ["Shriram General Insurance Co. Ltd.", "Shriram General Insurance"])
    top(p, ins, merchant=ins)
    p.add("small", "Policy Schedule cum Premium Receipt  |  Burglary (Shop) Insurance")
    p.add("rule")
    p.part = "body"
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Bank of India", way)
    rno = f"SGR{digits(rng, 10)}"
    start = j.date + dt.timedelta(days=1)
    grid(
        p,
        "sg",
        [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.68, "l"), (0.68, 1.0, "l")],
        None,
        [
            (
                ["Receipt No.", rno, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])],
                {"txn": (INVOICE_RANK, rno), "date": j.date},
            ),
            (["Policy No.", f"10{digits(rng, 9)}", "Period", f"{when(start, '%d/%m/%y')} - 1 yr"], {}),
            (["Premium", num(prem), "GST 18%", num(gst)], {}),
            (["Total", rs(j.amount), "Mode", way], {"amount": j.amount, "method": "netbanking"}),
            (["UTR", utr, "Branch", "Baripada"], {"txn": (UTR_RANK, utr)}),
        ],
    )
    prose(p, f"Received with thanks from {SHOP}, {SHOP_AT}.", "small", status=status)
    p.add("gap")
    sig(p)
    p.add("right", "For Shriram General Insurance")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("SABAI KUTIR", "STATION ROAD, BARIPADA", "PINE LABS", "pinelabs"),
    ("SABAI KUTIR - TOSHALI MELA", "EXHIBITION GROUND, BHUBANESWAR", "WORLDLINE", "worldline"),
    ("HOTEL KALINGA GRAND", "JANPATH, BHUBANESWAR", "KOTAK MAHINDRA BANK", "kotak"),
    ("BALASORE HARDWARE MART", "STATION SQUARE, BALASORE", "UNION BANK OF INDIA", "declined"),
    ("IRCTC", "Bhubaneswar - New Delhi", "", "rail"),
    ("UTKAL STATIONERS", "BARIPADA", "Axis Bank", "sms"),
    ("RELIANCE DIGITAL", "CUTTACK", "Uni", "cardapp"),
    ("HOTEL ARYAN MAYURBHANJ RASOI", "Baripada", "", "restaurant"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on Sabai Kutir's and the Mela stall's terminals and the company's cards elsewhere: Pine Labs'
    charge slip at Sabai Kutir with its fields in a colon's column (DATE, TIME, MID, TID, BATCH NO, INVOICE
    NO, CARD NO, CARD TYPE, APPR CODE, RRN; TOTAL AMT; APPROVED, CUSTOMER COPY); Worldline's terminal at the
    Toshali Mela stall in the Mela's days with the issuer's answer awaited (SALE; DATE, TIME, TID, INVOICE,
    CARD, AMOUNT at the left and the right; TXN PENDING, RESPONSE AWAITED FROM ISSUER, DO NOT RETRY); Kotak
    Mahindra Bank's slip at a Bhubaneswar hotel (SALE; DATE, TIME, MID, TID, INV NO, CARD, AUTH CODE, RRN at
    the left and the right; the sum set large; APPROVED, PIN VERIFIED OK); Union Bank of India's slip at a
    Balasore hardware shop DECLINED (51 INSUFFICIENT FUNDS); IRCTC's Electronic Reservation Slip for the
    Bhubaneswar - New Delhi train to a crafts fair paid by card (PNR, Train, Class, Date of Journey, Booked
    on, Ticket Fare, Convenience Fee, Total Fare, Payment, Transaction ID in a table ruled on every side);
    Axis Bank's SMS of a card spend ("Spent INR x on Axis Bank Credit Card XX1234 at <MERCHANT> on <dd-mm-yy>.
    Avl Lmt INR y. ..."; no reference); Uni's app with a card spend at an electronics store ("Today, <hour>";
    the merchant's line and its town, the sum, Successful; Card and Txn ID in tiles; Category; no day); a
    Baripada restaurant's bill from Torqus settled by card (Bill No., Date, Table, Pax; the dishes; Sub Total,
    CGST 2.5%, SGST 2.5%, Grand Total; "Paid: Card", the card and its Approval No.). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=700, high=38000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "worldline":
        season(j, rng, MELA, MELA_DAYS)
    if layout in ("declined", "kotak", "sms", "cardapp"):
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
            f"Spent INR {num(j.amount, 'western')} on Axis Bank Credit Card XX{last4} at {name} on "
            f"{when(j.date, '%d-%m-%y')}. Avl Lmt INR {num(rupees(rng, 40000, 180000), 'western')}. Not you? "
            "SMS BLOCK to 919951860002"
        )
        p = sms_page(rng, font, "AX-AXISBK", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Uni"], dark=rng.random() < 0.5, buttons=("Need help?",))
        app_head(p, "Uni", "Uni Card")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Successful", status=status)
        p.add("gap")
        ref = f"UNI{digits(rng, 11)}"
        tiles2(p, ("Card", f"{masked(p.font)}{last4}"), ("Txn ID", ref), txn=(TXN_RANK, ref), method="card")
        kvr(p, "Category", "Electronics")
        return p.done()
    if layout == "rail":
        fare = float(rng.randrange(14, 46) * 100 + rng.choice([5, 15, 35, 60]))
        conv = 35.4 if rng.random() < 0.5 else 17.7
        j.amount = round(fare + conv, 2)
        p = browser_page(rng, font, "www.irctc.co.in/nget/booking/reservation-slip")
        p.part = "head"
        top(p, name, merchant=name)
        p.add(
            "small", "Electronic Reservation Slip (ERS)  |  Indian Railway Catering and Tourism Corporation"
        )
        p.add("rule")
        p.part = "body"
        p.add("center", "Booking confirmed  -  payment successful", status=status)
        pnr = f"{rng.choice('2468')}{digits(rng, 9)}"
        txid = f"100{digits(rng, 7)}"
        journey = j.date + dt.timedelta(days=rng.randrange(4, 50))
        grid(
            p,
            "ir",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["PNR", pnr], {"txn": (ORDER_RANK, pnr)}),
                (["Train", "22823 BBS RAJDHANI EXP"], {}),
                (["Class", "THIRD AC (3A)"], {}),
                (["Date of Journey", when(journey, "%d-%b-%Y")], {}),
                (["Booked on", at_hour(rng, j.date, ["%d-%b-%Y"], (" ",))], {"date": j.date}),
                (["Ticket Fare", num(fare)], {}),
                (["Convenience Fee", num(conv)], {}),
                (["Total Fare", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
                (["Payment", f"{scheme} Credit Card XX{last4}"], {"method": "card"}),
                (["Transaction ID", txid], {"txn": (TXN_RANK, txid)}),
            ],
        )
        p.add("small", f"Passenger: {EXPORTS.upper()} (F)  |  Bhubaneswar (BBS) - New Delhi (NDLS)")
        return p.done()
    p = roll(rng, font, [440, 470, 500], [17, 18])
    if rng.random() < 0.5:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    if layout == "restaurant":
        p.part = "head"
        shown = pick(p, "center", [name, "ARYAN MAYURBHANJ RASOI"])
        p.add("center", shown, merchant=shown)
        p.add("small", f"Odia thali and Mayurbhanj dishes  |  {town}")
        p.add("small", f"GSTIN {gstin_of(rng, '21', 'P')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = str(rng.randrange(1200, 9999))
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        p.pair("Table", str(rng.randrange(1, 18)))
        p.pair("Pax", str(rng.randrange(2, 9)))
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Odia veg thali", 220),
                ("Machha besara", 260),
                ("Chicken kassa", 320),
                ("Dalma", 140),
                ("Santula", 120),
                ("Mudhi mansa", 290),
                ("Chhena poda", 90),
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
        p.add("left", "Paid: Card", method="card", status=status)
        p.add("left", f"Card: {scheme} XX{last4}")
        p.add("left", f"Approval No. {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Powered by Torqus")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pinelabs":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        h271.slipline(p, "DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        h271.slipline(p, "TIME", t)
        h271.slipline(p, "MID", mid[:12])
        h271.slipline(p, "TID", tid)
        h271.slipline(p, "BATCH NO", batch[-4:])
        h271.slipline(p, "INVOICE NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        h271.slipline(p, "CARD NO", f"XXXX XXXX XXXX {last4}", method="card")
        h271.slipline(p, "CARD TYPE", scheme)
        h271.slipline(p, "APPR CODE", appr, txn=(APPR_RANK, appr))
        h271.slipline(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        h271.slipline(p, "TOTAL AMT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "worldline":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} **** {last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TXN PENDING", status=status)
        p.add("small", "RESPONSE AWAITED FROM ISSUER")
        p.add("small", "DO NOT RETRY. CHECK STATUS IN 30 MIN")
    elif layout == "kotak":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d %b %Y").upper(), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("MID", mid[:10])
        p.pair("TID", tid)
        p.pair("INV NO", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("big", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK. SIGNATURE NOT REQUIRED")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("BILL NO", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 INSUFFICIENT FUNDS")
        p.add("small", "PLEASE USE ANOTHER CARD")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


TPNODL = "TP Northern Odisha Distribution Ltd."
PHEO = "Public Health Engineering Organisation, Odisha"
JAR_MAN = "Shree Jagannath Aqua"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and Sabai Kutir's bills: TPNODL's online payment receipt for the common facility centre
    under its Odia heading "ବିଦ୍ୟୁତ ବିଲ ପୈଠ ରସିଦ" (electricity bill payment receipt) (Payment Successful;
    Consumer No., Consumer Name, Bill Month, Amount Paid, Receipt No., Transaction ID, Payment Date, Mode in
    shaded labels); BSNL's mail of a payment received for Sabai Kutir's Bharat Fibre (its sentence; Account
    No., Amount, Transaction ID, Payment date, Mode against a gutter); Tata Play's recharge for the workshop's
    television pending under a spinner (the company under the app's bar, a progress bar, a notice; each value
    over its label: Subscriber ID, Amount, Order ID, Paid via, Initiated on); Hindustan Petroleum's HP Pay
    with a commercial cylinder's booking failed on a tinted band (the company under the app's bar, the reason
    in a notice; Consumer No., Cylinder, Amount, Transaction ID, Paid with, Attempted on at the left and the
    right); a water jar supplier's monthly card in an Odia hand on a spiral pad's page (the supplier on top;
    "ମାସ" (month) written in; the jars with their counts, rates and sums, "ମୋଟ" (total), "ନଗଦ ପାଇଲି" (received
    cash) and the day; no reference); MyJio with Sabai Kutir's postpaid bill paid ("Today, <hour>"; Reliance
    Jio Infocomm under the app's bar, a tile's tick, the sum; Mobile No. and Transaction ID in tiles; Paid
    via; no day); PHEO's water charges e-receipt under its Odia heading "ଜଳ କର ରସିଦ" (water charges receipt)
    (each field a row of a table ruled on every side, its Odia, its English and the value: ଗ୍ରାହକ ନଂ (Consumer
    No.), ଅବଧି (Period), ଟଙ୍କା (Amount), ରସିଦ ନଂ (Receipt No.), ତାରିଖ (Date), ମାଧ୍ୟମ (Mode)); the Bharatgas
    distributor's CASH MEMO for the workshop's commercial cylinder printed by its billing system (CASH MEMO
    NO, DATE, CONSUMER NO, CYL, BASE PRICE, GST 18%, DELIVERY, TOTAL, MODE, UPI REF typed in its printer's
    face). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=400, high=22000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "www.tpnodl.com/QuickPay/PaymentReceipt")
        p.part = "head"
        name = pick(p, "title", [TPNODL, "TPNODL"])
        top(p, name, merchant=name)
        odia(p, "ବିଦ୍ୟୁତ ବିଲ ପୈଠ ରସିଦ", bold=True)
        p.add("small", "Online Bill Payment Receipt  |  Bangiriposi Section, Baripada Division")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        rno = f"TPN{j.date:%y%m}{digits(rng, 8)}"
        tid = f"TPNODL{digits(rng, 12)}"
        at = 0.4
        kv(p, "Consumer No.", f"5114{digits(rng, 8)}", at=at)
        kv(p, "Consumer Name", CUT, at=at)
        kv(p, "Bill Month", j.month(1), at=at)
        kv(p, "Amount Paid", rs(j.amount), at=at, amount=j.amount)
        kv(p, "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        kv(p, "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        kv(p, "Mode", "Net Banking", at=at, method="netbanking")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([589.82, 706.82, 942.82, 1178.82]))
        p = mail_page(
            rng,
            font,
            "BSNL <noreply@bsnl.co.in>",
            ["Payment received for your Bharat Fibre account", "Thank you for your payment"],
        )
        p.part = "head"
        name = pick(p, "title", ["Bharat Sanchar Nigam Limited", "BSNL"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"Dear Customer, we have received your payment of {rs(j.amount)} for your Bharat Fibre "
            "connection. "
            "Thank you for staying with BSNL.",
            status=status,
            amount=j.amount,
        )
        p.add("gap")
        tid = f"BSNL{digits(rng, 12)}"
        gutter(p, "bs", "Account No.", f"10{digits(rng, 8)}", at=0.38)
        gutter(p, "bs", "Amount", rs(j.amount), at=0.38)
        gutter(p, "bs", "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        gutter(p, "bs", "Payment date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.38, date=j.date)
        gutter(p, "bs", "Mode", "UPI", at=0.38, method="UPI")
        p.add("small", "Bharat Sanchar Nigam Limited  |  Odisha Telecom Circle")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([299, 349, 449, 599, 799]))
        p = phone(rng, font, k, ["", "Tata Play"], dark=False, buttons=("Refresh",))
        band(p, (40, 30, 110))
        bar(p, "Tata Play", "Tata Play Limited", merchant="Tata Play Limited")
        h279.spinner(p, AMBER)
        p.add("center", "Recharge pending", status=status)
        h294.progress(p, rng.uniform(0.4, 0.7), status)
        boxed(
            p,
            "We are waiting for your bank's confirmation. Your channels will continue; please do not pay "
            "again.",
            "warn",
        )
        oid = f"TP{digits(rng, 12)}"
        vlab(p, "Subscriber ID", f"1{digits(rng, 9)}", bold=False)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Order ID", oid, bold=False, txn=(ORDER_RANK, oid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 3:
        base = float(rng.choice([1586.5, 1612.0, 1640.5, 1688.0]))
        j.amount = round(base * 1.18, 2)
        p = phone(rng, font, k, ["", "HP Pay"], dark=False, buttons=("Retry",))
        band(p, (0, 82, 156))
        hpcl = "Hindustan Petroleum Corporation Ltd."
        bar(p, "HP Pay", hpcl, merchant=hpcl)
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "Your bank declined the payment (incorrect UPI PIN). The cylinder has not been booked; please "
            "try again.",
            "error",
        )
        tid = f"HPG{digits(rng, 12)}"
        kvr(p, "Consumer No.", digits(rng, 7))
        kvr(p, "Cylinder", "19 kg commercial")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid with", "UPI", method="UPI")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = sheet(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 248, 232), (240, 244, 236)])
        h277.spiral(p)
        p.part = "head"
        top(p, JAR_MAN, merchant=JAR_MAN)
        p.add("small", "20 litre jars  |  Bangiriposi Bazar")
        p.add("rule")
        p.part = "body"
        month_ = j.date.replace(day=1) - dt.timedelta(days=1)
        od_hand(p, f"ମାସ  {OD_MONTHS[month_.month - 1]} {month_.year}")
        start = len(p.rows)
        total_ = 0
        jars = rng.randrange(18, 60)
        rate = rng.choice([25, 30, 35])
        total_ += jars * rate
        od_hand(p, f"୨୦ ଲିଟର ଜାର {jars} ଟି @ {rate}", figure=str(jars * rate))
        if rng.random() < 0.5:
            deposit = rng.choice([150, 200])
            total_ += deposit
            od_hand(p, "ନୂଆ ଜାର ଜମା", figure=str(deposit))
        j.amount = float(total_)
        od_hand(p, "ମୋଟ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.74])
        p.add("gap")
        od_hand(
            p,
            f"ନଗଦ ପାଇଲି  {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}",
            date=j.date,
            method="cash",
            status=status,
        )
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 399, 1800, 0.6)
        p = phone(rng, font, k, ["", "MyJio"], dark=False, buttons=("Done",))
        band(p, (14, 60, 170))
        bar(p, "MyJio", "Reliance Jio Infocomm Ltd.", merchant="Reliance Jio Infocomm Ltd.")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Bill paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"BR{digits(rng, 12)}"
        tiles2(p, ("Mobile No.", f"70{digits(rng, 8)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([270, 360, 540, 720, 810]))
        p = browser_page(rng, font, "pheo.odisha.gov.in/watercharges/receipt")
        p.part = "head"
        name = pick(p, "title", [PHEO, "PHEO, Odisha"])
        top(p, name, merchant=name)
        odia(p, "ଜଳ କର ରସିଦ", bold=True)
        p.add("small", "Water charges  |  Baripada Public Health Division")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment received", status=status)
        rno = f"PHEO/{j.date:%y}/{digits(rng, 6)}"
        at = (0.24, 0.5)
        od_row(p, "ଗ୍ରାହକ ନଂ", "Consumer No.", f"BPD{digits(rng, 6)}", at=at)
        od_row(
            p,
            "ଅବଧି",
            "Period",
            f"Apr - Sep {j.date.year}" if j.date.month > 6 else f"Oct {j.date.year - 1} - Mar {j.date.year}",
            at=at,
        )
        od_row(p, "ଟଙ୍କା", "Amount", rs(j.amount), at=at, bold=True, amount=j.amount)
        od_row(p, "ରସିଦ ନଂ", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        od_row(p, "ତାରିଖ", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        od_row(p, "ମାଧ୍ୟମ", "Mode", "Net Banking", at=at, method="netbanking")
        return p.done()
    base = float(rng.choice([1562.5, 1598.0, 1624.5, 1671.0]))
    gst = round(base * 0.18, 2)
    delivery = float(rng.choice([0, 25, 50]))
    j.amount = round(base + gst + delivery, 2)
    p = roll(rng, font, [480, 510], [17, 18])
    p.part = "head"
    name = pick(p, "center", ["BHARATGAS - SIMILIPAL GAS AGENCY", "SIMILIPAL GAS AGENCY"])
    p.add("center", name, merchant=name)
    typed(p, "BPCL DISTRIBUTOR, BANGIRIPOSI")
    p.add("rule")
    p.part = "body"
    p.add("center", "CASH MEMO")
    cm = f"{digits(rng, 8)}"
    typed(p, f"CASH MEMO NO : {cm}", txn=(INVOICE_RANK, cm))
    typed(p, f"DATE   : {when(j.date, '%d-%m-%Y')}", date=j.date)
    typed(p, f"CONSUMER NO : {digits(rng, 6)}")
    typed(p, "CYL    : 19 KG COMM x 1")
    typed(p, f"BASE PRICE  : {base:>9.2f}")
    typed(p, f"GST 18%     : {gst:>9.2f}")
    typed(p, f"DELIVERY    : {delivery:>9.2f}")
    p.add("rule")
    typed(p, f"TOTAL       : {j.amount:>9.2f}", amount=j.amount)
    typed(p, "MODE   : UPI", method="UPI", status=status)
    typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Odisha Grameen Bank", "AX-OGBANK", "KANHU CHARAN MAHANTA", "UPI", "odia"),
    ("Bank of India", "VM-BOIIND", "UTKAL PACKAGING INDUS", "NEFT", "sms"),
    ("State Bank of India", "", "SIMILIPAL ROADWAYS", "IMPS", "watch"),
    ("Union Bank of India", "AD-UNIONB", "BALASORE JUTE TWINE", "IMPS", "sms"),
    ("Central Bank of India", "VM-CENTBK", "BARIPADA OFFSET PRINTE", "NEFT", "sms"),
    ("Canara Bank", "VK-CANBNK", "MAA TARINI TAILORING M", "NEFT", "sms"),
    ("Yes Bank", "", "GOPAL CHANDRA SAHU", "UPI", "inbox"),
    ("IndusInd Bank", "", "JASHIPUR HARDWARE STOR", "IMPS", "mail"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the company's payments: Odisha Grameen Bank's SMS in Odia in a bubble of the
    phone's messages thread under its day divider ("ପ୍ରିୟ ଗ୍ରାହକ, ଆପଣଙ୍କ ଖାତା XX1234 ରୁ <dd/mm/yyyy> ତାରିଖରେ
    UPI ମାଧ୍ୟମରେ <PAYEE> କୁ ଟ. x ପଠାଯାଇଛି। ରେଫରେନ୍ସ ନଂ ...। -OGB" (Dear customer, Rs. x has been sent from
    your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in Bank of India's ("BOI - Your
    A/c XX1234 is debited with Rs.x on <dd-mm-yyyy> towards NEFT to <PAYEE>, UTR .... Avl Bal Rs.y"), Union
    Bank of India's ("Your IMPS transaction of Rs x to <PAYEE> on <dd/mm/yy> has failed. The amount will be
    reversed to A/c XX1234. Ref ... -Union Bank of India"), Central Bank of India's ("NEFT of Rs.x from A/c
    XX1234 to <PAYEE> dated <dd.mm.yyyy> is pending for credit at the beneficiary bank. UTR .... -Central Bank
    of India") and Canara Bank's ("An amount of INR x has been DEBITED to your account XXX1234 on <dd/mm/yyyy>
    towards NEFT to <PAYEE>. Total Avail.bal INR y. - Canara Bank"; no reference) wordings; SBI's SMS shown on
    a smartwatch (heldout293's watch; "Dear SBI User, your A/c X1234-debited by Rsx on <ddMonyy> transfer to
    <PAYEE> Ref No .... If not done by u, call 1800111109 -SBI", Dismiss); Yes Bank's IRIS app inbox under its
    "Today" heading ("Rs x debited from A/c XX1234 via UPI to <PAYEE>. UPI Ref ..."; no day); IndusInd Bank's
    mail ("Your A/c XX1234 has been debited by INR x on <dd-Mon-yyyy> for IMPS to <PAYEE>. IMPS Ref No.:
    ..."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=2000, high=90000)
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
        if bank == "Bank of India":
            text = (
                f"BOI - Your A/c XX{tail4} is debited with Rs.{amt} on {when(j.date, '%d-%m-%Y')} towards "
                "NEFT "
                f"to {to}, UTR {ref}. Avl Bal Rs.{bal}"
            )
        elif bank == "Union Bank of India":
            text = (
                f"Your IMPS transaction of Rs {amt} to {to} on {when(j.date, '%d/%m/%y')} has failed. The "
                "amount "
                f"will be reversed to A/c XX{tail4}. Ref {ref} -Union Bank of India"
            )
        elif bank == "Central Bank of India":
            text = (
                f"NEFT of Rs.{amt} from A/c XX{tail4} to {to} dated {when(j.date, '%d.%m.%Y')} is pending "
                "for "
                f"credit at the beneficiary bank. UTR {ref}. -Central Bank of India"
            )
        else:
            text = (
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail4} on "
                f"{when(j.date, '%d/%m/%Y')} towards NEFT to {to}. Total Avail.bal INR {bal}. - Canara Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "odia":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"ପ୍ରିୟ ଗ୍ରାହକ, ଆପଣଙ୍କ ଖାତା XX{tail4} ରୁ {when(j.date, '%d/%m/%Y')} ତାରିଖରେ UPI ମାଧ୍ୟମରେ {to} କୁ "
            f"ଟ. {amt} ପଠାଯାଇଛି। ରେଫରେନ୍ସ ନଂ {ref}। -OGB"
        )
        od_wrap(p, text, share=0.9, scale=0.9, **facts)
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "watch":
        p = screen(rng, font, "crop", dark=True, width=rng.choice([400, 420]), size=rng.choice([20, 21]))
        p.part = "body"
        p.add("gap")
        p.add("left", f"Messages  {sign(font, chr(0x2022), '|')}  SBI")
        p.add("gap")
        prose(
            p,
            f"Dear SBI User, your A/c X{tail4}-debited by Rs{amt} on {when(j.date, '%d%b%y')} transfer "
            f"to {to} "
            f"Ref No {ref}. If not done by u, call 1800111109 -SBI",
            **facts,
        )
        p.add("gap")
        p.add("small", "Reply  |  Dismiss")
        on_watch(p)
        return p.done()
    if frame == "inbox":
        p = phone(rng, font, k, ["", "Notifications"], dark=False, buttons=())
        band(p, (0, 70, 140))
        app_head(p, "IRIS by YES BANK", "Inbox")
        p.add("left", "Today")
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Debit alert  |  {hhmm(rng, lower=True)}")
        prose(p, f"Rs {amt} debited from A/c XX{tail4} via UPI to {to}. UPI Ref {ref}.", **facts)
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", "Offers  |  yesterday")
        p.add("left", "Get a current account overdraft for your business.")
        card_close(p, c)
        return p.done()
    p = mail_page(
        rng,
        font,
        "IndusInd Bank <transactionalert@indusind.com>",
        ["Debit alert: IMPS", "Transaction alert on your IndusInd Bank account"],
    )
    p.part = "head"
    top(p, "IndusInd Bank")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        f"Your A/c XX{tail4} has been debited by INR {amt} on {when(j.date, '%d-%b-%Y')} for IMPS to {to}. "
        f"IMPS Ref No.: {ref}.",
        **facts,
    )
    p.add("gap")
    prose(p, "If you have not made this transaction, please call 1860 267 7777 immediately.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "IndusInd Bank Ltd. This is a system generated mail; please do not reply.")
    return p.done()

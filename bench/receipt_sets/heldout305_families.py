"""The twelve heldout305 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Thanjavur doll makers' workshop's year of 2026 (Sri Ponniah Bommai
Kalaikoodam, P. Muthukumar's proprietary firm at Karanthai, Thanjavur, whose doll makers press paper pulp,
tamarind-seed paste and Cauvery clay into plaster moulds, set a clay weight in each round base and a head on
its own pivot, and paint and gild them into thalaiyatti bommai (the nodding Raja and Rani, Chettiar and Aachi
dolls), dancing dolls and golu sets, and whose metal worker fixes embossed copper deities on brass into
Thanjavur art plates; its shop on Sannathi Street by the Big Temple, Thanjai Bommai Kadai; its stall on North
Mada Street, Mylapore, in the Navaratri golu season; the web shop thanjaibommai.in; Poompuhar's, a temple's,
companies' and hotels' orders; temple stores and Tamil shops abroad), told by the proofs of payment it
receives (buyers' BharatPe for Business on the shop's phone, Google Pay set in Tamil, super.money, MobiKwik,
Tata Neu, Kotak811, IndusInd's indie and YONO SBI; Poompuhar's faxed advice, a temple's payment intimation,
Oracle Fusion, Standard Chartered's Straight2Bank, Google Chat, RazorpayX Payouts, HSBCnet and an interior
studio's mail; Citi, UOB, RHB, RBC, Emirates NBD, Lloyds, CommBank and Hatton National Bank; its own tax
invoice, the Mylapore stall's cash memo, Cashfree, Shopify, OkCredit, PayU, a Swipe invoice and a workshop's
entry pass) and those it makes (a Kumbakonam metal dealer's invoice, a clay seller's chit in a Tamil hand, ST
Courier, Amazon Business, Itsy Bitsy's checkout, a gold foil dealer's invoice, a tamarind-seed flour mill's
bill and a Marg ERP receipt; City Union Bank, Indian Overseas Bank, TMB, South Indian Bank, Federal Bank, the
Thanjavur central co-operative bank's form, PNB ONE and AU 0101; a piece work account, a painter's muster
card, Keka, Paytm, Jupiter, a bonus receipt with a thumb's impression, Vyapar and IDFC FIRST Bank; the
Thanjavur Corporation, EPFO, TNREGINET, the Labour Welfare Board, the Greater Chennai Corporation, mParivahan,
the Palace Devasthanam's rent receipt and the Fire and Rescue Services; eight insurers; cards on the shop's
and the stall's terminals, at a Chennai hotel and an art store, on IRCTC, in Axis Bank's SMS, on SBI Card's
app and on a restaurant's DotPe bill; TNPDCL, MyJio, Dish TV, HP Pay, IDFC FIRST FASTag, Hathway, Bharat
BillPay and a water can card; the banks' SMS, a Tamil SMS, a mail, Truecaller's card and an app's
notifications). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, the units' lines, salutations, Tamil lines (but a bank's
SMS in Tamil, whose figures and payee carry the facts, a Tamil labelled field's value, a Tamil app's day and
outcome and a Tamil hand's sums, days and "received"), items, pieces, moulds, loads, cans, rates, GST, TDS,
fees, charges, convenience fees, balances, sums insured, converted sums, periods, months, half years, bill and
wage months, invoice, bill, due, journey and workshop days, account, policy, quote, certificate, consumer,
service, customer, employee, establishment, application, assessment, licence, vehicle, tag, VC, mobile and
card numbers, consignment numbers, PAN, GSTIN, UAN, IFSC, SWIFT/BIC codes, UPI IDs, bills named on an advice
or a receipt, other messages and notifications, nodding dolls, gilt borders, gold foil flecks and paint dabs,
the golu step a page lies on, stages, progress bars, notices, tiles, badges, tabs, stamps, watermarks,
barcodes, a highlighter's stroke, a thumb's impression, ticks and signatures carry no fact. ``Job`` is
heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page``
heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``,
``hhmm``, ``rupees`` and ``bbps_ref`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and
``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``total``,
``strip``, ``sms_page``, ``comb``, ``bars``, ``ticks``, a roll's torn edges), heldout271's (``grid``, ``gkv``,
``dots``, ``colkv``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``step``, ``rstamp``, rounded cards),
heldout273's (Tamil lines, sentences, labels and hand, ``avatar``, ``watermark``, ``hcells``, ``ledger``,
``pill``, ``field``, ``tick``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``ribbon``,
``tabs``), heldout277's (``bigsum``, ``marker``, ``days_grid``), heldout279's (``phone``, ``band``,
``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, ``spinner``, ``wave``, a ticket's card and its
tear, ``redno``), heldout287's (``notice``, ``tile``, ``burst``, ``oval``, ``vlab``, ``vname``, ``tiles2``,
``copyrow``, ``faxline``), heldout289's (``chip``, ``steps``) and heldout294's (``octa``, ``progress``),
written in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout303's),
each page's rows drawn by heldout294's ``_render`` (and the renderers beneath it, heldout273's Tamil rows
among them) and then by this set's own ``_render`` in the lines it leaves for them: a pair of thalaiyatti
bommai as a letterhead's emblem (the Raja and the Rani on their round weighted bases, their heads nodding on
their own pivots); a Thanjavur painting's gilt border as a divider (gold foil over raised gesso between maroon
edges, a running vine and red and green glass stones set along it); a worker's left thumb's impression in
violet stamp-pad ink in its box; flecks of gold foil and dabs of the dolls' paint in a page's margins; and,
after the frame, the golu step a page is photographed lying on (the step's white cloth with its red and gold
border, the step above it with a row of painted dolls standing on it, the page's shadow, the page a little
askew). The pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets.heldout86_families import bbps_ref, hhmm, rupees, when
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
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout302's and
# heldout303's
PENS = [
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "liberation/LiberationSerif-Italic.ttf",
]
INKS = [(20, 44, 130), (40, 28, 96), (30, 34, 40), (12, 70, 96), (110, 24, 40)]
# the faces a page's fixed-width lines are printed in (a courier's roll, a billing program's, a fax's)
TYPES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# the faces heldout273's Tamil rows are drawn in (checked before the set is drawn)
TAMIL_FACES = [h273.TAMIL, h273.TAMIL_BOLD, h273.TAMIL_SERIF, h273.TAMIL_SERIF_BOLD, h273.TAMIL_HAND]
# Thanjavur's gold foil, the dolls' paints (vermilion, leaf green, turmeric, rose, peacock blue) and the
# maroon of a painting's border
GOLD = [(214, 176, 62), (200, 160, 52), (226, 190, 84)]
PAINTS = [(214, 48, 40), (36, 140, 64), (236, 184, 30), (226, 74, 140), (20, 110, 160)]
MAROON = (112, 22, 34)

# ---------------------------------------------------------------- the firm

FIRM = "Sri Ponniah Bommai Kalaikoodam"
FIRM_CAPS = FIRM.upper()
FIRM_TA = "ஸ்ரீ பொன்னையா பொம்மை கலைக்கூடம்"
# the firm's name as a bank's beneficiary field cuts it
CUT = "SRI PONNIAH BOMMAI KALAI"
SHOP = "Thanjai Bommai Kadai"
SHOP_CAPS = SHOP.upper()
SHOP_TA = "தஞ்சை பொம்மை கடை"
WORKSHOP = "Ponniah Pattarai"
WEB = "thanjaibommai.in"
GSTIN = "33AKJPM4172K1ZD"
PAN = "AKJPM4172K"
UDYAM = "UDYAM-TN-32-0047719"
PROP = "P. Muthukumar"
OWNER_CAPS = "P MUTHUKUMAR"
SON = "M. Karthikeyan"
KEEPER = "S. Nandhini"
ADDRESS = "17, Kosavar Street, Karanthai, Thanjavur - 613002"
TOWN = "Karanthai, Thanjavur - 613002"
SHOP_AT = "8, Sannathi Street, near the Big Temple, Thanjavur - 613001"
BANK_LINE = "City Union Bank, Thanjavur Main Branch"
BANK_CAPS = "CITY UNION BANK LTD, THANJAVUR, INDIA"
BIC = "CIUBIN5M"
IFSC_OWN = "CIUB0000117"
# the Navaratri golu season (dolls bought from early September; Navaratri 11 to 19 October 2026) and the
# firm's stall on North Mada Street, Mylapore, in its last month; Ayudha Pooja (19 October), before which the
# workshop's bonus is paid
GOLU, GOLU_DAYS = dt.date(2026, 9, 8), 42
MYLAI, MYLAI_DAYS = dt.date(2026, 9, 20), 30
STALL = "Stall 23, North Mada Street, Mylapore, Chennai - 600004"
AYUDHA = dt.date(2026, 10, 19)
IFSC = {
    "City Union Bank": "CIUB",
    "Indian Overseas Bank": "IOBA",
    "Tamilnad Mercantile Bank": "TMBL",
    "South Indian Bank": "SIBL",
    "Federal Bank": "FDRL",
    "Punjab National Bank": "PUNB",
    "AU Small Finance Bank": "AUBL",
    "Tamil Nadu Grama Bank": "IDIB",
    "The Thanjavur Central Co-operative Bank": "TNSC",
    "State Bank of India": "SBIN",
    "Indian Bank": "IDIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Canara Bank": "CNRB",
    "Karur Vysya Bank": "KVBL",
    "Standard Chartered": "SCBL",
    "HSBC": "HSBC",
    "IDFC FIRST Bank": "IDFB",
    "UCO Bank": "UCBA",
}
# the firm's work sold: name, HSN (4823 papier-mache, 6913 clay, 8306 art plates), price each (low, high)
WORKS = [
    ("Thalaiyatti bommai, Raja-Rani pair, 12 in", "4823", 1800, 3800),
    ("Thalaiyatti bommai, Chettiar-Aachi pair, 10 in", "4823", 1500, 3200),
    ("Dancing doll (aadum bommai), 10 in", "4823", 850, 2200),
    ("Golu set, Dasavataram, 10 pcs, clay", "6913", 2400, 5800),
    ("Golu set, Kalyanam (wedding), 12 pcs, clay", "6913", 3200, 7800),
    ("Golu set, Ashtalakshmi, 8 pcs, clay", "6913", 2600, 6400),
    ("Thanjavur art plate, Ganesha, 8 in", "8306", 1400, 3800),
    ("Thanjavur art plate, Nataraja, 12 in", "8306", 3800, 9600),
    ("Nodding doll, Bharatanatyam dancer, 8 in", "4823", 700, 1600),
    ("Golu set, Chettiar kadai, 14 pcs, clay", "6913", 1800, 4400),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Thalaiyatti bommai, Raja-Rani pair, 12 in": "Raja-Rani pair 12in",
    "Thalaiyatti bommai, Chettiar-Aachi pair, 10 in": "Chettiar pair 10in",
    "Dancing doll (aadum bommai), 10 in": "Dancing doll 10in",
    "Golu set, Dasavataram, 10 pcs, clay": "Dasavataram set",
    "Golu set, Kalyanam (wedding), 12 pcs, clay": "Kalyanam set",
    "Golu set, Ashtalakshmi, 8 pcs, clay": "Ashtalakshmi set",
    "Thanjavur art plate, Ganesha, 8 in": "Art plate Ganesha",
    "Thanjavur art plate, Nataraja, 12 in": "Art plate Nataraja",
    "Nodding doll, Bharatanatyam dancer, 8 in": "Dancer doll 8in",
    "Golu set, Chettiar kadai, 14 pcs, clay": "Chettiar kadai set",
}
CUSTOMERS = [
    "Mrs. Vasantha Raghavan",
    "Mr. Senthil Kumar",
    "Ms. Kaviya Ramesh",
    "Dr. Padmini Srinivasan",
    "Mr. Abdul Kareem",
    "Mrs. Lalitha Venkatraman",
    "Mr. Rajesh Iyer",
]
# the doll makers, mould pressers, painters and the art plate's metal worker; the shop's staff
CRAFTSMEN = [
    "K. Arumugam",
    "V. Rajendran",
    "S. Pandian",
    "T. Ganesan",
    "A. Velusamy",
    "R. Selvi",
    "M. Kannagi",
    "P. Muthulakshmi",
]
STAFF = ["Fathima Beevi", "J. Dinesh"]
# the months as a Tamil screen prints them
TA_MONTHS = [
    "ஜனவரி",
    "பிப்ரவரி",
    "மார்ச்",
    "ஏப்ரல்",
    "மே",
    "ஜூன்",
    "ஜூலை",
    "ஆகஸ்ட்",
    "செப்டம்பர்",
    "அக்டோபர்",
    "நவம்பர்",
    "டிசம்பர்",
]


def wares(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's dolls and plates sold: name, HSN, quantity, price each (dearer ones left out above
    ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 3) if lo >= 3000 else rng.randrange(1, 5)
        if "Dancer" in name or "Dancing" in name:
            q = rng.randrange(2, 9)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 3000 else 50))))
    return out


def in_season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the golu season's, the Mylapore stall's, the bonus week's), its UPI
    / card reference made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_by(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "CIUB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_in(rng: random.Random, state: str = "33", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def ta_day(day: dt.date) -> str:
    """A day as a Tamil screen prints it: the day's figures, the month's Tamil name, the year."""
    return f"{day.day} {TA_MONTHS[day.month - 1]} {day.year}"


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.28, 0.72) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(14, 680), len(shares))
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 7, 64)
        out.append((f"{prefix}/{fy(day)}/{numbers[i]:03d}", day, v))
    return out


def rupee_of(font: str) -> str:
    """The rupee's sign where the face and its bold draw it, else Rs."""
    return "\u20b9" if glyphs(font, "\u20b9") and glyphs(bold_of(font), "\u20b9") else "Rs."


def masked(font: str, n: int = 2) -> str:
    return sign(font, "\u2022", "*") * n


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h305", {"marks": {}, "decor": [], "frame": None})


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


def leaf(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    pen_of(p)
    type_of(p)
    return p


def roll_of(rng: random.Random, font: str, widths: list[int], sizes: list[int]) -> Screen:
    """A terminal's or a counter's roll: a narrow paper page, its hand and fixed-width face this set's."""
    p = screen(rng, font, width=rng.choice(widths), size=rng.choice(sizes))
    paper(p, rng)
    pen_of(p)
    type_of(p)
    return p


def writes(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    pen_of(p)
    h271.hand(p, text, align=align, **facts)


def fills(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    pen_of(p)
    h271.fill(p, label, value, tail=after, **facts)


def types(p: Screen, text: str, *, scale: float = 0.88, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    type_of(p)
    tt(p, text, scale=scale, **facts)


def broken(p: Screen, text: str, scale: float = 1.0, share: float = 0.97, *, bold: bool = False) -> list[str]:
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


def sentence(p: Screen, text: str, kind_: str = "left", **facts) -> None:
    """A sentence set in as many lines of ``kind_`` as it needs (the facts on its first line)."""
    scale = 0.8 if kind_ == "small" else 1.0
    for n_, line in enumerate(broken(p, text, scale)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def caption(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "cap05", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["cap05"] = 0.76
    h269.row(p, "cap05", text, **facts)


def aside(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line in small letters in the label's ink (a note, a message's hour), in as many lines as it needs
    (the facts on the first)."""
    name = f"as05{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(broken(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


def warn(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


def ta(p: Screen, text: str, **kw) -> None:
    """heldout273's Tamil line (a name over its English, a heading), in Noto Sans or Serif Tamil."""
    h273.tam(p, text, **kw)


def ta_hand(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """heldout273's Tamil hand (Noto Serif Tamil Slanted, its figures in the page's pen), in this set's
    pens' inks."""
    pen_of(p)
    h273.tamil_hand(p, text, align=align, **facts)


def ta_label(p: Screen, english: str, tamil: str, value: str, *, at: float = 0.42, **kw) -> None:
    """heldout273's English label with its Tamil after it in the label's ink and the value after a colon,
    printed or written by hand in this set's pen."""
    if kw.get("pen"):
        pen_of(p)
    h273.tlab(p, english, tamil, value, at=at, **kw)


# ---------------------------------------------------------------- this set's rows and marks


def bommai(p: Screen) -> None:
    """A pair of Thanjavur thalaiyatti bommai as a letterhead's emblem: the Raja and the Rani side by side on
    their round weighted bases, painted in bright bands and dotted with gold, the Raja's tall gold crown and
    moustache, the Rani's bun with jasmine and her nose ring, each head set a little tilted on its own pivot
    as it nods; centred, three lines high."""
    put(p, "t05bm", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-14, 14), p.rng.uniform(-14, 14)])
    p.add("gap")
    p.add("gap")


def gilt(p: Screen) -> None:
    """A Thanjavur painting's gilt border as a divider across the page: gold foil pressed over raised gesso
    between two maroon edges, a running vine raised in it, red and green glass stones set in gold rings
    along it, each with a glint; one line high."""
    put(p, "t05gl", "", mark_=[p.rng.randrange(len(GOLD)), p.rng.randrange(10**6)])


def thumbprint(p: Screen, caption_: str = "L.T.I.") -> None:
    """A worker's left thumb impression in stamp-pad ink in a ruled box at the right, its caption under the
    box (a receipt signed by one who does not write his name); the rows beside it left empty, four lines
    high."""
    assert glyphs(p.font, caption_), caption_
    put(p, "t05th", caption_, mark_=[p.rng.randrange(10**6), p.rng.uniform(-18, 18)])
    for _ in range(3):
        p.add("gap")


def flecks(p: Screen) -> None:
    """Flecks of gold foil and dabs of the dolls' paint in the page's margins (the workshop's bench)."""
    ext(p)["decor"].append(["flecks", p.rng.randrange(10**6)])


def on_golu(p: Screen) -> None:
    """The page photographed lying on a golu step: the step's white cloth with its red and gold border, the
    step above it with a row of painted clay dolls standing on it, the page's shadow, the page askew."""
    ext(p)["frame"] = ["golu", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


# the dolls' dresses: (coat, chest, base, band)
DRESSES = [
    ((30, 128, 70), (204, 36, 44), (120, 24, 40), (236, 184, 30)),
    ((222, 70, 136), (240, 196, 40), (24, 70, 150), (214, 48, 40)),
    ((204, 40, 44), (30, 120, 150), (30, 100, 56), (240, 196, 40)),
    ((236, 160, 28), (150, 30, 90), (120, 24, 40), (36, 140, 64)),
    ((60, 70, 170), (226, 74, 140), (150, 30, 40), (236, 184, 30)),
    ((150, 30, 110), (36, 150, 90), (24, 70, 150), (236, 184, 30)),
]
SKIN = [(232, 180, 140), (222, 166, 126), (240, 196, 160)]


def _doll(
    layer: Image.Image, cx: float, foot: float, h: float, dress, skin, queen: bool, tilt: float, seed: int
) -> None:
    """One nodding doll ``h`` high standing on ``foot`` (drawn on an RGBA ``layer``): its round base, its coat
    dotted with gold, its arms, its head on a pivot turned by ``tilt`` degrees, a crown or a bun."""
    srng = random.Random(seed)
    coat, chest, base_c, band_c = dress
    gold = (226, 186, 70)
    d = ImageDraw.Draw(layer)
    w = h * 0.62
    # the round base, weighted with clay: a bowl with a gold rim and a painted band
    top_b = foot - h * 0.26
    d.pieslice((cx - w / 2, top_b - h * 0.26, cx + w / 2, foot), 0, 180, fill=base_c + (255,))
    d.arc(
        (cx - w * 0.44, top_b - h * 0.2, cx + w * 0.44, foot - h * 0.05),
        20,
        160,
        fill=band_c + (255,),
        width=max(2, int(h * 0.03)),
    )
    d.rectangle((cx - w / 2, top_b - h * 0.015, cx + w / 2, top_b + h * 0.02), fill=gold + (255,))
    # the coat (or the saree's pleats), flaring to the base, dotted with gold
    sh = foot - h * 0.62
    coat_poly = [(cx - w * 0.2, sh), (cx + w * 0.2, sh), (cx + w * 0.46, top_b), (cx - w * 0.46, top_b)]
    d.polygon(coat_poly, fill=coat + (255,))
    for yy in np.arange(sh + h * 0.06, top_b - h * 0.02, h * 0.055):
        share = (yy - sh) / (top_b - sh)
        half = w * (0.2 + 0.26 * share) - h * 0.03
        for xx in np.arange(cx - half, cx + half, h * 0.05):
            d.ellipse((xx - 1.2, yy - 1.2, xx + 1.2, yy + 1.2), fill=gold + (255,))
    if queen:
        # the pleats: lines down the saree
        for k in range(-2, 3):
            d.line(
                (cx + k * w * 0.05, sh + h * 0.12, cx + k * w * 0.11, top_b),
                fill=_tint((255, 255, 255), coat, 0.35) + (255,),
                width=1,
            )
    # the chest and a gold necklace
    d.rectangle((cx - w * 0.19, sh, cx + w * 0.19, sh + h * 0.1), fill=chest + (255,))
    d.arc(
        (cx - w * 0.13, sh - h * 0.04, cx + w * 0.13, sh + h * 0.08),
        20,
        160,
        fill=gold + (255,),
        width=max(2, int(h * 0.025)),
    )
    # the arms, bent at the elbow, hands at the waist
    for side in (-1, 1):
        pts = [
            (cx + side * w * 0.2, sh + h * 0.02),
            (cx + side * w * 0.3, sh + h * 0.12),
            (cx + side * w * 0.22, sh + h * 0.2),
        ]
        d.line(pts, fill=chest + (255,), width=max(3, int(h * 0.06)))
        hx, hy = pts[-1]
        d.ellipse((hx - h * 0.03, hy - h * 0.03, hx + h * 0.03, hy + h * 0.03), fill=skin + (255,))
    # the pivot's dark spring
    d.line((cx, sh - h * 0.06, cx, sh), fill=(40, 30, 30, 255), width=max(2, int(h * 0.025)))
    # the head, drawn on its own and turned about the pivot
    hs = int(h * 0.6)
    head = Image.new("RGBA", (hs, hs), (0, 0, 0, 0))
    hd = ImageDraw.Draw(head)
    c, cy = hs / 2, hs * 0.62
    rx, ry = h * 0.1, h * 0.115
    if queen:
        hd.ellipse((c - rx * 1.05, cy - ry * 1.1, c + rx * 1.05, cy + ry * 0.6), fill=(30, 24, 26, 255))
        bx, by = c + rx * 0.9, cy - ry * 0.6
        hd.ellipse((bx - rx * 0.45, by - rx * 0.45, bx + rx * 0.45, by + rx * 0.45), fill=(30, 24, 26, 255))
        for a in range(0, 360, 50):
            ax = bx + math.cos(math.radians(a)) * rx * 0.5
            ay = by + math.sin(math.radians(a)) * rx * 0.5
            hd.ellipse((ax - 1.6, ay - 1.6, ax + 1.6, ay + 1.6), fill=(250, 250, 240, 255))
    hd.ellipse((c - rx, cy - ry, c + rx, cy + ry), fill=skin + (255,))
    for ex in (-0.4, 0.4):
        hd.ellipse(
            (c + ex * rx - 2.2, cy - ry * 0.15 - 1.6, c + ex * rx + 2.2, cy - ry * 0.15 + 1.6),
            fill=(255, 255, 255, 255),
        )
        hd.ellipse(
            (c + ex * rx - 1.1, cy - ry * 0.15 - 1.1, c + ex * rx + 1.1, cy - ry * 0.15 + 1.1),
            fill=(20, 16, 16, 255),
        )
        hd.arc(
            (c + ex * rx - 3.5, cy - ry * 0.45, c + ex * rx + 3.5, cy - ry * 0.2),
            200,
            340,
            fill=(30, 20, 20, 255),
            width=1,
        )
    hd.ellipse((c - 2.2, cy + ry * 0.42, c + 2.2, cy + ry * 0.56), fill=(200, 30, 40, 255))
    if queen:
        hd.ellipse((c - 1.6, cy - ry * 0.5, c + 1.6, cy - ry * 0.34), fill=(200, 20, 40, 255))
        hd.ellipse((c + rx * 0.18, cy + ry * 0.12, c + rx * 0.34, cy + ry * 0.28), outline=gold + (255,))
        hd.polygon(
            [(c - rx * 0.7, cy - ry * 0.95), (c, cy - ry * 1.25), (c + rx * 0.7, cy - ry * 0.95)],
            fill=gold + (255,),
        )
    else:
        hd.arc(
            (c - rx * 0.55, cy + ry * 0.1, c + rx * 0.55, cy + ry * 0.5),
            200,
            340,
            fill=(20, 16, 16, 255),
            width=max(2, int(h * 0.02)),
        )
        crown = [
            (c - rx * 0.95, cy - ry * 0.7),
            (c - rx * 0.75, cy - ry * 2.1),
            (c, cy - ry * 2.9),
            (c + rx * 0.75, cy - ry * 2.1),
            (c + rx * 0.95, cy - ry * 0.7),
        ]
        hd.polygon(crown, fill=gold + (255,), outline=(150, 110, 30, 255))
        gem = srng.choice([(200, 20, 40), (20, 130, 70)])
        hd.ellipse((c - 2.6, cy - ry * 1.7 - 2.6, c + 2.6, cy - ry * 1.7 + 2.6), fill=gem + (255,))
        hd.line(
            (c - rx * 0.9, cy - ry * 0.95, c + rx * 0.9, cy - ry * 0.95), fill=(150, 110, 30, 255), width=1
        )
    turned = head.rotate(tilt, resample=Image.BICUBIC, center=(c, cy + ry * 0.9))
    layer.alpha_composite(turned, (int(cx - c), int(sh - h * 0.06 - (cy + ry * 0.9))))


def _bommai(
    page: Image.Image, cx: float, top_y: float, h: float, seed: int, tilts: tuple[float, float]
) -> None:
    """The emblem: the Raja and the Rani, drawn three times over and brought down, a soft shadow at their
    feet."""
    srng = random.Random(seed)
    k = 3
    H = int(h * k)
    W = int(h * k * 1.45)
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    dresses = srng.sample(DRESSES, 2)
    skin = srng.choice(SKIN)
    for n, (queen, tilt) in enumerate(((False, tilts[0]), (True, tilts[1]))):
        x = W * (0.27 if n == 0 else 0.73)
        _doll(layer, x, H * 0.97, H * 0.86, dresses[n], skin, queen, tilt, srng.randrange(10**6))
    art = layer.resize((int(W / k), int(H / k)), Image.LANCZOS)
    x0, y0 = int(cx - art.width / 2), int(top_y)
    shadow = Image.new("L", page.size, 0)
    sd = ImageDraw.Draw(shadow)
    sd.ellipse(
        (x0 + art.width * 0.08, y0 + art.height * 0.9, x0 + art.width * 0.92, y0 + art.height * 1.04), fill=70
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (110, 90, 70)), page, shadow))
    page.paste(art, (x0, y0), art)


def _gilt(page: Image.Image, x0: float, x1: float, y0: float, y1: float, metal, seed: int) -> None:
    """The divider: maroon edges, a band of gold foil over raised gesso (lit along its top), a running vine
    raised in it, red and green stones in gold rings along the vine."""
    srng = random.Random(seed)
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 10 or h < 8:
        return
    k = 3
    W, H = w * k, h * k
    art = Image.new("RGB", (W, H), MAROON)
    d = ImageDraw.Draw(art)
    edge = int(H * 0.16)
    # the foil: lighter at the top of the raised band, darker under it, a little crinkled
    for yy in range(edge, H - edge):
        t = (yy - edge) / max(1, H - 2 * edge - 1)
        share = 0.55 * math.exp(-(((t - 0.3) / 0.28) ** 2))
        d.line((0, yy, W, yy), fill=_tint((255, 246, 210), metal, share))
    for _ in range(int(W * H / 260)):
        xx, yy = srng.uniform(0, W), srng.uniform(edge, H - edge)
        tone = _tint((255, 250, 220), metal, 0.5) if srng.random() < 0.5 else _tint((120, 84, 20), metal, 0.4)
        d.rectangle((xx, yy, xx + srng.uniform(2, 6), yy + 1), fill=tone)
    # the gesso's cream lines along the foil's edges
    d.line((0, edge, W, edge), fill=(246, 236, 206), width=2)
    d.line((0, H - edge, W, H - edge), fill=(246, 236, 206), width=2)
    # the vine, raised: a dark line under a light one
    mid, amp = H / 2, (H - 2 * edge) * 0.22
    period = (H - 2 * edge) * srng.choice([2.2, 2.6])
    pts = [(xx, mid + amp * math.sin(xx / period * math.tau)) for xx in range(0, W + 1, 3)]
    d.line([(a, b + 2) for a, b in pts], fill=_tint((90, 60, 10), metal, 0.5), width=3)
    d.line(pts, fill=_tint((255, 250, 226), metal, 0.55), width=2)
    # the stones at the vine's crossings, red and green in turn
    r = (H - 2 * edge) * 0.3
    n = 0
    xx = period / 2
    while xx < W - r:
        colour = (196, 22, 44) if n % 2 == 0 else (22, 132, 70)
        d.ellipse(
            (xx - r * 1.25, mid - r * 1.25, xx + r * 1.25, mid + r * 1.25),
            fill=_tint((255, 240, 190), metal, 0.4),
            outline=_tint((90, 60, 10), metal, 0.5),
        )
        d.ellipse((xx - r, mid - r * 0.85, xx + r, mid + r * 0.85), fill=colour)
        d.ellipse(
            (xx - r * 0.55, mid - r * 0.6, xx - r * 0.1, mid - r * 0.2),
            fill=_tint((255, 255, 255), colour, 0.75),
        )
        xx += period / 2
        n += 1
    art = art.resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)))


def _flecks(page: Image.Image, seed: int) -> Image.Image:
    """Gold foil flecks (small torn polygons, a bright edge) and two or three dabs of paint with a brush's
    tail, in the margins."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    paint = Image.new("RGBA", page.size, (0, 0, 0, 0))
    pd = ImageDraw.Draw(paint)
    d = ImageDraw.Draw(layer)

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(5, MARGIN - 9) if left else srng.uniform(width - MARGIN + 9, width - 5)
        return x, srng.uniform(26, height - 26)

    for _ in range(srng.randrange(4, 8)):
        x, y = spot()
        metal = GOLD[srng.randrange(len(GOLD))]
        pts = []
        for n in range(srng.randrange(4, 7)):
            a = n * math.tau / 6 + srng.uniform(-0.4, 0.4)
            rr = srng.uniform(2.0, 5.5)
            pts.append((x + math.cos(a) * rr, y + math.sin(a) * rr))
        d.polygon(pts, fill=metal + (255,))
        d.line(pts[:2], fill=(255, 246, 206, 255), width=1)
    for _ in range(srng.randrange(2, 4)):
        x, y = spot()
        colour = PAINTS[srng.randrange(len(PAINTS))]
        r = srng.uniform(3.0, 6.0)
        for _ in range(srng.randrange(2, 5)):
            ox, oy = srng.uniform(-r, r), srng.uniform(-r, r)
            rr = r * srng.uniform(0.5, 0.9)
            pd.ellipse((x + ox - rr, y + oy - rr, x + ox + rr, y + oy + rr), fill=colour + (200,))
        a = srng.uniform(0, math.tau)
        pd.line((x, y, x + math.cos(a) * r * 3, y + math.sin(a) * r * 3), fill=colour + (150,), width=2)
    layer.alpha_composite(paint)
    return layer.convert("RGB")


def _thumb(
    page: Image.Image, x0: float, y0: float, w: float, h: float, angle: float, seed: int
) -> Image.Image:
    """A thumb's impression in violet stamp-pad ink: an oval of ridges (rings broken here and there, a loop
    at its core), soft at its edge, multiplied into the paper."""
    srng = random.Random(seed)
    k = 3
    W, H = int(w * k), int(h * k)
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    cx, cy = W / 2, H * 0.52
    rx, ry = W * 0.3, H * 0.4
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=60)
    for n in range(1, 15):
        s = n / 14
        dy = (1 - s) * ry * 0.2
        box = (cx - rx * s, cy - ry * s + dy, cx + rx * s, cy + ry * s + dy)
        a0 = srng.uniform(0, 60)
        span = srng.uniform(250, 340)
        d.arc(box, a0, a0 + span, fill=srng.randrange(200, 256), width=max(3, int(k * 1.5)))
    mask = mask.rotate(angle, resample=Image.BICUBIC, center=(cx, cy)).filter(ImageFilter.GaussianBlur(1.4))
    mask = mask.resize((int(w), int(h)), Image.LANCZOS)
    ink = Image.new("RGB", mask.size, (84, 60, 150))
    region = page.crop((int(x0), int(y0), int(x0) + mask.width, int(y0) + mask.height))
    page.paste(Image.composite(ink, region, mask), (int(x0), int(y0)))
    return page


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and
    heldout14's beneath it), then this set's rows and marks: a pair of nodding dolls as an emblem, a
    painting's gilt border as a divider, gold foil flecks and paint dabs in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h305")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    marks = x["marks"]
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t05"):
            continue
        top_y = tops[i] - lift
        m = marks.get(str(i))
        if name == "t05bm":
            seed, t1, t2 = m
            _bommai(page, width / 2, top_y + line * 0.05, line * 2.85, seed, (t1, t2))
        elif name == "t05gl":
            metal, seed = m
            _gilt(page, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.92, GOLD[metal], seed)
        elif name == "t05th":
            seed, angle = m
            bw_, bh_ = line * 2.3, line * 3.0
            bx, by = width - MARGIN - bw_, top_y + line * 0.1
            page = _thumb(page, bx + 6, by + 6, bw_ - 12, bh_ - 12, angle, seed)
            draw_ = ImageDraw.Draw(page)
            draw_.rectangle((bx, by, bx + bw_, by + bh_), outline=style.get("ink", (40, 40, 48)), width=1)
            small = load_font(font, int(size * 0.72))
            draw_.text(
                (bx + (bw_ - small.getlength(r[1])) / 2, by + bh_ + 3),
                r[1],
                font=small,
                fill=style.get("ink", (40, 40, 48)),
            )
    for what in x["decor"]:
        if what[0] == "flecks":
            page = _flecks(page, what[1])
    return page


def _cloth(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A white cotton cloth's ground: a warm off-white with its weave's faint threads."""
    base = np.full((h, w, 3), (242, 236, 220), dtype=np.float32)
    rows_ = rng.uniform(-6, 6) + np.random.default_rng(rng.randrange(10**6)).normal(0, 5, (h, 1, 1))
    cols_ = np.random.default_rng(rng.randrange(10**6)).normal(0, 4, (1, w, 1))
    base += rows_ + cols_
    return base


def _zari(d: ImageDraw.ImageDraw, x0: float, x1: float, y0: float, y1: float, red) -> None:
    """A cloth's border: a red band with gold stripes along it and a row of small gold checks."""
    d.rectangle((x0, y0, x1, y1), fill=red)
    hh = y1 - y0
    for share in (0.18, 0.82):
        yy = y0 + hh * share
        d.line((x0, yy, x1, yy), fill=(222, 180, 70), width=max(2, int(hh * 0.08)))
    step = max(8, int(hh * 0.5))
    for xx in range(int(x0), int(x1), step):
        d.rectangle((xx, y0 + hh * 0.42, xx + step * 0.4, y0 + hh * 0.58), fill=(230, 190, 80))


def _golu(image: Image.Image, seed: int) -> Image.Image:
    """The page on a golu step: the wall behind, the step above with its border and a row of painted dolls
    standing on it, the lower step's white cloth the page lies on, its border at the foot; the page's
    shadow; the page askew."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    above = 150
    bw, bh = w + 2 * pad, h + above + pad + 60
    ground = _cloth(srng, bw, bh)
    base = Image.fromarray(np.clip(ground, 0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(base)
    wall = srng.choice([(92, 40, 48), (36, 70, 80), (70, 50, 90)])
    ledge = above - 36
    d.rectangle((0, 0, bw, ledge), fill=wall)
    # a faint kolam of dots on the wall
    for yy in range(14, ledge - 20, 22):
        for xx in range(10 + (yy // 22 % 2) * 11, bw, 22):
            d.ellipse((xx - 1.4, yy - 1.4, xx + 1.4, yy + 1.4), fill=_tint((250, 240, 220), wall, 0.35))
    red = srng.choice([(168, 26, 38), (150, 20, 60)])
    _zari(d, 0, bw, ledge, above - 6, red)
    d.rectangle((0, above - 6, bw, above + 4), fill=_tint((40, 30, 20), (242, 236, 220), 0.45))
    # the dolls on the step above, standing on its border's top
    layer = Image.new("RGBA", (bw, above), (0, 0, 0, 0))
    n = srng.randrange(6, 9)
    for i in range(n):
        x = bw * (i + 0.5) / n + srng.uniform(-10, 10)
        hh = srng.uniform(78, 104)
        _doll(
            layer,
            x,
            ledge + 4,
            hh,
            srng.choice(DRESSES),
            srng.choice(SKIN),
            srng.random() < 0.5,
            srng.uniform(-12, 12),
            srng.randrange(10**6),
        )
    base.paste(layer, (0, 0), layer)
    d = ImageDraw.Draw(base)
    _zari(d, 0, bw, bh - 44, bh - 6, red)
    d.rectangle((0, bh - 6, bw, bh), fill=_tint((60, 40, 20), (242, 236, 220), 0.5))
    turned = image.convert("RGBA").rotate(srng.uniform(-1.8, 1.8), resample=Image.BICUBIC, expand=True)
    sx = (bw - turned.width) // 2
    sy = above + (bh - above - 44 - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 120 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (90, 80, 64)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout303's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the golu step a page lies on."""
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
    f = (style.get("h305") or {}).get("frame")
    if f and f[0] == "golu":
        image = _golu(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h273.check_faces()
    for face in [*PENS, *TYPES, *TAMIL_FACES, "dejavu/DejaVuSansMono.ttf"]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout305 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "THANJAI BOMMAI KADAI THANJAVUR"]
VPAS = [
    "thanjaibommai@cub",
    "Q582903317@ybl",
    "thanjai.bommai@okaxis",
    "ponniahbommai@oksbi",
    "thanjaibommaikadai@indus",
]
BUYERS = [
    ("Vasantha Raghavan", "HDFC Bank"),
    ("Senthil Kumar", "Indian Bank"),
    ("Kaviya Ramesh", "ICICI Bank"),
    ("Padmini Srinivasan", "State Bank of India"),
    ("Abdul Kareem", "Indian Overseas Bank"),
    ("Lalitha Venkatraman", "Canara Bank"),
    ("Rajesh Iyer", "Axis Bank"),
    ("Meenakshi Sundaram", "Karur Vysya Bank"),
]
NOTES = ["golu dolls", "raja rani pair", "dasavataram set", "art plate", "navaratri order", "kalyanam set"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Indian Overseas Bank": "IOB",
        "Karur Vysya Bank": "KVB",
        "ICICI Bank": "ICICI",
        "HDFC Bank": "HDFC",
        "Axis Bank": "Axis",
    }.get(bank, bank)


def initials(name: str) -> str:
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Thanjai Bommai Kadai or the firm: BharatPe for Business on the shop's phone (the shop
    under the app on a pale top with a wave for its lower edge; Transactions, Settlements and Loans tabs; a
    card: Payment received, the sum set large, "from <buyer>", UPI Ref No., the day and hour; the settlement's
    line); Google Pay set in Tamil (the payee's initials in a round badge, "பெறுநர்" (recipient) over the
    payee and its UPI ID, the sum, a large tick and "முடிந்தது" (completed), the day with its month's Tamil
    name and the hour, "<bank> ••1234 மூலம் செலுத்தப்பட்டது" (paid through <bank> ••1234) and "பரிவர்த்தனை
    விவரங்களைக் காண்க" (see the transaction's details); no reference); super.money's Payment successful under
    a large tick (the sum set large, "Paid to" over the payee; UPI Ref No. and Paid on in tiles; Debited from;
    a super.coins line); MobiKwik's Payment processing under a tile's hourglass (the sum, "to <payee>", its
    stages across the screen, a notice; UPI Ref No, Initiated on, Paying from at the left and the right); Tata
    Neu's Payment successful on a scalloped badge (the sum, "Paid to" over the payee; UPI Ref No, Date & time,
    Paid from against a gutter; a NeuCoins line); Kotak811's Payment failed in a capsule under the payee's
    initials in a round badge ("to <payee>", the sum, the reason in a notice; UPI Ref No., Attempted on, Debit
    account each in a read-only field's box); IndusInd Bank's indie with Money sent under a tile's tick
    ("Today, <hour>"; the sum set large, "to <payee>"; a copyable UPI Ref No.; From, Note; no day); YONO SBI's
    Transaction Successful under a large tick (the sum; Paid to, UPI ID, UPI Reference No., Date & Time, Debit
    A/c, Remarks in a table ruled on every side). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=600, high=52000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    if k == 0:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "Transactions"], dark=False, buttons=("Download statement",))
        app_head(p, "BharatPe", "for Business")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Sannathi Street, Thanjavur")
        h279.wave(p, (0, 168, 170))
        p.add("gap")
        h275.tabs(p, ["Transactions", "Settlements", "Loans"], 0)
        p.add("gap")
        c = card_open(p)
        p.add("center", "Payment received", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"from {who}")
        p.add("small", f"UPI Ref No. {j.ref}", txn=(UTR_RANK, j.ref), method="UPI")
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (" | ", ", ")), date=j.date)
        card_close(p, c)
        p.add("gap")
        p.add("small", "Settles to your City Union Bank account by 10 AM tomorrow")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=())
        app_head(p, "Google Pay", "")
        name = pick(p, "center", [to, SHOP])
        h273.avatar(p, initials(name), rng.choice([(26, 115, 232), (52, 168, 83), (234, 67, 53)]))
        ta(p, "பெறுநர்", soft=True, scale=0.86)
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        sicon(p, status)
        ta(p, "முடிந்தது", bold=True, status=status)
        ta(p, f"{ta_day(j.date)}, {hhmm(rng, lower=True)}", soft=True, scale=0.86, date=j.date)
        p.add("rule")
        ta(p, f"{sb} {masked(p.font)}{last4} மூலம் செலுத்தப்பட்டது", align="l", scale=0.9, method="UPI")
        ta(p, "பரிவர்த்தனை விவரங்களைக் காண்க", align="l", soft=True, scale=0.86)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (72, 26, 150))
        app_head(p, "super.money", "UPI by Flipkart")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, rng.choice(["indian", "western"]), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        tiles2(
            p,
            ("UPI Ref No.", j.ref),
            ("Paid on", day_in(j, rng, ["%d %b %Y", "{d} %b %Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "Debited from", f"{sb} XX{last4}", method="UPI")
        p.add("small", f"You earned {rng.randrange(12, 240)} super.coins on this payment")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh",))
        band(p, (0, 96, 210))
        app_head(p, "MobiKwik", "UPI")
        h287.tile(p, status)
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h289.steps(p, ["Debited", "Bank confirming", "Paid"], 1, status)
        warn(
            p,
            "Your bank has not confirmed this payment yet. Please do not pay again; we will update you in a "
            "few minutes.",
            "warn",
        )
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paying from", f"{sb} {masked(p.font)}{last4}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (44, 18, 80))
        app_head(p, "Tata Neu", "Tata Neu UPI")
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        gutter(p, "tn", "UPI Ref No", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        gutter(
            p,
            "tn",
            "Date & time",
            at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ", " ")),
            at=0.36,
            date=j.date,
        )
        gutter(p, "tn", "Paid from", f"{sb} XX{last4}", at=0.36, method="UPI")
        p.add("small", f"{rng.randrange(4, 90)} NeuCoins added to your account")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (222, 32, 40))
        app_head(p, "Kotak811", "UPI")
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        h273.avatar(p, initials(name), (222, 32, 40))
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        chip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        warn(
            p,
            "Your bank declined the payment: the daily UPI limit of your account has been reached. No money "
            "has been debited.",
            "error",
        )
        field(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        field(p, "Debit account", f"Kotak Savings XX{last4}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share",))
        band(p, (148, 28, 44))
        app_head(p, "indie", "IndusInd Bank  |  UPI")
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        h287.tile(p, status)
        p.add("center", "Money sent", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"indie Savings {masked(p.font)}{last4}", method="UPI")
        kvr(p, "Note", rng.choice(NOTES))
        return p.done()
    p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Share", "Home"))
    band(p, (40, 8, 110))
    app_head(p, "YONO SBI", "Pay to UPI ID")
    sicon(p, status)
    p.add("center", "Transaction Successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    name = rng.choice([to, SHOP_CAPS])
    gkv(p, "yo", "Paid to", name, at=0.38, merchant=name)
    gkv(p, "yo", "UPI ID", vpa, at=0.38)
    gkv(p, "yo", "UPI Reference No.", j.ref, at=0.38, txn=(UTR_RANK, j.ref))
    gkv(p, "yo", "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.38, date=j.date)
    gkv(p, "yo", "Debit A/c", f"XXXXXXX{last4}", at=0.38, method="UPI")
    gkv(p, "yo", "Remarks", rng.choice(NOTES), at=0.38)
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


TNHDC = "Tamil Nadu Handicrafts Development Corporation Ltd."
KAPALI = "Arulmigu Kapaleeswarar Temple, Mylapore"
KAPALI_TA = "அருள்மிகு கபாலீசுவரர் திருக்கோயில், மயிலாப்பூர்"
KAVERI = "Kaveri Infotech Solutions Pvt. Ltd."
CHOLA_HOTELS = "Chola Heritage Hotels Pvt. Ltd."
GIFTING = "Kolam Corporate Gifting LLP"
PEARL = "Pearl Crescent Technologies India Pvt. Ltd."
STUDIO = "Studio Aangan Interiors"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: Poompuhar's (the Tamil Nadu Handicrafts Development
    Corporation's) ADVICE OF PAYMENT received by fax (the fax machine's line across its top; its Tamil name
    over its English; Ref. and Date on a line; To, M/s the firm; Sub:; Inv. No. | Inv. Date | Value | TDS-GST
    2% | Net on hairline rows, Net credited under a rule and a double rule; "The net amount of Rs. x has been
    credited to your account with ... by NEFT (UTR ...)."; for the Senior Manager (Accounts)'s signature); the
    Mylapore Kapaleeswarar temple's PAYMENT INTIMATION for its Navaratri golu under its Tamil name (Roc. No.;
    English labels with their Tamil beside them and the values after a colon: Payee / பெறுநர், Work / பணி,
    Amount / தொகை, Mode / முறை, UTR No. / யுடிஆர் எண், Date of payment / செலுத்திய தேதி; "The above amount has
    been paid to the supplier's bank account."; its oval stamp; the Executive Officer's signature); a Chennai
    IT company's Payment Notification mailed from Oracle Fusion (its sentence; Payment Number, Payment Date,
    Payment Method, Supplier, Supplier Site, Payment Amount, Bank Reference (UTR) with colons; Invoice Number
    | Invoice Date | Invoice Amount | Amount Paid in a striped table); Standard Chartered's Straight2Bank with
    a hotel group's RTGS processed (a Processed capsule at the left; Customer Reference, Bank Reference, UTR,
    Beneficiary Name, Amount, Value Date, Payment Type on hairline rows); a gifting firm's Google Chat space
    under a "Today" divider ("Paid Rs. x to <payee> via NEFT ...", "UTR: ..."; a reaction; no day); RazorpayX
    Payouts with a software firm's payout processing under a spinner (a notice; Payout ID, Beneficiary,
    Amount, Mode, Created at, Purpose each value over its label); HSBCnet with an IT company's NEFT rejected
    under a large cross (a Rejected capsule, the reason in a notice; Field | Detail in a table ruled on every
    side: Payment reference, Beneficiary, Amount, Payment type, Value date, Rejection reason); a Mumbai
    interior studio's payment intimation mail ("We have today transferred Rs. x/- ... by IMPS ..."; Payee,
    Amount, Mode, Paid on at the left and the right; no reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=12000, high=360000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(252, 252, 250), (246, 246, 244)])
        p.part = "head"
        hour = hhmm(rng, twelve=False)
        h287.faxline(
            p,
            f"FROM: POOMPUHAR ACCTS CHENNAI   TEL 044 2852{digits(rng, 4)}   {when(j.date, '%d-%m-%Y')} "
            f"{hour}   P.01/01",
        )
        p.add("gap")
        ta(p, "பூம்புகார்", bold=True, scale=1.05)
        top(p, pick(p, "title", [TNHDC, "Tamil Nadu Handicrafts Dev. Corpn. Ltd."]))
        p.add("small", "Poompuhar  |  759, Anna Salai, Chennai - 600002")
        p.add("rule")
        p.add("center", "ADVICE OF PAYMENT")
        p.part = "body"
        rows_, net_total = [], 0.0
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 4), "SPBK"):
            tds = round(v * 0.02, 2)
            net = round(v - tds, 2)
            net_total += net
            rows_.append((no_, when(day, "%d.%m.%Y"), num(v), num(tds), num(net)))
        j.amount = round(net_total, 2)
        way = neft_or_rtgs(j.amount)
        utr = utr_by(rng, j, "Indian Bank", way)
        ref = f"TNHDC/ACC/SP/{rng.randrange(140, 990)}/{fy(j.date)}"
        cols(
            p,
            "pp0",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Ref: {ref}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, ref),
            date=j.date,
        )
        p.add("left", "To")
        name = rng.choice([FIRM, FIRM_CAPS])
        p.add("left", f"M/s. {name},", merchant=name)
        p.add("left", f"{TOWN}.")
        p.add("gap")
        sentence(p, "Sub: Payment for Thanjavur dolls and art plates supplied to Poompuhar showrooms - reg.")
        p.add("gap")
        spec = [(0.0, 0.27, "l"), (0.27, 0.45, "c"), (0.45, 0.63, "r"), (0.63, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "pph", spec, "Inv. No.", "Inv. Date", "Value", "TDS-GST 2%", "Net", mode="line")
        for cells in rows_:
            cols(p, "ppl", spec, *cells, mode="line")
        total(p, "Net credited", num(j.amount), at=0.62, amount=j.amount)
        sentence(
            p,
            f"The net amount of {rs(j.amount)} has been credited to your account with {BANK_LINE} by {way} "
            f"(UTR {utr}).",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "for Senior Manager (Accounts)")
        return p.done()
    if k == 1:
        in_season(j, rng, GOLU, GOLU_DAYS)
        j.amount = float(rng.randrange(36, 240) * 500)
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(254, 251, 242), (250, 248, 238)])
        p.part = "head"
        ta(p, KAPALI_TA, bold=True, scale=1.0)
        top(p, pick(p, "title", [KAPALI, "Arulmigu Kapaleeswarar Temple"]))
        p.add(
            "small", "Hindu Religious & Charitable Endowments Department  |  Office of the Executive Officer"
        )
        p.add("rule")
        p.add("center", "PAYMENT INTIMATION")
        p.part = "body"
        p.add("left", f"Roc. No. {rng.randrange(800, 4800)}/A{rng.randrange(1, 5)}/{j.date:%Y}")
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_by(rng, j, "Indian Bank", way)
        name = rng.choice([FIRM, FIRM_CAPS])
        work = rng.choice(
            [
                "Navaratri golu dolls, 9 steps",
                "Golu sets and Raja-Rani pairs",
                "Thanjavur art plates for the mandapam",
            ]
        )
        at = 0.43
        ta_label(p, "Payee", "பெறுநர்", clip(name, 30), at=at, merchant=clip(name, 30))
        ta_label(p, "Work", "பணி", work, at=at)
        ta_label(p, "Amount", "தொகை", rs(j.amount), at=at, bold=True, amount=j.amount)
        ta_label(p, "Mode", "முறை", way, at=at, method="netbanking")
        ta_label(p, "UTR No.", "யுடிஆர் எண்", utr, at=at, txn=(UTR_RANK, utr))
        ta_label(
            p,
            "Date of payment",
            "செலுத்திய தேதி",
            day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]),
            at=at,
            date=j.date,
        )
        p.add("gap")
        sentence(p, "The above amount has been paid to the supplier's bank account.", status=status)
        h287.oval(p, ["ARULMIGU KAPALEESWARAR", "TEMPLE", "MYLAPORE"], "violet", at=0.2, rows_=3)
        sig(p)
        p.add("right", "Executive Officer")
        return p.done()
    if k == 2:
        p = mail_page(
            rng,
            font,
            "Kaveri Infotech AP <ap.notifications@kaveriinfotech.com>",
            ["Payment Notification from Kaveri Infotech Solutions", "Supplier payment notification"],
        )
        p.part = "head"
        top(p, pick(p, "title", [KAVERI, "Kaveri Infotech Solutions"]))
        p.add("small", "Accounts Payable  |  Rajiv Gandhi Salai, Sholinganallur, Chennai - 600119")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Supplier,")
        sentence(p, "A payment has been made to your bank account as detailed below.", status=status)
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_by(rng, j, "HDFC Bank", way)
        pno = str(rng.randrange(3100000, 3999999))
        name = rng.choice([FIRM_CAPS, CUT])
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "of", spec, "Payment Number :", pno, txn=(INVOICE_RANK, pno))
        h271.colkv(p, "of", spec, "Payment Date :", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
        h271.colkv(p, "of", spec, "Payment Method :", f"Electronic ({way})", method="netbanking")
        h271.colkv(p, "of", spec, "Supplier :", name, merchant=name)
        h271.colkv(p, "of", spec, "Supplier Site :", "THANJAVUR-MAIN")
        h271.colkv(p, "of", spec, "Payment Amount :", rs(j.amount), amount=j.amount)
        h271.colkv(p, "of", spec, "Bank Reference :", f"{utr} (UTR)", txn=(UTR_RANK, utr))
        p.add("gap")
        zebra(
            p,
            "ofz",
            [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
            ["Invoice Number", "Invoice Date", "Invoice Amount", "Amount Paid"],
            [
                ([no_, when(day, "%d-%b-%Y"), num(v), num(v)], {})
                for no_, day, v in bills_of(rng, j, rng.randrange(1, 4), "SPBK")
            ],
            (200, 40, 40),
        )
        p.add("small", "This notification was generated by Oracle Fusion Payables. Do not reply.")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 205000, 420000, 0.6)
        p = browser_page(rng, font, "s2b.standardchartered.com/payments/enquiry/details")
        p.part = "head"
        top(p, "Standard Chartered")
        p.add("small", f"Straight2Bank  |  {CHOLA_HOTELS}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment enquiry  -  RTGS")
        pill(p, "Processed", status, align="l")
        p.add("gap")
        cref = f"CHH/{j.date:%y%m}/{rng.randrange(100, 999)}"
        bref = f"SCB{j.date:%y%m%d}{digits(rng, 7)}"
        utr = utr_by(rng, j, "Standard Chartered", "RTGS")
        name = rng.choice([FIRM_CAPS, CUT])
        h269.kind(p, "s2", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line", bold=(1,))
        h269.row(p, "s2", "Customer Reference", cref, txn=(INVOICE_RANK, cref))
        h269.row(p, "s2", "Bank Reference", bref, txn=(BANK_RANK, bref))
        h269.row(p, "s2", "UTR", utr, txn=(UTR_RANK, utr))
        h269.row(p, "s2", "Beneficiary Name", name, merchant=name)
        h269.row(p, "s2", "Amount", rs(j.amount), amount=j.amount)
        h269.row(p, "s2", "Value Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
        h269.row(p, "s2", "Payment Type", "RTGS - domestic", method="netbanking")
        p.add("small", "Thanjavur dolls and art plates for the hotels' lobbies")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(40, 700) * 50)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 720]), size=rng.choice([18, 19]))
        p.style["paper"] = (246, 248, 252)
        p.part = "head"
        h269.kind(p, "gc0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["gc0"] = 1.1
        h269.row(p, "gc0", "Vendor payments")
        p.add("small", f"Google Chat  |  {GIFTING}  |  6 members")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 18)
        caption(
            p, f"Priya Raman  {(hour - 1) % 12 + 1}:{rng.randrange(0, 59):02d} {'PM' if hour >= 12 else 'AM'}"
        )
        name = pick(p, "left", [SHOP, FIRM])
        sentence(
            p,
            f"Paid Rs. {num(j.amount, 'indian', 0)} to {name} via NEFT for the golu return gifts "
            "(80 dancing dolls).",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        utr = utr_by(rng, j, "Kotak Mahindra Bank", "NEFT")
        p.add("left", f"UTR: {utr}", txn=(UTR_RANK, utr))
        aside(p, f"{sign(font, chr(0x1F64F), '+')} 3".strip())
        p.add("gap")
        caption(p, f"Arvind S  {hour % 12 + 1}:{rng.randrange(0, 59):02d} {'PM' if hour + 1 >= 12 else 'AM'}")
        p.add("left", "Thanks. Courier from Thanjavur reaches on Friday.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "x.razorpay.com/payouts")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts  |  {PEARL}")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Payout processing", status=status)
        warn(
            p,
            "The beneficiary bank has not yet confirmed the credit. The payout will be reversed to your "
            "account if it fails.",
            "warn",
        )
        pid = f"pout_{code(rng, 14, MIXED)}"
        name = h287.vname(p, [FIRM_CAPS, CUT])
        vlab(p, "Payout ID", pid, txn=(TXN_RANK, pid))
        vlab(p, "Beneficiary", name, merchant=name)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Mode", "IMPS", bold=False, method="netbanking")
        vlab(
            p,
            "Created at",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        vlab(p, "Purpose", "vendor bill - Navaratri gift hampers", bold=False)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "www.hsbcnet.com/payments/status/detail")
        p.part = "head"
        top(p, "HSBCnet")
        p.add("small", f"The Hongkong and Shanghai Banking Corporation Ltd.  |  {KAVERI}")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        pill(p, "Rejected", status)
        warn(
            p,
            "The payment was rejected by the beneficiary bank: account closed or transferred. The amount has "
            "been credited back to the debit account.",
            "error",
        )
        pref = f"HSBC{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "hs",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Field", "Detail"],
            [
                (["Payment reference", pref], {"txn": (BANK_RANK, pref)}),
                (["Beneficiary", name], {"merchant": name}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment type", "NEFT"], {"method": "netbanking"}),
                (["Value date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Rejection reason", "AC04 - account closed"], {}),
            ],
            tint=(232, 226, 226),
        )
        return p.done()
    j.amount = float(rng.randrange(30, 400) * 500)
    p = mail_page(
        rng,
        font,
        "Accounts, Studio Aangan <accounts@studioaangan.in>",
        ["Payment intimation - Raja Rani dolls", "Payment done for the dolls"],
    )
    p.part = "head"
    top(p, STUDIO)
    p.add("small", "Interiors and styling  |  Bandra West, Mumbai - 400050")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {SON.split()[-1]},")
    day = day_in(j, rng, ["%d/%m/%Y", "{d} %B %Y"])
    sentence(
        p,
        f"We have today transferred Rs. {num(j.amount, 'indian', 0)}/- (Rupees {spelt(j.amount)} only) to "
        "your account by IMPS for the twenty Raja-Rani pairs for our client's foyer. Kindly confirm.",
        amount=j.amount,
        method="netbanking",
        status=status,
    )
    p.add("gap")
    name = rng.choice([FIRM, FIRM_CAPS])
    kvr(p, "Payee", name, merchant=name)
    kvr(p, "Amount", rs(j.amount))
    kvr(p, "Mode", "IMPS")
    kvr(p, "Paid on", day, date=j.date)
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", f"Neha, Accounts, {STUDIO}")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Meenakshi Temple Gift Store LLC", "Edison, New Jersey, USA", "USD", 1200, 15000, "citi"),
    ("Serangoon Golu House Pte Ltd", "Little India, Singapore", "SGD", 1500, 18000, "uob"),
    ("Brickfields Pooja Mart Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", 4000, 52000, "rhb"),
    ("Scarborough Tamil Crafts Inc.", "Toronto, Canada", "CAD", 1200, 15000, "rbc"),
    ("Karama Heritage Decor LLC", "Dubai, United Arab Emirates", "AED", 3500, 42000, "enbd"),
    ("East Ham Golu Dolls Ltd", "East Ham, London, United Kingdom", "GBP", 800, 9000, "lloyds"),
    ("Homebush Temple Supplies Pty Ltd", "Sydney, Australia", "AUD", 1500, 16000, "commbank"),
    ("Wellawatte Kolu Stores (Pvt) Ltd", "Colombo, Sri Lanka", "LKR", 300000, 3800000, "hnb"),
]
# rupees to one unit of each currency, for the converted sum UOB shows (no fact)
TO_INR = {"SGD": 66.4}


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with USD or $; Singapore dollars with S$ or SGD;
    ringgit with RM or MYR; Canadian dollars with CAD before or after or C$; dirhams with AED or Dhs; pounds
    with their sign or GBP; Australian dollars with A$, AUD or $ ... AUD; Sri Lankan rupees with LKR."""
    forms = {
        "USD": ["USD {v}", "${v}"],
        "SGD": ["S${v}", "SGD {v}"],
        "MYR": ["RM {v}", "MYR {v}"],
        "CAD": ["CAD {v}", "${v} CAD", "C${v}"],
        "AED": ["AED {v}", "Dhs {v}"],
        "GBP": [
            "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}",
            "GBP {v}",
        ],
        "AUD": ["A${v}", "AUD {v}", "${v} AUD"],
        "LKR": ["LKR {v}"],
    }[cur]
    form = rng.choice(forms)
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Temple stores, golu shops and gift shops abroad paying the firm for nodding dolls, golu sets and art
    plates: Citi's CitiDirect BE with a cross-border wire completed in US dollars (a Completed capsule;
    Transaction Reference, Value Date month first, Debit Amount, Beneficiary Name, Beneficiary Bank,
    SWIFT/BIC, Payment Method in dot leaders); UOB TMRW with an overseas transfer successful in Singapore
    dollars (a large tick, the sum, "to <payee>", "on <day>"; From, Fee, Recipient gets (the rupees it
    converts to) at the left and the right; no reference); RHB Reflex's foreign telegraphic transfer receipt
    in ringgit (Status: Successful; Reference No., Transaction Date, Beneficiary Name, Beneficiary Bank,
    Country, Amount, Charges, Purpose in a table ruled on every side); RBC Express with a wire returned in
    Canadian dollars under an octagon's cross (the reason in a notice; Payment ID, Payee, Amount, Value date
    as an ISO day, Charges, Return reason with colons); Emirates NBD's app with a transfer completed in
    dirhams under a tile's tick ("Today, <hour>"; the sum, "to <payee>"; Reference No. and Transfer type in
    tiles; Charges; no day); Lloyds Bank's international payment confirmation in pounds (its sentence; Payment
    reference, Date sent, Beneficiary, Beneficiary bank, SWIFT BIC, Amount, Charges on hairline rows);
    CommBank's CommBiz with an international money transfer in Australian dollars awaiting authorisation (a
    capsule, its stages across the page, a notice; Receipt number, Payee, Payee bank, Amount, Date, Charges
    against a gutter); Hatton National Bank's outward remittance advice in Sri Lankan rupees (its sentence;
    Transaction Ref. No., Value Date, Beneficiary, Beneficiary Bank, Amount, Charges, Purpose in a striped
    table). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "LKR":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "citi":
        p = browser_page(rng, font, "portal.citidirect.citi.com/payments/inquiry/detail")
        p.part = "head"
        top(p, "citi")
        p.add("small", f"CitiDirect BE  |  Payments  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment Details")
        pill(p, "Completed", status, align="l")
        p.add("gap")
        ref = f"{digits(rng, 4)}{code(rng, 3, UPPER)}{digits(rng, 7)}"
        name = rng.choice([me, CUT])
        dots(p, "Transaction Reference", ref, at=0.42, txn=(BANK_RANK, ref))
        dots(p, "Value Date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"])), at=0.42, date=j.date)
        dots(p, "Debit Amount", show(j.amount), at=0.42, bold=True, **sum_)
        dots(p, "Beneficiary Name", name, at=0.42, merchant=name)
        dots(p, "Beneficiary Bank", "CITY UNION BANK LTD", at=0.42)
        dots(p, "SWIFT/BIC", BIC, at=0.42)
        dots(p, "Payment Method", "Cross-border wire (SHA)", at=0.42, method="netbanking")
        p.add("small", "Purpose: payment for goods - Thanjavur dolls and golu sets")
        return p.done()
    if frame == "uob":
        p = phone(rng, font, k, ["", "Overseas transfer"], dark=False, buttons=("Done",))
        band(p, (0, 48, 135))
        app_head(p, "UOB TMRW", "Overseas transfer")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %b %Y', '%d/%m/%Y']))}", date=j.date)
        p.add("gap")
        kvr(p, "From", f"UOB Business {masked(p.font)}{digits(rng, 4)}", method="netbanking")
        kvr(p, "Fee", show(12.0))
        kvr(p, "Recipient gets", f"INR {num(round(j.amount * TO_INR['SGD'], 2), 'indian')}")
        p.add("small", f"{payer}  |  Serangoon Road")
        return p.done()
    if frame == "rhb":
        p = browser_page(rng, font, "reflex.rhbgroup.com/corporate/tt/receipt")
        p.part = "head"
        top(p, "RHB Reflex")
        p.add("small", f"RHB Bank Berhad  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Foreign Telegraphic Transfer - Transaction Receipt")
        p.add("center", "Status: Successful", status=status)
        p.add("gap")
        ref = f"RFX{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        for label_, value, facts in [
            ("Reference No.", ref, {"txn": (BANK_RANK, ref)}),
            ("Transaction Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"])), {"date": j.date}),
            ("Beneficiary Name", name, {"merchant": name}),
            ("Beneficiary Bank", "City Union Bank Ltd, Thanjavur", {}),
            ("Country", "INDIA", {}),
            ("Amount", show(j.amount), sum_),
            ("Charges", "SHA (shared)", {"method": "netbanking"}),
            ("Purpose", "Import of handicrafts", {}),
        ]:
            gkv(p, "rh", label_, value, at=0.36, **facts)
        return p.done()
    if frame == "rbc":
        p = browser_page(rng, font, "www.rbcexpress.com/payments/wire/status")
        p.part = "head"
        top(p, "RBC Express")
        p.add("small", f"Royal Bank of Canada  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Wire payment returned", status=status)
        warn(
            p,
            "The receiving bank returned this wire: the beneficiary's name does not match the account. The "
            "amount, less charges, has been credited back to your account.",
            "error",
        )
        pid = f"RBCW{digits(rng, 9)}"
        name = rng.choice([FIRM_CAPS, CUT])
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        h271.colkv(p, "rb", spec, "Payment ID:", pid, txn=(BANK_RANK, pid))
        h271.colkv(p, "rb", spec, "Payee:", name, merchant=name)
        h271.colkv(p, "rb", spec, "Amount:", show(j.amount), **sum_)
        h271.colkv(p, "rb", spec, "Value date:", when(j.date, "%Y-%m-%d"), date=j.date)
        h271.colkv(p, "rb", spec, "Charges:", "Shared", method="netbanking")
        h271.colkv(p, "rb", spec, "Return reason:", "Beneficiary name mismatch")
        return p.done()
    if frame == "enbd":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (0, 40, 90))
        app_head(p, "Emirates NBD", "Business Banking  |  International transfer")
        p.add("small", f"Today, {hhmm(rng, twelve=rng.random() < 0.5)}")
        h287.tile(p, status)
        p.add("center", "Transfer completed", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"ENB{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 6)}"
        tiles2(
            p, ("Reference No.", ref), ("Transfer type", "SWIFT"), txn=(BANK_RANK, ref), method="netbanking"
        )
        kvr(p, "Charges", "Shared")
        p.add("small", f"{payer}, Karama")
        return p.done()
    if frame == "lloyds":
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "Lloyds Bank")
        p.add("small", "Commercial Banking Online  |  International payment confirmation")
        p.add("rule")
        p.part = "body"
        sentence(
            p,
            f"We confirm that the international payment below has been sent from the account of {payer}.",
            status=status,
        )
        p.add("gap")
        ref = f"LBI{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 3)}"
        name = rng.choice([me, CUT])
        h269.kind(p, "ll", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line", bold=(1,))
        h269.row(p, "ll", "Payment reference", ref, txn=(BANK_RANK, ref))
        h269.row(p, "ll", "Date sent", when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), date=j.date)
        h269.row(p, "ll", "Beneficiary", name, merchant=name)
        h269.row(p, "ll", "Beneficiary bank", "City Union Bank Ltd, India")
        h269.row(p, "ll", "SWIFT BIC", BIC)
        h269.row(p, "ll", "Amount", show(j.amount), **sum_)
        h269.row(p, "ll", "Charges", "Shared (SHA)", method="netbanking")
        p.add("gap")
        p.add("small", "Lloyds Bank plc. Registered in England and Wales no. 2065.")
        return p.done()
    if frame == "commbank":
        p = browser_page(rng, font, "www.commbiz.commbank.com.au/imt/status")
        p.part = "head"
        top(p, "CommBank")
        p.add("small", f"CommBiz  |  International Money Transfer  |  {payer}")
        p.add("rule")
        p.part = "body"
        chip(p, "Awaiting authorisation", status)
        h289.steps(p, ["Created", "Authorised", "Sent", "Received"], 1, status)
        warn(
            p,
            "This transfer needs a second authoriser's approval before it is sent. It will be processed on "
            "the next business day after approval.",
            "warn",
        )
        rno = f"N{digits(rng, 9)}"
        name = rng.choice([FIRM_CAPS, CUT])
        gutter(p, "cb", "Receipt number", rno, at=0.36, txn=(BANK_RANK, rno))
        gutter(p, "cb", "Payee", name, at=0.36, merchant=name)
        gutter(p, "cb", "Payee bank", "City Union Bank, India", at=0.36)
        gutter(p, "cb", "Amount", show(j.amount), at=0.36, **sum_)
        gutter(p, "cb", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), at=0.36, date=j.date)
        gutter(p, "cb", "Charges", "Shared", at=0.36, method="netbanking")
        return p.done()
    p = browser_page(rng, font, "www.hnb.lk/digital-banking/remittance/advice")
    p.part = "head"
    top(p, "Hatton National Bank")
    p.add("small", f"HNB Digital Banking  |  Outward Remittance Advice  |  {payer}")
    p.add("rule")
    p.part = "body"
    sentence(p, "Your outward telegraphic transfer has been completed as follows.", status=status)
    p.add("gap")
    ref = f"HNB{j.date:%y}{digits(rng, 9)}"
    name = rng.choice([FIRM_CAPS, CUT])
    zebra(
        p,
        "hn",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["Remittance details", ""],
        [
            (["Transaction Ref. No.", ref], {"txn": (BANK_RANK, ref)}),
            (["Value Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%b-%Y"]))], {"date": j.date}),
            (["Beneficiary", name], {"merchant": name}),
            (["Beneficiary Bank", "City Union Bank Ltd, India"], {}),
            (["Amount", show(j.amount)], sum_),
            (["Charges", "OUR"], {"method": "netbanking"}),
            (["Purpose", "Kolu dolls for Navaratri"], {}),
        ],
        (120, 20, 40),
    )
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


CHENNAI_CO = "Marina Software Labs Pvt. Ltd., Chennai"
WORKSHOP_TICKET = "Doll painting workshop (2 hours)"


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its shop or itself on top: Thanjai Bommai Kadai's TAX INVOICE under a pair of
    nodding dolls, its Tamil name and a gilt border, to a Chennai company (Invoice No. and Date on a line;
    Buyer and Place of Supply; # | Item | HSN | Qty | Rate | Amount on hairline rows; Taxable, CGST 2.5%, SGST
    2.5%, Total; Amount in words; "Received by UPI, Ref ..." over a green rectangular PAID stamp); the
    Mylapore golu stall's CASH MEMO in the golu season, photographed lying on a golu step (its Tamil name over
    its English; No. left blank; Date and Name written in; the dolls written in ruled columns, Total;
    "ரொக்கமாகப் பெற்றுக்கொண்டோம்" (we received it in cash) in a Tamil hand; no reference); Cashfree's checkout
    for the web shop with the payment being processed in an octagon's three dots (a notice; Order ID, Cashfree
    Ref ID, Amount, Payment mode, Initiated on in shaded labels); Shopify's order confirmation mail for the
    web shop ("Thank you for your purchase!"; Order, the dolls on hairline rows; Subtotal, Shipping, Total,
    Payment, Razorpay payment ID, Paid on at the left and the right); OkCredit's entry of a payment received
    ("Today, <hour>"; the shop under the app, the customer, Payment received, the sum set large, "via UPI",
    UPI Ref; Balance; no day); PayU's hosted page with a company's gift order's payment failed under a red
    ribbon (the reason in a notice; PayU ID and Amount in tiles; Txn ID, Payment mode, Attempted on at the
    left and the right); the firm's TAX INVOICE made in Swipe for a hotel group's order under a pale PAID
    watermark (Invoice #, Invoice Date; Bill To; the pieces and their GST in a striped table; Total; Amount
    Received, Mode, UTR, Received on against a gutter); the shop's ENTRY PASS for a doll painting workshop in
    its app, on a ticket's card with a tear across it (the shop; Booking ID, Workshop on, Seats, Amount paid,
    Paid via, UPI Ref, Booked on in dot leaders; a barcode). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1500, high=96000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        bommai(p)
        ta(p, SHOP_TA, bold=True, scale=1.1)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}")
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
        gilt(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"TBK/{fy(j.date)}/{rng.randrange(20, 1400):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        cols(
            p,
            "ti0",
            spec,
            f"Invoice No.: {inv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        cols(p, "ti0", spec, f"Buyer: {CHENNAI_CO.split(',')[0]}", "Place of Supply: 33-Tamil Nadu")
        p.add("gap")
        items = wares(rng, rng.randrange(2, 4), high=6000)
        taxable = sum(q * pr for _, _, q, pr in items)
        half = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * half, 2)
        spec2 = [
            (0.0, 0.06, "c"),
            (0.06, 0.5, "l"),
            (0.5, 0.6, "c"),
            (0.6, 0.68, "c"),
            (0.68, 0.84, "r"),
            (0.84, 1.0, "r"),
        ]
        cols(p, "tih", spec2, "#", "Item", "HSN", "Qty", "Rate", "Amount", mode="line")
        for n, (t, hsn, q, pr) in enumerate(items):
            cols(p, "til", spec2, str(n + 1), SHORT[t], hsn, str(q), num(pr), num(q * pr), mode="line")
        kvr(p, "Taxable", num(taxable))
        kvr(p, "CGST 2.5%", num(half))
        kvr(p, "SGST 2.5%", num(half))
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        sentence(p, f"Amount in words: Rupees {spelt(j.amount)} only", "small")
        p.add("gap")
        p.add("left", f"Received by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        h271.rstamp(p, [SHOP_CAPS, "PAID", "THANJAVUR"], "green", at=0.6, rows_=4)
        p.add("small", "Handmade Thanjavur dolls and art plates (GI). Subject to Thanjavur jurisdiction.")
        return p.done()
    if k == 1:
        in_season(j, rng, MYLAI, MYLAI_DAYS)
        p = leaf(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(252, 248, 236), (248, 246, 238)])
        on_golu(p)
        p.part = "head"
        ta(p, SHOP_TA, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", STALL)
        p.add("center", "CASH MEMO")
        p.part = "body"
        cols(p, "cm0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "Golu 2026")
        fills(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fills(p, "Name", who)
        spec = [(0.0, 0.56, "l"), (0.56, 0.7, "c"), (0.72, 1.0, "r")]
        cols(p, "cmh", spec, "Particulars", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for t, _, q, pr in wares(rng, rng.randrange(2, 4), high=3600):
            q = min(q, 3)
            hcells(p, spec, SHORT[t], str(q), num(q * pr, "indian", 0))
            j.amount += q * pr
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.56, 0.71])
        p.add("gap")
        ta_hand(p, "ரொக்கமாகப் பெற்றுக்கொண்டோம்", method="cash", status=status)
        p.add("small", "Dolls once sold cannot be taken back. Handle the heads with care.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"payments.cashfree.com/order/#{code(rng, 12, MIXED)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by Cashfree")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Payment is being processed", status=status)
        warn(
            p,
            "We are waiting for your bank to confirm the payment. Please do not close this page or pay "
            "again; your order will be confirmed by mail.",
            "warn",
        )
        oid = f"TB{rng.randrange(100000, 999999)}"
        cfid = str(digits(rng, 10))
        kv(p, "Order ID", oid, at=0.38, txn=(ORDER_RANK, oid))
        kv(p, "Cashfree Ref ID", cfid, at=0.38, txn=(TXN_RANK, cfid))
        kv(p, "Amount", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Payment mode", "Net Banking (Indian Bank)", at=0.38, method="netbanking")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date)
        return p.done()
    if k == 3:
        order = f"TB{rng.randrange(1100, 9800)}"
        p = mail_page(
            rng, font, f"{SHOP} <store+{code(rng, 6, LOWER)}@shopify.com>", [f"Order #{order} confirmed"]
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Handmade in Thanjavur")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {who.split(' ', 1)[1].split()[0]},")
        sentence(
            p,
            "Thank you for your purchase! Your payment was received and your order is confirmed.",
            status=status,
        )
        kvr(p, "Order", f"#{order}", txn=(ORDER_RANK, order))
        items = wares(rng, rng.randrange(1, 3), high=5000)
        ship = float(rng.choice([0, 120, 180]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        h269.kind(p, "sy", [(0.0, 0.64, "l"), (0.64, 0.74, "c"), (0.74, 1.0, "r")], "line")
        for t, _, q, pr in items:
            h269.row(p, "sy", SHORT[t], f"x {q}", rs(q * pr))
        kvr(p, "Subtotal", rs(sub))
        kvr(p, "Shipping", rs(ship) if ship else "Free")
        kvr(p, "Total", rs(j.amount), amount=j.amount)
        kvr(p, "Payment", "UPI (Razorpay)", method="UPI")
        pid = f"pay_{code(rng, 14, MIXED)}"
        kvr(p, "Razorpay payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid on", day_in(j, rng, ["{d} %b %Y", "%d/%m/%Y", "%B {d}, %Y"]), date=j.date)
        p.add("small", "GST included. Dolls ship in 3 working days from Thanjavur.")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 600, 24000, 0.8)
        p = phone(rng, font, k, ["", "OkCredit"], dark=False, buttons=("Share", "Send reminder"))
        band(p, (32, 148, 80))
        app_head(p, "OkCredit", "Customer ledger")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", f"{who}  |  Regular customer")
        p.add("gap")
        c = card_open(p)
        p.add("center", "Payment received", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("small", "via UPI", method="UPI")
        p.add("small", f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        card_close(p, c)
        p.add("gap")
        kvr(p, "Balance", f"{rs(0.0)} (settled)")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 24000, 96000, 0.7)
        p = browser_page(rng, font, f"secure.payu.in/_payment/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"Corporate gift order, {PEARL.split(' India')[0]}  |  Powered by PayU")
        p.add("rule")
        p.part = "body"
        h275.ribbon(p, "PAYMENT FAILED", (196, 40, 44))
        p.add("gap")
        p.add("center", "Your payment could not be completed", status=status)
        warn(
            p,
            "The bank's server did not respond in time (transaction timed out). If money was debited, it "
            "will be returned to your account within 7 working days.",
            "error",
        )
        payu = str(rng.randrange(20000000000, 29999999999))
        txid = f"TBK{j.date:%y%m%d}{rng.randrange(100, 999)}"
        tiles2(p, ("PayU ID", payu), ("Amount", rs(j.amount)), txn=(TXN_RANK, payu), amount=j.amount)
        kvr(p, "Txn ID", txid, txn=(ORDER_RANK, txid))
        kvr(p, "Payment mode", "Net Banking (ICICI Bank)", method="netbanking")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", ")), date=j.date)
        return p.done()
    if k == 6:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        h273.watermark(p, "PAID", (30, 150, 80), alpha=40)
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", f"{ADDRESS}  |  GSTIN {GSTIN}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"INV-{rng.randrange(120, 960)}"
        inv_day = earlier(rng, j, 4, 30)
        cols(
            p,
            "sw0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice #: {inv}",
            f"Invoice Date: {when(inv_day, '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Bill To: {CHOLA_HOTELS}, Chennai")
        p.add("gap")
        items = wares(rng, rng.randrange(2, 4), high=9000)
        taxable = sum(q * pr for _, _, q, pr in items)
        half = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * half, 2)
        zebra(
            p,
            "swz",
            [(0.0, 0.56, "l"), (0.56, 0.66, "c"), (0.66, 1.0, "r")],
            ["Item", "Qty", "Amount"],
            [([SHORT[t], str(q), num(q * pr)], {}) for t, _, q, pr in items]
            + [(["CGST 2.5% + SGST 2.5%", "", num(2 * half)], {})],
            (30, 60, 130),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_by(rng, j, "HDFC Bank", way)
        gutter(p, "swr", "Amount Received", rs(j.amount), at=0.38, status=status)
        gutter(p, "swr", "Mode", way, at=0.38, method="netbanking")
        gutter(p, "swr", "UTR", utr, at=0.38, txn=(UTR_RANK, utr))
        gutter(p, "swr", "Received on", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=0.38, date=j.date)
        p.add("small", "Generated with Swipe. Thank you for your business!")
        return p.done()
    seats = rng.randrange(1, 5)
    j.amount = float(seats * rng.choice([650, 800, 950]))
    p = phone(rng, font, k, ["", "My bookings"], dark=False, buttons=("Add to calendar",))
    band(p, (140, 24, 40))
    app_head(p, SHOP, WEB)
    t = h279.ticket_open(p)
    p.add("center", "ENTRY PASS", status=status)
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", f"{WORKSHOP_TICKET}  |  {WORKSHOP}, Karanthai")
    tear = h279.ticket_tear(p)
    bid = f"TBW{rng.randrange(10000, 99999)}"
    on_day = j.date + dt.timedelta(days=rng.randrange(3, 20))
    dots(p, "Booking ID", bid, at=0.44, txn=(ORDER_RANK, bid))
    dots(p, "Workshop on", when(on_day, rng.choice(["%a, {d} %b %Y", "%d/%m/%Y"])), at=0.44)
    dots(p, "Seats", str(seats), at=0.44)
    dots(p, "Amount paid", rs(j.amount), at=0.44, bold=True, amount=j.amount)
    dots(p, "Paid via", "UPI", at=0.44, method="UPI")
    dots(p, "UPI Ref", j.ref, at=0.44, txn=(UTR_RANK, j.ref))
    dots(p, "Booked on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.44, date=j.date)
    h269.bars(p, bid)
    h279.ticket_close(p, t, tear)
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


METALS = "SRI KAMATCHI METAL MART"
CLAY_MAN = "P. Sekar"
COURIER = "ST COURIER PVT. LTD."
ART_SHOP = "Sri Balaji Art Supplies"
FOILS = "SRI BALAJI GOLD FOILS"
MILL_NAME = "SRI VINAYAGA MAAVU MILL"
MILL_TA = "ஸ்ரீ விநாயகா மாவு மில்"
CARTONS = "TRICHY CARTONS & PACKAGING"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Kumbakonam metal dealer's TAX INVOICE for the art
    plates' copper and brass sheet and copper wire (Invoice No. beside its earlier Date; Buyer; the metal by
    the kilo in a table ruled on every side, CGST 9%, SGST 9%, Total) with the accountant's "NEFT, UTR ..."
    and "on <day>" written under it and the firm's green PAID stamp; a clay seller's chit in a Tamil hand on a
    ruled page, photographed lying on a golu step (his name in Latin letters at its head; "தேதி" (date) and
    the day, "பொன்னையா பொம்மை கலைக்கூடம் அவர்களுக்கு" (to Ponniah Bommai Kalaikoodam); the loads of vandal
    clay (வண்டல் மண்) and the loading wage (ஏற்று இறக்கு கூலி) with their sums, "மொத்தம் ரூ." (total Rs.),
    "ரொக்கம் பெற்றுக்கொண்டேன்" (I received cash); no reference); ST Courier's booking receipt on a torn roll
    (CNOTE NO and its barcode, DATE, FROM, TO, PCS, WT, CHARGES, FSC 20%, GST 18%, TOTAL, PAID BY, UPI REF
    typed in its printer's face); Amazon Business' order of poster colours and brushes with the payment
    pending under a spinner (a notice; Order ID, Sold by, Items, Amount, Payment, Placed on at the left and
    the right); Itsy Bitsy's checkout with the card declined on a scalloped badge (the reason in a notice;
    Order No., Amount, Card, Attempted on in dot leaders); a Chennai gold foil dealer's TAX INVOICE (Invoice
    No. and its Date; the books of foil on hairline rows; CGST 1.5%, SGST 1.5%, Total) with its billing
    program's typed line of the IMPS received marked by the accountant's highlighter; a tamarind-seed flour
    mill's BILL under its Tamil name (Date left as dots; To written in; the flour, whiting and gum written in
    ruled columns, Total; "Pd. GPay, Ref ..." in the hand with the accountant's tick; no day); a Trichy carton
    maker's RECEIPT printed from Marg ERP (Receipt No., Date, Received from, Amount, Mode, Cheque/Ref. No.
    with colons; Against Bill | Date | Amount on hairline rows; the sum in words; its signature). All new
    here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = leaf(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, METALS, merchant=METALS)
        p.add(
            "small",
            f"Copper, brass and silver sheets  |  Big Street, Kumbakonam - 612001  |  GSTIN {gstin_in(rng)}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv_day = earlier(rng, j, 3, 20)
        inv = f"SKM/{fy(inv_day)}/{rng.randrange(200, 3600)}"
        cols(
            p,
            "km0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Date: {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {FIRM}, Karanthai (33-Tamil Nadu)")
        rows_, taxable = [], 0.0
        for text, unit, lo, hi, qlo, qhi in rng.sample(
            [
                ("Copper sheet 30 SWG (HSN 7409)", "kg", 880, 990, 6, 40),
                ("Brass sheet 24 SWG (HSN 7409)", "kg", 640, 720, 8, 50),
                ("Copper wire 14 SWG (HSN 7408)", "kg", 860, 960, 2, 12),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(qlo, qhi)
            rate = float(rng.randrange(lo, hi))
            taxable += q * rate
            rows_.append(([text, f"{q} {unit}", num(rate), num(q * rate)], {}))
        half = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * half, 2)
        rows_ += [(["CGST 9%", "", "", num(half)], {}), (["SGST 9%", "", "", num(half)], {})]
        grid(
            p,
            "km",
            [(0.0, 0.48, "l"), (0.48, 0.6, "c"), (0.6, 0.78, "r"), (0.78, 1.0, "r")],
            ["Description", "Qty", "Rate", "Amount"],
            rows_,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(236, 226, 210),
        )
        way = neft_or_rtgs(j.amount)
        utr = utr_by(rng, j, "City Union Bank", way)
        p.add("gap")
        writes(p, f"{way}, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        writes(p, f"on {day_in(j, rng, ['%d/%m/%y', '{d}.%m.%Y'])} - S.N.", date=j.date)
        h271.rstamp(p, ["SRI PONNIAH BOMMAI", "PAID", "ACCOUNTS"], "green", at=0.62, rows_=4)
        p.add("small", "Bank: Karur Vysya Bank, Kumbakonam  |  Subject to Kumbakonam jurisdiction")
        return p.done()
    if k == 1:
        loads = rng.randrange(1, 4)
        rate = rng.choice([2800, 3000, 3200, 3500])
        wage = loads * rng.choice([300, 400])
        j.amount = float(loads * rate + wage)
        p = leaf(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 246, 238), (250, 248, 240)])
        on_golu(p)
        p.part = "head"
        writes(p, CLAY_MAN, merchant=CLAY_MAN)
        p.part = "body"
        start = len(p.rows)
        ta_hand(p, f"தேதி {day_in(j, rng, ['%d/%m/%Y', '{d}-%m-%y'])}", date=j.date)
        ta_hand(p, "பொன்னையா பொம்மை கலைக்கூடம் அவர்களுக்கு")
        ta_hand(p, f"வண்டல் மண் {loads} லோடு x {rate} = {num(float(loads * rate), 'indian', 0)}")
        ta_hand(p, f"ஏற்று இறக்கு கூலி = {num(float(wage), 'indian', 0)}")
        ta_hand(p, f"மொத்தம் ரூ. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [])
        p.add("gap")
        ta_hand(p, "ரொக்கம் பெற்றுக்கொண்டேன்", method="cash", status=status)
        writes(p, "- Sekar", align="r")
        return p.done()
    if k == 2:
        pcs = rng.randrange(1, 6)
        kilos = round(pcs * rng.uniform(2.5, 9.0), 1)
        charges = float(round(kilos * rng.choice([42, 48, 55]) + 60))
        fsc = round(charges * 0.2, 2)
        gst = round((charges + fsc) * 0.18, 2)
        j.amount = round(charges + fsc + gst, 2)
        p = roll_of(rng, font, [440, 460, 480], [17, 18])
        h269.torn(p)
        p.part = "head"
        name = pick(p, "center", [COURIER, "ST COURIER"])
        p.add("center", name, merchant=name)
        p.add("small", "Thanjavur Branch, Gandhiji Road")
        p.part = "body"
        p.add("center", "BOOKING RECEIPT")
        n_ = min(h271.tt_cols(p), 34)
        types(p, "-" * n_, scale=0.86)
        cnote = f"T{digits(rng, 9)}"

        def line(label_: str, value: str, **facts) -> None:
            types(p, f"{label_:<9}: {value}"[:n_], scale=0.86, **facts)

        line("CNOTE NO", cnote)
        h269.bars(p, cnote)
        line("DATE", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), date=j.date)
        line("FROM", "THANJAVUR")
        line("TO", rng.choice(["CHENNAI", "BENGALURU", "COIMBATORE", "MADURAI"]))
        line("PCS", f"{pcs} BOX (DOLLS)")
        line("WT", f"{kilos} KG")
        line("CHARGES", f"{charges:.2f}")
        line("FSC 20%", f"{fsc:.2f}")
        line("GST 18%", f"{gst:.2f}")
        types(p, "-" * n_, scale=0.86)
        line("TOTAL", f"{j.amount:.2f}", amount=j.amount)
        line("PAID BY", "UPI", method="UPI", status=status)
        line("UPI REF", j.ref, txn=(UTR_RANK, j.ref))
        types(p, "-" * n_, scale=0.86)
        p.add("small", "Fragile - handle with care. Track on stcourier.com")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(180, 1200) * 10)
        p = phone(rng, font, k, ["", "Your order"], dark=False, buttons=("Check payment status",))
        band(p, (35, 47, 62))
        app_head(p, "amazon business", "Your orders")
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        warn(
            p,
            "We have not received a confirmation from your bank. Your order will be placed once it arrives; "
            "please do not pay again.",
            "warn",
        )
        oid = f"40{digits(rng, 1)}-{digits(rng, 7)}-{digits(rng, 7)}"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Sold by", ART_SHOP, merchant=ART_SHOP)
        kvr(p, "Items", "Poster colours 24 x 2, brushes")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment", "Net Banking (CUB)", method="netbanking")
        kvr(p, "Placed on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(2400, 18000, 10))
        p = browser_page(rng, font, "www.itsybitsy.in/checkout/payment")
        p.part = "head"
        name = pick(p, "title", ["Itsy Bitsy", "ITSY BITSY"])
        top(p, name, merchant=name)
        p.add("small", "Art and craft supplies  |  Secure checkout")
        p.add("rule")
        p.part = "body"
        h287.burst(p, status)
        p.add("center", "Payment declined", status=status)
        warn(
            p,
            "Your card was declined by the issuing bank (insufficient balance). Your cart is saved; you can "
            "pay with UPI or another card.",
            "error",
        )
        ono = f"IB{rng.randrange(2000000, 2999999)}"
        dots(p, "Order No.", ono, at=0.4, txn=(ORDER_RANK, ono))
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Card", f"Debit card XX{digits(rng, 4)}", at=0.4, method="card")
        dots(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", ")),
            at=0.4,
            date=j.date,
        )
        p.add("small", "Gold acrylic, gesso, glass stones (kundan) and fevicol")
        return p.done()
    if k == 5:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, FOILS, merchant=FOILS)
        p.add("small", "Gold and silver foils for Thanjavur paintings  |  Sowcarpet, Chennai - 600079")
        p.add("small", f"GSTIN {gstin_in(rng)}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"GF-{rng.randrange(1000, 8800)}"
        cols(
            p,
            "gf0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date {when(earlier(rng, j, 0, 3), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        spec = [(0.0, 0.56, "l"), (0.56, 0.68, "c"), (0.68, 0.84, "r"), (0.84, 1.0, "r")]
        cols(p, "gfh", spec, "Item", "Qty", "Rate", "Amount", mode="line")
        taxable = 0.0
        for text, lo, hi, qlo, qhi in rng.sample(
            [
                ("Gold foil 22 ct, book of 25", 1650, 1980, 4, 30),
                ("Gold foil 24 ct, book of 25", 1900, 2300, 2, 12),
                ("Silver foil, book of 25", 260, 340, 4, 20),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(qlo, qhi)
            rate = float(rng.randrange(lo, hi, 5))
            taxable += q * rate
            cols(p, "gfl", spec, text, str(q), num(rate), num(q * rate), mode="line")
        half = round(taxable * 0.015, 2)
        j.amount = round(taxable + 2 * half, 2)
        kvr(p, "CGST 1.5%", num(half))
        kvr(p, "SGST 1.5%", num(half))
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        start = len(p.rows)
        types(
            p,
            f"RECEIVED RS.{j.amount:.2f} BY IMPS REF {j.ref} ON {when(j.date, '%d/%m/%Y')}",
            scale=0.8,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        h277.marker(p, start)
        p.add("right", f"for {FOILS}")
        return p.done()
    if k == 6:
        p = leaf(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 246, 236), (246, 246, 238)])
        p.part = "head"
        ta(p, MILL_TA, bold=True, scale=1.05)
        top(p, MILL_NAME, merchant=MILL_NAME)
        p.add("small", "Tamarind seed flour and whiting  |  Keezha Vasal, Thanjavur")
        p.add("center", "BILL")
        p.part = "body"
        p.add("left", "Date ..............")
        fills(p, "To", "Ponniah Bommai, Karanthai")
        spec = [(0.0, 0.48, "l"), (0.48, 0.62, "c"), (0.62, 0.8, "r"), (0.82, 1.0, "r")]
        cols(p, "vmh", spec, "Item", "Kg", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Puli kottai maavu", 60, 90),
                ("Whiting (chalk) powder", 18, 30),
                ("Gum (vajram)", 140, 220),
                ("Saw dust, fine", 8, 14),
            ],
            rng.randrange(2, 5),
        ):
            q = rng.randrange(5, 60)
            rate = rng.randrange(lo, hi)
            hcells(p, spec, text, str(q), str(rate), num(float(q * rate), "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.48, 0.62, 0.81])
        p.add("gap")
        writes(p, f"Pd. GPay, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        h273.tick(p)
        return p.done()
    p = leaf(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, CARTONS, merchant=CARTONS)
    p.add(
        "small",
        f"Corrugated boxes and foam inserts  |  Thuvakudi SIDCO, Tiruchirappalli  |  GSTIN {gstin_in(rng)}",
    )
    p.add("rule")
    p.add("center", "RECEIPT")
    p.part = "body"
    way = neft_or_rtgs(j.amount)
    utr = utr_by(rng, j, "City Union Bank", way)
    rno = f"R{rng.randrange(100, 2400):05d}"
    spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    h271.colkv(p, "mg", spec, "Receipt No. :", rno, txn=(INVOICE_RANK, rno))
    h271.colkv(p, "mg", spec, "Date :", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
    h271.colkv(p, "mg", spec, "Received from :", f"{FIRM}, Thanjavur")
    h271.colkv(p, "mg", spec, "Amount :", rs(j.amount), amount=j.amount, status=status)
    h271.colkv(p, "mg", spec, "Mode :", f"Bank Transfer ({way})", method="netbanking")
    h271.colkv(p, "mg", spec, "Cheque/Ref. No. :", utr, txn=(UTR_RANK, utr))
    p.add("gap")
    spec2 = [(0.0, 0.4, "l"), (0.4, 0.66, "l"), (0.66, 1.0, "r")]
    cols(p, "mgh", spec2, "Against Bill", "Date", "Amount", mode="line")
    for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "TCP"):
        cols(p, "mgl", spec2, no_, when(day, "%d-%m-%Y"), num(v), mode="line")
    sentence(p, f"Rupees {spelt(j.amount)} only", "small")
    p.add("gap")
    sig(p)
    p.add("right", f"for {CARTONS}")
    p.add("small", "Printed from Marg ERP 9+")
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
PAID_TO = [
    ("TRICHY CARTONS AND PACKAGING", "Indian Bank", "IMPS"),
    ("SRI KAMATCHI METAL MART", "Karur Vysya Bank", "NEFT"),
    ("P Sekar", "Tamil Nadu Grama Bank", "UPI"),
    ("SRI BALAJI GOLD FOILS", "HDFC Bank", "NEFT"),
    ("M RAJARAM MOULDS", "State Bank of India", "IMPS"),
    ("SRI MURUGAN PAPER MART", "ICICI Bank", "NEFT"),
    ("ST COURIER PVT LTD", "Axis Bank", "NEFT"),
    ("ASIAN ENAMEL PAINTS STORE", "IDFC FIRST Bank", "IMPS"),
]
FROM_BANK = [
    "City Union Bank",
    "Indian Overseas Bank",
    "Tamilnad Mercantile Bank",
    "South Indian Bank",
    "Federal Bank",
    "The Thanjavur Central Co-operative Bank",
    "Punjab National Bank",
    "AU Small Finance Bank",
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: City Union Bank's CUB All in One with an IMPS to the
    carton maker successful under a tile's tick (the sum, "to <payee>"; Beneficiary, Account No., IFSC, IMPS
    Ref No, Date & Time, Remarks in a table ruled on every side); Indian Overseas Bank's internet banking
    Funds Transfer Receipt of a NEFT to the Kumbakonam metal dealer (its sentence; Transaction Ref No, UTR No,
    From Account, Beneficiary Name, Beneficiary A/c, IFSC, Amount, Charges, Date, Status in shaded labels);
    Tamilnad Mercantile Bank's TMB mConnect+ with a UPI payment to the clay seller ("Today, <hour>"; a large
    tick, the sum, "to <payee>" over his UPI ID; a copyable UPI Ref No.; From, Note; no day); South Indian
    Bank's SIB Mirror+ with a NEFT failed on a tinted band (the reason in a notice; Beneficiary, Amount, UTR,
    Date, Reason each value over its label); Federal Bank's FedMobile with an IMPS to the mould maker in
    progress over a progress bar (a notice; Beneficiary, Amount, IMPS Ref No, Initiated on, From in dot
    leaders); the Thanjavur Central Co-operative Bank's NEFT / RTGS APPLICATION filled in by hand under its
    Tamil name (the Remitter printed; English labels with their Tamil and the values written in: Date / தேதி,
    Beneficiary / பயனாளி, IFSC / ஐஎஃப்எஸ்சி, Amount / தொகை; the account number written a figure to a box; NEFT
    and RTGS in boxes, NEFT ticked; the branch's TRANSFERRED stamp; UTR written in by the branch); PNB ONE's
    shared receipt of a NEFT to the courier under the payee's initials (Transaction successful, "<sum> paid to
    <payee>", "on <day>", "via NEFT"; no reference); AU Small Finance Bank's AU 0101 with an IMPS to the paint
    store successful on a scalloped badge (the sum set large, "to <payee>"; IMPS Ref No and Date, From A/c and
    Remarks, each label small over its value two to a row). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=4000, high=150000)
    to, their_bank, way = PAID_TO[k]
    if way == "IMPS":
        j.amount = rupees(rng, 2500, 88000, 0.6)
    if way == "UPI":
        j.amount = rupees(rng, 2800, 14000, 0.8)
    if k == 6:
        j.amount = rupees(rng, 2500, 18000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_by(rng, j, FROM_BANK[k], way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXXX{digits(rng, 4)}"
    ifsc = f"{IFSC.get(their_bank, 'HDFC')}0{digits(rng, 6)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (150, 20, 40))
        app_head(p, "CUB All in One", "City Union Bank  |  IMPS")
        h287.tile(p, status)
        p.add("center", "Fund transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {to.title()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        grid(
            p,
            "cu",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Beneficiary", to], {}),
                (["Account No.", acct], {"method": method}),
                (["IFSC", ifsc], {}),
                (["IMPS Ref No", utr], {"txn": (UTR_RANK, utr)}),
                (["Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Remarks", "cartons, foam inserts"], {}),
            ],
            tint=(244, 226, 226),
        )
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "www.iobnet.co.in/ibanking/fundtransfer/receipt")
        p.part = "head"
        top(p, "Indian Overseas Bank")
        p.add("small", "Internet Banking  |  Funds Transfer Receipt")
        p.add("rule")
        p.part = "body"
        sentence(p, "Your NEFT request has been processed successfully.", status=status)
        p.add("gap")
        ref = f"IOB{j.date:%y%m%d}{digits(rng, 7)}"
        for label_, value, facts in [
            ("Transaction Ref No", ref, {"txn": (BANK_RANK, ref)}),
            ("UTR No", utr, {"txn": (UTR_RANK, utr)}),
            ("From Account", f"{digits(rng, 4)}XXXXXX{digits(rng, 4)}", {}),
            ("Beneficiary Name", to, {"merchant": to}),
            ("Beneficiary A/c", acct, {}),
            ("IFSC", ifsc, {}),
            ("Amount", rs(j.amount), {"amount": j.amount, "method": method}),
            ("Charges", rs(2.95), {}),
            ("Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), {"date": j.date}),
            ("Status", "Processed", {}),
        ]:
            kv(p, label_, value, at=0.38, **facts)
        p.add("small", "This is a computer generated receipt and does not need a signature.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (0, 80, 150))
        app_head(p, "TMB mConnect+", "Tamilnad Mercantile Bank  |  UPI")
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("small", f"sekar.clay{rng.randrange(10, 99)}@okaxis")
        p.add("gap")
        copyrow(p, "UPI Ref No.", utr, txn=(UTR_RANK, utr))
        kvr(p, "From", f"TMB Current {masked(p.font)}{digits(rng, 4)}", method=method)
        kvr(p, "Note", "clay, two loads")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Try again",))
        band(p, (110, 30, 50))
        app_head(p, "SIB Mirror+", "South Indian Bank  |  NEFT")
        h269.strip(p, "Transaction failed", status)
        warn(
            p,
            "The beneficiary bank could not credit the account (account number and IFSC do not match). The "
            "amount has been credited back to your account.",
            "error",
        )
        vlab(p, "Beneficiary", h287.vname(p, [to, to[:22]]), merchant=h287.vname(p, [to, to[:22]]))
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "UTR", utr, bold=False, txn=(UTR_RANK, utr), method=method)
        vlab(p, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), bold=False, date=j.date)
        vlab(p, "Reason", "Invalid beneficiary details", bold=False)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Refresh",))
        band(p, (0, 74, 140))
        app_head(p, "FedMobile", "Federal Bank  |  IMPS")
        p.add("center", "IMPS in progress", status=status)
        h294.progress(p, 0.55, status)
        warn(
            p,
            "The beneficiary bank has not confirmed the credit yet. Please check the status after some time "
            "and do not transfer again.",
            "warn",
        )
        dots(p, "Beneficiary", to, at=0.36, merchant=to)
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "IMPS Ref No", utr, at=0.36, txn=(UTR_RANK, utr), method=method)
        dots(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ", " ")),
            at=0.36,
            date=j.date,
        )
        dots(p, "From", f"Current A/c XX{digits(rng, 4)}", at=0.36)
        return p.done()
    if k == 5:
        p = leaf(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 248, 240), (250, 246, 236)])
        one_pen(p)
        p.part = "head"
        ta(p, "தஞ்சாவூர் மத்திய கூட்டுறவு வங்கி", bold=True)
        top(
            p,
            pick(
                p, "title", ["THE THANJAVUR CENTRAL CO-OPERATIVE BANK LTD.", "THANJAVUR CENTRAL CO-OP. BANK"]
            ),
        )
        p.add("small", "Karanthai Branch  |  NEFT / RTGS APPLICATION (CUSTOMER COPY)")
        p.part = "body"
        p.add("left", f"Remitter: {FIRM}, Karanthai")
        name = to.title()
        amount_text = f"Rs. {num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}"
        ta_label(p, "Date", "தேதி", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), at=0.4, pen=True, date=j.date)
        ta_label(p, "Beneficiary", "பயனாளி", name, at=0.4, pen=True, merchant=name)
        h269.comb(p, "A/c No.", str(digits(rng, 12)))
        ta_label(p, "IFSC", "ஐஎஃப்எஸ்சி", ifsc, at=0.4, pen=True)
        ta_label(p, "Amount", "தொகை", amount_text, at=0.4, pen=True, amount=j.amount)
        h269.ticks(p, ["NEFT", "RTGS"], 0, method=method)
        h271.rstamp(p, ["TCCB KARANTHAI", "TRANSFERRED", "NEFT"], "violet", at=0.55, rows_=5)
        fills(p, "UTR", utr, txn=(UTR_RANK, utr), status=status)
        p.add("gap")
        sig(p)
        return p.done()
    if k == 6:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 580]), size=rng.choice([20, 21]))
        p.style["paper"] = (250, 244, 232)
        p.part = "head"
        p.add("title", "Punjab National Bank")
        p.add("small", "PNB ONE  |  Transaction receipt")
        p.part = "body"
        p.add("gap")
        h273.avatar(p, initials(to), (162, 32, 60))
        p.add("center", "Transaction successful", status=status)
        line = pick(p, "center", [f"{rs(j.amount)} paid to {to}", f"{rs(j.amount)} paid to ST Courier"])
        p.add("center", line, amount=j.amount, merchant=line.split(" paid to ", 1)[1])
        p.add("small", f"on {day_in(j, rng, ['{d} %B %Y', '%d/%m/%Y'])}", date=j.date)
        p.add("small", "via NEFT  |  courier bills", method=method)
        return p.done()
    p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Share", "Done"))
    band(p, (110, 40, 120))
    app_head(p, "AU 0101", "AU Small Finance Bank  |  IMPS")
    h287.burst(p, status)
    p.add("center", "Money transferred", status=status)
    h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
    name = pick(p, "center", [f"to {to}", f"to {to.title()}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    two_up(
        p,
        "au1",
        ("IMPS Ref No", utr),
        ("Date", day_in(j, rng, ["%d %b %Y", "%d-%m-%Y"])),
        txn=(UTR_RANK, utr),
        date=j.date,
    )
    two_up(p, "au2", ("From A/c", acct[-8:]), ("Remarks", "enamel paints"), method=method)
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


DOLL_WORK = [
    ("Raja-Rani heads moulded", 18, 30),
    ("Dolls painted, 12 in", 45, 80),
    ("Bases weighted with clay", 6, 12),
    ("Golu sets painted (10 pcs)", 160, 260),
    ("Art plates gilded", 120, 220),
]
PAINTERS = ["R. Selvi", "M. Kannagi", "P. Muthulakshmi"]
MOULDERS = ["K. Arumugam", "V. Rajendran", "S. Pandian", "A. Velusamy"]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its doll makers, painters, metal worker and the shop's staff: the workshop's PIECE WORK
    ACCOUNT under its Tamil heading "கூலி கணக்கு" (wage account), gold foil flecks and paint dabs in its
    margins (Worker written in; the days' work, pieces, rate and sum written in ruled columns, Total; "Paid in
    cash" and Paid on written in; his "Recd." and name; no reference); a painter's MUSTER CARD for a month
    (Painter and Month written in; her days in two rows of boxes, each ticked, marked A or left empty on a
    Sunday; Days worked, Day's wage and Wages in dot leaders; Paid on written in; "Paid by UPI, Ref ..." in
    the hand); Keka's payslip for the shop's salesperson (Employee No and Name, Designation and Joined, Bank
    and UAN with colons; Earnings | Amount | Deductions | Amount in a table ruled on every side; Net Pay under
    a rule and a double rule; "Net pay credited on <day> by NEFT, UTR ..."); Paytm's payment to a mould maker
    pending in a capsule (the sum, "to <payee>", its stages top to bottom; UPI Ref No, Started on, From at the
    left and the right); Jupiter's payment to a doll maker failed under a large cross (the sum, "to <payee>",
    the reason in a notice; UPI Ref No and Attempted on in tiles; From); the workshop's AYUDHA POOJA BONUS
    RECEIPT for a doll maker who signs with his thumb (its Tamil heading; No. struck in red; Date, Name,
    Amount written in; "ரொக்கமாகப் பெற்றுக்கொண்டேன்" (I received it in cash) in a Tamil hand; his left thumb's
    impression in a box marked L.T.I.; a witness); Vyapar's PAYMENT-OUT printed for a painter's advance
    (Receipt No. and Date on a line; Paid To; Description | Amount on hairline rows; Total, Paid, Payment
    Type, Ref. No. at the left and the right; Amount in words); IDFC FIRST Bank's app with a UPI payment to
    the art plate's metal worker ("Today, <hour>"; a large tick, the sum, "to <payee>"; a copyable UPI Ref
    No.; From, Remarks; no day). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=1500, high=26000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = rng.choice(MOULDERS)
    if k == 0:
        p = leaf(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
        flecks(p)
        p.part = "head"
        ta(p, "கூலி கணக்கு", scale=1.2, bold=True)
        p.add("center", "PIECE WORK ACCOUNT")
        p.add("small", f"{WORKSHOP}  |  {TOWN}")
        p.part = "body"
        p.add("rule")
        fills(p, "Worker", worker, merchant=worker)
        spec = [(0.0, 0.14, "l"), (0.14, 0.58, "l"), (0.58, 0.68, "c"), (0.68, 0.82, "r"), (0.84, 1.0, "r")]
        cols(p, "pw", spec, "Date", "Work", "Pcs", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        lines_ = []
        for text, lo, hi in rng.sample(DOLL_WORK, 3):
            q = rng.randrange(2, 12) if lo >= 100 else rng.randrange(10, 60)
            rate = rng.randrange(lo, hi)
            lines_.append((earlier(rng, j, 1, 12), text, q, rate))
        j.amount = 0.0
        for day, text, q, rate in sorted(lines_):
            hcells(p, spec, when(day, "%d/%m"), text, str(q), str(rate), num(float(q * rate), "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "", "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.14, 0.58, 0.68, 0.83])
        p.add("gap")
        writes(p, "Paid in cash", method="cash", status=status)
        fills(p, "Paid on", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        writes(p, f"Recd. - {worker.split()[-1]}", align="r")
        return p.done()
    if k == 1:
        worker = rng.choice(PAINTERS)
        month_start = (j.date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        marks_ = []
        for d in range(30):
            day = month_start + dt.timedelta(days=d)
            marks_.append("" if day.weekday() == 6 else ("A" if rng.random() < 0.1 else "v"))
        days = sum(1 for m in marks_ if m == "v")
        wage = rng.choice([380, 420, 450, 480])
        j.amount = float(days * wage)
        p = leaf(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(248, 246, 236), (244, 248, 240)])
        p.part = "head"
        top(p, pick(p, "title", [FIRM_CAPS, FIRM]))
        p.add("small", f"{WORKSHOP}  |  {TOWN}")
        p.add("center", "MUSTER CARD")
        p.part = "body"
        p.add("rule")
        fills(p, "Painter", worker, merchant=worker)
        fills(p, "Month", when(month_start, "%B %Y"))
        h277.days_grid(p, 1, marks_[:15])
        h277.days_grid(p, 16, marks_[15:30])
        p.add("gap")
        dots(p, "Days worked", str(days), at=0.5)
        dots(p, "Day's wage", num(float(wage), "indian", 0), at=0.5)
        dots(p, "Wages", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.5, bold=True, amount=j.amount)
        fills(p, "Paid on", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%Y"]), date=j.date)
        writes(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 2:
        worker = STAFF[0]
        basic = float(rng.randrange(100, 150) * 100)
        hra = float(round(basic * 0.3, -1))
        conv = float(rng.choice([800, 1200, 1600]))
        pf = float(round(min(basic, 15000) * 0.12))
        esi = float(round((basic + hra + conv) * 0.0075))
        j.amount = basic + hra + conv - pf - esi
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_CAPS]))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        joined = dt.date(rng.randrange(2018, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.52, 0.74, "l"), (0.74, 1.0, "l")]
        h271.colkv(
            p, "kk", spec, "Employee No:", f"TBK{rng.randrange(3, 40):03d}", "Name:", worker, merchant=worker
        )
        h271.colkv(p, "kk", spec, "Designation:", "Sales Executive", "Joined:", when(joined, "%d %b %Y"))
        h271.colkv(p, "kk", spec, "Bank:", f"CUB XX{digits(rng, 4)}", "UAN:", f"10{digits(rng, 10)}")
        p.add("gap")
        grid(
            p,
            "kz",
            [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "PF (employee)", num(pf)], {}),
                (["HRA", num(hra), "ESI (employee)", num(esi)], {}),
                (["Conveyance", num(conv), "", ""], {}),
                (["Gross Earnings", num(basic + hra + conv), "Total Deductions", num(pf + esi)], {}),
            ],
            tint=(226, 236, 248),
        )
        total(p, "Net Pay", rs(j.amount), at=0.55, amount=j.amount)
        utr = utr_by(rng, j, "City Union Bank", "NEFT")
        sentence(
            p,
            f"Net pay credited on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a system generated payslip from Keka HR and does not need a signature.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI Money Transfer")
        chip(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        h271.step(p, "Money debited", "from your account", "done")
        h271.step(p, "Receiver's bank", "confirmation awaited", "pending")
        h271.step(p, "Payment complete", "", "todo")
        p.add("gap")
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Started on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "From", f"Paytm Payments Bank {masked(p.font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry",))
        band(p, (234, 92, 60))
        app_head(p, "Jupiter", "UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        warn(p, "The receiver's bank is not reachable right now (U68). No money has been debited.", "error")
        tiles2(
            p,
            ("UPI Ref No", j.ref),
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "From", f"Jupiter Pro {masked(p.font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 5:
        in_season(j, rng, AYUDHA - dt.timedelta(days=9), 8)
        j.amount = float(rng.choice([2000, 2500, 3000, 3500, 5000]))
        p = leaf(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(252, 250, 242), (248, 246, 238)])
        p.part = "head"
        ta(p, "ஆயுத பூஜை போனஸ்", bold=True, scale=1.1)
        top(p, pick(p, "title", [FIRM_CAPS, FIRM]))
        p.add("small", f"{WORKSHOP}  |  {TOWN}")
        p.add("center", "AYUDHA POOJA BONUS RECEIPT")
        p.part = "body"
        p.add("rule")
        bno = str(rng.randrange(12, 90))
        h279.redno(p, "No.", bno, txn=(INVOICE_RANK, bno))
        fills(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), date=j.date)
        fills(p, "Name", worker, merchant=worker)
        fills(p, "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ta_hand(p, "ரொக்கமாகப் பெற்றுக்கொண்டேன்", method="cash", status=status)
        thumbprint(p)
        p.add("left", f"Witness: {KEEPER}")
        return p.done()
    if k == 6:
        worker = rng.choice(PAINTERS)
        j.amount = float(rng.randrange(10, 60) * 100)
        p = leaf(rng, font, [680, 720])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [FIRM_CAPS, FIRM]))
        p.add("small", f"{ADDRESS}  |  Ph. 94{digits(rng, 8)}")
        p.add("rule")
        p.add("center", "PAYMENT-OUT")
        p.part = "body"
        rno = str(rng.randrange(40, 700))
        cols(
            p,
            "vy0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No.: {rno}",
            f"Date: {day_in(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("left", f"Paid To: {worker}", merchant=worker)
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "vyh", spec, "Description", "Amount", mode="line")
        cols(p, "vyl", spec, "Advance against painting wages", num(j.amount), mode="line")
        kvr(p, "Total", rs(j.amount))
        kvr(p, "Paid", rs(j.amount), amount=j.amount, status=status)
        kvr(p, "Payment Type", "UPI", method="UPI")
        kvr(p, "Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        sentence(p, f"Amount in words: Rupees {spelt(j.amount)} only", "small")
        p.add("small", "Made with Vyapar")
        return p.done()
    worker = "T. Ganesan"
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    band(p, (156, 30, 46))
    app_head(p, "IDFC FIRST Bank", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, status)
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {worker}", merchant=worker)
    p.add("gap")
    copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "From", f"IDFC FIRST {masked(p.font)}{digits(rng, 4)}", method="UPI")
    kvr(p, "Remarks", "art plate repousse")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


TCMC = "Thanjavur City Municipal Corporation"
TCMC_TA = "தஞ்சாவூர் மாநகராட்சி"
GCC = "Greater Chennai Corporation"
GCC_TA = "பெருநகர சென்னை மாநகராட்சி"
DEVASTHANAM = "THANJAVUR PALACE DEVASTHANAM"
DEVASTHANAM_TA = "தஞ்சாவூர் அரண்மனை தேவஸ்தானம்"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed: the Thanjavur City Municipal
    Corporation's property tax e-receipt for the workshop from TN Urban e-Sevai under its Tamil name (English
    labels with their Tamil beside them and the values after a colon: Assessment No., Owner, Ward, Half Year,
    Amount Paid, Receipt No., Transaction ID, Payment Date, Mode); EPFO's ECR challan pending at the bank (a
    capsule, its stages across the page, a notice; TRRN, Establishment ID, Wage month, Total amount, Bank Ref.
    No. awaited, Payment mode, Initiated on in a table ruled on every side); the Registration Department's
    e-payment receipt on TNREGINET for the shop's lease deed under its Tamil name (a Success capsule at the
    left; Application No., Fee, Amount, Payment Reference No., Bank Ref. No., Paid on, Mode on hairline rows);
    the Tamil Nadu Labour Welfare Board's contribution failed under a large cross (a Failed capsule, the
    reason in a notice; Establishment, Year, Employees, Amount, Transaction ID, Mode, Attempted on in shaded
    labels); the Greater Chennai Corporation's e-receipt of the Mylapore golu stall's temporary licence under
    its Tamil name (Receipt No., Zone, Location, Period, Amount, Transaction ID, Paid on, Mode with colons);
    mParivahan's road tax paid for the delivery van (the department under the app's bar, the RTO and "Today,
    <hour>"; a tile's tick, Tax paid successfully, the sum; Vehicle No., Tax period, Transaction ID, Bank Ref
    No., Paid via at the left and the right; no day); the Thanjavur Palace Devasthanam's RENT RECEIPT from its
    book for the shop on Sannathi Street under its Tamil name (No. left blank; Date, Received from, Shop No.,
    Month written in; Rs. in a box; "ரொக்கமாகப் பெறப்பட்டது" (received in cash) in a Tamil hand; its oval
    stamp; the clerk's signature; no reference); the Tamil Nadu Fire and Rescue Services' NOC renewal fee
    receipt for the workshop (Payment received; Fire NOC No., Premises, Fee, Challan No., Bank Reference,
    Payment Date, Mode in a striped table). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=600, high=36000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        j.amount = float(rng.choice([1864, 2412, 3186, 4720]))
        p = browser_page(rng, font, "tnurbanepay.tn.gov.in/PropertyTax/Receipt")
        p.part = "head"
        ta(p, TCMC_TA, bold=True, scale=1.05)
        name = pick(p, "title", [TCMC, "Thanjavur Corporation"])
        top(p, name, merchant=name)
        p.add("small", "TN Urban e-Sevai  |  Property Tax e-Receipt")
        p.add("rule")
        p.part = "body"
        first = j.date.year if j.date.month >= 4 else j.date.year - 1
        half_year = f"{first}-{fy(j.date)[-2:]} / {'I' if 4 <= j.date.month <= 9 else 'II'}"
        rno = f"PT/{fy(j.date)}/{digits(rng, 7)}"
        tid = f"TNUE{digits(rng, 12)}"
        at = 0.44
        ta_label(p, "Assessment No.", "மதிப்பீட்டு எண்", f"{rng.randrange(10, 60)}/{digits(rng, 5)}", at=at)
        ta_label(p, "Owner", "உரிமையாளர்", OWNER_CAPS, at=at)
        ta_label(p, "Ward", "வார்டு", f"{rng.randrange(1, 51)} (Karanthai)", at=at)
        ta_label(p, "Half Year", "அரையாண்டு", half_year, at=at)
        ta_label(p, "Amount Paid", "செலுத்திய தொகை", rs(j.amount), at=at, bold=True, amount=j.amount)
        ta_label(p, "Receipt No.", "ரசீது எண்", rno, at=at, txn=(INVOICE_RANK, rno), status=status)
        ta_label(p, "Transaction ID", "பரிவர்த்தனை எண்", tid, at=at, txn=(TXN_RANK, tid))
        ta_label(
            p, "Payment Date", "செலுத்திய தேதி", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date
        )
        ta_label(p, "Mode", "முறை", "UPI", at=at, method="UPI")
        p.add("small", "This is a computer generated receipt; no signature is required.")
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(3600, 16000))
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/challanStatus")
        p.part = "head"
        name = pick(p, "title", ["Employees' Provident Fund Organisation", "EPFO"])
        top(p, name, merchant=name)
        p.add("small", "Unified Portal (Employer)  |  ECR challan payment status")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment pending at bank", status)
        h289.steps(p, ["ECR filed", "Challan paid", "Bank confirmed"], 1, status)
        warn(
            p,
            "The bank has not yet confirmed the payment of this challan. Do not pay it again; the status "
            "will be updated once the bank's confirmation is received.",
            "warn",
        )
        trrn = f"{digits(rng, 13)}"
        grid(
            p,
            "ep",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["TRRN", trrn], {"txn": (INVOICE_RANK, trrn)}),
                (["Establishment ID", f"TNTNJ{digits(rng, 7)}000"], {}),
                (["Wage month", j.month(1)], {}),
                (["Total amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank Ref. No.", "Awaited"], {}),
                (["Payment mode", "Net Banking (CUB)"], {"method": "netbanking"}),
                (["Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
            ],
            tint=(224, 232, 244),
        )
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([4200, 6800, 9400, 12600]))
        p = browser_page(rng, font, "tnreginet.gov.in/portal/payment/receipt")
        p.part = "head"
        ta(p, "பதிவுத்துறை, தமிழ்நாடு அரசு", bold=True)
        name = pick(
            p, "title", ["Registration Department, Government of Tamil Nadu", "Registration Department"]
        )
        top(p, name, merchant=name)
        p.add("small", "TNREGINET  |  e-Payment Receipt  |  Sub Registrar Office, Thanjavur")
        p.add("rule")
        p.part = "body"
        pill(p, "Success", status, align="l")
        p.add("gap")
        pref = f"RGN{j.date:%y%m%d}{digits(rng, 6)}"
        bref = str(digits(rng, 12))
        h269.kind(p, "rg", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], "line", bold=(1,))
        h269.row(p, "rg", "Application No.", f"TNJ/{j.date:%Y}/{digits(rng, 6)}")
        h269.row(p, "rg", "Fee", "Registration fee, lease deed (shop)")
        h269.row(p, "rg", "Amount", rs(j.amount), amount=j.amount)
        h269.row(p, "rg", "Payment Reference No.", pref, txn=(TXN_RANK, pref))
        h269.row(p, "rg", "Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        h269.row(p, "rg", "Paid on", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
        h269.row(p, "rg", "Mode", "Net Banking (Indian Bank)", method="netbanking")
        return p.done()
    if k == 3:
        staff = rng.randrange(8, 22)
        j.amount = float(staff * 20 + staff * 40)
        p = browser_page(rng, font, "lwb.tn.gov.in/contribution/payment/response")
        p.part = "head"
        name = pick(p, "title", ["Tamil Nadu Labour Welfare Board", "T.N. Labour Welfare Board"])
        top(p, name, merchant=name)
        p.add("small", "Labour Welfare Fund  |  Employer and employee contribution")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        pill(p, "Failed", status)
        warn(
            p,
            "The payment gateway did not receive a response from your bank. The contribution is still due; "
            "if your account was debited it will be reversed in 5 working days.",
            "error",
        )
        tid = f"LWB{digits(rng, 11)}"
        kv(p, "Establishment", clip(FIRM, 32), at=0.38)
        kv(p, "Year", f"{j.date.year - 1}", at=0.38)
        kv(p, "Employees", str(staff), at=0.38)
        kv(p, "Amount", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        kv(p, "Mode", "Debit Card", at=0.38, method="card")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.38, date=j.date)
        return p.done()
    if k == 4:
        in_season(j, rng, MYLAI - dt.timedelta(days=8), 8)
        j.amount = float(rng.choice([1500, 2000, 3000]))
        p = browser_page(rng, font, "chennaicorporation.gov.in/gcc/onlinepayment/receipt")
        p.part = "head"
        ta(p, GCC_TA, bold=True)
        name = pick(p, "title", [GCC, "GCC"])
        top(p, name, merchant=name)
        p.add("small", "Revenue Department  |  Temporary stall licence (festival)  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"GCC/TSL/{j.date:%y}/{digits(rng, 6)}"
        tid = f"GCC{digits(rng, 12)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        h271.colkv(p, "gc", spec, "Receipt No. :", rno, txn=(INVOICE_RANK, rno), status=status)
        h271.colkv(p, "gc", spec, "Zone :", "Zone 9 - Teynampet, Ward 123")
        h271.colkv(p, "gc", spec, "Location :", "North Mada Street, Mylapore (stall 23)")
        h271.colkv(p, "gc", spec, "Period :", "20 Sep 2026 to 19 Oct 2026")
        h271.colkv(p, "gc", spec, "Amount :", rs(j.amount), amount=j.amount)
        h271.colkv(p, "gc", spec, "Transaction ID :", tid, txn=(TXN_RANK, tid))
        h271.colkv(p, "gc", spec, "Paid on :", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        h271.colkv(p, "gc", spec, "Mode :", "UPI", method="UPI")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([3150, 4725, 6300]))
        p = phone(rng, font, k, ["", "Road tax"], dark=False, buttons=("Download receipt",))
        band(p, (24, 60, 130))
        app_head(p, "mParivahan", "Pay road tax")
        name = pick(p, "center", ["Transport Department, Tamil Nadu", "Transport Department, T.N."])
        p.add("center", name, merchant=name)
        p.add("small", f"RTO Thanjavur (TN49)  |  Today, {hhmm(rng)}")
        h287.tile(p, status)
        p.add("center", "Tax paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"TN49{digits(rng, 11)}"
        bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        kvr(p, "Vehicle No.", f"TN49{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}")
        kvr(p, "Tax period", "Quarterly")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        kvr(p, "Paid via", "Net Banking", method="netbanking")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([4500, 5200, 6000, 7500]))
        p = leaf(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(246, 240, 226), (242, 244, 232)])
        p.part = "head"
        ta(p, DEVASTHANAM_TA, bold=True, scale=1.05)
        name = pick(p, "title", [DEVASTHANAM, "Thanjavur Palace Devasthanam"])
        top(p, name, merchant=name)
        p.add("small", "Arulmigu Brihadeeswarar Temple  |  Shop rents")
        ta(p, "வாடகை ரசீது  |  RENT RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..........")
        fills(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%y"]), date=j.date)
        fills(p, "Received from", f"{SHOP}")
        fills(p, "Shop No.", f"SS-{rng.randrange(10, 60)}, Sannathi Street")
        fills(p, "Month", j.month(0))
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ta_hand(p, "ரொக்கமாகப் பெறப்பட்டது", method="cash", status=status)
        h287.oval(p, ["PALACE DEVASTHANAM", "THANJAVUR", "RENT SECTION"], "violet", at=0.62, rows_=3)
        sig(p)
        p.add("right", "Clerk")
        return p.done()
    j.amount = float(rng.choice([2500, 3500, 5000]))
    p = browser_page(rng, font, "tnfrs.tn.gov.in/noc/renewal/receipt")
    p.part = "head"
    name = pick(p, "title", ["Tamil Nadu Fire and Rescue Services", "T.N. Fire and Rescue Services"])
    top(p, name, merchant=name)
    p.add("small", "Fire NOC renewal  |  Fee receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment received", status=status)
    challan = f"FRS{j.date:%y}{digits(rng, 9)}"
    bref = f"CUB{digits(rng, 10)}"
    zebra(
        p,
        "fr",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["Receipt", ""],
        [
            (["Fire NOC No.", f"TNJ/{rng.randrange(100, 999)}/{j.date.year - 3}"], {}),
            (["Premises", f"{WORKSHOP}, Karanthai"], {}),
            (["Fee", rs(j.amount)], {"amount": j.amount}),
            (["Challan No.", challan], {"txn": (INVOICE_RANK, challan)}),
            (["Bank Reference", bref], {"txn": (BANK_RANK, bref)}),
            (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            (["Mode", "Net Banking"], {"method": "netbanking"}),
        ],
        (180, 40, 30),
    )
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or named in its message: The Oriental
    Insurance Company's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy (Receipt No.,
    Receipt Date, Policy No., Insured, Risk Location, Sum Insured, Premium, CGST 9%, SGST 9%, Total Premium,
    Mode, UTR in shaded labels); New India Assurance's premium receipt for the shop's shopkeeper's policy (its
    sentence "Received with thanks from ..."; two fields to a row in a table ruled on every side: Receipt No.
    and Date, Policy No. and Period, Premium and GST 18%, Total and Mode, UPI Ref. and Office; a signature);
    ManipalCigna's app with a health renewal's card payment failed in an octagon (the insurer under the app,
    the reason in a notice; Policy No., Premium, Payment ID, Card, Attempted on each value over its label);
    PNB MetLife's mail of a term premium received (its sentence; Policy Number, Plan, Premium, Payment mode,
    Transaction ID, Next due date at the left and the right); Tata AIA Life's app with a premium paid (the
    insurer under the app, "Today, <hour>"; a tile's tick, Premium paid, the sum; Policy No. and Transaction
    ID in tiles; "Paid via UPI AutoPay"; no day); Liberty General's motor renewal payment in process for the
    delivery van (a capsule, a progress bar, a notice; Quote No., Vehicle, Premium, Transaction ID, Mode,
    Initiated on with colons); Zuno General Insurance's marine cargo certificate page for an export
    consignment to Colombo (its sentence; Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total,
    Payment, Transaction ID, Payment Date in a striped table); Canara HSBC Life's SMS of a premium received
    ("Dear Customer, premium of Rs.x/- received for Policy No. ... on <dd-mm-yyyy> through UPI AutoPay. Thank
    you. - Canara HSBC Life"; no reference). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=2400, high=58000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    net = round(j.amount / 1.18, 2)
    half = round(net * 0.09, 2)
    if k in (0, 1):
        j.amount = round(net + 2 * half, 2)
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["The Oriental Insurance Company Limited", "The Oriental Insurance Co. Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Thanjavur  |  Bharat Sookshma Udyam Suraksha")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        rno = f"4217{j.date:%y}{digits(rng, 8)}"
        utr = utr_by(rng, j, "City Union Bank", "NEFT")
        insured = float(rng.randrange(10, 60) * 100000)
        for label_, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno), "status": status}),
            ("Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Policy No.", f"421700/11/{j.date:%Y}/{digits(rng, 5)}", {}),
            ("Insured", FIRM, {}),
            ("Risk Location", f"{WORKSHOP}, 17, Kosavar Street, Karanthai", {}),
            ("Sum Insured", rs(insured), {}),
            ("Premium", num(net), {}),
            ("CGST 9%", num(half), {}),
            ("SGST 9%", num(half), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
            ("Mode", "NEFT", {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            kv(p, label_, value, at=0.36, **facts)
        p.add("small", "Subject to realisation of the premium. Computer generated receipt.")
        return p.done()
    if k == 1:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["The New India Assurance Co. Ltd.", "New India Assurance"])
        top(p, name, merchant=name)
        p.add("small", "Branch Office, Thanjavur  |  Shopkeeper's Policy  |  Premium Receipt")
        p.add("rule")
        p.part = "body"
        sentence(p, f"Received with thanks from {SHOP}, Sannathi Street, the premium below.", status=status)
        p.add("gap")
        rno = f"7128{j.date:%y}{digits(rng, 7)}"
        end = j.date.replace(year=j.date.year + 1) - dt.timedelta(days=1)
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.68, "l"), (0.68, 1.0, "l")]
        grid(
            p,
            "na",
            spec,
            None,
            [
                (
                    ["Receipt No.", rno, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (
                    ["Policy No.", f"71280046{digits(rng, 8)}", "Period", f"to {when(end, '%d/%m/%y')}"],
                    {},
                ),
                (["Premium", num(net), "GST 18%", num(round(j.amount - net, 2))], {}),
                (["Total", rs(j.amount), "Mode", "UPI"], {"amount": j.amount, "method": "UPI"}),
                (["UPI Ref.", j.ref, "Office", "BO Thanjavur"], {"txn": (UTR_RANK, j.ref)}),
            ],
            tint=(230, 236, 246),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Retry payment",))
        band(p, (0, 92, 150))
        app_head(p, "ManipalCigna", "ProHealth  |  Renew policy")
        name = pick(p, "center", ["ManipalCigna Health Insurance Co. Ltd.", "ManipalCigna Health Insurance"])
        p.add("center", name, merchant=name)
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        warn(
            p,
            "The card issuer declined the payment (OTP not entered). Your policy is due for renewal.",
            "error",
        )
        pid = f"MCH{digits(rng, 13)}"
        vlab(p, "Policy No.", f"PROHLT{digits(rng, 9)}", bold=False)
        vlab(p, "Premium", rs(j.amount), amount=j.amount)
        vlab(p, "Payment ID", pid, bold=False, txn=(TXN_RANK, pid))
        vlab(p, "Card", f"Credit card XX{digits(rng, 4)}", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 8000, 42000, 0.5)
        p = mail_page(
            rng,
            font,
            "PNB MetLife <service@pnbmetlife.com>",
            ["Premium received - thank you", "Premium receipt"],
        )
        p.part = "head"
        name = pick(p, "title", ["PNB MetLife India Insurance Company Limited", "PNB MetLife"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        sentence(
            p,
            f"We have received your premium of {rs(j.amount)} on "
            f"{day_in(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}. Your policy continues in force.",
            status=status,
            date=j.date,
        )
        p.add("gap")
        tid = f"PMLI{digits(rng, 11)}"
        kvr(p, "Policy Number", str(digits(rng, 8)))
        kvr(p, "Plan", "PNB MetLife Mera Term Plan Plus")
        kvr(p, "Premium", rs(j.amount), amount=j.amount)
        kvr(p, "Payment mode", "Net Banking", method="netbanking")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Next due date", when(j.date + dt.timedelta(days=365), "%d/%m/%Y"))
        p.add("small", "PNB MetLife India Insurance Co. Ltd., Bengaluru. This is an automated mail.")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 6000, 36000, 0.6)
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("Download receipt",))
        band(p, (0, 70, 140))
        app_head(p, "Tata AIA Life", "My policies")
        name = pick(p, "center", ["Tata AIA Life Insurance Co. Ltd.", "Tata AIA Life Insurance"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        h287.tile(p, status)
        p.add("center", "Premium paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"TAIA{digits(rng, 11)}"
        tiles2(p, ("Policy No.", f"U{digits(rng, 9)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        p.add("small", "Paid via UPI AutoPay", method="UPI")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 9000, 24000, 0.5)
        p = browser_page(rng, font, "www.libertyinsurance.in/motor/renewal/payment-status")
        p.part = "head"
        name = pick(p, "title", ["Liberty General Insurance Ltd.", "Liberty General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Commercial vehicle renewal  |  Payment status")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment in process", status)
        h294.progress(p, 0.5, status)
        warn(
            p,
            "We are waiting for the bank's confirmation. The policy will be issued as soon as it arrives; "
            "please do not pay again.",
            "warn",
        )
        tid = f"LGI{digits(rng, 12)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "lb", spec, "Quote No.:", f"QT{digits(rng, 9)}")
        h271.colkv(
            p, "lb", spec, "Vehicle:", f"TN49{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)} (goods carrier)"
        )
        h271.colkv(p, "lb", spec, "Premium:", rs(j.amount), amount=j.amount)
        h271.colkv(p, "lb", spec, "Transaction ID:", tid, txn=(TXN_RANK, tid))
        h271.colkv(p, "lb", spec, "Mode:", "Net Banking", method="netbanking")
        h271.colkv(
            p,
            "lb",
            spec,
            "Initiated on:",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)),
            date=j.date,
        )
        return p.done()
    if k == 6:
        insured = float(rng.randrange(4, 36) * 50000)
        prem = round(insured * rng.uniform(0.002, 0.005), 2)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = browser_page(rng, font, "www.hizuno.com/marine/certificate/confirmation")
        p.part = "head"
        name = pick(p, "title", ["Zuno General Insurance Ltd.", "Zuno General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Marine Cargo - Single Transit  |  Certificate issued")
        p.add("rule")
        p.part = "body"
        sentence(
            p,
            "Thank you. Your payment was successful and the certificate is attached to your mail.",
            status=status,
        )
        tid = f"ZUN{digits(rng, 12)}"
        zebra(
            p,
            "zu",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Certificate", ""],
            [
                (["Certificate No.", f"MC/{j.date:%y}/{digits(rng, 8)}"], {}),
                (["Voyage", "Chennai Port to Colombo (sea)"], {}),
                (["Sum Insured", rs(insured)], {}),
                (["Premium", num(prem)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total", rs(j.amount)], {"amount": j.amount}),
                (["Payment", "Net Banking (CUB)"], {"method": "netbanking"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            ],
            (40, 40, 120),
        )
        return p.done()
    j.amount = float(rng.randrange(4000, 30000))
    text = (
        f"Dear Customer, premium of Rs.{num(j.amount, 'indian', 0)}/- received for Policy No. "
        f"{digits(rng, 9)} on {when(j.date, '%d-%m-%Y')} through UPI AutoPay. Thank you. - Canara HSBC Life"
    )
    p = sms_page(rng, font, "VM-CHLIFE", text, j.date)
    p.add(
        "left", text, merchant="Canara HSBC Life", amount=j.amount, date=j.date, method="UPI", status=status
    )
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("THANJAI BOMMAI KADAI", "SANNATHI ST, THANJAVUR", "CITY UNION BANK", "pine"),
    ("THANJAI BOMMAI KADAI - MYLAPORE", "N MADA ST, MYLAPORE", "INDIAN BANK", "mswipe"),
    ("HOTEL MYLAI PALACE", "LUZ CHURCH RD, CHENNAI", "WORLDLINE", "worldline"),
    ("CHENNAI ART HOUSE", "ANNA SALAI, CHENNAI", "HDFC BANK", "declined"),
    ("IRCTC", "", "", "irctc"),
    ("SARAVANA CRAFT STORES", "", "Axis Bank", "sms"),
    ("POORVIKA MOBILES", "Thanjavur", "SBI Card", "cardapp"),
    ("SRI KRISHNA BHAVAN MEALS", "GANDHIJI ROAD, THANJAVUR", "DotPe", "restaurant"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the shop's and the Mylapore stall's terminals and the firm's cards elsewhere: Pine Labs' SALE
    slip on City Union Bank's terminal at Thanjai Bommai Kadai (DATE and TIME on a line, MID, TID, BATCH NO
    and INVOICE NO on a line, the card's number, CARD TYPE, APPR CODE, RRN; TOTAL; APPROVED, PIN VERIFIED OK,
    CARDHOLDER COPY); Mswipe's slip on Indian Bank's terminal at the Mylapore golu stall in the golu season
    with the host not answering (CARD SALE; DATE, TIME, TID, INV NO, CARD, AMOUNT; STATUS : PENDING, HOST NOT
    RESPONDING, DO NOT REPEAT THE TRANSACTION); Worldline's CHARGE SLIP at a Chennai hotel (each label and its
    value after a colon: Date, Time, MID, TID, Batch and Invoice, Card, Auth Code, RRN, Amount; TXN APPROVED);
    HDFC Bank's slip at a Chennai art store NOT APPROVED (55 INCORRECT PIN, NO AMOUNT DEBITED); IRCTC's
    booking confirmation for the Thanjavur - Chennai Egmore journey to the stall paid by card (Booking
    confirmed. Payment successful.; PNR, Train, Date of Journey, Passengers, Ticket Fare, Convenience Fee,
    Total Amount, Paid by, Transaction ID, Booked on in dot leaders); Axis Bank's SMS of a spend on the firm's
    credit card ("Spent INR x Axis Bank Card no. XX1234 <dd-mm-yy> <hh:mm:ss> <MERCHANT> Avl Lmt INR y ...";
    no reference); SBI Card's app with a spend at a mobile store ("Today, <hour>"; the merchant's line and its
    town, the sum, Approved; Card and Reference No. in tiles; Category; no day); a Thanjavur meals
    restaurant's TAX INVOICE from DotPe settled by card (Bill No, Date and Table; the dishes; Sub Total, CGST
    2.5%, SGST 2.5%, Grand Total; "Paid by Card", the card and its Appr. code). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=600, high=46000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "mswipe":
        in_season(j, rng, MYLAI, MYLAI_DAYS)
    if layout in ("declined", "worldline", "mswipe", "sms", "cardapp"):
        j.amount = rupees(rng, 900, 18000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        limit = num(rupees(rng, 30000, 360000), "indian")
        text = (
            f"Spent INR {num(j.amount, 'indian')} Axis Bank Card no. XX{last4} "
            f"{when(j.date, '%d-%m-%y')} {t} {name} Avl Lmt INR {limit} Not you? SMS BLOCK {last4} to "
            "919951860002 - Axis Bank"
        )
        p = sms_page(rng, font, "AX-AXISBK", text, j.date)
        hour, minute = int(t[:2]), t[3:5]
        p.style["h106"]["time"] = f"{(hour - 1) % 12 + 1:02d}:{minute} {'pm' if hour >= 12 else 'am'}"
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction"], dark=rng.random() < 0.5, buttons=("Raise a dispute",))
        app_head(p, "SBI Card", "Transactions")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Approved", status=status)
        p.add("gap")
        ref = f"{digits(rng, 4)}{code(rng, 3, UPPER)}{digits(rng, 5)}"
        tiles2(
            p,
            ("Card", f"SBI Card {masked(p.font)}{last4}"),
            ("Reference No.", ref),
            txn=(TXN_RANK, ref),
            method="card",
        )
        kvr(p, "Category", "Electronics")
        return p.done()
    if layout == "irctc":
        in_season(j, rng, MYLAI - dt.timedelta(days=40), 36)
        fare = float(rng.choice([385, 440, 780, 1110, 1575]) * rng.randrange(1, 4))
        fee = 35.4
        j.amount = round(fare + fee, 2)
        p = browser_page(rng, font, "www.irctc.co.in/nget/booking/confirmation")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Indian Railway Catering and Tourism Corporation  |  Booking confirmation")
        p.add("rule")
        p.part = "body"
        p.add("center", "Booking confirmed. Payment successful.", status=status)
        p.add("gap")
        pnr = str(rng.randrange(4000000000, 4999999999))
        tref = f"10{digits(rng, 8)}"
        journey = MYLAI - dt.timedelta(days=rng.randrange(1, 3))
        dots(p, "PNR", pnr, at=0.42, txn=(ORDER_RANK, pnr))
        dots(p, "Train", "16866 Uzhavan Exp  TJ - MS", at=0.42)
        dots(p, "Date of Journey", when(journey, "%d-%b-%Y"), at=0.42)
        dots(p, "Passengers", str(rng.randrange(1, 4)), at=0.42)
        dots(p, "Ticket Fare", num(fare), at=0.42)
        dots(p, "Convenience Fee", num(fee), at=0.42)
        dots(p, "Total Amount", f"Rs. {num(j.amount)}", at=0.42, bold=True, amount=j.amount)
        dots(p, "Paid by", f"{scheme} Credit Card XX{last4}", at=0.42, method="card")
        dots(p, "Transaction ID", tref, at=0.42, txn=(TXN_RANK, tref))
        dots(p, "Booked on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=0.42, date=j.date)
        return p.done()
    p = roll_of(rng, font, [440, 470, 500], [17, 18])
    if rng.random() < 0.5:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    if layout == "restaurant":
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", f"Pure vegetarian  |  {town}")
        p.add("small", f"GSTIN {gstin_in(rng, '33', 'F')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = str(rng.randrange(1200, 9999))
        p.pair("Bill No", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        p.pair("Table", f"T{rng.randrange(1, 24)}")
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Thanjavur meals", 180),
                ("Ghee roast dosai", 120),
                ("Kumbakonam degree coffee", 45),
                ("Pongal vadai", 95),
                ("Paruppu payasam", 70),
                ("Curd rice", 90),
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
        p.add("left", "Paid by Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Appr. {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Ordered and paid on DotPe")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    if layout == "pine":
        p.add("small", "Pine Labs Plutus")
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pine":
        p.add("center", "SALE")
        p.add("rule")
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "pn", spec, f"DATE:{when(j.date, '%d/%m/%y')}", f"TIME:{t}", date=j.date)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        cols(p, "pn", spec, f"BATCH NO:{batch[-4:]}", f"INVOICE NO:{inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"XXXX XXXX XXXX {last4}", method="card")
        p.pair("CARD TYPE", f"{scheme} CHIP")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK. SIGNATURE NOT REQUIRED")
        p.add("small", "*** CARDHOLDER COPY ***")
    elif layout == "mswipe":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INV NO", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "STATUS : PENDING", status=status)
        p.add("center", "HOST NOT RESPONDING")
        p.add("small", "DO NOT REPEAT THE TRANSACTION")
        p.add("small", "Powered by Mswipe")
    elif layout == "worldline":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        p.add("left", f"Date : {when(j.date, '%d %b %Y')}", date=j.date)
        p.add("left", f"Time : {t[:5]}")
        p.add("left", f"MID : {mid[:12]}")
        p.add("left", f"TID : {tid}")
        p.add("left", f"Batch : {batch[-3:]}  Invoice : {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"Card : {scheme} **{last4}", method="card")
        p.add("left", f"Auth Code : {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("left", f"Amount : {fmt(j.amount)}", amount=j.amount)
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "Guest signature not required")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "NOT APPROVED", status=status)
        p.add("center", "55 INCORRECT PIN")
        p.add("small", "NO AMOUNT DEBITED")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


TNPDCL = "Tamil Nadu Power Distribution Corporation Ltd."
TNPDCL_TA = "தமிழ்நாடு மின் பகிர்மானக் கழகம்"
AQUA = "SRI AMMAN AQUA"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the shop's bills: TNPDCL's online payment receipt for the workshop under its Tamil
    name (Service No., Name, Region, Bill Month, Amount, Receipt No., Transaction ID, Bank Ref. No., Payment
    Date, Mode in a striped table); MyJio's JioFiber bill paid for the shop under a large tick (the company
    under the app, the sum set large; Account No., Transaction ID, Paid on, Paid via each value over its
    label); Dish TV's recharge mail (its sentence; VC No., Recharge Amount, Transaction ID, Recharge Date,
    Payment Mode, Pack against a gutter); HP Pay's refill of a commercial cylinder for the kiln pending in an
    octagon's three dots ("for HP Gas", a notice; Booking No., Distributor, Amount, Payment, Initiated on at
    the left and the right); IDFC FIRST Bank FASTag's recharge for the delivery van failed on a tinted band
    (the tag's bank under the app, the reason in a notice; Vehicle No., Tag ID, Amount, Transaction Ref.,
    Mode, Attempted on in dot leaders); Hathway's broadband bill paid on a scalloped badge (the company under
    the app, "Today, <hour>"; Payment successful, the sum; Customer ID and Transaction ID in tiles; Paid via;
    no day); Bharat BillPay's receipt for the Thanjavur Corporation's water charges (a Successful capsule;
    Biller Name, Consumer No., Bill Amount, Customer Convenience Fee, Total Amount, B-Connect Txn ID, Payment
    Mode, Date & Time in a table ruled on every side); a water can supplier's MONTHLY CAN CARD for the
    workshop (the supplier on top; Name and Month written in; the days' cans written in ruled columns, Total;
    "Recd. cash on <day>" and his initials; no reference). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=300, high=16000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "www.tnebltd.gov.in/BillStatus/receipt")
        p.part = "head"
        ta(p, TNPDCL_TA, bold=True)
        name = pick(p, "title", [TNPDCL, "TNPDCL"])
        top(p, name, merchant=name)
        p.add("small", "Online Payment Receipt  |  Thanjavur Region")
        p.add("rule")
        p.part = "body"
        rno = f"R{j.date:%y%m}{digits(rng, 8)}"
        tid = f"TNPD{digits(rng, 12)}"
        bref = str(digits(rng, 12))
        zebra(
            p,
            "tp",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Receipt", ""],
            [
                (
                    ["Service No.", f"09-{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{digits(rng, 4)}"],
                    {},
                ),
                (["Name", OWNER_CAPS], {}),
                (["Region", "Thanjavur / Karanthai section"], {}),
                (["Bill Month", j.month(1)], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "status": status}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Mode", "Net Banking"], {"method": "netbanking"}),
            ],
            (0, 90, 60),
        )
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([1178, 1414, 2006, 2360]))
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Done",))
        band(p, (10, 40, 140))
        app_head(p, "MyJio", "JioFiber  |  Pay bill")
        name = pick(p, "center", ["Reliance Jio Infocomm Ltd.", "Reliance Jio Infocomm"])
        p.add("center", name, merchant=name)
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        tid = f"BR{digits(rng, 14)}"
        vlab(p, "Account No.", f"4{digits(rng, 9)}", bold=False)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([299, 349, 459, 599, 790]))
        p = mail_page(
            rng, font, "Dish TV <noreply@dishtv.in>", ["Recharge successful", "Your Dish TV recharge"]
        )
        p.part = "head"
        name = pick(p, "title", ["Dish TV India Ltd.", "Dish TV"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Subscriber,")
        vc = str(digits(rng, 11))
        sentence(
            p,
            f"Your recharge of {rs(j.amount)} for VC No. {vc} is successful. Enjoy watching!",
            status=status,
        )
        p.add("gap")
        tid = f"DTV{digits(rng, 12)}"
        gutter(p, "dt", "VC No.", vc, at=0.4)
        gutter(p, "dt", "Recharge Amount", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "dt", "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        gutter(p, "dt", "Recharge Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        gutter(p, "dt", "Payment Mode", f"Debit Card XX{digits(rng, 4)}", at=0.4, method="card")
        gutter(p, "dt", "Pack", "Tamil Super Family HD", at=0.4)
        p.add("small", "Dish TV India Ltd. This is an automated mail; please do not reply.")
        return p.done()
    if k == 3:
        j.amount = round(rng.uniform(1710, 1990), 2)
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Check status",))
        band(p, (0, 84, 164))
        app_head(p, "HP Pay", "Commercial 19 kg  |  Refill")
        h294.octa(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("center", "for HP Gas", merchant="HP Gas")
        warn(
            p,
            "Your bank has not confirmed the payment yet. The refill stays booked; please do not pay again.",
            "warn",
        )
        bno = f"HP{digits(rng, 10)}"
        kvr(p, "Booking No.", bno, txn=(ORDER_RANK, bno))
        kvr(p, "Distributor", "Sri Vijaya HP Gas")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment", "UPI", method="UPI")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = phone(rng, font, k, ["", "FASTag"], dark=False, buttons=("Retry",))
        band(p, (156, 30, 46))
        app_head(p, "IDFC FIRST Bank FASTag", "Recharge")
        name = pick(p, "center", ["IDFC FIRST Bank FASTag", "IDFC FIRST FASTag"])
        p.add("center", name, merchant=name)
        h269.strip(p, "Recharge failed", status)
        warn(p, "The UPI app did not confirm the payment in time. No money has been debited.", "error")
        tref = f"FT{digits(rng, 12)}"
        dots(p, "Vehicle No.", f"TN49{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}", at=0.4)
        dots(p, "Tag ID", f"34161FA82032{code(rng, 10, HEXU)}", at=0.3)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Transaction Ref.", tref, at=0.4, txn=(TXN_RANK, tref))
        dots(p, "Mode", "UPI", at=0.4, method="UPI")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.4, date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([708, 944, 1180, 1652]))
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Done",))
        band(p, (0, 120, 190))
        app_head(p, "Hathway", "Broadband  |  Pay bill")
        name = pick(p, "center", ["Hathway Cable & Datacom Ltd.", "Hathway Broadband"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"HW{digits(rng, 12)}"
        tiles2(p, ("Customer ID", f"TNJ{digits(rng, 7)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "Net Banking (CUB)", method="netbanking")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([360, 540, 720, 900, 1080]))
        p = browser_page(rng, font, "www.bharatbillpay.com/receipt")
        p.part = "head"
        top(p, "Bharat BillPay")
        p.add("small", "Transaction Receipt  |  Water charges")
        p.add("rule")
        p.part = "body"
        pill(p, "Successful", status)
        p.add("gap")
        ref = bbps_ref(rng, j.date)
        biller = "Thanjavur City Municipal Corporation - Water"
        grid(
            p,
            "bb",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Biller Name", biller], {"merchant": biller}),
                (["Consumer No.", f"W{rng.randrange(10, 51):02d}{digits(rng, 6)}"], {}),
                (["Bill Amount", rs(j.amount)], {}),
                (["Customer Convenience Fee", rs(0.0)], {}),
                (["Total Amount", rs(j.amount)], {"amount": j.amount}),
                (["B-Connect Txn ID", ref], {"txn": (TXN_RANK, ref)}),
                (["Payment Mode", "UPI"], {"method": "UPI"}),
                (["Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
            ],
            tint=(240, 230, 210),
        )
        return p.done()
    p = leaf(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(244, 248, 250), (250, 248, 240)])
    p.part = "head"
    top(p, AQUA, merchant=AQUA)
    p.add("small", "20 litre drinking water cans  |  Karanthai, Thanjavur")
    p.add("center", "MONTHLY CAN CARD")
    p.part = "body"
    fills(p, "Name", "Ponniah Bommai (workshop)")
    fills(p, "Month", j.month(1))
    spec = [(0.0, 0.34, "l"), (0.34, 0.62, "c"), (0.64, 1.0, "r")]
    cols(p, "aqh", spec, "Date", "Cans", "Rs.", mode="line")
    start = len(p.rows)
    rate = rng.choice([30, 35, 40])
    month_start = (j.date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    j.amount = 0.0
    for d in sorted(rng.sample(range(1, 28), rng.randrange(5, 9))):
        cans = rng.randrange(2, 7)
        hcells(p, spec, when(month_start.replace(day=d), "%d/%m"), str(cans), str(cans * rate))
        j.amount += cans * rate
    j.amount = float(j.amount)
    hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.34, 0.63])
    p.add("gap")
    writes(
        p,
        f"Recd. cash on {day_in(j, rng, ['%d/%m/%Y', '{d}/%m/%y'])} - R.M.",
        method="cash",
        status=status,
        date=j.date,
    )
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("City Union Bank", "VM-CUBANK", "TRICHY CARTONS AND PACK", "UPI", "sms"),
    ("Indian Overseas Bank", "BZ-IOBCHN", "SRI BALAJI GOLD FOILS", "NEFT", "sms"),
    ("Tamilnad Mercantile Bank", "AD-TMBANK", "SRI KAMATCHI METAL MAR", "RTGS", "sms"),
    ("Federal Bank", "JM-FEDBNK", "ASIAN ENAMEL PAINTS ST", "IMPS", "sms"),
    ("Tamil Nadu Grama Bank", "VK-TNGBNK", "P SEKAR", "UPI", "tamil"),
    ("South Indian Bank", "", "ST COURIER PVT LTD", "NEFT", "mail"),
    ("Punjab National Bank", "VM-PNBSMS", "SRI MURUGAN PAPER MAR", "IMPS", "truecaller"),
    ("UCO Bank", "", "M RAJARAM MOULDS", "NEFT", "inbox"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: SMS in City Union Bank's ("Your a/c no. XXXXXX1234 is debited
    for Rs.x on <dd-mm-yyyy> and credited to <PAYEE> (UPI Ref no ...) -CUB"), Indian Overseas Bank's ("Your
    A/c XXXXX1234 debited INR x on <dd-Mon-yyyy> by NEFT to <PAYEE>. UTR: ... Avl Bal INR y -IOB"), Tamilnad
    Mercantile Bank's ("TMB: Your RTGS of Rs.x to <PAYEE> dated <dd/mm/yy> is in process. UTR ...") and
    Federal Bank's ("Your IMPS of Rs.x to <PAYEE> initiated on <dd-mm-yyyy> has failed. Ref No ... Amount, if
    debited, will be refunded. -Federal Bank") wordings; Tamil Nadu Grama Bank's SMS in Tamil in a card in the
    phone's messages thread under its day divider ("உங்கள் கணக்கு XX1234 இலிருந்து <dd-mm-yyyy> அன்று UPI
    மூலம் <PAYEE> க்கு ரூ. x பற்று வைக்கப்பட்டது. குறிப்பு எண் ... -TNGB" (from your account XX1234 on <day>
    Rs. x was debited by UPI to <PAYEE>; reference number ...)); South Indian Bank's mail ("Your account
    XX1234 has been debited by INR x on <dd/mm/yyyy> towards NEFT to <PAYEE>. Available balance ..."; no
    reference); Punjab National Bank's SMS under Truecaller's card in its inbox (the card: Debited and the
    day, the sum set large, "To <PAYEE>", Ref No.; the SMS under it: "Ac XX1234 debited INR x dt <dd-mm-yy>
    thru IMPS to <PAYEE> Ref ... -PNB"); UCO Bank's UCO mBanking Plus notifications (its Debit alert under
    "Just now": "Rs.x debited from A/c XX1234 towards NEFT to <PAYEE>. UTR ..."; older notices under it; no
    day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 500, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 205000, 430000, 0.5)
    if frame == "mail":
        j.amount = rupees(rng, 3000, 22000, 0.5)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 30000, 900000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_by(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if bank == "City Union Bank":
            text = (
                f"Your a/c no. XXXXXX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%m-%Y')} and "
                f"credited to {to} (UPI Ref no {utr}) -CUB"
            )
        elif bank == "Indian Overseas Bank":
            text = (
                f"Your A/c XXXXX{tail4} debited INR {amt} on {when(j.date, '%d-%b-%Y')} by NEFT to {to}. "
                f"UTR: {utr} Avl Bal INR {bal} -IOB"
            )
        elif bank == "Tamilnad Mercantile Bank":
            text = (
                f"TMB: Your RTGS of Rs.{amt} to {to} dated {when(j.date, '%d/%m/%y')} is in process. "
                f"UTR {utr}. Call 1800 425 0426 for help."
            )
        else:
            text = (
                f"Your IMPS of Rs.{amt} to {to} initiated on {when(j.date, '%d-%m-%Y')} has failed. "
                f"Ref No {utr}. Amount, if debited, will be refunded. -Federal Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "tamil":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"உங்கள் கணக்கு XX{tail4} இலிருந்து {when(j.date, '%d-%m-%Y')} அன்று UPI மூலம் {to} க்கு "
            f"ரூ. {amt} பற்று வைக்கப்பட்டது. குறிப்பு எண் {utr} -TNGB"
        )
        h273.tam_wrap(p, text, scale=0.95, **facts)
        aside(p, hhmm(rng, lower=True))
        card_close(p, s_)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "South Indian Bank <alerts@sib.co.in>", ["Debit alert", "Transaction alert - NEFT"]
        )
        p.part = "head"
        top(p, "South Indian Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        sentence(
            p,
            f"Your account XX{tail4} has been debited by INR {amt} on {when(j.date, '%d/%m/%Y')} towards "
            f"NEFT to {to}. Available balance: INR {bal}.",
            **facts,
        )
        p.add("gap")
        sentence(p, "If you have not done this transaction, please call 1800 425 1809 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "The South Indian Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "truecaller":
        p = phone(rng, font, k, ["Messages"], dark=rng.random() < 0.4, buttons=())
        p.part = "head"
        p.add("title", "Truecaller")
        p.add("small", f"Inbox  |  {sender}")
        p.part = "body"
        p.add("gap")
        c = card_open(p)
        cols(
            p,
            "tc0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            "Debited",
            when(j.date, "{d} %b %Y"),
            mode="soft",
            status=status,
            date=j.date,
        )
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("left", f"To {to}", merchant=to)
        p.add("small", f"Ref No. {utr}", txn=(UTR_RANK, utr), method=method)
        card_close(p, c)
        p.add("gap")
        sentence(
            p,
            f"Ac XX{tail4} debited INR {amt} dt {when(j.date, '%d-%m-%y')} thru IMPS to {to} Ref {utr}. "
            "Not you? Call 18001802222 -PNB",
        )
        aside(p, hhmm(rng, lower=True), align="r")
        return p.done()
    p = phone(rng, font, k, ["Notifications"], dark=False, buttons=())
    band(p, (0, 82, 160))
    app_head(p, "UCO mBanking Plus", "Notifications")
    p.add("gap")
    c = card_open(p)
    cols(p, "uc0", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "Debit alert", "Just now", mode="soft")
    sentence(p, f"Rs.{amt} debited from A/c XX{tail4} towards NEFT to {to}. UTR {utr}.", **facts)
    card_close(p, c)
    p.add("gap")
    for head_, note_ in rng.sample(
        [
            ("Offer", "Pre-approved gold loan up to Rs. 5 lakh. Apply in the app."),
            ("Security", "Never share your MPIN or OTP with anyone, even bank staff."),
            ("Service", "Your cheque book request has been dispatched."),
        ],
        2,
    ):
        c = card_open(p)
        cols(
            p,
            "uc1",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            head_,
            f"{rng.randrange(2, 9)} days ago",
            mode="soft",
        )
        sentence(p, note_)
        card_close(p, c)
        p.add("gap")
    return p.done()

"""The twelve heldout303 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Pembarthi sheet-metal brassware craftsmen's firm's year of 2026 in Jangaon
district, Telangana (Sri Vishwakarma Pembarthi Metal Crafts, Kasoju Brahmanandam's proprietary firm, whose
Vishwabrahmin craftsmen in its workshop at Pembarthi, Vishwakarma Karyashala, beat brass, copper and silver
sheet up from the back on a bed of pitch and chase it from the front into embossed plates and panels,
Ashtalakshmi and Ganesha plates, vases, kalasams, lamps and mementos, and temple ornaments: kavachams, makara
thoranams, prabhas and the brass cladding of a dhwaja stambham; its showroom on Gunfoundry Road, Abids,
Hyderabad, Pembarthi Brass Gallery; its stall at the Numaish, Nampally, in January and February; its
corporate-gift and temple orders; the web shop pembarthibrass.in; temple stores, gift shops and decorators
abroad), told by the proofs of payment it receives (buyers' PhonePe in Telugu, CRED, BHIM, Amazon Pay, iMobile
Pay, Navi and Fi screens and Paytm for Business on the showroom's phone; Golkonda Handicrafts' advice, the
Vemulawada temple's payment order, NetSuite, Kotak FYN, Zoho Cliq, Telangana's IFMIS, Axis Bank's Corporate
iConnect and a plain-text mail; Bank of America, CIMB, Standard Bank, Kiwibank, Bank Muscat, NatWest, QNB and
Revolut Business; its own tax invoice, HDFC Bank's SmartGateway, a temple order's advance receipt in Telugu,
Instamojo, the Numaish cash memo, Easebuzz, a money receipt by cheque and Khatabook) and those it makes (a
Jagadhri rolling mill's e-invoice with a sticky note, a blacksmith's chit in a Telugu hand, TGSRTC Logistics,
IndiaMART, an Old City plater's bill under its Urdu name, Flipkart, Zoho Invoice and a Begum Bazar kachcha
bill; TGB mBanking, Vyom, OnlineSBI, Canara ai1, HDFC Bank, IndOASIS, the Warangal DCCB's form and Axis
Mobile; a piece work account on a brass sheet, RazorpayX Payroll, WhatsApp Pay, slice, bob World, POP, a
TallyPrime voucher and a polisher's receipt; GHMC, MeeSeva, the Commercial Taxes Department, ESIC, the Income
Tax Department, Intellectual Property India, T Wallet and Gram Panchayat Pembarthi; eight insurers; cards on
the showroom's and the stall's terminals, at a hotel, a hardware mart, a filling station, in ICICI Bank's SMS,
on OneCard's app and on a restaurant's bill; TGNPDCL, HMWSSB, Bhagyanagar Gas, BSNL, ACT Fibernet, Airtel, an
Indane cash memo and TGSPDCL; the banks' SMS, a Telugu SMS, a mail and a phone's notification history). Every
row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the
page keeps. Headings, footers, the units' lines, salutations, Telugu, Hindi and Urdu lines (but a bank's SMS
in Telugu, whose figures and payee carry the facts, a numbered field's value and a Telugu hand's sums and
"received"), items, pieces, kilograms, rates, GST, TDS, fees, commissions, charges, late fees, balances,
order values, advances still due, sums insured, converted sums, periods, months, bill and wage months,
licence, assessment and financial years, invoice, bill, due, cheque, ack and joining days, account, policy,
proposal, consumer, service, CAN, BP, user, employee, application, licence, PTEC, token, DDO, LR, vehicle,
mobile and card numbers, IRNs and Ack Nos., PAN, GSTIN, UAN, IFSC, SWIFT/BIC codes, UPI IDs, bills named on
an advice or a receipt, other messages and notifications, a soundbox's announcement, embossed plates,
repousse beading, brass off-cuts, the brass sheet and the punch a page lies by, stages, progress bars,
notices, tiles, octagons, stamps, seals, a sticky note, ticks, signatures and initials carry no fact. ``Job``
is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page``
heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's;
``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and
``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``,
``total``, ``strip``, ``sms_page``, ``mono``, ``qr``, ``seal``, ``ticks``, a roll's torn edges), heldout271's
(``grid``, ``gkv``, ``dots``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``rstamp``, ``slipline``, rounded
cards), heldout273's (``hcells``, ``ledger``, ``panel``, ``pill``, ``track``, ``field``, ``tick``),
heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``sticky``, ``bahi``, a chat's payment card),
heldout277's (``bigsum``, its whole units cut from the sum, never rounded up, and ``urdu``), heldout279's
(``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, ``spinner``, ``redno``),
heldout287's (a Devanagari line, here for Hindi, ``notice``, ``tile``, ``burst``, ``oval``, ``tiles2``,
``vlab``, ``copyrow``, ``speaker``, ``sheet_open``), heldout289's (``chip``, ``steps``, ``revenue``,
``carbon``) and heldout294's (Telugu lines, sentences, hand and an Andhra form's numbered fields, ``octa``,
``progress``), written in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's
to heldout301's), each page's rows drawn by heldout294's ``_render`` (and heldout289's, 287's, 279's, 277's,
275's, 273's, 271's, 269's and heldout14's beneath it) and then by this set's own ``_render`` in the lines it
leaves for them: an embossed brass plate as a letterhead's emblem (a rim of raised beads between two ridges,
a ground matted with a punch's dots, a lotus or a kalasam raised in its middle, lit from the upper left); a
strip of repousse beading as a divider (raised pearls between two ridges, a chased diamond between each two,
the brass's sheen); brass off-cuts and filings in a page's margins; and, after the frame, the sheet of brass
a page is photographed lying on (the planishing hammer's dimples, a band of half-beaten pearls along its
foot, a steel chasing punch beside the page, the page's shadow, the page a little askew). The pages' layouts
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
from bench.receipt_sets.heldout273_families import field, hcells, ledger, panel, pill, track
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout300's and
# heldout301's
PENS = [
    "freefont/FreeSansOblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "liberation/LiberationSans-Italic.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
]
INKS = [(24, 34, 122), (44, 30, 90), (36, 36, 42), (10, 64, 104), (104, 30, 36)]
# the faces a page's fixed-width lines are printed in (a billing program's roll, a kiosk's, a bank's)
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
# brass as it comes off the rolling mill and as the polisher leaves it, and silver sheet
BRASS = [(206, 164, 78), (192, 148, 62), (218, 178, 96)]
SILVERY = [(196, 198, 202), (182, 186, 192)]

# ---------------------------------------------------------------- the firm

FIRM = "Sri Vishwakarma Pembarthi Metal Crafts"
FIRM_CAPS = FIRM.upper()
FIRM_TE = "శ్రీ విశ్వకర్మ పెంబర్తి మెటల్ క్రాఫ్ట్స్"
# the firm's name as a bank's beneficiary field cuts it
CUT = "SRI VISHWAKARMA PEMBARTHI"
SHOP = "Pembarthi Brass Gallery"
SHOP_CAPS = SHOP.upper()
SHOP_TE = "పెంబర్తి బ్రాస్ గ్యాలరీ"
WORKSHOP = "Vishwakarma Karyashala"
WEB = "pembarthibrass.in"
GSTIN = "36AQKPK5291L1ZB"
PAN = "AQKPK5291L"
UDYAM = "UDYAM-TS-11-0048273"
PROP = "Kasoju Brahmanandam"
OWNER_CAPS = "KASOJU BRAHMANANDAM"
SON = "Kasoju Sai Teja"
KEEPER = "Chinthala Swapna"
ADDRESS = "4-112, Vishwakarma Colony, Pembarthi, Jangaon Dist., Telangana - 506167"
TOWN = "Pembarthi, Jangaon Dist. - 506167"
SHOP_AT = "7, Gunfoundry Road, Abids, Hyderabad - 500001"
BANK_LINE = "State Bank of India, Jangaon Branch"
BANK_CAPS = "STATE BANK OF INDIA, JANGAON, INDIA"
BIC = "SBININBB412"
IFSC_OWN = "SBIN0002741"
# the All India Industrial Exhibition (Numaish) at Nampally, Hyderabad, 1 January to 15 February 2026 (the
# firm's stall B-214); Dasara (the craftsmen's bonus is paid in the fortnight before it)
NUMAISH = dt.date(2026, 1, 1)
NUMAISH_DAYS = 46
STALL = "Stall B-214, Numaish, Nampally, Hyderabad"
DASARA = dt.date(2026, 10, 20)
IFSC = {
    "State Bank of India": "SBIN",
    "Telangana Grameena Bank": "TGBH",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "Indian Bank": "IDIB",
    "Axis Bank": "UTIB",
    "ICICI Bank": "ICIC",
    "Bank of Baroda": "BARB",
    "Kotak Mahindra Bank": "KKBK",
    "Karnataka Bank": "KARB",
    "Punjab National Bank": "PUNB",
    "Federal Bank": "FDRL",
    "The Warangal District Co-operative Central Bank": "TSAB",
}
# the firm's work sold: name, HSN, price each (low, high)
WORKS = [
    ("Embossed brass wall plate, Ganesha, 12 in", "8306", 1800, 4200),
    ("Ashtalakshmi panel, brass repousse, 24 x 12 in", "8306", 9500, 24000),
    ("Brass flower vase, repousse, 10 in", "8306", 1400, 3600),
    ("Memento, embossed brass on teak, Charminar", "8306", 650, 1800),
    ("Kalasam, brass, embossed, 8 in", "8306", 2200, 5200),
    ("Peacock wall hanging, brass repousse", "8306", 3200, 7800),
    ("Tirupati Balaji frame, brass, silver-plated", "8306", 2600, 6800),
    ("Pooja thali, brass, embossed rim, 12 in", "8306", 1200, 3400),
    ("Deepam, brass, embossed stand, 18 in", "8306", 2400, 6400),
    ("Kakatiya Kala Thoranam memento, brass", "8306", 900, 2400),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Embossed brass wall plate, Ganesha, 12 in": "Ganesha plate 12in",
    "Ashtalakshmi panel, brass repousse, 24 x 12 in": "Ashtalakshmi panel",
    "Brass flower vase, repousse, 10 in": "Flower vase 10in",
    "Memento, embossed brass on teak, Charminar": "Memento Charminar",
    "Kalasam, brass, embossed, 8 in": "Kalasam 8in",
    "Peacock wall hanging, brass repousse": "Peacock hanging",
    "Tirupati Balaji frame, brass, silver-plated": "Balaji frame",
    "Pooja thali, brass, embossed rim, 12 in": "Pooja thali 12in",
    "Deepam, brass, embossed stand, 18 in": "Deepam 18in",
    "Kakatiya Kala Thoranam memento, brass": "Thoranam memento",
}
CUSTOMERS = [
    "Mrs. Sravani Reddy",
    "Mr. Venkat Ramana Rao",
    "Ms. Harika Goud",
    "Mr. Abdul Rahman Siddiqui",
    "Mrs. Lakshmi Prasanna",
    "Dr. Kiran Kumar Naidu",
    "Mr. Rajesh Agarwal",
]
# the craftsmen (Vishwabrahmins of Pembarthi) who beat, chase and finish the sheet, the polishers, the
# showroom's staff
CRAFTSMEN = [
    "Ojja Ramachary",
    "Chilukoju Narsimha Chary",
    "Kasoju Srinivas",
    "Vadla Yadagiri",
    "Bhoga Sathaiah",
    "Kamsali Ramulu",
    "Rudroju Lakshmi",
    "Malloju Padma",
]
STAFF = ["Syed Imran", "Bandari Swathi"]


def pieces(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = 1 if lo >= 8000 else rng.randrange(1, 4)
        if "Memento" in name or "memento" in name:
            q = rng.randrange(10, 61)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 3000 else 50))))
    return out


def move_to(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Numaish's, Dasara's), its UPI / card reference made again for it."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def gst_no(rng: random.Random, state: str = "36", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def in_words(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.3, 0.7) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(18, 720), len(shares))
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 6, 70)
        out.append((f"{prefix}/{fy(day)}/{numbers[i]:03d}", day, v))
    return out


def rupee_sign(font: str) -> str:
    """The rupee's sign where the face and its bold draw it, else Rs."""
    return "\u20b9" if glyphs(font, "\u20b9") and glyphs(bold_of(font), "\u20b9") else "Rs."


def bullets(font: str, n: int = 2) -> str:
    return sign(font, "\u2022", "*") * n


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h303", {"marks": {}, "decor": [], "frame": None})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own rows (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def pen(p: Screen) -> str:
    """The page's hand (this set's pens, in heldout271's slot so every filled-in row writes in it)."""
    x = h271.ext(p)
    if "pen" not in x:
        x["pen"] = p.rng.choice(PENS)
    if "pen_ink" not in x:
        x["pen_ink"] = list(p.rng.choice(INKS))
    return x["pen"]


def boxes_in_pen(p: Screen) -> None:
    """heldout269's pen slot (its boxed fields and tick boxes write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = pen(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


def mono_face(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def sheet(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    pen(p)
    mono_face(p)
    return p


def roll(rng: random.Random, font: str, widths: list[int], sizes: list[int]) -> Screen:
    """A thermal roll or a slip: a narrow paper page, its hand and fixed-width face this set's."""
    p = screen(rng, font, width=rng.choice(widths), size=rng.choice(sizes))
    paper(p, rng)
    pen(p)
    mono_face(p)
    return p


def hand(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    pen(p)
    h271.hand(p, text, align=align, **facts)


def filled(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    pen(p)
    h271.fill(p, label, value, tail=after, **facts)


def mono(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    mono_face(p)
    tt(p, text, scale=scale, **facts)


def lines_for(
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
    for n_, line in enumerate(lines_for(p, text, scale)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lab03", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab03"] = 0.77
    h269.row(p, "lab03", text, **facts)


def quiet(p: Screen, text: str, **facts) -> None:
    """A line in small letters in the label's ink set to the left (a note, a second line under a name), in
    as many lines as it needs (the facts on the first)."""
    h269.kind(p, "qt03", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["qt03"] = 0.8
    for n_, line in enumerate(lines_for(p, text, 0.8, 0.95)):
        h269.row(p, "qt03", line, **(facts if n_ == 0 else {}))


def telugu(p: Screen, text: str, **kw) -> None:
    """heldout294's Telugu line (a name over its English, a heading), in Noto Sans or Serif Telugu."""
    h294.tline(p, text, **kw)


def thand(p: Screen, text: str, *, figure: str = "", scale: float = 1.2, **facts) -> None:
    """heldout294's Telugu hand (Noto Serif Telugu leaning as a pen leans it, its figures in an upright Latin
    face), in this set's pens' inks."""
    pen(p)
    h294.thand(p, text, figure=figure, scale=scale, **facts)


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def capsule(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


# ---------------------------------------------------------------- this set's rows and marks


def plate(p: Screen) -> None:
    """An embossed brass plate as a letterhead's emblem, as Pembarthi's craftsmen beat one up from the back
    on a bed of pitch and chase it from the front: a round plate with a rim of raised beads between two
    ridges, its ground matted with a punch's dots, and raised in its middle an eight-petalled lotus round a
    boss or a kalasam (the pot with its mango leaves and coconut), each raised part lit on its upper left
    and shaded on its lower right; centred, three lines high."""
    put(p, "t03pl", "", mark_=[p.rng.randrange(len(BRASS)), p.rng.randrange(2), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def beading(p: Screen) -> None:
    """A strip of repousse brass border as a divider across the page: a row of raised pearls beaten up
    between two ridges, a small diamond chased between each two pearls, the metal's sheen along it; one
    line high."""
    put(p, "t03bd", "", mark_=[p.rng.randrange(len(BRASS)), p.rng.randrange(10**6)])


def offcuts(p: Screen) -> None:
    """Brass off-cuts from the snips and filings from the file lying in the page's margins: small curls and
    slivers of sheet with their bright cut edges, and specks of brass dust."""
    ext(p)["decor"].append(["offcuts", p.rng.randrange(10**6)])


def on_brass(p: Screen) -> None:
    """The page photographed lying on a sheet of brass on the workshop's bench: the sheet's warm ground
    dimpled all over by the planishing hammer, a band of half-beaten pearls along its edge, a steel chasing
    punch lying beside the page, the page's shadow and the page a little askew."""
    ext(p)["frame"] = ["brass", p.rng.randrange(len(BRASS)), p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _relief(height: np.ndarray, metal, strength: float, shine: float = 0.55) -> np.ndarray:
    """Metal lit from the upper left over ``height`` (0 to 1): a slope facing the light brightened, one
    turned from it darkened, the brightest slopes flashing towards white (brass's shine)."""
    gy, gx = np.gradient(height)
    light = np.clip((gx + gy) * strength, -1.0, 1.0)[..., None]
    base = np.array(metal, dtype=np.float32)
    dark = base * 0.42
    lit = base + (np.array([255, 248, 226], dtype=np.float32) - base) * shine
    out = np.where(light >= 0, base + (lit - base) * light, base + (base - dark) * light)
    return np.clip(out, 0, 255)


def _plate(page: Image.Image, cx: float, top_y: float, side: float, metal, motif: int, seed: int) -> None:
    """The emblem, drawn three times over and brought down: the plate's height beaten up (rim, beads, matted
    ground, the lotus or the kalasam), lit from the upper left, cut round and laid on the page."""
    srng = random.Random(seed)
    s = int(side * 3)
    r = s / 2 - 2
    hmap = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(hmap)
    c = s / 2
    d.ellipse((c - r, c - r, c + r, c + r), fill=70)
    d.ellipse((c - r, c - r, c + r, c + r), outline=150, width=max(3, int(s * 0.025)))
    inner = r * 0.8
    d.ellipse((c - inner, c - inner, c + inner, c + inner), outline=150, width=max(2, int(s * 0.018)))
    # the rim's beads
    n_beads = srng.choice([20, 24, 28])
    rb = r * 0.9
    br = max(2.0, r * 0.07)
    for n in range(n_beads):
        a = n * math.tau / n_beads
        x_, y_ = c + math.cos(a) * rb, c + math.sin(a) * rb
        d.ellipse((x_ - br, y_ - br, x_ + br, y_ + br), fill=210)
    # the ground matted with a punch's dots
    for _ in range(int(inner * inner * 0.09)):
        a, rr = srng.uniform(0, math.tau), inner * math.sqrt(srng.random()) * 0.97
        x_, y_ = c + math.cos(a) * rr, c + math.sin(a) * rr
        d.ellipse((x_ - 1.2, y_ - 1.2, x_ + 1.2, y_ + 1.2), fill=40)
    if motif == 0:
        # the lotus: eight petals round a boss, a second ring of eight between them
        for ring_, (length, width_, val, turn) in enumerate(
            [(inner * 0.88, inner * 0.3, 175, math.pi / 8), (inner * 0.68, inner * 0.3, 235, 0.0)]
        ):
            for n in range(8):
                a = n * math.pi / 4 + turn
                pts = []
                for t in range(13):
                    u = t / 12
                    w = width_ * math.sin(math.pi * u**0.8) ** 0.6
                    pts.append((u * length, w))
                pts += [(u_, -w_) for u_, w_ in reversed(pts)]
                ca, sa = math.cos(a), math.sin(a)
                d.polygon([(c + u_ * ca - v * sa, c + u_ * sa + v * ca) for u_, v in pts], fill=val)
        boss = inner * 0.22
        d.ellipse((c - boss, c - boss, c + boss, c + boss), fill=255)
        d.ellipse((c - boss * 0.5, c - boss * 0.5, c + boss * 0.5, c + boss * 0.5), fill=200)
    else:
        # the kalasam: its round pot on a foot, its neck and rim, five mango leaves and the coconut
        pot = inner * 0.42
        py = c + inner * 0.22
        d.ellipse((c - pot, py - pot * 0.92, c + pot, py + pot * 0.92), fill=235)
        d.rectangle((c - pot * 0.35, py + pot * 0.8, c + pot * 0.35, py + pot * 1.05), fill=200)
        d.ellipse((c - pot * 0.62, py + pot * 0.95, c + pot * 0.62, py + pot * 1.2), fill=210)
        d.rectangle((c - pot * 0.38, py - pot * 1.2, c + pot * 0.38, py - pot * 0.8), fill=215)
        d.ellipse((c - pot * 0.55, py - pot * 1.32, c + pot * 0.55, py - pot * 1.12), fill=225)
        for n, a in enumerate([-0.95, -0.5, 0.0, 0.5, 0.95]):
            a0 = -math.pi / 2 + a
            ln = pot * (1.05 if n in (0, 4) else 1.2)
            base_x, base_y = c, py - pot * 1.22
            tip = (base_x + math.cos(a0) * ln, base_y + math.sin(a0) * ln)
            side_ = (math.cos(a0 + math.pi / 2) * pot * 0.16, math.sin(a0 + math.pi / 2) * pot * 0.16)
            mid = (base_x + math.cos(a0) * ln * 0.5, base_y + math.sin(a0) * ln * 0.5)
            d.polygon(
                [
                    (base_x, base_y),
                    (mid[0] + side_[0], mid[1] + side_[1]),
                    tip,
                    (mid[0] - side_[0], mid[1] - side_[1]),
                ],
                fill=190,
            )
        coco = pot * 0.42
        cy_ = py - pot * 1.55
        d.ellipse((c - coco, cy_ - coco * 1.15, c + coco, cy_ + coco * 0.85), fill=250)
        # a band of chased lines round the pot's belly
        for k in (-0.12, 0.12):
            d.arc((c - pot, py - pot * 0.92 + k * pot, c + pot, py + pot * 0.92 + k * pot), 20, 160, fill=150)
    hmap = hmap.filter(ImageFilter.GaussianBlur(s * 0.008 + 0.8))
    height = np.asarray(hmap, dtype=np.float32) / 255.0
    # the plate dished a little: its middle raised under the light
    yy, xx = np.mgrid[0:s, 0:s].astype(np.float32)
    dome = 1.0 - ((xx - c) ** 2 + (yy - c) ** 2) / (r * r)
    height = height + np.clip(dome, 0, 1) * 0.25
    rgb = _relief(height, metal, strength=s * 0.05)
    art = Image.fromarray(rgb.astype(np.uint8), "RGB")
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).ellipse((c - r, c - r, c + r, c + r), fill=255)
    edge = ImageDraw.Draw(art)
    edge.ellipse((c - r, c - r, c + r, c + r), outline=_tint((70, 44, 10), metal, 0.6), width=3)
    size_ = int(round(side))
    art = art.resize((size_, size_), Image.LANCZOS)
    mask = mask.resize((size_, size_), Image.LANCZOS)
    # a soft shadow of the plate on the paper, down and to the right
    shadow = Image.new("L", page.size, 0)
    x0, y0 = int(cx - size_ / 2), int(top_y)
    shadow.paste(mask.point(lambda v: v * 0.45), (x0 + 3, y0 + 4))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (90, 80, 60)), page, shadow))
    page.paste(art, (x0, y0), mask)


def _beads(page: Image.Image, x0: float, x1: float, y0: float, y1: float, metal, seed: int) -> None:
    """The divider: a strip of brass, two ridges along its edges, a row of raised pearls with a chased
    diamond between each two, lit from the upper left."""
    srng = random.Random(seed)
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 10 or h < 6:
        return
    k = 3
    W, H = w * k, h * k
    hmap = Image.new("L", (W, H), 60)
    d = ImageDraw.Draw(hmap)
    ridge = max(3, int(H * 0.12))
    d.rectangle((0, 0, W, ridge), fill=200)
    d.rectangle((0, H - ridge, W, H), fill=200)
    pr = (H - 2 * ridge) * 0.36
    step_ = pr * srng.choice([2.6, 2.9, 3.2])
    xx = step_ / 2
    mid = H / 2
    while xx < W - pr:
        d.ellipse((xx - pr * 1.1, mid - pr, xx + pr * 1.1, mid + pr), fill=250)
        dx = xx + step_ / 2
        if dx < W - pr:
            q = pr * 0.45
            d.polygon([(dx - q, mid), (dx, mid - q), (dx + q, mid), (dx, mid + q)], fill=160)
        xx += step_
    hmap = hmap.filter(ImageFilter.GaussianBlur(1.6))
    height = np.asarray(hmap, dtype=np.float32) / 255.0
    rgb = _relief(height, metal, strength=H * 0.11)
    # the sheen along the strip
    band = np.exp(-(((np.arange(H, dtype=np.float32) - H * 0.35) / (H * 0.22)) ** 2))[:, None, None]
    rgb = np.clip(rgb + band * 26.0, 0, 255)
    art = Image.fromarray(rgb.astype(np.uint8), "RGB").resize((w, h), Image.LANCZOS)
    ImageDraw.Draw(art).rectangle((0, 0, w - 1, h - 1), outline=_tint((70, 44, 10), metal, 0.55))
    page.paste(art, (int(x0), int(y0)))


def _curl(draw, x: float, y: float, r: float, a0: float, colour, edge) -> None:
    """A curl of sheet cut off by the snips: a spiral's turn, its cut edge bright."""
    pts = []
    for t in range(18):
        u = t / 17
        rr = r * (1.0 - 0.55 * u)
        a = a0 + u * 4.2
        pts.append((x + math.cos(a) * rr, y + math.sin(a) * rr))
    draw.line(pts, fill=colour, width=2)
    draw.line(pts[:6], fill=edge, width=1)


def _offcuts(draw, width: int, height: int, seed: int) -> None:
    """Off-cuts and filings in the margins."""
    srng = random.Random(seed)
    for _ in range(srng.randrange(3, 7)):
        left = srng.random() < 0.5
        x = srng.uniform(6, MARGIN - 8) if left else srng.uniform(width - MARGIN + 8, width - 6)
        y = srng.uniform(30, height - 30)
        metal = BRASS[srng.randrange(len(BRASS))]
        if srng.random() < 0.6:
            _curl(draw, x, y, srng.uniform(4, 7.5), srng.uniform(0, math.tau), metal, (255, 240, 200))
        else:
            a = srng.uniform(0, math.pi)
            ln = srng.uniform(6, 13)
            dx, dy = math.cos(a) * ln / 2, math.sin(a) * ln / 2
            draw.polygon(
                [(x - dx, y - dy), (x + dx, y + dy), (x + dx + 1.5, y + dy + 2), (x - dx + 1, y - dy + 2)],
                fill=metal,
            )
            draw.line((x - dx, y - dy, x + dx, y + dy), fill=(255, 236, 190), width=1)
        for _ in range(srng.randrange(3, 9)):
            px, py = x + srng.uniform(-12, 12), y + srng.uniform(-14, 14)
            if 2 < px < width - 2 and 2 < py < height - 2:
                draw.point((px, py), fill=_tint((120, 90, 30), metal, 0.3))


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and
    heldout14's beneath it), then this set's rows and marks: an embossed brass plate as an emblem, a strip of
    repousse beading as a divider, brass off-cuts and filings in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h303")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    marks = x["marks"]
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t03"):
            continue
        top_y = tops[i] - lift
        m = marks.get(str(i))
        if name == "t03pl":
            metal, motif, seed = m
            _plate(page, width / 2, top_y + line * 0.1, line * 2.8, BRASS[metal], motif, seed)
        elif name == "t03bd":
            metal, seed = m
            _beads(page, MARGIN, width - MARGIN, top_y + line * 0.14, top_y + line * 0.9, BRASS[metal], seed)
    draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "offcuts":
            _offcuts(draw, width, page.height, what[1])
    return page


def _punch(base: Image.Image, x: float, y: float, length: float, angle: float) -> None:
    """A steel chasing punch lying on the sheet: a square rod, its faces lit and shaded along it, its tip
    ground to a blunt point, its head mushroomed by the hammer."""
    w = 14
    rod = Image.new("RGBA", (int(length) + 20, w + 10), (0, 0, 0, 0))
    d = ImageDraw.Draw(rod)
    for row_ in range(w):
        t = row_ / (w - 1)
        v = int(90 + 120 * math.sin(math.pi * t) ** 0.6 - 30 * t)
        d.line((12, 5 + row_, length - 16, 5 + row_), fill=(v, v, v + 6, 255))
    d.polygon(
        [(length - 16, 5), (length + 2, 5 + w * 0.4), (length + 2, 5 + w * 0.6), (length - 16, 5 + w)],
        fill=(150, 150, 156, 255),
    )
    d.ellipse((2, 1, 20, w + 9), fill=(112, 112, 118, 255), outline=(70, 70, 76, 255))
    turned = rod.rotate(angle, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 120 if v > 0 else 0), (int(x) + 4, int(y) + 5))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    base.paste(Image.composite(Image.new("RGB", base.size, (70, 50, 20)), base, shadow))
    base.paste(turned, (int(x), int(y)), turned)


def _brass_sheet(image: Image.Image, metal_i: int, seed: int) -> Image.Image:
    """The page on a sheet of brass: the hammer's dimples all over it lit from the upper left, a broad
    sheen across it, a band of half-beaten pearls along its foot, a chasing punch beside the page, the page's
    shadow, the page askew."""
    srng = random.Random(seed)
    metal = BRASS[metal_i]
    w, h = image.size
    pad = 96
    bw, bh = w + 2 * pad, h + 2 * pad
    height = np.zeros((bh, bw), dtype=np.float32)
    ky, kx = np.mgrid[-13:14, -13:14].astype(np.float32)
    for _ in range(int(bw * bh / 420)):
        r = srng.uniform(5.0, 9.0)
        x, y = srng.randrange(0, bw - 27), srng.randrange(0, bh - 27)
        height[y : y + 27, x : x + 27] -= np.exp(-(kx * kx + ky * ky) / (r * r)) * srng.uniform(1.0, 2.0)
    # the pearls along the foot, beaten up from the back
    foot = bh - 34
    step_ = 34
    for x in range(20, bw - 20, step_):
        gy, gx = np.mgrid[0:bh, x - 16 : x + 16].astype(np.float32)
        height[:, x - 16 : x + 16] += np.exp(-(((gx - x) / 11) ** 2 + ((gy - foot) / 10) ** 2)) * 3.0
    rgb = _relief(height, metal, strength=0.9, shine=0.5)
    yy, xx = np.mgrid[0:bh, 0:bw].astype(np.float32)
    sheen = np.exp(-(((((xx + yy) / 1.4142) - srng.uniform(0.3, 0.7) * (bw + bh) / 1.4142) / 160.0) ** 2))
    rgb = np.clip(rgb * (0.86 + 0.22 * sheen[..., None]), 0, 255)
    base = Image.fromarray(rgb.astype(np.uint8), "RGB")
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = (bw - turned.width) // 2, (bh - turned.height) // 2 - 12
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 150 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (70, 46, 14)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    # the punch lies along the sheet's right edge, beside the page
    _punch(
        base,
        bw - pad + 22,
        srng.uniform(bh * 0.2, bh * 0.5),
        srng.uniform(150, 190),
        90 + srng.uniform(-8, 8),
    )
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout301's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the brass sheet a page is photographed lying on."""
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
    f = (style.get("h303") or {}).get("frame")
    if f and f[0] == "brass":
        image = _brass_sheet(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    for face in [*PENS, *TYPES, h277.URDU]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout303 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "PEMBARTHI BRASS GALLERY HYD"]
VPAS = [
    "pembarthibrass@sbi",
    "paytmqr5k2x8wq1@paytm",
    "pembarthi.gallery@okaxis",
    "svpmc.pembarthi@ibl",
    "Q748192063@ybl",
]
BUYERS = [
    ("Sravani Reddy", "HDFC Bank"),
    ("Venkat Ramana Rao", "State Bank of India"),
    ("Harika Goud", "Union Bank of India"),
    ("Abdul Rahman Siddiqui", "ICICI Bank"),
    ("Lakshmi Prasanna", "Canara Bank"),
    ("Kiran Kumar Naidu", "Axis Bank"),
    ("Rajesh Agarwal", "Kotak Mahindra Bank"),
    ("Mounika Yadav", "Bank of Baroda"),
]
REMARKS = ["ganesha plate", "vase advance", "memento order", "thali balance", "kalasam 2 nos", "deepam pair"]


def short_of(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Union Bank of India": "Union Bank",
        "Kotak Mahindra Bank": "Kotak",
        "Bank of Baroda": "BoB",
        "ICICI Bank": "ICICI",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Pembarthi Brass Gallery or the firm: Paytm for Business on the showroom's phone (the
    showroom under the app, its soundbox's announcement, a card: Payment Received, the sum large, "from
    <buyer>", UPI Ref. No., the day and hour); PhonePe set in Telugu (a large tick, "లావాదేవీ
    విజయవంతమైంది" (transaction successful), the hour and day; "వీరికి చెల్లించారు" (paid to) over the payee
    and the sum on a line, its UPI ID; "బదిలీ వివరాలు" (transfer details): లావాదేవీ ఐడి (transaction ID),
    "నుండి డెబిట్ అయింది" (debited from), UTR); CRED's dark payment processing (the sum, "paying <payee>", a
    progress bar, a notice; UPI ref no, initiated, paid from at the left and the right); BHIM's Transaction
    Successful under a large tick ("Paid to" over the payee and its UPI ID; UPI Transaction ID, Date, Debited
    from, Remarks in dot leaders); Amazon Pay's Payment failed in an octagon (the sum, "to <payee>", the
    reason in a notice; UPI Ref. No., Date & time, Paid using in shaded labels); ICICI Bank's iMobile Pay
    Transaction successful under a tile's tick (the sum, "to <payee>" over its UPI ID; a copyable UPI
    Reference Number; Date and Account in tiles; Remarks); Navi's Payment successful (a large tick, the sum,
    "to <payee>", the day and hour; Paid from and Note in a card; no reference); Fi's Paid ("Today, <hour>";
    the sum large, "to <payee>"; UPI Ref No. and From in tiles; no day). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=500, high=48000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = short_of(bank)
    if k == 0:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "Payments"], dark=False, buttons=("View all payments",))
        band(p, (0, 46, 110))
        app_head(p, "Paytm for Business", "Payments  |  Settlements")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Gunfoundry, Abids, Hyderabad")
        h287.speaker(p, f"Received {num(j.amount, 'plain', 0)} rupees on Paytm")
        p.add("gap")
        c = card_open(p)
        p.add("center", "Payment Received", status=status)
        h277.bigsum(p, rupee_sign(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"from {who}")
        p.add("small", f"UPI Ref. No: {j.ref}", txn=(UTR_RANK, j.ref), method="UPI")
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " | ")), date=j.date)
        card_close(p, c)
        p.add("gap")
        p.add("small", "Auto-settled to your bank account ending 2741.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "PhonePe"], dark=False, buttons=("Share",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "")
        sicon(p, status)
        telugu(p, "లావాదేవీ విజయవంతమైంది", bold=True, status=status)
        p.add("small", f"{hhmm(rng, lower=True)} on {day_as(j, rng, ['{d} %b %Y', '%d %b %Y'])}", date=j.date)
        p.add("gap")
        telugu(p, "వీరికి చెల్లించారు", align="l", soft=True, scale=0.86)
        name = rng.choice([to, SHOP_CAPS])
        p.pair(name, rs(j.amount), merchant=name, amount=j.amount)
        p.add("small", vpa)
        p.add("rule")
        telugu(p, "బదిలీ వివరాలు", align="l", bold=True, scale=0.95)
        telugu(p, "లావాదేవీ ఐడి", align="l", soft=True, scale=0.86)
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        p.add("left", tid, txn=(TXN_RANK, tid))
        telugu(p, "నుండి డెబిట్ అయింది", align="l", soft=True, scale=0.86)
        p.pair(f"XXXXXXXX{digits(rng, 4)}", rs(j.amount))
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref), method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "payment status"], dark=True, buttons=("check status",))
        app_head(p, "CRED", "UPI payments")
        p.add("center", "payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paying {to}", f"paying {SHOP}"])[7:]
        p.add("center", f"paying {name}", merchant=name)
        h294.progress(p, 0.62, status)
        boxed(
            p,
            "your bank is yet to confirm this payment. please don't pay again; if it fails, the money will be "
            "back in your account within 3 working days.",
            "warn",
        )
        kvr(p, "UPI ref no", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "initiated", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "paid from", f"{sb} {bullets(font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 98, 65))
        app_head(p, "BHIM", "UPI")
        sicon(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("gap")
        dots(p, "UPI Transaction ID", j.ref, at=0.46, txn=(UTR_RANK, j.ref))
        dots(p, "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.46, date=j.date)
        dots(p, "Debited from", f"{sb} XX{digits(rng, 4)}", at=0.46, method="UPI")
        dots(p, "Remarks", rng.choice(REMARKS), at=0.46)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "Your bank declined this payment (U30: debit failed at your bank). Any amount debited will be "
            "refunded to your account within 5 working days.",
            "error",
        )
        kv(p, "UPI Ref. No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        kv(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        kv(p, "Paid using", f"Amazon Pay UPI ({sb})", at=0.4, method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share receipt",))
        band(p, (174, 40, 30))
        app_head(p, "iMobile Pay", "ICICI Bank  |  UPI")
        h287.tile(p, status)
        p.add("center", "Transaction successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", vpa)
        p.add("gap")
        copyrow(p, "UPI Reference Number", j.ref, txn=(UTR_RANK, j.ref))
        tiles2(
            p,
            ("Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            ("Account", f"ICICI XX{digits(rng, 4)}"),
            date=j.date,
            method="UPI",
        )
        kvr(p, "Remarks", rng.choice(REMARKS))
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share",))
        band(p, (20, 48, 120))
        app_head(p, "Navi", "UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        c = card_open(p)
        kvr(p, "Paid from", f"Navi UPI  |  {sb} XX{digits(rng, 4)}", method="UPI")
        kvr(p, "Note", rng.choice(REMARKS))
        card_close(p, c)
        p.add("gap")
        p.add("center", "View transaction details")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    band(p, (0, 148, 120))
    app_head(p, "Fi", "Federal Bank  |  UPI")
    p.add("center", "Paid", status=status)
    p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
    h277.bigsum(p, rupee_sign(p.font), j.amount, "indian", amount=j.amount)
    name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    tiles2(
        p,
        ("UPI Ref No.", j.ref),
        ("From", f"Fi {bullets(font)}{digits(rng, 4)}"),
        txn=(UTR_RANK, j.ref),
        method="UPI",
    )
    p.add("small", rng.choice(REMARKS))
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


TSHDC = "Telangana State Handicrafts Development Corporation Ltd."
TSHDC_TE = "తెలంగాణ రాష్ట్ర హస్తకళల అభివృద్ధి సంస్థ"
VEMULAWADA = "Sri Raja Rajeshwara Swamy Devasthanam"
VEMULAWADA_TE = "శ్రీ రాజ రాజేశ్వర స్వామి దేవస్థానం, వేములవాడ"
DECCAN = "Deccan Cloudworks Pvt. Ltd."
GENOME = "Genome Valley Biologics Ltd."
CHARMINAR_EV = "Charminar Events & Incentives"
YTDA = "Yadagirigutta Temple Development Authority"
BANJARA = "Banjara Heritage Hotels Pvt. Ltd."
NAMMA = "Namma Gifting Solutions LLP"
GIFT_WORK = ["brass mementos", "embossed wall plates", "Ashtalakshmi panels", "pooja thali sets"]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: Golkonda Handicrafts' (the Telangana State Handicrafts
    Development Corporation's) PAYMENT ADVICE under its Telugu name, a letter (Lr. No. and Date on a line; To,
    M/s the firm; Sub:; Bill No. | Bill Date | Bill Amt. | TDS CGST 1% | TDS SGST 1% | Net in a table ruled on
    every side, Net remitted at its foot; "The net amount of Rs. x has been remitted to your account with ...
    by NEFT vide UTR No. ..."; the Manager (Finance)'s signature; its round seal); the Vemulawada temple's
    PAYMENT ORDER under its Telugu name (Rc. No.; numbered fields, each its Telugu name over its English,
    printed: చెల్లింపు పొందువారు / Payee, పని వివరాలు / Work, మొత్తం / Amount, చెల్లింపు విధానం / Mode,
    యూటీఆర్ సంఖ్య / UTR No., చెల్లించిన తేదీ / Date of payment; the Executive Officer's signature); an IT
    firm's Remittance Advice mailed from NetSuite (Payee, Payment #, Payment Date, Payment Method, UTR
    Reference as label and value on a line; Bill # | Bill Date | Amount Due | Payment on hairline rows,
    Total); Kotak FYN with a pharma company's NEFT pending for authorisation (a capsule, its stages across the
    page, a notice; Payment Ref. No., Beneficiary Name, Amount, Payment Mode, Debit Account, Created on in a
    striped table); an events company's admin writing in Zoho Cliq under a "Today" divider ("Paid Rs. x to
    <payee> via IMPS ...", "Ref: ..."; a reaction; no day); Telangana's IFMIS with the Yadagirigutta Temple
    Development Authority's bill paid through e-Kuber (Token No., Bill No., DDO Code, Beneficiary Name, Gross
    Amount, TDS-GST 2%, Net Amount, e-Kuber UTR, Payment Date, Status label and value in a table ruled on
    every side); Axis Bank's Corporate iConnect with a hotel company's RTGS returned on a tinted band (the
    reason in a notice; Transaction ID, Beneficiary, Amount, UTR, Value Date, Return reason against a gutter);
    a gifting firm's PAYMENT ADVICE mailed as plain text (Party, Paid on, Mode; its bills in a table of dashes
    and bars; Amount paid; no reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=12000, high=420000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(252, 250, 244), (255, 255, 255)])
        p.part = "head"
        telugu(p, TSHDC_TE, scale=1.05, bold=True)
        top(p, pick(p, "title", [TSHDC, "Telangana State Handicrafts Dev. Corpn. Ltd."]))
        p.add("small", "Golkonda Handicrafts  |  Mint Compound, Saifabad, Hyderabad - 500063")
        p.add("rule")
        p.part = "body"
        rows_, net_total = [], 0.0
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "SVPMC"):
            half = round(v * 0.01, 2)
            net = round(v - 2 * half, 2)
            net_total += net
            rows_.append(([no_, when(day, "%d.%m.%Y"), num(v), num(half), num(half), num(net)], {}))
        j.amount = round(net_total, 2)
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_of(rng, j, "State Bank of India", way)
        lr = f"TSHDC/Accts/{rng.randrange(110, 990)}/{j.date:%Y}"
        cols(
            p,
            "gh0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Lr. No. {lr}",
            f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, lr),
            date=j.date,
        )
        p.add("left", "To,")
        name = rng.choice([FIRM, FIRM_CAPS])
        p.add("left", f"M/s. {name},", merchant=name)
        p.add("left", f"{TOWN}.")
        p.add("gap")
        prose(p, "Sub: Payment for brass repousse articles supplied to Golkonda Handicrafts emporia - reg.")
        p.add("gap")
        grid(
            p,
            "gh",
            [
                (0.0, 0.25, "l"),
                (0.25, 0.41, "c"),
                (0.41, 0.57, "r"),
                (0.57, 0.71, "r"),
                (0.71, 0.85, "r"),
                (0.85, 1.0, "r"),
            ],
            ["Bill No.", "Bill Date", "Bill Amt.", "TDS CGST 1%", "TDS SGST 1%", "Net"],
            rows_,
            foot=(["Net remitted", num(j.amount)], {"amount": j.amount}),
            tint=(240, 230, 206),
        )
        prose(
            p,
            f"The net amount of {rs(j.amount)} has been remitted to your account with {BANK_LINE} by {way} "
            f"vide UTR No. {utr}.",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Manager (Finance)")
        h269.seal(p, "* T.S.H.D.C. LTD. * GOLKONDA HANDICRAFTS", ["ACCOUNTS", "HYDERABAD"], "violet")
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 60000, 380000, 0.8)
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(255, 253, 246), (250, 248, 240)])
        p.part = "head"
        telugu(p, VEMULAWADA_TE, scale=1.05, bold=True)
        top(p, pick(p, "title", [f"{VEMULAWADA}, Vemulawada", VEMULAWADA]))
        p.add("small", "Office of the Executive Officer  |  Vemulawada, Rajanna Sircilla Dist. - 505302")
        p.add("rule")
        p.add("center", "PAYMENT ORDER")
        p.part = "body"
        rc = f"Rc. No. A{rng.randrange(1, 6)}/{rng.randrange(200, 2400)}/{j.date:%Y}"
        p.add("left", rc)
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_of(rng, j, "State Bank of India", way)
        name = rng.choice([FIRM, FIRM_CAPS])
        work = rng.choice(
            [
                "Silver kavacham for the utsava murthy",
                "Brass makara thoranam, gold-plated",
                "Brass cladding, dhwaja stambham",
            ]
        )
        h294.tnum(p, 1, "చెల్లింపు పొందువారు", "Payee", name, at=0.38, pen=False, merchant=name)
        h294.tnum(p, 2, "పని వివరాలు", "Work", work, at=0.38, pen=False)
        h294.tnum(p, 3, "మొత్తం", "Amount", rs(j.amount), at=0.38, pen=False, amount=j.amount)
        h294.tnum(p, 4, "చెల్లింపు విధానం", "Mode", way, at=0.38, pen=False, method="netbanking")
        h294.tnum(p, 5, "యూటీఆర్ సంఖ్య", "UTR No.", utr, at=0.38, pen=False, txn=(UTR_RANK, utr))
        h294.tnum(
            p,
            6,
            "చెల్లించిన తేదీ",
            "Date of payment",
            day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]),
            at=0.38,
            pen=False,
            date=j.date,
        )
        prose(
            p,
            "The above payment is released as per the sanction of the Commissioner of Endowments.",
            status=status,
        )
        p.add("gap")
        sig(p)
        p.add("right", "Executive Officer")
        return p.done()
    if k == 2:
        p = mail_page(
            rng,
            font,
            "Deccan Cloudworks AP <ap@deccancloudworks.com>",
            ["Remittance Advice - Payment from Deccan Cloudworks", "Payment remittance for your invoices"],
        )
        p.part = "head"
        top(p, DECCAN)
        p.add("small", "Accounts Payable  |  Hitec City, Hyderabad - 500081")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Supplier,")
        prose(p, "Please find below the details of a payment made to your bank account.")
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_of(rng, j, "HDFC Bank", way)
        pno = f"BILLPMT{rng.randrange(10400, 29900)}"
        name = rng.choice([FIRM, FIRM_CAPS, CUT])
        h269.kind(p, "ns", [(0.0, 0.32, "l"), (0.32, 1.0, "l")], "plain", bold=(1,))
        h269.row(p, "ns", "Payee", name, merchant=name)
        h269.row(p, "ns", "Payment #", pno, txn=(INVOICE_RANK, pno))
        h269.row(p, "ns", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        h269.row(p, "ns", "Payment Method", f"Bank Transfer - {way}", method="netbanking", status=status)
        h269.row(p, "ns", "UTR Reference", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        spec = [(0.0, 0.34, "l"), (0.34, 0.56, "l"), (0.56, 0.78, "r"), (0.78, 1.0, "r")]
        cols(p, "nh", spec, "Bill #", "Bill Date", "Amount Due", "Payment", mode="line")
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "PBG"):
            cols(p, "nl", spec, no_, when(day, "%d/%m/%Y"), num(v), num(v), mode="line")
        total(p, "Total", rs(j.amount), at=0.56, amount=j.amount)
        p.add("small", "This remittance was generated by NetSuite. Please do not reply to this mail.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "fyn.kotak.com/corporate/payments/transaction-status")
        p.part = "head"
        top(p, "Kotak FYN")
        p.add("small", f"Kotak Mahindra Bank  |  {GENOME}")
        p.add("rule")
        p.part = "body"
        pill(p, "Pending for authorisation", status)
        h289.steps(p, ["Created", "Authorised", "Sent to bank", "Credited"], 1, status)
        boxed(
            p,
            "This payment is awaiting approval by an authoriser of your organisation. It will be sent to the "
            "bank once approved.",
            "warn",
        )
        ref = f"FYN{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        zebra(
            p,
            "fy",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Payment details", ""],
            [
                (["Payment Ref. No.", ref], {"txn": (TXN_RANK, ref)}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", "NEFT"], {"method": "netbanking"}),
                (["Debit Account", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (
                    ["Created on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ", ", "))],
                    {"date": j.date},
                ),
            ],
            (0, 56, 120),
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(60, 1200) * 50)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 720]), size=rng.choice([18, 19]))
        p.style["paper"] = (248, 249, 252)
        p.part = "head"
        h269.kind(p, "zc0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["zc0"] = 1.1
        h269.row(p, "zc0", "# purchase-payments")
        p.add("small", f"Zoho Cliq  |  {CHARMINAR_EV}")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 19)
        label(
            p,
            f"Anusha Rao (Admin)  {(hour - 1) % 12 + 1}:{rng.randrange(0, 59):02d} {'PM' if hour >= 12 else 'AM'}",
        )
        name = pick(p, "left", [SHOP, FIRM])
        prose(
            p,
            f"@{SON} Paid Rs. {num(j.amount, 'indian', 0)} to {name} via IMPS for the 120 Charminar mementos "
            "of our dealers' meet.",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"Ref: {j.ref}", txn=(UTR_RANK, j.ref))
        quiet(p, f"{sign(font, chr(0x1F44D), '+')} 2   |   {sign(font, chr(0x2709), '')} Reply".strip())
        p.add("gap")
        label(
            p,
            f"Vamshi Krishna  {hour % 12 + 1}:{rng.randrange(0, 59):02d} {'PM' if hour + 1 >= 12 else 'AM'}",
        )
        p.add("left", "Noted. Boxes to be delivered at HICC by Thursday.")
        return p.done()
    if k == 5:
        gross = rupees(rng, 80000, 420000, 0.7)
        tds = round(gross * 0.02, 2)
        j.amount = round(gross - tds, 2)
        p = browser_page(rng, font, "ifmis.telangana.gov.in/BillStatus/PaymentDetails")
        p.part = "head"
        telugu(p, "తెలంగాణ ప్రభుత్వం", scale=1.0, bold=True)
        top(p, "Government of Telangana")
        p.add("small", "IFMIS  |  Integrated Financial Management Information System  |  Bill status")
        p.add("rule")
        p.part = "body"
        token = f"{rng.randrange(2600, 2699)}{digits(rng, 6)}"
        ekuber = f"RBISN{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        for label_, value, facts in [
            ("Token No.", token, {}),
            ("Bill No.", f"{rng.randrange(10, 400)}/{fy(j.date)}", {}),
            ("DDO Code", f"2510{digits(rng, 7)}  ({YTDA})", {}),
            ("Beneficiary Name", name, {"merchant": name}),
            ("Gross Amount", num(gross), {}),
            ("TDS-GST 2%", num(tds), {}),
            ("Net Amount", rs(j.amount), {"amount": j.amount}),
            ("e-Kuber UTR", ekuber, {"txn": (UTR_RANK, ekuber), "method": "netbanking"}),
            ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Status", "Paid", {"status": status}),
        ]:
            gkv(p, "if", label_, value, at=0.34, **facts)
        p.add("small", "The bill amount has been credited to the beneficiary's account through RBI e-Kuber.")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 205000, 450000, 0.7)
        p = browser_page(rng, font, "corporate.axisbank.co.in/iConnect/transaction/status")
        p.part = "head"
        top(p, "Axis Bank")
        p.add("small", f"Corporate iConnect  |  {BANJARA}, Banjara Hills")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "RTGS returned by beneficiary bank", status)
        boxed(
            p,
            "The beneficiary bank returned the credit (beneficiary name and account number do not match). The "
            "amount has been credited back to your account.",
            "error",
        )
        tid = f"AXIR{j.date:%y%m%d}{digits(rng, 6)}"
        utr = utr_of(rng, j, "Axis Bank", "RTGS")
        name = rng.choice([FIRM_CAPS, CUT])
        gutter(p, "ax", "Transaction ID", tid, at=0.4, txn=(BANK_RANK, tid))
        gutter(p, "ax", "Beneficiary", name, at=0.4, merchant=name)
        gutter(p, "ax", "Amount", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "ax", "UTR", utr, at=0.4, txn=(UTR_RANK, utr), method="netbanking")
        gutter(p, "ax", "Value Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=0.4, date=j.date)
        gutter(p, "ax", "Return reason", "Name mismatch", at=0.4)
        return p.done()
    p = mail_page(
        rng,
        font,
        "Accounts <accounts@nammagifting.in>",
        ["Payment advice", "Payment advice - brass mementos"],
    )
    p.part = "body"
    p.add("left", "Dear Sai Teja garu,")
    prose(p, "Please find our payment advice below. Kindly acknowledge.")
    p.add("gap")
    name = rng.choice([FIRM_CAPS, CUT])
    head = f"| {'Bill No.':<18}| {'Bill Date':<12}| {'Amount':>14} |"
    bar = "-" * len(head)
    h269.mono(p, f"{NAMMA.upper()} - PAYMENT ADVICE")
    h269.mono(p, bar)
    h269.mono(p, f"Party   : {name}", merchant=name)
    h269.mono(p, f"Paid on : {day_as(j, rng, ['%d-%m-%Y', '%d.%m.%Y'])}", date=j.date)
    h269.mono(p, "Mode    : NEFT", method="netbanking")
    h269.mono(p, bar)
    h269.mono(p, head)
    h269.mono(p, bar)
    for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "PBG"):
        h269.mono(p, f"| {no_:<18}| {when(day, '%d-%m-%Y'):<12}| {num(v):>14} |")
    h269.mono(p, bar)
    h269.mono(p, f"{'  Amount paid':<36}{num(j.amount):>14}", amount=j.amount, status=status)
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", "Accounts team, Namma Gifting Solutions, Bengaluru")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Lakshmi Narayan Temple Store LLC", "Houston, Texas, USA", "USD", 1200, 16000, "bofa"),
    ("Sri Kanda Cultural Imports Sdn. Bhd.", "Kuala Lumpur, Malaysia", "MYR", 5000, 60000, "cimb"),
    ("Umgeni Temple Crafts (Pty) Ltd", "Durban, South Africa", "ZAR", 20000, 260000, "standard"),
    ("Aotearoa Puja Store Ltd", "Auckland, New Zealand", "NZD", 1500, 18000, "kiwibank"),
    ("Al Khuwair Gifts & Decor LLC", "Muscat, Oman", "OMR", 400, 5200, "muscat"),
    ("Wembley Mandir Crafts Ltd", "Wembley, London, United Kingdom", "GBP", 800, 9000, "natwest"),
    ("Doha Heritage Interiors W.L.L.", "Doha, Qatar", "QAR", 4000, 48000, "qnb"),
    ("Maison Laiton SARL", "Lyon, France", "EUR", 900, 11000, "revolut"),
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with $, US$ or USD; ringgit with RM or MYR; rand the
    South African way (a space between the thousands, a decimal comma) with R or ZAR; New Zealand dollars
    with NZ$ or NZD; Omani rials with OMR and three decimals; pounds with their sign or GBP; Qatari riyals
    with QAR or QR; euros the English way with the euro's sign or EUR after (as Revolut prints them)."""

    def za(v: float) -> str:
        return f"{v:,.2f}".replace(",", " ").replace(".", ",")

    forms = {
        "USD": ["${v}", "USD {v}", "US${v}"],
        "MYR": ["RM{v}", "MYR {v}", "RM {v}"],
        "ZAR": ["R {z}", "ZAR {z}"],
        "NZD": ["NZ${v}", "NZD {v}"],
        "OMR": ["OMR {o}"],
        "GBP": ["\u00a3{v}" if glyphs(font, "\u00a3") else "GBP {v}", "GBP {v}"],
        "QAR": ["QAR {v}", "QR {v}"],
        "EUR": ["\u20ac{v}" if glyphs(font, "\u20ac") else "{v} EUR", "{v} EUR"],
    }[cur]
    form = rng.choice(forms)
    return lambda v: form.format(v=f"{v:,.2f}", z=za(v), o=f"{v:,.3f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Temple stores, gift shops and decorators abroad paying the firm for embossed plates, panels, kalasams
    and lamps: Bank of America's CashPro with a wire's payment details in US dollars (a Completed capsule;
    labels small over their values two to a row: Transaction ID and Value Date, Amount and Charges,
    Beneficiary and SWIFT/BIC); CIMB BizChannel's foreign telegraphic transfer pending in ringgit (a capsule,
    a progress bar, a notice; Reference No., Transaction Date, Beneficiary Name, Beneficiary Bank, Amount,
    Charges in dot leaders); Standard Bank's PROOF OF PAYMENT in rand the South African way (its sentence;
    Payment date, Reference, Beneficiary name, Beneficiary bank, SWIFT code, Amount, Charges in a table ruled
    on every side); Kiwibank's app with an overseas transfer sent in New Zealand dollars (a large tick, the
    sum, "to <payee>", "on <day>"; From, Fee, Arrives at the left and the right; no reference); Bank Muscat's
    mBanking with a transfer in Omani rials successful on a scalloped badge (the sum, "to <payee>"; Reference
    Number, Date, Debit Account, Purpose each value over its label); NatWest Bankline's international
    payment returned in pounds on a tinted band (the reason in a notice; Payment ID, Beneficiary, Amount,
    Payment date, Return reason in shaded labels); QNB Mobile's transfer completed in Qatari riyals under a
    tile's tick ("Today, <hour>"; the sum, "to <payee>"; Reference and From account in tiles; no day); Revolut
    Business' transfer completed in euros (a Completed capsule, the sum, "To <payee>"; a copyable Transfer ID;
    Date, Sent from, Fee at the left and the right). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "OMR":
        j.amount = round(rng.uniform(lo, hi), 2) if rng.random() < 0.5 else float(rng.randrange(lo, hi))
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = foreign(rng, font, cur)
    money_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "bofa":
        p = browser_page(rng, font, "cashpro.bankofamerica.com/payments/wires/details")
        p.part = "head"
        top(p, "Bank of America")
        p.add("small", f"CashPro  |  Payments  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Wire Transfer - Payment Details")
        pill(p, "Completed", status, align="l")
        p.add("gap")
        ref = f"{j.date:%Y%m%d}{code(rng, 4, UPPER)}{digits(rng, 6)}"
        name = rng.choice([me, CUT])
        two_up(
            p,
            "ba1",
            ("Transaction ID", ref),
            ("Value Date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"]))),
            txn=(BANK_RANK, ref),
            date=j.date,
        )
        two_up(p, "ba2", ("Amount", show(j.amount)), ("Charges", "OUR"), method="netbanking", **money_)
        two_up(p, "ba3", ("Beneficiary", name), ("SWIFT/BIC", BIC), merchant=name)
        p.add("small", f"Beneficiary bank: {BANK_CAPS}")
        p.add("small", "Purpose: Payment for goods - brass repousse temple articles")
        return p.done()
    if frame == "cimb":
        p = browser_page(rng, font, "www.bizchannel.cimb.com.my/corporate/ftt/status")
        p.part = "head"
        top(p, "CIMB BizChannel")
        p.add("small", f"Foreign Telegraphic Transfer  |  {payer}")
        p.add("rule")
        p.part = "body"
        capsule(p, "Pending Bank Processing", status)
        h294.progress(p, 0.5, status)
        boxed(
            p,
            "Your transaction has been approved and is being processed by the bank. Funds usually reach "
            "India within 2 to 3 business days.",
            "warn",
        )
        ref = f"FTT{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Reference No.", ref, at=0.4, txn=(BANK_RANK, ref))
        dots(p, "Transaction Date", when(j.date, rng.choice(["%d/%m/%Y", "%d %b %Y"])), at=0.4, date=j.date)
        dots(p, "Beneficiary Name", name, at=0.4, merchant=name)
        dots(p, "Beneficiary Bank", "STATE BANK OF INDIA", at=0.4)
        dots(p, "Amount", show(j.amount), at=0.4, bold=True, **money_)
        dots(p, "Charges", "SHA (shared)", at=0.4, method="netbanking")
        return p.done()
    if frame == "standard":
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "Standard Bank")
        p.add("small", "Business Online  |  Standard Bank of South Africa Limited")
        p.add("rule")
        p.add("center", "PROOF OF PAYMENT")
        p.part = "body"
        prose(
            p,
            f"Standard Bank confirms that the following international payment has been made on behalf of "
            f"{payer}, {town}.",
            status=status,
        )
        p.add("gap")
        ref = f"SBSA{digits(rng, 10)}"
        name = rng.choice([me, CUT])
        grid(
            p,
            "sb",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Payment date", when(j.date, rng.choice(["%Y-%m-%d", "%d %B %Y"]))], {"date": j.date}),
                (["Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Beneficiary name", name], {"merchant": name}),
                (["Beneficiary bank", "State Bank of India, Jangaon"], {}),
                (["SWIFT code", BIC], {}),
                (["Amount", show(j.amount)], money_),
                (["Charges", "Shared (SHA)"], {"method": "netbanking"}),
            ],
            tint=(222, 232, 248),
        )
        p.add(
            "small", "This proof of payment is issued at the request of our client and requires no signature."
        )
        return p.done()
    if frame == "kiwibank":
        p = phone(rng, font, k, ["", "Overseas transfer"], dark=False, buttons=("Done",))
        band(p, (0, 128, 62))
        app_head(p, "Kiwibank", "Overseas transfer")
        sicon(p, status)
        p.add("center", "Transfer sent", status=status)
        p.add("big", show(j.amount), **money_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %B %Y', '%d/%m/%Y']))}", date=j.date)
        p.add("gap")
        kvr(p, "From", f"Business Everyday {bullets(font)}{digits(rng, 4)}", method="netbanking")
        kvr(p, "Fee", "NZ$25.00" if show(1.0).startswith("NZ$") else "NZD 25.00")
        kvr(p, "Arrives", "in 1 to 3 business days")
        return p.done()
    if frame == "muscat":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 92, 120))
        app_head(p, "Bank Muscat", "mBanking  |  International transfer")
        h287.burst(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", show(j.amount), **money_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"BMCT{digits(rng, 10)}"
        vlab(p, "Reference Number", ref, txn=(BANK_RANK, ref))
        vlab(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d %b %Y"])), bold=False, date=j.date)
        vlab(p, "Debit Account", f"0{digits(rng, 3)}XXXXXX{digits(rng, 3)}", bold=False, method="netbanking")
        vlab(p, "Purpose", "Trade payment", bold=False)
        return p.done()
    if frame == "natwest":
        p = browser_page(rng, font, "www.bankline.natwest.com/CWSLogon/payments/international/status")
        p.part = "head"
        top(p, "NatWest Bankline")
        p.add("small", f"International payments  |  {payer}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment returned", status)
        boxed(
            p,
            "The beneficiary's bank returned this payment: the account name does not match. The funds, less "
            "any charges, have been credited back to your account.",
            "error",
        )
        pid = f"NWB{digits(rng, 9)}"
        name = rng.choice([me, CUT])
        kv(p, "Payment ID", pid, at=0.36, txn=(BANK_RANK, pid))
        kv(p, "Beneficiary", name, at=0.36, merchant=name)
        kv(p, "Amount", show(j.amount), at=0.36, **money_)
        kv(p, "Payment date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), at=0.36, date=j.date)
        kv(p, "Charges", "Shared", at=0.36, method="netbanking")
        kv(p, "Return reason", "Name mismatch", at=0.36)
        return p.done()
    if frame == "qnb":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (100, 24, 80))
        app_head(p, "QNB Mobile", "International transfer")
        p.add("small", f"Today, {hhmm(rng)}")
        h287.tile(p, status)
        p.add("center", "Transfer completed", status=status)
        p.add("big", show(j.amount), **money_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"QNB{digits(rng, 11)}"
        tiles2(
            p,
            ("Reference", ref),
            ("From account", f"{bullets(font)}{digits(rng, 4)}"),
            txn=(BANK_RANK, ref),
            method="netbanking",
        )
        p.add("small", f"{payer}, {town}")
        return p.done()
    p = phone(rng, font, k, ["", "Transfer"], dark=rng.random() < 0.5, buttons=("Share",))
    app_head(p, "Revolut Business", "Transfers")
    pill(p, "Completed", status)
    p.add("big", show(j.amount), **money_)
    name = pick(p, "center", [f"To {me}", f"To {CUT}"])[3:]
    p.add("center", f"To {name}", merchant=name)
    p.add("gap")
    tid = f"{code(rng, 8, LOWER[:-10])}-{code(rng, 4, '0123456789abcdef')}-{code(rng, 4, '0123456789abcdef')}"
    copyrow(p, "Transfer ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Date", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
    kvr(p, "Sent from", f"EUR account {bullets(font)}{digits(rng, 4)}", method="netbanking")
    kvr(p, "Fee", show(5.0))
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


CORPORATE = "Prestige Techpark Services Pvt. Ltd., Bengaluru"
TEMPLE_CTTEE = "Sri Venkateswara Swamy Temple Committee, Karimnagar"
TEMPLE_ORDERS = [
    "Silver kavacham, utsava murthy",
    "Makara thoranam, brass, 4 ft",
    "Brass prabha for the moolavirat",
    "Kireetam and kavacham, brass",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its showroom or itself on top: Pembarthi Brass Gallery's TAX INVOICE under an
    embossed brass plate, its Telugu name and a strip of repousse beading, to a Bengaluru company (Invoice No.
    and Date on a line; Bill to and Place of Supply; Sl. | Description | HSN | Qty | Rate | Amount on hairline
    rows; Taxable Value, IGST 5%, Invoice Total; Amount in words; "Payment received by NEFT, UTR ..." under a
    rectangular PAYMENT RECEIVED stamp); HDFC Bank's SmartGateway on the web shop's checkout with the payment
    pending under a spinner (a notice; Order ID, Transaction ID, Amount, Payment method, Initiated on label
    and value in a table ruled on every side); the firm's ADVANCE RECEIPT for a temple's order under its
    Telugu name and a strip of repousse beading, brass off-cuts in its margins (No. left blank; numbered
    fields, each its Telugu name over its English, written in by hand: తేదీ / Date, ఎవరి నుండి / Received
    from, దేనికి / Towards, ఆర్డర్ విలువ / Order value, అడ్వాన్సు / Advance, బాకీ / Balance; "నగదుగా
    ముట్టినది" (received in cash) in a Telugu hand; no reference); Instamojo's mail of a payment received for
    the web shop (the showroom on top; "You have received a payment of Rs. x"; Payment ID, Buyer, Purpose,
    Amount, Instamojo fees, Payment method, Paid on on hairline rows); the Numaish stall's CASH MEMO from a
    carbon book in the exhibition's days (No. printed; Date and Name written in; the pieces written in ruled
    columns, Total; "Paid by PhonePe, UPI Ref ..." in the hand); Easebuzz's payment link failed for a
    corporate order under a scalloped badge (the reason in a notice; labels small over their values two to a
    row: Transaction ID and Amount, Payment mode and Attempted on, Link ID and Status); the firm's MONEY
    RECEIPT from its book by cheque under an embossed brass plate and a strip of repousse beading, signed
    across a revenue stamp ("Received with thanks from ... the sum of Rupees ... by Cheque No. ... dated ...
    drawn on ... towards ..."; Rs. in a box; "Subject to realisation of the cheque."; Receipt No. struck in
    red); Khatabook's entry of a payment got ("Today, <hour>"; the showroom on top, "You got", the sum large,
    "from <customer>", "Paid by UPI", UPI Ref in a card; Balance due; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=1500, high=98000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        plate(p)
        telugu(p, SHOP_TE, scale=1.15, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}")
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
        beading(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"PBG/{fy(j.date)}/{rng.randrange(10, 900):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        cols(
            p,
            "iv0",
            spec,
            f"Invoice No.: {inv}",
            f"Date: {day_as(j, rng, ['%d/%m/%Y', '%d-%b-%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        cols(p, "iv0", spec, f"Bill to: {CORPORATE.split(',')[0]}", "Place of Supply: 29-Karnataka")
        p.add("gap")
        items = pieces(rng, rng.randrange(2, 4), high=9000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        spec2 = [
            (0.0, 0.06, "c"),
            (0.06, 0.5, "l"),
            (0.5, 0.6, "c"),
            (0.6, 0.68, "c"),
            (0.68, 0.84, "r"),
            (0.84, 1.0, "r"),
        ]
        cols(p, "ivh", spec2, "Sl.", "Description", "HSN", "Qty", "Rate", "Amount", mode="line")
        for n, (t, hsn, q, pr) in enumerate(items):
            cols(p, "ivl", spec2, str(n + 1), SHORT[t], hsn, str(q), num(pr), num(q * pr), mode="line")
        kvr(p, "Taxable Value", num(taxable))
        kvr(p, "IGST 5%", num(gst))
        total(p, "Invoice Total", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Amount in words: Rupees {in_words(j.amount)} only", "small")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_of(rng, j, "ICICI Bank", way)
        p.add("gap")
        p.add(
            "left",
            f"Payment received by {way}, UTR {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        h271.rstamp(p, [SHOP_CAPS, "PAYMENT RECEIVED", "ABIDS, HYDERABAD"], "blue", at=0.55, rows_=5)
        p.add("small", "Hand beaten repousse of Pembarthi (GI). Subject to Hyderabad jurisdiction.")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, f"smartgateway.hdfcbank.com/payment-page/order/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by HDFC Bank SmartGateway")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        boxed(
            p,
            "We have not yet received a confirmation from your bank. Please do not pay again; your order will "
            "be confirmed as soon as the bank responds, or the amount refunded.",
            "warn",
        )
        oid = f"PBG{rng.randrange(20400, 79000)}"
        tid = f"ord_{code(rng, 16, MIXED)}"
        for label_, value, facts in [
            ("Order ID", oid, {"txn": (ORDER_RANK, oid)}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment method", "Net Banking (State Bank of India)", {"method": "netbanking"}),
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
        ]:
            gkv(p, "sg", label_, value, at=0.34, **facts)
        return p.done()
    if k == 2:
        value = float(rng.randrange(40, 300) * 1000)
        j.amount = float(round(value * rng.choice([0.25, 0.3, 0.4, 0.5]) / 1000) * 1000)
        p = sheet(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(252, 248, 236), (248, 246, 238)])
        offcuts(p)
        p.part = "head"
        telugu(p, FIRM_TE, scale=1.05, bold=True)
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", f"Repousse in brass and silver  |  {TOWN}")
        beading(p)
        telugu(p, "అడ్వాన్సు రసీదు  |  ADVANCE RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..........")
        h294.tnum(p, 1, "తేదీ", "Date", day_as(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        h294.tnum(p, 2, "ఎవరి నుండి", "Received from", "Temple Committee, Karimnagar")
        h294.tnum(p, 3, "దేనికి", "Towards", rng.choice(TEMPLE_ORDERS))
        h294.tnum(p, 4, "ఆర్డర్ విలువ", "Order value", f"Rs. {num(value, 'indian', 0)}/-")
        h294.tnum(p, 5, "అడ్వాన్సు", "Advance", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        h294.tnum(p, 6, "బాకీ", "Balance", f"Rs. {num(value - j.amount, 'indian', 0)}/-")
        thand(p, "నగదుగా ముట్టినది", method="cash", status=status)
        sig(p)
        p.add("right", f"For {FIRM}")
        return p.done()
    if k == 3:
        p = mail_page(rng, font, "Instamojo <notifications@instamojo.com>", ["You have received a payment"])
        p.part = "head"
        name = pick(p, "title", [SHOP, SHOP_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"Your Instamojo store  |  {WEB}")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {SON.split()[1]},")
        p.add("left", f"You have received a payment of {rs(j.amount)}.", status=status)
        p.add("gap")
        pid = f"MOJO{j.date:%y%m}{code(rng, 4, UPPER)}{digits(rng, 5)}"
        fee = round(j.amount * 0.02 + 3, 2)
        h269.kind(p, "im", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line", bold=(1,))
        h269.row(p, "im", "Payment ID", pid, txn=(TXN_RANK, pid))
        h269.row(p, "im", "Buyer", who.split(" ", 1)[1])
        h269.row(p, "im", "Purpose", clip(rng.choice(WORKS)[0], 40))
        h269.row(p, "im", "Amount", rs(j.amount), amount=j.amount)
        h269.row(p, "im", "Instamojo fees", rs(fee))
        h269.row(
            p,
            "im",
            "Payment method",
            f"Debit Card ({rng.choice(['Visa', 'RuPay', 'Mastercard'])})",
            method="card",
        )
        h269.row(p, "im", "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.add("gap")
        p.add("small", "The amount less fees will be transferred to your bank account in 3 working days.")
        return p.done()
    if k == 4:
        move_to(j, rng, NUMAISH + dt.timedelta(days=rng.randrange(NUMAISH_DAYS)))
        p = sheet(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 246, 232), (244, 246, 250)])
        h289.carbon(p)
        p.part = "head"
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", STALL)
        cols(p, "nm", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "CASH MEMO", "DUPLICATE", mode="soft")
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        p.add("left", f"No. {no}", txn=(INVOICE_RANK, no))
        filled(p, "Date", day_as(j, rng, ["%d/%m/%y", "{d}/%m/%Y"]), date=j.date)
        filled(p, "Name", who)
        spec = [(0.0, 0.56, "l"), (0.56, 0.7, "c"), (0.72, 1.0, "r")]
        cols(p, "nmh", spec, "Particulars", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for t, _, q, pr in pieces(rng, rng.randrange(2, 4), high=4000):
            q = min(q, 4)
            hcells(p, spec, SHORT[t], str(q), num(q * pr, "indian", 0))
            j.amount += q * pr
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.56, 0.71])
        p.add("gap")
        hand(p, f"Paid by PhonePe, UPI Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("small", "Goods once sold will not be taken back. Visit us at Abids.")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 18000, 96000, 0.8)
        p = browser_page(rng, font, f"pay.easebuzz.in/link/{code(rng, 8, LOWER)}/status")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"Payment link for {CORPORATE.split(',')[0]}  |  Powered by Easebuzz")
        p.add("rule")
        p.part = "body"
        h287.burst(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "The transaction was declined by the issuing bank (card not enabled for online payments). No "
            "amount has been deducted. You can retry with another card or UPI.",
            "error",
        )
        tid = f"E{j.date:%y%m%d}{code(rng, 7, UPPER + '0123456789')}"
        lid = f"PL{digits(rng, 8)}"
        two_up(
            p, "eb1", ("Transaction ID", tid), ("Amount", rs(j.amount)), txn=(TXN_RANK, tid), amount=j.amount
        )
        two_up(
            p,
            "eb2",
            ("Payment mode", f"Credit Card XX{digits(rng, 4)}"),
            ("Attempted on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", "))),
            method="card",
            date=j.date,
        )
        two_up(p, "eb3", ("Link ID", lid), ("Status", "Failed"))
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(40, 400) * 1000)
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(253, 250, 240), (248, 248, 242)])
        p.part = "head"
        plate(p)
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        beading(p)
        p.add("center", "MONEY RECEIPT")
        p.part = "body"
        rno = str(rng.randrange(1200, 4800))
        h279.redno(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        filled(p, "Date", day_as(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), date=j.date)
        filled(p, "Received with thanks from", TEMPLE_CTTEE.split(",")[0])
        filled(p, "the sum of Rupees", f"{in_words(j.amount)} only")
        cheque_day = earlier(rng, j, 1, 5)
        filled(p, "by Cheque No.", f"{digits(rng, 6)} dated {when(cheque_day, '%d/%m/%Y')}", method="cheque")
        filled(p, "drawn on", "Union Bank of India, Karimnagar")
        filled(p, "towards", f"balance, {rng.choice(TEMPLE_ORDERS)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("small", "Subject to realisation of the cheque.", status=status)
        h289.revenue(p)
        sig(p)
        p.add("right", f"For {FIRM}")
        return p.done()
    j.amount = rupees(rng, 800, 28000, 0.8)
    p = phone(rng, font, k, ["", "Khatabook"], dark=False, buttons=("Share", "Send reminder"))
    band(p, (0, 96, 180))
    app_head(p, "Khatabook", "Transaction details")
    name = pick(p, "center", [SHOP, SHOP_CAPS])
    p.add("center", name, merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
    p.add("gap")
    c = card_open(p)
    p.add("center", "You got", status=status)
    h277.bigsum(p, rupee_sign(p.font), j.amount, "indian", amount=j.amount)
    p.add("center", f"from {who.split(' ', 1)[1]}")
    p.add("small", "Paid by UPI", method="UPI")
    p.add("small", f"UPI Ref: {j.ref}", txn=(UTR_RANK, j.ref))
    card_close(p, c)
    p.add("gap")
    kvr(p, "Balance due", rs(0.0))
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


MILL = "SHREE GANESH METAL ROLLING MILLS"
KAMMARI = "K. Sattaiah"
PLATER = "NOORI ELECTROPLATING WORKS"
PLATER_UR = "نوری الیکٹرو پلیٹنگ ورکس"
BOXES = "DECCAN GIFT BOX INDUSTRIES"
RAMDEV = "SHRI RAMDEV TRADERS"
RAMDEV_HI = "श्री रामदेव ट्रेडर्स"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Jagadhri brass rolling mill's e-invoice (IRN, Ack
    No. and Ack Date beside its QR code; Invoice No. beside its earlier Date; the sheets by the kilogram in a
    table ruled on every side with IGST 18% and its Total) with the firm's accountant's yellow sticky note
    ("Paid RTGS", "UTR ...", "on <day>"); the village blacksmith's chit for chasing punches in a Telugu hand
    on a ruled page, photographed lying on a sheet of brass, off-cuts in its margins (his name in Latin
    letters at its head; తేదీ (date) and the day, "పెంబర్తి విశ్వకర్మ వారికి" (to the Pembarthi Vishwakarmas);
    ఉలులు (chisels), అచ్చులు (punches) and సుత్తి పిడి (a hammer's handle) by the piece with their sums,
    మొత్తం (total), "నగదు ముట్టింది" (cash received); no reference); TGSRTC Logistics' parcel booking receipt
    on a torn roll (LR NO, DATE, FROM, TO, ARTICLES, WEIGHT, FREIGHT, GST 18%, TOTAL, PAY MODE, UPI REF typed
    in its printer's face); IndiaMART's Pay with IndiaMART with the payment for a buffing motor pending
    confirmation (a capsule, a progress bar, a notice; Order ID, Seller, Item, Amount, Payment, Initiated on
    each value over its label); an Old City electroplating works' BILL under its Urdu name (No. and Date
    written in; the thoranams and frames gold-plated written in ruled columns, Total; "Paid by GPay, UPI Ref
    ..." in the hand); Flipkart's payment failed for a bench grinder on a tinted band (the reason in a notice;
    labels small over their values two to a row: Order ID and Amount, Sold by and Payment, Attempted on and
    Items); a memento box maker's PAYMENT RECEIPT from Zoho Invoice (Payment Date, Reference Number, Payment
    Mode, Amount Received in Words against a gutter; Amount Received on a tinted panel; Invoice Number |
    Invoice Date | Invoice Amount | Payment Amount on hairline rows); a Begum Bazar pitch and lac dealer's
    KACHCHA BILL under his Hindi name (Date left blank; the lac, rosin, brick powder and linseed oil written
    in ruled columns, Total; "Pd. IMPS, Ref ..." in the hand with the accountant's tick; no day). All new
    here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=1500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, MILL, merchant=MILL)
        p.add(
            "small",
            f"Brass and copper sheets  |  Industrial Area, Jagadhri - 135003 (Haryana)  |  GSTIN {gst_no(rng, '06', 'F')}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE (e-Invoice)")
        p.part = "body"
        irn = code(rng, 64, "0123456789abcdef")
        ack = f"1126{digits(rng, 11)}"
        inv_day = earlier(rng, j, 5, 28)
        h269.qr(p, irn, "r", 4)
        for _ in range(3):
            p.rows.pop()
            p.tags.pop()
        h269.kind(p, "irn", [(0.0, 0.72, "l")], "plain")
        h269.ext(p)["scale"]["irn"] = 0.74
        h269.row(p, "irn", f"IRN: {irn[:32]}")
        h269.row(p, "irn", f"{irn[32:]}")
        h269.row(p, "irn", f"Ack No.: {ack}")
        h269.row(p, "irn", f"Ack Date: {when(inv_day, '%d-%m-%Y')} {hhmm(rng, twelve=False)}")
        p.add("gap")
        inv = f"SGM/{fy(inv_day)}/{rng.randrange(300, 4800)}"
        cols(
            p,
            "ml0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Date: {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {FIRM}, Pembarthi (36-Telangana)")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("Brass sheet 24 SWG, 3 x 2 ft", 640, 720),
                ("Brass sheet 22 SWG, 4 x 2 ft", 630, 710),
                ("Brass sheet 26 SWG, soft (annealed)", 660, 740),
                ("Copper sheet 24 SWG", 880, 980),
            ],
            rng.randrange(2, 4),
        ):
            kg = rng.randrange(20, 120)
            rate = float(rng.randrange(lo, hi))
            taxable += kg * rate
            rows_.append(([text, str(kg), num(rate), num(kg * rate)], {}))
        gst = round(taxable * 0.18, 2)
        j.amount = round(taxable + gst, 2)
        rows_.append((["IGST 18%", "", "", num(gst)], {}))
        grid(
            p,
            "ml",
            [(0.0, 0.5, "l"), (0.5, 0.6, "c"), (0.6, 0.78, "r"), (0.78, 1.0, "r")],
            ["Description (HSN 7409)", "Kg", "Rate", "Amount"],
            rows_,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(238, 232, 214),
        )
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_of(rng, j, "State Bank of India", way)
        h275.sticky(
            p,
            [
                (f"Paid {way}", {"method": "netbanking", "status": status}),
                (f"UTR {utr}", {"txn": (UTR_RANK, utr)}),
                (f"on {day_as(j, rng, ['%d/%m/%y', '{d}.%m.%Y'])}", {"date": j.date}),
            ],
        )
        p.add("small", "Bank: Punjab National Bank, Jagadhri  |  Subject to Jagadhri jurisdiction")
        return p.done()
    if k == 1:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(246, 244, 236), (250, 248, 240)])
        on_brass(p)
        offcuts(p)
        p.part = "head"
        hand(p, KAMMARI, align="l", merchant=KAMMARI)
        p.part = "body"
        start = len(p.rows)
        thand(p, f"తేదీ {day_as(j, rng, ['%d/%m/%Y', '{d}-%m-%y'])}", scale=1.1, date=j.date)
        thand(p, "పెంబర్తి విశ్వకర్మ వారికి", scale=1.1)
        n1, r1 = rng.randrange(6, 20), rng.choice([60, 70, 80])
        n2, r2 = rng.randrange(4, 12), rng.choice([120, 150, 180])
        n3, r3 = rng.randrange(1, 4), rng.choice([90, 110])
        j.amount = float(n1 * r1 + n2 * r2 + n3 * r3)
        thand(p, f"ఉలులు {n1} x {r1}", figure=num(float(n1 * r1), "indian", 0), scale=1.1)
        thand(p, f"అచ్చులు {n2} x {r2}", figure=num(float(n2 * r2), "indian", 0), scale=1.1)
        thand(p, f"సుత్తి పిడి {n3} x {r3}", figure=num(float(n3 * r3), "indian", 0), scale=1.1)
        thand(p, "మొత్తం", figure=f"{num(j.amount, 'indian', 0)}/-", scale=1.1, amount=j.amount)
        ledger(p, start, [0.74])
        p.add("gap")
        thand(p, "నగదు ముట్టింది", scale=1.25, method="cash", status=status)
        hand(p, "- Sattaiah", align="r")
        return p.done()
    if k == 2:
        kilos = rng.randrange(8, 60)
        freight = float(rng.randrange(9, 20) * kilos + 40)
        gst = round(freight * 0.18, 2)
        j.amount = round(freight + gst, 2)
        p = roll(rng, font, [440, 460, 480], [17, 18])
        h269.torn(p)
        p.part = "head"
        name = pick(p, "center", ["TGSRTC LOGISTICS", "TGSRTC Logistics"])
        p.add("center", name, merchant=name)
        p.add("small", "Telangana State Road Transport Corporation")
        p.add("small", "Jangaon Bus Station Counter")
        p.part = "body"
        p.add("center", "PARCEL BOOKING RECEIPT")
        n_ = min(h271.tt_cols(p), 36)
        mono(p, "-" * n_, scale=0.86)

        def line(label_: str, value: str, **facts) -> None:
            mono(p, f"{label_:<10}: {value}"[:n_], scale=0.86, **facts)

        line("LR NO", f"JNG{digits(rng, 9)}")
        line("DATE", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), date=j.date)
        line("FROM", "JANGAON")
        line("TO", "HYDERABAD MGBS")
        line("ARTICLES", f"{rng.randrange(2, 7)} CARTONS (BRASS)")
        line("WEIGHT", f"{kilos} KG")
        line("FREIGHT", num(freight, "plain"))
        line("GST 18%", num(gst, "plain"))
        mono(p, "-" * n_, scale=0.86)
        line("TOTAL", num(j.amount, "plain"), amount=j.amount)
        line("PAY MODE", "UPI", method="UPI", status=status)
        line("UPI REF", j.ref, txn=(UTR_RANK, j.ref))
        mono(p, "-" * n_, scale=0.86)
        p.add("small", "Delivery at MGBS parcel office. Track on tgsrtclogistics.co.in")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(380, 1400) * 10)
        p = phone(rng, font, k, ["", "Order"], dark=False, buttons=("Check payment status",))
        band(p, (42, 46, 128))
        app_head(p, "IndiaMART", "Pay with IndiaMART")
        capsule(p, "Payment pending confirmation", status)
        h294.progress(p, 0.4, status)
        boxed(
            p,
            "We are waiting for your bank to confirm this payment. The seller will be paid once it is "
            "confirmed; please do not pay again.",
            "warn",
        )
        oid = f"IM{digits(rng, 10)}"
        seller = "Sri Sai Tools & Machinery"
        vlab(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        vlab(p, "Seller", seller, bold=False, merchant=seller)
        vlab(p, "Item", "Buffing motor 1 HP with 2 buffs", bold=False)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Payment", "Net Banking (SBI)", bold=False, method="netbanking")
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 4:
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 240)])
        p.part = "head"
        h277.urdu(p, PLATER_UR, scale=1.1)
        top(p, PLATER, merchant=PLATER)
        p.add("small", "Gold, silver and nickel plating  |  Lad Bazar, Charminar, Hyderabad - 500002")
        p.add("center", "BILL")
        p.part = "body"
        no = str(rng.randrange(300, 2900))
        cols(p, "eln", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        filled(p, "Date", day_as(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        filled(p, "M/s", "Pembarthi Brass Gallery")
        spec = [(0.0, 0.56, "l"), (0.56, 0.68, "c"), (0.7, 1.0, "r")]
        cols(p, "elh", spec, "Particulars", "Nos.", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Gold plating, thoranam 4 ft", 2400, 4200),
                ("Gold plating, kireetam", 1400, 2600),
                ("Silver plating, Balaji frame", 220, 420),
                ("Lacquer coat, wall plates", 60, 120),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(1, 4) if lo > 1000 else rng.randrange(6, 30)
            v = float(q * rng.randrange(lo, hi, 10))
            hcells(p, spec, text, str(q), num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.56, 0.69])
        p.add("gap")
        hand(p, f"Paid by GPay, UPI Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([3899, 4299, 5499, 6799]))
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (40, 116, 240))
        app_head(p, "Flipkart", "Payment")
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "Your payment could not be completed because the bank's server did not respond. If money was "
            "debited, it will be refunded in 5 to 7 days.",
            "error",
        )
        oid = f"OD{digits(rng, 18)}"
        seller = "TOOLSKART RETAIL"
        two_up(
            p,
            "fk1",
            ("Order ID", oid[:14]),
            ("Amount", rs(j.amount)),
            txn=(ORDER_RANK, oid[:14]),
            amount=j.amount,
        )
        two_up(p, "fk2", ("Sold by", seller), ("Payment", "UPI"), merchant=seller, method="UPI")
        two_up(
            p,
            "fk3",
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            ("Items", "1"),
            date=j.date,
        )
        p.add("gap")
        p.add("small", "Bench grinder 6 in, 370 W, with wire brush wheel")
        return p.done()
    if k == 6:
        p = sheet(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, BOXES, merchant=BOXES)
        p.add(
            "small",
            f"Velvet and rigid gift boxes  |  IDA Cherlapally, Hyderabad - 500051  |  GSTIN {gst_no(rng)}",
        )
        p.add("rule")
        p.add("center", "PAYMENT RECEIPT")
        p.part = "body"
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_of(rng, j, "State Bank of India", way)
        gutter(p, "zr", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=0.38, date=j.date)
        gutter(p, "zr", "Reference Number", utr, at=0.38, txn=(UTR_RANK, utr))
        gutter(p, "zr", "Payment Mode", f"Bank Transfer ({way})", at=0.38, method="netbanking")
        gutter(p, "zr", "Amount Received in Words", f"Indian Rupee {in_words(j.amount)} Only", at=0.38)
        p.add("gap")
        panel(p, "Amount Received", rs(j.amount), (232, 242, 236), amount=j.amount, status=status)
        p.add("left", f"Received From: {FIRM}")
        spec = [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")]
        cols(p, "zh", spec, "Invoice Number", "Invoice Date", "Invoice Amount", "Payment Amount", mode="line")
        inv = f"INV-{rng.randrange(100, 2400):06d}"
        cols(
            p,
            "zl",
            spec,
            inv,
            when(earlier(rng, j, 3, 20), "%d/%m/%Y"),
            num(j.amount),
            num(j.amount),
            mode="line",
        )
        p.add("small", "Generated with Zoho Invoice")
        return p.done()
    p = sheet(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(250, 246, 236), (246, 246, 238)])
    p.part = "head"
    h287.native(p, RAMDEV_HI, scale=1.1, bold=True)
    top(p, RAMDEV, merchant=RAMDEV)
    p.add("small", "Lac, rosin and hardware  |  Begum Bazar, Hyderabad - 500012")
    p.add("center", "KACHCHA BILL")
    p.part = "body"
    p.add("left", "Date ..............")
    filled(p, "M/s", "Vishwakarma, Pembarthi")
    spec = [(0.0, 0.5, "l"), (0.5, 0.64, "c"), (0.64, 0.8, "r"), (0.82, 1.0, "r")]
    cols(p, "rdh", spec, "Item", "Qty", "Rate", "Rs.", mode="line")
    start = len(p.rows)
    j.amount = 0.0
    for text, lo, hi in rng.sample(
        [
            ("Lac (chapda)", 380, 520),
            ("Rosin (ral)", 160, 240),
            ("Brick powder", 20, 40),
            ("Linseed oil (ltr)", 180, 260),
        ],
        rng.randrange(2, 5),
    ):
        q = rng.randrange(2, 25)
        rate = rng.randrange(lo, hi, 5)
        hcells(p, spec, text, str(q), str(rate), num(float(q * rate), "indian", 0))
        j.amount += q * rate
    j.amount = float(j.amount)
    hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    h275.bahi(p, start, [0.5, 0.64, 0.81], fold=False)
    p.add("gap")
    hand(p, f"Pd. IMPS, Ref {j.ref}", method="netbanking", status=status, txn=(UTR_RANK, j.ref))
    h273.tick(p)
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
PAID_TO = [
    ("DECCAN GIFT BOX INDUSTRIES", "HDFC Bank", "IMPS"),
    ("SRI SAI TOOLS AND MACHINERY", "ICICI Bank", "NEFT"),
    ("SHREE GANESH METAL ROLLING MILLS", "Punjab National Bank", "RTGS"),
    ("K Sattaiah", "Telangana Grameena Bank", "UPI"),
    ("SHRI RAMDEV TRADERS", "Kotak Mahindra Bank", "NEFT"),
    ("NOORI ELECTROPLATING WORKS", "Federal Bank", "IMPS"),
    ("VISHNU TRANSPORT CO", "Canara Bank", "NEFT"),
    ("SRINIVASA POLISHING WORKS", "Union Bank of India", "NEFT"),
]
FROM_BANK = [
    "Telangana Grameena Bank",
    "Union Bank of India",
    "State Bank of India",
    "Canara Bank",
    "HDFC Bank",
    "Indian Bank",
    "The Warangal District Co-operative Central Bank",
    "Axis Bank",
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Telangana Grameena Bank's TGB mBanking with an IMPS to the
    box maker successful under a large tick (the sum, "to <payee>"; Beneficiary, Account No., IFSC, IMPS Ref
    No, Date & Time in a table ruled on every side); Union Bank of India's Vyom with a NEFT failed in an
    octagon (the reason in a notice; Beneficiary, Amount, UTR, Date, Reason in dot leaders); OnlineSBI's
    e-Receipt of an RTGS to the Jagadhri mill (its sentence; Reference No., UTR Number, Debit Account,
    Beneficiary Name, Beneficiary Bank / IFSC, Amount, Commission, Transaction Date, Status in a striped
    table); Canara Bank's Canara ai1 with a UPI to the blacksmith ("Today, <hour>"; a Success capsule, the
    sum, "to <payee>" over his UPI ID; a copyable UPI Ref No.; From; no day); HDFC Bank's MobileBanking with a
    NEFT in process under a spinner (its stages across the screen, a notice; Beneficiary, Amount, Reference
    No., Initiated on, Debit from against a gutter); Indian Bank's IndOASIS with an IMPS to the Old City
    plater successful under a tile's tick (labels small over their values two to a row: Beneficiary and
    Amount, IMPS Ref No. and Date, From A/c and Remarks); the Warangal District Co-operative Central Bank's
    NEFT / RTGS APPLICATION filled in by hand under its Telugu name (the Remitter printed; numbered fields,
    each its Telugu name over its English: తేదీ / Date, లబ్ధిదారు / Beneficiary, ఖాతా సంఖ్య / A/c No.,
    ఐఎఫ్ఎస్సీ / IFSC, మొత్తం / Amount; NEFT and RTGS in boxes, NEFT ticked; the branch's rectangular stamp;
    UTR written in by the branch); Axis Mobile's shared receipt of a NEFT to the polishers ("<sum> sent to
    <payee>", "on <day>", "via NEFT"; no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=4000, high=160000)
    to, their_bank, way = PAID_TO[k]
    if way == "IMPS":
        j.amount = rupees(rng, 3000, 90000, 0.6)
    if way == "UPI":
        j.amount = rupees(rng, 800, 12000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 205000, 460000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_of(rng, j, FROM_BANK[k], way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXXX{digits(rng, 4)}"
    ifsc = f"{IFSC.get(their_bank, 'HDFC')}0{digits(rng, 6)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 104, 64))
        app_head(p, "TGB mBanking", "Telangana Grameena Bank  |  IMPS")
        sicon(p, status)
        p.add("center", "IMPS Transfer Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {to.title()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        grid(
            p,
            "tg",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Beneficiary", to], {}),
                (["Account No.", acct], {"method": method}),
                (["IFSC", ifsc], {}),
                (["IMPS Ref No", utr], {"txn": (UTR_RANK, utr)}),
                (["Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))], {"date": j.date}),
            ],
            tint=(226, 240, 230),
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Try again",))
        band(p, (220, 30, 40))
        app_head(p, "Vyom", "Union Bank of India  |  NEFT")
        h294.octa(p, status)
        p.add("center", "Transaction Failed", status=status)
        boxed(
            p,
            "The beneficiary bank could not credit the account (invalid account number). The amount has been "
            "credited back to your account.",
            "error",
        )
        dots(p, "Beneficiary", to, at=0.36, merchant=to)
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "UTR", utr, at=0.36, txn=(UTR_RANK, utr), method=method)
        dots(p, "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.36, date=j.date)
        dots(p, "Reason", "Invalid A/c", at=0.36)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "retail.onlinesbi.sbi/retail/rtgsconfirmation.htm")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", "OnlineSBI  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        prose(p, "Your RTGS transaction has been processed successfully.", status=status)
        p.add("gap")
        ref = f"IR{digits(rng, 8)}{code(rng, 1, UPPER)}"
        zebra(
            p,
            "sbi",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Transaction details", ""],
            [
                (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR Number", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", f"000000{digits(rng, 5)}XXXX"], {}),
                (["Beneficiary Name", to], {"merchant": to}),
                (["Beneficiary Bank / IFSC", f"PNB / {ifsc}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "method": method}),
                (["Commission", rs(24.5)], {}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Status", "Completed"], {}),
            ],
            (40, 30, 120),
        )
        p.add("small", "This is a computer generated e-Receipt and does not require a signature.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (0, 120, 190))
        app_head(p, "Canara ai1", "Canara Bank  |  UPI")
        p.add("small", f"Today, {hhmm(rng)}")
        pill(p, "Success", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("small", f"sattaiah.kammari{rng.randrange(10, 99)}@oksbi")
        p.add("gap")
        copyrow(p, "UPI Ref No.", utr, txn=(UTR_RANK, utr))
        kvr(p, "From", f"Canara Bank {bullets(font)}{digits(rng, 4)}", method=method)
        kvr(p, "Note", "punches and chisels")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Refresh",))
        band(p, (0, 70, 150))
        app_head(p, "HDFC Bank", "MobileBanking  |  NEFT")
        h279.spinner(p, AMBER)
        p.add("center", "NEFT in process", status=status)
        h289.steps(p, ["Submitted", "Sent to RBI", "Credited"], 1, status)
        boxed(
            p,
            "Your NEFT request has been sent and is awaiting credit at the beneficiary bank. Please do not "
            "transfer again.",
            "warn",
        )
        gutter(p, "hd", "Beneficiary", to, at=0.38, merchant=to)
        gutter(p, "hd", "Amount", rs(j.amount), at=0.38, amount=j.amount, method=method)
        gutter(p, "hd", "Reference No.", utr, at=0.38, txn=(UTR_RANK, utr))
        gutter(
            p,
            "hd",
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.38,
            date=j.date,
        )
        gutter(p, "hd", "Debit from", f"Current A/c XX{digits(rng, 4)}", at=0.38)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Done"))
        band(p, (10, 60, 140))
        app_head(p, "IndOASIS", "Indian Bank  |  IMPS")
        h287.tile(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("gap")
        two_up(p, "in1", ("Beneficiary", to), ("Amount", rs(j.amount)), merchant=to, amount=j.amount)
        two_up(
            p,
            "in2",
            ("IMPS Ref No.", utr),
            ("Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        two_up(p, "in3", ("From A/c", acct[-8:]), ("Remarks", "gold plating"), method=method)
        return p.done()
    if k == 6:
        p = sheet(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(246, 248, 240), (250, 246, 236)])
        boxes_in_pen(p)
        p.part = "head"
        telugu(p, "వరంగల్ జిల్లా సహకార కేంద్ర బ్యాంకు", bold=True)
        top(
            p,
            pick(p, "title", ["THE WARANGAL DISTRICT CO-OPERATIVE CENTRAL BANK LTD.", "WARANGAL DCCB LTD."]),
        )
        p.add("small", "Jangaon Branch  |  NEFT / RTGS APPLICATION (CUSTOMER COPY)")
        p.part = "body"
        p.add("left", f"Remitter: {FIRM}, Pembarthi")
        name = to.title()
        h294.tnum(p, 1, "తేదీ", "Date", day_as(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), at=0.36, date=j.date)
        h294.tnum(p, 2, "లబ్ధిదారు", "Beneficiary", name, at=0.36, merchant=name)
        h294.tnum(p, 3, "ఖాతా సంఖ్య", "A/c No.", str(digits(rng, 14)), at=0.36)
        h294.tnum(p, 4, "ఐఎఫ్ఎస్సీ", "IFSC", ifsc, at=0.36)
        h294.tnum(
            p,
            5,
            "మొత్తం",
            "Amount",
            f"Rs. {num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}",
            at=0.36,
            amount=j.amount,
        )
        h269.ticks(p, ["NEFT", "RTGS"], 0, method=method)
        h271.rstamp(p, ["WDCCB JANGAON", "TRANSFERRED", "NEFT"], "violet", at=0.5, rows_=5)
        filled(p, "UTR", utr, txn=(UTR_RANK, utr), status=status)
        p.add("gap")
        sig(p)
        return p.done()
    p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 580]), size=rng.choice([20, 21]))
    p.style["paper"] = (248, 240, 244)
    p.part = "head"
    p.add("title", "Axis Bank")
    p.add("small", "Axis Mobile  |  Transaction receipt")
    p.part = "body"
    p.add("gap")
    sicon(p, status)
    p.add("center", "Funds transferred", status=status)
    line = pick(p, "center", [f"{rs(j.amount)} sent to {to}", f"{rs(j.amount)} sent to Srinivasa Polishing"])
    p.add("center", line, amount=j.amount, merchant=line.split(" sent to ", 1)[1])
    p.add("small", f"on {day_as(j, rng, ['{d} %B %Y', '%d/%m/%Y'])}", date=j.date)
    p.add("small", "via NEFT  |  polishing, 40 plates", method=method)
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


REPOUSSE = [
    ("Ganesha plate, chasing", 180, 320),
    ("Ashtalakshmi panel, beating", 900, 1600),
    ("Vase, repousse border", 140, 260),
    ("Memento plate, embossing", 40, 90),
    ("Kalasam, raising and chasing", 220, 380),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its craftsmen, its polishers and its showroom's staff: the workshop's PIECE WORK
    ACCOUNT under its Telugu heading "పని లెక్క" (work account), photographed lying on a sheet of brass,
    off-cuts in its margins (Craftsman written in; the days' pieces, their work, number and rate written in
    its ruled columns, Total; "Paid in cash" and "Paid on" written in; his "Recd." and name; no reference);
    RazorpayX Payroll's payslip for the showroom's salesman (Payslip for the month; labels small over their
    values two to a row: Employee ID and Name, Designation and Date of Joining, Bank and UAN; Earnings |
    Amount | Deductions | Amount in a striped table; Net Pay on a tinted panel; "Net pay credited on <day> by
    NEFT, UTR ..."); WhatsApp Pay in a chat with a woman polisher (the chat under its day divider, a payment
    card; a bottom sheet over the dimmed chat: Payment details, the sum large, Completed, To, UPI
    transaction ID, Date, From at the left and the right); slice's UPI payment to a craftsman pending (a
    capsule, the sum, "to <payee>", its stages left to right, a notice; UPI Ref No., Started on, From each in
    a read-only field's box); Bank of Baroda's bob World with a UPI payment successful on a scalloped badge
    ("Today, <hour>"; the sum, "to <payee>"; a copyable UPI Ref No.; From; no day); POP's UPI payment failed
    on a tinted band (the sum, "to <payee>", the reason in a notice; UPI Ref No., Date & time, Paid from in a
    striped table); the firm's PAYMENT VOUCHER printed from TallyPrime for a craftsman's Dasara bonus (No. and
    Dated on a line; Particulars | Amount with his line, Through: Cash and "On Account of: Dasara bonus";
    Amount (in words); Receiver's Signature and Authorised Signatory); a polisher's RECEIPT typed on the
    firm's paper and signed across a revenue stamp ("Received from ... the sum of Rs. x/- ... towards
    polishing ... by PhonePe, UPI Ref ..."; Date; his signature over his name). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=1500, high=28000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = CRAFTSMEN[(k + rng.randrange(2)) % len(CRAFTSMEN)]
    if k == 0:
        worker = rng.choice(
            ["Ojja Ramachary", "Chilukoju Narsimha Chary", "Kasoju Srinivas", "Vadla Yadagiri"]
        )
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
        on_brass(p)
        offcuts(p)
        p.part = "head"
        telugu(p, "పని లెక్క", scale=1.2, bold=True)
        p.add("center", "PIECE WORK ACCOUNT")
        p.add("small", f"{WORKSHOP}  |  {TOWN}")
        p.part = "body"
        p.add("rule")
        filled(p, "Craftsman", worker, merchant=worker)
        spec = [(0.0, 0.15, "l"), (0.15, 0.58, "l"), (0.58, 0.68, "c"), (0.68, 0.82, "r"), (0.84, 1.0, "r")]
        cols(p, "pw", spec, "Date", "Work", "Pcs", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        lines_ = []
        for text, lo, hi in rng.sample(REPOUSSE, 3):
            q = rng.randrange(1, 3) if lo >= 800 else rng.randrange(3, 20)
            rate = rng.randrange(lo, hi, 10)
            lines_.append((earlier(rng, j, 1, 14), text, q, rate))
        j.amount = 0.0
        for day, text, q, rate in sorted(lines_):
            hcells(p, spec, when(day, "%d/%m"), text, str(q), str(rate), num(float(q * rate), "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "", "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.15, 0.58, 0.68, 0.83])
        p.add("gap")
        hand(p, "Paid in cash", method="cash", status=status)
        filled(p, "Paid on", day_as(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        hand(p, f"Recd. - {worker.split()[-1]}", align="r")
        return p.done()
    if k == 1:
        worker = STAFF[0]
        basic = float(rng.randrange(110, 170) * 100)
        hra = float(round(basic * 0.4, -1))
        special = float(rng.randrange(10, 30) * 100)
        pf = float(round(min(basic, 15000) * 0.12))
        pt = 200.0
        j.amount = basic + hra + special - pf - pt
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, FIRM)
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for {j.month(1)}")
        p.part = "body"
        joined = dt.date(rng.randrange(2019, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
        two_up(
            p, "rp1", ("Employee ID", f"PBG-{rng.randrange(4, 30):03d}"), ("Name", worker), merchant=worker
        )
        two_up(p, "rp2", ("Designation", "Sales Associate"), ("Date of Joining", when(joined, "%d %b %Y")))
        two_up(p, "rp3", ("Bank", f"SBI XXXXXX{digits(rng, 4)}"), ("UAN", f"10{digits(rng, 10)}"))
        p.add("gap")
        zebra(
            p,
            "rpz",
            [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.54, 0.82, "l"), (0.82, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident Fund", num(pf)], {}),
                (["HRA", num(hra), "Professional Tax", num(pt)], {}),
                (["Special Allowance", num(special), "", ""], {}),
                (["Gross Earnings", num(basic + hra + special), "Total Deductions", num(pf + pt)], {}),
            ],
            (0, 90, 160),
        )
        panel(p, "Net Pay", rs(j.amount), (230, 240, 252), amount=j.amount)
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        prose(
            p,
            f"Net pay credited on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "Generated by RazorpayX Payroll. This payslip does not need a signature.")
        return p.done()
    if k == 2:
        worker = rng.choice(["Rudroju Lakshmi", "Malloju Padma"])
        first = worker.split()[-1]
        p = phone(rng, font, k, [""], dark=False, buttons=())
        p.part = "head"
        p.add("title", worker)
        p.add("small", "online")
        p.add("rule")
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y"])))
        p.add("gap")
        s = h275.gcard_open(p)
        h275.inrow(p, f"Payment to {first}", scale=0.86, soft=True)
        h275.inrow(p, rs(j.amount), scale=1.5, bold=True)
        h275.inrow(p, f"{sign(font, chr(0x2713), '')} Paid".strip(), scale=0.9)
        h275.gcard_close(p, s)
        p.add("gap")
        h287.sheet_open(p)
        p.add("center", "Payment details")
        p.add("small", "WhatsApp  |  Payments on UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Completed", status=status)
        kvr(p, "To", worker, merchant=worker)
        kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "From", f"State Bank of India {bullets(font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (110, 44, 220))
        app_head(p, "slice", "UPI")
        capsule(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        track(p, ["Sent", "Bank processing", "Received"], "dp-")
        boxed(
            p,
            "The receiver's bank has not confirmed yet. Please don't pay again; if it fails, the money comes "
            "back to your account within 48 hours.",
            "warn",
        )
        field(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Started on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        field(p, "From", f"slice savings {bullets(font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (240, 100, 20))
        app_head(p, "bob World", "Bank of Baroda  |  UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"Bank of Baroda {bullets(font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry",))
        band(p, (24, 24, 24))
        app_head(p, "POP", "UPI")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        boxed(
            p,
            "The receiver's bank did not respond in time (U91). No money has been debited from your account.",
            "error",
        )
        zebra(
            p,
            "pop",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Details", ""],
            [
                (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Paid from", f"Yes Bank XX{digits(rng, 4)}"], {"method": "UPI"}),
            ],
            (60, 60, 70),
        )
        return p.done()
    if k == 6:
        move_to(j, rng, DASARA - dt.timedelta(days=rng.randrange(2, 14)))
        worker = rng.choice(["Ojja Ramachary", "Bhoga Sathaiah", "Kamsali Ramulu", "Kasoju Srinivas"])
        j.amount = float(rng.choice([2000, 2500, 3000, 5000]))
        p = sheet(rng, font, [680, 720])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name)
        p.add("small", ADDRESS)
        p.add("rule")
        p.add("center", "Payment Voucher")
        p.part = "body"
        vno = str(rng.randrange(60, 900))
        cols(
            p,
            "tv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No.: {vno}",
            f"Dated: {day_as(j, rng, ['{d}-%b-%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "tvh", spec, "Particulars", "Amount", mode="line")
        cols(p, "tvl", spec, f"{worker} (Craftsman)", num(j.amount), merchant=worker, amount=j.amount)
        quiet(p, "Through: Cash", method="cash", status=status)
        quiet(p, "On Account of: Dasara bonus, 2026")
        total(p, "", num(j.amount), at=0.72)
        prose(p, f"Amount (in words): Indian Rupees {in_words(j.amount)} Only", "small")
        p.add("gap")
        cols(
            p,
            "tvs",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            "Receiver's Signature",
            "Authorised Signatory",
            mode="soft",
        )
        p.add("gap")
        p.add("small", "Printed from TallyPrime")
        return p.done()
    worker = rng.choice(["Bhoga Sathaiah", "Kamsali Ramulu"])
    j.amount = float(rng.randrange(52, 180) * 100)
    p = sheet(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(255, 255, 255), (250, 250, 246)])
    p.part = "head"
    p.add("center", "RECEIPT")
    p.part = "body"
    p.add("gap")
    filled(p, "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
    prose(
        p,
        f"Received from {FIRM}, Pembarthi, the sum of Rs. {num(j.amount, 'indian', 0)}/- (Rupees "
        f"{in_words(j.amount)} only) towards polishing and buffing of {rng.randrange(60, 240)} brass plates at "
        "piece rate,",
        amount=j.amount,
        status=status,
    )
    p.add("left", f"by PhonePe, UPI Ref {j.ref}.", method="UPI", txn=(UTR_RANK, j.ref))
    h289.revenue(p)
    sig(p)
    p.add("right", worker, merchant=worker)
    p.add("right", "Polisher, Pembarthi")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


GHMC = "Greater Hyderabad Municipal Corporation"
GHMC_TE = "బృహత్ హైదరాబాద్ మహానగర పాలక సంస్థ"
IPINDIA = "Intellectual Property India"
GP = "GRAM PANCHAYAT PEMBARTHI"
GP_TE = "గ్రామ పంచాయతీ పెంబర్తి"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed: GHMC's trade licence renewal receipt for
    the showroom under its Telugu name (Receipt No., Trade Licence No., Trade Name, Circle, Licence Year,
    Amount Paid, Payment Mode, Transaction ID, Payment Date as label and value on a line); a MeeSeva centre's
    receipt on its torn roll for the Labour Department's shop registration renewal (MEESEVA CENTRE,
    DEPARTMENT, SERVICE, APPLN NO, DEPT FEE, USER CHARGES, TOTAL, MODE, TXN ID, DATE typed in its printer's
    face); the Commercial Taxes Department's profession tax e-payment failed on a tinted band (the reason in a
    notice; PTEC No., Period, Amount, Transaction Ref. No., Bank, Attempted on in shaded labels); ESIC's
    contribution challan pending at the bank (a capsule, its stages across the page, a notice; labels small
    over their values two to a row: Challan No. and Transaction No., Contribution Period and Amount, Bank and
    Initiated on); the Income Tax Department's Challan Receipt (ITNS 280) for advance tax (PAN, Name,
    Assessment Year, Major Head, Minor Head, Amount, CIN, Bank Reference Number, BSR Code, Challan No., Date
    of Deposit, Mode in dot leaders); Intellectual Property India's payment receipt for the showroom's trade
    mark (CBR No., Application No., Class, Applicant, Fee, Payment Mode, Bank Transaction Ref., Date in a
    striped table); T Wallet's payment of a Hyderabad Traffic Police e-challan ("Today, <hour>"; the police
    under the app's bar, a large tick, Challan paid, the sum; Challan No., Vehicle No., Violation, Transaction
    ID, Paid from at the left and the right; no day); Gram Panchayat Pembarthi's house tax receipt from its
    book under its Telugu name (No. left blank; numbered fields, each its Telugu name over its English,
    written in by hand: తేదీ / Date, పేరు / Name, ఇంటి నంబరు / House No., సంవత్సరం / Year, మొత్తం / Amount;
    "నగదు ముట్టింది" (cash received) in a Telugu hand; the Panchayat Secretary's oval stamp; no reference).
    All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=500, high=30000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        j.amount = float(rng.choice([2500, 3750, 5000, 7500, 12000]))
        p = browser_page(rng, font, "www.ghmc.gov.in/TradeLicense/PaymentReceipt")
        p.part = "head"
        telugu(p, GHMC_TE, scale=1.05, bold=True)
        name = pick(p, "title", [GHMC, "GHMC"])
        top(p, name, merchant=name)
        p.add("small", "Trade Licence  |  Online Payment Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"TL{j.date:%y}{digits(rng, 9)}"
        tid = f"GHMC{digits(rng, 12)}"
        h269.kind(p, "gm", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "plain", bold=(1,))
        for label_, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno), "status": status}),
            (
                "Trade Licence No.",
                f"{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{digits(rng, 4)}-{j.date:%Y}",
                {},
            ),
            ("Trade Name", SHOP_CAPS, {}),
            ("Circle", "Circle-14 (Abids), Khairatabad Zone", {}),
            ("Licence Year", f"{j.date:%Y}-{j.date.year + 1 - 2000:02d}", {}),
            ("Amount Paid", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "Net Banking (SBI)", {"method": "netbanking"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
        ]:
            h269.row(p, "gm", label_, value, **facts)
        p.add("small", "This is a computer generated receipt. No signature is required.")
        return p.done()
    if k == 1:
        fee = float(rng.choice([200, 300, 500]))
        j.amount = fee + 35.0
        p = roll(rng, font, [460, 480, 500], [17, 18])
        h269.torn(p)
        p.part = "head"
        telugu(p, "మీసేవ", scale=1.1, bold=True)
        p.add("center", "MEESEVA - GOVERNMENT OF TELANGANA")
        p.add("small", "Citizen service receipt")
        p.part = "body"
        h271.ext(p)["tt_scale"] = 0.84
        n_ = min(h271.tt_cols(p), 40)
        tid = f"TS{digits(rng, 12)}"
        mono(p, "-" * n_, scale=0.84)

        def line(label_: str, value: str, **facts) -> None:
            mono(p, f"{label_:<13}: {value}"[:n_], scale=0.84, **facts)

        line("MEESEVA CNTR", f"MS{digits(rng, 6)} JANGAON")
        dept = "LABOUR DEPARTMENT"
        line("DEPARTMENT", dept, merchant=dept)
        line("SERVICE", "SHOPS & ESTT RENEWAL")
        line("APPLN NO", f"LAB{digits(rng, 10)}")
        line("DEPT FEE", f"{fee:.2f}")
        line("USER CHARGES", "35.00")
        line("TOTAL", f"{j.amount:.2f}", amount=j.amount)
        line("MODE", "CASH", method="cash", status=status)
        line("TXN ID", tid, txn=(TXN_RANK, tid))
        line("DATE", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), date=j.date)
        mono(p, "-" * n_, scale=0.84)
        p.add("small", "Track status on ts.meeseva.telangana.gov.in")
        return p.done()
    if k == 2:
        j.amount = 2500.0
        p = browser_page(rng, font, "www.tgct.gov.in/PT/epayment/status")
        p.part = "head"
        name = pick(p, "title", ["Commercial Taxes Department, Telangana", "Commercial Taxes Department"])
        top(p, name, merchant=name)
        p.add("small", "Profession Tax  |  e-Payment")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment unsuccessful", status)
        boxed(
            p,
            "Your bank did not confirm the debit before the session timed out. If your account was debited, "
            "the amount will be reversed by the bank within 7 working days.",
            "error",
        )
        ref = f"CTD{j.date:%y%m%d}{digits(rng, 7)}"
        kv(p, "PTEC No.", f"36{digits(rng, 9)}", at=0.4)
        kv(p, "Period", f"{j.date.year if j.date.month >= 4 else j.date.year - 1}-{fy(j.date)[-2:]}", at=0.4)
        kv(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
        kv(p, "Transaction Ref. No.", ref, at=0.4, txn=(TXN_RANK, ref))
        kv(p, "Bank", "State Bank of India (Net Banking)", at=0.4, method="netbanking")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.4, date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(2400, 18000))
        p = browser_page(rng, font, "www.esic.gov.in/ESICInsurance1/ChallanStatus")
        p.part = "head"
        name = pick(p, "title", ["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Employer portal  |  Monthly contribution challan")
        p.add("rule")
        p.part = "body"
        capsule(p, "Pending at bank", status)
        h289.steps(p, ["Generated", "Sent to bank", "Realised"], 1, status)
        boxed(
            p,
            "The bank has not yet confirmed the payment for this challan. Do not pay it again; the status will "
            "be updated when the bank's confirmation is received.",
            "warn",
        )
        cno = f"{digits(rng, 10)}"
        tno = f"ESIC{digits(rng, 12)}"
        two_up(p, "es1", ("Challan No.", cno), ("Transaction No.", tno), txn=(TXN_RANK, tno))
        two_up(p, "es2", ("Contribution Period", j.month(1)), ("Amount", rs(j.amount)), amount=j.amount)
        two_up(
            p,
            "es3",
            ("Bank", "SBI (Net Banking)"),
            ("Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))),
            method="netbanking",
            date=j.date,
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(20, 300) * 500)
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/challan-receipt")
        p.part = "head"
        name = pick(p, "title", ["Income Tax Department", "Income Tax Department, Government of India"])
        top(p, name, merchant=name)
        p.add("small", "e-Pay Tax  |  Challan Receipt (ITNS 280)")
        p.add("rule")
        p.part = "body"
        bsr = f"000{digits(rng, 4)}"
        cno = f"{rng.randrange(10000, 99999)}"
        cin = f"{bsr}{j.date:%d%m%y}{cno}"
        bref = f"IK{digits(rng, 8)}"
        ay = j.date.year + 1 if j.date.month >= 4 else j.date.year
        for label_, value, facts in [
            ("PAN", f"{PAN[:5]}XXXX{PAN[-1]}", {}),
            ("Name", OWNER_CAPS, {}),
            ("Assessment Year", f"{ay}-{(ay + 1) % 100:02d}", {}),
            ("Major Head", "Income Tax (Other than Companies) (0021)", {}),
            ("Minor Head", "Advance Tax (100)", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("CIN", cin, {"txn": (TXN_RANK, cin)}),
            ("Bank Reference Number", bref, {"txn": (BANK_RANK, bref), "status": status}),
            ("BSR Code", bsr, {}),
            ("Challan No.", cno, {"txn": (INVOICE_RANK, cno)}),
            ("Date of Deposit", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), {"date": j.date}),
            ("Mode", "Net Banking", {"method": "netbanking"}),
        ]:
            dots(p, label_, value, at=0.42, **facts)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([4500, 9000]))
        p = browser_page(rng, font, "ipindiaonline.gov.in/trademarkefiling/payment/receipt")
        p.part = "head"
        name = pick(p, "title", [IPINDIA, "Intellectual Property India (CGPDTM)"])
        top(p, name, merchant=name)
        p.add("small", "Office of the Controller General of Patents, Designs & Trade Marks  |  e-Filing")
        p.add("rule")
        p.part = "body"
        cbr = f"{digits(rng, 5)}"
        bref = f"IGAR{digits(rng, 7)}"
        zebra(
            p,
            "ip",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Payment receipt", ""],
            [
                (["CBR No.", cbr], {"txn": (INVOICE_RANK, cbr)}),
                (["Application No.", f"{digits(rng, 7)}"], {}),
                (["Class", "6, 20" if j.amount > 5000 else "6"], {}),
                (["Applicant", FIRM_CAPS], {}),
                (["Fee", rs(j.amount)], {"amount": j.amount, "status": status}),
                (["Payment Mode", "Online (SBI ePay - Net Banking)"], {"method": "netbanking"}),
                (["Bank Transaction Ref.", bref], {"txn": (BANK_RANK, bref)}),
                (["Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            ],
            (20, 60, 120),
        )
        p.add("small", "Trade Marks Registry. Form TM-A filed for the mark PEMBARTHI BRASS GALLERY (device).")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([135, 235, 535, 1035]))
        p = phone(rng, font, k, ["", "e-Challan"], dark=False, buttons=("Download receipt",))
        band(p, (0, 90, 160))
        app_head(p, "T Wallet", "Government of Telangana  |  e-Challan")
        name = pick(p, "center", ["Hyderabad Traffic Police", "Hyderabad City Traffic Police"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        sicon(p, status)
        p.add("center", "Challan paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        cno = f"HYD{digits(rng, 13)}"
        tid = f"TW{digits(rng, 12)}"
        kvr(p, "Challan No.", cno, txn=(INVOICE_RANK, cno))
        kvr(p, "Vehicle No.", f"TS09{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}")
        kvr(p, "Violation", "No parking")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid from", "T Wallet balance", method="wallet")
        return p.done()
    j.amount = float(rng.choice([480, 720, 1240, 1860]))
    p = sheet(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(244, 240, 226), (240, 244, 232)])
    p.part = "head"
    telugu(p, GP_TE, scale=1.15, bold=True)
    name = pick(p, "title", [GP, "Gram Panchayat Pembarthi"])
    top(p, name, merchant=name)
    p.add("small", "Jangaon Mandal, Jangaon District")
    telugu(p, "ఇంటి పన్ను రసీదు  |  HOUSE TAX RECEIPT", bold=True)
    p.part = "body"
    p.add("left", "No. ..........")
    h294.tnum(p, 1, "తేదీ", "Date", day_as(j, rng, ["%d/%m/%Y", "{d}-%m-%y"]), date=j.date)
    h294.tnum(p, 2, "పేరు", "Name", PROP)
    h294.tnum(p, 3, "ఇంటి నంబరు", "House No.", "4-112")
    yr = j.date.year if j.date.month >= 4 else j.date.year - 1
    h294.tnum(p, 4, "సంవత్సరం", "Year", f"{yr}-{(yr + 1) % 100:02d}")
    h294.tnum(p, 5, "మొత్తం", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
    thand(p, "నగదు ముట్టింది", method="cash", status=status)
    h287.oval(p, ["GRAM PANCHAYAT", "PEMBARTHI", "SECRETARY"], "violet", at=0.66, rows_=3)
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or named in its message: LIC's premium
    receipt under its Hindi name (Receipt No. and Receipt Date on a line; Policy No., Name, Plan / Term, Mode,
    Due Date, Premium, Late Fee, Total Amount, Mode of Payment, Transaction No. in a table ruled on every
    side); National Insurance's PREMIUM RECEIPT for the workshop's Bharat Sookshma Udyam Suraksha policy
    (Receipt No., Receipt Date, Policy No., Insured, Risk Location, Net Premium, CGST 9%, SGST 9%, Total
    Premium, Payment Mode, UTR against a gutter); Star Health's app with a family floater renewal's card
    payment failed in an octagon (the insurer under the app, the reason in a notice; labels small over their
    values two to a row: Policy No. and Premium, Payment ID and Card, Attempted on and Status); Digit's app
    with the delivery van's motor policy issued ("Today, <hour>"; the insurer under the app, a large tick,
    Policy issued, the sum; Policy No. and Transaction ID in tiles; "Paid via UPI"; no day); Niva Bupa's
    renewal payment in process (a capsule, the sum, "to <insurer>", its stages across the page, a notice;
    Policy No., Transaction ID, Initiated on, Paying via at the left and the right); Bajaj General's mail of
    a marine cargo premium received for an export consignment (its sentence; Policy No., Voyage, Sum
    Insured, Net Premium, IGST 18%, Total Premium, Payment Mode, Transaction ID, Payment Date on hairline
    rows); ICICI Prudential Life's SMS of a premium received ("Dear Customer, we have received Rs x via UPI
    towards premium for policy no. ... on <dd/mm/yyyy>. Thank you for choosing ICICI Prudential Life."; no
    reference); Royal Sundaram's
    shopkeeper's policy receipt for the showroom (its sentence "Received with thanks from ..."; Receipt No.
    and Receipt Date, Policy No. and Period, Net Premium and GST 18%, Total and Instrument, each label shaded
    over its value two to a row in a table ruled on every side). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2400, high=60000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    net = round(j.amount / 1.18, 2)
    half = round(net * 0.09, 2)
    if k in (1, 7):
        j.amount = round(net + 2 * half, 2)
    if k == 0:
        premium = rupees(rng, 6000, 48000, 0.7)
        late = float(rng.choice([0, 0, 0, 35, 60, 120]))
        j.amount = round(premium + late, 2)
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        h287.native(p, "भारतीय जीवन बीमा निगम", scale=1.05, bold=True)
        name = pick(p, "title", ["Life Insurance Corporation of India", "LIC of India"])
        top(p, name, merchant=name)
        p.add("small", "Branch Office, Jangaon (Hyderabad Division)  |  Premium Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"{rng.randrange(600, 999)}{j.date:%y}{digits(rng, 7)}"
        cols(
            p,
            "lc0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No.: {rno}",
            f"Receipt Date: {day_as(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
            status=status,
        )
        tno = f"LIC{digits(rng, 13)}"
        due = j.date - dt.timedelta(days=rng.randrange(0, 28))
        grid(
            p,
            "lc",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Policy No.", str(digits(rng, 9))], {}),
                (["Name", PROP.upper()], {}),
                (["Plan / Term", f"{rng.choice(['936', '914', '945'])} / {rng.choice([15, 20, 21])}"], {}),
                (["Mode", "Yearly"], {}),
                (["Due Date", when(due, "%d/%m/%Y")], {}),
                (["Premium", num(premium)], {}),
                (["Late Fee", num(late)], {}),
                (["Total Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode of Payment", "UPI"], {"method": "UPI"}),
                (["Transaction No.", tno], {"txn": (TXN_RANK, tno)}),
            ],
            tint=(236, 238, 250),
        )
        p.add("small", "This is a computer generated receipt and does not require a signature.")
        return p.done()
    if k == 1:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["National Insurance Company Limited", "National Insurance Co. Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Warangal  |  Bharat Sookshma Udyam Suraksha")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        rno = f"5611{j.date:%y}{digits(rng, 8)}"
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        for label_, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno), "status": status}),
            ("Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Policy No.", f"56110011{j.date:%y}{digits(rng, 8)}", {}),
            ("Insured", FIRM, {}),
            ("Risk Location", "4-112, Vishwakarma Colony, Pembarthi", {}),
            ("Net Premium", num(net), {}),
            ("CGST 9%", num(half), {}),
            ("SGST 9%", num(half), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "NEFT", {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            gutter(p, "ni", label_, value, at=0.36, **facts)
        p.add("small", "Subject to realisation of the premium. Computer generated receipt.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Renew policy"], dark=False, buttons=("Retry payment",))
        band(p, (0, 84, 160))
        app_head(p, "Star Health", "Family Health Optima  |  Renewal")
        name = pick(p, "center", ["Star Health and Allied Insurance Co. Ltd.", "Star Health Insurance"])
        p.add("center", name, merchant=name)
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card was declined by the issuing bank (incorrect OTP). Your policy is still due for renewal.",
            "error",
        )
        pid = f"SH{digits(rng, 14)}"
        two_up(
            p,
            "st1",
            ("Policy No.", f"P/{digits(rng, 6)}/01/{j.date:%Y}/{digits(rng, 6)}"),
            ("Premium", rs(j.amount)),
            amount=j.amount,
        )
        two_up(
            p,
            "st2",
            ("Payment ID", pid),
            ("Card", f"Credit card XX{digits(rng, 4)}"),
            txn=(TXN_RANK, pid),
            method="card",
        )
        two_up(
            p,
            "st3",
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            ("Status", "Failed"),
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 6800, 24000, 0.6)
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("Download policy",))
        band(p, (250, 200, 20), ink=(20, 20, 20))
        app_head(p, "Digit", "Commercial vehicle insurance")
        name = pick(p, "center", ["Go Digit General Insurance Ltd.", "Go Digit General Insurance"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        sicon(p, status)
        p.add("center", "Policy issued", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"DGT{digits(rng, 12)}"
        tiles2(p, ("Policy No.", f"D{digits(rng, 9)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        p.add(
            "small",
            f"Paid via UPI  |  TS24{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)} (delivery van)",
            method="UPI",
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Go to home",))
        band(p, (0, 100, 170))
        app_head(p, "Niva Bupa", "Renew your policy")
        capsule(p, "Payment in process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to Niva Bupa Health Insurance", merchant="Niva Bupa Health Insurance")
        h289.steps(p, ["Paid", "Bank confirms", "Renewed"], 1, status)
        boxed(
            p,
            "We are waiting for your bank's confirmation. Your cover continues meanwhile; please don't pay again.",
            "warn",
        )
        tid = f"NB{digits(rng, 14)}"
        kvr(p, "Policy No.", f"{digits(rng, 8)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paying via", "UPI", method="UPI")
        return p.done()
    if k == 5:
        insured = float(rng.randrange(4, 40) * 50000)
        net5 = round(insured * rng.uniform(0.002, 0.005), 2)
        j.amount = round(net5 * 1.18, 2)
        p = mail_page(
            rng, font, "Bajaj General <donotreply@bajajgeneral.in>", ["Premium received - Marine Cargo"]
        )
        p.part = "head"
        name = pick(p, "title", ["Bajaj General Insurance Limited", "Bajaj General Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        prose(p, "Thank you. We have received the premium for the marine cargo policy below.", status=status)
        p.add("gap")
        tid = f"BG{digits(rng, 12)}"
        h269.kind(p, "bg", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], "line")
        for label_, value, facts in [
            ("Policy No.", f"OG-{j.date:%y}-1801-{rng.randrange(1000, 9999)}-{digits(rng, 8)}", {}),
            ("Voyage", "Hyderabad (RGIA) - Houston (by air)", {}),
            ("Sum Insured", rs(insured), {}),
            ("Net Premium", num(net5), {}),
            ("IGST 18%", num(round(j.amount - net5, 2)), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "Net Banking", {"method": "netbanking"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
        ]:
            h269.row(p, "bg", label_, value, **facts)
        p.add("small", f"Insured: {FIRM}. Brass repousse articles for Lakshmi Narayan Temple Store LLC.")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 5000, 60000, 0.5)
        text = (
            f"Dear Customer, we have received Rs {num(j.amount)} via UPI towards premium for policy no. "
            f"{digits(rng, 8)} on {when(j.date, '%d/%m/%Y')}. Thank you for choosing ICICI Prudential Life."
        )
        p = sms_page(rng, font, "JM-IPRULI", text, j.date)
        p.add(
            "left",
            text,
            merchant="ICICI Prudential Life",
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
        )
        return p.done()
    p = sheet(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    name = pick(
        p, "title", ["Royal Sundaram General Insurance Co. Limited", "Royal Sundaram General Insurance"]
    )
    top(p, name, merchant=name)
    p.add("small", "Hyderabad Branch  |  Shopkeeper's Policy  |  Premium Receipt")
    p.add("rule")
    p.part = "body"
    prose(p, f"Received with thanks from {SHOP}, Abids, the premium for the policy below.", status=status)
    p.add("gap")
    rno = f"RS{j.date:%y}{digits(rng, 9)}"
    utr = utr_of(rng, j, "State Bank of India", "NEFT")
    end = j.date.replace(year=j.date.year + 1) - dt.timedelta(days=1)
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
    for (l1, v1, f1), (l2, v2, f2) in [
        (
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), {"date": j.date}),
        ),
        (
            ("Policy No.", f"VSK{digits(rng, 7)}", {}),
            ("Period", f"{when(j.date, '%d/%m/%y')} to {when(end, '%d/%m/%y')}", {}),
        ),
        (("Net Premium", num(net), {}), ("GST 18%", num(round(j.amount - net, 2)), {})),
        (
            ("Total", rs(j.amount), {"amount": j.amount}),
            ("Instrument", f"NEFT {utr}", {"method": "netbanking", "txn": (UTR_RANK, utr)}),
        ),
    ]:
        grid(p, "rs", spec, [l1, l2], [([v1, v2], {**f1, **f2})], tint=(236, 232, 246))
    p.add("small", "Subject to realisation of the premium. This is a computer generated receipt.")
    return p.done()


# ---------------------------------------------------------------- 10. cards


TERMINALS = [
    ("PEMBARTHI BRASS GALLERY", "ABIDS, HYDERABAD", "HDFC BANK", "hdfc"),
    ("PEMBARTHI BRASS GALLERY - NUMAISH", "NAMPALLY, HYDERABAD", "Paytm", "paytm"),
    ("HOTEL YAMUNA REGENCY", "JAGADHRI, HARYANA", "AXIS BANK", "axis"),
    ("SECUNDERABAD HARDWARE MART", "R.P. ROAD, SECUNDERABAD", "Ezetap", "ezetap"),
    ("SRI LAXMI FILLING STATION", "WARANGAL HIGHWAY, JANGAON", "BANK OF BARODA", "declined"),
    ("INDIAMART INTERMESH", "", "ICICI Bank", "sms"),
    ("IKEA INDIA", "Hyderabad", "OneCard", "cardapp"),
    ("BAWARCHI DAKHNI KITCHEN", "SECUNDERABAD", "POSist", "restaurant"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's and the stall's terminals and the firm's cards elsewhere: HDFC Bank's SALE
    slip at Pembarthi Brass Gallery (DATE and TIME on a line, MID and TID on a line, BATCH NUM and ROC on a
    line; CARD NUM, CARD TYPE, EXP DATE, APPROVAL CODE, RRN; AMOUNT; APPROVED, PIN VERIFIED OK, CUSTOMER
    COPY);
    Paytm's card machine at the Numaish stall in the exhibition's days with the card's answer awaited (CARD
    SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; TXN STATUS: PENDING, AWAITING HOST RESPONSE, DO NOT RETRY -
    CHECK STATUS IN APP); Axis Bank's CHARGE SLIP at a Jagadhri hotel (each label padded to a column and its
    value after a colon: DATE, TIME, MID, TID, BATCH, INVOICE, CARD, ENTRY, APPR CODE, RRN, TOTAL; APPROVED,
    MERCHANT COPY); Ezetap's slip at a Secunderabad hardware mart (SALE; Date, Time, Txn ID, Card, Auth Code,
    RRN, Amount; Approved, Ezetap by Razorpay); Bank of Baroda's slip at a filling station DECLINED (51
    INSUFFICIENT FUNDS, NO AMOUNT DEBITED); ICICI Bank's SMS of a spend on the firm's credit card ("INR x
    spent using ICICI Bank Card XX1234 on <dd-Mon-yy> on <MERCHANT>. Avl Limit: INR y. If not you, call ...";
    no reference); OneCard's app with a spend at IKEA ("Today, <hour>"; the merchant's line and its town, the
    sum, Successful; Card, Transaction ID, Category at the left and the right; no day); a Secunderabad
    restaurant's TAX INVOICE from POSist settled by card (Bill No., Date and Covers; the dishes; Sub Total,
    CGST 2.5%, SGST 2.5%, Grand Total; "Settled: Card", the card and its Auth). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=600, high=48000)
    name, town, brand, layout = TERMINALS[k]
    if layout == "paytm":
        move_to(j, rng, NUMAISH + dt.timedelta(days=rng.randrange(NUMAISH_DAYS)))
    if layout in ("declined", "ezetap", "restaurant", "axis", "paytm"):
        j.amount = rupees(rng, 900 if layout != "restaurant" else 600, 16000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        limit = num(rupees(rng, 40000, 400000), "western")
        text = (
            f"INR {num(j.amount, 'western')} spent using ICICI Bank Card XX{last4} on {when(j.date, '%d-%b-%y')} "
            f"on {name}. Avl Limit: INR {limit}. If not you, call 1800 2662/SMS BLOCK {last4} to 9215676766."
        )
        p = sms_page(rng, font, "AD-ICICIT", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction"], dark=True, buttons=("Raise a dispute",))
        app_head(p, "OneCard", "Transactions")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_sign(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Successful", status=status)
        p.add("rule")
        ref = str(digits(rng, 12))
        kvr(p, "Card", f"OneCard {bullets(font)}{last4}", method="card")
        kvr(p, "Transaction ID", ref, txn=(TXN_RANK, ref))
        kvr(p, "Category", "Home and furniture")
        return p.done()
    p = roll(rng, font, [440, 460, 500], [17, 18])
    if rng.random() < 0.6:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs. {v:.2f}"

    if layout == "restaurant":
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", f"Dakhni and Mughlai cuisine  |  {town}")
        p.add("small", f"GSTIN {gst_no(rng, '36', 'F')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = str(rng.randrange(3000, 19999))
        p.pair("Bill No", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", date=j.date)
        p.pair("Covers", str(rng.randrange(2, 7)))
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Mutton dum biryani", 380),
                ("Chicken 65", 290),
                ("Haleem", 320),
                ("Mirchi ka salan", 180),
                ("Double ka meetha", 150),
                ("Irani chai", 40),
                ("Qubani ka meetha", 170),
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
        p.add("small", "Thank you, visit again. Powered by POSist")
        return p.done()
    p.part = "head"
    p.add("center", brand if layout in ("paytm", "ezetap") else brand.upper())
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "hdfc":
        p.add("center", "SALE")
        p.add("rule")
        cols(
            p,
            "hd",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"DATE: {when(j.date, '%d/%m/%Y')}",
            f"TIME: {t}",
            date=j.date,
        )
        cols(p, "hd", [(0.0, 0.55, "l"), (0.55, 1.0, "r")], f"MID: {mid[:11]}", f"TID: {tid}")
        cols(
            p,
            "hd",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"BATCH NUM: {batch[-4:]}",
            f"ROC: {inv[-4:]}",
            txn=(INVOICE_RANK, inv[-4:]),
        )
        p.pair("CARD NUM", f"XXXX XXXX XXXX {last4}", method="card")
        p.pair("CARD TYPE", scheme)
        p.pair("EXP DATE", "XX/XX")
        p.pair("APPROVAL CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK")
        p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "paytm":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TXN STATUS: PENDING", status=status)
        p.add("center", "AWAITING HOST RESPONSE")
        p.add("small", "DO NOT RETRY - CHECK STATUS IN APP")
    elif layout == "axis":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        h271.slipline(p, "DATE", when(j.date, "%d/%m/%Y"), pad=10, date=j.date)
        h271.slipline(p, "TIME", t[:5], pad=10)
        h271.slipline(p, "MID", mid[:12], pad=10)
        h271.slipline(p, "TID", tid, pad=10)
        h271.slipline(p, "BATCH", batch[-3:], pad=10)
        h271.slipline(p, "INVOICE", inv[-4:], pad=10, txn=(INVOICE_RANK, inv[-4:]))
        h271.slipline(p, "CARD", f"{scheme} XXXX{last4}", pad=10, method="card")
        h271.slipline(p, "ENTRY", "CHIP", pad=10)
        h271.slipline(p, "APPR CODE", appr, pad=10, txn=(APPR_RANK, appr))
        h271.slipline(p, "RRN", j.ref, pad=10, txn=(UTR_RANK, j.ref))
        p.add("rule")
        h271.slipline(p, "TOTAL", fmt(j.amount), pad=10, amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "MERCHANT COPY")
    elif layout == "ezetap":
        p.add("center", "SALE")
        p.add("rule")
        txno = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        p.pair("Date", when(j.date, "%d %b %Y"), date=j.date)
        p.pair("Time", t[:5])
        p.pair("Txn ID", txno, txn=(TXN_RANK, txno))
        p.pair("Card", f"{scheme} **{last4} TAP", method="card")
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("Amount", fmt(j.amount), amount=j.amount)
        p.add("center", "Approved", status=status)
        p.add("small", "Ezetap by Razorpay")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 INSUFFICIENT FUNDS")
        p.add("small", "NO AMOUNT DEBITED")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


NPDCL = "Northern Power Distribution Company of Telangana Ltd."
NPDCL_TE = "తెలంగాణ ఉత్తర ప్రాంత విద్యుత్ పంపిణీ సంస్థ"
SPDCL = "Southern Power Distribution Company of Telangana Ltd."
HMWSSB = "Hyderabad Metropolitan Water Supply & Sewerage Board"
INDANE_AGENCY = "SRI VENKATESWARA INDANE GAS AGENCY"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the showroom's bills: TGNPDCL's online payment receipt for the workshop under its
    Telugu name (Unique Service No., Consumer Name, ERO, Bill Month, Amount, Transaction ID, Bank Ref. No.,
    Payment Date, Payment Mode in dot leaders); HMWSSB's water bill payment receipt for the showroom (CAN
    No., Name, Bill Month, Amount Paid, Receipt No., Transaction ID, Paid on, Mode in a table ruled on every
    side); Bhagyanagar Gas' piped gas bill payment for the workshop's annealing torch under a large tick (the
    company under the app; labels small over their values two to a row: BP No. and Bill Month, Transaction ID
    and Amount, Payment Date and Mode); BSNL's Bharat Fibre bill payment failed on a tinted band (the company
    under the app, the reason in a notice; Account No., Amount, Order ID, Payment mode, Attempted on at the
    left and the right); ACT Fibernet's renewal pending (a capsule, the sum, "for ACT Fibernet", its stages
    across the screen, a notice; User ID, Plan, Transaction ID, Initiated on, Paying via each value over its
    label); Airtel Thanks' postpaid bill paid under a tile's tick ("Today, <hour>"; the company under the app,
    the sum; Mobile No. and Transaction ID in tiles; Paid via; no day); an Indane distributor's CASH MEMO for
    a commercial cylinder (the distributor under Indane; Memo No. left blank; Date, Consumer No., Cylinder,
    Rate (incl. GST) and Delivery charges written in; Total Rs. in a box; "Recd. cash" and the delivery man's
    initials; no reference); TGSPDCL's payment receipt for the showroom under its Telugu name (USC No., Name,
    Circle, Bill Month, Amount, Receipt No., Transaction ID, Payment Date, Mode against a gutter). All new
    here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=300, high=18000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "tgnpdcl.com/Online/PaymentReceipt")
        p.part = "head"
        telugu(p, NPDCL_TE, scale=1.0, bold=True)
        name = pick(p, "title", [NPDCL, "TGNPDCL"])
        top(p, name, merchant=name)
        p.add("small", "Online Payment Receipt  |  Jangaon ERO")
        p.add("rule")
        p.part = "body"
        tid = f"NP{digits(rng, 14)}"
        bref = str(digits(rng, 12))
        for label_, value, facts in [
            ("Unique Service No.", f"1{digits(rng, 8)}", {}),
            ("Consumer Name", OWNER_CAPS, {}),
            ("ERO", "Jangaon", {}),
            ("Bill Month", j.month(1), {}),
            ("Amount", rs(j.amount), {"amount": j.amount, "status": status}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Payment Mode", "UPI", {"method": "UPI"}),
        ]:
            dots(p, label_, value, at=0.4, **facts)
        p.add(
            "small", "Thank you for paying online. Keep this receipt till the payment reflects in your bill."
        )
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(30, 300) * 10)
        p = browser_page(rng, font, "www.hyderabadwater.gov.in/wp/PaymentReceipt")
        p.part = "head"
        name = pick(p, "title", [HMWSSB, "HMWS&SB"])
        top(p, name, merchant=name)
        p.add("small", "Water bill  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        rno = f"W{j.date:%y}{digits(rng, 9)}"
        tid = f"HMW{digits(rng, 12)}"
        grid(
            p,
            "hw",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["CAN No.", f"0{digits(rng, 8)}"], {}),
                (["Name", SHOP_CAPS], {}),
                (["Bill Month", j.month(1)], {}),
                (["Amount Paid", rs(j.amount)], {"amount": j.amount, "status": status}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Paid on", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Mode", "Net Banking"], {"method": "netbanking"}),
            ],
            tint=(222, 236, 246),
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Download receipt",))
        band(p, (0, 110, 70))
        app_head(p, "BGL", "Bhagyanagar Gas  |  PNG bill")
        name = pick(p, "center", ["Bhagyanagar Gas Limited", "Bhagyanagar Gas Ltd."])
        p.add("center", name, merchant=name)
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        tid = f"BGL{digits(rng, 12)}"
        two_up(p, "bg1", ("BP No.", f"3{digits(rng, 9)}"), ("Bill Month", j.month(1)))
        two_up(
            p, "bg2", ("Transaction ID", tid), ("Amount", rs(j.amount)), txn=(TXN_RANK, tid), amount=j.amount
        )
        two_up(
            p,
            "bg3",
            ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            ("Mode", "Debit Card"),
            date=j.date,
            method="card",
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([499, 799, 999, 1277]))
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Try again",))
        band(p, (0, 84, 160))
        app_head(p, "BSNL Selfcare", "Bharat Fibre  |  Pay bill")
        name = pick(p, "center", ["Bharat Sanchar Nigam Limited", "BSNL"])
        p.add("center", name, merchant=name)
        h269.strip(p, "Payment failed", status)
        boxed(
            p,
            "The payment gateway did not get a response from your bank. No amount has been deducted.",
            "error",
        )
        oid = f"BSNL{digits(rng, 14)}"
        kvr(p, "Account No.", f"{digits(rng, 10)}")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Payment mode", "Net Banking (TGB)", method="netbanking")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([1085, 2247, 3894, 7080]))
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (200, 16, 46))
        app_head(p, "ACT Fibernet", "Renew plan")
        capsule(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for ACT Fibernet", merchant="ACT Fibernet")
        h289.steps(p, ["Paid", "Confirming", "Renewed"], 1, status)
        boxed(
            p,
            "We are waiting for your bank's confirmation. Your plan will be renewed once it arrives.",
            "warn",
        )
        tid = f"ACT{digits(rng, 12)}"
        vlab(p, "User ID", f"1{digits(rng, 8)}", bold=False)
        vlab(p, "Plan", "ACT Basic 150 Mbps, 6 months", bold=False)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        vlab(p, "Paying via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 399, 2600, 0.6)
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (226, 0, 26))
        app_head(p, "Airtel Thanks", "Postpaid  |  Pay bill")
        name = pick(p, "center", ["Bharti Airtel Limited", "Bharti Airtel"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"AT{digits(rng, 14)}"
        tiles2(
            p,
            ("Mobile No.", f"98{digits(rng, 2)}XXXX{digits(rng, 2)}"),
            ("Transaction ID", tid),
            txn=(TXN_RANK, tid),
        )
        kvr(p, "Paid via", "Airtel Payments Bank UPI", method="UPI")
        return p.done()
    if k == 6:
        rate = round(rng.uniform(1780, 1960), 2)
        dchg = float(rng.choice([0, 30, 50]))
        j.amount = round(rate + dchg, 2)
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(252, 244, 232), (244, 246, 250)])
        boxes_in_pen(p)
        p.part = "head"
        p.add("center", "Indane")
        top(p, INDANE_AGENCY, merchant=INDANE_AGENCY)
        p.add("small", "Indane distributor  |  Station Road, Jangaon")
        p.add("center", "CASH MEMO")
        p.part = "body"
        p.add("left", "Memo No. ..........")
        filled(p, "Date", day_as(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        filled(p, "Consumer No.", f"{digits(rng, 6)} (commercial)")
        filled(p, "Cylinder", "19 kg commercial  x 1")
        filled(p, "Rate (incl. GST)", num(rate))
        filled(p, "Delivery charges", num(dchg))
        h271.amtbox(p, "Total Rs.", num(j.amount), amount=j.amount)
        hand(p, "Recd. cash - S.R.", method="cash", status=status)
        return p.done()
    p = browser_page(rng, font, "tgsouthernpower.org/paybillonline/receipt")
    p.part = "head"
    telugu(p, "తెలంగాణ దక్షిణ ప్రాంత విద్యుత్ పంపిణీ సంస్థ", scale=1.0, bold=True)
    name = pick(p, "title", [SPDCL, "TGSPDCL"])
    top(p, name, merchant=name)
    p.add("small", "Online Bill Payment  |  Receipt")
    p.add("rule")
    p.part = "body"
    rno = f"SP{j.date:%y%m}{digits(rng, 8)}"
    tid = f"TGS{digits(rng, 13)}"
    for label_, value, facts in [
        ("USC No.", f"11{digits(rng, 7)}", {}),
        ("Name", SHOP_CAPS, {}),
        ("Circle", "Hyderabad Central", {}),
        ("Bill Month", j.month(1), {}),
        ("Amount", rs(j.amount), {"amount": j.amount, "status": status}),
        ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ("Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
        ("Mode", "Credit Card", {"method": "card"}),
    ]:
        gutter(p, "sp", label_, value, at=0.36, **facts)
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("State Bank of India", "VM-SBIUPI", "K SATTAIAH", "UPI", "sms"),
    ("Union Bank of India", "JD-UNIONB", "SHRI RAMDEV TRADERS", "NEFT", "sms"),
    ("HDFC Bank", "AX-HDFCBK", "NOORI ELECTROPLATING", "IMPS", "sms"),
    ("Canara Bank", "BP-CANBNK", "VISHNU TRANSPORT CO", "NEFT", "sms"),
    ("Indian Bank", "VK-INDBNK", "SRINIVASA POLISHING W", "UPI", "sms"),
    ("Telangana Grameena Bank", "VD-TGBANK", "DECCAN GIFT BOX INDUS", "UPI", "telugu"),
    ("Axis Bank", "", "SRI SAI TOOLS AND MACH", "IMPS", "mail"),
    ("ICICI Bank", "", "SHREE GANESH METAL ROL", "NEFT", "history"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: SMS in State Bank of India's ("Dear UPI user A/C X1234
    debited by x on date <ddMonyy> trf to <PAYEE> Refno <ref>. If not u? call 1800111109. -SBI"), Union Bank
    of India's ("Your NEFT request of Rs.x from A/c XXXXX1234 to <PAYEE> on <dd-mm-yyyy> is under process.
    UTR ... -Union Bank of India"), HDFC Bank's ("IMPS of Rs.x to <PAYEE> from A/c XX1234 on <dd-Mon-yy> has
    FAILED. Ref No ... Amount, if debited, will be reversed. -HDFC Bank"), Canara Bank's ("An amount of INR x
    has been DEBITED to your account XXX1234 on <dd/mm/yyyy> towards NEFT to <PAYEE>. Total Avail.bal INR y.
    - Canara Bank"; no reference) and Indian Bank's ("A/c *1234 debited Rs. x on <dd-mm-yy> to <PAYEE> UPI Ref
    no ... -Indian Bank") wordings; Telangana Grameena Bank's SMS in Telugu in a card in the phone's messages
    thread under its day divider ("మీ ఖాతా XX1234 నుండి <dd-mm-yyyy> న UPI ద్వారా <PAYEE> కు రూ. x డెబిట్
    అయింది. సూచిక సంఖ్య ... -TGB" (from your account XX1234 on <day> Rs. x was debited to <PAYEE> by UPI;
    reference number ...)); Axis Bank's mail ("... has been debited with INR x on <dd-mm-yyyy> at <hour> IST
    for IMPS to <PAYEE>. IMPS Ref No. ..."); ICICI Bank's alert in the phone's notification history ("Last 24
    hours"; "iMobile | now", "Rs x debited from A/c XX1234 for NEFT to <PAYEE>. UTR ..."; other apps' lines
    under it; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 40000, 0.8)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 30000, 900000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if bank == "State Bank of India":
            text = (
                f"Dear UPI user A/C X{tail4} debited by {j.amount:.1f} on date {when(j.date, '%d%b%y')} trf to "
                f"{to} Refno {utr}. If not u? call 1800111109. -SBI"
            )
            if j.amount != round(j.amount, 1):
                text = text.replace(f"{j.amount:.1f}", f"{j.amount:.2f}")
        elif bank == "Union Bank of India":
            text = (
                f"Your NEFT request of Rs.{amt} from A/c XXXXX{tail4} to {to} on {when(j.date, '%d-%m-%Y')} is "
                f"under process. UTR {utr}. -Union Bank of India"
            )
        elif bank == "HDFC Bank":
            text = (
                f"IMPS of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d-%b-%y')} has FAILED. Ref No "
                f"{utr}. Amount, if debited, will be reversed. -HDFC Bank"
            )
        elif bank == "Canara Bank":
            text = (
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail4} on {when(j.date, '%d/%m/%Y')} "
                f"towards NEFT to {to}. Total Avail.bal INR {bal}. - Canara Bank"
            )
        else:
            text = (
                f"A/c *{tail4} debited Rs. {amt} on {when(j.date, '%d-%m-%y')} to {to} UPI Ref no {utr}. Not you? "
                "Call 180042500000 -Indian Bank"
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
            f"మీ ఖాతా XX{tail4} నుండి {when(j.date, '%d-%m-%Y')} న UPI ద్వారా {to} కు రూ. {amt} డెబిట్ "
            f"అయింది. సూచిక సంఖ్య {utr}. -TGB"
        )
        h294.twrap(p, text, share=0.94, scale=0.95, **facts)
        quiet(p, hhmm(rng, lower=True))
        card_close(p, s_)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "Axis Bank <alerts@axisbank.com>", ["Debit transaction alert", "IMPS debit alert"]
        )
        p.part = "head"
        top(p, "Axis Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(
            p,
            f"Your A/c no. XX{tail4} has been debited with INR {amt} on {when(j.date, '%d-%m-%Y')} at "
            f"{hhmm(rng, twelve=False)} IST for IMPS to {to}. IMPS Ref No. {utr}.",
            **facts,
        )
        p.add("gap")
        prose(p, "If this transaction was not done by you, please call 1860 419 5555 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Axis Bank Ltd. This is an auto-generated mail; please do not reply.")
        return p.done()
    p = phone(rng, font, k, ["Notification history"], dark=rng.random() < 0.5, buttons=())
    p.part = "body"
    p.add("small", "Last 24 hours")
    p.add("gap")
    c = card_open(p)
    p.add("small", f"iMobile {sign(font, chr(0x2022), '|')} now")
    prose(p, f"Rs {amt} debited from A/c XX{tail4} for NEFT to {to}. UTR {utr}.", **facts)
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("small", f"WhatsApp {sign(font, chr(0x2022), '|')} 9m")
    p.add("left", "Sai Teja: Kalasam photos for the Durban order")
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("small", f"Gmail {sign(font, chr(0x2022), '|')} 26m")
    p.add("left", "Golkonda Handicrafts: Purchase order for mementos")
    card_close(p, c)
    return p.done()

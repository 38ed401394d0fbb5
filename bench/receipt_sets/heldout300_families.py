"""The twelve heldout300 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kinnaur shawl and cap weavers' society's year of 2026 in Reckong Peo,
Himachal Pradesh (Kinnaur Kailash Weavers Co-operative Society Ltd., whose member weavers weave on the pit
looms of its shed at Village Kothi, Kothi Khaddi Ghar, and at home the Kinnauri shawl with its border of
stepped motifs woven pick by pick in bright wool, the dohru, the pattu, stoles, mufflers, gachis and pattu
jackets, and whose cap section stitches the Kinnauri cap, its grey crown turned up in a band of green, maroon
or rust velvet; its emporium in Main Bazar, Kailash Emporium, busiest in the apple season; stall 17 at the
International Lavi Fair at Rampur Bushahr; the web shop kinnaurkailash.in; buyers at home and abroad), told by
the proofs of payment it receives (buyers' Google Pay, YONO SBI, MobiKwik, super.money, Kotak811, Jupiter and
Tata Neu screens and PhonePe Business on the emporium's phone; the state's handicrafts corporation's advice,
an Azadpur commission agent's, Vyapar, Business Central, IDFC FIRST Bank's CONNECT, Microsoft Teams, a gompa's
letter and PayU Payouts; MUFG Bank, George, Jyske Bank, Swedbank, UBS, ANZ, Wells Fargo and HSBC UK; its own
tax invoice, an apple season order book, the Lavi stall's cash bill, a Dukaan mail, PhonePe Payment Gateway's
failed page, CCAvenue's pending page, a money receipt and a visiting card) and those it makes (a velvet
dealer's estimate, a woollen mill's invoice, Moglix, HRTC's luggage ticket, OfBusiness, Blue Dart, a packaging
maker's invoice and a handloom store's bill; YONO Business, HPSCB mBanking, PSB UnIC, Kotak Mobile Banking,
BOI Mobile Omni Neo, mPay Delight+, GO Mobile+ and the Kangra Central Co-operative Bank's counterfoil; a
weaving account, a muster card, greytHR, Groww, PayZapp, Cent Mobile, DakPay and an advance in a Hindi hand;
HIMKOSH, Gram Panchayat Kothi, the GST portal, Bharatkosh, EPFO, VAHAN, the Lavi Mela Committee and the Labour
Department; eight insurers; cards on the emporium's and the stall's terminals, at a hotel, an airline, a mill,
on Scapia's app, at a pharmacy and in SBI Card's SMS; HPSEBL, Vi, Tata Play, Jal Shakti Vibhag, HelloBPCL,
Freecharge, ICICI Bank FASTag and RailWire; the banks' SMS, a mail, a Hindi SMS and a notification shade).
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, the units' lines, salutations, Hindi and Tibetan lines (but a Hindi
hand's sum, its नकद (cash) and its प्राप्त किए (received), and a bank's SMS in Hindi, whose figures and payee
carry the facts), items, bills, counts, rates, wages, days worked, sizes, GST, TDS, fees, charges, surcharges,
balances, cash tendered and change, order values, sums insured, periods, months, wage and bill months, tax
years, invoice, document and ack days, account, policy, proposal, quote, certificate, application, consumer,
subscriber, connection, employee, vehicle, tag, phone and card numbers, party and vendor codes, usernames,
PAN, GSTIN, IFSC, SWIFT/BIC codes, UPI IDs, air waybill and e-way bill numbers, patti numbers, letters' Ref.,
bills named on an advice or a receipt, other messages and notifications, a crossed-out total, Kinnauri
borders, caps and roundels, the apple box, the pattu and the counter a page lies on, stages, notices, tiles,
tabs, stamps, a highlighter's stroke, a paper clip, folds and punched holes, check marks, signatures and
initials carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign``
and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``cols``, ``zebra``, ``kv``, ``kvr``,
``total``, ``strip``, ``sms_page``, ``comb``, ``bars``, ``seal``, a roll's torn edges), heldout271's
(``grid``, ``colkv``, ``dots``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``rstamp``, a line in a face of its
own, rounded cards), heldout273's (``hcells``, ``ledger``, ``pill``, ``track``, ``avatar``, ``cut``,
``tick``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``tabs``, ``folds``, ``holes``,
``strike``, ``dlab``), heldout277's (``clip_``, ``marker``, ``days_grid``), heldout279's (``phone``, ``band``,
``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, ``spinner``), heldout287's (Devanagari lines,
sentences and hand, here for Hindi, ``notice``, ``tile``, ``burst``, ``tiles2``, ``vlab``, ``vname``,
``copyrow``, a squared exercise book) and heldout289's (``chip``, ``steps``, ``shade_pull``), written in this
set's pens and printers' faces, and heldout272's way of drawing Tibetan in heldout271's line in Noto Serif
Tibetan. ``compose`` is heldout158's (as heldout269's to heldout299's), each page's rows drawn by heldout289's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: a Kinnauri shawl's woven border as a divider (teeth stepped in two bright wools along both its edges and
a row of stepped crosses between them, pick by pick on a white or grey ground); the Kinnauri cap as a
letterhead's emblem (its low grey crown stitched in rings, its velvet band turned up round it with the
velvet's sheen and a woven strip on its top edge); the society's roundel (the Kinnaur Kailash range with snow
on its peaks and the Shivling's pinnacle, over a weaver's shuttle with its bobbin); and, after the frame, the
apple box's lid a page lies on in the apple season (pine planks with their grain and knots, the gaps between
them, nails), the pattu a page lies on (a herringbone twill of grey wool and a broad woven border along its
edge) or the wooden counter a visiting card lies on (its rounded corners, edge and shadow). The pages' layouts
and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

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
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, grid, tt
from bench.receipt_sets.heldout273_families import hcells, ledger, pill, track
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, native, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout298's and
# heldout299's
PENS = [
    "dejavu/DejaVuSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
]
INKS = [(20, 36, 120), (38, 34, 84), (60, 40, 36), (16, 70, 96), (90, 30, 60)]
# the faces a page's fixed-width lines are printed in (a ticket machine's, a billing program's, a bank's)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# Tibetan (fonts-noto-core) for a gompa's name and its blessing, drawn by heldout271's line in its own face
TIBETAN = "noto/NotoSerifTibetan-Regular.ttf"
TIBETAN_BOLD = "noto/NotoSerifTibetan-Bold.ttf"
# the Kinnauri shawl's wool: the ground's natural white, grey and brown, and the bright wool its border is
# woven in with extra weft (red, yellow, green, blue, orange, magenta, black)
GROUNDS = [(238, 234, 222), (214, 210, 200), (176, 168, 156), (122, 100, 84)]
BRIGHT = [
    (196, 30, 40),
    (236, 176, 20),
    (24, 130, 70),
    (28, 70, 160),
    (232, 110, 24),
    (176, 36, 120),
    (30, 26, 26),
]
# the Kinnauri cap's grey wool and the velvet of its band (green, maroon, rust)
CAP_GREY = [(150, 148, 142), (128, 126, 122), (170, 166, 156)]
VELVET = [(28, 104, 56), (120, 24, 40), (160, 70, 30)]
# the deodar and pine planks of an apple box
PINE = [(214, 178, 128), (200, 162, 112), (222, 190, 142)]

# ---------------------------------------------------------------- the society

FIRM = "Kinnaur Kailash Weavers Co-operative Society Ltd."
FIRM_CAPS = FIRM.upper()
FIRM_SHORT = "Kinnaur Kailash Weavers Co-op Society"
FIRM_HI = "किन्नौर कैलाश बुनकर सहकारी सभा सीमित"
# the society's name as a bank's beneficiary field cuts it
CUT = "KINNAUR KAILASH WEAVERS COOP S"
SHOP = "Kailash Emporium"
SHOP_CAPS = SHOP.upper()
SHOP_HI = "कैलाश एम्पोरियम"
SHED = "Kothi Khaddi Ghar"
WEB = "kinnaurkailash.in"
REG = "KNR/CS/112"
GSTIN = "02AABAK7392R1ZQ"
PAN = "AABAK7392R"
SECRETARY = "Rajinder Singh Negi"
PRESIDENT = "Smt. Sunita Negi"
MANAGER = "Vikas Negi"
KEEPER = "Anjana Kumari"
ADDRESS = "Village Kothi, P.O. Reckong Peo, Distt. Kinnaur (H.P.) - 172107"
TOWN = "Reckong Peo, Distt. Kinnaur - 172107"
SHOP_AT = "Main Bazar, Reckong Peo, Distt. Kinnaur (H.P.) - 172107"
BANK_LINE = "The H.P. State Co-operative Bank Ltd., Reckong Peo"
BIC = "SBININBB497"
IFSC_OWN = "HPSC0000417"
# the International Lavi Fair at Rampur Bushahr, 11 to 14 November 2026 (the society's stall 17 in its
# woollen market); the apple season, when Kinnaur's orchards are picked and its families have money to order
# wedding shawls and caps with
LAVI = dt.date(2026, 11, 11)
STALL = "Stall 17, Woollen Market, Lavi Ground, Rampur Bushahr"
APPLE_FROM, APPLE_DAYS = dt.date(2026, 8, 20), 66
IFSC = {
    "The H.P. State Co-operative Bank": "HPSC",
    "State Bank of India": "SBIN",
    "Himachal Pradesh Gramin Bank": "PUNB",
    "Punjab National Bank": "PUNB",
    "Punjab & Sind Bank": "PSIB",
    "Kotak Mahindra Bank": "KKBK",
    "Bank of India": "BKID",
    "Jammu & Kashmir Bank": "JAKA",
    "IDBI Bank": "IBKL",
    "The Kangra Central Co-operative Bank": "KACE",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Yes Bank": "YESB",
    "UCO Bank": "UCBA",
    "Canara Bank": "CNRB",
    "Union Bank of India": "UBIN",
    "Central Bank of India": "CBIN",
    "IndusInd Bank": "INDB",
    "IDFC FIRST Bank": "IDFB",
}
# the society's weaving: name, HSN, price each (low, high)
WOVEN = [
    ("Kinnauri shawl, pure wool, woven border", "6214", 4200, 9800),
    ("Kinnauri shawl, angora, all-over design", "6214", 6500, 16000),
    ("Kinnauri pattu, 2.5 m, natural grey", "5111", 3800, 7200),
    ("Dohru (women's wrap), woven border", "6214", 5200, 11500),
    ("Kinnauri cap, green velvet band", "6505", 380, 750),
    ("Kinnauri cap, maroon velvet band", "6505", 380, 750),
    ("Muffler, woven border", "6117", 450, 950),
    ("Stole, fine wool, border both ends", "6214", 1400, 3200),
    ("Gachi (waist band), woven", "6217", 600, 1400),
    ("Pattu jacket, Kinnauri border", "6201", 3200, 6400),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Kinnauri shawl, pure wool, woven border": "Kinnauri shawl",
    "Kinnauri shawl, angora, all-over design": "Shawl, angora",
    "Kinnauri pattu, 2.5 m, natural grey": "Pattu 2.5 m",
    "Dohru (women's wrap), woven border": "Dohru",
    "Kinnauri cap, green velvet band": "Cap, green",
    "Kinnauri cap, maroon velvet band": "Cap, maroon",
    "Muffler, woven border": "Muffler",
    "Stole, fine wool, border both ends": "Stole",
    "Gachi (waist band), woven": "Gachi",
    "Pattu jacket, Kinnauri border": "Pattu jacket",
}
CUSTOMERS = [
    "Mrs. Neelam Thakur",
    "Mr. Sandeep Chauhan",
    "Ms. Ritika Sharma",
    "Dr. Tashi Dawa",
    "Mrs. Kiran Kanwar",
    "Mr. Arvind Mehta",
    "Ms. Ingrid Solberg",
]
# the society's members who weave on its pit looms and at home, the cap stitchers and the spinners
WEAVERS = [
    "Kamla Devi",
    "Sushma Negi",
    "Dolma Negi",
    "Prem Lata Negi",
    "Rinchen Dolma",
    "Hira Mani",
    "Santosh Kumari",
    "Dev Raj Negi",
]


def woven(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The society's weaving sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WOVEN) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WOVEN[i]
        q = rng.randrange(1, 3) if hi > 5000 else rng.randrange(1, 5)
        if "cap" in name or "Muffler" in name:
            q = rng.randrange(2, 9)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 2000 else 50))))
    return out


def in_season(j: Job, rng: random.Random) -> None:
    """The payment in the apple season, its UPI / IMPS reference made again for the day."""
    redate(j, rng, APPLE_FROM + dt.timedelta(days=rng.randrange(APPLE_DAYS)))


def redate(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Lavi fair's, the apple season's), its reference made again for it."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_by(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "HPSC")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def gstin(rng: random.Random, state: str = "02", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def worded(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def dated(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def settle(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The society's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.3, 0.7) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 7, 75)
        out.append((f"{prefix}/{fy(day)}/{rng.randrange(14, 520):03d}", day, v))
    return out


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h300", {"marks": {}, "frame": None})


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


def pen_everywhere(p: Screen) -> None:
    """heldout269's pen slot (its boxed fields and tick boxes write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = pen_of(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


def printer(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def leaf(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    pen_of(p)
    printer(p)
    return p


def pen(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    pen_of(p)
    h271.hand(p, text, align=align, **facts)


def blank(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    pen_of(p)
    h271.fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    printer(p)
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


def para(p: Screen, text: str, kind_: str = "left", **facts) -> None:
    """A sentence set in as many lines of ``kind_`` as it needs (the facts on its first line)."""
    scale = 0.8 if kind_ == "small" else 1.0
    for n_, line in enumerate(broken(p, text, scale)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def tiny(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lab00", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab00"] = 0.76
    h269.row(p, "lab00", text, **facts)


def aside(p: Screen, text: str, **facts) -> None:
    """A line in small letters set to the left (a second line under a name, a note)."""
    h269.kind(p, "as00", [(0.0, 1.0, "l")], "plain")
    h269.ext(p)["scale"]["as00"] = 0.8
    h269.row(p, "as00", text, **facts)


def hindi(p: Screen, text: str, **kw) -> None:
    """heldout287's native line in Devanagari, here for Hindi (a name over its English, a heading)."""
    native(p, text, **kw)


def tibetan(p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, **facts) -> None:
    """A line in Tibetan script (a gompa's name over its English, a blessing), drawn by heldout271's line in
    Noto Serif Tibetan, centred; room made under its stacked letters."""
    face = TIBETAN_BOLD if bold else TIBETAN
    assert glyphs(face, text.replace(" ", "")), text
    assert load_font(face, int(p.style["size"] * scale)).getlength(text) <= room_of(p), text
    i = h271.raw(p, "kan", text, **facts)
    h271.mark(p, i, [face, scale, "c"])
    p.add("gap")


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def capsule(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


def rupee_mark(font: str) -> str:
    return "\u20b9" if glyphs(bold_of(font), "\u20b9") and glyphs(font, "\u20b9") else "Rs."


def dots2(font: str, n: int = 2) -> str:
    return sign(font, "\u2022", "*") * n


# ---------------------------------------------------------------- this set's rows and marks


def border_band(p: Screen) -> None:
    """A Kinnauri shawl's woven border as a divider across the page: on the shawl's white or grey ground,
    teeth stepped in two bright wools along both its edges and between them a row of stepped crosses (the
    endless knot as the pit loom's extra weft builds it, pick by pick), each cross in another colour; one line
    high."""
    cols_ = p.rng.sample(range(len(BRIGHT)), 4)
    put(p, "t00kb", "", mark_=[p.rng.randrange(2), cols_, p.rng.randrange(10**6)])


def cap_mark(p: Screen) -> None:
    """The Kinnauri cap as a letterhead's emblem: its round crown of grey wool, stitched in rings, and its
    band of velvet turned up round it (green, maroon or rust), a strip of woven border along the band's top
    edge and the velvet's sheen; centred, three lines high."""
    put(
        p,
        "t00cap",
        "",
        mark_=[p.rng.randrange(len(CAP_GREY)), p.rng.randrange(len(VELVET)), p.rng.randrange(10**6)],
    )
    p.add("gap")
    p.add("gap")


def kailash_seal(p: Screen) -> None:
    """The society's emblem: a roundel with the Kinnaur Kailash range in it (the snow on its peaks, the
    Shivling's pinnacle standing from the ridge) over a weaver's shuttle with its bobbin and a thread of wool,
    the roundel's two rings in the society's blue; centred, three lines high."""
    put(p, "t00ks", "", mark_=[p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def on_crate(p: Screen) -> None:
    """The page photographed lying on the lid of a wooden apple box in the apple season: its pine planks with
    their grain and knots, the dark gaps between them, the nails at their ends, the page's shadow, the page a
    little askew."""
    ext(p)["frame"] = ["crate", p.rng.randrange(10**6)]


def on_pattu(p: Screen) -> None:
    """The page photographed lying on a Kinnauri pattu spread on a bench: the pattu's herringbone twill of
    grey wool, a broad woven border of bright motifs along its edge, the page's shadow, the page a little
    askew."""
    ext(p)["frame"] = ["pattu", p.rng.randrange(10**6)]


def as_card(p: Screen) -> None:
    """The page as a visiting card's back lying on a wooden counter: its rounded corners, the card's
    thickness and shadow, the counter's grain round it."""
    ext(p)["frame"] = ["card", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _picks(draw, x0: float, y0: float, grid_: list[list], cell: float) -> None:
    """A woven patch square by square: each cell of ``grid_`` a colour (None for the ground), each drawn as a
    pick of wool with a lighter top edge."""
    for i, row_ in enumerate(grid_):
        for j, colour in enumerate(row_):
            if colour is None:
                continue
            x, y = x0 + j * cell, y0 + i * cell
            draw.rectangle((x, y, x + cell - 1, y + cell - 1), fill=colour)
            if cell >= 4:
                draw.line((x, y, x + cell - 2, y), fill=_tint((255, 255, 255), colour, 0.25), width=1)


def _kinnauri_band(draw, x0: float, x1: float, y0: float, y1: float, grey: int, palette, seed: int) -> None:
    """The border band: the ground, teeth along both edges, stepped crosses between them."""
    srng = random.Random(seed)
    ground = GROUNDS[1] if grey else GROUNDS[0]
    rows_ = 11
    cell = max(2.0, (y1 - y0) / rows_)
    n = int((x1 - x0) // cell)
    left = x0 + ((x1 - x0) - n * cell) / 2
    draw.rectangle((left, y0, left + n * cell, y0 + rows_ * cell), fill=ground)
    a, b, c, d = (BRIGHT[i] for i in palette)
    g: list[list] = [[None] * n for _ in range(rows_)]
    for j in range(n):
        g[0][j] = BRIGHT[6]
        g[rows_ - 1][j] = BRIGHT[6]
        k = j % 6
        tooth = a if (j // 6) % 2 == 0 else b
        if k < 5:
            height = 2 - abs(k - 2)
            for h in range(height + 1):
                g[1 + h][j] = tooth
                g[rows_ - 2 - h][j] = tooth
    period = 11
    shift = srng.randrange(period)
    for j in range(n):
        m = (j + shift) % period
        if m > 8:
            continue
        colour = c if ((j + shift) // period) % 2 == 0 else d
        dx = abs(m - 4)
        for i in range(3, 8):
            dy = abs(i - 5)
            if dx + dy == 3 or (dx == 0 and dy <= 1) or (dy == 0 and dx <= 1):
                g[i][j] = colour
    _picks(draw, left, y0, g, cell)


def _cap(page: Image.Image, cx: float, top_y: float, h: float, grey, velvet, seed: int) -> None:
    """The Kinnauri cap seen from the front and a little above: a low grey crown stitched in rings, its
    velvet band turned up round it (curving with the head), a woven strip along the band's top edge."""
    srng = random.Random(seed)
    draw = ImageDraw.Draw(page)
    half = h * 0.86
    band_h = h * 0.36
    bend = band_h * 0.32
    bt = top_y + h * 0.5
    bb = bt + band_h
    # the crown: the upper half of a low dome, its rings of stitching
    dome = (cx - half * 0.94, top_y, cx + half * 0.94, bt + (bt - top_y) + bend)
    draw.chord(dome, 180, 360, fill=grey, outline=_tint((40, 40, 40), grey, 0.3))
    for n in range(1, 4):
        k = n / 4
        draw.arc(
            (
                cx - half * 0.94 * k,
                top_y + (bt - top_y) * (1 - k) * 0.9,
                cx + half * 0.94 * k,
                bt + (bt - top_y) * k + bend,
            ),
            190,
            350,
            fill=_tint((50, 50, 50), grey, 0.3),
            width=1,
        )

    def edge(y0: float, u: float) -> float:
        return y0 + bend * (1 - u * u)

    xs = [cx - half + 2 * half * t / 40 for t in range(41)]
    top_pts = [(x_, edge(bt, (x_ - cx) / half)) for x_ in xs]
    bot_pts = [(x_, edge(bb, (x_ - cx) / half)) for x_ in reversed(xs)]
    draw.polygon(top_pts + bot_pts, fill=velvet)
    for share, off in ((0.34, 0.28), (0.2, 0.42)):
        pts = [(x_, y_ + band_h * off) for x_, y_ in top_pts[3:-3]]
        draw.line(pts, fill=_tint((255, 255, 255), velvet, share), width=max(1, int(band_h * 0.12)))
    draw.line(bot_pts, fill=_tint((0, 0, 0), velvet, 0.45), width=2)
    # the woven strip along the band's top edge
    cell = max(2.0, band_h * 0.17)
    colours = [BRIGHT[srng.randrange(len(BRIGHT) - 1)] for _ in range(3)]
    x_, j = cx - half, 0
    while x_ < cx + half - cell:
        y_ = edge(bt, (x_ + cell / 2 - cx) / half)
        colour = colours[(j // 2) % 3] if j % 2 == 0 else (246, 240, 226)
        draw.rectangle((x_, y_, x_ + cell - 1, y_ + cell - 1), fill=colour)
        x_ += cell
        j += 1


def _kailash(page: Image.Image, cx: float, cy: float, r: float, seed: int) -> None:
    """The society's roundel: two rings, the Kinnaur Kailash range with snow and the Shivling, a shuttle."""
    srng = random.Random(seed)
    draw = ImageDraw.Draw(page)
    blue = (24, 60, 120)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(236, 242, 248), outline=blue, width=3)
    draw.ellipse((cx - r * 0.86, cy - r * 0.86, cx + r * 0.86, cy + r * 0.86), outline=blue, width=1)
    inner = r * 0.84
    layer = Image.new("L", page.size, 0)
    ImageDraw.Draw(layer).ellipse((cx - inner, cy - inner, cx + inner, cy + inner), fill=255)
    scene = Image.new("RGB", page.size, (214, 230, 244))
    sd = ImageDraw.Draw(scene)
    base = cy + inner * 0.18
    ridge = [
        (cx - inner, base),
        (cx - inner * 0.62, cy - inner * 0.18),
        (cx - inner * 0.34, cy - inner * 0.02),
        (cx - inner * 0.08, cy - inner * 0.52),
        (cx + inner * 0.12, cy - inner * 0.3),
        (cx + inner * 0.42, cy - inner * 0.46),
        (cx + inner, base),
    ]
    sd.polygon(ridge, fill=(92, 104, 126))
    for k in range(1, len(ridge) - 1):
        px, py = ridge[k]
        size = inner * srng.uniform(0.1, 0.16)
        sd.polygon(
            [(px, py), (px - size, py + size * 0.9), (px + size, py + size * 0.9)], fill=(250, 252, 255)
        )
    # the Shivling: a slender pinnacle standing from the ridge
    sx, sy = cx + inner * 0.24, cy - inner * 0.38
    sd.polygon(
        [(sx - 2, sy + inner * 0.04), (sx, sy - inner * 0.2), (sx + 2, sy + inner * 0.04)], fill=(60, 66, 80)
    )
    sd.rectangle((cx - inner, base, cx + inner, cy + inner), fill=(244, 238, 224))
    # the shuttle: a boat of wood pointed at both ends, its bobbin and a thread
    yy = cy + inner * 0.48
    sw, sh = inner * 0.7, inner * 0.13
    sd.polygon(
        [
            (cx - sw, yy),
            (cx - sw * 0.55, yy - sh),
            (cx + sw * 0.55, yy - sh),
            (cx + sw, yy),
            (cx + sw * 0.55, yy + sh),
            (cx - sw * 0.55, yy + sh),
        ],
        fill=(150, 94, 44),
    )
    sd.rounded_rectangle(
        (cx - sw * 0.35, yy - sh * 0.55, cx + sw * 0.35, yy + sh * 0.55), radius=3, fill=(200, 40, 44)
    )
    sd.line((cx + sw * 0.35, yy, cx + inner * 0.8, yy - inner * 0.22), fill=(200, 40, 44), width=1)
    page.paste(scene, (0, 0), layer)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows: a Kinnauri shawl's border as a divider, the Kinnauri cap as an emblem,
    the society's Kinnaur Kailash roundel."""
    page = h289._render(rows, font, style)
    x = style.get("h300")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    marks = x["marks"]
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t00"):
            continue
        top_y = tops[i] - lift
        m = marks.get(str(i))
        if name == "t00kb":
            grey, palette, seed = m
            _kinnauri_band(
                ImageDraw.Draw(page),
                MARGIN,
                width - MARGIN,
                top_y + line * 0.12,
                top_y + line * 0.92,
                grey,
                palette,
                seed,
            )
        elif name == "t00cap":
            grey, velvet, seed = m
            _cap(page, width / 2, top_y + line * 0.2, line * 2.5, CAP_GREY[grey], VELVET[velvet], seed)
        elif name == "t00ks":
            _kailash(page, width / 2, top_y + line * 1.5, line * 1.36, m[0])
    return page


def _shadowed(base: Image.Image, sheet_: Image.Image, seed: int, tone=(50, 36, 20)) -> Image.Image:
    """``sheet_`` laid a little askew on ``base`` with its soft shadow."""
    srng = random.Random(seed)
    angle = srng.uniform(-1.8, 1.8)
    turned = sheet_.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = (base.width - turned.width) // 2, (base.height - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 140 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, tone), base, shadow)
    base.paste(turned, (sx, sy), turned)
    return base


def _crate(image: Image.Image, seed: int) -> Image.Image:
    """The page on an apple box's lid: pine planks with grain and knots, gaps, nails."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad, h + 2 * pad
    base = Image.new("RGB", (bw, bh), (40, 28, 18))
    d = ImageDraw.Draw(base)
    plank = srng.choice([150, 170, 190])
    y = -srng.randrange(plank)
    while y < bh:
        wood = srng.choice(PINE)
        d.rectangle((0, y + 3, bw, y + plank - 3), fill=wood)
        for _ in range(int(plank / 7)):
            gy = srng.uniform(y + 6, y + plank - 6)
            amp, per, ph = srng.uniform(1, 5), srng.uniform(120, 400), srng.uniform(0, 6.3)
            pts = [(xx, gy + amp * math.sin(xx / per * math.tau + ph)) for xx in range(0, bw + 8, 8)]
            d.line(pts, fill=_tint((120, 80, 40), wood, srng.uniform(0.15, 0.35)), width=1)
        for _ in range(srng.randrange(0, 3)):
            kx, ky = srng.uniform(20, bw - 20), srng.uniform(y + 14, y + plank - 14)
            d.ellipse((kx - 9, ky - 5, kx + 9, ky + 5), fill=_tint((90, 50, 20), wood, 0.5))
            d.ellipse((kx - 4, ky - 2, kx + 4, ky + 2), fill=_tint((60, 30, 10), wood, 0.6))
        for nx in (18, bw - 18):
            for ny in (y + plank * 0.3, y + plank * 0.7):
                d.ellipse((nx - 4, ny - 4, nx + 4, ny + 4), fill=(90, 90, 96))
                d.ellipse((nx - 2, ny - 3, nx + 1, ny), fill=(170, 170, 178))
        y += plank
    return _shadowed(base, image, seed + 1)


def _pattu(image: Image.Image, seed: int) -> Image.Image:
    """The page on a pattu: herringbone twill of grey wool, a broad woven border of bright motifs."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 86
    bw, bh = w + 2 * pad, h + 2 * pad
    greys = [GROUNDS[1], GROUNDS[2], _tint((255, 255, 255), GROUNDS[2], 0.2)]
    base = Image.new("RGB", (bw, bh), greys[0])
    d = ImageDraw.Draw(base)
    s = 6
    for gy in range(0, bh, s):
        for gx in range(0, bw, s):
            zig = (gx // (s * 6)) % 2
            lean = ((gx // s) + (gy // s) * (1 if zig else -1)) % 4
            colour = greys[0] if lean < 2 else greys[1]
            d.rectangle((gx, gy, gx + s - 1, gy + s - 1), fill=colour)
            if lean == 0:
                d.line((gx, gy, gx + s - 1, gy), fill=greys[2], width=1)
    palette = srng.sample(range(len(BRIGHT) - 1), 4)
    edge = srng.choice(["top", "left"])
    if edge == "top":
        _kinnauri_band(d, 0, bw, 8, 8 + 66, 0, palette, seed + 3)
        _kinnauri_band(d, 0, bw, bh - 74, bh - 8, 0, palette, seed + 4)
    else:
        strip = Image.new("RGB", (bh, 66), GROUNDS[0])
        _kinnauri_band(ImageDraw.Draw(strip), 0, bh, 0, 66, 0, palette, seed + 3)
        base.paste(strip.rotate(90, expand=True), (8, 0))
    return _shadowed(base, image, seed + 1, tone=(40, 40, 44))


def _card(image: Image.Image, seed: int) -> Image.Image:
    """The page as a visiting card on a counter: rounded corners, a thin edge, the counter's grain."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 70
    bw, bh = w + 2 * pad, h + 2 * pad
    wood = srng.choice([(120, 78, 46), (96, 62, 40), (140, 96, 60)])
    base = Image.new("RGB", (bw, bh), wood)
    d = ImageDraw.Draw(base)
    for _ in range(60):
        gy = srng.uniform(0, bh)
        amp, per, ph = srng.uniform(1, 6), srng.uniform(160, 500), srng.uniform(0, 6.3)
        pts = [(xx, gy + amp * math.sin(xx / per * math.tau + ph)) for xx in range(0, bw + 8, 8)]
        d.line(pts, fill=_tint((40, 20, 10), wood, srng.uniform(0.1, 0.3)), width=1)
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=18, fill=255)
    card = Image.new("RGBA", image.size, (0, 0, 0, 0))
    card.paste(image, (0, 0), mask)
    ImageDraw.Draw(card).rounded_rectangle(
        (0, 0, w - 1, h - 1), radius=18, outline=(200, 196, 186, 255), width=2
    )
    return _shadowed(base, card, seed + 1, tone=(30, 18, 10))


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout299's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the apple box, the pattu or the counter a page lies on."""
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
    f = (style.get("h300") or {}).get("frame")
    if f and f[0] == "crate":
        image = _crate(image, f[1])
    elif f and f[0] == "pattu":
        image = _pattu(image, f[1])
    elif f and f[0] == "card":
        image = _card(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [*PENS, *TYPES, TIBETAN, TIBETAN_BOLD]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout300 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the emporium's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, "KAILASH EMPORIUM RECKONG PEO", FIRM_CAPS]
VPAS = [
    "kailashemporium@sbi",
    "Q482731906@ybl",
    "kailash.peo@okhdfcbank",
    "kkweavers.coop@ibl",
    "kailashemporium.17@okicici",
]
BUYERS = [
    ("Neelam Thakur", "neelamthakur@okhdfcbank", "HDFC Bank"),
    ("Sandeep Chauhan", "sandeep.chauhan@oksbi", "State Bank of India"),
    ("Ritika Sharma", "ritika.s@ybl", "Punjab National Bank"),
    ("Tashi Dawa", "tashidawa@okaxis", "State Bank of India"),
    ("Kiran Kanwar", "kirankanwar@ibl", "UCO Bank"),
    ("Arvind Mehta", "arvind.mehta@okicici", "ICICI Bank"),
    ("Yangchen Negi", "yangchen.n@kotak", "Kotak Mahindra Bank"),
    ("Ankit Verma", "ankitverma@axl", "Axis Bank"),
]
MEMOS = ["kinnauri shawl", "2 caps green", "pattu 2.5 m", "dohru", "muffler x3", "stole + cap"]


def short_bank(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Punjab National Bank": "PNB",
        "Kotak Mahindra Bank": "Kotak",
        "HDFC Bank": "HDFC Bank",
        "ICICI Bank": "ICICI",
        "UCO Bank": "UCO Bank",
        "Axis Bank": "Axis Bank",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Kailash Emporium or the society: Google Pay's Completed under the payee's initial in its
    round badge ("To <payee>", the sum, the day and hour; a card: the bank debited, then UPI transaction ID,
    To, From and Google transaction ID, each label small over its value); YONO SBI's "Transaction Successful"
    capsule ("<sum> paid to <payee>", "Today, <hour>"; UPI Ref. No., Debited From, Remarks against a gutter;
    no day); MobiKwik's Payment Successful under a large tick ("Paid to" over the payee, the sum; UPI Ref. ID
    and Paid on, From and Note two to a row, each label small over its value; a SuperCash card); super.money's
    payment processing in its dark theme (the sum, "to <payee>", its stages across the screen, a notice; each
    value over its label: UPI Ref No., Started on, Paying from); Kotak811's Money sent on its red bar (the
    sum, "to <payee>"; a copyable UPI Reference No.; Date & Time, Account and Message in shaded labels);
    Jupiter's Payment failed under a scalloped badge (the sum, "to <payee>", the reason in a notice; RRN,
    Jupiter Txn ID, Tried on, Bank in dot leaders); Tata Neu's Payment successful under a tile's tick (the
    payee, the sum; UPI Reference ID and Paid on, Paid using and NeuCoins in tiles); PhonePe Business on the
    emporium's phone (the emporium under the app, its tabs Today, Payments and Settlements, a card: Received,
    the sum, "from <buyer>", "UPI | <day>, <hour>"; no reference). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=380, high=52000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = short_bank(bank)
    dot = dots2(font)
    if k == 0:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share screenshot",))
        app_head(p, "Google Pay", "UPI payment")
        name = pick(p, "center", [f"To {to}", f"To {SHOP}"])[3:]
        h273.avatar(p, name[0].upper(), rng.choice([(66, 133, 244), (219, 68, 55), (15, 157, 88)]))
        p.add("center", f"To {name}", merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        tick = sign(font, "\u2713", "")
        p.add("center", f"{tick} Completed".strip(), status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("gap")
        c = card_open(p)
        p.add("left", f"{bank} {dot}{digits(rng, 4)}", method="UPI")
        tiny(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        tiny(p, "To")
        p.add("left", clip(name, 30))
        aside(p, vpa)
        tiny(p, "From")
        p.add("left", f"{who} ({sb})")
        aside(p, their)
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        tiny(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        card_close(p, c)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction receipt"], dark=False, buttons=("Share", "Home"))
        band(p, (40, 0, 110))
        app_head(p, "YONO SBI", "BHIM SBI Pay  |  UPI")
        capsule(p, "Transaction Successful", status)
        p.add("gap")
        line = pick(
            p, "center", [f"{rs(j.amount)} paid to {to}", f"{rs(j.amount)} paid to {SHOP}", f"to {SHOP}"]
        )
        if line.startswith("to "):
            p.add("big", rs(j.amount), amount=j.amount)
            p.add("center", line, merchant=line[3:])
        else:
            p.add("center", line, amount=j.amount, merchant=line.split(" paid to ", 1)[1])
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("gap")
        gutter(p, "yo", "UPI Ref. No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        gutter(p, "yo", "Debited From", f"SBI A/c XXXXXXX{digits(rng, 4)}", at=0.4, method="UPI")
        gutter(p, "yo", "Remarks", rng.choice(MEMOS), at=0.4)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 74, 173))
        app_head(p, "MobiKwik", "UPI")
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        two_up(
            p,
            "mk1",
            ("UPI Ref. ID", j.ref),
            ("Paid on", dated(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(p, "mk2", ("From", f"{sb} XX{digits(rng, 4)}"), ("Note", rng.choice(MEMOS)), method="UPI")
        p.add("gap")
        c = card_open(p)
        p.add("left", f"{rupee_mark(p.font)}{rng.randrange(3, 40)} SuperCash added")
        aside(p, "Use it on your next bill payment")
        card_close(p, c)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("check status",))
        app_head(p, "super.money", "upi")
        p.add("center", "payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h289.steps(p, ["paid", "bank confirming", "received"], 1, status)
        note(
            p,
            "Your bank has not confirmed this payment yet. Don't pay again; we'll update you within 48 hours.",
            "warn",
        )
        vlab(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        vlab(
            p, "Started on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date
        )
        vlab(p, "Paying from", f"{sb.lower()} {dot}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share",))
        band(p, (237, 28, 36))
        app_head(p, "Kotak811", "UPI  |  Money sent")
        p.add("center", "Money sent", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        copyrow(p, "UPI Reference No.", j.ref, txn=(UTR_RANK, j.ref))
        kv(
            p,
            "Date & Time",
            at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ", " ")),
            at=0.36,
            date=j.date,
        )
        kv(p, "Account", f"Kotak 811 XX{digits(rng, 4)}", at=0.36, method="UPI")
        kv(p, "Message", rng.choice(MEMOS), at=0.36)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (74, 20, 140))
        app_head(p, "Jupiter", "Pay via UPI")
        h287.burst(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "Your bank declined this payment (U30: debit failed). If money left your account it will come "
            "back within 48 hours.",
            "error",
        )
        jid = f"JUP{j.date:%y%m%d}{code(rng, 9, ALNUM)}"
        dots(p, "RRN", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
        dots(p, "Jupiter Txn ID", jid, at=0.34, txn=(TXN_RANK, jid))
        dots(p, "Tried on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        dots(p, "Bank", f"Federal Bank {dot}{digits(rng, 4)}", at=0.34, method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (26, 26, 72))
        app_head(p, "Tata Neu", "Neu UPI  |  ICICI Bank")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        tiles2(
            p,
            ("UPI Reference ID", j.ref),
            ("Paid on", dated(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        tiles2(
            p,
            ("Paid using", f"{sb} {dot}{digits(rng, 4)}"),
            ("NeuCoins", f"+{max(1, int(j.amount // 100))}"),
            method="UPI",
        )
        return p.done()
    j.amount = float(round(j.amount))
    p = phone(rng, font, k, ["", "Payments"], dark=False, buttons=())
    band(p, (95, 37, 159))
    app_head(p, "PhonePe Business", "Merchant app")
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", "Main Bazar, Reckong Peo")
    h275.tabs(p, ["Today", "Payments", "Settlements"], 1)
    p.add("gap")
    c = card_open(p)
    mark = rupee_mark(p.font)
    p.add("center", "Received", status=status)
    p.add("big", f"{mark}{num(j.amount, 'indian', 0)}", amount=j.amount)
    p.add("small", f"from {who}")
    p.add(
        "small",
        f"UPI  |  {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (', ',))}",
        method="UPI",
        date=j.date,
    )
    card_close(p, c)
    p.add("gap")
    p.add("small", "Settles to your SBI account by the next working day")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


HPSHHC = "H.P. State Handicrafts & Handloom Corporation Ltd."
HPSHHC_HI = "हि.प्र. राज्य हस्तशिल्प एवं हथकरघा निगम सीमित"
AGENT = "KINNAUR FRUIT COMPANY"
PHULKARI = "PHULKARI HOUSE"
BAITHAK = "Baithak Home Pvt. Ltd."
CREST = "Himalayan Crest Hotels Pvt. Ltd."
SNOW = "Snow Valley Resorts"
GOMPA = "TASHI CHOLING GOMPA"
GOMPA_TI = "བཀྲ་ཤིས་ཆོས་གླིང་དགོན་པ།"
TASHI_DELEK = "བཀྲ་ཤིས་བདེ་ལེགས།"
GIFTER = "GiftCraft Solutions Pvt Ltd"
GROWERS = [
    ("Sh. Hem Raj Negi", "Ribba"),
    ("Sh. Narinder Negi", "Rarang"),
    ("Sh. Prem Dass", "Pangi"),
    ("Smt. Kalpana Negi", "Kalpa"),
    ("Sh. Jagdish Negi", "Moorang"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the society: the H.P. State Handicrafts & Handloom Corporation's
    REMITTANCE ADVICE for its Himachal Emporium under its Hindi name (Advice No. and Date, Party and Party
    Code two to a row; its sentence; Bill No. | Dated | Amount | TDS 194Q | Paid in a table ruled on every
    side with Net Remitted at its foot; "Remitted through NEFT vide UTR No. ..."); an Azadpur commission
    agent's PAYMENT ADVICE in the apple season, a letter with a file's punched holes and its folds (Ref. and
    Dated:, To, M/s the society, Sub: on account of a grower, "we have today remitted Rs. x/- ... by NEFT, UTR
    No. ..., out of the apple sale proceeds"); a Chandigarh boutique's Payment Out printed from Vyapar (Paid
    To; Receipt No. and Date; Description | Amount in a table ruled on every side; Payment Type, Ref No., the
    sum in words; Total Paid); a Mumbai home store's Remittance Advice mailed from Business Central (Document
    No., Vendor No., Vendor Name, Payment Date, Payment Method, Payment Reference as label and value on a
    line; Vendor Invoice No. | Document Date | Amount | Pmt. Disc. | Amount Paid on hairline rows; Total
    (INR)); IDFC FIRST Bank's CONNECT with a Gurugram hotel company's RTGS in process (a capsule, its stages
    left to right, a notice; labels small over their values two to a row: Transaction Ref. No. and Payment
    Mode, Beneficiary and Account No., Amount and Value Date, UTR and Status); a Manali resort's accounts
    writing in Microsoft Teams under a "Today" divider ("NEFT done: Rs. x to <payee> against bill ...", "UTR
    ..."; no day); a Sangla gompa's letter under its Tibetan name (To, M/s the society; "We have today
    transferred Rs. x/- ... by NEFT"; Date; a Tibetan blessing; no reference); PayU Payouts' payout failed for
    a Bengaluru gifting firm on a tinted band (the reason in a notice; Payout ID, Merchant Ref. ID,
    Beneficiary Name, Account No., Amount, Transfer Mode, Requested at in shaded labels). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=9000, high=280000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hindi(p, HPSHHC_HI, scale=1.0, bold=True)
        top(p, pick(p, "title", [HPSHHC, "H.P. Handicrafts & Handloom Corpn. Ltd."]))
        p.add("small", "Himachal Emporium  |  Accounts Branch, The Mall, Shimla - 171001")
        p.add("rule")
        p.part = "body"
        p.add("center", "REMITTANCE ADVICE")
        adv = f"HPSHHC/ACCTS/{fy(j.date)}/{rng.randrange(200, 3600)}"
        spec = [(0.0, 0.17, "l"), (0.17, 0.6, "l"), (0.63, 0.76, "l"), (0.76, 1.0, "l")]
        colkv(
            p,
            "hp1",
            spec,
            "Advice No.",
            adv,
            "Date",
            dated(j, rng, ["%d.%m.%Y", "%d-%m-%Y"]),
            txn=(INVOICE_RANK, adv),
            date=j.date,
        )
        name = rng.choice([FIRM_CAPS, FIRM])
        colkv(p, "hp2", [(0.0, 0.17, "l"), (0.17, 1.0, "l")], "Party", name, merchant=name)
        colkv(p, "hp3", [(0.0, 0.17, "l"), (0.17, 1.0, "l")], "Party Code", f"S-KNR-{digits(rng, 4)}")
        p.add("gap")
        para(p, "The bills below have been passed and the net amount remitted to your bank account.")
        rows_, net = [], 0.0
        for no_, day, v in settle(rng, j, rng.randrange(1, 4), "KKW"):
            gross = round(v / 0.999, 2)
            rows_.append(([no_, when(day, "%d.%m.%Y"), num(gross), num(round(gross - v, 2)), num(v)], {}))
            net += v
        j.amount = round(net, 2)
        grid(
            p,
            "hpb",
            [(0.0, 0.27, "l"), (0.27, 0.45, "l"), (0.45, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Bill No.", "Dated", "Amount", "TDS 194Q", "Paid"],
            rows_,
            foot=(["Net Remitted", num(j.amount)], {"amount": j.amount}),
            tint=(232, 238, 226),
        )
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_by(rng, j, "State Bank of India", way)
        p.add("gap")
        para(
            p,
            f"Remitted through {way} vide UTR No. {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "Computer generated advice; no signature is required.")
        return p.done()
    if k == 1:
        in_season(j, rng)
        j.amount = float(rng.randrange(36, 320) * 500)
        grower, village = rng.choice(GROWERS)
        p = leaf(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(252, 252, 248), (250, 248, 240)])
        h275.holes(p)
        h275.folds(p)
        p.part = "head"
        top(p, AGENT)
        p.add("small", "Commission Agents & Fruit Merchants  |  Apple, Pear, Plum")
        p.add("small", "Shop No. C-112, New Subzi Mandi, Azadpur, Delhi - 110033")
        p.add("rule")
        p.part = "body"
        cols(
            p,
            "af",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Ref: KFC/{fy(j.date)}/{rng.randrange(100, 900)}",
            f"Dated: {dated(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [f"M/s {FIRM},", f"M/s {FIRM_SHORT},"]).removeprefix("M/s ").rstrip(",")
        p.add("left", f"M/s {name},", merchant=name)
        p.add("left", TOWN)
        p.add("gap")
        para(p, f"Sub: Payment on account of our grower {grower}, Vill. {village}")
        p.add("gap")
        p.add("left", "Dear Sir,")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_by(rng, j, "Punjab National Bank", way)
        para(
            p,
            f"As instructed by {grower}, we have today remitted Rs. {num(j.amount, 'indian', 0)}/- (Rupees "
            f"{worded(j.amount)} only) to your society's account by {way}, UTR No. {utr}, out of the apple "
            f"sale proceeds (Patti No. {rng.randrange(1200, 9800)}, {rng.randrange(80, 600)} boxes Royal "
            "Delicious), against the grower's order for wedding shawls and caps.",
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("left", "Kindly acknowledge receipt.")
        p.add("right", f"for {AGENT}")
        p.add("gap")
        sig(p)
        p.add("right", "Partner")
        return p.done()
    if k == 2:
        p = leaf(rng, font, [700, 740])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, PHULKARI)
        p.add("small", f"SCO 41, Sector 17-C, Chandigarh - 160017  |  GSTIN {gstin(rng, '04', 'F')}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Out")
        rno = str(rng.randrange(12, 380))
        cols(
            p,
            "vy",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No.: {rno}",
            f"Date: {dated(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        tiny(p, "Paid To:")
        name = pick(p, "left", [FIRM, FIRM_SHORT])
        p.add("left", name, merchant=name)
        p.add("gap")
        bill = f"KKW/{fy(j.date)}/{rng.randrange(20, 480):03d}"
        grid(
            p,
            "vyt",
            [(0.0, 0.72, "l"), (0.72, 1.0, "r")],
            ["Description", "Amount"],
            [([f"Against bill {bill} (Kinnauri shawls, stoles)", num(j.amount)], {})],
            foot=(["Total Paid", num(j.amount)], {"amount": j.amount}),
            tint=(240, 232, 236),
        )
        utr = utr_by(rng, j, "HDFC Bank", "NEFT")
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        colkv(p, "vyp", spec, "Payment Type", "Bank (NEFT)", method="netbanking", status=status)
        colkv(p, "vyp", spec, "Ref No.", utr, txn=(UTR_RANK, utr))
        para(p, f"Amount in words: Rupees {worded(j.amount)} only", "small")
        p.add("gap")
        p.add("right", f"For {PHULKARI}")
        p.add("gap")
        sig(p)
        p.add("right", "Authorized Signatory")
        return p.done()
    if k == 3:
        docno = f"PMT{rng.randrange(1000, 99999):06d}"
        p = mail_page(
            rng, font, "Baithak Home Accounts <ap@baithakhome.in>", [f"Remittance Advice - {docno}"]
        )
        p.part = "head"
        top(p, BAITHAK)
        p.add("small", "Kamala Mills Compound, Lower Parel, Mumbai - 400013")
        p.add("rule")
        p.part = "body"
        p.add("left", "Remittance Advice")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_by(rng, j, "ICICI Bank", way)
        name = rng.choice([FIRM, FIRM_CAPS, FIRM_SHORT])
        h269.kind(p, "bc", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "plain", bold=(1,))
        h269.row(p, "bc", "Document No.", docno, txn=(INVOICE_RANK, docno))
        h269.row(p, "bc", "Vendor No.", f"V0{rng.randrange(1000, 9999)}")
        h269.row(p, "bc", "Vendor Name", name, merchant=name)
        h269.row(p, "bc", "Payment Date", dated(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
        h269.row(p, "bc", "Payment Method", f"Bank Transfer ({way})", method="netbanking", status=status)
        h269.row(p, "bc", "Payment Reference", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        spec = [(0.0, 0.28, "l"), (0.28, 0.46, "l"), (0.46, 0.66, "r"), (0.66, 0.8, "r"), (0.8, 1.0, "r")]
        cols(
            p, "bch", spec, "Vendor Inv. No.", "Doc. Date", "Amount", "Pmt. Disc.", "Amount Paid", mode="line"
        )
        for no_, day, v in settle(rng, j, rng.randrange(1, 4), "KKW"):
            cols(p, "bcl", spec, no_, when(day, "%d-%m-%Y"), num(v), "0.00", num(v), mode="line")
        total(p, "Total (INR)", num(j.amount), at=0.6, amount=j.amount)
        p.add("small", "Sent from Dynamics 365 Business Central. Please do not reply to this mail.")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 205000, 420000, 0.6)
        p = browser_page(rng, font, "connect.idfcfirstbank.com/corporate/payments/status")
        p.part = "head"
        top(p, "IDFC FIRST Bank")
        p.add("small", f"CONNECT Corporate Banking  |  {CREST}, Gurugram")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction status")
        capsule(p, "In Process", status)
        p.add("gap")
        track(p, ["Initiated", "Approved", "Sent to RBI", "Credited"], "ddp-")
        note(
            p,
            "The RTGS has been sent and is awaiting credit confirmation from the beneficiary bank. Please do "
            "not initiate the payment again.",
            "warn",
        )
        ref = f"IFC{j.date:%y%m%d}{digits(rng, 8)}"
        utr = utr_by(rng, j, "IDFC FIRST Bank", "RTGS")
        name = rng.choice([CUT, "KINNAUR KAILASH WEAVERS"])
        two_up(
            p,
            "id1",
            ("Transaction Ref. No.", ref),
            ("Payment Mode", "RTGS"),
            txn=(BANK_RANK, ref),
            method="netbanking",
        )
        two_up(p, "id2", ("Beneficiary", name), ("Account No.", f"XXXXXXXX{digits(rng, 4)}"), merchant=name)
        two_up(
            p,
            "id3",
            ("Amount", rs(j.amount)),
            ("Value Date", dated(j, rng, ["%d-%m-%Y", "%d %b %Y"])),
            amount=j.amount,
            date=j.date,
        )
        two_up(p, "id4", ("UTR", utr), ("Status", "In Process"), txn=(UTR_RANK, utr))
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(40, 420) * 100)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        p.style["paper"] = (245, 245, 250)
        p.part = "head"
        h269.kind(p, "tm0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["tm0"] = 1.12
        h269.row(p, "tm0", "Accounts Payable  >  General")
        p.add("small", f"Microsoft Teams  |  {SNOW}, Manali")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 17)
        spec = [(0.0, 0.37, "l"), (0.37, 1.0, "l")]
        h269.kind(p, "tm1", spec, "plain", bold=(0,))
        h269.row(
            p,
            "tm1",
            rng.choice(["Meenakshi Thakur", "Rohit Kapoor", "Shalini Rana"]),
            f"{(hour - 1) % 12 + 1}:{rng.randrange(10, 59):02d} {'PM' if hour >= 12 else 'AM'}",
        )
        name = pick(p, "left", [FIRM_SHORT, "Kinnaur Kailash Weavers", SHOP])
        utr = utr_by(rng, j, "Axis Bank", "NEFT")
        para(
            p,
            f"NEFT done: Rs. {num(j.amount)} to {name} against bill "
            f"KKW/{fy(j.date)}/{rng.randrange(20, 400):03d} (pattus for the cottages).",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
        aside(p, "Like 2   |   Reply")
        p.add("gap")
        h269.row(
            p,
            "tm1",
            "Arun (Front Office)",
            f"{hour % 12 + 1}:{rng.randrange(0, 40):02d} {'PM' if hour + 1 >= 12 else 'AM'}",
        )
        p.add("left", "Thanks, will let Vikas ji know.")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(60, 400) * 100)
        p = leaf(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(252, 248, 236), (250, 246, 238)])
        p.part = "head"
        tibetan(p, GOMPA_TI, scale=1.25, bold=True)
        top(p, GOMPA)
        p.add("small", "Sangla, Distt. Kinnaur (H.P.) - 172106")
        p.add("rule")
        p.part = "body"
        cols(
            p,
            "gm",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            "",
            f"Date: {dated(j, rng, ['%d.%m.%Y', '{d} %B %Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [f"M/s {FIRM},", f"M/s {FIRM_SHORT},"]).removeprefix("M/s ").rstrip(",")
        p.add("left", f"M/s {name},", merchant=name)
        p.add("left", TOWN)
        p.add("gap")
        p.add("left", "Dear Sir,")
        para(
            p,
            f"We have today transferred Rs. {num(j.amount, 'indian', 0)}/- (Rupees {worded(j.amount)} only) to "
            "the Society's account by NEFT for the pattus and Kinnauri caps supplied for the monks' winter. "
            "Kindly acknowledge.",
            amount=j.amount,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        tibetan(p, TASHI_DELEK, scale=1.0)
        sig(p)
        p.add("right", "Chhewang Lama, Manager")
        return p.done()
    p = browser_page(rng, font, "payouts.payu.in/dashboard/transfers")
    p.part = "head"
    top(p, "PayU Payouts")
    p.add("small", f"{GIFTER}, Koramangala, Bengaluru  |  Transfers")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Payout failed", status)
    note(
        p,
        "The beneficiary bank rejected the credit (IMPS response M4: account closed). The amount has been "
        "returned to your PayU Payouts balance.",
        "error",
    )
    pid = f"PO{digits(rng, 12)}"
    mref = f"GC-VND-{j.date:%y%m}-{rng.randrange(100, 999)}"
    name = rng.choice([CUT, "KINNAUR KAILASH WEAVERS"])
    kv(p, "Payout ID", pid, at=0.36, txn=(TXN_RANK, pid))
    kv(p, "Merchant Ref. ID", mref, at=0.36, txn=(INVOICE_RANK, mref))
    kv(p, "Beneficiary Name", name, at=0.36, merchant=name)
    kv(p, "Account No.", f"XXXXXXXX{digits(rng, 4)}", at=0.36)
    kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
    kv(p, "Transfer Mode", "IMPS", at=0.36, method="netbanking")
    kv(p, "Requested at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Kiso Textile Gallery K.K.", "Tokyo, Japan", "JPY", 160000, 1800000, "mufg"),
    ("Alpenwolle Handels GmbH", "Vienna, Austria", "EUR", 1100, 13000, "erste"),
    ("Uld & Væv ApS", "Copenhagen, Denmark", "DKK", 9000, 95000, "jyske"),
    ("Fjällull Design AB", "Stockholm, Sweden", "SEK", 12000, 140000, "swedbank"),
    ("Atelier Laine Himalaya Sàrl", "Geneva, Switzerland", "CHF", 1000, 12000, "ubs"),
    ("Highland Weave Co. Pty Ltd", "Melbourne, Australia", "AUD", 1500, 19000, "anz"),
    ("Cascade Textile Arts LLC", "Portland, Oregon, USA", "USD", 900, 12000, "wells"),
    ("Tweed & Tartan Ltd", "Edinburgh, United Kingdom", "GBP", 700, 9500, "hsbc"),
]
SBI_PEO = "STATE BANK OF INDIA, RECKONG PEO, INDIA"


def overseas(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: yen whole (JPY or the yen's sign), euros the Austrian way (EUR
    1.234,56 or € 1.234,56), Danish kroner (DKK 12.345,67 or 12.345,67 kr.), Swedish kronor with a space
    between the thousands (24 500,00 SEK), Swiss francs with an apostrophe between the thousands (CHF
    2'345.60), Australian dollars (A$ or AUD), US dollars ($ or USD), pounds (the pound's sign or GBP)."""

    def european(v: float) -> str:
        return f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")

    if cur == "JPY":
        mark = rng.choice(["\u00a5" if glyphs(font, "\u00a5") else "JPY ", "JPY "])
        return lambda v: f"{mark}{v:,.0f}"
    if cur == "EUR":
        mark = rng.choice(["EUR ", "\u20ac " if glyphs(font, "\u20ac") else "EUR "])
        return lambda v: mark + european(v)
    if cur == "DKK":
        after = rng.random() < 0.5
        return lambda v: f"{european(v)} kr." if after else f"DKK {european(v)}"
    if cur == "SEK":
        after = rng.random() < 0.6
        return lambda v: (
            (f"{v:,.2f}".replace(",", " ").replace(".", ",") + " SEK")
            if after
            else ("SEK " + f"{v:,.2f}".replace(",", " ").replace(".", ","))
        )
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    form = rng.choice(
        {
            "AUD": ["A${v}", "AUD {v}"],
            "USD": ["${v}", "USD {v}"],
            "GBP": ["\u00a3{v}" if glyphs(font, "\u00a3") else "GBP {v}", "GBP {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Galleries, shops and studios abroad paying the society for Kinnauri shawls, stoles, pattus and caps:
    MUFG Bank's Overseas Remittance - Result in yen (Transaction Date year first with slashes, Remitter,
    Beneficiary Name, Beneficiary Bank, SWIFT Code, Remittance Amount, Charges, Reference No., Status on
    hairline rows); Erste Bank's George with an Auslandsüberweisung / foreign transfer in euros the Austrian
    way executed under a large tick (each value over its label: Empfänger / Recipient, Betrag / Amount,
    Durchführungsdatum / Execution date, Auftragsreferenz / Order reference, Spesen / Charges); Jyske Bank's
    Udenlandsk betaling / Foreign payment in Danish kroner in process (a capsule, its stages across the page,
    a notice; Modtager / Payee, Beløb / Amount, Dato / Date, Reference in a table ruled on every side);
    Swedbank's shared card of an Utlandsbetalning genomförd / foreign payment done in kronor ("<sum> till / to
    <payee>", Datum / Date as an ISO day, Avgift / Fee; no reference); UBS' Ordre de paiement exécuté /
    Payment order executed in Swiss francs (Bénéficiaire / Beneficiary, Montant / Amount, Date d'exécution /
    Execution date, Référence / Reference, Frais / Charges in dot leaders); ANZ's app with an international
    money transfer sent in Australian dollars ("Today, <hour> AEDT"; the sum, "to <payee>"; Receipt number and
    Transfer type in tiles; no day); Wells Fargo's wire transfer returned in US dollars on a tinted band (the
    reason in a notice; Send date month first in words, Amount, Recipient, Recipient bank SWIFT/BIC,
    Confirmation number against a gutter); HSBC UK's International payment confirmation in pounds (Payee name,
    Payee bank, BIC, Amount, Payment date, Reference, Charges in a striped table). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = overseas(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    if frame == "mufg":
        p = browser_page(rng, font, "www.bk.mufg.jp/ib/gaikoku/soukin/result")
        p.part = "head"
        top(p, "MUFG Bank")
        p.add("small", "Mitsubishi UFJ Banking Corporation  |  Global Remittance Service")
        p.add("rule")
        p.part = "body"
        p.add("left", "Overseas Remittance - Result")
        ref = f"GR{j.date:%y%m%d}{digits(rng, 7)}"
        name = rng.choice([CUT, "KINNAUR KAILASH WEAVERS COOP SOC"])
        h269.kind(p, "mu", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], "line")
        for label, value, facts in [
            ("Transaction Date", when(j.date, "%Y/%m/%d"), {"date": j.date}),
            ("Remitter", clip(payer, 34), {}),
            ("Beneficiary Name", name, {"merchant": name}),
            ("Beneficiary Bank", SBI_PEO, {}),
            ("SWIFT Code", BIC, {}),
            ("Remittance Amount", show(j.amount), sum_),
            ("Charges", "SHA (shared)", {"method": "netbanking"}),
            ("Reference No.", ref, {"txn": (BANK_RANK, ref)}),
            ("Status", "Completed", {"status": status}),
        ]:
            h269.row(p, "mu", label, value, **facts)
        p.add("small", "Purpose: import of goods (hand woven woollen shawls)")
        return p.done()
    if frame == "erste":
        p = phone(rng, font, k, ["", "Auftrag"], dark=False, buttons=("Fertig",))
        band(p, (0, 86, 160))
        app_head(p, "George", "Erste Bank  |  Auslandsüberweisung")
        sicon(p, status)
        p.add("center", "Durchgeführt / Executed", status=status)
        p.add("gap")
        name = h287.vname(p, [FIRM_CAPS, CUT])
        vlab(p, "Empfänger / Recipient", name, merchant=name)
        vlab(p, "Betrag / Amount", show(j.amount), **sum_)
        vlab(p, "Durchführungsdatum / Execution date", when(j.date, "%d.%m.%Y"), bold=False, date=j.date)
        oref = f"{digits(rng, 6)}{code(rng, 4, UPPER)}{digits(rng, 5)}"
        vlab(p, "Auftragsreferenz / Order reference", oref, bold=False, txn=(BANK_RANK, oref))
        vlab(p, "Spesen / Charges", "Geteilt (SHA)", bold=False, method="netbanking")
        return p.done()
    if frame == "jyske":
        p = browser_page(rng, font, "netbank.jyskebank.dk/erhverv/betalinger/udland")
        p.part = "head"
        top(p, "Jyske Bank")
        p.add("small", f"Jyske Netbank Erhverv  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Udenlandsk betaling / Foreign payment")
        capsule(p, "Under behandling / In process", status)
        h289.steps(p, ["Godkendt / Approved", "Sendt / Sent", "Modtaget / Received"], 1, status)
        note(
            p,
            "Betalingen er sendt til modtagerens bank / The payment has been sent to the beneficiary's bank "
            "and is waiting for its confirmation.",
            "warn",
        )
        ref = f"JB{digits(rng, 10)}"
        name = rng.choice([CUT, FIRM_CAPS])
        grid(
            p,
            "jy",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Modtager / Payee", name], {"merchant": name}),
                (["Beløb / Amount", show(j.amount)], sum_),
                (["Dato / Date", when(j.date, "%d.%m.%Y")], {"date": j.date}),
                (["Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Omkostninger / Charges", "Delt (SHA)"], {"method": "netbanking"}),
            ],
            tint=(226, 236, 230),
        )
        return p.done()
    if frame == "swedbank":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([580, 600]), size=rng.choice([20, 21]))
        p.style["paper"] = (255, 246, 236)
        p.part = "head"
        p.add("title", "Swedbank")
        p.add("small", "Delat från Swedbank-appen / Shared from the Swedbank app")
        p.part = "body"
        p.add("gap")
        sicon(p, status)
        p.add("center", "Utlandsbetalning genomförd", status=status)
        p.add("small", "Foreign payment done")
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"till / to {FIRM_SHORT}", f"till / to {CUT}"])[10:]
        p.add("center", f"till / to {name}", merchant=name)
        p.add("gap")
        kvr(p, "Datum / Date", when(j.date, "%Y-%m-%d"), date=j.date)
        kvr(p, "Avgift / Fee", "Delad (SHA)", method="netbanking")
        p.add("small", f"{payer}, {city}")
        return p.done()
    if frame == "ubs":
        p = leaf(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "UBS")
        p.add("small", f"UBS Switzerland AG  |  E-Banking  |  {payer}, Genève")
        p.add("rule")
        p.part = "body"
        p.add("center", "Ordre de paiement exécuté / Payment order executed", status=status)
        p.add("gap")
        ref = f"UBS-{digits(rng, 4)}-{code(rng, 6, ALNUM)}"
        name = rng.choice([CUT, "KINNAUR KAILASH WEAVERS COOP SOC"])
        dots(p, "Bénéficiaire / Beneficiary", name, at=0.42, merchant=name)
        dots(p, "Banque / Bank", SBI_PEO, at=0.42)
        dots(p, "Montant / Amount", show(j.amount), at=0.42, bold=True, **sum_)
        dots(p, "Date d'exécution / Execution date", when(j.date, "%d.%m.%Y"), at=0.42, date=j.date)
        dots(p, "Référence / Reference", ref, at=0.42, txn=(BANK_RANK, ref))
        dots(p, "Frais / Charges", "partagés (SHA)", at=0.42, method="netbanking")
        p.add("gap")
        p.add("small", "Communication: facture KKW-EX, châles du Kinnaur")
        return p.done()
    if frame == "anz":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (0, 65, 125))
        app_head(p, "ANZ", "International money transfer")
        p.add("small", f"Today, {hhmm(rng, lower=True)} AEDT")
        sicon(p, status)
        p.add("center", "Transfer sent", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {FIRM_SHORT}", f"to {CUT}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        rno = f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 6)}"
        tiles2(
            p, ("Receipt number", rno), ("Transfer type", "SWIFT"), txn=(BANK_RANK, rno), method="netbanking"
        )
        p.add("small", f"From {payer}")
        return p.done()
    if frame == "wells":
        p = browser_page(rng, font, "connect.secure.wellsfargo.com/payments/wires/activity")
        p.part = "head"
        top(p, "Wells Fargo")
        p.add("small", f"Business Online  |  {payer}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Wire transfer returned", status)
        note(
            p,
            "The beneficiary bank returned this wire: the account name does not match the account number. The "
            "funds, less fees, have been credited back to your account.",
            "error",
        )
        conf = f"WF{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 4)}"
        name = rng.choice([CUT, "KINNAUR KAILASH WEAVERS COOP SOC"])
        gutter(
            p, "wf", "Send date", when(j.date, rng.choice(["%b {d}, %Y", "%B {d}, %Y"])), at=0.36, date=j.date
        )
        gutter(p, "wf", "Amount", show(j.amount), at=0.36, **sum_)
        gutter(p, "wf", "Recipient", name, at=0.36, merchant=name)
        gutter(p, "wf", "Recipient bank", f"{SBI_PEO} ({BIC})", at=0.36, method="netbanking")
        gutter(p, "wf", "Confirmation number", conf, at=0.36, txn=(BANK_RANK, conf))
        return p.done()
    p = leaf(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, "HSBC UK")
    p.add("small", f"HSBC UK Bank plc  |  Business Internet Banking  |  {payer}")
    p.add("rule")
    p.part = "body"
    p.add("left", "International payment confirmation")
    para(
        p,
        "Your international payment has been sent. Please keep this confirmation for your records.",
        status=status,
    )
    p.add("gap")
    ref = f"HSBC{digits(rng, 10)}"
    name = rng.choice([CUT, "KINNAUR KAILASH WEAVERS COOP SOC"])
    zebra(
        p,
        "hs",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        ["Payment details", ""],
        [
            (["Payee name", name], {"merchant": name}),
            (["Payee bank", SBI_PEO], {"method": "netbanking"}),
            (["BIC", BIC], {}),
            (["Amount", show(j.amount)], sum_),
            (["Payment date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
            (["Reference", ref], {"txn": (BANK_RANK, ref)}),
            (["Charges", "Shared (SHA)"], {}),
        ],
        (219, 0, 17),
    )
    p.add("small", "HSBC UK Bank plc. Registered in England and Wales.")
    return p.done()


# ---------------------------------------------------------------- 4. the society's own papers


HOTEL = "Hotel Wildflower Heights, Shimla"
DELHI_BUYER = "Sutra Boutique, Hauz Khas Village, New Delhi"


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's own papers, its emporium or itself on top: Kailash Emporium's TAX INVOICE under the
    Kinnauri cap, its Hindi name and a Kinnauri border, to a Delhi boutique (Invoice No. and Date on a line;
    Bill to, Place of Supply; Sl. | Item | HSN | Qty | Rate | Amount in a table ruled on every side with IGST
    5% and its Grand Total; Amount in words; "Received by UPI, Ref ... with thanks" and an accountant's check
    mark); the emporium's ORDER BOOK page in the apple season, photographed lying on an apple box (Order No.
    typed; Date, Name, Village written in; the order written in ruled columns, Order value; Advance written in
    its box; "Recd. by GPay, Ref ..." in the hand); the Lavi fair stall's CASH BILL printed on a torn thermal
    roll from a billing app in the fair's days (Date and Time; the items, TOTAL, CASH and CHANGE; no
    reference); the web shop's order mail from Dukaan (Order #, Ordered on; Item | Qty | Price on hairline
    rows, Item total, Delivery, Grand total; Payment: UPI, Paid); PhonePe Payment Gateway's card payment
    failed for the web shop under a large cross (the reason in a notice; Merchant Order ID and PhonePe
    Transaction ID, Amount and Payment Method, Date & Time, each label small over its value two to a row);
    CCAvenue's transaction pending for the web shop under a spinner (a notice; Order No., CCAvenue Tracking
    ID, Bank Ref. No. awaited, Amount, Payment Mode, Date in a table ruled on every side); the society's MONEY
    RECEIPT under its Kinnaur Kailash roundel, its Hindi name and a Kinnauri border (Receipt No. beside Date;
    "Received with thanks from ... by NEFT, UTR No. ..."; the sum printed in a box; its round rubber stamp);
    the emporium's visiting card with the payment written on its back and photographed on the counter ("Recd.
    with thanks Rs. x/- by GPay", "UPI Ref ..."; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=1400, high=85000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        cap_mark(p)
        hindi(p, SHOP_HI, scale=1.2, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}")
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
        border_band(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"KE/{fy(j.date)}/{rng.randrange(40, 1400):04d}"
        cols(
            p,
            "ti",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Date: {dated(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Bill to: {DELHI_BUYER}")
        p.add("left", f"GSTIN {gstin(rng, '07', 'F')}  |  Place of Supply: 07-Delhi")
        items = woven(rng, rng.randrange(2, 4), high=2200)
        taxable = sum(q * pr for _, _, q, pr in items)
        igst = round(taxable * 0.05, 2)
        j.amount = round(taxable + igst, 2)
        grid(
            p,
            "tt0",
            [
                (0.0, 0.07, "c"),
                (0.07, 0.46, "l"),
                (0.46, 0.58, "c"),
                (0.58, 0.66, "c"),
                (0.66, 0.82, "r"),
                (0.82, 1.0, "r"),
            ],
            ["Sl.", "Item", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), SHORT[t], hsn, str(q), num(pr), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "IGST 5%", "", "", "", num(igst)], {})],
            foot=(["Grand Total", num(j.amount)], {"amount": j.amount}),
            tint=(232, 240, 230),
        )
        para(p, f"Amount in words: Rupees {worded(j.amount)} only", "small")
        p.add("gap")
        p.add(
            "left",
            f"Received by UPI, Ref {j.ref} with thanks",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        h273.tick(p)
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        return p.done()
    if k == 1:
        in_season(j, rng)
        grower, village = rng.choice(GROWERS)
        p = leaf(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 248, 238), (248, 246, 232)])
        on_crate(p)
        p.part = "head"
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", "Main Bazar, Reckong Peo")
        p.add("center", "ORDER BOOK - APPLE SEASON 2026")
        p.part = "body"
        ono = f"{rng.randrange(100, 999):04d}"
        typed(p, f"Order No. {ono}", scale=1.0, txn=(INVOICE_RANK, ono))
        blank(p, "Date", dated(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Name", grower.removeprefix("Sh. ").removeprefix("Smt. "))
        blank(p, "Village", village)
        spec = [(0.0, 0.56, "l"), (0.56, 0.7, "c"), (0.72, 1.0, "r")]
        cols(p, "obh", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        total_ = 0.0
        for t, _, q, pr in woven(rng, rng.randrange(2, 4)):
            hcells(p, spec, SHORT[t], str(q), num(q * pr, "indian", 0))
            total_ += q * pr
        hcells(p, spec, "Order value", "", f"{num(total_, 'indian', 0)}/-")
        ledger(p, start, [0.56, 0.71])
        j.amount = float(round(total_ * rng.choice([0.3, 0.4, 0.5]), -2))
        p.add("gap")
        h271.amtbox(p, "Advance Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        pen(p, f"Recd. by GPay, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        pen(p, "Delivery before Losar", align="r")
        return p.done()
    if k == 2:
        redate(j, rng, LAVI + dt.timedelta(days=rng.randrange(0, 4)))
        p = screen(rng, font, width=rng.choice([440, 470, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        pen_of(p)
        printer(p)
        h269.torn(p)
        p.part = "head"
        name = pick(p, "center", [SHOP_CAPS, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", "Kinnaur Kailash Weavers Co-op Society")
        p.add("small", "Stall 17, Lavi Fair, Rampur Bushahr")
        p.part = "body"
        h271.ext(p)["tt_scale"] = 0.86
        n_ = h271.tt_cols(p) - 1
        typed(p, "CASH BILL".center(n_).rstrip(), scale=0.86)
        typed(p, "-" * n_, scale=0.86)
        typed(p, f"Date: {when(j.date, '%d-%m-%Y')}  {hhmm(rng, twelve=False)}", scale=0.86, date=j.date)
        typed(p, "-" * n_, scale=0.86)
        j.amount = 0.0
        for t, _, q, pr in woven(rng, rng.randrange(2, 4), high=6000):
            left = f"{SHORT[t]} x{q}"
            amt = f"{q * pr:,.2f}"
            typed(p, f"{left:<{n_ - len(amt)}}{amt}", scale=0.86)
            j.amount += q * pr
        typed(p, "-" * n_, scale=0.86)
        tot = f"{j.amount:,.2f}"
        typed(p, f"{'TOTAL':<{n_ - len(tot)}}{tot}", scale=0.86, amount=j.amount)
        given = float(math.ceil(j.amount / 500) * 500)
        if given == j.amount:
            given += 500
        cash, change = f"{given:,.2f}", f"{given - j.amount:,.2f}"
        typed(p, f"{'CASH':<{n_ - len(cash)}}{cash}", scale=0.86, method="cash", status=status)
        typed(p, f"{'CHANGE':<{n_ - len(change)}}{change}", scale=0.86)
        typed(p, "-" * n_, scale=0.86)
        p.add("small", "Thank you! Visit us at Main Bazar, Reckong Peo")
        p.add("small", "Billed on Vyapar")
        return p.done()
    if k == 3:
        order = f"KE{rng.randrange(1040, 4800)}"
        p = mail_page(rng, font, f"{SHOP} <orders@{WEB}>", [f"Your order #{order} is confirmed"])
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Kinnauri shawls and caps from the looms of Kinnaur")
        p.add("rule")
        p.part = "body"
        who = rng.choice(CUSTOMERS)
        p.add("left", f"Hi {who.split(' ', 1)[1].split()[0]}, thank you for your order!")
        p.add("left", f"Order #{order}", txn=(ORDER_RANK, order))
        p.add("small", f"Ordered on {dated(j, rng, ['{d} %B %Y', '%d %b %Y'])}", date=j.date)
        items = woven(rng, rng.randrange(1, 3), high=9000)
        ship = float(rng.choice([0, 0, 120, 180]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.6, "l"), (0.6, 0.72, "c"), (0.72, 1.0, "r")]
        cols(p, "dkh", spec, "Item", "Qty", "Price", mode="line")
        for t, _, q, pr in items:
            cols(p, "dkl", spec, SHORT[t], str(q), rs(q * pr), mode="line")
        spec2 = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
        cols(p, "dks", spec2, "Item total", rs(sub), mode="line")
        cols(p, "dks", spec2, "Delivery", rs(ship) if ship else "FREE", mode="line")
        h269.kind(p, "dkt", spec2, "line", bold=(0, 1))
        h269.row(p, "dkt", "Grand total", rs(j.amount), amount=j.amount)
        p.add("gap")
        p.add("left", "Payment: UPI  -  Paid", method="UPI", status=status)
        p.add("small", "We will share the tracking link once your parcel leaves Reckong Peo.")
        p.add("small", "Store powered by Dukaan")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "mercury.phonepe.com/transact/pg?token=" + code(rng, 16, LOWER))
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by PhonePe Payment Gateway")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment Failed", status=status)
        note(
            p,
            "Your card issuer declined this payment (authentication failed). No amount has been debited; you "
            "can retry with UPI or another card.",
            "error",
        )
        moid = f"KE{j.date:%y%m%d}{rng.randrange(100, 999)}"
        ptid = f"T{j.date:%y%m%d}{digits(rng, 16)}"
        two_up(p, "pp1", ("Merchant Order ID", moid), ("PhonePe Transaction ID", ptid), txn=(TXN_RANK, ptid))
        two_up(
            p,
            "pp2",
            ("Amount", rs(j.amount)),
            ("Payment Method", f"Debit Card XX{digits(rng, 4)}"),
            amount=j.amount,
            method="card",
        )
        tiny(p, "Date & Time")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "secure.ccavenue.com/transaction/transaction.do?command=status")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by CCAvenue")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Transaction Pending", status=status)
        note(
            p,
            "We are awaiting the final status from your bank. Please do not pay again; your order will be "
            "confirmed by e-mail once the bank confirms.",
            "warn",
        )
        ono = f"KE{rng.randrange(1040, 4800)}"
        track_id = str(digits(rng, 12))
        grid(
            p,
            "cc",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Order No.", ono], {"txn": (ORDER_RANK, ono)}),
                (["CCAvenue Tracking ID", track_id], {"txn": (TXN_RANK, track_id)}),
                (["Bank Ref. No.", "Awaited"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", "Net Banking (HDFC Bank)"], {"method": "netbanking"}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
            ],
            tint=(240, 234, 222),
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(80, 900) * 100)
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (254, 254, 252)
        p.part = "head"
        kailash_seal(p)
        hindi(p, FIRM_HI, scale=1.1, bold=True)
        name = pick(p, "title", [FIRM, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        p.add("small", f"Regd. No. {REG}  |  GSTIN {GSTIN}")
        border_band(p)
        p.add("center", "MONEY RECEIPT")
        p.part = "body"
        rno = f"KKW/R/{fy(j.date)}/{rng.randrange(20, 700):03d}"
        cols(
            p,
            "mr",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {dated(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_by(rng, j, "HDFC Bank", way)
        para(
            p,
            f"Received with thanks from M/s {HOTEL} the sum of Rupees {worded(j.amount)} only by {way}, UTR "
            f"No. {utr}, towards Bill No. KKW/{fy(j.date)}/{rng.randrange(20, 480):03d} for pattu upholstery and "
            "throws.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", by_hand=False, amount=j.amount)
        h269.seal(p, "KAILASH WEAVERS * RECKONG PEO *", ["SECRETARY"], rng.choice(["violet", "blue"]))
        sig(p)
        p.add("right", "Secretary")
        return p.done()
    j.amount = float(rng.randrange(12, 90) * 100)
    p = leaf(rng, font, [480, 500])
    p.style["paper"] = rng.choice([(252, 252, 248), (248, 246, 240)])
    as_card(p)
    p.part = "head"
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", "Main Bazar, Reckong Peo  |  94180 XXXXX")
    p.part = "body"
    p.add("gap")
    pen(p, "Recd. with thanks")
    pen(p, f"Rs. {num(j.amount, 'indian', 0)}/- by GPay", amount=j.amount, method="UPI", status=status)
    pen(p, f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref))
    pen(p, f"- {MANAGER.split()[0]}", align="r")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


VELVET_HOUSE = "HARI OM VELVET HOUSE"
MILL = "SHIVAM WOOLLEN MILLS"
HRTC = "HIMACHAL ROAD TRANSPORT CORPN."
OFB = "OFB Tech Pvt. Ltd."
BLUEDART = "Blue Dart Express Ltd."
PACKAGERS = "SHIVALIK PACKAGERS"
PANIPAT = "PANIPAT HANDLOOM STORES"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's suppliers, each on top of its own paper: a Chandni Chowk velvet dealer's ESTIMATE for the
    caps' velvet (No. left blank; Date and M/s written in; the velvet by the metre written in ruled columns,
    Total, a highlighter's stroke over it; "Paid cash" in the hand; no reference); a Ludhiana woollen mill's
    TAX INVOICE held by a paper clip (Invoice No. beside its earlier Date; Buyer, E-Way Bill No.; the yarn in
    a table ruled on every side with IGST 5%, Total; "Payment received by NEFT, UTR ... on <day>"); Moglix's
    checkout with the card payment failed for the shed's scale and lights on a tinted band (the reason in a
    notice; Order ID, Sold by, Items, Order Total, Payment Method, Attempted on against a gutter); HRTC's
    LUGGAGE TICKET from the conductor's ticket machine on a torn roll for the shawl bales sent down to Shimla
    (TKT NO, DATE and TIME, FROM, TO, BUS NO, PKGS, WEIGHT, FARE, PAY MODE UPI, RRN in its fixed-width face);
    OfBusiness' order with the NEFT under verification ("Today, <hour>"; a capsule, a notice; Order ID, Sold
    by, Items, Amount, Payment, UTR submitted at the left and the right; no day); Blue Dart's SHIPPER'S
    RECEIPT for export samples (its waybill's bars and number; Date, Origin, Destination, Pieces / Weight,
    Product in dot leaders; Freight, Fuel surcharge, GST 18%, Total; "Paid by UPI, Ref ..."); a Shimla
    packaging maker's TAX INVOICE (Inv. No. beside its earlier Date; the boxes on hairline rows, CGST 9%, SGST
    9%, Total), "by NEFT, UTR ..." and "dt. <day>" in the hand over its round PAYMENT RECEIVED stamp; a
    Panipat handloom store's BILL (Bill No. printed; Date written in; reeds, shuttles and healds written in
    ruled columns; its Total Rs. crossed out and written again with the dealer's initials; "Paid by UPI, Ref
    ..." in the hand). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=900, high=75000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = leaf(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 246, 234), (246, 246, 238)])
        p.part = "head"
        top(p, VELVET_HOUSE, merchant=VELVET_HOUSE)
        p.add("small", "Velvet, satin, lace and gota  |  2451, Kinari Bazar, Chandni Chowk, Delhi - 110006")
        p.add("center", "ESTIMATE")
        p.part = "body"
        p.add("rule")
        cols(p, "vh0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", dated(j, rng, ["%d/%m/%Y", "{d}/%m/%y", "%d.%m.%y"]), date=j.date)
        blank(p, "M/s", "Kinnaur Kailash Weavers, R. Peo")
        spec = [(0.0, 0.5, "l"), (0.5, 0.64, "c"), (0.64, 0.8, "r"), (0.82, 1.0, "r")]
        cols(p, "vhh", spec, "Particulars", "Mtr.", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Velvet green 44 in", 160, 240),
                ("Velvet maroon 44 in", 160, 240),
                ("Velvet rust 44 in", 150, 220),
                ("Satin lining grey", 60, 90),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(10, 60)
            rate = rng.randrange(lo, hi, 5)
            hcells(p, spec, text, str(q), str(rate), num(float(q * rate), "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.5, 0.64, 0.81])
        h277.marker(p, len(p.rows) - 1)
        p.add("gap")
        pen(p, "Paid cash - recd. with thanks", method="cash", status=status)
        sig(p)
        return p.done()
    if k == 1:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        h277.clip_(p)
        p.part = "head"
        top(p, MILL, merchant=MILL)
        p.add("small", "Worsted and woollen yarn  |  Focal Point, Phase VIII, Ludhiana - 141010")
        p.add("small", f"GSTIN {gstin(rng, '03', 'F')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SWM/{fy(j.date)}/{rng.randrange(300, 4800)}"
        cols(
            p,
            "ml",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date {when(earlier(rng, j, 3, 20), '%d.%m.%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {FIRM_SHORT}, Reckong Peo (02)")
        p.add("left", f"E-Way Bill No. {digits(rng, 12)}  |  Transport: HRTC parcel")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("Wool yarn 2/32 Nm, natural white", 620, 780),
                ("Wool yarn 2/24 Nm, natural grey", 560, 720),
                ("Acrylic yarn, border shades (6)", 240, 330),
                ("Angora blend yarn 2/28 Nm", 1100, 1450),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(8, 80)
            rate = float(rng.randrange(lo, hi, 5))
            taxable += q * rate
            rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
        igst = round(taxable * 0.05, 2)
        j.amount = round(taxable + igst, 2)
        rows_.append((["IGST 5%", "", "", num(igst)], {}))
        grid(
            p,
            "mli",
            [(0.0, 0.52, "l"), (0.52, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description (HSN 5107 / 5509)", "Kg", "Rate", "Amount"],
            rows_,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(236, 236, 228),
        )
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_by(rng, j, "The H.P. State Co-operative Bank", way)
        para(
            p,
            f"Payment received by {way}, UTR {utr} on {dated(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        p.add("right", f"for {MILL}")
        return p.done()
    if k == 2:
        j.amount = float(rng.randrange(1800, 14000, 10))
        p = browser_page(rng, font, "www.moglix.com/checkout/payment/failure")
        p.part = "head"
        top(p, "Moglix")
        p.add("small", "Business purchases  |  Tools, electricals and safety")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        note(
            p,
            "Your bank declined the card payment (3-D Secure verification failed). Your cart is saved; retry "
            "with another card, UPI or net banking.",
            "error",
        )
        oid = f"MSN{digits(rng, 10)}"
        seller = "Arora Electricals and Scales"
        gutter(p, "mg", "Order ID", oid, at=0.34, txn=(ORDER_RANK, oid))
        gutter(p, "mg", "Sold by", seller, at=0.34, merchant=seller)
        gutter(p, "mg", "Items", "Platform scale 150 kg, LED battens x6", at=0.34)
        gutter(p, "mg", "Order Total", rs(j.amount), at=0.34, amount=j.amount)
        gutter(p, "mg", "Payment Method", f"Credit Card XX{digits(rng, 4)}", at=0.34, method="card")
        gutter(
            p,
            "mg",
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.34,
            date=j.date,
        )
        return p.done()
    if k == 3:
        pkgs = rng.randrange(2, 7)
        kilos = pkgs * rng.randrange(12, 22)
        j.amount = float(kilos * rng.choice([6, 7, 8]) + 10 * pkgs)
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        pen_of(p)
        printer(p)
        h269.torn(p)
        p.part = "head"
        name = pick(p, "center", [HRTC, "HRTC"])
        p.add("center", name, merchant=name)
        p.add("small", "RECKONG PEO DEPOT")
        p.part = "body"
        h271.ext(p)["tt_scale"] = 0.88
        n_ = h271.tt_cols(p) - 1

        def line(label: str, value: str, **facts) -> None:
            typed(p, f"{label:<8}: {value}"[:n_], scale=0.88, **facts)

        typed(p, "LUGGAGE TICKET".center(n_).rstrip(), scale=0.88)
        typed(p, "-" * n_, scale=0.88)
        tno = str(rng.randrange(1000000, 9999999))
        line("TKT NO", tno, txn=(INVOICE_RANK, tno))
        line("DATE", f"{when(j.date, '%d/%m/%y')} {hhmm(rng, twelve=False)}", date=j.date)
        line("FROM", "RECKONG PEO")
        line("TO", rng.choice(["SHIMLA ISBT", "RAMPUR", "CHANDIGARH"]))
        line("BUS NO", f"HP25A{rng.randrange(1000, 9999)}")
        line("PKGS", f"{pkgs} SHAWL BALES")
        line("WEIGHT", f"{kilos} KG")
        line("FARE", f"{j.amount:.2f}", amount=j.amount)
        line("PAY MODE", "UPI", method="UPI", status=status)
        line("RRN", j.ref, txn=(UTR_RANK, j.ref))
        typed(p, "-" * n_, scale=0.88)
        p.add("small", "HAPPY JOURNEY")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Track payment",))
        band(p, (0, 56, 120))
        app_head(p, "OfBusiness", "Raw materials for business")
        capsule(p, "Payment under verification", status)
        p.add("small", f"Today, {hhmm(rng)}")
        note(
            p,
            "We have your UTR and are matching the NEFT to your order. The order will be confirmed once the "
            "credit is verified.",
            "warn",
        )
        oid = f"OFB{digits(rng, 9)}"
        utr = utr_by(rng, j, "The H.P. State Co-operative Bank", "NEFT")
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Sold by", OFB, merchant=OFB)
        kvr(p, "Items", "HDPE bags 500, tarpaulin 2")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment", "NEFT", method="netbanking")
        kvr(p, "UTR submitted", utr, txn=(UTR_RANK, utr))
        return p.done()
    if k == 5:
        kilos = rng.randrange(2, 12)
        freight = float(rng.randrange(900, 2400) * kilos // 10 * 10)
        fuel = round(freight * 0.16, 2)
        gst_ = round((freight + fuel) * 0.18, 2)
        j.amount = round(freight + fuel + gst_, 2)
        p = leaf(rng, font, [660, 700])
        p.style["paper"] = (254, 254, 254)
        p.part = "head"
        top(p, BLUEDART, merchant=BLUEDART)
        p.add("small", "Reckong Peo Service Centre  |  SHIPPER'S RECEIPT")
        p.add("rule")
        p.part = "body"
        awb = str(digits(rng, 11))
        h269.bars(p, awb)
        p.add("center", f"AWB No. {awb}")
        dots(p, "Date", dated(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.4, date=j.date)
        dots(p, "Origin", "RECKONG PEO (KNR)", at=0.4)
        dots(p, "Destination", rng.choice(["TOKYO (NRT)", "VIENNA (VIE)", "MELBOURNE (MEL)"]), at=0.4)
        dots(p, "Pieces / Weight", f"1 / {kilos}.0 kg", at=0.4)
        dots(p, "Product", "Dart International (samples)", at=0.4)
        p.add("rule")
        kvr(p, "Freight", num(freight))
        kvr(p, "Fuel surcharge", num(fuel))
        kvr(p, "GST 18%", num(gst_))
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("left", f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("small", "Subject to the conditions of carriage. Track at bluedart.com.")
        return p.done()
    if k == 6:
        p = leaf(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, PACKAGERS, merchant=PACKAGERS)
        p.add("small", "Corrugated boxes and printed cartons  |  Industrial Area, Shoghi, Shimla - 171219")
        p.add("small", f"GSTIN {gstin(rng, '02', 'F')}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SP/{rng.randrange(1200, 6800)}"
        cols(
            p,
            "pk",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Inv. No. {inv}",
            f"Date {when(earlier(rng, j, 2, 18), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"To: {FIRM_SHORT}, Reckong Peo")
        spec = [(0.0, 0.52, "l"), (0.52, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "pkh", spec, "Item", "Qty", "Rate", "Amount", mode="line")
        taxable = 0.0
        for text, lo, hi, qlo, qhi in rng.sample(
            [
                ("Shawl box, printed, 2 colour", 28, 44, 200, 900),
                ("Cap box, window", 12, 20, 300, 1200),
                ("5-ply carton 24x18x18 in", 70, 110, 40, 200),
                ("Butter paper sheets (100)", 90, 140, 10, 60),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(qlo, qhi)
            rate = float(rng.randrange(lo, hi))
            taxable += q * rate
            cols(p, "pkl", spec, text, str(q), num(rate), num(q * rate), mode="line")
        gst_ = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst_, 2)
        kvr(p, "CGST 9%", num(gst_))
        kvr(p, "SGST 9%", num(gst_))
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_by(rng, j, "The H.P. State Co-operative Bank", "NEFT")
        pen(p, f"by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        pen(p, f"dt. {dated(j, rng, ['%d/%m/%y', '{d}.%m.%Y'])}", date=j.date)
        h269.seal(p, f"{PACKAGERS} * SHOGHI *", ["PAYMENT", "RECEIVED"], rng.choice(["blue", "violet"]))
        return p.done()
    p = leaf(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(252, 250, 242), (248, 248, 240)])
    p.part = "head"
    top(p, PANIPAT, merchant=PANIPAT)
    p.add("small", "Reeds, healds, shuttles and bobbins  |  G.T. Road, Panipat - 132103")
    p.add("center", "BILL")
    p.part = "body"
    p.add("rule")
    bno = str(rng.randrange(1200, 8800))
    cols(p, "pn0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Bill No. {bno}", "", txn=(INVOICE_RANK, bno))
    blank(p, "Date", dated(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
    blank(p, "M/s", "Kinnaur Kailash Weavers, Kinnaur")
    spec = [(0.0, 0.52, "l"), (0.52, 0.64, "c"), (0.64, 0.8, "r"), (0.82, 1.0, "r")]
    cols(p, "pnh", spec, "Particulars", "Nos.", "Rate", "Rs.", mode="line")
    start = len(p.rows)
    listed = 0
    for text, lo, hi, qlo, qhi in rng.sample(
        [
            ("Steel reed 60s, 48 in", 900, 1400, 1, 4),
            ("Fly shuttle, shisham", 450, 700, 2, 8),
            ("Heald wires 12 in (100)", 180, 260, 2, 10),
            ("Pirn bobbins (50)", 220, 340, 1, 6),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(qlo, qhi)
        rate = rng.randrange(lo, hi, 10)
        hcells(p, spec, text, str(q), str(rate), num(float(q * rate), "indian", 0))
        listed += q * rate
    ledger(p, start, [0.52, 0.64, 0.81])
    j.amount = float(listed - max(10, round(listed * rng.choice([0.02, 0.03, 0.05]), -1)))
    p.add("gap")
    h275.strike(
        p,
        "Total Rs.",
        num(float(listed), "indian", 0),
        f"{num(j.amount, 'indian', 0)}/-",
        "R.K.",
        at=0.36,
        amount=j.amount,
    )
    pen(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
    sig(p)
    return p.done()


# ---------------------------------------------------------------- 6. the society's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("SHIVAM WOOLLEN MILLS", "Punjab National Bank", "NEFT"),
    ("PANIPAT HANDLOOM STORES", "HDFC Bank", "IMPS"),
    ("BUSHAHR WOOL TRADERS", "State Bank of India", "RTGS"),
    ("Chhering Dorje", "State Bank of India", "UPI"),
    ("SHIVALIK PACKAGERS", "Axis Bank", "NEFT"),
    ("HARI OM VELVET HOUSE", "ICICI Bank", "IMPS"),
    ("KINNAUR GOODS CARRIERS", "UCO Bank", "NEFT"),
    ("NEGI TENT HOUSE", "Himachal Pradesh Gramin Bank", "NEFT"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its suppliers from its banks: State Bank of India's YONO Business with a NEFT to the
    Ludhiana mill successful under a tile's tick (Reference No. (UTR), Beneficiary Name, Amount, Debit
    Account, Transaction Date, Remarks in a table ruled on every side); the H.P. State Co-operative Bank's
    HPSCB mBanking with an IMPS failed on a tinted band (the reason in a notice; each value over its label:
    Beneficiary, Amount, IMPS Ref. No., Date & Time, From A/c); Punjab & Sind Bank's PSB UnIC with an RTGS to
    the Rampur wool trader successful under a large tick (labels small over their values two to a row: UTR No.
    and Date, Beneficiary and Amount, Debit A/c and Purpose); Kotak Mobile Banking's UPI payment to a Pooh
    shepherd for his fleece ("Today, <hour>"; a Paid capsule, the sum, "to <payee>" over his UPI ID; a
    copyable UPI Reference No.; From; no day); Bank of India's BOI Mobile Omni Neo with a NEFT in progress
    under a spinner (its stages across the screen, a notice; Beneficiary, Amount, UTR, Initiated on, Debit A/c
    in dot leaders); J&K Bank's mPay Delight+ with an IMPS successful under a scalloped badge (a striped
    table: Beneficiary, Amount, IMPS Ref No, Date, Account, Remarks); IDBI Bank's GO Mobile+ shared card of a
    NEFT to the transporter ("<sum> transferred to <payee>", "on <day>", via NEFT; no reference); the Kangra
    Central Co-operative Bank's NEFT / RTGS REQUEST with its customer's counterfoil over a cutting line (Date,
    Beneficiary, A/c No. in boxes, IFSC, Amount Rs. in a box written in; the branch's rectangular stamp; UTR
    written in by the branch). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=3000, high=150000)
    to, their_bank, way = VENDORS[k]
    if way == "IMPS":
        j.amount = rupees(rng, 1500, 90000, 0.6)
    if way == "UPI":
        j.amount = rupees(rng, 2500, 45000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 205000, 480000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    ours = [
        "State Bank of India",
        "The H.P. State Co-operative Bank",
        "Punjab & Sind Bank",
        "Kotak Mahindra Bank",
        "Bank of India",
        "Jammu & Kashmir Bank",
        "IDBI Bank",
        "The Kangra Central Co-operative Bank",
    ][k]
    utr = utr_by(rng, j, ours, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXX{digits(rng, 4)}"
    dot = dots2(font)
    ifsc = f"{IFSC[their_bank]}0{digits(rng, 6)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Download", "Done"))
        band(p, (0, 102, 178))
        app_head(p, "YONO Business", "State Bank of India  |  NEFT")
        h287.tile(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("gap")
        grid(
            p,
            "yb",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            None,
            [
                (["Reference No. (UTR)", utr], {"txn": (UTR_RANK, utr)}),
                (["Beneficiary Name", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "method": method}),
                (["Debit Account", acct], {}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Remarks", "Wool yarn, bill SWM"], {}),
            ],
            tint=(222, 236, 248),
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Retry",))
        band(p, (0, 104, 55))
        app_head(p, "HPSCB mBanking", "The H.P. State Co-operative Bank  |  IMPS")
        h269.strip(p, "Transaction Failed", status)
        note(
            p,
            "The beneficiary bank is not available (IMPS response 91). If your account was debited, the amount "
            "will be reversed within 2 working days.",
            "error",
        )
        vlab(p, "Beneficiary", to, merchant=to)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "IMPS Ref. No.", utr, bold=False, txn=(UTR_RANK, utr))
        vlab(
            p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), bold=False, date=j.date
        )
        vlab(p, "From A/c", f"CA {acct[-8:]} (IMPS)", bold=False, method=method)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "RTGS"], dark=False, buttons=("Share receipt",))
        band(p, (0, 120, 72))
        app_head(p, "PSB UnIC", "Punjab & Sind Bank  |  RTGS")
        sicon(p, status)
        p.add("center", "RTGS Successful", status=status)
        p.add("gap")
        two_up(
            p,
            "ps1",
            ("UTR No.", utr),
            ("Date", dated(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        two_up(p, "ps2", ("Beneficiary", to), ("Amount", rs(j.amount)), merchant=to, amount=j.amount)
        two_up(p, "ps3", ("Debit A/c", acct[-8:]), ("Purpose", "Raw wool, Lavi"), method=method)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (237, 28, 36))
        app_head(p, "Kotak Mobile Banking", "Kotak Mahindra Bank  |  UPI")
        p.add("small", f"Today, {hhmm(rng)}")
        pill(p, "Paid", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("small", "chheringdorje.pooh@oksbi")
        p.add("gap")
        copyrow(p, "UPI Reference No.", utr, txn=(UTR_RANK, utr))
        kvr(p, "From", f"Kotak CA {dot}{digits(rng, 4)}", method=method)
        kvr(p, "Note", "fleece, 60 kg")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Refresh status",))
        band(p, (0, 74, 150))
        app_head(p, "BOI Mobile Omni Neo", "Bank of India  |  NEFT")
        h279.spinner(p, AMBER)
        p.add("center", "NEFT in progress", status=status)
        h289.steps(p, ["Submitted", "With RBI", "Credited"], 1, status)
        note(
            p,
            "Your NEFT has been sent in the current batch and awaits credit at the beneficiary bank. Please do "
            "not repeat it.",
            "warn",
        )
        dots(p, "Beneficiary", to, at=0.38, merchant=to)
        dots(p, "Amount", rs(j.amount), at=0.38, bold=True, amount=j.amount)
        dots(p, "UTR", utr, at=0.38, txn=(UTR_RANK, utr))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date)
        dots(p, "Debit A/c", acct, at=0.38, method=method)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Done"))
        band(p, (150, 20, 40))
        app_head(p, "mPay Delight+", "J&K Bank  |  IMPS")
        h287.burst(p, status)
        p.add("center", "Fund transfer successful", status=status)
        p.add("gap")
        zebra(
            p,
            "jk",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Transfer details", ""],
            [
                (["Beneficiary", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["IMPS Ref No", utr], {"txn": (UTR_RANK, utr), "method": method}),
                (["Date", dated(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["Account", acct], {}),
                (["Remarks", "velvet for caps"], {}),
            ],
            (150, 20, 40),
        )
        return p.done()
    if k == 6:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 580]), size=rng.choice([20, 21]))
        p.style["paper"] = (240, 248, 246)
        p.part = "head"
        p.add("title", "IDBI Bank")
        p.add("small", "GO Mobile+  |  Shared receipt")
        p.part = "body"
        p.add("gap")
        h287.tile(p, status)
        p.add("center", "Transferred", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {dated(j, rng, ['{d} %b %Y', '%d/%m/%Y'])}", date=j.date)
        p.add("small", "via NEFT", method=method)
        p.add("gap")
        p.add("small", "Freight, Reckong Peo - Shimla  |  Shared from GO Mobile+")
        return p.done()
    p = leaf(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(244, 248, 240), (250, 248, 238)])
    pen_everywhere(p)
    p.part = "head"
    top(p, "THE KANGRA CENTRAL CO-OP. BANK LTD.")
    p.add("small", "Branch: Reckong Peo, Distt. Kinnaur  |  NEFT / RTGS REQUEST")
    p.part = "body"
    p.add("rule")
    blank(p, "Remitter", FIRM_SHORT)
    blank(p, "Beneficiary", to.title())
    h269.comb(p, "A/c No.", str(digits(rng, 11)))
    h273.cut(p, "CUSTOMER'S COUNTERFOIL")
    blank(p, "Date", dated(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
    blank(p, "Beneficiary", to.title(), merchant=to.title())
    blank(p, "IFSC", ifsc)
    h271.amtbox(
        p, "Amount Rs.", f"{num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}", amount=j.amount
    )
    blank(p, "Mode", "NEFT", method=method)
    blank(p, "UTR No.", utr, txn=(UTR_RANK, utr), status=status)
    p.add("gap")
    h271.rstamp(p, ["K.C.C. BANK LTD.", "RECKONG PEO BRANCH", "TRANSFERRED"], "violet", at=0.5, rows_=4)
    return p.done()


# ---------------------------------------------------------------- 7. the society's people


PIECES = [
    ("Kinnauri shawl", "border", 1300, 2100),
    ("Dohru", "border", 1600, 2600),
    ("Pattu 2.5 m", "plain", 900, 1400),
    ("Stole", "both ends", 420, 700),
    ("Muffler", "border", 150, 260),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its weavers, its cap stitchers and its emporium's salesman: a weaver's BUNAI HISAB
    (weaving account) card photographed lying on a pattu, under a Kinnauri border and its Hindi heading (Card
    No. printed; Weaver and Date written in; the pieces, their border, number and wage written in ruled
    columns, Total; "Paid by UPI, Ref ..." in the hand); a cap stitcher's MUSTER CARD (Muster No. printed;
    Name and Month written in; the fortnight's days in boxes, each ticked or marked A; Days worked, Rate per
    day, Total in dot leaders; Paid on written in; "Paid in cash" and her signature); greytHR's payslip for
    the emporium's salesman (Employee No. and Name, Designation and Department, Bank and A/c No., Days Paid
    and Pay Date two pairs to a row; Earnings | Amount | Deductions | Amount in a table ruled on every side;
    Net Pay under a double rule, in words; "Paid by NEFT, UTR ..."); Groww's UPI payment to a weaver pending
    under an hourglass tile (the sum, "to <payee>", a notice; UPI Ref. No. and Started in tiles; Paying from);
    HDFC Bank's PayZapp with a UPI payment to a weaver failed under a large cross (the reason in a notice; UPI
    Ref No, Attempted on, Bank in dot leaders); Central Bank of India's Cent Mobile with Money sent to a cap
    stitcher ("Today, <hour>"; the sum, "to <payee>"; a copyable UPI Ref. No.; From; no day); India Post
    Payments Bank's DakPay with a UPI payment to a spinner (a Successful capsule, the sum, "to <payee>"; UPI
    Txn Ref. and Date, From and Purpose, each label small over its value two to a row); an advance (peshgi)
    written in a Hindi hand in the weavers' squared exercise book ("पेशगी" (advance), "<weaver> को शॉल की
    बुनाई हेतु नकद रु. x/- दिए" (given to <weaver> in cash Rs. x/- for weaving shawls), दिनांक (date) and the
    day, "प्राप्त किए" (received) and her name signed in English; no reference). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=1200, high=26000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR"))
    worker = WEAVERS[(k + rng.randrange(2)) % len(WEAVERS)]
    dot = dots2(font)
    if k == 0:
        p = leaf(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 234)])
        on_pattu(p)
        p.part = "head"
        border_band(p)
        hindi(p, "बुनाई हिसाब", scale=1.2, bold=True)
        p.add("center", "WEAVING ACCOUNT")
        p.add("small", f"{FIRM_SHORT}  |  {SHED}")
        p.part = "body"
        no = str(rng.randrange(101, 640))
        cols(p, "wa", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Card No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Weaver", worker, merchant=worker)
        blank(p, "Date", dated(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        spec = [(0.0, 0.34, "l"), (0.34, 0.54, "l"), (0.54, 0.64, "c"), (0.64, 0.8, "r"), (0.82, 1.0, "r")]
        cols(p, "wah", spec, "Piece", "Border", "Nos.", "Wage", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, border, lo, hi in rng.sample(PIECES, rng.randrange(2, 4)):
            q = rng.randrange(1, 4) if lo > 800 else rng.randrange(2, 9)
            wage = rng.randrange(lo, hi, 10)
            hcells(p, spec, text, border, str(q), str(wage), num(float(q * wage), "indian", 0))
            j.amount += q * wage
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.34, 0.54, 0.64, 0.81])
        p.add("gap")
        pen(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        return p.done()
    if k == 1:
        worker = rng.choice(["Santosh Kumari", "Hira Mani", "Leela Devi"])
        p = leaf(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(246, 248, 240), (250, 248, 242)])
        p.part = "head"
        top(p, pick(p, "title", [FIRM_SHORT, "Kinnaur Kailash Weavers"]))
        p.add("center", "MUSTER CARD  -  CAP SECTION")
        p.part = "body"
        no = f"CS/{rng.randrange(11, 60)}"
        cols(p, "mc", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Muster No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Name", worker, merchant=worker)
        first = rng.choice([1, 16])
        month = j.date.replace(day=1)
        blank(p, "Month", f"{when(month, '%B %Y')} ({first} to {first + 13})")
        marks = ["v" if rng.random() < 0.86 else "A" for _ in range(14)]
        h277.days_grid(p, first, marks)
        worked = marks.count("v")
        rate = float(rng.choice([380, 420, 450, 500]))
        j.amount = worked * rate
        dots(p, "Days worked", str(worked), at=0.5)
        dots(p, "Rate per day", num(rate, "indian", 0), at=0.5)
        dots(p, "Total", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.5, bold=True, amount=j.amount)
        paid = (
            (month + dt.timedelta(days=32)).replace(day=rng.randrange(1, 6))
            if first == 16
            else month.replace(day=rng.randrange(16, 21))
        )
        j.date = paid
        blank(p, "Paid on", when(paid, rng.choice(["%d/%m/%Y", "{d}/%m/%y"])), date=paid)
        pen(p, "Paid in cash", method="cash", status=status)
        sig(p)
        p.add("right", "Signature of worker")
        return p.done()
    if k == 2:
        worker = rng.choice(["Ramesh Negi", "Tenzin Norbu"])
        basic = float(rng.randrange(110, 170) * 100)
        hra = float(round(basic * 0.1, -1))
        special = float(rng.choice([1500, 2000, 2500]))
        pf = float(round(min(basic, 15000) * 0.12))
        esi = float(round((basic + hra + special) * 0.0075))
        j.amount = basic + hra + special - pf - esi
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_SHORT]))
        p.add("small", f"{ADDRESS}")
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.53, 0.7, "l"), (0.7, 1.0, "l")]
        colkv(
            p, "gh", spec, "Employee No.", f"KKW{rng.randrange(10, 99):03d}", "Name", worker, merchant=worker
        )
        colkv(p, "gh", spec, "Designation", "Salesman", "Department", "Kailash Emporium")
        colkv(p, "gh", spec, "Bank", "HPSC Bank", "A/c No.", f"XXXXXX{digits(rng, 4)}")
        colkv(
            p,
            "gh",
            spec,
            "Days Paid",
            str(rng.randrange(28, 31)),
            "Pay Date",
            dated(j, rng, ["%d %b %Y", "%d/%m/%Y"]),
            date=j.date,
        )
        p.add("gap")
        grid(
            p,
            "ghe",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident Fund", num(pf)], {}),
                (["HRA", num(hra), "ESI", num(esi)], {}),
                (["Special Allowance", num(special), "", ""], {}),
                (["Gross Earnings", num(basic + hra + special), "Total Deductions", num(pf + esi)], {}),
            ],
            tint=(230, 238, 246),
        )
        total(p, "Net Pay", rs(j.amount), at=0.55, amount=j.amount)
        para(p, f"Net Pay in words: Rupees {worded(j.amount)} only", "small")
        utr = utr_by(rng, j, "The H.P. State Co-operative Bank", "NEFT")
        p.add("left", f"Paid by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        p.add("small", "This is a computer generated payslip (greytHR) and does not need a signature.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (0, 180, 140))
        app_head(p, "Groww", "UPI")
        h287.tile(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "We are waiting for your bank to confirm. Please don't pay again; it may take up to 48 hours.",
            "warn",
        )
        tiles2(
            p,
            ("UPI Ref. No.", j.ref),
            ("Started", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "Paying from", f"SBI {dot}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (0, 68, 140))
        app_head(p, "PayZapp", "HDFC Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "The beneficiary's bank declined the credit (U17: PSP not available). No money was debited.",
            "error",
        )
        dots(p, "UPI Ref No", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        dots(p, "Bank", f"HDFC Bank {dot}{digits(rng, 4)}", at=0.36, method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Done",))
        band(p, (200, 30, 36))
        app_head(p, "Cent Mobile", "Central Bank of India  |  UPI")
        p.add("center", "Money sent", status=status)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        copyrow(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"CBI CA {dot}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        worker = rng.choice(["Rinchen Dolma", "Dolma Negi"])
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share",))
        band(p, (200, 30, 40))
        app_head(p, "DakPay", "India Post Payments Bank  |  UPI")
        capsule(p, "Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        two_up(
            p,
            "dp1",
            ("UPI Txn Ref.", j.ref),
            ("Date", dated(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(p, "dp2", ("From", f"IPPB XX{digits(rng, 4)}"), ("Purpose", "spinning, 8 kg"), method="UPI")
        return p.done()
    j.amount = float(rng.randrange(10, 60) * 100)
    p = leaf(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(250, 250, 246), (246, 248, 244)])
    h287.decor(p, "squared")
    p.part = "body"
    p.add("gap")
    h287.nhand(p, "पेशगी", scale=1.6)
    p.add("gap")
    worker_hi = {"Kamla Devi": "कमला देवी", "Sushma Negi": "सुषमा नेगी", "Prem Lata Negi": "प्रेम लता नेगी"}
    worker = rng.choice(list(worker_hi))
    h287.nhand(p, f"{worker_hi[worker]} को शॉल की बुनाई हेतु", scale=1.3)
    p.add("gap")
    h287.nhand(p, f"नकद रु. {num(j.amount, 'indian', 0)}/- दिए", scale=1.3, amount=j.amount, method="cash")
    p.add("gap")
    h287.nhand(p, f"दिनांक {dated(j, rng, ['%d/%m/%Y', '{d}/%m/%y'])}", scale=1.3, date=j.date)
    p.add("gap")
    h287.nhand(p, "प्राप्त किए", align="r", scale=1.3, status=status)
    pen(p, worker, align="r", merchant=worker)
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


HP_HI = "हिमाचल प्रदेश सरकार"
RCS = "Registrar, Co-operative Societies, H.P."
GP = "GRAM PANCHAYAT KOTHI"
GP_HI = "ग्राम पंचायत कोठी"
LAVI_HI = "अंतर्राष्ट्रीय लवी मेला 2026"
LAVI_BODY = "LAVI MELA COMMITTEE, RAMPUR"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's fees, taxes and dues, the authority paid as printed: HIMKOSH's e-challan for the
    co-operative audit fee under the state's Hindi name (each label's Hindi over its English: Department, Head
    of Account, Tenderer, GRN, Bank Reference No., Amount, Payment Date, Payment Mode, Status); Gram Panchayat
    Kothi's receipt for the khaddi shed's house tax under its Hindi name (No. left blank; Date, Received from,
    on account of written in; Rs. in a box; "in cash"; its rectangular stamp; no reference); the GST portal's
    Form GST PMT-06 Payment Receipt (CPIN, GSTIN, Name, Date of Deposit, Mode, Bank, BRN and CIN in shaded
    labels; CGST and SGST in a striped table, Total Amount; "Payment successful"); Bharatkosh's e-receipt for
    the India Handloom Brand registration fee (Receipt No., Transaction Ref. No., Bank Ref. No., Depositor,
    Ministry, Department, Purpose, Amount, Payment Date, Payment Mode against a gutter); EPFO's ECR challan
    payment failed on a tinted band (the reason in a notice; labels small over their values two to a row: TRRN
    and Wage Month, Total Amount and Bank, Transaction ID and Attempted on); VAHAN's road tax for the
    society's pickup pending (a capsule, a notice; Vehicle No., Application No., Transaction No., Amount,
    Payment Gateway, Transaction Date, Status in a table ruled on every side); the Lavi Mela Committee's STALL
    RENT RECEIPT under the fair's Hindi name (Receipt No. typed; Received from, Stall No., the sum and "by
    UPI, Ref ..." written in; its round stamp with the fair's year; no day); the Labour & Employment
    Department's e-receipt for the emporium's shop registration renewed (a striped table: Establishment,
    Service, Fee, Transaction ID, Bank Transaction No., Payment Date, Mode, Status). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=500, high=32000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.randrange(12, 90) * 100)
        p = browser_page(rng, font, "himkosh.hp.nic.in/echallan/Acknowledgement.aspx")
        p.part = "head"
        hindi(p, HP_HI, scale=1.15, bold=True)
        top(p, "Government of Himachal Pradesh")
        p.add("small", "HIMKOSH  |  Treasuries, Accounts & Lotteries  |  e-Challan")
        p.add("rule")
        p.part = "body"
        grn = f"{j.date:%y}{digits(rng, 12)}"
        bref = f"IK0{digits(rng, 9)}"
        name = pick(p, "left", [RCS, "Registrar, Co-op. Societies, H.P."])
        for hi, en, value, facts in [
            ("विभाग", "Department", name, {"merchant": name}),
            ("लेखा शीर्ष", "Head of Account", "0425-00-101-01 (Audit fee)", {}),
            ("जमाकर्ता", "Tenderer", FIRM_SHORT, {}),
            ("जी.आर.एन.", "GRN", grn, {"txn": (TXN_RANK, grn)}),
            ("बैंक संदर्भ", "Bank Reference No.", bref, {"txn": (BANK_RANK, bref)}),
            ("राशि", "Amount", rs(j.amount), {"amount": j.amount}),
            ("भुगतान तिथि", "Payment Date", dated(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("भुगतान माध्यम", "Payment Mode", "Net Banking (SBI)", {"method": "netbanking"}),
            ("स्थिति", "Status", "Success", {"status": status}),
        ]:
            h275.dlab(p, hi, en, value, at=0.32, **facts)
        p.add("small", "Please keep this acknowledgement; the treasury's receipt follows on realisation.")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([600, 800, 1000, 1200, 1500]))
        p = leaf(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(248, 246, 232), (246, 244, 236)])
        pen_everywhere(p)
        p.part = "head"
        hindi(p, GP_HI, scale=1.2, bold=True)
        top(p, GP, merchant=GP)
        p.add("small", "Vikas Khand Kalpa, Distt. Kinnaur (H.P.)  |  Receipt")
        p.part = "body"
        p.add("rule")
        cols(p, "gp0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", dated(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Received from", "Kinnaur Kailash Weavers Co-op")
        blank(p, "on account of", f"House tax, Khaddi Ghar 20{fy(j.date)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        pen(p, "in cash", method="cash", status=status)
        p.add("gap")
        h271.rstamp(
            p, ["GRAM PANCHAYAT", "KOTHI", "DISTT. KINNAUR"], rng.choice(["violet", "blue"]), at=0.2, rows_=4
        )
        sig(p)
        p.add("right", "Panchayat Sachiv")
        return p.done()
    if k == 2:
        j.amount = float(rng.randrange(20, 400) * 50)
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment")
        p.part = "head"
        top(p, "Goods and Services Tax", merchant="Goods and Services Tax")
        p.add("small", "Form GST PMT-06  |  Payment Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment successful", status=status)
        cpin = f"{j.date:%y}{digits(rng, 2)}{digits(rng, 10)}"
        brn = f"{digits(rng, 10)}"
        cin = f"SBIN{j.date:%y}{digits(rng, 10)}"
        kv(p, "CPIN", cpin, at=0.34, txn=(INVOICE_RANK, cpin))
        kv(p, "GSTIN", GSTIN, at=0.34)
        kv(p, "Name", FIRM_SHORT, at=0.34)
        kv(p, "Date of Deposit", dated(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.34, date=j.date)
        kv(p, "Mode of Payment", "E-Payment (Net Banking)", at=0.34, method="netbanking")
        kv(p, "Bank", "State Bank of India", at=0.34)
        kv(p, "BRN", brn, at=0.34, txn=(BANK_RANK, brn))
        kv(p, "CIN", cin, at=0.34, txn=(TXN_RANK, cin))
        half = round(j.amount / 2, 2)
        p.add("gap")
        zebra(
            p,
            "gst",
            [(0.0, 0.4, "l"), (0.4, 0.7, "r"), (0.7, 1.0, "r")],
            ["Head", "Tax (Rs.)", "Total (Rs.)"],
            [
                (["CGST", num(half), num(half)], {}),
                (["SGST", num(j.amount - half), num(j.amount - half)], {}),
            ],
            (30, 70, 130),
        )
        total(p, "Total Amount", num(j.amount), at=0.6, amount=j.amount)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([500, 1000, 1500]))
        p = browser_page(rng, font, "bharatkosh.gov.in/PaymentReceipt")
        p.part = "head"
        top(p, "Bharatkosh")
        p.add("small", "Non-Tax Receipt Portal  |  Controller General of Accounts  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"{j.date:%d%m%y}{digits(rng, 8)}"
        tref = f"NTRP{digits(rng, 12)}"
        bref = str(digits(rng, 12))
        face = load_font(p.font, p.style["size"])
        dept = next(
            (
                d
                for d in [
                    "O/o the Development Commissioner (Handlooms)",
                    "Development Commissioner (Handlooms)",
                ]
                if face.getlength(d) <= 0.6 * room_of(p)
            ),
            "O/o DC (Handlooms)",
        )
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Transaction Ref. No.", tref, {"txn": (TXN_RANK, tref)}),
            ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Depositor", FIRM_SHORT, {}),
            ("Ministry", "Ministry of Textiles", {}),
            ("Department", dept, {"merchant": dept}),
            ("Purpose", "India Handloom Brand registration fee", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), {"date": j.date}),
            ("Payment Mode", "UPI", {"method": "UPI", "status": status}),
        ]:
            gutter(p, "bk", label, value, at=0.34, **facts)
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/challanPayment")
        p.part = "head"
        name = pick(p, "title", ["Employees' Provident Fund Organisation", "EPFO"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment  |  ECR challan payment")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        note(
            p,
            "The bank did not confirm this challan's payment (session timed out at the bank). The challan "
            "remains unpaid; please pay it again from the Payment (ECR) menu.",
            "error",
        )
        trrn = f"{digits(rng, 13)}"
        tid = f"EPF{digits(rng, 12)}"
        two_up(p, "ep1", ("TRRN", trrn), ("Wage Month", j.month(1)), txn=(INVOICE_RANK, trrn))
        two_up(
            p,
            "ep2",
            ("Total Amount", rs(j.amount)),
            ("Bank", "SBI (Net Banking)"),
            amount=j.amount,
            method="netbanking",
        )
        two_up(
            p,
            "ep3",
            ("Transaction ID", tid),
            ("Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([3600, 4200, 5400, 6000]))
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/payment")
        p.part = "head"
        top(p, "VAHAN Citizen Services")
        name = pick(p, "center", ["Transport Department, Himachal Pradesh", "Transport Department, H.P."])
        p.add("center", name, merchant=name)
        p.add("small", "Registering Authority: RLA Reckong Peo  |  Tax payment")
        p.add("rule")
        p.part = "body"
        capsule(p, "Payment Pending", status)
        note(
            p,
            "The bank has not confirmed the payment. Please verify the status after one hour; do not pay the "
            "tax again.",
            "warn",
        )
        tno = f"HP{j.date:%y}{code(rng, 3, UPPER)}{digits(rng, 9)}"
        grid(
            p,
            "vh",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Vehicle No.", f"HP25A{rng.randrange(1000, 9999)}"], {}),
                (["Application No.", f"HP{digits(rng, 11)}"], {}),
                (["Transaction No.", tno], {"txn": (TXN_RANK, tno)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Gateway", "SBI ePay (Net Banking)"], {"method": "netbanking"}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Status", "Pending"], {}),
            ],
            tint=(232, 236, 246),
        )
        return p.done()
    if k == 6:
        redate(j, rng, LAVI - dt.timedelta(days=rng.randrange(4, 20)))
        j.amount = float(rng.choice([4500, 6000, 7500, 9000]))
        p = leaf(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 246, 230), (248, 244, 236)])
        p.part = "head"
        hindi(p, LAVI_HI, scale=1.2, bold=True)
        name = pick(p, "title", [LAVI_BODY, "LAVI MELA COMMITTEE"])
        top(p, name, merchant=name)
        p.add("small", "Office of the S.D.M., Rampur Bushahr, Distt. Shimla (H.P.)")
        p.add("center", "STALL RENT RECEIPT")
        p.part = "body"
        p.add("rule")
        rno = f"LM26/{rng.randrange(100, 999)}"
        typed(p, f"Receipt No. {rno}", scale=1.0, txn=(INVOICE_RANK, rno))
        blank(p, "Received from", f"{SHOP}, Reckong Peo")
        blank(p, "Stall No.", "17, Woollen Market")
        blank(
            p,
            "Rupees",
            f"{num(j.amount, 'indian', 0)}/- by UPI",
            amount=j.amount,
            method="UPI",
            status=status,
        )
        blank(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        h269.seal(p, "LAVI MELA * RAMPUR BUSHAHR *", ["COMMITTEE", "2026"], rng.choice(["violet", "red"]))
        sig(p)
        p.add("right", "Secretary, Mela Committee")
        return p.done()
    j.amount = float(rng.choice([500, 1000, 1500, 2500]))
    p = browser_page(rng, font, "emerginghimachal.hp.gov.in/sws/payment/receipt")
    p.part = "head"
    hindi(p, "श्रम एवं रोजगार विभाग, हिमाचल प्रदेश", scale=1.0, bold=True)
    name = pick(p, "title", ["Labour & Employment Department, H.P.", "Labour Department, H.P."])
    top(p, name, merchant=name)
    p.add("small", "Single Window  |  Shops & Commercial Establishments  |  e-Receipt")
    p.add("rule")
    p.part = "body"
    tid = f"SWS{j.date:%y%m}{digits(rng, 8)}"
    btn = str(digits(rng, 12))
    zebra(
        p,
        "lb",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Payment receipt", ""],
        [
            (["Establishment", f"{SHOP}, Reckong Peo"], {}),
            (["Service", "Renewal of registration"], {}),
            (["Fee", rs(j.amount)], {"amount": j.amount}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Bank Transaction No.", btn], {"txn": (BANK_RANK, btn)}),
            (["Payment Date", dated(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            (["Mode", "Net Banking"], {"method": "netbanking"}),
            (["Status", "Success"], {"status": status}),
        ],
        (40, 90, 60),
    )
    p.add("small", "This is a system generated receipt.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's premiums, the insurer on top or under its app's bar: United India Insurance's PREMIUM
    RECEIPT for the khaddi shed's Bharat Sookshma Udyam Suraksha policy under its Hindi name (each label's
    Hindi over its English: Receipt No., Date, Insured, Policy No., Risk Location, Net Premium, CGST 9%, SGST
    9%, Total Premium, Mode, UTR); Tata AIG's mail of the marine cargo certificate for an export consignment
    paid by card (its sentence; Policy No., Certificate No., Voyage, Subject matter, Sum Insured, Premium, GST
    18%, Total Premium, Payment, Transaction ID, Payment Date in a table ruled on every side); HDFC ERGO's app
    with a health renewal under process (the insurer under the app, a capsule, the sum, its stages across the
    screen, a notice; Policy No., Transaction ID, Initiated on, Pay mode at the left and the right); SBI
    General's card payment failed for the pickup's motor renewal under a scalloped badge (the reason in a
    notice; Quote No. and Premium (incl. GST), Payment ID and Attempted on in tiles; Card); Care Health's app
    with the secretary's family health premium paid ("Today, <hour>"; the insurer under the app, a large tick,
    the sum; a copyable Transaction Ref. No.; Paid via; no day); IFFCO-TOKIO's shop insurance Payment Receipt
    for the emporium (Receipt No., Proposal No., Product, Premium (incl. GST), Payment Mode, UPI Ref. No.,
    Receipt Date in dot leaders); Kotak Life's letter acknowledging a renewal premium, folded (Ref., To, Sub:,
    "We acknowledge with thanks the receipt of Rs. x on <day> ..."; no reference); HDFC Life's PREMIUM RECEIPT
    for the weavers' group term cover (its sentence; Receipt No., Policy No., Plan, Members, Premium Mode,
    Amount Received, Payment Mode, Transaction ID, Receipt Date in a striped table). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=1800, high=68000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        net = round(j.amount / 1.18, 2)
        gst_ = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst_, 2)
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hindi(p, "यूनाइटेड इंडिया इंश्योरेंस कंपनी लिमिटेड", scale=1.05, bold=True)
        name = pick(p, "title", ["United India Insurance Co. Ltd.", "United India Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Rampur Bushahr  |  Bharat Sookshma Udyam Suraksha")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT", status=status)
        p.part = "body"
        rno = f"1118{j.date:%y}{digits(rng, 8)}"
        utr = utr_by(rng, j, "The H.P. State Co-operative Bank", "NEFT")
        for hi, en, value, facts in [
            ("रसीद सं.", "Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("दिनांक", "Date", dated(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("बीमित", "Insured", FIRM_SHORT, {}),
            ("पॉलिसी सं.", "Policy No.", f"1118{digits(rng, 4)}11{j.date:%y}P{digits(rng, 9)}", {}),
            ("जोखिम स्थान", "Risk Location", f"{SHED}, Village Kothi", {}),
            ("शुद्ध प्रीमियम", "Net Premium", num(net), {}),
            ("सी.जी.एस.टी.", "CGST 9%", num(gst_), {}),
            ("एस.जी.एस.टी.", "SGST 9%", num(gst_), {}),
            ("कुल प्रीमियम", "Total Premium", rs(j.amount), {"amount": j.amount}),
            ("माध्यम", "Mode", "NEFT", {"method": "netbanking"}),
            ("यू.टी.आर.", "UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            h275.dlab(p, hi, en, value, at=0.3, **facts)
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 1:
        p = mail_page(
            rng, font, "Tata AIG <customersupport@tataaig.com>", ["Your marine cargo certificate is issued"]
        )
        p.part = "head"
        name = pick(p, "title", ["Tata AIG General Insurance Company Limited", "Tata AIG General Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            "Thank you for your payment. The certificate of insurance for your consignment is attached to this "
            "mail.",
            status=status,
        )
        p.add("gap")
        prem = round(j.amount / 1.18, 2)
        gst_ = round(j.amount - prem, 2)
        tid = f"TAIG{digits(rng, 12)}"
        dest = rng.choice(["Tokyo", "Vienna", "Melbourne", "Portland"])
        grid(
            p,
            "ta",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Policy No.", f"0855{digits(rng, 6)}"], {}),
                (["Certificate No.", f"MC{digits(rng, 9)}"], {}),
                (["Voyage", f"ICD Tughlakabad, New Delhi to {dest} by air"], {}),
                (["Subject matter", "Hand woven woollen shawls, 4 cartons"], {}),
                (["Sum Insured", rs(float(rng.randrange(4, 30) * 100000))], {}),
                (["Premium", num(prem)], {}),
                (["GST 18%", num(gst_)], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Payment", f"Credit Card XX{digits(rng, 4)}"], {"method": "card"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Date", dated(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
            tint=(226, 232, 244),
        )
        p.add("small", "Tata AIG General Insurance Company Limited, Mumbai.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Go to home",))
        band(p, (204, 20, 42))
        app_head(p, "HDFC ERGO", "Optima Secure  |  Renewal")
        name = pick(p, "center", ["HDFC ERGO General Insurance Co. Ltd.", "HDFC ERGO General Insurance"])
        p.add("center", name, merchant=name)
        capsule(p, "Payment under process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        h289.steps(p, ["Paid", "Bank confirms", "Renewed"], 1, status)
        note(
            p,
            "Please don't pay again. Your cover continues while we wait for your bank's confirmation.",
            "warn",
        )
        tid = f"HE{digits(rng, 14)}"
        kvr(p, "Policy No.", f"2856 2{digits(rng, 4)} {digits(rng, 4)} 00 000")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Pay mode", "UPI", method="UPI")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.sbigeneral.in/portal/motor/renewal/payment-status")
        p.part = "head"
        name = pick(p, "title", ["SBI General Insurance Company Ltd.", "SBI General Insurance"])
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Commercial vehicle package  |  HP25A{rng.randrange(1000, 9999)} (Mahindra Bolero Pik-Up)",
        )
        p.add("rule")
        p.part = "body"
        h287.burst(p, status)
        p.add("center", "Payment failed", status=status)
        note(
            p,
            "Your card issuer declined the payment (OTP not verified). Your policy has not been renewed; please "
            "try again.",
            "error",
        )
        pid = f"SBIG{digits(rng, 12)}"
        tiles2(
            p, ("Quote No.", f"Q{digits(rng, 10)}"), ("Premium (incl. GST)", rs(j.amount)), amount=j.amount
        )
        tiles2(
            p,
            ("Payment ID", pid),
            ("Attempted on", dated(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(TXN_RANK, pid),
            date=j.date,
        )
        kvr(p, "Card", f"Debit card XX{digits(rng, 4)}", method="card")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Premium"], dark=False, buttons=("Download receipt",))
        band(p, (0, 120, 90))
        app_head(p, "Care Health", "Renew policy")
        name = pick(p, "center", ["Care Health Insurance Ltd.", "Care Health Insurance"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        sicon(p, status)
        p.add("center", "Premium paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tref = f"CHI{digits(rng, 13)}"
        copyrow(p, "Transaction Ref. No.", tref, txn=(TXN_RANK, tref))
        kvr(p, "Paid via", "Net Banking", method="netbanking")
        kvr(p, "Plan", "Care Supreme, family floater")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "www.iffcotokio.co.in/payment/receipt")
        p.part = "head"
        name = pick(p, "title", ["IFFCO-TOKIO General Insurance Co. Ltd.", "IFFCO-TOKIO General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Payment Receipt  |  Shop Insurance")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment received", status=status)
        p.add("gap")
        rno = f"IT{j.date:%y}{digits(rng, 10)}"
        dots(p, "Receipt No.", rno, at=0.42, txn=(INVOICE_RANK, rno))
        dots(p, "Proposal No.", f"P{digits(rng, 10)}", at=0.42)
        dots(p, "Product", f"Shop Insurance ({SHOP})", at=0.42)
        dots(p, "Premium (incl. GST)", rs(j.amount), at=0.42, bold=True, amount=j.amount)
        dots(p, "Payment Mode", "UPI", at=0.42, method="UPI")
        dots(p, "UPI Ref. No.", j.ref, at=0.42, txn=(UTR_RANK, j.ref))
        dots(p, "Receipt Date", dated(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.42, date=j.date)
        return p.done()
    if k == 6:
        p = leaf(rng, font, [720, 760])
        p.style["paper"] = (254, 254, 250)
        h275.folds(p)
        p.part = "head"
        name = pick(p, "title", ["Kotak Mahindra Life Insurance Company Ltd.", "Kotak Life Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Kotak Infiniti, Malad (East), Mumbai - 400097")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Ref: KLI/ACK/{rng.randrange(100000, 999999)}")
        p.add("gap")
        p.add("left", "To,")
        p.add("left", f"Shri {SECRETARY},")
        p.add("left", ADDRESS.split(", P.O.")[0] + ",")
        p.add("left", TOWN)
        p.add("gap")
        para(p, f"Sub: Acknowledgement of renewal premium - Policy No. {digits(rng, 8)}")
        p.add("gap")
        p.add("left", "Dear Policyholder,")
        para(
            p,
            f"We acknowledge with thanks the receipt of Rs. {num(j.amount)} on "
            f"{dated(j, rng, ['%d/%m/%Y', '{d} %B %Y'])} towards the renewal premium of the policy above, paid "
            "by net banking. Your policy continues in force.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        p.add("left", "Yours faithfully,")
        sig(p)
        p.add("left", "Authorised Signatory")
        return p.done()
    p = leaf(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    name = pick(p, "title", ["HDFC Life Insurance Company Limited", "HDFC Life Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Group Term Life  |  Premium Receipt")
    p.add("rule")
    p.part = "body"
    para(
        p,
        f"Received with thanks from {FIRM_SHORT} the premium below for its weavers' group cover.",
        status=status,
    )
    p.add("gap")
    rno = f"GR{digits(rng, 10)}"
    tid = f"HDFCL{digits(rng, 11)}"
    zebra(
        p,
        "hl",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["Receipt details", ""],
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Policy No.", f"GT{digits(rng, 8)}"], {}),
            (["Plan", "HDFC Life Group Term Life"], {}),
            (["Members", str(rng.randrange(40, 140))], {}),
            (["Premium Mode", "Annual"], {}),
            (["Amount Received", rs(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "Net Banking"], {"method": "netbanking"}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Receipt Date", dated(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
        ],
        (0, 70, 140),
    )
    p.add("small", "HDFC Life Insurance Company Limited, Mumbai. This is a computer generated receipt.")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("KAILASH EMPORIUM", "MAIN BAZAR, RECKONG PEO", "PUNJAB NATIONAL BANK", "pine"),
    ("KAILASH EMPORIUM - LAVI FAIR", "LAVI GROUND, RAMPUR", "BharatPe", "pending"),
    ("HOTEL SNOW CREST", "THE MALL, SHIMLA", "YES BANK", "worldline"),
    ("Alliance Air", "", "", "fare"),
    ("SHIVAM WOOLLEN MILLS", "FOCAL POINT, LUDHIANA", "KOTAK MAHINDRA BANK", "declined"),
    ("HPTDC HOTEL SHRIKHAND", "Sarahan", "Scapia", "cardapp"),
    ("KINNER MEDICOS", "NH-5, RECKONG PEO", "PhonePe", "phonepe"),
    ("HIMANIS RESTAURANT", "", "SBI Card", "sms"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the emporium's terminals and the society's cards elsewhere: Pine Labs' slip on Punjab National
    Bank's terminal at Kailash Emporium (TID and MID, DATE and TIME, BATCH and INV two to a line; SALE, CARD
    NO, EXP and the scheme, APPR CODE, RRN; BASE AMOUNT, TOTAL AMOUNT; APPROVED, PIN VERIFIED OK | SIGNATURE
    NOT REQUIRED, CUSTOMER COPY, POWERED BY PINE LABS); BharatPe's swipe machine at the Lavi fair stall in the
    fair's days with the bank's answer awaited (DATE, TIME, TID, INVOICE, CARD, AMOUNT; RESPONSE AWAITED FROM
    BANK, TXN STATUS: PENDING, PLEASE DO NOT RETRY); Worldline's slip on YES BANK's terminal at a Shimla hotel
    (Dt. and Tm. on a line, MERCHANT ID, TERMINAL ID, BATCH NO, BILL NO, CARD TYPE, CARD NO, ENTRY MODE, AUTH
    NO, RRN NO, AMOUNT INR; TXN APPROVED); Alliance Air's payment receipt for the manager's Shimla - Delhi
    flight paid by card (PNR, Flight, Passenger, Fare, Taxes and fees, Total charged, Card, Auth code, Payment
    Ref. No., Paid on at the left and the right); Kotak Mahindra Bank's slip at the Ludhiana mill's counter
    DECLINED (54 EXPIRED CARD); Scapia's card app with a spend at an HPTDC hotel ("Today, <hour>"; the
    merchant's line and its town, the sum, Approved; Card, Transaction ID, Category in tiles; no day); PhonePe
    Smart POS' print at a Reckong Peo pharmacy (CARD SALE, Date, Time, MID, TID, Txn ID, Card, RRN, Auth Code,
    Amount; Payment Successful); SBI Card's SMS of a spend at a Shimla restaurant ("Rs.x spent on your SBI
    Credit Card ending 1234 at <MERCHANT> on <dd/mm/yy>. Trxn. not done by you? Report at ..."; no reference).
    All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=700, high=46000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "pending":
        redate(j, rng, LAVI + dt.timedelta(days=rng.randrange(0, 4)))
    if layout in ("declined", "phonepe", "pending"):
        j.amount = rupees(rng, 600, 14000, 0.5)
    if layout == "sms":
        j.amount = rupees(rng, 900, 6500, 0.5)
    if layout == "fare":
        j.amount = round(rng.uniform(3800, 12500), 2)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        amt = num(j.amount, rng.choice(["western", "plain"]))
        text = (
            f"Rs.{amt} spent on your SBI Credit Card ending {last4} at {name} on {when(j.date, '%d/%m/%y')}. "
            "Trxn. not done by you? Report at https://sbicard.com/Dispute"
        )
        p = sms_page(rng, font, "AD-SBICRD", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, date=j.date, method="card", status=status)
        return p.done()
    if layout == "fare":
        p = browser_page(rng, font, "www.allianceair.in/booking/payment-receipt")
        p.part = "head"
        top(p, name, merchant=name)
        pnr = code(rng, 6, UPPER)
        p.add("small", "Payment Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment successful", status=status)
        p.add("gap")
        fare = round(j.amount * 0.82, 0)
        taxes = round(j.amount - fare, 2)
        pref = f"AAL{digits(rng, 11)}"
        kvr(p, "PNR", pnr, txn=(ORDER_RANK, pnr))
        kvr(p, "Flight", f"9I 8{rng.randrange(10, 99)} SLV-DEL")
        kvr(p, "Passenger", MANAGER.upper())
        kvr(p, "Fare", num(fare))
        kvr(p, "Taxes and fees", num(taxes))
        kvr(p, "Total charged", f"INR {num(j.amount)}", amount=j.amount)
        kvr(p, "Card", f"{scheme} XXXX {last4}", method="card")
        kvr(p, "Auth code", appr, txn=(APPR_RANK, appr))
        kvr(p, "Payment Ref. No.", pref, txn=(TXN_RANK, pref))
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction"], dark=True, buttons=("Raise dispute",))
        app_head(p, "Scapia", "Federal Bank  |  Card transactions")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_mark(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Approved", status=status)
        p.add("gap")
        ref = str(digits(rng, 12))
        tiles2(
            p,
            ("Card", f"Scapia {dots2(p.font)}{last4}"),
            ("Transaction ID", ref),
            txn=(TXN_RANK, ref),
            method="card",
        )
        kvr(p, "Category", "Hotels and stays")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 470, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.55:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs {v:.2f}"

    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pine":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"TID:{tid}  MID:{mid[:10]}")
        p.add("left", f"DATE:{when(j.date, '%d %b %y', upper=True)}  TIME:{t[:5]}", date=j.date)
        p.add("left", f"BATCH:{batch}  INV:{inv}", txn=(INVOICE_RANK, inv))
        p.pair("CARD NO", f"XXXX XXXX XXXX {last4}", method="card")
        p.pair("EXP", f"XX/XX  {scheme}")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE AMOUNT", fmt(j.amount))
        p.pair("TOTAL AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK  |  SIGNATURE NOT REQUIRED")
        p.add("small", "*CUSTOMER COPY*")
        p.add("small", "POWERED BY PINE LABS")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} ****{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "RESPONSE AWAITED FROM BANK")
        p.add("center", "TXN STATUS: PENDING", status=status)
        p.add("small", "PLEASE DO NOT RETRY")
    elif layout == "worldline":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"Dt.{when(j.date, '%d.%m.%Y')}  Tm.{t[:5]}", date=j.date)
        p.pair("MERCHANT ID", mid[:12])
        p.pair("TERMINAL ID", tid)
        p.pair("BATCH NO", batch[-4:])
        p.pair("BILL NO", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD TYPE", scheme)
        p.pair("CARD NO", f"**** **** **** {last4}", method="card")
        p.pair("ENTRY MODE", "CONTACTLESS")
        p.pair("AUTH NO", appr, txn=(APPR_RANK, appr))
        p.pair("RRN NO", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT INR", f"{j.amount:,.2f}", amount=j.amount)
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "WORLDLINE")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE: {when(j.date, '%d/%m/%y')}  TIME: {t[:5]}", date=j.date)
        p.pair("MID", mid[:11])
        p.pair("TID", tid)
        p.pair("INV NO", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "54 EXPIRED CARD")
        p.add("small", "PLEASE USE ANOTHER CARD")
    else:
        p.add("center", "CARD SALE")
        p.add("rule")
        ptx = f"PPOS{j.date:%y%m%d}{digits(rng, 8)}"
        p.pair("Date", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("Time", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("Txn ID", ptx, txn=(TXN_RANK, ptx))
        p.pair("Card", f"{scheme} **{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.add("rule")
        p.pair("Amount", fmt(j.amount), amount=j.amount)
        p.add("center", "Payment Successful", status=status)
        p.add("small", "PhonePe Smart POS")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


HPSEBL = "Himachal Pradesh State Electricity Board Ltd."
HPSEBL_HI = "हिमाचल प्रदेश राज्य विद्युत बोर्ड लिमिटेड"
JSV = "JAL SHAKTI VIBHAG"
JSV_HI = "जल शक्ति विभाग, हिमाचल प्रदेश"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The khaddi shed's and the emporium's bills: HPSEBL's Online Payment Receipt for the shed under its
    Hindi name (Consumer ID, Consumer Name, Bill Month, Amount Paid, Receipt No., Transaction ID, Bank Ref.
    No., Payment Date, Payment Mode, Status in shaded labels); the Vi app with the emporium's postpaid bill
    paid ("Today, <hour>"; the company under the app, a large tick, the sum; Vi number and Transaction ID in
    tiles; Paid via; no day); Tata Play's recharge mail (its sentence; Subscriber ID, Recharge Amount,
    Transaction ID, Recharge Date, Payment Mode, Account Balance in dot leaders); Jal Shakti Vibhag's water
    charges receipt from the pump operator's book under its Hindi name (No. left blank; Date, Name, Connection
    No., Period written in; Rs. in a box; "cash"; its rectangular stamp; no reference); HelloBPCL's commercial
    Bharat Gas refill with the card payment failed on a tinted band ("for Bharat Gas"; the reason in a notice;
    labels small over their values two to a row: Booking Ref. and Amount, Payment and Attempted on);
    Freecharge's Airtel Xstream Fiber bill payment pending (a capsule, the sum, its stages across the screen,
    a notice; each value over its label: Biller Name, Account ID, Transaction ID, Initiated on, Paid via);
    ICICI Bank FASTag's recharge successful for the society's pickup (Vehicle No., Tag ID, Recharge Amount,
    Transaction Reference No., Date, Mode in a table ruled on every side); RailWire's broadband payment
    receipt from its Reckong Peo partner (Username, Plan, Invoice No., Amount, Payment ID, Paid on, Mode on
    hairline rows). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1, low=300, high=15000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(
            rng, font, "www.hpseb.in/irj/go/km/docs/internet/New_Website/Pages/OnlineReceipt.html"
        )
        p.part = "head"
        hindi(p, HPSEBL_HI, scale=1.0, bold=True)
        name = pick(p, "title", [HPSEBL, "HPSEBL"])
        top(p, name, merchant=name)
        p.add("small", "Electrical Sub-Division Reckong Peo  |  Online Payment Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"RP{j.date:%y%m}{digits(rng, 8)}"
        tid = f"HPSEB{digits(rng, 11)}"
        bref = str(digits(rng, 12))
        kv(p, "Consumer ID", str(digits(rng, 12)), at=0.36)
        kv(p, "Consumer Name", "KINNAUR KAILASH WEAVERS COOP", at=0.36)
        kv(p, "Bill Month", j.month(1), at=0.36)
        kv(p, "Amount Paid", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Receipt No.", rno, at=0.36, txn=(INVOICE_RANK, rno))
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Bank Ref. No.", bref, at=0.36, txn=(BANK_RANK, bref))
        kv(p, "Payment Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.36, date=j.date)
        kv(p, "Payment Mode", "Net Banking", at=0.36, method="netbanking")
        kv(p, "Status", "SUCCESS", at=0.36, status=status)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([449, 549, 699, 849, 1099]))
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Done",))
        band(p, (238, 42, 36))
        app_head(p, "Vi", "Postpaid  |  Pay bill")
        name = pick(p, "center", ["Vodafone Idea Limited", "Vodafone Idea"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"VI{digits(rng, 14)}"
        tiles2(p, ("Vi number", f"98160XXX{digits(rng, 2)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([299, 349, 449, 599, 750]))
        p = mail_page(rng, font, "Tata Play <noreply@tataplay.com>", ["Your recharge is successful"])
        p.part = "head"
        top(p, "Tata Play", merchant="Tata Play")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Subscriber,")
        para(
            p,
            f"Your recharge of {rs(j.amount)} has been received. Enjoy uninterrupted viewing at the emporium.",
            status=status,
        )
        p.add("gap")
        tid = f"TP{digits(rng, 12)}"
        dots(p, "Subscriber ID", str(digits(rng, 10)), at=0.42)
        dots(p, "Recharge Amount", rs(j.amount), at=0.42, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.42, txn=(TXN_RANK, tid))
        dots(p, "Recharge Date", dated(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.42, date=j.date)
        dots(p, "Payment Mode", f"Debit Card XX{digits(rng, 4)}", at=0.42, method="card")
        dots(p, "Account Balance", rs(round(j.amount + rng.randrange(0, 200), 2)), at=0.42)
        p.add("small", "Tata Play Limited. This is an automated mail; please do not reply.")
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([360, 480, 600, 720, 900]))
        p = leaf(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(236, 244, 250), (246, 246, 236)])
        pen_everywhere(p)
        p.part = "head"
        hindi(p, JSV_HI, scale=1.1, bold=True)
        top(p, JSV, merchant=JSV)
        p.add("small", "Sub-Division Reckong Peo  |  Water charges")
        p.part = "body"
        p.add("rule")
        cols(p, "js0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", dated(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Name", "K.K. Weavers Society, Kothi")
        blank(p, "Connection No.", f"KTH/{rng.randrange(100, 999)}")
        blank(p, "Period", f"{j.month(6)[:3]} - {j.month(1)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        pen(p, "cash", method="cash", status=status)
        p.add("gap")
        h271.rstamp(p, ["JAL SHAKTI VIBHAG", "SUB-DIVN. RECKONG PEO"], "blue", at=0.34, rows_=3)
        sig(p)
        p.add("right", "Pump Operator")
        return p.done()
    if k == 4:
        j.amount = round(rng.uniform(1780, 2100), 2)
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry",))
        band(p, (0, 84, 156))
        app_head(p, "HelloBPCL", "Bharat Gas  |  Commercial 19 kg")
        p.add("center", "for Bharat Gas", merchant="Bharat Gas")
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "Your bank declined the card payment. The refill is booked but unpaid; pay again or pay on delivery.",
            "error",
        )
        bref = f"BPC{digits(rng, 10)}"
        two_up(
            p,
            "bp1",
            ("Booking Ref.", bref),
            ("Amount", rs(j.amount)),
            txn=(ORDER_RANK, bref),
            amount=j.amount,
        )
        two_up(
            p,
            "bp2",
            ("Payment", f"Credit card XX{digits(rng, 4)}"),
            ("Attempted on", dated(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            method="card",
            date=j.date,
        )
        p.add("small", "Distributor: Kinnaur Gas Service, Reckong Peo")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([589, 699, 799, 999, 1178]))
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Check status",))
        band(p, (235, 104, 40))
        app_head(p, "Freecharge", "Bill payments  |  Broadband")
        capsule(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        h289.steps(p, ["Paid", "Biller confirms", "Done"], 1, status)
        note(
            p, "The biller has not confirmed this payment yet. It usually updates within a few hours.", "warn"
        )
        tid = f"FC{digits(rng, 14)}"
        name = "Airtel Xstream Fiber"
        vlab(p, "Biller Name", name, merchant=name)
        vlab(p, "Account ID", f"01{digits(rng, 8)}", bold=False)
        vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = browser_page(rng, font, "fastag.icicibank.com/recharge/status")
        p.part = "head"
        name = pick(p, "title", ["ICICI Bank FASTag", "ICICI Bank"])
        top(p, name, merchant=name)
        p.add("small", "FASTag recharge")
        p.add("rule")
        p.part = "body"
        p.add("center", "Recharge successful", status=status)
        tref = f"ICFT{digits(rng, 12)}"
        grid(
            p,
            "ft",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Vehicle No.", f"HP25A{rng.randrange(1000, 9999)}"], {}),
                (["Tag ID", f"34161FA82032{code(rng, 12, HEXU)}"], {}),
                (["Recharge Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction Reference No.", tref], {"txn": (TXN_RANK, tref)}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
                (["Mode", "Net Banking"], {"method": "netbanking"}),
            ],
            tint=(246, 232, 222),
        )
        return p.done()
    j.amount = float(rng.choice([590, 708, 826, 1180]))
    p = browser_page(rng, font, "railwire.co.in/rlpartner/receipt")
    p.part = "head"
    top(p, "RailWire", merchant="RailWire")
    p.add("small", "RailTel broadband  |  Partner: Negi Net Solutions, Reckong Peo")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Receipt", status=status)
    ino = f"RW/{fy(j.date)}/{digits(rng, 6)}"
    pid = f"pay_{code(rng, 14, ALNUM)}"
    h269.kind(p, "rw", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line")
    for label, value, facts in [
        ("Username", f"kkweavers.{rng.randrange(10, 99)}", {}),
        ("Plan", "RW 50 Mbps, 30 days", {}),
        ("Invoice No.", ino, {"txn": (INVOICE_RANK, ino)}),
        ("Amount", rs(j.amount), {"amount": j.amount}),
        ("Payment ID", pid, {"txn": (TXN_RANK, pid)}),
        ("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
        ("Mode", "UPI", {"method": "UPI"}),
    ]:
        h269.row(p, "rw", label, value, **facts)
    p.add("small", "Thank you for choosing RailWire.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Kotak Mahindra Bank", "AD-KOTAKB", "CHHERING DORJE", "UPI", "sms"),
    ("IDBI Bank", "VM-IDBIBK", "SHIVAM WOOLLEN MILLS", "NEFT", "sms"),
    ("Jammu & Kashmir Bank", "JD-JKBANK", "BUSHAHR WOOL TRADERS", "RTGS", "sms"),
    ("Himachal Pradesh Gramin Bank", "VK-HPGBNK", "NEGI TENT HOUSE", "UPI", "hindi"),
    ("IDFC FIRST Bank", "", "HARI OM VELVET HOUSE", "IMPS", "mail"),
    ("Bank of India", "BP-BOIIND", "PANIPAT HANDLOOM STO", "IMPS", "sms"),
    ("Punjab & Sind Bank", "PSBANK", "KINNAUR GOODS CARRIERS", "NEFT", "shade"),
    ("The Kangra Central Co-operative Bank", "AX-KCCBNK", "SHIVALIK PACKAGERS", "NEFT", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the society's payments: SMS in Kotak Mahindra Bank's ("Sent Rs.x from Kotak Bank
    AC X1234 to <PAYEE> on <dd-mm-yy>.UPI Ref <ref>. Not you, https://kotak.com/KBANKT/Fraud"), IDBI Bank's
    ("Your A/c XX1234 is debited with INR x on <dd/mm/yyyy> towards NEFT to <PAYEE>. UTR: ... Bal: INR y -IDBI
    Bank"), J&K Bank's ("RTGS of Rs.x to <PAYEE> from A/c XX1234 initiated on <dd-Mon-yyyy> is under process.
    UTR ... -J&K Bank"), Bank of India's ("IMPS of Rs x to <PAYEE> from A/c XX1234 on <dd-mm-yyyy> FAILED. RRN
    ... Amount debited, if any, will be reversed. -BOI") and the Kangra Central Co-operative Bank's ("Dear
    Customer, Rs.x debited from your A/c XXXX1234 on <dd.mm.yy> by NEFT to <PAYEE>. UTR ... -KCCB") wordings;
    Himachal Pradesh Gramin Bank's SMS in Hindi in a card in the phone's messages thread under its day divider
    ("आपके खाते XX1234 से <dd-mm-yyyy> को UPI द्वारा <PAYEE> को रु. x भेजे गए। संदर्भ सं. ... -हि.प्र. ग्रामीण
    बैंक" (from your account XX1234 on <day> Rs. x were sent to <PAYEE> by UPI; reference no. ...)); IDFC
    FIRST Bank's mail ("Your A/c XX1234 has been debited with INR x on <dd-Mon-yyyy> towards IMPS to <PAYEE>.
    Available balance: INR y."; no reference); Punjab & Sind Bank's SMS on a notification shade pulled down
    over the quick settings ("Rs.x debited from A/c XX1234 to <PAYEE> via NEFT. UTR ... -Punjab & Sind Bank";
    "now"; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=2500, high=95000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 600, 40000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 205000, 460000, 0.6)
    tail = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 60000, 1400000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_by(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if bank == "Kotak Mahindra Bank":
            text = (
                f"Sent Rs.{amt} from Kotak Bank AC X{tail} to {to} on {when(j.date, '%d-%m-%y')}.UPI Ref {utr}. "
                "Not you, https://kotak.com/KBANKT/Fraud"
            )
        elif bank == "IDBI Bank":
            text = (
                f"Your A/c XX{tail} is debited with INR {amt} on {when(j.date, '%d/%m/%Y')} towards NEFT to {to}. "
                f"UTR: {utr} Bal: INR {bal} -IDBI Bank"
            )
        elif bank == "Jammu & Kashmir Bank":
            text = (
                f"RTGS of Rs.{amt} to {to} from A/c XX{tail} initiated on {when(j.date, '%d-%b-%Y')} is under "
                f"process. UTR {utr} -J&K Bank"
            )
        elif bank == "Bank of India":
            text = (
                f"IMPS of Rs {amt} to {to} from A/c XX{tail} on {when(j.date, '%d-%m-%Y')} FAILED. RRN {utr}. "
                "Amount debited, if any, will be reversed. -BOI"
            )
        else:
            text = (
                f"Dear Customer, Rs.{amt} debited from your A/c XXXX{tail} on {when(j.date, '%d.%m.%y')} by NEFT "
                f"to {to}. UTR {utr} -KCCB"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "IDFC FIRST Bank <transactionalert@idfcfirstbank.com>",
            ["Debit alert: IMPS from your account"],
        )
        p.part = "head"
        top(p, "IDFC FIRST Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"Your A/c XX{tail} has been debited with INR {amt} on {when(j.date, '%d-%b-%Y')} towards IMPS to "
            f"{to}. Available balance: INR {bal}.",
            **facts,
        )
        p.add("gap")
        para(p, "Did not do this transaction? Call 1800 10 888 immediately to block your account.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "IDFC FIRST Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "hindi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"आपके खाते XX{tail} से {when(j.date, '%d-%m-%Y')} को UPI द्वारा {to} को रु. {amt} भेजे गए। "
            f"संदर्भ सं. {utr} -हि.प्र. ग्रामीण बैंक"
        )
        h287.nwrap(p, text, share=0.94, scale=0.95, **facts)
        h269.kind(p, "hh", [(0.0, 1.0, "r")], "soft")
        h269.ext(p)["scale"]["hh"] = 0.72
        h269.row(p, "hh", hhmm(rng, lower=True))
        card_close(p, s_)
        return p.done()
    p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([20, 21]))
    p.style["paper"] = rng.choice([(26, 28, 34), (32, 30, 38), (20, 26, 30)])
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
    cols(
        p,
        "sh1",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        f"Messages  {sign(font, chr(0x2022), '|')}  {sender}",
        "now",
        mode="soft",
    )
    para(p, f"Rs.{amt} debited from A/c XX{tail} to {to} via NEFT. UTR {utr} -Punjab & Sind Bank", **facts)
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    cols(
        p,
        "sh2",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        "Weather  |  Reckong Peo",
        f"{rng.randrange(10, 50)} min",
        mode="soft",
    )
    p.add("left", f"{rng.randrange(-4, 9)} C, {rng.choice(['light snow', 'clear sky', 'cloudy'])}")
    card_close(p, c)
    p.add("gap")
    p.add("small", "Clear all")
    return p.done()

"""The twelve heldout306 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Sawantwadi lacquerware and Ganjifa card workshop's year of 2026 (Chitari
Lakhkam Kalakendra, Suresh V. Chitari's proprietary firm in Chitar Ali, Sawantwadi, Sindhudurg district,
whose turners shape pangara and mango wood on hand lathes and lay coloured lac on the turning wood into
toys, spinning tops, bhatukli kitchen sets, low stools and fruit and vegetables for the Ganpati matoli, and
whose painters paste, chalk and paint round Ganjifa cards of the Dashavatara and Navagraha packs and lacquer
them into their painted boxes; its shop on Moti Talav Road, Chitari Kala Dalan; its stall at the Kala Ghoda
Arts Festival in Mumbai; the web shop chitariganjifa.in; a state corporation's, a museum's, a resort group's
and schools' orders; game and toy shops abroad), told by the proofs of payment it receives (buyers'
PhonePe Business on the shop's phone, BHIM set in Marathi, iMobile Pay, PayZapp, Bajaj Finserv, DBS
digibank, Bank of Maharashtra's app and Airtel Payments Bank; MSSIDC's advice, PFMS, Zoho Books, DBS IDEAL,
Microsoft Teams, Open's payouts, YES CONNECT and a school's mail; Sparkasse Nürnberg, ASB, BOCHK, DNB, CBQ,
Wise Business, MCB and Kasikornbank; its own tax invoice, the festival stall's carbon copy, PhonePe's
checkout, WooCommerce, a Razorpay payment page, CCAvenue, a Refrens invoice and a money receipt for a
cheque) and those it makes (a lac dealer's invoice, a wood seller's chit in a Marathi hand, India Post,
Moglix, Industrybuying, a paper maker's invoice, a colour shop's bill and a tool dealer's Busy receipt;
Bank of Maharashtra, Saraswat Bank, Cosmos Bank, IDBI Bank, YES BANK, the Sindhudurg district bank's form,
Bank of India and TJSB; a turner's wage account, a painter's hajeri, greytHR, PhonePe, Airtel Thanks, a
festival advance's receipt, a payment voucher and Axis Mobile; the Municipal Council, GRAS, Aaple Sarkar,
the income tax portal, MahaTraffic, the Forest Department's receipt book, UMANG and Bharatkosh; eight
insurers; cards on the shop's and the stall's terminals, at a Mumbai hotel and a Kudal hardware store, on
MSRTC, in HDFC Bank's SMS, on BOBCARD's app and on a Malvani restaurant's Petpooja bill; MSEDCL, BSNL, Tata
Play, Bharatgas, ICICI FASTag, Airtel, the Council's water tax and a cable operator's receipt book; the banks'
SMS, a Marathi SMS, a mail and a watch's notification). Every row is added to heldout113's ``Screen`` with
the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the units'
lines, salutations, Marathi lines (but a bank's SMS in Marathi, whose figures and payee carry the facts, a
Marathi labelled field's value, a Marathi app's day and outcome and a Marathi hand's sums, days and
"received"), items, cards, fruit, toys, rates, GST, TDS, fees, charges, convenience fees, balances, sums
insured, converted sums, periods, months, years, bill and wage months, invoice, bill, due and journey days,
account, policy, proposal, certificate, consumer, customer, employee, establishment, application, property,
licence, vehicle, tag, subscriber, mobile, article, cheque and card numbers, PAN, GSTIN, UAN, IFSC, SWIFT/BIC
codes, UPI IDs, bills named on an advice or a receipt, other messages and notifications, Ganjifa cards,
lacquered rods, shavings and lac chips, the bench a page lies on, a watch's case, stages, progress bars,
notices, tiles, badges, tabs, stamps, watermarks, barcodes, QR codes, carbon, sticky notes, a hang tag,
ticks and signatures carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top``
heldout122's; ``outcome`` heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's;
``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and
``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's;
heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``,
``sms_page``, ``comb``, ``bars``, ``qr``, ``ticks``, ``seal``, a roll's torn edges), heldout271's (``grid``,
``gkv``, ``dots``, ``colkv``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``step``, ``rstamp``, ``perf``,
``slipline``, rounded cards), heldout273's (``avatar``, ``hcells``, ``ledger``, ``pill``, ``field``,
``tick``, ``ring``, ``track``, ``panel``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``,
``sticky``, ``greenbar``, a Devanagari label over its English), heldout277's (``bigsum``, ``days_grid``),
heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, ``spinner``,
``redno``, ``hangtag``), heldout287's (Devanagari lines, sentences, hand and a form's ruled cells, here for
Marathi, ``notice``, ``tile``, ``burst``, ``oval``, ``vlab``, ``vname``, ``tiles2``, ``copyrow``,
``speaker``), heldout289's (``chip``, ``steps``, ``carbon``, ``revenue``) and heldout294's (``octa``,
``progress``, ``fwd``), written in this set's pens and printers' faces. ``compose`` is heldout158's (as
heldout269's to heldout305's), each page's rows drawn by heldout294's ``_render`` (and the renderers beneath
it, heldout275's and heldout287's Devanagari rows among them) and then by this set's own ``_render`` in the
lines it leaves for them: three round Ganjifa cards overlapping in a row as a letterhead's emblem (each
card's lacquered ground in its suit's colour, a ring of dots round its rim, its suit's sign painted in its
middle); a lathe-turned lacquered rod as a divider (bands of red, yellow, green, black and blue lac with the
turner's black and gold rings between them, lit along its top, a turned knob at each end); curls of wood
shaving and chips of coloured lac stick in a page's margins; and, after the frame, the turner's bench a page
is photographed lying on (its planks' grain, shavings, a stick of red lac, a lacquered mango and cashew fruit
by the page, the page's shadow, the page a little askew) and a smartwatch a bank's message is read on (its
case, crown and button, its strap on a desk). The pages' layouts and wordings are this set's own."""

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
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout304's and
# heldout305's
PENS = [
    "freefont/FreeSerifItalic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
]
INKS = [(24, 40, 124), (16, 30, 90), (36, 36, 44), (20, 66, 110), (104, 26, 36)]
# the faces a page's fixed-width lines are printed in (a post office's counter, a billing program's, a
# dot-matrix's)
TYPES = [
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
]
# the faces heldout287's and heldout275's Devanagari rows are drawn in (checked before the set is drawn)
DEVA_FACES = [h287.DEV, h287.DEV_BOLD, h287.DEV_SERIF, h287.DEV_SERIF_BOLD, h287.HAND_LATIN]
# Sawantwadi's lac colours (vermilion, turmeric yellow, leaf green, black, a deep blue) and the turned
# wood's pale yellow
LACS = [(200, 36, 32), (236, 182, 26), (30, 130, 62), (26, 24, 26), (28, 64, 150)]
WOOD = (226, 196, 150)

# ---------------------------------------------------------------- the firm

FIRM = "Chitari Lakhkam Kalakendra"
FIRM_CAPS = FIRM.upper()
FIRM_MR = "चितारी लाखकाम कलाकेंद्र"
# the firm's name as a bank's beneficiary field cuts it
CUT = "CHITARI LAKHKAM KALAKEND"
SHOP = "Chitari Kala Dalan"
SHOP_CAPS = SHOP.upper()
SHOP_MR = "चितारी कला दालन"
WORKSHOP = "Chitar Ali karkhana"
WEB = "chitariganjifa.in"
GSTIN = "27ADQPC5281K1ZS"
PAN = "ADQPC5281K"
UDYAM = "UDYAM-MH-33-0018462"
PROP = "Suresh V. Chitari"
OWNER_CAPS = "SURESH VASANT CHITARI"
DAUGHTER = "Aditi Chitari"
KEEPER = "Snehal Parab"
ADDRESS = "42, Chitar Ali, Sawantwadi, Dist. Sindhudurg - 416510"
TOWN = "Chitar Ali, Sawantwadi - 416510"
SHOP_AT = "Moti Talav Road, near the Raj Wada, Sawantwadi - 416510"
BANK_LINE = "Bank of Maharashtra, Sawantwadi Branch"
BIC = "MAHBINBB"
# Ganeshotsav (Ganesh Chaturthi on 14 September 2026), before which the matoli's lacquered fruit sell and the
# workshop's festival advance is paid; the firm's stall at the Kala Ghoda Arts Festival, Mumbai (31 January
# to 8 February 2026)
GANESH = dt.date(2026, 9, 14)
KALA_GHODA, KG_DAYS = dt.date(2026, 1, 31), 9
STALL = "Stall K-14, Kala Ghoda Arts Festival, Fort, Mumbai - 400001"
IFSC = {
    "Bank of Maharashtra": "MAHB",
    "Saraswat Bank": "SRCB",
    "Cosmos Bank": "COSB",
    "IDBI Bank": "IBKL",
    "YES BANK": "YESB",
    "The Sindhudurg District Central Co-operative Bank": "SIDC",
    "Bank of India": "BKID",
    "TJSB Sahakari Bank": "TJSB",
    "Kotak Mahindra Bank": "KKBK",
    "Central Bank of India": "CBIN",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "DBS Bank India": "DBSS",
    "Punjab National Bank": "PUNB",
}
# the firm's work sold: name, HSN (9504 Ganjifa, 9503 toys, 4420 lacquered wood), price each (low, high)
WORKS = [
    ("Ganjifa set, Dashavatara, 120 round cards, lacquered box", "9504", 9500, 24000),
    ("Ganjifa set, Navagraha, 108 round cards", "9504", 7800, 18000),
    ("Ganjifa card, Matsya raja, framed", "9504", 1200, 3200),
    ("Lacquered fruit set, 12 pcs (mango, cashew, banana)", "4420", 1400, 3600),
    ("Lacquered vegetable set, 10 pcs", "4420", 1200, 3000),
    ("Bhatukli kitchen set, 24 pcs, lacquered", "9503", 1800, 4200),
    ("Spinning top (bhingri), lacquered", "9503", 120, 350),
    ("Rattle and teether set, lacquered", "9503", 450, 1100),
    ("Chowrang (low stool), lacquered, 12 in", "4420", 2600, 6800),
    ("Matoli fruit string, 8 pcs", "4420", 900, 2400),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Ganjifa set, Dashavatara, 120 round cards, lacquered box": "Ganjifa Dashavatara",
    "Ganjifa set, Navagraha, 108 round cards": "Ganjifa Navagraha",
    "Ganjifa card, Matsya raja, framed": "Ganjifa card framed",
    "Lacquered fruit set, 12 pcs (mango, cashew, banana)": "Fruit set 12 pcs",
    "Lacquered vegetable set, 10 pcs": "Vegetable set 10",
    "Bhatukli kitchen set, 24 pcs, lacquered": "Bhatukli set",
    "Spinning top (bhingri), lacquered": "Bhingri top",
    "Rattle and teether set, lacquered": "Rattle set",
    "Chowrang (low stool), lacquered, 12 in": "Chowrang 12in",
    "Matoli fruit string, 8 pcs": "Matoli string",
}
CUSTOMERS = [
    "Mrs. Anagha Kulkarni",
    "Mr. Nilesh Sawant",
    "Ms. Ruta Deshpande",
    "Dr. Milind Prabhu",
    "Mr. Farhan Shaikh",
    "Mrs. Shubhada Joshi",
    "Mr. Rohan Naik",
]
# the turners (kharadi), painters and the Ganjifa painter; the shop's staff
TURNERS = ["Mahesh Gawade", "Santosh Mestri", "Anil Kudalkar", "Ganpat Raul"]
PAINTERS = ["Vaishali Kambli", "Rupali Redkar", "Pradnya Gawas", "Sunita Naik"]
STAFF = ["Omkar Sawant", "Neha Desai"]
# the months as a Marathi screen prints them
MR_MONTHS = [
    "जानेवारी",
    "फेब्रुवारी",
    "मार्च",
    "एप्रिल",
    "मे",
    "जून",
    "जुलै",
    "ऑगस्ट",
    "सप्टेंबर",
    "ऑक्टोबर",
    "नोव्हेंबर",
    "डिसेंबर",
]


def wares(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's cards, toys and lacquerware sold: name, HSN, quantity, price each (dearer ones left out
    above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 3) if lo >= 3000 else rng.randrange(1, 5)
        if "top" in name:
            q = rng.randrange(4, 13)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 3000 else 50))))
    return out


def in_season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the festival stall's, the matoli weeks', the festival advance's),
    its UPI / card reference made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_by(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "MAHB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_in(rng: random.Random, state: str = "27", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def mr_day(day: dt.date) -> str:
    """A day as a Marathi screen prints it: the day's figures, the month's Marathi name, the year."""
    return f"{day.day} {MR_MONTHS[day.month - 1]} {day.year}"


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


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Bank of Maharashtra": "BoM",
        "ICICI Bank": "ICICI",
        "HDFC Bank": "HDFC",
        "Axis Bank": "Axis",
        "Kotak Mahindra Bank": "Kotak",
        "Union Bank of India": "Union Bank",
        "Punjab National Bank": "PNB",
    }.get(bank, bank)


def initials(name: str) -> str:
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h306", {"marks": {}, "decor": [], "frame": None})


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
    h269.kind(p, "cap06", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["cap06"] = 0.76
    h269.row(p, "cap06", text, **facts)


def aside(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line in small letters in the label's ink (a note, a message's hour), in as many lines as it needs
    (the facts on the first)."""
    name = f"as06{align}"
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


def mr(p: Screen, text: str, **kw) -> None:
    """heldout287's Devanagari line (a name over its English, a heading, a sentence), here in Marathi, in
    Noto Sans or Serif Devanagari."""
    h287.native(p, text, **kw)


def mr_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """heldout287's Devanagari sentence set left in as many lines as it needs, here in Marathi."""
    h287.nwrap(p, text, share=share, scale=scale, **facts)


def mr_hand(p: Screen, text: str, *, align: str = "l", scale: float = 1.2, figure: str = "", **facts) -> None:
    """heldout287's Devanagari hand (Noto Serif Devanagari slanted, its figures upright), here a Marathi
    hand, in this set's pens' inks."""
    pen_of(p)
    h287.nhand(p, text, align=align, scale=scale, figure=figure, **facts)


def mr_box(
    p: Screen, english: str, marathi: str, value: str, *, at: float = 0.36, pen: bool = False, **facts
):
    """heldout287's form row of two ruled cells (the label's English over its Marathi in a shaded cell, the
    value printed or written in beside it)."""
    if pen:
        pen_of(p)
    h287.nbox(p, english, marathi, value, at=at, pen=pen, **facts)


def mr_lab(
    p: Screen, marathi: str, english: str, value: str, *, at: float = 0.4, pen: bool = False, **facts
) -> None:
    """heldout275's label in two lines (its Marathi over its English in small letters) and the value at
    ``at`` of the room, printed or written in this set's pen; a hairline under the pair."""
    if pen:
        pen_of(p)
    h275.dlab(p, marathi, english, value, at=at, pen=pen, **facts)


# ---------------------------------------------------------------- this set's rows and marks


def ganjifa(p: Screen) -> None:
    """Three round Ganjifa cards overlapping in a row as a letterhead's emblem: each card's lacquered ground
    in its suit's colour, a pale rim and a ring of painted dots inside it, its suit's sign (a fish, a conch, a
    wheel, a lotus, a tortoise) in its middle; the outer two turned a little and tucked under the middle one;
    centred, three lines high."""
    put(p, "t06gj", "", mark_=[p.rng.randrange(10**6), p.rng.uniform(-8, 8)])
    p.add("gap")
    p.add("gap")


def rod(p: Screen) -> None:
    """A lathe-turned lacquered rod as a divider across the page: bands of coloured lac laid on the turning
    wood with the turner's rings between them, each band lit along its top and shaded under, a turned knob
    at each end; one line high."""
    put(p, "t06rd", "", mark_=[p.rng.randrange(10**6)])


def shavings(p: Screen) -> None:
    """Curls of pale wood shaving and chips of coloured lac stick in the page's margins (the turner's
    bench)."""
    ext(p)["decor"].append(["shavings", p.rng.randrange(10**6)])


def on_bench(p: Screen) -> None:
    """The page photographed lying on the turner's bench: its planks' grain, shavings, a stick of red lac and
    a lacquered mango and cashew fruit beside the page, the page's shadow, the page askew."""
    ext(p)["frame"] = ["bench", p.rng.randrange(10**6)]


def on_watch(p: Screen) -> None:
    """The screen read on a smartwatch: the screen in a rounded square case with its crown and button at the
    right, its strap above and below, on a desk."""
    ext(p)["frame"] = ["watch", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _suit(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, suit: int, ink, seed: int) -> None:
    """A Ganjifa suit's sign painted in a card's middle: a fish (Matsya), a conch (shankha), a wheel
    (chakra), a lotus or a tortoise (Kurma)."""
    srng = random.Random(seed)
    w = max(2, int(r * 0.08))
    if suit == 0:
        # a fish swimming right: its body, its tail, an eye and scales
        d.ellipse((cx - r * 0.62, cy - r * 0.28, cx + r * 0.42, cy + r * 0.28), fill=ink)
        d.polygon(
            [(cx - r * 0.5, cy), (cx - r * 0.9, cy - r * 0.32), (cx - r * 0.82, cy + r * 0.34)], fill=ink
        )
        d.ellipse((cx + r * 0.2, cy - r * 0.1, cx + r * 0.3, cy), fill=(250, 240, 210))
        for k in range(3):
            xx = cx - r * 0.25 + k * r * 0.16
            d.arc(
                (xx - r * 0.1, cy - r * 0.12, xx + r * 0.1, cy + r * 0.12),
                280,
                80,
                fill=(250, 220, 120),
                width=1,
            )
    elif suit == 1:
        # a conch: a whorl and its lip
        d.ellipse((cx - r * 0.45, cy - r * 0.5, cx + r * 0.35, cy + r * 0.5), fill=ink)
        d.polygon(
            [(cx + r * 0.2, cy - r * 0.4), (cx + r * 0.62, cy - r * 0.1), (cx + r * 0.25, cy + r * 0.45)],
            fill=ink,
        )
        for k in range(1, 4):
            s = k / 4
            d.arc(
                (cx - r * 0.35 * s, cy - r * 0.42 * s, cx + r * 0.25 * s, cy + r * 0.42 * s),
                0,
                300,
                fill=(250, 230, 190),
                width=1,
            )
    elif suit == 2:
        # a wheel: a rim, a hub and eight spokes
        d.ellipse((cx - r * 0.55, cy - r * 0.55, cx + r * 0.55, cy + r * 0.55), outline=ink, width=w + 1)
        d.ellipse((cx - r * 0.13, cy - r * 0.13, cx + r * 0.13, cy + r * 0.13), fill=ink)
        for k in range(8):
            a = k * math.pi / 4 + srng.uniform(-0.02, 0.02)
            d.line((cx, cy, cx + math.cos(a) * r * 0.55, cy + math.sin(a) * r * 0.55), fill=ink, width=w)
    elif suit == 3:
        # a lotus: petals fanned over a bowl
        for k in range(-2, 3):
            a = math.radians(-90 + k * 28)
            px, py = cx + math.cos(a) * r * 0.28, cy + r * 0.1 + math.sin(a) * r * 0.28
            d.ellipse((px - r * 0.16, py - r * 0.28, px + r * 0.16, py + r * 0.28), fill=ink)
        d.chord((cx - r * 0.5, cy - r * 0.05, cx + r * 0.5, cy + r * 0.55), 0, 180, fill=ink)
    else:
        # a tortoise: its shell, head, feet and the shell's plates
        d.ellipse((cx - r * 0.5, cy - r * 0.36, cx + r * 0.5, cy + r * 0.36), fill=ink)
        d.ellipse((cx + r * 0.42, cy - r * 0.12, cx + r * 0.66, cy + r * 0.12), fill=ink)
        for sx in (-0.32, 0.32):
            for sy in (-0.36, 0.36):
                d.ellipse(
                    (
                        cx + sx * r - r * 0.1,
                        cy + sy * r - r * 0.08,
                        cx + sx * r + r * 0.1,
                        cy + sy * r + r * 0.08,
                    ),
                    fill=ink,
                )
        d.line((cx - r * 0.3, cy, cx + r * 0.3, cy), fill=(250, 220, 130), width=1)
        d.line((cx, cy - r * 0.3, cx, cy + r * 0.3), fill=(250, 220, 130), width=1)


# a Ganjifa card's ground and its sign's colour
CARD_GROUNDS = [
    ((170, 30, 34), (248, 214, 90)),
    ((26, 24, 28), (236, 186, 60)),
    ((24, 104, 60), (250, 226, 140)),
    ((28, 60, 140), (246, 220, 120)),
    ((204, 132, 20), (120, 20, 20)),
]


def _card(size: int, ground, sign_ink, suit: int, seed: int) -> Image.Image:
    """One round Ganjifa card drawn ``size`` across on a clear layer."""
    srng = random.Random(seed)
    art = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(art)
    c = size / 2
    r = size / 2 - 2
    d.ellipse((c - r, c - r, c + r, c + r), fill=(238, 222, 186, 255), outline=(120, 90, 50, 255), width=2)
    ri = r * 0.86
    d.ellipse((c - ri, c - ri, c + ri, c + ri), fill=ground + (255,))
    # the lacquer's sheen: a pale crescent at the upper left
    sheen = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    ImageDraw.Draw(sheen).arc(
        (c - ri * 0.8, c - ri * 0.8, c + ri * 0.8, c + ri * 0.8), 190, 260, fill=(255, 255, 255, 90), width=3
    )
    art.alpha_composite(sheen)
    for k in range(28):
        a = k * math.tau / 28
        x, y = c + math.cos(a) * ri * 0.88, c + math.sin(a) * ri * 0.88
        d.ellipse((x - 1.6, y - 1.6, x + 1.6, y + 1.6), fill=sign_ink + (255,))
    _suit(d, c, c, ri * 0.72, suit, sign_ink + (255,), srng.randrange(10**6))
    return art


def _ganjifa(page: Image.Image, cx: float, top_y: float, h: float, seed: int, turn: float) -> None:
    """The emblem: three round cards in a row, drawn three times over and brought down, a soft shadow under
    them."""
    srng = random.Random(seed)
    k = 3
    size = int(h * k * 0.86)
    W, H = int(size * 2.5), int(h * k)
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    picks = srng.sample(range(len(CARD_GROUNDS)), 3)
    suits = srng.sample(range(5), 3)
    for n, (dx, angle) in enumerate(((-0.62, 16 + turn), (0.62, -16 + turn), (0.0, turn))):
        ground, ink = CARD_GROUNDS[picks[n]]
        card = _card(size, ground, ink, suits[n], srng.randrange(10**6)).rotate(angle, resample=Image.BICUBIC)
        x = int(W / 2 + dx * size * 0.9 - size / 2)
        y = int((H - size) / 2 + (abs(dx) * size * 0.06))
        layer.alpha_composite(card, (x, y))
    art = layer.resize((int(W / k), int(H / k)), Image.LANCZOS)
    x0, y0 = int(cx - art.width / 2), int(top_y)
    shadow = Image.new("L", page.size, 0)
    sd = ImageDraw.Draw(shadow)
    sd.ellipse(
        (x0 + art.width * 0.12, y0 + art.height * 0.12, x0 + art.width * 0.9, y0 + art.height * 1.02), fill=60
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(5))
    page.paste(Image.composite(Image.new("RGB", page.size, (120, 100, 80)), page, shadow))
    page.paste(art, (x0, y0), art)


def _rod(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    """The divider: a turned rod whose bands of lac are each shaded as a cylinder, thin black and gold
    rings between them, a bead at each end."""
    srng = random.Random(seed)
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    W, H = w * k, h * k
    art = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(art)
    knob = int(H * 1.1)
    core0, core1 = int(H * 0.18), int(H * 0.82)
    order = [srng.randrange(len(LACS))]
    while len(order) < 7:
        nxt = srng.randrange(len(LACS))
        if nxt != order[-1]:
            order.append(nxt)
    bounds = sorted(srng.sample(range(knob + 30, W - knob - 30), len(order) - 1))
    edges = [knob, *bounds, W - knob]

    def shade(x_a: int, x_b: int, top_: int, bot: int, colour) -> None:
        for yy in range(top_, bot):
            t = (yy - top_) / max(1, bot - top_ - 1)
            light = 0.55 * math.exp(-(((t - 0.28) / 0.16) ** 2))
            dark = 0.45 * max(0.0, t - 0.55) / 0.45
            c_ = _tint((255, 255, 255), colour, light)
            c_ = _tint((0, 0, 0), c_, dark)
            d.line((x_a, yy, x_b, yy), fill=c_ + (255,))

    for n, colour in enumerate(order):
        shade(edges[n], edges[n + 1], core0, core1, LACS[colour])
    for xx in edges[1:-1]:
        shade(xx - 5, xx + 5, core0 - 6, core1 + 6, (20, 18, 18))
        shade(xx - 2, xx + 2, core0 - 9, core1 + 9, (214, 170, 60))
    # the turned knobs: a bead and a point at each end, in the wood's own yellow under clear lac
    for side in (0, 1):
        bx0, bx1 = (0, knob) if side == 0 else (W - knob, W)
        d.ellipse((bx0 + 4, 4, bx1 - 4, H - 4), fill=WOOD + (255,))
        d.ellipse((bx0 + knob * 0.25, H * 0.2, bx1 - knob * 0.45, H * 0.42), fill=(252, 240, 214, 200))
        d.ellipse((bx0 + 4, 4, bx1 - 4, H - 4), outline=(150, 110, 60, 255), width=3)
    art = art.resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)), art)


def _shavings(page: Image.Image, seed: int) -> Image.Image:
    """Curls of wood shaving (pale spirals, a darker edge) and chips of lac stick (small bright bars with a
    glint), in the margins."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(6, MARGIN - 10) if left else srng.uniform(width - MARGIN + 10, width - 6)
        return x, srng.uniform(30, height - 30)

    for _ in range(srng.randrange(3, 7)):
        x, y = spot()
        r = srng.uniform(4, 9)
        a0 = srng.uniform(0, 360)
        for n in range(3):
            rr = r * (1 - n * 0.28)
            d.arc(
                (x - rr, y - rr, x + rr, y + rr),
                a0 + n * 40,
                a0 + n * 40 + 250,
                fill=(206, 170, 116, 255),
                width=2,
            )
        d.arc((x - r, y - r, x + r, y + r), a0, a0 + 120, fill=(150, 110, 60, 255), width=1)
    for _ in range(srng.randrange(2, 5)):
        x, y = spot()
        colour = LACS[srng.randrange(len(LACS))]
        a = srng.uniform(0, math.pi)
        ln = srng.uniform(5, 10)
        dx, dy = math.cos(a) * ln, math.sin(a) * ln
        d.line((x - dx, y - dy, x + dx, y + dy), fill=colour + (255,), width=4)
        d.line(
            (x - dx * 0.6, y - dy * 0.6 - 1, x, y - 1),
            fill=_tint((255, 255, 255), colour, 0.6) + (255,),
            width=1,
        )
    return layer.convert("RGB")


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and
    heldout14's beneath it), then this set's rows and marks: a row of Ganjifa cards as an emblem, a turned
    lacquered rod as a divider, shavings and lac chips in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h306")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    marks = x["marks"]
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t06"):
            continue
        top_y = tops[i] - lift
        m = marks.get(str(i))
        if name == "t06gj":
            seed, turn = m
            _ganjifa(page, width / 2, top_y + line * 0.05, line * 2.85, seed, turn)
        elif name == "t06rd":
            (seed,) = m
            _rod(page, MARGIN, width - MARGIN, top_y + line * 0.16, top_y + line * 0.86, seed)
    for what in x["decor"]:
        if what[0] == "shavings":
            page = _shavings(page, what[1])
    return page


def _planks(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bench's planks: a warm brown with the grain's long streaks along each plank, darker knots of grain
    here and there and the joints between the planks."""
    tone = np.array(rng.choice([(150, 106, 64), (132, 92, 56), (164, 120, 76)]), dtype=np.float32)
    g = np.random.default_rng(rng.randrange(10**6))
    ys = np.arange(h, dtype=np.float32)[:, None]
    xs = np.arange(w, dtype=np.float32)[None, :]
    phase = g.uniform(0, 6.28)
    bend = 5.0 * np.sin(xs / 160.0 + phase) + 2.0 * np.sin(xs / 53.0 + 2 * phase)
    grain = np.sin((ys + bend) / 2.6) * 5 + np.sin((ys + bend * 1.6) / 9.0) * 7
    rows_ = np.convolve(g.normal(0, 6, h + 8), np.ones(5) / 5, mode="same")[:h, None]
    base = np.zeros((h, w, 3), dtype=np.float32) + tone
    base += (grain + rows_)[..., None]
    plank = int(rng.uniform(110, 150))
    for y in range(plank, h, plank):
        base[max(0, y - 2) : y + 1] *= 0.55
    return base


def _fruit(d: ImageDraw.ImageDraw, x: float, y: float, s: float, kind_: str) -> None:
    """A lacquered fruit lying on the bench: a mango (yellow going to red, its stalk) or a cashew apple (red
    and yellow, its grey-green nut curled under it), each with the lac's glint."""
    if kind_ == "mango":
        d.ellipse((x - s, y - s * 0.7, x + s, y + s * 0.7), fill=(238, 180, 30))
        d.chord((x - s, y - s * 0.7, x + s, y + s * 0.7), 200, 320, fill=(218, 80, 34))
        d.line((x + s * 0.8, y - s * 0.5, x + s * 1.05, y - s * 0.8), fill=(70, 90, 30), width=3)
    else:
        d.polygon(
            [
                (x - s * 0.55, y - s * 0.8),
                (x + s * 0.55, y - s * 0.8),
                (x + s * 0.75, y + s * 0.3),
                (x - s * 0.75, y + s * 0.3),
            ],
            fill=(214, 40, 36),
        )
        d.ellipse((x - s * 0.75, y - s * 0.05, x + s * 0.75, y + s * 0.6), fill=(214, 40, 36))
        d.ellipse((x - s * 0.55, y - s * 1.0, x + s * 0.55, y - s * 0.55), fill=(240, 186, 40))
        d.pieslice((x - s * 0.5, y + s * 0.3, x + s * 0.5, y + s * 1.2), 0, 200, fill=(128, 132, 104))
    d.arc((x - s * 0.6, y - s * 0.55, x + s * 0.2, y + s * 0.2), 190, 250, fill=(255, 250, 230), width=3)


def _bench(image: Image.Image, seed: int) -> Image.Image:
    """The page on the turner's bench: planks, a few shavings and a lac stick, two lacquered fruits by the
    page's corner, the page's shadow, the page askew."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 90
    bw, bh = w + 2 * pad, h + 2 * pad
    base = Image.fromarray(np.clip(_planks(srng, bw, bh), 0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(base)
    for _ in range(srng.randrange(8, 14)):
        x, y = srng.uniform(0, bw), srng.uniform(0, bh)
        r = srng.uniform(6, 16)
        a0 = srng.uniform(0, 360)
        for n in range(3):
            rr = r * (1 - n * 0.25)
            d.arc(
                (x - rr, y - rr, x + rr, y + rr),
                a0 + n * 50,
                a0 + n * 50 + 260,
                fill=(232, 204, 158),
                width=3,
            )
    corner = srng.choice(["tr", "bl"])
    lx = srng.uniform(bw * 0.55, bw - 120) if corner == "bl" else srng.uniform(20, bw * 0.35)
    ly = srng.uniform(bh - 60, bh - 26) if corner == "bl" else srng.uniform(bh - 60, bh - 26)
    d.line((lx, ly, lx + 90, ly - 16), fill=(180, 26, 26), width=9)
    d.line((lx + 4, ly - 3, lx + 70, ly - 15), fill=(236, 120, 110), width=2)
    fx, fy = (bw - 46, 46) if corner == "tr" else (46, bh - 46)
    _fruit(d, fx, fy, 30, "mango")
    _fruit(d, fx + (-58 if corner == "tr" else 58), fy + (22 if corner == "tr" else -24), 22, "cashew")
    turned = image.convert("RGBA").rotate(srng.uniform(-1.8, 1.8), resample=Image.BICUBIC, expand=True)
    sx = (bw - turned.width) // 2
    sy = (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 130 if v > 0 else 0), (sx + 9, sy + 11))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    base = Image.composite(Image.new("RGB", base.size, (50, 34, 20)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    return base


def _watch(image: Image.Image, seed: int) -> Image.Image:
    """The screen in a smartwatch: a rounded square case in dark metal round it, its crown and side button
    at the right, its strap running off the picture above and below, lying on a pale desk."""
    srng = random.Random(seed)
    w, h = image.size
    bez = 26
    cw, ch = w + 2 * bez, h + 2 * bez
    bw, bh = cw + 220, ch + 380
    desk = srng.choice([(228, 224, 216), (214, 216, 220), (236, 230, 218)])
    base = Image.new("RGB", (bw, bh), desk)
    d = ImageDraw.Draw(base)
    strap = srng.choice([(40, 44, 52), (120, 36, 40), (36, 70, 64), (186, 160, 130)])
    x0, y0 = (bw - cw) // 2, (bh - ch) // 2
    d.rounded_rectangle((x0 + cw * 0.14, 0, x0 + cw * 0.86, bh), radius=40, fill=strap)
    for yy in list(range(16, y0 - 30, 26)) + list(range(y0 + ch + 40, bh - 10, 26)):
        d.line((x0 + cw * 0.2, yy, x0 + cw * 0.8, yy), fill=_tint((255, 255, 255), strap, 0.12), width=2)
    # the case: a rim lit at its top, the glass' edge, the crown and the button
    d.rounded_rectangle(
        (x0 + cw - 6, y0 + ch * 0.3, x0 + cw + 16, y0 + ch * 0.42), radius=6, fill=(96, 96, 100)
    )
    for yy in range(int(y0 + ch * 0.31), int(y0 + ch * 0.41), 4):
        d.line((x0 + cw + 4, yy, x0 + cw + 15, yy), fill=(60, 60, 64), width=1)
    d.rounded_rectangle(
        (x0 + cw - 6, y0 + ch * 0.52, x0 + cw + 10, y0 + ch * 0.66), radius=5, fill=(80, 80, 84)
    )
    d.rounded_rectangle((x0, y0, x0 + cw, y0 + ch), radius=int(bez * 2.6), fill=(52, 54, 58))
    d.rounded_rectangle((x0 + 4, y0 + 4, x0 + cw - 4, y0 + ch - 4), radius=int(bez * 2.4), fill=(14, 14, 16))
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w, h), radius=int(bez * 1.6), fill=255)
    base.paste(image, (x0 + bez, y0 + bez), mask)
    # the light on the case's upper rim
    ImageDraw.Draw(base).arc(
        (x0 + 2, y0 + 2, x0 + bez * 5, y0 + bez * 5), 185, 265, fill=(150, 152, 158), width=2
    )
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout305's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, the turner's bench a page lies on and the watch a message is read on."""
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
    f = (style.get("h306") or {}).get("frame")
    if f and f[0] == "bench":
        image = _bench(image, f[1])
    if f and f[0] == "watch":
        image = _watch(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    h275.check_faces()
    for face in [*PENS, *TYPES, *DEVA_FACES, "dejavu/DejaVuSans-Oblique.ttf"]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout306 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "CHITARI KALA DALAN SAWANTWADI"]
VPAS = [
    "chitarikaladalan@mahb",
    "Q719204455@ybl",
    "chitari.ganjifa@okicici",
    "chitarilakhkam@oksbi",
    "kaladalan.sawantwadi@axl",
]
BUYERS = [
    ("Anagha Kulkarni", "HDFC Bank"),
    ("Nilesh Sawant", "Bank of Maharashtra"),
    ("Ruta Deshpande", "ICICI Bank"),
    ("Milind Prabhu", "State Bank of India"),
    ("Farhan Shaikh", "Kotak Mahindra Bank"),
    ("Shubhada Joshi", "Union Bank of India"),
    ("Rohan Naik", "Axis Bank"),
    ("Gauri Madgaonkar", "Canara Bank"),
]
NOTES = ["ganjifa set", "matoli fruits", "bhatukli set", "wooden toys", "ganpati order", "lacquer fruits"]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Chitari Kala Dalan or the firm: PhonePe Business on the shop's phone (the shop under the
    app; the soundbox's announcement as the app shows it; a card: Money received, the sum set large, "from
    <buyer>"; Transaction ID and UTR, each label small over its value two to a row; the day and hour); BHIM
    set in Marathi (the payee's initials in a round badge, "प्राप्तकर्ता" (recipient) over the payee and its
    UPI ID, the sum, a large tick and "पेमेंट यशस्वी झाले" (payment successful), the day with its month's
    Marathi name and the hour, "<bank> खाते XX1234 मधून" (from <bank> account XX1234) and "व्यवहाराचा तपशील
    पहा" (see the transaction's details); no reference); HDFC Bank's PayZapp with a payment in progress under
    a spinner (the sum, "to <payee>", its stages left to right, a notice; UPI Ref. No., Initiated, Paying from
    in dot leaders); ICICI Bank's iMobile Pay with Payment Successful on a tinted band (the sum, "Paid to"
    over the payee; UPI Ref. No., Transaction ID, Date, Paid from at the left and the right); Bajaj Finserv's
    UPI payment failed under a large cross (the sum, "to <payee>", the reason in a notice; UPI Ref No., Date &
    Time, Account in a table ruled on every side); DBS digibank's transfer in a rounded card ("Paid to" over
    the payee, the sum, Successful; Reference number, Date, From, Note at the left and the right under it);
    Amazon Pay's UPI payment on a scalloped badge ("Today, <hour>"; Paid successfully, the sum set large, "to
    <payee>"; a copyable UPI Reference ID; Paid from; no day); Airtel Payments Bank's UPI receipt under a
    tile's tick (the sum; Paid to, UPI ID, UPI Ref No., Date, Debited from in a striped table). All new
    here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=450, high=48000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    if k == 0:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "PhonePe Business"], dark=False, buttons=("View all payments",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe Business", "Payments")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Moti Talav Road, Sawantwadi")
        p.add("gap")
        h287.speaker(p, f"Received {num(j.amount, 'indian', 0)} rupees on PhonePe")
        p.add("gap")
        c = card_open(p)
        p.add("center", "Money received", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"from {who}")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 14)}"
        two_up(p, "pb", ("Transaction ID", tid[:17]), ("UTR", j.ref), txn=(UTR_RANK, j.ref), method="UPI")
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        card_close(p, c)
        p.add("gap")
        p.add("small", "Settlement to Bank of Maharashtra A/c XX2107 at 9 AM tomorrow")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "BHIM"], dark=False, buttons=())
        band(p, (0, 86, 150))
        app_head(p, "BHIM", "UPI")
        name = pick(p, "center", [to, SHOP])
        h273.avatar(p, initials(name), rng.choice([(0, 86, 150), (232, 110, 20), (30, 140, 80)]))
        mr(p, "प्राप्तकर्ता", soft=True, scale=0.86)
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        sicon(p, status)
        mr(p, "पेमेंट यशस्वी झाले", bold=True, status=status)
        mr(p, f"{mr_day(j.date)}, {hhmm(rng, lower=True)}", soft=True, scale=0.86, date=j.date)
        p.add("rule")
        mr(p, f"{sb} खाते XX{last4} मधून", align="l", scale=0.9, method="UPI")
        mr(p, "व्यवहाराचा तपशील पहा", align="l", soft=True, scale=0.86)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh",))
        band(p, (0, 46, 108))
        app_head(p, "PayZapp", "HDFC Bank  |  UPI")
        h279.spinner(p, AMBER)
        p.add("center", "Payment in progress", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h273.track(p, ["Paid", "Bank processing", "Received"], "dpt")
        warn(
            p,
            "Your bank is yet to confirm this payment. Please wait before paying again; the status will "
            "update on its own.",
            "warn",
        )
        dots(p, "UPI Ref. No.", j.ref, at=0.42, txn=(UTR_RANK, j.ref))
        dots(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.42, date=j.date)
        dots(p, "Paying from", f"HDFC Bank {masked(p.font)}{last4}", at=0.42, method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (176, 58, 30))
        app_head(p, "iMobile Pay", "ICICI Bank  |  UPI")
        h269.strip(p, "Payment Successful", status)
        p.add("gap")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        tid = f"IMP{digits(rng, 11)}"
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ", " ")), date=j.date)
        kvr(p, "Paid from", f"ICICI Bank XX{last4}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (0, 92, 170))
        app_head(p, "Bajaj Finserv", "UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        warn(
            p,
            "The payee's bank did not respond (U30). If any money was debited it will be returned to your "
            "account within 48 hours.",
            "error",
        )
        grid(
            p,
            "bj",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (
                    ["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ", ", "))],
                    {"date": j.date},
                ),
                (["Account", f"{sb} XXXX{last4}"], {"method": "UPI"}),
            ],
            tint=(226, 234, 246),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (216, 32, 40))
        app_head(p, "digibank", "DBS Bank India  |  UPI")
        p.add("gap")
        c = card_open(p)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Successful", status=status)
        card_close(p, c)
        p.add("gap")
        kvr(p, "Reference number", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", day_in(j, rng, ["%d %b %Y", "{d} %B %Y"]), date=j.date)
        kvr(p, "From", f"digibank Savings {masked(p.font)}{last4}", method="UPI")
        kvr(p, "Note", rng.choice(NOTES))
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        h287.burst(p, status)
        p.add("center", "Paid successfully", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        copyrow(p, "UPI Reference ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid from", f"{sb} {masked(p.font)}{last4}", method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Share", "Home"))
    band(p, (228, 0, 40))
    app_head(p, "Airtel Payments Bank", "Airtel Thanks  |  UPI")
    h287.tile(p, status)
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    name = rng.choice([to, SHOP_CAPS])
    zebra(
        p,
        "ap",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["Details", ""],
        [
            (["Paid to", name], {"merchant": name}),
            (["UPI ID", vpa], {}),
            (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
            (["Debited from", f"Airtel Payments Bank XX{last4}"], {"method": "UPI"}),
        ],
        (228, 0, 40),
    )
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


MSSIDC = "Maharashtra Small Scale Industries Development Corporation Ltd."
MSSIDC_MR = "महाराष्ट्र लघुउद्योग विकास महामंडळ मर्यादित"
DESIGN_STORE = "Kalaghoda Design Store LLP"
SCHOOL = "Sahyadri Learning Foundation"
RESORTS = "Konkan Coast Resorts Pvt. Ltd."
MUSEUM = "CSMVS Museum Shop"
RETAIL = "Kalaa Craft Retail LLP"
DCH = "Office of the Development Commissioner (Handicrafts)"
INK_STORE = "Indigo Ink Home, Bandra"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: MSSIDC's (the Maharashtra Small Scale Industries
    Development Corporation's) payment advice letter under its Marathi name (its "जावक क्र." (outward No.) and
    "दिनांक" (date) on a line; To, M/s the firm; Sub:; Bill No. | Bill Date | Amount | TDS-GST 2% | Net in a
    table ruled on every side, Net paid under a rule and a double rule; "The net amount of Rs. x has been
    remitted to your account ... by NEFT, UTR ..."; its oval stamp; the Manager (Accounts)' signature); YES
    BANK's YES CONNECT with a design store's NEFT returned (a Returned capsule at the left, the reason in a
    notice; Batch No., Payment Ref., UTR, Beneficiary, Amount, Product, Value Date, Return Reason in a striped
    table); a school trust's Microsoft Teams channel under a "Today" divider (the sender's name and hour,
    "Payment released: Rs. x to <payee> via NEFT ...", "UTR ..."; reactions; no day); PFMS' payment status for
    the Development Commissioner (Handicrafts)' purchase (Credited to beneficiary on a tinted band; Agency,
    Scheme, Sanction No., EPV No., Beneficiary Name, Amount, Payment Date, Mode, UTR No. in a table ruled on
    every side); Open's payout to the firm in process over a progress bar (a notice; Payout ID, Beneficiary,
    Amount, Mode, Created on, UTR awaited against a gutter); a museum shop's PAYMENT MADE mailed from Zoho
    Books (Payment#, Payment Date, Reference Number, Paid To, Payment Mode, Paid Through with colons; Amount
    Paid on a tinted panel; Bill Number | Bill Date | Bill Amount | Payment in a striped table); DBS IDEAL
    with a resort group's RTGS completed (a Completed capsule; Customer Reference, Transaction Reference, UTR,
    Beneficiary, Amount, Value Date, Payment Mode in dot leaders); a home store's owner's mail forwarded to
    the firm (its Forwarded mark; "Paid Rs. x/- today, <day>, by IMPS to <payee> for the framed cards"; Payee,
    Amount, Mode, Paid on at the left and the right; no reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=12000, high=340000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(252, 251, 246), (248, 248, 242)])
        p.part = "head"
        mr(p, MSSIDC_MR, bold=True, scale=1.0)
        top(p, pick(p, "title", [MSSIDC, "Maharashtra Small Scale Inds. Dev. Corpn. Ltd.", "MSSIDC Ltd."]))
        p.add("small", "Marketing Division (Handicrafts)  |  Maharashtra Emporium, Mumbai")
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        rows_, net_total = [], 0.0
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 4), "CLK"):
            tds = round(v * 0.02, 2)
            net = round(v - tds, 2)
            net_total += net
            rows_.append(([no_, when(day, "%d.%m.%Y"), num(v), num(tds), num(net)], {}))
        j.amount = round(net_total, 2)
        way = neft_or_rtgs(j.amount)
        utr = utr_by(rng, j, "Union Bank of India", way)
        mr(
            p,
            f"जावक क्र. MSSIDC/HC/{rng.randrange(120, 990)}/{fy(j.date)}   दिनांक: "
            f"{day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            align="l",
            scale=0.9,
            date=j.date,
        )
        p.add("left", "To,")
        name = rng.choice([FIRM, FIRM_CAPS])
        p.add("left", f"M/s. {name},", merchant=name)
        p.add("left", f"{TOWN}.")
        sentence(p, "Sub: Payment for Ganjifa sets and lacquered toys supplied to the Emporium.")
        p.add("gap")
        grid(
            p,
            "ms",
            [(0.0, 0.26, "l"), (0.26, 0.44, "c"), (0.44, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Bill No.", "Bill Date", "Amount", "TDS-GST 2%", "Net"],
            rows_,
            tint=(236, 230, 214),
        )
        total(p, "Net paid", num(j.amount), at=0.62, amount=j.amount)
        sentence(
            p,
            f"The net amount of {rs(j.amount)} has been remitted to your account with {BANK_LINE} by {way}, "
            f"UTR {utr}.",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        h287.oval(p, ["M.S.S.I.D.C. LTD.", "ACCOUNTS", "MUMBAI"], "blue", at=0.2, rows_=3)
        sig(p)
        p.add("right", "Manager (Accounts)")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "yesconnect.yesbank.in/payments/transaction/details")
        p.part = "head"
        top(p, "YES CONNECT")
        p.add("small", f"YES BANK  |  Corporate Internet Banking  |  {DESIGN_STORE}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction details")
        pill(p, "Returned", status, align="l")
        warn(
            p,
            "The beneficiary bank returned this payment: the beneficiary's account is inoperative. The "
            "amount has been credited back to your account.",
            "error",
        )
        pref = f"YBCP{j.date:%y%m%d}{digits(rng, 6)}"
        utr = utr_by(rng, j, "YES BANK", "NEFT")
        name = rng.choice([FIRM_CAPS, CUT])
        zebra(
            p,
            "yc",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Field", "Value"],
            [
                (["Batch No.", f"B{digits(rng, 8)}"], {}),
                (["Payment Ref.", pref], {"txn": (BANK_RANK, pref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Beneficiary", name], {"merchant": name}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Product", "NEFT"], {"method": "netbanking"}),
                (["Value Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Return Reason", "R04 - account inoperative"], {}),
            ],
            (0, 70, 140),
        )
        return p.done()
    if k == 2:
        j.amount = float(rng.randrange(30, 600) * 50)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 720]), size=rng.choice([18, 19]))
        p.style["paper"] = (245, 245, 250)
        p.part = "head"
        h269.kind(p, "mt0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["mt0"] = 1.1
        h269.row(p, "mt0", "Accounts  >  Vendor payments")
        p.add("small", f"Microsoft Teams  |  {SCHOOL}  |  Posts")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 17)
        caption(
            p, f"Meera Ghaisas   {hour % 12 or 12}:{rng.randrange(0, 59):02d} {'PM' if hour >= 12 else 'AM'}"
        )
        name = pick(p, "left", [FIRM, SHOP])
        sentence(
            p,
            f"Payment released: Rs. {num(j.amount, 'indian', 0)} to {name} via NEFT against PO SLF/TOY/"
            f"{rng.randrange(10, 99)} (wooden toys and bhatukli sets for the Montessori rooms).",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        utr = utr_by(rng, j, "HDFC Bank", "NEFT")
        p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
        aside(p, "Like 2   |   Seen by 5")
        p.add("gap")
        caption(p, f"Nikhil Apte   {(hour + 1) % 12 or 12}:{rng.randrange(0, 59):02d} PM")
        p.add("left", "Thanks Meera. Toys reach Pune by Saturday.")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 40000, 190000, 0.6)
        p = browser_page(rng, font, "pfms.nic.in/Payment/PaymentStatus.aspx")
        p.part = "head"
        top(p, "PFMS")
        p.add("small", "Public Financial Management System  |  Controller General of Accounts")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment status - beneficiary wise")
        h269.strip(p, "Credited to beneficiary", status)
        p.add("gap")
        name = rng.choice([FIRM_CAPS, CUT])
        utr = utr_by(rng, j, "State Bank of India", "NEFT")
        grid(
            p,
            "pf",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Agency", clip(DCH, 44)], {}),
                (["Scheme", "Marketing Support and Services"], {}),
                (
                    [
                        "Sanction No.",
                        f"K-{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{j.date.year}-MSS",
                    ],
                    {},
                ),
                (["EPV No.", f"DCH{j.date:%y}EPV{digits(rng, 6)}"], {}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Mode", "e-Payment (NEFT)"], {"method": "netbanking"}),
                (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
            ],
            tint=(224, 234, 244),
        )
        p.add("gap")
        p.add("small", "Purchase of Ganjifa sets for the Gandhi Shilp Bazaar display, Delhi")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 9000, 180000, 0.5)
        p = browser_page(rng, font, "app.open.money/payouts/details")
        p.part = "head"
        top(p, "open")
        p.add("small", f"Business account  |  Payouts  |  {RETAIL}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payout in process", status=status)
        h294.progress(p, 0.6, status)
        warn(
            p,
            "The payout has been sent to the beneficiary bank and is waiting for its confirmation. It will "
            "be reversed to your account if the bank does not confirm it.",
            "warn",
        )
        pid = f"OPN{code(rng, 4, UPPER)}{digits(rng, 9)}"
        name = rng.choice([FIRM_CAPS, CUT])
        gutter(p, "op", "Payout ID", pid, at=0.34, txn=(TXN_RANK, pid))
        gutter(p, "op", "Beneficiary", name, at=0.34, merchant=name)
        gutter(p, "op", "Amount", rs(j.amount), at=0.34, amount=j.amount)
        gutter(p, "op", "Mode", "IMPS", at=0.34, method="netbanking")
        gutter(
            p,
            "op",
            "Created on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.34,
            date=j.date,
        )
        gutter(p, "op", "UTR", "Awaited", at=0.34)
        return p.done()
    if k == 5:
        p = mail_page(
            rng, font, "CSMVS Museum Shop <accounts@csmvs.in>", ["Payment Made - Chitari Lakhkam Kalakendra"]
        )
        p.part = "head"
        top(p, pick(p, "title", [MUSEUM, "CSMVS Museum Shop, Mumbai"]))
        p.add("small", "159-161, Mahatma Gandhi Road, Fort, Mumbai - 400023")
        p.add("rule")
        p.add("center", "PAYMENT MADE")
        p.part = "body"
        way = neft_or_rtgs(j.amount)
        utr = utr_by(rng, j, "Kotak Mahindra Bank", way)
        pno = str(rng.randrange(110, 990))
        name = rng.choice([FIRM, FIRM_CAPS])
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(p, "zb", spec, "Payment# :", pno, txn=(INVOICE_RANK, pno))
        h271.colkv(p, "zb", spec, "Payment Date :", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        h271.colkv(p, "zb", spec, "Reference Number :", utr, txn=(UTR_RANK, utr))
        h271.colkv(p, "zb", spec, "Paid To :", name, merchant=name)
        h271.colkv(p, "zb", spec, "Payment Mode :", f"Bank Transfer ({way})", method="netbanking")
        h271.colkv(p, "zb", spec, "Paid Through :", "Kotak Current A/c")
        h273.panel(p, "Amount Paid", rs(j.amount), (40, 140, 90), amount=j.amount, status=status)
        zebra(
            p,
            "zbz",
            [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
            ["Bill Number", "Bill Date", "Bill Amount", "Payment"],
            [
                ([no_, when(day, "%d/%m/%Y"), num(v), num(v)], {})
                for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "CLK")
            ],
            (60, 60, 70),
        )
        p.add("gap")
        p.add("small", "Generated by Zoho Books on behalf of the CSMVS Museum Shop.")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 205000, 360000, 0.6)
        p = browser_page(rng, font, "ideal.dbs.com/in/payments/enquiry")
        p.part = "head"
        top(p, "DBS IDEAL")
        p.add("small", f"DBS Bank India Ltd.  |  {RESORTS}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction enquiry  -  RTGS")
        pill(p, "Completed", status, align="l")
        p.add("gap")
        cref = f"KCR{j.date:%m%d}{rng.randrange(100, 999)}"
        tref = f"DBS{j.date:%y%m%d}{digits(rng, 7)}"
        utr = utr_by(rng, j, "DBS Bank India", "RTGS")
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Customer Reference", cref, at=0.42, txn=(INVOICE_RANK, cref))
        dots(p, "Transaction Reference", tref, at=0.42, txn=(BANK_RANK, tref))
        dots(p, "UTR", utr, at=0.42, txn=(UTR_RANK, utr))
        dots(p, "Beneficiary", name, at=0.42, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.42, bold=True, amount=j.amount)
        dots(p, "Value Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.42, date=j.date)
        dots(p, "Payment Mode", "RTGS", at=0.42, method="netbanking")
        p.add("gap")
        p.add("small", "Lacquered fruit and Ganjifa frames for the resorts' lobbies, Tarkarli and Malvan")
        return p.done()
    j.amount = float(rng.randrange(30, 400) * 100)
    p = mail_page(
        rng,
        font,
        "Kavya Menon <kavya@indigoinkhome.in>",
        ["Fwd: Payment done - Ganjifa frames", "Fwd: paid for the frames"],
    )
    p.part = "head"
    top(p, "Indigo Ink Home")
    p.add("small", "Home store  |  Pali Hill, Bandra West, Mumbai - 400050")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {DAUGHTER.split()[0]},")
    p.add("left", "Please see below from our accounts.")
    p.add("gap")
    h294.fwd(p)
    day = day_in(j, rng, ["%d/%m/%Y", "{d} %B %Y"])
    name = rng.choice([FIRM, FIRM_CAPS])
    sentence(
        p,
        f"Paid Rs. {num(j.amount, 'indian', 0)}/- today, {day}, by IMPS to {name} for the twelve framed "
        "Ganjifa cards.",
        amount=j.amount,
        merchant=name,
        method="netbanking",
        status=status,
        date=j.date,
    )
    p.add("gap")
    kvr(p, "Payee", name)
    kvr(p, "Amount", rs(j.amount))
    kvr(p, "Mode", "IMPS")
    kvr(p, "Paid on", day)
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", f"Kavya, {INK_STORE}")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Spielwaren Holzwurm GmbH", "Nuremberg, Germany", "EUR", 900, 12000, "sparkasse"),
    ("Kiwi Game Room Ltd", "Wellington, New Zealand", "NZD", 1200, 16000, "asb"),
    ("Mandala Games (HK) Ltd", "Sheung Wan, Hong Kong", "HKD", 6000, 90000, "bochk"),
    ("Spillbutikken Grunerlokka AS", "Oslo, Norway", "NOK", 8000, 110000, "dnb"),
    ("Al Majlis Heritage Gifts WLL", "Doha, Qatar", "QAR", 2500, 36000, "cbq"),
    ("Meeple & Mandala LLC", "Portland, Oregon, USA", "USD", 700, 11000, "wise"),
    ("Port Louis Heritage Crafts Ltd", "Port Louis, Mauritius", "MUR", 30000, 420000, "mcb"),
    ("Siam Board Game House Co., Ltd.", "Bangkok, Thailand", "THB", 20000, 320000, "kbank"),
]
# rupees to one unit of each currency, for the converted sum Wise shows (no fact)
TO_INR = {"USD": 86.2}


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: euros the German way (2.480,00 EUR); New Zealand dollars as NZ$ or
    NZD; Hong Kong dollars as HK$ or HKD; Norwegian kroner the Norwegian way with NOK before or after; Qatari
    riyals with QAR; US dollars with USD after; Mauritian rupees with MUR; baht with THB before."""

    def english(v: float) -> str:
        return f"{v:,.2f}"

    def german(v: float) -> str:
        return f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")

    def norwegian(v: float) -> str:
        return f"{v:,.2f}".replace(",", " ").replace(".", ",")

    forms = {
        "EUR": [lambda v: f"{german(v)} EUR", lambda v: f"EUR {german(v)}"],
        "NZD": [lambda v: f"NZ${english(v)}", lambda v: f"NZD {english(v)}"],
        "HKD": [lambda v: f"HK${english(v)}", lambda v: f"HKD {english(v)}"],
        "NOK": [lambda v: f"NOK {norwegian(v)}", lambda v: f"{norwegian(v)} NOK"],
        "QAR": [lambda v: f"QAR {english(v)}"],
        "USD": [lambda v: f"{english(v)} USD"],
        "MUR": [lambda v: f"MUR {english(v)}", lambda v: f"{english(v)} MUR"],
        "THB": [lambda v: f"THB {english(v)}"],
    }[cur]
    return rng.choice(forms)


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Game shops, toy shops and gift shops abroad paying the firm for Ganjifa sets, lacquered toys and fruit:
    Sparkasse Nürnberg's foreign transfer executed in euros the German way (each label in German with its
    English after a slash in shaded labels: Empfänger / Beneficiary, IBAN / Account, BIC, Betrag / Amount,
    Ausführungsdatum / Execution date, Entgelt / Charges, Referenz / Reference); ASB's international payment
    sent in New Zealand dollars (a large tick, the sum, "to <payee>", "on <day>"; Payee bank, Fees, Payment
    note at the left and the right; no reference); Bank of China (Hong Kong)'s outward remittance advice in
    Hong Kong dollars (Our Ref., Value Date, Remitter, Beneficiary, Beneficiary's Bank, Remittance Amount,
    Charges, Details of Payment typed in its printer's face); DNB's payment returned in Norwegian kroner the
    Norwegian way on a tinted band (the reason in a notice; Mottaker / Beneficiary, Beløp / Amount, Dato /
    Date, Referanse / Reference each value over its label); Commercial Bank of Qatar's app with a transfer
    successful in riyals under a large tick ("Today, <hour>"; the sum, "to <payee>"; Reference and Transfer
    type, labels small over their values two to a row; no day); Wise Business' transfer complete in US dollars
    (its stages across the page; You sent, Recipient gets (the rupees it converts to), Recipient, Transfer #,
    Completed on in a rounded card); MCB's outward transfer in Mauritian rupees awaiting processing under a
    spinner (a notice; Reference, Beneficiary, Beneficiary bank, Amount, Date, Charges in dot leaders);
    Kasikornbank's K-BIZ outward remittance in baht (Remittance successful; Transaction No., Transaction Date,
    Beneficiary, Beneficiary Bank, SWIFT, Amount, Fee in a table ruled on every side). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur in ("MUR", "THB", "HKD", "NOK"):
        j.amount = float(rng.randrange(lo // 100, hi // 100) * 100)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    if frame == "sparkasse":
        p = browser_page(rng, font, "www.sparkasse-nuernberg.de/banking/auslandsueberweisung/bestaetigung")
        p.part = "head"
        top(p, "Sparkasse Nürnberg")
        p.add("small", f"Online-Banking  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Auslandsüberweisung ausgeführt / Foreign transfer executed", status=status)
        p.add("gap")
        ref = f"SKN{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([me, CUT])
        for label_, value, facts in [
            ("Empfänger / Beneficiary", name, {"merchant": name}),
            ("IBAN / Account", f"{digits(rng, 4)}XXXXXX{digits(rng, 4)}", {}),
            ("BIC", BIC, {}),
            ("Betrag / Amount", show(j.amount), sum_),
            ("Ausführungsdatum / Execution date", when(j.date, "%d.%m.%Y"), {"date": j.date}),
            ("Entgelt / Charges", "SHA (geteilt)", {"method": "netbanking"}),
            ("Referenz / Reference", ref, {"txn": (BANK_RANK, ref)}),
        ]:
            kv(p, label_, value, at=0.46, **facts)
        p.add("gap")
        p.add("small", "Verwendungszweck: Ganjifa Spielkarten, Holzspielzeug")
        return p.done()
    if frame == "asb":
        p = phone(rng, font, k, ["", "International payment"], dark=False, buttons=("Done",))
        band(p, (255, 204, 0), (20, 20, 20))
        app_head(p, "ASB", "International payment")
        sicon(p, status)
        p.add("center", "Payment sent", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %b %Y', '%d/%m/%Y']))}", date=j.date)
        p.add("gap")
        kvr(p, "Payee bank", "Bank of Maharashtra, India", method="netbanking")
        kvr(p, "Fees", "NZ$25.00")
        kvr(p, "Payment note", "Ganjifa order")
        p.add("small", f"{payer}, Cuba Street")
        return p.done()
    if frame == "bochk":
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", ["Bank of China (Hong Kong) Limited", "BOCHK"]))
        p.add("small", "Outward Remittance Advice  |  Customer copy")
        p.add("rule")
        p.part = "body"
        ref = f"OR{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        n_ = min(h271.tt_cols(p), 60)
        types(p, "-" * n_, scale=0.84)

        def line(label_: str, value: str, **facts) -> None:
            types(p, f"{label_:<20}: {value}"[:n_], scale=0.84, **facts)

        line("OUR REF.", ref, txn=(BANK_RANK, ref))
        line("VALUE DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        line("REMITTER", payer.upper()[: n_ - 22])
        line("BENEFICIARY", name, merchant=name)
        line("BENEFICIARY'S BANK", "BANK OF MAHARASHTRA, INDIA")
        line("REMITTANCE AMOUNT", show(j.amount), **sum_)
        line("CHARGES", "SHA", method="netbanking")
        line("DETAILS OF PAYMENT", "GANJIFA CARDS INV 2026")
        types(p, "-" * n_, scale=0.84)
        sentence(
            p, "We have effected the above telegraphic transfer on your instructions.", "small", status=status
        )
        return p.done()
    if frame == "dnb":
        p = phone(rng, font, k, ["", "Betaling"], dark=False, buttons=("OK",))
        band(p, (0, 114, 114))
        app_head(p, "DNB", "Bedrift  |  Utenlandsbetaling")
        h269.strip(p, "Betaling returnert / Payment returned", status)
        warn(
            p,
            "The receiving bank returned the payment: the beneficiary's name and account did not match. The "
            "amount less charges has been paid back to your account.",
            "error",
        )
        ref = f"DNB{digits(rng, 10)}"
        name = h287.vname(p, [CUT, me])
        vlab(p, "Mottaker / Beneficiary", name, merchant=name)
        vlab(p, "Beløp / Amount", show(j.amount), **sum_)
        vlab(p, "Dato / Date", when(j.date, "%d.%m.%Y"), bold=False, date=j.date)
        vlab(p, "Referanse / Reference", ref, bold=False, txn=(BANK_RANK, ref), method="netbanking")
        return p.done()
    if frame == "cbq":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (126, 20, 60))
        app_head(p, "CBQ Mobile", "Commercial Bank  |  International transfer")
        p.add("small", f"Today, {hhmm(rng, twelve=rng.random() < 0.5)}")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"CBQ{digits(rng, 4)}{code(rng, 3, UPPER)}{digits(rng, 5)}"
        two_up(
            p,
            "cq",
            ("Reference", ref),
            ("Transfer type", "SWIFT (SHA)"),
            txn=(BANK_RANK, ref),
            method="netbanking",
        )
        p.add("gap")
        p.add("small", f"{payer}, Souq Waqif")
        return p.done()
    if frame == "wise":
        p = browser_page(rng, font, "wise.com/transactions/activities/by-resource/TRANSFER")
        p.part = "head"
        top(p, "Wise Business")
        p.add("small", f"{payer}  |  Transfers")
        p.add("rule")
        p.part = "body"
        p.add("center", "Your transfer is complete", status=status)
        h289.steps(p, ["Set up", "Funded", "Converted", "Paid out"], 4, status)
        tno = str(rng.randrange(1100000000, 1999999999))
        name = rng.choice([me, CUT])
        c = card_open(p)
        kvr(p, "You sent", show(j.amount), **sum_)
        kvr(p, "Recipient gets", f"{num(round(j.amount * TO_INR['USD'], 2), 'indian')} INR")
        kvr(p, "Recipient", name, merchant=name)
        kvr(p, "Transfer #", tno, txn=(TXN_RANK, tno), method="netbanking")
        kvr(p, "Completed on", when(j.date, rng.choice(["%B {d}, %Y", "{d} %B %Y"])), date=j.date)
        card_close(p, c)
        p.add("gap")
        p.add("small", "Note to recipient: Ganjifa sets, our order of March")
        return p.done()
    if frame == "mcb":
        p = browser_page(rng, font, "ib.mcb.mu/transfers/outward/status")
        p.part = "head"
        top(p, "MCB")
        p.add("small", f"The Mauritius Commercial Bank Ltd  |  Internet Banking  |  {payer}")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Awaiting processing", status=status)
        warn(
            p,
            "Your outward transfer has been received and will be processed by the bank's treasury on the "
            "next working day. You will be notified once it is sent.",
            "warn",
        )
        ref = f"MCB{j.date:%y%m%d}{digits(rng, 5)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Reference", ref, at=0.4, txn=(BANK_RANK, ref))
        dots(p, "Beneficiary", name, at=0.4, merchant=name)
        dots(p, "Beneficiary bank", "Bank of Maharashtra", at=0.4)
        dots(p, "Amount", show(j.amount), at=0.4, bold=True, **sum_)
        dots(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), at=0.4, date=j.date)
        dots(p, "Charges", "Shared", at=0.4, method="netbanking")
        return p.done()
    p = browser_page(rng, font, "kbiz.kasikornbank.com/remittance/outward/result")
    p.part = "head"
    top(p, "K-BIZ")
    p.add("small", f"KASIKORNBANK  |  Outward Remittance  |  {payer}")
    p.add("rule")
    p.part = "body"
    p.add("center", "Remittance successful", status=status)
    p.add("gap")
    tno = f"K{j.date:%y%m%d}{digits(rng, 8)}"
    name = rng.choice([FIRM_CAPS, CUT])
    for label_, value, facts in [
        ("Transaction No.", tno, {"txn": (BANK_RANK, tno)}),
        ("Transaction Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), {"date": j.date}),
        ("Beneficiary", name, {"merchant": name}),
        ("Beneficiary Bank", "Bank of Maharashtra, Pune", {}),
        ("SWIFT", BIC, {}),
        ("Amount", show(j.amount), sum_),
        ("Fee", "SHA", {"method": "netbanking"}),
    ]:
        gkv(p, "kb", label_, value, at=0.36, **facts)
    p.add("gap")
    p.add("small", "Purpose: import of handicrafts (wooden toys, playing cards)")
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


PUNE_CO = "Bookworm Toys & Games Pvt. Ltd., Pune"
COLLECTORS = ["Dr. Vasudha Pai", "Mr. Shrikant Limaye", "Mrs. Roshni Wadia", "Mr. Aniruddha Bhave"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its shop or itself on top: Chitari Kala Dalan's TAX INVOICE under a row of
    Ganjifa cards, its Marathi name and a turned lacquered rod, to a Pune toy shop (Invoice No. and Date on a
    line; Buyer and Place of Supply; Item | HSN | Qty | Rate | Amount in a table ruled on every side, Total
    under it; CGST 2.5% and SGST 2.5% at the left and the right; Amount in words; "Amount received by IMPS,
    Ref ..." printed; the Craftmark's hang tag at the right); the Kala Ghoda stall's CASH MEMO, a carbon copy
    from its bill book in the festival's days (its Marathi name over its English; No. left blank; Date and
    Name written in; the pieces written in ruled columns, Total; "रोख मिळाले" (cash received) in a Marathi
    hand; no reference); PhonePe Payment Gateway's checkout for the web shop with the payment pending under a
    tile's hourglass (a notice; Merchant Order ID, PhonePe Transaction ID, Amount, Payment mode, Initiated on
    each in a read-only field's box); WooCommerce's order received mail for the web shop ("Thank you. Your
    order has been received." and "Payment completed"; Order number, Date, Total, Payment method, Transaction
    ID against a gutter; Product | Quantity | Price on hairline rows); the shop's Dukaan seller app with an
    order paid online ("Today, <hour>"; the shop on top, the order's card: Order #, the customer, Paid, the
    sum set large, "Paid online via UPI", UPI Ref; no day); CCAvenue's payment page with a company's card
    payment failed on a tinted band (the reason in a notice; Order No., CCAvenue Ref. No., Amount, Payment
    Option, Date & Time in dot leaders); the firm's TAX INVOICE made in Refrens for a resort group's order
    under a round PAID seal (Invoice No. and Invoice Date; Billed To; the pieces in a striped table; Total;
    Payment Record: Date | Mode | Reference | Amount on hairline rows); the firm's MONEY RECEIPT (पावती) for a
    collector's commissioned Ganjifa set paid by cheque (No. struck in red; each label's Marathi over its
    English and the value written in: दिनांक / Date, यांच्याकडून / Received from, रक्कम / Amount, धनादेश क्र.
    / Cheque No., बँक / Bank, तपशील / Towards; "Received with thanks"; a revenue stamp signed across). All new
    here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=1500, high=90000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        ganjifa(p)
        mr(p, SHOP_MR, bold=True, scale=1.1)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}")
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
        rod(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"CKD/{fy(j.date)}/{rng.randrange(20, 1400):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        cols(
            p,
            "ti0",
            spec,
            f"Invoice No.: {inv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        cols(p, "ti0", spec, f"Buyer: {PUNE_CO.split(',')[0]}", "Place of Supply: 27-Maharashtra")
        p.add("gap")
        items = wares(rng, rng.randrange(2, 4), high=9000)
        taxable = sum(q * pr for _, _, q, pr in items)
        half = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * half, 2)
        rows_ = [([SHORT[t], hsn, str(q), num(pr), num(q * pr)], {}) for t, hsn, q, pr in items]
        rows_.append((["CGST 2.5% + SGST 2.5%", "", "", "", num(2 * half)], {}))
        grid(
            p,
            "ti",
            [(0.0, 0.42, "l"), (0.42, 0.54, "c"), (0.54, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "HSN", "Qty", "Rate", "Amount"],
            rows_,
            foot=(["Total", rs(j.amount)], {"amount": j.amount}),
            tint=(246, 226, 200),
        )
        kvr(p, "CGST 2.5%", num(half))
        kvr(p, "SGST 2.5%", num(half))
        sentence(p, f"Amount in words: Rupees {spelt(j.amount)} only", "small")
        p.add("gap")
        p.add(
            "left",
            f"Amount received by IMPS, Ref {j.ref}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        h279.hangtag(p, f"CM/{rng.randrange(1000, 9999)}")
        p.add("small", "Handmade in Sawantwadi. Lacquer and colours safe for children.")
        return p.done()
    if k == 1:
        in_season(j, rng, KALA_GHODA, KG_DAYS)
        p = leaf(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(246, 244, 236), (250, 248, 240)])
        h289.carbon(p)
        p.part = "head"
        mr(p, SHOP_MR, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", STALL)
        p.add("center", "CASH MEMO")
        p.part = "body"
        cols(p, "cm0", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "Kala Ghoda 2026")
        fills(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fills(p, "Name", who)
        spec = [(0.0, 0.56, "l"), (0.56, 0.7, "c"), (0.72, 1.0, "r")]
        cols(p, "cmh", spec, "Particulars", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for t, _, q, pr in wares(rng, rng.randrange(2, 4), high=3000):
            q = min(q, 4)
            hcells(p, spec, SHORT[t], str(q), num(q * pr, "indian", 0))
            j.amount += q * pr
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.56, 0.71])
        p.add("gap")
        mr_hand(p, "रोख मिळाले", scale=1.5, method="cash", status=status)
        p.add("small", "Goods once sold will not be taken back. Thank you for visiting!")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"mercury.phonepe.com/transact/pg?token={code(rng, 10, MIXED)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by PhonePe Payment Gateway")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment pending", status=status)
        warn(
            p,
            "We are waiting for your bank's confirmation. Please do not press back or pay again; we will "
            "mail you as soon as the payment is confirmed.",
            "warn",
        )
        oid = f"CKD{rng.randrange(100000, 999999)}"
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 12)}"
        field(p, "Merchant Order ID", oid, txn=(ORDER_RANK, oid))
        field(p, "PhonePe Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Payment mode", "UPI (collect request)", method="UPI")
        field(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        order = str(rng.randrange(1100, 9800))
        p = mail_page(
            rng,
            font,
            f"{SHOP} <orders@{WEB}>",
            [f"Your {SHOP} order has been received!", f"Order #{order} received"],
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Lacquerware and Ganjifa from Sawantwadi")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {who.split(' ', 1)[1].split()[0]},")
        sentence(p, "Thank you. Your order has been received. Payment completed.", status=status)
        p.add("gap")
        items = wares(rng, rng.randrange(1, 3), high=6000)
        ship = float(rng.choice([0, 150, 250]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        pid = f"pay_{code(rng, 14, MIXED)}"
        gutter(p, "wc", "Order number", order, at=0.36, txn=(ORDER_RANK, order))
        gutter(p, "wc", "Date", day_in(j, rng, ["%B {d}, %Y", "{d} %B %Y"]), at=0.36, date=j.date)
        gutter(p, "wc", "Total", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "wc", "Payment method", "UPI (Razorpay)", at=0.36, method="UPI")
        gutter(p, "wc", "Transaction ID", pid, at=0.36, txn=(TXN_RANK, pid))
        p.add("gap")
        h269.kind(p, "wcl", [(0.0, 0.6, "l"), (0.6, 0.74, "c"), (0.74, 1.0, "r")], "line", bold=(0, 1, 2))
        h269.row(p, "wcl", "Product", "Quantity", "Price")
        h269.kind(p, "wcr", [(0.0, 0.6, "l"), (0.6, 0.74, "c"), (0.74, 1.0, "r")], "line")
        for t, _, q, pr in items:
            h269.row(p, "wcr", SHORT[t], str(q), rs(q * pr))
        h269.row(p, "wcr", "Subtotal", "", rs(sub))
        h269.row(p, "wcr", "Shipping", "", rs(ship) if ship else "Free shipping")
        p.add("gap")
        p.add("small", "We will mail you the courier's tracking number when your order ships.")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 600, 22000, 0.8)
        p = phone(rng, font, k, ["", "Orders"], dark=False, buttons=("Accept and ship",))
        band(p, (20, 110, 230))
        app_head(p, "Dukaan", "Seller app  |  Orders")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", WEB)
        p.add("gap")
        c = card_open(p)
        cols(
            p,
            "dk0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Order #D{rng.randrange(10000, 99999)}",
            f"Today, {hhmm(rng, lower=rng.random() < 0.5)}",
            mode="soft",
        )
        p.add("left", who.split(" ", 1)[1])
        p.add("center", "Paid", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("small", "Paid online via UPI", method="UPI")
        p.add("small", f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref))
        card_close(p, c)
        p.add("gap")
        p.add("small", "Payout to your bank account in 2 working days")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 20000, 90000, 0.7)
        p = browser_page(rng, font, "secure.ccavenue.com/transaction/transaction.do?command=status")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", "Corporate gift order  |  Payments by CCAvenue")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Transaction Failed", status)
        warn(
            p,
            "Your card issuer declined the payment (3-D Secure authentication failed). No amount has been "
            "charged; you can try again with another card.",
            "error",
        )
        ono = f"CKDG{rng.randrange(1000, 9999)}"
        cref = str(digits(rng, 12))
        dots(p, "Order No.", ono, at=0.4, txn=(ORDER_RANK, ono))
        dots(p, "CCAvenue Ref. No.", cref, at=0.4, txn=(TXN_RANK, cref))
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Payment Option", "Credit Card", at=0.4, method="card")
        dots(p, "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.4, date=j.date)
        return p.done()
    if k == 6:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", f"{ADDRESS}  |  GSTIN {GSTIN}")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"CLK-{rng.randrange(120, 960)}"
        inv_day = earlier(rng, j, 4, 30)
        cols(
            p,
            "rf0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date {when(inv_day, '%d %b %Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Billed To: {RESORTS}, Tarkarli")
        p.add("gap")
        items = wares(rng, rng.randrange(2, 4), high=9000)
        taxable = sum(q * pr for _, _, q, pr in items)
        half = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * half, 2)
        zebra(
            p,
            "rfz",
            [(0.0, 0.56, "l"), (0.56, 0.66, "c"), (0.66, 1.0, "r")],
            ["Item", "Qty", "Amount"],
            [([SHORT[t], str(q), num(q * pr)], {}) for t, _, q, pr in items]
            + [(["CGST 2.5% + SGST 2.5%", "", num(2 * half)], {})],
            (120, 30, 40),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add("left", "Payment Record")
        way = neft_or_rtgs(j.amount)
        utr = utr_by(rng, j, "DBS Bank India", way)
        spec = [(0.0, 0.22, "l"), (0.22, 0.34, "l"), (0.34, 0.78, "l"), (0.78, 1.0, "r")]
        h269.kind(p, "rfh", spec, "line", bold=(0, 1, 2, 3))
        h269.row(p, "rfh", "Date", "Mode", "Reference", "Amount")
        h269.kind(p, "rfr", spec, "line")
        h269.row(
            p,
            "rfr",
            day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]),
            way,
            utr,
            num(j.amount),
            date=j.date,
            method="netbanking",
            txn=(UTR_RANK, utr),
            status=status,
        )
        p.add("small", "Made with Refrens. Thank you for your business!")
        h269.seal(p, "CHITARI LAKHKAM * SAWANTWADI *", ["PAID"], "red")
        return p.done()
    j.amount = float(rng.randrange(24, 120) * 500)
    p = leaf(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(252, 248, 238), (248, 246, 236)])
    shavings(p)
    p.part = "head"
    mr(p, FIRM_MR, bold=True, scale=1.1)
    name = pick(p, "title", [FIRM_CAPS, FIRM])
    top(p, name, merchant=name)
    p.add("small", ADDRESS)
    mr(p, "पावती  |  MONEY RECEIPT", bold=True)
    p.part = "body"
    p.add("rule")
    rno = str(rng.randrange(100, 900))
    h279.redno(p, "No.", rno, txn=(INVOICE_RANK, rno))
    collector = rng.choice(COLLECTORS)
    at = 0.36
    mr_lab(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%Y"]), at=at, pen=True, date=j.date)
    mr_lab(p, "यांच्याकडून", "Received from", collector, at=at, pen=True)
    mr_lab(p, "रक्कम", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", at=at, pen=True, amount=j.amount)
    mr_lab(p, "धनादेश क्र.", "Cheque No.", str(digits(rng, 6)), at=at, pen=True, method="cheque")
    mr_lab(
        p,
        "बँक",
        "Bank",
        rng.choice(["HDFC Bank, Dadar", "SBI, Margao", "Saraswat Bank, Girgaon"]),
        at=at,
        pen=True,
    )
    mr_lab(p, "तपशील", "Towards", "Ganjifa set, Dashavatara (commission)", at=at, pen=True)
    p.add("left", "Received with thanks, subject to realisation of the cheque.", status=status)
    h289.revenue(p)
    sig(p)
    p.add("right", f"for {FIRM}")
    p.add("small", "The set is painted to order and delivered in about ten weeks.")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


LAC_DEALER = "NOORANI SHELLAC TRADERS"
WOOD_MAN = "Dattaram Gawas"
POST = "India Post"
INDUSTRY = "Industrybuying"
TOOL_SHOP = "Sahyadri Woodcraft Tools"
PAPER_MILL = "KAGAD KALA HANDMADE PAPER WORKS"
COLOUR_SHOP = "SHREE GANESH RANG BHANDAR"
COLOUR_SHOP_MR = "श्री गणेश रंग भांडार"
HARDWARE = "KONKAN TOOLS & HARDWARE"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Masjid Bunder lac dealer's TAX INVOICE for lac
    sticks and shellac (Invoice No. beside its earlier Date; Buyer; the lac by the kilo on hairline rows, CGST
    2.5%, SGST 2.5%, Total under a rule and a double rule) with the accountant's sticky note "Paid by NEFT,
    UTR ..., on <day>"; a wood seller's chit in a Marathi hand, photographed lying on the turner's bench (his
    name in Latin letters at its head; "दिनांक" (date) and the day, "चितारी लाखकाम यांना" (to Chitari
    Lakhkam); पांगारा लाकूड (pangara wood) and आंब्याचे लाकूड (mango wood) by the cubic foot and वाहतूक
    (carting) with their sums, "एकूण रु." (total Rs.), "रोख मिळाले" (cash received); no reference); India
    Post's Speed Post booking receipt on a torn roll (the office, the article's barcode and number,
    DESTINATION, WEIGHT, TARIFF, GST 18%, TOTAL, PAID BY, UPI REF, DATE typed in its printer's face);
    Industrybuying's checkout with the card declined on a tinted band (the reason in a notice; Order ID,
    Items, Amount, Card, Attempted on in shaded labels); a Pune handmade paper maker's TAX INVOICE for the
    Ganjifa cards' paper (Invoice No. and its Date; the sheets in a table ruled on every side, CGST 2.5%, SGST
    2.5%, Total) with the accountant's ring round the Total, "Pd. by UPI, Ref ... on <day>" in the hand and
    her tick; Moglix's order of lathe chisels and gouges with the payment pending (its stages across the page,
    a notice; Order ID, Sold by, Item, Amount, Payment, Placed on in a table ruled on every side); a Kudal
    colour shop's BILL under its Marathi name (Date left as dots; M/s written in; the pigments, zinc white and
    gum written in ruled columns, Total; "Pd. PhonePe, Ref ..." in the hand with the accountant's tick; no
    day); a Kudal tool dealer's RECEIPT printed from Busy on a dot-matrix printer's continuous stationery
    (RECEIPT VOUCHER, Vch No., Date, Party, Amount, Mode, Bank Ref., Against Bill, the sum in words, typed in
    its printer's face). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, LAC_DEALER, merchant=LAC_DEALER)
        p.add(
            "small", f"Lac, shellac and seed lac  |  Masjid Bunder, Mumbai - 400003  |  GSTIN {gstin_in(rng)}"
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv_day = earlier(rng, j, 3, 18)
        inv = f"NST/{fy(inv_day)}/{rng.randrange(200, 3600)}"
        cols(
            p,
            "lc0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Date: {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {FIRM}, Sawantwadi (27-Maharashtra)")
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "lch", spec, "Description", "Kg", "Rate", "Amount", mode="line")
        taxable = 0.0
        for text, lo, hi, qlo, qhi in rng.sample(
            [
                ("Lac sticks, red (HSN 1301)", 640, 780, 3, 15),
                ("Lac sticks, yellow and green", 660, 800, 2, 12),
                ("Shellac flakes, lemon (HSN 1301)", 520, 640, 5, 25),
                ("Seed lac (HSN 1301)", 380, 460, 5, 30),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(qlo, qhi)
            rate = float(rng.randrange(lo, hi))
            taxable += q * rate
            cols(p, "lcl", spec, text, str(q), num(rate), num(q * rate), mode="line")
        half = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * half, 2)
        kvr(p, "CGST 2.5%", num(half))
        kvr(p, "SGST 2.5%", num(half))
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        way = neft_or_rtgs(j.amount)
        utr = utr_by(rng, j, "Bank of Maharashtra", way)
        h275.sticky(
            p,
            [
                (f"Paid by {way}", {"method": "netbanking", "status": status}),
                (f"UTR {utr}", {"txn": (UTR_RANK, utr)}),
                (f"on {day_in(j, rng, ['%d/%m/%y', '{d}.%m.%y'])} - S.P.", {"date": j.date}),
            ],
        )
        p.add("small", "Goods sent by ST parcel to Sawantwadi. Subject to Mumbai jurisdiction.")
        return p.done()
    if k == 1:
        cft_p = rng.randrange(2, 7)
        cft_m = rng.randrange(0, 4)
        rate_p = rng.choice([850, 900, 950])
        rate_m = rng.choice([700, 750, 800])
        cart = rng.choice([400, 500, 600])
        j.amount = float(cft_p * rate_p + cft_m * rate_m + cart)
        p = leaf(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 246, 236), (250, 248, 240)])
        on_bench(p)
        p.part = "head"
        writes(p, WOOD_MAN, merchant=WOOD_MAN)
        p.part = "body"
        start = len(p.rows)
        mr_hand(p, f"दिनांक {day_in(j, rng, ['%d/%m/%Y', '{d}-%m-%y'])}", date=j.date)
        mr_hand(p, "चितारी लाखकाम यांना")
        mr_hand(p, f"पांगारा लाकूड {cft_p} घनफूट x {rate_p}", figure=num(float(cft_p * rate_p), "indian", 0))
        if cft_m:
            mango = num(float(cft_m * rate_m), "indian", 0)
            mr_hand(p, f"आंब्याचे लाकूड {cft_m} घनफूट x {rate_m}", figure=mango)
        mr_hand(p, "वाहतूक", figure=num(float(cart), "indian", 0))
        mr_hand(p, "एकूण रु.", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [])
        p.add("gap")
        mr_hand(p, "रोख मिळाले", method="cash", status=status)
        writes(p, "- D. Gawas", align="r")
        return p.done()
    if k == 2:
        grams = rng.randrange(400, 4800, 50)
        tariff = float(rng.choice([41, 47, 59, 71]) + 30 * (grams // 500))
        gst = round(tariff * 0.18, 2)
        j.amount = round(tariff + gst, 2)
        p = roll_of(rng, font, [440, 460, 480], [17, 18])
        h269.torn(p)
        p.part = "head"
        p.add("center", POST, merchant=POST)
        p.add("small", "Sawantwadi S.O. - 416510")
        p.part = "body"
        p.add("center", "SPEED POST BOOKING RECEIPT")
        n_ = min(h271.tt_cols(p), 34)
        types(p, "-" * n_, scale=0.86)
        article = f"EK{digits(rng, 9)}IN"
        h269.bars(p, article)

        def line(label_: str, value: str, **facts) -> None:
            types(p, f"{label_:<11}: {value}"[:n_], scale=0.86, **facts)

        line("ARTICLE NO", article)
        line("DESTINATION", rng.choice(["PUNE 411004", "MUMBAI 400050", "PANAJI 403001", "BENGALURU 560038"]))
        line("WEIGHT", f"{grams} g")
        line("TARIFF", f"{tariff:.2f}")
        line("GST 18%", f"{gst:.2f}")
        types(p, "-" * n_, scale=0.86)
        line("TOTAL", f"{j.amount:.2f}", amount=j.amount)
        line("PAID BY", "UPI (QR)", method="UPI", status=status)
        line("UPI REF", j.ref, txn=(UTR_RANK, j.ref))
        line("DATE", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), date=j.date)
        types(p, "-" * n_, scale=0.86)
        p.add("small", "Track your article on indiapost.gov.in")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(2400, 26000, 10))
        p = browser_page(rng, font, "www.industrybuying.com/checkout/payment")
        p.part = "head"
        name = pick(p, "title", [INDUSTRY, "INDUSTRYBUYING"])
        top(p, name, merchant=name)
        p.add("small", "Tools and industrial supplies  |  Secure checkout")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment declined", status)
        warn(
            p,
            "Your bank declined the card payment (transaction limit exceeded). Your cart is saved; you can "
            "pay by net banking or UPI instead.",
            "error",
        )
        oid = f"IB{rng.randrange(10000000, 99999999)}"
        kv(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        kv(p, "Items", "Bench grinder 6 in, wood lathe tool rest", at=0.36)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Card", f"Debit card XX{digits(rng, 4)}", at=0.36, method="card")
        kv(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", ")),
            at=0.36,
            date=j.date,
        )
        return p.done()
    if k == 4:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, PAPER_MILL, merchant=PAPER_MILL)
        p.add(
            "small",
            f"Cotton rag paper made by hand  |  Shivajinagar, Pune - 411005  |  GSTIN {gstin_in(rng)}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"KK/{rng.randrange(100, 980)}/{fy(j.date)}"
        cols(
            p,
            "kp0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date {when(earlier(rng, j, 0, 4), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        rows_, taxable = [], 0.0
        for text, lo, hi, qlo, qhi in rng.sample(
            [
                ("Cotton rag paper 300 gsm, 22x30 in", 48, 64, 50, 300),
                ("Cotton rag paper 180 gsm, 22x30 in", 34, 46, 50, 400),
                ("Kozo tissue for pasting, roll", 820, 980, 1, 6),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(qlo, qhi)
            rate = float(rng.randrange(lo, hi))
            taxable += q * rate
            rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
        half = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * half, 2)
        rows_ += [(["CGST 2.5%", "", "", num(half)], {}), (["SGST 2.5%", "", "", num(half)], {})]
        grid(
            p,
            "kp",
            [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.78, "r"), (0.78, 1.0, "r")],
            ["Description", "Qty", "Rate", "Amount"],
            rows_,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(232, 236, 222),
        )
        h273.ring(p)
        p.add("gap")
        writes(
            p,
            f"Pd. by UPI, Ref {j.ref} on {day_in(j, rng, ['%d/%m/%y', '{d}.%m.%Y'])}",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        h273.tick(p)
        p.add("small", "Bank: Cosmos Bank, Shivajinagar  |  Thank you")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(180, 1600) * 10)
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Check payment status",))
        band(p, (230, 92, 30))
        app_head(p, "moglix", "Business  |  My orders")
        p.add("center", "Payment pending", status=status)
        h289.steps(p, ["Order placed", "Payment", "Shipped"], 1, status)
        warn(
            p,
            "We have not received a confirmation from your bank. The order will be processed once it "
            "arrives; please do not pay again.",
            "warn",
        )
        oid = f"MSN{digits(rng, 10)}"
        grid(
            p,
            "mg",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Order ID", oid], {"txn": (ORDER_RANK, oid)}),
                (["Sold by", TOOL_SHOP], {"merchant": TOOL_SHOP}),
                (["Item", "Lathe chisel set, 8 pcs"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment", "Net Banking (BoM)"], {"method": "netbanking"}),
                (["Placed on", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            ],
            tint=(250, 232, 220),
        )
        return p.done()
    if k == 6:
        p = leaf(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 246, 236), (246, 246, 238)])
        p.part = "head"
        mr(p, COLOUR_SHOP_MR, bold=True, scale=1.05)
        top(p, COLOUR_SHOP, merchant=COLOUR_SHOP)
        p.add("small", "Pigments, zinc white and gum  |  Bazarpeth, Kudal")
        p.add("center", "BILL")
        p.part = "body"
        p.add("left", "Date ..............")
        fills(p, "M/s", "Chitari Lakhkam, Sawantwadi")
        spec = [(0.0, 0.48, "l"), (0.48, 0.62, "c"), (0.62, 0.8, "r"), (0.82, 1.0, "r")]
        cols(p, "gsh", spec, "Item", "Qty", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Sindoor red pigment", 180, 260),
                ("Zinc white", 140, 200),
                ("Yellow ochre", 90, 140),
                ("Indigo blue", 320, 460),
                ("Gum arabic", 220, 300),
            ],
            rng.randrange(2, 5),
        ):
            q = rng.randrange(2, 12)
            rate = rng.randrange(lo, hi)
            hcells(p, spec, text, f"{q} kg", str(rate), num(float(q * rate), "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.48, 0.62, 0.81])
        p.add("gap")
        writes(p, f"Pd. PhonePe, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        h273.tick(p)
        return p.done()
    p = leaf(rng, font, [700, 740])
    p.style["paper"] = (252, 252, 248)
    h275.greenbar(p)
    p.part = "head"
    way = neft_or_rtgs(j.amount)
    utr = utr_by(rng, j, "Bank of Maharashtra", way)
    n_ = min(h271.tt_cols(p), 56)
    types(p, HARDWARE.center(n_), scale=0.9, merchant=HARDWARE)
    types(p, "Station Road, Kudal, Dist. Sindhudurg - 416520".center(n_)[:n_], scale=0.9)
    types(p, f"GSTIN {gstin_in(rng)}".center(n_), scale=0.9)
    types(p, "=" * n_, scale=0.9)
    types(p, "RECEIPT VOUCHER".center(n_), scale=0.9)
    p.part = "body"
    vno = str(rng.randrange(120, 2400))
    types(p, f"Vch No.  : {vno}", scale=0.9, txn=(INVOICE_RANK, vno))
    types(p, f"Date     : {when(j.date, '%d-%m-%Y')}", scale=0.9, date=j.date)
    types(p, f"Party    : {FIRM.upper()}"[:n_], scale=0.9)
    types(p, f"Amount   : Rs. {num(j.amount, 'indian')}", scale=0.9, amount=j.amount, status=status)
    types(p, f"Mode     : BANK ({way})", scale=0.9, method="netbanking")
    types(p, f"Bank Ref.: {utr}", scale=0.9, txn=(UTR_RANK, utr))
    types(p, "-" * n_, scale=0.9)
    bills = bills_of(rng, j, rng.randrange(1, 3), "KTH")
    for no_, day, v in bills:
        types(p, f"Against Bill {no_} dt {when(day, '%d-%m-%y')}  {num(v):>12}"[:n_], scale=0.9)
    types(p, "-" * n_, scale=0.9)
    words_ = f"Rs. {spelt(j.amount)} only"
    while words_:
        cut_at = words_[:n_].rfind(" ") if len(words_) > n_ else len(words_)
        types(p, words_[:cut_at], scale=0.9)
        words_ = words_[cut_at:].strip()
    p.add("gap")
    types(p, f"for {HARDWARE}".rjust(n_), scale=0.9)
    types(p, "Printed from BUSY 21".rjust(n_), scale=0.9)
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
PAID_TO = [
    ("NOORANI SHELLAC TRADERS", "HDFC Bank", "NEFT"),
    ("KAGAD KALA HANDMADE PAPER", "Cosmos Bank", "IMPS"),
    ("KONKAN TOOLS AND HARDWARE", "Bank of Maharashtra", "NEFT"),
    ("Dattaram Gawas", "The Sindhudurg District Central Co-operative Bank", "UPI"),
    ("SAWANTWADI TIMBER DEPOT", "Saraswat Bank", "RTGS"),
    ("KONKAN ROADLINES", "ICICI Bank", "IMPS"),
    ("VENGURLA PACKAGING", "Union Bank of India", "NEFT"),
    ("SAHYADRI WOODCRAFT TOOLS", "Kotak Mahindra Bank", "NEFT"),
]
FROM_BANK = [
    "Bank of Maharashtra",
    "Saraswat Bank",
    "IDBI Bank",
    "Cosmos Bank",
    "The Sindhudurg District Central Co-operative Bank",
    "YES BANK",
    "Bank of India",
    "TJSB Sahakari Bank",
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Bank of Maharashtra's internet banking Transaction
    Receipt of a NEFT to the lac dealer (its sentence; Particulars | Details in a table ruled on every side:
    Transaction Reference, UTR, Debit Account, Beneficiary, Beneficiary A/c, IFSC, Amount, Date, Status);
    Saraswat Bank's mobile app with an IMPS to the paper maker successful under a large tick (the sum, "to
    <payee>"; a copyable IMPS Ref No.; Date & Time, Beneficiary A/c, Remarks in dot leaders); IDBI Bank's GO
    Mobile+ with a NEFT to the hardware dealer failed in an octagon (the reason in a notice; Beneficiary,
    Amount, UTR No., Date, Failure reason at the left and the right); Cosmos Bank's app with a UPI payment to
    the wood seller under a tile's tick ("Today, <hour>"; the sum, "to <payee>" over his UPI ID; UPI Ref No.
    and From in tiles; no day); the Sindhudurg District Central Co-operative Bank's RTGS / NEFT APPLICATION
    filled in by hand under its Marathi name (the Remitter printed; each field in a form's two ruled cells,
    its English over its Marathi, the value written in: Date / दिनांक, Beneficiary / लाभार्थीचे नाव, Bank and
    branch / बँक व शाखा, Amount / रक्कम; the account number and IFSC a box to each character; RTGS and NEFT in
    boxes, RTGS ticked; the branch's TRANSFERRED stamp; UTR written in by the branch); YES BANK's iris with an
    IMPS to the carrier in process in a capsule (the sum; its stages top to bottom, a notice; Beneficiary,
    IMPS Ref No., Initiated on, From against a gutter); Bank of India's BOI Omni Neo receipt shared under the
    payee's initials ("<sum> sent to <payee>", "on <day>", "via NEFT", a QR code to verify it by; no
    reference); TJSB Sahakari Bank's app with a NEFT to the tool shop successful in a capsule (the sum;
    Beneficiary, A/c No., IFSC, UTR, Date, Remarks each label and value in a table ruled on every side). All
    new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=4000, high=150000)
    to, their_bank, way = PAID_TO[k]
    if way == "IMPS":
        j.amount = rupees(rng, 2500, 88000, 0.6)
    if way == "UPI":
        j.amount = rupees(rng, 1800, 16000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.7)
    if k == 6:
        j.amount = rupees(rng, 3500, 26000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_by(rng, j, FROM_BANK[k], way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXXX{digits(rng, 4)}"
    ifsc = f"{IFSC.get(their_bank, 'HDFC')}0{digits(rng, 6)}"
    if k == 0:
        p = browser_page(rng, font, "www.mahaconnect.in/ibank/transfer/receipt")
        p.part = "head"
        top(p, "Bank of Maharashtra")
        p.add("small", "mahaconnect Internet Banking  |  Transaction Receipt")
        p.add("rule")
        p.part = "body"
        sentence(p, "Your NEFT transaction has been completed successfully.", status=status)
        p.add("gap")
        ref = f"MAHA{j.date:%y%m%d}{digits(rng, 6)}"
        grid(
            p,
            "bm",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["Transaction Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", f"60{digits(rng, 2)}XXXXXX{digits(rng, 3)}"], {}),
                (["Beneficiary", to], {"merchant": to}),
                (["Beneficiary A/c", acct], {}),
                (["IFSC", ifsc], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "method": method}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
                (["Status", "Completed"], {}),
            ],
            tint=(222, 232, 246),
        )
        p.add("gap")
        p.add("small", "This is a system generated receipt and needs no signature.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 84, 166))
        app_head(p, "Saraswat Bank", "Mobile Banking  |  IMPS")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {to.title()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        copyrow(p, "IMPS Ref No.", utr, txn=(UTR_RANK, utr))
        dots(
            p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", ")), at=0.4, date=j.date
        )
        dots(p, "Beneficiary A/c", acct, at=0.4, method=method)
        dots(p, "Remarks", "handmade paper", at=0.4)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Try again",))
        band(p, (0, 110, 90))
        app_head(p, "GO Mobile+", "IDBI Bank  |  NEFT")
        h294.octa(p, status)
        p.add("center", "Transaction Failed", status=status)
        warn(
            p,
            "The beneficiary bank rejected the credit: the account number does not match the IFSC. The "
            "amount has been reversed to your account.",
            "error",
        )
        kvr(p, "Beneficiary", to, merchant=to)
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "UTR No.", utr, txn=(UTR_RANK, utr), method=method)
        kvr(p, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        kvr(p, "Failure reason", "Invalid account")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (150, 24, 40))
        app_head(p, "Cosmos Bank", "Mobile Banking  |  UPI")
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        h287.tile(p, status)
        p.add("center", "Paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("small", f"dattaram.gawas{rng.randrange(10, 99)}@oksbi")
        p.add("gap")
        tiles2(
            p,
            ("UPI Ref No.", utr),
            ("From", f"Current XX{digits(rng, 4)}"),
            txn=(UTR_RANK, utr),
            method=method,
        )
        kvr(p, "Note", "pangara wood, two loads")
        return p.done()
    if k == 4:
        p = leaf(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(246, 248, 240), (250, 246, 236)])
        one_pen(p)
        p.part = "head"
        mr(p, "दि सिंधुदुर्ग जिल्हा मध्यवर्ती सहकारी बँक लि.", bold=True)
        top(
            p,
            pick(
                p,
                "title",
                ["THE SINDHUDURG DISTRICT CENTRAL CO-OP. BANK LTD.", "SINDHUDURG DIST. CENTRAL CO-OP. BANK"],
            ),
        )
        p.add("small", "Sawantwadi Branch  |  RTGS / NEFT APPLICATION (CUSTOMER COPY)")
        p.part = "body"
        p.add("gap")
        p.add("left", f"Remitter: {FIRM}, Sawantwadi")
        name = to.title()
        amount_text = f"Rs. {num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}"
        mr_box(p, "Date", "दिनांक", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), at=0.36, pen=True, date=j.date)
        mr_box(p, "Beneficiary", "लाभार्थीचे नाव", name, at=0.36, pen=True, merchant=name)
        mr_box(p, "Bank and branch", "बँक व शाखा", "Saraswat Bank, Kudal", at=0.36, pen=True)
        mr_box(p, "Amount", "रक्कम", amount_text, at=0.36, pen=True, amount=j.amount)
        h269.comb(p, "A/c No.", str(digits(rng, 12)))
        h269.comb(p, "IFSC", ifsc)
        h269.ticks(p, ["RTGS", "NEFT"], 0, method=method)
        h271.rstamp(p, ["SDCC BANK SAWANTWADI", "TRANSFERRED", "RTGS"], "violet", at=0.55, rows_=5)
        fills(p, "UTR", utr, txn=(UTR_RANK, utr), status=status)
        p.add("gap")
        sig(p)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Refresh",))
        band(p, (0, 70, 150))
        app_head(p, "iris", "YES BANK  |  IMPS")
        chip(p, "In process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        h271.step(p, "Debited", "from your account", "done")
        h271.step(p, "Sent to beneficiary bank", "", "done")
        h271.step(p, "Credit confirmation", "awaited", "pending")
        warn(
            p, "The beneficiary bank has not confirmed the credit yet. Please do not transfer again.", "warn"
        )
        gutter(p, "ir", "Beneficiary", to, at=0.34, merchant=to)
        gutter(p, "ir", "IMPS Ref No.", utr, at=0.34, txn=(UTR_RANK, utr), method=method)
        gutter(
            p,
            "ir",
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.34,
            date=j.date,
        )
        gutter(p, "ir", "From", f"YES Current XX{digits(rng, 4)}", at=0.34)
        return p.done()
    if k == 6:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 580]), size=rng.choice([20, 21]))
        p.style["paper"] = (246, 242, 236)
        p.part = "head"
        p.add("title", "Bank of India")
        p.add("small", "BOI Omni Neo  |  Transaction receipt")
        p.part = "body"
        p.add("gap")
        h273.avatar(p, initials(to), (240, 120, 30))
        p.add("center", "Transaction Successful", status=status)
        line = pick(p, "center", [f"{rs(j.amount)} sent to {to}", f"{rs(j.amount)} sent to Vengurla Pack"])
        p.add("center", line, amount=j.amount, merchant=line.split(" sent to ", 1)[1])
        p.add("small", f"on {day_in(j, rng, ['{d} %B %Y', '%d/%m/%Y'])}", date=j.date)
        p.add("small", "via NEFT  |  boxes for the Ganjifa sets", method=method)
        p.add("gap")
        h269.qr(p, f"boi{j.amount}{to}", "c", 4)
        p.add("small", "Scan to verify this receipt")
        return p.done()
    p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
    band(p, (20, 60, 120))
    app_head(p, "TJSB Sahakari Bank", "Mobile Banking  |  NEFT")
    pill(p, "Success", status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    grid(
        p,
        "tj",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        None,
        [
            (["Beneficiary", to], {"merchant": to}),
            (["A/c No.", acct], {}),
            (["IFSC", ifsc], {}),
            (["UTR", utr], {"txn": (UTR_RANK, utr), "method": method}),
            (["Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
            (["Remarks", "lathe chisels"], {}),
        ],
        tint=(226, 232, 244),
    )
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


LATHE_WORK = [
    ("Bhingri tops turned", 8, 14),
    ("Fruit blanks turned", 12, 20),
    ("Chowrang legs turned", 40, 70),
    ("Bhatukli pots turned", 6, 11),
    ("Pieces lacquered", 9, 16),
]
MR_NAMES = {
    "Sunita Naik": "सुनिता",
    "Pradnya Gawas": "प्रज्ञा",
    "Vaishali Kambli": "वैशाली",
    "Rupali Redkar": "रुपाली",
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its turners, painters and the shop's staff: a turner's WAGE ACCOUNT under its Marathi
    heading "मजुरी हिशोब" (wage account), shavings and lac chips in its margins (Turner written in; the days'
    work, pieces, rate and sum written in ruled columns, Total; Paid on written in; "Paid by UPI, Ref ..." in
    the hand); a painter's attendance card under its Marathi heading "हजेरी पत्रक" (attendance sheet) for a
    month (Painter and Month written in; her days in two rows of boxes, each ticked, marked A or left empty on
    a Sunday; Days present, Daily wage, Wages in shaded labels; Paid on written in; "Paid by UPI, Ref ..." in
    the hand); greytHR's payslip for the shop's salesman (Employee Code, Name, Designation, Date of Joining,
    Bank A/c, PF No. two pairs to a row with colons; Earnings | Amount | Deductions | Amount in a striped
    table; Net Pay under a rule and a double rule; Payment Mode, UTR, Paid on at the left and the right);
    Airtel Thanks' UPI payment to a turner failed under a large cross (the sum, "to <payee>", the reason in a
    notice; UPI Ref No and Attempted on in tiles; From); PhonePe's payment to a painter pending under a clock
    (the sum, "Paying <payee>", its stages top to bottom; Transaction ID, Started on, Debit from in dot
    leaders); the workshop's Ganeshotsav advance receipt (उचल पावती, advance receipt) on its printed pad (Date
    and Name written in; "गणेशोत्सवासाठी उचल रु. x/- रोख मिळाले" (received Rs. x in cash as a Ganeshotsav
    advance) in a Marathi hand; her signature; no reference); the firm's PAYMENT VOUCHER pad under its Marathi
    heading "जावक पावती" (payment voucher) (Voucher No. struck in red; Date, Paid to, Rs. and Towards written
    in; Cash, UPI and Cheque in boxes, UPI ticked; UPI Ref written in; the receiver's signature); Axis Mobile
    with a UPI payment to a turner ("Today, <hour>"; a tile's tick, the sum, "to <payee>"; a copyable UPI Ref
    No.; From, Remarks; no day). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=1500, high=26000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = rng.choice(TURNERS)
    if k == 0:
        p = leaf(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
        shavings(p)
        p.part = "head"
        mr(p, "मजुरी हिशोब", scale=1.2, bold=True)
        p.add("center", "WAGE ACCOUNT")
        p.add("small", f"{WORKSHOP}  |  {TOWN}")
        p.part = "body"
        p.add("rule")
        fills(p, "Turner", worker, merchant=worker)
        spec = [(0.0, 0.14, "l"), (0.14, 0.58, "l"), (0.58, 0.68, "c"), (0.68, 0.82, "r"), (0.84, 1.0, "r")]
        cols(p, "wa", spec, "Date", "Work", "Pcs", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        day0 = j.date - dt.timedelta(days=rng.randrange(8, 14))
        for n_, (text, lo, hi) in enumerate(rng.sample(LATHE_WORK, rng.randrange(3, 5))):
            pcs = rng.randrange(12, 80) if lo < 20 else rng.randrange(4, 16)
            rate = rng.randrange(lo, hi)
            day = day0 + dt.timedelta(days=n_ * 2)
            hcells(
                p, spec, when(day, "%d/%m"), text, str(pcs), str(rate), num(float(pcs * rate), "indian", 0)
            )
            j.amount += pcs * rate
        j.amount = float(j.amount)
        hcells(p, spec, "", "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.14, 0.58, 0.68, 0.83])
        p.add("gap")
        fills(p, "Paid on", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%Y"]), date=j.date)
        writes(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        writes(p, "- S. Parab", align="r")
        return p.done()
    if k == 1:
        worker = rng.choice(PAINTERS)
        month_start = (j.date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        marks_ = []
        for d in range(30):
            day = month_start + dt.timedelta(days=d)
            marks_.append("" if day.weekday() == 6 else ("A" if rng.random() < 0.1 else "v"))
        days = sum(1 for m in marks_ if m == "v")
        wage = rng.choice([400, 450, 500, 550])
        j.amount = float(days * wage)
        p = leaf(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(248, 246, 236), (244, 248, 240)])
        p.part = "head"
        mr(p, "हजेरी पत्रक", scale=1.15, bold=True)
        top(p, pick(p, "title", [FIRM_CAPS, FIRM]))
        p.add("small", f"{WORKSHOP}  |  Painting room")
        p.part = "body"
        p.add("rule")
        fills(p, "Painter", worker, merchant=worker)
        fills(p, "Month", when(month_start, "%B %Y"))
        h277.days_grid(p, 1, marks_[:15])
        h277.days_grid(p, 16, marks_[15:30])
        p.add("gap")
        kv(p, "Days present", str(days), at=0.42)
        kv(p, "Daily wage", f"Rs. {num(float(wage), 'indian', 0)}", at=0.42)
        kv(p, "Wages", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.42, amount=j.amount)
        p.add("gap")
        fills(p, "Paid on", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%Y"]), date=j.date)
        writes(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 2:
        worker = STAFF[0]
        basic = float(rng.randrange(100, 160) * 100)
        hra = float(round(basic * 0.25, -1))
        special = float(rng.choice([1000, 1500, 2000]))
        pf = float(round(min(basic, 15000) * 0.12))
        pt = 200.0
        j.amount = basic + hra + special - pf - pt
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_CAPS]))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for {j.month(1)}")
        p.part = "body"
        joined = dt.date(rng.randrange(2017, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.52, 0.74, "l"), (0.74, 1.0, "l")]
        h271.colkv(
            p,
            "gh",
            spec,
            "Employee Code:",
            f"CKD{rng.randrange(3, 40):03d}",
            "Name:",
            worker,
            merchant=worker,
        )
        h271.colkv(
            p, "gh", spec, "Designation:", "Sales Associate", "Date of Joining:", when(joined, "%d %b %Y")
        )
        h271.colkv(
            p, "gh", spec, "Bank A/c:", f"BoM XX{digits(rng, 4)}", "PF No.:", f"MH/SWD/{digits(rng, 5)}"
        )
        p.add("gap")
        zebra(
            p,
            "ghz",
            [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident Fund", num(pf)], {}),
                (["HRA", num(hra), "Professional Tax", num(pt)], {}),
                (["Special Allowance", num(special), "", ""], {}),
                (["Gross Earnings", num(basic + hra + special), "Total Deductions", num(pf + pt)], {}),
            ],
            (40, 90, 150),
        )
        total(p, "Net Pay", rs(j.amount), at=0.55, amount=j.amount)
        utr = utr_by(rng, j, "Bank of Maharashtra", "NEFT")
        kvr(p, "Payment Mode", "Bank Transfer (NEFT)", method="netbanking", status=status)
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        kvr(p, "Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        p.add("small", "This payslip is generated by greytHR and does not require a signature.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry",))
        band(p, (228, 0, 40))
        app_head(p, "Airtel Thanks", "UPI")
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        warn(
            p,
            "The receiver's bank is not responding at the moment (U91). No money has been debited.",
            "error",
        )
        tiles2(
            p,
            ("UPI Ref No", j.ref),
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        kvr(p, "From", f"Airtel Payments Bank {masked(p.font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        worker = rng.choice(PAINTERS)
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Check status",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "Transaction details")
        sicon(p, status)
        p.add("center", "Payment Pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"Paying {worker}", merchant=worker)
        p.add("gap")
        h271.step(p, "Debited from your account", "", "done")
        h271.step(p, "Credit to receiver", "awaiting bank", "pending")
        p.add("gap")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 12)}"
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Started on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        dots(p, "Debit from", f"BoM XX{digits(rng, 4)}", at=0.36, method="UPI")
        return p.done()
    if k == 5:
        worker = rng.choice(list(MR_NAMES))
        in_season(j, rng, GANESH - dt.timedelta(days=12), 10)
        j.amount = float(rng.choice([2000, 2500, 3000, 4000, 5000]))
        p = leaf(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 250, 242), (248, 246, 238)])
        p.part = "head"
        mr(p, FIRM_MR, bold=True)
        top(p, pick(p, "title", [FIRM_CAPS, FIRM]))
        p.add("small", f"{WORKSHOP}  |  {TOWN}")
        mr(p, "उचल पावती  |  ADVANCE RECEIPT", bold=True)
        p.part = "body"
        p.add("rule")
        fills(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), date=j.date)
        fills(p, "Name", worker, merchant=worker)
        p.add("gap")
        mr_hand(p, "गणेशोत्सवासाठी उचल", scale=1.3)
        mr_hand(
            p,
            f"रु. {num(j.amount, 'indian', 0)}/- रोख मिळाले",
            scale=1.3,
            amount=j.amount,
            method="cash",
            status=status,
        )
        p.add("gap")
        mr_hand(p, MR_NAMES[worker], align="r", scale=1.3)
        p.add("right", "Receiver's signature")
        return p.done()
    if k == 6:
        worker = rng.choice(PAINTERS)
        j.amount = float(rng.randrange(12, 90) * 100)
        p = leaf(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(250, 248, 242), (246, 248, 244)])
        one_pen(p)
        p.part = "head"
        mr(p, "जावक पावती", bold=True, scale=1.1)
        top(p, pick(p, "title", [FIRM_CAPS, FIRM]))
        p.add("small", ADDRESS)
        p.add("center", "PAYMENT VOUCHER")
        p.part = "body"
        p.add("rule")
        vno = str(rng.randrange(40, 700))
        h279.redno(p, "Voucher No.", vno, txn=(INVOICE_RANK, vno))
        fills(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%Y"]), date=j.date)
        fills(p, "Paid to", worker, merchant=worker)
        fills(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        fills(p, "Towards", "Ganjifa cards painted (piece work)")
        h269.ticks(p, ["Cash", "UPI", "Cheque"], 1, method="UPI")
        fills(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref), status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Receiver's signature")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    band(p, (151, 20, 77))
    app_head(p, "Axis Mobile", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, status)
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {worker}", merchant=worker)
    p.add("gap")
    copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "From", f"Axis Current {masked(p.font)}{digits(rng, 4)}", method="UPI")
    kvr(p, "Remarks", "turning wages")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


SMC = "Sawantwadi Municipal Council"
SMC_MR = "सावंतवाडी नगर परिषद"
FOREST = "FOREST DEPARTMENT, GOVERNMENT OF MAHARASHTRA"
FOREST_MR = "वन विभाग, महाराष्ट्र शासन"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed: the Sawantwadi Municipal Council's
    property tax e-receipt for the workshop under its Marathi name (each label's Marathi over its English, the
    value after it: मालमत्ता क्र. / Property No., मालकाचे नाव / Owner, कर वर्ष / Tax Year, भरलेली रक्कम /
    Amount Paid, पावती क्र. / Receipt No., व्यवहार क्र. / Transaction ID, भरणा दिनांक / Payment Date, भरणा
    पद्धत / Mode); GRAS' e-challan (MTR Form Number-6) for the firm's profession tax (GRN and its barcode;
    Department, Type of Payment, Office, Year, PAN, Party, Amount, Bank, Bank CIN, Status, Payment Date in a
    table ruled on every side); Aaple Sarkar's payment receipt for the shop's intimation under the Shops and
    Establishments Act (Successful; Department, Service, Application ID, Amount, Transaction ID, Bank Ref.
    No., Date & Time on hairline rows); the income tax portal's e-Pay Tax with the firm's advance tax pending
    with the bank (a capsule, a notice; CRN, PAN, Assessment Year, Type of Payment, Amount, Payment Mode,
    Created on against a gutter); the MahaTraffic app with an e-challan on the delivery tempo failed under a
    tile's cross (the police under the app's bar, the reason in a notice; Challan No., Vehicle No., Offence,
    Amount, Transaction ID, Mode, Attempted on each value over its label); the Forest Department's receipt
    from its book for the transit pass of a load of pangara logs under its Marathi name (No. left blank; Date,
    Received from and Towards written in; Rs. in a box; "रोख मिळाले" (cash received) in a Marathi hand; the
    range office's oval stamp; the Range Forest Officer's signature; no reference); UMANG's EPFO challan paid
    ("Today, <hour>"; EPFO under the app's bar; a tile's tick, Payment successful, the sum; TRRN and Bank Ref
    No. in tiles; Wage month, Paid via; no day); Bharatkosh's receipt for the Development Commissioner
    (Handicrafts)' stall fee (its sentence; Bharatkosh Transaction Ref. No., Ministry, PAO, Purpose,
    Depositor, Amount, Bank Ref. No., Payment Date, Mode in a striped table). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=600, high=36000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        j.amount = float(rng.choice([2164, 2896, 3418, 4760]))
        p = browser_page(rng, font, "mahaulb.gov.in/sawantwadi/propertytax/receipt")
        p.part = "head"
        mr(p, SMC_MR, bold=True, scale=1.05)
        name = pick(p, "title", [SMC, "Sawantwadi Nagar Parishad"])
        top(p, name, merchant=name)
        p.add("small", "Property Tax  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        first = j.date.year if j.date.month >= 4 else j.date.year - 1
        rno = f"SWD/PT/{fy(j.date)}/{digits(rng, 6)}"
        tid = f"MUL{digits(rng, 12)}"
        at = 0.36
        mr_lab(
            p,
            "मालमत्ता क्र.",
            "Property No.",
            f"{rng.randrange(1, 9)}/{rng.randrange(100, 999)}/{rng.randrange(1, 9)}",
            at=at,
        )
        mr_lab(p, "मालकाचे नाव", "Owner", OWNER_CAPS, at=at)
        mr_lab(p, "कर वर्ष", "Tax Year", f"{first}-{first + 1}", at=at)
        mr_lab(p, "भरलेली रक्कम", "Amount Paid", rs(j.amount), at=at, bold=True, amount=j.amount)
        mr_lab(p, "पावती क्र.", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno), status=status)
        mr_lab(p, "व्यवहार क्र.", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
        mr_lab(p, "भरणा दिनांक", "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        mr_lab(p, "भरणा पद्धत", "Mode", "UPI", at=at, method="UPI")
        p.add("small", "Computer generated receipt; no signature is required.")
        return p.done()
    if k == 1:
        j.amount = 2500.0
        p = browser_page(rng, font, "gras.mahakosh.gov.in/echallan/challan/print")
        p.part = "head"
        top(p, "GOVERNMENT OF MAHARASHTRA")
        p.add("small", "GRAS - Government Receipt Accounting System  |  MTR Form Number-6")
        p.add("rule")
        p.part = "body"
        grn = f"MH{digits(rng, 10)}{j.date.year}{(j.date.year + 1) % 100}E"
        cols(p, "gr0", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], f"GRN {grn}", "e-Challan", txn=(TXN_RANK, grn))
        h269.bars(p, grn)
        dept = "Goods and Services Tax Department"
        cin = f"0230{digits(rng, 3)}{j.date:%Y%m%d}{digits(rng, 5)}"
        grid(
            p,
            "gr",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Department", dept], {"merchant": dept}),
                (["Type of Payment", "PTEC - Profession Tax (enrolment)"], {}),
                (["Office", "Sindhudurg - Kudal"], {}),
                (["Year", f"{j.date.year}-{(j.date.year + 1) % 100}"], {}),
                (["PAN", PAN], {}),
                (["Party", FIRM.upper()], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank", "Bank of Maharashtra (net banking)"], {"method": "netbanking"}),
                (["Bank CIN", cin], {"txn": (BANK_RANK, cin)}),
                (["Status", "Paid (credited to Government)"], {"status": status}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            ],
            tint=(230, 226, 212),
        )
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([23.6, 50.0, 118.0, 236.0]))
        p = browser_page(rng, font, "aaplesarkar.mahaonline.gov.in/payment/receipt")
        p.part = "head"
        top(p, "Aaple Sarkar")
        p.add("small", "Government of Maharashtra  |  Payment Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        dept = rng.choice(["Labour Department, Government of Maharashtra", "Labour Department"])
        aid = f"SEA{j.date:%y}{digits(rng, 8)}"
        tid = f"AS{digits(rng, 14)}"
        bref = str(digits(rng, 12))
        h269.kind(p, "as", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], "line", bold=(1,))
        h269.row(p, "as", "Department", dept, merchant=dept)
        h269.row(p, "as", "Service", "Intimation, Shops and Establishments")
        h269.row(p, "as", "Application ID", aid)
        h269.row(p, "as", "Amount", rs(j.amount), amount=j.amount)
        h269.row(p, "as", "Transaction ID", tid, txn=(TXN_RANK, tid))
        h269.row(p, "as", "Bank Ref. No.", bref, txn=(BANK_RANK, bref), method="UPI")
        h269.row(p, "as", "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        p.add("small", "Payment made by UPI. Keep this receipt for your records.")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(8, 90) * 1000)
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/payment-status")
        p.part = "head"
        name = pick(p, "title", ["Income Tax Department, Government of India", "Income Tax Department"])
        top(p, name, merchant=name)
        p.add("small", "e-Filing portal  |  e-Pay Tax  |  Payment status")
        p.add("rule")
        p.part = "body"
        chip(p, "Pending with bank", status)
        warn(
            p,
            "The bank has not yet confirmed this payment. Please do not pay this challan again; its status "
            "will be updated within 24 hours.",
            "warn",
        )
        crn = f"{digits(rng, 14)}"
        fy_start = j.date.year if j.date.month >= 4 else j.date.year - 1
        ay = f"AY {fy_start + 1}-{(fy_start + 2) % 100}"
        gutter(p, "it", "CRN", crn, at=0.36, txn=(INVOICE_RANK, crn))
        gutter(p, "it", "PAN", f"ADQPC{masked(p.font, 4)}K", at=0.36)
        gutter(p, "it", "Assessment Year", ay, at=0.36)
        gutter(p, "it", "Type of Payment", "Advance Tax (100)", at=0.36)
        gutter(p, "it", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "it", "Payment Mode", "Net Banking (Bank of Maharashtra)", at=0.36, method="netbanking")
        gutter(
            p,
            "it",
            "Created on",
            at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)),
            at=0.36,
            date=j.date,
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = phone(rng, font, k, ["", "e-Challan"], dark=False, buttons=("Retry payment",))
        band(p, (20, 50, 110))
        app_head(p, "MahaTraffic", "Pay e-challan")
        name = pick(p, "center", ["Maharashtra Traffic Police", "Maharashtra Highway Traffic Police"])
        p.add("center", name, merchant=name)
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        warn(
            p,
            "The payment gateway did not get a response from your bank. The challan is still unpaid.",
            "error",
        )
        cno = f"MH{rng.randrange(1, 99):02d}{digits(rng, 14)}"
        tid = f"MTP{digits(rng, 11)}"
        vlab(p, "Challan No.", cno, bold=False, txn=(INVOICE_RANK, cno))
        vlab(p, "Vehicle No.", f"MH07{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}", bold=False)
        vlab(p, "Offence", "No parking (goods vehicle)", bold=False)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
        vlab(p, "Mode", "Debit Card", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([150, 300, 450, 600]))
        p = leaf(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(244, 240, 226), (240, 244, 232)])
        p.part = "head"
        mr(p, FOREST_MR, bold=True, scale=1.05)
        name = pick(p, "title", [FOREST, "Forest Department, Maharashtra"])
        top(p, name, merchant=name)
        p.add("small", "Range Forest Office, Sawantwadi  |  RECEIPT")
        p.part = "body"
        p.add("rule")
        p.add("left", "No. ..........")
        fills(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%y"]), date=j.date)
        fills(p, "Received from", f"{FIRM}")
        fills(p, "Towards", "Transit pass, pangara logs 2 cu.m")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        mr_hand(p, "रोख मिळाले", scale=1.4, method="cash", status=status)
        h287.oval(p, ["RANGE FOREST OFFICER", "SAWANTWADI", "SINDHUDURG"], "violet", at=0.62, rows_=3)
        sig(p)
        p.add("right", "Range Forest Officer")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(3600, 14000))
        p = phone(rng, font, k, ["", "UMANG"], dark=False, buttons=("Download receipt",))
        band(p, (40, 40, 120))
        app_head(p, "UMANG", "EPFO  |  Pay ECR challan")
        name = pick(p, "center", ["Employees' Provident Fund Organisation", "EPFO"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        trrn = str(digits(rng, 13))
        bref = f"MAHB{digits(rng, 10)}"
        tiles2(p, ("TRRN", trrn), ("Bank Ref No.", bref), txn=(BANK_RANK, bref))
        kvr(p, "Wage month", j.month(1))
        kvr(p, "Paid via", "Net Banking", method="netbanking")
        return p.done()
    j.amount = float(rng.choice([1000, 1500, 2500, 5000]))
    p = browser_page(rng, font, "bharatkosh.gov.in/Payment/PaymentReceipt")
    p.part = "head"
    top(p, "Bharatkosh")
    p.add("small", "Non-Tax Receipt Portal  |  Controller General of Accounts  |  e-Receipt")
    p.add("rule")
    p.part = "body"
    sentence(p, "Your payment has been received successfully. Details are given below.", status=status)
    p.add("gap")
    ref = f"{j.date:%d%m%y}{digits(rng, 8)}"
    bref = f"MAHB{digits(rng, 9)}"
    ministry = "Ministry of Textiles"
    zebra(
        p,
        "bk",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        ["e-Receipt", ""],
        [
            (["Transaction Ref. No.", ref], {"txn": (TXN_RANK, ref)}),
            (["Ministry", ministry], {"merchant": ministry}),
            (["PAO", "PAO (Textiles), Mumbai"], {}),
            (["Purpose", "Stall fee, Gandhi Shilp Bazaar"], {}),
            (["Depositor", clip(FIRM, 30)], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
            (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            (["Mode", "Net Banking"], {"method": "netbanking"}),
        ],
        (150, 90, 20),
    )
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or named in its message: HDFC ERGO's
    PREMIUM RECEIPT for the workshop's Business Suraksha Classic policy (Receipt No., Receipt Date, Policy
    No., Insured, Risk Location, Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR in dot
    leaders); SBI General's premium receipt for the shop's policy with its counterfoil at the left behind a
    perforation (the counterfoil's Receipt No., Date and Rs.; the receipt's "Received with thanks from ...",
    Receipt No., Date, Policy No., Premium, GST 18%, Total, Mode, UPI Ref.); Care Health's app with a
    renewal's card payment failed on a scalloped badge (the insurer under the app, the reason in a notice;
    Policy No., Premium, Payment ID, Card, Attempted on each in a read-only field's box); HDFC Life's mail of
    a term premium received (its sentence; Policy No., Plan, Premium, Payment mode, Transaction ID, Next due
    date at the left and the right); ACKO's app with the delivery tempo's policy renewed ("Today, <hour>"; the
    insurer under the app, a large tick, Policy renewed, the sum; Policy No. and Payment ID, labels small over
    their values two to a row; Paid via; no day); IFFCO-Tokio's marine cargo certificate page for a
    consignment to Nuremberg (its sentence; Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total
    Premium, Payment, Transaction ID, Payment Date in dot leaders); Axis Max Life's premium payment in process
    under a spinner (the insurer under the app, its stages left to right, a notice; Policy No., Premium,
    Transaction ID, Mode, Initiated on against a gutter); SBI Life's SMS of a premium received ("Dear
    Policyholder, we have received Rs.x towards renewal premium of Policy No. ... on <dd/mm/yyyy> through
    NACH. Thank you. - SBI Life"; no reference). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(6,))
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
        name = pick(
            p, "title", ["HDFC ERGO General Insurance Company Limited", "HDFC ERGO General Insurance"]
        )
        top(p, name, merchant=name)
        p.add("small", "Business Suraksha Classic  |  Kolhapur branch")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        rno = f"HE{j.date:%y}{digits(rng, 10)}"
        utr = utr_by(rng, j, "Bank of Maharashtra", "NEFT")
        insured = float(rng.randrange(10, 60) * 100000)
        for label_, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno), "status": status}),
            ("Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Policy No.", f"2999 2040 {digits(rng, 4)} {digits(rng, 4)} 000", {}),
            ("Insured", FIRM, {}),
            ("Risk Location", f"{WORKSHOP}, Chitar Ali", {}),
            ("Sum Insured", rs(insured), {}),
            ("Net Premium", num(net), {}),
            ("CGST 9%", num(half), {}),
            ("SGST 9%", num(half), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
            ("Mode", "NEFT", {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            dots(p, label_, value, at=0.38, **facts)
        p.add("gap")
        p.add("small", "Subject to realisation of the premium. This is a computer generated receipt.")
        return p.done()
    if k == 1:
        p = leaf(rng, font, [780, 820])
        p.style["paper"] = (252, 252, 248)
        p.part = "head"
        name = pick(p, "title", ["SBI General Insurance Company Ltd.", "SBI General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Shop Owners' Insurance  |  Premium receipt")
        p.add("rule")
        p.part = "body"
        rno = f"SG{j.date:%y}{digits(rng, 8)}"
        day = day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])
        spec = [(0.0, 0.3, "l"), (0.34, 1.0, "l")]
        start = len(p.rows)
        h271.colkv(p, "sg", spec, "COUNTERFOIL", f"Received with thanks from {SHOP}.", status=status)
        h271.colkv(p, "sg", spec, f"No. {rno[-6:]}", f"Receipt No. {rno}", txn=(INVOICE_RANK, rno))
        h271.colkv(p, "sg", spec, f"Dt. {when(j.date, '%d/%m/%y')}", f"Date {day}", date=j.date)
        h271.colkv(p, "sg", spec, f"Rs. {num(j.amount, 'indian')}", f"Policy No. 0000000{digits(rng, 9)}")
        h271.colkv(p, "sg", spec, "", f"Premium {num(net)}   GST 18% {num(round(j.amount - net, 2))}")
        h271.colkv(p, "sg", spec, "", f"Total {rs(j.amount)}", amount=j.amount)
        h271.colkv(p, "sg", spec, "", "Mode UPI", method="UPI")
        h271.colkv(p, "sg", spec, "", f"UPI Ref. {j.ref}", txn=(UTR_RANK, j.ref))
        h271.perf(p, start, 0.32)
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Renew policy"], dark=False, buttons=("Retry payment",))
        band(p, (0, 120, 110))
        app_head(p, "Care Health", "Renew policy")
        name = pick(p, "center", ["Care Health Insurance Ltd.", "Care Health Insurance"])
        p.add("center", name, merchant=name)
        h287.burst(p, status)
        p.add("center", "Payment failed", status=status)
        warn(
            p,
            "Your card issuer did not authorise the payment (OTP expired). Your policy is due for renewal.",
            "error",
        )
        pid = f"CHI{digits(rng, 12)}"
        field(p, "Policy No.", str(digits(rng, 8)))
        field(p, "Premium", rs(j.amount), amount=j.amount)
        field(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        field(p, "Card", f"Credit card XX{digits(rng, 4)}", method="card")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 9000, 46000, 0.5)
        p = mail_page(
            rng,
            font,
            "HDFC Life <service@hdfclife.com>",
            ["Premium received with thanks", "Your premium receipt"],
        )
        p.part = "head"
        name = pick(p, "title", ["HDFC Life Insurance Company Limited", "HDFC Life"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        sentence(
            p,
            f"Thank you. We have received your premium of {rs(j.amount)} on "
            f"{day_in(j, rng, ['%d/%m/%Y', '{d} %B %Y'])} and your policy continues in force.",
            status=status,
            date=j.date,
        )
        p.add("gap")
        tid = f"HL{digits(rng, 12)}"
        kvr(p, "Policy No.", str(digits(rng, 8)))
        kvr(p, "Plan", "HDFC Life Click 2 Protect Supreme")
        kvr(p, "Premium", rs(j.amount), amount=j.amount)
        kvr(p, "Payment mode", "Net Banking", method="netbanking")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Next due date", when(j.date + dt.timedelta(days=365), "%d/%m/%Y"))
        p.add(
            "small", "HDFC Life Insurance Co. Ltd., Mumbai. This is an automated mail; please do not reply."
        )
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 7000, 26000, 0.6)
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("Download policy",))
        band(p, (80, 40, 160))
        app_head(p, "ACKO", "Car & commercial vehicle")
        name = pick(p, "center", ["ACKO General Insurance Ltd.", "ACKO General Insurance"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        sicon(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        pid = f"pay_{code(rng, 14, MIXED)}"
        two_up(p, "ak", ("Policy No.", f"DCCV{digits(rng, 8)}"), ("Payment ID", pid), txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "Vehicle", f"MH07{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)} (tempo)")
        return p.done()
    if k == 5:
        insured = float(rng.randrange(4, 30) * 50000)
        prem = round(insured * rng.uniform(0.002, 0.005), 2)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = browser_page(rng, font, "www.iffcotokio.co.in/marine/certificate/issued")
        p.part = "head"
        name = pick(p, "title", ["IFFCO-Tokio General Insurance Co. Ltd.", "IFFCO-Tokio General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Marine Cargo - Specific Voyage  |  Certificate issued")
        p.add("rule")
        p.part = "body"
        sentence(
            p, "Your payment was successful and the certificate of insurance has been issued.", status=status
        )
        p.add("gap")
        tid = f"ITG{digits(rng, 12)}"
        for label_, value, facts in [
            ("Certificate No.", f"MCS/{j.date:%y}/{digits(rng, 8)}", {}),
            ("Voyage", "Nhava Sheva to Hamburg, by road to Nuremberg", {}),
            ("Sum Insured", rs(insured), {}),
            ("Premium", num(prem), {}),
            ("GST 18%", num(gst), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
            ("Payment", "Net Banking (BoM)", {"method": "netbanking"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
        ]:
            dots(p, label_, value, at=0.36, **facts)
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 12000, 48000, 0.5)
        p = phone(rng, font, k, ["", "Pay premium"], dark=False, buttons=("Check status",))
        band(p, (0, 60, 120))
        app_head(p, "Axis Max Life", "My policies  |  Pay premium")
        name = pick(p, "center", ["Axis Max Life Insurance Ltd.", "Axis Max Life Insurance"])
        p.add("center", name, merchant=name)
        h279.spinner(p, AMBER)
        p.add("center", "Payment in process", status=status)
        h273.track(p, ["Initiated", "Bank", "Policy updated"], "dpt")
        warn(p, "We are waiting for your bank's confirmation. Please do not pay again.", "warn")
        tid = f"AML{digits(rng, 12)}"
        gutter(p, "mx", "Policy No.", str(digits(rng, 9)), at=0.36)
        gutter(p, "mx", "Premium", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "mx", "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        gutter(p, "mx", "Mode", "Net Banking", at=0.36, method="netbanking")
        gutter(
            p,
            "mx",
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.36,
            date=j.date,
        )
        return p.done()
    j.amount = float(rng.randrange(4000, 30000))
    text = (
        f"Dear Policyholder, we have received Rs.{num(j.amount, 'indian')} towards renewal premium of Policy "
        f"No. {digits(rng, 11)} on {when(j.date, '%d/%m/%Y')} through NACH. Thank you. - SBI Life"
    )
    p = sms_page(rng, font, "VK-SBILIF", text, j.date)
    p.add("left", text, merchant="SBI Life", amount=j.amount, date=j.date, method="netbanking", status=status)
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("CHITARI KALA DALAN", "MOTI TALAV RD, SAWANTWADI", "BharatPe", "bharatpe"),
    ("CHITARI KALA DALAN - KALA GHODA", "FORT, MUMBAI", "Razorpay POS", "razorpay"),
    ("HOTEL FORT REGENCY", "KALA GHODA, MUMBAI", "ICICI BANK", "hotel"),
    ("MSRTC", "", "", "msrtc"),
    ("KUDAL HARDWARE MART", "STATION RD, KUDAL", "STATE BANK OF INDIA", "declined"),
    ("VIJAY SALES", "", "HDFC Bank", "sms"),
    ("RELIANCE DIGITAL", "Kudal", "BOBCARD", "cardapp"),
    ("SAGAR MALVANI KHANAVAL", "BAZARPETH, MALVAN", "Petpooja", "restaurant"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the shop's and the Kala Ghoda stall's terminals and the firm's cards elsewhere: BharatPe's
    card machine's SALE slip at Chitari Kala Dalan (each label padded to a column and its value after a colon:
    DATE, TIME, MID, TID, BATCH, INVOICE, CARD, TYPE, AUTH CODE, RRN, AMOUNT; APPROVED, CUSTOMER COPY);
    Razorpay POS' slip at the Kala Ghoda stall in the festival's days with the transaction's status unknown
    (CARD SALE; Date and Time, TID, Invoice, Card, Amount at the left and the right; TXN STATUS UNKNOWN, CHECK
    WITH BANK BEFORE RETRYING); ICICI Bank's slip at a Mumbai hotel with a tip written in (DATE and TIME on a
    line, MID and TID on a line; CARD, AUTH CODE, RRN, INVOICE; BASE AMOUNT, TIP, TOTAL; APPROVED); MSRTC's
    e-ticket for the Shivshahi bus from Sawantwadi to Mumbai Central for the stall, paid by card (Booking
    successful; Ticket No., Route, Service, Date of Journey, Seats, Fare, Reservation charges, Total Fare,
    Paid by, Transaction ID, Booked on in dot leaders); State Bank of India's slip at a Kudal hardware store
    DECLINED (51 INSUFFICIENT FUNDS); HDFC Bank's SMS of a spend on the firm's credit card ("Spent Rs.x On
    HDFC Bank Card 1234 At <MERCHANT> On <yyyy-mm-dd>:<hh:mm:ss> Not You? ..."; no reference); BOBCARD's app
    with a spend at an electronics store ("Today, <hour>"; the merchant's line and its town, the sum,
    Successful; Card and Reference No. in tiles; Category; no day); a Malvan khanaval's bill from Petpooja
    settled by card (Bill No., Date, Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; Payment:
    Card, the card and its Auth). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=600, high=42000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "razorpay":
        in_season(j, rng, KALA_GHODA, KG_DAYS)
    if layout in ("declined", "hotel", "sms", "cardapp", "razorpay"):
        j.amount = rupees(rng, 900, 24000, 0.5)
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
            f"Spent Rs.{num(j.amount, 'plain')} On HDFC Bank Card {last4} At {name} On "
            f"{j.date:%Y-%m-%d}:{t} Not You? To Block+Reissue Call 18002586161/SMS BLOCK CC {last4} to "
            "7308080808"
        )
        p = sms_page(rng, font, "AD-HDFCBK", text, j.date)
        hour, minute = int(t[:2]), t[3:5]
        p.style["h106"]["time"] = f"{(hour - 1) % 12 + 1:02d}:{minute} {'pm' if hour >= 12 else 'am'}"
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(
            rng, font, k, ["", "Transaction details"], dark=rng.random() < 0.5, buttons=("Convert to EMI",)
        )
        app_head(p, "BOBCARD", "Transactions")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Successful", status=status)
        p.add("gap")
        ref = f"{digits(rng, 6)}{code(rng, 2, UPPER)}{digits(rng, 4)}"
        tiles2(
            p,
            ("Card", f"BOBCARD One {masked(p.font)}{last4}"),
            ("Reference No.", ref),
            txn=(TXN_RANK, ref),
            method="card",
        )
        kvr(p, "Category", "Electronics")
        return p.done()
    if layout == "msrtc":
        in_season(j, rng, KALA_GHODA - dt.timedelta(days=30), 26)
        fare = float(rng.choice([985, 1040, 1115]) * rng.randrange(1, 4))
        res = float(rng.choice([10, 15]) * (fare // 985))
        j.amount = round(fare + res, 2)
        p = browser_page(rng, font, "npublic.msrtcors.com/booking/confirmation")
        p.part = "head"
        shown = pick(p, "title", ["Maharashtra State Road Transport Corporation", "MSRTC"])
        top(p, shown, merchant=shown)
        p.add("small", "MSRTC online reservation  |  e-Ticket")
        p.add("rule")
        p.part = "body"
        p.add("center", "Booking successful. Payment received.", status=status)
        p.add("gap")
        tno = f"S{digits(rng, 10)}"
        tref = f"MSR{digits(rng, 11)}"
        journey = KALA_GHODA - dt.timedelta(days=1)
        seats = int(fare // 985)
        dots(p, "Ticket No.", tno, at=0.42, txn=(ORDER_RANK, tno))
        dots(p, "Route", "Sawantwadi - Mumbai Central", at=0.42)
        dots(p, "Service", "Shivshahi (AC seater)", at=0.42)
        dots(p, "Date of Journey", when(journey, "%d-%m-%Y") + " 18:30", at=0.42)
        dots(p, "Seats", str(seats), at=0.42)
        dots(p, "Fare", num(fare), at=0.42)
        dots(p, "Reservation charges", num(res), at=0.42)
        dots(p, "Total Fare", f"Rs. {num(j.amount)}", at=0.42, bold=True, amount=j.amount)
        dots(p, "Paid by", f"{scheme} Credit Card XX{last4}", at=0.42, method="card")
        dots(p, "Transaction ID", tref, at=0.42, txn=(TXN_RANK, tref))
        dots(p, "Booked on", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.42, date=j.date)
        return p.done()
    p = roll_of(rng, font, [440, 470, 500], [17, 18])
    if rng.random() < 0.5:
        h269.torn(p)

    def fmt(v: float) -> str:
        return f"Rs.{v:,.2f}"

    if layout == "restaurant":
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", f"Malvani thali and seafood  |  {town}")
        p.add("small", f"GSTIN {gstin_in(rng, '27', 'F')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = str(rng.randrange(1200, 9999))
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("Table", f"{rng.randrange(1, 18)}")
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Surmai thali", 420),
                ("Kombdi vade", 280),
                ("Sol kadhi", 60),
                ("Bangda fry", 180),
                ("Kokum sharbat", 50),
                ("Ukadiche modak", 120),
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
        p.add("left", "Payment: Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Auth {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you, visit again! Billed on Petpooja")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "bharatpe":
        p.add("center", "SALE")
        p.add("rule")
        h271.slipline(p, "DATE", when(j.date, "%d/%m/%Y"), pad=9, date=j.date)
        h271.slipline(p, "TIME", t, pad=9)
        h271.slipline(p, "MID", mid[:12], pad=9)
        h271.slipline(p, "TID", tid, pad=9)
        h271.slipline(p, "BATCH", batch[-4:], pad=9)
        h271.slipline(p, "INVOICE", inv[-5:], pad=9, txn=(INVOICE_RANK, inv[-5:]))
        h271.slipline(p, "CARD", f"XXXXXXXXXXXX{last4}", pad=9, method="card")
        h271.slipline(p, "TYPE", f"{scheme} CHIP", pad=9)
        h271.slipline(p, "AUTH CODE", appr, pad=9, txn=(APPR_RANK, appr))
        h271.slipline(p, "RRN", j.ref, pad=9, txn=(UTR_RANK, j.ref))
        p.add("rule")
        h271.slipline(p, "AMOUNT", fmt(j.amount), pad=9, amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED. CUSTOMER COPY")
    elif layout == "razorpay":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("Date", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("Time", t[:5])
        p.pair("TID", tid)
        p.pair("Invoice", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("Card", f"{scheme} **{last4}", method="card")
        p.pair("Amount", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TXN STATUS UNKNOWN", status=status)
        p.add("small", "CHECK WITH BANK BEFORE RETRYING")
    elif layout == "hotel":
        tip = float(rng.choice([100, 150, 200, 250]))
        base = round(j.amount - tip, 2)
        p.add("center", "SALE")
        p.add("rule")
        cols(
            p,
            "ht",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"DATE:{when(j.date, '%d/%m/%y')}",
            f"TIME:{t[:5]}",
            date=j.date,
        )
        cols(p, "ht", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"MID:{mid[:10]}", f"TID:{tid}")
        p.add("left", f"CARD: {scheme} XXXX{last4}", method="card")
        p.add("left", f"AUTH CODE: {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("left", f"INVOICE: {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("rule")
        p.pair("BASE AMOUNT", fmt(base))
        p.pair("TIP", fmt(tip))
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "GUEST COPY")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INV NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 INSUFFICIENT FUNDS")
        p.add("small", "NO AMOUNT DEBITED. CUSTOMER COPY")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


MSEDCL = "Maharashtra State Electricity Distribution Co. Ltd."
MSEDCL_MR = "महाराष्ट्र राज्य विद्युत वितरण कंपनी मर्यादित"
CABLE = "SAI CABLE NETWORK"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the shop's bills: MSEDCL's (Mahavitaran's) online payment receipt for the workshop
    under its Marathi name (each field in a form's two ruled cells, its English over its Marathi: Consumer No.
    / ग्राहक क्रमांक, Consumer Name / ग्राहकाचे नाव, Billing Unit / बिलिंग युनिट, Bill Month / बिल महिना,
    Amount Paid / भरलेली रक्कम, Receipt No. / पावती क्रमांक, Transaction ID / व्यवहार क्रमांक, Payment Date /
    भरणा दिनांक, Mode / पद्धत); BSNL's Bharat Fibre bill paid for the shop under a large tick (the company
    under the app, the sum set large; Account No. and Transaction ID, Paid on and Paid via, labels small over
    their values two to a row); ICICI Bank FASTag's recharge for the delivery tempo failed on a tinted band
    (the tag's bank under the app, the reason in a notice; Vehicle No., Tag ID, Amount, Transaction Ref. No.,
    Mode, Attempted on in shaded labels); Tata Play's recharge mail (its sentence; Subscriber ID, Recharge
    Amount, Transaction ID, Recharge Date, Payment Mode, Pack against a gutter); Bharatgas' Hello BPCL app
    with a commercial cylinder's refill pending in an octagon's three dots ("for Bharatgas", a notice; Order
    No., Distributor, Amount, Payment, Initiated on in dot leaders); Airtel Thanks' postpaid bill paid on a
    scalloped badge (the company under the app, "Today, <hour>"; Bill paid, the sum; Mobile No. and
    Transaction ID in tiles; Paid via; no day); the Sawantwadi Municipal Council's water tax receipt printed
    at its counter under its Marathi heading "पाणीपट्टी पावती" (water tax receipt) (RECEIPT NO, DATE, CONN NO,
    NAME, PERIOD, ARREARS, CURRENT, TOTAL PAID, MODE, UPI REF typed in its printer's face); a cable TV
    operator's receipt from its book (No. left blank; Date, Name, Month written in; Rs. in a box; "Recd. cash"
    and the operator's initials; no reference). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=300, high=16000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getPrintReceipt")
        p.part = "head"
        mr(p, MSEDCL_MR, bold=True)
        name = pick(p, "title", [MSEDCL, "MSEDCL", "Mahavitaran"])
        top(p, name, merchant=name)
        p.add("small", "Mahavitaran  |  Online Payment Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"{j.date:%y%m}{digits(rng, 9)}"
        tid = f"MSE{digits(rng, 12)}"
        at = 0.38
        mr_box(p, "Consumer No.", "ग्राहक क्रमांक", f"2{digits(rng, 11)}", at=at)
        mr_box(p, "Consumer Name", "ग्राहकाचे नाव", OWNER_CAPS, at=at)
        mr_box(p, "Billing Unit", "बिलिंग युनिट", f"{rng.randrange(4500, 4599)} - SAWANTWADI", at=at)
        mr_box(p, "Bill Month", "बिल महिना", j.month(1), at=at)
        mr_box(p, "Amount Paid", "भरलेली रक्कम", rs(j.amount), at=at, amount=j.amount, status=status)
        mr_box(p, "Receipt No.", "पावती क्रमांक", rno, at=at, txn=(INVOICE_RANK, rno))
        mr_box(p, "Transaction ID", "व्यवहार क्रमांक", tid, at=at, txn=(TXN_RANK, tid))
        mr_box(p, "Payment Date", "भरणा दिनांक", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        mr_box(p, "Mode", "पद्धत", "Net Banking", at=at, method="netbanking")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([499, 589, 799, 999]) * 1.18)
        j.amount = round(j.amount, 2)
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Done",))
        band(p, (0, 100, 170))
        app_head(p, "BSNL Selfcare", "Bharat Fibre  |  Pay bill")
        name = pick(p, "center", ["Bharat Sanchar Nigam Ltd.", "BSNL"])
        p.add("center", name, merchant=name)
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        tid = f"BS{digits(rng, 14)}"
        two_up(p, "bs1", ("Account No.", f"90{digits(rng, 8)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        two_up(
            p,
            "bs2",
            ("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            ("Paid via", "UPI"),
            date=j.date,
            method="UPI",
        )
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = phone(rng, font, k, ["", "FASTag"], dark=False, buttons=("Retry",))
        band(p, (176, 58, 30))
        app_head(p, "ICICI Bank FASTag", "Recharge")
        name = pick(p, "center", ["ICICI Bank FASTag", "ICICI FASTag"])
        p.add("center", name, merchant=name)
        h269.strip(p, "Recharge failed", status)
        warn(
            p,
            "Your bank declined the net banking payment (session timed out). No money has been debited.",
            "error",
        )
        tref = f"IFT{digits(rng, 12)}"
        kv(p, "Vehicle No.", f"MH07{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}", at=0.42)
        kv(p, "Tag ID", f"34161FA820{code(rng, 8, HEXU)}", at=0.42)
        kv(p, "Amount", rs(j.amount), at=0.42, amount=j.amount)
        kv(p, "Transaction Ref. No.", tref, at=0.42, txn=(TXN_RANK, tref))
        kv(p, "Mode", "Net Banking", at=0.42, method="netbanking")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.42, date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([299, 350, 468, 580, 699]))
        p = mail_page(
            rng, font, "Tata Play <noreply@tataplay.com>", ["Recharge successful", "Your Tata Play recharge"]
        )
        p.part = "head"
        name = pick(p, "title", ["Tata Play Limited", "Tata Play"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Subscriber,")
        sid = str(digits(rng, 10))
        sentence(
            p,
            f"We have received your recharge of {rs(j.amount)} for Subscriber ID {sid}. Happy viewing!",
            status=status,
        )
        p.add("gap")
        tid = f"TP{digits(rng, 13)}"
        gutter(p, "tp", "Subscriber ID", sid, at=0.4)
        gutter(p, "tp", "Recharge Amount", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "tp", "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        gutter(p, "tp", "Recharge Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        gutter(p, "tp", "Payment Mode", f"Debit Card XX{digits(rng, 4)}", at=0.4, method="card")
        gutter(p, "tp", "Pack", "Marathi Smart Value HD", at=0.4)
        p.add("small", "Tata Play Limited. This is an automated mail; please do not reply.")
        return p.done()
    if k == 4:
        j.amount = round(rng.uniform(1740, 1960), 2)
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Check status",))
        band(p, (0, 84, 150))
        app_head(p, "Hello BPCL", "Commercial 19 kg  |  Refill")
        h294.octa(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("center", "for Bharatgas", merchant="Bharatgas")
        warn(
            p,
            "Your bank has not confirmed the payment yet. The refill stays booked; please do not pay again.",
            "warn",
        )
        ono = f"BG{digits(rng, 10)}"
        dots(p, "Order No.", ono, at=0.38, txn=(ORDER_RANK, ono))
        dots(p, "Distributor", "Sawantwadi Gas Agency", at=0.38)
        dots(p, "Amount", rs(j.amount), at=0.38, bold=True, amount=j.amount)
        dots(p, "Payment", "UPI", at=0.38, method="UPI")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([399, 449, 549, 699]) * 1.18)
        j.amount = round(j.amount, 2)
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Done",))
        band(p, (228, 0, 40))
        app_head(p, "Airtel Thanks", "Postpaid  |  Pay bill")
        name = pick(p, "center", ["Bharti Airtel Ltd.", "Bharti Airtel"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        h287.burst(p, status)
        p.add("center", "Bill paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"AT{digits(rng, 13)}"
        tiles2(
            p,
            ("Mobile No.", f"94{digits(rng, 2)}XXXX{digits(rng, 2)}"),
            ("Transaction ID", tid),
            txn=(TXN_RANK, tid),
        )
        kvr(p, "Paid via", "Credit card", method="card")
        return p.done()
    if k == 6:
        arrears = float(rng.choice([0, 0, rng.randrange(100, 700)]))
        current = float(rng.randrange(600, 2800))
        j.amount = arrears + current
        p = roll_of(rng, font, [480, 520], [17, 18])
        p.part = "head"
        mr(p, SMC_MR, bold=True)
        p.add("center", SMC.upper(), merchant=SMC.upper())
        mr(p, "पाणीपट्टी पावती", bold=True)
        p.part = "body"
        n_ = min(h271.tt_cols(p), 36)
        rno = f"{rng.randrange(10, 99)}/{digits(rng, 6)}"
        lines_ = [
            ("-" * n_, {}),
            (f"RECEIPT NO : {rno}", {"txn": (INVOICE_RANK, rno)}),
            (f"DATE       : {when(j.date, '%d/%m/%Y')}", {"date": j.date}),
            (f"CONN NO    : W-{rng.randrange(1, 18):02d}-{digits(rng, 4)}", {}),
            (f"NAME       : {OWNER_CAPS}"[:n_], {}),
            (f"PERIOD     : {fy(j.date)}", {}),
            ("-" * n_, {}),
            (f"ARREARS    : {arrears:>10.2f}", {}),
            (f"CURRENT    : {current:>10.2f}", {}),
            (f"TOTAL PAID : {j.amount:>10.2f}", {"amount": j.amount, "status": status}),
            ("MODE       : UPI", {"method": "UPI"}),
            (f"UPI REF    : {j.ref}", {"txn": (UTR_RANK, j.ref)}),
            ("-" * n_, {}),
        ]
        for text, facts in lines_:
            types(p, text, scale=0.86, **facts)
        p.add("small", "Water supply counter, Nagar Parishad office")
        return p.done()
    j.amount = float(rng.choice([250, 300, 350, 400]))
    p = leaf(rng, font, [560, 600])
    p.style["paper"] = rng.choice([(244, 248, 250), (252, 246, 236)])
    p.part = "head"
    top(p, CABLE, merchant=CABLE)
    p.add("small", "Digital cable TV  |  Salaiwada, Sawantwadi")
    p.add("center", "RECEIPT")
    p.part = "body"
    p.add("left", "No. ..........")
    fills(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
    fills(p, "Name", "Chitari Kala Dalan")
    fills(p, "Month", j.month(0))
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    writes(p, "Recd. cash - R.K.", align="r", method="cash", status=status)
    p.add("small", "Pay by the 10th of every month. Set-top box is the operator's property.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Bank of Maharashtra", "VM-MAHABK", "NOORANI SHELLAC TRADE", "UPI", "sms"),
    ("Kotak Mahindra Bank", "BZ-KOTAKB", "KONKAN ROADLINES", "IMPS", "sms"),
    ("Saraswat Bank", "VK-SARBNK", "DATTARAM GAWAS", "UPI", "marathi"),
    ("Cosmos Bank", "AD-COSMOS", "SHREE GANESH RANG BHAN", "IMPS", "sms"),
    (
        "The Sindhudurg District Central Co-operative Bank",
        "VM-SDCCBK",
        "SAWANTWADI TIMBER DEP",
        "RTGS",
        "sms",
    ),
    ("YES BANK", "", "KAGAD KALA HANDMADE PA", "NEFT", "mail"),
    ("TJSB Sahakari Bank", "TJSB BANK", "SAHYADRI WOODCRAFT TO", "UPI", "watch"),
    ("Central Bank of India", "CP-CENTBK", "VENGURLA PACKAGING", "NEFT", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: SMS in Bank of Maharashtra's ("A/c No. XXXXXX1234 debited by
    Rs.x on <dd-Mon-yy> towards UPI to <PAYEE>. UPI Ref ... Avl Bal Rs.y -Bank of Maharashtra"), Kotak
    Mahindra Bank's ("Sent Rs.x from Kotak Bank AC X1234 to <PAYEE> on <dd-mm-yy>. IMPS Ref ... Not you?
    ..."), Cosmos Bank's ("Dear Customer, IMPS txn of Rs.x to <PAYEE> on <dd/mm/yyyy> could not be completed.
    Ref No ... Amount debited, if any, will be credited back. -Cosmos Bank"), the Sindhudurg district bank's
    ("SDCC Bank: RTGS of Rs.x from A/c XX1234 to <PAYEE> dt <dd.mm.yyyy> is pending for processing. UTR ...")
    and Central Bank of India's ("Your a/c no. XXXXXXXX1234 is debited for Rs.x on <dd/mm/yy> by NEFT transfer
    to <PAYEE>, UTR ... -Central Bank of India") wordings; Saraswat Bank's SMS in Marathi in a card in the
    phone's messages thread under its day divider ("आपल्या खाते क्र. XX1234 मधून <dd-mm-yyyy> रोजी UPI द्वारे
    <PAYEE> यांना रु. x वजा करण्यात आले. संदर्भ क्र. ... -सारस्वत बँक" (from your account No. XX1234 on <day>
    Rs. x was debited by UPI to <PAYEE>; reference No. ...)); YES BANK's mail of a debit (its sentence;
    Account, Transaction, Amount, Date, Beneficiary, Mode in a table ruled on every side; no reference); TJSB
    Sahakari Bank's SMS read on a smartwatch (the messages app's line and "now", the sender, "Rs.x debited
    from A/c XX1234 by UPI to <PAYEE>. Ref ... -TJSB"; Reply and Dismiss; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 500, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 205000, 460000, 0.5)
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
        if bank == "Bank of Maharashtra":
            text = (
                f"A/c No. XXXXXX{tail4} debited by Rs.{amt} on {when(j.date, '%d-%b-%y')} towards UPI to "
                f"{to}. UPI Ref {utr}. Avl Bal Rs.{bal} -Bank of Maharashtra"
            )
        elif bank == "Kotak Mahindra Bank":
            text = (
                f"Sent Rs.{amt} from Kotak Bank AC X{tail4} to {to} on {when(j.date, '%d-%m-%y')}. IMPS Ref "
                f"{utr}. Not you? Call 18602662666 - Kotak Bank"
            )
        elif bank == "Cosmos Bank":
            text = (
                f"Dear Customer, IMPS txn of Rs.{amt} to {to} on {when(j.date, '%d/%m/%Y')} could not be "
                f"completed. Ref No {utr}. Amount debited, if any, will be credited back. -Cosmos Bank"
            )
        elif bank == "Central Bank of India":
            text = (
                f"Your a/c no. XXXXXXXX{tail4} is debited for Rs.{amt} on {when(j.date, '%d/%m/%y')} by NEFT "
                f"transfer to {to}, UTR {utr}. -Central Bank of India"
            )
        else:
            text = (
                f"SDCC Bank: RTGS of Rs.{amt} from A/c XX{tail4} to {to} dt {when(j.date, '%d.%m.%Y')} is "
                f"pending for processing. UTR {utr}"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "marathi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        p.add("gap")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"आपल्या खाते क्र. XX{tail4} मधून {when(j.date, '%d-%m-%Y')} रोजी UPI द्वारे {to} यांना "
            f"रु. {amt} वजा करण्यात आले. संदर्भ क्र. {utr} -सारस्वत बँक"
        )
        mr_wrap(p, text, share=0.94, scale=0.95, **facts)
        aside(p, hhmm(rng, lower=True))
        card_close(p, s_)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "YES BANK <alerts@yesbank.in>", ["Transaction alert", "Debit alert for your account"]
        )
        p.part = "head"
        top(p, "YES BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        sentence(p, f"Your account XX{tail4} has been debited as below.", status=status)
        p.add("gap")
        grid(
            p,
            "yb",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Account", f"XXXXXXXX{tail4}"], {}),
                (["Transaction", "Debit"], {}),
                (["Amount", f"INR {amt}"], {"amount": j.amount}),
                (["Date", when(j.date, "%d-%b-%Y")], {"date": j.date}),
                (["Beneficiary", to], {"merchant": to}),
                (["Mode", "NEFT"], {"method": method}),
            ],
            tint=(220, 230, 244),
        )
        p.add("gap")
        sentence(p, "If you have not done this transaction, please call 1800 1200 immediately.")
        p.part = "foot"
        p.add("small", "YES BANK Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    p = screen(rng, font, "crop", dark=True, width=rng.choice([400, 420]), size=rng.choice([19, 20]))
    on_watch(p)
    p.part = "body"
    cols(p, "wt0", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "Messages", "now", mode="soft")
    p.add("left", sender)
    sentence(
        p,
        f"Rs.{amt} debited from A/c XX{tail4} by UPI to {to}. Ref {utr}. -TJSB",
        **facts,
    )
    p.add("gap")
    cols(p, "wt1", [(0.0, 0.5, "c"), (0.5, 1.0, "c")], "Reply", "Dismiss", mode="soft")
    return p.done()

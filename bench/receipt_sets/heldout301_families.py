"""The twelve heldout301 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a gota patti work house's year of 2026 in Jaipur, Rajasthan (Sitara Gota Patti
Works, Mohd. Irfan Ansari's proprietary firm, whose karigars in its karkhana in Ramganj Bazar and at home cut
gold and silver gota ribbon into leaves, fold it into petals and hem it on to lehengas, odhnis, dupattas and
poshaks with kinari and sitara; its showroom in Gopalji ka Rasta, Johari Bazar, Sitara Gota House; its bridal
orders for the wedding season; the web shop sitaragota.in; fifteen days at Dilli Haat in December; buyers at
home and abroad), told by the proofs of payment it receives (buyers' MobiKwik, super.money, Kotak811, YONO
SBI, Jupiter, Freecharge and IDFC FIRST Bank screens and Google Pay for Business on the showroom's phone;
CCIC's advice, a stores chain's SAP remittance advice, a wedding planner's Vyapar payment-out, ICICI Bank's
corporate banking, Microsoft Teams, PayU Payouts, a wedding planner's mail and Standard Chartered's vendor
advice; Barclays, Chase, RBC, Emirates NBD, DBS, MCB Juice, CommBank and Wise; its own tax invoice, PhonePe's
payment gateway pending, a bridal booking receipt, a Wix order mail, a showroom's roll, CCAvenue's failed page,
a Refrens receipt and a WhatsApp Business reply) and those it makes (a rangrez's bahi page, a Surat lace
mill's invoice with an accountant's marks, Moglix, Shiprocket, a Sadar Bazar parchi, a myBillBook invoice,
Bizongo and a Kinari Bazar bill corrected by hand; Kotak, YES BANK's iris, IDFC FIRST Bank, BOI Mobile, Cent
Mobile, RBL MoBank, Baroda Rajasthan Kshetriya Gramin Bank's counter and Bandhan Bank's shared card; a wage
register on a leheriya, greytHR, Google Pay, Airtel Payments Bank, Groww, PayZapp, a BUSY voucher and Tata
Neu; Nagar Nigam Jaipur Heritage, e-Mitra, EPCH, the GST portal, Dilli Haat's receipt book, EPFO, an e-challan
and Passport Seva; eight insurers; cards on the showroom's and the stall's terminals, at Surat, in Samsung
Wallet, at a fuel station, an Amex mail, Scapia's app and a rooftop cafe's bill; JVVNL's Bijli Mitra, Torrent
Gas, PHED, Vi, Excitel, Tata Play, a Bharatgas cash memo and the Nigam's user charge; the banks' SMS, a mail, a
Hindi SMS and a notification in a pulled-down shade). Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the units' lines,
salutations, Hindi and Mahajani lines (but a bank's SMS in Hindi, whose figures and payee carry the facts, a
Hindi label's value and a Hindi hand's sums and "received in cash"), items, pieces, metres, rates, GST, TDS,
fees, charges, freight, balances and order values, advances still due, exchange rates and converted sums,
periods, months, financial and assessment years, invoice, bill, due, trial, wedding, delivery and next-due
days, account, policy, proposal, consumer, customer, connection, K. No., IEC, RCMC, UAN, member, establishment,
challan-form, booking, AWB, vehicle, phone and card numbers, PAN, GSTIN, Udyam numbers, IFSC, SWIFT/BIC codes,
UPI IDs, bills named on an advice or a receipt, other messages, gota emblems, gota lace, sitaras, the leheriya
a page lies on, stages, notices, tiles, stamps, ticks, rings, highlights, corrections' crossed-out sums,
signatures and initials carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's;
``outcome`` heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen``
heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and
``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``cols``, ``zebra``,
``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``comb``, ``ticks``, ``bars``, ``qr``, a roll's torn
edges), heldout271's (``grid``, ``gkv``, ``colkv``, ``dots``, ``fill``, ``hand``, ``amtbox``, ``tt``,
``rstamp``, rounded cards), heldout273's (``hcells``, ``ledger``, ``bubble``, ``panel``, ``pill``, ``track``,
``field``, ``cut``, ``tick``, ``ring``, ``hilite``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``,
``bigsum``, ``tabs``, ``strike``, ``bahi``, ``dlab``, ``dhand``, ``chai``, ``holes``, ``folds``), heldout279's
(``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, ``spinner``, ``wave``,
``redno``, ``hangtag``, ``emboss``, a staple), heldout282's Mahajani letters, heldout287's (Devanagari lines,
hand and labels, ``notice``, ``tile``, ``burst``, ``oval``, ``tiles2``, ``vlab``, ``copyrow``, ``faxline``,
``sheet_open``) and heldout289's (``chip``, ``steps``, ``shade_pull``, a PAID mark, a carbon copy), written in
this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout299's), each page's
rows drawn by heldout289's ``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in
the lines it leaves for them: a gota patti phool as a letterhead's emblem (a square of dyed georgette, a
flower of folded gold gota petals round a sitara, silver leaves at its corners, the square bound in gota
lace); a strip of gota lace as a divider (the ribbon's woven ribs and its sheen, a scalloped kiran edge,
sitaras along it); Mahajani lines (heldout282's letters); sitaras fallen in a page's margins; and, after the
frame, the leheriya dupatta a page is photographed lying on (its diagonal waves of tie-dyed colour, a gota
border along its hem, the page's shadow, the page a little askew). The pages' layouts and wordings are this
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
from bench.receipt_sets import heldout279_families as h279
from bench.receipt_sets import heldout282_families as h282
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
from bench.receipt_sets.heldout273_families import bubble, hcells, ledger, panel, pill, track
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, native, nbox, nhand, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout298's and
# heldout299's
PENS = [
    "dejavu/DejaVuSans-Oblique.ttf",
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSans-Italic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
]
INKS = [(20, 40, 128), (38, 28, 84), (40, 40, 46), (14, 70, 110), (110, 26, 44)]
# the faces a page's fixed-width lines are printed in (a bank's printer, a billing program's, a roll's)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
MAHAJANI = "noto/NotoSansMahajani-Regular.ttf"
# gota: a ribbon woven of metallic yarn, gold (a brass-toned foil) or silver, and the georgettes and nets it
# is stitched on, dyed in Jaipur's colours
GOLD = [(214, 170, 64), (200, 156, 52), (226, 186, 84)]
SILVER = [(192, 194, 200), (176, 180, 188), (206, 208, 214)]
GROUNDS = [(200, 24, 94), (170, 18, 40), (18, 110, 84), (236, 150, 20), (120, 24, 110), (16, 70, 140)]
# a leheriya's dyes: each pair the two colours its waves alternate in
LEHERIYA = [
    [(250, 204, 40), (222, 40, 110)],
    [(246, 214, 60), (40, 150, 90)],
    [(250, 120, 40), (250, 220, 90)],
    [(60, 120, 210), (240, 240, 236)],
    [(226, 50, 80), (250, 170, 40)],
]

# ---------------------------------------------------------------- the firm

FIRM = "Sitara Gota Patti Works"
FIRM_CAPS = FIRM.upper()
FIRM_HI = "सितारा गोटा पत्ती वर्क्स"
# the firm's name as a bank's beneficiary field cuts it
CUT = "SITARA GOTA PATTI WORK"
SHOP = "Sitara Gota House"
SHOP_CAPS = SHOP.upper()
SHOP_HI = "सितारा गोटा हाउस"
KARKHANA = "Sitara Karkhana"
WEB = "sitaragota.in"
GSTIN = "08AKRPA7319D1Z4"
PAN = "AKRPA7319D"
UDYAM = "UDYAM-RJ-17-0061482"
IEC = "AKRPA7319D"
PROP = "Mohd. Irfan Ansari"
OWNER_CAPS = "MOHD IRFAN ANSARI"
SON = "Sameer Ansari"
KEEPER = "Neha Agarwal"
ADDRESS = "Gali Mochiyan, Ramganj Bazar, Jaipur - 302003 (Raj.)"
TOWN = "Ramganj Bazar, Jaipur - 302003"
SHOP_AT = "41, Gopalji ka Rasta, Johari Bazar, Jaipur - 302003"
BANK_LINE = "Kotak Mahindra Bank, Johari Bazar Branch, Jaipur"
BANK_CAPS = "KOTAK MAHINDRA BANK, JAIPUR, INDIA"
BIC = "KKBKINBBCPC"
IFSC_OWN = "KKBK0003541"
# Dilli Haat, INA, New Delhi: the firm's fifteen days in a craft stall (1 to 15 December 2026); Eid ul-Fitr
# (the karigars' Eid bonus is paid in the fortnight before it); the wedding season from Dev Uthani Ekadashi
HAAT = dt.date(2026, 12, 1)
STALL = "Stall C-17, Dilli Haat, INA, New Delhi"
EID = dt.date(2026, 3, 20)
IFSC = {
    "Kotak Mahindra Bank": "KKBK",
    "YES BANK": "YESB",
    "IDFC FIRST Bank": "IDFB",
    "Bank of India": "BKID",
    "Central Bank of India": "CBIN",
    "RBL Bank": "RATN",
    "Jaipur Central Co-operative Bank": "RSCB",
    "Bandhan Bank": "BDBL",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Punjab National Bank": "PUNB",
    "Bank of Baroda": "BARB",
    "Axis Bank": "UTIB",
    "Standard Chartered": "SCBL",
    "IndusInd Bank": "INDB",
    "Union Bank of India": "UBIN",
}
# the firm's gota work sold: name, HSN, price each (low, high)
WORKS = [
    ("Bridal lehenga, gota patti, red georgette (unstitched)", "5810", 18000, 62000),
    ("Lehenga, gota patti, rani pink net (unstitched)", "5810", 9000, 26000),
    ("Odhni, gota patti, leheriya chiffon", "5810", 2200, 5800),
    ("Dupatta, gota border, georgette", "5810", 1400, 3800),
    ("Rajputi poshak, gota patti (set)", "5810", 8500, 24000),
    ("Blouse piece, gota patti", "5810", 900, 2600),
    ("Kids' lehenga, gota patti", "5810", 1800, 4200),
    ("Cushion covers, gota patti (pair)", "5810", 650, 1500),
    ("Gota lace, 1 in, gold (9 m roll)", "5808", 180, 420),
    ("Gota kinari, silver (9 m roll)", "5808", 160, 380),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Bridal lehenga, gota patti, red georgette (unstitched)": "Bridal lehenga",
    "Lehenga, gota patti, rani pink net (unstitched)": "Lehenga, net",
    "Odhni, gota patti, leheriya chiffon": "Leheriya odhni",
    "Dupatta, gota border, georgette": "Gota dupatta",
    "Rajputi poshak, gota patti (set)": "Rajputi poshak",
    "Blouse piece, gota patti": "Blouse piece",
    "Kids' lehenga, gota patti": "Kids' lehenga",
    "Cushion covers, gota patti (pair)": "Cushion covers",
    "Gota lace, 1 in, gold (9 m roll)": "Gota lace gold",
    "Gota kinari, silver (9 m roll)": "Kinari silver",
}
CUSTOMERS = [
    "Mrs. Priyanka Jain",
    "Ms. Ritika Agarwal",
    "Mrs. Kavita Shekhawat",
    "Mr. Rohit Maheshwari",
    "Ms. Aanya Bhandari",
    "Mrs. Sunaina Rathore",
    "Ms. Nidhi Chopra",
]
# the karigars who hem the gota (most of them women working at home in Ramganj and Ghat Gate), the men who
# cut and fold the patti at the karkhana's adda frames, the showroom's staff
KARIGARS = [
    "Shabana Bano",
    "Rubina Khatoon",
    "Naseem Bano",
    "Gulshan Ara",
    "Rafiq Mohammed",
    "Salim Khan",
    "Kamla Devi Saini",
    "Mehrunnisa",
]
STAFF = ["Vikas Sharma", "Pinky Kumawat"]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's gota work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = 1 if lo >= 8000 else rng.randrange(1, 4)
        if "roll" in name:
            q = rng.randrange(5, 31)
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 10 if hi < 3000 else 50))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (Dilli Haat's, Eid's), its UPI / card reference made again for it."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_for(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "KKBK")[:4]
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def gstin_of(rng: random.Random, state: str = "08", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def plain_words(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_of(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    parts = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.3, 0.7) for _ in range(n - 1))
        parts = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(12, 640), len(parts))
    for i, share in enumerate(parts):
        v = left if i == len(parts) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 7, 65)
        out.append((f"{prefix}/{fy(day)}/{numbers[i]:03d}", day, v))
    return out


def fits(p: Screen, text: str, scale: float = 1.0, bold: bool = False) -> bool:
    face = load_font(bold_of(p.font) if bold else p.font, int(p.style["size"] * scale))
    return face.getlength(text) <= room_of(p)


def mark_of(font: str) -> str:
    """The rupee's sign where the face and its bold draw it, else Rs."""
    return "\u20b9" if glyphs(font, "\u20b9") and glyphs(bold_of(font), "\u20b9") else "Rs."


def dot2(font: str) -> str:
    return sign(font, "\u2022", "*") * 2


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h301", {"marks": {}, "decor": [], "frame": None})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own rows (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def hand_pen(p: Screen) -> str:
    """The page's hand (this set's pens, in heldout271's slot so every filled-in row writes in it)."""
    x = h271.ext(p)
    if "pen" not in x:
        x["pen"] = p.rng.choice(PENS)
    if "pen_ink" not in x:
        x["pen_ink"] = list(p.rng.choice(INKS))
    return x["pen"]


def form_pen(p: Screen) -> None:
    """heldout269's pen slot (its boxed form fields and tick boxes write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = hand_pen(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


def typeface(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def leaf(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    hand_pen(p)
    typeface(p)
    return p


def write(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    hand_pen(p)
    h271.hand(p, text, align=align, **facts)


def fill(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    hand_pen(p)
    h271.fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    typeface(p)
    tt(p, text, scale=scale, **facts)


def wrapped(p: Screen, text: str, scale: float = 1.0, share: float = 0.97) -> list[str]:
    face = load_font(p.font, int(p.style["size"] * scale))
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
    for n_, line in enumerate(wrapped(p, text, scale)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def tiny(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lab01", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab01"] = 0.78
    h269.row(p, "lab01", text, **facts)


def aside(p: Screen, text: str, **facts) -> None:
    """A line in small letters set to the left (a reaction under a message, a second line under a name), in
    as many lines as it needs (the facts on the first)."""
    h269.kind(p, "sm01", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["sm01"] = 0.8
    for n_, line in enumerate(wrapped(p, text, 0.8, 0.95)):
        h269.row(p, "sm01", line, **(facts if n_ == 0 else {}))


def hindi(p: Screen, text: str, **kw) -> None:
    """heldout287's native line in Devanagari, here for Hindi (a name over its English, a heading)."""
    native(p, text, **kw)


def hhand(p: Screen, text: str, *, figure: str = "", scale: float = 1.2, **facts) -> None:
    """heldout287's hand in Devanagari (Noto Serif Devanagari slanted as a pen slants it, its figures in an
    upright Latin face), here for a Hindi hand."""
    hand_pen(p)
    nhand(p, text, figure=figure, scale=scale, **facts)


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


# ---------------------------------------------------------------- this set's rows and marks


def phool(p: Screen) -> None:
    """A gota patti phool as a letterhead's emblem: a square of dyed georgette, a flower of eight petals of
    gold gota folded to a point round a sitara at its heart, a leaf of silver gota at each corner, the square
    bound in a band of gota lace; centred, three lines high."""
    put(p, "t01ph", "", mark_=[p.rng.randrange(len(GROUNDS)), p.rng.randrange(2), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def lace(p: Screen) -> None:
    """A strip of gota lace as a divider across the page: the ribbon's woven ribs and its sheen, a scalloped
    kiran edge along its foot, sitaras stitched along it; one line high."""
    put(p, "t01la", "", mark_=[p.rng.randrange(2), p.rng.randrange(10**6)])


def sitaras(p: Screen) -> None:
    """Sitaras (sequins) fallen from the karigars' trays in the page's margins, gold and silver, each a
    little disc with its hole and a glint."""
    ext(p)["decor"].append(["sitara", p.rng.randrange(10**6)])


def mahajani(p: Screen, hindi_: str, *, scale: float = 1.0) -> None:
    """A line in Mahajani (the script Marwari traders kept their bahis in) over a bahi's Hindi heading,
    written with heldout282's letters from ``hindi_``; centred, a line and a quarter high."""
    text = h282.to_mahajani(hindi_)
    size = int(p.style["size"] * scale * h282.MJ_SCALE)
    assert glyphs(MAHAJANI, text.replace(" ", "")), hindi_
    assert load_font(MAHAJANI, size).getlength(text) <= room_of(p), hindi_
    put(p, "t01mj", text, mark_=[scale])
    if scale > 1.1:
        p.add("gap")


def on_leheriya(p: Screen) -> None:
    """The page photographed lying on a leheriya dupatta: its tie-dyed waves running across it on the
    slant, a band of gota lace along its hem, the page's shadow on it and the page a little askew."""
    ext(p)["frame"] = ["leheriya", p.rng.randrange(len(LEHERIYA)), p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _ribbon(
    draw, x0: float, x1: float, y0: float, y1: float, metal, seed: int, *, kiran: bool = True
) -> None:
    """A length of gota ribbon: its metal ground, fine woven ribs across it, a band of sheen along it,
    darker selvedges, and under it a kiran's scalloped picot edge."""
    srng = random.Random(seed)
    h = y1 - y0
    body_y1 = y1 - (h * 0.28 if kiran else 0)
    draw.rectangle((x0, y0, x1, body_y1), fill=metal)
    sheen = _tint((255, 250, 226), metal, 0.45)
    draw.rectangle((x0, y0 + (body_y1 - y0) * 0.32, x1, y0 + (body_y1 - y0) * 0.5), fill=sheen)
    rib = _tint((70, 50, 10), metal, 0.3)
    xx = x0 + srng.uniform(0, 2)
    while xx < x1:
        draw.line((xx, y0 + 1, xx + 1.5, body_y1 - 1), fill=rib, width=1)
        xx += 3
    edge = _tint((60, 40, 0), metal, 0.55)
    draw.line((x0, y0, x1, y0), fill=edge, width=1)
    draw.line((x0, body_y1, x1, body_y1), fill=edge, width=1)
    if kiran:
        r = max(2.5, (y1 - body_y1) * 0.55)
        xx = x0 + r
        while xx + r <= x1:
            draw.pieslice((xx - r, body_y1 - r, xx + r, body_y1 + r), 0, 180, fill=metal, outline=edge)
            xx += 2 * r


def _sitara(draw, cx: float, cy: float, r: float, metal) -> None:
    """A sitara: a metal disc, a glint on its upper left, a hole at its heart."""
    edge = _tint((60, 40, 0), metal, 0.5)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=metal, outline=edge)
    glint = _tint((255, 255, 255), metal, 0.6)
    draw.arc((cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7), 190, 260, fill=glint, width=1)
    hole = max(0.8, r * 0.22)
    draw.ellipse((cx - hole, cy - hole, cx + hole, cy + hole), fill=edge)


def _petal(draw, cx: float, cy: float, a: float, length: float, width: float, metal) -> None:
    """A petal of gota folded to a point from the heart at (``cx``, ``cy``) along angle ``a``: two halves,
    one lit and one shaded, either side of the fold, ribs across each half."""
    c, s_ = math.cos(a), math.sin(a)

    def at(u: float, v: float) -> tuple[float, float]:
        return (cx + u * c - v * s_, cy + u * s_ + v * c)

    steps = 12
    upper = [at(length * t / steps, width * math.sin(math.pi * t / steps) ** 0.8) for t in range(steps + 1)]
    lower = [at(length * t / steps, -width * math.sin(math.pi * t / steps) ** 0.8) for t in range(steps + 1)]
    spine = [at(length * t / steps, 0) for t in range(steps + 1)]
    lit = _tint((255, 248, 220), metal, 0.3)
    shade = _tint((60, 40, 0), metal, 0.14)
    draw.polygon(upper + spine[::-1], fill=lit)
    draw.polygon(lower + spine[::-1], fill=shade)
    rib = _tint((70, 50, 10), metal, 0.35)
    for t in range(2, steps - 1, 2):
        u = length * t / steps
        half = width * math.sin(math.pi * t / steps) ** 0.8
        draw.line((at(u, -half * 0.9), at(u + 2, half * 0.9)), fill=rib, width=1)
    draw.line(spine, fill=_tint((60, 40, 0), metal, 0.55), width=1)
    draw.polygon(upper + lower[::-1], outline=_tint((60, 40, 0), metal, 0.6))


def _phool(page: Image.Image, cx: float, top_y: float, side: float, ground, silver: bool, seed: int) -> None:
    """The emblem: a square of georgette bound in gota lace, a flower of gold petals round a sitara, silver
    leaves at its corners, a ring of small sitaras."""
    srng = random.Random(seed)
    draw = ImageDraw.Draw(page)
    x0, y0 = cx - side / 2, top_y
    x1, y1 = x0 + side, y0 + side
    draw.rectangle((x0, y0, x1, y1), fill=ground)
    weave = _tint((255, 255, 255), ground, 0.1)
    for n in range(int(side * side / 40)):
        px, py = srng.uniform(x0, x1), srng.uniform(y0, y1)
        draw.point((px, py), fill=weave)
    gold = GOLD[srng.randrange(len(GOLD))]
    other = SILVER[srng.randrange(len(SILVER))] if silver else GOLD[srng.randrange(len(GOLD))]
    b = max(5.0, side * 0.09)
    for yy0, yy1 in ((y0, y0 + b), (y1 - b, y1)):
        _ribbon(draw, x0, x1, yy0, yy1, gold, srng.randrange(10**6), kiran=False)
    for xx0 in (x0, x1 - b):
        draw.rectangle((xx0, y0, xx0 + b, y1), fill=gold)
        rib = _tint((70, 50, 10), gold, 0.3)
        for yy in range(int(y0), int(y1), 3):
            draw.line((xx0 + 1, yy, xx0 + b - 1, yy + 1), fill=rib, width=1)
    mx, my = cx, (y0 + y1) / 2
    r = (side - 2 * b) * 0.42
    for n in range(8):
        _petal(draw, mx, my, n * math.pi / 4 + math.pi / 8, r, r * 0.26, gold)
    for n in range(8):
        a = n * math.pi / 4
        _sitara(draw, mx + math.cos(a) * r * 0.62, my + math.sin(a) * r * 0.62, max(1.8, r * 0.07), other)
    _sitara(draw, mx, my, max(3.0, r * 0.2), other)
    for sx, sy in ((x0 + b, y0 + b), (x1 - b, y0 + b), (x0 + b, y1 - b), (x1 - b, y1 - b)):
        a = math.atan2(my - sy, mx - sx)
        _petal(draw, sx + math.cos(a) * 2, sy + math.sin(a) * 2, a, r * 0.42, r * 0.13, other)


def _lace_band(draw, x0: float, x1: float, y0: float, y1: float, silver: bool, seed: int) -> None:
    """The divider: a gota ribbon with its kiran edge, sitaras stitched along it at even steps."""
    srng = random.Random(seed)
    metal = SILVER[srng.randrange(len(SILVER))] if silver else GOLD[srng.randrange(len(GOLD))]
    star = GOLD[srng.randrange(len(GOLD))] if silver else SILVER[srng.randrange(len(SILVER))]
    _ribbon(draw, x0, x1, y0, y1, metal, seed)
    h = y1 - y0
    step_ = srng.choice([26, 30, 34])
    xx = x0 + step_ / 2
    while xx < x1 - 4:
        _sitara(draw, xx, y0 + h * 0.36, max(2.2, h * 0.16), star)
        xx += step_


def _scatter(draw, width: int, height: int, seed: int) -> None:
    """Sitaras lying in the page's margins."""
    srng = random.Random(seed)
    for _ in range(srng.randrange(4, 9)):
        left = srng.random() < 0.5
        sx = srng.uniform(7, MARGIN - 9) if left else srng.uniform(width - MARGIN + 9, width - 7)
        sy = srng.uniform(24, height - 24)
        metal = srng.choice([*GOLD, *SILVER])
        _sitara(draw, sx, sy, srng.uniform(2.6, 4.4), metal)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: a gota patti phool as an emblem, a strip of gota lace as a
    divider, Mahajani lines, sitaras in the margins."""
    page = h289._render(rows, font, style)
    x = style.get("h301")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t01"):
            continue
        top_y = tops[i] - lift
        m = marks.get(str(i))
        if name == "t01ph":
            ground, silver, seed = m
            _phool(page, width / 2, top_y + line * 0.12, line * 2.75, GROUNDS[ground], bool(silver), seed)
            draw = ImageDraw.Draw(page)
        elif name == "t01la":
            silver, seed = m
            _lace_band(
                draw, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.92, bool(silver), seed
            )
        elif name == "t01mj":
            (scale,) = m
            face = load_font(MAHAJANI, int(size * scale * h282.MJ_SCALE))
            tw = face.getlength(r[1])
            base = top_y + line * (1.3 if scale > 1.1 else 1.0)
            draw.text(((width - tw) / 2, base), r[1], font=face, fill=ink, anchor="ls")
    for what in x["decor"]:
        if what[0] == "sitara":
            _scatter(draw, width, page.height, what[1])
    return page


def _leheriya(image: Image.Image, pal: int, seed: int) -> Image.Image:
    """The page on a leheriya dupatta: its waves of two dyes on the slant, each wave's edge soft where the
    dye crept along the folded cloth, a gota band along its hem, the page's shadow, the page askew."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 84
    bw, bh = w + 2 * pad, h + 2 * pad
    one, two = (np.array(c, dtype=np.float32) for c in LEHERIYA[pal])
    yy, xx = np.mgrid[0:bh, 0:bw].astype(np.float32)
    period = srng.choice([16.0, 18.0, 21.0])
    slant = srng.choice([1.0, -1.0])
    # the waves: the cloth was rolled on the slant and tied at even steps, so each stripe bends a little
    # where a tie held it and its edges blur where the dye crept in
    along = (xx * slant - yy) / 1.4142
    wobble = 4.5 * np.sin(along / srng.uniform(26, 40)) + 2.0 * np.sin(along / srng.uniform(9, 14))
    phase = ((xx * slant + yy) / 1.4142 + wobble) / period % 1.0
    dyed = np.clip((0.5 - np.abs(phase - 0.5) - 0.3) * 7.0, 0.0, 1.0)[..., None]
    cloth = two * dyed + one * (1.0 - dyed)
    grain = np.array([srng.uniform(-7, 7) for _ in range(97)], dtype=np.float32)
    cloth += grain[(yy.astype(np.int32) * 7 + xx.astype(np.int32) * 3) % 97][..., None] * 0.5
    cloth = cloth * 0.9 + 18
    base = Image.fromarray(np.clip(cloth, 0, 255).astype(np.uint8), "RGB").filter(
        ImageFilter.GaussianBlur(1.1)
    )
    d = ImageDraw.Draw(base)
    metal = GOLD[srng.randrange(len(GOLD))]
    band = srng.choice([26, 30])
    _ribbon(d, 0, bw, bh - band - 8, bh - 8, metal, srng.randrange(10**6))
    angle = srng.uniform(-1.8, 1.8)
    sheet_ = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = (bw - sheet_.width) // 2, (bh - sheet_.height) // 2 - 10
    shadow = Image.new("L", base.size, 0)
    alpha = sheet_.split()[3]
    shadow.paste(alpha.point(lambda v: 140 if v > 0 else 0), (sx + 8, sy + 9))
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    base = Image.composite(Image.new("RGB", base.size, (60, 30, 30)), base, shadow)
    base.paste(sheet_, (sx, sy), sheet_)
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout299's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the leheriya a page is photographed lying on."""
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
    f = (style.get("h301") or {}).get("frame")
    if f and f[0] == "leheriya":
        image = _leheriya(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [*PENS, *TYPES, MAHAJANI]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout301 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "SITARA GOTA HOUSE JAIPUR"]
VPAS = [
    "sitaragotahouse@kotak",
    "sitaragota.jpr@okicici",
    "Q569281704@ybl",
    "sitaragotapatti@idfcbank",
    "irfanansari.gota@oksbi",
]
BUYERS = [
    ("Priyanka Jain", "priyanka.jain@okicici", "ICICI Bank"),
    ("Ritika Agarwal", "ritika.agarwal@oksbi", "State Bank of India"),
    ("Kavita Shekhawat", "kavitashekhawat@ybl", "Bank of Baroda"),
    ("Rohit Maheshwari", "rohit.m@okhdfcbank", "HDFC Bank"),
    ("Aanya Bhandari", "aanya.b@axl", "Axis Bank"),
    ("Sunaina Rathore", "sunainarathore@ibl", "Punjab National Bank"),
    ("Nidhi Chopra", "nidhichopra@okaxis", "Union Bank of India"),
    ("Harshita Goyal", "harshita.goyal@upi", "IndusInd Bank"),
]
NOTES = ["odhni advance", "lehenga balance", "gota dupatta", "poshak", "kids lehenga", "lace rolls"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Punjab National Bank": "PNB",
        "Bank of Baroda": "BoB",
        "Union Bank of India": "Union Bank",
        "IndusInd Bank": "IndusInd",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Sitara Gota House or the firm: Google Pay for Business on the showroom's phone (the
    showroom under the app, tabs Payments | Customers | Offers, Received over the sum large, "from <buyer>",
    "UPI", the day and hour; no reference); MobiKwik's Payment Successful under a large tick ("Paid to" over
    the payee and its UPI ID; UPI Ref. No., Date & Time, Debited from in a table ruled on every side);
    super.money's payment processing (a capsule, the sum, "to <payee>", its stages left to right, a notice;
    UPI transaction ID, Started at, Paying from each in a read-only field's box); Kotak811's payment
    successful (a large tick, the sum, "paid to <payee>"; UPI Ref No, Date, From A/c, Note against a gutter);
    YONO SBI's UPI transaction failed on a tinted band (the sum, "to <payee>", the reason in a notice; UPI
    Ref. No., Date, Debit Account in a striped table); Jupiter's Paid under a tile's tick ("Today, <hour>";
    the sum, "to <payee>"; a copyable UPI Ref No.; Paid from at the left and the right; no day); Freecharge's
    Payment Successful on a scalloped badge (the sum, "to <payee>" over its UPI ID; a scissors' cut line; UPI
    Transaction ID, Date & Time, Debited from each value over its label); IDFC FIRST Bank's dark Payment
    Successful (a large tick, the sum, "to <payee>"; labels small over their values two to a row: UPI Ref No.
    and Date, Paid from and Remarks). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=400, high=46000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, _, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "Payments"], dark=False, buttons=("View all",))
        band(p, (26, 115, 232))
        app_head(p, "Google Pay for Business", "Business profile")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Gopalji ka Rasta, Johari Bazar, Jaipur")
        h275.tabs(p, ["Payments", "Customers", "Offers"], 0)
        p.add("gap")
        c = card_open(p)
        p.add("center", "Received", status=status)
        h275.bigsum(p, mark_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"from {who}")
        p.add("small", "UPI", method="UPI")
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        card_close(p, c)
        p.add("gap")
        p.add("small", "Money is settled to your bank account ending 3541.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 89, 179))
        app_head(p, "MobiKwik", "UPI")
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("gap")
        spec = [(0.0, 0.42, "l"), (0.42, 1.0, "l")]
        grid(
            p,
            "mk",
            spec,
            None,
            [
                (["UPI Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Debited from", f"{sb} XX{digits(rng, 4)}"], {"method": "UPI"}),
            ],
            tint=(226, 236, 250),
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (24, 24, 28))
        app_head(p, "super.money", "UPI")
        pill(p, "Payment processing", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        track(p, ["Paid", "Bank confirms", "Done"], "dp-")
        note(
            p,
            "Your bank has not confirmed this payment yet. Please don't pay again; if it fails, the money "
            "comes back to your account in 3 working days.",
            "warn",
        )
        h273.field(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        h273.field(p, "Started at", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        h273.field(p, "Paying from", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (237, 28, 36))
        app_head(p, "Kotak811", "Kotak Mahindra Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paid to {to}", f"paid to {SHOP}"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("gap")
        gutter(p, "k8", "UPI Ref No", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
        gutter(p, "k8", "Date", day_of(j, rng, ["%d %b %Y", "%d-%m-%Y"]), at=0.34, date=j.date)
        gutter(p, "k8", "From A/c", f"811 Savings XX{digits(rng, 4)}", at=0.34, method="UPI")
        gutter(p, "k8", "Note", rng.choice(NOTES), at=0.34)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Retry",))
        band(p, (40, 56, 146))
        app_head(p, "YONO SBI", "UPI")
        h269.strip(p, "UPI transaction failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "Transaction declined by your bank (U09: the remitter bank did not respond). If your account was "
            "debited, the amount will be reversed within 48 hours.",
            "error",
        )
        zebra(
            p,
            "yo",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Details", ""],
            [
                (["UPI Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Debit Account", f"XXXXXXX{digits(rng, 4)}"], {"method": "UPI"}),
            ],
            (40, 56, 146),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (255, 96, 48))
        app_head(p, "Jupiter", "UPI  |  Federal Bank")
        h287.tile(p, status)
        p.add("center", "Paid", status=status)
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid from", f"Jupiter a/c {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment receipt"], dark=False, buttons=("Share receipt",))
        band(p, (232, 96, 28))
        app_head(p, "freecharge", "UPI")
        h287.burst(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", vpa)
        h273.cut(p, "")
        vlab(p, "UPI Transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        vlab(
            p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date
        )
        vlab(p, "Debited from", f"{sb} a/c XX{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "Transaction"], dark=True, buttons=("Share",))
    app_head(p, "IDFC FIRST Bank", "UPI")
    sicon(p, status)
    p.add("center", "Payment Successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    two_up(
        p,
        "id1",
        ("UPI Ref No.", j.ref),
        ("Date", day_of(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    two_up(
        p,
        "id2",
        ("Paid from", f"IDFC FIRST XX{digits(rng, 4)}"),
        ("Remarks", rng.choice(NOTES)),
        method="UPI",
    )
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


CCIC = "The Central Cottage Industries Corporation of India Ltd."
CCIC_HI = "केन्द्रीय कुटीर उद्योग निगम"
AANGAN = "Aangan Retail Pvt. Ltd."
SHUBH = "Shubh Vivah Planners"
NAZAKAT = "Nazaakat Couture LLP"
KESARIYA = "Kesariya Weddings Pvt Ltd"
MEWAR = "Mewar Weddings & Events"
GULMOHAR = "GULMOHAR LIFESTYLE PVT LTD"
LEHENGA_WORK = ["bridal lehengas", "gota patti odhnis", "poshak sets", "leheriya dupattas"]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: CCIC's (the Central Cottage Industries Corporation's)
    PAYMENT ADVICE under its Hindi name (Advice No. and Date, Vendor and Vendor Code, Mode and UTR two pairs
    to a row in a table ruled on every side; Invoice No. | Dated | Gross | TDS-GST 2% | Net Paid on hairline
    rows, Total remitted); a stores chain's REMITTANCE ADVICE printed from SAP (Payment Document beside Value
    Date; Vendor No., Vendor, Bank Ref. (UTR), Amount remitted as label and value on a line; "We have remitted
    ..."; Doc. No. | Doc. Date | Your Ref. | Gross | Net on hairline rows with its Total); a Mumbai wedding
    planner's PAYMENT-OUT receipt from Vyapar (Receipt No. and Date, Paid To and Payment Type two to a row,
    each label small over its value; Paid on a tinted panel; Ref. No.; Description); ICICI Bank's Corporate
    Internet Banking with a Delhi couture label's RTGS rejected on a tinted band (the reason in a notice;
    Transaction Reference No., Beneficiary Name, Amount, Payment Mode, UTR, Value Date, Reject Code in shaded
    labels); the couture label's accounts writing in Microsoft Teams under a "Today" divider ("Rs. x released
    to <payee> by NEFT against PO ...", "UTR ..."; a like; no day); PayU Payouts' payout in progress for a
    wedding company (a capsule, a notice; labels small over their values two to a row: Payout ID and Merchant
    Ref. ID, Beneficiary and Amount, Mode and Requested on; UTR Awaited); a Udaipur wedding planner's mail
    ("We have transferred Rs. x to <payee> through NEFT today, <day>, ..."; no reference); Standard
    Chartered's Straight2Bank payment advice mailed for a lifestyle brand (its sentence; Beneficiary Name,
    Payment Amount, Payment Type, Value Date, Customer Reference, Bank Reference (UTR) in dot leaders; Invoice
    No. | Invoice Date | Amount in a striped table). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=9000, high=380000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hindi(p, CCIC_HI, scale=1.1, bold=True)
        top(p, pick(p, "title", [CCIC, "CCIC of India Ltd."]))
        p.add(
            "small",
            "A Government of India Undertaking  |  Jawahar Vyapar Bhawan, Janpath, New Delhi - 110001",
        )
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        rows_, net_total = [], 0.0
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 4), "SGPW"):
            tds = round(v * 0.02, 2)
            net = round(v - tds, 2)
            net_total += net
            rows_.append((no_, day, v, tds, net))
        j.amount = round(net_total, 2)
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "Punjab National Bank", way)
        adv = f"CCIC/PA/{fy(j.date)}/{rng.randrange(100, 3200):04d}"
        name = rng.choice([f"M/s {FIRM}", FIRM_CAPS])
        spec = [(0.0, 0.18, "l"), (0.18, 0.54, "l"), (0.54, 0.72, "l"), (0.72, 1.0, "l")]
        grid(
            p,
            "cc",
            spec,
            None,
            [
                (
                    ["Advice No.", adv, "Date", day_of(j, rng, ["%d.%m.%Y", "%d/%m/%Y"])],
                    {"txn": (INVOICE_RANK, adv), "date": j.date, "status": status},
                ),
                (
                    ["Vendor", name, "Vendor Code", f"V{digits(rng, 6)}"],
                    {"merchant": name.removeprefix("M/s ")},
                ),
                (["Mode", way, "UTR", utr], {"method": "netbanking", "txn": (UTR_RANK, utr)}),
            ],
            tint=(244, 232, 214),
        )
        p.add("gap")
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.47, "l"), (0.47, 0.65, "r"), (0.65, 0.82, "r"), (0.82, 1.0, "r")]
        cols(p, "ch", spec2, "Invoice No.", "Dated", "Gross", "TDS-GST 2%", "Net Paid", mode="line")
        for no_, day, v, tds, net in rows_:
            cols(p, "cl", spec2, no_, when(day, "%d.%m.%y"), num(v), num(tds), num(net), mode="line")
        total(p, "Total remitted", rs(j.amount), at=0.58, amount=j.amount)
        p.add("small", "Gota patti odhnis and dupattas supplied to the Cottage emporium, Janpath.")
        p.add("small", "This is a system generated advice; no signature is required.")
        return p.done()
    if k == 1:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        h269.kind(p, "aa0", [(0.0, 0.62, "l"), (0.62, 1.0, "r")], "plain", bold=(0,))
        h269.row(p, "aa0", AANGAN, "REMITTANCE ADVICE")
        p.add("small", f"Corporate Office: Sector 44, Gurugram - 122003  |  GSTIN {gstin_of(rng, '06', 'C')}")
        p.add("rule")
        p.part = "body"
        doc = f"15000{digits(rng, 5)}"
        cols(
            p,
            "aa1",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Payment Document: {doc}",
            f"Value Date: {day_of(j, rng, ['%d.%m.%Y', '%d-%b-%Y'])}",
            txn=(INVOICE_RANK, doc),
            date=j.date,
        )
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "HDFC Bank", way)
        name = rng.choice([FIRM_CAPS, CUT])
        h269.kind(p, "aa2", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "plain", bold=(1,))
        h269.row(p, "aa2", "Vendor No.", str(rng.randrange(400100, 400999)))
        h269.row(p, "aa2", "Vendor", name, merchant=name)
        h269.row(p, "aa2", "Bank Ref. (UTR)", utr, txn=(UTR_RANK, utr), method="netbanking")
        h269.row(p, "aa2", "Amount remitted", rs(j.amount), amount=j.amount)
        p.add("gap")
        para(
            p,
            f"We have remitted the amount above to your account with {BANK_LINE} by {way} against the "
            "documents listed below.",
            status=status,
        )
        p.add("gap")
        spec = [(0.0, 0.2, "l"), (0.2, 0.37, "l"), (0.37, 0.62, "l"), (0.62, 0.81, "r"), (0.81, 1.0, "r")]
        cols(p, "ah", spec, "Doc. No.", "Doc. Date", "Your Ref.", "Gross", "Net", mode="line")
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 4), "SGPW"):
            cols(
                p, "al", spec, f"51{digits(rng, 8)}", when(day, "%d.%m.%Y"), no_, num(v), num(v), mode="line"
            )
        total(p, "Total", num(j.amount), at=0.62)
        p.add("small", "Printed from SAP. Please contact vendor.helpdesk@aanganretail.in for queries.")
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 12000, 160000, 0.8)
        p = leaf(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, SHUBH)
        p.add("small", "Wedding planning and decor  |  Andheri West, Mumbai - 400053")
        p.add("rule")
        p.add("center", "Payment-Out")
        p.part = "body"
        rno = str(rng.randrange(30, 600))
        name = rng.choice([FIRM, FIRM_CAPS])
        two_up(
            p,
            "vp1",
            ("Receipt No.", rno),
            ("Date", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])),
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        two_up(
            p,
            "vp2",
            ("Paid To", name),
            ("Payment Type", "Bank (IMPS) - HDFC"),
            merchant=name,
            method="netbanking",
            status=status,
        )
        panel(p, "Paid", rs(j.amount), (232, 240, 252), amount=j.amount)
        dots(p, "Ref. No.", j.ref, at=0.3, txn=(UTR_RANK, j.ref))
        dots(
            p,
            "Description",
            f"{rng.choice(LEHENGA_WORK)}, {rng.choice(['Patel', 'Shah', 'Mehta'])} wedding",
            at=0.3,
        )
        p.add("gap")
        p.add("small", "Generated with Vyapar")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 205000, 420000, 0.6)
        p = browser_page(rng, font, "cib.icicibank.com/corp/BANKAWAY?Action.CorpUser.Init")
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("small", f"Corporate Internet Banking  |  {NAZAKAT}, Shahpur Jat, New Delhi")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "RTGS Rejected", status)
        note(
            p,
            "The beneficiary bank rejected the credit (R03: account does not exist or is closed). The amount "
            "has been returned to your account.",
            "error",
        )
        ref = f"ICIB{j.date:%y%m%d}{digits(rng, 6)}"
        utr = utr_for(rng, j, "ICICI Bank", "RTGS")
        name = rng.choice([FIRM_CAPS, CUT])
        kv(p, "Transaction Reference No.", ref, at=0.4, txn=(BANK_RANK, ref))
        kv(p, "Beneficiary Name", name, at=0.4, merchant=name)
        kv(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
        kv(p, "Payment Mode", "RTGS", at=0.4, method="netbanking")
        kv(p, "UTR", utr, at=0.4, txn=(UTR_RANK, utr))
        kv(p, "Value Date", day_of(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        kv(p, "Reject Code", "R03", at=0.4)
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(40, 900) * 50)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 720]), size=rng.choice([18, 19]))
        p.style["paper"] = (250, 250, 252)
        p.part = "head"
        h269.kind(p, "tm0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["tm0"] = 1.12
        h269.row(p, "tm0", "Accounts  >  Vendor payments")
        p.add("small", f"Microsoft Teams  |  {NAZAKAT}")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 18)
        tiny(
            p,
            f"Meera Kapoor (Finance)   {hour - 12 if hour > 12 else hour}:{rng.randrange(10, 59):02d} "
            f"{'PM' if hour >= 12 else 'AM'}",
        )
        name = pick(p, "left", [FIRM, SHOP])
        po = f"NC/PO/{rng.randrange(210, 980)}"
        utr = utr_for(rng, j, "Axis Bank", "NEFT")
        para(
            p,
            f"@{SON} Rs. {num(j.amount, 'indian')} released to {name} by NEFT against {po} "
            "(gota patti lehengas for the winter trunk show).",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"UTR {utr}", txn=(UTR_RANK, utr))
        aside(p, f"{sign(font, chr(0x2665), '+')} 1   |   Reply")
        p.add("gap")
        tiny(
            p,
            f"Arjun Malhotra   {hour + 1 - 12 if hour >= 12 else hour + 1}:{rng.randrange(0, 50):02d} "
            f"{'PM' if hour + 1 >= 12 else 'AM'}",
        )
        p.add("left", "Thanks Meera, I'll ask them to ship by Friday.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "payouts.payu.in/dashboard/payouts/details")
        p.part = "head"
        top(p, "PayU Payouts")
        p.add("small", f"{KESARIYA}  |  Payouts")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payout details")
        chip(p, "In progress", status)
        note(
            p,
            "The payout has been sent to the beneficiary's bank and is waiting for its confirmation. The UTR "
            "will appear here once the bank confirms it.",
            "warn",
        )
        pid = f"{digits(rng, 10)}"
        mref = f"KW-VP-{j.date:%y%m}-{rng.randrange(10, 99)}"
        name = rng.choice([FIRM_CAPS, CUT])
        two_up(p, "pu1", ("Payout ID", pid), ("Merchant Ref. ID", mref), txn=(TXN_RANK, pid))
        two_up(p, "pu2", ("Beneficiary", name), ("Amount", rs(j.amount)), merchant=name, amount=j.amount)
        two_up(
            p,
            "pu3",
            ("Mode", "IMPS"),
            ("Requested on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            method="netbanking",
            date=j.date,
        )
        p.add("gap")
        kvr(p, "UTR", "Awaited")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(30, 400) * 500)
        p = mail_page(
            rng,
            font,
            "Devika Sisodia <accounts@mewarweddings.in>",
            ["Payment transferred - bridal lehengas", "RE: Gota patti order for the Singhania wedding"],
        )
        p.part = "body"
        p.add("left", f"Dear {SON.split()[0]} bhai,")
        p.add("gap")
        name = rng.choice([FIRM, FIRM_CAPS])
        para(
            p,
            f"We have transferred Rs. {num(j.amount, 'indian', 0)}/- to {name} through NEFT today, "
            f"{when(j.date, rng.choice(['{d} %B %Y', '%d.%m.%Y']))}, towards the bridal lehengas and odhnis "
            "for the Singhania wedding at the City Palace.",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
            date=j.date,
        )
        p.add("gap")
        para(p, "Please confirm once it reaches you and send the trial dates for the bride's family.")
        p.add("gap")
        p.add("left", "Warm regards,")
        p.add("left", "Devika Sisodia")
        p.add("left", f"Accounts, {MEWAR}, Udaipur")
        return p.done()
    p = mail_page(rng, font, "Straight2Bank <s2b.alerts@sc.com>", [f"Payment advice from {GULMOHAR.title()}"])
    p.part = "head"
    top(p, "Standard Chartered")
    p.add("small", "Straight2Bank  |  Payment advice")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir / Madam,")
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    utr = utr_for(rng, j, "Standard Chartered", way)
    para(
        p,
        f"Please be advised that we have effected the payment below on behalf of {GULMOHAR}.",
        status=status,
    )
    p.add("gap")
    name = rng.choice([FIRM_CAPS, CUT])
    cref = f"GLPL{j.date:%y%m}{rng.randrange(100, 999)}"
    dots(p, "Beneficiary Name", name, at=0.38, merchant=name)
    dots(p, "Payment Amount", rs(j.amount), at=0.38, bold=True, amount=j.amount)
    dots(p, "Payment Type", way, at=0.38, method="netbanking")
    dots(p, "Value Date", day_of(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=0.38, date=j.date)
    dots(p, "Customer Reference", cref, at=0.38, txn=(INVOICE_RANK, cref))
    dots(p, "Bank Reference (UTR)", utr, at=0.38, txn=(UTR_RANK, utr))
    p.add("gap")
    zebra(
        p,
        "sc",
        [(0.0, 0.4, "l"), (0.4, 0.7, "l"), (0.7, 1.0, "r")],
        ["Invoice No.", "Invoice Date", "Amount"],
        [
            ([no_, when(day, "%d/%m/%Y"), num(v)], {})
            for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "SGPW")
        ],
        (0, 114, 170),
    )
    p.add("small", "This is a system generated advice from Standard Chartered Bank. Please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Rani Couture Ltd", "Leicester, United Kingdom", "GBP", 900, 12000, "barclays"),
    ("Shaadi Boutique NJ LLC", "Edison, New Jersey, USA", "USD", 1500, 16000, "chase"),
    ("Mehndi Lane Fashions Inc.", "Brampton, Ontario, Canada", "CAD", 1500, 18000, "rbc"),
    ("Al Zaree Fashion House LLC", "Dubai, United Arab Emirates", "AED", 4000, 48000, "enbd"),
    ("Kolam Bridal Pte. Ltd.", "Singapore", "SGD", 1200, 15000, "dbs"),
    ("Maison Sari Ltd", "Port Louis, Mauritius", "MUR", 40000, 480000, "mcb"),
    ("Desi Drapes Pty Ltd", "Melbourne, Australia", "AUD", 1200, 15000, "commbank"),
    ("Atelier Zari B.V.", "Amsterdam, Netherlands", "EUR", 900, 11000, "wise"),
]


def overseas(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: pounds with the pound's sign or GBP, US dollars with $ or USD,
    Canadian dollars with C$, CAD before or CAD after, dirhams with AED before, Singapore dollars with S$ or
    SGD, Mauritian rupees with MUR before, Australian dollars with A$, AUD before or AUD after, euros with
    the euro's sign or EUR after (English grouping, as Wise prints them)."""
    forms = {
        "GBP": ["\u00a3{v}" if glyphs(font, "\u00a3") else "GBP {v}", "GBP {v}"],
        "USD": ["${v}", "USD {v}"],
        "CAD": ["C${v}", "CAD {v}", "${v} CAD"],
        "AED": ["AED {v}"],
        "SGD": ["S${v}", "SGD {v}"],
        "MUR": ["MUR {v}"],
        "AUD": ["A${v}", "AUD {v}", "${v} AUD"],
        "EUR": ["\u20ac{v}" if glyphs(font, "\u20ac") else "{v} EUR", "{v} EUR"],
    }[cur]
    form = rng.choice(forms)
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Boutiques and bridal houses abroad paying the firm for gota patti lehengas, odhnis and lace: Barclays'
    international payment sent in pounds from Online Banking for Business (its sentence; Payee name, Payee's
    bank, SWIFT/BIC, Amount, Payment date, Charges, Payment reference on hairline rows); Chase's app with a
    wire in process in US dollars (a capsule, the sum, "to <payee>", its stages across the screen, a notice;
    Send date, Deliver by, Fee, Transaction number at the left and the right); RBC's International Money
    Transfer confirmation in Canadian dollars (Confirmation number, Date, Recipient, Recipient's bank, Amount
    sent, Transfer fee, Exchange rate, Recipient receives in rupees in a striped table); Emirates NBD's app
    with an international transfer successful in dirhams (a large tick, the sum, "to <payee>", "on <day>",
    From, Transfer type, Purpose; no reference); DBS IDEAL's Telegraphic Transfer details in Singapore dollars
    (Transaction Reference, Value Date, Beneficiary Name, Beneficiary Bank, SWIFT Code, Amount, Charges,
    Status in a table ruled on every side); MCB Juice's transfer sent in Mauritian rupees under a tile's tick
    ("Today, <hour>"; the sum, "to <payee>"; Reference and From account in tiles; no day); CommBank's
    international money transfer returned in Australian dollars on a tinted band (the reason in a notice;
    Payee, Amount, Date, Receipt number, Fee against a gutter); Wise's mail of a transfer paid out in euros
    ("Your money has been paid out to <payee>."; its steps top to bottom: You set up your transfer, We
    received your EUR, We paid out your INR; Transfer #, You sent, Wise fee, Recipient gets, Sent on on
    hairline rows). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "MUR":
        j.amount = float(rng.randrange(lo // 100, hi // 100) * 100)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = overseas(rng, font, cur)
    money_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    if frame == "barclays":
        p = browser_page(rng, font, "bank.barclays.co.uk/olb/business/payments/international/confirmation")
        p.part = "head"
        top(p, "Barclays")
        p.add("small", f"Online Banking for Business  |  {payer}, {city.split(',')[0]}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International payment sent", status=status)
        para(
            p, "Your payment is on its way. Payments to India usually arrive within 2 working days.", "small"
        )
        p.add("gap")
        ref = f"BARC{j.date:%d%m}{code(rng, 6, ALNUM)}"
        name = rng.choice([me, CUT])
        h269.kind(p, "bc", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line")
        for label, value, facts in [
            ("Payee name", name, {"merchant": name}),
            ("Payee's bank", BANK_CAPS, {}),
            ("SWIFT/BIC", BIC, {}),
            ("Amount", show(j.amount), money_),
            ("Payment date", when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), {"date": j.date}),
            ("Charges", "Shared (SHA)", {"method": "netbanking"}),
            ("Payment reference", ref, {"txn": (BANK_RANK, ref)}),
        ]:
            h269.row(p, "bc", label, value, **facts)
        p.add("small", "Reference to payee: INV SGPW-EX gota lehengas")
        return p.done()
    if frame == "chase":
        p = phone(rng, font, k, ["", "Wire activity"], dark=False, buttons=("Done",))
        band(p, (17, 94, 166))
        app_head(p, "Chase", "Wires  |  International")
        chip(p, "In process", status)
        p.add("big", show(j.amount), **money_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        h289.steps(p, ["Scheduled", "Sending", "Delivered"], 1, status)
        note(
            p,
            "Your wire is with our correspondent bank. International wires usually deliver in 1 to 2 "
            "business days.",
            "warn",
        )
        tno = f"{digits(rng, 10)}"
        kvr(p, "Send date", when(j.date, rng.choice(["%b {d}, %Y", "%B {d}, %Y"])), date=j.date)
        kvr(p, "Deliver by", when(j.date + dt.timedelta(days=2), "%b {d}, %Y"))
        kvr(p, "Fee", "$45.00", method="netbanking")
        kvr(p, "Transaction number", tno, txn=(BANK_RANK, tno))
        return p.done()
    if frame == "rbc":
        p = browser_page(rng, font, "www1.royalbank.com/sgw5/olbcommercial/imt/confirmation")
        p.part = "head"
        top(p, "RBC Royal Bank")
        p.add("small", f"RBC Online Banking for Business  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International Money Transfer - Confirmation", status=status)
        p.add("gap")
        cno = f"IMT{digits(rng, 9)}"
        name = rng.choice([me, CUT])
        rate = rng.uniform(60.5, 63.8)
        zebra(
            p,
            "rb",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Transfer details", ""],
            [
                (["Confirmation number", cno], {"txn": (BANK_RANK, cno)}),
                (["Date", when(j.date, rng.choice(["%b {d}, %Y", "%Y-%m-%d"]))], {"date": j.date}),
                (["Recipient", name], {"merchant": name}),
                (["Recipient's bank", "Kotak Mahindra Bank, Jaipur"], {"method": "netbanking"}),
                (["Amount sent", show(j.amount)], money_),
                (["Transfer fee", "C$17.00" if show(1.0).startswith("C$") else "CAD 17.00"], {}),
                (["Exchange rate", f"1 CAD = {rate:.4f} INR"], {}),
                (["Recipient receives", f"INR {num(j.amount * rate, 'indian')}"], {}),
            ],
            (0, 81, 165),
        )
        p.add("small", "Keep this confirmation for your records.")
        return p.done()
    if frame == "enbd":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 56, 112))
        app_head(p, "Emirates NBD", "ENBD X  |  International transfer")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", show(j.amount), **money_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %b %Y', '%d/%m/%Y']))}", date=j.date)
        p.add("gap")
        kvr(p, "From", f"Current a/c {dot2(font)}{digits(rng, 4)}")
        kvr(p, "Transfer type", "International (SWIFT)", method="netbanking")
        kvr(p, "Purpose", "Goods bought")
        return p.done()
    if frame == "dbs":
        p = browser_page(rng, font, "ideal.dbs.com/ideal/tt/transactionDetails")
        p.part = "head"
        top(p, "DBS IDEAL")
        p.add("small", f"DBS Bank Ltd  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Telegraphic Transfer - Transaction Details")
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "db",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Transaction Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Value Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))], {"date": j.date}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary Bank", "KOTAK MAHINDRA BANK LTD, JAIPUR"], {}),
                (["SWIFT Code", BIC], {}),
                (["Amount", show(j.amount)], money_),
                (["Charges", "SHA"], {"method": "netbanking"}),
                (["Status", "Completed"], {"status": status}),
            ],
            tint=(250, 228, 226),
        )
        return p.done()
    if frame == "mcb":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (220, 30, 40))
        app_head(p, "MCB Juice", "International transfer")
        p.add("small", f"Today, {hhmm(rng)}")
        h287.tile(p, status)
        p.add("center", "Transfer sent", status=status)
        p.add("big", show(j.amount), **money_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"MCB{digits(rng, 10)}"
        tiles2(
            p,
            ("Reference", ref),
            ("From account", f"{dot2(font)}{digits(rng, 4)}"),
            txn=(BANK_RANK, ref),
            method="netbanking",
        )
        p.add("small", f"{payer}, {city.split(',')[0]}")
        return p.done()
    if frame == "commbank":
        p = browser_page(rng, font, "www.my.commbank.com.au/netbank/IMT/Status")
        p.part = "head"
        top(p, "CommBank")
        p.add("small", f"NetBank  |  {payer}, {city.split(',')[0]}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "International Money Transfer returned", status)
        note(
            p,
            "The receiving bank returned the payment: the account details did not match. The amount, less any "
            "overseas bank charges, has been credited back to your account.",
            "error",
        )
        rno = f"N{digits(rng, 9)}"
        name = rng.choice([me, CUT])
        gutter(p, "cb", "Payee", name, at=0.36, merchant=name)
        gutter(p, "cb", "Amount", show(j.amount), at=0.36, **money_)
        gutter(p, "cb", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), at=0.36, date=j.date)
        gutter(p, "cb", "Receipt number", rno, at=0.36, txn=(BANK_RANK, rno))
        gutter(p, "cb", "Fee", "A$30.00" if "A$" in show(1.0) else "AUD 30.00", at=0.36, method="netbanking")
        return p.done()
    p = mail_page(rng, font, "Wise <noreply@wise.com>", [f"Your transfer to {me} is complete"])
    p.part = "head"
    top(p, "Wise")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Hi {payer},")
    name = pick(
        p, "left", [f"Your money has been paid out to {me}.", f"Your money has been paid out to {CUT}."]
    )
    payee = name.removeprefix("Your money has been paid out to ").removesuffix(".")
    p.add("left", name, merchant=payee, status=status)
    p.add("gap")
    h271.step(p, "You set up your transfer", when(j.date, "%d %b"), "done")
    h271.step(p, "We received your EUR", when(j.date, "%d %b"), "done")
    h271.step(p, "We paid out your INR", "to Kotak Mahindra Bank", "done")
    p.add("gap")
    tno = str(digits(rng, 10))
    rate = rng.uniform(96.0, 101.5)
    fee = round(j.amount * 0.0042 + 0.6, 2)
    h269.kind(p, "ws", [(0.0, 0.36, "l"), (0.36, 1.0, "r")], "line", bold=(1,))
    h269.row(p, "ws", "Transfer #", tno, txn=(TXN_RANK, tno))
    h269.row(p, "ws", "You sent", show(j.amount), **money_)
    h269.row(p, "ws", "Wise fee", show(fee))
    h269.row(p, "ws", "Recipient gets", f"{num((j.amount - fee) * rate, 'western')} INR", method="netbanking")
    h269.row(p, "ws", "Sent on", when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), date=j.date)
    p.add("small", "Wise Europe SA. Thanks for using Wise.")
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


AAROHI = "Aarohi Bridal Studio, Koregaon Park, Pune"
ORDERS = [
    "Bridal lehenga, red georgette, gota patti, with odhni",
    "Lehenga and odhni, rani pink, gota patti jaal",
    "Rajputi poshak, leheriya, gota patti border",
    "Bridal odhni, gota patti and sitara, with blouse",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its showroom or itself on top: Sitara Gota House's TAX INVOICE under a gota
    patti phool, its Hindi name and a strip of gota lace, to a Pune bridal studio (Invoice No. beside Date,
    Bill to and Place of Supply; # | Item | HSN | Qty | Rate | Amount in a striped table; Taxable value, IGST
    5%, Round off, Grand Total; an oval PAID stamp over "Payment received by IMPS, Ref ..."); PhonePe's
    payment gateway on the web shop's checkout with the payment pending under a spinner (a notice; Order ID,
    Transaction ID, Amount, Payment method, Initiated at in dot leaders); the showroom's ORDER BOOKING -
    ADVANCE RECEIPT for a bridal order filled in by hand under a strip of gota lace, sitaras in its margins
    (No. left blank; Booking date, Name, Order, Wedding date, Trial date and Delivery date written in; each
    money label's Hindi over its English: कुल राशि / Order value, अग्रिम / Advance received, बाकी / Balance,
    the sums written in; "Advance received in cash"; no reference); the web shop's order mail from Wix (Order
    No. and Order date; Item | Qty | Price on hairline rows; Subtotal, Delivery, Total; "Payment: Visa ending
    ... - Paid"); the showroom's RETAIL INVOICE on a torn roll from its billing program (Bill No., Dt and
    Time; the items typed in columns; Net Amount; Paid by UPI, UPI Ref); CCAvenue's Transaction Status:
    Failure for the web shop on a tinted band (the reason in a notice; Order No., Tracking ID, Amount, Payment
    Mode, Date & Time, Bank Ref. No. left as a dash in a table ruled on every side); the firm's PAYMENT
    RECEIPT from Refrens under a ribbon (Receipt No. and Receipt Date, Received From and Payment Method,
    Transaction Id and Against Invoice two pairs to a row; Amount Received on a tinted panel and in words);
    the showroom's reply in WhatsApp Business under a "Today" divider (the buyer's line "Sent Rs. x for the
    odhni balance" over the showroom's bubble: "Received Rs. x with thanks via GPay (UPI Ref ...)", signed "-
    Sitara Gota House, Johari Bazar"; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=1500, high=95000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        phool(p)
        hindi(p, SHOP_HI, scale=1.2, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  State: 08-Rajasthan")
        lace(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SGH/{fy(j.date)}/{rng.randrange(10, 900):04d}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        cols(
            p,
            "ti0",
            spec,
            f"Invoice No.: {inv}",
            f"Date: {day_of(j, rng, ['%d-%m-%Y', '%d %b %Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        cols(p, "ti0", spec, f"Bill to: {AAROHI}", "Place of Supply: 27-Maharashtra")
        p.add("gap")
        items = works(rng, rng.randrange(2, 4), high=14000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.05, 2)
        exact = taxable + gst
        j.amount = float(round(exact))
        zebra(
            p,
            "tz",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.46, "l"),
                (0.46, 0.58, "c"),
                (0.58, 0.66, "c"),
                (0.66, 0.83, "r"),
                (0.83, 1.0, "r"),
            ],
            ["#", "Item", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), SHORT[t], hsn, str(q), num(pr), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ],
            (150, 24, 60),
        )
        kvr(p, "Taxable value", num(taxable))
        kvr(p, "IGST 5%", num(gst))
        off = round(j.amount - exact, 2)
        kvr(p, "Round off", f"{off:+.2f}" if off else "0.00")
        total(p, "Grand Total", rs(j.amount), at=0.6, amount=j.amount)
        h287.oval(
            p, [SHOP_CAPS, "PAID", "JOHARI BAZAR, JAIPUR"], rng.choice(["violet", "blue"]), at=0.55, rows_=4
        )
        p.add(
            "left",
            f"Payment received by IMPS, Ref {j.ref}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Hand stitched gota patti of Jaipur. Goods once sold will not be taken back.")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, f"mercury.phonepe.com/transact/pg?token={code(rng, 12, LOWER)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by PhonePe Payment Gateway")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Payment pending", status=status)
        note(
            p,
            "We are waiting for your bank to confirm this payment. Please don't pay again; your order will be "
            "confirmed as soon as the bank responds.",
            "warn",
        )
        oid = f"SGH{rng.randrange(10400, 68000)}"
        tid = f"OM{j.date:%y%m%d}{digits(rng, 14)}"
        dots(p, "Order ID", oid, at=0.32, txn=(ORDER_RANK, oid))
        dots(p, "Transaction ID", tid, at=0.32, txn=(TXN_RANK, tid))
        dots(p, "Amount", rs(j.amount), at=0.32, bold=True, amount=j.amount)
        dots(p, "Payment method", "UPI", at=0.32, method="UPI")
        dots(p, "Initiated at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.32, date=j.date)
        return p.done()
    if k == 2:
        value = float(rng.randrange(36, 140) * 1000)
        j.amount = float(round(value * rng.choice([0.25, 0.3, 0.4, 0.5]) / 500) * 500)
        p = leaf(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 248, 236), (250, 246, 240)])
        form_pen(p)
        sitaras(p)
        p.part = "head"
        hindi(p, SHOP_HI, scale=1.1, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"Gota patti bridal wear  |  {SHOP_AT}")
        lace(p)
        p.add("center", "ORDER BOOKING - ADVANCE RECEIPT")
        p.part = "body"
        p.add("left", "No. ..........")
        fill(p, "Booking date", day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fill(p, "Name", who)
        fill(p, "Order", rng.choice(ORDERS)[:44])
        wed = j.date + dt.timedelta(days=rng.randrange(45, 150))
        fill(p, "Wedding date", when(wed, "%d/%m/%Y"))
        fill(p, "Trial date", when(wed - dt.timedelta(days=rng.randrange(18, 30)), "%d/%m/%Y"))
        fill(p, "Delivery date", when(wed - dt.timedelta(days=rng.randrange(6, 12)), "%d/%m/%Y"))
        p.add("gap")
        h275.dlab(p, "कुल राशि", "Order value", f"Rs. {num(value, 'indian', 0)}/-", at=0.4, pen=True)
        h275.dlab(
            p,
            "अग्रिम",
            "Advance received",
            f"Rs. {num(j.amount, 'indian', 0)}/-",
            at=0.4,
            pen=True,
            amount=j.amount,
        )
        h275.dlab(p, "बाकी", "Balance", f"Rs. {num(value - j.amount, 'indian', 0)}/-", at=0.4, pen=True)
        write(p, "Advance received in cash", method="cash", status=status)
        sig(p)
        p.add("small", "Measurements on the back. Orders once booked cannot be cancelled.")
        return p.done()
    if k == 3:
        order = str(rng.randrange(10100, 12900))
        p = mail_page(rng, font, f"{SHOP} <no-reply@mystore.wix.com>", [f"Thanks for your order #{order}"])
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Gota patti from Johari Bazar, Jaipur")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {first},")
        para(p, "Thanks for shopping with us. We've received your order and will let you know when it ships.")
        p.add("gap")
        cols(
            p,
            "wx0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Order No. {order}",
            f"Order date: {day_of(j, rng, ['%b {d}, %Y', '{d} %b %Y'])}",
            txn=(ORDER_RANK, order),
            date=j.date,
        )
        items = works(rng, rng.randrange(1, 3), high=6000)
        ship = float(rng.choice([0, 0, 99, 149]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.64, "l"), (0.64, 0.76, "c"), (0.76, 1.0, "r")]
        cols(p, "wxh", spec, "Item", "Qty", "Price", mode="line")
        for text, _, q, pr in items:
            cols(p, "wxl", spec, clip(text, 42), str(q), rs(q * pr), mode="line")
        spec2 = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
        cols(p, "wxs", spec2, "Subtotal", rs(sub))
        cols(p, "wxs", spec2, "Delivery", rs(ship) if ship else "Free")
        h269.kind(p, "wxt", spec2, "line", bold=(0, 1))
        h269.row(p, "wxt", "Total", rs(j.amount), amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Payment: {rng.choice(['Visa', 'Mastercard', 'RuPay'])} ending {digits(rng, 4)} - Paid",
            method="card",
            status=status,
        )
        p.add("small", f"Questions? Write to care@{WEB}. Powered by Wix.")
        return p.done()
    if k == 4:
        p = screen(rng, font, width=rng.choice([460, 480, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        hand_pen(p)
        typeface(p)
        h269.torn(p)
        p.part = "head"
        name = pick(p, "center", [SHOP_CAPS, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", "Gopalji ka Rasta, Johari Bazar, Jaipur")
        p.add("small", f"GSTIN {GSTIN}")
        p.part = "body"
        p.add("center", "RETAIL INVOICE")
        h271.ext(p)["tt_scale"] = 0.86
        n_ = min(h271.tt_cols(p), 40)
        bno = f"JB/{fy(j.date).replace('-', '')}/{rng.randrange(1000, 9999)}"
        typed(p, f"Bill No: {bno}"[:n_], scale=0.86, txn=(INVOICE_RANK, bno))
        typed(
            p,
            f"Dt: {when(j.date, '%d/%m/%y')}  Time: {hhmm(rng, twelve=False)}"[:n_],
            scale=0.86,
            date=j.date,
        )
        typed(p, "-" * n_, scale=0.86)
        w_item = n_ - 18
        typed(p, f"{'Item':<{w_item}}{'Qty':>4}{'Amount':>14}"[:n_], scale=0.86)
        j.amount = 0.0
        for t, _, q, pr in works(rng, rng.randrange(2, 4), high=5000):
            typed(p, f"{SHORT[t][: w_item - 1]:<{w_item}}{q:>4}{num(q * pr, 'plain'):>14}"[:n_], scale=0.86)
            j.amount += q * pr
        typed(p, "-" * n_, scale=0.86)
        typed(p, f"{'Net Amount':<{n_ - 14}}{num(j.amount, 'plain'):>14}"[:n_], scale=0.86, amount=j.amount)
        typed(
            p,
            f"{'Paid by UPI':<{n_ - 14}}{num(j.amount, 'plain'):>14}"[:n_],
            scale=0.86,
            method="UPI",
            status=status,
        )
        typed(p, f"UPI Ref: {j.ref}"[:n_], scale=0.86, txn=(UTR_RANK, j.ref))
        typed(p, "-" * n_, scale=0.86)
        p.add("small", "Thank you! Visit again.")
        return p.done()
    if k == 5:
        p = browser_page(
            rng, font, "secure.ccavenue.com/transaction/transaction.do?command=initiateTransaction"
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by CCAvenue")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Transaction Status: Failure", status)
        note(
            p,
            "Your card issuer could not authenticate this payment (3-D Secure failed). No amount has been "
            "charged; please try again or choose another payment option.",
            "error",
        )
        oid = f"SGH{rng.randrange(10400, 68000)}"
        trk = str(digits(rng, 12))
        grid(
            p,
            "cv",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Order No.", oid], {"txn": (ORDER_RANK, oid)}),
                (["Tracking ID", trk], {"txn": (TXN_RANK, trk)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", f"Credit Card ({rng.choice(['Visa', 'Mastercard'])})"], {"method": "card"}),
                (["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
                (["Bank Ref. No.", "-"], {}),
            ],
            tint=(252, 236, 222),
        )
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 9000, 180000, 0.6)
        p = leaf(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        h275.ribbon(p, "PAYMENT RECEIPT", rng.choice([(150, 24, 60), (20, 90, 80), (120, 60, 20)]))
        p.part = "body"
        p.add("gap")
        rno = f"RCPT-{rng.randrange(40, 900):04d}"
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "HDFC Bank", way)
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.53, 0.74, "l"), (0.74, 1.0, "l")]
        colkv(
            p,
            "rf",
            spec,
            "Receipt No.",
            rno,
            "Receipt Date",
            day_of(j, rng, ["%d %b %Y", "%d/%m/%Y"]),
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        colkv(
            p, "rf", spec, "Received From", "Aarohi Bridal Studio", "Payment Method", way, method="netbanking"
        )
        colkv(
            p,
            "rf",
            spec,
            "Transaction Id",
            utr,
            "Against Invoice",
            f"SGH/{fy(j.date)}/{rng.randrange(10, 900):04d}",
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        panel(p, "Amount Received", rs(j.amount), (250, 232, 238), amount=j.amount, status=status)
        para(p, f"Rupees {plain_words(j.amount)} only", "small")
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        p.add("small", "Receipt generated with Refrens")
        return p.done()
    j.amount = rupees(rng, 1500, 32000, 0.6)
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    name = pick(p, "title", [SHOP, SHOP_CAPS])
    p.add("title", name, merchant=name)
    p.add("small", f"Business account  {sign(font, chr(0x2714), '')}".strip())
    p.add("rule")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    hour, minute = rng.randrange(10, 20), rng.randrange(0, 45)

    def at(m: int) -> str:
        return f"{(hour - 1) % 12 + 1}:{m:02d} {'pm' if hour >= 12 else 'am'}"

    aside(p, f"{first}: Sent {rs(j.amount)} for the odhni balance. Please check.")
    p.add("gap")
    s = len(p.rows)
    p.add("left", f"Received {rs(j.amount)} with thanks", amount=j.amount, status=status)
    p.add("left", f"via GPay (UPI Ref {j.ref}).", method="UPI", txn=(UTR_RANK, j.ref))
    p.add("left", "Your odhni ships tomorrow.")
    p.add("left", f"- {SHOP}, Johari Bazar")
    bubble(p, s, at(minute + rng.randrange(3, 12)))
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


RANGREZ = "NOOR MOHAMMED RANGREZ"
RANGREZ_HI = "नूर मोहम्मद रंगरेज़"
LACE_MILL = "SHREE AMBIKA LACE MILLS"
KAPDA = "MAHAVEER TEXTILES"
KAPDA_HI = "श्री महावीर टेक्सटाइल्स"
PRINTERS = "PINK CITY PRINTERS & PACKAGING"
KINARI = "JAIN KINARI BHANDAR"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a leheriya rangrez's (dyer's) bahi page under his
    name in Hindi and English (the firm's khata written in a Hindi hand on the bahi's red rules: दिनांक
    (date), लहरिया रंगाई (leheriya dyeing) and मोठड़ा (a crossed leheriya) by the piece with their sums, कुल
    (total), "नकद प्राप्त किए" (received in cash); no reference); a Surat lace mill's TAX INVOICE for gota
    rolls (Invoice No. beside its earlier Date; the rolls in a table ruled on every side with IGST 5% and its
    Total) with the firm's accountant's marks: a tick at the total, a ring round it, a highlighter over the
    mill's bank line, "Pd. by NEFT, UTR ..., dt. <day> - N.A." in the hand; Moglix's payment failed for a
    sewing machine on a tinted band (the reason in a notice; Order ID and Order value, Sold by and Payment
    method, Attempted on and Items, each label small over its value two to a row); Shiprocket's app with an
    export parcel's shipment created and paid ("Today, <hour>"; Shiprocket Limited under its bar; AWB and
    Courier, Weight and Freight in tiles; GST 18%, Total paid at the left and the right; a copyable UPI Ref;
    no day); a Johari Bazar cloth merchant's memo under a Mahajani श्री and his Hindi name (Date and M/s
    written in; the georgette and net by the metre written in its columns on a bahi's red rules, Total; "Paid
    by GPay, UPI Ref ..." in the hand); a Jaipur printer's TAX INVOICE from myBillBook (Invoice No., Invoice
    Date and Due Date on a line; # | Item | Qty | Rate | Amount in a striped table; Taxable Amount, CGST 9%,
    SGST 9%, Total Amount, Received Amount, Balance Amount; Payment Date, Payment Mode and UPI Ref on hairline
    rows); Bizongo's order with the payment pending for kraft mailers (a capsule, a notice; Order ID, Seller,
    Items, Order value, Payment, Initiated on in a table ruled on every side); a Kinari Bazar shop's BILL
    corrected by hand (its Bill No. struck in red by a numbering machine; M/s written in; the kinari, zari
    dori and sitara in ruled columns; its Total crossed out and written again with the writer's initials;
    "Recd. by PhonePe, UPI Ref ..." and "dt. <day>" in the hand). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=1500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = leaf(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 242, 222), (246, 238, 220)])
        p.part = "head"
        hindi(p, RANGREZ_HI, scale=1.2, bold=True, serif=True)
        top(p, RANGREZ, merchant=RANGREZ)
        p.add("small", "Leheriya, mothda and bandhej dyeing  |  Rangrezon ki Gali, Ramganj, Jaipur")
        p.part = "body"
        p.add("gap")
        start = len(p.rows)
        hhand(p, "खाता - सितारा गोटा पत्ती वर्क्स", scale=1.1)
        hhand(p, f"दिनांक {day_of(j, rng, ['%d/%m/%Y', '{d}/%m/%y'])}", scale=1.1, date=j.date)
        n1, r1 = rng.randrange(20, 70), rng.choice([70, 80, 85, 90])
        n2, r2 = rng.randrange(6, 24), rng.choice([130, 140, 150, 160])
        j.amount = float(n1 * r1 + n2 * r2)
        hhand(p, f"लहरिया रंगाई {n1} x {r1}", figure=num(float(n1 * r1), "indian", 0), scale=1.1)
        hhand(p, f"मोठड़ा {n2} x {r2}", figure=num(float(n2 * r2), "indian", 0), scale=1.1)
        hhand(p, "कुल", figure=f"{num(j.amount, 'indian', 0)}/-", scale=1.1, amount=j.amount)
        p.add("gap")
        hhand(p, "नकद प्राप्त किए", scale=1.25, method="cash", status=status)
        h275.bahi(p, start, [0.74], fold=False)
        p.add("gap")
        sig(p)
        write(p, "Noor Mohd.", align="r")
        return p.done()
    if k == 1:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, LACE_MILL, merchant=LACE_MILL)
        p.add(
            "small",
            f"Zari gota and kinari manufacturers  |  Ring Road, Surat - 395002  |  GSTIN {gstin_of(rng, '24', 'F')}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SALM/{fy(j.date)}/{rng.randrange(100, 2900)}"
        cols(
            p,
            "lm0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Date: {when(earlier(rng, j, 3, 24), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {FIRM}, Jaipur (08-Rajasthan)")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("Gota 1/2 in, gold (roll 50 m)", 210, 290),
                ("Gota 1 in, gold (roll 50 m)", 380, 520),
                ("Gota 1 in, silver (roll 50 m)", 360, 480),
                ("Kiran lace, gold (roll 25 m)", 160, 240),
                ("Chatai gota 2 in, gold (roll 25 m)", 540, 720),
            ],
            3,
        ):
            q = rng.randrange(10, 80)
            rate = float(rng.randrange(lo, hi))
            taxable += q * rate
            rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        rows_.append((["IGST 5%", "", "", num(gst)], {}))
        grid(
            p,
            "lm",
            [(0.0, 0.5, "l"), (0.5, 0.6, "c"), (0.6, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description (HSN 5808)", "Rolls", "Rate", "Amount"],
            rows_,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(246, 236, 212),
        )
        h273.tick(p)
        h273.ring(p)
        p.add("small", "Bank: HDFC Bank, Ring Road, Surat  |  A/c 50200041XXXX  |  IFSC HDFC0000233")
        h273.hilite(p)
        p.add("gap")
        utr = utr_for(rng, j, "Kotak Mahindra Bank", "NEFT")
        write(p, f"Pd. by NEFT, UTR {utr},", method="netbanking", status=status, txn=(UTR_RANK, utr))
        write(p, f"dt. {day_of(j, rng, ['%d/%m/%y', '{d}.%m.%Y'])} - N.A.", date=j.date)
        return p.done()
    if k == 2:
        j.amount = float(rng.randrange(1100, 4200) * 10)
        p = browser_page(rng, font, "www.moglix.com/checkout/payment-failed")
        p.part = "head"
        top(p, "Moglix")
        p.add("small", "Industrial supplies for business")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "Your card issuer declined the transaction (insufficient limit). Your order is saved for 24 hours; "
            "please retry with another card, UPI or net banking.",
            "error",
        )
        oid = f"MSN{digits(rng, 9)}"
        seller = "Ganpati Sewing Solutions"
        two_up(
            p, "mg1", ("Order ID", oid), ("Order value", rs(j.amount)), txn=(ORDER_RANK, oid), amount=j.amount
        )
        two_up(
            p,
            "mg2",
            ("Sold by", seller),
            ("Payment method", f"Credit card XX{digits(rng, 4)}"),
            merchant=seller,
            method="card",
        )
        two_up(
            p,
            "mg3",
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            ("Items", "1"),
            date=j.date,
        )
        p.add("gap")
        p.add("small", "Usha Janome industrial straight stitch machine with servo motor")
        return p.done()
    if k == 3:
        kilos = rng.randrange(2, 14)
        freight = float(rng.randrange(380, 720) * kilos)
        gst = round(freight * 0.18, 2)
        j.amount = round(freight + gst, 2)
        p = phone(rng, font, k, ["", "Shipment"], dark=False, buttons=("Track",))
        band(p, (112, 56, 200))
        app_head(p, "Shiprocket", "Ship international")
        p.add("center", "Shiprocket Limited", merchant="Shiprocket Limited")
        p.add("small", f"Today, {hhmm(rng)}")
        h287.tile(p, status)
        p.add("center", "Shipment created and paid", status=status)
        p.add("gap")
        tiles2(p, ("AWB", str(digits(rng, 11))), ("Courier", "Blue Dart Air"))
        tiles2(p, ("Weight", f"{kilos} kg"), ("Freight", num(freight)))
        kvr(p, "GST 18%", num(gst))
        kvr(p, "Total paid", rs(j.amount), amount=j.amount, method="UPI")
        copyrow(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 4:
        p = leaf(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(252, 250, 240), (248, 246, 236)])
        p.part = "head"
        mahajani(p, "श्री महावीर")
        hindi(p, KAPDA_HI, scale=1.1, bold=True)
        top(p, KAPDA, merchant=KAPDA)
        p.add("small", "Georgette, chiffon and net  |  Ghee Walon ka Rasta, Johari Bazar, Jaipur")
        p.part = "body"
        p.add("rule")
        fill(p, "Date", day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fill(p, "M/s", f"{FIRM}")
        spec = [(0.0, 0.5, "l"), (0.5, 0.64, "c"), (0.64, 0.8, "r"), (0.82, 1.0, "r")]
        cols(p, "kp", spec, "Particulars", "Mtr", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Georgette, red", 110, 160),
                ("Georgette, rani", 110, 160),
                ("Net, soft, pink", 90, 140),
                ("Chiffon, yellow", 80, 120),
                ("Satin lining", 60, 90),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(20, 120)
            rate = rng.randrange(lo, hi, 5)
            hcells(p, spec, text, str(q), str(rate), num(float(q * rate), "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        h275.bahi(p, start, [0.5, 0.64, 0.81], fold=False)
        p.add("gap")
        write(p, f"Paid by GPay, UPI Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 5:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, PRINTERS, merchant=PRINTERS)
        p.add(
            "small", f"Tags, labels and garment boxes  |  VKI Area, Jaipur - 302013  |  GSTIN {gstin_of(rng)}"
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"PCP/{rng.randrange(100, 999)}"
        cols(
            p,
            "pc0",
            [(0.0, 0.34, "l"), (0.34, 0.67, "c"), (0.67, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date {when(earlier(rng, j, 2, 12), '%d/%m/%Y')}",
            f"Due Date {when(j.date + dt.timedelta(days=rng.randrange(5, 20)), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        rows_, taxable = [], 0.0
        for n, (text, lo, hi, qlo, qhi) in enumerate(
            rng.sample(
                [
                    ("Hang tags, gold foil, with string", 3, 6, 1000, 5000),
                    ("Woven labels, satin", 2, 4, 2000, 8000),
                    ("Lehenga box, printed, magnetic", 140, 220, 50, 300),
                    ("Tissue paper, printed (ream)", 380, 560, 2, 10),
                ],
                3,
            )
        ):
            q = rng.randrange(qlo, qhi)
            rate = float(rng.randrange(lo, hi + 1))
            taxable += q * rate
            rows_.append(([str(n + 1), text, str(q), num(rate), num(q * rate)], {}))
        gst = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "pcz",
            [(0.0, 0.06, "c"), (0.06, 0.56, "l"), (0.56, 0.68, "c"), (0.68, 0.83, "r"), (0.83, 1.0, "r")],
            ["#", "Item", "Qty", "Rate", "Amount"],
            rows_,
            (60, 80, 150),
        )
        kvr(p, "Taxable Amount", num(taxable))
        kvr(p, "CGST 9%", num(gst))
        kvr(p, "SGST 9%", num(gst))
        kvr(p, "Total Amount", rs(j.amount))
        kvr(p, "Received Amount", rs(j.amount), amount=j.amount, status=status)
        kvr(p, "Balance Amount", rs(0.0))
        p.add("gap")
        h269.kind(p, "pcp", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "line")
        h269.row(p, "pcp", "Payment Date", day_of(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        h269.row(p, "pcp", "Payment Mode", "UPI", method="UPI")
        h269.row(p, "pcp", "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", "Generated on myBillBook")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "www.bizongo.com/orders/payment-status")
        p.part = "head"
        top(p, "Bizongo")
        p.add("small", "Packaging for businesses  |  Your orders")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment pending", status)
        note(
            p,
            "We have not received a confirmation from your bank yet. The order will be processed once the "
            "payment is confirmed; please do not pay again.",
            "warn",
        )
        oid = f"BZ{digits(rng, 10)}"
        seller = "Ecopack Industries"
        grid(
            p,
            "bz",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Order ID", oid], {"txn": (ORDER_RANK, oid)}),
                (["Seller", seller], {"merchant": seller}),
                (["Items", "Kraft mailer box 14x10x4 in (500)"], {}),
                (["Order value", rs(j.amount)], {"amount": j.amount}),
                (["Payment", "Net Banking (Kotak)"], {"method": "netbanking"}),
                (["Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            ],
            tint=(232, 240, 236),
        )
        return p.done()
    p = leaf(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 238)])
    p.part = "head"
    top(p, KINARI, merchant=KINARI)
    p.add("small", "Kinari, zari and dori  |  Kinari Bazar, Chandni Chowk, Delhi - 110006")
    p.add("center", "BILL")
    p.part = "body"
    no = str(rng.randrange(2000, 9800))
    h279.redno(p, "Bill No.", no, txn=(INVOICE_RANK, no))
    fill(p, "M/s", f"{FIRM}, Jaipur")
    spec = [(0.0, 0.52, "l"), (0.52, 0.66, "c"), (0.68, 1.0, "r")]
    cols(p, "kn", spec, "Particulars", "Qty", "Rs.", mode="line")
    start = len(p.rows)
    lines_ = []
    for text, lo, hi in rng.sample(
        [
            ("Zari dori, gold (bundle)", 180, 260),
            ("Kinari, 2 in, gold (roll)", 320, 460),
            ("Sitara, gold, 6 mm (kg)", 900, 1300),
            ("Nakshi lace, silver (roll)", 260, 380),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(4, 30)
        v = float(q * rng.randrange(lo, hi, 10))
        hcells(p, spec, text, str(q), num(v, "indian", 0))
        lines_.append(v)
    j.amount = float(sum(lines_))
    wrong = j.amount + rng.choice([-1000.0, -100.0, 100.0, 900.0, 1000.0])
    ledger(p, start, [0.52, 0.67])
    h275.strike(
        p,
        "Total",
        f"{num(wrong, 'indian', 0)}/-",
        f"{num(j.amount, 'indian', 0)}/-",
        "J.K.",
        at=0.4,
        amount=j.amount,
    )
    p.add("gap")
    write(p, f"Recd. by PhonePe, UPI Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
    write(p, f"dt. {day_of(j, rng, ['%d/%m/%y', '{d}.%m.%Y'])}", date=j.date)
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("PINK CITY PRINTERS & PACKAGING", "HDFC Bank", "IMPS"),
    ("JAIN KINARI BHANDAR", "Punjab National Bank", "NEFT"),
    ("SHREE AMBIKA LACE MILLS", "HDFC Bank", "RTGS"),
    ("Noor Mohammed", "State Bank of India", "UPI"),
    ("NOVELTY SITARA CENTRE", "Union Bank of India", "NEFT"),
    ("MAHAVEER TEXTILES", "Bank of Baroda", "IMPS"),
    ("PINK CITY ROADLINES", "ICICI Bank", "NEFT"),
    ("IQBAL HUSSAIN TAILORS", "Axis Bank", "NEFT"),
]
SENDERS = [
    "Kotak Mahindra Bank",
    "YES BANK",
    "IDFC FIRST Bank",
    "Bank of India",
    "Central Bank of India",
    "RBL Bank",
    "Jaipur Central Co-operative Bank",
    "Bandhan Bank",
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Kotak's app with an IMPS to the printers successful under
    a large tick (the sum, "to <payee>"; IMPS Ref No., Beneficiary A/c, IFSC, Date & Time, Remarks each value
    over its label); YES BANK's iris with a NEFT failed on a scalloped badge (the reason in a notice; labels
    small over their values two to a row: Beneficiary and Amount, UTR and Date, Debit A/c and Mode); IDFC
    FIRST Bank's RTGS to the Surat lace mill successful (a capsule, the sum; Beneficiary Name, Amount, UTR,
    Value Date, Account No., IFSC, Purpose in a striped table); BOI Mobile's UPI to the rangrez ("Today,
    <hour>"; a Paid capsule, the sum, "to <payee>" over his UPI ID; a copyable UPI Transaction ID; From, Note;
    no day); Cent Mobile's NEFT in process under a spinner (its stages left to right, a notice; Beneficiary,
    Amount, Transaction Ref. No., UTR, Initiated on in shaded labels); RBL MoBank's IMPS successful under a
    tile's tick (Beneficiary, Amount, IMPS Ref No., Date & Time, From A/c, Remarks in a table ruled on every
    side); the Jaipur Central Co-operative Bank's NEFT / RTGS APPLICATION - CUSTOMER COPY filled in by hand
    under the bank's Hindi name (each field's English over its Hindi in ruled cells: Date / दिनांक, Remitter /
    प्रेषक, Beneficiary / लाभार्थी, A/c No. / खाता संख्या, IFSC / आईएफएससी, Amount / राशि; NEFT and RTGS in
    boxes, NEFT ticked; the branch's rectangular NEFT SENT stamp; UTR written in by the branch); Bandhan
    Bank's shared card of a NEFT to the tailor ("<sum> sent to <payee>", "on <day>", "via NEFT"; no
    reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=3000, high=150000)
    to, their_bank, way = VENDORS[k]
    if way == "IMPS":
        j.amount = rupees(rng, 2000, 95000, 0.6)
    if way == "UPI":
        j.amount = rupees(rng, 1500, 30000, 0.7)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_for(rng, j, SENDERS[k], way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXXX{digits(rng, 4)}"
    ifsc = f"{IFSC[their_bank]}0{digits(rng, 6)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 50, 110))
        app_head(p, "Kotak", "Kotak Mahindra Bank  |  IMPS")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {to.title()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        vlab(p, "IMPS Ref No.", utr, txn=(UTR_RANK, utr))
        vlab(p, "Beneficiary A/c", f"XXXX{digits(rng, 4)}", bold=False, method=method)
        vlab(p, "IFSC", ifsc, bold=False)
        vlab(
            p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date
        )
        vlab(p, "Remarks", "hang tags and boxes", bold=False)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Retry",))
        band(p, (0, 64, 140))
        app_head(p, "iris by YES BANK", "NEFT")
        h287.burst(p, status)
        p.add("center", "Transaction failed", status=status)
        note(
            p,
            "The beneficiary bank returned the NEFT (account closed or transferred). The amount has been "
            "credited back to your account.",
            "error",
        )
        two_up(p, "ys1", ("Beneficiary", to), ("Amount", rs(j.amount)), merchant=to, amount=j.amount)
        two_up(
            p,
            "ys2",
            ("UTR", utr),
            ("Date", day_of(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        two_up(p, "ys3", ("Debit A/c", acct[-8:]), ("Mode", "NEFT"), method=method)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "RTGS"], dark=False, buttons=("Download receipt",))
        band(p, (156, 24, 46))
        app_head(p, "IDFC FIRST Bank", "Fund transfer  |  RTGS")
        pill(p, "RTGS successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        zebra(
            p,
            "if",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Transfer details", ""],
            [
                (["Beneficiary Name", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {}),
                (["UTR", utr], {"txn": (UTR_RANK, utr), "method": method}),
                (["Value Date", day_of(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["Account No.", acct], {}),
                (["IFSC", ifsc], {}),
                (["Purpose", "Gota rolls, Surat"], {}),
            ],
            (156, 24, 46),
        )
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (240, 110, 30))
        app_head(p, "BOI Mobile", "Bank of India  |  UPI")
        p.add("small", f"Today, {hhmm(rng)}")
        pill(p, "Paid", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("small", "noormohd.rangrez@oksbi")
        p.add("gap")
        copyrow(p, "UPI Transaction ID", utr, txn=(UTR_RANK, utr))
        kvr(p, "From", f"Bank of India {dot2(font)}{digits(rng, 4)}", method=method)
        kvr(p, "Note", "leheriya dyeing")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Refresh",))
        band(p, (190, 24, 40))
        app_head(p, "Cent Mobile", "Central Bank of India  |  NEFT")
        h279.spinner(p, AMBER)
        p.add("center", "NEFT in process", status=status)
        track(p, ["Submitted", "With RBI", "Credited"], "dp-")
        note(
            p,
            "Your NEFT is awaiting credit at the beneficiary bank. Please do not initiate the transfer again.",
            "warn",
        )
        ref = f"CBIN{j.date:%y%m%d}{digits(rng, 7)}"
        kv(p, "Beneficiary", to, at=0.4, merchant=to)
        kv(p, "Amount", rs(j.amount), at=0.4, amount=j.amount, method=method)
        kv(p, "Transaction Ref. No.", ref, at=0.4, txn=(BANK_RANK, ref))
        kv(p, "UTR", utr, at=0.4, txn=(UTR_RANK, utr))
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.4, date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Done"))
        band(p, (30, 44, 110))
        app_head(p, "RBL MoBank", "RBL Bank  |  IMPS")
        h287.tile(p, status)
        p.add("center", "IMPS successful", status=status)
        p.add("gap")
        grid(
            p,
            "rb",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            None,
            [
                (["Beneficiary", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["IMPS Ref No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))], {"date": j.date}),
                (["From A/c", acct], {"method": method}),
                (["Remarks", "georgette 220 m"], {}),
            ],
            tint=(228, 232, 246),
        )
        return p.done()
    if k == 6:
        p = leaf(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(244, 248, 240), (250, 246, 234)])
        form_pen(p)
        p.part = "head"
        hindi(p, "द जयपुर सेन्ट्रल को-ऑपरेटिव बैंक लि.", scale=1.05, bold=True)
        top(p, pick(p, "title", ["THE JAIPUR CENTRAL CO-OPERATIVE BANK LTD.", "JAIPUR CENTRAL CO-OP. BANK"]))
        p.add("small", "Johari Bazar Branch, Jaipur  |  NEFT / RTGS APPLICATION - CUSTOMER COPY")
        p.part = "body"
        p.add("gap")
        name = to.title().replace("&", "and")
        nbox(p, "Date", "दिनांक", day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), at=0.34, pen=True, date=j.date)
        nbox(p, "Remitter", "प्रेषक", FIRM, at=0.34, pen=True)
        nbox(p, "Beneficiary", "लाभार्थी", name, at=0.34, pen=True, merchant=name)
        nbox(p, "A/c No.", "खाता संख्या", str(digits(rng, 12)), at=0.34, pen=True)
        nbox(p, "IFSC", "आईएफएससी", ifsc, at=0.34, pen=True)
        nbox(
            p,
            "Amount",
            "राशि",
            f"Rs. {num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}",
            at=0.34,
            pen=True,
            amount=j.amount,
        )
        h269.ticks(p, ["NEFT", "RTGS"], 0, method=method)
        h271.rstamp(p, ["JCCB JOHARI BAZAR", "NEFT SENT", "JAIPUR"], "violet", at=0.5, rows_=4)
        p.add("gap")
        fill(p, "UTR", utr, txn=(UTR_RANK, utr), status=status)
        p.add("gap")
        sig(p)
        return p.done()
    p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 580]), size=rng.choice([20, 21]))
    p.style["paper"] = (250, 244, 236)
    p.part = "head"
    p.add("title", "Bandhan Bank")
    p.add("small", "mBandhan  |  Shared transaction")
    p.part = "body"
    p.add("gap")
    sicon(p, status)
    p.add("center", "Money sent", status=status)
    line = pick(p, "center", [f"{rs(j.amount)} sent to {to}", f"{rs(j.amount)} sent to Iqbal Hussain"])
    p.add("center", line, amount=j.amount, merchant=line.split(" sent to ", 1)[1])
    p.add("small", f"on {day_of(j, rng, ['{d} %B %Y', '%d/%m/%Y'])}", date=j.date)
    p.add("small", "via NEFT  |  stitching, 14 lehengas", method=method)
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


WORK = [
    ("Patti stitching, dupatta", 120, 180),
    ("Gota border, odhni", 80, 140),
    ("Lehenga jaal (patti)", 900, 1600),
    ("Kinari on blouse", 60, 90),
    ("Sitara work, poshak", 300, 520),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its karigars at the karkhana and at home, its patti cutters and its showroom's staff:
    the karkhana's KARIGAR WAGE CARD under its Hindi heading "कारीगर मजदूरी हिसाब" (karigar's wage account),
    photographed lying on a leheriya, sitaras in its margins (Karigar written in; the days' pieces, their
    work, number and rate written in its ruled columns, Total; "Paid in cash" and "Paid on" written in; her
    "Recd." and name; no reference); greytHR's payslip for the showroom's salesman (Payslip for the month;
    Employee No. and Name, Designation and Date of Joining, Bank A/c and UAN, Paid Days and LOP two pairs to a
    row in a table ruled on every side; Earnings | Amount | Deductions | Amount on hairline rows; Net Pay on a
    tinted panel; "Paid on <day> by NEFT, UTR ..."); Google Pay's Completed to a home karigar (her initials in
    a round badge, "To <payee>", the sum large, the day and hour; a card: UPI transaction ID, To, From, Google
    transaction ID); Airtel Payments Bank's UPI payment pending to a patti cutter (a capsule, the sum, "to
    <payee>", its stages across the screen, a notice; UPI Ref No., Initiated on, From against a gutter);
    Groww's UPI payment to a karigar under a tile's tick ("Today, <hour>"; the sum, "to <payee>"; UPI Ref No.
    and From in tiles; no day); PayZapp's UPI payment failed on a tinted band (the sum, "to <payee>", the
    reason in a notice; labels small over their values two to a row: UPI Ref No. and Attempted on, Paid from
    and Reason); the firm's PAYMENT VOUCHER printed from BUSY for a karigar's Eid bonus (Voucher No. beside
    Date; Account : Cash; Particulars | Amount with her line and "Being Eid bonus paid in cash"; the sum under
    a rule; Rupees in words; Prepared by, Checked by, Receiver's signature); Tata Neu's UPI payment to the
    showroom's salesgirl under a pale wave (Payment successful, "Paid to" over the payee, the sum; UPI Ref No.
    and Date in tiles). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=1200, high=26000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = KARIGARS[(k + rng.randrange(2)) % len(KARIGARS)]
    if k == 0:
        worker = rng.choice(["Shabana Bano", "Rubina Khatoon", "Naseem Bano", "Gulshan Ara"])
        p = leaf(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 244, 236)])
        on_leheriya(p)
        sitaras(p)
        p.part = "head"
        hindi(p, "कारीगर मजदूरी हिसाब", scale=1.15, bold=True)
        p.add("center", "KARIGAR WAGE CARD")
        p.add("small", f"{KARKHANA}  |  {TOWN}")
        p.part = "body"
        p.add("rule")
        fill(p, "Karigar", worker, merchant=worker)
        spec = [(0.0, 0.16, "l"), (0.16, 0.58, "l"), (0.58, 0.68, "c"), (0.68, 0.82, "r"), (0.84, 1.0, "r")]
        cols(p, "kw", spec, "Date", "Work", "Pcs", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        lines_ = []
        for text, lo, hi in rng.sample(WORK, 3):
            q = rng.randrange(1, 4) if lo >= 800 else rng.randrange(3, 16)
            rate = rng.randrange(lo, hi, 10)
            lines_.append((earlier(rng, j, 1, 12), text, q, rate))
        j.amount = 0.0
        for day, text, q, rate in sorted(lines_):
            hcells(p, spec, when(day, "%d/%m"), text, str(q), str(rate), num(float(q * rate), "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "", "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.16, 0.58, 0.68, 0.83])
        p.add("gap")
        write(p, "Paid in cash", method="cash", status=status)
        fill(p, "Paid on", day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        write(p, f"Recd. - {worker.split()[0]}", align="r")
        return p.done()
    if k == 1:
        worker = STAFF[0]
        basic = float(rng.randrange(90, 150) * 100)
        hra = float(round(basic * 0.4, -1))
        conv = 1600.0
        pf = float(round(min(basic, 15000) * 0.12))
        esi = float(round((basic + hra + conv) * 0.0075)) if basic + hra + conv <= 21000 else 0.0
        j.amount = basic + hra + conv - pf - esi
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, FIRM)
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")]
        joined = dt.date(rng.randrange(2019, 2025), rng.randrange(1, 13), rng.randrange(1, 28))
        grid(
            p,
            "gh",
            spec,
            None,
            [
                (["Employee No.", f"SGH{rng.randrange(3, 40):03d}", "Name", worker], {"merchant": worker}),
                (["Designation", "Sales Executive", "Date of Joining", when(joined, "%d %b %Y")], {}),
                (["Bank A/c", f"XXXXXX{digits(rng, 4)}", "UAN", f"10{digits(rng, 10)}"], {}),
                (["Paid Days", str(rng.randrange(26, 31)), "LOP", "0"], {}),
            ],
            tint=(234, 236, 246),
        )
        p.add("gap")
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.54, 0.82, "l"), (0.82, 1.0, "r")]
        cols(p, "gE", spec2, "Earnings", "Amount", "Deductions", "Amount", mode="line")
        cols(p, "gL", spec2, "Basic", num(basic), "PF Employee", num(pf), mode="line")
        cols(p, "gL", spec2, "HRA", num(hra), "ESI Employee", num(esi), mode="line")
        cols(p, "gL", spec2, "Conveyance", num(conv), "", "", mode="line")
        cols(
            p,
            "gL",
            spec2,
            "Gross Earnings",
            num(basic + hra + conv),
            "Total Deductions",
            num(pf + esi),
            mode="line",
        )
        panel(p, "Net Pay", rs(j.amount), (230, 244, 236), amount=j.amount)
        utr = utr_for(rng, j, "Kotak Mahindra Bank", "NEFT")
        para(
            p,
            f"Paid on {day_of(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a computer generated payslip from greytHR and does not need a signature.")
        return p.done()
    if k == 2:
        worker = rng.choice(["Naseem Bano", "Gulshan Ara", "Mehrunnisa"])
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share screenshot",))
        app_head(p, "Google Pay", "")
        h273.avatar(p, h279.initials(worker), (26, 115, 232))
        p.add("center", f"To {worker}", merchant=worker)
        h275.bigsum(p, mark_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"{sign(font, chr(0x2714), '')} Completed".strip(), status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        c = card_open(p)
        tiny(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        tiny(p, "To")
        p.add("left", f"{worker.upper()}  ({worker.split()[0].lower()}{rng.randrange(10, 99)}@okaxis)")
        tiny(p, "From")
        p.add("left", f"Kotak Mahindra Bank {dot2(font)}{digits(rng, 4)}", method="UPI")
        gid = f"CICAgO{code(rng, 14, MIXED)}"
        tiny(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        card_close(p, c)
        return p.done()
    if k == 3:
        worker = rng.choice(["Rafiq Mohammed", "Salim Khan"])
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (228, 0, 24))
        app_head(p, "Airtel Payments Bank", "UPI")
        chip(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        h289.steps(p, ["Debited", "Processing", "Credited"], 1, status)
        note(
            p,
            "We are waiting for the receiving bank to confirm. Please don't pay again; the status will update "
            "within 48 hours.",
            "warn",
        )
        gutter(p, "ap", "UPI Ref No.", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        gutter(
            p,
            "ap",
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.36,
            date=j.date,
        )
        gutter(p, "ap", "From", f"Airtel Payments Bank {dot2(font)}{digits(rng, 4)}", at=0.36, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 150, 120))
        app_head(p, "Groww", "UPI")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        tiles2(
            p,
            ("UPI Ref No.", j.ref),
            ("From", f"Kotak {dot2(font)}{digits(rng, 4)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (0, 76, 143))
        app_head(p, "PayZapp", "HDFC Bank  |  UPI")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "The receiving bank could not credit the account (U28: the beneficiary bank is offline). No money "
            "has been debited.",
            "error",
        )
        two_up(
            p,
            "pz1",
            ("UPI Ref No.", j.ref),
            ("Attempted on", day_of(j, rng, ["{d} %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(p, "pz2", ("Paid from", f"HDFC Bank XX{digits(rng, 4)}"), ("Reason", "U28"), method="UPI")
        return p.done()
    if k == 6:
        shift(j, rng, EID - dt.timedelta(days=rng.randrange(2, 14)))
        worker = rng.choice(["Shabana Bano", "Rubina Khatoon", "Mehrunnisa", "Gulshan Ara"])
        j.amount = float(rng.choice([1100, 1500, 2100, 2500, 3100]))
        p = leaf(rng, font, [680, 720])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name)
        p.add("small", ADDRESS)
        p.add("rule")
        p.add("center", "PAYMENT VOUCHER")
        p.part = "body"
        vno = str(rng.randrange(40, 980))
        cols(
            p,
            "bv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Voucher No.: {vno}",
            f"Date: {day_of(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        p.add("left", "Account : Cash", method="cash")
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "bh", spec, "Particulars", "Amount", mode="line")
        cols(
            p,
            "bl",
            spec,
            f"{worker} (Karigar)",
            num(j.amount),
            merchant=worker,
            amount=j.amount,
            status=status,
        )
        aside(p, "Being Eid bonus paid in cash")
        total(p, "", num(j.amount), at=0.72)
        para(p, f"Rupees {plain_words(j.amount)} Only", "small")
        p.add("gap")
        cols(
            p,
            "bs",
            [(0.0, 0.33, "l"), (0.33, 0.66, "c"), (0.66, 1.0, "r")],
            "Prepared by",
            "Checked by",
            "Receiver's signature",
            mode="soft",
        )
        p.add("gap")
        p.add("small", "BUSY Accounting Software")
        return p.done()
    worker = STAFF[1]
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    app_head(p, "Tata Neu", "UPI")
    p.add("center", "Payment successful", status=status)
    h279.wave(p, (236, 226, 250))
    p.add("gap")
    p.add("small", "Paid to")
    p.add("center", worker, merchant=worker)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    tiles2(
        p,
        ("UPI Ref No.", j.ref),
        ("Date", day_of(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
        txn=(UTR_RANK, j.ref),
        date=j.date,
        method="UPI",
    )
    p.add("small", "salary advance")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


HERITAGE = "Municipal Corporation Jaipur Heritage"
HERITAGE_HI = "नगर निगम जयपुर हेरिटेज"
EPCH = "Export Promotion Council for Handicrafts"
DTTDC = "DELHI TOURISM & TRANSPORTATION DEVELOPMENT CORPN. LTD."


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed: the Municipal Corporation Jaipur
    Heritage's trade licence renewal e-receipt under its Hindi name (each label's Hindi over its English: रसीद
    संख्या / Receipt No., लाइसेंस संख्या / Licence No., फर्म / Firm, अवधि / Period, राशि / Amount, भुगतान /
    Payment Mode, ट्रांजैक्शन आईडी / Transaction ID, दिनांक / Date); an e-Mitra kiosk's receipt on its torn
    roll under ई-मित्र for the Labour Department's shop registration renewal (KIOSK, DEPARTMENT, SERVICE,
    APPLICANT, AMOUNT, MODE, e-MITRA TXN, DATE typed in its printer's face); EPCH's membership renewal payment
    failed on a tinted band (the reason in a notice; Membership No., Financial Year, Amount (incl. GST),
    Transaction ID, Payment Mode, Attempted on in shaded labels); the GST portal's Payment Receipt (GST
    PMT-06) (GSTIN, Name (Legal), CPIN, CIN, BRN, Date of Deposit, Mode as label and value on a line; Head |
    Tax | Interest | Total in a table ruled on every side; Total Challan Amount); Dilli Haat's STALL RENT
    RECEIPT from DTTDC's book, its counterfoil and receipt across a perforation (No. left blank; Date,
    Received from, Rupees, on account of and "in cash" written in on both; the sum in a box; a rectangular
    CASH RECEIVED stamp; no reference); EPFO's ECR payment pending at the bank under its Hindi name (a
    capsule, a notice; TRRN and CRN, Wage Month and Amount, Bank and Initiated on, each label small over its
    value two to a row); mParivahan's e-challan paid for the showroom's scooter ("Today, <hour>"; Jaipur
    Traffic Police under the app's bar, a large tick, Challan paid, the sum; Challan No., Vehicle No.,
    Offence, Transaction ID, Paid via at the left and the right; no day); the Ministry of External Affairs'
    Passport Seva online payment receipt (Payment Successful; ARN, Applicant, Service, Amount, Payment
    Reference No., Payment Date, Mode each value over its label). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=500, high=30000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        j.amount = float(rng.choice([1500, 2000, 2500, 3000, 5000]))
        p = browser_page(rng, font, "jaipurheritage.rajasthan.gov.in/tradelicense/ereceipt")
        p.part = "head"
        hindi(p, HERITAGE_HI, scale=1.2, bold=True)
        name = pick(p, "title", [HERITAGE, "Nagar Nigam Jaipur Heritage"])
        top(p, name, merchant=name)
        p.add("small", "Trade licence (renewal)  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"JMCH/TL/{fy(j.date)}/{digits(rng, 5)}"
        tid = f"JMCH{j.date:%y}{digits(rng, 10)}"
        for hi, en, value, facts in [
            ("रसीद संख्या", "Receipt No.", rno, {"txn": (INVOICE_RANK, rno), "status": status}),
            ("लाइसेंस संख्या", "Licence No.", f"TL/HZ-{rng.randrange(1, 9)}/{rng.randrange(1000, 9999)}", {}),
            ("फर्म", "Firm", SHOP, {}),
            ("अवधि", "Period", f"20{fy(j.date)}", {}),
            ("राशि", "Amount", rs(j.amount), {"amount": j.amount}),
            ("भुगतान", "Payment Mode", "Net Banking", {"method": "netbanking"}),
            ("ट्रांजैक्शन आईडी", "Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("दिनांक", "Date", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
        ]:
            h275.dlab(p, hi, en, value, at=0.36, **facts)
        p.add("small", "This is a computer generated receipt and does not require a signature.")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([100, 150, 250, 500]))
        p = screen(rng, font, width=rng.choice([460, 480, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        hand_pen(p)
        typeface(p)
        h269.torn(p)
        p.part = "head"
        hindi(p, "ई-मित्र", scale=1.1, bold=True)
        p.add("center", "e-MITRA, GOVERNMENT OF RAJASTHAN")
        p.add("small", "Citizen service receipt")
        p.part = "body"
        h271.ext(p)["tt_scale"] = 0.84
        n_ = min(h271.tt_cols(p), 40)
        tid = f"{digits(rng, 9)}"
        typed(p, "-" * n_, scale=0.84)

        def line(label: str, value: str, **facts) -> None:
            typed(p, f"{label:<12}: {value}"[:n_], scale=0.84, **facts)

        line("KIOSK", f"K{digits(rng, 8)} RAMGANJ")
        dept = "LABOUR DEPARTMENT"
        line("DEPARTMENT", dept, merchant=dept)
        line("SERVICE", "SHOP REGN RENEWAL")
        line("APPLICANT", clip(FIRM_CAPS, n_ - 14))
        line("AMOUNT", f"{j.amount:.2f}", amount=j.amount)
        line("MODE", "CASH", method="cash", status=status)
        line("e-MITRA TXN", tid, txn=(TXN_RANK, tid))
        line("DATE", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), date=j.date)
        typed(p, "-" * n_, scale=0.84)
        p.add("small", "Keep this receipt. Status on emitra.rajasthan.gov.in")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([5900, 7080, 9440, 11800]))
        p = browser_page(rng, font, "www.epch.in/member/renewal/payment-status")
        p.part = "head"
        name = pick(p, "title", [EPCH, "EPCH"])
        top(p, name, merchant=name)
        p.add("small", "Membership renewal  |  Online payment")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        note(
            p,
            "Your bank did not authorise the transaction (net banking session expired). Any amount debited "
            "will be refunded by your bank; please pay again.",
            "error",
        )
        tid = f"EPCH{digits(rng, 12)}"
        kv(p, "Membership No.", f"EPCH/NR/{rng.randrange(10000, 99999)}", at=0.4)
        kv(p, "Financial Year", f"20{fy(j.date)}", at=0.4)
        kv(p, "Amount (incl. GST)", rs(j.amount), at=0.4, amount=j.amount)
        kv(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        kv(p, "Payment Mode", "Net Banking (Kotak)", at=0.4, method="netbanking")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.4, date=j.date)
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "payment.gst.gov.in/payment/receipt")
        p.part = "head"
        name = pick(p, "title", ["Goods and Services Tax", "GOODS AND SERVICES TAX"])
        top(p, name, merchant=name)
        p.add("small", "Payment Receipt (GST PMT-06)")
        p.add("rule")
        p.part = "body"
        cpin = f"26{j.date:%m}08{digits(rng, 8)}"
        cin = f"{cpin}KKBK"
        brn = str(digits(rng, 10))
        h269.kind(p, "gs", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], "plain", bold=(1,))
        h269.row(p, "gs", "GSTIN", GSTIN)
        h269.row(p, "gs", "Name (Legal)", OWNER_CAPS)
        h269.row(p, "gs", "CPIN", cpin, txn=(INVOICE_RANK, cpin))
        h269.row(p, "gs", "CIN", cin, txn=(TXN_RANK, cin))
        h269.row(p, "gs", "BRN", brn, txn=(BANK_RANK, brn))
        h269.row(p, "gs", "Date of Deposit", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        h269.row(p, "gs", "Mode", "E-Payment (Net Banking)", method="netbanking", status=status)
        p.add("gap")
        igst = float(rng.randrange(40, 900) * 10)
        cgst = float(rng.randrange(10, 300) * 10)
        j.amount = igst + 2 * cgst
        grid(
            p,
            "gt",
            [(0.0, 0.34, "l"), (0.34, 0.56, "r"), (0.56, 0.78, "r"), (0.78, 1.0, "r")],
            ["Head", "Tax", "Interest", "Total"],
            [
                (["IGST", num(igst), "0.00", num(igst)], {}),
                (["CGST", num(cgst), "0.00", num(cgst)], {}),
                (["SGST", num(cgst), "0.00", num(cgst)], {}),
            ],
            foot=(["Total Challan Amount", rs(j.amount)], {"amount": j.amount}),
            tint=(226, 236, 248),
        )
        p.add("small", "Bank: Kotak Mahindra Bank  |  Generated on the GST portal")
        return p.done()
    if k == 4:
        shift(j, rng, HAAT - dt.timedelta(days=rng.randrange(6, 20)))
        j.amount = float(rng.choice([15000, 18000, 22500, 27000]))
        p = paper_page(rng, font, [800, 840])
        hand_pen(p)
        typeface(p)
        at = 0.28
        p.part = "head"
        c0 = len(p.rows)
        h269.kind(p, "dh", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "plain", bold=(0, 1))
        name = pick(p, "left", [DTTDC, "DELHI TOURISM (DTTDC)"])
        h269.row(p, "dh", "COUNTERFOIL", name, merchant=name)
        cols(p, "ds", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "", "Dilli Haat, INA, New Delhi - 110023")
        cols(p, "ds", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "", "STALL RENT RECEIPT")
        p.part = "body"
        cols(p, "dn", [(0.0, at, "l"), (at + 0.03, 1.0, "l")], "No. ......", "No. ..........")
        d = day_of(j, rng, ["%d/%m/%y", "%d.%m.%Y"])
        h271.fill2(p, ("Date", d), ("Date", d), at, date=j.date)
        h271.fill2(p, ("From", "Sitara Gota"), ("Received from", f"{FIRM}, Jaipur"), at)
        h271.fill2(
            p,
            ("Rs.", f"{num(j.amount, 'indian', 0)}/-"),
            ("Rupees", f"{plain_words(j.amount)} only"),
            at,
            amount=j.amount,
        )
        h271.fill2(p, ("For", "Stall C-17"), ("on account of", "stall rent, C-17, 1 to 15 Dec"), at)
        h271.fill2(p, ("By", "cash"), ("in", "cash"), at, method="cash", status=status)
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=at + 0.03)
        h271.perf(p, c0, at + 0.015)
        h271.rstamp(p, ["DTTDC", "DILLI HAAT INA", "CASH RECEIVED"], "blue", at=0.56, rows_=4)
        sig(p)
        p.add("right", "Cashier, Dilli Haat")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(3000, 16000))
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/paymentStatus")
        p.part = "head"
        hindi(p, "कर्मचारी भविष्य निधि संगठन", scale=1.05, bold=True)
        name = pick(p, "title", ["Employees' Provident Fund Organisation", "EPFO"])
        top(p, name, merchant=name)
        p.add("small", "Unified Portal for Employers  |  ECR payment")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment pending at bank", status)
        note(
            p,
            "The bank has not yet confirmed the payment for this challan. Do not pay the same TRRN again; the "
            "status will update once the bank sends its confirmation.",
            "warn",
        )
        trrn = f"{digits(rng, 13)}"
        crn = f"{digits(rng, 12)}"
        two_up(p, "ep1", ("TRRN", trrn), ("CRN", crn), txn=(TXN_RANK, trrn))
        two_up(p, "ep2", ("Wage Month", j.month(1)), ("Amount", rs(j.amount)), amount=j.amount)
        two_up(
            p,
            "ep3",
            ("Bank", "Kotak Mahindra Bank (Net Banking)"),
            ("Initiated on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",))),
            method="netbanking",
            date=j.date,
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = phone(rng, font, k, ["", "e-Challan"], dark=False, buttons=("Download receipt",))
        band(p, (20, 70, 150))
        app_head(p, "mParivahan", "e-Challan  |  Pay online")
        name = pick(p, "center", ["Jaipur Traffic Police, Rajasthan", "Jaipur Traffic Police"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        sicon(p, status)
        p.add("center", "Challan paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        cno = f"RJ{digits(rng, 20)}"
        tid = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        kvr(p, "Challan No.", cno[:16], txn=(INVOICE_RANK, cno[:16]))
        kvr(p, "Vehicle No.", f"RJ14{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}")
        kvr(p, "Offence", "No-parking zone")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    j.amount = float(rng.choice([1500, 2000, 3500]))
    p = browser_page(rng, font, "portal2.passportindia.gov.in/AppOnlineProject/payment/receipt")
    p.part = "head"
    name = pick(p, "title", ["Ministry of External Affairs", "Ministry of External Affairs, Govt. of India"])
    top(p, name, merchant=name)
    p.add("small", "Passport Seva  |  Online Payment Receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=status)
    ref = f"{digits(rng, 14)}"
    vlab(p, "ARN", f"26-{digits(rng, 10)}", bold=False)
    vlab(p, "Applicant", SON.upper(), bold=False)
    vlab(p, "Service", "Re-issue of passport (normal)", bold=False)
    vlab(p, "Amount", rs(j.amount), amount=j.amount)
    vlab(p, "Payment Reference No.", ref, txn=(TXN_RANK, ref))
    vlab(p, "Payment Date", day_of(j, rng, ["%d/%m/%Y", "%d %b %Y"]), bold=False, date=j.date)
    vlab(p, "Mode", "Internet Banking (Kotak)", bold=False, method="netbanking")
    p.add("small", "Please carry this receipt to your appointment at PSK Jaipur.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar, after "to" or named in its message:
    United India Insurance's PREMIUM RECEIPT for the showroom's shopkeeper's policy under its Hindi name
    (Receipt No. and Receipt Date, Policy No. and Period, Insured and Product, Net Premium and CGST 9%, SGST
    9% and Total Premium, Mode and UTR two pairs to a row in a table ruled on every side); HDFC ERGO's app
    with a health renewal's card payment failed under a scalloped badge (the insurer under the app, the reason
    in a notice; Policy No., Premium, Payment ID, Card, Attempted on each value over its label); SBI Life's
    mail of a renewal premium received ("We acknowledge with thanks the receipt of your renewal premium of Rs.
    x on <day> ..."; Policy No., Plan, Next due date, Amount received, Mode, Receipt No., UPI Ref. No. in dot
    leaders); Tata AIG's marine cargo premium receipt for an export consignment (Certificate No., Voyage, Sum
    Insured, Premium, IGST 18%, Total, Payment Mode, Bank Ref. No., Payment Date on hairline rows); Care
    Health's renewal payment in process (a capsule, the sum, "to <insurer>", its stages left to right, a
    notice; Proposal No., Transaction ID, Initiated on, Mode at the left and the right); ACKO's app with the
    showroom's scooter renewed ("Today, <hour>"; the insurer under the app, a tile's tick, Policy renewed, the
    sum; Policy No. and Payment ID in tiles; "Paid via UPI"; no day); Axis Max Life's SMS of a premium
    received ("Dear Customer, premium of Rs x for policy no. ... received on <dd-mm-yyyy> via NetBanking.
    Thank you for choosing Axis Max Life Insurance."; no reference); IFFCO-Tokio's premium receipt for the
    karkhana's Bharat Sookshma Udyam Suraksha policy (Receipt No., Receipt Date, Policy No., Product, Risk
    Location, Net Premium, CGST 9%, SGST 9%, Total Premium, Payment Mode, Transaction ID in a striped table).
    All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=2400, high=60000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    net = round(j.amount / 1.18, 2)
    half = round(net * 0.09, 2)
    if k in (0, 3, 7):
        j.amount = round(net + 2 * half, 2)
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hindi(p, "यूनाइटेड इंडिया इंश्योरेंस कंपनी लिमिटेड", scale=0.95, bold=True)
        name = pick(p, "title", ["United India Insurance Company Ltd.", "United India Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, M.I. Road, Jaipur  |  Shopkeeper's Policy")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        rno = f"1414{j.date:%y}{digits(rng, 8)}"
        utr = utr_for(rng, j, "Kotak Mahindra Bank", "NEFT")
        end = j.date.replace(year=j.date.year + 1) - dt.timedelta(days=1)
        spec = [(0.0, 0.18, "l"), (0.18, 0.5, "l"), (0.5, 0.68, "l"), (0.68, 1.0, "l")]
        grid(
            p,
            "ui",
            spec,
            None,
            [
                (
                    ["Receipt No.", rno, "Receipt Date", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date, "status": status},
                ),
                (
                    [
                        "Policy No.",
                        f"1414004826P{digits(rng, 9)}",
                        "Period",
                        f"{when(j.date, '%d/%m/%y')}-{when(end, '%d/%m/%y')}",
                    ],
                    {},
                ),
                (["Insured", SHOP, "Product", "Shopkeeper's Policy"], {}),
                (["Net Premium", num(net), "CGST 9%", num(half)], {}),
                (["SGST 9%", num(half), "Total Premium", num(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT", "UTR", utr], {"method": "netbanking", "txn": (UTR_RANK, utr)}),
            ],
            tint=(236, 240, 226),
        )
        p.add("small", "Subject to realisation of the premium. This receipt is computer generated.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Retry payment",))
        band(p, (220, 30, 40))
        app_head(p, "HDFC ERGO", "My policies  |  Health renewal")
        name = pick(p, "center", ["HDFC ERGO General Insurance Co. Ltd.", "HDFC ERGO General Insurance"])
        p.add("center", name, merchant=name)
        h287.burst(p, status)
        p.add("center", "Payment failed", status=status)
        note(
            p,
            "Your card issuer declined the payment (OTP not verified). Your policy is still due for renewal.",
            "error",
        )
        pid = f"HE{digits(rng, 14)}"
        vlab(p, "Policy No.", f"2856 2041 {digits(rng, 4)} {digits(rng, 4)} 000", bold=False)
        vlab(p, "Premium", rs(j.amount), amount=j.amount)
        vlab(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        vlab(p, "Card", f"Credit card XX{digits(rng, 4)}", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 2:
        p = mail_page(rng, font, "SBI Life <info@sbilife.co.in>", ["Renewal premium receipt"])
        p.part = "head"
        name = pick(p, "title", ["SBI Life Insurance Company Limited", "SBI Life Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(
            p,
            f"We acknowledge with thanks the receipt of your renewal premium of {rs(j.amount)} on "
            f"{day_of(j, rng, ['{d} %B %Y', '%d/%m/%Y'])} for the policy below.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        rno = f"{digits(rng, 3)}R{digits(rng, 9)}"
        dots(p, "Policy No.", str(digits(rng, 11)), at=0.4)
        dots(p, "Plan", "SBI Life - Smart Platina Plus", at=0.4)
        dots(p, "Next due date", when(j.date.replace(year=j.date.year + 1), "%d/%m/%Y"), at=0.4)
        dots(p, "Amount received", rs(j.amount), at=0.4, bold=True)
        dots(p, "Mode", "UPI", at=0.4, method="UPI")
        dots(p, "Receipt No.", rno, at=0.4, txn=(INVOICE_RANK, rno))
        dots(p, "UPI Ref. No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        p.add("gap")
        p.add("small", "SBI Life Insurance Co. Ltd., Mumbai. This is a system generated mail.")
        return p.done()
    if k == 3:
        insured = float(rng.randrange(4, 60) * 50000)
        net = round(insured * rng.uniform(0.002, 0.005), 2)
        j.amount = round(net * 1.18, 2)
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["Tata AIG General Insurance Company Limited", "Tata AIG General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Marine Cargo  |  Premium receipt for a single transit")
        p.add("rule")
        p.part = "body"
        bref = str(digits(rng, 12))
        h269.kind(p, "ta", [(0.0, 0.34, "l"), (0.34, 1.0, "l")], "line")
        for label, value, facts in [
            ("Certificate No.", f"0850{digits(rng, 6)}/{j.date:%Y}", {}),
            ("Voyage", "ICD Sanganer, Jaipur - London (by air)", {}),
            ("Sum Insured", rs(insured), {}),
            ("Premium", num(net), {}),
            ("IGST 18%", num(round(j.amount - net, 2)), {}),
            ("Total", rs(j.amount), {"amount": j.amount, "status": status}),
            ("Payment Mode", "Net Banking", {"method": "netbanking"}),
            ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment Date", day_of(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
        ]:
            h269.row(p, "ta", label, value, **facts)
        p.add("small", f"Insured: {FIRM}, Jaipur. Gota patti garments for Rani Couture Ltd, Leicester.")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Go to home",))
        band(p, (0, 120, 90))
        app_head(p, "Care Health", "Renew your policy")
        pill(p, "Payment in process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to Care Health Insurance", merchant="Care Health Insurance")
        track(p, ["Paid", "Bank confirms", "Renewed"], "dp-")
        note(
            p, "Please don't pay again. Your cover continues while we wait for your bank to confirm.", "warn"
        )
        tid = f"CHI{digits(rng, 13)}"
        kvr(p, "Proposal No.", f"{digits(rng, 10)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Mode", "UPI", method="UPI")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 900, 3200, 0.5)
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("View policy",))
        band(p, (80, 40, 180))
        app_head(p, "ACKO", "Two-wheeler renewal")
        name = pick(p, "center", ["ACKO General Insurance Ltd.", "ACKO General Insurance"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        h287.tile(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        pid = f"pay_{code(rng, 11, MIXED)}"
        tiles2(p, ("Policy No.", f"DCTR{digits(rng, 8)}"), ("Payment ID", pid), txn=(TXN_RANK, pid))
        p.add(
            "small",
            f"Paid via UPI  |  RJ14{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)} (scooter)",
            method="UPI",
        )
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 4000, 48000, 0.5)
        text = (
            f"Dear Customer, premium of Rs {num(j.amount)} for policy no. {digits(rng, 9)} received on "
            f"{when(j.date, '%d-%m-%Y')} via NetBanking. Thank you for choosing Axis Max Life Insurance."
        )
        p = sms_page(rng, font, "VM-AXSMAX", text, j.date)
        p.add(
            "left",
            text,
            merchant="Axis Max Life Insurance",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        return p.done()
    p = browser_page(rng, font, "www.iffcotokio.co.in/customer/premium-receipt")
    p.part = "head"
    name = pick(p, "title", ["IFFCO-TOKIO General Insurance Co. Ltd.", "IFFCO-TOKIO General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Bharat Sookshma Udyam Suraksha  |  Premium receipt")
    p.add("rule")
    p.part = "body"
    rno = f"R{digits(rng, 12)}"
    tid = f"IT{digits(rng, 14)}"
    zebra(
        p,
        "it",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["Receipt", ""],
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Receipt Date", day_of(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            (["Policy No.", f"4{digits(rng, 9)}"], {}),
            (["Product", "Bharat Sookshma Udyam Suraksha"], {}),
            (["Risk Location", "Gali Mochiyan, Ramganj, Jaipur"], {}),
            (["Net Premium", num(net)], {}),
            (["CGST 9%", num(half)], {}),
            (["SGST 9%", num(half)], {}),
            (["Total Premium", rs(j.amount)], {"amount": j.amount, "status": status}),
            (["Payment Mode", f"Credit Card XX{digits(rng, 4)}"], {"method": "card"}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
        ],
        (0, 90, 60),
    )
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("SITARA GOTA HOUSE", "JOHARI BAZAR, JAIPUR", "KOTAK MAHINDRA BANK", "kotak"),
    ("SITARA GOTA HOUSE - DILLI HAAT", "INA, NEW DELHI", "Pine Labs", "pending"),
    ("HOTEL SURAT GRAND", "RING ROAD, SURAT", "ICICI Bank", "icici"),
    ("CHAI KULHAD CORNER", "C-SCHEME, JAIPUR", "mosambee", "mosambee"),
    ("SHRI BALAJI FUEL POINT", "TONK ROAD, JAIPUR", "YES BANK", "declined"),
    ("HOTEL JANPATH RESIDENCY", "New Delhi", "American Express", "amex"),
    ("INDIGO", "Gurugram", "Scapia", "cardapp"),
    ("HAWA MAHAL VIEW ROOFTOP", "BADI CHOPAR, JAIPUR", "Petpooja", "cafe"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's and the stall's terminals and the firm's cards elsewhere: Kotak Mahindra Bank's
    SALE slip at Sitara Gota House (TID and MID, BATCH and INVOICE, DATE and TIME two to a line; the card TAP;
    AUTH CODE, RRN; AMOUNT; APPROVED, NO SIGNATURE REQUIRED, MERCHANT COPY); Pine Labs' slip at the Dilli Haat
    stall in its days timed out (SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; TXN TIMED OUT, STATUS PENDING,
    PLEASE CHECK WITH BANK BEFORE RETRY); ICICI Bank's CHARGE SLIP at a Surat hotel (DATE and TIME on a line,
    MID and TID on a line, BATCH NO., INV NO., the card CHIP, APPR CODE, RRN, TOTAL AMOUNT; APPROVED,
    CARDHOLDER COPY); Mosambee's CARD SALE slip at a Jaipur tea stall (Date, Time, TID, Txn No., Card, Auth,
    RRN, Amount; Approved, powered by mosambee); YES BANK's slip at a fuel station DECLINED (91 ISSUER OR
    SWITCH INOPERATIVE, NO AMOUNT DEBITED); American Express' mail of a charge on the firm's card at a Delhi
    hotel ("A charge of INR x has been made on your Card ending ... at <merchant> on <day>."; no reference);
    Scapia's app with a spend at an airline ("Today, <hour>"; the merchant's line and its town, the sum,
    Successful; Card, Transaction ID, Category at the left and the right; no day); a Jaipur rooftop cafe's TAX
    INVOICE from Petpooja settled by card (Bill No., Date and Table; the dishes; Sub Total, CGST 2.5%, SGST
    2.5%, Grand Total; "Paid by Card", the card and its Auth). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=600, high=48000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "pending":
        shift(j, rng, HAAT + dt.timedelta(days=rng.randrange(0, 15)))
    if layout in ("declined", "mosambee", "cafe", "icici", "pending"):
        j.amount = rupees(
            rng, 90 if layout == "mosambee" else 900, 650 if layout == "mosambee" else 16000, 0.5
        )
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "amex":
        p = mail_page(
            rng, font, "American Express <americanexpress@welcome.americanexpress.com>", ["Card charge alert"]
        )
        p.part = "head"
        top(p, "American Express")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        shown = name.title() if rng.random() < 0.5 else name
        para(
            p,
            f"A charge of INR {num(j.amount)} has been made on your Card ending {digits(rng, 5)} at {shown} on "
            f"{when(j.date, rng.choice(['{d} %B %Y', '%d %b %Y']))}.",
            amount=j.amount,
            merchant=shown,
            method="card",
            status=status,
            date=j.date,
        )
        para(p, "If you do not recognise this charge, please call us on 1800 419 1030 immediately.")
        p.add("gap")
        p.add("small", "American Express Banking Corp. This is an automated alert; please do not reply.")
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction"], dark=True, buttons=("Need help?",))
        app_head(p, "Scapia", "Federal Bank Visa  |  Transactions")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{mark_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Successful", status=status)
        p.add("rule")
        ref = str(digits(rng, 12))
        kvr(p, "Card", f"Scapia {dot2(font)}{last4}", method="card")
        kvr(p, "Transaction ID", ref, txn=(TXN_RANK, ref))
        kvr(p, "Category", "Travel - airlines")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    if layout == "cafe":
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", town)
        p.add("small", f"GSTIN {gstin_of(rng, '08', 'F')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = str(rng.randrange(1200, 9999))
        p.pair("Bill No", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("Table", f"R{rng.randrange(1, 14)}")
        p.add("rule")
        dishes = rng.sample(
            [
                ("Masala chai", 90),
                ("Pyaaz kachori", 120),
                ("Dal baati churma", 420),
                ("Ker sangri", 360),
                ("Laal maas", 560),
                ("Gatte ki sabzi", 340),
                ("Lassi", 140),
            ],
            rng.randrange(3, 5),
        )
        food = 0.0
        for dish, price in dishes:
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
        p.add("left", "Paid by Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Auth {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Billing by Petpooja")
        return p.done()
    p.part = "head"
    p.add("center", brand.upper() if layout != "mosambee" else "mosambee")
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "kotak":
        p.add("center", "SALE")
        p.add("rule")
        cols(p, "kt", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"TID:{tid}", f"MID:{mid[:10]}")
        cols(
            p,
            "kt",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"BATCH:{batch[-4:]}",
            f"INVOICE:{inv[-4:]}",
            txn=(INVOICE_RANK, inv[-4:]),
        )
        cols(
            p,
            "kt",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"DATE:{when(j.date, '%d/%m/%Y')}",
            f"TIME:{t}",
            date=j.date,
        )
        p.add("left", f"{scheme} ************{last4} TAP", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "NO SIGNATURE REQUIRED")
        p.add("small", "*** MERCHANT COPY ***")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d %b %Y").upper(), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TXN TIMED OUT")
        p.add("center", "STATUS PENDING", status=status)
        p.add("small", "PLEASE CHECK WITH BANK BEFORE RETRY")
    elif layout == "icici":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        p.add("left", f"DATE: {when(j.date, '%d/%m/%Y')}  TIME: {t[:5]}", date=j.date)
        p.add("left", f"MID: {mid[:9]}  TID: {tid}")
        p.pair("BATCH NO.", batch[-3:])
        p.pair("INV NO.", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"{scheme} XXXX{last4} CHIP", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "CARDHOLDER COPY")
    elif layout == "mosambee":
        p.add("center", "CARD SALE")
        p.add("rule")
        txno = str(digits(rng, 10))
        p.pair("Date", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("Time", t[:5])
        p.pair("TID", tid)
        p.pair("Txn No.", txno, txn=(TXN_RANK, txno))
        p.pair("Card", f"{scheme} **{last4} TAP", method="card")
        p.pair("Auth", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("Amount", fmt(j.amount), amount=j.amount)
        p.add("center", "Approved", status=status)
        p.add("small", "powered by mosambee")
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
        p.add("center", "91 ISSUER OR SWITCH")
        p.add("center", "INOPERATIVE")
        p.add("small", "NO AMOUNT DEBITED")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


JVVNL = "Jaipur Vidyut Vitran Nigam Ltd."
GAS_AGENCY = "PINK CITY GAS SERVICE"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's and the showroom's bills: JVVNL's Bijli Mitra app with the karkhana's bill paid under a
    large tick (the discom under the app; labels small over their values two to a row: K No. and Bill Month,
    Transaction ID and Bank Ref No., Payment Date and Mode); Torrent Gas' online payment receipt of the
    karkhana's piped gas bill (Payment Successful; BP No., Customer Name, Bill No., Amount, Payment Mode,
    Transaction ID, Payment Date in dot leaders); PHED Rajasthan's water bill receipt under its Hindi name
    (Consumer No., Name, Bill Period, Amount, Transaction No., Bank Ref. No., Payment Date, Mode against a
    gutter); Vi's postpaid bill payment failed on a tinted band (the company under the app, the reason in a
    notice; Vi number, Amount, Order ID, Payment mode, Attempted on at the left and the right); Excitel's
    broadband payment pending (a capsule, the sum, "for Excitel Broadband", its stages across the screen, a
    notice; Account ID, Plan, Transaction ID, Initiated on, Paying via each value over its label); Tata Play's
    recharge under a tile's tick ("Today, <hour>"; the sum, "for Tata Play"; Subscriber ID and Transaction ID
    in tiles; Paid via; no day); a Bharatgas distributor's CASH MEMO CUM TAX INVOICE for a commercial cylinder
    (the distributor under Bharatgas; Memo No. left blank; Date, Consumer, Cylinder, Rate (incl. GST) and
    Delivery charge written in; Total Rs. in a box; "Recd. cash" and the delivery man's initials; no
    reference); the Municipal Corporation Jaipur Heritage's door-to-door waste user charge in its app (the
    Corporation under the app's bar, User charge paid; Property ID, Category, Period, Amount, Receipt No.,
    Transaction ID, Paid on, Mode in a striped table). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=300, high=16000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Download receipt",))
        band(p, (0, 104, 56))
        app_head(p, "Bijli Mitra", "JVVNL  |  Bill payment")
        name = pick(p, "center", [JVVNL, "JVVNL, Jaipur"])
        p.add("center", name, merchant=name)
        sicon(p, status)
        p.add("center", "Bill payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        tid = f"JV{digits(rng, 14)}"
        bref = str(digits(rng, 12))
        two_up(p, "jv1", ("K No.", f"2101{digits(rng, 8)}"), ("Bill Month", j.month(1)))
        two_up(p, "jv2", ("Transaction ID", tid), ("Bank Ref No.", bref), txn=(BANK_RANK, bref))
        two_up(
            p,
            "jv3",
            ("Payment Date", day_of(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            ("Mode", "UPI"),
            date=j.date,
            method="UPI",
        )
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "connect.torrentgas.com/payment/receipt")
        p.part = "head"
        name = pick(p, "title", ["Torrent Gas Pvt. Ltd.", "Torrent Gas"])
        top(p, name, merchant=name)
        p.add("small", "City gas distribution, Jaipur  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        tid = f"TGPL{digits(rng, 12)}"
        dots(p, "BP No.", str(digits(rng, 10)), at=0.4)
        dots(p, "Customer Name", FIRM_CAPS, at=0.4)
        dots(p, "Bill No.", f"JPR{digits(rng, 9)}", at=0.4)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Payment Mode", f"Debit Card XX{digits(rng, 4)}", at=0.4, method="card")
        dots(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        dots(p, "Payment Date", day_of(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.4, date=j.date)
        p.add("small", "Thank you for paying online. The payment will reflect in 2 working days.")
        return p.done()
    if k == 2:
        j.amount = float(rng.randrange(12, 90) * 10)
        p = browser_page(rng, font, "phedwater.rajasthan.gov.in/payment/receipt")
        p.part = "head"
        hindi(p, "जन स्वास्थ्य अभियांत्रिकी विभाग, राजस्थान", scale=1.05, bold=True)
        name = pick(p, "title", ["Public Health Engineering Department, Rajasthan", "PHED Rajasthan"])
        top(p, name, merchant=name)
        p.add("small", "Water bill  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        tno = f"PHED{digits(rng, 11)}"
        bref = str(digits(rng, 12))
        for label, value, facts in [
            ("Consumer No.", f"0{digits(rng, 9)}", {}),
            ("Name", OWNER_CAPS, {}),
            ("Bill Period", f"{j.month(3)[:3]} - {j.month(1)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount, "status": status}),
            ("Transaction No.", tno, {"txn": (TXN_RANK, tno)}),
            ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment Date", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Mode", "Net Banking", {"method": "netbanking"}),
        ]:
            gutter(p, "ph", label, value, at=0.38, **facts)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([499, 699, 899, 1099, 1349]))
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Try again",))
        band(p, (236, 28, 92))
        app_head(p, "Vi", "Postpaid  |  Pay bill")
        name = pick(p, "center", ["Vodafone Idea Limited", "Vodafone Idea"])
        p.add("center", name, merchant=name)
        h269.strip(p, "Payment failed", status)
        note(p, "Your bank declined the payment. No amount has been deducted; please try again.", "error")
        oid = f"VI{digits(rng, 15)}"
        kvr(p, "Vi number", f"98{digits(rng, 2)}XXXX{digits(rng, 2)}")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Payment mode", f"Credit card XX{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([599, 1797, 3594, 4788]))
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (250, 90, 20))
        app_head(p, "Excitel", "Broadband  |  Renew plan")
        chip(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Excitel Broadband", merchant="Excitel Broadband")
        h289.steps(p, ["Paid", "Confirming", "Renewed"], 1, status)
        note(
            p,
            "We are waiting for your bank's confirmation. Your plan will be renewed once it arrives.",
            "warn",
        )
        tid = f"EXC{digits(rng, 12)}"
        vlab(p, "Account ID", f"EXC{digits(rng, 7)}", bold=False)
        vlab(p, "Plan", "300 Mbps, 3 months", bold=False)
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
        j.amount = float(rng.choice([350, 420, 560, 700]))
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        band(p, (90, 20, 120))
        app_head(p, "Tata Play", "Recharge")
        h287.tile(p, status)
        p.add("center", "Recharge successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Tata Play", merchant="Tata Play")
        p.add("gap")
        tid = f"TP{digits(rng, 12)}"
        tiles2(p, ("Subscriber ID", str(digits(rng, 10))), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        rate = round(rng.uniform(1720, 1880), 2)
        dchg = float(rng.choice([0, 40, 60]))
        j.amount = round(rate + dchg, 2)
        p = leaf(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(236, 244, 252), (250, 246, 236)])
        form_pen(p)
        p.part = "head"
        p.add("center", "Bharatgas")
        top(p, GAS_AGENCY, merchant=GAS_AGENCY)
        p.add("small", "Bharatgas distributor  |  Ramganj Bazar, Jaipur")
        p.add("center", "CASH MEMO CUM TAX INVOICE")
        p.part = "body"
        p.add("left", "Memo No. ..........")
        fill(p, "Date", day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        fill(p, "Consumer", f"{KARKHANA}, Ramganj")
        fill(p, "Cylinder", "19 kg commercial  x 1")
        fill(p, "Rate (incl. GST)", num(rate))
        fill(p, "Delivery charge", num(dchg))
        h271.amtbox(p, "Total Rs.", num(j.amount), amount=j.amount)
        write(p, "Recd. cash - R.K.", method="cash", status=status)
        return p.done()
    p = phone(rng, font, k, ["", "User charges"], dark=False, buttons=("Download receipt",))
    band(p, (170, 40, 90))
    app_head(p, "Nagar Nigam Jaipur Heritage", "Door-to-door waste collection")
    name = pick(p, "center", [HERITAGE, "Nagar Nigam Jaipur Heritage"])
    p.add("center", name, merchant=name)
    p.add("center", "User charge paid", status=status)
    p.add("gap")
    j.amount = float(rng.choice([600, 900, 1200, 1800]))
    rno = f"UC/{fy(j.date)}/{digits(rng, 6)}"
    tid = f"JHUC{digits(rng, 10)}"
    zebra(
        p,
        "uc",
        [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
        ["Receipt", ""],
        [
            (["Property ID", f"HZ{digits(rng, 8)}"], {}),
            (["Category", "Commercial - shop"], {}),
            (["Period", f"20{fy(j.date)}"], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Paid on", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            (["Mode", "UPI"], {"method": "UPI"}),
        ],
        (170, 40, 90),
    )
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Kotak Mahindra Bank", "AX-KOTAKB", "NOOR MOHAMMED", "UPI", "sms"),
    ("YES BANK", "VM-YESBNK", "JAIN KINARI BHANDAR", "NEFT", "sms"),
    ("IDFC FIRST Bank", "", "PINK CITY PRINTERS AND PACKAGING", "IMPS", "mail"),
    ("Bank of India", "BP-BOIIND", "MAHAVEER TEXTILES", "IMPS", "sms"),
    ("Central Bank of India", "JD-CBoI", "SHREE AMBIKA LACE MIL", "NEFT", "sms"),
    ("Jaipur Central Co-operative Bank", "VK-JCCBNK", "IQBAL HUSSAIN", "UPI", "hindi"),
    ("RBL Bank", "", "PINK CITY ROADLINES", "IMPS", "shade"),
    ("Bandhan Bank", "AD-BDNSMS", "NOVELTY SITARA CENTRE", "UPI", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: SMS in Kotak Mahindra Bank's ("Sent Rs.x from Kotak Bank AC
    X1234 to <PAYEE> on <dd-mm-yy>.UPI Ref ... Not you, https://kotak.com/KBANKT/Fraud"), YES BANK's ("NEFT of
    INR x to <PAYEE> (A/c XX1234) initiated on <dd-Mon-yyyy> is under process. UTR ... You will be informed
    once it is credited. -YES BANK"), Bank of India's ("IMPS txn of Rs x to <PAYEE> on <dd-Mon-yy> has failed.
    RRN ... Amt debited, if any, will be reversed. -Bank of India"), Central Bank of India's ("Your a/c no.
    XXXX1234 is debited for Rs.x on <dd-mm-yyyy> and credited to <PAYEE> by NEFT. Avl Bal Rs.y -Central Bank
    of India"; no reference) and Bandhan Bank's ("INR x debited from A/c XX1234 on <dd/mm/yy> via UPI to
    <PAYEE>. UPI Ref: ... Not you? Call ... -Bandhan Bank") wordings; IDFC FIRST Bank's mail ("Your A/c
    XXXXX1234 has been debited with INR x on <dd/mm/yyyy> towards IMPS to <PAYEE>. IMPS Ref No. ..."); the
    Jaipur Central Co-operative Bank's SMS in Hindi in a card in the phone's messages thread under its day
    divider ("आपके खाते XX1234 से <dd-mm-yyyy> को UPI द्वारा <PAYEE> को रु x का भुगतान किया गया। संदर्भ सं.
    ...। -JCCB" (from your account XX1234 on <day> x rupees were paid to <PAYEE> by UPI; ref. no. ...)); RBL
    Bank's notification in a phone's pulled-down shade under its quick settings ("RBL Bank | now"; "Rs.x
    debited from A/c XX1234 to <PAYEE> via IMPS. IMPS Ref ..."; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 40000, 0.8)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 40000, 900000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_for(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if bank == "Kotak Mahindra Bank":
            text = (
                f"Sent Rs.{num(j.amount, 'plain')} from Kotak Bank AC X{tail4} to {to} on "
                f"{when(j.date, '%d-%m-%y')}.UPI Ref {utr}. Not you, https://kotak.com/KBANKT/Fraud"
            )
        elif bank == "YES BANK":
            text = (
                f"NEFT of INR {amt} to {to} (A/c XX{digits(rng, 4)}) initiated on {when(j.date, '%d-%b-%Y')} is "
                f"under process. UTR {utr}. You will be informed once it is credited. -YES BANK"
            )
        elif bank == "Bank of India":
            text = (
                f"IMPS txn of Rs {amt} to {to} on {when(j.date, '%d-%b-%y')} has failed. RRN {utr}. Amt debited, "
                "if any, will be reversed. -Bank of India"
            )
        elif bank == "Central Bank of India":
            text = (
                f"Your a/c no. XXXX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%m-%Y')} and credited to "
                f"{to} by NEFT. Avl Bal Rs.{bal} -Central Bank of India"
            )
        else:
            text = (
                f"INR {amt} debited from A/c XX{tail4} on {when(j.date, '%d/%m/%y')} via UPI to {to}. UPI Ref: "
                f"{utr}. Not you? Call 18002588181 -Bandhan Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "IDFC FIRST Bank <transaction.alerts@idfcfirstbank.com>",
            ["Debit alert on your account"],
        )
        p.part = "head"
        top(p, "IDFC FIRST Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"Your A/c XXXXX{tail4} has been debited with INR {amt} on {when(j.date, '%d/%m/%Y')} towards IMPS to "
            f"{to}. IMPS Ref No. {utr}.",
            **facts,
        )
        p.add("gap")
        para(p, "If this was not done by you, call 1800 10 888 immediately to block your account.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "IDFC FIRST Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "hindi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 2")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"आपके खाते XX{tail4} से {when(j.date, '%d-%m-%Y')} को UPI द्वारा {to} को रु {amt} का भुगतान किया "
            f"गया। संदर्भ सं. {utr}। -JCCB"
        )
        h287.nwrap(p, text, share=0.94, scale=0.95, **facts)
        aside(p, hhmm(rng, lower=True))
        card_close(p, s_)
        return p.done()
    p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([21, 22]))
    p.part = "body"
    p.add("small", f"{hhmm(rng, twelve=False)}  |  {rng.choice(['Jio 5G', 'Airtel', 'Vi'])}")
    h289.shade_pull(p)
    p.add("gap")
    c = card_open(p)
    p.add("small", f"RBL Bank {sign(font, chr(0x2022), '|')} now")
    para(p, f"Rs.{amt} debited from A/c XX{tail4} to {to} via IMPS. IMPS Ref {utr}.", **facts)
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("small", f"Gmail {sign(font, chr(0x2022), '|')} 12m")
    p.add("left", "Rani Couture: Trial photos of the odhnis")
    card_close(p, c)
    p.add("gap")
    p.add("small", "Manage notifications")
    return p.done()

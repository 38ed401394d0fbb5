"""The twelve heldout308 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Rogan painting house's year of 2026 in Nirona, Kutch (Daud Khatri Rogan Art
House, a partnership of the Khatri brothers whose studio in Khatri Vas boils castor oil into rogan, grinds the
mineral colours into it and draws it with an iron kalam into threads of paste on dark cloth, each motif
painted on one half and printed on the other by folding the cloth: tree of life panels, wall pieces, cushion
covers, runners and stoles; its gallery on Craft Village Road, Kalpavriksh Rogan Gallery; its stall in the
Rann Utsav's crafts bazaar at Dhordo; the web shop kalpavrikshrogan.in; Garvi Gurjari's, hotels', stores',
a museum trust's and a marketplace's orders; galleries and home stores abroad), told by the proofs of payment
it receives (buyers' Paytm for Business on the gallery's phone, Google Pay set in Gujarati, CRED, Freecharge,
slice, bob World, JioFinance and Google Pay's conversation; Garvi Gurjari's advice, an Instagram thread, Axis
Bank's neo, TallyPrime, a museum trust's letter, QuickBooks, CitiDirect BE and PayU Payouts; NatWest, KCB,
MUFG Bank, Zürcher Kantonalbank, NAB, Bank Muscat, ING and Bank of America; its own tax invoice, the Rann
Utsav stall's cash memo, a certificate of authenticity, Instamojo, Shopify, Khatabook, Easebuzz and a
workshop ticket) and those it makes (a castor oil mill's invoice, a colour dealer's bahi page in a Gujarati
hand, Printo, a framer's bill, Shree Maruti Courier, IndiaMART, a potter's chit in a Gujarati hand and a
cloth merchant's Vyapar invoice; Baroda Connect, IDFC FIRST Bank, Gujarat Gramin Bank's app in Gujarati,
Canara ai1, IndOASIS, OnlineSBI, MobiKwik and the Kutch District Central Co-operative Bank's form; a painter's
wage account, Zoho Payroll, Paytm, a cash voucher to the rogan boiler, a *99# dialog, Groww, PagarBook and PNB
ONE; Gram Panchayat Nirona, the GST portal, DGFT, the Tourism Corporation of Gujarat, Passport Seva, the
Kutch District Panchayat, Cyber Treasury Gujarat and ESIC; eight insurers; cards on the gallery's and the
stall's machines, at an Ahmedabad hotel and a Bhuj hardware store, on Alliance Air, on a thali restaurant's
POSist bill, in ICICI Bank's SMS and on OneCard's app; PGVCL, Vi, IndianOil ONE, GTPL, JioFiber, a water
tanker's card, SBI FASTag and PGVCL's SMS; the banks' SMS, a Gujarati SMS, a heads-up notification, a mail,
a passbook page and a lock screen). Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, the units' lines, salutations,
Gujarati lines (but a bank's SMS in Gujarati, whose figures and payee carry the facts, a Gujarati labelled
field's value, a Gujarati app's day and outcome and a Gujarati hand's sums, days and "received"), items,
pieces, works, rates, GST, TDS, fees, charges, balances, sums insured, periods, months, tax and contribution
periods, bill and salary months, invoice, bill, due and journey days, account, policy, certificate, consumer,
connection, subscriber, STB, employer, PEC, application, property, vehicle, tag, mobile, CN and card numbers,
ARNs, GSTIN, PAN, IFSC, SWIFT/BIC codes, UPI IDs, bills named on an advice, a letter or a receipt, other
messages and notifications, a stock list, the trees of life, borders, stains, dabs of paste and kalams, the
board a page lies on, stages, progress bars, notices, tiles, badges, stamps, seals, a revenue stamp, a
ribbon, folds and punched holes, QR codes, barcodes, ticks and signatures carry no fact. ``Job`` is
heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page``
heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's;
``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and
``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``, ``kv``, ``kvr``,
``total``, ``strip``, ``sms_page``, ``comb``, ``ticks``, ``bars``, a roll's torn edges), heldout271's
(``grid``, ``gkv``, ``dots``, ``colkv``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``step``,
``passbook_line``, rounded cards), heldout273's (``hcells``, ``ledger``, ``panel``, ``pill``, ``track``,
``field``, ``tick``, ``hilite``, ``avatar``, ``bubble``), heldout275's (``sig``, ``divider``, ``gutter``,
``sicon``, a chat's payment card, ``strike``, ``bahi``, ``folds``, ``holes``, ``ribbon``, ``toast``),
heldout277's (``bigsum``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``,
``at_hour``, ``two_up``, ``spinner``, ``emboss``, a ticket's card and tear line), heldout287's (``notice``,
``tile``, ``burst``, ``oval``, ``vlab``, ``vname``, ``tiles2``, ``copyrow``, ``sheet_open``, ``clock``),
heldout289's (Gujarati lines, sentences, form fields and hand, ``steps``, ``revenue``) and
heldout294's (``octa``, ``progress``, ``banner_veil``), written in this set's pens and printers' faces.
``compose`` is heldout158's (as heldout269's to heldout307's), each page's rows drawn by heldout294's
``_render`` (and the renderers beneath it, heldout289's Gujarati rows among them) and then by this set's own
``_render`` in the lines it leaves for them: a direct message's bubbles, grey at the left and violet at the
right; a Gujarati label with its English in brackets, dot leaders and the value at the right; a rogan tree
of life as a letterhead's emblem (an arched panel of dark cloth, a trunk from a mound, paired branches with
leaves, buds and flowers, a peacock at its foot, each stroke a raised thread of coloured paste, the left half
painted and the right printed from it by the fold, its crease between); a rogan border as a divider (a
creeper of yellow paste with paired leaves and rows of dots, folded likewise); castor oil's spots, dabs of
paste with a thread drawn from one and the iron kalam in a page's margins; and, after the frame, the
painter's board a page is photographed lying on (its planks and grain, a length of cloth painted on one half
and printed on the other beside the page, steel bowls of paste kept under water, the kalam, the page's
shadow, the page a little askew). The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

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
GREEN = (30, 150, 80)
# the hands that write on this set's papers: italics and obliques in another mix than heldout306's and
# heldout307's
PENS = [
    "liberation2/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
]
INKS = [(22, 36, 128), (30, 32, 96), (40, 38, 46), (12, 70, 104), (92, 30, 40)]
# the faces a page's fixed-width lines are printed in (a courier's roll, a passbook printer, a bank's
# printer, a typewriter)
TYPES = [
    "freefont/FreeMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# heldout289's Gujarati faces (Noto Sans and Noto Serif Gujarati) and the upright face its hand writes its
# figures in
GUJ_FACES = [h289.GUJ, h289.GUJ_BOLD, h289.GUJ_SERIF, h289.GUJ_SERIF_BOLD, h289.HAND_LATIN]
# the cloths rogan is painted on (a deep maroon, black, indigo, bottle green, a madder red) and the colours
# of its paste (the mineral colours ground into the boiled castor oil: red ochre, yellow, white, green, a
# sky blue, orange)
GROUNDS = [
    (104, 20, 32),
    (30, 26, 30),
    (30, 36, 84),
    (22, 64, 46),
    (140, 30, 30),
]
PASTES = [
    (206, 48, 36),
    (240, 190, 40),
    (246, 242, 228),
    (58, 150, 70),
    (70, 150, 210),
    (236, 120, 30),
]
# castor oil, raw and boiled
OIL = (214, 178, 84)

# ---------------------------------------------------------------- the firm

FIRM = "Daud Khatri Rogan Art House"
FIRM_CAPS = FIRM.upper()
FIRM_GU = "દાઉદ ખત્રી રોગાન આર્ટ હાઉસ"
# the firm's name as a bank's beneficiary field cuts it
CUT = "DAUD KHATRI ROGAN ART H"
GALLERY = "Kalpavriksh Rogan Gallery"
GALLERY_CAPS = GALLERY.upper()
GALLERY_GU = "કલ્પવૃક્ષ રોગાન ગેલેરી"
# the Kutchi welcome painted over the gallery's door and printed on its papers
WELCOME_GU = "ભલે પધાર્યા"
WEB = "kalpavrikshrogan.in"
GSTIN = "24AAJFD4172K1ZQ"
PAN = "AAJFD4172K"
UDYAM = "UDYAM-GJ-05-0027318"
PARTNER = "Yusuf Ismail Khatri"
PARTNER2 = "Arif Ismail Khatri"
DAUGHTER = "Nazmin Khatri"
ACCOUNTANT = "Bhavesh Joshi"
ADDRESS = "Khatri Vas, Nirona, Ta. Nakhatrana, Kutch - 370615"
TOWN = "Nirona, Kutch - 370615"
GALLERY_AT = "Craft Village Road, Nirona, Ta. Nakhatrana, Kutch - 370615"
BANK_LINE = "Bank of Baroda, Nakhatrana"
BIC = "BARBINBBNKT"
# the Rann Utsav at the Tent City, Dhordo, where the firm keeps stall C-27 in its crafts bazaar (its stall's
# days drawn from 1 November to 31 December 2026)
RANN, RANN_DAYS = dt.date(2026, 11, 1), 61
IFSC = {
    "Bank of Baroda": "BARB",
    "State Bank of India": "SBIN",
    "Gujarat Gramin Bank": "GGBK",
    "The Kutch District Central Co-operative Bank": "KDCC",
    "IDFC FIRST Bank": "IDFB",
    "Canara Bank": "CNRB",
    "Indian Bank": "IDIB",
    "Punjab National Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Union Bank of India": "UBIN",
    "Bank of India": "BKID",
    "Citibank": "CITI",
}
# the firm's work sold: name, HSN, price each (low, high); a painting by hand's GST 5%, a made-up's (a
# cushion cover, a runner) and a stole's 5% up to Rs. 2,500 a piece and 18% above it
WORKS = [
    ("Rogan tree of life panel, 24 x 36 in, framed", "9701", 18000, 62000),
    ("Rogan tree of life panel, 12 x 18 in", "9701", 6500, 15800),
    ("Rogan wall piece, peacock pair, 18 x 24 in", "9701", 8200, 21500),
    ("Rogan wall piece, mandala, 12 x 12 in", "9701", 3200, 7600),
    ("Rogan framed miniature, 6 x 6 in", "9701", 1250, 2450),
    ("Rogan cushion cover, 16 x 16 in, cotton", "6304", 1350, 2450),
    ("Rogan cushion cover, 18 x 18 in, matka silk", "6304", 2800, 5200),
    ("Rogan table runner, 13 x 72 in", "6304", 2200, 6400),
    ("Rogan stole, matka silk", "6214", 3800, 9400),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Rogan tree of life panel, 24 x 36 in, framed": "Tree of life 24x36",
    "Rogan tree of life panel, 12 x 18 in": "Tree of life 12x18",
    "Rogan wall piece, peacock pair, 18 x 24 in": "Peacock pair 18x24",
    "Rogan wall piece, mandala, 12 x 12 in": "Mandala 12x12",
    "Rogan framed miniature, 6 x 6 in": "Miniature 6x6",
    "Rogan cushion cover, 16 x 16 in, cotton": "Cushion cover 16",
    "Rogan cushion cover, 18 x 18 in, matka silk": "Cushion cover silk",
    "Rogan table runner, 13 x 72 in": "Table runner",
    "Rogan stole, matka silk": "Stole matka silk",
}
# the same in the Gujarati a stall's hand writes
SHORT_GU = {
    "Rogan tree of life panel, 24 x 36 in, framed": "ટ્રી ઓફ લાઇફ મોટું",
    "Rogan tree of life panel, 12 x 18 in": "ટ્રી ઓફ લાઇફ",
    "Rogan wall piece, peacock pair, 18 x 24 in": "મોરની જોડી",
    "Rogan wall piece, mandala, 12 x 12 in": "મંડલા",
    "Rogan framed miniature, 6 x 6 in": "નાની ફ્રેમ",
    "Rogan cushion cover, 16 x 16 in, cotton": "કુશન કવર",
    "Rogan cushion cover, 18 x 18 in, matka silk": "કુશન કવર સિલ્ક",
    "Rogan table runner, 13 x 72 in": "ટેબલ રનર",
    "Rogan stole, matka silk": "દુપટ્ટો",
}
CUSTOMERS = [
    "Ms. Riya Mehta",
    "Mr. Anand Iyer",
    "Mrs. Farida Lokhandwala",
    "Dr. Kavita Shah",
    "Mr. Rohan Deshpande",
    "Ms. Tanvi Kulkarni",
    "Mr. Deepak Chawla",
]
# the painters the house has trained (the women and young men of Nirona and the villages round it), the man
# who boils the castor oil into rogan in the pit outside the village, the tailor who stitches the covers
# and runners, the gallery's staff
PAINTERS = [
    "Hawa Khatri",
    "Sahera Khatri",
    "Rukshana Node",
    "Kankuben Marwada",
    "Bhavna Meghwal",
    "Zubeda Sameja",
    "Rinku Vankar",
    "Asma Kumbhar",
]
BOILER = "Jusab Mamad"
TAILOR = "Kishor Darji"
STAFF = ["Aamir Khatri", "Dipti Gor"]
# the months as an app set in Gujarati prints them
GU_MONTHS = [
    "જાન્યુઆરી",
    "ફેબ્રુઆરી",
    "માર્ચ",
    "એપ્રિલ",
    "મે",
    "જૂન",
    "જુલાઈ",
    "ઑગસ્ટ",
    "સપ્ટેમ્બર",
    "ઑક્ટોબર",
    "નવેમ્બર",
    "ડિસેમ્બર",
]


def gst_rate(hsn: str, price: float) -> float:
    """A made-up's and a stole's GST (5% up to Rs. 2,500 a piece, 18% above it); a painting's 5%."""
    if hsn in ("6304", "6214") and price > 2500:
        return 18.0
    return 5.0


def pieces(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's rogan work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = 1 if lo >= 6000 else rng.randrange(1, 5)
        if "cushion" in name or "miniature" in name:
            q = rng.randrange(2, 7)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 3000 else 50))))
    return out


def move(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Rann Utsav's), its UPI / card reference made again for that
    day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "BARB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "24", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def gu_day(day: dt.date) -> str:
    """A day as an app set in Gujarati prints it: the day's figures, the month's Gujarati name, the year."""
    return f"{day.day} {GU_MONTHS[day.month - 1]} {day.year}"


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
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


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h308", {"marks": {}, "decor": [], "dms": [], "frame": None})


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


def note(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line in small letters in the label's ink (a note, a message's hour), in as many lines as it needs
    (the facts on the first)."""
    name = f"nt08{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(lines_of(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


def boxed(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def bar(p: Screen, title: str, sub: str, **facts) -> None:
    """heldout279's ``app_head`` with the facts its second line prints (the company named under an app's
    name)."""
    p.part = "head"
    p.add("title", title)
    p.add("small", sub, **facts)
    p.add("gap")
    p.part = "body"


# ---------------------------------------------------------------- Gujarati (heldout289's rows)


def guj(p: Screen, text: str, **kw) -> None:
    """heldout289's Gujarati line (a name over its English, a heading, an app's words, a bank's SMS), its
    Latin runs and figures in the page's face."""
    h289.gline(p, text, **kw)


def guj_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Gujarati sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    h289.gwrap(p, text, share=share, scale=scale, **facts)


def gfield(p: Screen, gu: str, en: str, value: str, *, pen: bool = False, at: float = 0.0, **facts) -> None:
    """heldout289's form field: its label small in Gujarati and English with a middle dot between them, the
    value under it (printed, or written by hand in this set's pen where ``pen``)."""
    pen_of(p)
    h289.gfield(p, gu, en, value, pen=pen, at=at, **facts)


def guj_hand(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.3, **facts
) -> None:
    """heldout289's Gujarati hand (Noto Serif Gujarati slanted as a pen slants it, its figures upright) in
    this set's pens' inks; ``figure`` written at the right end of the line."""
    pen_of(p)
    h289.ghand(p, text, figure=figure, align=align, scale=scale, **facts)


def gdots(p: Screen, gu: str, en: str, value: str, *, bold: bool = False, **facts) -> None:
    """This set's bilingual label of one line: the Gujarati label with its English in brackets after it,
    dot leaders, and the value set to the right (a Kutch office's receipt)."""
    size = p.style["size"]
    head = f"{gu} ({en})"
    assert h289.gok(head, p.font), head
    need = h289.gwidth(head, p.font, int(size * 0.9))
    vfont = bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value), value
    assert need + load_font(vfont, size).getlength(value) + 40 <= room_of(p), (head, value)
    put(p, "t08gd", head, value, mark_=[bold], **facts)


def gsms(p: Screen, text: str, *, share: float = 0.9, scale: float = 0.92, **facts) -> None:
    """A bank's SMS in Gujarati set left in lines of heldout289's Gujarati (the facts on its first line)."""
    guj_wrap(p, text, share=share, scale=scale, **facts)


# ---------------------------------------------------------------- this set's rows and marks


def tree_of_life(p: Screen) -> None:
    """A rogan tree of life (the kalpavriksh) as a letterhead's emblem: an arched panel of dark cloth, a trunk
    rising from a mound, branches curling out in pairs with leaves, buds and flowers on them and a pair of
    birds at its foot, each stroke a raised thread of coloured paste, the panel's left half painted and its
    right half printed from it by folding the cloth (a little paler, the fold's crease down the middle);
    centred, three lines high."""
    put(p, "t08tl", "", mark_=[p.rng.randrange(len(GROUNDS)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def rogan_border(p: Screen) -> None:
    """A rogan border as a divider across the page: a band of dark cloth with a creeper in raised yellow
    paste along it, leaves in red, green and white paired on it and rows of dots along its edges, its right
    half the folded print of its left; one line high."""
    put(p, "t08rb", "", mark_=[p.rng.randrange(len(GROUNDS)), p.rng.randrange(10**6)])


def stains(p: Screen) -> None:
    """The studio's table in the page's margins: castor oil's translucent spots, dabs of rogan paste with a
    thread drawn from one, and the iron kalam (stylus) the paste is drawn with."""
    ext(p)["decor"].append(["stains", p.rng.randrange(10**6)])


def on_board(p: Screen) -> None:
    """The page photographed lying on the painter's board: the board's planks, a length of dark cloth beside
    the page with a motif painted on its left half and printed on its right by folding (its crease
    between), steel bowls of coloured paste kept under water, the kalam, the page's shadow, the page a
    little askew."""
    ext(p)["frame"] = ["board", p.rng.randrange(10**6)]


def dm(p: Screen, start: int, mine: bool) -> None:
    """A direct message's bubble round the rows from ``start`` to the last added: grey at the left (theirs)
    or a pale violet at the right (ours), rounded."""
    ext(p)["dms"].append([start, len(p.rows) - 1, mine])


def dm_text(p: Screen, text: str, mine: bool, **facts) -> None:
    """A message's text in as many lines as a bubble holds (the facts on its first line)."""
    for n_, line in enumerate(lines_of(p, text, 1.0, 0.72)):
        p.add("right" if mine else "left", line, **(facts if n_ == 0 else {}))


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _cloth(w: int, h: int, ground, seed: int, strength: float = 5.0) -> Image.Image:
    """A dark cloth's ground: its colour, a faint weave across and down and a little light at its upper
    left."""
    g = np.random.default_rng(seed)
    rgb = np.full((h, w, 3), ground, dtype=np.float32)
    rgb += g.normal(0, strength, (h, 1, 1)) + g.normal(0, strength * 0.8, (1, w, 1))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    glow = 1.0 + 0.16 * np.exp(-(((xx - w * 0.35) ** 2 + (yy - h * 0.3) ** 2) / (max(w, h) * 0.45) ** 2))
    rgb = np.clip(rgb * glow[..., None], 0, 255)
    return Image.fromarray(rgb.astype(np.uint8), "RGB").convert("RGBA")


def _bezier(p0, p1, p2, p3, n: int = 40) -> list[tuple[float, float]]:
    out = []
    for i in range(n + 1):
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
        out.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return out


def _drop(cx: float, cy: float, length: float, angle: float, fat: float = 0.42, n: int = 28):
    """A leaf's or a petal's teardrop, ``length`` long from its stalk at (cx, cy), turned by ``angle``."""
    pts = []
    a = math.radians(angle)
    for i in range(n):
        t = i / n * math.tau
        x = (1 - math.cos(t)) / 2 * length
        y = math.sin(t) * length * fat * (1 - math.cos(t)) / 2 * 0.9
        pts.append((cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)))
    return pts


class _Paste:
    """Strokes of rogan paste drawn on a layer: each filled shape or thread raised a little (a soft shadow
    under it down and to the right, a thin light line along its top)."""

    def __init__(self, size: tuple[int, int], k: int):
        self.k = k
        self.art = Image.new("RGBA", size, (0, 0, 0, 0))
        self.shade = Image.new("L", size, 0)
        self.d = ImageDraw.Draw(self.art)
        self.s = ImageDraw.Draw(self.shade)

    def line(self, pts, colour, width: float, edge=None) -> None:
        k = self.k
        off = [(x + k * 0.7, y + k * 0.9) for x, y in pts]
        self.s.line(off, fill=150, width=int(width + k))
        if edge is not None:
            self.d.line(pts, fill=edge + (255,), width=int(width + k * 1.2))
        self.d.line(pts, fill=colour + (255,), width=int(width))
        hi = [(x - width * 0.18, y - width * 0.22) for x, y in pts]
        self.d.line(hi, fill=_tint((255, 255, 255), colour, 0.4) + (150,), width=max(1, int(width * 0.3)))

    def shape(self, pts, colour, edge=(246, 242, 228), vein=None) -> None:
        k = self.k
        self.s.polygon([(x + k * 0.7, y + k * 0.9) for x, y in pts], fill=150)
        self.d.polygon(pts, fill=colour + (255,))
        self.d.line(pts + [pts[0]], fill=edge + (255,), width=max(2, int(k * 0.9)))
        if vein:
            self.d.line(vein, fill=edge + (255,), width=max(1, int(k * 0.6)))

    def dot(self, x: float, y: float, r: float, colour) -> None:
        k = self.k
        self.s.ellipse((x - r + k * 0.6, y - r + k * 0.8, x + r + k * 0.6, y + r + k * 0.8), fill=140)
        self.d.ellipse((x - r, y - r, x + r, y + r), fill=colour + (255,))
        self.d.ellipse(
            (x - r * 0.55, y - r * 0.6, x - r * 0.05, y - r * 0.15), fill=_tint((255, 255, 255), colour, 0.5)
        )

    def onto(self, base: Image.Image) -> Image.Image:
        """The strokes laid on ``base`` with their shadow under them."""
        shade = self.shade.filter(ImageFilter.GaussianBlur(self.k * 0.8))
        dark = Image.new("RGBA", base.size, (0, 0, 0, 255))
        dark.putalpha(shade.point(lambda v: v * 0.55))
        out = Image.alpha_composite(base, dark)
        return Image.alpha_composite(out, self.art)


def _flower(pe: _Paste, x: float, y: float, r: float, colour, middle) -> None:
    for m in range(6):
        a = m * 60 + 30
        pe.shape(_drop(x, y, r, a, 0.5, 18), colour)
    pe.dot(x, y, r * 0.32, middle)


def _bird(pe: _Paste, x: float, y: float, s: float, body, wing, facing: int) -> None:
    """A peacock's small figure facing ``facing`` (1: right): its body, wing, neck and head with a crest,
    its tail of dotted feathers trailing behind."""
    f = facing
    body_pts = [
        (x + f * s * 0.5 * math.cos(t), y + s * 0.3 * math.sin(t))
        for t in [i / 24 * math.tau for i in range(24)]
    ]
    for m in range(5):
        a = 180 + (m - 2) * 16 if f > 0 else (m - 2) * 16
        tip = (x - f * s * 0.4 + math.cos(math.radians(a)) * s * 0.9, y + math.sin(math.radians(a)) * s * 0.5)
        pe.line([(x - f * s * 0.35, y), tip], (58, 150, 70), s * 0.06)
        pe.dot(tip[0], tip[1], s * 0.1, (70, 150, 210))
    pe.shape(body_pts, body)
    pe.shape(_drop(x - f * s * 0.05, y - s * 0.02, s * 0.55, 180 if f > 0 else 0, 0.45, 18), wing)
    neck = _bezier(
        (x + f * s * 0.35, y - s * 0.05),
        (x + f * s * 0.55, y - s * 0.3),
        (x + f * s * 0.5, y - s * 0.55),
        (x + f * s * 0.62, y - s * 0.72),
        12,
    )
    pe.line(neck, body, s * 0.16, edge=(246, 242, 228))
    hx, hy = neck[-1]
    pe.dot(hx, hy, s * 0.12, body)
    pe.line([(hx + f * s * 0.1, hy), (hx + f * s * 0.24, hy + s * 0.04)], (240, 190, 40), s * 0.06)
    for m in range(3):
        cx_ = hx + f * (m - 1) * s * 0.07
        pe.line([(hx, hy - s * 0.1), (cx_, hy - s * 0.3)], (246, 242, 228), s * 0.03)
        pe.dot(cx_, hy - s * 0.32, s * 0.045, (240, 190, 40))


def _motif(W: int, H: int, k: int, seed: int, colours: list) -> _Paste:
    """A tree of life's left half and its middle (the trunk, the mound, the crown): drawn on a layer as wide
    as the panel; its right half is thrown away and printed from the left by the fold."""
    srng = random.Random(seed)
    pe = _Paste((W, H), k)
    mid = W / 2
    red, yellow, white, green, blue, orange = colours
    # the mound and the trunk
    mound = [
        (mid + W * 0.3 * math.cos(t), H * 0.9 + H * 0.07 * math.sin(t))
        for t in np.linspace(math.pi, math.tau, 24)
    ]
    pe.shape([*mound, (mid + W * 0.3, H * 0.92), (mid - W * 0.3, H * 0.92)], red)
    for m in range(5):
        pe.dot(mid - W * 0.24 + m * W * 0.12, H * 0.885, k * 1.6, yellow)
    trunk = [(mid, H * 0.86), (mid, H * 0.2)]
    pe.line(trunk, orange, k * 3.2, edge=white)
    # the branches in pairs, each a curl with leaves and a bud or a flower at its end
    levels = srng.choice([3, 4])
    for i in range(levels):
        y0 = H * (0.74 - i * (0.44 / levels))
        reach = W * (0.4 - i * 0.05)
        end = (mid - reach, y0 - H * 0.15)
        pts = _bezier(
            (mid, y0),
            (mid - reach * 0.25, y0 - H * 0.01),
            (mid - reach * 0.95, y0 + H * 0.03),
            end,
            30,
        )
        curl = [
            (end[0] + k * 4 * math.cos(t) * (1 - t / 9), end[1] - k * 4 - k * 4 * math.sin(t) * (1 - t / 9))
            for t in np.linspace(math.pi / 2 + 1.5, math.pi / 2 + 6.5, 14)
        ]
        pe.line(pts + curl, yellow, k * 1.5, edge=white)
        for j, at in enumerate((0.35, 0.62)):
            bx, by = pts[int(at * 30)]
            side = -1 if j % 2 else 1
            leaf = _drop(bx, by, H * 0.11, -90 - side * 40 - srng.uniform(0, 15), 0.45, 22)
            vein = [(bx, by), leaf[len(leaf) // 2]]
            pe.shape(leaf, green if (i + j) % 2 else blue, vein=vein)
        fx, fy = pts[-1]
        if i % 2:
            _flower(pe, fx - k * 2, fy + H * 0.05, H * 0.045, red, yellow)
        else:
            pe.shape(_drop(fx, fy + H * 0.02, H * 0.075, 150, 0.5, 20), red, vein=None)
            pe.dot(fx - H * 0.035, fy + H * 0.045, k * 1.4, yellow)
        for m in range(4):
            px, py = pts[4 + m * 6]
            pe.dot(px, py - k * 3.2, k * 0.9, white)
    # the crown: a flower of many petals at the top of the trunk
    for m in range(7):
        a = -90 + (m - 3) * 26
        pe.shape(_drop(mid, H * 0.2, H * 0.13, a, 0.36, 20), [red, orange, yellow][m % 3])
    pe.dot(mid, H * 0.2, k * 3, yellow)
    # a peacock at the trunk's foot facing it
    _bird(pe, mid - W * 0.25, H * 0.8, W * 0.16, blue, green, 1)
    return pe


def _folded(base: Image.Image, pe: _Paste, mask: Image.Image | None = None) -> Image.Image:
    """The cloth after its fold: the left half as painted, the right half its print (the same strokes
    mirrored, a little paler and thinner), the crease down the middle."""
    W, H = base.size
    half = W // 2
    painted = pe.onto(Image.new("RGBA", base.size, (0, 0, 0, 0)))
    left = painted.crop((0, 0, half, H))
    right = left.transpose(Image.FLIP_LEFT_RIGHT)
    alpha = right.split()[3].point(lambda v: int(v * 0.82))
    right.putalpha(alpha)
    out = base.copy()
    out.alpha_composite(left, (0, 0))
    out.alpha_composite(right, (W - half, 0))
    d = ImageDraw.Draw(out)
    d.line((half + 1, 0, half + 1, H), fill=(0, 0, 0, 46), width=2)
    d.line((half - 1, 0, half - 1, H), fill=(255, 255, 255, 28), width=1)
    if mask is not None:
        clear = Image.new("RGBA", out.size, (0, 0, 0, 0))
        out = Image.composite(out, clear, mask)
    return out


def _arch(x0: float, y0: float, x1: float, y1: float, n: int = 40) -> list[tuple[float, float]]:
    """An arched panel's outline (a half round top over straight sides)."""
    r = (x1 - x0) / 2
    cx, cy = x0 + r, y0 + r
    top_ = [(cx + r * math.cos(t), cy + r * math.sin(t)) for t in np.linspace(math.pi, math.tau, n)]
    return [(x0, y1), *top_, (x1, y1)]


def _tree_art(h: float, ground_i: int, seed: int, k: int = 3) -> Image.Image:
    """The emblem's panel (``h`` high once brought down ``k`` times): its arched cloth, a rim of paste, the
    tree painted and folded."""
    srng = random.Random(seed)
    H = int(h * k)
    W = int(H * 0.76)
    W -= W % 2
    ground = GROUNDS[ground_i]
    colours = list(PASTES)
    if ground_i == 4:
        colours[0] = (246, 200, 60)
    cloth = _cloth(W, H, ground, srng.randrange(10**6), 4.0)
    mask = Image.new("L", (W, H), 0)
    outline = _arch(0, 0, W - 1, H - 1)
    ImageDraw.Draw(mask).polygon(outline, fill=255)
    pe = _motif(W, H, k, srng.randrange(10**6), colours)
    # the rim: a thread of yellow paste inside the arch with white dots along it
    inner = _arch(k * 5, k * 5, W - 1 - k * 5, H - 1 - k * 3)
    pe.line(inner, colours[1], k * 1.2)
    for i in range(0, len(inner), 3):
        x, y = inner[i]
        pe.dot(x + (k * 3 if x < W / 2 else -k * 3), y + k * 3, k * 0.8, colours[2])
    art = _folded(cloth, pe, mask)
    d = ImageDraw.Draw(art)
    d.line(outline + [outline[0]], fill=_tint((0, 0, 0), ground, 0.4) + (255,), width=k)
    return art.resize((W // k, H // k), Image.LANCZOS)


def _tree(page: Image.Image, cx: float, top_y: float, h: float, ground_i: int, seed: int) -> None:
    """The emblem pasted centred at ``top_y``, a soft shadow under it."""
    small = _tree_art(h, ground_i, seed)
    x0_, y0_ = int(cx - small.width / 2), int(top_y)
    shadow = Image.new("L", page.size, 0)
    shadow.paste(small.split()[3].point(lambda v: 70 if v > 0 else 0), (x0_ + 3, y0_ + 4))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (90, 80, 74)), page, shadow))
    page.paste(small, (x0_, y0_), small)


def _border(page: Image.Image, x0: float, x1: float, y0: float, y1: float, ground_i: int, seed: int) -> None:
    """The divider: a band of dark cloth, a creeper of yellow paste along it with leaves paired on it and a
    row of dots along each edge, its right half printed from its left by the fold."""
    srng = random.Random(seed)
    ground = GROUNDS[ground_i]
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    W, H = w * k, h * k
    W -= W % 2
    cloth = _cloth(W, H, ground, srng.randrange(10**6), 4.0)
    pe = _Paste((W, H), k)
    red, yellow, white, green, blue, _orange = PASTES
    mid, amp = H / 2, H * 0.16
    period = H * srng.choice([2.6, 3.0, 3.4])
    pts = [(xx, mid + amp * math.sin(xx / period * math.tau)) for xx in range(0, W // 2 + 6, 3)]
    pe.line(pts, yellow, k * 1.1)
    xx, n = period / 4, 0
    while xx < W / 2 - period / 4:
        yy = mid + amp * math.sin(xx / period * math.tau)
        s_ = 1 if n % 2 else -1
        leaf = _drop(xx, yy, H * 0.34, s_ * 60 - 10, 0.42, 18)
        pe.shape(leaf, [red, green, blue][n % 3], vein=[(xx, yy), leaf[9]])
        pe.dot(xx + period / 4, mid - s_ * H * 0.2, k * 1.1, white)
        xx += period / 2
        n += 1
    for yy in (H * 0.1, H * 0.9):
        for xd in range(int(k * 3), W // 2, int(k * 5)):
            pe.dot(xd, yy, k * 0.7, white if yy < mid else yellow)
    art = _folded(cloth, pe)
    small = art.resize((w - w % 2, h), Image.LANCZOS).convert("RGB")
    page.paste(small, (int(x0), int(y0)))


def _blob(d: ImageDraw.ImageDraw, x: float, y: float, r: float, colour, srng: random.Random) -> None:
    for _ in range(3):
        ox, oy, rr = (
            srng.uniform(-r * 0.5, r * 0.5),
            srng.uniform(-r * 0.4, r * 0.4),
            r * srng.uniform(0.6, 1),
        )
        d.ellipse((x + ox - rr, y + oy - rr, x + ox + rr, y + oy + rr), fill=colour + (255,))


def _kalam(d: ImageDraw.ImageDraw, x: float, y: float, length: float, angle: float, paste) -> None:
    """The iron stylus: a thin dark rod, lit along one side, its end drawn to a point with paste on it."""
    a = math.radians(angle)
    ex, ey = x + math.cos(a) * length, y + math.sin(a) * length
    d.line((x + 2, y + 2, ex + 2, ey + 2), fill=(60, 50, 40, 90), width=5)
    d.line((x, y, ex, ey), fill=(64, 62, 66, 255), width=4)
    d.line((x - 1, y - 1, ex - 1, ey - 1), fill=(170, 170, 176, 255), width=1)
    tx, ty = ex + math.cos(a) * 8, ey + math.sin(a) * 8
    d.polygon(
        [
            (ex - math.sin(a) * 2, ey + math.cos(a) * 2),
            (ex + math.sin(a) * 2, ey - math.cos(a) * 2),
            (tx, ty),
        ],
        fill=(64, 62, 66, 255),
    )
    d.ellipse((tx - 2.5, ty - 2.5, tx + 2.5, ty + 2.5), fill=paste + (255,))


def _stains(page: Image.Image, seed: int) -> Image.Image:
    """The margins: castor oil's spots soaked into the paper, dabs of paste with a thread drawn from one,
    the kalam laid by."""
    srng = random.Random(seed)
    width, height = page.size

    def spot() -> tuple[float, float]:
        left = srng.random() < 0.5
        x = srng.uniform(9, MARGIN - 12) if left else srng.uniform(width - MARGIN + 12, width - 9)
        return x, srng.uniform(40, height - 40)

    oil = Image.new("RGB", page.size, (255, 255, 255))
    od = ImageDraw.Draw(oil)
    for _ in range(srng.randrange(2, 4)):
        x, y = spot()
        r = srng.uniform(8, 15)
        od.ellipse((x - r, y - r * 0.8, x + r, y + r * 0.8), fill=_tint(OIL, (255, 255, 255), 0.22))
        od.ellipse(
            (x - r, y - r * 0.8, x + r, y + r * 0.8), outline=_tint(OIL, (255, 255, 255), 0.4), width=2
        )
    page = ImageChops.multiply(page, oil.filter(ImageFilter.GaussianBlur(1.6)))
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)
    for _ in range(srng.randrange(1, 3)):
        x, y = spot()
        colour = srng.choice(PASTES[:2] + PASTES[3:])
        d.ellipse((x - 4, y - 2, x + 6, y + 7), fill=(0, 0, 0, 60))
        _blob(d, x, y, srng.uniform(3.5, 5.5), colour, srng)
        d.ellipse((x - 2, y - 3, x, y - 1), fill=(255, 255, 255, 200))
        pts = [(x + math.sin(i * 0.6) * 3, y + 6 + i * 2.4) for i in range(srng.randrange(6, 14))]
        d.line(pts, fill=colour + (255,), width=1)
    left = srng.random() < 0.5
    x = srng.uniform(12, MARGIN - 14) if left else srng.uniform(width - MARGIN + 14, width - 12)
    y = srng.uniform(60, max(61, height - 150))
    _kalam(d, x, y, srng.uniform(62, 84), 90 + srng.uniform(-6, 6), srng.choice(PASTES))
    return layer.convert("RGB")


def _bowl(base: Image.Image, x: float, y: float, r: float, paste, seed: int) -> None:
    """A small steel bowl seen from above with a dab of paste kept under water in it."""
    srng = random.Random(seed)
    d = ImageDraw.Draw(base, "RGBA")
    d.ellipse((x - r + 5, y - r + 7, x + r + 5, y + r + 7), fill=(40, 30, 20, 90))
    d.ellipse((x - r, y - r, x + r, y + r), fill=(196, 198, 204, 255), outline=(120, 122, 130, 255), width=2)
    ri = r * 0.8
    d.ellipse((x - ri, y - ri, x + ri, y + ri), fill=(150, 160, 168, 255))
    for _ in range(3):
        ox, oy, rr = (
            srng.uniform(-ri * 0.3, ri * 0.3),
            srng.uniform(-ri * 0.3, ri * 0.3),
            ri * srng.uniform(0.3, 0.5),
        )
        d.ellipse(
            (x + ox - rr, y + oy - rr, x + ox + rr, y + oy + rr),
            fill=_tint(paste, (150, 160, 168), 0.85) + (255,),
        )
    d.ellipse((x - ri, y - ri, x + ri, y + ri), fill=(200, 220, 230, 50))
    d.arc((x - r + 3, y - r + 3, x + r - 3, y + r - 3), 200, 300, fill=(246, 248, 252, 255), width=3)


def _board(image: Image.Image, seed: int) -> Image.Image:
    """The page on the painter's board: the board's planks and grain, a length of dark cloth painted on one
    half and printed on the other beside the page, bowls of paste under water, the kalam, the page's shadow,
    the page askew."""
    srng = random.Random(seed)
    w, h = image.size
    pad, extra = 80, 170
    bw, bh = w + 2 * pad + extra, h + 2 * pad
    tone = srng.choice([(196, 158, 110), (178, 136, 92), (206, 170, 122)])
    wood = np.full((bh, bw, 3), tone, dtype=np.float32)
    g = np.random.default_rng(srng.randrange(10**6))
    plank = srng.choice([150, 180, 210])
    for x0 in range(0, bw, plank):
        wood[:, x0 : x0 + plank] *= g.uniform(0.9, 1.08)
    wood += g.normal(0, 5, (1, bw, 1))
    base = Image.fromarray(np.clip(wood, 0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(base)
    for x0 in range(plank, bw, plank):
        d.line((x0, 0, x0, bh), fill=_tint((60, 40, 24), tone, 0.7), width=2)
    for _ in range(70):
        gx = srng.uniform(0, bw)
        pts = [(gx + 4 * math.sin(yy / srng.uniform(30, 80)), yy) for yy in range(0, bh, 12)]
        d.line(pts, fill=_tint((110, 74, 40), tone, 0.35), width=1)
    base = base.convert("RGBA")
    # the cloth beside the page: its painted half and its printed half
    cw, ch = extra + 40, int(bh * srng.uniform(0.42, 0.56))
    cloth_art = _tree_art(min(cw * 1.3, ch), srng.randrange(len(GROUNDS)), srng.randrange(10**6), 2)
    cloth = Image.new(
        "RGBA", (cloth_art.width + 16, cloth_art.height + 16), GROUNDS[srng.randrange(len(GROUNDS))] + (255,)
    )
    cloth.alpha_composite(cloth_art, (8, 8))
    cloth = cloth.rotate(srng.uniform(-6, 6), resample=Image.BICUBIC, expand=True)
    cx0, cy0 = bw - cloth.width + srng.randrange(10, 40), srng.randrange(10, max(11, bh - cloth.height - 10))
    shadow = Image.new("L", base.size, 0)
    shadow.paste(cloth.split()[3].point(lambda v: 120 if v > 0 else 0), (cx0 + 6, cy0 + 8))
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    base = Image.composite(Image.new("RGBA", base.size, (50, 36, 24, 255)), base, shadow)
    base.alpha_composite(cloth, (cx0, cy0))
    rgb = base.convert("RGB")
    # the page
    angle = srng.uniform(-1.6, 1.6)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 10, (bh - turned.height) // 2
    shadow = Image.new("L", rgb.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 130 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    rgb = Image.composite(Image.new("RGB", rgb.size, (66, 50, 36)), rgb, shadow)
    rgb.paste(turned, (sx, sy), turned)
    # the bowls and the kalam on the board beside the page
    right = sx + turned.width + 16
    spots = [(right + 40, bh - 70), (right + 110, bh - 110), (right + 60, 60)]
    for n_, (bx, by) in enumerate(spots[: srng.randrange(2, 4)]):
        if bx + 34 < bw:
            _bowl(
                rgb,
                bx,
                by,
                srng.uniform(26, 32),
                PASTES[(n_ * 2 + srng.randrange(3)) % len(PASTES)],
                srng.randrange(10**6),
            )
    kd = ImageDraw.Draw(rgb, "RGBA")
    _kalam(kd, right + 8, bh * 0.3, 110, srng.uniform(60, 80), srng.choice(PASTES))
    return rgb


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: a direct message's bubbles, a Gujarati label with its
    English in brackets and dot leaders, a rogan tree of life as an emblem, a rogan border as a divider,
    castor oil's spots, dabs of paste and the kalam in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h308")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    marks = x["marks"]
    if x["dms"]:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        face = load_font(font, size)
        for start, end, mine in x["dms"]:
            wide = max(face.getlength(rows[i][1]) for i in range(start, end + 1) if len(rows[i]) > 1)
            y0 = tops[start] - lift - 10
            y1 = tops[end] + line - lift + 4
            if mine:
                box = (width - MARGIN - wide - 16, y0, width - MARGIN + 16, y1)
                fill_ = (226, 218, 252)
            else:
                box = (MARGIN - 16, y0, MARGIN + wide + 16, y1)
                fill_ = (236, 236, 240)
            ld.rounded_rectangle(box, radius=18, fill=fill_)
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t08"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t08gd":
            (bold,) = m
            s_ = int(size * 0.9)
            h289.draw_g(draw, (MARGIN, y - 1), r[1], font, s_, ink)
            hw = h289.gwidth(r[1], font, s_)
            vface = load_font(bold_of(font) if bold else font, size)
            vx = width - MARGIN - vface.getlength(r[2])
            draw.text((vx, y), r[2], font=vface, fill=ink)
            dx = MARGIN + hw + 10
            while dx < vx - 10:
                draw.ellipse((dx, y + size * 0.78, dx + 1.8, y + size * 0.78 + 1.8), fill=soft)
                dx += 6
        elif name == "t08tl":
            ground_i, seed = m
            _tree(page, width / 2, top_y + line * 0.06, line * 2.85, ground_i, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t08rb":
            ground_i, seed = m
            _border(page, MARGIN, width - MARGIN, top_y + line * 0.16, top_y + line * 0.9, ground_i, seed)
            draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "stains":
            page = _stains(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout307's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the painter's board a page is photographed lying on."""
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
    f = (style.get("h308") or {}).get("frame")
    if f and f[0] == "board":
        image = _board(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h289.check_faces()
    for face in [*PENS, *TYPES, *GUJ_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout308 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the gallery's own app


PAYEES = [GALLERY_CAPS, GALLERY, CUT, FIRM_CAPS, "KALPAVRIKSH ROGAN GALLERY NIRONA"]
VPAS = [
    "kalpavrikshrogan@barodampay",
    "daudkhatrirogan@okaxis",
    "Q482913057@ybl",
    "kalpavriksh.rogan@oksbi",
    "paytmqr5k2x8d7hq@paytm",
]
BUYERS = [
    ("Riya Mehta", "HDFC Bank"),
    ("Anand Iyer", "ICICI Bank"),
    ("Farida Lokhandwala", "Axis Bank"),
    ("Kavita Shah", "State Bank of India"),
    ("Rohan Deshpande", "Kotak Mahindra Bank"),
    ("Tanvi Kulkarni", "Bank of Baroda"),
    ("Deepak Chawla", "Punjab National Bank"),
    ("Meera Nair", "Canara Bank"),
]
NOTES = [
    "tree of life",
    "cushion covers x2",
    "rogan wall piece",
    "runner + covers",
    "rann utsav",
    "mandala frame",
]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Punjab National Bank": "PNB",
        "ICICI Bank": "ICICI",
        "HDFC Bank": "HDFC",
        "Axis Bank": "Axis",
        "Bank of Baroda": "BoB",
        "Kotak Mahindra Bank": "Kotak",
        "Canara Bank": "Canara",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Kalpavriksh Rogan Gallery or the firm: Paytm for Business on the gallery's phone (the
    gallery under the app's bar, a tile's tick, Payment Received, the sum set large, "from <buyer>"; UPI Ref
    No. and Order ID in tiles; Received on, Paid via and Settled to with colons); Google Pay set in Gujarati
    (the payee's initials in a round badge, "પ્રાપ્તકર્તા" (recipient) over the payee and its UPI ID, the sum,
    a large round tick, "પૂર્ણ થયું" (completed), the day with its month's Gujarati name and the hour; "UPI
    વ્યવહાર ID" (UPI transaction ID) over its value, "<bank> ખાતા ••1234 માંથી ચૂકવ્યા" (paid from <bank>
    account ••1234), "Google વ્યવહાર ID" (Google transaction ID) over its value); CRED's UPI payment on its
    dark screen under a scalloped badge ("payment successful", the sum, "paid to" over the payee, "today,
    <hour>"; a copyable UPI reference number; paid from at the left and the right; no day); Freecharge's
    payment pending under a tile's hourglass (the sum, "to <payee>", its stages across the page, a notice; UPI
    Ref No., Started at, Debit from in dot leaders); slice's UPI payment under a large round tick (the sum;
    each value over its label: Paid to, UPI Ref No., Date & time, Paid using); Bank of Baroda's bob World with
    a UPI payment failed under a large round cross (the sum, "to <payee>", the reason in a notice; Transaction
    ID, Date & Time, Mode in a table ruled on every side); JioFinance's UPI payment under an octagon's tick
    (the sum set large, "Paid to" over the payee, "on <day> at <hour>"; UPI Ref No., From and Note in shaded
    labels); Google Pay's conversation with the gallery (the payee on top over "UPI ID: <vpa>", the day on the
    thread's divider, the payment's card at the right: "Payment to <payee>", the sum, "Paid . <hour>", a note;
    no reference). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=600, high=46000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    last4 = digits(rng, 4)
    if k in (0, 4) and rng.random() < 0.5:
        move(j, rng, RANN, RANN_DAYS)
    if k == 0:
        p = phone(rng, font, k, ["", "Paytm for Business"], dark=False, buttons=("Share",))
        band(p, (0, 168, 226))
        app_head(p, "Paytm for Business", "Payments and settlements")
        name = pick(p, "center", [GALLERY, GALLERY_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Craft Village Road, Nirona, Kutch")
        p.add("gap")
        h287.tile(p, status)
        p.add("center", "Payment Received", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"from {who}")
        p.add("gap")
        oid = f"P{j.date:%y%m%d}{digits(rng, 5)}"
        tiles2(p, ("UPI Ref No.", j.ref), ("Order ID", oid), txn=(UTR_RANK, j.ref))
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h271.colkv(
            p,
            "ptb",
            spec,
            "Received on:",
            at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ", " | ")),
            date=j.date,
        )
        h271.colkv(p, "ptb", spec, "Paid via:", f"UPI, {sb}", method="UPI")
        h271.colkv(p, "ptb", spec, "Settled to:", f"Bank of Baroda XX{digits(rng, 4)}")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Share",))
        app_head(p, "Google Pay", "")
        name = pick(p, "center", [to, GALLERY])
        h273.avatar(
            p, initials(name), rng.choice([(26, 115, 232), (52, 168, 83), (234, 67, 53), (251, 140, 0)])
        )
        guj(p, "પ્રાપ્તકર્તા", soft=True, scale=0.86)
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        sicon(p, status)
        guj(p, "પૂર્ણ થયું", bold=True, scale=1.05, status=status)
        guj(p, f"{gu_day(j.date)}, {hhmm(rng, lower=True)}", soft=True, scale=0.86, date=j.date)
        p.add("rule")
        guj(p, "UPI વ્યવહાર ID", soft=True, scale=0.84, align="l")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        guj(p, f"{sb} ખાતા {masked(p.font)}{last4} માંથી ચૂકવ્યા", scale=0.9, align="l", method="UPI")
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        guj(p, "Google વ્યવહાર ID", soft=True, scale=0.84, align="l")
        p.add("left", gid, txn=(TXN_RANK, gid))
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "CRED"], dark=True, buttons=("done",))
        app_head(p, "CRED", "UPI")
        h287.burst(p, status)
        p.add("center", "payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "paid to")
        name = pick(p, "center", [to, GALLERY])
        p.add("center", name, merchant=name)
        p.add("small", f"today, {hhmm(rng, lower=True)}")
        p.add("gap")
        copyrow(p, "UPI reference number", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "paid from", f"{sb} {masked(p.font)}{last4}", method="UPI")
        note(p, f"you earned {rng.randrange(60, 900)} CRED coins on this payment.", align="c")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Freecharge"], dark=False, buttons=("Check status",))
        band(p, (236, 96, 20))
        app_head(p, "freecharge", "UPI payment")
        h287.tile(p, status)
        p.add("center", "Payment Pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GALLERY}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        h289.steps(p, ["Initiated", "Debited", "Credited"], 2, status)
        boxed(
            p,
            "Your bank has debited the amount and we are waiting for the payee's bank to confirm. Please do "
            "not pay again; it usually settles within a few hours.",
            "warn",
        )
        dots(p, "UPI Ref No.", j.ref, at=0.42, txn=(UTR_RANK, j.ref))
        dots(p, "Started at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.42, date=j.date)
        dots(p, "Debit from", f"{sb} XX{last4}", at=0.42, method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "slice"], dark=False, buttons=("Share receipt",))
        band(p, (96, 52, 196))
        app_head(p, "slice", "UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = h287.vname(p, [to, GALLERY])
        vlab(p, "Paid to", name, merchant=name)
        vlab(p, "UPI Ref No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(
            p,
            "Date & time",
            at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ", " at ")),
            bold=False,
            date=j.date,
        )
        vlab(p, "Paid using", f"slice savings {masked(p.font)}{last4}", bold=False, method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "bob World"], dark=False, buttons=("Retry", "Home"))
        band(p, (242, 101, 34))
        app_head(p, "bob World", "Bank of Baroda  |  UPI")
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GALLERY}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        boxed(
            p,
            "The payee's bank did not respond in time (U30). Any amount debited will be reversed to your "
            "account within 48 hours.",
            "error",
        )
        tid = f"BOB{j.date:%y%m%d}{digits(rng, 9)}"
        grid(
            p,
            "bw",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (
                    ["Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Mode", "UPI"], {"method": "UPI"}),
                (["Account", f"SB XXXX{last4}"], {}),
            ],
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "JioFinance"], dark=False, buttons=("Share", "Done"))
        band(p, (16, 56, 148))
        app_head(p, "JioFinance", "UPI")
        h294.octa(p, status)
        p.add("center", "Payment successful", status=status)
        h277.bigsum(p, rupee_of(p.font), j.amount, rng.choice(["indian", "western"]), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, GALLERY])
        p.add("center", name, merchant=name)
        p.add(
            "small", f"on {when(j.date, rng.choice(['{d} %b %Y', '%d/%m/%Y']))} at {hhmm(rng)}", date=j.date
        )
        p.add("gap")
        kv(p, "UPI Ref No.", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        kv(p, "From", f"{sb} XX{last4}", at=0.36, method="UPI")
        kv(p, "Note", rng.choice(NOTES), at=0.36)
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=("Pay", "Request"))
    p.part = "head"
    name = pick(p, "title", [to, GALLERY])
    p.add("title", name, merchant=name)
    p.add("small", f"UPI ID: {vpa}", method="UPI")
    p.add("rule")
    p.part = "body"
    p.add("gap")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b %Y", "%d %b %Y"])), date=j.date)
    p.add("gap")
    s_ = h275.gcard_open(p)
    small = load_font(p.font, int(p.style["size"] * 0.86))
    if small.getlength(f"Payment to {name}") <= 0.7 * room_of(p) - 40:
        h275.inrow(p, f"Payment to {name}", scale=0.86, soft=True)
    else:
        h275.inrow(p, "Payment to", scale=0.86, soft=True)
        h275.inrow(
            p, name if small.getlength(name) <= 0.7 * room_of(p) - 40 else GALLERY, scale=0.86, soft=True
        )
    h275.inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
    tick_ = sign(p.font, "\u2713", "")
    dot_ = sign(p.font, "\u2022", ".")
    h275.inrow(p, f"{tick_} Paid {dot_} {hhmm(rng, lower=True)}".replace("  ", " ").strip(), status=status)
    h275.inrow(p, rng.choice(NOTES), scale=0.86, soft=True)
    h275.gcard_close(p, s_)
    p.add("gap")
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


GARVI = "Gujarat State Handloom & Handicrafts Development Corporation Ltd."
GARVI_SHORT = "Gujarat State Handloom & Handicrafts Dev. Corpn."
GARVI_GU = "ગુજરાત રાજ્ય હાથશાળ અને હસ્તકલા વિકાસ નિગમ લિ."
STORE_HANDLE = "saffronandslate.home"
STORE = "Saffron & Slate Home"
GIFTS = "Gifting Tales Corporate Solutions Pvt. Ltd."
HOTEL = "Pol Haveli Heritage Hotels Pvt. Ltd."
MUSEUM = "KUTCH HERITAGE TRUST"
NILA = "Nila Design Store LLP"
TESSELLATE = "Tessellate Consulting India Pvt. Ltd."
HAATHSE = "Haathse Crafts Marketplace Pvt. Ltd."


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: Garvi Gurjari's (the Gujarat State Handloom & Handicrafts
    Development Corporation's) PAYMENT ADVICE under its Gujarati name (To and Voucher No., M/s the firm and
    Date on two lines; Sub:; Bill No. | Bill Date | Amount on hairline rows; Gross amount, Less: TDS-GST 2%
    (CGST 1% + SGST 1%) in dot leaders, Net amount paid under a rule and a double rule; "The net amount has
    been transferred to your account ... through NEFT, UTR ..."; the Deputy Manager (Accounts)' signature); a
    Mumbai home store's Instagram direct messages under "Today, <hour>" (its message in a grey bubble at the
    left: "Hi Nazmin! Paid Rs. x to <payee> by IMPS just now for ...", "IMPS ref ..."; the firm's reply in a
    violet bubble at the right; Seen; no day); Axis Bank's neo for Corporates with a Delhi gifting firm's NEFT
    returned on a tinted band (the reason in a notice; Payment ID and UTR, Beneficiary and Amount, Value date
    and Mode, labels small over their values two to a row); an Ahmedabad heritage hotel's Payment Advice
    mailed from TallyPrime (its sentence; Vch No., Date, Party with colons; Particulars | Amount on hairline
    rows, the bills "Agst Ref ...", Total under a rule and a double rule; Mode and Transaction No. (UTR)); a
    Bhuj museum trust's letter with its folds and its file's punched holes (Date; To, M/s the firm; Sub:; "...
    we have today paid Rs. x/- ... by NEFT to your account against your bill ..."; Bill No. | Dated | Amount
    in a table ruled on every side; the Honorary Secretary's signature; no reference); a Bengaluru design
    store's Bill Payment mailed from QuickBooks (the sum in a tinted panel, "Paid to" over the payee; Payment
    date, Payment method, Payment account, Ref no. in a table ruled on every side; Bill no. | Bill date |
    Payment on hairline rows); CitiDirect BE with a Gurugram consultancy's NEFT pending bank processing (a
    capsule at the left, its stages left to right, a notice; Transaction Reference, Customer Reference,
    Beneficiary Name, Amount, Payment Method, Value Date against a gutter); PayU Payouts with a crafts
    marketplace's transfer successful ("Transfer status: Success"; Beneficiary, Amount, Mode, Payout ID, Bank
    Ref. No. (UTR), Processed at, Purpose in a striped table). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=14000, high=320000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        guj(p, GARVI_GU, bold=True, scale=0.95)
        top(p, pick(p, "title", [GARVI, GARVI_SHORT]))
        p.add(
            "small", "Garvi Gurjari Emporia  |  Block No. 10, Udyog Bhavan, Sector 11, Gandhinagar - 382011"
        )
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        bills = bills_for(rng, j, rng.randrange(1, 4), "NIR")
        gross = j.amount
        tds = round(gross * 0.02, 2)
        j.amount = round(gross - tds, 2)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "State Bank of India", way)
        vno = f"GSHHDC/PV/{rng.randrange(1200, 9800)}/{fy(j.date)}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "gv0", spec, "To,", f"Voucher No. {vno}", txn=(INVOICE_RANK, vno))
        name = rng.choice([FIRM, FIRM_CAPS])
        cols(
            p,
            "gv0",
            spec,
            f"M/s {name},",
            f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            merchant=name,
            date=j.date,
        )
        p.add("left", f"{ADDRESS}.")
        p.add("gap")
        prose(p, "Sub: Payment against your bills for rogan paintings supplied to Garvi Gurjari, Ahmedabad.")
        spec = [(0.0, 0.42, "l"), (0.42, 0.7, "c"), (0.7, 1.0, "r")]
        cols(p, "gvh", spec, "Bill No.", "Bill Date", "Amount", mode="line")
        for no_, day, v in bills:
            cols(p, "gvl", spec, no_, when(day, "%d.%m.%Y"), num(v), mode="line")
        dots(p, "Gross amount", num(gross), at=0.62)
        dots(p, "Less: TDS-GST 2% (CGST 1% + SGST 1%)", num(tds), at=0.62)
        total(p, "Net amount paid", num(j.amount), at=0.62, amount=j.amount)
        p.add("gap")
        prose(
            p,
            f"The net amount of {rs(j.amount)} has been transferred to your account with {BANK_LINE} through "
            f"{way}, UTR {utr}.",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Dy. Manager (Accounts)")
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(60, 900) * 50)
        p = phone(rng, font, k, [STORE_HANDLE], dark=False, buttons=())
        p.part = "body"
        p.add("small", f"{STORE}  |  Instagram")
        p.add("gap")
        hour, minute = rng.randrange(10, 20), rng.randrange(0, 45)
        p.add("small", f"Today {hour12(hour, minute)}")
        p.add("gap")
        name = rng.choice([FIRM, "Daud Khatri Rogan"])
        s_ = len(p.rows)
        dm_text(
            p,
            f"Hi Nazmin! Paid Rs. {num(j.amount, 'indian', 0)} to {name} by IMPS just now for the six cushion "
            "covers and the runner.",
            False,
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"IMPS ref {j.ref}", txn=(UTR_RANK, j.ref))
        dm(p, s_, False)
        p.add("gap")
        p.add("gap")
        s_ = len(p.rows)
        dm_text(p, "Received, thank you! They go out on Monday by Shree Maruti.", True)
        dm(p, s_, True)
        p.add("gap")
        note(p, "Seen", align="r")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "neo.axisbank.co.in/corporate/payments/transaction-details")
        p.part = "head"
        top(p, "Axis Bank")
        p.add("small", f"neo for Corporates  |  {GIFTS}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment details  -  NEFT")
        p.add("gap")
        h269.strip(p, "Returned", status)
        boxed(
            p,
            "The beneficiary's bank returned the payment: the beneficiary name does not match the account "
            "(R03). The amount has been credited back to the debit account.",
            "error",
        )
        pid = f"NEO{j.date:%y%m%d}{digits(rng, 6)}"
        utr = utr_of(rng, j, "Axis Bank", "NEFT")
        name = rng.choice([FIRM_CAPS, CUT])
        two_up(p, "ax1", ("Payment ID", pid), ("UTR", utr), txn=(UTR_RANK, utr))
        p.add("gap")
        two_up(p, "ax2", ("Beneficiary", name), ("Amount", rs(j.amount)), merchant=name, amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "ax3",
            ("Value date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])),
            ("Mode", "NEFT"),
            date=j.date,
            method="netbanking",
        )
        p.add("gap")
        p.add("small", "Corporate gifting order: framed rogan miniatures and table runners")
        return p.done()
    if k == 3:
        p = mail_page(
            rng,
            font,
            "Pol Haveli Hotels - Accounts <accounts@polhaveli.in>",
            ["Payment Advice", "Payment Advice - Daud Khatri Rogan Art House"],
        )
        p.part = "head"
        top(p, pick(p, "title", [HOTEL, "Pol Haveli Heritage Hotels"]))
        p.add("small", "Khadia, Ahmedabad - 380001")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Advice")
        prose(
            p, "Dear Sir / Madam, we have made the payment below to you. Kindly acknowledge.", status=status
        )
        vno = str(rng.randrange(140, 990))
        name = rng.choice([FIRM, FIRM_CAPS])
        spec = [(0.0, 0.22, "l"), (0.22, 1.0, "l")]
        h271.colkv(p, "tp", spec, "Vch No. :", vno, txn=(INVOICE_RANK, vno))
        h271.colkv(p, "tp", spec, "Date :", day_as(j, rng, ["%d-%b-%Y", "{d}-%b-%y"]), date=j.date)
        h271.colkv(p, "tp", spec, "Party :", name, merchant=name)
        p.add("gap")
        spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "tph", spec2, "Particulars", "Amount", mode="line")
        for no_, _day, v in bills_for(rng, j, rng.randrange(1, 4), "NIR"):
            cols(p, "tpl", spec2, f"Agst Ref {no_}", num(v), mode="line")
        total(p, "Total", num(j.amount), at=0.6, amount=j.amount)
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "HDFC Bank", way)
        h271.colkv(p, "tp2", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "Mode :", way, method="netbanking")
        h271.colkv(
            p, "tp2", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "Transaction No. :", utr, txn=(UTR_RANK, utr)
        )
        p.add("gap")
        p.add("small", "This advice is generated from TallyPrime.")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(40, 600) * 100)
        p = sheet(rng, font, [760, 800])
        p.part = "head"
        top(p, MUSEUM)
        p.add("small", "Museum Shop  |  Near Hamirsar Lake, Bhuj, Kutch - 370001")
        p.add("rule")
        p.part = "body"
        p.add("right", f"Date: {day_as(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}", date=j.date)
        p.add("left", "To,")
        name = rng.choice([FIRM, FIRM_CAPS])
        p.add("left", f"M/s {name},", merchant=name)
        p.add("left", f"{TOWN}.")
        p.add("gap")
        prose(p, "Sub: Payment for rogan panels for the museum shop.")
        bills = bills_for(rng, j, rng.randrange(1, 3), "NIR")
        prose(
            p,
            f"Dear Sir, we are pleased to inform you that we have today paid Rs. {num(j.amount, 'indian', 0)}/- "
            f"(Rupees {spelt(j.amount)} only) by NEFT to your account against your bill below. Kindly "
            "acknowledge receipt.",
            amount=j.amount,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        grid(
            p,
            "mu",
            [(0.0, 0.44, "l"), (0.44, 0.7, "c"), (0.7, 1.0, "r")],
            ["Bill No.", "Dated", "Amount"],
            [([no_, when(day, "%d.%m.%Y"), num(v)], {}) for no_, day, v in bills],
        )
        p.add("gap")
        sig(p)
        p.add("right", "Hon. Secretary")
        h275.folds(p)
        h275.holes(p)
        return p.done()
    if k == 5:
        p = mail_page(
            rng,
            font,
            "Nila Design Store <accounts@niladesign.in>",
            ["Bill payment from Nila Design Store", "Payment to Daud Khatri Rogan Art House"],
        )
        p.part = "head"
        top(p, pick(p, "title", [NILA, "Nila Design Store"]))
        p.add("small", "Indiranagar, Bengaluru - 560038")
        p.add("rule")
        p.part = "body"
        p.add("center", "Bill Payment", status=status)
        h273.panel(p, "Amount", rs(j.amount), (44, 160, 28), amount=j.amount)
        p.add("gap")
        p.add("small", "Paid to")
        name = pick(p, "center", [FIRM, FIRM_CAPS])
        p.add("center", name, merchant=name)
        p.add("gap")
        ref = str(rng.randrange(1040, 1990))
        grid(
            p,
            "qb",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Payment date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
                (["Payment method", "Bank transfer (IMPS)"], {"method": "netbanking"}),
                (["Payment account", "ICICI Current A/c"], {}),
                (["Ref no.", ref], {"txn": (INVOICE_RANK, ref)}),
                (["IMPS reference", j.ref], {"txn": (UTR_RANK, j.ref)}),
            ],
        )
        p.add("gap")
        spec = [(0.0, 0.4, "l"), (0.4, 0.7, "c"), (0.7, 1.0, "r")]
        cols(p, "qzh", spec, "Bill no.", "Bill date", "Payment", mode="line")
        for no_, day, v in bills_for(rng, j, rng.randrange(1, 3), "NIR"):
            cols(p, "qzl", spec, no_, when(day, "%d/%m/%Y"), num(v), mode="line")
        p.add("small", "Sent with QuickBooks")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "portal.citidirect.com/payments/view-transaction")
        p.part = "head"
        top(p, "CitiDirect BE")
        p.add("small", f"Citibank N.A.  |  {TESSELLATE}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment Details")
        pill(p, "Pending Bank Processing", status, align="l")
        p.add("gap")
        h273.track(p, ["Entered", "Authorized", "Sent to bank", "Credited"], "ddpt")
        boxed(
            p,
            "The payment has been authorized and is being processed by the bank. The beneficiary will be "
            "credited in the next NEFT settlement.",
            "warn",
        )
        tref = f"CITI{j.date:%y%m%d}{digits(rng, 7)}"
        cref = f"TCI-GIFTS-{rng.randrange(10, 99)}"
        name = rng.choice([FIRM_CAPS, CUT])
        gutter(p, "ct", "Transaction Reference", tref, at=0.44, txn=(BANK_RANK, tref))
        gutter(p, "ct", "Customer Reference", cref, at=0.44, txn=(INVOICE_RANK, cref))
        gutter(p, "ct", "Beneficiary Name", name, at=0.44, merchant=name)
        gutter(p, "ct", "Amount", rs(j.amount), at=0.44, amount=j.amount)
        gutter(p, "ct", "Payment Method", "NEFT", at=0.44, method="netbanking")
        gutter(p, "ct", "Value Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.44, date=j.date)
        return p.done()
    p = browser_page(rng, font, "payouts.payu.in/dashboard/transfers/details")
    p.part = "head"
    top(p, "PayU Payouts")
    p.add("small", f"{HAATHSE}  |  Transfer details")
    p.add("rule")
    p.part = "body"
    p.add("left", "Transfer status: Success", status=status)
    p.add("gap")
    pid = f"PYT{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
    name = rng.choice([FIRM_CAPS, CUT])
    zebra(
        p,
        "pu",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        ["Transfer", ""],
        [
            (["Beneficiary", name], {"merchant": name}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Mode", "IMPS"], {"method": "netbanking"}),
            (["Payout ID", pid], {"txn": (TXN_RANK, pid)}),
            (["Bank Ref. No. (UTR)", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["Processed at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            (["Purpose", "Seller payout - rogan orders"], {}),
        ],
        (20, 120, 90),
    )
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Harrow Arts & Crafts Ltd", "Harrow, London, United Kingdom", "GBP", 1500, 12000, "natwest"),
    ("Kutchi Mandal Crafts Shop", "Nairobi, Kenya", "KES", 150000, 1400000, "kcb"),
    ("Sakura Textile Gallery K.K.", "Kyoto, Japan", "JPY", 180000, 1600000, "mufg"),
    ("Atelier Lindenhof GmbH", "Zurich, Switzerland", "CHF", 1200, 11000, "zkb"),
    ("Fitzroy Folk Art Pty Ltd", "Melbourne, Australia", "AUD", 1800, 16000, "nab"),
    ("Al Mouj Home Decor LLC", "Muscat, Oman", "OMR", 450, 4200, "muscat"),
    ("Studio Indigo Amsterdam B.V.", "Amsterdam, Netherlands", "EUR", 1400, 12000, "ing"),
    ("Canyon Road Folk Art LLC", "Santa Fe, New Mexico, USA", "USD", 1500, 14000, "bofa"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: pounds with their sign or GBP; Kenyan shillings with KSh or KES
    before; yen whole with the yen's sign or JPY; Swiss francs with an apostrophe between the thousands and
    CHF before or after; Australian dollars with A$ or AUD; Omani rials with three decimals and OMR or RO
    before; euros the Dutch way with the euro's sign or EUR before; US dollars with USD or $."""
    pound = "\u00a3{v}" if glyphs(font, "\u00a3") and glyphs(bold_of(font), "\u00a3") else "GBP {v}"
    yen = "\u00a5{y}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {y}"
    euro = "\u20ac {g}" if glyphs(font, "\u20ac") and glyphs(bold_of(font), "\u20ac") else "EUR {g}"
    forms = {
        "GBP": [pound, "GBP {v}"],
        "KES": ["KSh {v}", "KES {v}"],
        "JPY": [yen, "JPY {y}"],
        "CHF": ["CHF {a}", "{a} CHF"],
        "AUD": ["A${v}", "AUD {v}"],
        "OMR": ["OMR {o}", "RO {o}"],
        "EUR": [euro, "EUR {g}"],
        "USD": ["USD {v}", "${v}"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        dutch = english.replace(",", "_").replace(".", ",").replace("_", ".")
        swiss = english.replace(",", "'")
        return form.format(v=english, g=dutch, a=swiss, y=f"{int(round(v)):,}", o=f"{v:,.3f}")

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Galleries, museum shops and home stores abroad paying the firm for rogan panels, wall pieces and
    cushion covers: NatWest Bankline's international payment sent in pounds (its sentence; Payment reference,
    Date sent, Beneficiary, Beneficiary bank, SWIFT BIC, Amount, Charges in a table ruled on every side);
    KCB's app with a transfer in Kenyan shillings under a large round tick (its sentence "<sum> sent to
    <payee> on <day>."; Beneficiary bank, Country, Charges, Purpose at the left and the right; no reference);
    MUFG Bank's OVERSEAS REMITTANCE STATEMENT in yen typed in its printer's face (REMITTANCE NO., VALUE DATE
    year first, REMITTER, BENEFICIARY, BENEFICIARY BANK, SWIFT, AMOUNT, CHARGES, PURPOSE; "THE ABOVE
    REMITTANCE HAS BEEN EXECUTED."); Zürcher Kantonalbank's eBanking with a payment order pending in Swiss
    francs (a capsule, a notice; each label in German and English at the left and its value at the right:
    Begünstigter / Beneficiary, Betrag / Amount, Valuta / Value date, Referenz / Reference, Spesen / Charges);
    NAB Connect's international payment completed in Australian dollars (Payment ID, Date processed,
    Beneficiary, Beneficiary bank, SWIFT, Amount, Fees in dot leaders); Bank Muscat's app with a transfer
    completed in Omani rials under an octagon's tick ("Today, <hour>"; the sum, "to <payee>"; a copyable
    Reference; Transfer type and Charges at the left and the right; no day); ING's business banking with a
    foreign transfer returned in euros the Dutch way under a large round cross (the reason in a notice; each
    value over its label in Dutch and English: Begunstigde / Beneficiary, Bedrag / Amount, Datum / Date,
    Referentie / Reference, Reden / Reason); Bank of America CashPro's wire completed in US dollars, the day
    month first (Status: Completed; Transaction reference and Send date, Beneficiary and Amount, Beneficiary
    bank and Charges, labels small over their values two to a row). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    me = rng.choice([FIRM, FIRM_CAPS])
    town = city.split(",")[0]
    if frame == "natwest":
        p = browser_page(rng, font, "www.bankline.natwest.com/payments/international/confirmation")
        p.part = "head"
        top(p, "NatWest Bankline")
        p.add("small", f"{payer}  |  {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International payment")
        prose(p, "Your international payment has been sent to the beneficiary's bank.", status=status)
        p.add("gap")
        ref = f"NWB{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 4)}"
        name = rng.choice([me, CUT])
        grid(
            p,
            "nw",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Payment reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Date sent", when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"]))], {"date": j.date}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary bank", "Bank of Baroda, Nakhatrana, India"], {}),
                (["SWIFT BIC", BIC], {}),
                (["Amount", show(j.amount)], sum_),
                (["Charges", "Shared (SHA)"], {"method": "netbanking"}),
            ],
        )
        return p.done()
    if frame == "kcb":
        p = phone(rng, font, k, ["", "KCB App"], dark=False, buttons=("Done",))
        band(p, (0, 122, 60))
        app_head(p, "KCB", "International transfer")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        name = rng.choice([me, CUT])
        prose(
            p,
            f"{show(j.amount)} sent to {name} on {when(j.date, rng.choice(['{d} %B %Y', '%d/%m/%Y']))}.",
            "center",
            **sum_,
            merchant=name,
            date=j.date,
            method="netbanking",
        )
        p.add("gap")
        kvr(p, "Beneficiary bank", "Bank of Baroda, India")
        kvr(p, "Country", "India")
        kvr(p, "Charges", "KSh 1,250.00")
        kvr(p, "Purpose", "Payment for goods")
        p.add("small", f"{payer}  |  Ngara, Nairobi")
        return p.done()
    if frame == "mufg":
        p = sheet(rng, font, [740, 780])
        p.part = "head"
        top(p, "MUFG Bank, Ltd.")
        p.add("small", "Kyoto Branch  |  Foreign Exchange Section")
        p.add("rule")
        p.part = "body"
        p.add("center", "OVERSEAS REMITTANCE STATEMENT")
        p.add("gap")
        rno = f"{j.date:%y%m}-{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        typed(p, f"REMITTANCE NO.   : {rno}", scale=1.0, txn=(BANK_RANK, rno))
        typed(p, f"VALUE DATE       : {when(j.date, '%Y/%m/%d')}", date=j.date)
        typed(p, f"REMITTER         : {payer.upper()}")
        typed(p, f"BENEFICIARY      : {name}", merchant=name)
        typed(p, "BENEFICIARY BANK : BANK OF BARODA, NAKHATRANA")
        typed(p, f"SWIFT            : {BIC}")
        typed(p, f"AMOUNT           : JPY {int(j.amount):,}", **sum_)
        typed(p, "CHARGES          : SHA", method="netbanking")
        typed(p, "PURPOSE          : PAYMENT FOR GOODS")
        p.add("gap")
        typed(p, "THE ABOVE REMITTANCE HAS BEEN EXECUTED.", status=status)
        p.add("gap")
        p.add("small", "This statement is issued for your records and requires no signature.")
        return p.done()
    if frame == "zkb":
        de = glyphs(font, "\u00fc\u00e4") and glyphs(bold_of(font), "\u00fc\u00e4")
        p = browser_page(rng, font, "ebanking.zkb.ch/zahlungen/auftraege/detail")
        p.part = "head"
        top(p, "Z\u00fcrcher Kantonalbank" if de else "Zuercher Kantonalbank")
        p.add("small", f"eBanking  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Zahlungsauftrag / Payment order")
        pill(p, "Pendent / Pending", status, align="l")
        boxed(
            p,
            "The order needs the second signature of your company before it is executed. Orders signed "
            "before 14:00 are executed the same day.",
            "warn",
        )
        ref = f"ZKB{j.date:%y%m%d}{digits(rng, 6)}"
        name = rng.choice([FIRM_CAPS, CUT])
        kvr(p, "Beg\u00fcnstigter / Beneficiary" if de else "Beneficiary", name, merchant=name)
        kvr(p, "Betrag / Amount", show(j.amount), **sum_)
        kvr(p, "Valuta / Value date", when(j.date, "%d.%m.%Y"), date=j.date)
        kvr(p, "Referenz / Reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Spesen / Charges", "SHA", method="netbanking")
        return p.done()
    if frame == "nab":
        p = browser_page(rng, font, "connect.nab.com.au/payments/international/view")
        p.part = "head"
        top(p, "NAB Connect")
        p.add("small", f"National Australia Bank  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International payment  -  Completed", status=status)
        p.add("gap")
        pid = f"IP{digits(rng, 10)}"
        name = rng.choice([FIRM_CAPS, CUT])
        dots(p, "Payment ID", pid, at=0.4, txn=(BANK_RANK, pid))
        dots(p, "Date processed", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])), at=0.4, date=j.date)
        dots(p, "Beneficiary", name, at=0.4, merchant=name)
        dots(p, "Beneficiary bank", "Bank of Baroda", at=0.4)
        dots(p, "SWIFT", BIC, at=0.4)
        dots(p, "Amount", show(j.amount), at=0.4, bold=True, **sum_)
        dots(p, "Fees", "SHA", at=0.4, method="netbanking")
        return p.done()
    if frame == "muscat":
        p = phone(rng, font, k, ["", "Transfers"], dark=False, buttons=("Done",))
        band(p, (0, 84, 140))
        app_head(p, "Bank Muscat", "International transfer")
        p.add("small", f"Today, {hhmm(rng)}")
        h294.octa(p, status)
        p.add("center", "Transfer completed", status=status)
        p.add("big", show(j.amount), **sum_)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"BM{digits(rng, 4)}{code(rng, 6, ALNUM)}"
        copyrow(p, "Reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Transfer type", "SWIFT transfer", method="netbanking")
        kvr(p, "Charges", "Shared")
        p.add("small", f"{payer}  |  Qurum, Muscat")
        return p.done()
    if frame == "ing":
        p = browser_page(rng, font, "mijn.ing.nl/zakelijk/betalen/overboekingen/detail")
        p.part = "head"
        top(p, "ING Zakelijk")
        p.add("small", f"{payer}  |  Amsterdam")
        p.add("rule")
        p.part = "body"
        p.add("center", "Buitenlandse overboeking / Foreign transfer")
        sicon(p, status)
        p.add("center", "Teruggestort / Returned", status=status)
        boxed(
            p,
            "The beneficiary's bank sent the transfer back: the account is not known there. The amount has been "
            "returned to your account.",
            "error",
        )
        ref = f"ING{j.date:%y%m%d}{digits(rng, 7)}"
        name = h287.vname(p, [FIRM_CAPS, CUT])
        vlab(p, "Begunstigde / Beneficiary", name, merchant=name)
        vlab(p, "Bedrag / Amount", show(j.amount), **sum_)
        vlab(p, "Datum / Date", when(j.date, "%d-%m-%Y"), bold=False, date=j.date, method="netbanking")
        vlab(p, "Referentie / Reference", ref, bold=False, txn=(BANK_RANK, ref))
        vlab(p, "Reden / Reason", "AC01 - incorrect account number", bold=False)
        return p.done()
    p = browser_page(rng, font, "cashproonline.bankofamerica.com/payments/wires/detail")
    p.part = "head"
    top(p, "Bank of America CashPro")
    p.add("small", f"{payer}  |  Santa Fe, NM")
    p.add("rule")
    p.part = "body"
    p.add("left", "Wire Transfer Details")
    p.add("left", "Status: Completed", status=status)
    p.add("gap")
    ref = f"BOA{j.date:%m%d}{code(rng, 4, UPPER)}{digits(rng, 6)}"
    name = rng.choice([FIRM_CAPS, CUT])
    two_up(
        p,
        "ba1",
        ("Transaction reference", ref),
        ("Send date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"]))),
        txn=(BANK_RANK, ref),
        date=j.date,
    )
    p.add("gap")
    two_up(p, "ba2", ("Beneficiary", name), ("Amount", show(j.amount)), merchant=name, **sum_)
    p.add("gap")
    two_up(p, "ba3", ("Beneficiary bank", "Bank of Baroda, India"), ("Charges", "SHA"), method="netbanking")
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


MUMBAI = ("Mrs. Aarti Nanavati", "Juhu, Mumbai, Maharashtra", "Maharashtra (27)")
COLLECTORS = ["Ms. Leela Ramaswamy", "Mr. Vikram Sethi", "Mrs. Heena Merchant", "Dr. Sunil Bhatt"]
# the works a certificate of authenticity goes with: the artwork, its size and cloth, its price (low, high)
CERTIFIED = [
    ("Tree of life", "24 x 36 in, matka silk, framed", 18000, 62000),
    ("Tree of life", "12 x 18 in, cotton", 6500, 15800),
    ("Peacock pair", "18 x 24 in, matka silk", 8200, 21500),
    ("Tree of life with parrots", "18 x 24 in, khadi", 9500, 26000),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its gallery or itself on top: Kalpavriksh Rogan Gallery's TAX INVOICE under a
    rogan tree of life, its Gujarati name and a rogan border, to a Mumbai buyer (Invoice No. and Date on a
    line; Billed to and Place of Supply; # | Item | HSN | Qty | Rate | Amount in a striped table; Taxable
    Value, IGST @ 5%, IGST @ 18% in dot leaders, Invoice Total under a rule and a double rule; the sum in
    words; "Payment: received by UPI, UPI Ref ..."; castor oil's spots, dabs of paste and the kalam in its
    margins); the Rann Utsav stall's cash memo in the Utsav's days, photographed lying on the painter's board
    (its Gujarati name over its English, "રોકડ મેમો" (cash memo); તારીખ · Date and નામ · Name written in; the
    pieces written in a Gujarati hand on ruled lines with their sums, "કુલ" (total), "રોકડા મળ્યા" (cash
    received); no reference); the gallery's CERTIFICATE OF AUTHENTICITY for a tree of life panel on a ribbon
    under a rogan tree of life (its sentence; Artwork, Painted by, Size, Sold to, Price received, Received on,
    Paid by in dot leaders; a blind embossed seal; the partner's signature); Instamojo's payment page for the
    web shop with a debit card declined under an octagon's cross (the gallery on top, the reason in a notice;
    Payment ID, Order, Amount, Method, Date against a gutter); Shopify's order confirmation mail for the web
    shop (Order #, its sentence, Placed on; the pieces on hairline rows, Subtotal, Shipping, Total; Payment,
    Transaction ID); Khatabook on the gallery's phone with a customer's payment entered ("Today, <hour>"; the
    gallery under the app; the customer, a tile's tick, Payment received, the sum; Mode, UPI Ref and Balance
    at the left and the right; no day); Easebuzz's checkout for the web shop with the payment processing under
    a spinner (the gallery on top, the sum, a notice; Easebuzz Txn ID and Order ID, Payment mode and Initiated
    on, labels small over their values two to a row); the studio's rogan WORKSHOP ticket with its stub behind
    a tear line (ADMIT n; Date, Participants, Fee in dot leaders; the stub's No. and "Paid by UPI, Ref ...").
    All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [840, 880])
        p.part = "head"
        tree_of_life(p)
        guj(p, GALLERY_GU, bold=True, scale=1.05)
        name = pick(p, "title", [GALLERY_CAPS, GALLERY])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {GALLERY_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}  |  {WEB}")
        rogan_border(p)
        p.part = "body"
        p.add("center", "TAX INVOICE")
        ino = f"KRG/{fy(j.date)}/{rng.randrange(120, 1900):04d}"
        cols(
            p,
            "ri0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No.: {ino}",
            f"Date: {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, ino),
            date=j.date,
        )
        who, where, pos = MUMBAI
        p.add("left", f"Billed to: {who}, {where}")
        p.add("left", f"Place of Supply: {pos}")
        lines, taxable, tax5, tax18 = [], 0.0, 0.0, 0.0
        for n_, (item, hsn, q, price) in enumerate(pieces(rng, rng.randrange(2, 5), 30000), 1):
            rate = gst_rate(hsn, price)
            value = round(q * price, 2)
            taxable += value
            if rate == 5.0:
                tax5 += round(value * 0.05, 2)
            else:
                tax18 += round(value * 0.18, 2)
            lines.append(([str(n_), SHORT[item], hsn, str(q), num(price), num(value)], {}))
        j.amount = round(taxable + tax5 + tax18, 2)
        zebra(
            p,
            "riz",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.44, "l"),
                (0.44, 0.56, "c"),
                (0.56, 0.64, "c"),
                (0.64, 0.81, "r"),
                (0.81, 1.0, "r"),
            ],
            ["#", "Item", "HSN", "Qty", "Rate", "Amount"],
            lines,
            (112, 26, 34),
        )
        dots(p, "Taxable Value", num(taxable), at=0.6)
        if tax5:
            dots(p, "IGST @ 5%", num(tax5), at=0.6)
        if tax18:
            dots(p, "IGST @ 18%", num(tax18), at=0.6)
        total(p, "Invoice Total", rs(j.amount), at=0.6, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only.", "small")
        p.add("gap")
        p.add(
            "left",
            f"Payment: received by UPI, UPI Ref {j.ref}",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Every piece is painted by hand in rogan (boiled castor oil paste) at Nirona.")
        p.add("gap")
        sig(p)
        p.add("right", f"for {GALLERY}")
        stains(p)
        return p.done()
    if k == 1:
        move(j, rng, RANN, RANN_DAYS)
        p = sheet(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 246, 234), (246, 243, 230)])
        p.part = "head"
        guj(p, GALLERY_GU, bold=True, scale=1.15)
        name = pick(p, "center", [GALLERY, GALLERY_CAPS])
        p.add("center", name, merchant=name)
        guj(p, "સ્ટોલ નં. C-27, કચ્છ રણોત્સવ, ધોરડો", scale=0.8, soft=True)
        p.add("rule")
        guj(p, "રોકડ મેમો", bold=True)
        p.part = "body"
        gfield(p, "તારીખ", "Date", when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])), pen=True, date=j.date)
        buyer = rng.choice(CUSTOMERS)
        gfield(p, "નામ", "Name", buyer.split(". ")[-1], pen=True)
        p.add("gap")
        start = len(p.rows)
        total_ = 0
        for item, _hsn, q, price in pieces(rng, rng.randrange(2, 4), 6000):
            price = float(round(price / 50) * 50)
            v = int(q * price)
            total_ += v
            guj_hand(p, f"{SHORT_GU[item]} {q} નંગ @ {int(price)}", figure=str(v))
        j.amount = float(total_)
        guj_hand(p, "કુલ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78], margin=None)
        p.add("gap")
        guj_hand(p, "રોકડા મળ્યા", method="cash", status=status)
        sig(p)
        guj(p, "કૃતે કલ્પવૃક્ષ રોગાન ગેલેરી", align="r", scale=0.85)
        on_board(p)
        return p.done()
    if k == 2:
        art, size_, lo, hi = rng.choice(CERTIFIED)
        j.amount = float(rng.randrange(lo // 50, hi // 50) * 50)
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(250, 246, 232), (248, 244, 236)])
        p.part = "head"
        tree_of_life(p)
        name = pick(p, "title", [GALLERY, GALLERY_CAPS])
        top(p, name, merchant=name)
        p.add("small", GALLERY_AT)
        h275.ribbon(p, "CERTIFICATE OF AUTHENTICITY", rng.choice([(120, 26, 36), (30, 40, 90), (24, 70, 50)]))
        p.part = "body"
        p.add("gap")
        prose(
            p,
            f"This is to certify that the rogan painting below was painted entirely by hand in boiled castor oil "
            f"paste at our studio in Nirona, Kutch, and is an original work of {FIRM}.",
        )
        p.add("gap")
        painter = rng.choice([PARTNER, PARTNER2, DAUGHTER])
        dots(p, "Artwork", art, at=0.34)
        dots(p, "Painted by", painter, at=0.34)
        dots(p, "Size", size_, at=0.34)
        dots(p, "Sold to", rng.choice(COLLECTORS), at=0.34)
        dots(p, "Price received", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "Received on", day_as(j, rng, ["{d} %B %Y", "%d/%m/%Y"]), at=0.34, date=j.date)
        dots(p, "Paid by", f"UPI, Ref {j.ref}", at=0.34, method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("gap")
        h279.emboss(p)
        sig(p)
        p.add("right", f"{PARTNER}, Partner")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.instamojo.com/@kalpavrikshrogan/checkout")
        p.part = "head"
        top(p, GALLERY, merchant=GALLERY)
        p.add("small", f"{WEB}  |  Payments by Instamojo")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your bank declined the transaction: the OTP was entered wrongly three times. No amount has been "
            "deducted; you can try again with another card or UPI.",
            "error",
        )
        pid = f"MOJO{j.date:%y%m}{code(rng, 10, ALNUM)}"
        ono = f"KRG-{rng.randrange(2100, 8800)}"
        gutter(p, "im", "Payment ID", pid, at=0.36, txn=(TXN_RANK, pid))
        gutter(p, "im", "Order", ono, at=0.36, txn=(ORDER_RANK, ono))
        gutter(p, "im", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "im", "Method", f"Debit Card (RuPay XX{digits(rng, 4)})", at=0.36, method="card")
        gutter(p, "im", "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 4:
        ono = f"NR{rng.randrange(1040, 4800)}"
        p = mail_page(
            rng,
            font,
            f"Kalpavriksh Rogan Gallery <store@{WEB}>",
            [f"Order #{ono} confirmed", "Thank you for your purchase!"],
        )
        p.part = "head"
        top(p, GALLERY, merchant=GALLERY)
        p.add("small", WEB)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Order #{ono}", txn=(ORDER_RANK, ono))
        prose(p, "Thank you for your purchase! We're getting your order ready to be shipped from Nirona.")
        p.add("left", f"Placed on {day_as(j, rng, ['%B {d}, %Y', '{d} %b %Y'])}", date=j.date)
        p.add("gap")
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "shh", spec, "Order summary", "", mode="line")
        sub = 0.0
        for item, _hsn, q, price in pieces(rng, rng.randrange(1, 4), 16000):
            v = round(q * price, 2)
            sub += v
            cols(p, "shl", spec, f"{SHORT[item]} x {q}", num(v), mode="line")
        ship = 0.0 if sub > 4000 else 180.0
        j.amount = round(sub + ship, 2)
        cols(p, "shl", spec, "Subtotal", num(sub), mode="line")
        cols(p, "shl", spec, "Shipping", "Free" if not ship else num(ship), mode="line")
        cols(p, "sht", spec, "Total", rs(j.amount), amount=j.amount)
        p.add("gap")
        pay = f"pay_{code(rng, 14, MIXED)}"
        p.add("left", "Payment: UPI (Razorpay)  -  Paid", method="UPI", status=status)
        p.add("left", f"Transaction ID: {pay}", txn=(TXN_RANK, pay))
        p.add("small", f"{GALLERY}, {GALLERY_AT}")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 1800, 24000, 0.8)
        p = phone(rng, font, k, ["", "Khatabook"], dark=False, buttons=("Send reminder", "Share"))
        band(p, (28, 86, 172))
        app_head(p, "Khatabook", "Digital ledger")
        name = pick(p, "center", [GALLERY, GALLERY_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        buyer = rng.choice(CUSTOMERS).split(". ")[-1]
        p.add("center", buyer)
        p.add("small", "Customer")
        h287.tile(p, status)
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        kvr(p, "Mode", "Online (UPI)", method="UPI")
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Balance", f"{rupee_of(p.font)}0 (settled)")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "pay.easebuzz.in/pay/secure")
        p.part = "head"
        top(p, GALLERY, merchant=GALLERY)
        p.add("small", f"{WEB}  |  Secured by Easebuzz")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        boxed(
            p,
            "We are waiting for your bank to confirm the payment. Please do not refresh or pay again; your "
            "order will be confirmed by e-mail once the bank responds.",
            "warn",
        )
        tid = f"E{j.date:%y%m%d}{code(rng, 9, ALNUM)}"
        oid = f"KRG{rng.randrange(100000, 999999)}"
        two_up(p, "eb1", ("Easebuzz Txn ID", tid), ("Order ID", oid), txn=(TXN_RANK, tid))
        p.add("gap")
        two_up(
            p,
            "eb2",
            ("Payment mode", "Net Banking"),
            ("Initiated on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            method="netbanking",
            date=j.date,
        )
        return p.done()
    people = rng.randrange(2, 7)
    fee = float(rng.choice([800, 1000, 1200, 1500]))
    j.amount = people * fee
    p = sheet(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(244, 236, 218), (238, 232, 214)])
    p.part = "head"
    name = pick(p, "title", [GALLERY_CAPS, GALLERY])
    top(p, name, merchant=name)
    p.add("small", "Rogan painting workshop  |  Nirona, Kutch")
    p.part = "body"
    t = h279.ticket_open(p)
    p.add("center", f"ADMIT {people}")
    p.add("small", "Two hours with the painters: draw a rogan thread, print by folding")
    dots(p, "Date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.4, date=j.date)
    dots(p, "Participants", str(people), at=0.4)
    dots(p, "Fee", rs(j.amount), at=0.4, bold=True, amount=j.amount)
    tear = h279.ticket_tear(p)
    no_ = str(rng.randrange(1200, 6800))
    p.add("left", f"No. {no_}", txn=(INVOICE_RANK, no_))
    p.add("left", f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
    h279.ticket_close(p, t, tear)
    p.add("small", "Keep this ticket; the piece you paint goes home with you.")
    return p.done()


# ---------------------------------------------------------------- 5. the firm's suppliers


OIL_MILL = "SHREE UMIYA CASTOR INDUSTRIES"
OIL_MILL_AT = "Survey No. 118, Bhuj Road, Anjar, Kutch - 370110"
COLOURS = "Ambika Colour Stores"
FRAMER = "BHUJ FRAME STUDIO"
COURIER = "SHREE MARUTI COURIER SERVICE PVT. LTD."
INDIAMART_SELLER = "Shivam Lighting Solutions"
POTTER = "Ibrahim Kumbhar"
CLOTH = "MAHAVIR CLOTH STORES"
# the mineral colours ground into the rogan: their Gujarati names in a dealer's hand, kilos, rate (low, high)
PIGMENTS = [
    ("હિરમચ", 3, 8, 110, 160),
    ("ગળી", 1, 2, 1600, 2200),
    ("પીળી માટી", 2, 6, 70, 110),
    ("સફેદો", 2, 5, 220, 300),
    ("કાજળ", 1, 2, 280, 360),
    ("લીલો રંગ", 1, 3, 420, 560),
]
CLOTHS = [
    ("Matka silk, dyed maroon, 44 in", "5007", 420, 620),
    ("Cotton cambric, dyed black, 44 in", "5208", 120, 180),
    ("Khadi cotton, indigo, 44 in", "5208", 160, 240),
    ("Mashru, bottle green, 36 in", "5007", 340, 480),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: an Anjar castor oil mill's TAX INVOICE for
    first-grade castor oil in tins (Invoice No. beside its earlier Date; Buyer; Description | HSN | Kg | Rate
    | Amount on hairline rows; CGST 2.5%, SGST 2.5% in dot leaders, Total) with a highlighter's stroke over
    its Total and the accountant's "Pd. NEFT, UTR ..., on <day>" written under it and his tick; a Bhuj colour
    XX, the dealer's name in
    Latin letters; "તા." (date) and the day; the red ochre, indigo, yellow earth, white, lamp black and green
    by the kilo with their sums, "કુલ" (total), "UPI થી મળ્યા" (received by UPI) and its Ref; the bahi's red
    rules and fold); Printo's checkout for printed certificates and hang tags with the card declined under a
    tile's cross (the reason in a notice; Order No., Items, Amount, Payment method, Attempted on in a table
    ruled on every side); a Bhuj framer's BILL (Date: left blank; M/s written in; the frames written in ruled
    columns; its Total crossed out and the sum after the discount written after it with the framer's
    initials; "Pd. by UPI, Ref ..." in the hand; no day); Shree Maruti Courier's booking receipt from its
    Nakhatrana branch on a torn roll (CN NO and its barcode, DATE, FROM, TO, PCS, WT, FREIGHT, FSC, GST 18%,
    TOTAL, PAYMENT, UPI REF typed in its printer's face); IndiaMART's order of gallery lights from a Rajkot
    seller with the payment pending (its stages left to right, a notice; Order ID, Seller, Item, Amount,
    Payment method, Placed on in shaded labels); a Lodai potter's chit in a Gujarati hand for the pots the
    paste is kept in under water, photographed lying on the painter's board (his name in Latin letters at its
    head; "તા." (date) and the day, "દાઉદ ખત્રી રોગાન માટે" (for Daud Khatri Rogan); the pots, basins and lids
    with their counts, rates and sums, "કુલ" (total), "રોકડા મળ્યા" (cash received); no reference); a Bhuj
    cloth merchant's TAX INVOICE from Vyapar (Invoice No. and Date; Item | HSN | Mtr | Rate | Amount in a
    striped table; CGST 2.5%, SGST 2.5%, Total, Received, Balance at the left and the right; Payment Mode:
    Bank (IMPS) and its Ref. No.). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=3000, high=120000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, OIL_MILL, merchant=OIL_MILL)
        p.add("small", OIL_MILL_AT)
        p.add(
            "small",
            f"GSTIN {gstin_of(rng, '24', 'F')}  |  Castor oil, castor cake and hydrogenated castor oil",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"SUC/{fy(j.date)}/{rng.randrange(220, 4800)}"
        inv_day = earlier(rng, j, 8, 35)
        cols(
            p,
            "om0",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {ino}",
            f"Date {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, ino),
        )
        p.add("left", f"Buyer: {FIRM}, {TOWN}")
        spec = [(0.0, 0.44, "l"), (0.44, 0.55, "c"), (0.55, 0.67, "r"), (0.67, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "omh", spec, "Description", "HSN", "Kg", "Rate", "Amount", mode="line")
        taxable = 0.0
        for name, lo, hi in rng.sample(
            [
                ("Castor oil, first grade, 15 kg tin", 142, 168),
                ("Castor oil, BSS grade, 15 kg tin", 150, 176),
            ],
            rng.randrange(1, 3),
        ):
            kg = rng.randrange(2, 14) * 15
            rate = float(rng.randrange(lo, hi))
            v = round(kg * rate, 2)
            taxable += v
            cols(p, "oml", spec, name, "1515", str(kg), num(rate), num(v), mode="line")
        cgst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * cgst, 2)
        dots(p, "CGST 2.5%", num(cgst), at=0.6)
        dots(p, "SGST 2.5%", num(cgst), at=0.6)
        dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
        h273.hilite(p)
        p.add("gap")
        utr = utr_of(rng, j, "Bank of Baroda", "NEFT")
        hand(p, f"Pd. NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        h273.tick(p)
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - B.J.", date=j.date)
        return p.done()
    if k == 1:
        p = sheet(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 242, 222), (246, 238, 216)])
        p.part = "body"
        start = len(p.rows)
        guj_hand(p, "શ્રી ગણેશાય નમઃ", align="c", scale=1.15)
        hand(p, f"{COLOURS}  -  Vaniyawad, Bhuj", merchant=COLOURS)
        guj_hand(p, f"તા. {when(j.date, rng.choice(['{d}/%m/%y', '%d-%m-%Y']))}", date=j.date)
        guj_hand(p, "દાઉદ ખત્રી રોગાન, નિરોણા")
        total_ = 0
        for text, q_lo, q_hi, lo, hi in rng.sample(PIGMENTS, rng.randrange(3, 5)):
            q = rng.randrange(q_lo, q_hi + 1)
            rate = rng.randrange(lo, hi, 10)
            total_ += q * rate
            guj_hand(p, f"{text} {q} કિલો @ {rate}", figure=str(q * rate))
        j.amount = float(total_)
        guj_hand(p, "કુલ", figure=f"{total_}/-", amount=j.amount)
        guj_hand(p, "UPI થી મળ્યા", method="UPI", status=status)
        guj_hand(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        h275.bahi(p, start, [0.74])
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 2400, 18000, 0.3)
        p = browser_page(rng, font, "printo.in/checkout/payment")
        p.part = "head"
        top(p, "Printo", merchant="Printo")
        p.add("small", "Checkout  |  Payment")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card issuer declined this payment (transaction not permitted on the card). Please try another "
            "card or pay by UPI.",
            "error",
        )
        ono = f"PRT{digits(rng, 8)}"
        grid(
            p,
            "pr",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Order No.", ono], {"txn": (ORDER_RANK, ono)}),
                (["Items", "Certificates x 200, hang tags x 500"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment method", f"Credit Card (Visa XX{digits(rng, 4)})"], {"method": "card"}),
                (
                    ["Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))],
                    {"date": j.date},
                ),
            ],
        )
        return p.done()
    if k == 3:
        p = sheet(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(248, 246, 238), (244, 242, 232)])
        one_pen(p)
        p.part = "head"
        top(p, FRAMER, merchant=FRAMER)
        p.add("small", "Teak and sheesham frames, mounts and glass  |  Station Road, Bhuj - 370001")
        p.add("rule")
        p.part = "body"
        p.add("left", "BILL")
        p.add("left", "Date: ____________")
        filled(p, "M/s", "Daud Khatri Rogan, Nirona")
        spec = [(0.0, 0.52, "l"), (0.52, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "frh", spec, "Particulars", "Nos.", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        total_ = 0
        for text, lo, hi in rng.sample(
            [
                ("Teak frame 24x36, glass", 1800, 2600),
                ("Teak frame 12x18, glass", 700, 1100),
                ("Sheesham frame 18x24", 1100, 1600),
                ("Mount board, cream", 150, 260),
                ("Shadow box 6x6", 320, 480),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(2, 9)
            rate = rng.randrange(lo, hi, 10)
            total_ += q * rate
            hcells(p, spec, text, str(q), str(rate), str(q * rate))
        ledger(p, start, [0.52, 0.64, 0.8])
        off = rng.choice([100, 150, 200, 250, 300])
        j.amount = float(total_ - off)
        pen_of(p)
        h275.strike(p, "Total Rs.", f"{total_}/-", f"{int(j.amount)}/-", "M.S.", at=0.5, amount=j.amount)
        p.add("gap")
        hand(p, f"Pd. by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        p.add("right", "for Bhuj Frame Studio")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(260, 2400))
        p = roll(rng, font, [430, 460], [17, 18])
        h269.torn(p)
        p.part = "head"
        p.add("center", "SHREE MARUTI COURIER", merchant="SHREE MARUTI COURIER")
        typed(p, "BOOKING BRANCH: NAKHATRANA (KUTCH)", scale=0.95)
        p.add("rule")
        p.part = "body"
        cn = str(rng.randrange(23000000000, 23999999999))
        h269.bars(p, cn)
        typed(p, f"CN NO  : {cn}")
        typed(
            p,
            f"DATE   : {when(j.date, '%d-%m-%Y')} {rng.randrange(9, 20):02d}:{rng.randrange(60):02d}",
            date=j.date,
        )
        typed(p, "FROM   : NIRONA")
        typed(p, f"TO     : {rng.choice(['MUMBAI', 'AHMEDABAD', 'BENGALURU', 'NEW DELHI', 'PUNE'])}")
        typed(p, f"PCS    : {rng.randrange(1, 5)}   WT : {rng.randrange(1, 16)}.{rng.randrange(0, 9)} KG")
        base = round(j.amount / 1.18 / 1.1, 2)
        fsc = round(base * 0.1, 2)
        gst = round(j.amount - base - fsc, 2)
        typed(p, f"FREIGHT  : {base:>9.2f}")
        typed(p, f"FSC 10%  : {fsc:>9.2f}")
        typed(p, f"GST 18%  : {gst:>9.2f}")
        p.add("rule")
        typed(p, f"TOTAL    : {j.amount:>9.2f}", amount=j.amount)
        typed(p, "PAYMENT  : UPI", method="UPI", status=status)
        typed(p, f"UPI REF  : {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        typed(p, "TRACK: WWW.SHREEMARUTI.COM")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 4200, 36000, 0.5)
        p = browser_page(rng, font, "my.indiamart.com/buyer/orders/details")
        p.part = "head"
        top(p, "IndiaMART")
        p.add("small", "Pay with IndiaMART  |  Order details")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment pending", status=status)
        h273.track(p, ["Order placed", "Payment", "Dispatched"], "dpt")
        boxed(
            p,
            "We have not yet received your bank's confirmation of this payment. The seller will dispatch once "
            "the payment is confirmed.",
            "warn",
        )
        oid = f"IM{j.date:%y%m}{digits(rng, 8)}"
        kv(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        kv(p, "Seller", INDIAMART_SELLER, at=0.36, merchant=INDIAMART_SELLER)
        kv(p, "Item", "LED track lights x 12", at=0.36)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment method", "UPI", at=0.36, method="UPI")
        kv(p, "Placed on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.36, date=j.date)
        p.add("small", "Seller: Aji GIDC, Rajkot, Gujarat")
        return p.done()
    if k == 6:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 234)])
        p.part = "head"
        hand(p, f"{POTTER}  -  Lodai", merchant=POTTER)
        p.part = "body"
        guj_hand(p, f"તા. {when(j.date, rng.choice(['{d}/%m/%y', '%d/%m/%Y']))}", date=j.date)
        guj_hand(p, "દાઉદ ખત્રી રોગાન માટે")
        start = len(p.rows)
        total_ = 0
        for text, q, rate in rng.sample(
            [
                ("માટલાં", rng.randrange(4, 12), rng.choice([160, 180, 220])),
                ("કુંડી", rng.randrange(2, 8), rng.choice([120, 140])),
                ("ઢાંકણાં", rng.randrange(6, 16), rng.choice([25, 30, 40])),
                ("કુલડી", rng.randrange(10, 30), rng.choice([10, 12])),
            ],
            rng.randrange(2, 4),
        ):
            v = q * rate
            total_ += v
            guj_hand(p, f"{text} {q} નંગ @ {rate}", figure=str(v))
        j.amount = float(total_)
        guj_hand(p, "કુલ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.78])
        p.add("gap")
        guj_hand(p, "રોકડા મળ્યા  -  ઇબ્રાહીમ", method="cash", status=status)
        on_board(p)
        return p.done()
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    top(p, CLOTH, merchant=CLOTH)
    p.add("small", f"Shroff Bazaar, Bhuj - 370001  |  GSTIN {gstin_of(rng, '24', 'P')}")
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    ino = f"{rng.randrange(40, 980)}"
    cols(
        p,
        "cl0",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice No.: {ino}",
        f"Date: {day_as(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    p.add("left", f"Bill To: {FIRM}, Nirona")
    rows_, taxable = [], 0.0
    for name, hsn, lo, hi in rng.sample(CLOTHS, rng.randrange(2, 4)):
        mtr = rng.randrange(10, 80)
        rate = float(rng.randrange(lo, hi, 5))
        v = round(mtr * rate, 2)
        taxable += v
        rows_.append(([name, hsn, str(mtr), num(rate), num(v)], {}))
    zebra(
        p,
        "clz",
        [(0.0, 0.46, "l"), (0.46, 0.57, "c"), (0.57, 0.66, "c"), (0.66, 0.81, "r"), (0.81, 1.0, "r")],
        ["Item", "HSN", "Mtr", "Rate", "Amount"],
        rows_,
        (40, 90, 150),
    )
    cgst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * cgst, 2)
    kvr(p, "CGST 2.5%", num(cgst))
    kvr(p, "SGST 2.5%", num(cgst))
    kvr(p, "Total", rs(j.amount), amount=j.amount)
    kvr(p, "Received", rs(j.amount), status=status)
    kvr(p, "Balance", rs(0.0))
    p.add("gap")
    p.add("left", "Payment Mode: Bank (IMPS)", method="netbanking")
    p.add("left", f"Ref. No.: {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Generated with Vyapar")
    return p.done()


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (OIL_MILL, "Bank of Baroda", "NEFT", 8000, 90000),
    (CLOTH, "State Bank of India", "NEFT", 12000, 90000),
    ("AMBIKA COLOUR STORES", "State Bank of India", "IMPS", 3000, 26000),
    (FRAMER, "HDFC Bank", "UPI", 2400, 18000),
    ("GANDHIDHAM CORRUGATED BOXES", "Axis Bank", "NEFT", 6000, 48000),
    (COURIER, "ICICI Bank", "NEFT", 4000, 28000),
    ("SALEMAMAD LOHAR", "Gujarat Gramin Bank", "UPI", 600, 6000),
    (
        "BHUJODI KALA COTTON WEAVERS SAHAKARI MANDALI",
        "The Kutch District Central Co-operative Bank",
        "NEFT",
        30000,
        260000,
    ),
]
GGB_GU = "ગુજરાત ગ્રામીણ બેંક"
KDCC = "The Kutch District Central Co-operative Bank Ltd."
KDCC_SHORT = "Kutch District Central Co-op. Bank"
KDCC_GU = "ધી કચ્છ ડિસ્ટ્રિક્ટ સેન્ટ્રલ કો-ઓપરેટિવ બેંક લિ."


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Bank of Baroda's Baroda Connect with a NEFT or RTGS to
    the castor oil mill acknowledged (its sentence; Reference No., UTR No., Debit Account, Beneficiary Name,
    Amount, Transfer Date, Remarks on hairline rows); IDFC FIRST Bank's app with a NEFT to the cloth merchant
    in process under a clock's mark (the sum, "to <payee>", its stages top to bottom; a copyable UTR; From and
    Initiated on at the left and the right); Gujarat Gramin Bank's app with an IMPS to the colour dealer, its
    outcome and its labels in Gujarati with their English (a large round tick, "ટ્રાન્સફર સફળ" (transfer
    successful) over Transfer successful; લાભાર્થી · Beneficiary, રકમ · Amount, IMPS સંદર્ભ નં. · IMPS Ref
    No., તારીખ · Date, each label small over its value); Canara Bank's Canara ai1 with a UPI payment to the
    framer in a bottom sheet over the dimmed app (a scalloped badge, Paid successfully, the sum, "to <payee>",
    "on <day> at <hour>", From; no reference); Indian Bank's IndOASIS with a NEFT to a Gandhidham box maker
    failed in an octagon (the reason in a notice; Beneficiary and Amount, Reference No. and Date, Reason and
    Mode, labels small over their values two to a row); OnlineSBI's NEFT e-Receipt for the courier (its
    sentence; Reference No., UTR, Debit Account, Beneficiary Name, Beneficiary Bank, Amount, Date & Time,
    Status in a striped table); MobiKwik's UPI payment to the blacksmith who makes the kalams ("Today,
    <hour>"; a scalloped badge, the sum, "to <payee>"; UPI Ref No. and From in tiles; no day); the Kutch
    District Central Co-operative Bank's RTGS / NEFT form filled in by hand under its Gujarati name (each
    field's label in Gujarati and English over the value written in: તારીખ · Date, લાભાર્થીનું નામ ·
    Beneficiary name, રકમ · Amount; the account number and IFSC a box to each character; RTGS and NEFT in
    boxes, the one used ticked; the branch's oval stamp and its typed "PROCESSED  UTR ..."). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=4000, high=150000)
    to, bank_to, way, lo, hi = PAYEES_OUT[k]
    j.amount = rupees(rng, lo, hi, 0.6)
    if way == "NEFT" and k in (0, 7):
        way = neft_or_rtgs(j.amount)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    acno = digits(rng, rng.choice([12, 14, 15]))
    ifsc = f"{IFSC.get(bank_to, 'SBIN')}0{digits(rng, 6)}"
    method = "UPI" if way == "UPI" else "netbanking"
    own4 = digits(rng, 4)
    if k == 0:
        p = browser_page(rng, font, "feba.bobibanking.com/corp/BANKAWAY?ft=ack")
        p.part = "head"
        top(p, "Baroda Connect")
        p.add("small", f"Bank of Baroda  |  {FIRM}")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Fund Transfer ({way})  -  Acknowledgement")
        prose(p, "The transaction has been submitted and processed successfully.", status=status)
        p.add("gap")
        rno = f"BCT{j.date:%y%m%d}{digits(rng, 7)}"
        utr = utr_of(rng, j, "Bank of Baroda", way)
        spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
        for lbl, value, facts in [
            ("Reference No.", rno, {"txn": (BANK_RANK, rno)}),
            ("UTR No.", utr, {"txn": (UTR_RANK, utr), "method": method}),
            ("Debit Account", f"XXXXXXXXXX{own4}", {}),
            ("Beneficiary Name", to, {"merchant": to}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Transfer Date", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), {"date": j.date}),
            ("Remarks", "castor oil tins", {}),
        ]:
            cols(p, "bc", spec, lbl, value, mode="line", **facts)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "IDFC FIRST Bank"], dark=False, buttons=("Done",))
        band(p, (152, 28, 40))
        app_head(p, "IDFC FIRST Bank", "Mobile banking")
        sicon(p, status)
        p.add("center", "NEFT in process", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {clip(to, 20)}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h271.step(p, "Debited", "from your account", "done")
        h271.step(p, "Sent to the beneficiary bank", "", "done")
        h271.step(p, "Credit confirmation", "awaited", "pending")
        p.add("gap")
        utr = utr_of(rng, j, "IDFC FIRST Bank", "NEFT")
        copyrow(p, "UTR", utr, txn=(UTR_RANK, utr))
        kvr(p, "From", f"Current A/c XX{own4}", method=method)
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "GGB mBanking"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 112, 84))
        app_head(p, "Gujarat Gramin Bank", "mBanking")
        guj(p, GGB_GU, scale=0.9, soft=True)
        sicon(p, status)
        guj(p, "ટ્રાન્સફર સફળ", bold=True, scale=1.05, status=status)
        p.add("center", "Transfer successful")
        p.add("gap")
        name = clip(to, 26)
        gfield(p, "લાભાર્થી", "Beneficiary", name, merchant=name)
        gfield(p, "રકમ", "Amount", rs(j.amount), amount=j.amount)
        gfield(p, "IMPS સંદર્ભ નં.", "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method=method)
        gfield(p, "તારીખ", "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Canara ai1"], dark=False, buttons=("Share receipt",))
        band(p, (0, 92, 164))
        app_head(p, "Canara ai1", "Canara Bank  |  UPI")
        h287.sheet_open(p)
        h287.burst(p, status)
        p.add("center", "Paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {clip(to, 20)}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add(
            "small",
            f"on {when(j.date, rng.choice(['{d} %b %Y', '%d/%m/%Y']))} at {hhmm(rng, lower=True)}",
            date=j.date,
        )
        p.add("rule")
        kvr(p, "From", f"Canara Bank XX{own4}", method=method)
        kvr(p, "Note", "frames for the gallery")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "IndOASIS"], dark=False, buttons=("Try again",))
        band(p, (0, 72, 140))
        app_head(p, "IndOASIS", "Indian Bank")
        h294.octa(p, status)
        p.add("center", "NEFT Failed", status=status)
        boxed(
            p,
            "The beneficiary's bank returned the NEFT: the account is closed. The amount has been credited back.",
            "error",
        )
        rno = f"IDIB{j.date:%y%m%d}{digits(rng, 6)}"
        name = clip(to, 24)
        two_up(p, "io1", ("Beneficiary", name), ("Amount", rs(j.amount)), merchant=name, amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "io2",
            ("Reference No.", rno),
            ("Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])),
            txn=(BANK_RANK, rno),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "io3", ("Reason", "Account closed"), ("Mode", "NEFT"), method=method)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "retail.onlinesbi.sbi/retail/neftereceipt.htm")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", "OnlineSBI  |  NEFT e-Receipt")
        p.add("rule")
        p.part = "body"
        prose(p, "Your NEFT transaction has been completed successfully.", status=status)
        p.add("gap")
        rno = f"IK0{digits(rng, 8)}"
        utr = utr_of(rng, j, "State Bank of India", "NEFT")
        name = clip(to, 30)
        zebra(
            p,
            "osb",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["e-Receipt", ""],
            [
                (["Reference No.", rno], {"txn": (BANK_RANK, rno)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", f"000000{digits(rng, 5)}{own4}"], {}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary Bank", "ICICI Bank, Ahmedabad"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Date & Time", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Status", "Completed (NEFT)"], {"method": method}),
            ],
            (24, 88, 160),
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "MobiKwik"], dark=False, buttons=("Done",))
        band(p, (30, 96, 214))
        app_head(p, "MobiKwik", "UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.burst(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("gap")
        tiles2(p, ("UPI Ref No.", j.ref), ("From", f"GGB XX{own4}"), txn=(UTR_RANK, j.ref), method=method)
        p.add("small", "kalam nibs and stylus rods")
        return p.done()
    p = sheet(rng, font, [820, 860])
    one_pen(p)
    p.part = "head"
    guj(p, KDCC_GU, bold=True)
    top(p, pick(p, "title", [KDCC, KDCC_SHORT]))
    p.add("small", "Nakhatrana Branch  |  RTGS / NEFT Application")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Remitter: {FIRM}   A/c {digits(rng, 12)}")
    gfield(p, "તારીખ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d.%m.%Y"])), pen=True, date=j.date)
    name = clip(to, 30)
    gfield(p, "લાભાર્થીનું નામ", "Beneficiary name", name, pen=True, merchant=name)
    h269.comb(p, "A/c No.", acno)
    h269.comb(p, "IFSC", ifsc)
    gfield(p, "રકમ", "Amount", f"{num(j.amount, 'indian')}/-", pen=True, amount=j.amount)
    h269.ticks(p, ["RTGS", "NEFT"], 0 if way == "RTGS" else 1, method=method)
    p.add("gap")
    sig(p)
    p.add("right", "Signature of remitter")
    p.add("rule")
    p.add("small", "FOR BRANCH USE")
    h287.oval(p, ["KDCC BANK", "NAKHATRANA", "KUTCH"], "violet", at=0.22, rows_=3)
    utr = utr_of(rng, j, "The Kutch District Central Co-operative Bank", way)
    typed(p, f"PROCESSED  UTR: {utr}", status=status, txn=(UTR_RANK, utr))
    return p.done()


# ---------------------------------------------------------------- 7. the painters, the boiler, the tailor, the staff


PAINTED = [
    ("Cushion cover 16 in", 220, 380),
    ("Table runner", 560, 900),
    ("Bookmark set of 4", 60, 110),
    ("Mandala 12x12", 850, 1400),
    ("Stole border", 420, 700),
    ("Miniature 6x6", 180, 320),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its painters (the women and young men of Nirona it has trained), the man who boils the
    castor oil into rogan, the tailor and the gallery's staff: a painter's WAGE ACCOUNT under its Gujarati
    heading "મજૂરી હિસાબ" (wage account) (Painter and Month written in; Work | Nos. | Rate | Amount written in
    ruled columns, Total; "Paid by UPI, Ref ..." and "on <day>" written under it; castor oil's spots, dabs of
    paste and the kalam in its margins); Zoho Payroll's payslip for the gallery's salesman (Employee Name,
    Employee ID, Designation, Bank Account in a table ruled on every side; Earnings | Amount | Deductions |
    Amount on hairline rows; Net Pay in dot leaders and its words; "Paid on <day> via NEFT, UTR ..."); Paytm's
    UPI payment to a painter failed under a large round cross (the sum, "to <payee>", the reason in a notice;
    Transaction ID and Date & Time, From and Bank, labels small over their values two to a row); the firm's
    CASH VOUCHER to the rogan boiler under its Gujarati heading "રોકડ ચુકવણી વાઉચર" (cash payment voucher)
    (No. left blank; each field's label in Gujarati and English over the value written in: તારીખ · Date, નામ ·
    Paid to, વિગત · Towards; Rs. in a box; "રોકડા મળ્યા" (cash received) in a Gujarati hand, a revenue stamp
    signed across where the sum is over five thousand; no reference); a *99# USSD dialog of a UPI payment to a
    painter on the studio's phone (its sentence "Payment of Rs x to <PAYEE> is successful. UPI Ref ..."; "1.
    Home 00. Exit"; no day); Groww's UPI payment to a painter processing under a spinner (the sum, "to
    <payee>", a notice; UPI Ref No., Started on, Paid from in dot leaders); PagarBook's salary entry for the
    gallery's assistant (the staff member, Salary for <month>, Days present, Salary paid, Paid on, Mode and
    UPI Ref at the left and the right); Punjab National Bank's PNB ONE with an IMPS to the tailor (Transaction
    Successful, the sum, "to <payee>"; IMPS Ref No., Date, From A/c, Remarks with colons). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=1500, high=16000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    painter = PAINTERS[(k + rng.randrange(3)) % len(PAINTERS)]
    if k == 0:
        p = sheet(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(246, 240, 222), (240, 236, 218)])
        p.part = "head"
        guj(p, FIRM_GU, bold=True, scale=0.95)
        p.add("center", FIRM)
        guj(p, "મજૂરી હિસાબ", bold=True)
        p.add("center", "WAGE ACCOUNT")
        p.add("rule")
        p.part = "body"
        filled(p, "Painter", painter, merchant=painter)
        filled(p, "Month", j.month(1))
        spec = [(0.0, 0.46, "l"), (0.46, 0.6, "r"), (0.6, 0.78, "r"), (0.78, 1.0, "r")]
        cols(p, "wah", spec, "Work", "Nos.", "Rate", "Amount", mode="line")
        start = len(p.rows)
        total_ = 0
        for work, lo, hi in rng.sample(PAINTED, rng.randrange(2, 4)):
            q = rng.randrange(3, 16) if hi < 500 else rng.randrange(1, 6)
            rate = rng.randrange(lo, hi, 10)
            total_ += q * rate
            hcells(p, spec, work, str(q), str(rate), str(q * rate))
        j.amount = float(total_)
        hcells(p, spec, "", "", "Total", f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.46, 0.6, 0.78])
        p.add("gap")
        hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - Y.I.K.", date=j.date)
        stains(p)
        return p.done()
    if k == 1:
        who = STAFF[0]
        basic = float(rng.randrange(80, 130) * 100)
        hra = round(basic * 0.3, 0)
        special = float(rng.randrange(10, 40) * 100)
        commission = float(rng.randrange(4, 50) * 100)
        pf = round(basic * 0.12, 0)
        pt = 200.0
        gross = basic + hra + special + commission
        j.amount = round(gross - pf - pt, 2)
        p = sheet(rng, font, [800, 840])
        p.part = "head"
        top(p, FIRM)
        p.add("small", ADDRESS)
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        gkv(p, "zp", "Employee Name", who, at=0.36, merchant=who)
        gkv(p, "zp", "Employee ID", f"DKR-{rng.randrange(3, 40):03d}", at=0.36)
        gkv(p, "zp", "Designation", "Gallery Sales Associate", at=0.36)
        gkv(p, "zp", "Bank Account", f"Bank of Baroda XXXXXX{digits(rng, 4)}", at=0.36)
        p.add("gap")
        spec = [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")]
        cols(p, "zeh", spec, "EARNINGS", "AMOUNT", "DEDUCTIONS", "AMOUNT", mode="line")
        cols(p, "zel", spec, "Basic", num(basic), "Provident Fund", num(pf), mode="line")
        cols(p, "zel", spec, "House Rent Allowance", num(hra), "Professional Tax", num(pt), mode="line")
        cols(p, "zel", spec, "Special Allowance", num(special), "", "", mode="line")
        cols(p, "zel", spec, "Sales Commission", num(commission), "", "", mode="line")
        cols(p, "zel", spec, "Gross Earnings", num(gross), "Total Deductions", num(pf + pt), mode="line")
        p.add("gap")
        dots(p, "Net Pay", rs(j.amount), at=0.5, bold=True, amount=j.amount)
        prose(p, f"Rupees {spelt(j.amount)} only", "small")
        utr = utr_of(rng, j, "Bank of Baroda", "NEFT")
        prose(
            p,
            f"Paid on {day_as(j, rng, ['%d/%m/%Y', '{d} %b %Y'])} via NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This payslip is generated by Zoho Payroll.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Paytm"], dark=False, buttons=("Retry",))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI")
        sicon(p, status)
        p.add("center", "Payment Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {painter}", merchant=painter)
        boxed(
            p,
            "The receiver's bank declined the transaction (beneficiary bank limit reached). No money has "
            "been deducted.",
            "error",
        )
        tid = digits(rng, 20)
        two_up(
            p,
            "pt1",
            ("Transaction ID", tid),
            ("Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "pt2", ("From", f"BoB XX{digits(rng, 4)}"), ("Mode", "UPI"), method="UPI")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(8, 40) * 250)
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 244, 236), (240, 240, 230)])
        p.part = "head"
        guj(p, FIRM_GU, bold=True)
        p.add("center", f"{FIRM}, {TOWN}")
        guj(p, "રોકડ ચુકવણી વાઉચર", bold=True, scale=1.05)
        p.add("center", "CASH VOUCHER")
        p.add("rule")
        p.part = "body"
        p.add("left", "No. ..............")
        gfield(p, "તારીખ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}-%m-%Y"])), pen=True, date=j.date)
        gfield(p, "નામ", "Paid to", BOILER, pen=True, merchant=BOILER)
        days = rng.randrange(2, 5)
        gfield(p, "વિગત", "Towards", f"boiling castor oil into rogan, {days} days", pen=True)
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        guj_hand(p, "રોકડા મળ્યા", method="cash", status=status)
        if j.amount > 5000:
            h289.revenue(p)
        sig(p)
        guj(p, "મેળવનારની સહી", align="r", scale=0.8, soft=True)
        return p.done()
    if k == 4:
        # *99# carries at most Rs 5,000 a payment
        j.amount = float(rng.randrange(10, 50) * 100)
        p = phone(rng, font, k, [""], dark=True, buttons=())
        p.part = "body"
        p.add("gap")
        p.add("small", "*99#")
        p.add("gap")
        c = card_open(p)
        p.add("left", "BHIM *99#")
        name = painter.upper()
        prose(
            p,
            f"Payment of Rs {j.amount:.2f} to {name} is successful. UPI Ref {j.ref}.",
            amount=j.amount,
            merchant=name,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("left", "1. Home   00. Exit")
        p.add("left", "______________")
        p.add("right", "CANCEL     SEND")
        card_close(p, c, tint=False)
        p.add("gap")
        p.add("small", "Gujarat Gramin Bank  |  UPI on *99#")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Groww"], dark=False, buttons=("Check status",))
        band(p, (0, 176, 138))
        app_head(p, "Groww", "UPI")
        h279.spinner(p, AMBER)
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {painter}", merchant=painter)
        boxed(
            p,
            f"Waiting for {painter.split()[0]}'s bank to confirm. This usually takes a few minutes.",
            "warn",
        )
        dots(p, "UPI Ref No.", j.ref, at=0.42, txn=(UTR_RANK, j.ref))
        dots(p, "Started on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.42, date=j.date)
        dots(p, "Paid from", f"BoB XX{digits(rng, 4)}", at=0.42, method="UPI")
        return p.done()
    if k == 6:
        who = STAFF[1]
        days_in = (j.date.replace(day=1) - dt.timedelta(days=1)).day
        present = rng.randrange(days_in - 6, days_in + 1)
        j.amount = float(rng.randrange(90, 160) * 100)
        p = phone(rng, font, k, ["", "PagarBook"], dark=False, buttons=("Share slip",))
        band(p, (64, 72, 190))
        app_head(p, "PagarBook", "Staff attendance and salary")
        p.add("center", who, merchant=who)
        p.add("small", f"Gallery assistant  |  {GALLERY}")
        p.add("gap")
        h287.tile(p, status)
        p.add("center", "Salary paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        kvr(p, "Salary for", j.month(1))
        kvr(p, "Days present", f"{present} of {days_in}")
        kvr(p, "Paid on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "Mode", "UPI", method="UPI")
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    p = phone(rng, font, k, ["", "PNB ONE"], dark=False, buttons=("Share", "Done"))
    band(p, (162, 22, 58))
    app_head(p, "PNB ONE", "Punjab National Bank")
    sicon(p, status)
    p.add("center", "Transaction Successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {TAILOR}", merchant=TAILOR)
    p.add("gap")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    h271.colkv(p, "pn", spec, "IMPS Ref No.:", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
    h271.colkv(p, "pn", spec, "Date:", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
    h271.colkv(p, "pn", spec, "From A/c:", f"XXXXXXXX{digits(rng, 4)}")
    h271.colkv(p, "pn", spec, "Remarks:", f"stitching {rng.randrange(20, 80)} covers")
    return p.done()


# ---------------------------------------------------------------- 8. fees, taxes and dues


PANCHAYAT = "GRAM PANCHAYAT NIRONA"
PANCHAYAT_GU = "ગ્રામ પંચાયત નિરોણા"
TCGL = "Tourism Corporation of Gujarat Ltd."
DGFT = "Directorate General of Foreign Trade"
MEA = "Ministry of External Affairs"
DP_KUTCH = "District Panchayat, Kutch"
LABOUR_GJ = "Labour, Skill Development and Employment Department"
ESIC = "Employees' State Insurance Corporation"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed: Gram Panchayat Nirona's house tax
    receipt from its book under its Gujarati name ("ઘરવેરા પહોંચ" (house tax receipt); each field's label in
    Gujarati and English over the value written in: તારીખ · Date, નામ · Received from, મિલકત નંબર · Property
    No., વિગત · Particulars; Rs. in a box; "રોકડા મળ્યા" (cash received) in a Gujarati hand; its oval stamp;
    the Talati-cum-Mantri's signature; no reference); the GST portal's payment receipt (GST PMT-06) for the
    firm's monthly tax (its sentence; CPIN, CIN, Deposit Date, Mode, Bank, GSTIN with colons; Head | CGST |
    SGST in a table ruled on every side, Total Amount its total row); DGFT's e-Certificate of Origin fee for
    the Kyoto consignment pending with the bank (a capsule, a notice; Application No., Fee, Transaction ID,
    Payment mode, Bank, Initiated on against a gutter); the Tourism Corporation of Gujarat's receipt for the
    Rann Utsav stall's rent (Receipt No., Receipt Date, Received from, Stall No., Towards, Stall rent, CGST
    9%, SGST 9%, Total, Mode, UTR in shaded labels); Passport Seva's payment for the partner's daughter's
    passport under a large round tick (the Ministry of External Affairs on top; ARN and Amount, Transaction ID
    and Payment date, Payment mode and Bank, labels small over their values two to a row; the app's passing
    message); the Kutch District Panchayat's profession tax e-payment failed under a tile's cross (the reason
    in a notice; PEC No., Period, Amount, Transaction ID, Mode, Attempted on in a table ruled on every side);
    Cyber Treasury Gujarat's challan paid for the Labour Department's registration fee ("Today, <hour>"; a
    scalloped badge, Challan paid, the sum, "to <department>"; Challan No. and Paid via in tiles, Bank Ref.
    No.; no day); ESIC's contribution challan (Employer Code, Challan Number, Transaction Number, Contribution
    Period, Amount Paid, Challan Submitted Date, Bank, Transaction Status against a gutter). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.randrange(6, 40) * 50)
        p = sheet(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(244, 238, 220), (240, 236, 222)])
        one_pen(p)
        p.part = "head"
        guj(p, PANCHAYAT_GU, bold=True, scale=1.1)
        top(p, PANCHAYAT, merchant=PANCHAYAT)
        p.add("small", "Ta. Nakhatrana, Dist. Kutch")
        guj(p, "ઘરવેરા પહોંચ", bold=True)
        p.add("center", "HOUSE TAX RECEIPT")
        p.add("rule")
        p.part = "body"
        p.add("left", "No. ............")
        gfield(p, "તારીખ", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}-%m-%Y"])), pen=True, date=j.date)
        gfield(p, "નામ", "Received from", "Daud Khatri Rogan Art House", pen=True)
        gfield(p, "મિલકત નંબર", "Property No.", f"{rng.randrange(120, 640)}/{rng.randrange(1, 9)}", pen=True)
        gfield(p, "વિગત", "Particulars", f"House tax {fy(j.date)}, gallery and studio", pen=True)
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        guj_hand(p, "રોકડા મળ્યા", method="cash", status=status)
        h287.oval(p, ["GRAM PANCHAYAT", "NIRONA", "KUTCH"], "violet", at=0.24, rows_=3)
        sig(p)
        guj(p, "તલાટી કમ મંત્રી", align="r", scale=0.85)
        return p.done()
    if k == 1:
        tax = rupees(rng, 3000, 40000, 0.8)
        half = round(tax / 2, 0)
        j.amount = half * 2
        p = browser_page(rng, font, "payment.gst.gov.in/payment/receipt")
        p.part = "head"
        top(p, "Goods and Services Tax", merchant="Goods and Services Tax")
        p.add("small", "Payment Receipt  |  Form GST PMT-06")
        p.add("rule")
        p.part = "body"
        prose(p, "Your payment has been credited to the Government account.", status=status)
        p.add("gap")
        cpin = f"{j.date:%y%m}24{digits(rng, 10)}"
        cin = f"BARB{j.date:%y%m}24{digits(rng, 8)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        h271.colkv(p, "gs", spec, "CPIN :", cpin, txn=(INVOICE_RANK, cpin))
        h271.colkv(p, "gs", spec, "CIN :", cin, txn=(BANK_RANK, cin))
        h271.colkv(p, "gs", spec, "Deposit Date :", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        h271.colkv(p, "gs", spec, "Mode :", "E-Payment (Net Banking)", method="netbanking")
        h271.colkv(p, "gs", spec, "Bank :", "Bank of Baroda")
        h271.colkv(p, "gs", spec, "GSTIN :", GSTIN)
        p.add("gap")
        grid(
            p,
            "gsg",
            [(0.0, 0.4, "l"), (0.4, 0.7, "r"), (0.7, 1.0, "r")],
            ["Head", "CGST", "SGST"],
            [(["Tax", num(half), num(half)], {}), (["Interest", "0.00", "0.00"], {})],
            foot=(["Total Amount", num(j.amount)], {"amount": j.amount}),
        )
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([250, 500, 750, 1000]))
        p = browser_page(rng, font, "www.dgft.gov.in/CP/?opt=ecoo-payment-status")
        p.part = "head"
        name = pick(p, "title", [DGFT, "DGFT"])
        top(p, name, merchant=name)
        p.add("small", "e-Certificate of Origin (non-preferential)  |  Payment status")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment Pending", status, align="l")
        boxed(
            p,
            "The bank has not yet confirmed this payment. Your application will move to the issuing agency once "
            "the payment is confirmed; please do not pay again.",
            "warn",
        )
        tid = f"DGFT{j.date:%y%m%d}{digits(rng, 8)}"
        gutter(p, "dg", "Application No.", f"COO/{j.date:%Y}/{digits(rng, 7)}", at=0.4)
        gutter(p, "dg", "Fee", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "dg", "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        gutter(p, "dg", "Payment mode", "Net Banking", at=0.4, method="netbanking")
        gutter(p, "dg", "Bank", "Bank of Baroda", at=0.4)
        gutter(
            p,
            "dg",
            "Initiated on",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)),
            at=0.4,
            date=j.date,
        )
        return p.done()
    if k == 3:
        move(j, rng, dt.date(2026, 9, 1), 61)
        rent = float(rng.randrange(40, 180) * 500)
        gst = round(rent * 0.09, 2)
        j.amount = round(rent + 2 * gst, 2)
        p = sheet(rng, font, [780, 820])
        p.part = "head"
        name = pick(p, "title", [TCGL, "TCGL"])
        top(p, name, merchant=name)
        p.add("small", "Rann Utsav  |  Craft Bazaar, Tent City, Dhordo, Kutch")
        p.add("rule")
        p.add("center", "RECEIPT")
        p.part = "body"
        rno = f"TCGL/RU/{fy(j.date)}/{rng.randrange(100, 999)}"
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Bank of Baroda", way)
        kv(p, "Receipt No.", rno, at=0.34, txn=(INVOICE_RANK, rno))
        kv(p, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.34, date=j.date)
        kv(p, "Received from", FIRM, at=0.34)
        kv(p, "Stall No.", "C-27 (crafts)", at=0.34)
        kv(p, "Towards", "Stall rent, 1 Nov 2026 to 28 Feb 2027", at=0.34)
        kv(p, "Stall rent", num(rent), at=0.34)
        kv(p, "CGST 9%", num(gst), at=0.34)
        kv(p, "SGST 9%", num(gst), at=0.34)
        kv(p, "Total", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Mode", way, at=0.34, method="netbanking", status=status)
        kv(p, "UTR", utr, at=0.34, txn=(UTR_RANK, utr))
        p.add("gap")
        p.add("small", "This is a computer generated receipt.")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([1500, 2000]))
        p = browser_page(rng, font, "services1.passportindia.gov.in/forms/paymentStatus")
        p.part = "head"
        p.add("small", "Government of India")
        name = pick(p, "title", [MEA, "MEA, Government of India"])
        top(p, name, merchant=name)
        p.add("small", "Passport Seva  |  Online payment")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        tid = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 6)}"
        two_up(p, "ps1", ("ARN", f"26-{digits(rng, 10)}"), ("Amount", rs(j.amount)), amount=j.amount)
        p.add("gap")
        two_up(
            p,
            "ps2",
            ("Transaction ID", tid),
            ("Payment date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        p.add("gap")
        two_up(p, "ps3", ("Payment mode", "Net Banking"), ("Bank", "Bank of Baroda"), method="netbanking")
        p.add("gap")
        p.add("small", f"Applicant: {DAUGHTER}  |  Post Office Passport Seva Kendra, Bhuj")
        h275.toast(p, "Payment receipt saved to Downloads")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([1250, 2000, 2400]))
        p = browser_page(rng, font, "ptax.kutchdp.gujarat.gov.in/epayment/status")
        p.part = "head"
        top(p, DP_KUTCH, merchant=DP_KUTCH)
        p.add("small", "Profession Tax (employer)  |  e-Payment")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment Failed", status=status)
        boxed(p, "The card payment was not completed: the card's issuing bank did not authorise it.", "error")
        tid = f"PT{j.date:%y%m%d}{digits(rng, 8)}"
        grid(
            p,
            "pt",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["PEC No.", f"PEC/KUT/{rng.randrange(1000, 9999)}"], {}),
                (["Period", f"20{fy(j.date)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Mode", "Debit Card"], {"method": "card"}),
                (["Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([500, 1000, 1500, 2500]))
        p = phone(rng, font, k, ["", "Cyber Treasury"], dark=False, buttons=("Download challan",))
        band(p, (24, 92, 150))
        app_head(p, "Cyber Treasury", "Finance Department, Gujarat")
        p.add("small", f"Today, {hhmm(rng)}")
        h287.burst(p, status)
        p.add("center", "Challan paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {LABOUR_GJ}", "to Labour Department, Gujarat"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        cno = f"GJ{digits(rng, 12)}"
        tiles2(p, ("Challan No.", cno), ("Paid via", "Net Banking"), txn=(TXN_RANK, cno), method="netbanking")
        bref = f"BOB{digits(rng, 10)}"
        kvr(p, "Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        p.add("small", "Registration fee, Gujarat Shops and Establishments Act")
        return p.done()
    j.amount = rupees(rng, 1800, 9000, 0.0)
    p = browser_page(rng, font, "www.esic.gov.in/ESICInsurance1/ESICInsurancePortal/PaymentStatus")
    p.part = "head"
    name = pick(p, "title", [ESIC, "ESIC"])
    top(p, name, merchant=name)
    p.add("small", "Monthly contribution  |  Challan payment")
    p.add("rule")
    p.part = "body"
    p.add("center", "Challan Details")
    cno = f"{digits(rng, 10)}"
    tno = f"ESI{j.date:%y%m%d}{digits(rng, 7)}"
    gutter(p, "es", "Employer Code", digits(rng, 17), at=0.44)
    gutter(p, "es", "Challan Number", cno, at=0.44, txn=(INVOICE_RANK, cno))
    gutter(p, "es", "Transaction Number", tno, at=0.44, txn=(TXN_RANK, tno))
    gutter(p, "es", "Contribution Period", j.month(1), at=0.44)
    gutter(p, "es", "Amount Paid", rs(j.amount), at=0.44, amount=j.amount)
    gutter(p, "es", "Challan Submitted Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.44, date=j.date)
    gutter(p, "es", "Bank", "Bank of Baroda (Net Banking)", at=0.44, method="netbanking")
    gutter(p, "es", "Transaction Status", "Success", at=0.44, status=status)
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, under its app's bar or signing its SMS: The New India
    Assurance's PREMIUM RECEIPT for the studio's and gallery's Bharat Sookshma Udyam Suraksha policy (its
    sentence "Received with thanks from M/s ... the sum of Rs. x ..."; Receipt No., Receipt Date, Policy No.,
    Policy, Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR in a table ruled on every
    side); Star Health's app with a family floater's renewal failed by card under a large round cross (the
    insurer under the app, the reason in a notice; Policy No., Premium, Payment ID, Card, Attempted on each in
    a read-only field's box); Digit's app with the studio's pickup's motor policy renewed ("Today, <hour>";
    the insurer under the app, an octagon's tick, Policy renewed, the sum; a copyable Transaction ID; Policy
    No. and Paid via at the left and the right; no day); Tata AIG's marine cargo certificate for the Kyoto
    consignment (its sentence; Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment,
    Transaction ID, Payment Date in a striped table); LIC's SMS of a premium received ("Dear Customer, thank
    you for the payment of Rs.x/- towards premium of Policy No. ... on <dd-mm-yyyy> through Net Banking. -LIC
    of India"; no reference); Bajaj General's mail of a shop owner's policy's premium received (its sentence;
    Policy Number, Product, Premium, GST 18%, Total, Payment mode, UPI Ref., Payment date against a gutter);
    Niva Bupa's PREMIUM RECEIPT for the staff's group health policy (Receipt No. and Date on a line; Policy
    Holder; Members | Premium | GST 18% | Total on hairline rows; "Received by NEFT, UTR ..."); ICICI
    Prudential Life's renewal premium under verification (a capsule, a notice; Policy No., Premium,
    Transaction ID, Payment Mode, Initiated on with colons). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=1500, high=42000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    pol = f"{digits(rng, 6)}/{rng.randrange(10, 99)}/{j.date.year % 100 + 1}/{digits(rng, 8)}"
    if k == 0:
        net = float(rng.randrange(30, 240) * 50)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet(rng, font, [780, 820])
        p.part = "head"
        ins = pick(p, "title", ["The New India Assurance Co. Ltd.", "New India Assurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Bhuj Divisional Office  |  IRDAI Reg. No. 190")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        prose(
            p,
            f"Received with thanks from M/s {FIRM} the sum of {rs(j.amount)} towards the premium of the policy "
            "below.",
            status=status,
        )
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        utr = utr_of(rng, j, "Bank of Baroda", way)
        rno = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 6)}"
        grid(
            p,
            "ni",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Policy No.", pol], {}),
                (["Policy", "Bharat Sookshma Udyam Suraksha"], {}),
                (["Sum Insured", num(float(rng.randrange(10, 60) * 100000))], {}),
                (["Net Premium", num(net)], {}),
                (["CGST 9%", num(gst)], {}),
                (["SGST 9%", num(gst)], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Mode", way], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            ],
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Star Health"], dark=False, buttons=("Try again",))
        band(p, (0, 84, 150))
        bar(
            p,
            "Star Health",
            "Star Health and Allied Insurance Co. Ltd.",
            merchant="Star Health and Allied Insurance Co. Ltd.",
        )
        sicon(p, status)
        p.add("center", "Payment failed", status=status)
        boxed(
            p,
            "Your card was declined by the issuing bank (incorrect CVV). Your policy has not been renewed yet.",
            "error",
        )
        pid = f"SHA{j.date:%y%m%d}{digits(rng, 8)}"
        field(p, "Policy No.", f"P/{digits(rng, 6)}/01/{j.date.year % 100 + 1}/{digits(rng, 6)}")
        field(p, "Premium", rs(j.amount), amount=j.amount)
        field(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        field(p, "Card", f"Mastercard XX{digits(rng, 4)}", method="card")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 9000, 24000, 0.5)
        p = phone(rng, font, k, ["", "Digit"], dark=False, buttons=("View policy",))
        band(p, (250, 190, 20), ink=(20, 20, 20))
        bar(p, "Digit", "Go Digit General Insurance Ltd.", merchant="Go Digit General Insurance Ltd.")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h294.octa(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Goods carrier policy  |  Bolero Pik-Up  |  GJ12 BX 4417")
        p.add("gap")
        tid = f"DGT{digits(rng, 12)}"
        copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Policy No.", f"D{digits(rng, 9)}")
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 3:
        sum_ins = float(rng.randrange(6, 30) * 100000)
        prem = round(sum_ins * rng.uniform(0.0012, 0.002), 0)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = browser_page(rng, font, "www.tataaig.com/marine/open-policy/certificate")
        p.part = "head"
        ins = pick(p, "title", ["Tata AIG General Insurance Co. Ltd.", "Tata AIG"])
        top(p, ins, merchant=ins)
        p.add("small", "Marine Cargo Open Policy  |  Certificate of Insurance")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            "The premium has been received and the consignment below is covered from the studio at Nirona to "
            "the consignee's gallery at Kyoto.",
            status=status,
        )
        p.add("gap")
        tid = f"TAG{digits(rng, 11)}"
        zebra(
            p,
            "ta",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Certificate", ""],
            [
                (["Certificate No.", f"MC{digits(rng, 8)}"], {}),
                (["Voyage", "Nirona - Mundra - Kobe - Kyoto"], {}),
                (["Sum Insured", num(sum_ins)], {}),
                (["Premium", num(prem)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Payment", "Net Banking"], {"method": "netbanking"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
            ],
            (0, 60, 130),
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(40, 600) * 25)
        text = (
            f"Dear Customer, thank you for the payment of Rs.{num(j.amount, 'indian')}/- towards premium of Policy "
            f"No. {digits(rng, 9)} on {when(j.date, '%d-%m-%Y')} through Net Banking. -LIC of India"
        )
        p = sms_page(rng, font, "VM-LICIND", text, j.date)
        p.add(
            "left",
            text,
            merchant="LIC of India",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        return p.done()
    if k == 5:
        prem = float(rng.randrange(20, 140) * 50)
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = mail_page(
            rng,
            font,
            "Bajaj General Insurance <customercare@bajajgeneral.in>",
            ["Payment received for your policy", "Premium receipt - Shop Owner's Package"],
        )
        p.part = "head"
        ins = pick(p, "title", ["Bajaj General Insurance Limited", "Bajaj General Insurance"])
        top(p, ins, merchant=ins)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(
            p,
            f"We have received your payment of {rs(j.amount)} towards the premium of your policy. Thank you for "
            "choosing us.",
            status=status,
        )
        p.add("gap")
        gutter(
            p,
            "bj",
            "Policy Number",
            f"OG-{j.date.year % 100 + 1}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 8)}",
            at=0.4,
        )
        gutter(p, "bj", "Product", "Shop Owner's Package", at=0.4)
        gutter(p, "bj", "Premium", num(prem), at=0.4)
        gutter(p, "bj", "GST 18%", num(gst), at=0.4)
        gutter(p, "bj", "Total", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "bj", "Payment mode", "UPI", at=0.4, method="UPI")
        gutter(p, "bj", "UPI Ref.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        gutter(p, "bj", "Payment date", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), at=0.4, date=j.date)
        return p.done()
    if k == 6:
        members = rng.randrange(6, 16)
        each = float(rng.randrange(40, 90) * 100)
        prem = members * each
        gst = round(prem * 0.18, 2)
        j.amount = round(prem + gst, 2)
        p = sheet(rng, font, [780, 820])
        p.part = "head"
        ins = pick(p, "title", ["Niva Bupa Health Insurance Co. Ltd.", "Niva Bupa Health Insurance"])
        top(p, ins, merchant=ins)
        p.add("small", "Group Health Insurance  |  Premium Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"NB{j.date:%y}{digits(rng, 9)}"
        cols(
            p,
            "nb0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date {day_as(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("left", f"Policy Holder: {FIRM} (painters and gallery staff)")
        spec = [(0.0, 0.25, "l"), (0.25, 0.5, "r"), (0.5, 0.75, "r"), (0.75, 1.0, "r")]
        cols(p, "nbh", spec, "Members", "Premium", "GST 18%", "Total", mode="line")
        cols(p, "nbl", spec, str(members), num(prem), num(gst), num(j.amount), mode="line", amount=j.amount)
        utr = utr_of(rng, j, "Bank of Baroda", "NEFT")
        p.add("gap")
        p.add("left", f"Received by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    j.amount = rupees(rng, 12000, 60000, 0.7)
    p = browser_page(rng, font, "www.iciciprulife.com/renewal/payment-status")
    p.part = "head"
    ins = pick(p, "title", ["ICICI Prudential Life Insurance", "ICICI Prudential Life"])
    top(p, ins, merchant=ins)
    p.add("small", "Renewal premium payment")
    p.add("rule")
    p.part = "body"
    pill(p, "Under verification", status, align="l")
    boxed(
        p,
        "We have received your payment request and are verifying it with your bank. Your policy stays in force "
        "meanwhile; the receipt will be mailed once it is confirmed.",
        "warn",
    )
    tid = f"IPRU{j.date:%y%m%d}{digits(rng, 6)}"
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    h271.colkv(p, "ip", spec, "Policy No.:", digits(rng, 8))
    h271.colkv(p, "ip", spec, "Premium:", rs(j.amount), amount=j.amount)
    h271.colkv(p, "ip", spec, "Transaction ID:", tid, txn=(TXN_RANK, tid))
    h271.colkv(p, "ip", spec, "Payment Mode:", "Net Banking", method="netbanking")
    h271.colkv(
        p, "ip", spec, "Initiated on:", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date
    )
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("KALPAVRIKSH ROGAN GALLERY", "NIRONA, KUTCH", "Paytm", "paytm"),
    ("HOTEL SAPTAK INN", "ASHRAM ROAD, AHMEDABAD", "AXIS BANK", "axis"),
    ("KALPAVRIKSH ROGAN - RANN UTSAV", "TENT CITY, DHORDO", "PhonePe", "phonepe"),
    ("Alliance Air", "Bhuj - Mumbai", "", "airline"),
    ("BHUJ HARDWARE MART", "STATION ROAD, BHUJ", "BANK OF BARODA", "declined"),
    ("JALARAM THALI HOUSE", "Station Road, Bhuj", "", "restaurant"),
    ("BHUJ ELECTRICALS", "BHUJ", "ICICI Bank", "sms"),
    ("RELIANCE DIGITAL", "BHUJ", "OneCard", "cardapp"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the gallery's and the Rann Utsav stall's terminals and the firm's cards elsewhere: Paytm's
    card machine's SALE slip at Kalpavriksh Rogan Gallery (DATE, TIME, MID, TID, BATCH, INVOICE, the card,
    ENTRY (CONTACTLESS or CHIP), APPR CODE, RRN at the left and the right; AMOUNT; APPROVED, NO PIN REQUIRED
    or PIN VERIFIED OK); Axis Bank's slip at an Ahmedabad hotel (SALE; DATE and TIME on a line, CARD NO, CARD
    TYPE, EXP, BATCH and INV on a line, AUTH CODE, RRN; TOTAL AMOUNT; APPROVED, CUSTOMER COPY); PhonePe's card
    machine at the Rann Utsav stall in the Utsav's days with the bank's answer awaited (CARD SALE; DATE, TIME,
    TID, INVOICE, CARD, AMOUNT; RESPONSE AWAITED FROM BANK, PLEASE DO NOT RETRY FOR 30 MIN); Alliance Air's
    e-ticket for the Bhuj - Mumbai flight to a trade fair paid by card, its stub behind a tear line (Booking
    confirmed, payment received; the flight, its Date of journey and the passenger; the stub's PNR, Total
    fare, Paid by, Transaction ID, Paid on); Bank of Baroda's slip at a Bhuj hardware store DECLINED (55
    INCORRECT PIN); a Bhuj thali restaurant's bill from POSist settled by card (Bill No., Date, Covers; the
    dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Settled: Card", the card and its Auth); ICICI
    Bank's SMS of a spend on the firm's credit card ("INR x spent using ICICI Bank Card XX1234 on <dd-Mon-yy>
    on <MERCHANT>. Avl Limit: INR y ..."; no reference); OneCard's app with a spend at an electronics store
    ("Today, <hour>"; the merchant's line and its town, the sum, Successful; Card and Reference No. in tiles;
    Category; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=900, high=42000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "phonepe":
        move(j, rng, RANN, RANN_DAYS)
    if layout in ("declined", "axis", "sms", "cardapp"):
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
        limit = num(rupees(rng, 40000, 420000), "western")
        text = (
            f"INR {num(j.amount, 'western')} spent using ICICI Bank Card XX{last4} on {when(j.date, '%d-%b-%y')} on "
            f"{name}. Avl Limit: INR {limit}. If not you, call 1800 2662/SMS BLOCK {last4} to 9215676766."
        )
        p = sms_page(rng, font, "AX-ICICIT", text, j.date)
        hour, minute = int(t[:2]), int(t[3:5])
        p.style["h106"]["time"] = hour12(hour, minute, lower=True)
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
        tiles2(
            p,
            ("Card", f"OneCard {masked(p.font)}{last4}"),
            ("Reference No.", ref),
            txn=(TXN_RANK, ref),
            method="card",
        )
        kvr(p, "Category", "Electronics")
        return p.done()
    if layout == "airline":
        base = float(rng.randrange(36, 88) * 100)
        tax = float(rng.randrange(7, 16) * 100) + 36.0
        j.amount = base + tax
        p = browser_page(rng, font, "www.allianceair.in/booking/e-ticket")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "e-Ticket and payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Booking confirmed. Payment received.", status=status)
        journey = j.date + dt.timedelta(days=rng.randrange(5, 40))
        pnr = code(rng, 6, UPPER)
        tref = f"AA{digits(rng, 12)}"
        t0 = h279.ticket_open(p)
        p.add("center", "BHJ  Bhuj  ->  BOM  Mumbai")
        p.add("small", f"Flight 9I 621  |  Date of journey {when(journey, '%d %b %Y')}  |  Economy")
        p.add("small", f"Passenger: Mr {PARTNER}")
        tear = h279.ticket_tear(p)
        dots(p, "PNR", pnr, at=0.36, txn=(ORDER_RANK, pnr))
        dots(p, "Total fare", f"INR {num(j.amount)}", at=0.36, bold=True, amount=j.amount)
        dots(p, "Paid by", f"{scheme} Credit Card XX{last4}", at=0.36, method="card")
        dots(p, "Transaction ID", tref, at=0.36, txn=(TXN_RANK, tref))
        dots(p, "Paid on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.36, date=j.date)
        h279.ticket_close(p, t0, tear)
        p.add("small", f"Base fare {num(base)}  |  Taxes and fees {num(tax)}")
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
        p.add("small", f"Kutchi and Gujarati thali  |  {town}")
        p.add("small", f"GSTIN {gstin_of(rng, '24', 'F')}")
        p.part = "body"
        p.add("center", "TAX INVOICE")
        p.add("rule")
        bno = f"B{rng.randrange(1000, 9999)}"
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", date=j.date)
        p.pair("Covers", str(rng.randrange(2, 7)))
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Kutchi thali", 320),
                ("Gujarati thali", 280),
                ("Bajra rotla", 40),
                ("Kadhi khichdi", 160),
                ("Kutchi dabeli", 60),
                ("Chaas", 30),
                ("Gulab pak", 90),
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
        p.add("left", "Settled: Card", method="card", status=status)
        p.add("left", f"{scheme} XX{last4}  Auth {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you, visit again!  |  POSist")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "paytm":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("BATCH", batch[-3:])
        p.pair("INVOICE", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} **** {last4}", method="card")
        tap = j.amount <= 5000
        p.pair("ENTRY", "CONTACTLESS" if tap else "CHIP")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "NO PIN REQUIRED (TAP AND PAY)" if tap else "PIN VERIFIED OK")
    elif layout == "axis":
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        p.add("center", "SALE")
        p.add("rule")
        cols(p, "ax", spec, f"DATE:{when(j.date, '%d %b %y').upper()}", f"TIME:{t}", date=j.date)
        p.add("left", f"CARD NO: ************{last4}", method="card")
        p.add("left", f"CARD TYPE: {scheme}")
        p.add("left", "EXP: **/**")
        cols(p, "ax", spec, f"BATCH:{batch[-4:]}", f"INV:{inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"AUTH CODE: {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "phonepe":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "RESPONSE AWAITED FROM BANK", status=status)
        p.add("small", "PLEASE DO NOT RETRY FOR 30 MIN")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION DECLINED", status=status)
        p.add("center", "55 INCORRECT PIN")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


PGVCL = "Paschim Gujarat Vij Company Ltd."
PGVCL_GU = "પશ્ચિમ ગુજરાત વીજ કંપની લિમિટેડ"
TANKER = "JAY JALARAM WATER SUPPLY"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The studio's and the gallery's bills: PGVCL's online bill payment receipt for the studio under its
    Gujarati name (Payment Successful; each label in Gujarati with its English in brackets, dot leaders and
    the value at the right: ગ્રાહક નંબર (Consumer No.), ગ્રાહકનું નામ (Consumer Name), બિલ માસ (Bill Month),
    ભરેલ રકમ (Amount Paid), પહોંચ નંબર (Receipt No.), વ્યવહાર નંબર (Transaction ID), ભરણાની તારીખ (Payment
    Date), પદ્ધતિ (Mode)); Vi's app with the gallery's postpaid bill paid ("Today, <hour>"; the company under
    the app, a large round tick, Bill paid, the sum; Mobile No. and Transaction ID, labels small over their
    values two to a row; Paid via; no day); IndianOil ONE with a commercial cylinder for the studio booked
    and paid (a tile's tick, Refill booked and paid, the sum, "Paid to" over Indane; Booking ID, Consumer
    No., Distributor, Payment Mode, UPI Ref, Paid on in a table ruled on every side); GTPL's
    app with the gallery's cable recharge pending over a progress bar (the company under the app, a notice;
    STB No., Pack, Transaction ID, Payment mode, Initiated on in dot leaders); JioFiber's payment receipt mail
    (its sentence; Account No., Receipt No., Transaction ID, Amount, Payment mode, Payment date in a table
    ruled on every side); a water tanker supplier's monthly card in a Gujarati hand (the supplier on top,
    "પાણી ટેન્કર હિસાબ" (water tanker account); the month written in; the tankers' trips with their rates and
    sums, "કુલ" (total), "રોકડા મળ્યા" (cash received) and the day after "તા." (date); no reference); SBI
    FASTag's recharge for the studio's pickup failed in an octagon (the reason in a notice; Vehicle No., Tag
    ID, Amount, Transaction Ref. No., Mode, Attempted on against a gutter); PGVCL's SMS of a payment received
    ("Dear Consumer, payment of Rs.x for Consumer No. ... received on <dd/mm/yyyy> via UPI. Txn ID ...
    -PGVCL"). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=400, high=26000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "www.pgvcl.com/consumer/onlinepayment/receipt")
        p.part = "head"
        guj(p, PGVCL_GU, bold=True)
        name = pick(p, "title", [PGVCL, "PGVCL"])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment receipt  |  Nakhatrana Sub-division")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        p.add("gap")
        rno = f"PG{j.date:%y%m}{digits(rng, 8)}"
        tid = f"PGVCL{digits(rng, 12)}"
        gdots(p, "ગ્રાહક નંબર", "Consumer No.", digits(rng, 11))
        gdots(p, "ગ્રાહકનું નામ", "Consumer Name", clip(FIRM, 22))
        gdots(p, "બિલ માસ", "Bill Month", j.month(1))
        gdots(p, "ભરેલ રકમ", "Amount Paid", rs(j.amount), bold=True, amount=j.amount)
        gdots(p, "પહોંચ નંબર", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        gdots(p, "વ્યવહાર નંબર", "Transaction ID", tid, txn=(TXN_RANK, tid))
        gdots(p, "ભરણાની તારીખ", "Payment Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        gdots(p, "પદ્ધતિ", "Mode", "Net Banking", method="netbanking")
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 450, 1400, 0.6)
        p = phone(rng, font, k, ["", "Vi"], dark=False, buttons=("Done",))
        band(p, (226, 24, 54))
        bar(p, "Vi", "Vodafone Idea Ltd.", merchant="Vodafone Idea Ltd.")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Bill paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"VI{digits(rng, 12)}"
        two_up(p, "vi", ("Mobile No.", f"98{digits(rng, 8)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
        p.add("gap")
        kvr(p, "Paid via", "UPI", method="UPI")
        p.add("small", "Gallery postpaid  |  Vi Max family plan")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([1675.5, 1702.0, 1738.5, 1781.0, 1809.5]))
        p = phone(rng, font, k, ["", "IndianOil ONE"], dark=False, buttons=("Track",))
        band(p, (236, 108, 28))
        app_head(p, "IndianOil ONE", "Commercial 19 kg LPG")
        h287.tile(p, status)
        p.add("center", "Refill booked and paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", "Indane", merchant="Indane")
        p.add("gap")
        bid = digits(rng, 10)
        grid(
            p,
            "io",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            None,
            [
                (["Booking ID", bid], {"txn": (ORDER_RANK, bid)}),
                (["Consumer No.", digits(rng, 7)], {}),
                (["Distributor", "Kutch Gas Agency"], {}),
                (["Payment Mode", "UPI"], {"method": "UPI"}),
                (["UPI Ref", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Paid on", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([299, 349, 399, 450, 525]))
        p = phone(rng, font, k, ["", "GTPL"], dark=False, buttons=("Check status",))
        band(p, (22, 70, 150))
        bar(p, "GTPL", "GTPL Hathway Ltd.", merchant="GTPL Hathway Ltd.")
        p.add("center", "Recharge pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        h294.progress(p, rng.uniform(0.5, 0.75), status)
        boxed(
            p,
            "We are waiting for the confirmation from your bank. Your channels will stay on meanwhile.",
            "warn",
        )
        tid = f"GT{digits(rng, 12)}"
        dots(p, "STB No.", digits(rng, 12), at=0.4)
        dots(p, "Pack", "Gujarati Super HD", at=0.4)
        dots(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
        dots(p, "Payment mode", "UPI", at=0.4, method="UPI")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([699, 999, 1178.82, 1499, 2358.82]))
        p = mail_page(
            rng,
            font,
            "JioFiber <jiofiber.payments@jio.com>",
            ["Payment received for your JioFiber account", "Your JioFiber payment receipt"],
        )
        p.part = "head"
        name = pick(p, "title", ["Reliance Jio Infocomm Ltd.", "Reliance Jio"])
        top(p, name, merchant=name)
        p.add("small", "JioFiber  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        prose(
            p,
            f"We have received your payment of {rs(j.amount)} for your JioFiber account. Thank you!",
            status=status,
        )
        p.add("gap")
        rno = f"RJ{j.date:%y%m}{digits(rng, 9)}"
        tid = f"JF{digits(rng, 14)}"
        grid(
            p,
            "jf",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Account No.", digits(rng, 12)], {}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment mode", f"Credit Card XX{digits(rng, 4)}"], {"method": "card"}),
                (["Payment date", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
        )
        p.add("small", "Studio broadband  |  Nirona")
        return p.done()
    if k == 5:
        p = sheet(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(236, 244, 236), (244, 246, 230)])
        p.part = "head"
        top(p, TANKER, merchant=TANKER)
        p.add("small", f"Water tankers  |  Nakhatrana  |  Mo. 98{digits(rng, 8)}")
        guj(p, "પાણી ટેન્કર હિસાબ", bold=True)
        p.add("rule")
        p.part = "body"
        month_ = j.date.replace(day=1) - dt.timedelta(days=1)
        guj_hand(p, f"માસ  {GU_MONTHS[month_.month - 1]} {month_.year}")
        start = len(p.rows)
        total_ = 0
        for text, lo, hi, rate in rng.sample(
            [("ટેન્કર 5000 લિટર", 3, 9, 600), ("ટેન્કર 10000 લિટર", 1, 5, 1100), ("ટાંકી સફાઈ", 1, 2, 350)], 2
        ):
            n = rng.randrange(lo, hi)
            total_ += n * rate
            guj_hand(p, f"{text} {n} x {rate}", figure=str(n * rate))
        j.amount = float(total_)
        guj_hand(p, "કુલ", figure=f"{total_}/-", amount=j.amount)
        ledger(p, start, [0.76])
        p.add("gap")
        guj_hand(
            p,
            f"રોકડા મળ્યા  તા. {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}",
            date=j.date,
            method="cash",
            status=status,
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = browser_page(rng, font, "fastag.onlinesbi.sbi/recharge/status")
        p.part = "head"
        top(p, "SBI FASTag", merchant="SBI FASTag")
        p.add("small", "State Bank of India  |  Tag recharge")
        p.add("rule")
        p.part = "body"
        h294.octa(p, status)
        p.add("center", "Recharge failed", status=status)
        boxed(
            p,
            "Your card's bank did not authorise the payment. The tag has not been recharged; please try again.",
            "error",
        )
        tref = f"SBIFT{j.date:%y%m%d}{digits(rng, 7)}"
        gutter(p, "fs", "Vehicle No.", "GJ12 BX 4417", at=0.4)
        gutter(p, "fs", "Tag ID", f"34161FA82032{code(rng, 8, HEXU)}", at=0.4)
        gutter(p, "fs", "Amount", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "fs", "Transaction Ref. No.", tref, at=0.4, txn=(TXN_RANK, tref))
        gutter(p, "fs", "Mode", "Debit Card", at=0.4, method="card")
        gutter(
            p,
            "fs",
            "Attempted on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)),
            at=0.4,
            date=j.date,
        )
        return p.done()
    tid = f"PG{digits(rng, 12)}"
    text = (
        f"Dear Consumer, payment of Rs.{num(j.amount, 'indian')} for Consumer No. {digits(rng, 11)} received on "
        f"{when(j.date, '%d/%m/%Y')} via UPI. Txn ID {tid}. -PGVCL"
    )
    p = sms_page(rng, font, "VK-PGVCLT", text, j.date)
    p.add(
        "left",
        text,
        merchant="PGVCL",
        amount=j.amount,
        date=j.date,
        method="UPI",
        status=status,
        txn=(TXN_RANK, tid),
    )
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Gujarat Gramin Bank", "BX-GGBANK", "AMBIKA COLOUR STORE", "UPI", "gujarati"),
    ("The Kutch District Central Co-operative Bank", "VM-KDCCBK", "BHUJODI KALA COTTON W", "RTGS", "sms"),
    ("Bank of Baroda", "", "SHREE UMIYA CASTOR IND", "IMPS", "headsup"),
    ("State Bank of India", "VK-SBIINB", "MAHAVIR CLOTH STORES", "NEFT", "sms"),
    ("Punjab National Bank", "AX-PNBSMS", "BHUJ FRAME STUDIO", "IMPS", "sms"),
    ("Axis Bank", "", "GANDHIDHAM CORRUGATED", "NEFT", "mail"),
    ("Bank of Baroda", "", "SALEMAMAD LOHAR", "UPI", "passbook"),
    ("IDFC FIRST Bank", "", "SHIVAM LIGHTING SOLUTIO", "UPI", "lock"),
]
# the gallery's stock list on the phone under the bank's heads-up notification
STOCK = [
    ("Tree of life 12x18", "3 left"),
    ("Cushion cover 16", "14 left"),
    ("Table runner", "6 left"),
    ("Mandala 12x12", "5 left"),
    ("Miniature 6x6", "22 left"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: Gujarat Gramin Bank's SMS in Gujarati in a bubble of the
    phone's messages thread under its day divider ("પ્રિય ગ્રાહક, આપના ખાતા XX1234 માંથી તા. <dd-mm-yyyy> ના
    રોજ UPI દ્વારા <PAYEE> ને રૂ. x ચૂકવવામાં આવ્યા છે. સંદર્ભ નં. ... -ગુજરાત ગ્રામીણ બેંક" (Dear customer,
    Rs. x has been paid from your account XX1234 on <day> by UPI to <PAYEE>; reference No. ...)); SMS in the
    Kutch District Central Co-operative Bank's ("KDCC BANK: RTGS of Rs.x from A/c XX1234 to <PAYEE> dtd
    <dd.mm.yyyy> is under process. UTR ..."), SBI's ("Dear Customer, your A/c XXXXX1234 has been debited by
    Rs x on <dd/mm/yy> for NEFT to <PAYEE>. UTR ... -SBI") and Punjab National Bank's ("PNB: IMPS txn of
    Rs.x from A/c XX1234 to <PAYEE> on <dd-mm-yy> could not be processed. Amount, if debited, will be
    reversed. Ref ...") wordings; Bank of Baroda's heads-up notification over the gallery's stock list
    dimmed under it ("bob World . now"; "Rs.x debited from A/c XX1234 to <PAYEE> via IMPS. IMPS Ref ..."; no
    day); Axis Bank's mail of a debit (its sentence; Account, Date, Amount, Transaction Info
    "NEFT/<UTR>/<PAYEE>" in a table ruled on every side); Bank of Baroda's passbook page, its column heads
    ruled (Date | Particulars | Chq | Withdrawal | Deposit | Balance) and its entries in the passbook
    printer's face (the B/F line and the entry "UPI/<ref>/<PAYEE>");
    IDFC FIRST Bank's notification on the phone's lock screen under its hour ("Your A/C XXXX1234 is debited
    with INR x on <dd-Mon-yy> towards UPI to <PAYEE>."; no reference). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 205000, 480000, 0.6)
    if to == "SALEMAMAD LOHAR":
        j.amount = rupees(rng, 600, 6000, 0.8)
    if to == "BHUJ FRAME STUDIO":
        j.amount = rupees(rng, 1500, 16000, 0.8)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    ref = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if ref:
        facts["txn"] = (UTR_RANK, ref)
    if frame == "sms":
        if bank.startswith("The Kutch"):
            text = (
                f"KDCC BANK: RTGS of Rs.{amt} from A/c XX{tail4} to {to} dtd {when(j.date, '%d.%m.%Y')} is under "
                f"process. UTR {ref}."
            )
        elif bank == "State Bank of India":
            text = (
                f"Dear Customer, your A/c XXXXX{tail4} has been debited by Rs {amt} on {when(j.date, '%d/%m/%y')} "
                f"for NEFT to {to}. UTR {ref}. -SBI"
            )
        else:
            text = (
                f"PNB: IMPS txn of Rs.{amt} from A/c XX{tail4} to {to} on {when(j.date, '%d-%m-%y')} could not be "
                f"processed. Amount, if debited, will be reversed. Ref {ref}"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "gujarati":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 1")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"પ્રિય ગ્રાહક, આપના ખાતા XX{tail4} માંથી તા. {when(j.date, '%d-%m-%Y')} ના રોજ UPI દ્વારા {to} ને રૂ. "
            f"{amt} ચૂકવવામાં આવ્યા છે. સંદર્ભ નં. {ref}. -ગુજરાત ગ્રામીણ બેંક"
        )
        gsms(p, text, **facts)
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    if frame == "headsup":
        p = phone(rng, font, k, ["", "Stock"], dark=False, buttons=())
        p.part = "body"
        c = card_open(p)
        p.add("small", f"bob World {sign(font, chr(0x2022), '|')} now")
        prose(p, f"Rs.{amt} debited from A/c XX{tail4} to {to} via IMPS. IMPS Ref {ref}.", **facts)
        card_close(p, c)
        p.add("gap")
        h294.banner_veil(p, len(p.rows))
        p.add("title", GALLERY)
        p.add("small", "Stock  |  Nirona")
        p.add("rule")
        for item, left in rng.sample(STOCK, 3):
            p.pair(item, left)
        p.add("gap")
        p.add("small", "Last synced an hour ago")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "Axis Bank <alerts@axisbank.com>",
            ["Debit transaction alert", "Transaction alert on your account"],
        )
        p.part = "head"
        top(p, "Axis Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        prose(p, f"INR {amt} has been debited from your account. The details are below.", status=status)
        p.add("gap")
        info = f"NEFT/{ref}/{to}"
        grid(
            p,
            "axm",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Account", f"XX{tail4}"], {}),
                (["Date", when(j.date, rng.choice(["%d-%m-%Y", "%d %b %Y"]))], {"date": j.date}),
                (["Amount", f"INR {amt}"], {"amount": j.amount}),
                (["Transaction Info", info], {"merchant": to, "txn": (UTR_RANK, ref), "method": method}),
            ],
        )
        p.add("gap")
        p.part = "foot"
        p.add("small", "Axis Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "passbook":
        p = paper_page(rng, font, [840, 880])
        p.style["paper"] = rng.choice([(236, 242, 248), (242, 246, 238)])
        p.part = "head"
        top(p, pick(p, "title", ["Bank of Baroda", "BANK OF BARODA"]))
        p.add("small", f"Nakhatrana Branch  |  Current Account No. {digits(rng, 14)}  |  {FIRM}")
        p.add("gap")
        p.part = "body"
        spec = [
            (0.0, 0.12, "l"),
            (0.12, 0.52, "l"),
            (0.52, 0.57, "l"),
            (0.57, 0.72, "r"),
            (0.72, 0.86, "r"),
            (0.86, 1.0, "r"),
        ]
        grid(
            p,
            "pbk",
            spec,
            ["Date", "Particulars", "Chq", "Withdrawal", "Deposit", "Balance"],
            [],
            tint=(214, 226, 240),
        )
        type_of(p)
        h271.ext(p)["tt_scale"] = 0.82
        opening = rupees(rng, j.amount + 20000, j.amount + 600000, 0.0)
        before = j.date - dt.timedelta(days=rng.randrange(2, 9))
        h271.passbook_line(p, [when(before, "%d-%m-%y"), "B/F", "", "", "", f"{opening:.2f}"], spec)
        h271.passbook_line(
            p,
            [
                when(j.date, "%d-%m-%y"),
                f"UPI/{ref}/{to}",
                "",
                f"{j.amount:.2f}",
                "",
                f"{opening - j.amount:.2f}",
            ],
            spec,
            **facts,
        )
        p.add("gap")
        p.add("small", "Please check the entries and the balance before leaving the counter.")
        return p.done()
    p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([21, 22]))
    p.part = "body"
    p.add("gap")
    h287.clock(p, hhmm(rng, twelve=False))
    p.add("gap")
    c = card_open(p)
    p.add("small", f"IDFC FIRST Bank {sign(font, chr(0x2022), '|')} 2m")
    prose(
        p,
        f"Your A/C XXXX{tail4} is debited with INR {amt} on {when(j.date, '%d-%b-%y')} towards UPI to {to}.",
        **facts,
    )
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("small", f"WhatsApp {sign(font, chr(0x2022), '|')} 9m")
    p.add("left", "Hawa: runner border done, drying now")
    card_close(p, c)
    p.add("gap")
    p.add("gap")
    p.add("small", "Swipe up to unlock")
    return p.done()

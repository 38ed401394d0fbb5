"""The twelve heldout304 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Navalgund durrie weavers' women's co-operative's year of 2026 in Dharwad
district, Karnataka (Navalgund Mahila Jamkhana Sahakara Sangha Ltd., the women of Navalgund who weave cotton
jamkhanas and durries weft-faced on pit looms in the society's hall, Nekarara Bhavana, and at home, with their
stepped diamonds, hamsas, lattices and borders in madder red, indigo and turmeric yellow; its shop on Koppikar
Road, Hubballi, Navalgund Jamkhana Mane; its stall at the Krishi Mela of the agricultural university at
Dharwad in September; Cauvery's orders and a Math's, hotels', an IT firm's, a wholesaler's, an interior
studio's and an architect's; the web shop navalgunddurries.in and GoCoop; rug shops and galleries abroad),
told by the proofs of payment it receives (buyers' Google Pay in Kannada, Kotak811, MobiKwik, Tata Neu, Groww,
FamApp and IDFC FIRST screens and BharatPe for Business on the shop's phone; Cauvery's advice, the Math's
typed letter, Oracle Fusion, HSBCnet, Indus Direct, Google Chat, Marg ERP and an architect's mail; CommBank,
Mizuho, UBS, SEB, Danske Bank, Mashreq, NBK and Citi; its own tax invoice, PayU, an advance receipt in Kannada
fields, Shopify, Stripe, the Mela stall's Vyapar roll, GoCoop's payout and OkCredit) and those it makes (a
spinning mill's invoice, a loom carpenter's chit in a Kannada hand, VRL Logistics, udaan, a dye house's Swipe
invoice, Packman, a dyer's bill under its Urdu name and a yarn shop's WhatsApp Business chat; InstaBIZ, PNB
ONE, the Dharwad DCC Bank's form, AU 0101, IOB Mobile, Karnataka Grameena Bank, SIB Mirror+ and IndusMobile; a
weaving account, Keka, JioFinance, Jupiter, a wage receipt signed by a thumb, Freecharge, a cash voucher and
super.money; HDMC, Hubballi One, the GST portal, the Labour Welfare Board, KSPCB, the KSP app, the Town
Municipal Council and Khajane-II; eight insurers; cards on the shop's and the stall's terminals, at a hotel
and a filling station, in IndusInd Bank's SMS, on IDFC FIRST's app, on a restaurant's DotPe bill and for a
Star Air flight; HESCOM, MyJio, Dish TV, HDMC's water, an IDFC FIRST FASTag, an HP Gas cash memo, HESCOM's SMS
and Vi; the banks' SMS, a Kannada SMS, a mail, WhatsApp banking and Truecaller). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the units' lines, salutations, Kannada and Urdu lines (but a bank's SMS in Kannada, whose
figures and payee carry the facts, a Kannada field's value and a Kannada hand's sums and "received"), items,
pieces, square feet, kilograms, rates, GST, TDS, fees, commissions, charges, balances, order values, advances
still due, sums insured, base fares, periods, months, bill months, pay days, years, invoice, bill, journey and
joining days, account, policy, consumer, RR, VC, tag, vehicle, application, establishment, property, licence,
employee, certificate, LR and card numbers, a letter's Ref. or No., a challan's DDO, PAN, GSTIN, IFSC,
SWIFT/BIC codes, UPI IDs, bills and orders named on an advice or a payout, other messages and chats, durries,
woven bands, yarn ends, the jamkhana a page lies on and the panja beside it, stages, progress bars, notices,
tiles, badges, stamps, seals, a watermark, a highlighter, ticks, thumb impressions, signatures and initials
carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page``
and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's;
``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and
``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``zebra``,
``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``bars``, ``comb``, ``ticks``, a roll's torn edges),
heldout271's (``grid``, ``gkv``, ``colkv``, ``dots``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``step``,
``rstamp``, rounded cards), heldout273's (``hcells``, ``ledger``, ``panel``, ``pill``, ``track``, ``field``,
``tick``, ``avatar``, ``bubble``, ``hilite``, ``watermark``), heldout275's (``sig``, ``divider``, ``gutter``,
``sicon``, ``ribbon``, ``tabs``, ``folds``, ``gcard_open``, ``inrow``), heldout277's (``bigsum``, its whole
units cut from the sum, never rounded up, and ``urdu``), heldout279's (``phone``, ``band``, ``app_head``,
``pick``, ``clip``, ``at_hour``, ``two_up``, ``spinner``, ``wave``, ``redno``, a ticket's card and tear),
heldout285's Kannada runs and their drawing (``runs``, ``kwidth``, ``draw_kn``), heldout287's (``notice``,
``tile``, ``burst``, ``oval``, ``vlab``, ``tiles2``, ``copyrow``), heldout289's (``chip``, ``steps``) and
heldout294's (``octa``, ``progress``), written in this set's pens and printers' faces. ``compose`` is
heldout158's (as heldout269's to heldout303's), each page's rows drawn by heldout294's ``_render`` (and
heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's beneath it) and then by this
set's own ``_render`` in the lines it leaves for them: Kannada lines, a form's row of a shaded cell with a
label's Kannada over its English beside the value's cell, a receipt's English labels with their Kannada in
brackets and dot leaders, a Kannada hand (Noto Serif Kannada leaning as a pen leans it, its figures in an
upright Noto Serif); a Navalgund durrie as a letterhead's emblem (woven out pick by pick: its end stripes,
stepped teeth along its edges, two hamsas facing a stepped tree or a lattice of stepped diamonds, its ribs,
its knotted fringe); a strip of durrie weave as a divider (stripes and interlocking stepped teeth in two
colours); cut yarn ends and cotton lint in a page's margins; a left thumb's impression in a stamp pad's violet
ink in a ruled box; and, after the frame, the jamkhana a page is photographed lying on (its broad stripes and
rows of stepped diamonds, its ribs, its fringe on the red-oxide floor, a weaver's panja beside the page, the
page's shadow, the page a little askew). The pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets import heldout285_families as h285
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
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv, grid, tt
from bench.receipt_sets.heldout273_families import field, hcells, ledger, panel, pill, track
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
# the hands that write on this set's papers: italics and obliques in another mix than heldout302's and
# heldout303's
PENS = [
    "noto/NotoSans-Italic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
]
INKS = [(28, 36, 118), (20, 58, 98), (48, 40, 44), (70, 28, 96), (110, 32, 30)]
# the faces a page's fixed-width lines are printed in (a billing program's roll, a kiosk's, a bank's)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# Kannada (heldout285's and heldout271's faces) and the upright face a Kannada hand writes its figures in
KN = "noto/NotoSansKannada-Regular.ttf"
KN_BOLD = "noto/NotoSansKannada-Bold.ttf"
KN_SERIF = "noto/NotoSerifKannada-Regular.ttf"
KN_SERIF_BOLD = "noto/NotoSerifKannada-Bold.ttf"
KN_FIGURES = "noto/NotoSerif-Regular.ttf"
# the yarns of a Navalgund durrie: madder red, indigo, turmeric yellow, the cotton's own ivory, leaf green,
# a dark brown for outlines
RED = (170, 42, 38)
INDIGO = (36, 48, 104)
TURMERIC = (216, 162, 40)
IVORY = (238, 230, 208)
LEAF = (54, 112, 72)
BROWN = (76, 46, 30)
PALETTES = [
    (RED, INDIGO, TURMERIC, IVORY),
    (INDIGO, RED, IVORY, TURMERIC),
    (TURMERIC, RED, INDIGO, IVORY),
    (LEAF, RED, TURMERIC, IVORY),
]
KN_MONTHS = [
    "ಜನವರಿ",
    "ಫೆಬ್ರವರಿ",
    "ಮಾರ್ಚ್",
    "ಏಪ್ರಿಲ್",
    "ಮೇ",
    "ಜೂನ್",
    "ಜುಲೈ",
    "ಆಗಸ್ಟ್",
    "ಸೆಪ್ಟೆಂಬರ್",
    "ಅಕ್ಟೋಬರ್",
    "ನವೆಂಬರ್",
    "ಡಿಸೆಂಬರ್",
]

# ---------------------------------------------------------------- the co-operative

FIRM = "Navalgund Mahila Jamkhana Sahakara Sangha Ltd."
FIRM_CAPS = FIRM.upper()
FIRM_SHORT = "Navalgund Mahila Jamkhana Sangha"
FIRM_KN = "ನವಲಗುಂದ ಮಹಿಳಾ ಜಮಖಾನ ಸಹಕಾರ ಸಂಘ ನಿಯಮಿತ"
# what the name means, printed under it on the society's letterheads
FIRM_GLOSS = "Navalgund Women's Durrie Weavers' Co-operative Society Ltd."
# the society's name as a bank's beneficiary field cuts it
CUT = "NAVALGUND MAHILA JAMKHANA"
SHOP = "Navalgund Jamkhana Mane"
SHOP_CAPS = SHOP.upper()
SHOP_KN = "ನವಲಗುಂದ ಜಮಖಾನ ಮನೆ"
SHOP_AT = "14, Koppikar Road, Hubballi - 580020"
HALL = "Nekarara Bhavana"
ADDRESS = "Nekarara Bhavana, Kalmath Oni, Navalgund, Dharwad Dist. - 582208"
TOWN = "Navalgund, Dharwad Dist. - 582208"
WEB = "navalgunddurries.in"
GSTIN = "29AAKAN7314R1ZP"
PAN = "AAKAN7314R"
REGN = "DRD/RCS/WVR/412/2009-10"
PRESIDENT = "Rehana Begum Nadaf"
SECRETARY = "Gangavva Hosamani"
ACCOUNTANT = "Sunanda Kulkarni"
EXPORTS = "Afreen Nadaf"
OUR_BANK = "Karnataka Grameena Bank, Navalgund"
WIRE_BANK = "BANK OF INDIA, HUBBALLI MAIN BRANCH, INDIA"
BIC = "BKIDINBBHBL"
# the Krishi Mela of the University of Agricultural Sciences, Dharwad (the society's stall among the crafts,
# 19 to 22 September 2026); Ugadi and Ramzan Eid in March 2026, before which the weavers' festival advance is
# paid
KRISHI_MELA = dt.date(2026, 9, 19)
MELA_DAYS = 4
STALL = "Stall C-27, Krishi Mela, UAS Campus, Dharwad"
UGADI = dt.date(2026, 3, 19)
IFSC = {
    "Karnataka Grameena Bank": "KVGB",
    "State Bank of India": "SBIN",
    "Bank of India": "BKID",
    "ICICI Bank": "ICIC",
    "Punjab National Bank": "PUNB",
    "The Dharwad District Central Co-operative Bank": "DCCB",
    "AU Small Finance Bank": "AUBL",
    "Indian Overseas Bank": "IOBA",
    "South Indian Bank": "SIBL",
    "IndusInd Bank": "INDB",
    "IDBI Bank": "IBKL",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Canara Bank": "CNRB",
    "Union Bank of India": "UBIN",
    "Federal Bank": "FDRL",
    "Kotak Mahindra Bank": "KKBK",
    "Yes Bank": "YESB",
}
# the society's weaving sold: name, HSN, price each (low, high)
WORKS = [
    ("Navalgund durrie, 2 x 3 ft, bird motif", "5702", 650, 1400),
    ("Navalgund durrie, 3 x 5 ft, jali", "5702", 1800, 3600),
    ("Navalgund durrie, 4 x 6 ft, hamsa border", "5702", 3200, 6600),
    ("Jamkhana, 6 x 9 ft, stepped diamonds", "5702", 7800, 16500),
    ("Prayer mat (janamaz), cotton durrie", "5702", 450, 950),
    ("Table runner, durrie weave, 14 x 72 in", "6304", 380, 900),
    ("Cushion cover, durrie, 16 in", "6304", 280, 650),
    ("Wall hanging, elephant and peacock", "5805", 1200, 3200),
    ("Yoga mat, cotton durrie, 2 x 6 ft", "5702", 750, 1500),
    ("Stair runner, durrie, 2 x 10 ft", "5702", 2800, 5600),
]
# the short names a bill pad, a roll and a hand write
SHORT = {
    "Navalgund durrie, 2 x 3 ft, bird motif": "Durrie 2x3 bird",
    "Navalgund durrie, 3 x 5 ft, jali": "Durrie 3x5 jali",
    "Navalgund durrie, 4 x 6 ft, hamsa border": "Durrie 4x6 hamsa",
    "Jamkhana, 6 x 9 ft, stepped diamonds": "Jamkhana 6x9",
    "Prayer mat (janamaz), cotton durrie": "Janamaz",
    "Table runner, durrie weave, 14 x 72 in": "Table runner",
    "Cushion cover, durrie, 16 in": "Cushion cover 16in",
    "Wall hanging, elephant and peacock": "Wall hanging",
    "Yoga mat, cotton durrie, 2 x 6 ft": "Yoga mat 2x6",
    "Stair runner, durrie, 2 x 10 ft": "Stair runner 2x10",
}
CUSTOMERS = [
    "Mrs. Vidya Deshpande",
    "Mr. Irfan Dharwadkar",
    "Ms. Pooja Hegde",
    "Mr. Santosh Kulkarni",
    "Dr. Meera Joshi",
    "Mr. Anand Shettar",
    "Mrs. Nasreen Bepari",
]
# the society's weavers (the women of Navalgund who weave the durries on pit looms in the hall and at home),
# its dyer and the shop's staff
WEAVERS = [
    "Husenbi Mulla",
    "Shamshad Shaikh",
    "Yallavva Kalghatgi",
    "Fatima Nadaf",
    "Shantavva Kurahatti",
    "Mehaboobi Kittur",
    "Renuka Badiger",
    "Savitri Hiremath",
]
WEAVERS_KN = {
    "Husenbi Mulla": "ಹುಸೇನಬಿ ಮುಲ್ಲಾ",
    "Shamshad Shaikh": "ಶಂಶಾದ ಶೇಖ",
    "Yallavva Kalghatgi": "ಯಲ್ಲವ್ವ ಕಲಘಟಗಿ",
    "Fatima Nadaf": "ಫಾತಿಮಾ ನದಾಫ",
    "Shantavva Kurahatti": "ಶಾಂತವ್ವ ಕುರಹಟ್ಟಿ",
    "Mehaboobi Kittur": "ಮೆಹಬೂಬಿ ಕಿತ್ತೂರ",
    "Renuka Badiger": "ರೇಣುಕಾ ಬಡಿಗೇರ",
    "Savitri Hiremath": "ಸಾವಿತ್ರಿ ಹಿರೇಮಠ",
}
STAFF = ["Prakash Angadi", "Kaveri Patil"]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """Durries sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = 1 if lo >= 7000 else rng.randrange(1, 5)
        if "Cushion" in name or "janamaz" in name or "Table" in name:
            q = rng.randrange(4, 25)
        ceiling = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10 if hi < 3000 else 50))))
    return out


def on_day(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment moved to ``day`` (the Krishi Mela's, before Ugadi), its UPI / card reference made again."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr(rng: random.Random, j: Job, bank: str, way: str) -> str:
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


def gstin(rng: random.Random, state: str = "29", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def words(value: float) -> str:
    """``value`` in words the Indian way, without heldout82's "Rupees" before it and "Only" after it."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_of(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def kn_day(day: dt.date) -> str:
    """A day as an app set in Kannada prints it: its month's name in Kannada, the day and year in figures."""
    return f"{day.day} {KN_MONTHS[day.month - 1]} {day.year}"


def invoices(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The society's invoices one payment settles: number, day (before the payment), sum; they add up to
    it."""
    out, left = [], j.amount
    cuts = sorted(rng.uniform(0.2, 0.8) for _ in range(n - 1))
    shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    for i, share in enumerate(shares):
        v = left if i == len(shares) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        day = earlier(rng, j, 8, 75)
        out.append((f"{prefix}/{fy(day)}/{rng.randrange(12, 640):03d}", day, v))
    return out


def names_for(rng: random.Random) -> list[str]:
    """The society's name as a bank's or a payer's page may print it, the page's own first and shorter ones
    after it (for ``first_fits``)."""
    return [rng.choice([FIRM_CAPS, FIRM, FIRM_SHORT.upper(), CUT]), FIRM_SHORT.upper(), CUT]


def rupee(font: str) -> str:
    """The rupee's sign where the face and its bold draw it, else Rs."""
    return "\u20b9" if glyphs(font, "\u20b9") and glyphs(bold_of(font), "\u20b9") else "Rs."


def dots2(font: str) -> str:
    return sign(font, "\u2022", "*") * 2


def fits(p: Screen, text: str, scale: float = 1.0, share: float = 1.0, *, bold: bool = False) -> bool:
    face = load_font(bold_of(p.font) if bold else p.font, int(p.style["size"] * scale))
    return face.getlength(text) <= room_of(p) * share


def first_fits(p: Screen, names: list[str], scale: float = 1.0, share: float = 1.0, *, bold: bool = False):
    """The first of ``names`` that fits ``share`` of the room at ``scale`` (the last where none does)."""
    return next((n for n in names if fits(p, n, scale, share, bold=bold)), names[-1])


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h304", {"marks": {}, "decor": [], "frame": None})


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


def boxes_by_pen(p: Screen) -> None:
    """heldout269's pen slot (its tick boxes and boxed fields write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = pen(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


def mono_face(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def leaf(rng: random.Random, font: str, widths: list[int]) -> Screen:
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


def write(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    pen(p)
    h271.hand(p, text, align=align, **facts)


def blank(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    pen(p)
    h271.fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    mono_face(p)
    tt(p, text, scale=scale, **facts)


def broken(p: Screen, text: str, scale: float = 1.0, share: float = 0.97) -> list[str]:
    """``text`` broken into lines that fit ``share`` of the room in the page's face."""
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
    for n_, line in enumerate(broken(p, text, scale)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def small_left(p: Screen, text: str, **facts) -> None:
    """A line in small letters in the label's ink set to the left (a note, a second line under a name), in as
    many lines as it needs (the facts on the first)."""
    h269.kind(p, "sl04", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["sl04"] = 0.8
    for n_, line in enumerate(broken(p, text, 0.8, 0.95)):
        h269.row(p, "sl04", line, **(facts if n_ == 0 else {}))


def caption(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "cp04", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["cp04"] = 0.76
    h269.row(p, "cp04", text, **facts)


def notice_box(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


# ---------------------------------------------------------------- Kannada


def kn_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    """Whether every Kannada run of ``text`` is drawn by Noto's Kannada face and every other by ``latin``."""
    for is_kn, part in h285.runs(text):
        face = (KN_SERIF_BOLD if bold else KN_SERIF) if serif else (KN_BOLD if bold else KN)
        face = face if is_kn else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def kn_width(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    return h285.kwidth(text, latin, size, bold=bold, serif=serif)


def kannada(
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
    """A line in Kannada (Navalgund's language: a name over its English, a heading, a bank's message, an app
    set in Kannada), its Latin runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert kn_ok(text, p.font, bold=bold, serif=serif), (p.font, text)
    assert kn_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t04kn", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def kannada_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Kannada sentence set left in as many lines as it needs within ``share`` of the room (the facts on its
    first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and kn_width(f"{line} {word}", p.font, size) > room:
            kannada(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    kannada(p, line, scale=scale, align="l", **(facts if first else {}))


def kbox(
    p: Screen,
    label_kn: str,
    label_en: str,
    value: str,
    *,
    at: float = 0.4,
    by_hand: bool = False,
    **facts,
) -> None:
    """A form's row of two cells ruled round: the label's cell shaded, its Kannada in bold over its English in
    small letters; the value in the other cell, printed, or written by hand on a dotted line (``by_hand``);
    two lines high (rows one under another share their rules)."""
    size = p.style["size"]
    room = room_of(p)
    assert kn_ok(label_kn, p.font, bold=True) and glyphs(p.font, label_en), (label_kn, label_en)
    need = max(
        kn_width(label_kn, p.font, int(size * 0.9), bold=True),
        load_font(p.font, int(size * 0.7)).getlength(label_en),
    )
    assert need + 16 <= at * room, (label_kn, label_en, need, at * room)
    vfont = pen(p) if by_hand else bold_of(p.font)
    assert glyphs(vfont, value), (vfont, value)
    vface = load_font(vfont, int(size * (1.06 if by_hand else 0.96)))
    assert vface.getlength(value) + 20 <= (1 - at) * room, (value, vface.getlength(value))
    put(p, "t04kb", label_kn, label_en, value, mark_=[at, by_hand], **facts)
    p.add("gap")


def kdots(p: Screen, english: str, kannada_: str, value: str, *, bold: bool = False, **facts) -> None:
    """A receipt's line: the English label with its Kannada after it in brackets, dot leaders, and the value
    set to the right (in bold where ``bold``)."""
    size = p.style["size"]
    label_ = f"{english} ({kannada_})"
    vfont = bold_of(p.font) if bold else p.font
    assert kn_ok(label_, p.font) and glyphs(vfont, value), (label_, value)
    need = kn_width(label_, p.font, size) + load_font(vfont, size).getlength(value) + 40
    assert need <= room_of(p), (label_, value)
    put(p, "t04kd", label_, value, mark_=[bold], **facts)


def khand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.2, **facts) -> None:
    """A line written by hand in Kannada: Noto Serif Kannada for its letters and an upright Noto Serif for its
    figures and Latin letters, leaning as a hand leans, in the page's ink; ``figure`` written at the right end
    of the line (a sum in a bill's column)."""
    pen(p)
    size = int(p.style["size"] * scale)
    assert kn_ok(text + figure, KN_FIGURES, serif=True), text
    need = kn_width(text, KN_FIGURES, size, serif=True) + size * 0.5
    if figure:
        need += kn_width(figure, KN_FIGURES, size, serif=True) + size * 1.4
    assert need <= room_of(p), (text, figure)
    put(p, "t04kh", text, figure, mark_=[align, scale], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def durrie(p: Screen) -> None:
    """A Navalgund durrie as a letterhead's emblem: a small rug woven weft-faced (its fine ribs showing),
    bands of stripes at its two ends, a border of stepped teeth along its edges, and in its field two
    hamsas facing a stepped tree or a lattice of stepped diamonds (jali), built of square picks as the pit
    loom builds them, the warp's white fringe knotted at its ends; centred, three lines high."""
    put(p, "t04dm", "", mark_=[p.rng.randrange(len(PALETTES)), p.rng.randrange(2), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def woven_band(p: Screen) -> None:
    """A strip of durrie weave as a divider across the page: narrow stripes of two colours along its edges and
    a row of stepped triangles, each colour's teeth fitting into the other's, along its middle, its ribs
    showing; one line high."""
    put(p, "t04wb", "", mark_=[p.rng.randrange(len(PALETTES)), p.rng.randrange(10**6)])


def yarn_ends(p: Screen) -> None:
    """Cut ends of dyed yarn and tufts of cotton lint from the looms lying in the page's margins."""
    ext(p)["decor"].append(["yarn", p.rng.randrange(10**6)])


def thumbprint(p: Screen, caption: str) -> None:
    """A left thumb's impression in a stamp pad's violet ink (its loops of ridges, pressed a little unevenly)
    in a ruled box at the right, its caption under the box; four lines high (the rows beside it left
    empty)."""
    assert glyphs(p.font, caption), caption
    put(p, "t04tp", caption, mark_=[p.rng.randrange(10**6), p.rng.uniform(-20, 20)])
    for _ in range(3):
        p.add("gap")


def on_jamkhana(p: Screen) -> None:
    """The page photographed lying on a finished jamkhana spread on the hall's red-oxide floor: the rug's
    broad stripes and its rows of stepped diamonds, its ribs, the warp's knotted fringe on the floor at its
    foot, a weaver's panja (the claw beater that packs the weft) lying beside the page, the page's shadow,
    the page a little askew."""
    ext(p)["frame"] = ["jamkhana", p.rng.randrange(len(PALETTES)), p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


# a hamsa facing right, one pick a character (X the bird, o its eye)
HAMSA = [
    "......XX...",
    ".....XXXX..",
    ".....XoXXX.",
    "......XXX..",
    "......XX...",
    ".XX..XXX...",
    "XXXXXXXXX..",
    ".XXXXXXXXX.",
    "..XXXXXXX..",
    "....X..X...",
]


def _ribs(rgb: np.ndarray, seed: int, strength: float = 0.09) -> np.ndarray:
    """A weft-faced weave's ribs over ``rgb``: every other column of pixels a shade darker, the picks a little
    uneven."""
    srng = np.random.default_rng(seed)
    h, w, _ = rgb.shape
    shade = np.ones((h, w), dtype=np.float32)
    shade[:, 1::2] -= strength
    shade *= 1.0 + srng.normal(0.0, 0.025, size=(h, 1)).astype(np.float32)
    return np.clip(rgb * shade[..., None], 0, 255)


def _picks(cells: np.ndarray, palette, c: int) -> np.ndarray:
    """A grid of colour indices woven out: each cell ``c`` pixels square in its palette colour."""
    colours = np.array(palette, dtype=np.float32)
    return np.repeat(np.repeat(colours[cells], c, axis=0), c, axis=1)


def _rug_cells(cols_: int, rows_: int, motif: int, palette_n: int) -> np.ndarray:
    """The rug's design on its grid of picks: end stripes, stepped teeth along its edges, the field's motif
    (0 two hamsas facing a stepped tree, 1 a lattice of stepped diamonds)."""
    ground, figure, accent, light = 0, 1, 2, 3
    cells = np.full((rows_, cols_), ground, dtype=np.int64)
    # the end stripes
    for x0, colour in [(0, figure), (2, light), (3, accent), (5, light)]:
        cells[:, x0 : x0 + 2] = colour
        cells[:, cols_ - x0 - 2 : cols_ - x0] = colour
    # stepped teeth along the top and the foot
    inner0, inner1 = 7, cols_ - 7
    for x in range(inner0, inner1):
        t = (x - inner0) % 6
        hgt = t if t <= 3 else 6 - t
        cells[0:2, x] = figure
        cells[2 : 2 + hgt, x] = figure
        cells[rows_ - 2 : rows_, x] = figure
        cells[rows_ - 2 - hgt : rows_ - 2, x] = figure
    fy0, fy1 = 7, rows_ - 7
    mid_x, mid_y = (inner0 + inner1) // 2, (fy0 + fy1) // 2
    if motif == 0:
        bird = [[ch for ch in row] for row in HAMSA]
        bh, bw = len(bird), len(bird[0])
        oy = mid_y - bh // 2
        for dy in range(bh):
            for dx in range(bw):
                ch = bird[dy][dx]
                if ch == ".":
                    continue
                colour = light if ch == "o" else figure
                xr = mid_x - 4 - bw + dx
                xl = mid_x + 4 + (bw - 1 - dx)
                for xx in (xr, xl):
                    if inner0 <= xx < inner1 and fy0 <= oy + dy < fy1:
                        cells[oy + dy, xx] = colour
        # the stepped tree between them
        for dy in range(-5, 6):
            half = 3 - abs(dy) // 2 if dy < 3 else 0
            for dx in range(-half, half + 1):
                yy, xx = mid_y + dy, mid_x + dx
                if fy0 <= yy < fy1:
                    cells[yy, xx] = accent
        cells[mid_y + 3 : mid_y + 6, mid_x] = figure
    else:
        r = max(3, (fy1 - fy0) // 2 - 1)
        step_ = 2 * r + 1
        start = mid_x - step_ * ((inner1 - inner0) // step_ // 2)
        for cx in range(start, inner1, step_):
            for dy in range(-r, r + 1):
                for dx in range(-r, r + 1):
                    d = abs(dx) + abs(dy)
                    yy, xx = mid_y + dy, cx + dx
                    if not (inner0 <= xx < inner1 and fy0 <= yy < fy1):
                        continue
                    if d == r or d == r - 1:
                        cells[yy, xx] = figure
                    elif d <= r // 3:
                        cells[yy, xx] = accent
                    elif d < r - 1 and (d % 2 == 0):
                        cells[yy, xx] = light
    return cells


def _durrie(page: Image.Image, cx: float, top_y: float, height: float, pal: int, motif: int, seed: int):
    """The emblem: the rug's picks woven out, its ribs, its fringe, its shadow on the paper."""
    palette = PALETTES[pal]
    c = max(2, int(round(height / 26)))
    rows_ = int(height / c)
    cols_ = int(rows_ * 1.75)
    cells = _rug_cells(cols_, rows_, motif, len(palette))
    rgb = _ribs(_picks(cells, palette, c), seed)
    rug = Image.fromarray(rgb.astype(np.uint8), "RGB")
    w, h = rug.size
    x0, y0 = int(cx - w / 2), int(top_y)
    draw = ImageDraw.Draw(page)
    # its shadow, then the rug
    shadow = Image.new("L", page.size, 0)
    ImageDraw.Draw(shadow).rectangle((x0 + 3, y0 + 4, x0 + w + 3, y0 + h + 4), fill=90)
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page.paste(Image.composite(Image.new("RGB", page.size, (120, 110, 96)), page, shadow))
    page.paste(rug, (x0, y0))
    draw = ImageDraw.Draw(page)
    # the fringe: the warp's ends knotted in bunches
    srng = random.Random(seed)
    for side, xe in ((-1, x0), (1, x0 + w)):
        yy = y0 + 2
        while yy < y0 + h - 2:
            ln = c * srng.uniform(2.2, 3.2)
            for k in range(3):
                draw.line(
                    (xe, yy + k, xe + side * ln, yy + k * 1.6 + srng.uniform(-1, 1)),
                    fill=_tint((150, 140, 120), IVORY, 0.25),
                    width=1,
                )
            draw.ellipse((xe + side * 2 - 1.5, yy - 0.5, xe + side * 2 + 1.5, yy + 2.5), fill=(226, 216, 192))
            yy += c * 1.6


def _band(page: Image.Image, x0: float, x1: float, y0: float, y1: float, pal: int, seed: int) -> None:
    """The divider: a strip of weave, stripes along its edges, stepped teeth of two colours along its
    middle."""
    a, b, cc, light = PALETTES[pal]
    palette = [a, b, cc, light]
    h = int(y1 - y0)
    c = max(2, h // 9)
    rows_ = max(9, h // c)
    cols_ = int((x1 - x0) // c)
    cells = np.full((rows_, cols_), 3, dtype=np.int64)
    cells[0, :] = 0
    cells[rows_ - 1, :] = 0
    cells[1, :] = 1
    cells[rows_ - 2, :] = 1
    mid0, mid1 = 2, rows_ - 2
    span = mid1 - mid0
    for x in range(cols_):
        t = x % (2 * span)
        hgt = t if t <= span else 2 * span - t
        cells[mid0 : mid0 + hgt, x] = 2
        cells[mid0 + hgt : mid1, x] = 0 if (x // (2 * span)) % 2 == 0 else 1
    rgb = _ribs(_picks(cells, palette, c), seed)
    art = Image.fromarray(rgb.astype(np.uint8), "RGB")
    page.paste(art, (int(x0 + ((x1 - x0) - art.width) / 2), int(y0)))


def _yarn(draw, width: int, height: int, seed: int) -> None:
    """Cut yarn ends curling in the margins and tufts of cotton lint."""
    srng = random.Random(seed)
    for _ in range(srng.randrange(3, 7)):
        left = srng.random() < 0.5
        x = srng.uniform(6, MARGIN - 10) if left else srng.uniform(width - MARGIN + 10, width - 6)
        y = srng.uniform(30, height - 30)
        colour = srng.choice([RED, INDIGO, TURMERIC, LEAF])
        if srng.random() < 0.7:
            pts = []
            a = srng.uniform(0, math.tau)
            ln = srng.uniform(16, 34)
            for t in range(16):
                u = t / 15
                pts.append(
                    (
                        x + math.cos(a) * ln * (u - 0.5) + math.sin(u * 7 + a) * 3,
                        y + math.sin(a) * ln * (u - 0.5) + math.cos(u * 6) * 3,
                    )
                )
            pts = [(min(max(px, 2), width - 2), min(max(py, 2), height - 2)) for px, py in pts]
            draw.line(pts, fill=colour, width=2)
            draw.line(pts[-3:], fill=_tint((255, 255, 255), colour, 0.4), width=1)
        else:
            for _ in range(srng.randrange(8, 16)):
                a = srng.uniform(0, math.tau)
                ln = srng.uniform(2, 6)
                draw.line(
                    (x, y, x + math.cos(a) * ln, y + math.sin(a) * ln),
                    fill=srng.choice([(214, 210, 200), (196, 192, 184), (228, 224, 214)]),
                    width=1,
                )


def _thumb(page: Image.Image, x0: float, y0: float, side: float, seed: int, angle: float) -> None:
    """The impression: loops of ridges round a core, a little broken where the thumb pressed unevenly, in a
    stamp pad's violet, multiplied into the paper."""
    srng = random.Random(seed)
    w, h = int(side * 0.62), int(side * 0.8)
    layer = Image.new("L", (w * 2, h * 2), 0)
    d = ImageDraw.Draw(layer)
    cx, cy = w, h * 1.05
    for n in range(1, 15):
        rx, ry = n * w * 0.068, n * h * 0.062
        start = srng.uniform(150, 200) if n < 5 else 0
        end = srng.uniform(340, 390) if n < 5 else 360
        for a0 in range(int(start), int(end), 14):
            if srng.random() < 0.12:
                continue
            d.arc((cx - rx, cy - ry * 1.2, cx + rx, cy + ry), a0, a0 + 12, fill=240, width=4)
    mask = Image.new("L", layer.size, 0)
    ImageDraw.Draw(mask).ellipse((cx - w * 0.9, cy - h * 1.0, cx + w * 0.9, cy + h * 0.86), fill=255)
    layer = Image.composite(layer, Image.new("L", layer.size, 0), mask.filter(ImageFilter.GaussianBlur(6)))
    layer = layer.rotate(angle, resample=Image.BICUBIC).resize((w, h), Image.LANCZOS)
    layer = layer.filter(ImageFilter.GaussianBlur(0.5)).point(lambda v: min(255, int(v * 1.1)))
    ink = Image.new("RGB", layer.size, (92, 60, 150))
    px, py = int(x0 + (side - w) / 2), int(y0 + (side - h) / 2)
    page.paste(ink, (px, py), layer)


def _kn_text(draw, xy, text: str, latin: str, size: int, fill_, *, bold=False, serif=False) -> None:
    h285.draw_kn(draw, xy, text, latin, size, fill_, bold=bold, serif=serif)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Kannada lines, a form's Kannada cells and a Kannada hand; a
    durrie as an emblem, a strip of durrie weave as a divider, yarn ends and lint in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h304")
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
    pen_ink = tuple(x1.get("pen_ink", INKS[0]))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t04"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t04kn":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = kn_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            _kn_text(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t04kb":
            at, by_hand = m
            x0, x9, xm = MARGIN, width - MARGIN, MARGIN + at * room
            y0, y9 = top_y + 2, top_y + 2 * line - 2
            draw.rectangle((x0, y0, xm, y9), fill=_tint(soft, paper_, 0.1))
            draw.rectangle((x0, y0, x9, y9), outline=_tint(soft, paper_, 0.55), width=1)
            draw.line((xm, y0, xm, y9), fill=_tint(soft, paper_, 0.55), width=1)
            _kn_text(draw, (x0 + 8, y0 + line * 0.08), r[1], font, int(size * 0.9), ink, bold=True)
            draw.text((x0 + 8, y0 + line * 1.02), r[2], font=load_font(font, int(size * 0.7)), fill=soft)
            if by_hand:
                vface = load_font(x1.get("pen", PENS[0]), int(size * 1.06))
                base_y = y9 - line * 0.42
                for xx in range(int(xm + 10), int(x9 - 8), 6):
                    draw.point((xx, base_y), fill=_tint(soft, paper_, 0.6))
                draw.text((xm + 12, base_y - size * 1.12), r[3], font=vface, fill=pen_ink)
            else:
                vface = load_font(bold_of(font), int(size * 0.96))
                draw.text((xm + 12, y0 + line * 0.55), r[3], font=vface, fill=ink)
        elif name == "t04kh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = kn_width(text, KN_FIGURES, s, serif=True)
                lw, lh = int(tw + s * 1.2), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                _kn_text(ImageDraw.Draw(layer), (s * 0.5, lh * 0.18), text, KN_FIGURES, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.21, -0.21 * lh * 0.55, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.9
                else:
                    tx = {
                        "c": (width - tw) / 2 - s * 0.5,
                        "l": MARGIN - s * 0.4,
                        "r": width - MARGIN - tw - s,
                    }[align]
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.28)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t04kd":
            (bold,) = m
            _kn_text(draw, (MARGIN, y), r[1], font, size, ink)
            vface = load_font(bold_of(font) if bold else font, size)
            vx = width - MARGIN - vface.getlength(r[2])
            draw.text((vx, y), r[2], font=vface, fill=ink)
            xx = MARGIN + kn_width(r[1], font, size) + 8
            dy = y + size * 0.86
            while xx < vx - 8:
                draw.ellipse((xx, dy, xx + 1.6, dy + 1.6), fill=soft)
                xx += 6
        elif name == "t04tp":
            seed, angle = m
            side = line * 3.0
            bx0, by0 = width - MARGIN - side, top_y + 2
            draw.rectangle((bx0, by0, bx0 + side, by0 + side), outline=soft, width=1)
            _thumb(page, bx0, by0, side, seed, angle)
            draw = ImageDraw.Draw(page)
            small = load_font(font, int(size * 0.66))
            tw = draw.textlength(r[1], font=small)
            draw.text((bx0 + (side - tw) / 2, by0 + side + 3), r[1], font=small, fill=soft)
        elif name == "t04dm":
            pal, motif, seed = m
            _durrie(page, width / 2, top_y + line * 0.12, line * 2.75, pal, motif, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t04wb":
            pal, seed = m
            _band(page, MARGIN, width - MARGIN, top_y + line * 0.16, top_y + line * 0.9, pal, seed)
            draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "yarn":
            _yarn(draw, width, page.height, what[1])
    return page


def _panja(base: Image.Image, x: float, y: float, length: float, angle: float) -> None:
    """A weaver's panja lying on the rug: a turned wooden handle and an iron head with its row of claws."""
    w = 30
    tool = Image.new("RGBA", (int(length) + 10, w + 16), (0, 0, 0, 0))
    d = ImageDraw.Draw(tool)
    handle = length * 0.62
    for k in range(12):
        t = k / 11
        v = int(110 + 60 * math.sin(math.pi * t))
        d.line((6, 8 + w * 0.3 + k, handle, 8 + w * 0.3 + k), fill=(v, int(v * 0.62), int(v * 0.34), 255))
    d.ellipse((0, 8 + w * 0.22, 14, 8 + w * 0.3 + 14), fill=(120, 74, 40, 255))
    head = (handle, 8, handle + 16, 8 + w)
    d.rectangle(head, fill=(96, 96, 102, 255), outline=(60, 60, 66, 255))
    for k in range(9):
        ty = 9 + k * (w - 2) / 8
        d.line((handle + 16, ty, length, ty + 1), fill=(130, 130, 138, 255), width=2)
        d.line((handle + 16, ty - 1, length - 4, ty), fill=(176, 176, 184, 255), width=1)
    turned = tool.rotate(angle, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 120 if v > 0 else 0), (int(x) + 5, int(y) + 6))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    base.paste(Image.composite(Image.new("RGB", base.size, (40, 24, 16)), base, shadow))
    base.paste(turned, (int(x), int(y)), turned)


def _jamkhana(image: Image.Image, pal: int, seed: int) -> Image.Image:
    """The page on a jamkhana spread on a red-oxide floor: the rug's stripes and rows of stepped diamonds
    woven out pick by pick, its ribs, the fringe on the floor at its foot, a panja beside the page, the
    page's shadow, the page askew."""
    srng = random.Random(seed)
    palette = list(PALETTES[pal])
    w, h = image.size
    pad = 100
    bw, bh = w + 2 * pad, h + 2 * pad
    c = 6
    floor_h = 46
    rows_, cols_ = (bh - floor_h) // c + 1, bw // c + 1
    cells = np.zeros((rows_, cols_), dtype=np.int64)
    y = 0
    band_k = 0
    while y < rows_:
        hgt = srng.choice([3, 4, 6, 9])
        colour = [1, 3, 2, 3, 0, 3][band_k % 6]
        cells[y : y + hgt, :] = colour
        if hgt == 9:
            # a row of stepped diamonds in the broad band
            r = 4
            for cx in range(r, cols_, 2 * r + 2):
                for dy in range(-r, r + 1):
                    for dx in range(-r, r + 1):
                        if abs(dx) + abs(dy) <= r and 0 <= y + 4 + dy < rows_ and 0 <= cx + dx < cols_:
                            cells[y + 4 + dy, cx + dx] = 2 if abs(dx) + abs(dy) < r - 1 else 3
        y += hgt
        band_k += 1
    rgb = _ribs(_picks(cells, palette, c)[: bh - floor_h, :bw], seed, 0.12)
    # the light from the window falls across it
    yy, xx = np.mgrid[0 : bh - floor_h, 0:bw].astype(np.float32)
    glow = np.exp(-(((((xx + yy) / 1.4142) - srng.uniform(0.2, 0.5) * (bw + bh) / 1.4142) / 260.0) ** 2))
    rgb = np.clip(rgb * (0.86 + 0.16 * glow[..., None]), 0, 255)
    base = Image.new("RGB", (bw, bh), (150, 58, 44))
    fl = ImageDraw.Draw(base)
    for _ in range(60):
        fy = srng.uniform(bh - floor_h, bh)
        fl.line((0, fy, bw, fy + srng.uniform(-3, 3)), fill=_tint((110, 40, 30), (150, 58, 44), 0.5))
    base.paste(Image.fromarray(rgb.astype(np.uint8), "RGB"), (0, 0))
    d = ImageDraw.Draw(base)
    # the fringe: bunches of warp knotted at the rug's foot, lying on the floor
    xx_ = 4
    while xx_ < bw - 4:
        for k in range(4):
            d.line(
                (xx_ + k, bh - floor_h, xx_ + k + srng.uniform(-4, 4), bh - floor_h + srng.uniform(20, 34)),
                fill=(232, 224, 204),
                width=1,
            )
        d.ellipse((xx_ - 1, bh - floor_h + 1, xx_ + 5, bh - floor_h + 6), fill=(220, 210, 186))
        xx_ += srng.choice([10, 11, 12])
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = (bw - turned.width) // 2 - 10, (bh - turned.height) // 2 - 16
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 140 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (40, 22, 16)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    _panja(
        base,
        bw - pad + 14,
        srng.uniform(bh * 0.15, bh * 0.45),
        srng.uniform(150, 180),
        90 + srng.uniform(-6, 6),
    )
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout303's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the jamkhana a page is photographed lying on."""
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
    f = (style.get("h304") or {}).get("frame")
    if f and f[0] == "jamkhana":
        image = _jamkhana(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    for face in [*PENS, *TYPES, KN, KN_BOLD, KN_SERIF, KN_SERIF_BOLD, KN_FIGURES, h277.URDU]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout304 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, "NAVALGUND JAMKHANA MANE HUBLI"]
VPAS = [
    "navalgundjamkhana@kvgb",
    "bharatpe.90014235671@fbpe",
    "jamkhanamane@okaxis",
    "navalgund.mahila@okicici",
    "Q817204396@ybl",
]
BUYERS = [
    ("Vidya Deshpande", "State Bank of India"),
    ("Irfan Dharwadkar", "Canara Bank"),
    ("Pooja Hegde", "HDFC Bank"),
    ("Santosh Kulkarni", "Karnataka Bank"),
    ("Meera Joshi", "ICICI Bank"),
    ("Anand Shettar", "Union Bank of India"),
    ("Nasreen Bepari", "Axis Bank"),
    ("Raghavendra Bhat", "Bank of Baroda"),
]
NOTES = ["durrie 4x6", "jamkhana advance", "janamaz x10", "table runners", "cushion covers", "yoga mats"]


def bank_word(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Union Bank of India": "Union Bank",
        "Bank of Baroda": "BoB",
        "Karnataka Bank": "KBL",
    }.get(bank, bank)


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Navalgund Jamkhana Mane or the society: BharatPe for Business on the shop's phone (the
    shop under the app, its tabs, a card: the buyer's initials, "Received from <buyer>", the sum large,
    Payment successful; UPI RRN, Date, Paid via at the left and the right; the settlement's line); Google
    Pay set in Kannada (a large tick, the sum, "ಇವರಿಗೆ" (to) over the payee and its UPI ID, "ಪಾವತಿಸಲಾಗಿದೆ"
    (paid), the day with its month in Kannada and the hour; each label in Kannada over its value: UPI
    ವಹಿವಾಟಿನ ಐಡಿ (UPI transaction ID), ಇವರಿಂದ (from), Google ವಹಿವಾಟಿನ ಐಡಿ (Google transaction ID));
    Kotak811's payment (the payee's initials, "Paid to" over the payee, the sum, a Successful capsule; a
    copyable UPI Reference No.; Date & Time, Debited from, Message at the left and the right); MobiKwik's
    Payment Failed under a pale wave and a large cross (the sum, "to <payee>", the reason in a notice;
    labels small over their values two to a row: UPI Ref No and Date & Time, Paid from and MobiKwik Txn
    ID); Tata Neu's UPI payment successful (a large tick, the sum, "Paid to" over the payee; UPI
    transaction ID, Date, Paid using in dot leaders; NeuCoins); Groww's UPI payment processing under a
    spinner (the sum, "to <payee>", its stages left to right, a notice; UPI Ref. No., Initiated, From at
    the left and the right); FamApp's Paid successfully (the payee's initials, the payee and its UPI ID,
    the sum set large, the day and hour; Paid from; no reference); IDFC FIRST Bank's app with the payment
    successful under a tile's tick ("Today, <hour>"; the sum set large, "to <payee>"; UPI Ref No. and From
    A/c in tiles; no day). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=450, high=42000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    bw = bank_word(bank)
    if k == 0:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "BharatPe"], dark=False, buttons=("Download statement",))
        band(p, (0, 150, 136))
        app_head(p, "BharatPe", "for Business")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Koppikar Road, Hubballi")
        h275.tabs(p, ["Payments", "Settlements", "QR"], 0)
        p.add("gap")
        c = card_open(p)
        h273.avatar(p, h279.initials(who), rng.choice([(0, 150, 136), (90, 70, 170), (220, 110, 40)]))
        p.add("center", f"Received from {who}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Payment successful", status=status)
        card_close(p, c)
        p.add("gap")
        kvr(p, "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ", " | ")), date=j.date)
        kvr(p, "Paid via", f"UPI ({bw})", method="UPI")
        p.add("small", "Settles to Karnataka Grameena Bank A/c ..4417 tomorrow by 11 AM")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=("Share screenshot",))
        app_head(p, "Google Pay", "")
        sicon(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        kannada(p, "ಇವರಿಗೆ", scale=0.82, soft=True)
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        kannada(p, "ಪಾವತಿಸಲಾಗಿದೆ", bold=True, status=status)
        kannada(p, f"{kn_day(j.date)}, {hhmm(rng, lower=rng.random() < 0.5)}", scale=0.86, date=j.date)
        p.add("rule")
        kannada(p, "UPI ವಹಿವಾಟಿನ ಐಡಿ", scale=0.82, align="l", soft=True)
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kannada(p, "ಇವರಿಂದ", scale=0.82, align="l", soft=True)
        p.add("left", f"{who} ({bw} {dots2(font)}{digits(rng, 4)})")
        kannada(p, "Google ವಹಿವಾಟಿನ ಐಡಿ", scale=0.82, align="l", soft=True)
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        p.add("left", gid, txn=(TXN_RANK, gid))
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 60, 140))
        app_head(p, "Kotak811", "UPI")
        name = pick(p, "center", [to, SHOP])
        h273.avatar(p, h279.initials(name), (237, 28, 36))
        p.add("small", "Paid to")
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "Successful", status)
        p.add("gap")
        copyrow(p, "UPI Reference No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ", " ")), date=j.date)
        kvr(p, "Debited from", f"811 Savings XX{digits(rng, 4)}", method="UPI")
        kvr(p, "Message", rng.choice(NOTES))
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        app_head(p, "MobiKwik", "UPI  |  Pay to contact")
        h279.wave(p, (214, 232, 255))
        sicon(p, status)
        p.add("center", "Payment Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        notice_box(
            p,
            "Your bank could not debit your account (U16: risk threshold exceeded). If any money was "
            "deducted, it will be refunded within 48 hours.",
            "error",
        )
        mid = f"MBK{j.date:%y%m%d}{digits(rng, 9)}"
        two_up(
            p,
            "mk1",
            ("UPI Ref No", j.ref),
            ("Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(
            p,
            "mk2",
            ("Paid from", f"{bw} XX{digits(rng, 4)}"),
            ("MobiKwik Txn ID", mid),
            txn=(TXN_RANK, mid),
            method="UPI",
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Done",))
        band(p, (46, 16, 92))
        app_head(p, "Tata Neu", "Neu UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        dots(p, "UPI transaction ID", j.ref, at=0.46, txn=(UTR_RANK, j.ref))
        dots(p, "Date", day_of(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.46, date=j.date)
        dots(p, "Paid using", f"{bw} a/c {dots2(font)}{digits(rng, 4)}", at=0.46, method="UPI")
        p.add("small", f"You earned {rng.randrange(4, 90)} NeuCoins on this payment")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.5, buttons=("Check status",))
        app_head(p, "Groww", "UPI")
        h279.spinner(p, AMBER)
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        track(p, ["Sent", "Bank confirming", "Received"], "dp-")
        notice_box(
            p,
            "The receiver's bank is taking longer than usual. Please don't pay "
            "again; we will update the status "
            "within 30 minutes.",
            "warn",
        )
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "From", f"{bw} {dots2(font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "FamApp"], dark=False, buttons=("Share",))
        band(p, (250, 204, 21), (24, 24, 24))
        app_head(p, "FamApp", "by Trio")
        name = pick(p, "center", [to, SHOP])
        h273.avatar(p, h279.initials(name), (255, 122, 0))
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        h277.bigsum(p, rupee(p.font), j.amount, "indian", amount=j.amount)
        p.add("center", f"{sign(font, chr(0x2713), '')} Paid successfully".strip(), status=status)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        p.add("small", f"Paid from FamX UPI  |  {bw}", method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share receipt",))
    band(p, (157, 29, 39))
    app_head(p, "IDFC FIRST Bank", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
    h287.tile(p, status)
    p.add("center", "Payment Successful", status=status)
    h277.bigsum(p, rupee(p.font), j.amount, rng.choice(["indian", "western"]), amount=j.amount)
    name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    tiles2(
        p,
        ("UPI Ref No.", j.ref),
        ("From A/c", f"IDFC FIRST {dots2(font)}{digits(rng, 4)}"),
        txn=(UTR_RANK, j.ref),
        method="UPI",
    )
    p.add("small", rng.choice(NOTES))
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


KSHDC = "Karnataka State Handicrafts Development Corporation Ltd."
KSHDC_KN = "ಕರ್ನಾಟಕ ರಾಜ್ಯ ಕರಕುಶಲ ಅಭಿವೃದ್ಧಿ ನಿಗಮ ನಿಯಮಿತ"
MATH = "Sri Siddharoodha Swamiji Math"
SAHYADRI = "Sahyadri Softlabs Pvt. Ltd."
MALNAD = "Malnad Resorts & Hotels Pvt. Ltd."
DESHPANDE = "Deshpande Hotels Pvt. Ltd."
TUNGA = "Tungabhadra Interiors LLP"
KAVERI_TEX = "Kaveri Home Textiles"
RANGA = "Studio Ranga Architects"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the society: Cauvery's (the Karnataka State Handicrafts Development
    Corporation's) PAYMENT ADVICE under its Kannada name, a letter (Ref. and Date on a line; To, M/s the
    society; Sub:; Bill No. | Bill Date | Bill Amount | TDS 194Q | Net Paid on hairline rows, Net Paid under a
    double rule; "... credited to your account ... through NEFT, UTR No. ..."; the Senior Manager (Accounts)'
    signature and its oval stamp); the Siddharoodha Math's letter typed on its typewriter, folded in three
    (No. and Date; To, The Secretary, the society; Sub:; "We have today remitted Rs. x/- ... by RTGS (NEFT
    under two lakh). The UTR of the remittance is ..."; the Manager's rectangular stamp); an IT firm's
    Remittance Advice mailed from Oracle Fusion Cloud (Payment Number and Payment Date, Payment Method and
    Currency two pairs to a row with colons, Supplier, Supplier Site and Bank Reference under them; Invoice
    Number | Invoice Date | Invoice Amount | Amount Paid in a striped table; Payment Amount under a double
    rule); HSBCnet with a resort company's NEFT
    pending bank processing (a capsule; its stages top to bottom; Customer Reference, HSBC Reference,
    Beneficiary Name, Beneficiary Account, Amount, Payment Type, Value Date in a table ruled on every side);
    IndusInd Bank's Indus Direct with a hotel company's RTGS rejected under a large cross (the reason in a
    notice; Transaction Ref No., UTR, Beneficiary, Amount, Transaction Date, Rejection Reason on hairline
    rows); an interior studio's Google Chat space under a "Today" divider (the sender's name and hour;
    "@Afreen Nadaf Payment done: Rs. x to <payee> by NEFT ...", "UTR: ..."; a PDF's chip; no day); a Bengaluru
    wholesaler's PAYMENT ADVICE printed from Marg ERP 9+ (Party and Date on a line, Mode and Ref. No. on a
    line; Bill No. | Bill Date | Bill Amt. | Paid in a table ruled on every side, Total Paid; "Printed from
    Marg ERP 9+");
    an architects' studio's payment intimation mailed (its sentence "We have released Rs. x/- ... today,
    <day>, by NEFT"; Payee, Amount, Mode, Released on in a rounded card; no reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=14000, high=380000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(253, 251, 245), (255, 255, 255)])
        p.part = "head"
        kannada(p, KSHDC_KN, scale=1.0, bold=True)
        top(p, pick(p, "title", [KSHDC, "Karnataka State Handicrafts Dev. Corpn. Ltd."]))
        p.add("small", "Cauvery Handicrafts  |  45, M.G. Road, Bengaluru - 560001")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT ADVICE")
        ref = f"KSHDC/ACCTS/PUR/{rng.randrange(120, 980)}/{fy(j.date)}"
        cols(
            p,
            "ca0",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Ref.: {ref}",
            f"Date: {day_of(j, rng, ['%d-%m-%Y', '%d.%m.%Y'])}",
            date=j.date,
        )
        p.add("left", "To,")
        name = first_fits(p, [FIRM, FIRM_CAPS, FIRM_SHORT], 1.0, 0.86)
        p.add("left", f"M/s. {name},", merchant=name)
        p.add("left", f"{TOWN}.")
        para(p, "Sub: Payment for Navalgund durries supplied to Cauvery emporia on consignment - reg.")
        p.add("gap")
        spec = [(0.0, 0.26, "l"), (0.26, 0.44, "l"), (0.44, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        h269.kind(p, "cah", spec, "line", bold=(0, 1, 2, 3, 4))
        h269.kind(p, "cal", spec, "line")
        h269.row(p, "cah", "Bill No.", "Bill Date", "Bill Amount", "TDS 194Q", "Net Paid")
        net_total = 0.0
        for no_, day, v in invoices(rng, j, rng.randrange(1, 4), "NMJS"):
            tds = round(v * 0.001, 2)
            gross = round(v + tds, 2)
            net_total += v
            h269.row(p, "cal", no_, when(day, "%d-%m-%Y"), num(gross), num(tds), num(v))
        j.amount = round(net_total, 2)
        total(p, "Net Paid", num(j.amount), at=0.64, amount=j.amount)
        way = neft_or_rtgs(j.amount)
        ref2 = utr(rng, j, "State Bank of India", way)
        para(
            p,
            f"The net amount of {rs(j.amount)} has been credited to your account No. XXXXXXX4417 with "
            f"{OUR_BANK} through {way}, UTR No. {ref2}.",
            status=status,
            method="netbanking",
            txn=(UTR_RANK, ref2),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Senior Manager (Accounts)")
        h287.oval(p, ["CAUVERY", "K.S.H.D.C. LTD.", "BENGALURU"], "violet", at=0.16, rows_=3)
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(60, 900) * 250)
        p = leaf(rng, font, [780, 820])
        p.style["paper"] = rng.choice([(250, 247, 236), (252, 250, 242)])
        h275.folds(p)
        p.part = "head"
        h271.ext(p)["tt_scale"] = 0.86
        n_ = min(h271.tt_cols(p) - 1, 74)

        def line(text: str = "", **facts) -> None:
            assert len(text) <= n_, text
            typed(p, text, scale=0.86, **facts)

        line(MATH.upper().center(n_).rstrip())
        line("TRUST COMMITTEE OFFICE, OLD HUBBALLI - 580024".center(n_).rstrip())
        line("-" * n_)
        p.part = "body"
        no = f"No. SSM/ACC/{rng.randrange(40, 900)}/{fy(j.date)}"
        day = day_of(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])
        line(f"{no}{'Date: ' + day:>{n_ - len(no)}}", date=j.date)
        line()
        line("To,")
        line("The Secretary,")
        name = FIRM if len(FIRM) + 1 <= n_ else FIRM_SHORT
        line(f"{name},", merchant=name)
        line(f"{HALL}, Navalgund.")
        line()
        line("Sub: Payment for jamkhanas for the Math's prasada hall.")
        line()
        way = neft_or_rtgs(j.amount)
        ref = utr(rng, j, "Canara Bank", way)
        text = (
            f"We have today remitted Rs. {num(j.amount, 'indian', 0)}/- (Rupees {words(j.amount)} only) to "
            f"your account with {OUR_BANK} by {way}, towards the {rng.randrange(20, 80)} jamkhanas supplied "
            f"for the prasada hall. The UTR of the remittance is {ref}."
        )
        words_, out = text.split(), ""
        lines_ = []
        for w_ in words_:
            if out and len(f"{out} {w_}") > n_:
                lines_.append(out)
                out = w_
            else:
                out = f"{out} {w_}".strip()
        lines_.append(out)
        line(lines_[0], amount=j.amount, status=status, method="netbanking")
        for text_ in lines_[1:-1]:
            line(text_)
        line(lines_[-1], txn=(UTR_RANK, ref))
        line()
        line("Kindly acknowledge the receipt.")
        line()
        line(f"{'Manager, Trust Committee':>{n_}}")
        h271.rstamp(p, ["SRI SIDDHAROODHA MATH", "TRUST COMMITTEE", "HUBBALLI"], "violet", at=0.06, rows_=4)
        return p.done()
    if k == 2:
        p = mail_page(
            rng,
            font,
            "Sahyadri Softlabs Payables <ap-noreply@sahyadrisoft.com>",
            ["Remittance Advice: Payment from Sahyadri Softlabs", "Supplier payment remittance advice"],
        )
        p.part = "head"
        top(p, pick(p, "title", [SAHYADRI, "Sahyadri Softlabs"]))
        p.add("small", "Accounts Payable  |  Whitefield, Bengaluru - 560066")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Supplier,")
        para(p, "This is to advise you of the following payment made to your bank account.")
        p.add("gap")
        way = neft_or_rtgs(j.amount)
        ref = utr(rng, j, "HDFC Bank", way)
        pno = f"{rng.randrange(41000, 69000)}"
        spec = [(0.0, 0.22, "l"), (0.22, 0.49, "l"), (0.51, 0.72, "l"), (0.72, 1.0, "l")]
        colkv(
            p,
            "of1",
            spec,
            "Payment Number:",
            pno,
            "Payment Date:",
            day_of(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]),
            txn=(INVOICE_RANK, pno),
            date=j.date,
        )
        colkv(p, "of1", spec, "Payment Method:", f"EFT - {way}", "Currency:", "INR", method="netbanking")
        name = first_fits(p, [FIRM_CAPS, FIRM_SHORT.upper(), CUT], 1.0, 0.74)
        colkv(p, "of2", [(0.0, 0.22, "l"), (0.22, 1.0, "l")], "Supplier:", name, merchant=name)
        colkv(p, "of2", [(0.0, 0.22, "l"), (0.22, 1.0, "l")], "Supplier Site:", "NAVALGUND-MAIN")
        colkv(p, "of2", [(0.0, 0.22, "l"), (0.22, 1.0, "l")], "Bank Reference:", ref, txn=(UTR_RANK, ref))
        p.add("gap")
        rows_ = []
        for no_, day, v in invoices(rng, j, rng.randrange(1, 4), "NMJS"):
            rows_.append(([no_, when(day, "%d-%b-%Y"), num(v), num(v)], {}))
        zebra(
            p,
            "ofz",
            [(0.0, 0.32, "l"), (0.32, 0.54, "l"), (0.54, 0.77, "r"), (0.77, 1.0, "r")],
            ["Invoice Number", "Invoice Date", "Invoice Amount", "Amount Paid"],
            rows_,
            (196, 64, 40),
        )
        total(p, "Payment Amount", rs(j.amount), at=0.54, amount=j.amount, status=status)
        p.add("small", "Generated by Oracle Fusion Cloud Payables. Please do not reply to this e-mail.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.hsbcnet.com/payments/domestic/status-enquiry")
        p.part = "head"
        top(p, "HSBCnet")
        p.add("small", f"HSBC India  |  {MALNAD}, Chikkamagaluru")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment status enquiry")
        chip(p, "Pending bank processing", status)
        p.add("gap")
        h271.step(p, "Created", "by the maker", "done")
        h271.step(p, "Authorised", "by two approvers", "done")
        h271.step(p, "With the bank", "awaiting the NEFT batch", "pending")
        h271.step(p, "Credited", "", "todo")
        p.add("gap")
        cref = f"MRH/{j.date:%y%m}/{rng.randrange(100, 999)}"
        href = f"HSBC{digits(rng, 12)}"
        name = first_fits(p, [rng.choice([CUT, FIRM_CAPS]), CUT], 1.0, 0.6)
        for label_, value, facts in [
            ("Customer Reference", cref, {"txn": (INVOICE_RANK, cref)}),
            ("HSBC Reference", href, {"txn": (BANK_RANK, href)}),
            ("Beneficiary Name", name, {"merchant": name}),
            ("Beneficiary Account", f"XXXXXXX{digits(rng, 4)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment Type", "NEFT (domestic)", {"method": "netbanking"}),
            ("Value Date", day_of(j, rng, ["%d %b %Y", "%d/%m/%Y"]), {"date": j.date}),
        ]:
            gkv(p, "hs", label_, value, at=0.36, **facts)
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 204000, 420000, 0.6)
        p = browser_page(rng, font, "indusdirect.indusind.com/corp/txn/rtgs/details")
        p.part = "head"
        top(p, "IndusInd Bank")
        p.add("small", f"Indus Direct  |  {DESHPANDE}, Hubballi")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Transaction Rejected", status=status)
        notice_box(
            p,
            "The beneficiary bank rejected the credit: the account number does not belong to the beneficiary "
            "named. The amount has been returned to your account.",
            "error",
        )
        tref = f"IDR{j.date:%y%m%d}{digits(rng, 6)}"
        ref = utr(rng, j, "IndusInd Bank", "RTGS")
        name = first_fits(p, names_for(rng), 0.96, 0.6, bold=True)
        h269.kind(p, "id", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], "line", bold=(1,))
        h269.row(p, "id", "Transaction Ref No.", tref, txn=(BANK_RANK, tref))
        h269.row(p, "id", "UTR", ref, txn=(UTR_RANK, ref), method="netbanking")
        h269.row(p, "id", "Beneficiary", name, merchant=name)
        h269.row(p, "id", "Amount", rs(j.amount), amount=j.amount)
        h269.row(p, "id", "Transaction Date", day_of(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        h269.row(p, "id", "Rejection Reason", "Beneficiary account mismatch")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(40, 600) * 100)
        p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["paper"] = (246, 248, 252)
        p.part = "head"
        h269.kind(p, "gc0", [(0.0, 1.0, "l")], "plain", bold=(0,))
        h269.ext(p)["scale"]["gc0"] = 1.1
        h269.row(p, "gc0", "Purchases - Dharwad site")
        p.add("small", f"Google Chat  |  {TUNGA}  |  6 members")
        p.add("rule")
        p.part = "body"
        divider(p, "Today")
        p.add("gap")
        hour = rng.randrange(10, 18)
        caption(
            p,
            f"Arjun Patil   {(hour - 1) % 12 + 1}:{rng.randrange(0, 59):02d} {'PM' if hour >= 12 else 'AM'}",
        )
        name = pick(p, "left", [SHOP, FIRM_SHORT])
        ref = utr(rng, j, "HDFC Bank", "NEFT")
        para(
            p,
            f"@{EXPORTS} Payment done: Rs. {num(j.amount, 'indian', 0)} to {name} by NEFT for the "
            f"{rng.randrange(8, 30)} durries of the Dharwad site.",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
        )
        p.add("left", f"UTR: {ref}", txn=(UTR_RANK, ref))
        p.add("gap")
        c = card_open(p)
        p.add("left", "PDF  Payment_receipt_durries.pdf")
        card_close(p, c)
        p.add("gap")
        caption(
            p, f"Afreen Nadaf   {hour % 12 + 1}:{rng.randrange(0, 59):02d} {'PM' if hour + 1 >= 12 else 'AM'}"
        )
        p.add("left", "Thank you, received. Dispatching by VRL on Monday.")
        return p.done()
    if k == 6:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [f"{KAVERI_TEX}, Bengaluru", KAVERI_TEX]))
        p.add("small", f"Wholesale home furnishings  |  Chickpet, Bengaluru - 560053  |  GSTIN {gstin(rng)}")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT ADVICE")
        name = first_fits(p, [FIRM_CAPS, FIRM_SHORT.upper()], 1.0, 0.6)
        cols(
            p,
            "mg0",
            [(0.0, 0.64, "l"), (0.64, 1.0, "r")],
            f"Party: {name}",
            f"Date: {day_of(j, rng, ['%d-%m-%Y', '%d/%m/%y'])}",
            merchant=name,
            date=j.date,
        )
        cols(
            p,
            "mg0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            "Mode: IMPS",
            f"Ref. No.: {j.ref}",
            method="netbanking",
            txn=(UTR_RANK, j.ref),
        )
        p.add("gap")
        j.amount = rupees(rng, 9000, 180000, 0.5)
        rows_ = [
            ([no_, when(day, "%d-%m-%Y"), num(v), num(v)], {})
            for no_, day, v in invoices(rng, j, rng.randrange(1, 4), "NMJS")
        ]
        grid(
            p,
            "mg",
            [(0.0, 0.3, "l"), (0.3, 0.52, "c"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
            ["Bill No.", "Bill Date", "Bill Amt.", "Paid"],
            rows_,
            foot=(["Total Paid", num(j.amount)], {"amount": j.amount, "status": status}),
            tint=(226, 236, 226),
        )
        p.add("gap")
        p.add("small", "Printed from Marg ERP 9+  |  E. & O.E.")
        return p.done()
    j.amount = float(rng.randrange(30, 400) * 500)
    p = mail_page(
        rng, font, f"{RANGA} <accounts@studioranga.in>", ["Payment intimation", "Payment released - durries"]
    )
    p.part = "head"
    top(p, RANGA)
    p.add("small", "Architecture and interiors  |  Saptapur, Dharwad")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Madam,")
    day = day_of(j, rng, ["%d/%m/%Y", "{d} %B %Y"])
    para(
        p,
        f"We have released Rs. {num(j.amount, 'indian', 0)}/- towards the durries and stair runners for our "
        f"client's house to your account today, {day}, by NEFT. The bank's reference will follow once it is "
        "available.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=status,
    )
    p.add("gap")
    c = card_open(p)
    name = rng.choice([FIRM_SHORT, FIRM])
    kvr(p, "Payee", name, merchant=name)
    kvr(p, "Amount", rs(j.amount))
    kvr(p, "Mode", "NEFT")
    kvr(p, "Released on", day)
    card_close(p, c)
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", f"Accounts, {RANGA}")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Wattle & Loom Pty Ltd", "Melbourne, Australia", "AUD", 900, 12000, "commbank"),
    ("Mingei Kobo Kyoto", "Kyoto, Japan", "JPY", 120000, 1600000, "mizuho"),
    ("Teppichhaus Limmat GmbH", "Zurich, Switzerland", "CHF", 700, 9800, "ubs"),
    ("V\u00e4v & Form AB", "Stockholm, Sweden", "SEK", 7000, 110000, "seb"),
    ("Nordisk T\u00e6ppe ApS", "Copenhagen, Denmark", "DKK", 5000, 72000, "danske"),
    ("Al Qasba Home Decor LLC", "Dubai, UAE", "AED", 3000, 42000, "mashreq"),
    ("Salmiya Carpets & Furnishing Co.", "Kuwait City, Kuwait", "KWD", 250, 3400, "nbk"),
    ("Santa Fe Weavers Gallery LLC", "Santa Fe, New Mexico, USA", "USD", 800, 11000, "citi"),
]


def abroad_sum(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: Australian dollars with A$ or AUD; yen whole with JPY or the
    yen's sign; Swiss francs with apostrophes between the thousands and CHF before or after; Swedish kronor
    the Swedish way (a space between the thousands, a decimal comma) with kr after or SEK before; Danish
    kroner the Danish way (dots between the thousands, a decimal comma) with DKK or kr.; dirhams with AED;
    Kuwaiti dinars with three places and KWD or KD; US dollars with USD or $."""

    def grouped(v: float, thousands: str, point: str) -> str:
        return f"{v:,.2f}".replace(",", "_").replace(".", point).replace("_", thousands)

    forms = {
        "AUD": ["A${v}", "AUD {v}"],
        "JPY": [
            "JPY {w}",
            "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}",
        ],
        "CHF": ["CHF {ch}", "{ch} CHF"],
        "SEK": ["{sv} kr", "SEK {sv}"],
        "DKK": ["{dk} DKK", "DKK {dk}", "kr. {dk}"],
        "AED": ["AED {v}"],
        "KWD": ["KWD {o}", "KD {o}"],
        "USD": ["USD {v}", "${v}"],
    }[cur]
    form = rng.choice(forms)
    return lambda v: form.format(
        v=f"{v:,.2f}",
        w=f"{v:,.0f}",
        ch=grouped(v, "'", "."),
        sv=grouped(v, " ", ","),
        dk=grouped(v, ".", ","),
        o=f"{v:,.3f}",
    )


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Rug shops, galleries and furnishers abroad paying the society for durries, jamkhanas, runners and
    prayer mats: CommBank's CommBiz with an international money transfer sent in Australian dollars (Transfer
    sent; Receipt number, Transfer date, Payee name, Payee bank, SWIFT code, Amount, Fee option, Purpose in a
    table ruled on every side); Mizuho Bank's Overseas Remittance Completion Notice in yen, the days year
    first with slashes (its sentence; Remittance date, Our reference, Remittance amount, Beneficiary,
    Beneficiary bank, Charges on hairline rows); UBS e-banking with a payment to India in progress in Swiss
    francs the Swiss way (a capsule, its stages across the page, a notice; Execution date, Amount, Recipient,
    Recipient's bank, Charges, UBS reference in shaded labels); SEB's app with a Betalning genomförd /
    Payment completed in kronor the Swedish way, the day as an ISO date (a tile's tick, the sum, "till / to
    <payee>"; Datum / Date, Referens / Reference, Avgift / Fee, Från / From at the left and the right);
    Danske Bank's District with a payment returned in kroner the Danish way on a tinted band (the reason in a
    notice; Booking date, Amount, Beneficiary, Beneficiary bank, Reference, Reason against a gutter);
    Mashreq's NEO BIZ with an international transfer successful in dirhams under a scalloped badge (the sum,
    "to <payee>"; labels small over their values two to a row: Date and Transfer type, Beneficiary bank and
    Charges; no reference); NBK's app with a transfer completed in Kuwaiti dinars under a tile's tick
    ("Today, <hour>"; the sum, "to <payee>"; Reference and From account in tiles; no day); Citi's CitiDirect
    BE with a cross-border payment processed in US dollars, the day month first (a Processed capsule; Payment
    Reference, Transaction Date, Amount, Beneficiary, Beneficiary Bank, SWIFT/BIC, Charges in a striped
    table). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif cur == "KWD":
        j.amount = round(rng.uniform(lo, hi), 2) if rng.random() < 0.5 else float(rng.randrange(lo, hi))
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad_sum(rng, font, cur)
    money_ = {"amount": j.amount, "cur": cur}
    town = city.split(",")[0]
    if frame == "commbank":
        p = browser_page(rng, font, "www.commbiz.commbank.com.au/payments/imt/receipt")
        p.part = "head"
        top(p, "CommBank")
        p.add("small", f"CommBiz  |  International Money Transfer  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transfer sent", status=status)
        small_left(p, "Your international money transfer has been sent to the payee's bank.")
        p.add("gap")
        rec = f"N{j.date:%y%m%d}{digits(rng, 7)}"
        name = first_fits(p, names_for(rng), 1.0, 0.58)
        for label_, value, facts in [
            ("Receipt number", rec, {"txn": (BANK_RANK, rec)}),
            ("Transfer date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %B %Y"])), {"date": j.date}),
            ("Payee name", name, {"merchant": name}),
            ("Payee bank", "Bank of India, Hubballi", {}),
            ("SWIFT code", BIC, {}),
            ("Amount", show(j.amount), money_),
            ("Fee option", "Shared (SHA)", {"method": "netbanking"}),
            ("Purpose", "Payment for goods - handwoven rugs", {}),
        ]:
            gkv(p, "cb", label_, value, at=0.36, **facts)
        return p.done()
    if frame == "mizuho":
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "MIZUHO")
        p.add("small", "Mizuho Bank, Ltd.  |  Kyoto Branch  |  Global Transaction Services")
        p.add("rule")
        p.add("center", "OVERSEAS REMITTANCE COMPLETION NOTICE")
        p.part = "body"
        cols(p, "mz0", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], f"To: {payer}", when(j.date, "%Y/%m/%d"))
        p.add("gap")
        para(
            p,
            "We inform you that the following overseas remittance has been executed as instructed.",
            status=status,
        )
        p.add("gap")
        ref = f"{j.date:%y%m%d}{code(rng, 2, UPPER)}{digits(rng, 6)}"
        name = first_fits(p, names_for(rng), 1.0, 0.6, bold=True)
        h269.kind(p, "mz", [(0.0, 0.38, "l"), (0.38, 1.0, "l")], "line", bold=(1,))
        h269.row(p, "mz", "Remittance date", when(j.date, "%Y/%m/%d"), date=j.date)
        h269.row(p, "mz", "Our reference", ref, txn=(BANK_RANK, ref))
        h269.row(p, "mz", "Remittance amount", show(j.amount), **money_)
        h269.row(p, "mz", "Beneficiary", name, merchant=name)
        h269.row(p, "mz", "Beneficiary bank", "BANK OF INDIA, HUBBALLI")
        h269.row(p, "mz", "Charges", "SHA (shared)", method="netbanking")
        p.add("gap")
        p.add("small", "Remittance purpose: import of handwoven cotton rugs (Navalgund durries)")
        return p.done()
    if frame == "ubs":
        p = browser_page(rng, font, "ebanking-ch.ubs.com/workbench/payments/detail")
        p.part = "head"
        top(p, "UBS")
        p.add("small", f"UBS e-banking  |  {payer}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment to India")
        chip(p, "In progress", status)
        h289.steps(p, ["Released", "Sent via SWIFT", "Credited"], 1, status)
        notice_box(
            p,
            "The payment has been sent and is with the correspondent bank. Payments to India are usually "
            "credited within two bank working days.",
            "warn",
        )
        ref = f"UBS{j.date:%y%m%d}{code(rng, 4, UPPER)}{digits(rng, 4)}"
        name = first_fits(p, names_for(rng), 1.0, 0.56)
        kv(p, "Execution date", when(j.date, "%d.%m.%Y"), at=0.38, date=j.date)
        kv(p, "Amount", show(j.amount), at=0.38, **money_)
        kv(p, "Recipient", name, at=0.38, merchant=name)
        kv(p, "Recipient's bank", "Bank of India, Hubballi", at=0.38)
        kv(p, "Charges", "Shared (SHA)", at=0.38, method="netbanking")
        kv(p, "UBS reference", ref, at=0.38, txn=(BANK_RANK, ref))
        return p.done()
    if frame == "seb":
        p = phone(rng, font, k, ["", "Betalning"], dark=False, buttons=("Klar",))
        band(p, (0, 120, 60))
        app_head(p, "SEB", "Utlandsbetalning / International payment")
        h287.tile(p, status)
        p.add("center", "Betalning genomf\u00f6rd / Payment completed", status=status)
        p.add("big", show(j.amount), **money_)
        name = pick(p, "center", [f"till / to {CUT}", f"till / to {SHOP_CAPS}"])[10:]
        p.add("center", f"till / to {name}", merchant=name)
        p.add("gap")
        ref = f"SEB{digits(rng, 10)}"
        kvr(p, "Datum / Date", when(j.date, "%Y-%m-%d"), date=j.date)
        kvr(p, "Referens / Reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Avgift / Fee", "Delad / Shared", method="netbanking")
        kvr(p, "Fr\u00e5n / From", clip(payer, 22))
        return p.done()
    if frame == "danske":
        p = browser_page(rng, font, "district.danskebank.dk/payments/overview/returned")
        p.part = "head"
        top(p, "Danske Bank")
        p.add("small", f"District  |  {payer}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment returned", status)
        notice_box(
            p,
            "The beneficiary's bank returned the payment: the beneficiary's account could not be identified. "
            "The amount, less charges, has been booked back to your account.",
            "error",
        )
        ref = f"DB{j.date:%y%m%d}{digits(rng, 8)}"
        name = first_fits(p, names_for(rng), 1.0, 0.56)
        gutter(
            p, "dn", "Booking date", when(j.date, rng.choice(["%d.%m.%Y", "%d-%m-%Y"])), at=0.36, date=j.date
        )
        gutter(p, "dn", "Amount", show(j.amount), at=0.36, **money_)
        gutter(p, "dn", "Beneficiary", name, at=0.36, merchant=name)
        gutter(p, "dn", "Beneficiary bank", "BANK OF INDIA, INDIA", at=0.36, method="netbanking")
        gutter(p, "dn", "Reference", ref, at=0.36, txn=(BANK_RANK, ref))
        gutter(p, "dn", "Reason", "Account unknown", at=0.36)
        return p.done()
    if frame == "mashreq":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Share receipt",))
        band(p, (230, 80, 20))
        app_head(p, "Mashreq NEO BIZ", "International transfer")
        h287.burst(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", show(j.amount), **money_)
        name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        two_up(
            p,
            "mq1",
            ("Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
            ("Transfer type", "SWIFT (SHA)"),
            date=j.date,
            method="netbanking",
        )
        two_up(p, "mq2", ("Beneficiary bank", "Bank of India"), ("Charges", "Shared"))
        p.add("small", f"{payer}, {town}")
        return p.done()
    if frame == "nbk":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (0, 56, 120))
        app_head(p, "NBK Mobile Banking", "International transfer")
        p.add("small", f"Today, {hhmm(rng, twelve=rng.random() < 0.5)}")
        h287.tile(p, status)
        p.add("center", "Transfer completed", status=status)
        p.add("big", show(j.amount), **money_)
        name = pick(p, "center", [f"to {FIRM_CAPS}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"NBK{digits(rng, 11)}"
        tiles2(
            p,
            ("Reference", ref),
            ("From account", f"{dots2(font)}{digits(rng, 4)}"),
            txn=(BANK_RANK, ref),
            method="netbanking",
        )
        p.add("small", f"{payer}, {town}")
        return p.done()
    p = browser_page(rng, font, "portal.citidirect.com/payments/cross-border/detail")
    p.part = "head"
    top(p, "CitiDirect BE")
    p.add("small", f"Citibank, N.A.  |  {payer}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Cross-border payment")
    pill(p, "Processed", status, align="l")
    p.add("gap")
    ref = f"C{j.date:%y%m%d}{code(rng, 3, UPPER)}{digits(rng, 5)}"
    name = first_fits(p, names_for(rng), 1.0, 0.6)
    zebra(
        p,
        "ct",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Payment details", ""],
        [
            (["Payment Reference", ref], {"txn": (BANK_RANK, ref)}),
            (["Transaction Date", when(j.date, rng.choice(["%m/%d/%Y", "%b {d}, %Y"]))], {"date": j.date}),
            (["Amount", show(j.amount)], money_),
            (["Beneficiary", name], {"merchant": name}),
            (["Beneficiary Bank", "BANK OF INDIA, HUBBALLI"], {}),
            (["SWIFT/BIC", BIC], {}),
            (["Charges", "SHA"], {"method": "netbanking"}),
        ],
        (0, 59, 112),
    )
    return p.done()


# ---------------------------------------------------------------- 4. the society's own papers


RESORT = "Casa Mandovi Resorts Pvt. Ltd."
CUSTOM = [
    "Jamkhana 6 x 9 ft, custom colours",
    "Jamkhana 8 x 10 ft, hamsa border",
    "Stair runners, 4 pcs, indigo",
    "Durries for a wedding hall, 20 pcs",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's own papers, its shop or itself on top: Navalgund Jamkhana Mane's TAX INVOICE under a
    durrie, its Kannada name and a strip of durrie weave, to a Goa resort (Invoice No. and Invoice Date on a
    line; Billed to and Place of Supply; Item | HSN | Qty | Rate | Amount in a striped table; Taxable Value,
    IGST 5%, Invoice Total in dot leaders; Amount in words; Amount received (IMPS) on a tinted panel, its IMPS
    Ref. No. under it); PayU's checkout for the web shop with the payment pending (a capsule, a notice; Txn
    ID, Merchant Txn ID, Amount, Mode, Date with colons); the society's ADVANCE RECEIPT for a custom jamkhana
    under a durrie and its Kannada name, yarn ends in its margins (No. left blank; each field in a ruled row,
    its Kannada over its English in a shaded cell and the value written in by hand: ದಿನಾಂಕ / Date, ಯಾರಿಂದ /
    Received from, ಯಾವುದಕ್ಕೆ / Towards, ಆದೇಶ ಮೌಲ್ಯ / Order value, ಮುಂಗಡ / Advance, ಬಾಕಿ / Balance;
    "ನಗದು ಸ್ವೀಕರಿಸಲಾಗಿದೆ" (cash received) in a Kannada hand; no reference); Shopify's order confirmation mail
    for the web shop (Order number and Order date; the rugs on hairline rows; Subtotal, Shipping, Total;
    Payment, Razorpay Payment ID at the left and the right); Stripe's checkout with a buyer abroad's card
    declined in US dollars (the shop after "Pay", the sum in dollars, a large cross, "Your card was
    declined.", the reason in a notice; Payment ID, Amount, Card, Date in dot leaders); the Krishi Mela
    stall's CASH BILL (PRICES INCL. GST) on a thermal roll printed from Vyapar in the Mela's days (Bill No.,
    Date, the pieces with their counts and rates, TOTAL, Received, Mode, UPI Ref typed in its printer's
    face); GoCoop's seller payout for the society's orders (its Seller against a gutter; a
    Settled capsule; Order ID | Order value | Commission | Net in a striped table; Net payout, Settled on,
    UTR, Bank account against a gutter);
    OkCredit's entry of a payment got ("Today, <hour>"; the shop on top, a card: "<sum> received", "from
    <customer>", UPI, UPI Ref; Balance; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=1200, high=98000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        durrie(p)
        kannada(p, SHOP_KN, scale=1.1, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  Regd. No. {REGN}")
        woven_band(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"NJM/{fy(j.date)}/{rng.randrange(12, 900):04d}"
        cols(
            p,
            "ti0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date {day_of(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Billed to: {RESORT}, Candolim, Goa")
        p.add("left", f"GSTIN {gstin(rng, '30', 'C')}  |  Place of Supply: 30-Goa")
        items = works(rng, rng.randrange(2, 4), high=7000)
        taxable = sum(q * pr for _, _, q, pr in items)
        igst = round(taxable * 0.05, 2)
        j.amount = round(taxable + igst, 2)
        zebra(
            p,
            "tiz",
            [(0.0, 0.42, "l"), (0.42, 0.54, "c"), (0.54, 0.64, "c"), (0.64, 0.81, "r"), (0.81, 1.0, "r")],
            ["Item", "HSN", "Qty", "Rate", "Amount"],
            [([SHORT[t], hsn, str(q), num(pr), num(q * pr)], {}) for t, hsn, q, pr in items],
            (150, 40, 36),
        )
        dots(p, "Taxable Value", num(taxable), at=0.5)
        dots(p, "IGST 5%", num(igst), at=0.5)
        dots(p, "Invoice Total", rs(j.amount), at=0.5, bold=True, amount=j.amount)
        para(p, f"Amount in words: Rupees {words(j.amount)} only", "small")
        p.add("gap")
        panel(p, "Amount received (IMPS)", rs(j.amount), (238, 232, 212), status=status, method="netbanking")
        p.add("left", f"IMPS Ref. No. {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("small", "Handwoven on pit looms at Navalgund (GI). Subject to Hubballi jurisdiction.")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, f"secure.payu.in/_payment_status?txnid={code(rng, 12, LOWER)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Payments by PayU")
        p.add("rule")
        p.part = "body"
        chip(p, "Transaction pending", status)
        notice_box(
            p,
            "We are waiting for your bank to confirm the payment. Please do not "
            "pay again; your order will be "
            "confirmed by e-mail as soon as the bank responds.",
            "warn",
        )
        tid = str(digits(rng, 11))
        mtx = f"NJM{j.date:%y%m%d}{rng.randrange(100, 999)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "pu", spec, "PayU Txn ID :", tid, txn=(TXN_RANK, tid))
        colkv(p, "pu", spec, "Merchant Txn ID :", mtx, txn=(ORDER_RANK, mtx))
        colkv(p, "pu", spec, "Amount :", rs(j.amount), amount=j.amount)
        colkv(p, "pu", spec, "Mode :", "UPI (collect request)", method="UPI")
        colkv(
            p, "pu", spec, "Date :", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ", ", ")), date=j.date
        )
        return p.done()
    if k == 2:
        value = float(rng.randrange(12, 90) * 1000)
        j.amount = float(round(value * rng.choice([0.25, 0.3, 0.4, 0.5]) / 500) * 500)
        p = leaf(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(252, 248, 236), (248, 246, 238)])
        yarn_ends(p)
        p.part = "head"
        durrie(p)
        kannada(p, FIRM_KN, scale=1.0, bold=True)
        name = pick(p, "title", [FIRM, FIRM_SHORT])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        kannada(p, "ಮುಂಗಡ ರಸೀದಿ  |  ADVANCE RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..........")
        kbox(p, "ದಿನಾಂಕ", "Date", day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), by_hand=True, date=j.date)
        kbox(p, "ಯಾರಿಂದ", "Received from", rng.choice(CUSTOMERS).split(" ", 1)[1], by_hand=True)
        kbox(p, "ಯಾವುದಕ್ಕೆ", "Towards", rng.choice(CUSTOM), by_hand=True)
        kbox(p, "ಆದೇಶ ಮೌಲ್ಯ", "Order value", f"Rs. {num(value, 'indian', 0)}/-", by_hand=True)
        kbox(p, "ಮುಂಗಡ", "Advance", f"Rs. {num(j.amount, 'indian', 0)}/-", by_hand=True, amount=j.amount)
        kbox(p, "ಬಾಕಿ", "Balance", f"Rs. {num(value - j.amount, 'indian', 0)}/-", by_hand=True)
        p.add("gap")
        khand(p, "ನಗದು ಸ್ವೀಕರಿಸಲಾಗಿದೆ", scale=1.4, method="cash", status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Secretary")
        return p.done()
    if k == 3:
        order = f"#{rng.randrange(1040, 2900)}"
        p = mail_page(
            rng,
            font,
            f"{SHOP} <store@{WEB}>",
            [f"Order {order} confirmed", f"Thank you for your order {order}"],
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Handwoven durries from Navalgund")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {who.split(' ', 1)[1].split()[0]},")
        para(
            p,
            "Thank you for your purchase! We have received your payment and are getting your order ready.",
            status=status,
        )
        p.add("gap")
        kvr(p, "Order number", order, txn=(ORDER_RANK, order))
        kvr(p, "Order date", day_of(j, rng, ["%B {d}, %Y", "{d} %b %Y", "%d/%m/%Y"]), date=j.date)
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=6000)
        ship = float(rng.choice([0, 0, 180, 250, 350]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.62, "l"), (0.62, 0.74, "c"), (0.74, 1.0, "r")]
        cols(p, "sfh", spec, "Item", "Qty", "Price", mode="line")
        for t, _, q, pr in items:
            cols(p, "sfl", spec, SHORT[t], f"x {q}", rs(q * pr), mode="line")
        kvr(p, "Subtotal", rs(sub))
        kvr(p, "Shipping", rs(ship) if ship else "Free")
        kvr(p, "Total", rs(j.amount), amount=j.amount)
        kvr(p, "Payment", "UPI (Razorpay)", method="UPI")
        pid = f"pay_{code(rng, 14, ALNUM + 'abcdefghjkmnpqrstuvwxyz')}"
        kvr(p, "Razorpay Payment ID", pid, txn=(TXN_RANK, pid))
        p.add("small", "Powered by Shopify")
        return p.done()
    if k == 4:
        j.amount = round(rng.uniform(80, 640), 2)
        usd = "$" if glyphs(font, "$") else "USD "
        p = browser_page(rng, font, f"checkout.stripe.com/c/pay/cs_live_{code(rng, 18, LOWER)}")
        p.part = "head"
        top(p, "stripe")
        p.add("rule")
        p.part = "body"
        name = pick(p, "center", [f"Pay {SHOP}"])[4:]
        p.add("center", f"Pay {name}", merchant=name)
        p.add("big", f"{usd}{j.amount:,.2f}", amount=j.amount, cur="USD")
        sicon(p, status)
        p.add("center", "Your card was declined.", status=status)
        notice_box(
            p,
            "Your card's issuer declined this payment (do not honour). Try another card; you have not been "
            "charged.",
            "error",
        )
        pid = f"pi_{code(rng, 24, ALNUM + 'abcdefghjkmnpqrstuvwxyz')}"
        dots(p, "Payment ID", pid, at=0.3, txn=(TXN_RANK, pid))
        dots(p, "Amount", f"{usd}{j.amount:,.2f} USD", at=0.3)
        dots(p, "Card", f"Visa {dots2(font)}{digits(rng, 4)}", at=0.3, method="card")
        dots(p, "Date", when(j.date, rng.choice(["%b {d}, %Y", "{d} %B %Y"])), at=0.3, date=j.date)
        return p.done()
    if k == 5:
        on_day(j, rng, KRISHI_MELA + dt.timedelta(days=rng.randrange(MELA_DAYS)))
        p = roll(rng, font, [440, 460, 480], [17, 18])
        h269.torn(p)
        p.part = "head"
        name = pick(p, "center", [SHOP_CAPS, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", STALL)
        p.add("small", f"GSTIN {GSTIN}")
        p.part = "body"
        h271.ext(p)["tt_scale"] = 0.84
        n_ = min(h271.tt_cols(p), 36)
        typed(p, "CASH BILL (PRICES INCL. GST)".center(n_).rstrip(), scale=0.84)
        typed(p, "-" * n_, scale=0.84)
        bno = str(rng.randrange(12, 240))
        typed(p, f"Bill No: {bno}"[:n_], scale=0.84, txn=(INVOICE_RANK, bno))
        typed(p, f"Date: {at_hour(rng, j.date, ['%d/%m/%Y'], (' ',))}"[:n_], scale=0.84, date=j.date)
        typed(p, "-" * n_, scale=0.84)
        j.amount = 0.0
        for t, _, q, pr in works(rng, rng.randrange(2, 4), high=3000):
            q = min(q, 3)
            typed(p, SHORT[t][:n_], scale=0.84)
            line_ = f"  {q} x {pr:.2f}"
            amt = f"{q * pr:.2f}"
            typed(p, f"{line_}{amt:>{n_ - len(line_)}}", scale=0.84)
            j.amount += q * pr
        j.amount = float(j.amount)
        typed(p, "-" * n_, scale=0.84)
        tot = f"{j.amount:,.2f}"
        typed(p, f"TOTAL{tot:>{n_ - 5}}", scale=0.84, amount=j.amount)
        typed(p, f"Received{tot:>{n_ - 8}}", scale=0.84, status=status)
        typed(p, f"Mode{'UPI':>{n_ - 4}}", scale=0.84, method="UPI")
        typed(p, f"UPI Ref{j.ref:>{n_ - 7}}", scale=0.84, txn=(UTR_RANK, j.ref))
        typed(p, "-" * n_, scale=0.84)
        p.add("small", "Thank you! Visit us at Koppikar Road, Hubballi")
        p.add("small", "Generated on Vyapar")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "seller.gocoop.com/payments/payouts")
        p.part = "head"
        top(p, "GoCoop")
        p.add("small", "Seller dashboard  |  Payouts")
        p.add("rule")
        p.part = "body"
        name = first_fits(p, [FIRM, FIRM_SHORT], 1.0, 0.6)
        gutter(p, "gcp", "Seller", name, at=0.36, merchant=name)
        p.add("gap")
        p.add("left", f"Payout for orders of {j.month(1)}")
        pill(p, "Settled", status, align="l")
        p.add("gap")
        rows_, net_total = [], 0.0
        for _ in range(rng.randrange(2, 5)):
            value = float(rng.randrange(18, 140) * 50)
            fee = round(value * 0.12, 2)
            rows_.append(([f"GC{digits(rng, 8)}", num(value), num(fee), num(value - fee)], {}))
            net_total += value - fee
        j.amount = round(net_total, 2)
        zebra(
            p,
            "gcz",
            [(0.0, 0.34, "l"), (0.34, 0.56, "r"), (0.56, 0.78, "r"), (0.78, 1.0, "r")],
            ["Order ID", "Order value", "Commission", "Net"],
            rows_,
            (60, 110, 60),
        )
        ref = utr(rng, j, "Yes Bank", "NEFT")
        gutter(p, "gcp", "Net payout", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "gcp", "Settled on", day_of(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.36, date=j.date)
        gutter(p, "gcp", "UTR", ref, at=0.36, txn=(UTR_RANK, ref), method="netbanking")
        gutter(p, "gcp", "Bank account", f"Karnataka Grameena Bank XX{digits(rng, 4)}", at=0.36)
        return p.done()
    j.amount = rupees(rng, 600, 24000, 0.8)
    p = phone(rng, font, k, ["", "OkCredit"], dark=False, buttons=("Share", "Send reminder"))
    band(p, (26, 115, 232))
    app_head(p, "OkCredit", "Customer ledger")
    name = pick(p, "center", [SHOP, SHOP_CAPS])
    p.add("center", name, merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
    p.add("gap")
    c = card_open(p)
    p.add(
        "center",
        f"{rupee(p.font)}{num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)} received",
        amount=j.amount,
        status=status,
    )
    p.add("center", f"from {who.split(' ', 1)[1]}")
    p.add("small", "Payment mode: UPI", method="UPI")
    p.add("small", f"UPI Ref: {j.ref}", txn=(UTR_RANK, j.ref))
    card_close(p, c)
    p.add("gap")
    kvr(p, "Balance", rs(0.0))
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


MILL = "SRI KAMAKSHI SPINNING MILLS"
CARPENTER = "Basappa Badiger"
VRL = "VRL LOGISTICS LTD."
UDAAN_SELLER = "Sri Siddhivinayak Traders"
DYES = "RANGOLI DYES & CHEMICALS"
PACKMAN = "Packman Packaging Pvt. Ltd."
DYER = "RAZAK DYEING WORKS"
DYER_UR = "رزاق ڈائنگ ورکس"
YARN_SHOP = "Hubli Yarn Centre"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's suppliers, each on top of its own paper: a Komarapalayam spinning mill's TAX INVOICE for
    warp and weft yarn (Invoice No. beside its earlier Date; Consignee; the counts by the kilogram in a table
    ruled on every side, IGST 5%, Total with the accountant's highlighter over it; "Paid by RTGS, UTR ... on
    <day>" written under it and her tick); the loom carpenter's chit in a Kannada hand, photographed lying on
    a jamkhana, yarn ends in its margins (his name in Latin letters at its head; ದಿನಾಂಕ (date) and the day,
    "ನವಲಗುಂದ ಮಹಿಳಾ ಸಂಘಕ್ಕೆ" (to the Navalgund women's society); ಮಗ್ಗದ ತೊಲೆ (loom beams), ಪಂಜಾ ಹಿಡಿ (panja
    handles) and ಮಗ್ಗ ದುರಸ್ತಿ ಕೂಲಿ (loom repair labour) with their sums, ಒಟ್ಟು (total), "ನಗದು ಪಡೆದಿದ್ದೇನೆ" (I
    have received cash); no reference); VRL Logistics' BOOKING RECEIPT for bales of durries (the LR's barcode
    and number; Booking date, From, To, Consignor, Consignee, Articles, Charged weight, Freight, Hamali, Door
    collection, Total freight, Paid by, UPI Ref in dot leaders); udaan's order of woven sacks with the payment
    awaiting the bank's confirmation in an octagon's three dots (a notice; Order ID, Seller, Item, Amount,
    Payment, Placed on each in a form's rounded box under its small label); an Ahmedabad dye house's TAX
    INVOICE made in Swipe with a PAID watermark across it (Invoice # and Date; the dyes on hairline rows;
    Taxable amount, IGST 18%, Total at the left and the right; Payment received: Amount, Mode, UPI Ref,
    Received on); Packman's checkout with the card payment failed for cartons on a tinted band (the reason in
    a notice; Order No., Items, Amount, Payment method, Attempted on at the left and the right); a Navalgund
    dyer's BILL under its Urdu name (No. printed; Date and M/s written in; the yarn dyed by the colour and the
    kilogram written in ruled columns, Total; "Paid by PhonePe, UPI Ref ..." in the hand); a Hubballi yarn
    shop's WhatsApp Business chat under a "Today" divider (the shop at the chat's head, the society's order in
    a card at the right of the thread, the shop's reply in a bubble: "Payment received <sum>", "UPI Ref ..."
    and thanks; no day). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=1500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = leaf(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, MILL, merchant=MILL)
        p.add(
            "small", "Cotton yarn, OE and ring spun  |  Komarapalayam, Namakkal Dist. (Tamil Nadu) - 638183"
        )
        p.add("small", f"GSTIN {gstin(rng, '33', 'F')}  |  Original for recipient")
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv_day = earlier(rng, j, 3, 20)
        inv = f"SKSM/{fy(inv_day)}/{rng.randrange(800, 6400)}"
        cols(
            p,
            "ym0",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date {when(inv_day, '%d.%m.%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Consignee: {FIRM_SHORT}, Navalgund (29-Karnataka)")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("OE cotton yarn 6s, weft, ecru", 148, 176),
                ("Cotton yarn 2/20s, warp, bleached", 258, 298),
                ("Cotton yarn 10s, weft, dyed", 206, 244),
                ("Cotton twine 4 ply, for fringes", 230, 270),
            ],
            rng.randrange(2, 4),
        ):
            kg = rng.randrange(4, 40) * 10
            rate = float(rng.randrange(lo, hi))
            taxable += kg * rate
            rows_.append(([text, "5205", str(kg), num(rate), num(kg * rate)], {}))
        igst = round(taxable * 0.05, 2)
        j.amount = round(taxable + igst, 2)
        rows_.append((["IGST 5%", "", "", "", num(igst)], {}))
        grid(
            p,
            "ym",
            [(0.0, 0.42, "l"), (0.42, 0.52, "c"), (0.52, 0.62, "c"), (0.62, 0.79, "r"), (0.79, 1.0, "r")],
            ["Description", "HSN", "Kg", "Rate", "Amount"],
            rows_,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(230, 236, 226),
        )
        h273.hilite(p)
        p.add("gap")
        way = rng.choice(["RTGS", "NEFT"]) if j.amount < 200000 else "RTGS"
        ref = utr(rng, j, "Karnataka Grameena Bank", way)
        write(p, f"Paid by {way}, UTR {ref}", method="netbanking", status=status, txn=(UTR_RANK, ref))
        write(p, f"on {day_of(j, rng, ['%d/%m/%Y', '{d}.%m.%y'])}  - S.K.", date=j.date)
        h273.tick(p)
        p.add("small", "Our bank: Indian Bank, Komarapalayam  |  Subject to Namakkal jurisdiction")
        return p.done()
    if k == 1:
        p = leaf(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 246, 238), (250, 248, 240)])
        on_jamkhana(p)
        yarn_ends(p)
        p.part = "head"
        write(p, CARPENTER, align="l", merchant=CARPENTER)
        p.part = "body"
        start = len(p.rows)
        khand(p, f"ದಿನಾಂಕ {day_of(j, rng, ['%d/%m/%Y', '{d}-%m-%y'])}", scale=1.1, date=j.date)
        khand(p, "ನವಲಗುಂದ ಮಹಿಳಾ ಸಂಘಕ್ಕೆ", scale=1.1)
        n1, r1 = rng.randrange(1, 4), rng.choice([650, 720, 800])
        n2, r2 = rng.randrange(3, 12), rng.choice([60, 80, 90])
        labour = rng.choice([400, 500, 600, 750])
        j.amount = float(n1 * r1 + n2 * r2 + labour)
        khand(p, f"ಮಗ್ಗದ ತೊಲೆ {n1} x {r1}", figure=num(float(n1 * r1), "indian", 0), scale=1.1)
        khand(p, f"ಪಂಜಾ ಹಿಡಿ {n2} x {r2}", figure=num(float(n2 * r2), "indian", 0), scale=1.1)
        khand(p, "ಮಗ್ಗ ದುರಸ್ತಿ ಕೂಲಿ", figure=num(float(labour), "indian", 0), scale=1.1)
        khand(p, "ಒಟ್ಟು", figure=f"{num(j.amount, 'indian', 0)}/-", scale=1.1, amount=j.amount)
        ledger(p, start, [0.72])
        p.add("gap")
        khand(p, "ನಗದು ಪಡೆದಿದ್ದೇನೆ", scale=1.2, method="cash", status=status)
        write(p, "- Basappa", align="r")
        return p.done()
    if k == 2:
        bales = rng.randrange(2, 9)
        weight = bales * rng.randrange(25, 45)
        freight = float(round(weight * rng.choice([6.5, 7.0, 8.0]) / 10) * 10)
        hamali = float(bales * 20)
        door = float(rng.choice([0, 50, 100]))
        j.amount = freight + hamali + door
        p = leaf(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(250, 250, 246), (246, 248, 252)])
        p.part = "head"
        name = pick(p, "title", [VRL, "VRL Logistics Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Regd. Office: Varur, Hubballi  |  Goods Transport Service")
        p.add("center", "BOOKING RECEIPT")
        p.part = "body"
        lr = f"{rng.randrange(2100, 2999)}{digits(rng, 7)}"
        h269.bars(p, lr)
        p.add("center", f"LR No. {lr}")
        dots(p, "Booking date", day_of(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=0.4, date=j.date)
        dots(p, "From", "HUBBALLI (GOKUL ROAD)", at=0.4)
        dots(p, "To", rng.choice(["BENGALURU (KALASIPALYA)", "PUNE (HADAPSAR)", "MUMBAI (BHIWANDI)"]), at=0.4)
        dots(p, "Consignor", FIRM_SHORT, at=0.4)
        dots(p, "Consignee", rng.choice([KAVERI_TEX, "Kaveri Home Textiles", RANGA]), at=0.4)
        dots(p, "Articles", f"{bales} bales (cotton durries)", at=0.4)
        dots(p, "Charged weight", f"{weight} kg", at=0.4)
        dots(p, "Freight", num(freight), at=0.4)
        dots(p, "Hamali", num(hamali), at=0.4)
        dots(p, "Door collection", num(door), at=0.4)
        dots(p, "Total freight", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Paid by", "UPI", at=0.4, method="UPI", status=status)
        dots(p, "UPI Ref", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        p.add("small", "GST on goods transport payable by the consignor under reverse charge.")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(160, 900) * 10)
        p = phone(rng, font, k, ["", "Order"], dark=False, buttons=("Check payment",))
        band(p, (41, 98, 255))
        app_head(p, "udaan", "Business buying")
        h294.octa(p, status)
        p.add("center", "Payment awaiting confirmation", status=status)
        notice_box(
            p,
            "We have not yet heard from your bank. The order is on hold; please do not pay again. It will be "
            "confirmed automatically once the bank confirms.",
            "warn",
        )
        oid = f"UD{digits(rng, 12)}"
        field(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        field(p, "Seller", UDAAN_SELLER, merchant=UDAAN_SELLER)
        field(p, "Item", f"PP woven sacks 36 x 54 in, {rng.randrange(4, 12) * 50} nos")
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Payment", "Net banking (KaGB)", method="netbanking")
        field(p, "Placed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = leaf(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, DYES, merchant=DYES)
        p.add(
            "small", f"Reactive and vat dyes  |  Narol, Ahmedabad - 382405  |  GSTIN {gstin(rng, '24', 'F')}"
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv_day = earlier(rng, j, 2, 12)
        inv = f"RDC-{rng.randrange(1100, 6900)}"
        cols(
            p,
            "sw0",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice # {inv}",
            f"Date {when(inv_day, '%d %b %Y')}",
            txn=(INVOICE_RANK, inv),
        )
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "swh", spec, "Item", "Kg", "Rate", "Amount", mode="line")
        taxable = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Indigo (synthetic), 20% paste", 380, 460),
                ("Reactive red ME4BL", 520, 640),
                ("Reactive yellow ME4GL", 480, 580),
                ("Sodium hydrosulphite", 140, 190),
                ("Soda ash (light)", 32, 44),
            ],
            rng.randrange(2, 4),
        ):
            kg = rng.randrange(5, 60)
            rate = float(rng.randrange(lo, hi))
            taxable += kg * rate
            cols(p, "swl", spec, text, str(kg), num(rate), num(kg * rate), mode="line")
        igst = round(taxable * 0.18, 2)
        j.amount = round(taxable + igst, 2)
        kvr(p, "Taxable amount", num(taxable))
        kvr(p, "IGST 18%", num(igst))
        kvr(p, "Total", rs(j.amount))
        p.add("gap")
        p.add("left", "Payment received", status=status)
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Mode", "UPI", method="UPI")
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Received on", day_of(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        h273.watermark(p, "PAID", (40, 150, 80))
        p.add("small", "Invoice created with Swipe")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(280, 1600) * 10)
        p = browser_page(rng, font, "www.packman.co.in/checkout/payment-failed")
        p.part = "head"
        name = pick(p, "title", [PACKMAN, "Packman Packaging"])
        top(p, name, merchant=name)
        p.add("small", "Boxes, mailers and packing supplies")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        notice_box(
            p,
            "Your card issuer did not authorise this payment (3-D Secure "
            "authentication failed). Your cart has "
            "been saved; no money has been taken.",
            "error",
        )
        ono = f"PKM{digits(rng, 7)}"
        kvr(p, "Order No.", ono, txn=(ORDER_RANK, ono))
        kvr(p, "Items", f"5-ply cartons 24 x 18 x 12 in, {rng.randrange(4, 20) * 25} nos")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment method", f"Credit card XX{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        p = leaf(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 240)])
        p.part = "head"
        h277.urdu(p, DYER_UR, scale=1.1)
        top(p, DYER, merchant=DYER)
        p.add("small", "Yarn dyeing in indigo and fast colours  |  Nadaf Oni, Navalgund")
        p.add("center", "BILL")
        p.part = "body"
        no = str(rng.randrange(140, 990))
        cols(p, "dyn", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Date", day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "M/s", "Mahila Jamkhana Sangha")
        spec = [(0.0, 0.46, "l"), (0.46, 0.6, "c"), (0.6, 0.76, "c"), (0.78, 1.0, "r")]
        cols(p, "dyh", spec, "Colour", "Kg", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Indigo blue", 80, 110),
                ("Madder red", 90, 120),
                ("Turmeric yellow", 70, 95),
                ("Black", 75, 100),
            ],
            rng.randrange(2, 4),
        ):
            kg = rng.randrange(8, 60)
            rate = rng.randrange(lo, hi, 5)
            hcells(p, spec, text, str(kg), str(rate), num(float(kg * rate), "indian", 0))
            j.amount += kg * rate
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.46, 0.6, 0.77])
        p.add("gap")
        write(p, f"Paid by PhonePe, UPI Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        return p.done()
    j.amount = 0.0
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    p.part = "head"
    shop = pick(p, "title", [YARN_SHOP, "Hubli Yarn"])
    p.add("title", shop, merchant=shop)
    p.add("small", "Business account  |  Durgadbail, Hubballi")
    p.add("gap")
    p.part = "body"
    p.add("gap")
    divider(p, "Today")
    p.add("gap")
    s_ = h275.gcard_open(p)
    h275.inrow(p, "Order: 3 items", scale=0.86, soft=True)
    for text, kg, rate in [
        ("Warp 2/20s", rng.randrange(2, 8) * 5, rng.randrange(270, 300)),
        ("Weft 6s ecru", rng.randrange(4, 12) * 5, rng.randrange(150, 175)),
        ("Fringe twine", rng.randrange(1, 4) * 5, rng.randrange(230, 260)),
    ]:
        h275.inrow(p, f"{text}, {kg} kg x {rate}", scale=0.86)
        j.amount += kg * rate
    j.amount = float(j.amount)
    h275.inrow(p, f"{rng.randrange(9, 12)}:{rng.randrange(10, 59)} am", scale=0.72, soft=True)
    h275.gcard_close(p, s_)
    p.add("gap")
    start = len(p.rows)
    p.add(
        "left",
        f"Payment received {rupee(p.font)}{num(j.amount, 'indian', 0)}",
        amount=j.amount,
        status=status,
    )
    p.add("left", f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref), method="UPI")
    p.add("left", "Thank you! Sending by the 4 pm bus.")
    h273.bubble(p, start, f"{rng.randrange(1, 4)}:{rng.randrange(10, 59)} pm")
    return p.done()


# ---------------------------------------------------------------- 6. the society's bank transfers


# payee as the bank prints it, its bank, the way
PAYEES_OUT = [
    ("SRI SIDDHIVINAYAK TRADERS", "Canara Bank", "IMPS"),
    ("RANGOLI DYES AND CHEMICALS", "Kotak Mahindra Bank", "NEFT"),
    ("SRI KAMAKSHI SPINNING MILLS", "Indian Overseas Bank", "RTGS"),
    ("Razak Dyeing Works", "Union Bank of India", "UPI"),
    ("VRL LOGISTICS LTD", "HDFC Bank", "NEFT"),
    ("HUBLI YARN CENTRE", "Federal Bank", "IMPS"),
    ("BASAPPA BADIGER", "State Bank of India", "NEFT"),
    ("HUBBALLI PACKAGING INDUSTRIES", "Axis Bank", "NEFT"),
]
PAYING_BANK = [
    "ICICI Bank",
    "Punjab National Bank",
    "The Dharwad District Central Co-operative Bank",
    "AU Small Finance Bank",
    "Indian Overseas Bank",
    "Karnataka Grameena Bank",
    "South Indian Bank",
    "IndusInd Bank",
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its suppliers from its banks: ICICI Bank's InstaBIZ with an IMPS to the sack seller
    under a green ribbon (IMPS transfer completed, the sum, "to <payee>"; Beneficiary, A/c No., IFSC, IMPS Ref
    No, Date & Time, Remarks with colons); PNB ONE with a NEFT to the dye house failed under a scalloped badge
    (the reason in a notice; each value over its label: Beneficiary, Amount, UTR No., Transaction Date,
    Failure Reason); the Dharwad District Central Co-operative Bank's RTGS / NEFT APPLICATION filled in by
    hand under its Kannada name (the Remitter printed; each field in a ruled row, its Kannada over its English
    in a shaded cell and the value written in: ದಿನಾಂಕ / Date, ಫಲಾನುಭವಿಯ ಹೆಸರು / Beneficiary name, ಮೊತ್ತ /
    Amount, ಬ್ಯಾಂಕ್ ಮತ್ತು ಶಾಖೆ / Bank and branch; the account number and IFSC a box to each character; RTGS
    and NEFT in boxes, RTGS ticked; the branch's rectangular stamp; UTR written in by the branch); AU Small
    Finance Bank's AU 0101 with a UPI payment to the dyer ("Today, <hour>"; a large tick, the sum set large,
    "to <payee>"; labels small over their values two to a row: UPI Ref No. and From; no day); Indian
    Overseas Bank's IOB Mobile with a NEFT pending under a spinner (its stages top to bottom, a notice;
    Beneficiary, Amount, UTR, Initiated on, Debit A/c in dot leaders); Karnataka Grameena Bank's app with an
    IMPS successful, its outcome in Kannada over the English (ವರ್ಗಾವಣೆ ಯಶಸ್ವಿಯಾಗಿದೆ / Transfer successful;
    each field in a ruled row, its Kannada over its English: ಫಲಾನುಭವಿ / Beneficiary, ಮೊತ್ತ / Amount, ಐಎಂಪಿಎಸ್
    ಉಲ್ಲೇಖ / IMPS Ref, ದಿನಾಂಕ / Date); South Indian Bank's SIB Mirror+ funds transfer receipt (Transaction
    Status, Reference No., UTR No., Beneficiary Name, Beneficiary A/c, Amount, Transaction Date in a table
    ruled on every side); IndusInd Bank's IndusMobile receipt shared as a ticket with its notches ("<sum> sent
    to <payee>", "on <day> at <hour>", "via NEFT"; no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=4000, high=150000)
    to, their_bank, way = PAYEES_OUT[k]
    if way == "IMPS":
        j.amount = rupees(rng, 3000, 95000, 0.6)
    if way == "UPI":
        j.amount = rupees(rng, 900, 18000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 204000, 480000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    ref = utr(rng, j, PAYING_BANK[k], way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXXX{digits(rng, 4)}"
    ifsc = f"{IFSC.get(their_bank, 'HDFC')}0{digits(rng, 6)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (174, 40, 30))
        app_head(p, "InstaBIZ", "ICICI Bank  |  Business banking")
        h275.ribbon(p, "TRANSFER SUCCESSFUL", (18, 140, 70))
        p.add("gap")
        p.add("center", "IMPS transfer completed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {to.title()}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        colkv(p, "ib", spec, "Beneficiary :", to.title())
        colkv(p, "ib", spec, "A/c No. :", acct, method=method)
        colkv(p, "ib", spec, "IFSC :", ifsc)
        colkv(p, "ib", spec, "IMPS Ref No :", ref, txn=(UTR_RANK, ref))
        colkv(
            p,
            "ib",
            spec,
            "Date & Time :",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)),
            date=j.date,
        )
        colkv(p, "ib", spec, "Remarks :", "PP sacks")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Retry",))
        band(p, (162, 20, 47))
        app_head(p, "PNB ONE", "Punjab National Bank  |  NEFT")
        h287.burst(p, status)
        p.add("center", "Transaction Failed", status=status)
        notice_box(
            p,
            "The NEFT was returned by the beneficiary bank (account frozen). The "
            "amount has been credited back "
            "to your account.",
            "error",
        )
        vlab(p, "Beneficiary", to, merchant=to)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "UTR No.", ref, bold=False, txn=(UTR_RANK, ref), method=method)
        vlab(p, "Transaction Date", day_of(j, rng, ["%d/%m/%Y", "%d %b %Y"]), bold=False, date=j.date)
        vlab(p, "Failure Reason", "Beneficiary account frozen", bold=False)
        return p.done()
    if k == 2:
        p = leaf(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(246, 248, 240), (250, 246, 236)])
        boxes_by_pen(p)
        p.part = "head"
        kannada(p, "ಧಾರವಾಡ ಜಿಲ್ಲಾ ಕೇಂದ್ರ ಸಹಕಾರ ಬ್ಯಾಂಕ್ ನಿಯಮಿತ", bold=True)
        top(
            p,
            pick(
                p, "title", ["THE DHARWAD DISTRICT CENTRAL CO-OPERATIVE BANK LTD.", "DHARWAD DCC BANK LTD."]
            ),
        )
        p.add("small", "Navalgund Branch  |  RTGS / NEFT APPLICATION (CUSTOMER COPY)")
        p.part = "body"
        p.add("left", f"Remitter: {FIRM_SHORT}, A/c No. 0412{digits(rng, 6)}")
        name = to.title()
        day = day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"])
        kbox(p, "ದಿನಾಂಕ", "Date", day, at=0.4, by_hand=True, date=j.date)
        kbox(p, "ಫಲಾನುಭವಿಯ ಹೆಸರು", "Beneficiary name", name, at=0.4, by_hand=True, merchant=name)
        kbox(
            p,
            "ಮೊತ್ತ",
            "Amount",
            f"Rs. {num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}",
            at=0.4,
            by_hand=True,
            amount=j.amount,
        )
        kbox(p, "ಬ್ಯಾಂಕ್ ಮತ್ತು ಶಾಖೆ", "Bank and branch", "IOB, Komarapalayam", at=0.4, by_hand=True)
        h269.comb(p, "A/c No.", f"{digits(rng, 4)}{digits(rng, 4)}{digits(rng, 6)}")
        h269.comb(p, "IFSC", ifsc)
        h269.ticks(p, ["RTGS", "NEFT"], 0, method=method)
        h271.rstamp(p, ["DDCC BANK NAVALGUND", "PROCESSED", "RTGS"], "violet", at=0.5, rows_=4)
        blank(p, "UTR", ref, txn=(UTR_RANK, ref), status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Authorised signatory")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (97, 43, 132))
        app_head(p, "AU 0101", "AU Small Finance Bank  |  UPI")
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        sicon(p, status)
        p.add("center", "Paid", status=status)
        h277.bigsum(p, rupee(p.font), j.amount, rng.choice(["indian", "western"]), amount=j.amount)
        p.add("center", f"to {to}", merchant=to)
        p.add("small", f"razakdyeing{rng.randrange(10, 99)}@okhdfcbank")
        p.add("gap")
        two_up(
            p,
            "au",
            ("UPI Ref No.", ref),
            ("From", f"AU 0101 {dots2(font)}{digits(rng, 4)}"),
            txn=(UTR_RANK, ref),
            method=method,
        )
        p.add("small", "indigo dyeing, 2 lots")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "NEFT status"], dark=False, buttons=("Refresh",))
        band(p, (0, 80, 160))
        app_head(p, "IOB Mobile", "Indian Overseas Bank  |  NEFT")
        h279.spinner(p, AMBER)
        p.add("center", "NEFT Pending", status=status)
        h271.step(p, "Submitted", "from your account", "done")
        h271.step(p, "Sent to RBI", "in the next batch", "pending")
        h271.step(p, "Credited", "", "todo")
        notice_box(
            p, "Your NEFT is waiting for the next settlement batch. Please do not send it again.", "warn"
        )
        dots(p, "Beneficiary", to, at=0.36, merchant=to)
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "UTR", ref, at=0.36, txn=(UTR_RANK, ref), method=method)
        dots(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ", ", ")),
            at=0.36,
            date=j.date,
        )
        dots(p, "Debit A/c", acct, at=0.36)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 110, 80))
        app_head(p, "Karnataka Grameena Bank", "Mobile Banking  |  IMPS")
        sicon(p, status)
        kannada(p, "ವರ್ಗಾವಣೆ ಯಶಸ್ವಿಯಾಗಿದೆ", bold=True)
        p.add("center", "Transfer successful", status=status)
        p.add("gap")
        name = first_fits(p, [to, to.title()], 0.96, 0.5, bold=True)
        kbox(p, "ಫಲಾನುಭವಿ", "Beneficiary", name, at=0.42, merchant=name)
        kbox(p, "ಮೊತ್ತ", "Amount", rs(j.amount), at=0.42, amount=j.amount)
        kbox(p, "ಐಎಂಪಿಎಸ್ ಉಲ್ಲೇಖ", "IMPS Ref", ref, at=0.42, txn=(UTR_RANK, ref), method=method)
        kbox(p, "ದಿನಾಂಕ", "Date", day_of(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=0.42, date=j.date)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "sibernet.southindianbank.com/corp/fundtransfer/receipt")
        p.part = "head"
        top(p, "South Indian Bank")
        p.add("small", "SIB Mirror+  |  Funds Transfer Receipt")
        p.add("rule")
        p.part = "body"
        sref = f"SIB{j.date:%y%m%d}{digits(rng, 6)}"
        for label_, value, facts in [
            ("Transaction Status", "Success", {"status": status}),
            ("Reference No.", sref, {"txn": (BANK_RANK, sref)}),
            ("UTR No.", ref, {"txn": (UTR_RANK, ref)}),
            ("Beneficiary Name", to, {"merchant": to}),
            ("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)} ({ifsc})", {}),
            ("Amount", rs(j.amount), {"amount": j.amount, "method": method}),
            ("Transaction Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), {"date": j.date}),
        ]:
            gkv(p, "sib", label_, value, at=0.38, **facts)
        p.add("small", "Loom repairs and beams, Navalgund hall")
        return p.done()
    p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 600]), size=rng.choice([20, 21]))
    p.style["paper"] = (252, 246, 240)
    p.part = "head"
    p.add("title", "IndusInd Bank")
    p.add("small", "IndusMobile  |  Transaction receipt")
    p.part = "body"
    start = h279.ticket_open(p)
    sicon(p, status)
    p.add("center", "Money sent", status=status)
    line = pick(p, "center", [f"{rs(j.amount)} sent to {to}", f"{rs(j.amount)} sent to {to.title()}"])
    p.add("center", line, amount=j.amount, merchant=line.split(" sent to ", 1)[1])
    tear = h279.ticket_tear(p)
    p.add("small", f"on {at_hour(rng, j.date, ['{d} %B %Y', '%d %b %Y'], (' at ',))}", date=j.date)
    p.add("small", "via NEFT  |  cartons for the Dubai order", method=method)
    h279.ticket_close(p, start, tear)
    return p.done()


# ---------------------------------------------------------------- 7. the society's people


DURRIES_WOVEN = [
    ("Durrie 3x5 jali", 15),
    ("Durrie 4x6 hamsa", 24),
    ("Durrie 2x3 bird", 6),
    ("Jamkhana 6x9", 54),
    ("Janamaz 2x4", 8),
    ("Runner 2x10", 20),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its weavers and its shop's staff: a weaver's WEAVING ACCOUNT under its Kannada
    heading "ನೇಯ್ಗೆ ಲೆಕ್ಕ" (weaving account), photographed lying on a jamkhana, yarn ends in its margins
    (Weaver written in; the day, the durries she wove, their pieces, square feet and rate and their sums
    written in ruled columns, Total; "Paid by UPI, Ref ..." and Paid on written in); Keka's payslip for the
    shop's salesman (Employee, Designation, Employee No., Location, Pay Days, Bank two pairs to a row in a
    table ruled on every side; Earnings | Amount | Deductions | Amount ruled likewise; Net Pay and its
    words; Mode, UTR, Paid on in a striped table); JioFinance's UPI payment to a weaver (a large tick,
    Payment successful, the sum, "Paid to" over the weaver; UPI Ref. No., Date and time, Paid from on
    hairline rows); Jupiter's UPI payment to a weaver in progress (the sum, "to <payee>", a progress bar, a
    notice; a copyable UPI Ref No.; Started, From at the left and the right); a weaver's WAGE RECEIPT on
    the society's printed slip under its Kannada heading "ಕೂಲಿ ಪಾವತಿ ರಸೀದಿ" (wage payment receipt), written
    in a Kannada hand ("ರೂ. x/- ನಗದು ಪಡೆದಿದ್ದೇನೆ" (I have received Rs. x in cash), the day), her left
    thumb's impression in violet ink in a box, her name written under it in English; no reference);
    Freecharge's UPI payment to a weaver failed under a tile's cross (the sum, "to <payee>", the reason in
    a notice; UPI Ref No., Attempted on, Paid from in shaded labels); the society's CASH VOUCHER for a
    weaver's festival advance before Ugadi and Ramzan under its Kannada heading (Voucher No. struck in red;
    Date, Paid to, Rupees and Towards written in; Cash ticked among Cash, UPI and Cheque; Rs. in a box; the
    receiver's and the Secretary's signatures); super.money's UPI payment to the shop's assistant ("Today,
    <hour>"; Sent, the sum, "to <payee>"; a copyable UPI Ref No.; From; no day). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=1200, high=9500, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR"))
    weaver = WEAVERS[(k + rng.randrange(3)) % len(WEAVERS)]
    if k == 0:
        p = leaf(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
        on_jamkhana(p)
        yarn_ends(p)
        p.part = "head"
        kannada(p, "ನೇಯ್ಗೆ ಲೆಕ್ಕ", scale=1.2, bold=True)
        p.add("center", "WEAVING ACCOUNT")
        p.add("small", f"{HALL}  |  {TOWN}")
        p.part = "body"
        p.add("rule")
        blank(p, "Weaver", weaver, merchant=weaver)
        spec = [
            (0.0, 0.13, "l"),
            (0.13, 0.45, "l"),
            (0.45, 0.55, "c"),
            (0.55, 0.67, "c"),
            (0.67, 0.79, "c"),
            (0.81, 1.0, "r"),
        ]
        cols(p, "wa", spec, "Date", "Durrie", "Pcs", "Sq ft", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        rows_ = []
        for text, sqft in rng.sample(DURRIES_WOVEN, 3):
            rate = rng.choice([28, 30, 32, 35, 38])
            pcs = 1 if sqft >= 40 else rng.randrange(1, 3) if sqft >= 20 else rng.randrange(3, 9)
            rows_.append((earlier(rng, j, 1, 12), text, pcs, sqft, rate))
        j.amount = 0.0
        for day, text, pcs, sqft, rate in sorted(rows_):
            v = float(pcs * sqft * rate)
            hcells(
                p, spec, when(day, "%d/%m"), text, str(pcs), str(pcs * sqft), str(rate), num(v, "indian", 0)
            )
            j.amount += v
        j.amount = float(j.amount)
        hcells(p, spec, "", "Total", "", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.13, 0.45, 0.55, 0.67, 0.8])
        p.add("gap")
        write(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        blank(p, "Paid on", day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        return p.done()
    if k == 1:
        worker = STAFF[0]
        basic = float(rng.randrange(100, 150) * 100)
        hra = float(round(basic * 0.3, -1))
        conv = float(rng.choice([1000, 1250, 1600]))
        pf = float(round(min(basic, 15000) * 0.12))
        pt = 200.0
        j.amount = basic + hra + conv - pf - pt
        p = leaf(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [FIRM, FIRM_SHORT]))
        p.add("small", f"{SHOP}, {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")]
        grid(
            p,
            "ke",
            spec,
            None,
            [
                (
                    ["Employee", worker, "Employee No.", f"NJM{rng.randrange(3, 40):03d}"],
                    {"merchant": worker},
                ),
                (["Designation", "Sales Executive", "Location", "Hubballi"], {}),
                (["Pay Days", str(rng.randrange(26, 31)), "Bank", f"KBL XX{digits(rng, 4)}"], {}),
            ],
            tint=(236, 236, 246),
        )
        grid(
            p,
            "kp",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "PF", num(pf)], {}),
                (["HRA", num(hra), "Professional Tax", num(pt)], {}),
                (["Conveyance", num(conv), "", ""], {}),
            ],
            foot=(["Net Pay", num(j.amount)], {"amount": j.amount}),
            tint=(236, 236, 246),
        )
        para(p, f"Net Pay (in words): Rupees {words(j.amount)} only", "small")
        ref = utr(rng, j, "Karnataka Grameena Bank", "NEFT")
        zebra(
            p,
            "kz",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Payment", ""],
            [
                (["Mode", "Bank transfer (NEFT)"], {"method": "netbanking", "status": status}),
                (["UTR", ref], {"txn": (UTR_RANK, ref)}),
                (["Paid on", day_of(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
            (60, 64, 150),
        )
        p.add("small", "Generated by Keka HR. This is a system generated payslip.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 80, 170))
        app_head(p, "JioFinance", "UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", weaver, merchant=weaver)
        p.add("gap")
        h269.kind(p, "jf", [(0.0, 0.42, "l"), (0.42, 1.0, "r")], "line")
        h269.row(p, "jf", "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        h269.row(
            p, "jf", "Date and time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
        )
        h269.row(p, "jf", "Paid from", f"Jio Payments Bank XX{digits(rng, 4)}", method="UPI")
        p.add("small", "weaving wages")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (250, 110, 60))
        app_head(p, "Jupiter", "UPI")
        p.add("center", "Payment in progress", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {weaver}", merchant=weaver)
        h294.progress(p, 0.55, status)
        notice_box(
            p,
            "The receiver's bank hasn't confirmed yet. Don't pay again; if it "
            "fails, the money is back in your "
            "account within 2 working days.",
            "warn",
        )
        copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Started", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "From", f"Jupiter {dots2(font)}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        weaver = rng.choice(
            ["Yallavva Kalghatgi", "Shantavva Kurahatti", "Husenbi Mulla", "Mehaboobi Kittur"]
        )
        j.amount = float(rng.randrange(14, 70) * 50)
        p = leaf(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 240)])
        p.part = "head"
        kannada(p, FIRM_KN, scale=0.9, bold=True)
        top(p, pick(p, "title", [FIRM_SHORT, "Navalgund Mahila Sangha"]))
        kannada(p, "ಕೂಲಿ ಪಾವತಿ ರಸೀದಿ  |  WAGE RECEIPT", scale=0.92, bold=True)
        p.part = "body"
        p.add("rule")
        p.add("gap")
        khand(p, f"{WEAVERS_KN[weaver]} - ಜಮಖಾನ ನೇಯ್ಗೆ ಕೂಲಿ", scale=1.3)
        p.add("gap")
        khand(
            p,
            f"ರೂ. {num(j.amount, 'indian', 0)}/- ನಗದು ಪಡೆದಿದ್ದೇನೆ",
            scale=1.3,
            amount=j.amount,
            method="cash",
            status=status,
        )
        p.add("gap")
        khand(p, f"ದಿನಾಂಕ {day_of(j, rng, ['%d/%m/%Y', '{d}-%m-%Y'])}", scale=1.3, date=j.date)
        p.add("gap")
        thumbprint(p, "Left thumb")
        write(p, weaver, align="r", merchant=weaver)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (255, 94, 20))
        app_head(p, "freecharge", "UPI")
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {weaver}", merchant=weaver)
        notice_box(
            p,
            "The payment could not be completed: the receiver's bank is not responding (U91). No money has "
            "been deducted.",
            "error",
        )
        kv(p, "UPI Ref No.", j.ref, at=0.38, txn=(UTR_RANK, j.ref))
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.38, date=j.date)
        kv(p, "Paid from", f"Axis Bank XX{digits(rng, 4)}", at=0.38, method="UPI")
        return p.done()
    if k == 6:
        on_day(j, rng, UGADI - dt.timedelta(days=rng.randrange(2, 14)))
        j.amount = float(rng.choice([1000, 1500, 2000, 2500, 3000]))
        p = leaf(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(246, 250, 244), (252, 250, 242)])
        boxes_by_pen(p)
        p.part = "head"
        kannada(p, "ನಗದು ಪಾವತಿ ಚೀಟಿ", scale=1.0, bold=True)
        top(p, pick(p, "title", [FIRM_SHORT, FIRM]))
        p.add("center", "CASH VOUCHER")
        p.part = "body"
        p.add("rule")
        vno = str(rng.randrange(120, 900))
        h279.redno(p, "Voucher No.", vno, txn=(INVOICE_RANK, vno))
        blank(p, "Date", day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Paid to", weaver, merchant=weaver)
        blank(p, "Rupees", f"{words(j.amount)} only")
        blank(p, "Towards", "festival advance (Ugadi, Ramzan)")
        h269.ticks(p, ["Cash", "UPI", "Cheque"], 0, method="cash")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount, status=status)
        p.add("gap")
        sig(p)
        cols(p, "cvs", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Receiver's signature", "Secretary", mode="soft")
        return p.done()
    worker = STAFF[1]
    p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.5, buttons=("Done",))
    app_head(p, "super.money", "UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    pill(p, "Sent", status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {worker}", merchant=worker)
    p.add("gap")
    copyrow(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "From", f"Karnataka Bank {dots2(font)}{digits(rng, 4)}", method="UPI")
    kvr(p, "Note", "shop, overtime")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


HDMC = "Hubballi-Dharwad Municipal Corporation"
HDMC_KN = "ಹುಬ್ಬಳ್ಳಿ-ಧಾರವಾಡ ಮಹಾನಗರ ಪಾಲಿಕೆ"
KSPCB = "Karnataka State Pollution Control Board"
TMC = "TOWN MUNICIPAL COUNCIL, NAVALGUND"
TMC_KN = "ಪುರಸಭೆ ನವಲಗುಂದ"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's fees, taxes and dues, the authority paid as printed: the Hubballi-Dharwad Municipal
    Corporation's trade licence renewal receipt for the shop under its Kannada name (each field in a ruled
    row, its Kannada over its English in a shaded cell, the value printed: ರಸೀದಿ ಸಂಖ್ಯೆ / Receipt No., ಉದ್ದಿಮೆ
    ಪರವಾನಗಿ ಸಂಖ್ಯೆ / Trade Licence No., ಉದ್ದಿಮೆಯ ಹೆಸರು / Trade Name, ಮೊತ್ತ / Amount, ಪಾವತಿ ವಿಧಾನ / Payment
    Mode, ವಹಿವಾಟು ಸಂಖ್ಯೆ / Transaction No., ಪಾವತಿ ದಿನಾಂಕ / Payment Date); the Hubballi One centre's receipt
    on its torn roll for the Labour Department's shop registration renewal (CENTRE, DEPARTMENT, SERVICE, APPL
    NO, SERVICE FEE, CENTRE CHG, TOTAL, MODE, UPI REF, TXN NO, DATE typed in its printer's face); the GST
    portal's payment of the society's GST failed under a large cross (the reason in a notice; CPIN, GSTIN,
    Amount, Mode, Attempted on at the left and the right); the Karnataka Labour Welfare Board's annual
    contribution pending at the bank (a capsule, its stages across the page, a notice; labels small over
    their values two to a row: Establishment No. and Year, Employees and Amount, Transaction ID and Initiated
    on); the Karnataka State Pollution Control Board's consent fee receipt for the society's dye vats (its
    sentence; Application No., Industry, Category, Fee, Payment Mode, Transaction ID, Bank Ref. No., Payment
    Date in dot leaders); the KSP app with a Hubballi-Dharwad traffic e-challan on the society's tempo paid
    ("Today, <hour>"; the police under the app's bar, a scalloped badge, Challan paid, the sum; Challan No.,
    Vehicle No., Offence, Transaction ID, Paid via at the left and the right; no day); the Town Municipal
    Council of Navalgund's property tax receipt from its book under its Kannada name (No. left blank; Date,
    Name, Property No. and Year written in; Rs. in a box; "Recd. in cash"; the revenue section's oval stamp;
    no reference); Khajane-II's e-challan for the Department of Co-operative Audit's audit fee paid (CRN,
    Department, DDO, Purpose, Remitter, Amount, Bank, Bank Reference No., Payment Date, Status in a table
    ruled on every side). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(2,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=500, high=40000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([1500, 2250, 3000, 4500, 6000]))
        p = browser_page(rng, font, "hdmc.mrc.gov.in/tradelicence/receipt")
        p.part = "head"
        kannada(p, HDMC_KN, scale=1.0, bold=True)
        name = pick(p, "title", [HDMC, "HDMC"])
        top(p, name, merchant=name)
        p.add("small", "Trade Licence Renewal  |  Online Receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment received", status=status)
        rno = f"TL/{j.date:%y}/{digits(rng, 7)}"
        tno = f"HDMC{digits(rng, 12)}"
        at = 0.42
        kbox(p, "ರಸೀದಿ ಸಂಖ್ಯೆ", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
        kbox(
            p,
            "ಉದ್ದಿಮೆ ಪರವಾನಗಿ ಸಂಖ್ಯೆ",
            "Trade Licence No.",
            f"HDMC/TL/Z-{rng.randrange(1, 12)}/{digits(rng, 5)}",
            at=at,
        )
        kbox(p, "ಉದ್ದಿಮೆಯ ಹೆಸರು", "Trade Name", SHOP_CAPS, at=at)
        kbox(p, "ಮೊತ್ತ", "Amount", rs(j.amount), at=at, amount=j.amount)
        kbox(p, "ಪಾವತಿ ವಿಧಾನ", "Payment Mode", "Net Banking", at=at, method="netbanking")
        kbox(p, "ವಹಿವಾಟು ಸಂಖ್ಯೆ", "Transaction No.", tno, at=at, txn=(TXN_RANK, tno))
        kbox(p, "ಪಾವತಿ ದಿನಾಂಕ", "Payment Date", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
        return p.done()
    if k == 1:
        fee = float(rng.choice([250, 500, 1000]))
        j.amount = fee + 30.0
        p = roll(rng, font, [460, 480, 500], [17, 18])
        h269.torn(p)
        p.part = "head"
        kannada(p, "ಹುಬ್ಬಳ್ಳಿ ಒನ್", scale=1.1, bold=True)
        p.add("center", "HUBBALLI ONE")
        p.add("small", "Integrated citizen service centre")
        p.part = "body"
        h271.ext(p)["tt_scale"] = 0.84
        n_ = min(h271.tt_cols(p), 40)
        tno = f"HO{digits(rng, 11)}"
        typed(p, "-" * n_, scale=0.84)

        def line(label_: str, value: str, **facts) -> None:
            typed(p, f"{label_:<12}: {value}"[:n_], scale=0.84, **facts)

        line("CENTRE", "HO-07 GOKUL ROAD")
        dept = "LABOUR DEPARTMENT"
        line("DEPARTMENT", dept, merchant=dept)
        line("SERVICE", "SHOPS & ESTT RENEWAL")
        line("APPL NO", f"SE{digits(rng, 9)}")
        line("SERVICE FEE", f"{fee:.2f}")
        line("CENTRE CHG", "30.00")
        line("TOTAL", f"{j.amount:.2f}", amount=j.amount)
        line("MODE", "UPI", method="UPI", status=status)
        line("UPI REF", j.ref, txn=(UTR_RANK, j.ref))
        line("TXN NO", tno, txn=(TXN_RANK, tno))
        line("DATE", at_hour(rng, j.date, ["%d-%m-%Y"], (" ",)), date=j.date)
        typed(p, "-" * n_, scale=0.84)
        p.add("small", "Thank you. Keep this receipt for reference.")
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 4000, 38000, 0.4)
        p = browser_page(rng, font, "payment.gst.gov.in/payment/paymentstatus")
        p.part = "head"
        name = pick(p, "title", ["Goods and Services Tax", "GST"])
        top(p, name, merchant=name)
        p.add("small", "Services  |  Payments  |  Track Payment Status")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment Failed", status=status)
        notice_box(
            p,
            "The bank did not confirm the debit (transaction timed out). If your account was debited, the "
            "amount will be reversed by the bank. Please generate the challan again and pay.",
            "error",
        )
        cpin = f"{j.date:%y}29{digits(rng, 10)}"
        kvr(p, "CPIN", cpin, txn=(INVOICE_RANK, cpin))
        kvr(p, "GSTIN", GSTIN)
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Mode", "Net Banking (Karnataka Bank)", method="netbanking")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 3:
        n_emp = rng.randrange(6, 30)
        j.amount = float(n_emp * 60)
        on_day(j, rng, dt.date(2026, 1, rng.randrange(2, 16)))
        p = browser_page(rng, font, "klwbapps.karnataka.gov.in/contribution/status")
        p.part = "head"
        kannada(p, "ಕರ್ನಾಟಕ ಕಾರ್ಮಿಕ ಕಲ್ಯಾಣ ಮಂಡಳಿ", scale=1.0, bold=True)
        name = pick(p, "title", ["Karnataka Labour Welfare Board", "Karnataka Labour Welfare Bd."])
        top(p, name, merchant=name)
        p.add("small", "Contribution payment status")
        p.add("rule")
        p.part = "body"
        chip(p, "Pending at bank", status)
        h289.steps(p, ["Challan generated", "Paid at bank", "Realised"], 1, status)
        notice_box(
            p,
            "The bank has not yet confirmed this contribution. Do not pay it again; the status will change "
            "once the bank's confirmation arrives.",
            "warn",
        )
        tid = f"KLWB{digits(rng, 11)}"
        two_up(p, "lw1", ("Establishment No.", f"DWD/{digits(rng, 5)}"), ("Year", f"{j.date.year - 1}"))
        two_up(
            p,
            "lw2",
            ("Employees", f"{n_emp} (Rs. 20 + Rs. 40 each)"),
            ("Amount", rs(j.amount)),
            amount=j.amount,
        )
        two_up(
            p,
            "lw3",
            ("Transaction ID", tid),
            ("Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",))),
            txn=(TXN_RANK, tid),
            date=j.date,
            method="netbanking",
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([2500, 5000, 7500, 10000]))
        p = browser_page(rng, font, "kspcb.karnataka.gov.in/xgn/fee/receipt")
        p.part = "head"
        name = pick(p, "title", [KSPCB, "KSPCB"])
        top(p, name, merchant=name)
        p.add("small", "Online consent management  |  Fee receipt")
        p.add("rule")
        p.part = "body"
        para(p, "The fee for the application below has been received. Thank you.", status=status)
        p.add("gap")
        tid = f"XGN{digits(rng, 11)}"
        bref = f"KBL{digits(rng, 9)}"
        for label_, value, facts in [
            ("Application No.", f"CFO/DWD/{digits(rng, 6)}", {}),
            ("Industry", clip(FIRM_SHORT, 34), {}),
            ("Category", "Green - yarn dyeing (small)", {}),
            ("Fee", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "Net Banking", {"method": "netbanking"}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment Date", day_of(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), {"date": j.date}),
        ]:
            dots(p, label_, value, at=0.38, **facts)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([500, 1000, 1500]))
        p = phone(rng, font, k, ["", "e-Challan"], dark=False, buttons=("Download receipt",))
        band(p, (20, 40, 100))
        app_head(p, "KSP", "Karnataka State Police  |  e-Challan")
        name = pick(p, "center", ["Hubballi-Dharwad City Traffic Police", "Hubballi-Dharwad Traffic Police"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        h287.burst(p, status)
        p.add("center", "Challan paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        cno = f"HDC{digits(rng, 12)}"
        tid = f"KSP{digits(rng, 12)}"
        kvr(p, "Challan No.", cno, txn=(INVOICE_RANK, cno))
        kvr(p, "Vehicle No.", f"KA25{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}")
        kvr(p, "Offence", "Parking on footpath")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([860, 1240, 1680, 2310]))
        p = leaf(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(244, 240, 226), (240, 244, 232)])
        boxes_by_pen(p)
        p.part = "head"
        kannada(p, TMC_KN, scale=1.15, bold=True)
        name = pick(p, "title", [TMC, "Town Municipal Council, Navalgund"])
        top(p, name, merchant=name)
        kannada(p, "ಆಸ್ತಿ ತೆರಿಗೆ ರಸೀದಿ  |  PROPERTY TAX RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..........")
        blank(p, "Date", day_of(j, rng, ["%d/%m/%Y", "{d}-%m-%y"]), date=j.date)
        blank(p, "Name", FIRM_SHORT)
        blank(p, "Property No.", f"{rng.randrange(1, 30)}/{rng.randrange(100, 900)}, Kalmath Oni")
        yr = j.date.year if j.date.month >= 4 else j.date.year - 1
        blank(p, "Year", f"{yr}-{(yr + 1) % 100:02d}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Recd. in cash", method="cash", status=status)
        h287.oval(p, ["T.M.C. NAVALGUND", "REVENUE", "SECTION"], "violet", at=0.62, rows_=3)
        return p.done()
    j.amount = float(rng.randrange(30, 180) * 100)
    p = browser_page(rng, font, "k2.karnataka.gov.in/wps/portal/Khajane-II/echallan/receipt")
    p.part = "head"
    kannada(p, "ಖಜಾನೆ-II", scale=1.1, bold=True)
    top(p, "Khajane-II")
    p.add("small", "Government of Karnataka  |  e-Challan Receipt")
    p.add("rule")
    p.part = "body"
    crn = f"CR{j.date:%y}{digits(rng, 11)}"
    bref = f"IGAPZ{digits(rng, 8)}"
    dept = "Department of Co-operative Audit"
    for label_, value, facts in [
        ("CRN", crn, {"txn": (TXN_RANK, crn)}),
        ("Department", dept, {"merchant": dept}),
        ("DDO", "Dy. Director of Co-op. Audit, Dharwad", {}),
        ("Purpose", f"Audit fee {fy(j.date)}", {}),
        ("Remitter", clip(FIRM_SHORT, 36), {}),
        ("Amount", rs(j.amount), {"amount": j.amount}),
        ("Bank", "State Bank of India (Net Banking)", {"method": "netbanking"}),
        ("Bank Reference No.", bref, {"txn": (BANK_RANK, bref)}),
        ("Payment Date", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
        ("Status", "Success", {"status": status}),
    ]:
        gkv(p, "k2", label_, value, at=0.36, **facts)
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's premiums, the insurer on top, under its app's bar or named in its message: New India
    Assurance's PREMIUM RECEIPT for the weaving hall's Bharat Sookshma Udyam Suraksha policy (Receipt No.,
    Receipt Date, Policy No., Insured, Net Premium, CGST 9%, SGST 9%, Total Premium, Mode, UTR two pairs to a
    row with colons); Universal Sompo's shopkeeper's policy receipt for the Hubballi shop (Receipt No.,
    Receipt Date, Policy No., Insured, Premium, GST 18%, Total, Payment Mode, UPI Ref in dot leaders);
    ManipalCigna's app with a renewal's card payment failed under a tile's cross (the insurer under the app,
    the reason in a notice; each value over its label: Policy No., Premium, Payment ID, Card, Attempted on);
    ICICI Lombard's IL TakeCare app with the society's tempo's motor policy renewed ("Today, <hour>"; the
    insurer under the app, a large tick, Policy renewed, the sum; Policy No. and Transaction ID in tiles;
    "Paid via UPI"; no day); PNB MetLife's group term renewal premium under verification (the insurer under
    the app, a spinner, the sum, a notice; Policy No., Transaction ID, Initiated on, Payment mode against a
    gutter); Oriental Insurance's marine cargo certificate for the Dubai consignment (its sentence;
    Certificate No., Voyage, Sum Insured, Premium, GST 18%, Total Premium, Payment, Transaction ID, Payment
    Date in a striped table); Kotak Life's SMS of a premium received ("Dear Customer, we have received Rs x
    towards premium for policy ... on <dd-mm-yyyy> via UPI AutoPay. Thank you. -Kotak Life"; no reference);
    United India Insurance's PREMIUM RECEIPT for the weavers' group personal accident policy paid by cheque
    (Persons | Rate | Premium in a table ruled on every side, GST 18%, Total; "Received ... by Cheque No. ...
    drawn on ..."; "Subject to realisation of the cheque"). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2600, high=64000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    net = round(j.amount / 1.18, 2)
    half = round(net * 0.09, 2)
    if k == 0:
        j.amount = round(net + 2 * half, 2)
        p = leaf(rng, font, [780, 820])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["The New India Assurance Co. Ltd.", "New India Assurance"])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Hubballi  |  Bharat Sookshma Udyam Suraksha Policy")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT", status=status)
        p.part = "body"
        rno = f"67{j.date:%y}{digits(rng, 9)}"
        ref = utr(rng, j, "Karnataka Grameena Bank", "NEFT")
        spec = [(0.0, 0.19, "l"), (0.19, 0.5, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")]
        colkv(
            p,
            "ni",
            spec,
            "Receipt No. :",
            rno,
            "Receipt Date :",
            day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]),
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        colkv(p, "ni", spec, "Policy No. :", f"6701{digits(rng, 6)}", "Insured :", "Navalgund Mahila Sangha")
        colkv(p, "ni", spec, "Net Premium :", num(net), "CGST 9% :", num(half))
        colkv(p, "ni", spec, "SGST 9% :", num(half), "Total Premium :", rs(j.amount), amount=j.amount)
        colkv(p, "ni", spec, "Mode :", "NEFT", "UTR :", ref, method="netbanking", txn=(UTR_RANK, ref))
        p.add("gap")
        p.add("small", "Risk location: Nekarara Bhavana, Kalmath Oni, Navalgund. Subject to realisation.")
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 1:
        net = round(rupees(rng, 3200, 14800, 0.3) / 1.18, 2)
        half = round(net * 0.09, 2)
        j.amount = round(net + 2 * half, 2)
        p = leaf(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(
            p, "title", ["Universal Sompo General Insurance Co. Ltd.", "Universal Sompo General Insurance"]
        )
        top(p, name, merchant=name)
        p.add("small", "Shopkeeper's Insurance Policy  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"USG{j.date:%y}{digits(rng, 8)}"
        for label_, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno), "status": status}),
            ("Receipt Date", day_of(j, rng, ["%d/%m/%Y", "%d %b %Y"]), {"date": j.date}),
            ("Policy No.", f"2{digits(rng, 3)}/{digits(rng, 8)}/00/000", {}),
            ("Insured", SHOP, {}),
            ("Premium", num(net), {}),
            ("GST 18%", num(round(j.amount - net, 2)), {}),
            ("Total", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "UPI", {"method": "UPI"}),
            ("UPI Ref", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            dots(p, label_, value, at=0.36, **facts)
        p.add("small", "Received with thanks. This is a computer generated receipt.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Renew"], dark=False, buttons=("Retry payment",))
        band(p, (0, 110, 180))
        app_head(p, "ManipalCigna", "Health insurance  |  Renewal")
        name = pick(p, "center", ["ManipalCigna Health Insurance Co. Ltd.", "ManipalCigna Health Insurance"])
        p.add("center", name, merchant=name)
        h287.tile(p, status)
        p.add("center", "Payment failed", status=status)
        notice_box(
            p,
            "Your bank declined the card payment (transaction limit exceeded). The "
            "policy is due for renewal; "
            "please pay within the grace period.",
            "error",
        )
        pid = f"MCP{digits(rng, 13)}"
        vlab(p, "Policy No.", f"PROHLT{digits(rng, 9)}", bold=False)
        vlab(p, "Premium", rs(j.amount), amount=j.amount)
        vlab(p, "Payment ID", pid, bold=False, txn=(TXN_RANK, pid))
        vlab(p, "Card", f"Debit card XX{digits(rng, 4)}", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 6400, 21000, 0.6)
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("Download policy",))
        band(p, (180, 30, 30))
        app_head(p, "IL TakeCare", "Motor insurance  |  Renewal")
        name = pick(
            p, "center", ["ICICI Lombard General Insurance Co. Ltd.", "ICICI Lombard General Insurance"]
        )
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        sicon(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"ILT{digits(rng, 12)}"
        tiles2(
            p, ("Policy No.", f"3001/{digits(rng, 9)}/00/000"), ("Transaction ID", tid), txn=(TXN_RANK, tid)
        )
        p.add(
            "small",
            f"Paid via UPI  |  KA25{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)} (tempo)",
            method="UPI",
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Go to policies",))
        band(p, (0, 62, 126))
        app_head(p, "PNB MetLife", "Group term life  |  Renewal premium")
        name = pick(p, "center", ["PNB MetLife India Insurance Co. Ltd.", "PNB MetLife India Insurance"])
        p.add("center", name, merchant=name)
        h279.spinner(p, AMBER)
        p.add("center", "Payment under verification", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        notice_box(
            p,
            "We are confirming the payment with your bank. Your members' cover continues; please don't pay "
            "again.",
            "warn",
        )
        tid = f"PML{digits(rng, 12)}"
        gutter(p, "pm", "Policy No.", f"GT{digits(rng, 8)}", at=0.42)
        gutter(p, "pm", "Transaction ID", tid, at=0.42, txn=(TXN_RANK, tid))
        gutter(
            p,
            "pm",
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.42,
            date=j.date,
        )
        gutter(p, "pm", "Payment mode", "Net Banking", at=0.42, method="netbanking")
        return p.done()
    if k == 5:
        insured = float(rng.randrange(4, 30) * 50000)
        prem = round(insured * rng.uniform(0.002, 0.005), 2)
        j.amount = round(prem * 1.18, 2)
        p = browser_page(rng, font, "portal.orientalinsurance.org.in/marine/certificate")
        p.part = "head"
        name = pick(p, "title", ["The Oriental Insurance Company Ltd.", "Oriental Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Marine Cargo  |  Single transit certificate")
        p.add("rule")
        p.part = "body"
        para(p, "Your payment was received and the certificate below has been issued.", status=status)
        p.add("gap")
        tid = f"OIC{digits(rng, 12)}"
        zebra(
            p,
            "oi",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Certificate details", ""],
            [
                (["Certificate No.", f"MC/{digits(rng, 9)}"], {}),
                (["Voyage", "Hubballi - Mundra - Jebel Ali"], {}),
                (["Sum Insured", rs(insured)], {}),
                (["Premium", num(prem)], {}),
                (["GST 18%", num(round(j.amount - prem, 2))], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
                (["Payment", "Net Banking"], {"method": "netbanking"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Date", day_of(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
            (0, 90, 60),
        )
        p.add("small", "Insured: the society. Cotton durries for Al Qasba Home Decor LLC, Dubai.")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 6000, 52000, 0.5)
        text = (
            f"Dear Customer, we have received Rs {num(j.amount, rng.choice(['indian', 'plain']))} "
            "towards premium "
            f"for policy {digits(rng, 8)} on {when(j.date, '%d-%m-%Y')} via UPI "
            f"AutoPay. Thank you. -Kotak Life"
        )
        p = sms_page(rng, font, "VM-KOTAKL", text, j.date)
        p.add("left", text, merchant="Kotak Life", amount=j.amount, date=j.date, method="UPI", status=status)
        return p.done()
    persons = rng.randrange(40, 90)
    rate = float(rng.choice([85, 95, 110]))
    prem = persons * rate
    gst = round(prem * 0.18, 2)
    j.amount = round(prem + gst, 2)
    p = leaf(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    name = pick(p, "title", ["United India Insurance Co. Ltd.", "United India Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Branch Office, Dharwad  |  Group Personal Accident Policy")
    p.add("rule")
    p.add("center", "PREMIUM RECEIPT")
    p.part = "body"
    rno = f"UII/{j.date:%y}/{digits(rng, 8)}"
    cols(
        p,
        "ui0",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Receipt No. {rno}",
        f"Date {day_of(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    grid(
        p,
        "ui",
        [(0.0, 0.5, "l"), (0.5, 0.72, "r"), (0.72, 1.0, "r")],
        ["Persons covered", "Rate", "Premium"],
        [
            ([f"Weavers of the society ({persons})", num(rate), num(prem)], {}),
            (["GST 18%", "", num(gst)], {}),
        ],
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
        tint=(232, 236, 246),
    )
    para(
        p,
        f"Received from {FIRM_SHORT} the premium above by Cheque No. {digits(rng, 6)} drawn on {OUR_BANK}.",
        method="cheque",
    )
    p.add("small", "Subject to realisation of the cheque.", status=status)
    p.add("gap")
    sig(p)
    p.add("right", "Branch Manager")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("NAVALGUND JAMKHANA MANE", "KOPPIKAR ROAD, HUBBALLI", "pine labs", "pine"),
    ("NAVALGUND JAMKHANA - KRISHI MELA", "UAS CAMPUS, DHARWAD", "mswipe", "mswipe"),
    ("HOTEL KAVERI INTERNATIONAL", "GANDHINAGAR, BENGALURU", "Worldline", "worldline"),
    ("SRI DURGA FUELS", "P.B. ROAD, HUBBALLI", "BANK OF INDIA", "declined"),
    ("SHRI VINAYAKA HARDWARE", "", "IndusInd Bank", "sms"),
    ("CROMA HUBBALLI", "Hubballi", "IDFC FIRST Bank", "cardapp"),
    ("HOTEL SHRI KRISHNA BHAVAN", "DESHPANDE NAGAR, HUBBALLI", "DotPe", "restaurant"),
    ("Star Air", "", "", "fare"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the shop's and the Krishi Mela stall's terminals and the society's card elsewhere: Pine Labs'
    SALE slip at Navalgund Jamkhana Mane (each label padded to a column of dots: DATE, TIME, MID, TID, BATCH
    NO, INVOICE NO, CARD, CARD TYPE, APPR CODE, RRN, BASE AMOUNT, TOTAL AMOUNT; SIGNATURE NOT REQUIRED,
    CUSTOMER COPY); Mswipe's slip at the Krishi Mela stall in the Mela's days with the bank's answer awaited
    (SALE; DATE, TIME, TID, INVOICE, CARD, AMOUNT; TRANSACTION STATUS: PENDING, RESPONSE AWAITED FROM BANK,
    PLEASE DO NOT RETRY); Worldline's slip at a Bengaluru hotel (DATE and TIME on a line, MID and TID on a
    line; CARD, EXPIRY, AUTH CODE, RRN, TXN ID; TOTAL; APPROVED, MERCHANT COPY); Bank of India's slip at a
    Hubballi filling station DECLINED (RESP CODE 05, DO NOT HONOUR, TRANSACTION DECLINED); IndusInd Bank's
    SMS of a spend on the society's credit card ("Your IndusInd Bank Credit Card XX1234 has been used for INR
    x at <MERCHANT> on <dd/mm/yy>. Avl Lmt ..."; no reference); IDFC FIRST Bank's app with a spend at
    Croma ("Today, <hour>"; the merchant's line and its town, the sum, Transaction successful; Card,
    Reference No., Category at the left and the right; no day); a Hubballi restaurant's bill from DotPe
    settled by card (Bill No., Date, Table; the dishes; Sub Total, CGST 2.5%, SGST 2.5%, Grand Total; "Paid
    by Card", the card and its Appr); Star Air's booking receipt for the export coordinator's flight paid by
    card (PNR, Passenger, Flight, Date of journey, Base fare, Taxes and fees, Total paid, Card, Transaction
    ID, Paid on with colons). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=700, high=42000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "mswipe":
        on_day(j, rng, KRISHI_MELA + dt.timedelta(days=rng.randrange(MELA_DAYS)))
    if layout in ("declined", "restaurant", "worldline", "mswipe", "sms"):
        j.amount = rupees(
            rng, 600 if layout == "restaurant" else 900, 6500 if layout == "declined" else 14000, 0.5
        )
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "sms":
        limit = num(rupees(rng, 40000, 300000), "western")
        text = (
            f"Your IndusInd Bank Credit Card XX{last4} has been used for INR {num(j.amount, 'western')} at "
            f"{name} on {when(j.date, '%d/%m/%y')}. Avl Lmt: INR {limit}. Not you? Call 18602677777 "
            "-IndusInd Bank"
        )
        p = sms_page(rng, font, "JD-INDUSB", text, j.date)
        p.add("left", text, merchant=name, amount=j.amount, method="card", status=status, date=j.date)
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Raise a dispute",))
        band(p, (157, 29, 39))
        app_head(p, "IDFC FIRST Bank", "Credit card  |  Transactions")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{rupee(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Transaction successful", status=status)
        p.add("rule")
        ref = str(digits(rng, 12))
        kvr(p, "Card", f"Select {dots2(font)}{last4}", method="card")
        kvr(p, "Reference No.", ref, txn=(TXN_RANK, ref))
        kvr(p, "Category", "Electronics")
        return p.done()
    if layout == "fare":
        shown = rng.choice(["%d %b %Y", "%d/%m/%Y"])
        j.amount = round(rng.uniform(3400, 9800), 2)
        p = browser_page(rng, font, "www.starair.in/booking/confirmation")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Booking confirmed  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment successful", status=status)
        p.add("gap")
        pnr = code(rng, 6, UPPER)
        fare = round(j.amount * 0.78, 0)
        journey = j.date + dt.timedelta(days=rng.randrange(3, 30))
        tref = f"SA{digits(rng, 12)}"
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        colkv(p, "sa", spec, "PNR :", pnr, txn=(ORDER_RANK, pnr))
        colkv(p, "sa", spec, "Passenger :", EXPORTS.upper())
        colkv(p, "sa", spec, "Flight :", f"S5 {rng.randrange(100, 199)}  HBX - BLR")
        colkv(p, "sa", spec, "Date of journey :", when(journey, shown))
        colkv(p, "sa", spec, "Base fare :", num(fare))
        colkv(p, "sa", spec, "Taxes and fees :", num(round(j.amount - fare, 2)))
        colkv(p, "sa", spec, "Total paid :", f"INR {num(j.amount)}", amount=j.amount)
        colkv(p, "sa", spec, "Card :", f"{scheme} XXXX {last4}", method="card")
        colkv(p, "sa", spec, "Transaction ID :", tref, txn=(TXN_RANK, tref))
        colkv(p, "sa", spec, "Paid on :", at_hour(rng, j.date, [shown], (", ",)), date=j.date)
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
        p.add("small", f"Pure vegetarian  |  {town}")
        p.add("small", f"GSTIN {gstin(rng, '29', 'F')}")
        p.part = "body"
        p.add("center", "BILL")
        p.add("rule")
        bno = str(rng.randrange(2000, 29999))
        p.pair("Bill No", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        p.pair("Table", f"T{rng.randrange(1, 24)}")
        p.add("rule")
        food = 0.0
        for dish, price in rng.sample(
            [
                ("Masala dosa", 90),
                ("Girmit", 60),
                ("Mirchi bajji", 50),
                ("Khara bath", 55),
                ("Kesari bath", 60),
                ("North Karnataka thali", 180),
                ("Filter coffee", 30),
                ("Dharwad pedha (250 g)", 140),
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
        p.add("left", f"{scheme} ****{last4}  Appr {appr}", txn=(APPR_RANK, appr))
        p.add("small", "Thank you! Billing by DotPe")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pine":
        p.add("center", "SALE")
        p.add("rule")
        width_ = 11

        def dotted(label_: str, value: str, **facts) -> None:
            text = f"{label_} {'.' * max(1, width_ - len(label_))} {value}"
            p.add("left", text if fits(p, text) else f"{label_}: {value}", **facts)

        dotted("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        dotted("TIME", t)
        dotted("MID", mid[:12])
        dotted("TID", tid)
        dotted("BATCH NO", batch[-4:])
        dotted("INVOICE NO", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        dotted("CARD", f"XXXX{last4} CHIP", method="card")
        dotted("CARD TYPE", scheme)
        dotted("APPR CODE", appr, txn=(APPR_RANK, appr))
        dotted("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        dotted("BASE AMOUNT", fmt(j.amount))
        dotted("TOTAL AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGNATURE NOT REQUIRED")
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "mswipe":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} ****{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION STATUS: PENDING", status=status)
        p.add("small", "RESPONSE AWAITED FROM BANK")
        p.add("small", "PLEASE DO NOT RETRY")
    elif layout == "worldline":
        p.add("center", "SALE")
        p.add("rule")
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        cols(p, "wl", spec, f"DATE {when(j.date, '%d-%b-%y', upper=True)}", f"TIME {t[:5]}", date=j.date)
        cols(p, "wl", spec, f"MID {mid[:10]}", f"TID {tid}")
        txid = f"{digits(rng, 10)}"
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("EXPIRY", "**/**")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("TXN ID", txid, txn=(TXN_RANK, txid))
        p.add("rule")
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "MERCHANT COPY")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INV NO", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION DECLINED", status=status)
        p.add("center", "RESP CODE 05")
        p.add("small", "DO NOT HONOUR")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


HESCOM = "Hubli Electricity Supply Company Ltd."
HESCOM_KN = "ಹುಬ್ಬಳ್ಳಿ ವಿದ್ಯುತ್ ಸರಬರಾಜು ಕಂಪನಿ ನಿಯಮಿತ"
HP_AGENCY = "SRI VINAYAKA HP GAS AGENCIES"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The weaving hall's and the shop's bills: HESCOM's online payment receipt for the weaving hall under
    its Kannada name (Payment Successful; each label in English with its Kannada after it in brackets, dot
    leaders and the value: Account ID, RR No., Consumer Name, Bill Month, Amount Paid, Receipt No.,
    Transaction ID, Payment Date, Mode); MyJio's JioFiber bill paid ("Today, <hour>"; the company under the
    app's bar, a tile's tick, the sum set large; labels small over their values two to a row: JioFiber No.
    and Plan, Transaction ID and Paid via; no day); Dish TV's recharge failed on a tinted band (the company
    under the app, the reason in a notice; VC No., Amount, Order ID, Payment mode, Attempted on each in a
    form's rounded box under its small label); the Hubballi-Dharwad Municipal Corporation's water charges
    e-receipt for the shop under its Kannada name (Receipt No., Connection No., Consumer, Period, Amount,
    Transaction ID, Paid on, Mode in a striped table); IDFC FIRST Bank FASTag's recharge for the society's
    tempo pending on a scalloped badge with a clock's hands (a notice; Vehicle No., Tag ID, Recharge Amount,
    Transaction Ref., Mode, Initiated on in dot leaders); an HP Gas distributor's CASH MEMO for the dye
    kitchen's commercial cylinder (the distributor under HP Gas; Memo No. left blank; Date, Consumer No.,
    Cylinder, Rate (incl. GST) and Delivery written in; Total Rs. in a box; "Recd. cash" and the delivery
    man's initials; no reference); HESCOM's SMS of a payment received for the shop ("Dear Consumer, payment
    of Rs.x for RR No. ... received through UPI on <dd-mm-yyyy>. Receipt No. ... -HESCOM"); the Vi app with
    the shop's postpaid bill paid (the company under the app's bar, a large tick, Payment successful, the
    sum; Vi number, Transaction ID, Paid on, Paid using at the left and the right). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=300, high=16000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "hescom.co.in/SCP/Myhome.aspx/PaymentReceipt")
        p.part = "head"
        kannada(p, HESCOM_KN, scale=1.0, bold=True)
        name = pick(p, "title", [HESCOM, "HESCOM"])
        top(p, name, merchant=name)
        p.add("small", "Online Payment Receipt  |  Navalgund Sub-division")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        rno = f"HR{j.date:%y%m}{digits(rng, 7)}"
        tid = f"HES{digits(rng, 12)}"
        for en, kn_, value, facts in [
            ("Account ID", "ಖಾತೆ ಐಡಿ", str(digits(rng, 10)), {}),
            ("RR No.", "ಆರ್.ಆರ್. ಸಂಖ್ಯೆ", f"NVL{digits(rng, 5)}", {}),
            ("Consumer Name", "ಗ್ರಾಹಕರ ಹೆಸರು", "N M J S SANGHA", {}),
            ("Bill Month", "ಬಿಲ್ ತಿಂಗಳು", j.month(1), {}),
            ("Amount Paid", "ಪಾವತಿಸಿದ ಮೊತ್ತ", rs(j.amount), {"amount": j.amount}),
            ("Receipt No.", "ರಸೀದಿ ಸಂಖ್ಯೆ", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Transaction ID", "ವಹಿವಾಟು ಐಡಿ", tid, {"txn": (TXN_RANK, tid)}),
            ("Payment Date", "ಪಾವತಿ ದಿನಾಂಕ", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Mode", "ವಿಧಾನ", "Net Banking", {"method": "netbanking"}),
        ]:
            kdots(p, en, kn_, value, **facts)
        p.add("small", "Thank you for paying online. Please keep this receipt.")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([599, 899, 999, 1499, 2499]))
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Done",))
        band(p, (15, 60, 200))
        app_head(p, "MyJio", "JioFiber  |  Pay bill")
        name = pick(p, "center", ["Reliance Jio Infocomm Ltd.", "Reliance Jio Infocomm"])
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        h277.bigsum(p, rupee(p.font), j.amount, "indian", amount=j.amount)
        p.add("gap")
        tid = f"BR{digits(rng, 12)}"
        two_up(
            p,
            "jf1",
            ("JioFiber No.", f"08{digits(rng, 2)}XXXX{digits(rng, 3)}"),
            ("Plan", "Business 100 Mbps"),
        )
        two_up(p, "jf2", ("Transaction ID", tid), ("Paid via", "UPI"), txn=(TXN_RANK, tid), method="UPI")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([299, 399, 499, 649]))
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Try again",))
        band(p, (226, 30, 60))
        app_head(p, "Dish TV", "Recharge")
        name = pick(p, "center", ["Dish TV India Ltd.", "Dish TV India"])
        p.add("center", name, merchant=name)
        h269.strip(p, "Recharge failed", status)
        notice_box(
            p,
            "We could not complete the payment: your bank did not respond. If money was deducted, it will be "
            "refunded in 5 to 7 working days.",
            "error",
        )
        oid = f"DTV{digits(rng, 11)}"
        field(p, "VC No.", f"0{digits(rng, 10)}")
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        field(p, "Payment mode", f"Debit card XX{digits(rng, 4)}", method="card")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(24, 240) * 10)
        p = browser_page(rng, font, "hdmc.mrc.gov.in/water/ereceipt")
        p.part = "head"
        kannada(p, HDMC_KN, scale=1.0, bold=True)
        name = pick(p, "title", [HDMC, "HDMC"])
        top(p, name, merchant=name)
        p.add("small", "24x7 Water Supply  |  Water charges e-receipt")
        p.add("rule")
        p.part = "body"
        rno = f"WC/{fy(j.date)}/{digits(rng, 7)}"
        tid = f"HDW{digits(rng, 12)}"
        zebra(
            p,
            "hw",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Receipt", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno), "status": status}),
                (["Connection No.", f"HBL{digits(rng, 7)}"], {}),
                (["Consumer", SHOP_CAPS], {}),
                (["Period", f"{j.month(2)[:3]} - {j.month(1)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Paid on", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Mode", "UPI"], {"method": "UPI"}),
            ],
            (20, 90, 150),
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = phone(rng, font, k, ["", "FASTag"], dark=False, buttons=("Check status",))
        band(p, (157, 29, 39))
        app_head(p, "IDFC FIRST Bank FASTag", "Recharge")
        name = pick(p, "center", ["IDFC FIRST Bank FASTag", "IDFC FIRST FASTag"])
        p.add("center", name, merchant=name)
        h287.burst(p, status)
        p.add("center", "Recharge pending", status=status)
        notice_box(
            p,
            "Your recharge is being confirmed with NETC. The tag balance will update shortly; please do not "
            "recharge again.",
            "warn",
        )
        tref = f"IFT{digits(rng, 12)}"
        dots(p, "Vehicle No.", f"KA25{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}", at=0.42)
        dots(p, "Tag ID", f"34161FA820{code(rng, 10, '0123456789ABCDEF')}", at=0.42)
        dots(p, "Recharge Amount", rs(j.amount), at=0.42, amount=j.amount)
        dots(p, "Transaction Ref.", tref, at=0.42, txn=(TXN_RANK, tref))
        dots(p, "Mode", "UPI", at=0.42, method="UPI")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.42, date=j.date)
        return p.done()
    if k == 5:
        rate = round(rng.uniform(1760, 1940), 2)
        dchg = float(rng.choice([0, 25, 40]))
        j.amount = round(rate + dchg, 2)
        p = leaf(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 246, 236), (244, 246, 250)])
        boxes_by_pen(p)
        p.part = "head"
        p.add("center", "HP GAS")
        top(p, HP_AGENCY, merchant=HP_AGENCY)
        p.add("small", "HP Gas distributor  |  Station Road, Navalgund")
        p.add("center", "CASH MEMO")
        p.part = "body"
        p.add("left", "Memo No. ..........")
        blank(p, "Date", day_of(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Consumer No.", f"{digits(rng, 6)} (commercial)")
        blank(p, "Cylinder", "19 kg commercial x 1")
        blank(p, "Rate (incl. GST)", num(rate))
        blank(p, "Delivery", num(dchg))
        h271.amtbox(p, "Total Rs.", num(j.amount), amount=j.amount)
        write(p, "Recd. cash - M.H.", method="cash", status=status)
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 600, 5400, 0.4)
        rno = f"{digits(rng, 9)}"
        text = (
            f"Dear Consumer, payment of Rs.{num(j.amount, rng.choice(['plain', 'indian']))} for RR No. "
            f"HBL{digits(rng, 6)} received through UPI on {when(j.date, '%d-%m-%Y')}. Receipt No. {rno}. "
            "Thank you -HESCOM"
        )
        p = sms_page(rng, font, "VK-HESCOM", text, j.date)
        p.add(
            "left",
            text,
            merchant="HESCOM",
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
            txn=(INVOICE_RANK, rno),
        )
        return p.done()
    j.amount = rupees(rng, 399, 2800, 0.6)
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    band(p, (238, 30, 70))
    app_head(p, "Vi", "Postpaid  |  Pay bill")
    name = pick(p, "center", ["Vodafone Idea Ltd.", "Vodafone Idea"])
    p.add("center", name, merchant=name)
    sicon(p, status)
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    tid = f"VI{digits(rng, 14)}"
    kvr(p, "Vi number", f"9{digits(rng, 3)}XXXX{digits(rng, 2)}")
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kvr(p, "Paid using", "Credit card", method="card")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank sends it, the way, the frame
ALERTS = [
    ("Karnataka Grameena Bank", "VD-KAGBNK", "SRI SIDDHIVINAYAK TRAD", "UPI", "kannada"),
    ("Punjab National Bank", "JD-PNBSMS", "RANGOLI DYES AND CHEMI", "NEFT", "sms"),
    ("IDBI Bank", "AD-IDBIBK", "VRL LOGISTICS LTD", "IMPS", "sms"),
    ("Bank of India", "VK-BOIIND", "HUBLI YARN CENTRE", "NEFT", "sms"),
    ("UCO Bank", "BP-UCOBNK", "RAZAK DYEING WORKS", "UPI", "sms"),
    ("South Indian Bank", "", "SRI KAMAKSHI SPINNING M", "RTGS", "mail"),
    ("AU Small Finance Bank", "", "HUBBALLI PACKAGING IND", "IMPS", "whatsapp"),
    ("The Dharwad District Central Co-operative Bank", "VM-DDCCBK", "BASAPPA BADIGER", "NEFT", "truecaller"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the society's payments: Karnataka Grameena Bank's SMS in Kannada in a card in
    the phone's messages thread under its day divider ("ರೂ. x ನಿಮ್ಮ ಖಾತೆ XX1234 ಯಿಂದ <PAYEE> ಅವರಿಗೆ UPI
    ಮೂಲಕ ವರ್ಗಾಯಿಸಲಾಗಿದೆ (<dd-mm-yyyy>). ಯುಪಿಐ ಉಲ್ಲೇಖ: ... -ಕರ್ನಾಟಕ ಗ್ರಾಮೀಣ ಬ್ಯಾಂಕ್" (Rs. x was transferred
    from your account XX1234 to <PAYEE> by UPI (<day>); UPI reference: ...)); SMS in Punjab National Bank's
    ("Your NEFT of Rs.x to <PAYEE> from A/c XX1234 on <dd-mm-yy> is in process. UTR ... -PNB"), IDBI Bank's
    ("IMPS txn of INR x from A/c ***1234 to <PAYEE> on <dd.mm.yyyy> failed. Ref no ... Debited amount, if
    any, will be reversed. -IDBI Bank"), Bank of India's ("BOI - Rs.x debited from A/c XX1234 on
    <dd-Mon-yy> for NEFT to <PAYEE>. Avl Bal Rs.y"; no reference) and UCO Bank's ("A/c XX1234 Debited with
    Rs.x on <dd/mm/yyyy> by UPI to <PAYEE>. UPI Ref ... -UCO Bank") wordings; South Indian Bank's mail
    ("INR x has been debited from your account XX1234 on <dd-Mon-yyyy> towards RTGS to <PAYEE>. UTR: ...");
    AU Small Finance Bank's WhatsApp banking under the chat's day divider ("Rs. x has been debited from
    your A/c XX1234 on <dd/mm/yy> towards IMPS to <PAYEE>. IMPS Ref No ..."); the Dharwad DCC Bank's SMS in
    Truecaller's messages under a "Today" divider (its smart card: Debited, the sum, "to <PAYEE>", A/c,
    UTR; the message under it without its day; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=2000, high=95000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 36000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 204000, 460000, 0.6)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 40000, 900000), rng.choice(["indian", "plain"]))
    ref = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if ref:
        facts["txn"] = (UTR_RANK, ref)
    if frame == "sms":
        if bank == "Punjab National Bank":
            text = (
                f"Your NEFT of Rs.{amt} to {to} from A/c XX{tail4} on "
                f"{when(j.date, '%d-%m-%y')} is in process. UTR {ref}. -PNB"
            )
        elif bank == "IDBI Bank":
            text = (
                f"IMPS txn of INR {amt} from A/c ***{tail4} to {to} on "
                f"{when(j.date, '%d.%m.%Y')} failed. Ref no {ref}. Debited amount, if any, will be "
                "reversed. -IDBI Bank"
            )
        elif bank == "Bank of India":
            text = (
                f"BOI - Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d-%b-%y')} for NEFT to {to}. "
                f"Avl Bal Rs.{bal}"
            )
        else:
            text = (
                f"A/c XX{tail4} Debited with Rs.{amt} on {when(j.date, '%d/%m/%Y')} by UPI to {to}. UPI Ref "
                f"{ref}. Not you? Call 1800 103 0123 -UCO Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "kannada":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Text message  |  SIM 2")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s_ = len(p.rows)
        text = (
            f"ರೂ. {amt} ನಿಮ್ಮ ಖಾತೆ XX{tail4} ಯಿಂದ {to} ಅವರಿಗೆ UPI ಮೂಲಕ "
            f"ವರ್ಗಾಯಿಸಲಾಗಿದೆ ({when(j.date, '%d-%m-%Y')}). "
            f"ಯುಪಿಐ ಉಲ್ಲೇಖ: {ref}. -ಕರ್ನಾಟಕ ಗ್ರಾಮೀಣ ಬ್ಯಾಂಕ್"
        )
        kannada_wrap(p, text, share=0.94, scale=0.95, **facts)
        small_left(p, hhmm(rng, lower=True))
        card_close(p, s_)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "South Indian Bank <alerts@sib.co.in>", ["Debit alert: RTGS", "Transaction alert"]
        )
        p.part = "head"
        top(p, "South Indian Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"INR {amt} has been debited from your account XX{tail4} on {when(j.date, '%d-%b-%Y')} towards "
            f"RTGS to {to}. UTR: {ref}.",
            **facts,
        )
        p.add("gap")
        para(p, "If you have not done this transaction, please call 1800 102 9408 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "The South Indian Bank Ltd. This is an auto-generated mail; please do not reply.")
        return p.done()
    if frame == "whatsapp":
        p = phone(rng, font, k, ["AU Bank"], dark=False, buttons=())
        p.part = "body"
        p.add("small", "WhatsApp Banking  |  verified business")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])))
        p.add("gap")
        s_ = len(p.rows)
        para(
            p,
            f"Hi! Rs. {amt} has been debited from your A/c XX{tail4} on "
            f"{when(j.date, '%d/%m/%y')} towards IMPS "
            f"to {to}. IMPS Ref No {ref}.",
            **facts,
        )
        p.add("left", "Reply BLOCK to stop debits.")
        h273.bubble(p, s_, hhmm(rng, lower=True))
        return p.done()
    p = phone(rng, font, k, [sender], dark=rng.random() < 0.4, buttons=())
    p.part = "body"
    p.add("small", "Truecaller  |  Transactions")
    divider(p, "Today")
    p.add("gap")
    c = card_open(p)
    p.add("small", "Debited")
    p.add("big", f"{rupee(p.font)}{amt}", amount=j.amount, status=status)
    p.add("center", f"to {to}", merchant=to)
    p.add("small", f"A/c XX{tail4}  |  NEFT", method=method)
    p.add("small", f"UTR {ref}", txn=(UTR_RANK, ref))
    card_close(p, c)
    p.add("gap")
    para(p, f"A/c XX{tail4} debited Rs.{amt} towards NEFT to {to}. UTR {ref}. -DDCC Bank Dharwad", "small")
    small_left(p, hhmm(rng, lower=True))
    return p.done()

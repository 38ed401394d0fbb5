"""The twelve heldout316 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Toda embroidery (pugur) women's society's year of 2026 in the Nilgiris, Tamil
Nadu (Nilgiri Toda Pugur Mahalir Sangam, நீலகிரி தோடர் புகூர் மகளிர் சங்கம், whose members darn pugur in red
and black wool on unbleached cotton in the munds round Ooty: puthkuli shawls and stoles, runners, cushion
covers, mats, bags, cases, pouches, bookmarks and wall hangings; its office and store at Kandal Mund; its
showroom at Charing Cross, Pugur Kudil; its stall at the Ooty Flower Show; the web shop pugurkudil.in and its
iTokri store; TRIFED, a home store, a resort, a crafts retailer, a design studio, a Madurai emporium, a tea
bungalow and a gifting company; buyers in Zurich, Melbourne, Kyoto, Bergen, Aarhus, Doha, Hong Kong and Kuala
Lumpur), told by the proofs of payment it receives (SmartHub Vyapar on the showroom's phone, Jupiter, CRED,
Navi, Vyom, TMB mConnect+, SIB Mirror+ and BHIM set in Tamil; TRIFED's advice, QuickBooks, Kotak Fyn, SAP
Business One, Zoho Cliq, Union Digital Corporate, a tea bungalow's letter and RazorpayX; ZKB, Westpac, Mizuho,
DNB, Danske Bank, QNB, Hang Seng Bank and Maybank; its own tax invoice, the Flower Show stall's cash memo,
Easebuzz, Swipe, Cashfree, its receipt in Tamil fields, iTokri's settlement mail and a Vasy ERP roll) and
those it makes (an Erode cloth merchant's invoice cum receipt, an Ooty tailor's bill in a Tamil hand, Udaan, a
Tiruppur yarn dealer's e-invoice, Blue Dart, PrintStop, a carton maker's SMS and a printing press's bill book;
HDFC Bank, Axis Mobile, Kotak, digibank, IOB Mobile, Equitas Selfe, the district co-operative bank's NEFT
challan and MobiKwik; a member's wage account in a Tamil hand, a Pongal advance in a Tamil hand with its
Margazhi day, Keka, Groww, YONO SBI, Ujjivan, OkStaff and a wage slip cut from its sheet; the municipality,
the e-Challan app, EPFO, ESIC, the Horticulture Department's stall book, TNPCB, TNREGINET and the GI Registry;
eight insurers; HDFC Bank's, PhonePe's, IDFC FIRST Bank's and Kotak's terminals, IRCTC, a Rista bill, SBI
Card's SMS and the HSBC app; TNPDCL, Vi, HP Pay, TACTV, Airtel, TNPDCL's SMS, an Aavin agent's card and Sun
Direct; the banks' SMS, Indian Bank's SMS in Tamil, an SMS under "Today", IDBI Bank's mail and IndOASIS on the
lock screen). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, the units' lines, salutations, Tamil lines (but a bank's
SMS in Tamil, whose figures and payee carry the facts, a Tamil field's value and a hand's sums, days and
"received"), items, pieces, dishes, rates, GST, fees, charges, tips, balances, sums insured, periods, months,
pay periods, half years, Margazhi days, invoice, bill, due and journey days, account, policy, proposal,
certificate, consumer, service, subscriber, assessment, application, challan, establishment, employer, card,
vehicle and waybill numbers, IRNs and Ack Nos., GSTIN, IFSC, bills and invoices named on an advice, other
messages and notifications, a message's replies, the hut, the shawl's band, skeins, the needle, the shawl a
page lies on, stages, progress bars, notices, tiles, badges, ribbons, stamps' printed words, seals, the GI
tag, barcodes, QR codes and signatures carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``place`` heldout123's; ``top``
heldout122's; ``outcome`` heldout119's; ``money`` heldout118's; ``paper`` and ``screen`` heldout116's;
``Screen`` heldout113's; ``glyphs`` and ``sign`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's;
``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``,
``row``, ``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``strip``, ``sms_page``, ``bars``, ``qr``, ``seal``,
a roll's torn edges), heldout271's (``grid``, ``dots``, ``colkv``, ``fill``, ``hand``, ``amtbox``, ``tt``,
``step``, rounded cards, ``rstamp``), heldout273's (``ledger``, ``pill``, ``track``, ``field``, ``hcells``,
``panel``, ``avatar``, ``bubble``, ``cut``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``,
``ribbon``, ``tabs``), heldout277's (``bigsum``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``,
``clip``, ``at_hour``, ``two_up``, ``redno``, ``spinner``), heldout287's (``notice``, ``tile``, ``burst``,
``oval``, ``vlab``, ``vname``, ``tiles2``, ``clock``, squared paper, a fold), heldout289's (``chip``,
``steps``) and heldout294's (``octa``, ``progress``), written in this set's pens and printers' faces.
``compose`` is heldout158's (as heldout269's to heldout315's), each page's rows drawn by heldout294's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: Tamil lines and SMS in this set's runs of Noto Sans and Noto Serif Tamil, their Latin runs and figures
in the page's face; a Tamil hand in Noto Serif Tamil Slanted with its figures and Latin letters in an italic,
a little off its line; this set's bilingual fields (the Tamil label at the left with its English small under
it, the value in a ruled box from a set share of the line to its right edge, printed or written by hand); a
Tamil label with its English after a slash small over its value; a foreign bank's label with its English small
under it and the value at the right; a Toda hut as a letterhead's emblem (in a roundel of unbleached cotton
ringed with red and black darning: the hut's half barrel of thatch seen from its end, its wooden front with
its small low door and a sun and buffalo horns carved over it, the grass and the Nilgiris' blue hills behind);
a strip of a Toda shawl as a divider (the cotton with a black and a red woven stripe along each edge and pugur
motifs darned between them in short upright stitches counted on the weave, red and black in turn); the GI tag
stitched on a page's corner (a cotton card with its stripes, GI, TODA EMBROIDERY, TAMIL NADU and its number);
skeins of red and black wool, a darning needle and its thread and loose ends in a page's margins; and, after
the frame, the puthkuli a page is photographed lying on (the cotton's weave across the frame, its broad band
of stripes with rows of pugur darned between them, a thread of blue in a few, a skein of red wool beside the
page, the page's shadow, the page a little askew). The pages' layouts and wordings are this set's own."""

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
from bench.receipt_sets.heldout271_families import card_close, card_open, dots, grid
from bench.receipt_sets.heldout273_families import ledger, pill
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import notice, tiles2, vlab

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
# the hands that write on this set's papers: italics and obliques in another mix than heldout314's and
# heldout315's
PENS = [
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
]
INKS = [(22, 44, 140), (30, 30, 96), (34, 34, 40), (20, 80, 118), (104, 30, 48)]
# the faces a page's fixed-width lines are printed in (a bank branch's printer, a billing program's roll, a
# courier's counter, an office's dot-matrix printer)
TYPES = [
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# Noto Sans and Noto Serif Tamil for Tamil (heldout273's and heldout305's script, drawn here in this set's own
# runs and rows), Noto Serif Tamil Slanted for a Tamil hand (heldout273's), and the italic its Latin letters
# and figures are written in
TAMIL = "noto/NotoSansTamil-Regular.ttf"
TAMIL_BOLD = "noto/NotoSansTamil-Bold.ttf"
TAMIL_SERIF = "noto/NotoSerifTamil-Regular.ttf"
TAMIL_SERIF_BOLD = "noto/NotoSerifTamil-Bold.ttf"
TAMIL_HAND = "noto/NotoSerifTamilSlanted-Regular.ttf"
HAND_LATIN = "noto/NotoSerif-Italic.ttf"
SCRIPT_FACES = [TAMIL, TAMIL_BOLD, TAMIL_SERIF, TAMIL_SERIF_BOLD, TAMIL_HAND, HAND_LATIN]
GREEN = (30, 150, 80)
RED = (200, 40, 40)
# the colours of pugur (the Todas' embroidery): the unbleached cotton it is darned on, the red and the black
# of its wool and of the shawl's woven bands, a little blue where a woman adds it; the hut's thatch and its
# wooden front, the Nilgiris' blue hills and their grass
COTTON = (238, 232, 216)
COTTON_DARK = (214, 206, 186)
PUGUR_RED = (176, 30, 36)
PUGUR_RED_LIGHT = (206, 70, 66)
PUGUR_BLACK = (30, 28, 30)
PUGUR_BLUE = (38, 64, 128)
THATCH = (170, 136, 78)
THATCH_DARK = (118, 88, 44)
WOOD = (122, 74, 42)
WOOD_DARK = (78, 44, 24)
HILLS = (96, 126, 156)
HILLS_FAR = (150, 172, 192)
GRASS = (96, 138, 72)

# ---------------------------------------------------------------- the society

SOC = "Nilgiri Toda Pugur Mahalir Sangam"
SOC_CAPS = SOC.upper()
SOC_SHORT = "Toda Pugur Mahalir Sangam"
SOC_TA = "நீலகிரி தோடர் புகூர் மகளிர் சங்கம்"
# the society's name as a bank's beneficiary field cuts it
CUT = "NILGIRI TODA PUGUR MAHAL"
SHOP = "Pugur Kudil"
SHOP_CAPS = SHOP.upper()
SHOP_TA = "புகூர் குடில்"
WEB = "pugurkudil.in"
REGD = "Regd. No. 46/2007 (Nilgiris)"
GSTIN = "33AAAAN6213R1ZK"
PAN = "AAAAN6213R"
UDYAM = "UDYAM-TN-29-0031457"
PRESIDENT = "Pothily Kuttan"
SECRETARY = "Sinthiya Nerveli"
ACCOUNTANT = "K. Manoharan"
SALESWOMAN = "S. Saraswathi"
HELPER = "M. Raju"
OFFICE_AT = "Kandal Mund, Udhagamandalam - 643001"
SHOP_AT = "Charing Cross, Udhagamandalam - 643001"
TOWN = "Udhagamandalam, The Nilgiris - 643001"
BANK_LINE = "Indian Bank, Ooty Main Branch"
# the Ooty Flower Show in the Government Botanical Garden (15 to 19 May 2026), where the society keeps a
# stall; Margazhi as the society's almanac reckons it (its first day 16 December 2025), in whose last days
# before Pongal the members' Pongal advances are paid
FLOWER_SHOW, FLOWER_DAYS = dt.date(2026, 5, 15), 5
MARGAZHI_1 = dt.date(2025, 12, 16)
IFSC = {
    "Indian Bank": "IDIB",
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Karur Vysya Bank": "KVBL",
    "Kotak Mahindra Bank": "KKBK",
    "South Indian Bank": "SIBL",
    "DBS Bank India": "DBSS",
    "Equitas Small Finance Bank": "ESFB",
    "Indian Overseas Bank": "IOBA",
    "City Union Bank": "CIUB",
    "Tamilnad Mercantile Bank": "TMBL",
    "IDBI Bank": "IBKL",
    "Bank of India": "BKID",
    "Union Bank of India": "UBIN",
    "ICICI Bank": "ICIC",
    "Ujjivan Small Finance Bank": "UJVN",
    "Federal Bank": "FDRL",
    "Nilgiris District Central Co-operative Bank": "TNSC",
}
# the society's embroidered pieces sold: name, HSN, price each (low, high); every piece within Rs. 2,500, so
# GST 5% on all
WORKS = [
    ("Puthkuli stole, pugur border", "6214", 1400, 2400),
    ("Puthkuli shawl, half size", "6214", 1900, 2500),
    ("Table runner, pugur", "6304", 900, 1800),
    ("Cushion covers (pair)", "6304", 700, 1400),
    ("Table mats, set of 4", "6304", 800, 1500),
    ("Shoulder bag, pugur", "6307", 650, 1300),
    ("Spectacle case", "6307", 250, 450),
    ("Mobile pouch", "6307", 220, 400),
    ("Bookmarks, set of 3", "6307", 120, 240),
    ("Wall hanging, buffalo motif", "6304", 1100, 2200),
]
# the short names a roll and a hand write
SHORT = {
    "Puthkuli stole, pugur border": "Stole",
    "Puthkuli shawl, half size": "Shawl half",
    "Table runner, pugur": "Table runner",
    "Cushion covers (pair)": "Cushion cvr",
    "Table mats, set of 4": "Table mats",
    "Shoulder bag, pugur": "Shoulder bag",
    "Spectacle case": "Spec case",
    "Mobile pouch": "Mobile pouch",
    "Bookmarks, set of 3": "Bookmarks",
    "Wall hanging, buffalo motif": "Wall hanging",
}
# the same in the Tamil a stall's hand writes
SHORT_TA = {
    "Puthkuli stole, pugur border": "ஸ்டோல்",
    "Puthkuli shawl, half size": "பூத்துக்குளி",
    "Table runner, pugur": "மேஜை விரிப்பு",
    "Cushion covers (pair)": "தலையணை உறை",
    "Table mats, set of 4": "மேஜை மேட்",
    "Shoulder bag, pugur": "தோள் பை",
    "Spectacle case": "கண்ணாடி உறை",
    "Mobile pouch": "கைப்பேசி உறை",
    "Bookmarks, set of 3": "புத்தகக் குறி",
    "Wall hanging, buffalo motif": "சுவர் தொங்கல்",
}
CUSTOMERS = [
    "Mrs. Lakshmi Raghavan",
    "Mr. Arjun Menon",
    "Ms. Fathima Rizwana",
    "Mr. Peter Fernandes",
    "Mrs. Kavitha Gowda",
    "Dr. Anand Iyer",
    "Ms. Deepa Nair",
]
# the society's members who embroider at home in the munds round Ooty (paid by the piece) and its staff
MEMBERS = [
    "Nersamma Pellen",
    "Kasamalli Ayyan",
    "Thesamma Kwasten",
    "Pelvas Muthan",
    "Ivamma Kuttan",
    "Sinamma Pothan",
    "Ponnamma Tarsh",
    "Evamalli Kwehten",
]
STAFF = [SALESWOMAN, HELPER]
MONTHS_TA = [
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


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The society's pieces sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi_ = WORKS[i]
        q = rng.randrange(1, 3) if lo >= 1400 else rng.randrange(1, 5)
        if lo < 300:
            q = rng.randrange(2, 8)
        ceiling = max(lo + 50, min(hi_, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, ceiling + 1, 10))))
    return out


def season(j: Job, rng: random.Random, start: dt.date, days: int) -> None:
    """The payment on a day of a season (the Flower Show's, Margazhi's last days), its UPI / card reference
    made again for that day."""
    j.date = start + dt.timedelta(days=rng.randrange(days))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "IDIB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('256')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def neft_or_rtgs(amount: float) -> str:
    return "RTGS" if amount >= 200000 else "NEFT"


def gstin_of(rng: random.Random, state: str = "33", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def spelt(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_as(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def bills_for(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The society's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    shares = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    numbers = rng.sample(range(12, 480), len(shares))
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
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha() and len(w) > 1]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


def first_of(name: str) -> str:
    """A person's first name as a chat or a notice calls them (past an initial)."""
    words_ = [w for w in name.split() if not w.endswith(".")]
    return words_[0]


def hour12(hour: int, minute: int, lower: bool = False) -> str:
    half = "PM" if hour >= 12 else "AM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {half.lower() if lower else half}"


def margazhi(day: dt.date) -> str:
    """``day`` (in Margazhi) as a Tamil hand writes its Tamil month's day: மார்கழி and the day."""
    n = (day - MARGAZHI_1).days + 1
    assert 1 <= n <= 29, day
    return f"மார்கழி {n}"


def ta_day(day: dt.date, short: bool = False) -> str:
    """``day`` with its month's Tamil name (12 மே 2026), as a UPI app set in Tamil prints it."""
    return f"{day.day} {MONTHS_TA[day.month - 1]}{'' if short else f' {day.year}'}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h316", {"marks": {}, "decor": [], "frame": None})


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


def filled(p: Screen, label_: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    pen_of(p)
    h271.fill(p, label_, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.88, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    type_of(p)
    h271.tt(p, text, scale=scale, **facts)


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
    name = f"nt16{align}"
    h269.kind(p, name, [(0.0, 1.0, align)], "soft")
    h269.ext(p)["scale"][name] = 0.78
    for n_, line in enumerate(lines_of(p, text, 0.78, 0.95)):
        h269.row(p, name, line, **(facts if n_ == 0 else {}))


def label(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lb16", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lb16"] = 0.76
    h269.row(p, "lb16", text, **facts)


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


# ---------------------------------------------------------------- Tamil


def is_ta(ch: str) -> bool:
    """A Tamil letter, sign or figure (Tamil's script)."""
    return "\u0b80" <= ch <= "\u0bff"


def ta_runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Tamil and of other letters: a space or a joiner stays with the run it follows."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        t = is_ta(ch)
        if ch in " \u200c\u200d" and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


def ta_face(bold: bool = False, serif: bool = False, hand_: bool = False) -> str:
    if hand_:
        return TAMIL_HAND
    if serif:
        return TAMIL_SERIF_BOLD if bold else TAMIL_SERIF
    return TAMIL_BOLD if bold else TAMIL


# Noto's Tamil letters stand taller and wider than a Latin face's at one size (its vowel signs climb over the
# cap height and its loops are broad): set at this share of the page's size a Tamil word sits level with the
# Latin words round it
TSCALE = 0.86


def _tface(t: bool, latin: str, size: int, bold: bool, serif: bool, hand_: bool):
    if t:
        return load_font(ta_face(bold, serif, hand_), int(size * TSCALE))
    return load_font(bold_of(latin) if bold and not hand_ else latin, size)


def ta_width(
    text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False, hand_: bool = False
) -> float:
    """The width of a line of Tamil and Latin runs."""
    return sum(_tface(t, latin, size, bold, serif, hand_).getlength(part) for t, part in ta_runs(text))


def ta_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False, hand_: bool = False) -> bool:
    for t, part in ta_runs(text):
        face = ta_face(bold, serif, hand_) if t else (bold_of(latin) if bold and not hand_ else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_ta(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    latin: str,
    size: int,
    fill_,
    *,
    bold: bool = False,
    serif: bool = False,
    hand_: bool = False,
) -> None:
    """A line of Tamil and Latin runs on one baseline (``xy`` the left end and the top of the Latin face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold and not hand_ else latin, size)
    base = y0 + lface.getmetrics()[0]
    for t, part in ta_runs(text):
        face = _tface(t, latin, size, bold, serif, hand_)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def ta(
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
    """A line in Tamil (a name over its English, a heading, an app's words, a bank's message), its Latin runs
    and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert ta_ok(text, p.font, bold=bold, serif=serif), text
    assert ta_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), (text, room_of(p))
    put(p, "t16ta", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def ta_fits(p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, share: float = 1.0) -> bool:
    return ta_width(text, p.font, int(p.style["size"] * scale), bold=bold) <= share * room_of(p)


def ta_wrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Tamil sentence set left in as many lines as it needs within ``share`` of the room (the facts on its
    first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and ta_width(f"{line} {word}", p.font, size) > room:
            ta(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    ta(p, line, scale=scale, align="l", **(facts if first else {}))


def ta_hand(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.12, **facts
) -> None:
    """A line written by hand in Tamil: Noto Serif Tamil Slanted for its letters and an italic for its Latin
    letters and figures, a little off its line, in the page's ink; ``figure`` written at the right end of the
    line (a sum in a bill's column)."""
    pen_of(p)
    size = int(p.style["size"] * scale)
    assert ta_ok(text + figure, HAND_LATIN, hand_=True), text
    need = ta_width(text, HAND_LATIN, size, hand_=True) + size * 0.6
    if figure:
        need += ta_width(figure, HAND_LATIN, size, hand_=True) + size * 1.6
    assert need <= room_of(p), (text, figure, need, room_of(p))
    put(p, "t16th", text, figure, mark_=[align, scale, p.rng.uniform(-0.9, 0.9)], **facts)


def ta_box(
    p: Screen,
    tamil: str,
    english: str,
    value: str,
    *,
    at: float = 0.36,
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """This set's bilingual field: the Tamil label at the left with its English small under it, and the value
    in a ruled box from ``at`` of the room to its right edge (printed, in bold where ``bold``, or written by
    hand where ``pen``); two lines high."""
    size = p.style["size"]
    room = room_of(p)
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    assert ta_ok(tamil, p.font) and glyphs(p.font, english) and glyphs(vfont, value), (tamil, english, value)
    head = max(ta_width(tamil, p.font, size), load_font(p.font, int(size * 0.68)).getlength(english))
    assert head + 12 <= at * room, (tamil, english, at * room)
    assert vface.getlength(value) + 24 <= (1 - at) * room, (value, (1 - at) * room)
    put(p, "t16bx", tamil, english, value, mark_=[at, pen, bold], **facts)
    p.add("gap")


def box_fit(p: Screen, values: list[str], *, at: float = 0.36, pen: bool = False, bold: bool = False) -> str:
    """The first of ``values`` that fits a ``ta_box``'s box (the last where none does)."""
    size = p.style["size"]
    vfont = pen_of(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    return next((v for v in values if vface.getlength(v) + 24 <= (1 - at) * room_of(p)), values[-1])


def over(p: Screen, label_: str, english: str, value: str, *, bold: bool = True, **facts) -> None:
    """A label in a foreign bank's language with its English small under it at the left, the value at the
    right (in bold where ``bold``), a hairline under the pair; two lines high."""
    size = p.style["size"]
    vfont = bold_of(p.font) if bold else p.font
    assert glyphs(p.font, label_ + english) and glyphs(vfont, value), (label_, english, value)
    head = max(
        load_font(p.font, int(size * 0.92)).getlength(label_),
        load_font(p.font, int(size * 0.68)).getlength(english),
    )
    assert head + load_font(vfont, size).getlength(value) + 30 <= room_of(p), (label_, value)
    put(p, "t16ov", label_, english, value, mark_=[bold], **facts)
    p.add("gap")


# ---------------------------------------------------------------- this set's rows and marks


def mund_hut(p: Screen) -> None:
    """A Toda hut (a mund's dogle) as a letterhead's emblem, in a roundel of unbleached cotton ringed with a
    band of red and black darning: the hut's half barrel of thatch seen from its end, the thatch's layers
    following its arch, its wooden front inside the arch with the small low door the Todas crawl in by and a
    sun and buffalo horns carved over it, the grass it stands on and the Nilgiris' blue hills behind;
    centred, three lines high."""
    put(p, "t16mh", "", mark_=[p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def pugur_band(p: Screen) -> None:
    """A strip of a Toda shawl's band as a divider across the page: the unbleached cotton with its woven
    stripes of red and black along both edges and, between them, pugur darned in red and black, rows of
    small lozenges, horns and zigzags built of short upright stitches counted on the weave; one line high."""
    put(p, "t16pb", "", mark_=[p.rng.randrange(10**6)])


def gi_tag(p: Screen, number: str) -> None:
    """The Geographical Indication's tag at the right, stitched on the page's corner by its thread: a small
    card with GI, TODA EMBROIDERY, TAMIL NADU and the tag's number; four lines high (the rows beside it left
    empty)."""
    assert glyphs(bold_of(p.font), "GI TODA EMBROIDERY TAMIL NADU " + number), number
    put(p, "t16gi", number, mark_=[p.rng.uniform(-7, 7)])
    p.add("gap")
    p.add("gap")
    p.add("gap")


def skeins(p: Screen) -> None:
    """The embroiderer's basket in the page's margins: small skeins of red and black wool, a darning needle
    with its red thread, loose ends of wool curling."""
    ext(p)["decor"].append(["skeins", p.rng.randrange(10**6)])


def on_shawl(p: Screen) -> None:
    """The page photographed lying on a puthkuli (a Toda shawl): the unbleached cotton's weave across the
    frame, the shawl's broad band of red and black stripes with its pugur darned between them, a skein of red
    wool beside the page, the page's shadow, the page a little askew."""
    ext(p)["frame"] = ["shawl", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _smooth(g: np.random.Generator, h: int, w: int, cells: int) -> np.ndarray:
    """A smooth random field ``h`` by ``w`` in 0..1 (a coarse grid of noise brought up bicubically)."""
    ch, cw = max(2, h // cells + 2), max(2, w // cells + 2)
    small = (g.random((ch, cw)) * 255).astype(np.uint8)
    big = Image.fromarray(small, "L").resize((w, h), Image.BICUBIC)
    return np.asarray(big, dtype=np.float32) / 255.0


def _cotton(w: int, h: int, seed: int, pitch: float = 3.0) -> np.ndarray:
    """Unbleached cotton ``w`` by ``h`` (RGB floats): its plain weave a thread every ``pitch`` pixels, each
    warp and weft thread a little lighter or darker than the next, a slub here and there, a soft cloud."""
    g = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    weave = np.sin(xx * (math.pi / pitch)) * np.sin(yy * (math.pi / pitch))
    rows = np.repeat(g.normal(0, 2.0, int(h / pitch) + 2), int(math.ceil(pitch)))[:h][:, None]
    cols_ = np.repeat(g.normal(0, 2.0, int(w / pitch) + 2), int(math.ceil(pitch)))[:w][None, :]
    cloud = _smooth(g, h, w, max(8, int(pitch * 14)))
    art = np.ones((h, w, 3), dtype=np.float32) * np.array(COTTON, dtype=np.float32)
    shade = weave * 5.0 + rows + cols_ + (cloud - 0.5) * 12
    art += shade[..., None]
    for _ in range(int(w * h / 9000) + 1):
        sy, sx = int(g.integers(0, h)), int(g.integers(0, w))
        length = int(g.integers(6, 22))
        art[sy : sy + 2, sx : sx + length] -= 9
    art += g.normal(0, 1.5, (h, w, 1))
    return art.clip(0, 255)


# pugur's motifs as the women count them on the weave (X a stitch's place): a lozenge, buffalo horns, the sun
# with its rays, a row of steps, a cross of four lozenges
MOTIFS = [
    ["...X...", "..X.X..", ".X.X.X.", "X.X.X.X", ".X.X.X.", "..X.X..", "...X..."],
    ["X.....X", "XX...XX", ".XX.XX.", "..XXX..", "...X...", "..XXX..", "...X..."],
    ["...X...", ".X.X.X.", "..XXX..", "XXX.XXX", "..XXX..", ".X.X.X.", "...X..."],
    ["X.X.X.X", ".X.X.X.", "..X.X..", "...X...", "..X.X..", ".X.X.X.", "X.X.X.X"],
    ["..X.X..", ".X.X.X.", "X.....X", ".X...X.", "X.....X", ".X.X.X.", "..X.X.."],
]


def _stitches(d: ImageDraw.ImageDraw, x0: float, y0: float, cell: float, motif: list[str], colour) -> None:
    """One motif darned in short upright stitches, a cell a stitch, a hair of the cloth between them."""
    sw = max(1.0, cell * 0.62)
    for r, line in enumerate(motif):
        for c, ch in enumerate(line):
            if ch == "X":
                x = x0 + c * cell + (cell - sw) / 2
                y = y0 + r * cell
                d.rectangle((x, y + cell * 0.08, x + sw, y + cell * 0.96), fill=colour)


def _band_art(w: int, h: int, seed: int, *, deep: bool = False) -> Image.Image:
    """A strip of a Toda shawl ``w`` by ``h``: the cotton, a black and a red woven stripe along each edge,
    and between them a row of pugur motifs darned in red and black in turn (a thread of blue in one where
    ``deep``)."""
    srng = random.Random(seed)
    art = _cotton(w, h, srng.randrange(10**6), pitch=max(2.0, h / 18))
    img = Image.fromarray(art.astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    s = h / 100
    for y0, y1, colour in (
        (2, 11, PUGUR_BLACK),
        (14, 24, PUGUR_RED),
        (76, 86, PUGUR_RED),
        (89, 98, PUGUR_BLACK),
    ):
        d.rectangle((0, y0 * s, w, y1 * s), fill=colour)
        for x in range(0, w, max(2, int(3 * s))):
            d.line((x, y0 * s, x, y1 * s), fill=_tint(colour, (255, 255, 255), 0.82), width=1)
    cell = 46 * s / 7
    mw = cell * 7
    gap = cell * 2.2
    n = max(1, int((w + gap) / (mw + gap)))
    x = (w - (n * mw + (n - 1) * gap)) / 2
    order = srng.sample(range(len(MOTIFS)), len(MOTIFS))
    for i in range(n):
        colour = PUGUR_RED if i % 2 == 0 else PUGUR_BLACK
        if deep and i % 5 == 2:
            colour = PUGUR_BLUE
        _stitches(d, x, 27 * s, cell, MOTIFS[order[i % len(order)]], colour)
        if i < n - 1:
            mx = x + mw + gap / 2
            for k_ in range(3):
                d.rectangle(
                    (
                        mx - cell * 0.3,
                        34 * s + k_ * cell * 2,
                        mx + cell * 0.3,
                        34 * s + k_ * cell * 2 + cell * 0.9,
                    ),
                    fill=PUGUR_BLACK,
                )
        x += mw + gap
    return img


def _band(page: Image.Image, x0: float, x1: float, y0: float, y1: float, seed: int) -> None:
    w, h = int(x1 - x0), int(y1 - y0)
    if w < 20 or h < 8:
        return
    k = 3
    art = _band_art(w * k, h * k, seed).resize((w, h), Image.LANCZOS)
    page.paste(art, (int(x0), int(y0)))


def _arch(cx: float, base: float, a: float, b: float, n: int = 40) -> list[tuple[float, float]]:
    """A half ellipse standing on ``base``: ``a`` its half width, ``b`` its height."""
    return [(cx + a * math.cos(t), base - b * math.sin(t)) for t in np.linspace(0, math.pi, n)]


def _hut_art(H: int, seed: int) -> Image.Image:
    """The Toda hut in its roundel drawn ``H`` square as an RGBA image."""
    srng = random.Random(seed)
    c = H / 2
    R = H * 0.5
    ground = Image.fromarray(
        _cotton(H, H, srng.randrange(10**6), pitch=max(2.0, H / 70)).astype(np.uint8), "RGB"
    )
    img = ground.convert("RGBA")
    d = ImageDraw.Draw(img)
    lw = max(1, H // 110)
    # the sky and the hills, then the grass
    scene = Image.new("RGBA", (H, H), (0, 0, 0, 0))
    sd = ImageDraw.Draw(scene)
    sd.rectangle((0, 0, H, H * 0.6), fill=(226, 232, 236, 255))
    for colour, level, amp, freq in ((HILLS_FAR, 0.5, 0.06, 1.6), (HILLS, 0.58, 0.05, 2.3)):
        phase = srng.uniform(0, 6.3)
        pts = [
            (x, H * level - H * amp * math.sin(x / H * freq * math.pi + phase) ** 2)
            for x in np.linspace(0, H, 40)
        ]
        sd.polygon(pts + [(H, H), (0, H)], fill=colour + (255,))
    sd.rectangle((0, H * 0.72, H, H), fill=GRASS + (255,))
    for _ in range(40):
        gx, gy = srng.uniform(0, H), srng.uniform(H * 0.73, H)
        sd.line((gx, gy, gx + srng.uniform(-2, 2), gy - H * 0.025), fill=(70, 110, 54, 255), width=lw)
    mask = Image.new("L", (H, H), 0)
    ImageDraw.Draw(mask).ellipse((c - R * 0.8, c - R * 0.8, c + R * 0.8, c + R * 0.8), fill=255)
    img.paste(scene, (0, 0), Image.fromarray(np.minimum(np.asarray(mask), np.asarray(scene.split()[3]))))
    d = ImageDraw.Draw(img)
    # the hut: its half barrel of thatch, the layers of the thatch along its arch
    cx, base = c, H * 0.76
    a, b = H * 0.3, H * 0.36
    d.polygon(_arch(cx, base, a, b), fill=THATCH + (255,))
    for share in (0.94, 0.86, 0.78):
        d.line(_arch(cx, base, a * share, b * share), fill=THATCH_DARK + (255,), width=lw)
    for t in np.linspace(0.15, math.pi - 0.15, 9):
        x0, y0 = cx + a * 0.78 * math.cos(t), base - b * 0.78 * math.sin(t)
        x1, y1 = cx + a * math.cos(t), base - b * math.sin(t)
        d.line((x0, y0, x1, y1), fill=THATCH_DARK + (255,), width=lw)
    # its wooden front inside the arch, the planks upright
    fa, fb = a * 0.74, b * 0.74
    front = _arch(cx, base, fa, fb)
    d.polygon(front, fill=WOOD + (255,))
    for x in np.linspace(cx - fa * 0.8, cx + fa * 0.8, 7):
        top_ = base - fb * math.sqrt(max(0.0, 1 - ((x - cx) / fa) ** 2))
        d.line((x, top_ + 2, x, base), fill=WOOD_DARK + (255,), width=lw)
    # the small low door and the sun and the buffalo horns carved over it
    dw, dh = H * 0.05, H * 0.085
    d.rectangle((cx - dw, base - dh, cx + dw, base), fill=(34, 22, 16, 255))
    sr = H * 0.035
    sy = base - fb * 0.6
    d.ellipse((cx - sr, sy - sr, cx + sr, sy + sr), outline=COTTON + (255,), width=lw + 1)
    for side in (-1, 1):
        hx = cx + side * fa * 0.5
        hy = base - fb * 0.42
        d.arc(
            (hx - H * 0.05, hy - H * 0.045, hx + H * 0.05, hy + H * 0.045),
            180,
            360,
            fill=COTTON + (255,),
            width=lw + 1,
        )
        d.line((hx, hy - H * 0.005, hx, hy + H * 0.05), fill=COTTON + (255,), width=lw + 1)
    d.line((cx - a - H * 0.04, base, cx + a + H * 0.04, base), fill=THATCH_DARK + (255,), width=lw + 1)
    # the ring: the roundel's edge darned in red and black
    for r_ in (R * 0.99, R * 0.8):
        d.ellipse((c - r_, c - r_, c + r_, c + r_), outline=PUGUR_BLACK + (255,), width=max(1, lw))
    n = 44
    for i in range(n):
        t = 2 * math.pi * i / n
        r0, r1 = R * 0.84, R * 0.95
        colour = PUGUR_RED if i % 2 == 0 else PUGUR_BLACK
        x0, y0 = c + r0 * math.cos(t), c + r0 * math.sin(t)
        x1, y1 = c + r1 * math.cos(t), c + r1 * math.sin(t)
        d.line((x0, y0, x1, y1), fill=colour + (255,), width=max(2, int(H * 0.03)))
    out = Image.new("L", (H, H), 0)
    ImageDraw.Draw(out).ellipse((1, 1, H - 2, H - 2), fill=255)
    img.putalpha(out)
    return img


def _hut(page: Image.Image, cx: float, top_y: float, h: float, seed: int) -> None:
    H = int(h)
    art = _hut_art(H * 3, seed).resize((H, H), Image.LANCZOS)
    page.paste(art, (int(cx - H / 2), int(top_y)), art)


def _gi(
    page: Image.Image, x1: float, top_y: float, line: int, number: str, font: str, tilt: float
) -> Image.Image:
    """The GI tag: a small card with its red and black stripes, GI large, its words and number, a punched
    hole and the thread it is stitched on by, tilted."""
    w, h = int(line * 5.4), int(line * 2.7)
    card = Image.fromarray(
        _cotton(w, h, int(abs(tilt) * 1000) + len(number), pitch=2.0).astype(np.uint8), "RGB"
    )
    d = ImageDraw.Draw(card)
    d.rectangle((0, 0, w - 1, h - 1), outline=(150, 140, 120), width=1)
    for y0, colour in (
        (int(h * 0.05), PUGUR_BLACK),
        (int(h * 0.12), PUGUR_RED),
        (int(h * 0.82), PUGUR_RED),
        (int(h * 0.89), PUGUR_BLACK),
    ):
        d.rectangle((0, y0, w, y0 + max(2, int(h * 0.045))), fill=colour)
    big = load_font(bold_of(font), int(line * 0.74))
    small = load_font(bold_of(font), int(line * 0.27))
    tiny = load_font(font, int(line * 0.26))
    gx = int(w * 0.2)
    d.text((gx, int(h * 0.5)), "GI", font=big, fill=PUGUR_RED, anchor="lm")
    tx = gx + big.getlength("GI") + line * 0.16
    d.text((tx, int(h * 0.36)), "TODA EMBROIDERY", font=small, fill=PUGUR_BLACK, anchor="lm")
    d.text((tx, int(h * 0.52)), "TAMIL NADU", font=small, fill=PUGUR_BLACK, anchor="lm")
    d.text((tx, int(h * 0.68)), number, font=tiny, fill=(70, 64, 60), anchor="lm")
    hr = max(3, int(line * 0.11))
    hx_, hy_ = int(w * 0.09), int(h * 0.5)
    d.ellipse((hx_ - hr, hy_ - hr, hx_ + hr, hy_ + hr), fill=(120, 112, 100), outline=(90, 84, 76))
    layer = card.convert("RGBA").rotate(tilt, resample=Image.BICUBIC, expand=True)
    x0 = int(x1 - layer.width)
    page.paste(layer, (x0, int(top_y)), layer)
    pd = ImageDraw.Draw(page)
    hx, hy = x0 + layer.width * 0.09, top_y + layer.height * 0.5
    pd.line(
        [(hx, hy), (hx - line * 0.5, hy - line * 0.6), (hx - line * 0.2, hy - line * 1.0)],
        fill=PUGUR_RED,
        width=2,
        joint="curve",
    )
    return page


def _skein(d: ImageDraw.ImageDraw, x: float, y: float, length: float, colour, srng: random.Random) -> None:
    """A small hank of wool lying in a margin: its strands twisted round one another along it, its ends
    looped, a soft shadow under it."""
    half = length / 2
    d.rounded_rectangle((x - 5, y - half + 3, x + 9, y + half + 4), radius=6, fill=(90, 84, 74, 50))
    strands = 11
    for i in range(strands):
        tone = _tint(colour, (255, 255, 255), srng.uniform(0.72, 1.0))
        phase = i / strands * 2 * math.pi
        pts = []
        for t in np.linspace(0, 1, 40):
            bulge = math.sin(math.pi * t) ** 0.5
            pts.append((x + 5.5 * bulge * math.sin(t * 2 * math.pi * 2.2 + phase), y - half + t * length))
        d.line(pts, fill=tone + (255,), width=1)
    for end in (-1, 1):
        ey = y + end * half
        d.ellipse((x - 3, ey - 3, x + 3, ey + 3), outline=_tint(colour, (0, 0, 0), 0.9) + (255,), width=1)


def _skeins(page: Image.Image, seed: int) -> Image.Image:
    """The margins: skeins of red and black wool, a darning needle with its thread, loose ends."""
    srng = random.Random(seed)
    width, height = page.size
    layer = page.convert("RGBA")
    d = ImageDraw.Draw(layer)
    sides = [srng.random() < 0.5 for _ in range(3)]
    for n_, colour in enumerate([PUGUR_RED, PUGUR_BLACK, srng.choice([PUGUR_RED, PUGUR_BLACK])]):
        left = sides[n_]
        x = srng.uniform(14, MARGIN - 14) if left else srng.uniform(width - MARGIN + 14, width - 14)
        y = srng.uniform(70, max(80, height - 120))
        _skein(d, x, y, srng.uniform(34, 52), colour, srng)
    # the needle down a margin, its thread out of its eye
    left = srng.random() < 0.5
    x = 12 if left else width - 12
    y0 = srng.uniform(60, max(70, height * 0.6))
    d.line((x + 1, y0 + 2, x + 1, y0 + 42), fill=(80, 80, 80, 80), width=2)
    d.line((x, y0, x, y0 + 40), fill=(160, 162, 170, 255), width=2)
    d.ellipse((x - 1.5, y0 + 2, x + 1.5, y0 + 7), outline=(110, 112, 120, 255), width=1)
    pts = []
    for t in np.linspace(0, 1, 30):
        pts.append((x + (8 if left else -8) * math.sin(t * 5.5) * t, y0 + 4 - t * 30 + 14 * t * t))
    d.line(pts, fill=PUGUR_RED + (255,), width=1)
    for _ in range(3):
        left = srng.random() < 0.5
        x = srng.uniform(8, MARGIN - 8) if left else srng.uniform(width - MARGIN + 8, width - 8)
        y = srng.uniform(60, height - 60)
        colour = srng.choice([PUGUR_RED, PUGUR_BLACK])
        curl = [(x + 5 * math.sin(t * 4 + n), y + t * 18) for n, t in enumerate(np.linspace(0, 1, 14))]
        d.line(curl, fill=colour + (255,), width=1)
    return layer.convert("RGB")


def _shawl_art(w: int, h: int, seed: int) -> Image.Image:
    """A puthkuli spread under the page: its cotton, and across it the shawl's broad band, a black and a red
    stripe along each edge and rows of pugur darned between them in red and black, a thread of blue in a
    few."""
    srng = random.Random(seed)
    art = _cotton(w, h, srng.randrange(10**6), pitch=2.6)
    img = Image.fromarray(art.astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    bh = int(srng.uniform(0.3, 0.4) * h)
    by = int(srng.uniform(0.06, 0.58) * h)
    stripes = [(0, 9, PUGUR_BLACK), (13, 29, PUGUR_RED), (33, 38, PUGUR_BLACK)]
    for a, b_, colour in stripes:
        d.rectangle((0, by + a, w, by + b_), fill=colour)
        d.rectangle((0, by + bh - b_, w, by + bh - a), fill=colour)
    cell = srng.choice([4, 5])
    mh = cell * 7
    field_top, field_bot = by + 46, by + bh - 46
    rows_ = max(1, int((field_bot - field_top) / (mh + cell * 3)))
    y = field_top + ((field_bot - field_top) - rows_ * (mh + cell * 3) + cell * 3) / 2
    for r in range(rows_):
        x = -cell * 4 * (r % 2) + 6
        n = 0
        while x < w:
            colour = PUGUR_RED if (n + r) % 2 == 0 else PUGUR_BLACK
            if (n + 2 * r) % 7 == 3:
                colour = PUGUR_BLUE
            _stitches(d, x, y, cell, MOTIFS[(n + r) % len(MOTIFS)], colour)
            x += mh + cell * 3
            n += 1
        y += mh + cell * 3
    return img


def _on_shawl(image: Image.Image, seed: int) -> Image.Image:
    """The page on the shawl: turned a little with its shadow, a skein of red wool beside it."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad + 120, h + 2 * pad
    base = _shawl_art(bw, bh, srng.randrange(10**6))
    angle = srng.uniform(-1.8, 1.8)
    turned = image.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    sx, sy = pad - 6, (bh - turned.height) // 2
    shadow = Image.new("L", base.size, 0)
    shadow.paste(turned.split()[3].point(lambda v: 110 if v > 0 else 0), (sx + 8, sy + 10))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    base = Image.composite(Image.new("RGB", base.size, (96, 88, 76)), base, shadow)
    base.paste(turned, (sx, sy), turned)
    layer = base.convert("RGBA")
    d = ImageDraw.Draw(layer)
    side = sx + turned.width + 40
    _skein(d, side + 16, srng.uniform(bh * 0.25, bh * 0.7), 90, PUGUR_RED, srng)
    return layer.convert("RGB")


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout294's ``_render`` (heldout289's, 287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Tamil lines and hand, bilingual fields with their boxes,
    foreign labels over their English, a Toda hut, a strip of a Toda shawl, the GI tag, skeins of wool and a
    needle in the margins."""
    page = h294._render(rows, font, style)
    x = style.get("h316")
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
        if not name.startswith("t16"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t16ta":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = ta_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_ta(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t16th":
            align, scale, tilt = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                tw = ta_width(text, HAND_LATIN, s, hand_=True)
                lw, lh = int(tw + s), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                draw_ta(ImageDraw.Draw(layer), (4, lh * 0.22), text, HAND_LATIN, s, 255, hand_=True)
                layer = layer.rotate(tilt, resample=Image.BICUBIC)
                if n_ == 0:
                    tx = width - MARGIN - tw - s * 0.3
                    fx = tx
                else:
                    tx = {
                        "c": (width - tw) / 2,
                        "l": MARGIN + 2,
                        "r": (fx if fx is not None else width - MARGIN) - tw - s * 0.6,
                    }[align]
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.3)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t16bx":
            at, is_pen, bold = m
            tamil, english, value = r[1], r[2], r[3]
            draw_ta(draw, (MARGIN, y - 1), tamil, font, size, ink)
            sface = load_font(font, int(size * 0.68))
            draw.text((MARGIN, y + line * 0.82), english, font=sface, fill=soft)
            bx0, bx1 = MARGIN + at * room, width - MARGIN
            by0, by1 = top_y + line * 0.18, top_y + line * 1.82
            draw.rounded_rectangle(
                (bx0, by0, bx1, by1), radius=int(size * 0.3), outline=_tint(soft, paper_, 0.75), width=1
            )
            if is_pen:
                vface = load_font(pen, int(size * 1.06))
                draw.text((bx0 + 12, (by0 + by1) / 2), value, font=vface, fill=pen_ink, anchor="lm")
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((bx0 + 12, (by0 + by1) / 2), value, font=vface, fill=ink, anchor="lm")
        elif name == "t16ov":
            (bold,) = m
            lface = load_font(font, int(size * 0.92))
            sface = load_font(font, int(size * 0.68))
            draw.text((MARGIN, y), r[1], font=lface, fill=ink)
            draw.text((MARGIN, y + line * 0.72), r[2], font=sface, fill=soft)
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text(
                (width - MARGIN - vface.getlength(r[3]), top_y + line),
                r[3],
                font=vface,
                fill=ink,
                anchor="ls",
            )
            draw.line(
                (MARGIN, top_y + 2 * line - 4, width - MARGIN, top_y + 2 * line - 4),
                fill=_tint(soft, paper_, 0.35),
            )
        elif name == "t16mh":
            (seed,) = m
            _hut(page, width / 2, top_y + line * 0.05, line * 2.85, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t16pb":
            (seed,) = m
            _band(page, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.92, seed)
            draw = ImageDraw.Draw(page)
        elif name == "t16gi":
            (tilt,) = m
            page = _gi(page, width - MARGIN, top_y + 2, line, r[1], font, tilt)
            draw = ImageDraw.Draw(page)
    for what in x["decor"]:
        if what[0] == "skeins":
            page = _skeins(page, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout315's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the Toda shawl a page is photographed lying on."""
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
    f = (style.get("h316") or {}).get("frame")
    if f and f[0] == "shawl":
        image = _on_shawl(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h294.check_faces()
    h287.check_faces()
    for face in [*PENS, *TYPES, *SCRIPT_FACES]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout316 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's app


PAYEES = [SHOP_CAPS, SHOP, CUT, SOC]
BUYERS = [
    ("Lakshmi Raghavan", "Indian Bank"),
    ("Arjun Menon", "HDFC Bank"),
    ("Fathima Rizwana", "Canara Bank"),
    ("Peter Fernandes", "ICICI Bank"),
    ("Kavitha Gowda", "State Bank of India"),
    ("Anand Iyer", "Axis Bank"),
    ("Deepa Nair", "Federal Bank"),
    ("Rahul Bhat", "Kotak Mahindra Bank"),
]
NOTES = [
    "toda shawl",
    "pugur stole x2",
    "table runner",
    "cushion covers",
    "gift for amma",
    "bookmarks + pouch",
]


def bank_short(bank: str) -> str:
    return {
        "Indian Bank": "Indian Bank",
        "HDFC Bank": "HDFC",
        "Canara Bank": "Canara",
        "ICICI Bank": "ICICI",
        "State Bank of India": "SBI",
        "Axis Bank": "Axis",
        "Federal Bank": "Federal",
        "Kotak Mahindra Bank": "Kotak",
    }.get(bank, bank)


def ta_lab(p: Screen, tamil: str, value: str, **facts) -> None:
    """A Tamil label small in the label's ink over its value (an app set in Tamil)."""
    ta(p, tamil, scale=0.8, align="l", soft=True)
    if any(is_ta(ch) for ch in value):
        ta(p, value, align="l", **facts)
    else:
        p.add("left", value, **facts)


def upi_smarthub(rng: random.Random, font: str, j: Job, who: str, bank: str) -> tuple[list, dict, dict]:
    """HDFC Bank's SmartHub Vyapar on the showroom's phone: its Collections tab, the showroom under the app's
    bar, a rounded card (Payment received, the sum set large, "from <buyer>"; RRN, Received on and Paid using
    on hairline rows)."""
    p = phone(rng, font, 0, ["", "SmartHub Vyapar"], dark=False, buttons=("Share", "Download"))
    band(p, (0, 56, 130))
    app_head(p, "SmartHub Vyapar", "HDFC Bank  |  Merchant")
    h275.tabs(p, ["Home", "Collections", "Settlements"], 1)
    p.add("gap")
    name = pick(p, "center", [SHOP, SHOP_CAPS])
    p.add("center", name, merchant=name)
    p.add("small", f"Charing Cross, Ooty  |  Store ID {digits(rng, 5)}")
    p.add("gap")
    c = card_open(p)
    p.add("center", "Payment received", status=j.status)
    h277.bigsum(p, rupee_of(p.font), j.amount, "indian", amount=j.amount)
    p.add("small", f"from {who}")
    spec = [(0.0, 0.42, "l"), (0.42, 1.0, "r")]
    cols(p, "sh", spec, "RRN", j.ref, mode="line", txn=(UTR_RANK, j.ref))
    cols(
        p,
        "sh",
        spec,
        "Received on",
        at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
        mode="line",
        date=j.date,
    )
    app = rng.choice(["Google Pay", "PhonePe", "Paytm", "BHIM"])
    cols(p, "sh", spec, "Paid using", f"{app} (UPI)", mode="line", method="UPI")
    card_close(p, c)
    p.add("small", f"Settles to {bank_short('Indian Bank')} XX{digits(rng, 4)} at 9 PM")
    return p.done()


def upi_jupiter(rng: random.Random, font: str, j: Job, who: str, bank: str) -> tuple[list, dict, dict]:
    """Jupiter's UPI payment under a green ribbon (Paid, the sum, "Paid to" over the payee; UPI Txn ID, Date
    and From in a table ruled on every side; a note)."""
    p = phone(rng, font, 1, ["", "Jupiter"], dark=False, buttons=("Share", "Done"))
    band(p, (234, 92, 60))
    app_head(p, "Jupiter", "Pay via UPI")
    h275.ribbon(p, "PAID", (30, 140, 80))
    p.add("gap")
    p.add("center", "Payment successful", status=j.status)
    p.add("big", money(rng, font, 0.5)(j.amount), amount=j.amount)
    p.add("small", "Paid to")
    name = pick(p, "center", [rng.choice(PAYEES), SHOP])
    p.add("center", name, merchant=name)
    p.add("gap")
    grid(
        p,
        "ju",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        None,
        [
            (["UPI Txn ID", j.ref], {"txn": (UTR_RANK, j.ref)}),
            (["Date", at_hour(rng, j.date, ["{d} %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            (["From", f"{bank_short(bank)} XX{digits(rng, 4)}"], {"method": "UPI"}),
        ],
    )
    p.add("small", f"Note: {rng.choice(NOTES)}")
    return p.done()


def upi_cred(rng: random.Random, font: str, j: Job, who: str, bank: str) -> tuple[list, dict, dict]:
    """CRED's UPI payment on its dark screen with no reference (a tile's tick, "<sum> paid to <payee>" in a
    sentence, the day and hour under it; the CRED coins earned; "view receipt")."""
    p = phone(rng, font, 2, ["", "CRED"], dark=True, buttons=("Done",))
    app_head(p, "CRED", "UPI")
    h287.tile(p, j.status)
    p.add("center", "payment successful", status=j.status)
    name = pick(p, "center", [rng.choice(PAYEES), SHOP])
    prose(
        p,
        f"{rupee_of(p.font)}{num(j.amount, 'indian')} paid to {name}",
        "center",
        amount=j.amount,
        merchant=name,
    )
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (" at ", ", ")), date=j.date, method="UPI")
    p.add("gap")
    kvr(p, "paid from", f"{bank_short(bank)} {masked(p.font)}{digits(rng, 4)}")
    kvr(p, "CRED coins", f"+{rng.randrange(20, 400)}")
    p.add("center", "view receipt")
    return p.done()


def upi_navi(rng: random.Random, font: str, j: Job, who: str, bank: str) -> tuple[list, dict, dict]:
    """Navi's UPI payment under "Today" (the payee's initials in a round badge, the sum, "Paid to <payee>",
    Completed in a capsule; UPI Ref No and Paid from each in a read-only field's box; no day)."""
    p = phone(rng, font, 3, ["", "Navi"], dark=False, buttons=("Share", "Home"))
    band(p, (20, 48, 120))
    app_head(p, "Navi", "UPI")
    name = pick(p, "center", [f"Paid to {rng.choice(PAYEES)}", f"Paid to {SHOP}"])[8:]
    h273.avatar(p, initials(name), (20, 48, 120))
    p.add("small", f"Today {sign(p.font, chr(0xB7), '|')} {hhmm(rng, lower=True)}")
    p.add("big", money(rng, font, 0.6)(j.amount), amount=j.amount)
    p.add("center", f"Paid to {name}", merchant=name)
    chip(p, "Completed", j.status)
    p.add("gap")
    h273.field(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    h273.field(p, "Paid from", f"{bank_short(bank)} Savings XX{digits(rng, 4)}", method="UPI")
    return p.done()


def upi_vyom(rng: random.Random, font: str, j: Job, who: str, bank: str) -> tuple[list, dict, dict]:
    """Union Bank of India's Vyom with the payment pending, its stages top to bottom (Debited, Awaiting the
    payee's bank, Credited) and UPI Ref. No :, Initiated :, From : with colons."""
    p = phone(rng, font, 4, ["", "Vyom"], dark=False, buttons=("Check status",))
    band(p, (214, 36, 46))
    app_head(p, "Vyom", "Union Bank of India  |  UPI")
    p.add("center", "Payment pending", status=j.status)
    p.add("big", money(rng, font, 0.3)(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    h271.step(p, "Debited from your account", hhmm(rng, lower=True), "done")
    h271.step(p, "Awaiting payee's bank", "up to 2 hours", "pending")
    h271.step(p, "Credited to payee", "", "todo")
    p.add("gap")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    h271.colkv(p, "vy", spec, "UPI Ref. No :", j.ref, txn=(UTR_RANK, j.ref))
    h271.colkv(
        p, "vy", spec, "Initiated :", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date
    )
    h271.colkv(p, "vy", spec, "From :", f"A/c XXXXXX{digits(rng, 4)}", method="UPI")
    return p.done()


def upi_tmb(rng: random.Random, font: str, j: Job, who: str, bank: str) -> tuple[list, dict, dict]:
    """Tamilnad Mercantile Bank's TMB mConnect+ with the payment failed under a tile's cross (the reason in a
    notice; Transaction ID, UPI Ref No, Date and Reason in dot leaders)."""
    p = phone(rng, font, 5, ["", "TMB mConnect+"], dark=False, buttons=("Retry",))
    band(p, (0, 84, 150))
    app_head(p, "TMB mConnect+", "Tamilnad Mercantile Bank  |  UPI")
    h287.tile(p, j.status)
    p.add("center", "Transaction Failed", status=j.status)
    p.add("big", money(rng, font, 0.3)(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {rng.choice(PAYEES)}", f"to {SHOP}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    boxed(
        p,
        "Your UPI PIN was not verified in time. Any amount debited will be credited back to your account "
        "within 3 working days.",
        "error",
    )
    tid = f"TMB{j.date:%y%m%d}{digits(rng, 8)}"
    dots(p, "Transaction ID", tid, at=0.4, txn=(TXN_RANK, tid))
    dots(p, "UPI Ref No", j.ref, at=0.4, txn=(UTR_RANK, j.ref), method="UPI")
    dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.3, date=j.date)
    dots(p, "Reason", "U69 - timed out", at=0.3)
    return p.done()


def upi_sib(rng: random.Random, font: str, j: Job, who: str, bank: str) -> tuple[list, dict, dict]:
    """South Indian Bank's SIB Mirror+ with the sum on a tinted panel (Amount paid), Fund transfer completed;
    Beneficiary, UPI Ref., Txn. date and Remarks against a gutter."""
    p = phone(rng, font, 6, ["", "SIB Mirror+"], dark=False, buttons=("Share", "Done"))
    band(p, (170, 30, 40))
    app_head(p, "SIB Mirror+", "South Indian Bank  |  UPI")
    sicon(p, j.status)
    p.add("center", "Fund transfer completed", status=j.status)
    h273.panel(p, "Amount paid", money(rng, font, 0.2)(j.amount), (170, 30, 40), amount=j.amount)
    p.add("gap")
    at = 0.4
    name = rng.choice([SHOP_CAPS, CUT])
    gutter(p, "sb", "Beneficiary", name, at=at, merchant=name)
    gutter(p, "sb", "UPI Ref.", j.ref, at=at, txn=(UTR_RANK, j.ref), method="UPI")
    gutter(p, "sb", "Txn. date", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    gutter(p, "sb", "Remarks", rng.choice(NOTES), at=at)
    return p.done()


def upi_bhim_tamil(rng: random.Random, font: str, j: Job, who: str, bank: str) -> tuple[list, dict, dict]:
    """BHIM set in Tamil: a large round tick, "பணம் செலுத்தப்பட்டது" (payment made), the sum, "பெறுநர்"
    (recipient) over the payee; "UPI பரிவர்த்தனை எண்" (UPI transaction number), "தேதி" (date, its month's
    Tamil name) and "வங்கிக் கணக்கு" (bank account) each small over its value."""
    p = phone(rng, font, 7, ["", "BHIM"], dark=False, buttons=())
    band(p, (0, 98, 65))
    app_head(p, "BHIM", "UPI")
    sicon(p, j.status)
    ta(p, "பணம் செலுத்தப்பட்டது", bold=True, status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    ta(p, "பெறுநர்", scale=0.8, soft=True)
    name = pick(p, "center", [rng.choice(PAYEES), SHOP])
    p.add("center", name, merchant=name)
    p.add("rule")
    ta_lab(p, "UPI பரிவர்த்தனை எண்", j.ref, txn=(UTR_RANK, j.ref))
    ta_lab(p, "தேதி", f"{ta_day(j.date)}, {hhmm(rng, lower=True)}", date=j.date)
    ta_lab(p, "வங்கிக் கணக்கு", f"{bank_short(bank)} XXXX{digits(rng, 4)}", method="UPI")
    return p.done()


BUYER_UPI = [upi_smarthub, upi_jupiter, upi_cred, upi_navi, upi_vyom, upi_tmb, upi_sib, upi_bhim_tamil]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Pugur Kudil or the society, in ``BUYER_UPI``'s eight layouts (one function each, above):
    the receipt's place in the family chooses its layout; the TMB page fails (5), the Vyom page waits (4), the
    CRED page prints no reference (2) and the Navi page no day (3). A share of the showroom's receipts fall in
    the Flower Show's days."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 3, low=250, high=24000, p_round=0.7)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    if k in (0, 6) and rng.random() < 0.5:
        season(j, rng, FLOWER_SHOW, FLOWER_DAYS)
    return BUYER_UPI[k](rng, font, j, who, bank)


# ---------------------------------------------------------------- 2. buyers' advices


TRIFED = "TRIFED"
TRIFED_LONG = "Tribal Co-operative Marketing Development Federation of India Ltd."
KORA = "Kora & Loom Home Pvt. Ltd."
BLUEHILLS = "Bluehills Resorts Pvt. Ltd."
ANNAPOORNA = "Annapoorna Silks & Crafts Pvt. Ltd."
TARANG = "Tarang Design Studio LLP"
MEENAKSHI = "Meenakshi Crafts Emporium"
BUNGALOW = "Glenview Tea Bungalow Stays"
GIFTWISE = "Giftwise Corporate Solutions Pvt. Ltd."


def adv_trifed(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """TRIFED's PAYMENT ADVICE from its Chennai regional office for the pugur its Tribes India outlets bought
    (No. and Dated on a line; "To, The Secretary," and the society; Sub:; Supply Order | Invoice | Amount on
    hairline rows, Total under a rule and a double rule; "An amount of Rs. x has been released ... by NEFT /
    RTGS, UTR ..."; the Regional Manager's signature)."""
    p = sheet(rng, font, [840, 880])
    p.part = "head"
    top(p, TRIFED)
    p.add("small", TRIFED_LONG)
    p.add("small", "Ministry of Tribal Affairs, Govt. of India  |  Regional Office, Chennai - 600035")
    p.add("rule")
    p.add("center", "PAYMENT ADVICE")
    p.part = "body"
    ref = f"TRF/RO-CHN/MKT/{rng.randrange(110, 980)}/{fy(j.date)}"
    cols(
        p,
        "tf0",
        [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
        f"No. {ref}",
        f"Dated {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
        date=j.date,
    )
    p.add("left", "To,")
    p.add("left", "The Secretary,")
    name = pick(p, "left", [f"{SOC},", f"{SOC_SHORT},"])[:-1]
    p.add("left", f"{name},", merchant=name)
    p.add("left", f"{OFFICE_AT}.")
    prose(p, "Sub: Payment for Toda embroidery procured for the Tribes India outlets.")
    spec = [(0.0, 0.36, "l"), (0.36, 0.7, "l"), (0.7, 1.0, "r")]
    cols(p, "tfh", spec, "Supply Order", "Invoice", "Amount", mode="line")
    for no_, day, v in bills_for(rng, j, rng.randrange(1, 4), "NTPMS"):
        cols(
            p,
            "tfl",
            spec,
            f"TI/SO/{digits(rng, 4)}",
            f"{no_} dt. {when(day, '%d.%m.%y')}",
            num(v),
            mode="line",
        )
    total(p, "Total", num(j.amount), at=0.7)
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "State Bank of India", way)
    prose(
        p,
        f"An amount of Rs. {num(j.amount, 'indian')} has been released to your account with {BANK_LINE} "
        f"by {way}, UTR {utr}. Kindly acknowledge.",
        amount=j.amount,
        status=j.status,
        method="netbanking",
        txn=(UTR_RANK, utr),
    )
    p.add("gap")
    sig(p)
    p.add("right", "Regional Manager")
    return p.done()


def adv_quickbooks(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """A Bengaluru home store's Bill Payment mailed from QuickBooks Online (Payee and Payment date, Payment
    account and Ref no., labels small over their values two to a row; Amount paid on a tinted panel; Memo
    with its UTR; Bill no. | Due date | Payment on hairline rows)."""
    doc = str(rng.randrange(1040, 1990))
    p = mail_page(
        rng,
        font,
        "Kora & Loom Accounts <payables@koraandloom.in>",
        [f"Bill Payment {doc} from Kora & Loom", "Payment sent: Kora & Loom Home"],
    )
    p.part = "head"
    top(p, pick(p, "title", [KORA, "Kora & Loom Home"]))
    p.add("small", "Indiranagar, Bengaluru  |  Bill Payment")
    p.add("rule")
    p.part = "body"
    prose(p, "Hello, we have paid the bills below. The payment details are as follows.")
    p.add("gap")
    payee = rng.choice([SOC, SOC_SHORT])
    two_up(
        p,
        "qb1",
        ("Payee", payee),
        ("Payment date", day_as(j, rng, ["%d/%m/%Y", "{d} %b %Y"])),
        merchant=payee,
        date=j.date,
    )
    p.add("gap")
    two_up(
        p,
        "qb2",
        ("Payment account", f"HDFC Current {digits(rng, 4)}"),
        ("Ref no.", doc),
        method="netbanking",
        txn=(INVOICE_RANK, doc),
    )
    h273.panel(
        p,
        "Amount paid",
        f"{rupee_of(p.font)}{num(j.amount, 'indian')}",
        (40, 120, 60),
        amount=j.amount,
        status=j.status,
    )
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "HDFC Bank", way)
    p.add("left", f"Memo: {way} UTR {utr}", txn=(UTR_RANK, utr))
    spec = [(0.0, 0.42, "l"), (0.42, 0.7, "l"), (0.7, 1.0, "r")]
    cols(p, "qbh", spec, "Bill no.", "Due date", "Payment", mode="line")
    for no_, day, v in bills_for(rng, j, rng.randrange(1, 3), "NTPMS"):
        cols(p, "qbl", spec, no_, when(day + dt.timedelta(days=30), "%d/%m/%Y"), num(v), mode="line")
    p.add("small", "Sent with QuickBooks Online")
    return p.done()


def adv_kotak_fyn(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """Kotak Mahindra Bank's Kotak Fyn with a Coonoor resort's RTGS pending authorisation (its stages top to
    bottom; Transaction Ref No., Beneficiary Name, Amount, Payment Type, Value Date in a table ruled on every
    side under its heading)."""
    p = browser_page(rng, font, "fyn.kotak.com/payments/transactions/pending-authorisation")
    p.part = "head"
    top(p, "Kotak Fyn")
    p.add("small", f"Kotak Mahindra Bank  |  {BLUEHILLS}, Coonoor")
    p.add("rule")
    p.part = "body"
    way = neft_or_rtgs(j.amount)
    p.add("left", f"{way} payment  -  Pending authorisation", status=j.status)
    p.add("gap")
    h271.step(p, "Created by maker", f"accounts.bluehills  {hhmm(rng, twelve=False)}", "done")
    h271.step(p, "Authoriser 1", "approved", "done")
    h271.step(p, "Authoriser 2", "awaiting", "pending")
    h271.step(p, "Sent to beneficiary bank", "", "todo")
    p.add("gap")
    ref = f"KFYN{digits(rng, 11)}"
    name = rng.choice([SOC_CAPS, CUT])
    grid(
        p,
        "kf",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["Transaction details", ""],
        [
            (["Transaction Ref No.", ref], {"txn": (BANK_RANK, ref)}),
            (["Beneficiary Name", name], {"merchant": name}),
            (["Amount", money(rng, font, 0.0, marks=("INR", "Rs."))(j.amount)], {"amount": j.amount}),
            (["Payment Type", way], {"method": "netbanking"}),
            (["Value Date", day_as(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
        ],
    )
    return p.done()


def adv_sap(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """A Coimbatore crafts retailer's Outgoing Payment printed from SAP Business One (Vendor Code and Doc.
    No., Vendor Name and Posting Date two pairs to a row in a table ruled on every side; the invoices paid;
    Transfer Acct, Transfer Date, Reference and Total Amount in dot leaders)."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    top(p, pick(p, "title", [ANNAPOORNA, "Annapoorna Silks & Crafts"]))
    p.add("small", f"Cross Cut Road, Gandhipuram, Coimbatore - 641012  |  GSTIN {gstin_of(rng, '33', 'C')}")
    p.add("rule")
    p.add("center", "OUTGOING PAYMENT")
    p.part = "body"
    dno = str(rng.randrange(10400, 19800))
    vname = clip(SOC_CAPS, 30)
    grid(
        p,
        "sp0",
        [(0.0, 0.2, "l"), (0.2, 0.58, "l"), (0.58, 0.78, "l"), (0.78, 1.0, "l")],
        None,
        [
            (["Vendor Code", f"V{digits(rng, 5)}", "Doc. No.", dno], {"txn": (INVOICE_RANK, dno)}),
            (
                ["Vendor Name", vname, "Posting Date", when(j.date, "%d.%m.%Y")],
                {"merchant": vname, "date": j.date},
            ),
        ],
    )
    p.add("gap")
    spec = [(0.0, 0.3, "l"), (0.3, 0.7, "l"), (0.7, 1.0, "r")]
    cols(p, "sph", spec, "Doc. Type", "Vendor Ref.", "Amount", mode="line")
    for no_, _day, v in bills_for(rng, j, rng.randrange(1, 4), "NTPMS"):
        cols(p, "spl", spec, "A/P Invoice", no_, num(v), mode="line")
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Karur Vysya Bank", way)
    dots(p, "Transfer Acct", f"KVB CA {digits(rng, 4)} ({way})", at=0.4, method="netbanking")
    dots(p, "Transfer Date", when(j.date, "%d.%m.%Y"), at=0.4)
    dots(p, "Reference", utr, at=0.3, txn=(UTR_RANK, utr))
    dots(p, "Total Amount", f"INR {num(j.amount)}", at=0.4, bold=True, amount=j.amount, status=j.status)
    p.add("gap")
    sig(p)
    p.add("right", "Accounts Manager")
    return p.done()


def adv_cliq(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """A Bengaluru design studio's Zoho Cliq channel under its "Today" divider: its finance bot's card
    (Payment sent; Payee, Amount, Mode and UTR at the left and the right, a bar of colour at the card's left);
    a reply; no day."""
    j.amount = float(rng.randrange(40, 600) * 100)
    p = screen(rng, font, "crop", dark=False, width=rng.choice([700, 740]), size=rng.choice([18, 19]))
    p.style["paper"] = (250, 251, 253)
    p.part = "head"
    h269.kind(p, "cq0", [(0.0, 1.0, "l")], "plain", bold=(0,))
    h269.ext(p)["scale"]["cq0"] = 1.1
    h269.row(p, "cq0", "# payments-vendors")
    p.add("small", f"Zoho Cliq  |  {TARANG}  |  9 participants")
    p.add("rule")
    p.part = "body"
    divider(p, "Today")
    p.add("gap")
    hour = rng.randrange(10, 18)
    h269.kind(p, "cq1", [(0.0, 0.6, "l"), (0.6, 1.0, "l")], "plain", bold=(0,))
    h269.row(p, "cq1", "Finance Bot", hour12(hour, rng.randrange(60)))
    p.add("gap")
    c = card_open(p)
    p.add("left", "Payment sent", status=j.status)
    name = rng.choice([SOC, SOC_SHORT])
    utr = utr_of(rng, j, "Axis Bank", "NEFT")
    kvr(p, "Payee", name, merchant=name)
    kvr(p, "Amount", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    kvr(p, "Mode", "NEFT", method="netbanking")
    kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
    card_close(p, c)
    p.add("gap")
    h269.row(p, "cq1", "Divya Rao", hour12(hour + 1, rng.randrange(60)))
    p.add("left", "Thanks! Letting the Toda sangam know about the runners.")
    return p.done()


def adv_union(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """Union Bank of India's Union Digital Corporate with a Madurai emporium's NEFT rejected on a tinted band
    (the reason in a notice; each value over its label: Transaction Reference, Beneficiary, Amount, Value
    Date, Rejection Reason)."""
    p = browser_page(rng, font, "digitalcorporate.unionbankofindia.co.in/txn/status")
    p.part = "head"
    top(p, "Union Digital Corporate")
    p.add("small", f"Union Bank of India  |  {MEENAKSHI}, Madurai")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "NEFT rejected", j.status)
    boxed(
        p,
        "The beneficiary's bank rejected this NEFT: the beneficiary's name does not match the account. The "
        "amount has been credited back to your account.",
        "error",
    )
    tref = f"UBIN{digits(rng, 12)}"
    name = h287.vname(p, [CUT, clip(SOC_CAPS, 22)])
    vlab(p, "Transaction Reference", tref, bold=False, txn=(BANK_RANK, tref))
    vlab(p, "Beneficiary", name, merchant=name)
    vlab(
        p,
        "Amount",
        money(rng, font, 0.0, marks=("Rs.", "INR"))(j.amount),
        amount=j.amount,
        method="netbanking",
    )
    vlab(p, "Value Date", day_as(j, rng, ["%d/%m/%Y", "%d %b %Y"]), bold=False, date=j.date)
    vlab(p, "Rejection Reason", "R02 - name mismatch", bold=False)
    return p.done()


def adv_bungalow(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """A Coonoor tea bungalow stay's letter naming its day and no reference ("We have remitted Rs. x to
    <payee> by RTGS / NEFT on <day> ..."; Invoice No. | Invoice Date | Amount in a table ruled on every side;
    the Manager's signature)."""
    j.amount = float(rng.randrange(40, 900) * 100)
    p = sheet(rng, font, [800, 840])
    p.part = "head"
    top(p, pick(p, "title", [BUNGALOW, "Glenview Tea Bungalow"]))
    p.add("small", "Glenview Estate, Upper Coonoor, The Nilgiris - 643101")
    p.add("rule")
    p.part = "body"
    p.add("right", f"Coonoor, {when(j.date + dt.timedelta(days=rng.randrange(0, 3)), '{d} %B %Y')}")
    p.add("left", "Dear Madam,")
    name = rng.choice([SOC, SOC_SHORT])
    way = neft_or_rtgs(j.amount)
    prose(
        p,
        f"We have remitted Rs. {num(j.amount, 'indian', 0)}/- to {name} by {way} on "
        f"{when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))} for the embroidered runners, cushion covers "
        "and "
        "wall hangings for our bungalows, against the invoices below.",
        amount=j.amount,
        merchant=name,
        date=j.date,
        method="netbanking",
        status=j.status,
    )
    grid(
        p,
        "gv",
        [(0.0, 0.4, "l"), (0.4, 0.7, "l"), (0.7, 1.0, "r")],
        ["Invoice No.", "Invoice Date", "Amount"],
        [
            ([no_, when(day, "%d/%m/%Y"), num(v)], {})
            for no_, day, v in bills_for(rng, j, rng.randrange(1, 3), "NTPMS")
        ],
    )
    p.add("left", "With warm regards,")
    sig(p)
    p.add("right", "Manager, Glenview")
    return p.done()


def adv_razorpayx(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """A Mumbai gifting company's RazorpayX payout mail (Payout processed; its sentence; Payout ID, UTR,
    Beneficiary, Amount, Mode, Processed on, Purpose in a striped table)."""
    p = mail_page(
        rng,
        font,
        "RazorpayX <no-reply@razorpay.com>",
        ["Payout processed to Nilgiri Toda Pugur Mahalir Sangam", "Your payout has been processed"],
    )
    p.part = "head"
    top(p, "RazorpayX")
    p.add("small", f"Payouts  |  {GIFTWISE}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Payout processed", status=j.status)
    prose(p, "A payout from your account has been processed successfully. Details are below.")
    pid = f"pout_{code(rng, 14, LOWER.replace('0', '').replace('1', '') + 'ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    way = rng.choice(["IMPS", "NEFT"])
    utr = utr_of(rng, j, "ICICI Bank", way)
    name = rng.choice([SOC, CUT])
    zebra(
        p,
        "rx",
        [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
        ["Payout details", ""],
        [
            (["Payout ID", pid], {"txn": (TXN_RANK, pid)}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
            (["Beneficiary", name], {"merchant": name}),
            (["Amount", f"{rupee_of(p.font)}{num(j.amount, 'indian')}"], {"amount": j.amount}),
            (["Mode", way], {"method": "netbanking"}),
            (["Processed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
            (["Purpose", "vendor payment - corporate gifts"], {}),
        ],
        (40, 70, 160),
    )
    p.add("small", "RazorpayX by Razorpay Software Pvt. Ltd.  |  Do not reply to this mail.")
    return p.done()


BUYER_ADVICES = [
    adv_trifed,
    adv_quickbooks,
    adv_kotak_fyn,
    adv_sap,
    adv_cliq,
    adv_union,
    adv_bungalow,
    adv_razorpayx,
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the society, in ``BUYER_ADVICES``' eight layouts (one function each,
    above): the Union Bank page fails (5), the Kotak Fyn page waits (2), the Glenview letter prints no
    reference (6) and the Zoho Cliq channel no day (4)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=12000, high=240000)
    return BUYER_ADVICES[k](rng, font, j)


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Atelier Handwerk Zürich GmbH", "Zurich, Switzerland", "CHF", 900, 9000, "zkb"),
    ("Southern Cross Textile Arts Pty Ltd", "Melbourne, Australia", "AUD", 1200, 12000, "westpac"),
    ("Kyoto Nunoya Co., Ltd.", "Kyoto, Japan", "JPY", 120000, 1400000, "mizuho"),
    ("Fjord & Tråd AS", "Bergen, Norway", "NOK", 9000, 110000, "dnb"),
    ("Nordisk Håndværk ApS", "Aarhus, Denmark", "DKK", 7000, 80000, "danske"),
    ("Al Sadd Heritage Interiors W.L.L.", "Doha, Qatar", "QAR", 3500, 42000, "qnb"),
    ("Peak Road Crafts Ltd", "Hong Kong", "HKD", 8000, 90000, "hangseng"),
    ("Rumah Tenun Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", 4000, 45000, "maybank"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: Swiss francs with apostrophes between the thousands (CHF
    4'250.00); Australian dollars with AUD or A$; yen whole with JPY or the yen's sign (JPY 864,000);
    Norwegian kroner the Norwegian way with NOK before or after (NOK 48 250,00); Danish kroner the Danish way
    (64.040,00 DKK or kr. 64.040,00); Qatari riyals with QAR; Hong Kong dollars with HKD or HK$; ringgit with
    MYR or RM."""
    yen = "\u00a5{w}" if glyphs(font, "\u00a5") and glyphs(bold_of(font), "\u00a5") else "JPY {w}"
    forms = {
        "CHF": ["CHF {s}"],
        "AUD": ["AUD {v}", "A${v}"],
        "JPY": ["JPY {w}", yen],
        "NOK": ["NOK {n}", "{n} NOK"],
        "DKK": ["{d} DKK", "kr. {d}", "DKK {d}"],
        "QAR": ["QAR {v}", "{v} QAR"],
        "HKD": ["HKD {v}", "HK${v}"],
        "MYR": ["MYR {v}", "RM {v}"],
    }[cur]
    form = rng.choice(forms)

    def show(v: float) -> str:
        english = f"{v:,.2f}"
        return form.format(
            v=english,
            w=f"{v:,.0f}",
            s=english.replace(",", "'"),
            n=english.replace(",", " ").replace(".", ","),
            d=english.replace(",", "#").replace(".", ",").replace("#", "."),
        )

    return show


def wire_zkb(rng: random.Random, font: str, j: Job, payer: str, town: str, show, sum_: dict) -> tuple:
    """Zürcher Kantonalbank's eBanking with a payment abroad executed in Swiss francs (Ausgeführt /
    Executed; each label in German with its English small under it and the value at the right: Referenz,
    Begünstigter, Betrag, Ausführungsdatum, Spesen)."""
    p = browser_page(rng, font, "ebanking.zkb.ch/payments/international/detail")
    p.part = "head"
    top(p, "Zürcher Kantonalbank" if glyphs(font, "ü") else "Zurcher Kantonalbank")
    p.add("small", f"eBanking  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Zahlung ins Ausland  -  Ausgeführt / Executed", status=j.status)
    p.add("gap")
    ref = f"ZKB{j.date:%y%m%d}{digits(rng, 6)}"
    name = rng.choice([SOC, CUT])
    over(p, "Referenz", "Reference", ref, bold=False, txn=(BANK_RANK, ref))
    over(p, "Begünstigter", "Beneficiary", name, merchant=name)
    over(p, "Betrag", "Amount", show(j.amount), **sum_)
    over(p, "Ausführungsdatum", "Execution date", when(j.date, "%d.%m.%Y"), bold=False, date=j.date)
    over(p, "Spesen", "Charges", "SHA - geteilt", bold=False, method="netbanking")
    return p.done()


def wire_westpac(rng: random.Random, font: str, j: Job, payer: str, town: str, show, sum_: dict) -> tuple:
    """Westpac Live's app with an international payment sent in Australian dollars ("Today, <hour>"; an
    octagon's tick, the sum, "to <payee>"; Westpac reference and Fees in tiles; From; no day)."""
    p = phone(rng, font, 1, ["", "Westpac Live"], dark=False, buttons=("Done",))
    band(p, (218, 18, 48))
    app_head(p, "Westpac Live", "International payments")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h294.octa(p, j.status)
    p.add("center", "International payment sent", status=j.status)
    p.add("big", show(j.amount), **sum_)
    name = pick(p, "center", [f"to {SOC}", f"to {CUT}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    ref = f"WBC{digits(rng, 10)}"
    tiles2(p, ("Westpac reference", ref), ("Fees", "Shared (SHA)"), txn=(BANK_RANK, ref), method="netbanking")
    kvr(p, "From", f"Business One {masked(p.font, 4)}{digits(rng, 4)}")
    p.add("small", f"{payer}  |  {town}")
    return p.done()


def wire_mizuho(rng: random.Random, font: str, j: Job, payer: str, town: str, show, sum_: dict) -> tuple:
    """Mizuho Business WEB with a remittance in yen awaiting release under a spinner (a notice; Remittance
    No., Beneficiary, Amount, Value Date year first with slashes, Charges in a table ruled on every side)."""
    p = browser_page(rng, font, "bizweb.mizuhobank.co.jp/remittance/overseas/status")
    p.part = "head"
    top(p, "Mizuho Business WEB")
    p.add("small", f"Mizuho Bank, Ltd.  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    h279.spinner(p, (226, 160, 40))
    p.add("center", "Awaiting release", status=j.status)
    boxed(
        p,
        "This overseas remittance has been approved and will be released to the paying bank after the "
        "cut-off check. No action is needed.",
        "warn",
    )
    ref = f"MZ{j.date:%y%m%d}{digits(rng, 6)}"
    name = rng.choice([SOC_CAPS, CUT])
    grid(
        p,
        "mz",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        None,
        [
            (["Remittance No.", ref], {"txn": (BANK_RANK, ref)}),
            (["Beneficiary", name], {"merchant": name}),
            (["Amount", show(j.amount)], sum_),
            (["Value Date", when(j.date, "%Y/%m/%d")], {"date": j.date}),
            (["Charges", "SHA (shared)"], {"method": "netbanking"}),
        ],
    )
    return p.done()


def wire_dnb(rng: random.Random, font: str, j: Job, payer: str, town: str, show, sum_: dict) -> tuple:
    """DNB's Bedriftsbank with a foreign payment completed in kroner the Norwegian way (Utført / Completed;
    each label in Norwegian and its English after a slash in dot leaders: Mottaker / Beneficiary, Beløp /
    Amount, Betalingsdato / Payment date, Referanse / Reference, Gebyr / Charges)."""
    p = browser_page(rng, font, "bedrift.dnb.no/betaling/utland/kvittering")
    p.part = "head"
    top(p, "DNB")
    p.add("small", f"DNB Bedriftsbank  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Utenlandsbetaling / Foreign payment")
    p.add("left", "Status: Utført / Completed", status=j.status)
    p.add("gap")
    ref = f"DNB{digits(rng, 11)}"
    name = rng.choice([SOC, CUT])
    dots(p, "Mottaker / Beneficiary", name, at=0.3, merchant=name)
    dots(p, "Beløp / Amount", show(j.amount), at=0.44, bold=True, **sum_)
    dots(p, "Betalingsdato / Payment date", when(j.date, "%d.%m.%Y"), at=0.56, date=j.date)
    dots(p, "Referanse / Reference", ref, at=0.44, txn=(BANK_RANK, ref))
    dots(p, "Gebyr / Charges", "SHA - delt", at=0.44, method="netbanking")
    return p.done()


def wire_danske(rng: random.Random, font: str, j: Job, payer: str, town: str, show, sum_: dict) -> tuple:
    """Danske Bank's Business Online receipt in kroner the Danish way told in a sentence in a rounded card
    with no reference ("Your payment of <sum> to <payee> was carried out on <day>."; Fee and Account, labels
    small over their values two to a row)."""
    p = browser_page(rng, font, "businessonline.danskebank.dk/payments/receipt")
    p.part = "head"
    top(p, "Danske Bank")
    p.add("small", f"District  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    p.add("gap")
    c = card_open(p)
    p.add("left", "Payment carried out", status=j.status)
    name = rng.choice([SOC, SOC_SHORT])
    prose(
        p,
        f"Your payment of {show(j.amount)} to {name} was carried out on "
        f"{when(j.date, rng.choice(['{d} %B %Y', '%d.%m.%Y']))}.",
        merchant=name,
        date=j.date,
        **sum_,
    )
    card_close(p, c)
    p.add("gap")
    two_up(
        p, "ds1", ("Fee", "SHA - delt"), ("Account", f"Erhvervskonto {digits(rng, 4)}"), method="netbanking"
    )
    return p.done()


def wire_qnb(rng: random.Random, font: str, j: Job, payer: str, town: str, show, sum_: dict) -> tuple:
    """QNB's Business Online with a transfer in riyals returned in an octagon's cross (the reason in a notice;
    Transfer Ref, Beneficiary, Amount, Transfer Date, Charges, Return Reason on hairline rows)."""
    p = browser_page(rng, font, "qnbbusiness.qnb.com/transfers/international/details")
    p.part = "head"
    top(p, "QNB Business Online")
    p.add("small", f"Qatar National Bank  |  {payer}, {town}")
    p.add("rule")
    p.part = "body"
    h294.octa(p, j.status)
    p.add("center", "Transfer returned", status=j.status)
    boxed(
        p,
        "The beneficiary's bank returned this transfer: the account is closed. The amount, less the "
        "correspondent's charges, has been credited back to your account.",
        "error",
    )
    ref = f"QNB{j.date:%y%m%d}{digits(rng, 6)}"
    name = rng.choice([SOC_CAPS, CUT])
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "r")]
    cols(p, "qn", spec, "Transfer Ref", ref, mode="line", txn=(BANK_RANK, ref))
    cols(p, "qn", spec, "Beneficiary", name, mode="line", merchant=name)
    cols(p, "qn", spec, "Amount", show(j.amount), mode="line", **sum_)
    cols(
        p,
        "qn",
        spec,
        "Transfer Date",
        when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"])),
        mode="line",
        date=j.date,
    )
    cols(p, "qn", spec, "Charges", "SHA", mode="line", method="netbanking")
    cols(p, "qn", spec, "Return Reason", "AC04 - account closed", mode="line")
    return p.done()


def wire_hangseng(rng: random.Random, font: str, j: Job, payer: str, town: str, show, sum_: dict) -> tuple:
    """Hang Seng Bank's Business e-Banking with a telegraphic transfer completed in Hong Kong dollars (a
    tile's tick; Transaction ref and Value date, Beneficiary and Amount in tiles; Charges)."""
    p = browser_page(rng, font, "bib.hangseng.com/payments/tt/confirmation")
    p.part = "head"
    top(p, "Hang Seng Bank")
    p.add("small", f"Business e-Banking  |  {payer}")
    p.add("rule")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Telegraphic transfer completed", status=j.status)
    p.add("gap")
    ref = f"HS{digits(rng, 12)}"
    name = rng.choice([CUT, SOC_SHORT.upper()])
    tiles2(
        p,
        ("Transaction ref", ref),
        ("Value date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"]))),
        txn=(BANK_RANK, ref),
        date=j.date,
    )
    tiles2(p, ("Beneficiary", name), ("Amount", show(j.amount)), merchant=name, **sum_)
    kvr(p, "Charges", "Shared (SHA)", method="netbanking")
    return p.done()


def wire_maybank(rng: random.Random, font: str, j: Job, payer: str, town: str, show, sum_: dict) -> tuple:
    """Maybank2u Biz's foreign telegraphic transfer acknowledgement in ringgit (Successful; Reference No.,
    Beneficiary Name, Beneficiary Bank, Amount, Transaction Date, Charges Borne By in a striped table)."""
    p = browser_page(rng, font, "m2ubiz.maybank2u.com.my/transfer/ftt/acknowledgement")
    p.part = "head"
    top(p, "Maybank2u Biz")
    p.add("small", f"Malayan Banking Berhad  |  {payer}")
    p.add("rule")
    p.part = "body"
    p.add("center", "Successful", status=j.status)
    p.add("gap")
    ref = f"M2U{j.date:%y%m%d}{digits(rng, 7)}"
    name = rng.choice([SOC, CUT])
    zebra(
        p,
        "mb",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        ["Foreign Telegraphic Transfer", ""],
        [
            (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
            (["Beneficiary Name", name], {"merchant": name}),
            (["Beneficiary Bank", "INDIAN BANK, OOTY"], {}),
            (["Amount", show(j.amount)], sum_),
            (["Transaction Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))], {"date": j.date}),
            (["Charges Borne By", "Shared (SHA)"], {"method": "netbanking"}),
        ],
        (196, 142, 0),
    )
    return p.done()


EXPORT_WIRES = [
    wire_zkb,
    wire_westpac,
    wire_mizuho,
    wire_dnb,
    wire_danske,
    wire_qnb,
    wire_hangseng,
    wire_maybank,
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers abroad paying the society in their own currencies, in ``EXPORT_WIRES``' eight layouts (one
    function each, above), the buyer, its currency and its range of sums by the receipt's place: the QNB page
    fails (5), the Mizuho page waits (2), the Danske Bank receipt prints no reference (4) and the Westpac app
    no day (1)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, city, cur, lo, hi_, _frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi_ // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi_ // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi_), 2)
    show = abroad(rng, font, cur)
    sum_ = {"amount": j.amount, "cur": cur}
    return EXPORT_WIRES[k](rng, font, j, payer, city.split(",")[0], show, sum_)


# ---------------------------------------------------------------- 4. the society's own papers


BENGALURU = ("Mrs. Kavitha Gowda", "Jayanagar, Bengaluru, Karnataka", "Karnataka (29)")
PATRONS = [
    ("Fernhill Heritage Cottages, Ooty", "Fernhill Cottages"),
    ("Lawrence School Alumni Assn., Lovedale", "Lovedale Alumni"),
    ("Mrs. Lakshmi Raghavan, Chennai", "Lakshmi Raghavan"),
    ("Nilgiri Natural History Society", "NNHS, Ooty"),
]


def own_invoice(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """Pugur Kudil's TAX INVOICE under a Toda hut, its Tamil name and a strip of a Toda shawl, to a Bengaluru
    buyer (Invoice No. and Invoice Date on a line; Bill to and Place of Supply; Sl. | Description | HSN | Qty
    | Rate | Value on hairline rows under a bold heading; Taxable Value and IGST @ 5% with colons, Invoice
    Value under a rule and a double rule; the sum in words; "Paid by UPI - UPI Ref ..."; the GI tag; skeins of
    wool and a needle in its margins)."""
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    mund_hut(p)
    ta(p, SHOP_TA, bold=True, scale=1.05)
    name = pick(p, "title", [SHOP_CAPS, SHOP])
    top(p, name, merchant=name)
    p.add("small", f"Showroom of {SOC}")
    p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}  |  {WEB}")
    pugur_band(p)
    p.part = "body"
    p.add("center", "TAX INVOICE")
    ino = f"PK/{fy(j.date)}/{rng.randrange(60, 1400):04d}"
    spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    who, where, pos = BENGALURU
    cols(
        p,
        "oi0",
        spec,
        f"Invoice No. {ino}",
        f"Invoice Date {day_as(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, ino),
        date=j.date,
    )
    cols(p, "oi0", spec, f"Bill to: {who}", f"Place of Supply: {pos}")
    p.add("left", where)
    taxable = 0.0
    spec2 = [
        (0.0, 0.06, "c"),
        (0.06, 0.46, "l"),
        (0.46, 0.58, "c"),
        (0.58, 0.66, "c"),
        (0.66, 0.83, "r"),
        (0.83, 1.0, "r"),
    ]
    h269.kind(p, "oih", spec2, "line", group="oi", bold=(0, 1, 2, 3, 4, 5))
    h269.row(p, "oih", "Sl.", "Description", "HSN", "Qty", "Rate", "Value")
    for n_, (item, hsn, q, price) in enumerate(works(rng, rng.randrange(2, 5))):
        value = round(q * price, 2)
        taxable += value
        cols(p, "oil", spec2, str(n_ + 1), SHORT[item], hsn, str(q), num(price), num(value), mode="line")
    gst = round(taxable * 0.05, 2)
    j.amount = round(taxable + gst, 2)
    spec3 = [(0.5, 0.8, "r"), (0.8, 1.0, "r")]
    h271.colkv(p, "oit", [(0.0, 0.5, "l"), *spec3], "", "Taxable Value :", num(taxable))
    h271.colkv(p, "oit", [(0.0, 0.5, "l"), *spec3], "", "IGST @ 5% :", num(gst))
    total(p, "Invoice Value", f"{rupee_of(p.font)} {num(j.amount)}", at=0.66, amount=j.amount)
    prose(p, f"Rupees {spelt(j.amount)} only.", "small")
    p.add("left", f"Paid by UPI - UPI Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    gi_tag(p, f"GI/TE/{digits(rng, 5)}")
    sig(p)
    p.add("right", f"for {SHOP}")
    skeins(p)
    return p.done()


def own_stall_memo(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """The Flower Show stall's cash memo in the Show's days, photographed lying on a Toda shawl (the
    showroom's Tamil name over its English, "மலர்க் கண்காட்சி, தாவரவியல் பூங்கா" (Flower Show, Botanical
    Garden), "ரொக்க ரசீது" (cash receipt); தேதி / Date and பெயர் / Name in this set's bilingual fields,
    written in; the pieces written in a Tamil hand on ruled lines with their sums, "மொத்தம்" (total),
    "ரொக்கமாகப் பெற்றோம்" (we received it in cash); no reference)."""
    season(j, rng, FLOWER_SHOW, FLOWER_DAYS)
    p = sheet(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(250, 247, 236), (246, 244, 232)])
    p.part = "head"
    ta(p, SHOP_TA, bold=True, scale=1.1)
    name = pick(p, "center", [SHOP, SHOP_CAPS])
    p.add("center", name, merchant=name)
    ta(p, "மலர்க் கண்காட்சி, தாவரவியல் பூங்கா, ஊட்டி", scale=0.8, soft=True)
    p.add("rule")
    ta(p, "ரொக்க ரசீது", bold=True)
    p.part = "body"
    buyer = rng.choice(CUSTOMERS).split(". ")[-1]
    ta_box(
        p, "தேதி", "Date", when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])), pen=True, at=0.3, date=j.date
    )
    ta_box(p, "பெயர்", "Name", box_fit(p, [buyer, buyer.split()[0]], at=0.3, pen=True), pen=True, at=0.3)
    start = len(p.rows)
    p.add("gap")
    total_ = 0
    for item, _hsn, q, price in works(rng, rng.randrange(2, 4), high=2000):
        price = float(round(price / 50) * 50)
        v = int(q * price)
        total_ += v
        ta_hand(p, f"{SHORT_TA[item]} {q} x {int(price)}", figure=str(v))
    j.amount = float(total_)
    ta_hand(p, "மொத்தம்", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.76], margin=None)
    p.add("gap")
    ta_hand(p, "ரொக்கமாகப் பெற்றோம்", method="cash", status=j.status)
    sig(p)
    ta(p, "புகூர் குடில் சார்பாக", align="r", scale=0.85)
    on_shawl(p)
    return p.done()


def own_easebuzz(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """Easebuzz's checkout for the web shop with the payment in progress (the showroom on top, the sum, a
    progress bar, a notice; Easebuzz Txn ID, Order No., Payment mode and Initiated at in shaded labels)."""
    p = browser_page(rng, font, "pay.easebuzz.in/pay/status")
    p.part = "head"
    name = pick(p, "title", [SHOP, SHOP_CAPS])
    top(p, name, merchant=name)
    p.add("small", f"{WEB}  |  Secured by Easebuzz")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment in progress", status=j.status)
    p.add("big", money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))(j.amount), amount=j.amount)
    h294.progress(p, rng.uniform(0.4, 0.6), j.status)
    boxed(
        p,
        "Your bank is yet to confirm this payment. Please do not close this page or pay again; the "
        "order is confirmed by mail once the bank replies.",
        "warn",
    )
    tid = f"E{j.date:%y%m%d}{code(rng, 9, ALNUM)}"
    oid = f"PK-WEB-{digits(rng, 5)}"
    at = 0.38
    kv(p, "Easebuzz Txn ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(p, "Order No.", oid, at=at, txn=(ORDER_RANK, oid))
    kv(p, "Payment mode", "Net Banking - Indian Bank", at=at, method="netbanking")
    kv(p, "Initiated at", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=at, date=j.date)
    return p.done()


def own_swipe(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """Swipe, the showroom's billing app, with an invoice's payment recorded ("Today, <hour>"; the showroom
    under the app's bar; an invoice card: Invoice #, Customer, Amount received; Paid via UPI and its UTR at
    the left and the right; Balance; no day)."""
    p = phone(rng, font, 3, ["", "Swipe"], dark=False, buttons=("Share receipt",))
    band(p, (60, 40, 160))
    app_head(p, "Swipe", "Billing & Invoicing")
    name = pick(p, "center", [SHOP, SHOP_CAPS])
    p.add("center", name, merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("gap")
    c = card_open(p)
    ino = f"INV-{rng.randrange(120, 990)}"
    kvr(p, "Invoice #", ino, txn=(INVOICE_RANK, ino))
    kvr(p, "Customer", rng.choice(["Fernhill Cottages", "Deepa Nair", "Savoy Gift Shop"]))
    p.add("center", "Payment received", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("small", "Invoice fully paid")
    card_close(p, c)
    p.add("gap")
    kvr(p, "Paid via", "UPI", method="UPI")
    kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Balance", f"{rupee_of(p.font)}0.00")
    return p.done()


def own_cashfree(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """A Cashfree payment link for a hotel's order with its card payment failed on a tinted band (the shop on
    top, the reason in a notice; Order ID, Amount, Card, Failure reason and Attempted on against a gutter)."""
    j.amount = float(rng.randrange(40, 300) * 50)
    p = browser_page(rng, font, "payments.cashfree.com/links/pugurkudil/status")
    p.part = "head"
    name = pick(p, "title", [SHOP, SOC_SHORT])
    top(p, name, merchant=name)
    p.add("small", "Payment link  |  Order: embroidered cushion covers for a hotel")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Payment failed", j.status)
    boxed(
        p,
        "The payment was declined by your card's bank (OTP not entered in time). No money has been "
        "taken; you may try again with the same link.",
        "error",
    )
    oid = f"CF{j.date:%y%m%d}{digits(rng, 6)}"
    at = 0.42
    gutter(p, "cf", "Order ID", oid, at=at, txn=(ORDER_RANK, oid))
    gutter(p, "cf", "Amount", f"INR {num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "cf", "Card", f"RuPay Debit XX{digits(rng, 4)}", at=at, method="card")
    gutter(p, "cf", "Failure reason", "OTP timed out", at=at)
    gutter(
        p, "cf", "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date
    )
    return p.done()


def own_receipt(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """The society's RECEIPT (ரசீது) for a commissioned puthkuli's advance (No. struck in red; this set's
    bilingual fields written in: தேதி / Date, பெற்றது / Received from, தொகை / Amount, விவரம் / Towards, வகை /
    Mode, குறிப்பு எண் / UPI Ref; the sum in words; the society's round seal and the Secretary's
    signature)."""
    j.amount = float(rng.randrange(6, 60) * 500)
    p = sheet(rng, font, [840, 880])
    p.style["paper"] = rng.choice([(250, 246, 234), (246, 246, 238)])
    p.part = "head"
    ta(p, SOC_TA, bold=True)
    name = pick(p, "title", [SOC, SOC_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{OFFICE_AT}  |  {REGD}")
    p.add("rule")
    ta(p, "ரசீது", bold=True, scale=0.95)
    p.add("center", "RECEIPT")
    p.part = "body"
    one_pen(p)
    no_ = str(rng.randrange(140, 1800))
    h279.redno(p, "No.", no_, txn=(INVOICE_RANK, no_))
    p.add("gap")
    patron, short_ = rng.choice(PATRONS)
    ta_box(p, "தேதி", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), pen=True, date=j.date)
    ta_box(p, "பெற்றது", "Received from", box_fit(p, [patron, short_], pen=True), pen=True)
    ta_box(p, "தொகை", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
    ta_box(
        p,
        "விவரம்",
        "Towards",
        box_fit(p, ["advance, puthkuli shawl to order", "advance, shawl"], pen=True),
        pen=True,
    )
    ta_box(p, "வகை", "Mode", "UPI", pen=True, method="UPI", status=j.status)
    ta_box(p, "குறிப்பு எண்", "UPI Ref", j.ref, pen=True, txn=(UTR_RANK, j.ref))
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    h269.seal(p, "NILGIRI TODA PUGUR MAHALIR SANGAM", ["OOTY"], "violet")
    sig(p)
    p.add("right", "Secretary")
    return p.done()


def own_itokri(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """iTokri's settlement mail for the showroom's store (its sentence; Seller, Settlement ID, Orders settled,
    Gross sales, Commission, Net payout, UTR, Paid to and Settled on in dot leaders)."""
    j.amount = rupees(rng, 9000, 120000, 0.1)
    p = mail_page(
        rng,
        font,
        "iTokri Seller Payments <sellers@itokri.com>",
        ["Your settlement has been paid", "iTokri: settlement credited to your account"],
    )
    p.part = "head"
    top(p, "iTokri")
    p.add("small", "Seller settlements")
    p.add("rule")
    p.part = "body"
    p.add("left", "Settlement paid", status=j.status)
    store = rng.choice([SHOP, "Pugur Kudil, Ooty"])
    prose(p, f"Dear {store}, the settlement for your delivered orders has been paid to your bank account.")
    sid = f"IT-ST-{digits(rng, 7)}"
    gross = round(j.amount / rng.uniform(0.78, 0.86), 2)
    utr = utr_of(rng, j, "ICICI Bank", "NEFT")
    at = 0.42
    dots(p, "Seller", store, at=0.3, merchant=store)
    dots(p, "Settlement ID", sid, at=at, txn=(TXN_RANK, sid))
    dots(p, "Orders settled", str(rng.randrange(4, 26)), at=at)
    dots(p, "Gross sales", num(gross), at=at)
    dots(p, "Commission", num(round(gross - j.amount, 2)), at=at)
    dots(p, "Net payout", f"{rupee_of(p.font)}{num(j.amount)}", at=at, bold=True, amount=j.amount)
    dots(p, "UTR", utr, at=at, txn=(UTR_RANK, utr))
    dots(p, "Paid to", f"Indian Bank XX{digits(rng, 4)}", at=at, method="netbanking")
    dots(p, "Settled on", day_as(j, rng, ["%d %b %Y", "{d} %B %Y"]), at=at, date=j.date)
    p.add("small", "iTokri.com  |  This is an automated mail.")
    return p.done()


def own_roll(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """The showroom's bill from Vasy ERP on a three-inch roll (BILL NO and DATE; the pieces, GROSS AMT, CGST
    2.5%, SGST 2.5%, NET AMT typed in the printer's face; TENDER : UPI and its UPI REF)."""
    p = roll(rng, font, [470, 500], [17, 18])
    if rng.random() < 0.5:
        h269.torn(p)
    p.part = "head"
    p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Charing Cross, Ooty")
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    bno = f"PK/{rng.randrange(1200, 9800)}"
    typed(p, f"BILL NO : {bno}", txn=(INVOICE_RANK, bno))
    typed(p, f"DATE    : {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    p.add("rule")
    sub = 0.0
    cols_ = h271.tt_cols(p)
    for item, _hsn, q, price in works(rng, rng.randrange(2, 4), high=2400):
        typed(p, SHORT[item].upper())
        left = f"  {q} @ {price:.2f}"
        right_ = f"{q * price:.2f}"
        typed(p, left + right_.rjust(max(1, cols_ - len(left) - 2)))
        sub += q * price
    gst = round(sub * 0.025, 2)
    j.amount = round(sub + 2 * gst, 2)
    p.add("rule")
    for lbl, v in (("GROSS AMT", sub), ("CGST 2.5%", gst), ("SGST 2.5%", gst)):
        typed(p, lbl + f"{v:.2f}".rjust(max(1, cols_ - len(lbl) - 2)))
    typed(p, "NET AMT" + f"{j.amount:.2f}".rjust(max(1, cols_ - 9)), amount=j.amount)
    p.add("rule")
    typed(p, "TENDER  : UPI", method="UPI", status=j.status)
    typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
    p.add("small", "Handmade by Toda women  |  Vasy ERP")
    return p.done()


OWN_RECEIPTS = [
    own_invoice,
    own_stall_memo,
    own_easebuzz,
    own_swipe,
    own_cashfree,
    own_receipt,
    own_itokri,
    own_roll,
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's own papers, in ``OWN_RECEIPTS``' eight layouts (one function each, above): the Cashfree
    link fails (4), the Easebuzz checkout waits (2), the Flower Show memo prints no reference (1) and the
    Swipe app no day (3)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=1500, high=48000)
    return OWN_RECEIPTS[k](rng, font, j)


# ---------------------------------------------------------------- 5. the society's suppliers


CLOTH = "SRI KAMATCHI TEXTILES"
TAILOR = "Selvi Tailoring"
UDAAN_SELLER = "Kovai Kraft Packaging"
YARN = "VELMURUGAN YARN TRADERS"
BLUEDART = "BLUE DART"
PRINTSTOP = "PrintStop"
CARTONS = "SRI MURUGAN CARTONS"
PRESS = "BLUE MOUNTAIN PRINTERS"
CLOTHS = [
    ("Unbleached cotton, 2/40s, 50 in", "5208", 110, 160),
    ("Cotton with red-black border, Toda weave", "5208", 180, 260),
    ("Black lining cloth, 44 in", "5208", 70, 110),
    ("White mull for bookmarks", "5208", 60, 90),
]
YARNS = [
    ("Acrylic wool, red (2/28s)", "5509", 620, 780),
    ("Acrylic wool, black (2/28s)", "5509", 600, 760),
    ("Acrylic wool, royal blue", "5509", 640, 800),
]


def sup_cloth(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """An Erode handloom cloth merchant's INVOICE CUM RECEIPT for unbleached and Toda-striped cotton (Invoice
    No. and its earlier Date on a line; Description | HSN | Metres | Rate | Amount in a table ruled on every
    side; CGST 2.5%, SGST 2.5% and Total in dot leaders; its printed receipt: "RECEIVED with thanks from ...
    by NEFT / RTGS, UTR ..., on <day>."; for the firm, its signature)."""
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    top(p, CLOTH, merchant=CLOTH)
    p.add("small", "Handloom cloth merchants  |  Brough Road, Erode - 638001")
    p.add("small", f"GSTIN {gstin_of(rng, '33', 'F')}")
    p.add("rule")
    p.add("center", "INVOICE CUM RECEIPT")
    p.part = "body"
    ino = f"SKT/{fy(j.date)}/{rng.randrange(100, 2400)}"
    inv_day = earlier(rng, j, 4, 26)
    cols(
        p,
        "ck0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Date {when(inv_day, '%d/%m/%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"To: {SOC}, Ooty")
    lines, taxable = [], 0.0
    for name, hsn, lo, hi_ in rng.sample(CLOTHS, rng.randrange(2, 4)):
        m = rng.randrange(40, 400)
        rate = float(rng.randrange(lo, hi_))
        v = round(m * rate, 2)
        taxable += v
        lines.append(([name, hsn, str(m), num(rate), num(v)], {}))
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    grid(
        p,
        "ckg",
        [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
        ["Description", "HSN", "Metres", "Rate", "Amount"],
        lines,
    )
    dots(p, "CGST 2.5%", num(gst), at=0.6)
    dots(p, "SGST 2.5%", num(gst), at=0.6)
    dots(p, "Total", num(j.amount), at=0.6, bold=True, amount=j.amount)
    p.add("gap")
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Indian Bank", way)
    prose(
        p,
        f"RECEIVED with thanks from {SOC_SHORT} the sum of Rs. {num(j.amount, 'indian')} by {way}, UTR "
        f"{utr}, on "
        f"{when(j.date, rng.choice(['%d/%m/%Y', '{d} %b %Y']))}.",
        status=j.status,
        method="netbanking",
        txn=(UTR_RANK, utr),
        date=j.date,
    )
    p.add("gap")
    sig(p)
    p.add("right", f"For {CLOTH}")
    return p.done()


def sup_tailor(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """An Ooty tailor's bill in a Tamil hand on a page folded and opened again (her shop's name written in
    Latin letters at its head; "தேதி" (date) and the day; the bags lined and the zips set by the piece with
    their sums, "மொத்தம்" (total), "ரொக்கம் பெற்றுக்கொண்டேன்" (I received it in cash); no reference)."""
    p = sheet(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(250, 248, 240), (246, 243, 230)])
    h287.decor(p, "fold")
    p.part = "head"
    p.add("gap")
    hand(p, f"{TAILOR}  -  Commercial Road, Ooty", merchant=TAILOR)
    p.part = "body"
    ta_hand(p, "தேதி", figure=when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])), date=j.date)
    ta_hand(p, "நீலகிரி தோடர் சங்கம்")
    start = len(p.rows)
    total_ = 0
    for word, lo, hi_ in rng.sample(
        [("பை லைனிங்", 35, 60), ("ஜிப் வைத்தல்", 12, 20), ("உறை தைத்தல்", 25, 45), ("பட்டி தைத்தல்", 15, 30)],
        rng.randrange(2, 4),
    ):
        n_ = rng.randrange(10, 60)
        rate = rng.randrange(lo, hi_)
        total_ += n_ * rate
        ta_hand(p, f"{word} {n_} x {rate}", figure=str(n_ * rate))
    j.amount = float(total_)
    ta_hand(p, "மொத்தம்", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.74], margin=None)
    p.add("gap")
    ta_hand(p, "ரொக்கம் பெற்றுக்கொண்டேன் - செல்வி", method="cash", status=j.status)
    p.add("gap")
    p.add("gap")
    return p.done()


def sup_udaan(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """Udaan's app with an order of kraft gift boxes and its payment pending (a capsule, its stages across the
    page, a notice; Order ID and Seller, Items and Order value, Payment and Placed on, labels small over their
    values two to a row)."""
    j.amount = rupees(rng, 2400, 18000, 0.3)
    p = phone(rng, font, 2, ["", "udaan"], dark=False, buttons=("Retry payment",))
    band(p, (20, 110, 190))
    app_head(p, "udaan", "Order details")
    chip(p, "Payment pending", j.status)
    h289.steps(p, ["Placed", "Payment", "Packed", "Shipped"], 1, j.status)
    boxed(
        p,
        "We are waiting for your bank to confirm this UPI payment. The order ships once it is confirmed; "
        "any amount debited is refunded if it fails.",
        "warn",
    )
    oid = f"UD{j.date:%y%m}{digits(rng, 8)}"
    two_up(
        p, "ud1", ("Order ID", oid), ("Seller", UDAAN_SELLER), txn=(ORDER_RANK, oid), merchant=UDAAN_SELLER
    )
    p.add("gap")
    two_up(
        p,
        "ud2",
        ("Items", "Kraft gift boxes x 400"),
        ("Order value", f"{rupee_of(p.font)}{num(j.amount, 'indian')}"),
        amount=j.amount,
    )
    p.add("gap")
    two_up(
        p,
        "ud3",
        ("Payment", "UPI"),
        ("Placed on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
        method="UPI",
        date=j.date,
    )
    return p.done()


def sup_yarn(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """A Tiruppur yarn dealer's e-invoice for red, black and blue acrylic wool (its IRN, Ack No. and Ack Date
    beside its QR code; Invoice No. and its earlier Date; Description | HSN | Kg | Rate | Amount in a striped
    table; CGST 2.5%, SGST 2.5% and Grand Total; its printed line "Payment status: Received by IMPS, Ref ...,
    on <day>")."""
    p = sheet(rng, font, [880, 920])
    p.part = "head"
    top(p, YARN, merchant=YARN)
    p.add("small", "Acrylic and woollen yarn  |  Kumaran Road, Tiruppur - 641601")
    p.add("small", f"GSTIN {gstin_of(rng, '33', 'P')}")
    p.add("rule")
    p.add("center", "TAX INVOICE (e-Invoice)")
    p.part = "body"
    irn = code(rng, 64, "0123456789abcdef")
    h269.qr(p, irn, "r", 4)
    h269.kind(p, "yi", [(0.0, 0.74, "l")], "soft")
    h269.ext(p)["scale"]["yi"] = 0.72
    p.rows[-3:] = []
    p.tags[-3:] = []
    h269.row(p, "yi", f"IRN: {irn[:40]}")
    h269.row(p, "yi", f"     {irn[40:]}")
    h269.row(p, "yi", f"Ack No.: 11{digits(rng, 13)}")
    h269.row(p, "yi", f"Ack Date: {when(earlier(rng, j, 3, 20), '%d-%m-%Y')}")
    p.add("gap")
    ino = f"VYT/{rng.randrange(200, 4800)}/{fy(j.date)}"
    inv_day = earlier(rng, j, 3, 20)
    cols(
        p,
        "yt0",
        [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
        f"Invoice No. {ino}",
        f"Date {when(inv_day, '%d-%m-%Y')}",
        txn=(INVOICE_RANK, ino),
    )
    p.add("left", f"Buyer: {SOC}")
    lines, taxable = [], 0.0
    for name, hsn, lo, hi_ in rng.sample(YARNS, rng.randrange(2, 4)):
        kg = rng.randrange(4, 40)
        rate = float(rng.randrange(lo, hi_))
        v = round(kg * rate, 2)
        taxable += v
        lines.append(([name, hsn, str(kg), num(rate), num(v)], {}))
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    zebra(
        p,
        "ytz",
        [(0.0, 0.44, "l"), (0.44, 0.56, "c"), (0.56, 0.66, "r"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
        ["Description", "HSN", "Kg", "Rate", "Amount"],
        lines,
        (120, 40, 40),
    )
    dots(p, "CGST 2.5%", num(gst), at=0.6)
    dots(p, "SGST 2.5%", num(gst), at=0.6)
    total(p, "Grand Total", f"{rupee_of(p.font)} {num(j.amount)}", at=0.6, amount=j.amount)
    p.add("gap")
    prose(
        p,
        f"Payment status: Received by IMPS, Ref {j.ref}, on "
        f"{when(j.date, rng.choice(['%d-%m-%Y', '{d} %b %Y']))}.",
        status=j.status,
        method="netbanking",
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    p.add("small", "This is a computer-generated invoice.")
    return p.done()


def sup_bluedart(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """Blue Dart's counter receipt from its Ooty office (its barcode; Waybill No :, Date :, Origin :,
    Destination :, Product :, Weight :, Freight :, Fuel surcharge :, GST 18% :, Total :, Paid by : and UPI Txn
    Ref : with colons)."""
    j.amount = float(rng.randrange(280, 3200))
    p = sheet(rng, font, [720, 760])
    p.part = "head"
    top(p, BLUEDART, merchant=BLUEDART)
    p.add("small", "Blue Dart Express Ltd.  |  Ooty office, Commercial Road (OTY)")
    p.add("small", "COUNTER RECEIPT")
    p.add("rule")
    p.part = "body"
    wb = digits(rng, 11)
    h269.bars(p, wb)
    p.add("center", wb)
    freight = round(j.amount / 1.18 * rng.uniform(0.78, 0.88), 2)
    fuel = round(j.amount / 1.18 - freight, 2)
    gst = round(j.amount - freight - fuel, 2)
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    rows_ = [
        ("Waybill No :", wb, {}),
        ("Date :", when(j.date, "%d/%m/%Y"), {"date": j.date}),
        ("Origin :", "OOTY (OTY)", {}),
        (
            "Destination :",
            rng.choice(["CHENNAI (MAA)", "BENGALURU (BLR)", "KOCHI (COK)", "MUMBAI (BOM)"]),
            {},
        ),
        ("Product :", "Dart Apex", {}),
        ("Weight :", f"{rng.randrange(1, 18)}.{rng.randrange(10)} kg", {}),
        ("Freight :", num(freight), {}),
        ("Fuel surcharge :", num(fuel), {}),
        ("GST 18% :", num(gst), {}),
        ("Total :", f"Rs. {num(j.amount)}", {"amount": j.amount}),
        ("Paid by :", "UPI", {"method": "UPI", "status": j.status}),
        ("UPI Txn Ref :", j.ref, {"txn": (UTR_RANK, j.ref)}),
    ]
    for lbl, value, facts in rows_:
        h271.colkv(p, "bd", spec, lbl, value, **facts)
    p.add("small", "Track at bluedart.com  |  Carriage subject to the conditions overleaf")
    return p.done()


def sup_printstop(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """PrintStop's checkout for hang tags and visiting cards with the card payment failed under a red ribbon
    (the reason in a notice; Order No. and Amount, Card and Attempted on in tiles; Items)."""
    j.amount = rupees(rng, 1400, 12000, 0.3)
    p = browser_page(rng, font, "www.printstop.co.in/checkout/payment-status")
    p.part = "head"
    top(p, PRINTSTOP, merchant=PRINTSTOP)
    p.add("small", "Checkout  |  Payment status")
    p.add("rule")
    p.part = "body"
    h275.ribbon(p, "PAYMENT FAILED", (186, 36, 44))
    p.add("gap")
    p.add("center", "Your payment could not be completed", status=j.status)
    boxed(
        p,
        "Your card was declined by its bank (insufficient funds). The order is saved in your cart; no "
        "money has been charged.",
        "error",
    )
    oid = f"PS{digits(rng, 9)}"
    tiles2(
        p,
        ("Order No.", oid),
        ("Amount", f"{rupee_of(p.font)}{num(j.amount)}"),
        txn=(ORDER_RANK, oid),
        amount=j.amount,
    )
    tiles2(
        p,
        ("Card", f"Mastercard Debit XX{digits(rng, 4)}"),
        ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        method="card",
        date=j.date,
    )
    kvr(p, "Items", "GI hang tags x 1000, cards x 500")
    return p.done()


def sup_carton_sms(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """A Coimbatore carton maker's SMS of the society's payment in the phone's thread under its "Today"
    divider ("Dear Customer, received Rs.x towards Inv ... via UPI Ref .... Thank you. -SRI MURUGAN CARTONS";
    no day)."""
    j.amount = rupees(rng, 1800, 24000, 0.4)
    p = phone(rng, font, 6, ["VK-SMCRTN"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 1")
    divider(p, "Today")
    p.add("gap")
    s_ = len(p.rows)
    prose(
        p,
        f"Dear Customer, received Rs.{num(j.amount, rng.choice(['indian', 'plain']))} towards Inv "
        f"SMC/{rng.randrange(300, 2900)} via "
        f"UPI Ref {j.ref}. Thank you for your business. -{CARTONS}",
        amount=j.amount,
        method="UPI",
        status=j.status,
        txn=(UTR_RANK, j.ref),
        merchant=CARTONS,
    )
    h273.bubble(p, s_, hhmm(rng, lower=True))
    return p.done()


def sup_press(rng: random.Random, font: str, j: Job) -> tuple[list, dict, dict]:
    """An Ooty printing press's bill from its book, filled in by hand (its printed head and No. struck in red;
    Date and M/s written in; Particulars | Qty | Rate | Amount written in ruled columns, Total; "Recd. by
    GPay, Ref ..." in the hand)."""
    p = sheet(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(246, 246, 236), (250, 248, 238)])
    p.part = "head"
    top(p, PRESS, merchant=PRESS)
    p.add("small", f"Offset & letterpress  |  Main Bazaar, Ooty - 643001  |  Ph. 0423 24{digits(rng, 5)}")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    bno = str(rng.randrange(300, 2600))
    h279.redno(p, "Bill No.", bno, txn=(INVOICE_RANK, bno))
    filled(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%y"])), date=j.date)
    filled(p, "M/s", SOC_SHORT)
    spec = [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
    h269.kind(p, "prh", spec, "line", bold=(0, 1, 2, 3))
    h269.row(p, "prh", "Particulars", "Qty", "Rate", "Amount")
    start = len(p.rows)
    total_ = 0
    for item, lo, hi_, q in rng.sample(
        [
            ("GI hang tags", 2, 4, 1000),
            ("Visiting cards", 1, 2, 500),
            ("Letterheads", 3, 5, 200),
            ("Bill books", 120, 180, 5),
            ("Stickers", 1, 2, 1000),
        ],
        rng.randrange(2, 4),
    ):
        rate = rng.randrange(lo, hi_ + 1)
        total_ += rate * q
        h273.hcells(p, spec, item, str(q), str(rate), str(rate * q))
    j.amount = float(total_)
    h273.hcells(p, spec, "Total", "", "", f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.5, 0.62, 0.8], margin=None)
    p.add("gap")
    hand(p, f"Recd. by GPay, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    sig(p)
    p.add("right", f"For {PRESS}")
    return p.done()


SUPPLIER_INVOICES = [
    sup_cloth,
    sup_tailor,
    sup_udaan,
    sup_yarn,
    sup_bluedart,
    sup_printstop,
    sup_carton_sms,
    sup_press,
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's suppliers' papers, in ``SUPPLIER_INVOICES``' eight layouts (one function each, above):
    PrintStop's checkout fails (5), Udaan's order waits (2), the tailor's bill prints no reference (1) and the
    carton maker's SMS no day (6)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=2000, high=160000)
    return SUPPLIER_INVOICES[k](rng, font, j)


# ---------------------------------------------------------------- 6. paying the suppliers


PAYEES_OUT = [
    (CLOTH, "Karur Vysya Bank", "RTGS", 200000, 480000),
    (YARN, "City Union Bank", "NEFT", 20000, 150000),
    ("SELVI TAILORING", "Indian Overseas Bank", "UPI", 800, 9000),
    ("BLUE DART EXPRESS LTD", "HDFC Bank", "NEFT", 3000, 30000),
    (CARTONS, "Canara Bank", "IMPS", 4000, 40000),
    ("KOVAI KRAFT PACKAGING", "Tamilnad Mercantile Bank", "IMPS", 2500, 26000),
    ("NILGIRI NEEDLE & THREAD HOUSE", "State Bank of India", "NEFT", 3000, 36000),
    (PRESS, "State Bank of India", "UPI", 600, 9000),
]


def out_hdfc(rng: random.Random, font: str, j: Job, to: str, bank_to: str, way: str) -> tuple:
    """HDFC Bank's MobileBanking with an RTGS to the Erode cloth merchant on a scalloped badge (RTGS
    successful, the sum; To, Account, IFSC, UTR No., Value date and Remarks at the left and the right in a
    rounded card)."""
    p = phone(rng, font, 0, ["", "HDFC Bank"], dark=False, buttons=("Share", "Home"))
    band(p, (0, 56, 130))
    app_head(p, "HDFC Bank", "MobileBanking  |  RTGS")
    h287.burst(p, j.status)
    p.add("center", "RTGS successful", status=j.status)
    p.add("big", money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))(j.amount), amount=j.amount)
    p.add("gap")
    c = card_open(p)
    utr = utr_of(rng, j, "HDFC Bank", way)
    name = clip(to, 24)
    kvr(p, "To", name, merchant=name)
    kvr(p, "Account", f"XXXXXXXX{digits(rng, 4)}")
    kvr(p, "IFSC", f"{IFSC[bank_to]}0{digits(rng, 6)}")
    kvr(p, "UTR No.", utr, txn=(UTR_RANK, utr), method="netbanking")
    kvr(p, "Value date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
    kvr(p, "Remarks", "cotton cloth")
    card_close(p, c)
    return p.done()


def out_axis(rng: random.Random, font: str, j: Job, to: str, bank_to: str, way: str) -> tuple:
    """Axis Mobile with a NEFT to the Tiruppur yarn dealer (Transaction Successful under a large round tick;
    Reference No., Paid to, Amount, Date & time and Mode in a table ruled on every side under its heading)."""
    p = phone(rng, font, 1, ["", "Axis Mobile"], dark=False, buttons=("Download", "Share"))
    band(p, (151, 20, 77))
    app_head(p, "Axis Mobile", "Fund transfer  |  NEFT")
    sicon(p, j.status)
    p.add("center", "Transaction Successful", status=j.status)
    p.add("gap")
    utr = utr_of(rng, j, "Axis Bank", way)
    name = clip(to, 24)
    grid(
        p,
        "ax",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Transfer details", ""],
        [
            (["Reference No.", utr], {"txn": (UTR_RANK, utr)}),
            (["Paid to", name], {"merchant": name}),
            (["Amount", money(rng, font, 0.0, marks=("\u20b9", "Rs."))(j.amount)], {"amount": j.amount}),
            (["Date & time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))], {"date": j.date}),
            (["Mode", way], {"method": "netbanking"}),
        ],
    )
    return p.done()


def out_kotak(rng: random.Random, font: str, j: Job, to: str, bank_to: str, way: str) -> tuple:
    """Kotak Mahindra Bank's mobile banking with a UPI payment to the tailor ("Today, <hour>"; a tile's tick;
    "Sent <sum> to <payee>" set large; UPI Ref and From in tiles; no day)."""
    p = phone(rng, font, 2, ["", "Kotak Bank"], dark=False, buttons=("Done",))
    band(p, (218, 30, 40))
    app_head(p, "Kotak Bank", "Pay via UPI")
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, j.status)
    p.add("center", "Sent successfully", status=j.status)
    p.add(
        "big",
        f"{rupee_of(p.font)}{num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}",
        amount=j.amount,
    )
    name = pick(p, "center", [f"to {to}", f"to {clip(to, 18)}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("gap")
    tiles2(
        p,
        ("UPI Ref", j.ref),
        ("From", f"Current {masked(p.font)}{digits(rng, 4)}"),
        txn=(UTR_RANK, j.ref),
        method="UPI",
    )
    return p.done()


def out_dbs(rng: random.Random, font: str, j: Job, to: str, bank_to: str, way: str) -> tuple:
    """DBS digibank's NEFT to Blue Dart in progress (a capsule, the sum, a progress bar, a notice;
    Beneficiary, Amount, UTR and Initiated on in dot leaders)."""
    p = phone(rng, font, 3, ["", "digibank"], dark=False, buttons=("Refresh",))
    band(p, (200, 20, 30))
    app_head(p, "digibank by DBS", "NEFT transfer")
    chip(p, "In progress", j.status)
    p.add("big", money(rng, font, 0.0, marks=("\u20b9", "INR"))(j.amount), amount=j.amount)
    h294.progress(p, rng.uniform(0.5, 0.7), j.status)
    boxed(
        p,
        "Your NEFT has left DBS and is waiting for the beneficiary bank to credit it. This can take up "
        "to two hours.",
        "warn",
    )
    utr = utr_of(rng, j, "DBS Bank India", way)
    name = clip(to, 22)
    dots(p, "Beneficiary", name, at=0.32, merchant=name)
    dots(p, "Amount", money(rng, font, 0.0, marks=("INR",))(j.amount), at=0.4)
    dots(p, "UTR", utr, at=0.3, txn=(UTR_RANK, utr), method="netbanking")
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
    return p.done()


def out_iob(rng: random.Random, font: str, j: Job, to: str, bank_to: str, way: str) -> tuple:
    """Indian Overseas Bank's IOB Mobile with an IMPS to the carton maker in an octagon (IMPS Transfer
    Successful, the sum; each value over its label: Beneficiary, IMPS Ref No, Transaction Date, Debit A/c)."""
    p = phone(rng, font, 4, ["", "IOB Mobile"], dark=False, buttons=("Share", "Home"))
    band(p, (10, 60, 140))
    app_head(p, "IOB Mobile", "Indian Overseas Bank  |  IMPS")
    h294.octa(p, j.status)
    p.add("center", "IMPS Transfer Successful", status=j.status)
    p.add("big", money(rng, font, 0.2, marks=("Rs.", "\u20b9"))(j.amount), amount=j.amount)
    p.add("gap")
    name = h287.vname(p, [to, clip(to, 20)])
    vlab(p, "Beneficiary", name, merchant=name)
    vlab(p, "IMPS Ref No", j.ref, bold=False, txn=(UTR_RANK, j.ref), method="netbanking")
    vlab(
        p, "Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), bold=False, date=j.date
    )
    vlab(p, "Debit A/c", f"XXXXXXXX{digits(rng, 4)}", bold=False)
    return p.done()


def out_equitas(rng: random.Random, font: str, j: Job, to: str, bank_to: str, way: str) -> tuple:
    """Equitas Small Finance Bank's Selfe with an IMPS to a packaging seller failed on a tinted band (the sum,
    the reason in a notice; Payee and Amount, Reference ID and Date, labels small over their values two to a
    row)."""
    p = phone(rng, font, 5, ["", "Equitas Selfe"], dark=False, buttons=("Retry",))
    band(p, (244, 130, 32))
    app_head(p, "Equitas Selfe", "IMPS transfer")
    h269.strip(p, "Transfer failed", j.status)
    p.add("big", money(rng, font, 0.2, marks=("\u20b9", "Rs."))(j.amount), amount=j.amount)
    boxed(
        p,
        "The beneficiary bank did not respond. Your account has not been debited; please try again "
        "after some time.",
        "error",
    )
    rid = f"EQ{j.date:%y%m%d}{digits(rng, 8)}"
    name = clip(to, 22)
    two_up(
        p, "eq1", ("Payee", name), ("Amount", money(rng, font, 0.0, marks=("INR",))(j.amount)), merchant=name
    )
    p.add("gap")
    two_up(
        p,
        "eq2",
        ("Reference ID", rid),
        ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        txn=(TXN_RANK, rid),
        date=j.date,
        method="netbanking",
    )
    return p.done()


def out_coop(rng: random.Random, font: str, j: Job, to: str, bank_to: str, way: str) -> tuple:
    """The Nilgiris District Central Co-operative Bank's NEFT challan, the customer's copy, filled in by hand
    under its Tamil name (this set's bilingual fields: தேதி / Date, பயனாளி / Beneficiary, வங்கி / Bank, தொகை /
    Amount, the remitter printed; the clerk's "Sent, UTR ..." written under it and the branch's rectangular
    stamp with its day)."""
    p = sheet(rng, font, [820, 860])
    p.style["paper"] = rng.choice([(240, 244, 236), (244, 242, 228)])
    p.part = "head"
    ta(p, "நீலகிரி மாவட்ட மத்திய கூட்டுறவு வங்கி", bold=True)
    p.add("center", "The Nilgiris District Central Co-operative Bank Ltd.")
    p.add("small", "Ooty Main Branch  |  NEFT / RTGS CHALLAN  -  CUSTOMER COPY")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    at = 0.34
    ta_box(
        p, "தேதி", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), at=at, pen=True, date=j.date
    )
    ta_box(p, "அனுப்புநர்", "Remitter", box_fit(p, [SOC, SOC_SHORT], at=at), at=at)
    name = box_fit(p, [to, clip(to, 22)], at=at, pen=True)
    ta_box(p, "பயனாளி", "Beneficiary", name, at=at, pen=True, merchant=name)
    ta_box(p, "வங்கி / IFSC", "Bank", f"SBI, {IFSC[bank_to]}0{digits(rng, 6)}", at=at, pen=True)
    ta_box(p, "தொகை", "Amount", f"Rs. {num(j.amount, 'indian')}", at=at, pen=True, amount=j.amount)
    utr = utr_of(rng, j, "Nilgiris District Central Co-operative Bank", way)
    hand(p, f"Sent, UTR {utr}", align="r", status=j.status, method="netbanking", txn=(UTR_RANK, utr))
    h271.rstamp(p, ["NDCC BANK", when(j.date, "%d %b %Y").upper(), "OOTY MAIN"], "violet", at=0.3, rows_=3)
    return p.done()


def out_mobikwik(rng: random.Random, font: str, j: Job, to: str, bank_to: str, way: str) -> tuple:
    """MobiKwik's payment receipt shared as a picture with no reference (a large round tick, "Paid <sum> to
    <payee>", the day and hour; Paid from; its footer)."""
    p = phone(rng, font, 7, ["", "MobiKwik"], dark=False, buttons=())
    band(p, (0, 84, 166))
    app_head(p, "MobiKwik", "Payment receipt")
    sicon(p, j.status)
    p.add("center", "Payment Successful", status=j.status)
    name = pick(p, "center", [to, clip(to, 20)])
    p.add("center", f"Paid {rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", f"to {name}", merchant=name)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date, method="UPI")
    p.add("gap")
    kvr(p, "Paid from", f"SBI {masked(p.font)}{digits(rng, 4)}")
    p.add("small", "Shared from MobiKwik  |  UPI")
    return p.done()


VENDOR_TRANSFERS = [out_hdfc, out_axis, out_kotak, out_dbs, out_iob, out_equitas, out_coop, out_mobikwik]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its suppliers from its banks, in ``VENDOR_TRANSFERS``' eight layouts (one function
    each, above), the payee, its bank, the way and the range of sums by the receipt's place (``PAYEES_OUT``):
    Equitas Selfe fails (5), digibank waits (3), MobiKwik's picture prints no reference (7) and the Kotak app
    no day (2)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=3000, high=140000)
    to, bank_to, way, low, high = PAYEES_OUT[k]
    j.amount = rupees(rng, low, high, 0.7 if way == "UPI" else 0.4)
    return VENDOR_TRANSFERS[k](rng, font, j, to, bank_to, way)


# ---------------------------------------------------------------- 7. paying the members and the staff


PIECES_TA = [
    ("பூத்துக்குளி பூவேலை", 600, 1100),
    ("ஸ்டோல் ஓரம்", 220, 420),
    ("மேஜை விரிப்பு", 260, 480),
    ("தலையணை உறை", 90, 160),
    ("தோள் பை", 110, 200),
    ("புத்தகக் குறி", 15, 30),
]


def pay_account(rng: random.Random, font: str, j: Job, member: str) -> tuple:
    """A member's embroidery wage account under its Tamil heading "பூத்தையல் கூலி கணக்கு" (embroidery wage
    account) (உறுப்பினர் / Member and மாதம் / Month in this set's bilingual fields, written in; the pieces she
    darned written in a Tamil hand with their counts, rates and sums on ruled lines, "மொத்தம்" (total); "Paid
    by UPI, Ref ..." and "on <day>" written under it; skeins of wool and a needle in its margins)."""
    p = sheet(rng, font, [780, 820])
    p.style["paper"] = rng.choice([(246, 242, 226), (242, 240, 226)])
    p.part = "head"
    ta(p, SOC_TA, bold=True, scale=0.95)
    p.add("center", SOC)
    ta(p, "பூத்தையல் கூலி கணக்கு", bold=True, scale=1.05)
    p.add("center", "EMBROIDERY WAGE ACCOUNT")
    p.add("rule")
    p.part = "body"
    month = when(j.date - dt.timedelta(days=rng.randrange(3, 12)), "%B %Y")
    ta_box(p, "உறுப்பினர்", "Member", member, pen=True, at=0.3, merchant=member)
    ta_box(p, "மாதம்", "Month", month, pen=True, at=0.3)
    start = len(p.rows)
    p.add("gap")
    total_ = 0
    for item, lo, hi_ in rng.sample(PIECES_TA, rng.randrange(2, 4)):
        pcs = rng.randrange(1, 4) if hi_ > 500 else rng.randrange(4, 30)
        rate = rng.randrange(lo, hi_, 5)
        total_ += pcs * rate
        ta_hand(p, f"{item} {pcs} x {rate}", figure=str(pcs * rate))
    j.amount = float(total_)
    ta_hand(p, "மொத்தம்", figure=f"{total_}/-", amount=j.amount)
    ledger(p, start, [0.76])
    p.add("gap")
    hand(p, f"Paid by UPI, Ref {j.ref}", method="UPI", status=j.status, txn=(UTR_RANK, j.ref))
    hand(p, f"on {when(j.date, rng.choice(['%d/%m/%y', '{d}.%m.%Y']))}  - {ACCOUNTANT}", date=j.date)
    skeins(p)
    return p.done()


def pay_pongal(rng: random.Random, font: str, j: Job, member: str) -> tuple:
    """A member's Pongal advance receipt written in a Tamil hand under a strip of a Toda shawl ("பொங்கல்
    முன்பணம் ரசீது" (Pongal advance receipt); "இன்று மார்கழி <n> ஆம் நாள்" (today, the <n>th of Margazhi),
    "தேதி" (date) with the day written at the right, "பொங்கல் முன்பணமாக" (as the Pongal advance), "ரொக்கம்
    பெற்றுக்கொண்டேன்" (I received it in cash) with the sum written at the right), her signature and her name
    written under it in English; a witness; no reference)."""
    season(j, rng, MARGAZHI_1 + dt.timedelta(days=17), 11)
    j.amount = float(rng.randrange(4, 16) * 500)
    p = sheet(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
    p.part = "head"
    ta(p, SOC_TA, bold=True)
    p.add("center", "Kandal Mund, Ooty")
    pugur_band(p)
    ta(p, "பொங்கல் முன்பணம் ரசீது", bold=True, scale=1.1)
    p.part = "body"
    n_ = (j.date - MARGAZHI_1).days + 1
    ta_hand(p, f"இன்று {margazhi(j.date)} ஆம் நாள்")
    assert n_ >= 18
    ta_hand(p, "தேதி", figure=when(j.date, rng.choice(["%d/%m/%Y", "{d}/%m/%Y"])), date=j.date)
    ta_hand(p, "பொங்கல் முன்பணமாக")
    ta_hand(
        p,
        "ரொக்கம் பெற்றுக்கொண்டேன்",
        figure=f"Rs. {int(j.amount)}/-",
        amount=j.amount,
        method="cash",
        status=j.status,
    )
    p.add("gap")
    sig(p)
    hand(p, member, align="r", merchant=member)
    p.add("gap")
    ta(p, f"சாட்சி: {SALESWOMAN}", align="l", scale=0.85)
    return p.done()


def pay_keka(rng: random.Random, font: str, j: Job, member: str) -> tuple:
    """Keka's payslip for the showroom's saleswoman (Employee Name and Employee No., Designation and Pay
    Period two pairs to a row in a table ruled on every side; Earnings and Deductions on hairline rows; Net
    Pay Rs. in a box and its words; "Credited on <day> to ... by NEFT, UTR ...")."""
    who = SALESWOMAN
    basic = float(rng.randrange(100, 160) * 100)
    hra = round(basic * 0.2, 0)
    special = float(rng.randrange(6, 20) * 100)
    pf = round(basic * 0.12, 0)
    pt = float(rng.choice([0, 125, 175]))
    gross = basic + hra + special
    j.amount = round(gross - pf - pt, 2)
    p = sheet(rng, font, [820, 860])
    p.part = "head"
    top(p, pick(p, "title", [SOC, SOC_SHORT]))
    p.add("small", f"{SHOP}, {SHOP_AT}")
    p.add("rule")
    p.add("center", f"Payslip for {j.month(1)}")
    p.part = "body"
    grid(
        p,
        "kk0",
        [(0.0, 0.2, "l"), (0.2, 0.52, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")],
        None,
        [
            (["Employee Name", who, "Employee No.", f"PK-{rng.randrange(3, 30):03d}"], {"merchant": who}),
            (["Designation", "Sales Associate", "Pay Period", j.month(1)], {}),
        ],
    )
    p.add("gap")
    spec = [(0.0, 0.32, "l"), (0.32, 0.5, "r"), (0.54, 0.82, "l"), (0.82, 1.0, "r")]
    cols(p, "kkh", spec, "Earnings", "Amount", "Deductions", "Amount", mode="line")
    cols(p, "kkl", spec, "Basic", num(basic), "Provident Fund", num(pf), mode="line")
    cols(p, "kkl", spec, "HRA", num(hra), "Professional Tax", num(pt), mode="line")
    cols(p, "kkl", spec, "Special Allowance", num(special), "", "", mode="line")
    cols(p, "kkl", spec, "Gross Earnings", num(gross), "Total Deductions", num(pf + pt), mode="line")
    h271.amtbox(p, "Net Pay Rs.", num(j.amount, "indian"), by_hand=False, at=0.3, amount=j.amount)
    prose(p, f"(Rupees {spelt(j.amount)} only)", "small")
    utr = utr_of(rng, j, "Indian Bank", "NEFT")
    prose(
        p,
        f"Credited on {day_as(j, rng, ['%d %b %Y', '%d/%m/%Y'])} to Indian Bank XX{digits(rng, 4)} by NEFT, "
        "UTR "
        f"{utr}.",
        date=j.date,
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, utr),
    )
    p.add("small", "Generated on Keka HR. This payslip does not need a signature.")
    return p.done()


def pay_groww(rng: random.Random, font: str, j: Job, member: str) -> tuple:
    """Groww's UPI payment to a member processing (a capsule, the sum, "to <payee>", its stages left to right,
    a notice; UPI Ref No. and Started in tiles)."""
    p = phone(rng, font, 3, ["", "Groww"], dark=False, buttons=("Check status",))
    band(p, (0, 160, 130))
    app_head(p, "Groww", "UPI")
    chip(p, "Processing", j.status)
    p.add("big", money(rng, font, 0.5, marks=("\u20b9", "Rs."))(j.amount), amount=j.amount)
    p.add("center", f"to {member}", merchant=member)
    h273.track(p, ["Debited", "With bank", "Received"], "dpt")
    boxed(
        p,
        f"{first_of(member)}'s bank has not confirmed the credit yet. It is usually done in a few minutes; "
        "please do not pay again.",
        "warn",
    )
    tiles2(
        p,
        ("UPI Ref No.", j.ref),
        ("Started", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",))),
        txn=(UTR_RANK, j.ref),
        date=j.date,
        method="UPI",
    )
    return p.done()


def pay_yono(rng: random.Random, font: str, j: Job, member: str) -> tuple:
    """YONO SBI with an IMPS to the showroom's helper on a scalloped badge (Transfer Successful; IMPS Ref.
    No., Beneficiary, Amount, Date and Remarks in a table ruled on every side)."""
    who = HELPER
    p = phone(rng, font, 4, ["", "YONO SBI"], dark=False, buttons=("Share", "Home"))
    band(p, (40, 0, 110))
    app_head(p, "YONO SBI", "State Bank of India  |  IMPS")
    h287.burst(p, j.status)
    p.add("center", "Transfer Successful", status=j.status)
    p.add("gap")
    grid(
        p,
        "yo",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        None,
        [
            (["IMPS Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref), "method": "netbanking"}),
            (["Beneficiary", who], {"merchant": who}),
            (["Amount", money(rng, font, 0.3, marks=("\u20b9", "Rs."))(j.amount)], {"amount": j.amount}),
            (["Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
            (["Remarks", "salary advance"], {}),
        ],
    )
    return p.done()


def pay_ujjivan(rng: random.Random, font: str, j: Job, member: str) -> tuple:
    """Ujjivan Small Finance Bank's app with a UPI payment to a member failed in an octagon's cross (the sum,
    "to <payee>", the reason in a notice; Transaction ID, UPI Ref, Attempted on and From against a gutter)."""
    p = phone(rng, font, 5, ["", "Ujjivan SFB"], dark=False, buttons=("Retry",))
    band(p, (0, 122, 120))
    app_head(p, "Ujjivan SFB", "UPI")
    h294.octa(p, j.status)
    p.add("center", "Payment failed", status=j.status)
    p.add("big", money(rng, font, 0.4, marks=("\u20b9", "Rs."))(j.amount), amount=j.amount)
    p.add("center", f"to {member}", merchant=member)
    boxed(
        p,
        f"{first_of(member)}'s bank is not reachable right now. If money was debited it will come back to "
        "your account within 3 working days.",
        "error",
    )
    tid = f"UJ{j.date:%y%m%d}{digits(rng, 9)}"
    at = 0.42
    gutter(p, "uj", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gutter(p, "uj", "UPI Ref", j.ref, at=at, txn=(UTR_RANK, j.ref))
    gutter(
        p, "uj", "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",)), at=at, date=j.date
    )
    gutter(p, "uj", "From", f"Savings XX{digits(rng, 4)}", at=at, method="UPI")
    return p.done()


def pay_okstaff(rng: random.Random, font: str, j: Job, member: str) -> tuple:
    """OkStaff with the showroom helper's salary paid ("Today, <hour>"; the showroom under the app's bar, the
    helper's initials in a round badge and his name, "Salary for <month>", Paid and the sum on a tinted panel;
    Mode and UPI Ref at the left and the right; no day)."""
    who = HELPER
    j.amount = float(rng.randrange(90, 160) * 100)
    p = phone(rng, font, 6, ["", "OkStaff"], dark=False, buttons=("Share slip",))
    band(p, (20, 90, 170))
    app_head(p, "OkStaff", SHOP)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h273.avatar(p, initials(who), (20, 90, 170))
    p.add("center", who, merchant=who)
    p.add("small", f"Salary for {j.month(1)}")
    h273.panel(
        p,
        "Paid",
        f"{rupee_of(p.font)}{num(j.amount, 'indian', 0)}",
        (30, 140, 80),
        amount=j.amount,
        status=j.status,
    )
    kvr(p, "Mode", "UPI", method="UPI")
    kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Balance", f"{rupee_of(p.font)}0")
    return p.done()


def pay_slip(rng: random.Random, font: str, j: Job, member: str) -> tuple:
    """A member's wage slip cut from the society's printed sheet (a line to cut along over and under it; WAGE
    SLIP and its month; Member :, Pieces :, Gross wage :, Less wool advance :, Net paid : with colons; its
    printed line "Credited by IMPS, Ref ..., on <day>.")."""
    p = sheet(rng, font, [760, 800])
    p.part = "head"
    h273.cut(p)
    p.add("center", SOC_CAPS if pick(p, "center", [SOC_CAPS, SOC_SHORT]) == SOC_CAPS else SOC_SHORT)
    month = j.month(1)
    p.add("center", f"WAGE SLIP  -  {month.upper()}")
    p.part = "body"
    pcs = rng.randrange(4, 24)
    gross = float(rng.randrange(18, 140) * 50)
    wool = float(rng.choice([0, 150, 250, 400]))
    j.amount = gross - wool
    spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
    h271.colkv(p, "ws", spec, "Member :", member, merchant=member)
    h271.colkv(p, "ws", spec, "Pieces :", f"{pcs} (stoles, runners, bags)")
    h271.colkv(p, "ws", spec, "Gross wage :", num(gross))
    h271.colkv(p, "ws", spec, "Less wool advance :", num(wool))
    h271.colkv(p, "ws", spec, "Net paid :", f"Rs. {num(j.amount)}", amount=j.amount)
    prose(
        p,
        f"Credited by IMPS, Ref {j.ref}, on {when(j.date, rng.choice(['%d-%m-%Y', '{d} %b %Y']))}.",
        method="netbanking",
        status=j.status,
        txn=(UTR_RANK, j.ref),
        date=j.date,
    )
    h273.cut(p)
    return p.done()


WORKER_PAY = [pay_account, pay_pongal, pay_keka, pay_groww, pay_yono, pay_ujjivan, pay_okstaff, pay_slip]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society paying its members and its staff, in ``WORKER_PAY``' eight layouts (one function each,
    above): Ujjivan's page fails (5), Groww's waits (3), the Pongal advance prints no reference (1) and
    OkStaff no day (6)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1200, high=16000)
    member = MEMBERS[(k + rng.randrange(3)) % len(MEMBERS)]
    return WORKER_PAY[k](rng, font, j, member)


# ---------------------------------------------------------------- 8. fees, taxes and dues


OOTY_MC = "Udhagamandalam Municipality"
OOTY_MC_TA = "உதகமண்டலம் நகராட்சி"
TN_POLICE = "Tamil Nadu Police"
EPFO = "Employees' Provident Fund Organisation"
ESIC = "Employees' State Insurance Corporation"
HORTI = "Department of Horticulture, Ooty"
HORTI_TA = "தோட்டக்கலைத் துறை, உதகமண்டலம்"
TNPCB = "Tamil Nadu Pollution Control Board"
REGN = "Registration Department, Tamil Nadu"
REGN_TA = "பதிவுத்துறை, தமிழ்நாடு"
GIR = "Geographical Indications Registry"


def fee_municipal(rng: random.Random, font: str, j: Job) -> tuple:
    """Udhagamandalam Municipality's property tax e-receipt from TN Urban e-Sevai under its Tamil name
    (பணம் செலுத்தப்பட்டது / Payment Successful; this set's bilingual fields, printed: ரசீது எண் / Receipt No.,
    மதிப்பீட்டு எண் / Assessment No., உரிமையாளர் / Owner, அரையாண்டு / Half Year, தொகை / Amount, செலுத்தும்
    முறை / Mode, UPI குறிப்பு / UPI Ref, தேதி / Date)."""
    j.amount = float(rng.randrange(18, 140) * 50)
    p = browser_page(rng, font, "tnurbanepay.tn.gov.in/PropertyTax/Receipt")
    p.part = "head"
    ta(p, OOTY_MC_TA, bold=True, scale=1.05)
    name = pick(p, "title", [OOTY_MC, "Udhagamandalam Municipality, Nilgiris"])
    top(p, name, merchant=name)
    p.add("small", "TN Urban e-Sevai  |  Property Tax e-Receipt")
    p.add("rule")
    p.part = "body"
    ta(p, "பணம் செலுத்தப்பட்டது / Payment Successful", status=j.status)
    p.add("gap")
    at = 0.4
    rno = f"UDM/PT/{j.date:%y}/{digits(rng, 6)}"
    ta_box(p, "ரசீது எண்", "Receipt No.", rno, at=at, txn=(INVOICE_RANK, rno))
    ta_box(
        p,
        "மதிப்பீட்டு எண்",
        "Assessment No.",
        f"{rng.randrange(1, 36):02d}/{rng.randrange(100, 999)}/{digits(rng, 5)}",
        at=at,
    )
    ta_box(p, "உரிமையாளர்", "Owner", box_fit(p, [SOC, SOC_SHORT], at=at), at=at)
    half = "I" if j.date.month in (4, 5, 6, 7, 8, 9) else "II"
    ta_box(p, "அரையாண்டு", "Half Year", f"{fy(j.date)} / {half}", at=at)
    ta_box(p, "தொகை", "Amount", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    ta_box(p, "செலுத்தும் முறை", "Mode", "UPI", at=at, method="UPI")
    ta_box(p, "UPI குறிப்பு", "UPI Ref", j.ref, at=at, txn=(UTR_RANK, j.ref))
    ta_box(p, "தேதி", "Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    return p.done()


def fee_echallan(rng: random.Random, font: str, j: Job) -> tuple:
    """The e-Challan app with the society's van's parking challan paid ("Today, <hour>"; Tamil Nadu Police
    under the app's bar; a tile's tick, Challan paid, the sum, the offence; Challan No. and Transaction ID,
    Vehicle and Paid via, labels small over their values two to a row; no day)."""
    j.amount = float(rng.choice([500, 1000, 1500]))
    p = phone(rng, font, 1, ["", "e-Challan"], dark=False, buttons=("Download receipt",))
    band(p, (16, 60, 120))
    bar(p, "e-Challan", TN_POLICE, merchant=TN_POLICE)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.tile(p, j.status)
    p.add("center", "Challan paid", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian', 0)}", amount=j.amount)
    p.add("small", "No parking  |  Commercial Road, Ooty")
    p.add("gap")
    cno = f"TN{digits(rng, 13)}"
    tid = f"ECH{digits(rng, 12)}"
    two_up(p, "ec1", ("Challan No.", cno), ("Transaction ID", tid), txn=(TXN_RANK, tid))
    p.add("gap")
    two_up(
        p,
        "ec2",
        ("Vehicle", f"TN 43 {code(rng, 1, UPPER)} {rng.randrange(1000, 9999)}"),
        ("Paid via", "UPI"),
        method="UPI",
    )
    return p.done()


def fee_epfo(rng: random.Random, font: str, j: Job) -> tuple:
    """EPFO's ECR challan pending with the bank (a capsule, its stages left to right, a notice; TRRN,
    Establishment ID, Wage month, Total amount, Bank and Initiated on in shaded labels)."""
    j.amount = float(rng.randrange(30, 160) * 25)
    p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/challanStatus")
    p.part = "head"
    name = pick(p, "title", [EPFO, "EPFO"])
    top(p, name, merchant=name)
    p.add("small", "Unified Portal for Employers  |  ECR challan")
    p.add("rule")
    p.part = "body"
    p.add("left", "ECR challan payment", status=j.status)
    pill(p, "Pending with bank", j.status, align="l")
    h273.track(p, ["Challan", "Bank", "Realised"], "dpt")
    boxed(
        p,
        "The bank has not yet confirmed this challan's payment. Check its status again after two hours "
        "before paying again.",
        "warn",
    )
    trrn = f"{rng.randrange(1, 4)}{j.date:%y%m}{digits(rng, 8)}"
    at = 0.38
    kv(p, "TRRN", trrn, at=at, txn=(INVOICE_RANK, trrn))
    kv(p, "Establishment ID", f"TNOOT{digits(rng, 7)}000", at=at)
    kv(p, "Wage month", j.month(1), at=at)
    kv(p, "Total amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    kv(p, "Bank", "Indian Bank (Net Banking)", at=at, method="netbanking")
    kv(p, "Initiated on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=at, date=j.date)
    return p.done()


def fee_esic(rng: random.Random, font: str, j: Job) -> tuple:
    """ESIC's e-challan receipt (Payment Successful; Challan No., Employer Code, Contribution Period,
    Amount Paid, Transaction No., Bank and Transaction Date in dot leaders)."""
    j.amount = float(rng.randrange(8, 60) * 25)
    p = browser_page(rng, font, "www.esic.gov.in/ESICInsurance1/ChallanReceipt")
    p.part = "head"
    name = pick(p, "title", [ESIC, "ESIC"])
    top(p, name, merchant=name)
    p.add("small", "Ministry of Labour & Employment  |  e-Challan receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    p.add("gap")
    cno = f"{digits(rng, 4)}{j.date:%y}{digits(rng, 8)}"
    tno = f"{digits(rng, 12)}"
    at = 0.46
    dots(p, "Challan No.", cno, at=at, txn=(INVOICE_RANK, cno))
    dots(p, "Employer Code", f"560003{digits(rng, 11)}", at=at)
    dots(p, "Contribution Period", j.month(1), at=at)
    dots(p, "Amount Paid", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    dots(p, "Transaction No.", tno, at=at, txn=(TXN_RANK, tno))
    dots(p, "Bank", "Indian Bank - Net Banking", at=at, method="netbanking")
    dots(p, "Transaction Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=at, date=j.date)
    return p.done()


def fee_stall(rng: random.Random, font: str, j: Job) -> tuple:
    """The Department of Horticulture's Flower Show stall receipt from its book under its Tamil name (No.
    left blank; this set's bilingual fields written in: தேதி / Date, பெற்றது / Received from, கடை எண் / Stall
    No.; Rs. in a box; "ரொக்கம்" (cash) written in a Tamil hand; its oval stamp; no reference)."""
    season(j, rng, FLOWER_SHOW - dt.timedelta(days=20), 12)
    j.amount = float(rng.choice([5000, 7500, 10000, 12500]))
    p = sheet(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(244, 240, 222), (238, 240, 226)])
    p.part = "head"
    ta(p, HORTI_TA, bold=True)
    name = pick(p, "title", [HORTI, "Dept. of Horticulture, Ooty"])
    top(p, name, merchant=name)
    p.add("small", "Government Botanical Garden  |  128th Flower Show  |  Stall receipt")
    p.add("rule")
    p.part = "body"
    one_pen(p)
    p.add("left", "No. ..............")
    at = 0.34
    ta_box(
        p, "தேதி", "Date", when(j.date, rng.choice(["%d/%m/%Y", "{d}.%m.%Y"])), at=at, pen=True, date=j.date
    )
    ta_box(p, "பெற்றது", "Received from", box_fit(p, [SOC, SHOP], at=at, pen=True), at=at, pen=True)
    ta_box(p, "கடை எண்", "Stall No.", f"H-{rng.randrange(1, 60)} (Crafts)", at=at, pen=True)
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ta_hand(p, "ரொக்கம்", method="cash", status=j.status)
    h287.oval(p, ["HORTICULTURE", "BOTANICAL GARDEN", "OOTY"], "violet", at=0.3, rows_=3)
    sig(p)
    p.add("right", "Cashier")
    return p.done()


def fee_tnpcb(rng: random.Random, font: str, j: Job) -> tuple:
    """The Tamil Nadu Pollution Control Board's OCMMS with the society's consent fee failed on a tinted band
    (the reason in a notice; Application No. and Unit, Fee and Mode, Transaction ID and Attempted on, labels
    small over their values two to a row)."""
    j.amount = float(rng.choice([1500, 2500, 3750, 5000]))
    p = browser_page(rng, font, "tnpcb.gov.in/ocmms/payment/response")
    p.part = "head"
    name = pick(p, "title", [TNPCB, "TNPCB"])
    top(p, name, merchant=name)
    p.add("small", "Online Consent Management & Monitoring System  |  Consent fee")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Payment Failed", j.status)
    boxed(
        p,
        "The payment gateway returned an error before your bank confirmed the debit. Your application "
        "is saved; please pay the fee again.",
        "error",
    )
    tid = f"OCM{digits(rng, 12)}"
    two_up(p, "pc1", ("Application No.", digits(rng, 7)), ("Unit", "Pugur embroidery unit"))
    p.add("gap")
    two_up(
        p,
        "pc2",
        ("Fee", f"Rs. {num(j.amount)}"),
        ("Mode", "Net Banking"),
        amount=j.amount,
        method="netbanking",
    )
    p.add("gap")
    two_up(
        p,
        "pc3",
        ("Transaction ID", tid),
        ("Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))),
        txn=(TXN_RANK, tid),
        date=j.date,
    )
    return p.done()


def fee_reginet(rng: random.Random, font: str, j: Job) -> tuple:
    """TNREGINET's receipt for the society's annual filing fee under the Registration Department's Tamil name
    (Payment Success; Application No., Society, Service, Fee, Bank Ref No., Transaction ID, Mode and Date in a
    striped table)."""
    j.amount = float(rng.choice([100, 200, 300, 500]))
    p = browser_page(rng, font, "tnreginet.gov.in/portal/webHP/payment/receipt")
    p.part = "head"
    ta(p, REGN_TA, bold=True)
    name = pick(p, "title", [REGN, "Registration Dept., Tamil Nadu"])
    top(p, name, merchant=name)
    p.add("small", "TNREGINET  |  Societies  |  District Registrar, Udhagamandalam")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Success", status=j.status)
    bref = f"IDIB{digits(rng, 10)}"
    tid = f"TNR{j.date:%y%m%d}{digits(rng, 7)}"
    zebra(
        p,
        "rg",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["Payment receipt", ""],
        [
            (["Application No.", f"SOC/NLG/{digits(rng, 6)}/{j.date:%Y}"], {}),
            (["Society", clip(SOC, 34)], {}),
            (["Service", "Annual list of members & accounts"], {}),
            (["Fee", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
            (["Bank Ref No.", bref], {"txn": (BANK_RANK, bref)}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Mode", "Net Banking"], {"method": "netbanking"}),
            (["Date", day_as(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
        ],
        (120, 30, 40),
    )
    return p.done()


def fee_gi(rng: random.Random, font: str, j: Job) -> tuple:
    """The Geographical Indications Registry's receipt for the society's authorised user renewal (Fee
    received; Receipt No., GI Application No., Authorised User, Fee, Mode, Bank Transaction No. and Date in a
    table ruled on every side)."""
    j.amount = float(rng.choice([500, 1000, 1500]))
    p = browser_page(rng, font, "search.ipindia.gov.in/GIRPublic/Receipt")
    p.part = "head"
    name = pick(p, "title", [GIR, "GI Registry, Chennai"])
    top(p, name, merchant=name)
    p.add("small", "Intellectual Property Office, Chennai  |  e-Receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Fee received", status=j.status)
    p.add("gap")
    rno = f"GIR/{j.date:%Y}/{digits(rng, 6)}"
    bt = f"{digits(rng, 12)}"
    grid(
        p,
        "gi",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        None,
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["GI Application No.", f"{rng.randrange(100, 900)} (Toda Embroidery)"], {}),
            (["Authorised User", clip(SOC, 34)], {}),
            (["Fee", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
            (["Mode", "Net Banking"], {"method": "netbanking"}),
            (["Bank Transaction No.", bt], {"txn": (BANK_RANK, bt)}),
            (["Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
        ],
    )
    return p.done()


GOVT_FEES = [fee_municipal, fee_echallan, fee_epfo, fee_esic, fee_stall, fee_tnpcb, fee_reginet, fee_gi]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's fees, taxes and dues, in ``GOVT_FEES``' eight layouts (one function each, above): the
    TNPCB page fails (5), the EPFO challan waits (2), the Flower Show stall receipt prints no reference (4)
    and the e-Challan app no day (1)."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=500, high=40000)
    return GOVT_FEES[k](rng, font, j)


# ---------------------------------------------------------------- 9. the insurers


CHOLA = "Cholamandalam MS General Insurance Co. Ltd."
ICICI_L = "ICICI Lombard General Insurance Co. Ltd."
MANIPAL = "ManipalCigna Health Insurance Co. Ltd."
UNITED = "United India Insurance Co. Ltd."
ABHI = "Aditya Birla Health Insurance"
ORIENTAL = "THE ORIENTAL INSURANCE CO. LTD."
HDFC_LIFE = "HDFC Life Insurance Co. Ltd."
RELIANCE = "Reliance General Insurance Co. Ltd."


def ins_chola(rng: random.Random, font: str, j: Job, pol: str) -> tuple:
    """Cholamandalam MS' PREMIUM RECEIPT for the showroom's fire and burglary policy (its sentence "Received
    with thanks from ... by NEFT / RTGS"; Receipt No. and Receipt Date, Policy No. and Period, Premium and
    CGST 9%, SGST 9% and Total Premium, Mode and UTR two pairs to a row in a table ruled on every side)."""
    si = float(rng.randrange(8, 40) * 100000)
    net = round(si * rng.uniform(0.0008, 0.0014), 0)
    gst = round(net * 0.09, 2)
    j.amount = round(net + 2 * gst, 2)
    p = sheet(rng, font, [860, 900])
    p.part = "head"
    ins = pick(p, "title", [CHOLA, "Chola MS General Insurance"])
    top(p, ins, merchant=ins)
    p.add("small", "Dare House, Chennai  |  Coimbatore Branch  |  PREMIUM RECEIPT")
    p.add("rule")
    p.part = "body"
    way = neft_or_rtgs(j.amount)
    utr = utr_of(rng, j, "Indian Bank", way)
    prose(
        p,
        f"Received with thanks from {SOC} (Pugur Kudil), Ooty, the premium below by {way} for the Standard "
        "Fire and Special Perils and Burglary policy of its showroom.",
        status=j.status,
        method="netbanking",
    )
    rno = f"{j.date:%y}{digits(rng, 10)}"
    grid(
        p,
        "ch",
        [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")],
        None,
        [
            (
                ["Receipt No.", rno, "Receipt Date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])],
                {"txn": (INVOICE_RANK, rno), "date": j.date},
            ),
            (["Policy No.", pol, "Period", "1 year"], {}),
            (["Premium", num(net), "CGST 9%", num(gst)], {}),
            (["SGST 9%", num(gst), "Total Premium", num(j.amount)], {"amount": j.amount}),
            (["Mode", way, "UTR", utr], {"txn": (UTR_RANK, utr)}),
        ],
    )
    p.add("gap")
    sig(p)
    p.add("right", "Authorised Signatory")
    return p.done()


def ins_lombard(rng: random.Random, font: str, j: Job, pol: str) -> tuple:
    """ICICI Lombard's IL TakeCare app with the society's van's motor policy renewed ("Today, <hour>"; the
    insurer under the app's bar, a large round tick, Policy renewed, the sum; Policy No. and Transaction ID in
    tiles; Vehicle and Paid via; no day)."""
    j.amount = rupees(rng, 8000, 24000, 0.3)
    p = phone(rng, font, 1, ["", "IL TakeCare"], dark=False, buttons=("Download policy",))
    band(p, (176, 40, 36))
    bar(p, "IL TakeCare", ICICI_L, merchant=ICICI_L)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    sicon(p, j.status)
    p.add("center", "Policy renewed", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    tid = f"ILT{digits(rng, 12)}"
    tiles2(p, ("Policy No.", f"3001/{digits(rng, 8)}/00/000"), ("Transaction ID", tid), txn=(TXN_RANK, tid))
    kvr(p, "Vehicle", f"Maruti Eeco TN 43 {code(rng, 1, UPPER)} {rng.randrange(1000, 9999)}")
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


def ins_manipal(rng: random.Random, font: str, j: Job, pol: str) -> tuple:
    """ManipalCigna's portal with the president's health renewal under process (its stages across the page, a
    notice; Policy No., Premium, Transaction ID, Payment mode and Initiated on in dot leaders)."""
    p = browser_page(rng, font, "www.manipalcigna.com/renewal/payment/status")
    p.part = "head"
    ins = pick(p, "title", [MANIPAL, "ManipalCigna Health Insurance"])
    top(p, ins, merchant=ins)
    p.add("small", "ProHealth Prime  |  Renewal payment")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment under process", status=j.status)
    h289.steps(p, ["Paid", "Bank confirmation", "Policy renewed"], 1, j.status)
    boxed(
        p,
        "We are waiting for your bank to confirm the premium. Your cover continues meanwhile; please do "
        "not pay again.",
        "warn",
    )
    tid = f"MCH{j.date:%y%m%d}{digits(rng, 7)}"
    at = 0.42
    dots(p, "Policy No.", f"PROHLT{digits(rng, 9)}", at=at)
    dots(p, "Premium", f"Rs. {num(j.amount)}", at=at, bold=True, amount=j.amount)
    dots(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    dots(p, "Payment mode", "Net Banking", at=at, method="netbanking")
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=at, date=j.date)
    return p.done()


def ins_united(rng: random.Random, font: str, j: Job, pol: str) -> tuple:
    """United India Insurance's portal with the members' group personal accident renewal declined by card
    under a tile's cross (the reason in a notice; Proposal No., Premium, Transaction ID, Card and Attempted on
    at the left and the right)."""
    j.amount = rupees(rng, 2400, 9000, 0.3)
    p = browser_page(rng, font, "uiic.co.in/customer/renewal/payment-status")
    p.part = "head"
    ins = pick(p, "title", [UNITED, "United India Insurance"])
    top(p, ins, merchant=ins)
    p.add("small", "Group Personal Accident  |  Renewal")
    p.add("rule")
    p.part = "body"
    h287.tile(p, j.status)
    p.add("center", "Transaction Declined", status=j.status)
    boxed(
        p,
        "Your card's bank declined the payment (do not honour). The policy is not renewed; no money has "
        "been taken.",
        "error",
    )
    tid = f"UIIC{digits(rng, 11)}"
    kvr(p, "Proposal No.", f"{digits(rng, 6)}42{digits(rng, 6)}")
    kvr(p, "Premium", f"Rs. {num(j.amount)}", amount=j.amount)
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Card", f"Visa Credit XX{digits(rng, 4)}", method="card")
    kvr(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
    return p.done()


def ins_abhi_sms(rng: random.Random, font: str, j: Job, pol: str) -> tuple:
    """Aditya Birla Health Insurance's SMS of a premium received ("Dear Customer, we have received premium of
    Rs.x for policy no ... on <dd/mm/yyyy> through UPI. Thank you. - Aditya Birla Health Insurance"; no
    reference)."""
    j.amount = rupees(rng, 6000, 28000, 0.3)
    text = (
        f"Dear Customer, we have received premium of Rs.{num(j.amount, 'indian')} for policy no "
        f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 7)}-00 on {when(j.date, '%d/%m/%Y')} through UPI. "
        "Thank "
        f"you. - {ABHI}"
    )
    p = sms_page(rng, font, "VM-ABHICL", text, j.date)
    p.add("left", text, merchant=ABHI, amount=j.amount, date=j.date, method="UPI", status=j.status)
    return p.done()


def ins_oriental(rng: random.Random, font: str, j: Job, pol: str) -> tuple:
    """The Oriental Insurance Company's premium receipt printed at its Ooty branch (PREMIUM RECEIPT; RECEIPT
    NO, DATE, INSURED, POLICY, SUM INSURED, PREMIUM, GST @18%, TOTAL typed in its printer's face; MODE :
    NEFT and its UTR; the branch's rectangular stamp)."""
    si = float(rng.randrange(10, 60) * 100000)
    prem = round(si * rng.uniform(0.0005, 0.001), 0)
    gst = round(prem * 0.18, 2)
    j.amount = round(prem + gst, 2)
    p = roll(rng, font, [600, 640], [17, 18])
    p.part = "head"
    ins = pick(p, "center", [ORIENTAL, "ORIENTAL INSURANCE"])
    p.add("center", ins, merchant=ins)
    typed(p, "BRANCH OFFICE: OOTY (CODE 421300)")
    p.add("rule")
    p.part = "body"
    p.add("center", "PREMIUM RECEIPT")
    rno = f"4213{j.date:%y}{digits(rng, 6)}"
    utr = utr_of(rng, j, "Indian Bank", "NEFT")
    typed(p, f"RECEIPT NO  : {rno}", txn=(INVOICE_RANK, rno))
    typed(p, f"DATE        : {when(j.date, '%d/%m/%Y')}", date=j.date)
    typed(p, f"INSURED     : {clip(SOC_CAPS, 22)}")
    typed(p, "POLICY      : GROUP PERS. ACCIDENT")
    typed(p, f"SUM INSURED : {si:>12.2f}")
    typed(p, f"PREMIUM     : {prem:>12.2f}")
    typed(p, f"GST @18%    : {gst:>12.2f}")
    typed(p, f"TOTAL       : {j.amount:>12.2f}", amount=j.amount)
    p.add("rule")
    typed(p, "MODE        : NEFT", method="netbanking", status=j.status)
    typed(p, f"UTR         : {utr}", txn=(UTR_RANK, utr))
    h271.rstamp(p, ["ORIENTAL INSURANCE", "BRANCH OFFICE", "OOTY"], "blue", at=0.6, rows_=3)
    return p.done()


def ins_hdfc_life(rng: random.Random, font: str, j: Job, pol: str) -> tuple:
    """HDFC Life's premium paid mail for the Secretary's policy (its sentence; Policy number and Premium paid,
    Receipt number and Payment date, Payment mode and Transaction reference, labels small over their values
    two to a row)."""
    j.amount = float(rng.randrange(40, 500) * 50)
    p = mail_page(
        rng,
        font,
        "HDFC Life <service@hdfclife.com>",
        ["Premium received for your policy", "Thank you for your premium payment"],
    )
    p.part = "head"
    ins = pick(p, "title", [HDFC_LIFE, "HDFC Life"])
    top(p, ins, merchant=ins)
    p.add("rule")
    p.part = "body"
    prose(p, f"Dear {SECRETARY}, thank you. We have received your renewal premium as below.", status=j.status)
    p.add("gap")
    rno = f"RC{digits(rng, 10)}"
    two_up(
        p, "hl1", ("Policy number", digits(rng, 8)), ("Premium paid", f"Rs. {num(j.amount)}"), amount=j.amount
    )
    p.add("gap")
    two_up(
        p,
        "hl2",
        ("Receipt number", rno),
        ("Payment date", day_as(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])),
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    p.add("gap")
    two_up(
        p,
        "hl3",
        ("Payment mode", "UPI"),
        ("Transaction reference", j.ref),
        method="UPI",
        txn=(UTR_RANK, j.ref),
    )
    p.add("gap")
    p.add("small", "This is a system-generated mail. Please do not reply.")
    return p.done()


def ins_reliance(rng: random.Random, font: str, j: Job, pol: str) -> tuple:
    """Reliance General's exhibition floater certificate for the Flower Show stall's stock (its sentence;
    Certificate No., Event, Sum Insured, Premium, GST 18%, Total Premium, Transaction ID and Payment Date in
    a table ruled on every side)."""
    season(j, rng, FLOWER_SHOW - dt.timedelta(days=10), 9)
    sum_ins = float(rng.randrange(3, 15) * 100000)
    prem = round(sum_ins * rng.uniform(0.0015, 0.003), 0)
    gst = round(prem * 0.18, 2)
    j.amount = round(prem + gst, 2)
    p = browser_page(rng, font, "www.reliancegeneral.co.in/sme/certificate/view")
    p.part = "head"
    ins = pick(p, "title", [RELIANCE, "Reliance General Insurance"])
    top(p, ins, merchant=ins)
    p.add("small", "Exhibition floater  |  Certificate of insurance")
    p.add("rule")
    p.part = "body"
    prose(
        p,
        "The premium for the cover below has been received; the society's embroidered stock is covered at "
        "its stall for the Show's days.",
        status=j.status,
    )
    p.add("gap")
    tid = f"RGI{digits(rng, 11)}"
    grid(
        p,
        "rl",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        None,
        [
            (["Certificate No.", f"EF/{digits(rng, 7)}/{j.date:%y}"], {}),
            (["Event", "128th Flower Show, Ooty"], {}),
            (["Sum Insured", num(sum_ins)], {}),
            (["Premium", num(prem)], {}),
            (["GST 18%", num(gst)], {}),
            (["Total Premium", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Payment Date", day_as(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
        ],
    )
    p.add("small", "Paid by Net Banking  |  Subject to the policy's terms", method="netbanking")
    return p.done()


INSURER_RECEIPTS = [
    ins_chola,
    ins_lombard,
    ins_manipal,
    ins_united,
    ins_abhi_sms,
    ins_oriental,
    ins_hdfc_life,
    ins_reliance,
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society's premiums, in ``INSURER_RECEIPTS``' eight layouts (one function each, above): United
    India's page fails (3), ManipalCigna's waits (2), Aditya Birla Health's SMS prints no reference (4) and IL
    TakeCare no day (1)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=1500, high=42000)
    pol = f"{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(10, 99)}/000"
    return INSURER_RECEIPTS[k](rng, font, j, pol)


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("PUGUR KUDIL", "CHARING CROSS, OOTY", "HDFC BANK", "hdfc"),
    ("PUGUR KUDIL - FLOWER SHOW", "BOTANICAL GARDEN, OOTY", "PhonePe POS", "phonepe"),
    ("HOTEL GLEN MORGAN", "WELLINGTON, COONOOR", "IDFC FIRST BANK", "idfc"),
    ("KOVAI WOOL CENTRE", "OPPANAKARA ST, COIMBATORE", "KOTAK BANK", "declined"),
    ("IRCTC", "Mettupalayam - Udagamandalam", "", "rail"),
    ("NILGIRI KITCHEN", "Commercial Road, Ooty", "", "restaurant"),
    ("OOTY STATIONERY MART", "OOTY", "SBI Card", "sms"),
    ("CHARING CROSS BOOK HOUSE", "OOTY", "HSBC", "cardapp"),
]


def card_fmt(rng: random.Random):
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    return fmt


def slip_hdfc(rng: random.Random, font: str, j: Job, c: dict) -> tuple:
    """HDFC Bank's SALE slip at the showroom, its fields one to a line with their colons in a column (DATE,
    TIME, MID, TID, BATCH, INVOICE, CARD with TAP, AUTH CODE, RRN); the sum set large under a rule;
    TRANSACTION APPROVED, PIN VERIFIED OK, MERCHANT COPY)."""
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", c["brand"])
    p.add("center", c["name"], merchant=c["name"])
    p.add("small", c["town"])
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    for lbl, value, facts in (
        ("DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
        ("TIME", c["t"], {}),
        ("MID", c["mid"][:11], {}),
        ("TID", c["tid"], {}),
        ("BATCH", c["batch"][-4:], {}),
        ("INVOICE", c["inv"][-6:], {"txn": (INVOICE_RANK, c["inv"][-6:])}),
        ("CARD", f"{c['scheme']} XX{c['last4']} TAP", {"method": "card"}),
        ("AUTH CODE", c["appr"], {"txn": (APPR_RANK, c["appr"])}),
        ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
    ):
        p.add("left", f"{lbl:<10}: {value}", **facts)
    p.add("rule")
    p.add("big", c["fmt"](j.amount), amount=j.amount)
    p.add("center", "TRANSACTION APPROVED", status=j.status)
    p.add("small", "PIN VERIFIED OK")
    p.add("small", "** MERCHANT COPY **")
    return p.done()


def slip_phonepe(rng: random.Random, font: str, j: Job, c: dict) -> tuple:
    """PhonePe's Smart POS at the Flower Show stall in the Show's days with the sale awaiting the host (SALE;
    DATE, TIME, TID, INVOICE NO, CARD, AMOUNT at the left and the right; TXN PENDING, AWAITING HOST RESPONSE,
    CHECK STATUS BEFORE RETRY)."""
    p = roll(rng, font, [440, 480], [17, 18])
    p.part = "head"
    p.add("center", c["brand"])
    shown = pick(p, "center", [c["name"], c["name"].split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", c["town"])
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
    p.pair("TIME", c["t"])
    p.pair("TID", c["tid"])
    p.pair("INVOICE NO", c["inv"][-6:], txn=(INVOICE_RANK, c["inv"][-6:]))
    p.pair("CARD", f"{c['scheme']} XX{c['last4']}", method="card")
    p.pair("AMOUNT", c["fmt"](j.amount), amount=j.amount)
    p.add("rule")
    p.add("center", "TXN PENDING", status=j.status)
    p.add("small", "AWAITING HOST RESPONSE")
    p.add("small", "CHECK STATUS BEFORE RETRY")
    return p.done()


def slip_idfc(rng: random.Random, font: str, j: Job, c: dict) -> tuple:
    """IDFC FIRST Bank's slip at a Coonoor hotel with a tip (SALE; DATE, TIME, TID, BILL NO, CARD, APPR CODE,
    RRN at the left and the right; AMOUNT, TIP and TOTAL; APPROVED, THANK YOU)."""
    p = roll(rng, font, [440, 480], [17, 18])
    p.part = "head"
    p.add("center", c["brand"])
    p.add("center", c["name"], merchant=c["name"])
    p.add("small", c["town"])
    p.part = "body"
    tip = float(rng.choice([100, 150, 200, 250, 400]))
    base = round(j.amount - tip, 2)
    p.add("center", "SALE")
    p.add("rule")
    p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
    p.pair("TIME", c["t"])
    p.pair("TID", c["tid"])
    p.pair("BILL NO", c["inv"][-6:], txn=(INVOICE_RANK, c["inv"][-6:]))
    p.pair("CARD", f"{c['scheme']} XX{c['last4']}", method="card")
    p.pair("APPR CODE", c["appr"], txn=(APPR_RANK, c["appr"]))
    p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.pair("AMOUNT", c["fmt"](base))
    p.pair("TIP", c["fmt"](tip))
    p.pair("TOTAL", c["fmt"](j.amount), amount=j.amount)
    p.add("center", "APPROVED", status=j.status)
    p.add("small", "THANK YOU. VISIT AGAIN")
    return p.done()


def slip_declined(rng: random.Random, font: str, j: Job, c: dict) -> tuple:
    """Kotak Mahindra Bank's slip at a Coimbatore wool shop DECLINED (51 INSUFFICIENT FUNDS)."""
    p = roll(rng, font, [440, 480], [17, 18])
    if rng.random() < 0.5:
        h269.torn(p)
    p.part = "head"
    p.add("center", c["brand"])
    p.add("center", c["name"], merchant=c["name"])
    p.add("small", c["town"])
    p.part = "body"
    p.add("center", "SALE")
    p.add("rule")
    p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
    p.pair("TIME", c["t"])
    p.pair("TID", c["tid"])
    p.pair("INV NO", c["inv"][-6:], txn=(INVOICE_RANK, c["inv"][-6:]))
    p.pair("CARD", f"{c['scheme']} XX{c['last4']}", method="card")
    p.pair("AMOUNT", c["fmt"](j.amount), amount=j.amount)
    p.add("rule")
    p.add("center", "TXN DECLINED", status=j.status)
    p.add("small", "51 INSUFFICIENT FUNDS")
    p.add("small", "PLEASE RETAIN THIS SLIP")
    return p.done()


def slip_irctc(rng: random.Random, font: str, j: Job, c: dict) -> tuple:
    """IRCTC's e-ticket for the Nilgiri Mountain Railway from Mettupalayam to Udagamandalam (PNR and Train
    No./Name, Date of Journey and Class; Ticket Fare, IRCTC Convenience Fee, Total Fare, Payment Mode,
    Transaction ID and Booked on in shaded labels)."""
    fare = float(rng.randrange(4, 12) * 295)
    conv = 30.0 if rng.random() < 0.5 else 35.4
    j.amount = round(fare + conv, 2)
    p = browser_page(rng, font, "www.irctc.co.in/nget/booking/ticket-print")
    p.part = "head"
    p.add("title", c["name"], merchant=c["name"])
    p.add("small", "Electronic Reservation Slip (ERS)")
    p.add("rule")
    p.part = "body"
    pnr = digits(rng, 10)
    journey = j.date + dt.timedelta(days=rng.randrange(5, 50))
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
    cols(p, "ir0", spec, f"PNR {pnr}", "Booking Status: CNF", txn=(ORDER_RANK, pnr), status=j.status)
    cols(p, "ir1", spec, "Train 56136 NMR PASSENGER", f"Date of Journey {when(journey, '%d-%b-%Y')}")
    p.add("center", "METTUPALAYAM (MTP)  -  UDAGAMANDALAM (UAM)  |  FC")
    p.add("gap")
    tid = digits(rng, 10)
    at = 0.44
    kv(p, "Ticket Fare", f"Rs. {num(fare)}", at=at)
    kv(p, "IRCTC Convenience Fee", f"Rs. {num(conv)}", at=at)
    kv(p, "Total Fare", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    kv(p, "Payment Mode", f"Credit Card ({c['scheme'].title()})", at=at, method="card")
    kv(p, "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    kv(
        p,
        "Booked on",
        when(j.date, rng.choice(["%d-%b-%Y", "%d/%m/%Y"])) + f" {c['t'][:5]}",
        at=at,
        date=j.date,
    )
    return p.done()


def slip_rista(rng: random.Random, font: str, j: Job, c: dict) -> tuple:
    """An Ooty restaurant's bill from Rista settled by card (Bill No., Date, Table; the dishes; Sub Total,
    CGST 2.5%, SGST 2.5%, Grand Total; "Settled: Card", the card and its Auth code)."""
    p = roll(rng, font, [460, 500], [17, 18])
    p.part = "head"
    p.add("center", c["name"], merchant=c["name"])
    p.add("small", f"Nilgiri home food  |  {c['town']}")
    p.add("small", f"GSTIN {gstin_of(rng, '33', 'P')}")
    p.part = "body"
    p.add("center", "TAX INVOICE")
    p.add("rule")
    bno = f"{rng.randrange(1200, 9999)}"
    p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
    p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {c['t'][:5]}", date=j.date)
    p.pair("Table", f"T{rng.randrange(1, 18)}")
    p.add("rule")
    food = 0.0
    for dish, price in rng.sample(
        [
            ("Mushroom pepper fry", 260),
            ("Nilgiri chicken korma", 340),
            ("Kerala parotta", 45),
            ("Veg stew", 220),
            ("Appam (2)", 90),
            ("Carrot halwa", 140),
            ("Masala tea", 40),
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
    p.pair("Grand Total", c["fmt"](j.amount), amount=j.amount)
    p.add("rule")
    p.add("left", "Settled: Card", method="card", status=j.status)
    p.add("left", f"{c['scheme']} XX{c['last4']}  Auth {c['appr']}", txn=(APPR_RANK, c["appr"]))
    p.add("small", "Thank you! Powered by Rista")
    return p.done()


def slip_sbicard_sms(rng: random.Random, font: str, j: Job, c: dict) -> tuple:
    """SBI Card's SMS of a spend on the society's card ("Rs.x spent on your SBI Credit Card ending 1234 at
    <MERCHANT> on <dd/mm/yy>. Trxn. not done by you? Report at ..."; no reference)."""
    j.amount = rupees(rng, 800, 16000, 0.5)
    text = (
        f"Rs.{num(j.amount, 'western')} spent on your SBI Credit Card ending {c['last4']} at {c['name']} on "
        f"{when(j.date, '%d/%m/%y')}. Trxn. not done by you? Report at https://sbicard.com/Dispute"
    )
    p = sms_page(rng, font, "AD-SBICRD", text, j.date)
    p.add("left", text, merchant=c["name"], amount=j.amount, method="card", status=j.status, date=j.date)
    return p.done()


def slip_hsbc(rng: random.Random, font: str, j: Job, c: dict) -> tuple:
    """HSBC India's app with a spend on the society's credit card at an Ooty bookshop ("Today, <hour>"; the
    merchant over its town, the sum, Approved in a capsule; each value over its label: Card, Transaction ID,
    Category; the reward points; no day)."""
    j.amount = rupees(rng, 300, 6000, 0.5)
    p = phone(rng, font, 7, ["", "HSBC India"], dark=False, buttons=("Need help?",))
    band(p, (219, 0, 17))
    app_head(p, "HSBC India", "Credit cards  |  Transaction")
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("center", c["name"], merchant=c["name"])
    p.add("small", f"{c['town']}, IN")
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    chip(p, "Approved", j.status)
    p.add("gap")
    tid = digits(rng, 12)
    vlab(p, "Card", f"Visa Platinum {masked(p.font)}{c['last4']}", bold=False, method="card")
    vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
    vlab(p, "Category", "Books & stationery", bold=False)
    p.add("small", f"+{rng.randrange(6, 90)} reward points")
    return p.done()


CARD_SLIPS = [
    slip_hdfc,
    slip_phonepe,
    slip_idfc,
    slip_declined,
    slip_irctc,
    slip_rista,
    slip_sbicard_sms,
    slip_hsbc,
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's and the stall's terminals and the society's cards elsewhere, in ``CARD_SLIPS``'
    eight layouts (one function each, above), the counter by the receipt's place (``COUNTERS``): Kotak's slip
    is declined (3), the PhonePe POS waits (1), SBI Card's SMS prints no reference (6) and the HSBC app no day
    (7)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=800, high=32000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "phonepe":
        season(j, rng, FLOWER_SHOW, FLOWER_DAYS)
    if layout in ("declined", "idfc"):
        j.amount = rupees(rng, 1200, 22000, 0.5)
    c = {
        "name": name,
        "town": town,
        "brand": brand,
        "scheme": rng.choice(["VISA", "MASTERCARD", "RUPAY"]),
        "last4": digits(rng, 4),
        "appr": digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU),
        "inv": f"{rng.randrange(1, 9999):06d}",
        "batch": f"{rng.randrange(1, 999):06d}",
        "t": f"{rng.randrange(10, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
        "tid": digits(rng, 8),
        "mid": digits(rng, 15),
        "fmt": card_fmt(rng),
    }
    return CARD_SLIPS[k](rng, font, j, c)


# ---------------------------------------------------------------- 11. the bills


TNPDCL = "Tamil Nadu Power Distribution Corporation Ltd."
TNPDCL_TA = "தமிழ்நாடு மின் பகிர்மானக் கழகம்"
VI = "Vodafone Idea Ltd."
HPCL = "Hindustan Petroleum Corporation Ltd."
TACTV = "Tamil Nadu Arasu Cable TV Corporation Ltd."
AIRTEL = "Bharti Airtel Ltd."
AAVIN_AGENT = "Sri Murugan Aavin Agency"
SUN = "Sun Direct TV Pvt. Ltd."


def bill_tnpdcl(rng: random.Random, font: str, j: Job) -> tuple:
    """TNPDCL's online payment receipt for the showroom under its Tamil name (Payment Successful; in a rounded
    card, each label in Tamil with its English after a slash small over its value: மின் இணைப்பு எண் / Service
    No., பயனீட்டாளர் / Consumer, கட்டணத் தொகை / Amount Paid, ரசீது எண் / Receipt No., வங்கி குறிப்பு எண் /
    Bank Ref No., செலுத்திய தேதி / Date of Payment, முறை / Mode)."""
    j.amount = float(rng.randrange(600, 9000))
    p = browser_page(rng, font, "www.tnpdcl.org/onlinepayment/receipt")
    p.part = "head"
    ta(p, TNPDCL_TA, bold=True)
    name = pick(p, "title", [TNPDCL, "TNPDCL"])
    top(p, name, merchant=name)
    p.add("small", "Online bill payment  |  Nilgiris Electricity Distribution Circle")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Successful", status=j.status)
    p.add("gap")
    c = card_open(p)
    p.add("gap")
    rno = f"NL{j.date:%y%m}{digits(rng, 7)}"
    bref = f"IDIB{digits(rng, 10)}"
    ta_lab(
        p,
        "மின் இணைப்பு எண் / Service No.",
        f"09-{rng.randrange(100, 999)}-{rng.randrange(1, 99):02d}-{digits(rng, 4)}",
    )
    ta_lab(p, "பயனீட்டாளர் / Consumer", clip(SOC_CAPS, 30))
    ta_lab(p, "கட்டணத் தொகை / Amount Paid", f"Rs. {num(j.amount)}", amount=j.amount)
    ta_lab(p, "ரசீது எண் / Receipt No.", rno, txn=(INVOICE_RANK, rno))
    ta_lab(p, "வங்கி குறிப்பு எண் / Bank Ref No.", bref, txn=(BANK_RANK, bref))
    ta_lab(p, "செலுத்திய தேதி / Date of Payment", day_as(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
    ta_lab(p, "முறை / Mode", "Net Banking", method="netbanking")
    card_close(p, c)
    return p.done()


def bill_vi(rng: random.Random, font: str, j: Job) -> tuple:
    """The Vi app with the showroom's postpaid bill paid ("Today, <hour>"; Vodafone Idea under the app's bar,
    a scalloped badge, Bill paid, the sum; Vi number and Transaction ID in tiles; Paid via; no day)."""
    j.amount = float(rng.choice([399.0, 499.0, 649.0, 1099.0, 1348.82, 1579.64]))
    p = phone(rng, font, 1, ["", "Vi"], dark=False, buttons=("Done",))
    band(p, (236, 28, 36))
    bar(p, "Vi", VI, merchant=VI)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    h287.burst(p, j.status)
    p.add("center", "Bill paid", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("small", "Postpaid  |  Pugur Kudil showroom line")
    tid = f"VI{digits(rng, 14)}"
    tiles2(
        p, ("Vi number", f"98{digits(rng, 3)} {digits(rng, 5)}"), ("Transaction ID", tid), txn=(TXN_RANK, tid)
    )
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


def bill_hppay(rng: random.Random, font: str, j: Job) -> tuple:
    """HP Pay with an HP Gas refill's payment processing under a spinner (the company under the app's bar, a
    notice; Order No., Amount, Payment mode and Initiated each in a read-only field's box)."""
    j.amount = float(rng.choice([868.5, 873.0, 880.5, 891.0]))
    p = phone(rng, font, 2, ["", "HP Pay"], dark=False, buttons=("Refresh",))
    band(p, (0, 84, 150))
    bar(p, "HP Pay", HPCL, merchant=HPCL)
    h279.spinner(p, (226, 160, 40))
    p.add("center", "Payment processing", status=j.status)
    boxed(
        p,
        "Your bank has not confirmed this payment yet. The refill is booked and will be delivered once "
        "the payment is confirmed.",
        "warn",
    )
    oid = f"HPG{digits(rng, 11)}"
    h273.field(p, "Order No.", oid, txn=(ORDER_RANK, oid))
    h273.field(p, "Amount", f"{rupee_of(p.font)}{num(j.amount)}", amount=j.amount)
    h273.field(p, "Payment mode", "UPI", method="UPI")
    h273.field(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


def bill_tactv(rng: random.Random, font: str, j: Job) -> tuple:
    """TACTV's (Arasu Cable's) e-payment portal with the showroom's cable subscription failed by card in an
    octagon's cross (the reason in a notice; Subscriber ID, Amount, Transaction ID, Card and Attempted on
    against a gutter)."""
    j.amount = float(rng.choice([177.0, 236.0, 354.0, 708.0]))
    p = browser_page(rng, font, "tactv.in/epay/status")
    p.part = "head"
    name = pick(p, "title", [TACTV, "Arasu Cable TV Corporation"])
    top(p, name, merchant=name)
    p.add("small", "Arasu Cable  |  Online subscription payment")
    p.add("rule")
    p.part = "body"
    h294.octa(p, j.status)
    p.add("center", "Payment Failed", status=j.status)
    boxed(
        p,
        "Your card's bank did not authorise this payment. Your subscription has not been renewed; no "
        "money has been charged.",
        "error",
    )
    tid = f"TAC{digits(rng, 12)}"
    at = 0.42
    gutter(p, "tc", "Subscriber ID", f"NLG{digits(rng, 8)}", at=at)
    gutter(p, "tc", "Amount", f"Rs. {num(j.amount)}", at=at, amount=j.amount)
    gutter(p, "tc", "Transaction ID", tid, at=at, txn=(TXN_RANK, tid))
    gutter(p, "tc", "Card", f"RuPay Debit XX{digits(rng, 4)}", at=at, method="card")
    gutter(
        p, "tc", "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=at, date=j.date
    )
    return p.done()


def bill_airtel(rng: random.Random, font: str, j: Job) -> tuple:
    """Airtel's Xstream Fiber payment receipt mail for the office (its sentence; Account number, Receipt
    number, Amount paid, Payment date, Payment mode and Transaction ID in a striped table)."""
    j.amount = float(rng.choice([706.82, 999.0, 1179.82, 1415.82, 1649.0]))
    p = mail_page(
        rng,
        font,
        "Airtel Xstream <noreply@airtel.com>",
        ["Payment received for your Airtel Xstream Fiber", "Thanks for your payment"],
    )
    p.part = "head"
    name = pick(p, "title", [AIRTEL, "Bharti Airtel Limited"])
    top(p, name, merchant=name)
    p.add("small", "Airtel Xstream Fiber  |  Payment receipt")
    p.add("rule")
    p.part = "body"
    prose(
        p,
        "Hi, we have received your payment for your Xstream Fiber connection at Kandal Mund. Thank you!",
        status=j.status,
    )
    rno = f"RCP{j.date:%y%m}{digits(rng, 8)}"
    tid = digits(rng, 14)
    zebra(
        p,
        "at",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        ["Payment details", ""],
        [
            (["Account number", f"2{digits(rng, 9)}"], {}),
            (["Receipt number", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Amount paid", f"Rs. {num(j.amount)}"], {"amount": j.amount}),
            (["Payment date", day_as(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
            (["Payment mode", "UPI"], {"method": "UPI"}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
        ],
        (200, 16, 40),
    )
    return p.done()


def bill_tnpdcl_sms(rng: random.Random, font: str, j: Job) -> tuple:
    """TNPDCL's SMS of a bill payment received ("Dear Consumer, Rs.x received for SC No ... on <dd-mm-yyyy>
    vide Receipt No .... through UPI. -TNPDCL")."""
    j.amount = float(rng.randrange(400, 6000))
    rno = f"NL{j.date:%y%m}{digits(rng, 7)}"
    text = (
        f"Dear Consumer, Rs.{num(j.amount, 'plain', 0)} received for SC No 09-{rng.randrange(100, 999)}-"
        f"{rng.randrange(1, 99):02d}-{digits(rng, 4)} on {when(j.date, '%d-%m-%Y')} vide Receipt No {rno} "
        "through UPI. "
        "Thank you. -TNPDCL"
    )
    p = sms_page(rng, font, "VK-TNPDCL", text, j.date)
    p.add(
        "left",
        text,
        merchant="TNPDCL",
        amount=j.amount,
        date=j.date,
        method="UPI",
        status=j.status,
        txn=(INVOICE_RANK, rno),
    )
    return p.done()


def bill_aavin(rng: random.Random, font: str, j: Job) -> tuple:
    """The Aavin milk agent's monthly card for the office's milk in a Tamil hand on squared paper (the
    agency's name in print on top; "மாதம்" (month) and its month written at the right; the milk and the curd
    with their sums, "மொத்தம்" (total), "ரொக்கம் பெற்றேன்" (I received cash) and the day written at the right;
    no reference)."""
    p = sheet(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(250, 248, 236), (244, 246, 238)])
    h287.decor(p, "squared")
    p.part = "head"
    p.add("gap")
    top(p, AAVIN_AGENT, merchant=AAVIN_AGENT)
    p.add("small", "Aavin milk & curd  |  Kandal, Ooty")
    p.add("gap")
    p.part = "body"
    month_ = j.date.replace(day=1) - dt.timedelta(days=1)
    ta_hand(p, "மாதம்", figure=when(month_, "%b %Y"))
    days_ = rng.randrange(26, 31)
    milk = days_ * rng.choice([27, 30, 54])
    curd = rng.choice([0, 120, 180, 240])
    ta_hand(p, f"பால் {days_} நாள்", figure=str(milk))
    if curd:
        ta_hand(p, "தயிர்", figure=str(curd))
    total_ = milk + curd
    j.amount = float(total_)
    ta_hand(p, "மொத்தம்", figure=f"{total_}/-", amount=j.amount)
    ta_hand(
        p,
        "ரொக்கம் பெற்றேன்",
        figure=when(j.date, rng.choice(["%d/%m/%y", "{d}/%m/%Y"])),
        date=j.date,
        method="cash",
        status=j.status,
    )
    p.add("gap")
    hand(p, "- Murugan", align="r")
    p.add("gap")
    return p.done()


def bill_sun(rng: random.Random, font: str, j: Job) -> tuple:
    """Sun Direct's app with the showroom's DTH recharge done (Sun Direct under the app's bar, a large round
    tick, Recharge successful, the sum; Smart Card No. and Pack, Transaction ID and Recharged on, labels small
    over their values two to a row)."""
    j.amount = float(rng.choice([265.0, 330.0, 399.0, 540.0]))
    p = phone(rng, font, 7, ["", "Sun Direct"], dark=False, buttons=("Done",))
    band(p, (250, 120, 0))
    bar(p, "Sun Direct", SUN, merchant=SUN)
    sicon(p, j.status)
    p.add("center", "Recharge successful", status=j.status)
    p.add("big", f"{rupee_of(p.font)}{num(j.amount, 'indian')}", amount=j.amount)
    p.add("small", "Paid by UPI", method="UPI")
    p.add("gap")
    tid = f"SD{digits(rng, 13)}"
    two_up(p, "sd1", ("Smart Card No.", digits(rng, 11)), ("Pack", "Tamil Value HD"))
    p.add("gap")
    two_up(
        p,
        "sd2",
        ("Transaction ID", tid),
        ("Recharged on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
        txn=(TXN_RANK, tid),
        date=j.date,
    )
    return p.done()


UTILITY_BILLS = [
    bill_tnpdcl,
    bill_vi,
    bill_hppay,
    bill_tactv,
    bill_airtel,
    bill_tnpdcl_sms,
    bill_aavin,
    bill_sun,
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's and the office's bills, in ``UTILITY_BILLS``' eight layouts (one function each,
    above): TACTV's page fails (3), HP Pay waits (2), the Aavin card prints no reference (6) and the Vi app no
    day (1)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=400, high=16000)
    return UTILITY_BILLS[k](rng, font, j)


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Indian Bank", "VM-INDBNK", "SELVI TAILORING", "UPI", "tamil"),
    ("HDFC Bank", "VK-HDFCBK", "BLUE MOUNTAIN PRINTERS", "UPI", "sms"),
    ("Axis Bank", "AX-AXISBK", "VELMURUGAN YARN TRADERS", "NEFT", "sms"),
    ("ICICI Bank", "JD-ICICIB", "SRI MURUGAN CARTONS", "IMPS", "sms"),
    ("City Union Bank", "BZ-CUBLTD", "KOVAI KRAFT PACKAGING", "IMPS", "thread"),
    ("Bank of India", "AD-BOIIND", "NILGIRI NEEDLE AND THREA", "UPI", "sms"),
    ("IDBI Bank", "", "SRI KAMATCHI TEXTILES", "RTGS", "mail"),
    ("Indian Bank", "", "BLUE DART EXPRESS LTD", "NEFT", "lock"),
]


def alert_tamil(rng: random.Random, font: str, j: Job, a: dict) -> tuple:
    """Indian Bank's SMS in Tamil in a bubble of the phone's messages thread under its day divider ("அன்புள்ள
    வாடிக்கையாளரே, உங்கள் கணக்கு XX1234 இலிருந்து <dd-mm-yyyy> அன்று UPI மூலம் <PAYEE> க்கு ரூ. x
    அனுப்பப்பட்டது. குறிப்பு எண் .... -Indian Bank" (Dear customer, Rs. x has been sent from your account
    XX1234 on <day> by UPI to <PAYEE>; reference number ...))."""
    p = phone(rng, font, 0, [a["sender"]], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 1")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s_ = len(p.rows)
    text = (
        f"அன்புள்ள வாடிக்கையாளரே, உங்கள் கணக்கு XX{a['tail4']} இலிருந்து {when(j.date, '%d-%m-%Y')} அன்று "
        "UPI "
        f"மூலம் {a['to']} க்கு ரூ. {a['amt']} அனுப்பப்பட்டது. குறிப்பு எண் {a['ref']}. -Indian Bank"
    )
    ta_wrap(p, text, share=0.86, scale=0.94, **a["facts"])
    h273.bubble(p, s_, hhmm(rng, lower=True))
    return p.done()


def alert_sms(rng: random.Random, font: str, j: Job, a: dict) -> tuple:
    """SMS in HDFC Bank's ("Sent Rs.x From HDFC Bank A/C x1234 To <PAYEE> On <dd/mm/yy> Ref ... Not You?
    ..."), Axis Bank's ("NEFT of INR x to <PAYEE> from A/c no. XX1234 is under process on <dd-mm-yyyy>. UTR
    .... - Axis Bank"), ICICI Bank's ("Your IMPS transaction of Rs x to <PAYEE> on <dd-Mon-yy> could not be
    processed. Amount, if debited, will be credited back to a/c XX1234. Ref .... -ICICI Bank") and Bank of
    India's ("BOI - Rs.x debited from A/c XX1234 on <dd-mm-yyyy> by UPI to <PAYEE>. Avl Bal Rs.y"; no
    reference) wordings."""
    bank, to, amt, ref, tail4 = a["bank"], a["to"], a["amt"], a["ref"], a["tail4"]
    if bank == "HDFC Bank":
        text = (
            f"Sent Rs.{amt} From HDFC Bank A/C x{tail4} To {to} On {when(j.date, '%d/%m/%y')} Ref {ref} Not "
            "You? "
            "Call 18002586161/SMS BLOCK UPI to 7308080808"
        )
    elif bank == "Axis Bank":
        text = (
            f"NEFT of INR {amt} to {to} from A/c no. XX{tail4} is under process on "
            f"{when(j.date, '%d-%m-%Y')}. "
            f"UTR {ref}. - Axis Bank"
        )
    elif bank == "ICICI Bank":
        text = (
            f"Your IMPS transaction of Rs {amt} to {to} on {when(j.date, '%d-%b-%y')} could not be "
            "processed. "
            f"Amount, if debited, will be credited back to a/c XX{tail4}. Ref {ref}. -ICICI Bank"
        )
    else:
        text = (
            f"BOI - Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d-%m-%Y')} by UPI to {to}. Avl "
            "Bal "
            f"Rs.{a['bal']}"
        )
    p = sms_page(rng, font, a["sender"], text, j.date)
    p.add("left", text, **a["facts"])
    return p.done()


def alert_thread(rng: random.Random, font: str, j: Job, a: dict) -> tuple:
    """City Union Bank's SMS in the phone's thread under its "Today" divider ("CUB: Rs.x transferred to
    <PAYEE> from a/c XX1234 thru IMPS. Ref No .... Not you? Call 1800 258 1880"; no day)."""
    p = phone(rng, font, 4, [a["sender"]], dark=False, buttons=())
    p.part = "body"
    p.add("small", "Text message  |  SIM 2")
    divider(p, "Today")
    p.add("gap")
    s_ = len(p.rows)
    prose(
        p,
        f"CUB: Rs.{a['amt']} transferred to {a['to']} from a/c XX{a['tail4']} thru IMPS. Ref No {a['ref']}. "
        "Not "
        "you? Call 1800 258 1880",
        **a["facts"],
    )
    h273.bubble(p, s_, hhmm(rng, lower=True))
    return p.done()


def alert_mail(rng: random.Random, font: str, j: Job, a: dict) -> tuple:
    """IDBI Bank's mail of a debit ("Your account XX1234 has been debited with INR x on <dd/mm/yyyy> towards
    RTGS to <PAYEE>. UTR: ...")."""
    p = mail_page(
        rng,
        font,
        "IDBI Bank <alerts@idbi.co.in>",
        ["Debit alert: RTGS from your account", "Transaction alert from IDBI Bank"],
    )
    p.part = "head"
    top(p, "IDBI Bank")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Customer,")
    prose(
        p,
        f"Your account XX{a['tail4']} has been debited with INR {a['amt']} on {when(j.date, '%d/%m/%Y')} "
        "towards RTGS to "
        f"{a['to']}. UTR: {a['ref']}.",
        **a["facts"],
    )
    p.add("gap")
    prose(p, "If you have not done this transaction, please call 1800-209-4324 immediately.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "IDBI Bank Ltd. This is a system-generated mail; please do not reply.")
    return p.done()


def alert_lock(rng: random.Random, font: str, j: Job, a: dict) -> tuple:
    """Indian Bank's IndOASIS notification on the phone's lock screen under its clock ("IndOASIS . now"; "Rs.x
    debited from A/c XX1234 on <dd-mm-yy> by NEFT to <PAYEE>. UTR ..."; another notification under it)."""
    p = phone(rng, font, 7, [""], dark=True, buttons=())
    p.part = "body"
    h287.clock(p, f"{rng.randrange(6, 12)}:{rng.randrange(60):02d}")
    p.add("small", when(j.date, "%A, {d} %B"))
    p.add("gap")
    c = card_open(p)
    dot = chr(0xB7) if glyphs(p.font, chr(0xB7)) else "-"
    p.add("left", f"IndOASIS  {dot}  now")
    prose(
        p,
        f"Rs.{a['amt']} debited from A/c XX{a['tail4']} on {when(j.date, '%d-%m-%y')} by NEFT to {a['to']}. "
        "UTR "
        f"{a['ref']}.",
        **a["facts"],
    )
    card_close(p, c)
    p.add("gap")
    c2 = card_open(p)
    p.add("left", f"WhatsApp  {dot}  {rng.randrange(5, 50)}m")
    p.add("left", "Sinthiya: Runners packed for Bengaluru")
    card_close(p, c2)
    return p.done()


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the society's payments (``ALERTS``: the bank, its sender, the payee as it cuts it,
    the way and the frame by the receipt's place), drawn by this family's five frames (one function each,
    above): ICICI Bank's SMS fails (3), Axis Bank's waits (2), Bank of India's prints no reference (5) and
    City Union Bank's under "Today" no day (4)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 480000, 0.3)
    method = "UPI" if way == "UPI" else "netbanking"
    ref = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    if j.no_day and way in ("UPI", "IMPS"):
        ref = digits(rng, 12)
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if ref:
        facts["txn"] = (UTR_RANK, ref)
    a = {
        "bank": bank,
        "sender": sender,
        "to": to,
        "amt": num(j.amount, rng.choice(["indian", "western", "plain"])),
        "bal": num(rupees(rng, 30000, 800000), rng.choice(["indian", "plain"])),
        "ref": ref,
        "tail4": digits(rng, 4),
        "facts": facts,
    }
    frames = {
        "tamil": alert_tamil,
        "sms": alert_sms,
        "thread": alert_thread,
        "mail": alert_mail,
        "lock": alert_lock,
    }
    return frames[frame](rng, font, j, a)

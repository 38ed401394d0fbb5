"""The twelve heldout295 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a zardozi karkhana's year of 2026 in the old city of Bareilly, Uttar Pradesh
(Naqsh Zardozi Udyog, Mohd. Nafees Ansari's proprietary firm, whose karigars sit round the adda, the wooden
frame the velvet or silk is stretched on, and couch on it with a hooked aari and a needle the gold and silver
of zardozi: kasab and tilla laid and caught down, dabka and nakshi coils cut and threaded, salma, sitara, moti
and katdana, over the khaka's design pounced on the cloth in blue neel; its bridal lehengas, sherwanis,
dupattas, kurta yokes, potli bags and clutches, cushion covers, table runners, wall hangings, bullion-wire
blazer badges and job work on couture houses' panels; its karkhana, Naqsh Karkhana in Mohalla Zakhira; its
showroom in Kutubkhana Bazaar, Zari Mahal; stall 61 in the Taj Mahotsav's Shilpgram at Agra; the web shop
zarimahal.in; buyers at home and abroad), told by the proofs of payment it receives (buyers' PhonePe, Paytm,
WhatsApp Pay, CRED, Amazon Pay, Navi and BHIM screens and PhonePe Business on the showroom's phone;
QuickBooks, ICICI Bank CIB, Cashfree Payouts, the Central Cottage Industries Corporation's advice, TallyPrime,
Vyapar, Axis Bank's neo and a school bursar's plain-text mail; Emirates NBD, HSBC UK, BNP Paribas, UBS, NBK,
Chase, Maybank and MUFG Bank; its own Swipe invoice, a Shopify mail, Razorpay's failed page, the Mahotsav
stall's cash memo, a bridal order form, CCAvenue, a Zoho Books receipt and a WhatsApp Business message) and
those it makes (a Surat zari maker's invoice with a sticky note, a Kinari Bazaar sitara house's rough bill,
Udaan, Amazon Business, the Professional Couriers, a carton maker's bill, the khaka maker's Paytm for Business
and a Varanasi brocade house's invoice; PNB ONE, YONO Business, bob World, Uttar Pradesh Gramin Bank's
passbook, HDFC Bank NetBanking, AU 0101, UCO mBanking Plus and PNB's customer advice; a weekly wage sheet,
greytHR's payslip, Airtel Thanks, Fi, a sitara worker's receipt with her thumb, an eidi voucher, slice and
POP; Nagar Nigam Bareilly, the GST portal, EPFO, Passport Seva, the Taj Mahotsav Samiti, Nivesh Mitra, the
Income Tax challan and Legal Metrology; eight insurers; cards on the showroom's, the stall's and the phone's
terminals and at a hotel, a restaurant, a fuel station and a kabab house; MVVNL, JioFiber, BSNL, the Jal Kal
Vibhag, Bharatgas, Airtel Digital TV, bob FASTag and Airtel Xstream Fiber; the banks' SMS, a Hindi SMS on a
keypad phone, a lock screen, a mail, a notification shade and a WhatsApp Banking message). Every row is added
to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the units' lines, salutations, Urdu and Hindi lines (but a bank's SMS in Hindi, whose
figures and payee carry the facts), items, bills, counts, rates, days in a muster's boxes, GST, TDS, tips,
charges, fees, balances, sums insured, rewards and their coins, a soundbox's words, periods, months, wage and
bill months, financial years, invoice, bill, due and print days, account, policy, proposal, application,
house, connection, consumer, customer, vehicle, tag, employee, establishment and card numbers, PAN, GSTIN,
Udyam numbers, IFSC, SWIFT/BIC and BSR codes, UPI IDs, consignment, AWB, E-Way Bill and khaka numbers, bills
named on an advice or a receipt, a payer's own "Your reference", other notifications and chats, zardozi
panels, zari borders, sitaras, stages, notices, tiles, tabs, folding heads, stamps (but a dater stamp's day
where its page prints no other), thumbs, signatures, sticky notes' initials, keypads and adda carry no fact.
``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and
``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money``
heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs``
heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's;
``code`` and ``digits`` heldout14's; heldout269's rows (``cols``, ``zebra``, ``kv``, ``kvr``, ``total``,
``strip``, ``sms_page``, ``comb``, ``bars``, ``mono``, a thumb's box, a roll's torn edges), heldout271's
(``grid``, ``colkv``, ``dots``, ``fill``, ``fill2``, ``perf``, ``hand``, ``amtbox``, ``tt``, ``step``,
``rstamp``, tinted cards), heldout273's (``hcells``, ``ledger``, ``bubble``, ``panel``, ``pill``, ``track``,
``field``, ``tick``), heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``tabs``, ``sticky``,
``holes``, a chat's payment card), heldout277's (``days_grid``), heldout279's (``phone``, ``band``,
``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``, a ticket's card), heldout287's (Devanagari lines,
``notice``, ``tile``, ``burst``, ``oval``, ``tiles2``, ``vlab``, ``vname``, ``copyrow``, ``speaker``,
``clock``) and heldout289's (``chip``, ``steps``, ``shade_pull``), written in this set's pens and printers'
faces. ``compose`` is heldout158's (as heldout269's to heldout293's), each page's rows drawn by heldout289's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: Urdu lines in Noto Nastaliq Urdu shaped by Raqm and set right to left; a zardozi panel as a letterhead's
emblem (two butas couched in rows of gold from rim to heart on a velvet with its sheen, sitaras round them, a
dabka border); a zari border as a divider (a twisted kasab cord on velvet, sitaras at its turns, dabka loops
along its edges); a folding section's head (its chevron down or sideways); a browser's print lines at a
printed page's head and foot; a shop's rectangular dater stamp with its day, tilted; sitaras spilled in a
page's margins; a thumb's impression inked as a whorl in its box; and, after the frame, the adda a page is
photographed lying on (the velvet half worked, butas in gold and others only pounced in neel, the laced beams)
or the keypad phone a screen is shown in. The pages' layouts and wordings are this set's own."""

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
    GREEN,
    MARGIN,
    ORDER_RANK,
    RED,
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
from bench.receipt_sets.heldout271_families import amtbox, card_close, card_open, colkv, dots, grid, tt
from bench.receipt_sets.heldout273_families import bubble, hcells, ledger, panel, pill, track
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sicon, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, native, notice, tiles2, vlab, vname

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
# the hands that write on this set's papers: italics and obliques in another mix than heldout292's and
# heldout293's
PENS = [
    "freefont/FreeSansOblique.ttf",
    "liberation/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
]
INKS = [(22, 44, 150), (30, 30, 86), (44, 36, 40), (12, 76, 120), (96, 26, 70)]
# the faces a page's fixed-width lines are printed in (a branch's passbook printer, a billing program's)
TYPES = [
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
# Urdu in Noto Nastaliq Urdu (fonts-noto-core), shaped by Raqm and set right to left
URDU = "noto/NotoNastaliqUrdu-Regular.ttf"
URDU_BOLD = "noto/NotoNastaliqUrdu-Bold.ttf"
# zardozi's colours: the velvet a karigar stretches on the adda, the gold of its kasab, dabka and sitara
VELVET = [(112, 18, 42), (22, 70, 52), (28, 30, 84), (58, 20, 62)]
GOLD = [(214, 172, 64), (238, 206, 118), (176, 134, 52)]
SILVER = (206, 208, 214)
NEEL = (62, 96, 178)

# ---------------------------------------------------------------- the firm

FIRM = "Naqsh Zardozi Udyog"
FIRM_CAPS = FIRM.upper()
FIRM_UR = "نقش زردوزی ادیوگ"
FIRM_HI = "नक़्श ज़रदोज़ी उद्योग"
# the proprietor's account as a bank's field cuts it
CUT = "MOHD NAFEES ANSARI PROP NA"
SHOP = "Zari Mahal"
SHOP_CAPS = SHOP.upper()
SHOP_UR = "زری محل"
KARKHANA = "Naqsh Karkhana"
KARKHANA_UR = "نقش کارخانہ"
WEB = "zarimahal.in"
GSTIN = "09BKWPA4816M1Z7"
PAN = "BKWPA4816M"
UDYAM = "UDYAM-UP-11-0052947"
PROP = "Mohd. Nafees Ansari"
OWNER_CAPS = "MOHD NAFEES ANSARI"
SON = "Faizan Ansari"
KEEPER = "Shabana Parveen"
USTAD = "Ustad Abdul Rasheed"
ADDRESS = "Naqsh Karkhana, Mohalla Zakhira, Old City, Bareilly - 243003 (U.P.)"
TOWN = "Mohalla Zakhira, Bareilly - 243003"
SHOP_AT = "12, Kutubkhana Bazaar, Bareilly - 243003"
BANK_LINE = "Punjab National Bank, Kutubkhana Branch, Bareilly"
BIC = "PUNBINBBBRY"
IFSC_OWN = "PUNB0248700"
# the Taj Mahotsav at Shilpgram, Agra, 18 to 27 February 2026 (stall 61 in its crafts bazaar)
MAHOTSAV = dt.date(2026, 2, 18)
STALL = "Stall 61, Shilpgram, Taj Mahotsav, Agra"
# Eid ul-Fitr 2026 (20 March): the karigars' eidi is paid in the ten days before it
EID = dt.date(2026, 3, 20)
IFSC = {
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "UCO Bank": "UCBA",
    "Uttar Pradesh Gramin Bank": "PUNB",
    "AU Small Finance Bank": "AUBL",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "Kotak Mahindra Bank": "KKBK",
    "IndusInd Bank": "INDB",
    "Central Bank of India": "CBIN",
}
# the firm's work: name, HSN, price each (low, high)
WORKS = [
    ("Bridal lehenga, velvet, zardozi in dabka and nakshi", "6204", 38000, 92000),
    ("Sherwani, raw silk, zardozi collar and buttis", "6203", 14000, 32000),
    ("Dupatta, georgette, zari border and sitara buttis", "6214", 2400, 6800),
    ("Potli bag, velvet, zardozi", "4202", 450, 1200),
    ("Clutch, raw silk, kora and dabka", "4202", 900, 2400),
    ("Cushion covers, velvet, zardozi, set of 2", "6304", 1400, 3200),
    ("Blazer badge, bullion wire crest", "5810", 180, 650),
    ("Wall hanging, zardozi peacock on velvet", "5810", 2200, 5600),
    ("Table runner, silk, zari border", "6304", 1200, 2800),
    ("Kurta yoke, zardozi, ready to stitch", "5810", 1600, 4200),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Bridal lehenga, velvet, zardozi in dabka and nakshi": "Bridal lehenga",
    "Sherwani, raw silk, zardozi collar and buttis": "Sherwani",
    "Dupatta, georgette, zari border and sitara buttis": "Dupatta",
    "Potli bag, velvet, zardozi": "Potli bag",
    "Clutch, raw silk, kora and dabka": "Clutch",
    "Cushion covers, velvet, zardozi, set of 2": "Cushion covers (2)",
    "Blazer badge, bullion wire crest": "Blazer badge",
    "Wall hanging, zardozi peacock on velvet": "Wall hanging",
    "Table runner, silk, zari border": "Table runner",
    "Kurta yoke, zardozi, ready to stitch": "Kurta yoke",
}
CUSTOMERS = [
    "Mrs. Farah Naqvi",
    "Mr. Saurabh Agarwal",
    "Dr. Ayesha Siddiqui",
    "Ms. Ritika Khandelwal",
    "Mr. Danish Rizvi",
    "Mrs. Kavita Saxena",
    "Ms. Mehwish Qureshi",
]
# the karigars at the adda, the women who work sitara and dabka at home, the khaka maker
KARIGARS = [
    "Irfan Ali",
    "Shakeel Ahmad",
    "Mohd. Aslam",
    "Rahees Khan",
    "Nazma Begum",
    "Shabnam Bano",
    "Gulshan Ara",
    "Imran Qureshi",
]
STAFF = ["Shabana Parveen", "Arif Hussain"]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's pieces sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 4) if hi < 3000 else 1
        if "badge" in name:
            q = rng.randrange(10, 60)
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 10 if hi < 1000 else 50))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Mahotsav's, Eid's), its UPI / card reference made again for it."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_for(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "PUNB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def gstin_of(rng: random.Random, state: str = "09", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def bare_words(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def initials(name: str) -> str:
    words_ = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words_[0][0] + (words_[1][0] if len(words_) > 1 else "")).upper()


def fits_left(p: Screen, text: str, scale: float = 1.0) -> bool:
    return load_font(p.font, int(p.style["size"] * scale)).getlength(text) <= room_of(p)


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h295", {"marks": {}, "stamps": [], "decor": [], "frame": None})


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


def typeface(p: Screen) -> str:
    """The page's fixed-width face (this set's, in heldout271's slot)."""
    x = h271.ext(p)
    if "tt" not in x:
        x["tt"] = p.rng.choice(TYPES)
    return x["tt"]


def sheet_page(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    hand_pen(p)
    typeface(p)
    return p


def write(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    hand_pen(p)
    h271.hand(p, text, align=align, **facts)


def blank(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    hand_pen(p)
    h271.fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    typeface(p)
    tt(p, text, scale=scale, **facts)


def lines_of(p: Screen, text: str, scale: float = 1.0, share: float = 1.0) -> list[str]:
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


def para(p: Screen, text: str, kind_: str = "left", share: float = 1.0, **facts) -> None:
    """A sentence set left in as many lines as it needs (the facts on its first line)."""
    scale = 0.8 if kind_ == "small" else 1.0
    for n_, line in enumerate(lines_of(p, text, scale, share)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def lab(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lab95", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab95"] = 0.78
    h269.row(p, "lab95", text, **facts)


def hindi(p: Screen, text: str, **kw) -> None:
    """heldout287's native line in Devanagari, here for Hindi (a name beside its English, a heading)."""
    native(p, text, **kw)


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


# ---------------------------------------------------------------- this set's rows and marks


def urdu(p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, align: str = "c") -> None:
    """A line in Urdu (a karkhana's, a shop's or an office's name beside its English, a heading), in Noto
    Nastaliq Urdu shaped by Raqm and set right to left, its words set a little apart; Nastaliq's tall
    letters and deep descents take two lines."""
    face_name = URDU_BOLD if bold else URDU
    size = int(p.style["size"] * scale * 0.86)
    assert glyphs(face_name, text.replace(" ", "")), text
    assert load_font(face_name, size).getlength(_spaced(text)) <= room_of(p), text
    put(p, "t95ur", text, mark_=[scale, bold, align])
    p.add("gap")


def _spaced(text: str) -> str:
    return text.replace(" ", "  ")


def buta(p: Screen) -> None:
    """A zardozi panel as a letterhead's emblem: a rounded piece of velvet, two butas (paisleys) facing each
    other couched in rows of gold kasab from their rims to their hearts, a sitara (sequin) at each heart and
    a ring of them round each buta, a flower of nakshi dots between them and a border of dabka coils round
    the panel; centred, three lines high."""
    put(p, "t95bt", "", mark_=[p.rng.randrange(len(VELVET)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def zari_border(p: Screen) -> None:
    """A zari border as a divider across the page: a band of velvet, a twisted cord of gold kasab along its
    middle, a sitara above and below it at every turn of the cord and a row of dabka loops along both its
    edges; one line high."""
    put(p, "t95zb", "", mark_=[p.rng.randrange(len(VELVET)), p.rng.randrange(10**6)])


def dater(
    p: Screen, word: str, day: str, foot: str, *, colour: str = "red", at: float = 0.6, **facts
) -> None:
    """A shop's rectangular dater stamp pressed at the right (``at`` of the room in), a little askew: a
    double rule round it, ``word`` (PAID, RECEIVED) over the day set in the dater's rubber band of figures
    and months, ``foot`` (the shop) under it; the rows beside it left empty (three lines)."""
    bold = bold_of(p.font)
    assert glyphs(bold, word + day + foot), (word, day, foot)
    width_ = (
        max(
            load_font(bold, int(p.style["size"] * 1.05)).getlength(day),
            load_font(bold, int(p.style["size"] * 0.72)).getlength(foot),
        )
        + 40
    )
    assert at * room_of(p) + width_ <= room_of(p) + 8, (day, foot)
    ink = {"red": [188, 36, 48, 215], "violet": [96, 50, 160, 215], "blue": [28, 70, 170, 215]}[colour]
    put(p, "t95dt", word, day, foot, mark_=[ink, at, p.rng.uniform(-5, 5)], **facts)
    p.add("gap")
    p.add("gap")


def fold_row(p: Screen, title: str, *, open_: bool = True) -> None:
    """An app's section that folds: its title in bold at the left, a chevron at the right (down where the
    section is open, its rows under it; sideways where it is shut), a hairline under the row."""
    bold = bold_of(p.font)
    assert glyphs(bold, title) and load_font(bold, p.style["size"]).getlength(title) + 40 <= room_of(p), title
    put(p, "t95fd", title, mark_=[open_])


def printed(p: Screen, left: str, right: str) -> None:
    """A line a browser prints at a page's head or foot when it is printed: small, in the label's ink, the
    day and hour of printing or the page's address at the left and the page's title or number at the
    right."""
    face = load_font(p.font, int(p.style["size"] * 0.7))
    assert glyphs(p.font, left + right), (left, right)
    assert face.getlength(left) + face.getlength(right) + 30 <= room_of(p) + 40, (left, right)
    put(p, "t95pr", left, right)


def sequins(p: Screen) -> None:
    """Sitaras spilled on the page from the karkhana's trays: a few gold and silver sequins, each a disc with
    its hole and a glint, lying in its margins."""
    ext(p)["decor"].append(["sequins", p.rng.randrange(10**6)])


def on_adda(p: Screen) -> None:
    """The page photographed lying on a karkhana's adda: the velvet stretched on the frame with its
    zardozi half worked (gold butas done, others still only the khaka's blue pounced dots), the frame's two
    wooden beams with the cloth laced to them, the page's shadow on the velvet."""
    ext(p)["frame"] = ["adda", p.rng.randrange(len(VELVET)), p.rng.randrange(10**6)]


def thumb(p: Screen) -> None:
    """heldout269's box for a thumb's impression at the right, pressed with a thumb inked on a stamp pad: a
    whorl of ridges turning out from its core, blotted where the pad was wet and faint where it was dry."""
    h269.thumb(p, "Left thumb|impression")
    ext(p)["decor"].append(["thumb", len(p.rows) - 3, p.rng.randrange(10**6)])


def on_keypad(p: Screen) -> None:
    """The screen of a keypad phone: its small green-grey screen in the phone's dark body, the two soft keys'
    labels under it, the call keys and the keypad's rounded keys with their figures below."""
    ext(p)["frame"] = ["keypad", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _paisley(
    cx: float, cy: float, r: float, lean: float, turn: float, flip: bool
) -> list[tuple[float, float]]:
    """A buta's outline: a teardrop round (``cx``, ``cy``) whose point curls over (``lean``), turned by
    ``turn`` and mirrored where ``flip``."""
    pts = []
    for n in range(72):
        t = n / 72 * math.tau
        x = r * math.sin(t) * abs(math.sin(t / 2)) ** 1.1
        y = -r * math.cos(t) * 1.15
        up = max(0.0, -y / (r * 1.15))
        x += lean * r * up**2.4
        if flip:
            x = -x
        c, s = math.cos(turn), math.sin(turn)
        pts.append((cx + x * c - y * s, cy + x * s + y * c))
    return pts


def _scaled(pts: list[tuple[float, float]], hx: float, hy: float, k: float) -> list[tuple[float, float]]:
    return [(hx + (x - hx) * k, hy + (y - hy) * k) for x, y in pts]


def _sitara(draw, x: float, y: float, r: float, metal, ground) -> None:
    """A sequin: a metal disc, its hole, a glint."""
    draw.ellipse((x - r, y - r, x + r, y + r), fill=metal)
    h = max(0.8, r * 0.34)
    draw.ellipse((x - h, y - h, x + h, y + h), fill=ground)
    if r >= 2.5:
        draw.arc((x - r + 1, y - r + 1, x + r - 1, y + r - 1), 200, 250, fill=(255, 250, 226), width=1)


def _buta(draw, cx: float, cy: float, r: float, ground, flip: bool, srng: random.Random) -> None:
    """One buta couched in gold: the shape laid in antique gold, rows of bright kasab from rim to heart, a
    silver sitara at its heart and gold ones round it."""
    pts = _paisley(cx, cy, r, 0.9, srng.uniform(-0.25, 0.25), flip)
    hx, hy = cx, cy + r * 0.3
    draw.polygon(pts, fill=GOLD[2])
    for n, k in enumerate((1.0, 0.82, 0.66, 0.5, 0.34)):
        ring_ = _scaled(pts, hx, hy, k)
        draw.line([*ring_, ring_[0]], fill=GOLD[n % 2], width=2 if n % 2 == 0 else 1)
    _sitara(draw, hx, hy, max(2.2, r * 0.14), SILVER, ground)
    outer = _scaled(pts, hx, hy, 1.28)
    for n in range(0, len(outer), 9):
        _sitara(draw, outer[n][0], outer[n][1], max(1.6, r * 0.085), GOLD[0], ground)


def _panel(draw, cx: float, cy: float, w: float, h: float, ground, seed: int) -> None:
    """The zardozi panel: velvet with its sheen, a dabka border, two butas facing, nakshi between."""
    srng = random.Random(seed)
    x0, y0, x1, y1 = cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
    draw.rounded_rectangle((x0, y0, x1, y1), radius=8, fill=ground)
    for xx in range(int(x0) + 4, int(x1) - 4, 3):
        share = 0.05 + 0.05 * math.sin((xx - x0) / w * math.pi * 1.6 + 0.4)
        draw.line((xx, y0 + 3, xx, y1 - 3), fill=_tint((255, 255, 255), ground, share), width=1)
    step = 6.0
    for side in range(4):
        length = (x1 - x0 - 14) if side % 2 == 0 else (y1 - y0 - 14)
        n = int(length // step)
        for k in range(n + 1):
            t = k * length / max(1, n)
            if side == 0:
                px, py = x0 + 7 + t, y0 + 6
            elif side == 1:
                px, py = x1 - 6, y0 + 7 + t
            elif side == 2:
                px, py = x0 + 7 + t, y1 - 6
            else:
                px, py = x0 + 6, y0 + 7 + t
            draw.ellipse((px - 2.2, py - 2.2, px + 2.2, py + 2.2), outline=GOLD[k % 2], width=1)
    r = h * 0.3
    _buta(draw, cx - w * 0.22, cy - h * 0.02, r, ground, False, srng)
    _buta(draw, cx + w * 0.22, cy - h * 0.02, r, ground, True, srng)
    for n in range(6):
        a = n * math.tau / 6
        px, py = cx + math.cos(a) * h * 0.11, cy + math.sin(a) * h * 0.11
        draw.ellipse((px - 2.4, py - 2.4, px + 2.4, py + 2.4), fill=GOLD[n % 2])
    _sitara(draw, cx, cy, 3.4, SILVER, ground)


def _zari(draw, x0: float, x1: float, y0: float, y1: float, ground, seed: int) -> None:
    """A band of velvet, a twisted cord of kasab along it, sitaras at its turns, dabka at its edges."""
    srng = random.Random(seed)
    draw.rectangle((x0, y0, x1, y1), fill=ground)
    mid = (y0 + y1) / 2
    h = y1 - y0
    pitch = srng.choice([6, 7])
    xx = x0 + 8
    while xx < x1 - 10:
        draw.line((xx, mid - h * 0.16, xx + pitch * 0.8, mid + h * 0.16), fill=GOLD[0], width=3)
        draw.line((xx + 1, mid - h * 0.16, xx + pitch * 0.8 + 1, mid + h * 0.16), fill=GOLD[1], width=1)
        xx += pitch
    gap = srng.choice([26, 30, 34])
    n = 0
    xx = x0 + 16
    while xx < x1 - 14:
        yy = mid - h * 0.33 if n % 2 == 0 else mid + h * 0.33
        _sitara(draw, xx, yy, 2.6, GOLD[0] if n % 3 else SILVER, ground)
        xx += gap / 2
        n += 1
    for yy, a0, a1 in ((y0 + 3, 0, 180), (y1 - 3, 180, 360)):
        xx = x0 + 4
        while xx < x1 - 6:
            draw.arc((xx, yy - 2.5, xx + 5, yy + 2.5), a0, a1, fill=GOLD[2], width=1)
            xx += 5


def _dater(page: Image.Image, font: str, row: tuple, mark_, top_y: float, line: int, size: int, width: int):
    """The dater stamp's impression: its rules, word, day and shop in the stamp pad's ink, tilted."""
    ink, at, angle = mark_
    word, day, foot = row[1], row[2], row[3]
    bold = bold_of(font)
    f_word = load_font(bold, int(size * 0.8))
    f_day = load_font(bold, int(size * 1.05))
    f_foot = load_font(bold, int(size * 0.72))
    w_ = int(max(f_day.getlength(day), f_foot.getlength(foot), f_word.getlength(word)) + 34)
    h_ = int(line * 2.6)
    layer = Image.new("RGBA", (w_, h_), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    colour = tuple(ink)
    d.rectangle((2, 2, w_ - 3, h_ - 3), outline=colour, width=2)
    d.rectangle((6, 6, w_ - 7, h_ - 7), outline=colour, width=1)
    d.text((w_ / 2, h_ * 0.24), word, font=f_word, fill=colour, anchor="mm")
    d.line((12, h_ * 0.39, w_ - 12, h_ * 0.39), fill=colour, width=1)
    d.text((w_ / 2, h_ * 0.56), day, font=f_day, fill=colour, anchor="mm")
    d.line((12, h_ * 0.72, w_ - 12, h_ * 0.72), fill=colour, width=1)
    d.text((w_ / 2, h_ * 0.85), foot, font=f_foot, fill=colour, anchor="mm")
    srng = random.Random(f"{day}{foot}")
    for _ in range(int(w_ * h_ / 90)):
        px, py = srng.uniform(0, w_), srng.uniform(0, h_)
        d.point((px, py), fill=(0, 0, 0, 0))
    turned = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
    x = int(MARGIN + at * (width - 2 * MARGIN))
    x = min(x, page.width - turned.width - 4)
    base = page.convert("RGBA")
    sheet_ = Image.new("RGBA", base.size, (0, 0, 0, 0))
    sheet_.paste(turned, (x, int(top_y + 2)), turned)
    return Image.alpha_composite(base, sheet_).convert("RGB")


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Urdu lines, a zardozi panel as an emblem, a zari border as
    a divider, a folding section's head, a browser's print lines, a dater stamp, spilled sitaras."""
    page = h289._render(rows, font, style)
    x = style.get("h295")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    later = []
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t95"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t95ur":
            scale, bold, align = m
            face = load_font(URDU_BOLD if bold else URDU, int(size * scale * 0.86))
            text = _spaced(r[1])
            tw = face.getlength(text)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw.text((tx, top_y + line * 1.3), text, font=face, fill=ink, anchor="ls")
        elif name == "t95bt":
            ground, seed = m
            _panel(draw, width / 2, top_y + line * 1.5, line * 4.6, line * 2.7, VELVET[ground], seed)
        elif name == "t95zb":
            ground, seed = m
            _zari(draw, MARGIN, width - MARGIN, top_y + line * 0.1, top_y + line * 0.92, VELVET[ground], seed)
        elif name == "t95fd":
            (open_,) = m
            face = load_font(bold_of(font), size)
            draw.text((MARGIN, y), r[1], font=face, fill=ink)
            cx, cy, s = width - MARGIN - 10, top_y + line * 0.55, size * 0.3
            if open_:
                draw.line((cx - s, cy - s * 0.5, cx, cy + s * 0.5, cx + s, cy - s * 0.5), fill=soft, width=2)
            else:
                draw.line((cx - s * 0.5, cy - s, cx + s * 0.5, cy, cx - s * 0.5, cy + s), fill=soft, width=2)
            yy = top_y + line - 1
            draw.line((MARGIN, yy, width - MARGIN, yy), fill=_tint(soft, paper_, 0.35), width=1)
        elif name == "t95pr":
            face = load_font(font, int(size * 0.7))
            draw.text((MARGIN - 14, y + size * 0.1), r[1], font=face, fill=soft)
            draw.text(
                (width - MARGIN + 14 - face.getlength(r[2]), y + size * 0.1), r[2], font=face, fill=soft
            )
        elif name == "t95dt":
            later.append((r, m, top_y))
    for what in x["decor"]:
        if what[0] == "thumb":
            srng = random.Random(what[2])
            side = int(line * 2.6)
            cx, cy = width - MARGIN - side / 2, tops[what[1]] + side / 2
            pad_ink = srng.choice([(40, 44, 110), (70, 48, 120), (36, 36, 60)])
            tilt = srng.uniform(-0.5, 0.5)
            prev = None
            for n in range(520):
                t = n / 520 * math.tau * 7.5
                rr = side * 0.03 + side * 0.05 * t / math.tau
                ex, ey = rr * math.cos(t) * 0.8, rr * math.sin(t)
                px = cx + ex * math.cos(tilt) - ey * math.sin(tilt)
                py = cy + ex * math.sin(tilt) + ey * math.cos(tilt)
                if prev and srng.random() > 0.12:
                    fade = 0.35 + 0.55 * (0.5 + 0.5 * math.cos(t * 0.37 + 1.1))
                    draw.line((prev, (px, py)), fill=_tint(pad_ink, paper_, fade), width=2)
                prev = (px, py)
        elif what[0] == "sequins":
            srng = random.Random(what[1])
            for _ in range(srng.randrange(3, 7)):
                sx = srng.choice([srng.uniform(8, MARGIN - 9), srng.uniform(width - MARGIN + 9, width - 8)])
                sy = srng.uniform(20, page.height - 20)
                _sitara(draw, sx, sy, srng.uniform(3.6, 5.2), srng.choice([GOLD[0], GOLD[1], SILVER]), paper_)
    for r, m, top_y in later:
        page = _dater(page, font, r, m, top_y, line, size, width)
    return page


def _adda(image: Image.Image, ground: int, seed: int) -> Image.Image:
    """The page on the adda: velvet stretched between two beams, butas worked in gold and others only
    pounced in the khaka's blue, the laced cloth's edge, the page's shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 78
    bw, bh = w + 2 * pad, h + 2 * pad
    cloth = VELVET[ground]
    base = Image.new("RGB", (bw, bh), cloth)
    bd = ImageDraw.Draw(base)
    for xx in range(0, bw, 3):
        share = 0.04 + 0.05 * math.sin(xx / bw * math.pi * 2.3 + srng.uniform(0, 0.3))
        bd.line((xx, 0, xx, bh), fill=_tint((255, 255, 255), cloth, share), width=1)
    spots = []
    yy = 30
    while yy < bh - 20:
        xx = 26 + srng.randrange(2) * 36
        while xx < bw - 20:
            spots.append((xx, yy))
            xx += 88
        yy += 84
    for n, (xx, yy) in enumerate(spots):
        worked = srng.random() < 0.55
        if worked:
            _buta(bd, xx, yy, 17, cloth, n % 2 == 1, srng)
        else:
            pts = _paisley(xx, yy, 17, 0.9, srng.uniform(-0.3, 0.3), n % 2 == 1)
            for k in (1.0, 0.6):
                ring_ = _scaled(pts, xx, yy + 5, k)
                for px, py in ring_[::2]:
                    bd.ellipse((px - 0.9, py - 0.9, px + 0.9, py + 0.9), fill=NEEL)
    wood, grain = (132, 90, 52), (98, 64, 34)
    beam = 30
    for y0 in (0, bh - beam):
        bd.rectangle((0, y0, bw, y0 + beam), fill=wood)
        for _ in range(5):
            gy = y0 + srng.uniform(4, beam - 4)
            bd.line((0, gy, bw, gy + srng.uniform(-3, 3)), fill=grain, width=1)
    for xx in range(10, bw - 6, 22):
        bd.line((xx, beam, xx + 11, beam + 12), fill=(232, 226, 210), width=1)
        bd.line((xx, bh - beam, xx + 11, bh - beam - 12), fill=(232, 226, 210), width=1)
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 7, pad + 9, pad + w + 7, pad + h + 9), fill=150)
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    base = Image.composite(Image.new("RGB", base.size, (20, 10, 14)), base, shadow)
    base.paste(image, (pad, pad))
    return base


def _keypad(image: Image.Image, seed: int) -> Image.Image:
    """The screen in a keypad phone's body: the earpiece, the screen's bezel, the soft keys, the navigation
    key, the call and end keys and twelve figure keys."""
    srng = random.Random(seed)
    w, h = image.size
    side = 30
    top_ = 64
    keys_h = 300
    bw, bh = w + 2 * side, h + top_ + keys_h
    bg = srng.choice([(214, 206, 192), (198, 200, 204), (222, 214, 200)])
    base = Image.new("RGB", (bw + 60, bh + 60), bg)
    bd = ImageDraw.Draw(base)
    body = srng.choice([(38, 40, 46), (58, 30, 34), (30, 44, 64)])
    bd.rounded_rectangle((30, 30, 30 + bw, 30 + bh), radius=46, fill=body)
    bd.rounded_rectangle((30 + bw / 2 - 40, 52, 30 + bw / 2 + 40, 58), radius=3, fill=(16, 16, 18))
    bd.rectangle((30 + side - 6, 30 + top_ - 6, 30 + side + w + 6, 30 + top_ + h + 6), fill=(12, 12, 14))
    base.paste(image, (30 + side, 30 + top_))
    ky = 30 + top_ + h + 24
    light = _tint((255, 255, 255), body, 0.16)
    bd.rounded_rectangle((30 + side, ky, 30 + side + 80, ky + 22), radius=10, fill=light)
    bd.rounded_rectangle((30 + bw - side - 80, ky, 30 + bw - side, ky + 22), radius=10, fill=light)
    cx, cy = 30 + bw / 2, ky + 34
    bd.ellipse((cx - 34, cy - 34, cx + 34, cy + 34), fill=light)
    bd.ellipse((cx - 14, cy - 14, cx + 14, cy + 14), fill=_tint((255, 255, 255), body, 0.3))
    bd.rounded_rectangle((30 + side, ky + 34, 30 + side + 70, ky + 56), radius=10, fill=(40, 150, 70))
    bd.rounded_rectangle(
        (30 + bw - side - 70, ky + 34, 30 + bw - side, ky + 56), radius=10, fill=(190, 40, 40)
    )
    face = load_font("dejavu/DejaVuSans-Bold.ttf", 20)
    labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"]
    kw = (bw - 2 * side - 24) / 3
    for n, t in enumerate(labels):
        r_, c_ = divmod(n, 3)
        x0 = 30 + side + c_ * (kw + 12)
        y0 = ky + 80 + r_ * 46
        bd.rounded_rectangle((x0, y0, x0 + kw, y0 + 36), radius=14, fill=light)
        bd.text((x0 + kw / 2, y0 + 18), t, font=face, fill=(236, 236, 238), anchor="mm")
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout293's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the adda a page is photographed lying on or the keypad phone a screen
    is shown in."""
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
    f = (style.get("h295") or {}).get("frame")
    if f and f[0] == "adda":
        image = _adda(image, f[1], f[2])
    elif f and f[0] == "keypad":
        image = _keypad(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [*PENS, *TYPES, URDU, URDU_BOLD, "dejavu/DejaVuSans-Bold.ttf"]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout295 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "ZARI MAHAL BAREILLY"]
VPAS = [
    "zarimahal@pnb",
    "zarimahal.bly@ybl",
    "Q482913076@ybl",
    "naqshzardozi@okaxis",
    "paytmqr1x8kz4m2vq@paytm",
]
BUYERS = [
    ("Farah Naqvi", "farahnaqvi@okhdfcbank", "HDFC Bank"),
    ("Saurabh Agarwal", "saurabh.ag@oksbi", "State Bank of India"),
    ("Ayesha Siddiqui", "ayeshas@ybl", "Punjab National Bank"),
    ("Ritika Khandelwal", "ritika.k@okicici", "ICICI Bank"),
    ("Danish Rizvi", "danishrizvi@axl", "Axis Bank"),
    ("Kavita Saxena", "kavitasaxena@ibl", "Bank of Baroda"),
    ("Mehwish Qureshi", "mehwishq@okaxis", "Canara Bank"),
    ("Tarun Gangwar", "tarungangwar@upi", "Union Bank of India"),
]
NOTES = ["lehenga advance", "dupatta x2", "potli bags", "sherwani balance", "badges order", "clutch"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Punjab National Bank": "PNB",
        "Bank of Baroda": "BoB",
        "Union Bank of India": "Union Bank",
    }.get(bank, bank.replace(" Bank", ""))


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Zari Mahal or the firm: PhonePe's Transaction Successful (the hour on the day under
    it; "Paid to" and the payee beside the sum, its UPI ID; a folding Transfer Details: Transaction ID,
    Debited from, UTR; Contact PhonePe Support shut); Paytm's "Paid Successfully" (the sum, "to" over the
    payee and its UPI ID; tabs; each value in a read-only box under its label: UPI Reference No., Paid
    from, Date & Time); WhatsApp Pay's payment card in the buyer's chat with the showroom under a "Today"
    divider (the sum large, "Paid to <payee>", Completed, UPI transaction ID and the hour on the card; no
    day); CRED's dark "payment failed" in lower case (the sum, "to <payee>", the reason in a notice; a
    folding "transaction details": cred txn id, upi ref no, attempted on, paying from as label and value on
    a line); Amazon Pay's Payment successful (the sum, "Paid to" over the payee; UPI transaction ID, Amazon
    Pay reference, Paid on, Payment method on a tinted card); Navi's payment pending (the sum, "to
    <payee>"; the payment's stages top to bottom: Payment initiated with its hour, Waiting for your bank,
    Money reaches the payee; UPI Ref No., Initiated on, From at the left and the right); PhonePe Business
    on the showroom's phone (the showroom under the app, a tile's tick, Payment received, the sum, "from
    <buyer> (<UPI ID>)", the day and hour, the soundbox's announcement; no reference); BHIM's transaction
    receipt as a ticket (Transaction Successful, the sum; Paid to, UPI ID, UPI Ref No., Date & Time above
    its tear; Remarks and From under it). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=350, high=64000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "")
        p.add("center", "Transaction Successful", status=status)
        p.add(
            "small",
            f"{hhmm(rng, lower=True)} on {when(j.date, rng.choice(['%d %b %Y', '{d} %b %Y']))}",
            date=j.date,
        )
        p.add("gap")
        p.add("left", "Paid to")
        name = pick(p, "pair", [to, SHOP])
        fitted = load_font(p.font, p.style["size"]).getlength(name + rs(j.amount)) + 24 <= room_of(p)
        if fitted:
            p.add("pair", name, rs(j.amount), merchant=name, amount=j.amount)
        else:
            p.add("left", name, merchant=name)
            p.add("right", rs(j.amount), amount=j.amount)
        p.add("small", vpa, method="UPI")
        p.add("gap")
        fold_row(p, "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "Debited from")
        p.add("pair", f"XXXXXX{digits(rng, 4)}", rs(j.amount))
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("gap")
        fold_row(p, "Contact PhonePe Support", open_=False)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share",))
        app_head(p, "paytm", "UPI Money Transfer")
        tick_ = sign(font, "\u2713", "")
        p.add("center", f"{tick_} Paid Successfully".strip(), status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa, method="UPI")
        p.add("gap")
        h275.tabs(p, ["Payment Details", "Get Help"], 0)
        p.add("gap")
        h273.field(p, "UPI Reference No.", j.ref, txn=(UTR_RANK, j.ref))
        h273.field(p, "Paid from", f"{bank} - {digits(rng, 4)}")
        h273.field(
            p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d %b, %Y"], (", ", " at ")), date=j.date
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, [SHOP], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Business account")
        divider(p, "Today")
        p.add("gap")
        c = h275.gcard_open(p)
        mark = "\u20b9" if glyphs(bold_of(font), "\u20b9") else "Rs."
        h275.inrow(
            p,
            f"{mark}{num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}",
            scale=1.5,
            bold=True,
            amount=j.amount,
        )
        h275.inrow(p, f"Paid to {SHOP}", merchant=SHOP)
        h275.inrow(p, f"{sign(font, chr(0x2713), '')} Completed".strip(), status=status)
        h275.inrow(
            p, f"UPI transaction ID {j.ref}", scale=0.78, soft=True, txn=(UTR_RANK, j.ref), method="UPI"
        )
        h275.inrow(p, hhmm(rng, lower=True), scale=0.72, soft=True)
        h275.gcard_close(p, c)
        p.add("gap")
        p.add("small", "Payments to business accounts are made by UPI.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("retry payment",))
        app_head(p, "CRED", "upi")
        p.add("center", "payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "your bank declined this payment (U16: risk threshold exceeded). no money has left your account.",
            "error",
        )
        fold_row(p, "transaction details")
        cid = f"CRD{digits(rng, 15)}"
        p.pair("cred txn id", cid, txn=(TXN_RANK, cid))
        p.pair("upi ref no", j.ref, txn=(UTR_RANK, j.ref))
        p.pair(
            "attempted on",
            f"{when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y'])).lower()}, {hhmm(rng, lower=True)}",
            date=j.date,
        )
        p.pair("paying from", f"{sb.lower()} {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "Send money")
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("gap")
        aid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        c = card_open(p)
        p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Amazon Pay reference", aid, txn=(TXN_RANK, aid))
        p.pair("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.pair("Payment method", f"UPI ({sb} {dot * 2}{digits(rng, 4)})", method="UPI")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Amazon Pay UPI is offered by Amazon Pay (India) Pvt. Ltd.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh",))
        band(p, (28, 120, 100))
        app_head(p, "Navi", "UPI")
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        hour = hhmm(rng, lower=True)
        h271.step(p, "Payment initiated", hour, "done")
        h271.step(p, "Waiting for your bank", "up to 30 min", "pending")
        h271.step(p, "Money reaches the payee", "", "todo")
        p.add("gap")
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated on", f"{when(j.date, rng.choice(['%d %b %Y', '%d/%m/%Y']))}, {hour}", date=j.date)
        kvr(p, "From", f"{sb} XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe Business", "Payments")
        name = pick(p, "center", [SHOP_CAPS, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", "Kutubkhana Bazaar, Bareilly")
        p.add("gap")
        h287.tile(p, status)
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"from {who} ({their})", method="UPI")
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ", " | ")), date=j.date)
        p.add("gap")
        h287.speaker(p, f"PhonePe par {num(j.amount, 'plain', 0)} rupaye prapt hue")
        p.add("small", "Settled to PNB XX" + digits(rng, 4) + " in the next cycle")
        return p.done()
    p = phone(rng, font, k, ["", "Transaction receipt"], dark=False, buttons=("Share receipt",))
    band(p, (0, 98, 65))
    app_head(p, "BHIM", "Transaction receipt")
    start = h279.ticket_open(p)
    p.add("center", "Transaction Successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "pair", [to, SHOP])
    p.pair("Paid to", name, merchant=name)
    p.pair("UPI ID", vpa)
    p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
    tear = h279.ticket_tear(p)
    p.pair("Remarks", rng.choice(NOTES))
    p.pair("From", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
    h279.ticket_close(p, start, tear)
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


MEHRUNISA = "MEHRUNISA COUTURE"
NAWABI = "NAWABI LIBAAS PRIVATE LIMITED"
ZOYA = "Zoya Bridal Studio"
CCIC = "The Central Cottage Industries Corporation of India Ltd."
CCIC_HI = "केन्द्रीय कुटीर उद्योग निगम"
CHARMINAR = "CHARMINAR BRIDALS"
HUSSAIN = "Hussain Boutique"
MUGHAL = "MUGHAL HERITAGE HOTELS PVT LTD"
SCHOOL = "The Doon Heritage School"


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The firm's bills one payment settles: number, day (before the payment), sum; they add up to it."""
    parts = [1.0]
    if n > 1:
        cuts = sorted(rng.uniform(0.25, 0.75) for _ in range(n - 1))
        parts = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0])]
    out, left = [], j.amount
    for i, share in enumerate(parts):
        v = left if i == len(parts) - 1 else round(j.amount * share, 0)
        left = round(left - v, 2)
        out.append((f"{prefix}/{fy(j.date)}/{rng.randrange(10, 400):03d}", earlier(rng, j, 6, 60), v))
    return out


def print_day(rng: random.Random, j: Job) -> str:
    """The day and hour a browser printed the page: some days after the payment, never its day."""
    later = j.date + dt.timedelta(days=rng.randrange(2, 40))
    return f"{when(later, '%d/%m/%Y')}, {hhmm(rng, twelve=False)}"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: a Delhi couturier's BILL PAYMENT printed from QuickBooks
    through a browser (the print's day and hour and its title at the head, the address and 1/1 at the foot;
    two fields to a row: Payee, Payment date; Payment account, Ref no.; Payment method, Amount paid;
    Description | Due date | Original amount | Open balance | Payment on hairline rows; Total); ICICI Bank
    CIB's payment advice mailed for a Lucknow fashion house (its sentence "... has made the following
    payment to your account"; Beneficiary Name, Beneficiary Account Number, Beneficiary Bank, Transaction
    Type, Transaction Amount (INR), UTR Number, Transaction Date, Corporate Reference No., Remarks on
    hairline rows, the values bold); Cashfree Payouts' transfer FAILED for a Mumbai bridal studio (a
    capsule, the reason in a notice; two fields to a row: Transfer ID, Mode; Amount, Reference ID;
    Initiated at, Status; Beneficiary, Bank account); the Central Cottage Industries Corporation's
    REMITTANCE ADVICE typed under its Hindi name (Ref and Date on a line; To, The Proprietor, the firm; its
    sentence "We have remitted ... by NEFT"; Bill No. | Bill Date | Amount typed in columns; Gross amount,
    Less TDS u/s 194Q @ 0.1%, Net amount remitted, UTR No., Value date); a Hyderabad bridal house's Payment
    Voucher printed from TallyPrime (No. beside Dated in Tally's d-Mon-yy; Particulars | Amount: Account,
    Agst Ref, Through, Bank Transaction Details with its e-Fund Transfer and UTR, On Account of; its total;
    Amount (in words); Authorised Signatory); Vyapar's Payment-Out on a Lucknow boutique's phone (Party
    over the showroom, Paid, Date, Payment Type UPI, Description, Balance due; no reference); an Agra hotel
    group's payment on Axis Bank's neo for corporates, "Sent to beneficiary bank" (its stages across the
    page, a notice; Amount and Mode, Beneficiary and Value date in tiles; Payment reference and UTR
    copyable); a Dehradun school's bursar's plain-text mail ("We have today remitted Rs. x by NEFT ...";
    Payee, Invoice, Amount, Mode, UTR in a table of dashes and bars; no day). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=6000, high=420000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    me = rng.choice([FIRM, FIRM_CAPS])
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        printed(p, print_day(rng, j), "Bill Payment | QuickBooks")
        p.add("gap")
        top(p, MEHRUNISA)
        p.add("small", "Khasra 41, Shahpur Jat, New Delhi - 110049  |  GSTIN " + gstin_of(rng, "07", "F"))
        p.add("rule")
        p.part = "body"
        p.add("center", "BILL PAYMENT", status=status)
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = rng.choice([me, CUT])
        spec = [(0.0, 0.2, "l"), (0.2, 0.52, "l"), (0.54, 0.72, "l"), (0.72, 1.0, "l")]
        colkv(
            p,
            "qb",
            spec,
            "Payee",
            name,
            "Payment date",
            day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]),
            merchant=name,
            date=j.date,
        )
        colkv(p, "qb", spec, "Payment account", "HDFC Bank CA", "Ref no.", utr, txn=(UTR_RANK, utr))
        colkv(
            p,
            "qb",
            spec,
            "Payment method",
            "NEFT",
            "Amount paid",
            rs(j.amount),
            method="netbanking",
            amount=j.amount,
        )
        p.add("gap")
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.46, "l"), (0.46, 0.64, "r"), (0.64, 0.82, "r"), (0.82, 1.0, "r")]
        cols(
            p,
            "qh",
            spec2,
            "Description",
            "Due date",
            "Original amount",
            "Open balance",
            "Payment",
            mode="line",
        )
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 4), "NZU"):
            cols(
                p,
                "ql",
                spec2,
                f"Bill {no_}",
                when(day + dt.timedelta(days=15), "%d/%m/%Y"),
                num(v),
                num(v),
                num(v),
                mode="line",
            )
        total(p, "Total", num(j.amount), at=0.64)
        p.add("small", "Zardozi job work on bridal lehengas and jackets, winter collection")
        p.part = "foot"
        p.add("gap")
        printed(p, f"https://qbo.intuit.com/app/billpayment?txnId={rng.randrange(100, 999)}", "1/1")
        return p.done()
    if k == 1:
        j.amount = rupees(rng, 210000, 480000, 0.5)
        p = mail_page(
            rng, font, "ICICI Bank CIB <cib.advice@icicibank.com>", [f"Payment advice from {NAWABI}"]
        )
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("small", "Corporate Internet Banking  |  Payment advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Beneficiary,")
        para(
            p,
            f"This is to inform you that {NAWABI}, Aminabad, Lucknow has made the following payment to your "
            "account through ICICI Bank Corporate Internet Banking.",
            status=status,
        )
        utr = utr_for(rng, j, "ICICI Bank", "RTGS")
        name = rng.choice([FIRM_CAPS, CUT])
        spec = [(0.0, 0.42, "l"), (0.42, 1.0, "l")]
        h269.kind(p, "ic", spec, "line", bold=(1,))
        cref = f"NL/PAY/{fy(j.date)}/{rng.randrange(100, 9999)}"
        for label, value, facts in [
            ("Beneficiary Name", name, {"merchant": name}),
            ("Beneficiary Account Number", f"XXXXXXXX{digits(rng, 4)}", {}),
            ("Beneficiary Bank", f"Punjab National Bank ({IFSC_OWN})", {}),
            ("Transaction Type", "RTGS", {"method": "netbanking"}),
            ("Transaction Amount (INR)", num(j.amount), {"amount": j.amount}),
            ("UTR Number", utr, {"txn": (UTR_RANK, utr)}),
            ("Transaction Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), {"date": j.date}),
            ("Corporate Reference No.", cref, {"txn": (INVOICE_RANK, cref)}),
            ("Remarks", "Zardozi on sherwanis, Eid lot", {}),
        ]:
            h269.row(p, "ic", label, value, **facts)
        p.add("gap")
        p.add("small", "This is an auto-generated advice on behalf of the remitter. Please do not reply.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"payouts.cashfree.com/transfers/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", f"Payouts  |  {ZOYA}, Bandra West, Mumbai")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transfer details")
        pill(p, "FAILED", status, align="l")
        note(
            p,
            "The beneficiary's bank did not accept the credit (beneficiary bank offline). The amount has "
            "been "
            "added back to your Payouts balance.",
            "error",
        )
        tid = f"ZBS{j.date:%y%m}{digits(rng, 5)}"
        rid = str(digits(rng, 9))
        name = rng.choice([FIRM_CAPS, CUT])
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.53, 0.72, "l"), (0.72, 1.0, "l")]
        colkv(p, "cf", spec, "Transfer ID", tid, "Mode", "IMPS", txn=(ORDER_RANK, tid), method="netbanking")
        colkv(
            p, "cf", spec, "Amount", rs(j.amount), "Reference ID", rid, amount=j.amount, txn=(TXN_RANK, rid)
        )
        colkv(
            p,
            "cf",
            spec,
            "Initiated at",
            at_hour(rng, j.date, ["%d %b %Y"], (", ",)),
            "Status",
            "FAILED",
            date=j.date,
        )
        colkv(p, "cf2", [(0.0, 0.2, "l"), (0.2, 1.0, "l")], "Beneficiary", name, merchant=name)
        colkv(
            p,
            "cf2",
            [(0.0, 0.2, "l"), (0.2, 1.0, "l")],
            "Bank account",
            f"XXXXXXX{digits(rng, 4)} ({IFSC_OWN})",
        )
        return p.done()
    if k == 3:
        bills = bills_of(rng, j, rng.randrange(1, 4), "NZU")
        gross = j.amount
        tds = round(gross * 0.001, 2)
        j.amount = round(gross - tds, 2)
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(252, 250, 244), (255, 255, 255)])
        p.part = "head"
        hindi(p, CCIC_HI, scale=1.2, bold=True)
        top(p, pick(p, "title", [CCIC, "Central Cottage Industries Corporation"]))
        p.add(
            "small",
            "Jawahar Vyapar Bhawan, Janpath, New Delhi - 110001  |  A Government of India Undertaking",
        )
        p.add("rule")
        p.add("center", "REMITTANCE ADVICE")
        p.part = "body"
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.86
        n_ = min(h271.tt_cols(p), 70)
        ref = f"CCIC/FIN/VP/{fy(j.date)}/{rng.randrange(1000, 9999)}"
        left = f"Ref: {ref}"
        right = f"Date: {when(j.date, '%d.%m.%Y')}"
        typed(p, f"{left}{right:>{n_ - len(left)}}", scale=0.86, txn=(INVOICE_RANK, ref))
        typed(p, "", scale=0.86)
        typed(p, "To,", scale=0.86)
        typed(p, "The Proprietor,", scale=0.86)
        typed(p, FIRM, scale=0.86, merchant=FIRM)
        typed(p, TOWN, scale=0.86)
        typed(p, "", scale=0.86)
        for n2, line in enumerate(
            [
                "Dear Sir,",
                "We have remitted the following amount to your account by NEFT",
                "against your bills for zardozi cushion covers and potli bags",
                "supplied to our Janpath emporium:",
            ]
        ):
            typed(p, line, scale=0.86, **({"method": "netbanking", "status": status} if n2 == 1 else {}))
        typed(p, "-" * n_, scale=0.86)
        typed(p, f"{'Bill No.':<22}{'Bill Date':<14}{'Amount':>14}", scale=0.86)
        for no_, day, v in bills:
            typed(p, f"{no_:<22}{when(day, '%d.%m.%Y'):<14}{num(v):>14}", scale=0.86)
        typed(p, "-" * n_, scale=0.86)
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        typed(p, f"{'Gross amount':<36}{num(gross):>14}", scale=0.86)
        typed(p, f"{'Less TDS u/s 194Q @ 0.1%':<36}{num(tds):>14}", scale=0.86)
        typed(p, f"{'Net amount remitted':<36}{num(j.amount):>14}", scale=0.86, amount=j.amount)
        typed(p, f"{'UTR No.':<22}{utr}", scale=0.86, txn=(UTR_RANK, utr))
        typed(p, f"{'Value date':<22}{when(j.date, '%d.%m.%Y')}", scale=0.86, date=j.date)
        p.add("gap")
        sig(p)
        p.add("right", "Manager (Finance)")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, CHARMINAR)
        p.add("small", "22-7-269, Pathergatti, Hyderabad - 500002  |  GSTIN " + gstin_of(rng, "36", "F"))
        p.add("center", "Payment Voucher")
        p.part = "body"
        no = str(rng.randrange(40, 600))
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "tv",
            spec,
            f"No.: {no}",
            f"Dated: {when(j.date, '{d}-%b-%y')}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        spec2 = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "th", spec2, "Particulars", "Amount", mode="line")
        name = rng.choice([FIRM, FIRM_CAPS])
        h269.kind(p, "ta", spec2, "plain", bold=(0, 1))
        h269.row(p, "ta", f"Account: {name}", num(j.amount), merchant=name)
        for no_, _, v in bills_of(rng, j, rng.randrange(1, 3), "NZU"):
            cols(p, "tr", spec2, f"      Agst Ref  {no_}", f"{num(v)} Cr")
        cols(p, "tr", spec2, "Through: HDFC Bank Current A/c", "")
        cols(p, "tr", spec2, "Bank Transaction Details:", "")
        cols(
            p,
            "tr",
            spec2,
            f"      e-Fund Transfer  UTR {utr}",
            "",
            txn=(UTR_RANK, utr),
            method="netbanking",
            status=status,
        )
        cols(p, "tr", spec2, "On Account of: zardozi on bridal lehengas", "")
        total(p, "", rs(j.amount), at=0.72, amount=j.amount)
        para(p, f"Amount (in words): INR {bare_words(j.amount)} Only", kind_="small")
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(30, 300) * 100)
        p = phone(rng, font, k, ["", "Payment-Out"], dark=False, buttons=("Share", "Edit"))
        band(p, (220, 30, 40))
        app_head(p, "Vyapar", f"{HUSSAIN}, Aminabad, Lucknow")
        p.add("left", "Payment-Out")
        p.add("gap")
        lab(p, "Party")
        name = pick(p, "left", [SHOP, FIRM])
        p.add("left", name, merchant=name)
        lab(p, "Paid")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        kvr(p, "Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        kvr(p, "Payment Type", "UPI", method="UPI", status=status)
        kvr(p, "Description", f"Zardozi yokes, {rng.randrange(10, 40)} pcs")
        kvr(p, "Balance due", rs(0.0))
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "neo.axisbank.co.in/corporate/payments/status")
        p.part = "head"
        top(p, "AXIS BANK")
        p.add("small", f"neo for corporates  |  {MUGHAL}, Agra")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment status: Sent to beneficiary bank", status=status)
        h289.steps(p, ["Created", "Approved", "Sent to bank", "Credited"], 3, status)
        note(
            p,
            "The payment has left Axis Bank and is awaiting the credit confirmation from the beneficiary's "
            "bank. Do not initiate it again.",
            "warn",
        )
        name = vname(p, [FIRM_CAPS, CUT], bold=False)
        tiles2(p, ("Amount", rs(j.amount)), ("Mode", "NEFT"), amount=j.amount, method="netbanking")
        tiles2(
            p,
            ("Beneficiary", name),
            ("Value date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])),
            merchant=name,
            date=j.date,
        )
        ref = f"NEO{j.date:%y%m%d}{digits(rng, 7)}"
        utr = utr_for(rng, j, "Axis Bank", "NEFT")
        copyrow(p, "Payment reference", ref, txn=(BANK_RANK, ref))
        copyrow(p, "UTR", utr, txn=(UTR_RANK, utr))
        return p.done()
    j.amount = float(rng.randrange(90, 600) * 40)
    p = mail_page(
        rng, font, f"Bursar, {SCHOOL} <bursar@doonheritage.edu.in>", ["Payment released: blazer badges"]
    )
    p.part = "body"
    p.add("left", "Dear Mr. Ansari,")
    para(
        p,
        f"We have today remitted Rs. {num(j.amount)} by NEFT to your account for the bullion wire blazer "
        "badges (school crest) supplied for the new session. The details are below; kindly acknowledge.",
        amount=j.amount,
        method="netbanking",
        status=status,
    )
    p.add("gap")
    utr = f"SBIN{digits(rng, 13)}"
    inv = f"NZU/{fy(j.date)}/{rng.randrange(10, 400):03d}"
    bar = "+" + "-" * 14 + "+" + "-" * 30 + "+"
    mono = h269.mono
    mono(p, bar)
    for label, value, facts in [
        ("Payee", FIRM, {"merchant": FIRM}),
        ("Invoice", inv, {}),
        ("Amount", f"Rs. {num(j.amount)}", {}),
        ("Mode", "NEFT (SBI)", {}),
        ("UTR", utr, {"txn": (UTR_RANK, utr)}),
    ]:
        mono(p, f"| {label:<12} | {value:<28} |", **facts)
    mono(p, bar)
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", "Col. (Retd.) R. S. Negi, Bursar")
    p.add("small", f"{SCHOOL}, Dehradun")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Meena Bazaar Bridal Couture LLC", "Bur Dubai, Dubai", "AED", 6000, 48000, "enbd"),
    ("Belgrave Road Bridal Ltd", "Leicester, United Kingdom", "GBP", 900, 9000, "hsbc"),
    ("Atelier Fil d'Or SARL", "Paris, France", "EUR", 1200, 12000, "bnp"),
    ("Maison Brodee Sarl", "Geneva, Switzerland", "CHF", 1200, 12000, "ubs"),
    ("Al Noor Couture Co. W.L.L.", "Salmiya, Kuwait", "KWD", 300, 3200, "nbk"),
    ("Oak Tree Bridal Boutique LLC", "Edison, New Jersey, USA", "USD", 1500, 12000, "chase"),
    ("Kasturi Fabrics Sdn Bhd", "Jalan Masjid India, Kuala Lumpur", "MYR", 4000, 40000, "maybank"),
    ("Kinran Textile Co., Ltd.", "Kyoto, Japan", "JPY", 200000, 1800000, "mufg"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: dirhams with AED before or after, pounds with the pound's sign or
    GBP, euros the French way (12 345,67 EUR or 12 345,67 € with spaces between the thousands), Swiss francs
    with an apostrophe between the thousands (CHF 12'345.60), Kuwaiti dinars with three places (KWD or KD
    before), US dollars ($ or USD), ringgit with RM or MYR, yen whole with the yen's sign or JPY."""
    if cur == "EUR":
        after = rng.choice([" EUR", " \u20ac" if glyphs(font, "\u20ac") else " EUR"])
        return lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",") + after
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    if cur == "KWD":
        mark = rng.choice(["KWD ", "KD "])
        return lambda v: f"{mark}{v:,.3f}"
    if cur == "JPY":
        mark = rng.choice(["JPY ", sign(font, "\u00a5", "JPY ")])
        return lambda v: f"{mark}{v:,.0f}"
    form = rng.choice(
        {
            "AED": ["AED {v}", "{v} AED"],
            "GBP": [sign(font, "\u00a3", "GBP ") + "{v}", "GBP {v}"],
            "USD": ["${v}", "USD {v}"],
            "MYR": ["RM {v}", "MYR {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Bridal houses, ateliers and shops abroad paying the firm for zardozi on lehengas, jackets, panels
    and trims: Emirates NBD's ENBD X transfer successful in dirhams (a tile's tick, the sum, "to
    <beneficiary>"; a folding Transfer details: Reference number, Value date, Transfer type, Charges,
    Purpose); HSBC UK's international payment sent in pounds ("Today, <hour>"; Payee, Payee's bank, Your
    reference, HSBC reference, Payment type as label and value on a line; no day); BNP Paribas' virement
    international émis in euros the French way (a capsule, Virement émis / Transfer sent; French and
    English labels in a table ruled on every side: Bénéficiaire / Beneficiary, Montant / Amount, Date
    d'exécution / Execution date, Référence de l'opération / Reference, Frais / Charges, BIC du
    bénéficiaire); UBS's printed Payment confirmation in Swiss francs (the remitter's address; Order
    number, Execution date with dots, Debit account, Beneficiary, Beneficiary's bank, Amount, Charges,
    Status Executed on hairline rows); the National Bank of Kuwait's transfer rejected in Kuwaiti dinars on
    a tinted band (the reason in a notice; Beneficiary, Amount, Date, Reference, Charges at the left and
    the right); Chase's international wire in progress in US dollars (a capsule, its stages left to right,
    a notice; Recipient, Amount, Send on month first in words, Recipient's bank, SWIFT/BIC, Wire transfer
    ID as label and value on a line); Maybank2u's share card in ringgit (a large tick, Successful, the sum,
    Foreign Telegraphic Transfer, "to <beneficiary>", "on <day>"; no reference); MUFG Bank's OUTWARD
    REMITTANCE ADVICE in yen printed in its fixed-width face (REMITTANCE DATE year first with slashes,
    REFERENCE NO., ORDERING CUSTOMER, BENEFICIARY, BENEFICIARY BANK, AMOUNT, CHARGES, STATUS). All new
    here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif cur == "KWD":
        j.amount = float(rng.randrange(lo * 2, hi * 2)) / 2
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([FIRM, FIRM_CAPS])
    if frame == "enbd":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (0, 38, 84))
        app_head(p, "ENBD X", "Emirates NBD  |  International transfer")
        h287.tile(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        fold_row(p, "Transfer details")
        ref = f"ENBD{j.date:%y%m%d}{digits(rng, 6)}"
        p.pair("Reference number", ref, txn=(BANK_RANK, ref))
        p.pair("Value date", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("Transfer type", "International (SWIFT)", method="netbanking")
        p.pair("Charges", "Shared (SHA)")
        p.pair("Purpose", "GDI - Goods imported")
        return p.done()
    if frame == "hsbc":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (219, 0, 17))
        app_head(p, "HSBC UK", "International payment")
        p.add("center", "Payment sent", status=status)
        p.add("small", f"Today, {hhmm(rng, twelve=False)}")
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("rule")
        name = pick(p, "pair", [me, CUT])
        ref = f"HSBC{code(rng, 4, UPPER)}{digits(rng, 8)}"
        p.pair("Payee", name, merchant=name)
        p.pair("Payee's bank", f"PNB, Bareilly ({BIC})")
        p.pair("Your reference", "Zardozi jackets AW26")
        p.pair("HSBC reference", ref, txn=(BANK_RANK, ref))
        p.pair("Payment type", "International (SWIFT)", method="netbanking")
        return p.done()
    if frame == "bnp":
        e = glyphs(font, "\u00e9\u00e8") and glyphs(bold_of(font), "\u00e9")
        p = browser_page(rng, font, "mabanque.bnpparibas/fr/virement-international/confirmation")
        p.part = "head"
        top(p, "BNP PARIBAS")
        p.add("small", f"Mes Comptes  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Virement international" if e else "Virement international (SEPA/SWIFT)")
        pill(
            p,
            "Virement \u00e9mis / Transfer sent" if e else "Virement emis / Transfer sent",
            status,
            align="l",
        )
        p.add("gap")
        ref = f"BNP{j.date:%y%m%d}{code(rng, 3, UPPER)}{digits(rng, 5)}"
        name = rng.choice([me, CUT])
        acc = "\u00e9" if e else "e"
        grid(
            p,
            "bn",
            [(0.0, 0.46, "l"), (0.46, 1.0, "l")],
            None,
            [
                ([f"B{acc}n{acc}ficiaire / Beneficiary", name], {"merchant": name}),
                (["Montant / Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                ([f"Date d'ex{acc}cution / Execution date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
                ([f"R{acc}f{acc}rence de l'op{acc}ration / Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Frais / Charges", f"Partag{acc}s (SHA)"], {"method": "netbanking"}),
                ([f"BIC du b{acc}n{acc}ficiaire", BIC], {}),
            ],
            tint=(220, 236, 228),
        )
        return p.done()
    if frame == "ubs":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "UBS")
        p.add("small", "UBS Switzerland AG, Rue du Rhone 8, 1204 Geneva")
        p.add("rule")
        p.part = "body"
        p.add("left", payer)
        p.add("left", city)
        p.add("gap")
        p.add("center", "Payment confirmation")
        p.add("gap")
        ref = f"{j.date:%y%m%d}UBS{digits(rng, 7)}"
        name = rng.choice([me, CUT])
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        for label, value, facts in [
            ("Order number", ref, {"txn": (BANK_RANK, ref)}),
            ("Execution date", when(j.date, "%d.%m.%Y"), {"date": j.date}),
            ("Debit account", f"CH{digits(rng, 2)} 0024 0240 {digits(rng, 4)} {digits(rng, 4)} 0", {}),
            ("Beneficiary", name, {"merchant": name}),
            ("Beneficiary's bank", f"{BANK_LINE} ({BIC})", {}),
            ("Amount", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Charges", "SHA, shared", {"method": "netbanking"}),
            ("Status", "Executed", {"status": status}),
        ]:
            colkv(p, "ub", spec, label, value, **facts)
            h269.ext(p)["kinds"]["ub"]["mode"] = "line"
        p.add("gap")
        p.add("small", "This confirmation was produced electronically and is valid without a signature.")
        return p.done()
    if frame == "nbk":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Back to home",))
        band(p, (0, 61, 122))
        app_head(p, "NBK Mobile Banking", "International transfer")
        h269.strip(p, "Transfer rejected", status)
        note(
            p,
            "The correspondent bank returned this transfer: the beneficiary's account details could not be "
            "verified. The amount has been credited back to your account.",
            "error",
        )
        ref = f"NBK{j.date:%y%m}{digits(rng, 8)}"
        name = rng.choice([me, CUT])
        kvr(p, "Beneficiary", name, merchant=name)
        kvr(p, "Amount", show(j.amount), amount=j.amount, cur=cur)
        kvr(p, "Date", when(j.date, rng.choice(["%d/%m/%Y", "%d %b %Y"])), date=j.date)
        kvr(p, "Reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Charges", "OUR", method="netbanking")
        return p.done()
    if frame == "chase":
        if j.date.day <= 12:
            j.date = j.date.replace(day=j.date.day + 13)
        p = browser_page(rng, font, "secure.chase.com/web/auth/dashboard#/dashboard/wireTransfer/activity")
        p.part = "head"
        top(p, "CHASE")
        p.add("small", f"Wire activity  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "International wire")
        pill(p, "In progress", status, align="l")
        track(p, ["Scheduled", "Sent", "Received"], "dpt")
        note(
            p, "Wires sent after 4 PM ET are processed the next business day. We'll email you when it's done."
        )
        wid = f"WT{digits(rng, 10)}"
        name = pick(p, "pair", [me, CUT])
        p.pair("Recipient", name, merchant=name)
        p.pair("Amount", show(j.amount), amount=j.amount, cur=cur)
        p.pair("Send on", when(j.date, rng.choice(["%b {d}, %Y", "%B {d}, %Y"])), date=j.date)
        p.pair("Recipient's bank", "PUNJAB NATIONAL BANK, BAREILLY", method="netbanking")
        p.pair("SWIFT/BIC", BIC)
        p.pair("Wire transfer ID", wid, txn=(TXN_RANK, wid))
        return p.done()
    if frame == "maybank":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (255, 250, 232)
        p.part = "head"
        p.add("title", "Maybank2u")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Successful", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("small", "Foreign Telegraphic Transfer", method="netbanking")
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %b %Y', '%d %B %Y']))}", date=j.date)
        p.add("gap")
        p.add("small", f"Shared from Maybank2u  |  {payer}")
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, "MUFG Bank, Ltd.")
    p.add("small", "Kyoto Branch  |  Global Remittance Services")
    p.add("rule")
    p.part = "body"
    typeface(p)
    h271.ext(p)["tt_scale"] = 0.86
    n_ = min(h271.tt_cols(p), 64)
    ref = f"KYT{j.date:%y%m%d}{digits(rng, 6)}"
    name = rng.choice([FIRM_CAPS, CUT])

    def line(label: str, value: str, **facts) -> None:
        typed(p, f"{label:<19}: {value}"[:n_], scale=0.86, **facts)

    typed(p, "OUTWARD REMITTANCE ADVICE".center(n_).rstrip(), scale=0.86)
    typed(p, "-" * n_, scale=0.86)
    line("REMITTANCE DATE", when(j.date, "%Y/%m/%d"), date=j.date)
    line("REFERENCE NO.", ref, txn=(BANK_RANK, ref))
    line("ORDERING CUSTOMER", payer.upper())
    line("BENEFICIARY", name, merchant=name)
    line("BENEFICIARY BANK", f"PUNJAB NATIONAL BANK ({BIC})")
    line("AMOUNT", show(j.amount), amount=j.amount, cur=cur)
    line("CHARGES", "OUR (REMITTER)", method="netbanking")
    line("STATUS", "REMITTED", status=status)
    typed(p, "-" * n_, scale=0.86)
    p.add("small", "Please keep this advice for your records. MUFG Bank, Ltd.")
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


def same_pen(p: Screen) -> None:
    """heldout269's pen slot (its boxed form fields write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = hand_pen(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its showroom or itself on top: Zari Mahal's TAX INVOICE made in Swipe under a
    zardozi panel, its Urdu name and a zari border (Invoice #, Invoice Date; Place of Supply, Due Date two
    to a row; Bill To; # | Item | HSN | Qty | Rate | Amount in a table ruled on every side with CGST 2.5%
    and SGST 2.5%; Total; "Amount Received ... via UPI | UTR ..."; Balance); the web shop's Shopify order
    confirmation mail ("Thank you for your purchase!", ORDER #; the order's lines on hairline rows,
    Subtotal, Shipping, Total; Payment status, Payment method, Placed on as label and value on a line);
    Razorpay's payment page failed for the web shop under a scalloped badge (the reason in a notice;
    Payment ID and Order ID, Amount and Method two to a row; Attempted on); the Taj Mahotsav stall's CASH
    MEMO under the showroom's Urdu name (No. left blank; Name written in; Item | Qty | Rs. written in its
    columns, Total; "Cash received" in the hand; the stall's red PAID dater stamp with the day; no
    reference); the showroom's BRIDAL ORDER FORM, sitaras spilled in its margins (Order No. and Mobile in
    boxes filled in by hand; Date, Customer, Khaka No., Colour, Estimate written in; "Advance Rs. x by
    PhonePe, UTR ..." and "Balance Rs. y on delivery" in the hand); CCAvenue's payment awaited for the web
    shop (a capsule, a notice; Order No., Tracking ID, Amount, Payment Mode, Date, Status two to a row;
    Bank); the firm's PAYMENT RECEIPT from Zoho Books (Payment Date, Reference Number, Payment Mode, Amount
    Received In Words; Amount Received on a tinted band; Received From; Invoice Number | Invoice Date |
    Invoice Amount | Payment Amount in a table ruled on every side); the showroom's message to a buyer in
    its WhatsApp Business app under a "Today" divider ("We have received Rs. x by UPI (Ref ...)", signed "-
    Zari Mahal, Kutubkhana"; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=1200, high=90000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        buta(p)
        urdu(p, SHOP_UR, scale=1.3, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        zari_border(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"ZM/{fy(j.date)}/{rng.randrange(10, 900):04d}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.53, 0.73, "l"), (0.73, 1.0, "l")]
        colkv(
            p,
            "sw",
            spec,
            "Invoice #",
            inv,
            "Invoice Date",
            day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]),
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        colkv(
            p,
            "sw",
            spec,
            "Place of Supply",
            "09-Uttar Pradesh",
            "Due Date",
            when(j.date + dt.timedelta(days=15), "%d-%m-%Y"),
        )
        p.add(
            "left", f"Bill To: {who}, {rng.choice(['Lucknow', 'Bareilly', 'Rampur', 'Moradabad', 'Delhi'])}"
        )
        items = works(rng, rng.randrange(1, 4), high=16000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "si",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.52, "l"),
                (0.52, 0.62, "c"),
                (0.62, 0.7, "c"),
                (0.7, 0.85, "r"),
                (0.85, 1.0, "r"),
            ],
            ["#", "Item", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), SHORT.get(t, clip(t, 30)), hsn, str(q), num(pr, "plain", 0), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "CGST 2.5%", "", "", "", num(gst)], {}), (["", "SGST 2.5%", "", "", "", num(gst)], {})],
            tint=(244, 226, 214),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Amount Received {rs(j.amount)} via UPI  |  UTR {j.ref}",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("left", f"Balance {rs(0.0)}")
        p.add("small", "Hand embroidered in gold and silver zari by the karigars of Bareilly.")
        sig(p)
        p.add("right", f"for {SHOP}")
        p.add("small", "Created with Swipe")
        return p.done()
    if k == 1:
        order = f"ZM{rng.randrange(1040, 1990)}"
        p = mail_page(
            rng, font, f"{SHOP} <store+{digits(rng, 8)}@t.shopifyemail.com>", [f"Order #{order} confirmed"]
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"ORDER #{order}", txn=(ORDER_RANK, order))
        p.add("rule")
        p.part = "body"
        p.add("left", "Thank you for your purchase!")
        para(
            p,
            f"Hi {first}, we're getting your order ready to be shipped. We will notify you when it has been "
            "sent.",
        )
        p.add("gap")
        p.add("left", "Order summary")
        items = works(rng, rng.randrange(1, 3), high=6000)
        ship = float(rng.choice([0, 0, 150, 250]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        for text, _, q, pr in items:
            cols(p, "sl", spec, f"{clip(text, 44)} x {q}", rs(q * pr), mode="line")
        cols(p, "ss", spec, "Subtotal", rs(sub))
        cols(p, "ss", spec, "Shipping", rs(ship) if ship else "Free")
        total(p, "Total", f"{rs(j.amount)} INR", at=0.6, amount=j.amount)
        p.add("small", "Taxes included")
        p.add("gap")
        p.pair("Payment status", "Paid", status=status)
        p.pair("Payment method", "UPI (Razorpay)", method="UPI")
        p.pair("Placed on", when(j.date, rng.choice(["%B {d}, %Y", "{d} %B %Y"])), date=j.date)
        p.add("gap")
        p.add("small", f"If you have any questions, reply to this email or contact us at hello@{WEB}")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"pages.razorpay.com/{WEB.split('.')[0]}-checkout")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by Razorpay")
        p.add("rule")
        p.part = "body"
        h287.burst(p, status)
        p.add("center", "Payment Failed", status=status)
        note(
            p,
            "The payment was declined by your card's issuing bank (3-D Secure authentication failed). Any "
            "amount deducted will be refunded in 5-7 working days.",
            "error",
        )
        pid = f"pay_{code(rng, 14, MIXED)}"
        oid = f"order_{code(rng, 14, MIXED)}"
        two_up(p, "rz1", ("Payment ID", pid), ("Order ID", oid), txn=(TXN_RANK, pid))
        two_up(
            p,
            "rz2",
            ("Amount", rs(j.amount)),
            ("Method", f"Mastercard XX{digits(rng, 4)}"),
            amount=j.amount,
            method="card",
        )
        p.add("gap")
        p.pair("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        shift(j, rng, MAHOTSAV + dt.timedelta(days=rng.randrange(0, 10)))
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 246, 234), (246, 246, 238)])
        p.part = "head"
        urdu(p, SHOP_UR, scale=1.3, bold=True)
        top(p, SHOP, merchant=SHOP)
        p.add("small", STALL)
        p.add("center", "CASH MEMO")
        p.part = "body"
        p.add("left", "No. ..............")
        blank(p, "Name", who.split(" ", 1)[1])
        spec = [(0.0, 0.56, "l"), (0.56, 0.7, "c"), (0.72, 1.0, "r")]
        cols(p, "cm", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, _, q, pr in works(rng, rng.randrange(2, 4), high=3000):
            q = min(q, 4)
            hcells(p, spec, SHORT.get(text, clip(text, 18)), str(q), num(q * pr, "indian", 0))
            j.amount += q * pr
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.56, 0.71])
        p.add("gap")
        write(p, "Cash received", method="cash", status=status)
        dater(p, "PAID", when(j.date, "%d %b %Y").upper(), "ZARI MAHAL, AGRA", at=0.45, date=j.date)
        write(p, "Faizan", align="r")
        return p.done()
    if k == 4:
        adv = float(rng.randrange(50, 300) * 100)
        est = adv + float(rng.randrange(200, 900) * 100)
        j.amount = adv
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(252, 250, 242), (255, 255, 255)])
        same_pen(p)
        sequins(p)
        p.part = "head"
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"{SHOP_AT}  |  Bridal and trousseau zardozi")
        p.add("center", "BRIDAL ORDER FORM")
        p.part = "body"
        no = f"B{rng.randrange(100, 999)}"
        h269.comb(p, "Order No.", no, txn=(INVOICE_RANK, no))
        h269.comb(p, "Mobile", f"9{digits(rng, 9)}")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Customer", who)
        blank(p, "Khaka No.", f"K-{rng.randrange(10, 99)}", after="  (lehenga, dupatta)")
        blank(p, "Colour", rng.choice(["Maroon velvet", "Bottle green", "Rani pink raw silk", "Ivory"]))
        blank(p, "Estimate", f"Rs. {num(est, 'indian', 0)}/-")
        p.add("gap")
        write(
            p, f"Advance Rs. {num(adv, 'indian', 0)}/- by PhonePe,", amount=adv, method="UPI", status=status
        )
        write(p, f"UTR {j.ref}", txn=(UTR_RANK, j.ref))
        write(p, f"Balance Rs. {num(est - adv, 'indian', 0)}/- on delivery")
        sig(p)
        p.add("right", "for Zari Mahal")
        return p.done()
    if k == 5:
        p = browser_page(
            rng, font, "secure.ccavenue.com/transaction/transaction.do?command=initiateTransaction"
        )
        p.part = "head"
        top(p, "CCAvenue")
        p.add("rule")
        p.part = "body"
        p.add("center", SHOP, merchant=SHOP)
        p.add("small", WEB)
        pill(p, "Payment awaited", status)
        note(
            p,
            "We have not yet received a confirmation from your bank. Do not retry; the status will be "
            "updated "
            "and mailed to you within 30 minutes.",
            "warn",
        )
        order = f"ZM{rng.randrange(1040, 1990)}"
        tr = str(digits(rng, 12))
        spec = [(0.0, 0.2, "l"), (0.2, 0.48, "l"), (0.52, 0.72, "l"), (0.72, 1.0, "l")]
        colkv(p, "cc", spec, "Order No.", order, "Tracking ID", tr, txn=(TXN_RANK, tr))
        colkv(
            p,
            "cc",
            spec,
            "Amount",
            rs(j.amount),
            "Payment Mode",
            "Net Banking",
            amount=j.amount,
            method="netbanking",
        )
        colkv(
            p, "cc", spec, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), "Status", "Awaited", date=j.date
        )
        colkv(p, "cc2", [(0.0, 0.2, "l"), (0.2, 1.0, "l")], "Bank", "Punjab National Bank (Retail)")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", ADDRESS)
        p.add("small", f"GSTIN {GSTIN}")
        p.add("rule")
        p.add("center", "PAYMENT RECEIPT")
        p.part = "body"
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(p, "zr", spec, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        colkv(p, "zr", spec, "Reference Number", utr, txn=(UTR_RANK, utr))
        colkv(p, "zr", spec, "Payment Mode", "Bank Transfer", method="netbanking", status=status)
        colkv(p, "zr", spec, "Amount Received In Words", f"Indian Rupee {bare_words(j.amount)} Only")
        panel(p, "Amount Received", rs(j.amount), (226, 240, 232), amount=j.amount)
        p.add("left", f"Received From: {HUSSAIN}, Aminabad, Lucknow")
        rows_ = [
            ([no_, when(day, "%d/%m/%Y"), num(v), num(v)], {})
            for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "ZM")
        ]
        grid(
            p,
            "zp",
            [(0.0, 0.3, "l"), (0.3, 0.52, "c"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
            ["Invoice Number", "Invoice Date", "Invoice Amount", "Payment Amount"],
            rows_,
            tint=(236, 240, 244),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Authorized Signature")
        return p.done()
    j.amount = rupees(rng, 1500, 32000, 0.8)
    p = phone(rng, font, k, [who.split(" ", 1)[1]], dark=False, buttons=())
    p.part = "body"
    p.add("small", f"WhatsApp Business  |  {SHOP}, Kutubkhana")
    divider(p, "Today")
    p.add("gap")
    s = len(p.rows)
    p.add("left", f"Assalam alaikum {first} ji,")
    p.add(
        "left", f"We have received Rs. {num(j.amount)} by UPI", amount=j.amount, method="UPI", status=status
    )
    p.add("left", f"(Ref {j.ref}) for the sherwani.", txn=(UTR_RANK, j.ref))
    p.add("left", "Shukriya!")
    p.add("left", f"- {SHOP}, Kutubkhana", merchant=SHOP)
    bubble(p, s, hhmm(rng, lower=True))
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


SURAT = "SHREE KASAB ZARI INDUSTRIES"
SATTAR = "HAJI ABDUL SATTAR & SONS"
SATTAR_UR = "حاجی عبدالستار اینڈ سنز"
KHAKA = "MUNNE KHAN KHAKA PRINTERS"
CARTON = "BAREILLY CARTON UDYOG"
BROCADE = "BANARAS BROCADE HOUSE"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Surat zari maker's TAX INVOICE (Invoice No.
    beside its earlier Invoice Date, Buyer beside E-Way Bill No.; kasab, tilla and kora dabka by the
    kilogram in a table ruled on every side with IGST 5%; Total) with the accountant's yellow sticky note
    pressed on it ("Paid by RTGS" or NEFT, "UTR ...", "dt. <day>" and her initials in pen); a Kinari Bazaar
    sitara house's rough bill under its Urdu name, photographed lying on the adda (No. left blank; Date
    written in; sitara, salma, nakshi, moti and katdana by weight in its columns, Total; "Cash recd." in
    the hand; no reference); Udaan's order with the payment pending under an hourglass tile (Sold by, a
    notice; a folding Payment details: Order ID, Amount, Payment mode, UPI Ref, Initiated on as label and
    value on a line); Amazon Business's payment failed for aari needles and adda clamps on a tinted band
    (the reason in a notice; Sold by, Items, Order number, Order total, Payment method, Attempted on in a
    table whose labels are shaded); the Professional Couriers' BOOKING RECEIPT on a torn roll (its
    consignment's barcode and number; CN NO, BOOKING DT, ORIGIN, DEST, PCS / WT, FREIGHT, FSC, GST 18%,
    TOTAL, PAID BY UPI, UPI TXN ID); a Bareilly carton maker's BILL from its book (No. printed; Date and
    M/s. written in; the gift boxes and cartons in its columns, Total; "Recd. by GPay, UTR ..." in the
    hand); the khaka maker's Paytm for Business on his phone (the maker under the app, Payment received,
    the sum, "from <the firm>", "Just now"; UPI Ref No., Settlement; no day); a Varanasi brocade house's
    TAX INVOICE (Invoice No., Date, Buyer on a line; the silk, georgette, velvet and brocade by the metre
    on hairline rows with CGST 2.5% and SGST 2.5%; Total; an oval PAID stamp; "Payment received by NEFT,
    UTR ..., on <day>."). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=900, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, SURAT, merchant=SURAT)
        p.add(
            "small",
            "Zari, kasab and tilla manufacturers  |  Saiyedpura, Surat - 395003  |  GSTIN "
            f"{gstin_of(rng, '24', 'F')}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SKZ/{fy(j.date)}/{rng.randrange(100, 2999)}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "sz",
            spec,
            f"Invoice No.: {inv}",
            f"Invoice Date: {when(earlier(rng, j, 4, 30), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        cols(p, "sz", spec, f"Buyer: {FIRM}, Bareilly", f"E-Way Bill No.: {digits(rng, 12)}")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("Kasab, gold, imitation zari (kg)", 4800, 6200),
                ("Tilla, gold, 1000 m spool (kg)", 5200, 6800),
                ("Kora dabka, gold (kg)", 4200, 5600),
                ("Kasab, silver (kg)", 4400, 5400),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(6, 22)
            rate = float(rng.randrange(lo, hi, 50))
            taxable += q * rate
            rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        rows_.append((["IGST 5%", "", "", num(gst)], {}))
        grid(
            p,
            "kz",
            [(0.0, 0.5, "l"), (0.5, 0.6, "c"), (0.6, 0.78, "r"), (0.78, 1.0, "r")],
            ["Description", "Qty", "Rate", "Amount"],
            rows_,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(246, 236, 206),
        )
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "Punjab National Bank", way)
        h275.sticky(
            p,
            [
                (f"Paid by {way}", {"method": "netbanking", "status": status}),
                (f"UTR {utr}", {"txn": (UTR_RANK, utr)}),
                (f"dt. {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}", {"date": j.date}),
                ("- S.P.", {}),
            ],
        )
        p.add("small", "Subject to Surat jurisdiction. E.&O.E.")
        p.add("right", f"for {SURAT.title()}")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 248, 238), (252, 250, 244)])
        on_adda(p)
        p.part = "head"
        urdu(p, SATTAR_UR, scale=1.15, bold=True)
        top(p, SATTAR, merchant=SATTAR)
        p.add("small", "Sitara, salma, dabka & moti  |  Kinari Bazaar, Chandni Chowk, Delhi - 6")
        p.part = "body"
        p.add("left", "No. ..............")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        spec = [(0.0, 0.5, "l"), (0.5, 0.74, "c"), (0.76, 1.0, "r")]
        cols(p, "kb", spec, "Item", "Wt.", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, unit, lo, hi, plo, phi in rng.sample(
            [
                ("Sitara gold 3 no.", "gm", 250, 1000, 3, 5),
                ("Salma gold", "gm", 200, 800, 6, 9),
                ("Nakshi silver", "gm", 100, 400, 7, 10),
                ("Moti 4 mm", "gm", 200, 600, 2, 4),
                ("Katdana red", "gm", 100, 500, 2, 3),
            ],
            rng.randrange(2, 5),
        ):
            q = rng.randrange(lo, hi, 50)
            v = float(q * rng.randrange(plo, phi + 1))
            hcells(p, spec, text, f"{q} {unit}", num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.5, 0.75])
        p.add("gap")
        write(p, "Cash recd.", method="cash", status=status)
        write(p, "Haji Sattar", align="r")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Check payment status",))
        band(p, (0, 120, 212))
        app_head(p, "udaan", "B2B trade")
        h287.tile(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("small", "Sold by")
        name = "Ratan Velvet Mills"
        p.add("center", name, merchant=name)
        note(
            p,
            "We are waiting for your bank to confirm the payment. Your order will be packed once it is "
            "confirmed; please do not pay again.",
            "warn",
        )
        fold_row(p, "Payment details")
        oid = f"UD{digits(rng, 10)}"
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "UPI", method="UPI")
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(1800, 9000, 10))
        p = browser_page(rng, font, "www.amazon.in/business/checkout/payment-failure")
        p.part = "head"
        top(p, "amazon business")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "Your card was declined by the issuing bank. Your order has not been placed; try another card "
            "or pay by net banking.",
            "error",
        )
        name = "SewCraft India"
        oid = f"40{digits(rng, 1)}-{digits(rng, 7)}-{digits(rng, 7)}"
        kv(p, "Sold by", name, at=0.34, merchant=name)
        kv(p, "Items", "Aari needles (set of 12), adda clamps x 4", at=0.34)
        kv(p, "Order number", oid, at=0.34, txn=(ORDER_RANK, oid))
        kv(p, "Order total", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Payment method", f"Business credit card XX{digits(rng, 4)}", at=0.34, method="card")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %B %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        return p.done()
    if k == 4:
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        freight = float(rng.randrange(12, 90) * 10)
        fsc = round(freight * 0.3, 2)
        gst = round((freight + fsc) * 0.18, 2)
        j.amount = round(freight + fsc + gst, 2)
        p.part = "head"
        name = pick(p, "title", ["THE PROFESSIONAL COURIERS", "PROFESSIONAL COURIERS"])
        p.add("title" if fits_left(p, name, 1.35) else "center", name, merchant=name)
        p.add("small", "Franchisee: Kutubkhana, Bareilly")
        p.part = "body"
        p.add("center", "BOOKING RECEIPT")
        cn = f"BLY{digits(rng, 8)}"
        h269.bars(p, cn)
        p.add("center", cn)
        p.add("rule")
        p.pair("CN NO", cn)
        p.pair("BOOKING DT", when(j.date, "%d.%m.%Y"), date=j.date)
        p.pair("ORIGIN", "BAREILLY")
        p.pair("DEST", rng.choice(["MUMBAI", "HYDERABAD", "NEW DELHI", "LUCKNOW"]))
        p.pair("PCS / WT", f"{rng.randrange(1, 4)} / {rng.uniform(0.5, 9):.2f} KG")
        p.pair("FREIGHT", f"{freight:.2f}")
        p.pair("FSC", f"{fsc:.2f}")
        p.pair("GST 18%", f"{gst:.2f}")
        p.add("rule")
        p.pair("TOTAL", f"{j.amount:.2f}", amount=j.amount)
        p.pair("PAID BY", "UPI", method="UPI", status=status)
        p.pair("UPI TXN ID", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", "TRACK: TPCINDIA.COM")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 246, 236), (252, 250, 242)])
        p.part = "head"
        top(p, CARTON, merchant=CARTON)
        p.add("small", "Gift boxes and cartons to order  |  Qila Road, Bareilly")
        p.add("center", "BILL")
        p.part = "body"
        no = f"{rng.randrange(100, 999)}"
        cols(p, "cb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "M/s.", FIRM)
        spec = [(0.0, 0.56, "l"), (0.56, 0.72, "c"), (0.74, 1.0, "r")]
        cols(p, "ch", spec, "Particulars", "Qty", "Amount", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Gift box, velvet lined", 38, 60),
                ("Lehenga box, 3 ply", 55, 90),
                ("Tissue sheets (100)", 90, 140),
                ("Carton 5 ply, export", 45, 80),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(20, 200, 10)
            v = float(q * rng.randrange(lo, hi))
            hcells(p, spec, text, str(q), num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.56, 0.73])
        p.add("gap")
        write(p, f"Recd. by GPay, UTR {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 600, 9000, 0.7)
        p = phone(rng, font, k, [""], dark=False, buttons=("View all payments",))
        band(p, (0, 186, 242))
        app_head(p, "Paytm for Business", "Payments")
        name = pick(p, "center", [KHAKA, "Munne Khan Khaka Printers"])
        p.add("center", name, merchant=name)
        p.add("small", "Khakas traced and pounced  |  Shahabad, Bareilly")
        p.add("gap")
        sicon(p, status)
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"from {FIRM_CAPS}")
        p.add("small", "Just now")
        p.add("rule")
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        p.pair("Settlement", "Instant, to UCO XX" + digits(rng, 4))
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, BROCADE, merchant=BROCADE)
    p.add(
        "small",
        f"Silk, georgette and brocade  |  Kunj Gali, Varanasi - 221001  |  GSTIN {gstin_of(rng, '09', 'F')}",
    )
    p.add("rule")
    p.add("center", "TAX INVOICE")
    p.part = "body"
    inv = f"BBH/{fy(j.date)}/{rng.randrange(10, 900):03d}"
    spec = [(0.0, 0.42, "l"), (0.42, 0.72, "l"), (0.72, 1.0, "r")]
    cols(
        p,
        "bb",
        spec,
        f"Invoice No. {inv}",
        f"Date: {when(earlier(rng, j, 3, 20), '%d.%m.%Y')}",
        "Buyer: Naqsh Zardozi",
        txn=(INVOICE_RANK, inv),
    )
    spec2 = [(0.0, 0.52, "l"), (0.52, 0.66, "c"), (0.66, 0.82, "r"), (0.82, 1.0, "r")]
    cols(p, "bh", spec2, "Fabric", "Metres", "Rate", "Amount", mode="line")
    taxable = 0.0
    for text, lo, hi in rng.sample(
        [
            ("Raw silk, 44 in, maroon", 420, 640),
            ("Georgette, pure, 44 in", 360, 520),
            ("Velvet, micro, 54 in", 280, 420),
            ("Banarasi brocade, gold", 900, 1400),
        ],
        rng.randrange(2, 4),
    ):
        q = rng.randrange(10, 60)
        rate = float(rng.randrange(lo, hi, 10))
        taxable += q * rate
        cols(p, "bl", spec2, text, str(q), num(rate), num(q * rate), mode="line")
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    cols(p, "bl", spec2, "CGST 2.5%", "", "", num(gst), mode="line")
    cols(p, "bl", spec2, "SGST 2.5%", "", "", num(gst), mode="line")
    total(p, "Total", rs(j.amount), at=0.66, amount=j.amount)
    utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
    h287.oval(p, ["BANARAS BROCADE HOUSE", "PAID", "VARANASI"], "blue", at=0.66, rows_=3)
    para(
        p,
        f"Payment received by NEFT, UTR {utr}, on {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}.",
        date=j.date,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
    )
    p.add("right", "for Banaras Brocade House")
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("HAJI ABDUL SATTAR & SONS", "HDFC Bank", "IMPS"),
    ("BANARAS BROCADE HOUSE", "Punjab National Bank", "NEFT"),
    ("SHREE KASAB ZARI INDUSTRIES", "Bank of Baroda", "RTGS"),
    ("MUNNE KHAN KHAKA PRINTERS", "Uttar Pradesh Gramin Bank", "NEFT"),
    ("BAREILLY CARTON UDYOG", "Canara Bank", "IMPS"),
    ("RATAN VELVET MILLS", "Kotak Mahindra Bank", "NEFT"),
    ("Ramesh Chandra Vishwakarma", "State Bank of India", "UPI"),
    ("THE PROFESSIONAL COURIERS", "ICICI Bank", "NEFT"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: PNB ONE's IMPS Transaction Successful (a tile's tick,
    the sum, "to <payee>"; a folding Transaction details: IMPS Ref No., Date & Time, From A/c, To A/c,
    Remarks as label and value on a line); SBI's YONO Business enquiry of a NEFT under process (a capsule,
    a notice; Beneficiary, Amount, Reference No., Initiated on, Status as value over label); Bank of
    Baroda's bob World RTGS completed (its stages top to bottom: Request submitted, Amount debited, Sent to
    RBI with its UTR, Credited to beneficiary; Beneficiary, Amount, Date at the left and the right); Uttar
    Pradesh Gramin Bank's passbook page printed by its passbook printer under its Hindi name (DATE |
    PARTICULARS | CHQ NO | WITHDRAWAL | DEPOSIT | BALANCE in fixed-width columns, the payment's "TO
    NEFT/<PAYEE>" line ticked in pen; no reference); HDFC Bank NetBanking's IMPS Transaction Unsuccessful
    on a tinted band (the reason in a notice; a table ruled on every side: Beneficiary with its IFSC,
    Amount, Reference Number, Transaction Date, Debit Account); AU 0101's NEFT successful (the sum, "to
    <payee>"; UTR and Date, Beneficiary account and Purpose in tiles two to a row); UCO mBanking Plus's UPI
    payment to the adda's carpenter (a large tick, "Today, <hour>"; UPI Ref No., Paid to, UPI ID, From each
    label small over its value; no day); Punjab National Bank's NEFT CUSTOMER ADVICE printed in its
    printer's face under its Hindi name (BRANCH, SENDER A/C, BENEFICIARY NAME, BENEFICIARY A/C, IFSC,
    AMOUNT, UTR NO., TRANSACTION DATE, STATUS SETTLED; the branch's rectangular stamp). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=3000, high=160000)
    to, their_bank, way = VENDORS[k]
    if way == "IMPS":
        j.amount = rupees(rng, 1500, 90000, 0.6)
    if way == "UPI":
        j.amount = rupees(rng, 1500, 24000, 0.6)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_for(rng, j, their_bank, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXX{digits(rng, 4)}"
    dot = sign(font, "\u2022", "*")
    ifsc = f"{IFSC[their_bank]}0{digits(rng, 6)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Fund Transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (162, 20, 47))
        app_head(p, "PNB ONE", "IMPS fund transfer")
        h287.tile(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        fold_row(p, "Transaction details")
        p.pair("IMPS Ref No.", utr, txn=(UTR_RANK, utr))
        p.pair("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        p.pair("From A/c", f"{acct[-8:]} (CA)", method=method)
        p.pair("To A/c", f"XXXX{digits(rng, 4)} / {ifsc}")
        p.pair("Remarks", "Sitara salma bill")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "yonobusiness.sbi/corp/transactions/enquiry")
        p.part = "head"
        top(p, "YONO BUSINESS")
        p.add("small", f"State Bank of India  |  {FIRM_CAPS}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction enquiry: NEFT")
        pill(p, "Under process", status, align="l")
        note(
            p,
            "Your NEFT has been sent to the RBI and will be credited to the beneficiary in the next "
            "settlement "
            "batch. Please do not initiate it again.",
            "warn",
        )
        ref = f"YB{j.date:%y%m%d}{digits(rng, 8)}"
        vlab(p, "Beneficiary", to, merchant=to)
        vlab(p, "Amount", rs(j.amount), amount=j.amount, method=method)
        vlab(p, "Reference No.", ref, txn=(BANK_RANK, ref))
        vlab(
            p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), bold=False, date=j.date
        )
        vlab(p, "Status", "Under process", bold=False)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "RTGS"], dark=False, buttons=("Share receipt",))
        band(p, (244, 100, 26))
        app_head(p, "bob World", "Bank of Baroda  |  RTGS")
        p.add("center", "RTGS completed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        hour = hhmm(rng, lower=True)
        h271.step(p, "Request submitted", hour, "done")
        h271.step(p, "Amount debited", f"A/c {acct[-6:]}", "done", method=method)
        h271.step(p, "Sent to RBI", f"UTR {utr}", "done", txn=(UTR_RANK, utr))
        h271.step(p, "Credited to beneficiary", "", "done")
        p.add("gap")
        kvr(p, "Beneficiary", to, merchant=to)
        kvr(p, "Amount", rs(j.amount))
        kvr(p, "Date", f"{day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])}, {hour}", date=j.date)
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(246, 244, 232), (242, 244, 236)])
        p.part = "head"
        hindi(p, "उत्तर प्रदेश ग्रामीण बैंक", scale=1.15, bold=True)
        p.add("center", "UTTAR PRADESH GRAMIN BANK  |  Shahabad Branch, Bareilly")
        p.add("small", f"A/c No. {digits(rng, 14)}  |  {FIRM_CAPS}")
        p.add("rule")
        p.part = "body"
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.78
        bal = rupees(rng, j.amount + 20000, j.amount + 300000, 0.3)
        shown = to[:19].rstrip()

        def line(d: str, part: str, wd: str, dep: str, b: str, **facts) -> None:
            typed(p, f"{d:<9}{part:<27}{'':<7}{wd:>12}{dep:>12}{b:>13}", scale=0.78, **facts)

        typed(
            p,
            f"{'DATE':<9}{'PARTICULARS':<27}{'CHQ NO':<7}{'WITHDRAWAL':>12}{'DEPOSIT':>12}{'BALANCE':>13}",
            scale=0.78,
        )
        typed(p, "-" * 80, scale=0.78)
        before = j.date - dt.timedelta(days=rng.randrange(2, 12))
        credit = rupees(rng, 8000, 90000, 0.5)
        line(when(before, "%d/%m/%y"), "B/F", "", "", num(bal - credit))
        line(when(before, "%d/%m/%y"), "BY CLG/ZARI MAHAL", "", num(credit), num(bal))
        start = len(p.rows)
        line(
            when(j.date, "%d/%m/%y"),
            f"TO NEFT/{shown}",
            num(j.amount),
            "",
            num(round(bal - j.amount, 2)),
            date=j.date,
            amount=j.amount,
            method=method,
            status=status,
            merchant=shown,
        )
        h273.tick(p, start)
        after = j.date + dt.timedelta(days=rng.randrange(1, 8))
        fee = float(rng.choice([59, 118, 177]))
        line(when(after, "%d/%m/%y"), "SMS CHGS", num(fee), "", num(round(bal - j.amount - fee, 2)))
        p.add("gap")
        p.add(
            "small", "Printed by the passbook printer. Please check the entries before leaving the counter."
        )
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/entry")
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("small", "NetBanking  |  Funds Transfer  |  IMPS")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Transaction Unsuccessful", status)
        note(
            p,
            "The beneficiary's bank did not respond in time (timeout). If your account has been debited, the "
            "amount will be reversed automatically.",
            "error",
        )
        grid(
            p,
            "hd",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Beneficiary", f"{to} ({ifsc})"], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Reference Number", utr], {"txn": (UTR_RANK, utr)}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Debit Account", f"{acct} (IMPS)"], {"method": method}),
            ],
            tint=(226, 232, 246),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Share", "Done"))
        band(p, (116, 38, 120))
        app_head(p, "AU 0101", "AU Small Finance Bank")
        p.add("center", "NEFT successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        tiles2(
            p,
            ("UTR", utr),
            ("Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        tiles2(
            p, ("Beneficiary account", f"XXXX{digits(rng, 4)}"), ("Purpose", "Velvet rolls"), method=method
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Done",))
        band(p, (0, 84, 164))
        app_head(p, "UCO mBanking Plus", "UPI")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        lab(p, "UPI Ref No.")
        p.add("left", utr, txn=(UTR_RANK, utr))
        lab(p, "Paid to")
        p.add("left", to, merchant=to)
        lab(p, "UPI ID")
        p.add("left", "rameshvishwakarma@sbi")
        lab(p, "From")
        p.add("left", f"UCO Bank {dot * 2}{digits(rng, 4)}", method=method)
        return p.done()
    p = sheet_page(rng, font, [720, 760])
    p.style["paper"] = rng.choice([(248, 248, 242), (244, 246, 240)])
    p.part = "head"
    hindi(p, "पंजाब नैशनल बैंक", scale=1.15, bold=True)
    p.add("center", "PUNJAB NATIONAL BANK")
    p.part = "body"
    typeface(p)
    h271.ext(p)["tt_scale"] = 0.86
    n_ = min(h271.tt_cols(p), 60)

    def line(label: str, value: str, **facts) -> None:
        typed(p, f"{label:<18}: {value}"[:n_], scale=0.86, **facts)

    typed(p, "NEFT CUSTOMER ADVICE".center(n_).rstrip(), scale=0.86)
    typed(p, "-" * n_, scale=0.86)
    line("BRANCH", "KUTUBKHANA, BAREILLY")
    line("SENDER A/C", f"{acct} ({FIRM_CAPS[:18]})")
    line("BENEFICIARY NAME", to, merchant=to)
    line("BENEFICIARY A/C", f"XXXXXXXX{digits(rng, 4)}")
    line("IFSC", ifsc)
    line("AMOUNT", num(j.amount), amount=j.amount, method=method)
    line("UTR NO.", utr, txn=(UTR_RANK, utr))
    line("TRANSACTION DATE", when(j.date, "%d-%m-%Y"), date=j.date)
    line("STATUS", "SETTLED", status=status)
    typed(p, "-" * n_, scale=0.86)
    p.add("gap")
    h271.rstamp(p, ["PUNJAB NATIONAL BANK", "KUTUBKHANA BR.", "BAREILLY"], "violet", at=0.62, rows_=3)
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its karigars, the women who work sitara and dabka at home and its staff: the
    karkhana's WEEKLY WAGE SHEET under its Urdu name (Sheet No. beside Adda No. printed; Name written in;
    the week's days in boxes, a tick for a day at the adda, A for a day away, a dash for the Friday; Rate
    per day and Days, Total and Paid on written in; "Paid in cash" in the hand); greytHR's payslip for the
    showroom's accountant (Employee No., Name, Designation, PAN, Bank, Days paid two to a row; Earnings |
    Amount | Deductions | Amount in a table ruled on every side; Net Pay in a box; "Paid on <day> by NEFT,
    UTR ..."); Airtel Thanks' UPI payment failed to a karigar on a tinted band (the reason in a notice;
    Transaction ID, UPI Ref No., Date & Time, Paid from at the left and the right); Fi's UPI payment to a
    karigar ("Today, <hour>"; UPI Ref and From side by side; no day); a sitara worker's own RECEIPT of her
    advance written by hand on a sheet punched for a file ("I, <name>, ... have received Rs. x/- ... in
    cash from ... as peshgi (advance) ..."; Date written; her inked thumb in its box and her name under it;
    no reference); the karkhana's EIDI VOUCHER under a zardozi panel, its Urdu heading and a zari border in
    the days before Eid ul-Fitr (Voucher No., Date; Paid to, Amount; Mode, UPI Ref two to a row; Eid
    Mubarak in Urdu; the receiver's signature); slice's UPI payment processing (a notice; the payment's
    stages top to bottom; UPI Ref No., Started at at the left and the right); POP's UPI payment successful
    with a POPcoins reward card (its coins and their worth; UPI Transaction ID, Date, Paid from as label
    and value on a line). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=1200, high=24000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = KARIGARS[(k + rng.randrange(2)) % len(KARIGARS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        if j.date.day < 7:
            j.date += dt.timedelta(days=7)
        rate = rng.choice([450, 500, 550, 600])
        first = j.date.day - 6
        marks = []
        for n_ in range(7):
            d = j.date - dt.timedelta(days=6 - n_)
            marks.append("-" if d.weekday() == 4 else ("v" if rng.random() < 0.86 else "A"))
        days = marks.count("v")
        j.amount = float(days * rate)
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(246, 240, 224), (244, 242, 232)])
        p.part = "head"
        urdu(p, KARKHANA_UR, scale=1.25, bold=True)
        p.add("center", KARKHANA.upper())
        p.add("small", f"{FIRM}  |  Mohalla Zakhira, Bareilly")
        p.add("center", "WEEKLY WAGE SHEET")
        p.part = "body"
        no = str(rng.randrange(11, 52))
        cols(
            p,
            "wn",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Sheet No. {no}",
            "Adda No. " + str(rng.randrange(1, 9)),
            txn=(INVOICE_RANK, no),
        )
        blank(p, "Name", worker, merchant=worker)
        p.add("left", f"Days {first} to {j.date.day} {when(j.date, '%B %Y')}")
        h277.days_grid(p, first, marks)
        blank(p, "Rate per day", f"Rs. {rate}", after=f"   Days  {days}")
        blank(p, "Total", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blank(p, "Paid on", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        p.add("gap")
        write(p, "Paid in cash", method="cash", status=status)
        write(p, USTAD.split()[-1], align="r")
        return p.done()
    if k == 1:
        who = rng.choice(STAFF)
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, FIRM)
        p.add("small", ADDRESS)
        p.add("rule")
        p.part = "body"
        month = j.month(1 if j.date.day < 10 else 0)
        p.add("center", f"Payslip for the month of {month}")
        basic = float(rng.randrange(100, 180) * 100)
        hra = round(basic * 0.3, 0)
        spl = float(rng.choice([1200, 1500, 2000]))
        pf = round(min(basic, 15000) * 0.12, 0)
        esi = round((basic + hra + spl) * 0.0075, 0)
        j.amount = basic + hra + spl - pf - esi
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.53, 0.72, "l"), (0.72, 1.0, "l")]
        colkv(p, "gh", spec, "Employee No.", f"NZU{rng.randrange(1, 40):03d}", "Name", who, merchant=who)
        colkv(p, "gh", spec, "Designation", "Accountant", "PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}A")
        colkv(p, "gh", spec, "Bank", "PNB", "Days paid", str(rng.choice([30, 31, 28])))
        grid(
            p,
            "ge",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.78, "l"), (0.78, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "PF", num(pf)], {}),
                (["HRA", num(hra), "ESI", num(esi)], {}),
                (["Special Allowance", num(spl), "", ""], {}),
                (["Total Earnings", num(basic + hra + spl), "Total Deductions", num(pf + esi)], {}),
            ],
            tint=(232, 238, 246),
        )
        amtbox(p, "Net Pay", rs(j.amount), by_hand=False, at=0.0, amount=j.amount)
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        para(
            p,
            f"Paid on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a computer-generated payslip from greytHR and needs no signature.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (228, 0, 18))
        app_head(p, "Airtel Thanks", "Airtel Payments Bank  |  UPI")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "The receiver's bank is not reachable right now (U68). No money has been debited; please try "
            "again "
            "after some time.",
            "error",
        )
        tid = f"AP{digits(rng, 14)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paid from", f"Airtel Payments Bank XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 150, 124))
        app_head(p, "Fi", "Money sent")
        p.add("center", "Paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "to")
        p.add("center", worker, merchant=worker)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("rule")
        two_up(
            p,
            "fi",
            ("UPI Ref", j.ref),
            ("From", f"Federal {dot * 2}{digits(rng, 4)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        p.add("gap")
        p.add("small", "Fi is a money app; accounts are held with Federal Bank.")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([2000, 3000, 4000, 5000, 6000]))
        her = rng.choice(["Nazma Begum", "Shabnam Bano", "Gulshan Ara"])
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 250, 244), (246, 246, 240)])
        h275.holes(p)
        p.part = "body"
        p.add("gap")
        write(p, "RECEIPT", align="c")
        p.add("gap")
        write(
            p,
            f"I, {her}, of Mohalla Shahabad, Bareilly, have received Rs. {num(j.amount, 'indian', 0)}/- "
            f"({bare_words(j.amount)} only) in cash from {FIRM} as peshgi (advance) for sitara and dabka "
            "work.",
            amount=j.amount,
            method="cash",
            status=status,
        )
        p.add("gap")
        write(p, f"Date: {day_in(j, rng, ['%d/%m/%Y', '{d}/%m/%y'])}", date=j.date)
        p.add("gap")
        thumb(p)
        write(p, her, align="r", merchant=her)
        return p.done()
    if k == 5:
        shift(j, rng, EID - dt.timedelta(days=rng.randrange(1, 11)))
        j.amount = float(rng.choice([1100, 1500, 2100, 2500, 3100]))
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(252, 250, 242), (255, 255, 255)])
        p.part = "head"
        buta(p)
        urdu(p, "عیدی", scale=1.4, bold=True)
        p.add("center", f"{KARKHANA.upper()}  |  EIDI VOUCHER")
        p.add("small", ADDRESS)
        zari_border(p)
        p.part = "body"
        no = f"EV/{rng.randrange(1, 40):02d}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.53, 0.7, "l"), (0.7, 1.0, "l")]
        colkv(
            p,
            "ev",
            spec,
            "Voucher No.",
            no,
            "Date",
            day_in(j, rng, ["%d/%m/%Y", "%d.%m.%Y"]),
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        colkv(p, "ev", spec, "Paid to", worker, "Amount", rs(j.amount), merchant=worker, amount=j.amount)
        colkv(
            p, "ev", spec, "Mode", "UPI", "UPI Ref", j.ref, method="UPI", txn=(UTR_RANK, j.ref), status=status
        )
        p.add("gap")
        urdu(p, "عید مبارک", scale=1.35)
        sig(p)
        p.add("right", "Receiver's signature")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Check status",))
        band(p, (46, 24, 96))
        app_head(p, "slice", "UPI")
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "Your bank has not confirmed this payment yet. Please don't pay again; we'll update it here.",
            "warn",
        )
        hour = hhmm(rng, lower=True)
        h271.step(p, "Sent from slice", hour, "done")
        h271.step(p, "Bank confirmation", "awaited", "pending")
        h271.step(p, f"Received by {worker.split()[0]}", "", "todo")
        p.add("gap")
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Started at", f"{hour}, {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])}", date=j.date, method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
    band(p, (250, 196, 0), ink=(30, 30, 30))
    app_head(p, "POP", "UPI payments")
    p.add("center", "Payment successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"to {worker}", merchant=worker)
    p.add("gap")
    c = card_open(p)
    coins = rng.randrange(8, 90)
    p.add("center", f"You won {coins} POPcoins")
    p.add("small", f"worth Rs. {coins / 10:.2f} on your next order")
    card_close(p, c)
    p.add("gap")
    p.pair("UPI Transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    p.pair("Paid from", f"PNB {dot * 2}{digits(rng, 4)}", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


NIGAM = "Nagar Nigam Bareilly"
NIGAM_HI = "नगर निगम बरेली"
NIGAM_UR = "نگر نگم بریلی"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues: Nagar Nigam Bareilly's online HOUSE TAX RECEIPT under its Hindi and
    Urdu names (Receipt No., Date, House No., Ward, Owner, Financial Year two to a row; Amount Paid as a
    total; "Paid online through Net Banking (PNB), Transaction ID ..."); the GST portal's Form GST PMT-06
    Payment Receipt printed through a browser (the print's day and hour and its title at the head, the
    address and 1/1 at the foot; GSTIN, Name (Legal), CPIN, Deposit Date, Deposit Time, E-Payment Mode,
    Bank, CIN, BRN on hairline rows; Head | Tax | Interest | Penalty | Fee | Total in a table ruled on
    every side with its Total Amount); EPFO's ECR challan payment pending at the bank (a capsule, a notice;
    Establishment ID, Wage Month, TRRN, Total Amount, Payment Mode, Initiated on in dot leaders); Passport
    Seva's payment failed on a tinted band (the Ministry of External Affairs under the portal, the reason
    in a notice; ARN, Payment Reference No., Amount, Payment Mode, Date at the left and the right); the Taj
    Mahotsav Samiti's STALL RENT RECEIPT from its book under its Hindi name, its counterfoil beside it
    across a perforation (No. left blank, Date, Stall, Recd. from, Towards and the sum written on both; "in
    cash"; an oval stamp; no reference); the Labour Department's shop registration renewal in the Nivesh
    Mitra app ("Today, <hour>"; the Department under the app, a tile's tick, Fee paid, the sum; Application
    No., Transaction ID, Paid via; no day); the Income Tax Department's Challan Receipt (ITNS 280) for
    advance tax (PAN, Name, Financial Year, Major Head, Minor Head, Amount (in Rs.), CIN, Mode of Payment,
    Bank Reference Number, Date of Deposit, BSR code, Challan No. against a gutter; Head | Tax | Surcharge
    | Interest | Total in a table ruled on every side); the Legal Metrology Department's e-Receipt for the
    verification of the showroom's scales under its Hindi name (Receipt No., Instrument, Fee, GRN, Bank Ref
    No., Payment Date, Mode as value over label). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=300, high=24000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "nnbareilly.in/propertytax/onlinereceipt.aspx")
        p.part = "head"
        hindi(p, NIGAM_HI, scale=1.2, bold=True)
        urdu(p, NIGAM_UR, scale=1.05)
        name = NIGAM
        top(p, name, merchant=name)
        p.add("small", "Department of Urban Development, Uttar Pradesh  |  Online House Tax")
        p.add("rule")
        p.part = "body"
        p.add("center", "HOUSE TAX RECEIPT")
        rno = f"NNB/HT/{fy(j.date)}/{digits(rng, 6)}"
        tid = f"NNB{digits(rng, 12)}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.52, "l"), (0.55, 0.73, "l"), (0.73, 1.0, "l")]
        colkv(
            p,
            "ht",
            spec,
            "Receipt No.",
            rno,
            "Date",
            day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]),
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        colkv(
            p,
            "ht",
            spec,
            "House No.",
            f"{rng.randrange(10, 400)}/{rng.randrange(1, 30)}",
            "Ward",
            f"{rng.randrange(1, 80)} - Zakhira",
        )
        colkv(p, "ht", spec, "Owner", OWNER_CAPS, "Financial Year", f"20{fy(j.date)}")
        total(p, "Amount Paid", rs(j.amount), at=0.55, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Paid online through Net Banking (PNB), Transaction ID {tid}.",
            method="netbanking",
            status=status,
            txn=(TXN_RANK, tid),
        )
        p.add("small", "This is a computer generated receipt.")
        return p.done()
    if k == 1:
        tax = round(j.amount / 2, 0)
        j.amount = 2 * tax
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        printed(p, print_day(rng, j), "GST Payment Receipt")
        p.add("gap")
        name = "Goods and Services Tax"
        top(p, name, merchant=name)
        p.add("small", "Government of India, States and Union Territories")
        p.add("rule")
        p.part = "body"
        p.add("center", "Form GST PMT-06  |  Payment Receipt", status=status)
        cpin = f"{j.date:%y}09{digits(rng, 10)}"
        cin = f"PUNB{j.date:%y}09{digits(rng, 10)}"
        brn = str(digits(rng, 10))
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        h269.kind(p, "pm", spec, "line")
        for label, value, facts in [
            ("GSTIN", GSTIN, {}),
            ("Name (Legal)", OWNER_CAPS, {}),
            ("CPIN", cpin, {"txn": (INVOICE_RANK, cpin)}),
            ("Deposit Date", day_in(j, rng, ["%d/%m/%Y"]), {"date": j.date}),
            ("Deposit Time", hhmm(rng, twelve=False, seconds=True), {}),
            ("E-Payment Mode", "Net Banking", {"method": "netbanking"}),
            ("Bank", "Punjab National Bank", {}),
            ("CIN", cin, {"txn": (TXN_RANK, cin)}),
            ("BRN", brn, {"txn": (BANK_RANK, brn)}),
        ]:
            h269.row(p, "pm", label, value, **facts)
        p.add("gap")
        grid(
            p,
            "gt",
            [
                (0.0, 0.2, "l"),
                (0.2, 0.36, "r"),
                (0.36, 0.52, "r"),
                (0.52, 0.68, "r"),
                (0.68, 0.84, "r"),
                (0.84, 1.0, "r"),
            ],
            ["Head", "Tax", "Interest", "Penalty", "Fee", "Total"],
            [
                (["CGST", num(tax), "0.00", "0.00", "0.00", num(tax)], {}),
                (["SGST", num(tax), "0.00", "0.00", "0.00", num(tax)], {}),
            ],
            foot=(["Total Amount", num(j.amount)], {"amount": j.amount}),
            tint=(230, 236, 246),
        )
        p.part = "foot"
        p.add("gap")
        printed(p, "https://payment.gst.gov.in/payment/trackpayment", "1/1")
        return p.done()
    if k == 2:
        j.amount = round(rupees(rng, 2400, 18000, 0.4), 0)
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/payment/status")
        p.part = "head"
        name = pick(p, "title", ["Employees' Provident Fund Organisation", "EPFO"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment  |  Employer e-Sewa")
        p.add("rule")
        p.part = "body"
        p.add("left", "ECR challan payment")
        pill(p, "Pending at bank", status, align="l")
        note(
            p,
            "The bank has not yet confirmed this payment. The TRRN will show as paid once the bank's "
            "confirmation is received, usually within one working day.",
            "warn",
        )
        trrn = f"{rng.randrange(3, 4)}{digits(rng, 12)}"
        dots(p, "Establishment ID", f"UPBRL00{digits(rng, 5)}000", at=0.36)
        dots(p, "Wage Month", j.month(1), at=0.36)
        dots(p, "TRRN", trrn, at=0.36, txn=(INVOICE_RANK, trrn))
        dots(p, "Total Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Payment Mode", "Internet Banking (PNB)", at=0.36, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([1500, 2000, 3500]))
        p = browser_page(rng, font, "portal2.passportindia.gov.in/AppOnlineProject/online/paymentStatus")
        p.part = "head"
        top(p, "Passport Seva")
        name = "Ministry of External Affairs"
        p.add("center", f"{name}, Government of India", merchant=name)
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        note(
            p,
            "The payment could not be completed at SBI ePay. Your appointment has not been booked; if money "
            "was debited it will be refunded within 7 working days.",
            "error",
        )
        ref = f"PSK{digits(rng, 12)}"
        kvr(p, "ARN", f"26-{digits(rng, 10)}")
        kvr(p, "Payment Reference No.", ref, txn=(TXN_RANK, ref))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment Mode", f"Credit Card (SBI ePay) XX{digits(rng, 4)}", method="card")
        kvr(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([6000, 7500, 9000, 12000]))
        j.date = MAHOTSAV - dt.timedelta(days=rng.randrange(3, 18))
        p = sheet_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(250, 244, 226), (246, 244, 234)])
        p.part = "head"
        hindi(p, "ताज महोत्सव समिति, आगरा", scale=1.2, bold=True)
        name = "TAJ MAHOTSAV SAMITI, AGRA"
        top(p, name, merchant=name)
        p.add("small", "U.P. Tourism and District Administration, Agra  |  Shilpgram, Taj East Gate Road")
        p.add("center", "STALL RENT RECEIPT")
        p.part = "body"
        at = 0.3
        start = len(p.rows)
        d = day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"])
        h271.fill2(p, ("No.", ""), ("No.", ""), at)
        h271.fill2(p, ("Date", d), ("Date", d), at, date=j.date)
        h271.fill2(p, ("Stall", "61"), ("Recd. from", FIRM), at)
        h271.fill2(p, ("Rs.", f"{num(j.amount, 'indian', 0)}/-"), ("Towards", "stall rent, 18-27 Feb"), at)
        h271.fill2(
            p,
            ("", ""),
            ("Rs.", f"{num(j.amount, 'indian', 0)}/- in cash"),
            at,
            amount=j.amount,
            method="cash",
            status=status,
        )
        h271.perf(p, start, at)
        h287.oval(p, ["TAJ MAHOTSAV", "SAMITI", "AGRA"], "violet", at=0.62, rows_=4)
        sig(p)
        p.add("right", "Secretary")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([250, 500, 750, 1000]))
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Download receipt",))
        band(p, (12, 84, 160))
        app_head(p, "Nivesh Mitra", "Government of Uttar Pradesh")
        name = pick(p, "center", ["Labour Department, Uttar Pradesh", "Labour Dept., U.P."])
        p.add("center", name, merchant=name)
        p.add("small", "Shops and Establishments: renewal")
        p.add("gap")
        h287.tile(p, status)
        p.add("center", "Fee paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        tid = f"NM{digits(rng, 13)}"
        p.pair("Application No.", f"UPSE{digits(rng, 9)}")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(30, 400) * 100)
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/challanReceipt")
        p.part = "head"
        name = "Income Tax Department"
        top(p, name, merchant=name)
        p.add("small", "e-Filing  |  e-Pay Tax  |  Challan Receipt (ITNS 280)")
        p.add("rule")
        p.part = "body"
        p.add("center", "Challan Receipt", status=status)
        cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}"
        bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        cno = f"{digits(rng, 5)}"
        for label, value, facts in [
            ("PAN", PAN, {}),
            ("Name", OWNER_CAPS, {}),
            ("Financial Year", f"20{fy(j.date)}", {}),
            ("Major Head", "Income Tax (Other than Companies) (0021)", {}),
            ("Minor Head", "Advance Tax (100)", {}),
            ("Amount (in Rs.)", rs(j.amount), {"amount": j.amount}),
            ("CIN", cin, {"txn": (TXN_RANK, cin)}),
            ("Mode of Payment", "Net Banking", {"method": "netbanking"}),
            ("Bank Reference Number", bref, {"txn": (BANK_RANK, bref)}),
            ("Date of Deposit", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), {"date": j.date}),
            ("BSR code", f"0{digits(rng, 6)}", {}),
            ("Challan No.", cno, {"txn": (INVOICE_RANK, cno)}),
        ]:
            gutter(p, "it", label, value, at=0.38, **facts)
        p.add("gap")
        grid(
            p,
            "itx",
            [(0.0, 0.28, "l"), (0.28, 0.46, "r"), (0.46, 0.64, "r"), (0.64, 0.82, "r"), (0.82, 1.0, "r")],
            ["Head", "Tax", "Surcharge", "Interest", "Total"],
            [(["Advance tax", num(j.amount, "plain", 0), "0", "0", num(j.amount, "plain", 0)], {})],
            tint=(236, 236, 244),
        )
        return p.done()
    j.amount = float(rng.choice([150, 300, 450, 600, 900]))
    p = browser_page(rng, font, "lmdup.gov.in/verification/ereceipt")
    p.part = "head"
    hindi(p, "विधिक माप विज्ञान विभाग, उत्तर प्रदेश", scale=1.1, bold=True)
    name = pick(p, "title", ["Legal Metrology Department, Uttar Pradesh", "Legal Metrology, U.P."])
    top(p, name, merchant=name)
    p.add("small", "Office of the Inspector, Bareilly  |  Verification and stamping")
    p.add("rule")
    p.part = "body"
    p.add("center", "e-Receipt", status=status)
    p.add("gap")
    rno = f"LM/BLY/{fy(j.date)}/{digits(rng, 5)}"
    grn = f"{digits(rng, 4)}{j.date:%y}{digits(rng, 8)}"
    bref = f"{digits(rng, 12)}"
    vlab(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
    vlab(p, "Instrument", "Electronic weighing scale, Class II, 600 g x 2", bold=False)
    vlab(p, "Fee", rs(j.amount), amount=j.amount)
    vlab(p, "GRN", grn, txn=(TXN_RANK, grn))
    vlab(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
    vlab(p, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), bold=False, date=j.date)
    vlab(p, "Mode", "Net Banking (e-GRAS, U.P.)", bold=False, method="netbanking")
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums: The New India Assurance Company's PREMIUM RECEIPT for the karkhana's fire and
    burglary policy (a striped table: Receipt No., Receipt Date, Policy No., Product, Insured, Sum Insured,
    Premium, GST 18%, Total Premium; "Received with thanks ... by NEFT, UTR ..."); LIC's premium paid
    acknowledgement mail for the proprietor's policy (its sentence; Policy No., Plan; Premium, Late Fee;
    Total Amount, Mode; Transaction No., Date of Payment two to a row); HDFC ERGO's health renewal with the
    payment under process (the sum, "to <insurer>", a notice; a folding Payment details: Proposal No.,
    Transaction ID, UPI Ref No., Initiated on as label and value on a line); ICICI Lombard's mail of the
    showroom's policy ready (its sentence; Policy No., Product, Period on a tinted card; Transaction ID,
    Amount paid, Payment date, Payment mode at the left and the right); Bajaj Allianz's app with the
    karkhana's van policy renewed ("Today, <hour>"; the insurer under the app, a scalloped badge; UPI Ref
    No. and Vehicle side by side; no day); Star Health's renewal payment failed on a tinted band (the
    reason in a notice; Policy No., Premium, Payment ID, Mode, Attempted on in dot leaders); Oriental
    Insurance's MARINE CARGO DECLARATION AND PREMIUM RECEIPT typed for a shipment to Dubai (DECLARATION
    NO., DATE, OPEN POLICY, AWB NO., GOODS, SUM INSURED, PREMIUM, GST 18%, TOTAL; "PREMIUM RECEIVED BY
    NEFT, UTR ..."); Digit's app with the showroom's policy active ("<sum> paid on <day>", Paid by UPI; the
    policy's tiles; no reference). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=2400, high=64000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    pol = f"{rng.randrange(4200, 4299)}{digits(rng, 10)}"
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["The New India Assurance Co. Ltd.", "New India Assurance"])
        top(p, name, merchant=name)
        p.add(
            "small",
            "Divisional Office II, Civil Lines, Bareilly - 243001  |  A Government of India Undertaking",
        )
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        rno = f"4214{j.date:%y}{digits(rng, 8)}"
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        zebra(
            p,
            "ni",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Policy No.", pol], {}),
                (["Product", "Bharat Laghu Udyam Suraksha (fire and burglary)"], {}),
                (["Insured", f"{FIRM}, {KARKHANA}"], {}),
                (["Sum Insured", rs(float(rng.randrange(20, 90) * 100000))], {}),
                (["Premium", num(base)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total Premium", rs(j.amount)], {"amount": j.amount}),
            ],
            (24, 62, 132),
        )
        p.add("gap")
        para(
            p,
            f"Received with thanks from {FIRM} the premium above by NEFT, UTR {utr}.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Divisional Manager")
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(60, 400) * 50)
        p = mail_page(rng, font, "LIC of India <noreply@licindia.com>", ["Premium paid acknowledgement"])
        p.part = "head"
        name = pick(p, "title", ["Life Insurance Corporation of India", "LIC of India"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(p, "We acknowledge with thanks the premium received for your policy as below.", status=status)
        tno = f"LIC{digits(rng, 13)}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.53, 0.73, "l"), (0.73, 1.0, "l")]
        colkv(p, "lc", spec, "Policy No.", str(digits(rng, 9)), "Plan", "Jeevan Anand (915)")
        colkv(p, "lc", spec, "Premium", num(j.amount), "Late Fee", "0.00")
        colkv(p, "lc", spec, "Total Amount", rs(j.amount), "Mode", "UPI", amount=j.amount, method="UPI")
        colkv(
            p,
            "lc",
            spec,
            "Transaction No.",
            tno,
            "Date of Payment",
            day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]),
            txn=(TXN_RANK, tno),
            date=j.date,
        )
        p.add("gap")
        p.add("small", "Life Insurance Corporation of India, Central Office, Mumbai. Please do not reply.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Check status",))
        band(p, (200, 16, 46))
        app_head(p, "HDFC ERGO", "Health renewal")
        p.add("center", "Payment under process", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(
            p, "center", ["to HDFC ERGO General Insurance Co. Ltd.", "to HDFC ERGO General Insurance"]
        )[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "We are waiting for your bank's confirmation. Your policy will renew as soon as it arrives.",
            "warn",
        )
        fold_row(p, "Payment details")
        tid = f"HE{digits(rng, 14)}"
        p.pair("Proposal No.", f"PR/{digits(rng, 9)}")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        p.pair("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = mail_page(rng, font, "ICICI Lombard <customersupport@icicilombard.com>", ["Your policy is ready"])
        p.part = "head"
        name = "ICICI Lombard General Insurance Company Limited"
        top(p, pick(p, "title", [name, "ICICI Lombard"]), merchant=pick(p, "title", [name, "ICICI Lombard"]))
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(
            p,
            "Thank you for your payment. Your shop insurance policy for Zari Mahal is now active.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        p.pair("Policy No.", f"4005/{digits(rng, 9)}/00/000")
        p.pair("Product", "Shop Owner's Package")
        p.pair("Period", "1 year")
        card_close(p, c)
        p.add("gap")
        tid = f"ICL{digits(rng, 12)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Amount paid", rs(j.amount), amount=j.amount)
        kvr(p, "Payment date", day_in(j, rng, ["%d %B %Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "Payment mode", f"Credit card XX{digits(rng, 4)}", method="card")
        p.add("small", "ICICI Lombard General Insurance Company Limited, Mumbai.")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Download policy",))
        band(p, (0, 88, 160))
        app_head(p, "Caringly Yours", "Bajaj Allianz General Insurance")
        name = pick(p, "center", ["Bajaj Allianz General Insurance", "Bajaj Allianz"])
        p.add("center", name, merchant=name)
        p.add("gap")
        h287.burst(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        two_up(
            p,
            "bj",
            ("UPI Ref No.", j.ref),
            ("Vehicle", f"UP25{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "www.starhealth.in/renewal/payment/status")
        p.part = "head"
        name = pick(p, "title", ["Star Health and Allied Insurance Co. Ltd.", "Star Health Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Renew your policy  |  Payment status")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "Your bank did not authorise this payment. Your policy is still due for renewal; please try "
            "again.",
            "error",
        )
        pid = f"SH{digits(rng, 13)}"
        dots(p, "Policy No.", f"P/211200/01/2026/{digits(rng, 6)}", at=0.34)
        dots(p, "Premium", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "Payment ID", pid, at=0.34, txn=(TXN_RANK, pid))
        dots(p, "Mode", "Net Banking (PNB)", at=0.34, method="netbanking")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.34, date=j.date)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(252, 250, 244), (255, 255, 255)])
        p.part = "head"
        name = pick(p, "title", ["The Oriental Insurance Company Limited", "Oriental Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Branch Office, Kutubkhana, Bareilly  |  Marine Cargo")
        p.add("rule")
        p.part = "body"
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.84
        n_ = min(h271.tt_cols(p), 66)
        dno = f"MC/{fy(j.date)}/{digits(rng, 5)}"
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")

        def line(label: str, value: str, **facts) -> None:
            typed(p, f"{label:<16}: {value}"[:n_], scale=0.84, **facts)

        typed(p, "MARINE CARGO DECLARATION AND PREMIUM RECEIPT".center(n_).rstrip(), scale=0.84)
        typed(p, "-" * n_, scale=0.84)
        line("DECLARATION NO.", dno, txn=(INVOICE_RANK, dno))
        line("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        line("OPEN POLICY", f"{digits(rng, 6)}/21/2026/{digits(rng, 3)}")
        line("AWB NO.", f"176-{digits(rng, 8)}")
        line("GOODS", "ZARDOZI GARMENTS, 3 CTNS, TO DUBAI")
        line("SUM INSURED", num(float(rng.randrange(8, 40) * 100000)))
        line("PREMIUM", num(base))
        line("GST 18%", num(gst))
        line("TOTAL", num(j.amount), amount=j.amount)
        typed(p, "-" * n_, scale=0.84)
        typed(
            p,
            f"PREMIUM RECEIVED BY NEFT, UTR {utr}"[:n_],
            scale=0.84,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        sig(p)
        p.add("right", "Branch Manager")
        return p.done()
    p = phone(rng, font, k, ["", "My policies"], dark=False, buttons=("View policy",))
    band(p, (250, 210, 0), ink=(20, 20, 20))
    app_head(p, "Digit", "Go Digit General Insurance")
    name = pick(p, "center", ["Go Digit General Insurance Ltd.", "Go Digit General Insurance"])
    p.add("center", name, merchant=name)
    p.add("gap")
    h287.tile(p, status)
    p.add("center", "Your policy is active", status=status)
    p.add(
        "center",
        f"{rs(j.amount)} paid on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])}",
        amount=j.amount,
        date=j.date,
    )
    p.add("small", "Paid by UPI", method="UPI")
    p.add("gap")
    tiles2(p, ("Policy", "Digit Shop Insurance"), ("Cover", "Zari Mahal, Kutubkhana"))
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("ZARI MAHAL", "KUTUBKHANA BAZAAR, BAREILLY", "PUNJAB NATIONAL BANK", "pnb"),
    ("ZARI MAHAL - TAJ MAHOTSAV STALL 61", "SHILPGRAM, AGRA", "Pine Labs", "pinelabs"),
    ("HOTEL SHEESH MAHAL", "KAROL BAGH, NEW DELHI", "HDFC BANK", "tip"),
    ("SURTI LOCHO HOUSE", "RING ROAD, SURAT", "AXIS BANK", "axis"),
    ("IOCL COCO FUEL STATION", "DELHI ROAD, BAREILLY", "CANARA BANK", "declined"),
    ("ZARI MAHAL", "Kutubkhana Bazaar, Bareilly", "Paytm for Business", "soundbox"),
    ("ZARI MAHAL", "Kutubkhana Bazaar, Bareilly", "Mswipe", "mswipe"),
    ("NAWABI KABAB CORNER", "CIVIL LINES, BAREILLY", "", "bill"),
]
KABABS = [
    ("Galouti kabab (4 pc)", 220, 280),
    ("Seekh kabab (4 pc)", 200, 260),
    ("Chicken biryani", 240, 320),
    ("Sheermal", 40, 60),
    ("Rumali roti", 20, 30),
    ("Phirni", 70, 100),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's terminals and the firm's card elsewhere: Punjab National Bank's slip at Zari
    Mahal (DATE and TIME on a line, MID, TID, BATCH and ROC NO on a line, CARD NUM, CARD TYPE, EXP DATE,
    APPR CODE, RRN, AMOUNT; APPROVED, MERCHANT COPY); Pine Labs' Plutus print at the Taj Mahotsav stall in
    the Mahotsav's days with the host's answer awaited (DATE/TIME, TID, BATCH, INV, CARD, AMOUNT;
    TRANSACTION PENDING, HOST RESPONSE AWAITED, DO NOT RETRY. VERIFY WITH BANK); HDFC Bank's slip at a
    Karol Bagh hotel with a tip (DATE, TIME, TID, INVOICE NO, CARD, AUTH CODE, RRN, BASE AMOUNT, TIP,
    TOTAL; APPROVED, SIGNATURE VERIFIED); Axis Bank's contactless slip at a Surat restaurant (CONTACTLESS
    SALE, DATE & TIME, TID, CARD, APPR, RRN, TXN AMT; PIN NOT REQUIRED, APPROVED); Canara Bank's slip at a
    fuel station DECLINED (55 INCORRECT PIN); Paytm for Business on the showroom's phone with its card
    soundbox's payment (the showroom under the app, a large tick, Card payment received, the sum, the card,
    the day and hour, the soundbox's announcement; no reference); Mswipe's merchant app with a sale
    approved ("Yesterday, <hour>"; Auth code, RRN, Invoice as label and value on a line; no day); a
    Bareilly kabab house's printed bill settled by card (Bill No., Date, Table, the dishes, Sub Total, CGST
    2.5%, SGST 2.5%, Grand Total, "Settled: Card (<card>)", PAID). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=600, high=52000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "pinelabs":
        shift(j, rng, MAHOTSAV + dt.timedelta(days=rng.randrange(0, 10)))
    if layout in ("declined", "tip", "axis"):
        j.amount = rupees(rng, 700, 14000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    mark = "\u20b9" if glyphs(font, "\u20b9") else "Rs."
    if layout == "soundbox":
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "Payments"], dark=False, buttons=("View settlements",))
        band(p, (0, 46, 110))
        app_head(p, brand, "Card payments")
        shown = pick(p, "center", [name, "Zari Mahal"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        p.add("gap")
        sicon(p, status)
        p.add("center", "Card payment received", status=status)
        p.add("big", f"{mark}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("small", f"{scheme} card ending {last4}", method="card")
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.add("gap")
        h287.speaker(p, f"Paytm par card se {num(j.amount, 'plain', 0)} rupaye prapt hue")
        return p.done()
    if layout == "mswipe":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Send receipt",))
        band(p, (228, 60, 40))
        app_head(p, "Mswipe", "Merchant app")
        shown = pick(p, "center", [name, "Zari Mahal"])
        p.add("center", shown, merchant=shown)
        p.add("gap")
        p.add("center", "Sale approved", status=status)
        p.add("big", f"{mark}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("small", f"{scheme} XXXX{last4}  |  chip", method="card")
        p.add("small", f"Yesterday, {hhmm(rng, lower=True)}")
        p.add("rule")
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Invoice", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    if layout == "bill":
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", town)
        p.add("small", f"GSTIN {gstin_of(rng, '09', 'F')}")
        p.part = "body"
        p.add("rule")
        bno = str(rng.randrange(1200, 9800))
        p.pair("Bill No.", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("Table", f"T{rng.randrange(1, 20)}  Pax {rng.randrange(2, 7)}")
        p.add("rule")
        sub = 0.0
        for text, lo, hi in rng.sample(KABABS, rng.randrange(3, 6)):
            q = rng.randrange(1, 4)
            v = float(q * rng.randrange(lo, hi + 1, 10))
            sub += v
            p.pair(f"{q} x {text}", f"{v:.2f}")
        gst = round(sub * 0.025, 2)
        j.amount = round(sub + 2 * gst, 2)
        p.add("rule")
        p.pair("Sub Total", f"{sub:.2f}")
        p.pair("CGST 2.5%", f"{gst:.2f}")
        p.pair("SGST 2.5%", f"{gst:.2f}")
        p.pair("Grand Total", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("left", f"Settled: Card ({scheme} XX{last4})", method="card")
        p.add("center", "PAID", status=status)
        p.add("small", "Thank you. Visit again!")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pnb":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE : {when(j.date, '%d/%m/%Y')}   TIME : {t}", date=j.date)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.add("left", f"BATCH : {batch[-4:]}   ROC NO : {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD NUM", f"XXXX XXXX XXXX {last4}", method="card")
        p.pair("CARD TYPE", scheme)
        p.pair("EXP DATE", "**/**")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "** MERCHANT COPY **")
    elif layout == "pinelabs":
        p.add("center", "PLUTUS SMART  |  SALE")
        p.add("rule")
        p.pair("DATE/TIME", f"{when(j.date, '%d-%m-%y')} {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("BATCH", batch[-3:])
        p.pair("INV", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} ****{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION PENDING", status=status)
        p.add("small", "HOST RESPONSE AWAITED")
        p.add("small", "DO NOT RETRY. VERIFY WITH BANK")
    elif layout == "tip":
        base = j.amount
        tip = float(rng.choice([50, 100, 150, 200]))
        j.amount = round(base + tip, 2)
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d %b %Y").upper(), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("BASE AMOUNT", f"{base:,.2f}")
        p.pair("TIP", f"{tip:,.2f}")
        p.add("rule")
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGNATURE VERIFIED")
    elif layout == "axis":
        p.add("center", "CONTACTLESS SALE")
        p.add("rule")
        p.pair("DATE & TIME", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("CARD", f"{scheme} ...{last4} TAP", method="card")
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TXN AMT", fmt(j.amount), amount=j.amount)
        p.add("small", "PIN NOT REQUIRED")
        p.add("center", "APPROVED", status=status)
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "55 INCORRECT PIN")
        p.add("small", "PLEASE TRY AGAIN")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's and the showroom's bills: Madhyanchal Vidyut Vitran Nigam's online PAYMENT RECEIPT
    under its Hindi name (Receipt No., Payment Date; Account No., Bill Month; Consumer, Amount Paid;
    Transaction ID, Payment Mode two to a row in a table ruled on every side); MyJio's JioFiber bill paid
    (tabs; the sum, "for JioFiber"; Transaction ID, Paid on, Payment mode as label and value on a line);
    BSNL's self-care portal with the Bharat Fibre bill's payment failed on a tinted band (the reason in a
    notice; Account No., Bill Amount, Order ID, Payment Gateway, Date in dot leaders); the Jal Kal Vibhag's
    WATER TAX RECEIPT from its book under its Hindi name (No. left blank; Connection No. in boxes filled in
    by hand; Date, Name, Period written in; Rs. in a box; "Received in cash" in the hand; an oval stamp; no
    reference); HelloBPCL's Bharatgas refill booked and paid (a tile's tick, "to Bharatgas"; Booking Ref
    No., Distributor, Consumer No., Transaction ID, Paid via, Paid on in a striped table); Airtel Thanks'
    Airtel Digital TV recharge pending (a capsule, the sum, "for Airtel Digital TV", a notice; Customer ID,
    Order ID, Payment mode, Initiated on at the left and the right); bob FASTag's recharge ("Today,
    <hour>"; the tag's bank under the app; Vehicle No., Tag ID, Transaction ID, Paid via as value over
    label; no day); Airtel Xstream Fiber's mail of the bill paid (its sentence; Account No., Bill period,
    Transaction ID, Payment date, Payment mode on hairline rows). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=300, high=16000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "uppclonline.com/dispatch/Portal/appmanager/uppcl/wss?_nfpb=true&receipt")
        p.part = "head"
        hindi(p, "मध्यांचल विद्युत वितरण निगम लिमिटेड", scale=1.05, bold=True)
        name = pick(p, "title", ["Madhyanchal Vidyut Vitran Nigam Ltd.", "MVVNL"])
        top(p, name, merchant=name)
        p.add("small", "Uttar Pradesh Power Corporation Ltd.  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT RECEIPT", status=status)
        rno = f"MV{j.date:%y%m}{digits(rng, 8)}"
        tid = f"UPPCL{digits(rng, 12)}"
        grid(
            p,
            "mv",
            [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")],
            None,
            [
                (
                    ["Receipt No.", rno, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (["Account No.", str(digits(rng, 10)), "Bill Month", j.month(1)], {}),
                (["Consumer", "NAQSH ZARDOZI", "Amount Paid", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid, "Payment Mode", "UPI"], {"txn": (TXN_RANK, tid), "method": "UPI"}),
            ],
            tint=(230, 236, 246),
        )
        p.add("small", "Payment will be posted to your account within 48 hours.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Done",))
        band(p, (14, 58, 160))
        app_head(p, "MyJio", "JioFiber")
        h275.tabs(p, ["Recharge", "Pay bill", "History"], 1)
        p.add("gap")
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for JioFiber", merchant="JioFiber")
        p.add("small", f"Account {digits(rng, 10)}")
        p.add("rule")
        tid = f"BR000{code(rng, 4, UPPER)}{digits(rng, 5)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.pair("Payment mode", "UPI", method="UPI")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "portal.bsnl.in/myportal/quickrecharge.do?billpay=ftth")
        p.part = "head"
        name = pick(p, "title", ["Bharat Sanchar Nigam Limited", "BSNL"])
        top(p, name, merchant=name)
        p.add("small", "Self Care  |  Bharat Fibre (FTTH) bill payment")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        note(
            p,
            "The transaction was declined by your bank. Your bill is still due; please pay before the due "
            "date.",
            "error",
        )
        oid = f"BSNLFT{digits(rng, 10)}"
        dots(p, "Account No.", str(digits(rng, 10)), at=0.34)
        dots(p, "Bill Amount", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "Order ID", oid, at=0.34, txn=(ORDER_RANK, oid))
        dots(p, "Payment Gateway", f"PayU (Debit Card XX{digits(rng, 4)})", at=0.34, method="card")
        dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.34, date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([480, 720, 960, 1440]))
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(240, 246, 250), (246, 248, 240)])
        same_pen(p)
        p.part = "head"
        hindi(p, "जलकल विभाग, नगर निगम बरेली", scale=1.15, bold=True)
        name = "JAL KAL VIBHAG, NAGAR NIGAM BAREILLY"
        p.add("center", name, merchant=name)
        p.add("center", "WATER TAX RECEIPT")
        p.part = "body"
        p.add("left", "No. ..............")
        h269.comb(p, "Connection No.", f"BW{digits(rng, 6)}")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Name", OWNER_CAPS.title())
        blank(p, "Period", f"{j.month(6)} to {j.month(1)}")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Received in cash", method="cash", status=status)
        h287.oval(p, ["NAGAR NIGAM", "JAL KAL", "BAREILLY"], "violet", at=0.62, rows_=3)
        sig(p)
        p.add("right", "Cashier")
        return p.done()
    if k == 4:
        j.amount = round(rng.uniform(880, 960), 2)
        p = phone(rng, font, k, ["", "Booking"], dark=False, buttons=("Track delivery",))
        band(p, (0, 84, 150))
        app_head(p, "HelloBPCL", "Bharatgas refill")
        h287.tile(p, status)
        p.add("center", "Refill booked and paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to Bharatgas", merchant="Bharatgas")
        p.add("gap")
        bno = str(digits(rng, 10))
        tid = f"BPCL{digits(rng, 12)}"
        zebra(
            p,
            "bg",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Details", ""],
            [
                (["Booking Ref No.", bno], {"txn": (ORDER_RANK, bno)}),
                (["Distributor", "Rohilkhand Gas Service"], {}),
                (["Consumer No.", str(digits(rng, 6))], {}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Paid via", "UPI"], {"method": "UPI"}),
                (["Paid on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",))], {"date": j.date}),
            ],
            (0, 84, 150),
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([299, 354, 449, 599, 749]))
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Check status",))
        band(p, (228, 0, 18))
        app_head(p, "Airtel Thanks", "DTH recharge")
        chip(p, "Recharge pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Airtel Digital TV", merchant="Airtel Digital TV")
        note(
            p,
            "We are waiting for a confirmation from your bank. Your pack will start as soon as it arrives.",
            "warn",
        )
        oid = f"ADTV{digits(rng, 11)}"
        kvr(p, "Customer ID", str(digits(rng, 10)))
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = phone(rng, font, k, ["", "FASTag"], dark=False, buttons=("Done",))
        band(p, (244, 100, 26))
        app_head(p, "bob FASTag", "Bank of Baroda")
        name = pick(p, "center", ["Bank of Baroda FASTag", "bob FASTag"])
        p.add("center", name, merchant=name)
        p.add("center", "Recharge successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        tid = f"BOBFT{digits(rng, 12)}"
        vlab(p, "Vehicle No.", f"UP25{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)}", bold=False)
        vlab(p, "Tag ID", f"607469{code(rng, 10, HEXU)}", bold=False)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    j.amount = float(rng.choice([589, 799, 999, 1178, 1498]))
    p = mail_page(rng, font, "Airtel <noreply@airtel.com>", ["Thank you for your payment"])
    p.part = "head"
    name = pick(p, "title", ["Airtel Xstream Fiber", "Airtel"])
    top(p, name, merchant=name)
    p.add("rule")
    p.part = "body"
    para(
        p,
        f"Dear Customer, thank you for your payment of {rs(j.amount)} towards your Airtel Xstream Fiber "
        "bill.",
        amount=j.amount,
        status=status,
    )
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    h269.kind(p, "ax", spec, "line")
    tid = f"{digits(rng, 12)}"
    for label, value, facts in [
        ("Account No.", f"2200{digits(rng, 6)}", {}),
        ("Bill period", f"{j.month(1)}", {}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ("Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), {"date": j.date}),
        ("Payment mode", f"Credit card XX{digits(rng, 4)}", {"method": "card"}),
    ]:
        h269.row(p, "ax", label, value, **facts)
    p.add("gap")
    p.add("small", "Bharti Airtel Ltd. This is a system generated mail; please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("State Bank of India", "AD-SBIINB", "SHREE KASAB ZARI IN", "NEFT", "sms"),
    ("Bank of Baroda", "VM-BOBTXN", "BANARAS BROCADE HOUS", "RTGS", "keypad"),
    ("Punjab National Bank", "", "HAJI ABDUL SATTAR", "UPI", "lock"),
    ("ICICI Bank", "", "RATAN VELVET MILLS", "IMPS", "mail"),
    ("Axis Bank", "JD-AXISBK", "BAREILLY CARTON UDY", "IMPS", "sms"),
    ("Uttar Pradesh Gramin Bank", "BZ-UPGBNK", "MUNNE KHAN KHAKA", "UPI", "sms"),
    ("UCO Bank", "", "THE PROFESSIONAL CO", "NEFT", "shade"),
    ("HDFC Bank", "", "RAMESH CHANDRA VISHW", "UPI", "whatsapp"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: SMS in State Bank of India's ("Dear Customer, your A/c
    X1234 has been debited by Rs x on <ddMonyy> transfer to <PAYEE> Ref No ... -SBI"), Axis Bank's ("IMPS
    of INR x to <PAYEE> from A/c no. XX1234 on <dd-mm-yy> has FAILED. Ref ... Amount if debited will be
    reversed. -Axis Bank") and Uttar Pradesh Gramin Bank's ("A/c XX1234 debited Rs.x on <dd/mm/yyyy> by UPI
    to <PAYEE>. UPI Ref: ... -UPGB") wordings; Bank of Baroda's SMS in Hindi on a keypad phone's screen
    (its sender and hour; "प्रिय ग्राहक, आपके खाते XX1234 से <PAYEE> को RTGS द्वारा रु.x का भुगतान दिनांक
    <dd/mm/yyyy> को प्रक्रिया में है। UTR ...। कृपया दोबारा न भेजें। -बैंक ऑफ़ बड़ौदा"; the soft keys'
    Options and Back); Punjab National Bank's alert on a phone's lock screen under the hour (PNB ONE and
    "now", "Rs.x debited from your A/c XX1234 by UPI to <PAYEE>. UPI Ref ..."; another app's notification
    under it; no day); ICICI Bank's mail ("Your ICICI Bank Account XX1234 has been debited with INR x on
    <dd-Mon-yy> towards IMPS to <PAYEE>. IMPS Ref. No. ..."); UCO Bank's SMS in a notification shade pulled
    down over the quick settings ("Rs.x debited from A/c XX1234 on <dd-mm-yyyy> for NEFT to <PAYEE>. Avl
    Bal Rs.y -UCO Bank"; no reference); HDFC Bank's message on WhatsApp Banking under its day divider
    ("Your a/c XX1234 is debited for Rs.x on <dd-mm-yy> towards UPI/<PAYEE>. UPI Ref ..."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
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
        if bank == "State Bank of India":
            text = (
                f"Dear Customer, your A/c X{tail4} has been debited by Rs {amt} on "
                f"{when(j.date, '%d%b%y')} transfer to {to} Ref No {utr}. If not done by you, call "
                "1800111109 "
                "-SBI"
            )
        elif bank == "Axis Bank":
            text = (
                f"IMPS of INR {amt} to {to} from A/c no. XX{tail4} on {when(j.date, '%d-%m-%y')} has FAILED. "
                f"Ref {utr}. Amount if debited will be reversed. -Axis Bank"
            )
        else:
            text = (
                f"A/c XX{tail4} debited Rs.{amt} on {when(j.date, '%d/%m/%Y')} by UPI to {to}. UPI Ref: "
                f"{utr}. "
                "Not you? Call 1800-180-7777 -UPGB"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "keypad":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([360, 380]), size=rng.choice([17, 18]))
        p.style.update(
            {"paper": (186, 200, 172), "ink": (22, 30, 20), "label_ink": (40, 52, 38), "accent": (22, 30, 20)}
        )
        on_keypad(p)
        p.part = "body"
        p.add("pair", sender, hhmm(rng, twelve=False))
        p.add("rule")
        text = (
            f"प्रिय ग्राहक, आपके खाते XX{tail4} से {to} को RTGS द्वारा रु.{amt} का भुगतान दिनांक "
            f"{when(j.date, '%d/%m/%Y')} को प्रक्रिया में है। UTR {utr}। कृपया दोबारा न भेजें। -बैंक ऑफ़ "
            "बड़ौदा"
        )
        h287.nwrap(p, text, share=1.0, scale=0.95, **facts)
        p.add("rule")
        p.add("pair", "Options", "Back")
        return p.done()
    if frame == "lock":
        p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([21, 22]))
        p.part = "body"
        p.add("gap")
        h287.clock(p, hhmm(rng, twelve=False))
        p.add("gap")
        c = card_open(p)
        p.add("small", f"PNB ONE {sign(font, chr(0x2022), '|')} now")
        para(p, f"Rs.{amt} debited from your A/c XX{tail4} by UPI to {to}. UPI Ref {utr}.", **facts)
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"WhatsApp {sign(font, chr(0x2022), '|')} 9m")
        p.add("left", "Faizan: Dubai parcel packed, 3 cartons")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Swipe up to unlock")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "ICICI Bank <alert@icicibank.com>", ["Transaction alert for your ICICI Bank account"]
        )
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"Your ICICI Bank Account XX{tail4} has been debited with INR {amt} on "
            f"{when(j.date, '%d-%b-%y')} "
            f"towards IMPS to {to}. IMPS Ref. No. {utr}.",
            **facts,
        )
        p.add("gap")
        para(
            p, "If you did not do this transaction, please call 1800 1080 immediately to block your account."
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Sincerely, ICICI Bank. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "shade":
        p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([21, 22]))
        p.part = "body"
        p.add("small", hhmm(rng, twelve=False))
        h289.shade_pull(p)
        p.add("gap")
        c = card_open(p)
        p.add(
            "small", f"Messages {sign(font, chr(0x2022), '|')} AX-UCOBNK {sign(font, chr(0x2022), '|')} now"
        )
        para(
            p,
            f"Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d-%m-%Y')} for NEFT to {to}. Avl Bal "
            f"Rs.{bal} -UCO Bank",
            **facts,
        )
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Shopify {sign(font, chr(0x2022), '|')} 14m")
        p.add("left", "New order #ZM1371 on zarimahal.in")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Manage notifications")
        return p.done()
    p = phone(rng, font, k, ["HDFC Bank"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "WhatsApp Banking  |  official business account")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    p.add("gap")
    s = len(p.rows)
    text = (
        f"Your a/c XX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%m-%y')} towards UPI/{to}. "
        f"UPI Ref {utr}. Not you? Reply BLOCK."
    )
    for n_, line in enumerate(lines_of(p, text, 1.0, 0.9)):
        p.add("left", line, **(facts if n_ == 0 else {}))
    bubble(p, s, hhmm(rng, lower=True))
    return p.done()

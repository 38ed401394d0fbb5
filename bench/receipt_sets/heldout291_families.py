"""The twelve heldout291 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a khatwa (appliqué patchwork) workshop's year of 2026 in Phulwari Sharif,
Patna, Bihar (Phulwari Khatwa Shilp Udyog, Smt. Sarita Devi's proprietary firm, whose women cut shapes of
trees, birds, fish, elephants and lotuses from coloured cotton, lay them on a ground cloth and hem them down
by hand into shamiana canopies, qanat panels, wall hangings, bedcovers, cushion covers, table runners,
dupattas and bags; its workshop, Khatwa Silai Ghar at Issopur; its shop on Budh Marg, Khatwa Kala Kunj; stall
22 at the Rajgir Mahotsav's Shilp Haat; the web shop khatwakalakunj.in; buyers at home and in Bihar's old
diaspora abroad), told by the proofs of payment it receives (buyers' PhonePe, Paytm, BHIM, Amazon Pay, CRED,
Navi and YONO SBI screens and Paytm for Business on the shop's phone; SAP, QuickBooks, SBI's corporate
banking, Vyapar, GeM, Amazon Seller Central, a temple trust's Hindi voucher and TallyPrime; MCB Juice, Wells
Fargo, SMBC, Zürcher Kantonalbank, Republic Bank, Kiwibank, FNB and Sparkasse KölnBonn; its own tax invoice,
the Mahotsav stall's cash memo, Shopify, Instamojo, a GoFrugal bill, a WhatsApp Business chat, CCAvenue and a
money receipt with its counterfoil) and those it makes (a cloth merchant's rough bill in Hindi, a thread
house's Swipe invoice, udaan, a Bhagalpur weavers' invoice, Amazon Business, Blue Dart, a sewing machine
dealer's WhatsApp Business chat and Vistaprint; OnlineSBI, PNB ONE, BOI Mobile, a Dakshin Bihar Gramin Bank
passbook, HDFC Bank MobileBanking, UCO mBanking Plus, IndusMobile and mBandhan; its artisans' wage packet,
greytHR's payslip, Airtel Thanks, a bilingual wage receipt, bob World, slice, a WhatsApp payment and a
festival advance receipt; Patna Municipal Corporation, the Labour Resources Department, EPFO on UMANG, the
Income Tax Department, Bihar Bhumi, the GST portal, the Department of Tourism and Nagar Parishad Phulwari
Sharif; eight insurers; cards on the shop's, the stall's and the phone's terminals and at a hotel, a fabric
mall, a restaurant, a hardware store and a sweet shop; SBPDCL, BSNL, Jio, a water supplier's card, Sun Direct,
SBI FASTag, Airtel and Bharat Gas; the banks' SMS, a Hindi SMS, a mail, a business message and a heads-up
notification). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, the units' lines, salutations, Hindi and Urdu lines (but
a bank's SMS in Hindi, whose figures and payee carry the facts, a bilingual field's value and a Hindi hand's
sums and "received" or "paid"), items, bills, counts, rates, GST, TDS, commissions, fees, charges, tips alone,
late fees, balances, B/F and C/F lines, converted sums, periods, months, bill, pay and wage months, years,
invoice, bill, due and validity days, settlement periods, account, policy, quote, PAN, holding, khata and
khesra, consumer, smart card, tag, vehicle, registration and telephone numbers, bills named on an advice,
vendor numbers, IFSC, SWIFT/BIC codes, UPI IDs of payers, GSTIN, Udyam numbers, an AWB, a UETR, a tracker's
stops, trees of life, jhalars, outcome icons, tiles, notices, stamps, thumb impressions, signatures, cloth
cuttings, kraft packets, bedcovers, suggested replies and gallery photographs carry no fact. ``Job`` is
heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page``
heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``,
``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits``
heldout14's; heldout269's rows (``cols``, ``zebra``, ``total``, ``sms_page``, a thumb's box, a round rubber
stamp, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``, ``fill``, ``fill2`` and its
perforation, ``hand``, ``amtbox``, ``tt``, a payment's stops down the page, a rectangular rubber stamp,
rounded cards), heldout273's (``hcells``, ``ledger``, ``bubble``), heldout275's (``sig``, ``divider``, a
chat's payment card), heldout277's (a line in Urdu, a month's days in boxes), heldout279's (``phone``,
``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``) and heldout287's (Devanagari lines and
hand, ``tile``, ``notice``, ``tiles2``, ``copyrow``, ``vname``), written in this set's pens and printers'
faces. ``compose`` is heldout158's (as heldout269's to heldout289's), each page's rows drawn by heldout289's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: khatwa's tree of life as a letterhead's emblem (a trunk, branches and pointed leaves, a flower at its
top and two birds at its foot cut from cloths of other colours, every piece hemmed down with running
stitches); a shamiana's jhalar as a divider (a band and its hanging scallops, a white flower on each,
stitched); an outcome's round icon at the left of its words; a bilingual field's Hindi label over its English
at the left with its value at the right and dot leaders between; a business message's suggested replies; a
gallery's khatwa photographs; a wage packet's kraft paper and flap; a cloth's pinked cutting stapled to a
bill; a thumb's inked impression; and, after the frame, the khatwa bedcover a page is photographed lying on.
The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random
import textwrap

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout277_families as h277
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
from bench.receipt_sets.heldout269_families import bold_of, cols, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import amtbox, card_close, card_open, colkv, dots, grid, tt
from bench.receipt_sets.heldout273_families import bubble, hcells, ledger
from bench.receipt_sets.heldout275_families import divider, room_of, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import (
    copyrow,
    native,
    nhand,
    notice,
    nwrap,
    tile,
    tiles2,
    vname,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
# the hands that write on this set's papers: italics in another mix than heldout288's and heldout289's
PENS = [
    "liberation/LiberationSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
]
INKS = [(24, 44, 150), (30, 30, 100), (46, 40, 48), (14, 76, 116), (104, 28, 70)]
# the faces a page's fixed-width lines are printed in (a passbook printer's, an accounts program's)
TYPES = [
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
]
# khatwa's cloths as the Phulwari women cut and hem them: the grounds (a madder red, an indigo, a turmeric
# ochre, a leaf green, an unbleached cream) and the pieces laid on them (a white, a yellow, a parrot green,
# a black, a rani pink, a red)
GROUNDS = [(178, 34, 40), (34, 46, 112), (206, 150, 40), (32, 110, 70), (240, 230, 206)]
PIECES = [(250, 248, 240), (246, 200, 46), (86, 170, 76), (28, 26, 30), (224, 64, 128), (196, 36, 44)]

# ---------------------------------------------------------------- the firm

FIRM = "Phulwari Khatwa Shilp Udyog"
FIRM_CAPS = FIRM.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "PHULWARI KHATWA SHILP UD"
FIRM_HI = "फुलवारी खटवा शिल्प उद्योग"
SHOP = "Khatwa Kala Kunj"
SHOP_CAPS = SHOP.upper()
SHOP_HI = "खटवा कला कुंज"
GHAR = "Khatwa Silai Ghar"
GHAR_CAPS = GHAR.upper()
GHAR_HI = "खटवा सिलाई घर"
WEB = "khatwakalakunj.in"
GSTIN = "10AQZPD4827L1Z6"
UDYAM = "UDYAM-BR-26-0072314"
PROPRIETOR = "Smt. Sarita Devi"
DAUGHTER = "Nandini Kumari"
ADDRESS = "Khatwa Silai Ghar, Issopur, Phulwari Sharif, Patna - 801505 (Bihar)"
TOWN = "Issopur, Phulwari Sharif, Patna - 801505"
SHOP_AT = "Shop 9, Ashiana Plaza, Budh Marg, Patna - 800001"
STALL = "Stall 22, Shilp Haat, Rajgir Mahotsav, Rajgir"
# the Rajgir Mahotsav's crafts haat, 24 to 27 November 2026 (stall 22)
MAHOTSAV = dt.date(2026, 11, 24)
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Bank of India": "BKID",
    "UCO Bank": "UCBA",
    "Dakshin Bihar Gramin Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "IndusInd Bank": "INDB",
    "Bandhan Bank": "BDBL",
    "Central Bank of India": "CBIN",
    "Bank of Baroda": "BARB",
    "Union Bank of India": "UBIN",
    "Yes Bank": "YESB",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Punjab National Bank": "PNB",
    "Bank of India": "BOI",
    "UCO Bank": "UCO",
    "Dakshin Bihar Gramin Bank": "DBGB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Axis Bank": "Axis",
    "Bank of Baroda": "BoB",
    "Union Bank of India": "Union",
}
# the firm's khatwa: name, HSN, price each (low, high)
KHATWA = [
    ("Khatwa shamiana canopy 12 x 12 ft, tree of life", "6306", 18000, 42000),
    ("Khatwa qanat panel 9 x 6 ft, elephants", "6306", 8000, 16000),
    ("Khatwa wall hanging 3 x 5 ft, tree of life", "6304", 4500, 9500),
    ("Khatwa wall hanging, Chhath ghat", "6304", 3800, 8200),
    ("Khatwa bedcover, double, birds and lotus", "6304", 3200, 6800),
    ("Khatwa cushion covers, set of 5", "6304", 1400, 2600),
    ("Khatwa table runner, peacocks", "6304", 850, 1600),
    ("Khatwa dupatta, cotton, applique border", "6214", 1200, 2400),
    ("Khatwa tote bag, fish motif", "6305", 450, 900),
    ("Khatwa coasters, set of 6", "6304", 350, 700),
]
# the short names the Mahotsav's memo and the shop's roll write
SHORT_NAMES = {
    "Khatwa cushion covers, set of 5": "Cushion covers (5)",
    "Khatwa table runner, peacocks": "Table runner",
    "Khatwa tote bag, fish motif": "Tote bag",
    "Khatwa coasters, set of 6": "Coasters (6)",
    "Khatwa dupatta, cotton, applique border": "Dupatta",
}
CUSTOMERS = [
    "Mrs. Shalini Sinha",
    "Mr. Amitabh Jha",
    "Dr. Nusrat Jahan",
    "Ms. Ritika Choudhary",
    "Mr. Pranav Mishra",
    "Mrs. Archana Thakur",
    "Mr. Sanjeev Ranjan",
]
# the women who cut, lay and hem the khatwa at Khatwa Silai Ghar
ARTISANS = [
    "Rubi Khatoon",
    "Meena Devi",
    "Shabnam Parveen",
    "Pushpa Kumari",
    "Lalita Devi",
    "Gudiya Kumari",
    "Tarannum Ara",
    "Sunaina Devi",
]
CUTTER = "Md. Ishtiyaq Ansari"
STAFF = ["Abhishek Kumar", "Priyanka Raj"]


def khatwa(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's khatwa sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(KHATWA) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = KHATWA[i]
        q = rng.randrange(1, 4) if hi < 3000 else 1
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 50))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Mahotsav's), its UPI / card reference made again for that day."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_for(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def gstin_of(rng: random.Random, state: str = "10", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def bare_words(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def ordinal(day: dt.date) -> str:
    n = day.day
    end = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{end}"


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h291", {"marks": {}, "decor": [], "swatches": [], "frame": None})


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


def para(p: Screen, text: str, kind_: str = "left", **facts) -> None:
    """A sentence set left in as many lines as it needs (the facts on its first line)."""
    scale = 0.8 if kind_ == "small" else 1.0
    for n_, line in enumerate(lines_of(p, text, scale)):
        p.add(kind_, line, **(facts if n_ == 0 else {}))


def lab(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lab91", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab91"] = 0.8
    h269.row(p, "lab91", text, **facts)


def hindi(p: Screen, text: str, **kw) -> None:
    """heldout287's native line in Devanagari, here for Hindi (a name over its English, a heading)."""
    native(p, text, **kw)


# ---------------------------------------------------------------- this set's rows and marks


def emblem(p: Screen) -> None:
    """Khatwa's tree of life as a letterhead's emblem: a square of the ground with a border of another cloth,
    a trunk and branches cut from one cloth, pointed leaves and a flower at the top from others, two birds
    facing at its foot, every piece's edge hemmed down with small running stitches in a pale thread;
    centred, three lines high."""
    put(p, "t91em", "", mark_=[p.rng.randrange(len(GROUNDS) - 1), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def jhalar(p: Screen) -> None:
    """A shamiana's jhalar (its hanging valance) as a divider across the page: a band of the ground with a
    line of running stitches along it, and under it a row of scallops hanging in two cloths in turn, a small
    white flower laid on each; one line high."""
    put(p, "t91jh", "", mark_=[p.rng.randrange(len(GROUNDS) - 1), p.rng.randrange(10**6)])


def okline(p: Screen, text: str, tone: str, *, scale: float = 1.1, **facts) -> None:
    """An outcome as an app sets it at the left of a line: a round icon filled in its colour (a tick, a cross
    or a clock's hands in white) and the words beside it in bold in that colour."""
    bold = bold_of(p.font)
    face = load_font(bold, int(p.style["size"] * scale))
    assert glyphs(bold, text) and face.getlength(text) + p.style["size"] * 2 <= room_of(p), text
    put(p, "t91ok", text, mark_=[tone, scale], **facts)


def hlab(p: Screen, hi: str, en: str, value: str, *, pen: bool = False, at: float = 0.4, **facts) -> None:
    """A bilingual form's field: its label in Hindi at the left with its English small under it, the value
    set to the right on the label's line (printed in bold, or written by hand where ``pen``), dot leaders
    between them; two lines high."""
    size = p.style["size"]
    assert h287.nok(hi, p.font) and glyphs(p.font, en), (hi, en)
    need = max(h287.nwidth(hi, p.font, int(size * 1.12)), load_font(p.font, int(size * 0.7)).getlength(en))
    assert need + 12 <= at * room_of(p), (hi, en)
    vfont = hand_pen(p) if pen else bold_of(p.font)
    assert glyphs(vfont, value), (vfont, value)
    vface = load_font(vfont, int(size * (1.1 if pen else 1.0)))
    assert vface.getlength(value) + 16 <= (1 - at) * room_of(p), (value, vface.getlength(value))
    put(p, "t91hl", hi, en, value, mark_=[pen, at], **facts)
    p.add("gap")


def chips(p: Screen, labels: list[str]) -> None:
    """A business message's suggested replies: rounded pills outlined in the accent, its words in them, set
    from the left; one line high."""
    face = load_font(p.font, int(p.style["size"] * 0.82))
    need = sum(face.getlength(t) + 34 for t in labels) + 10 * (len(labels) - 1)
    assert all(glyphs(p.font, t) for t in labels) and need <= room_of(p), labels
    put(p, "t91chips", *labels)


def thumbs(p: Screen, n: int = 3) -> None:
    """An app's gallery under a notification: ``n`` square photographs of khatwa pieces in a row (a cloth's
    ground with one piece laid on it, hemmed), the caption's grey bars under each; four lines high."""
    put(p, "t91th", "", mark_=[n, p.rng.randrange(10**6)])
    for _ in range(3):
        p.add("gap")


def swatch(p: Screen) -> None:
    """A cutting of the cloth bought stapled to the bill at the right, from the last row added over the three
    it leaves room for: its pinked (zigzag) edges, its plain weave in two threads' shades, a steel staple
    across its top."""
    ext(p)["swatches"].append(
        [
            max(0, len(p.rows) - 1),
            list(p.rng.choice(GROUNDS[:4])),
            p.rng.uniform(-9, 9),
            p.rng.randrange(10**6),
        ]
    )
    for _ in range(3):
        p.add("gap")


def packet(p: Screen) -> None:
    """A wage packet of brown kraft paper: the paper's fibres, the flap's edges folded down over the top
    in a V with its gum's darker strip; room left at the top for the flap."""
    p.style["paper"] = p.rng.choice([(214, 184, 140), (204, 170, 124), (222, 194, 152)])
    p.style["ink"] = (36, 28, 22)
    p.style["label_ink"] = (60, 46, 36)
    p.style["accent"] = (36, 28, 22)
    ext(p)["decor"].append(["packet", p.rng.randrange(10**6)])
    for _ in range(3):
        p.add("gap")


def thumbprint(p: Screen) -> None:
    """heldout269's box for a thumb's impression, inked: the thumb's oval of ridges pressed in a stamp pad's
    violet, fading at one side."""
    h269.thumb(p, "Left thumb|impression")
    ext(p)["prints"] = [len(p.rows) - 3, p.rng.randrange(10**6)]


def on_khatwa(p: Screen) -> None:
    """The page photographed lying on a khatwa bedcover: the cover's ground, a border of another cloth and
    its birds, flowers and leaves laid round the page, every piece hemmed; the page's shadow on it."""
    ext(p)["frame"] = ["khatwa", p.rng.randrange(len(GROUNDS) - 1), p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _stitches(draw, pts: list[tuple[float, float]], colour, step: float = 6.0) -> None:
    """Running stitches along a closed outline: a short thread showing, a gap, a thread."""
    for a, b in zip(pts, pts[1:] + pts[:1]):
        length = math.dist(a, b)
        n = int(length // step)
        for t in range(n):
            t0, t1 = t * step / length, (t * step + step * 0.5) / length
            draw.line(
                (
                    a[0] + (b[0] - a[0]) * t0,
                    a[1] + (b[1] - a[1]) * t0,
                    a[0] + (b[0] - a[0]) * t1,
                    a[1] + (b[1] - a[1]) * t1,
                ),
                fill=colour,
                width=1,
            )


def _leaf(cx: float, cy: float, length: float, width: float, angle: float) -> list[tuple[float, float]]:
    """A pointed leaf's outline (two arcs meeting at its tip and its stalk), turned by ``angle``."""
    pts = []
    for n in range(13):
        t = n / 12
        pts.append((length * (t - 0.5), width * 0.5 * math.sin(math.pi * t)))
    for n in range(11, 0, -1):
        t = n / 12
        pts.append((length * (t - 0.5), -width * 0.5 * math.sin(math.pi * t)))
    c, s = math.cos(angle), math.sin(angle)
    return [(cx + x * c - y * s, cy + x * s + y * c) for x, y in pts]


def _piece(draw, pts, colour, thread) -> None:
    draw.polygon(pts, fill=colour)
    inner = _shrink(pts, 2.2)
    _stitches(draw, inner, thread, 5.0)


def _shrink(pts, d: float):
    cx = sum(x for x, _ in pts) / len(pts)
    cy = sum(y for _, y in pts) / len(pts)
    out = []
    for x, y in pts:
        r = math.hypot(x - cx, y - cy) or 1.0
        out.append((x - (x - cx) / r * d, y - (y - cy) / r * d))
    return out


def _bird(draw, cx: float, cy: float, s: float, colour, thread, face: int) -> None:
    """A parrot cut from one cloth: a round body, a head, a tail of three points, its beak and eye."""
    body = [
        (cx + s * 0.55 * math.cos(a / 10 * math.pi * 2), cy + s * 0.34 * math.sin(a / 10 * math.pi * 2))
        for a in range(10)
    ]
    _piece(draw, body, colour, thread)
    hx, hy = cx + face * s * 0.5, cy - s * 0.32
    draw.ellipse((hx - s * 0.22, hy - s * 0.22, hx + s * 0.22, hy + s * 0.22), fill=colour)
    draw.polygon(
        [
            (hx + face * s * 0.2, hy - s * 0.05),
            (hx + face * s * 0.42, hy + s * 0.05),
            (hx + face * s * 0.18, hy + s * 0.12),
        ],
        fill=PIECES[5],
    )
    draw.ellipse(
        (hx + face * s * 0.05 - 1.5, hy - s * 0.06 - 1.5, hx + face * s * 0.05 + 1.5, hy - s * 0.06 + 1.5),
        fill=PIECES[3],
    )
    tx = cx - face * s * 0.5
    tail = [
        (tx, cy - s * 0.1),
        (tx - face * s * 0.55, cy - s * 0.3),
        (tx - face * s * 0.4, cy),
        (tx - face * s * 0.6, cy + s * 0.25),
        (tx, cy + s * 0.12),
    ]
    _piece(draw, tail, colour, thread)


def _flower(draw, cx: float, cy: float, r: float, colour, centre, thread, petals: int = 6) -> None:
    for n in range(petals):
        a = n / petals * math.pi * 2
        _piece(
            draw, _leaf(cx + math.cos(a) * r * 0.5, cy + math.sin(a) * r * 0.5, r, r * 0.5, a), colour, thread
        )
    draw.ellipse((cx - r * 0.24, cy - r * 0.24, cx + r * 0.24, cy + r * 0.24), fill=centre)


def _tree(draw, cx: float, cy: float, w: float, h: float, ground: int, seed: int) -> None:
    """Khatwa's tree of life on a square of the ground with a border, hemmed."""
    srng = random.Random(seed)
    g = GROUNDS[ground]
    border = GROUNDS[(ground + 1 + srng.randrange(3)) % (len(GROUNDS) - 1)]
    thread = (250, 244, 226) if sum(g) < 500 else (120, 30, 40)
    draw.rectangle((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), fill=border)
    draw.rectangle((cx - w / 2 + 5, cy - h / 2 + 5, cx + w / 2 - 5, cy + h / 2 - 5), fill=g)
    _stitches(
        draw,
        [
            (cx - w / 2 + 3, cy - h / 2 + 3),
            (cx + w / 2 - 3, cy - h / 2 + 3),
            (cx + w / 2 - 3, cy + h / 2 - 3),
            (cx - w / 2 + 3, cy + h / 2 - 3),
        ],
        thread,
        6.0,
    )
    cloths = [c for c in PIECES if math.dist(c, g) > 90]
    trunk_c = srng.choice(cloths)
    base_y, top_y = cy + h * 0.36, cy - h * 0.22
    trunk = [
        (cx - w * 0.05, base_y),
        (cx - w * 0.025, top_y),
        (cx + w * 0.025, top_y),
        (cx + w * 0.05, base_y),
    ]
    _piece(draw, trunk, trunk_c, thread)
    leaf_c = srng.choice([c for c in cloths if c != trunk_c] or cloths)
    for side in (-1, 1):
        for n, (dy, lx) in enumerate(((0.1, 0.22), (-0.06, 0.27), (-0.2, 0.19))):
            turn = -side * 0.5 + (math.pi if side < 0 else 0)
            colour = leaf_c if n != 1 else srng.choice(cloths)
            lx_, ly_ = cx + side * w * lx, cy + h * dy
            draw.line((cx, ly_ + h * 0.08, lx_, ly_), fill=trunk_c, width=max(2, int(w * 0.025)))
            _piece(draw, _leaf(lx_, ly_, w * 0.19, h * 0.11, turn), colour, thread)
    _flower(
        draw,
        cx,
        cy - h * 0.3,
        h * 0.13,
        srng.choice(cloths),
        PIECES[1] if g != GROUNDS[2] else PIECES[5],
        thread,
    )
    bird_c = srng.choice(cloths)
    _bird(draw, cx - w * 0.2, cy + h * 0.29, h * 0.17, bird_c, thread, 1)
    _bird(draw, cx + w * 0.2, cy + h * 0.29, h * 0.17, bird_c, thread, -1)


def _jhalar(draw, x0: float, x1: float, y0: float, y1: float, ground: int, seed: int) -> None:
    srng = random.Random(seed)
    g = GROUNDS[ground]
    other = GROUNDS[(ground + 1 + srng.randrange(3)) % (len(GROUNDS) - 1)]
    thread = (250, 244, 226) if sum(g) < 500 else (120, 30, 40)
    band_h = (y1 - y0) * 0.38
    draw.rectangle((x0, y0, x1, y0 + band_h), fill=g)
    y = y0 + band_h / 2
    xx = x0 + 3
    while xx < x1 - 6:
        draw.line((xx, y, xx + 4, y), fill=thread, width=1)
        xx += 8
    r = (y1 - y0 - band_h) * 0.95
    n = max(3, int((x1 - x0) // (r * 2)))
    each = (x1 - x0) / n
    for k in range(n):
        cx = x0 + each * (k + 0.5)
        colour = g if k % 2 else other
        pts = [(cx - each / 2, y0 + band_h)]
        for a in range(0, 181, 15):
            t = math.radians(a)
            pts.append((cx - math.cos(t) * each / 2, y0 + band_h + math.sin(t) * r))
        draw.polygon(pts, fill=colour)
        _stitches(draw, _shrink(pts, 2), thread, 5.0)
        fy_ = y0 + band_h + r * 0.42
        for a in range(4):
            t = a * math.pi / 2
            draw.ellipse(
                (
                    cx + math.cos(t) * 3 - 2,
                    fy_ + math.sin(t) * 3 - 2,
                    cx + math.cos(t) * 3 + 2,
                    fy_ + math.sin(t) * 3 + 2,
                ),
                fill=PIECES[0],
            )


def _okicon(draw, cx: float, cy: float, r: float, status: str) -> None:
    colour = TONE[status]
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
    w = max(2, int(r / 4))
    if status == "success":
        draw.line(
            (cx - r * 0.45, cy, cx - r * 0.1, cy + r * 0.38, cx + r * 0.5, cy - r * 0.38),
            fill=(255, 255, 255),
            width=w,
        )
    elif status == "failed":
        d = r * 0.4
        draw.line((cx - d, cy - d, cx + d, cy + d), fill=(255, 255, 255), width=w)
        draw.line((cx - d, cy + d, cx + d, cy - d), fill=(255, 255, 255), width=w)
    else:
        draw.line((cx, cy, cx, cy - r * 0.55), fill=(255, 255, 255), width=w)
        draw.line((cx, cy, cx + r * 0.42, cy + r * 0.2), fill=(255, 255, 255), width=w)


def _swatch(page: Image.Image, x0: float, y0: float, colour, angle: float, seed: int) -> Image.Image:
    """A pinked cutting of cloth, its weave and a staple, turned a little and laid on the page."""
    srng = random.Random(seed)
    w, h = 124, 92
    tile_ = Image.new("RGBA", (w + 20, h + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(tile_)
    pts = []
    for x in range(0, w + 1, 6):
        pts.append((10 + x, 10 + (0 if (x // 6) % 2 else 3)))
    for y in range(0, h + 1, 6):
        pts.append((10 + w - (0 if (y // 6) % 2 else 3), 10 + y))
    for x in range(w, -1, -6):
        pts.append((10 + x, 10 + h - (0 if (x // 6) % 2 else 3)))
    for y in range(h, -1, -6):
        pts.append((10 + (0 if (y // 6) % 2 else 3), 10 + y))
    d.polygon(pts, fill=(*colour, 255))
    dark = tuple(max(0, c - 26) for c in colour)
    light = tuple(min(255, c + 22) for c in colour)
    for y in range(14, h + 6, 3):
        d.line((14, y, w + 6, y), fill=(*dark, 255) if srng.random() < 0.5 else (*light, 255), width=1)
    for x in range(14, w + 6, 4):
        d.line((x, 14, x, h + 6), fill=(*light, 120), width=1)
    d.rectangle((w * 0.3, 12, w * 0.3 + 34, 16), fill=(150, 152, 160, 255))
    d.line((w * 0.3, 16, w * 0.3 + 34, 16), fill=(90, 92, 100, 255), width=1)
    tile_ = tile_.rotate(angle, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("RGBA", tile_.size, (0, 0, 0, 0))
    shadow.putalpha(tile_.getchannel("A").point(lambda a: min(a, 70)))
    shadow = shadow.filter(ImageFilter.GaussianBlur(3))
    page = page.convert("RGBA")
    page.alpha_composite(Image.new("RGBA", page.size, (0, 0, 0, 0)))
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    black = Image.new("RGBA", tile_.size, (40, 30, 20, 255))
    layer.paste(black, (int(x0 + 3), int(y0 + 4)), shadow)
    page = Image.alpha_composite(page, layer)
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    layer.paste(tile_, (int(x0), int(y0)), tile_)
    return Image.alpha_composite(page, layer).convert("RGB")


def _packet(page: Image.Image, seed: int) -> Image.Image:
    """Kraft paper's fibres multiplied in and the flap's V folded over the top."""
    srng = random.Random(seed)
    w, h = page.size
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    for _ in range(int(w * h / 900)):
        x, y = srng.uniform(0, w), srng.uniform(0, h)
        a = srng.uniform(0, math.pi)
        n = srng.uniform(3, 9)
        shade = srng.randrange(226, 246)
        ld.line(
            (x, y, x + math.cos(a) * n, y + math.sin(a) * n), fill=(shade, shade - 6, shade - 14), width=1
        )
    flap = min(90, h * 0.16)
    ld.polygon([(0, 0), (w, 0), (w / 2, flap)], fill=(236, 226, 212))
    ld.line((0, 0, w / 2, flap, w, 0), fill=(160, 130, 96), width=2)
    ld.line((18, 0, w / 2, flap - 12, w - 18, 0), fill=(214, 196, 170), width=5)
    return ImageChops.multiply(page, layer)


def _cover(image: Image.Image, ground: int, seed: int) -> Image.Image:
    """The page on a khatwa bedcover: the cover's ground and border, its pieces round the page, the shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 70
    g = GROUNDS[ground]
    border = GROUNDS[(ground + 1 + srng.randrange(3)) % (len(GROUNDS) - 1)]
    thread = (250, 244, 226) if sum(g) < 500 else (120, 30, 40)
    base = Image.new("RGB", (w + 2 * pad, h + 2 * pad), border)
    bd = ImageDraw.Draw(base)
    bd.rectangle((16, 16, base.width - 17, base.height - 17), fill=g)
    _stitches(
        bd,
        [(12, 12), (base.width - 13, 12), (base.width - 13, base.height - 13), (12, base.height - 13)],
        thread,
        7.0,
    )
    cloths = [c for c in PIECES if math.dist(c, g) > 90]
    y = 20
    while y < base.height - 40:
        x = 20 + (srng.randrange(2) * 24)
        while x < base.width - 40:
            c = srng.choice(cloths)
            kind_ = srng.randrange(3)
            if kind_ == 0:
                _flower(bd, x + 22, y + 22, 18, c, srng.choice(cloths), thread)
            elif kind_ == 1:
                _bird(bd, x + 24, y + 24, 24, c, thread, srng.choice([-1, 1]))
            else:
                _piece(bd, _leaf(x + 24, y + 24, 40, 18, srng.uniform(0, math.pi)), c, thread)
            x += 58
        y += 56
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 6, pad + 8, pad + w + 6, pad + h + 8), fill=130)
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    base = Image.composite(Image.new("RGB", base.size, (30, 20, 16)), base, shadow)
    base.paste(image, (pad, pad))
    return base


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: a khatwa tree of life as an emblem, a shamiana's jhalar as a
    divider, an outcome's icon at the left of its words, a bilingual field's Hindi label over its English with
    the value at the right, a message's suggested replies, a gallery's khatwa photographs; a wage packet's
    kraft paper and flap, a cloth's cutting stapled to a bill."""
    page = h289._render(rows, font, style)
    x = style.get("h291")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    accent = tuple(style.get("accent", ink))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", (30, 40, 120)))
    marks = x["marks"]
    decor = {d[0]: d for d in x["decor"]}
    if "packet" in decor:
        page = _packet(page, decor["packet"][1])
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t91"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t91em":
            ground, seed = m
            _tree(draw, width / 2, top_y + line * 1.5, line * 3.1, line * 2.8, ground, seed)
        elif name == "t91jh":
            ground, seed = m
            _jhalar(draw, MARGIN, width - MARGIN, top_y + line * 0.1, top_y + line * 0.95, ground, seed)
        elif name == "t91ok":
            status, scale = m
            face = load_font(bold_of(font), int(size * scale))
            r_ = size * scale * 0.55
            cy = top_y + line * scale * 0.5
            _okicon(draw, MARGIN + r_, cy, r_, status)
            draw.text((MARGIN + r_ * 2 + size * 0.45, cy), r[1], font=face, fill=TONE[status], anchor="lm")
        elif name == "t91hl":
            by_pen, at = m
            h287.draw_n(draw, (MARGIN, y - 2), r[1], font, int(size * 1.12), ink)
            small = load_font(font, int(size * 0.7))
            draw.text((MARGIN, top_y + line * 1.05), r[2], font=small, fill=soft)
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.1))
                vx = width - MARGIN - vface.getlength(r[3])
                draw.text((vx, y - size * 0.12), r[3], font=vface, fill=pen_ink)
            else:
                vface = load_font(bold_of(font), size)
                vx = width - MARGIN - vface.getlength(r[3])
                draw.text((vx, y), r[3], font=vface, fill=ink)
            lx = MARGIN + h287.nwidth(r[1], font, int(size * 1.12)) + 8
            dot_ink = h269._tint(soft, paper_, 0.5)
            xx = lx
            while xx < vx - 8:
                draw.ellipse((xx, top_y + line * 0.72, xx + 2, top_y + line * 0.72 + 2), fill=dot_ink)
                xx += 7
        elif name == "t91chips":
            face = load_font(font, int(size * 0.82))
            xx = MARGIN
            for text in r[1:]:
                tw = face.getlength(text)
                draw.rounded_rectangle(
                    (xx, top_y + line * 0.1, xx + tw + 30, top_y + line * 0.92),
                    radius=int(line * 0.4),
                    outline=accent,
                    width=2,
                )
                draw.text((xx + 15 + tw / 2, top_y + line * 0.51), text, font=face, fill=accent, anchor="mm")
                xx += tw + 40
        elif name == "t91th":
            n_, seed = m
            srng = random.Random(seed)
            gap_ = 12
            side = min((room - gap_ * (n_ - 1)) / n_, line * 3.2)
            for k in range(n_):
                x0 = MARGIN + k * (side + gap_)
                g = srng.randrange(len(GROUNDS) - 1)
                _tree(draw, x0 + side / 2, top_y + side / 2, side, side, g, srng.randrange(10**6))
                bar = h269._tint(soft, paper_, 0.25)
                draw.rounded_rectangle(
                    (x0, top_y + side + 8, x0 + side * 0.8, top_y + side + 16), radius=4, fill=bar
                )
    if x.get("prints"):
        i, seed = x["prints"]
        srng = random.Random(seed)
        side = int(line * 2.6)
        cx, cy = width - MARGIN - side / 2, tops[i] + side * 0.5
        violet = (96, 60, 150)
        tilt = srng.uniform(-0.3, 0.3)
        for n_ in range(1, 9):
            rx, ry = side * 0.042 * n_, side * 0.054 * n_
            for a in range(0, 360, 6):
                if srng.random() < 0.22:
                    continue
                t0, t1 = math.radians(a), math.radians(a + 5)
                pts = []
                for t in (t0, t1):
                    ex, ey = rx * math.cos(t), ry * math.sin(t) * (0.85 if math.sin(t) > 0 else 1.0)
                    pts.append(
                        (
                            cx + ex * math.cos(tilt) - ey * math.sin(tilt),
                            cy + ex * math.sin(tilt) + ey * math.cos(tilt),
                        )
                    )
                fade = 0.35 + 0.65 * (0.5 + 0.5 * math.cos(t0 - 0.8))
                draw.line(pts[0] + pts[1], fill=h269._tint(violet, paper_, fade), width=2)
    for start, colour, angle, seed in x["swatches"]:
        if start < len(tops):
            page = _swatch(page, width - MARGIN - 150, tops[start] - lift, tuple(colour), angle, seed)
            draw = ImageDraw.Draw(page)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout289's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the khatwa bedcover a page is photographed lying on."""
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
    f = (style.get("h291") or {}).get("frame")
    if f and f[0] == "khatwa":
        image = _cover(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [*PENS, *TYPES, "dejavu/DejaVuSans-Bold.ttf"]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout291 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, "KHATWA KALA KUNJ PATNA"]
VPAS = [
    "khatwakalakunj@sbi",
    "phulwarikhatwa@okaxis",
    "Q729104583@ybl",
    "paytmqr5k2m8x1v7@paytm",
    "khatwakunj.patna@ibl",
]
BUYERS = [
    ("Shalini Sinha", "shalinisinha@oksbi", "State Bank of India"),
    ("Amitabh Jha", "amitabhjha@ybl", "Punjab National Bank"),
    ("Nusrat Jahan", "nusrat.j@okhdfcbank", "HDFC Bank"),
    ("Ritika Choudhary", "ritikac@ptyes", "ICICI Bank"),
    ("Pranav Mishra", "pranavm@axl", "Axis Bank"),
    ("Archana Thakur", "archanat@ibl", "Bank of India"),
    ("Sanjeev Ranjan", "sanjeevr@upi", "Union Bank of India"),
    ("Kumkum Verma", "kumkum.v@okicici", "Bank of Baroda"),
]
NOTES = ["wall hanging", "cushion covers", "shamiana advance", "table runner", "dupatta", "Chhath hanging"]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Khatwa Kala Kunj or the firm: PhonePe's Transaction Successful at the left under its bar
    (the hour "on" the day; "Paid to" over the payee and the sum on one line; Transfer Details: Transaction
    ID, Debited from, "UTR:"); Paytm's Paid Successfully under the sum ("To:" the payee, the day and hour;
    "UPI Ref. No: ... | Order ID: ..." run together on one small line; From); BHIM's share image (the outcome,
    the sum, "Paid to", the day and hour, "Sent with BHIM UPI"; no reference); Amazon Pay's Payment pending
    ("Paying to", a warning's notice; a table ruled on every side: Amazon Pay Txn ID, UPI Ref No, Initiated
    on); CRED's dark "payment successful" in lower case ("to <payee>"; labels small over their values two to
    a row: cred txn id, utr; paid via); Navi's Payment failed (the reason in a notice; Transaction ID, UPI Ref
    No, Date & time, Paid from as label and value on a line); YONO SBI's "Your transaction is successful" (a
    table ruled on every side: Beneficiary Name, Amount, Transaction Reference Number, Date & Time, Debit
    Account, Remarks); Paytm for Business on the shop's phone (the shop under the app, Payment Received,
    "from <buyer>", "Today, <hour>"; UPI Ref. No., Order ID, Settles to; no day). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=350, high=62000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Transaction Details"], dark=False, buttons=("Share", "Done"))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "Transaction Details")
        okline(p, "Transaction Successful", status, status=status)
        p.add(
            "small",
            f"{hhmm(rng, lower=True)} on {when(j.date, rng.choice(['%d %b %Y', '{d} %b %Y']))}",
            date=j.date,
        )
        p.add("gap")
        p.add("left", "Paid to")
        name = vname(p, [to, SHOP], bold=False)
        p.pair(name, rs(j.amount), merchant=name, amount=j.amount)
        p.add("small", vpa)
        p.add("rule")
        p.add("left", "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "Debited from")
        p.pair(f"XXXXXX{digits(rng, 4)}", rs(j.amount), method="UPI")
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Powered by UPI  |  YES BANK")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment Receipt"], dark=False, buttons=("Share", "Pay Again"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI Money Transfer")
        p.add("big", rs(j.amount), amount=j.amount)
        okline(p, "Paid Successfully", status, status=status)
        name = pick(p, "left", [f"To: {to}", f"To: {SHOP}"])[4:]
        p.add("left", f"To: {name}", merchant=name)
        p.add("small", vpa)
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "%d %b, %Y"], (", ",)), date=j.date)
        p.add("rule")
        oid = digits(rng, 20)
        line = f"UPI Ref. No: {j.ref}  |  Order ID: {oid}"
        if not h289.lines_of(p, line, 0.8)[1:]:
            p.add("small", line, txn=(UTR_RANK, j.ref))
        else:
            p.add("small", f"UPI Ref. No: {j.ref}", txn=(UTR_RANK, j.ref))
            p.add("small", f"Order ID: {oid}")
        p.add("small", f"From: {sb} - {digits(rng, 4)}", method="UPI")
        p.add("gap")
        p.add("small", "Paytm Payments Services Ltd. is not a bank.")
        return p.done()
    if k == 2:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (242, 248, 244)
        p.part = "head"
        p.add("title", "BHIM")
        p.add("small", "Bharat Interface for Money")
        p.part = "body"
        p.add("gap")
        okline(p, "Payment Successful", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], ("  |  ",)), date=j.date)
        p.add("gap")
        p.add("small", "Sent with BHIM UPI", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        okline(p, "Payment pending", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paying to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        note(
            p,
            "We are waiting for your bank to confirm this payment. It can take up to 48 hours; please do "
            "not pay again.",
            "warn",
        )
        aid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        grid(
            p,
            "az",
            [(0.0, 0.44, "l"), (0.44, 1.0, "l")],
            None,
            [
                (["Amazon Pay Txn ID", aid], {"txn": (TXN_RANK, aid)}),
                (["UPI Ref No", j.ref], {"txn": (UTR_RANK, j.ref), "method": "UPI"}),
                (
                    ["Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",))],
                    {"date": j.date},
                ),
            ],
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("done",))
        app_head(p, "CRED", "upi")
        okline(p, "payment successful", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add(
            "small",
            f"{when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y'])).lower()} {dot} {hhmm(rng, lower=True)}",
            date=j.date,
        )
        p.add("rule")
        cid = f"CRED{digits(rng, 14)}"
        two_up(p, "cr", ("cred txn id", cid), ("utr", j.ref), txn=(UTR_RANK, j.ref))
        p.add("gap")
        p.add("small", f"paid via UPI from {sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (20, 48, 120))
        app_head(p, "Navi", "UPI payment")
        okline(p, "Payment failed", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "The payee's bank did not respond in time (U90). Money has not been debited from your account; "
            "please try again after some time.",
            "error",
        )
        nid = f"NAVI{digits(rng, 14)}"
        p.pair("Transaction ID", nid, txn=(TXN_RANK, nid))
        p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%y"], (", ",)), date=j.date)
        p.pair("Paid from", f"{sb} XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Home"))
        band(p, (40, 0, 110))
        app_head(p, "YONO SBI", "BHIM SBI Pay")
        okline(p, "Your transaction is successful", status, scale=1.0, status=status)
        p.add("gap")
        name = rng.choice([to, SHOP])
        grid(
            p,
            "yo",
            [(0.0, 0.5, "l"), (0.5, 1.0, "l")],
            None,
            [
                (["Beneficiary Name", name], {"merchant": name}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transaction Reference Number", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Debit Account", f"XXXXXXX{digits(rng, 4)} (UPI)"], {"method": "UPI"}),
                (["Remarks", rng.choice(NOTES)], {}),
            ],
            tint=(232, 226, 244),
        )
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=("View all payments",))
    band(p, (0, 186, 242), ink=(8, 30, 60))
    app_head(p, "Paytm for Business", "Payments")
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", "Budh Marg, Patna")
    p.add("gap")
    okline(p, "Payment Received", status, status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", f"from {who} ({their})")
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("rule")
    oid = f"{j.date:%Y%m%d}{digits(rng, 9)}"
    p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
    p.pair("Order ID", oid[8:])
    p.pair("Settles to", f"SBI XX{digits(rng, 4)}")
    return p.done()


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


# ---------------------------------------------------------------- 2. buyers' advices


SARANG = "Sarang Home Furnishings Pvt. Ltd."
SIDDHARTHA = "Hotel Siddhartha Vihar"
ANAND = "ANAND TENT HOUSE"
SHUBH = "Shubh Vivah Decorators"
MANDIR = "Shri Mahavir Mandir Nyas"
MANDIR_HI = "श्री महावीर मंदिर न्यास, पटना"
KAARIGARI = "KAARIGARI EXPORTS LLP"


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


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: a Delhi furnishing house's PAYMENT ADVICE NOTE mailed from
    SAP (its sentence; Payment Document, Posting Date, Vendor, Payment Method, Bank Reference in columns; a
    table ruled on every side Invoice Ref. | Inv. Date | Gross | TDS 194Q | Net; Net Amount Paid); a Bodh Gaya
    hotel's BILL PAYMENT from QuickBooks (Payee, Payment date, Payment account, Method, Ref no. as label and
    value on a line; Bill no. | Due date | Original amount | Payment on hairline rows; Total); SBI's Corporate
    Internet Banking with a tent house's NEFT rejected by the beneficiary's bank (the outcome at the left; a
    table ruled on every side under its heading: Reference No., UTR No., Beneficiary, Account No., Amount,
    Date, Status Returned, Reason); a Patna decorator's Payment-Out shared from Vyapar ("Paid to" over the
    payee, "2 days ago"; Receipt No., Payment Type, Ref No., Description; no day); GeM's payment status for
    Bihar Museum's order (a striped table: Order ID, Buyer Organisation, Seller, Invoice No., Amount Paid,
    Payment Date, UTR, Payment Status); Amazon Seller Central's disbursement processing (the outcome at the
    left, a notice; Seller, Settlement ID, Settlement period, Disbursement amount, Initiated on, Deposit to in
    dot leaders); a temple trust's PAYMENT VOUCHER under its Hindi name (each field's Hindi label over its
    English at the left, the value written by hand at the right: दिनांक / Date, भुगतान पाने वाला / Paid to,
    विवरण / Towards, राशि / Amount; "नकद भुगतान किया" (paid in cash) in a Hindi hand; no reference); a Kolkata
    export house's Payment Advice printed from TallyPrime (To, the firm; "We have made a payment of Rs. x
    through NEFT, UTR ..., on <day> against the bills below."; Bill Ref. | Bill Date | Amount on hairline
    rows; Total). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=6000, high=420000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    me = rng.choice([FIRM, FIRM_CAPS])
    if k == 0:
        p = mail_page(rng, font, "Sarang Accounts Payable <ap@sarangliving.in>", ["Payment Advice Note"])
        p.part = "head"
        top(p, SARANG)
        p.add("small", "Plot 41, Okhla Industrial Area Phase II, New Delhi - 110020")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT ADVICE NOTE")
        para(
            p,
            "Dear Sir / Madam, we have today paid the amount below to your bank account against the "
            "invoices listed.",
            status=status,
        )
        doc = f"15{digits(rng, 8)}"
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = vname(p, [me, CUT], bold=False)
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "sp", spec, "Payment Document", doc, txn=(INVOICE_RANK, doc))
        colkv(p, "sp", spec, "Posting Date", day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "sp", spec, "Vendor", f"{rng.randrange(100000, 199999)}  {name}", merchant=name)
        colkv(p, "sp", spec, "Payment Method", "NEFT", method="netbanking")
        colkv(p, "sp", spec, "Bank Reference", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        rows_ = []
        for no, day, net in bills_of(rng, j, rng.randrange(1, 4), "PKS"):
            gross = round(net / 0.999, 2)
            rows_.append(([no, when(day, "%d.%m.%Y"), num(gross), num(round(gross - net, 2)), num(net)], {}))
        grid(
            p,
            "sg",
            [(0.0, 0.26, "l"), (0.26, 0.44, "c"), (0.44, 0.63, "r"), (0.63, 0.79, "r"), (0.79, 1.0, "r")],
            ["Invoice Ref.", "Inv. Date", "Gross", "TDS 194Q", "Net"],
            rows_,
            foot=(["Net Amount Paid", num(j.amount)], {"amount": j.amount}),
            tint=(222, 232, 240),
        )
        p.add("gap")
        p.add("small", "This advice is generated from SAP and needs no signature.")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, SIDDHARTHA)
        p.add("small", "Domuhan Road, Bodh Gaya, Gaya - 824231  |  GSTIN " + gstin_of(rng, "10", "F"))
        p.add("rule")
        p.part = "body"
        p.add("center", "BILL PAYMENT")
        utr = j.ref
        name = pick(p, "pair", [me, CUT])
        p.pair("Payee", name, merchant=name)
        p.pair("Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        p.pair("Payment account", "HDFC Bank Current A/c")
        p.pair("Method", "Bank transfer (IMPS)", method="netbanking", status=status)
        p.pair("Ref no.", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        spec = [(0.0, 0.3, "l"), (0.3, 0.52, "c"), (0.52, 0.76, "r"), (0.76, 1.0, "r")]
        cols(p, "qh", spec, "Bill no.", "Due date", "Original amount", "Payment", mode="line")
        for no, day, v in bills_of(rng, j, rng.randrange(1, 3), "PKS"):
            due = day + dt.timedelta(days=30)
            cols(p, "ql", spec, no, when(due, "%d/%m/%Y"), num(v), num(v), mode="line")
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add("small", "Printed from QuickBooks")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "corp.onlinesbi.sbi/corporate/ePaymentStatus.htm")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", f"Corporate Internet Banking  |  {ANAND}, Kankarbagh, Patna")
        p.add("rule")
        p.part = "body"
        p.add("left", "e-Payment Status")
        okline(p, "Rejected by beneficiary bank", status, scale=1.0, status=status)
        p.add("gap")
        ref = f"CI{digits(rng, 10)}"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "sb",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            ["Field", "Value"],
            [
                (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Beneficiary", name], {"merchant": name}),
                (["Account No.", f"XXXXXXX{digits(rng, 4)} (PUNB0{digits(rng, 6)})"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Payment Mode", "NEFT"], {"method": "netbanking"}),
                (["Status", "Returned"], {}),
                (["Reason", "Beneficiary name does not match account"], {}),
            ],
            tint=(214, 230, 246),
        )
        p.add("small", "The amount has been credited back to the debit account.")
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 8000, 90000, 0.6)
        p = phone(rng, font, k, ["", "Payment-Out"], dark=False, buttons=("Share", "Print"))
        band(p, (226, 38, 48))
        app_head(p, "Vyapar", f"{SHUBH}, Patna")
        okline(p, "Paid", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [me, CUT])
        p.add("center", name, merchant=name)
        p.add("small", "2 days ago")
        p.add("rule")
        no = str(rng.randrange(20, 400))
        p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
        p.pair("Payment Type", "Bank (IMPS)", method="netbanking")
        p.pair("Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Description", "Khatwa backdrop panels")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "gem.gov.in/seller/payments/status")
        p.part = "head"
        top(p, "GeM")
        p.add("small", "Government e-Marketplace  |  Seller dashboard")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment Status")
        oid = f"GEMC-{digits(rng, 15)}"
        inv = f"PKS/{fy(j.date)}/{rng.randrange(10, 400):03d}"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        name = FIRM_CAPS
        zebra(
            p,
            "gm",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["Order ID", oid], {"txn": (ORDER_RANK, oid)}),
                (["Buyer Organisation", "Bihar Museum, Art, Culture and Youth Dept."], {}),
                (["Seller", name], {"merchant": name}),
                (["Invoice No.", inv], {}),
                (["Amount Paid", rs(j.amount)], {"amount": j.amount}),
                (["Payment Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["UTR", utr], {"txn": (UTR_RANK, utr), "method": "netbanking"}),
                (["Payment Status", "Paid"], {"status": status}),
            ],
            (246, 130, 32),
        )
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 18000, 160000, 0.2)
        p = browser_page(rng, font, "sellercentral.amazon.in/payments/dashboard/index.html")
        p.part = "head"
        top(p, "amazon seller central")
        p.add("small", f"{SHOP}  |  Amazon Karigar")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payments Dashboard")
        okline(p, "Disbursement processing", status, scale=1.0, status=status)
        note(
            p,
            "We have sent the amount to your bank. It usually reaches your account in 3 to 5 business days.",
        )
        sid = str(digits(rng, 11))
        start = j.date - dt.timedelta(days=14)
        dots(p, "Seller", SHOP, at=0.4, merchant=SHOP)
        dots(p, "Settlement ID", sid, at=0.4, txn=(TXN_RANK, sid))
        dots(p, "Settlement period", f"{start:%d/%m/%Y} - {j.date - dt.timedelta(days=1):%d/%m/%Y}", at=0.4)
        dots(p, "Disbursement amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Initiated on", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=0.4, date=j.date)
        dots(p, "Deposit to", f"SBI Current A/c ...{digits(rng, 4)}", at=0.4, method="netbanking")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(60, 400) * 100)
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(252, 244, 228), (246, 246, 236)])
        p.part = "head"
        hindi(p, MANDIR_HI, scale=1.3, bold=True)
        top(p, pick(p, "title", [MANDIR, "Mahavir Mandir Nyas"]))
        p.add("small", "Patna Junction, Patna - 800001")
        hindi(p, "भुगतान वाउचर / PAYMENT VOUCHER", bold=True)
        p.part = "body"
        p.add("left", "No. ..............")
        p.add("gap")
        hlab(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        name = SHOP
        hlab(p, "भुगतान पाने वाला", "Paid to", name, pen=True, merchant=name)
        hlab(p, "विवरण", "Towards", "Khatwa chandwa, 2 pcs", pen=True)
        hlab(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        p.add("gap")
        nhand(p, "नकद भुगतान किया", scale=1.5, method="cash", status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Secretary")
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, KAARIGARI)
    p.add("small", f"22, Camac Street, Kolkata - 700016  |  GSTIN {gstin_of(rng, '19', 'F')}")
    p.add("rule")
    p.part = "body"
    p.add("center", "Payment Advice")
    p.add("right", f"Dated: {day_in(j, rng, ['{d}-%b-%Y', '%d-%b-%y'])}", date=j.date)
    p.add("left", "To,")
    name = pick(p, "left", [FIRM, CUT])
    p.add("left", name, merchant=name)
    p.add("left", TOWN)
    p.add("gap")
    utr = utr_for(rng, j, "ICICI Bank", "NEFT")
    para(
        p,
        f"Dear Sir / Madam, we have made a payment of {rs(j.amount)} through NEFT, UTR {utr}, on "
        f"{day_in(j, rng, ['{d}-%b-%Y', '%d-%b-%y'])} against the bills below.",
        amount=j.amount,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
    )
    spec = [(0.0, 0.4, "l"), (0.4, 0.7, "c"), (0.7, 1.0, "r")]
    cols(p, "th", spec, "Bill Ref.", "Bill Date", "Amount", mode="line")
    for no, day, v in bills_of(rng, j, rng.randrange(1, 4), "PKS"):
        cols(p, "tl", spec, no, when(day, "{d}-%b-%Y"), num(v), mode="line")
    total(p, "Total", num(j.amount), at=0.7)
    p.add("gap")
    sig(p)
    p.add("right", f"for {KAARIGARI}")
    p.add("right", "Authorised Signatory")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Ramgoolam Handicrafts Ltd", "Port Louis, Mauritius", "MUR", 90000, 600000, "mcb"),
    ("Bihar Heritage Imports Inc.", "Edison, New Jersey, USA", "USD", 1500, 9000, "wells"),
    ("Tenjiku Textile Gallery K.K.", "Kyoto, Japan", "JPY", 200000, 1400000, "smbc"),
    ("Atelier Stoffkunst GmbH", "Zurich, Switzerland", "CHF", 1200, 8000, "zkb"),
    ("Girmit Crafts Ltd", "Chaguanas, Trinidad and Tobago", "TTD", 9000, 60000, "republic"),
    ("Aotearoa Folk Textiles Ltd", "Auckland, New Zealand", "NZD", 1500, 9000, "kiwibank"),
    ("Umgeni Bazaar (Pty) Ltd", "Durban, South Africa", "ZAR", 20000, 150000, "fnb"),
    ("Handwerk Indien e.K.", "Cologne, Germany", "EUR", 900, 6500, "sparkasse"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: Mauritian rupees with MUR before or after the sum, US dollars with
    $ and USD or USD before, yen whole with JPY or the yen's sign, Swiss francs the Swiss way (CHF 4'850.00),
    Trinidad and Tobago dollars with TT$ or TTD, New Zealand dollars with NZ$ or NZD, rand the South African
    way (R 48 250,00 or ZAR 48 250,00), euros the German way (4.850,00 EUR or 4.850,00 €)."""
    if cur == "JPY":
        mark = rng.choice([sign(font, "\u00a5", "JPY "), "JPY "])
        return lambda v: f"{mark}{v:,.0f}"
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    if cur == "ZAR":
        mark = rng.choice(["R ", "ZAR "])
        return lambda v: mark + f"{v:,.2f}".replace(",", " ").replace(".", ",")
    if cur == "EUR":
        after = rng.choice([" EUR", " " + sign(font, "\u20ac", "EUR")])
        return lambda v: f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".") + after
    form = rng.choice(
        {
            "MUR": ["MUR {v}", "{v} MUR"],
            "USD": ["${v} USD", "USD {v}"],
            "TTD": ["TT${v}", "TTD {v}"],
            "NZD": ["NZ${v}", "NZD {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shops, galleries and collectors abroad, many of them in Bihar's old diaspora, paying the firm for
    shamiana canopies, wall hangings and bedcovers: MCB Juice's Transfer successful in Mauritian rupees (the
    outcome at the left, "to <beneficiary>", "Today, <hour>"; labels small over their values: Beneficiary
    bank, Transfer type, Reference, Charges; no day); Wells Fargo's wire in review in US dollars (a notice;
    Amount, Recipient, Recipient bank, SWIFT/BIC, Send on month first, Tracking ID, Wire fee as label and
    value on a line); SMBC's OVERSEAS REMITTANCE RECEIPT (REMITTER'S COPY) in yen (a table ruled on every side
    two fields to a row: Remittance No., Value Date year first; Remitter, Currency / Amount; Beneficiary,
    Charges; Beneficiary Bank, Commission; "We have remitted the amount above by SWIFT as instructed.");
    Zürcher Kantonalbank's eBanking Zahlungsbestätigung in Swiss francs the Swiss way (Ausgeführt / Executed;
    German and English labels in columns: Betrag / Amount, Begünstigter / Beneficiary, Bank, Ausführungsdatum
    / Execution date, Referenz / Reference, Spesen / Charges); Republic Bank's share card in Trinidad and
    Tobago dollars (Transfer complete, the sum, "to <beneficiary>", "on <14th August 2026>"; no reference);
    Kiwibank's international payment tracker in New Zealand dollars (the sum, Credited to the beneficiary, the
    payment's stops down the page: Sent from Kiwibank, Passed on by JPMorgan Chase, Credited by State Bank of
    India; Sent on, Kiwibank reference, UETR, Payment type); FNB's international payment unsuccessful in rand
    the South African way (the reason in a notice; Date year first, Reference, Payment type); Sparkasse
    KölnBonn's Auslandsüberweisung ausgeführt in euros the German way (Empfänger, Bank des Empfängers, Betrag,
    Ausführungstag, Referenz, Entgelt in dot leaders). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([FIRM, FIRM_CAPS])
    bank_line = "State Bank of India, Patna Main Branch"
    if frame == "mcb":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (200, 16, 46))
        app_head(p, "MCB Juice", "International transfer")
        okline(p, "Transfer successful", status, status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng, twelve=False)}")
        p.add("rule")
        ref = f"MCB{digits(rng, 10)}"
        lab(p, "Beneficiary bank")
        p.add("left", f"{bank_line} (SBININBB157)")
        lab(p, "Transfer type")
        p.add("left", "International transfer (SWIFT)", method="netbanking")
        lab(p, "Reference")
        p.add("left", ref, txn=(BANK_RANK, ref))
        lab(p, "Charges")
        p.add("left", "Shared (SHA)")
        return p.done()
    if frame == "wells":
        if j.date.day <= 12:
            j.date = j.date.replace(day=j.date.day + 13)
        p = browser_page(rng, font, "connect.secure.wellsfargo.com/payments/wires/details")
        p.part = "head"
        top(p, "WELLS FARGO")
        p.add("small", f"Wire Transfers  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Wire details")
        okline(p, "In review", status, scale=1.0, status=status)
        note(
            p, "We're reviewing this wire before we send it. Most reviews are finished within 1 business day."
        )
        tid = f"WF{digits(rng, 12)}"
        name = pick(p, "pair", [me, CUT])
        p.pair("Amount", show(j.amount), amount=j.amount, cur=cur)
        p.pair("Recipient", name, merchant=name)
        p.pair("Recipient bank", bank_line, method="netbanking")
        p.pair("SWIFT/BIC", "SBININBB157")
        p.pair("Send on", when(j.date, "%m/%d/%Y"), date=j.date)
        p.pair("Tracking ID", tid, txn=(TXN_RANK, tid))
        p.pair("Wire fee", show(float(rng.choice([40, 45, 50]))))
        return p.done()
    if frame == "smbc":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", ["Sumitomo Mitsui Banking Corporation", "SMBC"]))
        p.add("small", "Kyoto Branch  |  Karasuma-dori Shijo, Shimogyo-ku, Kyoto")
        p.add("rule")
        p.part = "body"
        p.add("center", "OVERSEAS REMITTANCE RECEIPT (REMITTER'S COPY)")
        p.add("gap")
        ref = f"{j.date:%y%m}OR{digits(rng, 7)}"
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "sm",
            [(0.0, 0.2, "l"), (0.2, 0.55, "l"), (0.55, 0.76, "l"), (0.76, 1.0, "r")],
            None,
            [
                (
                    ["Remittance No.", ref, "Value Date", when(j.date, "%Y/%m/%d")],
                    {"txn": (BANK_RANK, ref), "date": j.date},
                ),
                (["Remitter", payer, "Currency / Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Beneficiary", name, "Charges", "SHA"], {"merchant": name, "method": "netbanking"}),
                (["Beneficiary Bank", bank_line, "Commission", show(2500.0)], {}),
            ],
        )
        p.add("gap")
        p.add("left", "We have remitted the amount above by SWIFT as instructed.", status=status)
        p.add("gap")
        p.add("right", "Foreign Exchange Section")
        return p.done()
    if frame == "zkb":
        p = browser_page(rng, font, "ebanking.zkb.ch/zahlungen/bestaetigung")
        p.part = "head"
        top(p, "Z\u00fcrcher Kantonalbank" if glyphs(font, "\u00fc") else "Zuercher Kantonalbank")
        p.add("small", "eBanking  |  Zahlungsbest\u00e4tigung / Payment confirmation")
        p.add("rule")
        p.part = "body"
        okline(p, "Ausgef\u00fchrt / Executed", status, status=status)
        p.add("gap")
        ref = f"ZKB{digits(rng, 4)}-{digits(rng, 6)}"
        name = vname(p, [me, CUT], bold=False)
        spec = [(0.0, 0.42, "l"), (0.42, 1.0, "l")]
        colkv(p, "zk", spec, "Betrag / Amount", show(j.amount), amount=j.amount, cur=cur)
        colkv(p, "zk", spec, "Beg\u00fcnstigter / Beneficiary", name, merchant=name)
        colkv(p, "zk", spec, "Bank", bank_line)
        colkv(p, "zk", spec, "Ausf\u00fchrungsdatum / Execution date", when(j.date, "%d.%m.%Y"), date=j.date)
        colkv(p, "zk", spec, "Referenz / Reference", ref, txn=(BANK_RANK, ref))
        colkv(p, "zk", spec, "Spesen / Charges", "Geteilt / Shared (SHA)", method="netbanking")
        p.add("gap")
        p.add("small", f"Auftraggeber / Ordered by: {payer}, {city}")
        return p.done()
    if frame == "republic":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (244, 246, 252)
        p.part = "head"
        p.add("title", "Republic Bank")
        p.add("small", "RepublicOnline")
        p.part = "body"
        p.add("gap")
        okline(p, "Transfer complete", status, status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {ordinal(j.date)} {when(j.date, '%B %Y')}", date=j.date)
        p.add("gap")
        p.add("small", "International wire transfer", method="netbanking")
        p.add("small", "Shared from RepublicOnline")
        return p.done()
    if frame == "kiwibank":
        p = browser_page(rng, font, "www.ib.kiwibank.co.nz/payments/international/tracker")
        p.part = "head"
        top(p, "Kiwibank")
        p.add("small", "Internet banking  |  International payment tracker")
        p.add("rule")
        p.part = "body"
        name = pick(p, "left", [f"Payment to {me}", f"Payment to {CUT}"])[11:]
        p.add("left", f"Payment to {name}", merchant=name)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        okline(p, "Credited to the beneficiary", status, scale=1.0, status=status)
        p.add("gap")
        h271.step(p, "Sent from Kiwibank, Wellington", "sent", "done")
        h271.step(p, "Passed on by JPMorgan Chase Bank, New York", "passed on", "done")
        h271.step(p, "Credited by State Bank of India, Patna", "credited", "done")
        p.add("gap")
        ref = f"KB{j.date:%y%m%d}{digits(rng, 6)}"
        uetr = "-".join(code(rng, n, HEXL) for n in (8, 4, 4, 4, 12))
        p.pair("Sent on", when(j.date, rng.choice(["%d %b %Y", "{d} %B %Y"])), date=j.date)
        p.pair("Kiwibank reference", ref, txn=(BANK_RANK, ref))
        p.add("small", f"UETR {uetr}")
        p.pair("Payment type", "International (SWIFT gpi)", method="netbanking")
        return p.done()
    if frame == "fnb":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (0, 150, 160))
        app_head(p, "FNB", "International Payments")
        okline(p, "Payment unsuccessful", status, status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "The beneficiary's bank in India returned this payment: the account number does not match the "
            "beneficiary's name. The funds are back in your account.",
            "error",
        )
        ref = f"FNB{digits(rng, 10)}"
        p.pair("Date", when(j.date, "%Y/%m/%d"), date=j.date)
        p.pair("Reference", ref, txn=(BANK_RANK, ref))
        p.pair("Payment type", "SWIFT", method="netbanking")
        return p.done()
    p = browser_page(rng, font, "www.sparkasse-koelnbonn.de/banking/ausland")
    p.part = "head"
    top(p, "Sparkasse K\u00f6lnBonn" if glyphs(font, "\u00f6") else "Sparkasse KoelnBonn")
    p.add("small", "Internet-Filiale  |  Auslands\u00fcberweisung")
    p.add("rule")
    p.part = "body"
    okline(p, "Auftrag ausgef\u00fchrt", status, status=status)
    p.add("gap")
    ref = f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
    name = vname(p, [me, CUT], bold=False)
    dots(p, "Empf\u00e4nger", name, at=0.34, merchant=name)
    dots(p, "Bank des Empf\u00e4ngers", "State Bank of India, Patna", at=0.34)
    dots(p, "Betrag", show(j.amount), at=0.34, bold=True, amount=j.amount, cur=cur)
    dots(p, "Ausf\u00fchrungstag", when(j.date, "%d.%m.%Y"), at=0.34, date=j.date)
    dots(p, "Referenz", ref, at=0.34, txn=(BANK_RANK, ref))
    dots(p, "Entgelt", "SHA (geteilt)", at=0.34, method="netbanking")
    p.add("small", f"Auftraggeber: {payer}")
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its shop or itself on top: Khatwa Kala Kunj's TAX INVOICE under a khatwa tree of
    life, its Hindi name and a shamiana's jhalar (Invoice No. beside Date, Customer; a striped table with CGST
    2.5%, SGST 2.5%; Grand Total; "Payment: UPI, Ref ..."); the Rajgir Mahotsav stall's CASH MEMO from its
    book under the shop's Hindi name, photographed lying on a khatwa bedcover (Date and Name written in, Item
    | Qty | Rs. written in its columns, Total, "नकद प्राप्त" (cash received) in a Hindi hand; no reference);
    the web shop's Shopify order confirmation mail (Order #, "placed on <day>", the pieces on hairline rows,
    Subtotal, Shipping, Total, Payment method, Payment status Paid); Instamojo's Payment Failed for the web
    shop (the reason in a notice; Amount, Payment ID, Payment method, Date & time as label and value on a
    line); the shop's bill on a thermal roll from GoFrugal (Bill No, Date, Item | Qty | Amt, TOTAL, CARD,
    APPR, "PAID BY CARD"); the shop's WhatsApp Business chat with a buyer (Business account, a "Today"
    divider, its message bubble: Payment received, the sum "for order #n", UPI Ref; no day); CCAvenue's
    Payment awaited for the web shop (its sentence; a table ruled on every side: Merchant, Order No., Tracking
    ID, Amount, Payment mode, Date & time); the firm's MONEY RECEIPT from its book with its counterfoil (No.,
    Date, From / Received from, Rs. / the sum of Rs., By / by NEFT, UTR, For / towards written in on both
    sides of the perforation; Rs. in a box). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1200, high=60000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        emblem(p)
        hindi(p, SHOP_HI, scale=1.3, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        jhalar(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"KKK/{fy(j.date)}/{rng.randrange(10, 900):04d}"
        cols(
            p,
            "ti",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add(
            "left", f"Customer: {who}, {rng.choice(['Patna', 'Danapur', 'Hajipur', 'Gaya', 'Muzaffarpur'])}"
        )
        items = khatwa(rng, rng.randrange(1, 4), high=9500)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "tz",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.56, "l"),
                (0.56, 0.66, "c"),
                (0.66, 0.72, "c"),
                (0.72, 0.86, "r"),
                (0.86, 1.0, "r"),
            ],
            ["#", "Description", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), clip(t, 40), hsn, str(q), num(pr, "plain", 0), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "CGST 2.5%", "", "", "", num(gst)], {}), (["", "SGST 2.5%", "", "", "", num(gst)], {})],
            (150, 30, 40),
        )
        total(p, "Grand Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add("left", f"Payment: UPI, Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        p.add("small", "Every piece is cut and hemmed by hand at Khatwa Silai Ghar, Phulwari Sharif.")
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        return p.done()
    if k == 1:
        shift(j, rng, MAHOTSAV + dt.timedelta(days=rng.randrange(0, 4)))
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 246, 232), (246, 248, 240)])
        on_khatwa(p)
        p.part = "head"
        hindi(p, SHOP_HI, scale=1.3, bold=True)
        top(p, SHOP, merchant=SHOP)
        p.add("small", STALL)
        hindi(p, "कैश मेमो / CASH MEMO", bold=True)
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", who.split(" ", 1)[1])
        spec = [(0.0, 0.6, "l"), (0.6, 0.74, "c"), (0.76, 1.0, "r")]
        cols(p, "mh", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, _, q, pr in khatwa(rng, rng.randrange(2, 4), high=2400):
            hcells(p, spec, SHORT_NAMES.get(text, clip(text, 20)), str(q), num(q * pr, "indian", 0))
            j.amount += q * pr
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.6, 0.75])
        p.add("gap")
        nhand(p, "नकद प्राप्त", scale=1.5, method="cash", status=status)
        write(p, "Nandini", align="r")
        return p.done()
    if k == 2:
        order = str(rng.randrange(1040, 1990))
        p = mail_page(rng, font, f"{SHOP} <store@{WEB}>", [f"Order #KKK{order} confirmed"])
        p.part = "head"
        emblem(p)
        top(p, SHOP, merchant=SHOP)
        p.add("rule")
        p.part = "body"
        p.add("left", f"ORDER #KKK{order}", txn=(ORDER_RANK, f"KKK{order}"))
        p.add("left", "Thank you for your purchase!")
        para(
            p,
            f"Hi {first}, we're getting your order ready to be shipped. We will notify you when it has "
            "been sent.",
        )
        p.add("small", f"Placed on {when(j.date, rng.choice(['%B {d}, %Y', '%b {d}, %Y']))}", date=j.date)
        p.add("gap")
        p.add("left", "Order summary")
        items = khatwa(rng, rng.randrange(1, 3), high=6800)
        ship = float(rng.choice([0, 0, 150, 250]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        for text, _, q, pr in items:
            cols(
                p,
                "sh",
                spec,
                f"{clip(text, 42)} \u00d7 {q}" if glyphs(font, "\u00d7") else f"{clip(text, 42)} x {q}",
                rs(q * pr),
                mode="line",
            )
        cols(p, "ss", spec, "Subtotal", rs(sub), mode="line")
        cols(p, "ss", spec, "Shipping", rs(ship) if ship else "Free", mode="line")
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.pair("Payment method", "UPI (Razorpay)", method="UPI")
        p.pair("Payment status", "Paid", status=status)
        p.add("small", f"If you have any questions, reply to this email or write to hello@{WEB}.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, f"www.instamojo.com/@khatwakalakunj/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "instamojo")
        p.add("rule")
        p.part = "body"
        p.add("center", SHOP, merchant=SHOP)
        name, _, q, pr = khatwa(rng, 1, high=9500)[0]
        j.amount = q * pr
        p.add("small", clip(name, 60))
        okline(p, "Payment Failed", status, status=status)
        note(p, "Your bank declined this transaction. No amount has been deducted; you can try again.")
        pid = f"MOJO{j.date:%y%m}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        p.pair("Payment method", f"Debit card (RuPay) XX{digits(rng, 4)}", method="card")
        p.pair("Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        p.part = "head"
        p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
        p.add("small", "BUDH MARG, PATNA - 800001")
        p.add("small", f"GSTIN {GSTIN}")
        p.part = "body"
        p.add("rule")
        bill = f"KK{rng.randrange(1000, 9999)}"
        p.pair("Bill No", bill, txn=(INVOICE_RANK, bill))
        p.pair("Date", f"{when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        p.add("rule")
        spec = [(0.0, 0.62, "l"), (0.62, 0.74, "c"), (0.74, 1.0, "r")]
        cols(p, "gh", spec, "Item", "Qty", "Amt")
        j.amount = 0.0
        for text, _, q, pr in khatwa(rng, rng.randrange(1, 3), high=3800):
            cols(p, "gi", spec, SHORT_NAMES.get(text, clip(text, 20)), str(q), num(q * pr, "plain"))
            j.amount += q * pr
        p.add("rule")
        p.pair("TOTAL", f"Rs.{num(j.amount, 'indian')}", amount=j.amount)
        appr = digits(rng, 6)
        p.pair("CARD", f"{rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])} XX{digits(rng, 4)}", method="card")
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.add("center", "PAID BY CARD", status=status)
        p.add("small", "Powered by GoFrugal")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 1200, 9500, 0.7)
        p = phone(rng, font, k, [SHOP], dark=False, buttons=())
        p.part = "body"
        p.add("small", f"{SHOP}  |  Business account", merchant=SHOP)
        divider(p, "Today")
        p.add("gap")
        order = str(rng.randrange(1040, 1990))
        s = len(p.rows)
        p.add("left", "Payment received", status=status)
        p.add("left", f"{rs(j.amount)} for order #{order}", amount=j.amount)
        p.add("left", f"UPI Ref {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
        p.add("left", f"Thank you, {first}! It ships tomorrow.")
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "secure.ccavenue.com/transaction/transaction.do?command=status")
        p.part = "head"
        top(p, "CCAvenue")
        p.add("rule")
        p.part = "body"
        okline(p, "Payment awaited", status, status=status)
        para(
            p,
            "We have not yet received a confirmation from your bank. Your order will be confirmed when it "
            "arrives; please do not pay again.",
        )
        oid = f"KKK{rng.randrange(1040, 1990)}"
        tid = str(digits(rng, 12))
        grid(
            p,
            "cc",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Merchant", SHOP], {"merchant": SHOP}),
                (["Order No.", oid], {"txn": (ORDER_RANK, oid)}),
                (["Tracking ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment mode", "UPI"], {"method": "UPI"}),
                (["Date & time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
            ],
        )
        return p.done()
    j.amount = float(rng.randrange(2000, 4200) * 100)
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 250)])
    p.part = "head"
    emblem(p)
    name = pick(p, "title", [FIRM_CAPS, FIRM])
    top(p, name, merchant=name)
    p.add("small", ADDRESS)
    p.add("center", "MONEY RECEIPT")
    p.part = "body"
    no = f"{rng.randrange(100, 999):04d}"
    utr = utr_for(rng, j, "State Bank of India", "NEFT")
    start = len(p.rows)
    at = 0.3
    h271.fill2(p, ("No.", no), ("No.", no), at, txn=(INVOICE_RANK, no))
    h271.fill2(p, ("Date", when(j.date, "%d/%m/%y")), ("Date", when(j.date, "%d/%m/%Y")), at, date=j.date)
    h271.fill2(p, ("From", "Anand Tent"), ("Received from", "Anand Tent House, Patna"), at)
    h271.fill2(
        p,
        ("Rs.", num(j.amount, "indian", 0)),
        ("the sum of Rs.", f"{num(j.amount, 'indian', 0)}/-"),
        at,
        amount=j.amount,
    )
    h271.fill2(
        p, ("By", "NEFT"), ("by NEFT, UTR", utr), at, method="netbanking", status=status, txn=(UTR_RANK, utr)
    )
    h271.fill2(p, ("For", "Canopy"), ("towards", "khatwa shamiana canopy"), at)
    h271.perf(p, start, at)
    p.add("gap")
    amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.33)
    sig(p)
    p.add("right", f"for {FIRM}")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


CLOTHS = [
    ("मलमल", 20, 60, 38, 55),
    ("पॉपलिन", 20, 50, 70, 95),
    ("कैम्ब्रिक", 10, 40, 85, 120),
    ("लट्ठा", 10, 40, 60, 80),
    ("खादी", 10, 30, 140, 190),
    ("कैसमेंट", 10, 30, 110, 150),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Patna cloth merchant's कच्चा बिल (rough bill) on
    its printed pad, written in a Hindi hand (दिनांक and the day, the malmal, poplin, cambric, latha, khadi
    and casement by the metre with their sums, कुल (total), "नकद प्राप्त" (cash received)), a cutting of the
    poplin stapled to it; no reference); a thread house's TAX INVOICE made in Swipe (Invoice # beside its
    earlier Invoice Date and Place of Supply in columns; a table ruled on every side; GST 5%; Total; "Amount
    received: Rs. x by UPI on <day>, UTR ..."); udaan's order with the payment under confirmation (the
    outcome at the left, Sold by, a warning's notice; labels small over their values two to a row: Order ID,
    Amount; Payment mode, UPI Ref; Initiated); a Bhagalpur weavers' INVOICE under its Hindi name (Bill No.
    beside its earlier Date; a table ruled on every side; Total; "Received by NEFT, UTR ..., on <day>" written
    in pen; a rectangular PAID stamp); Amazon Business's payment declined (the reason in a notice; Sold by,
    Order, Order total, Paid with, Attempted on in dot leaders); Blue Dart's counter receipt on a torn roll
    (AWB NO, PICKUP DATE, ORIGIN, DESTN, PCS, CHRG WT, FREIGHT, FSC, GST 18%, TOTAL AMT, MODE UPI, TXN REF,
    PAYMENT RECEIVED); a Patna sewing machine dealer's WhatsApp Business chat (Business account, a
    "Yesterday" divider, its message bubble: Payment received with thanks, the sum "for invoice ...", UPI Ref;
    no day); Vistaprint's order confirmation mail (Order number, Order date, Payment, the hang tags and cards
    on hairline rows, GST 18%, Total). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=900, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 248, 236), (252, 250, 244)])
        p.part = "head"
        name = "GANGA CLOTH STORE"
        top(p, name, merchant=name)
        p.add("small", "Wholesale cloth merchants  |  Machhua Toli, Patna - 800004")
        hindi(p, "कच्चा बिल", scale=1.2, bold=True)
        p.part = "body"
        nhand(p, f"दिनांक {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", scale=1.35, date=j.date)
        swatch(p)
        start = len(p.rows)
        j.amount = 0.0
        for cloth, lo, hi, plo, phi in rng.sample(CLOTHS, rng.randrange(2, 4)):
            q = rng.randrange(lo, hi + 1, 5)
            rate = rng.randrange(plo, phi + 1)
            v = float(q * rate)
            nhand(p, f"{cloth} {q} मी. x {rate}", figure=num(v, "indian", 0), scale=1.35)
            j.amount += v
        nhand(p, "कुल", figure=f"{num(j.amount, 'indian', 0)}/-", scale=1.35, amount=j.amount)
        ledger(p, start, [0.7])
        p.add("gap")
        nhand(p, "नकद प्राप्त", scale=1.4, method="cash", status=status)
        sig(p)
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "MAA TARA THREAD HOUSE"
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Anchor, Madura and Coats threads  |  Bakarganj, Patna - 800004  |  GSTIN {gstin_of(rng)}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"INV-{rng.randrange(100, 2999)}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "th",
            spec,
            f"Invoice # {inv}",
            f"Invoice Date: {when(earlier(rng, j, 2, 25), '%d %b %Y')}",
            txn=(INVOICE_RANK, inv),
        )
        cols(p, "th", spec, f"Bill To: {FIRM}", "Place of Supply: 10-Bihar")
        p.add("gap")
        rows_, taxable = [], 0.0
        for text, unit, lo, hi in rng.sample(
            [
                ("Anchor stranded cotton, 8 m skein", "box of 25", 420, 520),
                ("Coats Astra sewing thread 500 m", "dozen", 380, 460),
                ("Madura cotton thread tube 1000 m", "dozen", 520, 640),
                ("Gold zari thread, 100 m spool", "dozen", 300, 380),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(2, 12)
            rate = float(rng.randrange(lo, hi, 5))
            taxable += q * rate
            rows_.append(([text, f"{q} {unit}", num(rate), num(q * rate)], {}))
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        rows_.append((["GST 5%", "", "", num(gst)], {}))
        grid(
            p,
            "tt",
            [(0.0, 0.46, "l"), (0.46, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            rows_,
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(250, 230, 200),
        )
        p.add("gap")
        para(
            p,
            f"Amount received: {rs(j.amount)} by UPI on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])}, UTR "
            f"{j.ref}.",
            date=j.date,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Made with Swipe")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Order"], dark=False, buttons=("Check status",))
        band(p, (92, 38, 176))
        app_head(p, "udaan", "Buy for your business")
        okline(p, "Payment under confirmation", status, scale=1.0, status=status)
        p.add("small", "Sold by")
        name = "Sri Balaji Textiles"
        p.add("center", name, merchant=name)
        p.add("small", "Ring Road, Surat")
        note(
            p,
            "Your bank has not confirmed this payment yet. We will place the order as soon as it does.",
            "warn",
        )
        oid = f"OD{digits(rng, 12)}"
        two_up(p, "ud1", ("Order ID", oid), ("Amount", rs(j.amount)), txn=(ORDER_RANK, oid), amount=j.amount)
        two_up(p, "ud2", ("Payment mode", "UPI"), ("UPI Ref", j.ref), method="UPI", txn=(UTR_RANK, j.ref))
        p.add("gap")
        p.pair("Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (254, 252, 248)
        p.part = "head"
        hindi(p, "भागलपुर हैंडलूम वीवर्स", scale=1.3, bold=True)
        name = "BHAGALPUR HANDLOOM WEAVERS"
        top(p, name, merchant=name)
        p.add("small", f"Champanagar, Nathnagar, Bhagalpur - 812004  |  GSTIN {gstin_of(rng, '10', 'F')}")
        p.add("rule")
        p.add("center", "INVOICE")
        p.part = "body"
        bill = f"BHW/{fy(j.date)}/{rng.randrange(10, 300):03d}"
        cols(
            p,
            "bh",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Bill No. {bill}",
            f"Date: {when(earlier(rng, j, 3, 30), '%d.%m.%Y')}",
            txn=(INVOICE_RANK, bill),
        )
        p.add("left", f"To: {FIRM}, Phulwari Sharif")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("Cotton casement 58 in, unbleached", 120, 160),
                ("Tussar silk base 44 in", 420, 560),
                ("Bhagalpuri cotton silk 44 in", 260, 340),
            ],
            rng.randrange(1, 3),
        ):
            m = rng.randrange(40, 160, 5)
            rate = float(rng.randrange(lo, hi, 5))
            taxable += m * rate
            rows_.append(([text, f"{m} m", num(rate), num(m * rate)], {}))
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 0)
        rows_.append((["GST 5%", "", "", num(gst)], {}))
        grid(
            p,
            "bw",
            [(0.0, 0.48, "l"), (0.48, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Particulars", "Qty", "Rate", "Amount"],
            rows_,
            foot=(["Total (rounded)", num(j.amount)], {"amount": j.amount}),
        )
        utr = utr_for(rng, j, "UCO Bank", "NEFT")
        p.add("gap")
        write(
            p,
            f"Received by NEFT, UTR {utr}, on {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%y'])}",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        h271.rstamp(p, ["PAID", "BHAGALPUR HANDLOOM WEAVERS"], "blue", at=0.3, rows_=4)
        sig(p)
        p.add("right", "for Bhagalpur Handloom Weavers")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "www.amazon.in/business/checkout/payselect")
        p.part = "head"
        top(p, "amazon business")
        p.add("rule")
        p.part = "body"
        okline(p, "Payment declined", status, status=status)
        note(
            p,
            "Your card issuer declined this payment. Please use another card or payment method; your order "
            "has not been placed.",
        )
        j.amount = float(rng.randrange(1800, 9800))
        name = "Sew Smart Traders"
        oid = f"408-{digits(rng, 7)}-{digits(rng, 7)}"
        dots(p, "Sold by", name, at=0.34, merchant=name)
        dots(p, "Items", "Tailoring scissors 10 in x 6, cutting mat", at=0.34)
        dots(p, "Order", oid, at=0.34, txn=(ORDER_RANK, oid))
        dots(p, "Order total", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "Paid with", f"Business credit card ending {digits(rng, 4)}", at=0.34, method="card")
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %B %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        return p.done()
    if k == 5:
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        freight = float(rng.randrange(24, 160) * 10)
        fsc = round(freight * 0.35, 2)
        gst = round((freight + fsc) * 0.18, 2)
        j.amount = round(freight + fsc + gst, 2)
        p.part = "head"
        p.add("title", "BLUE DART", merchant="BLUE DART")
        p.add("small", "Blue Dart Express Ltd.  |  Fraser Road, Patna")
        p.part = "body"
        p.add("center", "CUSTOMER RECEIPT")
        p.add("rule")
        p.pair("AWB NO", str(digits(rng, 11)))
        p.pair("PICKUP DATE", when(j.date, "%d-%b-%Y").upper(), date=j.date)
        p.pair("ORIGIN", "PAT")
        p.pair("DESTN", rng.choice(["BOM", "DEL", "BLR", "MAA"]))
        p.pair("PCS", str(rng.randrange(1, 4)))
        p.pair("CHRG WT", f"{rng.uniform(1, 9):.1f} KG")
        p.pair("FREIGHT", f"{freight:.2f}")
        p.pair("FSC", f"{fsc:.2f}")
        p.pair("GST 18%", f"{gst:.2f}")
        p.add("rule")
        p.pair("TOTAL AMT", f"{j.amount:.2f}", amount=j.amount)
        p.pair("MODE", "UPI", method="UPI")
        p.pair("TXN REF", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "PAYMENT RECEIVED", status=status)
        p.add("small", "TRACK: BLUEDART.COM")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 1200, 14000, 0.7)
        name = "Usha Silai Machine Centre"
        p = phone(rng, font, k, [name], dark=False, buttons=())
        p.part = "body"
        p.add("small", f"{name}  |  Business account", merchant=name)
        divider(p, "Yesterday")
        p.add("gap")
        s = len(p.rows)
        p.add("left", "Payment received with thanks", status=status)
        inv = f"USMC/{rng.randrange(100, 999)}"
        p.add("left", f"{rs(j.amount)} for invoice {inv}", amount=j.amount)
        p.add("left", f"UPI Ref {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
        p.add("left", "Two machines serviced. Thank you!")
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    p = mail_page(rng, font, "Vistaprint <orders@vistaprint.in>", ["Your Vistaprint order is confirmed"])
    p.part = "head"
    top(p, "Vistaprint", merchant="Vistaprint")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Hi {DAUGHTER.split()[0]},")
    p.add("left", "Thanks! We've received your order and your payment.", status=status)
    order = str(digits(rng, 9))
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    colkv(p, "vp", spec, "Order number", order, txn=(ORDER_RANK, order))
    colkv(p, "vp", spec, "Order date", when(j.date, rng.choice(["%d %B %Y", "%d/%m/%Y"])), date=j.date)
    colkv(p, "vp", spec, "Payment", f"Visa ending {digits(rng, 4)}", method="card")
    p.add("gap")
    spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
    base = 0.0
    for text, lo, hi in rng.sample(
        [
            ("Hang tags, 500", 1400, 2100),
            ("Business cards, 250", 450, 800),
            ("Round stickers, 200", 700, 1100),
        ],
        rng.randrange(1, 4),
    ):
        v = float(rng.randrange(lo, hi, 10))
        base += v
        cols(p, "vl", spec2, text, rs(v), mode="line")
    gst = round(base * 0.18, 2)
    j.amount = round(base + gst, 2)
    cols(p, "vl", spec2, "GST 18%", rs(gst), mode="line")
    total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
    p.add("small", "Cimpress India Pvt. Ltd.")
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("MAA TARA THREAD HOUSE", "Punjab National Bank", "NEFT"),
    ("GANGA CLOTH STORE", "Bank of India", "IMPS"),
    ("BHAGALPUR HANDLOOM WEAVERS", "UCO Bank", "RTGS"),
    ("ANAND TRANSPORT CO", "Dakshin Bihar Gramin Bank", "NEFT"),
    ("PATNA OFFSET PRESS", "HDFC Bank", "IMPS"),
    ("Usha Silai Machine Centre", "Axis Bank", "UPI"),
    ("NALANDA PACKAGING", "Central Bank of India", "NEFT"),
    ("Kalyani Web Studio", "ICICI Bank", "IMPS"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: OnlineSBI's NEFT e-Receipt (the outcome at the left; a
    table ruled on every side under its heading: Reference No., UTR No., Debit Account, Beneficiary Name,
    Beneficiary Bank / IFSC, Amount, Commission, Transaction Date, Payment Mode, Status Completed); PNB ONE's
    IMPS failed (the reason in a notice; IMPS Ref No., Transaction Date, From A/c, Remarks as label and value
    on a line); BOI Mobile Omni Neo's RTGS processed (labels small over their values: Beneficiary, Amount and
    Mode two to a row, UTR No., Date & Time); Dakshin Bihar Gramin Bank's passbook page printed in its
    printer's face under the bank's Hindi name (DATE, PARTICULARS, WITHDRAWAL, DEPOSIT, BALANCE with its B/F
    line, the "NEFT-<PAYEE>" line and the C/F line; no reference); HDFC Bank MobileBanking's Transaction
    successful ("Today, <hour>"; "to <payee>"; Reference No., Debited from, Remarks; no day); UCO mBanking
    Plus' UPI Payment Successful ("Paid to" over the payee and its UPI ID; UPI Ref No, Date, From in dot
    leaders); IndusMobile's NEFT under process (a warning's notice; a table ruled on every side: Beneficiary,
    Amount, Mode, Reference No., Initiated on); mBandhan's Fund transfer successful under a tile ("to
    <payee>"; labels small over their values two to a row: IMPS Ref, Date; From A/c). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=3000, high=180000)
    to, their_bank, way = VENDORS[k]
    if way in ("IMPS", "UPI"):
        j.amount = rupees(rng, 1500, 90000, 0.6)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 480000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_for(rng, j, their_bank, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXX{digits(rng, 4)}"
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = browser_page(rng, font, "retail.onlinesbi.sbi/retail/neftinterbankconfirm.htm")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", "OnlineSBI  |  Payments / Transfers  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        okline(p, "Transaction successful", status, scale=1.0)
        p.add("gap")
        ref = f"IT{digits(rng, 10)}"
        grid(
            p,
            "ob",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", f"{acct} (Current)"], {}),
                (["Beneficiary Name", to], {"merchant": to}),
                (["Beneficiary Bank / IFSC", f"{their_bank} / {IFSC[their_bank]}0{digits(rng, 6)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Commission", rs(2.95)], {}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Payment Mode", "NEFT"], {"method": method}),
                (["Status", "Completed"], {"status": status}),
            ],
            tint=(220, 236, 248),
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Fund Transfer"], dark=False, buttons=("Retry",))
        band(p, (162, 20, 47))
        app_head(p, "PNB ONE", "IMPS Fund Transfer")
        okline(p, "Transaction Failed", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "The beneficiary's bank is not responding (M3). If your account was debited, the amount will be "
            "reversed within 5 working days.",
            "error",
        )
        p.pair("IMPS Ref No.", utr, txn=(UTR_RANK, utr))
        p.pair("Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        p.pair("From A/c", f"{acct[-8:]} (IMPS)", method=method)
        p.pair("Remarks", "Cloth bill")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "RTGS"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 74, 140))
        app_head(p, "BOI Mobile", "Omni Neo Bank")
        okline(p, "RTGS processed successfully", status, scale=1.0, status=status)
        p.add("gap")
        lab(p, "Beneficiary")
        p.add("left", to, merchant=to)
        two_up(p, "bo", ("Amount", rs(j.amount)), ("Mode", "RTGS"), amount=j.amount, method=method)
        lab(p, "UTR No.")
        p.add("left", utr, txn=(UTR_RANK, utr))
        lab(p, "Date & Time")
        p.add("left", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        lab(p, "From")
        p.add("left", f"Current A/c {acct}")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(246, 244, 232), (244, 246, 240)])
        p.part = "head"
        hindi(p, "दक्षिण बिहार ग्रामीण बैंक", scale=1.2, bold=True)
        p.add("center", "DAKSHIN BIHAR GRAMIN BANK  |  Phulwari Sharif Branch")
        p.add("small", f"Account: {FIRM}  |  CA {acct}")
        p.add("rule")
        p.part = "body"
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.84
        cols_ = h271.tt_cols(p)
        w = [9, cols_ - 9 - 13 - 13 - 14, 13, 13, 14]
        bal = rupees(rng, j.amount + 30000, j.amount + 500000, 0.3)
        prev = j.date - dt.timedelta(days=rng.randrange(2, 9))

        def line(d, part, wd, dp, b):
            return f"{d:<{w[0]}}{part:<{w[1]}}{wd:>{w[2]}}{dp:>{w[3]}}{b:>{w[4]}}"

        typed(p, line("DATE", "PARTICULARS", "WITHDRAWAL", "DEPOSIT", "BALANCE"), scale=0.84)
        typed(p, "-" * cols_, scale=0.84)
        typed(p, line(f"{prev:%d-%m-%y}", "B/F", "", "", num(bal)), scale=0.84)
        shown = clip(to, w[1] - 6)
        typed(
            p,
            line(f"{j.date:%d-%m-%y}", f"NEFT-{shown}", num(j.amount), "", num(round(bal - j.amount, 2))),
            scale=0.84,
            date=j.date,
            merchant=shown,
            amount=j.amount,
            method=method,
            status=status,
        )
        typed(p, line("", "C/F", "", "", num(round(bal - j.amount, 2))), scale=0.84)
        p.add("gap")
        p.add(
            "small",
            "Printed at the branch's passbook printer. Check your entries before leaving the counter.",
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 76, 151))
        app_head(p, "HDFC Bank", "MobileBanking")
        okline(p, "Transaction successful", status, status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        p.pair("Reference No.", utr, txn=(UTR_RANK, utr))
        p.pair("Debited from", f"{acct[-8:]} (IMPS)", method=method)
        p.pair("Remarks", "Hang tags, labels")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 102, 178))
        app_head(p, "UCO mBanking Plus", "BHIM UPI")
        okline(p, "Payment Successful", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", to, merchant=to)
        p.add("small", "ushasilaicentre@axisbank")
        p.add("rule")
        dots(p, "UPI Ref No", utr, at=0.34, txn=(UTR_RANK, utr))
        dots(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.34, date=j.date)
        dots(p, "From", f"UCO {dot * 4}{digits(rng, 4)}", at=0.34, method=method)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Transfer status"], dark=False, buttons=("Refresh",))
        band(p, (150, 30, 40))
        app_head(p, "IndusMobile", "IndusInd Bank")
        okline(p, "Transfer under process", status, status=status)
        note(
            p,
            "NEFT transfers are settled in half-hourly batches. We will let you know once the beneficiary's "
            "bank confirms the credit.",
            "warn",
        )
        ref = f"INDB{digits(rng, 10)}"
        grid(
            p,
            "im",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Beneficiary", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT"], {"method": method}),
                (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",))], {"date": j.date}),
            ],
            tint=(246, 226, 226),
        )
        return p.done()
    p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Done",))
    band(p, (200, 36, 44))
    app_head(p, "mBandhan", "Bandhan Bank")
    tile(p, status)
    p.add("center", "Fund transfer successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {to}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("rule")
    two_up(
        p,
        "mb",
        ("IMPS Ref", utr),
        ("Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
        txn=(UTR_RANK, utr),
        date=j.date,
    )
    p.add("gap")
    p.pair("From A/c", f"Savings {dot * 4}{digits(rng, 4)}", method=method)
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying the women who cut, lay and hem its khatwa and its staff: a wage packet of brown kraft
    paper under Khatwa Silai Ghar's Hindi name (मजदूरी / WAGES; each field's Hindi label over its English at
    the left, the value written by hand at the right: नाम / Name, काम / Work, दिनांक / Date, राशि / Amount;
    "नकद प्राप्त किया" (received in cash) in a Hindi hand; a box for her thumb's impression; no reference);
    greytHR's payslip for the shop's staff (a table ruled on every side two fields to a row; Earnings | Amount
    | Deductions | Amount; Net Pay; the sum in words; "Paid on <day> by NEFT, UTR ..."); Airtel Thanks' UPI
    payment failed to an artisan (the reason in a notice; UPI Ref. No., Date, From as label and value on a
    line); a bilingual WAGE RECEIPT (मजदूरी रसीद) under the firm's Hindi name and its tree of life,
    photographed lying on a khatwa bedcover (each field's Hindi label over its English, the value written by
    hand: रसीद सं. / Receipt No., दिनांक / Date, प्राप्तकर्ता / Received by, काम / For, राशि / Amount, भुगतान
    / Paid by "UPI, Ref ..."; the box for her thumb's impression); bob World's UPI transaction pending (a
    warning's notice; a table ruled on every side: UPI Ref No, Transaction ID, Date & Time, Account); slice's
    payment to an artisan under a tile (labels small over their values: UPI transaction ID, slice txn id, paid
    from); a WhatsApp chat with an artisan (a "Today" divider, her message in a bubble; the payment card at
    the right of the thread: "Payment to <artisan>", the sum, "Paid", UPI Ref; no day); a typed CHHATH
    FESTIVAL ADVANCE RECEIPT signed by an artisan ("Received from ... the sum of Rs. x/- ... paid by NEFT, UTR
    ...", Name under her signature). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=1200, high=24000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = ARTISANS[(k + rng.randrange(2)) % len(ARTISANS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        j.amount = float(rng.randrange(18, 120) * 100)
        p = sheet_page(rng, font, [560, 600])
        packet(p)
        p.part = "head"
        hindi(p, GHAR_HI, scale=1.3, bold=True)
        p.add("center", GHAR)
        p.add("small", "Issopur, Phulwari Sharif, Patna")
        hindi(p, "मजदूरी / WAGES", bold=True)
        p.part = "body"
        p.add("gap")
        hlab(p, "नाम", "Name", worker, pen=True, merchant=worker)
        work = rng.choice(["Hemming, 4 bedcovers", "Cutting, 2 canopies", "Laying, 12 cushion covers"])
        hlab(p, "काम", "Work", work, pen=True)
        hlab(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        hlab(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        nhand(p, "नकद प्राप्त किया", scale=1.5, method="cash", status=status)
        thumbprint(p)
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
        month = j.month(1 if j.date.day < 12 else 0)
        p.add("center", f"Payslip for the month of {month}")
        basic = float(rng.randrange(90, 150) * 100)
        hra = round(basic * 0.3, 0)
        spl = float(rng.randrange(10, 30) * 100)
        pf = round(basic * 0.12, 0)
        pt = 0.0 if basic * 12 < 300000 else 1000.0
        j.amount = basic + hra + spl - pf - pt
        four = [(0.0, 0.24, "l"), (0.24, 0.5, "l"), (0.5, 0.74, "l"), (0.74, 1.0, "l")]
        grid(
            p,
            "gp",
            four,
            None,
            [
                (
                    ["Employee Name", who, "Employee No.", f"PKS{rng.randrange(10, 40):03d}"],
                    {"merchant": who},
                ),
                (["Designation", rng.choice(["Sales Assistant", "Accountant"]), "Days Paid", "30"], {}),
                (["Bank", "State Bank of India", "Bank A/c No.", f"XXXXXXX{digits(rng, 4)}"], {}),
            ],
        )
        p.add("gap")
        money_cols = [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.78, "l"), (0.78, 1.0, "r")]
        grid(
            p,
            "ge",
            money_cols,
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident Fund", num(pf)], {}),
                (["HRA", num(hra), "Professional Tax", num(pt)], {}),
                (["Special Allowance", num(spl), "", ""], {}),
                (["Gross Earnings", num(basic + hra + spl), "Total Deductions", num(pf + pt)], {}),
            ],
            foot=(["Net Pay", num(j.amount)], {"amount": j.amount}),
            tint=(226, 238, 232),
        )
        p.add("left", f"Rupees {bare_words(j.amount)} only")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        para(
            p,
            f"Paid on {day_in(j, rng, ['%d %b %Y', '%d-%m-%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a computer-generated payslip from greytHR and does not need a signature.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (228, 0, 32))
        app_head(p, "Airtel Thanks", "UPI  |  Airtel Payments Bank")
        okline(p, "Payment failed", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "The receiver's bank did not respond in time (U68). Money has not been debited from your "
            "account.",
            "error",
        )
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.pair("From", f"Airtel Payments Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(120, 1600) * 10)
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 250, 242), (246, 248, 244)])
        on_khatwa(p)
        p.part = "head"
        emblem(p)
        hindi(p, FIRM_HI, scale=1.2, bold=True)
        p.add("center", FIRM_CAPS)
        hindi(p, "मजदूरी रसीद / WAGE RECEIPT", bold=True)
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        hlab(p, "रसीद सं.", "Receipt No.", no, txn=(INVOICE_RANK, no))
        hlab(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "%d.%m.%Y"]), pen=True, date=j.date)
        hlab(p, "प्राप्तकर्ता", "Received by", worker, pen=True, merchant=worker)
        hlab(p, "काम", "For", rng.choice(["Hemming, 6 cushion covers", "Laying, wall hanging"]), pen=True)
        hlab(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        hlab(
            p,
            "भुगतान",
            "Paid by",
            f"UPI, Ref {j.ref}",
            pen=True,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        thumbprint(p)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Check status",))
        band(p, (244, 110, 32))
        app_head(p, "bob World", "UPI")
        okline(p, "Transaction pending", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "We are awaiting a response from the receiver's bank. Please do not pay again; the status will "
            "be "
            "updated within 24 hours.",
            "warn",
        )
        tid = f"BOB{digits(rng, 13)}"
        grid(
            p,
            "bw",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["UPI Ref No", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Account", f"XXXXXX{digits(rng, 4)} (UPI)"], {"method": "UPI"}),
            ],
            tint=(252, 232, 214),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "payment"], dark=False, buttons=("done",))
        band(p, (110, 40, 180))
        app_head(p, "slice", "UPI")
        tile(p, status)
        p.add("center", "paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)).lower(), date=j.date)
        p.add("rule")
        sid = f"SLC{digits(rng, 15)}"
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "slice txn id")
        p.add("left", sid, txn=(TXN_RANK, sid))
        lab(p, "paid from")
        p.add("left", f"slice savings account {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [worker], dark=False, buttons=())
        p.part = "body"
        p.add("gap")
        divider(p, "Today")
        p.add("gap")
        s = len(p.rows)
        p.add(
            "left", rng.choice(["Didi, the cushion covers are hemmed.", "Didi, the canopy's birds are done."])
        )
        bubble(p, s, hhmm(rng, lower=True))
        s = h275.gcard_open(p)
        h275.inrow(p, f"Payment to {worker}", scale=0.86, soft=True, merchant=worker)
        h275.inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        h275.inrow(p, f"Paid {dot} {hhmm(rng, lower=True)}", status=status)
        h275.inrow(p, f"UPI Ref {j.ref}", scale=0.86, soft=True, method="UPI", txn=(UTR_RANK, j.ref))
        h275.gcard_close(p, s)
        p.add("gap")
        p.add("gap")
        return p.done()
    j.date = dt.date(2026, 11, rng.randrange(2, 10))
    j.amount = float(rng.choice([3000, 4000, 5000, 6000]))
    p = sheet_page(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(252, 252, 246), (248, 248, 242)])
    p.part = "head"
    typed(p, FIRM_CAPS.center(h271.tt_cols(p)))
    typed(p, "Issopur, Phulwari Sharif, Patna - 801505".center(h271.tt_cols(p)))
    typed(p, "CHHATH FESTIVAL ADVANCE RECEIPT".center(h271.tt_cols(p)))
    typed(p, "-" * h271.tt_cols(p))
    p.part = "body"
    no = f"PKS/ADV/{fy(j.date)}/{rng.randrange(1, 40):03d}"
    utr = utr_for(rng, j, "State Bank of India", "NEFT")
    head_ = f"No. {no}"
    tail_ = f"Date: {when(j.date, '%d.%m.%Y')}"
    typed(p, head_ + tail_.rjust(h271.tt_cols(p) - len(head_)), txn=(INVOICE_RANK, no), date=j.date)
    p.add("gap")
    text = (
        f"Received from {FIRM} the sum of Rs. {num(j.amount, 'indian', 0)}/- (Rupees {bare_words(j.amount)} "
        "only) as Chhath festival advance, to be recovered from my wages in five monthly instalments, paid "
        f"by NEFT, UTR {utr}."
    )
    for n_, line in enumerate(textwrap.wrap(text, h271.tt_cols(p))):
        facts = {"amount": j.amount} if n_ == 0 else {}
        if utr in line:
            facts.update(method="netbanking", status=status, txn=(UTR_RANK, utr))
        typed(p, line, **facts)
    p.add("gap")
    sig(p)
    typed(p, f"Name: {worker}".rjust(h271.tt_cols(p)), merchant=worker)
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues: Patna Municipal Corporation's holding tax pending under its Hindi name
    (the outcome at the left, a warning's notice; Holding No., Ward, Owner, Financial Year, Amount, Payment
    Mode, Transaction ID, Initiated on in dot leaders); the Labour Resources Department's receipt for the
    shop's registration renewal under the Bihar Shops and Establishments Act (ONLINE PAYMENT RECEIPT; a table
    ruled on every side two fields to a row: Registration No., Establishment; Fee, GRN (OGRAS); Bank Ref No.,
    Payment Date; Mode, Status); UMANG's EPFO challan paid ("Today, <hour>"; TRRN, Bank Ref. No., Wage month,
    Paid via; no day); the Income Tax Department's Challan Receipt for advance tax (PAN, Name, Assessment
    Year, Major Head, Minor Head, Amount, Amount in words, CIN, Mode of Payment, Bank Name, Bank Reference
    Number, Date of Deposit in columns); Bihar Bhumi's land rent receipt (लगान रसीद) under the Revenue and
    Land Reforms Department's Hindi name (each field's Hindi label over its English, the value printed at the
    right: रसीद सं. / Receipt No., रैयत / Raiyat, मौजा / Mauza, खाता / खेसरा / Khata / Khesra, वर्ष / Year,
    राशि / Amount, भुगतान तिथि / Payment date, लेनदेन सं. / Transaction No., माध्यम / Mode, स्थिति /
    Status); the GST portal's payment failed (the reason in a notice; a striped table: GSTIN, CPIN, Amount,
    Mode, Date of attempt); the Department of Tourism's STALL FEE RECEIPT for stall 22 at the Rajgir Mahotsav
    (Receipt No., Stall No., Allotted to, Period, Fee, Paid on, Mode, UPI Ref as label and value on a line;
    PAID; a round rubber stamp); Nagar Parishad Phulwari Sharif's receipt from its book under its Hindi and
    Urdu names (No. left blank; Date, Received from, On account of written in; Rs. in a box; "नकद प्राप्त"
    (received in cash) in a Hindi hand; no reference). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=300, high=24000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "pmc.bihar.gov.in/HoldingTax/PaymentStatus.aspx")
        p.part = "head"
        hindi(p, "पटना नगर निगम", scale=1.3, bold=True)
        name = "Patna Municipal Corporation"
        top(p, name, merchant=name)
        p.add("small", "Holding Tax  |  Online Payment")
        p.add("rule")
        p.part = "body"
        okline(p, "Payment pending", status, status=status)
        note(
            p,
            "The bank has not confirmed this payment yet. The receipt will be issued once it does; please "
            "do not pay again.",
            "warn",
        )
        tid = f"PMC{j.date:%y}{digits(rng, 10)}"
        dots(
            p,
            "Holding No.",
            f"{rng.randrange(10, 72)}/{rng.randrange(100, 999)}/{rng.randrange(1, 40)}",
            at=0.34,
        )
        dots(p, "Ward", str(rng.randrange(1, 72)), at=0.34)
        dots(p, "Owner", PROPRIETOR, at=0.34)
        dots(p, "Financial Year", f"20{fy(j.date)}", at=0.34)
        dots(p, "Amount", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "Payment Mode", "UPI", at=0.34, method="UPI")
        dots(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.34, date=j.date)
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([250, 500, 750, 1000]))
        p = browser_page(rng, font, "labour.bihar.gov.in/ShopEstablishment/PaymentReceipt")
        p.part = "head"
        name = pick(
            p, "title", ["Labour Resources Department, Govt. of Bihar", "Labour Resources Department"]
        )
        top(p, name, merchant=name)
        p.add("small", "Bihar Shops and Establishments Act, 1953  |  Registration renewal")
        p.add("rule")
        p.part = "body"
        p.add("center", "ONLINE PAYMENT RECEIPT")
        p.add("gap")
        grn = f"{digits(rng, 10)}"
        bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        grid(
            p,
            "lr",
            [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")],
            None,
            [
                (["Registration No.", f"PAT/SE/{rng.randrange(1000, 9999)}", "Establishment", SHOP], {}),
                (["Fee", rs(j.amount), "GRN (OGRAS)", grn], {"amount": j.amount, "txn": (TXN_RANK, grn)}),
                (
                    ["Bank Ref No.", bref, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (BANK_RANK, bref), "date": j.date},
                ),
                (["Mode", "Net Banking", "Status", "Success"], {"method": "netbanking", "status": status}),
            ],
            tint=(226, 232, 246),
        )
        p.add("small", "Renewal valid for 2026-27. This is a system generated receipt.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "EPFO"], dark=False, buttons=("Download challan",))
        band(p, (36, 76, 160))
        app_head(p, "UMANG", "EPFO  |  ECR payment")
        name = pick(p, "center", ["Employees' Provident Fund Organisation", "EPFO"])
        p.add("center", name, merchant=name)
        okline(p, "Payment successful", status, status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        trrn = str(digits(rng, 13))
        bref = f"{digits(rng, 12)}"
        p.pair("TRRN", trrn, txn=(INVOICE_RANK, trrn))
        p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        p.pair("Wage month", j.month(1))
        p.pair("Paid via", "Net Banking (SBI)", method="netbanking")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(50, 600) * 100)
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Income Tax Department"
        top(p, name, merchant=name)
        p.add("small", "Government of India  |  e-Pay Tax")
        p.add("rule")
        p.part = "body"
        p.add("center", "Challan Receipt  |  ITNS 280")
        ay = j.date.year + (1 if j.date.month >= 4 else 0)
        cin = f"0002543{j.date:%d%m%y}{rng.randrange(10000, 99999)}"
        bref = f"IK{digits(rng, 8)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(p, "it", spec, "PAN", "AQZPD4827L")
        colkv(p, "it", spec, "Name", "SARITA DEVI")
        colkv(p, "it", spec, "Assessment Year", f"{ay}-{(ay + 1) % 100:02d}")
        colkv(p, "it", spec, "Major Head", "Income Tax (Other than Companies) (0021)")
        colkv(p, "it", spec, "Minor Head", "Advance Tax (100)")
        colkv(p, "it", spec, "Amount (in Rs.)", rs(j.amount), amount=j.amount)
        colkv(p, "it", spec, "Amount (in words)", f"Rupees {bare_words(j.amount)} Only")
        colkv(p, "it", spec, "CIN", cin, txn=(TXN_RANK, cin))
        colkv(p, "it", spec, "Mode of Payment", "Net Banking", method="netbanking", status=status)
        colkv(p, "it", spec, "Bank Name", "State Bank of India")
        colkv(p, "it", spec, "Bank Reference Number", bref, txn=(BANK_RANK, bref))
        colkv(p, "it", spec, "Date of Deposit", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(12, 180) * 10)
        p = sheet_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(252, 252, 246), (248, 250, 244)])
        p.part = "head"
        hindi(p, "राजस्व एवं भूमि सुधार विभाग, बिहार", scale=1.2, bold=True)
        name = pick(
            p, "title", ["Revenue and Land Reforms Department, Bihar", "Revenue and Land Reforms Dept."]
        )
        top(p, name, merchant=name)
        p.add("small", "Bihar Bhumi  |  Online lagan (land rent)")
        hindi(p, "लगान रसीद / RENT RECEIPT", bold=True)
        p.part = "body"
        rno = f"LR{j.date:%y}{digits(rng, 9)}"
        tno = f"BB{digits(rng, 14)}"
        hlab(p, "रसीद सं.", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        hlab(p, "रैयत", "Raiyat", "SARITA DEVI")
        hlab(p, "मौजा", "Mauza", "Issopur, Phulwari")
        hlab(p, "खाता / खेसरा", "Khata / Khesra", f"{rng.randrange(40, 400)} / {rng.randrange(100, 1999)}")
        hlab(p, "वर्ष", "Year", f"20{fy(j.date)}")
        hlab(p, "राशि", "Amount", rs(j.amount), amount=j.amount)
        hlab(p, "भुगतान तिथि", "Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        hlab(p, "लेनदेन सं.", "Transaction No.", tno, txn=(TXN_RANK, tno))
        hlab(p, "माध्यम", "Mode", "UPI", method="UPI")
        hlab(p, "स्थिति", "Status", "Paid", status=status)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment")
        p.part = "head"
        name = "Goods and Services Tax"
        top(p, name, merchant=name)
        p.add("small", "GST Portal  |  Track Payment Status")
        p.add("rule")
        p.part = "body"
        okline(p, "Payment failed", status, status=status)
        note(
            p,
            "The bank declined the transaction. The challan stays valid until its expiry and you may pay "
            "it again.",
            "error",
        )
        cpin = f"26{j.date:%m}10{digits(rng, 10)}"
        zebra(
            p,
            "gs",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["GSTIN", GSTIN], {}),
                (["CPIN", cpin], {"txn": (INVOICE_RANK, cpin)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "Net Banking (State Bank of India)"], {"method": "netbanking"}),
                (
                    ["Date of attempt", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))],
                    {"date": j.date},
                ),
            ],
            (30, 60, 120),
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([3000, 4500, 5000, 6000]))
        j.date = MAHOTSAV - dt.timedelta(days=rng.randrange(3, 15))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(252, 250, 244), (246, 248, 252)])
        p.part = "head"
        hindi(p, "पर्यटन विभाग, बिहार सरकार", scale=1.2, bold=True)
        name = pick(
            p, "title", ["Department of Tourism, Government of Bihar", "Department of Tourism, Bihar"]
        )
        top(p, name, merchant=name)
        p.add("small", "Rajgir Mahotsav 2026  |  Shilp Haat stall allotment")
        p.add("center", "STALL FEE RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"RM26/{rng.randrange(100, 400)}"
        p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        p.pair("Stall No.", "22 (Shilp Haat)")
        p.pair("Allotted to", SHOP)
        p.pair("Period", "24 - 27 Nov 2026")
        p.pair("Fee", rs(j.amount), amount=j.amount)
        p.pair("Paid on", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        p.pair("Mode", "UPI", method="UPI")
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "PAID", status=status)
        h269.seal(p, "RAJGIR MAHOTSAV 2026 * RAJGIR * NALANDA *", ["TOURISM", "BIHAR"], "blue")
        return p.done()
    j.amount = float(rng.choice([500, 750, 1000, 1500, 2000]))
    p = sheet_page(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(250, 246, 234), (244, 246, 236)])
    p.part = "head"
    hindi(p, "नगर परिषद, फुलवारी शरीफ", scale=1.3, bold=True)
    h277.urdu(p, "نگر پریشد پھلواری شریف")
    name = "NAGAR PARISHAD PHULWARI SHARIF"
    top(p, name, merchant=name)
    hindi(p, "रसीद / RECEIPT", bold=True)
    p.part = "body"
    p.add("left", "No. ..............")
    blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
    blank(p, "Received from", "Khatwa Silai Ghar, Issopur")
    blank(p, "On account of", "Trade licence fee 2026-27")
    amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    nhand(p, "नकद प्राप्त", scale=1.5, method="cash", status=status)
    sig(p)
    p.add("right", "Tax Collector")
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums: Digit Insurance's shop policy payment failed (the reason in a notice; labels small
    over their values two to a row: Premium, Policy; Transaction ID, Payment mode, Attempted on as label and
    value on a line); Star Health's renewal paid ("paid to <insurer>", "Today, <hour>"; Policy No., Payment
    ID, Paid via; no day); New India Assurance's PREMIUM RECEIPT for the shop's shopkeeper's policy (Receipt
    No., Receipt Date, Received from, Policy, Policy No., Net Premium, CGST 9%, SGST 9% on hairline rows;
    Total Premium; Instrument; "Received with thanks."); HDFC ERGO's mail of a health renewal's premium
    received (its sentence; Policy No., Receipt No., Payment date, Payment mode, Transaction reference in
    columns); LIC's PREMIUM RECEIPT under its Hindi name printed in its printer's face (Receipt No, Date,
    Policy No, Name, Plan/Term, Due, Premium, Late Fee, Total Amount, Mode); the Oriental Insurance agent's
    receipt written in his book (No. left blank; each field's Hindi label over its English, the value written
    by hand at the right; "नकद प्राप्त" (cash received) in a Hindi hand; no reference); ICICI Lombard's IL
    TakeCare with the van's policy renewed (tiles: Vehicle, Policy; copyable UPI Ref No and Payment ID; the
    day and hour); SBI General's payment under process (a warning's notice; a table ruled on every side: Quote
    No., Product, Premium, Payment mode, Transaction ID, Initiated on). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(0,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=2400, high=68000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    pol = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (252, 204, 0), ink=(20, 20, 20))
        app_head(p, "Digit Insurance", "Shop insurance")
        okline(p, "Payment failed", status, status=status)
        name = pick(p, "center", ["Go Digit General Insurance Ltd.", "Go Digit General Insurance"])
        p.add("center", name, merchant=name)
        note(
            p,
            "Your bank declined the payment. Your policy has not been issued yet; please try again.",
            "error",
        )
        two_up(p, "dg", ("Premium", rs(j.amount)), ("Policy", "Digit Shop Insurance"), amount=j.amount)
        p.add("gap")
        tid = f"DGT{digits(rng, 13)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Payment mode", f"Credit card XX{digits(rng, 4)}", method="card")
        p.pair("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Download policy",))
        band(p, (20, 60, 140))
        app_head(p, "Star Health", "Policy renewal")
        okline(p, "Payment successful", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(
            p,
            "center",
            ["paid to Star Health and Allied Insurance Co. Ltd.", "paid to Star Health Insurance"],
        )[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"SHAI{digits(rng, 12)}"
        lab(p, "Policy No.")
        p.add("left", f"P/211200/01/2027/{digits(rng, 6)}")
        lab(p, "Payment ID")
        p.add("left", pid, txn=(TXN_RANK, pid))
        lab(p, "Paid via")
        p.add("left", "UPI", method="UPI")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["The New India Assurance Co. Ltd.", "New India Assurance"])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office 1, Frazer Road, Patna - 800001")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        rno = f"{rng.randrange(510000, 519999)}{j.date:%y}R{digits(rng, 7)}"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        half = round(gst / 2, 2)
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "r")]
        cols(p, "na", spec, "Receipt No.", rno, mode="line", txn=(INVOICE_RANK, rno))
        cols(
            p, "na", spec, "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), mode="line", date=j.date
        )
        cols(p, "na", spec, "Received from", FIRM, mode="line")
        cols(p, "na", spec, "Policy", "New India Shopkeeper's Insurance", mode="line")
        cols(p, "na", spec, "Policy No.", pol, mode="line")
        cols(p, "na", spec, "Net Premium", num(base), mode="line")
        cols(p, "na", spec, "CGST 9%", num(half), mode="line")
        cols(p, "na", spec, "SGST 9%", num(round(gst - half, 2)), mode="line")
        total(p, "Total Premium", rs(j.amount), at=0.6, amount=j.amount)
        p.add("left", f"Instrument: NEFT, UTR {utr}", method="netbanking", txn=(UTR_RANK, utr))
        p.add("left", "Received with thanks.", status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Divisional Manager")
        return p.done()
    if k == 3:
        p = mail_page(
            rng, font, "HDFC ERGO <noreply@hdfcergo.com>", ["Payment received for your policy renewal"]
        )
        p.part = "head"
        name = "HDFC ERGO General Insurance"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROPRIETOR},")
        para(
            p,
            f"Thank you for renewing your my:health Suraksha policy. We have received your payment of "
            f"{rs(j.amount)}.",
            amount=j.amount,
            status=status,
        )
        rno = f"RCT{digits(rng, 11)}"
        tref = str(digits(rng, 14))
        spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
        colkv(p, "he", spec, "Policy No.", f"2856 2041 {digits(rng, 4)} {digits(rng, 4)} 000")
        colkv(p, "he", spec, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        colkv(p, "he", spec, "Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "he", spec, "Payment mode", "Net Banking", method="netbanking")
        colkv(p, "he", spec, "Transaction reference", tref, txn=(TXN_RANK, tref))
        p.add("gap")
        p.add("small", "HDFC ERGO General Insurance Company Ltd., Mumbai. Please do not reply to this mail.")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(30, 300) * 100) + float(rng.choice([0, 0, 45, 120]))
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(252, 250, 240), (248, 248, 244)])
        p.part = "head"
        hindi(p, "भारतीय जीवन बीमा निगम", scale=1.3, bold=True)
        name = pick(p, "title", ["Life Insurance Corporation of India", "LIC of India"])
        top(p, name, merchant=name)
        p.add("small", "Branch Office 512, Patna City, Patna - 800008")
        p.add("center", "PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"512{j.date:%y}{digits(rng, 7)}"
        late = 0.0 if j.amount % 100 == 0 else j.amount % 100
        typed(p, f"Receipt No    : {rno}", txn=(INVOICE_RANK, rno))
        typed(p, f"Date          : {when(j.date, '%d/%m/%Y')}", date=j.date)
        typed(p, f"Policy No     : {digits(rng, 9)}")
        typed(p, "Name          : SARITA DEVI")
        typed(p, "Plan/Term     : 936/21")
        typed(p, f"Due           : {when(j.date - dt.timedelta(days=20), '%m/%Y')}")
        typed(p, f"Premium       : {num(j.amount - late)}")
        typed(p, f"Late Fee      : {num(late)}")
        typed(p, f"Total Amount  : Rs. {num(j.amount)}", amount=j.amount)
        typed(p, f"Mode          : UPI  Ref {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
        typed(p, "Premium received with thanks.", status=status)
        p.add("gap")
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(30, 200) * 100)
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 240)])
        p.part = "head"
        name = pick(p, "title", ["The Oriental Insurance Co. Ltd.", "Oriental Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Agent: Rakesh Kumar Sinha, Code 5021-0417, Patna")
        hindi(p, "प्रीमियम रसीद / PREMIUM RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..............")
        p.add("gap")
        hlab(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        hlab(p, "नाम", "Received from", FIRM, pen=True, at=0.36)
        hlab(p, "पॉलिसी", "Policy", "Workmen's compensation", pen=True)
        hlab(p, "राशि", "Premium", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        nhand(p, "नकद प्राप्त", scale=1.5, method="cash", status=status)
        sig(p)
        p.add("right", "Agent's signature")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Download policy",))
        band(p, (236, 106, 34))
        app_head(p, "IL TakeCare", "ICICI Lombard")
        okline(p, "Policy renewed", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to ICICI Lombard General Insurance Co. Ltd.", "to ICICI Lombard"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        tiles2(
            p,
            ("Vehicle", f"BR01G{code(rng, 1, UPPER)}{rng.randrange(1000, 9999)}"),
            ("Policy", "Private car package"),
        )
        pid = f"ILP{digits(rng, 12)}"
        copyrow(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        return p.done()
    p = browser_page(rng, font, "www.sbigeneral.in/portal/payment/status")
    p.part = "head"
    name = "SBI General Insurance"
    top(p, name, merchant=name)
    p.add("small", "Buy online  |  Payment status")
    p.add("rule")
    p.part = "body"
    okline(p, "Payment under process", status, status=status)
    note(
        p,
        "We have not yet received a confirmation from your bank. Your policy will be issued as soon as we "
        "do; please do not pay again.",
        "warn",
    )
    tid = f"SBIG{digits(rng, 12)}"
    grid(
        p,
        "sg",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        None,
        [
            (["Quote No.", f"Q{digits(rng, 10)}"], {}),
            (["Product", "Arogya Sanjeevani (family floater)"], {}),
            (["Premium", rs(j.amount)], {"amount": j.amount}),
            (["Payment mode", f"Debit card XX{digits(rng, 4)}"], {"method": "card"}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
        ],
        tint=(226, 236, 250),
    )
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("KHATWA KALA KUNJ", "BUDH MARG, PATNA", "HDFC BANK", "pinelabs"),
    ("KHATWA KALA KUNJ - RAJGIR MAHOTSAV STALL 22", "SHILP HAAT, RAJGIR", "Ezetap", "ezetap"),
    ("HOTEL SIDDHARTHA VIHAR", "DOMUHAN ROAD, BODH GAYA", "AXIS BANK", "axis"),
    ("KHATWA KALA KUNJ", "Budh Marg, Patna", "SmartHub Vyapar", "smarthub"),
    ("VISHAL FABRIC MALL", "ASHOK RAJPATH, PATNA", "CANARA BANK", "declined"),
    ("LITTI CHOKHA DARBAR", "BORING ROAD, PATNA", "YES BANK", "tip"),
    ("KRISHNA HARDWARE & TOOLS", "GOVIND MITRA ROAD, PATNA", "Mosambee", "mosambee"),
    ("HARI OM SWEETS", "Phulwari Sharif, Patna", "", "memo"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the shop's terminals and the firm's card elsewhere: HDFC Bank's Pine Labs CHARGE SLIP at the
    shop (each field "LABEL:" and its value on a line: DATE, TIME, MID, TID, BATCH NUM, INVOICE, CARD NUM,
    CARD TYPE, APPR CODE, RRN, AMOUNT; APPROVED, PIN VERIFIED OK; CUSTOMER COPY); Ezetap's slip at the Rajgir
    Mahotsav stall in the Mahotsav's days with the host timed out (DATE, TIME, TID, CARD, AMOUNT, TXN ID; HOST
    TIMEOUT, STATUS: AWAITING HOST RESPONSE, DO NOT RETRY UNTIL CONFIRMED); Axis Bank's slip at a Bodh Gaya
    hotel (TXN TYPE, DT and TM on a line, TID and INV on a line, CARD, AUTH ID, RRN, TOTAL, APPROVED); HDFC
    Bank's SmartHub Vyapar screen on the shop's phone (the shop under the app, Card payment received, the sum,
    the card, "Just now"; Approval code, RRN as label and value on a line; no day); Canara Bank's slip at a
    Patna fabric mall DECLINED (05 DO NOT HONOUR); Yes Bank's slip at a Patna restaurant with a tip (BASE
    AMOUNT, TIP, TOTAL); Mosambee's slip at a Patna hardware store (SALE, DATE/TIME, CARD, APPR, RRN, NET
    AMOUNT, TXN SUCCESSFUL); a Phulwari sweet shop's bill under its Hindi name, written by hand (दिनांक and
    the day written in; Item | Qty | Rs. written in its columns, Total; "कार्ड से भुगतान" (paid by card) in a
    Hindi hand; a PAID stamp; no reference). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=600, high=65000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "ezetap":
        shift(j, rng, MAHOTSAV + dt.timedelta(days=rng.randrange(0, 4)))
    if layout in ("declined", "ezetap", "axis", "tip", "mosambee"):
        j.amount = rupees(rng, 900, 18000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "smarthub":
        p = phone(rng, font, k, ["", "Card payment"], dark=False, buttons=("New payment",))
        band(p, (0, 76, 151))
        app_head(p, "SmartHub Vyapar", "HDFC Bank")
        shown = pick(p, "center", [name])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        okline(p, "Card payment received", status, status=status)
        p.add(
            "big",
            f"\u20b9{j.amount:,.2f}" if glyphs(font, "\u20b9") else f"Rs.{j.amount:,.2f}",
            amount=j.amount,
        )
        p.add("small", f"{scheme} {sign(font, chr(0x2022), '*') * 4} {last4}  |  tap on phone", method="card")
        p.add("small", "Just now")
        p.add("rule")
        p.pair("Approval code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if layout == "memo":
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 246, 232), (246, 248, 238)])
        p.part = "head"
        hindi(p, "हरि ओम स्वीट्स", scale=1.3, bold=True)
        top(p, name, merchant=name)
        p.add("small", "Khaja, tilkut, anarsa and peda  |  Phulwari Sharif, Patna")
        p.part = "body"
        nhand(p, f"दिनांक {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}", scale=1.3, date=j.date)
        spec = [(0.0, 0.6, "l"), (0.6, 0.76, "c"), (0.78, 1.0, "r")]
        cols(p, "mh", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, unit, lo, hi in rng.sample(
            [
                ("Silao khaja", "kg", 360, 440),
                ("Gaya tilkut", "kg", 420, 520),
                ("Anarsa", "kg", 480, 560),
                ("Khoya peda", "kg", 560, 660),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.choice([1, 2, 3])
            v = float(q * rng.randrange(lo, hi, 20))
            hcells(p, spec, text, f"{q} {unit}", num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.6, 0.77])
        p.add("gap")
        nhand(p, "कार्ड से भुगतान", scale=1.5, method="card", status=status)
        h271.rstamp(p, ["PAID", "HARI OM SWEETS"], "red", at=0.7, rows_=3)
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    amt = fmt(j.amount)
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "pinelabs":
        p.add("center", "CHARGE SLIP")
        p.add("rule")
        p.pair("DATE:", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME:", t)
        p.pair("MID:", mid[:12])
        p.pair("TID:", tid)
        p.pair("BATCH NUM:", batch)
        p.pair("INVOICE:", inv, txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        p.pair("CARD NUM:", f"XXXX XXXX XXXX {last4}", method="card")
        p.pair("CARD TYPE:", scheme)
        p.pair("APPR CODE:", appr, txn=(APPR_RANK, appr))
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT:", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK")
        p.add("small", "SIGNATURE NOT REQUIRED")
        p.add("small", "CUSTOMER COPY  |  Powered by Pine Labs")
    elif layout == "ezetap":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%b-%Y").upper(), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("CARD", f"{scheme} ****{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        ez = f"EZ{digits(rng, 14)}"
        p.pair("TXN ID", ez, txn=(TXN_RANK, ez))
        p.add("rule")
        p.add("center", "HOST TIMEOUT")
        p.add("center", "STATUS: AWAITING HOST RESPONSE", status=status)
        p.add("small", "DO NOT RETRY UNTIL CONFIRMED")
    elif layout == "axis":
        p.add("rule")
        p.add("left", "TXN TYPE: SALE")
        p.add("left", f"DT: {when(j.date, '%d-%m-%Y')}  TM: {t[:5]}", date=j.date)
        p.add("left", f"TID: {tid}  INV: {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} XX{last4} (CHIP)", method="card")
        p.pair("AUTH ID", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL", amt, amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "THANK YOU, VISIT AGAIN")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "05 DO NOT HONOUR")
        p.add("small", "PLEASE CONTACT YOUR CARD ISSUER")
    elif layout == "tip":
        base = j.amount
        tip = float(rng.choice([50, 100, 150, 200]))
        j.amount = base + tip
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("BATCH / INV", f"{batch[-3:]} / {inv[-4:]}")
        p.pair("CARD", f"{scheme} XXXX XXXX XXXX {last4}", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("BASE AMOUNT", f"{base:,.2f}")
        p.pair("TIP", f"{tip:,.2f}")
        p.add("rule")
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE/TIME", f"{when(j.date, '%d.%m.%Y')} {t[:5]}", date=j.date)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("CARD", f"{scheme} ...{last4} (TAP)", method="card")
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("NET AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN SUCCESSFUL", status=status)
        p.add("small", "Mosambee  |  Union Bank of India")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the shop's bills: South Bihar Power Distribution Company's Quick Pay pending under
    its Hindi name (the outcome at the left, a warning's notice; Consumer No., Consumer Name, Bill Month,
    Amount, Transaction ID, Payment Mode, Initiated on in columns); BSNL's mail of a Bharat Fibre payment
    received (its sentence; a table ruled on every side: Account No., Telephone No., Receipt No., Payment
    Date, Payment Mode, Bank Ref. No.); MyJio's postpaid bill paid (the outcome at the left, "to <biller>",
    the day and hour; tiles: Jio number, Bill month; copyable Transaction ID and UPI Ref No); a drinking
    water supplier's MONTHLY CARD for its 20 litre jars (Month and Customer written in; the month's days in
    boxes, the jars left each day written in them; Jars, Rs. in a box; "Paid cash on <day>" written in; no
    reference); Sun Direct's recharge mail (its sentence; Smart Card No., Pack, Recharge date, Valid till,
    Transaction ID, Payment mode in columns); SBI FASTag's recharge successful for the firm's van ("5 mins
    ago"; Vehicle No., Tag ID, Transaction ID, Paid via in dot leaders; no day); Airtel Thanks' postpaid bill
    paid ("to <biller>"; labels small over their values two to a row: Mobile, Plan; Transaction ID, Paid via
    as label and value on a line); HelloBPCL's Bharat Gas refill payment failed (the reason in a notice; a
    table ruled on every side: Booking No., Distributor, Consumer No., Transaction ID, Payment mode, Attempted
    on). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(7,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=300, high=14000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "sbpdcl.co.in/QuickPay/PaymentStatus")
        p.part = "head"
        hindi(p, "साउथ बिहार पावर डिस्ट्रीब्यूशन कंपनी लिमिटेड", bold=True)
        name = pick(
            p, "title", ["South Bihar Power Distribution Company Ltd.", "South Bihar Power Distribution Co."]
        )
        top(p, name, merchant=name)
        p.add("small", "Quick Pay  |  Electricity bill")
        p.add("rule")
        p.part = "body"
        okline(p, "Payment pending", status, status=status)
        note(
            p,
            "The bank is still confirming this payment. Your bill will show as paid within 48 hours; please "
            "do not pay again.",
            "warn",
        )
        tid = f"SBP{digits(rng, 13)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(p, "sb", spec, "Consumer No.", f"1013{digits(rng, 8)}")
        colkv(p, "sb", spec, "Consumer Name", "KHATWA SILAI GHAR")
        colkv(p, "sb", spec, "Bill Month", j.month(1))
        colkv(p, "sb", spec, "Amount", rs(j.amount), amount=j.amount)
        colkv(p, "sb", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(p, "sb", spec, "Payment Mode", "UPI", method="UPI")
        colkv(
            p, "sb", spec, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date
        )
        return p.done()
    if k == 1:
        p = mail_page(rng, font, "BSNL Selfcare <selfcare@bsnl.co.in>", ["Payment receipt: Bharat Fibre"])
        p.part = "head"
        name = pick(p, "title", ["Bharat Sanchar Nigam Limited", "BSNL"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        para(
            p,
            f"Dear Customer, thank you. Your payment of {rs(j.amount)} towards your Bharat Fibre "
            "connection has "
            "been received.",
            amount=j.amount,
            status=status,
        )
        rno = f"BR{j.date:%y}{digits(rng, 10)}"
        bref = str(digits(rng, 12))
        grid(
            p,
            "bs",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Account No.", str(digits(rng, 10))], {}),
                (["Telephone No.", f"0612-{digits(rng, 7)}"], {}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Payment Mode", f"Debit card XXXX{digits(rng, 4)}"], {"method": "card"}),
                (["Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
            ],
            tint=(226, 236, 250),
        )
        p.add("small", "This is a system generated mail from BSNL Selfcare.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Done",))
        band(p, (15, 60, 201))
        app_head(p, "MyJio", "Postpaid bill payment")
        okline(p, "Payment successful", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to Reliance Jio Infocomm Ltd.", "to Jio"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ", " | ")), date=j.date)
        tiles2(p, ("Jio number", f"+91 70XXXXXX{digits(rng, 2)}"), ("Bill month", j.month(1)))
        tid = f"BR{digits(rng, 14)}"
        copyrow(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        copyrow(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(238, 246, 252), (244, 250, 246)])
        p.part = "head"
        name = "GANGA JAL RO WATER SUPPLY"
        top(p, name, merchant=name)
        p.add("small", "20 litre jars  |  Issopur, Phulwari Sharif")
        p.add("center", "MONTHLY CARD")
        p.part = "body"
        first_ = j.date.replace(day=1) - dt.timedelta(days=1)
        month = first_.replace(day=1)
        blank(p, "Month", when(month, "%B %Y"))
        blank(p, "Customer", "Khatwa Silai Ghar")
        n_days = first_.day
        marks = [rng.choice(["1", "1", "2", "", "1"]) for _ in range(n_days)]
        jars = sum(int(m) for m in marks if m)
        h277.days_grid(p, 1, marks[:16])
        h277.days_grid(p, 17, marks[16:])
        rate = 30
        j.amount = float(jars * rate)
        blank(p, "Jars", f"{jars} x Rs. {rate}")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(
            p,
            f"Paid cash on {when(j.date, rng.choice(['%d/%m/%y', '{d}/%m/%Y']))}",
            date=j.date,
            method="cash",
            status=status,
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([329, 399, 459, 549, 699, 1199, 1599]))
        p = mail_page(rng, font, "Sun Direct <noreply@sundirect.in>", ["Recharge successful"])
        p.part = "head"
        top(p, "Sun Direct", merchant="Sun Direct")
        p.add("rule")
        p.part = "body"
        sc = str(digits(rng, 11))
        para(
            p,
            f"Dear Subscriber, your recharge of {rs(j.amount)} for Smart Card No. {sc} was successful.",
            amount=j.amount,
            status=status,
        )
        tid = f"SD{digits(rng, 12)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "sd", spec, "Smart Card No.", sc)
        colkv(p, "sd", spec, "Pack", "Hindi Value HD")
        colkv(p, "sd", spec, "Recharge date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        colkv(p, "sd", spec, "Valid till", when(j.date + dt.timedelta(days=30), "%d/%m/%Y"))
        colkv(p, "sd", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(p, "sd", spec, "Payment mode", "Net Banking", method="netbanking")
        p.add("small", "Sun Direct TV Pvt. Ltd.")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = browser_page(rng, font, "fastag.onlinesbi.sbi/fastag/recharge/status")
        p.part = "head"
        name = "SBI FASTag"
        top(p, name, merchant=name)
        p.add("small", "State Bank of India  |  NETC FASTag")
        p.add("rule")
        p.part = "body"
        okline(p, "Recharge successful", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "5 mins ago")
        tid = f"FT{digits(rng, 14)}"
        dots(p, "Vehicle No.", f"BR01G{code(rng, 1, UPPER)}{rng.randrange(1000, 9999)}", at=0.34)
        dots(p, "Tag ID", f"34161FA8203{code(rng, 13, HEXU)}", at=0.34)
        dots(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        dots(p, "Paid via", "UPI", at=0.34, method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Postpaid"], dark=False, buttons=("Done",))
        band(p, (228, 0, 32))
        app_head(p, "Airtel Thanks", "Postpaid bill")
        okline(p, "Bill paid", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to Bharti Airtel Ltd."])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        p.add("rule")
        two_up(p, "at", ("Mobile", f"98XXXXX{digits(rng, 3)}"), ("Plan", "Postpaid 449"))
        p.add("gap")
        tid = f"AT{digits(rng, 14)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid via", f"Credit card XX{digits(rng, 4)}", method="card")
        return p.done()
    j.amount = round(rng.uniform(880, 960), 2)
    p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Try again",))
    band(p, (0, 82, 160))
    app_head(p, "HelloBPCL", "Bharat Gas refill")
    okline(p, "Payment failed", status, status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", "to Bharat Gas", merchant="Bharat Gas")
    note(
        p,
        "Your bank declined the payment. Your refill booking stays open; pay again or pay cash on delivery.",
        "error",
    )
    bno = str(digits(rng, 8))
    tid = f"BPCL{digits(rng, 12)}"
    grid(
        p,
        "bg",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        None,
        [
            (["Booking No.", bno], {"txn": (ORDER_RANK, bno)}),
            (["Distributor", "Patliputra Gas Service"], {}),
            (["Consumer No.", str(digits(rng, 6))], {}),
            (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
            (["Payment mode", f"Debit card XX{digits(rng, 4)}"], {"method": "card"}),
            (["Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",))], {"date": j.date}),
        ],
        tint=(252, 238, 200),
    )
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Dakshin Bihar Gramin Bank", "AD-DBGBNK", "MAA TARA THREAD HOUS", "UPI", "hindi"),
    ("State Bank of India", "VM-SBIINB", "GANGA CLOTH STORE", "NEFT", "sms"),
    ("Punjab National Bank", "BP-PNBSMS", "BHAGALPUR HANDLOOM W", "RTGS", "sms"),
    ("HDFC Bank", "", "PATNA OFFSET PRESS", "UPI", "mail"),
    ("UCO Bank", "JM-UCOBNK", "ANAND TRANSPORT CO", "IMPS", "sms"),
    ("ICICI Bank", "", "NALANDA PACKAGING", "NEFT", "rcs"),
    ("Axis Bank", "", "USHA SILAI MACHINE C", "UPI", "headsup"),
    ("Central Bank of India", "AX-CENTBK", "KALYANI WEB STUDIO", "NEFT", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: Dakshin Bihar Gramin Bank's SMS in Hindi in its messages
    thread under its day divider ("प्रिय ग्राहक, आपके खाते XX1234 से रु.x UPI द्वारा <PAYEE> को <dd-mm-yyyy>
    को डेबिट किए गए हैं। संदर्भ सं. <ref>। ..."); SMS in SBI's ("Dear Customer, your A/c X1234 has been
    debited by Rs.x on <dd-Mon-yy> towards NEFT to <PAYEE>. ..."; no reference), PNB's ("Your RTGS request of
    Rs x to <PAYEE> dated <dd/mm/yyyy> is awaiting settlement. UTR ... Do not re-initiate."), UCO Bank's
    ("IMPS txn of Rs.x to <PAYEE> from A/c XX1234 on <dd.mm.yyyy> FAILED. Ref ... Amount, if debited, will be
    credited back.") and Central Bank of India's ("Your a/c XX1234 is debited for Rs.x on <dd-mm-yy>
    NEFT-<UTR>-<PAYEE>. Avl Bal Rs.y") wordings; HDFC Bank's mail ("Rs.x has been debited from account **1234
    to VPA <UPI ID> <PAYEE> on <dd-mm-yy>. Your UPI transaction reference number is ..."); ICICI Bank's
    business message in the messages app, a rich card (Debit alert; "INR x debited from A/c XX1234", "NEFT to
    <PAYEE>", "on <dd-Mon-yyyy>", "UTR: ...") with its suggested replies under it; Axis Bank's heads-up
    notification over the shop's gallery of khatwa photographs ("now"; "Rs.x paid to <PAYEE> from A/c XX1234
    via UPI. UPI Ref ..."; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 480000, 0.6)
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
    if frame == "hindi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"प्रिय ग्राहक, आपके खाते XX{tail4} से रु.{amt} UPI द्वारा {to} को {when(j.date, '%d-%m-%Y')} "
            "को डेबिट "
            f"किए गए हैं। संदर्भ सं. {utr}। यदि यह लेनदेन आपने नहीं किया है तो 1800-180-2222 पर कॉल करें। "
            "- DBGB"
        )
        nwrap(p, text, share=0.94, **facts)
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "State Bank of India":
            text = (
                f"Dear Customer, your A/c X{tail4} has been debited by Rs.{amt} on "
                f"{when(j.date, '%d-%b-%y')} "
                f"towards NEFT to {to}. If not done by you, call 1800 1234. -SBI"
            )
        elif bank == "Punjab National Bank":
            text = (
                f"Your RTGS request of Rs {amt} to {to} dated {when(j.date, '%d/%m/%Y')} is awaiting "
                "settlement. "
                f"UTR {utr}. Do not re-initiate. -PNB"
            )
        elif bank == "UCO Bank":
            text = (
                f"IMPS txn of Rs.{amt} to {to} from A/c XX{tail4} on {when(j.date, '%d.%m.%Y')} FAILED. "
                f"Ref {utr}. "
                "Amount, if debited, will be credited back. -UCO Bank"
            )
        else:
            text = (
                f"Your a/c XX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%m-%y')} NEFT-{utr}-{to}. "
                f"Avl Bal Rs.{bal} -Central Bank of India"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
            ["You have done a UPI txn. Check details!"],
        )
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        vpa = "patnaoffsetpress@okhdfcbank"
        para(
            p,
            f"Rs.{amt} has been debited from account **{tail4} to VPA {vpa} {to} on "
            f"{when(j.date, '%d-%m-%y')}. "
            f"Your UPI transaction reference number is {utr}.",
            **facts,
        )
        p.add("gap")
        para(
            p,
            "If you did not authorise this transaction, please report it at once by calling 18002586161 or "
            "SMS BLOCK UPI to 7308080808.",
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Warm regards, HDFC Bank. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "rcs":
        p = phone(rng, font, k, ["ICICI Bank"], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Verified business  |  Business chat")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        c = card_open(p)
        p.add("left", "Debit alert")
        p.add("left", f"INR {amt} debited from A/c XX{tail4}", amount=j.amount, status=status)
        p.add("left", f"NEFT to {to}", merchant=to, method=method)
        p.add("left", f"on {when(j.date, '%d-%b-%Y')}", date=j.date)
        p.add("left", f"UTR: {utr}", txn=(UTR_RANK, utr))
        card_close(p, c)
        p.add("gap")
        chips(p, ["View statement", "Not you?"])
        return p.done()
    p = phone(rng, font, k, ["Khatwa catalogue"], dark=False, buttons=())
    p.part = "body"
    c = card_open(p)
    p.add("small", f"Axis Bank {sign(font, chr(0x2022), '*')} now")
    para(p, f"Rs.{amt} paid to {to} from A/c XX{tail4} via UPI. UPI Ref {utr}.", **facts)
    card_close(p, c)
    p.add("gap")
    thumbs(p, 3)
    thumbs(p, 3)
    return p.done()

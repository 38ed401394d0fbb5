"""The twelve heldout298 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a kauna craft house's year of 2026 in Imphal, Manipur (Loktak Kauna Crafts,
Thoudam Ibetombi Devi's proprietary firm, whose weavers at its weaving centre in Wangoi and at home in Thanga,
Moirang, Wangjing and Kumbi split, dry and plait kauna, the water reed of Loktak's wetlands, into mats, floor
cushions, moodhas, baskets, bags and furniture on cane frames; its showroom in Paona Bazar, Kauna House; stall
31 in the crafts pavilion of the Manipur Sangai Festival at Hapta Kangjeibung; the web shop kaunahouse.in;
buyers at home and abroad), told by the proofs of payment it receives (buyers' BHIM, Paytm, Navi, bob World,
CRED, Amazon Pay and WhatsApp screens and BharatPe for Business on the showroom's phone; NEHHDC, RazorpayX,
Slack, Zoho Books, PNB's corporate banking, QuickBooks, an accountant's mail and PFMS; SMBC, Commerzbank,
Mashreq, ASB, PostFinance, Nordea, Hang Seng Bank and Crédit Agricole; its own tax invoice made in Swipe, a
Shopify mail, a receipt book, Cashfree's failed page, the Sangai stall's carbon cash memo, Plural's payment
link, Paytm Payment Gateway's pending checkout and the showroom's e-bill SMS) and those it makes (a reed
growers' group's bill in a Meetei Mayek hand, a Silchar cane house's invoice with a sticky note, udaan,
Delhivery, Amazon Business, a Guwahati carton maker's invoice on a clipboard, a Moirang phi weaver's
letter-pad bill and a transporter's consignment note; PNB ONE, Union Bank's Vyom, Canara ai1, Axis Mobile, UCO
mBanking Plus, IOB Mobile, FedMobile's shared card and Manipur Rural Bank's NEFT / RTGS application; a home
weaver's job card on a kauna mat, Zoho Payroll, iMobile Pay, PhonePe, AU 0101, Fi, slice and a cash voucher;
Imphal Municipal Corporation, the profession tax, the Inner Line Permit, the income tax challan, ESIC, the
Department of Tourism's receipt book, GeM and the Forest Department's transit pass; eight insurers; cards on
the showroom's and the stall's terminals, at a hotel, a fuel station and a pharmacy, on OneCard's app, on a
hotel's folio and in Apple Wallet; MSPDCL's prepaid meter, Airtel Thanks, BSNL, Airtel Digital TV, Bajaj
Finserv's bill pay, the Municipal Corporation's waste charge, HP Pay and MyJio; the banks' SMS, a mail, a
smartwatch's SMS and a lock screen's notification). Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the units' lines,
salutations, Meetei Mayek and Hindi lines (but a Meetei Mayek hand's figures and its "(cash)", whose sums and
way carry the facts), items, bills, counts, rates, GST, TDS, GST-TDS, fees, charges, freight, hamali, late
fees, cashback, coins, reward points, balances, sums insured, plans, periods, months, assessment years,
invoice, bill, due, arrival and validity days, account, policy, proposal, application, licence, PTEC, permit,
seller, employer, consumer, meter, customer, telephone, card and vehicle numbers, PAN, GSTIN and Udyam
numbers, e-way bill, air waybill and consignment note numbers, sanction numbers, IFSC, SWIFT/BIC codes, UPI
IDs, bills named on an advice or a receipt, other messages, a soundbox's words, kauna cushions' coils, plaited
bands, reed stalks, the mat, the watch, stages, notices, tiles, badges, spinners, stamps, carbon, a clipboard,
a sticky note's initials, thumbs' boxes, revenue stamps, signatures and a salesgirl's initials carry no fact.
``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and
``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money``
and ``ios`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and
``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``cols``, ``zebra``, ``kv``, ``kvr``,
``total``, ``strip``, ``sms_page``, ``comb``, ``ticks``, ``thumb``, a roll's torn edges), heldout271's
(``grid``, ``gkv``, ``colkv``, ``dots``, ``fill``, ``fill2``, ``hand``, ``tt``, ``amtbox``, ``rstamp``,
``perf``, tinted cards), heldout273's (``hcells``, ``ledger``, ``bubble``, ``panel``, ``pill``, ``track``),
heldout275's (``sig``, ``divider``, ``gutter``, ``sicon``, ``bigsum``, ``toast``, ``sticky``, a chat's payment
card), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``, ``two_up``,
``spinner``), heldout287's (Devanagari lines, ``notice``, ``oval``, ``tile``, ``burst``, ``tiles2``, ``vlab``,
``vname``, ``copyrow``, ``speaker``, ``clock``, ``sheet_open``) and heldout289's (``chip``, ``steps``,
``carbon``, ``revenue``, ``clipboard``), written in this set's pens and printers' faces. ``compose`` is
heldout158's (as heldout269's to heldout297's), each page's rows drawn by heldout289's ``_render`` (and the
renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for them: Manipuri lines
in Meetei Mayek (Noto Sans Meetei Mayek, its Latin runs in the page's face) and a hand that writes them (its
figures in an upright Latin face, slanted as the hand slants them); a round kauna floor cushion's coil as a
letterhead's emblem (a plaited reed rope wound in a flat spiral from a knot, each turn's plait as slanted
strands, one turn dyed, its rim bound in dyed thread); a plaited kauna band as a divider (a herringbone of
reed strips in two rows, a dyed strip along its middle, its edges bound in dyed thread); snips of kauna stalk
and split strands in a page's margins; and, after the frame, the kauna mat a page is photographed lying on
(its twill of reed strips two over two under, stripes of dyed strands, a tied bundle of dried reed and the
page's shadow) or the smartwatch a message is shown on (its case, bezel, crown and button, the strap above and
below). The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout275_families as h275
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
from bench.receipt_sets.heldout118_families import ios, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv, grid, tt
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
# the hands that write on this set's papers: italics and obliques in another mix than heldout296's and
# heldout297's
PENS = [
    "freefont/FreeSerifItalic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "liberation/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
]
INKS = [(22, 44, 132), (30, 30, 70), (52, 36, 34), (18, 74, 104), (84, 28, 70)]
# the faces a page's fixed-width lines are printed in (a bill book's printer, a bank's, a billing program's)
TYPES = [
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
# Manipuri in Meetei Mayek (fonts-noto-core), shaped by Raqm; its figures and Latin runs in the page's face
MM = "noto/NotoSansMeeteiMayek-Regular.ttf"
MM_BOLD = "noto/NotoSansMeeteiMayek-Bold.ttf"
# a hand's Latin figures beside its Meetei Mayek letters: an upright face, slanted as the hand slants it
HAND_LATIN = "dejavu/DejaVuSans.ttf"
# kauna's colours: the reed dried in the sun from green-gold to straw, the strands dyed maroon and black, the
# cane of a frame
STRAW = [(214, 182, 112), (198, 164, 96), (226, 198, 136), (184, 150, 86)]
DYED = [(122, 30, 40), (40, 30, 28), (52, 86, 60), (150, 70, 30)]
REED_GREEN = (168, 166, 92)

# ---------------------------------------------------------------- the firm

FIRM = "Loktak Kauna Crafts"
FIRM_CAPS = FIRM.upper()
FIRM_MM = "ꯂꯣꯛꯇꯛ ꯀꯧꯅ ꯈꯨꯠꯁꯦꯝ"
# the proprietor's account as a bank's field cuts it
CUT = "THOUDAM IBETOMBI DEVI PRO"
SHOP = "Kauna House"
SHOP_CAPS = SHOP.upper()
SHOP_MM = "ꯀꯧꯅ ꯍꯥꯎꯁ"
CENTRE = "Loktak Kauna Weaving Centre"
CENTRE_MM = "ꯂꯣꯛꯇꯛ ꯀꯧꯅ ꯋꯤꯕꯤꯡ ꯁꯦꯟꯇꯔ"
WEB = "kaunahouse.in"
GSTIN = "14AKXPT6183K1Z7"
PAN = "AKXPT6183K"
UDYAM = "UDYAM-MN-06-0004127"
PROP = "Thoudam Ibetombi Devi"
PROP_MM = "ꯊꯧꯗꯝ ꯏꯕꯦꯇꯣꯝꯕꯤ ꯗꯦꯕꯤ"
OWNER_CAPS = "THOUDAM IBETOMBI DEVI"
SON = "Thoudam Rakesh Singh"
KEEPER = "Laishram Bembem Devi"
ADDRESS = "Loktak Kauna Weaving Centre, Wangoi Bazar, Imphal West - 795009 (Manipur)"
TOWN = "Wangoi Bazar, Imphal West - 795009"
SHOP_AT = "12, Paona Bazar, Imphal - 795001"
BANK_LINE = "Punjab National Bank, Thangal Bazar Branch, Imphal"
BIC = "PUNBINBBIMP"
IFSC_OWN = "PUNB0275300"
# the Manipur Sangai Festival at Hapta Kangjeibung, Imphal, 21 to 30 November 2026 (stall 31 in its crafts
# pavilion)
SANGAI = dt.date(2026, 11, 21)
STALL = "Stall 31, Crafts Pavilion, Sangai Festival, Hapta Kangjeibung"
IFSC = {
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "Axis Bank": "UTIB",
    "UCO Bank": "UCBA",
    "Indian Overseas Bank": "IOBA",
    "Federal Bank": "FDRL",
    "Manipur Rural Bank": "MRBX",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "IndusInd Bank": "INDB",
    "Bank of Baroda": "BARB",
    "Bank of Maharashtra": "MAHB",
    "AU Small Finance Bank": "AUBL",
    "Central Bank of India": "CBIN",
    "Indian Bank": "IDIB",
    "Bank of India": "BKID",
}
# the firm's work: name, HSN, price each (low, high)
WORKS = [
    ("Kauna floor mat, natural, 4 x 6 ft", "4601", 2400, 4800),
    ("Kauna floor mat, dyed stripe, 3 x 5 ft", "4601", 1600, 3200),
    ("Round kauna floor cushion, 18 in", "4602", 650, 1400),
    ("Kauna moodha (stool), cane frame", "4602", 1200, 2600),
    ("Kauna yoga mat, 2 x 6 ft", "4601", 900, 1800),
    ("Kauna laundry basket with lid", "4602", 1100, 2200),
    ("Kauna fruit basket, round", "4602", 350, 800),
    ("Kauna table mats, set of 6", "4601", 480, 950),
    ("Kauna tote bag, phi lined", "4602", 650, 1500),
    ("Kauna two-seater sofa, cane frame", "9401", 14000, 26000),
    ("Kauna lamp shade, 14 in", "4602", 900, 1900),
    ("Kauna coasters, set of 6", "4601", 180, 420),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Kauna floor mat, natural, 4 x 6 ft": "Floor mat 4x6",
    "Kauna floor mat, dyed stripe, 3 x 5 ft": "Stripe mat 3x5",
    "Round kauna floor cushion, 18 in": "Floor cushion",
    "Kauna moodha (stool), cane frame": "Moodha",
    "Kauna yoga mat, 2 x 6 ft": "Yoga mat",
    "Kauna laundry basket with lid": "Laundry basket",
    "Kauna fruit basket, round": "Fruit basket",
    "Kauna table mats, set of 6": "Table mats (6)",
    "Kauna tote bag, phi lined": "Tote bag",
    "Kauna two-seater sofa, cane frame": "Sofa 2-seater",
    "Kauna lamp shade, 14 in": "Lamp shade",
    "Kauna coasters, set of 6": "Coasters (6)",
}
CUSTOMERS = [
    "Mrs. Ritu Baruah",
    "Mr. Karan Malhotra",
    "Ms. Sophie Laurent",
    "Dr. Achoubi Singh",
    "Mrs. Meghna Iyer",
    "Mr. Lalrinmawia",
    "Ms. Tanvi Deshpande",
]
# the weavers at the centre and at home, the reed cutter, the furniture maker, the showroom's girls
WEAVERS = [
    "Ningthoujam Sanatombi Devi",
    "Khumanthem Memcha Devi",
    "Oinam Tombi Devi",
    "Yumnam Ibemhal Devi",
    "Sagolsem Naobi Devi",
    "Konsam Thoibi Devi",
    "Huidrom Premjit Singh",
    "Moirangthem Rameshwor Singh",
]
STAFF = ["Khundrakpam Linthoi", "Wahengbam Roshni"]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's pieces sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 4) if hi < 3000 else 1
        if "coasters" in name or "fruit" in name:
            q = rng.randrange(2, 10)
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 10 if hi < 1000 else 50))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Sangai Festival's), its UPI / card reference made again for it."""
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


def gstin_of(rng: random.Random, state: str = "14", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def bare_words(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def fits(p: Screen, text: str, scale: float = 1.0, bold: bool = False) -> bool:
    face = load_font(bold_of(p.font) if bold else p.font, int(p.style["size"] * scale))
    return face.getlength(text) <= room_of(p)


def mark_of(font: str) -> str:
    """The rupee's sign where the face and its bold draw it, else Rs."""
    return "\u20b9" if glyphs(font, "\u20b9") and glyphs(bold_of(font), "\u20b9") else "Rs."


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
        day = earlier(rng, j, 6, 60)
        out.append((f"{prefix}/{fy(day)}/{rng.randrange(10, 400):03d}", day, v))
    return out


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h298", {"marks": {}, "decor": [], "frame": None})


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


def same_pen(p: Screen) -> None:
    """heldout269's pen slot (its boxed form fields write in it) set to the page's hand."""
    x = h269.ext(p)
    x["pen"] = hand_pen(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])


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
    h269.kind(p, "lab98", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab98"] = 0.78
    h269.row(p, "lab98", text, **facts)


def hindi(p: Screen, text: str, **kw) -> None:
    """heldout287's native line in Devanagari, here for Hindi (a central office's name over its English)."""
    native(p, text, **kw)


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


# ---------------------------------------------------------------- Meetei Mayek


def is_mm(ch: str) -> bool:
    return "\uabc0" <= ch <= "\uabff" or "\uaae0" <= ch <= "\uaaff"


def mm_runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Meetei Mayek and of other letters (a space stays with the run it follows)."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        kind_ = is_mm(ch) if ch != " " else (out[-1][0] if out else False)
        if out and out[-1][0] == kind_:
            out[-1] = (kind_, out[-1][1] + ch)
        else:
            out.append((kind_, ch))
    return out


# Noto's Meetei Mayek letters stand a little taller than a Latin face's: set at this share of the size
MM_SCALE = 1.1


def _mm_face(is_m: bool, latin: str, size: int, bold: bool):
    if is_m:
        return load_font(MM_BOLD if bold else MM, int(size * MM_SCALE))
    return load_font(bold_of(latin) if bold else latin, size)


def mm_width(text: str, latin: str, size: int, *, bold: bool = False) -> float:
    """The width of a line of Meetei Mayek and Latin runs."""
    return sum(_mm_face(m, latin, size, bold).getlength(part) for m, part in mm_runs(text))


def mm_ok(text: str, latin: str, *, bold: bool = False) -> bool:
    for m, part in mm_runs(text):
        face = (MM_BOLD if bold else MM) if m else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "")):
            return False
    return True


def draw_mm(draw, xy, text: str, latin: str, size: int, fill_, *, bold: bool = False) -> None:
    """A line of Meetei Mayek and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for m, part in mm_runs(text):
        face = _mm_face(m, latin, size, bold)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def mm_line(
    p: Screen,
    text: str,
    *,
    scale: float = 1.0,
    bold: bool = False,
    align: str = "c",
    soft: bool = False,
    **facts,
) -> None:
    """A line in Manipuri written in Meetei Mayek (a name over its English, a heading, a greeting), its Latin
    runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert mm_ok(text, p.font, bold=bold), text
    assert mm_width(text, p.font, size, bold=bold) <= room_of(p), text
    put(p, "t98mm", text, mark_=[scale, bold, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def mm_hand(
    p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.25, **facts
) -> None:
    """A line written by hand in Meetei Mayek: Noto Sans Meetei Mayek for its letters and an upright Latin face
    for its figures, slanted as a hand slants them, in the page's ink; ``figure`` written at the right end of
    the line (a sum in a bill's column)."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert mm_ok(text + figure, HAND_LATIN), text
    need = mm_width(text, HAND_LATIN, size) + size * 0.4
    if figure:
        need += mm_width(figure, HAND_LATIN, size) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t98mh", text, figure, mark_=[align, scale], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def cushion(p: Screen) -> None:
    """A round kauna floor cushion as a letterhead's emblem, seen from above: a rope of plaited reed wound in
    a flat spiral from a knot at its heart, each turn's plait showing as slanted strands, one turn dyed
    maroon, the last turn bound round its rim; centred, three lines high."""
    put(
        p,
        "t98cu",
        "",
        mark_=[p.rng.randrange(len(STRAW)), p.rng.randrange(len(DYED)), p.rng.randrange(10**6)],
    )
    p.add("gap")
    p.add("gap")


def plait_band(p: Screen) -> None:
    """A band of plaited kauna as a divider across the page: strips of reed laid in a herringbone, one row
    leaning left and the next right, a dyed strip along its middle and its two edges bound in dyed thread;
    one line high."""
    put(
        p,
        "t98pb",
        "",
        mark_=[p.rng.randrange(len(STRAW)), p.rng.randrange(len(DYED)), p.rng.randrange(10**6)],
    )


def reed_bits(p: Screen) -> None:
    """Snips of kauna stalk from the weavers' cutting and a few split strands, lying in a page's margins."""
    ext(p)["decor"].append(["reed", p.rng.randrange(10**6)])


def on_mat(p: Screen) -> None:
    """The page photographed lying on a kauna mat: the mat's twill of reed strips, two over two under,
    stripes of dyed strands across it, a tied bundle of dried reed at a corner and the page's shadow."""
    ext(p)["frame"] = ["mat", p.rng.randrange(len(STRAW)), p.rng.randrange(len(DYED)), p.rng.randrange(10**6)]


def on_watch(p: Screen) -> None:
    """The screen as a smartwatch's: its rounded case and bezel round it, the crown and a button at its
    right, the strap above and below, on the desk it lies on."""
    ext(p)["frame"] = ["watch", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _strand(
    draw, x0: float, y0: float, x1: float, y1: float, colour, width: float, srng: random.Random
) -> None:
    """One flat strip of reed: its body, a lighter edge and a darker one, a few fibres along it."""
    w = max(1, int(width))
    draw.line((x0, y0, x1, y1), fill=colour, width=w)
    dx, dy = x1 - x0, y1 - y0
    ln = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / ln, dx / ln
    off = width / 2 - 0.5
    draw.line(
        (x0 + nx * off, y0 + ny * off, x1 + nx * off, y1 + ny * off),
        fill=_tint((255, 255, 255), colour, 0.22),
        width=1,
    )
    draw.line(
        (x0 - nx * off, y0 - ny * off, x1 - nx * off, y1 - ny * off),
        fill=_tint((0, 0, 0), colour, 0.25),
        width=1,
    )
    if ln > 12 and srng.random() < 0.5:
        t = srng.uniform(0.2, 0.8)
        draw.line(
            (x0 + dx * t, y0 + dy * t, x0 + dx * min(1, t + 0.15), y0 + dy * min(1, t + 0.15)),
            fill=_tint((0, 0, 0), colour, 0.12),
            width=1,
        )


def _cushion(draw, cx: float, cy: float, r: float, straw, dyed, seed: int) -> None:
    """The round cushion's coil: a rope of plaited reed wound out from a knot, a dyed turn, a bound rim."""
    srng = random.Random(seed)
    turns = 5
    rope = r / (turns + 0.7)
    dyed_turn = srng.choice([2, 3])
    draw.ellipse((cx - r - 2, cy - r - 2, cx + r + 2, cy + r + 2), fill=_tint((0, 0, 0), straw, 0.45))
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_tint((0, 0, 0), straw, 0.25))
    pts = []
    n_all = 720
    for n in range(n_all + 1):
        t = n / n_all * turns
        rr = rope * 0.5 + t * rope
        a = t * math.tau
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a), t, a))
    for (x0, y0, t, _), (x1, y1, _, _) in zip(pts, pts[1:]):
        colour = dyed if int(t) == dyed_turn else straw
        draw.line((x0, y0, x1, y1), fill=colour, width=max(3, int(rope * 0.86)))
    for n, (x, y, t, a) in enumerate(pts):
        if n % 5 or t < 0.4:
            continue
        colour = dyed if int(t) == dyed_turn else straw
        ux, uy = math.cos(a), math.sin(a)
        lean = 0.55 if int(t) % 2 else -0.55
        hx = ux * math.cos(lean) - uy * math.sin(lean)
        hy = uy * math.cos(lean) + ux * math.sin(lean)
        s_ = rope * 0.42
        draw.line(
            (x - hx * s_, y - hy * s_, x + hx * s_, y + hy * s_), fill=_tint((0, 0, 0), colour, 0.28), width=1
        )
        draw.line(
            (x - hx * s_ * 0.3 + ux, y - hy * s_ * 0.3 + uy, x + hx * s_ * 0.8 + ux, y + hy * s_ * 0.8 + uy),
            fill=_tint((255, 255, 255), colour, 0.3),
            width=1,
        )
    for n in range(40):
        a = n / 40 * math.tau
        x0, y0 = cx + (r - rope * 0.9) * math.cos(a), cy + (r - rope * 0.9) * math.sin(a)
        x1, y1 = cx + r * math.cos(a + 0.06), cy + r * math.sin(a + 0.06)
        draw.line((x0, y0, x1, y1), fill=dyed, width=2)
    k = rope * 0.75
    draw.ellipse((cx - k, cy - k, cx + k, cy + k), fill=_tint((0, 0, 0), straw, 0.2))
    draw.ellipse(
        (cx - k * 0.55, cy - k * 0.6, cx + k * 0.25, cy + k * 0.05), fill=_tint((255, 255, 255), straw, 0.3)
    )


def _plait(draw, x0: float, x1: float, y0: float, y1: float, straw, dyed, seed: int) -> None:
    """The plaited band: a herringbone of reed strips in two rows, a dyed middle strip, bound edges."""
    srng = random.Random(seed)
    h = y1 - y0
    mid = (y0 + y1) / 2
    draw.rectangle((x0, y0, x1, y1), fill=_tint((0, 0, 0), straw, 0.2))
    step = max(5.0, h * 0.42)
    x = x0
    while x < x1:
        for row_, (ya, yb) in enumerate(((y0 + 2, mid - 1), (mid + 1, y1 - 2))):
            lean = step * (0.8 if row_ == 0 else -0.8)
            xa = min(x, x1 - 2)
            xb = min(x + step + abs(lean), x1 - 1)
            colour = srng.choice(STRAW)
            pts = (
                [(xa, ya), (xa + step, ya), (xa + step + lean, yb), (xa + lean, yb)]
                if lean > 0
                else [(xa - lean, ya), (xa - lean + step, ya), (xa + step, yb), (xa, yb)]
            )
            pts = [(min(max(px, x0), x1), py) for px, py in pts]
            draw.polygon(pts, fill=colour)
            draw.line(pts[:2], fill=_tint((255, 255, 255), colour, 0.25), width=1)
            del xb
        x += step
    draw.rectangle((x0, mid - h * 0.07, x1, mid + h * 0.07), fill=dyed)
    for yy in (y0 + 1, y1 - 1):
        xx = x0 + 2
        while xx < x1 - 2:
            draw.line((xx, yy - 1, xx + 3, yy + 1), fill=dyed, width=2)
            xx += 6


def _reed(draw, width: int, height: int, seed: int) -> None:
    """Snips of kauna stalk (round, jointed, cut square) and split strands in the page's margins."""
    srng = random.Random(seed)
    for _ in range(srng.randrange(3, 7)):
        left = srng.random() < 0.5
        sx = srng.uniform(6, MARGIN - 10) if left else srng.uniform(width - MARGIN + 10, width - 8)
        sy = srng.uniform(30, height - 30)
        a = srng.uniform(-1.2, 1.2) + math.pi / 2
        ln = srng.uniform(16, 40)
        colour = srng.choice([*STRAW, REED_GREEN])
        x1, y1 = sx + math.cos(a) * ln, sy + math.sin(a) * ln
        if srng.random() < 0.6:
            draw.line((sx, sy, x1, y1), fill=_tint((0, 0, 0), colour, 0.25), width=6)
            draw.line((sx, sy, x1, y1), fill=colour, width=4)
            t = srng.uniform(0.3, 0.7)
            jx, jy = sx + (x1 - sx) * t, sy + (y1 - sy) * t
            draw.ellipse((jx - 3, jy - 3, jx + 3, jy + 3), outline=_tint((0, 0, 0), colour, 0.35), width=1)
        else:
            pts = []
            bend = srng.uniform(-8, 8)
            for n in range(10):
                u = n / 9
                px = sx + (x1 - sx) * u - math.sin(a) * bend * math.sin(u * math.pi)
                py = sy + (y1 - sy) * u + math.cos(a) * bend * math.sin(u * math.pi)
                pts.append((px, py))
            draw.line(pts, fill=colour, width=2)


def _mat_ground(image: Image.Image, straw: int, dyed: int, seed: int) -> Image.Image:
    """The page on a kauna mat: a twill of reed strips two over two under, dyed stripes, a tied bundle of
    dried reed at a corner and the page's shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 84
    bw, bh = w + 2 * pad, h + 2 * pad
    base = Image.new("RGB", (bw, bh), STRAW[straw])
    d = ImageDraw.Draw(base)
    s = 14
    stripe = DYED[dyed]
    stripes = {srng.randrange(4, 12), srng.randrange(16, 30)}
    for gy in range(0, bh // s + 1):
        for gx in range(0, bw // s + 1):
            over = ((gx + gy) // 2) % 2 == 0
            colour = srng.choice(STRAW)
            if over and gy % 32 in stripes:
                colour = stripe
            if not over and gx % 32 in stripes:
                colour = _tint((0, 0, 0), stripe, 0.1)
            x0, y0 = gx * s, gy * s
            d.rectangle((x0, y0, x0 + s - 1, y0 + s - 1), fill=colour)
            if over:
                d.line((x0, y0 + 1, x0 + s - 1, y0 + 1), fill=_tint((255, 255, 255), colour, 0.2), width=1)
                d.line((x0, y0 + s - 1, x0 + s - 1, y0 + s - 1), fill=_tint((0, 0, 0), colour, 0.3), width=1)
            else:
                d.line((x0 + 1, y0, x0 + 1, y0 + s - 1), fill=_tint((255, 255, 255), colour, 0.2), width=1)
                d.line((x0 + s - 1, y0, x0 + s - 1, y0 + s - 1), fill=_tint((0, 0, 0), colour, 0.3), width=1)
    # a tied bundle of dried reed across the bottom right corner
    bx, by = bw - srng.uniform(40, 70), bh - srng.uniform(30, 50)
    for n in range(18):
        off = (n - 9) * 2.2
        colour = srng.choice([*STRAW, REED_GREEN])
        d.line(
            (bx - 160 + off * 0.3, by - 40 + off, bx + 10 + off * 0.3, by + 20 + off),
            fill=_tint((0, 0, 0), colour, 0.1),
            width=3,
        )
    tx, ty = bx - 75, by - 10
    d.line((tx - 6, ty - 24, tx + 6, ty + 24), fill=stripe, width=5)
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 8, pad + 10, pad + w + 8, pad + h + 10), fill=130)
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    base = Image.composite(Image.new("RGB", base.size, (60, 44, 24)), base, shadow)
    base.paste(image, (pad, pad))
    return base


def _watch(image: Image.Image, seed: int) -> Image.Image:
    """The screen in a smartwatch's case: a bezel, the crown and a button, the strap above and below."""
    srng = random.Random(seed)
    w, h = image.size
    bez = 26
    cw, ch = w + 2 * bez, h + 2 * bez
    strap = srng.choice([(40, 44, 52), (120, 40, 44), (28, 60, 92), (86, 90, 70)])
    desk = srng.choice([(226, 222, 214), (214, 208, 196), (236, 234, 230)])
    pad_x, pad_y = 70, 190
    out = Image.new("RGB", (cw + 2 * pad_x, ch + 2 * pad_y), desk)
    d = ImageDraw.Draw(out)
    sx0, sx1 = pad_x + cw * 0.16, pad_x + cw * 0.84
    d.rounded_rectangle((sx0, 0, sx1, pad_y + 40), radius=18, fill=strap)
    d.rounded_rectangle((sx0, pad_y + ch - 40, sx1, out.height), radius=18, fill=strap)
    for yy in range(pad_y + ch + 20, out.height - 10, 26):
        d.ellipse((out.width / 2 - 5, yy - 5, out.width / 2 + 5, yy + 5), fill=_tint((0, 0, 0), strap, 0.4))
    shadow = Image.new("L", out.size, 0)
    ImageDraw.Draw(shadow).rounded_rectangle(
        (pad_x + 6, pad_y + 8, pad_x + cw + 6, pad_y + ch + 8), radius=60, fill=150
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    out = Image.composite(Image.new("RGB", out.size, (90, 86, 80)), out, shadow)
    d = ImageDraw.Draw(out)
    d.rounded_rectangle((pad_x, pad_y, pad_x + cw, pad_y + ch), radius=58, fill=(58, 60, 66))
    d.rounded_rectangle((pad_x + 6, pad_y + 6, pad_x + cw - 6, pad_y + ch - 6), radius=52, fill=(12, 12, 14))
    d.rounded_rectangle(
        (pad_x + cw - 2, pad_y + ch * 0.3, pad_x + cw + 14, pad_y + ch * 0.42), radius=5, fill=(110, 112, 118)
    )
    d.rounded_rectangle(
        (pad_x + cw - 2, pad_y + ch * 0.55, pad_x + cw + 8, pad_y + ch * 0.68), radius=4, fill=(90, 92, 98)
    )
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=38, fill=255)
    out.paste(image, (pad_x + bez, pad_y + bez), mask)
    return out


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Meetei Mayek lines and hand, a kauna cushion's coil as an
    emblem, a plaited kauna band as a divider, snips of reed in the margins."""
    page = h289._render(rows, font, style)
    x = style.get("h298")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", (30, 40, 120)))
    marks = x["marks"]
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t98"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t98mm":
            scale, bold, align, is_soft = m
            s = int(size * scale)
            tw = mm_width(r[1], font, s, bold=bold)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_mm(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold)
        elif name == "t98mh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = mm_width(text, HAND_LATIN, s)
                lw, lh = int(tw + s), int(line * 1.8)
                layer = Image.new("L", (lw, lh), 0)
                draw_mm(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.2, -0.2 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                colour = Image.new("RGB", layer.size, pen_ink)
                page.paste(colour, (int(tx), int(y - lh * 0.32)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t98cu":
            straw, dyed, seed = m
            _cushion(draw, width / 2, top_y + line * 1.5, line * 1.32, STRAW[straw], DYED[dyed], seed)
        elif name == "t98pb":
            straw, dyed, seed = m
            _plait(
                draw,
                MARGIN,
                width - MARGIN,
                top_y + line * 0.14,
                top_y + line * 0.88,
                STRAW[straw],
                DYED[dyed],
                seed,
            )
    for what in x["decor"]:
        if what[0] == "reed":
            _reed(draw, width, page.height, what[1])
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout297's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the kauna mat a page is photographed lying on or the smartwatch a
    message is shown on."""
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
    f = (style.get("h298") or {}).get("frame")
    if f and f[0] == "mat":
        image = _mat_ground(image, f[1], f[2], f[3])
    elif f and f[0] == "watch":
        image = _watch(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [*PENS, *TYPES, MM, MM_BOLD, HAND_LATIN]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout298 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "KAUNA HOUSE IMPHAL"]
VPAS = [
    "kaunahouse@pnb",
    "kaunahouse.imphal@okaxis",
    "Q482916730@ybl",
    "loktakkauna@sbi",
    "kaunahouse.95@okicici",
]
BUYERS = [
    ("Ritu Baruah", "ritubaruah@okhdfcbank", "HDFC Bank"),
    ("Karan Malhotra", "karan.malhotra@oksbi", "State Bank of India"),
    ("Achoubi Singh", "achoubi.s@ybl", "Punjab National Bank"),
    ("Meghna Iyer", "meghnaiyer@okicici", "ICICI Bank"),
    ("Lalrinmawia", "lalrinmawia@axl", "Axis Bank"),
    ("Tanvi Deshpande", "tanvi.d@ibl", "IndusInd Bank"),
    ("Bidyarani Devi", "bidyarani@okaxis", "Canara Bank"),
    ("Nenghoihat Haokip", "nhaokip@upi", "Bank of Baroda"),
]
NOTES = ["floor cushions", "kauna yoga mat", "moodha x2", "laundry basket", "table mats", "lamp shade"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Punjab National Bank": "PNB",
        "Bank of Baroda": "BoB",
        "IndusInd Bank": "IndusInd",
        "Canara Bank": "Canara",
    }.get(bank, bank.replace(" Bank", ""))


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Kauna House or the firm: NPCI's BHIM app with a Payment Successful under a tile's tick
    ("Paid to" over the payee and its UPI ID; labels small over their values two to a row: UPI Ref. No. and
    Date, Debited from and Remark); Paytm's receipt under a large tick ("Paid Successfully to" over the payee, the sum large;
    each value over its label: UPI Ref. No., From, Paid at; a cashback card); Navi's UPI payment failed in its
    dark theme (the sum, "to <payee>", the reason in a notice; UPI transaction ID, Navi txn ID, Attempted
    on, Paid from at the left and the right); Bank of Baroda's bob World with a Transaction Successful under
    a large tick ("to <payee>", "Today, <hour>"; UPI Ref No, Debit A/c, Remarks in dot leaders; no day);
    CRED's dark "payment successful" in lower case (the sum, "to <payee>", a CRED coins card; upi ref. id,
    paid on, paid via against a gutter); Amazon Pay's UPI payment pending (a capsule, the sum, "to
    <payee>", its stages left to right, a notice; a copyable UPI Ref. No.; Initiated on, Paying from at the
    left and the right); BharatPe for Business on the showroom's phone (the showroom under the app, the
    soundbox's words, the sum large, Payment received, "from <buyer> | UPI", the day and hour, the
    settlement's toast; no reference); a buyer's WhatsApp chat with Kauna House (the showroom on top of the chat, the day on its divider, the
    showroom's message and the buyer's payment card: "Payment to Kauna House", the sum, "Paid" and its hour;
    the payment's details on a bottom sheet: UPI transaction ID, Paid from, Status). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=350, high=42000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 56, 118))
        app_head(p, "BHIM", "BHIM UPI  |  NPCI")
        h287.tile(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        two_up(
            p,
            "bh1",
            ("UPI Ref. No.", j.ref),
            ("Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(
            p,
            "bh2",
            ("Debited from", f"{sb} XX{digits(rng, 4)}"),
            ("Remark", rng.choice(NOTES)),
            method="UPI",
        )
        p.add("gap")
        p.add("small", "Powered by UPI  |  National Payments Corporation of India")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment receipt"], dark=False, buttons=("Share", "Pay again"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "UPI")
        sicon(p, status)
        p.add("small", "Paid Successfully to", status=status)
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        vlab(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "From", f"{bank} - {digits(rng, 4)}", bold=False, method="UPI")
        vlab(p, "Paid at", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), bold=False, date=j.date)
        c = card_open(p)
        p.add("left", f"You won {rs(float(rng.randrange(2, 25)))} cashback")
        p.add("small", "Credited to your Paytm balance")
        card_close(p, c)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=True, buttons=("Retry",))
        app_head(p, "Navi", "UPI")
        h287.burst(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "Your bank could not debit the amount (transaction limit exceeded for today). No money has left "
            "your account.",
            "error",
        )
        nid = f"NAVI{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
        kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Navi txn ID", nid, txn=(TXN_RANK, nid))
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paid from", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (242, 101, 34))
        app_head(p, "bob World", "Bank of Baroda  |  UPI")
        sicon(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        p.add("gap")
        dots(p, "UPI Ref No", j.ref, at=0.38, txn=(UTR_RANK, j.ref))
        dots(p, "Debit A/c", f"XXXXXXXX{digits(rng, 4)}", at=0.38, method="UPI")
        dots(p, "Remarks", rng.choice(NOTES), at=0.38)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("done",))
        app_head(p, "CRED", "pay via UPI")
        p.add("center", "payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        c = card_open(p)
        p.add("left", f"you earned {rng.randrange(40, 900)} CRED coins")
        p.add("small", "spend them on rewards in the CRED store")
        card_close(p, c)
        p.add("gap")
        gutter(p, "cr", "upi ref. id", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
        gutter(
            p,
            "cr",
            "paid on",
            when(j.date, rng.choice(["{d} %b %Y", "%d %b %Y"])).lower(),
            at=0.34,
            date=j.date,
        )
        gutter(p, "cr", "paid via", f"{sb.lower()} {dot * 2}{digits(rng, 4)}", at=0.34, method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, (35, 47, 62))
        app_head(p, "amazon pay", "UPI")
        chip(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        track(p, ["Initiated", "Processing", "Received"], "dp-")
        note(
            p,
            "Your bank is taking longer than usual to confirm. Please don't pay again; we'll update the status "
            "within 48 hours.",
            "warn",
        )
        copyrow(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paying from", f"{sb} XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(round(j.amount))
        p = phone(rng, font, k, ["", "Transactions"], dark=False, buttons=("View all",))
        band(p, (0, 150, 136))
        app_head(p, "BharatPe", "for Business")
        name = pick(p, "center", [SHOP_CAPS, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", "Paona Bazar, Imphal")
        p.add("gap")
        h287.speaker(p, f"Received {num(j.amount, 'indian', 0)} rupees on BharatPe")
        mark = mark_of(font)
        h275.bigsum(p, mark, j.amount, "indian", amount=j.amount)
        p.add("center", "Payment received", status=status)
        p.add("small", f"from {who} | UPI", method="UPI")
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " | ")), date=j.date)
        h275.toast(p, "Settles to your PNB account by 11 AM tomorrow")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    p.part = "head"
    name = pick(p, "title", [SHOP, SHOP_CAPS])
    p.add("title", name, merchant=name)
    p.add("small", "Business account")
    p.add("rule")
    p.part = "body"
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), date=j.date)
    p.add("gap")
    hour, minute = rng.randrange(9, 20), rng.randrange(0, 50)

    def at(m: int) -> str:
        return f"{(hour - 1) % 12 + 1}:{m:02d} {'pm' if hour >= 12 else 'am'}"

    s = len(p.rows)
    p.add("left", f"Your order ({rng.choice(NOTES)}) is packed.")
    p.add("left", "You can pay here, we ship today.")
    bubble(p, s, at(minute))
    p.add("gap")
    s = h275.gcard_open(p)
    h275.inrow(p, f"Payment to {SHOP}", scale=0.86, soft=True)
    h275.inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount, method="UPI")
    h275.inrow(
        p,
        f"{sign(font, chr(0x2713), '')} Paid {dot} {at(minute + rng.randrange(2, 9))}".strip(),
        status=status,
    )
    h275.gcard_close(p, s)
    p.add("gap")
    h287.sheet_open(p)
    p.add("center", "Payment details")
    kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Paid from", f"{sb} {dot * 4} {digits(rng, 4)}")
    kvr(p, "Status", "Successful")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


NEHHDC = "North Eastern Handicrafts and Handloom Development Corporation Ltd."
NEHHDC_HI = "पूर्वोत्तर हस्तशिल्प और हथकरघा विकास निगम लिमिटेड"
TILT = "Tilt Design Studio LLP"
COASTAL = "Coastal Retreats Pvt Ltd"
SATTVA = "SATTVA LIVING PVT. LTD."
SONAR = "Hotel Sonar Tori, Kolkata"
MONSOON = "Monsoon Villas Goa"
KALPATARU = "Kalpataru Interiors"
DCH = "Office of the Development Commissioner (Handicrafts)"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: NEHHDC's PAYMENT ADVICE for its Purbashree emporium under
    its Hindi name (Advice No., Vendor, Vendor Code, Payment Date, Mode, UTR in a table ruled on every side;
    Bill No. | Bill Date | Bill Amount | GST-TDS 2% | Net Paid on hairline rows; Net Amount Paid as a total);
    RazorpayX's payout processing for a Bengaluru design studio (a capsule, a notice; Payout ID, Fund account,
    Amount, Mode, UTR, Created at against a gutter); a Mumbai resort chain's accounts writing in Slack's
    #accounts-payable under a "Today" divider (each message under its writer's name and hour: "Paid Rs. x to
    <payee> via IMPS", "IMPS ref ..."; no day); Zoho Books' PAYMENTS MADE printed by a Delhi furniture store
    (Payment#, Payment Date, Reference Number, Paid To, Payment Mode, Paid Through each label beside its
    value; the Amount Paid on a tinted band; Bill Number | Bill Date | Bill Amount | Payment Amount on
    hairline rows); PNB's corporate internet banking with a Kolkata hotel's RTGS failed on a tinted band (the
    reason in a notice; labels small over their values two to a row: Transaction Reference No. and Payment
    Mode, Beneficiary Name and Beneficiary A/c, Amount and IFSC, UTR and Transaction Date); QuickBooks' payment
    notification mailed by a Goa villa company (its sentence; Payee, Amount paid, Payment date, Payment
    method, Reference each label beside its value in bold; Bill no. | Bill date | Amount on hairline rows); a
    Kolkata interiors firm's accountant's plain mail ("Payment of Rs. x has been released to
    <payee> by NEFT on <day> against your invoice ..."; no reference); PFMS' e-payment status for the
    Development Commissioner (Handicrafts) under its Hindi name (a striped table: Sanction No., Scheme,
    Beneficiary Name, Beneficiary A/c, Amount, Payment Mode, Transaction Id, UTR No., Credit Date, Status).
    All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=9000, high=420000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hindi(p, NEHHDC_HI, scale=0.95, bold=True)
        top(p, pick(p, "title", [NEHHDC, "NEHHDC Ltd."]))
        p.add(
            "small", "A Government of India Enterprise (Ministry of DoNER)  |  Purbashree Emporium, Guwahati"
        )
        p.add("rule")
        p.add("center", "PAYMENT ADVICE", status=status)
        p.part = "body"
        bills = bills_of(rng, j, rng.randrange(1, 4), "LKC")
        net_total = 0.0
        lines_ = []
        for no_, day, v in bills:
            tds = round(v * 0.02, 2)
            net_total += round(v - tds, 2)
            lines_.append((no_, day, v, tds))
        j.amount = round(net_total, 2)
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "State Bank of India", way)
        adv = f"NEH/PUR/{fy(j.date)}/{rng.randrange(100, 2999)}"
        name = rng.choice([FIRM_CAPS, FIRM])
        gkv(p, "na", "Advice No.", adv, txn=(INVOICE_RANK, adv))
        gkv(p, "na", "Vendor", name, merchant=name)
        gkv(p, "na", "Vendor Code", f"NE-V-{digits(rng, 5)}")
        gkv(p, "na", "Payment Date", day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), date=j.date)
        gkv(p, "na", "Mode", way, method="netbanking")
        gkv(p, "na", "UTR", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        spec = [(0.0, 0.28, "l"), (0.28, 0.46, "l"), (0.46, 0.64, "r"), (0.64, 0.82, "r"), (0.82, 1.0, "r")]
        cols(p, "nh", spec, "Bill No.", "Bill Date", "Bill Amount", "GST-TDS 2%", "Net Paid", mode="line")
        for no_, day, v, tds in lines_:
            cols(
                p,
                "nl",
                spec,
                no_,
                when(day, "%d.%m.%Y"),
                num(v),
                num(tds),
                num(round(v - tds, 2)),
                mode="line",
            )
        total(p, "Net Amount Paid", rs(j.amount), at=0.58, amount=j.amount)
        p.add("small", "Kauna floor mats and moodhas supplied to Purbashree, Paltan Bazar.")
        p.add("small", "This advice is computer generated and needs no signature.")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "x.razorpay.com/payouts")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts  |  {TILT}, Indiranagar, Bengaluru")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payout details")
        pill(p, "Processing", status)
        note(
            p,
            "The payout has been sent to the beneficiary's bank and is waiting for its confirmation. It is "
            "usually settled within 30 minutes.",
            "warn",
        )
        pid = f"pout_{code(rng, 14, MIXED)}"
        name = rng.choice([FIRM_CAPS, CUT])
        gutter(p, "rx", "Payout ID", pid, at=0.32, txn=(TXN_RANK, pid))
        gutter(p, "rx", "Fund account", f"{name} (A/c XX{digits(rng, 4)})", at=0.32, merchant=name)
        gutter(p, "rx", "Amount", rs(j.amount), at=0.32, amount=j.amount)
        gutter(p, "rx", "Mode", "IMPS", at=0.32, method="netbanking")
        gutter(p, "rx", "UTR", "awaiting bank", at=0.32)
        gutter(
            p,
            "rx",
            "Created at",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.32,
            date=j.date,
        )
        p.add("small", "Narration: kauna pendant lamps, 24 nos.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["# accounts-payable"], dark=False, buttons=())
        p.part = "body"
        p.add("small", f"Slack  |  {COASTAL}")
        divider(p, "Today")
        p.add("gap")
        name = rng.choice([FIRM, FIRM_CAPS])
        who_ = rng.choice(["Priya Nair", "Rohit Shetty", "Farah Khan"])
        lab(p, f"{who_}  {hhmm(rng)}")
        p.add("left", f"Paid Rs. {num(j.amount)} to", amount=j.amount, status=status)
        p.add("left", f"{name} via IMPS", merchant=name, method="netbanking")
        p.add("left", "for the kauna pouffes for the Goa villas.")
        p.add("left", f"IMPS ref {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("small", "2 replies")
        p.add("gap")
        lab(p, f"Arjun (Ops)  {hhmm(rng)}")
        p.add("left", "Thanks, will tell them to dispatch.")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, SATTVA)
        p.add(
            "small",
            "Furniture and home, Lado Sarai, New Delhi - 110030  |  GSTIN " + gstin_of(rng, "07", "C"),
        )
        p.add("rule")
        p.add("center", "PAYMENTS MADE")
        p.part = "body"
        utr = utr_for(rng, j, "HDFC Bank", "RTGS" if j.amount >= 200000 else "NEFT")
        pno = str(rng.randrange(40, 900))
        name = rng.choice([FIRM, FIRM_CAPS])
        h269.kind(p, "zb", [(0.0, 0.32, "l"), (0.32, 1.0, "l")], "plain", bold=(1,))
        h269.row(p, "zb", "Payment#", pno, txn=(INVOICE_RANK, pno))
        h269.row(p, "zb", "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        h269.row(p, "zb", "Reference Number", utr, txn=(UTR_RANK, utr))
        h269.row(p, "zb", "Paid To", name, merchant=name)
        h269.row(p, "zb", "Payment Mode", "Bank Transfer", method="netbanking", status=status)
        h269.row(p, "zb", "Paid Through", "HDFC Bank - Current")
        panel(p, "Amount Paid", rs(j.amount), (226, 238, 230), amount=j.amount)
        para(p, f"Amount Paid In Words: Indian Rupee {bare_words(j.amount)} Only", kind_="small")
        p.add("gap")
        p.add("left", "Payment for")
        spec = [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")]
        cols(p, "zh", spec, "Bill Number", "Bill Date", "Bill Amount", "Payment Amount", mode="line")
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "LKC"):
            cols(p, "zl", spec, no_, when(day, "%d/%m/%Y"), num(v), num(v), mode="line")
        p.add("small", "Generated by Zoho Books")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 210000, 460000, 0.5)
        p = browser_page(rng, font, "corp.pnbibanking.in/CorporateBanking/TxnStatus")
        p.part = "head"
        top(p, "Punjab National Bank")
        p.add("small", f"PNB Corporate Internet Banking  |  {SONAR}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "RTGS Failed", status)
        note(
            p,
            "The beneficiary bank returned the RTGS: the beneficiary's account number and name do not match. "
            "The amount has been credited back to your account.",
            "error",
        )
        ref = f"PNB{j.date:%y%m%d}{digits(rng, 7)}"
        utr = utr_for(rng, j, "Punjab National Bank", "RTGS")
        name = rng.choice([FIRM_CAPS, CUT])
        two_up(
            p,
            "pc1",
            ("Transaction Reference No.", ref),
            ("Payment Mode", "RTGS"),
            txn=(BANK_RANK, ref),
            method="netbanking",
        )
        two_up(
            p,
            "pc2",
            ("Beneficiary Name", name),
            ("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}"),
            merchant=name,
        )
        two_up(p, "pc3", ("Amount", rs(j.amount)), ("IFSC", IFSC_OWN), amount=j.amount)
        two_up(
            p,
            "pc4",
            ("UTR", utr),
            ("Transaction Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        return p.done()
    if k == 5:
        p = mail_page(
            rng,
            font,
            f"{MONSOON} via QuickBooks <quickbooks@notification.intuit.com>",
            [f"Payment from {MONSOON}"],
        )
        p.part = "head"
        top(p, MONSOON)
        p.add("small", "Assagao, Bardez, Goa - 403507")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payment notification")
        para(
            p,
            "We've sent you a payment for the bills below. It should reach your bank account shortly.",
            status=status,
        )
        p.add("gap")
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        name = rng.choice([FIRM, FIRM_CAPS])
        h269.kind(p, "qb", [(0.0, 0.32, "l"), (0.32, 1.0, "l")], "plain", bold=(1,))
        h269.row(p, "qb", "Payee", name, merchant=name)
        h269.row(p, "qb", "Amount paid", rs(j.amount), amount=j.amount)
        h269.row(p, "qb", "Payment date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        h269.row(p, "qb", "Payment method", "NEFT", method="netbanking")
        h269.row(p, "qb", "Reference", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        spec = [(0.0, 0.4, "l"), (0.4, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "qh", spec, "Bill no.", "Bill date", "Amount", mode="line")
        for no_, day, v in bills_of(rng, j, rng.randrange(1, 3), "LKC"):
            cols(p, "ql", spec, no_, when(day, "%d/%m/%Y"), num(v), mode="line")
        p.add("gap")
        p.add("small", "Sent with QuickBooks. Questions? Reply to accounts@monsoonvillas.in")
        return p.done()
    if k == 6:
        p = mail_page(
            rng,
            font,
            "Anjali Sen <accounts@kalpataru-interiors.in>",
            ["Payment released - kauna wall panels", "RE: Invoice for kauna panels"],
        )
        p.part = "body"
        p.add("left", f"Dear {SON.split()[1]} ji,")
        p.add("gap")
        name = rng.choice([FIRM, FIRM_CAPS])
        inv = f"LKC/{fy(j.date)}/{rng.randrange(20, 300):03d}"
        para(
            p,
            f"Payment of Rs. {num(j.amount)} has been released to {name} by NEFT on "
            f"{when(j.date, rng.choice(['%d.%m.%Y', '{d} %B %Y']))} against your invoice {inv} for the kauna wall "
            "panels at our Salt Lake project.",
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
            date=j.date,
        )
        p.add("gap")
        para(p, "Kindly confirm receipt and send the balance panels by next week.")
        p.add("gap")
        p.add("left", "Regards,")
        p.add("left", "Anjali Sen")
        p.add("left", f"Accounts, {KALPATARU}")
        p.add("left", "Salt Lake, Kolkata")
        return p.done()
    p = browser_page(rng, font, "pfms.nic.in/Users/PaymentStatus.aspx")
    p.part = "head"
    hindi(p, "लोक वित्तीय प्रबंधन प्रणाली", scale=1.05, bold=True)
    top(p, "PFMS")
    p.add("small", "Public Financial Management System  |  Controller General of Accounts")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Agency: {pick(p, 'left', [DCH, 'O/o DC (Handicrafts)'])}")
    utr = utr_for(rng, j, "State Bank of India", "NEFT")
    tid = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
    name = FIRM_CAPS
    zebra(
        p,
        "pf",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        ["e-Payment status", ""],
        [
            (["Sanction No.", f"K-{rng.randrange(10000, 99999)}/{j.date.year}-DCH"], {}),
            (["Scheme", "Design and Technology Upgradation"], {}),
            (["Beneficiary Name", name], {"merchant": name}),
            (["Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}"], {}),
            (["Amount", rs(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "e-Payment (NEFT)"], {"method": "netbanking"}),
            (["Transaction Id", tid], {"txn": (TXN_RANK, tid)}),
            (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
            (["Credit Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            (["Status", "Success"], {"status": status}),
        ],
        (20, 60, 110),
    )
    p.add("small", "Kauna design workshop for 30 artisans, Wangoi.")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Tatami & Grain K.K.", "Kyoto, Japan", "JPY", 120000, 1600000, "smbc"),
    ("Raum & Faser GmbH", "Hamburg, Germany", "EUR", 1200, 14000, "commerzbank"),
    ("Bayt Al Khoos Interiors LLC", "Dubai, UAE", "AED", 3000, 42000, "mashreq"),
    ("Harakeke & Co Ltd", "Nelson, New Zealand", "NZD", 900, 11000, "asb"),
    ("Atelier Binsen GmbH", "Basel, Switzerland", "CHF", 800, 12000, "postfinance"),
    ("Siv og Straa AS", "Bergen, Norway", "NOK", 9000, 120000, "nordea"),
    ("Rattan Lane Ltd", "Sheung Wan, Hong Kong", "HKD", 6000, 90000, "hangseng"),
    ("Maison Jonc SARL", "Lyon, France", "EUR", 1200, 14000, "ca"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: yen whole (JPY 1,234,000 or the yen's sign), euros the German way
    (12.345,67 EUR or 12.345,67 €) and the French way (12 345,67 € or 12 345,67 EUR), dirhams (AED before),
    New Zealand dollars (NZ$ or NZD), Swiss francs with apostrophes between the thousands (CHF 12'345.60),
    Norwegian kroner with a space between the thousands and a decimal comma (NOK 12 345,60 or 12 345,60
    NOK), Hong Kong dollars (HK$ or HKD)."""
    if cur == "JPY":
        mark = rng.choice(["\u00a5" if glyphs(font, "\u00a5") else "JPY ", "JPY "])
        return lambda v: f"{mark}{v:,.0f}"
    if cur == "EUR-de":
        after = rng.choice([" EUR", " \u20ac" if glyphs(font, "\u20ac") else " EUR"])
        return lambda v: f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".") + after
    if cur == "EUR-fr":
        after = rng.choice([" EUR", " \u20ac" if glyphs(font, "\u20ac") else " EUR"])
        return lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",") + after
    if cur == "CHF":
        return lambda v: "CHF " + f"{v:,.2f}".replace(",", "'")
    if cur == "NOK":
        before = rng.random() < 0.6

        def nok(v: float) -> str:
            body = f"{v:,.2f}".replace(",", " ").replace(".", ",")
            return f"NOK {body}" if before else f"{body} NOK"

        return nok
    form = rng.choice({"AED": ["AED {v}"], "NZD": ["NZ${v}", "NZD {v}"], "HKD": ["HK${v}", "HKD {v}"]}[cur])
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Interior houses, craft shops and studios abroad paying the firm for kauna mats, cushions, baskets and
    furniture: SMBC Direct's Foreign Remittance - Result in yen (Transaction No., Remittance date year first
    with slashes, Beneficiary, Beneficiary bank, SWIFT code, Remittance amount, Remittance fee, Status in a
    table ruled on every side); Commerzbank's Auslandsüberweisung / Foreign transfer in euros the German way
    (German and English labels on hairline rows: Empfänger / Beneficiary, Betrag / Amount, Ausführungsdatum /
    Execution date with points, Referenz / Reference, Entgelt / Charges: SHA, BIC, Status: Ausgeführt /
    Executed); Mashreq's international transfer in process in dirhams (a capsule, the sum, its stages across
    the screen, a notice; Beneficiary, Amount, Transfer date, Reference number in dot leaders); ASB's shared
    card of a payment sent in New Zealand dollars (a large tick, Payment sent, "<sum> sent to <payee>", "on
    <day>", International payment (SWIFT); no reference); PostFinance's Zahlungsauftrag / Payment order in
    Swiss francs (labels against a gutter: Auftragsnummer / Order number, Ausführungsdatum / Execution date,
    Begünstigter / Beneficiary, Bank, Betrag / Amount, Spesen / Charges, Status: Ausgeführt / Executed);
    Nordea's Betalingen ble returnert / The payment was returned in Norwegian kroner on a tinted band (the
    reason in a notice; each value over its label: Mottaker / Payee, Beløp / Amount, Dato / Date with points,
    Referanse / Reference); Hang Seng Bank's app with an overseas telegraphic transfer sent in Hong Kong
    dollars under a tile's tick ("Today, <hour> HKT"; Payee, Amount, Payee bank, Reference no. at the left and
    the right; no day); Crédit Agricole's Virement international émis / International transfer sent in euros
    the French way (French and English labels shaded: Bénéficiaire / Beneficiary, Montant / Amount, Date
    d'exécution / Execution date, Référence / Reference, Frais / Charges: Partagés (SHA), BIC). All new
    here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    fmt = {"commerzbank": "EUR-de", "ca": "EUR-fr"}.get(frame, cur)
    show = abroad(rng, font, fmt)
    me = rng.choice([FIRM, FIRM_CAPS])
    money_ = {"amount": j.amount, "cur": cur}
    if frame == "smbc":
        p = browser_page(rng, font, "direct.smbc.co.jp/foreign/remittance/result")
        p.part = "head"
        top(p, "SMBC Direct")
        p.add("small", f"Sumitomo Mitsui Banking Corporation  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Foreign Remittance - Result")
        tno = f"{j.date:%y%m%d}-{digits(rng, 7)}"
        name = rng.choice([me, CUT])
        grid(
            p,
            "sm",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Transaction No.", tno], {"txn": (BANK_RANK, tno)}),
                (["Remittance date", when(j.date, "%Y/%m/%d")], {"date": j.date}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary bank", "Punjab National Bank, Imphal, India"], {"method": "netbanking"}),
                (["SWIFT code", BIC], {}),
                (["Remittance amount", show(j.amount)], money_),
                (["Remittance fee", show(4000.0) if cur == "JPY" else "4,000"], {}),
                (["Status", "Completed"], {"status": status}),
            ],
            tint=(226, 238, 232),
        )
        p.add("small", "Purpose: payment for goods (kauna floor mats)")
        return p.done()
    if frame == "commerzbank":
        p = browser_page(rng, font, "kunden.commerzbank.de/banking/auslandsueberweisung/bestaetigung")
        p.part = "head"
        top(p, "Commerzbank")
        p.add("small", f"Firmenkunden-Portal  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Auslandsüberweisung / Foreign transfer")
        ref = f"CBK{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([me, CUT])
        h269.kind(p, "cz", [(0.0, 0.44, "l"), (0.44, 1.0, "l")], "line")
        for label, value, facts in [
            ("Empfänger / Beneficiary", name, {"merchant": name}),
            ("Betrag / Amount", show(j.amount), money_),
            ("Ausführungsdatum / Execution date", when(j.date, "%d.%m.%Y"), {"date": j.date}),
            ("Referenz / Reference", ref, {"txn": (BANK_RANK, ref)}),
            ("Entgelt / Charges", "SHA (geteilt / shared)", {"method": "netbanking"}),
            ("BIC", BIC, {}),
            ("Status", "Ausgeführt / Executed", {"status": status}),
        ]:
            h269.row(p, "cz", label, clip(value, 40), **facts)
        p.add("small", "Verwendungszweck / Purpose: Rechnung LKC-EX, Binsenmatten")
        return p.done()
    if frame == "mashreq":
        p = phone(rng, font, k, ["", "Transfer status"], dark=False, buttons=("Done",))
        band(p, (236, 96, 22))
        app_head(p, "Mashreq", "International transfer")
        chip(p, "In process", status)
        p.add("big", show(j.amount), **money_)
        h289.steps(p, ["Submitted", "Sent abroad", "Credited"], 1, status)
        note(
            p,
            "Your transfer is with our correspondent bank. Transfers to India usually credit within one "
            "working day.",
            "warn",
        )
        ref = f"MSQ{digits(rng, 11)}"
        name = rng.choice([me, CUT])
        dots(p, "Beneficiary", name, at=0.42, merchant=name)
        dots(p, "Amount", show(j.amount), at=0.42, **money_)
        dots(p, "Transfer date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), at=0.42, date=j.date)
        dots(p, "Reference number", ref, at=0.42, txn=(BANK_RANK, ref), method="netbanking")
        return p.done()
    if frame == "asb":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 580]), size=rng.choice([21, 22]))
        p.style["paper"] = (250, 248, 236)
        p.part = "head"
        p.add("title", "ASB")
        p.add("small", "Shared from ASB Mobile")
        p.part = "body"
        p.add("gap")
        sicon(p, status)
        p.add("center", "Payment sent", status=status)
        line = pick(p, "center", [f"{show(j.amount)} sent to {me}", f"{show(j.amount)} sent to {FIRM}"])
        payee = line.split(" sent to ", 1)[1]
        p.add("center", line, merchant=payee, **money_)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %B %Y', '%d/%m/%Y']))}", date=j.date)
        p.add("small", "International payment (SWIFT)", method="netbanking")
        p.add("gap")
        p.add("small", f"{payer}, {city}")
        return p.done()
    if frame == "postfinance":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "PostFinance")
        p.add("small", f"E-Finance  |  {payer}, {city}")
        p.add("rule")
        p.add("center", "Zahlungsauftrag / Payment order")
        p.part = "body"
        ono = f"PF{digits(rng, 10)}"
        name = rng.choice([FIRM_CAPS, CUT])
        for label, value, facts in [
            ("Auftragsnummer / Order number", ono, {"txn": (BANK_RANK, ono)}),
            ("Ausführungsdatum / Execution date", when(j.date, "%d.%m.%Y"), {"date": j.date}),
            ("Begünstigter / Beneficiary", name, {"merchant": name}),
            ("Bank", "PUNJAB NATIONAL BANK, IMPHAL", {}),
            ("Betrag / Amount", show(j.amount), money_),
            ("Spesen / Charges", "SHA (geteilt)", {"method": "netbanking"}),
            ("Status", "Ausgeführt / Executed", {"status": status}),
        ]:
            gutter(p, "pf", label, value, at=0.5, **facts)
        p.add("gap")
        p.add("small", "Mitteilung / Message: kauna seating mats, invoice LKC-EX-CH")
        return p.done()
    if frame == "nordea":
        p = browser_page(rng, font, "netbank.nordea.no/bedrift/betalinger/utland")
        p.part = "head"
        top(p, "Nordea")
        p.add("small", f"Nettbank Bedrift  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Betalingen ble returnert", status)
        p.add("small", "The payment was returned")
        note(
            p,
            "The receiving bank returned the payment: the beneficiary's account could not be credited. The "
            "amount, less charges, is back in your account.",
            "error",
        )
        ref = f"NDA{digits(rng, 10)}"
        name = vname(p, [me, CUT])
        vlab(p, "Mottaker / Payee", name, merchant=name)
        vlab(p, "Beløp / Amount", show(j.amount), **money_)
        vlab(p, "Dato / Date", when(j.date, "%d.%m.%Y"), bold=False, date=j.date)
        vlab(p, "Referanse / Reference", ref, bold=False, txn=(BANK_RANK, ref), method="netbanking")
        return p.done()
    if frame == "hangseng":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (0, 120, 106))
        app_head(p, "Hang Seng", "Overseas Telegraphic Transfer")
        h287.tile(p, status)
        p.add("center", "Transfer sent", status=status)
        p.add("small", f"Today, {hhmm(rng)} HKT")
        p.add("gap")
        ref = f"HS{digits(rng, 12)}"
        name = pick(p, "pair", [me, CUT])
        kvr(p, "Payee", name, merchant=name)
        kvr(p, "Amount", show(j.amount), **money_)
        kvr(p, "Payee bank", "Punjab National Bank", method="netbanking")
        kvr(p, "Reference no.", ref, txn=(BANK_RANK, ref))
        return p.done()
    p = browser_page(rng, font, "www.credit-agricole.fr/entreprise/virements/international")
    p.part = "head"
    top(p, "Crédit Agricole")
    p.add("small", f"Banque en ligne entreprises  |  {payer}, {city}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Virement international émis / International transfer sent", status=status)
    p.add("gap")
    ref = f"CA{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 4)}"
    name = rng.choice([me, CUT])
    kv(p, "Bénéficiaire / Beneficiary", name, at=0.42, merchant=name)
    kv(p, "Montant / Amount", show(j.amount), at=0.42, **money_)
    kv(p, "Date d'exécution / Execution date", when(j.date, "%d/%m/%Y"), at=0.42, date=j.date)
    kv(p, "Référence / Reference", ref, at=0.42, txn=(BANK_RANK, ref))
    kv(p, "Frais / Charges", "Partagés (SHA)", at=0.42, method="netbanking")
    kv(p, "BIC", BIC, at=0.42)
    p.add("small", "Motif / Purpose: facture LKC-EX, nattes en jonc")
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its showroom or itself on top: Kauna House's TAX INVOICE made in Swipe under a
    kauna cushion's coil, its Meetei Mayek name and a plaited band, to a Guwahati hotel (Invoice # and
    Invoice Date, Billed To and Place of Supply, E-Way Bill No. and Vehicle two to a row; # | Item | HSN |
    Qty | Rate | Taxable in a table ruled on every side with IGST 5% and its Total; "Received by NEFT, UTR
    ..."); the web shop's order confirmation mail from Shopify (Order #, "Placed on <day>"; the items on
    hairline rows; Subtotal, Shipping, Taxes (included), Total; Payment: UPI via Razorpay, Paid); the weaving
    centre's RECEIPT book page, its counterfoil and receipt across a perforation (No. printed; Date, Recd.
    from, the sum of Rupees, towards and "by NEFT, UTR ..." written in on both; the sum in a box); Cashfree's payment failed on
    the web shop's checkout under a badge's cross (the reason in a notice; Order ID and Amount, Payment
    method and Attempted at in tiles; a copyable Cashfree Ref ID); the Sangai Festival stall's CASH MEMO, a
    carbon copy from its book in the festival's days (No. left blank; Date and the pieces written in, Total;
    "Recd. cash"; no reference); Pine Labs' Plural payment link paid (a tile's tick; Plural Order ID,
    Transaction ID, Amount, Payment mode, UPI RRN, Paid on in dot leaders); Paytm Payment Gateway's checkout
    with the payment pending under a spinner (a capsule, a notice; Order ID and Amount, Paytm Txn ID and
    Initiated two to a row; Payment mode); the showroom's e-bill SMS sent from its billing program ("Thank
    you for shopping at KAUNA HOUSE, Paona Bazar! Bill ... for Rs.x paid by UPI (Ref ...)"; under the
    thread's "Today"; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=1200, high=90000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        cushion(p)
        mm_line(p, SHOP_MM, scale=1.25, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  State: 14-Manipur")
        plait_band(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"KH/{fy(j.date)}/{rng.randrange(10, 900):04d}"
        spec = [(0.0, 0.18, "l"), (0.18, 0.5, "l"), (0.53, 0.72, "l"), (0.72, 1.0, "l")]
        colkv(
            p,
            "ti",
            spec,
            "Invoice #",
            inv,
            "Invoice Date",
            day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]),
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        colkv(p, "ti", spec, "Billed To", "Hotel Brahmaputra Ashok", "Place of Supply", "18-Assam")
        colkv(
            p,
            "ti",
            spec,
            "E-Way Bill",
            str(digits(rng, 12)),
            "Vehicle",
            f"MN01{code(rng, 1, UPPER)}{rng.randrange(1000, 9999)}",
        )
        items = [(t, hsn, q * rng.choice([6, 8, 10, 12]), pr) for t, hsn, q, pr in works(rng, 3, high=5000)]
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        grid(
            p,
            "ki",
            [
                (0.0, 0.07, "c"),
                (0.07, 0.46, "l"),
                (0.46, 0.58, "c"),
                (0.58, 0.66, "c"),
                (0.66, 0.82, "r"),
                (0.82, 1.0, "r"),
            ],
            ["#", "Item", "HSN", "Qty", "Rate", "Taxable"],
            [
                ([str(n + 1), SHORT.get(t, clip(t, 26)), hsn, str(q), num(pr), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "IGST 5%", "", "", "", num(gst)], {})],
            foot=(["Total", rs(j.amount)], {"amount": j.amount}),
            tint=(238, 226, 196),
        )
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "RTGS" if j.amount >= 200000 else "NEFT")
        p.add(
            "left",
            f"Received by {'RTGS' if j.amount >= 200000 else 'NEFT'}, UTR {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "Hand woven from kauna reed of the Loktak wetlands. Generated with Swipe.")
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        return p.done()
    if k == 1:
        order = f"#KH{rng.randrange(1040, 2900)}"
        p = mail_page(
            rng, font, f"{SHOP} <store+{digits(rng, 8)}@t.shopifyemail.com>", [f"Order {order} confirmed"]
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Kauna from the Loktak wetlands")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Order {order}", txn=(ORDER_RANK, order))
        p.add("left", "Thank you for your purchase!")
        para(
            p,
            f"Hi {who.split(' ', 1)[1].split()[0]}, we're getting your order ready to be shipped. We will "
            "notify you when it has been sent.",
        )
        p.add("small", f"Placed on {day_in(j, rng, ['%B {d}, %Y', '{d} %B %Y'])}", date=j.date)
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=4000)
        ship = float(rng.choice([0, 0, 149, 249]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        for text, _, q, pr in items:
            cols(p, "sl", spec, f"{clip(text, 40)} x {q}", rs(q * pr), mode="line")
        cols(p, "ss", spec, "Subtotal", rs(sub))
        cols(p, "ss", spec, "Shipping", rs(ship) if ship else "Free")
        cols(p, "ss", spec, "Taxes (included)", rs(round(sub - sub / 1.05, 2)))
        h269.kind(p, "st", spec, "line", bold=(0, 1))
        h269.row(p, "st", "Total", rs(j.amount), amount=j.amount)
        p.add("gap")
        p.add("left", "Payment: UPI via Razorpay - Paid", method="UPI", status=status)
        p.add("small", f"If you have any questions, reply to this email or contact us at hello@{WEB}")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([18000, 24000, 30000, 36000, 45000]))
        p = paper_page(rng, font, [780, 820])
        hand_pen(p)
        typeface(p)
        at = 0.3
        p.part = "head"
        c0 = len(p.rows)
        h269.kind(p, "rh", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "plain", bold=(0, 1))
        h269.row(p, "rh", "COUNTERFOIL", FIRM_CAPS, merchant=FIRM_CAPS)
        cols(p, "rs", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "", CENTRE)
        cols(p, "rs", [(0.0, at, "c"), (at + 0.03, 1.0, "c")], "", "Wangoi Bazar, Imphal West")
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        cols(
            p,
            "rn",
            [(0.0, at, "l"), (at + 0.03, 0.72, "l"), (0.72, 1.0, "r")],
            f"No. {no}",
            "RECEIPT",
            f"No. {no}",
            txn=(INVOICE_RANK, no),
        )
        d = day_in(j, rng, ["%d/%m/%y", "%d.%m.%Y"])
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        h271.fill2(p, ("Date", d), ("Date", d), at, date=j.date)
        h271.fill2(p, ("From", "NID Assam"), ("Recd. from", "NID Assam, Jorhat"), at)
        h271.fill2(
            p,
            ("Rs.", f"{num(j.amount, 'indian', 0)}/-"),
            ("the sum of Rupees", f"{bare_words(j.amount)} only"),
            at,
            amount=j.amount,
        )
        h271.fill2(p, ("For", "Workshop"), ("towards", "kauna weaving workshop, 3 days"), at)
        h271.fill2(
            p,
            ("By", "NEFT"),
            ("by NEFT, UTR", utr),
            at,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=at + 0.03)
        h271.perf(p, c0, at + 0.015)
        sig(p)
        p.add("right", "for Loktak Kauna Crafts")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, f"payments.cashfree.com/order/#{code(rng, 12, LOWER)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by Cashfree Payments")
        p.add("rule")
        p.part = "body"
        h287.burst(p, status)
        p.add("center", "Payment Failed", status=status)
        note(
            p,
            "Your bank did not authorise this payment (net banking session expired). No money was deducted; "
            "please try again.",
            "error",
        )
        oid = f"KH{rng.randrange(1040, 2900)}"
        tiles2(p, ("Order ID", oid), ("Amount", rs(j.amount)), txn=(ORDER_RANK, oid), amount=j.amount)
        tiles2(
            p,
            ("Payment method", "Net Banking - SBI"),
            ("Attempted at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            method="netbanking",
            date=j.date,
        )
        cf = str(digits(rng, 10))
        copyrow(p, "Cashfree Ref ID", cf, txn=(TXN_RANK, cf))
        return p.done()
    if k == 4:
        shift(j, rng, SANGAI + dt.timedelta(days=rng.randrange(0, 10)))
        p = sheet_page(rng, font, [540, 580])
        p.style["paper"] = rng.choice([(246, 246, 240), (250, 248, 242)])
        h289.carbon(p)
        p.part = "head"
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", STALL)
        p.add("center", "CASH MEMO")
        p.part = "body"
        p.add("left", "No. ...............")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%y", "{d}.%m.%Y"]), date=j.date)
        spec = [(0.0, 0.55, "l"), (0.55, 0.7, "c"), (0.72, 1.0, "r")]
        cols(p, "cm", spec, "Particulars", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for t, _, q, pr in works(rng, rng.randrange(2, 4), high=2500):
            hcells(p, spec, SHORT[t], str(q), num(q * pr, "indian", 0))
            j.amount += q * pr
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.55, 0.71])
        p.add("gap")
        write(p, "Recd. cash", method="cash", status=status)
        write(p, "- L.", align="r")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, f"pay.pluralonline.com/link/{code(rng, 10, MIXED)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", "Payment link  |  Powered by Plural by Pine Labs")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        oid = f"v1-{j.date:%y%m%d}{digits(rng, 6)}-aa-{code(rng, 6, LOWER)}"
        tid = str(digits(rng, 14))
        dots(p, "Plural Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Payment mode", "UPI", at=0.36, method="UPI")
        dots(p, "UPI RRN", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        dots(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        p.add("small", "For: kauna sofa set, custom order, advance")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "securegw.paytm.in/theia/processTransaction")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Paytm Payment Gateway")
        p.add("rule")
        p.part = "body"
        h279.spinner(p, AMBER)
        chip(p, "Payment pending", status)
        note(
            p,
            "We are waiting for confirmation from your bank. Do not close this page or pay again; your order "
            "will be confirmed automatically.",
            "warn",
        )
        oid = f"KH{rng.randrange(1040, 2900)}_{digits(rng, 4)}"
        tid = f"2026{digits(rng, 16)}"
        two_up(p, "pg1", ("Order ID", oid), ("Amount", rs(j.amount)), txn=(ORDER_RANK, oid), amount=j.amount)
        two_up(
            p,
            "pg2",
            ("Paytm Txn ID", tid),
            ("Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        kvr(p, "Payment mode", "UPI", method="UPI")
        return p.done()
    j.amount = rupees(rng, 900, 24000, 0.8)
    bno = f"KH/{fy(j.date)}/{rng.randrange(1000, 9999)}"
    text = (
        f"Thank you for shopping at {SHOP_CAPS}, Paona Bazar! Bill {bno} for Rs.{num(j.amount)} paid by UPI "
        f"(Ref {j.ref}). View e-bill: {WEB}/b/{code(rng, 6, LOWER)} -{SHOP}"
    )
    p = sms_page(rng, font, "VM-KAUNAH", text, None)
    p.add(
        "left", text, merchant=SHOP_CAPS, amount=j.amount, method="UPI", status=status, txn=(UTR_RANK, j.ref)
    )
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


GROWERS = "THANGA KAUNA PRODUCERS SHG"
GROWERS_MM = "ꯊꯥꯡꯒ ꯀꯧꯅ"
CANE = "BARAK VALLEY CANE TRADERS"
CARTONS = "BRAHMAPUTRA CARTONS"
PHI = "SANAJAOBA HANDLOOM HOUSE"
PHI_MM = "ꯁꯅꯥꯖꯥꯎꯕ"
ROADWAYS = "NORTH EAST GOLDEN ROADWAYS"
HARDWARE = "Sri Balaji Tools & Hardware"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Thanga reed growers' group's BILL written in a
    Meetei Mayek hand under its name in Meetei Mayek and English, snips of reed in its margins (No. left
    blank; Date written in; ꯀꯧꯅ (kauna) and ꯀꯧꯅ ꯑꯉꯧꯕ (kauna, bleached white) by the bundle and the
    loading with their sums, ꯄꯨꯝꯅꯃꯛ (total), "ꯁꯦꯜ ꯐꯪꯂꯦ (cash)" (money received); no reference); a Silchar
    cane house's TAX INVOICE (Invoice No. beside its earlier Invoice Date; the cane by the bundle in a
    striped table with IGST 5%; Grand Total) with the accountant's sticky note on it ("Paid by NEFT", "UTR
    ...", "on <day>"); udaan's payment failed for thread, foam and zips on a tinted band (the reason in a
    notice; Seller, Items, Order ID, Order value, Payment mode, Attempted on in shaded labels); Delhivery's
    app with a shipment booked and paid ("Today, <hour>"; Delhivery under its bar; AWB no., From, To,
    Weight, Freight, GST 18%, Total paid at the left and the right; a copyable UPI Ref; no day); Amazon
    Business' order with the payment pending (a capsule, a notice; labels small over their values two to a
    row: Order #, Order total; Sold by, Payment; Initiated on); a Guwahati carton maker's TAX INVOICE
    photographed on a clipboard (Inv. No. and its earlier Date; the boxes in a striped table with IGST 5%;
    TOTAL), its oval PAYMENT RECEIVED stamp and "by IMPS, Ref ..., dt. <day>" in the hand; a Moirang phi
    weaver's bill on her letter pad under its Meetei Mayek name (Date and the cushion covers written in its
    columns, Total; "Paid by GPay, UPI Ref ..." in the hand); a Guwahati transporter's CONSIGNMENT NOTE (G.C.
    No., Date, From / To, Consignor, Consignee, Packages, Weight in a table ruled on every side; Freight,
    Hamali and GC charge typed in its fixed-width face, Total; "Recd. by NEFT, UTR ..." in the hand and its
    rectangular FREIGHT PAID stamp).
    All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=1500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(248, 244, 228), (244, 242, 230)])
        reed_bits(p)
        p.part = "head"
        mm_line(p, GROWERS_MM, scale=1.3, bold=True)
        top(p, GROWERS, merchant=GROWERS)
        p.add("small", "Kauna reed, dried and bundled  |  Thanga, Bishnupur, Manipur")
        p.add("center", "BILL")
        p.part = "body"
        p.add("left", "No. ...............")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "To", "Loktak Kauna Crafts")
        p.add("gap")
        n1, r1 = rng.randrange(30, 90), rng.randrange(70, 100)
        n2, r2 = rng.randrange(10, 30), rng.randrange(100, 130)
        load = rng.choice([300, 400, 500, 600])
        j.amount = float(n1 * r1 + n2 * r2 + load)
        mm_hand(p, f"ꯀꯧꯅ {n1} bundle x {r1}", figure=num(float(n1 * r1), "indian", 0))
        mm_hand(p, f"ꯀꯧꯅ ꯑꯉꯧꯕ {n2} x {r2}", figure=num(float(n2 * r2), "indian", 0))
        mm_hand(p, "loading", figure=num(float(load), "indian", 0))
        mm_hand(p, "ꯄꯨꯝꯅꯃꯛ", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        mm_hand(p, "ꯁꯦꯜ ꯐꯪꯂꯦ (cash)", scale=1.35, method="cash", status=status)
        sig(p)
        write(p, "Sanatombi", align="r")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, CANE, merchant=CANE)
        p.add(
            "small",
            f"Cane and bamboo  |  Rangirghat, Silchar, Assam - 788005  |  GSTIN {gstin_of(rng, '18', 'F')}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"BVC/{fy(j.date)}/{rng.randrange(100, 1999)}"
        spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
        cols(
            p,
            "cv",
            spec,
            f"Invoice No.: {inv}",
            f"Invoice Date: {when(earlier(rng, j, 4, 30), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        cols(p, "cv", spec, f"Buyer: {FIRM}, Imphal", "State: 14-Manipur")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("Cane 12 mm (bundle of 50)", 900, 1300),
                ("Cane 18 mm (bundle of 25)", 1200, 1700),
                ("Cane splits for binding (kg)", 160, 240),
                ("Bamboo strips, treated (bundle)", 450, 700),
            ],
            3,
        ):
            q = rng.randrange(4, 30)
            rate = float(rng.randrange(lo, hi, 10))
            taxable += q * rate
            rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
        gst = round(taxable * 0.05, 2)
        j.amount = round(taxable + gst, 2)
        rows_.append((["IGST 5%", "", "", num(gst)], {}))
        zebra(
            p,
            "cn",
            [(0.0, 0.5, "l"), (0.5, 0.6, "c"), (0.6, 0.8, "r"), (0.8, 1.0, "r")],
            ["Description", "Qty", "Rate", "Amount"],
            rows_,
            (60, 90, 50),
        )
        total(p, "Grand Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        h275.sticky(
            p,
            [
                ("Paid by NEFT", {"method": "netbanking", "status": status}),
                (f"UTR {utr}", {"txn": (UTR_RANK, utr)}),
                (f"on {day_in(j, rng, ['%d/%m/%y', '%d.%m.%Y'])}", {"date": j.date}),
                ("- Bembem", {}),
            ],
        )
        p.add("small", "Subject to Silchar jurisdiction. E. & O.E.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "udaan.com/checkout/payment/status")
        p.part = "head"
        top(p, "udaan")
        p.add("small", "India's B2B trade platform")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "Your bank declined the payment (net banking session timed out). Your order is saved; no amount "
            "was debited.",
            "error",
        )
        seller = "Shree Ganesh Textile Agency"
        oid = f"OD{digits(rng, 12)}"
        kv(p, "Seller", seller, at=0.3, merchant=seller)
        kv(p, "Items", "Cotton twine 2 kg, foam sheet 1 in x 10, zips 100", at=0.3)
        kv(p, "Order ID", oid, at=0.3, txn=(ORDER_RANK, oid))
        kv(p, "Order value", rs(j.amount), at=0.3, amount=j.amount)
        kv(p, "Payment mode", "Net Banking (PNB)", at=0.3, method="netbanking")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.3, date=j.date)
        return p.done()
    if k == 3:
        kilos = rng.randrange(8, 60)
        freight = float(rng.randrange(40, 90) * kilos)
        gst = round(freight * 0.18, 2)
        j.amount = round(freight + gst, 2)
        p = phone(rng, font, k, ["", "Shipment"], dark=False, buttons=("Track",))
        band(p, (20, 20, 24))
        app_head(p, "Delhivery", "Delhivery Direct  |  Ship a parcel")
        p.add("center", "Delhivery Limited", merchant="Delhivery Limited")
        h287.tile(p, status)
        p.add("center", "Shipment booked and paid", status=status)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        kvr(p, "AWB no.", str(digits(rng, 13)))
        kvr(p, "From", "Imphal 795001")
        kvr(p, "To", rng.choice(["Pune 411001", "Bengaluru 560038", "New Delhi 110030"]))
        kvr(p, "Weight", f"{kilos} kg (4 boxes)")
        kvr(p, "Freight", num(freight))
        kvr(p, "GST 18%", num(gst))
        kvr(p, "Total paid", rs(j.amount), amount=j.amount, method="UPI")
        copyrow(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 2400, 9800, 0.4)
        p = browser_page(rng, font, "www.amazon.in/ab/your-orders/payment-status")
        p.part = "head"
        top(p, "amazon business")
        p.add("small", "Your Orders  |  Payment status")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment pending", status)
        note(
            p,
            "We're waiting for your bank to confirm the UPI payment. The order will be confirmed once the "
            "payment goes through; do not pay again.",
            "warn",
        )
        oid = f"408-{digits(rng, 7)}-{digits(rng, 7)}"
        two_up(
            p, "ab1", ("Order #", oid), ("Order total", rs(j.amount)), txn=(ORDER_RANK, oid), amount=j.amount
        )
        two_up(p, "ab2", ("Sold by", HARDWARE), ("Payment", "UPI"), merchant=HARDWARE, method="UPI")
        two_up(
            p, "ab3", ("Initiated on", day_in(j, rng, ["%d %B %Y", "%d %b %Y"])), ("Items", "3"), date=j.date
        )
        p.add("small", "Wood varnish 4 L, staple gun, staple pins 5000")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (252, 252, 250)
        h289.clipboard(p)
        same_pen(p)
        p.part = "head"
        top(p, CARTONS, merchant=CARTONS)
        p.add(
            "small", f"Corrugated boxes  |  Amingaon, Guwahati - 781031  |  GSTIN {gstin_of(rng, '18', 'F')}"
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"BC/{rng.randrange(1200, 4800)}"
        cols(
            p,
            "bc",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Inv. No. {inv}",
            f"Date {when(earlier(rng, j, 3, 20), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"To: {FIRM}, Wangoi, Imphal West")
        rows_, sub = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("5-ply box 36x24x24 in", 110, 160),
                ("5-ply box 24x18x18 in", 70, 100),
                ("3-ply box 18x12x12 in", 28, 42),
                ("Corner board 3 ft", 9, 15),
            ],
            3,
        ):
            q = rng.randrange(20, 200)
            rate = float(rng.randrange(lo, hi))
            sub += q * rate
            rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
        gst = round(sub * 0.05, 2)
        j.amount = round(sub + gst, 2)
        rows_.append((["IGST 5%", "", "", num(gst)], {}))
        zebra(
            p,
            "bx",
            [(0.0, 0.5, "l"), (0.5, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            rows_,
            (120, 90, 50),
        )
        total(p, "TOTAL", rs(j.amount), at=0.6, amount=j.amount)
        h287.oval(p, [CARTONS, "PAYMENT RECEIVED", "GUWAHATI"], "blue", at=0.56, rows_=4)
        write(p, f"by IMPS, Ref {j.ref}", method="netbanking", status=status, txn=(UTR_RANK, j.ref))
        write(p, f"dt. {day_in(j, rng, ['%d/%m/%y', '{d}.%m.%Y'])}", date=j.date)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(252, 246, 240), (248, 246, 236)])
        p.part = "head"
        mm_line(p, PHI_MM, scale=1.3, bold=True)
        top(p, PHI, merchant=PHI)
        p.add("small", "Moirang phi and phanek  |  Moirang Bazar, Bishnupur, Manipur")
        p.add("rule")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "M/s", "Loktak Kauna Crafts")
        spec = [(0.0, 0.5, "l"), (0.5, 0.64, "c"), (0.64, 0.8, "r"), (0.82, 1.0, "r")]
        cols(p, "ph", spec, "Item", "Nos.", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Cushion cover 18 in", 160, 220),
                ("Cushion cover 24 in", 220, 300),
                ("Mat border tape (m)", 30, 45),
                ("Bag lining, phi", 90, 130),
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
        p.add("gap")
        write(p, f"Paid by GPay, UPI Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        write(p, "- Ibeyaima", align="r")
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = rng.choice([(250, 246, 232), (246, 248, 240)])
    same_pen(p)
    p.part = "head"
    top(p, ROADWAYS, merchant=ROADWAYS)
    p.add("small", "Fleet owners and transport contractors  |  Transport Nagar, Guwahati - 781034")
    p.add("center", "CONSIGNMENT NOTE")
    p.part = "body"
    gcno = str(rng.randrange(20000, 89999))
    bales = rng.randrange(6, 30)
    freight = float(bales * rng.randrange(260, 420))
    hamali = float(bales * 20)
    gc = 50.0
    j.amount = freight + hamali + gc
    grid(
        p,
        "gc",
        [(0.0, 0.3, "l"), (0.3, 1.0, "l")],
        None,
        [
            (["G.C. No.", gcno], {}),
            (["Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
            (["From / To", "Imphal to Guwahati"], {}),
            (["Consignor", FIRM], {}),
            (["Consignee", "Hotel Brahmaputra Ashok, Guwahati"], {}),
            (["Packages", f"{bales} bales, kauna mats (said to contain)"], {}),
            (["Weight", f"{bales * rng.randrange(14, 22)} kg"], {}),
        ],
        tint=(230, 232, 236),
    )
    h271.ext(p)["tt_scale"] = 0.9
    n_ = h271.tt_cols(p) - 1
    for label, value in (("Freight", freight), ("Hamali", hamali), ("GC charge", gc)):
        typed(p, f"{label:<{n_ - 14}}{num(value):>14}"[:n_])
    total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
    p.add("small", "GST on freight payable by the consignor under reverse charge.")
    p.add("gap")
    utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
    write(p, f"Recd. by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
    h271.rstamp(p, ["FREIGHT PAID", ROADWAYS, "IMPHAL BRANCH"], "red", at=0.3, rows_=4)
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("THANGA KAUNA PRODUCERS", "Manipur Rural Bank", "IMPS"),
    ("BARAK VALLEY CANE TRADERS", "State Bank of India", "RTGS"),
    ("SANAJAOBA HANDLOOM HOUSE", "Manipur Rural Bank", "NEFT"),
    ("BRAHMAPUTRA CARTONS", "Axis Bank", "NEFT"),
    ("NORTH EAST GOLDEN ROADWAYS", "UCO Bank", "IMPS"),
    ("SANGAI FOAM HOUSE", "HDFC Bank", "IMPS"),
    ("Moirangthem Rameshwor Singh", "State Bank of India", "UPI"),
    ("IMPHAL EXPORT PACKERS", "Bank of Baroda", "NEFT"),
]


def comb(p: Screen, label: str, value: str, **facts) -> None:
    """heldout269's boxes filled in by hand, in this page's pen and ink."""
    same_pen(p)
    h269.comb(p, label, value, **facts)


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: PNB ONE with an IMPS successful under a badge's tick
    ("to <payee>", "Today, <hour>"; IMPS Ref. No. and From A/c, Beneficiary Bank and Remarks in tiles; no
    day); Union Bank of India's Vyom with an RTGS successful (a capsule, the sum; Beneficiary, Account No.,
    IFSC, UTR, Transaction Date, Purpose against a gutter); Canara Bank's Canara ai1 with a NEFT in process
    under a spinner (the sum, "to <payee>", its stages left to right, a notice; a copyable UTR; Initiated on,
    From at the left and the right); Axis Mobile's fund transfer successful under a large tick (Reference No.
    (UTR), Date & Time, Debited from, Transfer mode, Remarks each label beside its value in bold); UCO
    Bank's UCO mBanking Plus IMPS successful (Beneficiary Name, Amount, IMPS Ref No, Date, Account, IFSC in
    a table ruled on every side); Indian Overseas Bank's IOB Mobile with an IMPS failed on a tinted band (the
    reason in a notice; labels small over their values two to a row: Beneficiary and Amount, RRN and Date,
    From A/c and Mode); Federal Bank's FedMobile shared card of money sent by UPI to the furniture maker (a
    tile's tick, Money sent, "<sum> sent to <payee>", "on <day>", via UPI; no reference); Manipur Rural
    Bank's NEFT / RTGS APPLICATION, its customer copy filled in by hand under the bank's Meetei Mayek name
    (Date, Remitter, Beneficiary written in; the account and IFSC in boxes; NEFT and RTGS in boxes, NEFT
    ticked; the sum in a box; the branch's rectangular stamp; UTR No. written in by the branch). All new
    here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=3000, high=95000)
    to, their_bank, way = VENDORS[k]
    ours = [
        "Punjab National Bank",
        "Union Bank of India",
        "Canara Bank",
        "Axis Bank",
        "UCO Bank",
        "Indian Overseas Bank",
        "Federal Bank",
        "Manipur Rural Bank",
    ][k]
    if way == "IMPS":
        j.amount = rupees(rng, 1500, 90000, 0.6)
    if way == "UPI":
        j.amount = rupees(rng, 1500, 24000, 0.7)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_for(rng, j, ours, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXXX{digits(rng, 4)}"
    ifsc = f"{IFSC[their_bank]}0{digits(rng, 6)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (162, 21, 56))
        app_head(p, "PNB ONE", "Punjab National Bank  |  IMPS")
        h287.burst(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("gap")
        tiles2(
            p,
            ("IMPS Ref. No.", utr),
            ("From A/c", f"XX{digits(rng, 4)} (CA)"),
            txn=(UTR_RANK, utr),
            method=method,
        )
        tiles2(p, ("Beneficiary Bank", "Manipur Rural Bank"), ("Remarks", "kauna reed 80 bundles"))
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "RTGS"], dark=False, buttons=("Download receipt",))
        band(p, (230, 30, 40))
        app_head(p, "Vyom", "Union Bank of India  |  RTGS")
        pill(p, "Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        gutter(p, "vy", "Beneficiary", to, at=0.34, merchant=to)
        gutter(p, "vy", "Account No.", acct, at=0.34)
        gutter(p, "vy", "IFSC", ifsc, at=0.34)
        gutter(p, "vy", "UTR", utr, at=0.34, txn=(UTR_RANK, utr), method=method)
        gutter(p, "vy", "Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.34, date=j.date)
        gutter(p, "vy", "Purpose", "Cane for sofa frames", at=0.34)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "NEFT status"], dark=False, buttons=("Refresh",))
        band(p, (0, 104, 170))
        app_head(p, "Canara ai1", "Canara Bank  |  NEFT")
        h279.spinner(p, AMBER)
        p.add("center", "NEFT in process", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        track(p, ["Submitted", "Sent to RBI", "Credited"], "dp-")
        note(
            p,
            "NEFT is settled in half-hourly batches. The amount will reach the beneficiary's bank in the next "
            "batch.",
            "warn",
        )
        copyrow(p, "UTR", utr, txn=(UTR_RANK, utr))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "From", f"Canara Bank {acct[-6:]}", method=method)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (151, 20, 77))
        app_head(p, "Axis Mobile", "Axis Bank  |  Fund transfer")
        sicon(p, status)
        p.add("center", "Fund transfer successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h269.kind(p, "ax", [(0.0, 0.42, "l"), (0.42, 1.0, "l")], "plain", bold=(1,))
        h269.row(p, "ax", "Reference No. (UTR)", utr, txn=(UTR_RANK, utr))
        h269.row(p, "ax", "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        h269.row(p, "ax", "Debited from", acct)
        h269.row(p, "ax", "Transfer mode", "NEFT", method=method)
        h269.row(p, "ax", "Remarks", "cartons 5 ply")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 70, 140))
        app_head(p, "UCO mBanking Plus", "UCO Bank  |  IMPS")
        p.add("center", "IMPS Transaction Successful", status=status)
        p.add("gap")
        grid(
            p,
            "uc",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Beneficiary Name", to], {"merchant": to}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["IMPS Ref No", utr], {"txn": (UTR_RANK, utr), "method": method}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
                (["Account", acct], {}),
                (["IFSC", ifsc], {}),
            ],
            tint=(226, 234, 246),
        )
        p.add("small", "Freight, Imphal - Guwahati, 14 bales")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Retry",))
        band(p, (0, 88, 160))
        app_head(p, "IOB Mobile", "Indian Overseas Bank  |  IMPS")
        h269.strip(p, "Transaction Failed", status)
        note(
            p,
            "The beneficiary bank did not respond (NPCI timeout). If your account was debited, the amount "
            "will be reversed within 2 working days.",
            "error",
        )
        two_up(p, "io1", ("Beneficiary", to), ("Amount", rs(j.amount)), merchant=to, amount=j.amount)
        two_up(
            p,
            "io2",
            ("RRN", utr),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        two_up(p, "io3", ("From A/c", acct[-8:]), ("Mode", "IMPS"), method=method)
        return p.done()
    if k == 6:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([560, 580]), size=rng.choice([20, 21]))
        p.style["paper"] = (244, 248, 252)
        p.part = "head"
        p.add("title", "FedMobile")
        p.add("small", "Federal Bank")
        p.part = "body"
        p.add("gap")
        h287.tile(p, status)
        p.add("center", "Money sent", status=status)
        line = pick(p, "center", [f"{rs(j.amount)} sent to {to}", f"{rs(j.amount)} sent to Rameshwor Singh"])
        p.add("center", line, amount=j.amount, merchant=line.split(" sent to ", 1)[1])
        p.add("small", f"on {day_in(j, rng, ['{d} %b %Y', '%d/%m/%Y'])}", date=j.date)
        p.add("small", "via UPI  |  rameshwor.m@oksbi", method=method)
        p.add("gap")
        p.add("small", "Frames for 4 kauna moodhas  |  Shared from FedMobile")
        return p.done()
    p = sheet_page(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(240, 246, 244), (248, 246, 236)])
    same_pen(p)
    p.part = "head"
    mm_line(p, "ꯃꯅꯤꯄꯨꯔ ꯔꯨꯔꯦꯜ ꯕꯦꯡꯛ", scale=1.2, bold=True)
    top(p, "MANIPUR RURAL BANK")
    p.add("small", "Wangoi Branch, Imphal West")
    p.add("center", "NEFT / RTGS APPLICATION  -  CUSTOMER COPY")
    p.part = "body"
    blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
    blank(p, "Remitter", FIRM)
    blank(p, "Beneficiary", to.title(), merchant=to.title())
    comb(p, "A/c No.", str(digits(rng, 12)))
    comb(p, "IFSC", ifsc)
    h269.ticks(p, ["NEFT", "RTGS"], 0, method=method)
    h271.amtbox(
        p,
        "Amount Rs.",
        f"{num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}",
        at=0.0,
        amount=j.amount,
    )
    blank(p, "UTR No.", utr, txn=(UTR_RANK, utr), status=status)
    h271.rstamp(p, ["MANIPUR RURAL BANK", "WANGOI BRANCH", "PROCESSED"], "violet", at=0.12, rows_=4)
    sig(p)
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its weavers at the centre and at home, its reed cutter, its furniture maker and its
    showroom's girls: a home weaver's JOB CARD from the weaving centre under its Meetei Mayek name,
    photographed lying on a kauna mat (Weaver and Village written in; the days' deliveries, the pieces,
    their number and rate written in its ruled columns, Total; "Paid in cash" and the day paid written in;
    her thumb's box; no reference); Zoho Payroll's payslip for the showroom's salesgirl (Payslip for the
    month; Employee Name, Employee ID, Pay Period, Pay Date, Paid Days beside their labels two to a row; the
    Employee Net Pay on a tinted band; Earnings | Amount | Deductions | Amount on hairline rows; "Paid by
    bank transfer, UTR ..."); ICICI Bank's iMobile Pay with a UPI payment to a weaver under a tile's tick (UPI
    Ref. No. and Date, Paid from and Note in tiles); PhonePe's UPI payment pending to the reed cutter (a
    capsule, the sum, "to <payee>", its stages across the screen, a notice; UPI Ref No, Transaction ID,
    Initiated on, Paying from at the left and the right); AU Small Finance Bank's AU 0101 with a UPI payment
    to a weaver under a large tick (UPI Ref No, Date & Time, From A/c against a gutter); Fi's UPI payment to
    a weaver ("Today, <hour>"; a copyable UPI Ref; Paid from; no day); slice's UPI payment failed in its
    dark theme under a badge's cross (the reason in a notice; labels small over their values two to a row:
    UPI Ref No. and Attempted on, Paid from and Reason); the firm's CASH VOUCHER for the Sangai stall's
    helper after the festival (Voucher No. printed beside Date; Paid to, Being and Rupees in words written
    in; Cash and Bank in boxes, Cash ticked; the sum in a box; a revenue stamp signed across). All new
    here."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1200, high=24000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR"))
    worker = WEAVERS[(k + rng.randrange(2)) % 6]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 236)])
        on_mat(p)
        p.part = "head"
        mm_line(p, CENTRE_MM, scale=1.2, bold=True)
        p.add("center", CENTRE.upper())
        p.add("small", "Wangoi Bazar, Imphal West  |  Home weavers")
        p.add("center", "JOB CARD")
        p.part = "body"
        blank(p, "Weaver", worker, merchant=worker)
        blank(p, "Village", rng.choice(["Thanga", "Moirang", "Wangjing", "Kumbi"]))
        spec = [(0.0, 0.22, "l"), (0.22, 0.56, "l"), (0.56, 0.68, "c"), (0.68, 0.82, "r"), (0.84, 1.0, "r")]
        cols(p, "jc", spec, "Date", "Item", "Nos.", "Rate", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        lines_ = []
        for text, lo, hi in rng.sample(
            [
                ("Floor mat 4x6", 380, 520),
                ("Cushion cover", 90, 140),
                ("Table mats (6)", 120, 180),
                ("Yoga mat", 220, 300),
                ("Fruit basket", 70, 110),
            ],
            3,
        ):
            q = rng.randrange(2, 12)
            rate = rng.randrange(lo, hi, 10)
            lines_.append((earlier(rng, j, 1, 14), text, q, rate))
        for day, text, q, rate in sorted(lines_):
            hcells(p, spec, when(day, "%d/%m"), text, str(q), str(rate), num(float(q * rate), "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "", "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.22, 0.56, 0.68, 0.83])
        p.add("gap")
        write(p, "Paid in cash", method="cash", status=status)
        blank(p, "Paid on", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        h269.thumb(p, "Thumb")
        return p.done()
    if k == 1:
        worker = STAFF[rng.randrange(2)]
        basic = float(rng.randrange(90, 140) * 100)
        hra = float(round(basic * 0.2, -1))
        other = 1500.0
        pf = float(round(min(basic, 15000) * 0.12))
        pt = 208.0
        j.amount = basic + hra + other - pf - pt
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, SHOP)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.53, 0.7, "l"), (0.7, 1.0, "l")]
        colkv(
            p,
            "zp",
            spec,
            "Employee Name",
            worker,
            "Employee ID",
            f"KH-{rng.randrange(2, 20):03d}",
            merchant=worker,
        )
        colkv(
            p,
            "zp",
            spec,
            "Pay Period",
            j.month(1),
            "Pay Date",
            day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]),
            date=j.date,
        )
        colkv(p, "zp", spec, "Designation", "Sales Associate", "Paid Days", str(rng.randrange(26, 31)))
        panel(p, "Employee Net Pay", rs(j.amount), (230, 240, 250), amount=j.amount)
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.54, 0.82, "l"), (0.82, 1.0, "r")]
        cols(p, "eh", spec2, "Earnings", "Amount", "Deductions", "Amount", mode="line")
        cols(p, "el", spec2, "Basic", num(basic), "EPF Contribution", num(pf), mode="line")
        cols(p, "el", spec2, "House Rent Allowance", num(hra), "Profession Tax", num(pt), mode="line")
        cols(p, "el", spec2, "Fixed Allowance", num(other), "", "", mode="line")
        cols(
            p,
            "el",
            spec2,
            "Gross Earnings",
            num(basic + hra + other),
            "Total Deductions",
            num(pf + pt),
            mode="line",
        )
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        p.add("gap")
        p.add(
            "left",
            f"Paid by bank transfer, UTR {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "This is a system-generated payslip from Zoho Payroll; no signature is required.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (178, 40, 36))
        app_head(p, "iMobile Pay", "ICICI Bank  |  UPI")
        h287.tile(p, status)
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        tiles2(
            p,
            ("UPI Ref. No.", j.ref),
            ("Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        tiles2(
            p, ("Paid from", f"ICICI Bank XX{digits(rng, 4)}"), ("Note", "mat weaving wages"), method="UPI"
        )
        return p.done()
    if k == 3:
        worker = "Huidrom Premjit Singh"
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Check status",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe", "UPI")
        chip(p, "Payment Pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        h289.steps(p, ["Debited", "Processing", "Credited"], 1, status)
        note(
            p,
            "Your bank has not confirmed this payment yet. Please don't pay again; the status will update in "
            "a few hours.",
            "warn",
        )
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 14)}"
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paying from", f"PNB XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (110, 40, 140))
        app_head(p, "AU 0101", "AU Small Finance Bank  |  UPI")
        sicon(p, status)
        p.add("center", "Paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        gutter(p, "au", "UPI Ref No", j.ref, at=0.34, txn=(UTR_RANK, j.ref))
        gutter(
            p,
            "au",
            "Date & Time",
            at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)),
            at=0.34,
            date=j.date,
        )
        gutter(p, "au", "From A/c", f"XXXXXX{digits(rng, 4)}", at=0.34, method="UPI")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 158, 120))
        app_head(p, "Fi", "Money  |  UPI")
        h287.burst(p, status)
        p.add("center", "Paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        copyrow(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", f"Paid from Federal Bank {dot * 2}{digits(rng, 4)} via UPI", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("Try again",))
        app_head(p, "slice", "UPI")
        h287.burst(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(p, "The payee's bank declined the credit (U16: risk threshold). No money was debited.", "error")
        two_up(
            p,
            "sl1",
            ("UPI Ref No.", j.ref),
            ("Attempted on", day_in(j, rng, ["{d} %b %Y", "%d/%m/%Y"])),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(p, "sl2", ("Paid from", f"slice a/c XX{digits(rng, 4)}"), ("Reason", "U16"), method="UPI")
        return p.done()
    shift(j, rng, SANGAI + dt.timedelta(days=rng.randrange(10, 13)))
    j.amount = float(rng.choice([5500, 6000, 7000, 8000]))
    helper = rng.choice(["Laishram Tomba", "Ningombam Bobby", "Thokchom Dinesh"])
    p = sheet_page(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(250, 248, 240), (246, 244, 236)])
    p.part = "head"
    top(p, FIRM_CAPS)
    p.add("small", ADDRESS)
    p.add("center", "CASH VOUCHER")
    p.part = "body"
    vno = f"{rng.randrange(100, 999):04d}"
    cols(p, "cv", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Voucher No. {vno}", "", txn=(INVOICE_RANK, vno))
    blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
    blank(p, "Paid to", helper, merchant=helper)
    blank(p, "Being", "wages, Sangai stall helper, 10 days")
    blank(p, "Rupees", f"{bare_words(j.amount)} only")
    h269.ticks(p, ["Cash", "Bank"], 0, method="cash", status=status)
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.0, amount=j.amount)
    h289.revenue(p)
    sig(p)
    p.add("right", "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


IMC = "Imphal Municipal Corporation"
IMC_MM = "ꯏꯝꯐꯥꯜ ꯃꯤꯎꯅꯤꯁꯤꯄꯦꯜ ꯀꯣꯔꯄꯣꯔꯦꯁꯟ"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues, the authority paid as printed: Imphal Municipal Corporation's trade
    licence renewal e-receipt under its Meetei Mayek name (Receipt No. and Date, Licence No. and Ward, Trade
    and Licensee, Amount Paid and Payment Mode, Transaction ID, Bank Ref No. and Status two pairs to a row in
    a table ruled on every side); the Taxation Department's profession tax e-payment failed on a tinted band
    (the reason in a notice; PTEC No., Tax Period, Amount, Bank, Transaction ID, Attempted on in dot
    leaders); the Manipur ILP app with Inner Line Permits paid for a visiting design team ("Today, <hour>";
    the Home Department under the app's bar; Application No., Permit, Visitors, Transaction ID, Paid via as
    label and value on a line; no day); the Income Tax Department's advance tax Challan Receipt under its
    Hindi name (PAN, Name, Assessment Year, Major Head, Minor Head, Amount, CIN, Mode of Payment, Bank Name,
    Bank Reference Number, Date of Deposit, Challan No. on hairline rows); ESIC's contribution challan under
    its Hindi name (a striped table: Employer Code, Employer Name, Challan Period, Challan Number, Amount
    Paid, Transaction Number, Transaction Date, Bank, Transaction Status); the Department of Tourism's MONEY
    RECEIPT for the Sangai Festival stall from its book (No. left blank; Date, Received from, on account of
    written in; the sum in a box; "in cash"; an oval stamp; no reference); GeM's caution money paid under a
    large tick (each value over its label: Seller ID, Amount, Payment Mode, Transaction ID, Payment Date);
    the Forest Department's transit pass fee for cane pending at the bank (a capsule, a notice; labels small
    over their values two to a row: TP Application No. and Produce, Fee and Mode, Transaction Ref. No. and
    Initiated on). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=500, high=30000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([1200, 1500, 2000, 2500]))
        p = browser_page(rng, font, "imc.manipur.gov.in/tradelicence/receipt")
        p.part = "head"
        mm_line(p, IMC_MM, scale=1.05, bold=True)
        name = pick(p, "title", [IMC, "IMC, Imphal"])
        top(p, name, merchant=name)
        p.add("small", "Trade licence renewal  |  Online e-receipt")
        p.add("rule")
        p.part = "body"
        rno = f"IMC/TL/{fy(j.date)}/{digits(rng, 5)}"
        tid = f"IMCTL{digits(rng, 11)}"
        bref = str(digits(rng, 12))
        grid(
            p,
            "im",
            [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")],
            None,
            [
                (
                    ["Receipt No.", rno, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (
                    [
                        "Licence No.",
                        f"IMC/TL/{rng.randrange(1000, 9999)}",
                        "Ward",
                        f"Ward {rng.randrange(1, 27)}",
                    ],
                    {},
                ),
                (["Trade", "Handicraft showroom", "Licensee", OWNER_CAPS], {}),
                (
                    ["Amount Paid", rs(j.amount), "Payment Mode", "Net Banking"],
                    {"amount": j.amount, "method": "netbanking"},
                ),
                (["Transaction ID", tid, "Bank", "Punjab National Bank"], {"txn": (TXN_RANK, tid)}),
                (["Bank Ref No.", bref, "Status", "Success"], {"txn": (BANK_RANK, bref), "status": status}),
            ],
            tint=(232, 236, 244),
        )
        p.add("small", f"Premises: {SHOP}, {SHOP_AT}")
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([1250, 2500]))
        p = browser_page(rng, font, "taxation.manipur.gov.in/ptax/epayment/status")
        p.part = "head"
        name = pick(
            p, "title", ["Taxation Department, Government of Manipur", "Taxation Department, Manipur"]
        )
        top(p, name, merchant=name)
        p.add("small", "Profession Tax  |  e-Payment")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        note(
            p,
            "The bank did not confirm this payment (transaction declined at the bank). Any amount debited will "
            "be refunded by the bank; please make a fresh payment.",
            "error",
        )
        tid = f"PT{digits(rng, 13)}"
        dots(p, "PTEC No.", f"PTEC/IW/{rng.randrange(1000, 9999)}", at=0.36)
        dots(p, "Tax Period", f"20{fy(j.date)}", at=0.36)
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Bank", "Punjab National Bank (Net Banking)", at=0.36, method="netbanking")
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 2:
        n = rng.randrange(2, 5)
        j.amount = float(n * 100)
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Download permits",))
        band(p, (0, 90, 70))
        app_head(p, "Manipur ILP", "Inner Line Permit  |  Visitors")
        name = pick(p, "center", ["Home Department, Government of Manipur", "Home Department, Manipur"])
        p.add("center", name, merchant=name)
        h287.tile(p, status)
        p.add("center", "Permit fee paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        tid = f"ILP{digits(rng, 12)}"
        p.pair("Application No.", f"ILP/MN/{digits(rng, 8)}")
        p.pair("Permit", "Temporary, 15 days")
        p.pair("Visitors", f"{n} (design team, Kauna House)")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid via", "UPI", method="UPI")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(60, 400) * 100)
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hindi(p, "आयकर विभाग", scale=1.15, bold=True)
        top(p, "Income Tax Department", merchant="Income Tax Department")
        p.add("small", "Government of India  |  e-Pay Tax")
        p.add("rule")
        p.add("center", "Challan Receipt  (ITNS 280)")
        p.part = "body"
        ay = j.date.year + (1 if j.date.month >= 4 else 0)
        cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}"
        brn = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        cno = f"{rng.randrange(10000, 99999)}"
        h269.kind(p, "it", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line")
        for label, value, facts in [
            ("PAN", PAN[:2] + "XXXXX" + PAN[-3:], {}),
            ("Name", OWNER_CAPS, {}),
            ("Assessment Year", f"{ay}-{(ay + 1) % 100:02d}", {}),
            ("Major Head", "Income Tax (Other than Companies) (0021)", {}),
            ("Minor Head", "Advance Tax (100)", {}),
            ("Amount (in Rs.)", rs(j.amount), {"amount": j.amount, "status": status}),
            ("CIN", cin, {"txn": (TXN_RANK, cin)}),
            ("Mode of Payment", "Net Banking", {"method": "netbanking"}),
            ("Bank Name", "Punjab National Bank", {}),
            ("Bank Reference Number", brn, {"txn": (BANK_RANK, brn)}),
            ("Date of Deposit", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), {"date": j.date}),
            ("Challan No.", cno, {"txn": (INVOICE_RANK, cno)}),
        ]:
            h269.row(p, "it", label, clip(value, 44), **facts)
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "www.esic.gov.in/EmployerPortal/ChallanReceipt")
        p.part = "head"
        hindi(p, "कर्मचारी राज्य बीमा निगम", scale=1.05, bold=True)
        name = pick(p, "title", ["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment  |  Contribution challan")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(4000, 16000))
        chno = f"{digits(rng, 13)}"
        tno = f"{digits(rng, 16)}"
        zebra(
            p,
            "es",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Challan details", ""],
            [
                (["Employer Code", str(digits(rng, 17))], {}),
                (["Employer Name", FIRM_CAPS], {}),
                (["Challan Period", j.month(1)], {}),
                (["Challan Number", chno], {"txn": (INVOICE_RANK, chno)}),
                (["Amount Paid", rs(j.amount)], {"amount": j.amount}),
                (["Transaction Number", tno], {"txn": (TXN_RANK, tno)}),
                (["Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Bank", "State Bank of India (Internet Banking)"], {"method": "netbanking"}),
                (["Transaction Status", "Success"], {"status": status}),
            ],
            (40, 80, 140),
        )
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([8000, 10000, 12000]))
        j.date = SANGAI - dt.timedelta(days=rng.randrange(6, 24))
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(246, 246, 236), (250, 246, 234)])
        same_pen(p)
        p.part = "head"
        name = pick(p, "title", ["DEPARTMENT OF TOURISM, MANIPUR", "TOURISM DEPARTMENT, MANIPUR"])
        top(p, name, merchant=name)
        p.add("small", "Manipur Sangai Festival 2026  |  Hapta Kangjeibung, Imphal")
        p.add("center", "MONEY RECEIPT")
        p.part = "body"
        p.add("left", "No. ...............")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "Received from", "Kauna House, Paona Bazar")
        blank(p, "on account of", "Stall No. 31, Crafts Pavilion")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.0, amount=j.amount)
        write(p, "in cash", method="cash", status=status)
        h287.oval(p, ["SANGAI FESTIVAL 2026", "TOURISM", "MANIPUR"], "violet", at=0.5, rows_=4)
        sig(p)
        p.add("right", "Cashier")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([5000, 10000]))
        p = browser_page(rng, font, "admin-mkp.gem.gov.in/seller/caution-money/receipt")
        p.part = "head"
        name = pick(p, "title", ["Government e-Marketplace", "GeM"])
        top(p, name, merchant=name)
        p.add("small", "Seller registration  |  Caution money")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        tid = f"GEMCM{digits(rng, 11)}"
        vlab(p, "Seller ID", f"GEMS{code(rng, 3, UPPER)}{digits(rng, 6)}", bold=False)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Payment Mode", "Net Banking (PNB)", bold=False, method="netbanking")
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), bold=False, date=j.date)
        return p.done()
    j.amount = float(rng.choice([400, 600, 800, 1200]))
    p = browser_page(rng, font, "forest.manipur.gov.in/transitpass/payment/status")
    p.part = "head"
    name = pick(p, "title", ["Forest Department, Government of Manipur", "Forest Department, Manipur"])
    top(p, name, merchant=name)
    p.add("small", "Transit Pass for forest produce  |  Online fee")
    p.add("rule")
    p.part = "body"
    p.add("left", "Fee payment status")
    chip(p, "Pending at bank", status)
    note(
        p,
        "The bank has not confirmed this payment yet. The transit pass will be issued once the bank's "
        "confirmation is received.",
        "warn",
    )
    tref = f"FTP{digits(rng, 12)}"
    two_up(p, "fd1", ("TP Application No.", f"TP/JRB/{digits(rng, 6)}"), ("Produce", "Cane, 40 bundles"))
    two_up(
        p, "fd2", ("Fee", rs(j.amount)), ("Mode", "Net Banking (SBI)"), amount=j.amount, method="netbanking"
    )
    two_up(
        p,
        "fd3",
        ("Transaction Ref. No.", tref),
        ("Initiated on", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])),
        txn=(TXN_RANK, tref),
        date=j.date,
    )
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, after "to", under its app's bar or named in its message: Go
    Digit's motor renewal payment failed for the firm's pickup under a badge's cross (the reason in a notice;
    Policy No., Premium (incl. GST), Payment ID, Payment method, Attempted on at the left and the right);
    Star Health's app with the proprietor's family floater premium paid ("Today, <hour>"; the insurer under
    the app, a large tick, the sum; Policy No. and UPI Ref No. in tiles; no day); the Oriental Insurance
    Company's PREMIUM RECEIPT under its Hindi name for the reed godown's fire policy (Receipt No., Receipt
    Date, Insured, Risk Location, Sum Insured, Net Premium, CGST 9%, SGST 9%, Total Premium against a gutter;
    "Premium received by NEFT, UTR ..."); LIC's premium paid receipt under its Hindi name (a striped table:
    Receipt No., Policy No., Plan, Mode, Due Date, Premium, Late Fee, Total Amount, Transaction ID, Paid on,
    Payment Mode); Niva Bupa's renewal with the payment under process (a capsule, the sum, "to <insurer>",
    its stages left to right, a notice; Proposal No., Transaction ID, Initiated on, Mode at the left and the
    right); Bajaj General's mail of the showroom's shopkeeper's policy issued (its sentence; Policy No.,
    Product, Premium (incl. GST), Payment Reference, Payment Date, Payment Mode in a table ruled on every
    side); ICICI Lombard's SMS of a renewal premium received ("Dear Customer, we have received Rs.x towards
    renewal of your policy ... on <day> by UPI."; no reference); PNB MetLife's premium receipt mail (its
    sentence; Receipt Number, Policy Number, Premium Amount, Payment Mode, Bank Reference No., Receipt Date in
    dot leaders). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(0,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=2400, high=60000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "www.godigit.com/motor-insurance/renewal/payment-status")
        p.part = "head"
        name = pick(p, "title", ["Go Digit General Insurance Ltd.", "Go Digit General Insurance"])
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Commercial vehicle renewal  |  MN01{code(rng, 2, UPPER)}{rng.randrange(1000, 9999)} (Mahindra Bolero Pik-Up)",
        )
        p.add("rule")
        p.part = "body"
        h287.burst(p, status)
        p.add("center", "Payment failed", status=status)
        note(
            p,
            "Your card issuer declined this payment (3-D Secure authentication failed). Your policy is not "
            "renewed yet; please try again.",
            "error",
        )
        pid = f"DIGIT{digits(rng, 12)}"
        kvr(p, "Policy No.", f"D{digits(rng, 9)}")
        kvr(p, "Premium (incl. GST)", rs(j.amount), amount=j.amount)
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Payment method", f"Debit card XX{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("View policy",))
        band(p, (0, 70, 140))
        app_head(p, "Star Health", "Renew policy")
        name = pick(p, "center", ["Star Health and Allied Insurance Co. Ltd.", "Star Health Insurance"])
        p.add("center", name, merchant=name)
        sicon(p, status)
        p.add("center", "Premium paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("gap")
        tiles2(
            p,
            ("Policy No.", f"P/{digits(rng, 6)}/01/{digits(rng, 6)}"),
            ("UPI Ref No.", j.ref),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        p.add("small", "Family Health Optima  |  Sum insured Rs. 10 lakh")
        return p.done()
    if k == 2:
        net = round(j.amount / 1.18, 2)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hindi(p, "दि ओरिएंटल इंश्योरेंस कंपनी लिमिटेड", scale=1.0, bold=True)
        name = pick(p, "title", ["The Oriental Insurance Company Ltd.", "Oriental Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Imphal  |  Standard Fire and Special Perils Policy")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        rno = f"{digits(rng, 6)}/{j.date:%Y}/{rng.randrange(1000, 9999)}"
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Insured", FIRM, {}),
            ("Risk Location", "Reed godown, Wangoi, Imphal West", {}),
            ("Sum Insured", rs(float(rng.randrange(8, 40) * 100000)), {}),
            ("Net Premium", num(net), {}),
            ("CGST 9%", num(gst), {}),
            ("SGST 9%", num(gst), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
        ]:
            gutter(p, "or", label, value, at=0.34, **facts)
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        p.add("gap")
        p.add(
            "left",
            f"Premium received by NEFT, UTR {utr}",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        sig(p)
        p.add("right", "Authorised Signatory")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(80, 600) * 50)
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hindi(p, "भारतीय जीवन बीमा निगम", scale=1.15, bold=True)
        name = pick(p, "title", ["Life Insurance Corporation of India", "LIC of India"])
        top(p, name, merchant=name)
        p.add("small", "Branch Office Imphal  |  Premium Paid Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"{digits(rng, 3)}{digits(rng, 9)}"
        tid = f"LIC{digits(rng, 14)}"
        zebra(
            p,
            "lc",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Receipt details", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Policy No.", str(digits(rng, 9))], {}),
                (["Plan", "New Jeevan Anand (915)"], {}),
                (["Mode", "Yearly"], {}),
                (["Due Date", when(earlier(rng, j, 2, 25), "%d/%m/%Y")], {}),
                (["Premium", num(j.amount)], {}),
                (["Late Fee", "0.00"], {}),
                (["Total Amount", rs(j.amount)], {"amount": j.amount, "status": status}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Paid on", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Payment Mode", "UPI"], {"method": "UPI"}),
            ],
            (20, 70, 150),
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Go to home",))
        band(p, (0, 88, 170))
        app_head(p, "Niva Bupa", "Health insurance  |  Renewal")
        chip(p, "Payment under process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to Niva Bupa Health Insurance", merchant="Niva Bupa Health Insurance")
        track(p, ["Paid", "Bank confirms", "Renewed"], "dp-")
        note(
            p, "Please don't pay again. Your cover continues while we wait for your bank to confirm.", "warn"
        )
        tid = f"NB{digits(rng, 14)}"
        kvr(p, "Proposal No.", f"PR{digits(rng, 10)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Mode", "UPI", method="UPI")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 3800, 14000, 0.3)
        p = mail_page(
            rng, font, "Bajaj General Insurance <policy@bajajgeneral.in>", ["Your policy is issued"]
        )
        p.part = "head"
        name = pick(p, "title", ["Bajaj General Insurance Limited", "Bajaj General Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(
            p,
            "Thank you for your payment. Your shopkeeper's policy for Kauna House is issued and attached.",
            status=status,
        )
        p.add("gap")
        pref = f"BG{digits(rng, 12)}"
        grid(
            p,
            "bj",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Policy No.", f"OG-27-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 8)}"], {}),
                (["Product", "Shopkeeper's Package Policy"], {}),
                (["Premium (incl. GST)", rs(j.amount)], {"amount": j.amount}),
                (["Payment Reference", pref], {"txn": (TXN_RANK, pref)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
                (["Payment Mode", "Net Banking"], {"method": "netbanking"}),
            ],
            tint=(230, 238, 246),
        )
        p.add("small", "Bajaj General Insurance Limited, Pune. Please do not reply to this mail.")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 3000, 22000, 0.5)
        text = (
            f"Dear Customer, we have received Rs.{num(j.amount)} towards renewal of your policy "
            f"4001/{digits(rng, 8)}/00/000 on {when(j.date, '%d-%m-%Y')} by UPI. Thank you for choosing ICICI "
            "Lombard."
        )
        p = sms_page(rng, font, "VM-ICICIL", text, j.date)
        p.add(
            "left", text, merchant="ICICI Lombard", amount=j.amount, date=j.date, method="UPI", status=status
        )
        return p.done()
    p = mail_page(rng, font, "PNB MetLife <customer.service@pnbmetlife.co.in>", ["Premium receipt"])
    p.part = "head"
    name = pick(p, "title", ["PNB MetLife India Insurance Co. Ltd.", "PNB MetLife"])
    top(p, name, merchant=name)
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {PROP},")
    para(p, "We acknowledge receipt of your renewal premium. Your policy continues in force.", status=status)
    p.add("gap")
    rno = f"R{digits(rng, 11)}"
    bref = f"{digits(rng, 12)}"
    dots(p, "Receipt Number", rno, at=0.4, txn=(INVOICE_RANK, rno))
    dots(p, "Policy Number", str(digits(rng, 8)), at=0.4)
    dots(p, "Premium Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
    dots(p, "Payment Mode", "Net Banking", at=0.4, method="netbanking")
    dots(p, "Bank Reference No.", bref, at=0.4, txn=(BANK_RANK, bref))
    dots(p, "Receipt Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), at=0.4, date=j.date)
    p.add("gap")
    p.add("small", "PNB MetLife India Insurance Company Limited, Gurugram.")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("KAUNA HOUSE", "PAONA BAZAR, IMPHAL", "HDFC BANK", "hdfc"),
    ("HOTEL NANDINI GRAND", "G.S. ROAD, GUWAHATI", "AXIS BANK", "axis"),
    ("AIR INDIA LTD", "Gurugram", "OneCard", "cardapp"),
    ("MANIPUR FILLING STATION", "TIDDIM ROAD, IMPHAL", "STATE BANK OF INDIA", "declined"),
    ("KAUNA HOUSE - SANGAI FESTIVAL", "HAPTA KANGJEIBUNG, IMPHAL", "Razorpay POS", "ezetap"),
    ("HOTEL LAKE VIEW RESIDENCY", "Southern Avenue, Kolkata - 700029", "", "folio"),
    ("LIFELINE MEDICOS", "RIMS ROAD, IMPHAL", "BANK OF BARODA", "pending"),
    ("Travel Club Lounge", "Kolkata Airport, IN", "Apple Wallet", "wallet"),
]


def slipline(p: Screen, label: str, value: str, pad: int = 10, **facts) -> None:
    """A slip's line: the label padded to a column, a colon, the value (a terminal's print)."""
    text = f"{label:<{pad}}: {value}"
    if not fits(p, text):
        text = f"{label}: {value}"
    p.add("left", text, **facts)


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's and the stall's terminals and the firm's card elsewhere: HDFC Bank's slip at
    Kauna House (its fields after a colon's column: DATE/TIME, MID, TID, BATCH NUM and ROC on a line, CARD
    NUM, EXP DATE, CARD TYPE, TXN TYPE, AUTH CODE, RRN, SALE AMOUNT; APPROVED, PIN VERIFIED OK); Axis Bank's
    slip at a Guwahati hotel (DATE and TIME, MID and TID, BATCH and INV two to a line; CARD, APPR CODE, RRN,
    AMOUNT; APPROVED); OneCard's app with a spend on the firm's card at an airline ("Today, <hour>"; the
    merchant's line and its town, the sum; Card, Reference No., Auth code, Reward points at the left and the
    right; no day); State Bank of India's slip at an Imphal fuel station DECLINED (55 INCORRECT PIN); Razorpay
    POS' (Ezetap's) print at the Sangai Festival stall in the festival's days (DATE, TIME, MID, TID, INVOICE,
    CARD, AUTH, RRN, TOTAL; APPROVED, Powered by Razorpay); a Kolkata hotel's guest folio settled by card
    (Folio No., Guest, Room, Arrival and Departure; the nights' tariff, CGST 2.5%, SGST 2.5%, laundry, Total;
    "Settled by Card ... Auth ...", "Settled on <day>"); Bank of Baroda's slip at an Imphal pharmacy with no
    answer from its host (HOST NOT REACHABLE, TXN STATUS PENDING, DO NOT RE-SWIPE - VERIFY WITH BANK); Apple
    Wallet's record of a tap paid at an airport lounge (the merchant, the sum, Approved, the day and hour,
    the card and Contactless; no reference). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=600, high=48000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "ezetap":
        shift(j, rng, SANGAI + dt.timedelta(days=rng.randrange(0, 10)))
    if layout in ("declined", "pending", "wallet"):
        j.amount = rupees(rng, 600, 6500, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    mark = mark_of(font)
    if layout == "wallet":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=())
        ios(p)
        p.part = "body"
        p.add("small", "Wallet")
        p.add("gap")
        p.add("center", name, merchant=name)
        p.add("small", town)
        p.add("big", f"{mark}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Approved", status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        p.add("rule")
        kvr(
            p, "Card", f"HDFC Bank {scheme.title()} {sign(font, chr(0x2022), '*') * 4} {last4}", method="card"
        )
        kvr(p, "Type", "Contactless")
        p.add("small", "Apple Pay")
        return p.done()
    if layout == "cardapp":
        p = phone(rng, font, k, ["", "Transaction details"], dark=True, buttons=("Need help?",))
        app_head(p, "OneCard", "Transactions")
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("center", name, merchant=name)
        p.add("small", f"{town}, IN")
        p.add("big", f"{mark}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("center", "Transaction successful", status=status)
        p.add("rule")
        ref = f"{digits(rng, 12)}"
        kvr(p, "Card", f"XXXX {last4}", method="card")
        kvr(p, "Reference No.", ref, txn=(TXN_RANK, ref))
        kvr(p, "Auth code", appr, txn=(APPR_RANK, appr))
        kvr(p, "Reward points", f"+{int(j.amount // 100)}")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6 and layout != "folio":
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs. {v:.2f}"

    if layout == "folio":
        nights = rng.randrange(2, 5)
        tariff = float(rng.choice([3200, 3800, 4500, 5200]))
        room = nights * tariff
        gst = round(room * 0.025, 2)
        laundry = float(rng.choice([0, 180, 240, 360]))
        j.amount = round(room + 2 * gst + laundry, 2)
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", town)
        p.add("small", f"GSTIN {gstin_of(rng, '19', 'F')}")
        p.part = "body"
        p.add("center", "GUEST FOLIO")
        p.add("rule")
        fno = str(rng.randrange(12000, 49999))
        slipline(p, "Folio No.", fno, txn=(INVOICE_RANK, fno))
        slipline(p, "Guest", SON)
        slipline(p, "Room", str(rng.randrange(101, 420)))
        arrive = j.date - dt.timedelta(days=nights)
        slipline(p, "Arrival", when(arrive, "%d/%m/%y"))
        slipline(p, "Departure", when(j.date, "%d/%m/%y"))
        p.add("rule")
        p.pair(f"Room tariff {nights} x {num(tariff, 'plain', 0)}", f"{room:.2f}")
        p.pair("CGST 2.5%", f"{gst:.2f}")
        p.pair("SGST 2.5%", f"{gst:.2f}")
        if laundry:
            p.pair("Laundry", f"{laundry:.2f}")
        p.add("rule")
        p.pair("Total", fmt(j.amount), amount=j.amount)
        p.add("left", f"Settled by Card ({scheme} XX{last4})", method="card", status=status)
        p.add("left", f"Auth code {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"Settled on {when(j.date, '%d/%m/%Y')}", date=j.date)
        p.add("small", "Thank you for staying with us")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "hdfc":
        p.add("center", "SALE")
        p.add("rule")
        slipline(p, "DATE/TIME", f"{when(j.date, '%d/%m/%Y')} {t[:5]}", date=j.date)
        slipline(p, "MID", mid[:12])
        slipline(p, "TID", tid)
        p.add("left", f"BATCH NUM: {batch[-4:]}  ROC: {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        slipline(p, "CARD NUM", f"XXXX XXXX XXXX {last4}", method="card")
        slipline(p, "EXP DATE", "XX/XX")
        slipline(p, "CARD TYPE", scheme)
        slipline(p, "TXN TYPE", "SALE (CHIP)")
        slipline(p, "AUTH CODE", appr, txn=(APPR_RANK, appr))
        slipline(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("SALE AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK. SIGNATURE NOT REQUIRED")
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "axis":
        p.add("center", "SALE")
        p.add("rule")
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "ax", spec, f"DATE: {when(j.date, '%d-%m-%Y')}", f"TIME: {t[:5]}", date=j.date)
        cols(p, "ax", spec, f"MID: {mid[:12]}", f"TID: {tid}")
        cols(p, "ax", spec, f"BATCH: {batch[-4:]}", f"INV: {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"CARD: {scheme} XXXX{last4} CHIP", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "THANK YOU. PLEASE VISIT AGAIN")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} **** **** {last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "55 INCORRECT PIN")
        p.add("small", "NO AMOUNT DEBITED")
    elif layout == "ezetap":
        p.add("center", "CARD SALE")
        p.add("rule")
        slipline(p, "DATE", when(j.date, "%d %b %Y").upper(), pad=8, date=j.date)
        slipline(p, "TIME", t[:5], pad=8)
        slipline(p, "MID", mid[:10], pad=8)
        slipline(p, "TID", tid, pad=8)
        slipline(p, "INVOICE", inv[-6:], pad=8, txn=(INVOICE_RANK, inv[-6:]))
        slipline(p, "CARD", f"{scheme} **{last4} TAP", pad=8, method="card")
        slipline(p, "AUTH", appr, pad=8, txn=(APPR_RANK, appr))
        slipline(p, "RRN", j.ref, pad=8, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "Powered by Razorpay")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DT: {when(j.date, '%d/%m/%Y')}  TM: {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("BATCH NO", batch[-4:])
        p.pair("INVOICE NO", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "HOST NOT REACHABLE")
        p.add("center", "TXN STATUS PENDING", status=status)
        p.add("small", "DO NOT RE-SWIPE - VERIFY WITH BANK")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


MSPDCL = "Manipur State Power Distribution Company Ltd."


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The weaving centre's and the showroom's bills: MSPDCL's app with the centre's smart prepaid meter
    recharge pending (the discom under the app, a capsule, the sum, a notice; Meter No., Consumer No.,
    Transaction ID, Initiated on, Paid via at the left and the right); Airtel Thanks with the showroom's
    postpaid bill paid under a large tick ("for Airtel Postpaid"; labels small over their values two to a
    row: Mobile No. and Bill period, Transaction ID and Paid on); BSNL's Bharat Fibre online payment receipt
    under its Hindi name (Payment Successful; Account No., Telephone No., Bill Period, Amount Paid, Payment
    Mode, Transaction ID, Receipt No., Payment Date in dot leaders); Airtel Digital TV's recharge mail (its
    sentence; Customer ID, Amount, Transaction ID, Recharge date, Payment mode, Valid till on hairline rows);
    Bajaj Finserv's Bharat BillPay payment of the showroom's electricity bill failed on a tinted band (the
    reason in a notice; Biller, Category, Consumer No., Amount, BBPS Txn Ref ID, Payment mode, Attempted on
    in shaded labels); Imphal Municipal Corporation's solid waste user charge receipt from its book under its
    Meetei Mayek name (No. left blank; Date, Name, Period written in; the sum in a box; "cash"; an oval stamp; no
    reference); HP Pay's HP Gas refill paid (a large tick, the sum, "for HP Gas"; each value over its label:
    Booking No., Consumer No., Transaction ID, Paid on); MyJio's prepaid recharge for the showroom's phone
    under a tile's tick ("Today, <hour>"; "for Jio Prepaid"; Plan and Jio Number, Transaction ID and Paid via
    in tiles; no day). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=300, high=14000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 3000]))
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Check status",))
        band(p, (0, 100, 60))
        app_head(p, "MSPDCL", "Smart prepaid meter  |  Recharge")
        name = pick(p, "center", [MSPDCL, "MSPDCL, Manipur"])
        p.add("center", name, merchant=name)
        chip(p, "Recharge pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        note(
            p,
            "We are waiting for your bank to confirm the payment. The meter will be credited and the token "
            "sent by SMS once it is confirmed.",
            "warn",
        )
        tid = f"MSP{digits(rng, 13)}"
        kvr(p, "Meter No.", f"MN{digits(rng, 9)}")
        kvr(p, "Consumer No.", str(digits(rng, 10)))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([499, 599, 749, 999, 1199]))
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (228, 0, 18))
        app_head(p, "Airtel Thanks", "Postpaid  |  Pay bill")
        sicon(p, status)
        p.add("center", "Bill paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Airtel Postpaid", merchant="Airtel Postpaid", method="UPI")
        p.add("gap")
        tid = f"AT{digits(rng, 14)}"
        two_up(
            p, "at1", ("Mobile No.", f"98{digits(rng, 2)}XXXX{digits(rng, 2)}"), ("Bill period", j.month(1))
        )
        two_up(
            p,
            "at2",
            ("Transaction ID", tid),
            ("Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])),
            txn=(TXN_RANK, tid),
            date=j.date,
        )
        p.add("small", "Paid via UPI  |  Kauna House, Paona Bazar")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([589, 799, 999, 1277, 1499]))
        p = browser_page(rng, font, "selfcare.bsnl.co.in/payment/receipt")
        p.part = "head"
        hindi(p, "भारत संचार निगम लिमिटेड", scale=1.05, bold=True)
        name = pick(p, "title", ["Bharat Sanchar Nigam Limited", "BSNL"])
        top(p, name, merchant=name)
        p.add("small", "Bharat Fibre  |  Online payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment Successful", status=status)
        tid = f"BSNL{digits(rng, 12)}"
        rno = f"RC{digits(rng, 10)}"
        dots(p, "Account No.", str(digits(rng, 10)), at=0.38)
        dots(p, "Telephone No.", f"0385-{digits(rng, 7)}", at=0.38)
        dots(p, "Bill Period", j.month(1), at=0.38)
        dots(p, "Amount Paid", rs(j.amount), at=0.38, bold=True, amount=j.amount)
        dots(p, "Payment Mode", f"Debit Card XX{digits(rng, 4)}", at=0.38, method="card")
        dots(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        dots(p, "Receipt No.", rno, at=0.38, txn=(INVOICE_RANK, rno))
        dots(p, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.38, date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([349, 429, 525, 650]))
        p = mail_page(
            rng, font, "Airtel <noreply@airtel.com>", ["Your Airtel Digital TV recharge is successful"]
        )
        p.part = "head"
        top(p, "Airtel Digital TV", merchant="Airtel Digital TV")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"We have received {rs(j.amount)} for your Airtel Digital TV connection. Happy viewing!",
            status=status,
        )
        p.add("gap")
        tid = f"ADTV{digits(rng, 12)}"
        h269.kind(p, "dt", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "line", bold=(1,))
        for label, value, facts in [
            ("Customer ID", str(digits(rng, 10)), {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Recharge date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), {"date": j.date}),
            ("Payment mode", "UPI", {"method": "UPI"}),
            ("Valid till", when(j.date + dt.timedelta(days=30), "%d %b %Y"), {}),
        ]:
            h269.row(p, "dt", label, value, **facts)
        p.add("small", "Bharti Airtel Limited. This is an automated mail; please do not reply.")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Retry",))
        band(p, (0, 94, 170))
        app_head(p, "Bajaj Finserv", "Bill payments  |  Bharat BillPay")
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "The biller did not confirm the payment and the bank reversed it. If any amount was debited it "
            "will be refunded in 3 working days.",
            "error",
        )
        bid = f"BB0{digits(rng, 11)}"
        name = pick(p, "pair", [MSPDCL, "MSPDCL"])
        kv(p, "Biller", name, at=0.36, merchant=name)
        kv(p, "Category", "Electricity (postpaid)", at=0.36)
        kv(p, "Consumer No.", str(digits(rng, 10)), at=0.36)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "BBPS Txn Ref ID", bid, at=0.36, txn=(TXN_RANK, bid))
        kv(p, "Payment mode", "UPI", at=0.36, method="UPI")
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([300, 450, 600, 900]))
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(246, 244, 232), (250, 248, 236)])
        same_pen(p)
        p.part = "head"
        mm_line(p, IMC_MM, scale=0.95, bold=True)
        top(p, "IMPHAL MUNICIPAL CORPORATION", merchant="IMPHAL MUNICIPAL CORPORATION")
        p.add("small", "Solid Waste Management  |  User charge")
        p.add("center", "RECEIPT")
        p.part = "body"
        p.add("left", "No. ...............")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Name", "Kauna House, Paona Bazar")
        blank(p, "Period", f"{j.month(3)[:3]} - {j.month(1)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.0, amount=j.amount)
        write(p, "cash", method="cash", status=status)
        h287.oval(p, ["IMPHAL MUNICIPAL CORPN.", "S.W.M.", "WARD 12"], "blue", at=0.5, rows_=4)
        sig(p)
        return p.done()
    if k == 6:
        j.amount = round(rng.uniform(930, 1060), 1)
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Done",))
        band(p, (0, 72, 150))
        app_head(p, "HP Pay", "HP Gas  |  LPG refill")
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for HP Gas", merchant="HP Gas", method="UPI")
        p.add("gap")
        bno = str(digits(rng, 9))
        tid = f"HPP{digits(rng, 13)}"
        vlab(p, "Booking No.", bno, txn=(ORDER_RANK, bno))
        vlab(p, "Consumer No.", str(digits(rng, 6)), bold=False)
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date)
        p.add("small", "Distributor: Sangai Gas Agency, Imphal")
        return p.done()
    j.amount = float(rng.choice([299, 349, 399, 449, 599]))
    p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
    band(p, (15, 60, 170))
    app_head(p, "MyJio", "Recharge")
    h287.tile(p, status)
    p.add("center", "Recharge successful", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", "for Jio Prepaid", merchant="Jio Prepaid")
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("gap")
    tid = f"BR000{code(rng, 7, ALNUM)}"
    tiles2(p, ("Plan", "28 days, 2 GB/day"), ("Jio Number", f"70{digits(rng, 2)}XXXX{digits(rng, 2)}"))
    tiles2(p, ("Transaction ID", tid), ("Paid via", "UPI"), txn=(TXN_RANK, tid), method="UPI")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Punjab National Bank", "VM-PNBSMS", "BARAK VALLEY CANE", "IMPS", "sms"),
    ("UCO Bank", "JD-UCOBNK", "SANAJAOBA HANDLOOM HO", "NEFT", "sms"),
    ("Axis Bank", "", "BRAHMAPUTRA CARTONS", "NEFT", "mail"),
    ("Indian Overseas Bank", "AX-IOBCHN", "NORTH EAST GOLDEN ROA", "IMPS", "sms"),
    ("HDFC Bank", "VM-HDFCBK", "MOIRANGTHEM RAMESHWOR", "UPI", "watch"),
    ("ICICI Bank", "VK-ICICIT", "SANGAI FOAM HOUSE", "NEFT", "sms"),
    ("Federal Bank", "", "THANGA KAUNA PRODUCER", "UPI", "lock"),
    ("Bank of Maharashtra", "BP-MAHABK", "IMPHAL EXPORT PACKERS", "NEFT", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: SMS in Punjab National Bank's ("Your a/c XXXXXXXX1234
    debited INR x on <dd-mm-yy> through IMPS to <PAYEE>. IMPS Ref No ... Avl Bal INR y -PNB"), UCO Bank's
    ("Your A/c XX1234 is debited with Rs.x on <dd-Mon-yyyy> (NEFT to <PAYEE>). Avl Bal Rs.y -UCO Bank"; no
    reference), Indian Overseas Bank's ("IMPS of Rs.x to <PAYEE> on <dd/mm/yyyy> FAILED. RRN ... Amount
    debited, if any, will be reversed. -IOB"), ICICI Bank's ("NEFT of INR x to <PAYEE> initiated on
    <dd-Mon-yy> is pending for credit at the beneficiary bank. UTR ... -ICICI Bank") and Bank of
    Maharashtra's ("Your A/c no XXXXXX1234 debited INR x on <dd/mm/yy> for NEFT-<UTR>-<PAYEE>. Bal INR y
    -Bank of Maharashtra") wordings; Axis Bank's mail ("INR x has been debited from your A/c no. XX1234 on
    <dd-mm-yyyy> towards NEFT to <PAYEE>. UTR: ..."); HDFC Bank's UPI SMS in its lines ("Sent Rs.x", "From
    HDFC Bank A/C *1234", "To <PAYEE>", "On <dd/mm/yy>", "Ref ...", "Not You?") on a smartwatch's face under
    its sender and hour; Federal Bank's notification on a phone's lock screen under its hour ("Rs.x debited
    from A/c XX1234 to <PAYEE> via UPI. UPI Ref ..."; "now"; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
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
        if bank == "Punjab National Bank":
            text = (
                f"Your a/c XXXXXXXX{tail4} debited INR {amt} on {when(j.date, '%d-%m-%y')} through IMPS to {to}. "
                f"IMPS Ref No {utr}. Avl Bal INR {bal} -PNB"
            )
        elif bank == "UCO Bank":
            text = (
                f"Your A/c XX{tail4} is debited with Rs.{amt} on {when(j.date, '%d-%b-%Y')} (NEFT to {to}). "
                f"Avl Bal Rs.{bal} -UCO Bank"
            )
        elif bank == "Indian Overseas Bank":
            text = (
                f"IMPS of Rs.{amt} to {to} on {when(j.date, '%d/%m/%Y')} FAILED. RRN {utr}. Amount debited, if "
                "any, will be reversed. -IOB"
            )
        elif bank == "ICICI Bank":
            text = (
                f"NEFT of INR {amt} to {to} initiated on {when(j.date, '%d-%b-%y')} is pending for credit at the "
                f"beneficiary bank. UTR {utr} -ICICI Bank"
            )
        else:
            text = (
                f"Your A/c no XXXXXX{tail4} debited INR {amt} on {when(j.date, '%d/%m/%y')} for NEFT-{utr}-{to}. "
                f"Bal INR {bal} -Bank of Maharashtra"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "Axis Bank <alerts@axisbank.com>", ["Debit alert: NEFT from your account"])
        p.part = "head"
        top(p, "AXIS BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"INR {amt} has been debited from your A/c no. XX{tail4} on {when(j.date, '%d-%m-%Y')} towards NEFT "
            f"to {to}. UTR: {utr}.",
            **facts,
        )
        p.add("gap")
        para(p, "If you did not make this transaction, please call 1860 419 5555 immediately.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Axis Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "watch":
        p = screen(rng, font, "crop", dark=True, width=rng.choice([360, 380]), size=rng.choice([18, 19]))
        p.style.update({"paper": (0, 0, 0), "ink": (236, 236, 240), "label_ink": (150, 150, 160)})
        on_watch(p)
        p.part = "body"
        cols(p, "wh", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], sender, hhmm(rng, twelve=False), mode="soft")
        p.add("rule")
        p.add("left", f"Sent Rs.{amt}", amount=j.amount, method=method, status=status)
        p.add("left", f"From HDFC Bank A/C *{tail4}")
        p.add("left", f"To {to}", merchant=to)
        p.add("left", f"On {when(j.date, '%d/%m/%y')}", date=j.date)
        p.add("left", f"Ref {utr}", txn=(UTR_RANK, utr))
        p.add("left", "Not You?")
        p.add("small", "Call 18002586161")
        return p.done()
    p = screen(rng, font, "crop", dark=True, width=rng.choice([580, 600]), size=rng.choice([20, 21]))
    p.style["paper"] = rng.choice([(18, 24, 40), (28, 22, 30), (14, 30, 28)])
    p.part = "body"
    p.add("gap")
    h287.clock(p, hhmm(rng, twelve=False))
    p.add("gap")
    c = card_open(p)
    cols(p, "ls", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "Federal Bank", "now")
    para(p, f"Rs.{amt} debited from A/c XX{tail4} to {to} via UPI. UPI Ref {utr}. -Federal Bank", **facts)
    card_close(p, c)
    p.add("gap")
    p.add("gap")
    p.add("small", "Swipe up to unlock")
    return p.done()

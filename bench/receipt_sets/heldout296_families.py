"""The twelve heldout296 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a namda karkhana's year of 2026 in Purani Tonk, Rajasthan (Noorani Namda Udyog,
Mohd. Idris Mansoori's proprietary firm, whose felt makers card the wool, lay it out on a reed mat in layers,
sprinkle it with soap water, roll the mat and press it under their forearms and feet till the fibres lock into
felt, and whose women chain-stitch flowers, vines and paisleys on it in dyed wool or lay dyed wool into it
before it is pressed; its namda rugs, round rugs, prayer mats, yoga mats, coasters, table mats, tote bags,
laptop sleeves, ball garlands, felt toys and wall hangings; its karkhana, Noorani Namda Karkhana in Mohalla
Kafila; its shop in Ghantaghar Bazaar, Namda Ghar; stall 24 in Lokrang's crafts bazaar at the Jawahar Kala
Kendra, Jaipur; the web shop namdaghar.in; buyers at home and abroad), told by the proofs of payment it
receives (buyers' Google Pay, super.money, Groww, Kotak, Tata Neu, IDFC FIRST Bank and YES BANK IRIS screens
and Google Pay for Business on the shop's phone; Rajasthali's SAP advice, ERPNext, Open, Google Chat, BUSY,
IDBI Bank's corporate banking, IFMS Rajasthan's Pay Manager and a hotel's debit voucher; Wells Fargo, Lloyds,
Rabobank, Handelsbanken, CommBank, Danske Bank, Scotiabank and OCBC; its own GimBooks invoice, Easebuzz,
Instagram's messages, the Lokrang stall's roll, a custom order form, PayU's mail, Instamojo and a money
receipt) and those it makes (a Bikaner wool commission agent's kachcha bill, a dye house's invoice, IndiaMART,
Moglix, Porter, India Post, a packaging maker's continuous stationery and Flipkart Wholesale; Cent Mobile, BOI
Mobile Omni Neo, IDBI GO Mobile+, Rajasthan Gramin Bank's NEFT form, Jana Bank, RBL MoBank, Airtel Payments
Bank and YES BANK NetBanking; a felt making account, an embroiderer's Hindi receipt, Saral PayPack's payslip,
MobiKwik, Google Pay in Hindi, mBandhan, Freecharge and Jupiter; GRAS, the Trade Marks Registry, e-Mitra,
Nagar Parishad Tonk, EPCH, the Rajasthan Payment Platform, DGFT and mParivahan; eight insurers; cards on the
shop's, the stall's and the phone's terminals and at two hotels, a fuel station, a restaurant and a sweet
shop; JVVNL, Vi, Tata Play, Indane, the PHED, Excitel, a JVVNL counterfoil and Dish TV; the banks' SMS, a
Hindi SMS, a mail and an app's notification inbox). Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the units' lines,
salutations, Hindi lines (but a bank's SMS in Hindi, an app set to Hindi and a Hindi hand's sums and
"received", whose figures, payee and words carry the facts), items, bills, counts, rates, sizes, weeks, GST,
TDS, GST-TDS, mandi fees, loading, tips, fees, charges, balances, sums assured, estimates and balances due,
periods, months, bill months, financial years, invoice, bill, due and next-due days, account, policy,
proposal, application, membership, consumer, customer, subscriber, K, VC, vehicle, article, employee, vendor,
token and bill numbers, e-challan numbers, IECs, PAN, GSTIN, Udyam numbers, IFSC, SWIFT/BIC codes, UPI IDs,
budget heads, trade marks, other notifications and chats, namdas, felt strips, shields, tiles, stages,
notices, swatches, stamps, signatures, wisps of wool and sprocket holes carry no fact. ``Job`` is
heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page``
heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``,
``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits``
heldout14's; heldout269's rows (``cols``, ``zebra``, ``kv``, ``kvr``, ``total``, ``sms_page``, a tinted
outcome band, tick boxes, boxes filled in by hand, a QR code, a roll's torn edges), heldout271's (``grid``,
``gkv``, ``colkv``, ``dots``, ``tt``, filled-in and hand-written lines, a sum in a box, stages top to bottom,
rounded cards, a rectangular stamp), heldout273's (``hcells``, ``ledger``, ``bubble``, ``pill``, ``track``),
heldout275's (``sig``, ``divider``, ``gutter``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``,
``at_hour``, ``two_up``, a spinner), heldout287's (Devanagari lines and hand, ``notice``, ``tile``, ``burst``,
``oval``, ``tiles2``, ``vlab``, ``vname``, ``copyrow``) and heldout289's (``chip``, ``steps``, a PAID mark),
written in this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout295's),
each page's rows drawn by heldout289's ``_render`` (and the renderers beneath it) and then by this set's own
``_render`` in the lines it leaves for them: a namda as a letterhead's emblem (a piece of felt with its fibres
and fuzzy edge, a flower chain-stitched on it in dyed wool, leaves and knots); a felt strip as a divider (a
chain-stitched vine, lazy-daisy leaves, knots); an outcome's shield; a square of felt stapled on an order
form; a rubber stamp with Hindi words over its English; wisps of carded wool in a page's margins; a continuous
stationery's sprocket holes, perforations and green bars; and, after the frame, the namda rug a page is
photographed lying on (its felt, flowers of dyed felt pressed into it and a chain-stitched border). The pages'
layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
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
from bench.receipt_sets.heldout271_families import card_close, card_open, colkv, dots, gkv, grid, tt
from bench.receipt_sets.heldout273_families import bubble, hcells, ledger, pill, track
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, native, notice, tiles2, vlab, vname

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
# the hands that write on this set's papers: italics and obliques in another mix than heldout294's and
# heldout295's
PENS = [
    "dejavu/DejaVuSerif-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
]
INKS = [(26, 40, 140), (36, 32, 84), (50, 40, 36), (16, 80, 110), (90, 30, 76)]
# the faces a page's fixed-width lines are printed in (a dot-matrix printer's, a billing program's)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# Hindi in Noto Sans and Noto Serif Devanagari (fonts-noto-core), shaped by Raqm (heldout287's lines)
DEV_BOLD = "noto/NotoSansDevanagari-Bold.ttf"
# a namda's wools: the natural fleece felted as the ground, and the dyed wools pressed in or chain-stitched
FELT = [(232, 222, 198), (176, 40, 38), (38, 52, 98), (196, 148, 52), (72, 66, 62), (34, 92, 78)]
WOOLS = [
    (196, 42, 44),
    (232, 168, 40),
    (40, 110, 74),
    (30, 66, 140),
    (240, 232, 214),
    (150, 40, 96),
    (222, 110, 40),
]

# ---------------------------------------------------------------- the firm

FIRM = "Noorani Namda Udyog"
FIRM_CAPS = FIRM.upper()
FIRM_HI = "नूरानी नमदा उद्योग"
# the proprietor's account as a bank's field cuts it
CUT = "MOHD IDRIS MANSOORI PROP"
SHOP = "Namda Ghar"
SHOP_CAPS = SHOP.upper()
SHOP_HI = "नमदा घर"
KARKHANA = "Noorani Namda Karkhana"
KARKHANA_HI = "नूरानी नमदा कारखाना"
WEB = "namdaghar.in"
GSTIN = "08AKRPM4372D1Z3"
PAN = "AKRPM4372D"
UDYAM = "UDYAM-RJ-26-0031874"
PROP = "Mohd. Idris Mansoori"
OWNER_CAPS = "MOHD IDRIS MANSOORI"
NEPHEW = "Sohail Mansoori"
WIFE = "Shahnaz Bano"
KEEPER = "Rekha Jain"
ELDER = "Haji Abdul Ghani"
ADDRESS = "Noorani Namda Karkhana, Mohalla Kafila, Purani Tonk, Tonk - 304001 (Rajasthan)"
TOWN = "Mohalla Kafila, Purani Tonk, Tonk - 304001"
SHOP_AT = "7, Ghantaghar Bazaar, Tonk - 304001"
BANK_LINE = "State Bank of India, Tonk Main Branch, Tonk"
BIC = "SBININBB563"
IFSC_OWN = "SBIN0031029"
# Lokrang at Jawahar Kala Kendra, Jaipur, 2 to 11 October 2026 (stall 24 in its crafts bazaar)
LOKRANG = dt.date(2026, 10, 2)
STALL = "Stall 24, Lokrang Crafts Bazaar, Jawahar Kala Kendra, Jaipur"
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Yes Bank": "YESB",
    "IDFC FIRST Bank": "IDFB",
    "IDBI Bank": "IBKL",
    "Central Bank of India": "CBIN",
    "Bank of India": "BKID",
    "Rajasthan Gramin Bank": "RRBP",
    "Jana Small Finance Bank": "JSFB",
    "RBL Bank": "RATN",
    "Bandhan Bank": "BDBL",
    "DCB Bank": "DCBL",
    "Airtel Payments Bank": "AIRP",
    "AU Small Finance Bank": "AUBL",
}
# the firm's work: name, HSN, price each (low, high)
WORKS = [
    ("Namda rug, chain-stitch floral, 3 x 5 ft", "5705", 3800, 7200),
    ("Namda rug, inlaid paisley, 4 x 6 ft", "5705", 6400, 12800),
    ("Round namda rug, embroidered, 3 ft", "5705", 2600, 4800),
    ("Felt prayer mat (janamaz), embroidered", "5705", 1100, 2200),
    ("Felt yoga mat, natural wool", "5602", 1400, 2600),
    ("Felt coasters, set of 6", "5602", 240, 480),
    ("Felt tote bag, chain-stitch", "4202", 650, 1400),
    ("Felt laptop sleeve, 14 in", "4202", 700, 1300),
    ("Felt ball garland, 2 m", "6307", 280, 560),
    ("Felt wall hanging, tree of life", "6304", 1800, 4200),
    ("Felt table mats, set of 4", "5602", 520, 980),
    ("Felt animal toys, set of 3", "9503", 450, 900),
]
# the short names a bill book, a roll and a hand write
SHORT = {
    "Namda rug, chain-stitch floral, 3 x 5 ft": "Namda rug 3x5",
    "Namda rug, inlaid paisley, 4 x 6 ft": "Inlaid namda 4x6",
    "Round namda rug, embroidered, 3 ft": "Round namda 3 ft",
    "Felt prayer mat (janamaz), embroidered": "Janamaz",
    "Felt yoga mat, natural wool": "Yoga mat",
    "Felt coasters, set of 6": "Coasters (6)",
    "Felt tote bag, chain-stitch": "Tote bag",
    "Felt laptop sleeve, 14 in": "Laptop sleeve",
    "Felt ball garland, 2 m": "Ball garland",
    "Felt wall hanging, tree of life": "Wall hanging",
    "Felt table mats, set of 4": "Table mats (4)",
    "Felt animal toys, set of 3": "Felt toys (3)",
}
CUSTOMERS = [
    "Mrs. Ankita Sharma",
    "Mr. Vikram Rathore",
    "Ms. Zoya Farooqui",
    "Mr. Harsh Vardhan Singh",
    "Dr. Meenal Joshi",
    "Mr. Arjun Menon",
    "Ms. Sana Sheikh",
]
# the felt makers who card, lay and roll the wool, the women who chain-stitch at home, the carder
MAKERS = [
    "Javed Mansoori",
    "Rafiq Mohammad",
    "Anwar Husain",
    "Shakir Ali",
    "Rukhsana Bano",
    "Farzana Begum",
    "Naseem Bano",
    "Kamla Bairwa",
]
STAFF = ["Rekha Jain", "Imtiyaz Ahmed"]
CARDER = "Babu Khan"


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's pieces sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 4) if hi < 3000 else 1
        if "coasters" in name or "garland" in name:
            q = rng.randrange(2, 12)
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 10 if hi < 1000 else 50))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (Lokrang's), its UPI / card reference made again for it."""
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


def gstin_of(rng: random.Random, state: str = "08", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def bare_words(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    return words_in_rupees(value).removeprefix("Rupees ").removesuffix(" Only")


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def mark_of(font: str) -> str:
    """The rupee's sign where the face draws it, else Rs."""
    return "\u20b9" if glyphs(font, "\u20b9") and glyphs(bold_of(font), "\u20b9") else "Rs."


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


def fits(p: Screen, text: str, scale: float = 1.0, bold: bool = False) -> bool:
    face = load_font(bold_of(p.font) if bold else p.font, int(p.style["size"] * scale))
    return face.getlength(text) <= room_of(p)


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault("h296", {"marks": {}, "decor": [], "frame": None})


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


def lab(p: Screen, text: str, **facts) -> None:
    """A label small in the label's ink at the left of its own line (its value on the line under it)."""
    h269.kind(p, "lab96", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab96"] = 0.78
    h269.row(p, "lab96", text, **facts)


def hindi(p: Screen, text: str, **kw) -> None:
    """heldout287's native line in Devanagari, here for Hindi (a name over its English, a heading, an app's
    words where its user set it to Hindi)."""
    native(p, text, **kw)


def hindi_hand(p: Screen, text: str, *, figure: str = "", scale: float = 1.2, **facts) -> None:
    """heldout287's line written by hand in Devanagari (an upright Latin face for its figures, slanted as a
    hand slants it), here for a Hindi hand."""
    hand_pen(p)
    h287.nhand(p, text, figure=figure, scale=scale, **facts)


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, status: str) -> None:
    """heldout289's outcome capsule, its status the page's."""
    h289.chip(p, text, status, status=status)


# ---------------------------------------------------------------- this set's rows and marks


def namda_mark(p: Screen) -> None:
    """A namda as a letterhead's emblem: a rounded piece of pressed felt with its fibres and its fuzzy
    edge, a flower chain-stitched on it in dyed wool (its petals' outlines in loops of chain stitch, a
    spiral of it at the heart), a leaf on a stem at each side and knots of wool between them; centred,
    three lines high."""
    put(p, "t96nm", "", mark_=[p.rng.randrange(len(FELT)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def felt_band(p: Screen) -> None:
    """A strip of felt as a divider across the page: its fibres, a vine chain-stitched along it in a wave,
    a leaf in lazy-daisy loops at every turn and a knot between them; one line high."""
    put(p, "t96fb", "", mark_=[p.rng.randrange(len(FELT)), p.rng.randrange(10**6)])


def shield(p: Screen, status: str) -> None:
    """The outcome on a shield in its colour (flat at the top, pointed at the foot, a paler rim), a white
    tick, cross or three dots on it; centred, three lines high."""
    put(p, "t96sh", "", mark_=[status])
    p.add("gap")
    p.add("gap")


def swatch(p: Screen, caption: str) -> None:
    """A square of the felt ordered stapled at the right with the caption printed at the left: the felt's
    fibres and fuzzy edges, a little askew, a staple through its top; three lines high."""
    assert glyphs(p.font, caption) and fits(p, caption + "MMMMMMMM"), caption
    put(p, "t96sw", caption, mark_=[p.rng.randrange(len(FELT)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def hstamp(p: Screen, hindi_line: str, lines: list[str], *, colour: str = "violet", at: float = 0.56) -> None:
    """A rectangular rubber stamp with its words in Hindi over English lines, pressed askew at ``at`` of
    the room; the rows beside it left empty (three lines)."""
    bold = bold_of(p.font)
    assert glyphs(DEV_BOLD, hindi_line.replace(" ", "")) and all(glyphs(bold, t) for t in lines), lines
    size = p.style["size"]
    w_ = max(
        load_font(DEV_BOLD, int(size * 0.95)).getlength(hindi_line),
        *(load_font(bold, int(size * 0.72)).getlength(t) for t in lines),
    )
    assert at * room_of(p) + w_ + 40 <= room_of(p) + 10, (hindi_line, lines)
    put(p, "t96hs", hindi_line, *lines, mark_=[colour, at, p.rng.uniform(-6, 6)])
    p.add("gap")
    p.add("gap")


def fleece(p: Screen) -> None:
    """Wisps of carded wool caught on the page from the karkhana's floor: curling fibres, natural and dyed,
    lying in its margins."""
    ext(p)["decor"].append(["fleece", p.rng.randrange(10**6)])


def sprockets(p: Screen) -> None:
    """Continuous stationery from a dot-matrix printer: its tractor-feed holes down both edges inside a
    perforated strip, and pale green bars across it two lines deep under the print."""
    ext(p)["decor"].append(["sprockets", p.rng.randrange(10**6)])


def on_namda(p: Screen) -> None:
    """The page photographed lying on a namda rug: the felt's ground and fibres, flowers of dyed felt
    pressed into it with soft edges, a chain-stitched vine along its border, the page's shadow on it."""
    ext(p)["frame"] = ["namda", p.rng.randrange(len(FELT)), p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing


def _tint(colour, base, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, base, share)


def _fibres(draw, box, ground, srng: random.Random, density: float = 1.0) -> None:
    """A felt's fibres: short strokes at every angle, a little lighter or darker than its ground."""
    x0, y0, x1, y1 = box
    n = int((x1 - x0) * (y1 - y0) / 34 * density)
    for _ in range(n):
        x, y = srng.uniform(x0, x1), srng.uniform(y0, y1)
        a, ln = srng.uniform(0, math.pi), srng.uniform(2, 7)
        shade = _tint((255, 255, 255), ground, srng.uniform(0.06, 0.16))
        if srng.random() < 0.5:
            shade = _tint((0, 0, 0), ground, srng.uniform(0.05, 0.14))
        draw.line((x, y, x + ln * math.cos(a), y + ln * math.sin(a)), fill=shade, width=1)


def _fuzz(draw, box, ground, srng: random.Random) -> None:
    """A felt's fuzzy edge: fibres standing out across its rim."""
    x0, y0, x1, y1 = box
    per = 2 * ((x1 - x0) + (y1 - y0))
    for _ in range(int(per / 3.0)):
        t = srng.uniform(0, per)
        if t < x1 - x0:
            x, y, a = x0 + t, y0, -math.pi / 2
        elif t < (x1 - x0) + (y1 - y0):
            x, y, a = x1, y0 + t - (x1 - x0), 0.0
        elif t < 2 * (x1 - x0) + (y1 - y0):
            x, y, a = x1 - (t - (x1 - x0) - (y1 - y0)), y1, math.pi / 2
        else:
            x, y, a = x0, y1 - (t - 2 * (x1 - x0) - (y1 - y0)), math.pi
        a += srng.uniform(-0.9, 0.9)
        ln = srng.uniform(1.0, 3.0)
        draw.line((x, y, x + ln * math.cos(a), y + ln * math.sin(a)), fill=ground, width=1)


def _loop(draw, ax: float, ay: float, bx: float, by: float, colour, width: int = 2) -> None:
    """One loop of chain stitch from (ax, ay) to (bx, by): a narrow ellipse along the stitch."""
    mx, my = (ax + bx) / 2, (ay + by) / 2
    dx, dy = bx - ax, by - ay
    ln = math.hypot(dx, dy) or 1.0
    ux, uy = dx / ln, dy / ln
    a, b = ln / 2 + 0.6, max(1.2, ln * 0.28)
    pts = []
    for n in range(14):
        t = n / 14 * math.tau
        ex, ey = a * math.cos(t), b * math.sin(t)
        pts.append((mx + ex * ux - ey * uy, my + ex * uy + ey * ux))
    draw.line([*pts, pts[0]], fill=colour, width=width)


def _chain(draw, pts: list[tuple[float, float]], colour, step: float = 4.5, width: int = 2) -> None:
    """A line of chain stitch along ``pts``: loops of about ``step`` pixels, each from the last one's end."""
    walk = [pts[0]]
    carry = 0.0
    for (ax, ay), (bx, by) in zip(pts, pts[1:]):
        seg = math.hypot(bx - ax, by - ay)
        t = step - carry
        while t <= seg:
            walk.append((ax + (bx - ax) * t / seg, ay + (by - ay) * t / seg))
            t += step
        carry = seg - (t - step)
    for (ax, ay), (bx, by) in zip(walk, walk[1:]):
        _loop(draw, ax, ay, bx, by, colour, width)


def _petal(cx: float, cy: float, r: float, turn: float) -> list[tuple[float, float]]:
    """A petal's outline from the flower's heart outwards (a rounded teardrop), turned by ``turn``."""
    pts = []
    for n in range(25):
        u = n / 24
        x = r * (0.12 + 0.88 * u)
        y = r * 0.42 * math.sin(math.pi * u**0.8) * (1 - 0.35 * u)
        pts.append((x, y))
    pts = pts + [(x, -y) for x, y in reversed(pts)]
    c, s = math.cos(turn), math.sin(turn)
    return [(cx + x * c - y * s, cy + x * s + y * c) for x, y in pts]


def _flower(draw, cx: float, cy: float, r: float, srng: random.Random, ground) -> None:
    """A chain-stitched flower: petals outlined and veined in one wool, a spiral heart in another."""
    petal_wool, heart_wool = srng.sample([w for w in WOOLS if _far(w, ground)], 2)
    n = srng.choice([5, 6, 8])
    turn0 = srng.uniform(0, math.tau)
    for k in range(n):
        a = turn0 + k * math.tau / n
        _chain(draw, _petal(cx, cy, r, a), petal_wool, step=max(3.0, r / 7), width=2)
        _chain(
            draw,
            [
                (cx + math.cos(a) * r * 0.28, cy + math.sin(a) * r * 0.28),
                (cx + math.cos(a) * r * 0.7, cy + math.sin(a) * r * 0.7),
            ],
            heart_wool,
            step=max(3.0, r / 8),
            width=1,
        )
    spiral = []
    for m in range(40):
        t = m / 40 * math.tau * 2.2
        rr = r * 0.05 + r * 0.2 * m / 40
        spiral.append((cx + rr * math.cos(t), cy + rr * math.sin(t)))
    _chain(draw, spiral, heart_wool, step=max(2.6, r / 9), width=2)


def _far(a, b) -> bool:
    return sum(abs(x - y) for x, y in zip(a, b)) > 150


def _leaf(draw, x: float, y: float, r: float, a: float, wool) -> None:
    """A lazy-daisy leaf: one long loop of wool pinned at its tip."""
    bx, by = x + r * math.cos(a), y + r * math.sin(a)
    _loop(draw, x, y, bx, by, wool, 2)
    draw.line((bx, by, bx + 1.8 * math.cos(a), by + 1.8 * math.sin(a)), fill=wool, width=2)


def _knot(draw, x: float, y: float, wool) -> None:
    draw.ellipse((x - 2.3, y - 2.3, x + 2.3, y + 2.3), fill=wool)
    draw.ellipse((x - 0.8, y - 1.6, x + 0.4, y - 0.4), fill=_tint((255, 255, 255), wool, 0.4))


def _emblem(draw, cx: float, cy: float, w: float, h: float, ground, seed: int) -> None:
    """The namda's felt piece with its flower, leaves and knots."""
    srng = random.Random(seed)
    box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
    draw.rounded_rectangle(box, radius=10, fill=ground)
    _fibres(draw, box, ground, srng, 1.4)
    _fuzz(draw, box, ground, srng)
    _flower(draw, cx, cy, h * 0.34, srng, ground)
    leaf = srng.choice([w_ for w_ in WOOLS if _far(w_, ground)])
    for side in (-1, 1):
        sx = cx + side * h * 0.4
        stem = [(sx, cy), (sx + side * w * 0.08, cy - h * 0.08), (sx + side * w * 0.15, cy + h * 0.02)]
        _chain(draw, stem, leaf, step=3.4, width=1)
        for t, a in ((0.5, -1.2), (0.8, 1.0), (1.0, -0.4)):
            px = sx + side * w * 0.15 * t
            py = cy - h * 0.06 * math.sin(t * math.pi)
            ang = a if side > 0 else math.pi - a
            _leaf(draw, px, py, h * 0.13, ang, leaf)
    knot = srng.choice([w_ for w_ in WOOLS if _far(w_, ground)])
    for side in (-1, 1):
        for k in range(3):
            _knot(draw, cx + side * (w * 0.44), cy - h * 0.3 + k * h * 0.3, knot)


def _vine(draw, x0: float, x1: float, y0: float, y1: float, ground, seed: int) -> None:
    """The felt strip with its chain-stitched vine, leaves and knots."""
    srng = random.Random(seed)
    draw.rectangle((x0, y0, x1, y1), fill=ground)
    _fibres(draw, (x0, y0, x1, y1), ground, srng, 1.2)
    _fuzz(draw, (x0, y0, x1, y1), ground, srng)
    mid, h = (y0 + y1) / 2, y1 - y0
    wool, leaf = srng.sample([w for w in WOOLS if _far(w, ground)], 2)
    period = srng.choice([54, 62, 70])
    pts = [
        (x, mid + h * 0.2 * math.sin((x - x0) / period * math.tau))
        for x in range(int(x0) + 8, int(x1) - 8, 3)
    ]
    _chain(draw, pts, wool, step=4.2, width=2)
    x = x0 + 8 + period / 4
    k = 0
    while x < x1 - 12:
        up = k % 2 == 0
        y = mid + h * 0.2 * math.sin((x - x0) / period * math.tau)
        _leaf(draw, x, y, h * 0.3, -1.1 if up else 1.1, leaf)
        _knot(draw, x + period / 4, mid + (h * 0.32 if up else -h * 0.32), wool)
        x += period / 2
        k += 1


def _shield(draw, cx: float, top_: float, h: float, status: str, paper_) -> None:
    colour = TONE[status]
    w = h * 0.8
    outline = [
        (cx - w / 2, top_ + h * 0.1),
        (cx, top_),
        (cx + w / 2, top_ + h * 0.1),
        (cx + w / 2, top_ + h * 0.5),
        (cx + w * 0.3, top_ + h * 0.78),
        (cx, top_ + h),
        (cx - w * 0.3, top_ + h * 0.78),
        (cx - w / 2, top_ + h * 0.5),
    ]
    draw.polygon(outline, fill=_tint(colour, paper_, 0.35))
    inner = [(cx + (x - cx) * 0.82, top_ + h * 0.08 + (y - top_) * 0.82) for x, y in outline]
    draw.polygon(inner, fill=colour)
    white = (255, 255, 255)
    c_y = top_ + h * 0.45
    s = h * 0.17
    if status == "success":
        draw.line(
            (cx - s, c_y, cx - s * 0.25, c_y + s * 0.75, cx + s * 1.05, c_y - s * 0.7), fill=white, width=5
        )
    elif status == "failed":
        draw.line((cx - s * 0.8, c_y - s * 0.8, cx + s * 0.8, c_y + s * 0.8), fill=white, width=5)
        draw.line((cx - s * 0.8, c_y + s * 0.8, cx + s * 0.8, c_y - s * 0.8), fill=white, width=5)
    else:
        for d in (-1, 0, 1):
            draw.ellipse((cx + d * s - 3.5, c_y - 3.5, cx + d * s + 3.5, c_y + 3.5), fill=white)


def _felt_square(size_: int, ground, seed: int) -> Image.Image:
    """A square of felt (its fibres, fuzzy edges) with a staple through its top, on a clear ground."""
    srng = random.Random(seed)
    layer = Image.new("RGBA", (size_ + 16, size_ + 16), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    box = (8, 8, 8 + size_, 8 + size_)
    d.rectangle(box, fill=(*ground, 255))
    _fibres(d, box, ground, srng, 1.6)
    _fuzz(d, box, ground, srng)
    steel, dark = (196, 198, 204, 255), (110, 112, 120, 255)
    sx = 8 + size_ / 2
    d.line((sx - 11, 16, sx + 11, 16), fill=steel, width=3)
    d.line((sx - 11, 18, sx + 11, 18), fill=dark, width=1)
    return layer.rotate(srng.uniform(-8, 8), resample=Image.BICUBIC, expand=True)


def _hstamp(page: Image.Image, font: str, row: tuple, mark_, top_y: float, line: int, size: int, width: int):
    """The Hindi rubber stamp's impression: a double rule, its Hindi words, its English lines, tilted."""
    colour_, at, angle = mark_
    hindi_line, lines = row[1], list(row[2:])
    bold = bold_of(font)
    f_hi = load_font(DEV_BOLD, int(size * 0.95))
    f_en = load_font(bold, int(size * 0.72))
    w_ = int(max(f_hi.getlength(hindi_line), *(f_en.getlength(t) for t in lines)) + 30)
    h_ = int(line * 2.95)
    ink = {"violet": (92, 48, 158, 215), "blue": (28, 66, 168, 215), "red": (184, 34, 46, 215)}[colour_]
    layer = Image.new("RGBA", (w_, h_), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    d.rounded_rectangle((2, 2, w_ - 3, h_ - 3), radius=6, outline=ink, width=2)
    d.rounded_rectangle((6, 6, w_ - 7, h_ - 7), radius=4, outline=ink, width=1)
    d.text((w_ / 2, h_ * 0.28), hindi_line, font=f_hi, fill=ink, anchor="mm")
    for n, t in enumerate(lines):
        d.text(
            (w_ / 2, h_ * (0.57 + 0.21 * n) if len(lines) > 1 else h_ * 0.66),
            t,
            font=f_en,
            fill=ink,
            anchor="mm",
        )
    srng = random.Random(f"{hindi_line}{lines}")
    for _ in range(int(w_ * h_ / 80)):
        d.point((srng.uniform(0, w_), srng.uniform(0, h_)), fill=(0, 0, 0, 0))
    turned = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
    x = int(MARGIN + at * (width - 2 * MARGIN))
    x = min(x, page.width - turned.width - 4)
    base = page.convert("RGBA")
    sheet_ = Image.new("RGBA", base.size, (0, 0, 0, 0))
    sheet_.paste(turned, (x, int(top_y)), turned)
    return Image.alpha_composite(base, sheet_).convert("RGB")


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: a namda as an emblem, a felt strip as a divider, an
    outcome's shield, a felt swatch stapled on, a Hindi rubber stamp, wisps of wool in the margins and a
    continuous stationery's sprocket holes and green bars."""
    page = h289._render(rows, font, style)
    x = style.get("h296")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    marks = x["marks"]
    decor = {d[0]: d for d in x["decor"]}
    w, h = page.size
    if "sprockets" in decor:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        y = MARGIN
        while y < h:
            ld.rectangle((30, y, w - 30, y + line * 2), fill=(222, 240, 224))
            y += line * 4
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    later = []
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t96"):
            continue
        top_y = tops[i] - lift
        m = marks.get(str(i))
        if name == "t96nm":
            ground, seed = m
            _emblem(draw, width / 2, top_y + line * 1.4, line * 4.6, line * 2.5, FELT[ground], seed)
        elif name == "t96fb":
            ground, seed = m
            _vine(draw, MARGIN, width - MARGIN, top_y + line * 0.12, top_y + line * 0.9, FELT[ground], seed)
        elif name == "t96sh":
            (status,) = m
            _shield(draw, width / 2, top_y + line * 0.15, line * 2.7, status, paper_)
        elif name == "t96sw":
            face = load_font(font, size)
            draw.text((MARGIN, tops[i] + line), r[1], font=face, fill=ink)
            later.append(("sw", i, m, top_y))
        elif name == "t96hs":
            later.append(("hs", i, m, top_y))
    if "fleece" in decor:
        srng = random.Random(decor["fleece"][1])
        for _ in range(srng.randrange(2, 5)):
            cx = srng.choice([srng.uniform(6, MARGIN - 8), srng.uniform(w - MARGIN + 8, w - 6)])
            cy = srng.uniform(30, h - 30)
            wool = srng.choice([(196, 184, 160), (170, 160, 148), *WOOLS[:4]])
            for _ in range(srng.randrange(14, 26)):
                a = srng.uniform(0, math.tau)
                ln = srng.uniform(10, 30)
                bend = srng.uniform(-8, 8)
                pts = []
                for t in range(9):
                    u = t / 8
                    px = cx + math.cos(a) * ln * (u - 0.5) - math.sin(a) * bend * math.sin(u * math.pi)
                    py = cy + math.sin(a) * ln * (u - 0.5) + math.cos(a) * bend * math.sin(u * math.pi)
                    pts.append((px, py))
                draw.line(pts, fill=_tint(wool, paper_, srng.uniform(0.45, 0.85)), width=1)
    if "sprockets" in decor:
        hole = (118, 118, 112) if sum(paper_) > 600 else (20, 20, 20)
        for xx in (14, w - 14):
            for yy in range(12, h - 6, 24):
                draw.ellipse((xx - 5, yy - 5, xx + 5, yy + 5), fill=_tint(hole, paper_, 0.5))
            for yy in range(0, h, 8):
                x2 = 28 if xx < w / 2 else w - 28
                draw.line((x2, yy, x2, yy + 3), fill=_tint(ink, paper_, 0.3), width=1)
    for what, i, m, top_y in later:
        if what == "sw":
            ground, seed = m
            square = _felt_square(int(line * 2.2), FELT[ground], seed)
            spot = (int(width - MARGIN - square.width), int(top_y + line * 0.1))
            base = page.convert("RGBA")
            base.alpha_composite(square, spot)
            page = base.convert("RGB")
        else:
            page = _hstamp(page, font, rows[i], m, top_y, line, size, width)
    return page


def _namda_ground(image: Image.Image, ground: int, seed: int) -> Image.Image:
    """The page on a namda: the felt with its fibres, flowers of dyed felt pressed into it, a
    chain-stitched vine along the rug's border, the page's shadow."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 80
    bw, bh = w + 2 * pad, h + 2 * pad
    felt = FELT[ground]
    base = Image.new("RGB", (bw, bh), felt)
    inlay = Image.new("RGB", (bw, bh), felt)
    idraw = ImageDraw.Draw(inlay)
    colours = [c for c in WOOLS if _far(c, felt)]
    yy = srng.uniform(10, 60)
    while yy < bh:
        xx = srng.uniform(-20, 60)
        while xx < bw:
            c = srng.choice(colours)
            r = srng.uniform(22, 34)
            for k in range(6):
                a = k * math.tau / 6 + srng.uniform(-0.2, 0.2)
                px, py = xx + math.cos(a) * r * 0.8, yy + math.sin(a) * r * 0.8
                idraw.ellipse((px - r * 0.45, py - r * 0.45, px + r * 0.45, py + r * 0.45), fill=c)
            idraw.ellipse(
                (xx - r * 0.35, yy - r * 0.35, xx + r * 0.35, yy + r * 0.35), fill=srng.choice(colours)
            )
            xx += srng.uniform(110, 150)
        yy += srng.uniform(110, 150)
    base = inlay.filter(ImageFilter.GaussianBlur(2.2))
    bd = ImageDraw.Draw(base)
    _fibres(bd, (0, 0, bw, bh), felt, srng, 0.7)
    wool = srng.choice(colours)
    for inset in (16,):
        rect = [
            (inset, inset),
            (bw - inset, inset),
            (bw - inset, bh - inset),
            (inset, bh - inset),
            (inset, inset),
        ]
        _chain(bd, rect, wool, step=6.0, width=2)
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 7, pad + 9, pad + w + 7, pad + h + 9), fill=140)
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    base = Image.composite(Image.new("RGB", base.size, (24, 18, 14)), base, shadow)
    base.paste(image, (pad, pad))
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout295's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the namda a page is photographed lying on."""
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
    f = (style.get("h296") or {}).get("frame")
    if f and f[0] == "namda":
        image = _namda_ground(image, f[1], f[2])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [*PENS, *TYPES, DEV_BOLD, "noto/NotoSansDevanagari-Regular.ttf"]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout296 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS, "NAMDA GHAR TONK"]
VPAS = [
    "namdaghar@sbi",
    "namdaghar.tonk@okaxis",
    "Q928374651@ybl",
    "noorani.namda@oksbi",
    "gpay-11238476532@okbizaxis",
]
BUYERS = [
    ("Ankita Sharma", "ankita.sharma@okhdfcbank", "HDFC Bank"),
    ("Vikram Rathore", "vikramrathore@oksbi", "State Bank of India"),
    ("Zoya Farooqui", "zoyaf@ybl", "Kotak Mahindra Bank"),
    ("Harsh Vardhan Singh", "hvsingh@okicici", "ICICI Bank"),
    ("Meenal Joshi", "meenal.joshi@axl", "Axis Bank"),
    ("Arjun Menon", "arjunmenon@ibl", "IDFC FIRST Bank"),
    ("Sana Sheikh", "sanasheikh@okaxis", "Yes Bank"),
    ("Devendra Choudhary", "devendrac@upi", "Bank of Baroda"),
]
NOTES = ["namda rug", "felt coasters", "yoga mat", "janamaz x2", "tote bags", "wall hanging"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Kotak Mahindra Bank": "Kotak",
        "Bank of Baroda": "BoB",
        "IDFC FIRST Bank": "IDFC FIRST",
    }.get(bank, bank.replace(" Bank", ""))


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Namda Ghar or the firm: Google Pay's receipt (To over the payee and its UPI ID, the
    sum, a Completed capsule, the day and hour; a card of labels small over their values: UPI transaction
    ID, To, From, Google transaction ID); super.money's dark "money sent!" in lower case (the sum, "to
    <payee>", a super.coins card; upi ref no. and sent on in two tiles, txn id at the left and the right);
    Groww's UPI payment successful under a shield's tick ("<sum> paid to <payee>", the day and hour, "From
    <bank> via UPI"; no reference); Kotak's Transaction Successful on a tinted band (a striped table: Paid
    To, Amount, UPI Ref No, Date, Remarks, From A/c); Tata Neu's payment failed under a shield's cross (the
    sum, "to <payee>", the reason in a notice; labels set to the right against a gutter: Transaction ID,
    UPI Ref No., Tried on, Bank, NeuCoins); IDFC FIRST Bank's Money sent under a tile's tick ("to <payee>",
    "Today, <hour>"; a copyable UPI Reference Number; Paid from and Category at the left and the right; no
    day); YES BANK IRIS with a payment pending (a capsule, the sum, "to <payee>", its stages across the
    page, a notice; UPI Ref No, Initiated On, Debit Account in dot leaders); Google Pay for Business on the
    shop's phone (the shop under the app, Payment received, the sum, "from <buyer> via UPI", the day and
    hour, a copyable UPI transaction ID). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=260, high=48000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    dot = sign(font, "\u2022", "*")
    mid = sign(font, "\u00b7", "|")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share screenshot",))
        p.add("gap")
        p.add("small", "To")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "Completed", status)
        p.add(
            "small",
            at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")),
            date=j.date,
        )
        p.add("gap")
        c = card_open(p)
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "To")
        p.add("left", pick(p, "left", [f"{name} ({vpa})", name]))
        lab(p, "From")
        p.add("left", pick(p, "left", [f"{who} ({sb} {dot * 4} {digits(rng, 4)})", who]), method="UPI")
        lab(p, "Google transaction ID")
        gid = f"CICAgK{code(rng, 10, MIXED)}"
        p.add("left", gid, txn=(TXN_RANK, gid))
        card_close(p, c)
        p.add("gap")
        p.add("small", "Payments may take up to 3 working days to be reflected in your account.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("share",))
        app_head(p, "super.money", "upi")
        p.add("center", "money sent!", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        c = card_open(p)
        p.add("left", f"you won {rng.randrange(4, 60)} super.coins")
        p.add("small", "use them on your next bill payment")
        card_close(p, c)
        p.add("gap")
        tiles2(
            p,
            ("upi ref no.", j.ref),
            ("sent on", when(j.date, rng.choice(["{d} %b %Y", "%d/%m/%Y"])).lower()),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        sid = f"SM{j.date:%y%m%d}{code(rng, 10, UPPER + '0123456789')}"
        kvr(p, "txn id", sid, txn=(TXN_RANK, sid))
        kvr(p, "paid via", f"{sb.lower()} {dot * 2}{digits(rng, 4)} (upi)", method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 178, 136))
        app_head(p, "Groww", "UPI")
        p.add("gap")
        shield(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("gap")
        name = pick(p, "center", [f"{rs(j.amount)} paid to {to}", f"{rs(j.amount)} paid to {SHOP}"])
        payee = name.split(" paid to ", 1)[1]
        p.add("center", name, amount=j.amount, merchant=payee)
        p.add("small", at_hour(rng, j.date, ["{d} %B %Y", "%d %b %Y"], (" at ", ", ")), date=j.date)
        p.add("gap")
        p.add("small", f"From {sb} {dot * 4}{digits(rng, 4)} via UPI", method="UPI")
        p.add("small", f"Note: {rng.choice(NOTES)}")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Repeat"))
        band(p, (237, 28, 36))
        app_head(p, "kotak", "Mobile Banking  |  UPI")
        h269.strip(p, "Transaction Successful", status)
        p.add("gap")
        name = pick(p, "pair", [to, SHOP])
        zebra(
            p,
            "ko",
            [(0.0, 0.38, "l"), (0.38, 1.0, "r")],
            ["Details", ""],
            [
                (["Paid To", name], {"merchant": name}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["UPI Ref No", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
                (["Remarks", rng.choice(NOTES)], {}),
                (["From A/c", f"XXXXXX{digits(rng, 4)}"], {"method": "UPI"}),
            ],
            (237, 28, 36),
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (58, 20, 112))
        app_head(p, "Tata Neu", "UPI")
        shield(p, status)
        p.add("center", "Payment failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "The payee's bank did not respond in time. If money left your account it will be back in 48 "
            "hours.",
            "error",
        )
        nid = f"TNU{digits(rng, 14)}"
        gutter(p, "tn", "Transaction ID", nid, at=0.4, txn=(TXN_RANK, nid))
        gutter(p, "tn", "UPI Ref No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        gutter(
            p, "tn", "Tried on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), at=0.4, date=j.date
        )
        gutter(p, "tn", "Bank", f"{sb} {dot * 2}{digits(rng, 4)}", at=0.4, method="UPI")
        gutter(p, "tn", "NeuCoins", "0 earned", at=0.4)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share",))
        band(p, (156, 29, 39))
        app_head(p, "IDFC FIRST Bank", "UPI")
        h287.tile(p, status)
        p.add("center", "Money sent", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=rng.random() < 0.5)}")
        p.add("gap")
        copyrow(p, "UPI Reference Number", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid from", f"Savings XX{digits(rng, 4)}", method="UPI")
        kvr(p, "Category", "Shopping")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Check status",))
        band(p, (0, 83, 159))
        app_head(p, "YES BANK IRIS", "UPI")
        chip(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        h289.steps(p, ["Initiated", "Debited", "Credited"], 2, status)
        note(
            p,
            "Your account is debited and the payee's bank has not confirmed yet. Please check after 2 hours.",
            "warn",
        )
        dots(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        dots(p, "Initiated On", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        dots(p, "Debit Account", f"XXXX{digits(rng, 4)}", method="UPI")
        return p.done()
    j.amount = float(round(j.amount))
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share",))
    band(p, (26, 115, 232))
    app_head(p, "Google Pay for Business", "Payments")
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", "Ghantaghar Bazaar, Tonk")
    p.add("gap")
    p.add("center", "Payment received", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", f"from {who} via UPI", method="UPI")
    p.add(
        "small",
        f"{when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y']))} {mid} {hhmm(rng, lower=True)}",
        date=j.date,
    )
    p.add("gap")
    copyrow(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
    p.add("small", f"Settles to SBI XX{digits(rng, 4)} on the next working day")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


RSIC = "Rajasthan Small Industries Corporation Ltd."
RSIC_HI = "राजस्थान लघु उद्योग निगम लिमिटेड"
KESAR = "KESAR BAGH HAVELI HOTELS PVT. LTD."
PRANA = "Prana Yoga Shala LLP"
EARTHEN = "Earthen Design Studio"
KAARIGARI = "KAARIGARI DESIGN STORE PVT. LTD."
SABARMATI = "Sabarmati Crafts Museum Shop"
DIC = "District Industries & Commerce Centre, Tonk"
PICHOLA = "HOTEL PICHOLA NIWAS"


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


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Payers' advices of what they paid the firm: Rajasthali's (the Rajasthan Small Industries
    Corporation's) PAYMENT ADVICE from SAP under its Hindi name (two fields to a row: Payment Doc., Posting
    Date; Vendor, Vendor Name; House Bank, Payment Method; UTR; Reference | Doc. Date | Gross | TDS 194Q |
    Net on hairline rows with its Net Amount; its sentence); a Jaipur heritage hotel's Payment Entry printed
    from ERPNext (its number on top; shaded labels: Payment Type, Posting Date, Party Type, Party, Paid From,
    Mode of Payment, Reference No, Paid Amount; Type | Name | Grand Total | Allocated in a table ruled on
    every side); Open's payout processing for a Bengaluru yoga studio (a capsule, a notice; Amount and Mode,
    Beneficiary and Initiated on in tiles; a copyable Payout ID); a Gurugram design studio's accounts
    writing in Google Chat under a "Today" divider ("Payment of Rs. x released to <payee> by IMPS", "IMPS
    ref ..."; no day); a Delhi design store's PAYMENT VOUCHER printed from BUSY (Vch No. and Date on a
    line; Account | Dr. | Cr. on hairline rows; its Narration with the RTGS and UTR; Amount in words); IDBI
    Bank's corporate internet banking with an Ahmedabad museum shop's IMPS failed on a tinted band (the
    reason in a notice; a table ruled on every side: Transaction Reference No., Beneficiary Name,
    Beneficiary A/c No., IFSC, Amount, Payment Mode, Transaction Date); IFMS Rajasthan's Pay Manager with
    the District Industries & Commerce Centre's bill paid under the Finance Department's Hindi name (a
    striped table: Office, Bill No., Token No., Voucher No., Payee Name, Gross Amount, GST-TDS 2%, Net
    Amount, Mode, UTR, Payment Date, Status); an Udaipur hotel's DEBIT VOUCHER filled in by hand (No. left
    blank; Date, Paid to, the sum of Rupees, On account of written in; Cash, Cheque, NEFT in boxes, NEFT
    ticked; the sum in a box; no reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=8000, high=380000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    me = rng.choice([FIRM, FIRM_CAPS])
    if k == 0:
        bills = bills_of(rng, j, rng.randrange(1, 4), "NNU")
        gross = j.amount
        tds = round(gross * 0.001, 2)
        j.amount = round(gross - tds, 2)
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        hindi(p, RSIC_HI, scale=1.1, bold=True)
        top(p, pick(p, "title", [RSIC, "Rajasthan Small Industries Corp."]))
        p.add("small", "Rajasthali  |  Udyog Bhawan, Tilak Marg, Jaipur - 302005")
        p.add("rule")
        p.add("center", "PAYMENT ADVICE")
        p.part = "body"
        doc = f"15{digits(rng, 8)}"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        spec = [(0.0, 0.17, "l"), (0.17, 0.44, "l"), (0.46, 0.64, "l"), (0.64, 1.0, "l")]
        colkv(
            p,
            "sp",
            spec,
            "Payment Doc.",
            doc,
            "Posting Date",
            when(j.date, "%d.%m.%Y"),
            txn=(INVOICE_RANK, doc),
            date=j.date,
        )
        colkv(p, "sp", spec, "Vendor", f"V{digits(rng, 7)}", "Vendor Name", me, merchant=me)
        colkv(p, "sp", spec, "House Bank", "SBI Tilak Marg", "Payment Method", "NEFT", method="netbanking")
        colkv(p, "sp", spec, "UTR", utr, "", "", txn=(UTR_RANK, utr))
        p.add("gap")
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.46, "c"), (0.46, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "sh", spec2, "Reference", "Doc. Date", "Gross", "TDS 194Q", "Net", mode="line")
        for no_, day, v in bills:
            t = round(v * 0.001, 2)
            cols(
                p, "sl", spec2, no_, when(day, "%d.%m.%Y"), num(v), num(t), num(round(v - t, 2)), mode="line"
            )
        total(p, "Net Amount", rs(j.amount), at=0.6, amount=j.amount)
        para(
            p,
            f"The net amount has been credited to your account with {BANK_LINE} by NEFT against the "
            "bills above for namda rugs and felt mats supplied to Rajasthali.",
            kind_="small",
            status=status,
        )
        p.add("small", "This is a computer generated advice from SAP and needs no signature.")
        return p.done()
    if k == 1:
        pe = f"ACC-PAY-{j.date.year}-{rng.randrange(100, 999):05d}"
        p = browser_page(rng, font, f"erp.kesarbagh.in/app/payment-entry/{pe}")
        p.part = "head"
        top(p, pick(p, "title", [KESAR, "Kesar Bagh Haveli Hotels"]))
        p.add("small", "Amer Road, Jaipur - 302002  |  GSTIN " + gstin_of(rng, "08", "C"))
        p.add("rule")
        p.part = "body"
        p.add("left", f"Payment Entry  {pe}", txn=(INVOICE_RANK, pe))
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        kv(p, "Payment Type", "Pay", status=status)
        kv(p, "Posting Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
        kv(p, "Party Type", "Supplier")
        kv(p, "Party", me, merchant=me)
        kv(p, "Paid From", "HDFC Bank Current A/c - KBH")
        kv(p, "Mode of Payment", "Bank Transfer (NEFT)", method="netbanking")
        kv(p, "Reference No", utr, txn=(UTR_RANK, utr))
        kv(p, "Paid Amount", rs(j.amount), amount=j.amount)
        p.add("gap")
        p.add("left", "Payment References")
        rows_ = []
        for no_, _, v in bills_of(rng, j, rng.randrange(1, 3), "NNU"):
            rows_.append((["Purchase Invoice", no_, num(v), num(v)], {}))
        grid(
            p,
            "er",
            [(0.0, 0.28, "l"), (0.28, 0.58, "l"), (0.58, 0.8, "r"), (0.8, 1.0, "r")],
            ["Type", "Name", "Grand Total", "Allocated"],
            rows_,
        )
        p.add("small", "Namda rugs for the haveli's suites, as per PO KBH/PUR/118.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"app.open.money/payouts/{code(rng, 12, LOWER)}")
        p.part = "head"
        top(p, "Open")
        p.add("small", f"Business account  |  {PRANA}, Indiranagar, Bengaluru")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payout details")
        chip(p, "Processing", status)
        note(
            p,
            "The payout has reached the beneficiary's bank and waits for its credit. It usually settles "
            "within 2 hours.",
            "warn",
        )
        name = rng.choice([FIRM_CAPS, CUT])
        tiles2(p, ("Amount", rs(j.amount)), ("Mode", "IMPS"), amount=j.amount, method="netbanking")
        tiles2(
            p,
            ("Beneficiary", name),
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y"], (", ",))),
            merchant=name,
            date=j.date,
        )
        pid = f"pout_{code(rng, 14, MIXED)}"
        copyrow(p, "Payout ID", pid, txn=(TXN_RANK, pid))
        p.add("small", "Note: felt yoga mats, 40 nos.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, [EARTHEN], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Google Chat  |  Accounts, Gurugram")
        divider(p, "Today")
        p.add("gap")
        s = len(p.rows)
        name = rng.choice([FIRM, FIRM_CAPS])
        lab(p, f"Neha (Accounts)  {hhmm(rng, lower=True)}")
        amt = f"Rs.{num(j.amount)}"
        lines = [
            (f"Hi Sohail, payment of {amt} released", {"amount": j.amount, "status": status}),
            (f"to {name} by IMPS", {"merchant": name, "method": "netbanking"}),
            ("against your bill for the felt wall panels.", {}),
            (f"IMPS ref {j.ref}", {"txn": (UTR_RANK, j.ref)}),
        ]
        for line, facts in lines:
            assert fits(p, line + "MMMM"), line
            p.add("left", line, **facts)
        bubble(p, s, "")
        p.add("gap")
        p.add("small", "Sohail is typing...")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [KAARIGARI, "KAARIGARI DESIGN STORE"]))
        p.add("small", "M-14, Hauz Khas Village, New Delhi - 110016  |  GSTIN " + gstin_of(rng, "07", "C"))
        p.add("center", "Payment Voucher")
        p.part = "body"
        vno = f"P-{rng.randrange(120, 990)}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "bv",
            spec,
            f"Vch No. : {vno}",
            f"Date : {when(j.date, '%d-%m-%Y')}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        spec2 = [(0.0, 0.6, "l"), (0.6, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "bh", spec2, "Account", "Dr.", "Cr.", mode="line")
        cols(p, "bl", spec2, me, num(j.amount), "", mode="line", merchant=me)
        cols(p, "bl", spec2, "Kotak Mahindra Bank C/A", "", num(j.amount), mode="line")
        total(p, "Total", num(j.amount), at=0.6, amount=j.amount)
        utr = utr_for(rng, j, "Kotak Mahindra Bank", "RTGS")
        para(
            p,
            f"Narration: Paid by RTGS, UTR {utr}, against bills for namda rugs and felt cushions.",
            txn=(UTR_RANK, utr),
            method="netbanking",
            status=status,
        )
        para(p, f"Amount in words: Rupees {bare_words(j.amount)} Only", kind_="small")
        p.add("gap")
        sig(p)
        p.add("right", "Authorised Signatory")
        p.add("small", "Printed from BUSY")
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 6000, 180000, 0.6)
        p = browser_page(rng, font, "corp.idbibank.co.in/CorporateBanking/TxnStatus")
        p.part = "head"
        top(p, "IDBI BANK")
        p.add("small", f"Corporate Internet Banking  |  {SABARMATI}, Ahmedabad")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Transaction Status: Failed", status)
        note(
            p,
            "The beneficiary bank could not credit the account (response code M3). The debit has been "
            "reversed to your account.",
            "error",
        )
        ref = f"IB{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "ib",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            None,
            [
                (["Transaction Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary A/c No.", f"XXXXXXX{digits(rng, 4)}"], {}),
                (["IFSC", IFSC_OWN], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", "IMPS"], {"method": "netbanking"}),
                (["Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",))], {"date": j.date}),
            ],
            tint=(240, 226, 226),
        )
        return p.done()
    if k == 6:
        gross = j.amount
        gst_tds = round(gross * 0.02, 2)
        j.amount = round(gross - gst_tds, 2)
        p = browser_page(rng, font, "ifms.raj.nic.in/paymanager/BillStatus.aspx")
        p.part = "head"
        hindi(p, "वित्त विभाग, राजस्थान सरकार", scale=1.05, bold=True)
        top(p, "Pay Manager")
        p.add("small", "IFMS Rajasthan  |  Bill Payment Status")
        p.add("rule")
        p.part = "body"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        vno = str(rng.randrange(1200, 9800))
        zebra(
            p,
            "pm",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Field", "Details"],
            [
                (["Office", pick(p, "left", [DIC, "DIC, Tonk"])], {}),
                (["Bill No.", f"{rng.randrange(10, 300)}/{fy(j.date)}"], {}),
                (["Token No.", str(digits(rng, 6))], {}),
                (["Voucher No.", vno], {"txn": (INVOICE_RANK, vno)}),
                (["Payee Name", FIRM_CAPS], {"merchant": FIRM_CAPS}),
                (["Gross Amount", num(gross)], {}),
                (["GST-TDS 2%", num(gst_tds)], {}),
                (["Net Amount", num(j.amount)], {"amount": j.amount}),
                (["Mode", "e-Payment (NEFT)"], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Status", "Paid"], {"status": status}),
            ],
            (30, 70, 120),
        )
        p.add("small", "Namda floor rugs for the Collectorate's conference hall, Tonk.")
        return p.done()
    j.amount = float(rng.randrange(40, 400) * 100)
    p = sheet_page(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(250, 246, 232), (244, 246, 240)])
    p.part = "head"
    top(p, PICHOLA)
    p.add("small", "Lal Ghat, Udaipur - 313001")
    p.add("center", "DEBIT VOUCHER")
    p.part = "body"
    p.add("left", "No. ...........")
    blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
    name = rng.choice([FIRM, "Noorani Namda, Tonk"])
    blank(p, "Paid to", name, merchant=name)
    words = f"{bare_words(j.amount)} only"
    lines = lines_of(p, words, 1.1, 0.62)
    blank(p, "the sum of Rupees", lines[0])
    for more in lines[1:]:
        write(p, more)
    blank(p, "On account of", "namda rugs, 6 rooms")
    h269.ticks(p, ["Cash", "Cheque", "NEFT"], 2, method="netbanking", status=status)
    h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.0, amount=j.amount)
    p.add("gap")
    sig(p)
    cols(p, "dv", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Accountant", "Receiver's Signature")
    return p.done()


# ---------------------------------------------------------------- 3. export wires


def fx(value: float, cur: str, way: str) -> str:
    """A foreign sum as its page prints it: US, Australian, Canadian and Singapore dollars and pounds with
    their sign or code, English grouping; euros the Dutch way (€ 1.234,56); Swedish kronor with a space
    between the thousands and a decimal comma (12 345,67 kr); Danish kroner with points between the
    thousands and a decimal comma (kr. 18.450,00)."""
    body = f"{value:,.2f}"
    if cur in ("EUR", "DKK"):
        body = body.replace(",", "_").replace(".", ",").replace("_", ".")
        if cur == "EUR":
            return {"sign": f"\u20ac {body}", "code": f"EUR {body}"}[way]
        return {"sign": f"kr. {body}", "code": f"DKK {body}"}[way]
    if cur == "SEK":
        body = body.replace(",", " ").replace(".", ",")
        return {"sign": f"{body} kr", "code": f"{body} SEK"}[way]
    sign_ = {"USD": "$", "GBP": "\u00a3", "AUD": "A$", "CAD": "C$", "SGD": "S$"}[cur]
    if way == "sign":
        return f"{sign_}{body}" + (" USD" if cur == "USD" else "")
    return f"{cur} {body}"


WIRES = [
    ("Fiber Hearth Supply LLC", "Portland, Oregon", "USD", 600, 9000),
    ("Wool & Hearth Ltd", "York, England", "GBP", 400, 6000),
    ("Vilt & Vacht B.V.", "Utrecht", "EUR", 500, 7500),
    ("Gotlands Tovhus AB", "Visby, Gotland", "SEK", 6000, 80000),
    ("Hearth & Fleece Pty Ltd", "Hobart, Tasmania", "AUD", 700, 11000),
    ("Filt & Form ApS", "Odense", "DKK", 4000, 60000),
    ("Maison Feutre Inc.", "Montreal, Quebec", "CAD", 600, 10000),
    ("Loom & Felt Pte. Ltd.", "Singapore", "SGD", 600, 10000),
]


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Felt shops, interiors houses and yoga studios abroad paying the firm for namda rugs, felt mats and
    hangings: Wells Fargo's wire transfer confirmation in US dollars (its sentence; shaded labels: Amount,
    Recipient, Recipient bank, SWIFT/BIC, Send date month first in words, Confirmation number, Wire fee);
    Lloyds Bank's app with a payment sent abroad in pounds (a tile's tick, "<sum> sent to <payee>"; each
    value over its label: Payee's bank, From, Sent on; no reference); Rabobank's Overboeking buitenland /
    Foreign transfer in euros the Dutch way (an Uitgevoerd / Executed capsule; Dutch and English labels in a
    table ruled on every side: Begunstigde / Beneficiary, Bedrag / Amount, Uitvoeringsdatum / Execution
    date, Kenmerk / Reference, Kosten / Charges); Handelsbanken's Betalningen kunde inte genomföras / The
    payment could not be made in Swedish kronor on a tinted band (the reason in a notice; Mottagare /
    Payee, Belopp / Amount, Datum / Date year first with dashes, Referens / Reference, Avgift / Charges in
    dot leaders); CommBank's International Money Transfer sent in Australian dollars under a shield's tick
    ("to <beneficiary>"; Date, Reference number, Fee, Delivery at the left and the right); Danske Bank's
    Betaling sendt / Payment sent in Danish kroner ("I dag, <hour>" (today); labels set to the right
    against a gutter: Modtager / Recipient, Beløb / Amount, Modtagers bank / Recipient's bank, Reference;
    no day); Scotiabank's international transfer in progress in Canadian dollars (a capsule, its stages
    across the page, a notice; labels small over their values two to a row: Recipient, Amount; Sent on,
    Reference number; Delivery method, Fee); OCBC's Overseas Funds Transfer successful in Singapore dollars
    on a tinted band (a striped table: Date, Transaction reference, To, Beneficiary bank, Amount, Charges,
    Purpose). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1000, high=2000)
    remitter, town, cur, lo, hi = WIRES[k]
    j.amount = rupees(rng, lo, hi, 0.3)
    way = rng.choice(["sign", "code"])
    show = fx(j.amount, cur, way)
    name = rng.choice([FIRM_CAPS, FIRM, CUT])
    bank_to = f"State Bank of India, Tonk ({BIC})"
    money_ = {"amount": j.amount, "cur": cur}
    if k == 0:
        p = browser_page(rng, font, "connect.secure.wellsfargo.com/wires/confirmation")
        p.part = "head"
        top(p, "WELLS FARGO")
        p.add("small", f"Wires  |  {remitter}, {town}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Wire transfer confirmation")
        para(
            p,
            f"Your international wire to {name} has been sent. Keep the confirmation number for your "
            "records.",
            status=status,
            method="netbanking",
        )
        p.add("gap")
        conf = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        fee = rng.choice([35.0, 40.0, 45.0])
        kv(p, "Amount", show, **money_)
        kv(p, "Recipient", name, merchant=name)
        kv(p, "Recipient bank", "State Bank of India, Tonk, India")
        kv(p, "SWIFT/BIC", BIC)
        kv(p, "Send date", when(j.date, rng.choice(["%B {d}, %Y", "%b {d}, %Y"])), date=j.date)
        kv(p, "Confirmation number", conf, txn=(BANK_RANK, conf))
        kv(p, "Wire fee", fx(fee, "USD", way))
        p.add("small", "Funds usually arrive in 1 to 3 business days.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 106, 77))
        app_head(p, "Lloyds Bank", "Business banking")
        h287.tile(p, status)
        line = pick(p, "center", [f"{show} sent to {name}", f"{show} sent to {FIRM}"])
        payee = line.split(" sent to ", 1)[1]
        p.add("center", line, merchant=payee, status=status, **money_)
        p.add("small", "International payment (SWIFT)", method="netbanking")
        p.add("gap")
        vlab(p, "Payee's bank", "State Bank of India, Tonk")
        vlab(p, "From", f"Business Current Account ...{digits(rng, 4)}", bold=False)
        vlab(p, "Sent on", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y"])), date=j.date)
        p.add("small", "It can take up to 4 working days to reach the payee.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "bankieren.rabobank.nl/betalen/buitenland/details")
        p.part = "head"
        top(p, "Rabobank")
        p.add("small", f"Overboeking buitenland / Foreign transfer  |  {remitter}")
        p.add("rule")
        p.part = "body"
        pill(p, "Uitgevoerd / Executed", status)
        p.add("gap")
        ref = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
        grid(
            p,
            "rb",
            [(0.0, 0.44, "l"), (0.44, 1.0, "l")],
            None,
            [
                (["Begunstigde / Beneficiary", name], {"merchant": name}),
                (["Bank begunstigde / Bank", bank_to], {}),
                (["Bedrag / Amount", show], money_),
                (["Uitvoeringsdatum / Execution date", when(j.date, "%d-%m-%Y")], {"date": j.date}),
                (["Kenmerk / Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Kosten / Charges", "Gedeeld / Shared (SHA)"], {"method": "netbanking"}),
            ],
            tint=(228, 236, 248),
        )
        p.add("small", "Omschrijving: invoice NNU-EX-" + str(rng.randrange(10, 99)) + " namda rugs")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "secure.handelsbanken.se/betalningar/utland")
        p.part = "head"
        top(p, "Handelsbanken")
        p.add("small", f"Utlandsbetalning / Foreign payment  |  {remitter}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Betalningen kunde inte genomföras", status)
        p.add("small", "The payment could not be made")
        note(
            p,
            "The correspondent bank returned the payment: the purpose code for India was missing. No money "
            "has left your account.",
            "error",
        )
        ref = f"HB{digits(rng, 10)}"
        dots(p, "Mottagare / Payee", name, merchant=name)
        dots(p, "Belopp / Amount", show, **money_)
        dots(p, "Datum / Date", when(j.date, "%Y-%m-%d"), date=j.date)
        dots(p, "Referens / Reference", ref, txn=(BANK_RANK, ref))
        dots(p, "Avgift / Charges", "Delad (SHA)", method="netbanking")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (255, 204, 0), (20, 20, 20))
        app_head(p, "CommBank", "International Money Transfer")
        shield(p, status)
        p.add("center", "Transfer sent", status=status)
        p.add("big", show, **money_)
        nm = pick(p, "center", [f"to {name}", f"to {FIRM}"])[3:]
        p.add("center", f"to {nm}", merchant=nm)
        p.add("gap")
        ref = f"N{digits(rng, 9)}"
        kvr(p, "Date", when(j.date, rng.choice(["%a {d} %b %Y", "{d} %B %Y"])), date=j.date)
        kvr(p, "Reference number", ref, txn=(BANK_RANK, ref))
        kvr(p, "Fee", fx(6.0, "AUD", way))
        kvr(p, "Delivery", "SWIFT, 1-2 business days", method="netbanking")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Betaling"], dark=False, buttons=("OK",))
        band(p, (0, 55, 98))
        app_head(p, "Danske Bank", "Udlandsbetaling / Foreign payment")
        p.add("center", "Betaling sendt / Payment sent", status=status)
        p.add("big", show, **money_)
        p.add("small", f"I dag, {hhmm(rng, twelve=False)}")
        p.add("gap")
        ref = f"DB{digits(rng, 12)}"
        gutter(p, "dk", "Modtager / Recipient", name, at=0.44, merchant=name)
        gutter(p, "dk", "Beløb / Amount", show, at=0.44, **money_)
        gutter(p, "dk", "Modtagers bank", "State Bank of India", at=0.44)
        gutter(p, "dk", "SWIFT/BIC", BIC, at=0.44)
        gutter(p, "dk", "Reference", ref, at=0.44, txn=(BANK_RANK, ref), method="netbanking")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Transfer details"], dark=False, buttons=("View activity",))
        band(p, (236, 17, 26))
        app_head(p, "Scotiabank", "International Money Transfer")
        chip(p, "In progress", status)
        p.add("gap")
        h289.steps(p, ["Sent", "In transit", "Delivered"], 1, status)
        note(
            p,
            "Your transfer is on its way to the recipient's bank. We'll let you know when it's delivered.",
            "warn",
        )
        ref = f"IMT{digits(rng, 9)}"
        nm = name if fits(p, name + "MMMMMMMMMMMMMMMMMMMM", 0.9) else FIRM
        two_up(p, "sc1", ("Recipient", nm), ("Amount", show), merchant=nm, **money_)
        two_up(
            p,
            "sc2",
            ("Sent on", when(j.date, "%b {d}, %Y")),
            ("Reference number", ref),
            date=j.date,
            txn=(BANK_RANK, ref),
        )
        two_up(
            p, "sc3", ("Delivery method", "SWIFT wire"), ("Fee", fx(15.0, "CAD", way)), method="netbanking"
        )
        return p.done()
    p = browser_page(rng, font, "internet.ocbc.com/business/transfers/overseas")
    p.part = "head"
    top(p, "OCBC")
    p.add("small", f"Velocity  |  {remitter}")
    p.add("rule")
    p.part = "body"
    h269.strip(p, "Overseas Funds Transfer successful", status)
    p.add("gap")
    ref = f"OT{digits(rng, 11)}"
    zebra(
        p,
        "oc",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["Transfer details", ""],
        [
            (["Date", when(j.date, "{d} %b %Y")], {"date": j.date}),
            (["Transaction reference", ref], {"txn": (BANK_RANK, ref)}),
            (["To", name], {"merchant": name}),
            (["Beneficiary bank", bank_to], {}),
            (["Amount", show], money_),
            (["Charges", "Shared (SHA)"], {"method": "netbanking"}),
            (["Purpose", "Payment for goods (felt rugs)"], {}),
        ],
        (200, 30, 40),
    )
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its shop or itself on top: Namda Ghar's TAX INVOICE made in GimBooks under a
    namda, its Hindi name and a felt strip (Invoice No., Date and Place of Supply on a line; Billed to; Item
    | HSN | Qty | Rate | Amount in a striped table; Taxable Value, CGST 2.5%, SGST 2.5% and Invoice Total
    at the left and the right; "Received Rs. x by UPI (UTR ...)"); Easebuzz's checkout for the web shop
    with the payment pending (the shop on top, a capsule, a notice; Order ID, Transaction ID, Amount,
    Payment Mode, Initiated in dot leaders); the shop writing to a buyer in Instagram's messages under a
    "Today" divider ("Received Rs.x by UPI, ref ...", signed "- Namda Ghar, Tonk"; no day); the Lokrang
    stall's thermal bill torn from its roll in the festival's days (Bill No., Date, the pieces, TOTAL,
    PAID BY CASH); the shop's CUSTOM ORDER form with a square of the felt chosen stapled on, wisps of wool
    in its margins (No. left blank; Date, Customer, Size, Design written in; "Advance Rs. x recd. in cash"
    and "Balance Rs. y on delivery" in the hand; no reference); PayU's payment receipt mail for the web
    shop (its sentence; Merchant, Transaction ID, Bank Ref. No., Amount, Payment Mode, Date on hairline
    rows); Instamojo's payment failed for the firm's felt-making workshop under a shield's cross (the
    reason in a notice; Payment ID, Amount, Method, Attempted on as label and value on a line); the firm's
    MONEY RECEIPT on its letterhead under its Hindi name (No. printed beside Date; "Received with thanks
    from ... by NEFT (UTR ...)"; the sum in a box; a rubber stamp with भुगतान प्राप्त (payment received)
    over its English; a signature). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=900, high=60000, p_round=0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        namda_mark(p)
        hindi(p, SHOP_HI, scale=1.1, bold=True)
        top(p, SHOP_CAPS, merchant=SHOP_CAPS)
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}")
        felt_band(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"NG/{fy(j.date)}/{rng.randrange(40, 900):04d}"
        spec = [(0.0, 0.34, "l"), (0.34, 0.62, "l"), (0.62, 1.0, "r")]
        cols(
            p,
            "gi",
            spec,
            f"Invoice No.: {ino}",
            f"Date: {when(j.date, '%d-%b-%Y')}",
            "Place of Supply: Rajasthan (08)",
            txn=(INVOICE_RANK, ino),
            date=j.date,
        )
        p.add("left", f"Billed to: {rng.choice(CUSTOMERS)}, C-Scheme, Jaipur")
        rows_, taxable = [], 0.0
        for name_, hsn, q, each in works(rng, rng.randrange(2, 4), high=9000):
            v = q * each
            taxable += v
            rows_.append(([SHORT[name_], hsn, str(q), num(each), num(v)], {}))
        zebra(
            p,
            "gb",
            [(0.0, 0.4, "l"), (0.4, 0.54, "c"), (0.54, 0.62, "c"), (0.62, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "HSN", "Qty", "Rate", "Amount"],
            rows_,
            (150, 40, 38),
        )
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        p.add("gap")
        kvr(p, "Taxable Value", num(taxable))
        kvr(p, "CGST 2.5%", num(gst))
        kvr(p, "SGST 2.5%", num(gst))
        kvr(p, "Invoice Total", rs(j.amount), amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Received Rs. {num(j.amount)} by UPI (UTR {j.ref})",
            txn=(UTR_RANK, j.ref),
            method="UPI",
            status=status,
        )
        p.add("small", "Thank you for choosing hand-felted namda from Tonk.  |  Generated with GimBooks")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, f"pay.easebuzz.in/pay/{code(rng, 16, LOWER)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Secured by Easebuzz")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment Pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        note(
            p,
            "We are waiting for your bank to confirm this payment. Please do not pay again; the order will "
            "update on its own.",
            "warn",
        )
        oid = f"NG{rng.randrange(1000, 9999)}"
        eid = f"E{j.date:%y%m}{digits(rng, 10)}"
        dots(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        dots(p, "Transaction ID", eid, txn=(TXN_RANK, eid))
        dots(p, "Amount", rs(j.amount))
        dots(p, "Payment Mode", "UPI", method="UPI")
        dots(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = phone(
            rng,
            font,
            k,
            [rng.choice(["ankita.decor", "theyogaloft.jp", "meenal_makes"])],
            dark=False,
            buttons=(),
        )
        p.part = "body"
        p.add("small", "Instagram  |  Messages")
        divider(p, f"Today {hhmm(rng, lower=False)}")
        p.add("gap")
        s = len(p.rows)
        amt = f"Rs.{num(j.amount)}"
        lines = [
            (f"Received {amt} by UPI,", {"amount": j.amount, "method": "UPI", "status": status}),
            (f"ref {j.ref}. Thank you!", {"txn": (UTR_RANK, j.ref)}),
            ("Your namda ships tomorrow by", {}),
            ("Speed Post. - Namda Ghar, Tonk", {"merchant": SHOP}),
        ]
        for line, facts in lines:
            assert fits(p, line + "MMMMMM"), line
            p.add("left", line, **facts)
        bubble(p, s, "Seen")
        p.add("gap")
        p.add("small", "Message...")
        return p.done()
    if k == 3:
        shift(j, rng, LOKRANG + dt.timedelta(days=rng.randrange(0, 10)))
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        p.part = "head"
        p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
        p.add("small", "Lokrang Crafts Bazaar, JKK Jaipur")
        p.add("small", f"Stall 24  |  GSTIN {GSTIN}")
        p.part = "body"
        p.add("rule")
        bno = f"24/{rng.randrange(100, 999):04d}"
        p.pair("Bill No", bno, txn=(INVOICE_RANK, bno))
        p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        p.add("rule")
        j.amount = 0.0
        for name_, _, q, each in works(rng, rng.randrange(2, 4), high=2600):
            v = q * each
            j.amount += v
            p.pair(f"{q} x {SHORT[name_]}", f"{v:.2f}")
        p.add("rule")
        p.pair("TOTAL", f"{j.amount:,.2f}", amount=j.amount)
        p.add("center", "PAID BY CASH", method="cash", status=status)
        p.add("small", "GST included. No exchange after 7 days.")
        return p.done()
    if k == 4:
        est = float(rng.randrange(90, 260) * 100)
        j.amount = float(round(est * rng.choice([0.3, 0.4, 0.5]) / 100) * 100)
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(252, 250, 242), (248, 246, 238)])
        fleece(p)
        p.part = "head"
        hindi(p, SHOP_HI, scale=1.05, bold=True)
        top(p, SHOP, merchant=SHOP)
        p.add("small", SHOP_AT)
        p.add("center", "CUSTOM ORDER")
        p.part = "body"
        p.add("left", "No. ...........")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "Customer", rng.choice(CUSTOMERS))
        blank(p, "Size", rng.choice(["6 x 9 ft", "5 x 8 ft", "4 x 6 ft", "8 ft round"]))
        blank(
            p, "Design", rng.choice(["Tree of life, chain-stitch", "Inlaid paisley border", "Kashmiri buta"])
        )
        swatch(p, "Ground colour (sample):")
        blank(p, "Estimate", f"Rs. {num(est, 'indian', 0)}/-")
        write(
            p,
            f"Advance Rs. {num(j.amount, 'indian', 0)}/- recd. in cash",
            amount=j.amount,
            method="cash",
            status=status,
        )
        write(p, f"Balance Rs. {num(est - j.amount, 'indian', 0)}/- on delivery")
        sig(p)
        return p.done()
    if k == 5:
        p = mail_page(rng, font, "PayU <no-reply@payu.in>", [f"Payment receipt for your purchase at {SHOP}"])
        p.part = "head"
        top(p, "PayU")
        p.add("rule")
        p.part = "body"
        p.add("left", "Hi,")
        para(p, f"Your payment to {SHOP} ({WEB}) was successful. Here is your receipt.", status=status)
        p.add("gap")
        pid = str(digits(rng, 11))
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        h269.kind(p, "pu", spec, "line", bold=(1,))
        for label, value, facts in [
            ("Merchant", SHOP, {"merchant": SHOP}),
            ("Transaction ID", pid, {"txn": (TXN_RANK, pid)}),
            ("Bank Ref. No.", j.ref, {"txn": (BANK_RANK, j.ref)}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "UPI", {"method": "UPI"}),
            ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), {"date": j.date}),
        ]:
            h269.row(p, "pu", label, value, **facts)
        p.add("gap")
        p.add("small", "For order questions, write to hello@" + WEB + ". PayU will never ask for your OTP.")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([1500, 1800, 2400, 3000, 3600]))
        p = browser_page(rng, font, f"www.instamojo.com/@noorani_namda/{code(rng, 8, LOWER)}")
        p.part = "head"
        top(p, FIRM, merchant=FIRM)
        p.add("small", "Felt-making workshop, 3 hours, at the karkhana in Tonk")
        p.add("rule")
        p.part = "body"
        shield(p, status)
        p.add("center", "Payment failed", status=status)
        note(
            p,
            "Your card issuer declined the payment (insufficient funds). No money was taken; you can try "
            "another card.",
            "error",
        )
        mid_ = f"MOJO{j.date:%m%d}{code(rng, 8, UPPER + '0123456789')}"
        p.pair("Payment ID", mid_, txn=(TXN_RANK, mid_))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Method", f"Debit card XX{digits(rng, 4)}", method="card")
        p.pair("Attempted on", at_hour(rng, j.date, ["%d %b %Y"], (", ",)), date=j.date)
        return p.done()
    p = sheet_page(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(255, 255, 255), (252, 250, 244)])
    p.part = "head"
    hindi(p, FIRM_HI, scale=1.1, bold=True)
    top(p, FIRM_CAPS, merchant=FIRM_CAPS)
    p.add("small", ADDRESS)
    p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
    p.add("rule")
    p.add("center", "MONEY RECEIPT")
    p.part = "body"
    no = str(rng.randrange(101, 480))
    cols(
        p,
        "mr",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"No. {no}",
        f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    p.add("gap")
    utr = utr_for(rng, j, "HDFC Bank", "NEFT")
    payer = rng.choice(
        [
            "M/s Pink City Interiors, Jaipur",
            "M/s Aravali Resorts Pvt. Ltd., Ajmer",
            "M/s Dune Stays LLP, Jaisalmer",
        ]
    )
    para(
        p,
        f"Received with thanks from {payer} the sum of Rupees {bare_words(j.amount)} only by NEFT "
        f"(UTR {utr}) against our invoice NNU/{fy(j.date)}/{rng.randrange(20, 300):03d} for namda rugs.",
        txn=(UTR_RANK, utr),
        method="netbanking",
        status=status,
    )
    p.add("gap")
    h271.amtbox(p, "Rs.", num(j.amount), by_hand=False, amount=j.amount)
    hstamp(p, "भुगतान प्राप्त", ["PAYMENT RECEIVED", FIRM_CAPS], colour=rng.choice(["violet", "blue"]), at=0.5)
    sig(p)
    p.add("right", f"for {FIRM}")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers


AGENT = "M/S BHANWARLAL OMPRAKASH"
AGENT_HI = "मै. भंवरलाल ओमप्रकाश"
DYES = "SHREE GANESH DYE CHEM"
CHATAI = "Sanganer Chatai Udyog"
PACK = "AMBER PACKAGING INDUSTRIES"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: a Bikaner wool mandi commission agent's KACHCHA
    BILL (his name in Hindi over its English; Date and M/s. written in; the wool, the mandi fee and the
    loading written in a Hindi hand with their sums, कुल (total), "नकद प्राप्त" (cash received); no
    reference); a Jaipur dye house's TAX INVOICE under a pale PAID mark (two fields to a row: Bill to, Invoice
    No.; GSTIN, Invoice Date (earlier); Supply, Transport; Dye | Shade | Kg | Rate | Amount on hairline rows;
    Taxable, CGST 9%, SGST 9% and Invoice Total across the page; the sum in words; a card headed Payment
    received: Mode, Reference, Received on); IndiaMART's Pay with IndiaMART checkout failed for reed mats and
    soap on a tinted band (the reason in a notice; Seller, Order ID, Amount, Payment mode, Transaction ID,
    Attempted on at the left and the right); Moglix's order mail for carding machine parts (its sentence;
    Order ID, Order date, Payment, Amount paid in columns; the items on hairline rows); Porter's trip receipt
    on the firm's phone ("Today, <hour>"; Trip fare, Loading time, Platform fee and Amount paid at the left
    and the right; Trip ID; "Paid via UPI"; no day); India Post's Speed Post counter receipt from the Tonk
    head office on a torn roll (Article No., Weight, Tariff, GST 18%, TOTAL, PAYMENT MODE UPI, UPI REF, TXN
    ID, DATE); a Jaipur packaging maker's BILL printed by a dot-matrix printer on continuous stationery with
    its sprocket holes and green bars (Bill No. and Date; the cartons, bubble wrap and tape in fixed-width
    columns; TOTAL; "Recd. by NEFT, UTR ..., dt. <day>" written on it); Flipkart Wholesale's order with the
    payment pending (a capsule, a notice; labels small over their values two to a row: Order ID, Amount;
    Payment mode, Initiated on). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=2000, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 244, 226), (246, 240, 222)])
        p.part = "head"
        hindi(p, AGENT_HI, scale=1.15, bold=True)
        top(p, AGENT, merchant=AGENT)
        p.add("small", "Commission Agents, Wool Mandi, Gangashahar Road, Bikaner")
        hindi(p, "कच्चा बिल / KACHCHA BILL", bold=True)
        p.part = "body"
        p.add("left", "No. ...........")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%y", "{d}-%m-%Y"]), date=j.date)
        blank(p, "M/s.", "Noorani Namda, Tonk")
        kg = rng.randrange(60, 320)
        rate = rng.randrange(140, 230)
        wool = float(kg * rate)
        fee = float(round(wool * 0.01))
        load = float(rng.randrange(2, 9) * 50)
        j.amount = wool + fee + load
        hindi_hand(p, f"ऊन सफ़ेद {kg} किलो @ {rate}", figure=num(wool, "indian", 0))
        hindi_hand(p, "मंडी शुल्क", figure=num(fee, "indian", 0))
        hindi_hand(p, "हम्माली", figure=num(load, "indian", 0))
        hindi_hand(p, "कुल", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        hindi_hand(p, "नकद प्राप्त", scale=1.3, method="cash", status=status)
        sig(p)
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = (255, 255, 255)
        h289.watermark(p, "PAID")
        p.part = "head"
        top(p, DYES, merchant=DYES)
        p.add(
            "small",
            f"Acid and reactive dyes  |  Vishwakarma Industrial Area, Jaipur  |  GSTIN {gstin_of(rng)}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        ino = f"SGD/{rng.randrange(300, 2400)}"
        bill_day = earlier(rng, j, 3, 30)
        spec = [(0.0, 0.16, "l"), (0.16, 0.52, "l"), (0.55, 0.74, "l"), (0.74, 1.0, "l")]
        colkv(p, "dc", spec, "Bill to", f"{FIRM}, Tonk", "Invoice No.", ino, txn=(INVOICE_RANK, ino))
        colkv(p, "dc", spec, "GSTIN", GSTIN, "Invoice Date", when(bill_day, "%d/%m/%Y"))
        colkv(p, "dc", spec, "Supply", "Rajasthan (08)", "Transport", "Bus, Jaipur-Tonk")
        p.add("gap")
        spec2 = [(0.0, 0.34, "l"), (0.34, 0.54, "l"), (0.54, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "dyh", spec2, "Dye", "Shade", "Kg", "Rate", "Amount", mode="line")
        sub = 0.0
        for dye, shade in rng.sample(
            [
                ("Acid Red 57", "madder red"),
                ("Acid Blue 113", "indigo"),
                ("Acid Yellow 49", "turmeric"),
                ("Acid Black 194", "charcoal"),
                ("Acid Green 25", "leaf green"),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(2, 12)
            pr = float(rng.randrange(900, 2400, 10))
            sub += q * pr
            cols(p, "dyl", spec2, dye, shade, str(q), num(pr), num(q * pr), mode="line")
        gst = round(sub * 0.09, 2)
        j.amount = round(sub + 2 * gst, 2)
        p.add("gap")
        spec3 = [(0.0, 0.25, "r"), (0.25, 0.5, "r"), (0.5, 0.75, "r"), (0.75, 1.0, "r")]
        cols(p, "dth", spec3, "Taxable", "CGST 9%", "SGST 9%", "Invoice Total", mode="soft")
        cols(p, "dtv", spec3, num(sub), num(gst), num(gst), rs(j.amount), mode="total", amount=j.amount)
        para(p, f"Rupees {bare_words(j.amount)} Only", kind_="small")
        p.add("gap")
        c = card_open(p)
        p.add("left", "Payment received", status=status)
        kvr(p, "Mode", "IMPS", method="netbanking")
        kvr(p, "Reference", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Received on", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        card_close(p, c)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "paywith.indiamart.com/checkout/status")
        p.part = "head"
        top(p, "IndiaMART")
        p.add("small", "Pay with IndiaMART  |  Buyer protection on every order")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment Failed", status)
        note(
            p,
            "Your bank could not process this payment (NB session timed out). Nothing was deducted; you "
            "can pay again.",
            "error",
        )
        oid = str(digits(rng, 9))
        tid = f"IMPG{digits(rng, 12)}"
        kvr(p, "Seller", CHATAI, merchant=CHATAI)
        kvr(p, "Items", "Reed mats (chatai) 20 nos, soap flakes 25 kg")
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment mode", "Net Banking", method="netbanking")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = mail_page(rng, font, "Moglix <orders@moglix.com>", ["Your Moglix order has been placed"])
        p.part = "head"
        top(p, "Moglix", merchant="Moglix")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(
            p,
            "Thank you for shopping with Moglix. Your payment is successful and your order has been placed.",
            status=status,
        )
        oid = f"MSN{digits(rng, 9)}"
        spec = [(0.0, 0.25, "l"), (0.25, 0.5, "l"), (0.5, 0.75, "l"), (0.75, 1.0, "r")]
        cols(p, "mgh", spec, "Order ID", "Order date", "Payment", "Amount paid", mode="soft")
        rows_, sub = [], 0.0
        items = rng.sample(
            [
                ("Card clothing wire, 2 m", 1800, 4200),
                ("Carding drum bearing 6205", 240, 520),
                ("V-belt B-42", 180, 420),
                ("Carder's brush", 350, 900),
            ],
            rng.randrange(2, 4),
        )
        for name_, lo, hi in items:
            q = rng.randrange(1, 4)
            v = float(q * rng.randrange(lo, hi, 10))
            sub += v
            rows_.append((name_, q, v))
        j.amount = sub
        cols(
            p,
            "mgv",
            spec,
            oid,
            when(j.date, "%d %b %Y"),
            "UPI",
            rs(j.amount),
            txn=(ORDER_RANK, oid),
            date=j.date,
            method="UPI",
            amount=j.amount,
        )
        p.add("gap")
        for name_, q, v in rows_:
            cols(
                p,
                "mgl",
                [(0.0, 0.7, "l"), (0.7, 0.8, "c"), (0.8, 1.0, "r")],
                name_,
                f"x{q}",
                num(v),
                mode="line",
            )
        p.add("small", "Delivery expected in 4-6 days. GST invoice will be sent on dispatch.")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(420, 2600))
        p = phone(rng, font, k, ["", "Trip details"], dark=False, buttons=("Download invoice",))
        band(p, (20, 70, 200))
        app_head(p, "Porter", "Trip completed")
        p.add("center", "Porter", merchant="Porter")
        p.add("small", f"Today, {hhmm(rng, lower=True)}  |  Tata Ace")
        p.add("small", "Tonk to Jaipur (Sitapura)")
        p.add("gap")
        plat = float(rng.choice([20, 25, 30]))
        load_ = float(rng.choice([0, 60, 120]))
        fare = j.amount - plat - load_
        kvr(p, "Trip fare", num(fare))
        kvr(p, "Loading time", num(load_))
        kvr(p, "Platform fee", num(plat))
        kvr(p, "Amount paid", rs(j.amount), amount=j.amount, status=status)
        p.add("gap")
        crn = f"CRN{digits(rng, 10)}"
        p.pair("Trip ID", crn, txn=(TXN_RANK, crn))
        p.add("small", "Paid via UPI", method="UPI")
        return p.done()
    if k == 5:
        n_ = rng.randrange(1, 4)
        tariff = float(sum(rng.randrange(180, 900, 5) for _ in range(n_)))
        gst = round(tariff * 0.18, 2)
        j.amount = round(tariff + gst, 2)
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        p.part = "head"
        p.add("center", "INDIA POST", merchant="INDIA POST")
        p.add("small", "Tonk H.O. - 304001")
        p.add("small", "SPEED POST BOOKING")
        p.part = "body"
        p.add("rule")
        art = f"E{code(rng, 1, UPPER)}{digits(rng, 9)}IN"
        p.pair("Article No", art)
        p.pair("Articles", str(n_))
        p.pair("Weight", f"{rng.randrange(2, 18)} kg")
        p.pair("Tariff", f"{tariff:.2f}")
        p.pair("GST 18%", f"{gst:.2f}")
        p.add("rule")
        p.pair("TOTAL", f"{j.amount:.2f}", amount=j.amount)
        p.pair("PAYMENT MODE", "UPI", method="UPI", status=status)
        p.pair("UPI REF", j.ref, txn=(UTR_RANK, j.ref))
        tid = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
        p.pair("TXN ID", tid, txn=(TXN_RANK, tid))
        p.pair("DATE", f"{when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        p.add("small", "Track at indiapost.gov.in")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = (252, 252, 248)
        sprockets(p)
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.86
        n_ = h271.tt_cols(p)
        assert n_ >= 60, n_
        p.part = "head"
        typed(p, f"{PACK:^{n_}}", scale=0.86, merchant=PACK)
        typed(p, f"{'Road No. 14, VKI Area, Jaipur - 302013':^{n_}}", scale=0.86)
        typed(p, f"{'GSTIN ' + gstin_of(rng):^{n_}}", scale=0.86)
        typed(p, f"{'BILL':^{n_}}", scale=0.86)
        p.part = "body"
        bno = str(rng.randrange(1200, 4800))
        bill_day = earlier(rng, j, 4, 25)
        left = f"Bill No. {bno}"
        right = f"Date {when(bill_day, '%d/%m/%Y')}"
        typed(p, f"{left}{right:>{n_ - len(left)}}", scale=0.86, txn=(INVOICE_RANK, bno))
        typed(p, f"To: {FIRM}, Tonk", scale=0.86)
        typed(p, "-" * n_, scale=0.86)
        typed(p, f"{'Particulars':<30}{'Qty':>8}{'Rate':>10}{'Amount':>12}", scale=0.86)
        typed(p, "-" * n_, scale=0.86)
        sub = 0.0
        for name_, unit, lo, hi in rng.sample(
            [
                ("5-ply carton 24x18x12", "nos", 38, 62),
                ("Bubble wrap roll 1m", "roll", 520, 880),
                ("BOPP tape 3in", "nos", 48, 75),
                ("Kraft paper 90 gsm", "kg", 70, 110),
            ],
            3,
        ):
            q = rng.randrange(10, 200) if unit == "nos" else rng.randrange(2, 20)
            pr = float(rng.randrange(lo, hi))
            sub += q * pr
            typed(p, f"{name_:<30}{q:>8}{num(pr, 'plain'):>10}{num(q * pr, 'plain'):>12}", scale=0.86)
        gst = round(sub * 0.09, 2)
        j.amount = round(sub + 2 * gst, 2)
        typed(p, "-" * n_, scale=0.86)
        typed(p, f"{'CGST 9%':<48}{num(gst, 'plain'):>12}", scale=0.86)
        typed(p, f"{'SGST 9%':<48}{num(gst, 'plain'):>12}", scale=0.86)
        typed(p, f"{'TOTAL':<48}{num(j.amount, 'indian'):>12}", scale=0.86, amount=j.amount)
        typed(p, "-" * n_, scale=0.86)
        p.add("gap")
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        write(p, f"Recd. by NEFT, UTR {utr}", txn=(UTR_RANK, utr), method="netbanking", status=status)
        write(p, f"dt. {day_in(j, rng, ['%d/%m/%y', '{d}.%m.%Y'])}", date=j.date)
        sig(p)
        return p.done()
    p = phone(rng, font, k, ["", "Order"], dark=False, buttons=("Retry payment", "Track"))
    band(p, (40, 116, 240))
    app_head(p, "Flipkart Wholesale", "Order summary")
    p.add("center", "Flipkart Wholesale", merchant="Flipkart Wholesale")
    chip(p, "Payment pending", status)
    note(
        p,
        "We have not received a confirmation from your bank yet. If the amount was debited, the order will "
        "be confirmed within 24 hours.",
        "warn",
    )
    oid = f"OD{digits(rng, 15)}"
    two_up(p, "fw1", ("Order ID", oid), ("Amount", rs(j.amount)), txn=(ORDER_RANK, oid), amount=j.amount)
    two_up(
        p,
        "fw2",
        ("Payment mode", "UPI"),
        ("Initiated on", when(j.date, "%d %b %Y")),
        method="UPI",
        date=j.date,
    )
    p.add("small", "Items: liquid soap 20 L, nylon net 50 m, steel basins 4")
    return p.done()


# ---------------------------------------------------------------- 6. the firm's banks paying its vendors


VENDORS = [
    "SHYAM ROADLINES",
    "KHANDELWAL SOAP WORKS",
    "BIKANER WOOL TRADERS",
    "JAIPUR EMBROIDERY THREADS",
    "A K CARPENTRY WORKS",
    "RAZAK DYEING WORKS",
    "BABU KHAN",
    "JAIPUR EXPORT PACKERS",
]


def comb(p: Screen, label: str, value: str, **facts) -> None:
    """heldout269's boxes filled in by hand, in this page's pen and ink."""
    x = h269.ext(p)
    x["pen"] = hand_pen(p)
    x["pen_ink"] = list(h271.ext(p)["pen_ink"])
    h269.comb(p, label, value, **facts)


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's payments from its banks' apps, pages and forms: Central Bank of India's Cent Mobile IMPS
    successful under a scalloped badge ("Today, <hour>"; a table ruled on every side: Beneficiary Name,
    IMPS Ref No., Amount, From A/c, Remarks; no day); Bank of India's BOI Mobile Omni Neo with a NEFT failed
    on a tinted band (the reason in a notice; labels small over their values: Transaction Reference No.,
    Beneficiary, Amount, Date, Mode); IDBI Bank's GO Mobile+ RTGS successful (a capsule; Beneficiary,
    Amount, UTR No., Transaction Date, Debit Account, Purpose in dot leaders); Rajasthan Gramin Bank's NEFT /
    RTGS APPLICATION FORM, its customer copy filled in by hand under the bank's Hindi name (Date,
    Beneficiary Name written in; the account and IFSC in boxes; NEFT and RTGS in boxes, NEFT ticked; the sum
    in a box; the branch's rectangular stamp with its day; UTR No. written in by the branch); Jana Small
    Finance Bank's NEFT in process (a capsule, its stages left to right, a notice; Beneficiary and Amount,
    UTR and Initiated on in tiles); RBL Bank's MoBank UPI payment successful (each value over its label:
    Paid to, UPI Ref No, Date & Time, Debited from); Airtel Payments Bank's Money sent to the carder ("<sum>
    sent to <payee>", "on <day>, <hour>", "to A/c ..."; no reference); YES BANK NetBanking's fund transfer
    confirmation (two fields to a row: Reference No., IMPS RRN; Beneficiary, Account; Amount, Date;
    Remarks). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=2500, high=140000)
    rs = money(rng, font, 0.25, marks=("Rs.", "\u20b9", "INR"))
    to = VENDORS[k]
    tail = digits(rng, 4)
    if k == 0:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share", "Done"))
        band(p, (200, 20, 40))
        app_head(p, "Cent Mobile", "Central Bank of India  |  IMPS")
        h287.burst(p, status)
        p.add("center", "IMPS successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}", method="netbanking")
        p.add("gap")
        grid(
            p,
            "cm",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Beneficiary Name", to], {"merchant": to}),
                (["IMPS Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Amount", rs(j.amount)], {}),
                (["From A/c", f"XXXXXXX{tail}"], {}),
                (["Remarks", "freight Tonk-Jaipur"], {}),
            ],
            tint=(246, 228, 230),
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Retry",))
        band(p, (0, 86, 150))
        app_head(p, "BOI Mobile Omni Neo", "Bank of India  |  NEFT")
        h269.strip(p, "Transaction failed", status)
        note(
            p,
            "The beneficiary bank returned the NEFT: account name mismatch. The amount has been credited "
            "back.",
            "error",
        )
        ref = f"BOIN{digits(rng, 10)}"
        lab(p, "Transaction Reference No.")
        p.add("left", ref, txn=(BANK_RANK, ref))
        lab(p, "Beneficiary")
        p.add("left", to, merchant=to)
        lab(p, "Amount")
        p.add("left", rs(j.amount), amount=j.amount)
        lab(p, "Date")
        p.add("left", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        lab(p, "Mode")
        p.add("left", "NEFT", method="netbanking")
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 200000, 480000, 0.6)
        p = phone(rng, font, k, ["", "RTGS"], dark=False, buttons=("Download receipt",))
        band(p, (0, 120, 100))
        app_head(p, "IDBI GO Mobile+", "RTGS")
        pill(p, "Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "IDBI Bank", "RTGS")
        nm = pick(p, "pair", [to, "BIKANER WOOL TRADR"])
        dots(p, "Beneficiary", nm, merchant=nm)
        dots(p, "Amount", rs(j.amount))
        dots(p, "UTR No.", utr, txn=(UTR_RANK, utr), method="netbanking")
        dots(p, "Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        dots(p, "Debit Account", f"XXXXXXXX{tail}")
        dots(p, "Purpose", "Raw wool, 2 bales")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(244, 248, 240), (250, 248, 236)])
        p.part = "head"
        hindi(p, "राजस्थान ग्रामीण बैंक", scale=1.1, bold=True)
        top(p, "RAJASTHAN GRAMIN BANK")
        p.add("small", "Branch: Tonk (Bada Kuan)")
        p.add("center", "NEFT / RTGS APPLICATION FORM  -  CUSTOMER COPY")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Remitter", FIRM)
        blank(p, "Beneficiary Name", to.title(), merchant=to.title())
        comb(p, "Beneficiary A/c No.", str(digits(rng, 12)))
        comb(p, "IFSC", f"UTIB0{digits(rng, 6)}")
        h269.ticks(p, ["NEFT", "RTGS"], 0, method="netbanking")
        h271.amtbox(
            p,
            "Amount Rs.",
            f"{num(j.amount, 'indian', 0 if j.amount == int(j.amount) else 2)}",
            at=0.0,
            amount=j.amount,
        )
        h271.rstamp(
            p,
            ["RAJASTHAN GRAMIN BANK", when(j.date, "%d %b %Y").upper(), "TONK BRANCH"],
            "violet",
            at=0.56,
            rows_=3,
        )
        p.add("gap")
        utr = utr_for(rng, j, "Rajasthan Gramin Bank", "NEFT")
        blank(p, "UTR No.", utr, txn=(UTR_RANK, utr), status=status)
        sig(p)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Okay",))
        band(p, (40, 60, 140))
        app_head(p, "Jana Bank", "Jana Small Finance Bank  |  NEFT")
        chip(p, "In process", status)
        p.add("gap")
        track(p, ["Submitted", "Sent to RBI", "Credited"], "dpt")
        note(
            p,
            "NEFT is settled in half-hourly batches. The amount will reach the beneficiary by the next "
            "batch.",
            "warn",
        )
        utr = utr_for(rng, j, "Jana Small Finance Bank", "NEFT")
        nm = to if fits(p, to + "MMMMMMMMMMMMMMMMM", 0.9) else "A K CARPENTRY"
        tiles2(p, ("Beneficiary", nm), ("Amount", rs(j.amount)), merchant=nm, amount=j.amount)
        tiles2(
            p,
            ("UTR", utr),
            ("Initiated on", when(j.date, "%d %b %Y")),
            txn=(UTR_RANK, utr),
            date=j.date,
            method="netbanking",
        )
        return p.done()
    if k == 5:
        j.amount = rupees(rng, 800, 30000, 0.6)
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Share",))
        band(p, (230, 40, 50))
        app_head(p, "RBL MoBank", "UPI")
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        vlab(p, "Paid to", vname(p, [to, "RAZAK DYEING"]), merchant=vname(p, [to, "RAZAK DYEING"]))
        vlab(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        vlab(
            p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date, bold=False
        )
        vlab(p, "Debited from", f"Savings XXXX{tail}", method="UPI", bold=False)
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(12, 90) * 100)
        p = phone(rng, font, k, ["", "Money sent"], dark=False, buttons=("Done",))
        band(p, (230, 0, 18))
        app_head(p, "Airtel Payments Bank", "Bank transfer")
        h287.tile(p, status)
        line = pick(p, "center", [f"{rs(j.amount)} sent to {to}", f"{rs(j.amount)} sent to Babu Khan"])
        p.add("center", line, amount=j.amount, merchant=line.split(" sent to ", 1)[1], status=status)
        p.add("small", f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (', ',))}", date=j.date)
        p.add("small", f"to A/c XXXXXXXX{digits(rng, 4)} (SBIN0{digits(rng, 6)})", method="netbanking")
        p.add("gap")
        p.add("small", "Carding of 140 kg wool")
        return p.done()
    p = browser_page(rng, font, "netbanking.yesbank.in/ibank/FundTransferConfirm")
    p.part = "head"
    top(p, "YES BANK")
    p.add("small", "NetBanking  |  Fund Transfer - Confirmation")
    p.add("rule")
    p.part = "body"
    p.add("left", "Your fund transfer request has been processed successfully.", status=status)
    p.add("gap")
    ref = f"YB{digits(rng, 10)}"
    spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.52, 0.7, "l"), (0.7, 1.0, "l")]
    colkv(p, "yb", spec, "Reference No.", ref, "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    colkv(p, "yb", spec, "Beneficiary", to, "Account", f"XXXXXXXX{tail}", merchant=to)
    colkv(
        p,
        "yb",
        spec,
        "Amount",
        rs(j.amount),
        "Date",
        day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]),
        amount=j.amount,
        date=j.date,
    )
    colkv(p, "yb", spec, "Mode", "IMPS", "Remarks", "export cartons", method="netbanking")
    return p.done()


# ---------------------------------------------------------------- 7. the karkhana's people


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its felt makers, embroiderers and staff: the karkhana's FELT MAKING ACCOUNT under its
    Hindi heading, photographed lying on a namda (Sheet No. printed; Karigar and Week written in; Size |
    Pieces | Rate | Amount filled in by hand on a ruled table, Total; "Paid by UPI, Ref ..." and Paid on
    written in); an embroiderer's own receipt written in a Hindi hand (रसीद, दिनांक and the day, "... से कढ़ाई
    की मजदूरी के रुपये x/- नकद प्राप्त किए" (received Rs. x in cash for embroidery wages from ...), her
    signature and her name under it; no reference); Saral PayPack's payslip for the shop's accountant (Payslip
    for the month of ...; Employee Name, Employee Code, Designation, Days Paid in a table ruled on every side;
    Earnings | Amount | Deductions | Amount on hairline rows; Net Salary under its rules; "Net pay transferred
    on <day> by NEFT, UTR ..."); MobiKwik's UPI payment to a felt maker processing under a spinner ("to
    <payee>", a notice; UPI Ref No., Initiated on, From at the left and the right); Google Pay on an
    embroiderer's phone set to Hindi ("<payee> को" (to <payee>) over the sum, पूरा हुआ (completed), the day
    and hour; a card of Hindi labels small over their values: UPI लेन-देन आईडी (UPI transaction ID), इनसे
    (from), Google लेन-देन आईडी (Google transaction ID)); Bandhan Bank's mBandhan IMPS successful on a tinted
    band (a table ruled on every side: Beneficiary, Amount, IMPS Ref. No., Date, Remarks); Freecharge's UPI
    paid successfully ("Just now"; UPI Ref. No. and From at the left and the right; no day); Jupiter's UPI
    payment failed to an embroiderer under a shield's cross (the reason in a notice; two fields to a row:
    Amount, UPI Ref No.; Attempted on, From). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1200, high=16000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9"))
    who = MAKERS[(k + rng.randrange(2)) % len(MAKERS)]
    if k == 0:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 244, 232)])
        on_namda(p)
        p.part = "head"
        hindi(p, "नमदा बनाई हिसाब", scale=1.1, bold=True)
        top(p, "FELT MAKING ACCOUNT")
        p.add("small", f"{KARKHANA}, Mohalla Kafila, Tonk")
        p.part = "body"
        sno = f"{rng.randrange(10, 99)}"
        p.add("left", f"Sheet No. {sno}", txn=(INVOICE_RANK, sno))
        name = MAKERS[rng.randrange(4)]
        blank(p, "Karigar", name, merchant=name)
        wk = j.date - dt.timedelta(days=j.date.weekday() + 7)
        blank(p, "Week", f"{when(wk, '{d}/%m')} - {when(wk + dt.timedelta(days=6), '{d}/%m')}")
        spec = [(0.0, 0.34, "l"), (0.34, 0.54, "c"), (0.54, 0.74, "c"), (0.76, 1.0, "r")]
        cols(p, "fh", spec, "Size", "Pieces", "Rate", "Amount", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for size_, lo, hi in rng.sample(
            [
                ("3 x 5 ft", 300, 420),
                ("4 x 6 ft", 480, 640),
                ("Round 3 ft", 220, 300),
                ("Yoga mat", 120, 180),
                ("2 x 3 ft", 140, 200),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(2, 9)
            rate = rng.randrange(lo, hi, 10)
            hcells(p, spec, size_, str(q), str(rate), num(q * rate, "indian", 0))
            j.amount += q * rate
        j.amount = float(j.amount)
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.34, 0.54, 0.75])
        p.add("gap")
        write(p, f"Paid by UPI, Ref {j.ref}", txn=(UTR_RANK, j.ref), method="UPI", status=status)
        blank(p, "Paid on", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        sig(p)
        return p.done()
    if k == 1:
        j.amount = float(rng.randrange(8, 70) * 50)
        name = MAKERS[4 + rng.randrange(4)]
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(252, 252, 246), (248, 248, 240)])
        p.part = "body"
        hindi_hand(p, "रसीद", scale=1.4)
        hindi_hand(p, f"दिनांक {day_in(j, rng, ['{d}/%m/%Y', '%d/%m/%y'])}", date=j.date)
        hindi_hand(p, "मैंने नूरानी नमदा उद्योग, टोंक से")
        hindi_hand(p, "कढ़ाई की मजदूरी के")
        hindi_hand(
            p,
            f"रुपये {num(j.amount, 'indian', 0)}/- नकद प्राप्त किए।",
            amount=j.amount,
            method="cash",
            status=status,
        )
        p.add("gap")
        sig(p)
        write(p, name, align="r", merchant=name)
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 12000, 26000, 0.2)
        name = STAFF[rng.randrange(2)]
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, FIRM_CAPS)
        p.add("small", ADDRESS)
        p.add("rule")
        p.add("center", f"Payslip for the month of {j.month(1)}")
        p.part = "body"
        gkv(p, "ps", "Employee Name", name, merchant=name)
        gkv(p, "ps", "Employee Code", f"NNU-{rng.randrange(1, 20):02d}")
        gkv(p, "ps", "Designation", "Accountant" if name == KEEPER else "Sales, Namda Ghar")
        gkv(p, "ps", "Days Paid", str(rng.choice([26, 30, 31])))
        p.add("gap")
        basic = round(j.amount * 0.6, 0)
        hra = round(j.amount * 0.2, 0)
        pf = round(basic * 0.12, 0)
        other = round(j.amount + pf - basic - hra, 2)
        spec = [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.54, 0.8, "l"), (0.8, 1.0, "r")]
        cols(p, "ph", spec, "Earnings", "Amount", "Deductions", "Amount", mode="line")
        cols(p, "pl", spec, "Basic", num(basic), "PF", num(pf), mode="line")
        cols(p, "pl", spec, "HRA", num(hra), "", "", mode="line")
        cols(p, "pl", spec, "Other allowance", num(other), "", "", mode="line")
        total(p, "Net Salary", rs(j.amount), at=0.6, amount=j.amount)
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        para(
            p,
            f"Net pay transferred on {day_in(j, rng, ['%d/%m/%Y', '%d-%b-%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            txn=(UTR_RANK, utr),
            method="netbanking",
            status=status,
        )
        p.add("small", "Computer generated payslip (Saral PayPack); no signature is needed.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check later",))
        band(p, (0, 98, 200))
        app_head(p, "MobiKwik", "UPI")
        h279.spinner(p, AMBER)
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {who}", merchant=who)
        note(
            p,
            "Your bank is taking longer than usual. Don't pay again; we'll update you in 30 minutes.",
            "warn",
        )
        kvr(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "From", f"SBI XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        j.amount = float(round(j.amount))
        mark = mark_of(font)
        p = phone(rng, font, k, ["", "Google Pay"], dark=False, buttons=())
        p.add("gap")
        hindi(p, f"{who} को", merchant=who)
        p.add("big", f"{mark}{num(j.amount, 'indian', 0)}", amount=j.amount)
        hindi(p, "पूरा हुआ", bold=True, status=status)
        p.add("small", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (", ", " ")), date=j.date)
        p.add("gap")
        c = card_open(p)
        hindi(p, "UPI लेन-देन आईडी", scale=0.8, align="l", soft=True)
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        hindi(p, "इनसे", scale=0.8, align="l", soft=True)
        p.add("left", f"Bank of Baroda {sign(font, chr(0x2022), '*') * 4} {digits(rng, 4)}", method="UPI")
        hindi(p, "Google लेन-देन आईडी", scale=0.8, align="l", soft=True)
        gid = f"CICAgK{code(rng, 10, MIXED)}"
        p.add("left", gid, txn=(TXN_RANK, gid))
        card_close(p, c)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Share",))
        band(p, (220, 40, 30))
        app_head(p, "mBandhan", "Bandhan Bank  |  Fund transfer")
        h269.strip(p, "Transaction Successful", status)
        p.add("gap")
        gkv(p, "mb", "Beneficiary", who, at=0.4, merchant=who)
        gkv(p, "mb", "Amount", rs(j.amount), at=0.4, amount=j.amount)
        gkv(p, "mb", "IMPS Ref. No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref), method="netbanking")
        gkv(p, "mb", "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.4, date=j.date)
        gkv(p, "mb", "Remarks", rng.choice(["chain stitch wages", "felt pressing", "advance"]), at=0.4)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (240, 90, 40))
        app_head(p, "freecharge", "UPI")
        h287.tile(p, status)
        p.add("center", "Paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {who}", merchant=who)
        p.add("small", "Just now")
        p.add("gap")
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"Axis Bank XX{digits(rng, 4)}", method="UPI")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=True, buttons=("Try again",))
    app_head(p, "Jupiter", "UPI")
    shield(p, status)
    p.add("center", "Payment failed", status=status)
    p.add("center", f"to {who}", merchant=who)
    note(p, "The UPI PIN entered was incorrect. No money was debited.", "error")
    two_up(p, "jp1", ("Amount", rs(j.amount)), ("UPI Ref No.", j.ref), amount=j.amount, txn=(UTR_RANK, j.ref))
    two_up(
        p,
        "jp2",
        ("Attempted on", when(j.date, "{d} %b %Y")),
        ("From", f"Federal XX{digits(rng, 4)}"),
        date=j.date,
        method="UPI",
    )
    return p.done()


# ---------------------------------------------------------------- 8. fees and taxes


FACTORIES = "Factories and Boilers Inspection Department, Rajasthan"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees and taxes, the authority paid as printed: GRAS Rajasthan's e-challan for the karkhana's
    factory licence fee failed on a tinted band (the Finance Department's Hindi name over GRAS; the reason in
    a notice; a table ruled on every side: GRN, Department, Office, Budget Head, Amount, Bank, Payment Mode,
    Date); the Trade Marks Registry's e-receipt for the shop's mark (Intellectual Property India under it; CBR
    No. beside Date; Application No., Class, Trade Mark, Applicant, Amount, Payment Mode, Bank Ref. No. on
    hairline rows); an e-Mitra kiosk's receipt for the Rajasthan State Pollution Control Board's consent fee
    for the karkhana's washing yard under e-Mitra's Hindi name (Kiosk, Service, Department, Transaction ID,
    Amount, Mode, Date and Time in dot leaders); Nagar Parishad Tonk's signboard fee receipt from its book
    under its Hindi name (No. left blank; Date, Recd. from, Towards written in; the sum in a box; "in cash";
    an oval stamp; no reference); the Export Promotion Council for Handicrafts' membership RECEIPT (labels set
    to the right against a gutter: Receipt No., Date, Member, Membership No., Towards, Subscription, GST 18%,
    Total, Mode, UTR); the Jawahar Kala Kendra's stall rent for Lokrang pending on the Rajasthan Payment
    Platform (a capsule, a notice; Order No. and Amount, RPP Txn ID and Initiated on in tiles; Payment mode);
    the Directorate General of Foreign Trade's e-payment receipt (IEC, Payment Ref. No., Bank Ref. No.,
    Purpose, Amount, Mode, Date in a striped table); mParivahan with an e-challan paid for the firm's pickup
    (the Transport Department under the app, a tile's tick, "Today, <hour>"; e-Challan No., Vehicle No.,
    Transaction ID, Paid via as label and value on a line; no day). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=500, high=30000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        j.amount = float(rng.choice([3000, 4500, 6000, 7500, 9000]))
        p = browser_page(rng, font, "egras.raj.nic.in/EChallan/PaymentStatus.aspx")
        p.part = "head"
        hindi(p, "वित्त विभाग, राजस्थान सरकार", bold=True)
        top(p, "GRAS")
        p.add("small", "Government Receipt Accounting System  |  e-Challan")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Transaction Failed", status)
        note(
            p,
            "The bank did not confirm the payment (session expired at the bank's page). Please make a "
            "fresh challan; this GRN is cancelled.",
            "error",
        )
        grn = str(digits(rng, 8))
        dept = pick(p, "left", [FACTORIES, "Factories and Boilers Inspection Dept."])
        grid(
            p,
            "gr",
            [(0.0, 0.3, "l"), (0.3, 1.0, "l")],
            None,
            [
                (["GRN", grn], {"txn": (TXN_RANK, grn)}),
                (["Department", dept], {"merchant": dept}),
                (["Office", "Inspector of Factories, Tonk"], {}),
                (["Budget Head", "0230-00-103-01"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Bank", "State Bank of India"], {}),
                (["Payment Mode", "Net Banking"], {"method": "netbanking"}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",))], {"date": j.date}),
            ],
            tint=(240, 228, 228),
        )
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([4500, 9000]))
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "Trade Marks Registry", merchant="Trade Marks Registry")
        p.add("small", "Intellectual Property India  |  Office of the CGPDTM, Ahmedabad")
        p.add("rule")
        p.add("center", "E-RECEIPT")
        p.part = "body"
        cbr = str(digits(rng, 5))
        cols(
            p,
            "tm",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"CBR No. {cbr}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, cbr),
            date=j.date,
        )
        bref = f"IGA{digits(rng, 9)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        h269.kind(p, "tml", spec, "line", bold=(1,))
        for label, value, facts in [
            ("Application No.", str(digits(rng, 7)), {}),
            ("Class", "27 (carpets, rugs, mats)", {}),
            ("Trade Mark", SHOP_CAPS + " (device)", {}),
            ("Applicant", FIRM, {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "Net Banking (SBI)", {"method": "netbanking", "status": status}),
            ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
        ]:
            h269.row(p, "tml", label, value, **facts)
        p.add("small", "This is a computer generated receipt and does not require a signature.")
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([1500, 2500, 3000, 4500]))
        p = screen(rng, font, width=rng.choice([540, 580]), size=rng.choice([17, 18]))
        paper(p, rng)
        p.part = "head"
        hindi(p, "ई-मित्र", scale=1.2, bold=True)
        p.add("center", "e-Mitra")
        p.add("small", "Government of Rajasthan  |  Citizen Receipt")
        p.add("rule")
        p.part = "body"
        tid = str(digits(rng, 10))
        dept = pick(p, "pair", ["Rajasthan State Pollution Control Board", "Rajasthan State P.C.B."])
        dots(p, "Kiosk", "KSK/TONK/0417", at=0.34)
        dots(p, "Service", "Consent to Operate fee", at=0.34)
        dots(p, "Department", dept, at=0.34, merchant=dept)
        dots(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        dots(p, "Amount", f"Rs. {num(j.amount)}", at=0.34, amount=j.amount)
        dots(p, "Mode", "Cash", at=0.34, method="cash", status=status)
        dots(p, "Date and Time", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), at=0.34, date=j.date)
        p.add("rule")
        p.add("small", "Keep this receipt. Verify at emitra.rajasthan.gov.in")
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([600, 1200, 1800, 2400]))
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(246, 244, 226), (250, 246, 236)])
        p.part = "head"
        hindi(p, "नगर परिषद टोंक", scale=1.15, bold=True)
        top(p, "NAGAR PARISHAD TONK", merchant="NAGAR PARISHAD TONK")
        p.add("small", "Signboard / Advertisement Fee")
        p.add("center", "RECEIPT")
        p.part = "body"
        p.add("left", "No. ...........")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "Recd. from", "Namda Ghar, Ghantaghar")
        blank(p, "Towards", f"signboard fee {fy(j.date)}")
        h271.amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.0, amount=j.amount)
        write(p, "in cash", method="cash", status=status)
        h287.oval(p, ["NAGAR PARISHAD", "TONK", "CASHIER"], "violet", at=0.58, rows_=3)
        sig(p)
        return p.done()
    if k == 4:
        sub = float(rng.choice([5000, 7500, 10000]))
        gst = round(sub * 0.18, 2)
        j.amount = sub + gst
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(
            p, "Export Promotion Council for Handicrafts", merchant="Export Promotion Council for Handicrafts"
        )
        p.add("small", "EPCH House, Pocket 6 & 7, Sector C, LSC, Vasant Kunj, New Delhi - 110070")
        p.add("rule")
        p.add("center", "RECEIPT")
        p.part = "body"
        rno = f"EPCH/MEM/{fy(j.date)}/{rng.randrange(1000, 9999)}"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        gutter(p, "ep", "Receipt No.", rno, at=0.38, txn=(INVOICE_RANK, rno))
        gutter(p, "ep", "Date", day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), at=0.38, date=j.date)
        gutter(p, "ep", "Member", FIRM, at=0.38)
        gutter(p, "ep", "Membership No.", f"RAJ/{rng.randrange(1000, 9999)}", at=0.38)
        gutter(p, "ep", "Towards", f"Annual subscription {fy(j.date)}", at=0.38)
        gutter(p, "ep", "Subscription", num(sub), at=0.38)
        gutter(p, "ep", "GST 18%", num(gst), at=0.38)
        gutter(p, "ep", "Total", rs(j.amount), at=0.38, amount=j.amount)
        gutter(p, "ep", "Mode", "NEFT", at=0.38, method="netbanking", status=status)
        gutter(p, "ep", "UTR", utr, at=0.38, txn=(UTR_RANK, utr))
        return p.done()
    if k == 5:
        shift(j, rng, LOKRANG - dt.timedelta(days=rng.randrange(8, 30)))
        j.amount = float(rng.choice([8000, 10000, 12000, 15000]))
        p = browser_page(rng, font, "rpp.rajasthan.gov.in/payments/status")
        p.part = "head"
        top(p, "Jawahar Kala Kendra", merchant="Jawahar Kala Kendra")
        p.add("small", "Lokrang 2026  |  Stall rent  |  Rajasthan Payment Platform")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment Pending", status)
        note(
            p,
            "The payment is awaiting confirmation from the bank. The stall will be allotted once it is "
            "confirmed.",
            "warn",
        )
        ono = f"JKK{rng.randrange(10000, 99999)}"
        rid = f"RPP{digits(rng, 12)}"
        tiles2(p, ("Order No.", ono), ("Amount", rs(j.amount)), txn=(ORDER_RANK, ono), amount=j.amount)
        tiles2(
            p,
            ("RPP Txn ID", rid),
            ("Initiated on", when(j.date, "%d-%m-%Y")),
            txn=(TXN_RANK, rid),
            date=j.date,
        )
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Stall", "24 (crafts bazaar)")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([200, 500, 1000]))
        p = browser_page(rng, font, "www.dgft.gov.in/CP/?opt=epayment-receipt")
        p.part = "head"
        top(p, "Directorate General of Foreign Trade", merchant="Directorate General of Foreign Trade")
        p.add("small", "Ministry of Commerce and Industry  |  e-Payment Receipt")
        p.add("rule")
        p.part = "body"
        pref = f"DGFT{digits(rng, 10)}"
        bref = f"{digits(rng, 12)}"
        zebra(
            p,
            "dg",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Payment details", ""],
            [
                (["IEC", str(code(rng, 10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))], {}),
                (["Payment Ref. No.", pref], {"txn": (TXN_RANK, pref)}),
                (["Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Purpose", "IEC modification"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "Net Banking"], {"method": "netbanking"}),
                (["Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Status", "Success"], {"status": status}),
            ],
            (20, 60, 120),
        )
        return p.done()
    j.amount = float(rng.choice([500, 1000, 1500, 2000]))
    p = phone(rng, font, k, ["", "e-Challan"], dark=False, buttons=("Download receipt",))
    band(p, (0, 70, 140))
    app_head(p, "mParivahan", "e-Challan")
    dept = pick(p, "center", ["Transport Department, Rajasthan", "Transport Department"])
    p.add("center", dept, merchant=dept)
    h287.tile(p, status)
    p.add("center", "Challan paid", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("gap")
    tid = f"{digits(rng, 14)}"
    p.pair("e-Challan No.", f"RJ{digits(rng, 14)}")
    p.pair("Vehicle No.", f"RJ26GA{digits(rng, 4)}")
    p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    p.pair("Paid via", "UPI", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 9. premiums


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums, the insurer on top, after "to" or under its app's bar: Care Health's renewal
    with the payment under process (a capsule, the payment's stages top to bottom, a notice; Policy No.,
    Premium, Transaction ID, Payment mode, Initiated on at the left and the right); National Insurance's
    PREMIUM RECEIPT for the wool store's Bharat Sookshma Udyam Suraksha policy (Receipt No. beside Receipt
    Date; Received from, Policy No., Period; Net Premium, CGST 9%, SGST 9%, Total Premium on hairline rows;
    "Received by NEFT, UTR ..."; a rectangular stamp); Acko's app with the pickup's policy issued ("Today,
    <hour>"; "Paid <sum> via UPI"; Policy No. and Vehicle in tiles; a copyable Payment ID; no day);
    IFFCO-Tokio's e-receipt mail (its sentence; Receipt No., Policy No., Vehicle No., Premium (incl. GST),
    Payment Mode, Transaction ID, Date in a table ruled on every side); Cholamandalam MS's shop policy paid
    under a shield's tick (two fields to a row: Proposal No., Policy No.; Premium, Payment ID; Paid on,
    Mode); Axis Max Life's app with the proprietor's premium paid ("<sum> paid on <day>", "via UPI
    AutoPay"; the policy's tiles; no reference); Royal Sundaram's motor renewal payment failed on a tinted
    band (the reason in a notice; labels set to the right against a gutter: Policy No., Premium, Order ID,
    Card, Attempted on); SBI General's PREMIUM RECEIPT for the family's health policy (a striped table:
    Receipt No., Receipt Date, Policy No., Insured, Premium, GST 18%, Total, Payment Mode, Transaction Ref.
    No.; its QR code). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=2400, high=48000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    pol = f"{digits(rng, 4)}{rng.randrange(10, 99)}{digits(rng, 8)}"
    if k == 0:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Go to home",))
        band(p, (0, 120, 110))
        app_head(p, "Care Health", "Care Supreme  |  Renewal")
        chip(p, "Payment under process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to Care Health Insurance", merchant="Care Health Insurance")
        p.add("gap")
        h271.step(p, "Payment initiated", "", "done")
        h271.step(p, "Confirmation from bank", "up to 2 hours", "pending")
        h271.step(p, "Policy renewed", "", "todo")
        note(p, "Please don't pay again. Your cover continues while we confirm the payment.", "warn")
        tid = f"CHI{digits(rng, 12)}"
        kvr(p, "Policy No.", pol[:8])
        kvr(p, "Premium", rs(j.amount))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", "Net Banking", method="netbanking")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 1:
        net = round(j.amount / 1.18, 2)
        gst = round(net * 0.09, 2)
        j.amount = round(net + 2 * gst, 2)
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "NATIONAL INSURANCE COMPANY LIMITED", merchant="NATIONAL INSURANCE COMPANY LIMITED")
        p.add("small", "Divisional Office Ajmer  |  Branch Office Tonk (Code 371402)")
        p.add("rule")
        p.add("center", "PREMIUM RECEIPT")
        p.part = "body"
        rno = f"3714{digits(rng, 8)}"
        cols(
            p,
            "ni",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Receipt Date {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("left", f"Received from: {FIRM}, Tonk")
        p.add("left", f"Policy No.: 3714{digits(rng, 4)}11{digits(rng, 8)}  (Bharat Sookshma Udyam Suraksha)")
        end = j.date.replace(year=j.date.year + 1) - dt.timedelta(days=1)
        p.add(
            "left",
            f"Period: {when(j.date, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}  |  Wool store and karkhana",
        )
        p.add("gap")
        spec = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
        h269.kind(p, "nl", spec, "line")
        for label, value, facts in [
            ("Net Premium", num(net), {}),
            ("CGST 9%", num(gst), {}),
            ("SGST 9%", num(gst), {}),
            ("Total Premium", rs(j.amount), {"amount": j.amount}),
        ]:
            h269.row(p, "nl", label, value, **facts)
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        p.add("gap")
        p.add("left", f"Received by NEFT, UTR {utr}", txn=(UTR_RANK, utr), method="netbanking", status=status)
        h271.rstamp(p, ["NATIONAL INSURANCE CO. LTD.", "B.O. TONK"], "violet", at=0.5, rows_=3)
        p.add("gap")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("Download policy",))
        band(p, (80, 40, 190))
        app_head(p, "ACKO", "Car and commercial vehicle")
        h287.tile(p, status)
        p.add("center", "Your policy is issued", status=status)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("center", f"Paid {rs(j.amount)} via UPI", amount=j.amount, method="UPI")
        p.add("small", "to Acko General Insurance", merchant="Acko General Insurance")
        p.add("gap")
        tiles2(p, ("Policy No.", f"DCCV{digits(rng, 8)}"), ("Vehicle", f"RJ26GA{digits(rng, 4)}"))
        pid = f"pay_{code(rng, 14, MIXED)}"
        copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        return p.done()
    if k == 3:
        p = mail_page(
            rng,
            font,
            "IFFCO-TOKIO <receipts@iffcotokio.co.in>",
            ["Premium receipt for your commercial vehicle policy"],
        )
        p.part = "head"
        top(p, "IFFCO-TOKIO General Insurance", merchant="IFFCO-TOKIO General Insurance")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(
            p,
            "We acknowledge with thanks the premium received for the policy below. The policy document is "
            "attached.",
            status=status,
        )
        rno = f"R{digits(rng, 10)}"
        tid = f"{digits(rng, 16)}"
        grid(
            p,
            "it",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Policy No.", f"M{digits(rng, 8)}"], {}),
                (["Vehicle No.", f"RJ26GA{digits(rng, 4)}"], {}),
                (["Premium (incl. GST)", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", "Credit Card"], {"method": "card"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
        )
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "www.cholainsurance.com/payment/response")
        p.part = "head"
        top(p, "Cholamandalam MS General Insurance", merchant="Cholamandalam MS General Insurance")
        p.add("small", "Shopkeeper's package policy  |  Namda Ghar, Tonk")
        p.add("rule")
        p.part = "body"
        shield(p, status)
        p.add("center", "Payment successful", status=status)
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.52, 0.7, "l"), (0.7, 1.0, "l")]
        pid = str(digits(rng, 12))
        colkv(
            p, "ch", spec, "Proposal No.", f"P{digits(rng, 9)}", "Policy No.", f"2857/{digits(rng, 8)}/00/000"
        )
        colkv(p, "ch", spec, "Premium", rs(j.amount), "Payment ID", pid, amount=j.amount, txn=(TXN_RANK, pid))
        colkv(
            p,
            "ch",
            spec,
            "Paid on",
            day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]),
            "Mode",
            "Debit Card",
            date=j.date,
            method="card",
        )
        p.add("small", "Your policy will reach your e-mail in a few minutes.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "My policy"], dark=False, buttons=("View receipt",))
        band(p, (151, 20, 77))
        app_head(p, "Axis Max Life", "Insurance")
        p.add("center", "Axis Max Life Insurance", merchant="Axis Max Life Insurance")
        p.add("gap")
        p.add("center", "Premium paid", status=status)
        p.add(
            "center",
            f"{rs(j.amount)} paid on {day_in(j, rng, ['{d} %b %Y', '%d/%m/%Y'])}",
            amount=j.amount,
            date=j.date,
        )
        p.add("small", "via UPI AutoPay", method="UPI")
        p.add("gap")
        tiles2(
            p,
            ("Plan", "Smart Term Plan"),
            ("Next due", when(j.date.replace(year=j.date.year + 1), "%d %b %Y")),
        )
        tiles2(p, ("Sum assured", "Rs. 50,00,000"), ("Life insured", PROP))
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "www.royalsundaram.in/renewal/payment-status")
        p.part = "head"
        top(p, "Royal Sundaram General Insurance", merchant="Royal Sundaram General Insurance")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "Your card was declined by the issuing bank (do not honour). The policy is not renewed yet.",
            "error",
        )
        oid = f"RS{digits(rng, 10)}"
        gutter(p, "rs", "Policy No.", f"VPC{digits(rng, 7)}000100", at=0.38)
        gutter(p, "rs", "Premium", rs(j.amount), at=0.38, amount=j.amount)
        gutter(p, "rs", "Order ID", oid, at=0.38, txn=(ORDER_RANK, oid))
        gutter(p, "rs", "Card", f"Credit card XXXX{digits(rng, 4)}", at=0.38, method="card")
        gutter(p, "rs", "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), at=0.38, date=j.date)
        return p.done()
    net = round(j.amount / 1.18, 2)
    gst = round(net * 0.18, 2)
    j.amount = round(net + gst, 2)
    p = sheet_page(rng, font, [720, 760])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    top(p, "SBI General Insurance", merchant="SBI General Insurance")
    p.add("small", "Arogya Sanjeevani Policy  |  Renewal")
    p.add("rule")
    p.add("center", "PREMIUM RECEIPT")
    p.part = "body"
    rno = f"{digits(rng, 12)}"
    tref = f"SBIG{digits(rng, 12)}"
    zebra(
        p,
        "sg",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["Particulars", "Details"],
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            (["Policy No.", f"0000000{digits(rng, 8)}-01"], {}),
            (["Insured", f"{PROP} and family"], {}),
            (["Premium", num(net)], {}),
            (["GST 18%", num(gst)], {}),
            (["Total", rs(j.amount)], {"amount": j.amount}),
            (["Payment Mode", "Net Banking"], {"method": "netbanking", "status": status}),
            (["Transaction Ref. No.", tref], {"txn": (TXN_RANK, tref)}),
        ],
        (20, 90, 160),
    )
    h269.qr(p, f"sbig{rno}", "r", 4)
    return p.done()


# ---------------------------------------------------------------- 10. card slips


COUNTERS = [
    ("NAMDA GHAR", "GHANTAGHAR BAZAAR, TONK", "ICICI BANK"),
    ("HOTEL SHAHPURA HAVELI INN", "MI ROAD, JAIPUR", "KOTAK MAHINDRA BANK"),
    ("NAMDA GHAR - LOKRANG", "JKK, JAWAHARLAL NEHRU MARG, JAIPUR", "PhonePe"),
    ("Namda Ghar", "Ghantaghar Bazaar, Tonk", "Mosambee"),
    ("MADAR FUELS (IOCL)", "NH-448, MADAR, AJMER", "FEDERAL BANK"),
    ("HOTEL JUNAGARH VIEW", "STATION ROAD, BIKANER", "YES BANK"),
    ("THE KANJI HOUSE", "C-SCHEME, JAIPUR", "IDFC FIRST BANK"),
    ("GOPAL MISTHAN BHANDAR", "Johari Bazar, Jaipur", ""),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the shop's terminals and the firm's card elsewhere: ICICI Bank's slip at Namda Ghar (two
    fields to a line: DATE and TIME, MID and TID, BATCH and INV, APPR and RRN; the card and its scheme; SALE
    AMOUNT; APPROVED, CUSTOMER COPY); Kotak Mahindra Bank's slip at a Jaipur hotel DECLINED (51
    INSUFFICIENT FUNDS); PhonePe's Smart POS print at the Lokrang stall in the festival's days (its fields
    in a colon's column: Date, Time, TID, Batch No, Invoice No, Card, Auth Code, RRN, Amount; Txn
    Approved); the Mosambee app on the shop's phone with a card sale approved ("a few seconds ago"; Auth
    code, RRN and Card at the left and the right; no day); Federal Bank's slip at an Ajmer fuel station with
    the issuer's answer late (RESPONSE TIMEOUT, TXN PENDING, DO NOT RETRY - CHECK WITH ISSUER); Yes Bank's
    slip at a Bikaner hotel with a tip (DATE/TIME, TID, INVOICE, CARD, APPROVAL CODE, RRN, BASE AMOUNT, TIP
    AMOUNT, TOTAL AMOUNT; APPROVED); IDFC FIRST Bank's contactless slip at a Jaipur restaurant (TAP & PAY,
    DT and TM on a line, CARD, AC, RRN, AMT; APPROVED - NO PIN); a Jaipur sweet shop's printed memo settled
    by card (Date, the sweets by weight, Total, "Paid by: CARD (<card>)"; no number; no reference). All new
    here."""
    k = place("card_slips")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=500, high=46000)
    name, town, brand = COUNTERS[k]
    if k == 2:
        shift(j, rng, LOKRANG + dt.timedelta(days=rng.randrange(0, 10)))
    if k in (1, 4, 5, 6, 7):
        j.amount = rupees(rng, 600, 4900 if k == 6 else 12000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if k == 3:
        mark = mark_of(font)
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("SMS receipt",))
        band(p, (0, 120, 190))
        app_head(p, "Mosambee", "Merchant")
        p.add("center", name, merchant=name)
        p.add("small", town)
        p.add("gap")
        h287.tile(p, status)
        p.add("center", "Sale approved", status=status)
        p.add("big", f"{mark}{num(j.amount, 'indian')}", amount=j.amount)
        p.add("small", "a few seconds ago")
        p.add("rule")
        kvr(p, "Auth code", appr, txn=(APPR_RANK, appr))
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Card", f"{scheme} **** {last4}", method="card")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs. {v:.2f}"

    if k == 7:
        p.part = "head"
        p.add("center", name, merchant=name)
        p.add("small", town)
        p.add("small", f"GSTIN {gstin_of(rng, '08', 'F')}")
        p.part = "body"
        p.add("rule")
        p.pair("Date", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", date=j.date)
        p.add("rule")
        sub = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Ghevar", 520, 680),
                ("Sohan papdi", 360, 480),
                ("Kaju katli", 1100, 1400),
                ("Feeni", 400, 520),
                ("Moong dal halwa", 560, 720),
            ],
            3,
        ):
            kg = rng.choice([0.25, 0.5, 1.0, 2.0])
            v = round(kg * rng.randrange(lo, hi + 1, 10), 2)
            sub += v
            p.pair(f"{text} {kg:g} kg", f"{v:.2f}")
        j.amount = round(sub, 2)
        p.add("rule")
        p.pair("Total", fmt(j.amount), amount=j.amount)
        p.add("left", f"Paid by: CARD ({scheme} XX{last4})", method="card", status=status)
        p.add("small", "Prices inclusive of GST. Thank you!")
        return p.done()
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if k == 0:
        p.add("center", "SALE")
        p.add("rule")
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "ic", spec, f"DATE:{when(j.date, '%d/%m/%y')}", f"TIME:{t[:5]}", date=j.date)
        cols(p, "ic", spec, f"MID:{mid[:12]}", f"TID:{tid}")
        cols(p, "ic", spec, f"BATCH:{batch[-4:]}", f"INV:{inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("left", f"CARD: XXXX XXXX XXXX {last4}  CHIP", method="card")
        p.add("left", f"{scheme} DEBIT")
        cols(p, "ic", spec, f"APPR:{appr}", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("SALE AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "*** CUSTOMER COPY ***")
    elif k == 1:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%b-%Y").upper(), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} ************{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 INSUFFICIENT FUNDS")
        p.add("small", "PLEASE USE ANOTHER CARD")
    elif k == 2:
        p.add("center", "Smart POS  |  Sale")
        p.add("rule")
        for label, value, facts in [
            ("Date", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("Time", t[:5], {}),
            ("TID", tid, {}),
            ("Batch No", batch[-3:], {}),
            ("Invoice No", inv[-4:], {"txn": (INVOICE_RANK, inv[-4:])}),
            ("Card", f"{scheme} xx{last4}", {"method": "card"}),
            ("Auth Code", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Amount", fmt(j.amount), {"amount": j.amount}),
        ]:
            p.add("left", f"{label:<11}: {value}", **facts)
        p.add("rule")
        p.add("center", "Txn Approved", status=status)
        p.add("small", "Powered by PhonePe")
    elif k == 4:
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE {when(j.date, '%d/%m/%Y')}  TIME {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("BATCH", batch[-4:])
        p.pair("INV NO", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "RESPONSE TIMEOUT", status=status)
        p.add("center", "TXN PENDING")
        p.add("small", "DO NOT RETRY - CHECK WITH ISSUER")
    elif k == 5:
        base = j.amount
        tip = float(rng.choice([50, 100, 200, 250]))
        j.amount = round(base + tip, 2)
        p.add("center", "SALE + TIP")
        p.add("rule")
        p.pair("DATE/TIME", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-6:], txn=(INVOICE_RANK, inv[-6:]))
        p.pair("CARD", f"{scheme} ....{last4}", method="card")
        p.pair("APPROVAL CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("BASE AMOUNT", f"{base:,.2f}")
        p.pair("TIP AMOUNT", f"{tip:,.2f}")
        p.add("rule")
        p.pair("TOTAL AMOUNT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED", status=status)
    else:
        p.add("center", "TAP & PAY")
        p.add("rule")
        p.add("left", f"DT {when(j.date, '%d.%m.%y')}  TM {t[:5]}", date=j.date)
        p.pair("CARD", f"{scheme} *{last4} CTLS", method="card")
        p.pair("AC", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMT", fmt(j.amount), amount=j.amount)
        p.add("center", "APPROVED - NO PIN", status=status)
    return p.done()


# ---------------------------------------------------------------- 11. the bills


JVVNL = "Jaipur Vidyut Vitran Nigam Ltd."
JVVNL_HI = "जयपुर विद्युत वितरण निगम लिमिटेड"
PHED_HI = "जन स्वास्थ्य अभियांत्रिकी विभाग, राजस्थान"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's and the shop's bills: JVVNL's Bijli Mitra app with the karkhana's bill paid
    ("Today, <hour>"; the discom under the app; labels small over their values two to a row: K No., Bill
    Month; Amount, Mode; Transaction ID; no day); the Vi app with the postpaid bill paid (a striped table:
    Mobile No., Bill Amount, Transaction ID, Paid on, Payment mode); Tata Play's recharge successful under a
    shield's tick ("<sum> added to your Tata Play balance"; Subscriber ID, Transaction ID, Date, Paid with
    at the left and the right); IndianOil ONE with the Indane refill's payment pending (a capsule, "for
    Indane", a notice; Booking No. and Consumer No. in tiles; Transaction ID, Initiated on, Mode at the left
    and the right); the PHED's online water bill receipt under its Hindi name (a table ruled on every side:
    Receipt No., Consumer No., Consumer Name, Bill Period, Amount Paid, Transaction ID, Payment Date,
    Payment Mode); Excitel's broadband payment failed on a tinted band (the reason in a notice; labels set
    to the right against a gutter: Customer ID, Plan, Amount, Order ID, Card, Attempted on); JVVNL's bill
    counterfoil paid at the cash counter under the discom's Hindi name (K No., Name, Bill Month, Due Date,
    Amount Payable printed; "Rs. x recd. in cash" and Paid on written in; the counter's rectangular stamp
    with its day; no reference); Dish TV's recharge mail (its sentence; VC No., Amount, Transaction ID,
    Recharge Date, Payment mode on hairline rows). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=300, high=18000)
    rs = money(rng, font, 0.4)
    if k in (4, 5, 7):
        j.amount = rupees(rng, {4: 280, 5: 1200, 7: 250}[k], {4: 3200, 5: 2600, 7: 2400}[k], 0.6)
    if k == 0:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Download receipt",))
        band(p, (0, 84, 160))
        app_head(p, "Bijli Mitra", "Pay bill")
        nm = pick(p, "center", [JVVNL, "JVVNL"])
        p.add("center", nm, merchant=nm)
        p.add("gap")
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("gap")
        tid = f"JV{digits(rng, 12)}"
        two_up(p, "bm1", ("K No.", f"21{digits(rng, 10)}"), ("Bill Month", j.month(1)))
        two_up(p, "bm2", ("Amount", rs(j.amount)), ("Mode", "UPI"), method="UPI")
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Done",))
        band(p, (238, 0, 72))
        app_head(p, "Vi", "Postpaid")
        p.add("center", "Bill paid successfully", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to Vi", merchant="Vi")
        p.add("gap")
        tid = f"VI{digits(rng, 14)}"
        zebra(
            p,
            "vi",
            [(0.0, 0.42, "l"), (0.42, 1.0, "r")],
            ["Payment details", ""],
            [
                (["Mobile No.", f"98{digits(rng, 2)}XXXX{digits(rng, 2)}"], {}),
                (["Bill Amount", rs(j.amount)], {}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Payment mode", "UPI"], {"method": "UPI"}),
            ],
            (238, 0, 72),
        )
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([299, 349, 399, 449, 599, 799]))
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Go to home",))
        band(p, (40, 20, 110))
        app_head(p, "Tata Play", "Recharge")
        shield(p, status)
        p.add("center", "Recharge successful", status=status)
        p.add(
            "center", f"{rs(j.amount)} added to your Tata Play balance", amount=j.amount, merchant="Tata Play"
        )
        p.add("gap")
        tid = f"TP{digits(rng, 12)}"
        kvr(p, "Subscriber ID", str(digits(rng, 10)))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "Paid with", f"Debit card XX{digits(rng, 4)}", method="card")
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([856.5, 903, 918.5, 949]))
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Check status",))
        band(p, (240, 100, 30))
        app_head(p, "IndianOil ONE", "LPG refill")
        chip(p, "Payment pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Indane", merchant="Indane")
        note(
            p,
            "We are yet to receive a confirmation from your bank. The booking will be confirmed once the "
            "payment succeeds.",
            "warn",
        )
        bno = str(digits(rng, 8))
        tiles2(p, ("Booking No.", bno), ("Consumer No.", str(digits(rng, 6))), txn=(ORDER_RANK, bno))
        tid = f"IOC{digits(rng, 12)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (", ",)), date=j.date)
        kvr(p, "Mode", "UPI", method="UPI")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "phedwater.rajasthan.gov.in/OnlinePayment/Receipt")
        p.part = "head"
        hindi(p, PHED_HI, bold=True)
        nm = pick(p, "title", ["Public Health Engineering Department", "PHED, Rajasthan"])
        top(p, nm, merchant=nm)
        p.add("small", "Government of Rajasthan  |  Online Payment Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"PHE{digits(rng, 10)}"
        tid = str(digits(rng, 14))
        per = j.date.replace(day=1) - dt.timedelta(days=1)
        grid(
            p,
            "ph",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Consumer No.", f"TNK/{digits(rng, 6)}"], {}),
                (["Consumer Name", PROP], {}),
                (
                    [
                        "Bill Period",
                        f"{when(per.replace(day=1) - dt.timedelta(days=40), '%b %Y')} - {when(per, '%b %Y')}",
                    ],
                    {},
                ),
                (["Amount Paid", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Payment Mode", "Net Banking"], {"method": "netbanking", "status": status}),
            ],
        )
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "my.excitel.com/payments/status")
        p.part = "head"
        top(p, "Excitel", merchant="Excitel")
        p.add("small", "Broadband  |  Renew plan")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "The payment was declined by your card's bank (3-D Secure authentication failed). Your plan is "
            "not renewed yet.",
            "error",
        )
        oid = f"EXC{digits(rng, 10)}"
        gutter(p, "ex", "Customer ID", str(digits(rng, 8)), at=0.38)
        gutter(p, "ex", "Plan", "300 Mbps, 3 months", at=0.38)
        gutter(p, "ex", "Amount", rs(j.amount), at=0.38, amount=j.amount)
        gutter(p, "ex", "Order ID", oid, at=0.38, txn=(ORDER_RANK, oid))
        gutter(p, "ex", "Card", f"Credit card XXXX{digits(rng, 4)}", at=0.38, method="card")
        gutter(p, "ex", "Attempted on", at_hour(rng, j.date, ["%d %b %Y"], (", ",)), at=0.38, date=j.date)
        return p.done()
    if k == 6:
        j.amount = float(round(j.amount))
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(248, 246, 236), (244, 248, 242)])
        p.part = "head"
        hindi(p, JVVNL_HI, bold=True)
        top(p, JVVNL.upper(), merchant=JVVNL.upper())
        p.add("small", "ELECTRICITY BILL  -  COUNTERFOIL (to be kept by the consumer)")
        p.add("rule")
        p.part = "body"
        due = j.date + dt.timedelta(days=rng.randrange(2, 9))
        cols(
            p,
            "jv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "l")],
            f"K No.: 21{digits(rng, 10)}",
            f"Bill Month: {j.month(1)}",
        )
        cols(
            p, "jv", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], f"Name: {SHOP}", f"Due Date: {when(due, '%d/%m/%Y')}"
        )
        p.add("left", f"Amount Payable: Rs. {num(j.amount, 'indian', 0)}")
        p.add("gap")
        write(
            p,
            f"Rs. {num(j.amount, 'indian', 0)}/- recd. in cash",
            amount=j.amount,
            method="cash",
            status=status,
        )
        blank(p, "Paid on", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        h271.rstamp(
            p,
            ["JVVNL CASH COUNTER", when(j.date, "%d %b %Y").upper(), "A-EN (CITY) TONK"],
            "violet",
            at=0.5,
            rows_=3,
        )
        p.add("gap")
        return p.done()
    p = mail_page(rng, font, "Dish TV <recharge@dishtv.in>", ["Your Dish TV recharge is successful"])
    p.part = "head"
    top(p, "Dish TV", merchant="Dish TV")
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Subscriber,")
    para(
        p,
        f"We have received {rs(j.amount)} for your Dish TV connection. Your pack stays active. Happy "
        "viewing!",
        status=status,
    )
    tid = f"DT{digits(rng, 12)}"
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    h269.kind(p, "dt", spec, "line", bold=(1,))
    for label, value, facts in [
        ("VC No.", str(digits(rng, 11)), {}),
        ("Amount", rs(j.amount), {"amount": j.amount}),
        ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
        ("Recharge Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), {"date": j.date}),
        ("Payment mode", "Net Banking", {"method": "netbanking"}),
    ]:
        h269.row(p, "dt", label, value, **facts)
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


ALERTS = [
    ("Rajasthan Gramin Bank", "AD-RGBANK", "JAVED MANSOORI", "UPI", "hindi"),
    ("Central Bank of India", "VM-CBIUPI", "RAZAK DYEING WOR", "UPI", "sms"),
    ("IDBI Bank", "AX-IDBIBK", "SHYAM ROADLINES", "IMPS", "sms"),
    ("Yes Bank", "", "BIKANER WOOL TRADERS", "NEFT", "mail"),
    ("Bank of India", "JD-BOIIND", "JAIPUR EXPORT PACK", "NEFT", "sms"),
    ("Bandhan Bank", "BX-BDNSMS", "KHANDELWAL SOAP", "IMPS", "sms"),
    ("DCB Bank", "VK-DCBBNK", "BIKANER WOOL TRADERS", "RTGS", "sms"),
    ("RBL Bank", "", "A K CARPENTRY WORKS", "UPI", "inbox"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: Rajasthan Gramin Bank's SMS in Hindi in its messages
    thread under its day divider ("प्रिय ग्राहक, आपके खाते XX1234 से UPI द्वारा रु.x <PAYEE> को दिनांक
    <dd-mm-yyyy> को डेबिट किए गए। संदर्भ सं. <ref>। ..."); SMS in Central Bank of India's ("Your a/c no.
    XXXXXXXX1234 is debited for Rs.x on <dd-mm-yyyy> and credited to <PAYEE> (UPI Ref no ...). -CBoI"),
    IDBI Bank's ("Your IMPS transaction of Rs x to <PAYEE> on <dd-Mon-yy> could not be processed. RRN ...
    Any amount debited will be reversed. -IDBI Bank"), Bank of India's ("Rs.x debited to A/c XX1234 on
    <dd-mm-yy> towards NEFT/<PAYEE>. Avl Bal Rs.y -BOI"; no reference), Bandhan Bank's ("INR x debited from
    A/c XX1234 on <ddMonyyyy>. Info: IMPS/<ref>/<PAYEE>. -Bandhan Bank") and DCB Bank's ("Your RTGS of
    Rs.x to <PAYEE> dated <dd/mm/yyyy> is in queue at RBI. UTR ... Please do not re-initiate. -DCB Bank")
    wordings; Yes Bank's mail ("Your YES BANK account XX1234 has been debited with INR x on
    <dd/mm/yyyy> towards NEFT to <PAYEE>. UTR: ..."); RBL Bank's MoBank notification inbox (the newest,
    unread: Debit alert, "Rs.x debited from A/c XX1234 by UPI to <PAYEE>. UPI Ref ...", "2 min ago";
    older notices with no payment under it; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=2000, high=90000)
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
        if bank == "Central Bank of India":
            text = (
                f"Your a/c no. XXXXXXXX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%m-%Y')} and "
                f"credited to {to} (UPI Ref no {utr}). -CBoI"
            )
        elif bank == "IDBI Bank":
            text = (
                f"Your IMPS transaction of Rs {amt} to {to} on {when(j.date, '%d-%b-%y')} could not be "
                "processed. "
                f"RRN {utr}. Any amount debited will be reversed. -IDBI Bank"
            )
        elif bank == "Bank of India":
            text = (
                f"Rs.{amt} debited to A/c XX{tail4} on {when(j.date, '%d-%m-%y')} towards NEFT/{to}. "
                f"Avl Bal Rs.{bal} -BOI"
            )
        elif bank == "Bandhan Bank":
            text = (
                f"INR {amt} debited from A/c XX{tail4} on {when(j.date, '%d%b%Y')}. Info: IMPS/{utr}/{to}. "
                "-Bandhan Bank"
            )
        else:
            text = (
                f"Your RTGS of Rs.{amt} to {to} dated {when(j.date, '%d/%m/%Y')} is in queue at RBI. UTR "
                f"{utr}. "
                "Please do not re-initiate. -DCB Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "hindi":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        p.add("gap")
        s = len(p.rows)
        text = (
            f"प्रिय ग्राहक, आपके खाते XX{tail4} से UPI द्वारा रु.{amt} {to} को दिनांक "
            f"{when(j.date, '%d-%m-%Y')} को डेबिट किए गए। संदर्भ सं. {utr}। यदि यह लेनदेन आपने नहीं किया "
            "है तो "
            "1800-180-6060 पर संपर्क करें -राजस्थान ग्रामीण बैंक"
        )
        h287.nwrap(p, text, share=0.86, **facts)
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "YES BANK <alerts@yesbank.in>", ["Debit alert on your YES BANK account"])
        p.part = "head"
        top(p, "YES BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"Your YES BANK account XX{tail4} has been debited with INR {amt} on {when(j.date, '%d/%m/%Y')} "
            f"towards NEFT to {to}. UTR: {utr}.",
            **facts,
        )
        p.add("gap")
        para(p, "If this was not you, call 1800 1200 immediately or write to yestouchsupport@yesbank.in.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "YES BANK will never ask for your PIN, OTP or password.")
        return p.done()
    p = phone(rng, font, k, ["Notifications"], dark=False, buttons=())
    band(p, (230, 40, 50))
    app_head(p, "RBL MoBank", "Notifications")
    dot = sign(font, "\u25cf", "*")
    c = card_open(p)
    p.add("left", f"{dot} Debit alert")
    para(p, f"Rs.{amt} debited from A/c XX{tail4} by UPI to {to}. UPI Ref {utr}.", **facts)
    lab(p, "2 min ago")
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("left", "Your KYC is up to date")
    lab(p, "No action is needed on your account.  |  Yesterday")
    card_close(p, c, tint=False)
    p.add("gap")
    c = card_open(p)
    p.add("left", "Set a UPI Lite balance")
    lab(p, "Pay small amounts without a PIN.  |  3 days ago")
    card_close(p, c, tint=False)
    return p.done()

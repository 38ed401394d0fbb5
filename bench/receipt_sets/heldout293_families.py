"""The twelve heldout293 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kotpad handloom's year of 2026 in Kotpad, Koraput, Odisha (Kotpad Aal Bunakar
Udyog, Shri Ghasiram Mirgan's proprietary firm, whose Mirgan weavers dye their cotton yarn with the aal root's
bark in reds, a maroon and an iron brown-black and weave it on pit looms into the cream cloth of Kotpad with
its kumbha borders and its extra-weft fish, axes, crabs, temples and tortoises: sarees, stoles, dupattas,
gamchhas, shawls, towels, cushion covers, table runners and yardage; its looms and dye yard, Aal Tanta Ghar at
Mirgan Sahi; its shop on Main Road, Jeypore, Kotpad Aal Kutir; stall 128 at Cuttack's Bali Jatra; the web shop
kotpadaal.in; buyers at home and natural-dye studios and shops abroad), told by the proofs of payment it
receives (buyers' Google Pay, Jupiter, super.money, Kotak811, Freecharge, iMobile Pay and MobiKwik screens and
BharatPe for Business on the shop's phone; Boyanika, Fabindia, RazorpayX for Jaypore, HDFC Bank's ENet, Odoo,
TRIBES India, Zoho Books and a women's society's Odia voucher; Barclays, Handelsbanken, BBVA México, Westpac,
OCBC, TD Canada Trust, OTP Bank and Citi; its own tax invoice, WooCommerce mail, PayU page, Dukaan order,
order slip, Cashfree link, Bali Jatra cash memo and myBillBook receipt) and those it makes (an aal root
gatherer's Odia account, NHDC, an oil mill, a loom fittings house, Delhivery, India Post, IndiaMART and a bag
maker; Canara ai1, IndOASIS, Kotak, Cent Mobile, IRIS, GO Mobile+, FedMobile and Utkal Grameen Bank's debit
advice; its weavers' Odia wage book, RazorpayX Payroll's payslip, Bajaj Finserv, Vyom, a dyeing master's
receipt, IDFC FIRST Bank, Khatabook and a Dussehra bonus voucher; Bharatkosh, VAHAN, Kotpad Notified Area
Council, the Divisional Forest Office, ESIC, Odisha One, the District Administration and the GI Registry;
eight insurers; cards on the shop's, the stall's and the phone's terminals and at a hotel, a coffee house, a
dyes store, a dhaba and a packaging mart; TPSODL, Vi, Indane, the water charges, Dish TV, Ortel, a FASTag and
Tata Play; the banks' SMS, an Odia SMS, a mail, an inbox and a smartwatch). Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, the units' lines, salutations, Odia lines (but a bank's SMS in Odia, whose figures and payee carry
the facts, a boxed field's value and an Odia hand's sums and "received" or "paid"), items, bills, counts,
rates, GST, TDS, charges, fees, discounts, balances, converted sums, periods, months, bill, pay and
contribution months, invoice, bill, GRN and due days, account, policy, proposal, consumer, connection, VC,
subscriber, customer, tag, vehicle, employee, employer, application and stall numbers, bills named on an
advice or a receipt, supplier numbers, agents' codes, IFSC, SWIFT/BIC codes, UPI IDs, GSTIN, Udyam numbers,
AWBs and article numbers, a GRN of goods, the inbox's other mails, Kotpad panels, kumbha borders, outcome
rings, tiles, notices, stamps, thumb impressions, signatures, dye stains, sarees and watch cases carry no
fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and
``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``money``
heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs``
heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's;
``code`` and ``digits`` heldout14's; heldout269's rows (``cols``, ``zebra``, ``kv``, ``total``, ``sms_page``,
a tinted outcome band, a thumb's box, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``,
``fill``, ``hand``, ``amtbox``, ``tt``), heldout273's (``hcells``, ``ledger``, ``bubble``), heldout275's
(``sig``, ``divider``, ``gutter``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``,
``at_hour``, ``two_up``), heldout287's (``notice``, ``tile``, ``oval``, ``tiles2``, ``vlab``, ``copyrow``,
``vname``) and heldout289's (``steps``, ``revenue``), written in this set's pens and printers' faces.
``compose`` is heldout158's (as heldout269's to heldout291's), each page's rows drawn by heldout289's
``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the lines it leaves for
them: Odia lines in Noto Sans Oriya shaped by Raqm, as a name over its English, a heading and a bank's SMS; an
Odia hand's lines and sums; a form's field in a ruled box with its English name at its top left and its Odia
at its top right; a panel of Kotpad cloth as a letterhead's emblem (kumbha along its top and foot, two
extra-weft motifs between, built pick by pick); a kumbha border as a divider; an outcome's ring; a mail app's
inbox rows; a thumb's inked impression; the aal dye's stains; and, after the frame, the Kotpad saree a page is
photographed lying on or the smartwatch a screen is shown in. The pages' layouts and wordings are this set's
own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
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
from bench.receipt_sets.heldout269_families import bold_of, cols, kv, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import amtbox, colkv, dots, grid, tt
from bench.receipt_sets.heldout273_families import bubble, hcells, ledger
from bench.receipt_sets.heldout275_families import divider, gutter, room_of, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick, two_up
from bench.receipt_sets.heldout287_families import copyrow, notice, tiles2, vlab, vname

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
# Odia in Noto Sans Oriya (fonts-noto-core), shaped by Raqm
ODIA = "noto/NotoSansOriya-Regular.ttf"
ODIA_BOLD = "noto/NotoSansOriya-Bold.ttf"
# the upright Latin face an Odia hand writes its figures and capitals in
HAND_LATIN = "freefont/FreeSans.ttf"
# the hands that write on this set's papers: italics in another mix than heldout290's and heldout291's
PENS = [
    "dejavu/DejaVuSerif-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
]
INKS = [(20, 40, 140), (26, 26, 92), (50, 40, 36), (16, 80, 110), (90, 24, 60)]
# the faces a page's fixed-width lines are printed in (a branch's dot-matrix printer, a typist's machine)
TYPES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
# Kotpad's colours: the unbleached cream of its cotton, the aal root's madder reds from a bright one to a
# maroon, and the brown-black the reds turn with iron
CREAM = [(238, 228, 204), (232, 220, 194), (242, 234, 214)]
AAL = [(150, 36, 30), (122, 28, 28), (172, 58, 40), (98, 24, 26)]
SOOT = (58, 34, 28)

# ---------------------------------------------------------------- the firm

FIRM = "Kotpad Aal Bunakar Udyog"
FIRM_CAPS = FIRM.upper()
FIRM_OD = "କୋଟପାଡ଼ ଆଲ ବୁଣାକାର ଉଦ୍ୟୋଗ"
# the proprietor's account as a bank's field cuts it
CUT = "GHASIRAM MIRGAN PROP KOTPA"
SHOP = "Kotpad Aal Kutir"
SHOP_CAPS = SHOP.upper()
SHOP_OD = "କୋଟପାଡ଼ ଆଲ କୁଟୀର"
GHAR = "Aal Tanta Ghar"
GHAR_OD = "ଆଲ ତନ୍ତ ଘର"
WEB = "kotpadaal.in"
GSTIN = "21AXQPM6137K1ZR"
UDYAM = "UDYAM-OD-12-0047318"
PROP = "Ghasiram Mirgan"
KEEPER = "Sasmita Mirgan"
ADDRESS = "Mirgan Sahi, Kotpad, Koraput - 764058 (Odisha)"
TOWN = "Mirgan Sahi, Kotpad - 764058"
SHOP_AT = "Main Road, near Bus Stand, Jeypore, Koraput - 764001"
STALL = "Stall 128, Handloom Pavilion, Bali Jatra, Cuttack"
# the Bali Jatra on the Mahanadi's bank at Cuttack, 24 to 30 November 2026 (stall 128)
JATRA = dt.date(2026, 11, 24)
IFSC = {
    "State Bank of India": "SBIN",
    "Utkal Grameen Bank": "UTGB",
    "Canara Bank": "CNRB",
    "Indian Bank": "IDIB",
    "Kotak Mahindra Bank": "KKBK",
    "Central Bank of India": "CBIN",
    "Yes Bank": "YESB",
    "IDBI Bank": "IBKL",
    "Federal Bank": "FDRL",
    "Bank of India": "BKID",
    "Punjab National Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "UCO Bank": "UCBA",
    "Union Bank of India": "UBIN",
}
# the firm's cloth: name, HSN, price each (low, high)
CLOTH = [
    ("Kotpad cotton saree, kumbha border, axe and fish", "5208", 7800, 16500),
    ("Kotpad saree, deula (temple) border, full pallu", "5208", 9500, 22000),
    ("Kotpad stole, fish and crab motifs", "6214", 1600, 3200),
    ("Kotpad dupatta, kumbha border", "6214", 2200, 4200),
    ("Kotpad gamchha, aal red and black", "6302", 450, 900),
    ("Kotpad shawl, tortoise and axe motifs", "6214", 3800, 7500),
    ("Kotpad yardage, aal dyed, per metre", "5208", 650, 1100),
    ("Kotpad cushion covers, set of 4", "6304", 1400, 2600),
    ("Kotpad table runner, temple border", "6304", 1100, 2200),
    ("Kotpad men's towel (tuval)", "6302", 600, 1200),
]
# the short names the Jatra's memo and the shop's roll write
SHORT_NAMES = {
    "Kotpad stole, fish and crab motifs": "Stole",
    "Kotpad dupatta, kumbha border": "Dupatta",
    "Kotpad gamchha, aal red and black": "Gamchha",
    "Kotpad cushion covers, set of 4": "Cushion covers (4)",
    "Kotpad table runner, temple border": "Table runner",
    "Kotpad men's towel (tuval)": "Tuval",
    "Kotpad yardage, aal dyed, per metre": "Yardage (m)",
    "Kotpad shawl, tortoise and axe motifs": "Shawl",
}
CUSTOMERS = [
    "Mrs. Lopamudra Patnaik",
    "Mr. Debasish Mohanty",
    "Dr. Ananya Rath",
    "Ms. Swagatika Nayak",
    "Mr. Pritam Panda",
    "Mrs. Sujata Behera",
    "Ms. Aditi Menon",
]
# the Mirgan weavers and dyers at Aal Tanta Ghar
WEAVERS = [
    "Dambaru Mirgan",
    "Jayaram Mirgan",
    "Kamala Mirgan",
    "Lachhman Mirgan",
    "Padma Mirgan",
    "Bhagaban Mirgan",
    "Sukri Mirgan",
    "Hari Mirgan",
]
WEAVERS_OD = {
    "Dambaru Mirgan": "ଡମ୍ବରୁ ମିରଗାନ",
    "Jayaram Mirgan": "ଜୟରାମ ମିରଗାନ",
    "Kamala Mirgan": "କମଳା ମିରଗାନ",
    "Lachhman Mirgan": "ଲଛମନ ମିରଗାନ",
    "Padma Mirgan": "ପଦ୍ମା ମିରଗାନ",
    "Bhagaban Mirgan": "ଭଗବାନ ମିରଗାନ",
    "Sukri Mirgan": "ସୁକ୍ରି ମିରଗାନ",
    "Hari Mirgan": "ହରି ମିରଗାନ",
}
STAFF = ["Subhashree Sahu", "Manoj Kumar Pujari"]


def cloth(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The firm's cloth sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(CLOTH) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = CLOTH[i]
        q = rng.randrange(1, 4) if hi < 3000 else 1
        if "per metre" in name:
            q = rng.randrange(3, 12)
        top_ = max(lo + 50, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 50))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Jatra's), its UPI / card reference made again for that day."""
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


def gstin_of(rng: random.Random, state: str = "21", kind_: str = "P") -> str:
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
    return p.style.setdefault("h293", {"marks": {}, "decor": [], "frame": None})


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


def lines_of(p: Screen, text: str, scale: float = 1.0, share: float = 1.0, font: str = "") -> list[str]:
    face = load_font(font or p.font, int(p.style["size"] * scale))
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
    h269.kind(p, "lab93", [(0.0, 1.0, "l")], "soft")
    h269.ext(p)["scale"]["lab93"] = 0.78
    h269.row(p, "lab93", text, **facts)


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


# ---------------------------------------------------------------- Odia


def is_od(ch: str) -> bool:
    return "\u0b00" <= ch <= "\u0b7f" or ch in "\u0964\u0965\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Odia and of other letters: a space stays with the run it follows."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        o = is_od(ch)
        if ch == " " and out:
            o = out[-1][0]
        if out and out[-1][0] == o:
            out[-1] = (o, out[-1][1] + ch)
        else:
            out.append((o, ch))
    return out


# Noto Sans Oriya's letters hang lower and stand taller than a Latin face's: set at this share of the size
OSCALE = 0.9


def _oface(o: bool, latin: str, size: int, bold: bool):
    if o:
        return load_font(ODIA_BOLD if bold else ODIA, int(size * OSCALE))
    return load_font(bold_of(latin) if bold else latin, size)


def owidth(text: str, latin: str, size: int, *, bold: bool = False) -> float:
    return sum(_oface(o, latin, size, bold).getlength(part) for o, part in runs(text))


def ook(text: str, latin: str, *, bold: bool = False) -> bool:
    for o, part in runs(text):
        face = (ODIA_BOLD if bold else ODIA) if o else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_o(draw, xy, text: str, latin: str, size: int, fill_, *, bold: bool = False) -> None:
    """A line of Odia and Latin runs on one baseline (``xy`` the left end and the top of the Latin face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for o, part in runs(text):
        face = _oface(o, latin, size, bold)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def oline(
    p: Screen,
    text: str,
    *,
    scale: float = 1.0,
    bold: bool = False,
    align: str = "c",
    soft: bool = False,
    **facts,
) -> None:
    """A line in Odia (a name over its English, a heading, a bank's message), its Latin runs and figures in
    the page's face."""
    size = int(p.style["size"] * scale)
    assert ook(text, p.font, bold=bold), (p.font, text)
    assert owidth(text, p.font, size, bold=bold) <= room_of(p), text
    put(p, "t93ol", text, mark_=[scale, bold, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def owrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """An Odia sentence set left in as many lines as it needs (the facts on its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and owidth(f"{line} {word}", p.font, size) > room:
            oline(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    oline(p, line, scale=scale, align="l", **(facts if first else {}))


def ohand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.3, **facts) -> None:
    """A line written by hand in Odia: Noto Sans Oriya for its letters and an upright Latin face for its
    figures and capitals, slanted as a hand slants it, in the page's ink; ``figure`` written at the right
    end of the line (a sum in a book's column)."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert ook(text + figure, HAND_LATIN), text
    need = owidth(text, HAND_LATIN, size) + size * 0.5
    if figure:
        need += owidth(figure, HAND_LATIN, size) + size * 1.4
    assert need <= room_of(p), (text, figure)
    put(p, "t93oh", text, figure, mark_=[align, scale], **facts)


def obox(p: Screen, english: str, odia: str, value: str, *, pen: bool = False, **facts) -> None:
    """A form's field in a ruled box across the page: its English name small in the box's top left corner,
    its Odia name small in the top right, the value under them at the left (printed in bold, or written by
    hand where ``pen``); two lines high."""
    size = p.style["size"]
    assert glyphs(p.font, english) and ook(odia, p.font), (english, odia)
    need = load_font(p.font, int(size * 0.7)).getlength(english) + owidth(odia, p.font, int(size * 0.9)) + 40
    assert need <= room_of(p), (english, odia)
    vfont = hand_pen(p) if pen else bold_of(p.font)
    assert glyphs(vfont, value), (vfont, value)
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert vface.getlength(value) + 24 <= room_of(p), (value, vface.getlength(value))
    put(p, "t93bx", english, odia, value, mark_=[pen], **facts)
    p.add("gap")


# ---------------------------------------------------------------- this set's rows and marks


def emblem(p: Screen) -> None:
    """A panel of Kotpad cloth as a letterhead's emblem: the cream cotton's square woven with a row of kumbha
    (temple-spire triangles) along its top and its foot in the aal root's red and the iron's brown-black, and
    between them two of the weavers' motifs (a fish, an axe, a crab, a temple or a tortoise) built pick by
    pick as an extra weft builds them; centred, three lines high."""
    put(p, "t93em", "", mark_=[p.rng.randrange(len(AAL)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def kumbha(p: Screen) -> None:
    """A Kotpad border as a divider across the page: a row of stepped kumbha triangles in the red and the
    brown-black in turn, standing on a stripe, a thin stripe over them; one line high."""
    put(p, "t93kb", "", mark_=[p.rng.randrange(len(AAL)), p.rng.randrange(10**6)])


def ring(p: Screen, status: str) -> None:
    """The outcome as a ring drawn in a thin stroke of its colour, a tick, a cross or an hourglass in the
    same stroke inside it (the ring broken in dashes for a wait); centred, three lines high."""
    put(p, "t93rg", "", mark_=[status])
    p.add("gap")
    p.add("gap")


def inbox_head(p: Screen, sender: str, when_: str, colour: tuple[int, int, int], **facts) -> None:
    """A mail app's inbox row's head: a round badge with the sender's initial in the left margin's column,
    the sender in bold and the mail's day or hour small at the right."""
    bold = bold_of(p.font)
    face = load_font(bold, p.style["size"])
    small = load_font(p.font, int(p.style["size"] * 0.78))
    assert glyphs(bold, sender) and glyphs(p.font, when_), (sender, when_)
    assert face.getlength(sender) + small.getlength(when_) + 90 <= room_of(p), (sender, when_)
    put(p, "t93ih", sender, when_, mark_=list(colour), **facts)


def inbox_line(p: Screen, text: str, *, mode: str = "plain", **facts) -> None:
    """An inbox row's subject (``mode`` bold) or its preview (soft), set in past the badge's column; a preview
    too long for the row carried on to the next."""
    font = bold_of(p.font) if mode == "bold" else p.font
    scale = 0.86 if mode == "soft" else 0.94
    face = load_font(font, int(p.style["size"] * scale))
    assert glyphs(font, text), text
    room = room_of(p) - 56
    lines, line = [], ""
    for word in text.split():
        if line and face.getlength(f"{line} {word}") > room:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    for n_, t in enumerate(lines):
        put(p, "t93in", t, mark_=[mode], **(facts if n_ == 0 else {}))


def inbox_rule(p: Screen) -> None:
    """A hairline under an inbox row."""
    put(p, "t93ix", "")


def thumbprint(p: Screen) -> None:
    """heldout269's box for a thumb's impression, inked: the thumb's oval of ridges pressed in a stamp pad's
    violet over the box's caption, broken where the pad ran dry."""
    h269.thumb(p, "Left thumb|impression")
    ext(p).setdefault("prints", []).append([len(p.rows) - 3, p.rng.randrange(10**6)])


def stains(p: Screen) -> None:
    """The aal root's stains on the paper: two or three reddish-brown smudges of a dyer's fingers in the
    margins (the page handled in the dye yard)."""
    ext(p)["decor"].append(["stains", p.rng.randrange(10**6)])


def on_saree(p: Screen) -> None:
    """The page photographed lying on a Kotpad saree: its cream field scattered with small fish and axes in
    the aal red, its broad red border with a row of kumbha along its edge, the page's shadow on it."""
    ext(p)["frame"] = ["saree", p.rng.randrange(len(AAL)), p.rng.randrange(10**6)]


def on_watch(p: Screen) -> None:
    """The screen shown on a smartwatch: the page in the watch's rounded screen, its black bezel and case, the
    crown and its button at the right, the strap going up and down."""
    ext(p)["frame"] = ["watch", p.rng.randrange(10**6)]


# ---------------------------------------------------------------- drawing

# the weavers' motifs as an extra weft builds them, pick by pick ("#" a float of the red or the brown-black)
MOTIFS = {
    "fish": [
        ".....##.......",
        "...######...#.",
        ".##########.##",
        "####.########.",
        ".##########.##",
        "...######...#.",
        ".....##.......",
    ],
    "axe": [
        "..#######..",
        ".#########.",
        "###########",
        ".#########.",
        "....###....",
        "....###....",
        "....###....",
        "....###....",
    ],
    "crab": [
        "#.#.......#.#",
        ".##.......##.",
        "..##.###.##..",
        "...#######...",
        "..#########..",
        ".#.#.#.#.#.#.",
        "#...........#",
    ],
    "temple": [
        "....#....",
        "...###...",
        "...###...",
        "..#####..",
        "..#####..",
        ".#######.",
        "#########",
        "#.#.#.#.#",
    ],
    "tortoise": [
        "....###....",
        ".#.#####.#.",
        "..#######..",
        ".#########.",
        "..#######..",
        ".#.#####.#.",
        "....#.#....",
    ],
}


def _tint(colour, paper_, share: float) -> tuple[int, int, int]:
    return h269._tint(colour, paper_, share)


def _motif(draw, cx: float, cy: float, cell: float, name: str, colour, ground) -> None:
    """A motif's picks, each a small block with a darker float line across it."""
    rows_ = MOTIFS[name]
    w, h = len(rows_[0]) * cell, len(rows_) * cell
    x0, y0 = cx - w / 2, cy - h / 2
    line_c = _tint(colour, (0, 0, 0), 0.8)
    for r, text in enumerate(rows_):
        for c, ch in enumerate(text):
            if ch != "#":
                continue
            bx, by = x0 + c * cell, y0 + r * cell
            draw.rectangle((bx, by, bx + cell - 0.6, by + cell - 0.6), fill=colour)
            if cell >= 3:
                draw.line((bx, by + cell / 2, bx + cell - 1, by + cell / 2), fill=line_c, width=1)


def _kumbha_row(draw, x0: float, x1: float, base: float, h: float, colours, up: bool = True) -> None:
    """A row of stepped kumbha triangles standing on ``base`` (hanging from it where not ``up``)."""
    w = h * 1.1
    n = max(3, int((x1 - x0) // w))
    each = (x1 - x0) / n
    steps_ = 4
    for k in range(n):
        cx = x0 + each * (k + 0.5)
        c = colours[k % len(colours)]
        for s in range(steps_):
            half = each * 0.46 * (1 - s / steps_)
            y_a = base - (s + 1) * h / steps_ if up else base + s * h / steps_
            y_b = base - s * h / steps_ if up else base + (s + 1) * h / steps_
            draw.rectangle((cx - half, min(y_a, y_b), cx + half, max(y_a, y_b)), fill=c)


def _weave(draw, box, ground, srng: random.Random) -> None:
    """A cotton ground's plain weave: faint warp and weft lines across it."""
    x0, y0, x1, y1 = box
    light = _tint((255, 255, 255), ground, 0.25)
    dark = _tint((0, 0, 0), ground, 0.06)
    y = y0 + 1
    while y < y1:
        draw.line((x0, y, x1, y), fill=dark if srng.random() < 0.5 else light, width=1)
        y += 3
    x = x0 + 2
    while x < x1:
        draw.line((x, y0, x, y1), fill=light, width=1)
        x += 4


def _emblem(draw, cx: float, cy: float, w: float, h: float, red: int, seed: int) -> None:
    """The cloth panel: cream ground, a red stripe and kumbha top and foot, two motifs between."""
    srng = random.Random(seed)
    ground = srng.choice(CREAM)
    aal = AAL[red]
    x0, y0, x1, y1 = cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
    draw.rectangle((x0, y0, x1, y1), fill=ground)
    _weave(draw, (x0, y0, x1, y1), ground, srng)
    band_h = h * 0.2
    draw.rectangle((x0, y0, x1, y0 + band_h * 0.3), fill=aal)
    draw.rectangle((x0, y1 - band_h * 0.3, x1, y1), fill=aal)
    _kumbha_row(draw, x0 + 3, x1 - 3, y0 + band_h * 0.3, band_h * 0.8, [aal, SOOT], up=False)
    _kumbha_row(draw, x0 + 3, x1 - 3, y1 - band_h * 0.3, band_h * 0.8, [aal, SOOT], up=True)
    names = srng.sample(list(MOTIFS), 2)
    cell = max(2.4, h * 0.055)
    for n_, name in enumerate(names):
        mx = cx + (-1 if n_ == 0 else 1) * w * 0.22
        _motif(draw, mx, cy, cell, name, aal if n_ == 0 else SOOT, ground)
    draw.line((cx, cy - h * 0.18, cx, cy + h * 0.18), fill=_tint(aal, ground, 0.5), width=1)
    draw.rectangle((x0, y0, x1, y1), outline=_tint(aal, ground, 0.6), width=1)


def _ring(draw, cx: float, cy: float, r: float, status: str) -> None:
    colour = TONE[status]
    w = max(3, int(r / 9))
    if status == "pending":
        for a in range(0, 360, 30):
            draw.arc((cx - r, cy - r, cx + r, cy + r), a, a + 20, fill=colour, width=w)
        t = r * 0.42
        draw.polygon([(cx - t, cy - t * 1.1), (cx + t, cy - t * 1.1), (cx, cy)], outline=colour, width=w)
        draw.polygon([(cx - t, cy + t * 1.1), (cx + t, cy + t * 1.1), (cx, cy)], outline=colour, width=w)
        return
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=w)
    if status == "success":
        draw.line(
            (cx - r * 0.42, cy + r * 0.02, cx - r * 0.1, cy + r * 0.34, cx + r * 0.46, cy - r * 0.32),
            fill=colour,
            width=w,
            joint="curve",
        )
    else:
        d = r * 0.38
        draw.line((cx - d, cy - d, cx + d, cy + d), fill=colour, width=w)
        draw.line((cx - d, cy + d, cx + d, cy - d), fill=colour, width=w)


def _stains(page: Image.Image, seed: int) -> Image.Image:
    """Reddish-brown smudges multiplied into the margins."""
    srng = random.Random(seed)
    w, h = page.size
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    for _ in range(srng.randrange(2, 4)):
        fx = srng.choice([srng.uniform(8, MARGIN - 16), srng.uniform(w - MARGIN + 16, w - 8)])
        fy = srng.uniform(30, h - 40)
        tone = srng.choice([(226, 176, 162), (216, 160, 150), (232, 192, 176)])
        for _ in range(9):
            r = srng.uniform(3, 7)
            ox, oy = srng.uniform(-4, 4), srng.uniform(-12, 12)
            ld.ellipse((fx + ox - r, fy + oy - r * 1.3, fx + ox + r, fy + oy + r * 1.3), fill=tone)
    layer = layer.filter(ImageFilter.GaussianBlur(2.2))
    return ImageChops.multiply(page, layer)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout289's ``_render`` (heldout287's, 279's, 277's, 275's, 273's, 271's, 269's and heldout14's
    beneath it), then this set's rows and marks: Odia lines, hand and boxed fields, a Kotpad cloth panel as an
    emblem, a kumbha border as a divider, an outcome's ring, a mail app's inbox rows, the aal dye's stains."""
    page = h289._render(rows, font, style)
    x = style.get("h293")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", (30, 40, 120)))
    marks = x["marks"]
    decor = {d[0]: d for d in x["decor"]}
    if "stains" in decor:
        page = _stains(page, decor["stains"][1])
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t93"):
            continue
        y = tops[i]
        top_y = y - lift
        m = marks.get(str(i))
        if name == "t93ol":
            scale, bold, align, is_soft = m
            s = int(size * scale)
            tw = owidth(r[1], font, s, bold=bold)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_o(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold)
        elif name == "t93oh":
            align, scale = m
            s = int(size * scale)
            fx = None
            for n_, text in enumerate((r[2], r[1])):
                if not text:
                    continue
                tw = owidth(text, HAND_LATIN, s)
                lw, lh = int(tw + s), int(line * 1.9)
                layer = Image.new("L", (lw, lh), 0)
                draw_o(ImageDraw.Draw(layer), (4, lh * 0.18), text, HAND_LATIN, s, 255)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.16, -0.16 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 0:
                    tx = width - MARGIN - tw - s * 0.5
                    fx = tx
                else:
                    tx = {
                        "c": (width - tw) / 2,
                        "l": MARGIN,
                        "r": (fx if fx is not None else width - MARGIN) - tw - s * 0.5,
                    }[align]
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.3)), layer)
                draw = ImageDraw.Draw(page)
        elif name == "t93bx":
            (by_pen,) = m
            box = (MARGIN, top_y + 2, width - MARGIN, top_y + 2 * line - 3)
            draw.rectangle(box, outline=_tint(soft, paper_, 0.75), width=1)
            s = int(size * 0.7)
            draw.text((MARGIN + 7, top_y + 5), r[1], font=load_font(font, s), fill=soft)
            s = int(size * 0.9)
            ow = owidth(r[2], font, s)
            draw_o(draw, (width - MARGIN - 8 - ow, top_y + 4), r[2], font, s, soft)
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.08))
                draw.text((MARGIN + 12, top_y + line * 0.72), r[3], font=vface, fill=pen_ink)
            else:
                vface = load_font(bold_of(font), size)
                draw.text((MARGIN + 12, top_y + line * 0.82), r[3], font=vface, fill=ink)
        elif name == "t93em":
            red, seed = m
            _emblem(draw, width / 2, top_y + line * 1.5, line * 5.4, line * 2.8, red, seed)
        elif name == "t93kb":
            red, seed = m
            srng = random.Random(seed)
            aal = AAL[red]
            y0, y1 = top_y + line * 0.12, top_y + line * 0.9
            draw.rectangle((MARGIN, y0, width - MARGIN, y0 + 2), fill=aal)
            draw.rectangle((MARGIN, y1 - 4, width - MARGIN, y1), fill=aal)
            colours = [aal, SOOT] if srng.random() < 0.6 else [SOOT, aal]
            _kumbha_row(draw, MARGIN, width - MARGIN, y1 - 4, (y1 - y0) * 0.72, colours, up=True)
        elif name == "t93rg":
            (status,) = m
            _ring(draw, width / 2, top_y + line * 1.5, line * 1.15, status)
        elif name == "t93ih":
            colour = tuple(m)
            r_ = line * 0.62
            cx, cy = MARGIN + r_, top_y + line * 0.95
            draw.ellipse((cx - r_, cy - r_, cx + r_, cy + r_), fill=colour)
            bold = bold_of(font)
            draw.text(
                (cx, cy),
                r[1][0].upper(),
                font=load_font(bold, int(size * 0.9)),
                fill=(255, 255, 255),
                anchor="mm",
            )
            draw.text((MARGIN + 56, y), r[1], font=load_font(bold, size), fill=ink)
            small = load_font(font, int(size * 0.78))
            draw.text((width - MARGIN - small.getlength(r[2]), y + size * 0.12), r[2], font=small, fill=soft)
        elif name == "t93in":
            (mode,) = m
            f_ = bold_of(font) if mode == "bold" else font
            s = int(size * (0.86 if mode == "soft" else 0.94))
            colour = soft if mode == "soft" else ink
            draw.text((MARGIN + 56, y), r[1], font=load_font(f_, s), fill=colour)
        elif name == "t93ix":
            yy = top_y + line * 0.5
            draw.line((MARGIN + 56, yy, width - MARGIN, yy), fill=_tint(soft, paper_, 0.3), width=1)
    for i, seed in x.get("prints", []):
        srng = random.Random(seed)
        side = int(line * 2.6)
        cx, cy = width - MARGIN - side / 2, tops[i] + side * 0.5
        violet = (92, 56, 150)
        tilt = srng.uniform(-0.35, 0.35)
        for n_ in range(1, 10):
            rx, ry = side * 0.038 * n_, side * 0.05 * n_
            for a in range(0, 360, 6):
                if srng.random() < 0.25:
                    continue
                pts = []
                for t in (math.radians(a), math.radians(a + 5)):
                    ex, ey = rx * math.cos(t), ry * math.sin(t)
                    pts.append(
                        (
                            cx + ex * math.cos(tilt) - ey * math.sin(tilt),
                            cy + ex * math.sin(tilt) + ey * math.cos(tilt),
                        )
                    )
                fade = 0.3 + 0.6 * (0.5 + 0.5 * math.cos(math.radians(a) - 2.2))
                draw.line(pts[0] + pts[1], fill=_tint(violet, paper_, fade), width=2)
    return page


def _saree(image: Image.Image, red: int, seed: int) -> Image.Image:
    """The page on a Kotpad saree: the cream field and its motifs, the red border with its kumbha."""
    srng = random.Random(seed)
    w, h = image.size
    pad = 74
    ground = srng.choice(CREAM)
    aal = AAL[red]
    base = Image.new("RGB", (w + 2 * pad, h + 2 * pad), ground)
    bd = ImageDraw.Draw(base)
    bw, bh = base.size
    _weave(bd, (0, 0, bw, bh), ground, srng)
    y = 40
    while y < bh - 30:
        x = 30 + srng.randrange(2) * 30
        while x < bw - 30:
            _motif(bd, x, y, 3.0, srng.choice(["fish", "axe", "temple"]), aal, ground)
            x += 74
        y += 64
    # the border along one long edge and the foot: red with its kumbha facing in
    side = srng.choice(["left", "right"])
    bx0, bx1 = (0, 40) if side == "left" else (bw - 40, bw)
    bd.rectangle((bx0, 0, bx1, bh), fill=aal)
    bd.rectangle((0, bh - 40, bw, bh), fill=aal)
    _kumbha_row(bd, 0, bw, bh - 40, 22, [aal, SOOT], up=True)
    for n_, yy in enumerate(range(0, bh - 40, 26)):
        colour = [aal, SOOT][n_ % 2] if side == "left" else [SOOT, aal][n_ % 2]
        for s in range(4):
            y_a, y_b = yy + s * 2.75, yy + 22 - s * 2.75
            if side == "left":
                bd.rectangle((bx1 + s * 5, y_a, bx1 + (s + 1) * 5, y_b), fill=colour)
            else:
                bd.rectangle((bx0 - (s + 1) * 5, y_a, bx0 - s * 5, y_b), fill=colour)
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 6, pad + 8, pad + w + 6, pad + h + 8), fill=120)
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    base = Image.composite(Image.new("RGB", base.size, (40, 24, 18)), base, shadow)
    base.paste(image, (pad, pad))
    return base


def _watch(image: Image.Image, seed: int) -> Image.Image:
    """The screen in a smartwatch: a rounded screen in a black bezel and case, the crown, the strap."""
    srng = random.Random(seed)
    w, h = image.size
    bez = 26
    case_w, case_h = w + 2 * bez, h + 2 * bez
    strap = 120
    cw, ch = case_w + 60, case_h + 2 * strap
    bg = srng.choice([(214, 206, 190), (200, 196, 188), (226, 220, 208)])
    base = Image.new("RGB", (cw, ch), bg)
    bd = ImageDraw.Draw(base)
    sx0, sx1 = 30 + case_w * 0.16, 30 + case_w * 0.84
    strap_c = srng.choice([(40, 40, 44), (92, 58, 40), (30, 44, 70)])
    bd.rounded_rectangle((sx0, 0, sx1, strap + 40), radius=18, fill=strap_c)
    bd.rounded_rectangle((sx0, ch - strap - 40, sx1, ch), radius=18, fill=strap_c)
    for yy in range(ch - strap + 10, ch - 10, 24):
        bd.ellipse(((sx0 + sx1) / 2 - 4, yy - 4, (sx0 + sx1) / 2 + 4, yy + 4), fill=_tint(bg, strap_c, 0.8))
    case = (30, strap, 30 + case_w, strap + case_h)
    bd.rounded_rectangle(case, radius=int(bez * 2.6), fill=(32, 32, 36))
    bd.rounded_rectangle(
        (case[0] + 5, case[1] + 5, case[2] - 5, case[3] - 5), radius=int(bez * 2.3), fill=(8, 8, 10)
    )
    bd.rounded_rectangle(
        (case[2] - 2, strap + case_h * 0.24, case[2] + 14, strap + case_h * 0.38), radius=5, fill=(70, 70, 76)
    )
    bd.rounded_rectangle(
        (case[2] - 2, strap + case_h * 0.5, case[2] + 8, strap + case_h * 0.66), radius=3, fill=(60, 60, 66)
    )
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=int(bez * 1.6), fill=255)
    base.paste(image, (30 + bez, strap + bez), mask)
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout291's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, heldout289's clipboard, and the Kotpad saree a page is photographed lying on or the smartwatch a
    screen is shown in."""
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
    f = (style.get("h293") or {}).get("frame")
    if f and f[0] == "saree":
        image = _saree(image, f[1], f[2])
    elif f and f[0] == "watch":
        image = _watch(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h289.check_faces()
    for face in [ODIA, ODIA_BOLD, HAND_LATIN, *PENS, *TYPES, "dejavu/DejaVuSans-Bold.ttf"]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout293 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, FIRM_CAPS]
VPAS = [
    "kotpadaalkutir@sbi",
    "kotpadaal@okicici",
    "Q603918274@ybl",
    "ghasiram.mirgan@ubi",
    "kotpadaalkutir.jeypore@ibl",
]
BUYERS = [
    ("Lopamudra Patnaik", "lopa.patnaik@okhdfcbank", "HDFC Bank"),
    ("Debasish Mohanty", "debasishm@oksbi", "State Bank of India"),
    ("Ananya Rath", "ananyarath@ybl", "Canara Bank"),
    ("Swagatika Nayak", "swagatika.n@okicici", "ICICI Bank"),
    ("Pritam Panda", "pritampanda@axl", "Axis Bank"),
    ("Sujata Behera", "sujatab@ibl", "Union Bank of India"),
    ("Aditi Menon", "aditimenon@okaxis", "Federal Bank"),
    ("Rakesh Sabar", "rakeshsabar@upi", "Utkal Grameen Bank"),
]
NOTES = ["Kotpad saree", "stole x2", "dupatta", "saree advance", "gamchha x4", "yardage 6 m"]


def bank_short(bank: str) -> str:
    return {
        "State Bank of India": "SBI",
        "Utkal Grameen Bank": "UGB",
        "Union Bank of India": "Union Bank",
        "Kotak Mahindra Bank": "Kotak",
    }.get(bank, bank.replace(" Bank", ""))


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Kotpad Aal Kutir or the firm: Google Pay's Completed under a ring's tick (the sum, "To"
    the payee over its UPI ID, the day and hour; labels small over their values: UPI transaction ID, From,
    Google transaction ID); Jupiter's Payment successful ("Today, <hour>"; "Paid to" over the payee; UPI Ref
    ID, Paid from as label and value on a line; no day); super.money's "money sent" in lower case ("sent to
    <payee>", "on <12 March 2026> at <hour>"; tiles: UPI reference no., super.money txn ID); Kotak811's shared
    card (a ring's tick, Payment done, the sum, "to <payee>", the day and hour, "Paid via UPI"; no reference);
    Freecharge's Payment failed on a tinted band (the reason in a notice; a table ruled on every side:
    Freecharge Txn ID, UPI Ref No., Date, Paid from); ICICI's iMobile Pay Transaction successful (a striped
    table: Paid to, Amount, Transaction Date, UPI Ref. No., Remarks, Debit A/c); MobiKwik's Payment processing
    under a ring broken in dashes ("to <payee>", a warning's notice; labels small over their values two to a
    row: MobiKwik Txn ID, UPI Ref No.; Initiated on); BharatPe for Business on the shop's phone (the shop
    under the app, Payment Received, "from <buyer>"; shaded labels: UPI Ref No, Received on, Settlement). All
    new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1, low=450, high=58000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = bank_short(bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share screenshot",))
        app_head(p, "Google Pay", "")
        ring(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Completed", status=status)
        name = pick(p, "center", [f"To {to}", f"To {SHOP}"])[3:]
        p.add("center", f"To {name}", merchant=name)
        p.add("small", vpa)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("rule")
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "From")
        p.add("left", f"{who} ({sb} {dot * 4} {digits(rng, 4)})", method="UPI")
        lab(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (250, 112, 62))
        app_head(p, "Jupiter", "Pay via UPI")
        p.add("center", "Payment successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, SHOP])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        p.pair("UPI Ref ID", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Paid from", f"Federal Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        p.pair("Note", rng.choice(NOTES))
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "payment"], dark=False, buttons=("share", "done"))
        band(p, (72, 36, 160))
        app_head(p, "super.money", "upi")
        p.add("center", "money sent", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"sent to {to}", f"sent to {SHOP}"])[8:]
        p.add("center", f"sent to {name}", merchant=name)
        p.add("small", f"on {when(j.date, '{d} %B %Y')} at {hhmm(rng, lower=True)}", date=j.date)
        p.add("gap")
        sid = f"SM{digits(rng, 16)}"
        tiles2(p, ("UPI reference no.", j.ref), ("super.money txn ID", sid[:14]), txn=(UTR_RANK, j.ref))
        p.add("small", f"paid from {sb} account {dot * 2}{digits(rng, 4)} via UPI", method="UPI")
        return p.done()
    if k == 3:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (244, 246, 252)
        p.part = "head"
        p.add("title", "kotak811")
        p.part = "body"
        ring(p, status)
        p.add("center", "Payment done", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["%d-%b-%Y", "%d %b %Y"], ("  |  ",)), date=j.date)
        p.add("gap")
        p.add("small", "Paid via UPI  |  Shared from Kotak811", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Retry payment",))
        band(p, (255, 102, 0))
        app_head(p, "freecharge", "UPI payment")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "Your bank could not process this payment (U30: debit declined). No money has left your "
            "account; please try again.",
            "error",
        )
        fid = f"FC{j.date:%y%m%d}{digits(rng, 12)}"
        grid(
            p,
            "fc",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            None,
            [
                (["Freecharge Txn ID", fid], {"txn": (TXN_RANK, fid)}),
                (["UPI Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",))], {"date": j.date}),
                (["Paid from", f"{sb} XX{digits(rng, 4)} (UPI)"], {"method": "UPI"}),
            ],
            tint=(255, 232, 214),
        )
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Home"))
        band(p, (156, 32, 52))
        app_head(p, "iMobile Pay", "ICICI Bank")
        p.add("center", "Transaction successful", status=status)
        p.add("gap")
        name = rng.choice([to, SHOP])
        zebra(
            p,
            "im",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Details", ""],
            [
                (["Paid to", name], {"merchant": name}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["UPI Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Remarks", rng.choice(NOTES)], {}),
                (["Debit A/c", f"XXXXXXXX{digits(rng, 4)} (UPI)"], {"method": "UPI"}),
            ],
            (156, 32, 52),
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh status",))
        band(p, (30, 66, 160))
        app_head(p, "MobiKwik", "UPI")
        ring(p, status)
        p.add("center", "Payment processing", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "Your bank is yet to confirm this payment. Do not pay again; if it fails, any amount debited "
            "comes back in 3 to 5 days.",
            "warn",
        )
        mid = f"MBK{digits(rng, 12)}"
        two_up(p, "mk", ("MobiKwik Txn ID", mid), ("UPI Ref No.", j.ref), txn=(UTR_RANK, j.ref))
        p.add("gap")
        p.pair(
            "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date, method="UPI"
        )
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=("View all",))
    band(p, (0, 150, 136))
    app_head(p, "BharatPe", "for Business")
    name = pick(p, "center", [SHOP_CAPS, SHOP])
    p.add("center", name, merchant=name)
    p.add("small", "Main Road, Jeypore")
    p.add("gap")
    p.add("center", "Payment Received", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", f"from {who} ({their})", method="UPI")
    p.add("gap")
    kv(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
    kv(p, "Received on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    kv(p, "Settlement", f"Instant to UGB XX{digits(rng, 4)}")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


BOYANIKA = "Boyanika"
BOYANIKA_OD = "ବୟନିକା"
BOYANIKA_FULL = "The Odisha State Handloom Weavers' Co-operative Society Ltd."
FABINDIA = "Fabindia Limited"
JAYPORE = "Jaypore E-Commerce Pvt. Ltd."
AHILYA = "Ahilya Loom Studio LLP"
EKAMRA = "Ekamra Heritage Resort"
TRIBES = "TRIBES INDIA"
KAVERI = "Studio Kaveri Textiles"
NGO = "Koraput Mahila Vikas Samiti"
NGO_OD = "କୋରାପୁଟ ମହିଳା ବିକାଶ ସମିତି"


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
    """Payers' advices of what they paid the firm: Boyanika's PAYMENT ADVICE under its Odia name (Advice No.
    beside Date, Supplier; a striped table GRN No. | GRN Date | Pieces | Value with its Less: TDS 194Q and Net
    payable; "The net amount of Rs. x has been credited to your account by RTGS (or NEFT), UTR ..., on
    <day>."); Fabindia's Remittance Advice mailed from its payables desk (Payment Number, Payment Date,
    Supplier Name, Supplier Number, Payment Method, Bank Reference in columns; a table ruled on every side
    Invoice Number | Invoice Date | Invoice Amount | TDS | Amount Paid; Total Amount Paid); RazorpayX's payout
    mail for Jaypore (Payout processed; Beneficiary, Amount, Mode, Payout ID, UTR, Purpose in dot leaders; no
    day); HDFC Bank's ENet with a Mumbai loom studio's NEFT failed on a tinted band (a table ruled on every
    side: Transaction Ref No., UTR, Beneficiary Name, Beneficiary A/c, Amount, Value Date, Status Returned,
    Return Reason); a Bhubaneswar resort's Vendor Payment in Odoo (the payment's stages across the page:
    Draft, In Process, Paid; shaded labels: Vendor, Amount, Date, Journal, Payment Method, Status, Bank
    Reference, Memo); TRIBES India's bill payment under process under a ring broken in dashes (a notice;
    Vendor, Bill No., Bill Amount, TDS, Net Amount, Mode, e-Payment ID, Released on in dot leaders); a Delhi
    studio's PAYMENT MADE printed from Zoho Books (Payment#, Payment Date, Reference Number, Paid To, Payment
    Mode, Paid Through as label and value on a line; Amount Paid large; Bill Number | Bill Date | Bill Amount
    | Payment Amount on hairline rows); a Koraput women's society's DEBIT VOUCHER under its Odia name (No.
    left blank; each field in a ruled box, its English name small at the left and its Odia at the right, the
    value written by hand: Date / ତାରିଖ, Paid to / ପ୍ରାପକ, Towards / ବିବରଣୀ, Amount / ରାଶି; "ନଗଦ ଦିଆଗଲା" (paid
    in cash) in an Odia hand; no reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=8000, high=440000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9"))
    me = rng.choice([FIRM, FIRM_CAPS])
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        oline(p, BOYANIKA_OD, scale=1.3, bold=True)
        top(p, BOYANIKA)
        p.add("small", f"{BOYANIKA_FULL}, Bhubaneswar")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT ADVICE")
        adv = f"BOY/PUR/{fy(j.date)}/{rng.randrange(100, 2999):04d}"
        cols(
            p,
            "bya",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Advice No. {adv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, adv),
            date=j.date,
        )
        p.add("left", f"Supplier: {me}", merchant=me)
        p.add("small", TOWN)
        rows_, gross = [], 0.0
        for n_ in range(rng.randrange(1, 4)):
            grn = f"GRN/{rng.randrange(1000, 9999)}"
            pcs = rng.randrange(8, 40)
            rows_.append((grn, when(earlier(rng, j, 8, 50), "%d/%m/%Y"), pcs))
        tds_share = 0.001
        gross = round(j.amount / (1 - tds_share), 0)
        j.amount = round(gross * (1 - tds_share), 2)
        vals, left = [], gross
        for n_, r_ in enumerate(rows_):
            v = left if n_ == len(rows_) - 1 else round(gross / len(rows_), 0)
            left -= v
            vals.append(v)
        zebra(
            p,
            "byz",
            [(0.0, 0.3, "l"), (0.3, 0.54, "c"), (0.54, 0.7, "c"), (0.7, 1.0, "r")],
            ["GRN No.", "GRN Date", "Pieces", "Value"],
            [([g, d, str(n_), num(v)], {}) for (g, d, n_), v in zip(rows_, vals)]
            + [(["Less: TDS 194Q", "", "", num(round(gross - j.amount, 2))], {})],
            (20, 90, 80),
        )
        total(p, "Net payable", num(j.amount), at=0.6, amount=j.amount)
        utr = utr_for(rng, j, "State Bank of India", "RTGS" if j.amount >= 200000 else "NEFT")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        para(
            p,
            f"The net amount of {rs(j.amount)} has been credited to your account by {way}, UTR {utr}, on "
            f"{day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("right", "Manager (Accounts)")
        return p.done()
    if k == 1:
        p = mail_page(rng, font, "Fabindia Payables <payables@fabindia.net>", ["Remittance Advice"])
        p.part = "head"
        top(p, FABINDIA)
        p.add("small", "Supplier Payments  |  Okhla Industrial Area, New Delhi")
        p.add("rule")
        p.part = "body"
        p.add("left", "Remittance Advice")
        para(
            p,
            "Dear Supplier, please find below the details of the payment made to your bank account.",
            status=status,
        )
        pno = str(rng.randrange(2600000, 2699999))
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = vname(p, [me, CUT], bold=False)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "fb", spec, "Payment Number", pno, txn=(INVOICE_RANK, pno))
        colkv(p, "fb", spec, "Payment Date", day_in(j, rng, ["%d-%b-%Y", "%d-%m-%Y"]).upper(), date=j.date)
        colkv(p, "fb", spec, "Supplier Name", name, merchant=name)
        colkv(p, "fb", spec, "Supplier Number", str(rng.randrange(40000, 49999)))
        colkv(p, "fb", spec, "Payment Method", "EFT (NEFT)", method="netbanking")
        colkv(p, "fb", spec, "Bank Reference", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        rows_ = []
        for no, day, net in bills_of(rng, j, rng.randrange(1, 4), "KAB"):
            gross = round(net / 0.999, 2)
            rows_.append(
                ([no, when(day, "%d-%b-%Y").upper(), num(gross), num(round(gross - net, 2)), num(net)], {})
            )
        grid(
            p,
            "fi",
            [(0.0, 0.25, "l"), (0.25, 0.45, "c"), (0.45, 0.65, "r"), (0.65, 0.78, "r"), (0.78, 1.0, "r")],
            ["Invoice Number", "Invoice Date", "Invoice Amount", "TDS", "Amount Paid"],
            rows_,
            foot=(["Total Amount Paid (INR)", num(j.amount)], {"amount": j.amount}),
            tint=(236, 226, 214),
        )
        p.add("small", "This is a system generated advice; please do not reply to this mail.")
        return p.done()
    if k == 2:
        j.amount = rupees(rng, 9000, 160000, 0.3)
        p = mail_page(
            rng,
            font,
            "RazorpayX <payouts@razorpay.com>",
            [f"Payout from {JAYPORE.removesuffix(' Pvt. Ltd.')}"],
        )
        p.part = "head"
        top(p, "Jaypore")
        p.add("small", f"{JAYPORE}  |  payouts powered by RazorpayX")
        p.add("rule")
        p.part = "body"
        p.add("left", "Payout processed", status=status)
        para(
            p,
            "Jaypore has sent you a payout. It has been processed and should reflect in your bank account "
            "shortly.",
        )
        pid = f"pout_{code(rng, 14, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
        name = pick(p, "left", [me, CUT])
        dots(p, "Beneficiary", name, at=0.3, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.3, bold=True, amount=j.amount)
        dots(p, "Mode", "IMPS", at=0.3, method="netbanking")
        dots(p, "Payout ID", pid, at=0.3, txn=(TXN_RANK, pid))
        dots(p, "UTR", j.ref, at=0.3, txn=(UTR_RANK, j.ref))
        dots(p, "Purpose", "Vendor bill", at=0.3)
        p.add("gap")
        p.add("small", "For any query about this payout, write to Jaypore at vendors@jaypore.com.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "enet.hdfcbank.com/ENetRetail/TransactionStatus")
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("small", f"ENet  |  {AHILYA}, Lower Parel, Mumbai")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction Status")
        h269.strip(p, "Transaction Failed", status)
        p.add("gap")
        ref = f"EN{digits(rng, 10)}"
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = rng.choice([FIRM_CAPS, CUT])
        grid(
            p,
            "en",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Transaction Ref No.", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)} (SBIN0{digits(rng, 6)})"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Value Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Payment Type", "NEFT"], {"method": "netbanking"}),
                (["Status", "Returned"], {}),
                (["Return Reason", "Account closed or transferred"], {}),
            ],
            tint=(226, 232, 246),
        )
        p.add("small", "The amount has been credited back to your account.")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, f"ekamraresort.odoo.com/odoo/vendor-payments/{rng.randrange(100, 999)}")
        p.part = "head"
        top(p, EKAMRA)
        p.add("small", "Odoo  |  Accounting  |  Vendor Payments")
        p.add("rule")
        p.part = "body"
        doc = f"PBNK1/{j.date.year}/{rng.randrange(1, 900):05d}"
        p.add("left", doc, txn=(INVOICE_RANK, doc))
        h289.steps(p, ["Draft", "In Process", "Paid"], 3, status)
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        name = rng.choice([FIRM, FIRM_CAPS])
        kv(p, "Vendor", name, at=0.34, merchant=name)
        kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.34, date=j.date)
        kv(p, "Journal", "Bank (ICICI Current A/c)", at=0.34)
        kv(p, "Payment Method", "Manual (NEFT)", at=0.34, method="netbanking")
        kv(p, "Status", "Paid", at=0.34, status=status)
        kv(p, "Bank Reference", utr, at=0.34, txn=(UTR_RANK, utr))
        kv(p, "Memo", f"Kotpad cushion covers and runners, {rng.randrange(20, 60)} pcs", at=0.34)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "vendors.tribesindia.com/bills/payment-status")
        p.part = "head"
        top(p, TRIBES)
        p.add("small", "Tribal Co-operative Marketing Development Federation of India Ltd. (TRIFED)")
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "Payment under process with the bank", status=status)
        note(
            p,
            "The bill has been passed and the payment released. The credit usually reaches your account "
            "within two working days.",
        )
        eid = f"TRF{digits(rng, 11)}"
        bill = f"KAB/{fy(j.date)}/{rng.randrange(10, 400):03d}"
        gross = round(j.amount / 0.999, 2)
        name = rng.choice([FIRM, FIRM_CAPS])
        dots(p, "Vendor", name, at=0.34, merchant=name)
        dots(p, "Bill No.", bill, at=0.34)
        dots(p, "Bill Amount", num(gross), at=0.34)
        dots(p, "TDS (194Q)", num(round(gross - j.amount, 2)), at=0.34)
        dots(p, "Net Amount", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "Mode", "NEFT", at=0.34, method="netbanking")
        dots(p, "e-Payment ID", eid, at=0.34, txn=(TXN_RANK, eid))
        dots(p, "Released on", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.34, date=j.date)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, KAVERI)
        p.add("small", "Shahpur Jat, New Delhi - 110049  |  GSTIN " + gstin_of(rng, "07", "F"))
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENT MADE", status=status)
        pno = str(rng.randrange(20, 300))
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = pick(p, "pair", [me, CUT])
        p.pair("Payment#", pno, txn=(INVOICE_RANK, pno))
        p.pair("Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        p.pair("Reference Number", utr, txn=(UTR_RANK, utr))
        p.pair("Paid To", name, merchant=name)
        p.pair("Payment Mode", "Bank Transfer (NEFT)", method="netbanking")
        p.pair("Paid Through", "HDFC Bank Current Account")
        p.add("gap")
        amtbox(p, "Amount Paid", rs(j.amount), by_hand=False, at=0.0, amount=j.amount)
        spec = [(0.0, 0.3, "l"), (0.3, 0.5, "c"), (0.5, 0.75, "r"), (0.75, 1.0, "r")]
        cols(p, "zh", spec, "Bill Number", "Bill Date", "Bill Amount", "Payment Amount", mode="line")
        for no, day, v in bills_of(rng, j, rng.randrange(1, 3), "KAB"):
            cols(p, "zl", spec, no, when(day, "%d/%m/%Y"), num(v), num(v), mode="line")
        p.add("gap")
        p.add("small", "Printed from Zoho Books")
        return p.done()
    j.amount = float(rng.randrange(40, 240) * 100)
    p = sheet_page(rng, font, [640, 680])
    p.style["paper"] = rng.choice([(250, 246, 236), (246, 246, 238)])
    p.part = "head"
    oline(p, NGO_OD, scale=1.25, bold=True)
    top(p, pick(p, "title", [NGO, "Koraput Mahila Vikas"]))
    p.add("small", "Near Sabara Srikhetra, Koraput - 764020")
    oline(p, "ଖର୍ଚ୍ଚ ଭାଉଚର / DEBIT VOUCHER", bold=True)
    p.part = "body"
    p.add("left", "No. ..............")
    obox(p, "Date", "ତାରିଖ", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
    obox(p, "Paid to", "ପ୍ରାପକ", SHOP, pen=True, merchant=SHOP)
    obox(p, "Towards", "ବିବରଣୀ", f"Kotpad stoles for the training, {rng.randrange(6, 20)} pcs", pen=True)
    obox(p, "Amount", "ରାଶି", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
    p.add("gap")
    ohand(p, "ନଗଦ ଦିଆଗଲା", scale=1.4, method="cash", status=status)
    p.add("gap")
    sig(p)
    p.add("right", "Secretary")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Lantern & Loom Ltd", "Bath, United Kingdom", "GBP", 900, 6500, "barclays"),
    ("Naturfarg Vavstuga AB", "Gothenburg, Sweden", "SEK", 12000, 85000, "handelsbanken"),
    ("Tintes Vivos de Oaxaca S.A. de C.V.", "Oaxaca, Mexico", "MXN", 20000, 150000, "bbva"),
    ("Indigo & Madder Pty Ltd", "Fremantle, Australia", "AUD", 1200, 9000, "westpac"),
    ("Kain Studio Pte. Ltd.", "Singapore", "SGD", 1200, 9000, "ocbc"),
    ("Maple Weave Collective Inc.", "Toronto, Canada", "CAD", 1200, 8500, "td"),
    ("Kekfesto Textil Kft.", "Budapest, Hungary", "HUF", 300000, 2400000, "otp"),
    ("Slow Cloth Gallery LLC", "Asheville, North Carolina, USA", "USD", 900, 7000, "citi"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: pounds with the pound's sign or GBP, kronor the Swedish way (48
    250,00 SEK or SEK 48 250,00), Mexican pesos with the dollar's sign and MXN ($152,400.00 MXN) or MXN
    before, Australian dollars with A$ or AUD, Singapore dollars with S$ or SGD, Canadian dollars with C$ or
    CAD, forint whole with spaces between the thousands and Ft after it or HUF before it (1 250 000 Ft), US
    dollars with $ and USD or USD before."""
    if cur == "SEK":
        form = rng.choice(["{v} SEK", "SEK {v}"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", " ").replace(".", ","))
    if cur == "HUF":
        form = rng.choice(["{v} Ft", "HUF {v}"])
        return lambda v: form.format(v=f"{v:,.0f}".replace(",", " "))
    form = rng.choice(
        {
            "GBP": [sign(font, "\u00a3", "GBP ") + "{v}", "GBP {v}"],
            "MXN": ["${v} MXN", "MXN {v}"],
            "AUD": ["A${v}", "AUD {v}"],
            "SGD": ["S${v}", "SGD {v}"],
            "CAD": ["C${v}", "CAD {v}"],
            "USD": ["${v} USD", "USD {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shops, galleries and natural-dye studios abroad paying the firm for Kotpad sarees, stoles, shawls and
    yardage: Barclays' International payment sent in pounds under a ring's tick ("to <beneficiary>", "Today,
    <hour>"; labels small over their values: Reference, Payment type, Fee; no day); Handelsbanken's
    Utlandsbetalning in kronor the Swedish way (Betalningen är genomförd / Payment completed on a tinted band;
    shaded labels in Swedish and English: Mottagare / Beneficiary, Belopp / Amount, Betalningsdag / Payment
    date year first, Referens / Reference, Avgift / Charges); BBVA México's transferencia internacional en
    proceso in pesos (a ring broken in dashes, "para / to <beneficiary>", a notice in Spanish and English;
    Fecha / Date, Folio, Tipo / Type as label and value on a line); Westpac's payment confirmation in
    Australian dollars (a tile's tick; Amount, Paid to, Bank, SWIFT code, Payment date, Receipt number in
    columns); OCBC's Overseas Funds Transfer successful in Singapore dollars (each value over its label:
    Transfer to, Transaction date, Transaction reference, Charges); TD Canada Trust's Global Money Transfer
    unsuccessful in Canadian dollars on a tinted band (the reason in a notice; Recipient, Amount sent, Date,
    Confirmation #, Transfer type in dot leaders); OTP Bank's shared card in forint (Átutalás teljesítve /
    Transfer completed, the sum, Kedvezményezett / To, Dátum / Date year first with dots; no reference);
    Citi's Global Transfer completed in US dollars (labels set to the right against a gutter: Amount,
    Recipient, Recipient Bank, SWIFT/BIC, Transfer Date month first, Reference Number, Fee). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "HUF":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([FIRM, FIRM_CAPS])
    bank_line = "State Bank of India, Jeypore Branch"
    swift = "SBININBB474"
    if frame == "barclays":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 174, 239))
        app_head(p, "Barclays", "International payment")
        ring(p, status)
        p.add("center", "Payment sent", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng, twelve=False)}")
        p.add("rule")
        ref = f"BARC{digits(rng, 4)}{code(rng, 6, UPPER)}"
        lab(p, "Reference")
        p.add("left", ref, txn=(BANK_RANK, ref))
        lab(p, "Payment type")
        p.add("left", "International payment (SWIFT)", method="netbanking")
        lab(p, "Fee")
        p.add("left", show(0.0) if rng.random() < 0.5 else show(15.0))
        return p.done()
    if frame == "handelsbanken":
        p = browser_page(rng, font, "secure.handelsbanken.se/bb/seip/utlandsbetalning/kvitto")
        p.part = "head"
        top(p, "Handelsbanken")
        p.add("small", "Internetbanken  |  Utlandsbetalning / Foreign payment")
        p.add("rule")
        p.part = "body"
        done = "Betalningen \u00e4r genomf\u00f6rd / Payment completed"
        if not glyphs(bold_of(font), "\u00e4\u00f6"):
            done = "Betalningen ar genomford / Payment completed"
        h269.strip(p, done, status)
        p.add("gap")
        ref = f"HB{j.date:%y%m%d}{digits(rng, 8)}"
        name = rng.choice([me, CUT])
        kv(p, "Mottagare / Beneficiary", name, at=0.42, merchant=name)
        kv(p, "Bank", f"{bank_line} ({swift})", at=0.42)
        kv(p, "Belopp / Amount", show(j.amount), at=0.42, amount=j.amount, cur=cur)
        kv(p, "Betalningsdag / Payment date", when(j.date, "%Y-%m-%d"), at=0.42, date=j.date)
        kv(p, "Referens / Reference", ref, at=0.42, txn=(BANK_RANK, ref))
        kv(p, "Avgift / Charges", "Delad / Shared (SHA)", at=0.42, method="netbanking")
        p.add("gap")
        p.add("small", f"Betalare / Payer: {payer}, {city}")
        return p.done()
    if frame == "bbva":
        p = phone(rng, font, k, ["", "Transferencia"], dark=False, buttons=("Entendido",))
        band(p, (0, 68, 129))
        app_head(
            p, "BBVA M\u00e9xico" if glyphs(font, "\u00e9") else "BBVA Mexico", "Transferencia internacional"
        )
        ring(p, status)
        p.add("center", "En proceso / In process", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"para / to {me}", f"para / to {CUT}"])[10:]
        p.add("center", f"para / to {name}", merchant=name)
        note(
            p,
            "Tu transferencia est\u00e1 en revisi\u00f3n y se enviar\u00e1 en las pr\u00f3ximas 24 horas. / "
            "Your transfer is being reviewed and will be sent within 24 hours."
            if glyphs(font, "\u00e1\u00f3")
            else "Your transfer is being reviewed and will be sent within 24 hours.",
            "warn",
        )
        folio = str(digits(rng, 10))
        p.pair("Fecha / Date", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("Folio", folio, txn=(BANK_RANK, folio))
        p.pair("Tipo / Type", "SWIFT", method="netbanking")
        return p.done()
    if frame == "westpac":
        p = browser_page(rng, font, "banking.westpac.com.au/secure/banking/payments/international/receipt")
        p.part = "head"
        top(p, "Westpac")
        p.add("small", f"Online Banking  |  {payer}")
        p.add("rule")
        p.part = "body"
        h287.tile(p, status)
        p.add("center", "Your international payment has been sent", status=status)
        p.add("gap")
        rno = f"W{digits(rng, 9)}"
        name = vname(p, [me, CUT], bold=False)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "wp", spec, "Amount", show(j.amount), amount=j.amount, cur=cur)
        colkv(p, "wp", spec, "Paid to", name, merchant=name)
        colkv(p, "wp", spec, "Bank", bank_line)
        colkv(p, "wp", spec, "SWIFT code", swift, method="netbanking")
        colkv(p, "wp", spec, "Payment date", when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), date=j.date)
        colkv(p, "wp", spec, "Receipt number", rno, txn=(BANK_RANK, rno))
        return p.done()
    if frame == "ocbc":
        p = phone(rng, font, k, ["", "Overseas transfer"], dark=False, buttons=("Done",))
        band(p, (227, 24, 55))
        app_head(p, "OCBC", "Overseas Funds Transfer")
        p.add("center", "Transfer successful", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("gap")
        ref = f"OFT{j.date:%y%m%d}{digits(rng, 7)}"
        name = vname(p, [me, CUT])
        vlab(p, "Transfer to", name, merchant=name)
        vlab(p, "Transaction date", when(j.date, "{d} %b %Y"), date=j.date)
        vlab(p, "Transaction reference", ref, txn=(BANK_RANK, ref))
        vlab(p, "Charges", "Shared (SHA) via SWIFT", method="netbanking")
        return p.done()
    if frame == "td":
        p = browser_page(rng, font, "easyweb.td.com/waw/ezw/webbanking/globalmoneytransfer")
        p.part = "head"
        top(p, "TD Canada Trust")
        p.add("small", "EasyWeb  |  Global Money Transfer")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Transfer unsuccessful", status)
        note(
            p,
            "The receiving bank returned this transfer: the account name does not match our records. The "
            "amount has been returned to your account.",
            "error",
        )
        conf = f"GMT{digits(rng, 9)}"
        name = pick(p, "left", [me, CUT])
        dots(p, "Recipient", name, at=0.32, merchant=name)
        dots(p, "Amount sent", show(j.amount), at=0.32, bold=True, amount=j.amount, cur=cur)
        dots(p, "Date", when(j.date, rng.choice(["%b {d}, %Y", "{d} %B %Y"])), at=0.32, date=j.date)
        dots(p, "Confirmation #", conf, at=0.32, txn=(TXN_RANK, conf))
        dots(p, "Transfer type", "Wire (SWIFT)", at=0.32, method="netbanking")
        return p.done()
    if frame == "otp":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (240, 248, 242)
        p.part = "head"
        p.add("title", "OTP Bank")
        p.add("small", "OTP InternetBank")
        p.part = "body"
        ok = (
            "\u00c1tutal\u00e1s teljes\u00edtve"
            if glyphs(font, "\u00c1\u00e1\u00ed")
            else "Atutalas teljesitve"
        )
        p.add("gap")
        p.add("center", f"{ok} / Transfer completed", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        to_ = "Kedvezm\u00e9nyezett" if glyphs(font, "\u00e9") else "Kedvezmenyezett"
        p.add("small", f"{to_} / To")
        name = pick(p, "center", [me, CUT])
        p.add("center", name, merchant=name)
        dat = "D\u00e1tum" if glyphs(font, "\u00e1") else "Datum"
        p.add("small", f"{dat} / Date: {when(j.date, '%Y.%m.%d.')}", date=j.date)
        p.add("gap")
        p.add(
            "small",
            "SWIFT / nemzetk\u00f6zi \u00e1tutal\u00e1s"
            if glyphs(font, "\u00f6\u00e1")
            else "SWIFT transfer",
            method="netbanking",
        )
        return p.done()
    if j.date.day <= 12:
        j.date = j.date.replace(day=j.date.day + 13)
    p = browser_page(rng, font, "online.citi.com/US/ag/global-transfers/confirmation")
    p.part = "head"
    top(p, "citi")
    p.add("small", f"Citi Global Transfers  |  {payer}")
    p.add("rule")
    p.part = "body"
    p.add("left", "Transfer completed", status=status)
    p.add("gap")
    ref = f"CGT{digits(rng, 10)}"
    name = pick(p, "left", [me, CUT])
    gutter(p, "ci", "Amount", show(j.amount), at=0.34, amount=j.amount, cur=cur)
    gutter(p, "ci", "Recipient", name, at=0.34, merchant=name)
    gutter(p, "ci", "Recipient Bank", bank_line, at=0.34, method="netbanking")
    gutter(p, "ci", "SWIFT/BIC", swift, at=0.34)
    gutter(p, "ci", "Transfer Date", when(j.date, "%m/%d/%Y"), at=0.34, date=j.date)
    gutter(p, "ci", "Reference Number", ref, at=0.34, txn=(BANK_RANK, ref))
    gutter(p, "ci", "Fee", show(float(rng.choice([0, 25, 35]))), at=0.34)
    return p.done()


# ---------------------------------------------------------------- 4. the firm's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's own papers, its shop or itself on top: Kotpad Aal Kutir's TAX INVOICE under a Kotpad cloth
    panel, its Odia name and a kumbha border (Invoice No. beside Date, Bill to; a table ruled on every side
    with CGST 2.5% and SGST 2.5%; Invoice Total; "Received: Rs. x by UPI (Ref ...)"); the web shop's
    WooCommerce mail ("Your order has been received", "[Order #n] (<day>)"; Product | Quantity | Price on
    hairline rows; Subtotal, Shipping, Payment method, Total; "Payment received via PayU"); PayU's Payment
    Failed for the web shop under a ring's cross (the reason in a notice; shaded labels: Merchant, Amount,
    Transaction ID, Order ID, Payment mode, Date & Time); the shop's order in Dukaan on its phone (the shop
    under the app, Order #, Payment received, the sum, "Paid online via UPI", UPI Ref, "Yesterday, <hour>"; no
    day); the shop's ORDER SLIP for a wedding saree under its Odia name (each field in a ruled box, its
    English name small at the left and its Odia at the right, the value written by hand: Order No. / ଅର୍ଡର
    ନଂ., Date / ତାରିଖ, Customer / ଗ୍ରାହକ, Saree / ଶାଢ଼ୀ, Advance received / ଅଗ୍ରିମ with its UPI Ref, Balance
    on delivery / ବାକି); Cashfree's payment link for the web shop with the payment pending under a ring broken
    in dashes (its sentence; Link ID, Amount, Payment method, Cashfree reference, Attempted on in dot
    leaders); the Bali Jatra stall's CASH MEMO under the shop's Odia name, photographed lying on a Kotpad
    saree (Date and Name written in, Item | Qty | Rs. written in its columns, Total, "ନଗଦ ପାଇଲି" (received in
    cash) in an Odia hand; no reference); the firm's PAYMENT RECEIPT from myBillBook (Payment In # beside
    Date, Received From; Amount Received, Payment Mode, Reference No., Against Invoice in shaded labels; the
    sum in words). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1200, high=60000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        emblem(p)
        oline(p, SHOP_OD, scale=1.3, bold=True)
        name = pick(p, "title", [SHOP_CAPS, SHOP])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {SHOP_AT}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        kumbha(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"KAK/{fy(j.date)}/{rng.randrange(10, 900):04d}"
        cols(
            p,
            "ti",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add(
            "left",
            f"Bill to: {who}, "
            f"{rng.choice(['Koraput', 'Jeypore', 'Sunabeda', 'Bhubaneswar', 'Visakhapatnam'])}",
        )
        items = cloth(rng, rng.randrange(1, 4), high=9500)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "tz",
            [(0.0, 0.52, "l"), (0.52, 0.63, "c"), (0.63, 0.7, "c"), (0.7, 0.84, "r"), (0.84, 1.0, "r")],
            ["Description", "HSN", "Qty", "Rate", "Amount"],
            [([clip(t, 40), hsn, str(q), num(pr, "plain", 0), num(q * pr)], {}) for t, hsn, q, pr in items]
            + [(["CGST 2.5%", "", "", "", num(gst)], {}), (["SGST 2.5%", "", "", "", num(gst)], {})],
            foot=(["Invoice Total", rs(j.amount)], {"amount": j.amount}),
            tint=(240, 222, 210),
        )
        p.add("gap")
        p.add(
            "left",
            f"Received: {rs(j.amount)} by UPI (Ref {j.ref})",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Handwoven and dyed with aal root by the Mirgan weavers of Kotpad.")
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        return p.done()
    if k == 1:
        order = str(rng.randrange(2100, 4900))
        p = mail_page(rng, font, f"{SHOP} <orders@{WEB}>", [f"Your {SHOP} order has been received!"])
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("rule")
        p.part = "body"
        p.add("left", "Thank you for your order")
        para(
            p,
            f"Hi {first}, just to let you know: we've received your order #{order}, and it is now being "
            "processed.",
        )
        p.add(
            "left",
            f"[Order #{order}] ({when(j.date, rng.choice(['{d} %B %Y', '%B {d}, %Y']))})",
            date=j.date,
            txn=(ORDER_RANK, order),
        )
        items = cloth(rng, rng.randrange(1, 3), high=9500)
        ship = float(rng.choice([0, 0, 120, 180]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.6, "l"), (0.6, 0.74, "c"), (0.74, 1.0, "r")]
        cols(p, "wh", spec, "Product", "Quantity", "Price", mode="line")
        for text, _, q, pr in items:
            cols(p, "wl", spec, clip(text, 40), str(q), rs(q * pr), mode="line")
        cols(p, "ws", spec, "Subtotal:", "", rs(sub), mode="line")
        cols(p, "ws", spec, "Shipping:", "", rs(ship) if ship else "Free shipping", mode="line")
        cols(p, "ws", spec, "Payment method:", "", "UPI (PayU)", mode="line", method="UPI")
        total(p, "Total:", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add("left", "Payment received via PayU.", status=status)
        p.add("small", f"Thanks for shopping with us. Questions? Write to hello@{WEB}.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"secure.payu.in/_payment_options?mkey={code(rng, 6, LOWER)}")
        p.part = "head"
        top(p, "PayU")
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "Payment Failed", status=status)
        note(
            p,
            "Your card issuer declined this transaction. No amount has been charged; please try another "
            "card or pay by UPI.",
            "error",
        )
        name, _, q, pr = cloth(rng, 1, high=9500)[0]
        j.amount = q * pr
        pid = str(digits(rng, 11))
        oid = f"KAK{rng.randrange(2100, 4900)}"
        kv(p, "Merchant", SHOP, at=0.34, merchant=SHOP)
        kv(p, "Amount", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Transaction ID", pid, at=0.34, txn=(TXN_RANK, pid))
        kv(p, "Order ID", oid, at=0.34, txn=(ORDER_RANK, oid))
        kv(p, "Payment mode", f"Credit Card (Visa XX{digits(rng, 4)})", at=0.34, method="card")
        kv(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=0.34, date=j.date)
        return p.done()
    if k == 3:
        j.amount = rupees(rng, 1200, 12000, 0.7)
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Ship order",))
        band(p, (20, 96, 220))
        app_head(p, "Dukaan", "Orders")
        name = pick(p, "center", [SHOP, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "kotpadaal.mydukaan.io")
        p.add("gap")
        order = f"D{rng.randrange(1000, 9999)}"
        p.add("left", f"Order #{order}", txn=(ORDER_RANK, order))
        p.add("center", "Payment received", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid online via UPI", method="UPI")
        p.add("rule")
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Customer", who.split(" ", 1)[1])
        p.pair("Placed", f"Yesterday, {hhmm(rng, lower=True)}")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(20, 80) * 100)
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(252, 248, 238), (248, 246, 240)])
        p.part = "head"
        oline(p, SHOP_OD, scale=1.3, bold=True)
        top(p, SHOP, merchant=SHOP)
        p.add("small", SHOP_AT)
        oline(p, "ଅର୍ଡର ସ୍ଲିପ / ORDER SLIP", bold=True)
        p.part = "body"
        no = f"KAK/OS/{rng.randrange(100, 400)}"
        saree = rng.choice(["Wedding saree, deula border, 6.3 m", "Saree, kumbha border, fish pallu"])
        obox(p, "Order No.", "ଅର୍ଡର ନଂ.", no, txn=(INVOICE_RANK, no))
        obox(p, "Date", "ତାରିଖ", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        obox(p, "Customer", "ଗ୍ରାହକ", who.split(" ", 1)[1], pen=True)
        obox(p, "Saree", "ଶାଢ଼ୀ", saree, pen=True)
        obox(
            p,
            "Advance received",
            "ଅଗ୍ରିମ",
            f"Rs. {num(j.amount, 'indian', 0)}/- by UPI, Ref {j.ref}",
            pen=True,
            amount=j.amount,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        bal = float(rng.randrange(60, 160) * 100)
        obox(p, "Balance on delivery", "ବାକି", f"Rs. {num(bal, 'indian', 0)}/-", pen=True)
        p.add("small", "Delivery in six to eight weeks: the yarn is dyed with aal root before it is woven.")
        p.add("gap")
        sig(p)
        p.add("right", f"for {SHOP}")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, f"payments.cashfree.com/links/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", "Payment link  |  powered by Cashfree Payments")
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "Payment pending", status=status)
        para(
            p,
            "We are waiting for your bank to confirm this payment. This page will update on its own; "
            "please do not pay again.",
        )
        lid = f"link_{code(rng, 8, LOWER)}"
        cref = str(digits(rng, 10))
        dots(p, "Link ID", lid, at=0.34, txn=(ORDER_RANK, lid))
        dots(p, "Amount", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "Payment method", "UPI", at=0.34, method="UPI")
        dots(p, "Cashfree reference", cref, at=0.34, txn=(TXN_RANK, cref))
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        return p.done()
    if k == 6:
        shift(j, rng, JATRA + dt.timedelta(days=rng.randrange(0, 7)))
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 246, 232), (246, 248, 240)])
        on_saree(p)
        p.part = "head"
        oline(p, SHOP_OD, scale=1.3, bold=True)
        top(p, SHOP, merchant=SHOP)
        p.add("small", STALL)
        oline(p, "ନଗଦ ମେମୋ / CASH MEMO", bold=True)
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", who.split(" ", 1)[1])
        spec = [(0.0, 0.6, "l"), (0.6, 0.74, "c"), (0.76, 1.0, "r")]
        cols(p, "mh", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, _, q, pr in cloth(rng, rng.randrange(2, 4), high=4200):
            hcells(p, spec, SHORT_NAMES.get(text, clip(text, 20)), str(q), num(q * pr, "indian", 0))
            j.amount += q * pr
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.6, 0.75])
        p.add("gap")
        ohand(p, "ନଗଦ ପାଇଲି", scale=1.5, method="cash", status=status)
        write(p, "Sasmita", align="r")
        return p.done()
    j.amount = float(rng.randrange(150, 1800) * 100)
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    name = pick(p, "title", [FIRM_CAPS, FIRM])
    top(p, name, merchant=name)
    p.add("small", ADDRESS)
    p.add("small", f"GSTIN {GSTIN}")
    p.add("rule")
    p.add("center", "PAYMENT RECEIPT")
    p.part = "body"
    pi = f"PI-{rng.randrange(10, 90)}"
    party = rng.choice([EKAMRA, KAVERI, "Anokhi Handloom House, Visakhapatnam"])
    cols(
        p,
        "pr",
        [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
        f"Payment In # {pi}",
        f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d %b %Y'])}",
        txn=(INVOICE_RANK, pi),
        date=j.date,
    )
    p.add("left", f"Received From: {party}")
    p.add("gap")
    utr = utr_for(rng, j, "HDFC Bank", "NEFT")
    kv(p, "Amount Received", rs(j.amount), at=0.36, amount=j.amount, status=status)
    kv(p, "Payment Mode", "Bank Transfer (NEFT)", at=0.36, method="netbanking")
    kv(p, "Reference No.", utr, at=0.36, txn=(UTR_RANK, utr))
    kv(p, "Against Invoice", f"KAB/{fy(j.date)}/{rng.randrange(10, 400):03d}", at=0.36)
    p.add("left", f"Rupees {bare_words(j.amount)} only")
    p.add("gap")
    sig(p)
    p.add("right", "Authorised Signatory")
    p.add("small", "Generated with myBillBook")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


ROOT_WOMEN = [("Sombari Bhatra", "Dhodra"), ("Mangali Dhurua", "Kusumguda"), ("Budhri Bhatra", "Chandili")]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's suppliers, each on top of its own paper: an aal root gatherer's account written in an Odia
    hand in a ruled notebook (her name in Latin letters, ତାରିଖ and the day, the roots by the kilogram and the
    cleaned bark with their sums, ମୋଟ (total), "ନଗଦ ପାଇଲି" (received in cash), her thumb's impression in its
    box; no reference); the National Handloom Development Corporation's yarn indent with the payment under
    verification under a ring broken in dashes (a notice; a table ruled on every side: Indent No., Depot,
    Yarn, Amount, Mode, UTR, Submitted on, Status); a Jeypore oil mill's CASH / CREDIT BILL from its pad with
    its number printed (Date written in; the castor, til or mustard oil written in its columns, Total, "Paid
    by PhonePe, UTR ..." written in pen); a Bargarh loom fittings house's TAX INVOICE (Invoice No. beside its
    earlier Invoice Date; a striped table of reeds, healds, shuttles and bobbins with CGST 6% and SGST 6%;
    Total; "Paid by NEFT, UTR ..., on <day>"); Delhivery's booking on the firm's phone (Booking confirmed, the
    sum, "Paid to" over Delhivery Ltd., Paid via UPI, "Yesterday, <hour>"; AWB, UPI Ref, From, To as label and
    value on a line; no day); India Post's SPEED POST counter receipt on a torn roll (Article No., Booking
    Date, Weight, Tariff, GST 18%, Total, Paid by UPI, RRN); IndiaMART's payment failed for dyeing vessels on
    a tinted band (the reason in a notice; Sold by, Order ID, Amount, Paid with, Payment ID, Attempted on in
    dot leaders); a Jeypore cloth bag maker's BILL OF SUPPLY (a composition dealer's note; Bill No. beside
    Date; Item | Qty | Rate | Amount on hairline rows; Total; "Received with thanks by UPI, Ref ..."). All new
    here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=900, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        her, village = rng.choice(ROOT_WOMEN)
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 248, 236), (252, 250, 244)])
        stains(p)
        p.part = "body"
        p.add("gap")
        start = len(p.rows)
        write(p, f"{her}, {village}", merchant=her)
        ohand(p, f"ତାରିଖ {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", scale=1.3, date=j.date)
        ohand(p, "ଆଲ ଚେର ହିସାବ", scale=1.3)
        j.amount = 0.0
        for text, lo, hi, plo, phi in rng.sample(
            [("ଆଲ ଚେର", 12, 40, 55, 75), ("ଚେର ଛାଲି", 4, 12, 120, 160), ("ଶୁଖିଲା ଚେର", 5, 15, 90, 110)],
            rng.randrange(1, 3),
        ):
            q = rng.randrange(lo, hi + 1)
            rate = rng.randrange(plo, phi + 1, 5)
            v = float(q * rate)
            ohand(p, f"{text} {q} କି.ଗ୍ରା. x {rate}", figure=num(v, "indian", 0), scale=1.3)
            j.amount += v
        ohand(p, "ମୋଟ", figure=f"{num(j.amount, 'indian', 0)}/-", scale=1.3, amount=j.amount)
        ledger(p, start, [0.72])
        p.add("gap")
        ohand(p, "ନଗଦ ପାଇଲି", scale=1.4, method="cash", status=status)
        thumbprint(p)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "nhdc.org.in/yss/indent/payment-status")
        p.part = "head"
        name = pick(
            p,
            "title",
            ["National Handloom Development Corporation Ltd.", "National Handloom Development Corp."],
        )
        top(p, name, merchant=name)
        p.add("small", "Yarn Supply Scheme  |  Ministry of Textiles, Government of India")
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "Payment under verification", status=status)
        note(
            p,
            "Your payment is being matched with the bank's credit. The yarn will be despatched from the "
            "depot once it is confirmed.",
            "warn",
        )
        ind = f"YSS/OD/{rng.randrange(10000, 99999)}"
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        grid(
            p,
            "nh",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Indent No.", ind], {"txn": (ORDER_RANK, ind)}),
                (["Depot", "NHDC Yarn Depot, Berhampur (Ganjam)"], {}),
                (["Yarn", f"Cotton 2/40s, grey, hank, {rng.randrange(10, 60)} bundles"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT"], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Submitted on", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Status", "Under verification"], {}),
            ],
            tint=(226, 236, 226),
        )
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(250, 246, 230), (246, 248, 238)])
        p.part = "head"
        name = "SRI LAXMI OIL MILL"
        top(p, name, merchant=name)
        p.add("small", "Castor, til and mustard oil  |  Station Road, Jeypore")
        p.add("center", "CASH / CREDIT BILL")
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        cols(p, "ob", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), date=j.date)
        blank(p, "M/s.", FIRM)
        spec = [(0.0, 0.56, "l"), (0.56, 0.74, "c"), (0.76, 1.0, "r")]
        cols(p, "oh", spec, "Particulars", "Qty", "Amount", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, unit, lo, hi in rng.sample(
            [
                ("Castor oil (jada tela)", "ltr", 150, 190),
                ("Til oil", "ltr", 210, 260),
                ("Mustard oil", "ltr", 160, 190),
            ],
            rng.randrange(1, 3),
        ):
            q = rng.randrange(5, 40)
            v = float(q * rng.randrange(lo, hi))
            hcells(p, spec, text, f"{q} {unit}", num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.56, 0.75])
        p.add("gap")
        write(p, f"Paid by PhonePe, UTR {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
        sig(p)
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "SAMBALPURI TANT SAMAGRI"
        top(p, name, merchant=name)
        p.add(
            "small", f"Loom fittings and accessories  |  Ward 9, Bargarh - 768028  |  GSTIN {gstin_of(rng)}"
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"STS/{fy(j.date)}/{rng.randrange(10, 600):03d}"
        cols(
            p,
            "ls",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date: {when(earlier(rng, j, 3, 25), '%d.%m.%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {FIRM}, Kotpad")
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(
            [
                ("Steel reed (sana) 2/40s, 48 in", 900, 1400),
                ("Healds, cotton, set", 650, 900),
                ("Fly shuttle, rosewood", 450, 700),
                ("Bobbins (nali), bamboo, 100", 300, 450),
                ("Temple (stretcher), adjustable", 250, 380),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(1, 8)
            rate = float(rng.randrange(lo, hi, 10))
            taxable += q * rate
            rows_.append(([text, str(q), num(rate), num(q * rate)], {}))
        gst = round(taxable * 0.06, 2)
        j.amount = round(taxable + 2 * gst, 2)
        rows_ += [(["CGST 6%", "", "", num(gst)], {}), (["SGST 6%", "", "", num(gst)], {})]
        zebra(
            p,
            "lz",
            [(0.0, 0.5, "l"), (0.5, 0.6, "c"), (0.6, 0.8, "r"), (0.8, 1.0, "r")],
            ["Item", "Qty", "Rate", "Amount"],
            rows_,
            (120, 60, 30),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        p.add("gap")
        para(
            p,
            f"Paid by NEFT, UTR {utr}, on {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("right", "for Sambalpuri Tant Samagri")
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 180, 2400, 0.6)
        p = phone(rng, font, k, ["", "Booking"], dark=False, buttons=("Track shipment",))
        band(p, (226, 32, 40))
        app_head(p, "Delhivery", "Ship a parcel")
        p.add("center", "Booking confirmed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", "Delhivery Ltd.", merchant="Delhivery Ltd.")
        p.add("small", "Paid via UPI", method="UPI")
        p.add("small", f"Yesterday, {hhmm(rng, lower=True)}")
        p.add("rule")
        awb = str(digits(rng, 13))
        p.pair("AWB", awb)
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("From", "Kotpad 764058")
        p.pair("To", rng.choice(["Bengaluru 560038", "New Delhi 110049", "Mumbai 400013"]))
        return p.done()
    if k == 5:
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        tariff = float(rng.randrange(60, 420))
        gst = round(tariff * 0.18, 2)
        j.amount = round(tariff + gst, 2)
        p.part = "head"
        p.add("title", "INDIA POST", merchant="INDIA POST")
        p.add("small", "Kotpad S.O. 764058  |  Koraput Division")
        p.part = "body"
        p.add("center", "SPEED POST")
        p.add("rule")
        art = f"E{code(rng, 1, 'EFGKLMNPRTUW')}{digits(rng, 9)}IN"
        p.pair("Article No", art)
        p.pair("Booking Date", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("To", rng.choice(["BENGALURU GPO", "NEW DELHI GPO", "MUMBAI GPO"]))
        p.pair("Weight", f"{rng.randrange(300, 4800)} g")
        p.pair("Tariff", f"{tariff:.2f}")
        p.pair("GST 18%", f"{gst:.2f}")
        p.add("rule")
        p.pair("Total", f"{j.amount:.2f}", amount=j.amount)
        p.pair("Paid by", "UPI (QR)", method="UPI")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "PAYMENT RECEIVED", status=status)
        p.add("small", "Track at indiapost.gov.in")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "paywith.indiamart.com/checkout/status")
        p.part = "head"
        top(p, "IndiaMART")
        p.add("small", "Pay with IndiaMART  |  Buyer protection")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Payment failed", status)
        note(
            p,
            "Your bank declined this payment. The order has not been placed; you can try again or choose "
            "another way to pay.",
            "error",
        )
        name = "Shree Ganesh Aluminium Udyog"
        oid = str(digits(rng, 9))
        pid = f"IMPAY{digits(rng, 10)}"
        j.amount = float(rng.randrange(2400, 14000, 10))
        dots(p, "Sold by", name, at=0.32, merchant=name)
        dots(p, "Items", "Aluminium dye vats (handi), 60 ltr x 4", at=0.32)
        dots(p, "Order ID", oid, at=0.32, txn=(ORDER_RANK, oid))
        dots(p, "Amount", rs(j.amount), at=0.32, bold=True, amount=j.amount)
        dots(p, "Paid with", f"Debit card XX{digits(rng, 4)}", at=0.32, method="card")
        dots(p, "Payment ID", pid, at=0.32, txn=(TXN_RANK, pid))
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.32, date=j.date)
        return p.done()
    p = sheet_page(rng, font, [680, 720])
    p.style["paper"] = rng.choice([(252, 252, 246), (248, 250, 244)])
    p.part = "head"
    name = "JEYPORE CLOTH BAG CENTRE"
    top(p, name, merchant=name)
    p.add(
        "small", f"Cotton and jute bags printed to order  |  Bazaar Street, Jeypore  |  GSTIN {gstin_of(rng)}"
    )
    p.add("rule")
    p.add("center", "BILL OF SUPPLY")
    p.add("small", "Composition taxable person, not eligible to collect tax on supplies")
    p.part = "body"
    bno = f"{rng.randrange(100, 999)}"
    cols(
        p,
        "bs",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Bill No. {bno}",
        f"Date: {day_in(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, bno),
        date=j.date,
    )
    spec = [(0.0, 0.5, "l"), (0.5, 0.64, "c"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
    cols(p, "bh", spec, "Item", "Qty", "Rate", "Amount", mode="line")
    j.amount = 0.0
    for text, lo, hi in rng.sample(
        [
            ("Cotton bag, printed, 14 x 16", 28, 40),
            ("Saree cover, zip, printed", 55, 80),
            ("Jute tote, logo", 70, 95),
        ],
        rng.randrange(1, 3),
    ):
        q = rng.randrange(50, 400, 50)
        rate = float(rng.randrange(lo, hi))
        cols(p, "bl", spec, text, str(q), num(rate), num(q * rate), mode="line")
        j.amount += q * rate
    total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
    p.add("gap")
    p.add(
        "left",
        f"Received with thanks by UPI, Ref {j.ref}",
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    p.add("gap")
    sig(p)
    return p.done()


# ---------------------------------------------------------------- 6. the firm's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("SAMBALPURI TANT SAMAGRI", "Punjab National Bank", "IMPS"),
    ("NATIONAL HANDLOOM DEVELOPMENT CORP", "Canara Bank", "NEFT"),
    ("Gouranga Loom Works", "State Bank of India", "UPI"),
    ("JEYPORE CLOTH BAG CENTRE", "Utkal Grameen Bank", "IMPS"),
    ("UTKAL SPINNING MILLS LTD", "Bank of India", "RTGS"),
    ("SRI LAXMI OIL MILL", "Union Bank of India", "NEFT"),
    ("Ananta Printers", "Axis Bank", "UPI"),
    ("DESIA TRANSPORT CO", "State Bank of India", "NEFT"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Canara ai1's IMPS failed under a ring's cross ("to
    <payee>", the reason in a notice; IMPS Ref. No., Date & Time, From Account, Remarks as label and value on
    a line); Indian Bank's IndOASIS NEFT Transaction Successful (a table ruled on every side: Transaction
    Reference No., UTR, Beneficiary Name, Beneficiary Account, IFSC, Amount, Charges, Date, Status Processed);
    Kotak's UPI payment successful to the loom carpenter (a tile's tick; labels small over their values: Paid
    to, UPI ID, UPI Ref No., Date & time, From); Central Bank of India's Cent Mobile IMPS Transaction
    successful ("Today, <hour>"; shaded labels: Beneficiary, Amount, IMPS Ref No, Debit A/c; no day); Yes
    Bank's IRIS RTGS pending at the beneficiary's bank under a ring broken in dashes (a warning's notice;
    Beneficiary, Amount, UTR No., Initiated on, Mode in dot leaders); IDBI Bank's GO Mobile+ NEFT confirmation
    (labels set to the right against a gutter: Reference Number, UTR Number, Beneficiary, Amount, Transaction
    Date, Mode, Status); Federal Bank's FedMobile UPI receipt (the payee under Paid to; two to a row: UPI Ref
    No, Date; Remarks, From); Utkal Grameen Bank's DEBIT ADVICE printed at the branch in its printer's face
    under its Odia name (A/c Name, A/c No., Date, Particulars "NEFT TO <PAYEE>", Amount, Charges, Total
    Debited; "We have debited your account as above."; no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(0,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=3000, high=180000)
    to, their_bank, way = VENDORS[k]
    if way in ("IMPS", "UPI"):
        j.amount = rupees(rng, 1500, 90000, 0.6)
    if way == "RTGS":
        j.amount = rupees(rng, 210000, 480000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    utr = utr_for(rng, j, their_bank, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXX{digits(rng, 4)}"
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Retry",))
        band(p, (0, 114, 188))
        app_head(p, "Canara ai1", "IMPS Fund Transfer")
        ring(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        note(
            p,
            "The beneficiary bank did not respond (M2). If your account has been debited, the amount will "
            "be reversed automatically.",
            "error",
        )
        p.pair("IMPS Ref. No.", utr, txn=(UTR_RANK, utr))
        p.pair("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        p.pair("From Account", f"{acct[-8:]} (IMPS)", method=method)
        p.pair("Remarks", "Reed and healds")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "www.indianbank.net.in/jsp/startIB.jsp?neft=confirm")
        p.part = "head"
        top(p, "Indian Bank")
        p.add("small", "IndOASIS Internet Banking  |  NEFT")
        p.add("rule")
        p.part = "body"
        p.add("center", "Transaction Successful", status=status)
        p.add("gap")
        ref = f"IB{digits(rng, 11)}"
        grid(
            p,
            "ib",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Transaction Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Beneficiary Name", to], {"merchant": to}),
                (["Beneficiary Account", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (["IFSC", f"{IFSC[their_bank]}0{digits(rng, 6)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Charges", rs(2.36)], {}),
                (["Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))], {"date": j.date}),
                (["Status", "Processed (NEFT)"], {"method": method}),
            ],
            tint=(232, 226, 246),
        )
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "UPI"], dark=False, buttons=("Share", "Done"))
        band(p, (237, 28, 36))
        app_head(p, "Kotak", "Mobile Banking  |  UPI")
        h287.tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        lab(p, "Paid to")
        p.add("left", to, merchant=to)
        lab(p, "UPI ID")
        p.add("left", "gourangaloom@oksbi")
        lab(p, "UPI Ref No.")
        p.add("left", utr, txn=(UTR_RANK, utr))
        lab(p, "Date & time")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        lab(p, "From")
        p.add("left", f"Kotak Current A/c {dot * 4}{digits(rng, 4)}", method=method)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "IMPS"], dark=False, buttons=("Done",))
        band(p, (0, 84, 150))
        app_head(p, "Cent Mobile", "Central Bank of India")
        p.add("center", "Transaction successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        kv(p, "Beneficiary", to, at=0.36, merchant=to)
        kv(p, "Amount", rs(j.amount), at=0.36)
        kv(p, "IMPS Ref No", utr, at=0.36, txn=(UTR_RANK, utr))
        kv(p, "Debit A/c", f"{acct} (IMPS)", at=0.36, method=method)
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "yesonline.yesbank.co.in/iris/fundtransfer/rtgs/status")
        p.part = "head"
        top(p, "YES BANK")
        p.add("small", "IRIS by YES BANK  |  RTGS")
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "Pending at beneficiary bank", status=status)
        note(
            p,
            "The RTGS message has been sent. We are waiting for the beneficiary bank to confirm the "
            "credit; please do not initiate this payment again.",
            "warn",
        )
        dots(p, "Beneficiary", to, at=0.32, merchant=to)
        dots(p, "Amount", rs(j.amount), at=0.32, bold=True, amount=j.amount)
        dots(p, "UTR No.", utr, at=0.32, txn=(UTR_RANK, utr))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), at=0.32, date=j.date)
        dots(p, "Mode", "RTGS", at=0.32, method=method)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "NEFT"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 120, 100))
        app_head(p, "GO Mobile+", "IDBI Bank")
        p.add("center", "NEFT request processed", status=status)
        p.add("gap")
        ref = f"IDB{digits(rng, 10)}"
        gutter(p, "id", "Reference Number", ref, at=0.42, txn=(BANK_RANK, ref))
        gutter(p, "id", "UTR Number", utr, at=0.42, txn=(UTR_RANK, utr))
        gutter(p, "id", "Beneficiary", to, at=0.42, merchant=to)
        gutter(p, "id", "Amount", rs(j.amount), at=0.42, amount=j.amount)
        gutter(
            p,
            "id",
            "Transaction Date",
            when(j.date, rng.choice(["%d/%m/%Y", "%d-%b-%Y"])),
            at=0.42,
            date=j.date,
        )
        gutter(p, "id", "Mode", "NEFT", at=0.42, method=method)
        gutter(p, "id", "Status", "Success", at=0.42)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Transaction receipt"], dark=False, buttons=("Share",))
        band(p, (0, 56, 118))
        app_head(p, "FedMobile", "Federal Bank  |  UPI")
        p.add("center", "Transaction successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", to, merchant=to)
        p.add("small", "anantaprinters@okaxis")
        p.add("rule")
        two_up(
            p,
            "fd1",
            ("UPI Ref No", utr),
            ("Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        two_up(
            p,
            "fd2",
            ("Remarks", "Hang tags 500"),
            ("From", f"Current {dot * 2}{digits(rng, 4)}"),
            method=method,
        )
        return p.done()
    p = sheet_page(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(248, 248, 240), (244, 246, 242)])
    p.part = "head"
    oline(p, "ଉତ୍କଳ ଗ୍ରାମୀଣ ବ୍ୟାଙ୍କ", scale=1.2, bold=True)
    p.add("center", "UTKAL GRAMEEN BANK  |  Kotpad Branch")
    p.part = "body"
    typeface(p)
    h271.ext(p)["tt_scale"] = 0.86
    n_ = h271.tt_cols(p)
    typed(p, "DEBIT ADVICE".center(n_), scale=0.86)
    typed(p, "-" * n_, scale=0.86)
    chg = 5.9 if j.amount > 10000 else 2.95
    typed(p, f"A/c Name    : {FIRM_CAPS}", scale=0.86)
    typed(p, f"A/c No.     : {acct}", scale=0.86)
    typed(p, f"Date        : {when(j.date, '%d-%m-%Y')}", scale=0.86, date=j.date)
    shown = clip(to, n_ - 22)
    typed(p, f"Particulars : NEFT TO {shown}", scale=0.86, merchant=shown, method=method)
    typed(p, f"Amount      : {num(j.amount)}", scale=0.86, amount=j.amount)
    typed(p, f"Charges     : {num(chg)}", scale=0.86)
    typed(p, f"Total Debited: {num(round(j.amount + chg, 2))}", scale=0.86)
    typed(p, "-" * n_, scale=0.86)
    typed(p, "We have debited your account as above.", scale=0.86, status=status)
    p.add("gap")
    h287.oval(p, ["UTKAL GRAMEEN BANK", "KOTPAD", "BRANCH MANAGER"], "violet", at=0.72, rows_=3)
    return p.done()


# ---------------------------------------------------------------- 7. the firm's people


WORK_OD = [
    ("ଶାଢ଼ୀ ବୁଣା", 2, 4, 1400, 2200),
    ("ଚାଦର ବୁଣା", 1, 3, 900, 1300),
    ("ସୂତା ରଙ୍ଗ", 10, 30, 40, 60),
    ("ଗାମୁଛା ବୁଣା", 4, 10, 160, 240),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its weavers, dyers and staff: the wage book written in an Odia hand in a ruled notebook
    (ମଜୁରି ଖାତା, ତାରିଖ and the day, the weaver's name in Latin letters, the sarees, wraps, yarn dyed and
    gamchhas with their sums, ମୋଟ (total), "ନଗଦ ଦେଲି" (paid in cash), the aal dye's stains; no reference);
    RazorpayX Payroll's payslip for the shop's staff (shaded labels: Employee, Employee ID, Designation, Pay
    period; Earnings | Amount | Deductions | Amount on hairline rows; Net Pay in a box; "Salary credited on
    <day> by NEFT, UTR ..."); Bajaj Finserv's UPI Payment Successful to a weaver (the payee under Paid to;
    tiles: UPI Ref No., Date; From); Union Bank's Vyom UPI payment pending under a ring broken in dashes ("to
    <weaver>", a warning's notice; a table ruled on every side: UPI Ref No, Transaction ID, Date & Time,
    Account); a dyeing master's RECEIPT typed on the firm's paper with a revenue stamp signed across
    ("Received from ... the sum of Rs. x/- ... for dyeing ... with aal root, paid by NEFT, UTR ..., on
    <day>."); IDFC FIRST Bank's UPI transfer failed to a weaver on a tinted band (the reason in a notice; each
    value over its label: UPI Ref No., Date, From account); Khatabook's entry on the firm's phone (the weaver
    under the app, "You gave" the sum, "Today, <hour> | Paid online (UPI)", UPI Ref; no day); a DUSSEHRA BONUS
    VOUCHER under the firm's Odia name and its Kotpad cloth panel (each field in a ruled box, its English name
    small at the left and its Odia at the right, the value written by hand: Voucher No. / ଭାଉଚର ନଂ., Date /
    ତାରିଖ, Paid to / ପ୍ରାପକ, Amount / ରାଶି, Paid by / ମାଧ୍ୟମ "UPI, Ref ..."; the weaver's thumb's impression).
    All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=1200, high=26000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = WEAVERS[(k + rng.randrange(2)) % len(WEAVERS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [580, 620])
        p.style["paper"] = rng.choice([(248, 246, 234), (250, 248, 240)])
        stains(p)
        p.part = "body"
        p.add("gap")
        start = len(p.rows)
        ohand(p, "ମଜୁରି ଖାତା", scale=1.35)
        ohand(p, f"ତାରିଖ {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", scale=1.3, date=j.date)
        write(p, f"Name: {worker}", merchant=worker)
        j.amount = 0.0
        for text, lo, hi, plo, phi in rng.sample(WORK_OD, rng.randrange(1, 3)):
            q = rng.randrange(lo, hi + 1)
            rate = rng.randrange(plo, phi + 1, 10)
            v = float(q * rate)
            ohand(p, f"{text} {q} x {rate}", figure=num(v, "indian", 0), scale=1.3)
            j.amount += v
        ohand(p, "ମୋଟ", figure=f"{num(j.amount, 'indian', 0)}/-", scale=1.3, amount=j.amount)
        ledger(p, start, [0.7])
        p.add("gap")
        ohand(p, "ନଗଦ ଦେଲି", scale=1.4, method="cash", status=status)
        write(p, worker.split()[0], align="r")
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
        p.add("center", "PAYSLIP")
        basic = float(rng.randrange(80, 140) * 100)
        hra = round(basic * 0.25, 0)
        conv = float(rng.choice([800, 1000, 1200]))
        pf = round(min(basic, 15000) * 0.12, 0)
        esi = round((basic + hra + conv) * 0.0075, 0)
        j.amount = basic + hra + conv - pf - esi
        kv(p, "Employee", who, at=0.34, merchant=who)
        kv(p, "Employee ID", f"KAB-{rng.randrange(1, 30):03d}", at=0.34)
        kv(
            p,
            "Designation",
            rng.choice(["Shop Assistant", "Accounts Assistant", "Dispatch Assistant"]),
            at=0.34,
        )
        kv(p, "Pay period", j.month(1 if j.date.day < 10 else 0), at=0.34)
        p.add("gap")
        spec = [(0.0, 0.3, "l"), (0.3, 0.48, "r"), (0.52, 0.8, "l"), (0.8, 1.0, "r")]
        cols(p, "rph", spec, "Earnings", "Amount", "Deductions", "Amount", mode="line")
        cols(p, "rpl", spec, "Basic", num(basic), "PF (12%)", num(pf), mode="line")
        cols(p, "rpl", spec, "HRA", num(hra), "ESI (0.75%)", num(esi), mode="line")
        cols(p, "rpl", spec, "Conveyance", num(conv), "", "", mode="line")
        cols(p, "rpl", spec, "Gross", num(basic + hra + conv), "Total", num(pf + esi), mode="line")
        amtbox(p, "Net Pay", rs(j.amount), by_hand=False, at=0.0, amount=j.amount)
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        para(
            p,
            f"Salary credited on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by NEFT, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "Processed with RazorpayX Payroll. This payslip is computer generated.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 114, 198))
        app_head(p, "Bajaj Finserv", "UPI")
        p.add("center", "Payment Successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", worker, merchant=worker)
        p.add("small", f"{worker.split()[0].lower()}.mirgan@ybl")
        p.add("gap")
        tiles2(
            p,
            ("UPI Ref No.", j.ref),
            ("Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        p.pair("From", f"Utkal Grameen Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Check status",))
        band(p, (214, 32, 44))
        app_head(p, "Vyom", "Union Bank of India  |  UPI")
        ring(p, status)
        p.add("center", "Payment pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "We are waiting for the receiver's bank to respond. Please do not pay again; the status will "
            "be updated within 48 hours.",
            "warn",
        )
        tid = f"UBI{digits(rng, 12)}"
        grid(
            p,
            "vy",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["UPI Ref No", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
                (["Account", f"XXXXXX{digits(rng, 4)} (UPI)"], {"method": "UPI"}),
            ],
            tint=(250, 226, 226),
        )
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(60, 240) * 100)
        dyer = rng.choice(["Lachhman Mirgan", "Bhagaban Mirgan"])
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(252, 252, 246), (248, 248, 242)])
        p.part = "head"
        top(p, FIRM_CAPS)
        p.add("small", ADDRESS)
        p.add("rule")
        p.add("center", "RECEIPT")
        p.part = "body"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        kg = rng.randrange(20, 80)
        para(
            p,
            f"Received from {FIRM}, Kotpad, the sum of Rs. {num(j.amount, 'indian', 0)}/- (Rupees "
            f"{bare_words(j.amount)} only)",
            amount=j.amount,
        )
        para(
            p,
            f"for dyeing {kg} kg of cotton yarn with aal root, paid by NEFT, UTR {utr}, on "
            f"{day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}.",
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        p.add("gap")
        h289.revenue(p)
        sig(p)
        p.add("right", dyer, merchant=dyer)
        p.add("right", "Dyeing master, Mirgan Sahi")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Try again",))
        band(p, (154, 28, 40))
        app_head(p, "IDFC FIRST Bank", "UPI transfer")
        h269.strip(p, "Transfer failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        note(
            p,
            "The receiver's bank declined this transfer (U16: risk threshold exceeded). No money has left "
            "your account.",
            "error",
        )
        vlab(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        vlab(p, "From account", f"Current {dot * 4}{digits(rng, 4)} (UPI)", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(5, 60) * 100)
        p = phone(rng, font, k, [""], dark=False, buttons=("You got", "You gave"))
        band(p, (28, 64, 150))
        app_head(p, "Khatabook", f"{FIRM}")
        p.add("center", worker, merchant=worker)
        p.add("small", f"+91 {rng.choice('6789')}XXXXXX{digits(rng, 3)}")
        p.add("gap")
        p.add("left", "You gave", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", f"Today, {hhmm(rng, lower=True)}  |  Paid online (UPI)", method="UPI")
        p.add("left", f"UPI Ref {j.ref}", txn=(UTR_RANK, j.ref))
        p.add(
            "left",
            f"Note: {rng.choice(['advance for the next saree', 'wages, 2 sarees', 'dyeing, 20 kg yarn'])}",
        )
        p.add("rule")
        p.pair("Balance", f"{rs(float(rng.randrange(0, 40) * 100))} due")
        return p.done()
    j.date = dt.date(2026, 10, rng.randrange(8, 19))
    j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    j.amount = float(rng.choice([1500, 2000, 2500, 3000]))
    p = sheet_page(rng, font, [660, 700])
    p.style["paper"] = rng.choice([(252, 250, 240), (246, 248, 242)])
    p.part = "head"
    emblem(p)
    oline(p, FIRM_OD, scale=1.2, bold=True)
    p.add("center", FIRM_CAPS)
    oline(p, "ଦଶହରା ବୋନସ ଭାଉଚର / DUSSEHRA BONUS VOUCHER", bold=True)
    p.part = "body"
    no = f"DB/{rng.randrange(1, 40):02d}"
    obox(p, "Voucher No.", "ଭାଉଚର ନଂ.", no, txn=(INVOICE_RANK, no))
    obox(p, "Date", "ତାରିଖ", day_in(j, rng, ["%d/%m/%Y", "%d.%m.%Y"]), pen=True, date=j.date)
    obox(p, "Paid to", "ପ୍ରାପକ", worker, pen=True, merchant=worker)
    obox(p, "Amount", "ରାଶି", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
    obox(
        p,
        "Paid by",
        "ମାଧ୍ୟମ",
        f"UPI, Ref {j.ref}",
        pen=True,
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    thumbprint(p)
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


NAC_OD = "କୋଟପାଡ଼ ବିଜ୍ଞାପିତ ଅଞ୍ଚଳ ପରିଷଦ"
# Koraput Parab, the district's festival, 10 to 14 December 2026; its stalls let in the fortnight before
PARAB = dt.date(2026, 12, 10)


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees, taxes and dues: Bharatkosh's e-receipt for the Textiles Committee's India Handloom
    Brand registration fee (Transaction Ref. No., Purpose, Controller, Depositor, Amount, Payment Mode,
    Payment Date, Status in a table ruled on every side); VAHAN's road tax for the firm's van failed on a
    tinted band (the reason in a notice; Application No., Vehicle No., Tax Mode, Amount, Bank Ref No.,
    Transaction ID, Payment Mode, Date as label and value on a line); Kotpad Notified Area Council's trade
    licence receipt from its book under its Odia name (No. left blank; each field in a ruled box, its English
    name small at the left and its Odia at the right, the value written by hand: Date / ତାରିଖ, Received from /
    ଠାରୁ, On account of / ବାବଦ, Amount / ରାଶି; "ନଗଦ ପାଇଲି" (received in cash) in an Odia hand; an oval stamp;
    no reference); the Divisional Forest Office, Jeypore's MONEY RECEIPT for the transit permit of the aal
    roots (Receipt No. beside Date, Received from, the forest produce and its weight; Transit permit fee, Mode
    UPI, UPI Ref in dot leaders); ESIC's challan paid (shaded labels: Employer Code, Contribution Period,
    Challan No., Amount, Transaction Status, Bank Transaction No., Challan Submitted Date); the Labour & ESI
    Department's shop registration renewal in the Odisha One app ("Today, <hour>"; Payment successful, the
    sum; Application Ref, Bank Ref. No., Paid via; no day); Koraput's District Administration's Parab stall
    fee with the payment awaiting confirmation under a ring broken in dashes (a notice; a striped table: Stall
    No., Allottee, Period, Stall fee, Mode, Transaction ID, Initiated on); the Geographical Indications
    Registry's e-receipt for an authorised user of Kotpad Handloom Fabric (labels set to the right against a
    gutter: Receipt No., Form, GI Application No., Applicant, Fee, Payment mode, Bank Reference, Date). All
    new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=300, high=24000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        j.amount = float(rng.choice([500, 1000, 2000]))
        p = browser_page(rng, font, "bharatkosh.gov.in/Receipt/PrintReceipt")
        p.part = "head"
        top(p, "Bharatkosh")
        p.add("small", "Non-Tax Receipt Portal  |  Controller General of Accounts, Ministry of Finance")
        p.add("rule")
        p.part = "body"
        p.add("center", "e-Receipt")
        p.add("gap")
        tref = f"{j.date:%d%m%y}{digits(rng, 10)}"
        name = "Textiles Committee, Ministry of Textiles"
        grid(
            p,
            "bk",
            [(0.0, 0.34, "l"), (0.34, 1.0, "l")],
            None,
            [
                (["Transaction Ref. No.", tref], {"txn": (TXN_RANK, tref)}),
                (["Purpose", "India Handloom Brand registration fee"], {}),
                (["Controller", name], {"merchant": name}),
                (["Depositor", FIRM], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", "Net Banking (State Bank of India)"], {"method": "netbanking"}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Status", "Success"], {"status": status}),
            ],
            tint=(250, 236, 214),
        )
        p.add("small", "This is a computer generated receipt and does not need a signature.")
        return p.done()
    if k == 1:
        p = browser_page(
            rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/taxstatus.xhtml"
        )
        p.part = "head"
        top(p, "VAHAN")
        p.add("small", "Ministry of Road Transport and Highways  |  Online tax payment")
        name = "Transport Department, Government of Odisha"
        p.add("center", name, merchant=name)
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Transaction Failed", status)
        note(
            p,
            "The payment gateway returned a failure. If the amount was deducted it will be refunded to the "
            "same account within 7 working days.",
            "error",
        )
        app_no = f"OR{j.date:%y}{digits(rng, 9)}"
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        tid = f"OR{digits(rng, 14)}"
        p.pair("Application No.", app_no)
        p.pair("Vehicle No.", f"OD10{code(rng, 1, 'ABCDEFGH')}{rng.randrange(1000, 9999)}")
        p.pair("Tax Mode", rng.choice(["Quarterly", "Half-yearly"]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Payment Mode", "Debit Card (SBI ePay)", method="card")
        p.pair("Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([600, 800, 1000, 1200, 1500]))
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 246, 234), (244, 246, 236)])
        p.part = "head"
        oline(p, NAC_OD, scale=1.2, bold=True)
        name = "KOTPAD NOTIFIED AREA COUNCIL"
        top(p, name, merchant=name)
        oline(p, "ରସିଦ / RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..............")
        p.add("gap")
        obox(p, "Date", "ତାରିଖ", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        obox(p, "Received from", "ଠାରୁ", f"{GHAR}, Mirgan Sahi", pen=True)
        obox(p, "On account of", "ବାବଦ", "Trade licence fee 2026-27", pen=True)
        obox(p, "Amount", "ରାଶି", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        p.add("gap")
        ohand(p, "ନଗଦ ପାଇଲି", scale=1.4, method="cash", status=status)
        h287.oval(p, ["KOTPAD N.A.C.", "TAX SECTION", "KORAPUT"], "violet", at=0.7, rows_=3)
        sig(p)
        p.add("right", "Tax Collector")
        return p.done()
    if k == 3:
        j.amount = float(rng.randrange(4, 30) * 50)
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (252, 252, 248)
        p.part = "head"
        oline(p, "ବନ ବିଭାଗ, ଓଡ଼ିଶା ସରକାର", scale=1.1, bold=True)
        name = pick(p, "title", ["Divisional Forest Office, Jeypore", "Divisional Forest Office"])
        top(p, name, merchant=name)
        p.add("small", "Forest and Environment Department, Government of Odisha")
        p.add("rule")
        p.add("center", "MONEY RECEIPT")
        p.part = "body"
        rno = f"JFD/TP/{rng.randrange(100, 999)}"
        cols(
            p,
            "fr",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("left", f"Received from: {FIRM}, Kotpad")
        kg = rng.randrange(80, 600)
        p.add("left", f"Minor forest produce: aal (Morinda) root, {kg} kg, Kotpad to Jeypore")
        dots(p, "Transit permit fee", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Mode", "UPI", at=0.4, method="UPI")
        dots(p, "UPI Ref", j.ref, at=0.4, txn=(UTR_RANK, j.ref), status=status)
        p.add("gap")
        sig(p)
        p.add("right", "Range Officer, Kotpad Range")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "gateway.esic.gov.in/EmployerPortal/ChallanStatus.aspx")
        p.part = "head"
        name = pick(p, "title", ["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour and Employment  |  Employer portal")
        p.add("rule")
        p.part = "body"
        p.add("left", "Challan details")
        chal = f"{rng.randrange(21, 22)}{digits(rng, 15)}"
        btn = f"{digits(rng, 12)}"
        kv(p, "Employer Code", f"{digits(rng, 8)}0000{digits(rng, 5)}", at=0.4)
        kv(p, "Contribution Period", j.month(1), at=0.4)
        kv(p, "Challan No.", chal, at=0.4, txn=(INVOICE_RANK, chal))
        kv(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
        kv(p, "Transaction Status", "Paid (Net Banking)", at=0.4, status=status, method="netbanking")
        kv(p, "Bank Transaction No.", btn, at=0.4, txn=(BANK_RANK, btn))
        kv(p, "Challan Submitted Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.4, date=j.date)
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([250, 500, 1000]))
        p = phone(rng, font, k, ["", "Odisha One"], dark=False, buttons=("Download receipt",))
        band(p, (232, 120, 20))
        app_head(p, "Odisha One", "Shops and Establishments")
        name = pick(p, "center", ["Labour & ESI Department, Odisha", "Labour & ESI Dept., Odisha"])
        p.add("center", name, merchant=name)
        p.add("center", "Payment successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        aref = f"ODONE{digits(rng, 10)}"
        bref = f"{digits(rng, 12)}"
        p.pair("Application Ref", aref, txn=(INVOICE_RANK, aref))
        p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        p.pair("Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([2500, 3000, 4000, 5000]))
        j.date = PARAB - dt.timedelta(days=rng.randrange(3, 15))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
        p = browser_page(rng, font, "koraput.odisha.gov.in/parab2026/stall/payment")
        p.part = "head"
        oline(p, "ଜିଲ୍ଲା ପ୍ରଶାସନ, କୋରାପୁଟ", scale=1.1, bold=True)
        name = pick(p, "title", ["District Administration, Koraput", "District Administration"])
        top(p, name, merchant=name)
        p.add("small", "Koraput Parab 2026  |  Stall booking")
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "Payment awaiting confirmation", status=status)
        note(
            p,
            "The bank has not yet confirmed this payment. The stall will be allotted once it does; please "
            "do not pay again.",
            "warn",
        )
        tid = f"KPB{digits(rng, 11)}"
        zebra(
            p,
            "kp",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["Stall No.", f"H-{rng.randrange(10, 60)} (Handloom)"], {}),
                (["Allottee", SHOP], {}),
                (["Period", "10 - 14 Dec 2026"], {}),
                (["Stall fee", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "UPI"], {"method": "UPI"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",))], {"date": j.date}),
            ],
            (40, 90, 60),
        )
        return p.done()
    j.amount = float(rng.choice([100, 500, 1000]))
    p = browser_page(rng, font, "search.ipindia.gov.in/GIRPublic/eReceipt")
    p.part = "head"
    name = pick(p, "title", ["Geographical Indications Registry", "GI Registry, Chennai"])
    top(p, name, merchant=name)
    p.add("small", "Intellectual Property India  |  Office of the CGPDTM")
    p.add("rule")
    p.part = "body"
    p.add("center", "e-Receipt", status=status)
    p.add("gap")
    rno = f"GIR{j.date:%y}{digits(rng, 7)}"
    bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
    gutter(p, "gi", "Receipt No.", rno, at=0.36, txn=(INVOICE_RANK, rno))
    gutter(p, "gi", "Form", "GI-3A (authorised user)", at=0.36)
    gutter(p, "gi", "GI Application No.", "16 (Kotpad Handloom Fabric)", at=0.36)
    gutter(p, "gi", "Applicant", FIRM, at=0.36)
    gutter(p, "gi", "Fee", rs(j.amount), at=0.36, amount=j.amount)
    gutter(p, "gi", "Payment mode", "Net Banking", at=0.36, method="netbanking")
    gutter(p, "gi", "Bank Reference", bref, at=0.36, txn=(BANK_RANK, bref))
    gutter(p, "gi", "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.36, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums: United India Insurance's PREMIUM RECEIPT for the loom shed's Bharat Sookshma Udyam
    Suraksha policy (a table ruled on every side two fields to a row: Receipt No., Receipt Date; Policy No.,
    Period; Insured, Product; Premium, CGST 9%; SGST 9%, Total; "Received by NEFT, UTR ..."); Niva Bupa's
    renewal with the payment under verification under a ring broken in dashes (a notice; Proposal No.,
    Premium, Payment mode, Transaction ID, Initiated on as label and value on a line); TATA AIG's van policy
    renewed (a tile's tick; tiles: Vehicle, Policy No.; copyable UPI Ref No and Payment ID; the day and hour);
    ACKO's payment failed for the shop's policy on a tinted band (the reason in a notice; each value over its
    label: Premium, Order ID, Card, Attempted on); SBI Life's mail of a premium received (its sentence; shaded
    labels: Policy No., Premium Due Date, Amount Received, Receipt No., Date of Payment, Mode, Transaction Ref
    No.); National Insurance's agent's receipt from his book under its Odia heading (No. left blank; each
    field in a ruled box, its English name small at the left and its Odia at the right, the value written by
    hand; "ନଗଦ ପାଇଲି" (received in cash) in an Odia hand; no reference); Care Health's PREMIUM RECEIPT
    (Receipt No., Receipt Date, Policy, Insured, Net Premium, GST 18% in dot leaders; Total Premium; "Paid by
    Credit Card, Approval Code ..."); Cholamandalam MS's renewal in its app ("Today, <hour>"; Policy renewed,
    the sum, Policy No., Transaction ID, Paid via; no day). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=2400, high=62000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    pol = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["United India Insurance Co. Ltd.", "United India Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Koraput  |  A Government of India Undertaking")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        rno = f"{rng.randrange(5210, 5299)}{j.date:%y}{digits(rng, 8)}"
        half = round(gst / 2, 2)
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        grid(
            p,
            "ui",
            [(0.0, 0.2, "l"), (0.2, 0.52, "l"), (0.52, 0.7, "l"), (0.7, 1.0, "r")],
            None,
            [
                (
                    ["Receipt No.", rno, "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (["Policy No.", pol, "Period", "12 months"], {}),
                (["Insured", FIRM, "Product", "Bharat Sookshma"], {}),
                (["Premium", num(base), "CGST 9%", num(half)], {}),
                (["SGST 9%", num(round(gst - half, 2)), "Total", rs(j.amount)], {"amount": j.amount}),
            ],
        )
        p.add("gap")
        p.add("left", f"Received by NEFT, UTR {utr}", method="netbanking", status=status, txn=(UTR_RANK, utr))
        p.add("gap")
        sig(p)
        p.add("right", "Divisional Manager")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Check status",))
        band(p, (22, 78, 160))
        app_head(p, "Niva Bupa", "Health insurance renewal")
        ring(p, status)
        p.add("center", "Payment under verification", status=status)
        name = pick(p, "center", ["Niva Bupa Health Insurance Co. Ltd.", "Niva Bupa Health Insurance"])
        p.add("center", name, merchant=name)
        note(
            p,
            "We are confirming this payment with your bank. Your policy will be renewed as soon as it is "
            "verified; please do not pay again.",
            "warn",
        )
        tid = f"NB{digits(rng, 14)}"
        p.pair("Proposal No.", f"PR{digits(rng, 10)}")
        p.pair("Premium", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "UPI", method="UPI")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Download policy",))
        band(p, (0, 60, 120))
        app_head(p, "TATA AIG", "Motor insurance")
        h287.tile(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to Tata AIG General Insurance Co. Ltd.", "to Tata AIG General Insurance"])[
            3:
        ]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        tiles2(
            p,
            ("Vehicle", f"OD10{code(rng, 1, 'ABCDEFGH')}{rng.randrange(1000, 9999)}"),
            ("Policy No.", f"0100{digits(rng, 8)}"),
        )
        pid = f"TAG{digits(rng, 12)}"
        copyrow(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        copyrow(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (82, 46, 200))
        app_head(p, "ACKO", "Shop insurance")
        h269.strip(p, "Payment failed", status)
        name = pick(p, "center", ["ACKO General Insurance Ltd.", "ACKO General Insurance"])
        p.add("center", name, merchant=name)
        note(
            p,
            "Your card was declined by the issuing bank. Your policy has not been issued; please try again.",
            "error",
        )
        oid = f"ACK{digits(rng, 10)}"
        vlab(p, "Premium", rs(j.amount), amount=j.amount)
        vlab(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        vlab(p, "Card", f"Visa credit card XX{digits(rng, 4)}", method="card")
        vlab(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = mail_page(rng, font, "SBI Life <info@sbilife.co.in>", ["Premium received: thank you"])
        p.part = "head"
        name = pick(p, "title", ["SBI Life Insurance Co. Ltd.", "SBI Life Insurance"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {PROP},")
        para(
            p,
            f"Thank you. We have received your renewal premium of {rs(j.amount)} for your policy.",
            amount=j.amount,
            status=status,
        )
        rno = f"R{digits(rng, 11)}"
        tref = f"{digits(rng, 14)}"
        kv(p, "Policy No.", f"3C{digits(rng, 8)}", at=0.38)
        kv(p, "Premium Due Date", when(j.date + dt.timedelta(days=rng.randrange(2, 20)), "%d/%m/%Y"), at=0.38)
        kv(p, "Amount Received", rs(j.amount), at=0.38)
        kv(p, "Receipt No.", rno, at=0.38, txn=(INVOICE_RANK, rno))
        kv(p, "Date of Payment", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.38, date=j.date)
        kv(p, "Mode", "Net Banking", at=0.38, method="netbanking")
        kv(p, "Transaction Ref No.", tref, at=0.38, txn=(TXN_RANK, tref))
        p.add("gap")
        p.add("small", "SBI Life Insurance Company Limited, Mumbai. This is a system generated mail.")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(20, 160) * 100)
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 240)])
        p.part = "head"
        name = pick(p, "title", ["National Insurance Co. Ltd.", "National Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Agent: Pradeep Kumar Patra, Code 2410-0388, Jeypore")
        oline(p, "ପ୍ରିମିୟମ ରସିଦ / PREMIUM RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..............")
        p.add("gap")
        obox(p, "Date", "ତାରିଖ", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        obox(p, "Received from", "ଠାରୁ", FIRM, pen=True)
        obox(p, "Policy", "ପଲିସି", "Shopkeeper's policy, Jeypore shop", pen=True)
        obox(p, "Premium", "ରାଶି", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        p.add("gap")
        ohand(p, "ନଗଦ ପାଇଲି", scale=1.4, method="cash", status=status)
        sig(p)
        p.add("right", "Agent's signature")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["Care Health Insurance Ltd.", "Care Health Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Vipul Tech Square, Golf Course Road, Gurugram")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        rno = f"CHI{j.date:%y}{digits(rng, 9)}"
        appr = digits(rng, 6)
        dots(p, "Receipt No.", rno, at=0.4, txn=(INVOICE_RANK, rno))
        dots(p, "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.4, date=j.date)
        dots(p, "Policy", "Care Supreme, family floater", at=0.4)
        dots(p, "Insured", PROP, at=0.4)
        dots(p, "Net Premium", num(base), at=0.4)
        dots(p, "GST 18%", num(gst), at=0.4)
        dots(p, "Total Premium", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Paid by Credit Card XX{digits(rng, 4)}, Approval Code {appr}",
            method="card",
            status=status,
            txn=(APPR_RANK, appr),
        )
        p.add("small", "Premium received with thanks. This receipt is valid subject to realisation.")
        return p.done()
    p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("View policy",))
    band(p, (0, 104, 72))
    app_head(p, "Chola MS", "Cholamandalam MS General Insurance")
    p.add("center", "Policy renewed", status=status)
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", ["paid to Cholamandalam MS General Insurance", "paid to Cholamandalam MS"])[8:]
    p.add("center", f"paid to {name}", merchant=name)
    p.add("rule")
    tid = f"CMS{digits(rng, 13)}"
    p.pair("Policy No.", f"3379/{digits(rng, 8)}/000/00")
    p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    p.pair("Paid via", "Net Banking", method="netbanking")
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("KOTPAD AAL KUTIR", "MAIN ROAD, JEYPORE", "STATE BANK OF INDIA", "sbi"),
    ("KOTPAD AAL KUTIR - BALI JATRA STALL 128", "HANDLOOM PAVILION, CUTTACK", "Paytm", "paytm"),
    ("HOTEL KORAPUT HILLS", "NH 26, KORAPUT", "KOTAK MAHINDRA BANK", "declined"),
    ("DESIA COFFEE HOUSE", "STATION ROAD, JEYPORE", "FEDERAL BANK", "discount"),
    ("UTKAL DYES & CHEMICALS", "GANDHI NAGAR, BERHAMPUR", "UNION BANK OF INDIA", "union"),
    ("MAA TARINI DHABA", "NH 26, BORIGUMMA", "", "dhaba"),
    ("KOTPAD AAL KUTIR", "Main Road, Jeypore", "Razorpay POS", "rzp"),
    ("VIZAG PACKAGING MART", "DABA GARDENS, VISAKHAPATNAM", "BharatPe", "pending"),
]


def slip_line(p: Screen, label: str, value: str, width_: int, **facts) -> None:
    """A slip's field in the page's own face: its label, dots to the value set to the right of the line."""
    dots_ = max(2, width_ - len(label) - len(value) - 2)
    p.add("left", f"{label} {'.' * dots_} {value}", **facts)


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the shop's terminals and the firm's card elsewhere: State Bank of India's slip at the shop
    (SALE; DATE, TIME, MID, TID, BATCH NO, INV NO, CARD, CARD TYPE, AUTH CODE, RRN, AMOUNT each a label and
    dots to its value; APPROVED; MERCHANT COPY); Paytm's card machine's print at the Bali Jatra stall in the
    Jatra's days (Card Sale, Date & Time, TID, Card, Auth Code, RRN, Amount, Transaction Successful); Kotak
    Mahindra Bank's slip at a Koraput hotel DECLINED (51 INSUFFICIENT FUNDS); Federal Bank's slip at a Jeypore
    coffee house with its discount (BILL AMT, DISCOUNT, NET AMT, AUTH, RRN, APPROVED); Union Bank of India's
    slip at a Berhampur dyes and chemicals store (CARD SALE, DT/TM, TID / MID on a line, APPR CD, REF NO, TXN
    AMT, TRANSACTION APPROVED); a Borigumma dhaba's bill written by hand under its Odia name (Date written in;
    Item | Qty | Rs. in its columns, Total; "Card" and "ପେମେଣ୍ଟ ହେଲା" (paid) in an Odia hand; no reference);
    Razorpay POS on the shop's phone (the shop under the app, Card payment successful, the sum, the card,
    "Just now"; Auth code, RRN, Payment ID as label and value on a line; no day); BharatPe's slip at a
    Visakhapatnam packaging mart with the response timed out (TXN STATUS: PENDING, DO NOT REPEAT THIS
    TRANSACTION, CHECK WITH YOUR BANK BEFORE PAYING AGAIN). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 6, low=600, high=60000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "paytm":
        shift(j, rng, JATRA + dt.timedelta(days=rng.randrange(0, 7)))
    if layout in ("declined", "union", "pending"):
        j.amount = rupees(rng, 900, 18000, 0.5)
    if layout == "discount":
        j.amount = rupees(rng, 600, 4800, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "rzp":
        p = phone(rng, font, k, ["", "Card payment"], dark=False, buttons=("New payment",))
        band(p, (12, 36, 88))
        app_head(p, "Razorpay POS", "Card payments")
        shown = pick(p, "center", [name])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        ring(p, status)
        p.add("center", "Card payment successful", status=status)
        p.add(
            "big",
            f"\u20b9{j.amount:,.2f}" if glyphs(font, "\u20b9") else f"Rs.{j.amount:,.2f}",
            amount=j.amount,
        )
        p.add("small", f"{scheme} {sign(font, chr(0x2022), '*') * 4} {last4}  |  Chip", method="card")
        p.add("small", "Just now")
        p.add("rule")
        pid = f"pay_{code(rng, 14, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        return p.done()
    if layout == "dhaba":
        p = sheet_page(rng, font, [540, 580])
        p.style["paper"] = rng.choice([(250, 246, 232), (246, 248, 238)])
        p.part = "head"
        oline(p, "ମା ତାରିଣୀ ଢାବା", scale=1.3, bold=True)
        top(p, name, merchant=name)
        p.add("small", "Pure veg  |  NH 26, Borigumma, Koraput")
        p.part = "body"
        p.add("gap")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        spec = [(0.0, 0.58, "l"), (0.58, 0.74, "c"), (0.76, 1.0, "r")]
        cols(p, "dh", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Veg thali", 120, 160),
                ("Mandia pitha", 40, 60),
                ("Dalma, rice", 90, 120),
                ("Chhena poda", 60, 90),
                ("Tea", 15, 20),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.randrange(1, 6)
            v = float(q * rng.randrange(lo, hi, 5))
            hcells(p, spec, text, str(q), num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.58, 0.75])
        p.add("gap")
        write(p, "Card", method="card")
        ohand(p, "ପେମେଣ୍ଟ ହେଲା", scale=1.4, status=status)
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    inr = rng.random() < 0.5

    def fmt(v: float) -> str:
        return f"INR {v:,.2f}" if inr else f"Rs.{v:.2f}"

    amt = fmt(j.amount)
    face = load_font(font, p.style["size"])
    width_ = int(room_of(p) // face.getlength("M"))
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "sbi":
        p.add("center", "SALE")
        p.add("rule")
        slip_line(p, "DATE", when(j.date, "%d/%m/%Y"), width_, date=j.date)
        slip_line(p, "TIME", t, width_)
        slip_line(p, "MID", mid[:12], width_)
        slip_line(p, "TID", tid, width_)
        slip_line(p, "BATCH NO", batch, width_)
        slip_line(p, "INV NO", inv, width_, txn=(INVOICE_RANK, inv))
        slip_line(p, "CARD", f"XXXX XXXX XXXX {last4}", width_, method="card")
        slip_line(p, "CARD TYPE", scheme, width_)
        slip_line(p, "AUTH CODE", appr, width_, txn=(APPR_RANK, appr))
        slip_line(p, "RRN", j.ref, width_, txn=(UTR_RANK, j.ref))
        slip_line(p, "AMOUNT", amt, width_, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK  |  MERCHANT COPY")
    elif layout == "paytm":
        p.add("center", "Card Sale")
        p.add("rule")
        p.pair("Date & Time", f"{when(j.date, '%d %b %Y')} {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("Card", f"{scheme} **** {last4}", method="card")
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("Amount", amt, amount=j.amount)
        p.add("center", "Transaction Successful", status=status)
        p.add("small", "Paytm Card Machine  |  Customer copy")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 INSUFFICIENT FUNDS")
        p.add("small", "PLEASE USE ANOTHER CARD")
    elif layout == "discount":
        bill = j.amount
        disc = round(bill * rng.choice([0.05, 0.1]), 2)
        j.amount = round(bill - disc, 2)
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("INV", inv[-4:], txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("BILL AMT", f"{bill:,.2f}")
        p.pair("DISCOUNT", f"-{disc:,.2f}")
        p.pair("NET AMT", fmt(j.amount), amount=j.amount)
        p.pair("AUTH", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("center", "APPROVED", status=status)
    elif layout == "union":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.add("left", f"DT: {when(j.date, '%d.%m.%Y')}  TM: {t[:5]}", date=j.date)
        p.add("left", f"TID: {tid}  MID: {mid[:9]}")
        p.pair("CARD", f"{scheme} ...{last4} (TAP)", method="card")
        p.pair("APPR CD", appr, txn=(APPR_RANK, appr))
        p.pair("REF NO", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TXN AMT", amt, amount=j.amount)
        p.add("center", "TRANSACTION APPROVED", status=status)
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "RESPONSE TIMED OUT")
        p.add("center", "TXN STATUS: PENDING", status=status)
        p.add("small", "DO NOT REPEAT THIS TRANSACTION")
        p.add("small", "CHECK WITH YOUR BANK BEFORE PAYING AGAIN")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


WATER_OD = "ଜନସ୍ୱାସ୍ଥ୍ୟ ବିଭାଗ, କୋଟପାଡ଼"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's and the shop's bills: TP Southern Odisha Distribution's quick pay receipt (a ring's
    tick; shaded labels: Consumer No., Consumer Name, Bill Month, Amount Paid, Transaction ID, Payment Mode,
    Payment Date); Vi's postpaid payment failed on a tinted band ("for <biller>", the reason in a notice; each
    value over its label: Vi number, Transaction ID, Card, Attempted on); IndianOil ONE's Indane refill paid
    ("to <biller>"; tiles: Booking No., Distributor; copyable UPI Ref No and Order ID; the day and hour); the
    Public Health Engineering Organisation's water charges receipt from its book under its Odia name (No. left
    blank; each field in a ruled box, its English name small at the left and its Odia at the right, the value
    written by hand: Date / ତାରିଖ, Connection / ସଂଯୋଗ, Period / ଅବଧି, Amount / ରାଶି; "ନଗଦ ପାଇଲି" (received in
    cash) in an Odia hand; no reference); Dish TV's recharge pending under a ring broken in dashes ("for
    <biller>", a notice; VC No., Amount, Order ID, Initiated on, Mode in dot leaders); Ortel's mail of a
    broadband payment received (its sentence; a table ruled on every side: Customer ID, Plan, Receipt No.,
    Payment Date, Mode, Transaction Ref.); IDFC FIRST Bank's FASTag recharged ("Today, <hour>"; Vehicle No.,
    Tag Account, Transaction ID, Paid via as label and value on a line; no day); Tata Play's recharge receipt
    (labels set to the right against a gutter: Subscriber ID, Pack, Amount, Recharge Date, Payment Mode,
    Transaction ID, Auth Code). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=300, high=14000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = browser_page(rng, font, "tpsouthernodisha.com/QuickPay/Receipt")
        p.part = "head"
        name = pick(p, "title", ["TP Southern Odisha Distribution Ltd.", "TPSODL"])
        top(p, name, merchant=name)
        p.add("small", "A Tata Power and Odisha Government Joint Venture  |  Quick Pay")
        p.add("rule")
        p.part = "body"
        ring(p, status)
        p.add("center", "Payment received. Thank you!", status=status)
        tid = f"TPS{digits(rng, 13)}"
        kv(p, "Consumer No.", f"5201{digits(rng, 8)}", at=0.38)
        kv(p, "Consumer Name", "AAL TANTA GHAR", at=0.38)
        kv(p, "Bill Month", j.month(1), at=0.38)
        kv(p, "Amount Paid", rs(j.amount), at=0.38, amount=j.amount)
        kv(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
        kv(p, "Payment Mode", "UPI", at=0.38, method="UPI")
        kv(p, "Payment Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.38, date=j.date)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Retry",))
        band(p, (234, 30, 76))
        app_head(p, "Vi", "Postpaid bill payment")
        h269.strip(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["for Vodafone Idea Ltd.", "for Vi"])[4:]
        p.add("center", f"for {name}", merchant=name)
        note(
            p,
            "Your bank declined the card payment. Your bill is still due; please try again or use UPI.",
            "error",
        )
        tid = f"VI{digits(rng, 14)}"
        vlab(p, "Vi number", f"+91 94XXXXX{digits(rng, 3)}")
        vlab(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        vlab(p, "Card", f"Debit card XX{digits(rng, 4)}", method="card")
        vlab(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        j.amount = round(rng.uniform(880, 960), 2)
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Done",))
        band(p, (232, 102, 20))
        app_head(p, "IndianOil ONE", "Indane refill")
        h287.tile(p, status)
        p.add("center", "Refill booked and paid", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to Indane", merchant="Indane")
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        bno = str(digits(rng, 8))
        tiles2(p, ("Booking No.", bno), ("Distributor", "Koraput Gas Agency"), txn=(ORDER_RANK, bno))
        oid = f"IOC{digits(rng, 12)}"
        copyrow(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        copyrow(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([180, 240, 360, 480, 540, 720]))
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(238, 246, 252), (244, 250, 246)])
        p.part = "head"
        oline(p, WATER_OD, scale=1.2, bold=True)
        name = pick(p, "title", ["Public Health Engineering Organisation", "PHEO, Koraput Division"])
        top(p, name, merchant=name)
        p.add("small", "Water supply  |  Kotpad Section")
        oline(p, "ଜଳ କର ରସିଦ / WATER CHARGES RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..............")
        p.add("gap")
        months = rng.choice([3, 6])
        obox(p, "Date", "ତାରିଖ", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        obox(p, "Connection", "ସଂଯୋଗ", f"KTP/W/{rng.randrange(100, 999)}, {GHAR}", pen=True)
        obox(
            p,
            "Period",
            "ଅବଧି",
            f"{months} months to {when(j.date.replace(day=1) - dt.timedelta(days=1), '%b %Y')}",
            pen=True,
        )
        obox(p, "Amount", "ରାଶି", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        p.add("gap")
        ohand(p, "ନଗଦ ପାଇଲି", scale=1.4, method="cash", status=status)
        sig(p)
        p.add("right", "Junior Engineer")
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([299, 349, 419, 499, 649, 899]))
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Check status",))
        band(p, (220, 36, 36))
        app_head(p, "Dish TV", "Recharge")
        ring(p, status)
        p.add("center", "Recharge pending", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["for Dish TV India Ltd.", "for Dish TV"])[4:]
        p.add("center", f"for {name}", merchant=name)
        note(
            p,
            "We have not yet received a confirmation from your bank. Your pack will be activated as soon "
            "as we do.",
            "warn",
        )
        oid = f"DTV{digits(rng, 11)}"
        dots(p, "VC No.", str(digits(rng, 11)), at=0.34)
        dots(p, "Amount", rs(j.amount), at=0.34)
        dots(p, "Order ID", oid, at=0.34, txn=(ORDER_RANK, oid))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), at=0.34, date=j.date)
        dots(p, "Mode", "UPI", at=0.34, method="UPI")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([589, 708, 826, 1062, 1416]))
        p = mail_page(rng, font, "Ortel Communications <care@ortel.net>", ["Payment received: thank you"])
        p.part = "head"
        name = pick(p, "title", ["Ortel Communications Ltd.", "Ortel"])
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        para(
            p,
            f"Dear Customer, we have received your payment of {rs(j.amount)} for your Ortel broadband "
            "connection. Thank you.",
            amount=j.amount,
            status=status,
        )
        rno = f"ORT{j.date:%y}{digits(rng, 8)}"
        tref = f"{digits(rng, 12)}"
        grid(
            p,
            "or",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Customer ID", str(digits(rng, 9))], {}),
                (["Plan", "Ortel Fiber 100 Mbps"], {}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Mode", "Net Banking"], {"method": "netbanking"}),
                (["Transaction Ref.", tref], {"txn": (TXN_RANK, tref)}),
            ],
            tint=(230, 238, 250),
        )
        p.add("small", "Ortel Communications Ltd., Bhubaneswar. This is an auto-generated mail.")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([500, 1000, 1500, 2000]))
        p = phone(rng, font, k, ["", "FASTag"], dark=False, buttons=("Done",))
        band(p, (154, 28, 40))
        app_head(p, "IDFC FIRST Bank", "FASTag recharge")
        name = pick(p, "center", ["IDFC FIRST Bank FASTag"])
        p.add("center", name, merchant=name)
        p.add("center", "Recharge successful", status=status)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        tid = f"FT{digits(rng, 14)}"
        p.pair("Vehicle No.", f"OD10{code(rng, 1, 'ABCDEFGH')}{rng.randrange(1000, 9999)}")
        p.pair("Tag Account", f"XXXXXX{digits(rng, 4)}")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid via", "UPI", method="UPI")
        return p.done()
    j.amount = float(rng.choice([310, 399, 449, 530, 621, 749]))
    p = browser_page(rng, font, "www.tataplay.com/my-account/recharge/receipt")
    p.part = "head"
    top(p, "Tata Play", merchant="Tata Play")
    p.add("small", "Recharge receipt")
    p.add("rule")
    p.part = "body"
    p.add("center", "Recharge successful", status=status)
    p.add("gap")
    tid = f"TP{digits(rng, 12)}"
    appr = digits(rng, 6)
    gutter(p, "tp", "Subscriber ID", str(digits(rng, 10)), at=0.38)
    gutter(p, "tp", "Pack", "Odia Value Sports HD", at=0.38)
    gutter(p, "tp", "Amount", rs(j.amount), at=0.38, amount=j.amount)
    gutter(p, "tp", "Recharge Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=0.38, date=j.date)
    gutter(p, "tp", "Payment Mode", f"Credit card XX{digits(rng, 4)}", at=0.38, method="card")
    gutter(p, "tp", "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
    gutter(p, "tp", "Auth Code", appr, at=0.38, txn=(APPR_RANK, appr))
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Utkal Grameen Bank", "AX-UGBANK", "JEYPORE CLOTH BAG CE", "UPI", "odia"),
    ("Indian Bank", "VM-INDBNK", "NATIONAL HANDLOOM DE", "NEFT", "sms"),
    ("Kotak Mahindra Bank", "", "SAMBALPURI TANT SAMA", "IMPS", "mail"),
    ("Bank of India", "BZ-BOIIND", "UTKAL SPINNING MILLS", "RTGS", "sms"),
    ("Canara Bank", "JD-CANBNK", "DESIA TRANSPORT CO", "NEFT", "sms"),
    ("Federal Bank", "", "ANANTA PRINTERS", "UPI", "inbox"),
    ("IDBI Bank", "VK-IDBIBK", "SRI LAXMI OIL MILL", "IMPS", "sms"),
    ("Yes Bank", "", "GOURANGA LOOM WORKS", "UPI", "watch"),
]
# the other mails of the morning in the inbox, none of them a payment
INBOX = [
    (
        "Boyanika Purchase Cell",
        "Sample call for the Puja season",
        "Please send two pieces of each new design",
    ),
    (
        "Crafts Council of Odisha",
        "Natural dye workshop: registrations open",
        "The three-day workshop on aal and",
    ),
    ("India Post", "Your article has been delivered", "Thank you for using Speed Post. Rate your"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: Utkal Grameen Bank's SMS in Odia in its messages thread under
    its day divider ("ପ୍ରିୟ ଗ୍ରାହକ, ଆପଣଙ୍କ ଖାତା XX1234 ରୁ ଟ.x UPI ମାଧ୍ୟମରେ <PAYEE> କୁ <dd-mm-yyyy> ରେ ଡେବିଟ୍
    ହୋଇଛି। ସନ୍ଦର୍ଭ ସଂ. <ref>। ..."); SMS in Indian Bank's ("A/c *1234 debited Rs. x on <dd-Mon-yy> to <PAYEE>
    via NEFT. UTR ..."), Bank of India's ("Your RTGS txn of INR x to <PAYEE> on <dd/mm/yyyy> is under process
    at the beneficiary bank. UTR: ... Please do not repeat."), Canara Bank's ("An amount of INR x has been
    DEBITED to your account XXX1234 on <dd/mm/yyyy> towards NEFT to <PAYEE>. Total Avail.bal INR y"; no
    reference) and IDBI Bank's ("IMPS transaction of Rs.x to <PAYEE> from A/c XXX1234 on <dd-mm-yyyy> has
    FAILED. Ref No ... Any amount debited will be reversed.") wordings; Kotak's mail ("Your account xx1234 has
    been debited with INR x on <dd-Mon-yyyy> towards IMPS to <PAYEE>. IMPS Ref No: ..."); Federal Bank's alert
    in a mail app's inbox among the morning's other mails (a badge with the sender's initial, the sender, the
    hour, the subject and the preview: "Rs.x debited from your A/c XX1234 on <dd-mm-yyyy> to <PAYEE> via UPI.
    UPI Ref ..."); Yes Bank's alert on a smartwatch ("Yes Bank" and "now"; "Rs.x debited from A/c XX1234 via
    UPI to <PAYEE>. UPI Ref ..."; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
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
    if frame == "odia":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"ପ୍ରିୟ ଗ୍ରାହକ, ଆପଣଙ୍କ ଖାତା XX{tail4} ରୁ ଟ.{amt} UPI ମାଧ୍ୟମରେ {to} କୁ "
            f"{when(j.date, '%d-%m-%Y')} ରେ ଡେବିଟ୍ ହୋଇଛି। ସନ୍ଦର୍ଭ ସଂ. {utr}। ଆପଣ ଏହା କରିନଥିଲେ "
            "1800-345-0001 କୁ ଫୋନ୍ କରନ୍ତୁ। -UGB"
        )
        owrap(p, text, share=0.94, **facts)
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "Indian Bank":
            text = (
                f"A/c *{tail4} debited Rs. {amt} on {when(j.date, '%d-%b-%y')} to {to} via NEFT. UTR {utr}. "
                "Not you? Call 180042500000 -Indian Bank"
            )
        elif bank == "Bank of India":
            text = (
                f"Your RTGS txn of INR {amt} to {to} on {when(j.date, '%d/%m/%Y')} is under process at the "
                f"beneficiary bank. UTR: {utr}. Please do not repeat. -BOI"
            )
        elif bank == "Canara Bank":
            text = (
                f"An amount of INR {amt} has been DEBITED to your account XXX{tail4} on "
                f"{when(j.date, '%d/%m/%Y')} towards NEFT to {to}. Total Avail.bal INR {bal}. - Canara Bank"
            )
        else:
            text = (
                f"IMPS transaction of Rs.{amt} to {to} from A/c XXX{tail4} on {when(j.date, '%d-%m-%Y')} has "
                f"FAILED. Ref No {utr}. Any amount debited will be reversed. -IDBI Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "Kotak Mahindra Bank <BankAlerts@kotak.com>", ["Transaction alert: IMPS debit"]
        )
        p.part = "head"
        top(p, "kotak")
        p.add("small", "Kotak Mahindra Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        para(
            p,
            f"Your account xx{tail4} has been debited with INR {amt} on {when(j.date, '%d-%b-%Y')} towards "
            f"IMPS to {to}. IMPS Ref No: {utr}.",
            **facts,
        )
        p.add("gap")
        para(
            p,
            "If this transaction was not done by you, please call 1860 266 2666 at once to block your "
            "account.",
        )
        p.part = "foot"
        p.add("gap")
        p.add(
            "small",
            "Warm regards, Kotak Mahindra Bank. This is a system generated mail; please do not reply.",
        )
        return p.done()
    if frame == "inbox":
        p = phone(rng, font, k, ["Inbox"], dark=False, buttons=())
        p.part = "body"
        p.add("small", "Search in mail")
        p.add("left", "Primary")
        p.add("gap")
        mins = sorted((rng.randrange(6 * 60, 11 * 60 + 40) for _ in range(3)), reverse=True)
        hours = [f"{m // 60}:{m % 60:02d} AM" for m in mins]
        p.style["h106"]["clock"] = f"11:{rng.randrange(41, 60):02d}"
        others = rng.sample(INBOX, 2)
        order = rng.randrange(3)
        colours = [(214, 90, 48), (56, 120, 200), (40, 140, 90)]
        n_ = 0
        for slot in range(3):
            if slot == order:
                inbox_head(p, "Federal Bank", hours[slot], (0, 56, 118))
                inbox_line(p, "Alert: UPI debit from your account", mode="bold")
                inbox_line(
                    p,
                    f"Dear Customer, Rs.{amt} debited from your A/c XX{tail4} on {when(j.date, '%d-%m-%Y')} "
                    f"to {to} via UPI. UPI Ref {utr}. -Federal Bank",
                    mode="soft",
                    **facts,
                )
            else:
                who, subject, preview = others[n_]
                n_ += 1
                inbox_head(p, who, hours[slot], colours[slot])
                inbox_line(p, subject, mode="bold")
                inbox_line(p, f"{preview} ...", mode="soft")
            inbox_rule(p)
        return p.done()
    p = screen(rng, font, "crop", dark=True, width=rng.choice([400, 420]), size=rng.choice([20, 21]))
    p.part = "body"
    p.add("gap")
    p.add("left", f"YES BANK  {sign(font, chr(0x2022), '|')}  now")
    p.add("gap")
    para(p, f"Rs.{amt} debited from A/c XX{tail4} via UPI to {to}. UPI Ref {utr}.", **facts)
    p.add("gap")
    p.add("small", "Dismiss")
    on_watch(p)
    return p.done()

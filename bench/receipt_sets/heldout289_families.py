"""The twelve heldout289 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Patan patola weaving family house's year of 2026 in Patan, Gujarat (Manilal
Kantilal Salvi & Sons, a Salvi family of Salvivad who tie, dye and weave the Patan patola, the double ikat
silk whose warp and weft are each tied and dyed before they meet on the tilted harness loom; its showroom and
house, Salvi Patola Ghar, with its gallery, Patola Virasat Gallery; stall 14 at the Rann Utsav's crafts bazaar
at Dhordo; the web shop salvipatolaghar.in; buyers at home and abroad), told by the proofs of payment it
receives (buyers' Google Pay, MobiKwik, iMobile Pay, super.money, Jupiter, PayZapp and Kotak811 screens and
BharatPe for Business on the house's phone; Garvi Gurjari's advice, Zoho Books, PFMS, Dynamics 365 Business
Central, ICICI Bank's corporate banking, a Busy voucher, myBillBook and a school trust's Gujarati voucher;
Chase, Barclays, RBC, CommBank, ING, Mashreq, OCBC and an MT103's copy from NCBA Bank Kenya; its own
WooCommerce mail, Cashfree page, tax invoice, advance receipt, gallery ticket, PayU page, receipt to a design
institute and thermal bill) and those it makes (a dye seller's chit, a silk twister, Moglix, a zari works'
Khatabook bill, DTDC, Google Workspace, IndiaMART and a loom carpenter's carbon copy; Kotak, IDFC FIRST Bank,
Canara Bank, Axis Bank, Federal Bank, the Kalupur Bank's statement, Baroda Gujarat Gramin Bank in Gujarati and
Indian Bank; its tyers', dyers', weavers' and staff's wage account, payslip, screens, wage receipt and a
tyer's receipt on a naksha; Patan Nagarpalika, the Controller of Legal Metrology, the GI Registry, the Labour
Welfare Board, VAHAN, ESIC, Sidhpur Nagarpalika and the Registrar of Firms; eight insurers; cards on its three
terminals and at a hotel, a filling station, a zari works, a dye house and a sweet shop; UGVCL, Airtel, Vi,
Gujarat Gas, Tata Play, HP Gas, a cable operator and Bharat BillPay; the banks' SMS, a Gujarati SMS, a mail, a
notification shade and a WhatsApp Banking message). Every row is added to heldout113's ``Screen`` with the
facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the units' lines,
salutations, Gujarati lines (but a bank's SMS in Gujarati, whose figures and payee carry the facts, a Gujarati
field's value and a Gujarati hand's sums, names and "received" or "paid"), items, bills, counts, rates,
taxable values, GST, TDS, fees, charges, balances, opening and closing balances, converted sums, cashback,
exchange rates, periods, months, pay and contribution periods, financial years, invoice, bill and document
days, account, policy, proposal, consumer, subscriber, tenement, application, employer, employee, vehicle and
GI numbers, bill and document numbers named on an advice, IFSC, UPI IDs of payers, GSTIN, Udyam numbers, an
AWB, an MT103's account lines, a payment's stages, patola emblems and borders, capsules' dots, tiles, notices,
stamps, revenue stamps, PAID marks, signatures, spirals, nakshas, carbon smudges, quick toggles and clipboards
carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page``
and ``paper_page`` heldout140's; ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's;
``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and
``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``cols``, ``kvr``, ``zebra``, ``total``,
``sms_page``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``, ``fill``, ``hand``,
``amtbox``, ``tt``, rounded cards), heldout273's (``hcells``, ``ledger``, ``bubble``), heldout275's (``sig``,
``divider``, ``gutter``), heldout279's (``phone``, ``band``, ``app_head``, ``pick``, ``clip``, ``at_hour``)
and heldout287's (``tile``, ``notice``, ``oval``, ``vlab``, ``tiles2``, ``copyrow``), written in this set's
pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout287's), each page's rows
drawn by heldout287's ``_render`` (and the renderers beneath it) and then by this set's own ``_render`` in the
lines it leaves for them: Gujarati lines in Noto Sans and Noto Serif Gujarati shaped by Raqm, as a name over
its English, a heading, a bank's SMS, a form's fields with their labels small in Gujarati and English over the
value, a Gujarati hand's lines and sums; a patola's motif as a letterhead's emblem (three feathered lozenges
with a flower of four petals in each); a patola's border as a divider (feathered peepal leaves between rows of
dots); an outcome's capsule; a payment's stages; a notification shade's quick toggles; a revenue stamp under
the signature across it; a PAID mark; a spiral notebook's holes; a naksha's graph paper and motif; a carbon
copy's smudges; and, after the frame, a clipboard a page is photographed on where a page asks for it. The
pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random
import textwrap

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout287_families as h287
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
from bench.receipt_sets.heldout269_families import bold_of, cols, kvr, sms_page, total, zebra
from bench.receipt_sets.heldout271_families import amtbox, card_close, card_open, colkv, dots, grid, tt
from bench.receipt_sets.heldout273_families import hcells, ledger
from bench.receipt_sets.heldout275_families import gutter, room_of, sig
from bench.receipt_sets.heldout279_families import app_head, at_hour, band, clip, phone, pick
from bench.receipt_sets.heldout287_families import (
    copyrow,
    notice,
    oval,
    tile,
    tiles2,
    vlab,
    vname,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
# Gujarati in Noto Sans and Noto Serif Gujarati (fonts-noto-core), shaped by Raqm
GUJ = "noto/NotoSansGujarati-Regular.ttf"
GUJ_BOLD = "noto/NotoSansGujarati-Bold.ttf"
GUJ_SERIF = "noto/NotoSerifGujarati-Regular.ttf"
GUJ_SERIF_BOLD = "noto/NotoSerifGujarati-Bold.ttf"
# the upright Latin face a Gujarati hand writes its figures and capitals in
HAND_LATIN = "dejavu/DejaVuSerif.ttf"
# the hands that write on this set's papers: italics in another mix than heldout286's and heldout287's
PENS = [
    "dejavu/DejaVuSerif-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
]
INKS = [(20, 40, 140), (34, 34, 104), (40, 36, 44), (10, 80, 110), (110, 24, 60)]
# the faces a page's fixed-width lines are printed in (a thermal printer's, an accounts program's, a
# SWIFT copy's)
TYPES = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# a patola's colours as the Salvis dye them: the ground (a deep red, a maroon, a bottle green, an indigo) and
# the motif's (a saffron yellow, a white, a black, a parrot green)
GROUNDS = [(176, 24, 36), (120, 20, 40), (20, 96, 66), (36, 44, 110)]
MOTIF = [(244, 182, 30), (250, 246, 236), (24, 20, 22), (70, 160, 70), (210, 40, 50)]

# ---------------------------------------------------------------- the house

FIRM = "Manilal Kantilal Salvi & Sons"
FIRM_CAPS = "MANILAL KANTILAL SALVI & SONS"
# the registered name as a bank's or an app's field cuts it
CUT = "MANILAL KANTILAL SALVI"
HOUSE = "Salvi Patola Ghar"
HOUSE_CAPS = HOUSE.upper()
HOUSE_GU = "સાલવી પટોળા ઘર"
GALLERY = "Patola Virasat Gallery"
GALLERY_CAPS = GALLERY.upper()
GALLERY_GU = "પટોળા વિરાસત ગેલેરી"
FIRM_GU = "મણિલાલ કાંતિલાલ સાલવી એન્ડ સન્સ"
WEB = "salvipatolaghar.in"
GSTIN = "24AAKFM5821R1ZQ"
UDYAM = "UDYAM-GJ-23-0018462"
ADDRESS = "Salvivad, near Panchasara Derasar, Patan - 384265 (Gujarat)"
TOWN = "Salvivad, Patan - 384265"
PARTNER = "Rameshbhai M. Salvi"
SON = "Nilesh R. Salvi"
STALL = "Stall 14, Crafts Bazaar, Rann Utsav, Dhordo, Kutch"
# the Rann Utsav's crafts bazaar at Dhordo, 12 to 21 December 2026 (stall 14)
UTSAV = dt.date(2026, 12, 12)
IFSC = {
    "Baroda Gujarat Gramin Bank": "BARB",
    "Bank of Baroda": "BARB",
    "State Bank of India": "SBIN",
    "Kotak Mahindra Bank": "KKBK",
    "IDFC FIRST Bank": "IDFB",
    "Canara Bank": "CNRB",
    "Axis Bank": "UTIB",
    "Federal Bank": "FDRL",
    "Indian Bank": "IDIB",
    "The Kalupur Commercial Co-operative Bank": "KCCB",
    "The Mehsana Urban Co-operative Bank": "MSNU",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Bank of India": "BKID",
    "Punjab National Bank": "PUNB",
}
SHORT_BANK = {
    "Baroda Gujarat Gramin Bank": "BGGB",
    "Bank of Baroda": "BoB",
    "State Bank of India": "SBI",
    "Kotak Mahindra Bank": "Kotak",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Axis Bank": "Axis",
    "Punjab National Bank": "PNB",
    "Bank of India": "BOI",
    "Canara Bank": "Canara",
}
# the house's weaving: name, HSN, price each (low, high); a double ikat saree takes two weavers six months
PIECES = [
    ("Patan patola saree, double ikat, Narikunj bhat", "5007", 165000, 260000),
    ("Patan patola saree, double ikat, Panchanda bhat", "5007", 170000, 280000),
    ("Patan patola saree, double ikat, Navratna bhat", "5007", 190000, 320000),
    ("Patola dupatta, Chhabdi bhat", "5007", 52000, 95000),
    ("Patola stole, Pan bhat", "5007", 22000, 42000),
    ("Patola rumal (kerchief), Chowkdi bhat", "5007", 6500, 12500),
    ("Framed patola panel, Fulvadi bhat", "5007", 18000, 36000),
    ("Patola silk tie, Chokdi bhat", "5007", 4800, 7800),
    ("Patola bookmark set of 3", "5007", 950, 1800),
    ("Patola-weave coasters, set of 4", "5007", 1400, 2600),
]
# the short names the showroom's roll prints
ROLL_NAMES = {
    "Patola bookmark set of 3": "Patola bookmarks (3)",
    "Patola-weave coasters, set of 4": "Patola coasters (4)",
}
CUSTOMERS = [
    "Mrs. Hetal Shah",
    "Mr. Jignesh Patel",
    "Dr. Priti Desai",
    "Mrs. Falguni Mehta",
    "Mr. Ketan Thakkar",
    "Ms. Aarti Joshi",
    "Mrs. Sejal Parikh",
]
# the house's tyers (who tie the warp and weft threads before each dyeing), dyers and weavers
HANDS = [
    "Jayaben Salvi",
    "Bhikhabhai Parmar",
    "Manjulaben Vankar",
    "Rakesh Salvi",
    "Dahyabhai Vankar",
    "Savitaben Parmar",
    "Hiral Salvi",
    "Kanubhai Solanki",
]
STAFF = ["Mitesh Prajapati", "Komal Rathod", "Vipul Dave"]


def pieces(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The house's weaving sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(PIECES) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = PIECES[i]
        q = rng.randrange(1, 4) if hi < 8000 else 1
        top_ = max(lo + 100, min(hi, int(high)))
        out.append((name, hsn, q, float(rng.randrange(lo, top_ + 1, 100))))
    return out


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the Utsav's), its UPI / card reference made again for that day."""
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


def gstin_of(rng: random.Random, state: str = "24", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def bare_words(value: float) -> str:
    """``value`` in words the Indian way without heldout82's "Rupees" before and "Only" after."""
    text = words_in_rupees(value)
    return text.removeprefix("Rupees ").removesuffix(" Only")


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


# ---------------------------------------------------------------- pages, pens, printers


def ext(p: Screen) -> dict:
    return p.style.setdefault(
        "h289",
        {"marks": {}, "stamps": [], "decor": [], "frame": None},
    )


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


# ---------------------------------------------------------------- Gujarati


def is_gu(ch: str) -> bool:
    return "\u0a80" <= ch <= "\u0aff"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Gujarati and of other letters: a space stays with the run it follows."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        g = is_gu(ch)
        if ch == " " and out:
            g = out[-1][0]
        if out and out[-1][0] == g:
            out[-1] = (g, out[-1][1] + ch)
        else:
            out.append((g, ch))
    return out


def gface(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return GUJ_SERIF_BOLD if bold else GUJ_SERIF
    return GUJ_BOLD if bold else GUJ


# Noto's Gujarati letters stand shorter than a Latin face's (no headline over them): set at this
# share of the size
GSCALE = 1.08


def _face(g: bool, latin: str, size: int, bold: bool, serif: bool):
    if g:
        return load_font(gface(bold, serif), int(size * GSCALE))
    return load_font(bold_of(latin) if bold else latin, size)


def gwidth(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    return sum(_face(g, latin, size, bold, serif).getlength(part) for g, part in runs(text))


def gok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for g, part in runs(text):
        face = gface(bold, serif) if g else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "")):
            return False
    return True


def draw_g(draw, xy, text: str, latin: str, size: int, fill_, *, bold: bool = False, serif: bool = False):
    """A line of Gujarati and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for g, part in runs(text):
        face = _face(g, latin, size, bold, serif)
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def gline(
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
    """A line in Gujarati (a name over its English, a heading, a greeting, a sentence), its Latin runs and
    figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert gok(text, p.font, bold=bold, serif=serif), text
    assert gwidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t89gl", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def gwrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Gujarati sentence set left in as many lines as it needs (the facts on its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and gwidth(f"{line} {word}", p.font, size) > room:
            gline(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    gline(p, line, scale=scale, align="l", **(facts if first else {}))


def gfield(p: Screen, gu: str, en: str, value: str, *, pen: bool = False, at: float = 0.0, **facts) -> None:
    """A form's field: its label small in Gujarati and English with a middle dot between them, the value
    under it on a hairline (printed, or written by hand where ``pen``), from ``at`` of the room; two lines
    high."""
    size = p.style["size"]
    label = f"{gu} \u00b7 {en}"
    assert gok(label, p.font), label
    assert gwidth(label, p.font, int(size * 0.84)) <= (1 - at) * room_of(p), label
    vfont = hand_pen(p) if pen else bold_of(p.font)
    assert glyphs(vfont, value), value
    assert load_font(vfont, int(size * (1.1 if pen else 1.0))).getlength(value) <= (1 - at) * room_of(p) - 8
    put(p, "t89gf", label, value, mark_=[pen, at], **facts)
    p.add("gap")


def ghand(p: Screen, text: str, *, figure: str = "", align: str = "l", scale: float = 1.4, **facts) -> None:
    """A line written by hand in Gujarati: Noto Serif Gujarati for its letters and an upright Latin face for
    its figures, slanted as a hand slants it, in the page's ink; ``figure`` written at the right end of the
    line (a sum in a chit's column)."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert gok(text + figure, HAND_LATIN, serif=True), text
    need = gwidth(text, HAND_LATIN, size, serif=True) + size * 0.4
    if figure:
        need += gwidth(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t89gh", text, figure, mark_=[align, scale], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def patola_mark(p: Screen) -> None:
    """A patola's motif as a letterhead's emblem: three lozenges in a row on the ground's square, each
    holding a four-petalled flower, every edge feathered as a double ikat's edges are (the warp's and the
    weft's dyed threads never meeting exactly); centred, three lines high."""
    put(p, "t89pm", "", mark_=[list(p.rng.choice(GROUNDS)), p.rng.randrange(10**6)])
    p.add("gap")
    p.add("gap")


def patola_band(p: Screen) -> None:
    """A patola's border as a divider across the page: peepal leaves (pan bhat) pointing up and down in
    turn between two rows of dots, their edges feathered; one line high."""
    put(p, "t89pb", "", mark_=[list(p.rng.choice(GROUNDS)), p.rng.randrange(10**6)])


def note(p: Screen, text: str, tone: str = "info") -> None:
    """heldout287's notice box, a line clear of the row above it."""
    if p.rows and p.rows[-1][0] != "gap":
        p.add("gap")
    notice(p, text, tone)


def chip(p: Screen, text: str, tone: str, **facts) -> None:
    """An outcome as a centred capsule in a pale tint of its colour, a dot at its left and the words in its
    colour."""
    face = load_font(bold_of(p.font), int(p.style["size"] * 0.86))
    assert glyphs(bold_of(p.font), text) and face.getlength(text) + 60 <= room_of(p), text
    put(p, "t89chip", text, mark_=[tone], **facts)


def steps(p: Screen, labels: list[str], reached: int, status: str) -> None:
    """A payment's progress across the page: a dot for each stage on a line, the stages reached filled and
    ticked, the next one a ring (amber where the payment waits, a red cross where it stopped); each stage's
    name small under its dot; two lines high."""
    face = load_font(p.font, int(p.style["size"] * 0.7))
    each = room_of(p) / len(labels)
    for label in labels:
        assert glyphs(p.font, label) and face.getlength(label) <= each - 6, label
    put(p, "t89st", *labels, mark_=[reached, status])
    p.add("gap")


def revenue(p: Screen) -> None:
    """A one-rupee revenue stamp stuck at the right over the rows it leaves room for (a receipt over five
    thousand rupees is signed across one): its perforated edge, REVENUE over the lions and INDIA, its value
    under them; the signature of the ``sig`` that follows drawn across its foot."""
    ext(p)["stamps"].append([len(p.rows), p.rng.choice([(236, 196, 206), (204, 226, 200), (214, 206, 236)])])
    for _ in range(2):
        p.add("gap")


def watermark(p: Screen, text: str) -> None:
    """A word across the page in large pale letters, tilted (a PAID mark an invoice program prints)."""
    ext(p)["decor"].append(["mark", text, p.rng.uniform(18, 30)])


def spiral(p: Screen) -> None:
    """A spiral-bound notebook's page: its row of punched holes and the wire's loops along the top, faint
    ruled lines across it."""
    ext(p)["decor"].append(["spiral", "", 0])


def naksha(p: Screen) -> None:
    """A patola's design drawn on graph paper (its naksha): the page's faint green squares, and in the rows
    it leaves room for at the right a patch of the motif coloured square by square."""
    ext(p)["decor"].append(["naksha", len(p.rows), p.rng.randrange(10**6)])
    for _ in range(4):
        p.add("gap")


def carbon(p: Screen) -> None:
    """A carbon copy from a bill book: the print in black, what was written in the carbon's violet-blue, a
    faint smudge of carbon over the sheet."""
    x = h271.ext(p)
    x["pen_ink"] = [58, 52, 150]
    x["pen"] = "dejavu/DejaVuSans-Oblique.ttf"
    ext(p)["decor"].append(["carbon", "", p.rng.randrange(10**6)])


def clipboard(p: Screen) -> None:
    """The page photographed clipped to a hardboard clipboard: the board round it and the steel clip over its
    top edge."""
    ext(p)["frame"] = ["clip", p.rng.randrange(10**6)]


def shade_pull(p: Screen) -> None:
    """A phone's notification shade pulled down: a row of round quick-setting toggles at its top."""
    put(p, "t89qs", "", mark_=[p.rng.randrange(10**6)])
    p.add("gap")


# ---------------------------------------------------------------- drawing


def _feather(draw, x0: float, x1: float, y: float, colour, srng: random.Random, h: int = 2) -> None:
    """One scanline of a dyed patch, its two ends wandering a pick or two as an ikat's edge does."""
    a = x0 + srng.uniform(-1.6, 1.6)
    b = x1 + srng.uniform(-1.6, 1.6)
    if b > a:
        draw.rectangle((a, y, b, y + h - 1), fill=colour)


def _lozenge(draw, cx: float, cy: float, a: float, b: float, colour, srng: random.Random) -> None:
    y = cy - b
    while y <= cy + b:
        half = a * (1 - abs(y - cy) / b)
        _feather(draw, cx - half, cx + half, y, colour, srng)
        y += 2


def _emblem(draw, cx: float, cy: float, s: float, ground, seed: int) -> None:
    """Three feathered lozenges on a square of the ground, a flower of four petals in each."""
    srng = random.Random(seed)
    w, h = s * 3.3, s * 1.25
    draw.rectangle((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), fill=ground)
    y = cy - h / 2 + 3
    while y < cy + h / 2 - 3:
        for xx in (cx - w / 2 + 3, cx + w / 2 - 6):
            _feather(draw, xx, xx + 3, y, MOTIF[0], srng)
        y += 2
    for n in range(3):
        lx = cx + (n - 1) * s * 1.05
        _lozenge(draw, lx, cy, s * 0.5, h * 0.44, MOTIF[0] if n != 1 else MOTIF[1], srng)
        _lozenge(draw, lx, cy, s * 0.36, h * 0.31, ground, srng)
        for dx, dy in ((0, -1), (0, 1), (-1, 0), (1, 0)):
            px, py = lx + dx * s * 0.13, cy + dy * h * 0.11
            _lozenge(draw, px, py, s * 0.07, h * 0.07, MOTIF[1] if n != 1 else MOTIF[3], srng)
        draw.rectangle((lx - 1, cy - 1, lx + 2, cy + 2), fill=MOTIF[2])


def _leafband(draw, x0: float, x1: float, y0: float, y1: float, ground, seed: int) -> None:
    """Peepal leaves up and down in turn between two rows of dots, on the ground, feathered."""
    srng = random.Random(seed)
    draw.rectangle((x0, y0, x1, y1), fill=ground)
    for yy in (y0 + 3, y1 - 5):
        xx = x0 + 4
        while xx < x1 - 4:
            draw.rectangle((xx, yy, xx + 2, yy + 2), fill=MOTIF[1])
            xx += 7
    h = y1 - y0 - 12
    xx, n = x0 + 10, 0
    while xx + 16 <= x1 - 6:
        colour = MOTIF[0] if n % 3 != 2 else MOTIF[3]
        up = n % 2 == 0
        for step_ in range(0, int(h), 2):
            t = step_ / h
            # a leaf's outline: a point at the tip, round at the shoulders, a notch at the stalk
            k = math.sin(math.pi * min(1.0, t * 1.15)) ** 0.8
            half = 8 * k
            yy = (y0 + 6 + step_) if up else (y1 - 6 - step_)
            _feather(draw, xx + 8 - half, xx + 8 + half, yy, colour, srng)
        xx += 22
        n += 1


def _revenue(page: Image.Image, x0: float, y0: float, colour) -> Image.Image:
    """A one-rupee revenue stamp multiplied into the page, so a signature drawn across it stays dark."""
    layer = Image.new("RGB", page.size, (255, 255, 255))
    draw = ImageDraw.Draw(layer)
    w, h = 60, 72
    draw.rectangle((x0, y0, x0 + w, y0 + h), fill=colour)
    edge = tuple(max(0, c - 90) for c in colour)
    draw.rectangle((x0 + 5, y0 + 5, x0 + w - 5, y0 + h - 5), outline=edge, width=1)
    for t in range(0, w + 1, 6):
        for yy in (y0, y0 + h):
            draw.ellipse((x0 + t - 2, yy - 2, x0 + t + 2, yy + 2), fill=(255, 255, 255))
    for t in range(0, h + 1, 6):
        for xx in (x0, x0 + w):
            draw.ellipse((xx - 2, y0 + t - 2, xx + 2, y0 + t + 2), fill=(255, 255, 255))
    small = load_font("dejavu/DejaVuSans-Bold.ttf", 9)
    draw.text((x0 + w / 2, y0 + 13), "REVENUE", font=small, fill=edge, anchor="mm")
    cx, cy = x0 + w / 2, y0 + 34
    draw.ellipse((cx - 9, cy - 11, cx + 9, cy + 9), outline=edge, width=2)
    draw.line((cx - 5, cy + 9, cx + 5, cy + 9), fill=edge, width=2)
    draw.text((x0 + w / 2, y0 + 51), "INDIA", font=small, fill=edge, anchor="mm")
    draw.text((x0 + w / 2, y0 + 62), "Re. 1", font=small, fill=edge, anchor="mm")
    return ImageChops.multiply(page, layer)


def _naksha(page: Image.Image, x0: float, y0: float, seed: int) -> None:
    srng = random.Random(seed)
    draw = ImageDraw.Draw(page)
    cell, n = 8, 11
    c = n // 2
    colours = [srng.choice(GROUNDS), MOTIF[0], MOTIF[1], MOTIF[3], MOTIF[2]]
    for i in range(n):
        for j in range(n):
            d = abs(i - c) + abs(j - c)
            colour = colours[d % len(colours)] if d <= c else colours[0]
            draw.rectangle(
                (x0 + j * cell, y0 + i * cell, x0 + (j + 1) * cell - 1, y0 + (i + 1) * cell - 1), fill=colour
            )
    draw.rectangle((x0 - 1, y0 - 1, x0 + n * cell, y0 + n * cell), outline=(60, 110, 70), width=1)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout287's ``_render`` (heldout279's, 277's, 275's, 273's, 271's, 269's and heldout14's beneath it),
    then this set's rows and marks: Gujarati lines, fields and hand; a patola's emblem and border, an
    outcome's capsule, a payment's stages, a notification shade's toggles; a revenue stamp, a PAID mark, a
    notebook's spiral, a naksha's graph paper and motif, a carbon copy's smudges."""
    page = h287._render(rows, font, style)
    x = style.get("h289")
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
    w, h = page.size
    decor = {d[0]: d for d in x["decor"]}
    # under the print: tints multiplied in, so what is drawn stays dark
    if decor:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        if "naksha" in decor:
            for xx in range(6, w, 12):
                ld.line((xx, 0, xx, h), fill=(214, 236, 218) if (xx - 6) % 60 else (188, 222, 196), width=1)
            for yy in range(6, h, 12):
                ld.line((0, yy, w, yy), fill=(214, 236, 218) if (yy - 6) % 60 else (188, 222, 196), width=1)
        if "mark" in decor:
            _, text, angle = decor["mark"]
            big = load_font(bold_of(font), int(size * 5.2))
            tw = int(big.getlength(text)) + 20
            mark_ = Image.new("L", (tw, int(size * 6.4)), 0)
            ImageDraw.Draw(mark_).text((10, 0), text, font=big, fill=255)
            mark_ = mark_.rotate(angle, resample=Image.BICUBIC, expand=True)
            tinted = Image.new("RGB", mark_.size, h269._tint(GREEN, (255, 255, 255), 0.16))
            layer.paste(tinted, (int((w - mark_.width) / 2), int((h - mark_.height) / 2)), mark_)
        if "carbon" in decor:
            srng = random.Random(decor["carbon"][2])
            for _ in range(3):
                cx, cy = srng.uniform(0, w), srng.uniform(0, h)
                r = srng.uniform(40, 110)
                ld.ellipse((cx - r, cy - r * 0.5, cx + r, cy + r * 0.5), fill=(242, 242, 248))
        layer = layer.filter(ImageFilter.GaussianBlur(0.6)) if "carbon" in decor else layer
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    if "spiral" in decor:
        for xx in range(26, w - 16, 30):
            draw.ellipse((xx - 5, 12, xx + 5, 22), fill=(70, 70, 74))
            draw.arc((xx - 7, -10, xx + 7, 18), 200, 340, fill=(160, 160, 168), width=3)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t89"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t89gl":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = gwidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_g(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t89gf":
            by_pen, at = m
            x0 = MARGIN + at * room
            draw_g(draw, (x0, y - size * 0.08), r[1], font, int(size * 0.84), soft)
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.1))
                draw.text((x0 + 10, y + line * 0.72), r[2], font=vface, fill=pen_ink)
            else:
                draw.text((x0, y + line * 0.86), r[2], font=load_font(bold_of(font), size), fill=ink)
            draw.line(
                (x0, top_y + 2 * line - 3, width - MARGIN, top_y + 2 * line - 3),
                fill=h269._tint(soft, paper_, 0.45),
                width=1,
            )
        elif name == "t89gh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = gwidth(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.8)
                layer = Image.new("L", (lw, lh), 0)
                draw_g(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.16, -0.16 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                page.paste(Image.new("RGB", layer.size, pen_ink), (int(tx), int(y - lh * 0.32)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t89pm":
            ground, seed = m
            _emblem(draw, width / 2, top_y + line * 1.5, line * 1.7, tuple(ground), seed)
        elif name == "t89pb":
            ground, seed = m
            _leafband(
                draw, MARGIN, width - MARGIN, top_y + line * 0.08, bot_y - line * 0.08, tuple(ground), seed
            )
        elif name == "t89chip":
            (status,) = m
            colour = TONE[status]
            face = load_font(bold_of(font), int(size * 0.86))
            tw = face.getlength(r[1])
            cx, cy = width / 2, top_y + line / 2
            half = tw / 2 + 26
            draw.rounded_rectangle(
                (cx - half, cy - line * 0.44, cx + half, cy + line * 0.44),
                radius=int(line * 0.44),
                fill=h269._tint(colour, paper_, 0.16),
                outline=h269._tint(colour, paper_, 0.5),
            )
            draw.ellipse((cx - half + 10, cy - 5, cx - half + 20, cy + 5), fill=colour)
            draw.text((cx + 8, cy), r[1], font=face, fill=colour, anchor="mm")
        elif name == "t89st":
            reached, status = m
            labels = r[1:]
            each = room / len(labels)
            cy = top_y + line * 0.5
            xs = [MARGIN + each * (n_ + 0.5) for n_ in range(len(labels))]
            grey = h269._tint(soft, paper_, 0.35)
            draw.line((xs[0], cy, xs[-1], cy), fill=grey, width=3)
            if reached > 0:
                draw.line((xs[0], cy, xs[min(reached, len(xs)) - 1], cy), fill=GREEN, width=3)
            small = load_font(font, int(size * 0.7))
            for n_, (cx, label) in enumerate(zip(xs, labels)):
                if n_ < reached:
                    draw.ellipse((cx - 10, cy - 10, cx + 10, cy + 10), fill=GREEN)
                    draw.line((cx - 5, cy, cx - 1, cy + 4, cx + 5, cy - 4), fill=(255, 255, 255), width=2)
                elif n_ == reached and status == "failed":
                    draw.ellipse((cx - 10, cy - 10, cx + 10, cy + 10), fill=RED)
                    draw.line((cx - 4, cy - 4, cx + 4, cy + 4), fill=(255, 255, 255), width=2)
                    draw.line((cx - 4, cy + 4, cx + 4, cy - 4), fill=(255, 255, 255), width=2)
                elif n_ == reached:
                    draw.ellipse((cx - 10, cy - 10, cx + 10, cy + 10), fill=paper_, outline=AMBER, width=3)
                    draw.ellipse((cx - 3, cy - 3, cx + 3, cy + 3), fill=AMBER)
                else:
                    draw.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), fill=paper_, outline=grey, width=2)
                draw.text((cx, cy + line * 0.62), label, font=small, fill=soft, anchor="mt")
        elif name == "t89qs":
            (seed,) = m
            srng = random.Random(seed)
            n_ = 6
            each = room / n_
            for k in range(n_):
                cx, cy = MARGIN + each * (k + 0.5), top_y + line * 0.9
                on = srng.random() < 0.5
                fill_ = h269._tint(accent, paper_, 0.55) if on else h269._tint(soft, paper_, 0.18)
                draw.ellipse((cx - 22, cy - 22, cx + 22, cy + 22), fill=fill_)
                glyph = (255, 255, 255) if on else soft
                if k == 0:
                    for rr in (12, 7):
                        draw.arc((cx - rr, cy - rr + 5, cx + rr, cy + rr + 5), 220, 320, fill=glyph, width=2)
                elif k == 1:
                    draw.rectangle((cx - 3, cy - 10, cx + 3, cy + 10), outline=glyph, width=2)
                elif k == 2:
                    draw.polygon([(cx - 8, cy + 8), (cx + 8, cy + 8), (cx + 8, cy - 8)], outline=glyph)
                elif k == 3:
                    draw.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), outline=glyph, width=2)
                    draw.line((cx, cy - 12, cx, cy - 4), fill=glyph, width=2)
                elif k == 4:
                    draw.line(
                        (
                            cx - 6,
                            cy - 8,
                            cx + 6,
                            cy + 6,
                            cx,
                            cy + 11,
                            cx,
                            cy - 11,
                            cx + 6,
                            cy - 6,
                            cx - 6,
                            cy + 8,
                        ),
                        fill=glyph,
                        width=2,
                    )
                else:
                    draw.arc((cx - 9, cy - 9, cx + 9, cy + 9), 60, 330, fill=glyph, width=2)
    for start, colour in x["stamps"]:
        if start < len(tops):
            page = _revenue(page, width - MARGIN - 120, tops[start] - lift + 6, colour)
            draw = ImageDraw.Draw(page)
    if "naksha" in decor:
        start = decor["naksha"][1]
        if start < len(tops):
            _naksha(page, width - MARGIN - 96, tops[start] - lift + 4, decor["naksha"][2])
    return page


def _clipboard(image: Image.Image, seed: int) -> Image.Image:
    """The page on a hardboard clipboard, the steel clip over its top edge."""
    srng = random.Random(seed)
    w, h = image.size
    pad, head = 34, 58
    board = (152, 108, 66) if srng.random() < 0.6 else (120, 86, 56)
    base = Image.new("RGB", (w + 2 * pad, h + pad + head), (70, 66, 60))
    bd = ImageDraw.Draw(base)
    bd.rounded_rectangle((2, 2, base.width - 3, base.height - 3), radius=18, fill=board)
    for y in range(6, base.height - 6, 5):
        shade = tuple(max(0, c - srng.randrange(0, 14)) for c in board)
        bd.line((8, y, base.width - 9, y), fill=shade, width=1)
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 4, head + 5, pad + w + 4, head + h + 5), fill=110)
    shadow = shadow.filter(ImageFilter.GaussianBlur(5))
    base = Image.composite(Image.new("RGB", base.size, (40, 30, 20)), base, shadow)
    base.paste(image, (pad, head))
    bd = ImageDraw.Draw(base)
    cx = base.width / 2
    bd.rounded_rectangle((cx - 84, head - 30, cx + 84, head + 14), radius=8, fill=(176, 178, 184))
    bd.rounded_rectangle((cx - 84, head - 30, cx + 84, head + 14), radius=8, outline=(110, 112, 118), width=2)
    bd.rounded_rectangle(
        (cx - 40, head - 44, cx + 40, head - 22), radius=10, outline=(120, 122, 128), width=5
    )
    bd.line((cx - 70, head + 4, cx + 70, head + 4), fill=(214, 216, 222), width=2)
    return base


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout287's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, and the clipboard a page is photographed on."""
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
    f = (style.get("h289") or {}).get("frame")
    if f and f[0] == "clip":
        image = _clipboard(image, f[1])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    h287.check_faces()
    for face in [
        GUJ,
        GUJ_BOLD,
        GUJ_SERIF,
        GUJ_SERIF_BOLD,
        HAND_LATIN,
        *PENS,
        *TYPES,
        "dejavu/DejaVuSans-Bold.ttf",
        "dejavu/DejaVuSans-Oblique.ttf",
    ]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout289 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the house's own app


PAYEES = [HOUSE_CAPS, HOUSE, CUT, "M K SALVI AND SONS"]
VPAS = [
    "salvipatolaghar@barodampay",
    "salvipatola.patan@okicici",
    "Q518204736@ybl",
    "mksalvisons@kotak",
    "bharatpe.8x0k2m5v9q@fbpe",
]
BUYERS = [
    ("Hetal Shah", "hetal.shah@okhdfcbank", "HDFC Bank"),
    ("Jignesh Patel", "jigneshp@oksbi", "State Bank of India"),
    ("Priti Desai", "pritidesai@ybl", "Bank of Baroda"),
    ("Falguni Mehta", "falgunim@okicici", "ICICI Bank"),
    ("Ketan Thakkar", "ketan.t@axl", "Axis Bank"),
    ("Aarti Joshi", "aartij@ibl", "Punjab National Bank"),
    ("Sejal Parikh", "sejalp@kotak", "Kotak Mahindra Bank"),
    ("Bhavin Modi", "bhavinmodi@okaxis", "Bank of India"),
]
NOTES = [
    "patola rumal",
    "dupatta advance",
    "bookmarks x3",
    "stole, Pan bhat",
    "saree booking",
    "coasters",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Salvi Patola Ghar or the firm: Google Pay's Completed capsule under the sum ("To" and
    "From" on hairline rows; copyable UPI transaction ID and Google transaction ID; the day and hour);
    MobiKwik's Payment Successful over the payment's stages (Paid, Bank confirmed, Credited) ("Paid to" over
    the payee; each value over its label: UPI Ref. No., MobiKwik Txn ID, Date, Paid via); ICICI's iMobile Pay
    with the payment failed (a Transaction Failed capsule, the reason in a notice; labels against a gutter:
    Payee Name, Amount, Bank Reference No., Transaction Date, Account); super.money's dark "payment done" ("to
    <payee>"; a cashback card with its own sum; copyable UPI ref no and super txn id, paid on); Jupiter's
    "<sum> sent to <payee>" ("Today, <hour>"; tiles: UPI Ref No, Paid from; no day); HDFC Bank's PayZapp with
    the payment processing (a capsule over its stages: Initiated, Bank processing, Credited; Merchant Name,
    Amount, UPI Ref No, Date & Time in dot leaders; a warning's notice); Kotak811's share card (the sum, "paid
    successfully to <payee>", "on <day>"; no reference); BharatPe for Business on the house's phone (the house
    under the app, a Payment received capsule, "from <buyer>"; tiles: UPI Ref No., BharatPe Txn ID; Received
    on, Settlement to on hairline rows). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=900, high=95000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share screenshot",))
        app_head(p, "Google Pay", "UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        chip(p, "Completed", status, status=status)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        name = pick(p, "pair", [to, HOUSE])
        kvr(p, "To", name, merchant=name)
        kvr(p, "From", f"{who} ({sb} {dot * 4} {digits(rng, 4)})", method="UPI")
        p.add("gap")
        gid = f"CICAgO{code(rng, 14, MIXED)}"
        copyrow(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        copyrow(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
        p.add("small", "Powered by UPI  |  Google Pay")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 84, 166))
        app_head(p, "MobiKwik", "UPI")
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        steps(p, ["Paid", "Bank confirmed", "Credited"], 3, status)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, HOUSE])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("rule")
        mid = f"MBK{digits(rng, 15)}"
        vlab(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "MobiKwik Txn ID", mid, bold=False, txn=(TXN_RANK, mid))
        vlab(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), bold=False, date=j.date)
        vlab(p, "Paid via", f"UPI - {sb} XX{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry",))
        band(p, (174, 40, 30))
        app_head(p, "iMobile Pay", "ICICI Bank  |  UPI")
        chip(p, "Transaction Failed", status, status=status)
        p.add("gap")
        note(
            p,
            "Transaction declined by the beneficiary's bank (U30). Any amount debited will be refunded to "
            "your account within 5 working days.",
            "error",
        )
        name = vname(p, [to, HOUSE])
        gutter(p, "imf", "Payee Name", name, at=0.4, merchant=name)
        gutter(p, "imf", "Amount", rs(j.amount), at=0.4, amount=j.amount)
        gutter(p, "imf", "Bank Reference No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        gutter(
            p,
            "imf",
            "Transaction Date",
            at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)),
            at=0.4,
            date=j.date,
        )
        gutter(p, "imf", "Account", f"ICICI XX{digits(rng, 4)} (UPI)", at=0.4, method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "payment"], dark=True, buttons=("done",))
        app_head(p, "super.money", "UPI")
        tile(p, status)
        p.add("center", "payment done", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {HOUSE}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        c = card_open(p)
        back = float(rng.choice([7, 12, 15, 21, 25]))
        p.add("center", f"you won {rs(back)} cashback!")
        p.add("small", "credited to your super.money balance")
        card_close(p, c, tint=False)
        p.add("gap")
        sid = f"SM{digits(rng, 16)}"
        copyrow(p, "upi ref no", j.ref, txn=(UTR_RANK, j.ref))
        copyrow(p, "super txn id", sid, txn=(TXN_RANK, sid))
        kvr(p, "paid on", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)).lower(), date=j.date)
        kvr(p, "paid via", f"UPI {dot} {sb} {digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (234, 92, 60))
        app_head(p, "Jupiter", "Money sent")
        tile(p, status)
        name = pick(p, "center", [to, HOUSE])
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "sent to", status=status)
        p.add("center", name, merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        tiles2(
            p,
            ("UPI Ref No", j.ref),
            ("Paid from", f"Federal Bank {dot * 2}{digits(rng, 4)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        vlab(p, "Note", rng.choice(NOTES), bold=False)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, (0, 56, 130))
        app_head(p, "PayZapp", "HDFC Bank")
        chip(p, "Payment Processing", status, status=status)
        steps(p, ["Initiated", "Bank processing", "Credited"], 1, status)
        name = vname(p, [to, HOUSE], bold=False)
        dots(p, "Merchant Name", name, at=0.42, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.42, bold=True, amount=j.amount)
        dots(p, "UPI Ref No", j.ref, at=0.42, txn=(UTR_RANK, j.ref))
        dots(p, "Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.42, date=j.date)
        dots(p, "Payment Mode", "UPI", at=0.42, method="UPI")
        p.add("gap")
        note(
            p,
            "Your bank is yet to confirm this payment. Please do not pay again; we will notify you once it "
            "is complete.",
            "warn",
        )
        return p.done()
    if k == 6:
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (250, 244, 246)
        p.part = "head"
        p.add("title", "kotak811")
        p.part = "body"
        tile(p, status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "paid successfully to", status=status)
        name = pick(p, "center", [to, HOUSE])
        p.add("center", name, merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %B %Y', '%d %b %Y']))}", date=j.date)
        p.add("gap")
        p.add("small", "Paid via UPI with Kotak811", method="UPI")
        p.add("small", "Scan any QR. Pay with Kotak811.")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (0, 150, 136))
    app_head(p, "BharatPe for Business", "Payments")
    name = pick(p, "center", [HOUSE_CAPS, HOUSE])
    p.add("center", name, merchant=name)
    p.add("small", "Salvivad, Patan")
    p.add("gap")
    p.add("big", rs(j.amount), amount=j.amount)
    chip(p, "Payment received", status, status=status)
    p.add("small", f"from {who} ({their})")
    p.add("rule")
    bid = f"BP{j.date:%y%m%d}{digits(rng, 10)}"
    tiles2(p, ("UPI Ref No.", j.ref), ("BharatPe Txn ID", bid), txn=(UTR_RANK, j.ref), method="UPI")
    kvr(p, "Received on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
    kvr(p, "Settlement to", f"BGGB XX{digits(rng, 4)}  |  next day")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


GSHDC = "Gujarat State Handicrafts Development Corporation Ltd."
VASTRAKALA = "Vastrakala Sarees Pvt. Ltd."
SAYAJI = "Hotel Sayaji Vilas"
VIRASAT = "Virasat Museum Store"
LAXMI = "SHREE LAXMI SAREE EMPORIUM"
RANGOLI = "Rangoli Designer Studio"
TRUST = "Shree Sayaji Vidyamandir Trust"
TRUST_GU = "શ્રી સયાજી વિદ્યામંદિર ટ્રસ્ટ"


def bills_of(rng: random.Random, j: Job, n: int, prefix: str) -> list[tuple[str, dt.date, float]]:
    """The house's bills one payment settles: number, day (before the payment), sum; they add up to it."""
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
    """Payers' advices of what they paid the house: Garvi Gurjari's (the Gujarat State Handicrafts Development
    Corporation's) VENDOR PAYMENT ADVICE (Advice No. beside Date; Vendor Code, Vendor Name, Bank A/c, IFSC
    against a gutter; a table ruled on every side Bill No. | Bill Date | Bill Amount | TDS 2% | Net Paid with
    its total; "The net amount of Rs. x has been paid to your account by NEFT, UTR ..., on <day>."); a Mumbai
    saree house's PAYMENTS MADE from Zoho Books (Payment#, Payment Date, Reference Number, Paid To, Payment
    Mode, Paid Through, Amount Paid In Words in columns; the Amount Paid in a box; Payment for: a striped
    table of its bills); PFMS' payment status for the Development Commissioner (Handlooms) (a Pending at bank
    capsule; a striped table of Agency / Vendor, Scheme, Amount, Payment mode, PFMS Transaction ID, Initiated
    on, Status); a Vadodara hotel's Remittance Advice mailed from Dynamics 365 Business Central (Vendor No.,
    Pay-to Name, Document No., Payment Date, Payment Method, Bank Reference in columns; External Document No.
    | Document Date | Amount | Amount Paid on hairline rows; Total Amount Paid); ICICI Bank's Corporate
    Internet Banking with the NEFT rejected (a Rejected capsule; Transaction Reference No., UTR, Debit
    Account, Beneficiary Name, Beneficiary Account, Amount, Payment Type, Value Date, Reason in dot leaders);
    a Surat saree house's PAYMENT VOUCHER printed from Busy in its fixed-width face (Vch No. and Date,
    Account, Cash/Bank, Amount, Narration "Paid by RTGS, UTR ...", the sum in words, three signatures); an
    Ahmedabad studio's Payment Out in myBillBook (Payment Out #, Party Name, Amount Paid, Payment Mode, UPI
    Ref. No., "Today, <hour>", Notes; no day); a Vadodara school trust's PAYMENT VOUCHER from its pad under
    its Gujarati name (No. left blank; each field's label small in Gujarati and English over the value written
    by hand: તારીખ · Date, મેળવનાર · Paid to, વિગત · Towards, રકમ · Amount; "રોકડા ચૂકવ્યા" (paid in cash) in
    a Gujarati hand; no reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=6000, high=480000)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR"))
    me = rng.choice([FIRM, FIRM_CAPS])
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [GSHDC, "Gujarat State Handicrafts Dev. Corpn. Ltd."]))
        p.add("small", "(Garvi Gurjari)  |  Block No. 18, Udyog Bhavan, Sector 11, Gandhinagar - 382011")
        p.add("rule")
        p.part = "body"
        p.add("center", "VENDOR PAYMENT ADVICE")
        adv = f"GSHDC/PA/{fy(j.date)}/{rng.randrange(100, 999):04d}"
        cols(
            p,
            "gh",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Advice No. {adv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, adv),
            date=j.date,
        )
        p.add("gap")
        name = vname(p, [me, CUT], bold=False)
        gutter(p, "gv", "Vendor Code", f"V-{rng.randrange(1000, 9999)}", at=0.3)
        gutter(p, "gv", "Vendor Name", name, at=0.3, merchant=name)
        gutter(p, "gv", "Bank A/c", f"Baroda Gujarat Gramin Bank XXXXXX{digits(rng, 4)}", at=0.3)
        gutter(p, "gv", "IFSC", f"BARB0BGGBXX ({rng.choice(['Patan', 'Patan Main'])})", at=0.3)
        p.add("gap")
        bills = bills_of(rng, j, rng.randrange(1, 3), "SPG")
        rows_ = []
        for no, day, net in bills:
            g = round(net / 0.98, 2)
            rows_.append(([no, when(day, "%d/%m/%Y"), num(g), num(round(g - net, 2)), num(net)], {}))
        grid(
            p,
            "gb",
            [(0.0, 0.26, "l"), (0.26, 0.44, "c"), (0.44, 0.62, "r"), (0.62, 0.78, "r"), (0.78, 1.0, "r")],
            ["Bill No.", "Bill Date", "Bill Amount", "TDS 2%", "Net Paid"],
            rows_,
            foot=(["Total", num(j.amount)], {}),
            tint=(236, 226, 210),
        )
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        for n_, text in enumerate(
            lines_of(
                p,
                f"The net amount of {rs(j.amount)} has been paid to your account by NEFT, UTR {utr}, on "
                f"{day_in(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}.",
            )
        ):
            facts = (
                {"amount": j.amount, "method": "netbanking", "status": status, "txn": (UTR_RANK, utr)}
                if n_ == 0
                else {}
            )
            p.add("left", text, **facts)
        p.add("gap")
        sig(p)
        p.add("right", "Accounts Officer")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, VASTRAKALA)
        p.add("small", "Ranade Road, Dadar (W), Mumbai - 400028  |  GSTIN 27AACCV4417K1Z8")
        p.add("rule")
        p.part = "body"
        p.add("center", "PAYMENTS MADE")
        p.add("gap")
        pno = str(rng.randrange(40, 900))
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = vname(p, [me, CUT], bold=False)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "zb", spec, "Payment#", pno, txn=(INVOICE_RANK, pno))
        colkv(p, "zb", spec, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        colkv(p, "zb", spec, "Reference Number", utr, txn=(UTR_RANK, utr))
        colkv(p, "zb", spec, "Paid To", name, merchant=name)
        colkv(p, "zb", spec, "Payment Mode", "Bank Transfer", method="netbanking", status=status)
        colkv(p, "zb", spec, "Paid Through", "HDFC Bank Current Account")
        colkv(p, "zb", spec, "Amount Paid In Words", f"Indian Rupee {bare_words(j.amount)}")
        p.add("gap")
        amtbox(p, "Amount Paid", rs(j.amount), by_hand=False, at=0.45, amount=j.amount)
        p.add("gap")
        p.add("left", "Payment for")
        bills = bills_of(rng, j, rng.randrange(1, 3), "SPG")
        zebra(
            p,
            "zt",
            [(0.0, 0.3, "l"), (0.3, 0.52, "c"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
            ["Bill Number", "Bill Date", "Bill Amount", "Payment Amount"],
            [([no, when(day, "%d/%m/%Y"), num(v), num(v)], {}) for no, day, v in bills],
            (60, 90, 150),
        )
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "pfms.nic.in/Payments/PaymentStatus.aspx")
        p.part = "head"
        top(p, "PFMS")
        p.add("small", "Public Financial Management System  |  Controller General of Accounts")
        p.add("rule")
        p.part = "body"
        p.add("left", "Office of the Development Commissioner (Handlooms), Ministry of Textiles")
        chip(p, "Pending at bank", status, status=status)
        p.add("gap")
        pid = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        name = vname(p, [me, CUT], bold=False)
        zebra(
            p,
            "pf",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            ["Field", "Details"],
            [
                (["Agency / Vendor", name], {"merchant": name}),
                (["Scheme", "National Handloom Development Programme"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment mode", "e-Payment (NEFT)"], {"method": "netbanking"}),
                (["PFMS Transaction ID", pid], {"txn": (TXN_RANK, pid)}),
                (["Initiated on", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Status", "Sent to bank, credit awaited"], {}),
            ],
            (30, 70, 130),
        )
        p.add("small", "The status is updated when the bank confirms the credit.")
        return p.done()
    if k == 3:
        p = mail_page(rng, font, f"{SAYAJI} Accounts <accounts@sayajivilas.com>", ["Remittance Advice"])
        p.part = "head"
        top(p, SAYAJI)
        p.add("small", "Race Course Circle, Vadodara - 390007")
        p.add("rule")
        p.part = "body"
        p.add("center", "Remittance Advice")
        doc = f"PMT-{rng.randrange(1000, 9999):06d}"
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        name = vname(p, [me, CUT], bold=False)
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "bc", spec, "Vendor No.", f"V{rng.randrange(10000, 99999)}")
        colkv(p, "bc", spec, "Pay-to Name", name, merchant=name)
        colkv(p, "bc", spec, "Document No.", doc, txn=(INVOICE_RANK, doc))
        colkv(p, "bc", spec, "Payment Date", day_in(j, rng, ["%d-%m-%Y", "%d %B %Y"]), date=j.date)
        colkv(p, "bc", spec, "Payment Method", "BANK (NEFT)", method="netbanking", status=status)
        colkv(p, "bc", spec, "Bank Reference", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        bills = bills_of(rng, j, rng.randrange(1, 4), "SPG")
        spec2 = [(0.0, 0.32, "l"), (0.32, 0.54, "c"), (0.54, 0.77, "r"), (0.77, 1.0, "r")]
        cols(p, "bh", spec2, "External Document No.", "Document Date", "Amount", "Amount Paid", mode="line")
        for no, day, v in bills:
            cols(p, "bl", spec2, no, when(day, "%d-%m-%Y"), num(v), num(v), mode="line")
        total(p, "Total Amount Paid", num(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add("small", "Sent from Dynamics 365 Business Central. Please do not reply to this mail.")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "cib.icicibank.com/corp/BANKAWAY?Action.TxnStatus")
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("small", f"Corporate Internet Banking  |  {VIRASAT}, New Delhi")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction Status")
        chip(p, "Rejected", status, status=status)
        p.add("gap")
        ref = f"CIB{digits(rng, 11)}"
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        name = vname(p, [me, CUT], bold=False)
        dots(p, "Transaction Reference No.", ref, at=0.45, txn=(BANK_RANK, ref))
        dots(p, "UTR", utr, at=0.45, txn=(UTR_RANK, utr))
        dots(p, "Debit Account", f"XXXXXXXX{digits(rng, 4)}", at=0.45)
        dots(p, "Beneficiary Name", name, at=0.45, merchant=name)
        dots(p, "Beneficiary Account", f"XXXXXXXX{digits(rng, 4)} (BGGB)", at=0.45)
        dots(p, "Amount", rs(j.amount), at=0.45, bold=True, amount=j.amount)
        dots(p, "Payment Type", "NEFT", at=0.45, method="netbanking")
        dots(p, "Value Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.45, date=j.date)
        dots(p, "Reason", "Returned: invalid IFSC", at=0.45)
        p.add("gap")
        p.add("small", "The amount has been credited back to the debit account.")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = (252, 252, 250)
        p.part = "head"
        j.amount = rupees(rng, 200000, 480000, 0.5)
        utr = utr_for(rng, j, "HDFC Bank", "RTGS")
        vch = f"PV/{rng.randrange(100, 2999)}"
        typed(p, LAXMI, scale=1.05)
        typed(p, "Ring Road, Surat - 395002  GSTIN 24AAAFS2231L1Z4")
        typed(p, "-" * 52)
        p.part = "body"
        typed(p, "                 PAYMENT VOUCHER")
        typed(
            p, f"Vch No. : {vch:<14} Date : {when(j.date, '%d-%m-%Y')}", txn=(INVOICE_RANK, vch), date=j.date
        )
        typed(p, "-" * 52)
        name = FIRM_CAPS if len(FIRM_CAPS) <= 38 else CUT
        typed(p, f"Account   : {name}", merchant=name)
        typed(p, "Cash/Bank : HDFC BANK C/A 50200012")
        typed(p, f"Amount    : Rs. {num(j.amount, 'indian')}", amount=j.amount)
        typed(
            p, f"Narration : Paid by RTGS, UTR {utr}", method="netbanking", txn=(UTR_RANK, utr), status=status
        )
        typed(p, "            against bills of patola dupattas")
        typed(p, "-" * 52)
        for text in textwrap.wrap(words_in_rupees(j.amount), 50):
            typed(p, text)
        p.add("gap")
        p.add("gap")
        typed(p, "Prepared by     Checked by     Authorised Signatory")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment Out"], dark=False, buttons=("Share", "Edit"))
        band(p, (36, 84, 200))
        app_head(p, "myBillBook", f"{RANGOLI}, Ahmedabad")
        j.amount = rupees(rng, 8000, 95000, 0.6)
        po = f"PO-{rng.randrange(20, 300)}"
        p.add("center", f"Payment Out #{po}", txn=(INVOICE_RANK, po))
        p.add("big", rs(j.amount), amount=j.amount)
        chip(p, "Paid", status, status=status)
        p.add("gap")
        name = vname(p, [me, CUT])
        vlab(p, "Party Name", name, merchant=name)
        tiles2(p, ("Payment Mode", "UPI"), ("Payment Date", f"Today, {hhmm(rng)}"), method="UPI")
        vlab(p, "UPI Ref. No.", j.ref, bold=False, txn=(UTR_RANK, j.ref))
        vlab(p, "Notes", "Patola dupatta, Chhabdi bhat", bold=False)
        return p.done()
    j.amount = float(rng.randrange(90, 420) * 100)
    p = sheet_page(rng, font, [620, 660])
    p.style["paper"] = rng.choice([(250, 246, 232), (246, 248, 240)])
    p.part = "head"
    gline(p, TRUST_GU, scale=1.1, bold=True)
    top(p, pick(p, "title", [TRUST, "Sayaji Vidyamandir Trust"]))
    p.add("small", "Pratapgunj, Vadodara - 390002")
    gline(p, "ચુકવણી વાઉચર \u00b7 PAYMENT VOUCHER", bold=True)
    p.part = "body"
    p.add("left", "No. ..............")
    p.add("gap")
    name = HOUSE
    gfield(p, "તારીખ", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
    gfield(p, "મેળવનાર", "Paid to", name, pen=True, merchant=name)
    gfield(p, "વિગત", "Towards", "2 patola panels, heritage room", pen=True)
    gfield(p, "રકમ", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
    p.add("gap")
    ghand(p, "રોકડા ચૂકવ્યા", method="cash", status=status)
    p.add("gap")
    sig(p)
    p.add("right", "Trustee")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad: wires


ABROAD = [
    ("Patel Saree Palace LLC", "Edison, New Jersey, USA", "USD", 1500, 9000, "chase"),
    ("Belgrave Silk House Ltd", "Leicester, United Kingdom", "GBP", 800, 6000, "barclays"),
    ("Gujarati Heritage Boutique Inc.", "Toronto, Ontario, Canada", "CAD", 1500, 9000, "rbc"),
    ("Harris Park Sari Centre Pty Ltd", "Sydney, NSW, Australia", "AUD", 1500, 9000, "commbank"),
    ("Galerie Dubbel Ikat B.V.", "Amsterdam, Netherlands", "EUR", 900, 6500, "ing"),
    ("Al Noor Textiles LLC", "Dubai, UAE", "AED", 4000, 30000, "mashreq"),
    ("Little India Silk Co. Pte Ltd", "Singapore", "SGD", 900, 7000, "ocbc"),
    ("Nairobi Patola Collectors Ltd", "Nairobi, Kenya", "USD", 1500, 9000, "mt103"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars with their code after the $ or before the sum, pounds
    with £, Canadian and Australian dollars with their code or C$ / A$, euros the Dutch way (€ 1.490,00 or
    EUR 1.490,00), dirhams with AED, Singapore dollars with S$ or SGD."""
    if cur == "EUR":
        mark = rng.choice([sign(font, "\u20ac", "EUR") + " ", "EUR "])
        return lambda v: mark + f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    form = rng.choice(
        {
            "USD": ["${v} USD", "USD {v}", "US${v}"],
            "GBP": [sign(font, "\u00a3", "GBP ") + "{v}"],
            "CAD": ["CAD {v}", "C${v}"],
            "AUD": ["AUD {v}", "A${v}"],
            "AED": ["AED {v}"],
            "SGD": ["S${v}", "SGD {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Sari houses and collectors abroad paying the house for patola sarees, dupattas and panels: JPMorgan
    Chase's wire transfer sent in US dollars (its sentence; Amount, Recipient, Recipient's bank, Sent on,
    Confirmation number, Wire fee, Type in dot leaders); Barclays' Payment sent in pounds under a tile ("to
    <beneficiary>"; each value over its label: Date, Payment type, Barclays payment ID, Charges); RBC's
    International Money Transfer confirmation in Canadian dollars ("Sent today at <hour> ET"; labels against a
    gutter: Amount sent, Recipient, Recipient's bank, They receive (in rupees), Confirmation number; no day);
    CommBank's international transfer In progress in Australian dollars (a capsule over its stages: Submitted,
    Processing, Sent to bank, Received; tiles: Amount, Date; To, Reference number; a notice); ING's
    Overboeking naar het buitenland Uitgevoerd in euros the Dutch way (a capsule; each value over its label:
    Begunstigde, Rekening begunstigde; Datum, Transactiereferentie, Kosten on hairline rows); Mashreq's
    transfer failed in dirhams under a cross's tile ("to <beneficiary>", the reason in a notice; tiles: Date,
    Reference No.; Transfer type); OCBC's share card of an overseas transfer in Singapore dollars (the sum,
    "to <beneficiary>", "on <day>"; no reference); NCBA Bank Kenya's copy of the SWIFT MT103 in US dollars
    printed in its fixed-width face (Message Type, Sender, Receiver, Status ACK, then each field's tag and
    name over its value: :20:, :23B:, :32A:, :50K:, :59:, :70:, :71A:). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([FIRM, FIRM_CAPS])
    bank_line = "State Bank of India, Patan Branch"
    dot = sign(font, "\u2022", "*")
    if frame == "chase":
        p = browser_page(rng, font, "secure.chase.com/web/auth/dashboard#/dashboard/payments/wire")
        p.part = "head"
        top(p, "CHASE")
        p.add("small", f"Business Complete Checking  |  {payer}, {city}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your wire transfer has been sent.", status=status)
        p.add("gap")
        conf = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        name = vname(p, [me, CUT], bold=False)
        dots(p, "Amount", show(j.amount), at=0.38, bold=True, amount=j.amount, cur=cur)
        dots(p, "Recipient", name, at=0.38, merchant=name)
        dots(p, "Recipient's bank", f"{bank_line} (SBININBB{digits(rng, 3)})", at=0.38)
        dots(p, "Sent on", when(j.date, rng.choice(["%b {d}, %Y", "%B {d}, %Y"])), at=0.38, date=j.date)
        dots(p, "Confirmation number", conf, at=0.38, txn=(TXN_RANK, conf))
        dots(p, "Wire fee", show(float(rng.choice([40, 45, 50]))), at=0.38)
        dots(p, "Type", "International wire (SWIFT)", at=0.38, method="netbanking")
        p.add("small", "JPMorgan Chase Bank, N.A. Member FDIC.")
        return p.done()
    if frame == "barclays":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 120, 200))
        app_head(p, "Barclays", "International payment")
        tile(p, status)
        p.add("center", "Payment sent", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        pid = f"BARC{digits(rng, 12)}"
        vlab(p, "Date", when(j.date, rng.choice(["{d} %B %Y", "%d/%m/%Y"])), bold=False, date=j.date)
        vlab(p, "Payment type", "International payment (SWIFT)", bold=False, method="netbanking")
        vlab(p, "Barclays payment ID", pid, txn=(TXN_RANK, pid))
        vlab(p, "Charges", "Shared", bold=False)
        return p.done()
    if frame == "rbc":
        p = browser_page(rng, font, "www1.royalbank.com/sgw1/olb/index-en/#/transfer/imt/confirmation")
        p.part = "head"
        top(p, "RBC Royal Bank")
        p.add("small", f"International Money Transfer  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Confirmation: your transfer has been sent.", status=status)
        p.add(
            "small", f"Sent today at {hhmm(rng, lower=True).replace('am', 'a.m.').replace('pm', 'p.m.')} ET"
        )
        p.add("gap")
        conf = f"IMT{digits(rng, 9)}"
        rate = round(rng.uniform(60.5, 63.2), 4)
        name = vname(p, [me, CUT], bold=False)
        gutter(p, "rb", "Amount sent", show(j.amount), at=0.38, amount=j.amount, cur=cur)
        gutter(p, "rb", "Recipient", name, at=0.38, merchant=name)
        gutter(p, "rb", "Recipient's bank", bank_line, at=0.38, method="netbanking")
        gutter(p, "rb", "They receive", f"{num(round(j.amount * rate, 2))} INR", at=0.38)
        gutter(p, "rb", "Confirmation number", conf, at=0.38, txn=(TXN_RANK, conf))
        p.add("small", "Funds usually arrive in 1 to 3 business days.")
        return p.done()
    if frame == "commbank":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Track",))
        band(p, (255, 204, 0), ink=(20, 20, 20))
        app_head(p, "CommBank", "International Money Transfer")
        chip(p, "In progress", status, status=status)
        steps(p, ["Submitted", "Processing", "Sent to bank", "Received"], 1, status)
        tiles2(
            p,
            ("Amount", show(j.amount)),
            ("Date", when(j.date, rng.choice(["%d/%m/%Y", "{d} %b %Y"]))),
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
        name = vname(p, [me, CUT])
        vlab(p, "To", name, merchant=name)
        ref = f"N{digits(rng, 10)}"
        vlab(p, "Reference number", ref, bold=False, txn=(BANK_RANK, ref))
        vlab(p, "Paid via", "International transfer (SWIFT)", bold=False, method="netbanking")
        note(p, "We're processing your transfer. International transfers can take 1 to 5 business days.")
        return p.done()
    if frame == "ing":
        p = phone(rng, font, k, ["", "Overboeking"], dark=False, buttons=("Sluiten",))
        band(p, (255, 98, 0))
        app_head(p, "ING", "Overboeking naar het buitenland")
        chip(p, "Uitgevoerd", status, status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("gap")
        name = vname(p, [me, CUT])
        vlab(p, "Begunstigde", name, merchant=name)
        vlab(p, "Rekening begunstigde", f"{bank_line}, {dot * 4} {digits(rng, 4)}", bold=False)
        ref = f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        kvr(p, "Datum", when(j.date, "%d-%m-%Y"), date=j.date)
        kvr(p, "Transactiereferentie", ref, txn=(BANK_RANK, ref))
        kvr(p, "Kosten", "Gedeeld (SHA)", method="netbanking")
        return p.done()
    if frame == "mashreq":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Try again",))
        band(p, (230, 84, 0))
        app_head(p, "Mashreq", "International transfer")
        tile(p, status)
        p.add("center", "Transfer failed", status=status)
        p.accent(RED)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        note(
            p,
            "The beneficiary bank returned this transfer: the beneficiary's name does not match the account. "
            "The amount has been credited back to your account.",
            "error",
        )
        ref = f"MRQ{digits(rng, 11)}"
        tiles2(
            p,
            ("Date", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"]))),
            ("Reference No.", ref),
            date=j.date,
            txn=(BANK_RANK, ref),
        )
        vlab(p, "Transfer type", "International (SWIFT)", bold=False, method="netbanking")
        return p.done()
    if frame == "ocbc":
        p = screen(rng, font, "crop", dark=False, width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (250, 246, 246)
        p.part = "head"
        p.add("title", "OCBC")
        p.part = "body"
        tile(p, status)
        p.add("center", "Transfer successful", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"on {when(j.date, rng.choice(['{d} %b %Y', '%d %B %Y']))}", date=j.date)
        p.add("gap")
        p.add("small", "Overseas funds transfer (SWIFT)", method="netbanking")
        p.add("small", "Shared from OCBC app")
        return p.done()
    p = sheet_page(rng, font, [720, 760])
    p.style["paper"] = (253, 253, 251)
    p.part = "head"
    top(p, "NCBA Bank Kenya PLC")
    p.add("small", "Trade Finance and Payments  |  Mara and Ragati Roads, Upper Hill, Nairobi")
    p.add("rule")
    p.part = "body"
    p.add("center", "COPY OF SWIFT MESSAGE - REMITTER'S COPY")
    ref = f"NCBA{j.date:%y%m%d}{digits(rng, 6)}"
    amount = f"{j.amount:.2f}".replace(".", ",")
    name = "MANILAL KANTILAL SALVI AND SONS"
    typed(p, "Message Type : MT103 Single Customer Credit Transfer")
    typed(p, "Sender       : CBAFKENXXXX")
    typed(p, "Receiver     : SBININBBXXX")
    typed(p, f"Created      : {j.date:%Y-%m-%d} {rng.randrange(9, 17):02d}:{rng.randrange(60):02d}")
    typed(p, "Status       : ACK (Acknowledged)", status=status)
    typed(p, "-" * 54)
    typed(p, ":20:  Sender's Reference")
    typed(p, f"      {ref}", txn=(BANK_RANK, ref))
    typed(p, ":23B: Bank Operation Code")
    typed(p, "      CRED")
    typed(p, ":32A: Value Date/Currency/Interbank Settled Amount")
    typed(p, f"      {j.date:%y%m%d}USD{amount}", date=j.date, amount=j.amount, cur=cur)
    typed(p, ":50K: Ordering Customer")
    typed(p, f"      /{digits(rng, 13)}")
    typed(p, f"      {payer.upper()}")
    typed(p, ":59:  Beneficiary Customer")
    typed(p, f"      /{digits(rng, 11)}")
    typed(p, f"      {name}", merchant=name)
    typed(p, "      PATAN GUJARAT INDIA")
    typed(p, ":70:  Remittance Information")
    typed(p, "      /INV/PATOLA SAREES AND DUPATTAS")
    typed(p, ":71A: Details of Charges")
    typed(p, "      SHA", method="netbanking")
    typed(p, "-" * 54)
    p.add("small", "This copy is for the remitter's records. NCBA Bank Kenya PLC is regulated by the CBK.")
    return p.done()


# ---------------------------------------------------------------- 4. the house's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house's own papers, each itself, its gallery or its firm on top: the web shop's WooCommerce order
    mail under a patola emblem ("[Order #n] (<day>)", Product | Quantity | Price on hairline rows, Subtotal,
    Shipping, Payment method "UPI via Razorpay - Paid", Total); Cashfree's payment link page for a saree's
    booking with the payment pending (a capsule over its stages; Purpose, Amount, Order ID, Cashfree Ref ID,
    Initiated on against a gutter; a warning's notice); the house's TAX INVOICE under its Gujarati name and a
    patola border, a PAID mark across it (Invoice No. beside Date, Buyer; a table ruled on every side with
    CGST 2.5%, SGST 2.5% and Total; "Paid by card (Visa ...), approval code ..."); an ADVANCE RECEIPT for a
    saree to be woven, written in its book (No. left blank; each field's label small in Gujarati and English
    over the value written by hand: તારીખ · Date, નામ · Name, વિગત · For, સાડીની કિંમત · Price, રકમ · Advance,
    બાકી · Balance; "રોકડા મળ્યા" (received in cash) in a Gujarati hand; signed across a revenue stamp; no
    reference); the gallery's ENTRY TICKET from its counter's book (Ticket No., Adults and Children with their
    sums, Total, "Paid by UPI"; no day); PayU's Transaction Failed for the web shop (a capsule; Merchant,
    Amount, Order ID, PayU ID, Payment mode, Date & time in dot leaders; a notice); the firm's RECEIPT typed
    on its letterhead for a design institute's documentation workshop ("Received with thanks from ... the sum
    of Rupees ... (Rs. x/-) by NEFT, UTR ..., on <day>, towards ...", signed across a revenue stamp); the
    showroom counter's BILL on a thermal roll (Bill No., Date, Qty | Item | Amt, TOTAL, "PAID: CASH"). All new
    here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=1500, high=95000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    first = who.split(" ", 1)[1].split()[0]
    if k == 0:
        order = str(rng.randrange(1200, 4800))
        p = mail_page(
            rng,
            font,
            f"{HOUSE} <orders@{WEB}>",
            [f"Your {HOUSE} order has been received!", f"Order #{order} received"],
        )
        p.part = "head"
        patola_mark(p)
        top(p, HOUSE, merchant=HOUSE)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {first},")
        p.add(
            "left",
            f"Just to let you know, we've received your order #{order}, and it is now being processed.",
        )
        p.add("gap")
        p.add(
            "left",
            f"[Order #{order}] ({when(j.date, rng.choice(['%B {d}, %Y', '{d} %B %Y']))})",
            txn=(ORDER_RANK, order),
            date=j.date,
        )
        items = pieces(rng, rng.randrange(1, 3), high=36000)
        ship = float(rng.choice([0, 0, 250]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.62, "l"), (0.62, 0.76, "c"), (0.76, 1.0, "r")]
        cols(p, "wch", spec, "Product", "Quantity", "Price", mode="line")
        for text, _, q, pr in items:
            cols(p, "wci", spec, clip(text, 40), str(q), rs(q * pr), mode="line")
        spec2 = [(0.0, 0.62, "l"), (0.62, 1.0, "r")]
        cols(p, "wcs", spec2, "Subtotal:", rs(sub), mode="line")
        cols(p, "wcs", spec2, "Shipping:", rs(ship) if ship else "Free shipping", mode="line")
        cols(
            p,
            "wcs",
            spec2,
            "Payment method:",
            "UPI via Razorpay - Paid",
            mode="line",
            method="UPI",
            status=status,
        )
        cols(p, "wct", spec2, "Total:", rs(j.amount), mode="line", amount=j.amount)
        p.add("gap")
        p.add("small", f"Thanks for shopping with us. {WEB}")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([25000, 50000, 51000, 75000]))
        p = browser_page(rng, font, f"payments.cashfree.com/links/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, HOUSE, merchant=HOUSE)
        p.add("small", f"Patan patola, double ikat, since 1932  |  {WEB}")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment pending", status, status=status)
        steps(p, ["Initiated", "Bank confirmation", "Paid"], 1, status)
        oid = f"SPG{j.date:%y%m}{digits(rng, 5)}"
        cref = str(digits(rng, 10))
        gutter(p, "cf", "Purpose", "Booking advance, patola saree", at=0.36)
        gutter(p, "cf", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "cf", "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        gutter(p, "cf", "Cashfree Ref ID", cref, at=0.36, txn=(TXN_RANK, cref))
        gutter(p, "cf", "Payment method", "UPI", at=0.36, method="UPI")
        gutter(
            p,
            "cf",
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            at=0.36,
            date=j.date,
        )
        note(p, "We are waiting for your bank to confirm. Please do not pay again.", "warn")
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        gline(p, HOUSE_GU, scale=1.2, bold=True)
        name = pick(p, "title", [HOUSE_CAPS, HOUSE])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {FIRM}  |  {ADDRESS}")
        p.add("small", f"GSTIN {GSTIN}  |  {UDYAM}")
        patola_band(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SPG/{fy(j.date)}/{rng.randrange(10, 499):03d}"
        cols(
            p,
            "tinv",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Buyer: {who}, {rng.choice(['Ahmedabad', 'Vadodara', 'Mumbai', 'Rajkot', 'Surat'])}")
        items = pieces(rng, rng.randrange(1, 3))
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "ti",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.54, "l"),
                (0.54, 0.64, "c"),
                (0.64, 0.7, "c"),
                (0.7, 0.85, "r"),
                (0.85, 1.0, "r"),
            ],
            ["#", "Description", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), clip(t, 38), hsn, str(q), num(pr, "plain", 0), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "CGST 2.5%", "", "", "", num(gst)], {}), (["", "SGST 2.5%", "", "", "", num(gst)], {})],
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(246, 222, 214),
        )
        p.add("gap")
        appr = digits(rng, 6)
        scheme = rng.choice(["Visa", "Mastercard", "RuPay"])
        p.add(
            "left",
            f"Paid by card ({scheme} XXXX {digits(rng, 4)}), approval code {appr}. Thank you.",
            method="card",
            status=status,
            txn=(APPR_RANK, appr),
        )
        watermark(p, "PAID")
        p.add("gap")
        sig(p)
        p.add("right", f"For {FIRM}")
        return p.done()
    if k == 3:
        price = float(rng.randrange(1650, 2900) * 100)
        j.amount = float(rng.choice([25000, 30000, 50000, 51000, 60000, 75000]))
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 240)])
        p.part = "head"
        gline(p, HOUSE_GU, scale=1.15, bold=True)
        name = pick(p, "title", [HOUSE_CAPS, HOUSE])
        top(p, name, merchant=name)
        p.add("small", TOWN)
        gline(p, "અગાઉથી રકમની પહોંચ \u00b7 ADVANCE RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..............")
        p.add("gap")
        gfield(p, "તારીખ", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        gfield(p, "નામ", "Name", who, pen=True)
        gfield(p, "વિગત", "For", "Patola saree, Panchanda bhat (to weave)", pen=True)
        gfield(p, "સાડીની કિંમત", "Price", f"Rs. {num(price, 'indian', 0)}/-", pen=True)
        gfield(p, "રકમ", "Advance", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        gfield(p, "બાકી", "Balance", f"Rs. {num(price - j.amount, 'indian', 0)}/-", pen=True)
        p.add("gap")
        ghand(p, "રોકડા મળ્યા", method="cash", status=status)
        revenue(p)
        sig(p)
        p.add("right", f"For {HOUSE}")
        return p.done()
    if k == 4:
        adults, kids = rng.randrange(1, 5), rng.randrange(0, 3)
        j.amount = float(adults * 200 + kids * 100)
        p = sheet_page(rng, font, [520, 560])
        p.style["paper"] = rng.choice([(246, 236, 214), (236, 240, 226), (244, 230, 230)])
        p.part = "head"
        gline(p, GALLERY_GU, bold=True)
        name = pick(p, "title", [GALLERY_CAPS, GALLERY])
        top(p, name, merchant=name)
        p.add("small", f"{HOUSE}, Salvivad, Patan")
        patola_band(p)
        p.add("center", "ENTRY TICKET")
        p.part = "body"
        no = f"{rng.randrange(1, 99999):06d}"
        p.add("pair", "Ticket No.", no, txn=(INVOICE_RANK, no))
        p.add("pair", f"Adults  {adults} x Rs. 200", f"Rs. {adults * 200}")
        if kids:
            p.add("pair", f"Children  {kids} x Rs. 100", f"Rs. {kids * 100}")
        p.add("rule")
        p.add("pair", "Total", f"Rs. {num(j.amount, 'indian', 0)}", amount=j.amount)
        p.add("left", "Paid by UPI", method="UPI", status=status)
        p.add("small", "Valid for one visit with a loom demonstration.")
        p.add("small", "Photography of looms in progress is not allowed.")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, f"secure.payu.in/_payment?merchant={code(rng, 6, UPPER)}")
        p.part = "head"
        top(p, "PayU")
        p.add("rule")
        p.part = "body"
        chip(p, "Transaction Failed", status, status=status)
        p.add("gap")
        pid = digits(rng, 11)
        oid = f"WEB{rng.randrange(1200, 4800)}"
        name = vname(p, [HOUSE, HOUSE_CAPS], bold=False)
        dots(p, "Merchant", name, at=0.36, merchant=name)
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        dots(p, "PayU ID", pid, at=0.36, txn=(TXN_RANK, pid))
        dots(p, "Payment mode", "Net Banking (HDFC Bank)", at=0.36, method="netbanking")
        dots(p, "Date & time", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.36, date=j.date)
        note(p, "Your bank declined the payment. No money has been taken; you may try again.", "error")
        p.add("small", f"You will be taken back to {WEB}.")
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(150, 950) * 100)
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        patola_mark(p)
        name = pick(p, "title", [FIRM_CAPS, FIRM])
        top(p, name, merchant=name)
        p.add("small", f"{ADDRESS}  |  GSTIN {GSTIN}")
        p.add("rule")
        p.part = "body"
        no = f"MKS/R/{fy(j.date)}/{rng.randrange(10, 99):03d}"
        cols(
            p,
            "rh",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"No. {no}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d.%m.%Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("center", "RECEIPT")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        text = (
            "Received with thanks from the National Institute of Design, Paldi, Ahmedabad the sum of Rupees "
            f"{bare_words(j.amount)} only (Rs. {num(j.amount, 'indian', 0)}/-) by NEFT, UTR {utr}, on "
            f"{day_in(j, rng, ['%d/%m/%Y', '{d} %B %Y'])}, towards a five-day documentation workshop on the "
            "tying, dyeing and weaving of the Patan patola."
        )
        for n_, line in enumerate(lines_of(p, text)):
            facts = (
                {"amount": j.amount, "method": "netbanking", "status": status, "txn": (UTR_RANK, utr)}
                if n_ == 0
                else {}
            )
            p.add("left", line, **facts)
        p.add("gap")
        revenue(p)
        sig(p)
        p.add("right", f"{PARTNER}, Partner")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
    paper(p, rng)
    typeface(p)
    h269.torn(p)
    p.part = "head"
    p.add("center", HOUSE_CAPS, merchant=HOUSE_CAPS)
    p.add("small", "SALVIVAD, PATAN")
    p.add("small", f"GSTIN {GSTIN}")
    p.part = "body"
    p.add("rule")
    bill = str(rng.randrange(100, 9999))
    p.pair("Bill No.", bill, txn=(INVOICE_RANK, bill))
    p.pair("Date", f"{when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    p.add("rule")
    spec = [(0.0, 0.12, "l"), (0.12, 0.72, "l"), (0.72, 1.0, "r")]
    cols(p, "tbh", spec, "Qty", "Item", "Amt")
    items = pieces(rng, rng.randrange(1, 3), high=2600)
    j.amount = 0.0
    for text, _, q, pr in items:
        cols(p, "tbi", spec, str(q), ROLL_NAMES.get(text, clip(text, 24)), num(q * pr, "plain"))
        j.amount += q * pr
    p.add("rule")
    p.pair("TOTAL", f"Rs. {num(j.amount, 'indian')}", amount=j.amount)
    p.add("center", "PAID: CASH", method="cash", status=status)
    p.add("small", "Goods once sold will not be taken back.")
    p.add("small", "Thank you. Visit again.")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


DYES = [
    ("મજીઠ", "કિલો", 1, 3, 780, 880),
    ("હરડે", "કિલો", 1, 3, 300, 360),
    ("ગળી", "કિલો", 1, 2, 3600, 3900),
    ("કાથો", "કિલો", 1, 3, 420, 480),
    ("ફટકડી", "કિલો", 2, 5, 90, 120),
    ("દાડમની છાલ", "કિલો", 1, 3, 260, 300),
]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house's suppliers, each on top of its own paper: a Patan dye seller's chit written in a spiral
    notebook (its name in Latin letters under શ્રી, "તા." and the day, the madder, myrobalan, indigo, cutch,
    alum and pomegranate rind in a Gujarati hand with their sums, કુલ (total), "રોકડા મળ્યા" (received in
    cash); no reference); a Ramanagara silk twister's TAX INVOICE (Invoice No. beside its earlier Invoice
    Date, Bill to, a striped table of the raw and twisted silk with IGST 5%, Total; "Payment received by NEFT
    on <day>, UTR ..." in a ruled box); Moglix's checkout with the payment failed under a cross's tile (Sold
    by:; Order ID, Transaction ID, Order total, Paid with, Attempted on on hairline rows); a Surat zari works'
    bill made in Khatabook (Bill No. and its earlier Bill Date against a gutter, the zari on hairline rows,
    CGST 2.5%, SGST 2.5%, Total, "Received by UPI on <day>, UPI Ref ..."); DTDC's booking receipt on a torn
    thermal roll (CONSIGNMENT NO, BOOKING DATE, ORIGIN, DEST, WEIGHT, FREIGHT, FUEL SURCHARGE, GST 18%, TOTAL
    RS, PAYMENT UPI - PAID, UPI REF); Google Workspace's payment receipt mailed (a Payment received capsule;
    Payment date, Transaction ID, Payment method, the plan, GST 18%, Total in columns); IndiaMART's order with
    the payment awaiting confirmation (a capsule over its stages; Sold by over the seller; each value over its
    label: Order ID, Payment ID, Amount, Payment mode, UTR, Initiated on); a Patan loom carpenter's BILL from
    its carbon book, the duplicate (Bill No. printed, its Date left blank, the work written in its columns,
    Total, "Received Rs. x/- by GPay, Ref ..." written in; no day). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=900, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = (252, 252, 248)
        spiral(p)
        p.part = "head"
        p.add("gap")
        ghand(p, "શ્રી", align="c")
        name = "JAYANTILAL RANGWALA"
        write(p, name, align="c", merchant=name)
        p.add("small", "Kalka Road, Patan")
        p.part = "body"
        ghand(p, f"તા. {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", date=j.date)
        start = len(p.rows)
        j.amount = 0.0
        for dye, unit, lo, hi, plo, phi in rng.sample(DYES, rng.randrange(3, 5)):
            q = rng.randrange(lo, hi + 1)
            v = float(q * rng.randrange(plo, phi + 1, 10))
            ghand(p, f"{dye} {q} {unit}", figure=num(v, "indian", 0))
            j.amount += v
        ghand(p, "કુલ", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.72])
        p.add("gap")
        ghand(p, "રોકડા મળ્યા", method="cash", status=status)
        write(p, "Jayantilal", align="r")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "SRI RAGHAVENDRA SILK TWISTERS"
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Silk Cocoon Market Road, Ramanagara - 562159, Karnataka  |  GSTIN {gstin_of(rng, '29')}",
        )
        p.add("rule")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"SRST/{fy(j.date)}/{rng.randrange(100, 999)}"
        cols(
            p,
            "sh",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Invoice Date: {when(earlier(rng, j, 5, 30), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Bill to: {FIRM}, Patan, Gujarat (State code 24)")
        lines_ = [
            ("Mulberry raw silk 20/22 den, 2A", 5600, 6400),
            ("Twisted silk warp yarn, 2 ply", 6800, 7600),
            ("Silk weft yarn, 3 ply, soft", 6200, 7000),
        ]
        rows_, taxable = [], 0.0
        for text, lo, hi in rng.sample(lines_, rng.randrange(1, 3)):
            kg = round(rng.uniform(2, 7), 2)
            rate = float(rng.randrange(lo, hi, 50))
            v = round(kg * rate, 2)
            taxable += v
            rows_.append(([text, "5002", f"{kg:.2f}", num(rate, "plain", 0), num(v)], {}))
        igst = round(taxable * 0.05, 2)
        j.amount = round(taxable + igst, 0)
        rows_.append((["IGST 5%", "", "", "", num(igst)], {}))
        rows_.append((["Round off", "", "", "", num(round(j.amount - taxable - igst, 2))], {}))
        zebra(
            p,
            "sz",
            [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
            ["Description", "HSN", "Kg", "Rate", "Amount"],
            rows_,
            (120, 40, 60),
        )
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Bank of Baroda", "NEFT")
        c = card_open(p)
        p.add(
            "left",
            f"Payment received by NEFT on {day_in(j, rng, ['%d/%m/%Y', '{d} %b %Y'])},",
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("left", f"UTR {utr}. Thank you.", txn=(UTR_RANK, utr))
        card_close(p, c, tint=False)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "www.moglix.com/checkout/payment")
        p.part = "head"
        top(p, "moglix")
        p.add("rule")
        p.part = "body"
        tile(p, status)
        p.add("center", "Payment failed", status=status)
        name = "Shree Ambica Traders"
        p.add("center", f"Sold by: {name}", merchant=name)
        p.add("small", "Naroda GIDC, Ahmedabad")
        p.add("gap")
        note(
            p,
            "Your bank declined the payment. If money was deducted, it will be refunded in 5-7 days.",
            "error",
        )
        j.amount = float(rng.randrange(1800, 9800))
        oid = f"MOG{digits(rng, 9)}"
        tid = f"TXN{digits(rng, 12)}"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Items", "Digital weighing scale 30 kg x 1")
        kvr(p, "Order total", rs(j.amount), amount=j.amount)
        kvr(p, "Paid with", f"Debit card (RuPay) XX{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "SHREE KRISHNA ZARI WORKS"
        top(p, name, merchant=name)
        p.add("small", f"Salabatpura, Surat - 395003  |  GSTIN {gstin_of(rng)}")
        p.add("rule")
        p.part = "body"
        bill = f"SKZ-{rng.randrange(100, 999)}"
        gutter(p, "kz", "Bill No.", bill, at=0.3, txn=(INVOICE_RANK, bill))
        gutter(p, "kz", "Bill Date", when(earlier(rng, j, 2, 20), "%d/%m/%Y"), at=0.3)
        gutter(p, "kz", "Bill To", f"{FIRM}, Patan", at=0.3)
        p.add("gap")
        spec = [(0.0, 0.6, "l"), (0.6, 0.75, "r"), (0.75, 1.0, "r")]
        cols(p, "kh", spec, "Item", "Qty", "Amount", mode="line")
        taxable = 0.0
        for text, lo, hi in rng.sample(
            [
                ("Real zari thread, tested, gold", 11000, 14500),
                ("Half-fine zari, silver", 3800, 5200),
                ("Zari border tape", 1600, 2400),
            ],
            rng.randrange(1, 3),
        ):
            q = rng.randrange(1, 4)
            v = float(q * rng.randrange(lo, hi, 50))
            taxable += v
            cols(p, "ki", spec, text, f"{q} x 100 g", num(v), mode="line")
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        cols(p, "ki", spec, "CGST 2.5%", "", num(gst), mode="line")
        cols(p, "ki", spec, "SGST 2.5%", "", num(gst), mode="line")
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Received by UPI on {day_in(j, rng, ['%d/%m/%Y', '%d %b %Y'])}, UPI Ref {j.ref}.",
            date=j.date,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Made with Khatabook")
        return p.done()
    if k == 4:
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        freight = float(rng.randrange(18, 120) * 10)
        fuel = round(freight * 0.1, 2)
        gst = round((freight + fuel) * 0.18, 2)
        j.amount = round(freight + fuel + gst, 2)
        p.part = "head"
        p.add("title", "DTDC", merchant="DTDC")
        p.add("small", "DTDC Express Ltd.  |  Patan Main, Station Road")
        p.part = "body"
        p.add("rule")
        p.pair("CONSIGNMENT NO", f"D{digits(rng, 11)}")
        p.pair("BOOKING DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("ORIGIN", "PATAN")
        p.pair("DEST", rng.choice(["MUMBAI", "BENGALURU", "NEW DELHI", "KOLKATA"]))
        p.pair("WEIGHT", f"{rng.uniform(0.5, 4):.3f} KG")
        p.pair("FREIGHT", f"{freight:.2f}")
        p.pair("FUEL SURCHARGE", f"{fuel:.2f}")
        p.pair("GST 18%", f"{gst:.2f}")
        p.add("rule")
        p.pair("TOTAL RS", f"{j.amount:.2f}", amount=j.amount)
        p.pair("PAYMENT", "UPI - PAID", method="UPI", status=status)
        p.pair("UPI REF", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("small", "TRACK AT DTDC.IN")
        return p.done()
    if k == 5:
        users = rng.randrange(2, 6)
        base = float(users * 136 * 12)
        gst = round(base * 0.18, 2)
        j.amount = round(base + gst, 2)
        p = mail_page(
            rng,
            font,
            "Google Payments <payments-noreply@google.com>",
            ["Your Google Workspace payment receipt"],
        )
        p.part = "head"
        top(p, "Google Workspace", merchant="Google Workspace")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment received", status, status=status)
        p.add("left", f"Thanks for your payment for {WEB}.")
        tid = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(
            p, "gw", spec, "Payment date", when(j.date, rng.choice(["%b {d}, %Y", "{d} %b %Y"])), date=j.date
        )
        colkv(p, "gw", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(
            p,
            "gw",
            spec,
            "Payment method",
            f"Visa {sign(font, chr(0x2022), '*') * 4} {digits(rng, 4)}",
            method="card",
        )
        colkv(p, "gw", spec, "Billing account", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}")
        p.add("gap")
        spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "gwl", spec2, f"Business Starter, {users} users, annual plan", rs(base), mode="line")
        cols(p, "gwl", spec2, "GST 18%", rs(gst), mode="line")
        total(p, "Total", rs(j.amount), at=0.62, amount=j.amount)
        return p.done()
    if k == 6:
        j.amount = float(rng.randrange(120, 480) * 100)
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Track order",))
        band(p, (42, 58, 140))
        app_head(p, "IndiaMART", "Pay with IndiaMART")
        chip(p, "Awaiting confirmation", status, status=status)
        steps(p, ["Initiated", "Bank confirms", "Seller paid"], 1, status)
        p.add("small", "Sold by")
        name = "Bharat Loom Stores"
        p.add("center", name, merchant=name)
        p.add("small", "Panipat, Haryana")
        oid = str(digits(rng, 9))
        pid = f"IMP{digits(rng, 10)}"
        utr = utr_for(rng, j, "Baroda Gujarat Gramin Bank", "NEFT")
        vlab(p, "Order ID", oid, bold=False, txn=(ORDER_RANK, oid))
        vlab(p, "Payment ID", pid, bold=False, txn=(TXN_RANK, pid))
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Payment mode", "NEFT", bold=False, method="netbanking")
        vlab(p, "UTR", utr, bold=False, txn=(UTR_RANK, utr))
        vlab(p, "Initiated on", when(j.date, rng.choice(["%d %b %Y", "%d/%m/%Y"])), bold=False, date=j.date)
        return p.done()
    p = sheet_page(rng, font, [600, 640])
    p.style["paper"] = rng.choice([(248, 246, 236), (244, 246, 250)])
    carbon(p)
    p.part = "head"
    name = "VISHWAKARMA LOOM WORKS"
    top(p, name, merchant=name)
    p.add("small", "Loom makers and carpenters  |  Kansara Bazar, Patan")
    cols(p, "vb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "BILL", "DUPLICATE", mode="soft")
    p.part = "body"
    bill = f"{rng.randrange(100, 999):04d}"
    cols(
        p,
        "vn",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"No. {bill}",
        "Date ..............",
        txn=(INVOICE_RANK, bill),
    )
    blank(p, "M/s.", HOUSE)
    spec = [(0.0, 0.1, "c"), (0.1, 0.74, "l"), (0.76, 1.0, "r")]
    cols(p, "vh", spec, "No.", "Particulars", "Rs.", mode="line")
    start = len(p.rows)
    j.amount = 0.0
    for n_, (text, lo, hi) in enumerate(
        rng.sample(
            [
                ("Sheesham beam for loom", 2400, 4200),
                ("Heddle frame repair", 600, 1400),
                ("New shuttle, seasoned", 450, 900),
                ("Labour, 2 days", 1200, 1800),
            ],
            rng.randrange(2, 4),
        )
    ):
        v = float(rng.randrange(lo, hi, 50))
        hcells(p, spec, str(n_ + 1), text, num(v, "indian", 0))
        j.amount += v
    hcells(p, spec, "", "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start, [0.1, 0.75])
    p.add("gap")
    write(
        p,
        f"Received Rs. {num(j.amount, 'indian', 0)}/- by GPay, Ref {j.ref}",
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    sig(p)
    p.add("right", "for Vishwakarma Loom Works")
    return p.done()


# ---------------------------------------------------------------- 6. the house's bank transfers


# payee as the bank prints it, its bank, the way
VENDORS = [
    ("SRI RAGHAVENDRA SILK TWISTERS", "Canara Bank", "NEFT"),
    ("Shree Krishna Zari Works", "Bank of Baroda", "IMPS"),
    ("PATAN PRINTING PRESS", "Canara Bank", "NEFT"),
    ("GANESH TRANSPORT COMPANY", "Axis Bank", "RTGS"),
    ("Harsiddhi Electricals", "Federal Bank", "IMPS"),
    ("RANI KI VAV PACKAGING", "The Kalupur Commercial Co-operative Bank", "NEFT"),
    ("Sahaj Web Solutions", "Baroda Gujarat Gramin Bank", "UPI"),
    ("VISHWAKARMA LOOM WORKS", "Indian Bank", "NEFT"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm paying its suppliers from its banks: Kotak's net banking NEFT receipt (a Successful capsule; a
    striped table: Transaction Reference No., UTR Number, From Account, Beneficiary Name, Beneficiary Bank,
    Amount, Transaction Date, Purpose); IDFC FIRST Bank's Money sent under a tile ("to <payee>"; each value
    over its label: IMPS Ref No., Date & time, From, Remarks); Canara Bank's ai1 with an NEFT under process (a
    capsule over its stages; tiles: Reference No, Date; Beneficiary, Amount, Mode); Axis Bank's corporate
    banking RTGS (labels against a gutter: Transaction ID, UTR No., Beneficiary, Beneficiary A/c, Amount,
    Value Date, Payment Mode, Status Executed); Federal Bank's FedMobile transfer failed under a cross's tile
    ("to <payee>", the reason in a notice; tiles: IMPS Ref No, Date & time; From); the Kalupur Commercial
    Co-operative Bank's statement of account (its period, a table ruled on every side: Date | Narration |
    Chq/Ref | Withdrawal | Deposit | Balance with the opening balance, the "NEFT DR/<PAYEE>" row and the
    closing balance; no reference); Baroda Gujarat Gramin Bank's mBanking UPI under its Gujarati "ચુકવણી સફળ"
    (payment successful) (each field's label small in Gujarati and English over its value: મેળવનાર · Paid to,
    યુપીઆઈ સંદર્ભ નં. · UPI Ref No., તારીખ · Date, ખાતું · From); Indian Bank's IndOASIS Transaction
    Successful ("Today, <hour>"; Beneficiary, Amount, UTR No., Mode on hairline rows; no day). All new
    here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=3000, high=240000)
    to, their_bank, way = VENDORS[k]
    if way in ("IMPS", "UPI"):
        j.amount = rupees(rng, 1500, 90000, 0.6)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 480000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR "))
    utr = utr_for(rng, j, their_bank, way)
    method = "UPI" if way == "UPI" else "netbanking"
    acct = f"XXXXXXXX{digits(rng, 4)}"
    if k == 0:
        p = browser_page(rng, font, "netbanking.kotak.com/knb2/#/fundtransfer/neft/receipt")
        p.part = "head"
        top(p, "kotak")
        p.add("small", "Kotak Mahindra Bank  |  Net Banking")
        p.add("rule")
        p.part = "body"
        p.add("left", "Funds Transfer - NEFT")
        chip(p, "Successful", status, status=status)
        p.add("gap")
        ref = f"KNB{digits(rng, 12)}"
        name = vname(p, [to], bold=False)
        zebra(
            p,
            "kt",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Details", ""],
            [
                (["Transaction Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR Number", utr], {"txn": (UTR_RANK, utr)}),
                (["From Account", f"Current A/c {acct}"], {}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary Bank", f"{their_bank} ({IFSC[their_bank]}0{digits(rng, 6)})"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "method": method}),
                (
                    ["Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",))],
                    {"date": j.date},
                ),
                (["Purpose", "Silk yarn bill"], {}),
            ],
            (0, 40, 100),
        )
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (156, 29, 39))
        app_head(p, "IDFC FIRST Bank", "Money sent")
        tile(p, status)
        p.add("center", "Money sent", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        vlab(p, "IMPS Ref No.", utr, txn=(UTR_RANK, utr))
        vlab(
            p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date
        )
        vlab(p, "From", f"IDFC FIRST Current A/c {acct[-6:]}  |  IMPS", bold=False, method=method)
        vlab(p, "Remarks", "Zari bill", bold=False)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Refresh",))
        band(p, (0, 110, 180))
        app_head(p, "Canara ai1", "Canara Bank")
        chip(p, "Transaction under process", status, status=status)
        steps(p, ["Submitted", "Sent to RBI", "Credited"], 1, status)
        ref = f"CNRB{digits(rng, 10)}"
        tiles2(
            p,
            ("Reference No", ref),
            ("Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])),
            txn=(BANK_RANK, ref),
            date=j.date,
        )
        name = vname(p, [to])
        vlab(p, "Beneficiary", name, merchant=name)
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Mode", "NEFT", bold=False, method=method)
        p.add("small", "NEFT credits are made in the next half-hourly batch.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "corporate.axisbank.co.in/cib/payments/rtgs/status")
        p.part = "head"
        top(p, "AXIS BANK")
        p.add("small", "Corporate Internet Banking  |  Payment status")
        p.add("rule")
        p.part = "body"
        tid = f"AXCIB{digits(rng, 10)}"
        name = vname(p, [to], bold=False)
        gutter(p, "ax", "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        gutter(p, "ax", "UTR No.", utr, at=0.36, txn=(UTR_RANK, utr))
        gutter(p, "ax", "Beneficiary", name, at=0.36, merchant=name)
        gutter(p, "ax", "Beneficiary A/c", f"{acct} (UTIB)", at=0.36)
        gutter(p, "ax", "Amount", rs(j.amount), at=0.36, amount=j.amount)
        gutter(p, "ax", "Value Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=0.36, date=j.date)
        gutter(p, "ax", "Payment Mode", "RTGS", at=0.36, method=method)
        gutter(p, "ax", "Status", "Executed", at=0.36, status=status)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Retry",))
        band(p, (0, 60, 130))
        app_head(p, "FedMobile", "Federal Bank")
        tile(p, status)
        p.add("center", "Transfer failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        note(p, "The beneficiary's bank is not responding. The amount has not been debited.", "error")
        tiles2(
            p,
            ("IMPS Ref No", utr),
            ("Date & time", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",))),
            txn=(UTR_RANK, utr),
            date=j.date,
        )
        vlab(p, "From", f"Current A/c {acct[-6:]}  |  IMPS", bold=False, method=method)
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [820, 860])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(
            p,
            pick(
                p,
                "title",
                ["The Kalupur Commercial Co-operative Bank Ltd.", "Kalupur Commercial Co-op. Bank"],
            ),
        )
        p.add("small", "Patan Branch, Station Road, Patan - 384265  |  IFSC KCCB0PTN001")
        p.add("rule")
        p.part = "body"
        p.add("center", "STATEMENT OF ACCOUNT")
        start = j.date - dt.timedelta(days=rng.randrange(3, 12))
        end = j.date + dt.timedelta(days=rng.randrange(2, 10))
        p.add("left", f"Account: {FIRM}  |  Current A/c {acct}")
        p.add("left", f"Period: {start:%d/%m/%Y} to {end:%d/%m/%Y}")
        bal = rupees(rng, j.amount + 20000, j.amount + 600000)
        narr = f"NEFT DR/{to}"
        shown = to
        grid(
            p,
            "ks",
            [
                (0.0, 0.12, "l"),
                (0.12, 0.48, "l"),
                (0.48, 0.58, "c"),
                (0.58, 0.72, "r"),
                (0.72, 0.84, "r"),
                (0.84, 1.0, "r"),
            ],
            ["Date", "Narration", "Chq/Ref", "Withdrawal", "Deposit", "Balance"],
            [
                ([f"{start:%d/%m/%y}", "Opening Balance", "", "", "", num(bal)], {}),
                (
                    [f"{j.date:%d/%m/%y}", narr, "-", num(j.amount), "", num(round(bal - j.amount, 2))],
                    {
                        "date": j.date,
                        "merchant": shown,
                        "amount": j.amount,
                        "method": method,
                        "status": status,
                    },
                ),
                ([f"{end:%d/%m/%y}", "Closing Balance", "", "", "", num(round(bal - j.amount, 2))], {}),
            ],
            tint=(220, 232, 246),
        )
        p.add("small", "This is a computer generated statement and needs no signature.")
        return p.done()
    if k == 6:
        j.amount = rupees(rng, 1500, 60000, 0.7)
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (230, 90, 30))
        app_head(p, "BGGB mBanking", "Baroda Gujarat Gramin Bank")
        tile(p, status)
        gline(p, "ચુકવણી સફળ", bold=True)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = to
        gfield(p, "મેળવનાર", "Paid to", name, merchant=name)
        gfield(p, "યુપીઆઈ સંદર્ભ નં.", "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        gfield(p, "તારીખ", "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        gfield(p, "ખાતું", "From", f"Current A/c {acct[-6:]}  |  UPI", method=method)
        return p.done()
    p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Done",))
    band(p, (0, 82, 147))
    app_head(p, "IndOASIS", "Indian Bank")
    tile(p, status)
    p.add("center", "Transaction Successful", status=status)
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("gap")
    name = vname(p, [to], bold=False)
    kvr(p, "Beneficiary", name, merchant=name)
    kvr(p, "Amount", rs(j.amount), amount=j.amount)
    kvr(p, "UTR No.", utr, txn=(UTR_RANK, utr))
    kvr(p, "Mode", "NEFT", method=method)
    kvr(p, "Remarks", "Loom repair bill")
    return p.done()


# ---------------------------------------------------------------- 7. the house's people


WORK = [
    ("તાણાની બાંધણી", "tying the warp"),
    ("વાણાની બાંધણી", "tying the weft"),
    ("રંગાટ", "dyeing"),
    ("વણાટ", "weaving"),
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its tyers, dyers, weavers and staff: the wage account kept in a spiral notebook in a
    Gujarati hand (મજૂરી હિસાબ, "તા." and the day, નામ and the tyer's name, the work with its sums, કુલ
    (total), "રોકડા ચૂકવ્યા" (paid in cash), her signature; no reference); RazorpayX Payroll's payslip (tiles:
    Employee and Employee ID, Designation and Pay period; earnings and deductions on hairline rows; Net Pay;
    "Paid on <day> via IMPS, UTR ..."); Freecharge's Payment successful to a dyer ("Paid to" over the payee;
    each value over its label: UPI Ref No, Freecharge Txn ID, Date & time, From); Tata Neu's UPI payment
    failed to a weaver under a cross's tile ("to <weaver>", the reason in a notice; UPI Ref No, Attempted on,
    From on hairline rows); a WAGE RECEIPT from the house's printed pad, photographed clipped to a clipboard
    (Voucher No.; Date, Received by, Rupees, For written in; Rs. in a box; "in cash"; signed across a revenue
    stamp); Bajaj Finserv's UPI payment "just now" (a Payment successful capsule, "to <weaver>"; tiles: UPI
    Ref No, From; no day); JioFinance's payment processing (a capsule over its stages; Paying to, Amount, UPI
    Ref No, Initiated on in dot leaders); a tyer's receipt written in a Gujarati hand on a patola's naksha
    (its graph paper, a patch of the motif coloured square by square; પહોંચ (receipt), "GPay થી મળ્યા"
    (received by GPay), Ref and the day in her hand, her name). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1500, high=26000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    worker = HANDS[(k + rng.randrange(2)) % len(HANDS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = (252, 252, 248)
        spiral(p)
        p.part = "head"
        p.add("gap")
        ghand(p, "મજૂરી હિસાબ", align="c")
        p.part = "body"
        ghand(p, f"તા. {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", date=j.date)
        ghand(p, f"નામ: {worker}", merchant=worker)
        start = len(p.rows)
        j.amount = 0.0
        for gu, _ in rng.sample(WORK[:3], 2):
            n_ = rng.randrange(1, 3)
            v = float(n_ * rng.randrange(18, 32) * 100)
            ghand(p, f"{gu}, {n_} સાડી", figure=num(v, "indian", 0))
            j.amount += v
        ghand(p, "કુલ", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.7])
        p.add("gap")
        ghand(p, "રોકડા ચૂકવ્યા", method="cash", status=status)
        write(p, worker.split()[0], align="r")
        return p.done()
    if k == 1:
        who = rng.choice(STAFF)
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, FIRM)
        p.add("small", f"{TOWN}  |  Payslip by RazorpayX Payroll")
        p.add("rule")
        p.part = "body"
        month = j.month(1 if j.date.day < 12 else 0)
        p.add("center", f"Payslip for {month}")
        tiles2(p, ("Employee", who), ("Employee ID", f"SPG-{rng.randrange(10, 60):03d}"), merchant=who)
        tiles2(
            p,
            ("Designation", rng.choice(["Showroom assistant", "Accounts assistant"])),
            ("Pay period", month),
        )
        basic = float(rng.randrange(90, 160) * 100)
        hra = round(basic * 0.2, 0)
        conv = 1600.0
        pf = round(basic * 0.12, 0)
        pt = 200.0
        j.amount = basic + hra + conv - pf - pt
        spec = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        for label, v in (("Basic", basic), ("House rent allowance", hra), ("Conveyance", conv)):
            cols(p, "pe", spec, label, num(v), mode="line")
        for label, v in (("Provident fund", pf), ("Professional tax", pt)):
            cols(p, "pe", spec, f"less {label}", num(v), mode="line")
        total(p, "Net Pay", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add(
            "left",
            f"Paid on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} via IMPS, UTR {j.ref}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "This is a system generated payslip.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Share", "Done"))
        band(p, (232, 92, 36))
        app_head(p, "freecharge", "UPI")
        tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Paid to")
        p.add("center", worker, merchant=worker)
        p.add("rule")
        fid = f"FC{digits(rng, 16)}"
        vlab(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        vlab(p, "Freecharge Txn ID", fid, bold=False, txn=(TXN_RANK, fid))
        vlab(
            p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), bold=False, date=j.date
        )
        vlab(p, "From", f"Axis Bank {dot * 2}{digits(rng, 4)}", bold=False, method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (64, 20, 96))
        app_head(p, "Tata Neu", "UPI")
        tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("gap")
        note(
            p,
            "Your bank could not process this payment (U16, risk threshold exceeded). No money was debited.",
            "error",
        )
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "From", f"HDFC Bank XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        j.amount = float(rng.randrange(60, 240) * 100)
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 248, 240), (244, 248, 244)])
        clipboard(p)
        p.part = "head"
        patola_mark(p)
        top(p, pick(p, "title", [FIRM_CAPS, FIRM]))
        p.add("small", TOWN)
        p.add("center", "WAGE RECEIPT")
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        cols(p, "wr", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Voucher No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%Y"]), date=j.date)
        blank(p, "Received by", worker, merchant=worker)
        blank(p, "Rupees", clip(bare_words(j.amount), 34))
        blank(p, "For", rng.choice(["weaving, patola dupatta", "tying, 2 sarees", "dyeing, madder red"]))
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("left", "received in cash", method="cash", status=status)
        revenue(p)
        sig(p)
        p.add("right", "Receiver's signature")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 114, 188))
        app_head(p, "Bajaj Finserv", "UPI")
        chip(p, "Payment successful", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {worker}", merchant=worker)
        p.add("small", "just now")
        p.add("rule")
        tiles2(
            p,
            ("UPI Ref No", j.ref),
            ("From", f"BGGB {dot * 2}{digits(rng, 4)}"),
            txn=(UTR_RANK, j.ref),
            method="UPI",
        )
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, (14, 60, 120))
        app_head(p, "JioFinance", "UPI")
        chip(p, "Payment processing", status, status=status)
        steps(p, ["Initiated", "Bank processing", "Received"], 1, status)
        dots(p, "Paying to", worker, at=0.36, merchant=worker)
        dots(p, "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dots(p, "UPI Ref No", j.ref, at=0.36, txn=(UTR_RANK, j.ref))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.36, date=j.date)
        dots(p, "Mode", "UPI", at=0.36, method="UPI")
        p.add("small", "We will let you know when your bank confirms.")
        return p.done()
    j.amount = float(rng.randrange(30, 140) * 100)
    p = sheet_page(rng, font, [560, 600])
    p.style["paper"] = (252, 253, 250)
    p.part = "head"
    p.add("gap")
    ghand(p, "પહોંચ", align="c")
    p.part = "body"
    naksha(p)
    got = f"Rs. {num(j.amount, 'indian', 0)}/- GPay થી મળ્યા"
    ghand(p, got, amount=j.amount, method="UPI", status=status)
    ghand(p, "બાંધણીની મજૂરી, નવરત્ન ભાત")
    ghand(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
    ghand(p, f"તા. {when(j.date, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}", date=j.date)
    p.add("gap")
    ghand(p, worker, align="r", scale=1.2, merchant=worker)
    return p.done()


# ---------------------------------------------------------------- 8. fees to government


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's fees and dues: Patan Nagarpalika's property tax receipt from e-Nagar under its Gujarati name
    (a striped table: Receipt No., Tenement No., Owner / Occupier, Financial Year, Tax Amount, Payment Mode,
    Transaction ID, UPI Ref. No., Payment Date, Status); the Controller of Legal Metrology's e-payment receipt
    for the showroom scale's verification (labels against a gutter: Application No., Instrument, Trader, Fee,
    Receipt No., Bank Ref No., Payment Date, Payment Mode, Status); the Geographical Indications Registry's
    e-payment receipt for the firm's registration as an authorised user of the Patan patola's GI (CBR No.,
    Date, Form, GI Application No., Applicant, Amount, Payment mode, Bank Ref. No. in columns; Payment
    successful); the Gujarat Labour Welfare Board's contribution waiting on the bank (a capsule, a notice;
    Establishment, Period, Employees, Amount, Transaction ID, Payment mode, Initiated on in dot leaders);
    VAHAN's fitness fee for the firm's tempo failed under a cross's tile (tiles: Vehicle No., Payment for;
    each value over its label: Amount, Transaction No., Bank, Date; the reason in a notice); ESIC's challan
    paid (a table ruled on every side: Employer Code, Employer Name, Contribution Period, Challan Number,
    Transaction Number, Amount Paid, Challan Submitted Date, Payment Mode, Bank; Payment successful); Sidhpur
    Nagarpalika's receipt from its book for a stall at the Kartik Purnima fair under its Gujarati name (No.
    left blank; each field's label small in Gujarati and English over the value written by hand; "રોકડા મળ્યા"
    (received in cash) in a Gujarati hand; its oval stamp; no reference); Digital Gujarat's Payment successful
    for the Registrar of Firms ("2 hours ago"; Service, Application No., Fee, Transaction ID, Paid via on
    hairline rows; no day). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=300, high=24000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        gline(p, "પાટણ નગરપાલિકા", scale=1.2, bold=True)
        name = "PATAN NAGARPALIKA"
        top(p, name, merchant=name)
        p.add("small", "e-Nagar  |  Property Tax Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"PTN/PT/{fy(j.date)}/{digits(rng, 6)}"
        tid = f"ENGR{digits(rng, 12)}"
        zebra(
            p,
            "pn",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Particulars", "Details"],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (
                    [
                        "Tenement No.",
                        f"{rng.randrange(10, 99)}-{rng.randrange(100, 999)}-{rng.randrange(1, 99):02d}",
                    ],
                    {},
                ),
                (["Owner / Occupier", FIRM], {}),
                (["Financial Year", f"20{fy(j.date)}"], {}),
                (["Tax Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment Mode", "UPI"], {"method": "UPI"}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["UPI Ref. No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Status", "Success"], {"status": status}),
            ],
            (150, 30, 40),
        )
        p.add("small", "This is a computer generated receipt.")
        return p.done()
    if k == 1:
        j.amount = float(rng.choice([150, 300, 450, 600, 900]))
        p = browser_page(rng, font, "legalmetrology.gujarat.gov.in/epayment/receipt")
        p.part = "head"
        name = "Controller of Legal Metrology, Gujarat State"
        name = pick(p, "title", [name, "Controller of Legal Metrology"])
        top(p, name, merchant=name)
        p.add("small", "Verification and stamping fee  |  e-Payment receipt")
        p.add("rule")
        p.part = "body"
        rno = f"LM{j.date:%y}{digits(rng, 8)}"
        bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        gutter(p, "lm", "Application No.", f"LM/PTN/{digits(rng, 5)}", at=0.34)
        gutter(p, "lm", "Instrument", "Electronic weighing scale, Class III", at=0.34)
        gutter(p, "lm", "Trader", HOUSE, at=0.34)
        gutter(p, "lm", "Fee", rs(j.amount), at=0.34, amount=j.amount)
        gutter(p, "lm", "Receipt No.", rno, at=0.34, txn=(INVOICE_RANK, rno))
        gutter(p, "lm", "Bank Ref No.", bref, at=0.34, txn=(BANK_RANK, bref))
        gutter(p, "lm", "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.34, date=j.date)
        gutter(p, "lm", "Payment Mode", "Net Banking", at=0.34, method="netbanking")
        gutter(p, "lm", "Status", "Paid", at=0.34, status=status)
        return p.done()
    if k == 2:
        j.amount = float(rng.choice([500, 1000]))
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Geographical Indications Registry"
        top(p, name, merchant=name)
        p.add("small", "Office of the Controller General of Patents, Designs and Trade Marks, Chennai")
        p.add("rule")
        p.part = "body"
        p.add("center", "e-Payment Receipt")
        cbr = str(digits(rng, 6))
        bref = f"{digits(rng, 12)}"
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "gi", spec, "CBR No.", cbr, txn=(INVOICE_RANK, cbr))
        colkv(p, "gi", spec, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        colkv(p, "gi", spec, "Form", "GI-3A, registration as an authorised user")
        colkv(p, "gi", spec, "GI Application No.", "GI-56 (Patan Patola)")
        colkv(p, "gi", spec, "Applicant", FIRM)
        colkv(p, "gi", spec, "Amount", rs(j.amount), amount=j.amount)
        colkv(p, "gi", spec, "Payment mode", "Net Banking", method="netbanking")
        colkv(p, "gi", spec, "Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        p.add("gap")
        p.add("center", "Payment successful", status=status)
        return p.done()
    if k == 3:
        n_ = rng.randrange(5, 12)
        j.amount = float(n_ * 6 + n_ * 12)
        p = browser_page(rng, font, "glwb.gujarat.gov.in/OnlinePayment/Status")
        p.part = "head"
        name = "Gujarat Labour Welfare Board"
        top(p, name, merchant=name)
        p.add("small", "Labour Welfare Fund  |  Online contribution")
        p.add("rule")
        p.part = "body"
        chip(p, "Payment pending", status, status=status)
        note(
            p,
            "Your bank has not yet confirmed this payment. The challan will be generated once it does.",
            "warn",
        )
        tid = f"GLWB{digits(rng, 10)}"
        dots(p, "Establishment", FIRM, at=0.34)
        half = "January to June 2026" if j.date.month >= 7 else "July to December 2025"
        dots(p, "Period", half, at=0.34)
        dots(p, "Employees", str(n_), at=0.34)
        dots(p, "Amount", rs(j.amount), at=0.34, bold=True, amount=j.amount)
        dots(p, "Transaction ID", tid, at=0.34, txn=(TXN_RANK, tid))
        dots(p, "Payment mode", "Net Banking", at=0.34, method="netbanking")
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.34, date=j.date)
        return p.done()
    if k == 4:
        j.amount = float(rng.choice([600, 800, 1000, 1200]))
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (0, 90, 150))
        app_head(p, "VAHAN", "Parivahan Sewa")
        name = "Transport Department, Government of Gujarat"
        name = pick(p, "center", [name, "Transport Dept., Govt. of Gujarat"])
        p.add("center", name, merchant=name)
        tile(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.accent(RED)
        tiles2(p, ("Vehicle No.", f"GJ24T{rng.randrange(1000, 9999)}"), ("Payment for", "Fitness renewal"))
        tno = f"GJ{j.date:%y}{digits(rng, 10)}"
        vlab(p, "Amount", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction No.", tno, bold=False, txn=(TXN_RANK, tno))
        vlab(p, "Bank", "State Bank of India (Net Banking)", bold=False, method="netbanking")
        vlab(p, "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), bold=False, date=j.date)
        note(p, "The bank did not confirm the payment. Any amount debited will be refunded.", "error")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Employees' State Insurance Corporation"
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour and Employment, Government of India")
        p.add("rule")
        p.part = "body"
        p.add("center", "Challan - Payment successful", status=status)
        chn = f"{digits(rng, 10)}"
        tno = f"{digits(rng, 16)}"
        grid(
            p,
            "es",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Employer Code", f"{digits(rng, 8)}000{rng.randrange(1000, 9999)}"], {}),
                (["Employer Name", FIRM_CAPS], {}),
                (["Contribution Period", j.month(1)], {}),
                (["Challan Number", chn], {"txn": (INVOICE_RANK, chn)}),
                (["Transaction Number", tno], {"txn": (TXN_RANK, tno)}),
                (["Amount Paid", rs(j.amount)], {"amount": j.amount}),
                (["Challan Submitted Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Payment Mode", "Internet Banking"], {"method": "netbanking"}),
                (["Bank", "State Bank of India"], {}),
            ],
            tint=(224, 234, 244),
        )
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([500, 750, 1000, 1500, 2000]))
        # the fair at Sidhpur on the days round Kartik Purnima (24 November 2026)
        j.date = dt.date(2026, 11, rng.randrange(20, 27))
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(250, 246, 234), (244, 246, 236)])
        p.part = "head"
        gline(p, "સિદ્ધપુર નગરપાલિકા", scale=1.15, bold=True)
        name = "SIDHPUR NAGARPALIKA"
        top(p, name, merchant=name)
        gline(p, "પહોંચ \u00b7 RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..............")
        p.add("gap")
        gfield(p, "તારીખ", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        gfield(p, "નામ", "Name", HOUSE, pen=True)
        gfield(p, "વિગત", "For", "Stall, Kartik Purnima fair", pen=True)
        gfield(p, "રકમ", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        p.add("gap")
        ghand(p, "રોકડા મળ્યા", method="cash", status=status)
        oval(p, ["SIDHPUR", "NAGARPALIKA", "DIST. PATAN"], "violet", at=0.3, rows_=4)
        sig(p)
        p.add("right", "Recovery Clerk")
        return p.done()
    j.amount = float(rng.choice([100, 200, 300, 500]))
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Download receipt",))
    band(p, (0, 120, 90))
    app_head(p, "Digital Gujarat", "Citizen services")
    tile(p, status)
    p.add("center", "Payment successful", status=status)
    p.add("small", "2 hours ago")
    name = "Registrar of Firms, Gujarat State"
    p.add("center", name, merchant=name)
    p.add("rule")
    tid = f"DG{digits(rng, 14)}"
    kvr(p, "Service", "Change in partnership (Form 5)")
    kvr(p, "Application No.", f"ROF/{digits(rng, 7)}")
    kvr(p, "Fee", rs(j.amount), amount=j.amount)
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid via", "UPI", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 9. insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The firm's premiums: United India Insurance's PREMIUM RECEIPT for the Bharat Sookshma Udyam Suraksha
    policy on the looms and silk (Receipt No., Receipt Date, Received from, Policy, Policy No., Premium, CGST
    9%, SGST 9%, Total, Mode, UTR in dot leaders; "Received with thanks."); Tata AIG's motor premium for the
    tempo under process (a capsule over its stages, "to <insurer>"; each value over its label: Proposal No.,
    Premium, Payment ID, UPI Ref No, Initiated on); Bajaj Allianz's mail of a health premium received (its
    sentence; Policy number, Receipt number, Payment date, Payment mode, Transaction ID in columns); Care
    Health's Policy renewed under a tile ("paid to <insurer>", "Today, <hour>"; each value over its label:
    Policy No., Payment ID, Paid via; no day); National Insurance's marine cargo premium receipt for the
    sarees' journeys to the fairs (a table ruled on every side: Receipt No., Date, Insured, Policy, Sum
    insured, Premium, GST 18%, Total premium, Mode; "Received with thanks"); Cholamandalam MS's receipt
    written in its agent's book in Gujarati and English (No. left blank; each field's label small in Gujarati
    and English over the value written by hand; "રોકડા મળ્યા" (received in cash); no reference); Niva Bupa's
    payment failed under a cross's tile (the reason in a notice; tiles: Policy, Premium; Transaction ID,
    Payment mode, Attempted on on hairline rows); Royal Sundaram's premium receipt for the weavers' group
    personal accident policy (its stages all reached: Proposal, Payment, Policy issued; labels against a
    gutter: Receipt No., Policy, Insured persons, Premium (incl. GST), Payment date, Mode, UTR). All new
    here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=2400, high=68000)
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "Rs"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    pol = f"{rng.randrange(1000, 9999)}{digits(rng, 8)}"
    if k == 0:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["United India Insurance Company Limited", "United India Insurance Co. Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Branch Office, Rajmahal Road, Patan - 384265")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        rno = f"{rng.randrange(100000, 999999)}{j.date:%y}R{digits(rng, 6)}"
        utr = utr_for(rng, j, "Baroda Gujarat Gramin Bank", "NEFT")
        half = round(gst / 2, 2)
        dots(p, "Receipt No.", rno, at=0.4, txn=(INVOICE_RANK, rno))
        dots(p, "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.4, date=j.date)
        dots(p, "Received from", FIRM, at=0.4)
        dots(p, "Policy", "Bharat Sookshma Udyam Suraksha", at=0.4)
        dots(p, "Policy No.", pol, at=0.4)
        dots(p, "Premium", num(base), at=0.4)
        dots(p, "CGST 9%", num(half), at=0.4)
        dots(p, "SGST 9%", num(round(gst - half, 2)), at=0.4)
        dots(p, "Total", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Mode", "NEFT", at=0.4, method="netbanking")
        dots(p, "UTR", utr, at=0.4, txn=(UTR_RANK, utr))
        p.add("gap")
        p.add("left", "Received with thanks.", status=status)
        sig(p)
        p.add("right", "Branch Manager")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh",))
        band(p, (0, 80, 160))
        app_head(p, "TATA AIG", "Motor insurance")
        chip(p, "Payment under process", status, status=status)
        steps(p, ["Initiated", "Confirmation", "Policy issued"], 1, status)
        name = pick(p, "center", ["to Tata AIG General Insurance Co. Ltd.", "to Tata AIG General Insurance"])[
            3:
        ]
        p.add("center", f"to {name}", merchant=name)
        pid = f"TAIG{digits(rng, 12)}"
        vlab(p, "Proposal No.", f"PR{digits(rng, 10)}", bold=False)
        vlab(p, "Premium", rs(j.amount), amount=j.amount)
        vlab(p, "Payment ID", pid, bold=False, txn=(TXN_RANK, pid))
        vlab(p, "UPI Ref No", j.ref, bold=False, txn=(UTR_RANK, j.ref), method="UPI")
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 2:
        p = mail_page(
            rng, font, "Bajaj Allianz <noreply@bajajallianz.co.in>", ["Premium received - thank you"]
        )
        p.part = "head"
        name = "Bajaj Allianz General Insurance"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {SON},")
        p.add(
            "left",
            f"Thank you! We have received your premium of {rs(j.amount)} for your Health Guard family "
            "floater policy.",
            amount=j.amount,
            status=status,
        )
        rno = f"RCPT{digits(rng, 10)}"
        tid = f"{digits(rng, 12)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        colkv(
            p,
            "ba",
            spec,
            "Policy number",
            f"OG-{j.date.year % 100 + 1}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 8)}",
        )
        colkv(p, "ba", spec, "Receipt number", rno, txn=(INVOICE_RANK, rno))
        colkv(p, "ba", spec, "Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "ba", spec, "Payment mode", f"Credit card XXXX {digits(rng, 4)}", method="card")
        colkv(p, "ba", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        p.add("gap")
        p.add("small", "Bajaj Allianz General Insurance Co. Ltd., Yerawada, Pune.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Download policy",))
        band(p, (0, 110, 70))
        app_head(p, "Care Health", "Insurance")
        tile(p, status)
        p.add("center", "Policy renewed", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["paid to Care Health Insurance Ltd.", "paid to Care Health Insurance"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"CHI{digits(rng, 12)}"
        vlab(p, "Policy No.", str(digits(rng, 8)), bold=False)
        vlab(p, "Payment ID", pid, bold=False, txn=(TXN_RANK, pid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["National Insurance Company Ltd.", "National Insurance Co. Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Mehsana Divisional Office  |  Marine cargo (inland transit)")
        p.add("rule")
        p.part = "body"
        p.add("center", "PREMIUM RECEIPT")
        rno = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 6)}"
        insured = float(round(j.amount * rng.uniform(150, 400) / 100000) * 100000 + 500000)
        grid(
            p,
            "ni",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Insured", FIRM], {}),
                (["Policy", "Marine cargo, sarees to the fairs"], {}),
                (["Sum insured", rs(insured)], {}),
                (["Premium", num(base)], {}),
                (["GST 18%", num(gst)], {}),
                (["Total premium", rs(j.amount)], {"amount": j.amount}),
                (["Mode", f"UPI, Ref {j.ref}"], {"method": "UPI", "txn": (UTR_RANK, j.ref)}),
            ],
            tint=(230, 236, 226),
        )
        p.add("left", "Received with thanks.", status=status)
        sig(p)
        p.add("right", "Authorised signatory")
        return p.done()
    if k == 5:
        j.amount = float(rng.randrange(40, 260) * 100)
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(248, 248, 240), (250, 246, 238)])
        p.part = "head"
        name = pick(p, "title", ["Cholamandalam MS General Insurance", "Cholamandalam MS"])
        top(p, name, merchant=name)
        p.add("small", "Agent: Hitesh Panchal, Code 20-004417, Patan")
        gline(p, "પ્રીમિયમની પહોંચ \u00b7 PREMIUM RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..............")
        p.add("gap")
        gfield(p, "તારીખ", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        gfield(p, "નામ", "Received from", FIRM, pen=True)
        gfield(p, "પૉલિસી", "Policy", "Workmen's compensation", pen=True)
        gfield(p, "રકમ", "Premium", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        p.add("gap")
        ghand(p, "રોકડા મળ્યા", method="cash", status=status)
        sig(p)
        p.add("right", "Agent's signature")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (0, 86, 150))
        app_head(p, "Niva Bupa", "Health insurance")
        tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("center", "Niva Bupa Health Insurance", merchant="Niva Bupa Health Insurance")
        note(p, "Your card was declined by the issuing bank. Your policy has not been renewed yet.", "error")
        tiles2(p, ("Policy", "ReAssure 2.0"), ("Premium", rs(j.amount)), amount=j.amount)
        tid = f"NB{digits(rng, 14)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", f"Debit card XX{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    p = sheet_page(rng, font, [740, 780])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    name = pick(p, "title", ["Royal Sundaram General Insurance Co. Ltd.", "Royal Sundaram General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Premium receipt  |  Group personal accident")
    p.add("rule")
    p.part = "body"
    steps(p, ["Proposal", "Payment", "Policy issued"], 3, status)
    p.add("center", "Policy issued: premium received", status=status)
    rno = f"RS{j.date:%y}{digits(rng, 9)}"
    utr = utr_for(rng, j, "Kotak Mahindra Bank", "NEFT")
    gutter(p, "rs", "Receipt No.", rno, at=0.36, txn=(INVOICE_RANK, rno))
    gutter(p, "rs", "Policy", "Group personal accident", at=0.36)
    gutter(p, "rs", "Insured persons", f"{rng.randrange(8, 16)} weavers and tyers", at=0.36)
    gutter(p, "rs", "Premium (incl. GST)", rs(j.amount), at=0.36, amount=j.amount)
    gutter(p, "rs", "Payment date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=0.36, date=j.date)
    gutter(p, "rs", "Mode", "NEFT", at=0.36, method="netbanking")
    gutter(p, "rs", "UTR", utr, at=0.36, txn=(UTR_RANK, utr))
    return p.done()


# ---------------------------------------------------------------- 10. cards


COUNTERS = [
    ("SALVI PATOLA GHAR", "SALVIVAD, PATAN", "WORLDLINE", "worldline"),
    ("HOTEL LAXMI VILAS RESIDENCY", "R.C. DUTT ROAD, VADODARA", "Razorpay POS", "razorpay"),
    ("PATAN HIGHWAY FUELS", "CHANASMA ROAD, PATAN", "STATE BANK OF INDIA", "fuel"),
    ("SHREE KRISHNA ZARI WORKS", "SALABATPURA, SURAT", "KOTAK MAHINDRA BANK", "declined"),
    ("SALVI PATOLA GHAR - RANN UTSAV STALL 14", "DHORDO, KUTCH", "BharatPe", "stall"),
    ("AMBICA DYE CHEM", "KALUPUR, AHMEDABAD", "IDFC FIRST BANK", "pending"),
    ("JAY AMBE DEVDA HOUSE", "BAGWADA DARWAJA, PATAN", "", "memo"),
    ("SALVI PATOLA GHAR", "SALVIVAD, PATAN", "PhonePe Smart POS", "smartpos"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the house's terminals and the firm's card elsewhere: Worldline's SALE at the showroom (DATE
    and TIME on a line, MID and TID on a line, BATCH and INVOICE NO on a line; CARD NO, CARD TYPE, AUTH CODE,
    RRN, AMOUNT, APPROVED, PIN VERIFIED); Razorpay POS' slip at a Vadodara hotel (each field a line of "Label
    : value": Date/Time, Txn ID, Card, Auth code, RRN, Amount, Status APPROVED; the e-receipt's line); SBI's
    slip at a Patan filling station (PUMP, NOZZLE, PRODUCT, RATE, VOLUME, VEHICLE NO, the card, APPR CODE,
    RRN, AMOUNT, TXN APPROVED); Kotak's slip at a Surat zari works declined (55 INCORRECT PIN); BharatPe's
    CARD SALE at the Rann Utsav stall in the Utsav's days (DATE, TIME, TID, INVOICE, CARD, APPROVAL, RRN,
    TOTAL, SUCCESS); IDFC FIRST Bank's slip at an Ahmedabad dye house with no response (TXN STATUS PENDING,
    PLEASE CHECK BEFORE RETRY); a Patan devda sweet shop's CASH MEMO under its Gujarati name, written by hand
    (Date written in; Item | Qty | Rs. written in its columns, Total, "Paid by card"; no reference); PhonePe's
    Smart POS screen at the showroom (the house under the app, a tile, Payment successful, the sum, the card
    and the hour alone; each value over its label: Auth Code, RRN; no day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=600, high=85000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "stall":
        shift(j, rng, UTSAV + dt.timedelta(days=rng.randrange(0, 10)))
    if layout in ("declined", "pending", "razorpay"):
        j.amount = rupees(rng, 1800, 24000, 0.5)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "smartpos":
        p = phone(rng, font, k, ["", "Card payment"], dark=False, buttons=("New sale",))
        band(p, (95, 37, 159))
        app_head(p, "PhonePe Smart POS", "Card payment")
        shown = pick(p, "center", [name])
        p.add("center", shown, merchant=shown)
        p.add("small", town.title())
        tile(p, status)
        p.add("center", "Payment successful", status=status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add(
            "small", f"{scheme} {sign(font, chr(0x2022), '*') * 4} {last4}  (chip)  |  {t[:5]}", method="card"
        )
        p.add("rule")
        vlab(p, "Auth Code", appr, txn=(APPR_RANK, appr))
        vlab(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        return p.done()
    if layout == "memo":
        p = sheet_page(rng, font, [560, 600])
        p.style["paper"] = rng.choice([(250, 244, 230), (246, 248, 238)])
        p.part = "head"
        gline(p, "જય અંબે દેવડા હાઉસ", scale=1.1, bold=True)
        top(p, name, merchant=name)
        p.add("small", "Patan na devda, ghari and sukhdi  |  Bagwada Darwaja, Patan")
        p.add("center", "CASH MEMO")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        spec = [(0.0, 0.62, "l"), (0.62, 0.76, "c"), (0.78, 1.0, "r")]
        cols(p, "mh", spec, "Item", "Qty", "Rs.", mode="line")
        start = len(p.rows)
        j.amount = 0.0
        for text, unit, lo, hi in rng.sample(
            [
                ("Devda (kesar)", "kg", 560, 680),
                ("Ghari, dry fruit", "kg", 880, 1040),
                ("Sukhdi", "kg", 360, 440),
                ("Mohanthal", "kg", 520, 600),
            ],
            rng.randrange(2, 4),
        ):
            q = rng.choice([1, 2, 3])
            v = float(q * rng.randrange(lo, hi, 20))
            hcells(p, spec, text, f"{q} {unit}", num(v, "indian", 0))
            j.amount += v
        hcells(p, spec, "Total", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.62, 0.77])
        p.add("gap")
        write(p, "Paid by card. Thank you!", method="card", status=status)
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "worldline":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE:{when(j.date, '%d/%m/%Y')}  TIME:{t}", date=j.date)
        p.add("left", f"MID:{mid[:12]}  TID:{tid}")
        p.add("left", f"BATCH:{batch[-3:]}  INVOICE NO:{inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.pair("CARD NO", f"XXXXXXXXXXXX{last4}", method="card")
        p.pair("CARD TYPE", scheme)
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED  |  NO SIGNATURE REQUIRED")
        p.add("small", "CUSTOMER COPY")
    elif layout == "razorpay":
        rid = f"{j.date:%y%m%d}{digits(rng, 10)}"
        p.add("center", "Card Sale")
        p.add("rule")
        for label, value, facts in [
            ("Date/Time", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", {"date": j.date}),
            ("Txn ID", rid, {"txn": (TXN_RANK, rid)}),
            ("Card", f"{scheme} XXXX{last4} (tap)", {"method": "card"}),
            ("Auth code", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Amount", amt, {"amount": j.amount}),
            ("Status", "APPROVED", {"status": status}),
        ]:
            p.add("left", f"{label:<9} : {value}", **facts)
        p.add("rule")
        p.add("small", "e-receipt sent to +91 98XXXXXX41")
    elif layout == "fuel":
        rate = round(rng.uniform(89.5, 93.9), 2)
        litres = round(rng.uniform(20, 55), 2)
        j.amount = round(rate * litres, 2)
        amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("PUMP / NOZZLE", f"{rng.randrange(1, 5)} / {rng.randrange(1, 3)}")
        p.pair("PRODUCT", "HSD")
        p.pair("RATE", f"{rate:.2f}")
        p.pair("VOLUME", f"{litres:.2f} LTR")
        p.pair("VEHICLE NO", f"GJ24T{rng.randrange(1000, 9999)}")
        p.add("left", f"{scheme} ************{last4}", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN APPROVED", status=status)
        p.add("small", "THANK YOU. VISIT AGAIN")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%y"), date=j.date)
        p.pair("TIME", t[:5])
        p.pair("TID", tid)
        p.pair("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION DECLINED", status=status)
        p.add("center", "55 INCORRECT PIN")
        p.add("small", "NO AMOUNT DEBITED. PLEASE RETRY")
    elif layout == "stall":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d %b %Y").upper(), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE", inv[-5:], txn=(INVOICE_RANK, inv[-5:]))
        p.pair("CARD", f"{scheme} XXXX XXXX XXXX {last4}", method="card")
        p.pair("APPROVAL", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("TOTAL", amt, amount=j.amount)
        p.add("center", "SUCCESS", status=status)
        p.add("small", "THANK YOU FOR VISITING RANN UTSAV")
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE/TIME", f"{when(j.date, '%d-%m-%Y')} {t[:5]}", date=j.date)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} ...{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "RESPONSE NOT RECEIVED", status=status)
        p.add("center", "TXN STATUS: PENDING")
        p.add("small", "PLEASE CHECK BEFORE RETRY")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


UGVCL = "Uttar Gujarat Vij Company Ltd."
UGVCL_GU = "ઉત્તર ગુજરાત વીજ કંપની લિમિટેડ"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house's and the showroom's bills: UGVCL's online payment receipt under its Gujarati name (tiles:
    Consumer No., Consumer name; each value over its label: Amount paid; Transaction ID, Bank reference,
    Payment date, Mode, Status on hairline rows); Airtel Xstream Fiber's mail of a payment received (its
    sentence; Account ID, Plan, Payment date, Transaction ID, Payment mode in columns); Vi's postpaid bill
    payment failed under a cross's tile ("to <biller>", the reason in a notice; each value over its label:
    Mobile number, Bill amount, Transaction ID, Payment mode, Attempted on); Gujarat Gas' PNG bill payment
    receipt (a table ruled on every side: BP Number, Customer name, Bill month, Receipt No., Transaction ID,
    Amount, Payment date, Payment mode; its thanks); Tata Play's Recharge successful ("for <biller>",
    "Yesterday, <hour>"; each value over its label: Subscriber ID, Pack, Transaction ID, Paid via; no day); HP
    Pay's refill booking with the payment pending (a capsule, "to <biller>"; tiles: Booking No., Distributor;
    UPI Ref No, Initiated on); a cable operator's receipt from its collector's book (No. left blank; each
    field's label small in Gujarati and English over the value written by hand; "રોકડા મળ્યા" (received in
    cash); no reference); Bharat BillPay's receipt for Patan Nagarpalika's water charges (a Successful
    capsule; Biller Name, Consumer No., Bill Amount, BBPS Txn Ref ID, Payment Date, Payment Channel, Payment
    Mode in dot leaders). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=300, high=14000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = phone(rng, font, k, ["", "Payment receipt"], dark=False, buttons=("Download",))
        band(p, (0, 90, 160))
        app_head(p, "UGVCL", "Online bill payment")
        gline(p, UGVCL_GU, bold=True)
        p.add("center", UGVCL, merchant=UGVCL)
        p.add("gap")
        tiles2(
            p, ("Consumer No.", f"{digits(rng, 5)}{digits(rng, 6)}"), ("Consumer name", "SALVI PATOLA GHAR")
        )
        vlab(p, "Amount paid", rs(j.amount), amount=j.amount)
        tid = f"UG{digits(rng, 14)}"
        bref = str(digits(rng, 12))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Bank reference", bref, txn=(BANK_RANK, bref))
        kvr(p, "Payment date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        kvr(p, "Mode", "UPI", method="UPI")
        kvr(p, "Status", "Success", status=status)
        return p.done()
    if k == 1:
        p = mail_page(rng, font, "Airtel <ebill@airtel.com>", ["Payment received for your Xstream Fiber"])
        p.part = "head"
        name = "Airtel Xstream Fiber"
        top(p, name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {SON},")
        p.add(
            "left",
            f"We have received your payment of {rs(j.amount)} for your Airtel Xstream Fiber account. "
            "Thank you.",
            amount=j.amount,
            status=status,
        )
        tid = f"{digits(rng, 10)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "ax", spec, "Account ID", f"2{digits(rng, 9)}")
        colkv(p, "ax", spec, "Plan", "Xstream Fiber 200 Mbps, 12 months")
        colkv(p, "ax", spec, "Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "ax", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(p, "ax", spec, "Payment mode", "Net Banking", method="netbanking")
        p.add("small", "Bharti Airtel Ltd. This is an auto-generated mail.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Retry",))
        band(p, (230, 0, 60))
        app_head(p, "Vi", "Postpaid bill payment")
        tile(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("center", "to Vodafone Idea Ltd.", merchant="Vodafone Idea Ltd.")
        note(p, "Your payment could not be completed as the bank did not respond. Please try again.", "error")
        tid = f"VI{digits(rng, 13)}"
        vlab(p, "Mobile number", f"98{digits(rng, 1)}XXXXX{digits(rng, 2)}", bold=False)
        vlab(p, "Bill amount", rs(j.amount), amount=j.amount)
        vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
        vlab(p, "Payment mode", "Credit card", bold=False, method="card")
        vlab(
            p,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Gujarat Gas Limited"
        top(p, name, merchant=name)
        p.add("small", "PNG bill payment receipt")
        p.add("rule")
        p.part = "body"
        rno = f"GGL{digits(rng, 10)}"
        tid = f"{digits(rng, 14)}"
        grid(
            p,
            "gg",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["BP Number", str(digits(rng, 10))], {}),
                (["Customer name", f"{PARTNER}"], {}),
                (["Bill month", j.month(1)], {}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Payment mode", f"Debit card XX{digits(rng, 4)}"], {"method": "card"}),
            ],
            tint=(220, 236, 232),
        )
        p.add("center", "Thank you for your payment.", status=status)
        return p.done()
    if k == 4:
        j.amount = rupees(rng, 299, 2999, 0.8)
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        band(p, (120, 20, 120))
        app_head(p, "Tata Play", "Recharge")
        tile(p, status)
        p.add("center", "Recharge successful", status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Tata Play", merchant="Tata Play")
        p.add("small", f"Yesterday, {hhmm(rng)}")
        p.add("rule")
        tid = f"TP{digits(rng, 12)}"
        vlab(p, "Subscriber ID", str(digits(rng, 10)), bold=False)
        vlab(p, "Pack", "Hindi Smart HD + Gujarati", bold=False)
        vlab(p, "Transaction ID", tid, bold=False, txn=(TXN_RANK, tid))
        vlab(p, "Paid via", "UPI", bold=False, method="UPI")
        return p.done()
    if k == 5:
        j.amount = round(rng.uniform(880, 960), 2)
        p = phone(rng, font, k, ["", "Refill booking"], dark=False, buttons=("Check status",))
        band(p, (0, 80, 150))
        app_head(p, "HP Pay", "LPG refill")
        chip(p, "Payment pending", status, status=status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "to HP Gas", merchant="HP Gas")
        bno = str(digits(rng, 8))
        tiles2(p, ("Booking No.", bno), ("Distributor", "Patan Gas Agency"), txn=(ORDER_RANK, bno))
        vlab(p, "UPI Ref No", j.ref, bold=False, txn=(UTR_RANK, j.ref), method="UPI")
        vlab(
            p,
            "Initiated on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            bold=False,
            date=j.date,
        )
        note(p, "We are waiting for your bank's confirmation. Please do not pay again.", "warn")
        return p.done()
    if k == 6:
        j.amount = float(rng.choice([300, 350, 400, 600, 700, 800]))
        p = sheet_page(rng, font, [600, 640])
        p.style["paper"] = rng.choice([(246, 246, 236), (250, 244, 236)])
        p.part = "head"
        name = "SHREE SAI CABLE NETWORK"
        top(p, name, merchant=name)
        p.add("small", "GTPL Hathway authorised operator  |  Salvivad, Patan")
        gline(p, "પહોંચ \u00b7 RECEIPT", bold=True)
        p.part = "body"
        p.add("left", "No. ..............")
        p.add("gap")
        gfield(p, "તારીખ", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}/%m/%y"]), pen=True, date=j.date)
        gfield(p, "નામ", "Name", "Salvi, Salvivad", pen=True)
        gfield(p, "મહિના", "Months", f"{j.date - dt.timedelta(days=30):%b}, {j.date:%b}", pen=True)
        gfield(p, "રકમ", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        p.add("gap")
        ghand(p, "રોકડા મળ્યા", method="cash", status=status)
        sig(p)
        p.add("right", "Collector")
        return p.done()
    j.amount = rupees(rng, 800, 6000, 0.7)
    p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Share receipt",))
    band(p, (20, 50, 110))
    app_head(p, "Bharat BillPay", "Payment receipt")
    chip(p, "Successful", status, status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("gap")
    tid = f"CC0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 8)}"
    dots(p, "Biller Name", "Patan Nagarpalika - Water", at=0.36, merchant="Patan Nagarpalika - Water")
    dots(p, "Consumer No.", f"W-{digits(rng, 6)}", at=0.36)
    dots(p, "Bill Amount", rs(j.amount), at=0.36)
    dots(p, "BBPS Txn Ref ID", tid, at=0.36, txn=(TXN_RANK, tid))
    dots(p, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.36, date=j.date)
    dots(p, "Payment Channel", "Mobile", at=0.36)
    dots(p, "Payment Mode", "UPI", at=0.36, method="UPI")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Baroda Gujarat Gramin Bank", "AD-BGGBNK", "PATAN PRINTING PRESS", "UPI", "gujarati"),
    ("Kotak Mahindra Bank", "VM-KOTAKB", "SHREE KRISHNA ZARI WO", "NEFT", "sms"),
    ("IDFC FIRST Bank", "", "HARSIDDHI ELECTRICALS", "UPI", "shade"),
    ("Canara Bank", "JD-CANBNK", "GANESH TRANSPORT CO", "IMPS", "sms"),
    ("Axis Bank", "", "SAHAJ WEB SOLUTIONS", "NEFT", "mail"),
    ("Federal Bank", "", "AMBICA DYE CHEM", "NEFT", "whatsapp"),
    ("The Kalupur Commercial Co-operative Bank", "AX-KALUPR", "RANI KI VAV PACKAGING", "NEFT", "sms"),
    ("Bank of India", "BZ-BOIIND", "VISHWAKARMA LOOM WORKS", "IMPS", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the firm's payments: Baroda Gujarat Gramin Bank's SMS in Gujarati in its messages
    thread under its day divider ("આપના ખાતા XX1234 માંથી રૂ.x UPI દ્વારા <PAYEE> ને <dd-mm-yyyy> ના રોજ ડેબિટ
    કરવામાં આવ્યા છે. સંદર્ભ નં. <ref>. ..."); SMS in Kotak's ("Sent Rs.x from Kotak Bank AC X1234 to <PAYEE>
    on <dd-mm-yy> via NEFT. UTR:..."), Canara Bank's ("IMPS transaction of Rs.x from A/c XX1234 to <PAYEE> on
    <dd/mm/yyyy> has FAILED. Amount, if debited, will be reversed. Ref No ..."), the Kalupur Bank's ("Your A/c
    XX1234 is debited by Rs.x on <dd.mm.yyyy> towards NEFT to <PAYEE>. Avl Bal Rs.y"; no reference) and Bank
    of India's ("BOI - Rs.x debited from A/c XX1234 on <dd-Mon-yyyy> for IMPS to <PAYEE>. IMPS Ref ...")
    wordings; IDFC FIRST Bank's notification in a phone's pulled-down shade under its quick toggles ("now";
    "Rs.x paid to <PAYEE> via UPI from A/c XX1234. UPI Ref ..."; no day); Axis Bank's mail ("INR x has been
    debited from your Axis Bank account no. XX1234 on <dd-mm-yyyy> for NEFT to <PAYEE>. UTR: ..."); Federal
    Bank's WhatsApp Banking message under its day divider ("Your NEFT of Rs.x to <PAYEE> initiated on
    <dd/mm/yyyy> is in process. UTR ... Please do not re-initiate."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=2000, high=90000)
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
    if frame == "gujarati":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"આપના ખાતા XX{tail4} માંથી રૂ.{amt} UPI દ્વારા {to} ને {when(j.date, '%d-%m-%Y')} ના રોજ "
            f"ડેબિટ કરવામાં આવ્યા છે. સંદર્ભ નં. {utr}. આપે આ વ્યવહાર ન કર્યો હોય તો 1800-233-2550 પર "
            "ફોન કરો. - BGGB"
        )
        gwrap(p, text, share=0.94, **facts)
        h273.bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "Kotak Mahindra Bank":
            text = (
                f"Sent Rs.{amt} from Kotak Bank AC X{tail4} to {to} on {when(j.date, '%d-%m-%y')} via NEFT. "
                f"UTR:{utr}. Not you? Call 18602662666"
            )
        elif bank == "Canara Bank":
            text = (
                f"IMPS transaction of Rs.{amt} from A/c XX{tail4} to {to} on {when(j.date, '%d/%m/%Y')} has "
                f"FAILED. Amount, if debited, will be reversed. Ref No {utr} -Canara Bank"
            )
        elif bank == "Bank of India":
            text = (
                f"BOI - Rs.{amt} debited from A/c XX{tail4} on {when(j.date, '%d-%b-%Y')} for IMPS to {to}. "
                f"IMPS Ref {utr}. Avl Bal Rs.{bal}"
            )
        else:
            text = (
                f"Your A/c XX{tail4} is debited by Rs.{amt} on {when(j.date, '%d.%m.%Y')} towards NEFT "
                f"to {to}. Avl Bal Rs.{bal} - Kalupur Bank"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "Axis Bank <alerts@axisbank.com>", ["Debit transaction alert", "NEFT debit alert"]
        )
        p.part = "head"
        top(p, "AXIS BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"INR {amt} has been debited from your Axis Bank account no. XX{tail4} on "
            f"{when(j.date, '%d-%m-%Y')} for NEFT to {to}. UTR: {utr}.",
            **facts,
        )
        p.add("left", f"Available balance: INR {bal}")
        p.add("gap")
        p.add("left", "If you did not do this transaction, please call 1860 419 5555 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Axis Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "shade":
        p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([21, 22]))
        p.part = "body"
        p.add("small", hhmm(rng, twelve=False))
        shade_pull(p)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"IDFC FIRST Bank {sign(font, chr(0x2022), '*')} now")
        p.add("left", f"Rs.{amt} paid to {to} via UPI from A/c XX{tail4}. UPI Ref {utr}.", **facts)
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"WhatsApp {sign(font, chr(0x2022), '*')} 8m")
        p.add("left", "Nilesh: sarees packed for Mumbai, courier at 5")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Manage notifications")
        return p.done()
    p = phone(rng, font, k, ["Federal Bank"], dark=False, buttons=())
    p.part = "body"
    p.add("small", "WhatsApp Banking  |  verified business")
    h275.divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
    s = len(p.rows)
    text = (
        f"Your NEFT of Rs.{amt} to {to} initiated on {when(j.date, '%d/%m/%Y')} is in process. UTR {utr}. "
        "Please do not re-initiate. - Federal Bank"
    )
    for n_, line in enumerate(lines_of(p, text, 1.0, 0.9)):
        p.add("left", line, **(facts if n_ == 0 else {}))
    h273.bubble(p, s, hhmm(rng, lower=True))
    return p.done()

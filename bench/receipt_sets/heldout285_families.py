"""The twelve heldout285 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Chittara artists' collective's year of 2026 in Sagara, Shivamogga district,
Karnataka (Malenadu Chittara Kalavidara Balaga, a registered society of the Deewaru women who paint Chittara,
the geometric wall and paper art of Malnad, in four colours ground by hand: the red earth (kemmannu) of the
ground, rice paste's white, the black of burnt rice and the yellow of gurige seeds; its workshop on Keladi
Road, Hase Chittara Mane, where the artists paint the Hase of a wedding room's wall, the Bhoomanni buttis
(bamboo baskets) of Bhoomi Hunnime, panels, trays, lamp shades and cards, and where visitors learn the art;
its shop on B.H. Road, Chittara Angadi, with stall 41 at the Mysuru Dasara Exhibition; the web shop
chittaraangadi.in, Jaypore and buyers abroad), told by the proofs of payment it receives (buyers' Google Pay,
Tata Neu, MobiKwik, Kotak811, Canara ai1, Jupiter and IDFC FIRST screens and BharatPe on the Angadi's phone;
the Bengaluru airport through Coupa, the Development Commissioner (Handicrafts) through PFMS, Jaypore,
Ninasam, a design studio through RazorpayX, an interior designer's WhatsApp, Jungle Lodges through NetSuite
and an Agumbe retreat's voucher; Mercury, Rabobank, Starling, Kiwibank, Bank Muscat, Swedbank, Maybank and
CBQ; its own invoice, order page, receipt book, cash bill, basket token, booking mail, failed checkout and
money receipt) and those it makes (a red earth seller, a frame works, Hobby Ideas, the Medar bamboo workers, a
handmade paper works, Moglix, a printer and Hostinger; Canara Bank, KBL Mobile Plus, FedMobile, Bank of India,
Axis Bank, KGB Mobile and JioFinance; its artists' and staff's payroll, work slip, screens, honorarium,
advance slip and payslip; the City Municipal Council, the Commercial Taxes Department, Kaveri, Heggodu Grama
Panchayat, e-Karmika, Khajane-II, the Forest Department and the Lalithakala Academy; eight insurers; cards on
its three terminals and at a hotel, a restaurant, a bookshop and an art materials shop; MESCOM, Malnad
Broadband, Vi, Bharat Gas, a water supplier, Sun Direct, BSNL and Airtel; the banks' SMS, a Kannada SMS, an
app's inbox, a mail and WhatsApp banking). Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, the units' lines,
salutations, Kannada lines (but a bank's SMS in Kannada, whose figures and payee carry the facts, and a
Kannada hand's sums, "cash received" and "received by GPay"), items, panels, baskets, frames, cans, counts,
rates, taxable values, GST, cess, fees, commissions, charges, balances, gross sums, periods, months, years,
invoice, event, due and validity days, a timeline's hours, account, policy, proposal, licence, registration,
application, enrolment, property, consumer, RR, smart card, SI and vehicle numbers, PO numbers, IFSC, UPI IDs
of payers, GSTIN, chips, rewards, emblems, borders, baskets, stamps, seals, signatures, thumb boxes, loading
bars, rain, staples, glare and cork carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``right`` heldout152's;
``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's;
``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``,
``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits``
heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``kv``, ``kvr``, ``zebra``, ``total``, ``ticks``,
``thumb``, ``seal``, ``sms_page``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``, ``lab``,
``fill``, ``hand``, ``amtbox``, ``tt``, ``rstamp``, rounded cards), heldout273's (``pill``, ``field``,
``hcells``, ``ledger``, ``avatar``, ``bubble``, ``cell_name``), heldout275's (``sig``, ``divider``,
``gutter``, ``tabs``), heldout277's ``split`` and heldout279's ``phone``, ``band``, ``app_head``, ``pick``,
``clip``, ``at_hour``, ``day_in``, ``shift``, ``initials``, ``tail``, ``phone_no`` and ``redno``, written in
this set's pens and printers' faces. ``compose`` is heldout158's (as heldout269's to heldout281's), each
page's rows drawn by heldout279's ``_render`` and then by this set's own ``_render`` in the lines it leaves
for them: Kannada lines, labels (Kannada over English with the value at the right, English over Kannada with
the value beside them, English with its Kannada in brackets and dot leaders to the value) and hand in Noto
Sans and Noto Serif Kannada, shaped by Raqm; a Hase Chittara as a letterhead's emblem; a Chittara divider of
white and black triangles on the red earth; a Chittara border; a Bhoomanni butti; an outcome's large mark
ringed; an app's details loading in grey bars; a reward's banner with a gift box; chips; a folding section's
chevron; a timeline of a payment's steps with their hours; a total underlined twice in pen; rain's blots; a
staple; a lamp's glare; and, after the frame, a chit pinned on a cork board. The pages' layouts and wordings
are this set's own."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout277_families as h277
from bench.receipt_sets import heldout279_families as h279
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
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import (
    bold_of,
    cols,
    kv,
    kvr,
    seal,
    sms_page,
    thumb,
    ticks,
    total,
    zebra,
)
from bench.receipt_sets.heldout271_families import (
    amtbox,
    card_close,
    card_open,
    colkv,
    dots,
    fill,
    grid,
    hand,
    lab,
    rstamp,
    tt,
)
from bench.receipt_sets.heldout273_families import (
    avatar,
    bubble,
    field,
    hcells,
    ledger,
    pill,
)
from bench.receipt_sets.heldout275_families import (
    divider,
    gutter,
    room_of,
    sig,
    tabs,
)
from bench.receipt_sets.heldout279_families import (
    app_head,
    at_hour,
    band,
    clip,
    day_in,
    initials,
    phone,
    phone_no,
    pick,
    shift,
    tail,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
KN = "noto/NotoSansKannada-Regular.ttf"
KN_BOLD = "noto/NotoSansKannada-Bold.ttf"
KN_SERIF = "noto/NotoSerifKannada-Regular.ttf"
KN_SERIF_BOLD = "noto/NotoSerifKannada-Bold.ttf"
# the upright Latin face a Kannada hand writes its figures and capitals in
HAND_LATIN = "freefont/FreeSerif.ttf"
# the hands that write on this set's papers: italics and obliques in another mix than heldout280's and
# heldout281's
PENS = [
    "noto/NotoSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "liberation/LiberationSans-Italic.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
]
INKS = [(24, 40, 124), (28, 28, 92), (46, 38, 40), (16, 72, 100), (100, 30, 48)]
# the faces a page's fixed-width lines are printed in (a bank printer's, a terminal's, a dot-matrix's)
TYPES = [
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
]
# Chittara's four colours, as the Deewaru women grind them: kemmannu (the red earth of a Malnad wall, the
# ground), rice paste's white, the black of burnt rice and the yellow of gurige seeds
KEMMANNU = [(150, 58, 40), (138, 50, 36), (162, 70, 46), (128, 46, 38)]
AKKI = (248, 244, 232)
KARI = (34, 28, 26)
ARISHINA = [(230, 176, 40), (222, 164, 36), (236, 186, 60)]

# ---------------------------------------------------------------- the collective

COLL = "Malenadu Chittara Kalavidara Balaga"
COLL_CAPS = COLL.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "MALENADU CHITTARA KALAVI"
COLL_SHORT = "Malenadu Chittara Balaga"
COLL_KN = "ಮಲೆನಾಡು ಚಿತ್ತಾರ ಕಲಾವಿದರ ಬಳಗ"
MANE = "Hase Chittara Mane"
MANE_CAPS = MANE.upper()
MANE_KN = "ಹಸೆ ಚಿತ್ತಾರ ಮನೆ"
ANGADI = "Chittara Angadi"
ANGADI_CAPS = ANGADI.upper()
ANGADI_KN = "ಚಿತ್ತಾರ ಅಂಗಡಿ"
WEB = "chittaraangadi.in"
REGD = "Regd. No. SMG-S-214/2015-16"
GSTIN = "29AAFAM3816J1ZQ"
PAN = "AAFAM3816J"
OFFICE = "Hase Chittara Mane, Keladi Road, Sagara - 577401 (Shivamogga Dt.)"
MANE_AT = "Keladi Road, Sagara - 577401"
ANGADI_AT = "B.H. Road, near Ganapathi Temple, Sagara - 577401"
STALL = "Stall 41, Dasara Exhibition, Mysuru"
SECRETARY = "Smt. Gowri Naik"
# the Dasara Exhibition at Doddakere Maidana, Mysuru, 11 October to 9 December 2026 (the collective's stall is
# number 41)
DASARA = dt.date(2026, 10, 11)
IFSC = {
    "Canara Bank": "CNRB",
    "Karnataka Bank": "KARB",
    "Karnataka Gramin Bank": "PKGB",
    "State Bank of India": "SBIN",
    "Bank of India": "BKID",
    "Union Bank of India": "UBIN",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "The Federal Bank": "FDRL",
    "Kotak Mahindra Bank": "KKBK",
    "IDFC FIRST Bank": "IDFB",
    "Indian Overseas Bank": "IOBA",
    "Central Bank of India": "CBIN",
}
SHORT_BANK = {
    "Canara Bank": "Canara",
    "Karnataka Bank": "KBL",
    "Karnataka Gramin Bank": "KGB",
    "State Bank of India": "SBI",
    "Bank of India": "BOI",
    "Union Bank of India": "Union Bank",
    "Axis Bank": "Axis",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "The Federal Bank": "Federal",
    "Kotak Mahindra Bank": "Kotak",
}
# the collective's work: name, HSN, price each (low, high)
WORKS = [
    ("Chittara wall panel, handmade paper, 12 x 12 in", "9701", 900, 2200),
    ("Hase chittara on canvas, 18 x 24 in", "9701", 2800, 6500),
    ("Bhoomanni butti, painted bamboo basket", "4602", 450, 1100),
    ("Chittara tray, areca wood, 10 in", "4419", 550, 1200),
    ("Chittara coasters, set of 6", "4421", 350, 800),
    ("Chittara diary, handmade paper", "4820", 280, 560),
    ("Chittara lamp shade, areca sheath", "9405", 900, 1900),
    ("Chittara table mats, cotton, set of 4", "6302", 600, 1400),
    ("Chittara bookmarks, set of 5", "4911", 150, 300),
    ("Hase wedding card, painted by hand", "4909", 120, 260),
]
CUSTOMERS = [
    "Mrs. Shwetha Hegde",
    "Mr. Pradeep Bhat",
    "Ms. Ananya Rao",
    "Dr. Suresh Gowda",
    "Mrs. Kavya Shetty",
    "Mr. Nikhil Kamath",
    "Ms. Farah Sheikh",
]
# the collective's artists, Deewaru women of the villages round Sagara, Soraba and Shikaripura
ARTISTS = [
    "Savithri Naik",
    "Lalitha Naik",
    "Bhagirathi Naik",
    "Nagaveni Naik",
    "Kamala Poojari",
    "Sharada Naik",
    "Renuka Naik",
    "Gangamma Naik",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The collective's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = rng.randrange(1, 4) if lo < 700 else 1 if lo > 2000 else rng.randrange(1, 3)
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 10))))
    return out


def utr_for(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "CNRB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def gstin_of(rng: random.Random, state: str = "29", kind_: str = "P") -> str:
    head = f"{state}{code(rng, 3, UPPER)}{kind_}{rng.choice(UPPER)}"
    return f"{head}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def roman_day(day: dt.date, rng: random.Random) -> str:
    """A day with its month in Roman figures, as Karnataka's offices and older hands write it (12.III.2026,
    12-III-26, 12/III/2026)."""
    months = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    m = months[day.month - 1]
    return rng.choice(
        [f"{day.day}.{m}.{day.year}", f"{day.day:02d}-{m}-{day.year % 100:02d}", f"{day.day}/{m}/{day.year}"]
    )


def sheet_page(rng: random.Random, font: str, widths: list[int]) -> Screen:
    """A paper page whose hand and fixed-width face are this set's (chosen before any row asks for them)."""
    p = paper_page(rng, font, widths)
    hand_pen(p)
    typeface(p)
    return p


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


def write(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    hand_pen(p)
    hand(p, text, align=align, **facts)


def blank(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    hand_pen(p)
    fill(p, label, value, tail=after, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    typeface(p)
    tt(p, text, scale=scale, **facts)


def ext(p: Screen) -> dict:
    return p.style.setdefault("h285", {"marks": {}, "decor": [], "chev": []})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


# ---------------------------------------------------------------- Kannada


def is_kn(ch: str) -> bool:
    return "\u0c80" <= ch <= "\u0cff" or ch in "\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Kannada and of other letters (a space stays with the run it follows)."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        t = is_kn(ch)
        if ch == " " and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


def kn_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return KN_SERIF_BOLD if bold else KN_SERIF
    return KN_BOLD if bold else KN


# Noto's Kannada letters stand taller than a Latin face's: set at this share of the line's size
KN_SCALE = 0.95


def kwidth(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    """The width of a line of Kannada and Latin runs."""
    width = 0.0
    for t, part in runs(text):
        face = (
            load_font(kn_face(bold, serif), int(size * KN_SCALE))
            if t
            else load_font(bold_of(latin) if bold else latin, size)
        )
        width += face.getlength(part)
    return width


def kok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for t, part in runs(text):
        face = kn_face(bold, serif) if t else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_kn(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    latin: str,
    size: int,
    fill_,
    *,
    bold: bool = False,
    serif: bool = False,
) -> None:
    """A line of Kannada and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for t, part in runs(text):
        face = load_font(kn_face(bold, serif), int(size * KN_SCALE)) if t else lface
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def kline(
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
    """A line in Kannada (Karnataka's language: a name over its English, a heading, a sentence), its Latin
    runs and figures in the page's face."""
    size = int(p.style["size"] * scale)
    assert kok(text, p.font, bold=bold, serif=serif), text
    assert kwidth(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t85kn", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def kwrap(p: Screen, text: str, *, share: float = 1.0, scale: float = 1.0, **facts) -> None:
    """A Kannada sentence set left in as many lines as it needs within ``share`` of the room (the facts on
    its first line)."""
    size = int(p.style["size"] * scale)
    room = share * room_of(p)
    line, first = "", True
    for word in text.split():
        if line and kwidth(f"{line} {word}", p.font, size) > room:
            kline(p, line, scale=scale, align="l", **(facts if first else {}))
            first = False
            line = word
        else:
            line = f"{line} {word}".strip()
    kline(p, line, scale=scale, align="l", **(facts if first else {}))


def klab(
    p: Screen, english: str, kannada: str, value: str, *, at: float = 0.36, pen: bool = False, **facts
) -> None:
    """A form's label in two lines, its English over its Kannada in small letters, and the value at ``at`` of
    the room beside them, printed or written by hand (``pen``) on a dotted line; two lines high."""
    size = p.style["size"]
    assert kok(kannada, p.font) and glyphs(p.font, english), (english, kannada)
    need = max(
        load_font(p.font, int(size * 0.92)).getlength(english), kwidth(kannada, p.font, int(size * 0.84))
    )
    assert need + 10 <= at * room_of(p), (english, kannada, need, at * room_of(p))
    vfont = hand_pen(p) if pen else p.font
    assert glyphs(vfont, value), value
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert vface.getlength(value) <= (1 - at) * room_of(p) - 12, (value, vface.getlength(value))
    put(p, "t85kl", english, kannada, value, mark_=[at, pen], **facts)
    p.add("gap")


def kright(p: Screen, kannada: str, english: str, value: str, *, bold: bool = False, **facts) -> None:
    """An app's row in Kannada: the label in Kannada over its English in small letters at the left, the value
    set to the right between them, a hairline under the pair; two lines high."""
    size = p.style["size"]
    assert kok(kannada, p.font) and glyphs(p.font, english), (kannada, english)
    vfont = bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value), value
    need = max(kwidth(kannada, p.font, size), load_font(p.font, int(size * 0.72)).getlength(english))
    assert need + load_font(vfont, size).getlength(value) + 24 <= room_of(p), (kannada, value)
    put(p, "t85kr", kannada, english, value, mark_=[bold], **facts)
    p.add("gap")


def kdots(p: Screen, english: str, kannada: str, value: str, **facts) -> None:
    """A receipt's line: the English label with its Kannada after it in brackets, dot leaders, and the value
    set to the right (a municipal receipt's print)."""
    size = p.style["size"]
    label = f"{english} ({kannada})"
    assert kok(label, p.font) and glyphs(p.font, value), (label, value)
    need = kwidth(label, p.font, size) + load_font(p.font, size).getlength(value) + 40
    assert need <= room_of(p), (label, value)
    put(p, "t85kd", label, value, **facts)


def khand(p: Screen, text: str, *, align: str = "l", scale: float = 1.1, figure: str = "", **facts) -> None:
    """A line written by hand in Kannada: Noto Serif Kannada and an upright Latin face for its figures,
    slanted as a hand slants it, in the page's ink; ``figure`` written at the right end of the line (a sum in
    a bill's column)."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert kok(text + figure, HAND_LATIN, serif=True), text
    need = kwidth(text, HAND_LATIN, size, serif=True) + size * 0.4
    if figure:
        need += kwidth(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t85kh", text, figure, mark_=[align, scale], **facts)


# ---------------------------------------------------------------- this set's rows and marks


def hase(p: Screen) -> None:
    """A Hase Chittara as a letterhead's emblem (the square the Deewaru women paint on the wall of a
    marriage's room): squares within squares on the red earth in rice paste's white, a band of black and
    white triangles, yellow dots, a lattice and a pavilion of lines at its heart; centred, three lines
    high."""
    put(
        p,
        "t85hase",
        "",
        mark_=[list(p.rng.choice(KEMMANNU)), list(p.rng.choice(ARISHINA)), p.rng.randrange(3)],
    )
    p.add("gap")
    p.add("gap")


def chittara_band(p: Screen) -> None:
    """A Chittara divider across the page: a band of red earth between rice-paste rules, a row of triangles in
    white and black along it, a yellow dot in each gap; one line high."""
    put(p, "t85band", "", mark_=[list(p.rng.choice(KEMMANNU)), list(p.rng.choice(ARISHINA))])


def chittara_border(p: Screen) -> None:
    """A Chittara border round the page: a band of red earth with rice paste's rules along both its edges, a
    chain of diamonds in white and black down its middle with yellow dots between, and a lattice square at
    each corner."""
    ext(p)["border"] = [list(p.rng.choice(KEMMANNU)), list(p.rng.choice(ARISHINA))]


def butti(p: Screen) -> None:
    """A Bhoomanni butti (the bamboo basket the Deewaru women paint for Bhoomi Hunnime, the feast of the
    paddy's fullness) as an emblem: its rim, its body of red earth painted in white lattice, black lines and
    yellow dots, its lid's knob; centred, three lines high."""
    put(p, "t85butti", "", mark_=[list(p.rng.choice(KEMMANNU)), list(p.rng.choice(ARISHINA))])
    p.add("gap")
    p.add("gap")


def ripple(p: Screen, status: str) -> None:
    """A large mark of the outcome (a tick, a cross or a clock's hands in a disc of its colour) with rings of
    its colour spreading round it, fainter outward; centred, three lines high."""
    put(p, "t85rip", "", mark_=status)
    p.add("gap")
    p.add("gap")


def shimmer(p: Screen, rows_: int = 2) -> None:
    """An app's details still loading: grey rounded bars where the labels and values will be (no text)."""
    for _ in range(rows_):
        put(p, "t85shim", "", mark_=[p.rng.uniform(0.2, 0.34), p.rng.uniform(0.3, 0.5)])


def reward(p: Screen, text: str) -> None:
    """A reward's banner: a tinted rounded band with a gift box drawn at its left and ``text`` beside it;
    one line and a half high."""
    face = load_font(bold_of(p.font), int(p.style["size"] * 0.9))
    assert glyphs(bold_of(p.font), text) and face.getlength(text) + 90 <= room_of(p), text
    p.add("gap")
    put(p, "t85gift", text, mark_=p.rng.choice([(255, 240, 214), (232, 244, 255), (236, 250, 236)]))
    p.add("gap")


def chips(p: Screen, labels: list[str], *, align: str = "c", **facts) -> None:
    """A row of chips: each label in a rounded outline in the accent's tint."""
    face = load_font(p.font, int(p.style["size"] * 0.8))
    for label in labels:
        assert glyphs(p.font, label), label
    need = sum(face.getlength(t) + 30 for t in labels) + 10 * len(labels)
    assert need <= room_of(p), labels
    put(p, "t85chip", *labels, mark_=align, **facts)


def chevron(p: Screen, title: str, *, open_: bool = True) -> None:
    """An app's section that folds: its title in bold at the left, a chevron at the right (pointing down where
    the section is open), a hairline under it."""
    assert glyphs(bold_of(p.font), title), title
    put(p, "t85chev", title, mark_=open_)


def timeline(p: Screen, hour: str, text: str, state: str, *, last: bool = False, **facts) -> None:
    """A payment's progress down the page with its hours: the hour small at the left, a node (filled where
    done, ringed in the outcome's colour where now, hollow where still to come) joined to the next by a line,
    the step's words after it."""
    small = load_font(p.font, int(p.style["size"] * 0.8))
    face = load_font(p.font, p.style["size"])
    assert glyphs(p.font, hour + text), (hour, text)
    assert small.getlength(hour) <= 0.22 * room_of(p) - 6, hour
    assert face.getlength(text) <= 0.7 * room_of(p), text
    put(p, "t85tl", hour, text, mark_=[state, last], **facts)


def dbl(p: Screen, share: float = 0.3) -> None:
    """Two strokes of the pen under the last row's right end (an accountant's total underlined twice)."""
    x = ext(p)
    x.setdefault("dbl", []).append([len(p.rows) - 1, share, p.rng.randrange(10**6)])


def decor(p: Screen, what: str) -> None:
    """A mark on the page itself: "rain" (drops of a Malnad monsoon fallen on the paper, the ink run round
    them), "staple" (a staple at its top left corner), "pin" (the chit pinned with a red push pin on the
    collective's cork board) or "glare" (a lamp's glare across a photographed screen)."""
    ext(p)["decor"].append([what, p.rng.randrange(10**6)])


# ---------------------------------------------------------------- drawing


def _tri_row(draw, x0: float, x1: float, y0: float, y1: float, yellow, step_: float = 12.0) -> None:
    """A row of triangles standing on ``y1``, white and black in turn, a yellow dot over each gap."""
    x, n = x0, 0
    while x + step_ <= x1:
        draw.polygon([(x, y1), (x + step_ / 2, y0), (x + step_, y1)], fill=AKKI if n % 2 == 0 else KARI)
        if n % 2 == 1:
            draw.ellipse((x + step_ - 2, y0 - 1, x + step_ + 2, y0 + 3), fill=yellow)
        x += step_
        n += 1


def _lattice(draw, x0: float, y0: float, x1: float, y1: float, white, step_: float = 6.0) -> None:
    """Rice paste's criss-cross lines inside a box."""
    w = x1 - x0
    t = -w
    while t < w:
        draw.line(
            (x0 + max(0, t), y0 + max(0, -t), x0 + min(w, w + t), y0 + min(w, w - t)), fill=white, width=1
        )
        draw.line(
            (x1 - max(0, t), y0 + max(0, -t), x1 - min(w, w + t), y0 + min(w, w - t)), fill=white, width=1
        )
        t += step_


def _border(draw: ImageDraw.ImageDraw, w: int, h: int, red, yellow) -> None:
    draw.rectangle((2, 2, w - 3, h - 3), outline=red, width=22)
    for d in (5, 20):
        draw.rectangle((d, d, w - 1 - d, h - 1 - d), outline=AKKI, width=1)
    # a chain of diamonds down the band's middle, white and black in turn, a yellow dot between each pair
    for horizontal, a, b, fixed in ((True, 36, w - 36, 12.5), (True, 36, w - 36, h - 13.5)):
        _ = horizontal
        x, n = a, 0
        while x + 10 <= b:
            c = AKKI if n % 2 == 0 else KARI
            draw.polygon([(x, fixed), (x + 5, fixed - 5), (x + 10, fixed), (x + 5, fixed + 5)], fill=c)
            draw.ellipse((x + 11, fixed - 1.5, x + 14, fixed + 1.5), fill=yellow)
            x += 15
            n += 1
    for fixed in (12.5, w - 13.5):
        y, n = 36, 0
        while y + 10 <= h - 36:
            c = AKKI if n % 2 == 0 else KARI
            draw.polygon([(fixed, y), (fixed + 5, y + 5), (fixed, y + 10), (fixed - 5, y + 5)], fill=c)
            draw.ellipse((fixed - 1.5, y + 11, fixed + 1.5, y + 14), fill=yellow)
            y += 15
            n += 1
    for cx, cy in ((13, 13), (w - 14, 13), (13, h - 14), (w - 14, h - 14)):
        draw.rectangle((cx - 12, cy - 12, cx + 12, cy + 12), fill=red, outline=AKKI, width=1)
        _lattice(draw, cx - 9, cy - 9, cx + 9, cy + 9, AKKI, 6)
        draw.ellipse((cx - 3, cy - 3, cx + 3, cy + 3), fill=yellow, outline=KARI)


def _hase(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, red, yellow, kind_: int) -> None:
    draw.rectangle((cx - r, cy - r, cx + r, cy + r), fill=red)
    draw.rectangle((cx - r + 2, cy - r + 2, cx + r - 2, cy + r - 2), outline=AKKI, width=2)
    # the triangles' band inside the outer square, on its four sides
    k = r - 5
    step_ = 7.0
    x = cx - k
    n = 0
    while x + step_ <= cx + k:
        c = AKKI if n % 2 == 0 else KARI
        draw.polygon([(x, cy - k), (x + step_ / 2, cy - k + 6), (x + step_, cy - k)], fill=c)
        draw.polygon([(x, cy + k), (x + step_ / 2, cy + k - 6), (x + step_, cy + k)], fill=c)
        x += step_
        n += 1
    y = cy - k
    n = 0
    while y + step_ <= cy + k:
        c = KARI if n % 2 == 0 else AKKI
        draw.polygon([(cx - k, y), (cx - k + 6, y + step_ / 2), (cx - k, y + step_)], fill=c)
        draw.polygon([(cx + k, y), (cx + k - 6, y + step_ / 2), (cx + k, y + step_)], fill=c)
        y += step_
        n += 1
    q = r * 0.62
    draw.rectangle((cx - q, cy - q, cx + q, cy + q), outline=AKKI, width=1)
    draw.rectangle((cx - q + 3, cy - q + 3, cx + q - 3, cy + q - 3), outline=yellow, width=1)
    # a diamond inside, filled with a lattice or lines, a pavilion's roof of lines at its heart
    d = q - 5
    draw.polygon([(cx, cy - d), (cx + d, cy), (cx, cy + d), (cx - d, cy)], outline=AKKI)
    if kind_ == 0:
        _lattice(draw, cx - d * 0.5, cy - d * 0.5, cx + d * 0.5, cy + d * 0.5, AKKI, 5)
    elif kind_ == 1:
        for m in range(-3, 4):
            draw.line(
                (cx - d * 0.45, cy + m * d * 0.13, cx + d * 0.45, cy + m * d * 0.13), fill=AKKI, width=1
            )
    else:
        for m in range(5):
            s = d * (0.2 + 0.14 * m)
            draw.line(
                (cx - s, cy + d * 0.35, cx, cy + d * 0.35 - s, cx + s, cy + d * 0.35), fill=AKKI, width=1
            )
    draw.ellipse((cx - 3, cy - 3, cx + 3, cy + 3), fill=yellow, outline=KARI)
    for sx, sy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        px, py = cx + sx * (q + (r - 5 - q) / 2), cy + sy * (q + (r - 5 - q) / 2)
        draw.ellipse((px - 2.5, py - 2.5, px + 2.5, py + 2.5), fill=yellow)


def _butti(draw: ImageDraw.ImageDraw, cx: float, top_y: float, hgt: float, red, yellow) -> None:
    """A painted basket: a trapezoid wider at its mouth, its rim, lattice and dots, a lid with a knob."""
    wt, wb = hgt * 0.95, hgt * 0.62
    y0, y1 = top_y + hgt * 0.28, top_y + hgt
    body = [(cx - wt / 2, y0), (cx + wt / 2, y0), (cx + wb / 2, y1), (cx - wb / 2, y1)]
    draw.polygon(body, fill=red, outline=KARI)
    # the lid: a low dome with a knob
    draw.chord(
        (cx - wt / 2 - 3, y0 - hgt * 0.22, cx + wt / 2 + 3, y0 + hgt * 0.12), 180, 360, fill=red, outline=KARI
    )
    draw.ellipse((cx - 4, y0 - hgt * 0.28, cx + 4, y0 - hgt * 0.18), fill=yellow, outline=KARI)
    draw.line((cx - wt / 2, y0, cx + wt / 2, y0), fill=AKKI, width=3)
    # bands of white lattice and black lines down the body, dots between
    for frac in (0.2, 0.5, 0.8):
        yy = y0 + (y1 - y0) * frac
        half = (wt + (wb - wt) * frac) / 2
        draw.line((cx - half + 2, yy, cx + half - 2, yy), fill=AKKI, width=1)
        draw.line((cx - half + 2, yy + 3, cx + half - 2, yy + 3), fill=KARI, width=1)
        for m in range(-3, 4):
            draw.ellipse((cx + m * half / 4 - 1.6, yy + 7, cx + m * half / 4 + 1.6, yy + 10), fill=yellow)
    for m in range(-4, 5):
        x_top = cx + m * wt / 9
        x_bot = cx + m * wb / 9
        draw.line((x_top, y0 + 2, x_bot, y1 - 2), fill=AKKI, width=1)


def _gift(draw: ImageDraw.ImageDraw, x: float, y: float, s: float) -> None:
    """A gift box: its body, its lid, a ribbon down it and a bow."""
    red, gold = (224, 72, 72), (250, 196, 60)
    draw.rectangle((x, y + s * 0.35, x + s, y + s), fill=red)
    draw.rectangle((x - 2, y + s * 0.2, x + s + 2, y + s * 0.4), fill=(200, 50, 50))
    draw.rectangle((x + s * 0.42, y + s * 0.2, x + s * 0.58, y + s), fill=gold)
    draw.ellipse((x + s * 0.18, y, x + s * 0.5, y + s * 0.24), outline=gold, width=3)
    draw.ellipse((x + s * 0.5, y, x + s * 0.82, y + s * 0.24), outline=gold, width=3)


def _rain(page: Image.Image, seed: int) -> Image.Image:
    """Drops of rain fallen on the page: round blots a little darker than the paper with a darker rim, the
    ink inside them softened as wet ink runs."""
    srng = random.Random(seed)
    w, h = page.size
    out = page
    for _ in range(srng.randrange(4, 8)):
        r = srng.uniform(9, 22)
        cx, cy = srng.uniform(r, w - r), srng.uniform(h * 0.15, h - r)
        box = (int(cx - r - 3), int(cy - r - 3), int(cx + r + 3), int(cy + r + 3))
        patch = out.crop(box).filter(ImageFilter.GaussianBlur(0.6))
        mask = Image.new("L", patch.size, 0)
        md = ImageDraw.Draw(mask)
        md.ellipse((3, 3, patch.size[0] - 3, patch.size[1] - 3), fill=255)
        out.paste(patch, box[:2], mask)
        shade = Image.new("RGB", out.size, (255, 255, 255))
        sd = ImageDraw.Draw(shade)
        sd.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(244, 244, 240))
        sd.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(222, 220, 214), width=2)
        out = ImageChops.multiply(out, shade)
    return out


def _glare(page: Image.Image, seed: int) -> Image.Image:
    """A lamp's glare across the page: a soft band of light at a slant, the print under it paler."""
    srng = random.Random(seed)
    w, h = page.size
    layer = Image.new("L", page.size, 0)
    ld = ImageDraw.Draw(layer)
    x0 = srng.uniform(0.1, 0.6) * w
    ld.polygon([(x0, 0), (x0 + w * 0.16, 0), (x0 + w * 0.16 - h * 0.5, h), (x0 - h * 0.5, h)], fill=72)
    layer = layer.filter(ImageFilter.GaussianBlur(18))
    white = Image.new("RGB", page.size, (255, 255, 255))
    return Image.composite(white, page, layer)


def _pin(page: Image.Image, seed: int) -> Image.Image:
    """The chit on the collective's cork board: the board's speckled cork round it, its shadow on the cork,
    a red push pin through its top."""
    srng = random.Random(seed)
    w, h = page.size
    pad = 46
    board = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (184, 140, 96))
    bd = ImageDraw.Draw(board)
    for _ in range((w + h) * 6):
        x, y = srng.uniform(0, w + 2 * pad), srng.uniform(0, h + 2 * pad)
        c = srng.choice([(160, 116, 76), (204, 160, 112), (150, 104, 66), (196, 150, 104)])
        bd.ellipse((x, y, x + srng.uniform(1, 3), y + srng.uniform(1, 3)), fill=c)
    shadow = Image.new("L", board.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 6, pad + 8, pad + w + 6, pad + h + 8), fill=120)
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    board = Image.composite(Image.new("RGB", board.size, (90, 64, 40)), board, shadow)
    angle = srng.uniform(-1.6, 1.6)
    chit = page.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    board.paste(chit, (pad - (chit.width - w) // 2, pad - (chit.height - h) // 2), chit)
    d = ImageDraw.Draw(board)
    cx, cy = pad + w * srng.uniform(0.4, 0.6), pad + 16
    d.ellipse((cx - 9 + 4, cy - 9 + 5, cx + 9 + 4, cy + 9 + 5), fill=(70, 50, 34))
    d.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), fill=(204, 32, 40))
    d.ellipse((cx - 5, cy - 6, cx + 1, cy - 1), fill=(244, 120, 120))
    return board


def _staple(draw: ImageDraw.ImageDraw, paper_) -> None:
    x0, y0 = 22, 30
    dark = tuple(max(0, c - 90) for c in paper_)
    draw.line((x0, y0 + 22, x0 + 22, y0), fill=(150, 152, 158), width=3)
    draw.line((x0 + 1, y0 + 23, x0 + 23, y0 + 1), fill=(96, 98, 104), width=1)
    for px, py in ((x0, y0 + 22), (x0 + 22, y0)):
        draw.ellipse((px - 2, py - 2, px + 2, py + 2), fill=dark)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout279's ``_render`` (heldout277's, 275's, 273's, 271's, 269's and heldout14's beneath it), then
    this set's rows and marks: Kannada lines, labels and hand; a Hase Chittara emblem, a Chittara divider, a
    Bhoomanni butti, a ringed outcome mark, loading bars, a reward's banner, chips, a folding section's
    chevron, a timeline with its hours, a total underlined twice by hand; a Chittara border, rain's blots, a
    staple and a lamp's glare."""
    page = h279._render(rows, font, style)
    x = style.get("h285")
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
    dark = sum(paper_) < 300
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", (30, 40, 120)))
    marks = x["marks"]
    w, h = page.size
    kinds_ = {d[0]: d[1] for d in x["decor"]}
    # under the print: tints multiplied in, so what is drawn stays dark
    tinted = [i for i, r in enumerate(rows) if r[0] in ("t85gift", "t85chip")]
    if tinted and not dark:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for i in tinted:
            r = rows[i]
            y = tops[i]
            if r[0] == "t85gift":
                ld.rounded_rectangle(
                    (MARGIN - 6, y - lift - line * 0.3, width - MARGIN + 6, y - lift + line * 1.3),
                    radius=12,
                    fill=tuple(marks[str(i)]),
                )
            else:
                face = load_font(font, int(size * 0.8))
                spans = _chip_spans(r[1:], face, marks[str(i)], width)
                for x0_, x1_ in spans:
                    ld.rounded_rectangle(
                        (x0_, y - lift + 2, x1_, y - lift + line - 2),
                        radius=int(line / 2) - 2,
                        fill=h269._tint(accent, (255, 255, 255), 0.12),
                    )
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t85"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t85kn":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = kwidth(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_kn(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t85kl":
            at, by_pen = m
            draw.text((MARGIN, y - size * 0.08), r[1], font=load_font(font, int(size * 0.92)), fill=ink)
            draw_kn(draw, (MARGIN, y + line * 0.62), r[2], font, int(size * 0.84), soft)
            vx = MARGIN + at * room
            vy = y + line * 0.38
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.08))
                for xx in range(int(vx), int(width - MARGIN), 6):
                    draw.point((xx, vy + size * 1.1), fill=h269._tint(soft, paper_, 0.6))
                draw.text((vx + 4, vy - size * 0.12), r[3], font=vface, fill=pen_ink)
            else:
                draw.text((vx, vy), r[3], font=load_font(font, size), fill=ink)
            yy = y + 2 * line - lift
            draw.line((MARGIN, yy, width - MARGIN, yy), fill=h269._tint(soft, paper_, 0.3), width=1)
        elif name == "t85kr":
            (bold,) = m
            draw_kn(draw, (MARGIN, y - size * 0.05), r[1], font, size, ink)
            draw.text((MARGIN, y + line * 0.78), r[2], font=load_font(font, int(size * 0.72)), fill=soft)
            vface = load_font(bold_of(font) if bold else font, size)
            draw.text((width - MARGIN - vface.getlength(r[3]), y + line * 0.36), r[3], font=vface, fill=ink)
            yy = y + 2 * line - lift
            draw.line((MARGIN, yy, width - MARGIN, yy), fill=h269._tint(soft, paper_, 0.25), width=1)
        elif name == "t85kd":
            draw_kn(draw, (MARGIN, y), r[1], font, size, ink)
            face = load_font(font, size)
            lx = MARGIN + kwidth(r[1], font, size) + 8
            vx = width - MARGIN - face.getlength(r[2])
            draw.text((vx, y), r[2], font=face, fill=ink)
            xx = lx
            dy = y + size * 0.85
            while xx < vx - 10:
                draw.ellipse((xx, dy, xx + 1.6, dy + 1.6), fill=soft)
                xx += 6
        elif name == "t85kh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = kwidth(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.8)
                layer = Image.new("L", (lw, lh), 0)
                draw_kn(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.2, -0.2 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                colour = Image.new("RGB", layer.size, pen_ink)
                page.paste(colour, (int(tx), int(y - lh * 0.3)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t85hase":
            red, yellow, kind_ = m
            rad = line * 1.4
            _hase(draw, width / 2, top_y + rad + 2, rad, tuple(red), tuple(yellow), kind_)
        elif name == "t85band":
            red, yellow = (tuple(c) for c in m)
            y0, y1 = top_y + line * 0.18, bot_y - line * 0.18
            draw.rectangle((MARGIN - 6, y0, width - MARGIN + 6, y1), fill=red)
            draw.line((MARGIN - 6, y0 + 2, width - MARGIN + 6, y0 + 2), fill=AKKI, width=1)
            draw.line((MARGIN - 6, y1 - 2, width - MARGIN + 6, y1 - 2), fill=AKKI, width=1)
            _tri_row(draw, MARGIN, width - MARGIN, y0 + 5, y1 - 4, yellow, step_=11.0)
        elif name == "t85butti":
            red, yellow = (tuple(c) for c in m)
            _butti(draw, width / 2, top_y + 2, line * 2.7, red, yellow)
        elif name == "t85rip":
            colour = TONE[m]
            d = line * 1.9
            cx, cy = width / 2, top_y + line * 1.5 + 2
            for n_, k in enumerate((1.55, 1.32)):
                rr = d / 2 * k
                draw.ellipse(
                    (cx - rr, cy - rr, cx + rr, cy + rr), fill=h269._tint(colour, paper_, 0.1 + 0.1 * n_)
                )
            draw.ellipse((cx - d / 2, cy - d / 2, cx + d / 2, cy + d / 2), fill=colour)
            white = (255, 255, 255)
            k = d * 0.22
            if m == "success":
                draw.line(
                    (cx - k, cy, cx - k * 0.25, cy + k * 0.8, cx + k * 1.1, cy - k * 0.8),
                    fill=white,
                    width=5,
                    joint="curve",
                )
            elif m == "failed":
                draw.line((cx - k, cy - k, cx + k, cy + k), fill=white, width=5)
                draw.line((cx - k, cy + k, cx + k, cy - k), fill=white, width=5)
            else:
                draw.ellipse((cx - k * 1.3, cy - k * 1.3, cx + k * 1.3, cy + k * 1.3), outline=white, width=3)
                draw.line((cx, cy, cx, cy - k * 0.9), fill=white, width=3)
                draw.line((cx, cy, cx + k * 0.7, cy + k * 0.3), fill=white, width=3)
        elif name == "t85shim":
            a, b = m
            grey = h269._tint((120, 124, 132), paper_, 0.22)
            y0, y1 = top_y + line * 0.3, top_y + line * 0.62
            draw.rounded_rectangle((MARGIN, y0, MARGIN + a * room, y1), radius=5, fill=grey)
            draw.rounded_rectangle((width - MARGIN - b * room, y0, width - MARGIN, y1), radius=5, fill=grey)
        elif name == "t85gift":
            face = load_font(bold_of(font), int(size * 0.9))
            s = line * 0.9
            _gift(draw, MARGIN + 8, top_y + line * 0.5 - s / 2 + 2, s)
            draw.text((MARGIN + 8 + s + 16, top_y + line * 0.5 - size * 0.5), r[1], font=face, fill=ink)
        elif name == "t85chip":
            face = load_font(font, int(size * 0.8))
            spans = _chip_spans(r[1:], face, m, width)
            edge = h269._tint(accent, paper_, 0.7)
            for (x0_, x1_), label in zip(spans, r[1:]):
                draw.rounded_rectangle(
                    (x0_, top_y + 2, x1_, bot_y - 2), radius=int(line / 2) - 2, outline=edge, width=1
                )
                draw.text(((x0_ + x1_) / 2, (top_y + bot_y) / 2), label, font=face, fill=accent, anchor="mm")
        elif name == "t85chev":
            face = load_font(bold_of(font), size)
            draw.text((MARGIN, y), r[1], font=face, fill=ink)
            cx, cy, k = width - MARGIN - 10, y + size * 0.62, size * 0.28
            if m:
                draw.line((cx - k, cy - k * 0.5, cx, cy + k * 0.5, cx + k, cy - k * 0.5), fill=soft, width=2)
            else:
                draw.line((cx - k * 0.5, cy - k, cx + k * 0.5, cy, cx - k * 0.5, cy + k), fill=soft, width=2)
            draw.line((MARGIN, bot_y, width - MARGIN, bot_y), fill=h269._tint(soft, paper_, 0.3), width=1)
        elif name == "t85tl":
            state, last = m
            small = load_font(font, int(size * 0.8))
            draw.text((MARGIN, y + size * 0.12), r[1], font=small, fill=soft)
            nx, ny = MARGIN + 0.26 * room, top_y + line / 2
            colour = TONE["success"] if state == "done" else TONE.get(state, AMBER)
            if not last:
                draw.line((nx, ny, nx, ny + line), fill=h269._tint(soft, paper_, 0.5), width=2)
            if state == "done":
                draw.ellipse((nx - 7, ny - 7, nx + 7, ny + 7), fill=colour)
            elif state == "todo":
                draw.ellipse((nx - 7, ny - 7, nx + 7, ny + 7), fill=paper_, outline=soft, width=2)
            else:
                draw.ellipse((nx - 9, ny - 9, nx + 9, ny + 9), outline=colour, width=3)
                draw.ellipse((nx - 4, ny - 4, nx + 4, ny + 4), fill=colour)
            draw.text((nx + 20, y), r[2], font=load_font(font, size), fill=ink)
    for i, share, seed in x.get("dbl", []):
        srng = random.Random(seed)
        yy = tops[i] + line - lift + 2
        x0_ = width - MARGIN - share * room
        for k in range(2):
            wob = [srng.uniform(-1.2, 1.2) for _ in range(3)]
            draw.line(
                (
                    x0_,
                    yy + k * 5 + wob[0],
                    (x0_ + width - MARGIN) / 2,
                    yy + k * 5 + wob[1],
                    width - MARGIN,
                    yy + k * 5 + wob[2],
                ),
                fill=pen_ink,
                width=2,
            )
    if x.get("border"):
        red, yellow = (tuple(c) for c in x["border"])
        _border(draw, w, h, red, yellow)
    if "staple" in kinds_:
        _staple(draw, paper_)
    if "rain" in kinds_:
        page = _rain(page, kinds_["rain"])
    if "glare" in kinds_:
        page = _glare(page, kinds_["glare"])
    return page


def _chip_spans(labels, face, align: str, width: int) -> list[tuple[float, float]]:
    widths_ = [face.getlength(t) + 30 for t in labels]
    gap = 10
    total_ = sum(widths_) + gap * (len(labels) - 1)
    x = (width - total_) / 2 if align == "c" else MARGIN
    out = []
    for wd in widths_:
        out.append((x, x + wd))
        x += wd + gap
    return out


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout281's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them, and the cork board a chit is pinned on."""
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
    x = style.get("h285") or {}
    pins = [d[1] for d in x.get("decor", []) if d[0] == "pin"]
    if pins:
        image = _pin(image, pins[0])
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    for face in [
        KN,
        KN_BOLD,
        KN_SERIF,
        KN_SERIF_BOLD,
        HAND_LATIN,
        h279.KAITHI,
        h277.URDU,
        h275.DEV,
        h275.DEV_BOLD,
        h275.DEV_SERIF,
        h275.DEV_SERIF_BOLD,
        h275.HAND_LATIN,
        *PENS,
        *TYPES,
        "dejavu/DejaVuSans.ttf",
    ]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout285 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


PAYEES = [ANGADI_CAPS, ANGADI, CUT, "CHITTARA ANGADI SAGARA"]
VPAS = [
    "chittaraangadi@cnrb",
    "chittaraangadi.sgr@okaxis",
    "Q318275604@ybl",
    "malenaduchittara@kbl",
    "chittara.angadi@okicici",
]
BUYERS = [
    ("Shwetha Hegde", "shwethahegde@okhdfcbank", "HDFC Bank"),
    ("Pradeep Bhat", "pradeepbhat@oksbi", "State Bank of India"),
    ("Ananya Rao", "ananya.rao@ybl", "Canara Bank"),
    ("Suresh Gowda", "sureshgowda@axl", "Axis Bank"),
    ("Kavya Shetty", "kavyashetty@okicici", "ICICI Bank"),
    ("Nikhil Kamath", "nikhilk@kotak", "Kotak Mahindra Bank"),
    ("Farah Sheikh", "farahs@ibl", "Karnataka Bank"),
    ("Rohan Joshi", "rohanjoshi@okaxis", "Union Bank of India"),
]
NOTES = [
    "Hase panel",
    "Bhoomanni butti x2",
    "chittara coasters",
    "gift for Ajji",
    "lamp shade",
    "Jog trip memories",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying Chittara Angadi or the collective: Google Pay's receipt under a ringed tick (the sum,
    "Paid to" over the payee and its UPI ID, the day and hour; a folding section "Payment details": UPI
    transaction ID, Google transaction ID, From, To, each label small over its value); Tata Neu's Payment
    successful capsule (the sum, "Paid to <payee>", chips UPI and NeuCoins; shaded label cells: UPI Ref No.,
    Tata Neu Txn ID, Date & time, Paid from); MobiKwik's Payment pending under a ringed clock ("to <payee>",
    the details still loading in grey bars; UPI Ref No, Initiated); Kotak811's money sent with the day and a
    timeline of its hours (Payment started, Debited, Credited to the payee's bank; no reference); Canara ai1
    in Kannada (ವಹಿವಾಟು ಯಶಸ್ವಿ over Transaction successful, each label in Kannada over its English, the value
    at the right: ಸ್ವೀಕರಿಸುವವರು / Paid to, ಯುಪಿಐ ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ / UPI Ref. No., ದಿನಾಂಕ / Date, ಖಾತೆ /
    Account, ಟಿಪ್ಪಣಿ / Remarks); Jupiter's Payment failed under a ringed cross (the reason, a card: UPI Ref
    No, Date, From); IDFC FIRST Bank's Money sent under a ringed tick ("Today, <hour>", a reward's banner;
    UTR, From, Remarks; no day); BharatPe for Business on the shop's phone (the shop under the app, chips,
    the sum, "from <buyer>"; labels against a gutter: BharatPe Txn ID, UTR, Received on, Settlement). All new
    here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=300, high=32000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share screenshot",))
        p.part = "head"
        p.add("small", "Google Pay")
        p.part = "body"
        ripple(p, status)
        p.add("big", rs(j.amount), amount=j.amount, status=status)
        p.add("small", "Paid to")
        name = pick(p, "center", [to, ANGADI])
        p.add("center", name, merchant=name)
        p.add("small", vpa)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        chevron(p, "Payment details")
        gid = f"CICAgO{code(rng, 14, 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
        for label, value, facts in [
            ("UPI transaction ID", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Google transaction ID", gid, {"txn": (TXN_RANK, gid)}),
            ("From", f"{bank} {dot * 4} {digits(rng, 4)}", {"method": "UPI"}),
            ("To", vpa, {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        p.add("small", f"Powered by UPI {dot} {rng.choice(['Axis Bank', 'HDFC Bank', 'ICICI Bank'])}")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Go to home",))
        band(p, (74, 36, 130))
        app_head(p, "Tata Neu", "UPI on Tata Neu")
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"Paid to {to}", f"Paid to {ANGADI}"])[8:]
        p.add("center", f"Paid to {name}", merchant=name)
        chips(p, ["UPI", f"NeuCoins +{rng.randrange(5, 60)}"])
        p.add("gap")
        nid = f"TNU{j.date:%y%m%d}{digits(rng, 9)}"
        kv(p, "UPI Ref No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        kv(p, "Tata Neu Txn ID", nid, at=0.4, txn=(TXN_RANK, nid))
        kv(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date)
        kv(p, "Paid from", f"{sb} XX{digits(rng, 4)}", at=0.4, method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Refresh",))
        band(p, (0, 96, 210))
        app_head(p, "MobiKwik", "UPI")
        ripple(p, status)
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {ANGADI}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Waiting for {sb} to confirm. Do not pay again; we will update you.")
        p.add("gap")
        p.add("small", "Fetching payment details")
        shimmer(p, 2)
        p.add("gap")
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share",))
        band(p, (0, 48, 120))
        app_head(p, "Kotak811", "Kotak Mahindra Bank")
        p.add("center", "Transaction successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "sent to")
        name = pick(p, "center", [to, ANGADI])
        p.add("center", name, merchant=name)
        chips(p, ["via UPI", "Instant"], method="UPI")
        p.add("gap")
        p.add("left", when(j.date, rng.choice(["%a, {d} %b %Y", "%A, %d %B %Y"])), date=j.date)
        t0 = rng.randrange(8, 20)
        m0 = rng.randrange(0, 57)
        ampm = "am" if t0 < 12 else "pm"
        h12 = (t0 - 1) % 12 + 1
        hrs = [
            f"{h12}:{m0:02d} {ampm}",
            f"{h12}:{m0:02d} {ampm}",
            f"{h12}:{m0 + rng.randrange(1, 3):02d} {ampm}",
        ]
        timeline(p, hrs[0], "Payment started", "done")
        timeline(p, hrs[1], f"Debited from Kotak A/c XX{digits(rng, 4)}", "done")
        timeline(p, hrs[2], "Credited to the payee's bank", "done", last=True)
        p.add("gap")
        p.add("small", f"Note: {rng.choice(NOTES)}")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share",))
        band(p, (0, 114, 188))
        app_head(p, "Canara ai1", "Canara Bank")
        kline(p, "ವಹಿವಾಟು ಯಶಸ್ವಿ", scale=1.1, bold=True)
        p.add("small", "Transaction successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        name = to if load_font(p.font, p.style["size"]).getlength(to) <= 0.55 * room_of(p) else ANGADI
        for kn, en, value, facts in [
            ("ಸ್ವೀಕರಿಸುವವರು", "Paid to", name, {"merchant": name}),
            ("ಯುಪಿಐ ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ", "UPI Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("ದಿನಾಂಕ", "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), {"date": j.date}),
            ("ಖಾತೆ", "Account", f"Canara Bank XX{digits(rng, 4)}", {"method": "UPI"}),
            ("ಟಿಪ್ಪಣಿ", "Remarks", rng.choice(NOTES), {}),
        ]:
            kright(p, kn, en, value, **facts)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (246, 98, 60))
        app_head(p, "Jupiter", "UPI  |  Federal Bank")
        ripple(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {ANGADI}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add(
            "small", "Your bank declined this payment (U16: limit exceeded). No money has left your account."
        )
        p.add("gap")
        c = card_open(p)
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "From", f"Jupiter Pot {dot * 2}{digits(rng, 4)}", method="UPI")
        card_close(p, c)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Money sent"], dark=False, buttons=("Done",))
        band(p, (156, 28, 38))
        app_head(p, "IDFC FIRST Bank", "UPI")
        ripple(p, status)
        p.add("center", "Money sent", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {ANGADI}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        reward(p, f"You earned {rng.randrange(4, 40)} reward points")
        kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From", f"IDFC FIRST {dot * 2}{digits(rng, 4)}", method="UPI")
        kvr(p, "Remarks", rng.choice(NOTES))
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=("Share",))
    band(p, (0, 150, 136))
    app_head(p, "BharatPe", "for Business")
    name = pick(p, "center", [ANGADI_CAPS, ANGADI])
    p.add("center", name, merchant=name)
    p.add("small", "B.H. Road, Sagara")
    p.add("gap")
    chips(p, ["Payment received", "UPI"], method="UPI", status=status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"from {who}")
    p.add("small", their)
    p.add("gap")
    bid = f"BP{j.date:%y%m%d}{digits(rng, 10)}"
    gutter(p, "bpg", "BharatPe Txn ID", bid, at=0.4, txn=(TXN_RANK, bid))
    gutter(p, "bpg", "UTR", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
    gutter(
        p, "bpg", "Received on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.4, date=j.date
    )
    gutter(p, "bpg", "Settlement", f"Canara Bank XX{digits(rng, 4)}, next day", at=0.4)
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its place, the frame
PAYERS = [
    ("Bangalore International Airport Limited", "Kempegowda International Airport, Bengaluru", "coupa"),
    ("Office of the Development Commissioner (Handicrafts)", "Regional Office, Bengaluru", "pfms"),
    ("Jaypore", "Gurugram", "jaypore"),
    ("Ninasam", "Heggodu, Sagara Tq. - 577417", "ninasam"),
    ("Studio Ankura Design LLP", "Indiranagar, Bengaluru", "razorpayx"),
    ("Meera Kulkarni Interiors", "Jayanagar, Bengaluru", "whatsapp"),
    ("Jungle Lodges and Resorts Ltd.", "Khanija Bhavan, Race Course Road, Bengaluru - 560001", "netsuite"),
    ("Sahyadri Rainforest Retreat", "Agumbe, Tirthahalli Tq. - 577411", "voucher"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The airport at Bengaluru through Coupa, the Development Commissioner (Handicrafts) through PFMS,
    Jaypore, Ninasam of Heggodu, a Bengaluru design studio through RazorpayX, a Bengaluru interior designer's
    WhatsApp, Jungle Lodges and Resorts through NetSuite and an Agumbe retreat paying the collective: Coupa
    Supplier Portal's payment (tabs, a Paid capsule; Payment Date, Payment Amount, Payment Method, Payment
    Reference (UTR), Supplier, Remit-to beside their labels; the invoices paid in a table ruled on every
    side); PFMS' payment status (a table ruled on every side of one row: Beneficiary Name | Amount (Rs.) |
    Status | Credit Date; PFMS Payment ID, Bank Transaction ID (UTR)); Jaypore's payout mail being
    processed (a striped table Order | Item | Sale | Commission | Payout, Net payout; Payout ID, Initiated on,
    Seller); Ninasam's letter under its Kannada name ("Heggodu, <day>" at its head, "To, The Secretary,
    <collective>", "We have today paid Rs. x/- (...) by NEFT, UTR ..."); RazorpayX's payout reversed (a
    Reversed capsule, labels against a gutter: Payout ID, Contact, Fund account, Amount, Mode, UTR, Created
    at); a WhatsApp chat under its "Today" divider (the designer's message "Sent Rs. x by IMPS to <payee> ...
    Ref ..."; no day); NetSuite's BILL PAYMENT print (Bill Payment # beside Date, Payee, Account, Amount,
    Memo "NEFT UTR ...", the bills applied in a table ruled on every side); the retreat's PAYMENT VOUCHER
    filled in by hand (No. left blank; Date, Paid to, Towards written in, Rs. in a box, Cash ticked,
    "Received the above amount" and the receiver's signature; no reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=9000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([COLL, COLL_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "coupa":
        j.amount = rupees(rng, 40000, 240000, 0.3)
        p = browser_page(rng, font, f"bial.coupahost.com/supplier/payments/{digits(rng, 6)}")
        p.part = "head"
        top(p, "coupa supplier portal")
        p.add("small", f"Customer: {payer}")
        p.add("rule")
        p.part = "body"
        tabs(p, ["Orders", "Invoices", "Payments", "Profile"], 2)
        p.add("gap")
        pill(p, "Paid", status, align="l")
        p.add("gap")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        utr = utr_for(rng, j, "HDFC Bank", way)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        name = h273.cell_name(p, 0.64, [payee, CUT], scale=1.0)
        colkv(p, "cp", spec, "Payment Date", day_in(j, rng, ["%d %b %Y", "%d-%b-%Y"]), date=j.date)
        colkv(p, "cp", spec, "Payment Amount", f"INR {num(j.amount, 'western')}", amount=j.amount)
        colkv(p, "cp", spec, "Payment Method", way, method="netbanking")
        colkv(p, "cp", spec, "Payment Reference", utr, txn=(UTR_RANK, utr))
        colkv(p, "cp", spec, "Supplier", name, merchant=name)
        colkv(p, "cp", spec, "Remit-to", f"Canara Bank, Sagara {tail(rng)}")
        p.add("gap")
        parts = h277.split(rng, j.amount, rng.randrange(1, 4))
        grid(
            p,
            "cpi",
            [(0.0, 0.4, "l"), (0.4, 0.7, "l"), (0.7, 1.0, "r")],
            ["Invoice #", "PO #", "Amount Paid"],
            [
                (
                    [f"MCB/{fy(j.date)}/{rng.randrange(20, 240)}", f"PO-{digits(rng, 8)}", num(v, "western")],
                    {},
                )
                for v in parts
            ],
            tint=(222, 234, 246),
        )
        p.add(
            "small",
            "Chittara murals for Terminal 2's arrival hall. Questions? Contact the customer's accounts team.",
        )
        return p.done()
    if frame == "pfms":
        j.amount = float(rng.choice([20000, 25000, 30000, 40000, 50000]))
        p = browser_page(rng, font, "pfms.nic.in/Static/KnowYourPayment.aspx")
        p.part = "head"
        top(p, "PFMS")
        p.add("small", "Public Financial Management System  |  Controller General of Accounts")
        p.add("rule")
        p.part = "body"
        p.add("left", "Know Your Payments")
        p.add("small", f"Agency: {payer}, {town}")
        p.add("small", "Scheme: National Handicraft Development Programme - Marketing Events")
        p.add("gap")
        name = h273.cell_name(p, 0.38, [payee, CUT], scale=0.84)
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        grid(
            p,
            "pf",
            [(0.0, 0.38, "l"), (0.38, 0.6, "r"), (0.6, 0.78, "l"), (0.78, 1.0, "l")],
            ["Beneficiary Name", "Amount (Rs.)", "Status", "Credit Date"],
            [
                (
                    [name, num(j.amount), "Credited", when(j.date, "%d/%m/%Y")],
                    {"merchant": name, "amount": j.amount, "status": status, "date": j.date},
                )
            ],
            tint=(232, 236, 226),
        )
        p.add("gap")
        pid = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        colkv(p, "pfk", spec, "PFMS Payment ID", pid, txn=(TXN_RANK, pid))
        colkv(p, "pfk", spec, "Bank Transaction ID (UTR)", utr, txn=(UTR_RANK, utr), method="netbanking")
        colkv(p, "pfk", spec, "Beneficiary bank", "Canara Bank, Sagara")
        p.add(
            "small",
            "Stall rent support, Dilli Haat exhibition. Credited: paid into the beneficiary's account.",
        )
        return p.done()
    if frame == "jaypore":
        j.amount = rupees(rng, 5000, 42000, 0.0)
        p = mail_page(
            rng,
            font,
            "Jaypore Seller Support <payouts@jaypore.com>",
            ["Your payout is being processed", "Payout update"],
        )
        p.part = "head"
        top(p, "Jaypore")
        p.add("small", "Handpicked crafts of India")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Seller,")
        p.add(
            "left",
            f"Your payout of {rs(j.amount)} for orders delivered last week is being processed. It reaches "
            "your bank in 2 to 3 working days.",
            status=status,
        )
        p.add("gap")
        nets = h277.split(rng, j.amount, rng.randrange(2, 5))
        lines = []
        for net in nets:
            sale = round(net / 0.78, 2)
            item = rng.choice(
                ["Chittara panel", "Bhoomanni butti", "Areca tray", "Coaster set", "Lamp shade"]
            )
            lines.append(([f"JP{digits(rng, 7)}", item, num(sale), num(sale - net), num(net)], {}))
        zebra(
            p,
            "jp",
            [(0.0, 0.22, "l"), (0.22, 0.48, "l"), (0.48, 0.64, "r"), (0.64, 0.82, "r"), (0.82, 1.0, "r")],
            ["Order", "Item", "Sale", "Commission", "Payout"],
            lines,
            (120, 70, 40),
        )
        total(p, "Net payout", rs(j.amount), at=0.56, amount=j.amount)
        p.add("gap")
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        pid = f"JPO{digits(rng, 9)}"
        name = h273.cell_name(p, 0.68, [payee, CUT], scale=1.0)
        colkv(p, "jk", spec, "Payout ID", pid, txn=(TXN_RANK, pid))
        colkv(p, "jk", spec, "Initiated on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "jk", spec, "Seller", name, merchant=name)
        colkv(p, "jk", spec, "Bank account", f"Canara Bank {tail(rng)}", method="netbanking")
        p.add("small", "Jaypore keeps 22% of each sale as its commission, GST included.")
        return p.done()
    if frame == "ninasam":
        j.amount = float(rng.randrange(8000, 30000, 500))
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(252, 250, 244), (250, 248, 240)])
        p.part = "head"
        kline(p, "ನೀನಾಸಂ, ಹೆಗ್ಗೋಡು", scale=1.2, bold=True)
        top(p, "NINASAM")
        p.add("small", "Shri Neelakanteshwara Natyaseva Sangha (R.)  |  Heggodu, Sagara Tq. - 577417")
        p.add("rule")
        p.part = "body"
        p.add("right", f"Heggodu, {when(j.date, rng.choice(['%d.%m.%Y', '{d} %B %Y']))}", date=j.date)
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [payee, COLL_SHORT])
        p.add("left", name, merchant=name)
        p.add("left", MANE_AT)
        p.add("gap")
        p.add("left", "Dear Madam,")
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        p.add(
            "left",
            f"We have today paid Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) "
            f"by NEFT, UTR "
            f"{utr}, towards the two painted Chittara backdrops for our summer theatre workshop. Kindly "
            "acknowledge.",
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("left", "Yours sincerely,")
        sig(p)
        p.add("left", "Secretary, Ninasam")
        return p.done()
    if frame == "razorpayx":
        j.amount = rupees(rng, 15000, 90000, 0.5)
        p = browser_page(rng, font, f"x.razorpay.com/payouts/pout_{code(rng, 14, MIXED)}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts  |  {payer}")
        p.add("rule")
        p.part = "body"
        pill(p, "Reversed", status, align="l")
        p.add(
            "small",
            "The beneficiary bank returned this payout: the account name does not match. The amount is back "
            "in your RazorpayX balance.",
        )
        p.add("gap")
        poid = f"pout_{code(rng, 14, MIXED)}"
        name = h273.cell_name(p, 0.6, [payee, CUT], scale=1.0)
        for label, value, facts in [
            ("Payout ID", poid, {"txn": (TXN_RANK, poid)}),
            ("Contact", name, {"merchant": name}),
            ("Fund account", f"Canara Bank {tail(rng)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Mode", "IMPS", {"method": "netbanking"}),
            ("UTR", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Created at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
            ("Purpose", "vendor bill", {}),
        ]:
            gutter(p, "rx", label, value, at=0.36, **facts)
        return p.done()
    if frame == "whatsapp":
        j.amount = float(rng.randrange(6000, 40000, 500))
        p = phone(rng, font, k, [""], dark=False, buttons=())
        band(p, (7, 94, 84))
        app_head(p, payer, "Jayanagar, Bengaluru")
        divider(p, "Today")
        s = len(p.rows)
        name = COLL
        text = (
            f"Namaskara! Sent Rs. {num(j.amount, 'indian', 0)} by IMPS to {name} for the two Hase panels. "
            f"Ref {j.ref}. Please confirm."
        )
        p.add(
            "left",
            text,
            amount=j.amount,
            merchant=name,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        bubble(p, s, hhmm(rng, lower=True))
        p.add("gap")
        p.add("small", "Messages to this business are secured by WhatsApp.")
        return p.done()
    if frame == "netsuite":
        j.amount = rupees(rng, 30000, 180000, 0.3)
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, payer)
        p.add("small", f"A Government of Karnataka undertaking  |  {town}")
        p.add("center", "BILL PAYMENT")
        p.add("rule")
        p.part = "body"
        bp = f"BP-{j.date.year}-{rng.randrange(100, 999):04d}"
        cols(
            p,
            "ns",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Bill Payment #{bp}",
            f"Date {when(j.date, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, bp),
            date=j.date,
        )
        utr = utr_for(rng, j, "HDFC Bank", "RTGS" if j.amount >= 200000 else "NEFT")
        spec = [(0.0, 0.22, "l"), (0.22, 1.0, "l")]
        name = h273.cell_name(p, 0.76, [payee, CUT], scale=1.0)
        colkv(p, "nsk", spec, "Payee", name, merchant=name)
        colkv(p, "nsk", spec, "Account", "1020 HDFC Bank Current A/c")
        colkv(p, "nsk", spec, "Amount", rs(j.amount), amount=j.amount, status=status)
        colkv(p, "nsk", spec, "Memo", f"NEFT UTR {utr}", txn=(UTR_RANK, utr), method="netbanking")
        p.add("gap")
        p.add("left", "Apply")
        parts = h277.split(rng, j.amount, rng.randrange(1, 3))
        grid(
            p,
            "nsa",
            [(0.0, 0.34, "l"), (0.34, 0.56, "l"), (0.56, 0.78, "r"), (0.78, 1.0, "r")],
            ["Bill #", "Date Due", "Orig. Amt.", "Payment"],
            [
                (
                    [
                        f"MCB/{fy(j.date)}/{rng.randrange(20, 240)}",
                        when(j.date + dt.timedelta(days=rng.randrange(5, 25)), "%d/%m/%Y"),
                        num(v),
                        num(v),
                    ],
                    {},
                )
                for v in parts
            ],
            tint=(236, 236, 236),
        )
        p.add("small", "Chittara murals for the Bhadra and Dandeli lodges. Printed from NetSuite.")
        return p.done()
    j.amount = float(rng.randrange(5000, 25000, 500))
    p = sheet_page(rng, font, [700, 740])
    p.style["paper"] = rng.choice([(250, 248, 238), (246, 246, 236)])
    p.part = "head"
    top(p, payer.upper())
    p.add("small", town)
    p.add("center", "PAYMENT VOUCHER")
    p.part = "body"
    cols(p, "rv", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
    blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
    name = COLL_SHORT
    blank(p, "Paid to", name, merchant=name)
    blank(p, "Towards", "Chittara murals, dining hall (balance)")
    amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
    ticks(p, ["Cash", "Cheque", "UPI"], 0, method="cash")
    p.add("gap")
    p.add("left", "Received the above amount.", status=status)
    sig(p)
    right(p, "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Cascade Folk Goods LLC", "Portland, Oregon, USA", "USD", 300, 4000, "mercury"),
    ("Huis van Ambacht B.V.", "Utrecht, Netherlands", "EUR", 400, 5000, "rabobank"),
    ("Kite & Loom Ltd", "Bristol, United Kingdom", "GBP", 300, 3500, "starling"),
    ("Harbour Folk Store Ltd", "Wellington, New Zealand", "NZD", 400, 5000, "kiwibank"),
    ("Al Khuwair Home Decor LLC", "Muscat, Oman", "OMR", 150, 1800, "muscat"),
    ("Sodermalm Hantverk AB", "Stockholm, Sweden", "SEK", 4000, 50000, "swedbank"),
    ("Rumah Kraf Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", 1500, 18000, "maybank"),
    ("Al Sadd Interiors W.L.L.", "Doha, Qatar", "QAR", 1500, 16000, "cbq"),
]


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: US dollars as US$ or USD, euros the Dutch way (EUR 2.350,00 or
    € 2.350,00), pounds, New Zealand dollars, ringgit and Qatari riyals with their sign or code and English
    grouping, Omani rials with their code and three decimals (OMR 1,245.250), Swedish kronor with a space
    between the thousands and a decimal comma (24 500,00 kr or SEK 24 500,00)."""
    if cur == "EUR":
        mark = rng.choice([sign(font, "\u20ac", "EUR") + " ", "EUR "])
        return lambda v: mark + f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    if cur == "SEK":
        if rng.random() < 0.5:
            return lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",") + " kr"
        return lambda v: "SEK " + f"{v:,.2f}".replace(",", " ").replace(".", ",")
    if cur == "OMR":
        return lambda v: f"OMR {v:,.3f}"
    form = rng.choice(
        {
            "USD": ["US${v}", "USD {v}"],
            "GBP": [sign(font, "\u00a3", "GBP ") + "{v}", "GBP {v}"],
            "NZD": ["NZ${v}", "NZD {v}"],
            "MYR": ["RM {v}", "MYR {v}"],
            "QAR": ["QAR {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Portland folk goods shop, a Utrecht crafts house, a Bristol shop, a Wellington store, a Muscat home
    decor shop, a Stockholm crafts shop, a Kuala Lumpur crafts house and a Doha interiors firm paying for
    Chittara panels, Bhoomanni buttis and lamp shades: Mercury's wire sent in US dollars under a ringed tick
    ("to <beneficiary>"; Sent on, Wire reference, Recipient bank, SWIFT / BIC, Purpose); Rabobank's
    overboeking naar het buitenland in euros, its labels in Dutch on hairline rows ("Uw overboeking is
    verzonden"; Van rekening, Begunstigde, Bank begunstigde, Bedrag, Datum, Omschrijving, Kosten; no
    reference); Starling Bank's international payment sent in pounds (Sent capsule; Date, Payment type,
    Starling reference, Recipient's bank, each label small over its value); Kiwibank's payment that could not
    be sent in New Zealand dollars under a ringed cross (the reason; boxed fields: To, Amount, Date, Kiwibank
    reference); Bank Muscat's SWIFT MT103 copy typed in Omani rials under a lamp's glare (:20:, :23B:,
    :32A:<yymmdd>OMR<sum>, :50K:, :57A:, :59:, :70:, :71A:, AMOUNT and VALUE DATE; "YOUR PAYMENT HAS BEEN SENT
    AS ABOVE."); Swedbank's payment sent in kronor
    ("Today <hour>"; From account, Swedbank reference, Payment type, Message; no day); Maybank2u Biz's
    foreign telegraphic transfer in progress in ringgit (an In progress capsule, a timeline of its hours:
    Submitted, Approved, Sent to beneficiary bank; shaded label cells: Reference No., Beneficiary, Amount,
    Transaction Date, Transfer Mode); Commercial Bank of Qatar's mail of a transfer completed in riyals (its
    sentence, hairline rows: Reference, Beneficiary, Beneficiary bank, Transfer amount, Charges, Transfer
    date). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "SEK" or rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    me = rng.choice([COLL, COLL_CAPS])
    inv = f"MCB/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    dot = sign(font, "\u2022", "*")
    if frame == "mercury":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Done",))
        p.part = "head"
        p.add("title", "Mercury")
        p.add("small", f"{payer}  |  Checking {dot * 2}{digits(rng, 4)}")
        p.part = "body"
        ripple(p, status)
        p.add("center", "Wire sent", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        ref = f"MWR{j.date:%y%m%d}{digits(rng, 6)}"
        kvr(p, "Sent on", when(j.date, rng.choice(["%b {d}, %Y", "%B {d}, %Y"])), date=j.date)
        kvr(p, "Wire reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Recipient bank", "Canara Bank, Sagara")
        kvr(p, "SWIFT / BIC", "CNRBINBBBFD")
        kvr(p, "Type", "International wire", method="netbanking")
        kvr(p, "Purpose", "Goods - handicrafts")
        return p.done()
    if frame == "rabobank":
        p = browser_page(rng, font, "bankieren.rabobank.nl/zakelijk/betalen/buitenland/bevestiging")
        p.part = "head"
        top(p, "Rabobank")
        p.add("small", "Rabo Internetbankieren Zakelijk  |  Overboeking naar het buitenland")
        p.add("rule")
        p.part = "body"
        p.add("left", "Uw overboeking is verzonden.", status=status)
        p.add("small", "De begunstigde ontvangt het bedrag meestal binnen 1 tot 3 werkdagen.")
        p.add("gap")
        name = h273.cell_name(p, 0.6, [me, CUT], scale=1.0)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        for label, value, facts in [
            ("Van rekening", f"NL{digits(rng, 2)} RABO {dot * 4} {digits(rng, 4)}", {}),
            ("Begunstigde", name, {"merchant": name}),
            ("Bank begunstigde", "Canara Bank, Sagara (India)", {}),
            ("Bedrag", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Datum", when(j.date, "%d-%m-%Y"), {"date": j.date}),
            ("Omschrijving", clip(f"Factuur {inv}", 30), {}),
            ("Kosten", "Gedeeld (SHA)", {"method": "netbanking"}),
        ]:
            cols(p, "rb", spec, label, value, mode="line", **facts)
        p.add("gap")
        p.add("small", f"{payer}, {city}. Bewaar deze bevestiging voor uw administratie.")
        return p.done()
    if frame == "starling":
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Done",))
        band(p, (104, 56, 220))
        app_head(p, "Starling Bank", "International payment")
        pill(p, "Sent", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Usually arrives in 1 to 2 working days")
        p.add("rule")
        ref = f"STRL{digits(rng, 10)}"
        for label, value, facts in [
            ("Date", day_in(j, rng, ["{d} %B %Y", "%d %b %Y"]), {"date": j.date}),
            ("Payment type", "International (SWIFT)", {"method": "netbanking"}),
            ("Starling reference", ref, {"txn": (BANK_RANK, ref)}),
            ("Recipient's bank", "Canara Bank, Sagara, India", {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "kiwibank":
        p = phone(rng, font, k, ["", "Overseas payment"], dark=False, buttons=("Try again",))
        band(p, (0, 120, 70))
        app_head(p, "Kiwibank", "Overseas payments")
        ripple(p, status)
        p.add("center", "We couldn't send this payment", status=status)
        p.accent(RED)
        p.add("small", "The payee's bank details could not be verified. No money has left your account.")
        p.add("gap")
        ref = f"KB{digits(rng, 9)}"
        name = me if load_font(p.font, p.style["size"]).getlength(me) + 28 <= room_of(p) else CUT
        field(p, "To", name, merchant=name)
        field(p, "Amount", show(j.amount), amount=j.amount, cur=cur)
        field(p, "Date", day_in(j, rng, ["{d}/%m/%Y", "%d %b %Y"]), date=j.date)
        field(p, "Kiwibank reference", ref, txn=(BANK_RANK, ref), method="netbanking")
        return p.done()
    if frame == "muscat":
        j.amount = round(j.amount, 2)
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = (252, 252, 250)
        p.part = "body"
        width_ = h271.tt_cols(p)
        typed(p, "BANK MUSCAT SAOG".center(width_).rstrip())
        typed(p, "OUTWARD PAYMENT - SWIFT MT103 (CUSTOMER COPY)".center(width_).rstrip())
        typed(p, "=" * width_)
        ref = f"BMO{j.date:%y%m%d}{digits(rng, 5)}"
        acct = digits(rng, 12)
        amt = f"{j.amount:.3f}".replace(".", ",")
        name = me.upper() if len(me) + 6 <= width_ else CUT
        for line_, facts in [
            (f":20:  {ref}", {"txn": (BANK_RANK, ref)}),
            (":23B: CRED", {}),
            (f":32A: {j.date:%y%m%d}OMR{amt}", {"amount": j.amount, "cur": cur, "date": j.date}),
            (f":50K: {payer.upper()[: width_ - 7]}", {}),
            ("      MUSCAT, OMAN", {}),
            (":57A: CNRBINBBBFD", {}),
            (f":59:  /{acct}", {}),
            (f"      {name}", {"merchant": name}),
            (f":70:  {clip('INV ' + inv, width_ - 7)}", {}),
            (":71A: OUR", {"method": "netbanking"}),
        ]:
            typed(p, line_, **facts)
        typed(p, "=" * width_)
        typed(p, f"AMOUNT : {show(j.amount)}   VALUE DATE : {when(j.date, '%d/%m/%Y')}")
        typed(p, "YOUR PAYMENT HAS BEEN SENT AS ABOVE.", status=status)
        p.add("gap")
        p.add(
            "small",
            "71A OUR: all charges are paid by the ordering customer. Keep this copy for your records.",
        )
        decor(p, "glare")
        return p.done()
    if frame == "swedbank":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Close",))
        band(p, (238, 112, 35))
        app_head(p, "Swedbank", "Business")
        ripple(p, status)
        p.add("center", "Payment sent", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today {hhmm(rng, twelve=False)}")
        p.add("rule")
        ref = f"SWB{digits(rng, 10)}"
        kvr(p, "From account", f"Business account {digits(rng, 4)}")
        kvr(p, "Swedbank reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Payment type", "International (SWIFT)", method="netbanking")
        kvr(p, "Message", f"Invoice {inv}")
        return p.done()
    if frame == "maybank":
        p = browser_page(rng, font, "m2ubiz.maybank2u.com.my/payments/ftt/status")
        p.part = "head"
        top(p, "Maybank2u Biz")
        p.add("small", f"Foreign Telegraphic Transfer  |  {payer}")
        p.add("rule")
        p.part = "body"
        pill(p, "In Progress", status, align="l")
        p.add("gap")
        h0 = rng.randrange(9, 15)
        m0 = rng.randrange(0, 30)
        timeline(p, f"{h0:02d}:{m0:02d}", "Submitted by maker", "done")
        timeline(p, f"{h0:02d}:{m0 + rng.randrange(5, 29):02d}", "Approved by authoriser", "done")
        timeline(p, "", "Sent to beneficiary bank", "now", last=True)
        p.add("gap")
        ref = f"M2U{j.date:%y%m%d}{digits(rng, 6)}"
        name = h273.cell_name(p, 0.6, [me, CUT], scale=1.0)
        kv(p, "Reference No.", ref, at=0.38, txn=(BANK_RANK, ref))
        kv(p, "Beneficiary", name, at=0.38, merchant=name)
        kv(p, "Amount", show(j.amount), at=0.38, amount=j.amount, cur=cur)
        kv(p, "Transaction Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.38, date=j.date)
        kv(p, "Transfer Mode", "Foreign Telegraphic Transfer", at=0.38, method="netbanking")
        return p.done()
    p = mail_page(
        rng,
        font,
        "CBQ <transfers@cbq.qa>",
        ["Your international transfer is complete", "Transfer confirmation"],
    )
    p.part = "head"
    top(p, "Commercial Bank")
    p.add("small", "The Commercial Bank (P.S.Q.C.), Doha")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Dear {payer},")
    p.add(
        "left",
        f"Your international transfer of {show(j.amount)} has been completed. The details are below.",
        status=status,
    )
    p.add("gap")
    ref = f"CBQ{digits(rng, 11)}"
    name = h273.cell_name(p, 0.62, [me, CUT], scale=1.0)
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    for label, value, facts in [
        ("Reference", ref, {"txn": (BANK_RANK, ref)}),
        ("Beneficiary", name, {"merchant": name}),
        ("Beneficiary bank", "Canara Bank, Sagara, India", {}),
        ("Transfer amount", show(j.amount), {"amount": j.amount, "cur": cur}),
        ("Charges", show(float(rng.choice([15, 25, 35]))), {}),
        ("Transfer date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), {"date": j.date}),
        ("Transfer type", "International (SWIFT)", {"method": "netbanking"}),
    ]:
        cols(p, "cq", spec, label, value, mode="line", **facts)
    p.add("gap")
    p.add("small", "This is an automated message from CBQ. Please do not reply.")
    return p.done()


# ---------------------------------------------------------------- 4. the collective's own papers


CLIENTS = [
    ("Mr. Harish Hegde", "Vinobanagar, Shivamogga"),
    ("Mrs. Sumana Bhat", "Gandhinagar, Sagara"),
    ("Mr. Prakash Naik", "Soraba Road, Sagara"),
    ("Dr. Veena Rao", "Kuvempu Road, Shivamogga"),
]
BANKS_ON = ["Canara Bank, Sagara", "Karnataka Bank, Shivamogga", "State Bank of India, Sagara"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The collective's own papers, each its unit or itself on top: Chittara Angadi's TAX INVOICE under its
    Kannada name and a Chittara band (Invoice No. beside Date:, Customer, a table ruled on every side # |
    Description | HSN | Qty | Rate | Amount with CGST 2.5% and SGST 2.5%, Total; dot leaders: Amount received,
    Mode, UPI Ref); the web shop's WooCommerce order page ("Order #n was placed on <day> and is currently
    Pending payment.", its lines, Subtotal, Shipping, Payment method, Total); Hase Chittara Mane's receipt
    book under its Kannada name and a Chittara band, each label in English over its Kannada and filled in by
    hand (No. printed; Date / ದಿನಾಂಕ, Received from / ಇವರಿಂದ, Rupees / ರೂಪಾಯಿ, Rs. / ರೂ., For / ಬಾಬ್ತು, By /
    ಮೂಲಕ); the Dasara stall's CASH BILL from its pad, stapled (No. left blank, Date with its month in Roman
    figures and Name written in, the pieces written on its ruling, Total underlined twice, "ನಗದು
    ಸ್ವೀಕರಿಸಲಾಗಿದೆ" (cash received) in a Kannada hand; no reference); a Bhoomanni butti ORDER TOKEN under a
    painted basket (Token No., Name, Baskets, Ready, "Paid in full Rs. x/- by UPI, Ref ..."; no day);
    Townscript's booking mail for a workshop (its sentence; Event, Organiser, Event dates, Booking ID, Amount
    paid, Payment, Paid on beside their labels); Easebuzz's Transaction failed under a ringed cross
    ("Merchant: <shop>"; dot leaders: Transaction ID, Order ID, Amount, Payment mode, Date & time, Reason); a
    MONEY RECEIPT for a wedding's Hase painting in a Chittara border under a Hase emblem and the collective's
    Kannada name (No. beside Date, "Received with thanks from <client> a sum of Rupees ... (Rs. x/-) by Cheque
    No. ... dated ... drawn on ... Subject to realisation of the cheque."). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=800, high=42000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        kline(p, ANGADI_KN, scale=1.2, bold=True)
        name = pick(p, "title", [ANGADI_CAPS, ANGADI])
        top(p, name, merchant=name)
        p.add("small", ANGADI_AT)
        p.add("small", f"GSTIN {GSTIN}  |  a unit of {COLL}")
        chittara_band(p)
        p.add("center", "TAX INVOICE")
        p.part = "body"
        inv = f"CA/{fy(j.date)}/{rng.randrange(100, 999):04d}"
        cols(
            p,
            "ti",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, inv),
            date=j.date,
        )
        p.add("left", f"Customer: {who}")
        items = works(rng, rng.randrange(2, 4), high=3000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = round(taxable + 2 * gst, 2)
        grid(
            p,
            "tig",
            [
                (0.0, 0.06, "c"),
                (0.06, 0.54, "l"),
                (0.54, 0.66, "c"),
                (0.66, 0.74, "c"),
                (0.74, 0.86, "r"),
                (0.86, 1.0, "r"),
            ],
            ["#", "Description", "HSN", "Qty", "Rate", "Amount"],
            [
                ([str(n + 1), t, hsn, str(q), num(pr, "plain", 0), num(q * pr)], {})
                for n, (t, hsn, q, pr) in enumerate(items)
            ]
            + [(["", "CGST 2.5%", "", "", "", num(gst)], {}), (["", "SGST 2.5%", "", "", "", num(gst)], {})],
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
            tint=(246, 226, 214),
        )
        p.add("gap")
        dots(p, "Amount received", rs(j.amount), at=0.5, status=status)
        dots(p, "Mode", "UPI", at=0.5, method="UPI")
        dots(p, "UPI Ref", j.ref, at=0.5, txn=(UTR_RANK, j.ref))
        p.add("gap")
        kline(p, "ಧನ್ಯವಾದಗಳು! Every piece is painted by hand in Sagara.", scale=0.9, soft=True)
        return p.done()
    if k == 1:
        order = str(rng.randrange(1000, 4999))
        p = browser_page(rng, font, f"{WEB}/my-account/view-order/{order}/")
        p.part = "head"
        name = ANGADI
        top(p, name, merchant=name)
        p.add("small", f"{WEB}  |  Chittara, the wall art of Malnad, painted by hand")
        p.add("rule")
        p.part = "body"
        placed = when(j.date, rng.choice(["%B {d}, %Y", "{d} %B %Y"]))
        p.add(
            "left",
            f"Order #{order} was placed on {placed} and is currently Pending payment.",
            txn=(ORDER_RANK, order),
            date=j.date,
            status=status,
        )
        p.add("small", "We are waiting for PayU to confirm your payment. Please do not pay again.")
        p.add("gap")
        items = works(rng, rng.randrange(1, 3), high=3200)
        ship = float(rng.choice([0, 80, 120]))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        spec = [(0.0, 0.68, "l"), (0.68, 1.0, "r")]
        cols(p, "wch", spec, "Product", "Total", mode="line")
        for text, _, q, pr in items:
            cols(p, "wc", spec, f"{clip(text, 40)} x {q}", rs(q * pr), mode="line")
        cols(p, "wc", spec, "Subtotal:", rs(sub), mode="line")
        cols(p, "wc", spec, "Shipping:", rs(ship) if ship else "Free shipping", mode="line")
        cols(p, "wc", spec, "Payment method:", "UPI (PayU)", mode="line", method="UPI")
        cols(p, "wct", spec, "Total:", rs(j.amount), mode="line", amount=j.amount)
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(250, 248, 240), (252, 250, 242)])
        p.part = "head"
        kline(p, MANE_KN, scale=1.2, bold=True)
        name = pick(p, "title", [MANE, MANE_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"{MANE_AT}  |  a unit of {COLL}")
        chittara_band(p)
        kline(p, "ರಸೀದಿ / RECEIPT", scale=1.0, bold=True)
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        cols(p, "mr", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        j.amount = float(rng.choice([1500, 1800, 2400, 3000, 3600]))
        klab(p, "Date", "ದಿನಾಂಕ", day_in(j, rng, ["{d}/%m/%Y", "%d-%m-%Y"]), pen=True, date=j.date)
        klab(p, "Received from", "ಇವರಿಂದ", who, pen=True)
        klab(p, "Rupees", "ರೂಪಾಯಿ", clip(words_in_rupees(j.amount).replace("Rupees ", ""), 40), pen=True)
        klab(p, "Rs.", "ರೂ.", f"{num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        klab(p, "For", "ಬಾಬ್ತು", "Chittara workshop, 2 days", pen=True)
        klab(
            p,
            "By",
            "ಮೂಲಕ",
            f"UPI, Ref {j.ref}",
            pen=True,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        sig(p)
        right(p, "for Hase Chittara Mane")
        return p.done()
    if k == 3:
        shift(j, rng, DASARA + dt.timedelta(days=rng.randrange(0, 58)))
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(255, 250, 236), (250, 246, 230)])
        decor(p, "staple")
        p.part = "head"
        p.add("gap")
        kline(p, ANGADI_KN, scale=1.0, bold=True)
        name = pick(p, "title", [ANGADI_CAPS, ANGADI])
        top(p, name, merchant=name)
        p.add("small", STALL)
        p.add("center", "CASH BILL")
        p.part = "body"
        cols(p, "cb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", roman_day(j.date, rng), date=j.date)
        blank(p, "Name", who.split(" ", 1)[1])
        start = len(p.rows)
        spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
        total_ = 0.0
        for text, _, q, pr in works(rng, rng.randrange(2, 4), high=2200):
            hcells(p, spec, f"{clip(text, 28)} x {q}", num(q * pr, "indian", 0))
            total_ += q * pr
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        dbl(p, 0.22)
        ledger(p, start, [0.74])
        p.add("gap")
        khand(p, "ನಗದು ಸ್ವೀಕರಿಸಲಾಗಿದೆ", method="cash", status=status)
        right(p, "- Lalitha")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 248, 236), (248, 244, 228)])
        p.part = "head"
        p.add("gap")
        butti(p)
        kline(p, "ಭೂಮಣ್ಣಿ ಬುಟ್ಟಿ", scale=1.1, bold=True)
        name = pick(p, "title", [MANE, MANE_CAPS])
        top(p, name, merchant=name)
        p.add("small", MANE_AT)
        p.add("center", "BHOOMANNI BUTTI ORDER TOKEN")
        p.part = "body"
        token = str(rng.randrange(11, 99))
        cols(p, "bt", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Token No. {token}", "", txn=(ORDER_RANK, token))
        n = rng.randrange(1, 4)
        each = rng.choice([650, 750, 900, 1100])
        j.amount = float(n * each)
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "bk", spec, "Name", who)
        cols(p, "bk", spec, "Baskets", f"{n} painted, with lid{'s' if n > 1 else ''}, @ Rs. {each}")
        cols(p, "bk", spec, "Ready", "two days before Bhoomi Hunnime")
        p.add("gap")
        p.add(
            "left",
            f"Paid in full: Rs. {num(j.amount, 'indian', 0)}/- by UPI, Ref {j.ref}.",
            amount=j.amount,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        p.add("small", "Bring this token when you collect your baskets.")
        return p.done()
    if k == 5:
        j.amount = float(rng.choice([1800, 2400, 3000, 3500]))
        p = mail_page(
            rng,
            font,
            "Townscript <noreply@townscript.com>",
            ["Your booking is confirmed", "Booking confirmed - Chittara workshop"],
        )
        p.part = "head"
        top(p, "townscript")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {who.split(' ', 1)[1].split()[0]},")
        p.add("left", "Your booking is confirmed. See you at the workshop!", status=status)
        p.add("gap")
        c = card_open(p)
        bid = f"TS{digits(rng, 9)}"
        start_day = j.date + dt.timedelta(days=rng.randrange(6, 30))
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        name = MANE
        colkv(p, "tw", spec, "Event", "Chittara for beginners: a two-day workshop")
        colkv(p, "tw", spec, "Organiser", name, merchant=name)
        colkv(p, "tw", spec, "Event dates", f"{when(start_day, '%a {d} %b')} and the next day")
        colkv(p, "tw", spec, "Booking ID", bid, txn=(ORDER_RANK, bid))
        colkv(p, "tw", spec, "Amount paid", rs(j.amount), amount=j.amount)
        colkv(p, "tw", spec, "Payment", f"Debit card {masked(rng, font)}", method="card")
        colkv(p, "tw", spec, "Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        card_close(p, c)
        p.add("small", "Venue: Hase Chittara Mane, Keladi Road, Sagara. Brushes and colours are given.")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, f"pay.easebuzz.in/transaction/{code(rng, 10, LOWER)}/failure")
        p.part = "head"
        top(p, "easebuzz")
        p.add("rule")
        p.part = "body"
        name = ANGADI
        p.add("left", f"Merchant: {name}", merchant=name)
        ripple(p, status)
        p.add("center", "Transaction failed", status=status)
        p.accent(RED)
        p.add("small", "Your bank declined the transaction. Any amount debited will be refunded.")
        p.add("gap")
        j.amount = rupees(rng, 900, 9000, 0.3)
        tid = f"E{j.date:%y%m%d}{code(rng, 8, UPPER)}"
        oid = f"CA-WEB-{rng.randrange(1000, 4999)}"
        dots(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        dots(p, "Order ID", oid, at=0.36, txn=(ORDER_RANK, oid))
        dots(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        dots(p, "Payment mode", "Net Banking (Karnataka Bank)", at=0.36, method="netbanking")
        dots(p, "Date & time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), at=0.36, date=j.date)
        dots(p, "Reason", "Declined by bank", at=0.36)
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(252, 249, 240), (250, 247, 236)])
    chittara_border(p)
    p.part = "head"
    p.add("gap")
    hase(p)
    kline(p, COLL_KN, scale=1.0, bold=True)
    name = pick(p, "title", [COLL, COLL_SHORT])
    top(p, name, merchant=name)
    p.add("small", f"{REGD}  |  {OFFICE}")
    p.add("center", "MONEY RECEIPT")
    p.part = "body"
    no = f"{rng.randrange(20, 400):03d}"
    cols(
        p,
        "mrc",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"No. {no}",
        f"Date: {when(j.date, '%d.%m.%Y')}",
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    p.add("gap")
    client, place_ = rng.choice(CLIENTS)
    j.amount = float(rng.randrange(12000, 60000, 500))
    chq = digits(rng, 6)
    chq_day = j.date - dt.timedelta(days=rng.randrange(1, 6))
    p.add(
        "left",
        f"Received with thanks from {client}, {place_}, a sum of {words_in_rupees(j.amount)} "
        f"(Rs. {num(j.amount, 'indian', 0)}/-) by Cheque No. {chq} dated {when(chq_day, '%d.%m.%Y')} "
        f"drawn on {rng.choice(BANKS_ON)}, towards painting the Hase Chittara on the wall of the wedding "
        "room at their home.",
        amount=j.amount,
        method="cheque",
        status=status,
    )
    p.add("small", "Subject to realisation of the cheque.")
    p.add("gap")
    sig(p)
    right(p, f"for {COLL_SHORT}, Secretary")
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The collective's suppliers, each on top of its own paper: a kemmannu (red earth) seller's chit pinned
    on the collective's cork board (his name in Latin letters, the sacks of red earth and the gurige seeds
    written in Kannada with their sums, ಒಟ್ಟು (total), "GPay ಮೂಲಕ ಪಡೆದಿದೆ" (received by GPay), Ref; no day);
    SRI RAGHAVENDRA FRAME WORKS' tax invoice made in myBillBook (Invoice No. beside its earlier Invoice Date,
    Bill To, a striped table with CGST 9% and SGST 9%, Total; a ruled box "Payment details": Paid on, Mode,
    Ref No., Balance due); Hobby Ideas' checkout with the payment failed (a Payment failed capsule, its
    lines, Order total; Order ID, Payment ID, Method, Attempted on, each label small over its value); the
    Medar bamboo workers' society's BILL under its Kannada name (its number struck in red, Date and M/s
    written in, the baskets written on its ruling with their sums, Total, "ನಗದು ಪಡೆದಿದೆ" (cash received) in a
    Kannada hand and a signature); KAGAZ HANDMADE PAPER WORKS' PAYMENT RECEIPT (Receipt No. beside Receipt
    Date, Received from, Amount received, Payment mode, Reference (UTR), Against invoice with its earlier
    day, its rubber stamp); Moglix's order with the payment pending (a timeline of its hours: Order placed,
    Payment confirmation, Shipping; Order ID, Amount, UPI Ref, Placed on); SRI DURGA PRINTERS' bill from its
    pad, spotted with rain (No. left blank, Date with its month in Roman figures, the cards and tags written
    in with their sums, Total, "Paid cash"; no reference); Hostinger's receipt mailed (Invoice ID, Payment
    date, the hosting and the domain, GST 18%, Total, Paid with Visa, Transaction ID). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=1500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    buyer = rng.choice([COLL, COLL_CAPS])
    if k == 0:
        p = sheet_page(rng, font, [540, 580])
        p.style["paper"] = rng.choice([(250, 250, 244), (246, 244, 236)])
        decor(p, "pin")
        p.part = "body"
        p.add("gap")
        p.add("gap")
        name = "Manjappa K."
        write(p, name, merchant=name)
        write(p, "Anandapura, kemmannu")
        p.add("gap")
        sacks, rate = rng.randrange(3, 12), rng.choice([220, 250, 280])
        seeds = rng.choice([0, 160, 180, 240])
        khand(p, f"ಕೆಮ್ಮಣ್ಣು {sacks} ಚೀಲ x {rate}", figure=num(sacks * rate, "indian", 0))
        if seeds:
            khand(p, "ಗುರಿಗೆ ಬೀಜ 1 ಕೆಜಿ", figure=num(seeds, "indian", 0))
        j.amount = float(sacks * rate + seeds)
        khand(p, "ಒಟ್ಟು", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        khand(p, "GPay ಮೂಲಕ ಪಡೆದಿದೆ", method="UPI", status=status)
        write(p, f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("gap")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "SRI RAGHAVENDRA FRAME WORKS"
        top(p, name, merchant=name)
        p.add(
            "small", f"Wooden frames and mounts  |  Durgigudi, Shivamogga - 577201  |  GSTIN {gstin_of(rng)}"
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"SRF/{rng.randrange(100, 999)}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "rf",
            spec,
            f"Invoice No. {inv}",
            f"Invoice Date {when(earlier(rng, j, 3, 18), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        cols(p, "rf", spec, f"Bill To: {clip(buyer, 36)}", "Place of supply: 29-Karnataka")
        frames = [
            ("Teak frame 12 x 12 in, glass", rng.randrange(10, 40), float(rng.choice([260, 290, 320]))),
            ("Teak frame 18 x 24 in, glass", rng.randrange(4, 16), float(rng.choice([540, 620, 680]))),
            ("Mount board cutting", rng.randrange(10, 50), float(rng.choice([30, 40]))),
        ]
        taxable = sum(q * r for _, q, r in frames)
        gst = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "rfz",
            [(0.0, 0.54, "l"), (0.54, 0.66, "r"), (0.66, 0.82, "r"), (0.82, 1.0, "r")],
            ["Item (HSN 4414)", "Qty", "Rate", "Amount"],
            [([t, str(q), num(r), num(q * r)], {}) for t, q, r in frames]
            + [(["CGST 9%", "", "", num(gst)], {}), (["SGST 9%", "", "", num(gst)], {})],
            (90, 60, 40),
        )
        total(p, "Total", rs(j.amount), at=0.56, amount=j.amount)
        p.add("gap")
        spec2 = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        g = [
            ("Paid on", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), {"date": j.date}),
            ("Mode", "UPI", {"method": "UPI", "status": status}),
            ("Ref No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Balance due", rs(0.0), {}),
        ]
        grid(p, "rfp", spec2, ["Payment details", ""], [([a, b], f) for a, b, f in g], tint=(240, 232, 222))
        p.add("small", "Generated on myBillBook")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"www.hobbyideas.in/checkout/payment/{code(rng, 8, LOWER)}")
        p.part = "head"
        name = "Hobby Ideas"
        top(p, name, merchant=name)
        p.add("small", "Art and craft supplies by Pidilite  |  Checkout")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment failed", status, align="l")
        p.add(
            "small", "Your UPI request expired before it was approved. Your cart is saved; please try again."
        )
        p.add("gap")
        lines = [
            ("Fevicryl acrylic, white 500 ml", rng.randrange(2, 8), float(rng.choice([310, 345]))),
            ("Fevicryl acrylic, brick red 500 ml", rng.randrange(2, 8), float(rng.choice([310, 345]))),
            ("Flat brushes, set of 6", rng.randrange(2, 6), float(rng.choice([220, 260]))),
        ]
        j.amount = float(sum(q * r for _, q, r in lines))
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        for t, q, r in lines:
            cols(p, "hi", spec, f"{t} x {q}", rs(q * r))
        total(p, "Order total", rs(j.amount), at=0.56, amount=j.amount)
        p.add("gap")
        oid = f"HI{digits(rng, 8)}"
        pid = f"pay_{code(rng, 14, MIXED)}"
        for label, value, facts in [
            ("Order ID", oid, {"txn": (ORDER_RANK, oid)}),
            ("Payment ID", pid, {"txn": (TXN_RANK, pid)}),
            ("Method", "UPI (collect request)", {"method": "UPI"}),
            ("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 247, 236), (248, 246, 234)])
        p.part = "head"
        kline(p, "ಸಾಗರ ಮೇದಾರ ಬಿದಿರು ಕೆಲಸಗಾರರ ಸಂಘ", scale=1.05, bold=True)
        name = "SAGARA MEDARA BIDIRU KELASAGARARA SANGHA"
        top(p, name, merchant=name)
        p.add("small", "Bamboo baskets, mats and trays  |  Medara Keri, Sagara")
        p.add("center", "BILL")
        p.part = "body"
        bno = str(rng.randrange(200, 900))
        h279.redno(p, "No.", bno, txn=(INVOICE_RANK, bno))
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "M/s", "Chittara Balaga, Keladi Road")
        start = len(p.rows)
        spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
        goods = [
            ("Baskets with lids, 12 in", 80, 110),
            ("Baskets, 8 in", 45, 70),
            ("Winnowing trays", 60, 90),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(goods, rng.randrange(2, 4)):
            n = rng.randrange(10, 40)
            rate = rng.randrange(lo, hi, 5)
            hcells(p, spec, f"{text}: {n} @ {rate}", num(n * rate, "indian", 0))
            total_ += n * rate
        j.amount = float(total_)
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        p.add("gap")
        khand(p, "ನಗದು ಪಡೆದಿದೆ", method="cash", status=status)
        sig(p)
        right(p, "for the Sangha")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "KAGAZ HANDMADE PAPER WORKS"
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Cotton rag and lokta paper  |  Peenya II Stage, Bengaluru - 560058  |  GSTIN {gstin_of(rng)}",
        )
        p.add("center", "PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"PR-{rng.randrange(100, 999):04d}"
        cols(
            p,
            "kg",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Receipt Date: {when(j.date, '%d-%m-%Y')}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("gap")
        j.amount = rupees(rng, 6000, 48000, 0.4)
        way = "NEFT"
        utr = utr_for(rng, j, "Canara Bank", way)
        inv_day = earlier(rng, j, 6, 30)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "kr", spec, "Received from", clip(buyer, 40))
        colkv(p, "kr", spec, "Amount received", rs(j.amount), amount=j.amount, status=status)
        colkv(p, "kr", spec, "Payment mode", way, method="netbanking")
        colkv(p, "kr", spec, "Reference (UTR)", utr, txn=(UTR_RANK, utr))
        colkv(
            p,
            "kr",
            spec,
            "Against invoice",
            f"KHP/{fy(inv_day)}/{rng.randrange(100, 600)} dt. {when(inv_day, '%d-%m-%Y')}",
        )
        p.add("gap")
        p.add("left", "Thank you for your payment.")
        rstamp(p, [name, "RECEIVED", "ACCOUNTS"], "blue", at=0.55, rows_=4)
        right(p, "Authorised signatory")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Retry payment",))
        band(p, (234, 90, 30))
        app_head(p, "Moglix", "Order details")
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        j.amount = rupees(rng, 1500, 14000, 0.3)
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Moglix"
        p.add("small", f"Sold by {name}", merchant=name)
        p.add("gap")
        h0 = rng.randrange(9, 20)
        m0 = rng.randrange(0, 50)
        timeline(p, f"{(h0 - 1) % 12 + 1}:{m0:02d} {'am' if h0 < 12 else 'pm'}", "Order placed", "done")
        timeline(
            p,
            f"{(h0 - 1) % 12 + 1}:{m0 + rng.randrange(1, 9):02d} {'am' if h0 < 12 else 'pm'}",
            "Payment confirmation",
            "now",
        )
        timeline(p, "", "Shipping", "todo", last=True)
        p.add("small", "We are waiting for your bank. Please do not pay again.")
        p.add("rule")
        oid = f"MOG{digits(rng, 10)}"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Items", "Round brushes, assorted (10)")
        kvr(p, "Payment", "UPI", method="UPI")
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Placed on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 250, 246), (248, 248, 242)])
        decor(p, "rain")
        p.part = "head"
        kline(p, "ಶ್ರೀ ದುರ್ಗಾ ಪ್ರಿಂಟರ್ಸ್", scale=1.05, bold=True)
        name = "SRI DURGA PRINTERS"
        p.add("center", name, merchant=name)
        p.add("small", "Offset and screen printing  |  Nehru Road, Shivamogga")
        p.add("rule")
        p.part = "body"
        cols(p, "dp", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", roman_day(j.date, rng), date=j.date)
        blank(p, "M/s", "Chittara Angadi, Sagara")
        start = len(p.rows)
        spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
        lines = [
            ("Visiting cards, 500", rng.choice([450, 550, 650])),
            ("Hang tags printed, 1000", rng.choice([1100, 1300, 1500])),
            ("Carry bag labels, 500", rng.choice([600, 750])),
        ]
        chosen = lines[: rng.randrange(2, 4)]
        for text, v in chosen:
            hcells(p, spec, text, num(v, "indian", 0))
        j.amount = float(sum(v for _, v in chosen))
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        write(p, "Paid cash", method="cash", status=status)
        right(p, "- Shankar")
        return p.done()
    p = mail_page(
        rng, font, "Hostinger <billing@hostinger.com>", ["Your payment was successful", "Payment receipt"]
    )
    p.part = "head"
    name = "Hostinger"
    top(p, name, merchant=name)
    p.add("rule")
    p.part = "body"
    p.add("left", f"Hello {SECRETARY.split()[1]},")
    p.add("left", "Your payment was successful. Thank you for choosing Hostinger.", status=status)
    p.add("gap")
    host = float(rng.choice([2988, 3588, 4188]))
    dom = float(rng.choice([749, 899, 999]))
    gst = round((host + dom) * 0.18, 2)
    j.amount = round(host + dom + gst, 2)
    inv = f"HIN-{j.date.year}-{digits(rng, 7)}"
    tid = f"ch_{code(rng, 16, MIXED)}"
    spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
    cols(p, "hg", spec, "Invoice ID", inv, txn=(INVOICE_RANK, inv))
    cols(p, "hg", spec, "Payment date", day_in(j, rng, ["%b {d}, %Y", "%d %b %Y"]), date=j.date)
    p.add("gap")
    spec2 = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
    cols(p, "hgi", spec2, "Business Web Hosting, 12 months", rs(host))
    cols(p, "hgi", spec2, f"Domain renewal, 1 year ({WEB})", rs(dom))
    cols(p, "hgi", spec2, "GST 18%", rs(gst))
    total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
    p.add("gap")
    cols(p, "hg", spec, "Paid with", f"Visa ending {digits(rng, 4)}", method="card")
    cols(p, "hg", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
    p.add("small", "Hostinger International Ltd. Prices include GST where charged.")
    return p.done()


# ---------------------------------------------------------------- 6. the collective's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("KAGAZ HANDMADE PAPER WORKS", "handmade paper, inv KHP 311", "canara"),
    ("SRI RAGHAVENDRA FRAME WORKS", "frames, inv SRF 512", "kbl"),
    ("HEGDE AND BHAT ASSOCIATES", "monthly accounts retainer", "si"),
    ("SAHYADRI TRANSPORT", "freight to Mysuru, stall 41", "federal"),
    ("SAGARA TENT AND DECORATORS", "stall 41 fittings, Dasara", "boi"),
    ("MALNAD WEB STUDIO", "web shop upkeep, 6 months", "axis"),
    ("CHITRA PHOTO STUDIO", "catalogue photographs", "kgb"),
    ("SAGARA ELECTRICALS", "workshop wiring repairs", "jio"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The collective's own banking pages paying its vendors: Canara Bank's internet banking acknowledgement
    of a NEFT (dot leaders: Transaction Reference No., UTR Number, Debit Account, Beneficiary Name,
    Beneficiary Account, IFSC, Amount, Date & Time, Remarks); KBL Mobile Plus' IMPS under a ringed tick ("to
    <payee>", chips; IMPS Reference No., From Account, Date & Time, Remarks, each label small over its value);
    Canara Bank's standing instruction executed (shaded label cells: SI No., Beneficiary, Amount, Frequency,
    Executed on, Next due, Mode, Status; no reference); FedMobile's IMPS pending under a ringed clock (the
    bank's words; IMPS Ref No., Date, From, Remarks); Bank of India's StarConnect RTGS status in a striped
    table (Transaction Ref No., UTR, Beneficiary Name, Beneficiary A/c, IFSC, Amount, Transaction Date,
    Status); Axis Bank's mail ("IMPS transfer of INR x to <PAYEE> from your A/c XX1234 is successful.", a
    table ruled on every side of its details); Karnataka Gramin Bank's app with a NEFT returned (a Failed
    capsule, the sum, "to <payee>", a folding section "Details": Reference No., Mode, Date, Reason);
    JioFinance's UPI payment under a ringed tick ("Today, <hour>"; UPI Ref ID, Paid from, Note; no day). All
    new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=3000, high=170000)
    payee, purpose, frame = VENDORS[k]
    if frame == "boi":
        shift(j, rng, DASARA - dt.timedelta(days=rng.randrange(4, 16)))
        j.amount = float(rng.randrange(205000, 340000, 500))
    low, high = {
        "canara": (8000, 60000),
        "kbl": (6000, 40000),
        "si": (8000, 15000),
        "federal": (4000, 22000),
        "axis": (12000, 45000),
        "kgb": (9000, 36000),
        "jio": (800, 9000),
    }.get(frame, (0, 0))
    if high:
        j.amount = rupees(rng, low, high, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    dot = sign(font, "\u2022", "*")
    if frame == "canara":
        p = browser_page(rng, font, "netbanking.canarabank.in/fundtransfer/neft/acknowledgement")
        p.part = "head"
        top(p, "Canara Bank")
        p.add("small", "Internet Banking  |  Funds Transfer  |  NEFT")
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction processed successfully.", status=status)
        p.add("gap")
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        tref = f"CNB{digits(rng, 12)}"
        name = payee
        for label, value, facts in [
            ("Transaction Ref. No.", tref, {"txn": (BANK_RANK, tref)}),
            ("UTR Number", utr, {"txn": (UTR_RANK, utr), "method": "netbanking"}),
            ("Debit Account", f"XXXXXXXX{digits(rng, 4)}", {}),
            ("Beneficiary Name", name, {"merchant": name}),
            ("Beneficiary Account", f"XXXXXXXX{acct_no[-4:]}", {}),
            ("IFSC", f"CNRB000{digits(rng, 4)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), {"date": j.date}),
            ("Remarks", clip(purpose, 28), {}),
        ]:
            dots(p, label, value, at=0.46, **facts)
        p.add("small", "Please keep the UTR for any follow-up with the beneficiary's bank.")
        return p.done()
    if frame == "kbl":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (150, 20, 60))
        app_head(p, "KBL Mobile Plus", "Karnataka Bank")
        ripple(p, status)
        p.add("center", "IMPS transfer successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        chips(p, ["IMPS", "Account transfer"], method="netbanking")
        p.add("gap")
        for label, value, facts in [
            ("IMPS Reference No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("From Account", f"Karnataka Bank XX{digits(rng, 4)}", {}),
            ("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), {"date": j.date}),
            ("Remarks", clip(purpose, 26), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "si":
        p = browser_page(rng, font, "netbanking.canarabank.in/si/execution-history")
        p.part = "head"
        top(p, "Canara Bank")
        p.add("small", "Internet Banking  |  Standing Instructions  |  Execution history")
        p.add("rule")
        p.part = "body"
        p.add("left", "Standing instruction executed.", status=status)
        p.add("gap")
        j.amount = float(rng.choice([8000, 9500, 10000, 12000, 15000]))
        sino = f"SI/CNRB/{j.date.year - 1}/{rng.randrange(100, 999):04d}"
        nday = (j.date.replace(day=1) + dt.timedelta(days=32)).replace(
            day=j.date.day if j.date.day <= 28 else 28
        )
        name = h273.cell_name(p, 0.6, [payee], scale=1.0)
        kv(p, "SI No.", sino, at=0.36)
        kv(p, "Beneficiary", name, at=0.36, merchant=name)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Frequency", f"Monthly, on day {j.date.day}", at=0.36)
        kv(p, "Executed on", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), at=0.36, date=j.date)
        kv(p, "Next due", when(nday, "%d-%m-%Y"), at=0.36)
        kv(p, "Mode", "NEFT", at=0.36, method="netbanking")
        kv(p, "Status", "Executed", at=0.36)
        p.add("small", f"Remarks: {purpose}")
        return p.done()
    if frame == "federal":
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Check status",))
        band(p, (0, 60, 130))
        app_head(p, "FedMobile", "Federal Bank")
        ripple(p, status)
        p.add("center", "Transaction pending", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add(
            "small",
            "The beneficiary's bank has not responded yet. Do not retry; if not credited, the amount is "
            "returned in 48 hours.",
        )
        p.add("rule")
        kvr(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "From", f"Federal Bank {dot * 2}{digits(rng, 4)}")
        kvr(p, "Remarks", clip(purpose, 22))
        return p.done()
    if frame == "boi":
        p = browser_page(rng, font, "starconnectcbs.bankofindia.com/BankAwayRetail/rtgs/status")
        p.part = "head"
        top(p, "Bank of India")
        p.add("small", "StarConnect Internet Banking  |  RTGS transaction status")
        p.add("rule")
        p.part = "body"
        utr = utr_for(rng, j, "Bank of India", "RTGS")
        tref = f"BOI{digits(rng, 10)}"
        name = h273.cell_name(p, 0.6, [payee, payee[:22]], scale=1.0)
        zebra(
            p,
            "bo",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["RTGS details", ""],
            [
                (["Transaction Ref No.", tref], {"txn": (BANK_RANK, tref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr), "method": "netbanking"}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary A/c", f"XXXXXXXX{acct_no[-4:]}"], {}),
                (["IFSC", f"CNRB000{digits(rng, 4)}"], {}),
                (["Amount", f"INR {num(j.amount, 'indian')}"], {"amount": j.amount}),
                (["Transaction Date", when(j.date, "%d/%m/%Y")], {"date": j.date}),
                (["Status", "Successful"], {"status": status}),
            ],
            (0, 80, 150),
        )
        p.add("gap")
        p.add("small", f"Purpose: {purpose}")
        return p.done()
    if frame == "axis":
        p = mail_page(
            rng,
            font,
            "Axis Bank <alerts@axisbank.com>",
            ["IMPS transfer successful", "Fund transfer confirmation"],
        )
        p.part = "head"
        top(p, "AXIS BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        amt = num(j.amount, rng.choice(["indian", "western"]))
        p.add(
            "left",
            f"IMPS transfer of INR {amt} to {payee} from your A/c no. XX{digits(rng, 4)} is successful.",
            amount=j.amount,
            merchant=payee,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        grid(
            p,
            "ax",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["IMPS Ref No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["Beneficiary A/c", f"XXXXXXXX{acct_no[-4:]}"], {}),
                (["Remarks", purpose], {}),
            ],
            tint=(240, 226, 232),
        )
        p.add("gap")
        p.add("small", "Axis Bank never asks for your OTP, PIN or password.")
        return p.done()
    if frame == "kgb":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Back",))
        band(p, (0, 110, 80))
        app_head(p, "KGB Mobile", "Karnataka Gramin Bank")
        pill(p, "Failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The NEFT was returned by the beneficiary's bank. The amount is credited back.")
        p.add("gap")
        chevron(p, "Details")
        ref = f"KGB{digits(rng, 11)}"
        kvr(p, "Reference No.", ref, txn=(BANK_RANK, ref))
        kvr(p, "Mode", "NEFT", method="netbanking")
        kvr(p, "Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
        kvr(p, "Reason", "R03: no such account")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.3, buttons=("Done",))
    band(p, (14, 60, 140))
    app_head(p, "JioFinance", "UPI")
    ripple(p, status)
    p.add("center", "Paid", status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"Today, {hhmm(rng, lower=True)}")
    p.add("rule")
    kvr(p, "UPI Ref ID", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Paid from", f"Canara Bank {dot * 2}{digits(rng, 4)}", method="UPI")
    kvr(p, "Note", clip(purpose, 24))
    return p.done()


# ---------------------------------------------------------------- 7. the artists and staff


STAFF = ["Pavithra Gowda", "Manjunath Hegde", "Shruthi Bhat"]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The collective paying its artists and staff: RazorpayX Payroll's salary run processing (a Processing
    capsule, a table ruled on every side: Employee | Net pay | Bank | Status; dot leaders: Payout ID,
    Initiated on, Mode); an artist's WORK SLIP under the Mane's Kannada name, each label in English over its
    Kannada and filled in by hand (Slip No. printed; Artist / ಕಲಾವಿದೆ, Work / ಕೆಲಸ, Rate / ದರ, Total /
    ಒಟ್ಟು, Paid by / ಪಾವತಿ, Date / ದಿನಾಂಕ), "ಹಣ ಪಡೆದಿದ್ದೇನೆ" (I have received the money) in her hand and her
    signature; super.money's payment in lower case under a ringed tick ("paid to <artist>", "<n> hours ago",
    chips; upi ref id, paid from, note; no day); Freecharge's payment failed under a ringed cross (the
    reason, a card: Transaction ID, UPI Ref No, Date); a master artist's HONORARIUM RECEIPT under the
    collective's Kannada name and a Chittara band ("Received from <collective> the sum of Rs. x/- (...) as
    honorarium for demonstrating Chittara at the Dasara Exhibition, Mysuru, from <day> to <day>, by NEFT, UTR
    ..., on <day>.", her signature over her name); an ADVANCE SLIP under its Kannada heading, spotted with
    rain (Date, Name, Purpose written in, Rs. in a box, "ನಗದು ಪಡೆದಿದ್ದೇನೆ" (received in cash) in her hand, a
    thumb box; no number, no reference); Keka's app with the salary credited (tabs; Net pay, Credited on,
    Bank, UTR; the Earnings and Deductions folded under their chevrons); Google Pay's dark payment details
    to an artist (her initials, "To <artist>", the sum, Completed and the day and hour; a card: UPI
    transaction ID, To, From, Google transaction ID). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(0,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=1200, high=24000, p_round=0.85)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    artist = ARTISTS[(k + rng.randrange(3)) % len(ARTISTS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = browser_page(rng, font, f"payroll.razorpay.com/payroll/runs/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "RazorpayX Payroll")
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        p.add("small", f"{COLL}  |  Payroll for {when(month, '%B %Y')}")
        p.add("rule")
        p.part = "body"
        pill(p, "Processing", status, align="l")
        p.add(
            "small",
            "Salaries are being transferred to the employees' banks. Most credits finish within 30 minutes.",
        )
        p.add("gap")
        name = rng.choice(STAFF)
        j.amount = float(rng.randrange(11000, 19000, 50))
        grid(
            p,
            "rp",
            [(0.0, 0.34, "l"), (0.34, 0.56, "r"), (0.56, 0.8, "l"), (0.8, 1.0, "l")],
            ["Employee", "Net pay", "Bank", "Status"],
            [
                (
                    [name, num(j.amount), f"Canara XX{digits(rng, 4)}", "Processing"],
                    {"merchant": name, "amount": j.amount},
                )
            ],
            tint=(226, 234, 250),
        )
        p.add("gap")
        pid = f"pout_{code(rng, 14, MIXED)}"
        dots(p, "Payout ID", pid, at=0.36, txn=(TXN_RANK, pid))
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        dots(p, "Mode", "IMPS", at=0.36, method="netbanking")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(250, 246, 236), (248, 246, 238)])
        p.part = "head"
        kline(p, MANE_KN, scale=1.1, bold=True)
        top(p, pick(p, "title", [MANE, MANE_CAPS]))
        kline(p, "ಕೆಲಸದ ಚೀಟಿ / WORK SLIP", scale=0.95)
        p.add("rule")
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        cols(p, "ws", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Slip No. {no}", "", txn=(INVOICE_RANK, no))
        work = rng.choice(
            [("Bhoomanni buttis painted", 120), ("Chittara panels, 12 in", 260), ("Coaster sets painted", 90)]
        )
        pieces = rng.randrange(6, 30)
        j.amount = float(pieces * work[1])
        klab(p, "Artist", "ಕಲಾವಿದೆ", artist, pen=True, merchant=artist)
        klab(p, "Work", "ಕೆಲಸ", f"{work[0]}: {pieces}", pen=True)
        klab(p, "Rate", "ದರ", f"Rs {work[1]} each", pen=True)
        klab(p, "Total", "ಒಟ್ಟು", f"Rs {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        klab(
            p,
            "Paid by",
            "ಪಾವತಿ",
            f"UPI, Ref {j.ref}",
            pen=True,
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        klab(p, "Date", "ದಿನಾಂಕ", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), pen=True, date=j.date)
        p.add("gap")
        khand(p, "ಹಣ ಪಡೆದಿದ್ದೇನೆ", status=status)
        sig(p)
        right(p, "Artist's signature")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "payment"], dark=False, buttons=("done",))
        band(p, (20, 20, 24))
        app_head(p, "super.money", "upi")
        ripple(p, status)
        p.add("big", rs(j.amount), amount=j.amount, status=status)
        name = artist
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"{rng.randrange(2, 9)} hours ago")
        chips(p, ["upi", "instant"], method="UPI")
        p.add("rule")
        kvr(p, "upi ref id", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "paid from", f"Canara Bank {dot * 2}{digits(rng, 4)}")
        kvr(p, "note", rng.choice(["buttis painted", "panels, week 2", "Dasara stall help"]))
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry",))
        band(p, (240, 90, 40))
        app_head(p, "Freecharge", "UPI")
        ripple(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {artist}", merchant=artist)
        p.add("small", "The receiver's bank is not available right now (U30). Your money was not debited.")
        p.add("gap")
        c = card_open(p)
        fid = f"FC{j.date:%y%m%d}{digits(rng, 12)}"
        kvr(p, "Transaction ID", fid, txn=(TXN_RANK, fid))
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        card_close(p, c)
        return p.done()
    if k == 4:
        a = rng.randrange(0, 40)
        d1 = DASARA + dt.timedelta(days=a)
        d2 = d1 + dt.timedelta(days=rng.randrange(4, 9))
        shift(j, rng, d2 + dt.timedelta(days=rng.randrange(2, 12)))
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = rng.choice([(252, 250, 244), (250, 247, 240)])
        p.part = "head"
        kline(p, COLL_KN, scale=1.0, bold=True)
        top(p, pick(p, "title", [COLL, COLL_SHORT]))
        p.add("small", OFFICE)
        chittara_band(p)
        p.add("center", "HONORARIUM RECEIPT")
        p.part = "body"
        p.add("gap")
        j.amount = float(rng.choice([6000, 7500, 9000, 10500, 12000]))
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        p.add(
            "left",
            f"Received from {COLL} the sum of Rs. {num(j.amount, 'indian', 0)}/- "
            f"({words_in_rupees(j.amount)}) "
            f"as honorarium for demonstrating Chittara at the Dasara Exhibition, Mysuru, from "
            f"{when(d1, '%d.%m.%Y')} to {when(d2, '%d.%m.%Y')}, by NEFT, UTR {utr}, on "
            f"{when(j.date, rng.choice(['%d.%m.%Y', '{d} %B %Y']))}.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("left", "Place: Sagara")
        sig(p)
        name = "Smt. Bhagirathi Naik"
        right(p, name)
        p.tags[-1] = (p.tags[-1][0], {"merchant": name})
        right(p, "Master artist")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 248, 240), (248, 248, 242)])
        decor(p, "rain")
        p.part = "head"
        kline(p, "ಮುಂಗಡ ಚೀಟಿ", scale=1.25, bold=True)
        top(p, pick(p, "title", [COLL_SHORT, COLL]))
        p.add("center", "ADVANCE SLIP")
        p.part = "body"
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 3000]))
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", artist, merchant=artist)
        blank(p, "Purpose", rng.choice(["advance against buttis", "school fees", "hospital", "house repair"]))
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        khand(p, "ನಗದು ಪಡೆದಿದ್ದೇನೆ", method="cash", status=status)
        thumb(p, "L.T.I. / sign")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "My pay"], dark=False, buttons=())
        band(p, (90, 60, 190))
        app_head(p, "keka", "My pay")
        name = rng.choice(STAFF)
        p.add("center", name, merchant=name)
        p.add("small", f"Emp ID MCB{rng.randrange(1, 30):03d}  |  Chittara Angadi")
        tabs(p, ["Payslip", "Salary", "Tax"], 0)
        p.add("gap")
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        basic = float(rng.randrange(9000, 14000, 500))
        j.amount = basic + round(basic * 0.3) - 200.0
        c = card_open(p)
        p.add("small", f"Net pay for {when(month, '%B %Y')}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Salary credited", status=status)
        card_close(p, c)
        p.add("gap")
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        kvr(p, "Credited on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "Bank", f"Canara Bank XX{digits(rng, 4)}", method="netbanking")
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        chevron(p, "Earnings", open_=False)
        chevron(p, "Deductions", open_=False)
        return p.done()
    p = phone(rng, font, k, [""], dark=True, buttons=())
    p.part = "head"
    p.add("small", "Google Pay")
    p.part = "body"
    avatar(p, initials(artist), (120, 90, 200))
    p.add("center", f"To {artist}", merchant=artist)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", "Completed", status=status)
    p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
    p.add("gap")
    c = card_open(p)
    gid = f"CICAgO{code(rng, 14, 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
    vpa = f"{artist.split()[0].lower()}{rng.randrange(10, 99)}@okaxis"
    for label, value, facts in [
        ("UPI transaction ID", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ("To", vpa, {}),
        ("From", f"Canara Bank {dot * 4} {digits(rng, 4)}", {"method": "UPI"}),
        ("Google transaction ID", gid, {"txn": (TXN_RANK, gid)}),
    ]:
        lab(p, label)
        p.add("left", value, **facts)
    card_close(p, c)
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority on top: Sagara City Municipal Council's TRADE LICENCE FEE
    RECEIPT under its Kannada name, each label in English with its Kannada in brackets and dot leaders to the
    value (Receipt No., Licence No., Name of trade, Year, Fee, Mode, UPI Ref., Date; "Fee received."); the
    Commercial Taxes Department's professional tax e-payment receipt (a table ruled on every side: Enrolment
    No., Name, Period, Amount, CRN, Bank Ref. No., Bank, Payment date, Status); Kaveri Online Services'
    registration fee pending (a capsule; labels against a gutter: Application No., Document, Sub-Registrar
    Office, Registration fee, Payment mode, Bank reference, Initiated on); Heggodu Grama Panchayat's
    Panchatantra 2.0 TAX COLLECTION RECEIPT (Receipt No. beside Date, Property ID, a striped table of the
    demand's heads with its Total, Paid by UPI, UPI Ref); the Labour Department's Shops and Establishments
    renewal on e-Karmika (a Fee paid capsule; Registration No., Establishment, Renewal fee, Valid till,
    Transaction ID, Payment mode; no day); Khajane-II's e-challan for the Registrar of Societies failed at the
    bank (a Failed capsule, a timeline of its hours; shaded label cells: CRN, Department, Purpose, Remitter,
    Amount, Bank, Date); the Sagara Range Forest Office's RECEIPT book for a bamboo permit fee (No. left
    blank; Date, Received from, Towards written in, Rs. in a box, "Received cash", its round seal; no
    reference); the Karnataka Lalithakala Academy's ACKNOWLEDGEMENT OF ENTRY FEE (its sentence "Received ...
    by NEFT on <day> (UTR ...)", a striped table of the works entered). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        kline(p, "ಸಾಗರ ನಗರಸಭೆ", scale=1.3, bold=True)
        name = "SAGARA CITY MUNICIPAL COUNCIL"
        p.add("center", name, merchant=name)
        p.add("small", "Nagarasabha Karyalaya, B.H. Road, Sagara - 577401")
        kline(p, "ಉದ್ದಿಮೆ ಪರವಾನಗಿ ಶುಲ್ಕ ರಸೀದಿ / TRADE LICENCE FEE RECEIPT", scale=0.9)
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([750, 1000, 1500, 2000]))
        rno = f"TL/{fy(j.date)}/{rng.randrange(1000, 9999)}"
        for en, kn, value, facts in [
            ("Receipt No.", "ರಸೀದಿ ಸಂಖ್ಯೆ", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Licence No.", "ಪರವಾನಗಿ ಸಂಖ್ಯೆ", f"SGR/TL/{digits(rng, 5)}", {}),
            ("Name of trade", "ಉದ್ದಿಮೆಯ ಹೆಸರು", "Chittara Angadi, handicrafts", {}),
            ("Year", "ವರ್ಷ", f"20{fy(j.date)}", {}),
            ("Fee", "ಶುಲ್ಕ", rs(j.amount), {"amount": j.amount}),
            ("Mode", "ಪಾವತಿ ವಿಧಾನ", "UPI", {"method": "UPI"}),
            ("UPI Ref.", "ಯುಪಿಐ ಉಲ್ಲೇಖ", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Date", "ದಿನಾಂಕ", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), {"date": j.date}),
        ]:
            kdots(p, en, kn, value, **facts)
        p.add("gap")
        p.add("left", "Fee received. Display the licence at the place of business.", status=status)
        right(p, "Revenue Officer")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "pt.kar.nic.in/ReceiptPrint.aspx")
        p.part = "head"
        kline(p, "ಕರ್ನಾಟಕ ಸರ್ಕಾರ - ವಾಣಿಜ್ಯ ತೆರಿಗೆಗಳ ಇಲಾಖೆ", scale=0.95, bold=True)
        top(p, "Professional Tax, Karnataka")
        name = "Commercial Taxes Department, Government of Karnataka"
        p.add("small", name, merchant=name)
        p.add("rule")
        p.part = "body"
        p.add("left", "e-Payment receipt")
        j.amount = 2500.0
        crn = f"CRN{digits(rng, 12)}"
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
        utr_way = "Net Banking"
        grid(
            p,
            "pt",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Enrolment No. (PTEC)", digits(rng, 12)], {}),
                (["Name", clip(COLL_CAPS, 36)], {}),
                (["Period", f"20{fy(j.date)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["CRN", crn], {"txn": (INVOICE_RANK, crn)}),
                (["Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Bank", f"Canara Bank ({utr_way})"], {"method": "netbanking"}),
                (["Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Status", "Success"], {"status": status}),
            ],
            tint=(230, 236, 244),
        )
        p.add("small", "This is a computer generated receipt of the professional tax paid for the year.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "kaveri.karnataka.gov.in/payment-status")
        p.part = "head"
        top(p, "Kaveri Online Services")
        name = "Department of Stamps and Registration, Karnataka"
        p.add("small", name, merchant=name)
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending", status, align="l")
        p.add(
            "small",
            "Your bank has not confirmed the payment yet. The status is updated within 2 hours. "
            "Do not pay again.",
        )
        p.add("gap")
        j.amount = float(rng.choice([1850, 2400, 3200, 4500]))
        bref = f"KBL{digits(rng, 10)}"
        for label, value, facts in [
            ("Application No.", f"SGR-{j.date.year}-{digits(rng, 6)}", {}),
            ("Document", "Lease deed, shop premises", {}),
            ("Sub-Registrar Office", "Sagara", {}),
            ("Registration fee", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", "Net Banking (Karnataka Bank)", {"method": "netbanking"}),
            ("Bank reference", bref, {"txn": (BANK_RANK, bref)}),
            ("Initiated on", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), {"date": j.date}),
        ]:
            gutter(p, "kv", label, value, at=0.38, **facts)
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        kline(p, "ಗ್ರಾಮ ಪಂಚಾಯಿತಿ ಹೆಗ್ಗೋಡು", scale=1.15, bold=True)
        name = "HEGGODU GRAMA PANCHAYAT"
        p.add("center", name, merchant=name)
        p.add("small", "Sagara Taluk, Shivamogga District  |  Panchatantra 2.0")
        p.add("center", "TAX COLLECTION RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"HGD/{fy(j.date)}/{rng.randrange(100, 999)}"
        cols(
            p,
            "gp",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("left", f"Property ID: 1520{digits(rng, 8)}  |  Hase Chittara Mane (workshop)")
        tax = float(rng.choice([640, 820, 960, 1240]))
        lib = round(tax * 0.06)
        hlth = round(tax * 0.15)
        j.amount = float(tax + lib + hlth)
        zebra(
            p,
            "gpz",
            [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
            ["Demand head", "Amount (Rs.)"],
            [
                (["Property tax, 2026-27", num(tax)], {}),
                (["Library cess", num(lib)], {}),
                (["Health cess", num(hlth)], {}),
            ],
            (30, 100, 60),
        )
        total(p, "Total", num(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        p.add("left", "Paid by UPI (Panchayat QR). Tax collected.", method="UPI", status=status)
        p.add("left", f"UPI Ref: {j.ref}", txn=(UTR_RANK, j.ref))
        right(p, "Panchayat Development Officer")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "ekarmika.karnataka.gov.in/ShopsAndEstablishments/Renewal/Status")
        p.part = "head"
        top(p, "e-Karmika")
        name = "Department of Labour, Government of Karnataka"
        p.add("small", name, merchant=name)
        p.add("rule")
        p.part = "body"
        pill(p, "Fee paid", status, align="l")
        p.add(
            "small",
            "Your registration under the Karnataka Shops and Commercial Establishments Act is renewed.",
        )
        p.add("gap")
        j.amount = float(rng.choice([500, 1000, 1500]))
        tid = f"EK{digits(rng, 13)}"
        valid = dt.date(j.date.year + 1, 12, 31)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "ek", spec, "Registration No.", f"SHP/SMG/{digits(rng, 6)}")
        colkv(p, "ek", spec, "Establishment", ANGADI_CAPS)
        colkv(p, "ek", spec, "Renewal fee", rs(j.amount), amount=j.amount)
        colkv(p, "ek", spec, "Valid till", when(valid, "%d-%m-%Y"))
        colkv(p, "ek", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(p, "ek", spec, "Payment mode", "UPI", method="UPI")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "k2.karnataka.gov.in/wps/portal/Khajane-II/challan/status")
        p.part = "head"
        kline(p, "ಖಜಾನೆ-2", scale=1.0, bold=True)
        top(p, "Khajane-II")
        p.add("small", "Integrated Financial Management System  |  Government of Karnataka")
        p.add("rule")
        p.part = "body"
        pill(p, "Failed", status, align="l")
        h0, m0 = rng.randrange(9, 17), rng.randrange(0, 45)
        timeline(p, f"{h0:02d}:{m0:02d}", "e-Challan generated", "done")
        timeline(
            p, f"{h0:02d}:{m0 + rng.randrange(2, 14):02d}", "Payment at bank failed", "failed", last=True
        )
        p.add("small", "The bank did not confirm the payment. Generate a new challan and pay again.")
        p.add("gap")
        j.amount = float(rng.choice([200, 300, 500, 1000]))
        crn = f"CR{j.date:%y%m}{digits(rng, 8)}"
        dept = "Registrar of Societies, Shivamogga"
        name = h273.cell_name(p, 0.62, [dept], scale=1.0)
        kv(p, "CRN", crn, at=0.36, txn=(INVOICE_RANK, crn))
        kv(p, "Department", name, at=0.36, merchant=name)
        kv(p, "Purpose", "Annual list of members, 2025-26", at=0.36)
        kv(p, "Remitter", clip(COLL, 34), at=0.36)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Bank", "Canara Bank (Net Banking)", at=0.36, method="netbanking")
        kv(p, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.36, date=j.date)
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [700, 740])
        p.style["paper"] = rng.choice([(246, 244, 232), (244, 242, 228)])
        p.part = "head"
        kline(p, "ಅರಣ್ಯ ಇಲಾಖೆ, ಸಾಗರ ವಲಯ", scale=1.1, bold=True)
        name = "FOREST DEPARTMENT, SAGARA RANGE"
        p.add("center", name, merchant=name)
        p.add("small", "Range Forest Office, Sagara  |  Karnataka Forest Department")
        p.add("center", "RECEIPT")
        p.part = "body"
        cols(p, "fr", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        j.amount = float(rng.choice([200, 300, 450, 600]))
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%Y", "%d.%m.%y"]), date=j.date)
        blank(p, "Received from", COLL_SHORT)
        blank(p, "Towards", "bamboo permit fee, 2 loads")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Received cash", method="cash", status=status)
        seal(p, "RANGE FOREST OFFICER * SAGARA *", ["KFD", "SAGARA"], "violet")
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    kline(p, "ಕರ್ನಾಟಕ ಲಲಿತಕಲಾ ಅಕಾಡೆಮಿ", scale=1.15, bold=True)
    name = "Karnataka Lalithakala Academy"
    top(p, name, merchant=name)
    p.add("small", "Kumara Krupa Road, Bengaluru - 560001  |  Government of Karnataka")
    p.add("center", "ACKNOWLEDGEMENT OF ENTRY FEE")
    p.add("rule")
    p.part = "body"
    n = rng.randrange(2, 5)
    j.amount = float(n * rng.choice([500, 750, 1000]))
    utr = utr_for(rng, j, "Canara Bank", "NEFT")
    p.add(
        "left",
        f"Received entry fee of Rs. {num(j.amount, 'indian', 0)}/- for {n} works of {COLL} for the 52nd "
        f"Annual Art Exhibition, by NEFT on {when(j.date, rng.choice(['%d.%m.%Y', '{d} %B %Y']))} "
        f"(UTR {utr}).",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, utr),
    )
    p.add("gap")
    titles = [
        "Hase of the wedding room",
        "Bhoomi Hunnime",
        "Ratha in four colours",
        "The tulasi katte",
        "Seed and rain",
    ]
    zebra(
        p,
        "la",
        [(0.0, 0.46, "l"), (0.46, 0.76, "l"), (0.76, 1.0, "l")],
        ["Title", "Artist", "Medium"],
        [([t, rng.choice(ARTISTS), "Natural colours"], {}) for t in rng.sample(titles, n)],
        (130, 50, 40),
    )
    p.add("gap")
    p.add("small", "Works selected for the exhibition will be told by post. Registrar, KLA.")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "to" on an app): United India's
    PREMIUM RECEIPT for the shop's fire and special perils policy, each label set right against a gutter
    (Receipt No., Receipt Date, Received from, Policy No., Premium, GST 18%, Total premium, Mode, UTR;
    "Premium received with thanks."); Acko's payment failed under a ringed cross ("Payment to <insurer>",
    chips; Order ID, Method, Attempted); National Insurance's mail of a motor premium received (its sentence,
    a striped table Receipt No. | Receipt Date | Premium (Rs.) | Mode of payment, Policy); Aditya Birla
    Health's policy renewed under a ringed tick ("paid to <insurer>", "Today, <hour>"; Policy No., Payment ID,
    Paid via; no day); Reliance General's payment under verification (a capsule; shaded label cells: Proposal
    No., Premium, Transaction ID, Mode, Initiated on); Magma General's receipt for the shop's policy on a card
    (Receipt No., Date, Insured, Plan, Premium (incl. GST), Paid via, UPI Ref); Zuno General's Policy issued
    capsule (the sum, "paid to <insurer>", chips; Transaction ID, UPI Ref, Paid on, Vehicle); Shriram
    General's motor POLICY SCHEDULE with its premium collected in cash (Policy No., Insured, Vehicle, Period
    of insurance, a table ruled on every side: Own damage | Third party | GST | Total premium; "Premium
    collected in cash on <day>"; no reference). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=1500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        name = "United India Insurance Company Limited"
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        shown = pick(p, "title", [name, "United India Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Divisional Office, Shivamogga  |  IRDAI Reg. No. 545")
        p.add("center", "PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 6)}"
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Received from", clip(COLL, 40), {}),
            ("Policy No.", f"{digits(rng, 7)}11{j.date:%y}{digits(rng, 8)}", {}),
            ("Premium", num(base), {}),
            ("GST 18%", num(gst), {}),
            ("Total premium", rs(j.amount), {"amount": j.amount}),
            ("Mode", "NEFT", {"method": "netbanking"}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
        ]:
            gutter(p, "ui", label, value, at=0.36, **facts)
        p.add("gap")
        p.add(
            "left",
            "Premium received with thanks. Standard Fire and Special Perils, Chittara Angadi.",
            status=status,
        )
        return p.done()
    if k == 1:
        name = "ACKO General Insurance Limited"
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Try again",))
        band(p, (80, 40, 160))
        app_head(p, "ACKO", "Group health top-up")
        ripple(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"Payment to {name}", "Payment to ACKO General Insurance"])[11:]
        p.add("center", f"Payment to {shown}", merchant=shown)
        p.add("small", "Your card issuer declined the payment. The policy is not issued yet.")
        chips(p, ["Health top-up", f"{rng.randrange(8, 20)} members"])
        p.add("gap")
        oid = f"ACKO{digits(rng, 10)}"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Method", f"Credit card {masked(rng, font)}", method="card")
        kvr(p, "Attempted", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        name = "National Insurance Company Limited"
        p = mail_page(
            rng,
            font,
            "National Insurance <noreply@nic.co.in>",
            ["Premium receipt - motor policy", "Receipt of premium"],
        )
        p.part = "head"
        shown = pick(p, "title", [name, "National Insurance Co. Ltd."])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {SECRETARY},")
        p.add(
            "left",
            "We acknowledge with thanks the premium received for your motor policy. The receipt is below.",
            status=status,
        )
        p.add("gap")
        rno = f"RC{j.date:%y}{digits(rng, 8)}"
        zebra(
            p,
            "ni",
            [(0.0, 0.28, "l"), (0.28, 0.5, "l"), (0.5, 0.72, "r"), (0.72, 1.0, "l")],
            ["Receipt No.", "Receipt Date", "Premium (Rs.)", "Mode of payment"],
            [
                (
                    [rno, when(j.date, "%d/%m/%Y"), num(j.amount), "Debit card"],
                    {"txn": (INVOICE_RANK, rno), "date": j.date, "amount": j.amount, "method": "card"},
                )
            ],
            (0, 90, 60),
        )
        p.add("gap")
        p.add("left", f"Policy: Private car package, KA-15-{code(rng, 2, UPPER)}-{rng.randrange(1000, 9999)}")
        p.add("small", "National Insurance Company Limited, Shivamogga Divisional Office.")
        return p.done()
    if k == 3:
        name = "Aditya Birla Health Insurance Co. Ltd."
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("View policy",))
        band(p, (186, 30, 40))
        app_head(p, "Activ Health", "Aditya Birla Health Insurance")
        ripple(p, status)
        p.add("center", "Policy renewed", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"paid to {name}", "paid to Aditya Birla Health Insurance"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"ABHI{digits(rng, 12)}"
        kvr(p, "Policy No.", f"31-{j.date:%y}-{digits(rng, 7)}-00")
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 4:
        name = "Reliance General Insurance Company Limited"
        p = browser_page(rng, font, "www.reliancegeneral.co.in/payment/status")
        p.part = "head"
        shown = pick(p, "title", [name, "Reliance General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Group personal accident, Chittara artists")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment under verification", status, align="l")
        p.add(
            "small",
            "We are confirming your payment with the bank. The policy is issued once it is confirmed.",
        )
        p.add("gap")
        tid = f"RGI{digits(rng, 12)}"
        kv(p, "Proposal No.", f"PR{digits(rng, 11)}", at=0.36)
        kv(p, "Premium", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Mode", "Net Banking (Canara Bank)", at=0.36, method="netbanking")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 5:
        name = "Magma General Insurance Limited"
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        shown = pick(p, "title", [name, "Magma General Insurance"])
        top(p, shown, merchant=shown)
        p.add("small", "Shopkeeper's package policy  |  Premium receipt")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        c = card_open(p)
        rno = f"MG/{j.date:%y}/{digits(rng, 8)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "mg", spec, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        colkv(p, "mg", spec, "Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "mg", spec, "Insured", clip(COLL, 40))
        colkv(p, "mg", spec, "Plan", "Shop, stock and fittings, Sagara")
        colkv(p, "mg", spec, "Premium (incl. GST)", rs(j.amount), amount=j.amount)
        colkv(p, "mg", spec, "Paid via", "UPI", method="UPI", status=status)
        colkv(p, "mg", spec, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        card_close(p, c)
        p.add("small", "Magma General Insurance Limited. IRDAI Reg. No. 149.")
        return p.done()
    if k == 6:
        name = "Zuno General Insurance Ltd."
        j.amount = float(rng.choice([1240, 1480, 1725, 2105]))
        p = phone(rng, font, k, ["", "Policy"], dark=rng.random() < 0.3, buttons=("Download policy",))
        band(p, (250, 70, 120))
        app_head(p, "ZUNO", "Two-wheeler insurance")
        pill(p, "Policy issued", status)
        p.add("big", rs(j.amount), amount=j.amount)
        shown = pick(p, "center", [f"paid to {name}", "paid to Zuno General"])[8:]
        p.add("center", f"paid to {shown}", merchant=shown)
        chips(p, ["Comprehensive", "1 year"])
        p.add("rule")
        tid = f"ZGI{digits(rng, 12)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "Vehicle", f"KA 15 E{rng.choice(UPPER)} {rng.randrange(1000, 9999)}")
        return p.done()
    name = "Shriram General Insurance Co. Ltd."
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = rng.choice([(252, 252, 246), (250, 250, 244)])
    p.part = "head"
    shown = pick(p, "title", [name, "Shriram General Insurance"])
    top(p, shown, merchant=shown)
    p.add("small", "Sagara branch  |  Goods carrying vehicle")
    p.add("center", "POLICY SCHEDULE CUM CERTIFICATE OF INSURANCE")
    p.add("rule")
    p.part = "body"
    start = j.date + dt.timedelta(days=1)
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
    colkv(p, "sh", spec, "Policy No.", f"10003/31/{j.date:%y}/{digits(rng, 6)}")
    colkv(p, "sh", spec, "Insured", clip(COLL, 40))
    colkv(p, "sh", spec, "Vehicle", f"KA 15 A {rng.randrange(1000, 9999)}, tempo")
    colkv(
        p,
        "sh",
        spec,
        "Period of insurance",
        f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}",
    )
    p.add("gap")
    od = round(base * 0.42, 2)
    tp = round(base - od, 2)
    grid(
        p,
        "shg",
        [(0.0, 0.25, "r"), (0.25, 0.5, "r"), (0.5, 0.72, "r"), (0.72, 1.0, "r")],
        ["Own damage", "Third party", "GST", "Total premium"],
        [([num(od), num(tp), num(gst), num(j.amount)], {"amount": j.amount})],
        tint=(236, 240, 230),
    )
    p.add("gap")
    p.add(
        "left",
        f"Premium collected in cash on {when(j.date, rng.choice(['%d/%m/%Y', '{d} %B %Y']))}.",
        method="cash",
        status=status,
        date=j.date,
    )
    p.add("small", "The cover starts on the day after the premium is collected.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("CHITTARA ANGADI", "B.H. ROAD, SAGARA", "Razorpay POS", "ezetap"),
    ("CHITTARA ANGADI - DASARA STALL 41", "DASARA EXHIBITION, MYSURU", "Mswipe", "device"),
    ("HASE CHITTARA MANE", "KELADI ROAD, SAGARA", "SBI PAYMENTS", "sbi"),
    ("HOTEL SAHYADRI RESIDENCY", "B.H. ROAD, SHIVAMOGGA", "KOTAK MAHINDRA BANK", "pending"),
    ("HOTEL JOGADA SIRI", "JOG FALLS, SAGARA TQ.", "BharatPe", "bharatpe"),
    ("SHRI GANESH BOOK HOUSE", "SAGARA", "", "handbill"),
    ("CHITRAKALA ART MATERIALS", "KUMARA PARK WEST, BENGALURU", "IndusInd Bank", "declined"),
    ("CHITTARA ANGADI - DASARA STALL 41", "DASARA EXHIBITION, MYSURU", "PhonePe", "phonepe"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on Chittara Angadi's, the Dasara stall's and the Mane's terminals and the collective's card at a
    Shivamogga hotel, a Jog Falls restaurant, a Sagara bookshop and a Bengaluru art materials shop: Razorpay
    POS' (Ezetap's) slip at the Angadi (SALE, label and value on each line: MID, TID, BATCH NO, INVOICE NO,
    CARD TYPE, CARD NO, AUTH CODE, RRN, DATE, TIME, TOTAL AMOUNT, APPROVED); Mswipe's screen on the Dasara
    stall's device under a lamp's glare (the stall under the app, a ringed tick, Txn approved, the sum, the
    hour alone; Card, Auth code, RRN, Mswipe Txn ID; no day); SBI Payments' slip at the Mane, two fields to a
    line (DATE and TIME, MID and TID, BATCH and INV; CARD, AUTH and RRN, SALE AMT, TXN SUCCESSFUL); Kotak's
    slip at a Shivamogga hotel timed out (TRANSACTION TIMED OUT, PLEASE DO NOT RETRY); BharatPe's slip at a
    Jog Falls restaurant (DATE/TIME, INV, CARD, APPR, RRN, AMOUNT, Payment Successful); a Sagara bookshop's
    bill under its Kannada name written by hand (Date, the books and their sums, Total, Cash | Card | UPI
    with Card ticked; no number, no reference); IndusInd Bank's slip at a Bengaluru art materials shop
    DECLINED (51 INSUFFICIENT FUNDS); PhonePe's POS slip at the Dasara stall in the exhibition's days
    (Card payment successful, Amount, Card, Approval code, RRN, PhonePe Txn ID, Date & time). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=500, high=26000)
    name, town, brand, layout = COUNTERS[k]
    if layout in ("device", "phonepe"):
        shift(j, rng, DASARA + dt.timedelta(days=rng.randrange(0, 58)))
    if layout in ("pending", "bharatpe", "declined"):
        j.amount = rupees(rng, 450, 9000, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "device":
        p = phone(rng, font, k, ["", "Sale"], dark=False, buttons=("Print", "New sale"))
        band(p, (20, 90, 170))
        app_head(p, "Mswipe", "Card sale")
        shown = pick(p, "center", [name, "CHITTARA ANGADI"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        ripple(p, status)
        p.add("center", "Txn approved", status=status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("small", t)
        p.add("rule")
        msid = f"MS{digits(rng, 12)}"
        kvr(p, "Card", f"{scheme} XX{last4}", method="card")
        kvr(p, "Auth code", appr, txn=(APPR_RANK, appr))
        kvr(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Mswipe Txn ID", msid, txn=(TXN_RANK, msid))
        decor(p, "glare")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if layout != "handbill" and rng.random() < 0.6:
        h269.torn(p)
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    if layout == "handbill":
        p.style["width"] = rng.choice([620, 660])
        p.style["paper"] = rng.choice([(250, 248, 240), (248, 246, 236)])
        hand_pen(p)
        p.part = "head"
        kline(p, "ಶ್ರೀ ಗಣೇಶ ಪುಸ್ತಕ ಮಳಿಗೆ", scale=1.1, bold=True)
        top(p, name, merchant=name)
        p.add("small", "Kannada and English books, stationery  |  Sagara")
        p.add("center", "BILL")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        start = len(p.rows)
        spec = [(0.0, 0.7, "l"), (0.76, 1.0, "r")]
        books = [
            ("Malenadina Chittara (Kannada)", 280, 420),
            ("Folk Arts of Karnataka", 650, 950),
            ("Drawing book A3 x 2", 120, 180),
            ("Karnataka Janapada Kale", 350, 520),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(books, rng.randrange(2, 4)):
            v = float(rng.randrange(lo, hi, 10))
            hcells(p, spec, text, num(v, "indian", 0))
            total_ += v
        j.amount = total_
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74])
        p.add("gap")
        ticks(p, ["Cash", "Card", "UPI"], 1, method="card", status=status)
        right(p, "- Ganesh")
        return p.done()
    p.part = "head"
    if brand:
        p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    if layout == "ezetap":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("BATCH NO", batch)
        p.pair("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD TYPE", scheme)
        p.pair("CARD NO", f"XXXX XXXX XXXX {last4}", method="card")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("DATE", when(j.date, "%d %b %y").upper(), date=j.date)
        p.pair("TIME", t)
        p.add("rule")
        p.pair("TOTAL AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "CARDHOLDER COPY  |  POWERED BY RAZORPAY")
    elif layout == "sbi":
        p.add("center", "SALE")
        p.add("rule")
        h269.kind(p, "sb", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], "plain", group="sb")
        h269.row(p, "sb", f"DATE:{when(j.date, '%d/%m/%Y')}", f"TIME:{t[:5]}", date=j.date)
        h269.row(p, "sb", f"MID:{mid[:10]}", f"TID:{tid}")
        h269.row(p, "sb", f"BATCH:{batch[-4:]}", f"INV:{inv}", txn=(INVOICE_RANK, inv))
        p.add("left", f"CARD:{scheme} ****{last4} CHIP", method="card")
        h269.row(p, "sb", f"AUTH:{appr}", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("SALE AMT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN SUCCESSFUL", status=status)
        p.add("small", "PIN VERIFIED  |  SBI PAYMENTS")
    elif layout == "pending":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%m-%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXXXXXXXXXX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION TIMED OUT", status=status)
        p.add("center", "PLEASE DO NOT RETRY")
        p.add("small", "THE STATUS WILL BE UPDATED BY THE BANK")
    elif layout == "bharatpe":
        p.add("center", "CARD SALE")
        p.add("rule")
        p.pair("DATE/TIME", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("INV", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} ...{last4}", method="card")
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "Payment Successful", status=status)
        p.add("small", "Thank you. Visit Jog Falls again!")
    elif layout == "declined":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid[:12])
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 INSUFFICIENT FUNDS")
        p.add("small", "NO AMOUNT DEBITED")
    else:
        ptx = f"PPOS{digits(rng, 14)}"
        p.add("center", "Card payment successful", status=status)
        p.add("rule")
        p.pair("Amount", amt, amount=j.amount)
        p.pair("Card", f"{scheme.title()} **{last4}", method="card")
        p.pair("Approval code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("left", "PhonePe Txn ID")
        p.add("right", ptx, txn=(TXN_RANK, ptx))
        p.pair("Date & time", f"{when(j.date, '%d %b %Y')} {t[:5]}", date=j.date)
        p.add("rule")
        p.add("small", "Customer copy. Thank you for visiting the Dasara Exhibition.")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


MESCOM = "Mangalore Electricity Supply Company Ltd."
MESCOM_KN = "ಮಂಗಳೂರು ವಿದ್ಯುತ್ ಸರಬರಾಜು ಕಂಪನಿ ನಿಯಮಿತ"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Mane's, the Angadi's and the collective's bills: MESCOM's online payment failed under its Kannada
    name and a ringed cross (shaded label cells: Account ID, RR No., Bill amount, Transaction ID, Payment
    mode, Date & time); Malnad Broadband's invoice paid on its portal (a Paid capsule, a striped table of the
    plan and its GST, Total; Invoice No., Paid on, Payment mode, UPI Ref beside their labels); Vi's recharge
    under a ringed tick ("paid to <biller>", "Just now"; Mobile, Plan, Transaction ID, Paid via; no day);
    HelloBPCL's Bharat Gas refill paid (a capsule, "paid to <biller>"; Booking No., Distributor, Consumer
    No., UPI Ref No, Paid on); a drinking water supplier's receipt book under its Kannada name (No. left
    blank; Date, Name written in, the cans and their sum, "Paid cash"; no reference); Sun Direct's recharge
    (a capsule, "for <biller>"; Smart card No., Pack, Order ID, Paid by, Date); iMobile Pay's BSNL bill in
    progress under a ringed clock (a card: Biller, Account No., Bill amount, Bharat Connect Ref, Initiated,
    Pay using); airtel.in's Xstream Fiber bill paid under a ringed tick (dot leaders: Account, Amount paid,
    Transaction ID, Payment mode, Date). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(0,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=300, high=9000)
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "Rs"))
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = browser_page(rng, font, "mescom.karnataka.gov.in/online/billpay/response")
        p.part = "head"
        kline(p, MESCOM_KN, scale=0.95, bold=True)
        name = pick(p, "title", [MESCOM, "MESCOM"])
        top(p, name, merchant=name)
        p.add("small", "Shivamogga Circle  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        ripple(p, status)
        p.add("center", "Transaction failed", status=status)
        p.accent(RED)
        p.add("small", "Your bank declined the payment. The bill stays unpaid; please try again.")
        p.add("gap")
        j.amount = rupees(rng, 900, 7800, 0.3)
        tid = f"MES{digits(rng, 12)}"
        kv(p, "Account ID", digits(rng, 10), at=0.36)
        kv(p, "RR No.", f"SGE{rng.randrange(1000, 9999)}", at=0.36)
        kv(p, "Bill amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Payment mode", f"Debit card {masked(rng, font)}", at=0.36, method="card")
        kv(p, "Date & time", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, f"portal.malnadbroadband.in/invoices/{digits(rng, 7)}")
        p.part = "head"
        name = "Malnad Broadband Pvt Ltd"
        top(p, name, merchant=name)
        p.add("small", "Fibre to the home  |  Sagara and Shivamogga")
        p.add("rule")
        p.part = "body"
        pill(p, "Paid", status, align="l")
        p.add("gap")
        plan = float(rng.choice([599, 799, 999, 1199]))
        months = rng.choice([1, 3])
        base = plan * months
        gst = round(base * 0.18, 2)
        j.amount = round(base + gst, 2)
        month = j.date.replace(day=1)
        zebra(
            p,
            "mb",
            [(0.0, 0.72, "l"), (0.72, 1.0, "r")],
            ["Description", "Amount"],
            [
                ([f"FTTH 100 Mbps, {months} month(s) from {when(month, '%b %Y')}", num(base)], {}),
                (["GST 18%", num(gst)], {}),
            ],
            (0, 110, 120),
        )
        total(p, "Total", rs(j.amount), at=0.56, amount=j.amount)
        p.add("gap")
        ino = f"MBB/{fy(j.date)}/{rng.randrange(1000, 9999)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        colkv(p, "mbk", spec, "Invoice No.", ino, txn=(INVOICE_RANK, ino))
        colkv(p, "mbk", spec, "Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        colkv(p, "mbk", spec, "Payment mode", "UPI", method="UPI")
        colkv(p, "mbk", spec, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.add("small", "Account: Hase Chittara Mane, Keladi Road")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Recharge"], dark=rng.random() < 0.3, buttons=("Done",))
        band(p, (238, 30, 60))
        app_head(p, "Vi", "Recharge")
        ripple(p, status)
        p.add("center", "Recharge successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([299, 349, 579, 859]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Vodafone Idea Ltd"
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", "Just now")
        p.add("rule")
        tid = f"VI{digits(rng, 14)}"
        kvr(p, "Mobile", f"9{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
        kvr(p, "Plan", rng.choice(["28 days, 2 GB a day", "56 days, 1.5 GB a day", "84 days, 2 GB a day"]))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Refill"], dark=False, buttons=("Track refill",))
        band(p, (0, 84, 160))
        app_head(p, "HelloBPCL", "LPG refill")
        pill(p, "Payment successful", status)
        j.amount = float(rng.choice([855.5, 862.0, 871.5, 1724.0]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Bharat Gas"
        p.add("center", f"paid to {name}", merchant=name)
        p.add("rule")
        bno = f"BK{digits(rng, 10)}"
        kvr(p, "Booking No.", bno, txn=(ORDER_RANK, bno))
        kvr(p, "Distributor", "Sagar Gas Agencies, Sagara")
        kvr(p, "Consumer No.", digits(rng, 9))
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(248, 248, 236), (246, 248, 240)])
        p.part = "head"
        kline(p, "ಕೇಶವ ಕುಡಿಯುವ ನೀರು ಸರಬರಾಜು", scale=1.1, bold=True)
        name = "KESHAVA WATER SUPPLY"
        p.add("center", name, merchant=name)
        p.add("small", f"20 litre drinking water cans  |  Sagara  |  Mob. {phone_no(rng)}")
        p.add("rule")
        p.part = "body"
        cols(p, "kw", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "")
        blank(p, "Date", day_in(j, rng, ["{d}/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Name", "Hase Chittara Mane")
        n = rng.randrange(10, 40)
        rate = rng.choice([30, 35, 40])
        j.amount = float(n * rate)
        blank(p, "Cans", f"{n} x 20 L @ {rate} = {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Paid cash", method="cash", status=status)
        right(p, "- Keshava")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        band(p, (240, 120, 0))
        app_head(p, "Sun Direct", "Recharge")
        pill(p, "Recharge successful", status)
        j.amount = float(rng.choice([265, 330, 399, 540]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Sun Direct"
        p.add("center", f"for {name}", merchant=name)
        p.add("rule")
        oid = f"SD{digits(rng, 12)}"
        kvr(p, "Smart card No.", digits(rng, 11))
        kvr(p, "Pack", rng.choice(["Kannada Value Pack", "Kannada HD Pack", "Kannada Super Saver"]))
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Paid by", f"Debit card {dot * 4} {digits(rng, 4)}", method="card")
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Check status",))
        band(p, (178, 52, 30))
        app_head(p, "iMobile Pay", "ICICI Bank  |  Bill payment")
        ripple(p, status)
        p.add("center", "Bill payment in progress", status=status)
        p.accent(AMBER)
        j.amount = float(rng.choice([472, 590, 708, 944, 1180]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "We will tell you once the biller confirms. Please do not pay again.")
        p.add("gap")
        c = card_open(p)
        name = "BSNL"
        bref = f"CC0{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        kvr(p, "Biller", name, merchant=name)
        kvr(p, "Account No.", digits(rng, 10))
        kvr(p, "Bill amount", rs(j.amount))
        kvr(p, "Bharat Connect Ref", bref, txn=(BANK_RANK, bref))
        kvr(p, "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Pay using", f"UPI, ICICI Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        card_close(p, c)
        return p.done()
    p = browser_page(rng, font, "www.airtel.in/pay/payment-status")
    p.part = "head"
    top(p, "airtel")
    p.add("small", "Bharti Airtel Limited  |  Pay bill")
    p.add("rule")
    p.part = "body"
    ripple(p, status)
    p.add("center", "Payment successful", status=status)
    p.accent(GREEN)
    j.amount = float(rng.choice([706.82, 942.82, 1178.82, 1414.82]))
    name = "Airtel Xstream Fiber"
    p.add("center", f"paid to {name}", merchant=name)
    p.add("gap")
    tid = f"AX{digits(rng, 14)}"
    dots(p, "Account", f"Broadband {digits(rng, 11)}", at=0.38)
    dots(p, "Amount paid", rs(j.amount), at=0.38, amount=j.amount)
    dots(p, "Transaction ID", tid, at=0.38, txn=(TXN_RANK, tid))
    dots(p, "Payment mode", f"Credit card {masked(rng, font)}", at=0.38, method="card")
    dots(p, "Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.38, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Canara Bank", "AD-CANBNK", "SRI RAGHAVENDRA FRAME", "UPI", "kannada"),
    ("Karnataka Bank", "VM-KBLBNK", "SAHYADRI TRANSPORT", "IMPS", "sms"),
    ("IDBI Bank", "", "MALNAD WEB STUDIO", "UPI", "inbox"),
    ("Central Bank of India", "", "KAGAZ HANDMADE PAPER", "NEFT", "mail"),
    ("State Bank of India", "JD-SBIINB", "CHITRA PHOTO STUDIO", "NEFT", "sms"),
    ("Axis Bank", "", "SAGARA ELECTRICALS", "UPI", "whatsapp"),
    ("Indian Overseas Bank", "BZ-IOBCHN", "HEGDE AND BHAT ASSOCIAT", "NEFT", "sms"),
    ("HDFC Bank", "AX-HDFCBK", "SHRI GANESH BOOK HOUSE", "UPI", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the collective's payments: Canara Bank's SMS in Kannada in its messages thread
    under its day divider ("ನಿಮ್ಮ ಖಾತೆ XX1234 ರಿಂದ ರೂ.x UPI ಮೂಲಕ <PAYEE> ಅವರಿಗೆ <dd-mm-yyyy> ರಂದು ಡೆಬಿಟ್
    ಆಗಿದೆ. ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ <ref>. ..."); SMS in Karnataka Bank's ("Your IMPS of Rs x to <PAYEE> from A/c
    XX1234 on <dd/mm/yy> is pending with the beneficiary bank. Do not retry. Ref ..."), State Bank of India's
    ("your NEFT of Rs x to <PAYEE> (UTR ...) dated <dd-mm-yy> has been returned: account closed. ..."),
    Indian Overseas Bank's ("IOB: A/c XX1234 debited by Rs.x for NEFT to <PAYEE> on <dd.mm.yyyy>. Bal
    Rs.y"; no reference) and HDFC Bank's ("Sent Rs.x From HDFC Bank A/C *1234 To <PAYEE> On <dd/mm/yy> Ref
    ... Not You? ...") wordings; IDBI Bank's app inbox with its age ("Debit alert . <n> hrs ago"; "Rs.x
    debited from A/c XX1234 towards UPI/<ref>/<PAYEE>"; no day) between two notices; Central Bank of India's
    mail ("your A/c XXXX1234 is debited with INR x on <dd-Mon-yyyy> by NEFT to <PAYEE> (UTR ...)."); Axis
    Bank's WhatsApp banking under the chat's day divider ("Rs. x debited from A/c XX1234 on <dd-mm-yy> via
    UPI to <PAYEE>. UPI Ref ..."). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
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
    if frame == "kannada":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.part = "body"
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b"])))
        s = len(p.rows)
        text = (
            f"ನಿಮ್ಮ ಖಾತೆ XX{tail4} ರಿಂದ ರೂ.{amt} UPI ಮೂಲಕ {to} ಅವರಿಗೆ {when(j.date, '%d-%m-%Y')} ರಂದು "
            f"ಡೆಬಿಟ್ ಆಗಿದೆ. ಉಲ್ಲೇಖ ಸಂಖ್ಯೆ {utr}. ನೀವು ಮಾಡದಿದ್ದರೆ 18001030 ಗೆ ಕರೆ ಮಾಡಿ. - Canara Bank"
        )
        kwrap(p, text, share=0.94, **facts)
        bubble(p, s, hhmm(rng, lower=True))
        return p.done()
    if frame == "sms":
        if bank == "Karnataka Bank":
            text = (
                f"Your IMPS of Rs {amt} to {to} from A/c XX{tail4} on {when(j.date, '%d/%m/%y')} is pending "
                f"with the beneficiary bank. Do not retry. Ref {utr}. Status in 24 hrs -Karnataka Bank"
            )
        elif bank == "State Bank of India":
            text = (
                f"Dear Customer, your NEFT of Rs {amt} to {to} (UTR {utr}) dated {when(j.date, '%d-%m-%y')} "
                f"has been returned: account closed. The amount is credited back to A/c XX{tail4}. -SBI"
            )
        elif bank == "Indian Overseas Bank":
            text = (
                f"IOB: A/c XX{tail4} debited by Rs.{amt} for NEFT to {to} on {when(j.date, '%d.%m.%Y')}. "
                f"Bal Rs.{bal}"
            )
        else:
            text = (
                f"Sent Rs.{amt} From HDFC Bank A/C *{tail4} To {to} On {when(j.date, '%d/%m/%y')} Ref {utr} "
                "Not You? Call 18002586161/SMS BLOCK UPI to 7308080808"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "inbox":
        p = phone(rng, font, k, ["", "Notifications"], dark=False, buttons=())
        band(p, (0, 110, 100))
        app_head(p, "GO Mobile+", "IDBI Bank  |  Notifications")
        c = card_open(p)
        p.add("small", f"Debit alert {sign(font, chr(0x2022), '*')} {rng.randrange(2, 11)} hrs ago")
        p.add(
            "left",
            f"Rs.{amt} debited from A/c XX{tail4} towards UPI/{utr}/{to}. Avl Bal Rs.{bal}.",
            **facts,
        )
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Statement {sign(font, chr(0x2022), '*')} 2 days ago")
        p.add("left", "Your e-statement for last month is ready to view.")
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"Security {sign(font, chr(0x2022), '*')} 5 days ago")
        p.add("left", "IDBI Bank never asks for your OTP or PIN.")
        card_close(p, c)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "Central Bank of India <alerts@centralbank.co.in>",
            ["Debit alert", "Transaction alert - NEFT"],
        )
        p.part = "head"
        top(p, "Central Bank of India")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your A/c XXXX{tail4} is debited with INR {amt} on {when(j.date, '%d-%b-%Y')} by NEFT to {to} "
            f"(UTR {utr}).",
            **facts,
        )
        p.add("left", f"Available balance: INR {bal}")
        p.add("gap")
        p.add("left", "If you did not make this transaction, call 1800 22 1911 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Central Bank of India. This is a system generated mail.")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=())
    band(p, (7, 94, 84))
    app_head(p, "Axis Bank", "WhatsApp Banking")
    divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b %Y"])))
    s = len(p.rows)
    p.add(
        "left",
        f"Rs. {amt} debited from A/c XX{tail4} on {when(j.date, '%d-%m-%y')} via UPI to {to}. UPI Ref {utr}.",
        **facts,
    )
    hour = hhmm(rng, lower=True)
    bubble(p, s, hour)
    s = len(p.rows)
    p.add("left", "Reply 1 for balance, 2 for mini statement.")
    bubble(p, s, hour)
    return p.done()

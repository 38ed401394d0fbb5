"""The twelve heldout276 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Pattachitra painters' village co-operative's year of 2026 in Raghurajpur,
Puri district, Odisha (Raghurajpur Chitrakar Samabaya Samiti Ltd; its painters' cloth, tussar and palm-leaf
paintings of Jagannath in natural colours; its visitor centre in the heritage village, Raghurajpur Kala
Kendra, with its workshops and heritage walks; its Bhubaneswar outlet at Ekamra Haat, Raghurajpur Patta Ghar,
with a stall at the Toshali National Crafts Mela; the web shop raghurajpurpatta.in; its buyers at home and
abroad), told by the proofs of payment it receives (buyers' Paytm, Amazon Pay, BHIM, Navi, bob World, Airtel
Thanks and PhonePe screens and Paytm for Business; Utkalika, the Jagannath temple's administration, ICICI
Bank, GoCoop, a studio's reply mail, OTDC's vendor portal, Indian Overseas Bank's credit advice and Zoho
Books; Payoneer, PostFinance, Deutsche Bank, DBS IDEAL, a Kyoto collector's postcard, CommBank, Emirates NBD
and RBC; its own invoices, receipts, memo, mails, checkout, gift voucher and money receipt) and those it
makes (a tussar house's, a colour shop's, Moglix's, DTDC's, GoDaddy's, Flipkart Wholesale's, a carpenter's
and a brush maker's papers; YONO Business, OnlineSBI, Indian Overseas Bank, Vyom, InstaBIZ, Airtel Payments
Bank, Indian Bank and the Puri district co-operative bank; its painters', engraver's, salesman's, trainee's,
guide's, cook's and mask painter's receipts, screens, payslip, payout, voucher and advance slip; the Odisha
Treasury, the GI Registry, UMANG, the Bhubaneswar Municipal Corporation, ESIC, the state's profession tax,
the Chandanpur Gram Panchayat and ORMAS; eight insurers; cards on eight terminals; TPCODL's, a CSC's, BSNL's,
Indane's, Jio's, Airtel's, WATCO's and Dish TV's bills; the banks' SMS, e-mails, a passbook's page, a
notification and a WhatsApp banking chat). Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, the units' lines,
salutations, Odia lines (but a bill or a line of receipt written in Odia, whose figures and words carry the
facts), items, paintings, colours, counts, rates, taxable values, GST, TDS, fees, charges, commissions,
security deposits, advances, balances, gross sums and deductions, notes counted out, converted and INR sums,
FX rates, rewards and points, months, bill and wage months, periods, financial years, invoice, letter,
sanction order, cheque and order days, a voucher's Valid till, account, policy, proposal, consumer, employer,
enrolment, application, trade licence, vehicle, VC, CAN, member, employee, vendor and consignment numbers,
letter and sanction order numbers, customer references, GSTIN, IFSC, UPI IDs of payers and remitters, QR
codes, stamps' rings, seals, thumbs' impressions, scribbles, borders, binding, clips, tape, folded corners,
confetti, scratch cards and rules carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``phone_frame`` heldout126's;
``right`` heldout152's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's;
``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and
``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``kv``,
``kvr``, ``zebra``, ``total``, ``strip``, ``thumb``, ``qr``, ``seal``, ``sms_page``, a roll's torn edges),
heldout271's (``grid``, ``colkv``, ``dots``, ``lab``, ``fill``, ``hand``, ``amtbox``, ``tt``, ``step``,
``rstamp``, rounded cards), heldout273's (``pill``, ``field``, ``track``, ``avatar``, ``bubble``, ``panel``,
``tick``, ``cell_name``) and heldout275's ``sig``, written in this set's pens and printers' faces.
``compose`` is heldout158's (as heldout269's to heldout275's), each page's rows drawn by heldout275's
``_render`` and then by this set's own ``_render`` in the lines it leaves for them: Odia lines in Noto Sans
Oriya with their Latin runs in the page's face; Odia written by hand, slanted, its sums in a column; labels
in English with their Odia in brackets on one line; oval rubber stamps with the day on their band; the
outcome's mark in pale rings; confetti; a scratch card; a printed receipt with a zigzag foot inside an app;
a bottom sheet over a dimmed app; a mail's box with a bar down its left; a heading on a brush's stroke; a
postcard's message and address sides with its stamp and postmark; a thumb's impression; a Pattachitra's
painted border; a palm leaf's ground; a spiral binding; a paper clip; tape; a folded corner. The pages'
layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageChops, ImageDraw

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout275_families as h275
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
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import phone_frame
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout269_families import (
    bold_of,
    cols,
    kind,
    kv,
    kvr,
    qr,
    row,
    seal,
    sms_page,
    thumb,
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
    step,
    tt,
    tt_cols,
)
from bench.receipt_sets.heldout273_families import avatar, bubble, field, pill, track
from bench.receipt_sets.heldout273_families import cell_name as h273_cell
from bench.receipt_sets.heldout273_families import panel as h273_panel
from bench.receipt_sets.heldout273_families import tick as h273_tick
from bench.receipt_sets.heldout275_families import sig

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
ODIA = "noto/NotoSansOriya-Regular.ttf"
ODIA_BOLD = "noto/NotoSansOriya-Bold.ttf"
# the upright face an Odia hand's Latin runs and figures are drawn in before the line is slanted
HAND_LATIN = "liberation2/LiberationSans-Regular.ttf"
# the hands that write on this set's papers: italics and obliques in another mix than heldout274's and 275's
PENS = [
    "freefont/FreeSansOblique.ttf",
    "liberation/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "noto/NotoSerif-Italic.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
]
INKS = [(22, 36, 120), (30, 30, 84), (40, 40, 46), (16, 66, 116), (120, 28, 44)]
# the faces a page's fixed-width lines are printed in (a thermal head's, a branch printer's, a typewriter's)
TYPES = [
    "noto/NotoMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
# a Pattachitra's colours: hingula (cinnabar red), harital (yellow), lamp black, conch white, indigo
HINGULA, HARITAL, KAJAL, SHANKHA, NEELA = (
    (178, 34, 30),
    (232, 178, 36),
    (24, 22, 20),
    (246, 240, 226),
    (36, 52, 120),
)

# ---------------------------------------------------------------- the co-operative

SAMITI = "Raghurajpur Chitrakar Samabaya Samiti Ltd"
SAMITI_CAPS = SAMITI.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "RAGHURAJPUR CHITRAKAR SA"
SHORT = "Raghurajpur Chitrakar Samiti"
SAMITI_OD = "ରଘୁରାଜପୁର ଚିତ୍ରକାର ସମବାୟ ସମିତି ଲିଃ"
REGD = "Regd. No. 412/PRI of 1987"
GSTIN = "21AAAAR4127K1Z3"
OFFICE = "Raghurajpur, P.O. Chandanpur, Dist. Puri, Odisha - 752012"
OFFICE_SHORT = "Raghurajpur, Puri (Odisha) - 752012"
# the Bhubaneswar outlet
OUTLET = "Raghurajpur Patta Ghar"
OUTLET_CAPS = OUTLET.upper()
OUTLET_OD = "ରଘୁରାଜପୁର ପଟ୍ଟ ଘର"
OUTLET_AT = "Shop 11, Ekamra Haat, Madhusudan Nagar, Bhubaneswar - 751001"
# the heritage village's visitor centre, where visitors watch the painters and learn in workshops
KENDRA = "Raghurajpur Kala Kendra"
KENDRA_CAPS = KENDRA.upper()
KENDRA_OD = "ରଘୁରାଜପୁର କଳା କେନ୍ଦ୍ର"
WEB = "raghurajpurpatta.in"
WEB_NAME = "Raghurajpur Patta"
# the Toshali National Crafts Mela at Janata Maidan, Bhubaneswar (1 to 14 December 2026, stall 42) and the
# village's own Basanta Utsav (20 to 22 February 2026)
TOSHALI = dt.date(2026, 12, 1)
BASANTA = dt.date(2026, 2, 20)
IFSC = {
    "State Bank of India": "SBIN",
    "Indian Overseas Bank": "IOBA",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "Odisha Gramya Bank": "IOBA",
    "Indian Bank": "IDIB",
    "Central Bank of India": "CBIN",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Federal Bank": "FDRL",
    "Bank of Baroda": "BARB",
    "Kotak Mahindra Bank": "KKBK",
    "The Puri District Central Co-operative Bank": "IOBA",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Indian Overseas Bank": "IOB",
    "Union Bank of India": "Union Bank",
    "Canara Bank": "Canara",
    "Indian Bank": "Indian Bank",
    "ICICI Bank": "ICICI",
    "HDFC Bank": "HDFC",
    "Axis Bank": "Axis",
    "Federal Bank": "Federal",
    "Bank of Baroda": "BoB",
    "Kotak Mahindra Bank": "Kotak",
}
# the paintings: name, HSN, price each (low, high)
PAINTINGS = [
    ("Jagannath Trinity on patta, 2 x 3 ft", "9701", 9500, 22000),
    ("Thia Badhia (temple map), 3 x 5 ft", "9701", 28000, 65000),
    ("Kanchi Abhijana on patta, 2 x 3 ft", "9701", 12000, 26000),
    ("Dashavatara panel, 18 x 24 in", "9701", 4500, 9800),
    ("Krishna Leela on tussar silk, 3 x 4 ft", "9701", 14000, 32000),
    ("Gita Govinda, palm leaf, 24 folios", "9701", 8500, 21000),
    ("Ganjifa cards, hand-painted set of 96", "9701", 6000, 14000),
    ("Rasa Lila on tussar silk, 2 x 4 ft", "9701", 9000, 24000),
    ("Tree of Life, palm leaf engraving", "9701", 3800, 8600),
    ("Jagannath in Suna Besha, 18 x 24 in", "9701", 5200, 12500),
]
CUSTOMERS = [
    "Mrs. Subhashree Pattnaik",
    "Mr. Debasis Mishra",
    "Ms. Ira Deshpande",
    "Mr. Arjun Nair",
    "Mrs. Meera Krishnan",
    "Mr. Smruti Ranjan Sahoo",
    "Ms. Naina Bhatia",
]
PAINTERS = [
    "Bhagaban Maharana",
    "Sudarshan Mohapatra",
    "Anita Maharana",
    "Trilochan Swain",
    "Prafulla Kumar Das",
    "Sabita Mohapatra",
    "Jagannath Maharana",
]


def paintings(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """Paintings sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(PAINTINGS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = PAINTINGS[i]
        out.append((name, hsn, 1, float(rng.randrange(lo, min(hi, int(high)) + 1, 100))))
    return out


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def at_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ", " at ")) -> str:
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, twelve=rng.random() < 0.6)}"


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
GERMAN_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def roman(day: dt.date, sep: str = "-") -> str:
    """A day with its month in Roman figures, as Odisha's offices write it (12-III-2026)."""
    return f"{day.day:02d}{sep}{ROMAN[day.month - 1]}{sep}{day.year}"


def ordinal(day: dt.date) -> str:
    """A day as a letter writes it: 12th March 2026."""
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {when(day, '%B %Y')}"


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (a fair's, a festival's), its UPI / IMPS reference made again for that
    day."""
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


def clip(text: str, n: int) -> str:
    """``text`` cut to at most ``n`` characters at a word's end."""
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0].rstrip(",")


def tail(rng: random.Random) -> str:
    return rng.choice(["XXXXXXX", "xxxx", "*****", "XX", "XXXXXXXX"]) + digits(rng, 4)


def phone_no(rng: random.Random) -> str:
    return rng.choice("6789") + digits(rng, 9)


def gstin_of(rng: random.Random, state: str = "21") -> str:
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def pick(p: Screen, kind_: str, names: list[str]) -> str:
    """The first of ``names`` that fits a row of ``kind_`` on the page (the last where none does)."""
    for name in names:
        if fits(p, kind_, name):
            return name
    return names[-1]


def phone(
    rng: random.Random, font: str, k: int, titles: list[str], *, dark: bool | None = None, buttons=None
) -> Screen:
    """A phone's screenshot (heldout116's screen in heldout126's phone frame), dark where asked."""
    p = screen(
        rng,
        font,
        "phone",
        dark=rng.random() < 0.2 if dark is None else dark,
        width=rng.choice([600, 620, 640]),
        title=rng.choice(titles),
        buttons=buttons
        if buttons is not None
        else rng.choice([("Share",), ("Done",), ("Share", "Done"), ()]),
    )
    phone_frame(p, k)
    return p


def band(p: Screen, colour: tuple[int, int, int], ink=(255, 255, 255)) -> None:
    """The app's bar in its colour on a light screen."""
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = colour, ink


def app_head(p: Screen, title: str, sub: str = "") -> None:
    """The app's name on its bar, a line under it, and room for the bar's edge."""
    p.part = "head"
    p.add("title", title)
    p.add("small", sub) if sub else p.add("gap")
    p.add("gap")
    p.part = "body"


def hand_pen(p: Screen) -> str:
    """The page's hand (this set's pens, in heldout271's slot so its filled-in rows write in it)."""
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


def two_up(p: Screen, name: str, left: tuple[str, str], right_: tuple[str, str], **facts) -> None:
    """Two fields side by side, each label small in the label's ink over its value (an app's details two to a
    row); the facts on the values' row."""
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
    kind(p, f"{name}l", spec, "soft", group=f"{name}l")
    kind(p, f"{name}v", spec, "plain", group=name, bold=(0, 1))
    x = h269.ext(p)
    x["scale"][f"{name}l"] = 0.8
    row(p, f"{name}l", left[0], right_[0])
    row(p, f"{name}v", left[1], right_[1], **facts)


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault(
        "h276", {"marks": {}, "zcards": [], "callouts": [], "decor": [], "sheet": None, "postcard": None}
    )


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def room_of(p: Screen) -> int:
    return p.style["width"] - 2 * MARGIN


def is_odia(ch: str) -> bool:
    return "\u0b00" <= ch <= "\u0b7f" or ch in "\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Odia and of other letters (a space stays with the run it follows)."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        t = is_odia(ch)
        if ch == " " and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


OD_SCALE = 0.9


def mixed_width(text: str, latin: str, size: int, *, bold: bool = False) -> float:
    """The width of a line of Odia and Latin runs: the Odia in Noto Sans Oriya at 0.9 of the size."""
    width = 0.0
    for t, part in runs(text):
        face = (
            load_font(ODIA_BOLD if bold else ODIA, int(size * OD_SCALE))
            if t
            else load_font(bold_of(latin) if bold else latin, size)
        )
        width += face.getlength(part)
    return width


def mixed_ok(text: str, latin: str, *, bold: bool = False) -> bool:
    for t, part in runs(text):
        face = (ODIA_BOLD if bold else ODIA) if t else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "").replace("\u200c", "").replace("\u200d", "")):
            return False
    return True


def draw_mixed(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    latin: str,
    size: int,
    fill_,
    *,
    bold: bool = False,
) -> None:
    """A line of Odia and Latin runs on one baseline (``xy`` the left end and the top of the Latin face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for t, part in runs(text):
        face = load_font(ODIA_BOLD if bold else ODIA, int(size * OD_SCALE)) if t else lface
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def odia(
    p: Screen,
    text: str,
    *,
    scale: float = 1.0,
    bold: bool = False,
    align: str = "c",
    soft: bool = False,
    **facts,
) -> None:
    """A line in Odia (a name over its English, a heading, a greeting, a thanks), its Latin runs and figures
    in the page's face."""
    size = int(p.style["size"] * scale)
    assert mixed_ok(text, p.font, bold=bold), (p.font, text)
    assert mixed_width(text, p.font, size, bold=bold) <= room_of(p), text
    put(p, "t76od", text, mark_=[scale, bold, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def ohand(p: Screen, text: str, *, align: str = "l", scale: float = 1.15, figure: str = "", **facts) -> None:
    """A line written by hand in Odia (Noto Sans Oriya slanted as a pen slants, in the page's ink), its Latin
    runs and figures in an upright sans slanted with it; ``figure`` written at the right end of the line."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert mixed_ok(text + figure, HAND_LATIN), text
    need = mixed_width(text, HAND_LATIN, size) + size * 0.5
    if figure:
        need += mixed_width(figure, HAND_LATIN, size) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t76oh", text, figure, mark_=[align, scale], **facts)


def olab(
    p: Screen,
    english: str,
    odia_: str,
    value: str,
    *,
    at: float = 0.42,
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """A label in both scripts on one line, the English and then its Odia in brackets in the label's ink, a
    colon at ``at`` of the room and the value after it, printed or written by hand (``pen``) on a dotted
    line."""
    size = p.style["size"]
    small = int(size * 0.86)
    assert glyphs(p.font, english + "():") and mixed_ok(odia_, p.font), (english, odia_)
    need = load_font(p.font, size).getlength(english + " ") + mixed_width(f"({odia_})", p.font, small)
    assert need + 14 <= at * room_of(p), (english, odia_, need, at * room_of(p))
    vfont = hand_pen(p) if pen else bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value), (vfont, value)
    vface = load_font(vfont, int(size * (1.06 if pen else 1.0)))
    assert vface.getlength(value) <= (1 - at) * room_of(p) - 16, (value, vface.getlength(value))
    put(p, "t76ol", english, odia_, value, mark_=[at, pen, bold], **facts)


def oval(p: Screen, lines: list[str], colour: str, *, at: float = 0.7, **facts) -> None:
    """An oval rubber stamp (the office round its top, PAID and its day on a band across the middle, the town
    under it), tilted a little, its middle ``at`` of the room across; six lines high, the facts it prints on
    it."""
    bold = bold_of(p.font)
    face = load_font(bold, int(p.style["size"] * 0.9))
    for text in lines:
        assert glyphs(bold, text), (bold, text)
    widest = max(face.getlength(t) for t in lines)
    assert widest * 1.36 + 50 <= room_of(p) * 0.64, lines
    ink = {"violet": [92, 52, 160], "blue": [30, 70, 170], "red": [182, 36, 44], "green": [24, 118, 70]}[
        colour
    ]
    p.add("gap")
    put(p, "t76oval", *lines, mark_=[ink, at, p.rng.uniform(-6, 6)], **facts)
    for _ in range(4):
        p.add("gap")


def halo(p: Screen, status: str) -> None:
    """The outcome's mark: a small disc of its colour (a tick, a cross or three dots in white) inside pale
    rings spreading from it, centred, four lines high."""
    put(p, "t76halo", "", mark_=status)
    for _ in range(3):
        p.add("gap")


def confetti(p: Screen) -> None:
    """Specks of paper in bright colours down both sides of the rows from here to the next few (an app's
    celebration of a payment)."""
    ext(p)["decor"].append(["confetti", len(p.rows), p.rng.randrange(10**6)])


def scratch(p: Screen, title: str, sub: str) -> None:
    """A reward's scratch card: a square of foil with a pattern at the left, its title and a line under it;
    two lines high."""
    face = load_font(bold_of(p.font), p.style["size"])
    small = load_font(p.font, int(p.style["size"] * 0.8))
    assert glyphs(bold_of(p.font), title) and glyphs(p.font, sub), (title, sub)
    assert max(face.getlength(title), small.getlength(sub)) + 110 <= room_of(p), (title, sub)
    put(p, "t76scr", title, sub, mark_=p.rng.choice([[120, 60, 200], [214, 150, 40], [30, 140, 190]]))
    p.add("gap")


def zcard_open(p: Screen) -> int:
    p.add("gap")
    return len(p.rows)


def zcard_close(p: Screen, start: int) -> None:
    """A printed receipt inside an app: a white card on the tinted screen round the rows from ``start``,
    its foot cut in a zigzag as a till's roll is torn."""
    p.add("gap")
    ext(p)["zcards"].append([start, len(p.rows) - 1])
    p.add("gap")


def sheet(p: Screen) -> None:
    """A bottom sheet: the rows from here on sit on a white sheet with rounded top corners and a grab
    handle, the app's rows above it dimmed behind a shade."""
    p.add("gap")
    ext(p)["sheet"] = len(p.rows) - 1


def callout(p: Screen, start: int, colour: tuple[int, int, int]) -> None:
    """A mail's box round the rows from ``start`` to the last added: a pale tint of ``colour`` with a thick
    bar of it down the left."""
    ext(p)["callouts"].append([start, len(p.rows) - 1, list(colour)])


def brush(p: Screen, text: str, colour: tuple[int, int, int], ink=(255, 255, 255)) -> None:
    """A heading painted on a stroke of a wide brush (ragged at its ends and edges, the dry brush's streaks in
    it), centred."""
    face = load_font(bold_of(p.font), int(p.style["size"] * 1.0))
    assert glyphs(bold_of(p.font), text), text
    assert face.getlength(text) + 90 <= room_of(p), text
    p.add("gap")
    put(p, "t76brush", text, mark_=[list(colour), list(ink), p.rng.randrange(10**6)])
    p.add("gap")


def two(p: Screen, left: str, right_: str, *, split: float = 0.56, pen_right: bool = False, **facts) -> None:
    """A postcard's line: the message written by hand left of ``split`` of the room, the address at the right
    (printed, or by hand where ``pen_right``)."""
    pen = hand_pen(p)
    face = load_font(pen, int(p.style["size"] * 1.04))
    rface = load_font(pen if pen_right else p.font, int(p.style["size"] * (1.04 if pen_right else 0.92)))
    assert glyphs(pen, left) and glyphs(pen if pen_right else p.font, right_), (left, right_)
    assert face.getlength(left) <= split * room_of(p) - 18, (left, face.getlength(left))
    assert rface.getlength(right_) <= (1 - split) * room_of(p) - 14, (right_, rface.getlength(right_))
    put(p, "t76two", left, right_, mark_=[split, pen_right], **facts)


def postcard(p: Screen, start: int, split: float, stamp_text: str) -> None:
    """A postcard's back from row ``start`` to the last added: a rule down the page at ``split``, a postage
    stamp at the top right with ``stamp_text`` on it, the address lines ruled."""
    ext(p)["postcard"] = [start, len(p.rows) - 1, split, stamp_text]


def thumbprint(p: Screen, caption: str) -> None:
    """A left thumb's impression in a stamp pad's violet in heldout269's box at the right, its caption at the
    box's left; three rows high."""
    ext(p)["decor"].append(["thumbprint", len(p.rows), p.rng.randrange(10**6), caption])
    thumb(p, "")


def decor(p: Screen, what: str) -> None:
    """A mark on the page itself: "patta" (a Pattachitra's painted border: a black rule, a band of hingula red
    with a creeper of harital yellow leaves along it and a row of conch-white temple teeth inside), "palm" (a
    palm leaf's ground: straw with its fibres, its ends rounded and two holes for the string), "spiral" (a
    spiral binding's coils along the top), "clip" (a paper clip over the top edge), "tape" (two strips of
    clear tape at the top corners) or "dogear" (the top right corner folded over)."""
    x = ext(p)
    x["decor"].append([what, len(p.rows), p.rng.randrange(10**6)])
    if what == "palm":
        p.style["paper"] = p.rng.choice([(232, 210, 150), (226, 204, 146), (236, 216, 160)])
        p.style["ink"] = p.style["label_ink"] = p.style["accent"] = (36, 26, 18)


# ---------------------------------------------------------------- drawing


def _zigzag_card(draw: ImageDraw.ImageDraw, x0: float, y0: float, x1: float, y1: float, fill_, edge) -> None:
    """A card with a straight top and a zigzag foot."""
    pts = [(x0, y0), (x1, y0), (x1, y1)]
    step_ = 14
    xx, up = x1, True
    while xx > x0:
        xx = max(x0, xx - step_ / 2)
        pts.append((xx, y1 - 8 if up else y1))
        up = not up
    pts.append((x0, y1))
    draw.polygon(pts, fill=fill_, outline=edge)


def _brush(draw: ImageDraw.ImageDraw, seed: int, x0: float, y0: float, x1: float, y1: float, colour) -> None:
    """A wide brush's stroke from ``x0`` to ``x1``: ragged top and foot, tapering ends, dry streaks."""
    brng = random.Random(seed)
    top_, foot = [], []
    n = 40
    for k in range(n + 1):
        t = k / n
        x = x0 + (x1 - x0) * t
        taper = min(1.0, 4 * t, 4 * (1 - t)) ** 0.5
        mid = (y0 + y1) / 2
        half = (y1 - y0) / 2 * (0.55 + 0.45 * taper)
        top_.append((x, mid - half + brng.uniform(-2.5, 2.5)))
        foot.append((x, mid + half + brng.uniform(-2.5, 2.5)))
    draw.polygon(top_ + foot[::-1], fill=colour)
    for _ in range(7):
        yy = brng.uniform(y0 + 4, y1 - 4)
        xa = brng.uniform(x0, x0 + (x1 - x0) * 0.2)
        xb = brng.uniform(x1 - (x1 - x0) * 0.25, x1)
        light = tuple(min(255, c + 60) for c in colour)
        draw.line((xa, yy, xb, yy + brng.uniform(-1.5, 1.5)), fill=light, width=1)


def _patta(draw: ImageDraw.ImageDraw, w: int, h: int, seed: int) -> None:
    """A Pattachitra's border: a black rule, a hingula band with a harital creeper and leaves, a black rule,
    a row of conch-white teeth on black inside."""
    prng = random.Random(seed)
    draw.rectangle((2, 2, w - 3, h - 3), outline=KAJAL, width=3)
    draw.rectangle((5, 5, w - 6, h - 6), outline=HINGULA, width=13)
    draw.rectangle((18, 18, w - 19, h - 19), outline=KAJAL, width=3)
    # the creeper: a wave along each side of the red band, a leaf at each crest
    for horizontal, fixed in ((True, 11), (True, h - 12), (False, 11), (False, w - 12)):
        span = w if horizontal else h
        pts = []
        for k in range(0, span - 24, 4):
            t = 12 + k
            off = 3.2 * math.sin(t / 9.0)
            pts.append((t, fixed + off) if horizontal else (fixed + off, t))
        draw.line(pts, fill=HARITAL, width=2)
        for k in range(0, span - 40, 28):
            t = 26 + k
            if horizontal:
                draw.ellipse((t - 3, fixed - 5, t + 3, fixed + 1), fill=HARITAL)
            else:
                draw.ellipse((fixed - 5, t - 3, fixed + 1, t + 3), fill=HARITAL)
    # the temple teeth inside: small white triangles on a black strip
    for xx in range(24, w - 24, 12):
        draw.polygon([(xx, 21), (xx + 6, 21), (xx + 3, 27)], fill=SHANKHA)
        draw.polygon([(xx, h - 22), (xx + 6, h - 22), (xx + 3, h - 28)], fill=SHANKHA)
    for yy in range(24, h - 24, 12):
        draw.polygon([(21, yy), (21, yy + 6), (27, yy + 3)], fill=SHANKHA)
        draw.polygon([(w - 22, yy), (w - 22, yy + 6), (w - 28, yy + 3)], fill=SHANKHA)
    for cx, cy in ((11, 11), (w - 12, 11), (11, h - 12), (w - 12, h - 12)):
        draw.ellipse((cx - 6, cy - 6, cx + 6, cy + 6), fill=HARITAL, outline=KAJAL)
        draw.ellipse((cx - 2, cy - 2, cx + 2, cy + 2), fill=prng.choice([HINGULA, NEELA]))


def _oval_stamp(page: Image.Image, font: str, lines: list[str], ink, cx: float, cy: float, size: int, angle):
    """An oval rubber stamp: two rings, its first line over a band, its middle line on the band, its last
    under it; tilted and pasted in the stamp's ink."""
    bold = bold_of(font)
    face = load_font(bold, int(size * 0.8))
    big = load_font(bold, int(size * 1.05))
    widest = max(
        face.getlength(lines[0]) * 1.36, big.getlength(lines[1]) * 1.1, face.getlength(lines[2]) * 1.36
    )
    ow, oh = int(widest + 40), int(size * 6.0)
    layer = Image.new("L", (ow + 8, oh + 8), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse((4, 4, ow + 4, oh + 4), outline=215, width=3)
    d.ellipse((10, 10, ow - 2, oh - 2), outline=215, width=1)
    mid = (oh + 8) / 2
    for dy in (-size * 0.8, size * 0.8):
        half = (ow / 2) * math.sqrt(max(0.0, 1 - (dy / (oh / 2)) ** 2))
        d.line(((ow + 8) / 2 - half + 10, mid + dy, (ow + 8) / 2 + half - 10, mid + dy), fill=215, width=2)
    d.text(((ow + 8) / 2, mid - size * 1.65), lines[0], font=face, fill=215, anchor="mm")
    d.text(((ow + 8) / 2, mid), lines[1], font=big, fill=230, anchor="mm")
    d.text(((ow + 8) / 2, mid + size * 1.65), lines[2], font=face, fill=215, anchor="mm")
    layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
    colour = Image.new("RGB", layer.size, tuple(ink))
    page.paste(colour, (int(cx - layer.width / 2), int(cy - layer.height / 2)), layer)
    return page


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout275's ``_render`` (heldout273's, 271's, 269's and heldout14's beneath it), then this set's rows
    and marks: Odia lines printed and written by hand, labels in English and Odia on one line, oval stamps,
    the outcome's mark in its rings, confetti, scratch cards, printed receipts with zigzag feet inside apps,
    bottom sheets, mails' boxes, brush-stroke headings, a postcard's two sides; a Pattachitra's border, a palm
    leaf's ground, a spiral binding, a paper clip, tape and a folded corner."""
    page = h275._render(rows, font, style)
    x = style.get("h276")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    soft = tuple(style.get("label_ink", ink))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    dark = sum(paper_) < 300
    x1 = style.get("h271") or {}
    pen_ink = tuple(x1.get("pen_ink", (22, 36, 120)))
    marks = x["marks"]
    w, h = page.size
    what = {d[0]: d for d in x["decor"]}
    # under the print: tints multiplied in, so what is drawn stays dark
    layer = Image.new("RGB", page.size, (255, 255, 255))
    ld = ImageDraw.Draw(layer)
    used = False
    if "palm" in what:
        used = True
        prng = random.Random(what["palm"][2])
        for _ in range(int(h / 8)):
            yy = prng.uniform(0, h)
            shade = prng.randrange(228, 248)
            ld.line((0, yy, w, yy + prng.uniform(-2, 2)), fill=(shade, shade - 4, shade - 14), width=1)
    if not dark:
        for start, end, colour in x["callouts"]:
            used = True
            tint = h269._tint(tuple(colour), (255, 255, 255), 0.1)
            ld.rectangle(
                (MARGIN - 16, tops[start] - lift - 8, w - MARGIN + 8, tops[end] + line - lift + 8), fill=tint
            )
        if x["zcards"]:
            used = True
            ld.rectangle((0, 0, w, h), fill=(236, 238, 242))
            for start, end in x["zcards"]:
                _zigzag_card(
                    ld,
                    MARGIN - 14,
                    tops[start] - lift - 6,
                    w - MARGIN + 14,
                    tops[end] + line - lift + 6,
                    (255, 255, 255),
                    None,
                )
        if x.get("sheet") is not None:
            used = True
            sy = tops[x["sheet"]] - lift
            ld.rectangle((0, 0, w, sy), fill=(142, 144, 150))
            ld.rounded_rectangle((0, sy - 4, w, sy + 40), radius=22, fill=(255, 255, 255))
    if used:
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    if x.get("sheet") is not None and not dark:
        sy = tops[x["sheet"]] - lift
        draw.rounded_rectangle((w / 2 - 28, sy + 6, w / 2 + 28, sy + 11), radius=3, fill=(196, 198, 204))
    for start, end in x["zcards"]:
        edge = h269._tint(soft, paper_, 0.3)
        y0, y1 = tops[start] - lift - 6, tops[end] + line - lift + 6
        draw.line((MARGIN - 14, y0, w - MARGIN + 14, y0), fill=edge, width=1)
        draw.line((MARGIN - 14, y0, MARGIN - 14, y1), fill=edge, width=1)
        draw.line((w - MARGIN + 14, y0, w - MARGIN + 14, y1), fill=edge, width=1)
    for start, end, colour in x["callouts"]:
        draw.rectangle(
            (MARGIN - 16, tops[start] - lift - 8, MARGIN - 11, tops[end] + line - lift + 8),
            fill=tuple(colour),
        )
    if x.get("postcard"):
        start, end, split, stamp_text = x["postcard"]
        y0, y1 = tops[start] - lift, tops[end] + line - lift
        xx = MARGIN + split * room
        rule = h269._tint(ink, paper_, 0.45)
        draw.line((xx, y0 + 6, xx, y1 - 6), fill=rule, width=2)
        sw, sh = 78, int(line * 2.6)
        sx0, sy0 = w - MARGIN - sw, y0 + 4
        draw.rectangle((sx0, sy0, sx0 + sw, sy0 + sh), fill=(214, 70, 64))
        for k in range(0, sw, 6):
            draw.ellipse((sx0 + k - 2, sy0 - 2, sx0 + k + 2, sy0 + 2), fill=paper_)
            draw.ellipse((sx0 + k - 2, sy0 + sh - 2, sx0 + k + 2, sy0 + sh + 2), fill=paper_)
        draw.ellipse((sx0 + 22, sy0 + 12, sx0 + 56, sy0 + 46), fill=(250, 236, 220))
        sface = load_font(bold_of(font), 13)
        draw.text((sx0 + sw / 2, sy0 + sh - 12), stamp_text, font=sface, fill=(255, 255, 255), anchor="mm")
        # the post office's cancellation: a ring over the stamp's left edge and wavy lines from it
        cx, cy, rr = sx0 + 4, sy0 + sh / 2, sh / 2 - 6
        draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=(70, 70, 84), width=2)
        for k in (-10, 0, 10):
            wave = [(cx + rr + t, cy + k + 3 * math.sin(t / 5)) for t in range(0, 64, 4)]
            draw.line(wave, fill=(70, 70, 84), width=2)
        for i in range(start, end + 1):
            if rows[i][0] == "t76two" and rows[i][2]:
                yy = tops[i] + line - lift - 2
                draw.line((xx + 16, yy, w - MARGIN, yy), fill=h269._tint(ink, paper_, 0.3), width=1)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t76"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t76od":
            scale, bold, align, is_soft = m
            s = int(size * scale)
            tw = mixed_width(r[1], font, s, bold=bold)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_mixed(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold)
        elif name == "t76oh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = mixed_width(text, HAND_LATIN, s)
                lw, lh = int(tw + s), int(line * 1.8)
                hl = Image.new("L", (lw, lh), 0)
                draw_mixed(ImageDraw.Draw(hl), (4, lh * 0.18), text, HAND_LATIN, s, 255)
                hl = hl.transform((lw, lh), Image.AFFINE, (1, 0.2, -0.2 * lh * 0.6, 0, 1, 0), Image.BICUBIC)
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                page.paste(Image.new("RGB", hl.size, pen_ink), (int(tx), int(y - lh * 0.3)), hl)
            draw = ImageDraw.Draw(page)
        elif name == "t76ol":
            at, by_pen, bold = m
            face = load_font(font, size)
            draw.text((MARGIN, y), r[1] + " ", font=face, fill=ink)
            ox = MARGIN + face.getlength(r[1] + " ")
            draw_mixed(draw, (ox, y + size * 0.1), f"({r[2]})", font, int(size * 0.86), soft)
            vx = MARGIN + at * room
            draw.text((vx - 12, y), ":", font=face, fill=ink)
            if by_pen:
                dotted = h269._tint(soft, paper_, 0.5)
                for xx in range(int(vx + 2), int(width - MARGIN), 6):
                    draw.point((xx, bot_y - 3), fill=dotted)
                vface = load_font(x1["pen"], int(size * 1.06))
                draw.text((vx + 6, y - size * 0.16), r[3], font=vface, fill=pen_ink)
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((vx + 6, y), r[3], font=vface, fill=ink)
        elif name == "t76oval":
            colour, at, angle = m
            cx = MARGIN + at * room
            cy = y + line * 2.0
            page = _oval_stamp(page, font, list(r[1:4]), colour, cx, cy, size, angle)
            draw = ImageDraw.Draw(page)
        elif name == "t76halo":
            colour = TONE[m]
            cx, cy = width / 2, y + line * 1.5
            for k, share in ((2.0, 0.1), (1.55, 0.2), (1.12, 0.34)):
                rr = line * 0.62 * k
                draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=h269._tint(colour, paper_, share))
            rr = line * 0.62
            draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=colour)
            white = (255, 255, 255)
            k = rr * 0.5
            if m == "success":
                draw.line(
                    (cx - k, cy, cx - k * 0.2, cy + k * 0.75, cx + k, cy - k * 0.7), fill=white, width=5
                )
            elif m == "failed":
                draw.line((cx - k * 0.8, cy - k * 0.8, cx + k * 0.8, cy + k * 0.8), fill=white, width=5)
                draw.line((cx - k * 0.8, cy + k * 0.8, cx + k * 0.8, cy - k * 0.8), fill=white, width=5)
            else:
                for dx in (-k * 0.8, 0, k * 0.8):
                    draw.ellipse((cx + dx - 3.5, cy - 3.5, cx + dx + 3.5, cy + 3.5), fill=white)
        elif name == "t76scr":
            colour = tuple(m)
            sx0, sy0 = MARGIN, top_y + 2
            side = int(line * 1.9)
            draw.rounded_rectangle((sx0, sy0, sx0 + side, sy0 + side), radius=10, fill=colour)
            light = h269._tint((255, 255, 255), colour, 0.35)
            for k in range(-side, side, 9):
                draw.line(
                    (sx0 + max(0, k), sy0 + max(0, -k), sx0 + min(side, side + k), sy0 + min(side, side - k)),
                    fill=light,
                    width=2,
                )
            bf = load_font(bold_of(font), size)
            sf = load_font(font, int(size * 0.8))
            draw.text((sx0 + side + 16, sy0 + side * 0.12), r[1], font=bf, fill=ink)
            draw.text((sx0 + side + 16, sy0 + side * 0.58), r[2], font=sf, fill=soft)
        elif name == "t76brush":
            colour, tink, seed = tuple(m[0]), tuple(m[1]), m[2]
            face = load_font(bold_of(font), size)
            tw = face.getlength(r[1])
            _brush(draw, seed, (width - tw) / 2 - 44, top_y - 4, (width + tw) / 2 + 44, bot_y + 4, colour)
            draw.text(((width - tw) / 2, y), r[1], font=face, fill=tink)
        elif name == "t76two":
            split, pen_right = m
            pen = x1["pen"]
            draw.text((MARGIN, y - size * 0.14), r[1], font=load_font(pen, int(size * 1.04)), fill=pen_ink)
            if r[2]:
                rf = load_font(pen if pen_right else font, int(size * (1.04 if pen_right else 0.92)))
                draw.text(
                    (MARGIN + split * room + 16, y - (size * 0.14 if pen_right else 0)),
                    r[2],
                    font=rf,
                    fill=pen_ink if pen_right else ink,
                )
    # on top of the print
    if "confetti" in what:
        _, start, seed = what["confetti"]
        crng = random.Random(seed)
        y0 = tops[start] - lift if start < len(tops) else MARGIN
        colours = [(236, 64, 122), (255, 193, 7), (33, 150, 243), (76, 175, 80), (156, 39, 176)]
        for _ in range(46):
            side_ = crng.random() < 0.5
            cx = crng.uniform(4, MARGIN + 22) if side_ else crng.uniform(w - MARGIN - 22, w - 4)
            cy = crng.uniform(y0, y0 + line * 6)
            a = crng.uniform(0, math.pi)
            ln = crng.uniform(4, 9)
            draw.line(
                (cx, cy, cx + ln * math.cos(a), cy + ln * math.sin(a)), fill=crng.choice(colours), width=3
            )
    if "thumbprint" in what:
        _, i, seed, caption = what["thumbprint"]
        trng = random.Random(seed)
        side = int(line * 2.6)
        x0, y0 = width - MARGIN - side, tops[i]
        cx, cy = x0 + side / 2, y0 + side / 2
        violet = (96, 70, 150)
        for n in range(2, 12):
            rx, ry = n * side * 0.034, n * side * 0.046
            a0 = trng.uniform(0, 60)
            draw.arc(
                (cx - rx, cy - ry, cx + rx, cy + ry), a0, a0 + trng.uniform(250, 330), fill=violet, width=2
            )
        small = load_font(font, int(size * 0.8))
        draw.text((x0 - 10, cy), caption, font=small, fill=soft, anchor="rm")
    if "patta" in what:
        _patta(draw, w, h, what["patta"][2])
    if "palm" in what:
        wood = (74, 50, 34)
        rr = 44
        mask = Image.new("L", page.size, 255)
        ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=rr, fill=0)
        page.paste(Image.new("RGB", page.size, wood), (0, 0), mask)
        draw = ImageDraw.Draw(page)
        for cx in (16, w - 17):
            cy = h / 2
            draw.ellipse((cx - 7, cy - 7, cx + 7, cy + 7), fill=wood)
            draw.line((cx, cy, cx + (-16 if cx < w / 2 else 16), cy + 30), fill=(150, 40, 30), width=2)
    if "spiral" in what:
        for xx in range(40, w - 30, 26):
            draw.ellipse((xx - 4, 14, xx + 4, 22), fill=(60, 60, 64))
            draw.arc((xx - 7, -10, xx + 9, 20), 200, 340, fill=(120, 122, 130), width=3)
            draw.arc((xx - 7, -10, xx + 9, 20), 200, 340, fill=(190, 192, 198), width=1)
    if "clip" in what:
        cx0, steel = w * 0.8, (120, 124, 132)
        draw.rounded_rectangle((cx0, -16, cx0 + 26, 56), radius=13, outline=steel, width=3)
        draw.rounded_rectangle((cx0 + 6, -4, cx0 + 20, 44), radius=7, outline=steel, width=3)
    if "tape" in what:
        out = page.convert("RGBA")
        for cx, ang in ((52, 32), (w - 52, -32)):
            strip_ = Image.new("RGBA", (120, 30), (226, 220, 188, 150))
            sd = ImageDraw.Draw(strip_)
            sd.rectangle((0, 0, 119, 29), outline=(190, 184, 150, 170), width=1)
            for k in range(0, 120, 10):
                sd.line((k, 0, k + 3, 30), fill=(255, 255, 255, 60), width=1)
            strip_ = strip_.rotate(ang, resample=Image.BICUBIC, expand=True)
            out.alpha_composite(strip_, (int(cx - strip_.width / 2), int(14 - strip_.height / 2)))
        page = out.convert("RGB")
        draw = ImageDraw.Draw(page)
    if "dogear" in what:
        d_ = 44
        draw.polygon([(w - d_, 0), (w, 0), (w, d_)], fill=(96, 92, 86))
        draw.polygon([(w - d_, 0), (w, d_), (w - d_, d_)], fill=h269._tint((0, 0, 0), paper_, 0.12))
        draw.line((w - d_, 0, w, d_), fill=h269._tint((0, 0, 0), paper_, 0.3), width=1)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout275's), each page's rows drawn by ``_render``
    while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a page asks for
    them."""
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
    return image


def check_faces() -> None:
    """Stop where a face this set draws beside the page's own is not installed."""
    from pathlib import Path

    for face in [ODIA, ODIA_BOLD, HAND_LATIN, *PENS, *TYPES, "dejavu/DejaVuSans.ttf"]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout276 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the outlet's own app


PAYTM_NAVY, AMAZON_INK, BHIM_GREEN, NAVI_BLUE = (0, 46, 110), (35, 47, 62), (0, 98, 65), (20, 48, 120)
BOB_ORANGE, AIRTEL_RED, PAYTM_SKY, PHONEPE = (242, 101, 34), (228, 0, 18), (0, 172, 232), (95, 37, 159)
PAYEES = [OUTLET_CAPS, OUTLET, CUT, "PATTA GHAR BHUBANESWAR"]
VPAS = [
    "pattaghar@iob",
    "raghurajpurpatta@sbi",
    "Q904217735@ybl",
    "paytmqr5ktz8w3nh@paytm",
    "pattaghar.bbsr@okaxis",
]
BUYERS = [
    ("Subhashree Pattnaik", "subhashreep@okhdfcbank", "Indian Overseas Bank"),
    ("Debasis Mishra", "debasis.m@oksbi", "State Bank of India"),
    ("Lipsa Mohanty", "lipsamohanty@ybl", "ICICI Bank"),
    ("Arjun Nair", "arjunnair@okaxis", "HDFC Bank"),
    ("Smruti Ranjan Sahoo", "smrutisahoo@uboi", "Union Bank of India"),
    ("Meera Krishnan", "meerak@axl", "Axis Bank"),
    ("Ananya Das", "ananya.das@cnrb", "Canara Bank"),
    ("Rohan Kapoor", "rohank@kotak", "Kotak Mahindra Bank"),
]
NOTES = [
    "Jagannath patta",
    "Thia Badhia advance",
    "2 palm leaf",
    "ganjifa set",
    "gift for bapa",
    "tussar wall piece",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Bhubaneswar outlet or the samiti: Paytm's Paid Successfully with confetti, the day
    on top, a scratch card won and UPI Ref No; Amazon Pay's receipt on a bottom sheet over the dimmed app
    ("Today at <hour>"; no day); BHIM's printed receipt inside the app, its foot cut in a zigzag; Navi's
    payment in process, its details two to a row; bob World's fund transfer, its details two to a row under
    Beneficiary Name; Airtel Thanks' failed payment told in a sentence; Paytm for Business on the outlet's
    phone (no reference); PhonePe's Transaction Successful with the payee's initials and its Banking Name.
    All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=1200, high=46000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    tick_ = sign(font, "\u2713", "")
    note = rng.choice(NOTES)
    if k == 0:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Share", "Pay again"))
        band(p, PAYTM_NAVY)
        app_head(p, "Paytm", "UPI money transfer")
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %b, %Y"], (", ",)), date=j.date)
        confetti(p)
        halo(p, status)
        p.add("center", "Paid Successfully to", status=status)
        p.accent(GREEN)
        name = pick(p, "center", [to, OUTLET])
        p.add("center", name, merchant=name)
        p.add("small", f"UPI ID: {vpa}")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        scratch(p, "You've won a Scratch Card!", "Scratch it in 7 days from Cashback & Offers")
        p.add("rule")
        tid = digits(rng, 14)
        p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Paytm Txn ID", tid, txn=(TXN_RANK, tid))
        p.pair("From", f"{sb} Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, AMAZON_INK)
        app_head(p, "amazon pay", "UPI")
        p.add("left", "Send money   |   Scan any QR   |   Pay bills")
        p.add("small", "Recharges, electricity, DTH, FASTag and more")
        p.add("gap")
        sheet(p)
        halo(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paid to {to}", f"paid to {OUTLET}"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"Today at {hhmm(rng)}")
        p.add("rule")
        aid = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        kvr(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Amazon Pay transaction ID", aid, txn=(TXN_RANK, aid))
        kvr(p, "Paid using", f"Amazon Pay UPI - {sb} XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Receipt"], dark=False, buttons=("Share receipt",))
        band(p, BHIM_GREEN)
        app_head(p, "BHIM", "Bharat Interface for Money")
        p.add("center", f"{tick_} Transaction successful".strip(), status=status)
        p.accent(GREEN)
        s = zcard_open(p)
        p.add("center", "PAYMENT RECEIPT")
        p.add("rule")
        name = to if fits(p, "pair", f"Paid to    {to}") else OUTLET
        bid = f"BHM{j.date:%y%m%d}{digits(rng, 9)}"
        p.pair("Paid to", name, merchant=name)
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Date", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        p.pair("UPI Ref ID", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Txn ID", bid, txn=(TXN_RANK, bid))
        p.pair("From", f"{sb} XX{digits(rng, 4)}", method="UPI")
        p.pair("Remarks", note)
        zcard_close(p, s)
        p.add("small", "Payment made through BHIM UPI, powered by NPCI")
        return p.done()
    if k == 3:
        dark = rng.random() < 0.5
        p = phone(rng, font, k, ["", "Payment status"], dark=dark, buttons=("Check status",))
        band(p, NAVI_BLUE)
        app_head(p, "Navi", "UPI")
        halo(p, status)
        p.add("center", "Payment in process", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {OUTLET}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add(
            "small",
            "Your bank is taking longer than usual. Do not pay again; we will update you in 2 minutes.",
        )
        p.add("rule")
        nid = f"NV{j.date:%y%m%d}{code(rng, 8, UPPER)}"
        two_up(p, "nv", ("Transaction ID", nid), ("UPI Ref. No.", j.ref), txn=(UTR_RANK, j.ref))
        two_up(
            p,
            "nv",
            ("Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            ("Debited from", f"{sb} {dot * 2}{digits(rng, 4)}"),
            date=j.date,
            method="UPI",
        )
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, BOB_ORANGE)
        app_head(p, "bob World", "Bank of Baroda")
        p.add("center", "Fund Transfer Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        name = pick(p, "left", [to, OUTLET])
        lab(p, "Beneficiary Name")
        p.add("left", name, merchant=name)
        two_up(p, "bw", ("UPI ID", vpa), ("Mode", "UPI"), method="UPI")
        two_up(
            p,
            "bw",
            ("Reference No.", j.ref),
            ("Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))),
            txn=(UTR_RANK, j.ref),
            date=j.date,
        )
        two_up(p, "bw", ("Remarks", note), ("Debit A/c", f"XXXXXX{digits(rng, 4)}"))
        p.add("small", "Thank you for banking with us. bob World - Bank of Baroda")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Retry", "Help"))
        band(p, AIRTEL_RED)
        app_head(p, "Airtel Thanks", "Airtel Payments Bank UPI")
        halo(p, status)
        p.add("center", "Payment Failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "left", [to, OUTLET])
        p.add(
            "left",
            f"Your payment to {name} could not be completed. Money, if debited, will be refunded in 48 "
            "hours.",
            merchant=name,
        )
        p.add("rule")
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Payee UPI ID", vpa)
        kvr(p, "Paid from", f"Airtel Payments Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payments"], dark=False, buttons=("View settlement",))
        band(p, PAYTM_SKY)
        app_head(p, "Paytm for Business")
        name = pick(p, "center", [OUTLET_CAPS, OUTLET])
        p.add("center", name, merchant=name)
        p.add("small", "Ekamra Haat, Bhubaneswar  |  Soundbox connected")
        pill(p, "Payment Received", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"from {who}")
        p.add("small", their)
        p.add("rule")
        kvr(p, "Received on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Settlement", f"Instant to IOB XX{digits(rng, 4)}")
        p.add("small", "Your Soundbox announced this payment.")
        return p.done()
    p = phone(rng, font, k, [""], dark=False, buttons=("Share",))
    band(p, PHONEPE)
    p.part = "head"
    p.add("title", "Transaction Successful", status=status)
    p.add(
        "small",
        f"{hhmm(rng, lower=True)} on {when(j.date, rng.choice(['%d %b %Y', '{d} %b %Y']))}",
        date=j.date,
    )
    p.add("gap")
    p.part = "body"
    p.add("left", "Paid to")
    avatar(p, "RP", rng.choice([(0, 150, 136), (230, 120, 30), (63, 81, 181)]))
    name = pick(p, "center", [to, OUTLET])
    p.add("center", name, merchant=name)
    p.add("small", vpa)
    p.add("small", f"Banking Name : {CUT}")
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    p.add("left", "Transfer Details")
    tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
    lab(p, "Transaction ID")
    p.add("left", tid, txn=(TXN_RANK, tid))
    lab(p, "UTR")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    lab(p, "Debited from")
    p.add("left", f"XXXXXXXX{digits(rng, 4)}  ({sb})", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("Odisha State Co-operative Handicrafts Corporation Ltd", "Bhubaneswar - 751009", "utkalika"),
    ("Shree Jagannath Temple Administration", "Puri - 752001", "sjta"),
    ("Kalinga Heritage Hotels Pvt Ltd", "Bhubaneswar - 751013", "icici"),
    ("GoCoop Solutions and Services Pvt Ltd", "Bengaluru", "gocoop"),
    ("Ikat Studio Interiors LLP", "Jubilee Hills, Hyderabad - 500033", "reply"),
    ("Odisha Tourism Development Corporation Ltd", "Bhubaneswar - 751014", "otdc"),
    ("Kala Dhara Decor LLP", "Lower Parel, Mumbai - 400013", "iob"),
    ("Aranya Museum Store LLP", "Ballygunge, Kolkata - 700019", "zoho"),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The state's handicrafts corporation (Utkalika), the Jagannath temple's administration, a Bhubaneswar
    hotel, GoCoop, a Hyderabad interior studio, the state's tourism corporation, a Mumbai decor firm and a
    Kolkata museum store paying the samiti: Utkalika's letter under its Odia name (Letter No. beside its later
    Dated:, The Secretary and the samiti, a box of the payment: Bills, Gross value, Less: TDS, Net amount
    released, UTR No., Value date, Mode); the temple administration's PAYMENT ADVICE under its Odia name on a
    brush-stroke heading (a table ruled on every side: Payee, Work, Sanction Order, Bill amount, Less:
    Security deposit, Net paid, Mode, UTR, Date of payment with its month in Roman figures; an oval PAID stamp
    with the day); ICICI Bank's corporate page of a NEFT returned (a status band, a striped table); GoCoop's
    payout settled (the orders, fees and TCS, Net payout, Paid to, Settlement ID, UTR, Settled on); a studio's
    reply mail over the samiti's quoted mail (no reference); the tourism corporation's vendor portal with the
    payment sent to the bank (a track of its steps, shaded rows); Indian Overseas Bank's CREDIT ADVICE of an
    inward NEFT to the samiti (A/c Name, a table ruled on every side); Zoho Books' payment made ("Yesterday";
    no day). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=18000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([SAMITI, SAMITI_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    if frame == "utkalika":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        odia(p, "ଓଡ଼ିଶା ରାଜ୍ୟ ସମବାୟ ହସ୍ତଶିଳ୍ପ ନିଗମ ଲିଃ", scale=1.0, bold=True)
        top(p, "UTKALIKA")
        p.add("small", f"{payer}  |  Marketing Division, {town}")
        p.add("rule")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(1, 5))
        cols(
            p,
            "ul",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Letter No. UTK/MKTG/{j.date.year}/{rng.randrange(100, 999)}",
            f"Dated: {when(later, rng.choice(['%d.%m.%Y', '%d/%m/%Y']))}",
        )
        p.add("left", "To")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [payee, SHORT])
        p.add("left", name, merchant=name)
        p.add("left", OFFICE)
        p.add("gap")
        po = f"UTK/PO/{fy(j.date)}/{rng.randrange(40, 400)}"
        p.add("left", f"Sub: Payment against supply of Pattachitra, P.O. No. {po}")
        p.add("left", "Sir,")
        p.add(
            "left",
            f"The payment against your bills noted below has been released to your account by {way}. "
            "The particulars are given below.",
            status=status,
        )
        p.add("gap")
        gross = round(j.amount / 0.99, 2)
        utr = utr_for(rng, j, "State Bank of India", way)
        bills = ", ".join(
            f"RCS/{fy(j.date)}/{rng.randrange(20, 300):03d}" for _ in range(rng.randrange(1, 3))
        )
        s = len(p.rows)
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        for label, value, facts in [
            ("Bills", bills, {}),
            ("Gross value", num(gross), {}),
            ("Less: TDS @ 1%", num(gross - j.amount), {}),
            ("Net amount released", rs(j.amount), {"amount": j.amount}),
            ("UTR No.", utr, {"txn": (UTR_RANK, utr)}),
            ("Value date", day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), {"date": j.date}),
            ("Mode", f"{way} to Indian Overseas Bank, Puri", {"method": "netbanking"}),
        ]:
            colkv(p, "uc", spec, label, value, **facts)
        callout(p, s, (150, 60, 30))
        p.add("gap")
        p.add("left", "Kindly acknowledge the receipt.")
        sig(p)
        right(p, "Manager (Finance)")
        return p.done()
    if frame == "sjta":
        shift(j, rng, dt.date(2026, 6, rng.randrange(8, 29)))
        j.amount = float(rng.randrange(60000, 180000, 500))
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        odia(p, "ଶ୍ରୀ ଜଗନ୍ନାଥ ମନ୍ଦିର ପ୍ରଶାସନ, ପୁରୀ", scale=1.1, bold=True)
        top(p, pick(p, "title", [f"{payer}, Puri", "Shree Jagannath Temple Admn., Puri"]))
        p.add("small", "Accounts Section, Sri Mandir Office, Puri - 752001")
        brush(p, "PAYMENT ADVICE", HINGULA)
        p.part = "body"
        no = f"{rng.randrange(1000, 9999)}/SJTA/ACC"
        p.add("left", f"Advice No. {no}", txn=(INVOICE_RANK, no))
        sd = round(j.amount / 0.95 * 0.05, 2)
        gross = round(j.amount + sd, 2)
        order_day = j.date - dt.timedelta(days=rng.randrange(20, 50))
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        grid(
            p,
            "sj",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Payee", payee], {"merchant": payee}),
                (["Work", "Anasara Pati of the three deities, 2026"], {}),
                (["Sanction Order", f"No. {rng.randrange(100, 999)}, dt. {roman(order_day)}"], {}),
                (["Bill amount", num(gross)], {}),
                (["Less: Security deposit 5%", num(sd)], {}),
                (["Net paid", rs(j.amount)], {"amount": j.amount}),
                (["Mode", "NEFT"], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Date of payment", roman(j.date, rng.choice(["-", "."]))], {"date": j.date}),
            ],
        )
        p.add("gap")
        oval(
            p,
            ["ACCOUNTS SECTION, S.J.T.A.", f"PAID {when(j.date, '%d %b %Y').upper()}", "PURI"],
            "violet",
            at=0.3,
            status=status,
        )
        sig(p)
        right(p, "Accounts Officer")
        return p.done()
    if frame == "icici":
        p = browser_page(rng, font, "cib.icicibank.com/corp/BANKAWAY?fldRequestId=TXNDTL")
        p.part = "head"
        top(p, "ICICI Bank")
        p.add("small", f"Corporate Internet Banking  |  {payer}")
        p.add("rule")
        p.part = "body"
        h269.strip(p, "Returned by the beneficiary's bank", status)
        p.add("gap")
        tref = f"CIB{j.date:%y%m%d}{digits(rng, 7)}"
        utr = utr_for(rng, j, "ICICI Bank", way)
        name = h273_cell(p, 0.6, [payee, CUT])
        zebra(
            p,
            "ic",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Transaction details", ""],
            [
                (["Transaction Ref. No.", tref], {"txn": (BANK_RANK, tref)}),
                (["Debit Account", f"{digits(rng, 4)}0500{digits(rng, 4)}"], {}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}"], {}),
                (["IFSC", f"IOBA000{digits(rng, 4)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Product", way], {"method": "netbanking"}),
                (["Value Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Return Reason", "Beneficiary name does not match"], {}),
            ],
            (178, 72, 30),
        )
        p.add("gap")
        p.add("small", "The amount has been credited back to the debit account.")
        return p.done()
    if frame == "gocoop":
        p = browser_page(rng, font, f"seller.gocoop.com/payouts/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "GoCoop")
        p.add("small", "Seller Hub  |  Payouts  |  the marketplace for co-operatives")
        p.add("rule")
        p.part = "body"
        pill(p, "Settled", status, align="l")
        week = j.date - dt.timedelta(days=rng.randrange(3, 7))
        p.add("left", f"Payout for the orders delivered in the week ending {when(week, '%d %b %Y')}")
        g = round(j.amount / 0.872, 2)
        fee = round(g * 0.10, 2)
        gst = round(fee * 0.18, 2)
        tcs = round(g * 0.01, 2)
        j.amount = round(g - fee - gst - tcs, 2)
        spec = [(0.0, 0.3, "l"), (0.3, 0.78, "l"), (0.78, 1.0, "r")]
        kind(p, "goh", spec, "band", group="go", fill=(30, 110, 90), bold=(0, 1, 2))
        kind(p, "gor", spec, "line", group="go")
        row(p, "goh", "Order", "Item", "Amount")
        parts = [round(g * w, 2) for w in (0.55, 0.45)]
        parts[-1] = round(g - parts[0], 2)
        for part, (item, _, _, _) in zip(parts, rng.sample(PAINTINGS, 2)):
            row(p, "gor", f"GC{digits(rng, 7)}", clip(item, 34), num(part))
        spec2 = [(0.0, 0.7, "r"), (0.7, 1.0, "r")]
        cols(p, "gos", spec2, "Gross sales", num(g))
        cols(p, "gos", spec2, "GoCoop fee (10%)", f"- {num(fee)}")
        cols(p, "gos", spec2, "GST on fee (18%)", f"- {num(gst)}")
        cols(p, "gos", spec2, "TCS (1%)", f"- {num(tcs)}")
        total(p, "Net payout", rs(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        sid = f"GCP{j.date:%y%m}{digits(rng, 6)}"
        utr = utr_for(rng, j, "Axis Bank", "NEFT")
        name = h273_cell(p, 0.7, [payee, SHORT], scale=1.0)
        kv(p, "Paid to", name, at=0.3, merchant=name)
        kv(p, "Bank account", f"Indian Overseas Bank XX{digits(rng, 4)}", at=0.3)
        kv(p, "Settlement ID", sid, at=0.3, txn=(TXN_RANK, sid))
        kv(p, "UTR", utr, at=0.3, txn=(UTR_RANK, utr))
        kv(p, "Mode", "NEFT", at=0.3, method="netbanking")
        kv(p, "Settled on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), at=0.3, date=j.date)
        return p.done()
    if frame == "reply":
        p = mail_page(
            rng,
            font,
            "Accounts - Ikat Studio <accounts@ikatstudio.in>",
            ["Re: Balance for the Thia Badhia panels", "Re: Payment for invoice"],
        )
        p.part = "body"
        p.add("left", "Dear Sir,")
        p.add(
            "left",
            f"We have transferred {rs(j.amount)} by NEFT on {day_in(j, rng, ['{d} %B %Y', '%d.%m.%Y'])} "
            "towards the balance for the four Thia Badhia panels. Please confirm once it is received.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        name = pick(p, "left", [f"Beneficiary: {payee}", f"Beneficiary: {SHORT}"])[13:]
        p.add("left", f"Beneficiary: {name}", merchant=name)
        p.add("gap")
        p.add("left", "Regards,")
        p.add("left", "Sowmya Reddy, Ikat Studio Interiors LLP, Jubilee Hills")
        p.add("gap")
        asked = earlier(rng, j, 3, 12)
        p.add("left", f"On {when(asked, '%a, {d} %b %Y')} at {hhmm(rng)}, {SHORT} <accounts@{WEB}> wrote:")
        s = len(p.rows)
        inv = f"RCS/{fy(j.date)}/{rng.randrange(30, 300):03d}"
        for text in [
            "Dear Madam, the four panels are packed and ready to leave Raghurajpur.",
            f"Balance due: Rs. {num(j.amount)} (our invoice {inv}).",
            f"Bank: Indian Overseas Bank, Puri, A/c XXXXXXXX{digits(rng, 4)}, IFSC IOBA000{digits(rng, 4)}.",
            "We will hand them to the carrier as soon as the balance reaches us.",
        ]:
            p.add("left", text)
        callout(p, s, (150, 150, 160))
        return p.done()
    if frame == "otdc":
        p = browser_page(rng, font, "vendor.otdc.odisha.gov.in/bills/status")
        p.part = "head"
        top(p, pick(p, "title", [payer, "OTDC Ltd"]))
        p.add("small", "Vendor portal  |  Bill payment status")
        p.add("rule")
        p.part = "body"
        track(p, ["Bill received", "Verified", "Approved", "Sent to bank", "Credited"], "dddpt")
        pill(p, "Payment in process", status, align="l")
        p.add("gap")
        gross = round(j.amount / 0.98, 2)
        pref = f"OTDC/PAY/{j.date.year}/{rng.randrange(1000, 9999)}"
        name = h273_cell(p, 0.66, [payee, SHORT], scale=1.0)
        kv(p, "Vendor", name, at=0.34, merchant=name)
        kv(p, "Vendor code", f"V{rng.randrange(10000, 99999)}", at=0.34)
        kv(p, "Invoice No.", f"RCS/{fy(j.date)}/{rng.randrange(30, 300):03d}", at=0.34)
        kv(p, "Invoice amount", num(gross), at=0.34)
        kv(p, "TDS u/s 194C (2%)", num(gross - j.amount), at=0.34)
        kv(p, "Net payable", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Mode", "NEFT (through SBI CMP)", at=0.34, method="netbanking")
        kv(p, "Payment reference", pref, at=0.34, txn=(TXN_RANK, pref))
        kv(p, "Initiated on", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.34, date=j.date)
        p.add("small", "Credit to the vendor's account is expected within two working days.")
        return p.done()
    if frame == "iob":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, "Indian Overseas Bank")
        p.add("small", "Puri Branch, Grand Road, Puri - 752001  |  Good people to grow with")
        p.add("center", "CREDIT ADVICE")
        p.add("rule")
        p.part = "body"
        name = pick(p, "left", [f"A/c Name : {payee}", f"A/c Name : {SHORT}"])[11:]
        p.add("left", f"A/c Name : {name}", merchant=name)
        p.add("left", f"A/c No.  : XXXXXXXX{digits(rng, 4)}   (Current Account)")
        p.add("gap")
        p.add(
            "left",
            "Dear Customer, your account has been credited with the inward remittance below.",
            status=status,
        )
        p.add("gap")
        utr = utr_for(rng, j, "HDFC Bank", way)
        grid(
            p,
            "io",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["Remitter", f"{payer}, Mumbai"], {}),
                (["Remitter's bank", "HDFC Bank, Lower Parel, Mumbai"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Value date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Mode", f"{way} inward"], {"method": "netbanking"}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Sender to receiver info", "INV RCS PATTACHITRA PANELS"], {}),
            ],
        )
        p.add("gap")
        p.add("small", "This is a computer generated advice and needs no signature.")
        return p.done()
    p = phone(rng, font, k, ["", "Payment Made"], dark=False, buttons=("Share PDF",))
    band(p, (34, 108, 204))
    app_head(p, "Zoho Books", clip(payer, 30))
    pill(p, "PAID", status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    name = pick(p, "left", [payee, SHORT])
    lab(p, "Paid To")
    p.add("left", name, merchant=name)
    lab(p, "Paid")
    p.add("left", f"Yesterday, {hhmm(rng)}")
    lab(p, "Paid Through")
    p.add("left", "HDFC Bank - Current Account")
    lab(p, "Payment Mode")
    p.add("left", "Bank Transfer (IMPS)", method="netbanking")
    lab(p, "Reference#")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    pno = str(rng.randrange(12, 240))
    lab(p, "Payment #")
    p.add("left", pno, txn=(INVOICE_RANK, pno))
    return p.done()


# ---------------------------------------------------------------- 3. collectors abroad


# remitter, town, currency, sum (low, high), the frame
COLLECTORS = [
    ("Pine Street Folk Gallery LLC", "Boston, United States", "USD", 1500, 9000, "payoneer"),
    ("Galerie Weltkunst Zürich AG", "Zürich, Switzerland", "CHF", 1200, 8000, "postfinance"),
    ("Galerie Ostwind GmbH", "Berlin, Germany", "EUR", 1500, 9000, "deutsche"),
    ("Lotus Lane Crafts Pte Ltd", "Singapore", "SGD", 1500, 10000, "dbs"),
    ("Ms. Haruka Tanaka", "Kyoto, Japan", "JPY", 90000, 600000, "postcard"),
    ("Southbank Folk Art Pty Ltd", "Melbourne, Australia", "AUD", 1500, 9000, "commbank"),
    ("Al Barsha Art House LLC", "Dubai, United Arab Emirates", "AED", 4000, 30000, "enbd"),
    ("Maple Leaf Craft Collective Inc.", "Toronto, Canada", "CAD", 1500, 9000, "rbc"),
]
FX = {"USD": 88.3, "CHF": 101.4, "EUR": 97.2, "SGD": 66.1, "JPY": 0.58, "AUD": 57.4, "AED": 24.0, "CAD": 63.2}


def german(day: dt.date) -> str:
    """A day as a German letter writes it: 12. März 2026."""
    return f"{day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}"


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: Swiss francs with an apostrophe between the thousands (2'450.00),
    euros the German way (3.450,00), yen whole, the rest with a code or sign and English grouping."""
    if cur == "CHF":
        form = rng.choice(["CHF {v}", "{v} CHF"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", "'"))
    if cur == "EUR":
        form = rng.choice(["{v} EUR", "{v} " + sign(font, "\u20ac", "EUR"), "EUR {v}"])
        return lambda v: form.format(v=f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", "."))
    if cur == "JPY":
        form = rng.choice([sign(font, "\u00a5", "JPY ") + "{v}", "{v} yen", "JPY {v}"])
        return lambda v: form.format(v=f"{v:,.0f}")
    form = rng.choice(
        {
            "USD": ["USD {v}", "US$ {v}", "${v}"],
            "SGD": ["SGD {v}", "S${v}"],
            "AUD": ["AUD {v}", "A${v}"],
            "AED": ["AED {v}"],
            "CAD": ["CAD {v}", "C${v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Boston gallery, a Zurich gallery, a Berlin gallery, a Singapore shop, a Kyoto collector, a Melbourne
    shop, a Dubai art house and a Toronto collective paying for paintings: Payoneer's mail of a payment
    received (its sentence, Account holder, Payment ID, Payment method, Received on); PostFinance's payment
    in process in German and English ("Ausführung / Execution: heute"; no day); Deutsche Bank's
    Zahlungsbestätigung (the day in German in its sentence, a table ruled on every side: Empfänger / Payee,
    Betrag / Amount the German way, Auftragsreferenz); DBS IDEAL's telegraphic transfer (a track of its
    steps, dot leaders); a Kyoto collector's postcard written by hand (the message at the left, the samiti's
    address at the right under a stamp; no reference); CommBank's transfer sent; Emirates NBD's transfer
    failed, its details two to a row; RBC's mail of an international money transfer sent (a striped table).
    All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    payer, city, cur, lo, hi, frame = COLLECTORS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    me = rng.choice([SAMITI, SAMITI_CAPS])
    inv = f"RCS/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    acct_no = digits(rng, 15)
    if frame == "payoneer":
        p = mail_page(rng, font, "Payoneer <no-reply@payoneer.com>", ["You've received a payment"])
        p.part = "head"
        top(p, "Payoneer")
        p.add("rule")
        p.part = "body"
        p.add("left", "Hello,")
        p.add(
            "left",
            f"You've received a payment of {show(j.amount)} from {payer}. It is now in your USD balance.",
            amount=j.amount,
            cur=cur,
            status=status,
        )
        p.add("gap")
        pid = str(rng.randrange(10**11, 10**12))
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        name = pick(p, "left", [me, SHORT])
        colkv(p, "py", spec, "Account holder", name, merchant=name)
        colkv(p, "py", spec, "Amount", show(j.amount))
        colkv(p, "py", spec, "Payment ID", pid, txn=(TXN_RANK, pid))
        colkv(
            p,
            "py",
            spec,
            "Payment method",
            "ACH bank transfer to your USD receiving account",
            method="netbanking",
        )
        colkv(p, "py", spec, "Received on", day_in(j, rng, ["%b {d}, %Y", "{d} %b %Y"]), date=j.date)
        colkv(p, "py", spec, "Description", f"Invoice {inv}")
        p.add("gap")
        p.add(
            "small", "Withdraw to your Indian bank account any time from Balances. Payoneer Inc., New York."
        )
        return p.done()
    if frame == "postfinance":
        p = phone(rng, font, k, ["", "Zahlung"], dark=False, buttons=("Schliessen / Close",))
        band(p, (255, 204, 0), ink=(20, 20, 20))
        app_head(p, "PostFinance", "Zahlungen / Payments")
        halo(p, status)
        p.add("center", "Zahlung in Bearbeitung", status=status)
        p.add("small", "Payment being processed")
        p.accent(AMBER)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"an {me}", f"an {CUT}"])[3:]
        p.add("center", f"an {name}", merchant=name)
        p.add("small", f"Ausführung / Execution: heute, {hhmm(rng, twelve=False)}")
        p.add("rule")
        ref = f"PF{digits(rng, 4)}-{code(rng, 6, ALNUM)}"
        for label, value, facts in [
            ("Empfängerbank / Recipient bank", "Indian Overseas Bank, Puri (IOBAINBB)", {}),
            ("Zahlungsart / Type", "SWIFT-Zahlung, Spesen geteilt (SHA)", {"method": "netbanking"}),
            ("Referenz / Reference", ref, {"txn": (BANK_RANK, ref)}),
            ("Mitteilung / Message", f"Rechnung {inv}", {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "deutsche":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, "Deutsche Bank")
        p.add("small", "Deutsche Bank AG, Filiale Berlin-Mitte  |  Auslandszahlungsverkehr")
        p.add("rule")
        p.part = "body"
        p.add("right", f"Berlin, {german(j.date + dt.timedelta(days=rng.randrange(1, 4)))}")
        p.add("left", payer)
        p.add("left", "Friedrichstraße 112, 10117 Berlin")
        p.add("gap")
        p.add("left", "Zahlungsbestätigung / Payment confirmation")
        p.add(
            "left",
            f"Ihr Auslandsauftrag wurde am {german(j.date)} ausgeführt. / Your foreign payment order has "
            "been executed.",
            date=j.date,
            status=status,
        )
        p.add("gap")
        ref = f"DB{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
        name = h273_cell(p, 0.6, [me, SHORT, CUT], scale=1.0)
        grid(
            p,
            "de",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Empfänger / Payee", name], {"merchant": name}),
                (["Bank des Empfängers", "Indian Overseas Bank, Puri, Indien"], {}),
                (["Konto / Account", acct_no], {}),
                (["BIC", "IOBAINBB001"], {}),
                (["Betrag / Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Entgelt / Charges", "SHA (geteilt)"], {"method": "netbanking"}),
                (["Verwendungszweck", f"Rechnung {inv}"], {}),
                (["Auftragsreferenz", ref], {"txn": (BANK_RANK, ref)}),
            ],
        )
        p.add("gap")
        p.add("small", "Diese Bestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.")
        return p.done()
    if frame == "dbs":
        p = browser_page(rng, font, "ideal.dbs.com/transaction/inquiry/details")
        p.part = "head"
        top(p, "DBS IDEAL")
        p.add("small", f"{payer}  |  Telegraphic Transfer")
        p.add("rule")
        p.part = "body"
        track(p, ["Created", "Approved", "Sent", "Completed"], "dddd")
        p.add("left", "Status: Completed - funds credited to the beneficiary's bank", status=status)
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 8)}"
        name = pick(p, "right", [me, SHORT])
        dots(p, "Beneficiary Name", name, at=0.36, merchant=name)
        dots(p, "Beneficiary Bank", "Indian Overseas Bank, India", at=0.36)
        dots(p, "Amount", show(j.amount), at=0.36, bold=True, amount=j.amount, cur=cur)
        dots(p, "Value Date", day_in(j, rng, ["{d} %b %Y", "%d/%m/%Y"]), at=0.36, date=j.date)
        dots(p, "Payment Type", "Telegraphic Transfer (TT)", at=0.36, method="netbanking")
        dots(p, "Bank Reference", ref, at=0.36, txn=(BANK_RANK, ref))
        dots(p, "Customer Reference", f"INV {inv[-6:]}", at=0.36)
        return p.done()
    if frame == "postcard":
        p = paper_page(rng, font, [800])
        p.style["paper"] = rng.choice([(250, 246, 236), (246, 242, 230)])
        p.style["size"] = rng.choice([19, 20])
        p.part = "body"
        hand_pen(p)
        split = 0.56
        start = len(p.rows)
        name1, name2 = "Raghurajpur Chitrakar", "Samabaya Samiti Ltd"
        day = day_in(j, rng, ["{d} %B %Y", "%B {d}, %Y"])
        lines = [
            ("Dear friends at Raghurajpur,", "", {}),
            ("The Thia Badhia reached us safely", "", {}),
            ("and now hangs in our tea room.", "", {}),
            ("Thank you for the careful packing!", "To,", {}),
            (
                f"I sent {show(j.amount)} by Japan Post",
                name1,
                {"amount": j.amount, "cur": cur, "status": status, "merchant": f"{name1} {name2}"},
            ),
            (f"Bank remittance on {day}", name2, {"date": j.date, "method": "netbanking"}),
            ("for the balance. Please tell me", "Raghurajpur, P.O. Chandanpur", {}),
            ("when it reaches you.", "Dist. Puri, Odisha 752012", {}),
            ("With warm regards,", "INDIA", {}),
            ("Haruka Tanaka, Kyoto", "", {}),
        ]
        for left, right_, facts in lines:
            two(p, left, right_, split=split, pen_right=True, **facts)
        postcard(p, start, split, "NIPPON")
        p.add("gap")
        return p.done()
    if frame == "commbank":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Done",))
        band(p, (255, 204, 0), ink=(20, 20, 20))
        app_head(p, "CommBank", "International money transfer")
        halo(p, status)
        p.add("center", "Transfer sent", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Usually arrives in 1 to 2 business days")
        p.add("rule")
        rno = f"N{j.date:%m%d}{digits(rng, 8)}"
        kvr(p, "When", day_in(j, rng, ["{d} %b %Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "From", f"Business Trans Acct {digits(rng, 2)} {digits(rng, 4)}")
        kvr(p, "Receipt number", rno, txn=(BANK_RANK, rno))
        kvr(p, "Transfer type", "International (SWIFT)", method="netbanking")
        kvr(p, "Their bank", "Indian Overseas Bank")
        kvr(p, "Reference", clip(f"PATTACHITRA {inv[-6:]}", 22))
        return p.done()
    if frame == "enbd":
        p = browser_page(rng, font, "businessonline.emiratesnbd.com/transfers/status")
        p.part = "head"
        top(p, "Emirates NBD")
        p.add("small", f"Business Online  |  {payer}")
        p.add("rule")
        p.part = "body"
        pill(p, "Transfer failed", status, align="l")
        p.add("left", "The beneficiary's bank returned the funds: the account number is not valid.")
        p.add("gap")
        ref = f"ENBD{digits(rng, 12)}"
        name = pick(p, "left", [me, SHORT])
        lab(p, "Beneficiary")
        p.add("left", name, merchant=name)
        two_up(
            p,
            "en",
            ("Amount", show(j.amount)),
            ("Transfer type", "SWIFT, charges SHA"),
            amount=j.amount,
            cur=cur,
            method="netbanking",
        )
        two_up(
            p,
            "en",
            ("Value date", day_in(j, rng, ["%d/%m/%Y", "{d} %b %Y"])),
            ("Reference", ref),
            date=j.date,
            txn=(BANK_RANK, ref),
        )
        two_up(p, "en", ("Beneficiary bank", "Indian Overseas Bank"), ("Purpose", "Purchase of handicrafts"))
        p.add("small", "The amount, less the correspondent bank's charges, is back in your account.")
        return p.done()
    p = mail_page(
        rng, font, "RBC Royal Bank <noreply@rbc.com>", ["International Money Transfer - Confirmation"]
    )
    p.part = "head"
    top(p, "RBC Royal Bank")
    p.add("rule")
    p.part = "body"
    p.add("left", "Your International Money Transfer has been sent.", status=status)
    p.add("gap")
    conf = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
    name = h273_cell(p, 0.58, [me, SHORT, CUT])
    zebra(
        p,
        "rb",
        [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
        ["Transfer details", ""],
        [
            (["Confirmation #", conf], {"txn": (BANK_RANK, conf)}),
            (["Date sent", day_in(j, rng, ["%b {d}, %Y", "%Y-%m-%d"])], {"date": j.date}),
            (["Amount sent", show(j.amount)], {"amount": j.amount, "cur": cur}),
            (["Exchange rate", f"1 CAD = {rate:.4f} INR"], {}),
            (["Recipient gets", f"INR {num(j.amount * rate, 'western')}"], {}),
            (["Recipient", name], {"merchant": name}),
            (["Recipient's bank", "Indian Overseas Bank, Puri"], {}),
            (["Transfer fee", "CAD 15.00"], {}),
            (["Method", "SWIFT wire"], {"method": "netbanking"}),
        ],
        (0, 81, 165),
    )
    p.add("gap")
    p.add("left", f"Sent from: {payer}, {city}")
    p.add("small", "Royal Bank of Canada. Please keep this confirmation for your records.")
    return p.done()


# ---------------------------------------------------------------- 4. the samiti's own receipts and bills


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The samiti's own papers, each its unit or itself on top: the Bhubaneswar outlet's TAX INVOICE from a
    thermal printer on a torn roll under its Odia name (BILL:, the paintings, CGST and SGST, TOTAL, PAID BY
    UPI, UPI REF, its thanks in Odia); the Kala Kendra's WORKSHOP RECEIPT on a palm leaf's ground (Receipt No.
    beside Date:, Participants, Total received, Paid in Cash); the outlet's memo taped into the file and
    filled in by hand (its number never filled; the paintings and their sums written, Total Rs. in a box,
    "Paid by GPay"); the web shop's mail of an order confirmed (Total paid, Order number, Order date, Payment,
    Payment ID); the web shop's UPI collect request expired (a cross in its rings); a GIFT VOUCHER in a
    Pattachitra's border ("Valid till"; no day); a MONEY RECEIPT for a cheque with its corner folded over,
    its labels in English and Odia on one line; Vyapar's TAX INVOICE (Received, Balance, Payment Mode, UPI
    Ref). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=2500, high=60000, p_round=0.8)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = screen(rng, font, width=rng.choice([480, 500, 520]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.86
        p.part = "head"
        odia(p, OUTLET_OD, scale=1.05, bold=True)
        name = pick(p, "center", [OUTLET_CAPS, "PATTA GHAR"])
        p.add("center", name, merchant=name)
        p.add("small", "Ekamra Haat, Bhubaneswar - 751001")
        p.add("small", f"GSTIN {GSTIN}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        w_ = min(tt_cols(p), 36)
        items = paintings(rng, rng.randrange(1, 3), high=26000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = float(round(taxable + 2 * gst))
        bill = f"PG{rng.randrange(1000, 9999)}"

        def line(left: str, right_: str = "", **facts) -> None:
            typed(p, f"{left}{right_:>{w_ - len(left)}}" if right_ else left, scale=0.86, **facts)

        line(f"BILL: {bill}", when(j.date, "%d/%m/%Y"), txn=(INVOICE_RANK, bill), date=j.date)
        line(f"TIME: {hhmm(rng, twelve=False)}", f"CASHIER: {rng.choice(['SWAIN', 'DAS', 'PARIDA'])}")
        line("-" * w_)
        for name_, hsn, q, pr in items:
            line(clip(name_.upper(), w_))
            line(f"  {q} x {num(pr, 'plain')}  HSN {hsn}", num(q * pr, "plain"))
        line("-" * w_)
        line("TAXABLE", num(taxable, "plain"))
        line("CGST 2.5%", num(gst, "plain"))
        line("SGST 2.5%", num(gst, "plain"))
        line("ROUND OFF", num(j.amount - taxable - 2 * gst, "plain"))
        line("TOTAL RS.", num(j.amount, "indian"), amount=j.amount)
        line("-" * w_)
        line("PAID BY UPI (PAYTM)", method="UPI", status=status)
        line(f"UPI REF {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        odia(p, "ଧନ୍ୟବାଦ, ପୁଣି ଆସିବେ", scale=0.95)
        p.add("small", "Thank you, visit again. Goods once sold are not taken back.")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [780, 820])
        decor(p, "palm")
        p.part = "head"
        p.add("gap")
        odia(p, KENDRA_OD, scale=1.1, bold=True)
        top(p, KENDRA, merchant=KENDRA)
        p.add("small", f"Heritage Crafts Village, Raghurajpur, Puri  |  A unit of {SHORT}")
        p.add("center", "WORKSHOP RECEIPT")
        p.part = "body"
        p.add("gap")
        no = f"KK/{j.date:%y}/{rng.randrange(100, 999):04d}"
        pax = rng.randrange(1, 5)
        fee = float(rng.choice([1200, 1500, 1800]))
        j.amount = pax * fee
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(
            p,
            "kk",
            spec,
            f"Receipt No. {no}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '{d} %b %Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        spec2 = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        cols(p, "kv", spec2, "Visitor", who)
        cols(p, "kv", spec2, "Workshop", "Patta painting in natural colours, 3 hours")
        cols(p, "kv", spec2, "Participants", f"{pax} x Rs. {num(fee, 'indian', 0)}")
        total(p, "Total received", rs(j.amount), at=0.6, amount=j.amount)
        cols(p, "kv", spec2, "Paid in", "Cash", method="cash")
        p.add(
            "left", "Received with thanks. Colours, brushes and a patta to take home included.", status=status
        )
        right(p, f"for {KENDRA}")
        p.add("gap")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(252, 250, 240), (248, 246, 236)])
        decor(p, "tape")
        p.part = "head"
        p.add("gap")
        odia(p, "ଜୟ ଜଗନ୍ନାଥ", scale=0.9)
        top(p, OUTLET_CAPS, merchant=OUTLET_CAPS)
        p.add("small", OUTLET_AT)
        p.add("center", "CASH / CREDIT MEMO")
        p.part = "body"
        p.add("left", "No. ...............")
        blank(p, "Date", day_in(j, rng, ["%d/%m/%y", "{d}.%m.%Y"]), date=j.date)
        blank(p, "M/s", who)
        p.add("gap")
        picks = [
            ("Jagannath patta 12x18", 2400, 4800),
            ("Dashavatara patta", 4500, 8800),
            ("Palm leaf, Ganesh", 1800, 3600),
            ("Ganjifa cards, 1 set", 6000, 9800),
            ("Painted coconut, pair", 900, 1600),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(picks, rng.randrange(2, 4)):
            v = float(rng.randrange(lo, hi, 50))
            two(p, text, f"{num(v, 'indian', 0)}/-", split=0.7, pen_right=True)
            total_ += v
        j.amount = total_
        p.add("gap")
        amtbox(p, "Total Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Paid by GPay - recd.", method="UPI", status=status)
        write(p, rng.choice(["P. Swain", "Sushanta", "B. Parida"]), align="r")
        return p.done()
    if k == 3:
        order = f"RP{rng.randrange(1000, 9999)}"
        p = mail_page(
            rng,
            font,
            f"{WEB_NAME} <orders@{WEB}>",
            [f"Order #{order} confirmed", f"Thank you for your order #{order}"],
        )
        p.part = "head"
        top(p, WEB_NAME, merchant=WEB_NAME)
        p.add("small", f"{WEB}  |  Pattachitra from the painters of Raghurajpur")
        p.add("rule")
        p.part = "body"
        first = who.split(". ", 1)[1].split()[0]
        p.add("left", f"Namaskar {first},")
        p.add(
            "left",
            "Thank you! We have received your payment and your order is confirmed. The painters will wrap it "
            "in cotton cloth and pack it in a wooden crate.",
            status=status,
        )
        p.add("gap")
        items = paintings(rng, rng.randrange(1, 3), high=30000)
        ship = float(rng.choice([0, 350, 600]))
        j.amount = round(sum(q * pr for _, _, q, pr in items) + ship, 2)
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        for name_, _, q, pr in items:
            cols(p, "wo", spec, clip(name_, 44), rs(q * pr))
        cols(p, "wo", spec, "Shipping (insured)", rs(ship) if ship else "Free")
        total(p, "Total paid", rs(j.amount), at=0.6, amount=j.amount)
        pay = f"pay_{code(rng, 14, MIXED)}"
        spec2 = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "wp", spec2, "Order number", f"#{order}", txn=(ORDER_RANK, f"#{order}"))
        cols(p, "wp", spec2, "Order date", day_in(j, rng, ["{d} %B %Y", "%d %b %Y"]), date=j.date)
        cols(p, "wp", spec2, "Payment", "Razorpay - UPI", method="UPI")
        cols(p, "wp", spec2, "Payment ID", pay, txn=(TXN_RANK, pay))
        p.add("gap")
        p.add("left", "We will send the tracking number when the crate leaves Raghurajpur.")
        return p.done()
    if k == 4:
        order = f"RP{rng.randrange(1000, 9999)}"
        p = browser_page(rng, font, f"{WEB}/checkout/{order.lower()}/pay")
        p.part = "head"
        top(p, WEB_NAME, merchant=WEB_NAME)
        p.add("small", "Secure checkout  |  Pay by UPI")
        p.add("rule")
        p.part = "body"
        halo(p, status)
        p.add("center", "UPI request expired", status=status)
        p.accent(RED)
        p.add(
            "small",
            "We sent a collect request to your UPI app but it was not approved within 10 minutes. "
            "No money was taken.",
        )
        p.add("gap")
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        their = rng.choice(["ira.d@okicici", "naina.bhatia@ybl", "meerak@okaxis"])
        cols(p, "ue", spec, "Order", f"#{order}", txn=(ORDER_RANK, f"#{order}"))
        cols(p, "ue", spec, "Amount", rs(j.amount), amount=j.amount)
        cols(p, "ue", spec, "Payment method", "UPI collect request", method="UPI")
        cols(p, "ue", spec, "Your UPI ID", their)
        cols(
            p,
            "ue",
            spec,
            "Request sent",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            date=j.date,
        )
        p.add("left", "Try again with the QR code or pay by card. Your cart is saved.")
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [720, 760])
        decor(p, "patta")
        p.part = "head"
        p.add("gap")
        odia(p, OUTLET_OD, scale=1.0, bold=True)
        top(p, OUTLET, merchant=OUTLET)
        p.add("center", "GIFT VOUCHER")
        p.part = "body"
        j.amount = float(rng.choice([2000, 3000, 5000, 7500, 10000]))
        vno = f"GV-{rng.randrange(100, 999):04d}"
        appr = digits(rng, 6)
        p.add("center", f"Voucher No. {vno}", txn=(INVOICE_RANK, vno))
        p.add("big", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("center", "Redeemable against any painting at the outlet or on the web shop.")
        p.add("center", f"Valid till 31 March {j.date.year + 1}")
        p.add("rule")
        p.add(
            "left",
            f"Received Rs. {num(j.amount, 'indian', 0)}/- from {who} by card "
            f"({rng.choice(['Visa', 'RuPay', 'Mastercard'])} XX{digits(rng, 4)}), appr. {appr}.",
            status=status,
            method="card",
            txn=(APPR_RANK, appr),
        )
        right(p, f"for {OUTLET}")
        p.add("gap")
        p.add("gap")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [740, 780])
        decor(p, "dogear")
        p.part = "head"
        odia(p, SAMITI_OD, scale=0.95, bold=True)
        name = pick(p, "title", [SAMITI, SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{REGD}  |  {OFFICE}")
        p.add("center", "MONEY RECEIPT")
        p.part = "body"
        no = str(rng.randrange(300, 999))
        cheque = str(rng.randrange(100000, 999999))
        cols(
            p,
            "mr",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {no}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("gap")
        j.amount = float(rng.randrange(12000, 90000, 500))
        dated = when(j.date - dt.timedelta(days=rng.randrange(0, 3)), "%d/%m/%y")
        olab(p, "Received from", "ପ୍ରାପ୍ତ", "Ikat Studio Interiors LLP", pen=True, at=0.4)
        olab(p, "Rupees", "ଟଙ୍କା", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, at=0.4, amount=j.amount)
        olab(p, "By cheque no.", "ଚେକ୍", f"{cheque} dt. {dated}", pen=True, at=0.4, method="cheque")
        olab(p, "Drawn on", "ବ୍ୟାଙ୍କ", "HDFC Bank, Jubilee Hills", pen=True, at=0.4)
        olab(p, "Towards", "ବାବଦ", "Advance, Kanchi Abhijana", pen=True, at=0.4)
        p.add("gap")
        p.add("left", "Subject to realisation of the cheque.", status=status)
        sig(p)
        right(p, "Secretary")
        return p.done()
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    kind(p, "vyh", [(0.0, 0.72, "l"), (0.72, 1.0, "r")], bold=(0, 1))
    name = h273_cell(p, 0.72, [SAMITI, SHORT], scale=1.0)
    row(p, "vyh", name, "Tax Invoice", merchant=name)
    p.add("small", f"{OFFICE}  |  GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    inv = str(rng.randrange(40, 400))
    spec = [(0.0, 0.55, "l"), (0.55, 1.0, "r")]
    cols(p, "vy", spec, "Bill To", f"Invoice No.: {inv}", txn=(INVOICE_RANK, inv))
    cols(p, "vy", spec, who, f"Date: {day_in(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}", date=j.date)
    p.add("gap")
    items = paintings(rng, rng.randrange(1, 3), high=40000)
    taxable = sum(q * pr for _, _, q, pr in items)
    gst = round(taxable * 0.025, 2)
    j.amount = round(taxable + 2 * gst, 2)
    grid(
        p,
        "vi",
        [(0.0, 0.06, "c"), (0.06, 0.6, "l"), (0.6, 0.72, "c"), (0.72, 0.8, "c"), (0.8, 1.0, "r")],
        ["#", "Item name", "HSN", "Qty", "Amount"],
        [
            ([str(n + 1), clip(nm, 38), hsn, str(q), num(q * pr)], {})
            for n, (nm, hsn, q, pr) in enumerate(items)
        ],
        tint=(222, 232, 246),
    )
    spec2 = [(0.0, 0.72, "r"), (0.72, 1.0, "r")]
    cols(p, "vt", spec2, "Sub Total", num(taxable))
    cols(p, "vt", spec2, "CGST @2.5%", num(gst))
    cols(p, "vt", spec2, "SGST @2.5%", num(gst))
    total(p, "Total", rs(j.amount), at=0.6)
    cols(p, "vt", spec2, "Received", rs(j.amount), amount=j.amount, status=status)
    cols(p, "vt", spec2, "Balance", rs(0.0))
    p.add("gap")
    spec3 = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
    cols(p, "vp", spec3, "Payment Mode", "UPI", method="UPI")
    cols(p, "vp", spec3, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
    p.add("small", f"Invoice amount in words: {words_in_rupees(j.amount)}")
    p.add("small", "Generated with Vyapar. Thank you for supporting the painters of Raghurajpur.")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The samiti's suppliers, each on top of its own paper: a Gopalpur tussar house's TAX INVOICE under its
    oval PAID stamp with the day, the UTR written beside it; Puri's colour shop's bill written in Odia in a
    spiral-bound bill book (its Date left blank; no day); Moglix's payment pending (a clock of dots in its
    rings, Sold by, the order's details two to a row); DTDC's booking receipt on a torn roll (CN NO, TOTAL,
    PAID : UPI, UPI REF); GoDaddy's receipt mail (Receipt #, IGST 18%, Amount charged); Flipkart Wholesale's
    failed payment (a cross in its rings, Sold by); a carpenter's bill filled in by hand under a paper clip
    (no number; no reference); a brush maker's BILL OF SUPPLY (a table ruled on every side, the sum received
    by UPI in a sentence). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=2500, high=80000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        name = "MAA TARINI TUSSAR BASTRALAYA"
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Tussar silk weavers  |  Gopalpur, Dist. Jajpur, Odisha - 755010  |  GSTIN {gstin_of(rng)}",
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"MTB/{fy(j.date)}/{rng.randrange(40, 400):03d}"
        cols(
            p,
            "mt",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {when(earlier(rng, j, 4, 20), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {SAMITI}, Raghurajpur")
        p.add("gap")
        spec = [(0.0, 0.5, "l"), (0.5, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        kind(p, "mth", spec, "soft", bold=(0, 1, 2, 3))
        kind(p, "mtr", spec, "line")
        row(p, "mth", "Description", "Metres", "Rate", "Amount")
        gross = 0.0
        for text, lo, hi in [
            ("Tussar silk, plain, 44 in", 480, 640),
            ("Tussar silk, khadi weave, 50 in", 560, 760),
        ]:
            q, rate = rng.randrange(12, 48), float(rng.randrange(lo, hi, 10))
            row(p, "mtr", text, str(q), num(rate, "plain"), num(q * rate, "plain"))
            gross += q * rate
        gst = round(gross * 0.025, 2)
        j.amount = round(gross + 2 * gst, 2)
        spec2 = [(0.0, 0.8, "r"), (0.8, 1.0, "r")]
        cols(p, "mtt", spec2, "CGST 2.5%", num(gst, "plain"))
        cols(p, "mtt", spec2, "SGST 2.5%", num(gst, "plain"))
        total(p, "Total Rs.", num(j.amount), at=0.6, amount=j.amount)
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        oval(
            p,
            [name, f"PAID {when(j.date, '%d %b %Y').upper()}", "GOPALPUR, JAJPUR"],
            "red",
            at=0.32,
            status=status,
            date=j.date,
        )
        write(p, f"by NEFT, UTR {utr}", method="netbanking", txn=(UTR_RANK, utr))
        right(p, f"For {name}")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 248, 236), (246, 244, 232)])
        decor(p, "spiral")
        p.part = "head"
        p.add("gap")
        odia(p, "ଜୟ ଜଗନ୍ନାଥ", scale=0.85)
        name = "JAGANNATH RANGA BHANDAR"
        top(p, name, merchant=name)
        odia(p, "ଜଗନ୍ନାଥ ରଙ୍ଗ ଭଣ୍ଡାର, ବଡ଼ଦାଣ୍ଡ, ପୁରୀ", scale=0.95)
        p.add(
            "small",
            "Natural colours for patta painting  |  Bada Danda, Puri  |  Ph. 06752 2" + digits(rng, 5),
        )
        p.part = "body"
        no = str(rng.randrange(200, 900))
        cols(
            p,
            "rb",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Bill No. {no}",
            "Date: ...................",
            txn=(INVOICE_RANK, no),
        )
        p.add("gap")
        picks = [
            ("ହିଙ୍ଗୁଳ ପଥର", "kg", 2, 6, 900, 1400),
            ("ହରିତାଳ", "kg", 1, 4, 700, 1100),
            ("ଶଙ୍ଖ ଗୁଣ୍ଡ", "kg", 2, 8, 180, 320),
            ("କଇଥ ଅଠା", "kg", 2, 6, 240, 420),
            ("ଦୀପ କଳା", "tin", 2, 10, 60, 140),
            ("ନୀଳ", "kg", 1, 3, 1200, 1800),
        ]
        total_ = 0.0
        for text, unit, qlo, qhi, lo, hi in rng.sample(picks, 4):
            q = rng.randrange(qlo, qhi)
            v = float(q * rng.randrange(lo, hi, 10))
            ohand(p, f"{text} {q} {unit}", figure=num(v, "indian", 0))
            total_ += v
        j.amount = total_
        ohand(p, "ମୋଟ", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ohand(p, "ନଗଦ ପାଇଲି", method="cash", status=status)
        write(p, "G. Sahu", align="r")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Order payment"], dark=False, buttons=("Track payment",))
        band(p, (230, 74, 25))
        app_head(p, "Moglix", "Business purchases")
        halo(p, status)
        p.add("center", "Payment pending", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        seller = "Kalinga Art Materials"
        p.add("center", f"Sold by {seller}", merchant=seller)
        p.add("small", "Your bank has not confirmed the payment yet. We will hold your order for 24 hours.")
        p.add("rule")
        oid = f"MOG{digits(rng, 9)}"
        pid = f"MPAY{j.date:%y%m%d}{digits(rng, 6)}"
        two_up(p, "mg", ("Order ID", oid), ("Payment ID", pid), txn=(TXN_RANK, pid))
        two_up(
            p,
            "mg",
            ("Paid via", "Net Banking - SBI"),
            ("Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))),
            method="netbanking",
            date=j.date,
        )
        p.add("left", "Items: sable brushes, set of 12 x 3; A2 mount board x 20")
        return p.done()
    if k == 3:
        p = screen(rng, font, width=rng.choice([460, 480, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        name = "DTDC EXPRESS LTD"
        p.add("center", name, merchant=name)
        p.add("small", "Franchise: Grand Road, Puri - 752001")
        p.add("center", "BOOKING RECEIPT")
        p.add("rule")
        p.part = "body"
        w_ = min(tt_cols(p), 34)
        freight = float(rng.randrange(420, 1600, 10))
        fuel = round(freight * 0.12, 2)
        gst = round((freight + fuel) * 0.18, 2)
        j.amount = round(freight + fuel + gst, 2)
        for text, facts in [
            (f"CN NO   : {rng.choice('DZV')}{digits(rng, 9)}", {}),
            (f"DATE    : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", {"date": j.date}),
            (f"DEST    : {rng.choice(['BENGALURU', 'MUMBAI', 'NEW DELHI', 'CHENNAI'])}", {}),
            ("SERVICE : PRIORITY", {}),
            (f"PCS/WT  : {rng.randrange(1, 4)} / {rng.randrange(2, 14)}.{digits(rng, 3)} KG", {}),
            (f"FREIGHT : {freight:.2f}", {}),
            (f"FUEL SC : {fuel:.2f}", {}),
            (f"GST 18% : {gst:.2f}", {}),
            (f"TOTAL   : RS {j.amount:.2f}", {"amount": j.amount}),
            ("PAID    : UPI", {"method": "UPI", "status": status}),
            (f"UPI REF : {j.ref}", {"txn": (UTR_RANK, j.ref)}),
        ]:
            typed(p, text[:w_], **facts)
        p.add("rule")
        p.add("small", "Track your shipment at dtdc.in with the CN number.")
        return p.done()
    if k == 4:
        p = mail_page(
            rng, font, "GoDaddy <receipts@godaddy.com>", ["Your GoDaddy receipt", "Thanks for your order"]
        )
        p.part = "head"
        name = "GoDaddy"
        top(p, name, merchant=name)
        p.add(
            "small", "GoDaddy India Web Services Pvt Ltd, Mumbai  |  GSTIN 27AAFCG" + digits(rng, 4) + "K1ZQ"
        )
        p.add("rule")
        p.part = "body"
        rno = str(rng.randrange(3100000000, 3199999999))
        p.add("left", f"Receipt # {rno}", txn=(INVOICE_RANK, rno))
        p.add("left", "Thanks for your order. Here is your receipt; keep it for your records.")
        p.add("gap")
        domain = float(rng.choice([999, 1199, 1299]))
        mail = float(rng.choice([2399, 3599, 4799]))
        base = domain + mail
        gst = round(base * 0.18, 2)
        j.amount = round(base + gst, 2)
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "gd", spec, f"{WEB} - domain renewal, 1 year", rs(domain))
        cols(p, "gd", spec, "Professional Email, 3 mailboxes, 1 year", rs(mail))
        cols(p, "gd", spec, "Subtotal", rs(base))
        cols(p, "gd", spec, "IGST 18%", rs(gst))
        total(p, "Total", rs(j.amount), at=0.6)
        p.add("gap")
        spec2 = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "gp", spec2, "Payment method", f"Visa ending in {digits(rng, 4)}", method="card")
        cols(p, "gp", spec2, "Amount charged", rs(j.amount), amount=j.amount, status=status)
        cols(p, "gp", spec2, "Order date", day_in(j, rng, ["%b {d}, %Y", "{d} %b %Y"]), date=j.date)
        cols(p, "gp", spec2, "Customer", SHORT)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "wholesale.flipkart.com/checkout/payment-status")
        p.part = "head"
        top(p, "Flipkart Wholesale")
        p.add("small", "Payment status")
        p.add("rule")
        p.part = "body"
        halo(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add(
            "small", "Your bank declined the transaction. Any amount debited will be refunded in 5 to 7 days."
        )
        p.add("gap")
        seller = "Sri Sai Packaging Industries"
        tid = f"FW{digits(rng, 14)}"
        spec = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        colkv(p, "fw", spec, "Sold by", seller, merchant=seller)
        colkv(p, "fw", spec, "Items", "Bubble wrap roll, 1 m x 100 m x 2; 5-ply boxes, 24 x 18 x 6 in x 30")
        colkv(p, "fw", spec, "Order amount", rs(j.amount), amount=j.amount)
        colkv(p, "fw", spec, "Payment mode", f"Debit card ending {digits(rng, 4)}", method="card")
        colkv(p, "fw", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        colkv(
            p,
            "fw",
            spec,
            "Attempted on",
            at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)),
            date=j.date,
        )
        p.add("left", "Retry the payment within 30 minutes to keep these prices.")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(250, 249, 244), (246, 245, 238)])
        decor(p, "clip")
        p.part = "head"
        p.add("gap")
        p.add("gap")
        name = "SAHOO WOOD WORKS"
        top(p, name, merchant=name)
        p.add("small", f"Frames, stretchers and crates  |  Chandanpur, Puri  |  Ph. 94370 {digits(rng, 5)}")
        p.add("center", "BILL")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "To", SHORT)
        p.add("gap")
        picks = [
            ("Teak frames 2x3 ft", 4, 950, 1600),
            ("Packing crates", 3, 600, 1100),
            ("Stretchers, sal wood", 6, 180, 320),
            ("Display easels", 2, 1400, 2200),
        ]
        total_ = 0.0
        for text, n_, lo, hi in rng.sample(picks, 3):
            q = rng.randrange(2, n_ + 3)
            v = float(q * rng.randrange(lo, hi, 50))
            two(p, f"{text} x {q}", f"{num(v, 'indian', 0)}/-", split=0.7, pen_right=True)
            total_ += v
        j.amount = total_
        p.add("gap")
        amtbox(p, "Total Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, "Received cash with thanks", method="cash", status=status)
        sig(p)
        right(p, "Prop. B. Sahoo")
        return p.done()
    p = paper_page(rng, font, [740, 780])
    p.part = "head"
    name = "BANAMALI TULI GHAR"
    top(p, name, merchant=name)
    p.add("small", "Hand-made brushes of keya root and squirrel hair  |  Sakhigopal, Dist. Puri")
    p.add("center", "BILL OF SUPPLY")
    p.add("small", "Composition taxable person, not eligible to collect tax on supplies")
    p.add("rule")
    p.part = "body"
    no = f"BT/{rng.randrange(10, 99)}"
    cols(
        p,
        "bs",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Bill No. {no}",
        f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d-%m-%Y'])}",
        txn=(INVOICE_RANK, no),
        date=j.date,
    )
    p.add("left", f"Billed to: {SAMITI}")
    p.add("gap")
    picks = [
        ("Keya root brushes, fine", 40, 120, 18, 30),
        ("Squirrel hair brushes, 000", 20, 60, 45, 70),
        ("Keya root brushes, broad", 20, 60, 22, 40),
        ("Coconut shell paint bowls", 24, 60, 15, 25),
    ]
    lines_, total_ = [], 0.0
    for n, (text, qlo, qhi, lo, hi) in enumerate(rng.sample(picks, 3)):
        q, rate = rng.randrange(qlo, qhi, 2), float(rng.randrange(lo, hi))
        lines_.append(([str(n + 1), text, str(q), num(rate), num(q * rate)], {}))
        total_ += q * rate
    j.amount = total_
    grid(
        p,
        "bg",
        [(0.0, 0.07, "c"), (0.07, 0.56, "l"), (0.56, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
        ["Sl", "Item", "Qty", "Rate", "Amount"],
        lines_,
        foot=(["Total", rs(j.amount)], {"amount": j.amount}),
        tint=(236, 228, 206),
    )
    p.add("gap")
    p.add(
        "left",
        f"Amount received by UPI (PhonePe), UPI Ref. {j.ref}. Thank you.",
        method="UPI",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    right(p, f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 6. the samiti's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("Bijay Kumar Sahoo", "frames and crates", "yono"),
    ("MOHANTY PANDA AND CO", "statutory audit fee 2025-26", "onlinesbi"),
    ("JAY MAA TENT HOUSE", "stall 42 fabrication, Toshali Mela", "iob"),
    ("SAI ELECTRICALS", "outlet wiring and track lights", "vyom"),
    ("KONARK STUDIO", "catalogue photography", "instabiz"),
    ("Kalinga Web Works", "web shop maintenance", "airtel"),
    ("PURI GOODS CARRIER", "transport to Bhubaneswar", "indianbank"),
    ("SMT SAROJINI MOHAPATRA", "godown rent, Chandanpur", "pdccb"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The samiti's own banking pages paying its vendors: SBI's YONO Business (a tick in its rings, the payee
    in a card, IMPS Ref. No., Transaction Date); OnlineSBI Corporate's e-RECEIPT of a NEFT (a table ruled on
    every side: Reference No., UTR No., Beneficiary Name, Amount (INR), Commission (INR), Transaction Date,
    Status); Indian Overseas Bank's acknowledgement in dot leaders; Union Bank's Vyom failed, its details two
    to a row; ICICI's InstaBIZ NEFT in process (a striped table); Airtel Payments Bank's money sent on a
    bottom sheet ("Today"; no day); Indian Bank's mail of a NEFT credited (no reference); the Puri district
    co-operative bank's NEFT customer copy from its counter printer under its Odia name. All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=4000, high=180000)
    payee, purpose, frame = VENDORS[k]
    if frame == "iob":
        shift(j, rng, TOSHALI - dt.timedelta(days=rng.randrange(4, 12)))
    if frame == "pdccb":
        j.amount = float(rng.randrange(6000, 15000, 500))
    if frame == "airtel":
        j.amount = rupees(rng, 2500, 45000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    dot = sign(font, "\u2022", "*")
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    if frame == "yono":
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (40, 0, 110))
        app_head(p, "YONO Business", "State Bank of India")
        halo(p, status)
        p.add("center", "Transaction Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        c = card_open(p)
        p.pair("Beneficiary", payee, merchant=payee)
        p.pair("Account", f"XXXXXXXX{acct_no[-4:]}")
        p.pair("IFSC", f"SBIN00{digits(rng, 5)}")
        card_close(p, c)
        p.add("gap")
        kvr(p, "IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Transaction Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "Mode", "IMPS", method="netbanking")
        kvr(p, "Debit Account", f"XXXXXXX{digits(rng, 4)}")
        kvr(p, "Purpose", clip(purpose, 24))
        return p.done()
    if frame == "onlinesbi":
        p = browser_page(rng, font, "corp.onlinesbi.sbi/corp/eReceipt.htm")
        p.part = "head"
        top(p, "State Bank of India")
        p.add("small", "OnlineSBI Corporate  |  Interbank Transfer")
        p.add("center", "e-RECEIPT")
        p.add("rule")
        p.part = "body"
        ref = f"IK0{code(rng, 2, UPPER)}{digits(rng, 6)}"
        utr = utr_for(rng, j, "State Bank of India", way)
        grid(
            p,
            "os",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            None,
            [
                (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account No.", f"000000{digits(rng, 5)}{digits(rng, 3)}"], {}),
                (["Beneficiary Name", payee], {"merchant": payee}),
                (["Beneficiary Account No.", acct_no], {}),
                (["Beneficiary IFSC", f"UBIN05{digits(rng, 5)}"], {}),
                (["Amount (INR)", num(j.amount)], {"amount": j.amount}),
                (["Commission (INR)", "5.90"], {}),
                (["Transaction Type", way], {"method": "netbanking"}),
                (["Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Status", "Completed Successfully"], {"status": status}),
            ],
        )
        p.add("gap")
        p.add("small", "This is a computer generated e-Receipt. Remarks: " + purpose)
        return p.done()
    if frame == "iob":
        p = browser_page(rng, font, "www.iobnet.co.in/ibanking/corp/fundtransfer/ack")
        p.part = "head"
        top(p, "Indian Overseas Bank")
        p.add("small", "Internet Banking - Corporate  |  Funds Transfer Acknowledgement")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Your {way} request has been processed successfully.", status=status)
        p.add("gap")
        tid = f"IOB{j.date:%y%m%d}{digits(rng, 6)}"
        utr = utr_for(rng, j, "Indian Overseas Bank", way)
        name = pick(p, "right", [payee])
        dots(p, "Transaction Id", tid, at=0.44, txn=(TXN_RANK, tid))
        dots(p, "UTR Number", utr, at=0.44, txn=(UTR_RANK, utr))
        dots(p, "From Account", f"XXXXXXXXXX{digits(rng, 4)}", at=0.44)
        dots(p, "Payee", name, at=0.44, merchant=name)
        dots(p, "Payee Account", f"XXXXXXXX{acct_no[-4:]}", at=0.44)
        dots(p, "Amount", rs(j.amount), at=0.44, bold=True, amount=j.amount)
        dots(p, "Payment Type", way, at=0.44, method="netbanking")
        dots(p, "Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=0.44, date=j.date)
        dots(p, "Remarks", clip(purpose, 30), at=0.44)
        return p.done()
    if frame == "vyom":
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry",))
        band(p, (200, 16, 46))
        app_head(p, "Vyom", "Union Bank of India")
        halo(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The beneficiary's account is not operative. Any amount debited will be reversed.")
        p.add("rule")
        two_up(
            p, "vy", ("Reference No.", j.ref), ("Mode", "IMPS"), txn=(UTR_RANK, j.ref), method="netbanking"
        )
        two_up(
            p,
            "vy",
            ("Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",))),
            ("Debit A/c", f"XXXX{digits(rng, 4)}"),
            date=j.date,
        )
        two_up(p, "vy", ("Remarks", clip(purpose, 18)), ("IFSC", f"UTIB000{digits(rng, 4)}"))
        return p.done()
    if frame == "instabiz":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("View status",))
        band(p, (176, 62, 36))
        app_head(p, "InstaBIZ", "ICICI Bank")
        pill(p, "In process", status)
        p.add("center", f"{way} transfer submitted")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add(
            "small",
            "NEFT settles in half-hourly batches; the beneficiary will be credited in the next batch.",
        )
        p.add("gap")
        tid = f"IB{j.date:%y%m%d}{digits(rng, 8)}"
        zebra(
            p,
            "iz",
            [(0.0, 0.42, "l"), (0.42, 1.0, "r")],
            ["Details", ""],
            [
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Beneficiary A/c", f"XXXXXXXX{acct_no[-4:]}"], {}),
                (["IFSC", f"HDFC000{digits(rng, 4)}"], {}),
                (["Mode", way], {"method": "netbanking"}),
                (["Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",))], {"date": j.date}),
                (["Remarks", clip(purpose, 22)], {}),
            ],
            (176, 62, 36),
        )
        return p.done()
    if frame == "airtel":
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, AIRTEL_RED)
        app_head(p, "Airtel Thanks", "Airtel Payments Bank")
        p.add("left", "Balance   |   Send money   |   Scan & Pay")
        p.add("small", "Your Airtel Payments Bank savings account")
        p.add("gap")
        sheet(p)
        p.add("center", f"{sign(font, chr(0x2713), '')} Money sent".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("rule")
        lab(p, "UPI Ref No")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "To UPI ID")
        p.add("left", f"kalingaweb{rng.randrange(10, 99)}@okaxis")
        lab(p, "Paid from")
        p.add("left", f"Airtel Payments Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        lab(p, "Note")
        p.add("left", clip(purpose, 30))
        return p.done()
    if frame == "indianbank":
        p = mail_page(
            rng, font, "Indian Bank <alerts@indianbank.co.in>", ["NEFT credited to the beneficiary"]
        )
        p.part = "head"
        top(p, "Indian Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"The NEFT of {rs(j.amount)} from your A/c XX{digits(rng, 4)} to {payee} has been credited to "
            f"the beneficiary's account on {day_in(j, rng, ['%d-%m-%Y', '{d} %B %Y'])}. Thank you for "
            "banking with us.",
            amount=j.amount,
            merchant=payee,
            date=j.date,
            status=status,
            method="netbanking",
        )
        p.add("gap")
        p.add("left", "For any difference, please contact your home branch.")
        p.part = "foot"
        p.add("small", "Indian Bank. This is an auto-generated mail; please do not reply.")
        return p.done()
    p = screen(rng, font, width=rng.choice([480, 500, 520]), size=rng.choice([17, 18]))
    paper(p, rng)
    h269.torn(p)
    typeface(p)
    h271.ext(p)["tt_scale"] = 0.86
    p.part = "head"
    odia(p, "ପୁରୀ ଜିଲ୍ଲା କେନ୍ଦ୍ରୀୟ ସମବାୟ ବ୍ୟାଙ୍କ ଲିଃ", scale=0.9, bold=True)
    p.add("small", "THE PURI DISTRICT CENTRAL CO-OP. BANK LTD")
    p.add("small", "Chandanpur Branch")
    p.add("center", "NEFT - CUSTOMER COPY")
    p.add("rule")
    p.part = "body"
    w_ = min(tt_cols(p), 34)
    utr = utr_for(rng, j, "The Puri District Central Co-operative Bank", "NEFT")
    shown = payee[: w_ - 12]
    for text, facts in [
        (f"DATE      : {when(j.date, '%d/%m/%Y')}", {"date": j.date}),
        (f"TIME      : {hhmm(rng, twelve=False, seconds=True)}", {}),
        (f"A/C NO    : XXXXXXX{digits(rng, 4)}", {}),
        (f"REMITTER  : {CUT[: w_ - 12]}", {}),
        (f"BENE NAME : {shown}", {"merchant": shown}),
        (f"BENE A/C  : {acct_no}", {}),
        (f"IFSC      : SBIN00{digits(rng, 5)}", {}),
        (f"AMOUNT    : {num(j.amount, 'indian')}", {"amount": j.amount}),
        ("CHARGES   : 2.95", {}),
        (f"UTR       : {utr}", {"txn": (UTR_RANK, utr)}),
        ("MODE      : NEFT", {"method": "netbanking"}),
        ("STATUS    : SUCCESS", {"status": status}),
    ]:
        typed(p, text[:w_], scale=0.86, **facts)
    p.add("rule")
    p.add("small", f"Remarks: {clip(purpose, 30)}")
    return p.done()


# ---------------------------------------------------------------- 7. painters, engravers, guides and staff


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The samiti paying its people: a chitrakar's WORK PAYMENT RECEIPT filled in by hand, its labels in
    English and Odia on one line, his Odia line of receipt and his thumb's box; PNB ONE's UPI to a palm-leaf
    engraver (boxed fields); Zoho Payroll's payslip for the outlet's salesman (his details two to a row,
    Earnings beside Deductions, the net pay on a band, Pay Date, UTR); Cashfree's payout of a trainee's
    stipend sent to the bank (its steps down the page); a heritage walk guide's fee voucher with the notes
    counted out (no reference); Indian Bank's IndOASIS failed IMPS to the workshop's cook; slice's money sent
    to a mask painter ("Today"; no day); a RAJA PARBA ADVANCE slip typed with its day's month in Roman
    figures. All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=2500, high=32000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(PAINTERS)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        odia(p, SAMITI_OD, scale=0.95, bold=True)
        top(p, pick(p, "title", [SAMITI, SHORT]))
        p.add("small", f"{REGD}  |  {OFFICE_SHORT}")
        p.add("center", "CHITRAKAR WORK PAYMENT RECEIPT")
        p.part = "body"
        no = f"WP/{j.date:%y}/{rng.randrange(100, 999)}"
        cols(
            p,
            "wp",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {no}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("gap")
        work = rng.choice(PAINTINGS[:5] + PAINTINGS[7:8])
        gross = float(rng.randrange(4000, 16000, 100))
        adv = float(rng.choice([500, 1000, 1500, 2000]))
        j.amount = gross - adv
        olab(p, "Chitrakar", "ଚିତ୍ରକାର", who, pen=True, merchant=who)
        olab(p, "Work", "କାମ", work[0].split(",")[0], pen=True)
        olab(p, "Wages", "ମଜୁରି", f"Rs. {num(gross, 'indian', 0)}/-", pen=True)
        olab(p, "Less advance", "ଅଗ୍ରିମ", f"Rs. {num(adv, 'indian', 0)}/-", pen=True)
        olab(
            p,
            "Paid",
            "ଦିଆଗଲା",
            f"Rs. {num(j.amount, 'indian', 0)}/- in cash",
            pen=True,
            amount=j.amount,
            method="cash",
        )
        p.add("gap")
        ohand(p, "ଉପରୋକ୍ତ ଟଙ୍କା ବୁଝି ପାଇଲି", status=status)
        thumbprint(p, "L.T.I. of the chitrakar")
        cols(p, "ws", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Secretary", "")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (162, 25, 60))
        app_head(p, "PNB ONE", "Punjab National Bank")
        name = "Ramakanta Das"
        p.add("center", f"{sign(font, chr(0x2713), '')} Payment Successful".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"{phone_no(rng)}@pnb")
        p.add("gap")
        field(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Date & Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        field(p, "Debited from", f"PNB Savings {dot * 4} {digits(rng, 4)}", method="UPI")
        field(p, "Remarks", "palm leaf engraving, 3 folios")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        kind(p, "zph", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], bold=(0,))
        row(p, "zph", h273_cell(p, 0.6, [SAMITI, SHORT], scale=1.0), f"Payslip for {when(month, '%B %Y')}")
        p.add("small", f"{OUTLET}, {OUTLET_AT}")
        p.add("rule")
        p.part = "body"
        name = "Sushanta Kumar Parida"
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")]
        kind(p, "zpd", spec, "plain", group="zpd", bold=(1, 3))
        row(p, "zpd", "Employee", name, "Employee ID", f"RCS-{rng.randrange(10, 60):03d}", merchant=name)
        row(
            p,
            "zpd",
            "Designation",
            "Sales Associate",
            "Pay Date",
            day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]),
            date=j.date,
        )
        row(p, "zpd", "Location", "Ekamra Haat", "Paid Days", str(rng.choice([30, 31, 29])))
        p.add("gap")
        basic = float(rng.randrange(11000, 16000, 500))
        hra = round(basic * 0.2)
        conv = float(rng.choice([1200, 1600]))
        pf = round(basic * 0.12)
        pt = 200.0
        gross = basic + hra + conv
        j.amount = gross - pf - pt
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.52, 0.82, "l"), (0.82, 1.0, "r")]
        kind(p, "zeh", spec2, "band", group="ze", fill=(40, 90, 150), bold=(0, 1, 2, 3))
        kind(p, "zer", spec2, "line", group="ze")
        row(p, "zeh", "Earnings", "Amount", "Deductions", "Amount")
        row(p, "zer", "Basic", num(basic), "EPF", num(pf))
        row(p, "zer", "HRA", num(hra), "Professional Tax", num(pt))
        row(p, "zer", "Conveyance", num(conv), "", "")
        row(p, "zer", "Gross Earnings", num(gross), "Total Deductions", num(pf + pt))
        h273_panel(p, "Total Net Payable", rs(j.amount), (40, 90, 150), amount=j.amount)
        p.add("left", f"({words_in_rupees(j.amount)})")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        spec3 = [(0.0, 0.26, "l"), (0.26, 1.0, "l")]
        cols(
            p,
            "zp",
            spec3,
            "Paid by",
            f"Bank transfer (NEFT) to IOB A/c XX{digits(rng, 4)}",
            method="netbanking",
            status=status,
        )
        cols(p, "zp", spec3, "UTR", utr, txn=(UTR_RANK, utr))
        p.add("small", "This is a system-generated payslip from Zoho Payroll and needs no signature.")
        return p.done()
    if k == 3:
        tid = f"CF{digits(rng, 10)}"
        p = browser_page(rng, font, f"merchant.cashfree.com/payouts/transfers/{tid.lower()}")
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", f"Payouts  |  {SHORT}")
        p.add("rule")
        p.part = "body"
        name = rng.choice(["Priyanka Maharana", "Subrat Kumar Swain", "Lopamudra Das"])
        j.amount = float(rng.choice([3000, 4000, 4500, 5000]))
        pill(p, "PENDING", status, align="l")
        step(p, "Transfer requested", "", "done")
        step(p, "Sent to the beneficiary's bank", "awaiting credit", "now")
        step(p, "Credited", "", "todo")
        p.add("gap")
        kv(p, "Beneficiary", name, at=0.32, merchant=name)
        kv(p, "Transfer ID", tid, at=0.32, txn=(TXN_RANK, tid))
        kv(p, "Amount", rs(j.amount), at=0.32, amount=j.amount)
        kv(p, "Mode", "IMPS", at=0.32, method="netbanking")
        kv(p, "Purpose", f"Trainee stipend, {j.month(1)}", at=0.32)
        kv(p, "Bank reference", "awaited", at=0.32)
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.32, date=j.date)
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        odia(p, KENDRA_OD, scale=1.0, bold=True)
        top(p, KENDRA)
        p.add("small", "Heritage Crafts Village, Raghurajpur, Puri")
        p.add("center", "GUIDE FEE VOUCHER")
        p.part = "body"
        guide = rng.choice(["Narayan Behera", "Sasmita Pradhan", "Kishore Chandra Nayak"])
        groups = rng.randrange(3, 9)
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "Paid to", guide, merchant=guide)
        blank(p, "For", f"Heritage walks, {groups} groups")
        p.add("gap")
        counts = [
            (500, rng.randrange(2, 9)),
            (200, rng.randrange(0, 5)),
            (100, rng.randrange(1, 6)),
            (50, rng.randrange(0, 3)),
        ]
        counts = [(n, c) for n, c in counts if c]
        j.amount = float(sum(n * c for n, c in counts))
        grid(
            p,
            "gf",
            [(0.0, 0.34, "r"), (0.34, 0.64, "r"), (0.64, 1.0, "r")],
            ["Note (Rs.)", "Count", "Amount"],
            [([str(n), str(c), num(n * c, "indian", 0)], {}) for n, c in counts],
            foot=(["Total", f"Rs. {num(j.amount, 'indian', 0)}/-"], {"amount": j.amount}),
            tint=(230, 226, 210),
        )
        p.add("left", "Paid in cash at the Kendra's counter.", method="cash")
        write(p, f"Received - {guide.split()[0]}", align="r", status=status)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry",))
        band(p, (0, 70, 140))
        app_head(p, "IndOASIS", "Indian Bank")
        name = "Gitanjali Sethi"
        halo(p, status)
        p.add("center", "IMPS Failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The beneficiary's bank did not respond in time. Any debit will be reversed.")
        p.add("rule")
        kvr(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "Mode", "IMPS (P2A)", method="netbanking")
        kvr(p, "Remarks", "workshop lunches")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, [""], dark=True, buttons=("Done",))
        app_head(p, "slice", "UPI")
        name = rng.choice(["Dhaneswar Maharana", "Purna Chandra Swain"])
        confetti(p)
        p.add("center", "Money sent", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("gap")
        lab(p, "UPI reference number")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "From")
        p.add("left", f"slice savings account {dot * 2}{digits(rng, 4)}", method="UPI")
        lab(p, "Note")
        p.add("left", "painted masks, 6 pcs")
        return p.done()
    p = paper_page(rng, font, [720, 760])
    shift(j, rng, dt.date(2026, 6, rng.randrange(8, 14)))
    typeface(p)
    h271.ext(p)["tt_scale"] = 0.9
    p.part = "head"
    odia(p, SAMITI_OD, scale=0.95, bold=True)
    top(p, pick(p, "title", [SAMITI, SHORT]))
    p.add("center", "RAJA PARBA ADVANCE")
    p.part = "body"
    j.amount = float(rng.choice([2000, 2500, 3000, 4000]))
    no = str(rng.randrange(10, 99))
    w_ = min(tt_cols(p), 58)
    for text, facts in [
        (f"Sl. No.   : {no}", {"txn": (INVOICE_RANK, no)}),
        (f"Date      : {roman(j.date, rng.choice(['-', '.']))}", {"date": j.date}),
        (f"Paid to   : {who}", {"merchant": who}),
        (f"Member No.: {rng.randrange(100, 199)}", {}),
        (f"Amount    : Rs. {num(j.amount, 'indian', 0)}/-", {"amount": j.amount}),
        (f"In words  : {words_in_rupees(j.amount)}", {}),
        ("Mode      : Cash", {"method": "cash"}),
        ("To be recovered from the wages of July and August 2026.", {}),
    ]:
        typed(p, text[:w_], **facts)
    p.add("gap")
    write(p, f"Recd. Rs. {num(j.amount, 'indian', 0)}/-  {who.split()[0]}", align="r", status=status)
    cols(p, "rj", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Secretary", "Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority on top: the Odisha Treasury Portal's e-Challan for the
    samiti's audit fee (labels in English and Odia on one line: GRN, Department, Head of Account, Amount,
    Bank Transaction No., Payment Date, Status); the Geographical Indications Registry's E-PAYMENT RECEIPT
    for Orissa Pattachitra's authorised user (a table ruled on every side: CBR No., Date, Form, Fee, Bank Ref.
    No.); UMANG's Legal Metrology fee ("Today"; no day); the Bhubaneswar Municipal Corporation's trade
    licence receipt under its Odia name (a striped table); ESIC's contribution pending at the bank; the
    state's professional tax payment failed (dot leaders); the Chandanpur Gram Panchayat's receipt filled in
    by hand, its day's month in Roman figures, under its round seal (its serial left blank; no reference);
    ORMAS' MONEY RECEIPT for the Ekamra Haat stall's rent (the sum, the UTR and the day in its sentence).
    All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=500, high=40000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "www.odishatreasury.gov.in/echallan/ChallanReceipt")
        p.part = "head"
        odia(p, "ଓଡ଼ିଶା ସରକାର - ଅର୍ଥ ବିଭାଗ", scale=1.0, bold=True)
        top(p, "Odisha Treasury Portal")
        p.add("small", "Government of Odisha, Finance Department  |  e-Challan Receipt")
        p.add("rule")
        p.part = "body"
        dept = "Co-operation Department"
        j.amount = float(rng.randrange(2500, 18000, 10))
        grn = str(rng.randrange(6700000000, 6799999999))
        bref = f"IK0{code(rng, 2, UPPER)}{digits(rng, 6)}"
        for english, od, value, facts in [
            ("GRN", "ଜି.ଆର୍.ଏନ୍.", grn, {"txn": (TXN_RANK, grn)}),
            ("Department", "ବିଭାଗ", dept, {"merchant": dept}),
            ("Head of Account", "ଖାତା", "0425-00-101-0097, Audit fees", {}),
            ("Remitter", "ଜମାକାରୀ", SHORT, {}),
            ("Purpose", "ଉଦ୍ଦେଶ୍ୟ", "Audit fee, 2025-26", {}),
            ("Amount", "ରାଶି", rs(j.amount), {"amount": j.amount}),
            ("Bank", "ବ୍ୟାଙ୍କ", "State Bank of India (Net Banking)", {"method": "netbanking"}),
            ("Bank Transaction No.", "ନଂ", bref, {"txn": (BANK_RANK, bref)}),
            ("Payment Date", "ତାରିଖ", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), {"date": j.date}),
            ("Status", "ସ୍ଥିତି", "Success", {"status": status}),
        ]:
            olab(p, english, od, value, at=0.44, bold=english == "Amount", **facts)
        p.add("gap")
        p.add("small", "Verify this challan with its GRN on the Odisha Treasury Portal.")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        name = "Geographical Indications Registry"
        top(p, name, merchant=name)
        p.add(
            "small", "Office of the Controller General of Patents, Designs and Trade Marks, Chennai - 600032"
        )
        p.add("center", "E-PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([500, 1000]))
        cbr = str(rng.randrange(10000, 99999))
        bref = f"{rng.choice(['HDFC', 'SBIN'])}{digits(rng, 10)}"
        grid(
            p,
            "gi",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["CBR No.", cbr], {"txn": (INVOICE_RANK, cbr)}),
                (["Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])], {"date": j.date}),
                (["Received from", SAMITI], {}),
                (["Application No.", f"GI-AU/{rng.randrange(1000, 9999)}"], {}),
                (["Geographical Indication", "Orissa Pattachitra (handicraft)"], {}),
                (["Form", "GI-3A, registration as authorised user"], {}),
                (["Fee", rs(j.amount)], {"amount": j.amount}),
                (["Mode of payment", "Net Banking"], {"method": "netbanking"}),
                (["Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
            ],
        )
        p.add("gap")
        p.add("left", "Received the fee above. This receipt is generated electronically.", status=status)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Download receipt",))
        band(p, (30, 80, 160))
        app_head(p, "UMANG", "Legal Metrology, Odisha")
        j.amount = float(rng.choice([300, 450, 600, 750]))
        halo(p, status)
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(
            p, "center", ["paid to Legal Metrology Department, Odisha", "paid to Legal Metrology, Odisha"]
        )
        p.add("center", name, merchant=name[8:])
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        tid = f"UMG{digits(rng, 12)}"
        kvr(p, "Service", "Verification of a weighing scale")
        kvr(p, "Application ID", f"LMO/{rng.randrange(10000, 99999)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", "UPI", method="UPI")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.bmc.gov.in/trade-licence/payment-receipt")
        p.part = "head"
        odia(p, "ଭୁବନେଶ୍ୱର ମହାନଗର ନିଗମ", scale=1.05, bold=True)
        name = "Bhubaneswar Municipal Corporation"
        top(p, name, merchant=name)
        p.add("small", "Trade Licence  |  Online Payment Receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1500, 2250, 3000, 4500]))
        rno = f"BMC/TL/{rng.randrange(100000, 999999)}"
        tid = f"BMC{j.date:%y%m%d}{digits(rng, 6)}"
        zebra(
            p,
            "bm",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Payment details", ""],
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Trade Licence No.", f"TL/{rng.randrange(10, 67)}/{rng.randrange(1000, 9999)}"], {}),
                (["Trade Name", OUTLET], {}),
                (["Licence period", "2026-27"], {}),
                (["Licence fee", num(j.amount)], {}),
                (["Late fee", "0.00"], {}),
                (["Total Paid", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment Mode", "UPI"], {"method": "UPI"}),
                (["Payment Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Status", "SUCCESS"], {"status": status}),
            ],
            (0, 94, 120),
        )
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "www.esic.gov.in/EmployerPortal/ChallanStatus")
        p.part = "head"
        name = "Employees' State Insurance Corporation"
        top(p, pick(p, "title", [name, "ESIC"]), merchant=pick(p, "title", [name, "ESIC"]))
        p.add("small", "Ministry of Labour and Employment, Government of India  |  Contribution challan")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment status: Pending", status, align="l")
        p.add(
            "left",
            "The bank has not confirmed the payment yet. Do not pay again; the status updates in 48 hours.",
        )
        p.add("gap")
        tno = f"{digits(rng, 4)}{j.date:%y%m}{digits(rng, 6)}"
        kv(p, "Employer Code", f"4400{digits(rng, 6)}0001001", at=0.36)
        kv(p, "Contribution period", j.month(1), at=0.36)
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Transaction No.", tno, at=0.36, txn=(TXN_RANK, tno))
        kv(p, "Bank", "Indian Overseas Bank (Net Banking)", at=0.36, method="netbanking")
        kv(p, "Submitted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "odishatax.gov.in/ptax/epayment/response")
        p.part = "head"
        odia(p, "ବାଣିଜ୍ୟ କର ବିଭାଗ, ଓଡ଼ିଶା", scale=1.0, bold=True)
        name = "Commercial Tax and GST Organisation, Odisha"
        top(p, name, merchant=name)
        p.add("small", "Profession Tax  |  e-Payment")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([2500, 2500, 1500]))
        halo(p, status)
        p.add("center", "Payment Failed", status=status)
        p.accent(RED)
        p.add("small", "Your bank did not authorise the transaction. No amount has been debited.")
        p.add("gap")
        tref = f"PT{j.date:%y%m%d}{digits(rng, 7)}"
        dots(p, "Enrolment No. (PTEC)", f"PTEC{digits(rng, 8)}", at=0.44)
        dots(p, "Period", f"{fy(j.date)}", at=0.44)
        dots(p, "Amount", rs(j.amount), at=0.44, bold=True, amount=j.amount)
        dots(p, "Payment mode", f"Debit card XX{digits(rng, 4)}", at=0.44, method="card")
        dots(p, "Transaction reference", tref, at=0.44, txn=(TXN_RANK, tref))
        dots(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.44, date=j.date)
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [720, 760])
        p.style["paper"] = rng.choice([(236, 244, 232), (240, 246, 236)])
        p.part = "head"
        odia(p, "ଚନ୍ଦନପୁର ଗ୍ରାମ ପଞ୍ଚାୟତ", scale=1.1, bold=True)
        name = "CHANDANPUR GRAM PANCHAYAT"
        p.add("center", name, merchant=name)
        p.add("small", "Block Puri Sadar, Dist. Puri, Odisha")
        p.add("center", "RECEIPT")
        p.part = "body"
        p.add("left", "Sl. No. ............")
        j.amount = float(rng.choice([500, 750, 1000, 1200]))
        olab(p, "Date", "ତାରିଖ", roman(j.date, rng.choice(["-", "."])), pen=True, at=0.38, date=j.date)
        olab(p, "Received from", "ପ୍ରାପ୍ତ", KENDRA, pen=True, at=0.38)
        olab(p, "Towards", "ବାବଦ", "Trade licence fee 2026-27", pen=True, at=0.38)
        olab(
            p,
            "Rupees",
            "ଟଙ୍କା",
            f"{num(j.amount, 'indian', 0)}/- in cash",
            pen=True,
            at=0.38,
            amount=j.amount,
            method="cash",
        )
        p.add("gap")
        p.add("left", "Received the above amount.", status=status)
        seal(p, "GRAMA PANCHAYAT * CHANDANPUR *", ["SARPANCH", "PURI"], "violet")
        return p.done()
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    odia(p, "ଓଡ଼ିଶା ଗ୍ରାମ୍ୟ ଉନ୍ନୟନ ଓ ବିପଣନ ସମିତି", scale=1.0, bold=True)
    name = "Odisha Rural Development and Marketing Society"
    top(p, name, merchant=name)
    p.add("small", "ORMAS  |  Ekamra Haat Cell, Madhusudan Nagar, Bhubaneswar - 751001")
    p.add("center", "MONEY RECEIPT")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([6000, 7500, 9000]))
    no = f"ORM/EH/{rng.randrange(1000, 9999)}"
    cols(p, "om", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
    utr = utr_for(rng, j, "Indian Overseas Bank", "NEFT")
    p.add(
        "left",
        f"Received with thanks from {OUTLET} (Shop 11) a sum of Rs. {num(j.amount, 'indian', 0)}/- "
        f"({words_in_rupees(j.amount)}) towards the stall rent for {when(j.date, '%B %Y')} by NEFT, UTR "
        f"{utr}, dated {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}.",
        amount=j.amount,
        method="netbanking",
        txn=(UTR_RANK, utr),
        date=j.date,
        status=status,
    )
    p.add("gap")
    sig(p)
    right(p, "Accounts Officer, ORMAS")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top: New India Assurance's PREMIUM RECEIPT for the
    outlet's shopkeeper's policy (a table ruled on every side, two fields to a row); Oriental Insurance's
    typed letter acknowledging a cheque for the members' group accident cover, subject to its realisation;
    ICICI Lombard's mail of the Toshali stall's exhibition cover (a card of the policy, Premium paid (incl.
    GST), Transaction ID); Bajaj Allianz's app after the van's policy ("Today"; no day); IFFCO-TOKIO's payment
    unsuccessful, its details two to a row; Niva Bupa's renewal letter (its sentence; no reference); Reliance
    General's marine cargo receipt in dot leaders with its QR code; SBI General's counter acknowledgement
    typed at the branch under its rubber stamp (APPR CODE). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=2500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        name = pick(
            p, "title", ["The New India Assurance Company Limited", "The New India Assurance Co. Ltd."]
        )
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Bhubaneswar  |  A Government of India Undertaking")
        p.add("center", "PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"{rng.randrange(540000, 549999)}{j.date:%y}{digits(rng, 6)}"
        utr = utr_for(rng, j, "Indian Overseas Bank", "NEFT")
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")]
        grid(
            p,
            "na",
            spec,
            None,
            [
                (
                    ["Receipt No.", rno, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (["Insured", OUTLET, "Policy", "Shopkeeper's"], {}),
                (["Premium", num(base), "GST @ 18%", num(gst)], {}),
                (["Total", rs(j.amount), "Mode", "NEFT"], {"amount": j.amount, "method": "netbanking"}),
                (["UTR", utr, "Branch", "Bhubaneswar"], {"txn": (UTR_RANK, utr)}),
            ],
        )
        p.add("gap")
        p.add("left", "Received with thanks the premium above.", status=status)
        right(p, "Authorised Signatory")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [760, 800])
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.86
        p.part = "head"
        name = pick(p, "title", ["The Oriental Insurance Company Limited", "The Oriental Insurance Co. Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Branch Office, Grand Road, Puri - 752001")
        p.add("rule")
        p.part = "body"
        w_ = min(tt_cols(p), 62)
        later = j.date + dt.timedelta(days=rng.randrange(1, 4))
        cheque = str(rng.randrange(100000, 999999))
        dated = when(j.date - dt.timedelta(days=rng.randrange(0, 3)), "%d/%m/%Y")
        rno = f"{rng.randrange(10, 99)}{digits(rng, 8)}"
        members = rng.randrange(30, 60)
        typed(
            p,
            f"Ref: OIC/PURI/GPA/{j.date.year}".ljust(w_ - 16) + f"Dt. {when(later, '%d/%m/%Y')}",
            scale=0.86,
        )
        typed(p, "", scale=0.86)
        typed(p, "To", scale=0.86)
        typed(p, "The Secretary,", scale=0.86)
        typed(p, SAMITI[:w_], scale=0.86)
        typed(p, "Raghurajpur, Puri.", scale=0.86)
        typed(p, "", scale=0.86)
        typed(p, "Sub: Group Personal Accident policy for the members", scale=0.86)
        typed(p, "", scale=0.86)
        text = (
            f"We acknowledge the receipt of your cheque No. {cheque} dated {dated} drawn on Indian Overseas "
            f"Bank, Puri for Rs.{num(j.amount, 'indian')} towards the premium for {members} members, "
            f"received at this office on {when(j.date, '%d-%m-%Y')} vide our Receipt No. {rno}. The cover "
            "will commence on realisation of the cheque."
        )
        lines, line = [], ""
        for word in text.split():
            if len(f"{line} {word}".strip()) > w_:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        facts_at = {}
        for n, ln in enumerate(lines):
            facts = {}
            if "Rs." in ln and "amount" not in facts_at:
                facts["amount"] = facts_at["amount"] = j.amount
            if "cheque No." in ln and "method" not in facts_at:
                facts["method"] = facts_at["method"] = "cheque"
            if when(j.date, "%d-%m-%Y") in ln and "date" not in facts_at:
                facts["date"] = facts_at["date"] = j.date
            if rno in ln and "txn" not in facts_at:
                facts["txn"] = facts_at["txn"] = (INVOICE_RANK, rno)
            if "realisation" in ln and "status" not in facts_at:
                facts["status"] = facts_at["status"] = status
            typed(p, ln, scale=0.86, **facts)
        typed(p, "", scale=0.86)
        typed(p, "Received subject to realisation of the cheque.", scale=0.86)
        p.add("gap")
        right(p, "Branch Manager")
        return p.done()
    if k == 2:
        name = "ICICI Lombard General Insurance Company Limited"
        p = mail_page(
            rng,
            font,
            "ICICI Lombard <customersupport@icicilombard.com>",
            ["Payment received - policy issued"],
        )
        p.part = "head"
        shown = pick(p, "title", [name, "ICICI Lombard General Insurance"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        shift(j, rng, TOSHALI - dt.timedelta(days=rng.randrange(2, 10)))
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            "Thank you for your payment. Your exhibition and transit policy for the Toshali National Crafts "
            "Mela stall has been issued.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        p.add("left", "Policy summary")
        spec = [(0.0, 0.42, "l"), (0.42, 1.0, "l")]
        cols(p, "il", spec, "Policy No.", f"4016/{digits(rng, 8)}/00/000")
        cols(p, "il", spec, "Cover", "Paintings at exhibition and in transit")
        cols(p, "il", spec, "Sum insured", f"Rs. {num(float(rng.randrange(5, 25)) * 100000, 'indian', 0)}")
        card_close(p, c)
        p.add("gap")
        tid = f"ILG{digits(rng, 13)}"
        cols(p, "ip", spec, "Premium paid (incl. GST)", rs(j.amount), amount=j.amount)
        cols(p, "ip", spec, "Payment mode", f"Credit card ending {digits(rng, 4)}", method="card")
        cols(p, "ip", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        cols(p, "ip", spec, "Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        p.add("gap")
        p.add("small", "ICICI Lombard General Insurance Company Limited, ICICI Lombard House, Mumbai.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("Download policy",))
        band(p, (0, 85, 164))
        app_head(p, "Caringly Yours", "Bajaj Allianz")
        j.amount = round(rng.uniform(2400, 9800), 2)
        halo(p, status)
        p.add("center", "Payment successful, policy issued", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(
            p,
            "center",
            ["paid to Bajaj Allianz General Insurance Co. Ltd.", "paid to Bajaj Allianz General Insurance"],
        )
        p.add("center", name, merchant=name[8:])
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        pid = f"BAGIC{digits(rng, 11)}"
        kvr(p, "Policy", "Commercial vehicle, the samiti's van")
        kvr(p, "Vehicle", f"OD 13 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}")
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "www.iffcotokio.co.in/payment/response")
        p.part = "head"
        name = pick(p, "title", ["IFFCO-TOKIO General Insurance Co. Ltd.", "IFFCO-TOKIO General Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Fire and allied perils  |  Payment status")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment unsuccessful", status, align="l")
        p.add("left", "Your card issuer declined the transaction. The proposal is saved for 7 days.")
        p.add("gap")
        tref = f"ITG{digits(rng, 12)}"
        two_up(p, "it", ("Proposal No.", f"P{digits(rng, 10)}"), ("Product", "Fire, workshop shed"))
        two_up(
            p,
            "it",
            ("Premium payable", rs(j.amount)),
            ("Payment mode", "Debit card"),
            amount=j.amount,
            method="card",
        )
        two_up(
            p,
            "it",
            ("Transaction ref.", tref),
            ("Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",))),
            txn=(TXN_RANK, tref),
            date=j.date,
        )
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        name = pick(p, "title", ["Niva Bupa Health Insurance Company Limited", "Niva Bupa Health Insurance"])
        top(p, name, merchant=name)
        p.add("small", "Renewal acknowledgement  |  Bhubaneswar branch, Janpath")
        p.add("rule")
        p.part = "body"
        p.add("left", "To,")
        p.add("left", "The Secretary,")
        p.add("left", pick(p, "left", [SAMITI, SHORT]))
        p.add("left", OFFICE_SHORT)
        p.add("gap")
        p.add("left", "Sub: Renewal of the group health insurance of the samiti's members")
        start = j.date + dt.timedelta(days=rng.randrange(1, 6))
        p.add(
            "left",
            f"We thank you for the renewal premium of {rs(j.amount)} received by NEFT on "
            f"{day_in(j, rng, ['{d} %B %Y', '%d.%m.%Y'])}. The policy is renewed for one year from "
            f"{when(start, '{d} %B %Y')}.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        p.add("left", f"Policy No.: 31{digits(rng, 6)}/2026/{digits(rng, 4)}")
        p.add("gap")
        sig(p)
        right(p, "Branch Manager")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        name = pick(p, "title", ["Reliance General Insurance Company Limited", "Reliance General Insurance"])
        top(p, name, merchant=name)
        p.add("center", "RECEIPT - MARINE CARGO (INLAND TRANSIT)")
        p.add("rule")
        p.part = "body"
        rno = f"RGI{j.date:%y}{digits(rng, 9)}"
        dots(p, "Receipt No.", rno, at=0.42, txn=(INVOICE_RANK, rno))
        dots(p, "Receipt Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), at=0.42, date=j.date)
        dots(p, "Received from", SHORT, at=0.42)
        dots(p, "Consignment", "Paintings, Puri to Bengaluru", at=0.42)
        dots(p, "Net premium", num(base), at=0.42)
        dots(p, "IGST @ 18%", num(gst), at=0.42)
        dots(p, "Total premium", rs(j.amount), at=0.42, bold=True, amount=j.amount)
        dots(p, "Payment mode", "UPI", at=0.42, method="UPI")
        dots(p, "UPI Ref No.", j.ref, at=0.42, txn=(UTR_RANK, j.ref))
        p.add("gap")
        p.add("left", "Premium received. Scan the code to check this receipt.", status=status)
        qr(p, f"rgi{rno}", "r", 4)
        return p.done()
    p = paper_page(rng, font, [700, 740])
    typeface(p)
    h271.ext(p)["tt_scale"] = 0.88
    p.part = "head"
    name = pick(p, "title", ["SBI General Insurance Company Limited", "SBI General Insurance"])
    top(p, name, merchant=name)
    p.add("small", "Bhubaneswar Branch, Saheed Nagar  |  Counter acknowledgement")
    p.add("rule")
    p.part = "body"
    w_ = min(tt_cols(p), 52)
    ack = f"{rng.randrange(10, 99)}{digits(rng, 8)}"
    appr = digits(rng, 6)
    for text, facts in [
        (f"ACK NO    : {ack}", {"txn": (INVOICE_RANK, ack)}),
        (f"DATE      : {when(j.date, '%d-%m-%Y')}", {"date": j.date}),
        ("PROPOSER  : RAGHURAJPUR CHITRAKAR SAMABAYA", {}),
        ("PRODUCT   : COMMERCIAL VEHICLE - VAN", {}),
        (f"PREMIUM   : {num(j.amount, 'plain')}", {"amount": j.amount}),
        (f"MODE      : CARD (POS) XX{digits(rng, 4)}", {"method": "card"}),
        (f"APPR CODE : {appr}", {"txn": (APPR_RANK, appr)}),
        ("PREMIUM RECEIVED. POLICY WILL BE MAILED.", {"status": status}),
    ]:
        typed(p, text[:w_], scale=0.88, **facts)
    rstamp(p, ["SBI GENERAL", when(j.date, "%d %b %Y").upper(), "BHUBANESWAR"], "blue", at=0.66, rows_=4)
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("RAGHURAJPUR PATTA GHAR", "EKAMRA HAAT, BHUBANESWAR", "PINE LABS", "pine"),
    ("PATTA GHAR - TOSHALI MELA STALL 42", "JANATA MAIDAN, BHUBANESWAR", "Paytm Card Machine", "device"),
    ("RAGHURAJPUR KALA KENDRA", "HERITAGE VILLAGE, RAGHURAJPUR", "BHARATPE SWIPE", "pending"),
    ("SAGARIKA SEA VIEW HOTEL", "CHAKRATIRTHA ROAD, PURI", "HDFC BANK", "declined"),
    ("PAHALA RASAGOLA BHANDAR", "NH 16, PAHALA, BHUBANESWAR", "RAZORPAY POS", "sweets"),
    ("UTKAL ART HOUSE", "SAHEED NAGAR, BHUBANESWAR", "WORLDLINE", "tap"),
    ("KONARK HIGHWAY FILLING STATION", "NH 316, GOP, DIST. PURI", "INDIANOIL", "fuel"),
    ("SRI JAGANNATH PUSTAKALAYA", "BADA DANDA, PURI", "UNION BANK OF INDIA", "union"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the outlet's, the Toshali stall's and the Kala Kendra's terminals and the samiti's card at a
    Puri hotel, a rasagola shop, an art store, a pump and a bookshop: Pine Labs' slip (DATE and TIME on one
    line, BATCH NUM beside INVOICE, APPR CODE, RRN, the sum large under TOTAL AMOUNT); Paytm's card machine's
    screen at the stall ("Today"; no day); BharatPe Swipe's TXN TIMED OUT awaiting the bank's response; HDFC
    Bank's DECLINED slip at a hotel (55 - INCORRECT PIN; no reference); Razorpay POS's bill of sweets settled
    by card; Worldline's contactless sale (ROC, PIN NOT REQUIRED); IndianOil's fuel slip with its
    XTRAREWARDS points; Union Bank's slip with its fields run together (DT: and TM:, TID: and BATCH:). All
    new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1, low=600, high=28000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "device":
        shift(j, rng, TOSHALI + dt.timedelta(days=rng.randrange(0, 14)))
    if layout in ("declined", "union"):
        j.amount = rupees(rng, 400, 6500, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "device":
        p = screen(rng, font, "crop", width=rng.choice([480, 500]), size=rng.choice([20, 21]))
        band(p, (0, 46, 110))
        app_head(p, brand, "Card payment")
        shown = pick(p, "center", [name, "PATTA GHAR - TOSHALI STALL"])
        p.add("center", shown, merchant=shown)
        halo(p, status)
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        p.add("big", f"Rs. {num(j.amount, 'indian')}", amount=j.amount)
        p.add("small", f"Today {hhmm(rng)}")
        p.add("rule")
        p.pair("Card", f"{scheme} **** {last4}", method="card")
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Batch / Invoice", f"{batch[-3:]} / {inv}")
        p.add("gap")
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    p.part = "head"
    p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"])).upper()
    amt = f"Rs {j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    if layout == "pine":
        p.add("rule")
        p.add("left", f"DATE: {when(j.date, '%d/%m/%Y')}  TIME: {t[:5]}", date=j.date)
        p.add("left", f"MID: {mid[:12]}")
        p.add("left", f"TID: {tid}")
        p.add("left", f"BATCH NUM: {batch[-4:]}  INVOICE: {inv[-4:]}", txn=(INVOICE_RANK, inv[-4:]))
        p.add("center", "SALE")
        p.add("left", f"CARD NUM: XXXX XXXX XXXX {last4} (CHIP)", method="card")
        p.add("left", f"CARD TYPE: {scheme}")
        p.add("left", f"APPR CODE: {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("center", "TOTAL AMOUNT")
        p.add("title", amt, amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "*** PIN VERIFIED OK ***")
        p.add("small", "I AGREE TO PAY AS PER THE CARD ISSUER AGREEMENT")
    elif layout == "pending":
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV NO", inv, txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        p.pair("CARD", f"RUPAY **{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN TIMED OUT", status=status)
        p.add("center", "AWAITING BANK RESPONSE")
        p.add("small", "DO NOT RETRY. CHECK YOUR SMS OR BANK STATEMENT.")
    elif layout == "declined":
        p.add("rule")
        p.add("left", f"DATE:{day}  TIME:{t[:5]}", date=j.date)
        p.add("left", f"MID:{mid}")
        p.add("left", f"TID:{tid}")
        p.add("center", "SALE")
        p.add("left", f"{scheme} XXXX{last4}", method="card")
        p.add("left", f"AMOUNT: {amt}", amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "55 - INCORRECT PIN")
        p.add("small", "PLEASE RETRY WITH THE CORRECT PIN")
    elif layout == "sweets":
        items = [
            ("RASAGOLA 1 KG", 360),
            ("CHHENA PODA 500 G", 240),
            ("CHHENA JHILI 12 PCS", 180),
            ("KHIRA SAGARA 1 KG", 420),
        ]
        p.add("rule")
        bill = str(rng.randrange(1000, 9999))
        p.add("left", f"BILL NO: {bill}", txn=(INVOICE_RANK, bill))
        p.add("left", f"DATE: {day} {t[:5]}", date=j.date)
        p.add("rule")
        total_ = 0.0
        for text, price in rng.sample(items, 3):
            q = rng.randrange(1, 4)
            p.pair(f"{text} x{q}", f"{q * price:.2f}")
            total_ += q * price
        j.amount = total_
        p.add("rule")
        p.pair(
            "TOTAL", f"Rs {j.amount:,.2f}" if amt.startswith("Rs") else f"INR {j.amount:.2f}", amount=j.amount
        )
        p.add("center", "-- CARD PAYMENT --")
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AUTH", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("center", "APPROVED", status=status)
        p.add("small", "THANK YOU. VISIT PAHALA AGAIN")
    elif layout == "tap":
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid)
        p.pair("TID", tid)
        p.pair("BATCH", batch)
        p.pair("ROC", inv, txn=(INVOICE_RANK, inv))
        p.add("center", "CONTACTLESS SALE")
        p.pair("CARD", f"{scheme} **** {last4}", method="card")
        p.pair("EXP", "**/**")
        p.pair("AUTH CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN NOT REQUIRED FOR TAP PAYMENTS")
    elif layout == "fuel":
        rate = round(rng.uniform(90.8, 94.6), 2)
        j.amount = float(rng.randrange(1500, 6000, 100))
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("PUMP / NOZZLE", f"0{rng.randrange(1, 6)} / {rng.randrange(1, 4)}")
        p.pair("PRODUCT", "DIESEL")
        p.pair("RATE/L", f"{rate:.2f}")
        p.pair("VOLUME", f"{j.amount / rate:.2f} L")
        sale = f"Rs {j.amount:,.2f}" if amt.startswith("Rs") else f"INR {j.amount:.2f}"
        p.pair("SALE AMOUNT", sale, amount=j.amount)
        p.add("center", "CARD SALE")
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("XTRAREWARDS PTS", str(int(j.amount // 100)))
        p.add("rule")
        p.add("center", "TRANSACTION APPROVED", status=status)
    else:
        p.add("rule")
        p.add("left", f"DT:{when(j.date, '%d/%m/%y')}  TM:{t[:5]}", date=j.date)
        p.add("left", f"TID:{tid}  BATCH:{batch[-3:]}")
        p.add("left", f"INV:{inv}", txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        p.add("left", f"CARD: {scheme} DEBIT")
        p.add("left", f"XXXXXXXXXXXX{last4}", method="card")
        p.add("left", f"AUTH:{appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN:{j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.add("left", f"TOTAL   {amt}", amount=j.amount)
        p.add("center", "APPROVED", status=status)
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, gas, phone, fibre, DTH


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet's and the village's bills, each paying the biller: TPCODL's app (the biller under the app,
    a capsule, the details two to a row: Transaction No., Bank Ref. No., Receipt No., Payment Date); a Common
    Service Centre's Digital Seva receipt of the Kala Kendra's electricity paid in cash (Biller:, Transaction
    ID); BSNL's Quick Pay of the Bharat Fibre bill under process (dot leaders); IndianOil ONE's Indane refill
    (a printed receipt inside the app with a zigzag foot); MyJio's postpaid bill failed; Airtel Thanks'
    Xstream Fiber bill paid (the bill's card, Transaction ID, UPI Ref); WATCO's SMS of a water bill received
    (no reference); Paytm's Dish TV recharge from its wallet ("Today"; no day). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=400, high=14000)
    rs = money(rng, font, 0.4)
    dot = sign(font, "\u2022", "*")
    tick_ = sign(font, "\u2713", "")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment receipt"], dark=False, buttons=("Download receipt",))
        band(p, (0, 94, 150))
        app_head(p, "TPCODL", "Pay bill")
        name = pick(p, "center", ["TP Central Odisha Distribution Ltd", "TPCODL"])
        p.add("center", name, merchant=name)
        pill(p, "Payment Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        tno = f"TP{j.date:%y%m%d}{digits(rng, 8)}"
        rno = f"R{digits(rng, 10)}"
        two_up(p, "tp", ("Consumer No.", digits(rng, 12)), ("Bill month", j.month(1)))
        two_up(p, "tp", ("Transaction No.", tno), ("Bank Ref. No.", j.ref), txn=(UTR_RANK, j.ref))
        two_up(
            p,
            "tp",
            ("Receipt No.", rno),
            ("Payment Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))),
            date=j.date,
        )
        two_up(p, "tp", ("Payment mode", "UPI"), ("Name", "PATTA GHAR"), method="UPI")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, "Digital Seva")
        p.add("small", "CSC e-Governance Services India Limited  |  Common Service Centre, Raghurajpur")
        p.add("center", "BILL PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        name = "TP Central Odisha Distribution Ltd"
        tid = f"CSC{digits(rng, 12)}"
        spec = [(0.0, 0.34, "l"), (0.34, 0.38, "l"), (0.38, 1.0, "l")]
        for label, value, facts in [
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Biller", name, {"merchant": name}),
            ("Service", "Electricity bill (LT, non-domestic)", {}),
            ("Consumer No.", digits(rng, 12), {}),
            ("Consumer Name", KENDRA_CAPS, {}),
            ("Bill Month", j.month(1), {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "Cash", {"method": "cash"}),
            ("Date & Time", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
            ("Status", "Success", {"status": status}),
        ]:
            colkv(p, "cs", spec, label, ":", value, **facts)
        p.add("gap")
        p.add(
            "small",
            f"VLE: {rng.choice(['Ranjit Kumar Nayak', 'Sagarika Behera'])}  |  CSC ID {digits(rng, 12)}",
        )
        p.add(
            "small", "This is a computer generated receipt. Keep it till the payment shows on your next bill."
        )
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "portal2.bsnl.in/myportal/quickpay")
        p.part = "head"
        name = pick(p, "title", ["Bharat Sanchar Nigam Limited", "BSNL"])
        top(p, name, merchant=name)
        p.add("small", "Quick Pay  |  Bharat Fibre (FTTH)")
        p.add("rule")
        p.part = "body"
        halo(p, status)
        p.add("center", "Payment under process", status=status)
        p.accent(AMBER)
        p.add(
            "small", "Your bank has not confirmed the payment yet. The bill will show as paid once it does."
        )
        p.add("gap")
        oid = f"BSNL{digits(rng, 12)}"
        dots(p, "Account No.", digits(rng, 10), at=0.4)
        dots(p, "Telephone No.", f"06752-2{digits(rng, 5)}", at=0.4)
        dots(p, "Amount", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Payment mode", "Net Banking - Indian Overseas Bank", at=0.4, method="netbanking")
        dots(p, "Order ID", oid, at=0.4, txn=(ORDER_RANK, oid))
        dots(p, "Bank Ref. No.", "awaited", at=0.4)
        dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.4, date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Track delivery",))
        band(p, (244, 121, 32))
        app_head(p, "IndianOil ONE", "Indane LPG refill")
        cylinder, j.amount = rng.choice(
            [("14.2 kg, 1 no.", 1025.5), ("14.2 kg, 1 no.", 1051.0), ("19 kg commercial, 1 no.", 1803.5)]
        )
        name = "Indane"
        p.add("center", f"{tick_} Payment Successful".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", "Distributor: Jagannath Indane Gramin Vitrak, Chandanpur")
        s = zcard_open(p)
        oid = f"IOC{digits(rng, 12)}"
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        p.pair("Cylinder", cylinder)
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        p.pair("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.pair("Consumer No.", digits(rng, 7))
        zcard_close(p, s)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Try again",))
        band(p, (15, 60, 201))
        app_head(p, "MyJio", "JioPostpaid Plus")
        name = "Reliance Jio Infocomm Ltd"
        j.amount = rupees(rng, 399, 1800, 0.7)
        halo(p, status)
        p.add("center", "Payment failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", pick(p, "center", [f"to {name}"]), merchant=name)
        p.add("small", "Your card was declined by the issuing bank. No money was deducted.")
        p.add("rule")
        tid = f"JIO{digits(rng, 14)}"
        kvr(p, "Mobile number", f"{rng.choice('6789')}{digits(rng, 2)}XXXXX{digits(rng, 3)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid using", f"Credit card {dot * 2}{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Done",))
        band(p, AIRTEL_RED)
        app_head(p, "Airtel Thanks", "Xstream Fiber")
        name = "Airtel Xstream Fiber"
        j.amount = float(rng.choice([799, 999, 1178.82, 1498, 1767.82]))
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"for {name}", merchant=name)
        p.add("small", f"Paid on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (', ',))}", date=j.date)
        p.add("gap")
        c = card_open(p)
        p.add("left", "Your bill")
        p.pair("Account ID", f"2{digits(rng, 9)}")
        p.pair("Bill period", f"{j.month(1)}")
        p.pair("Balance after payment", rs(0.0))
        card_close(p, c)
        p.add("gap")
        tid = f"AT{digits(rng, 14)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid via", "UPI", method="UPI")
        return p.done()
    if k == 6:
        amt = num(j.amount, rng.choice(["indian", "plain"]))
        text = (
            f"Dear Consumer, payment of Rs.{amt} received through UPI against CAN {digits(rng, 10)} for "
            f"water charges on {when(j.date, '%d-%m-%Y')}. Thank you. -WATCO, Govt. of Odisha"
        )
        p = sms_page(rng, font, "VM-WATCOO", text, j.date)
        p.add(
            "left",
            text,
            amount=j.amount,
            date=j.date,
            method="UPI",
            status=status,
            merchant="WATCO",
        )
        return p.done()
    p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
    band(p, PAYTM_NAVY)
    app_head(p, "Paytm", "Recharge & Bill Payments")
    name = "Dish TV"
    j.amount = float(rng.choice([280, 350, 425, 530]))
    halo(p, status)
    p.add("center", "Recharge Successful", status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"for {name}", merchant=name)
    p.add("small", f"Today, {hhmm(rng)}")
    p.add("rule")
    oid = f"{digits(rng, 11)}"
    kvr(p, "VC No.", digits(rng, 11))
    kvr(p, "Pack", "Odia Gold HD, 1 month")
    kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
    kvr(p, "Paid from", "Paytm Wallet", method="wallet")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("State Bank of India", "AD-SBIBNK", "MAA TARINI TUSSAR BAS", "NEFT", "sms"),
    ("Indian Overseas Bank", "VM-IOBCHN", "JAY MAA TENT HOUSE", "NEFT", "sms"),
    ("Union Bank of India", "JD-UNIONB", "SAI ELECTRICALS", "IMPS", "sms"),
    ("Canara Bank", "", "KONARK STUDIO", "UPI", "mail"),
    ("Odisha Gramya Bank", "", "BIJAY KUMAR SAH", "NEFT", "passbook"),
    ("ICICI Bank", "", "KALINGA WEB WORKS", "UPI", "notify"),
    ("Central Bank of India", "", "MOHANTY PANDA AND CO", "RTGS", "pending"),
    ("Federal Bank", "", "PURI GOODS CARRIER", "IMPS", "whatsapp"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the samiti's payments: SMS in SBI's ("Your A/C XXXXX1234 has been debited by Rs
    x on <dd-Mon-yy> for NEFT to <PAYEE>, UTR ..."), Indian Overseas Bank's ("A/c XX1234 debited INR x on
    <dd/mm/yy> towards NEFT-<utr>-<PAYEE>. Avl Bal ...") and Union Bank's failed IMPS ("Your IMPS transfer of
    Rs.x to <PAYEE> ... has FAILED on <dd-mm-yyyy>.") wordings; Canara Bank's e-mail (its sentence with
    UPI/<PAYEE>/<ref>, a table of the transaction); an Odisha Gramya Bank passbook's page under its Odia name
    (B/F, BY CASH and the ticked entry "TO NEFT/<PAYEE>"; no reference); ICICI Bank's notification over
    another's ("now"; no day); Central Bank of India's mail of an RTGS in process; Federal Bank's message in
    a WhatsApp banking chat. All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 5, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = rupees(rng, 200000, 480000, 0.6)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 40000, 1800000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_for(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if bank == "State Bank of India":
            text = (
                f"Dear Customer, Your A/C XXXXX{tail4} has been debited by Rs {amt} on "
                f"{when(j.date, '%d-%b-%y')} for NEFT to {to}, UTR {utr}. Avl Bal Rs {bal}. Not you? Call "
                "18001234 -SBI"
            )
        elif bank == "Indian Overseas Bank":
            text = (
                f"A/c XX{tail4} debited INR {amt} on {when(j.date, '%d/%m/%y')} towards NEFT-{utr}-{to}. "
                f"Avl Bal INR {bal}. If not done by you, call 1800 425 4445 -IOB"
            )
        else:
            text = (
                f"Your IMPS transfer of Rs.{amt} to {to} from A/c XX{tail4} has FAILED on "
                f"{when(j.date, '%d-%m-%Y')}. Ref No {utr}. Amount, if debited, will be reversed. "
                "-Union Bank of India"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "Canara Bank <canarabank@canarabank.com>", ["Transaction alert - debit"])
        p.part = "head"
        top(p, "Canara Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your Canara Bank account XXXX{tail4} has been debited with INR {amt} on "
            f"{when(j.date, '%d/%m/%Y')} by UPI/{to}/{utr}.",
            **facts,
        )
        p.add("gap")
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "cn", spec, "Transaction type", "UPI debit")
        cols(p, "cn", spec, "Narration", f"UPI/{to}/{utr}")
        cols(p, "cn", spec, "Available balance", f"INR {bal}")
        p.add("gap")
        p.add("left", "If you did not make this transaction, call 1800 1030 at once.")
        p.part = "foot"
        p.add("small", "Canara Bank. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "passbook":
        p = paper_page(rng, font, [760, 800])
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.8
        p.style["paper"] = rng.choice([(238, 242, 246), (242, 240, 232)])
        p.part = "head"
        odia(p, "ଓଡ଼ିଶା ଗ୍ରାମ୍ୟ ବ୍ୟାଙ୍କ", scale=1.0, bold=True)
        p.add("small", f"Odisha Gramya Bank  |  Branch: Chandanpur  |  A/c No. XXXXXXX{tail4}  |  {CUT}")
        p.add("gap")
        p.part = "body"
        w_ = min(tt_cols(p), 66)
        before = j.date - dt.timedelta(days=rng.randrange(2, 12))
        opening = rupees(rng, j.amount + 20000, j.amount + 400000, 0.0)
        credit = rupees(rng, 3000, 40000, 0.6)
        typed(
            p,
            f"{'DATE':<9}{'PARTICULARS':<24}{'WITHDRAWALS':>11}{'DEPOSITS':>10}{'BALANCE':>12}"[:w_],
            scale=0.8,
        )
        typed(p, "-" * w_, scale=0.8)
        typed(
            p,
            f"{when(before, '%d-%m-%y'):<9}{'B/F':<24}{'':>11}{'':>10}{num(opening, 'plain'):>12}"[:w_],
            scale=0.8,
        )
        typed(
            p,
            f"{when(before, '%d-%m-%y'):<9}{'BY CASH':<24}{'':>11}{num(credit, 'plain'):>10}"
            f"{num(opening + credit, 'plain'):>12}"[:w_],
            scale=0.8,
        )
        narr = f"TO NEFT/{to}"[:23]
        facts.pop("merchant", None)
        typed(
            p,
            f"{when(j.date, '%d-%m-%y'):<9}{narr:<24}{num(j.amount, 'plain'):>11}{'':>10}"
            f"{num(opening + credit - j.amount, 'plain'):>12}"[:w_],
            scale=0.8,
            merchant=narr[8:],
            **facts,
        )
        h273_tick(p)
        typed(p, "-" * w_, scale=0.8)
        p.add("gap")
        p.add("small", "Printed at the branch. Please verify the entries and report any error at once.")
        return p.done()
    if frame == "notify":
        p = phone(rng, font, k, [""], dark=True, buttons=())
        p.part = "body"
        p.add("small", "Notifications")
        p.add("gap")
        c = card_open(p)
        p.add("small", f"ICICI Bank  {sign(font, chr(0x2022), '|')}  now")
        text = (
            f"Acct XX{tail4[:3]} debited with INR {amt}; {to} credited. UPI:{utr}. Call 18002662 for dispute."
        )
        p.add("left", text, **facts)
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("small", f"WhatsApp  {sign(font, chr(0x2022), '|')}  12m")
        p.add("left", "Sabita: the crate for Bengaluru is ready at the gate")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Manage  |  Clear all")
        return p.done()
    if frame == "pending":
        p = mail_page(
            rng, font, "Central Bank of India <alerts@centralbank.co.in>", ["RTGS transaction in process"]
        )
        p.part = "head"
        top(p, "Central Bank of India")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your RTGS of Rs.{amt} to {to} initiated on {when(j.date, '%d-%m-%Y')} is in process. UTR "
            f"{utr}. The beneficiary will be credited once the RBI settles the transaction.",
            **facts,
        )
        p.add("gap")
        p.add("left", "Please do not initiate the transfer again.")
        p.part = "foot"
        p.add("small", "Central Bank of India - Central to you since 1911.")
        return p.done()
    p = phone(rng, font, k, ["Federal Bank", "Federal Bank (Verified)"], dark=False, buttons=())
    p.style["paper"] = (255, 255, 255)
    p.part = "body"
    p.add("small", "Messages are end-to-end encrypted. Federal Bank uses a secure service from Meta.")
    p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %B %Y"])))
    p.add("gap")
    minute = rng.randrange(8 * 60, 21 * 60)
    hours = [
        f"{(m // 60 - 1) % 12 + 1}:{m % 60:02d} {'pm' if m >= 720 else 'am'}"
        for m in (minute, minute, minute + 2)
    ]
    start = len(p.rows)
    p.add("left", "Hi! Here is your transaction alert.")
    bubble(p, start, hours[0])
    start = len(p.rows)
    text = (
        f"Rs.{amt} has been debited from your account XX{tail4} towards IMPS to {to} on "
        f"{when(j.date, '%d-%m-%Y')}. IMPS Ref: {utr}. - Federal Bank"
    )
    p.add("left", text, **facts)
    bubble(p, start, hours[1])
    start = len(p.rows)
    p.add("left", "Reply MENU to see what else I can do.")
    bubble(p, start, hours[2])
    return p.done()

"""The twelve heldout275 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Pichwai painting atelier's year of 2026 in Nathdwara, Rajsamand district,
Rajasthan (Kamal Talai Pichwai Atelier Pvt Ltd; its atelier in the painters' quarter near Lal Bagh, Kamal
Talai Chitrashala, whose chitera, gilder and apprentices paint Shrinathji's pichwais on starched cotton in
stone-ground mineral colours and 23.5-carat gold leaf from Jaipur; its gallery on Gangaur Ghat Marg, Udaipur,
Kamal Talai Gallery, with its painting workshops, the web shop kamaltalaipichwai.com and stall 17 at
Shilpgram Utsav; its commissions from hotels, the Nathdwara Temple Board, Rajasthali and collectors at home
and abroad), told by the proofs of payment it receives (buyers' Google Pay, PayZapp, super.money, POP UPI,
iMobile Pay, Kotak and WhatsApp screens and PhonePe Business; SAP's advice, Etsy's deposit, IFMS Rajasthan,
Axis Bank, the Temple Board, RazorpayX, a resort's mail and Standard Chartered; Skydo, Intesa Sanpaolo,
Barclays, HSBC HK, ANZ, Danske Bank, QNB and a Stockholm collector's mail; its own invoices, receipts, mail,
cash memo, workshop pass and checkout) and those it makes (the gold leaf maker's, the framer's, Amazon
Business's, the pigment seller's, the brush maker's, India Post's, Canva's and udaan's papers and pages; AU
Small Finance Bank's, HDFC Bank's, Kotak's, Bank of India's, Rajasthan Marudhara Gramin Bank's, RBL Bank's,
IndusInd Bank's and Yes Bank's pages; its painters', gilder's, apprentice's, grinder's, manager's and
watchman's bahi page, slips, screens, payslip and voucher; e-GRAS, the GST portal, the Nathdwara Municipal
Board, EPFO, the Income Tax Department, the Udaipur Municipal Corporation, DGFT and the West Zone Cultural
Centre; the insurers' receipts; cards on seven terminals and a cafe's bill; AVVNL's, PHED's, Tata Play's, HP
Gas's, Vi's, JioFiber's, Excitel's and Airtel Digital TV's bills; the banks' SMS, e-mails, a passbook's page
and a phone's notification). Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, the units' lines, salutations, Hindi
lines (but a bill, a memo or a bahi page written in Hindi, whose figures and few English words carry the
facts), items, paintings, pigments, stages, works, counts, rates, taxable values, GST, TDS, fees, charges,
commissions, surcharges, advances, balances, gross sums and deductions, converted and INR sums, FX rates,
months, wage and bill months, financial and assessment years, invoice, cheque and work days, balances
brought forward and credits, crossed-out sums, account, policy, proposal, property, application, consumer,
subscriber, service, customer, vendor, employee, token, article, TRRN, BSR, TAN, IEC and K numbers, Token
and Voucher Nos., GSTIN, CIN, IFSC, UPI IDs of the payer, remitters and payers, QR codes, stamps, seals,
revenue stamps, scribbles, sticky notes' initials, borders, stationery, folds, rings, holes and rules
carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page`` and ``paper_page`` heldout140's; ``phone_frame`` heldout126's; ``right`` heldout152's;
``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and
``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; its messages app
and its frames heldout106's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees``
heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's;
heldout269's rows (``kind``, ``row``, ``cols``, ``kv``, ``kvr``, ``zebra``, ``total``, ``ticks``, ``qr``,
``seal``, ``sms_page``, a roll's torn edges), heldout271's (``grid``, ``colkv``, ``dots``, ``lab``,
``fill``, ``hand``, ``amtbox``, ``tt``, ``perf``, ``revenue``, ``rstamp``, rounded cards) and heldout273's
(``pill``, ``field``, ``tick``, ``cell_name``), written in this set's pens and printers' faces. ``compose``
is heldout158's (as heldout269's to heldout273's), each page's rows drawn by heldout273's ``_render`` and
then by this set's own ``_render`` in the lines it leaves for them: Hindi lines in Noto's Devanagari faces
with their Latin runs in the page's face; Hindi labels over their English, the value between them; Hindi
written by hand, slanted, its sums in a column; ribbons; a large mark of the outcome; sums split into
rupees and raised paise; sticky notes; sums crossed out and corrected by hand; signatures' scribbles; an
app's passing message; a chat's day divider and payment card; tabs; green-bar stationery; a Pichwai border
of lotuses; a letter's folds; a tea cup's ring; punched holes; a bahi-khata's red rules. The pages'
layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageChops, ImageDraw

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
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
    perf,
    revenue,
    rstamp,
    tt,
    tt_cols,
)
from bench.receipt_sets.heldout273_families import field, pill

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
DEV = "noto/NotoSansDevanagari-Regular.ttf"
DEV_BOLD = "noto/NotoSansDevanagari-Bold.ttf"
DEV_SERIF = "noto/NotoSerifDevanagari-Regular.ttf"
DEV_SERIF_BOLD = "noto/NotoSerifDevanagari-Bold.ttf"
# the upright face a Hindi hand's Latin runs and figures are drawn in before the line is slanted
HAND_LATIN = "noto/NotoSans-Regular.ttf"
# the hands that write on this set's papers: italics and obliques of other faces than heldout273's
PENS = [
    "dejavu/DejaVuSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
]
INKS = [(20, 40, 130), (26, 26, 90), (45, 40, 50), (18, 70, 120), (110, 30, 60)]
# the faces a page's fixed-width lines are printed in (a dot-matrix's, a bank printer's, a plain-text mail's)
TYPES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]

# ---------------------------------------------------------------- the atelier

COMPANY = "Kamal Talai Pichwai Atelier Pvt Ltd"
COMPANY_CAPS = COMPANY.upper()
# the registered name as a bank's or an app's field cuts it
CUT = "KAMAL TALAI PICHWAI ATEL"
COMPANY_HI = "कमल तलाई पिछवाई एटेलियर प्रा. लि."
ATELIER = "Kamal Talai Chitrashala"
ATELIER_CAPS = ATELIER.upper()
ATELIER_HI = "कमल तलाई चित्रशाला"
GALLERY = "Kamal Talai Gallery"
GALLERY_CAPS = GALLERY.upper()
GALLERY_HI = "कमल तलाई गैलरी"
WEB = "kamaltalaipichwai.com"
CIN = "U90005RJ2019PTC064218"
GSTIN = "08AAHCK6315L1Z4"
OFFICE = "Chitrakar Mohalla, near Lal Bagh, Nathdwara, Rajsamand - 313301"
OFFICE_SHORT = "Nathdwara, Rajsamand (Raj.) - 313301"
GALLERY_AT = "9, Gangaur Ghat Marg, Udaipur - 313001"
# Shilpgram Utsav, the West Zone Cultural Centre's crafts fair at Havala, Udaipur: 21 to 30 December 2026
SHILPGRAM = dt.date(2026, 12, 21)
IFSC = {
    "State Bank of India": "SBIN",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "AU Small Finance Bank": "AUBL",
    "Rajasthan Marudhara Gramin Bank": "RMGB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "IDFC FIRST Bank": "IDFB",
    "IndusInd Bank": "INDB",
    "RBL Bank": "RATN",
    "Bank of India": "BKID",
    "Federal Bank": "FDRL",
    "Union Bank of India": "UBIN",
    "Yes Bank": "YESB",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Bank of Baroda": "BoB",
    "Punjab National Bank": "PNB",
    "AU Small Finance Bank": "AU Bank",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Axis Bank": "Axis",
    "Kotak Mahindra Bank": "Kotak",
    "IDFC FIRST Bank": "IDFC FIRST",
    "IndusInd Bank": "IndusInd",
    "Union Bank of India": "Union Bank",
}
# the paintings: name, HSN, price each (low, high)
PAINTINGS = [
    ("Pichwai, Sharad Purnima, 6 x 4 ft", "9701", 68000, 145000),
    ("Pichwai, Kamal Talai (lotus pond), 5 x 3 ft", "9701", 42000, 88000),
    ("Pichwai, Gopashtami cows, 4 x 3 ft", "9701", 28000, 56000),
    ("Pichwai, Annakut, 8 x 5 ft", "9701", 120000, 240000),
    ("Shrinathji shringar, 24 x 36 in", "9701", 18000, 36000),
    ("Lotus and cows panel, 3 x 2 ft", "9701", 9500, 19000),
    ("Kamdhenu miniature on paper, 8 x 10 in", "9701", 4200, 9800),
    ("Banana grove pichwai, 4 x 3 ft", "9701", 24000, 48000),
    ("Raas Leela pichwai, 6 x 4 ft", "9701", 72000, 160000),
    ("Lotus study, gold leaf, 12 x 16 in", "9701", 6500, 14000),
]
CUSTOMERS = [
    "Mrs. Anjali Mehta",
    "Mr. Rohit Agarwal",
    "Ms. Kavya Reddy",
    "Mr. Farhan Qureshi",
    "Mrs. Nandini Iyer",
    "Mr. Sandeep Bhandari",
    "Ms. Tanya Kapoor",
]
PAINTERS = [
    "Ghanshyam Sharma",
    "Rajendra Jangid",
    "Kailash Soni",
    "Pushpa Kumawat",
    "Lalit Sharma",
    "Manohar Gaur",
    "Hemlata Vaishnav",
]


def paintings(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """Paintings sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(PAINTINGS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = PAINTINGS[i]
        out.append((name, hsn, 1, float(rng.randrange(lo, min(hi, int(high)) + 1, 500))))
    return out


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def at_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ", " at ")) -> str:
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, twelve=rng.random() < 0.6)}"


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the fair's), its UPI / IMPS reference made again for that day."""
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
    return rng.choice(["XXXXXXXX", "xxxx", "******", "XX", "XXXXXX"]) + digits(rng, 4)


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


def gutter(p: Screen, name: str, label: str, value: str, *, at: float = 0.44, **facts) -> None:
    """A label set to the right against a gutter at ``at`` of the room and its value set to the left after
    it (a bank's confirmation page); a value too long for its side carried on under itself."""
    colkv(p, name, [(0.0, at, "r"), (at + 0.03, 1.0, "l")], label, value, **facts)


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault("h275", {"marks": {}, "gcards": [], "sticky": [], "bahi": None})


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


def is_dev(ch: str) -> bool:
    return "\u0900" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff" or ch in "\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Devanagari and of other letters (a space stays with the run it follows)."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        t = is_dev(ch)
        if ch == " " and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


def dev_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return DEV_SERIF_BOLD if bold else DEV_SERIF
    return DEV_BOLD if bold else DEV


def mixed_width(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    """The width of a line of Devanagari and Latin runs: the Devanagari in Noto's face at 0.92 of the size."""
    width = 0.0
    for t, part in runs(text):
        face = (
            load_font(dev_face(bold, serif), int(size * 0.92))
            if t
            else load_font(bold_of(latin) if bold else latin, size)
        )
        width += face.getlength(part)
    return width


def mixed_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for t, part in runs(text):
        face = dev_face(bold, serif) if t else (bold_of(latin) if bold else latin)
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
    serif: bool = False,
) -> None:
    """A line of Devanagari and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for t, part in runs(text):
        face = load_font(dev_face(bold, serif), int(size * 0.92)) if t else lface
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def dev(
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
    """A line in Hindi (a name over its English, a heading, a sentence, a thanks), its Latin runs and figures
    in the page's face."""
    size = int(p.style["size"] * scale)
    assert mixed_ok(text, p.font, bold=bold, serif=serif), text
    assert mixed_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t75dev", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def dev_wrap(p: Screen, text: str, *, scale: float = 1.0, **facts) -> None:
    """A Hindi sentence set left in as many lines as it needs (the facts on its first line)."""
    size = int(p.style["size"] * scale)
    line, first = "", True
    for word in text.split():
        if line and mixed_width(f"{line} {word}", p.font, size) > room_of(p):
            dev(p, line, scale=scale, align="l", **(facts if first else {}))
            first, line = False, word
        else:
            line = f"{line} {word}".strip()
    dev(p, line, scale=scale, align="l", **(facts if first else {}))


def dhand(p: Screen, text: str, *, align: str = "l", scale: float = 1.2, figure: str = "", **facts) -> None:
    """A line written by hand in Hindi: Noto Serif Devanagari and an upright Latin face for its figures,
    slanted as a hand slants it, in the page's ink; ``figure`` written at the right end of the line (a sum in
    a memo's column)."""
    hand_pen(p)
    size = int(p.style["size"] * scale)
    assert mixed_ok(text + figure, HAND_LATIN, serif=True), text
    need = mixed_width(text, HAND_LATIN, size, serif=True) + size * 0.4
    if figure:
        need += mixed_width(figure, HAND_LATIN, size, serif=True) + size * 1.5
    assert need <= room_of(p), (text, figure)
    put(p, "t75dh", text, figure, mark_=[align, scale], **facts)


def dlab(
    p: Screen,
    hindi: str,
    english: str,
    value: str,
    *,
    at: float = 0.4,
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """A label in two lines, its Hindi over its English in small letters, and the value at ``at`` of the room
    between them, printed or written by hand (``pen``); a hairline under the pair. Two lines high."""
    size = p.style["size"]
    assert mixed_ok(hindi, p.font) and glyphs(p.font, english), (hindi, english)
    need = max(
        mixed_width(hindi, p.font, int(size * 0.9)), load_font(p.font, int(size * 0.74)).getlength(english)
    )
    assert need + 10 <= at * room_of(p), (hindi, english, need, at * room_of(p))
    vfont = hand_pen(p) if pen else bold_of(p.font) if bold else p.font
    assert glyphs(vfont, value), value
    vface = load_font(vfont, int(size * (1.08 if pen else 1.0)))
    assert vface.getlength(value) <= (1 - at) * room_of(p) - 10, (value, vface.getlength(value))
    put(p, "t75dl", hindi, english, value, mark_=[at, pen, bold], **facts)
    p.add("gap")


def ribbon(p: Screen, text: str, colour: tuple[int, int, int]) -> None:
    """A heading in white capitals on a ribbon of ``colour`` with notched ends, centred."""
    face = load_font(bold_of(p.font), int(p.style["size"] * 0.95))
    assert glyphs(bold_of(p.font), text), text
    assert face.getlength(text) + 110 <= room_of(p), text
    p.add("gap")
    put(p, "t75rib", text, mark_=list(colour))


def sicon(p: Screen, status: str) -> None:
    """A large round mark of the outcome (a tick, a cross or a clock's hands in a disc of its colour),
    centred, three lines high."""
    put(p, "t75icon", "", mark_=status)
    p.add("gap")
    p.add("gap")


def bigsum(p: Screen, mark: str, value: float, grouping: str = "indian", **facts) -> None:
    """The sum large: the currency's mark small at its left, the whole units large and the paise raised in
    small figures after a point (none where the sum is whole). Two lines high."""
    whole = num(value, grouping, 0) if value >= 0 else num(-value, grouping, 0)
    frac = f"{value:.2f}"[-2:]
    frac = "" if frac == "00" else f".{frac}"
    bold = bold_of(p.font)
    assert glyphs(bold, mark + whole + frac), (mark, whole)
    size = p.style["size"]
    need = (
        load_font(bold, int(size * 1.1)).getlength(mark + " ")
        + load_font(bold, int(size * 2.2)).getlength(whole)
        + load_font(bold, int(size * 1.1)).getlength(frac)
    )
    assert need <= room_of(p), (mark, whole, frac)
    put(p, "t75sum", mark, whole, frac, **facts)
    p.add("gap")


def sticky(p: Screen, lines: list[tuple[str, dict]]) -> None:
    """A yellow sticky note pressed on the page at its right, the lines on it written by hand (an
    accountant's note of the payment on a supplier's bill)."""
    pen = hand_pen(p)
    face = load_font(pen, int(p.style["size"] * 1.0))
    start = len(p.rows)
    p.add("gap")
    for text, facts in lines:
        assert glyphs(pen, text), text
        assert face.getlength(text) <= 0.5 * room_of(p) - 30, (text, face.getlength(text))
        put(p, "t75stk", text, **facts)
    p.add("gap")
    ext(p)["sticky"].append([start, len(p.rows) - 1, p.rng.uniform(-2.5, 2.5)])


def strike(p: Screen, label: str, old: str, new: str, initials: str, *, at: float = 0.42, **facts) -> None:
    """A label, a sum crossed out by hand and the corrected sum written after it with the writer's initials
    (the correction stands)."""
    pen = hand_pen(p)
    size = p.style["size"]
    face = load_font(p.font, size)
    hface = load_font(pen, int(size * 1.08))
    assert glyphs(p.font, label + old) and glyphs(pen, new + initials), (label, old, new)
    assert face.getlength(label) + 12 <= at * room_of(p), label
    need = (
        face.getlength(old)
        + 26
        + hface.getlength(new)
        + 18
        + load_font(pen, int(size * 0.8)).getlength(initials)
    )
    assert need <= (1 - at) * room_of(p), (old, new, need)
    put(p, "t75x", label, old, new, initials, mark_=at, **facts)


def sig(p: Screen) -> None:
    """A signature's scribble in the page's ink at the right, over the name set under it."""
    hand_pen(p)
    put(p, "t75sig", "", mark_=p.rng.randrange(10**6))


def toast(p: Screen, text: str) -> None:
    """An app's passing message at the foot: a dark rounded bar with the text in white."""
    face = load_font(p.font, int(p.style["size"] * 0.78))
    assert glyphs(p.font, text) and face.getlength(text) + 60 <= room_of(p), text
    p.add("gap")
    put(p, "t75toast", text)


def divider(p: Screen, text: str, **facts) -> None:
    """A chat's day divider: the day in small letters in a rounded grey capsule, centred."""
    face = load_font(p.font, int(p.style["size"] * 0.76))
    assert glyphs(p.font, text) and face.getlength(text) + 40 <= room_of(p), text
    put(p, "t75div", text, **facts)


def gcard_open(p: Screen) -> int:
    return len(p.rows)


def gcard_close(p: Screen, start: int) -> None:
    """A chat's payment card: a rounded card at the right of the thread round the rows from ``start``."""
    ext(p)["gcards"].append([start, len(p.rows) - 1])


def inrow(
    p: Screen, text: str, *, scale: float = 1.0, bold: bool = False, soft: bool = False, **facts
) -> None:
    """A line inside a chat's payment card (set at the card's left, which is 0.3 of the room in)."""
    font = bold_of(p.font) if bold else p.font
    face = load_font(font, int(p.style["size"] * scale))
    assert glyphs(font, text) and face.getlength(text) <= 0.7 * room_of(p) - 36, (text, face.getlength(text))
    put(p, "t75in", text, mark_=[scale, bold, soft], **facts)
    if scale > 1.4:
        p.add("gap")


def tabs(p: Screen, labels: list[str], on: int) -> None:
    """An app's tabs across the page, the chosen one in the accent's ink and underlined."""
    face = load_font(p.font, int(p.style["size"] * 0.86))
    for text in labels:
        assert glyphs(p.font, text) and face.getlength(text) <= room_of(p) / len(labels) - 8, text
    put(p, "t75tabs", *labels, mark_=on)


def greenbar(p: Screen) -> None:
    """Continuous stationery: pale green bands three lines deep, sprocket holes down both edges, a
    perforation inside each row of holes."""
    ext(p)["greenbar"] = True


def lotus(p: Screen) -> None:
    """A Pichwai painting's border round the page: a dark band between gold rules with painted lotus
    flowers along it and a larger lotus at each corner."""
    ext(p)["lotus"] = [
        list(p.rng.choice([(24, 70, 52), (120, 24, 36), (22, 40, 96), (70, 22, 70)])),
        list(p.rng.choice([(246, 196, 206), (250, 232, 236), (236, 170, 190)])),
    ]


def folds(p: Screen) -> None:
    """A letter's folds: two creases across the page, each with a soft shadow."""
    ext(p)["folds"] = True


def chai(p: Screen) -> None:
    """A tea cup's ring left on the paper."""
    ext(p)["chai"] = [p.rng.uniform(0.55, 0.8), p.rng.uniform(0.3, 0.75), p.rng.randrange(10**6)]


def holes(p: Screen) -> None:
    """A file's two punched holes at the left edge."""
    ext(p)["holes"] = True


def bahi(p: Screen, start: int, cols_: list[float], *, fold: bool = True) -> None:
    """A bahi-khata's page from row ``start`` to the last added: the red rules down the page at ``cols_``
    (shares of the room), a red rule over the rows and a fold down the page's middle (a bahi's; a memo pad
    has none)."""
    ext(p)["bahi"] = [start, len(p.rows) - 1, cols_, fold]


# ---------------------------------------------------------------- drawing


def _lotus_at(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, petal, heart) -> None:
    """A lotus seen from above: eight petals round a golden heart."""
    import math

    for n in range(8):
        a = n * math.pi / 4
        px, py = cx + math.cos(a) * r * 0.55, cy + math.sin(a) * r * 0.55
        draw.ellipse((px - r * 0.42, py - r * 0.42, px + r * 0.42, py + r * 0.42), fill=petal)
    draw.ellipse((cx - r * 0.36, cy - r * 0.36, cx + r * 0.36, cy + r * 0.36), fill=heart)


def _scribble(draw: ImageDraw.ImageDraw, seed: int, x0: float, y0: float, w: float, h: float, ink) -> None:
    """A signature's scribble: a running hand's loops of uneven size and a stroke under it, from ``seed``."""
    import math

    srng = random.Random(seed)
    f1, f2 = srng.uniform(3.0, 5.0), srng.uniform(4.5, 7.5)
    p1, p2 = srng.uniform(0, 6.3), srng.uniform(0, 6.3)
    pts = []
    for n in range(121):
        t = n / 120
        env = 0.55 + 0.45 * math.sin(math.pi * t) * srng.uniform(0.85, 1.0)
        x = x0 + w * (0.04 + 0.9 * t) + w * 0.045 * math.sin(2 * math.pi * f1 * t + p1)
        y = y0 + h * (0.5 - 0.36 * env * math.sin(2 * math.pi * f2 * t + p2) - 0.12 * t)
        pts.append((x, y))
    draw.line(pts, fill=ink, width=2, joint="curve")
    a = srng.uniform(0.0, 0.25)
    draw.line((x0 + w * a, y0 + h * 0.95, x0 + w * 0.98, y0 + h * srng.uniform(0.7, 0.85)), fill=ink, width=2)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout273's ``_render`` (heldout271's, heldout269's and heldout14's beneath it), then this set's rows
    and marks: Hindi lines printed and written by hand, Hindi labels over their English, ribbons, status
    marks, split sums, sticky notes, corrected sums, signatures' scribbles, passing messages, a chat's day
    divider and payment cards, tabs; continuous stationery, a Pichwai border, a letter's folds, a tea cup's
    ring, punched holes and a bahi-khata's rules."""
    page = h273._render(rows, font, style)
    x = style.get("h275")
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
    pen_ink = tuple(x1.get("pen_ink", (20, 40, 130)))
    marks = x["marks"]
    w, h = page.size
    # under the print: tints multiplied in (light pages only), so what is drawn stays dark
    if not dark:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        used = False
        if x.get("greenbar"):
            used = True
            yy, on = MARGIN - lift, True
            while yy < h:
                if on:
                    ld.rectangle((30, yy, w - 30, yy + 3 * line), fill=(220, 239, 220))
                yy += 3 * line
                on = not on
        for start, end in x["gcards"]:
            used = True
            ld.rounded_rectangle(
                (
                    MARGIN + 0.3 * room - 4,
                    tops[start] - lift - 10,
                    w - MARGIN + 10,
                    tops[end] + line - lift + 10,
                ),
                radius=18,
                fill=(236, 242, 252),
            )
        if x.get("chai"):
            used = True
            fx_, fy_, seed = x["chai"]
            crng = random.Random(seed)
            cx, cy, rr = w * fx_, h * fy_, min(w, h) * 0.13
            for n in range(5):
                d = n * 1.6
                ld.arc(
                    (cx - rr - d, cy - rr * 0.92 - d, cx + rr + d, cy + rr * 0.92 + d),
                    crng.randrange(0, 90),
                    crng.randrange(250, 360),
                    fill=(214, 186, 150) if n in (1, 2) else (232, 214, 190),
                    width=3,
                )
        if x.get("folds"):
            used = True
            for fy_ in (h / 3, 2 * h / 3):
                for d in range(14):
                    shade = 236 + d
                    ld.line((0, fy_ + d, w, fy_ + d), fill=(shade, shade, shade - 2))
                ld.line((0, fy_, w, fy_), fill=(205, 205, 200), width=1)
        if used:
            page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for start, end, angle in x["sticky"]:
        y0, y1 = tops[start] - lift + 4, tops[end] + line - lift - 4
        x0, x1_ = MARGIN + 0.48 * room, w - MARGIN + 8
        note = Image.new("RGBA", (int(x1_ - x0) + 16, int(y1 - y0) + 16), (0, 0, 0, 0))
        nd = ImageDraw.Draw(note)
        nd.rectangle((6, 6, note.width - 4, note.height - 4), fill=(120, 110, 60, 60))
        nd.rectangle((2, 2, note.width - 8, note.height - 8), fill=(255, 238, 120, 255))
        nd.rectangle((2, 2, note.width - 8, 14), fill=(250, 226, 96, 255))
        ow, oh = note.size
        note = note.rotate(angle, resample=Image.BICUBIC, expand=True)
        out = page.convert("RGBA")
        out.alpha_composite(
            note, (max(0, int(x0 - 2 - (note.width - ow) / 2)), max(0, int(y0 - 2 - (note.height - oh) / 2)))
        )
        page = out.convert("RGB")
        draw = ImageDraw.Draw(page)
    if x.get("bahi"):
        start, end, cols_, fold_ = x["bahi"]
        red = h269._tint((200, 40, 40), paper_, 0.75)
        y0, y1 = tops[start] - lift, tops[end] + line - lift
        for c in cols_:
            xx = MARGIN + c * room
            draw.line((xx, y0, xx, y1), fill=red, width=1)
            draw.line((xx + 3, y0, xx + 3, y1), fill=red, width=1)
        draw.line((MARGIN, y0, w - MARGIN, y0), fill=red, width=1)
        if fold_:
            fold = h269._tint((120, 100, 80), paper_, 0.16)
            draw.line((w / 2, 0, w / 2, h), fill=fold, width=2)
    for start, end in x["gcards"]:
        draw.rounded_rectangle(
            (MARGIN + 0.3 * room - 4, tops[start] - lift - 10, w - MARGIN + 10, tops[end] + line - lift + 10),
            radius=18,
            outline=h269._tint(soft, paper_, 0.4),
            width=1,
        )
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t75"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t75dev":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = mixed_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_mixed(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t75dh":
            align, scale = m
            s = int(size * scale)
            for n_, text in enumerate(r[1:3]):
                if not text:
                    continue
                tw = mixed_width(text, HAND_LATIN, s, serif=True)
                lw, lh = int(tw + s), int(line * 1.7)
                layer = Image.new("L", (lw, lh), 0)
                draw_mixed(ImageDraw.Draw(layer), (4, lh * 0.2), text, HAND_LATIN, s, 255, serif=True)
                layer = layer.transform(
                    (lw, lh), Image.AFFINE, (1, 0.24, -0.24 * lh * 0.6, 0, 1, 0), resample=Image.BICUBIC
                )
                if n_ == 1:
                    tx = width - MARGIN - tw - s * 0.5
                else:
                    tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw - s * 0.4}[align]
                colour = Image.new("RGB", layer.size, pen_ink)
                page.paste(colour, (int(tx), int(y - lh * 0.34)), layer)
            draw = ImageDraw.Draw(page)
        elif name == "t75dl":
            at, by_pen, bold = m
            draw_mixed(draw, (MARGIN, y - size * 0.1), r[1], font, int(size * 0.9), ink)
            draw.text((MARGIN, y + line * 0.72), r[2], font=load_font(font, int(size * 0.74)), fill=soft)
            vy = y + line * 0.4
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.08))
                draw.text((MARGIN + at * room, vy - size * 0.12), r[3], font=vface, fill=pen_ink)
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((MARGIN + at * room, vy), r[3], font=vface, fill=ink)
            yy = y + 2 * line - lift
            draw.line((MARGIN, yy, width - MARGIN, yy), fill=h269._tint(soft, paper_, 0.35), width=1)
        elif name == "t75rib":
            colour = tuple(m)
            face = load_font(bold_of(font), int(size * 0.95))
            tw = face.getlength(r[1])
            x0, x1_ = (width - tw) / 2 - 34, (width + tw) / 2 + 34
            notch = (bot_y - top_y) / 2
            tail_ = h269._tint(colour, (0, 0, 0), 0.75)
            draw.polygon(
                [
                    (x0 - 30, top_y + 6),
                    (x0 + 6, top_y + 6),
                    (x0 + 6, bot_y + 6),
                    (x0 - 30, bot_y + 6),
                    (x0 - 18, top_y + 6 + notch),
                ],
                fill=tail_,
            )
            draw.polygon(
                [
                    (x1_ + 30, top_y + 6),
                    (x1_ - 6, top_y + 6),
                    (x1_ - 6, bot_y + 6),
                    (x1_ + 30, bot_y + 6),
                    (x1_ + 18, top_y + 6 + notch),
                ],
                fill=tail_,
            )
            draw.rectangle((x0, top_y, x1_, bot_y), fill=colour)
            draw.text(((width - tw) / 2, y + size * 0.02), r[1], font=face, fill=(255, 255, 255))
        elif name == "t75icon":
            colour = TONE[m]
            d = line * 2.2
            cx, cy = width / 2, top_y + d / 2 + 4
            draw.ellipse((cx - d / 2, cy - d / 2, cx + d / 2, cy + d / 2), fill=colour)
            white = (255, 255, 255)
            k = d * 0.22
            if m == "success":
                draw.line(
                    (cx - k, cy, cx - k * 0.25, cy + k * 0.8, cx + k * 1.1, cy - k * 0.8),
                    fill=white,
                    width=6,
                    joint="curve",
                )
            elif m == "failed":
                draw.line((cx - k, cy - k, cx + k, cy + k), fill=white, width=6)
                draw.line((cx - k, cy + k, cx + k, cy - k), fill=white, width=6)
            else:
                draw.ellipse((cx - k * 1.3, cy - k * 1.3, cx + k * 1.3, cy + k * 1.3), outline=white, width=4)
                draw.line((cx, cy, cx, cy - k * 0.9), fill=white, width=4)
                draw.line((cx, cy, cx + k * 0.7, cy + k * 0.3), fill=white, width=4)
        elif name == "t75sum":
            bold = bold_of(font)
            small, large = load_font(bold, int(size * 1.1)), load_font(bold, int(size * 2.2))
            mark_w = small.getlength(r[1] + " ")
            tw = mark_w + large.getlength(r[2]) + small.getlength(r[3])
            x0 = (width - tw) / 2
            base = y + line * 1.5
            colour = tuple(style.get("accent", ink))
            draw.text((x0, base - size * 1.0), r[1], font=small, fill=colour, anchor="ls")
            draw.text((x0 + mark_w, base), r[2], font=large, fill=colour, anchor="ls")
            draw.text(
                (x0 + mark_w + large.getlength(r[2]), base - size * 0.9),
                r[3],
                font=small,
                fill=colour,
                anchor="ls",
            )
        elif name == "t75stk":
            face = load_font(x1["pen"], size)
            draw.text((MARGIN + 0.48 * room + 14, y - size * 0.08), r[1], font=face, fill=pen_ink)
        elif name == "t75x":
            at = m
            face = load_font(font, size)
            hface = load_font(x1["pen"], int(size * 1.08))
            small = load_font(x1["pen"], int(size * 0.8))
            draw.text((MARGIN, y), r[1], font=face, fill=ink)
            vx = MARGIN + at * room
            draw.text((vx, y), r[2], font=face, fill=ink)
            ow = face.getlength(r[2])
            draw.line((vx - 4, y + size * 0.72, vx + ow + 4, y + size * 0.28), fill=pen_ink, width=2)
            draw.line((vx - 4, y + size * 0.52, vx + ow + 4, y + size * 0.5), fill=pen_ink, width=2)
            nx = vx + ow + 26
            draw.text((nx, y - size * 0.14), r[3], font=hface, fill=pen_ink)
            draw.text((nx + hface.getlength(r[3]) + 14, y + size * 0.16), r[4], font=small, fill=pen_ink)
        elif name == "t75sig":
            _scribble(draw, m, width - MARGIN - 170, top_y - line * 0.3, 160, line * 1.2, pen_ink)
        elif name == "t75toast":
            face = load_font(font, int(size * 0.78))
            tw = face.getlength(r[1])
            x0 = (width - tw) / 2 - 24
            draw.rounded_rectangle((x0, top_y - 2, x0 + tw + 48, bot_y + 4), radius=10, fill=(50, 52, 58))
            draw.text((x0 + 24, y + size * 0.08), r[1], font=face, fill=(240, 240, 240))
        elif name == "t75div":
            face = load_font(font, int(size * 0.76))
            tw = face.getlength(r[1])
            x0 = (width - tw) / 2 - 16
            draw.rounded_rectangle(
                (x0, top_y + 3, x0 + tw + 32, bot_y - 3),
                radius=10,
                fill=h269._tint((0, 0, 0) if not dark else (255, 255, 255), paper_, 0.08),
            )
            draw.text((x0 + 16, y + size * 0.1), r[1], font=face, fill=soft)
        elif name == "t75in":
            scale, bold, is_soft = m
            face = load_font(bold_of(font) if bold else font, int(size * scale))
            draw.text(
                (MARGIN + 0.3 * room + 14, y - (size * (scale - 1) * 0.5)),
                r[1],
                font=face,
                fill=soft if is_soft else ink,
            )
        elif name == "t75tabs":
            labels = r[1:]
            face = load_font(font, int(size * 0.86))
            n = len(labels)
            accent = tuple(style.get("accent", ink))
            for k, text in enumerate(labels):
                cx = MARGIN + room * (k + 0.5) / n
                tw = face.getlength(text)
                draw.text((cx - tw / 2, y), text, font=face, fill=accent if k == m else soft)
                if k == m:
                    draw.line((cx - tw / 2 - 8, bot_y - 2, cx + tw / 2 + 8, bot_y - 2), fill=accent, width=3)
            draw.line((MARGIN, bot_y + 1, width - MARGIN, bot_y + 1), fill=h269._tint(soft, paper_, 0.3))
    if x.get("greenbar"):
        hole = (150, 148, 140)
        for yy in range(18, h - 10, 24):
            for xx in (14, w - 15):
                draw.ellipse((xx - 5, yy - 5, xx + 5, yy + 5), fill=hole)
        for xx in (27, w - 28):
            for yy in range(0, h, 8):
                draw.line((xx, yy, xx, yy + 3), fill=(190, 190, 184))
    if x.get("holes"):
        for fy_ in (0.3, 0.7):
            cy = h * fy_
            draw.ellipse((9, cy - 8, 25, cy + 8), fill=(96, 94, 90))
    if x.get("lotus"):
        ground, petal = (tuple(c) for c in x["lotus"])
        gold = (214, 170, 60)
        draw.rectangle((3, 3, w - 4, h - 4), outline=gold, width=2)
        draw.rectangle((6, 6, w - 7, h - 7), outline=ground, width=16)
        draw.rectangle((23, 23, w - 24, h - 24), outline=gold, width=2)
        for xx in range(44, w - 40, 40):
            for yy in (14, h - 15):
                _lotus_at(draw, xx, yy, 7, petal, gold)
        for yy in range(44, h - 40, 40):
            for xx in (14, w - 15):
                _lotus_at(draw, xx, yy, 7, petal, gold)
        for cx, cy in ((15, 15), (w - 16, 15), (15, h - 16), (w - 16, h - 16)):
            _lotus_at(draw, cx, cy, 11, petal, gold)
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's, heldout271's and heldout273's), each page's rows drawn
    by ``_render`` while it is drawn; then heldout269's round rubber stamp and a roll's torn edges where a
    page asks for them."""
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

    for face in [
        DEV,
        DEV_BOLD,
        DEV_SERIF,
        DEV_SERIF_BOLD,
        HAND_LATIN,
        *PENS,
        *TYPES,
        "dejavu/DejaVuSans.ttf",
    ]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout275 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the gallery's own app


GPAY_BLUE, PAYZAPP_BLUE, POP_PINK, ICICI_RUST = (26, 115, 232), (0, 76, 143), (214, 40, 110), (176, 62, 36)
KOTAK_RED, WA_GREEN, PHONEPE = (237, 28, 36), (0, 128, 105), (95, 37, 159)
PAYEES = [GALLERY_CAPS, GALLERY, CUT, "KAMAL TALAI GALLERY UDAIPUR"]
VPAS = [
    "kamaltalaigallery@sbi",
    "kamaltalai.gallery@okhdfcbank",
    "Q819204376@ybl",
    "kamaltalaipichwai@aubank",
    "kamaltalai.udaipur@okicici",
]
BUYERS = [
    ("Anjali Mehta", "anjalimehta@okhdfcbank", "HDFC Bank"),
    ("Rohit Agarwal", "rohit.agarwal@oksbi", "State Bank of India"),
    ("Kavya Reddy", "kavyareddy@ybl", "ICICI Bank"),
    ("Farhan Qureshi", "farhanq@axl", "Axis Bank"),
    ("Nandini Iyer", "nandini.iyer@okaxis", "Kotak Mahindra Bank"),
    ("Sandeep Bhandari", "sbhandari@aubank", "AU Small Finance Bank"),
    ("Tanya Kapoor", "tanya.k@ibl", "IndusInd Bank"),
    ("Vikram Rathore", "vikramr@barodampay", "Bank of Baroda"),
]
NOTES = [
    "lotus pichwai",
    "Sharad Purnima advance",
    "2 miniatures",
    "cow panel",
    "gift for maa",
    "framing extra",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Udaipur gallery or the atelier: Google Pay's conversation with the gallery (the day on
    the chat's divider, a payment card with the sum and "Paid . <hour>"; no reference); PayZapp's success
    with a large tick, the sum split into rupees and raised paise, UPI Ref No., PayZapp Txn ID; super.money's
    dark screen of a payment processing (a clock's mark, each label small over its value); POP UPI's payment
    with its POPcoins; iMobile Pay's failed payment, its details against a gutter; Kotak's UPI payment receipt
    under a ribbon with a striped table; WhatsApp's payment details ("Today at <hour>"; no day); PhonePe
    Business on the gallery's own phone (tabs, Payment received from a buyer, UTR, Transaction ID). All new
    here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=1500, high=48000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    tick_ = sign(font, "\u2713", "")
    mark = rs.mark
    if k == 0:
        p = phone(rng, font, k, [""], dark=False, buttons=("Pay", "Request"))
        p.part = "head"
        name = pick(p, "title", [to, GALLERY])
        p.add("title", name, merchant=name)
        p.add("small", f"UPI ID: {vpa}", method="UPI")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        divider(p, when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b %Y", "%d %b %Y"])), date=j.date)
        p.add("gap")
        s = gcard_open(p)
        small = load_font(p.font, int(p.style["size"] * 0.86))
        if small.getlength(f"Payment to {name}") <= 0.7 * room_of(p) - 40:
            inrow(p, f"Payment to {name}", scale=0.86, soft=True)
        else:
            inrow(p, "Payment to", scale=0.86, soft=True)
            inrow(
                p, name if small.getlength(name) <= 0.7 * room_of(p) - 40 else GALLERY, scale=0.86, soft=True
            )
        inrow(p, rs(j.amount), scale=1.5, bold=True, amount=j.amount)
        inrow(p, f"{tick_} Paid {dot} {hhmm(rng, lower=True)}".replace("  ", " ").strip(), status=status)
        inrow(p, rng.choice(NOTES), scale=0.86, soft=True)
        gcard_close(p, s)
        p.add("gap")
        p.add("gap")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share receipt",))
        band(p, PAYZAPP_BLUE)
        app_head(p, "PayZapp", "HDFC Bank")
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        bigsum(p, mark, j.amount, rng.choice(["indian", "western"]), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GALLERY}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", vpa)
        p.add("rule")
        pid = f"PZ{j.date:%y%m%d}{digits(rng, 10)}"
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("PayZapp Txn ID", pid, txn=(TXN_RANK, pid))
        p.pair("Paid from", f"HDFC Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        p.pair("Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        toast(p, "Payment done. Receipt sent to your e-mail.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment status"], dark=True, buttons=("Go to home",))
        app_head(p, "super.money", "UPI payments")
        sicon(p, status)
        p.add("center", "Payment processing", status=status)
        p.accent(AMBER)
        bigsum(p, mark, j.amount, "indian", amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GALLERY}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Usually completes in 2 minutes. We will notify you once your bank confirms.")
        p.add("gap")
        sid = f"SM{code(rng, 4, UPPER)}{digits(rng, 12)}"
        lab(p, "UPI Ref. ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "super.money ID")
        p.add("left", sid, txn=(TXN_RANK, sid))
        lab(p, "Debited from")
        p.add("left", f"{sb} {dot * 4} {digits(rng, 4)}  (UPI)", method="UPI")
        lab(p, "Started at")
        p.add("left", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, POP_PINK)
        app_head(p, "POP UPI", "Pay and earn POPcoins")
        p.add("small", "You paid")
        bigsum(p, mark, j.amount, "indian", amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GALLERY}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        pill(p, "Payment successful", status)
        p.add("gap")
        c = card_open(p)
        p.add("center", f"You earned {rng.randrange(40, 400)} POPcoins on this payment")
        p.add("small", "Use them on your next order at POPshop")
        card_close(p, c)
        p.add("gap")
        tid = f"POP{digits(rng, 14)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)), date=j.date)
        kvr(p, "Paid via", f"UPI, {sb} XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry", "Help"))
        band(p, ICICI_RUST)
        app_head(p, "iMobile Pay", "ICICI Bank")
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.accent(RED)
        bigsum(p, mark, j.amount, "indian", amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GALLERY}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Declined by your bank: the payment crossed your daily UPI limit (U16).")
        p.add("rule")
        gutter(p, "gi", "Reference No.", j.ref, txn=(UTR_RANK, j.ref))
        gutter(
            p, "gi", "Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date
        )
        gutter(p, "gi", "From Account", f"XXXXXXXX{digits(rng, 4)}")
        gutter(p, "gi", "Payment Mode", "UPI", method="UPI")
        gutter(p, "gi", "Payee VPA", vpa)
        p.add("small", "No money has been debited from your account.")
        return p.done()
    if k == 5:
        p = screen(rng, font, "crop", width=rng.choice([580, 600]), size=rng.choice([19, 20]))
        p.style["paper"] = (255, 255, 255)
        p.part = "body"
        top(p, "kotak")
        p.add("small", "Kotak Mahindra Bank")
        p.add("gap")
        ribbon(p, "UPI PAYMENT RECEIPT", KOTAK_RED)
        p.add("gap")
        shown = h273.cell_name(p, 0.58, [to, GALLERY])
        if not fits(p, "center", f"Sent {rs(j.amount)} to {shown}"):
            shown = GALLERY
        p.add("center", f"Sent {rs(j.amount)} to {shown}", amount=j.amount, merchant=shown)
        p.add("gap")
        zebra(
            p,
            "ko",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Transaction details", ""],
            [
                (["Beneficiary Name", shown], {}),
                (["Beneficiary VPA", vpa], {}),
                (["Amount", rs(j.amount)], {}),
                (["Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"])], {"date": j.date}),
                (["UPI Reference No.", j.ref], {"txn": (UTR_RANK, j.ref)}),
                (["Remitter", f"{who}, Kotak A/c XX{digits(rng, 4)}"], {"method": "UPI"}),
                (["Status", "SUCCESS"], {"status": status}),
            ],
            KOTAK_RED,
        )
        p.add("gap")
        p.add("small", "This is a system generated receipt from the Kotak app.")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["Payment details", ""], dark=False, buttons=())
        band(p, WA_GREEN)
        app_head(p, "Payment details", "WhatsApp")
        name = pick(p, "center", [f"Payment to {to}", f"Payment to {GALLERY}"])[11:]
        p.add("center", f"Payment to {name}", merchant=name)
        bigsum(p, mark, j.amount, "indian", amount=j.amount)
        p.add("center", f"{tick_} Completed".strip(), status=status)
        p.accent(GREEN)
        p.add("small", f"Today at {hhmm(rng, lower=True)}")
        p.add("rule")
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "To")
        p.add("left", vpa)
        lab(p, "Payment method")
        p.add("left", f"{sb} {dot * 4} {digits(rng, 4)}", method="UPI")
        p.add("small", "Payments on WhatsApp are made through UPI and are processed by your bank.")
        return p.done()
    p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
    band(p, PHONEPE)
    app_head(p, "PhonePe Business")
    name = pick(p, "center", [GALLERY, GALLERY_CAPS])
    p.add("center", name, merchant=name)
    p.add("small", "Gangaur Ghat Marg, Udaipur")
    tabs(p, ["Payments", "Settlements", "Reports"], 0)
    p.add("gap")
    pill(p, "Payment received", status)
    bigsum(p, mark, j.amount, "indian", amount=j.amount)
    p.add("center", f"from {who}")
    p.add("small", their, method="UPI")
    p.add("rule")
    tid = f"T{j.date:%y%m%d}{rng.randrange(10, 23)}{digits(rng, 14)}"
    kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Received at", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
    kvr(p, "Settles to", f"AU Bank XX{digits(rng, 4)}, instant")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("Jheelwara Palace Hotels Pvt Ltd", "Udaipur - 313001", "sap"),
    ("Etsy", "", "etsy"),
    ("Rajasthan Small Industries Corporation Ltd (Rajasthali)", "Jaipur", "ifms"),
    ("Studio Ektara Interiors LLP", "Hauz Khas, New Delhi - 110016", "axis"),
    ("Nathdwara Temple Board", "Nathdwara - 313301", "temple"),
    ("Bandhej Home Studio Pvt Ltd", "Ballygunge, Kolkata - 700019", "razorpayx"),
    ("Aravalli Retreats Pvt Ltd", "Kumbhalgarh, Rajsamand - 313325", "initiated"),
    ("Aranya Lifestyle Retail Pvt Ltd", "Indiranagar, Bengaluru - 560038", "scb"),
]


def bills_of(rng: random.Random, j: Job, n: int, tds: float) -> list[tuple[str, dt.date, float, float]]:
    """``n`` of the atelier's invoices whose nets (less ``tds``) add up to the sum paid: number, day, gross,
    net."""
    nets = [round(j.amount / n, 2) for _ in range(n - 1)]
    nets.append(round(j.amount - sum(nets), 2))
    out = []
    for net in nets:
        gross = round(net / (1 - tds), 2) if tds else net
        out.append((f"KTP/{fy(j.date)}/{rng.randrange(20, 600):03d}", earlier(rng, j, 12, 60), gross, net))
    return out


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Udaipur hotel group, Etsy, Rajasthali (the state's emporium), a Delhi interior studio, the Nathdwara
    Temple Board, a Kolkata home studio, a Kumbhalgarh resort and a Bengaluru retailer paying the atelier:
    SAP's remittance advice in a plain-text mail (Payment Doc No, Value Date, Vendor Name, Bank Ref (UTR), its
    invoices with TDS); Etsy's deposit mail (the shop, the deposit; no reference); IFMS Rajasthan's e-Payment
    Advice in shaded rows (Token No., Voucher No., Payee Name, Net Amount, e-Payment Date, UTR No.); Axis
    Bank's corporate payment rejected (a large cross, its details against a gutter); the Temple Board's
    PAYMENT ADVICE under a ribbon, its labels in Hindi over their English; RazorpayX's payout "Processed 2
    hours ago" (no day); a resort's mail of a payment initiated (a banded row: Payment Ref., Initiated on,
    Amount); Standard Chartered's payment advice on behalf of its customer, punched for the file. All new
    here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=18000, high=320000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([COMPANY, COMPANY_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "sap":
        doc = str(rng.randrange(1500000000, 1500099999))
        p = mail_page(
            rng,
            font,
            "Accounts Payable - Jheelwara Palace <ap.payments@jheelwarahotels.com>",
            [f"Remittance Advice - Payment Doc {doc}", "Remittance Advice"],
        )
        p.part = "body"
        p.add("left", "Dear Vendor,")
        p.add(
            "left", "Please find below the details of the payment made to your bank account.", status=status
        )
        p.add("gap")
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.82
        n_ = tt_cols(p)
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = payee if len(payee) + 17 <= n_ else CUT
        bills = bills_of(rng, j, rng.randrange(1, 4), 0.02)
        typed(p, "REMITTANCE ADVICE", scale=0.82)
        typed(p, "-" * min(n_, 64), scale=0.82)
        typed(p, f"Payment Doc No : {doc}", scale=0.82, txn=(INVOICE_RANK, doc))
        typed(p, f"Value Date     : {when(j.date, '%d.%m.%Y')}", scale=0.82, date=j.date)
        typed(p, f"Vendor Code    : {rng.randrange(200000, 299999)}", scale=0.82)
        typed(p, f"Vendor Name    : {name}", scale=0.82, merchant=name)
        typed(p, "Payment Method : NEFT", scale=0.82, method="netbanking")
        typed(p, f"Bank Ref (UTR) : {utr}", scale=0.82, txn=(UTR_RANK, utr))
        typed(p, "-" * min(n_, 64), scale=0.82)
        typed(p, f"{'Invoice':<15}{'Inv Date':<11}{'Gross':>11}{'TDS':>9}{'Net':>12}", scale=0.82)
        for no, day, gross, net in bills:
            typed(
                p,
                f"{no:<15}{when(day, '%d.%m.%y'):<11}{num(gross, 'plain'):>11}{num(gross - net, 'plain'):>9}"
                f"{num(net, 'plain'):>12}",
                scale=0.82,
            )
        typed(p, "-" * min(n_, 64), scale=0.82)
        typed(p, f"{'Total paid':<37}{num(j.amount, 'plain'):>21}", scale=0.82, amount=j.amount)
        p.add("gap")
        p.add(
            "small",
            "TDS u/s 194C deducted at 2%. This is a system generated advice from SAP; please do not reply.",
        )
        return p.done()
    if frame == "etsy":
        p = mail_page(
            rng, font, "Etsy <transaction@etsy.com>", ["Your deposit is on its way", "Deposit sent"]
        )
        p.part = "head"
        top(p, "Etsy")
        p.add("rule")
        p.part = "body"
        shop = "KamalTalaiPichwai"
        p.add("left", f"Hi {shop},")
        last = digits(rng, 4)
        p.add(
            "left",
            f"We've sent a deposit of {rs(j.amount)} to your bank account ending in {last} on "
            f"{day_in(j, rng, ['{d} %B %Y', '%B {d}, %Y'])}. It can take 3 to 5 business days to appear.",
            amount=j.amount,
            date=j.date,
            status=status,
            method="netbanking",
        )
        p.add("gap")
        orders = rng.randrange(2, 7)
        fees = round(j.amount * rng.uniform(0.08, 0.12), 2)
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "et", spec, "Shop", shop, merchant=shop)
        cols(p, "et", spec, "Orders in this deposit", str(orders))
        cols(p, "et", spec, "Sales", rs(j.amount + fees))
        cols(p, "et", spec, "Etsy fees and taxes", f"-{rs(fees)}")
        total(p, "Deposit", rs(j.amount), at=0.5)
        p.add("gap")
        p.add("small", "See your payment account in Shop Manager for each order in this deposit.")
        return p.done()
    if frame == "ifms":
        p = browser_page(rng, font, "ifms.raj.nic.in/ePayment/PaymentAdvice.aspx")
        p.part = "head"
        dev(p, "राजस्थान सरकार - वित्त विभाग", scale=0.95, bold=True)
        top(p, "IFMS Rajasthan")
        p.add("small", "Integrated Financial Management System  |  e-Payment Advice")
        p.add("rule")
        p.part = "body"
        p.add("small", f"DDO: General Manager (Finance), {payer}, Jaipur")
        gross = round(j.amount / 0.98, 2)
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        kv(p, "Token No.", str(rng.randrange(1000, 9999)), at=0.36)
        kv(p, "Voucher No.", f"{rng.randrange(10, 999)}/{j.date:%m}", at=0.36)
        kv(p, "Payee Name", payee, at=0.36, merchant=payee)
        kv(p, "Payee Bank A/c", f"AU Small Finance Bank {tail(rng)}", at=0.36)
        kv(p, "Gross Amount", num(gross), at=0.36)
        kv(p, "Deductions (TDS)", num(gross - j.amount), at=0.36)
        kv(p, "Net Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment Mode", "e-Payment (NEFT)", at=0.36, method="netbanking")
        kv(p, "e-Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.36, date=j.date)
        kv(p, "UTR No.", utr, at=0.36, txn=(UTR_RANK, utr))
        kv(p, "Status", "Paid - credited to payee", at=0.36, status=status)
        p.add("gap")
        p.add("small", "Consignment of Pichwai paintings for Rajasthali, M.I. Road, Jaipur.")
        return p.done()
    if frame == "axis":
        p = browser_page(rng, font, "corporate.axisbank.co.in/neo/payments/status")
        p.part = "head"
        top(p, "Axis Bank")
        p.add("small", f"neo for corporates  |  {payer}")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment Rejected", status=status)
        p.accent(RED)
        p.add("small", "The beneficiary bank did not accept this payment. The amount is credited back.")
        p.add("gap")
        ref = f"AXNEO{j.date:%y%m%d}{digits(rng, 6)}"
        for label, value, facts in [
            ("Payment Reference No.", ref, {"txn": (BANK_RANK, ref)}),
            ("IMPS Ref. No.", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Debit Account", tail(rng), {}),
            ("Beneficiary Name", payee, {"merchant": payee}),
            ("Beneficiary Account", digits(rng, 14), {}),
            ("IFSC", f"AUBL000{digits(rng, 4)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "IMPS", {"method": "netbanking"}),
            ("Value Date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), {"date": j.date}),
            ("Rejection Reason", "Beneficiary name does not match (M3)", {}),
        ]:
            gutter(p, "ax", label, value, at=0.4, **facts)
        return p.done()
    if frame == "temple":
        j.amount = float(rng.randrange(90000, 260000, 500))
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        dev(p, "श्रीनाथजी मंदिर मंडल, नाथद्वारा", scale=1.1, bold=True, serif=True)
        top(p, payer)
        p.add("small", "Accounts Section, Nathdwara, Rajsamand (Rajasthan) - 313301")
        ribbon(p, "PAYMENT ADVICE", (150, 60, 20))
        p.part = "body"
        p.add("gap")
        no = f"NTB/ACCT/{j.date:%Y}/{rng.randrange(100, 999)}"
        utr = utr_for(rng, j, "Bank of Baroda", "RTGS" if j.amount > 200000 else "NEFT")
        dlab(p, "क्रमांक", "Order No.", no, txn=(INVOICE_RANK, no))
        dlab(p, "प्राप्तकर्ता", "Payee", payee, merchant=payee)
        dlab(p, "विवरण", "Particulars", "Pichwai for the Annakut, 8 x 5 ft")
        dlab(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", bold=True, amount=j.amount)
        dlab(p, "माध्यम", "Mode", "RTGS" if j.amount > 200000 else "NEFT", method="netbanking")
        dlab(p, "यू.टी.आर.", "UTR", utr, txn=(UTR_RANK, utr))
        dlab(p, "भुगतान दिनांक", "Date of payment", day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), date=j.date)
        p.add("gap")
        dev(p, "उपरोक्त राशि का भुगतान कर दिया गया है।", align="l")
        p.add("left", "The above amount has been paid.", status=status)
        p.add("gap")
        sig(p)
        right(p, "Accounts Officer")
        return p.done()
    if frame == "razorpayx":
        pout = f"pout_{code(rng, 14, MIXED)}"
        p = browser_page(rng, font, f"x.razorpay.com/payouts/{pout}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"{payer}  |  Payouts")
        p.add("rule")
        p.part = "body"
        pill(p, "Processed", status, align="l")
        p.add("small", f"Processed {rng.choice(['2 hours ago', '35 minutes ago', '5 hours ago'])}")
        p.add("gap")
        name = pick(p, "left", [payee, CUT])
        kv(p, "Payout ID", pout, txn=(TXN_RANK, pout))
        kv(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kv(p, "Beneficiary", name, merchant=name)
        kv(p, "Account", f"{tail(rng)}  |  AUBL0002104")
        kv(p, "Mode", "IMPS", method="netbanking")
        kv(p, "Amount", rs(j.amount), amount=j.amount)
        kv(p, "Purpose", "Vendor bill")
        kv(p, "Narration", "KTP pichwai order, Ballygunge flat")
        return p.done()
    if frame == "initiated":
        p = mail_page(
            rng,
            font,
            "Accounts - Aravalli Retreats <accounts@aravalliretreats.in>",
            ["Payment initiated against your invoice", "Your payment is on the way"],
        )
        p.part = "body"
        p.add("left", "Dear Sir,")
        inv = f"KTP/{fy(j.date)}/{rng.randrange(20, 600):03d}"
        p.add(
            "left",
            f"We have initiated the payment of {rs(j.amount)} against your invoice {inv} for the lobby's "
            "lotus pichwai. It will be credited once our bank processes the NEFT batch.",
            status=status,
        )
        p.add("gap")
        pref = f"ARP/{j.date:%y%m}/{rng.randrange(100, 999)}"
        kind(
            p,
            "ath",
            [(0.0, 0.3, "l"), (0.3, 0.62, "l"), (0.62, 1.0, "r")],
            "band",
            group="at",
            fill=(70, 96, 60),
            bold=(0, 1, 2),
        )
        kind(p, "atr", [(0.0, 0.3, "l"), (0.3, 0.62, "l"), (0.62, 1.0, "r")], "line", group="at")
        row(p, "ath", "Payment Ref.", "Initiated on", "Amount")
        row(
            p,
            "atr",
            pref,
            day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]),
            rs(j.amount),
            txn=(TXN_RANK, pref),
            date=j.date,
            amount=j.amount,
        )
        p.add("gap")
        p.add("left", f"Beneficiary: {payee}", merchant=payee)
        p.add("left", "Mode: NEFT to your AU Small Finance Bank account", method="netbanking")
        p.add("gap")
        p.add("left", "We will share the UTR once the bank confirms the transfer.")
        p.add("left", "Regards,")
        p.add("left", f"Accounts, {payer}")
        return p.done()
    p = paper_page(rng, font, [760, 800])
    holes(p)
    p.part = "head"
    top(p, "Standard Chartered")
    p.add("small", "Transaction Banking  |  Payment Advice")
    p.add("rule")
    p.part = "body"
    p.add("right", f"Date: {when(j.date, '%d %b %Y')}")
    p.add("left", "To,")
    p.add("left", payee, merchant=payee)
    p.add("left", OFFICE_SHORT)
    p.add("gap")
    p.add("left", "Dear Sir / Madam,")
    p.add(
        "left",
        f"We have been instructed by our customer, {payer}, to make the payment below to your account. "
        "The amount has been credited to your account.",
        status=status,
    )
    p.add("gap")
    utr = utr_for(rng, j, "HDFC Bank", "NEFT")
    cref = f"SCB{j.date:%y%m%d}{digits(rng, 6)}"
    spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
    grid(
        p,
        "sc",
        spec,
        None,
        [
            (["Remitter", payer], {}),
            (["Customer reference", f"PO {rng.randrange(4500000, 4599999)}"], {}),
            (["Payment amount", rs(j.amount)], {"amount": j.amount}),
            (["Value date", when(j.date, "%d %b %Y")], {"date": j.date}),
            (["Payment type", "NEFT"], {"method": "netbanking"}),
            (["Bank reference", cref], {"txn": (BANK_RANK, cref)}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
        ],
    )
    p.add("gap")
    p.add("small", "This advice is generated by the bank on behalf of its customer and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 3. collectors abroad


# remitter, town, currency, sum (low, high), the frame
COLLECTORS = [
    ("Hudson Fold Gallery LLC", "New York, United States", "USD", 1800, 12000, "skydo"),
    ("Collezione Bellini S.r.l.", "Milan, Italy", "EUR", 1500, 9000, "intesa"),
    ("Mrs. Harriet Ashdown", "London, United Kingdom", "GBP", 900, 7000, "barclays"),
    ("Lotus Pond Antiques Ltd", "Hong Kong", "HKD", 12000, 80000, "hsbc"),
    ("Kauri Bay Interiors Ltd", "Auckland, New Zealand", "NZD", 1500, 9500, "anz"),
    ("Nørregaard Kunst ApS", "Copenhagen, Denmark", "DKK", 9000, 60000, "danske"),
    ("Al Wakra Art House WLL", "Doha, Qatar", "QAR", 4000, 30000, "qnb"),
    ("Mr. Erik Lindqvist", "Stockholm, Sweden", "SEK", 12000, 80000, "mail"),
]
FX = {
    "USD": 88.2,
    "EUR": 102.6,
    "GBP": 117.9,
    "HKD": 11.3,
    "NZD": 52.4,
    "DKK": 13.75,
    "QAR": 24.2,
    "SEK": 9.35,
}


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: a code or sign and English grouping; euros and kroner the
    Italian and Danish way (3.250,00), Swedish kronor with a space between the thousands (24 500,00)."""

    def continental(v: float, thousands: str) -> str:
        return f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", thousands)

    if cur == "EUR":
        mark = rng.choice([sign(font, "\u20ac", "EUR") + " ", "EUR "])
        return lambda v: mark + continental(v, ".")
    if cur == "DKK":
        form = rng.choice(["{v} kr.", "DKK {v}"])
        return lambda v: form.format(v=continental(v, "."))
    if cur == "SEK":
        form = rng.choice(["{v} SEK", "{v} kr"])
        return lambda v: form.format(v=continental(v, " "))
    form = rng.choice(
        {
            "USD": ["USD {v}", "${v}", "US$ {v}"],
            "GBP": [sign(font, "\u00a3", "GBP ") + "{v}", "GBP {v}"],
            "HKD": ["HKD {v}", "HK${v}"],
            "NZD": ["NZD {v}", "NZ${v}"],
            "QAR": ["QAR {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A New York gallery, a Milan collection, a London collector, a Hong Kong antiques dealer, an Auckland
    interiors firm, a Copenhagen art dealer, a Doha art house and a Stockholm collector paying for pichwais:
    Skydo's page of dollars received (a large tick, its details against a gutter: Account holder, Payment ID,
    FX rate, You receive (INR), Settled on); Intesa Sanpaolo's Bonifico estero eseguito, each label in
    Italian with its English; Barclays' app (Payment sent, the pounds, the payee, Reference, Payment type,
    Barclays reference); HSBC HK's overseas transfer ("Today 14:32 HKT"; no day); ANZ's international payment
    unsuccessful under a ribbon in a table ruled on every side; Danske Bank's Udlandsoverfoersel gennemfoert in
    Danish kroner; QNB's transfer request in progress in Qatari riyals; a Stockholm collector's mail in
    kronor (no reference). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    payer, city, cur, lo, hi, frame = COLLECTORS[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    inr = round(j.amount * rate, 2)
    me = rng.choice([COMPANY, COMPANY_CAPS])
    inv = f"KTP/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    acct_no = digits(rng, 12)
    if frame == "skydo":
        p = browser_page(rng, font, f"app.skydo.com/payments/{code(rng, 12, LOWER)}")
        p.part = "head"
        top(p, "skydo")
        p.add("small", "Export payments  |  Payment received")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment received and settled", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("center", f"from {payer}, {city.split(',')[0]}")
        p.add("gap")
        pid = f"SKY{digits(rng, 10)}"
        name = pick(p, "left", [me, CUT])
        gutter(p, "sk", "Account holder", name, merchant=name)
        gutter(p, "sk", "Payment ID", pid, txn=(TXN_RANK, pid))
        gutter(p, "sk", "Received via", "ACH to your Skydo USD account", method="netbanking")
        gutter(p, "sk", "FX rate", f"1 USD = {rate:.2f} INR")
        gutter(p, "sk", "You receive (INR)", num(inr))
        gutter(p, "sk", "Settled to", f"AU Small Finance Bank {tail(rng)}")
        gutter(p, "sk", "Settled on", day_in(j, rng, ["%d %b %Y", "%b {d}, %Y"]), date=j.date)
        p.add("gap")
        p.add("small", "Your FIRA for this payment can be downloaded from Documents.")
        return p.done()
    if frame == "intesa":
        p = browser_page(rng, font, "www.intesasanpaolo.com/business/bonifici/esito")
        p.part = "head"
        top(p, "Intesa Sanpaolo")
        p.add("small", f"Inbiz  |  {payer}")
        p.add("rule")
        p.part = "body"
        pill(p, "Bonifico estero eseguito", status, align="l")
        p.add("small", "Foreign transfer executed")
        p.add("gap")
        trn = f"0306{digits(rng, 8)}{code(rng, 6, ALNUM)}IT"
        spec = [(0.0, 0.44, "l"), (0.44, 1.0, "l")]
        name = h273.cell_name(p, 0.56, [me, CUT], scale=1.0)
        for label, value, facts in [
            ("Beneficiario (Beneficiary)", name, {"merchant": name}),
            ("IBAN / Conto (Account)", f"IN {acct_no}", {}),
            ("Banca (Bank)", "AU Small Finance Bank, Jaipur", {}),
            ("Importo (Amount)", show(j.amount), {"amount": j.amount, "cur": cur}),
            ("Data esecuzione (Date)", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("Tipo (Type)", "Bonifico SWIFT, spese SHA", {"method": "netbanking"}),
            ("TRN", trn, {"txn": (BANK_RANK, trn)}),
            ("Causale (Purpose)", f"Fattura {inv}", {}),
        ]:
            colkv(p, "is", spec, label, value, **facts)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Intesa Sanpaolo S.p.A. Conservare la ricevuta. Keep this receipt.")
        return p.done()
    if frame == "barclays":
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Done",))
        band(p, (0, 174, 239))
        app_head(p, "Barclays", "International payments")
        sicon(p, status)
        p.add("center", "Payment sent", status=status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        ref = f"BRC{digits(rng, 4)}{code(rng, 6, ALNUM)}"
        p.pair("Reference", clip(f"INV {inv}", 24))
        p.pair("Date", day_in(j, rng, ["{d} %B %Y", "%d %b %Y"]), date=j.date)
        p.pair("Payment type", "International (SWIFT)", method="netbanking")
        p.pair("Charges", "Shared")
        p.pair("Barclays reference", ref, txn=(BANK_RANK, ref))
        p.pair("From", f"Premier Current {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}")
        return p.done()
    if frame == "hsbc":
        p = phone(rng, font, k, ["", "Overseas transfer"], dark=False, buttons=("Done",))
        band(p, (219, 0, 17))
        app_head(p, "HSBC HK", "Overseas transfer")
        pill(p, "Transfer successful", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today {hhmm(rng, twelve=False)} HKT")
        p.add("rule")
        ref = f"HK{digits(rng, 3)}{code(rng, 8, ALNUM)}"
        lab(p, "Payee bank")
        p.add("left", "AU Small Finance Bank, India (AUBLINBBXXX)")
        lab(p, "Transfer method")
        p.add("left", "Telegraphic transfer, charges SHA", method="netbanking")
        lab(p, "Reference number")
        p.add("left", ref, txn=(BANK_RANK, ref))
        lab(p, "Message to payee")
        p.add("left", clip(f"Pichwai invoice {inv}", 30))
        return p.done()
    if frame == "anz":
        p = browser_page(rng, font, "secure.anz.co.nz/IBCS/service/international/result")
        p.part = "head"
        top(p, "ANZ Internet Banking")
        p.add("small", f"{payer}  |  International payment")
        p.add("rule")
        p.part = "body"
        ribbon(p, "PAYMENT UNSUCCESSFUL", (0, 65, 125))
        p.add("left", "Your international payment was returned by the beneficiary's bank.", status=status)
        p.add("gap")
        ref = f"ANZ{digits(rng, 9)}"
        name = h273.cell_name(p, 0.6, [me, CUT])
        grid(
            p,
            "an",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary bank", "AU Small Finance Bank, Jaipur"], {}),
                (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Payment date", day_in(j, rng, ["%d/%m/%Y", "{d} %b %Y"])], {"date": j.date}),
                (["Payment method", "International payment (SWIFT)"], {"method": "netbanking"}),
                (["Payment reference", ref], {"txn": (BANK_RANK, ref)}),
                (["Reason", "Account name does not match"], {}),
            ],
        )
        p.add("gap")
        p.add("small", "The amount less any overseas bank fees has been returned to your account.")
        return p.done()
    if frame == "danske":
        p = phone(rng, font, k, ["", "Udlandsoverførsel"], dark=False, buttons=("Luk / Close",))
        band(p, (0, 48, 87))
        app_head(p, "Danske Bank", "Erhverv / Business")
        pill(p, "Udlandsoverførsel gennemført", status)
        p.add("small", "Foreign transfer completed")
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"Til {me}", f"Til {CUT}"])[4:]
        p.add("center", f"Til {name}", merchant=name)
        p.add("rule")
        ref = f"DB{digits(rng, 10)}"
        for label, value, facts in [
            ("Modtager / Recipient bank", "AU Small Finance Bank, Indien", {}),
            ("Dato / Date", when(j.date, "%d.%m.%Y"), {"date": j.date}),
            ("Type", "SWIFT-overførsel", {"method": "netbanking"}),
            ("Reference", ref, {"txn": (BANK_RANK, ref)}),
            ("Tekst til modtager", clip(f"Faktura {inv}", 28), {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "qnb":
        p = phone(rng, font, k, ["", "Transfer status"], dark=False, buttons=("Done",))
        band(p, (95, 35, 90))
        app_head(p, "QNB Mobile", "International transfer")
        sicon(p, status)
        p.add("center", "Transfer request in progress", status=status)
        p.accent(AMBER)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Your request has been received and will be processed within 1 to 2 working days.")
        p.add("rule")
        ref = f"QNB{digits(rng, 11)}"
        kvr(p, "Transaction reference", ref, txn=(BANK_RANK, ref))
        kvr(p, "Request date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        kvr(p, "Transfer type", "SWIFT", method="netbanking")
        kvr(p, "Charges", "QAR 35.00 (OUR)")
        kvr(p, "From account", tail(rng))
        return p.done()
    p = mail_page(
        rng,
        font,
        "Erik Lindqvist <erik.lindqvist@telia.se>",
        ["Payment for the lotus pichwai", "Betalning sent"],
    )
    p.part = "body"
    p.add("left", "Dear Kamal Talai team,")
    p.add(
        "left",
        f"I have sent {show(j.amount)} for the Kamal Talai pichwai (your invoice {inv}) by international "
        f"transfer from SEB on {day_in(j, rng, ['{d} %B %Y', '%B {d}, %Y'])}.",
        amount=j.amount,
        cur=cur,
        date=j.date,
        status=status,
        method="netbanking",
    )
    p.add("left", f"Beneficiary: {me}, AU Small Finance Bank, Jaipur, A/c {acct_no}", merchant=me)
    p.add("left", "Please let me know when it arrives. The painting will hang in our summer house.")
    p.add("gap")
    p.add("left", "Med vänliga hälsningar / Kind regards,")
    p.add("left", "Erik Lindqvist")
    p.add("small", city)
    return p.done()


# ---------------------------------------------------------------- 4. the atelier's own receipts and bills


SHOP_NAME = "Kamal Talai Pichwai"
HINDI_NAMES = ["अनीता शर्मा", "रमेश पालीवाल", "सुनीता जैन", "महेश अग्रवाल"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The atelier's own papers, each its unit or itself on top: the gallery's TAX INVOICE printed by a
    dot-matrix on green-bar continuous stationery (INV NO, GRAND TOTAL, PAID BY CARD with its APPR); the
    atelier's commission ADVANCE RECEIPT in a Pichwai border under a ribbon, its labels in Hindi over their
    English filled in by hand; the web shop's mail of an order awaiting a bank transfer; the Shilpgram stall's
    CASH MEMO written in Hindi on a red-ruled pad with its total in a box; a workshop's PASS CUM RECEIPT past a
    perforated stub; the web shop's checkout refused by the card's bank (no day); a receipt book's page in
    Hindi and English filled in by hand under a signed revenue stamp (no number); Swipe's invoice with its
    Payment details card and a PAID capsule. All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=2500, high=90000, p_round=0.8)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        greenbar(p)
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.84
        n_ = tt_cols(p)
        items = paintings(rng, rng.randrange(1, 3), high=60000)
        taxable = sum(q * pr for _, _, q, pr in items)
        gst = round(taxable * 0.025, 2)
        j.amount = float(round(taxable + 2 * gst))
        inv = f"KTG/{fy(j.date)}/{rng.randrange(100, 999):04d}"
        appr = digits(rng, 6)
        w_ = min(n_, 60)

        def line(left: str, right_: str = "", **facts) -> None:
            typed(p, f"{left}{right_:>{w_ - len(left)}}" if right_ else left, scale=0.84, **facts)

        p.part = "head"
        typed(p, GALLERY_CAPS.center(w_).rstrip(), scale=0.84, merchant=GALLERY_CAPS)
        typed(p, "9, GANGAUR GHAT MARG, UDAIPUR-313001".center(w_).rstrip(), scale=0.84)
        typed(p, f"GSTIN {GSTIN}  PH 0294-24{digits(rng, 5)}".center(w_).rstrip(), scale=0.84)
        typed(p, "TAX INVOICE".center(w_).rstrip(), scale=0.84)
        p.part = "body"
        line(f"INV NO : {inv}", f"DATE : {when(j.date, '%d/%m/%Y')}", txn=(INVOICE_RANK, inv), date=j.date)
        line(f"BUYER  : {who.upper()}")
        line("-" * w_)
        line("SL DESCRIPTION", "HSN        AMOUNT")
        line("-" * w_)
        for n, (name, hsn, q, pr) in enumerate(items):
            desc = clip(name.upper(), w_ - 24)
            line(f"{n + 1:<3}{desc}", f"{hsn}  {num(pr, 'plain'):>12}")
        line("-" * w_)
        line("TAXABLE VALUE", num(taxable, "plain"))
        line("CGST @ 2.5%", num(gst, "plain"))
        line("SGST @ 2.5%", num(gst, "plain"))
        line("ROUND OFF", num(j.amount - taxable - 2 * gst, "plain"))
        line("GRAND TOTAL", num(j.amount, "indian"), amount=j.amount)
        line("-" * w_)
        line(
            f"PAID BY CARD {rng.choice(['VISA', 'MASTER', 'RUPAY'])} XX{digits(rng, 4)}",
            f"APPR {appr}",
            method="card",
            status=status,
            txn=(APPR_RANK, appr),
        )
        line("E.& O.E.", f"FOR {GALLERY_CAPS}")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [740, 780])
        lotus(p)
        p.part = "head"
        p.add("gap")
        dev(p, ATELIER_HI, scale=1.1, bold=True, serif=True)
        name = ATELIER
        top(p, name, merchant=name)
        p.add("small", f"A unit of {COMPANY}  |  {OFFICE_SHORT}")
        ribbon(p, "ADVANCE RECEIPT", (150, 30, 40))
        p.part = "body"
        p.add("gap")
        no = f"KTC/{j.date:%y}/{rng.randrange(30, 400):03d}"
        cols(
            p,
            "ar",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {no}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        work = rng.choice(PAINTINGS[:4] + PAINTINGS[8:9])
        price = float(rng.randrange(work[2], work[3], 1000))
        j.amount = float(round(price * rng.choice([0.25, 0.3, 0.4, 0.5]), -3))
        dlab(p, "प्राप्त किया", "Received from", who, pen=True)
        dlab(p, "चित्र", "Painting", clip(work[0], 34), pen=True)
        dlab(p, "कुल मूल्य", "Price agreed", f"Rs. {num(price, 'indian', 0)}/-", pen=True)
        dlab(p, "अग्रिम राशि", "Advance", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        dlab(p, "माध्यम", "Paid by", "UPI (PhonePe)", pen=True, method="UPI")
        dlab(p, "यूपीआई संदर्भ", "UPI Ref.", j.ref, pen=True, txn=(UTR_RANK, j.ref))
        dlab(p, "शेष राशि", "Balance", f"Rs. {num(price - j.amount, 'indian', 0)}/- on delivery", pen=True)
        p.add("gap")
        dev(p, "धन्यवाद सहित प्राप्त।", align="l")
        p.add("left", "Received with thanks. The painting takes 60 to 90 days.", status=status)
        sig(p)
        right(p, "for Kamal Talai Chitrashala")
        p.add("gap")
        return p.done()
    if k == 2:
        order = f"KT{rng.randrange(1000, 9999)}"
        p = mail_page(
            rng,
            font,
            f"{SHOP_NAME} <orders@{WEB}>",
            [f"Order #{order} received - awaiting payment", f"We have your order #{order}"],
        )
        p.part = "head"
        top(p, SHOP_NAME, merchant=SHOP_NAME)
        p.add("small", f"{WEB}  |  Hand-painted Pichwai from Nathdwara")
        p.add("rule")
        p.part = "body"
        first = who.split(". ", 1)[1].split()[0]
        p.add("left", f"Hi {first},")
        p.add(
            "left",
            f"Thank you for your order #{order}. Your payment by bank transfer is awaiting confirmation; we "
            "will ship the painting as soon as it reaches our account.",
            status=status,
        )
        p.add("gap")
        items = paintings(rng, rng.randrange(1, 3), high=40000)
        ship = float(rng.choice([0, 450, 750]))
        j.amount = round(sum(q * pr for _, _, q, pr in items) + ship, 2)
        spec = [(0.0, 0.74, "l"), (0.74, 1.0, "r")]
        for name, _, q, pr in items:
            cols(p, "wo", spec, clip(name, 44), rs(q * pr))
        cols(p, "wo", spec, "Shipping (insured, framed)", rs(ship))
        total(p, "Order total", rs(j.amount), at=0.6, amount=j.amount)
        spec2 = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "wp", spec2, "Order number", f"#{order}", txn=(ORDER_RANK, f"#{order}"))
        cols(p, "wp", spec2, "Order date", day_in(j, rng, ["%d %B %Y", "%B {d}, %Y"]), date=j.date)
        cols(p, "wp", spec2, "Payment method", "Direct bank transfer (NEFT / IMPS)", method="netbanking")
        p.add("gap")
        p.add(
            "left", f"Please transfer to {COMPANY}, AU Small Finance Bank, A/c {tail(rng)}, IFSC AUBL0002104."
        )
        return p.done()
    if k == 3:
        p = paper_page(rng, font, [660, 700])
        shift(j, rng, SHILPGRAM + dt.timedelta(days=rng.randrange(0, 10)))
        p.style["paper"] = rng.choice([(250, 246, 232), (252, 248, 238)])
        p.part = "head"
        dev(p, GALLERY_HI, scale=1.1, bold=True)
        name = f"{GALLERY_CAPS} - STALL 17"
        name = pick(p, "center", [name, GALLERY_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", "Shilpgram Utsav, Havala, Udaipur")
        dev(p, "कैश मेमो  /  CASH MEMO", scale=0.95)
        p.part = "body"
        no = str(rng.randrange(100, 900))
        cols(p, "cm", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        start = len(p.rows)
        dhand(p, f"दिनांक {when(j.date, rng.choice(['{d}/12/26', '%d.12.2026']))}", date=j.date)
        picks = [
            ("पिछवाई (कमल), 2x3 फुट", 6500, 12000),
            ("गायों का पैनल", 3800, 7500),
            ("श्रीनाथजी, छोटा चित्र", 2200, 4800),
            ("कमल अध्ययन, सोने का वर्क", 5500, 9800),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(picks, rng.randrange(2, 4)):
            v = float(rng.randrange(lo, hi, 100))
            dhand(p, text, figure=num(v, "indian", 0))
            total_ += v
        j.amount = total_
        dhand(p, "नकद प्राप्त", method="cash", status=status)
        bahi(p, start, [0.76], fold=False)
        amtbox(p, "Total Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, rng.choice(["Lalit", "Hemlata", "Manohar"]), align="r")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        p.add("gap")
        p.part = "body"
        pax = rng.randrange(1, 4)
        fee = float(rng.choice([1800, 2200, 2500, 3000]))
        j.amount = pax * fee
        no = f"WS{rng.randrange(1000, 9999)}"
        appr = digits(rng, 6)
        spec = [(0.0, 0.27, "c"), (0.32, 1.0, "c")]
        start = len(p.rows)
        kind(p, "wsh", spec, bold=(0, 1))
        row(p, "wsh", "COUNTERFOIL", GALLERY_CAPS, merchant=GALLERY_CAPS)
        spec_l = [(0.0, 0.27, "l"), (0.32, 1.0, "l")]
        cols(p, "wsm", spec_l, f"No. {no}", "Gangaur Ghat Marg, Udaipur  |  Pichwai workshops")
        cols(p, "wsm", spec_l, f"{pax} pax", "WORKSHOP PASS CUM RECEIPT")
        cols(p, "wsm", spec_l, "", f"Receipt No. {no}", txn=(INVOICE_RANK, no))
        cols(p, "wsm", spec_l, "", f"Date: {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])}", date=j.date)
        cols(p, "wsm", spec_l, "", "Workshop: Painting a lotus, 3 hours, 10 am")
        cols(p, "wsm", spec_l, "", f"Participants: {pax} x Rs. {num(fee, 'indian', 0)}")
        cols(p, "wsm", spec_l, rs(j.amount), f"Total paid: {rs(j.amount)}", amount=j.amount)
        cols(
            p,
            "wsm",
            spec_l,
            "",
            f"Paid by card ({rng.choice(['RuPay', 'Visa', 'Mastercard'])}), appr. {appr}",
            method="card",
            txn=(APPR_RANK, appr),
            status=status,
        )
        cols(p, "wsm", spec_l, "", "Colours, brushes and tea included. Non-refundable.")
        perf(p, start, 0.295)
        card_close(p, start, tint=False)
        p.add("gap")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, f"{WEB}/checkouts/cn/{code(rng, 20, LOWER)}")
        p.part = "head"
        top(p, SHOP_NAME, merchant=SHOP_NAME)
        p.add("small", "Cart  >  Information  >  Shipping  >  Payment")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Your payment couldn't be processed", status=status)
        p.accent(RED)
        p.add("small", "Your card was declined by the issuing bank. Try another card or pay by UPI.")
        p.add("gap")
        items = paintings(rng, rng.randrange(1, 3), high=40000)
        ship = float(rng.choice([0, 450, 750]))
        j.amount = round(sum(q * pr for _, _, q, pr in items) + ship, 2)
        spec = [(0.0, 0.74, "l"), (0.74, 1.0, "r")]
        for name, _, q, pr in items:
            cols(p, "co", spec, clip(name, 44), rs(q * pr))
        cols(p, "co", spec, "Shipping", rs(ship) if ship else "Free")
        total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
        att = f"pa_{code(rng, 16, HEXL)}"
        spec2 = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "cp", spec2, "Payment", f"Visa ending in {digits(rng, 4)}", method="card")
        cols(p, "cp", spec2, "Attempt ID", att, txn=(TXN_RANK, att))
        p.add("small", "No money was taken. Your cart is saved for 24 hours.")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        dev(p, ATELIER_HI, scale=1.05, bold=True)
        top(p, ATELIER, merchant=ATELIER)
        p.add("small", OFFICE)
        dev(p, "रसीद  /  RECEIPT", scale=1.0, bold=True)
        p.part = "body"
        j.amount = float(rng.randrange(6000, 30000, 500))
        dlab(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "%d.%m.%y"]), pen=True, at=0.34, date=j.date)
        dlab(p, "प्राप्त किया", "Received from", who, pen=True, at=0.34)
        dlab(p, "राशि", "Rupees", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, at=0.34, amount=j.amount)
        words = words_in_rupees(j.amount).replace("Rupees ", "")
        if load_font(hand_pen(p), int(p.style["size"] * 1.08)).getlength(words) > 0.64 * room_of(p) - 12:
            words = num(j.amount, "indian", 0) + " only"
        dlab(p, "अक्षरों में", "In words", words, pen=True, at=0.34)
        dlab(p, "भुगतान", "Paid by", "Cash", pen=True, at=0.34, method="cash")
        dlab(p, "हेतु", "Towards", "Lotus study, gold leaf", pen=True, at=0.34)
        dev(p, "धन्यवाद सहित प्राप्त।", align="l")
        p.add("left", "Received with thanks.", status=status)
        revenue(p, rng.choice(["G. Sharma", "R. Jangid"]))
        right(p, "Receiver's signature")
        return p.done()
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    kind(p, "swh", [(0.0, 0.62, "l"), (0.62, 1.0, "r")], bold=(0, 1))
    row(p, "swh", GALLERY, "TAX INVOICE", merchant=GALLERY)
    p.add("small", f"{GALLERY_AT}  |  GSTIN {GSTIN}")
    p.add("rule")
    p.part = "body"
    inv = f"INV-{rng.randrange(40, 400):04d}"
    inv_day = earlier(rng, j, 2, 15)
    cols(
        p,
        "sw",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice #{inv}",
        f"Invoice date: {when(inv_day, '%d %b %Y')}",
        txn=(INVOICE_RANK, inv),
    )
    p.add("left", f"Bill to: {who}")
    pill(p, "PAID", status, align="r")
    items = paintings(rng, rng.randrange(1, 3), high=50000)
    taxable = sum(q * pr for _, _, q, pr in items)
    gst = round(taxable * 0.05, 2)
    j.amount = round(taxable + gst, 2)
    spec = [(0.0, 0.06, "c"), (0.06, 0.6, "l"), (0.6, 0.72, "c"), (0.72, 1.0, "r")]
    grid(
        p,
        "si",
        spec,
        ["#", "Item", "HSN", "Amount"],
        [([str(n + 1), clip(name, 40), hsn, num(pr)], {}) for n, (name, hsn, q, pr) in enumerate(items)],
        foot=(["GST @ 5%", num(gst)], {}),
        tint=(238, 226, 210),
    )
    total(p, "Total", rs(j.amount), at=0.6)
    p.add("gap")
    c = card_open(p)
    p.add("left", "Payment details")
    cols(p, "spd", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "Amount paid", rs(j.amount), amount=j.amount)
    cols(
        p,
        "spd",
        [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
        "Paid on",
        day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]),
        date=j.date,
    )
    cols(p, "spd", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "Mode", "UPI", method="UPI")
    cols(p, "spd", [(0.0, 0.36, "l"), (0.36, 1.0, "l")], "UTR", j.ref, txn=(UTR_RANK, j.ref))
    card_close(p, c)
    p.add("gap")
    qr(p, f"swipe{inv}", "l", 4)
    p.add("small", "Made with Swipe. Thank you for supporting the painters of Nathdwara.")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def gstin_of(rng: random.Random, state: str = "08") -> str:
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The atelier's suppliers, each on top of its own paper: a Jaipur gold leaf maker's TAX INVOICE with the
    accountant's sticky note on it ("Paid by NEFT on <day>", UTR); an Udaipur framer's bill written in Hindi,
    its total crossed out and corrected by hand (no day); Amazon Business's declined payment (Sold by); a
    Bhilwara pigment seller's receipt on a torn roll under its Hindi name; a brush maker's page of his bahi in
    Hindi (no number); India Post's Speed Post counter receipt; Canva's receipt (Amount paid, Date paid,
    Payment method, Receipt #); udaan's order waiting for the bank. All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        name = "SHRI GOVIND VARAK BHANDAR"
        top(p, name, merchant=name)
        p.add("small", f"Gold and silver leaf  |  Johari Bazaar, Jaipur - 302003  |  GSTIN {gstin_of(rng)}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"GVB/{rng.randrange(100, 999)}/{fy(j.date)}"
        cols(
            p,
            "gv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {when(earlier(rng, j, 3, 20), '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {COMPANY}, Nathdwara")
        p.add("gap")
        spec = [(0.0, 0.5, "l"), (0.5, 0.62, "r"), (0.62, 0.8, "r"), (0.8, 1.0, "r")]
        kind(p, "gvh", spec, "soft", bold=(0, 1, 2, 3))
        kind(p, "gvr", spec, "line")
        row(p, "gvh", "Particulars", "Qty", "Rate", "Amount")
        lines = [
            ("Gold leaf 23.5 ct, booklet of 25", rng.randrange(4, 16), float(rng.randrange(2100, 2900, 10))),
            ("Silver leaf, booklet of 50", rng.randrange(2, 8), float(rng.randrange(380, 520, 5))),
        ]
        gross = 0.0
        for text, q, rate in lines:
            row(p, "gvr", text, str(q), num(rate, "plain"), num(q * rate, "plain"))
            gross += q * rate
        gst = round(gross * 0.015, 2)
        j.amount = round(gross + 2 * gst, 2)
        cols(p, "gvt", [(0.0, 0.8, "r"), (0.8, 1.0, "r")], "CGST 1.5%", num(gst, "plain"))
        cols(p, "gvt", [(0.0, 0.8, "r"), (0.8, 1.0, "r")], "SGST 1.5%", num(gst, "plain"))
        total(p, "Total Rs.", num(j.amount), at=0.6, amount=j.amount)
        utr = utr_for(rng, j, "AU Small Finance Bank", "NEFT")
        sticky(
            p,
            [
                (
                    f"Paid NEFT {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%y']))}",
                    {"date": j.date, "method": "netbanking", "status": status},
                ),
                ("UTR", {}),
                (utr, {"txn": (UTR_RANK, utr)}),
                (f"- {rng.choice(['Neha', 'N.P.', 'Accts'])}", {}),
            ],
        )
        right(p, f"For {name}")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(248, 246, 236), (250, 248, 240)])
        p.part = "head"
        name = "NEW MEWAR FRAME HOUSE"
        top(p, name, merchant=name)
        p.add("small", "Teak and gilt frames  |  Hathipole, Udaipur  |  Ph. 98290 " + digits(rng, 5))
        p.part = "body"
        no = str(rng.randrange(200, 900))
        cols(
            p,
            "fh",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Bill No. {no}",
            "Date: ..................",
            txn=(INVOICE_RANK, no),
        )
        p.add("left", "M/s ...................................................")
        p.add("gap")
        start = len(p.rows)
        picks = [
            ("फ्रेम, सागवान, 6x4 फुट", 3800, 6400),
            ("सुनहरी फ्रेम, 3x2 फुट", 1600, 2800),
            ("शीशा", 600, 1400),
            ("मजदूरी, फिटिंग", 300, 700),
        ]
        total_ = 0.0
        for text, lo, hi in rng.sample(picks, 3):
            v = float(rng.randrange(lo, hi, 50))
            dhand(p, text, figure=num(v, "indian", 0))
            total_ += v
        bahi(p, start, [0.76], fold=False)
        less = float(rng.choice([100, 200, 250, 300]))
        j.amount = total_ - less
        strike(
            p,
            "Total Rs.",
            num(total_, "indian", 0),
            f"{num(j.amount, 'indian', 0)}/-",
            rng.choice(["M.L.", "R.S."]),
            at=0.6,
            amount=j.amount,
        )
        write(p, "Recd. cash with thanks", method="cash", status=status)
        sig(p)
        right(p, f"For {name}")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"www.amazon.in/business/checkout/pay/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "amazon business")
        p.add("small", "Payment for your order")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Your payment was declined", status=status)
        p.accent(RED)
        p.add("small", "The card issuer declined the transaction. Please use another payment method.")
        p.add("gap")
        seller = "Kalakriti Art Supplies"
        oid = f"408-{digits(rng, 7)}-{digits(rng, 7)}"
        j.amount = rupees(rng, 3000, 18000, 0.4)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "ab", spec, "Items", "Squirrel-hair brushes set, 2; gum arabic 1 kg; mulmul cotton 20 m")
        colkv(p, "ab", spec, "Sold by", seller, merchant=seller)
        colkv(p, "ab", spec, "Order total", rs(j.amount), amount=j.amount)
        colkv(p, "ab", spec, "Order #", oid, txn=(ORDER_RANK, oid))
        colkv(p, "ab", spec, "Payment method", f"Credit card ending {digits(rng, 4)}", method="card")
        colkv(
            p, "ab", spec, "Attempted", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date
        )
        p.add("small", "Your order is saved. It will be placed once the payment succeeds.")
        return p.done()
    if k == 3:
        p = screen(rng, font, width=rng.choice([460, 480, 500]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        dev(p, "राजस्थान मिनरल पिगमेंट्स", scale=1.05, bold=True)
        name = "RAJASTHAN MINERAL PIGMENTS"
        p.add("center", name, merchant=name)
        p.add("small", "Pur Road, Bhilwara - 311001")
        p.add("center", "CASH / UPI RECEIPT")
        p.add("rule")
        p.part = "body"
        no = f"{rng.randrange(1000, 9999)}"
        w_ = min(tt_cols(p), 34)
        typed(
            p, f"RCPT NO {no}".ljust(w_ - 10) + when(j.date, "%d/%m/%y"), txn=(INVOICE_RANK, no), date=j.date
        )
        typed(p, "-" * w_)
        items = [
            ("HIRMICH RED OCHRE", "5KG", rng.randrange(180, 260)),
            ("RAMRAJ YELLOW OCHRE", "3KG", rng.randrange(200, 300)),
            ("LAJWARD LAPIS", "100G", rng.randrange(1800, 2600)),
            ("GOND GUM ARABIC", "2KG", rng.randrange(420, 560)),
        ]
        gross = 0.0
        for text, qty, rate in rng.sample(items, 3):
            q = float(qty.rstrip("KG").rstrip("G")) if qty.endswith("KG") else 1.0
            v = q * rate
            typed(p, text[:w_])
            typed(p, f"  {qty} x {rate}".ljust(w_ - 10) + f"{v:>10.2f}")
            gross += v
        gst = round(gross * 0.18, 2)
        j.amount = round(gross + gst, 2)
        typed(p, "-" * w_)
        typed(p, "GST 18%".ljust(w_ - 10) + f"{gst:>10.2f}")
        typed(p, "NET AMT".ljust(w_ - 12) + f"{j.amount:>12.2f}", amount=j.amount)
        typed(p, "-" * w_)
        typed(p, "PAID VIA UPI (BHIM)", method="UPI", status=status)
        typed(p, f"REF {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        dev(p, "धन्यवाद, फिर पधारें", scale=0.95)
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 242, 222), (247, 240, 220)])
        p.part = "body"
        start = len(p.rows)
        dhand(p, "।। श्री ।।", align="c")
        name = "Babu Lal Kalamkar"
        write(p, f"{name}, Nathdwara", merchant=name)
        dhand(p, f"दि. {when(j.date, rng.choice(['{d}/%m/%y', '%d-%m-%Y']))}", date=j.date)
        dhand(p, "कमल तलाई चित्रशाला के नाम")
        n1, n2 = rng.randrange(12, 36), rng.randrange(6, 16)
        r1, r2 = rng.randrange(60, 120, 5), rng.randrange(40, 90, 5)
        dhand(p, f"गिलहरी बाल की बारीक कलम {n1} नग", figure=num(n1 * r1, "indian", 0))
        dhand(p, f"मोटी कलम {n2} नग", figure=num(n2 * r2, "indian", 0))
        j.amount = float(n1 * r1 + n2 * r2)
        dhand(p, "कुल", figure=f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        dhand(p, "नकद पाये", method="cash", status=status)
        write(p, "B. L.", align="r")
        bahi(p, start, [0.72])
        return p.done()
    if k == 5:
        p = screen(rng, font, width=rng.choice([460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        dev(p, "भारतीय डाक", scale=1.05, bold=True)
        name = "India Post"
        p.add("center", name, merchant=name)
        p.add("small", "Nathdwara S.O. - 313301")
        p.add("center", "SPEED POST BOOKING RECEIPT")
        p.add("rule")
        p.part = "body"
        w_ = min(tt_cols(p), 34)
        bill = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
        weight = rng.randrange(600, 4800, 50)
        base = float(rng.randrange(90, 420))
        tax = round(base * 0.18, 2)
        j.amount = round(base + tax, 2)
        for text, facts in [
            (f"Bill No : {bill}", {"txn": (INVOICE_RANK, bill)}),
            (f"Date    : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", {"date": j.date}),
            (f"Counter : {rng.randrange(1, 4)}", {}),
            (f"Art No  : E{rng.choice('EUWK')}{digits(rng, 9)}IN", {}),
            (f"To      : {rng.choice(['BENGALURU', 'MUMBAI', 'NEW DELHI', 'KOLKATA'])}", {}),
            (f"Weight  : {weight} g", {}),
            (f"Tariff  : {base:.2f}", {}),
            (f"GST 18% : {tax:.2f}", {}),
            (f"Total   : Rs {j.amount:.2f}", {"amount": j.amount}),
            ("Paid    : CASH", {"method": "cash", "status": status}),
        ]:
            typed(p, text[:w_], **facts)
        p.add("rule")
        p.add("small", "Track at indiapost.gov.in. Thank you.")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [700, 740])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Canva"
        top(p, name, merchant=name)
        p.add("center", "Receipt from Canva")
        rno = f"{digits(rng, 4)}-{digits(rng, 4)}"
        p.add("small", f"Receipt #{rno}", txn=(INVOICE_RANK, rno))
        p.add("rule")
        p.part = "body"
        base = float(rng.choice([3999, 4999, 6999]))
        gst = round(base * 0.18, 2)
        j.amount = round(base + gst, 2)
        spec = [(0.0, 0.34, "l"), (0.34, 0.67, "l"), (0.67, 1.0, "l")]
        kind(p, "cvh", spec, "soft")
        kind(p, "cvv", spec)
        row(p, "cvh", "AMOUNT PAID", "DATE PAID", "PAYMENT METHOD")
        row(
            p,
            "cvv",
            rs(j.amount),
            day_in(j, rng, ["%b {d}, %Y", "{d} %b %Y"]),
            f"Visa - {digits(rng, 4)}",
            amount=j.amount,
            date=j.date,
            method="card",
        )
        p.add("gap")
        p.add("left", "SUMMARY")
        spec2 = [(0.0, 0.7, "l"), (0.7, 1.0, "r")]
        cols(p, "cvs", spec2, "Canva Pro for Teams, 1 year, 3 people", rs(base))
        cols(p, "cvs", spec2, "IGST 18%", rs(gst))
        total(p, "Amount paid", rs(j.amount), at=0.6, status=status)
        p.add("gap")
        p.add("small", "Canva Pty Ltd, Sydney. Questions? Visit canva.com/help.")
        return p.done()
    p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Check status",))
    band(p, (0, 92, 167))
    app_head(p, "udaan", "Business to business")
    seller = "Shree Ganesh Acrylics"
    j.amount = rupees(rng, 8000, 42000, 0.6)
    sicon(p, status)
    p.add("center", "Payment pending", status=status)
    p.accent(AMBER)
    bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
    p.add("center", f"to {seller}", merchant=seller)
    p.add("small", "We are waiting for your bank to confirm. Your order is on hold till then.")
    p.add("rule")
    oid = f"UD{digits(rng, 11)}"
    pid = f"UDPAY{digits(rng, 10)}"
    kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
    kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
    kvr(p, "Items", "Acrylic sheet 3 mm, 8 x 4 ft, 4 nos")
    kvr(p, "Paid via", "Net Banking - AU Bank", method="netbanking")
    kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
    return p.done()


# ---------------------------------------------------------------- 6. the atelier's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("Rajesh Suthar", "stretchers and easels", "au"),
    ("MEHTA PALIWAL AND ASSOCIATES", "statutory audit fee 2025-26", "hdfc"),
    ("Havala Tent and Decorators", "stall fabrication, Shilpgram Utsav", "kotak"),
    ("LAKECITY ELECTRICALS", "gallery lighting, track lights", "boi"),
    ("CHITRAKOOT PHOTOGRAPHY", "catalogue photography", "rmgb"),
    ("Devendra Web Studio", "web shop maintenance", "rbl"),
    ("SMT KAMLA DEVI PALIWAL", "gallery rent", "indusind"),
    ("Nathdwara Roadways", "transport to Udaipur, monthly", "yes"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The atelier's own banking pages paying its vendors: AU Small Finance Bank's AU 0101 app (a large tick,
    the sum split, hairline rows: Transfer type, IMPS Ref. No., Date & time, Remarks); HDFC Bank NetBanking's
    transfer confirmation in dot leaders; Kotak's mail of a NEFT request submitted for the next batch; Bank
    of India's Omni Neo failed IMPS in boxed fields; Rajasthan Marudhara Gramin Bank's NEFT TRANSACTION
    ADVICE printed at the branch on green-bar stationery under its Hindi name, with the branch's stamp; RBL
    MoBank's UPI payment in a card ("Today, <hour>"; no day); IndusInd Bank's mail of an RTGS receipt; Yes
    Bank's card of a scheduled transfer executed (no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=4000, high=180000)
    payee, purpose, frame = VENDORS[k]
    if frame == "kotak":
        shift(j, rng, SHILPGRAM - dt.timedelta(days=rng.randrange(4, 14)))
    if frame == "indusind":
        j.amount = float(rng.randrange(38000, 85000, 500))
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    dot = sign(font, "\u2022", "*")
    if frame == "au":
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (106, 36, 122))
        app_head(p, "AU 0101", "AU Small Finance Bank")
        sicon(p, status)
        p.add("center", "Money sent successfully", status=status)
        p.accent(GREEN)
        bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"A/c XXXXXXXX{acct_no[-4:]}  |  SBIN000{digits(rng, 4)}")
        p.add("rule")
        kvr(p, "Transfer type", "IMPS", method="netbanking")
        kvr(p, "IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Date & time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        kvr(p, "Remarks", clip(purpose, 22))
        return p.done()
    if frame == "hdfc":
        p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/entry/transfer/confirm")
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("small", f"NetBanking  |  Funds Transfer - Confirmation  |  {CUT}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your transaction has been processed successfully.", status=status)
        p.add("gap")
        ref = f"{digits(rng, 10)}"
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        for label, value, facts in [
            ("Transaction Reference Number", ref, {"txn": (BANK_RANK, ref)}),
            ("From Account", tail(rng), {}),
            ("Beneficiary Name", payee, {"merchant": payee}),
            ("Beneficiary Account No.", acct_no, {}),
            ("Beneficiary IFSC", f"UBIN0{digits(rng, 6)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Transaction Type", "NEFT", {"method": "netbanking"}),
            ("Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), {"date": j.date}),
            ("UTR No.", utr, {"txn": (UTR_RANK, utr)}),
            ("Remarks", clip(purpose, 28), {}),
        ]:
            dots(p, label, value, at=0.52, **facts)
        p.part = "foot"
        p.add("gap")
        p.add("small", "HDFC Bank will never ask for your OTP or password. Print this page for your records.")
        return p.done()
    if frame == "kotak":
        p = mail_page(
            rng,
            font,
            "Kotak Mahindra Bank <netbanking@kotak.com>",
            ["NEFT request submitted", "Fund transfer request"],
        )
        p.part = "head"
        top(p, "kotak")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your NEFT request of {rs(j.amount)} to {payee} has been submitted and will be processed in the "
            "next NEFT batch. You will receive an SMS once the amount is credited.",
            amount=j.amount,
            merchant=payee,
            status=status,
            method="netbanking",
        )
        p.add("gap")
        ref = f"KKBN{digits(rng, 10)}"
        spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
        cols(p, "ko", spec, "Request reference", ref, txn=(BANK_RANK, ref))
        cols(p, "ko", spec, "Debit account", tail(rng))
        cols(p, "ko", spec, "Beneficiary account", f"XXXXXXXX{acct_no[-4:]}")
        cols(
            p, "ko", spec, "Requested on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), date=j.date
        )
        cols(p, "ko", spec, "Purpose", clip(purpose, 36))
        p.add("gap")
        p.add("small", "Kotak Mahindra Bank Ltd. This is a system generated mail; please do not reply.")
        return p.done()
    if frame == "boi":
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry",))
        band(p, (238, 118, 35))
        app_head(p, "BOI Omni Neo", "Bank of India")
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.accent(RED)
        bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        field(p, "Reference No.", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Mode", "IMPS", method="netbanking")
        field(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        field(p, "Reason", "Beneficiary bank is offline (91)")
        p.add("small", "Debited amount, if any, will be reversed within 5 working days.")
        return p.done()
    if frame == "rmgb":
        p = paper_page(rng, font, [760, 800])
        greenbar(p)
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.86
        p.part = "head"
        dev(p, "राजस्थान मरुधरा ग्रामीण बैंक", scale=1.05, bold=True)
        p.add("center", "RAJASTHAN MARUDHARA GRAMIN BANK")
        p.part = "body"
        utr = utr_for(rng, j, "Rajasthan Marudhara Gramin Bank", "NEFT")
        w_ = min(tt_cols(p), 60)
        typed(p, "NEFT TRANSACTION ADVICE".center(w_).rstrip(), scale=0.86)
        typed(p, "-" * w_, scale=0.86)
        for text, facts in [
            ("BRANCH        : NATHDWARA (RAJSAMAND)", {}),
            (f"DATE          : {when(j.date, '%d/%m/%Y')}", {"date": j.date}),
            (f"REMITTER A/C  : XXXXXXXX{digits(rng, 4)}", {}),
            ("REMITTER      : KAMAL TALAI PICHWAI ATELIER", {}),
            (f"BENEFICIARY   : {payee}", {"merchant": payee}),
            (f"BENE A/C      : {acct_no}", {}),
            (f"BENE IFSC     : ICIC000{digits(rng, 4)}", {}),
            (f"AMOUNT        : {num(j.amount, 'indian')}", {"amount": j.amount}),
            ("COMMISSION    : 5.00 + GST 0.90", {}),
            (f"UTR NO        : {utr}", {"txn": (UTR_RANK, utr)}),
            ("MODE          : NEFT", {"method": "netbanking"}),
            ("STATUS        : SENT TO BENEFICIARY BANK", {"status": status}),
        ]:
            typed(p, text[:w_], scale=0.86, **facts)
        typed(p, "-" * w_, scale=0.86)
        rstamp(p, ["RMGB NATHDWARA", when(j.date, "%d %b %Y").upper(), "PROCESSED"], "blue", at=0.62, rows_=4)
        return p.done()
    if frame == "rbl":
        p = phone(rng, font, k, ["", "Payment"], dark=rng.random() < 0.5, buttons=("Done",))
        app_head(p, "RBL MoBank", "UPI")
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("gap")
        c = card_open(p)
        p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("To", f"devendraweb{rng.randrange(10, 99)}@rbl")
        p.pair("From", f"RBL Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        p.pair("Note", clip(purpose, 22))
        card_close(p, c)
        return p.done()
    if frame == "indusind":
        p = mail_page(
            rng,
            font,
            "IndusInd Bank <transactionalerts@indusind.com>",
            ["Fund transfer - transaction receipt", "RTGS transaction successful"],
        )
        p.part = "head"
        top(p, "IndusInd Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        paid = day_in(j, rng, ["%d-%b-%Y", "{d} %B %Y"])
        p.add(
            "left",
            f"{rs(j.amount)} has been successfully transferred from your account to {payee} on {paid} "
            f"through {way}.",
            amount=j.amount,
            merchant=payee,
            date=j.date,
            status=status,
            method="netbanking",
        )
        p.add("gap")
        ribbon(p, "TRANSACTION RECEIPT", (130, 20, 40))
        ref = f"INDB{digits(rng, 10)}"
        utr = utr_for(rng, j, "IndusInd Bank", way)
        zebra(
            p,
            "ii",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Details", ""],
            [
                (["Reference number", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Beneficiary account", f"XXXXXXXX{acct_no[-4:]}"], {}),
                (["Narration", clip(purpose, 30)], {}),
            ],
            (130, 20, 40),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "IndusInd Bank Ltd. Never share your OTP with anyone.")
        return p.done()
    p = screen(rng, font, "crop", width=rng.choice([540, 560]), size=rng.choice([20, 21]))
    p.part = "body"
    top(p, "YES BANK")
    p.add("small", "iris by YES BANK  |  Scheduled transfers")
    p.add("gap")
    pill(p, "Scheduled transfer executed", status)
    bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
    name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", f"on {day_in(j, rng, ['{d} %b %Y', '%d %B %Y'])}  |  every month on this day", date=j.date)
    p.add("small", f"From YES BANK A/c XX{digits(rng, 4)}  {dot}  NEFT", method="netbanking")
    p.add("rule")
    p.add("small", "Shared from iris by YES BANK.")
    return p.done()


# ---------------------------------------------------------------- 7. painters, gilders, grinders and staff


def phone_no(rng: random.Random) -> str:
    return rng.choice("6789") + digits(rng, 9)


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The atelier paying its people: a painter's page of the atelier's bahi written in Hindi (his works, the
    advance taken back, the balance paid in cash on its day, his scribble; no number); a painter's PIECE RATE
    PAYMENT SLIP by the stages of a pichwai (drawing, colouring, gold work) with its net paid by IMPS; BHIM
    SBI Pay's money sent to the gilder in a card; Open Money's stipend payout processing in shaded rows;
    JioFinance's money sent to the pigment grinder ("Today"; no day); Keka's payslip for the gallery's manager
    with the net pay large; FedMobile's failed IMPS to the watchman; an OVERTIME VOUCHER filled in by hand
    with its sum corrected. All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=2500, high=36000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(PAINTERS)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = paper_page(rng, font, [660, 700])
        p.style["paper"] = rng.choice([(250, 240, 218), (246, 236, 214)])
        p.part = "body"
        start = len(p.rows)
        dhand(p, "।। श्री ।।", align="c")
        dhand(p, f"चितेरा - {who}", merchant=who)
        works_ = rng.sample(
            [
                ("पिछवाई गायें 4x3", 7000, 12000),
                ("कमल ताल 5x3", 9000, 15000),
                ("श्रीनाथजी शृंगार", 4000, 8000),
                ("केले का बाग़ 4x3", 6000, 11000),
            ],
            2,
        )
        gross = 0.0
        for text, lo, hi in works_:
            v = float(rng.randrange(lo, hi, 100))
            dhand(p, f"{text} - मजदूरी", figure=num(v, "indian", 0))
            gross += v
        adv = float(rng.choice([1000, 1500, 2000, 3000]))
        dhand(p, "पेशगी काटी", figure=f"- {num(adv, 'indian', 0)}")
        j.amount = gross - adv
        dhand(
            p,
            "बाकी नकद दिया",
            figure=f"{num(j.amount, 'indian', 0)}/-",
            amount=j.amount,
            method="cash",
            status=status,
        )
        dhand(p, f"दि. {when(j.date, rng.choice(['{d}/%m/%y', '%d-%m-%Y']))}", date=j.date)
        sig(p)
        dhand(p, f"ह. {who.split()[0]}", align="r")
        bahi(p, start, [0.74])
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        dev(p, ATELIER_HI, scale=1.0, bold=True)
        top(p, ATELIER)
        p.add("center", "PIECE RATE PAYMENT SLIP")
        p.add("rule")
        p.part = "body"
        no = f"PR/{j.date:%y%m}/{rng.randrange(10, 99)}"
        cols(
            p,
            "ps",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Slip No. {no}",
            f"Painter: {who}",
            txn=(INVOICE_RANK, no),
            merchant=who,
        )
        work = rng.choice(PAINTINGS[:3] + PAINTINGS[7:9])
        p.add("left", f"Painting: {work[0]}")
        spec = [(0.0, 0.44, "l"), (0.44, 0.72, "l"), (0.72, 1.0, "r")]
        kind(p, "psh", spec, "band", group="pst", fill=(120, 40, 40), bold=(0, 1, 2))
        kind(p, "psr", spec, "line", group="pst")
        row(p, "psh", "Stage", "Done on", "Amount")
        gross = 0.0
        for n, stage in enumerate(["Drawing (kachchi rekha)", "Colouring (rangai)", "Gold work (sunhari)"]):
            v = float(rng.randrange(2500, 9000, 100))
            day = j.date - dt.timedelta(days=(3 - n) * rng.randrange(4, 9))
            row(p, "psr", stage, when(day, "%d/%m"), num(v))
            gross += v
        tds = 0.0
        adv = float(rng.choice([0, 1000, 2000]))
        j.amount = gross - adv - tds
        cols(p, "pst", [(0.0, 0.72, "r"), (0.72, 1.0, "r")], "Gross", num(gross))
        cols(p, "pst", [(0.0, 0.72, "r"), (0.72, 1.0, "r")], "Less: advance", num(adv))
        total(p, "Net paid", rs(j.amount), at=0.6, amount=j.amount)
        spec2 = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(
            p,
            "pp",
            spec2,
            "Paid by",
            "IMPS to SBI A/c XX" + digits(rng, 4),
            method="netbanking",
            status=status,
        )
        cols(p, "pp", spec2, "IMPS Ref.", j.ref, txn=(UTR_RANK, j.ref))
        cols(p, "pp", spec2, "Paid on", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        p.add("gap")
        cols(p, "psg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Manager", "Painter's signature")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (40, 30, 110))
        app_head(p, "BHIM SBI Pay", "State Bank of India")
        name = "Mohan Lal Soni"
        c = card_open(p)
        p.add("center", f"{sign(font, chr(0x2713), '')} Money transferred".strip(), status=status)
        p.accent(GREEN)
        bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
        p.add("small", "To")
        p.add("center", name, merchant=name)
        p.add("small", f"{phone_no(rng)}@sbi", method="UPI")
        card_close(p, c)
        p.add("gap")
        kvr(p, "UPI Ref ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Transaction date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        kvr(p, "From", f"SBI A/c {dot * 2}{digits(rng, 4)}")
        kvr(p, "Remarks", "sunhari kaam, 3 pichwai")
        return p.done()
    if k == 3:
        pout = f"OP{digits(rng, 12)}"
        p = browser_page(rng, font, f"app.open.money/payouts/{pout.lower()}")
        p.part = "head"
        top(p, "Open")
        p.add("small", f"Business account  |  {COMPANY}  |  Payouts")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payout processing", status=status)
        p.accent(AMBER)
        p.add("small", "The beneficiary's bank has not confirmed the credit yet. We will update the status.")
        p.add("gap")
        name = "Tarun Vaishnav"
        j.amount = float(rng.choice([6000, 7500, 8000, 9000]))
        kv(p, "Beneficiary", name, merchant=name)
        kv(p, "Purpose", f"Apprentice stipend, {j.month(1)}")
        kv(p, "Amount", rs(j.amount), amount=j.amount)
        kv(p, "Mode", "IMPS", method="netbanking")
        kv(p, "Payout ID", pout, txn=(TXN_RANK, pout))
        kv(p, "IMPS reference", j.ref, txn=(UTR_RANK, j.ref))
        kv(p, "Created on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 60, 130))
        app_head(p, "JioFinance", "UPI")
        name = "Bhanwar Lal Gurjar"
        sicon(p, status)
        p.add("center", "Money sent", status=status)
        bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}")
        p.add("rule")
        lab(p, "UPI Ref. No.")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Paid from")
        p.add("left", f"Jio Payments Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        lab(p, "Message")
        p.add("left", "colour grinding, 2 weeks")
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, COMPANY)
        p.add("small", f"{OFFICE}  |  CIN {CIN}")
        p.add("center", f"Payslip for {when(j.date.replace(day=1) - dt.timedelta(days=1), '%B %Y')}")
        p.add("rule")
        p.part = "body"
        name = "Neha Paliwal"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
        cols(p, "ke", spec, f"Employee: {name}", "Designation: Gallery Manager", merchant=name)
        cols(p, "ke", spec, f"Employee No.: KT{rng.randrange(10, 60):03d}", "Location: Udaipur")
        basic = float(rng.randrange(16000, 24000, 500))
        hra = round(basic * 0.4)
        special = float(rng.randrange(2000, 6000, 100))
        pf = round(basic * 0.12)
        pt = 0.0
        gross = basic + hra + special
        j.amount = gross - pf - pt
        p.add("gap")
        kind(p, "keh", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "soft", bold=(0, 1))
        kind(p, "ker", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "line")
        row(p, "keh", "EARNINGS", "")
        row(p, "ker", "Basic", num(basic))
        row(p, "ker", "House rent allowance", num(hra))
        row(p, "ker", "Special allowance", num(special))
        row(p, "ker", "Gross earnings", num(gross))
        row(p, "keh", "DEDUCTIONS", "")
        row(p, "ker", "Provident fund", num(pf))
        row(p, "ker", "Total deductions", num(pf + pt))
        p.add("gap")
        p.add("center", "NET PAY")
        bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
        p.add("center", f"({words_in_rupees(j.amount)})")
        utr = utr_for(rng, j, "AU Small Finance Bank", "NEFT")
        spec2 = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        cols(p, "kp", spec2, "Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        cols(p, "kp", spec2, "Paid by", "Bank transfer (NEFT)", method="netbanking", status=status)
        cols(p, "kp", spec2, "UTR", utr, txn=(UTR_RANK, utr))
        p.add("small", "Generated by Keka HR. This payslip does not need a signature.")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Transfer status"], dark=False, buttons=("Try again",))
        band(p, (0, 80, 150))
        app_head(p, "FedMobile", "Federal Bank")
        name = "Kishan Singh Rathore"
        pill(p, "IMPS transfer failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "The beneficiary's account is inactive. No money has been debited.")
        p.add("rule")
        gutter(p, "fm", "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        gutter(p, "fm", "Mode", "IMPS", method="netbanking")
        gutter(p, "fm", "Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        gutter(p, "fm", "Remarks", f"watchman salary {j.month(1).split()[0][:3]}")
        return p.done()
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, pick(p, "title", [COMPANY, ATELIER]))
    p.add("center", "OVERTIME PAYMENT VOUCHER")
    p.add("rule")
    p.part = "body"
    # the Annakut, the day after Diwali (8 November 2026): the rush of painting before it paid after it
    shift(j, rng, dt.date(2026, 11, rng.randrange(10, 21)))
    name = rng.choice(PAINTERS)
    nights = rng.randrange(4, 9)
    rate = float(rng.choice([500, 600, 750]))
    old = nights * rate
    j.amount = old + rate
    no = f"{rng.randrange(100, 999):04d}"
    cols(p, "ov", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
    blank(p, "Date", day_in(j, rng, ["%d/%m/%y", "%d.%m.%Y"]), date=j.date)
    blank(p, "Paid to", name, merchant=name)
    blank(p, "Towards", f"Overtime, Annakut pichwai, {nights + 1} nights")
    strike(p, "Amount Rs.", num(old, "indian", 0), f"{num(j.amount, 'indian', 0)}/-", "M.G.", amount=j.amount)
    ticks(p, ["Cash", "Cheque", "UPI"], 0, method="cash")
    p.add("gap")
    cols(p, "ovs", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Manager", "Received payment")
    write(p, name, align="r", status=status)
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority on top: e-GRAS Rajasthan's e-challan for the stamp duty on
    the gallery's lease, its labels in Hindi over their English (GRN, Department, Bank Reference No., Payment
    Date); the GST portal's failed challan payment (CPIN); the Nathdwara Municipal Board's hoarding fee receipt
    filled in by hand, its day left blank, under the board's round seal (no day); EPFO's payment confirmation
    in a striped table (TRRN, CRN, Bank Transaction ID); the Income Tax Department's challan receipt for TDS
    (Challan No., BSR Code, Tender Date, Bank Reference Number); the Udaipur Municipal Corporation's UD tax
    under verification; DGFT's IEC modification fee; the West Zone Cultural Centre's letter of a stall's rent
    received in cash (no reference). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "egras.raj.nic.in/Challan/ChallanView.aspx")
        p.part = "head"
        dev(p, "राजस्थान सरकार - ई-ग्रास", scale=1.0, bold=True)
        top(p, "e-GRAS Rajasthan")
        p.add("small", "Government Receipts Accounting System  |  e-Challan")
        p.add("rule")
        p.part = "body"
        dept = "Registration and Stamps Department"
        j.amount = float(rng.randrange(6000, 48000, 10))
        grn = f"{rng.randrange(60000000, 69999999)}"
        bref = f"IK0A{digits(rng, 6)}"
        dlab(p, "जी.आर.एन.", "GRN", grn, at=0.36, txn=(TXN_RANK, grn))
        dlab(p, "विभाग", "Department", dept, at=0.36, merchant=dept)
        dlab(p, "कार्यालय", "Office", "Sub Registrar, Udaipur", at=0.36)
        dlab(p, "जमाकर्ता", "Remitter", COMPANY, at=0.36)
        dlab(p, "प्रयोजन", "Purpose", "Stamp duty, gallery lease deed", at=0.36)
        dlab(p, "राशि", "Amount", rs(j.amount), at=0.36, bold=True, amount=j.amount)
        dlab(p, "बैंक", "Bank", "State Bank of India (Net Banking)", at=0.36, method="netbanking")
        dlab(p, "बैंक संदर्भ संख्या", "Bank Reference No.", bref, at=0.36, txn=(BANK_RANK, bref))
        dlab(p, "भुगतान दिनांक", "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.36, date=j.date)
        dlab(p, "स्थिति", "Status", "Success", at=0.36, status=status)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment")
        p.part = "head"
        name = "Goods and Services Tax"
        top(p, name, merchant=name)
        p.add("small", "Government of India, States and Union Territories  |  Challan payment")
        p.add("rule")
        p.part = "body"
        sicon(p, status)
        p.add("center", "Payment Failed", status=status)
        p.accent(RED)
        p.add(
            "small", "Your bank did not confirm the payment. The challan can be paid again till its expiry."
        )
        p.add("gap")
        cpin = f"{j.date:%y}08{digits(rng, 10)}"
        gutter(p, "gs", "CPIN", cpin, txn=(TXN_RANK, cpin))
        gutter(p, "gs", "GSTIN", GSTIN)
        gutter(p, "gs", "Taxpayer", clip(COMPANY, 36))
        gutter(p, "gs", "Amount", rs(j.amount), amount=j.amount)
        gutter(p, "gs", "Mode", "E-Payment (Net Banking) - AU Small Finance Bank", method="netbanking")
        gutter(p, "gs", "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        dev(p, "नगर पालिका मंडल, नाथद्वारा", scale=1.15, bold=True)
        name = "MUNICIPAL BOARD, NATHDWARA"
        p.add("center", name, merchant=name)
        p.add("small", "District Rajsamand (Rajasthan)")
        dev(p, "रसीद  /  RECEIPT", scale=0.95)
        p.part = "body"
        no = str(rng.randrange(1000, 9999))
        j.amount = float(rng.choice([1500, 2000, 3000, 4500]))
        cols(p, "nb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Receipt No. {no}", "", txn=(INVOICE_RANK, no))
        dlab(p, "दिनांक", "Date", "", at=0.36, pen=True)
        dlab(p, "नाम", "Name", ATELIER, at=0.36, pen=True)
        dlab(p, "मद", "Head", "Hoarding fee 2026-27, 1 board", at=0.36, pen=True)
        dlab(p, "राशि", "Amount", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.36, pen=True, amount=j.amount)
        dlab(p, "भुगतान", "Paid by", "Cash", at=0.36, pen=True, method="cash")
        dev(p, "राशि प्राप्त हुई।", align="l")
        p.add("left", "Amount received.", status=status)
        seal(p, "NAGAR PALIKA MANDAL * NATHDWARA *", ["CASHIER", "RAJSAMAND"], "violet")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/paymentConfirmation")
        p.part = "head"
        name = "Employees' Provident Fund Organisation"
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India  |  Payment Confirmation")
        p.add("rule")
        p.part = "body"
        trrn = f"{rng.randrange(3000000000000, 3999999999999)}"
        crn = f"{digits(rng, 13)}"
        bank_txn = f"AUBL{digits(rng, 10)}"
        zebra(
            p,
            "ep",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Payment details", ""],
            [
                (["TRRN", trrn], {}),
                (["CRN", crn], {"txn": (TXN_RANK, crn)}),
                (["Establishment", f"RJUDR{digits(rng, 7)}000  {clip(COMPANY_CAPS, 20)}"], {}),
                (["Wage month", j.month(1)], {}),
                (["Total amount (Rs.)", num(j.amount)], {"amount": j.amount}),
                (["Payment mode", "Internet banking - AU Small Finance Bank"], {"method": "netbanking"}),
                (["Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Bank transaction ID", bank_txn], {"txn": (BANK_RANK, bank_txn)}),
                (["Status", "Paid"], {"status": status}),
            ],
            (32, 70, 140),
        )
        p.add("gap")
        p.add("small", "Print this page for your records. The ECR is filed once the payment is confirmed.")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        name = "Income Tax Department"
        top(p, name, merchant=name)
        p.add("small", "Government of India  |  Challan Receipt  |  ITNS 281")
        p.add("rule")
        p.part = "body"
        bref = f"{digits(rng, 10)}"
        cno = f"{rng.randrange(10000, 99999)}"
        kv(p, "Nature of Payment", "94C - Payments to contractors", at=0.42)
        kv(p, "TAN", f"JDHK{digits(rng, 5)}{rng.choice(UPPER)}", at=0.42)
        kv(p, "Name", COMPANY_CAPS, at=0.42)
        kv(
            p,
            "Assessment Year",
            f"20{j.date.year % 100 + (0 if j.date.month < 4 else 1)}-"
            f"{j.date.year % 100 + (1 if j.date.month < 4 else 2)}",
            at=0.42,
        )
        kv(p, "Amount (in Rs.)", num(j.amount), at=0.42, amount=j.amount)
        kv(p, "Challan No.", cno, at=0.42, txn=(INVOICE_RANK, cno))
        kv(p, "BSR Code", digits(rng, 7), at=0.42)
        kv(p, "Bank Name", "AU Small Finance Bank", at=0.42)
        kv(p, "Bank Reference Number", bref, at=0.42, txn=(BANK_RANK, bref))
        kv(p, "Tender Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.42, date=j.date)
        kv(p, "Mode of Payment", "Net Banking", at=0.42, method="netbanking")
        p.add("gap")
        p.add(
            "left",
            "Payment successful. The challan is accounted with the Income Tax Department.",
            status=status,
        )
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "lsg.urban.rajasthan.gov.in/udtax/payment/status")
        p.part = "head"
        dev(p, "नगर निगम उदयपुर", scale=1.1, bold=True)
        name = "Municipal Corporation Udaipur"
        top(p, name, merchant=name)
        p.add("small", "Urban development tax  |  Online payment")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(2400, 16000, 1))
        pill(p, "Payment under verification", status, align="l")
        p.add("left", "The bank has not yet confirmed this payment. Please check again after 24 hours.")
        p.add("gap")
        tid = f"UDT{j.date:%y%m%d}{digits(rng, 7)}"
        for label, value, facts in [
            ("Property ID", f"UDR/{rng.randrange(10, 70)}/{digits(rng, 5)}", {}),
            ("Owner", COMPANY, {}),
            ("Financial year", fy(j.date), {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Transaction ID", tid, {"txn": (TXN_RANK, tid)}),
            ("Payment mode", "UPI", {"method": "UPI"}),
            ("Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), {"date": j.date}),
        ]:
            field(p, label, value, **facts)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "www.dgft.gov.in/CP/?opt=iec-payment")
        p.part = "head"
        name = "Directorate General of Foreign Trade"
        top(p, name, merchant=name)
        p.add("small", "Ministry of Commerce and Industry  |  IEC modification fee")
        p.add("rule")
        p.part = "body"
        j.amount = 200.0
        pill(p, "Payment Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tid = f"DGFT{digits(rng, 12)}"
        kvr(p, "Application Ref. No.", f"{digits(rng, 10)}")
        kvr(p, "IEC", f"AAHCK{digits(rng, 4)}L")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Bank Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Payment date", day_in(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
        return p.done()
    p = paper_page(rng, font, [740, 780])
    shift(j, rng, SHILPGRAM - dt.timedelta(days=rng.randrange(6, 20)))
    j.amount = float(rng.choice([8000, 10000, 12000, 15000]))
    folds(p)
    p.part = "head"
    dev(p, "पश्चिम क्षेत्र सांस्कृतिक केंद्र, उदयपुर", scale=1.05, bold=True)
    name = "West Zone Cultural Centre, Udaipur"
    top(
        p,
        pick(p, "title", [name, "West Zone Cultural Centre"]),
        merchant=pick(p, "title", [name, "West Zone Cultural Centre"]),
    )
    p.add("small", "Ministry of Culture, Government of India  |  Bagore ki Haveli, Udaipur")
    p.add("rule")
    p.part = "body"
    p.add("left", f"To,  {COMPANY}, {OFFICE_SHORT}")
    p.add("left", "Sub: Allotment of stall, Shilpgram Utsav 2026 (21 to 30 December)")
    p.add("gap")
    p.add(
        "left",
        f"Received Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) in cash on "
        f"{day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} towards the rent of Stall No. 17, Crafts Bazaar.",
        amount=j.amount,
        method="cash",
        date=j.date,
        status=status,
    )
    p.add("left", "Please report at the Havala gate with this letter on 20 December for the set-up.")
    p.add("gap")
    sig(p)
    right(p, "Programme Officer (Shilpgram)")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top: United India's premium receipt for the
    atelier's fire policy typed on a dot-matrix, paid by a cheque subject to realisation; Tata AIG's mail for
    a fine art transit cover (a striped table); HDFC ERGO's PREMIUM RECEIPT under a ribbon, its details against
    a gutter; Star Health's letter acknowledging the group health premium (no reference); Go Digit's app
    after a two-wheeler's policy (a large tick, the sum split); ACKO's app of a car's policy active ("Today";
    no day); Cholamandalam MS's failed card payment in boxed fields; National Insurance's premium receipt
    in a table ruled on every side. All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        holes(p)
        name = "United India Insurance Company Limited"
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "United India Insurance Co. Ltd."]),
            merchant=pick(p, "title", [name, "United India Insurance Co. Ltd."]),
        )
        p.add("small", "Divisional Office, Udaipur  |  A Government of India Undertaking")
        p.add("rule")
        p.part = "body"
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.86
        w_ = min(tt_cols(p), 58)
        rno = f"{rng.randrange(140000, 149999)}{j.date:%y}{digits(rng, 6)}"
        cheque = str(rng.randrange(100000, 999999))
        typed(p, "PREMIUM RECEIPT".center(w_).rstrip(), scale=0.86)
        typed(p, "-" * w_, scale=0.86)
        for text, facts in [
            (f"RECEIPT NO    : {rno}", {"txn": (INVOICE_RANK, rno)}),
            (f"RECEIPT DATE  : {when(j.date, '%d/%m/%Y')}", {"date": j.date}),
            ("RECEIVED FROM : KAMAL TALAI PICHWAI ATELIER", {}),
            ("POLICY        : STANDARD FIRE AND SPECIAL PERILS", {}),
            (f"PREMIUM       : {num(base, 'plain'):>12}", {}),
            (f"GST @ 18%     : {num(gst, 'plain'):>12}", {}),
            (f"TOTAL         : {num(j.amount, 'plain'):>12}", {"amount": j.amount}),
            (f"MODE          : CHEQUE NO {cheque}", {"method": "cheque"}),
            (
                f"DRAWN ON      : AU SMALL FINANCE BANK, DTD {when(j.date - dt.timedelta(days=rng.randrange(1, 4)), '%d/%m/%y')}",
                {},
            ),
        ]:
            typed(p, text[:w_], scale=0.86, **facts)
        typed(p, "-" * w_, scale=0.86)
        typed(p, "RECEIVED SUBJECT TO REALISATION OF THE CHEQUE.", scale=0.86, status=status)
        p.add("gap")
        right(p, "Branch Manager")
        return p.done()
    if k == 1:
        name = "Tata AIG General Insurance Company Limited"
        p = mail_page(
            rng, font, "Tata AIG <customersupport@tataaig.com>", ["Payment received - Fine art transit"]
        )
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "Tata AIG General Insurance"]),
            merchant=pick(p, "title", [name, "Tata AIG General Insurance"]),
        )
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {COMPANY},")
        p.add(
            "left",
            "Thank you for your payment. Your fine art transit cover for the pichwais going to the Mumbai "
            "exhibition is now in force.",
            status=status,
        )
        p.add("gap")
        pid = f"TAIG{digits(rng, 12)}"
        zebra(
            p,
            "ta",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Payment summary", ""],
            [
                (["Cover", "Fine art, transit and exhibition"], {}),
                (["Sum insured", f"Rs. {num(float(rng.randrange(20, 80)) * 100000, 'indian', 0)}"], {}),
                (["Premium (incl. GST)", rs(j.amount)], {"amount": j.amount}),
                (["Payment ID", pid], {"txn": (TXN_RANK, pid)}),
                (["Payment mode", "Net Banking - AU Small Finance Bank"], {"method": "netbanking"}),
                (["Payment date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"])], {"date": j.date}),
            ],
            (0, 80, 140),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Tata AIG General Insurance Company Limited, Peninsula Business Park, Mumbai.")
        return p.done()
    if k == 2:
        name = "HDFC ERGO General Insurance Company Ltd."
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "HDFC ERGO General Insurance"]),
            merchant=pick(p, "title", [name, "HDFC ERGO General Insurance"]),
        )
        p.add("small", "Bharat Laghu Udyam Suraksha  |  Gallery, Gangaur Ghat Marg, Udaipur")
        ribbon(p, "PREMIUM RECEIPT", (180, 20, 40))
        p.part = "body"
        p.add("gap")
        rno = f"R{digits(rng, 12)}"
        half = round(gst / 2, 2)
        for label, value, facts in [
            ("Receipt No.", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Received from", GALLERY, {}),
            ("Policy No.", f"2999 2031 {digits(rng, 4)} {digits(rng, 4)} 000", {}),
            ("Net premium", num(base), {}),
            ("CGST @ 9%", num(half), {}),
            ("SGST @ 9%", num(round(gst - half, 2)), {}),
            ("Total premium", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", "UPI", {"method": "UPI"}),
            ("UPI reference", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            gutter(p, "he", label, value, at=0.4, **facts)
        p.add("gap")
        p.add("left", "We acknowledge the receipt of the premium above.", status=status)
        return p.done()
    if k == 3:
        name = "Star Health and Allied Insurance Co. Ltd."
        p = paper_page(rng, font, [740, 780])
        folds(p)
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "Star Health Insurance"]),
            merchant=pick(p, "title", [name, "Star Health Insurance"]),
        )
        p.add("small", "Corporate Office: Chennai  |  Udaipur Branch: Hiran Magri, Udaipur")
        p.add("rule")
        p.part = "body"
        p.add("left", "To,")
        p.add("left", "The Director,")
        p.add("left", f"{COMPANY}, {OFFICE_SHORT}")
        p.add("gap")
        p.add("left", "Sub: Group Health Insurance Policy - premium received")
        p.add(
            "left",
            f"We are in receipt of {rs(j.amount)} towards the renewal premium of your group health policy "
            f"for {rng.randrange(8, 20)} members, paid by NEFT on {day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])}. "
            "The policy is renewed for one year.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        p.add("left", f"Policy No.: P/{digits(rng, 6)}/01/{j.date.year + 1}/{digits(rng, 6)}")
        p.add("gap")
        sig(p)
        right(p, "Branch Manager, Udaipur")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Download policy",))
        band(p, (255, 196, 0), ink=(20, 20, 20))
        app_head(p, "Digit Insurance", "Two-wheeler policy")
        name = "Go Digit General Insurance Ltd"
        j.amount = round(rng.uniform(1100, 3800), 2)
        sicon(p, status)
        p.add("center", "Payment successful. Your policy is issued.", status=status)
        bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
        p.add("center", f"paid to {name}", merchant=name)
        p.add("rule")
        tid = f"DGT{digits(rng, 13)}"
        kvr(p, "Policy no.", f"D{digits(rng, 9)}")
        kvr(p, "Vehicle", f"RJ 30 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid via", "UPI", method="UPI")
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Policy"], dark=rng.random() < 0.5, buttons=("View policy",))
        app_head(p, "ACKO", "Car insurance")
        name = "ACKO General Insurance Ltd"
        pill(p, "Policy active", status)
        p.add("small", "Paid")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Today, {hhmm(rng, lower=True)}  |  cover starts today")
        p.add("rule")
        ref = f"ACKO{code(rng, 12, ALNUM)}"
        lab(p, "Payment reference")
        p.add("left", ref, txn=(TXN_RANK, ref))
        lab(p, "Paid using")
        p.add("left", f"Credit card {masked(rng, font)}", method="card")
        lab(p, "Car")
        p.add("left", f"RJ 27 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}, the gallery's van")
        return p.done()
    if k == 6:
        name = "Cholamandalam MS General Insurance Co. Ltd"
        p = browser_page(rng, font, "www.cholainsurance.com/payment/response")
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "Chola MS General Insurance"]),
            merchant=pick(p, "title", [name, "Chola MS General Insurance"]),
        )
        p.add("small", "Shop owner's package policy  |  Payment status")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment failed", status, align="l")
        p.add("left", "Your card issuer did not authorise the payment. Please try again.")
        p.add("gap")
        tref = f"CHO{digits(rng, 12)}"
        field(p, "Proposal No.", f"PRP/{digits(rng, 10)}")
        field(p, "Premium payable", rs(j.amount), amount=j.amount)
        field(p, "Transaction reference", tref, txn=(TXN_RANK, tref))
        field(p, "Payment mode", "Credit card", method="card")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        return p.done()
    name = "National Insurance Company Limited"
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(
        p,
        pick(p, "title", [name, "National Insurance Co. Ltd."]),
        merchant=pick(p, "title", [name, "National Insurance Co. Ltd."]),
    )
    p.add("small", "Udaipur Branch  |  PREMIUM RECEIPT CUM TAX INVOICE")
    p.add("rule")
    p.part = "body"
    utr = utr_for(rng, j, "AU Small Finance Bank", "NEFT")
    rno = f"{digits(rng, 6)}/{fy(j.date)}/{rng.randrange(1000, 9999)}"
    grid(
        p,
        "ni",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        None,
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Date", day_in(j, rng, ["%d/%m/%Y", "%d.%m.%Y"])], {"date": j.date}),
            (["Insured", COMPANY], {}),
            (["Policy", "Money insurance, gallery cash in transit"], {}),
            (["Premium", num(base)], {}),
            (["GST @ 18%", num(gst)], {}),
            (["Total received", rs(j.amount)], {"amount": j.amount}),
            (["Mode", "NEFT"], {"method": "netbanking"}),
            (["UTR", utr], {"txn": (UTR_RANK, utr)}),
        ],
    )
    p.add("gap")
    p.add("left", "Premium received with thanks.", status=status)
    right(p, "For National Insurance Co. Ltd.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("KAMAL TALAI GALLERY", "GANGAUR GHAT MARG, UDAIPUR", "MSWIPE", "mswipe"),
    ("HOTEL LAKE PICHOLA VIEW", "LAL GHAT, UDAIPUR", "ICICI BANK", "declined"),
    ("SHRINATH MISHTHAN BHANDAR", "BADA BAZAR, NATHDWARA", "KOTAK MAHINDRA BANK", "kotak"),
    ("KAMAL TALAI GALLERY - SHILPGRAM", "STALL 17, HAVALA, UDAIPUR", "PhonePe Smart POS", "device"),
    ("JAIPUR ART SUPPLIES", "M.I. ROAD, JAIPUR", "INNOVITI", "surcharge"),
    ("KESAR KAFE", "MAHARANA PRATAP AIRPORT, DABOK", "", "token"),
    ("NEW MEWAR FRAME HOUSE", "HATHIPOLE, UDAIPUR", "AU SMALL FINANCE BANK", "pending"),
    ("RAJSAMAND FUELS", "NH 8, KANKROLI, RAJSAMAND", "EZETAP", "fuel"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the gallery's and the Shilpgram stall's terminals and the atelier's card at a lake hotel, a
    Nathdwara sweet shop, a Jaipur art store, an airport cafe, a framer and a pump: Mswipe's slip with its
    total in a box; ICICI Bank's declined slip (05 DO NOT HONOUR); Kotak's slip, each label over its value set to the right;
    PhonePe Smart POS's screen at the stall ("Today"; no day); Innoviti's slip with a card surcharge (BASE
    AMT, SURCHARGE, TOTAL AMT); an airport cafe's bill settled by card under its token (no reference); AU
    Bank's slip of a sale under process at a framer's; Ezetap's fuel slip with its product, litres and rate
    in a row. All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=600, high=32000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "device":
        shift(j, rng, SHILPGRAM + dt.timedelta(days=rng.randrange(0, 10)))
    if layout == "fuel":
        j.amount = float(rng.randrange(1500, 6000, 100))
    if layout in ("declined", "token", "kotak"):
        j.amount = rupees(rng, 450, 5200, 0.7)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "device":
        p = phone(rng, font, k, ["", "Sale"], dark=False, buttons=("Print", "New sale"))
        band(p, PHONEPE)
        app_head(p, brand, "Card payment")
        shown = pick(p, "center", [name, "KAMAL TALAI GALLERY"])
        p.add("center", shown, merchant=shown)
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        bigsum(p, "Rs.", j.amount, "indian", amount=j.amount)
        p.add("small", f"Today {hhmm(rng)}")
        p.add("rule")
        p.pair("Card", f"{scheme} **** {last4}", method="card")
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Invoice", inv, txn=(INVOICE_RANK, inv))
        p.pair("TID", tid)
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.6:
        h269.torn(p)
    p.part = "head"
    if brand:
        p.add("center", brand)
    shown = pick(p, "center", [name, name.split(" - ")[0]])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d.%m.%Y"])).upper()
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    if layout == "mswipe":
        p.add("rule")
        p.add("left", f"DATE: {day}", date=j.date)
        p.add("left", f"TIME: {t}")
        p.add("left", f"MID: {mid}")
        p.add("left", f"TID: {tid}   BATCH: {batch[-3:]}")
        p.add("left", f"INVOICE: {inv}", txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        p.add("left", f"{scheme} CARD: XXXX XXXX XXXX {last4}", method="card")
        p.add("left", f"AUTH CODE: {appr}", txn=(APPR_RANK, appr))
        p.add("left", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("gap")
        c = card_open(p)
        p.pair("TOTAL", amt, amount=j.amount)
        card_close(p, c, tint=False)
        p.add("gap")
        p.add("center", "TRANSACTION APPROVED", status=status)
        p.add("small", "PIN VERIFIED")
    elif layout == "declined":
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN DECLINED", status=status)
        p.add("center", "RESP CODE: 05 DO NOT HONOUR")
        p.add("small", "PLEASE CONTACT YOUR CARD ISSUER")
    elif layout == "kotak":
        p.add("center", "**** SALE ****")
        p.add("rule")
        for label, value, facts in [
            ("DATE / TIME", f"{when(j.date, '%d/%m/%y')}  {t[:5]}", {"date": j.date}),
            ("TERMINAL ID", tid, {}),
            ("INVOICE NO", inv, {"txn": (INVOICE_RANK, inv)}),
            ("CARD", f"{scheme} **** {last4} (CHIP)", {"method": "card"}),
            ("APPROVAL CODE", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            p.add("left", label)
            p.add("right", value, **facts)
        p.add("rule")
        p.add("small", "SALE AMOUNT")
        p.add("title", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "SIGNATURE NOT REQUIRED")
    elif layout == "surcharge":
        base_ = round(j.amount / 1.01, 2)
        fee_ = round(j.amount - base_, 2)
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid)
        p.pair("TID", tid)
        p.pair("BATCH NO", batch)
        p.pair("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        p.pair("CARD TYPE", f"{scheme} CREDIT")
        p.pair("CARD NO", f"XXXX-XXXX-XXXX-{last4}", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE AMT", f"{base_:.2f}")
        p.pair("SURCHARGE 1%", f"{fee_:.2f}")
        p.pair("TOTAL AMT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
    elif layout == "token":
        p.add("rule")
        p.add("center", f"TOKEN {rng.randrange(10, 99)}")
        p.pair("DATE", f"{day} {t[:5]}", date=j.date)
        p.add("rule")
        items = [("MASALA CHAI", 90), ("KESAR LASSI", 160), ("PYAAZ KACHORI", 120), ("VEG SANDWICH", 240)]
        total_ = 0.0
        for text, price in rng.sample(items, 3):
            q = rng.randrange(1, 4)
            p.pair(f"{text} x{q}", f"{q * price:.2f}")
            total_ += q * price
        j.amount = total_
        p.add("rule")
        p.pair(
            "TOTAL",
            f"Rs.{j.amount:,.2f}" if amt.startswith("Rs.") else f"INR {j.amount:.2f}",
            amount=j.amount,
        )
        p.add("left", f"PAID: CARD ({scheme})", method="card", status=status)
        p.add("small", "GST INCLUDED. THANK YOU, FLY SAFE")
    elif layout == "pending":
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV", inv, txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        p.pair("CARD", f"{scheme} **{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION UNDER PROCESS", status=status)
        p.add("small", "DO NOT RETRY. CHECK WITH YOUR BANK")
    else:
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("BILL NO", inv, txn=(INVOICE_RANK, inv))
        rate = round(rng.uniform(94.2, 96.8), 2)
        spec = [(0.0, 0.4, "l"), (0.4, 0.7, "r"), (0.7, 1.0, "r")]
        cols(p, "fu", spec, "PRODUCT", "LITRES", "RATE")
        cols(p, "fu", spec, "PETROL", f"{j.amount / rate:.2f}", f"{rate:.2f}")
        p.add("center", "CARD SALE")
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("APPROVAL", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("SALE AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
    p.part = "foot"
    p.add("small", "CUSTOMER COPY" if layout != "token" else "")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, gas, fibre, DTH


AVVNL = "Ajmer Vidyut Vitran Nigam Ltd"
AVVNL_HI = "अजमेर विद्युत वितरण निगम लिमिटेड"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The atelier's and the gallery's bills, each paying the biller: AVVNL's Bijli Mitra app under its Hindi
    name (K Number, Amount paid, Transaction ID, Bank ref. no., Payment date); e-Mitra's receipt of the PHED
    water bill in shaded rows (Department, e-Mitra Transaction ID); Tata Play's failed recharge (a large
    cross, the sum split); HP Pay's LPG refill (Order ID, UPI Ref); Vi's mail of a postpaid payment received
    (no reference); MyJio's JioFiber payment in progress; CRED's dark screen of the Excitel bill with its
    coins; MobiKwik's Airtel Digital TV recharge from the wallet ("Just now"; no day). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=400, high=16000)
    rs = money(rng, font, 0.4)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment receipt"], dark=False, buttons=("Download receipt",))
        band(p, (0, 98, 160))
        app_head(p, "Bijli Mitra", "Rajasthan Discoms")
        dev(p, AVVNL_HI, scale=0.9, bold=True)
        name = pick(p, "center", [AVVNL, "AVVNL"])
        p.add("center", name, merchant=name)
        pill(p, "Payment Successful", status)
        p.add("gap")
        tid = f"AVVNL{j.date:%y%m%d}{digits(rng, 7)}"
        kvr(p, "K Number", f"{rng.randrange(210000000000, 219999999999)}")
        kvr(p, "Consumer name", clip(ATELIER_CAPS, 24))
        kvr(p, "Bill month", j.month(1))
        kvr(p, "Amount paid", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Bank ref. no.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Payment date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "emitra.rajasthan.gov.in/emitra/receipt/print")
        p.part = "head"
        dev(p, "ई-मित्र  -  राजस्थान सरकार", scale=1.0, bold=True)
        top(p, "e-Mitra")
        p.add("small", "Bill payment receipt  |  Kiosk: Lakecity e-Mitra, Udaipur")
        p.add("rule")
        p.part = "body"
        dept = "Public Health Engineering Department"
        tid = f"{rng.randrange(10000000, 99999999)}"
        kv(p, "e-Mitra Transaction ID", tid, at=0.42, txn=(TXN_RANK, tid))
        kv(p, "Department", dept, at=0.42, merchant=dept)
        kv(p, "Service", "Water bill (PHED, Udaipur city)", at=0.42)
        kv(p, "Consumer No.", f"{rng.randrange(100, 999)}/{rng.randrange(1000, 9999)}", at=0.42)
        kv(p, "Name", GALLERY, at=0.42)
        kv(p, "Amount", rs(j.amount), at=0.42, amount=j.amount)
        kv(p, "Payment mode", "Debit card", at=0.42, method="card")
        kv(p, "Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.42, date=j.date)
        kv(p, "Status", "Success", at=0.42, status=status)
        p.add("gap")
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Try again",))
        band(p, (40, 30, 110))
        app_head(p, "Tata Play", "Recharge")
        name = "Tata Play"
        j.amount = float(rng.choice([349, 420, 499, 650, 799]))
        sicon(p, status)
        p.add("center", "Recharge failed", status=status)
        p.accent(RED)
        bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
        p.add("center", f"for {name}", merchant=name)
        p.add("small", f"Subscriber ID {digits(rng, 10)}  |  Hindi Smart pack")
        p.add("small", "Your bank declined the payment. No money was deducted.")
        p.add("rule")
        tid = f"TP{digits(rng, 13)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Paid using", f"Debit card {dot * 2}{digits(rng, 4)}", method="card")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Track delivery",))
        band(p, (0, 82, 155))
        app_head(p, "HP Pay", "LPG refill")
        name = "HP Gas"
        j.amount = float(rng.choice([1740.5, 1786.0, 1812.5, 1769.0]))
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", "19 kg commercial, 1 no.  |  Mewar Gas Agency, Nathdwara")
        p.add("rule")
        oid = f"HPP{digits(rng, 12)}"
        lab(p, "Order ID")
        p.add("left", oid, txn=(ORDER_RANK, oid))
        lab(p, "UPI Ref")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        lab(p, "Paid on")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        lab(p, "Consumer no.")
        p.add("left", digits(rng, 8))
        return p.done()
    if k == 4:
        name = "Vodafone Idea Limited"
        p = mail_page(rng, font, "Vi <noreply@myvi.in>", ["Payment received for your Vi postpaid number"])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Vi postpaid  |  Rajasthan circle")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([499, 699, 999, 1299, 1598]))
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"We have received your payment of {rs(j.amount)} on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])} "
            f"for your Vi postpaid number {rng.choice('6789')}{digits(rng, 3)}XXX{digits(rng, 3)}. Thank you.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        cols(p, "vi", spec, "Payment mode", "UPI", method="UPI")
        cols(p, "vi", spec, "Plan", "Vi Max Family 1001")
        cols(p, "vi", spec, "Account", GALLERY)
        p.add("gap")
        p.add("small", "Vodafone Idea Limited, Jaipur circle. Please do not reply to this mail.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Pay bill"], dark=False, buttons=("Refresh",))
        band(p, (15, 60, 201))
        app_head(p, "MyJio", "JioFiber")
        name = "JioFiber"
        j.amount = float(rng.choice([999, 1178, 1499, 2499]))
        sicon(p, status)
        p.add("center", "Payment in progress", status=status)
        p.accent(AMBER)
        bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
        p.add("center", f"for {name}", merchant=name)
        p.add("small", "We are confirming your payment with your bank. This can take up to 30 minutes.")
        p.add("rule")
        tid = f"JF{digits(rng, 14)}"
        gutter(p, "jf", "Transaction ID", tid, txn=(TXN_RANK, tid))
        gutter(p, "jf", "Paid via", "UPI", method="UPI")
        gutter(p, "jf", "Initiated", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        gutter(p, "jf", "Service ID", digits(rng, 10))
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Bill payment"], dark=True, buttons=("Done",))
        app_head(p, "CRED", "Bill payments")
        name = "Excitel Broadband"
        j.amount = float(rng.choice([1499, 2124, 3540, 4248]))
        sicon(p, status)
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"You won {rng.randrange(100, 900)} CRED coins")
        p.add("rule")
        tid = f"CRED{digits(rng, 12)}"
        bbps = f"CR0{rng.randrange(1, 9)}{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "Bharat Connect ref.")
        p.add("left", bbps, txn=(BANK_RANK, bbps))
        lab(p, "Paid via")
        p.add("left", f"UPI {dot} Axis Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        lab(p, "Paid on")
        p.add("left", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        return p.done()
    p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
    band(p, (22, 100, 210))
    app_head(p, "MobiKwik", "Recharge and bills")
    name = "Airtel Digital TV"
    j.amount = float(rng.choice([299, 353, 425, 550]))
    pill(p, "Recharge successful", status)
    bigsum(p, rs.mark, j.amount, "indian", amount=j.amount)
    p.add("center", f"for {name}", merchant=name)
    p.add("small", "Just now")
    p.add("rule")
    tid = f"MBK{digits(rng, 12)}"
    kvr(p, "Customer ID", digits(rng, 10))
    kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    kvr(p, "Paid from", "MobiKwik wallet", method="wallet")
    toast(p, "Recharge done. Share with friends")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("AU Small Finance Bank", "VM-AUBANK", "SHRI GOVIND VARAK BHAN", "UPI", "sms"),
    ("Bank of Baroda", "AD-BOBTXN", "RAJESH SUTHAR", "IMPS", "sms"),
    ("Punjab National Bank", "", "MEHTA PALIWAL AND ASSO", "NEFT", "mail"),
    ("Kotak Mahindra Bank", "JM-KOTAKB", "LAKECITY ELECTRICALS", "UPI", "sms"),
    ("HDFC Bank", "VK-HDFCBK", "DEVENDRA WEB STUDIO", "UPI", "sms"),
    ("Rajasthan Marudhara Gramin Bank", "", "CHITRAKOOT PHOTOGR", "NEFT", "passbook"),
    ("Axis Bank", "", "HAVALA TENT AND DECORA", "NEFT", "axis"),
    ("IDFC FIRST Bank", "", "NATHDWARA ROADWAYS", "IMPS", "notify"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the atelier's payments: SMS in AU Bank's ("INR x debited from your AU Bank A/c
    XX1234 on <dd-Mon-yyyy> via UPI to <PAYEE>. UPI Ref ..."), Bank of Baroda's ("Rs.x transferred from A/c
    ...1234 to:IMPS/P2A/<ref>/<PAYEE>. Total Bal:... (<dd-mm-yyyy hh:mm:ss>)"), Kotak's failed UPI ("Your UPI
    payment of Rs.x to <PAYEE> on <dd-mm-yy> has failed.") and HDFC Bank's ("Sent Rs.x From HDFC Bank A/C
    *1234 To <PAYEE> On <dd/mm/yy> Ref ...") wordings; Punjab National Bank's e-mail; a Rajasthan Marudhara
    Gramin Bank passbook's page printed at the branch (its NEFT DR entry ticked in pencil; no reference);
    Axis Bank's mail of a NEFT being processed; IDFC FIRST Bank's notification in the phone's shade ("2h";
    no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 40000, 2400000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_for(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if bank == "AU Small Finance Bank":
            text = (
                f"Dear Customer, INR {amt} debited from your AU Bank A/c XX{tail4} on "
                f"{when(j.date, '%d-%b-%Y')} via UPI to {to}. UPI Ref {utr}. Not you? Call 1800 1200 1200 "
                "-AU Bank"
            )
        elif bank == "Bank of Baroda":
            text = (
                f"Rs.{amt} transferred from A/c ...{tail4} to:IMPS/P2A/{utr}/{to}. Total Bal:Rs.{bal}CR. "
                f"Avlbl Amt:Rs.{bal}({when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False, seconds=True)}) "
                "- Bank of Baroda"
            )
        elif bank == "Kotak Mahindra Bank":
            text = (
                f"Your UPI payment of Rs.{amt} to {to} on {when(j.date, '%d-%m-%y')} has failed. UPI Ref "
                f"{utr}. Amount, if debited, will be refunded in 3 working days. -Kotak Bank"
            )
        else:
            text = (
                f"Sent Rs.{amt} From HDFC Bank A/C *{tail4} To {to} On {when(j.date, '%d/%m/%y')} Ref {utr} "
                "Not You? Call 18002586161/SMS BLOCK UPI to 7308080808"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, "PNB Alerts <alerts@pnb.co.in>", ["Transaction alert for your account"])
        p.part = "head"
        top(p, "Punjab National Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your account XXXX{tail4} has been debited by INR {amt} on {when(j.date, '%d/%m/%Y')} towards "
            f"NEFT to {to} (UTR {utr}).",
            **facts,
        )
        p.add("gap")
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "pn", spec, "Beneficiary", to)
        cols(p, "pn", spec, "Amount", f"INR {amt}")
        cols(p, "pn", spec, "Channel", "PNB ONE")
        cols(p, "pn", spec, "Available balance", f"INR {bal}")
        p.add("gap")
        p.add("left", "If this was not done by you, please call 1800 1800 immediately.")
        p.part = "foot"
        p.add("small", "Punjab National Bank. This is a system generated mail.")
        return p.done()
    if frame == "passbook":
        p = paper_page(rng, font, [760, 800])
        typeface(p)
        h271.ext(p)["tt_scale"] = 0.8
        p.part = "head"
        dev(p, "राजस्थान मरुधरा ग्रामीण बैंक", scale=1.0, bold=True)
        p.add("small", f"Branch: Nathdwara  |  A/c No. XXXXXXX{tail4}  |  {ATELIER_CAPS}")
        p.add("gap")
        p.part = "body"
        p.style["paper"] = rng.choice([(236, 243, 238), (240, 240, 230)])
        w_ = min(tt_cols(p), 66)
        before = j.date - dt.timedelta(days=rng.randrange(2, 12))
        opening = rupees(rng, j.amount + 20000, j.amount + 500000, 0.0)
        credit = rupees(rng, 5000, 60000, 0.5)
        typed(
            p,
            f"{'DATE':<9}{'PARTICULARS':<24}{'WITHDRAWAL':>11}{'DEPOSIT':>10}{'BALANCE':>12}"[:w_],
            scale=0.8,
        )
        typed(p, "-" * w_, scale=0.8)
        typed(
            p,
            f"{when(before, '%d/%m/%y'):<9}{'B/F':<24}{'':>11}{'':>10}{num(opening, 'plain'):>12}"[:w_],
            scale=0.8,
        )
        typed(
            p,
            f"{when(before, '%d/%m/%y'):<9}{'BY CLG':<24}{'':>11}{num(credit, 'plain'):>10}"
            f"{num(opening + credit, 'plain'):>12}"[:w_],
            scale=0.8,
        )
        narr = f"TO NEFT {to}"[:23]
        facts.pop("merchant", None)
        typed(
            p,
            f"{when(j.date, '%d/%m/%y'):<9}{narr:<24}{num(j.amount, 'plain'):>11}{'':>10}"
            f"{num(opening + credit - j.amount, 'plain'):>12}"[:w_],
            scale=0.8,
            merchant=narr[8:],
            **facts,
        )
        h273.tick(p)
        typed(p, "-" * w_, scale=0.8)
        p.add("gap")
        p.add("small", "Entries printed at the branch passbook printer. Verify and report errors.")
        return p.done()
    if frame == "axis":
        p = mail_page(
            rng, font, "Axis Bank <alerts@axisbank.com>", ["Your NEFT transaction is being processed"]
        )
        p.part = "head"
        top(p, "AXIS BANK")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your NEFT transaction of INR {amt} to {to} initiated on {when(j.date, '%d-%m-%Y')} is being "
            f"processed. Reference no. {utr}. The beneficiary will be credited once the batch is settled.",
            **facts,
        )
        p.add("gap")
        p.add("left", "No action is needed from you.")
        p.part = "foot"
        p.add("small", "Axis Bank Ltd. Please do not reply to this auto-generated mail.")
        return p.done()
    p = phone(rng, font, k, [""], dark=True, buttons=())
    p.part = "body"
    p.add("small", "Notifications")
    p.add("gap")
    c = card_open(p)
    p.add("small", f"IDFC FIRST Bank  {sign(font, chr(0x2022), '|')}  {rng.choice(['2h', '35m', '4h'])}")
    text = (
        f"INR {amt} debited from your a/c XX{tail4} to {to} via IMPS. Ref {utr}. Not you? Call 1800 10 888."
    )
    p.add("left", text, **facts)
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.add("small", "Calendar")
    p.add("left", "Shilpgram stall set-up meeting, 11:00")
    card_close(p, c)
    p.add("gap")
    p.add("small", "Manage  |  Clear all")
    return p.done()

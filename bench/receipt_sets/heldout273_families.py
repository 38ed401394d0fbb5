"""The twelve heldout273 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Pattamadai korai-grass silk mat weavers' co-operative's year of 2026 in
Tirunelveli district, Tamil Nadu (Pattamadai Pattu Pai Nesavalar Kooturavu Sangam Ltd, its office on
Pallivasal Street, Pattamadai; the women weavers who split the korai grass from Musiri as fine as thread and
weave it on a silk warp into pai of 60 to 120 count, prayer, pooja and yoga mats, table mats, runners and
woven kolam wall hangings, and the kalyana pai with a couple's names and wedding day woven in; its dye shed on
the Thamirabarani, Korai Saaya Pattarai; its showroom in Mylapore, Chennai, Pattu Pai Illam, with the web shop
pattupaiillam.in and a stall at the Kaivinai Sandhai craft fair; its wedding and export orders), told by the
proofs of payment it receives (buyers' PhonePe, Freecharge, BHIM, Amazon Pay and Navi screens, Razorpay's
payment page, Cashfree's mail, Paytm for Business; Flipkart, Zoho Books, Coupa, a hotel's sheet, PFMS, South
Indian Bank, InstaBIZ and Co-optex's Tamil letter; Razorpay's export account, OCBC, NatWest, ABN AMRO, ADCB,
NAB, Scotiabank and a Kyoto shop's mail; its own bill, receipts, mail, invoice, delivery note and cash bill)
and those it makes (the grass mandi's, the silk twister's, IndiaMART's, ST Courier's, the carton maker's, the
carpenter's, Moglix's and the parcel service's papers; Indian Bank's, IOB's, TMB's, CUB's, KVB's, State
Bank's, DBS's and South Indian Bank's pages; its weavers', splitter's, dyer's, salesman's and watchman's
notebook, payslip, screens, slips, voucher and receipts; Karuvoolam's, the town panchayat's, Chennai
Corporation's, ESIC's, the Labour Welfare Board's, Legal Metrology's, the GI Registry's and a traffic
challan's dues; the insurers' receipts; cards on seven terminals and a terminal's app; TNPDCL's, BSNL's, Metro
Water's, Sun Direct's, Indane's, Hathway's and Airtel's bills; the banks' SMS, e-mail, WhatsApp message, Tamil
SMS and an ATM mini statement). Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, the units' lines, salutations, Tamil lines
(but a letter's sentence and a bill written in Tamil, whose English or figures carry the facts), items, mats,
counts, rates, taxable values, GST, TDS, fees, charges, surcharges, tips, advances and balances due, earnings
and deductions, converted and INR sums, FX rates, periods, weeks, months, half years, contribution years,
invoice, bill, cheque, wedding, delivery and joining days, order values, account, policy, proposal, consumer,
service connection, member, employee, employer, assessment, licence, application, sanction, vehicle, booking,
smart card, CN, LR and seller numbers, GSTIN, IFSC, UPI IDs, remitters, payers and depositors, QR codes,
stamps, seals, watermarks, borders, badges, tracks, check marks, rings and highlighter strokes carry no fact.
``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and
``paper_page`` heldout140's; ``phone_frame`` heldout126's; ``right`` heldout152's; ``fits`` and ``place``
heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``paper``
and ``screen`` heldout116's; ``Screen`` heldout113's; its messages app and its frames heldout106's; ``sign``
and ``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``kind``, ``row``, ``cols``, ``kv``,
``kvr``, ``zebra``, ``total``, ``ticks``, ``thumb``, ``qr``, ``seal``, ``sms_page``, a roll's torn edges) and
heldout271's (``grid``, ``colkv``, ``lab``, ``fill``, ``hand``, ``amtbox``, ``tt``, rounded cards, its
rectangular stamp), written in this set's pens and printers' faces. ``compose`` is heldout158's (as
heldout269's and heldout271's), each page's rows drawn by heldout271's ``_render`` and then by this set's own
``_render`` in the lines it leaves for them: Tamil lines in Noto's Tamil faces with their Latin runs in the
page's face, English labels with their Tamil beside them, a Tamil hand in Noto Serif Tamil Slanted; status
capsules; a payment's steps left to right; a form's boxed fields; a tinted panel; a notebook's and a bill
pad's ruling with hand-written cells; a contact's initials; a cutting line with its scissors; chat bubbles; a
highlighter's strokes; a pen's check marks and rings; a kolam border; a watermark; a carbon copy's blur. The
pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets.heldout14_render import FONT_DIR, SCALE, load_font
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
    fill,
    grid,
    hand,
    lab,
    rstamp,
    tt,
    tt_cols,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
TAMIL = "noto/NotoSansTamil-Regular.ttf"
TAMIL_BOLD = "noto/NotoSansTamil-Bold.ttf"
TAMIL_SERIF = "noto/NotoSerifTamil-Regular.ttf"
TAMIL_SERIF_BOLD = "noto/NotoSerifTamil-Bold.ttf"
# the hands that write on this set's papers: obliques and italics of other faces than heldout271's
PENS = [
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
    "liberation/LiberationSerif-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
]
INKS = [(22, 48, 140), (16, 28, 96), (40, 40, 52), (28, 70, 130), (90, 30, 110)]
# the faces a page's fixed-width lines are printed in
TYPES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
]

# ---------------------------------------------------------------- the co-operative

COOP = "Pattamadai Pattu Pai Nesavalar Kooturavu Sangam Ltd"
COOP_CAPS = COOP.upper()
SHORT = "Pattamadai Pai Sangam"
SHORT_CAPS = SHORT.upper()
# the registered name as a bank or a UPI app cuts it
CUT = "PATTAMADAI PATTU PAI NESA"
COOP_TA = "பத்தமடை பட்டுப்பாய் நெசவாளர் கூட்டுறவு சங்கம் லிட்."
REGD = "Regd. No. TNV.1187"
GSTIN = "33AAAAP7412K1ZQ"
OFFICE = "7/112, Pallivasal Street, Pattamadai - 627453"
DISTRICT = "Cheranmahadevi Taluk, Tirunelveli District"
SHOP = "Pattu Pai Illam"
SHOP_CAPS = SHOP.upper()
SHOP_TA = "பட்டுப்பாய் இல்லம்"
SHOP_AT = "21, Kutchery Road, Mylapore, Chennai - 600004"
SHED = "Korai Saaya Pattarai"
SHED_TA = "கோரை சாயப் பட்டறை"
SHED_AT = "Thamirabarani Bank Road, Pattamadai - 627453"
WEB = "pattupaiillam.in"
# the Kaivinai Sandhai craft fair on the Island Grounds, Chennai: the Pongal week of 2026
SANDHAI = dt.date(2026, 1, 15)
IFSC = {
    "Indian Bank": "IDIB",
    "Indian Overseas Bank": "IOBA",
    "Tamilnad Mercantile Bank": "TMBL",
    "City Union Bank": "CIUB",
    "Karur Vysya Bank": "KVBL",
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "South Indian Bank": "SIBL",
    "DBS Bank India": "DBSS",
    "Equitas Small Finance Bank": "ESFB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Federal Bank": "FDRL",
    "Tamil Nadu Grama Bank": "IDIB",
    "The Tirunelveli District Central Co-operative Bank": "TNSC",
}
SHORT_BANK = {
    "Indian Bank": "Indian Bank",
    "Indian Overseas Bank": "IOB",
    "Tamilnad Mercantile Bank": "TMB",
    "City Union Bank": "CUB",
    "Karur Vysya Bank": "KVB",
    "State Bank of India": "SBI",
    "Canara Bank": "Canara",
    "South Indian Bank": "SIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Axis Bank": "Axis",
    "Federal Bank": "Federal",
}
# the mats: name, HSN, price each (low, high)
MATS = [
    ("Pattamadai pai, 100 count, 6 x 4 ft", "4601", 6800, 11800),
    ("Kalyana pai, names woven, 6 x 4 ft", "4601", 9500, 18500),
    ("Korai pai, 60 count, 6 x 3 ft", "4601", 1400, 2600),
    ("Prayer mat, 120 count, 3 x 2 ft", "4601", 2600, 4800),
    ("Table mat set of 6, korai", "4602", 650, 1350),
    ("Dining runner, korai silk", "4602", 900, 1900),
    ("Yoga mat, korai, rolled", "4601", 1800, 3200),
    ("Wall hanging, woven kolam", "4602", 2200, 4600),
    ("Coaster set of 8, korai", "4602", 320, 680),
    ("Pooja mat, silk border, 2 x 2 ft", "4601", 1200, 2400),
]
DAYS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d/%m/%y"]


def mats(rng: random.Random, n: int) -> list[tuple[str, str, int, float]]:
    """Mats sold: name, HSN, quantity, price each."""
    out = []
    for i in rng.sample(range(len(MATS)), n):
        name, hsn, lo, hi = MATS[i]
        out.append((name, hsn, rng.randrange(1, 4), float(rng.randrange(lo, hi, 10))))
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


def cell_name(p: Screen, share: float, names: list[str], scale: float = 0.84) -> str:
    """The first of ``names`` that fits a table's cell ``share`` of the room wide (the last where none
    does)."""
    face = load_font(p.font, int(p.style["size"] * scale))
    for name in names:
        if face.getlength(name) <= share * (p.style["width"] - 2 * MARGIN) - 14:
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


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault(
        "h273",
        {"marks": {}, "ticks": [], "circles": [], "hilite": [], "bubbles": [], "ledger": None},
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


def is_tamil(ch: str) -> bool:
    return "\u0b80" <= ch <= "\u0bff" or ch in "\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Tamil and of other letters (a space stays with the run it follows)."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        t = is_tamil(ch)
        if ch == " " and out:
            t = out[-1][0]
        if out and out[-1][0] == t:
            out[-1] = (t, out[-1][1] + ch)
        else:
            out.append((t, ch))
    return out


TAMIL_HAND = "noto/NotoSerifTamilSlanted-Regular.ttf"


def tamil_face(bold: bool = False, serif: bool = False, hand_: bool = False) -> str:
    if hand_:
        return TAMIL_HAND
    if serif:
        return TAMIL_SERIF_BOLD if bold else TAMIL_SERIF
    return TAMIL_BOLD if bold else TAMIL


def mixed_width(
    text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False, hand_: bool = False
) -> float:
    """The width of a line of Tamil and Latin runs: the Tamil in Noto's Tamil face at 0.88 of the size."""
    width = 0.0
    for t, part in runs(text):
        face = (
            load_font(tamil_face(bold, serif, hand_), int(size * 0.88))
            if t
            else load_font(bold_of(latin) if bold else latin, size)
        )
        width += face.getlength(part)
    return width


def mixed_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False, hand_: bool = False) -> bool:
    for t, part in runs(text):
        face = tamil_face(bold, serif, hand_) if t else (bold_of(latin) if bold else latin)
        if not glyphs(face, part.replace(" ", "")):
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
    hand_: bool = False,
) -> None:
    """A line of Tamil and Latin runs on one baseline (``xy`` the left end and the top of the Latin face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for t, part in runs(text):
        face = load_font(tamil_face(bold, serif, hand_), int(size * 0.88)) if t else lface
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def tam(
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
    """A line in Tamil (a name over its English, a heading, a sentence), Latin runs in the page's face."""
    size = int(p.style["size"] * scale)
    assert mixed_ok(text, p.font, bold=bold, serif=serif), text
    assert mixed_width(text, p.font, size, bold=bold, serif=serif) <= p.style["width"] - 2 * MARGIN, text
    put(p, "t73tam", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def tamil_hand(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in Tamil (Noto's slanted Tamil serif), its Latin runs and figures in the page's
    pen."""
    pen = hand_pen(p)
    size = int(p.style["size"] * 1.05)
    assert mixed_ok(text, pen, hand_=True), text
    assert mixed_width(text, pen, size, hand_=True) <= p.style["width"] - 2 * MARGIN, text
    put(p, "t73th", text, mark_=align, **facts)


def tam_wrap(p: Screen, text: str, *, scale: float = 1.0, **facts) -> None:
    """A Tamil sentence set left in as many lines as it needs."""
    size = int(p.style["size"] * scale)
    room = p.style["width"] - 2 * MARGIN
    line, first = "", True
    for word in text.split():
        if line and mixed_width(f"{line} {word}", p.font, size) > room:
            tam(p, line, scale=scale, align="l", **(facts if first else {}))
            first, line = False, word
        else:
            line = f"{line} {word}".strip()
    tam(p, line, scale=scale, align="l", **(facts if first else {}))


def tlab(
    p: Screen,
    english: str,
    tamil: str,
    value: str,
    *,
    at: float = 0.42,
    bold: bool = False,
    pen: bool = False,
    **facts,
) -> None:
    """An English label with its Tamil after it in the label's ink, a colon at ``at`` and the value after it
    (a bilingual form or receipt of Tamil Nadu), printed or written by hand (``pen``); a value too long for
    its room is carried on under itself."""
    size = p.style["size"]
    room = p.style["width"] - 2 * MARGIN
    need = (
        load_font(p.font, size).getlength(english) + mixed_width(f" {tamil}", p.font, int(size * 0.82)) + 14
    )
    assert mixed_ok(tamil, p.font) and glyphs(p.font, english), (english, tamil)
    assert need <= at * room, (english, tamil, need, at * room)
    vfont = hand_pen(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.05 if pen else 1.0)))
    assert glyphs(vfont, value), value
    limit = (1 - at) * room - 16
    if vface.getlength(value) <= limit:
        put(p, "t73lab", english, tamil, value, mark_=[at, bold, pen], **facts)
        return
    words_, line, lines = value.split(), "", []
    for word in words_:
        if line and vface.getlength(f"{line} {word}") > limit:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    put(p, "t73lab", english, tamil, lines[0], mark_=[at, bold, pen], **facts)
    for more in lines[1:]:
        put(p, "t73lab", "", "", more, mark_=[at, bold, pen])


def panel(p: Screen, label: str, value: str, colour: tuple[int, int, int], **facts) -> None:
    """A label and its sum in bold on a band tinted in ``colour`` across the page (an accounting app's
    Amount Paid box)."""
    size = p.style["size"]
    need = load_font(p.font, size).getlength(label) + load_font(bold_of(p.font), int(size * 1.1)).getlength(
        value
    )
    assert glyphs(bold_of(p.font), value) and glyphs(p.font, label), (label, value)
    assert need + 60 <= p.style["width"] - 2 * MARGIN, (label, value)
    p.add("gap")
    put(p, "t73panel", label, value, mark_=list(colour), **facts)
    p.add("gap")


def pill(p: Screen, text: str, status: str, *, align: str = "c", **facts) -> None:
    """The outcome in a rounded capsule tinted in its colour (an app's or a portal's status chip)."""
    face = load_font(bold_of(p.font), int(p.style["size"] * 0.9))
    assert glyphs(bold_of(p.font), text), text
    assert face.getlength(text) + 40 <= p.style["width"] - 2 * MARGIN, text
    put(p, "t73pill", text, mark_=[list(TONE[status]), align], status=status, **facts)
    if p.style.get("screen"):
        p.accent(TONE[status])


def track(p: Screen, labels: list[str], states: str, **facts) -> None:
    """A payment's progress left to right: a node for each step (done, now, failed or to come) joined by a
    line, each step's name under its node; two lines high."""
    n = len(labels)
    room = p.style["width"] - 2 * MARGIN
    small = load_font(p.font, int(p.style["size"] * 0.72))
    for text in labels:
        assert glyphs(p.font, text) and small.getlength(text) <= room / n - 6, text
    put(p, "t73track", *labels, mark_=states, **facts)
    p.add("gap")
    p.add("gap")


def field(p: Screen, label: str, value: str, **facts) -> None:
    """A web form's read-only field: its label small over a rounded box holding the value."""
    face = load_font(p.font, p.style["size"])
    assert glyphs(p.font, value) and face.getlength(value) + 28 <= p.style["width"] - 2 * MARGIN, value
    lab(p, label)
    put(p, "t73box", value, **facts)


def hcells(p: Screen, spec: list[tuple[float, float, str]], *cells: str, scale: float = 1.0, **facts) -> None:
    """A row of cells written by hand at set places (a notebook's columns)."""
    pen = hand_pen(p)
    face = load_font(pen, int(p.style["size"] * scale))
    room = p.style["width"] - 2 * MARGIN
    assert len(cells) == len(spec)
    for text, (lo, hi, _) in zip(cells, spec):
        assert glyphs(pen, text), (pen, text)
        assert face.getlength(text) <= (hi - lo) * room - 8, (text, face.getlength(text), (hi - lo) * room)
    put(p, "t73cell", *cells, mark_=[[list(c) for c in spec], scale], **facts)


def ledger(
    p: Screen,
    start: int,
    cols_: list[float],
    margin: float | None = None,
    span: tuple[int, int] | None = None,
) -> None:
    """A notebook's or a bill pad's ruling from row ``start`` to the last row added: a faint blue line under
    every row across the page, a red double margin down the page at ``margin`` (a share of the room) where
    given, pencilled column lines at ``cols_`` (down the rows of ``span`` where given)."""
    end = len(p.rows) - 1
    ext(p)["ledger"] = [start, end, cols_, margin, list(span or (start, end))]


def avatar(p: Screen, initials: str, colour: tuple[int, int, int]) -> None:
    """A round badge with the payee's initials (an app's contact picture), centred, two lines high."""
    assert glyphs(bold_of(p.font), initials), initials
    put(p, "t73av", initials, mark_=list(colour))
    p.add("gap")


def cut(p: Screen, label: str = "") -> None:
    """A line to cut along: a pair of scissors at the left, dashes across, a copy's name in the middle."""
    assert glyphs(p.font, label), label
    put(p, "t73cut", label)


def tick(p: Screen, i: int | None = None) -> None:
    """An accountant's check mark in pen at the right edge of row ``i`` (the last one added)."""
    hand_pen(p)
    ext(p)["ticks"].append(len(p.rows) - 1 if i is None else i)


def ring(p: Screen, i: int | None = None, part: str = "value") -> None:
    """A ring drawn by hand round row ``i``'s value (or its whole text)."""
    hand_pen(p)
    ext(p)["circles"].append([len(p.rows) - 1 if i is None else i, part])


def hilite(p: Screen, i: int | None = None) -> None:
    """A highlighter's stroke over row ``i`` (the last one added)."""
    ext(p)["hilite"].append(len(p.rows) - 1 if i is None else i)


def bubble(p: Screen, start: int, foot: str = "") -> None:
    """A chat bubble round the rows from ``start`` to the last added, its hour and ticks in its corner."""
    assert not p.style["h106"]["dark"] and glyphs(p.font, foot), foot
    ext(p)["bubbles"].append([start, len(p.rows) - 1, foot])
    p.add("gap")


def watermark(p: Screen, text: str, colour: tuple[int, int, int], *, alpha: int = 46) -> None:
    """Large light letters across the page, tilted (a PAID or DUPLICATE mark under the print)."""
    assert glyphs(bold_of(p.font), text), text
    ext(p)["wmark"] = [text, [*colour, alpha], p.rng.uniform(22, 34)]


def border(p: Screen, colour: tuple[int, int, int]) -> None:
    """A kolam border round the page: two rules with a row of dots between, loops of dots at the corners."""
    ext(p)["border"] = list(colour)


def carbon(p: Screen) -> None:
    """The page as a carbon copy: the print and the hand in the carbon's violet blue, a little soft."""
    blue = p.rng.choice([(52, 58, 150), (70, 50, 140), (40, 70, 160)])
    p.style.update({"ink": blue, "label_ink": blue, "accent": blue})
    x = h271.ext(p)
    x["pen_ink"] = list(blue)
    h269.ext(p)["pen_ink"] = list(blue)
    ext(p)["carbon"] = True


def write(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in the page's pen (heldout271's row)."""
    hand_pen(p)
    hand(p, text, align=align, **facts)


def blank(p: Screen, label: str, value: str, *, after: str = "", **facts) -> None:
    """A printed label and the value written by hand on a dotted line after it (heldout271's row)."""
    hand_pen(p)
    fill(p, label, value, tail=after, **facts)


def sum_box(p: Screen, prefix: str, value: str, *, by_hand: bool = True, at: float = 0.0, **facts) -> None:
    hand_pen(p)
    amtbox(p, prefix, value, by_hand=by_hand, at=at, **facts)


def typed(p: Screen, text: str, *, scale: float = 0.9, **facts) -> None:
    """A fixed-width line in the page's own printer's face (heldout271's row)."""
    typeface(p)
    tt(p, text, scale=scale, **facts)


# ---------------------------------------------------------------- drawing


def _span(r: tuple, font: str, style: dict) -> tuple[float, float]:
    """Where a row's text runs across the page (for a highlighter's stroke or a ring round it)."""
    width, size = style.get("width", 620), style.get("size", 22)
    room = width - 2 * MARGIN
    name = r[0]
    if name in ("left", "right", "center", "title", "big", "small"):
        tw = load_font(font, int(size * SCALE[name])).getlength(r[1])
        if name == "left":
            return MARGIN, MARGIN + tw
        if name == "right":
            return width - MARGIN - tw, width - MARGIN
        return (width - tw) / 2, (width + tw) / 2
    if name == "pair":
        return width - MARGIN - load_font(font, size).getlength(r[2]), width - MARGIN
    k9 = (style.get("h269") or {}).get("kinds", {}).get(name)
    if k9:
        lo, hi, align = k9["spec"][-1]
        cell_font = bold_of(font) if len(k9["spec"]) - 1 in k9["bold"] else font
        scale = style["h269"]["scale"].get(name, 1.0)
        tw = load_font(cell_font, int(size * scale)).getlength(r[-1])
        left, right_edge = MARGIN + lo * room + 6, MARGIN + hi * room - 6
        if align == "r":
            return right_edge - tw, right_edge
        if align == "c":
            return (left + right_edge - tw) / 2, (left + right_edge + tw) / 2
        return left, left + tw
    if name == "tt":
        x1 = style.get("h271") or {}
        face = load_font(x1["tt"], int(size * x1.get("tt_scale", 0.9)))
        return MARGIN, MARGIN + face.getlength(r[1])
    return MARGIN, MARGIN + room


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout271's ``_render`` (heldout269's and heldout14's rows, heldout271's), then this set's: Tamil
    lines and Tamil labels beside English ones, status capsules, a left-to-right progress track, a form's
    boxed fields, a notebook's hand-written cells on its ruling, a contact's initials, a cutting line, chat
    bubbles, a highlighter's strokes, a pen's check marks and rings, a kolam border, a watermark and a
    carbon's blur."""
    page = h271._render(rows, font, style)
    x = style.get("h273")
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
    pen_ink = tuple(x1.get("pen_ink", (24, 52, 150)))
    marks = x["marks"]
    if (x["hilite"] or x["bubbles"]) and not dark:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        if x["bubbles"]:
            ld.rectangle((0, 0, page.width, page.height), fill=(231, 223, 212))
            for start, end, _ in x["bubbles"]:
                y0 = tops[start] - lift - 12
                y1 = tops[end] + line - lift + int(line * 0.85)
                ld.rounded_rectangle(
                    (MARGIN - 16, y0, width - MARGIN + 12, y1), radius=14, fill=(255, 255, 255)
                )
                ld.polygon(
                    [(MARGIN - 16, y0), (MARGIN - 30, y0), (MARGIN - 16, y0 + 16)], fill=(255, 255, 255)
                )
        for i in x["hilite"]:
            a, b = _span(rows[i], font, style)
            ld.rectangle((a - 5, tops[i] - lift + 4, b + 5, tops[i] + line - lift - 2), fill=(255, 236, 110))
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    if x.get("ledger"):
        start, end, cols_, at, (c0, c1) = x["ledger"]
        blue = h269._tint((90, 140, 210), paper_, 0.45)
        for i in range(start, end + 1):
            yy = tops[i] + line - lift
            draw.line((0, yy, width, yy), fill=blue, width=1)
        if at is not None:
            red = h269._tint((210, 60, 60), paper_, 0.7)
            for xx in (MARGIN + at * room - 2, MARGIN + at * room + 2):
                draw.line((xx, 0, xx, page.height), fill=red, width=1)
        grey = h269._tint((90, 90, 100), paper_, 0.35)
        for c in cols_:
            xx = MARGIN + c * room
            draw.line((xx, tops[c0] - lift, xx, tops[c1] + line - lift), fill=grey, width=1)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t73"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t73tam":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = mixed_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_mixed(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t73th":
            s = int(size * 1.05)
            tw = mixed_width(r[1], x1["pen"], s, hand_=True)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[m]
            draw_mixed(draw, (tx, y - size * 0.15), r[1], x1["pen"], s, pen_ink, hand_=True)
        elif name == "t73lab":
            at, bold, by_pen = m
            if r[1]:
                face = load_font(font, size)
                draw.text((MARGIN, y), r[1], font=face, fill=ink)
                draw_mixed(
                    draw,
                    (MARGIN + face.getlength(r[1]), y + size * 0.14),
                    f" {r[2]}",
                    font,
                    int(size * 0.82),
                    soft,
                )
                draw.text((MARGIN + at * room - 12, y), ":", font=face, fill=ink)
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.05))
                draw.text((MARGIN + at * room + 4, y - size * 0.12), r[3], font=vface, fill=pen_ink)
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((MARGIN + at * room + 4, y), r[3], font=vface, fill=ink)
        elif name == "t73panel":
            colour = tuple(m)
            draw.rectangle(
                (MARGIN, top_y - line * 0.4, width - MARGIN, bot_y + line * 0.4),
                fill=h269._tint(colour, paper_, 0.3 if dark else 0.12),
            )
            draw.rectangle((MARGIN, top_y - line * 0.4, MARGIN + 5, bot_y + line * 0.4), fill=colour)
            draw.text((MARGIN + 20, y), r[1], font=load_font(font, size), fill=ink)
            vface = load_font(bold_of(font), int(size * 1.1))
            draw.text(
                (width - MARGIN - 16 - vface.getlength(r[2]), y - size * 0.06), r[2], font=vface, fill=ink
            )
        elif name == "t73pill":
            colour, align = tuple(m[0]), m[1]
            face = load_font(bold_of(font), int(size * 0.9))
            tw = face.getlength(r[1])
            w_ = tw + 36
            x0 = {"c": (width - w_) / 2, "l": MARGIN, "r": width - MARGIN - w_}[align]
            fill_ = h269._tint(colour, paper_, 0.3 if dark else 0.15)
            draw.rounded_rectangle(
                (x0, top_y + 2, x0 + w_, bot_y - 2),
                radius=(bot_y - top_y) // 2 - 2,
                fill=fill_,
                outline=h269._tint(colour, paper_, 0.5),
            )
            draw.text((x0 + 18, y + size * 0.06), r[1], font=face, fill=colour)
        elif name == "t73track":
            states = m
            labels = r[1:]
            n = len(labels)
            cy = y + size * 0.8
            centres = [MARGIN + room * (k + 0.5) / n for k in range(n)]
            faint = h269._tint(soft, paper_, 0.4)
            for k in range(n - 1):
                colour = GREEN if states[k + 1] == "d" else faint
                draw.line((centres[k] + 12, cy, centres[k + 1] - 12, cy), fill=colour, width=3)
            small = load_font(font, int(size * 0.72))
            for k, (cx, st, text) in enumerate(zip(centres, states, labels)):
                if st == "d":
                    draw.ellipse((cx - 11, cy - 11, cx + 11, cy + 11), fill=GREEN)
                    draw.line((cx - 5, cy, cx - 1, cy + 5, cx + 6, cy - 5), fill=paper_, width=3)
                elif st == "p":
                    draw.ellipse((cx - 12, cy - 12, cx + 12, cy + 12), outline=AMBER, width=3)
                    draw.ellipse((cx - 4, cy - 4, cx + 4, cy + 4), fill=AMBER)
                elif st == "f":
                    draw.ellipse((cx - 11, cy - 11, cx + 11, cy + 11), fill=RED)
                    draw.line((cx - 5, cy - 5, cx + 5, cy + 5), fill=paper_, width=3)
                    draw.line((cx - 5, cy + 5, cx + 5, cy - 5), fill=paper_, width=3)
                else:
                    draw.ellipse((cx - 10, cy - 10, cx + 10, cy + 10), outline=faint, width=2)
                tw = small.getlength(text)
                draw.text((cx - tw / 2, y + line * 1.15), text, font=small, fill=soft if st == "t" else ink)
        elif name == "t73box":
            draw.rounded_rectangle(
                (MARGIN, top_y, width - MARGIN, bot_y + 2),
                radius=7,
                fill=h269._tint((0, 0, 0) if not dark else (255, 255, 255), paper_, 0.035),
                outline=h269._tint(soft, paper_, 0.5),
                width=1,
            )
            draw.text((MARGIN + 12, y), r[1], font=load_font(font, size), fill=ink)
        elif name == "t73cell":
            spec, scale = m
            pen = load_font(x1["pen"], int(size * scale))
            for text, (lo, hi, align) in zip(r[1:], spec):
                tw = pen.getlength(text)
                left, right_edge = MARGIN + lo * room + 6, MARGIN + hi * room - 6
                tx = {"l": left, "r": right_edge - tw, "c": (left + right_edge - tw) / 2}[align]
                draw.text((tx, y - int(size * 0.12)), text, font=pen, fill=pen_ink)
        elif name == "t73av":
            colour = tuple(m)
            d = int(line * 1.7)
            x0 = (width - d) / 2
            draw.ellipse((x0, top_y + 2, x0 + d, top_y + 2 + d), fill=colour)
            face = load_font(bold_of(font), int(d * 0.4))
            tw = face.getlength(r[1])
            draw.text(
                (x0 + (d - tw) / 2, top_y + 2 + d / 2), r[1], font=face, fill=(255, 255, 255), anchor="lm"
            )
        elif name == "t73cut":
            cy = y + size * 0.45
            sc = load_font("dejavu/DejaVuSans.ttf", int(size * 1.1))
            draw.text((MARGIN - 20, cy), "\u2702", font=sc, fill=soft, anchor="lm")
            small = load_font(font, int(size * 0.72))
            tw = small.getlength(r[1]) if r[1] else 0
            gap_ = ((width - tw) / 2 - 10, (width + tw) / 2 + 10) if tw else (0, 0)
            xx = MARGIN + 14
            while xx < width - MARGIN + 20:
                if not (gap_[0] <= xx <= gap_[1]):
                    draw.line((xx, cy, xx + 7, cy), fill=soft, width=1)
                xx += 12
            if tw:
                draw.text(((width - tw) / 2, cy), r[1], font=small, fill=soft, anchor="lm")
    for start, end, foot in x["bubbles"]:
        small = load_font(font, int(size * 0.66))
        yy = tops[end] + line - lift + int(line * 0.3)
        tw = small.getlength(foot)
        draw.text((width - MARGIN - tw - 34, yy), foot, font=small, fill=soft)
        for off in (0, 7):
            bx = width - MARGIN - 26 + off
            draw.line((bx, yy + 8, bx + 4, yy + 12, bx + 12, yy + 2), fill=(52, 152, 219), width=2)
    for i in x["ticks"]:
        cx, cy = width - MARGIN + 6, tops[i] + size * 0.55
        draw.line((cx, cy, cx + 6, cy + 7, cx + 22, cy - 12), fill=pen_ink, width=3)
    for i, part in x["circles"]:
        a, b = _span(rows[i], font, style) if part == "value" else (MARGIN, width - MARGIN)
        draw.ellipse(
            (a - 14, tops[i] - lift - 3, b + 14, tops[i] + line - lift + 4), outline=pen_ink, width=2
        )
    if x.get("border"):
        colour = tuple(x["border"])
        w, h = page.size
        draw.rectangle((8, 8, w - 9, h - 9), outline=colour, width=2)
        draw.rectangle((20, 20, w - 21, h - 21), outline=colour, width=1)
        for xx in range(30, w - 30, 18):
            for yy in (14, h - 15):
                draw.ellipse((xx - 1.6, yy - 1.6, xx + 1.6, yy + 1.6), fill=colour)
        for yy in range(30, h - 30, 18):
            for xx in (14, w - 15):
                draw.ellipse((xx - 1.6, yy - 1.6, xx + 1.6, yy + 1.6), fill=colour)
        for cx, cy in ((14, 14), (w - 15, 14), (14, h - 15), (w - 15, h - 15)):
            draw.ellipse((cx - 5, cy - 5, cx + 5, cy + 5), outline=colour, width=2)
            draw.ellipse((cx - 1.8, cy - 1.8, cx + 1.8, cy + 1.8), fill=colour)
    if x.get("wmark"):
        text, rgba, angle = x["wmark"]
        face = load_font(bold_of(font), int(width * 0.15))
        tw = int(face.getlength(text)) + 20
        stamp_ = Image.new("RGBA", (tw, int(width * 0.2)), (0, 0, 0, 0))
        ImageDraw.Draw(stamp_).text((10, 4), text, font=face, fill=tuple(rgba))
        stamp_ = stamp_.rotate(angle, resample=Image.BICUBIC, expand=True)
        out = page.convert("RGBA")
        out.alpha_composite(
            stamp_, (max(0, (out.width - stamp_.width) // 2), max(0, (out.height - stamp_.height) // 2))
        )
        page = out.convert("RGB")
    if x.get("carbon"):
        page = page.filter(ImageFilter.GaussianBlur(0.55))
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's and heldout271's), each page's rows drawn by ``_render``
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

    for face in [
        TAMIL,
        TAMIL_BOLD,
        TAMIL_SERIF,
        TAMIL_SERIF_BOLD,
        TAMIL_HAND,
        *PENS,
        *TYPES,
        "dejavu/DejaVuSans.ttf",
    ]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout273 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the web shop


PE_GREEN, FC_ORANGE, BHIM_BLUE, AMZ_NAVY = (32, 150, 84), (238, 96, 20), (23, 55, 120), (35, 47, 62)
NAVI_INK, PAYTM_NAVY = (18, 94, 86), (0, 46, 110)
PAYEES = [SHOP_CAPS, SHOP, CUT, "PATTU PAI ILLAM MYLAPORE"]
VPAS = [
    "pattupaiillam@indianbk",
    "pattupai.illam@okaxis",
    "Q628451903@ybl",
    "pattamadaisangam@iob",
    "pattupaiillam.mylapore@okhdfcbank",
]
BUYERS = [
    ("Revathi Sundaram", "revathi.s@okicici", "ICICI Bank"),
    ("Karthik Subramanian", "karthiks@oksbi", "State Bank of India"),
    ("Fathima Beevi", "fathimab@ybl", "Indian Bank"),
    ("Arun Prakash", "arunprakash@axl", "Karur Vysya Bank"),
    ("Janani Venkatesh", "janani.v@ibl", "City Union Bank"),
    ("Mohamed Ismail", "ismail.m@okaxis", "Tamilnad Mercantile Bank"),
    ("Priya Ramachandran", "priyaram@paytm", "Indian Overseas Bank"),
    ("Lakshmi Narayanan", "lnarayanan@okhdfcbank", "HDFC Bank"),
]
NOTES = ["Kalyana pai advance", "pai for amma", "prayer mat x2", "table mats", "wedding mat balance", "gift"]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Chennai showroom or the co-operative: PhonePe's green Transaction Successful (the day
    under it on the band, Paid to over the VPA with the sum beside the name, Transfer Details: Transaction ID,
    Debited from, UTR); Freecharge's shared receipt card (no reference); BHIM's pending payment with its steps
    left to right (UPI Ref. No., Transaction ID; no day); Amazon Pay's failed payment under a status capsule
    (Date, Payment method, UPI Reference ID, Transaction ID); Navi's payment with the payee's initials in a
    round badge and each detail in a boxed field; Razorpay's payment page for a wedding mat's advance (Payment
    ID, Paid to, Amount, Method, Paid on, each with a hairline); Cashfree's receipt e-mail for a net banking
    payment (a banded table: Order ID, CF Payment ID, Bank Reference Number, Payment Mode, Payment Time);
    Paytm for Business on the showroom's phone (Payment Received from a buyer, UTR No., Order ID, Received
    on). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 2, low=450, high=26000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    hour = hhmm(rng, lower=rng.random() < 0.4)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, [""], dark=False, buttons=rng.choice([("Share", "Done"), ("Done",)]))
        band(p, PE_GREEN)
        p.part = "head"
        p.add("title", "Transaction Successful", status=status)
        p.add("small", f"{hour} on {when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y']))}", date=j.date)
        p.add("gap")
        p.part = "body"
        c = card_open(p)
        lab(p, "Paid to")
        name = to
        while not fits(p, "pair", f"{name}    {rs(j.amount)}") and name != SHOP:
            name = SHOP
        p.pair(name, rs(j.amount), merchant=name, amount=j.amount)
        lab(p, vpa, method="UPI")
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.add("left", "Transfer Details")
        tid = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
        lab(p, "Transaction ID")
        p.add("left", tid, txn=(TXN_RANK, tid))
        lab(p, "Debited from")
        p.pair(f"XXXXXX{digits(rng, 4)}", rs(j.amount))
        p.add("left", f"UTR: {j.ref}", txn=(UTR_RANK, j.ref))
        card_close(p, c)
        p.part = "foot"
        p.add("gap")
        p.add("small", rng.choice(["Powered by UPI  |  YES BANK", "Contact PhonePe Support"]))
        return p.done()
    if k == 1:
        p = screen(rng, font, "crop", width=rng.choice([540, 560]), size=rng.choice([21, 22]))
        p.style["paper"] = (255, 250, 244)
        p.part = "body"
        top(p, "freecharge")
        p.add("small", "Payment receipt")
        p.add("gap")
        pill(p, "Payment Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("gap")
        p.add(
            "small",
            f"Paid via Freecharge UPI {dot} {SHORT_BANK.get(bank, bank)} XX{digits(rng, 4)}",
            method="UPI",
        )
        p.add("small", rng.choice(NOTES))
        p.add("rule")
        p.add("small", "Shared from the Freecharge app. Pay bills, recharge and send money.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["Transaction Status", ""], dark=False, buttons=("Check Status",))
        band(p, BHIM_BLUE)
        app_head(p, "BHIM", "Bharat Interface for Money")
        pill(p, "Transaction Pending", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", vpa, method="UPI")
        p.add("gap")
        track(p, ["Initiated", "Debited", "Credit to payee"], "ddp")
        p.add(
            "small", "Your bank has debited the amount and the payee's bank has not confirmed the credit yet."
        )
        p.add("small", "Please check the status after some time. Do not pay again.")
        p.add("rule")
        bid = f"BHIM{code(rng, 28, HEXU.lower())}"[:30]
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("left", "Transaction ID")
        p.add("small", bid, txn=(TXN_RANK, bid))
        p.pair("From", f"{SHORT_BANK.get(bank, bank)} A/c XX{digits(rng, 4)}")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Try again",))
        band(p, AMZ_NAVY)
        app_head(p, "amazon pay", "UPI")
        pill(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", rng.choice(["Your bank declined this payment.", "The bank's server did not respond."]))
        p.add("small", "If any money was debited, it will be refunded in 3-5 working days.")
        p.add("rule")
        p.pair("Date", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
        p.pair("Payment method", f"UPI - {SHORT_BANK.get(bank, bank)}", method="UPI")
        p.pair("UPI Reference ID", j.ref, txn=(UTR_RANK, j.ref))
        aid = f"P01-{digits(rng, 7)}-{digits(rng, 7)}"
        p.pair("Transaction ID", aid, txn=(TXN_RANK, aid))
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction details"], buttons=("Share receipt",))
        app_head(p, "Navi", "UPI payments")
        name = pick(p, "title", [to, SHOP])
        initials = "".join(w[0] for w in name.split()[:2]).upper()
        avatar(p, initials, NAVI_INK)
        p.add("title", name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "Payment successful", status)
        p.add("small", at_hour(rng, j.date, ["{d} %B %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        nid = f"NAVI{j.date:%y%m%d}{code(rng, 10, ALNUM)}"
        field(p, "UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Navi transaction ID", nid, txn=(TXN_RANK, nid))
        field(p, "Paid from", f"{SHORT_BANK.get(bank, bank)} {dot * 4} {digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 5:
        page_id = code(rng, 14, MIXED)
        p = browser_page(rng, font, f"pages.razorpay.com/pl_{page_id}/view")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"Kalyana Pai - advance for a wedding mat  |  {SHOP_AT.split(', ')[-1]}")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([2500, 3000, 5000, 7500, 10000]))
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"Thank you, {who}. Your advance is received.")
        p.add("gap")
        pid = f"pay_{code(rng, 14, MIXED)}"
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid to", SHOP)
        kvr(p, "Amount", rs(j.amount))
        kvr(p, "Method", f"UPI ({their})", method="UPI")
        kvr(p, "Paid on", at_hour(rng, j.date, ["%d %b %Y", "%b {d}, %Y"], (", ",)), date=j.date)
        kvr(p, "Purpose", "Names woven: bride and groom, wedding day")
        p.part = "foot"
        p.add("gap")
        p.add("small", "A receipt has been sent to your e-mail. Payments are processed by Razorpay.")
        return p.done()
    if k == 6:
        p = mail_page(
            rng,
            font,
            "Cashfree Payments <noreply@cashfree.com>",
            [f"Payment receipt - {SHOP}", "Your payment receipt"],
        )
        p.part = "head"
        top(p, "cashfree")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {who.split()[0]},")
        p.add(
            "left",
            f"Your payment of {rs(j.amount)} to {SHOP} is successful. Keep this receipt for your records.",
            merchant=SHOP,
            status=status,
            amount=j.amount,
        )
        p.add("gap")
        nb = rng.choice(
            ["Indian Overseas Bank", "Tamilnad Mercantile Bank", "City Union Bank", "Indian Bank"]
        )
        order = f"PPI{j.date:%y%m}{digits(rng, 5)}"
        cfid = digits(rng, 10)
        bref = f"{IFSC[nb]}{digits(rng, 10)}"
        zebra(
            p,
            "cf",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["Payment details", ""],
            [
                (["Order ID", order], {"txn": (ORDER_RANK, order)}),
                (["CF Payment ID", cfid], {"txn": (TXN_RANK, cfid)}),
                (["Bank Reference Number", bref], {"txn": (BANK_RANK, bref)}),
                (["Payment Mode", f"Net Banking - {nb}"], {"method": "netbanking"}),
                (["Payment Time", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",))], {"date": j.date}),
                (["Amount", rs(j.amount)], {}),
            ],
            (92, 60, 190),
        )
        p.add("gap")
        p.add("small", f"Order from {WEB}: {rng.choice(MATS)[0]}.")
        p.part = "foot"
        p.add("small", "Cashfree Payments India Pvt Ltd collects this payment for the merchant.")
        return p.done()
    p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share",))
    band(p, PAYTM_NAVY)
    app_head(p, "Paytm for Business")
    p.add("center", SHOP, merchant=SHOP)
    p.add("small", "Mylapore, Chennai")
    pill(p, "Payment Received", status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"from {who}")
    p.add("rule")
    oid = digits(rng, 20)
    p.pair("UTR No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Order ID", oid[:16], txn=(ORDER_RANK, oid[:16]))
    p.pair("Payment mode", "UPI", method="UPI")
    p.pair("Received on", at_hour(rng, j.date, ["%d %b %Y", "{d} %b %Y"], (", ",)), date=j.date)
    p.pair("Settlement", f"Indian Bank XX{digits(rng, 4)}")
    p.add("small", "Announced on your Soundbox.")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("Flipkart Internet Pvt Ltd", "Bengaluru", "flipkart"),
    ("Kaithari Living Pvt Ltd", "Indiranagar, Bengaluru - 560038", "zoho"),
    ("Velvet Orbit Technologies Pvt Ltd", "Taramani, Chennai - 600113", "coupa"),
    ("Mylai Heritage Hotels Pvt Ltd", "Mylapore, Chennai - 600004", "sheet"),
    ("Office of the Development Commissioner (Handicrafts)", "New Delhi", "pfms"),
    ("Kayal Backwater Resorts LLP", "Kumarakom, Kerala - 686563", "sib"),
    ("Sri Murugan Silks & Handlooms", "East Masi Street, Madurai - 625001", "instabiz"),
    ("Co-optex", "Egmore, Chennai - 600008", "cooptex"),
]


def bills_of(rng: random.Random, j: Job, n: int, tds: float) -> list[tuple[str, dt.date, float, float]]:
    """``n`` of the co-operative's bills whose nets (less ``tds``) add up to the sum paid: number, day, gross,
    net."""
    nets = [round(j.amount / n, 2) for _ in range(n - 1)]
    nets.append(round(j.amount - sum(nets), 2))
    out = []
    for net in nets:
        gross = round(net / (1 - tds), 2) if tds else net
        out.append((f"PPS/{fy(j.date)}/{rng.randrange(30, 700):04d}", earlier(rng, j, 12, 60), gross, net))
    return out


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Flipkart, a Bengaluru home-decor brand, a Chennai IT company, a Chennai heritage hotel, the Development
    Commissioner (Handicrafts), a Kumarakom resort, a Madurai silk shop and Co-optex paying the co-operative:
    Flipkart Seller Hub's settlement e-mail (Seller name, Settlement Ref. No., NEFT ID, Settlement amount,
    Settlement date, the fees as distractors); Zoho Books' PAYMENT MADE (Payment#, Payment Date, Reference
    Number, Paid To, Payment Mode, Paid Through, an Amount Paid panel, the bills paid); Coupa Supplier
    Portal's payment In Process (Remit-To, Payment #, Payment Date, Payment Amount, Payment Method, Status); a
    hotel's e-mail with its accounts sheet pasted (column letters over Invoice No. | Inv. Date | Inv. Amt |
    TDS | Net Paid | UTR, row numbers down the side; "today", no day); PFMS's Know Your Payments (shaded
    labels: Beneficiary Name, Scheme, Agency, Sanction No., Payment Date, Amount, Payment Status, UTR); South
    Indian Bank's corporate NEFT returned (its steps left to right, Transaction Ref. No., UTR, the reason);
    ICICI Bank's InstaBIZ (Payment successful, IMPS Ref. No., Transaction ID, Date & time); Co-optex's letter
    in Tamil with its English gist (no number). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=16000, high=260000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([COOP, COOP_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "flipkart":
        p = mail_page(
            rng,
            font,
            "Flipkart Seller Hub <noreply@seller.flipkart.com>",
            ["Your settlement has been processed", "Payment update: settlement sent to your bank"],
        )
        p.part = "head"
        top(p, "Flipkart Seller Hub")
        p.add("rule")
        p.part = "body"
        store = rng.choice([SHOP, SHOP_CAPS])
        p.pair("Seller name", store, merchant=store)
        p.pair("Seller ID", code(rng, 16, LOWER))
        p.add("left", "The settlement below has been sent to your registered bank account.", status=status)
        p.add("gap")
        sref = f"STL{j.date:%y%m%d}{digits(rng, 7)}"
        neft = utr_for(rng, j, "Axis Bank", "NEFT")
        sale = round(j.amount * rng.uniform(1.12, 1.2), 2)
        kvr(p, "Settlement Ref. No.", sref, txn=(TXN_RANK, sref))
        kvr(p, "NEFT ID", neft, txn=(UTR_RANK, neft), method="netbanking")
        kvr(p, "Settlement date", day_in(j, rng, ["%d %b %Y", "%b {d}, %Y"]), date=j.date)
        kvr(p, "Bank account", f"Indian Bank {tail(rng)}")
        p.add("gap")
        p.add("left", "How your settlement adds up")
        kvr(p, "Sale amount (incl. GST)", num(sale))
        kvr(p, "Commission fee", f"- {num(round((sale - j.amount) * 0.55, 2))}")
        kvr(
            p,
            "Shipping and collection fees",
            f"- {num(round(sale - j.amount - round((sale - j.amount) * 0.55, 2), 2))}",
        )
        kvr(p, "Settlement amount", rs(j.amount), amount=j.amount)
        p.part = "foot"
        p.add("gap")
        p.add("small", "See Payments > Settled transactions in Seller Hub for the orders in this settlement.")
        return p.done()
    if frame == "zoho":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        kind(p, "zh", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], bold=(0, 1))
        row(p, "zh", payer, "PAYMENT MADE", status=status)
        p.add("small", f"{town}  |  GSTIN 29AAHCK{digits(rng, 4)}M1Z{rng.choice('2345')}")
        p.add("rule")
        p.part = "body"
        pno = str(rng.randrange(20, 400))
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        cols(p, "zr", spec, "Payment#", pno, txn=(INVOICE_RANK, pno))
        cols(p, "zr", spec, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        cols(p, "zr", spec, "Reference Number", utr, txn=(UTR_RANK, utr))
        cols(p, "zr", spec, "Paid To", payee, merchant=payee)
        cols(p, "zr", spec, "Payment Mode", "Bank Transfer", method="netbanking")
        cols(p, "zr", spec, "Paid Through", "HDFC Bank - Current Account")
        words = words_in_rupees(j.amount).replace("Rupees ", "Indian Rupee ")
        p.add("left", f"Amount Paid In Words: {words}")
        panel(p, "Amount Paid", rs(j.amount), (46, 160, 90), amount=j.amount)
        p.add("left", "Payment for")
        p.add("gap")
        kind(
            p,
            "zbh",
            [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
            "band",
            group="zb",
            fill=(60, 64, 72),
            bold=(0, 1, 2, 3),
        )
        kind(
            p,
            "zbr",
            [(0.0, 0.3, "l"), (0.3, 0.52, "l"), (0.52, 0.76, "r"), (0.76, 1.0, "r")],
            "line",
            group="zb",
        )
        row(p, "zbh", "Bill Number", "Bill Date", "Bill Amount", "Payment Amount")
        for no, day, gross, net in bills_of(rng, j, rng.randrange(1, 3), 0.0):
            row(p, "zbr", no, when(day, "%d/%m/%Y"), num(gross), num(net))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Order: Pattamadai korai mats for the Kaithari Living stores.")
        return p.done()
    if frame == "coupa":
        p = browser_page(rng, font, "supplier.coupahost.com/invoices/payments")
        p.part = "head"
        top(p, "coupa supplier portal")
        p.add("small", f"Customer: {payer}")
        p.add("rule")
        p.part = "body"
        pid = f"PMT-{digits(rng, 8)}"
        p.add("left", f"Payment {pid}")
        pill(p, "In Process", status, align="l")
        p.add("small", "The customer has released this payment. It is being processed by its bank.")
        p.add("gap")
        spec = [(0.0, 0.32, "l"), (0.32, 1.0, "l")]
        colkv(p, "cp", spec, "Remit-To", payee, merchant=payee)
        cols(p, "cp", spec, "Payment #", pid, txn=(TXN_RANK, pid))
        cols(p, "cp", spec, "Payment Date", day_in(j, rng, ["%d %b %Y", "{d} %B %Y"]), date=j.date)
        cols(p, "cp", spec, "Payment Amount", f"{num(j.amount, 'western')} INR", amount=j.amount)
        cols(p, "cp", spec, "Payment Method", "Electronic transfer (NEFT)", method="netbanking")
        cols(p, "cp", spec, "Bank Reference", "-")
        p.add("gap")
        p.add("left", "Invoices in this payment")
        p.add("gap")
        kind(
            p,
            "cih",
            [(0.0, 0.34, "l"), (0.34, 0.62, "l"), (0.62, 1.0, "r")],
            "band",
            group="ci",
            fill=(30, 96, 160),
            bold=(0, 1, 2),
        )
        kind(p, "cir", [(0.0, 0.34, "l"), (0.34, 0.62, "l"), (0.62, 1.0, "r")], "line", group="ci")
        row(p, "cih", "Invoice #", "Invoice Date", "Amount")
        for no, day, gross, net in bills_of(rng, j, rng.randrange(1, 4), 0.0):
            row(p, "cir", no, when(day, "%d %b %Y"), num(net, "western"))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Conference gifts: korai table mats and coasters with the company's name woven in.")
        return p.done()
    if frame == "sheet":
        p = mail_page(
            rng,
            font,
            f"Accounts - {payer.split(' Pvt')[0]} <accounts@mylaiheritage.in>",
            ["Payment released - your invoices", "RE: Payment of pending bills"],
        )
        p.part = "body"
        p.add("left", "Dear Sir / Madam,")
        p.add(
            "left",
            "We have released the payment of the invoices below to your account through NEFT today. "
            "Kindly acknowledge the receipt.",
            status=status,
            method="netbanking",
        )
        p.add("left", f"Vendor: {payee}", merchant=payee)
        p.add("gap")
        bills = bills_of(rng, j, rng.randrange(1, 3), 0.01)
        utr = utr_for(rng, j, "City Union Bank", "NEFT")
        spec = [
            (0.0, 0.05, "c"),
            (0.05, 0.25, "l"),
            (0.25, 0.39, "l"),
            (0.39, 0.53, "r"),
            (0.53, 0.63, "r"),
            (0.63, 0.77, "r"),
            (0.77, 1.0, "l"),
        ]
        body = [(["1", "Invoice No.", "Inv. Date", "Inv. Amt", "TDS", "Net Paid", "UTR"], {})]
        for n, (no, day, gross, net) in enumerate(bills):
            body.append(
                (
                    [
                        str(n + 2),
                        no,
                        when(day, "%d-%m-%y"),
                        num(gross, "plain"),
                        num(gross - net, "plain"),
                        num(net, "plain"),
                        utr,
                    ],
                    {"txn": (UTR_RANK, utr)} if n == 0 else {},
                )
            )
        body.append(
            ([str(len(bills) + 2), "Total", "", "", "", num(j.amount, "plain"), ""], {"amount": j.amount})
        )
        grid(p, "xl", spec, ["", "A", "B", "C", "D", "E", "F"], body, tint=(232, 232, 232))
        p.add("gap")
        p.add("left", "Regards,")
        p.add("left", f"Accounts Team, {payer}")
        p.add("small", town)
        return p.done()
    if frame == "pfms":
        p = browser_page(rng, font, "pfms.nic.in/Users/KYP/KnowYourPayment.aspx")
        p.part = "head"
        top(p, "PFMS")
        p.add("small", "Public Financial Management System  |  Controller General of Accounts")
        p.add("center", "Know Your Payments")
        p.add("rule")
        p.part = "body"
        p.add("small", f"Bank: Indian Bank   Account Number: {tail(rng)}   (search results)")
        utr = (
            f"IDIBR{j.date:%Y%m%d}{digits(rng, 8)}"
            if j.amount > 200000
            else utr_for(rng, j, "Indian Bank", "NEFT")
        )
        sanction = f"K-12011/{rng.randrange(10, 99)}/{fy(j.date)}-NHDP"
        kv(p, "Beneficiary Name", payee, merchant=payee)
        kv(p, "Scheme", "National Handicraft Development Programme")
        kv(p, "Agency", payer)
        kv(p, "Sanction No.", sanction)
        kv(p, "Payment Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        kv(p, "Amount (Rs.)", num(j.amount), amount=j.amount)
        kv(p, "Payment Status", "Credited to beneficiary account", status=status, method="netbanking")
        kv(p, "Bank Ref. No. (UTR)", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        p.add("small", "Marketing support for the Pattamadai pai exhibition, Dilli Haat.")
        return p.done()
    if frame == "sib":
        p = browser_page(rng, font, "sibernet.southindianbank.com/corporate/txnstatus")
        p.part = "head"
        top(p, "South Indian Bank")
        p.add("small", f"SIBerNet Corporate  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "NEFT transaction status")
        track(p, ["Initiated", "Sent to RBI", "Returned"], "ddf")
        pill(p, "Returned", status, align="l")
        tref = f"SIBC{j.date:%y%m%d}{digits(rng, 6)}"
        utr = utr_for(rng, j, "South Indian Bank", "NEFT")
        spec = [(0.0, 0.36, "l"), (0.36, 0.4, "l"), (0.4, 1.0, "l")]
        for label, value, facts in [
            ("Transaction Ref. No.", tref, {"txn": (BANK_RANK, tref)}),
            ("UTR", utr, {"txn": (UTR_RANK, utr)}),
            ("Debit Account", tail(rng), {}),
            ("Beneficiary Name", payee, {"merchant": payee}),
            ("Beneficiary A/c", digits(rng, 14), {}),
            ("IFSC", f"IDIB000P{digits(rng, 3)}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Transaction Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), {"date": j.date}),
            ("Mode", "NEFT", {"method": "netbanking"}),
            ("Return Reason", "Beneficiary account number does not exist (R03)", {}),
        ]:
            colkv(p, "sb", spec, label, ":", value, **facts)
        p.add("gap")
        p.add(
            "left",
            "The amount has been credited back to your account. Please verify the beneficiary's "
            "account number and pay again.",
        )
        return p.done()
    if frame == "instabiz":
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (174, 40, 30))
        app_head(p, "InstaBIZ", "ICICI Bank")
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {SHORT}"])[3:]
        p.add("small", "Paid to")
        p.add("center", name, merchant=name)
        p.add("rule")
        iid = f"IB{digits(rng, 12)}"
        p.pair("IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        p.pair("Transaction ID", iid, txn=(TXN_RANK, iid))
        p.pair("Debit account", f"{tail(rng)}")
        p.pair("Date & time", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        p.pair("Remarks", f"Bill PPS {rng.randrange(30, 700)}")
        p.add("small", f"Payer: {payer}, Madurai")
        return p.done()
    p = paper_page(rng, font, [780, 820])
    p.part = "head"
    tam(p, "தமிழ்நாடு கைத்தறி நெசவாளர் கூட்டுறவுச் சங்கம் லிட்.", scale=0.95, bold=True)
    top(p, "Co-optex")
    p.add("small", "The Tamil Nadu Handloom Weavers' Co-operative Society Ltd, Egmore, Chennai - 600008")
    p.add("rule")
    p.part = "body"
    later = when(j.date + dt.timedelta(days=rng.randrange(2, 8)), rng.choice(["%d.%m.%Y", "%d/%m/%Y"]))
    p.add("right", f"Date: {later}")
    p.add("left", "To")
    p.add("left", "The Secretary,")
    name = pick(p, "left", [payee, SHORT])
    p.add("left", name, merchant=name)
    p.add("left", "Pattamadai, Tirunelveli District - 627453")
    tam(p, "பொருள்: பட்டியல் தொகை வழங்குதல் - தொடர்பாக.", align="l")
    paid = day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"])
    tam_wrap(
        p,
        f"தங்கள் சங்கத்திலிருந்து பெறப்பட்ட பட்டுப்பாய்களுக்கான தொகை ரூ. {num(j.amount)}, {paid} அன்று "
        "தங்கள் இந்தியன் வங்கிக் கணக்கில் NEFT மூலம் வரவு வைக்கப்பட்டுள்ளது "
        "என்பதைத் தெரிவித்துக் கொள்கிறோம்.",
    )
    p.add("gap")
    p.add(
        "left",
        f"(English: the amount of Rs. {num(j.amount)} for the korai silk mats supplied has been credited to "
        f"your Indian Bank account by NEFT on {paid}.)",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=status,
    )
    p.add("gap")
    tam(p, "மேலாண்மை இயக்குநருக்காக", align="r")
    right(p, "For Managing Director")
    return p.done()


# ---------------------------------------------------------------- 3. export orders


# remitter, town, currency, sum (low, high), the frame
IMPORTERS = [
    ("Brooklyn Loom & Living LLC", "New York, United States", "USD", 1800, 9500, "razorpay"),
    ("Serangoon Home Pte Ltd", "Singapore", "SGD", 1500, 9000, "ocbc"),
    ("Marlow & Reed Interiors Ltd", "Bristol, United Kingdom", "GBP", 900, 6500, "natwest"),
    ("Studio Rietveld B.V.", "Amsterdam, Netherlands", "EUR", 1000, 7000, "abn"),
    ("Al Seef Home Furnishings LLC", "Dubai, United Arab Emirates", "AED", 6000, 38000, "adcb"),
    ("Fitzroy Makers Co. Pty Ltd", "Melbourne, Australia", "AUD", 1500, 8500, "nab"),
    ("Maple Hearth Imports Inc.", "Toronto, Canada", "CAD", 1500, 9000, "scotia"),
    ("Kyoto Tatami Zakka", "Kyoto, Japan", "JPY", 150000, 900000, "kyoto"),
]
FX = {"USD": 88.1, "SGD": 68.4, "GBP": 114.9, "EUR": 97.8, "AED": 24.0, "AUD": 57.6, "CAD": 63.9, "JPY": 0.59}


def abroad(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: a code or sign and English grouping; euros the Dutch way
    (€ 2.350,00); yen whole."""
    if cur == "EUR":
        mark = rng.choice([sign(font, "\u20ac", "EUR") + " ", "EUR "])
        return lambda v: mark + f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    if cur == "JPY":
        mark = rng.choice([sign(font, "\u00a5", "JPY "), "JPY "])
        return lambda v: f"{mark}{v:,.0f}"
    form = rng.choice(
        {
            "USD": ["USD {v}", "${v}", "US${v}"],
            "SGD": ["SGD {v}", "S${v}"],
            "GBP": [sign(font, "\u00a3", "GBP ") + "{v}", "GBP {v}"],
            "AED": ["AED {v}"],
            "AUD": ["AUD {v}", "${v} AUD"],
            "CAD": ["${v} CAD", "CAD {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Brooklyn, a Singapore, a Bristol, an Amsterdam, a Dubai, a Melbourne, a Toronto and a Kyoto shop
    paying for korai mats: Razorpay's MoneySaver export account (the dollars large, Received, Converted and
    Settled left to right, hairline rows: Beneficiary, Payment ID, Received via, Settled on); OCBC Velocity's
    telegraphic transfer acknowledgement (a banded table: Reference no., Payee name, Amount, Payment date,
    Charges, Status); NatWest Bankline's payment details in boxed fields; ABN AMRO's app in Dutch and English
    (Overboeking uitgevoerd / Transfer executed, Datum / Date, Referentie / Reference, the euros the Dutch
    way); ADCB's request under process (no day); NAB's payment unsuccessful; Scotiabank's transfer with its
    steps left to right (Confirmation #, Amount sent, Recipient receives); a Kyoto shop's e-mail (no
    reference). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    payer, city, cur, lo, hi, frame = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    inr = round(j.amount * rate, 2)
    me = rng.choice([COOP, COOP_CAPS])
    inv = f"PPS/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    acct_no = digits(rng, 10)
    if frame == "razorpay":
        p = browser_page(
            rng, font, f"dashboard.razorpay.com/app/international/payments/{code(rng, 14, MIXED)}"
        )
        p.part = "head"
        top(p, "Razorpay")
        p.add("small", "MoneySaver Export Account  |  International payments")
        p.add("rule")
        p.part = "body"
        pill(p, "Settled", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("center", f"from {payer}, {city.split(',')[0]}")
        track(p, ["Received", "Converted", "Settled to bank"], "ddd")
        pid = f"intpay_{code(rng, 14, MIXED)}"
        name = pick(p, "left", [me, SHORT])
        kvr(p, "Beneficiary", name, merchant=name)
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Received via", "ACH transfer to your USD account", method="netbanking")
        kvr(p, "Invoice", inv)
        kvr(p, "FX rate", f"1 USD = {rate:.4f} INR")
        kvr(p, "Amount settled (INR)", num(inr))
        kvr(p, "Settled to", f"Indian Bank {tail(rng)}")
        kvr(p, "Settled on", day_in(j, rng, ["%d %b %Y", "%b {d}, %Y"]), date=j.date)
        p.part = "foot"
        p.add("gap")
        p.add("small", "The e-FIRA for this payment is ready to download.")
        return p.done()
    if frame == "ocbc":
        p = browser_page(rng, font, "velocity.ocbc.com/business/transfers/acknowledgement")
        p.part = "head"
        top(p, "OCBC Velocity")
        p.add("small", f"{payer}  |  Telegraphic transfer")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your telegraphic transfer has been processed.", status=status)
        p.add("gap")
        ref = f"TT{j.date:%y%m%d}{digits(rng, 7)}"
        me = cell_name(p, 0.62, [me, COOP, SHORT])
        zebra(
            p,
            "oc",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            ["Transaction details", ""],
            [
                (["Reference no.", ref], {"txn": (BANK_RANK, ref)}),
                (["From account", f"OCBC Business Account {tail(rng)}"], {}),
                (["Payee name", me], {"merchant": me}),
                (["Payee bank", "Indian Bank, Chennai (IDIBINBBMDS)"], {}),
                (["Payee account", f"{tail(rng)}"], {}),
                (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Payment date", day_in(j, rng, ["%d %b %Y", "{d} %B %Y"])], {"date": j.date}),
                (["Charges", "Shared (SHA)"], {"method": "netbanking"}),
                (["Purpose", f"Trade - goods, invoice {inv}"], {}),
                (["Status", "Processed"], {}),
            ],
            (213, 40, 46),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Oversea-Chinese Banking Corporation Limited. Please keep this acknowledgement.")
        return p.done()
    if frame == "natwest":
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, "NatWest")
        p.add("small", "Bankline  |  Payment details  |  International payment")
        p.add("rule")
        p.part = "body"
        cols(
            p,
            "nw",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Debit account: {payer}",
            "Status: Sent",
            status=status,
        )
        p.add("gap")
        ref = f"NWB{digits(rng, 4)}{code(rng, 6, ALNUM)}"
        name = pick(p, "left", [me, SHORT])
        field(p, "Beneficiary name", name, merchant=name)
        field(p, "Beneficiary account", f"{acct_no} (Indian Bank, Mylapore, Chennai)")
        field(p, "Amount", show(j.amount), amount=j.amount, cur=cur)
        field(p, "Payment date", day_in(j, rng, ["%d/%m/%Y", "{d} %B %Y"]), date=j.date)
        field(p, "Payment type", "International payment (SWIFT), charges shared", method="netbanking")
        field(p, "Our reference", ref, txn=(BANK_RANK, ref))
        field(p, "Beneficiary reference", f"INV {inv}")
        p.part = "foot"
        p.add("gap")
        p.add("small", "National Westminster Bank Plc. Printed from Bankline.")
        return p.done()
    if frame == "abn":
        p = phone(rng, font, k, ["", "Overboeking"], dark=False, buttons=("Klaar / Done",))
        band(p, (0, 133, 125))
        app_head(p, "ABN AMRO", "Zakelijk / Business")
        pill(p, "Overboeking uitgevoerd", status)
        p.add("small", "Transfer executed")
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"Naar {me}", f"Naar {SHORT}"])[5:]
        p.add("center", f"Naar {name}", merchant=name)
        p.add("rule")
        ref = f"{digits(rng, 4)}{code(rng, 8, ALNUM)}"
        for label, value, facts in [
            ("Rekening / Account", f"IN {acct_no}", {}),
            ("Bank", "Indian Bank, Chennai", {}),
            ("Datum / Date", when(j.date, "%d-%m-%Y"), {"date": j.date}),
            ("Soort / Type", "Buitenland (SWIFT)", {"method": "netbanking"}),
            ("Referentie / Reference", ref, {"txn": (BANK_RANK, ref)}),
            ("Omschrijving", f"Factuur {inv}", {}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if frame == "adcb":
        p = phone(rng, font, k, ["", "Transfer status"], dark=False, buttons=("Done",))
        band(p, (196, 18, 48))
        app_head(p, "ADCB", "Business banking")
        pill(p, "Under process", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {SHORT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Your international transfer request has been received and is being processed.")
        p.add("rule")
        ref = f"ADCB{digits(rng, 10)}"
        p.pair("Reference number", ref, txn=(BANK_RANK, ref))
        p.pair("From account", tail(rng))
        p.pair("Beneficiary bank", "Indian Bank, Chennai")
        p.pair("Transfer type", "International (SWIFT)", method="netbanking")
        p.pair("Expected credit", "1 - 2 working days")
        p.pair("Purpose", "Purchase of goods")
        return p.done()
    if frame == "nab":
        p = browser_page(rng, font, "ib.nab.com.au/nabib/payments/international")
        p.part = "head"
        top(p, "NAB Internet Banking")
        p.add("small", f"{payer}  |  International payment")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment unsuccessful", status, align="l")
        p.add("left", "We couldn't send your international payment. No money has left your account.")
        p.add("gap")
        rno = f"N{digits(rng, 9)}"
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        colkv(p, "nb", spec, "Payee", me, merchant=me)
        cols(p, "nb", spec, "Payee bank", "Indian Bank, Chennai, India")
        cols(p, "nb", spec, "Amount", show(j.amount), amount=j.amount, cur=cur)
        cols(p, "nb", spec, "Payment date", day_in(j, rng, ["%d/%m/%Y", "{d} %b %Y"]), date=j.date)
        cols(p, "nb", spec, "Payment method", "International money transfer", method="netbanking")
        cols(p, "nb", spec, "Receipt number", rno, txn=(BANK_RANK, rno))
        cols(p, "nb", spec, "Reason", "Payee bank details could not be verified")
        p.part = "foot"
        p.add("gap")
        p.add("small", "National Australia Bank Limited. Check the SWIFT code and try again.")
        return p.done()
    if frame == "scotia":
        p = phone(rng, font, k, ["", "Transfer details"], dark=False, buttons=("Done",))
        band(p, (236, 17, 26))
        app_head(p, "Scotiabank", "International Money Transfer")
        pill(p, "Transfer complete", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {SHORT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        track(p, ["Submitted", "Processed", "Delivered"], "ddd")
        conf = f"{digits(rng, 3)}-{digits(rng, 6)}"
        p.pair("Confirmation #", conf, txn=(BANK_RANK, conf))
        p.pair("Amount sent", show(j.amount))
        p.pair("Recipient receives", f"INR {num(inr, 'western')}")
        p.pair("Transfer fee", "$0.00")
        p.pair("Delivered to", "Bank account (SWIFT)", method="netbanking")
        p.pair("Date", day_in(j, rng, ["%b {d}, %Y", "%d %b %Y"]), date=j.date)
        return p.done()
    p = mail_page(
        rng,
        font,
        "Kyoto Tatami Zakka <order@tatami-zakka.jp>",
        ["Payment for the korai mats", "Remittance sent"],
    )
    p.part = "body"
    p.add("left", "Dear Sir,")
    p.add(
        "left",
        f"We have remitted {show(j.amount)} for your invoice {inv} by international remittance from Japan "
        f"Post Bank on {day_in(j, rng, ['{d} %B %Y', '%B {d}, %Y'])}.",
        amount=j.amount,
        cur=cur,
        date=j.date,
        status=status,
        method="netbanking",
    )
    p.add("left", f"Beneficiary: {me}, Indian Bank, Mylapore, Chennai, A/c {acct_no}", merchant=me)
    p.add("left", "The bank says it will take 3 to 5 days to arrive. Please tell us when you receive it.")
    p.add("gap")
    p.add("left", "Best regards,")
    p.add("left", "Aiko Tanaka, Kyoto Tatami Zakka")
    p.add("small", city)
    return p.done()


# ---------------------------------------------------------------- 4. the society's own receipts and bills


MEMBERS = [
    "Tmt. Ayisha Beevi",
    "Tmt. Jaithoon Beevi",
    "Tmt. Fathima Nachiyar",
    "Tmt. Rahmath Beevi",
    "Tmt. Sithi Jameela",
    "Tmt. Muthulakshmi",
    "Tmt. Mumtaj Begum",
    "Tmt. Kasthuri Ammal",
]
COUPLES = [
    ("NANDHINI", "KARTHIKEYAN"),
    ("SHAHANA", "IMRAN"),
    ("DIVYA", "ARAVIND"),
    ("FARZANA", "ASHIK"),
    ("KEERTHANA", "SURESH"),
    ("JASMINE", "RIYAZ"),
]
CUSTOMERS = [
    "Mrs. Divya Raghavan",
    "Mr. S. Venkatraman",
    "Mrs. Nasreen Fathima",
    "Mr. Abdul Kareem",
    "Mrs. Gomathi Sankar",
    "Mr. R. Balasubramanian",
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The co-operative's own papers, each its unit or itself on top: the Chennai showroom's GoFrugal bill on
    a thermal roll under its Tamil name (Bill No, NET AMOUNT, Paid by UPI, UPI Ref., a Tamil thanks); a
    wedding mat's advance receipt in a kolam border (Receipt No., Date, the names to be woven and the wedding
    day, Total order value, Advance received in cash, Balance due); a new member's share capital receipt as a
    carbon copy, English labels with their Tamil filled in by hand (Share capital, Admission fee, Total, Paid
    by); the web shop's mail of a failed card payment (no day); a typed receipt for a cheque subject to
    realisation under the society's round seal; myBillBook's tax invoice paid by NEFT with a PAID stamp
    (Received Amount, Balance, Payment Mode, Ref. No., Payment received on; never the Invoice Date); the
    showroom's delivery note cum receipt filled in by hand (Balance received by GPay, UTR); the craft fair
    stall's cash bill written on its ruled pad (no number). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=900, high=26000, p_round=0.8)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    if k == 0:
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        tam(p, SHOP_TA, scale=1.05, bold=True)
        p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
        p.add("small", "21, Kutchery Road, Mylapore, Chennai-4")
        p.add("small", f"GSTIN: {GSTIN}")
        p.add("center", "TAX INVOICE")
        p.part = "body"
        bill = f"PPI/{j.date:%y}{j.date.month:02d}/{rng.randrange(100, 9999):05d}"
        cols(
            p,
            "gb",
            [(0.0, 0.62, "l"), (0.62, 1.0, "r")],
            f"Bill No: {bill}",
            f"Cashier: {rng.choice(['Selvi', 'Banu', 'Revathy'])}",
            txn=(INVOICE_RANK, bill),
        )
        p.add("left", f"Date: {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        p.add("rule")
        cols(p, "gh", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "Item / Qty x Rate", "Amount")
        p.add("rule")
        total_ = 0.0
        for name, _, qty, price in mats(rng, rng.randrange(1, 4)):
            p.add("left", name.split(",")[0])
            cols(
                p,
                "gi",
                [(0.06, 0.6, "l"), (0.6, 1.0, "r")],
                f"{qty} x {num(price, 'plain')}",
                num(qty * price, "plain"),
            )
            total_ += qty * price
        j.amount = round(total_, 2)
        p.add("rule")
        taxable = round(j.amount / 1.05, 2)
        cols(p, "gt", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], "Taxable value", num(taxable, "plain"))
        cols(
            p,
            "gt",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            "CGST 2.5%",
            num(round((j.amount - taxable) / 2, 2), "plain"),
        )
        cols(
            p,
            "gt",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            "SGST 2.5%",
            num(round(j.amount - taxable - round((j.amount - taxable) / 2, 2), 2), "plain"),
        )
        total(p, "NET AMOUNT", rs(j.amount), at=0.5, amount=j.amount)
        p.add("left", f"Paid by UPI: {rs(j.amount)}", method="UPI", status=status)
        p.add("left", f"UPI Ref: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        tam(p, "நன்றி! மீண்டும் வருக!", scale=0.95)
        p.add("small", "Goods once sold cannot be taken back.")
        p.add("small", "GoFrugal RetailEasy")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [720, 760])
        border(p, rng.choice([(150, 30, 40), (120, 40, 100), (30, 100, 60)]))
        p.part = "head"
        p.add("gap")
        tam(p, COOP_TA, scale=0.85)
        top(p, pick(p, "title", [COOP, SHORT]), merchant=pick(p, "title", [COOP, SHORT]))
        p.add("small", f"{REGD}  |  {OFFICE}")
        p.add("center", "KALYANA PAI ORDER - ADVANCE RECEIPT")
        p.add("rule")
        p.part = "body"
        no = f"KP/{j.date:%y}/{rng.randrange(40, 400):04d}"
        cols(
            p,
            "kr",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {no}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        bride, groom = rng.choice(COUPLES)
        wedding = j.date + dt.timedelta(days=rng.randrange(30, 90))
        order = float(rng.randrange(12000, 19000, 500))
        j.amount = float(rng.choice([3000, 4000, 5000, 6000]))
        spec = [(0.0, 0.36, "l"), (0.36, 0.4, "l"), (0.4, 1.0, "l")]
        colkv(p, "ka", spec, "Received from", ":", rng.choice(CUSTOMERS))
        colkv(p, "ka", spec, "Names to be woven", ":", f"{bride} weds {groom}")
        colkv(p, "ka", spec, "Wedding day (woven in)", ":", when(wedding, "%d.%m.%Y"))
        colkv(p, "ka", spec, "Mat", ":", "Kalyana pai, 6 x 4 ft, 100 count, red and green border")
        colkv(p, "ka", spec, "Total order value", ":", f"Rs. {num(order)}")
        colkv(
            p,
            "ka",
            spec,
            "Advance received",
            ":",
            f"Rs. {num(j.amount)} in cash",
            amount=j.amount,
            method="cash",
            status=status,
        )
        colkv(p, "ka", spec, "Balance due on delivery", ":", f"Rs. {num(order - j.amount)}")
        colkv(
            p,
            "ka",
            spec,
            "Delivery by",
            ":",
            when(wedding - dt.timedelta(days=rng.randrange(5, 12)), "%d.%m.%Y"),
        )
        panel(p, "Advance received with thanks", f"Rs. {num(j.amount)}", (150, 30, 40))
        p.add("small", "Please bring this receipt at the time of delivery. Weaving takes 30 to 45 days.")
        write(p, rng.choice(["S. Jameela", "K. Mariammal", "A. Rasheeda"]), align="r")
        right(p, "for Kalyana Pai order desk")
        p.add("gap")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [720, 760])
        carbon(p)
        p.part = "head"
        tam(p, COOP_TA, scale=0.9, bold=True)
        top(p, pick(p, "title", [COOP, SHORT]), merchant=pick(p, "title", [COOP, SHORT]))
        p.add("small", f"{REGD}  |  Pattamadai - 627453")
        tam(p, "உறுப்பினர் சேர்க்கை ரசீது", scale=0.9)
        p.add("center", "MEMBERSHIP RECEIPT")
        p.part = "body"
        no = f"{rng.randrange(200, 900):04d}"
        hand_pen(p)
        cols(p, "mr", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "DUPLICATE", txn=(INVOICE_RANK, no))
        share = float(rng.choice([100, 200, 500, 1000]))
        fee = float(rng.choice([10, 25, 50]))
        j.amount = share + fee
        who = rng.choice(MEMBERS)
        tlab(p, "Date", "தேதி", day_in(j, rng, ["%d/%m/%Y", "%d.%m.%y"]), pen=True, at=0.48, date=j.date)
        tlab(p, "Name of member", "உறுப்பினர் பெயர்", who, pen=True, at=0.48)
        tlab(p, "Village", "ஊர்", rng.choice(["Pattamadai", "Kesavasamudram", "Pallakal"]), pen=True, at=0.48)
        tlab(p, "Share capital", "பங்குத் தொகை", f"Rs. {share:.0f}/-", pen=True, at=0.48)
        tlab(p, "Admission fee", "நுழைவுக் கட்டணம்", f"Rs. {fee:.0f}/-", pen=True, at=0.48)
        tlab(p, "Total", "மொத்தம்", f"Rs. {j.amount:.0f}/-", pen=True, at=0.48, amount=j.amount)
        tlab(p, "Paid by", "செலுத்திய முறை", "Cash", pen=True, at=0.48, method="cash")
        p.add("gap")
        tam(p, "நன்றியுடன் பெற்றுக்கொண்டோம்.", align="l")
        p.add("left", "Received with thanks.", status=status)
        write(p, rng.choice(["M. Sahul Hameed", "P. Iyyappan"]), align="r")
        right(p, "Secretary")
        watermark(p, "DUPLICATE", (52, 58, 150), alpha=30)
        return p.done()
    if k == 3:
        order = f"PPI{rng.randrange(1000, 9999)}"
        p = mail_page(
            rng,
            font,
            f"{SHOP} <orders@{WEB}>",
            [f"Payment failed for your order #{order}", f"Order #{order}: payment not received"],
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Handwoven Pattamadai korai mats")
        p.add("rule")
        p.part = "body"
        who = rng.choice(CUSTOMERS).split(". ", 1)[1]
        p.add("left", f"Hi {who.split()[0]},")
        p.add(
            "left",
            f"We could not receive the payment for your order #{order}. Your card payment was "
            "declined by the issuing bank, so the order is not confirmed yet.",
            status=status,
        )
        p.add("gap")
        items = mats(rng, rng.randrange(1, 3))
        ship = float(rng.choice([0, 150, 250]))
        j.amount = round(sum(q * pr for _, _, q, pr in items) + ship, 2)
        spec = [(0.0, 0.34, "l"), (0.34, 1.0, "l")]
        tid = f"T{j.date:%y%m%d}{rng.randrange(10, 23)}{digits(rng, 12)}"
        cols(p, "wf", spec, "Order number", f"#{order}", txn=(ORDER_RANK, f"#{order}"))
        cols(p, "wf", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
        cols(
            p,
            "wf",
            spec,
            "Payment method",
            f"Credit card (Visa {masked(rng, font)}) via PhonePe PG",
            method="card",
        )
        cols(p, "wf", spec, "Amount", rs(j.amount), amount=j.amount)
        cols(p, "wf", spec, "Reason", "Declined by the card issuer")
        p.add("gap")
        for name, _, q, pr in items:
            cols(p, "wi", [(0.0, 0.75, "l"), (0.75, 1.0, "r")], f"{name} x {q}", rs(q * pr))
        cols(p, "wi", [(0.0, 0.75, "l"), (0.75, 1.0, "r")], "Shipping", rs(ship))
        p.add("gap")
        p.add(
            "left",
            "You can pay again from the link in your order page within 48 hours. If money was debited, "
            "the bank will return it in 5-7 working days.",
        )
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [720, 760])
        typeface(p)
        p.part = "head"
        top(p, pick(p, "title", [COOP, SHORT]), merchant=pick(p, "title", [COOP, SHORT]))
        p.add("small", f"{REGD}  |  {OFFICE}")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        no = f"{rng.randrange(1000, 4000)}"
        cheque = f"{rng.randrange(100000, 999999)}"
        hall = rng.choice(["Sri Kalyan Mahal", "Nellai Thirumana Mandapam", "Al Ameen Marriage Hall"])
        j.amount = float(rng.randrange(18000, 60000, 500))
        cols_n = tt_cols(p)
        typed(p, "OFFICIAL RECEIPT".center(min(cols_n, 48)).rstrip())
        typed(p, "")
        typed(p, f"Receipt No. : {no}", txn=(INVOICE_RANK, no))
        typed(p, f"Date        : {when(j.date, '%d-%m-%Y')}", date=j.date)
        typed(p, f"Received from {hall},")
        typed(p, f"Tirunelveli, a cheque No. {cheque} dated")
        typed(
            p,
            f"{when(j.date + dt.timedelta(days=rng.randrange(1, 6)), '%d-%m-%Y')} drawn on Karur Vysya Bank,",
        )
        typed(p, f"Palayamkottai, for Rs.{num(j.amount)}/-", amount=j.amount, method="cheque")
        words_, line_ = f"({words_in_rupees(j.amount)})".split(), ""
        for word in words_:
            if line_ and len(f"{line_} {word}") > min(cols_n, 46):
                typed(p, line_)
                line_ = word
            else:
                line_ = f"{line_} {word}".strip()
        typed(p, line_)
        typed(p, "towards 40 korai prayer mats for the hall.")
        typed(p, "")
        typed(p, "SUBJECT TO REALISATION OF THE CHEQUE.", status=status)
        p.add("gap")
        right(p, "Secretary")
        seal(p, "PATTAMADAI PAI SANGAM * PATTAMADAI *", ["SECRETARY", "TNV.1187"], "violet")
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        kind(p, "mhd", [(0.0, 0.6, "l"), (0.6, 1.0, "r")], bold=(0, 1))
        row(p, "mhd", SHOP_CAPS, "TAX INVOICE", merchant=SHOP_CAPS)
        p.add("small", f"{SHOP_AT}  |  GSTIN {GSTIN}  |  A unit of {SHORT}")
        p.add("rule")
        p.part = "body"
        inv = f"PPI/{fy(j.date)}/{rng.randrange(100, 900)}"
        inv_day = earlier(rng, j, 3, 20)
        cols(
            p,
            "mi",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Invoice Date: {when(inv_day, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        buyer = rng.choice(
            ["Hotel Sree Annapoorna, T. Nagar", "Isha Yoga Studio, Adyar", "Kalakshetra Crafts Shop"]
        )
        p.add("left", f"BILL TO: {buyer}, Chennai")
        p.add("gap")
        spec = [
            (0.0, 0.06, "c"),
            (0.06, 0.5, "l"),
            (0.5, 0.6, "c"),
            (0.6, 0.68, "r"),
            (0.68, 0.84, "r"),
            (0.84, 1.0, "r"),
        ]
        lines = []
        gross = 0.0
        for n, (name, hsn, q, pr) in enumerate(mats(rng, rng.randrange(2, 4))):
            q = q * rng.choice([4, 6, 10])
            lines.append(([str(n + 1), name, hsn, str(q), num(pr, "plain"), num(q * pr, "plain")], {}))
            gross += q * pr
        tax = round(gross * 0.05, 2)
        j.amount = round(gross + tax, 2)
        grid(p, "mb", spec, ["#", "Items", "HSN", "Qty", "Rate", "Amount"], lines, tint=(225, 232, 245))
        cols(p, "mt", [(0.0, 0.7, "r"), (0.7, 1.0, "r")], "IGST 5%", num(tax))
        total(p, "TOTAL", rs(j.amount), at=0.6, amount=j.amount)
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        spec2 = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "mp", spec2, "Received Amount", rs(j.amount), status=status)
        cols(p, "mp", spec2, "Balance", rs(0.0))
        cols(p, "mp", spec2, "Payment Mode", "Bank Transfer (NEFT)", method="netbanking")
        cols(p, "mp", spec2, "Ref. No.", utr, txn=(UTR_RANK, utr))
        cols(p, "mp", spec2, "Payment received on", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), date=j.date)
        p.add("small", "Generated on myBillBook. This is a computer generated invoice.")
        rstamp(p, ["PATTU PAI ILLAM", "PAID", "THANK YOU"], "green", at=0.72, rows_=5)
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        tam(p, SHOP_TA, scale=1.0, bold=True)
        top(p, SHOP, merchant=SHOP)
        p.add("small", SHOP_AT)
        p.add("center", "DELIVERY NOTE CUM RECEIPT")
        p.add("rule")
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        p.add("left", f"No. {no}", txn=(INVOICE_RANK, no))
        order = float(rng.randrange(11000, 19500, 500))
        advance = float(rng.choice([3000, 4000, 5000]))
        j.amount = order - advance
        bride, groom = rng.choice(COUPLES)
        blank(p, "Date", day_in(j, rng, ["%d/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Delivered to", rng.choice(CUSTOMERS))
        blank(p, "Mat", f"Kalyana pai 6x4, {bride.title()} - {groom.title()}")
        blank(p, "Order value Rs.", f"{num(order, 'indian', 0)}/-")
        blank(p, "Advance paid Rs.", f"{num(advance, 'indian', 0)}/-")
        blank(p, "Balance received Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount, status=status)
        blank(p, "by", "GPay", method="UPI")
        blank(p, "UTR / Ref.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("gap")
        cols(p, "ds", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Received the mat in good condition", f"For {SHOP}")
        write(p, rng.choice(["N. Divya", "S. Gomathi", "V. Aravind"]))
        return p.done()
    p = paper_page(rng, font, [640, 680])
    shift(j, rng, SANDHAI + dt.timedelta(days=rng.randrange(0, 4)))
    p.part = "head"
    top(p, SHOP_CAPS, merchant=SHOP_CAPS)
    p.add("small", "Stall 42, Kaivinai Sandhai, Island Grounds, Chennai")
    p.add("center", "CASH BILL")
    p.part = "body"
    hand_pen(p)
    blank(p, "Date", when(j.date, rng.choice(["{d}/1/26", "%d.01.2026"])), date=j.date)
    spec = [(0.0, 0.1, "c"), (0.1, 0.62, "l"), (0.62, 0.74, "c"), (0.74, 1.0, "r")]
    kind(p, "cbh", spec, bold=(0, 1, 2, 3))
    row(p, "cbh", "No.", "Particulars", "Qty", "Rs.")
    start = len(p.rows)
    total_ = 0.0
    for n, (name, _, q, pr) in enumerate(mats(rng, rng.randrange(2, 4))):
        short = name.split(",")[0]
        hcells(p, spec, str(n + 1), short, str(q), num(q * pr, "indian", 0))
        total_ += q * pr
    j.amount = total_
    hcells(p, spec, "", "", "", "")
    hcells(p, spec, "", "Total", "", f"{num(total_, 'indian', 0)}/-", amount=j.amount)
    ledger(p, start - 1, [0.1, 0.62, 0.74])
    write(p, "Cash received - thank you", method="cash", status=status)
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def gstin_of(rng: random.Random, state: str = "33") -> str:
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The co-operative's suppliers, each on top of its own paper: a Musiri korai grass mandi's bill under its
    Tamil name with the accountant's pen on it (a check mark on each line, the total ringed, "Paid by NEFT on
    <day>, UTR ..."); a Kanchipuram silk twister's Busy tax invoice with its Payment Received panel (By RTGS,
    UTR, dt.); IndiaMART's pay-with-IndiaMART page for a Chennai dye dealer, waiting for the bank (Order ID,
    Payment ID, Initiated on); ST Courier's booking receipt on a thermal roll (CN No., Booking Date, Freight,
    Fuel surcharge, GST 18%, Total, Paid: Cash); a Sivakasi carton maker's tax invoice under a PAID watermark
    with the UTR written on it (no day: never the Invoice Date); the loom carpenter's bill written by hand in
    Tamil (no number); Moglix's failed order payment; a parcel service's LR cum receipt (Booking Date,
    Freight, Hamali, Door delivery, Total, Paid by PhonePe, UPI Ref). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        tam(p, "ஸ்ரீ முருகன் கோரை மண்டி", scale=1.2, bold=True)
        name = "SRI MURUGAN KORAI MANDI"
        top(p, name, merchant=name)
        p.add("small", "Korai grass merchants  |  Thottiyam Road, Musiri, Tiruchirappalli Dt. - 621211")
        p.add("center", "BILL")
        p.part = "body"
        no = str(rng.randrange(800, 3000))
        bill_day = earlier(rng, j, 2, 15)
        cols(
            p,
            "kb",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No. {no}",
            f"Date: {when(bill_day, '%d-%m-%Y')}",
            txn=(INVOICE_RANK, no),
        )
        p.add("left", f"To: {COOP}, Pattamadai")
        spec = [(0.0, 0.5, "l"), (0.5, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        kind(p, "kbh", spec, "band", group="kbt", fill=(90, 110, 60), bold=(0, 1, 2, 3))
        kind(p, "kbr", spec, "line", group="kbt")
        p.add("gap")
        row(p, "kbh", "Particulars", "Qty", "Rate", "Amount")
        lines = [
            (
                "Korai grass, Musiri, 1st quality (bundles)",
                rng.randrange(20, 60),
                float(rng.randrange(380, 520, 10)),
            ),
            ("Korai grass, long stem (bundles)", rng.randrange(10, 30), float(rng.randrange(520, 700, 10))),
            ("Lorry hire to Pattamadai", 1, float(rng.randrange(2500, 4500, 100))),
        ]
        total_ = 0.0
        for text, q, rate in lines:
            row(p, "kbr", text, str(q), num(rate, "plain"), num(q * rate, "plain"))
            tick(p)
            total_ += q * rate
        j.amount = total_
        total(p, "Total Rs.", num(total_), at=0.62, amount=j.amount)
        ring(p)
        utr = utr_for(rng, j, "Indian Bank", "NEFT")
        write(
            p,
            f"Paid by NEFT on {when(j.date, rng.choice(['%d.%m.%y', '{d}/%m/%y']))}",
            date=j.date,
            method="netbanking",
            status=status,
        )
        write(p, f"UTR {utr}", txn=(UTR_RANK, utr))
        right(p, "For Sri Murugan Korai Mandi")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        name = "SRI KAMAKSHI SILK TWISTERS"
        top(p, name, merchant=name)
        p.add("small", f"54, Gandhi Road, Kanchipuram - 631501  |  GSTIN {gstin_of(rng)}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"SKT/{fy(j.date)}/{rng.randrange(100, 999)}"
        cols(
            p,
            "si",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Dated {when(earlier(rng, j, 3, 25), '%d-%b-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Buyer: {COOP}")
        p.add("small", f"{OFFICE}  |  GSTIN {GSTIN}")
        p.add("gap")
        spec = [(0.0, 0.46, "l"), (0.46, 0.58, "c"), (0.58, 0.7, "r"), (0.7, 0.84, "r"), (0.84, 1.0, "r")]
        kgs = rng.randrange(6, 18)
        rate = float(rng.randrange(4800, 6200, 50))
        kgs2 = rng.randrange(2, 8)
        rate2 = float(rng.randrange(5200, 6800, 50))
        gross = kgs * rate + kgs2 * rate2
        tax = round(gross * 0.025, 2)
        j.amount = round(gross + 2 * tax)
        zebra(
            p,
            "sk",
            spec,
            ["Description", "HSN", "Kg", "Rate", "Amount"],
            [
                (
                    [
                        "Mulberry silk yarn 20/22 D, 2 ply, raw",
                        "5004",
                        str(kgs),
                        num(rate, "plain"),
                        num(kgs * rate, "plain"),
                    ],
                    {},
                ),
                (
                    [
                        "Silk yarn, dyed red / green",
                        "5004",
                        str(kgs2),
                        num(rate2, "plain"),
                        num(kgs2 * rate2, "plain"),
                    ],
                    {},
                ),
            ],
            (110, 30, 60),
        )
        cols(p, "st", [(0.0, 0.7, "r"), (0.7, 1.0, "r")], "CGST 2.5%", num(tax))
        cols(p, "st", [(0.0, 0.7, "r"), (0.7, 1.0, "r")], "SGST 2.5%", num(tax))
        cols(p, "st", [(0.0, 0.7, "r"), (0.7, 1.0, "r")], "Round off", num(j.amount - gross - 2 * tax))
        total(p, "Invoice Total", rs(j.amount), at=0.6, amount=j.amount)
        utr = utr_for(rng, j, "Tamilnad Mercantile Bank", "RTGS" if j.amount > 200000 else "NEFT")
        panel(
            p,
            "Payment Received",
            f"By NEFT, UTR {utr}",
            (110, 30, 60),
            txn=(UTR_RANK, utr),
            method="netbanking",
            status=status,
        )
        p.add("left", f"Received on: {day_in(j, rng, ['%d-%b-%Y', '%d/%m/%Y'])}", date=j.date)
        hilite(p)
        p.add("small", "Busy Accounting Software  |  Subject to Kanchipuram jurisdiction")
        right(p, "For SRI KAMAKSHI SILK TWISTERS")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, f"my.indiamart.com/payments/order/{digits(rng, 9)}")
        p.part = "head"
        top(p, "IndiaMART")
        p.add("small", "Pay with IndiaMART  |  Buyer payment protection")
        p.add("rule")
        p.part = "body"
        seller = rng.choice(["Ganesh Dye Chem", "Sri Vinayaga Dyes & Chemicals"])
        pill(p, "Payment initiated", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {seller}", merchant=seller)
        p.add("small", "Sowcarpet, Chennai - 600079  |  Verified supplier")
        p.add("small", "The seller will be notified once your bank confirms the payment.")
        track(p, ["Initiated", "Bank confirmation", "Seller notified"], "dpt")
        oid = f"IM{digits(rng, 10)}"
        pid = f"IMPAY{digits(rng, 12)}"
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Items", "Acid dyes, red and green, 10 kg")
        kvr(p, "Mode", "Net Banking - Indian Bank", method="netbanking")
        kvr(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = screen(rng, font, width=rng.choice([440, 460, 480]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        p.part = "head"
        name = "ST COURIER PVT LTD"
        top(p, name, merchant=name)
        p.add("small", "Franchise: Cheranmahadevi - 627414")
        p.add("center", "BOOKING RECEIPT")
        p.add("rule")
        p.part = "body"
        freight = float(rng.randrange(180, 900, 10))
        fuel = round(freight * 0.15, 2)
        gst = round((freight + fuel) * 0.18, 2)
        j.amount = round(freight + fuel + gst, 2)
        spec = [(0.0, 0.42, "l"), (0.42, 0.48, "l"), (0.48, 1.0, "l")]
        rno = f"{rng.randrange(10000, 99999)}"
        for label, value, facts in [
            ("CN No", f"{digits(rng, 10)}", {}),
            ("Receipt No", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Booking Date", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("From", "Pattamadai Pai Sangam", {}),
            ("To", "Pattu Pai Illam, Chennai-4", {}),
            ("Pieces / Wt", f"{rng.randrange(2, 6)} / {rng.randrange(40, 160) / 10:.1f} kg", {}),
        ]:
            cols(p, "sc", spec, label, ":", value, **facts)
        p.add("rule")
        money_spec = [(0.0, 0.6, "l"), (0.6, 1.0, "r")]
        cols(p, "sm", money_spec, "Freight", num(freight, "plain"))
        cols(p, "sm", money_spec, "Fuel surcharge 15%", num(fuel, "plain"))
        cols(p, "sm", money_spec, "GST 18%", num(gst, "plain"))
        total(p, "Total", rs(j.amount), at=0.5, amount=j.amount)
        p.add("center", "Paid: Cash", method="cash", status=status)
        p.add("rule")
        p.add("small", "Track at stcourier.com")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        name = "SRI LAKSHMI CARTONS"
        top(p, name, merchant=name)
        p.add("small", f"Corrugated boxes  |  Sattur Road, Sivakasi - 626123  |  GSTIN {gstin_of(rng)}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"SLC/{rng.randrange(100, 999)}/{fy(j.date)}"
        cols(
            p,
            "lc",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No: {inv}",
            f"Invoice Date: {when(earlier(rng, j, 4, 30), '%d/%m/%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", f"Bill to: {SHORT}, Pattamadai")
        p.add("gap")
        spec = [(0.0, 0.52, "l"), (0.52, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        q1, r1 = rng.randrange(200, 600, 50), round(rng.uniform(18, 32), 2)
        q2, r2 = rng.randrange(100, 300, 50), round(rng.uniform(34, 52), 2)
        gross = round(q1 * r1 + q2 * r2, 2)
        gst = round(gross * 0.18, 2)
        j.amount = round(gross + gst, 2)
        grid(
            p,
            "lb",
            spec,
            ["Description", "Qty", "Rate", "Amount"],
            [
                (
                    ["5 ply box, 32 x 24 x 10 in, printed", str(q1), num(r1, "plain"), num(q1 * r1, "plain")],
                    {},
                ),
                (["3 ply mat roll tube, 40 in", str(q2), num(r2, "plain"), num(q2 * r2, "plain")], {}),
            ],
            foot=(["GST 18%", num(gst, "plain")], {}),
            tint=(240, 228, 210),
        )
        total(p, "Total Rs.", num(j.amount), at=0.6, amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Indian Bank", "NEFT")
        write(p, f"Paid - NEFT, UTR {utr}", txn=(UTR_RANK, utr), method="netbanking", status=status)
        p.add("gap")
        right(p, "For SRI LAKSHMI CARTONS")
        watermark(p, "PAID", (200, 40, 40))
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(246, 244, 232), (250, 249, 240)])
        hand_pen(p)
        p.part = "body"
        p.add("gap")
        write(p, "M. Selvaraj, Carpenter, Pattamadai", align="c", merchant="M. Selvaraj")
        tamil_hand(p, "மு. செல்வராஜ் - தச்சு வேலை", align="c")
        p.add("gap")
        tamil_hand(p, "பெறுநர்: பத்தமடை பாய் சங்கம்")
        tamil_hand(p, f"தேதி: {when(j.date, rng.choice(['{d}.%m.%y', '%d/%m/%Y']))}", date=j.date)
        p.add("gap")
        frames_ = rng.randrange(1, 4)
        shuttles = rng.randrange(2, 8)
        labour = float(rng.randrange(800, 2400, 100))
        items = [
            (f"தறிச் சட்டம் {frames_}", frames_ * float(rng.randrange(1200, 2200, 100))),
            (f"நாடா {shuttles}", shuttles * float(rng.randrange(120, 220, 10))),
            ("கூலி", labour),
        ]
        j.amount = sum(v for _, v in items)
        for text, v in items:
            tamil_hand(p, f"{text}  -  {num(v, 'indian', 0)}")
        tamil_hand(p, f"மொத்தம் ரூ. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        tamil_hand(p, "ரொக்கமாகப் பெற்றுக்கொண்டேன்.")
        write(p, f"Rs. {num(j.amount, 'indian', 0)}/- cash recd.", method="cash", status=status)
        write(p, "M. Selvaraj", align="r")
        ledger(p, 0, [], margin=-0.035)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, f"www.moglix.com/checkout/payment-status/{code(rng, 10, LOWER)}")
        p.part = "head"
        top(p, "moglix")
        p.add("small", "Business purchases  |  Order payment")
        p.add("rule")
        p.part = "body"
        seller = "Mogli Labs (India) Pvt Ltd"
        pill(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Your UPI collect request expired before it was approved.")
        p.add("gap")
        oid = f"MOG{digits(rng, 10)}"
        tid = f"MGTXN{digits(rng, 12)}"
        kvr(p, "Sold by", seller, merchant=seller)
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Items", "Platform scale 300 kg, 1 no.; steel almirah, 1 no.")
        kvr(p, "Payment mode", "UPI collect (pattamadaisangam@iob)", method="UPI")
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.add("gap")
        p.add(
            "small",
            "No money has been deducted. Please retry the payment within 24 hours to keep your order.",
        )
        return p.done()
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    name = "NELLAI EXPRESS PARCEL SERVICE"
    top(p, name, merchant=name)
    p.add("small", "Head office: Trivandrum Road, Palayamkottai - 627002  |  Branches all over Tamil Nadu")
    p.add("center", "LR CUM RECEIPT")
    p.add("gap")
    p.part = "body"
    lr = f"TVL{rng.randrange(100000, 999999)}"
    freight = float(rng.randrange(600, 2200, 10))
    hamali = float(rng.choice([60, 80, 100, 120]))
    door = float(rng.choice([0, 150, 200]))
    j.amount = freight + hamali + door
    grid(
        p,
        "lr",
        [(0.0, 0.25, "l"), (0.25, 0.5, "l"), (0.5, 0.75, "l"), (0.75, 1.0, "l")],
        None,
        [
            (["LR No.", lr, "Booking Date", when(j.date, "%d-%m-%Y")], {"date": j.date}),
            (["From", "Tirunelveli", "To", "Chennai (Mylapore)"], {}),
            (["Consignor", "Pattamadai Pai Sangam", "Consignee", "Pattu Pai Illam"], {}),
            (["Articles", f"{rng.randrange(3, 9)} bundles (mats)", "Said to contain", "Korai mats"], {}),
        ],
    )
    p.add("gap")
    money_spec = [(0.0, 0.7, "r"), (0.7, 1.0, "r")]
    cols(p, "lm", money_spec, "Freight", num(freight))
    cols(p, "lm", money_spec, "Hamali", num(hamali))
    cols(p, "lm", money_spec, "Door delivery", num(door))
    total(p, "Total", rs(j.amount), at=0.6, amount=j.amount)
    p.add("left", f"PAID by PhonePe, UPI Ref {j.ref}", method="UPI", status=status, txn=(UTR_RANK, j.ref))
    p.add("small", "Goods are carried at owner's risk. Claims within 7 days of delivery.")
    return p.done()


# ---------------------------------------------------------------- 6. the co-operative's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("Muthu Goods Carrier", "grass from Musiri", "indoasis"),
    ("S. RAMANATHAN AND CO", "statutory audit fee 2025-26", "iob"),
    ("Thamirabarani Solar Systems", "rooftop solar, weaving shed", "tmb"),
    ("Island Events & Shamianas", "stall fabrication, Kaivinai Sandhai", "cub"),
    ("ARUMUGAM ELECTRICALS", "wiring, dye shed", "kvb"),
    ("Kolam Digital Studio LLP", "web shop maintenance", "yono"),
    ("K. SRINIVASAN", "showroom rent", "dbs"),
    ("Nellai Offset Printers", "catalogue printing", "sib"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The co-operative's own banking pages paying its vendors: Indian Bank's IndOASIS in Tamil with each
    label's English beside it (Amount, To, Account No., Mode, Reference No., Date); Indian Overseas Bank's
    NEFT receipt in a ruled table; Tamilnad Mercantile Bank's corporate RTGS waiting for the checker's
    authorisation (its steps left to right); City Union Bank's failed IMPS; Karur Vysya Bank's DLite UPI
    payment (the hour alone, no day); YONO Business's fund transfer acknowledgement; DBS Bank's e-mail;
    South Indian Bank's shared success card (no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=4000, high=180000)
    payee, purpose, frame = VENDORS[k]
    if frame == "cub":
        shift(j, rng, SANDHAI - dt.timedelta(days=rng.randrange(3, 12)))
    if frame == "tmb":
        j.amount = float(rng.randrange(210000, 480000, 500))
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    if frame == "indoasis":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share",))
        band(p, (0, 73, 144))
        app_head(p, "IndOASIS", "Indian Bank")
        tam(p, "பணப் பரிமாற்றம் வெற்றிகரமாக முடிந்தது", scale=0.95, bold=True)
        pill(p, "Transfer successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        tlab(p, "To", "பெறுநர்", payee, at=0.53, merchant=payee)
        tlab(p, "Account No.", "கணக்கு எண்", f"XXXXXXXX{acct_no[-4:]}", at=0.53)
        tlab(p, "Mode", "முறை", "IMPS", at=0.53, method="netbanking")
        tlab(p, "Reference No.", "குறிப்பு எண்", j.ref, at=0.53, txn=(UTR_RANK, j.ref))
        tlab(p, "Date", "தேதி", at_hour(rng, j.date, ["%d-%m-%Y"], (" ",)), at=0.53, date=j.date)
        tlab(p, "Remarks", "குறிப்பு", clip(purpose, 18), at=0.53)
        return p.done()
    if frame == "iob":
        p = browser_page(rng, font, "www.iobnet.co.in/ibanking/corporate/neftreceipt.do")
        p.part = "head"
        top(p, "Indian Overseas Bank")
        p.add("small", "Internet Banking  |  NEFT - Transaction Receipt")
        p.add("rule")
        p.part = "body"
        tref = f"IOB{j.date:%y%m%d}{digits(rng, 7)}"
        utr = utr_for(rng, j, "Indian Overseas Bank", "NEFT")
        grid(
            p,
            "io",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["NEFT - Transaction Receipt", ""],
            [
                (["Transaction Reference Number", tref], {"txn": (BANK_RANK, tref)}),
                (["UTR Number", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", f"{tail(rng)} - {SHORT}"], {}),
                (["Beneficiary Name", payee], {"merchant": payee}),
                (["Beneficiary Account", acct_no], {}),
                (["IFSC", f"IDIB000T{digits(rng, 3)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Transfer Mode", "NEFT"], {"method": "netbanking"}),
                (["Transaction Date", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Status", "Success"], {"status": status}),
                (["Remarks", purpose], {}),
            ],
            tint=(214, 226, 244),
        )
        p.part = "foot"
        p.add("gap")
        p.add(
            "small", "This is a computer generated receipt. Indian Overseas Bank, Good people to grow with."
        )
        return p.done()
    if frame == "tmb":
        p = browser_page(rng, font, "www.tmbnet.in/corporate/rtgs/initiate")
        p.part = "head"
        top(p, "Tamilnad Mercantile Bank")
        p.add("small", f"TMB Net Corporate  |  {SHORT}  |  User: maker01")
        p.add("rule")
        p.part = "body"
        pill(p, "Pending for authorisation", status, align="l")
        p.add("left", "The RTGS transaction is initiated and will be sent once the checker authorises it.")
        track(p, ["Initiated (maker)", "Authorised (checker)", "Sent to RBI"], "dpt")
        tref = f"TMBC{digits(rng, 10)}"
        spec = [(0.0, 0.36, "l"), (0.36, 0.4, "l"), (0.4, 1.0, "l")]
        for label, value, facts in [
            ("Transaction Ref. No.", tref, {"txn": (BANK_RANK, tref)}),
            ("Debit Account", tail(rng), {}),
            ("Beneficiary", payee, {"merchant": payee}),
            ("Beneficiary A/c", acct_no, {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment Type", "RTGS", {"method": "netbanking"}),
            ("Initiated on", at_hour(rng, j.date, ["%d-%b-%Y", "%d/%m/%Y"], (" ",)), {"date": j.date}),
            ("Purpose", purpose, {}),
        ]:
            cols(p, "tm", spec, label, ":", value, **facts)
        p.add("gap")
        p.add("small", "Authorisation rule: any two of President, Secretary and Special Officer.")
        return p.done()
    if frame == "cub":
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry",))
        band(p, (20, 40, 110))
        app_head(p, "CUB All in One", "City Union Bank")
        pill(p, "Transaction Failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:22]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Beneficiary bank is not responding. The amount, if debited, will be reversed.")
        p.add("rule")
        p.pair("IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Mode", "IMPS", method="netbanking")
        p.pair("From A/c", tail(rng))
        p.pair("Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        p.pair("Remarks", clip(purpose, 24))
        return p.done()
    if frame == "kvb":
        p = phone(rng, font, k, ["", "Payment"], buttons=("Done",))
        app_head(p, "KVB DLite", "Karur Vysya Bank")
        tick_ = sign(font, "\u2713", "")
        p.add("center", f"{tick_} Paid successfully".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"{payee.split()[0].lower()}{rng.randrange(10, 99)}@kvb", method="UPI")
        p.add("gap")
        c = card_open(p)
        p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Time", hhmm(rng))
        p.pair("From", f"KVB A/c {tail(rng)}")
        p.pair("Note", clip(purpose, 22))
        card_close(p, c)
        return p.done()
    if frame == "yono":
        p = browser_page(rng, font, "yonobusiness.sbi/ftransfer/acknowledgement")
        p.part = "head"
        top(p, "YONO Business")
        p.add("small", "State Bank of India  |  Fund Transfer - Acknowledgement")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your fund transfer request has been processed successfully.", status=status)
        p.add("gap")
        ref = f"IK{digits(rng, 8)}"
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        kvr(p, "Reference No.", ref, txn=(BANK_RANK, ref))
        kvr(p, "UTR", utr, txn=(UTR_RANK, utr))
        kvr(p, "Debit Account", tail(rng))
        kvr(p, "Beneficiary Name", payee, merchant=payee)
        kvr(p, "Credit Account", f"XXXXXXXX{acct_no[-4:]}")
        kvr(p, "Amount", rs(j.amount), amount=j.amount)
        kvr(p, "Transaction Type", "NEFT", method="netbanking")
        kvr(p, "Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "Remarks", clip(purpose, 26))
        return p.done()
    if frame == "dbs":
        p = mail_page(
            rng, font, "DBS Bank India <transact.alerts@dbs.com>", ["Your fund transfer is successful"]
        )
        p.part = "head"
        top(p, "DBS")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your transfer of {rs(j.amount)} to {payee} on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])} is "
            "successful.",
            amount=j.amount,
            merchant=payee,
            date=j.date,
            status=status,
        )
        ref = f"DBSIN{digits(rng, 11)}"
        utr = utr_for(rng, j, "DBS Bank India", "NEFT")
        dspec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "db", dspec, "Transaction reference", ref, txn=(BANK_RANK, ref))
        cols(p, "db", dspec, "UTR", utr, txn=(UTR_RANK, utr))
        cols(p, "db", dspec, "From", f"Current account {tail(rng)}")
        cols(p, "db", dspec, "Mode", "NEFT", method="netbanking")
        cols(p, "db", dspec, "Purpose", purpose)
        p.add("gap")
        p.add("left", "If you did not make this transaction, call 1860 267 4444 immediately.")
        p.part = "foot"
        p.add("small", "DBS Bank India Limited. Live more, Bank less.")
        return p.done()
    p = screen(rng, font, "crop", width=rng.choice([520, 560]), size=rng.choice([21, 22]))
    p.part = "body"
    top(p, "SIB Mirror+")
    p.add("small", "South Indian Bank")
    p.add("gap")
    pill(p, "Fund Transfer Successful", status)
    p.add("big", rs(j.amount), amount=j.amount)
    name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
    p.add("center", f"to {name}", merchant=name)
    p.add("small", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
    p.add("small", f"From SIB A/c {tail(rng)}  |  IMPS", method="netbanking")
    p.add("rule")
    p.add("small", "Shared from SIB Mirror+. Banking made simple.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers, splitters, dyers and staff


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The co-operative paying its people: a weaver's page of the wage notebook written by hand on its ruling
    (the mats handed in with their days, the advance taken back, "Net paid Rs x cash on <day>", her thumb
    impression; no number); Zoho Payroll's payslip for the showroom's salesman (his details four to a row,
    Earnings | Deductions, a Net Pay panel, Paid on, UTR; never the payslip's month); Paytm's money sent to a
    grass splitter; a weaver's printed piece-rate wage slip with Tamil labels beside the English (Mats
    delivered, Wage, Net wage, Paid by UPI, UPI Ref.); a Fino Payments Bank agent's money transfer slip,
    pending; Jupiter's failed transfer to the dyer (the hour alone, no day); a debit voucher filled in by hand
    for the watchman (Cash ticked, the sum in a box, his signature); a weaver's yarn advance receipt in Tamil
    and English with her thumb impression, paid by UPI. All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1200, high=24000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(MEMBERS)
    if k == 0:
        p = paper_page(rng, font, [680, 720])
        p.style["paper"] = rng.choice([(250, 250, 244), (247, 248, 240)])
        hand_pen(p)
        p.part = "body"
        start = len(p.rows)
        month = when(j.date, "%B %Y")
        write(p, f"Kooli kanakku - {month}", align="c")
        write(p, f"Name: {who}", merchant=who)
        spec = [(0.0, 0.2, "l"), (0.2, 0.72, "l"), (0.72, 1.0, "r")]
        first = len(p.rows)
        total_ = 0.0
        for n in range(rng.randrange(2, 4)):
            day = j.date - dt.timedelta(days=3 + 7 * n + rng.randrange(0, 3))
            count = rng.choice([60, 80, 100])
            wage = float(
                {
                    60: rng.randrange(700, 1000, 50),
                    80: rng.randrange(1100, 1500, 50),
                    100: rng.randrange(1800, 2600, 100),
                }[count]
            )
            hcells(p, spec, when(day, "{d}/%m"), f"1 pai {count} count, 6x3", num(wage, "indian", 0))
            total_ += wage
        advance = float(rng.choice([0, 500, 1000]))
        if advance:
            hcells(p, spec, "", "less advance", f"- {num(advance, 'indian', 0)}")
        j.amount = total_ - advance
        hcells(p, spec, "", "Net paid", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        last = len(p.rows) - 1
        write(
            p,
            f"Paid cash on {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y']))}",
            date=j.date,
            method="cash",
            status=status,
        )
        thumb(p, "L.T.I.")
        ledger(p, start, [0.2, 0.72], margin=-0.035, span=(first, last))
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, SHOP)
        p.add("small", f"A unit of {SHORT}  |  {SHOP_AT}")
        p.add(
            "center",
            f"Payslip for the month of {when(j.date.replace(day=1) - dt.timedelta(days=1), '%B %Y')}",
        )
        p.add("rule")
        p.part = "body"
        name = rng.choice(["R. Karthik", "M. Selvi", "A. Peer Mohamed"])
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")]
        grid(
            p,
            "ps",
            spec,
            None,
            [
                (
                    ["Employee Name", name, "Employee ID", f"PPI{rng.randrange(1, 40):03d}"],
                    {"merchant": name},
                ),
                (
                    [
                        "Designation",
                        "Sales Executive",
                        "Date of Joining",
                        when(dt.date(2023, rng.randrange(1, 13), 1), "%d/%m/%Y"),
                    ],
                    {},
                ),
                (["Bank A/c", tail(rng), "UAN", digits(rng, 12)], {}),
            ],
        )
        p.add("gap")
        basic = float(rng.randrange(11000, 16000, 100))
        hra = round(basic * 0.4)
        conv = 1600.0
        inc = float(rng.randrange(500, 3500, 100))
        pf = round(basic * 0.12)
        esi = round((basic + hra + conv + inc) * 0.0075)
        pt = 208.0
        gross = basic + hra + conv + inc
        j.amount = gross - pf - esi - pt
        spec2 = [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.8, "l"), (0.8, 1.0, "r")]
        grid(
            p,
            "pe",
            spec2,
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "EPF", num(pf)], {}),
                (["HRA", num(hra), "ESI", num(esi)], {}),
                (["Conveyance", num(conv), "Professional Tax", num(pt)], {}),
                (["Sales incentive", num(inc), "", ""], {}),
                (["Gross Earnings", num(gross), "Total Deductions", num(pf + esi + pt)], {}),
            ],
            tint=(226, 238, 230),
        )
        panel(p, "Net Pay", rs(j.amount), (40, 120, 80), amount=j.amount)
        p.add("left", f"({words_in_rupees(j.amount)})")
        utr = utr_for(rng, j, "Indian Bank", "NEFT")
        cols(
            p,
            "pp",
            [(0.0, 0.3, "l"), (0.3, 1.0, "l")],
            "Paid on",
            day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]),
            date=j.date,
        )
        cols(
            p,
            "pp",
            [(0.0, 0.3, "l"), (0.3, 1.0, "l")],
            "Payment mode",
            "Bank transfer (NEFT)",
            method="netbanking",
            status=status,
        )
        cols(p, "pp", [(0.0, 0.3, "l"), (0.3, 1.0, "l")], "UTR", utr, txn=(UTR_RANK, utr))
        p.add("small", "This is a system generated payslip from Zoho Payroll and needs no signature.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share",))
        band(p, PAYTM_NAVY)
        app_head(p, "Paytm", "UPI money transfer")
        name = rng.choice(["K. Pechiammal", "S. Mariyammal", "R. Kaliammal"])
        tick_ = sign(font, "\u2713", "")
        p.add("center", f"{tick_} Money Sent".strip(), status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "Sent to")
        p.add("center", name, merchant=name)
        p.add("small", f"{phone_no(rng)}@ptsbi", method="UPI")
        p.add("rule")
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("From", f"Indian Bank - {digits(rng, 4)}")
        p.pair("Date", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.pair("Note", rng.choice(["korai splitting wages", "grass splitting 6 days", "splitting kooli"]))
        return p.done()
    if k == 3:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        tam(p, COOP_TA, scale=0.85, bold=True)
        top(p, SHORT)
        tam(p, "பாய் கூலிச் சீட்டு", scale=0.95)
        p.add("center", "WEAVER'S WAGE SLIP")
        p.add("rule")
        p.part = "body"
        mats_ = rng.randrange(1, 4)
        rate = float(rng.choice([1800, 2100, 2400, 2600]))
        gross = mats_ * rate
        deduct = float(rng.choice([0, 300, 500]))
        j.amount = gross - deduct
        tlab(p, "Weaver", "நெசவாளர்", who, merchant=who)
        tlab(p, "Member No.", "உறுப்பினர் எண்", f"PPS/{rng.randrange(10, 400)}")
        week = f"{when(j.date - dt.timedelta(days=6), '%d.%m')} to {when(j.date, '%d.%m.%Y')}"
        tlab(p, "Week", "வாரம்", week)
        tlab(p, "Mats delivered", "பாய்கள்", f"{mats_} x 100 count, 6 x 4 ft")
        tlab(p, "Wage", "கூலி", f"{mats_} x {num(rate, 'indian', 0)} = {num(gross, 'indian', 0)}")
        tlab(p, "Less: yarn advance", "முன்பணம்", num(deduct, "indian", 0))
        tlab(p, "Net wage", "நிகரக் கூலி", rs(j.amount), bold=True, amount=j.amount)
        tlab(p, "Paid by", "செலுத்திய முறை", "UPI (GPay)", method="UPI", status=status)
        tlab(p, "UPI Ref.", "குறிப்பு எண்", j.ref, txn=(UTR_RANK, j.ref))
        tlab(p, "Paid on", "தேதி", day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), date=j.date)
        p.add("gap")
        right(p, "Secretary")
        return p.done()
    if k == 4:
        p = screen(rng, font, width=rng.choice([440, 460]), size=rng.choice([17, 18]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        p.add("center", "FINO PAYMENTS BANK")
        p.add("small", "Banking Point: Sri Lakshmi Xerox, Pattamadai")
        p.add("center", "DOMESTIC MONEY TRANSFER")
        p.add("rule")
        p.part = "body"
        name = rng.choice(["P. Ganesan", "M. Esakkimuthu"])
        tid = f"FN{digits(rng, 12)}"
        for text, facts in [
            (f"DATE : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", {"date": j.date}),
            (f"TXN ID : {tid}", {"txn": (TXN_RANK, tid)}),
            ("SENDER : PATTAMADAI PAI SANGAM", {}),
            (f"BENE : {name.upper()}", {"merchant": name.upper()}),
            ("BANK : TAMIL NADU GRAMA BANK", {}),
            (f"A/C : XXXXXXXX{digits(rng, 4)}", {}),
            (f"AMOUNT : Rs.{j.amount:.2f}", {"amount": j.amount}),
            (f"CHARGES : Rs.{rng.choice([10, 15, 25]):.2f}", {}),
            ("MODE : IMPS", {"method": "netbanking"}),
        ]:
            typed(p, text, **facts)
        p.add("rule")
        typed(p, "STATUS : PENDING", status=status)
        p.add("small", "Amount will be credited after bank confirmation. Do not repeat the transaction.")
        p.add("small", "Agent ID FA0283411")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transfer details"], buttons=("Retry",))
        app_head(p, "Jupiter", "Money")
        name = rng.choice(["P. Ganesan", "M. Esakkimuthu"])
        pill(p, "Transfer failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"at {hhmm(rng)}")
        p.add("small", "The receiver's bank declined the transfer. Any debit will be reversed in 48 hours.")
        p.add("rule")
        jid = f"JUP{code(rng, 12, ALNUM)}"
        p.pair("UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Jupiter Txn ID", jid, txn=(TXN_RANK, jid))
        p.pair("Paid via", "UPI - Federal Bank", method="UPI")
        p.pair("Note", "dyeing wages")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        top(p, pick(p, "title", [COOP, SHORT]))
        p.add("center", "DEBIT VOUCHER")
        p.add("rule")
        p.part = "body"
        no = f"{rng.randrange(300, 999):04d}"
        name = rng.choice(["S. Maadasamy", "K. Sudalaimuthu"])
        j.amount = float(rng.randrange(8000, 12500, 500))
        cols(p, "dv", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Date", day_in(j, rng, ["%d/%m/%y", "%d.%m.%Y"]), date=j.date)
        blank(p, "Paid to", name, merchant=name)
        blank(p, "Towards", f"Watchman salary, {j.month(1)}")
        blank(p, "Rupees", words_in_rupees(j.amount).replace("Rupees ", "").replace(" Only", " only"))
        ticks(p, ["Cash", "Cheque", "Transfer"], 0, method="cash")
        sum_box(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        cols(p, "dg", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Secretary", "Receiver's signature")
        write(p, name, align="r", status=status)
        return p.done()
    p = paper_page(rng, font, [720, 760])
    p.part = "head"
    tam(p, COOP_TA, scale=0.85, bold=True)
    top(p, SHORT)
    tam(p, "முன்பணம் ரசீது", scale=0.95)
    p.add("center", "ADVANCE RECEIPT")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([1000, 1500, 2000, 2500, 3000]))
    tlab(p, "Date", "தேதி", day_in(j, rng, ["%d/%m/%Y", "%d.%m.%y"]), pen=True, date=j.date)
    tlab(p, "Received by", "பெற்றவர்", who, pen=True, merchant=who)
    tlab(p, "Amount", "தொகை", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
    tlab(p, "Towards", "எதற்காக", "silk yarn advance, 2 mats", pen=True)
    tlab(p, "Paid by", "முறை", "UPI", pen=True, method="UPI")
    tlab(p, "UPI Ref.", "குறிப்பு எண்", j.ref, pen=True, txn=(UTR_RANK, j.ref))
    p.add("gap")
    tam(p, "மேற்கண்ட தொகையைப் பெற்றுக்கொண்டேன்.", align="l")
    p.add("left", "I have received the above amount.", status=status)
    thumb(p, "Left thumb|impression")
    return p.done()


def phone_no(rng: random.Random) -> str:
    return rng.choice("6789") + digits(rng, 9)


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority on top: Karuvoolam's e-challan receipt for the co-operative
    audit fee under its Tamil heading, each label in English and Tamil (e-Challan No., Department, Head of
    Account, Amount, Bank Reference No., Date of Payment, Status); Pattamadai Town Panchayat's property tax
    receipt from TN Urban e-Pay under its Tamil name, two fields to a row; the Greater Chennai Corporation's
    trade licence fee receipt for the showroom with its QR code; ESIC's contribution challan waiting for the
    bank; the Labour Welfare Board's failed contribution (no reference); the Legal Metrology Department's
    stamping fee receipt for the platform scale; the Geographical Indications Registry's e-receipt for the
    authorised user's application (CBR No.); a traffic challan's payment e-mail (no day). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "www.karuvoolam.tn.gov.in/challan/receipt")
        p.part = "head"
        tam(p, "தமிழ்நாடு அரசு - கருவூலம்", scale=1.0, bold=True)
        top(p, "Karuvoolam - Government of Tamil Nadu")
        p.add("small", "Treasuries and Accounts Department  |  e-Challan receipt")
        p.add("rule")
        p.part = "body"
        dept = "Co-operative Audit Department"
        j.amount = float(rng.randrange(4000, 26000, 10))
        crn = f"TN{j.date:%y}{digits(rng, 12)}"
        bref = f"IDIB{digits(rng, 10)}"
        tlab(p, "e-Challan No.", "செலுத்துச்சீட்டு எண்", crn, at=0.5, txn=(TXN_RANK, crn))
        tlab(p, "Department", "துறை", dept, at=0.5, merchant=dept)
        tlab(p, "Head of Account", "கணக்குத் தலைப்பு", "0425-00-101-AA-22301", at=0.5)
        tlab(p, "Remitter", "செலுத்துபவர்", SHORT, at=0.5)
        tlab(p, "Purpose", "நோக்கம்", "Audit fee, 2025-26", at=0.5)
        tlab(p, "Amount", "தொகை", rs(j.amount), at=0.5, bold=True, amount=j.amount)
        tlab(p, "Payment Mode", "செலுத்தும் முறை", "Net Banking - Indian Bank", at=0.5, method="netbanking")
        tlab(p, "Bank Ref. No.", "வங்கி குறிப்பு எண்", bref, at=0.5, txn=(BANK_RANK, bref))
        tlab(
            p,
            "Date of Payment",
            "செலுத்திய தேதி",
            day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]),
            at=0.5,
            date=j.date,
        )
        tlab(p, "Status", "நிலை", "Success", at=0.5, status=status)
        p.add("gap")
        p.add("small", "Print this receipt for your records. Credited to the Government account through RBI.")
        return p.done()
    if k == 1:
        p = browser_page(rng, font, "tnurbanepay.tn.gov.in/PropertyTax/Receipt")
        p.part = "head"
        tam(p, "பத்தமடை பேரூராட்சி", scale=1.1, bold=True)
        name = "Pattamadai Town Panchayat"
        top(p, name, merchant=name)
        p.add("small", "Tirunelveli District  |  TN Urban e-Pay  |  Property Tax Receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(1800, 9800, 1))
        rno = f"PTR/{rng.randrange(1000, 9999)}/{fy(j.date)}"
        tid = f"TNUR{j.date:%y%m%d}{digits(rng, 8)}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")]
        for cells, facts in [
            (
                ["Receipt No.", rno, "Paid on", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])],
                {"txn": (INVOICE_RANK, rno), "date": j.date},
            ),
            (
                [
                    "Assessment No.",
                    f"{rng.randrange(100, 999)}/{rng.randrange(1, 12)}",
                    "Ward",
                    str(rng.randrange(1, 15)),
                ],
                {},
            ),
            (["Owner", SHORT, "Half year", f"{fy(j.date)} - {'I' if 4 <= j.date.month <= 9 else 'II'}"], {}),
            (["Transaction ID", tid, "Mode", "UPI"], {"txn": (TXN_RANK, tid), "method": "UPI"}),
        ]:
            cols(p, "tp", spec, *cells, **facts)
        p.add("gap")
        kind(
            p, "tph", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "band", group="tpt", fill=(40, 90, 140), bold=(0, 1)
        )
        kind(p, "tpr", [(0.0, 0.7, "l"), (0.7, 1.0, "r")], "line", group="tpt")
        row(p, "tph", "Demand", "Amount (Rs.)")
        tax = round(j.amount * 0.8)
        edu = round(j.amount * 0.1)
        row(p, "tpr", "Property tax", num(tax))
        row(p, "tpr", "Education cess", num(edu))
        row(p, "tpr", "Library cess", num(j.amount - tax - edu))
        total(p, "Total paid", num(j.amount), at=0.7, amount=j.amount, status=status)
        p.add("small", "Payment received. This is a computer generated receipt.")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        tam(p, "பெருநகர சென்னை மாநகராட்சி", scale=1.05, bold=True)
        name = "Greater Chennai Corporation"
        top(p, name, merchant=name)
        p.add("small", "Revenue Department  |  Trade Licence - Online Payment Receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1500, 2200, 3500, 5000, 7000]))
        rno = f"GCC/TL/{digits(rng, 8)}"
        spec = [(0.0, 0.36, "l"), (0.36, 0.4, "l"), (0.4, 1.0, "l")]
        for label, value, facts in [
            ("Receipt No", rno, {"txn": (INVOICE_RANK, rno)}),
            ("Trade Licence No", f"TL/{rng.randrange(100, 200)}/{digits(rng, 6)}", {}),
            ("Name of Trade", f"{SHOP}, handicraft retail", {}),
            ("Zone / Ward", f"IX / {rng.randrange(110, 140)}", {}),
            ("Licence Period", f"{fy(j.date)}", {}),
            ("Amount Paid", rs(j.amount), {"amount": j.amount}),
            ("Payment Mode", "UPI", {"method": "UPI"}),
            ("Bank Ref No", j.ref, {"txn": (UTR_RANK, j.ref)}),
            ("Payment Date", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), {"date": j.date}),
            ("Status", "SUCCESS", {"status": status}),
        ]:
            cols(p, "gc", spec, label, ":", value, **facts)
        qr(p, f"gcc{rno}", "r", 4)
        p.add("small", "Scan the QR code to verify this receipt.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "www.esic.gov.in/ESICInsurance1/ESICInsurancePortal/challan")
        p.part = "head"
        name = "Employees' State Insurance Corporation"
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment, Government of India  |  Online Challan")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending - awaiting bank confirmation", status, align="l")
        p.add("gap")
        chl = f"{digits(rng, 4)}{j.date:%y}{digits(rng, 8)}"
        kv(p, "Challan Number", chl, txn=(TXN_RANK, chl))
        kv(p, "Employer Code", digits(rng, 17))
        kv(p, "Employer Name", COOP_CAPS)
        kv(p, "Contribution Period", j.month(1))
        kv(p, "Amount", rs(j.amount), amount=j.amount)
        kv(p, "Payment Mode", "Internet Banking - State Bank of India", method="netbanking")
        kv(p, "Payment Initiated On", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), date=j.date)
        p.add("gap")
        p.add("small", "Do not pay again. The status is updated once the bank confirms the payment.")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "lwb.tn.gov.in/contribution/payment")
        p.part = "head"
        name = "Tamil Nadu Labour Welfare Board"
        top(p, name, merchant=name)
        p.add("small", "Labour Welfare Fund  |  Annual contribution (due 31 January)")
        j.date = dt.date(2026, 1, rng.randrange(12, 31))
        p.add("rule")
        p.part = "body"
        staff = rng.randrange(18, 60)
        j.amount = float(staff * 60)
        pill(p, "Payment Failed", status, align="l")
        p.add("left", "The payment could not be completed. Please try again.")
        p.add("gap")
        field(p, "Establishment", COOP)
        field(p, "Contribution year", str(j.date.year - 1))
        field(p, "Employees", f"{staff}  (employer Rs. 40 + employee Rs. 20 each)")
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Payment mode", "Debit card (RuPay)", method="card")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        tam(p, "சட்டமுறை எடையளவு துறை", scale=1.0, bold=True)
        name = "Legal Metrology Department, Tamil Nadu"
        top(
            p,
            pick(p, "title", [name, "Legal Metrology, Tamil Nadu"]),
            merchant=pick(p, "title", [name, "Legal Metrology, Tamil Nadu"]),
        )
        p.add("small", "Office of the Assistant Controller, Tirunelveli  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([250, 400, 600, 900, 1200]))
        rno = f"LM/TVL/{rng.randrange(1000, 9999)}"
        tid = f"LMTN{digits(rng, 12)}"
        grid(
            p,
            "lm",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Application No.", f"LMAPP{digits(rng, 8)}"], {}),
                (["Trader", f"{SHORT}, Pattamadai"], {}),
                (["Instrument", "Platform scale, 300 kg, Class III"], {}),
                (["Verification and stamping fee", rs(j.amount)], {"amount": j.amount}),
                (["Payment mode", "UPI"], {"method": "UPI"}),
                (["Date of payment", day_in(j, rng, ["%d.%m.%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Payment status", "Paid"], {"status": status}),
            ],
        )
        p.add("gap")
        p.add("small", "Produce this receipt with the instrument at the verification camp.")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "ipindiaonline.gov.in/eGIRegistry/eReceipt")
        p.part = "head"
        top(p, "Intellectual Property India")
        p.add("small", "Geographical Indications Registry, Chennai  |  e-Receipt")
        p.add("rule")
        p.part = "body"
        j.amount = 500.0 * rng.choice([1, 1, 2])
        cbr = str(rng.randrange(10000, 99999))
        bref = f"{digits(rng, 12)}"
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        name = "Geographical Indications Registry"
        for label, value, facts in [
            ("CBR No.", cbr, {"txn": (INVOICE_RANK, cbr)}),
            ("Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), {"date": j.date}),
            ("Paid to", name, {"merchant": name}),
            ("Applicant", COOP, {}),
            ("Form", "GI-3A, authorised user", {}),
            ("GI", "Pattamadai Pai (Mat)", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Payment mode", "Net Banking", {"method": "netbanking"}),
            ("Bank Ref. No.", bref, {"txn": (BANK_RANK, bref)}),
            ("Status", "Payment successful", {"status": status}),
        ]:
            cols(p, "gi", spec, label, value, **facts)
        p.add("gap")
        p.add("small", "The application will be examined after the fee is realised.")
        return p.done()
    p = mail_page(rng, font, "e-Challan <echallan@parivahan.gov.in>", ["e-Challan payment successful"])
    p.part = "head"
    top(p, "Tamil Nadu Police", merchant="Tamil Nadu Police")
    p.add("small", "e-Challan  |  Ministry of Road Transport and Highways")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([500, 1000, 1500, 2000]))
    chl = f"TN{digits(rng, 19)}"
    tid = f"{digits(rng, 14)}"
    p.add("left", "Dear Citizen,")
    p.add("left", f"Your payment for challan {chl} is successful.", status=status)
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    cols(p, "ec", spec, "Vehicle No.", f"TN 72 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}")
    cols(p, "ec", spec, "Offence", "Parking in a no parking area")
    cols(p, "ec", spec, "Amount", rs(j.amount), amount=j.amount)
    cols(p, "ec", spec, "Payment mode", "Debit Card", method="card")
    cols(p, "ec", spec, "Transaction ID", tid, txn=(TXN_RANK, tid))
    p.add("gap")
    p.add("small", "This is an auto-generated e-mail. Do not reply.")
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top: New India Assurance's premium receipt for the
    weaving shed's Bharat Sookshma Udyam Suraksha policy, its office copy over a cutting line and the
    insured's copy under it; Royal Sundaram's e-mail for the weavers' group personal accident cover (a banded
    table); Oriental Insurance's marine cargo premium awaiting the bank's confirmation (its steps left to
    right); ICICI Lombard's failed renewal of the van's policy; Niva Bupa's e-mail acknowledging the staff's
    group health premium (no reference); Shriram General's two-wheeler premium receipt in boxed fields; IFFCO
    Tokio's page for the dye shed's fire cover; Bajaj General's app after paying the showroom's burglary cover
    (no day). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        p = paper_page(rng, font, [740, 780])
        name = "The New India Assurance Co. Ltd."
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Divisional Office, Palayamkottai  |  PREMIUM RECEIPT")
        p.part = "body"
        rno = f"{digits(rng, 4)}{j.date:%y}{digits(rng, 8)}"
        paid = day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])
        p.add("small", "OFFICE COPY")
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {paid}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        cols(
            p,
            "no",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Insured: {SHORT}",
            f"Rs. {num(j.amount)}",
            amount=j.amount,
        )
        cut(p, "INSURED'S COPY")
        cols(p, "no", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Receipt No. {rno}", f"Date: {paid}")
        spec = [(0.0, 0.36, "l"), (0.36, 0.4, "l"), (0.4, 1.0, "l")]
        colkv(p, "nr", spec, "Received from", ":", COOP)
        colkv(p, "nr", spec, "Policy", ":", "Bharat Sookshma Udyam Suraksha, weaving shed, Pattamadai")
        colkv(p, "nr", spec, "Policy No.", ":", f"{digits(rng, 6)}11{j.date:%y}{digits(rng, 8)}")
        colkv(p, "nr", spec, "Premium", ":", num(base))
        colkv(p, "nr", spec, "GST @ 18%", ":", num(gst))
        colkv(p, "nr", spec, "Total", ":", f"Rs. {num(j.amount)}")
        colkv(p, "nr", spec, "Mode", ":", "NEFT", method="netbanking")
        utr = utr_for(rng, j, "Indian Bank", "NEFT")
        colkv(p, "nr", spec, "Instrument / UTR", ":", utr, txn=(UTR_RANK, utr))
        p.add("left", "Received with thanks the premium above.", status=status)
        right(p, "Authorised Signatory")
        return p.done()
    if k == 1:
        name = "Royal Sundaram General Insurance Co. Limited"
        p = mail_page(
            rng,
            font,
            "Royal Sundaram <customer.services@royalsundaram.in>",
            ["Premium receipt - Group Personal Accident policy"],
        )
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "Royal Sundaram General Insurance"]),
            merchant=pick(p, "title", [name, "Royal Sundaram General Insurance"]),
        )
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            "Thank you for your payment. Your group personal accident policy for the co-operative's "
            "weavers is renewed.",
            status=status,
        )
        tid = f"RS{digits(rng, 14)}"
        zebra(
            p,
            "rs",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Payment receipt", ""],
            [
                (["Policy holder", COOP], {}),
                (["Policy", f"Group Personal Accident, {rng.randrange(90, 160)} weavers"], {}),
                (["Premium (incl. GST)", rs(j.amount)], {"amount": j.amount}),
                (["Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (["Payment mode", "Net Banking - Indian Overseas Bank"], {"method": "netbanking"}),
                (["Payment date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
            ],
            (0, 70, 140),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Royal Sundaram General Insurance Co. Limited, Chennai - 600 086.")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "orientalinsurance.org.in/web/guest/payment-status")
        name = "The Oriental Insurance Company Limited"
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "Oriental Insurance"]),
            merchant=pick(p, "title", [name, "Oriental Insurance"]),
        )
        p.add("small", "Marine cargo declaration  |  Payment status")
        p.add("rule")
        p.part = "body"
        pill(p, "Awaiting bank confirmation", status, align="l")
        track(p, ["Proposal", "Premium paid", "Bank confirms", "Certificate"], "ddpt")
        ref = f"OIC{digits(rng, 12)}"
        spec = [(0.0, 0.4, "l"), (0.4, 1.0, "l")]
        cols(p, "oi", spec, "Proposal No.", f"MC/{digits(rng, 8)}")
        cols(p, "oi", spec, "Consignment", f"Korai mats, Tuticorin to Singapore, {rng.randrange(2, 9)} bales")
        cols(p, "oi", spec, "Premium (incl. GST)", rs(j.amount), amount=j.amount)
        cols(p, "oi", spec, "Payment reference", ref, txn=(TXN_RANK, ref))
        cols(p, "oi", spec, "Payment mode", "Net banking", method="netbanking")
        cols(p, "oi", spec, "Paid on", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), date=j.date)
        p.add("gap")
        p.add("small", "The certificate will be issued once the bank confirms the premium.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (166, 28, 40))
        app_head(p, "IL TakeCare", "ICICI Lombard")
        pill(p, "Payment Unsuccessful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = "ICICI Lombard General Insurance"
        p.add("center", name, merchant=name)
        p.add("small", "Your card was declined. No money has been deducted.")
        p.add("rule")
        tid = f"IL{digits(rng, 15)}"
        p.pair("Policy", "Goods carrying vehicle, renewal")
        p.pair("Vehicle", f"TN 72 {code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Payment mode", "Credit card", method="card")
        p.pair("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        name = "Niva Bupa Health Insurance Company Limited"
        p = mail_page(
            rng, font, "Niva Bupa <customercare@nivabupa.com>", ["Premium received - Group health policy"]
        )
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "Niva Bupa Health Insurance"]),
            merchant=pick(p, "title", [name, "Niva Bupa Health Insurance"]),
        )
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {COOP},")
        p.add(
            "left",
            f"We acknowledge the receipt of {rs(j.amount)} towards your group health policy for the staff of "
            f"{SHOP} on {day_in(j, rng, ['%d %b %Y', '{d} %B %Y'])}. The policy is renewed for a year.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
        cols(p, "nv", spec, "Policy No.", f"{digits(rng, 8)}-{rng.randrange(10, 99)}")
        cols(p, "nv", spec, "Members covered", str(rng.randrange(6, 14)))
        cols(p, "nv", spec, "Sum insured", "Rs. 3,00,000 each")
        cols(p, "nv", spec, "Premium (incl. GST)", rs(j.amount))
        cols(p, "nv", spec, "Paid by", "NEFT", method="netbanking")
        p.add("gap")
        p.add("left", "Warm regards,")
        p.add("left", "Team Niva Bupa")
        return p.done()
    if k == 5:
        name = "Shriram General Insurance Company Limited"
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "Shriram General Insurance"]),
            merchant=pick(p, "title", [name, "Shriram General Insurance"]),
        )
        p.add("small", "Premium Receipt  |  Two wheeler package policy")
        p.add("rule")
        p.part = "body"
        j.amount = round(rng.uniform(1400, 3600), 2)
        rno = f"R{digits(rng, 11)}"
        field(p, "Receipt number", rno, txn=(INVOICE_RANK, rno))
        field(p, "Receipt date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        field(p, "Received from", f"{SHORT} (field supervisor's motorcycle)")
        field(p, "Total premium (incl. GST)", rs(j.amount), amount=j.amount)
        field(p, "Payment mode / reference", f"UPI / {j.ref}", method="UPI", txn=(UTR_RANK, j.ref))
        p.add("gap")
        p.add("left", "Premium received with thanks.", status=status)
        right(p, "For Shriram General Insurance Co. Ltd")
        return p.done()
    if k == 6:
        name = "IFFCO-Tokio General Insurance Co. Ltd"
        p = browser_page(rng, font, "www.iffcotokio.co.in/payment/confirmation")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Bharat Sookshma Udyam Suraksha  |  Payment confirmation")
        p.add("rule")
        p.part = "body"
        pill(p, "Policy issued", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "paid for the fire cover of the dye shed, Pattamadai")
        p.add("gap")
        tid = f"ITG{digits(rng, 12)}"
        kvr(p, "Policy holder", SHORT)
        kvr(p, "Premium", num(base))
        kvr(p, "GST @ 18%", num(gst))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Bank reference", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid by", "UPI", method="UPI")
        kvr(p, "Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Download policy",))
    band(p, (0, 94, 170))
    app_head(p, "Bajaj General", "Insurance")
    name = "Bajaj General Insurance Ltd"
    pill(p, "Payment successful", status)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"paid to {name}", merchant=name)
    p.add("small", "Your burglary policy for the showroom is being issued.")
    p.add("rule")
    oid = f"BJ{digits(rng, 12)}"
    pid = f"pay_{code(rng, 14, MIXED)}"
    p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
    p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
    p.pair("Paid with", f"Debit card {masked(rng, font)}", method="card")
    p.pair("Insured", SHOP)
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("PATTU PAI ILLAM", "KUTCHERY ROAD, MYLAPORE, CHENNAI", "PINE LABS", "plutus"),
    ("PATTU PAI ILLAM - STALL 42", "KAIVINAI SANDHAI, ISLAND GROUNDS", "PAYTM EDC", "edc"),
    ("SRI AMMAN FUELS", "CHERANMAHADEVI ROAD, PATTAMADAI", "WORLDLINE", "fuel"),
    ("NELLAIAPPAR HALWA STORES", "EAST CAR STREET, TIRUNELVELI", "BHARATPE SWIPE", "declined"),
    ("HOTEL THAMIRA RESIDENCY", "PALAYAMKOTTAI, TIRUNELVELI", "RAZORPAY POS", "tip"),
    ("SRI VINAYAGA TEXTILE MACHINERY", "S.N. HIGH ROAD, TIRUNELVELI", "INDIAN BANK", "reprint"),
    ("PATTU PAI ILLAM", "MYLAPORE, CHENNAI", "Pine Labs One", "app"),
    ("ST COURIER - MYLAPORE", "R.K. MUTT ROAD, CHENNAI", "AXIS BANK", "tap"),
]


def padded(p: Screen, label: str, value: str, width_: int = 11, **facts) -> None:
    """A slip's line: the label padded to a column of dots, the value after it."""
    text = f"{label} {'.' * max(1, width_ - len(label))} {value}"
    if not fits(p, "left", text):
        text = f"{label}: {value}"
    p.add("left", text, **facts)


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's and the craft fair stall's terminals and the co-operative's card at a pump, a
    halwa shop, a hotel, a textile machinery store and a courier counter: Pine Labs' Plutus slip (labels at
    the left, values at the right; CARD NUM, APPR CODE, RRN, BATCH NUM, INVOICE NUM, BASE AMOUNT, TOTAL
    AMOUNT); Paytm EDC's slip at the stall with two fields to a line (Order ID, RRN); Worldline's fuel slip
    whose host timed out (PRODUCT, RATE, VOLUME), pending; BharatPe Swipe's declined slip (no reference);
    Razorpay POS's slip with a tip added (BASE, TIP, TOTAL); Indian Bank's reprinted DUPLICATE slip, its
    labels joined to their values by dots; the Pine Labs One app's card payment ("Yesterday", no day); Axis
    Bank's tap and go slip. All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=600, high=32000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "edc":
        shift(j, rng, SANDHAI + dt.timedelta(days=rng.randrange(0, 4)))
    if layout == "fuel":
        j.amount = float(rng.randrange(1000, 4000, 100))
    if layout in ("declined", "tap"):
        j.amount = rupees(rng, 450, 3200, 0.7)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "app":
        p = phone(rng, font, k, ["Transaction details", ""], buttons=("Send e-receipt",))
        band(p, (0, 58, 112))
        app_head(p, "Pine Labs One", "Card payment")
        p.add("center", name, merchant=name)
        pill(p, "Approved", status)
        p.add("big", f"Rs. {j.amount:,.2f}", amount=j.amount)
        p.add("small", f"Yesterday, {hhmm(rng)}")
        p.add("rule")
        p.pair("Card", f"{scheme} ****{last4}", method="card")
        p.pair("Approval code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Invoice", inv, txn=(INVOICE_RANK, inv))
        p.pair("Terminal", f"Plutus {tid}")
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
    day = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d %b %Y"])).upper()
    amt = f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}"
    if layout == "plutus":
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid)
        p.pair("TID", tid)
        p.add("center", "SALE")
        p.pair("CARD NUM", f"XXXX XXXX XXXX {last4}", method="card")
        p.pair("CARD TYPE", f"{scheme} CHIP")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("BATCH NUM", batch)
        p.pair("INVOICE NUM", inv, txn=(INVOICE_RANK, inv))
        p.add("rule")
        p.pair("BASE AMOUNT", amt)
        p.pair("TOTAL AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED OK - SIGNATURE NOT REQUIRED")
    elif layout == "edc":
        p.add("rule")
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "ed", spec, f"Date: {when(j.date, '%d-%m-%Y')}", f"Time: {t[:5]}", date=j.date)
        cols(p, "ed", spec, f"TID: {tid}", f"Batch: {batch[-3:]}")
        oid = f"{digits(rng, 10)}{j.date:%y%m%d}"
        p.add("left", f"Order ID: {oid}", txn=(ORDER_RANK, oid))
        p.add("center", "CARD SALE")
        cols(p, "ed", spec, f"{scheme} {rng.choice(['CHIP', 'TAP'])}", f"**** {last4}", method="card")
        cols(p, "ed", spec, f"Auth: {appr}", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        cols(p, "ea", [(0.0, 0.4, "l"), (0.4, 1.0, "r")], "AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION SUCCESSFUL", status=status)
        p.add("small", "Paytm EDC  |  Thank you, visit our stall again")
    elif layout == "fuel":
        p.add("rule")
        padded(p, "DATE", day, date=j.date)
        padded(p, "TIME", t)
        padded(p, "TID", tid)
        padded(p, "INVOICE", inv, txn=(INVOICE_RANK, inv))
        padded(p, "PUMP/NOZ", f"{rng.randrange(1, 5)}/{rng.randrange(1, 3)}")
        rate = round(rng.uniform(92.4, 95.2), 2)
        padded(p, "PRODUCT", "DIESEL")
        padded(p, "RATE", f"{rate:.2f}")
        padded(p, "VOLUME", f"{j.amount / rate:.2f} L")
        padded(p, "CARD", f"{scheme} XX{last4}", method="card")
        p.add("rule")
        padded(p, "AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN TIMEOUT - HOST NOT RESPONDING", status=status)
        p.add("small", "STATUS UNKNOWN. CHECK WITH YOUR BANK BEFORE PAYING AGAIN.")
    elif layout == "declined":
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.add("center", "SALE")
        p.pair("CARD", f"{scheme} **** {last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "RESP CODE 55 - INCORRECT PIN")
        p.add("small", "PLEASE TRY AGAIN")
    elif layout == "tip":
        base_ = round(j.amount / 1.05, 2)
        tip_ = round(j.amount - base_, 2)
        p.add("rule")
        p.pair("Date", day, date=j.date)
        p.pair("Time", t)
        p.pair("MID", mid)
        p.pair("TID", tid)
        p.pair("Batch / Inv", f"{batch[-3:]} / {inv}", txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        p.pair("Card", f"{scheme} XXXX{last4}", method="card")
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("BASE", f"{base_:.2f}")
        p.pair("TIP", f"{tip_:.2f}")
        p.pair("TOTAL", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "Razorpay POS")
    elif layout == "reprint":
        p.add("center", "*** DUPLICATE ***")
        p.add("rule")
        padded(p, "DATE", day, date=j.date)
        padded(p, "TIME", t)
        padded(p, "MID", mid)
        padded(p, "TID", tid)
        padded(p, "BATCH", batch)
        padded(p, "INV NO", inv, txn=(INVOICE_RANK, inv))
        padded(p, "CARD", f"{scheme} XX{last4}", method="card")
        padded(p, "AUTH", appr, txn=(APPR_RANK, appr))
        padded(p, "RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        padded(p, "AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "SALE APPROVED", status=status)
        p.add("small", "REPRINT - MERCHANT COPY")
    else:
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INV", inv, txn=(INVOICE_RANK, inv))
        p.add("center", "TAP & GO - CONTACTLESS")
        p.pair("CARD", f"{scheme} ****{last4}", method="card")
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED - NO PIN REQUIRED", status=status)
    if layout != "reprint":
        p.part = "foot"
        p.add("small", "CUSTOMER COPY")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, fibre, DTH, gas


TNPDCL = "Tamil Nadu Power Distribution Corporation Ltd"
TNPDCL_TA = "தமிழ்நாடு மின் பகிர்மானக் கழகம்"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The co-operative's bills, each paying the biller on top: TNPDCL's online payment receipt for the
    weaving shed under its Tamil name, each label in English and Tamil (Service Connection No., Receipt No.,
    Transaction ID, Amount Paid, Payment Date, Status); BSNL's Bharat Fibre payment in its app; Chennai Metro
    Water's payment for the showroom waiting for the bank; Sun Direct's failed recharge; IndianOil ONE's
    Indane refill; PhonePe's bill payment to TNPDCL (Bharat Connect reference); Hathway's e-mail receipt (no
    day); Airtel Thanks' Xstream Fiber payment (no reference). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 6, low=400, high=16000)
    rs = money(rng, font, 0.4)
    sc = "-".join([f"{rng.randrange(1, 99):02d}", *(str(rng.randrange(100, 999)) for _ in range(3))])
    if k == 0:
        p = browser_page(rng, font, "www.tnebltd.gov.in/BillStatus/receipt")
        p.part = "head"
        tam(p, TNPDCL_TA, scale=1.05, bold=True)
        name = pick(p, "title", [TNPDCL, "TNPDCL"])
        top(p, name, merchant=name)
        p.add("small", "Online Payment Receipt  |  Cheranmahadevi Section")
        p.add("rule")
        p.part = "body"
        rno = f"{rng.randrange(100, 999)}{digits(rng, 7)}"
        tid = f"TNEB{j.date:%y%m%d}{digits(rng, 8)}"
        tlab(p, "Service No.", "மின் இணைப்பு எண்", sc, at=0.54)
        tlab(p, "Consumer Name", "நுகர்வோர் பெயர்", clip(COOP_CAPS, 26), at=0.54)
        tlab(p, "Receipt No.", "ரசீது எண்", rno, at=0.54, txn=(INVOICE_RANK, rno))
        tlab(p, "Transaction ID", "பரிவர்த்தனை எண்", tid, at=0.54, txn=(TXN_RANK, tid))
        tlab(p, "Amount Paid", "செலுத்திய தொகை", rs(j.amount), at=0.54, bold=True, amount=j.amount)
        tlab(p, "Payment Mode", "செலுத்தும் முறை", "Net Banking", at=0.54, method="netbanking")
        tlab(
            p,
            "Payment Date",
            "செலுத்திய தேதி",
            at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)),
            at=0.54,
            date=j.date,
        )
        tlab(p, "Status", "நிலை", "Success", at=0.54, status=status)
        p.add("gap")
        p.add("small", "Thank you for paying online. Save electricity, save the nation.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 84, 160))
        app_head(p, "BSNL Selfcare", "Bharat Fibre")
        name = "BSNL"
        j.amount = float(rng.choice([499, 599, 799, 999, 1199])) * rng.choice([1, 1, 3])
        pill(p, "Payment Successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Bharat Fibre bill paid to BSNL", merchant=name)
        p.add("small", f"Account no. {digits(rng, 10)}  |  Pattamadai FTTH")
        p.add("rule")
        oid = f"BSNL{digits(rng, 12)}"
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        p.pair("Bank ref. no.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Paid using", "UPI", method="UPI")
        p.pair("Date", at_hour(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "bnc.chennaimetrowater.in/payment/status")
        p.part = "head"
        name = "Chennai Metro Water"
        top(p, name, merchant=name)
        p.add("small", "Chennai Metropolitan Water Supply and Sewerage Board  |  Water tax and charges")
        p.add("rule")
        p.part = "body"
        j.amount = rupees(rng, 1200, 9000, 0.6)
        pill(p, "Payment Pending", status, align="l")
        p.add(
            "left",
            "We have not yet received the confirmation from your bank. The status will be updated "
            "within 48 hours. Do not pay again.",
        )
        p.add("gap")
        tid = f"CMW{digits(rng, 13)}"
        field(
            p, "CMWSSB No.", f"{rng.randrange(100, 200)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
        )
        field(p, "Name", SHOP)
        field(p, "Half year", f"{fy(j.date)} - {'I' if 4 <= j.date.month <= 9 else 'II'}")
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Payment mode", "Net Banking - Indian Bank", method="netbanking")
        field(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Retry",))
        band(p, (238, 112, 0))
        app_head(p, "Sun Direct", "Recharge")
        name = "Sun Direct"
        j.amount = float(rng.choice([299, 349, 420, 499, 650]))
        pill(p, "Recharge failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"recharge for {name}", merchant=name)
        p.add("small", f"Smart card no. {digits(rng, 11)}  |  Tamil Value pack")
        p.add("small", "Your bank did not approve the payment. No money was deducted.")
        p.add("rule")
        tid = f"SD{digits(rng, 12)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Payment mode", "Debit card", method="card")
        p.pair("Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Order details"], dark=False, buttons=("Track order",))
        band(p, (0, 52, 120))
        app_head(p, "IndianOil ONE", "Indane LPG")
        j.amount = float(rng.choice([1768.5, 1812.0, 1795.5, 1840.0]))
        name = "Indane"
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", "19 kg commercial cylinder, 1 no.  |  Sri Murugan Indane Gas Agency, Cheranmahadevi")
        p.add("rule")
        oid = f"IOC{digits(rng, 11)}"
        p.pair("Booking no.", f"{digits(rng, 8)}")
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Paid by", "UPI", method="UPI")
        p.pair("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, PE_GREEN)
        p.part = "head"
        p.add("title", "Bill Paid Successfully", status=status)
        p.add("small", f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (', ',))}", date=j.date)
        p.add("gap")
        p.part = "body"
        name = pick(p, "center", [TNPDCL, "TNPDCL"])
        lab(p, "Biller")
        p.add("left", name, merchant=name)
        lab(p, "Service connection number")
        p.add("left", sc)
        lab(p, "Amount")
        p.add("left", rs(j.amount), amount=j.amount)
        p.add("rule")
        agent = f"PP0{rng.randrange(1, 9)}"
        bbps = (
            f"{agent}{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        )
        lab(p, "Bharat Connect reference")
        p.add("left", bbps, txn=(BANK_RANK, bbps))
        lab(p, "UTR")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        p.part = "foot"
        p.add("small", "PhonePe  |  Powered by Bharat Connect")
        return p.done()
    if k == 6:
        name = "Hathway Cable & Datacom Ltd"
        p = mail_page(
            rng, font, "Hathway <noreply@hathway.net>", ["Payment receipt for your broadband account"]
        )
        p.part = "head"
        top(p, pick(p, "title", [name, "Hathway"]), merchant=pick(p, "title", [name, "Hathway"]))
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([1499, 2097, 2697, 3596, 4494]))
        p.add("left", f"Dear {SHOP},")
        p.add(
            "left",
            f"Thank you. We have received your payment of {rs(j.amount)} for your broadband account.",
            amount=j.amount,
            status=status,
        )
        rno = f"HW{digits(rng, 10)}"
        p.add("gap")
        zebra(
            p,
            "hw",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Receipt", ""],
            [
                (["Account ID", digits(rng, 9)], {}),
                (["Plan", "Fiber 200 Mbps, 3 months"], {}),
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Amount", rs(j.amount)], {}),
                (["Payment mode", "Credit Card"], {"method": "card"}),
            ],
            (230, 0, 126),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Hathway Cable & Datacom Ltd, Mylapore, Chennai.")
        return p.done()
    p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
    band(p, (228, 0, 43))
    app_head(p, "Airtel Thanks")
    name = "Airtel Xstream Fiber"
    j.amount = float(rng.choice([1179, 1415, 1769, 2359]))
    tick_ = sign(font, "\u2713", "")
    p.add("center", f"{tick_} Payment successful".strip(), status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"paid for {name}", merchant=name)
    p.add("small", f"Account {digits(rng, 10)}  |  {SHOP}, Mylapore")
    p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)), date=j.date)
    p.add("small", "Paid using UPI", method="UPI")
    p.add("gap")
    p.add("small", "The receipt will be sent to your registered e-mail.")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("Indian Bank", "VM-INDBNK", "SRI MURUGAN KORAI MA", "UPI", "sms"),
    ("Indian Overseas Bank", "AX-IOBCHN", "SRI KAMAKSHI SILK TWIS", "NEFT", "sms"),
    ("Tamilnad Mercantile Bank", "JD-TMBANK", "ISLAND EVENTS AND SHA", "IMPS", "sms"),
    ("City Union Bank", "", "NELLAI OFFSET PRINTER", "NEFT", "mail"),
    ("Karur Vysya Bank", "", "K SRINIVASAN", "IMPS", "whatsapp"),
    ("Tamil Nadu Grama Bank", "JM-TNGBNK", "THAMIRABARANI SOLAR SY", "NEFT", "tamil"),
    ("Canara Bank", "", "SIVA CARRIERS", "NEFT", "atm"),
    ("Equitas Small Finance Bank", "BP-EQUTAS", "MUTHU GOODS CARRIER", "UPI", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the co-operative's payments: SMS in Indian Bank's ("Your A/c XXXXX1234 is debited
    for Rs.x on <dd-Mon-yy> by UPI to <PAYEE> (UPI Ref ...)"), Indian Overseas Bank's ("NEFT of INR x from
    A/c ...1234 to <PAYEE> (UTR ...) processed on <dd/mm/yyyy>"), Tamilnad Mercantile Bank's failed IMPS and
    Equitas' ("Rs.x sent to <PAYEE> from Equitas A/c XX1234 via UPI. UPI Ref ..."; no day) wordings; City
    Union Bank's e-mail; Karur Vysya Bank's WhatsApp banking message in a chat bubble; Tamil Nadu Grama Bank's
    SMS in Tamil and English, under process; Canara Bank's ATM mini statement in its printer's face (no
    reference). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if k == 5:
        j.amount = float(rng.randrange(120000, 400000, 500))
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
        if bank == "Indian Bank":
            text = (
                f"Your A/c XXXXX{tail4} is debited for Rs.{amt} on {when(j.date, '%d-%b-%y')} by UPI to {to} "
                f"(UPI Ref {utr}). Avl Bal Rs.{bal}. Not you? Call 180042500000 -Indian Bank"
            )
        elif bank == "Indian Overseas Bank":
            text = (
                f"IOB: NEFT of INR {amt} from A/c ...{tail4} to {to} (UTR {utr}) processed on "
                f"{when(j.date, '%d/%m/%Y')}. Bal INR {bal}. -Indian Overseas Bank"
            )
        elif bank == "Tamilnad Mercantile Bank":
            text = (
                f"TMB: IMPS transfer of Rs.{amt} to {to} A/c XX{digits(rng, 4)} FAILED on "
                f"{when(j.date, '%d-%m-%Y')}. Ref {utr}. Amount, if debited, will be reversed. -TMB"
            )
        else:
            text = (
                f"Rs.{amt} sent to {to} from Equitas A/c XX{tail4} via UPI. UPI Ref {utr}. "
                "Not you? Call 18001031222 -Equitas SFB"
            )
        p = sms_page(rng, font, sender, text, None if j.no_day else j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "City Union Bank <alerts@cityunionbank.in>",
            ["Transaction alert - debit from your account"],
        )
        p.part = "head"
        top(p, "City Union Bank")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your current account XXXX{tail4} has been debited with INR {amt} on "
            f"{when(j.date, '%d-%m-%Y')} for NEFT to {to}.",
            **facts,
        )
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "cu", spec, "UTR No.", utr)
        cols(p, "cu", spec, "Beneficiary", to)
        cols(p, "cu", spec, "Amount", f"INR {amt}")
        cols(p, "cu", spec, "Available balance", f"INR {bal}")
        p.add("gap")
        p.add("left", "If you have not done this transaction, please call 044 71225000 immediately.")
        p.part = "foot"
        p.add("small", "City Union Bank Ltd, Kumbakonam. This is a system generated e-mail.")
        return p.done()
    if frame == "whatsapp":
        p = phone(rng, font, k, ["Karur Vysya Bank"], dark=False, buttons=())
        p.style["paper"] = (255, 255, 255)
        p.part = "body"
        p.add("small", "Messages from this business are end-to-end encrypted.")
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y"])))
        p.add("gap")
        start = len(p.rows)
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your A/c XX{tail4} is debited with INR {amt} on {when(j.date, '%d-%m-%Y')} towards "
            f"IMPS/{utr}/{to}. Available balance INR {bal}.",
            **facts,
        )
        p.add("left", "Reply BLOCK to stop the account if this was not you.")
        bubble(p, start, hhmm(rng, lower=True))
        p.add("small", "KVB WhatsApp Banking")
        return p.done()
    if frame == "tamil":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.style["paper"] = (255, 255, 255)
        p.part = "body"
        p.add("small", when(j.date, rng.choice(["%a, {d} %b", "{d} %B %Y"])))
        p.add("gap")
        start = len(p.rows)
        tam_wrap(
            p,
            f"அன்புள்ள வாடிக்கையாளரே, உங்கள் கணக்கு XX{tail4} இலிருந்து {to} க்கு ரூ.{amt} NEFT "
            "பரிமாற்றம் செயல்பாட்டில் உள்ளது.",
            scale=0.95,
        )
        p.add(
            "left",
            f"NEFT of Rs.{amt} from A/c XX{tail4} to {to} on {when(j.date, '%d-%m-%Y')} is under process. "
            f"Ref {utr}. -TNGB",
            **facts,
        )
        bubble(p, start, hhmm(rng, lower=True))
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460]), size=rng.choice([17, 18]))
    paper(p, rng)
    h269.torn(p)
    typeface(p)
    p.part = "head"
    p.add("center", "CANARA BANK")
    p.add("small", f"ATM ID {code(rng, 4, UPPER)}{digits(rng, 4)}  |  CHERANMAHADEVI")
    p.add("center", "MINI STATEMENT")
    p.add("rule")
    p.part = "body"
    before = j.date - dt.timedelta(days=rng.randrange(2, 9))
    opening = rupees(rng, j.amount + 20000, j.amount + 500000, 0.0)
    typed(p, f"A/C NO : XXXXXXX{tail4}")
    typed(p, f"DATE : {when(j.date + dt.timedelta(days=rng.randrange(0, 3)), '%d/%m/%y')}")
    typed(p, "DATE     PARTICULARS        AMOUNT")
    typed(p, f"{when(before, '%d/%m/%y')} BY CLG          {num(rupees(rng, 5000, 40000, 0.5), 'plain')} CR")
    room_ = min(18, tt_cols(p) - 13 - len(num(j.amount, "plain")))
    narr = f"NEFT-{to}"[:room_].rstrip()
    facts.pop("merchant", None)
    typed(
        p,
        f"{when(j.date, '%d/%m/%y')} {narr:<{room_}} {num(j.amount, 'plain')} DR",
        merchant=narr[5:],
        **facts,
    )
    typed(p, f"AVAIL BAL : {num(opening - j.amount, 'plain')}")
    p.add("rule")
    p.add("small", "Thank you for banking with Canara Bank")
    return p.done()

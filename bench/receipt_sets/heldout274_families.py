"""The twelve heldout274 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Baluchari silk sari weavers' co-operative's year of 2026 in Bishnupur,
Bankura district, West Bengal (Bishnupur Baluchari Resham Tantubay Samabay Samity Ltd, its office at
Krishnaganj, Bishnupur; its weavers who weave Baluchari and Swarnachari saris on jacquard looms, the
Mahabharata, Ramayana, Krishna lila and terracotta-temple scenes of the pallu punched into the jacquard's
cards in its design room, Naksha Ghar; its dye house at Dalmadal Para; its Kolkata showroom, Baluchari Ghar,
in the Dakshinapan complex at Dhakuria, with the web shop balucharighar.in and a stall at the Bishnupur Mela;
its export buyers), told by the proofs of payment it receives (buyers' Google Pay, CRED, MobiKwik, WhatsApp,
super.money and Kotak811 screens, the showroom's BharatPe Business and Instamojo's receipt mail; Tantuja's
payment advice, Biswa Bangla's plain-text mail, IFMS e-Pradan, Amazon's disbursement, a hotel's Axis Bank
page, a Delhi craft house's Tally voucher, RazorpayX's payout mail and a boutique's forwarded mail; Wise,
Barclays, a Paris bank, UCO Bank's FIRC, Maybank, QNB, a Wellington shop's mail and Handelsbanken; its own
invoices, receipts, cash memos, checkout page and tickets) and those it makes (the halkhata of the Malda yarn
house, PayU for the Surat zari works, the naksha card puncher's bill on graph paper, the dye dealer's money
receipt, Speed Post, Amazon Business, SBSTC's parcel receipt and Refrens; UCO Bank's, Bandhan Bank's, Bank of
India's, Canara Bank's, the district co-operative bank's and IDFC FIRST Bank's pages, an RTGS form and a
cheque's counterfoil; its weavers', reelers', designers', salesmen's and dyers' cards, slips, screens and
receipts; GRIPS, the municipality, EPFO, Profession Tax, the Textiles Committee, Silpasathi, Vahan and the
Kolkata Municipal Corporation; eight insurers; cards on seven terminals and a phone; WBSEDCL's, CESC's, Bharat
Gas's, Vi's, Jio's, Tata Play's, Bharat Connect's and Excitel's bills; the banks' SMS, e-mails, notifications
and a passbook). Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, the units' lines, salutations, Bengali lines (but a line
written in Bengali whose figures carry the facts), Bengali calendar days, items, saris, pallus, cards, yarn,
counts, rates, taxable values, GST, TDS, fees, charges, cashback, coins, EMIs, old dues and balances, earnings
and deductions, converted and INR sums, FX rates, periods, months, invoice, order, cheque and e-mail days,
account, policy, consumer, member, employee, employer, application, vehicle, article, waybill, LC, purpose and
seller numbers, GSTIN, IFSC, UPI IDs of payers, remitters and depositors, QR codes, stamps, seals, borders,
tickets' notches, progress bars, chips, tabs, notification icons, sprocket holes, green bars, graph paper,
creases and staples carry no fact. ``Job`` is heldout167's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page`` and ``paper_page`` heldout140's; ``phone_frame`` heldout126's; ``right``
heldout152's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked``
and ``money`` heldout118's; ``paper`` and ``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and
``glyphs`` heldout93's; ``when``, ``hhmm`` and ``rupees`` heldout86's; ``num`` and ``words_in_rupees``
heldout82's; ``code`` and ``digits`` heldout14's; heldout269's rows (``cols``, ``kv``, ``kvr``, ``zebra``,
``total``, ``strip``, ``ticks``, ``comb``, ``mono``, ``qr``, ``seal``, ``sms_page``, a roll's torn edges),
heldout271's (``grid``, ``dots``, ``colkv``, ``lab``, ``fill``, ``fill2``, ``hand``, ``amtbox``, ``tt``,
``step``, ``perf``, ``revenue``, rounded cards, its rectangular stamp) and heldout273's (``pill``, ``field``,
``hcells``, ``ledger``, ``bubble``), written in this set's pens and printers' faces. ``compose`` is
heldout158's (as heldout269's to heldout273's), each page's rows drawn by heldout273's ``_render`` and then by
this set's own ``_render`` in the lines it leaves for them: Bengali lines in Noto's Bengali faces with their
Latin runs in the page's face, a Bengali label small over its English one, a Bengali hand slanted like a
pen's; a Baluchari pallu's border of temple spires and butas; continuous stationery's sprocket holes and green
bars; a ticket's notches; a progress bar; chips; tabs; a notification's icon; graph paper; a jacquard card's
punched holes; a fold's crease; a staple. The pages' layouts and wordings are this set's own."""

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
    comb,
    kv,
    kvr,
    mono,
    qr,
    seal,
    sms_page,
    strip,
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
    fill2,
    grid,
    hand,
    lab,
    perf,
    revenue,
    rstamp,
    step,
    tt,
    tt_cols,
)
from bench.receipt_sets.heldout273_families import (
    bubble,
    field,
    hcells,
    ledger,
    pill,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
TONE = {"success": GREEN, "failed": RED, "pending": AMBER}
BENGALI = "noto/NotoSansBengali-Regular.ttf"
BENGALI_BOLD = "noto/NotoSansBengali-Bold.ttf"
BENGALI_SERIF = "noto/NotoSerifBengali-Regular.ttf"
BENGALI_SERIF_BOLD = "noto/NotoSerifBengali-Bold.ttf"
# the hands that write on this set's papers: obliques and italics in another mix than heldout271's and 273's
PENS = [
    "freefont/FreeSerifItalic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
]
INKS = [(20, 40, 130), (14, 24, 90), (36, 36, 48), (24, 64, 124), (110, 24, 40)]
# the faces a page's fixed-width lines are printed in (a dot-matrix printer's, a passbook printer's)
TYPES = [
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]

# ---------------------------------------------------------------- the co-operative

COOP = "Bishnupur Baluchari Resham Tantubay Samabay Samity Ltd"
COOP_CAPS = COOP.upper()
SHORT = "Bishnupur Baluchari Samabay"
SHORT_CAPS = SHORT.upper()
# the registered name as a bank or an app cuts it
CUT = "BISHNUPUR BALUCHARI RESH"
COOP_BN = "বিষ্ণুপুর বালুচরী রেশম তন্তুবায় সমবায় সমিতি লিঃ"
REGD = "Regn. No. 17/BNK of 1956"
GSTIN = "19AAAAB2741F1ZS"
OFFICE = "Krishnaganj, Bishnupur, Dist. Bankura - 722122"
SHOP = "Baluchari Ghar"
SHOP_CAPS = SHOP.upper()
SHOP_BN = "বালুচরী ঘর"
SHOP_AT = "Shop 14, Dakshinapan Complex, Dhakuria, Kolkata - 700068"
NAKSHA = "Naksha Ghar"
WEB = "balucharighar.in"
# the Bishnupur Mela (23 to 27 December) and Poila Baisakh, the Bengali new year's day, of 2026
MELA = dt.date(2026, 12, 23)
POILA = dt.date(2026, 4, 15)
IFSC = {
    "UCO Bank": "UCBA",
    "Bandhan Bank": "BDBL",
    "Bank of India": "BKID",
    "Canara Bank": "CNRB",
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Indian Bank": "IDIB",
    "IDFC FIRST Bank": "IDFB",
    "Axis Bank": "UTIB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Kotak Mahindra Bank": "KKBK",
    "Federal Bank": "FDRL",
    "The Bankura District Central Co-operative Bank": "WBSC",
}
SHORT_BANK = {
    "UCO Bank": "UCO",
    "Bandhan Bank": "Bandhan",
    "Bank of India": "BOI",
    "Canara Bank": "Canara",
    "State Bank of India": "SBI",
    "Punjab National Bank": "PNB",
    "Indian Bank": "Indian Bank",
    "IDFC FIRST Bank": "IDFC FIRST",
    "Axis Bank": "Axis",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Kotak Mahindra Bank": "Kotak",
    "Federal Bank": "Federal",
}
# the saris: name, HSN, price each (low, high); GST 5% on silk saris (5007)
SARIS = [
    ("Baluchari sari, Mahabharata pallu, red", "5007", 9500, 24000),
    ("Swarnachari sari, Ramayana pallu, zari", "5007", 22000, 68000),
    ("Baluchari sari, Krishna Raas pallu", "5007", 11000, 28000),
    ("Baluchari sari, terracotta temple border", "5007", 8500, 19500),
    ("Baluchari silk stole, Dasavatar motif", "5007", 1800, 3900),
    ("Baluchari dupatta, buta work", "5007", 2600, 5200),
    ("Meenakari Baluchari sari, three colour", "5007", 14000, 36000),
    ("Bridal Swarnachari, Sita swayamvar pallu", "5007", 38000, 95000),
    ("Baluchari sari, nawabi court pallu", "5007", 12000, 30000),
]


def saris(rng: random.Random, n: int, high: int = 10**9) -> list[tuple[str, str, int, float]]:
    """Saris sold: name, HSN, quantity, price each."""
    pool = [i for i, s in enumerate(SARIS) if s[3] <= high] or list(range(len(SARIS)))
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = SARIS[i]
        qty = rng.randrange(1, 4) if hi < 6000 else 1
        out.append((name, hsn, qty, float(rng.randrange(lo, hi, 50))))
    return out


def day_of(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def timed(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ", " at ")) -> str:
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, twelve=rng.random() < 0.6)}"


def move(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the mela's, the new year's), its UPI / IMPS reference made again for it."""
    j.date = day
    j.ref = f"{day.year % 10}{day.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"


def utr_of(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on a page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 12)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 7)}"


def tail(rng: random.Random) -> str:
    return rng.choice(["XXXXXXXX", "xxxx", "*****", "XX", "XXXXXXX"]) + digits(rng, 4)


def clip(text: str, n: int) -> str:
    """``text`` cut to at most ``n`` characters at a word's end."""
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0].rstrip(",")


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
    """The page's hand (this set's pens, in heldout271's slot so the rows it fills in write in it)."""
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


def sum_box(p: Screen, prefix: str, value: str, *, by_hand: bool = True, at: float = 0.0, **facts) -> None:
    hand_pen(p)
    amtbox(p, prefix, value, by_hand=by_hand, at=at, **facts)


def gstin_of(rng: random.Random, state: str = "19") -> str:
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def phone_no(rng: random.Random) -> str:
    return rng.choice("6789") + digits(rng, 9)


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault("h274", {"marks": {}, "tickets": [], "creases": []})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def is_bengali(ch: str) -> bool:
    return "\u0980" <= ch <= "\u09ff" or ch in "\u0964\u0965\u200c\u200d"


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` in runs of Bengali and of other letters (a space stays with the run it follows)."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        b = is_bengali(ch)
        if ch == " " and out:
            b = out[-1][0]
        if out and out[-1][0] == b:
            out[-1] = (b, out[-1][1] + ch)
        else:
            out.append((b, ch))
    return out


def bengali_face(bold: bool = False, serif: bool = False) -> str:
    if serif:
        return BENGALI_SERIF_BOLD if bold else BENGALI_SERIF
    return BENGALI_BOLD if bold else BENGALI


BN_SCALE = 0.9


def mixed_width(text: str, latin: str, size: int, *, bold: bool = False, serif: bool = False) -> float:
    """The width of a line of Bengali and Latin runs: the Bengali in Noto's Bengali face at 0.9 of the
    size."""
    width = 0.0
    for b, part in runs(text):
        face = (
            load_font(bengali_face(bold, serif), int(size * BN_SCALE))
            if b
            else load_font(bold_of(latin) if bold else latin, size)
        )
        width += face.getlength(part)
    return width


def mixed_ok(text: str, latin: str, *, bold: bool = False, serif: bool = False) -> bool:
    for b, part in runs(text):
        face = bengali_face(bold, serif) if b else (bold_of(latin) if bold else latin)
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
) -> None:
    """A line of Bengali and Latin runs on one baseline (``xy`` the left end and the top of the Latin
    face)."""
    x0, y0 = xy
    lface = load_font(bold_of(latin) if bold else latin, size)
    base = y0 + lface.getmetrics()[0]
    for b, part in runs(text):
        face = load_font(bengali_face(bold, serif), int(size * BN_SCALE)) if b else lface
        draw.text((x0, base), part, font=face, fill=fill_, anchor="ls")
        x0 += face.getlength(part)


def room_of(p: Screen) -> int:
    return p.style["width"] - 2 * MARGIN


def ben(
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
    """A line in Bengali (a name over its English, a heading, a sentence), its Latin runs in the page's
    face."""
    size = int(p.style["size"] * scale)
    assert mixed_ok(text, p.font, bold=bold, serif=serif), (p.font, text)
    assert mixed_width(text, p.font, size, bold=bold, serif=serif) <= room_of(p), text
    put(p, "t74ben", text, mark_=[scale, bold, serif, align, soft], **facts)
    if scale > 1.15:
        p.add("gap")


def ben_wrap(p: Screen, text: str, *, scale: float = 1.0, **facts) -> None:
    """A Bengali sentence set left in as many lines as it needs."""
    size = int(p.style["size"] * scale)
    line, first = "", True
    for word in text.split():
        if line and mixed_width(f"{line} {word}", p.font, size) > room_of(p):
            ben(p, line, scale=scale, align="l", **(facts if first else {}))
            first, line = False, word
        else:
            line = f"{line} {word}".strip()
    ben(p, line, scale=scale, align="l", **(facts if first else {}))


def bhand(p: Screen, text: str, *, align: str = "l", **facts) -> None:
    """A line written by hand in Bengali: Noto Serif Bengali in the pen's ink, slanted as a hand slants, its
    Latin runs and figures in the page's pen."""
    pen = hand_pen(p)
    size = int(p.style["size"] * 1.15)
    assert mixed_ok(text, pen, serif=True), (pen, text)
    assert mixed_width(text, pen, size, serif=True) + size * 0.4 <= room_of(p), text
    put(p, "t74bh", text, mark_=align, **facts)


def blab(
    p: Screen,
    bengali: str,
    english: str,
    value: str,
    *,
    at: float = 0.4,
    pen: bool = False,
    bold: bool = False,
    **facts,
) -> None:
    """A form's bilingual label: the Bengali small on its own line over the English, a colon at ``at`` and
    the value on the English line, printed or written by hand (``pen``)."""
    size = p.style["size"]
    room = room_of(p)
    small = int(size * 0.86)
    assert mixed_ok(bengali, p.font) and glyphs(p.font, english), (bengali, english)
    assert mixed_width(bengali, p.font, small) <= at * room - 10, bengali
    assert load_font(p.font, size).getlength(english) <= at * room - 16, english
    vfont = hand_pen(p) if pen else bold_of(p.font) if bold else p.font
    vface = load_font(vfont, int(size * (1.05 if pen else 1.0)))
    assert glyphs(vfont, value), (vfont, value)
    assert vface.getlength(value) <= (1 - at) * room - 12, value
    put(p, "t74blb", bengali)
    put(p, "t74bl", english, value, mark_=[at, pen, bold], **facts)


def pallu(p: Screen) -> None:
    """A Baluchari pallu's border round the page: a band of temple spires and butas in zari on the sari's
    ground at the head and the foot, a narrow zari line down each side."""
    ground = p.rng.choice([(122, 22, 38), (96, 20, 72), (20, 60, 96), (128, 48, 20)])
    zari = p.rng.choice([(214, 170, 60), (226, 190, 96)])
    ext(p)["pallu"] = [list(ground), list(zari)]
    p.add("gap")


def sprocket(p: Screen) -> None:
    """Continuous stationery: a sprocket hole every half inch down each margin past a perforation, and pale
    green bars behind every other pair of lines."""
    ext(p)["sprocket"] = p.rng.choice([[222, 240, 222], [228, 242, 230]])


def graph(p: Screen) -> None:
    """Graph paper (a naksha's squared paper): faint lines every few pixels, a darker one every fifth."""
    ext(p)["graph"] = p.rng.choice([[120, 170, 200], [130, 180, 150]])


def crease(p: Screen, at: float) -> None:
    """A fold across the page at ``at`` of its height (a paper folded into an envelope)."""
    ext(p)["creases"].append(at)


def staple(p: Screen) -> None:
    """A staple through the page's top left corner."""
    ext(p)["staple"] = p.rng.uniform(-30, -12)


def ticket(p: Screen, start: int, notch: int) -> None:
    """A ticket drawn round the rows from ``start`` to the last one added: a tinted card with a half-round
    notch cut in each side at row ``notch`` and a dashed tear line between the notches."""
    ext(p)["tickets"].append([start, len(p.rows) - 1, notch])


def pbar(p: Screen, share: float, status: str) -> None:
    """A progress bar across the page: a rounded track, ``share`` of it filled in the outcome's colour."""
    put(p, "t74bar", "", mark_=[share, list(TONE[status])])


def chips(p: Screen, *labels: str, align: str = "c", **facts) -> None:
    """A row of small rounded tags (an app's labels for the way, the speed, the payee's check)."""
    face = load_font(p.font, int(p.style["size"] * 0.78))
    need = sum(face.getlength(t) + 34 for t in labels)
    assert need <= room_of(p) and all(glyphs(p.font, t) for t in labels), labels
    put(p, "t74chips", *labels, mark_=align, **facts)


def nhead(p: Screen, app: str, when_: str, colour: tuple[int, int, int], letter: str) -> None:
    """A notification's first line: the app's round icon with its letter, its name and the time, small."""
    assert glyphs(p.font, app + when_) and glyphs(bold_of(p.font), letter), (app, when_)
    put(p, "t74nh", app, when_, mark_=[list(colour), letter])


def tabs(p: Screen, labels: list[str], chosen: int) -> None:
    """A tab bar: the labels spread across the page, the chosen one in the accent's colour and underlined."""
    face = load_font(bold_of(p.font), int(p.style["size"] * 0.86))
    assert all(glyphs(bold_of(p.font), t) for t in labels)
    assert all(face.getlength(t) <= room_of(p) / len(labels) - 10 for t in labels), labels
    put(p, "t74tabs", *labels, mark_=chosen)


def jacquard(p: Screen) -> None:
    """A strip of jacquard card across the page, its holes punched in a pattern (a naksha's card)."""
    put(p, "t74card", "", mark_=p.rng.randrange(10**6))


# ---------------------------------------------------------------- drawing


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout273's ``_render`` (heldout271's, 269's and 14's rows beneath it), then this set's: Bengali lines
    and hands, bilingual labels, a pallu border, continuous stationery, graph paper, tickets, progress bars,
    chips, a notification's icon, tabs, a jacquard card strip, creases and a staple."""
    page = h273._render(rows, font, style)
    x = style.get("h274")
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
    accent = tuple(style.get("accent", ink))
    marks = x["marks"]
    w, h = page.size
    # what lies under the print: green bars, graph paper, a ticket's tint
    if (x.get("sprocket") or x.get("graph") or x["tickets"]) and not dark:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        if x.get("sprocket"):
            green = tuple(x["sprocket"])
            yy, n = MARGIN - lift, 0
            while yy < h:
                if n % 2 == 0:
                    ld.rectangle((30, yy, w - 30, yy + 2 * line), fill=green)
                yy += 2 * line
                n += 1
        if x.get("graph"):
            g = tuple(x["graph"])
            fine = h269._tint(g, (255, 255, 255), 0.28)
            bold = h269._tint(g, (255, 255, 255), 0.55)
            for k, xx in enumerate(range(0, w, 12)):
                ld.line((xx, 0, xx, h), fill=bold if k % 5 == 0 else fine, width=1)
            for k, yy in enumerate(range(0, h, 12)):
                ld.line((0, yy, w, yy), fill=bold if k % 5 == 0 else fine, width=1)
        for start, end, notch in x["tickets"]:
            y0, y1 = tops[start] - lift - 12, tops[end] + line - lift + 10
            tint = h269._tint(accent, (255, 255, 255), 0.07)
            ld.rounded_rectangle((MARGIN - 18, y0, w - MARGIN + 18, y1), radius=14, fill=tint)
            cy = tops[notch] + line // 2 - lift
            for cx in (MARGIN - 18, w - MARGIN + 18):
                ld.ellipse((cx - 13, cy - 13, cx + 13, cy + 13), fill=(255, 255, 255))
        page = ImageChops.multiply(page, layer)
    draw = ImageDraw.Draw(page)
    for start, end, notch in x["tickets"]:
        y0, y1 = tops[start] - lift - 12, tops[end] + line - lift + 10
        edge = h269._tint(accent, paper_, 0.45)
        draw.rounded_rectangle((MARGIN - 18, y0, w - MARGIN + 18, y1), radius=14, outline=edge, width=2)
        cy = tops[notch] + line // 2 - lift
        for cx in (MARGIN - 18, w - MARGIN + 18):
            draw.ellipse((cx - 13, cy - 13, cx + 13, cy + 13), fill=paper_, outline=edge, width=2)
        # the page's own edge past the notch (the half circle outside the card) in the paper's colour
        draw.rectangle((0, cy - 15, MARGIN - 20, cy + 15), fill=paper_)
        draw.rectangle((w - MARGIN + 20, cy - 15, w, cy + 15), fill=paper_)
        xx = MARGIN - 2
        while xx < w - MARGIN + 2:
            draw.line((xx, cy, xx + 8, cy), fill=edge, width=2)
            xx += 15
    if x.get("sprocket"):
        hole = h269._tint((90, 90, 90), paper_, 0.35)
        for yy in range(18, h - 10, 24):
            for cx in (14, w - 15):
                draw.ellipse((cx - 5, yy - 5, cx + 5, yy + 5), fill=(236, 236, 232), outline=hole)
        for xx in (29, w - 30):
            for yy in range(0, h, 8):
                draw.line((xx, yy, xx, yy + 3), fill=hole, width=1)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t74"):
            continue
        y = tops[i]
        top_y, bot_y = y - lift, y + line - lift
        m = marks.get(str(i))
        if name == "t74ben":
            scale, bold, serif, align, is_soft = m
            s = int(size * scale)
            tw = mixed_width(r[1], font, s, bold=bold, serif=serif)
            tx = {"c": (width - tw) / 2, "l": MARGIN, "r": width - MARGIN - tw}[align]
            draw_mixed(draw, (tx, y - 1), r[1], font, s, soft if is_soft else ink, bold=bold, serif=serif)
        elif name == "t74bh":
            pen = x1["pen"]
            s = int(size * 1.15)
            tw = mixed_width(r[1], pen, s, serif=True)
            hgt = int(line * 1.6)
            layer = Image.new("RGBA", (width, hgt), (0, 0, 0, 0))
            base_y = int(hgt * 0.62)
            ldraw = ImageDraw.Draw(layer)
            lface = load_font(pen, s)
            tx = {"l": MARGIN, "c": (width - tw) / 2, "r": width - MARGIN - tw - s * 0.3}[m]
            for b, part in runs(r[1]):
                face = load_font(BENGALI_SERIF, int(s * BN_SCALE)) if b else lface
                ldraw.text((tx, base_y), part, font=face, fill=(*pen_ink, 255), anchor="ls")
                tx += face.getlength(part)
            slant = 0.2
            layer = layer.transform(
                layer.size, Image.AFFINE, (1, slant, -slant * base_y, 0, 1, 0), resample=Image.BICUBIC
            )
            out = page.convert("RGBA")
            out.alpha_composite(layer, (0, max(0, int(y + size * 0.72 - base_y))))
            page = out.convert("RGB")
            draw = ImageDraw.Draw(page)
        elif name == "t74blb":
            draw_mixed(draw, (MARGIN, y + size * 0.2), r[1], font, int(size * 0.86), soft)
        elif name == "t74bl":
            at, by_pen, bold = m
            face = load_font(font, size)
            draw.text((MARGIN, y - size * 0.2), r[1], font=face, fill=ink)
            draw.text((MARGIN + at * room - 12, y - size * 0.2), ":", font=face, fill=ink)
            if by_pen:
                vface = load_font(x1["pen"], int(size * 1.05))
                draw.text((MARGIN + at * room + 4, y - size * 0.32), r[2], font=vface, fill=pen_ink)
            else:
                vface = load_font(bold_of(font) if bold else font, size)
                draw.text((MARGIN + at * room + 4, y - size * 0.2), r[2], font=vface, fill=ink)
            draw.line(
                (MARGIN, bot_y - 2, width - MARGIN, bot_y - 2), fill=h269._tint(soft, paper_, 0.25), width=1
            )
        elif name == "t74bar":
            share, colour = m
            cy = y + size * 0.45
            track = h269._tint(soft, paper_, 0.18)
            draw.rounded_rectangle((MARGIN, cy - 6, width - MARGIN, cy + 6), radius=6, fill=track)
            draw.rounded_rectangle(
                (MARGIN, cy - 6, MARGIN + max(14, share * room), cy + 6), radius=6, fill=tuple(colour)
            )
        elif name == "t74chips":
            face = load_font(font, int(size * 0.78))
            widths_ = [face.getlength(t) + 24 for t in r[1:]]
            total_w = sum(widths_) + 10 * (len(widths_) - 1)
            xx = {"c": (width - total_w) / 2, "l": MARGIN, "r": width - MARGIN - total_w}[m]
            for text, cw in zip(r[1:], widths_):
                draw.rounded_rectangle(
                    (xx, top_y + 4, xx + cw, bot_y - 4),
                    radius=(bot_y - top_y) // 2 - 4,
                    fill=h269._tint(accent, paper_, 0.1),
                    outline=h269._tint(accent, paper_, 0.5),
                )
                draw.text((xx + 12, (top_y + bot_y) / 2), text, font=face, fill=ink, anchor="lm")
                xx += cw + 10
        elif name == "t74nh":
            colour, letter = tuple(m[0]), m[1]
            d = int(line * 0.78)
            cy = (top_y + bot_y) / 2
            draw.ellipse((MARGIN, cy - d / 2, MARGIN + d, cy + d / 2), fill=colour)
            lf = load_font(bold_of(font), int(d * 0.56))
            draw.text((MARGIN + d / 2, cy), letter, font=lf, fill=(255, 255, 255), anchor="mm")
            small = load_font(font, int(size * 0.8))
            draw.text(
                (MARGIN + d + 12, cy),
                f"{r[1]}  \u00b7  {r[2]}" if glyphs(font, "\u00b7") else f"{r[1]} - {r[2]}",
                font=small,
                fill=soft,
                anchor="lm",
            )
        elif name == "t74tabs":
            labels = r[1:]
            n = len(labels)
            face = load_font(bold_of(font), int(size * 0.86))
            for k, text in enumerate(labels):
                cx = MARGIN + room * (k + 0.5) / n
                colour = accent if k == m else soft
                draw.text((cx, (top_y + bot_y) / 2), text, font=face, fill=colour, anchor="mm")
                if k == m:
                    tw = face.getlength(text)
                    draw.rectangle((cx - tw / 2 - 6, bot_y - 4, cx + tw / 2 + 6, bot_y - 1), fill=accent)
            draw.line((MARGIN, bot_y, width - MARGIN, bot_y), fill=h269._tint(soft, paper_, 0.3), width=1)
        elif name == "t74card":
            prng = random.Random(m)
            buff = h269._tint((196, 170, 120), paper_, 0.6)
            draw.rectangle((MARGIN - 10, top_y + 3, width - MARGIN + 10, bot_y - 3), fill=buff)
            for xx in range(MARGIN - 2, width - MARGIN + 4, 11):
                for yy in (top_y + 10, (top_y + bot_y) / 2, bot_y - 10):
                    if prng.random() < 0.45:
                        draw.ellipse((xx - 3, yy - 3, xx + 3, yy + 3), fill=paper_)
            for cx in (MARGIN - 4, width - MARGIN + 4):
                draw.ellipse(
                    (cx - 4, (top_y + bot_y) / 2 - 4, cx + 4, (top_y + bot_y) / 2 + 4), fill=(60, 60, 60)
                )
    if x.get("pallu"):
        ground, zari = (tuple(c) for c in x["pallu"])
        for y0 in (4, h - 30):
            draw.rectangle((4, y0, w - 5, y0 + 25), fill=ground)
            draw.line((4, y0 + 3, w - 5, y0 + 3), fill=zari, width=1)
            draw.line((4, y0 + 22, w - 5, y0 + 22), fill=zari, width=1)
            for k, cx in enumerate(range(16, w - 10, 22)):
                if k % 2 == 0:
                    # a temple's spire: a tall curved triangle on a step, a dot (the amalaka) on top
                    draw.polygon([(cx - 6, y0 + 19), (cx, y0 + 7), (cx + 6, y0 + 19)], fill=zari)
                    draw.rectangle((cx - 8, y0 + 19, cx + 8, y0 + 20), fill=zari)
                    draw.ellipse((cx - 2, y0 + 4, cx + 2, y0 + 8), fill=zari)
                else:
                    # a buta: a paisley's round body and its curled tip
                    draw.ellipse((cx - 4, y0 + 11, cx + 4, y0 + 19), outline=zari, width=2)
                    draw.line((cx + 2, y0 + 12, cx + 5, y0 + 7), fill=zari, width=2)
        for xx in (4, w - 9):
            draw.rectangle((xx, 29, xx + 4, h - 31), fill=ground)
            draw.line((xx + 2, 29, xx + 2, h - 31), fill=zari, width=1)
    if x["creases"]:
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for at in x["creases"]:
            yy = int(h * at)
            for k in range(10):
                shade = 255 - int(22 * (1 - k / 10))
                ld.line((0, yy + k, w, yy + k), fill=(shade, shade, shade))
        page = ImageChops.multiply(page, layer)
        draw = ImageDraw.Draw(page)
        for at in x["creases"]:
            draw.line((0, int(h * at) - 1, w, int(h * at) - 1), fill=(255, 255, 255), width=1)
    if x.get("staple") is not None:
        layer = Image.new("RGBA", (60, 20), (0, 0, 0, 0))
        sd = ImageDraw.Draw(layer)
        sd.rounded_rectangle((4, 6, 54, 12), radius=3, fill=(128, 130, 136, 255), outline=(80, 82, 88, 255))
        sd.line((8, 8, 50, 8), fill=(200, 202, 208, 255), width=1)
        layer = layer.rotate(x["staple"], resample=Image.BICUBIC, expand=True)
        out = page.convert("RGBA")
        out.alpha_composite(layer, (8, 4))
        page = out.convert("RGB")
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout273's), each page's rows drawn by ``_render``
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
        BENGALI,
        BENGALI_BOLD,
        BENGALI_SERIF,
        BENGALI_SERIF_BOLD,
        *PENS,
        *TYPES,
        "dejavu/DejaVuSans.ttf",
    ]:
        if not Path(FONT_DIR, face).is_file():
            raise FileNotFoundError(f"heldout274 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the showroom's own app


PAYEES = [SHOP_CAPS, SHOP, CUT, "BALUCHARI GHAR DHAKURIA"]
VPAS = [
    "balucharighar@ucobank",
    "baluchari.ghar@okicici",
    "Q781046235@ybl",
    "bishnupurbaluchari@sbi",
    "bharatpe.90413725816@fbpe",
]
BUYERS = [
    ("Sudeshna Mukherjee", "HDFC Bank"),
    ("Arindam Ghosh", "State Bank of India"),
    ("Paromita Sen", "ICICI Bank"),
    ("Rituparna Basu", "Axis Bank"),
    ("Debasish Chakraborty", "UCO Bank"),
    ("Moumita Das", "Bandhan Bank"),
    ("Sayantani Roy", "Kotak Mahindra Bank"),
    ("Kaushik Bhattacharya", "Punjab National Bank"),
]
NOTES = ["Baluchari for Ma", "Swarnachari advance", "bou-bhaat sari", "puja sari", "stole x2", "balance"]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers paying the Kolkata showroom or the co-operative: Google Pay's receipt ("To <payee>" over the
    VPA, the sum, Completed, the day; a card: UPI transaction ID, To, From, Google transaction ID); CRED's
    dark receipt in lower case (paid to, chips, cred txn id, UPI ref no., paid from); MobiKwik's payment still
    processing under a progress bar (MobiKwik Txn ID, UPI Ref No, Date & time); a WhatsApp chat whose payment
    card failed (the chat's divider the day; no reference); super.money's payment with its cashback (UPI Ref
    ID, super.money txn ID, Paid from, Date, in shaded label cells); Kotak811's receipt drawn as a ticket (its
    tear line under the payee; UPI Ref No., Date, From A/c, Remarks); BharatPe Business on the showroom's
    phone (tabs, Payment received, "from <buyer>", BharatPe Txn ID, UTR, Received Today; no day); Instamojo's
    receipt mail ("You have successfully paid <sum> to <shop>.", dot leaders: Payment ID, Purpose, Paid on,
    Payment mode, Amount). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=1800, high=48000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    hour = hhmm(rng, lower=rng.random() < 0.5)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share screenshot",))
        p.part = "body"
        p.add("gap")
        name = pick(p, "center", [f"To {to}", f"To {SHOP_CAPS}"])[3:]
        p.add("center", f"To {name}", merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        tick_ = sign(font, "\u2713", "")
        p.add("center", f"{tick_} Completed".strip(), status=status)
        p.accent(GREEN)
        p.add("small", f"{when(j.date, rng.choice(['{d} %b %Y', '%d %b %Y']))}, {hour}", date=j.date)
        p.add("gap")
        c = card_open(p)
        gid = f"CICAgO{code(rng, 14, MIXED)}"
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "To")
        p.add("left", f"{name} ({vpa})" if fits(p, "left", f"{name} ({vpa})") else name)
        lab(p, "From")
        p.add("left", f"{who} ({SHORT_BANK.get(bank, bank)})", method="UPI")
        lab(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        card_close(p, c)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Powered by UPI  |  Google Pay")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, [""], dark=True, buttons=("done",))
        app_head(p, "CRED", "pay")
        p.add("center", "payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", "paid to")
        name = pick(p, "center", [to, SHOP_CAPS])
        p.add("center", name, merchant=name)
        p.add("small", f"on {when(j.date, '%d %b %Y').lower()} at {hour.lower()}", date=j.date)
        chips(p, "UPI", "secured by CRED", method="UPI")
        p.add("gap")
        cid = f"CRED{digits(rng, 4)}{code(rng, 10, LOWER)}"
        kvr(p, "cred txn id", cid, txn=(TXN_RANK, cid))
        kvr(p, "UPI ref no.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "paid from", f"{SHORT_BANK.get(bank, bank)} {dot * 2}{digits(rng, 4)}")
        p.add("gap")
        p.add("small", f"you won {rng.randrange(20, 400)} CRED coins on this payment")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Check status",))
        band(p, (0, 84, 166))
        app_head(p, "MobiKwik", "UPI payment")
        p.add("center", "Payment Processing", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        pbar(p, rng.uniform(0.45, 0.7), status)
        p.add("small", "Waiting for confirmation from your bank. Do not pay again.")
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", vpa, method="UPI")
        p.add("rule")
        mid = f"MK{j.date:%y%m%d}{digits(rng, 10)}"
        p.pair("MobiKwik Txn ID", mid, txn=(TXN_RANK, mid))
        p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Date & time", timed(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("small", "The status will be updated within 2 hours.")
        return p.done()
    if k == 3:
        p = phone(rng, font, k, [SHOP, f"{SHOP} (Business)"], dark=False, buttons=())
        p.style["paper"] = (255, 255, 255)
        p.part = "body"
        p.add("small", "This business uses a secure service from Meta to manage this chat.")
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %B %Y"])), date=j.date)
        p.add("gap")
        minutes = sorted(rng.sample(range(9 * 60, 22 * 60), 3))
        hours = [f"{(m // 60 - 1) % 12 + 1}:{m % 60:02d} {'pm' if m >= 720 else 'am'}" for m in minutes]
        start = len(p.rows)
        p.add("left", rng.choice(["Didi, sending for the Krishna Raas sari", "Paying the advance now"]))
        bubble(p, start, hours[0])
        p.add("gap")
        start = len(p.rows)
        name = pick(p, "left", [f"Payment to {SHOP}", "Payment to Baluchari"])[11:]
        p.add("left", f"Payment to {name}", merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "Failed", status, align="l")
        p.add("small", f"UPI  {dot}  {SHORT_BANK.get(bank, bank)} {dot * 2} {digits(rng, 4)}", method="UPI")
        p.add("small", "Money, if debited, will be refunded in 3-5 days.")
        bubble(p, start, hours[1])
        p.add("gap")
        start = len(p.rows)
        p.add("left", "Payment failed, will try again after some time")
        bubble(p, start, hours[2])
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share",))
        band(p, (24, 24, 28))
        app_head(p, "super.money", "UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paid to {to}", f"paid to {SHOP}"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        tick_ = sign(font, "\u2713", "")
        p.add("center", f"{tick_} Payment successful".strip(), status=status)
        p.accent(GREEN)
        cash = rng.choice([5, 10, 15, 25, 40])
        chips(p, f"{rs.mark}{rs.gap}{cash} cashback earned")
        p.add("gap")
        sid = f"SM{digits(rng, 16)}"
        kv(p, "UPI Ref ID", j.ref, txn=(UTR_RANK, j.ref))
        kv(p, "super.money txn ID", sid, txn=(TXN_RANK, sid))
        kv(p, "Paid from", f"{SHORT_BANK.get(bank, bank)} Bank XX{digits(rng, 4)}", method="UPI")
        kv(p, "Date", timed(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)), date=j.date)
        p.add("small", "Cashback goes to your super.money balance within 24 hours.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Receipt"], dark=False, buttons=("Share", "Done"))
        band(p, (216, 30, 42))
        app_head(p, "Kotak811", "UPI")
        p.add("gap")
        start = len(p.rows)
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {SHOP}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", vpa)
        notch = len(p.rows)
        p.add("gap")
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Date", timed(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        p.pair("From A/c", f"Kotak {tail(rng)}", method="UPI")
        p.pair("Remarks", rng.choice(NOTES))
        ticket(p, start, notch)
        p.add("gap")
        p.add("small", "Kotak Mahindra Bank Ltd")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share",))
        band(p, (0, 128, 120))
        app_head(p, "BharatPe Business")
        tabs(p, ["Payments", "Settlements", "Loans"], 0)
        p.add("gap")
        shop = rng.choice([SHOP, SHOP_CAPS])
        p.add("center", shop, merchant=shop)
        p.add("small", "Dakshinapan, Dhakuria, Kolkata")
        p.add("center", "Payment received", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"from {who}")
        p.add("rule")
        bid = f"BP{digits(rng, 14)}"
        kvr(p, "BharatPe Txn ID", bid, txn=(TXN_RANK, bid))
        kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Mode", "UPI", method="UPI")
        kvr(p, "Received", f"Today, {hour}")
        kvr(p, "Settlement", f"Next working day, UCO XX{digits(rng, 4)}")
        return p.done()
    p = mail_page(
        rng,
        font,
        "Instamojo <receipts@instamojo.com>",
        [f"Payment receipt from {SHOP}", f"Your payment to {SHOP} was successful"],
    )
    p.part = "head"
    top(p, "instamojo")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Hi {who.split()[0]},")
    j.amount = float(rng.choice([5000, 7500, 10000, 15000, 20000]))
    p.add(
        "left",
        f"You have successfully paid {rs(j.amount)} to {SHOP}.",
        merchant=SHOP,
        amount=j.amount,
        status=status,
    )
    p.add("gap")
    mojo = f"MOJO{j.date.year % 10}{code(rng, 3, UPPER)}{digits(rng, 2)}N{digits(rng, 8)}"
    dots(p, "Payment ID", mojo, txn=(TXN_RANK, mojo))
    dots(p, "Purpose", rng.choice(["Swarnachari sari - booking", "Bridal Baluchari - advance"]))
    dots(p, "Paid on", timed(rng, j.date, ["%d %b %Y", "%b {d}, %Y"], (", ",)), date=j.date)
    dots(p, "Payment mode", f"UPI ({who.split()[0].lower()}{rng.randrange(10, 99)}@okaxis)", method="UPI")
    dots(p, "Amount", rs(j.amount), bold=True)
    p.add("gap")
    p.add("left", "The showroom will call you to fix the pallu's colours before the sari goes on the loom.")
    p.part = "foot"
    p.add("small", "Instamojo Technologies Pvt Ltd collects this payment on behalf of the seller.")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("Tantuja", "Brabourne Road, Kolkata - 700001", "tantuja"),
    ("Biswa Bangla Marketing Corporation Ltd", "Salt Lake, Kolkata - 700091", "plain"),
    ("Directorate of Handloom & Textiles, West Bengal", "New Secretariat Buildings, Kolkata", "epradan"),
    ("Amazon Seller Services Pvt Ltd", "Bengaluru", "amazon"),
    ("Bonedi Bari Heritage Hotels Pvt Ltd", "Jorasanko, Kolkata - 700007", "axis"),
    ("Kala Kosh Crafts Pvt Ltd", "Hauz Khas Village, New Delhi - 110016", "tally"),
    ("Kora Loom Studio LLP", "Indiranagar, Bengaluru - 560038", "payout"),
    ("Tant Katha", "Gariahat Road, Kolkata - 700019", "forward"),
]


def bills_of(rng: random.Random, j: Job, n: int, cut: float) -> list[tuple[str, dt.date, float, float]]:
    """``n`` of the co-operative's bills whose nets (less ``cut``) add up to the sum paid: number, day, gross,
    net."""
    shares = [rng.uniform(0.6, 1.4) for _ in range(n)]
    nets = [round(j.amount * w / sum(shares), 2) for w in shares[:-1]]
    nets.append(round(j.amount - sum(nets), 2))
    out = []
    for net in nets:
        gross = round(net / (1 - cut), 2) if cut else net
        out.append((f"BBS/{fy(j.date)}/{rng.randrange(30, 700):04d}", earlier(rng, j, 12, 60), gross, net))
    return out


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tantuja, Biswa Bangla, the state's handloom directorate, Amazon, a Kolkata heritage hotel, a Delhi
    craft house, a Bengaluru studio and a Kolkata boutique paying the co-operative: Tantuja's PAYMENT ADVICE
    under its Bengali name (Advice No. beside its later Date, To, The Secretary, the bills in a ruled table
    with the Net amount paid at its foot, Mode of payment, UTR No., Value date); Biswa Bangla's plain-text
    mail in a fixed-width face (Vendor code, Vendor name, a table drawn with dashes and bars, "Payment of Rs.
    x released by NEFT on <day>, UTR ..."); IFMS e-Pradan's beneficiary payment status sent to the bank (its
    steps down the page, shaded label cells); Amazon Seller Central's disbursement (Store name, the settlement
    period, Transfer amount, Bank trace ID; no day); a hotel's Axis Bank corporate page of a NEFT returned (a
    status band, a ruled table two fields to a row, Return reason); a Delhi craft house's Tally Payment
    Voucher (No. beside Dated, Account, Particulars | Amount, Through, On Account of with the UTR, the words);
    RazorpayX's payout mail (Beneficiary, Payout ID, UTR, Mode, Processed on); a boutique's mail forwarded by
    the showroom ("we have transferred Rs. x by IMPS on <day>", Beneficiary; the forwarded header's own Date;
    no reference). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=16000, high=280000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([COOP, COOP_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    way = "RTGS" if j.amount >= 200000 else "NEFT"
    if frame == "tantuja":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        ben(p, "পশ্চিমবঙ্গ রাজ্য তন্তুবায় সমবায় মহাসংঘ লিঃ", scale=0.95, bold=True)
        top(p, "TANTUJA")
        p.add("small", f"West Bengal State Handloom Weavers' Co-operative Society Ltd  |  {town}")
        p.add("center", "PAYMENT ADVICE")
        p.add("rule")
        p.part = "body"
        adv = f"TJ/PUR/{fy(j.date)}/{rng.randrange(100, 999)}"
        later = when(j.date + dt.timedelta(days=rng.randrange(1, 5)), rng.choice(["%d.%m.%Y", "%d/%m/%Y"]))
        cols(p, "ta", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Advice No. {adv}", f"Date: {later}")
        p.add("left", "To")
        p.add("left", "The Secretary,")
        name = pick(p, "left", [payee, SHORT])
        p.add("left", name, merchant=name)
        p.add("left", OFFICE)
        p.add("gap")
        p.add(
            "left", f"We have paid the purchase bills below through {way}. Kindly acknowledge.", status=status
        )
        bills = bills_of(rng, j, rng.randrange(1, 4), 0.02)
        spec = [(0.0, 0.28, "l"), (0.28, 0.46, "l"), (0.46, 0.64, "r"), (0.64, 0.82, "r"), (0.82, 1.0, "r")]
        body = [
            ([no, when(day, "%d.%m.%y"), num(gross), num(gross - net), num(net)], {})
            for no, day, gross, net in bills
        ]
        grid(
            p,
            "tj",
            spec,
            ["Bill No.", "Bill Date", "Bill value", "Less 2%", "Net"],
            body,
            foot=(["Net amount paid", num(j.amount)], {"amount": j.amount}),
            tint=(236, 222, 206),
        )
        utr = utr_of(rng, j, "UCO Bank", way)
        spec2 = [(0.0, 0.34, "l"), (0.34, 0.38, "l"), (0.38, 1.0, "l")]
        colkv(p, "tm", spec2, "Mode of payment", ":", f"{way} to UCO Bank, Bishnupur", method="netbanking")
        colkv(p, "tm", spec2, "UTR No.", ":", utr, txn=(UTR_RANK, utr))
        colkv(p, "tm", spec2, "Value date", ":", day_of(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), date=j.date)
        p.add("gap")
        right(p, "Deputy Manager (Accounts)")
        return p.done()
    if frame == "plain":
        p = mail_page(
            rng,
            font,
            "Biswa Bangla Accounts <accounts@biswabangla.in>",
            ["Payment released - vendor V10234", "Payment advice: your invoices"],
        )
        p.part = "body"
        p.add("left", "Dear Vendor,")
        p.add("left", "Please find the details of the payment released to you.")
        p.add("gap")
        mono(p, "Vendor code : V10234")
        name = COOP_CAPS if len(COOP_CAPS) + 14 <= 64 else SHORT_CAPS
        mono(p, f"Vendor name : {name}", merchant=name)
        mono(p, "")
        bills = bills_of(rng, j, rng.randrange(1, 3), 0.001)
        bar = "+------------+-----------------+------------+---------+------------+"
        mono(p, bar)
        mono(p, "| PO No.     | Invoice No.     |   Inv. Amt | TDS     |   Net paid |")
        mono(p, bar)
        for no, _, gross, net in bills:
            po = f"BB/PO/{rng.randrange(1000, 9999)}"
            mono(p, f"| {po:<10} | {no:<15} | {gross:>10.2f} | {gross - net:>7.2f} | {net:>10.2f} |")
        mono(p, bar)
        mono(p, f"| {'Total':<10} | {'':<15} | {'':>10} | {'':>7} | {j.amount:>10.2f} |", amount=j.amount)
        mono(p, bar)
        p.add("gap")
        utr = utr_of(rng, j, "State Bank of India", way)
        p.add(
            "left",
            f"Payment of Rs. {num(j.amount)} released by {way} on "
            f"{day_of(j, rng, ['%d.%m.%Y', '%d-%m-%Y'])}, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("left", "Regards,")
        p.add("left", f"Accounts Section, {payer}")
        p.add("small", town)
        return p.done()
    if frame == "epradan":
        p = browser_page(rng, font, "wbifms.gov.in/ePradan/BeneficiaryStatus")
        p.part = "head"
        ben(p, "পশ্চিমবঙ্গ সরকার - অর্থ দপ্তর", scale=0.95, bold=True)
        top(p, "e-Pradan")
        p.add("small", "Integrated Financial Management System, Government of West Bengal")
        p.add("center", "Beneficiary Payment Status")
        p.add("rule")
        p.part = "body"
        step(p, "Bill passed by treasury", f"Token {rng.randrange(1000, 9999)}", "done")
        step(p, "Sent to bank", "awaiting credit", "pending")
        step(p, "Credited to beneficiary", "", "todo")
        p.add("gap")
        eref = f"EP{j.date:%y%m%d}{digits(rng, 9)}"
        kv(p, "Beneficiary Name", payee, merchant=payee)
        kv(p, "DDO", payer)
        kv(p, "Purpose", "Marketing assistance, handloom expo stall")
        kv(p, "Amount (Rs.)", num(j.amount), amount=j.amount)
        kv(p, "e-Pradan Ref. No.", eref, txn=(TXN_RANK, eref))
        kv(p, "Mode", "e-Pradan (NEFT)", method="netbanking")
        kv(p, "Sent to bank on", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        kv(p, "Status", "Sent to bank - credit awaited", status=status)
        p.add("gap")
        p.add("small", "The UTR is shown here once the bank confirms the credit.")
        return p.done()
    if frame == "amazon":
        p = browser_page(rng, font, "sellercentral.amazon.in/payments/disburse/details")
        p.part = "head"
        top(p, "amazon seller central")
        p.add("small", "Amazon Karigar  |  Payments  |  Disbursement details")
        p.add("rule")
        p.part = "body"
        store = rng.choice([SHOP, SHOP_CAPS])
        kvr(p, "Store name", store, merchant=store)
        pill(p, "Disbursement successful", status, align="l")
        start = j.date - dt.timedelta(days=rng.randrange(16, 22))
        end = j.date - dt.timedelta(days=rng.randrange(1, 4))
        period = f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}"
        sales = round(j.amount * rng.uniform(1.14, 1.22), 2)
        fees = round(sales - j.amount, 2)
        trace = f"{IFSC['UCO Bank']}{digits(rng, 12)}"
        kvr(p, "Settlement period", period)
        kvr(p, "Product sales", num(sales))
        kvr(p, "Amazon fees", f"- {num(fees)}")
        kvr(p, "Transfer amount", rs(j.amount), amount=j.amount)
        kvr(p, "Transferred to", f"UCO Bank {tail(rng)}", method="netbanking")
        kvr(p, "Bank trace ID", trace, txn=(BANK_RANK, trace))
        p.add("gap")
        p.add("small", "It can take 3-5 business days for the amount to show in your bank account.")
        return p.done()
    if frame == "axis":
        p = browser_page(rng, font, "corporate.axisbank.co.in/transactions/neft/details")
        p.part = "head"
        top(p, "Axis Bank")
        p.add("small", f"Corporate Internet Banking  |  {payer}")
        p.add("rule")
        p.part = "body"
        strip(p, "Failed - returned by beneficiary bank", status)
        p.add("gap")
        tref = f"AXC{j.date:%y%m%d}{digits(rng, 7)}"
        utr = utr_of(rng, j, "Axis Bank", way)
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.7, "l"), (0.7, 1.0, "l")]
        name = cell_fit(p, 0.3, [payee, SHORT, CUT])
        grid(
            p,
            "ax",
            spec,
            None,
            [
                (["Txn Ref No", tref, "Type", way], {"txn": (BANK_RANK, tref), "method": "netbanking"}),
                (["Beneficiary", name, "IFSC", f"UCBA000{rng.randrange(1000, 3999)}"], {"merchant": name}),
                (
                    ["Amount", rs(j.amount), "Value Date", day_of(j, rng, ["%d-%m-%Y", "%d/%m/%Y"])],
                    {"amount": j.amount, "date": j.date},
                ),
                (["UTR", utr, "Debit A/c", tail(rng)], {"txn": (UTR_RANK, utr)}),
            ],
            tint=(240, 226, 232),
        )
        p.add("left", "Return reason: Beneficiary account name mismatch (R04)")
        p.add("small", "The amount has been credited back to the debit account.")
        return p.done()
    if frame == "tally":
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        top(p, payer)
        p.add("small", town)
        p.add("center", "Payment Voucher")
        p.add("rule")
        p.part = "body"
        vno = str(rng.randrange(120, 900))
        cols(
            p,
            "tv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"No.: {vno}",
            f"Dated: {day_of(j, rng, ['{d}-%b-%Y', '%d-%b-%y'])}",
            txn=(INVOICE_RANK, vno),
            date=j.date,
        )
        spec = [(0.0, 0.72, "l"), (0.72, 1.0, "r")]
        cols(p, "tvh", spec, "Particulars", "Amount", mode="line")
        cols(p, "tva", spec, "Account :  HDFC Bank", "")
        name = cell_fit(p, 0.64, [payee, SHORT], scale=1.0)
        cols(p, "tvp", [(0.06, 0.72, "l"), (0.72, 1.0, "r")], name, num(j.amount), merchant=name)
        utr = utr_of(rng, j, "HDFC Bank", way)
        p.add("gap")
        p.add("left", "Through :  HDFC Bank")
        p.add("left", "On Account of :")
        p.add(
            "left",
            f"Being payment made by {way} against bill no. BBS/{fy(j.date)}/{rng.randrange(30, 700):04d}, "
            f"UTR {utr}",
            txn=(UTR_RANK, utr),
            method="netbanking",
            status=status,
        )
        p.add("left", "Amount (in words) :")
        p.add("left", words_in_rupees(j.amount).replace("Rupees", "Indian Rupees"))
        p.add("gap")
        total(p, "", f"{rs(j.amount)}", at=0.72, amount=j.amount)
        p.add("gap")
        cols(p, "tvs", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Receiver's Signature :", "Authorised Signatory")
        return p.done()
    if frame == "payout":
        p = mail_page(
            rng,
            font,
            "RazorpayX Payouts <payouts@razorpay.com>",
            [f"You have received a payout from {payer}", f"{payer} sent you money"],
        )
        p.part = "head"
        top(p, "RazorpayX")
        p.add("rule")
        p.part = "body"
        p.add("left", "Hello,")
        p.add("left", f"{payer} has sent you a payout of {rs(j.amount)}.", amount=j.amount, status=status)
        p.add("gap")
        pout = f"pout_{code(rng, 14, MIXED)}"
        name = pick(p, "left", [payee, SHORT])
        kvr(p, "Beneficiary", name, merchant=name)
        kvr(p, "Payout ID", pout, txn=(TXN_RANK, pout))
        kvr(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Mode", "IMPS", method="netbanking")
        kvr(p, "Processed on", timed(rng, j.date, ["%d %b %Y", "%b {d}, %Y"], (", ",)), date=j.date)
        kvr(p, "Narration", f"Vendor bill BBS {rng.randrange(30, 700)}")
        p.part = "foot"
        p.add("gap")
        p.add("small", "RazorpayX is the business banking platform of Razorpay Software Pvt Ltd.")
        return p.done()
    p = mail_page(
        rng,
        font,
        f"Showroom Manager <manager@{WEB}>",
        ["Fwd: Payment for invoice", "Fwd: Payment done - Tant Katha"],
    )
    p.part = "body"
    p.add("left", "Please see the payment below and update the ledger.")
    p.add("gap")
    p.add("left", "---------- Forwarded message ---------")
    sent = j.date + dt.timedelta(days=rng.randrange(1, 4))
    p.add("left", "From: Tant Katha <accounts@tantkatha.in>")
    p.add("left", f"Date: {when(sent, '%a, {d} %b %Y')} at {hhmm(rng)}")
    inv = f"BG/{fy(j.date)}/{rng.randrange(40, 400):03d}"
    p.add("left", f"Subject: Payment for invoice {inv}")
    p.add("left", f"To: <sales@{WEB}>")
    p.add("gap")
    p.add("left", "Dear Sir,")
    p.add(
        "left",
        f"We have transferred Rs. {num(j.amount)} by IMPS on {day_of(j, rng, ['{d} %B %Y', '%d.%m.%Y'])} "
        f"against your invoice {inv} for the Baluchari saris. Kindly confirm.",
        amount=j.amount,
        date=j.date,
        method="netbanking",
        status=status,
    )
    name = pick(p, "left", [f"Beneficiary: {payee}", f"Beneficiary: {SHORT}"])[13:]
    p.add("left", f"Beneficiary: {name}", merchant=name)
    p.add("left", f"UCO Bank, Bishnupur branch, A/c {tail(rng)}")
    p.add("gap")
    p.add("left", "Regards,")
    p.add("left", f"Payel Dutta, {payer}, Gariahat")
    return p.done()


def cell_fit(p: Screen, share: float, names: list[str], scale: float = 0.84) -> str:
    """The first of ``names`` that fits a table's cell ``share`` of the room wide (the last where none
    does)."""
    face = load_font(p.font, int(p.style["size"] * scale))
    for name in names:
        if face.getlength(name) <= share * room_of(p) - 14:
            return name
    return names[-1]


# ---------------------------------------------------------------- 3. export buyers


# remitter, town, currency, sum (low, high), the frame
IMPORTERS = [
    ("Desi Loom House LLC", "Edison, New Jersey, United States", "USD", 1500, 9000, "wise"),
    ("Rangoli Sarees Ltd", "Leicester, United Kingdom", "GBP", 1200, 7000, "barclays"),
    ("Maison Tissage Paris", "Paris, France", "EUR", 1200, 8000, "bnp"),
    ("Jamdani Heritage Ltd", "Dhaka, Bangladesh", "USD", 3000, 15000, "firc"),
    ("Saree Villa Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", 5000, 30000, "maybank"),
    ("Al Noor Silk House WLL", "Doha, Qatar", "QAR", 4000, 26000, "qnb"),
    ("Kowhai Textiles Ltd", "Wellington, New Zealand", "NZD", 2000, 12000, "mail"),
    ("Nordiska Vavstugan AB", "Stockholm, Sweden", "SEK", 12000, 80000, "handelsbanken"),
]
FX = {"USD": 88.1, "GBP": 114.9, "EUR": 97.8, "MYR": 20.1, "QAR": 24.2, "NZD": 51.5, "SEK": 9.1}


def spaced(v: float) -> str:
    """A sum the French and Swedish way: a space between the thousands, a decimal comma."""
    return f"{v:,.2f}".replace(",", " ").replace(".", ",")


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum as its page prints it: a code or sign and English grouping; euros the French way and
    kronor the Swedish way (1 850,00 EUR, 12 450,00 kr)."""
    if cur == "EUR":
        form = rng.choice(["{v} " + sign(font, "\u20ac", "EUR"), "{v} EUR", "EUR {v}"])
        return lambda v: form.format(v=spaced(v))
    if cur == "SEK":
        form = rng.choice(["{v} kr", "SEK {v}", "{v} SEK"])
        return lambda v: form.format(v=spaced(v))
    form = rng.choice(
        {
            "USD": ["USD {v}", "${v}", "US${v}"],
            "GBP": [sign(font, "\u00a3", "GBP ") + "{v}", "GBP {v}"],
            "MYR": ["RM {v}", "MYR {v}", "RM{v}"],
            "QAR": ["QAR {v}", "QR {v}"],
            "NZD": ["NZ${v}", "NZD {v}"],
        }[cur]
    )
    return lambda v: form.format(v=f"{v:,.2f}")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An Edison, a Leicester, a Paris, a Dhaka, a Kuala Lumpur, a Doha, a Wellington and a Stockholm buyer
    paying for Baluchari saris: Wise's transfer page (its steps down the page, You sent exactly, fees,
    Recipient gets in rupees, Account holder name, Transfer #, Delivered on); Barclays' app with the payment
    still on its way (its steps, Confirmation number, Date sent); BNP Paribas' avis d'exécution in French in a
    ruled table (Bénéficiaire, Montant the French way, Date d'exécution, Référence de l'opération, Frais,
    Statut); UCO Bank's FOREIGN INWARD REMITTANCE CERTIFICATE for a Dhaka buyer's letter of credit (FIRC No.
    beside its later Date, dot leaders: Beneficiary, Remitter, Currency and amount, Rate, INR equivalent, Date
    of credit, Purpose code, LC No., Our reference; the branch's seal); Maybank2u's foreign telegraphic
    transfer (the hour alone; no day); QNB's transfer rejected (a striped table); a Wellington shop's mail
    (no reference); Handelsbanken's utlandsbetalning in Swedish and English (shaded label cells, the day year
    first, the kronor the Swedish way). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4)
    payer, city, cur, lo, hi, frame = IMPORTERS[k]
    if rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = foreign(rng, font, cur)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    inr = round(j.amount * rate, 2)
    me = rng.choice([COOP, COOP_CAPS])
    inv = f"BBS/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    acct_no = digits(rng, 14)
    if frame == "wise":
        tno = str(rng.randrange(10**9, 2 * 10**9))
        p = browser_page(rng, font, f"wise.com/transactions/activities/by-resource/TRANSFER/{tno}")
        p.part = "head"
        top(p, "Wise")
        p.add("small", f"Business account  |  {payer}")
        p.add("rule")
        p.part = "body"
        p.add("left", "Your money's been delivered", status=status)
        day = when(j.date, rng.choice(["{d} %B %Y", "%b {d}, %Y"]))
        step(p, "You set up your transfer", "", "done")
        step(p, "We received your USD", "", "done")
        step(p, "We paid out your INR", day, "done", date=j.date)
        p.add("gap")
        fee = round(j.amount * rng.uniform(0.004, 0.007), 2)
        dots(p, "You sent exactly", show(j.amount), bold=True, amount=j.amount, cur=cur)
        dots(p, "Total fees (included)", show(fee))
        dots(p, "Total amount we converted", show(j.amount - fee))
        dots(p, "Guaranteed rate", f"1 USD = {rate:.4f} INR")
        dots(p, "Recipient gets", f"{num(round((j.amount - fee) * rate, 2), 'western')} INR")
        p.add("gap")
        lab(p, "Account holder name")
        name = pick(p, "left", [me, SHORT])
        p.add("left", name, merchant=name)
        lab(p, "Bank details")
        p.add("left", f"IFSC UCBA0000{rng.randrange(100, 999)}  |  Account {acct_no}", method="netbanking")
        lab(p, "Transfer #")
        p.add("left", tno, txn=(TXN_RANK, tno))
        return p.done()
    if frame == "barclays":
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Done",))
        band(p, (0, 120, 190))
        app_head(p, "Barclays", "International payment")
        p.add("center", "Payment in progress", status=status)
        p.accent(AMBER)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {SHORT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        step(p, "Payment sent", "", "done")
        step(p, "With the recipient's bank", "1-2 working days", "pending")
        step(p, "Paid in", "", "todo")
        p.add("rule")
        conf = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
        p.pair("Confirmation number", conf, txn=(BANK_RANK, conf))
        p.pair("Date sent", day_of(j, rng, ["{d} %b %Y", "%d/%m/%Y"]), date=j.date)
        p.pair("Payment reference", f"INV {inv[-6:]}")
        p.pair("Exchange rate", f"1 GBP = {rate:.2f} INR")
        p.pair("Type", "International (SWIFT)", method="netbanking")
        return p.done()
    if frame == "bnp":
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, "BNP PARIBAS")
        p.add("small", "Agence Paris Opéra  |  Avis d'exécution - virement international émis")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Donneur d'ordre : {payer}, {city.split(',')[0]}")
        p.add("gap")
        ref = f"VI{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
        name = cell_fit(p, 0.58, [me, SHORT, CUT])
        grid(
            p,
            "bn",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Détail de l'opération", ""],
            [
                (["Bénéficiaire", name], {"merchant": name}),
                (["Banque du bénéficiaire", "UCO Bank, Kolkata (UCBAINBBXXX)"], {}),
                (["Montant", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Date d'exécution", day_of(j, rng, ["%d/%m/%Y"])], {"date": j.date}),
                (["Référence de l'opération", ref], {"txn": (BANK_RANK, ref)}),
                (["Frais", "Partagés (SHA)"], {"method": "netbanking"}),
                (["Motif", f"Facture {inv}"], {}),
                (["Statut", "Exécuté"], {"status": status}),
            ],
            tint=(214, 234, 222),
        )
        p.add("gap")
        p.add(
            "small",
            "BNP Paribas SA - Document à conserver. Cours de change appliqué par la banque du bénéficiaire.",
        )
        return p.done()
    if frame == "firc":
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, "UCO BANK")
        p.add("small", "International Banking Branch, 2, India Exchange Place, Kolkata - 700001")
        p.add("center", "FOREIGN INWARD REMITTANCE CERTIFICATE")
        p.add("rule")
        p.part = "body"
        firc = f"FIRC/IBB/{fy(j.date)}/{rng.randrange(100, 999)}"
        later = j.date + dt.timedelta(days=rng.randrange(2, 9))
        cols(
            p,
            "fc",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"FIRC No. {firc}",
            f"Date: {when(later, '%d.%m.%Y')}",
        )
        p.add(
            "left",
            "We certify that we have received the remittance below for credit to our customer's account.",
            status=status,
        )
        p.add("gap")
        ours = f"UCOIBB{digits(rng, 10)}"
        lc = f"{digits(rng, 4)}{rng.randrange(10, 99)}01{digits(rng, 4)}"
        dots(p, "Beneficiary", pick(p, "right", [me, SHORT]), merchant=pick(p, "right", [me, SHORT]))
        dots(p, "Remitter", f"{payer}, Dhaka")
        dots(p, "Remitting bank", "Dutch-Bangla Bank PLC, Dhaka")
        dots(p, "Currency and amount", show(j.amount), bold=True, amount=j.amount, cur=cur)
        dots(p, "Rate", f"{rate:.4f}")
        dots(p, "INR equivalent", num(inr))
        dots(p, "Date of credit", day_of(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), date=j.date)
        dots(p, "Mode", "SWIFT (MT 103) against LC", method="netbanking")
        dots(p, "Purpose code", "P0102 - Export of goods")
        dots(p, "LC No.", lc)
        dots(p, "Our reference", ours, txn=(BANK_RANK, ours))
        p.add("gap")
        right(p, "Authorised Signatory")
        seal(p, "UCO BANK * IBB KOLKATA *", ["FOREX", "DEPT"], "blue")
        return p.done()
    if frame == "maybank":
        p = phone(rng, font, k, ["", "Acknowledgement"], dark=False, buttons=("Done",))
        band(p, (255, 198, 0), (30, 30, 30))
        app_head(p, "Maybank2u", "Foreign Telegraphic Transfer")
        p.add("center", "Successful", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {SHORT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        ref = f"M2U{digits(rng, 10)}"
        p.pair("Reference No.", ref, txn=(BANK_RANK, ref))
        p.pair("Beneficiary bank", "UCO Bank, India")
        p.pair("Transfer type", "Telegraphic transfer", method="netbanking")
        p.pair("Purpose", "Trade - goods")
        p.pair("Service charge", show(10.0))
        p.pair("Time", hhmm(rng))
        p.add("small", "The beneficiary will receive the funds in 1-3 working days.")
        return p.done()
    if frame == "qnb":
        p = browser_page(rng, font, "qnb.com/business/online/transfers/international")
        p.part = "head"
        top(p, "QNB")
        p.add("small", f"Business Online Banking  |  {payer}")
        p.add("rule")
        p.part = "body"
        pill(p, "Transfer rejected", status, align="l")
        p.add(
            "left",
            "The beneficiary bank rejected the transfer. The amount has been returned to your account.",
        )
        p.add("gap")
        tref = f"QNB{j.date:%y%m%d}{digits(rng, 6)}"
        name = cell_fit(p, 0.6, [me, SHORT, CUT])
        zebra(
            p,
            "qn",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["Transfer details", ""],
            [
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary bank", "UCO Bank, Kolkata, India"], {}),
                (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Value date", day_of(j, rng, ["%d/%m/%Y", "{d} %b %Y"])], {"date": j.date}),
                (["Transaction reference", tref], {"txn": (BANK_RANK, tref)}),
                (["Method", "SWIFT transfer, charges OUR"], {"method": "netbanking"}),
                (["Reason", "Beneficiary account details invalid"], {}),
            ],
            (92, 20, 78),
        )
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "Kowhai Textiles <hello@kowhaitextiles.co.nz>",
            ["Payment sent for the Baluchari order", "Remittance for invoice"],
        )
        p.part = "body"
        p.add("left", "Kia ora,")
        p.add(
            "left",
            f"We sent {show(j.amount)} for invoice {inv} through ANZ on "
            f"{day_of(j, rng, ['{d} %B %Y', '%d/%m/%Y'])} by international transfer, our charges.",
            amount=j.amount,
            cur=cur,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("left", f"Payee: {me}, UCO Bank, Kolkata, A/c {acct_no}", merchant=me)
        p.add(
            "left",
            "The saris arrived safely and the customers love the pallus. Please let us know when it lands.",
        )
        p.add("gap")
        p.add("left", "Nga mihi,")
        p.add("left", "Mere Tawhiri, Kowhai Textiles")
        p.add("small", city)
        return p.done()
    p = browser_page(rng, font, "secure.handelsbanken.se/foretag/betalningar/utland")
    p.part = "head"
    top(p, "Handelsbanken")
    p.add("small", f"Utlandsbetalning / Foreign payment  |  {payer}")
    p.add("rule")
    p.part = "body"
    ref = f"{digits(rng, 4)}-{digits(rng, 6)}"
    kv(p, "Mottagare / Payee", me, at=0.42, merchant=me)
    kv(p, "Bank", "UCO Bank, Kolkata (UCBAINBB)", at=0.42)
    kv(p, "Belopp / Amount", show(j.amount), at=0.42, amount=j.amount, cur=cur)
    kv(p, "Betalningsdag / Date", when(j.date, "%Y-%m-%d"), at=0.42, date=j.date)
    kv(p, "Avgift / Charges", "Delad / Shared (SHA)", at=0.42, method="netbanking")
    kv(p, "Referens / Reference", ref, at=0.42, txn=(BANK_RANK, ref))
    kv(p, "Meddelande / Message", f"Faktura {inv}", at=0.42)
    kv(p, "Status", "Genomförd / Completed", at=0.42, status=status)
    p.add("gap")
    p.add("small", "Svenska Handelsbanken AB (publ). Spara kvittot / Keep this receipt.")
    return p.done()


# ---------------------------------------------------------------- 4. the co-operative's own papers


CUSTOMERS = [
    "Mrs. Sudeshna Mukherjee",
    "Mr. Arindam Ghosh",
    "Mrs. Paromita Sen",
    "Dr. Rituparna Basu",
    "Mrs. Mahua Chatterjee",
    "Mr. Sabyasachi Mitra",
]


def ctyped(p: Screen, text: str, **facts) -> None:
    """A fixed-width line centred in the page's columns (a dot-matrix printer's heading)."""
    n = tt_cols(p)
    typed(p, text.center(n).rstrip(), **facts)


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The co-operative's own papers, each its unit or itself on top: the showroom's RETAIL INVOICE printed by
    a dot-matrix printer on continuous stationery (Inv No beside Date, Sl | Description | HSN | Qty | Amount,
    Taxable value, CGST, SGST, NET AMOUNT, "Paid by CARD ... Auth ..."); a Swarnachari order's advance receipt
    drawn as a ticket (Order No. beside Date, dot leaders: Customer, Pallu, Delivery by, Order value, Advance
    paid, Paid by, UPI Ref, Balance on delivery; the customer's stub under its tear line); the Bishnupur Mela
    stall's CASH MEMO in a pallu border written by hand in Bengali (its No. left blank, the Bengali calendar's
    day beside the Date, the saris, the sum in a box, "নগদ পাইলাম"); the web shop's checkout with the payment
    failed (tabs, Order #, Amount, Method, Payment ID, Attempted on); a MONEY RECEIPT for a cheque with its
    counterfoil past a perforation, subject to realisation; a TAX INVOICE for a Delhi craft house with its HSN
    summary and a PAYMENT RECEIVED box (Amount, Mode, UTR, Received on; never the Invoice Date); the
    showroom's bill from a phone's Bluetooth printer on a torn 58 mm roll under its Bengali name (TOTAL, PAID
    - UPI, Txn); a visitor's ticket for the weaving demonstration with its stub (Ticket No., Amount, Paid:
    Cash; no day). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=2500, high=60000, p_round=0.8)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    if k == 0:
        p = paper_page(rng, font, [740, 780])
        sprocket(p)
        typeface(p)
        p.part = "head"
        ctyped(p, SHOP_CAPS, merchant=SHOP_CAPS)
        ctyped(p, f"(A unit of {SHORT})")
        ctyped(p, "Shop 14, Dakshinapan, Dhakuria, Kolkata-68")
        ctyped(p, f"GSTIN {GSTIN}")
        ctyped(p, "RETAIL INVOICE")
        p.part = "body"
        n = tt_cols(p)
        inv = f"BG/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        left_ = f"Inv No : {inv}"
        right_ = f"Date : {when(j.date, '%d/%m/%Y')}"
        typed(p, f"{left_}{right_:>{n - len(left_)}}", txn=(INVOICE_RANK, inv), date=j.date)
        typed(p, "-" * n)
        desc = n - 23
        typed(p, f"Sl {'Description':<{desc}} HSN  Qty     Amount")
        typed(p, "-" * n)
        total_ = 0.0
        for m, (name, hsn, q, price) in enumerate(saris(rng, rng.randrange(1, 4))):
            typed(p, f"{m + 1:>2} {name[:desc]:<{desc}} {hsn} {q:>4} {num(q * price, 'plain'):>9}")
            total_ += q * price
        j.amount = round(total_, 2)
        typed(p, "-" * n)
        taxable = round(j.amount / 1.05, 2)
        cgst = round((j.amount - taxable) / 2, 2)
        for label, value in [
            ("Taxable value", num(taxable)),
            ("CGST 2.5%", num(cgst)),
            ("SGST 2.5%", num(round(j.amount - taxable - cgst, 2))),
        ]:
            typed(p, f"{label:>{n - 14}}{value:>14}")
        typed(p, f"{'NET AMOUNT':>{n - 14}}{num(j.amount):>14}", amount=j.amount)
        typed(p, "-" * n)
        appr = digits(rng, 6)
        scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        typed(p, f"Paid by CARD  {scheme} XXXX{digits(rng, 4)}", method="card", status=status)
        typed(p, f"Auth code {appr}   (charge slip attached)", txn=(APPR_RANK, appr))
        typed(p, "")
        ctyped(p, "Thank you. Exchange within 7 days with this bill.")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [680, 720])
        p.part = "head"
        ben(p, SHOP_BN, scale=1.05, bold=True)
        top(p, SHOP, merchant=SHOP)
        p.add("small", SHOP_AT)
        p.add("gap")
        p.part = "body"
        start = len(p.rows)
        p.add("center", "SWARNACHARI ORDER - ADVANCE RECEIPT")
        no = f"SW/{j.date:%y}/{rng.randrange(40, 900):04d}"
        cols(
            p,
            "sw",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Order No. {no}",
            f"Date: {day_of(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        order = float(rng.randrange(42000, 96000, 500))
        j.amount = float(rng.choice([10000, 15000, 20000, 25000]))
        delivery = j.date + dt.timedelta(days=rng.randrange(40, 80))
        dots(p, "Customer", rng.choice(CUSTOMERS))
        dots(
            p,
            "Pallu",
            rng.choice(["Sita swayamvar, meenakari", "Raas lila, 3 colour zari", "Durga, gold zari"]),
        )
        dots(p, "Delivery by", when(delivery, "%d.%m.%Y"))
        dots(p, "Order value", f"Rs. {num(order)}")
        dots(p, "Advance paid", f"Rs. {num(j.amount)}", bold=True, amount=j.amount, status=status)
        dots(p, "Paid by", "UPI (PhonePe)", method="UPI")
        dots(p, "UPI Ref", j.ref, txn=(UTR_RANK, j.ref))
        dots(p, "Balance on delivery", f"Rs. {num(order - j.amount)}")
        notch = len(p.rows)
        p.add("gap")
        p.add("center", "CUSTOMER'S COPY - please bring this at delivery")
        write(p, rng.choice(["S. Patra", "M. Dutta", "R. Nandi"]), align="r")
        ticket(p, start, notch)
        p.add("gap")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [640, 680])
        move(j, rng, MELA + dt.timedelta(days=rng.randrange(0, 5)))
        hand_pen(p)
        p.part = "head"
        pallu(p)
        ben(p, SHOP_BN, scale=1.05, bold=True)
        top(p, SHOP_CAPS, merchant=SHOP_CAPS)
        p.add("small", "Stall 18, Bishnupur Mela, Jor Bangla Road")
        ben(p, "ক্যাশ মেমো  |  CASH MEMO", scale=0.9)
        p.part = "body"
        cols(p, "cm", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..............", "")
        blank(p, "Date", when(j.date, rng.choice(["{d}/12/26", "%d.12.2026"])), date=j.date)
        bhand(p, f"তাং {rng.choice(['৭', '৮', '৯', '১০'])} পৌষ ১৪৩৩", align="r")
        total_ = 0.0
        for name, _, q, price in saris(rng, rng.randrange(1, 3), high=40000):
            bn = {
                "Baluchari sari": "বালুচরী শাড়ি",
                "Swarnachari sari": "স্বর্ণচরী শাড়ি",
                "Baluchari silk stole": "বালুচরী স্টোল",
                "Baluchari dupatta": "বালুচরী দোপাট্টা",
                "Meenakari Baluchari sari": "মীনাকারি বালুচরী",
                "Bridal Swarnachari": "স্বর্ণচরী শাড়ি",
            }[name.split(",")[0]]
            bhand(p, f"{bn} {q}টি  -  {num(q * price, 'indian', 0)}")
            total_ += q * price
        j.amount = total_
        p.add("gap")
        sum_box(p, "Total Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        bhand(p, "নগদ পাইলাম। ধন্যবাদ।", method="cash", status=status)
        write(p, rng.choice(["Tapas Kundu", "Uttam Das"]), align="r")
        p.add("gap")
        return p.done()
    if k == 3:
        order = f"BG{rng.randrange(10000, 99999)}"
        p = browser_page(rng, font, f"{WEB}/checkout/payment?order={order}")
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", "Handwoven Baluchari and Swarnachari from Bishnupur")
        p.add("gap")
        tabs(p, ["Cart", "Address", "Payment"], 2)
        p.part = "body"
        p.add("gap")
        pill(p, "Payment failed", status)
        p.add("center", "Your bank did not authorise the payment. No money was taken.")
        p.add("gap")
        items = saris(rng, rng.randrange(1, 3), high=40000)
        ship = float(rng.choice([0, 150, 250]))
        j.amount = round(sum(q * pr for _, _, q, pr in items) + ship, 2)
        pid = f"pay_{code(rng, 14, MIXED)}"
        dots(p, "Order", f"#{order}", txn=(ORDER_RANK, f"#{order}"))
        dots(p, "Amount", rs(j.amount), bold=True, amount=j.amount)
        dots(p, "Method", "Net banking - State Bank of India", method="netbanking")
        dots(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        dots(p, "Attempted on", timed(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        p.add("gap")
        p.add("left", "Order summary")
        for name, _, q, pr in items:
            cols(p, "os", [(0.0, 0.75, "l"), (0.75, 1.0, "r")], f"{name} x {q}", rs(q * pr))
        cols(p, "os", [(0.0, 0.75, "l"), (0.75, 1.0, "r")], "Shipping", rs(ship))
        p.add("gap")
        chips(p, "Retry payment", "Choose another method")
        return p.done()
    if k == 4:
        p = paper_page(rng, font, [760, 800])
        hand_pen(p)
        p.part = "head"
        name = pick(p, "title", [COOP, SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{REGD}  |  {OFFICE}")
        p.add("center", "MONEY RECEIPT")
        p.add("rule")
        p.part = "body"
        no = str(rng.randrange(1000, 4000))
        j.amount = float(rng.randrange(18000, 90000, 500))
        chq = str(rng.randrange(100000, 999999))
        buyer = rng.choice(["Hotel Rajbari Bawali", "Tilottama Sarees", "Kalakriti Emporium"])
        drawn = rng.choice(["Bank of India", "Punjab National Bank", "Canara Bank"])
        at = 0.3
        start = len(p.rows)
        fill2(p, ("No.", no), ("No.", no), at, txn=(INVOICE_RANK, no))
        fill2(p, ("Date", when(j.date, "%d.%m.%y")), ("Date", when(j.date, "%d.%m.%Y")), at, date=j.date)
        fill2(p, ("From", buyer.split()[-1]), ("Received from", buyer), at)
        fill2(p, ("Rs.", f"{num(j.amount, 'indian', 0)}/-"), ("by Cheque No.", chq), at, method="cheque")
        fill2(
            p,
            ("Chq.", chq),
            ("dated", when(j.date + dt.timedelta(days=rng.randrange(1, 8)), "%d.%m.%Y")),
            at,
        )
        fill2(p, ("", ""), ("drawn on", drawn), at)
        perf(p, start, at)
        p.add("gap")
        sum_box(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", at=0.33, amount=j.amount)
        p.add("left", "Subject to realisation of the cheque.", status=status)
        right(p, "for the Secretary")
        return p.done()
    if k == 5:
        p = paper_page(rng, font, [780, 820])
        p.part = "head"
        name = pick(p, "title", [COOP, SHORT])
        top(p, name, merchant=name)
        p.add("small", f"{OFFICE}  |  GSTIN {GSTIN}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"BBS/{fy(j.date)}/{rng.randrange(100, 900)}"
        inv_day = earlier(rng, j, 6, 30)
        cols(
            p,
            "ti",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No.: {inv}",
            f"Invoice Date: {when(inv_day, '%d-%m-%Y')}",
            txn=(INVOICE_RANK, inv),
        )
        p.add("left", "Buyer: Kala Kosh Crafts Pvt Ltd, New Delhi (GSTIN 07AAKCK5521R1Z8)")
        p.add("gap")
        spec = [(0.0, 0.06, "c"), (0.06, 0.56, "l"), (0.56, 0.66, "c"), (0.66, 0.74, "r"), (0.74, 1.0, "r")]
        lines, gross = [], 0.0
        for m, (nm, hsn, q, pr) in enumerate(saris(rng, rng.randrange(2, 4))):
            q = q * rng.choice([2, 3, 5])
            lines.append(([str(m + 1), nm, hsn, str(q), num(q * pr)], {}))
            gross += q * pr
        tax = round(gross * 0.05, 2)
        j.amount = round(gross + tax, 2)
        grid(p, "tg", spec, ["#", "Description", "HSN", "Qty", "Amount"], lines, tint=(236, 226, 214))
        cols(p, "tx", [(0.0, 0.74, "r"), (0.74, 1.0, "r")], "IGST 5%", num(tax))
        total(p, "Invoice Total", rs(j.amount), at=0.62, amount=j.amount)
        p.add("gap")
        zebra(
            p,
            "hs",
            [(0.0, 0.25, "l"), (0.25, 0.5, "r"), (0.5, 0.75, "r"), (0.75, 1.0, "r")],
            ["HSN", "Taxable", "IGST", "Total"],
            [(["5007", num(gross), num(tax), num(j.amount)], {})],
            (96, 40, 40),
        )
        p.add("gap")
        c = card_open(p)
        p.add("left", "PAYMENT RECEIVED", status=status)
        utr = utr_of(rng, j, "HDFC Bank", "RTGS" if j.amount >= 200000 else "NEFT")
        spec2 = [(0.0, 0.3, "l"), (0.3, 1.0, "l")]
        cols(p, "pr", spec2, "Amount", rs(j.amount))
        cols(p, "pr", spec2, "Mode", "RTGS" if j.amount >= 200000 else "NEFT", method="netbanking")
        cols(p, "pr", spec2, "UTR", utr, txn=(UTR_RANK, utr))
        cols(p, "pr", spec2, "Received on", day_of(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
        card_close(p, c)
        p.add("gap")
        right(p, "for the Secretary")
        return p.done()
    if k == 6:
        p = screen(rng, font, width=rng.choice([400, 420]), size=rng.choice([16, 17]))
        paper(p, rng)
        h269.torn(p)
        p.part = "head"
        ben(p, SHOP_BN, scale=1.05, bold=True)
        p.add("center", SHOP_CAPS, merchant=SHOP_CAPS)
        p.add("small", "Dakshinapan, Dhakuria, Kolkata")
        p.add("center", "BILL")
        p.part = "body"
        no = f"{rng.randrange(100, 9999)}"
        p.add("left", f"Bill: {no}", txn=(INVOICE_RANK, no))
        p.add("left", f"{when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        p.add("rule")
        total_ = 0.0
        for name, _, q, price in saris(rng, rng.randrange(1, 3), high=30000):
            short = name.split(",")[0]
            cols(p, "bt", [(0.0, 0.66, "l"), (0.66, 1.0, "r")], f"{short} x{q}", num(q * price, "plain"))
            total_ += q * price
        j.amount = total_
        p.add("rule")
        cols(p, "bz", [(0.0, 0.4, "l"), (0.4, 1.0, "r")], "TOTAL", rs(j.amount), amount=j.amount)
        p.add("rule")
        p.add("center", "PAID - UPI", method="UPI", status=status)
        p.add("left", f"Txn: {j.ref}", txn=(UTR_RANK, j.ref))
        qr(p, f"bg{no}", "c", 4)
        p.add("small", "Scan to rate us. Powered by Swipe")
        return p.done()
    p = paper_page(rng, font, [560, 600])
    p.part = "head"
    ben(p, COOP_BN, scale=0.78, bold=True)
    top(p, SHORT, merchant=SHORT)
    p.add("small", "Loom shed, Krishnaganj, Bishnupur")
    p.add("gap")
    p.part = "body"
    start = len(p.rows)
    p.add("center", "WEAVING DEMONSTRATION")
    p.add("center", "ENTRY TICKET")
    jacquard(p)
    no = f"{rng.randrange(1, 99999):06d}"
    n = rng.randrange(1, 6)
    rate = float(rng.choice([50, 60, 80]))
    j.amount = n * rate
    p.pair("Ticket No.", no, txn=(INVOICE_RANK, no))
    p.pair("Visitors", f"{n} x Rs. {rate:.0f}")
    p.pair("Amount", f"Rs. {j.amount:.2f}", amount=j.amount)
    p.pair("Paid", "Cash", method="cash", status=status)
    notch = len(p.rows)
    p.add("gap")
    p.add("small", "Valid on the day of issue only. Photography of the jacquard allowed.")
    ticket(p, start, notch)
    p.add("gap")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' papers


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The co-operative's suppliers, each on its own paper or page: the Malda silk yarn house's HALKHATA
    RECEIPT on Poila Baisakh (the new year's Bengali greeting, Receipt No. beside Date, Bengali labels over
    their English: Old balance, Paid today, Balance carried, Mode; its seal); PayU's payment-link page paid to
    a Surat zari works (PayU ID, Bank Ref No., Payment mode, Date); the naksha card puncher's bill written by
    hand on graph paper under a strip of jacquard card (Design | Cards | Rate | Rs., "Recd. cash"; no
    number); a Kolkata dye dealer's typed RECEIPT for a cheque, subject to realisation, over a revenue stamp;
    India Post's Speed Post booking receipt on a torn roll in its printer's face (Article No, Tariff, GST,
    Total Amt, Paid by : CASH, Receipt No); Amazon Business's declined payment (Order #, Sold by, Order total,
    Payment method; no day); SBSTC's PARCEL / LUGGAGE RECEIPT under its Bengali name filled in by hand
    (From, To, Bus No., Packages, Weight, Freight, Loading, Total, "Received cash") under its depot's stamp; a
    photographer's Refrens invoice with its payment record (Amount received, Payment date, Payment method,
    UPI Ref.). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    if k == 0:
        p = paper_page(rng, font, [700, 740])
        move(j, rng, POILA)
        p.part = "head"
        ben(p, "শুভ নববর্ষ ১৪৩৩", scale=1.2, bold=True)
        ben(p, "শুভ হালখাতা", scale=1.0)
        name = "GOUR BANGA RESHAM SUTA BHANDAR"
        top(
            p,
            pick(p, "title", [name, "GOUR BANGA RESHAM SUTA"]),
            merchant=pick(p, "title", [name, "GOUR BANGA RESHAM SUTA"]),
        )
        p.add("small", "Mulberry silk yarn merchants  |  Rathbari, English Bazar, Malda - 732101")
        p.add("center", "HALKHATA RECEIPT")
        p.add("rule")
        p.part = "body"
        no = str(rng.randrange(101, 899))
        cols(
            p,
            "hk",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Receipt No. {no}",
            f"Date: {when(j.date, '%d/%m/%Y')}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        p.add("left", f"M/s {SHORT}, Bishnupur")
        old = float(rng.randrange(60000, 240000, 10))
        j.amount = float(rng.randrange(int(old * 0.3) // 100, int(old * 0.8) // 100) * 100)
        blab(p, "পুরাতন বাকি", "Old balance (1432)", f"Rs. {num(old)}", at=0.46)
        blab(p, "আজ জমা", "Paid today", f"Rs. {num(j.amount)}", at=0.46, bold=True, amount=j.amount)
        blab(p, "বাকি রইল", "Balance carried", f"Rs. {num(old - j.amount)}", at=0.46)
        blab(p, "মাধ্যম", "Mode", "Cash", at=0.46, method="cash")
        p.add("gap")
        ben(p, "ধন্যবাদ। নতুন বছর শুভ হোক।", align="l")
        p.add("left", "Received with thanks.", status=status)
        seal(p, "GOUR BANGA * ENGLISH BAZAR *", ["RECEIVED"], "red")
        return p.done()
    if k == 1:
        seller = "Shree Ambika Jari Works"
        p = browser_page(rng, font, f"u.payu.in/PAYUMN/{code(rng, 10, MIXED)}")
        p.part = "head"
        top(p, "PayU")
        p.add("small", "Payment link  |  Secure checkout")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"Paid to {seller}", merchant=seller)
        p.add("small", "Begampura, Surat, Gujarat - 395003")
        p.add("gap")
        payu = digits(rng, 11)
        bref = f"{IFSC['UCO Bank']}{digits(rng, 10)}"
        kvr(p, "PayU ID", payu, txn=(TXN_RANK, payu))
        kvr(p, "Bank Ref No.", bref, txn=(BANK_RANK, bref))
        kvr(p, "Payment mode", "Net Banking - UCO Bank", method="netbanking")
        kvr(p, "Date", timed(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        kvr(p, "Description", "Gold zari, Swarnachari grade")
        p.add("gap")
        p.add("small", "A receipt has been sent to the payer's e-mail. PayU Payments Pvt Ltd.")
        return p.done()
    if k == 2:
        p = paper_page(rng, font, [660, 700])
        p.style["paper"] = (252, 252, 248)
        graph(p)
        hand_pen(p)
        p.part = "body"
        jacquard(p)
        p.add("gap")
        name = "Gopal Karmakar"
        write(p, f"{name} - naksha & jacquard cards", align="c", merchant=name)
        bhand(p, "গোপাল কর্মকার, মদনমোহন পাড়া, বিষ্ণুপুর", align="c")
        p.add("gap")
        write(p, f"Bill to: {SHORT}")
        day = when(j.date, rng.choice(["{d}/{m}/%y", "{d}.{m}.%Y"])).replace("{m}", str(j.date.month))
        write(p, f"Date: {day}", date=j.date)
        spec = [(0.0, 0.46, "l"), (0.46, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")]
        hcells(p, spec, "Design", "Cards", "Rate", "Rs.")
        total_ = 0
        for design in rng.sample(
            ["Ramayana pallu", "Raas lila pallu", "Temple border", "Buta body"], rng.randrange(1, 3)
        ):
            cards = rng.randrange(400, 2400, 100)
            rate = rng.choice([4, 5, 6])
            hcells(p, spec, design, str(cards), str(rate), num(cards * rate, "indian", 0))
            total_ += cards * rate
        j.amount = float(total_)
        hcells(p, spec, "Total", "", "", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        bhand(p, "নগদ বুঝিয়া পাইলাম।")
        write(p, f"Recd. cash Rs. {num(j.amount, 'indian', 0)}/-", method="cash", status=status)
        write(p, "G. Karmakar", align="r")
        p.add("gap")
        return p.done()
    if k == 3:
        p = paper_page(rng, font, [720, 760])
        typeface(p)
        p.part = "head"
        name = "JAIN DYE CHEM"
        top(p, name, merchant=name)
        p.add("small", "Acid and reactive dyes for silk  |  34, Armenian Street, Kolkata - 700001")
        p.add("rule")
        p.part = "body"
        no = str(rng.randrange(1000, 6000))
        j.amount = float(rng.randrange(12000, 80000, 10))
        chq = str(rng.randrange(100000, 999999))
        n = min(tt_cols(p), 60)
        ctyped(p, "RECEIPT")
        typed(p, "")
        typed(
            p,
            f"No. {no}{'Date : ' + when(j.date, '%d/%m/%Y'):>{n - 4 - len(no)}}",
            txn=(INVOICE_RANK, no),
            date=j.date,
        )
        typed(p, "")
        text = (
            f"Received with thanks from {SHORT}, Bishnupur, a sum of Rs. {num(j.amount, 'indian', 0)}/- "
            f"({words_in_rupees(j.amount)}) by cheque no. {chq} dated "
            f"{when(earlier(rng, j, 1, 4), '%d/%m/%Y')} drawn on UCO Bank, Bishnupur, towards our bill no. "
            f"JDC/{rng.randrange(100, 999)}."
        )
        line, first = "", True
        for word in text.split():
            if line and len(f"{line} {word}") > n:
                typed(p, line, **({"amount": j.amount, "method": "cheque"} if first else {}))
                first, line = False, word
            else:
                line = f"{line} {word}".strip()
        typed(p, line)
        typed(p, "")
        typed(p, "Subject to realisation of the cheque.", status=status)
        p.add("gap")
        revenue(p, rng.choice(["R. K. Jain", "S. Jain"]))
        right(p, "Partner")
        return p.done()
    if k == 4:
        p = screen(rng, font, width=rng.choice([420, 440]), size=rng.choice([16, 17]))
        paper(p, rng)
        h269.torn(p)
        typeface(p)
        p.part = "head"
        p.add("center", "INDIA POST", merchant="INDIA POST")
        p.add("small", "Bishnupur H.O. - 722122")
        p.add("center", "BOOKING RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"{rng.randrange(10**6, 10**7)}"
        arts = rng.randrange(1, 3)
        tariff = 0.0
        typed(p, f"Receipt No : {rno}", txn=(INVOICE_RANK, rno))
        typed(p, f"Date : {when(j.date, '%d/%m/%Y')} {hhmm(rng, twelve=False)}", date=j.date)
        typed(p, "Service : SPEED POST")
        for _ in range(arts):
            wt = rng.randrange(400, 2600, 50)
            fee = float(rng.choice([41, 59, 77, 94, 112, 130]))
            typed(p, f"Art No : E{code(rng, 1, 'KWLJ')}{digits(rng, 9)}IN")
            typed(p, f"To : KOLKATA {rng.choice(['700068', '700019', '700029'])}  Wt : {wt} g")
            typed(p, f"Tariff : {fee:.2f}")
            tariff += fee
        gst = round(tariff * 0.18, 2)
        j.amount = round(tariff + gst, 2)
        typed(p, f"GST 18% : {gst:.2f}")
        p.add("rule")
        typed(p, f"Total Amt : Rs.{j.amount:.2f}", amount=j.amount)
        typed(p, "Paid by : CASH", method="cash", status=status)
        p.add("rule")
        p.add("small", "Track on indiapost.gov.in")
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "www.amazon.in/business/checkout/payment-declined")
        p.part = "head"
        top(p, "amazon business")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment declined", status, align="l")
        p.add("left", "We could not process the payment for this order. It is held for 24 hours.")
        p.add("gap")
        seller = "Shibpur Jacquard & Loom Stores"
        oid = f"40{rng.randrange(1, 9)}-{digits(rng, 7)}-{digits(rng, 7)}"
        dots(p, "Order #", oid, txn=(ORDER_RANK, oid))
        dots(p, "Sold by", seller, merchant=seller)
        dots(p, "Items", "Jacquard hooks (400), harness cord 2 kg")
        dots(p, "Order total", rs(j.amount), bold=True, amount=j.amount)
        dots(p, "Payment method", f"Credit card ending {digits(rng, 4)}", method="card")
        p.add("gap")
        chips(p, "Retry payment", "Change payment method", align="l")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [680, 720])
        hand_pen(p)
        p.part = "head"
        ben(p, "দক্ষিণবঙ্গ রাষ্ট্রীয় পরিবহণ নিগম", scale=1.0, bold=True)
        name = "South Bengal State Transport Corporation"
        top(p, pick(p, "title", [name, "S.B.S.T.C."]), merchant=pick(p, "title", [name, "S.B.S.T.C."]))
        p.add("small", "Bishnupur Depot  |  PARCEL / LUGGAGE RECEIPT")
        p.add("rule")
        p.part = "body"
        no = f"{rng.randrange(1, 99999):05d}"
        pk = rng.randrange(1, 5)
        freight = float(pk * rng.choice([60, 80, 100]))
        loading = float(pk * 10)
        j.amount = freight + loading
        cols(p, "sb", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Date", when(j.date, "{d}/%m/%y"), date=j.date)
        blank(p, "From", "Bishnupur")
        blank(p, "To", "Esplanade, Kolkata")
        blank(p, "Bus No.", f"WB 29 {rng.choice('ABC')} {rng.randrange(1000, 9999)}")
        blank(p, "Packages", f"{pk} bundle(s) saris, {rng.randrange(8, 40)} kg")
        blank(p, "Freight Rs.", f"{freight:.0f}")
        blank(p, "Loading Rs.", f"{loading:.0f}")
        blank(p, "Total Rs.", f"{j.amount:.0f}/-", amount=j.amount)
        write(p, "Received cash", method="cash", status=status)
        rstamp(p, ["S.B.S.T.C.", "BISHNUPUR DEPOT", "PARCEL"], "blue", at=0.62, rows_=3)
        return p.done()
    name = "Lens & Loom Studio"
    p = browser_page(rng, font, f"www.refrens.com/app/lensandloom/invoices/{code(rng, 8, LOWER)}")
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Catalogue and product photography  |  Salt Lake, Kolkata - 700091")
    p.add("rule")
    p.part = "body"
    inv = f"INV-{rng.randrange(10, 300):04d}"
    cols(
        p,
        "rf",
        [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
        f"Invoice #{inv}",
        f"Invoice date {when(earlier(rng, j, 3, 20), '%d %b %Y')}",
        txn=(INVOICE_RANK, inv),
    )
    p.add("left", f"Billed to: {SHORT}, Bishnupur")
    p.add("gap")
    fee = float(rng.randrange(18000, 60000, 500))
    gst = round(fee * 0.09, 2)
    j.amount = round(fee + 2 * gst, 2)
    zebra(
        p,
        "rz",
        [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
        ["Item", "Amount"],
        [
            ([f"Catalogue shoot, {rng.randrange(30, 60)} saris, 2 days", num(fee * 0.8)], {}),
            (["Retouching and web images", num(fee * 0.2)], {}),
            (["CGST 9%", num(gst)], {}),
            (["SGST 9%", num(gst)], {}),
        ],
        (40, 70, 120),
    )
    total(p, "Total (INR)", num(j.amount), at=0.7, amount=j.amount)
    p.add("gap")
    pill(p, "Paid", status, align="l")
    p.add("gap")
    c = card_open(p)
    p.add("left", "Payment record")
    spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
    cols(p, "rr", spec, "Amount received", rs(j.amount))
    cols(p, "rr", spec, "Payment date", day_of(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
    cols(p, "rr", spec, "Payment method", "UPI", method="UPI")
    cols(p, "rr", spec, "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
    card_close(p, c)
    return p.done()


# ---------------------------------------------------------------- 6. the co-operative's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("GOUR BANGA RESHAM SUTA BHANDAR", "silk yarn, 40 kg", "uco"),
    ("Shree Ambika Jari Works", "gold zari, 2 kg", "bandhan"),
    ("RAGHUNATH LOOM WORKS", "jacquard overhaul, 6 looms", "boi"),
    ("Dalmadal Dye House", "dyeing 120 saris", "canara"),
    ("SRI KRISHNA ELECTRICALS", "loom shed wiring", "dccb"),
    ("Mallabhum Offset Press", "catalogue printing", "idfc"),
    ("BISWANATH NANDI", "showroom rent, Dhakuria", "form"),
    ("Anup Kundu", "loom carpenter", "counterfoil"),
]


def comb_pen(p: Screen) -> None:
    """heldout269's character boxes filled in the page's own hand (this set's pen in its slot)."""
    pen = hand_pen(p)
    x9 = h269.ext(p)
    x9["pen"], x9["pen_ink"] = pen, list(h271.ext(p)["pen_ink"])


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The co-operative's own banks paying its vendors: UCO Bank's NEFT transaction receipt (a status band,
    a striped table under its heading: Transaction Ref. No., UTR, Debit Account, Beneficiary Name, Beneficiary
    A/c, IFSC, Amount, Value Date, Remarks); mBandhan's IMPS (chips, Transfer Successful, the payee and its
    account under the sum, IMPS Ref No., Transaction ID, Date & Time); Bank of India StarConnect's RTGS sent
    to RBI and not yet credited (its steps down the page, a ruled table); Canara ai1's failed UPI payment
    (Reason, UPI Ref. No., Txn ID, Date); the Bankura district co-operative bank's NEFT OUTWARD - CUSTOMER
    ADVICE from its dot-matrix printer on continuous stationery; IDFC FIRST Bank's Money sent drawn as a
    ticket (Today with an hour; no day); an RTGS / NEFT application form filled in by hand in its character
    boxes under Bengali labels, the UTR written in by the bank and its stamp; a UCO Bank cheque's
    counterfoil (To, For, Bal. b/f, Deposits, Total, This cheque, Bal. c/f; no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=4000, high=180000)
    payee, purpose, frame = VENDORS[k]
    if frame == "boi":
        j.amount = float(rng.randrange(210000, 520000, 500))
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 13)
    if frame == "uco":
        p = browser_page(rng, font, "www.ucoebanking.com/corp/neft/receipt")
        p.part = "head"
        top(p, "UCO Bank")
        p.add("small", f"e-Banking (Corporate)  |  {SHORT}")
        p.add("rule")
        p.part = "body"
        strip(p, "Transaction Successful", status)
        p.add("gap")
        tref = f"UCOC{j.date:%y%m%d}{digits(rng, 6)}"
        utr = utr_of(rng, j, "UCO Bank", "NEFT")
        name = cell_fit(p, 0.6, [payee, "GOUR BANGA RESHAM SUTA"])
        zebra(
            p,
            "uc",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            ["NEFT Transaction Receipt", ""],
            [
                (["Transaction Ref. No.", tref], {"txn": (BANK_RANK, tref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr), "method": "netbanking"}),
                (["Debit Account", tail(rng)], {}),
                (["Beneficiary Name", name], {"merchant": name}),
                (["Beneficiary A/c", acct_no], {}),
                (["IFSC", f"SBIN000{rng.randrange(1000, 9999)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Value Date", day_of(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
                (["Remarks", purpose], {}),
            ],
            (0, 84, 150),
        )
        p.add("gap")
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    if frame == "bandhan":
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Done"))
        band(p, (178, 34, 52))
        app_head(p, "mBandhan", "Bandhan Bank")
        chips(p, "IMPS", "Instant transfer", method="netbanking")
        p.add("center", "Transfer Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:22]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"A/c XXXXXXXX{acct_no[-4:]}  |  SBIN000{rng.randrange(1000, 9999)}")
        p.add("rule")
        tid = f"BDN{digits(rng, 12)}"
        kvr(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Date & Time", timed(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        kvr(p, "Remarks", clip(purpose, 20))
        return p.done()
    if frame == "boi":
        p = browser_page(rng, font, "starconnectcbs.bankofindia.com/corporate/rtgs/status")
        p.part = "head"
        top(p, "Bank of India")
        p.add("small", f"StarConnect Corporate  |  {SHORT}  |  RTGS")
        p.add("rule")
        p.part = "body"
        p.add("left", "RTGS transaction sent to RBI. Credit to the beneficiary is awaited.", status=status)
        step(p, "Initiated by maker", "Accountant", "done")
        step(p, "Approved by checker", "Secretary", "done")
        step(p, "Sent to RBI", "awaiting credit", "pending")
        step(p, "Credited to beneficiary", "", "todo")
        p.add("gap")
        utr = utr_of(rng, j, "Bank of India", "RTGS")
        grid(
            p,
            "bo",
            [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
            None,
            [
                (["Beneficiary", payee], {"merchant": payee}),
                (["Beneficiary A/c", acct_no], {}),
                (["Amount (INR)", num(j.amount)], {"amount": j.amount}),
                (["Transfer type", "RTGS"], {"method": "netbanking"}),
                (["UTR No.", utr], {"txn": (UTR_RANK, utr)}),
                (["Transaction date", timed(rng, j.date, ["%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Narration", purpose], {}),
            ],
        )
        return p.done()
    if frame == "canara":
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry",))
        band(p, (0, 102, 170))
        app_head(p, "Canara ai1", "UPI")
        pill(p, "Transaction Failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Reason: beneficiary bank is not available (U30)")
        p.add("small", "Any amount debited will be reversed within 48 hours.")
        p.add("rule")
        cid = f"CNRB{digits(rng, 12)}"
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Txn ID", cid, txn=(TXN_RANK, cid))
        p.pair("Date", timed(rng, j.date, ["%d-%m-%Y", "%d %b %Y"], (" ",)), date=j.date)
        p.pair("Paid via", f"UPI - Canara {tail(rng)}", method="UPI")
        return p.done()
    if frame == "dccb":
        p = paper_page(rng, font, [740, 780])
        sprocket(p)
        typeface(p)
        p.part = "head"
        ctyped(p, "THE BANKURA DISTRICT CENTRAL CO-OPERATIVE BANK LTD")
        ctyped(p, "BISHNUPUR BRANCH")
        ctyped(p, "NEFT OUTWARD - CUSTOMER ADVICE")
        p.part = "body"
        n = tt_cols(p)
        typed(p, "-" * n)
        utr = utr_of(rng, j, "The Bankura District Central Co-operative Bank", "NEFT")
        rows_ = [
            ("DATE", when(j.date, "%d/%m/%Y"), {"date": j.date}),
            ("SENDER A/C", f"SB/CA {digits(rng, 6)}", {}),
            ("SENDER", SHORT_CAPS, {}),
            ("BENEFICIARY", payee, {"merchant": payee}),
            ("BENE A/C", acct_no, {}),
            ("BENE IFSC", f"SBIN000{rng.randrange(1000, 9999)}", {}),
            ("AMOUNT", f"{num(j.amount)}", {"amount": j.amount}),
            ("COMMISSION", f"{rng.choice([2.5, 5.0, 15.0]):.2f}", {}),
            ("UTR NO", utr, {"txn": (UTR_RANK, utr)}),
            ("MODE", "NEFT", {"method": "netbanking"}),
            ("STATUS", "SENT - ACCEPTED BY RBI", {"status": status}),
            ("PURPOSE", purpose.upper(), {}),
        ]
        for label, value, facts in rows_:
            typed(p, f"{label:<12}: {value}", **facts)
        typed(p, "-" * n)
        typed(p, "")
        typed(p, f"{'AUTHORISED SIGNATORY':>{n}}")
        return p.done()
    if frame == "idfc":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share",))
        band(p, (156, 30, 36))
        app_head(p, "IDFC FIRST Bank", "Mobile banking")
        p.add("gap")
        start = len(p.rows)
        p.add("center", "Money sent", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        notch = len(p.rows)
        p.add("gap")
        p.pair("IMPS Reference", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Mode", "IMPS", method="netbanking")
        p.pair("When", f"Today, {hhmm(rng)}")
        p.pair("Note", clip(purpose, 20))
        ticket(p, start, notch)
        p.add("gap")
        return p.done()
    if frame == "form":
        p = paper_page(rng, font, [760, 800])
        comb_pen(p)
        p.part = "head"
        ben(p, "ইউকো ব্যাঙ্ক", scale=0.95, bold=True)
        top(p, "UCO BANK")
        p.add("small", "Bishnupur Branch  |  APPLICATION FOR RTGS / NEFT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(12000, 95000, 500))
        way = "NEFT"
        blab(p, "তারিখ", "Date", when(j.date, "%d/%m/%Y"), pen=True, at=0.34, date=j.date)
        blab(p, "প্রেরকের নাম", "Remitter's name", SHORT, pen=True, at=0.34)
        comb(p, "Remitter's A/c No.", digits(rng, 14))
        blab(p, "প্রাপকের নাম", "Beneficiary's name", payee, pen=True, at=0.34, merchant=payee)
        comb(p, "Beneficiary A/c No.", acct_no)
        comb(p, "IFSC", f"SBIN000{rng.randrange(1000, 9999)}")
        comb(p, "Amount (Rs.)", f"{j.amount:.2f}", amount=j.amount)
        ticks(p, ["RTGS", "NEFT"], 1, method="netbanking")
        blab(p, "উদ্দেশ্য", "Purpose", purpose, pen=True, at=0.34)
        p.add("gap")
        cols(p, "fs", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Signature of applicant", "For bank's use")
        utr = utr_of(rng, j, "UCO Bank", way)
        write(p, f"UTR {utr}", align="r", txn=(UTR_RANK, utr), status=status)
        rstamp(p, ["UCO BANK BISHNUPUR", "PROCESSED", when(j.date, "%d %b %Y").upper()], "violet", at=0.6)
        return p.done()
    p = paper_page(rng, font, [420, 460])
    hand_pen(p)
    p.part = "head"
    p.add("center", "UCO BANK")
    p.add("small", "Bishnupur Branch")
    p.add("rule")
    p.part = "body"
    chq = f"{rng.randrange(100000, 999999)}"
    j.amount = float(rng.randrange(5000, 60000, 50))
    start = len(p.rows)
    p.add("left", f"No. {chq}")
    blank(p, "Date", when(j.date, "{d}/%m/%y"), date=j.date)
    blank(p, "To", payee, merchant=payee)
    blank(p, "For", purpose)
    bal = float(rng.randrange(int(j.amount) + 20000, int(j.amount) + 400000, 10))
    dep = float(rng.randrange(0, 60000, 10))
    blank(p, "Bal. b/f", num(bal, "indian", 0))
    blank(p, "Deposits", num(dep, "indian", 0) if dep else "-")
    blank(p, "Total", num(bal + dep, "indian", 0))
    blank(p, "This cheque", num(j.amount, "indian", 0), amount=j.amount, method="cheque", status=status)
    blank(p, "Bal. c/f", num(bal + dep - j.amount, "indian", 0))
    perf(p, start, 1.04)
    return p.done()


# ---------------------------------------------------------------- 7. weavers, reelers, designers and staff


WEAVERS = [
    "Swapan Kumar Patra",
    "Bholanath Dutta",
    "Kalipada Nandi",
    "Shyamali Lohar",
    "Sadhan Karmakar",
    "Rekha Mandal",
    "Uttam Das",
    "Mamoni Bauri",
]


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The co-operative paying its people: a weaver's WAGE CARD for a sari off the loom under its Bengali
    title, Bengali labels over their English filled in by hand (Name, Loom No., Sari, Days on loom, Wage,
    Advance deducted, Net paid, Date, Mode; "উপরোক্ত টাকা বুঝিয়া পাইলাম"); the showroom salesman's Pay
    Slip (his details in a ruled table, Earnings and Deductions striped, Net Salary, "credited ... by NEFT on
    <day>, UTR ..."); iMobile Pay's money sent to the naksha designer (each label small over its value); a
    reeler's ADVANCE VOUCHER filled in by hand (Cash ticked, the sum in a box, her Bengali receipt and a
    revenue stamp signed across); BOI Omni Neo's NEFT to a dyer under process; Google Pay's failed payment
    to a winder (UPI transaction ID, Google transaction ID); a weaver's PUJA BONUS slip drawn as a ticket
    (no reference); BHIM's notification "now" (no day). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=1500, high=26000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(WEAVERS)
    if k == 0:
        p = paper_page(rng, font, [720, 760])
        hand_pen(p)
        p.part = "head"
        ben(p, COOP_BN, scale=0.85, bold=True)
        top(p, SHORT)
        ben(p, "তাঁতির মজুরি কার্ড  |  WEAVER'S WAGE CARD", scale=0.95)
        p.add("rule")
        p.part = "body"
        wage = float(rng.randrange(4200, 9800, 100))
        adv = float(rng.choice([0, 500, 1000, 1500]))
        j.amount = wage - adv
        no = f"{rng.randrange(100, 2000):04d}"
        cols(p, "wn", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Card No. {no}", "", txn=(INVOICE_RANK, no))
        blab(p, "নাম", "Name", who, pen=True, merchant=who)
        blab(p, "তাঁত নং", "Loom No.", f"J-{rng.randrange(1, 40)}", pen=True)
        blab(p, "শাড়ি", "Sari", rng.choice(SARIS[:4])[0].split(", ", 1)[1], pen=True)
        blab(p, "তাঁতে দিন", "Days on loom", str(rng.randrange(18, 45)), pen=True)
        blab(p, "মজুরি", "Wage", f"Rs. {num(wage, 'indian', 0)}", pen=True)
        blab(p, "অগ্রিম কাটা", "Advance deducted", f"Rs. {num(adv, 'indian', 0)}" if adv else "-", pen=True)
        blab(p, "প্রদত্ত", "Net paid", f"Rs. {num(j.amount, 'indian', 0)}/-", pen=True, amount=j.amount)
        blab(p, "তারিখ", "Date", when(j.date, "{d}/%m/%Y"), pen=True, date=j.date)
        blab(p, "মাধ্যম", "Mode", "Cash", pen=True, method="cash")
        p.add("gap")
        bhand(p, "উপরোক্ত টাকা বুঝিয়া পাইলাম।", status=status)
        cols(p, "wc", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Weaver's signature", "Secretary")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [760, 800])
        p.part = "head"
        top(p, SHOP)
        p.add("small", f"A unit of {SHORT}  |  {SHOP_AT}")
        month = when(j.date.replace(day=1) - dt.timedelta(days=1), "%B %Y")
        p.add("center", f"Pay Slip for {month}")
        p.add("rule")
        p.part = "body"
        name = rng.choice(["Soumen Ghosh", "Piyali Saha", "Abhijit Pal"])
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.74, "l"), (0.74, 1.0, "l")]
        grid(
            p,
            "sl",
            spec,
            None,
            [
                (["Name", name, "Designation", "Sales Assistant"], {"merchant": name}),
                (["Days present", str(rng.randrange(24, 27)), "PF No.", f"WB/KOL/{digits(rng, 7)}"], {}),
            ],
        )
        p.add("gap")
        basic = float(rng.randrange(9000, 14000, 100))
        da = round(basic * 0.2)
        comm = float(rng.randrange(800, 4200, 100))
        pf = round(basic * 0.12)
        ptax = 150.0
        gross = basic + da + comm
        j.amount = gross - pf - ptax
        zebra(
            p,
            "ps",
            [(0.0, 0.3, "l"), (0.3, 0.5, "r"), (0.5, 0.78, "l"), (0.78, 1.0, "r")],
            ["Earnings", "Rs.", "Deductions", "Rs."],
            [
                (["Basic", num(basic), "Provident Fund", num(pf)], {}),
                (["Dearness allowance", num(da), "Profession tax", num(ptax)], {}),
                (["Sales commission", num(comm), "", ""], {}),
                (["Gross", num(gross), "Total deductions", num(pf + ptax)], {}),
            ],
            (110, 30, 50),
        )
        total(p, "Net Salary", rs(j.amount), at=0.62, amount=j.amount)
        utr = utr_of(rng, j, "UCO Bank", "NEFT")
        p.add(
            "left",
            f"Net Salary credited to A/c {tail(rng)} by NEFT on {day_of(j, rng, ['%d/%m/%Y', '%d %b %Y'])}, "
            f"UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "Computer generated pay slip. Tally Prime.")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share",))
        band(p, (168, 40, 38))
        app_head(p, "iMobile Pay", "ICICI Bank")
        p.add("center", "Money Transferred", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice(["Prosenjit Gorai", "Sukanta Lohar"])
        lab(p, "To")
        p.add("left", name, merchant=name)
        p.add("small", f"{phone_no(rng)}@ibl")
        lab(p, "UPI Transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Date")
        p.add("left", timed(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        lab(p, "Remarks")
        p.add("left", rng.choice(["naksha for Raas pallu", "graph design fee", "card design"]))
        chips(p, "UPI", "ICICI Bank XX" + digits(rng, 4), align="l", method="UPI")
        return p.done()
    if k == 3:
        p = paper_page(rng, font, [720, 760])
        hand_pen(p)
        p.part = "head"
        top(p, pick(p, "title", [COOP, SHORT]))
        p.add("center", "ADVANCE VOUCHER")
        p.add("rule")
        p.part = "body"
        no = f"{rng.randrange(100, 999):04d}"
        j.amount = float(rng.randrange(2000, 9500, 500))
        name = rng.choice(["Sabita Bauri", "Anima Lohar", "Pushpa Mal"])
        cols(p, "av", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], f"Voucher No. {no}", "", txn=(INVOICE_RANK, no))
        blank(p, "Date", when(j.date, "%d.%m.%y"), date=j.date)
        blank(p, "Paid to", name, merchant=name)
        blank(p, "On account of", "reeling advance, 10 kg cocoons")
        blank(p, "Rupees", words_in_rupees(j.amount).replace("Rupees ", ""))
        ticks(p, ["Cash", "Cheque"], 0, method="cash")
        sum_box(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        bhand(p, "উপরোক্ত টাকা বুঝিয়া পাইলাম।", status=status)
        revenue(p, name.split()[0])
        cols(p, "as", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "Secretary", "Receiver's signature")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Done",))
        band(p, (0, 90, 160))
        app_head(p, "BOI Omni Neo", "Bank of India")
        pill(p, "Under process", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = rng.choice(["Nitai Dhibar", "Haradhan Bag"])
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Your NEFT request is sent to the beneficiary bank. Credit is awaited.")
        p.add("rule")
        utr = utr_of(rng, j, "Bank of India", "NEFT")
        p.pair("UTR", utr, txn=(UTR_RANK, utr))
        p.pair("Mode", "NEFT", method="netbanking")
        p.pair("Initiated", timed(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), date=j.date)
        p.pair("Remarks", "dyeing wages")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Try again",))
        p.part = "body"
        p.add("gap")
        name = rng.choice(["Tulsi Bag", "Mithu Dhara"])
        p.add("center", f"To {name}", merchant=name)
        p.add("small", f"{phone_no(rng)}@ybl")
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "Payment failed", status)
        p.add("small", "The recipient's bank is not reachable. Money, if debited, will be returned.")
        p.add("small", timed(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ",)), date=j.date)
        p.add("gap")
        c = card_open(p)
        gid = f"CICAgO{code(rng, 14, MIXED)}"
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "From")
        p.add("left", f"{SHORT} (UCO Bank)", method="UPI")
        lab(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        card_close(p, c)
        p.part = "foot"
        p.add("gap")
        p.add("small", "Google Pay  |  winding wages")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [600, 640])
        p.part = "head"
        ben(p, "শারদীয়া পূজা বোনাস", scale=1.05, bold=True)
        top(p, SHORT)
        p.add("gap")
        p.part = "body"
        start = len(p.rows)
        p.add("center", "PUJA BONUS SLIP 2026")
        days = rng.randrange(220, 300)
        j.amount = float(rng.randrange(1500, 6000, 100))
        p.pair("Weaver", who, merchant=who)
        p.pair("Member No.", f"BBS/{rng.randrange(10, 600)}")
        p.pair("Days woven (2025-26)", str(days))
        p.pair("Bonus", f"Rs. {num(j.amount, 'indian', 0)}", amount=j.amount)
        p.pair("Paid on", day_of(j, rng, ["%d.%m.%Y", "%d/%m/%Y"]), date=j.date)
        p.pair("Paid in", "Cash", method="cash", status=status)
        notch = len(p.rows)
        p.add("gap")
        p.add("small", "WEAVER'S COPY  -  Shubho Sharodiya")
        ticket(p, start, notch)
        p.add("gap")
        return p.done()
    p = phone(rng, font, k, [""], dark=rng.random() < 0.5, buttons=())
    p.part = "body"
    p.add("small", "Notifications")
    p.add("gap")
    c = card_open(p)
    nhead(p, "WhatsApp", f"{rng.randrange(5, 50)}m", (37, 211, 102), "W")
    p.add("left", "Naksha Ghar group: 3 new messages")
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    nhead(p, "BHIM", "now", (0, 82, 155), "B")
    p.add("left", "Money sent", status=status)
    name = rng.choice(["PROBIR GORAI", "BAPI PAL"])
    p.add(
        "left",
        f"{rs(j.amount)} sent to {name} from UCO Bank A/c XX{digits(rng, 4)}. UPI Ref: {j.ref}",
        amount=j.amount,
        merchant=name,
        txn=(UTR_RANK, j.ref),
        method="UPI",
    )
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    nhead(p, "Gmail", f"{rng.randrange(1, 3)}h", (210, 60, 50), "M")
    p.add("left", "Tantuja: Purchase order for Puja 2026")
    card_close(p, c)
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority it names: GRIPS' e-challan acknowledgement of the
    Co-operation Department's audit fee under the state's Bengali name (a ruled table: GRN, Department, Head
    of Account, Depositor's Name, Purpose, Amount (Rs.), Mode, BRN, Payment Date, Payment Status); Bishnupur
    Municipality's money receipt for the trade licence's renewal, Bengali labels over their English (Receipt
    No., Date, Name of trade, Ward No., Year, Fee, Late fee, Total, Mode, UPI Ref.); EPFO's ECR payment
    pending at the bank in boxed fields (TRRN, Establishment, Wage month, Total amount, Payment mode,
    Initiated on); Profession Tax's SMS from the Directorate of Commercial Taxes (no reference); the India
    Handloom Brand's registration fee paid to the Textiles Committee (Transaction time alone; no day);
    Silpasathi's acknowledgement of the showroom's registration fee (shaded label cells: Department, Payment
    Reference No., Bank Ref. No., Paid on); Vahan's road tax receipt for the delivery van (a ruled table two
    fields to a row, Tax from and Tax upto); the Kolkata Municipal Corporation's failed online payment for
    the showroom's trade licence. All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4, low=500, high=40000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    if k == 0:
        p = browser_page(rng, font, "wbifms.gov.in/GRIPS/challanAcknowledgement.do")
        p.part = "head"
        ben(p, "পশ্চিমবঙ্গ সরকার - অর্থ দপ্তর", scale=1.0, bold=True)
        top(p, "GRIPS")
        p.add("small", "Government Receipt Portal System, Government of West Bengal")
        p.add("center", "e-Challan - Payment Acknowledgement")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(3000, 26000, 10))
        grn = f"19{j.date:%y}{digits(rng, 12)}"
        brn = f"UCBA{digits(rng, 10)}"
        dept = "Co-operation Department"
        grid(
            p,
            "gr",
            [(0.0, 0.36, "l"), (0.36, 1.0, "l")],
            None,
            [
                (["GRN", grn], {"txn": (TXN_RANK, grn)}),
                (["Department", dept], {"merchant": dept}),
                (["Head of Account", "0425-00-101-001-27"], {}),
                (["Depositor's Name", SHORT], {}),
                (["Purpose", "Audit fee, 2025-26"], {}),
                (["Amount (Rs.)", num(j.amount)], {"amount": j.amount}),
                (["Mode", "Online Payment - UCO Bank"], {"method": "netbanking"}),
                (["BRN", brn], {"txn": (BANK_RANK, brn)}),
                (["Payment Date", timed(rng, j.date, ["%d/%m/%Y"], (" ",))], {"date": j.date}),
                (["Payment Status", "Successful"], {"status": status}),
            ],
            tint=(226, 234, 222),
        )
        p.add("gap")
        p.add("small", "Print this acknowledgement. Verify the challan with its GRN on the GRIPS portal.")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [720, 760])
        p.part = "head"
        ben(p, "বিষ্ণুপুর পৌরসভা", scale=1.15, bold=True)
        name = "BISHNUPUR MUNICIPALITY"
        top(p, name, merchant=name)
        p.add("small", "Certificate of Enlistment (Trade Licence) - Renewal  |  Money Receipt")
        p.add("rule")
        p.part = "body"
        fee = float(rng.choice([600, 900, 1200, 1500, 2000]))
        late = float(rng.choice([0, 0, 50, 100]))
        j.amount = fee + late
        no = f"TL/{rng.randrange(1000, 9999)}"
        blab(p, "রসিদ নং", "Receipt No.", no, txn=(INVOICE_RANK, no))
        blab(p, "তারিখ", "Date", when(j.date, "%d/%m/%Y"), date=j.date)
        blab(p, "ব্যবসার নাম", "Name of trade", SHORT)
        blab(p, "ওয়ার্ড নং", "Ward No.", str(rng.randrange(1, 19)))
        blab(p, "বছর", "Year", "2026-27")
        blab(p, "ফি", "Fee", num(fee))
        blab(p, "বিলম্ব ফি", "Late fee", num(late))
        blab(p, "মোট", "Total", f"Rs. {num(j.amount)}", bold=True, amount=j.amount)
        blab(p, "মাধ্যম", "Mode", "UPI (BHIM)", method="UPI")
        blab(p, "সূত্র", "UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
        p.add("gap")
        p.add("left", "Received with thanks.", status=status)
        right(p, "Cashier, Bishnupur Municipality")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/ecrPayment")
        p.part = "head"
        name = "Employees' Provident Fund Organisation"
        top(p, pick(p, "title", [name, "EPFO"]), merchant=pick(p, "title", [name, "EPFO"]))
        p.add("small", "Ministry of Labour & Employment  |  ECR payment")
        p.add("rule")
        p.part = "body"
        pill(p, "Pending at bank", status, align="l")
        p.add("left", "The bank has not confirmed the payment yet. Do not pay again.")
        p.add("gap")
        trrn = f"{rng.randrange(3, 4)}{j.date:%y%m}{digits(rng, 8)}"
        field(p, "TRRN", trrn, txn=(TXN_RANK, trrn))
        field(p, "Establishment", f"WBKOL{digits(rng, 7)} - {SHORT_CAPS}")
        field(p, "Wage month", j.month(1))
        field(p, "Total amount", rs(j.amount), amount=j.amount)
        field(p, "Payment mode", "Net banking - State Bank of India", method="netbanking")
        field(p, "Initiated on", timed(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        return p.done()
    if k == 3:
        j.amount = float(rng.choice([1800, 2500]))
        name = "Directorate of Commercial Taxes, West Bengal"
        text = (
            f"Profession Tax of Rs.{j.amount:.2f} for 2026-27 paid by {SHORT_CAPS} through GRIPS by net "
            f"banking is received on {when(j.date, '%d/%m/%Y')}. Enrolment No. 19{digits(rng, 9)}. -{name}"
        )
        p = sms_page(rng, font, "VM-WBCTAX", text, j.date)
        p.add("left", text, amount=j.amount, date=j.date, merchant=name, method="netbanking", status=status)
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "www.indiahandloombrand.gov.in/registration/payment-receipt")
        p.part = "head"
        top(p, "India Handloom Brand")
        p.add("small", "Textiles Committee, Ministry of Textiles  |  Registration fee")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment successful", status, align="l")
        fee = 1000.0 * rng.choice([1, 2])
        gst = round(fee * 0.18, 2)
        j.amount = fee + gst
        tno = f"IHB{digits(rng, 12)}"
        name = "Textiles Committee"
        spec = [(0.0, 0.38, "l"), (0.38, 1.0, "l")]
        cols(p, "ih", spec, "Paid to", name, merchant=name)
        cols(p, "ih", spec, "Application No.", f"IHB/WB/{rng.randrange(1000, 9999)}")
        cols(p, "ih", spec, "Product", "Baluchari silk saris")
        cols(p, "ih", spec, "Registration fee", num(fee))
        cols(p, "ih", spec, "GST @ 18%", num(gst))
        cols(p, "ih", spec, "Total paid", rs(j.amount), amount=j.amount)
        cols(p, "ih", spec, "Transaction No.", tno, txn=(TXN_RANK, tno))
        cols(p, "ih", spec, "Mode", "UPI", method="UPI")
        cols(p, "ih", spec, "Transaction time", hhmm(rng, twelve=False, seconds=True))
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "silpasathi.wb.gov.in/payment/acknowledgement")
        p.part = "head"
        ben(p, "শিল্পসাথী", scale=1.05, bold=True)
        top(p, "Silpasathi")
        p.add("small", "Single Window, Government of West Bengal  |  Payment acknowledgement")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([500, 1000, 1500, 2500]))
        dept = "Labour Department, Government of West Bengal"
        pref = f"SS{j.date:%y%m%d}{digits(rng, 7)}"
        bref = f"{digits(rng, 12)}"
        kv(p, "Service", "Registration under the WB Shops and Establishments Act")
        kv(p, "Department", dept, merchant=dept)
        kv(p, "Application No.", f"SS/{digits(rng, 8)}")
        kv(p, "Applicant", f"{SHOP}, Dhakuria")
        kv(p, "Amount", rs(j.amount), amount=j.amount)
        kv(p, "Payment Reference No.", pref, txn=(TXN_RANK, pref))
        kv(p, "Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        kv(p, "Mode", "Debit card", method="card")
        kv(p, "Paid on", day_of(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
        kv(p, "Status", "Paid", status=status)
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/tax/receipt.xhtml")
        p.part = "head"
        top(p, "Parivahan Sewa")
        name = "Transport Department, Government of West Bengal"
        p.add("center", name, merchant=name)
        p.add("small", "Vahan 4.0  |  Tax receipt")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.randrange(1800, 6800, 10))
        rno = f"WB{rng.randrange(10, 99)}{j.date:%y}{digits(rng, 7)}"
        tno = f"{digits(rng, 10)}"
        bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
        start = j.date.replace(day=1)
        end = (start + dt.timedelta(days=92)).replace(day=1) - dt.timedelta(days=1)
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")]
        grid(
            p,
            "vh",
            spec,
            None,
            [
                (
                    [
                        "Vehicle No.",
                        f"WB 68 {code(rng, 1, 'ABCD')} {rng.randrange(1000, 9999)}",
                        "Receipt No.",
                        rno,
                    ],
                    {"txn": (INVOICE_RANK, rno)},
                ),
                (["Owner", SHORT_CAPS, "Tax mode", "Quarterly"], {}),
                (["Tax from", when(start, "%d-%b-%Y"), "Tax upto", when(end, "%d-%b-%Y")], {}),
                (
                    ["Amount", rs(j.amount), "Payment date", when(j.date, "%d-%b-%Y")],
                    {"amount": j.amount, "date": j.date},
                ),
                (["Transaction No.", tno, "Bank Ref. No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Mode", "Net Banking", "Status", "Success"], {"method": "netbanking", "status": status}),
            ],
        )
        p.add("gap")
        p.add("small", "This is a system generated receipt. Keep it in the vehicle.")
        return p.done()
    p = browser_page(rng, font, "www.kmcgov.in/KMCPortal/TradeLicence/OnlinePayment")
    p.part = "head"
    ben(p, "কলকাতা পৌরসংস্থা", scale=1.05, bold=True)
    name = "Kolkata Municipal Corporation"
    top(p, name, merchant=name)
    p.add("small", "Certificate of Enlistment - renewal  |  Online payment")
    p.add("rule")
    p.part = "body"
    pill(p, "Payment failed", status, align="l")
    p.add("left", "The transaction was declined by your bank. No money has been deducted.")
    p.add("gap")
    j.amount = float(rng.choice([1500, 2500, 3500, 4500]))
    tid = f"KMC{digits(rng, 13)}"
    dots(p, "Trade name", f"{SHOP}, Dhakuria")
    dots(p, "Enlistment No.", f"{rng.randrange(100, 999)}{digits(rng, 8)}")
    dots(p, "Amount", rs(j.amount), bold=True, amount=j.amount)
    dots(p, "Payment mode", "UPI", method="UPI")
    dots(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
    dots(p, "Attempted on", timed(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (" ",)), date=j.date)
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer it names: National Insurance's PREMIUM RECEIPT for the
    showroom's shopkeeper's policy in a ruled table two fields to a row (Receipt No., Receipt Date, Premium,
    CGST, SGST, Total Premium, Mode, UTR); LIC's receipt for the weavers' group term scheme under its
    Bengali name, stapled and folded (dot leaders: Receipt No., Date, Scheme No., Grantee, Lives covered,
    Premium, GST, Total, Mode, UTR); HDFC ERGO's premium awaiting the bank (chips, Proposal No., Premium
    (incl. GST), Payment ID, Initiated on); Tata AIG's app with the marine cargo premium's card declined;
    Digit's app with the van's policy bought Today (no day); Star Health's renewal mail (no reference); Magma
    General's premium acknowledgement with its QR code (shaded label cells); United India's e-receipt for the
    loom shed's fire cover (a status band, a ruled table). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=2500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    base = round(j.amount / 1.18, 2)
    half = round((j.amount - base) / 2, 2)
    gst = round(j.amount - base, 2)
    if k == 0:
        p = paper_page(rng, font, [760, 800])
        name = "National Insurance Co. Ltd."
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Dhakuria Branch Office, Kolkata  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"{digits(rng, 6)}{j.date:%y}{digits(rng, 6)}"
        utr = utr_of(rng, j, "UCO Bank", "NEFT")
        spec = [(0.0, 0.22, "l"), (0.22, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")]
        grid(
            p,
            "ni",
            spec,
            None,
            [
                (
                    ["Receipt No.", rno, "Receipt Date", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (["Insured", SHOP, "Product", "Shopkeeper's Policy"], {}),
                (["Policy No.", f"{digits(rng, 6)}4826{digits(rng, 8)}", "Premium", num(base)], {}),
                (["CGST 9%", num(half), "SGST 9%", num(gst - half)], {}),
                (
                    ["Total Premium", rs(j.amount), "Mode", "NEFT"],
                    {"amount": j.amount, "method": "netbanking"},
                ),
                (["UTR", utr, "", ""], {"txn": (UTR_RANK, utr)}),
            ],
        )
        p.add("gap")
        p.add("left", "Received with thanks the premium above.", status=status)
        right(p, "Authorised Signatory")
        return p.done()
    if k == 1:
        p = paper_page(rng, font, [740, 780])
        staple(p)
        crease(p, rng.uniform(0.45, 0.55))
        p.part = "head"
        ben(p, "ভারতীয় জীবন বীমা নিগম", scale=1.0, bold=True)
        name = "Life Insurance Corporation of India"
        top(p, pick(p, "title", [name, "LIC of India"]), merchant=pick(p, "title", [name, "LIC of India"]))
        p.add("small", "Pension & Group Schemes Unit, Kolkata  |  PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        rno = f"PGS/{digits(rng, 8)}"
        utr = utr_of(rng, j, "UCO Bank", "NEFT")
        dots(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        dots(p, "Date", day_of(j, rng, ["%d/%m/%Y", "%d.%m.%Y"]), date=j.date)
        dots(p, "Scheme No.", f"GTI/{digits(rng, 6)}")
        dots(p, "Grantee", pick(p, "right", [COOP, SHORT]))
        dots(p, "Lives covered", f"{rng.randrange(80, 220)} weavers")
        dots(p, "Premium", num(base))
        dots(p, "GST", num(gst))
        dots(p, "Total", rs(j.amount), bold=True, amount=j.amount)
        dots(p, "Mode", "NEFT", method="netbanking")
        dots(p, "UTR", utr, txn=(UTR_RANK, utr))
        p.add("gap")
        p.add("left", "Received the premium above with thanks.", status=status)
        right(p, "for Life Insurance Corporation of India")
        return p.done()
    if k == 2:
        p = browser_page(rng, font, "www.hdfcergo.com/payment/status")
        p.part = "head"
        name = "HDFC ERGO General Insurance Co. Ltd"
        top(
            p,
            pick(p, "title", [name, "HDFC ERGO General Insurance"]),
            merchant=pick(p, "title", [name, "HDFC ERGO General Insurance"]),
        )
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending", status)
        p.add("center", "We are waiting for your bank to confirm the payment. The policy is issued after it.")
        chips(p, "Bharat Sookshma Udyam Suraksha", "Loom shed, Bishnupur")
        p.add("gap")
        pid = f"HEGP{digits(rng, 12)}"
        kvr(p, "Proposal No.", f"PR{digits(rng, 10)}")
        kvr(p, "Premium (incl. GST)", rs(j.amount), amount=j.amount)
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Mode", "UPI", method="UPI")
        kvr(p, "Initiated on", timed(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (0, 58, 122))
        app_head(p, "Tata AIG", "Marine cargo - export")
        pill(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Tata AIG General Insurance Co. Ltd"
        p.add(
            "center",
            pick(p, "center", [name, "Tata AIG General Insurance"]),
            merchant=pick(p, "center", [name, "Tata AIG General Insurance"]),
        )
        p.add("small", "Your card issuer declined the payment.")
        p.add("rule")
        tid = f"TAIG{digits(rng, 12)}"
        p.pair("Consignment", f"{rng.randrange(2, 9)} bales of saris")
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Card", f"Visa {masked(rng, font)}", method="card")
        p.pair("Attempted on", timed(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Policy"], dark=False, buttons=("Download policy",))
        band(p, (255, 221, 0), (30, 30, 30))
        app_head(p, "Digit Insurance", "Commercial vehicle")
        p.add("center", "Policy purchased!", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Go Digit General Insurance Ltd"
        p.add("center", f"paid to {name}" if fits(p, "center", f"paid to {name}") else name, merchant=name)
        chips(p, "Goods carrying vehicle", "1 year")
        p.add("gap")
        pid = f"DIG{digits(rng, 12)}"
        kvr(p, "Vehicle", f"WB 68 {code(rng, 1, 'ABCD')} {rng.randrange(1000, 9999)}")
        kvr(p, "Policy No.", f"D{digits(rng, 9)}")
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "Paid via", "Net banking - UCO Bank", method="netbanking")
        kvr(p, "Time", f"Today, {hhmm(rng)}")
        return p.done()
    if k == 5:
        name = "Star Health and Allied Insurance Co. Ltd"
        p = mail_page(
            rng,
            font,
            "Star Health <noreply@starhealth.in>",
            ["Your policy is renewed", "Renewal premium received"],
        )
        p.part = "head"
        top(
            p,
            pick(p, "title", [name, "Star Health Insurance"]),
            merchant=pick(p, "title", [name, "Star Health Insurance"]),
        )
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"We have received the renewal premium of {rs(j.amount)} on "
            f"{day_of(j, rng, ['%d %b %Y', '{d} %B %Y'])} for the group health policy of your showroom "
            "staff. Your policy is renewed.",
            amount=j.amount,
            date=j.date,
            status=status,
        )
        p.add("gap")
        start = j.date + dt.timedelta(days=rng.randrange(1, 10))
        dots(p, "Policy No.", f"P/{digits(rng, 6)}/01/{j.date.year + 1}/{digits(rng, 6)}")
        dots(p, "Proposer", f"{SHOP}, Dhakuria")
        dots(p, "Members", str(rng.randrange(4, 12)))
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        dots(p, "Period", f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
        dots(p, "Paid by", "Credit card", method="card")
        p.add("gap")
        p.add("left", "Warm regards,")
        p.add("left", "Star Health Customer Care")
        return p.done()
    if k == 6:
        name = "Magma General Insurance Ltd"
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Registered office: Kolkata  |  PREMIUM ACKNOWLEDGEMENT")
        p.add("rule")
        p.part = "body"
        rno = f"MG{digits(rng, 12)}"
        kv(p, "Acknowledgement No.", rno, txn=(INVOICE_RANK, rno))
        kv(p, "Date", day_of(j, rng, ["%d-%m-%Y", "%d %b %Y"]), date=j.date)
        kv(p, "Received from", SHORT)
        kv(p, "Policy", "Standard fire and special perils - dye house")
        kv(p, "Premium (incl. GST)", rs(j.amount), amount=j.amount)
        kv(p, "Payment mode", "UPI", method="UPI")
        kv(p, "UPI reference", j.ref, txn=(UTR_RANK, j.ref))
        qr(p, f"magma{rno}", "r", 4)
        p.add("left", "Premium received. Scan the code to verify.", status=status)
        return p.done()
    name = "United India Insurance Co. Ltd"
    p = browser_page(rng, font, "uiic.co.in/customer/e-receipt")
    p.part = "head"
    top(
        p,
        pick(p, "title", [name, "United India Insurance"]),
        merchant=pick(p, "title", [name, "United India Insurance"]),
    )
    p.add("small", "e-Receipt  |  Fire policy")
    p.add("rule")
    p.part = "body"
    strip(p, "Payment Successful", status)
    p.add("gap")
    rno = f"{digits(rng, 4)}{j.date:%y}{digits(rng, 8)}"
    bref = f"{IFSC['UCO Bank']}{digits(rng, 10)}"
    grid(
        p,
        "ui",
        [(0.0, 0.38, "l"), (0.38, 1.0, "l")],
        ["e-Receipt", ""],
        [
            (["e-Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Insured", SHORT], {}),
            (["Risk location", "Loom shed, Krishnaganj, Bishnupur"], {}),
            (["Premium", num(base)], {}),
            (["GST", num(gst)], {}),
            (["Amount paid", rs(j.amount)], {"amount": j.amount}),
            (["Payment mode", "Net Banking"], {"method": "netbanking"}),
            (["Bank reference", bref], {"txn": (BANK_RANK, bref)}),
            (["Payment date", day_of(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
        ],
        tint=(222, 230, 244),
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("BALUCHARI GHAR", "DAKSHINAPAN, DHAKURIA, KOLKATA", "INNOVITI", "colon"),
    ("BALUCHARI GHAR - MELA STALL 18", "BISHNUPUR MELA, BISHNUPUR", "PHONEPE POS", "phonepe"),
    ("MALLABHUM FUELS", "NH 60, BANKURA ROAD, BISHNUPUR", "EZETAP", "unknown"),
    ("MONDAL MECHA SANDESH", "RASMANCHA ROAD, BISHNUPUR", "ICICI MERCHANT SERVICES", "declined"),
    ("HOTEL MALLABHUM", "CITY CENTRE, DURGAPUR", "SBI", "paired"),
    ("COMPUTER WORLD", "CHANDNI CHOWK, KOLKATA", "KOTAK", "emi"),
    ("BALUCHARI GHAR", "DHAKURIA, KOLKATA", "Mswipe", "app"),
    ("ROY HARDWARE & LOOM SPARES", "STATION ROAD, BANKURA", "BANK OF INDIA", "boi"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the showroom's and the mela stall's terminals and the co-operative's card at a pump, a
    sandesh shop, a Durgapur hotel, a computer shop and a hardware store: Innoviti's slip with each label's
    colon in one column (MERCHANT ID, TERMINAL ID, ROC NO, APPROVAL CODE, RRN) and the total in a box;
    PhonePe POS's card payment at the mela (Txn ID, RRN, Auth Code); Ezetap's slip at a pump whose status is
    unknown; ICICI Merchant Services' declined slip (51 - INSUFFICIENT FUNDS; no reference); SBI's slip at a
    hotel with its fields paired on a line (DATE/TIME, MID/TID, BATCH/INV, AUTH/RRN, SALE AMOUNT); Kotak's
    EMI SALE slip (TENURE, SALE AMOUNT, INTEREST, EMI AMOUNT, TOTAL PAYABLE); Mswipe's Tap on Phone app
    (Today with an hour; no day); Bank of India's slip with its TXN ID. All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=600, high=32000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "phonepe":
        move(j, rng, MELA + dt.timedelta(days=rng.randrange(0, 5)))
    if layout == "unknown":
        j.amount = float(rng.randrange(1000, 4500, 100))
    if layout == "declined":
        j.amount = rupees(rng, 380, 2400, 0.7)
    if layout == "emi":
        j.amount = float(rng.randrange(32000, 68000, 10))
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, HEXU)
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "app":
        p = phone(rng, font, k, ["", "Transaction"], buttons=("Send receipt",))
        band(p, (0, 84, 164))
        app_head(p, "Mswipe", "Tap on Phone")
        p.add("center", name, merchant=name)
        pill(p, "Approved", status)
        p.add("big", f"Rs. {j.amount:,.2f}", amount=j.amount)
        p.add("small", f"Today, {hhmm(rng)}")
        p.add("rule")
        p.pair("Card", f"{scheme} {masked(rng, font)}", method="card")
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Invoice", inv, txn=(INVOICE_RANK, inv))
        p.pair("Terminal", f"SoftPOS {tid}")
        return p.done()
    wide = layout in ("colon", "paired")
    p = screen(
        rng, font, width=rng.choice([520, 540] if wide else [440, 470, 500]), size=rng.choice([17, 18])
    )
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
    spec = [(0.0, 0.4, "l"), (0.4, 0.45, "l"), (0.45, 1.0, "l")]
    if layout == "colon":
        p.add("rule")
        p.add("center", "SALE")
        for label, value, facts in [
            ("MERCHANT ID", mid, {}),
            ("TERMINAL ID", tid, {}),
            ("DATE", day, {"date": j.date}),
            ("TIME", t, {}),
            ("BATCH NO", batch, {}),
            ("ROC NO", inv, {"txn": (INVOICE_RANK, inv)}),
            ("CARD NO", f"XXXX{last4}", {"method": "card"}),
            ("CARD TYPE", f"{scheme} CHIP", {}),
            ("APPROVAL CODE", appr, {"txn": (APPR_RANK, appr)}),
            ("RRN", j.ref, {"txn": (UTR_RANK, j.ref)}),
        ]:
            cols(p, "co", spec, label, ":", value, **facts)
        p.add("rule")
        sum_box(p, "TOTAL", amt, by_hand=False, at=0.1, amount=j.amount)
        p.add("center", "APPROVED", status=status)
        p.add("small", "PIN VERIFIED. NO SIGNATURE REQUIRED")
    elif layout == "phonepe":
        p.add("rule")
        p.add("center", "CARD PAYMENT")
        ptx = f"T{j.date:%y%m%d}{digits(rng, 14)}"
        p.pair("Date", f"{when(j.date, '%d %b %Y')}", date=j.date)
        p.pair("Time", t[:5])
        p.pair("TID", tid)
        p.pair("Card", f"{scheme} **{last4}", method="card")
        p.pair("Txn ID", ptx, txn=(TXN_RANK, ptx))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
        p.add("rule")
        p.pair("Amount", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "PAYMENT SUCCESSFUL", status=status)
        p.add("small", "PhonePe POS  |  Shubho Mela!")
    elif layout == "unknown":
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XX{last4}", method="card")
        p.pair("PRODUCT", "DIESEL")
        p.add("rule")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "STATUS UNKNOWN", status=status)
        p.add("small", "NO RESPONSE FROM BANK. DO NOT REPEAT.")
        p.add("small", "CHECK YOUR BANK STATEMENT FIRST.")
    elif layout == "declined":
        p.add("rule")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("MID", mid)
        p.pair("TID", tid)
        p.add("center", "SALE")
        p.pair("CARD", f"{scheme} ************{last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "DECLINED", status=status)
        p.add("center", "51 - INSUFFICIENT FUNDS")
        p.add("small", "CARD HOLDER COPY")
    elif layout == "paired":
        p.add("rule")
        pspec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "pd", pspec, f"DATE: {day}", f"TIME: {t[:5]}", date=j.date)
        cols(p, "pd", pspec, f"MID: {mid[-8:]}", f"TID: {tid}")
        cols(p, "pd", pspec, f"BATCH: {batch[-3:]}", f"INV: {inv}", txn=(INVOICE_RANK, inv))
        p.add("center", "SALE")
        cols(p, "pd", pspec, f"{scheme} CHIP", f"XXXX {last4}", method="card")
        cols(p, "pd", pspec, f"AUTH: {appr}", f"RRN: {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("rule")
        cols(p, "pa", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "SALE AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "I AGREE TO PAY AS PER THE CARD ISSUER AGREEMENT")
    elif layout == "emi":
        months = rng.choice([3, 6, 9, 12])
        rate = rng.choice([13.0, 14.0, 15.0, 16.0])
        interest = round(j.amount * rate / 100 * months / 24, 2)
        emi_amt = round((j.amount + interest) / months, 2)
        p.add("rule")
        p.add("center", "EMI SALE")
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("BATCH / INV", f"{batch[-3:]} / {inv}", txn=(INVOICE_RANK, inv))
        p.pair("CARD", f"{scheme} XXXX{last4}", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("SALE AMOUNT", amt, amount=j.amount)
        p.pair("TENURE", f"{months} MONTHS")
        p.pair("INTEREST RATE", f"{rate:.2f}% P.A.")
        p.pair("EMI AMOUNT", f"{emi_amt:,.2f}")
        p.pair("TOTAL PAYABLE", f"{j.amount + interest:,.2f}")
        p.add("rule")
        p.add("center", "APPROVED", status=status)
        p.add("small", "EMI WILL BE BOOKED BY THE ISSUER IN 5 WORKING DAYS")
    else:
        p.add("rule")
        btx = digits(rng, 12)
        p.pair("DATE", day, date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("CARD TYPE", "RUPAY DEBIT", method="card")
        p.pair("CARD NO", f"XXXXXXXXXXXX{last4}")
        p.pair("TXN ID", btx, txn=(TXN_RANK, btx))
        p.pair("APPR", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "PIN VERIFIED OK", status=status)
        p.add("center", "APPROVED")
    p.part = "foot"
    p.add("small", "CUSTOMER COPY")
    return p.done()


# ---------------------------------------------------------------- 11. power, phones, gas, fibre, DTH


WBSEDCL = "West Bengal State Electricity Distribution Company Limited"
WBSEDCL_BN = "পশ্চিমবঙ্গ রাজ্য বিদ্যুৎ বণ্টন কোম্পানি লিমিটেড"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The co-operative's bills, each paying the biller it names: WBSEDCL's online payment receipt for the
    loom shed under its Bengali name (two fields to a row: Consumer ID, Bill Month, Receipt No., Transaction
    ID, Amount Paid, Payment Mode, Payment Date, Status; a QR code); CESC's app for the Kolkata showroom
    (tabs, paid to CESC Limited, Customer ID, Acknowledgement No., UPI Ref. No., Paid on); HelloBPCL's Bharat
    Gas refill still processing under a progress bar; Vi's postpaid bill payment failed; MyJio's JioFiber
    bill; Tata Play's recharge (Today with an hour; no day); UCO Bank net banking's Bharat Connect receipt for
    the office landline (Biller Name, B-Connect Txn ID, Approval Ref No.); Excitel's mail (no reference). All
    new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=400, high=16000)
    rs = money(rng, font, 0.4)
    if k == 0:
        p = browser_page(rng, font, "portal.wbsedcl.in/webdynpro/resources/payment/receipt")
        p.part = "head"
        ben(p, pick_ben(p, [WBSEDCL_BN, "পশ্চিমবঙ্গ রাজ্য বিদ্যুৎ বণ্টন কোম্পানি"]), scale=0.95, bold=True)
        top(p, "WBSEDCL", merchant="WBSEDCL")
        p.add("small", WBSEDCL)
        p.add("center", "Online Payment Receipt")
        p.add("rule")
        p.part = "body"
        rno = f"{rng.randrange(100, 999)}{digits(rng, 8)}"
        tid = f"WBSE{j.date:%y%m%d}{digits(rng, 8)}"
        bill_month = j.date.replace(day=1) - dt.timedelta(days=1)
        spec = [(0.0, 0.2, "l"), (0.2, 0.52, "l"), (0.52, 0.7, "l"), (0.7, 1.0, "l")]
        grid(
            p,
            "wb",
            spec,
            None,
            [
                (["Consumer ID", digits(rng, 9), "Bill Month", when(bill_month, "%b-%Y")], {}),
                (["Consumer", "BISHNUPUR BALUCHARI", "Category", "Industrial (LV)"], {}),
                (["Receipt No.", rno, "Transaction ID", tid], {"txn": (TXN_RANK, tid)}),
                (
                    ["Amount Paid", rs(j.amount), "Mode", "Net Banking"],
                    {"amount": j.amount, "method": "netbanking"},
                ),
                (
                    ["Paid on", day_of(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), "Status", "Success"],
                    {"date": j.date, "status": status},
                ),
            ],
        )
        p.add("gap")
        qr(p, f"wbsedcl{rno}", "r", 4)
        p.add("small", "Save energy. This receipt is valid without signature.")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Done",))
        band(p, (0, 96, 168))
        app_head(p, "CESC", "My Account")
        tabs(p, ["Bill", "Pay", "History"], 1)
        p.add("gap")
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = "CESC Limited"
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"{SHOP}, Dhakuria")
        p.add("rule")
        ack = f"AK{digits(rng, 10)}"
        kvr(p, "Customer ID", digits(rng, 11))
        kvr(p, "Acknowledgement No.", ack, txn=(INVOICE_RANK, ack))
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid by", "UPI", method="UPI")
        kvr(p, "Paid on", timed(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Order status"], dark=False, buttons=("Refresh",))
        band(p, (0, 82, 156))
        app_head(p, "HelloBPCL", "Bharat Gas refill")
        p.add("center", "Payment processing", status=status)
        p.accent(AMBER)
        j.amount = float(rng.choice([1805.5, 1832.0, 1818.5, 1799.0]))
        p.add("big", rs(j.amount), amount=j.amount)
        pbar(p, rng.uniform(0.35, 0.6), status)
        p.add("small", "We are waiting for your bank to confirm the payment.")
        name = "Bharat Gas"
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "19 kg commercial cylinder  |  Mallabhum Gas Service, Bishnupur")
        p.add("rule")
        oid = f"BPC{digits(rng, 11)}"
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        p.pair("Booking No.", digits(rng, 8))
        p.pair("Payment mode", "Net banking", method="netbanking")
        p.pair("Initiated", timed(rng, j.date, ["%d/%m/%Y", "%d %b %Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Try again",))
        band(p, (224, 32, 44))
        app_head(p, "Vi", "Postpaid bill payment")
        pill(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Vodafone Idea Limited"
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Postpaid number 98{digits(rng, 2)}XXXX{digits(rng, 2)}  |  the showroom's line")
        p.add("small", "Your bank declined the transaction.")
        p.add("rule")
        tid = f"VI{digits(rng, 14)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Payment mode", "Debit card", method="card")
        p.pair("Date", timed(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Done",))
        band(p, (15, 60, 160))
        app_head(p, "MyJio", "JioFiber")
        chips(p, "JioFiber", "Bill payment")
        p.add("center", "Payment successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([999, 1178.82, 1499, 2499]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Reliance Jio Infocomm Ltd"
        p.add("center", f"paid to {name}" if fits(p, "center", f"paid to {name}") else name, merchant=name)
        p.add("rule")
        tid = f"BR{digits(rng, 16)}"
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Mode", "UPI", method="UPI")
        kvr(p, "Paid on", timed(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Done",))
        band(p, (100, 28, 120))
        app_head(p, "Tata Play", "Recharge")
        p.add("center", "Recharge successful", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([299, 359, 420, 549]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Tata Play"
        p.add("center", f"for {name}", merchant=name)
        p.add("rule")
        oid = f"TP{digits(rng, 12)}"
        p.pair("Subscriber ID", digits(rng, 10))
        p.pair("Pack", "Bangla Value Sports")
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        p.pair("Paid via", "UPI", method="UPI")
        p.pair("When", f"Today, {hhmm(rng)}")
        return p.done()
    if k == 6:
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, "UCO Bank")
        p.add("small", "e-Banking  |  Bill payment - Bharat Connect")
        p.add("center", "Payment Receipt")
        p.add("rule")
        p.part = "body"
        name = "Bharat Sanchar Nigam Limited"
        bc = f"UC01{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        appr = digits(rng, 8)
        kv(p, "Biller Name", name, merchant=name)
        kv(p, "Biller category", "Landline postpaid")
        kv(p, "Telephone No.", f"03244-{digits(rng, 6)}")
        kv(p, "Customer name", SHORT)
        kv(p, "Bill amount", rs(j.amount), amount=j.amount)
        kv(p, "Payment mode", "Internet Banking", method="netbanking")
        kv(p, "B-Connect Txn ID", bc, txn=(BANK_RANK, bc))
        kv(p, "Approval Ref No.", appr, txn=(APPR_RANK, appr))
        kv(p, "Transaction date", timed(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        kv(p, "Status", "Successful", status=status)
        p.add("gap")
        p.add("small", "Bharat Connect: a service of NPCI Bharat BillPay Ltd.")
        return p.done()
    p = mail_page(rng, font, "Excitel <billing@excitel.com>", ["Thanks for your payment", "Payment received"])
    name = "Excitel Broadband Pvt Ltd"
    p.part = "head"
    top(p, "Excitel", merchant="Excitel")
    p.add("rule")
    p.part = "body"
    j.amount = float(rng.choice([699, 1797, 2097, 3540]))
    p.add("left", f"Hello {SHOP},")
    till = j.date + dt.timedelta(days=rng.choice([30, 90, 180]))
    p.add(
        "left",
        f"Thanks for your payment of {rs(j.amount)} received on {day_of(j, rng, ['%d %b %Y', '{d} %B %Y'])}. "
        f"Your plan is renewed till {when(till, '%d %b %Y')}.",
        amount=j.amount,
        date=j.date,
        status=status,
    )
    p.add("gap")
    dots(p, "User ID", f"exc{digits(rng, 7)}")
    dots(p, "Plan", "300 Mbps, 3 months")
    dots(p, "Paid by", "UPI AutoPay", method="UPI")
    p.add("gap")
    p.add("left", f"Team Excitel, {name}")
    return p.done()


def pick_ben(p: Screen, names: list[str], scale: float = 0.95) -> str:
    """The first of the Bengali ``names`` that fits the page at ``scale`` (the last where none does)."""
    for name in names:
        if mixed_width(name, p.font, int(p.style["size"] * scale), bold=True) <= room_of(p):
            return name
    return names[-1]


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("UCO Bank", "VM-UCOBNK", "GOUR BANGA RESHAM SUTA", "NEFT", "sms"),
    ("Bandhan Bank", "AD-BDNSMS", "DALMADAL DYE HOUSE", "UPI", "sms"),
    ("Punjab National Bank", "JM-PNBSMS", "RAGHUNATH LOOM WORKS", "IMPS", "sms"),
    ("Bank of India", "", "MALLABHUM OFFSET PRESS", "NEFT", "mail"),
    (
        "The Bankura District Central Co-operative Bank",
        "BX-BDCCBK",
        "SRI KRISHNA ELECTRICA",
        "NEFT",
        "bengali",
    ),
    ("HDFC Bank", "", "LENS AND LOOM STUDIO", "UPI", "hdfc"),
    ("UCO Bank", "", "ANUP KUNDU", "TRF", "passbook"),
    ("Axis Bank", "", "SHREE AMBIKA JARI WOR", "UPI", "notify"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the co-operative's payments: SMS in UCO Bank's ("A/c XX1234 Debited INR x on
    <dd-mm-yy> Info: NEFT/<utr>/<PAYEE>. Avl Bal ..."), Bandhan Bank's UPI ("Rs x debited from A/c **1234 on
    <dd-mm-yyyy> to <PAYEE>. UPI Ref no ...") and Punjab National Bank's IMPS under process ("... to <PAYEE>
    A/c XX1234 is under process. RRN ... Dt <dd/mm/yyyy>") wordings; Bank of India's e-mail of a NEFT
    returned (the sentence, then UTR, Beneficiary, Amount, Return reason); the district co-operative bank's
    SMS in Bengali and English in a chat bubble under Today (no day); HDFC Bank's e-mail ("Rs.x has been
    debited from account **1234 to VPA <vpa> <PAYEE> on <dd-mm-yy>. Your UPI transaction reference number
    is ..."); a UCO Bank passbook's printed page (Date | Particulars | Chq. No. | Withdrawals | Deposits |
    Balance, its ruling, the entry "TO TRF <PAYEE>"; no reference); Axis Mobile's notification among others
    ("INR x debited from A/c XX1234 on <dd-mm-yyyy> for UPI/<PAYEE>/<ref>"). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    tail4 = digits(rng, 4)
    method = "UPI" if way == "UPI" else "netbanking"
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    bal = num(rupees(rng, 40000, 2400000), rng.choice(["indian", "plain"]))
    utr = "" if j.no_ref else (j.ref if way in ("UPI", "IMPS") else utr_of(rng, j, bank, way))
    facts: dict = {"amount": j.amount, "method": method, "status": status, "merchant": to}
    if not j.no_day:
        facts["date"] = j.date
    if utr:
        facts["txn"] = (UTR_RANK, utr)
    if frame == "sms":
        if k == 0:
            text = (
                f"A/c XX{tail4} Debited INR {amt} on {when(j.date, '%d-%m-%y')} Info: NEFT/{utr}/{to}. "
                f"Avl Bal INR {bal} -UCO Bank"
            )
        elif k == 1:
            text = (
                f"Rs {amt} debited from A/c **{tail4} on {when(j.date, '%d-%m-%Y')} to {to}. "
                f"UPI Ref no {utr}. Not you? Call 18002588181 -Bandhan Bank"
            )
        else:
            text = (
                f"Your IMPS txn of Rs.{amt} to {to} A/c XX{digits(rng, 4)} is under process. RRN {utr}. "
                f"Dt {when(j.date, '%d/%m/%Y')} -PNB"
            )
        p = sms_page(rng, font, sender, text, j.date)
        p.add("left", text, **facts)
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "Bank of India <boialerts@bankofindia.co.in>",
            ["NEFT transaction returned", "Alert: NEFT return"],
        )
        p.part = "head"
        top(p, "Bank of India")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"NEFT of INR {amt} from your A/c XX{tail4} to {to} on {when(j.date, '%d-%m-%Y')} has been "
            "returned by the beneficiary bank. The amount is credited back to your account.",
            **facts,
        )
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "bm", spec, "UTR", utr)
        cols(p, "bm", spec, "Beneficiary", to)
        cols(p, "bm", spec, "Amount", f"INR {amt}")
        cols(p, "bm", spec, "Return reason", "Account closed (R02)")
        p.add("gap")
        p.add("small", "Bank of India will never ask for your PIN or OTP.")
        return p.done()
    if frame == "bengali":
        p = phone(rng, font, k, [sender], dark=False, buttons=())
        p.style["paper"] = (255, 255, 255)
        p.part = "body"
        p.add("small", "Today")
        p.add("gap")
        start = len(p.rows)
        ben_wrap(
            p,
            f"প্রিয় গ্রাহক, আপনার অ্যাকাউন্ট XX{tail4} থেকে {to} কে NEFT মারফত {amt} টাকা পাঠানো হয়েছে।",
            scale=0.95,
        )
        p.add(
            "left",
            f"Rs.{amt} debited from A/c XX{tail4} by NEFT to {to}. UTR {utr}. -BDCC Bank",
            **facts,
        )
        bubble(p, start, hhmm(rng, lower=True))
        return p.done()
    if frame == "hdfc":
        p = mail_page(
            rng,
            font,
            "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
            ["View: Account update for your HDFC Bank A/c"],
        )
        p.part = "body"
        p.add("left", "Dear Customer,")
        vpa = f"lensandloom{rng.randrange(10, 99)}@okhdfcbank"
        p.add(
            "left",
            f"Rs.{amt} has been debited from account **{tail4} to VPA {vpa} {to} on "
            f"{when(j.date, '%d-%m-%y')}. Your UPI transaction reference number is {utr}.",
            **facts,
        )
        p.add("left", "If you did not authorise this transaction, please report it immediately.")
        p.add("gap")
        p.add("left", "Warm Regards,")
        p.add("left", "HDFC Bank")
        return p.done()
    if frame == "passbook":
        p = paper_page(rng, font, [760, 800])
        p.style["paper"] = rng.choice([(232, 242, 240), (236, 240, 248)])
        typeface(p)
        p.part = "head"
        top(p, "UCO BANK")
        p.add("small", f"Bishnupur Branch  |  SB/CA A/c No. XXXXXXX{tail4}  |  {SHORT}")
        p.part = "body"
        n = tt_cols(p)
        w = n - 9 - 36
        head = f"{'DATE':<9}{'PARTICULARS':<{w}}{'WITHDRAWAL':>12}{'DEPOSIT':>12}{'BALANCE':>12}"
        start = len(p.rows)
        typed(p, head)
        balance = rupees(rng, j.amount + 40000, j.amount + 600000, 0.0)
        days = sorted(rng.sample(range(1, 18), 3))
        entries = [
            (j.date - dt.timedelta(days=days[2]), "BY CLG 004512", None, rupees(rng, 8000, 90000, 0.5)),
            (j.date - dt.timedelta(days=days[1]), "BY CASH", None, rupees(rng, 5000, 40000, 0.5)),
            (j.date, f"TO TRF {to}", j.amount, None),
            (j.date + dt.timedelta(days=days[0]), "BY INT", None, rupees(rng, 40, 900, 0.0)),
        ]
        for day, narr, dr, cr in entries:
            balance = round(balance - (dr or 0) + (cr or 0), 2)
            out_ = num(dr, "plain") if dr else ""
            in_ = num(cr, "plain") if cr else ""
            line = f"{when(day, '%d/%m/%y'):<9}{narr[:w]:<{w}}{out_:>12}{in_:>12}{num(balance, 'plain'):>12}"
            if dr:
                typed(p, line, amount=dr, merchant=to, method="netbanking", status=status, date=j.date)
            else:
                typed(p, line)
        cw = load_font(typeface(p), int(p.style["size"] * 0.9)).getlength("M") / room_of(p)
        ledger(p, start, [c * cw for c in (8.5, 8.5 + w, w + 21.5, w + 33.5)], span=(start, len(p.rows) - 1))
        p.add("gap")
        return p.done()
    p = phone(rng, font, k, [""], dark=rng.random() < 0.5, buttons=())
    p.part = "body"
    p.add("small", when(j.date, "%a, {d} %b"))
    p.add("gap")
    c = card_open(p)
    nhead(p, "Axis Mobile", f"{rng.randrange(2, 40)}m", (151, 20, 77), "A")
    p.add("left", "Debit alert")
    p.add(
        "left",
        f"INR {amt} debited from A/c XX{tail4} on {when(j.date, '%d-%m-%Y')} for UPI/{to}/{utr}.",
        **facts,
    )
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    nhead(p, "Messages", f"{rng.randrange(1, 3)}h", (60, 120, 220), "M")
    p.add("left", "Your parcel from Surat is out for delivery.")
    card_close(p, c)
    return p.done()

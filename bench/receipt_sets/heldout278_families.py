"""The twelve heldout278 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Sanjhi paper-stencil craft trust's year of 2026 in Mathura, Uttar Pradesh
(Braj Sanjhi Kala Nyas, a public charitable trust of Sanjhi cutters: its office near Holi Gate, Mathura; its
workshop and studio in Vrindavan, Sanjhi Kala Kendra, where its artists cut Krishna lila in paper with fine
scissors and where visitors learn the craft in workshops; its shop in Loi Bazar, Vrindavan, Sanjhi Ghar, for
stencils, framed art and rangoli stencil kits; the temples' Sanjhi (the stencil rangoli laid on the temple
floors in the Sanjhi season); its stall at Dilli Haat, INA, New Delhi; the web shop brajsanjhi.in; buyers
abroad), told by the proofs of payment it receives (buyers' Google Pay, CRED, MobiKwik, super.money, Kotak
811, iMobile Pay and WhatsApp screens and BharatPe on the shop's phone; a temple trust's voucher, PFMS, SAP
Business Network, RazorpayX, Flipkart Seller Hub, Jaypore's plain-text mail, a school's letter and a
designer's chat; Wise, Barclays, ING, BNP Paribas, MCB, Bank of America, Revolut Business and Maybank2u; its
own tickets, invoices, orders, donation receipts, account book, checkout, a frame's label and a stall's bill)
and those it makes (a Kalpi paper mill, Udaan, a Meerut scissors maker, a Mathura framer, a colour dealer, a
Firozabad glass house, Printo and Busy; Canara ai1, HDFC Bank, UCO Bank, Kotak, AU 0101, YES BIZ, Punjab &
Sind Bank's counter and its own voucher; its artists' and staff's envelopes, slips, screens, payslip and
receipts; the Income Tax Department, the GST portal, DTTDC, the Copyright Office, Nivesh Mitra, the municipal
corporation, the Labour Department and the state's treasury; eight insurers; cards on its terminals and at
shops, a pump and a Delhi hotel; the power company, Vi, Tata Play, Excitel, HP Gas, Bharat Connect and BSNL;
the banks' SMS, a lock screen's notification, a mail and an app's inbox). Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, the units' lines, salutations, Hindi lines (but a bill written in Hindi whose figures carry the
facts), items, stencils, frames, colours, papers, counts, rates, taxable values, GST, TDS, TCS, fees,
commissions, charges, cashback, balances, gross sums, deductions, converted and INR sums, FX rates, periods,
months, policy periods, validity days, invoice, order and letter days, a lock screen's day, a printed page's
header and its day, account, policy, consumer, application, diary, TAN, PAN, GSTIN, CPIN, BSR code, member,
employee and vehicle numbers, UPI IDs of payers, QR codes, stamps, seals, scribbles, thumb boxes, borders,
medallions, cut strips, envelopes' flaps, staples, graph paper, clocks and rules carry no fact. ``Job`` is
heldout167's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page`` and ``paper_page``
heldout140's; ``phone_frame`` heldout126's; ``right`` heldout152's; ``fits`` and ``place`` heldout123's;
``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``paper`` and
``screen`` heldout116's; ``Screen`` heldout113's; ``sign`` and ``glyphs`` heldout93's; ``when``, ``hhmm`` and
``rupees`` heldout86's; ``num`` and ``words_in_rupees`` heldout82's; ``code`` and ``digits`` heldout14's;
heldout269's rows (``kind``, ``row``, ``cols``, ``kv``, ``kvr``, ``zebra``, ``total``, ``strip``, ``ticks``,
``qr``, ``sms_page``, ``mono``, a roll's torn edges), heldout271's (``grid``, ``dots``, ``lab``, ``fill``,
``hand``, ``amtbox``, ``tt``, ``rstamp``, ``perf``, ``revenue``, rounded cards), heldout273's (``pill``,
``field``, ``track``, ``hcells``, ``ledger``, ``avatar``, ``bubble``, ``panel``, ``cell_name``), heldout275's
(``dev``, ``dhand``, ``dlab``, ``sicon``, ``sig``, ``divider``, ``gutter``, ``folds``, ``tabs``, continuous
stationery) and heldout277's ``bigsum``, written in this set's pens and printers' faces. ``compose`` is
heldout158's (as heldout269's to heldout277's), each page's rows drawn by heldout277's ``_render`` and then by
this set's own ``_render`` in the lines it leaves for them: a Sanjhi's cut-paper border (a dark band with
diamonds cut out of it, its inner edge scalloped, a cut lotus at each corner); a cut-paper medallion as a
letterhead's emblem (a dark disc with a lotus's petals and a ring of holes cut out of it); a strip of cut
paper across the page as its divider; a wage envelope's kraft paper with its flap and fibres; staples at a
corner; graph paper; a lock screen's large clock over its wallpaper. The pages' layouts and wordings are this
set's own."""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageChops, ImageDraw

from bench.receipt_sets import heldout106_families, heldout118_families, heldout121_families
from bench.receipt_sets import heldout269_families as h269
from bench.receipt_sets import heldout271_families as h271
from bench.receipt_sets import heldout273_families as h273
from bench.receipt_sets import heldout275_families as h275
from bench.receipt_sets import heldout277_families as h277
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
    cols,
    kind,
    kv,
    kvr,
    mono,
    qr,
    row,
    sms_page,
    strip,
    total,
    zebra,
)
from bench.receipt_sets.heldout271_families import (
    amtbox,
    card_close,
    card_open,
    dots,
    fill,
    grid,
    hand,
    lab,
    perf,
    revenue,
    rstamp,
    tt,
)
from bench.receipt_sets.heldout273_families import (
    avatar,
    bubble,
    field,
    hcells,
    ledger,
    panel,
    pill,
    track,
)
from bench.receipt_sets.heldout275_families import (
    dev,
    dhand,
    divider,
    dlab,
    folds,
    gutter,
    room_of,
    sicon,
    sig,
    tabs,
)
from bench.receipt_sets.heldout277_families import bigsum

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"
# the hands that write on this set's papers: italics and obliques in another mix than heldout275's to
# heldout277's
PENS = [
    "dejavu/DejaVuSerif-Italic.ttf",
    "liberation/LiberationSans-Italic.ttf",
    "noto/NotoSans-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
]
INKS = [(24, 36, 120), (34, 34, 40), (18, 70, 120), (60, 30, 110), (20, 60, 60)]
# the faces a page's fixed-width lines are printed in (a dot-matrix's, a bank printer's, a terminal's)
TYPES = [
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationMono-Regular.ttf",
]
# Sanjhi is cut from black, vermilion, saffron or deep blue paper; each palette its paper and an accent
SANJHI = [
    [(24, 24, 28), (200, 44, 36)],
    [(190, 36, 30), (230, 150, 20)],
    [(226, 112, 14), (150, 30, 30)],
    [(22, 40, 110), (214, 60, 110)],
]

# ---------------------------------------------------------------- the trust

TRUST = "Braj Sanjhi Kala Nyas"
TRUST_CAPS = TRUST.upper()
# the name as a bank's or an app's twenty-letter field cuts it
CUT = "BRAJ SANJHI KALA NYA"
TRUST_HI = "ब्रज सांझी कला न्यास"
KENDRA = "Sanjhi Kala Kendra"
KENDRA_CAPS = KENDRA.upper()
KENDRA_HI = "सांझी कला केंद्र, वृन्दावन"
GHAR = "Sanjhi Ghar"
GHAR_CAPS = GHAR.upper()
GHAR_HI = "सांझी घर"
SHOP = "Braj Sanjhi"
WEB = "brajsanjhi.in"
REGD = "Regd. No. 214/IV/2011, Sub-Registrar, Mathura"
PAN = "AAATB6142K"
GSTIN = "09AAATB6142K1ZR"
OFFICE = "Chowk Bazar, near Holi Gate, Mathura - 281001 (U.P.)"
KENDRA_AT = "Gopinath Bazar, Vrindavan - 281121 (U.P.)"
GHAR_AT = "Loi Bazar, Vrindavan - 281121"
STALL_AT = "Stall 62, Dilli Haat, INA, New Delhi - 110023"
# the Sanjhi season (the fortnight of Pitru Paksha, when Sanjhi is laid in the temples: 26 September to 10
# October 2026) and the Dilli Haat stall's fortnight (1 to 15 November 2026)
SEASON = dt.date(2026, 9, 26)
HAAT = dt.date(2026, 11, 1)
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "UCO Bank": "UCBA",
    "YES Bank": "YESB",
    "AU Small Finance Bank": "AUBL",
    "Punjab & Sind Bank": "PSIB",
    "Indian Bank": "IDIB",
    "Union Bank of India": "UBIN",
    "IndusInd Bank": "INDB",
    "Bank of India": "BKID",
}
SHORT_BANK = {
    "State Bank of India": "SBI",
    "Punjab National Bank": "PNB",
    "Canara Bank": "Canara",
    "Bank of Baroda": "BoB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICICI",
    "Axis Bank": "Axis",
    "Kotak Mahindra Bank": "Kotak",
    "Union Bank of India": "Union Bank",
    "Indian Bank": "Indian Bank",
    "Bank of India": "BOI",
}
# the trust's work: name, HSN, price each (low, high)
WORKS = [
    ("Sanjhi stencil, Krishna with flute, 8 x 10 in", "4823", 450, 1200),
    ("Framed Sanjhi, Raas Leela, 16 x 20 in", "9701", 3200, 7800),
    ("Framed Sanjhi, Kadamba tree and peacocks", "9701", 2600, 6400),
    ("Sanjhi greeting cards, set of 6", "4823", 300, 600),
    ("Sanjhi lamp shade, hand-cut", "4823", 1400, 3200),
    ("Sanjhi wall panel, Govardhan Leela, 24 x 36 in", "9701", 8500, 21000),
    ("Sanjhi bookmarks, set of 4", "4823", 150, 350),
    ("Rangoli stencil kit, 12 designs", "4823", 650, 1400),
    ("Framed Sanjhi, Makhan Chor, 12 x 16 in", "9701", 1800, 4200),
    ("Sanjhi on black paper, Yamuna ghat", "9701", 2200, 5200),
]
CUSTOMERS = [
    "Mrs. Anjali Agarwal",
    "Mr. Vikas Chaturvedi",
    "Ms. Ritu Bansal",
    "Mr. Saurabh Goyal",
    "Mrs. Neelam Saxena",
    "Mr. Arpit Maheshwari",
    "Ms. Kavya Iyengar",
]
# the trust's Sanjhi artists and staff
ARTISTS = [
    "Radhey Shyam Goswami",
    "Kanhaiya Lal Sharma",
    "Meera Devi",
    "Gopal Krishna Verma",
    "Pooja Sharma",
    "Ramesh Chand Soni",
    "Shalini Goswami",
    "Nand Kishore Tiwari",
]


def works(rng: random.Random, n: int, high: float = 10**9) -> list[tuple[str, str, int, float]]:
    """The trust's work sold: name, HSN, quantity, price each (dearer ones left out above ``high``)."""
    pool = [i for i, w in enumerate(WORKS) if w[2] <= high]
    out = []
    for i in rng.sample(pool, min(n, len(pool))):
        name, hsn, lo, hi = WORKS[i]
        q = 1 if lo > 2500 else rng.randrange(1, 4)
        out.append((name, hsn, q, float(rng.randrange(lo, max(lo + 1, min(hi, int(high))) + 1, 50))))
    return out


def split(rng: random.Random, total_: float, n: int) -> list[float]:
    """``total_`` in ``n`` parts of uneven size (each to the paisa) that add up to it."""
    weights = [rng.uniform(0.6, 1.6) for _ in range(n)]
    parts = [round(total_ * w / sum(weights), 2) for w in weights[:-1]]
    parts.append(round(total_ - sum(parts), 2))
    return parts


def day_in(j: Job, rng: random.Random, pats: list[str]) -> str:
    return when(j.date, rng.choice(pats))


def at_hour(rng: random.Random, day: dt.date, pats: list[str], seps=(", ", " ", " | ", " at ")) -> str:
    return f"{when(day, rng.choice(pats))}{rng.choice(seps)}{hhmm(rng, twelve=rng.random() < 0.6)}"


def shift(j: Job, rng: random.Random, day: dt.date) -> None:
    """The payment on another day (the season's, the stall's), its UPI / IMPS reference made again for it."""
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


def phone_no(rng: random.Random) -> str:
    return rng.choice("6789") + digits(rng, 9)


def gstin_of(rng: random.Random, state: str = "09") -> str:
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"


def pick(p: Screen, kind_: str, names: list[str]) -> str:
    """The first of ``names`` that fits a row of ``kind_`` on the page (the last where none does)."""
    for name in names:
        if fits(p, kind_, name):
            return name
    return names[-1]


def cell_fit(p: Screen, share: float, names: list[str], scale: float = 1.0) -> str:
    """The first of ``names`` that fits a cell ``share`` of the room wide (the last where none does)."""
    face = load_font(p.font, int(p.style["size"] * scale))
    for name in names:
        if face.getlength(name) <= share * room_of(p) - 16:
            return name
    return names[-1]


def short(text: str, n: int = 32) -> str:
    """An item's name as a narrow bill prints it: its first parts that fit ``n`` characters."""
    parts = text.split(", ")
    out = parts[0]
    for part in parts[1:]:
        if len(out) + 2 + len(part) > n:
            break
        out = f"{out}, {part}"
    return clip(out, n)


def initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w[0].isalpha()]
    return (words[0][0] + (words[1][0] if len(words) > 1 else "")).upper()


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


def printed_head(p: Screen, rng: random.Random, title: str, url: str, day: dt.date) -> None:
    """A web page printed from a browser: the day and hour it was printed and the page's title along its top,
    small (the browser's header; the day is the printing's, never the payment's)."""
    p.part = "head"
    cols(
        p,
        "prh",
        [(0.0, 0.36, "l"), (0.36, 1.0, "r")],
        f"{when(day, rng.choice(['%d/%m/%Y', '{d}/%m/%y']))}, {hhmm(rng, twelve=rng.random() < 0.5)}",
        clip(title, 46),
        mode="soft",
    )
    p.add("gap")
    ext(p)["foot"] = [clip(url, 60), "1/1"]


def printed_foot(p: Screen) -> None:
    """The printed page's foot: its address at the left and the page's count at the right, small."""
    url, count = ext(p)["foot"]
    p.part = "foot"
    p.add("gap")
    cols(p, "prf", [(0.0, 0.86, "l"), (0.86, 1.0, "r")], url, count, mode="soft")


# ---------------------------------------------------------------- this set's rows


def ext(p: Screen) -> dict:
    return p.style.setdefault("h278", {"marks": {}})


def put(p: Screen, kind_: str, *texts: str, mark_=None, **facts) -> int:
    """A row drawn by this set in its own face (checked by the caller); its index."""
    x = ext(p)
    p.rows.append((kind_, *texts))
    p.tags.append((p.part, facts))
    i = len(p.rows) - 1
    if mark_ is not None:
        x["marks"][str(i)] = mark_
    return i


def lace(p: Screen) -> None:
    """A Sanjhi's cut-paper border round the page: a band of the paper's colour with diamonds cut out of it
    along its middle, its inner edge cut in scallops, a lotus cut out of a square at each corner and a fine
    rule of the accent inside it."""
    ext(p)["lace"] = [list(c) for c in p.rng.choice(SANJHI)]


def medallion(p: Screen) -> None:
    """A cut-paper medallion as a letterhead's emblem: a dark disc with eight lotus petals cut out round its
    middle, a ring of holes inside its rim and a dot of the accent at its heart; centred, three lines high."""
    put(p, "t78med", "", mark_=[list(c) for c in p.rng.choice(SANJHI)])
    p.add("gap")
    p.add("gap")


def cutstrip(p: Screen) -> None:
    """A strip of cut paper across the page as a divider: scalloped both sides, diamonds and dots cut out of
    it in turn; one line high."""
    put(p, "t78cut", "", mark_=[list(c) for c in p.rng.choice(SANJHI)])


def kraft(p: Screen, flap: bool = True) -> None:
    """Kraft paper with its fibres (a frame's dust cover), and for a wage envelope its flap folded down over
    the next two lines (left empty for it) with its gummed edge."""
    p.style["paper"] = p.rng.choice([(214, 186, 140), (206, 176, 128), (220, 194, 150)])
    p.style["ink"] = (36, 30, 26)
    p.style["label_ink"] = (70, 56, 44)
    ext(p)["kraft"] = [len(p.rows) if flap else None, p.rng.randrange(10**6)]
    if flap:
        p.add("gap")
        p.add("gap")


def staple(p: Screen) -> None:
    """Two staples through the page's top left corner (a bill stapled into the file)."""
    ext(p)["staple"] = p.rng.uniform(-40, -26)


def graph(p: Screen) -> None:
    """Squared paper: a pale blue grid across the page, every fifth line darker (an account book's)."""
    ext(p)["graph"] = p.rng.choice([18, 20, 22])


def clock(p: Screen, text: str) -> None:
    """A lock screen's clock: the hour in large thin figures, centred, over a wallpaper's glow from the
    screen's foot; three lines high."""
    assert glyphs(p.font, text)
    put(p, "t78clock", text)
    p.add("gap")
    p.add("gap")
    ext(p)["wall"] = p.rng.choice([[(46, 30, 92), (12, 60, 80)], [(80, 24, 50), (20, 30, 90)]])


# ---------------------------------------------------------------- drawing


def _petal(
    cx: float, cy: float, angle: float, r0: float, r1: float, half: float
) -> list[tuple[float, float]]:
    """A lotus petal's outline from ``r0`` to ``r1`` out from (cx, cy) along ``angle``, ``half`` wide at most."""
    ca, sa = math.cos(angle), math.sin(angle)
    left, right_ = [], []
    for n in range(9):
        t = n / 8
        d = r0 + t * (r1 - r0)
        w = half * math.sin(math.pi * t) * (1.0 - 0.3 * t)
        left.append((cx + d * ca - w * sa, cy + d * sa + w * ca))
        right_.append((cx + d * ca + w * sa, cy + d * sa - w * ca))
    return left + right_[::-1]


def _diamond(draw: ImageDraw.ImageDraw, x: float, y: float, r: float, fill_) -> None:
    draw.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill=fill_)


def _medallion(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, pal, paper_) -> None:
    dark, accent = (tuple(c) for c in pal)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=dark)
    for n in range(28):
        a = 2 * math.pi * n / 28
        hx, hy = cx + 0.86 * r * math.cos(a), cy + 0.86 * r * math.sin(a)
        draw.ellipse((hx - 1.8, hy - 1.8, hx + 1.8, hy + 1.8), fill=paper_)
    for n in range(8):
        a = 2 * math.pi * n / 8 - math.pi / 2
        draw.polygon(_petal(cx, cy, a, 0.2 * r, 0.72 * r, 0.15 * r), fill=paper_)
        b = a + math.pi / 8
        _diamond(draw, cx + 0.62 * r * math.cos(b), cy + 0.62 * r * math.sin(b), 0.06 * r, paper_)
    draw.ellipse((cx - 0.13 * r, cy - 0.13 * r, cx + 0.13 * r, cy + 0.13 * r), fill=accent)


def _cutstrip(draw: ImageDraw.ImageDraw, x0: float, x1: float, cy: float, pal, paper_) -> None:
    dark = tuple(pal[0])
    half = 6
    draw.rectangle((x0, cy - half, x1, cy + half), fill=dark)
    step_ = 12
    x = x0
    while x + step_ <= x1:
        draw.pieslice((x, cy - half - 5, x + step_, cy - half + 5), 180, 360, fill=dark)
        draw.pieslice((x, cy + half - 5, x + step_, cy + half + 5), 0, 180, fill=dark)
        x += step_
    n = 0
    x = x0 + 9
    while x < x1 - 6:
        if n % 2 == 0:
            _diamond(draw, x, cy, 3.6, paper_)
        else:
            draw.ellipse((x - 1.8, cy - 1.8, x + 1.8, cy + 1.8), fill=paper_)
        x += 9
        n += 1


def _lace(draw: ImageDraw.ImageDraw, w: int, h: int, pal, paper_) -> None:
    dark, accent = (tuple(c) for c in pal)
    off, band_ = 4, 13
    draw.rectangle((off, off, w - off - 1, h - off - 1), outline=dark, width=band_)
    mid = off + band_ / 2
    for x in range(28, w - 28, 15):
        _diamond(draw, x, mid, 3.4, paper_)
        _diamond(draw, x, h - 1 - mid, 3.4, paper_)
    for y in range(28, h - 28, 15):
        _diamond(draw, mid, y, 3.4, paper_)
        _diamond(draw, w - 1 - mid, y, 3.4, paper_)
    inner = off + band_
    for x in range(inner, w - inner - 10, 10):
        draw.pieslice((x, inner - 5, x + 10, inner + 5), 0, 180, fill=dark)
        draw.pieslice((x, h - 1 - inner - 5, x + 10, h - 1 - inner + 5), 180, 360, fill=dark)
    for y in range(inner, h - inner - 10, 10):
        draw.pieslice((inner - 5, y, inner + 5, y + 10), 270, 450, fill=dark)
        draw.pieslice((w - 1 - inner - 5, y, w - 1 - inner + 5, y + 10), 90, 270, fill=dark)
    for cx, cy in (
        (off + 11, off + 11),
        (w - off - 12, off + 11),
        (off + 11, h - off - 12),
        (w - off - 12, h - off - 12),
    ):
        draw.rectangle((cx - 12, cy - 12, cx + 12, cy + 12), fill=dark)
        for n in range(6):
            draw.polygon(_petal(cx, cy, 2 * math.pi * n / 6, 2, 10, 2.6), fill=paper_)
        draw.ellipse((cx - 2, cy - 2, cx + 2, cy + 2), fill=accent)
    draw.rectangle((inner + 9, inner + 9, w - inner - 10, h - inner - 10), outline=accent, width=1)


def _render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout277's ``_render`` (heldout275's, 273's, 271's, 269's and heldout14's beneath it), then this
    set's rows and marks: cut-paper medallions and strips, a lock screen's clock over its wallpaper; graph
    paper, kraft paper with its flap, a Sanjhi's cut-paper border and staples."""
    page = h277._render(rows, font, style)
    x = style.get("h278")
    if not x:
        return page
    width, size = style.get("width", 620), style.get("size", 22)
    tops, line = h271._tops(rows, font, style)
    lift = int(size * 0.24)
    ink = tuple(style.get("ink", (25, 25, 30)))
    paper_ = tuple(style.get("paper", (255, 255, 255)))
    marks = x["marks"]
    w, h = page.size
    if x.get("graph"):
        gap_ = x["graph"]
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for n, xx in enumerate(range(6, w, gap_)):
            ld.line((xx, 0, xx, h), fill=(196, 214, 236) if n % 5 else (170, 194, 228), width=1)
        for n, yy in enumerate(range(6, h, gap_)):
            ld.line((0, yy, w, yy), fill=(196, 214, 236) if n % 5 else (170, 194, 228), width=1)
        page = ImageChops.multiply(page, layer)
    if x.get("kraft"):
        first, seed = x["kraft"]
        frng = random.Random(seed)
        layer = Image.new("RGB", page.size, (255, 255, 255))
        ld = ImageDraw.Draw(layer)
        for _ in range(w * h // 900):
            fx, fy = frng.uniform(0, w), frng.uniform(0, h)
            a = frng.uniform(0, math.pi)
            ln = frng.uniform(3, 9)
            shade = frng.randrange(212, 240)
            ld.line(
                (fx, fy, fx + ln * math.cos(a), fy + ln * math.sin(a)), fill=(shade, shade - 8, shade - 20)
            )
        fy = tops[first] + 2 * line - lift - 6 if first is not None else 0
        if first is not None:
            ld.polygon([(0, 0), (w, 0), (w, fy * 0.35), (w / 2, fy), (0, fy * 0.35)], fill=(226, 214, 196))
        page = ImageChops.multiply(page, layer)
        if first is not None:
            dr = ImageDraw.Draw(page)
            dr.line([(0, fy * 0.35), (w / 2, fy), (w, fy * 0.35)], fill=(140, 110, 76), width=2)
            dr.line(
                [(14, fy * 0.35 - 6), (w / 2, fy - 8), (w - 14, fy * 0.35 - 6)], fill=(190, 160, 118), width=4
            )
    if x.get("wall"):
        top_c, foot_c = (tuple(c) for c in x["wall"])
        layer = Image.new("RGB", page.size, (0, 0, 0))
        ld = ImageDraw.Draw(layer)
        for yy in range(0, h, 2):
            t = yy / max(1, h - 1)
            ld.line(
                (0, yy, w, yy),
                fill=tuple(int(top_c[c] * (1 - t) + foot_c[c] * t) for c in range(3)),
                width=2,
            )
        page = ImageChops.lighter(page, layer)
    draw = ImageDraw.Draw(page)
    for i, r in enumerate(rows):
        name = r[0]
        if not name.startswith("t78"):
            continue
        top_y = tops[i] - lift
        m = marks.get(str(i))
        if name == "t78med":
            rad = line * 1.35
            _medallion(draw, width / 2, top_y + rad + 4, rad, m, paper_)
        elif name == "t78cut":
            _cutstrip(draw, MARGIN + 4, width - MARGIN - 4, top_y + line / 2, m, paper_)
        elif name == "t78clock":
            face = load_font(font, int(size * 3.4))
            tw = face.getlength(r[1])
            draw.text(((width - tw) / 2, top_y + 2), r[1], font=face, fill=ink)
    if x.get("lace"):
        _lace(draw, w, h, x["lace"], paper_)
    if x.get("staple") is not None:
        ang = math.radians(x["staple"])
        for n in range(2):
            sx, sy = 14 + 9 * n, 46 + 9 * n
            ex, ey = sx + 30 * math.cos(ang), sy + 30 * math.sin(ang)
            draw.line((sx + 1, sy + 2, ex + 1, ey + 2), fill=(176, 176, 176), width=3)
            draw.line((sx, sy, ex, ey), fill=(112, 114, 124), width=3)
            draw.ellipse((sx - 2, sy - 2, sx + 2, sy + 2), fill=(84, 86, 96))
            draw.ellipse((ex - 2, ey - 2, ex + 2, ey + 2), fill=(84, 86, 96))
    return page


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """heldout158's frames and marks (as heldout269's to heldout277's), each page's rows drawn by ``_render``
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
            raise FileNotFoundError(f"heldout278 draws in {FONT_DIR}/{face}, which is not installed")


# ---------------------------------------------------------------- 1. buyers: UPI apps, the shop's own app


GPAY_BLUE, CRED_DARK, MOBIKWIK_BLUE, SUPER_ORANGE = (26, 115, 232), (18, 18, 22), (0, 92, 180), (255, 98, 0)
KOTAK_RED, ICICI_ORANGE, BHARATPE_TEAL, WA_GREEN = (237, 28, 36), (174, 40, 30), (0, 160, 160), (0, 128, 105)
PAYEES = [GHAR_CAPS, GHAR, TRUST_CAPS, "SANJHI GHAR VRINDAVAN", KENDRA]
VPAS = [
    "sanjhighar@sbi",
    "brajsanjhi@pnb",
    "Q318604275@ybl",
    "sanjhighar.vrn@okaxis",
    "brajsanjhikala@okicici",
]
BUYERS = [
    ("Anjali Agarwal", "anjaliagarwal@okhdfcbank", "HDFC Bank"),
    ("Vikas Chaturvedi", "vikas.chaturvedi@oksbi", "State Bank of India"),
    ("Ritu Bansal", "ritubansal@ybl", "ICICI Bank"),
    ("Saurabh Goyal", "saurabhg@axl", "Axis Bank"),
    ("Neelam Saxena", "neelamsaxena@okaxis", "Punjab National Bank"),
    ("Arpit Maheshwari", "arpitm@paytm", "Canara Bank"),
    ("Kavya Iyengar", "kavya.iyengar@ibl", "Kotak Mahindra Bank"),
    ("Deepak Pathak", "dpathak@barodampay", "Bank of Baroda"),
]
NOTES = [
    "Sanjhi workshop x2",
    "framed Raas Leela",
    "stencil kit",
    "lamp shade",
    "greeting cards",
    "Govardhan panel",
]


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers and visitors paying the Vrindavan shop, the workshop or the trust: Google Pay's payment (the
    payee's initials, "To <payee>", its UPI ID, the sum, a Completed line, the day and hour, a card: UPI
    transaction ID, To, From, Google transaction ID); CRED's dark receipt in small letters ("payment
    successful", the sum, "paid to <payee>", "paid on <day>, <hour>", hairline rows: UPI reference no., CRED
    transaction id, paid via); MobiKwik's payment processing under a clock's mark ("to <payee>", boxed
    fields: MobiKwik Txn ID, UPI Ref. No., Initiated on); super.money's sentence ("<sum> paid to <payee>",
    "on <day> at <hour>", UPI Ref ID, Paid from, Note; a cashback card); Kotak 811's failed payment under a
    cross ("Payment to <payee> could not be completed.", each label small over its value: Reason, UPI Ref.
    No., Date & Time, Debit A/c); iMobile Pay's transaction details with the hour alone (Paid to, the sum,
    Time, UPI Ref No, Remarks, Paid from; no day); BharatPe on the shop's phone (the shop under the app, a
    card: Payment received, the sum, "from <buyer>", the day and hour, Settlement; no reference); WhatsApp's
    payment details ("You paid <payee>", the sum, Completed, the day and hour, UPI transaction ID, WhatsApp
    payment ID, To, From). All new here."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=300, high=28000, p_round=0.7)
    rs = money(rng, font, 0.5)
    to = rng.choice(PAYEES)
    vpa = rng.choice(VPAS)
    who, their, bank = BUYERS[(k + rng.randrange(3)) % len(BUYERS)]
    sb = SHORT_BANK.get(bank, bank)
    dot = sign(font, "\u2022", "*")
    tick_ = sign(font, "\u2713", "")
    if k == 0:
        p = phone(rng, font, k, [""], dark=False, buttons=("Share", "Split"))
        p.part = "head"
        p.add("gap")
        p.part = "body"
        name = pick(p, "center", [f"To {to}", f"To {GHAR}"])[3:]
        avatar(p, initials(name), GPAY_BLUE)
        p.add("center", f"To {name}", merchant=name)
        p.add("small", vpa)
        bigsum(p, rs.mark, j.amount, rng.choice(["indian", "western"]), amount=j.amount)
        p.add("center", f"{tick_} Completed".strip(), status=status)
        p.accent(GREEN)
        p.add("small", at_hour(rng, j.date, ["{d} %b %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
        p.add("gap")
        c = card_open(p)
        lab(p, "UPI transaction ID")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "To")
        p.add("left", clip(f"{name} ({vpa})", 40))
        lab(p, "From")
        p.add("left", f"{who} ({sb} {dot * 4}{digits(rng, 4)})", method="UPI")
        gid = "CICAgO" + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        lab(p, "Google transaction ID")
        p.add("left", gid, txn=(TXN_RANK, gid))
        card_close(p, c)
        p.add("small", "Powered by UPI")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, [""], dark=True, buttons=("share",))
        app_head(p, "CRED", "pay")
        p.add("center", "payment successful", status=status)
        p.accent((140, 220, 170))
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"paid to {to}", f"paid to {GHAR}"])[8:]
        p.add("center", f"paid to {name}", merchant=name)
        p.add("small", f"paid on {at_hour(rng, j.date, ['{d} %b %Y', '%d %b %Y'], (', ',))}", date=j.date)
        p.add("rule")
        cid = f"CRD{digits(rng, 15)}"
        kvr(p, "UPI reference no.", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "CRED transaction id", cid, txn=(TXN_RANK, cid))
        kvr(p, "paid via", f"{sb} {dot * 2}{digits(rng, 4)} (UPI)", method="UPI")
        p.add("gap")
        p.add("small", f"you earned {rng.randrange(80, 900)} CRED coins")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Check status",))
        band(p, MOBIKWIK_BLUE)
        app_head(p, "MobiKwik", "UPI")
        sicon(p, status)
        p.add("center", "Payment processing", status=status)
        p.accent(AMBER)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {to}", f"to {GHAR}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", f"Waiting for confirmation from {sb}. Please do not pay again.")
        p.add("gap")
        mid = f"MBK{j.date:%y%m%d}{digits(rng, 10)}"
        field(p, "MobiKwik Txn ID", mid, txn=(TXN_RANK, mid))
        field(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        field(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 3:
        p = phone(rng, font, k, [""], dark=False, buttons=("Share receipt", "Done"))
        band(p, SUPER_ORANGE)
        app_head(p, "super.money", "UPI payment")
        p.add("gap")
        name = pick(p, "center", [to, GHAR])
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"paid to {name}", merchant=name, status=status)
        p.accent((200, 70, 0))
        p.add("small", f"on {at_hour(rng, j.date, ['{d} %b %Y', '%d %B %Y'], (' at ',))}", date=j.date)
        p.add("rule")
        kvr(p, "UPI Ref ID", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paid from", f"{sb} {dot * 2}{digits(rng, 4)}", method="UPI")
        kvr(p, "Note", rng.choice(NOTES))
        p.add("gap")
        c = card_open(p)
        p.add("center", f"{rs(float(rng.choice([3, 7, 12, 21])))} cashback unlocked")
        p.add("small", "Tap to add it to your super.money balance")
        card_close(p, c)
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Retry",))
        band(p, KOTAK_RED)
        app_head(p, "Kotak 811", "UPI")
        sicon(p, status)
        p.add("center", "Transaction Failed", status=status)
        p.accent(RED)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "left", [to, GHAR])
        p.add("center", "Payment to")
        p.add("center", name, merchant=name)
        p.add("center", "could not be completed.")
        p.add("rule")
        lab(p, "Reason")
        p.add("left", "Beneficiary bank not reachable (U16)")
        lab(p, "UPI Ref. No.")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref))
        lab(p, "Date & Time")
        p.add("left", at_hour(rng, j.date, ["%d %b %Y", "%d-%m-%Y"], (", ",)), date=j.date)
        lab(p, "Debit A/c")
        p.add("left", f"811 Savings XX{digits(rng, 4)} (UPI)", method="UPI")
        p.add("small", "No money has been debited from your account.")
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Transaction details"], dark=False, buttons=("Share", "Raise dispute"))
        band(p, ICICI_ORANGE)
        app_head(p, "iMobile Pay", "ICICI Bank")
        name = pick(p, "left", [to, GHAR])
        lab(p, "Paid to")
        p.add("left", name, merchant=name)
        p.add("small", vpa)
        p.add("big", rs(j.amount), amount=j.amount)
        pill(p, "Successful", status, align="l")
        p.add("rule")
        kvr(p, "Time", hhmm(rng, twelve=True))
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Remarks", rng.choice(NOTES))
        kvr(p, "Paid from", f"ICICI Bank XX{digits(rng, 4)}", method="UPI")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share",))
        band(p, BHARATPE_TEAL)
        app_head(p, "BharatPe", "for Business")
        name = pick(p, "center", [GHAR_CAPS, GHAR])
        p.add("center", name, merchant=name)
        p.add("small", f"{GHAR_AT}  |  UPI QR")
        p.add("gap")
        c = card_open(p)
        pill(p, "Payment received", status, align="l")
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("left", f"from {who}")
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ", " | ")), date=j.date)
        card_close(p, c)
        p.add("gap")
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Settlement", f"to A/c XX{digits(rng, 4)}, tomorrow")
        p.add("gap")
        p.add("small", "Loans up to 10 lakh for your shop. Check your offer.")
        return p.done()
    p = phone(rng, font, k, ["", "Payment details"], dark=rng.random() < 0.3, buttons=())
    band(p, WA_GREEN)
    app_head(p, "WhatsApp", "Payments")
    name = pick(p, "center", [f"You paid {to}", f"You paid {GHAR}"])[9:]
    p.add("center", f"You paid {name}", merchant=name)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("center", f"{tick_} Completed".strip(), status=status)
    p.accent(GREEN)
    p.add("small", at_hour(rng, j.date, ["{d} %B %Y", "%d %b %Y"], (", ", " at ")), date=j.date)
    p.add("rule")
    wid = f"{code(rng, 6, UPPER)}{digits(rng, 10)}"
    lab(p, "UPI transaction ID")
    p.add("left", j.ref, txn=(UTR_RANK, j.ref))
    lab(p, "WhatsApp payment ID")
    p.add("left", wid, txn=(TXN_RANK, wid))
    lab(p, "To")
    p.add("left", vpa)
    lab(p, "From")
    p.add("left", f"{sb} {dot * 4}{digits(rng, 4)}", method="UPI")
    return p.done()


# ---------------------------------------------------------------- 2. buyers' advices


# payer, its town, the frame
PAYERS = [
    ("Shri Radha Madhav Mandir Seva Trust", "Seva Kunj, Vrindavan - 281121", "voucher"),
    ("Office of the Development Commissioner (Handicrafts)", "Ministry of Textiles, New Delhi", "pfms"),
    ("Kesar Bagh Resorts Pvt Ltd", "Fatehabad Road, Agra - 282001", "ariba"),
    ("Kunj Wedding Decor LLP", "Chhatikara Road, Vrindavan - 281121", "razorpayx"),
    ("Flipkart Internet Pvt Ltd", "Bengaluru", "flipkart"),
    ("Jaypore E-Commerce Pvt Ltd", "Gurugram - 122002", "plain"),
    ("Braj Valley Public School", "Masani, Mathura - 281003", "school"),
    ("Ankita Interiors", "Hauz Khas, New Delhi", "chat"),
]
RADHA_MADHAV_HI = "श्री राधा माधव मंदिर सेवा ट्रस्ट"


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Vrindavan temple trust, the Development Commissioner (Handicrafts) through PFMS, an Agra resort
    through SAP Business Network, a wedding decorator through RazorpayX, Flipkart, Jaypore, a Mathura school
    and a Delhi interior designer paying the trust: the temple trust's PAYMENT VOUCHER under its Hindi name
    (Voucher No. beside Date:, a table ruled on every side: Paid to, Towards, Amount (Rs.), Rupees, Mode of
    payment, UTR No.; boxes for Prepared by, Checked by, Authorised by and Receiver's signature); PFMS' Know
    Your Payments printed from a browser (the day it was printed and the page's title on top, its address at
    the foot; a banded table Scheme | Beneficiary | Amount | Status, dot leaders: PFMS Transaction ID,
    Payment mode, Sent to bank on, Bank transaction ID awaited); SAP Business Network's Remittance Advice
    (Pay From beside Pay To, labels set right against a gutter: Remittance ID, Payment Date, Payment Method,
    Payment Reference Number, Net Amount; a ruled table of invoices with TDS); RazorpayX's payout reversed (a
    Reversed capsule, boxed fields: Payout ID, Contact, Fund account, Mode, Amount, Created at, Reversed at,
    Reason); Flipkart Seller Hub's settlement (a Settled band, shaded label cells: Seller name, Settlement
    date, NEFT ID, Settled amount, Bank account; a striped table of orders with their fees); Jaypore's
    plain-text REMITTANCE ADVICE in a fixed-width face (Vendor, Vendor Code, Payment Ref, Value Date, Mode,
    UTR, its invoices between dashes, Total remitted); a school's letter with its folds ("... has been paid
    to <trust> by NEFT on <day> ..."; no reference); a designer's WhatsApp Web chat under Today ("Paid the
    balance <sum> to <trust> by IMPS. Ref ..."; no day). All new here."""
    k = place("buyer_advices")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 7, low=8000, high=240000)
    payer, town, frame = PAYERS[k]
    payee = rng.choice([TRUST, TRUST_CAPS])
    rs = money(rng, font, 0.2, marks=("Rs.", "\u20b9", "INR", "Rs"))
    if frame == "voucher":
        shift(j, rng, SEASON + dt.timedelta(days=rng.randrange(15, 26)))
        j.amount = float(rng.randrange(21000, 125000, 100))
        p = sheet_page(rng, font, [740, 780])
        p.part = "head"
        dev(p, RADHA_MADHAV_HI, scale=1.0, bold=True)
        top(p, pick(p, "title", [payer, "Shri Radha Madhav Mandir"]))
        p.add("small", town)
        p.add("center", "PAYMENT VOUCHER")
        p.add("rule")
        p.part = "body"
        vno = f"PV/{fy(j.date)}/{rng.randrange(100, 999):04d}"
        cols(
            p,
            "pv",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Voucher No. {vno}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            date=j.date,
        )
        p.add("gap")
        utr = utr_for(rng, j, "State Bank of India", "NEFT")
        words = words_in_rupees(j.amount)
        grid(
            p,
            "pvg",
            [(0.0, 0.3, "l"), (0.3, 1.0, "l")],
            None,
            [
                (["Paid to", payee], {"merchant": payee}),
                (
                    [
                        "Towards",
                        f"Sanjhi laid in the temple's courtyard, Sanjhi season {j.date.year} (16 days)",
                    ],
                    {},
                ),
                (["Amount (Rs.)", f"{num(j.amount)}"], {"amount": j.amount}),
                (["Rupees", words], {}),
                (["Mode of payment", "NEFT from SBI A/c XXXXXX" + digits(rng, 4)], {"method": "netbanking"}),
                (["UTR No.", utr], {"txn": (UTR_RANK, utr), "status": status}),
            ],
            tint=(246, 230, 214),
        )
        p.add("gap")
        spec = [(0.0, 0.25, "c"), (0.25, 0.5, "c"), (0.5, 0.75, "c"), (0.75, 1.0, "c")]
        grid(
            p,
            "pvs",
            spec,
            ["Prepared by", "Checked by", "Authorised by", "Receiver"],
            [(["", "", "", ""], {}), (["", "", "", ""], {})],
        )
        p.add("small", f"Debit: Sanjhi Seva A/c  |  Head: Utsav expenses  |  Vch. {vno}")
        return p.done()
    if frame == "pfms":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        printed_head(
            p,
            rng,
            "PFMS - Know Your Payments",
            "https://pfms.nic.in/NewDefaultHome.aspx/KnowYourPayment",
            j.date + dt.timedelta(days=rng.randrange(1, 4)),
        )
        p.part = "head"
        top(p, "PFMS")
        p.add("small", "Public Financial Management System  |  Controller General of Accounts")
        p.add("center", "Know Your Payments")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Payer: {payer}")
        p.add("gap")
        name = cell_fit(p, 0.3, [payee, CUT], scale=0.84)
        zebra(
            p,
            "pf",
            [(0.0, 0.3, "l"), (0.3, 0.62, "l"), (0.62, 0.78, "r"), (0.78, 1.0, "l")],
            ["Scheme", "Beneficiary", "Amount", "Status"],
            [
                (
                    ["NHDP - Design workshop", name, num(j.amount), "Sent to bank"],
                    {"merchant": name, "amount": j.amount, "status": status},
                )
            ],
            (30, 70, 120),
        )
        p.add("gap")
        tid = f"PFMS{j.date:%y}{digits(rng, 10)}"
        dots(p, "PFMS Transaction ID", tid, at=0.46, txn=(TXN_RANK, tid))
        dots(p, "Payment mode", "e-Payment (NEFT)", at=0.46, method="netbanking")
        dots(p, "Sent to bank on", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), at=0.46, date=j.date)
        dots(p, "Bank transaction ID", "Awaited", at=0.46)
        dots(
            p,
            "Sanction No.",
            f"K-{rng.randrange(11000, 19999)}/{rng.randrange(10, 99)}/{j.date.year}",
            at=0.46,
        )
        p.add("small", "The bank's response is shown here once the credit is confirmed.")
        printed_foot(p)
        return p.done()
    if frame == "ariba":
        p = browser_page(rng, font, "service.ariba.com/Supplier.aw/remittance")
        p.part = "head"
        top(p, "SAP Business Network")
        p.add("small", "Supplier account  |  Payments  |  Remittance Advice")
        p.add("rule")
        p.part = "body"
        name = cell_fit(p, 0.5, [payee, CUT])
        cols(p, "arh", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], "Pay From:", "Pay To:", mode="soft")
        cols(p, "ar", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], clip(payer, 30), name, merchant=name)
        cols(p, "ar", [(0.0, 0.5, "l"), (0.5, 1.0, "l")], "Agra, India", "Vrindavan, India")
        p.add("gap")
        rid = f"RA-{digits(rng, 8)}"
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        gutter(p, "ag", "Remittance ID", rid, txn=(INVOICE_RANK, rid))
        gutter(p, "ag", "Payment Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        gutter(p, "ag", "Payment Method", "NEFT", method="netbanking")
        gutter(p, "ag", "Payment Reference Number", utr, txn=(UTR_RANK, utr))
        gutter(p, "ag", "Net Amount", f"{num(j.amount)} INR", amount=j.amount)
        gutter(p, "ag", "Status", "Paid", status=status)
        p.add("gap")
        nets = split(rng, j.amount, rng.randrange(1, 4))
        rows_ = []
        for net in nets:
            gross = round(net / 0.98, 2)
            inv = f"BSKN/{fy(j.date)}/{rng.randrange(10, 300):03d}"
            rows_.append(
                ([inv, when(earlier(rng, j, 12, 45), "%d %b %Y"), num(gross), num(gross - net), num(net)], {})
            )
        grid(
            p,
            "ari",
            [(0.0, 0.28, "l"), (0.28, 0.46, "l"), (0.46, 0.64, "r"), (0.64, 0.8, "r"), (0.8, 1.0, "r")],
            ["Invoice #", "Invoice Date", "Gross", "TDS 2%", "Net"],
            rows_,
            foot=(["Net Amount", num(j.amount)], {}),
            tint=(220, 232, 246),
        )
        return p.done()
    if frame == "razorpayx":
        pid = f"pout_{code(rng, 14, MIXED)}"
        p = browser_page(rng, font, f"x.razorpay.com/payouts/{pid}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts  |  {payer}")
        p.add("rule")
        p.part = "body"
        pill(p, "Reversed", status, align="l")
        p.add(
            "small", "The payout was reversed by the beneficiary's bank. The amount is back in your balance."
        )
        p.add("gap")
        name = pick(p, "left", [payee, CUT])
        field(p, "Payout ID", pid, txn=(TXN_RANK, pid))
        field(p, "Contact", name, merchant=name)
        field(p, "Fund account", f"A/c {tail(rng)}  |  PUNB0{digits(rng, 6)}")
        field(p, "Mode", "IMPS", method="netbanking")
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Created at", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        later = j.date + dt.timedelta(days=rng.randrange(1, 3))
        field(p, "Reversed at", at_hour(rng, later, ["%d %b %Y", "%d/%m/%Y"], (", ",)))
        field(p, "Reason", "Beneficiary account is dormant")
        return p.done()
    if frame == "flipkart":
        p = browser_page(rng, font, "seller.flipkart.com/index.html#dashboard/payments/settled")
        p.part = "head"
        top(p, "Flipkart Seller Hub")
        p.add("small", "Payments  |  Settled  |  Settlement details")
        p.add("rule")
        p.part = "body"
        strip(p, "Settled to your bank account", status)
        p.add("gap")
        utr = utr_for(rng, j, "Axis Bank", "NEFT")
        j.amount = rupees(rng, 6000, 68000, 0.0)
        name = h273.cell_name(p, 0.62, [payee, CUT], scale=1.0)
        kv(p, "Seller name", name, at=0.36, merchant=name)
        kv(p, "Settlement date", day_in(j, rng, ["%d %b %Y", "%b {d}, %Y"]), at=0.36, date=j.date)
        kv(p, "NEFT ID", utr, at=0.36, txn=(UTR_RANK, utr), method="netbanking")
        kv(p, "Settled amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Bank account", f"Punjab National Bank {tail(rng)}", at=0.36)
        p.add("gap")
        nets = split(rng, j.amount, rng.randrange(2, 5))
        rows_ = []
        for net in nets:
            sale = round(net / 0.84, 2)
            fee = round(sale * 0.11, 2)
            ship = round(sale - net - fee, 2)
            rows_.append(([f"OD{digits(rng, 12)}", num(sale), num(fee), num(ship), num(net)], {}))
        zebra(
            p,
            "fk",
            [(0.0, 0.36, "l"), (0.36, 0.53, "r"), (0.53, 0.68, "r"), (0.68, 0.83, "r"), (0.83, 1.0, "r")],
            ["Order ID", "Sale", "Fees", "Shipping", "Net"],
            rows_,
            (40, 116, 240),
        )
        p.add("small", "Fees: commission and collection fee with GST; TCS and TDS u/s 194-O withheld.")
        return p.done()
    if frame == "plain":
        p = mail_page(
            rng,
            font,
            "Jaypore Accounts <payables@jaypore.com>",
            ["Remittance advice - BRAJ SANJHI KALA NYAS", "Payment remitted to your account"],
        )
        p.part = "body"
        p.add("left", "Dear Partner,")
        p.add(
            "left",
            "Please find below the details of the payment remitted to your bank account.",
            status=status,
        )
        p.add("gap")
        utr = utr_for(rng, j, "ICICI Bank", "NEFT")
        ref = f"JEC/PAY/{fy(j.date)}/{rng.randrange(1000, 9999)}"
        mono(p, "REMITTANCE ADVICE")
        mono(p, "-" * 52)
        mono(p, f"Vendor      : {TRUST_CAPS}", merchant=TRUST_CAPS)
        mono(p, f"Vendor Code : V-{digits(rng, 6)}")
        mono(p, f"Payment Ref : {ref}", txn=(INVOICE_RANK, ref))
        mono(p, f"Value Date  : {day_in(j, rng, ['%d-%m-%Y', '%d/%m/%Y', '%d-%b-%Y'])}", date=j.date)
        mono(p, "Mode        : NEFT", method="netbanking")
        mono(p, f"UTR         : {utr}", txn=(UTR_RANK, utr))
        mono(p, "-" * 52)
        mono(p, f"{'Invoice No.':<16}{'Inv Date':<11}{'Amount':>12}{'TDS':>13}")
        nets = split(rng, j.amount, rng.randrange(1, 4))
        for net in nets:
            gross = round(net / 0.99, 2)
            inv = f"BSKN/{rng.randrange(10, 300):03d}"
            mono(
                p,
                f"{inv:<16}{when(earlier(rng, j, 15, 60), '%d-%m-%y'):<11}{gross:>12,.2f}{gross - net:>13,.2f}",
            )
        mono(p, "-" * 52)
        mono(p, f"{'Total remitted (INR)':<30}{j.amount:>22,.2f}", amount=j.amount)
        mono(p, "-" * 52)
        p.add("gap")
        p.add("left", "Regards,")
        p.add("left", "Accounts Payable, Jaypore")
        return p.done()
    if frame == "school":
        p = sheet_page(rng, font, [740, 780])
        folds(p)
        p.part = "head"
        top(p, pick(p, "title", [payer, "Braj Valley School"]))
        p.add("small", f"(Affiliated to CBSE, No. 21{digits(rng, 5)})  |  {town}")
        p.add("rule")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(1, 6))
        cols(
            p,
            "sl",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"Ref. BVPS/Accts/{j.date.year}/{rng.randrange(100, 400)}",
            f"Date: {when(later, '%d.%m.%Y')}",
        )
        p.add("gap")
        p.add("left", "To,")
        p.add("left", "The Managing Trustee,")
        p.add("left", TRUST)
        p.add("left", KENDRA_AT)
        p.add("gap")
        p.add("left", "Subject: Payment for the Sanjhi workshop for our students")
        p.add("gap")
        j.amount = float(rng.randrange(9000, 48000, 500))
        held = earlier(rng, j, 4, 20)
        p.add(
            "left",
            f"Dear Sir, this is to confirm that a sum of Rs. {num(j.amount, 'indian', 0)}/- "
            f"({words_in_rupees(j.amount)}) has been paid to {payee} by NEFT on "
            f"{day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} for the Sanjhi workshop held for our Class VII students "
            f"on {when(held, '{d} %B %Y')}.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
            merchant=payee,
        )
        p.add("left", "We thank you and your artists for a memorable day.")
        p.add("gap")
        sig(p)
        right(p, "Principal")
        return p.done()
    p = browser_page(rng, font, "web.whatsapp.com")
    p.part = "head"
    p.add("title", payer)
    p.add("small", "Delhi  |  business account")
    p.add("gap")
    p.part = "body"
    divider(p, "Today")
    s = len(p.rows)
    j.amount = rupees(rng, 8000, 90000, 0.6)
    amt = rng.choice([f"Rs {num(j.amount, 'indian')}", f"\u20b9{num(j.amount, 'indian')}"])
    if not glyphs(font, amt):
        amt = f"Rs {num(j.amount, 'indian')}"
    p.add(
        "left",
        f"Hi! Paid the balance {amt} to {payee} by IMPS just now. Ref {j.ref}.",
        amount=j.amount,
        merchant=payee,
        method="netbanking",
        status=status,
        txn=(UTR_RANK, j.ref),
    )
    p.add("left", "Please dispatch the four framed Raas Leela panels by Friday.")
    bubble(p, s, hhmm(rng, lower=True))
    p.add("gap")
    s = len(p.rows)
    p.add("left", "Also send the GST invoice on mail. Thanks!")
    bubble(p, s, hhmm(rng, lower=True))
    return p.done()


# ---------------------------------------------------------------- 3. buyers abroad


# remitter, town, currency, sum (low, high), the frame
ABROAD = [
    ("Lotus Path Gallery LLC", "Santa Fe, USA", "USD", 800, 6000, "wise"),
    ("Brighton Paper Arts Ltd", "Brighton, United Kingdom", "GBP", 600, 5000, "barclays"),
    ("Atelier Papierknip B.V.", "Utrecht, Netherlands", "EUR", 700, 6000, "ing"),
    ("Mme Claire Dubois", "Lyon, France", "EUR", 500, 4000, "bnp"),
    ("Gokul Heritage Crafts Ltd", "Port Louis, Mauritius", "MUR", 30000, 240000, "mcb"),
    ("Golden Lotus Imports Inc.", "Houston, USA", "USD", 1200, 8000, "bofa"),
    ("Kaunis Paber OU", "Tallinn, Estonia", "EUR", 600, 5000, "revolut"),
    ("Teratai Kraf Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", 2000, 18000, "maybank"),
]
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def french(day: dt.date) -> str:
    """A day as a French letter writes it: 18 mai 2026 (1er for the first)."""
    return f"{'1er' if day.day == 1 else day.day} {MOIS[day.month - 1]} {day.year}"


def abroad(rng: random.Random, font: str, cur: str, frame: str):
    """A foreign sum as its page prints it: US dollars with US$ or USD and pounds with a sign or code, English
    grouping; euros the Dutch way on ING (€ 2.450,00), the French way on BNP Paribas (2 450,00 EUR) and the
    English way on Revolut (€2,450.00); Mauritian rupees with their code (MUR 45,000.00); ringgit with RM or
    MYR."""
    if cur == "USD":
        form = rng.choice(["USD {v}", "{v} USD", "US${v}"])
        return lambda v: form.format(v=f"{v:,.2f}")
    if cur == "GBP":
        form = rng.choice([sign(font, "\u00a3", "GBP ") + "{v}", "GBP {v}"])
        return lambda v: form.format(v=f"{v:,.2f}")
    if cur == "EUR":
        euro = sign(font, "\u20ac", "")
        if frame == "ing":
            form = f"{euro} {{v}}" if euro else "EUR {v}"
            return lambda v: form.format(v=f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", "."))
        if frame == "bnp":
            form = rng.choice(["{v} EUR", f"{{v}} {euro}" if euro else "{v} EUR"])
            return lambda v: form.format(v=f"{v:,.2f}".replace(",", " ").replace(".", ","))
        form = f"{euro}{{v}}" if euro else "EUR {v}"
        return lambda v: form.format(v=f"{v:,.2f}")
    if cur == "MUR":
        return lambda v: f"MUR {v:,.2f}"
    form = rng.choice(["RM {v}", "MYR {v}", "RM{v}"])
    return lambda v: form.format(v=f"{v:,.2f}")


FX = {"USD": 83.4, "GBP": 106.2, "EUR": 90.1, "MUR": 1.82, "MYR": 18.9}


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Santa Fe gallery, a Brighton paper-arts shop, a Utrecht paper-cutting atelier, a Lyon collector, a
    Port Louis crafts shop, a Houston importer, a Tallinn design studio and a Kuala Lumpur craft house paying
    for stencils, framed Sanjhi and kits: Wise's mail of a transfer complete (the sum sent in US dollars in a
    card with its fee, its total and what the recipient gets, Transfer #, Sent on); Barclays' app with an
    international payment sent in pounds (Confirmation number, Payment date, Payment type, Reference,
    From); ING's Dutch page of a payment In behandeling (Being processed) in euros the Dutch way (a table
    ruled on every side, each label in Dutch with its English in brackets: Begunstigde, Bank begunstigde,
    Bedrag, Uitvoeringsdatum, Omschrijving, Kenmerk, Kosten); BNP Paribas' AVIS D'OPÉRATION in French dated
    after the payment (dot leaders: Bénéficiaire, Banque du bénéficiaire, Montant in euros the French way,
    Date d'exécution, Type, Motif; no reference); MCB Juice's transfer in Mauritian rupees (boxed fields:
    Transaction reference, Date, Transfer type, Beneficiary bank); Bank of America's wire returned (a
    tinted band, a table ruled on every side: Recipient, Recipient's bank, Amount, Sent on, Confirmation
    number, Return reason); Revolut Business' transfer completed in euros with its hour alone (To, Status,
    Time, Reference, Transaction ID, Fee; no day); Maybank2u Biz's Foreign Telegraphic Transfer in ringgit
    (a striped table: Reference No., Transaction Date & Time, Beneficiary Name, Beneficiary Bank, Amount,
    Service Charge, Cable Charge, Total Debited, Status). All new here."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    payer, city, cur, lo, hi, frame = ABROAD[k]
    if cur == "MUR" or rng.random() < 0.5:
        j.amount = float(rng.randrange(lo // 10, hi // 10) * 10)
    else:
        j.amount = round(rng.uniform(lo, hi), 2)
    show = abroad(rng, font, cur, frame)
    rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
    me = rng.choice([TRUST, TRUST_CAPS])
    inv = f"BSK/EXP/{fy(j.date)}/{rng.randrange(10, 99):03d}"
    if frame == "wise":
        p = mail_page(
            rng, font, "Wise <noreply@wise.com>", ["Your transfer is complete", "Your money has arrived"]
        )
        p.part = "head"
        top(p, "wise")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hi {payer},")
        name = pick(
            p, "left", [f"Your transfer to {me} is complete.", f"Your transfer to {CUT} is complete."]
        )
        shown = name[len("Your transfer to ") : -len(" is complete.")]
        p.add("left", name, merchant=shown, status=status)
        p.add("left", "The money should now be in the recipient's account.")
        p.add("gap")
        fee = round(j.amount * 0.0068 + 1.2, 2)
        c = card_open(p)
        tid = str(rng.randrange(900000000, 1999999999))
        p.pair("Transfer #", tid, txn=(TXN_RANK, tid))
        p.pair("Amount sent", show(j.amount), amount=j.amount, cur=cur)
        p.pair("Our fee", show(fee))
        p.pair("Total paid", show(j.amount + fee))
        p.pair("Recipient gets", f"{num(round(j.amount * rate, 2), 'indian')} INR")
        p.pair("Sent on", day_in(j, rng, ["%B {d}, %Y", "{d} %B %Y"]), date=j.date, method="netbanking")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Wise Payments Limited. Sent to a bank account in India by local transfer.")
        return p.done()
    if frame == "barclays":
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Done",))
        band(p, (0, 174, 239))
        app_head(p, "Barclays", "Business")
        pill(p, "International payment sent", status)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        conf = f"BRC{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 2)}"
        kvr(p, "Confirmation number", conf, txn=(BANK_RANK, conf))
        kvr(p, "Payment date", day_in(j, rng, ["{d} %b %Y", "%d/%m/%Y"]), date=j.date)
        kvr(p, "Payment type", "International (SWIFT)", method="netbanking")
        kvr(p, "Reference", clip(f"INV {inv}", 22))
        kvr(p, "From", f"Business Current {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}")
        p.add("small", f"Exchange rate 1 GBP = {rate:.2f} INR. The recipient's bank may charge a fee.")
        return p.done()
    if frame == "ing":
        p = browser_page(rng, font, "mijn.ing.nl/zakelijk/betalen/buitenland/status")
        p.part = "head"
        top(p, "ING Zakelijk")
        p.add("small", f"{payer}  |  Betaling naar buitenland / Payment abroad")
        p.add("rule")
        p.part = "body"
        pill(p, "In behandeling", status, align="l")
        p.add("small", "Being processed: your bank sends the payment on its way within two working days.")
        p.add("gap")
        ref = f"ING{digits(rng, 12)}"
        name = h273.cell_name(p, 0.56, [me, CUT], scale=1.0)
        grid(
            p,
            "ig",
            [(0.0, 0.44, "l"), (0.44, 1.0, "l")],
            None,
            [
                (["Begunstigde (Beneficiary)", name], {"merchant": name}),
                (["Bank begunstigde (Bank)", "State Bank of India, Mathura"], {}),
                (["Bedrag (Amount)", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Uitvoeringsdatum (Execution date)", when(j.date, "%d-%m-%Y")], {"date": j.date}),
                (["Type", "SWIFT-betaling"], {"method": "netbanking"}),
                (["Omschrijving (Description)", clip(f"Factuur {inv}", 28)], {}),
                (["Kenmerk (Reference)", ref], {"txn": (BANK_RANK, ref)}),
                (["Kosten (Charges)", "SHA (gedeeld / shared)"], {}),
            ],
            tint=(255, 236, 218),
        )
        return p.done()
    if frame == "bnp":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (254, 254, 252)
        p.part = "head"
        top(p, "BNP PARIBAS")
        p.add("small", "Agence Lyon Bellecour  |  La banque d'un monde qui change")
        p.add("rule")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(1, 5))
        right(p, f"Lyon, le {french(later)}")
        p.add("left", payer)
        p.add("left", "69002 Lyon")
        p.add("gap")
        p.add("center", "AVIS D'OPÉRATION")
        p.add("center", "Virement international émis")
        p.add("gap")
        p.add("left", "Madame, nous avons exécuté pour votre compte le virement ci-dessous.", status=status)
        p.add("gap")
        name = pick(p, "left", [me, CUT])
        dots(p, "Bénéficiaire", name, at=0.44, merchant=name)
        dots(p, "Banque du bénéficiaire", "Punjab National Bank, Mathura", at=0.44)
        dots(p, "Montant", show(j.amount), at=0.44, bold=True, amount=j.amount, cur=cur)
        dots(p, "Date d'exécution", when(j.date, "%d/%m/%Y"), at=0.44, date=j.date)
        dots(p, "Type", "Virement SWIFT", at=0.44, method="netbanking")
        dots(p, "Motif", clip(f"Facture {inv}", 30), at=0.44)
        p.add("gap")
        p.add("small", "Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.")
        return p.done()
    if frame == "mcb":
        p = phone(rng, font, k, ["", "Transfer"], dark=False, buttons=("Share", "Done"))
        band(p, (200, 16, 46))
        app_head(p, "MCB Juice", "International transfer")
        sicon(p, status)
        p.add("center", "Transfer successful", status=status)
        p.accent(GREEN)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        name = pick(p, "center", [f"to {me}", f"to {CUT}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("gap")
        ref = f"FT{j.date:%y}{digits(rng, 3)}{code(rng, 5, UPPER)}"
        field(p, "Transaction reference", ref, txn=(BANK_RANK, ref))
        field(p, "Date", when(j.date, "%d/%m/%Y"), date=j.date)
        field(p, "Transfer type", "International transfer (SWIFT)", method="netbanking")
        field(p, "Beneficiary bank", "Bank of Baroda, Mathura")
        return p.done()
    if frame == "bofa":
        p = browser_page(rng, font, "secure.bankofamerica.com/wires/activity/details")
        p.part = "head"
        top(p, "Bank of America")
        p.add("small", f"Business Advantage  |  {payer}  |  Wire activity")
        p.add("rule")
        p.part = "body"
        strip(p, "Wire returned", status)
        p.add(
            "left", "Your international wire was returned by the recipient's bank. The funds, less any fees"
        )
        p.add("left", "charged by other banks, have been credited back to your account.")
        p.add("gap")
        conf = f"2026{digits(rng, 4)}{code(rng, 6, UPPER)}"
        name = h273.cell_name(p, 0.6, [me, CUT])
        grid(
            p,
            "ba",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Recipient", name], {"merchant": name}),
                (["Recipient's bank", "HDFC Bank Ltd, Mathura, India"], {}),
                (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur}),
                (["Sent on", day_in(j, rng, ["%B {d}, %Y", "%b {d}, %Y"])], {"date": j.date}),
                (["Type", "International wire (USD)"], {"method": "netbanking"}),
                (["Confirmation number", conf], {"txn": (BANK_RANK, conf)}),
                (["Return reason", "Name and account number do not match"], {}),
            ],
        )
        return p.done()
    if frame == "revolut":
        p = phone(rng, font, k, [""], dark=rng.random() < 0.5, buttons=("Share",))
        app_head(p, "Revolut Business", payer)
        name = pick(p, "center", [f"To {me}", f"To {CUT}"])[3:]
        avatar(p, initials(name), (0, 117, 235))
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        p.add("center", f"To {name}", merchant=name)
        pill(p, "Completed", status)
        p.add("rule")
        tid = f"{code(rng, 8, HEXL)}-{code(rng, 4, HEXL)}-{code(rng, 4, HEXL)}"
        kvr(p, "Time", hhmm(rng, twelve=False))
        kvr(p, "Reference", clip(f"INV {inv}", 22))
        kvr(p, "Transfer type", "SWIFT", method="netbanking")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Fee", show(0.0))
        return p.done()
    p = browser_page(rng, font, "www.maybank2u.com.my/biz/transfer/ftt/acknowledgement")
    p.part = "head"
    top(p, "Maybank2u Biz")
    p.add("small", f"{payer}  |  Foreign Telegraphic Transfer")
    p.add("rule")
    p.part = "body"
    strip(p, "Successful", status)
    p.add("gap")
    ref = f"M2U{digits(rng, 10)}"
    name = h273.cell_name(p, 0.58, [me, CUT])
    charge, cable = 10.0, float(rng.choice([10, 15]))
    zebra(
        p,
        "mb",
        [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
        ["Transaction details", ""],
        [
            (["Reference No.", ref], {"txn": (BANK_RANK, ref)}),
            (
                [
                    "Transaction Date & Time",
                    f"{when(j.date, '{d} %b %Y')} {hhmm(rng, twelve=False, seconds=True)}",
                ],
                {"date": j.date},
            ),
            (["Beneficiary Name", name], {"merchant": name}),
            (["Beneficiary Bank", "Canara Bank, Mathura, India"], {}),
            (["Amount", show(j.amount)], {"amount": j.amount, "cur": cur, "method": "netbanking"}),
            (["Service Charge", show(charge)], {}),
            (["Cable Charge", show(cable)], {}),
            (["Total Debited", show(j.amount + charge + cable)], {}),
            (["Status", "Successful"], {"status": status}),
        ],
        (255, 200, 0),
    )
    p.add("small", "Please print this page for your record. Maybank Islamic Berhad / Malayan Banking Berhad.")
    return p.done()


# ---------------------------------------------------------------- 4. the trust's own papers


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The trust's own papers, each its unit or itself on top: the Kendra's WORKSHOP TICKET CUM RECEIPT with
    its stub torn along a perforation (No., Date, Persons and the sum on the stub; Ticket No., Date:,
    Workshop, Participants, Total, "Paid by UPI, Ref ..." on the ticket); Sanjhi Ghar's TAX INVOICE stapled
    into the file (Bill No. beside Date:, a banded table # | Item | HSN | Qty | Rate | Amount, an HSN-wise
    table ruled on every side: HSN | Taxable | CGST 6% | SGST 6% | Tax, Invoice Total, "Payment received by
    card (...), Approval code ..."); the web shop's order confirmed by mail with Cash on Delivery to come
    (Order #, Order date, its lines, Subtotal, Shipping, Total, Payment); the trust's DONATION RECEIPT in a
    Sanjhi's cut-paper border under its medallion (Receipt No. beside Date:, "Received with thanks from
    <donor> ... a sum of Rs. x/- (...) by NEFT (UTR ...) as a donation ...", its 80G line); the Kendra's
    receipt written by hand on a leaf of squared paper (its name, the day, the class and its sums in
    columns, Total, "Recd. cash with thanks"; no number); the Kendra's booking page on Instamojo with its
    payment failed (a tinted band: Amount, Payment ID, Payment method, Attempted on); a framed Sanjhi's label
    on its kraft-paper dust cover (the shop, Title, Artist, Size, Price; "SOLD - paid in full by UPI, ref
    ..." by hand; no day); the Dilli Haat stall's bill from a Bluetooth printer in a fixed-width face (BILL
    NO, DATE, the items, TOTAL, PAID BY, UPI REF). All new here."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=900, high=42000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs"))
    who = rng.choice(CUSTOMERS)
    if k == 0:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        cutstrip(p)
        dev(p, KENDRA_HI, scale=1.0, bold=True)
        name = pick(p, "title", [KENDRA, KENDRA_CAPS])
        top(p, name, merchant=name)
        p.add("small", f"A unit of {TRUST}  |  {KENDRA_AT}")
        p.add("center", "WORKSHOP TICKET CUM RECEIPT")
        p.add("rule")
        p.part = "body"
        no = f"W-{rng.randrange(100, 9999):04d}"
        n = rng.randrange(1, 6)
        rate = float(rng.choice([450, 600, 750, 900]))
        j.amount = n * rate
        spec = [(0.0, 0.28, "l"), (0.34, 1.0, "l")]
        start = len(p.rows)
        cols(p, "tk", spec, f"No. {no}", f"Ticket No. {no}", txn=(INVOICE_RANK, no))
        cols(
            p,
            "tk",
            spec,
            f"Date {when(j.date, '%d/%m/%y')}",
            f"Date: {day_in(j, rng, ['%d/%m/%Y', '%d %b %Y'])}",
            date=j.date,
        )
        cols(p, "tk", spec, f"Persons {n}", "Workshop: Sanjhi cutting for beginners (2 hrs)")
        cols(p, "tk", spec, "", f"Participants: {n} x Rs. {num(rate, 'indian', 0)} (incl. GST 18%)")
        cols(
            p, "tk", spec, f"Rs {num(j.amount, 'indian', 0)}", f"Total: Rs. {num(j.amount)}", amount=j.amount
        )
        cols(
            p,
            "tk",
            spec,
            "",
            f"Paid by UPI, Ref {j.ref}",
            method="UPI",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
        cols(p, "tk", spec, "(office copy)", "Scissors, paper and tea are on us.")
        perf(p, start, 0.31)
        p.add("gap")
        right(p, f"For {KENDRA}")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (253, 253, 250)
        staple(p)
        p.part = "head"
        dev(p, GHAR_HI, scale=1.05, bold=True)
        name = pick(p, "title", [GHAR_CAPS, GHAR])
        top(p, name, merchant=name)
        p.add("small", f"{GHAR_AT}  |  A unit of {TRUST}")
        p.add("small", f"GSTIN {GSTIN}  |  Ph. {phone_no(rng)}")
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        bill = f"SG/{fy(j.date)}/{rng.randrange(100, 2999)}"
        cols(
            p,
            "sg",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Bill No. {bill}",
            f"Date: {day_in(j, rng, ['%d-%m-%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, bill),
            date=j.date,
        )
        p.add("left", f"Customer: {who}")
        items = works(rng, rng.randrange(2, 4), high=9000)
        spec = [
            (0.0, 0.05, "c"),
            (0.05, 0.55, "l"),
            (0.55, 0.65, "c"),
            (0.65, 0.71, "c"),
            (0.71, 0.84, "r"),
            (0.84, 1.0, "r"),
        ]
        kind(p, "sgh", spec, "band", group="sgt", fill=(150, 30, 30), bold=(0, 1, 2, 3, 4, 5))
        kind(p, "sgr", spec, "line", group="sgt")
        row(p, "sgh", "#", "Item", "HSN", "Qty", "Rate", "Amount")
        by_hsn: dict[str, float] = {}
        for n, (text, hsn, q, pr) in enumerate(items):
            row(p, "sgr", str(n + 1), short(text, 34), hsn, str(q), num(pr, "plain", 0), num(q * pr))
            by_hsn[hsn] = by_hsn.get(hsn, 0.0) + q * pr
        p.add("gap")
        rows_ = []
        tax_total = 0.0
        for hsn, taxable in sorted(by_hsn.items()):
            half = round(taxable * 0.06, 2)
            rows_.append(([hsn, num(taxable), num(half), num(half), num(2 * half)], {}))
            tax_total += 2 * half
        grid(
            p,
            "sgx",
            [(0.0, 0.2, "l"), (0.2, 0.42, "r"), (0.42, 0.61, "r"), (0.61, 0.8, "r"), (0.8, 1.0, "r")],
            ["HSN", "Taxable", "CGST 6%", "SGST 6%", "Tax"],
            rows_,
            tint=(240, 228, 220),
        )
        j.amount = round(sum(by_hsn.values()) + tax_total, 2)
        total(p, "Invoice Total", rs(j.amount), at=0.58, amount=j.amount)
        appr = digits(rng, 6)
        p.add(
            "left",
            f"Payment received by card ({rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}), "
            f"Approval code {appr}. Thank you.",
            method="card",
            status=status,
            txn=(APPR_RANK, appr),
        )
        right(p, f"For {GHAR}")
        return p.done()
    if k == 2:
        order = f"BS{rng.randrange(1000, 9999)}"
        p = mail_page(
            rng,
            font,
            f"{SHOP} <orders@{WEB}>",
            [f"Order #{order} confirmed", f"Thank you for your order at {SHOP}"],
        )
        p.part = "head"
        top(p, SHOP, merchant=SHOP)
        p.add("small", f"{WEB}  |  Sanjhi stencils and framed art from Vrindavan")
        p.add("rule")
        p.part = "body"
        p.add(
            "left", f"Hi {who.split('. ', 1)[1].split()[0]}, thank you for your order! We are packing it now."
        )
        p.add("gap")
        p.pair("Order", f"#{order}", txn=(ORDER_RANK, f"#{order}"))
        p.pair("Order date", day_in(j, rng, ["%B {d}, %Y", "{d} %b %Y"]), date=j.date)
        p.add("rule")
        items = works(rng, rng.randrange(1, 4), high=7000)
        ship = float(rng.choice([0, 99, 149]))
        for text, _, q, pr in items:
            p.pair(f"{short(text, 38)} x {q}", rs(q * pr))
        sub = sum(q * pr for _, _, q, pr in items)
        j.amount = round(sub + ship, 2)
        p.add("rule")
        p.pair("Subtotal", rs(sub))
        p.pair("Shipping", rs(ship) if ship else "Free")
        p.pair("Total", rs(j.amount), amount=j.amount)
        p.add("gap")
        p.pair("Payment", "Cash on Delivery (pending)", status=status, method="cash")
        p.add("small", "Please keep the exact amount ready. Our courier partner will collect it on delivery.")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (253, 251, 244)
        lace(p)
        p.part = "head"
        p.add("gap")
        medallion(p)
        dev(p, TRUST_HI, scale=1.1, bold=True)
        name = pick(p, "title", [TRUST, TRUST_CAPS])
        top(p, name, merchant=name)
        p.add("small", OFFICE)
        p.add("small", f"{REGD}  |  PAN {PAN}")
        p.add("center", "DONATION RECEIPT")
        p.part = "body"
        rno = f"BSKN/D/{fy(j.date)}/{rng.randrange(10, 400):04d}"
        cols(
            p,
            "dr",
            [(0.0, 0.55, "l"), (0.55, 1.0, "r")],
            f"Receipt No. {rno}",
            f"Date: {day_in(j, rng, ['%d.%m.%Y', '%d/%m/%Y'])}",
            txn=(INVOICE_RANK, rno),
            date=j.date,
        )
        p.add("gap")
        j.amount = float(rng.choice([5100, 11000, 21000, 25000, 51000, 11111]))
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        donor = rng.choice(["Shri Manoj Kumar Agarwal", "Smt. Sudha Khandelwal", "Dr. Rajiv Chaturvedi"])
        p.add(
            "left",
            f"Received with thanks from {donor} (PAN XXXXX{digits(rng, 4)}{rng.choice(UPPER)}) a sum of "
            f"Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) by NEFT (UTR {utr}) as a "
            "donation towards the training of young Sanjhi artists.",
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("gap")
        p.add("small", "Donations to the trust qualify for deduction u/s 80G of the Income-tax Act, 1961.")
        p.add("small", f"80G approval No. {PAN}F2024{digits(rng, 5)}, valid for AY 2025-26 to 2029-30.")
        p.add("gap")
        sig(p)
        right(p, "Managing Trustee")
        p.add("gap")
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = (252, 252, 252)
        graph(p)
        p.part = "body"
        p.add("gap")
        name = KENDRA
        write(p, name, merchant=name)
        write(p, "Gopinath Bazar, Vrindavan")
        write(
            p,
            f"dt. {when(j.date, rng.choice(['{d}/%m/%y', '%d.%m.%Y', '%d/%m/%Y']))}",
            align="r",
            date=j.date,
        )
        p.add("gap")
        write(p, f"Recd. from {who}")
        spec = [(0.0, 0.7, "l"), (0.74, 1.0, "r")]
        sessions = rng.randrange(2, 7)
        fee = float(sessions * rng.choice([400, 500, 600]))
        kit = float(rng.choice([250, 350, 400, 600]))
        j.amount = fee + kit
        hcells(p, spec, f"Sanjhi class, {sessions} sessions", num(fee, "indian", 0))
        hcells(p, spec, "Scissors, paper and kit", num(kit, "indian", 0))
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        p.add("gap")
        write(p, "Recd. cash with thanks", method="cash", status=status)
        write(p, f"- {rng.choice(['Pooja', 'Shalini', 'Meera'])} (for the Kendra)", align="r")
        p.add("gap")
        return p.done()
    if k == 5:
        link = code(rng, 6, LOWER)
        p = browser_page(rng, font, f"imjo.in/{link}")
        p.part = "head"
        name = KENDRA
        top(p, name, merchant=name)
        p.add("small", "Book a Sanjhi workshop in Vrindavan (3 hrs, with lunch)")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment failed", status)
        p.add("small", "Your card was declined by the issuing bank. No money was debited.")
        p.add("gap")
        j.amount = float(rng.choice([1200, 1800, 2400, 3600]))
        pid = f"MOJO{j.date:%y%m}{code(rng, 4, UPPER)}{digits(rng, 5)}"
        kv(p, "Amount", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment ID", pid, at=0.36, txn=(TXN_RANK, pid))
        kv(
            p,
            "Payment method",
            f"Debit card ({rng.choice(['Visa', 'RuPay'])} {masked(rng, font)})",
            at=0.36,
            method="card",
        )
        kv(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.36, date=j.date)
        kv(p, "Booked by", who, at=0.36)
        p.add("gap")
        p.add("small", "Try again  |  Pay by UPI  |  Payments by Instamojo")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [640, 680])
        kraft(p, flap=False)
        p.part = "body"
        p.add("gap")
        c = card_open(p)
        name = pick(p, "title", [GHAR_CAPS, GHAR])
        top(p, name, merchant=name)
        p.add("small", f"{GHAR_AT}  |  A unit of {TRUST}")
        p.add("rule")
        title = rng.choice(
            [
                "Raas Leela under the Kadamba",
                "Govardhan Leela",
                "Makhan Chor",
                "Yamuna ghat at dusk",
                "Peacocks of Nidhivan",
            ]
        )
        j.amount = float(rng.randrange(1800, 9500, 100))
        dots(p, "Title", title, at=0.3)
        dots(p, "Artist", rng.choice(ARTISTS), at=0.3)
        dots(p, "Size", rng.choice(["12 x 16 in", "16 x 20 in", "18 x 24 in"]), at=0.3)
        dots(p, "Medium", "Hand-cut black paper on white", at=0.3)
        dots(p, "Price", f"Rs. {num(j.amount, 'indian', 0)}/-", at=0.3, bold=True, amount=j.amount)
        card_close(p, c, tint=False)
        p.add("gap")
        write(p, "SOLD - paid in full by UPI,", method="UPI", status=status)
        write(p, f"ref {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("gap")
        return p.done()
    shift(j, rng, HAAT + dt.timedelta(days=rng.randrange(0, 15)))
    p = screen(rng, font, width=rng.choice([440, 460]), size=rng.choice([17, 18]))
    paper(p, rng)
    typeface(p)
    if rng.random() < 0.6:
        h269.torn(p)
    p.part = "head"
    shown = "BRAJ SANJHI - DILLI HAAT"
    typed(p, f"{shown:^32}", merchant=shown)
    typed(p, f"{'STALL 62, DILLI HAAT, INA':^32}")
    typed(p, f"{'GSTIN ' + GSTIN:^32}")
    p.part = "body"
    typed(p, "-" * 32)
    bill = f"DH/{rng.randrange(100, 999)}"
    typed(p, f"BILL NO : {bill}", txn=(INVOICE_RANK, bill))
    typed(p, f"DATE    : {when(j.date, '%d-%m-%Y')} {hhmm(rng, twelve=False)}", date=j.date)
    typed(p, "-" * 32)
    items = works(rng, rng.randrange(1, 4), high=4500)
    for text, _, q, pr in items:
        typed(p, short(text).upper())
        typed(p, f"  {q} x {num(pr, 'plain', 0):>6}{num(q * pr):>20}")
    j.amount = round(sum(q * pr for _, _, q, pr in items), 2)
    typed(p, "-" * 32)
    typed(p, f"{'TOTAL (INCL GST)':<16}{num(j.amount):>16}", amount=j.amount)
    typed(p, "-" * 32)
    typed(p, "PAID BY : UPI", method="UPI", status=status)
    typed(p, f"UPI REF : {j.ref}", txn=(UTR_RANK, j.ref))
    typed(p, f"{'** THANK YOU, RADHE RADHE **':^32}")
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' bills


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The trust's suppliers, each on top of its own paper: a Kalpi handmade paper mill's TAX INVOICE (Invoice
    No. beside its earlier Date:, Buyer:, a ruled table of papers with CGST 6% and SGST 6%, Total Rs., a
    PAYMENT RECEIVED box: Mode, UTR, Date of receipt, Amount received); Udaan's checkout with the payment
    failed (Sold by, Order ID, Order amount, Payment mode, Transaction ID, Attempted on); a Meerut scissors
    maker's bill on its pad, its Date left blank (the scissors and blades written on its ruling, Total,
    "Paid by Google Pay" and the UTR written under it; no day); a Mathura framer's BILL with its UPI QR code
    (Bill No. beside its earlier Date:, a table ruled on every side, Total, "Scan to pay"; "Paid by UPI
    dt. <day>, ref ..." written by hand); a Mathura colour dealer's CASH MEMO under its Hindi name with its
    lines written by hand in Hindi and their sums in a column (Total Rs., "नकद प्राप्त" / Cash received; no
    number); a Firozabad glass house's myBillBook invoice (its band, Invoice No. and its earlier Invoice
    Date, a striped table of glass sheets, Total, a table ruled on every side: Received Amount | Payment
    Mode | Payment Date | Reference); Printo's order with its payment pending (a capsule, boxed fields:
    Order ID, Amount, Payment mode, UPI Ref No., Initiated on); BUSY Infotech's PAYMENT RECEIPT mailed
    (Receipt No., Receipt Date, a table ruled on every side: Description | Amount with IGST 18% and Total,
    Paid via, Payment ID). All new here."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=1500, high=90000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs"))
    buyer = rng.choice([TRUST, TRUST_CAPS])
    if k == 0:
        p = sheet_page(rng, font, [760, 800])
        p.part = "head"
        name = pick(p, "title", ["KALPI HASTNIRMIT KAGAZ UDYOG", "Kalpi Hastnirmit Kagaz Udyog"])
        top(p, name, merchant=name)
        p.add(
            "small",
            f"Handmade paper since 1962  |  Raipur Road, Kalpi, Jalaun - 285204  |  GSTIN {gstin_of(rng)}",
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"KHK/{fy(j.date)}/{rng.randrange(100, 999)}"
        cols(
            p,
            "kp",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Invoice No. {inv}",
            f"Date: {when(earlier(rng, j, 6, 30), rng.choice(['%d/%m/%Y', '%d.%m.%Y']))}",
        )
        p.add("left", f"Buyer: {buyer}, Mathura  |  GSTIN {GSTIN}")
        papers = [
            ("Black handmade paper, 120 gsm, 56 x 76 cm", rng.choice([200, 300, 500]), 18.0),
            ("White cotton rag paper, 150 gsm", rng.choice([100, 200, 250]), 26.0),
            ("Marble paper, assorted", rng.choice([50, 100]), 32.0),
            ("Kraft paper for mounts, 200 gsm", rng.choice([100, 200]), 14.0),
        ]
        chosen = rng.sample(papers, rng.randrange(2, 4))
        taxable = sum(q * r for _, q, r in chosen)
        half = round(taxable * 0.06, 2)
        j.amount = round(taxable + 2 * half, 2)
        grid(
            p,
            "kpg",
            [(0.0, 0.56, "l"), (0.56, 0.7, "r"), (0.7, 0.82, "r"), (0.82, 1.0, "r")],
            ["Description (HSN 4802)", "Sheets", "Rate", "Amount"],
            [([t, str(q), num(r), num(q * r)], {}) for t, q, r in chosen]
            + [(["CGST 6%", "", "", num(half)], {}), (["SGST 6%", "", "", num(half)], {})],
            foot=(["Total Rs.", num(j.amount)], {}),
            tint=(236, 230, 214),
        )
        p.add("gap")
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        c = card_open(p)
        p.add("left", "PAYMENT RECEIVED", status=status)
        spec = [(0.0, 0.36, "l"), (0.36, 1.0, "l")]
        cols(p, "kpp", spec, "Mode", "NEFT", method="netbanking")
        cols(p, "kpp", spec, "UTR", utr, txn=(UTR_RANK, utr))
        cols(p, "kpp", spec, "Date of receipt", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
        cols(p, "kpp", spec, "Amount received", rs(j.amount), amount=j.amount)
        card_close(p, c)
        right(p, "For Kalpi Hastnirmit Kagaz Udyog")
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Retry payment",))
        band(p, (74, 64, 212))
        app_head(p, "udaan", "B2B marketplace")
        pill(p, "Payment failed", status)
        p.add(
            "small", "Your bank declined the payment. Any amount debited will be refunded in 5 working days."
        )
        p.add("gap")
        seller = pick(p, "left", ["SHREE BALAJI PAPER MART", "Shree Balaji Paper Mart"])
        lab(p, "Sold by")
        p.add("left", seller, merchant=seller)
        p.add("small", "Chawri Bazar, Delhi")
        p.add("rule")
        oid = f"OD{digits(rng, 10)}"
        tid = f"UDN{j.date:%y%m%d}{digits(rng, 8)}"
        j.amount = rupees(rng, 2400, 26000, 0.5)
        kvr(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        kvr(p, "Items", f"Black chart paper x {rng.choice([5, 10, 20])} packs")
        kvr(p, "Order amount", rs(j.amount), amount=j.amount)
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = sheet_page(rng, font, [620, 660])
        p.style["paper"] = rng.choice([(250, 248, 238), (248, 246, 236)])
        p.part = "head"
        name = pick(p, "title", ["MEERUT KAINCHI WORKS", "Meerut Kainchi Works"])
        top(p, name, merchant=name)
        p.add("small", "Hand-forged scissors and blades  |  Meerut - 250002")
        p.add("small", f"Mob. {phone_no(rng)}")
        p.add("rule")
        p.part = "body"
        cols(p, "mk", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "No. ..........", "Date ..............")
        blank(p, "M/s", f"{TRUST}, Mathura")
        start = len(p.rows)
        spec = [(0.0, 0.72, "l"), (0.76, 1.0, "r")]
        n1, r1 = rng.randrange(6, 25), rng.choice([140, 180, 220])
        n2, r2 = rng.randrange(2, 8) * 10, rng.choice([12, 15, 18])
        hcells(p, spec, f"Sanjhi scissors, fine tip x {n1} @ {r1}", num(n1 * r1, "indian", 0))
        hcells(p, spec, f"Blades x {n2} @ {r2}", num(n2 * r2, "indian", 0))
        j.amount = float(n1 * r1 + n2 * r2)
        hcells(p, spec, "Total", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        ledger(p, start, [0.74], margin=0.06)
        p.add("gap")
        write(p, "Paid by Google Pay", method="UPI", status=status)
        write(p, f"UTR {j.ref}", txn=(UTR_RANK, j.ref))
        write(p, "- Rafiq", align="r")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [720, 760])
        p.part = "head"
        name = pick(p, "title", ["KRISHNA PHOTO FRAMES", "Krishna Photo Frames"])
        top(p, name, merchant=name)
        p.add("small", f"Frames, mounts and glass  |  Dampier Nagar, Mathura  |  Ph. {phone_no(rng)}")
        p.add("center", "BILL")
        p.add("rule")
        p.part = "body"
        bno = str(rng.randrange(200, 999))
        cols(
            p,
            "kf",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Bill No. {bno}",
            f"Date: {when(earlier(rng, j, 2, 12), rng.choice(['%d/%m/%Y', '%d-%m-%Y']))}",
        )
        p.add("left", f"To: {buyer}")
        frames = [
            ("Teak frame with glass, 16 x 20 in", rng.randrange(4, 13), rng.choice([650, 750, 850])),
            ("Black moulding frame, 12 x 16 in", rng.randrange(6, 20), rng.choice([380, 420, 480])),
            ("Double mount board, cut to size", rng.randrange(10, 30), rng.choice([60, 80])),
        ]
        chosen = rng.sample(frames, rng.randrange(2, 4))
        j.amount = float(sum(q * r for _, q, r in chosen))
        grid(
            p,
            "kfg",
            [(0.0, 0.58, "l"), (0.58, 0.7, "r"), (0.7, 0.83, "r"), (0.83, 1.0, "r")],
            ["Particulars", "Qty", "Rate", "Amount"],
            [([t, str(q), num(r, "plain", 0), num(q * r)], {}) for t, q, r in chosen],
            foot=(["Total", num(j.amount)], {"amount": j.amount}),
        )
        p.add("gap")
        qr(p, f"upi://pay?pa=krishnaframes@okaxis&{bno}", "r", 4)
        p.add("small", "Scan to pay: krishnaframes@okaxis")
        write(
            p,
            f"Paid by UPI dt. {when(j.date, rng.choice(['{d}/%m/%y', '%d/%m/%Y']))},",
            method="UPI",
            status=status,
            date=j.date,
        )
        write(p, f"ref {j.ref}", txn=(UTR_RANK, j.ref))
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(252, 248, 236), (250, 246, 232)])
        p.part = "head"
        dev(p, "श्री गिरिराज रंग भंडार", scale=1.2, bold=True)
        name = pick(p, "title", ["SHRI GIRIRAJ RANG BHANDAR", "Shri Giriraj Rang Bhandar"])
        top(p, name, merchant=name)
        p.add("small", "Gulal, rangoli and poster colours  |  Holi Gate, Mathura")
        dev(p, "कैश मेमो / CASH MEMO", scale=0.9)
        p.add("rule")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        blank(p, "M/s", buyer)
        lines = [
            ("गुलाल लाल", "kg", 5, 10, 140, 180),
            ("रंगोली पाउडर सफेद", "kg", 10, 25, 30, 45),
            ("पोस्टर रंग डिब्बा", "pc", 2, 8, 180, 260),
            ("केसरिया रंग", "kg", 2, 6, 160, 220),
        ]
        total_ = 0.0
        for text, unit, lo, hi, rlo, rhi in rng.sample(lines, rng.randrange(2, 4)):
            q, r = rng.randrange(lo, hi), rng.randrange(rlo, rhi, 5)
            unit_hi = "किलो" if unit == "kg" else "नग"
            dhand(p, f"{text} {q} {unit_hi}", figure=num(q * r, "indian", 0))
            total_ += q * r
        j.amount = total_
        p.add("gap")
        blank(p, "Total Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        dhand(p, "नकद प्राप्त / Cash received", method="cash", status=status)
        right(p, "For Shri Giriraj Rang Bhandar")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(p, "title", ["SHIV SHAKTI GLASS HOUSE", "Shiv Shakti Glass House"])
        top(p, name, merchant=name)
        p.add(
            "small", f"Sheet and frame glass  |  Jalesar Road, Firozabad - 283203  |  GSTIN {gstin_of(rng)}"
        )
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        inv = f"SSG-{rng.randrange(100, 999)}"
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
        cols(p, "ss", spec, f"Invoice No. {inv}", f"Invoice Date: {when(earlier(rng, j, 3, 20), '%d/%m/%Y')}")
        cols(p, "ss", spec, f"Bill To: {clip(buyer, 26)}", "Place of supply: Uttar Pradesh")
        glass = [
            ("Clear float glass 2 mm, 16 x 20 in", rng.randrange(20, 80), 95.0),
            ("Anti-reflective glass, 12 x 16 in", rng.randrange(10, 40), 160.0),
            ("Clear glass 2 mm, 24 x 36 in", rng.randrange(5, 20), 260.0),
        ]
        chosen = rng.sample(glass, 2)
        taxable = sum(q * r for _, q, r in chosen)
        gst = round(taxable * 0.09, 2)
        j.amount = round(taxable + 2 * gst, 2)
        zebra(
            p,
            "ssz",
            [(0.0, 0.56, "l"), (0.56, 0.68, "r"), (0.68, 0.82, "r"), (0.82, 1.0, "r")],
            ["Item (HSN 7005)", "Qty", "Rate", "Amount"],
            [([t, str(q), num(r), num(q * r)], {}) for t, q, r in chosen]
            + [(["CGST 9%", "", "", num(gst)], {}), (["SGST 9%", "", "", num(gst)], {})],
            (20, 110, 160),
        )
        total(p, "Total", rs(j.amount), at=0.56)
        p.add("gap")
        utr = utr_for(rng, j, "Canara Bank", "NEFT")
        grid(
            p,
            "ssp",
            [(0.0, 0.24, "r"), (0.24, 0.44, "l"), (0.44, 0.62, "l"), (0.62, 1.0, "l")],
            ["Received Amount", "Payment Mode", "Payment Date", "Reference"],
            [
                (
                    [num(j.amount), "Bank Transfer", when(j.date, "%d/%m/%Y"), utr],
                    {
                        "amount": j.amount,
                        "method": "netbanking",
                        "date": j.date,
                        "txn": (UTR_RANK, utr),
                        "status": status,
                    },
                )
            ],
            tint=(222, 238, 246),
        )
        p.add("small", "Balance due: 0.00  |  Generated with myBillBook")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "printo.in/checkout/payment-status")
        p.part = "head"
        name = "Printo"
        top(p, name, merchant=name)
        p.add("small", "Brochures, posters and visiting cards  |  Order status")
        p.add("rule")
        p.part = "body"
        pill(p, "Payment pending", status, align="l")
        p.add(
            "small",
            "We are waiting for your bank to confirm this payment. Your order will be confirmed on its own.",
        )
        p.add("gap")
        oid = f"PRT{digits(rng, 8)}"
        j.amount = rupees(rng, 1800, 14000, 0.4)
        field(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        field(p, "Amount", rs(j.amount), amount=j.amount)
        field(p, "Payment mode", "UPI", method="UPI")
        field(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        field(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    p = mail_page(
        rng,
        font,
        "BUSY Infotech <receipts@busy.in>",
        ["Payment receipt - BUSY renewal", "Thank you for renewing BUSY"],
    )
    p.part = "head"
    name = "BUSY Infotech Pvt. Ltd."
    top(p, name, merchant=name)
    p.add("center", "PAYMENT RECEIPT")
    p.add("rule")
    p.part = "body"
    rno = f"BIPL/{fy(j.date)}/{digits(rng, 6)}"
    spec = [(0.0, 0.5, "l"), (0.5, 1.0, "r")]
    cols(
        p,
        "bu",
        spec,
        f"Receipt No. {rno}",
        f"Receipt Date: {day_in(j, rng, ['%d-%b-%Y', '%d/%m/%Y'])}",
        txn=(INVOICE_RANK, rno),
        date=j.date,
    )
    p.add("left", f"Received from: {clip(TRUST, 40)}, Mathura")
    base = float(rng.choice([4999, 7999, 11999]))
    igst = round(base * 0.18, 2)
    j.amount = round(base + igst, 2)
    grid(
        p,
        "bug",
        [(0.0, 0.72, "l"), (0.72, 1.0, "r")],
        ["Description", "Amount (Rs.)"],
        [
            (["BUSY Standard, single user, renewal for 12 months", num(base)], {}),
            (["IGST 18%", num(igst)], {}),
        ],
        foot=(["Total", num(j.amount)], {"amount": j.amount}),
    )
    p.add("gap")
    pid = f"pay_{code(rng, 14, MIXED)}"
    p.add("left", f"Paid via: Credit card {masked(rng, font)} (Razorpay)", method="card", status=status)
    p.add("left", f"Payment ID: {pid}", txn=(TXN_RANK, pid))
    p.add("gap")
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 6. the trust's bank transfers


# payee as the bank prints it, what for, the frame
VENDORS = [
    ("VRINDAVAN TENT HOUSE", "pandal, Sanjhi season", "canara"),
    ("KRISHNA PHOTO FRAMES", "frames, bill 240", "hdfc"),
    ("BRAJ ROADWAYS", "freight to Dilli Haat", "uco"),
    ("KALPI HASTNIRMIT KAGAZ UDYOG", "handmade paper", "kotak"),
    ("Mohd Irfan Electricals", "wiring at the Kendra", "au"),
    ("AGARWAL AND MITTAL ASSOCIATES", "audit fee 2025-26", "yes"),
    ("SHIV SHAKTI GLASS HOUSE", "frame glass", "psb"),
    ("Yamuna Designs", "catalogue design and layout", "voucher"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The trust's own banking pages paying its vendors: Canara ai1's fund transfer with "Just now" under the
    payee (Mode, IMPS Ref No, From A/c, Remarks; no day); HDFC Bank NetBanking's acknowledgement under its
    tabs (shaded label cells: Transaction Reference No., UTR No., From Account, Beneficiary Name, Beneficiary
    Account, Amount, Payment Mode, Transaction Date, Remarks); UCO mBanking Plus' transfer failed on a tinted
    band ("to <payee>", the reason, each label small over its value: IMPS Ref No., Date & Time, Debit A/c);
    Kotak's NEFT payment confirmation (a striped table: Transaction Reference, UTR, Debit Account,
    Beneficiary, Beneficiary Account, Amount, Payment Date, Status); AU 0101's IMPS sent (the payee's
    initials, "<sum> sent", "to <payee>", a capsule, boxed fields: IMPS Ref No., Date & Time, From,
    Remarks); YES BIZ's RTGS under processing with its steps left to right (Submitted, Processing,
    Credited; dot leaders: Transaction ID, Beneficiary, Amount, Mode, Submitted on, UTR to be generated);
    Punjab & Sind Bank's NEFT / RTGS application, the customer's copy filled in by hand (Date, Remitter,
    A/c No., Beneficiary, Bene A/c No., IFSC, the way ticked, Rs. in a box), the branch's printer's line of
    the NEFT's success and UTR across its foot and the branch's stamp; the trust's own PAYMENT VOUCHER from a
    dot-matrix printer on continuous stationery (Dated, Account, Through, Bank transaction details, On
    Account of, Amount; no reference). All new here."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=4000, high=160000)
    payee, purpose, frame = VENDORS[k]
    if frame == "canara":
        shift(j, rng, SEASON - dt.timedelta(days=rng.randrange(2, 9)))
    if frame == "yes":
        j.amount = float(rng.randrange(200000, 480000, 500))
    if frame in ("au", "canara"):
        j.amount = rupees(rng, 3500, 48000, 0.6)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR"))
    acct_no = digits(rng, 12)
    if frame == "canara":
        p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Share", "Home"))
        band(p, (0, 114, 188))
        app_head(p, "Canara ai1", "Canara Bank")
        sicon(p, status)
        p.add("center", "Fund transfer successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Just now")
        p.add("rule")
        kvr(p, "Mode", "IMPS", method="netbanking")
        kvr(p, "IMPS Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "From A/c", f"XXXX{digits(rng, 4)}")
        kvr(p, "Remarks", clip(purpose, 22))
        return p.done()
    if frame == "hdfc":
        p = browser_page(rng, font, "netbanking.hdfcbank.com/netbanking/entry")
        p.part = "head"
        top(p, "HDFC BANK")
        p.add("small", f"NetBanking  |  {CUT}")
        p.add("gap")
        tabs(p, ["Funds Transfer", "Bill Pay", "Deposits", "Cards"], 0)
        p.add("rule")
        p.part = "body"
        p.add("left", "Transaction Acknowledgement")
        p.add("small", "Your transaction has been processed successfully.")
        p.add("gap")
        ref = f"{digits(rng, 10)}"
        utr = utr_for(rng, j, "HDFC Bank", "NEFT")
        name = h273.cell_name(p, 0.6, [payee], scale=1.0)
        kv(p, "Transaction Reference No.", ref, at=0.4, txn=(BANK_RANK, ref))
        kv(p, "UTR No.", utr, at=0.4, txn=(UTR_RANK, utr))
        kv(p, "From Account", f"XXXXXXXXXX{digits(rng, 4)}", at=0.4)
        kv(p, "Beneficiary Name", name, at=0.4, merchant=name)
        kv(p, "Beneficiary Account", f"XXXXXXXX{acct_no[-4:]}", at=0.4)
        kv(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
        kv(p, "Payment Mode", "NEFT", at=0.4, method="netbanking")
        kv(p, "Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d %b %Y"]), at=0.4, date=j.date)
        kv(p, "Status", "Successful", at=0.4, status=status)
        kv(p, "Remarks", clip(purpose, 30), at=0.4)
        return p.done()
    if frame == "uco":
        p = phone(rng, font, k, ["", "Transaction status"], dark=False, buttons=("Try again",))
        band(p, (0, 82, 156))
        app_head(p, "UCO mBanking Plus", "UCO Bank")
        strip(p, "Transaction failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Beneficiary bank is not available at this time (M1). Please try after some time.")
        p.add("rule")
        lab(p, "IMPS Ref No.")
        p.add("left", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        lab(p, "Date & Time")
        p.add("left", at_hour(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y"], (" ",)), date=j.date)
        lab(p, "Debit A/c")
        p.add("left", f"XXXXXXXX{digits(rng, 4)}")
        return p.done()
    if frame == "kotak":
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, "kotak")
        p.add("small", "Kotak Mahindra Bank  |  Net Banking for business  |  Payment confirmation")
        p.add("rule")
        p.part = "body"
        ref = f"KKBK{digits(rng, 10)}"
        utr = utr_for(rng, j, "Kotak Mahindra Bank", "NEFT")
        name = h273.cell_name(p, 0.58, [payee])
        zebra(
            p,
            "kt",
            [(0.0, 0.42, "l"), (0.42, 1.0, "l")],
            ["NEFT payment", ""],
            [
                (["Transaction Reference", ref], {"txn": (BANK_RANK, ref)}),
                (["UTR", utr], {"txn": (UTR_RANK, utr)}),
                (["Debit Account", f"XXXXXX{digits(rng, 4)}  |  {CUT}"], {}),
                (["Beneficiary", name], {"merchant": name}),
                (["Beneficiary Account", f"XXXXXXXX{acct_no[-4:]}  |  PUNB0{digits(rng, 6)}"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount, "method": "netbanking"}),
                (["Payment Date", day_in(j, rng, ["%d-%b-%Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Status", "Success"], {"status": status}),
            ],
            (237, 28, 36),
        )
        p.add("gap")
        p.add("small", f"Purpose: {purpose}. This is a system generated confirmation.")
        return p.done()
    if frame == "au":
        p = phone(rng, font, k, ["", "Transaction"], dark=False, buttons=("Share", "Done"))
        band(p, (102, 40, 120))
        app_head(p, "AU 0101", "AU Small Finance Bank")
        avatar(p, initials(payee), (230, 110, 20))
        p.add("big", f"{rs(j.amount)} sent", amount=j.amount)
        name = pick(p, "center", [f"to {payee}", f"to {payee[:20]}"])[3:]
        p.add("center", f"to {name}", merchant=name)
        pill(p, "Successful", status)
        p.add("gap")
        field(p, "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
        field(p, "Date & Time", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        field(p, "From", f"AU Current A/c XX{digits(rng, 4)}")
        field(p, "Remarks", clip(purpose, 30))
        return p.done()
    if frame == "yes":
        p = browser_page(rng, font, "yesbiz.yesbank.in/payments/rtgs/status")
        p.part = "head"
        top(p, "YES BIZ")
        p.add("small", f"YES BANK  |  {CUT}  |  Payments")
        p.add("rule")
        p.part = "body"
        track(p, ["Submitted", "Processing", "Credited"], "dpt")
        pill(p, "Under processing", status, align="l")
        p.add("small", "RTGS requests after the cut-off are sent in the bank's next window.")
        p.add("gap")
        tid = f"YBZ{digits(rng, 11)}"
        dots(p, "Transaction ID", tid, at=0.42, txn=(BANK_RANK, tid))
        dots(p, "Beneficiary", payee, at=0.42, merchant=payee)
        dots(p, "Amount", rs(j.amount), at=0.42, bold=True, amount=j.amount)
        dots(p, "Mode", "RTGS", at=0.42, method="netbanking")
        dots(p, "Submitted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.42, date=j.date)
        dots(p, "UTR", "To be generated", at=0.42)
        dots(p, "Purpose", clip(purpose, 30), at=0.42)
        return p.done()
    if frame == "psb":
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (246, 248, 240)
        p.part = "head"
        top(p, "Punjab & Sind Bank")
        p.add("small", "Branch: Vrindavan  |  NEFT / RTGS Application Form  |  Customer's copy")
        p.add("rule")
        p.part = "body"
        blank(p, "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), date=j.date)
        blank(p, "Remitter", TRUST_CAPS)
        blank(p, "A/c No.", f"0{digits(rng, 13)}")
        blank(p, "Beneficiary", payee, merchant=payee)
        blank(p, "Bene A/c No.", acct_no)
        blank(p, "IFSC", f"CNRB000{digits(rng, 4)}")
        h269.ticks(p, ["NEFT", "RTGS"], 0, method="netbanking")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian')}", amount=j.amount)
        p.add("gap")
        utr = utr_for(rng, j, "Punjab & Sind Bank", "NEFT")
        typed(p, f"NEFT SUCCESS UTR {utr}", txn=(UTR_RANK, utr), status=status)
        rstamp(
            p, ["PUNJAB & SIND BANK", when(j.date, "%d %b %Y").upper(), "VRINDAVAN"], "blue", at=0.72, rows_=4
        )
        return p.done()
    p = screen(rng, font, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    paper(p, rng)
    p.style["paper"] = (252, 252, 248)
    typeface(p)
    h275.greenbar(p)
    p.part = "body"
    p.add("gap")
    w_ = min(60, h271.tt_cols(p) - 2)
    typed(p, f"{TRUST_CAPS:^{w_}}")
    typed(p, f"{'Chowk Bazar, Mathura':^{w_}}")
    typed(p, f"{'Payment Voucher':^{w_}}")
    typed(p, "")
    typed(p, f"{'Dated : ' + when(j.date, '{d}-%b-%Y'):>{w_}}", date=j.date)
    typed(p, "-" * w_)
    typed(p, f"{'Particulars':<{w_ - 14}}{'Amount':>14}")
    typed(p, "-" * w_)
    typed(p, f"Account : {payee}", merchant=payee)
    typed(p, f"{'':<{w_ - 14}}{num(j.amount):>14}", amount=j.amount)
    typed(p, "Through : Punjab National Bank")
    typed(p, "Bank transaction details : NEFT", method="netbanking", status=status)
    typed(p, f"On Account of : {clip(purpose, w_ - 16)}")
    typed(p, "-" * w_)
    line_ = "Amount (in words) :"
    for word in words_in_rupees(j.amount).split():
        if len(line_) + 1 + len(word) > w_:
            typed(p, line_)
            line_ = "   "
        line_ = f"{line_} {word}"
    typed(p, line_)
    typed(p, "")
    typed(p, f"{'Receiver':<{w_ - 20}}{'Authorised Signatory':>20}")
    return p.done()


# ---------------------------------------------------------------- 7. artists and staff


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The trust paying its artists and staff: a Sanjhi cutter's WAGES envelope in kraft paper with its flap
    (Name, Month, Pieces cut, Gross Rs., Less advance Rs., Net paid Rs. in a box, Paid on, Cash ticked, his
    "Received" by hand; its No.); a piece-work voucher filled in by hand, each label in Hindi over its English
    (कारीगर / Artisan, कार्य / Work, दर / Rate, कुल / Total, भुगतान / Paid by, दिनांक / Date), its Hindi and
    English receipt and the artist's signature (no number); Paytm's money transferred to an artist's bank
    account (Sent to, To, From, UPI Ref No, Paytm Order ID, the day and hour); RazorpayX Payroll's salary
    processing with its steps left to right (Initiated, Processing, Credited; shaded label cells:
    Employee, Net pay, Payout ID, Mode, Initiated on); Keka's payslip for the shop's assistant (the month,
    Employee, Employee ID, Designation, a table ruled on every side: Earnings | Amount | Deductions |
    Amount, Net Pay on a tinted panel, "Paid on <day> by bank transfer, UTR ..."); the trust's ADVANCE
    SLIP, its Date left blank (Slip No., Name, Advance for, Rs. in a box, "Received Rs. x/- in cash." by
    hand over a revenue stamp signed across; no day); Freecharge's UPI to an artist failed (a capsule, Transaction ID, UPI Ref. No., Date);
    BOI Omni Neo's IMPS to an artist with its steps left to right (Debited, Sent, Credited; IMPS Ref. No.,
    Transaction Date, Beneficiary, From A/c, Remarks). All new here."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=2500, high=28000, p_round=0.8)
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs"))
    who = ARTISTS[(k + rng.randrange(4)) % len(ARTISTS)]
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = sheet_page(rng, font, [600, 640])
        kraft(p)
        p.part = "head"
        top(p, KENDRA)
        no = f"{rng.randrange(100, 999):04d}"
        cols(p, "wn", [(0.0, 0.5, "l"), (0.5, 1.0, "r")], "WAGES", f"No. {no}", txn=(INVOICE_RANK, no))
        p.add("rule")
        p.part = "body"
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        pieces, rate = rng.randrange(24, 70), float(rng.choice([80, 90, 110, 120]))
        gross = pieces * rate
        adv = float(rng.choice([0, 500, 1000]))
        j.amount = gross - adv
        blank(p, "Name", who, merchant=who)
        blank(p, "Month", when(month, "%B %Y"))
        blank(p, "Pieces cut", f"{pieces} @ Rs {num(rate, 'plain', 0)}")
        blank(p, "Gross Rs.", num(gross, "indian", 0))
        blank(p, "Less advance Rs.", num(adv, "indian", 0) if adv else "nil")
        amtbox(p, "Net paid Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        blank(p, "Paid on", day_in(j, rng, ["%d/%m/%Y", "{d}.%m.%y"]), date=j.date)
        h269.ticks(p, ["Cash", "Bank"], 0, method="cash")
        write(p, f"Received - {who.split()[0]}", align="r", status=status)
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [700, 740])
        p.part = "head"
        dev(p, TRUST_HI, scale=1.0, bold=True)
        top(p, pick(p, "title", [TRUST, TRUST_CAPS]))
        p.add("small", KENDRA_AT)
        dev(p, "कार्य भुगतान पर्ची / PIECE-WORK VOUCHER", scale=0.95)
        p.add("rule")
        p.part = "body"
        pieces, rate = rng.randrange(20, 60), float(rng.choice([70, 85, 100, 125]))
        j.amount = pieces * rate
        dlab(p, "कारीगर", "Artisan", who, at=0.3, pen=True, merchant=who)
        dlab(p, "कार्य", "Work", f"Sanjhi stencils cut, {pieces} pcs", at=0.3, pen=True)
        dlab(p, "दर", "Rate", f"Rs {num(rate, 'plain', 0)} per piece", at=0.3, pen=True)
        dlab(p, "कुल", "Total", f"Rs {num(j.amount, 'indian', 0)}/-", at=0.3, pen=True, amount=j.amount)
        dlab(p, "भुगतान", "Paid by", "Cash", at=0.3, pen=True, method="cash")
        dlab(p, "दिनांक", "Date", day_in(j, rng, ["%d/%m/%Y", "{d}-%m-%Y"]), at=0.3, pen=True, date=j.date)
        dev(
            p,
            "उपरोक्त राशि नकद प्राप्त की। / Received the above sum in cash.",
            scale=0.9,
            align="l",
            status=status,
        )
        sig(p)
        right(p, "Artisan's signature")
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Payment details"], dark=False, buttons=("Share", "Done"))
        band(p, (0, 46, 110))
        app_head(p, "Paytm", "Money Transfer")
        p.add("center", "Money Transferred", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", at_hour(rng, j.date, ["%d %b %Y", "{d} %B %Y"], (", ",)), date=j.date)
        p.add("rule")
        lab(p, "Sent to")
        p.add("left", who, merchant=who)
        p.add("small", f"State Bank of India A/c XX{digits(rng, 4)}")
        lab(p, "From")
        p.add("left", f"Punjab National Bank {dot * 2}{digits(rng, 4)}", method="UPI")
        p.add("rule")
        oid = digits(rng, 20)
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        kvr(p, "Paytm Order ID", oid, txn=(ORDER_RANK, oid))
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "x.razorpay.com/payroll/run/salary")
        p.part = "head"
        top(p, "RazorpayX Payroll")
        p.add(
            "small", f"{TRUST}  |  Payroll  |  {when(j.date.replace(day=1) - dt.timedelta(days=1), '%B %Y')}"
        )
        p.add("rule")
        p.part = "body"
        track(p, ["Initiated", "Processing", "Credited"], "dpt")
        pill(p, "Processing", status, align="l")
        p.add("small", "The salary is on its way to the employee's bank. Credits can take up to 2 hours.")
        p.add("gap")
        staff = rng.choice(["Pooja Sharma", "Shalini Goswami", "Ankit Sharma"])
        pid = f"pout_{code(rng, 14, MIXED)}"
        j.amount = rupees(rng, 11000, 26000, 0.7)
        kv(p, "Employee", staff, at=0.34, merchant=staff)
        kv(p, "Designation", "Shop assistant, Sanjhi Ghar", at=0.34)
        kv(p, "Net pay", rs(j.amount), at=0.34, amount=j.amount)
        kv(p, "Payout ID", pid, at=0.34, txn=(TXN_RANK, pid))
        kv(p, "Mode", "NEFT", at=0.34, method="netbanking")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), at=0.34, date=j.date)
        return p.done()
    if k == 4:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        top(p, pick(p, "title", [TRUST, TRUST_CAPS]))
        p.add("small", OFFICE)
        month = j.date.replace(day=1) - dt.timedelta(days=1)
        p.add("center", f"Payslip for {when(month, '%B %Y')}")
        p.add("rule")
        p.part = "body"
        staff = rng.choice(["Pooja Sharma", "Shalini Goswami", "Ankit Sharma", "Mukesh Kumar"])
        spec = [(0.0, 0.5, "l"), (0.5, 1.0, "l")]
        cols(
            p,
            "ks",
            spec,
            f"Employee: {staff}",
            f"Employee ID: BSKN{rng.randrange(10, 99):03d}",
            merchant=staff,
        )
        cols(p, "ks", spec, "Designation: Shop assistant", f"Days paid: {rng.randrange(26, 31)}")
        p.add("gap")
        basic = float(rng.randrange(9000, 15000, 100))
        hra = round(basic * 0.2)
        conv = float(rng.choice([800, 1000, 1200]))
        pf = round(min(basic, 15000) * 0.12)
        esi = round((basic + hra + conv) * 0.0075)
        j.amount = basic + hra + conv - pf - esi
        grid(
            p,
            "kg",
            [(0.0, 0.32, "l"), (0.32, 0.5, "r"), (0.5, 0.82, "l"), (0.82, 1.0, "r")],
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                (["Basic", num(basic), "Provident fund", num(pf)], {}),
                (["House rent allowance", num(hra), "ESI", num(esi)], {}),
                (["Conveyance", num(conv), "", ""], {}),
                (["Gross earnings", num(basic + hra + conv), "Total deductions", num(pf + esi)], {}),
            ],
            tint=(226, 236, 248),
        )
        p.add("gap")
        panel(p, "Net Pay", rs(j.amount), (60, 120, 200), amount=j.amount)
        utr = utr_for(rng, j, "Punjab National Bank", "NEFT")
        p.add(
            "left",
            f"Paid on {day_in(j, rng, ['%d %b %Y', '%d/%m/%Y'])} by bank transfer, UTR {utr}.",
            date=j.date,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, utr),
        )
        p.add("small", "Generated with Keka HR. This payslip needs no signature.")
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [640, 680])
        p.style["paper"] = rng.choice([(250, 246, 236), (246, 246, 240)])
        p.part = "head"
        top(p, pick(p, "title", [TRUST, TRUST_CAPS]))
        p.add("center", "ADVANCE SLIP")
        p.part = "body"
        no = str(rng.randrange(100, 999))
        cols(
            p,
            "as",
            [(0.0, 0.5, "l"), (0.5, 1.0, "r")],
            f"Slip No. {no}",
            "Date ..............",
            txn=(INVOICE_RANK, no),
        )
        p.add("gap")
        j.amount = float(rng.choice([2000, 3000, 5000, 7500, 10000]))
        blank(p, "Name", who, merchant=who)
        blank(p, "Advance for", "Sanjhi season's temple work")
        amtbox(p, "Rs.", f"{num(j.amount, 'indian', 0)}/-", amount=j.amount)
        write(p, f"Received Rs. {num(j.amount, 'indian', 0)}/- in cash.", method="cash", status=status)
        revenue(p, who.split()[0])
        right(p, "Signature of the artist")
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Payment status"], dark=False, buttons=("Retry",))
        band(p, (233, 90, 30))
        app_head(p, "freecharge", "UPI")
        pill(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"to {who}", merchant=who)
        p.add("small", "The payee's bank is not responding. Money, if debited, will be back in 48 hours.")
        p.add("rule")
        fid = f"FC{j.date:%y%m%d}{digits(rng, 10)}"
        kvr(p, "Transaction ID", fid, txn=(TXN_RANK, fid))
        kvr(p, "UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        return p.done()
    p = phone(rng, font, k, ["", "Fund transfer"], dark=False, buttons=("Done",))
    band(p, (0, 72, 150))
    app_head(p, "BOI Omni Neo", "Bank of India")
    track(p, ["Debited", "Sent", "Credited"], "ddd")
    p.add("center", "Transfer successful", status=status)
    p.accent(GREEN)
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    p.pair("IMPS Ref. No.", j.ref, txn=(UTR_RANK, j.ref), method="netbanking")
    p.pair("Transaction Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"]), date=j.date)
    name = pick(p, "left", [who])
    lab(p, "Beneficiary")
    p.add("left", name, merchant=name)
    p.pair("From A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("Remarks", rng.choice(["Sanjhi season wages", "stencil work", "temple Sanjhi"]))
    return p.done()


# ---------------------------------------------------------------- 8. the government's taxes and fees


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Taxes and fees, each paying the authority on top: the Income Tax Department's challan receipt for the
    trust's TDS (ITNS 281; a table ruled on every side, two fields to a row: TAN, Name, Assessment Year,
    Financial Year, Major Head, Minor Head, Nature of Payment, Amount, CIN, Mode of Payment, Bank Name, Bank
    Reference Number, Date of Deposit, BSR code; its Tax, Surcharge, Cess, Interest, Penalty and Fee in a
    ruled table with their Total); the GST portal's Form GST PMT-06 payment receipt (shaded label cells:
    CPIN, Deposit Date, Deposit Time, CIN, Name of Bank, BRN, Payment mode, GSTIN, Payment status; the
    deposit's heads in a striped table with their Total); DTTDC's letter of a stall at Dilli Haat ("The
    stall fee of Rs. x/- (...) paid by you by NEFT on <day> has been received.", its later Dated; no
    reference); the Copyright Office's e-filing fee (a tinted band, dot leaders: Diary No., Work, Form, Fee,
    Payment Transaction ID, Bank Ref. No., Payment Date, Mode); Nivesh Mitra's fee pending at the bank (a
    capsule, shaded label cells: Department, Service, Fee, Transaction ID, Payment gateway, Initiated on);
    Nagar Nigam Mathura-Vrindavan's property tax receipt on e-Nagarsewa under its Hindi name (labels set
    right against a gutter: Receipt No., Property ID, Owner, Financial Year, House tax, Water tax, Sewer
    tax, Total paid, Payment mode, UPI Ref No., Payment date); the Labour Department's registration under
    the Shops and Establishments Act with its fee (dot leaders: Registration No., Establishment, Fee paid,
    Transaction No., Mode, Valid up to; no day); the state treasury's e-challan (GRAS) failed on a tinted
    band (GRN, Department, Purpose, Remitter, Amount, Bank, Status, Date). All new here."""
    k = place("govt_fees")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=500, high=60000)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    if k == 0:
        p = sheet_page(rng, font, [780, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Income Tax Department"
        top(p, name, merchant=name)
        p.add("small", "Government of India  |  e-Pay Tax")
        p.add("center", "Challan Receipt (ITNS 281)")
        p.add("rule")
        p.part = "body"
        tax = float(rng.randrange(2000, 40000, 10))
        fee = float(rng.choice([0, 0, 200, 400]))
        interest = float(rng.choice([0, 0, 0, 120, 340]))
        j.amount = tax + fee + interest
        bsr = digits(rng, 7)
        serial = f"{rng.randrange(1, 99999):05d}"
        cin = f"{bsr}{j.date:%d%m%Y}{serial}"
        bref = f"IK{digits(rng, 10)}"
        ay = f"{j.date.year + (1 if j.date.month >= 4 else 0)}-{(j.date.year + (2 if j.date.month >= 4 else 1)) % 100:02d}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")]
        name_cell = h273.cell_name(p, 0.28, [TRUST_CAPS, CUT])
        grid(
            p,
            "it",
            spec,
            None,
            [
                (["TAN", f"AGRB{digits(rng, 5)}{rng.choice(UPPER)}", "Name", name_cell], {}),
                (["Assessment Year", ay, "Financial Year", f"20{fy(j.date)}"], {}),
                (["Major Head", "Income Tax (0021)", "Minor Head", "TDS payable (200)"], {}),
                (["Nature of Payment", "194C", "Amount (in Rs.)", num(j.amount)], {"amount": j.amount}),
                (
                    ["CIN", cin, "Mode of Payment", "Net Banking"],
                    {"txn": (TXN_RANK, cin), "method": "netbanking"},
                ),
                (
                    ["Bank Name", "Punjab National Bank", "Bank Reference Number", bref],
                    {"txn": (BANK_RANK, bref)},
                ),
                (["Date of Deposit", when(j.date, "%d-%b-%Y"), "BSR code", bsr], {"date": j.date}),
                (["Challan No.", serial, "Payment status", "Success"], {"status": status}),
            ],
            tint=(232, 236, 244),
        )
        p.add("gap")
        grid(
            p,
            "itb",
            [(0.0, 0.7, "l"), (0.7, 1.0, "r")],
            ["Tax Breakup Details (Amount in Rs.)", ""],
            [
                (["A  Tax", num(tax)], {}),
                (["B  Surcharge", num(0)], {}),
                (["C  Cess", num(0)], {}),
                (["D  Interest", num(interest)], {}),
                (["E  Penalty", num(0)], {}),
                (["F  Fee under section 234E", num(fee)], {}),
            ],
            foot=(["Total (A+B+C+D+E+F)", num(j.amount)], {}),
        )
        p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Goods and Services Tax"
        top(p, name, merchant=name)
        p.add("small", "Government of India, States and Union Territories")
        p.add("center", "Form GST PMT-06  |  Payment Receipt")
        p.add("rule")
        p.part = "body"
        cgst = float(rng.randrange(800, 24000))
        sgst = cgst
        late = float(rng.choice([0, 0, 50, 100]))
        j.amount = cgst + sgst + 2 * late
        cpin = f"26{j.date:%m}09{digits(rng, 10)}"
        cin = f"PUNB{j.date:%y%m}09{digits(rng, 8)}"
        brn = f"{digits(rng, 10)}"
        kv(p, "CPIN", cpin, at=0.34, txn=(INVOICE_RANK, cpin))
        kv(p, "Deposit Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.34, date=j.date)
        kv(p, "Deposit Time", hhmm(rng, twelve=False, seconds=True), at=0.34)
        kv(p, "CIN", cin, at=0.34, txn=(TXN_RANK, cin))
        kv(p, "Name of Bank", "Punjab National Bank", at=0.34)
        kv(p, "BRN", brn, at=0.34, txn=(BANK_RANK, brn))
        kv(p, "Payment mode", "E-Payment (Net Banking)", at=0.34, method="netbanking")
        kv(p, "GSTIN", GSTIN, at=0.34)
        kv(p, "Payment status", "Success", at=0.34, status=status)
        p.add("gap")
        zebra(
            p,
            "gs",
            [
                (0.0, 0.16, "l"),
                (0.16, 0.34, "r"),
                (0.34, 0.5, "r"),
                (0.5, 0.64, "r"),
                (0.64, 0.8, "r"),
                (0.8, 1.0, "r"),
            ],
            ["Head", "Tax", "Interest", "Penalty", "Fees", "Total"],
            [
                (["CGST", num(cgst), "0.00", "0.00", num(late), num(cgst + late)], {}),
                (["SGST", num(sgst), "0.00", "0.00", num(late), num(sgst + late)], {}),
            ],
            (30, 60, 120),
        )
        total(p, "Total Amount", rs(j.amount), at=0.56, amount=j.amount)
        p.add("small", f"Total amount in words: {words_in_rupees(j.amount)}")
        return p.done()
    if k == 2:
        shift(j, rng, HAAT - dt.timedelta(days=rng.randrange(18, 40)))
        j.amount = float(rng.choice([18000, 22500, 27000, 31500]))
        p = sheet_page(rng, font, [760, 800])
        p.part = "head"
        name = pick(
            p, "title", ["Delhi Tourism and Transportation Development Corporation Ltd.", "DTTDC Ltd."]
        )
        top(p, name, merchant=name)
        p.add("small", "(A Government of NCT of Delhi Undertaking)  |  Dilli Haat, INA, New Delhi - 110023")
        p.add("rule")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(2, 7))
        cols(
            p,
            "dt",
            [(0.0, 0.6, "l"), (0.6, 1.0, "r")],
            f"No. DTTDC/DH/Allot/{rng.randrange(100, 900)}",
            f"Dated: {when(later, '%d.%m.%Y')}",
        )
        p.add("gap")
        p.add("left", "To,")
        p.add("left", f"The Managing Trustee, {TRUST}")
        p.add("left", OFFICE)
        p.add("gap")
        p.add("left", "Sub: Allotment of Stall No. 62 for the Paper Crafts Fortnight, 1 to 15 November")
        p.add("gap")
        p.add(
            "left",
            f"Sir, with reference to your application, Stall No. 62 is allotted to you for the fortnight. The "
            f"stall fee of Rs. {num(j.amount, 'indian', 0)}/- ({words_in_rupees(j.amount)}) paid by you by NEFT on "
            f"{day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} has been received.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("left", "Kindly report to the Haat office with this letter a day before the fortnight.")
        p.add("gap")
        sig(p)
        right(p, "Manager (Dilli Haat)")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "copyright.gov.in/frmPaymentReceipt.aspx")
        p.part = "head"
        name = "Copyright Office"
        top(p, name, merchant=name)
        p.add("small", "Department for Promotion of Industry and Internal Trade  |  Government of India")
        p.add("rule")
        p.part = "body"
        strip(p, "Payment Successful", status)
        p.add("gap")
        works_n = rng.randrange(1, 5)
        j.amount = float(500 * works_n)
        tid = f"CR{j.date:%y%m%d}{digits(rng, 8)}"
        bref = f"{digits(rng, 12)}"
        dots(p, "Diary No.", f"{rng.randrange(10000, 30000)}/{j.date.year}-CO/A", at=0.44)
        dots(p, "Work", f"Artistic: Sanjhi designs ({works_n})", at=0.44)
        dots(p, "Form", "Form XIV", at=0.44)
        dots(p, "Fee", rs(j.amount), at=0.44, bold=True, amount=j.amount)
        dots(p, "Payment Transaction ID", tid, at=0.44, txn=(TXN_RANK, tid))
        dots(p, "Bank Ref. No.", bref, at=0.44, txn=(BANK_RANK, bref))
        dots(p, "Payment Date", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.44, date=j.date)
        dots(p, "Mode", "Net Banking", at=0.44, method="netbanking")
        p.add("small", "Keep this receipt. The Diary No. is needed for every query about the application.")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, "niveshmitra.up.nic.in/Payment/Status")
        p.part = "head"
        top(p, "Nivesh Mitra")
        p.add("small", "Single Window System  |  Government of Uttar Pradesh")
        p.add("rule")
        p.part = "body"
        pill(p, "Pending at bank", status, align="l")
        p.add(
            "small",
            "The bank has not yet confirmed this payment. Do not pay again; the status updates in 24 hours.",
        )
        p.add("gap")
        dept = "Fire and Emergency Services, Uttar Pradesh"
        name = h273.cell_name(p, 0.64, [dept, "Fire and Emergency Services, U.P."], scale=1.0)
        tid = f"NM{j.date:%y%m%d}{digits(rng, 7)}"
        j.amount = float(rng.choice([2500, 5000, 7500]))
        kv(p, "Department", name, at=0.36, merchant=name)
        kv(p, "Service", "Fire NOC, Sanjhi Kala Kendra", at=0.36)
        kv(p, "Fee", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Transaction ID", tid, at=0.36, txn=(TXN_RANK, tid))
        kv(p, "Payment gateway", "SBI ePay (Net Banking)", at=0.36, method="netbanking")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    if k == 5:
        p = browser_page(rng, font, "e-nagarsewaup.gov.in/ulbapps/propertytax/receipt")
        p.part = "head"
        dev(p, "नगर निगम मथुरा-वृन्दावन", scale=1.05, bold=True)
        name = pick(p, "title", ["Nagar Nigam Mathura-Vrindavan", "NAGAR NIGAM MATHURA-VRINDAVAN"])
        top(p, name, merchant=name)
        p.add("small", "e-Nagarsewa, Uttar Pradesh  |  Property tax receipt")
        p.add("rule")
        p.part = "body"
        house = float(rng.randrange(1800, 9000, 10))
        water = float(round(house * 0.3))
        sewer = float(round(house * 0.15))
        j.amount = house + water + sewer
        rno = f"MVNN/PT/{fy(j.date)}/{digits(rng, 6)}"
        gutter(p, "nn", "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        gutter(p, "nn", "Property ID", f"MTH{digits(rng, 9)}")
        gutter(p, "nn", "Owner", TRUST)
        gutter(p, "nn", "Financial Year", f"20{fy(j.date)}")
        gutter(p, "nn", "House tax", num(house))
        gutter(p, "nn", "Water tax", num(water))
        gutter(p, "nn", "Sewer tax", num(sewer))
        gutter(p, "nn", "Total paid", rs(j.amount), amount=j.amount, status=status)
        gutter(p, "nn", "Payment mode", "UPI", method="UPI")
        gutter(p, "nn", "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        gutter(p, "nn", "Payment date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), date=j.date)
        p.add("gap")
        p.add("small", "This is an online receipt and needs no signature.")
        return p.done()
    if k == 6:
        p = sheet_page(rng, font, [740, 780])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        dev(p, "श्रम विभाग, उत्तर प्रदेश", scale=1.0, bold=True)
        name = pick(p, "title", ["Labour Department, Uttar Pradesh", "Labour Department, U.P."])
        top(p, name, merchant=name)
        p.add("small", "U.P. Dookan Aur Vanijya Adhishthan Adhiniyam, 1962 (Shops and Establishments)")
        p.add("center", "REGISTRATION CUM FEE RECEIPT")
        p.add("rule")
        p.part = "body"
        j.amount = float(rng.choice([500, 1000, 1500]))
        tno = f"UPLD{digits(rng, 12)}"
        dots(p, "Registration No.", f"UPSA{digits(rng, 8)}", at=0.4)
        dots(p, "Establishment", f"{GHAR}, Vrindavan", at=0.4)
        dots(p, "Employer", TRUST, at=0.4)
        dots(p, "Fee paid", rs(j.amount), at=0.4, bold=True, amount=j.amount, status=status)
        dots(p, "Transaction No.", tno, at=0.4, txn=(TXN_RANK, tno))
        dots(p, "Mode", "Online (Debit card)", at=0.4, method="card")
        dots(p, "Valid up to", when(dt.date(j.date.year + 1, 3, 31), "%d/%m/%Y"), at=0.4)
        p.add("gap")
        qr(p, f"UPLD{tno}", "r", 4)
        p.add("small", "Verify this certificate at uplabour.gov.in with its Registration No.")
        return p.done()
    p = browser_page(rng, font, "egras.up.gov.in/challan/status")
    p.part = "head"
    top(p, "GRAS Uttar Pradesh")
    p.add("small", "Government Receipt Accounting System  |  Treasury, U.P.")
    p.add("rule")
    p.part = "body"
    strip(p, "Transaction Failed", status)
    p.add(
        "small", "The bank has declined the transaction. The challan is cancelled; please make a new challan."
    )
    p.add("gap")
    dept = "Stamp and Registration Department"
    grn = f"GRN{j.date:%y}{digits(rng, 11)}"
    j.amount = float(rng.choice([1100, 2200, 5000, 10000]))
    name = h273.cell_name(p, 0.6, [dept], scale=1.0)
    dots(p, "GRN", grn, at=0.4, txn=(TXN_RANK, grn))
    dots(p, "Department", name, at=0.4, merchant=name)
    dots(p, "Purpose", "Registration fee, trust deed amendment", at=0.4)
    dots(p, "Remitter", TRUST, at=0.4)
    dots(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
    dots(p, "Bank", "State Bank of India (Net Banking)", at=0.4, method="netbanking")
    dots(p, "Status", "Failed", at=0.4)
    dots(p, "Date", day_in(j, rng, ["%d/%m/%Y", "%d-%m-%Y"]), at=0.4, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 9. the insurers


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts, each paying the insurer on top (or after "to" on an app): ACKO's app with the
    shop policy's renewal failed (a capsule, "to <insurer>", boxed fields: Policy, Transaction ID, Payment
    mode, Attempted on); Tata AIG's PREMIUM RECEIPT CUM TAX INVOICE (a table ruled on every side, two fields
    to a row: Receipt No., Receipt Date, Policy No., Product, Premium, CGST 9%, SGST 9%, Total premium,
    Mode, Transaction Reference No.; "Received with thanks"); HDFC ERGO's mail of a policy issued with its
    payment in a card (Amount paid, Payment date, Payment mode, Payment ID); United India Insurance's letter
    acknowledging the premium ("We acknowledge the receipt of premium of Rs. x (...) by NEFT on <day>
    ...", its later Date; no reference); Star Health's app with the artists' group cover renewed under a
    tick ("<sum> paid", "to <insurer>", hairline rows: Policy, Payment ID, UPI Ref No, Paid on); Go
    Digit's premium receipt printing only the policy's period (dot leaders: Policy No., Policy period,
    Insured, Net premium, GST @ 18%, Total premium paid, Payment mode, UPI Ref No., Status; no day);
    National Insurance's payment under reconciliation (a capsule, shaded label cells: Proposal No.,
    Product, Premium (incl. GST), Payment reference, Mode, Initiated on); Cholamandalam MS' e-receipt (a
    striped table: Receipt No., Receipt Date, Received from, Policy No., Product, Premium amount, Payment
    mode, Card transaction ID; "Received with thanks", a QR code). All new here."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(0,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=2500, high=60000)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "Rs", "INR"))
    base = float(rng.randrange(2000, 42000, 10))
    gst = round(base * 0.18, 2)
    j.amount = round(base + gst, 2)
    pol = f"{rng.randrange(1000, 9999)}/{digits(rng, 8)}/{rng.randrange(10, 99)}/000"
    if k == 0:
        p = phone(rng, font, k, ["", "Renewal"], dark=False, buttons=("Retry payment",))
        band(p, (80, 44, 190))
        app_head(p, "ACKO", "Shop insurance renewal")
        pill(p, "Payment failed", status)
        p.add("big", rs(j.amount), amount=j.amount)
        name = pick(p, "center", ["to ACKO General Insurance Ltd", "to ACKO General Insurance"])[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("small", "Your bank did not approve the payment. Your cover stays active till its end date.")
        p.add("gap")
        tid = f"ACKO{digits(rng, 12)}"
        field(p, "Policy", f"Shop insurance, {GHAR}")
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Payment mode", "UPI", method="UPI")
        field(p, "Attempted on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 1:
        p = sheet_page(rng, font, [780, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = pick(
            p, "title", ["Tata AIG General Insurance Company Limited", "Tata AIG General Insurance Co. Ltd."]
        )
        top(p, name, merchant=name)
        p.add("small", "Peninsula Business Park, Lower Parel, Mumbai  |  IRDAI Reg. No. 108")
        p.add("center", "PREMIUM RECEIPT CUM TAX INVOICE")
        p.add("rule")
        p.part = "body"
        rno = f"R{digits(rng, 10)}"
        tref = f"TAIG{digits(rng, 10)}"
        spec = [(0.0, 0.2, "l"), (0.2, 0.5, "l"), (0.5, 0.72, "l"), (0.72, 1.0, "l")]
        half = round(gst / 2, 2)
        grid(
            p,
            "ta",
            spec,
            None,
            [
                (
                    ["Receipt No.", rno, "Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])],
                    {"txn": (INVOICE_RANK, rno), "date": j.date},
                ),
                (["Policy No.", f"0{digits(rng, 9)}", "Product", "Fire and burglary"], {}),
                (["Premium", num(base), "CGST 9%", num(half)], {}),
                (["SGST 9%", num(gst - half), "Total premium", num(j.amount)], {"amount": j.amount}),
                (
                    ["Mode", "Net Banking", "Transaction Reference No.", tref],
                    {"method": "netbanking", "txn": (TXN_RANK, tref)},
                ),
            ],
            tint=(228, 236, 248),
        )
        p.add("gap")
        p.add(
            "left",
            f"Received with thanks from {TRUST} the premium above for the stock of {GHAR}.",
            status=status,
        )
        p.add("small", "The policy is issued on the terms of its schedule.")
        return p.done()
    if k == 2:
        p = mail_page(
            rng,
            font,
            "HDFC ERGO <policy@hdfcergo.com>",
            ["Your policy is ready", "Welcome to HDFC ERGO - policy documents"],
        )
        p.part = "head"
        name = "HDFC ERGO General Insurance Company Ltd."
        shown = pick(p, "center", [name, "HDFC ERGO"])
        top(p, shown, merchant=shown)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            "We have received your payment and your Marine Cargo policy for the export consignment is issued.",
            status=status,
        )
        p.add("gap")
        c = card_open(p)
        pid = f"HE{j.date:%y%m%d}{digits(rng, 9)}"
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment date", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        p.pair("Payment mode", f"Credit card {masked(rng, font)}", method="card")
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        p.pair("Policy No.", f"2{digits(rng, 3)} 2{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} 000")
        card_close(p, c)
        p.add("gap")
        p.add("small", "Your policy schedule is attached. Please check it and write to us within 15 days.")
        return p.done()
    if k == 3:
        p = sheet_page(rng, font, [740, 780])
        folds(p)
        p.part = "head"
        name = pick(p, "title", ["United India Insurance Company Limited", "United India Insurance Co. Ltd."])
        top(p, name, merchant=name)
        p.add("small", "(A Government of India Undertaking)  |  Divisional Office, Dampier Nagar, Mathura")
        p.add("rule")
        p.part = "body"
        later = j.date + dt.timedelta(days=rng.randrange(2, 8))
        right(p, f"Date: {when(later, '%d.%m.%Y')}")
        p.add("left", "To,")
        p.add("left", f"The Managing Trustee, {TRUST}")
        p.add("left", OFFICE)
        p.add("gap")
        p.add("left", f"Sub: Shopkeeper's policy No. {pol}, {GHAR}")
        p.add("gap")
        j.amount = float(int(j.amount))
        p.add(
            "left",
            f"Dear Sir, we acknowledge the receipt of premium of Rs. {num(j.amount, 'indian', 0)}/- "
            f"({words_in_rupees(j.amount)}) by NEFT on {day_in(j, rng, ['%d.%m.%Y', '{d} %B %Y'])} towards the "
            "above policy for the period of one year. The policy schedule follows.",
            amount=j.amount,
            date=j.date,
            method="netbanking",
            status=status,
        )
        p.add("gap")
        sig(p)
        right(p, "Divisional Manager")
        return p.done()
    if k == 4:
        p = phone(rng, font, k, ["", "Payment"], dark=False, buttons=("Download policy",))
        band(p, (0, 82, 160))
        app_head(p, "Star Health", "Renewal")
        sicon(p, status)
        p.add("big", f"{rs(j.amount)} paid", amount=j.amount, status=status)
        name = pick(
            p,
            "center",
            ["to Star Health and Allied Insurance Co. Ltd.", "to Star Health and Allied Insurance"],
        )[3:]
        p.add("center", f"to {name}", merchant=name)
        p.add("rule")
        pid = f"SHAI{digits(rng, 12)}"
        kvr(p, "Policy", "Group health, 12 artists")
        kvr(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        kvr(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref), method="UPI")
        kvr(p, "Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"]), date=j.date)
        return p.done()
    if k == 5:
        p = sheet_page(rng, font, [760, 800])
        p.style["paper"] = (255, 255, 255)
        p.part = "head"
        name = "Go Digit General Insurance Ltd."
        top(p, name, merchant=name)
        p.add("small", "Atlantis, Koramangala, Bengaluru  |  IRDAI Reg. No. 158")
        p.add("center", "PREMIUM RECEIPT")
        p.add("rule")
        p.part = "body"
        start = dt.date(2026, rng.randrange(1, 13), rng.randrange(1, 28))
        end = dt.date(start.year + 1, start.month, start.day) - dt.timedelta(days=1)
        dots(p, "Policy No.", f"D{digits(rng, 9)}", at=0.4)
        dots(p, "Policy period", f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}", at=0.4)
        dots(p, "Insured", TRUST, at=0.4)
        dots(p, "Cover", "Group personal accident, 14 artists", at=0.4)
        dots(p, "Net premium", num(base), at=0.4)
        dots(p, "GST @ 18%", num(gst), at=0.4)
        dots(p, "Total premium paid", rs(j.amount), at=0.4, bold=True, amount=j.amount)
        dots(p, "Payment mode", "UPI", at=0.4, method="UPI")
        dots(p, "UPI Ref No.", j.ref, at=0.4, txn=(UTR_RANK, j.ref))
        dots(p, "Status", "Paid", at=0.4, status=status)
        p.add("gap")
        p.add("small", "This receipt is valid only with the policy schedule.")
        return p.done()
    if k == 6:
        p = browser_page(rng, font, "nationalinsurance.nic.co.in/portal/payment/status")
        p.part = "head"
        name = pick(p, "title", ["National Insurance Company Limited", "National Insurance Co. Ltd."])
        top(p, name, merchant=name)
        p.add("small", "Customer portal  |  Payment status")
        p.add("rule")
        p.part = "body"
        pill(p, "Under reconciliation", status, align="l")
        p.add(
            "small",
            "Your payment is being reconciled with the bank. The policy is issued once it is confirmed.",
        )
        p.add("gap")
        ref = f"NIC{digits(rng, 11)}"
        kv(p, "Proposal No.", f"P{digits(rng, 10)}", at=0.36)
        kv(p, "Product", "Marine cargo, export consignment", at=0.36)
        kv(p, "Premium (incl. GST)", rs(j.amount), at=0.36, amount=j.amount)
        kv(p, "Payment reference", ref, at=0.36, txn=(TXN_RANK, ref))
        kv(p, "Mode", "Net Banking", at=0.36, method="netbanking")
        kv(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.36, date=j.date)
        return p.done()
    p = sheet_page(rng, font, [760, 800])
    p.style["paper"] = (255, 255, 255)
    p.part = "head"
    name = pick(
        p, "title", ["Cholamandalam MS General Insurance Company Ltd.", "Cholamandalam MS General Insurance"]
    )
    top(p, name, merchant=name)
    p.add("small", "Dare House, Chennai  |  IRDAI Reg. No. 123")
    p.add("center", "e-RECEIPT")
    p.add("rule")
    p.part = "body"
    rno = f"CH{digits(rng, 10)}"
    cid = f"{digits(rng, 12)}"
    zebra(
        p,
        "ch",
        [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
        ["Receipt details", ""],
        [
            (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
            (["Receipt Date", day_in(j, rng, ["%d/%m/%Y", "%d-%b-%Y"])], {"date": j.date}),
            (["Received from", TRUST], {}),
            (["Policy No.", f"3{digits(rng, 3)}/{digits(rng, 8)}/000/00"], {}),
            (["Product", "Group personal accident"], {}),
            (["Premium amount", rs(j.amount)], {"amount": j.amount}),
            (["Payment mode", "Debit card"], {"method": "card"}),
            (["Card transaction ID", cid], {"txn": (TXN_RANK, cid)}),
        ],
        (160, 30, 40),
    )
    p.add("left", "Received with thanks.", status=status)
    qr(p, f"chola{rno}", "r", 4)
    return p.done()


# ---------------------------------------------------------------- 10. card terminals


# counter name line, its place line, the terminal's brand, the layout
COUNTERS = [
    ("SANJHI GHAR", "LOI BAZAR, VRINDAVAN", "MSWIPE", "mswipe"),
    ("GOKUL MITHAI BHANDAR", "HOLI GATE, MATHURA", "", "sweets"),
    ("BRAJ SANJHI - DILLI HAAT", "STALL 62, DILLI HAAT, INA", "WORLDLINE", "worldline"),
    ("MATHURA BOOK DEPOT", "DAMPIER NAGAR, MATHURA", "EZETAP", "declined"),
    ("RANGOLI ART SUPPLIES", "CHOWK BAZAR, MATHURA", "PhonePe POS", "phonepe"),
    ("SHRI KRISHNA FILLING STATION", "CHHATIKARA ROAD, VRINDAVAN", "STATE BANK OF INDIA", "fuel"),
    ("HOTEL INA RESIDENCY", "INA MARKET, NEW DELHI", "INNOVITI", "pending"),
    ("SANJHI KALA KENDRA", "GOPINATH BAZAR, VRINDAVAN", "BharatPe Swipe", "device"),
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cards on the shop's, the Dilli Haat stall's and the Kendra's terminals and the trust's card at a
    sweet shop, a bookshop, an art supplies store, a fuel pump and a Delhi hotel: Mswipe's slip at Sanjhi
    Ghar (DATE and TIME on one line, MID, TID, BATCH NUM, ROC, the card, CARD HOLDER, AUTH CODE, RRN,
    AMOUNT, PIN VERIFIED OK, APPROVED, CUSTOMER COPY); a sweet shop's bill paid by card (Bill Date, its
    sweets, Total, "Paid: CARD"; no reference); Worldline's slip at the stall in the fortnight (TERMINAL ID,
    MERCHANT ID, DATE/TIME, INVOICE NO, RRN, APPR CODE, TOTAL, APPROVED - PIN VERIFIED); Ezetap's
    TRANSACTION DECLINED at a bookshop (RESPONSE CODE 51, INSUFFICIENT FUNDS, TXN ID); PhonePe POS' card
    payment at an art store (Date & Time, Card, Auth ID, RRN, Txn ID, Amount, Card Payment Successful);
    SBI's slip at a fuel pump with the vehicle's number (VEHICLE NO, APPR CODE, RRN, AMOUNT Rs.); Innoviti's
    slip at a Delhi hotel whose host timed out (TXN STATUS: PENDING, DO NOT RETRY, INV); BharatPe Swipe's
    screen at the Kendra (an Approved capsule, the sum, the hour alone, Card, Auth code, RRN, Invoice; no
    day). All new here."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=400, high=28000)
    name, town, brand, layout = COUNTERS[k]
    if layout == "worldline":
        shift(j, rng, HAAT + dt.timedelta(days=rng.randrange(0, 15)))
    if layout == "pending":
        shift(j, rng, HAAT - dt.timedelta(days=rng.randrange(0, 2)))
        j.amount = rupees(rng, 3200, 14000, 0.5)
    if layout in ("declined", "phonepe", "fuel", "sweets"):
        j.amount = rupees(rng, 350, 6500, 0.6)
    scheme = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    last4 = digits(rng, 4)
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    inv = f"{rng.randrange(1, 9999):06d}"
    batch = f"{rng.randrange(1, 999):06d}"
    t = hhmm(rng, twelve=False, seconds=True)
    tid = digits(rng, 8)
    mid = digits(rng, 15)
    if layout == "device":
        p = phone(rng, font, k, ["", "Sale"], dark=False, buttons=("Print slip", "New sale"))
        band(p, (0, 150, 136))
        app_head(p, "BharatPe Swipe", "Card payment")
        shown = pick(p, "center", [name, "SANJHI KALA KENDRA"])
        p.add("center", shown, merchant=shown)
        p.add("small", town)
        pill(p, "Approved", status)
        p.add("big", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("small", t)
        p.add("rule")
        p.pair("Card", f"{scheme} **** {last4}", method="card")
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Invoice", inv, txn=(INVOICE_RANK, inv))
        return p.done()
    p = screen(rng, font, width=rng.choice([440, 460, 500]), size=rng.choice([17, 18]))
    paper(p, rng)
    if rng.random() < 0.5:
        h269.torn(p)
    p.part = "head"
    if brand:
        p.add("center", brand)
    shown = pick(p, "center", [name])
    p.add("center", shown, merchant=shown)
    p.add("small", town)
    p.part = "body"
    amt = f"INR {j.amount:,.2f}" if rng.random() < 0.5 else f"Rs.{j.amount:.2f}"
    card_no = f"{scheme} XXXX XXXX XXXX {last4}"
    if layout == "mswipe":
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE: {when(j.date, '%d/%m/%Y')}  TIME: {t}", date=j.date)
        p.pair("MID:", mid)
        p.pair("TID:", tid)
        p.pair("BATCH NUM:", batch)
        p.pair("ROC:", inv, txn=(INVOICE_RANK, inv))
        p.add("left", card_no, method="card")
        p.pair("CARD HOLDER:", rng.choice(["ANJALI AGARWAL", "VIKAS CHATURVEDI", "K IYENGAR"]))
        p.pair("AUTH CODE:", appr, txn=(APPR_RANK, appr))
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT:", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "PIN VERIFIED OK")
        p.add("center", "APPROVED", status=status)
        p.add("small", "*** CUSTOMER COPY ***")
    elif layout == "sweets":
        p.add("small", "PURE GHEE SWEETS SINCE 1956")
        p.add("small", f"GSTIN {gstin_of(rng)}")
        p.add("rule")
        p.pair("Bill Date", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.add("rule")
        sweets = [
            ("MATHURA PEDA", 560),
            ("KAJU KATLI", 1100),
            ("BESAN LADDOO", 520),
            ("DODA BARFI", 640),
            ("GHEWAR", 480),
            ("RABRI", 420),
        ]
        sub = 0.0
        for text, rate in rng.sample(sweets, rng.randrange(2, 5)):
            kg = rng.choice([0.25, 0.5, 1.0, 1.5, 2.0])
            p.pair(f"{text} {kg:g} KG", f"{kg * rate:.2f}")
            sub += kg * rate
        gst = round(sub * 0.025, 2)
        j.amount = round(sub + 2 * gst, 2)
        p.add("rule")
        p.pair("CGST 2.5%", f"{gst:.2f}")
        p.pair("SGST 2.5%", f"{gst:.2f}")
        p.pair("TOTAL", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("rule")
        p.add("left", f"Paid: CARD ({scheme})", method="card", status=status)
        p.add("small", "RADHE RADHE. VISIT AGAIN")
    elif layout == "worldline":
        p.add("center", "SALE")
        p.add("rule")
        p.pair("TERMINAL ID", tid)
        p.pair("MERCHANT ID", mid)
        p.pair("DATE/TIME", f"{when(j.date, '%d/%m/%y')} {t[:5]}", date=j.date)
        p.pair("INVOICE NO", inv, txn=(INVOICE_RANK, inv))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.add("left", f"{scheme} ************{last4} (CHIP)", method="card")
        p.add("rule")
        p.pair("TOTAL", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED - PIN VERIFIED", status=status)
        p.add("small", "THANK YOU. MERCHANT COPY RETAINED")
    elif layout == "declined":
        ez = f"EZ{digits(rng, 14)}"
        p.add("rule")
        p.pair("DATE", when(j.date, "%d-%b-%Y").upper(), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.add("left", f"{scheme} XXXXXXXXXXXX{last4}", method="card")
        p.pair("TXN ID", ez, txn=(TXN_RANK, ez))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TRANSACTION DECLINED", status=status)
        p.pair("RESPONSE CODE", "51")
        p.add("center", "INSUFFICIENT FUNDS")
        p.add("small", "NO AMOUNT DEBITED. POWERED BY RAZORPAY")
    elif layout == "phonepe":
        txn = f"PPC{digits(rng, 16)}"
        p.add("rule")
        p.pair("Date & Time", f"{when(j.date, '%d %b %Y')}, {t[:5]}", date=j.date)
        p.pair("Card", f"{scheme.title()} XX{last4}", method="card")
        p.pair("Auth ID", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("left", "Txn ID")
        p.add("right", txn, txn=(TXN_RANK, txn))
        p.add("rule")
        p.pair("Amount", f"Rs.{j.amount:,.2f}", amount=j.amount)
        p.add("rule")
        p.add("center", "Card Payment Successful", status=status)
    elif layout == "fuel":
        p.add("small", "HPCL DEALER  |  RO CODE 1{0}".format(digits(rng, 5)))
        p.add("center", "SALE")
        p.add("rule")
        p.pair("DATE", when(j.date, "%d/%m/%Y"), date=j.date)
        p.pair("TIME", t)
        p.pair("TID", tid)
        p.pair("MID", mid[:12])
        p.pair("BATCH", batch[-3:])
        p.pair("INVOICE", inv, txn=(INVOICE_RANK, inv))
        p.pair("VEHICLE NO", f"UP85 {code(rng, 2, UPPER)} {digits(rng, 4)}")
        p.add("left", f"{scheme} XXXX{last4} SWIPE", method="card")
        p.pair("APPR CODE", appr, txn=(APPR_RANK, appr))
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT Rs.", f"{j.amount:,.2f}", amount=j.amount)
        p.add("rule")
        p.add("center", "APPROVED", status=status)
    else:
        p.add("center", "SALE")
        p.add("rule")
        p.add("left", f"DATE {when(j.date, '%d-%m-%Y')} TIME {t[:5]}", date=j.date)
        p.pair("TID", tid)
        p.pair("MID", mid)
        p.pair("INV", inv, txn=(INVOICE_RANK, inv))
        p.add("left", f"{scheme} XXXX XXXX XXXX {last4}", method="card")
        p.pair("AMOUNT", amt, amount=j.amount)
        p.add("rule")
        p.add("center", "TXN STATUS: PENDING", status=status)
        p.add("small", "RESPONSE TIMED OUT AT HOST. DO NOT RETRY. CHECK WITH YOUR BANK BEFORE A NEW SALE.")
    return p.done()


# ---------------------------------------------------------------- 11. the bills


DVVNL = "Dakshinanchal Vidyut Vitran Nigam Ltd"


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kendra's, the shop's and the office's bills: the UPPCL Consumer app's bill payment for the power
    company under a tick (the company under the app, Payment Successful, the sum, hairline rows: Account
    No., Receipt No., Transaction ID, Payment mode, Date); Vi's recharge failed on a tinted band ("Paid to
    Vodafone Idea Limited", boxed fields: Order ID, Transaction ID, Payment mode, Date); Tata Play's
    recharge with the hour alone and the day the balance lasts till ("for Tata Play", Subscriber ID,
    Transaction ID, Payment mode; no day); Excitel's receipt (a table ruled on every side: Receipt No.,
    Username, Plan, Amount, Paid on, Payment mode, Bank Ref No., Status); the power company's SMS of a
    payment received ("Dear Consumer, payment of Rs.x against A/c No. ... has been received on <dd-mm-yyyy>.
    Thank you. - <company>"; no reference, no way of paying); HP Pay's cylinder booked and paid ("Paid to HP
    Gas", the distributor, each label small over its value: Booking ID, Consumer No., UPI Ref No, Paid on);
    Bharat Connect's receipt for the water bill in a bank's app (the biller on top, Payment successful,
    shaded label cells: Customer Name, Connection No., Bill Amount, Payment Mode, Bharat Connect Ref. No.,
    Transaction Date & Time); BSNL's Bharat Fibre payment awaiting the bank (a capsule, dot leaders:
    Account No., Amount, Order ID, PG Ref. No., Initiated on). All new here."""
    k = place("utility_bills")
    status = outcome(k, failed=(1,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=300, high=9000)
    rs = money(rng, font, 0.4)
    dot = sign(font, "\u2022", "*")
    if k == 0:
        p = phone(rng, font, k, ["", "Payment receipt"], dark=False, buttons=("Download receipt",))
        band(p, (0, 88, 160))
        app_head(p, "UPPCL Consumer", "Bill payment")
        name = pick(p, "center", [DVVNL, "DVVNL"])
        p.add("center", name, merchant=name)
        sicon(p, status)
        p.add("center", "Payment Successful", status=status)
        p.accent(GREEN)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("rule")
        rno = f"{digits(rng, 10)}"
        tid = f"UPPCL{j.date:%y%m%d}{digits(rng, 8)}"
        kvr(p, "Account No.", digits(rng, 10))
        kvr(p, "Receipt No.", rno, txn=(INVOICE_RANK, rno))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", "UPI", method="UPI")
        kvr(p, "Date", day_in(j, rng, ["%d-%m-%Y", "%d/%m/%Y"]), date=j.date)
        return p.done()
    if k == 1:
        p = phone(rng, font, k, ["", "Recharge"], dark=False, buttons=("Retry",))
        band(p, (238, 41, 56))
        app_head(p, "Vi", "Recharge")
        strip(p, "Recharge failed", status)
        j.amount = float(rng.choice([299, 349, 579, 719, 859, 3599]))
        p.add("big", rs(j.amount), amount=j.amount)
        name = "Vodafone Idea Limited"
        p.add("center", f"Paid to {name}", merchant=name)
        p.add(
            "small",
            f"Prepaid {phone_no(rng)[:2]}XXXXXX{digits(rng, 2)}  |  Money, if debited, is refunded in 3 days.",
        )
        p.add("gap")
        oid = f"VI{digits(rng, 12)}"
        tid = f"PAY{digits(rng, 14)}"
        field(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        field(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        field(p, "Payment mode", f"Debit card {dot * 4} {digits(rng, 4)}", method="card")
        field(p, "Date", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), date=j.date)
        return p.done()
    if k == 2:
        p = phone(rng, font, k, ["", "Recharge"], dark=rng.random() < 0.4, buttons=("Done",))
        band(p, (90, 20, 140))
        app_head(p, "Tata Play", "Recharge")
        pill(p, "Recharge successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "for Tata Play", merchant="Tata Play")
        p.add("small", f"at {hhmm(rng)}")
        p.add("rule")
        tid = f"TP{digits(rng, 13)}"
        kvr(p, "Subscriber ID", digits(rng, 10))
        kvr(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
        kvr(p, "Payment mode", "UPI", method="UPI")
        last = j.date + dt.timedelta(days=rng.randrange(25, 80))
        p.add("gap")
        p.add("small", f"Your balance will last till {when(last, '{d} %b %Y')}.")
        return p.done()
    if k == 3:
        p = browser_page(rng, font, "my.excitel.com/payments/receipt")
        p.part = "head"
        name = pick(p, "title", ["Excitel Broadband Pvt Ltd", "Excitel"])
        top(p, name, merchant=name)
        p.add("small", "Payment receipt")
        p.add("rule")
        p.part = "body"
        rno = f"EXR{digits(rng, 9)}"
        bref = f"{digits(rng, 12)}"
        j.amount = float(rng.choice([1497, 1797, 2097, 3594]))
        grid(
            p,
            "ex",
            [(0.0, 0.4, "l"), (0.4, 1.0, "l")],
            None,
            [
                (["Receipt No.", rno], {"txn": (INVOICE_RANK, rno)}),
                (["Username", f"bsk{digits(rng, 6)}"], {}),
                (["Plan", "200 Mbps, 3 months"], {}),
                (["Amount", rs(j.amount)], {"amount": j.amount}),
                (["Paid on", day_in(j, rng, ["%d %b %Y", "%d/%m/%Y"])], {"date": j.date}),
                (["Payment mode", "Net banking"], {"method": "netbanking"}),
                (["Bank Ref No.", bref], {"txn": (BANK_RANK, bref)}),
                (["Status", "Success"], {"status": status}),
            ],
            tint=(255, 232, 214),
        )
        return p.done()
    if k == 4:
        amt = num(j.amount, rng.choice(["plain", "indian"]))
        text = (
            f"Dear Consumer, payment of Rs.{amt} against A/c No. {digits(rng, 10)} has been received on "
            f"{when(j.date, '%d-%m-%Y')}. Thank you. - {DVVNL}"
        )
        p = sms_page(rng, font, "VM-DVVNLM", text, j.date)
        p.add("left", text, amount=j.amount, merchant=DVVNL, status=status, date=j.date)
        return p.done()
    if k == 5:
        p = phone(rng, font, k, ["", "Booking"], dark=False, buttons=("Track delivery",))
        band(p, (0, 51, 153))
        app_head(p, "HP Pay", "LPG refill")
        p.add("center", "Booking confirmed and paid", status=status)
        p.accent(GREEN)
        j.amount = float(rng.choice([853.0, 903.5, 1729.5, 1818.0]))
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", "Paid to HP Gas", merchant="HP Gas")
        p.add("small", "Distributor: Radhe Gas Service, Vrindavan")
        p.add("rule")
        for label, value, facts in [
            ("Booking ID", f"HP{digits(rng, 10)}", {}),
            ("Consumer No.", digits(rng, 7), {}),
            ("UPI Ref No", j.ref, {"txn": (UTR_RANK, j.ref), "method": "UPI"}),
            ("Paid on", at_hour(rng, j.date, ["%d %b %Y", "%d/%m/%Y"], (", ",)), {"date": j.date}),
        ]:
            lab(p, label)
            p.add("left", value, **facts)
        return p.done()
    if k == 6:
        p = phone(rng, font, k, ["", "Bill payment"], dark=False, buttons=("Share",))
        band(p, (0, 80, 150))
        app_head(p, "iris by YES BANK", "Bharat Connect")
        biller = "Jal Kal Vibhag, Nagar Nigam Mathura-Vrindavan"
        name = pick(p, "center", [biller, "Jal Kal Vibhag, Mathura-Vrindavan"])
        p.add("center", name, merchant=name)
        pill(p, "Payment successful", status)
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("gap")
        ref = f"CC0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        for label, value, facts in [
            ("Customer Name", CUT, {}),
            ("Connection No.", f"W{digits(rng, 8)}", {}),
            ("Bill Amount", rs(j.amount), {}),
            ("Payment Mode", "UPI", {"method": "UPI"}),
            ("Bharat Connect Ref. No.", ref, {"txn": (BANK_RANK, ref)}),
            (
                "Transaction Date & Time",
                at_hour(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y"], (" ",)),
                {"date": j.date},
            ),
        ]:
            kvr(p, label, value, **facts)
        return p.done()
    p = browser_page(rng, font, "portal.bsnl.in/myportal/quickpay/status")
    p.part = "head"
    name = pick(p, "title", ["Bharat Sanchar Nigam Limited", "BSNL"])
    top(p, name, merchant=name)
    p.add("small", "Bharat Fibre  |  Quick pay")
    p.add("rule")
    p.part = "body"
    pill(p, "Awaiting bank confirmation", status, align="l")
    p.add("small", "Do not pay again. The status updates once your bank confirms the payment.")
    p.add("gap")
    oid = f"BSNL{digits(rng, 12)}"
    pg = f"PG{digits(rng, 10)}"
    dots(p, "Account No.", digits(rng, 10), at=0.4)
    dots(p, "Amount", rs(j.amount), at=0.4, amount=j.amount)
    dots(p, "Order ID", oid, at=0.4, txn=(ORDER_RANK, oid))
    dots(p, "PG Ref. No.", pg, at=0.4, txn=(TXN_RANK, pg))
    dots(p, "Payment mode", "UPI", at=0.4, method="UPI")
    dots(p, "Initiated on", at_hour(rng, j.date, ["%d/%m/%Y", "%d-%b-%Y"], (" ",)), at=0.4, date=j.date)
    return p.done()


# ---------------------------------------------------------------- 12. the banks' alerts


# bank, sender id, payee as the bank prints it, the way, the frame
ALERTS = [
    ("HDFC Bank", "AD-HDFCBK", "KRISHNA PHOTO FRAMES", "UPI", "sms"),
    ("Axis Bank", "VM-AXISBK", "BRAJ ROADWAYS", "IMPS", "sms"),
    ("Kotak Mahindra Bank", "", "KALPI HASTNIRMIT KAGAZ", "NEFT", "lock"),
    ("Bank of Baroda", "", "AGARWAL AND MITTAL ASSO", "RTGS", "mail"),
    ("Indian Bank", "JM-INDBNK", "MEERUT KAINCHI WORKS", "UPI", "sms"),
    ("YES Bank", "", "MOHD IRFAN ELECTRICALS", "UPI", "inbox"),
    ("State Bank of India", "VK-SBIUPI", "RADHEY SHYAM GOSWAMI", "UPI", "sms"),
    ("IndusInd Bank", "BZ-INDUSB", "VRINDAVAN TENT HOUSE", "NEFT", "sms"),
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts of the trust's payments: SMS in HDFC Bank's lines ("Sent Rs.x / From HDFC Bank A/C
    *1234 / To <PAYEE> / On <dd/mm/yy> / Ref ..."), Axis Bank's IMPS pending ("IMPS of INR x to <PAYEE> from
    A/c no. XX1234 on <dd-mm-yyyy> is pending. Ref ..."), Indian Bank's UPI failed ("Your UPI txn of Rs.x to
    <PAYEE> on <dd-mm-yy> has FAILED. ... UPI Ref ..."), State Bank of India's ("Dear SBI User, your A/c
    X1234-debited by Rs.x on <14May26> transfer to <PAYEE> Ref No ...") and IndusInd Bank's ("Rs x debited
    from a/c **1234 on <dd-mm-yy> to <PAYEE> by NEFT. Avl Bal Rs ..."; no reference) wordings; Kotak's app's
    notification on a lock screen under its large clock and its day without a year ("Rs.x debited from
    a/c XX1234 on <dd-Mon-yyyy> to <PAYEE> by NEFT. UTR ..."); Bank of Baroda's mail ("... is debited with
    INR x on <dd-mm-yyyy> towards RTGS/UTR .../<PAYEE>."); YES Bank's iris app's inbox of notifications, each
    with its age ("<sum> sent to <PAYEE> via UPI. Ref ...", "2h ago"; no day). All new here."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 5, low=2000, high=90000)
    bank, sender, to, way, frame = ALERTS[k]
    if way == "UPI":
        j.amount = rupees(rng, 400, 24000, 0.8)
    if way == "RTGS":
        j.amount = float(rng.randrange(210000, 640000, 100))
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
        if bank == "HDFC Bank":
            text = (
                f"Sent Rs.{amt}\nFrom HDFC Bank A/C *{tail4}\nTo {to}\nOn {when(j.date, '%d/%m/%y')}\nRef {utr}\n"
                "Not You?\nCall 18002586161/SMS BLOCK UPI to 7308080808"
            )
        elif bank == "Axis Bank":
            text = (
                f"IMPS of INR {amt} to {to} from A/c no. XX{tail4} on {when(j.date, '%d-%m-%Y')} is pending. "
                f"Ref {utr}. Please do not retry; the status will be updated shortly. - Axis Bank"
            )
        elif bank == "Indian Bank":
            text = (
                f"Your UPI txn of Rs.{amt} to {to} on {when(j.date, '%d-%m-%y')} has FAILED. Amount, if debited, "
                f"will be credited back to A/c XX{tail4}. UPI Ref {utr} -Indian Bank"
            )
        elif bank == "State Bank of India":
            text = (
                f"Dear SBI User, your A/c X{tail4}-debited by Rs.{amt} on {when(j.date, '{d}%b%y')} transfer to "
                f"{to} Ref No {utr}. If not done by u, fwd this SMS to 7400165218/Call 1800111109 -SBI"
            )
        else:
            text = (
                f"Rs {amt} debited from a/c **{tail4} on {when(j.date, '%d-%m-%y')} to {to} by NEFT. "
                f"Avl Bal Rs {bal} -IndusInd Bank"
            )
        p = sms_page(rng, font, sender, text.replace("\n", " "), j.date)
        if bank == "HDFC Bank":
            p.style["h106"]["text"] = text
        p.add("left", text.replace("\n", " "), **facts)
        return p.done()
    if frame == "lock":
        p = screen(rng, font, "crop", dark=True, width=rng.choice([600, 620]), size=rng.choice([21, 22]))
        p.part = "body"
        p.add("gap")
        clock(p, hhmm(rng, twelve=False))
        seen = j.date + dt.timedelta(days=rng.randrange(0, 2))
        p.add("center", when(seen, "%A, {d} %B"))
        p.add("gap")
        p.add("gap")
        c = card_open(p)
        p.pair("Kotak Bank", rng.choice(["now", "2m ago", "12m ago"]))
        p.add(
            "left",
            f"Rs.{amt} debited from a/c XX{tail4} on {when(j.date, '%d-%b-%Y')} to {to} by NEFT. UTR {utr}. "
            "Not you? Call 18602662666",
            **facts,
        )
        card_close(p, c)
        p.add("gap")
        c = card_open(p)
        p.pair("WhatsApp", rng.choice(["5m ago", "1h ago"]))
        p.add("left", rng.choice(["Sanjhi Ghar staff: 3 new messages", "Mummy: Radhe Radhe!"]))
        card_close(p, c)
        p.add("gap")
        p.add("gap")
        p.add("small", "Swipe up to unlock")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng, font, "Bank of Baroda <alerts@bankofbaroda.com>", ["Transaction alert", "Debit alert"]
        )
        p.part = "head"
        top(p, "Bank of Baroda")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        p.add(
            "left",
            f"Your A/c XXXXXX{tail4} is debited with INR {amt} on {when(j.date, '%d-%m-%Y')} towards "
            f"RTGS/UTR {utr}/{to}.",
            **facts,
        )
        p.add("left", f"Available balance: INR {bal}.")
        p.add("gap")
        p.add("left", "If this transaction was not done by you, please call 1800 5700 at once.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "This is a system generated mail. Please do not reply. Bank of Baroda.")
        return p.done()
    p = phone(rng, font, k, ["Notifications"], dark=False, buttons=())
    band(p, (0, 80, 150))
    app_head(p, "iris by YES BANK", "Inbox")
    c = card_open(p)
    rupee = sign(font, "\u20b9", "Rs.")
    p.pair("Transactions", "2h ago")
    p.add("left", f"{rupee}{amt} sent to {to} via UPI. Ref {utr}. Not you? Call 18001200.", **facts)
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.pair("Offers", "1d ago")
    p.add("left", "Get up to 5% back on utility bills paid with your YES BANK card.")
    card_close(p, c)
    p.add("gap")
    c = card_open(p)
    p.pair("Statements", "3d ago")
    p.add("left", "Your account statement for the last month is ready to view.")
    card_close(p, c)
    return p.done()
